//! The command line: the one clap definition (also the source of the completions and
//! man pages) and its translation into [`Config`]. No other module sees clap.

use std::ffi::OsString;

use clap::builder::{PossibleValue, TypedValueParser};
use clap::{Args, Parser, Subcommand, ValueEnum};

use crate::config::{Command, Config};
use crate::knowledge::codes::ENTRIES;

/// Examples closing `ftpcode --help`; the man page repeats them.
pub const EXAMPLES: &[(&str, &str)] = &[
    ("ftpcode 502", "explain a code"),
    (
        "ftpcode explain \"550 Permission denied.\"",
        "a reply line as sent",
    ),
    (
        "ftpcode explain 550 --command STOR",
        "550 as the answer to STOR",
    ),
    ("ftpcode command RETR", "what RETR may get"),
    ("ftpcode compare 450 550", "two codes side by side"),
    (
        "ftpcode explain 550 --json | jq .fix",
        "JSON Lines for scripts",
    ),
    (
        "tail -f /var/log/vsftpd.log | ftpcode scan",
        "explain a log as it grows",
    ),
    (
        "ftpcode scan --summary --errors session.log",
        "what went wrong, at a glance",
    ),
];

/// The exit status table, shown in `--help` and the man page.
pub const EXIT_STATUS: &[(&str, &str)] = &[
    ("0", "found: every code, reply or search was known"),
    (
        "1",
        "not found: a well-formed code no document defines, or a search without a hit; \
         for scan --fail, a negative reply was found",
    ),
    ("2", "usage error (malformed code or argument) or I/O error"),
];

/// What `explain` accepts, shown in its help.
pub const QUERY_FORMS: &str = "\
QUERY is one of:
  502                   a reply code (three digits, 1 to 6 first)
  10054                 a Windows socket error shown in place of a reply
  \"550 Permission denied.\"
                        a reply line as the server sent it
  \"211-Features:\"       the first line of a multi-line reply
  $'211-Features:\\n MDTM\\n211 End'
                        a whole reply (or several) in one argument
  -                     read the reply (or replies) from standard input
  5xx, 55x              a class: what the digits mean, and its codes";

fn after_help() -> String {
    let mut s = String::from("Examples:\n");
    let width = EXAMPLES.iter().map(|(cmd, _)| cmd.len()).max().unwrap_or(0);
    for (cmd, what) in EXAMPLES {
        s.push_str(&format!("  {cmd:<width$}  {what}\n"));
    }
    s.push_str("\nExit status: ");
    let parts: Vec<String> = EXIT_STATUS
        .iter()
        .map(|(code, what)| format!("{code} {}", what.split(':').next().unwrap_or(what)))
        .collect();
    s.push_str(&parts.join(", "));
    s.push('.');
    s
}

/// Explain FTP reply codes: what a reply means, when servers send it, how to fix it.
#[derive(Debug, Parser)]
#[command(
    name = "ftpcode",
    version,
    after_help = after_help(),
    override_usage = "ftpcode [OPTIONS] <QUERY>...\n       ftpcode [OPTIONS] <COMMAND>",
    arg_required_else_help = true,
    max_term_width = 100
)]
pub struct Cli {
    #[command(subcommand)]
    command: Sub,

    /// Colour: auto (on a terminal, unless NO_COLOR), always or never.
    #[arg(
        long,
        global = true,
        value_name = "WHEN",
        default_value = "auto",
        hide_possible_values = true
    )]
    color: ColorWhen,

    /// JSON Lines instead of text (`--json=full`: whole explanations in scan records).
    #[arg(
        long,
        global = true,
        value_name = "FORM",
        num_args = 0..=1,
        require_equals = true,
        default_missing_value = "compact",
        hide_possible_values = true
    )]
    json: Option<JsonForm>,
}

/// `--json` forms.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum JsonForm {
    Compact,
    Full,
}

/// `--color` values.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorWhen {
    Auto,
    Always,
    Never,
}

#[derive(Debug, Subcommand)]
enum Sub {
    /// Explain codes, reply lines or classes [default command].
    #[command(after_help = QUERY_FORMS)]
    Explain(ExplainArgs),
    /// Codes side by side: key differences, when a server sends which.
    Compare(CompareArgs),
    /// List every code, or the codes matching a pattern such as 4xx or 55x.
    List(ListArgs),
    /// Search the knowledge, best match first (`search passive`, `search tls`).
    Search(SearchArgs),
    /// What a server may answer to a command, and what each answer means.
    Command(CommandArgs),
    /// Read FTP logs and explain every reply in place, passing the log through.
    #[command(after_help = SCAN_HELP)]
    Scan(ScanArgs),
    /// Take ftpcode's lines out of `scan` output: the log back, byte for byte.
    Strip(StripArgs),
}

#[derive(Debug, Args)]
struct StripArgs {
    /// Files of `scan` output, read in order (- or none: standard input).
    #[arg(value_name = "FILE", value_hint = clap::ValueHint::FilePath)]
    files: Vec<std::path::PathBuf>,
}

/// What `scan` reads, shown in its help.
pub const SCAN_HELP: &str = "\
Any mix of formats, detected line by line: bare transcripts, curl -v and --trace-ascii,
lftp debug, Python ftplib and Perl Net::FTP debug, ftp -d (inetutils, tnftp), ncftp,
wget -d, FileZilla client and server, WinSCP, FluentFTP, vsftpd (log_ftp_protocol=YES),
ProFTPD ExtendedLog and TraceLog, Pure-FTPd debug syslog, pyftpdlib, IIS W3C logs.
Gzip-compressed files are read as they are. Added lines start with \"  [ftpcode] \";
`grep -v '^  \\[ftpcode\\] '` gives the log back byte for byte.";

#[derive(Debug, Args)]
struct ExplainArgs {
    /// A code, a reply line, a whole reply, a class (5xx) or - for stdin.
    #[arg(
        value_name = "QUERY",
        required = true,
        value_parser = CodeHints,
        hide_possible_values = true
    )]
    query: Vec<String>,
    /// Read the reply as the answer to this command (e.g. STOR): is it one the RFCs list?
    #[arg(long, value_name = "COMMAND")]
    command: Option<String>,
}

#[derive(Debug, Args)]
struct CommandArgs {
    /// An FTP command, such as RETR, STOR, PASV or AUTH.
    #[arg(value_name = "COMMAND")]
    command: String,
}

#[derive(Debug, Args)]
struct CompareArgs {
    /// Two or more codes.
    #[arg(
        value_name = "CODE",
        num_args = 2..,
        required = true,
        value_parser = CodeHints,
        hide_possible_values = true
    )]
    codes: Vec<String>,
}

#[derive(Debug, Args)]
struct ListArgs {
    /// A class pattern (4xx, 55x) or a code; all codes without one.
    #[arg(value_name = "PATTERN")]
    pattern: Option<String>,
}

#[derive(Debug, Args)]
struct ScanArgs {
    /// Log files, read in order (- or none: standard input).
    #[arg(value_name = "FILE", value_hint = clap::ValueHint::FilePath)]
    files: Vec<std::path::PathBuf>,
    /// Print a table of the replies per code instead of the log.
    #[arg(long)]
    summary: bool,
    /// Explain only negative replies (4yz, 5yz, 6yz); the log still passes through whole.
    #[arg(long)]
    errors: bool,
    /// Exit with status 1 when a negative reply was found (for scripts and CI).
    #[arg(long)]
    fail: bool,
    /// The long form of each explanation: the server's cause and fix in full.
    #[arg(long, short)]
    verbose: bool,
    /// Show the log's control characters and escape sequences visibly instead of
    /// passing them to the terminal.
    #[arg(long)]
    show_controls: bool,
    /// Pass binary files through even to a terminal.
    #[arg(long)]
    binary: bool,
    /// Find replies with every program-specific rule switched off (to measure the
    /// generic detection).
    #[arg(long, hide = true)]
    generic: bool,
}

#[derive(Debug, Args)]
struct SearchArgs {
    /// Words that must all occur (as word beginnings) in an entry.
    #[arg(value_name = "WORDS", required = true)]
    words: Vec<String>,
}

/// Accepts any string (codes are checked later, with better messages than clap's)
/// but offers the known codes, with their titles, to shell completion.
#[derive(Debug, Clone, Copy)]
struct CodeHints;

impl TypedValueParser for CodeHints {
    type Value = String;

    fn parse_ref(
        &self,
        cmd: &clap::Command,
        arg: Option<&clap::Arg>,
        value: &std::ffi::OsStr,
    ) -> Result<String, clap::Error> {
        clap::builder::StringValueParser::new().parse_ref(cmd, arg, value)
    }

    fn possible_values(&self) -> Option<Box<dyn Iterator<Item = PossibleValue> + '_>> {
        Some(Box::new(ENTRIES.iter().map(|e| {
            PossibleValue::new(e.code.to_string()).help(e.title)
        })))
    }
}

/// Makes `ftpcode 502` mean `ftpcode explain 502`: when the first word that is not an
/// option is not a subcommand, `explain` goes in front. (clap's flattened default
/// arguments would instead swallow `ftpcode --json compare ...` as a query.)
fn default_to_explain(mut args: Vec<OsString>) -> Vec<OsString> {
    let mut i = 1;
    while let Some(arg) = args.get(i) {
        match arg.to_str() {
            Some("--color") => i += 2,
            Some("--") => break,
            Some(a) if a.starts_with('-') && a != "-" => i += 1,
            _ => break,
        }
    }
    let Some(first) = args.get(i) else {
        return args; // only options: clap prints help, the version, or the error
    };
    // has_subcommand answers from the derive, without building the clap Command twice.
    let is_subcommand = first
        .to_str()
        .is_some_and(<Sub as Subcommand>::has_subcommand);
    // A word of letters is no query (codes and replies start with digits; "xxx" is a
    // class): it is a mistyped subcommand, which clap reports with a suggestion.
    let word = first.to_str().is_some_and(|w| {
        w.bytes().all(|b| b.is_ascii_alphabetic()) && !w.bytes().all(|b| b == b'x' || b == b'X')
    });
    if !is_subcommand && !word && first.to_str() != Some("help") {
        args.insert(1, "explain".into());
    }
    args
}

/// The clap command, for completions and man pages.
pub fn command() -> clap::Command {
    <Cli as clap::CommandFactory>::command()
}

/// Parses arguments (exiting with clap's message and status 2 on a usage error).
pub fn parse_from<I, T>(args: I) -> (Config, ColorWhen)
where
    I: IntoIterator<Item = T>,
    T: Into<OsString> + Clone,
{
    let cli = Cli::parse_from(default_to_explain(
        args.into_iter().map(Into::into).collect(),
    ));
    let command = match cli.command {
        Sub::Explain(a) => Command::Explain {
            queries: a.query,
            command: a.command,
        },
        Sub::Command(a) => Command::Sequence { command: a.command },
        Sub::Compare(a) => Command::Compare { codes: a.codes },
        Sub::List(a) => Command::List { pattern: a.pattern },
        Sub::Search(a) => Command::Search { words: a.words },
        Sub::Strip(a) => Command::Strip { files: a.files },
        Sub::Scan(a) => Command::Scan {
            files: a.files,
            summary: a.summary,
            errors: a.errors,
            fail: a.fail,
            verbose: a.verbose,
            generic: a.generic,
            show_controls: a.show_controls,
            binary: a.binary,
        },
    };
    (
        Config {
            command,
            json: cli.json.is_some(),
            json_full: cli.json == Some(JsonForm::Full),
        },
        cli.color,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn definition_is_consistent() {
        command().debug_assert();
    }

    #[test]
    fn bare_code_is_explain() {
        let (c, _) = parse_from(["ftpcode", "502"]);
        assert_eq!(
            c.command,
            Command::Explain {
                queries: vec!["502".into()],
                command: None
            }
        );
        let (c, color) = parse_from(["ftpcode", "--json", "compare", "1", "2", "--color", "never"]);
        assert!(c.json);
        assert_eq!(color, ColorWhen::Never);
        assert!(matches!(c.command, Command::Compare { .. }));
        let (c, _) = parse_from(["ftpcode", "--color", "always", "--json", "-"]);
        assert_eq!(
            c.command,
            Command::Explain {
                queries: vec!["-".into()],
                command: None
            }
        );
        let (c, _) = parse_from(["ftpcode", "--color", "never", "list"]);
        assert_eq!(c.command, Command::List { pattern: None });
    }
}
