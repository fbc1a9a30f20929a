//! What the user asked for, in plain types: built by `cli`, read by everything else.

/// One run of ftpcode.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Config {
    pub command: Command,
    /// JSON Lines instead of text.
    pub json: bool,
    /// With `json`: every record carries the whole explanation (`--json=full`).
    pub json_full: bool,
    /// The width to lay text out in (`--width`); None: the terminal's, or COLUMNS.
    pub width: Option<usize>,
    pub paging: Paging,
}

/// Whether long output goes through a pager.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Paging {
    /// On a terminal, when the output is longer than the screen.
    #[default]
    Auto,
    /// On a terminal, always.
    Always,
    Never,
}

/// How much `explain` says.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Detail {
    /// One line per code: what it is and what to do.
    Short,
    /// One screen: what it means and what to do now.
    #[default]
    Normal,
    /// Everything: commands, fixes on each side, related codes, sources.
    Full,
}

/// What `list` lists.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Listing {
    /// Reply codes, all or those matching a pattern (`4xx`, `55x`).
    Codes(Option<String>),
    /// Server messages, of every server or of one.
    Messages(Option<String>),
    /// Client errors, of every client or of one.
    Clients(Option<String>),
}

/// The job to do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Command {
    /// Explain codes, reply lines, class patterns or client errors (`-` reads stdin).
    Explain {
        queries: Vec<String>,
        /// Read each reply as the answer to this command.
        command: Option<String>,
        detail: Detail,
    },
    /// What a server may answer to a command.
    Sequence { command: String },
    /// Compare two or more codes (or reply lines).
    Compare { codes: Vec<String> },
    /// List codes, server messages or client errors.
    List(Listing),
    /// Full-text search of the knowledge (`all`: every hit, not the best ten).
    Search { words: Vec<String>, all: bool },
    /// Take ftpcode's lines out of `scan`'s output: the log back, byte for byte.
    Strip { files: Vec<std::path::PathBuf> },
    /// Print a shell's completion script.
    Completions { shell: String },
    /// Print a man page (`ftpcode` or a subcommand's).
    Man { page: Option<String> },
    /// Read logs (standard input when there are none) and explain every reply in them.
    Scan {
        files: Vec<std::path::PathBuf>,
        summary: bool,
        /// Explain only negative replies.
        errors: bool,
        /// Exit 1 when a negative reply was found.
        fail: bool,
        /// The long form of each annotation.
        verbose: bool,
        /// Detection without any program-specific rule.
        generic: bool,
        /// Show the log's control characters visibly.
        show_controls: bool,
        /// Pass binary files through even to a terminal.
        binary: bool,
    },
}
