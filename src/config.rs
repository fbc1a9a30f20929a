//! What the user asked for, in plain types: built by `cli`, read by everything else.

/// One run of ftpcode.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Config {
    pub command: Command,
    /// JSON Lines instead of text.
    pub json: bool,
    /// With `json`: every record carries the whole explanation (`--json=full`).
    pub json_full: bool,
}

/// The job to do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Command {
    /// Explain codes, reply lines or class patterns (`-` reads one from stdin).
    Explain {
        queries: Vec<String>,
        /// Read each reply as the answer to this command.
        command: Option<String>,
    },
    /// What a server may answer to a command.
    Sequence { command: String },
    /// Compare two or more codes.
    Compare { codes: Vec<String> },
    /// List the table, or the codes matching a pattern.
    List { pattern: Option<String> },
    /// Full-text search of the table.
    Search { words: Vec<String> },
    /// Take ftpcode's lines out of `scan`'s output: the log back, byte for byte.
    Strip { files: Vec<std::path::PathBuf> },
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
