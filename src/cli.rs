//! The command line: the one clap definition (also the source of the completions and
//! man pages) and its translation into [`Config`]. No other module sees clap.

use std::ffi::OsString;

use clap::builder::{PossibleValue, TypedValueParser};
use clap::{Args, Parser, Subcommand, ValueEnum};

use crate::config::{Command, Config, Detail, Listing, Paging};
use crate::knowledge::codes::ENTRIES;
use crate::knowledge::sequences::SEQUENCES;

/// Examples closing `ftpcode --help`; the man page repeats them.
pub const EXAMPLES: &[(&str, &str)] = &[
    ("ftpcode 502", "explain a code"),
    (
        "ftpcode explain \"550 Permission denied.\"",
        "a reply line as sent",
    ),
    ("ftpcode compare 450 550", "two codes side by side"),
    (
        "ftpcode 550 Permission denied",
        "a reply line, quoted or not",
    ),
    (
        "ftpcode explain 'curl: (67) Access denied: 530'",
        "a client's error",
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
    (
        "130",
        "interrupted: Ctrl-C during scan (which prints what it had found first)",
    ),
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
  \"Response: 530 Login incorrect.\"
                        a line of a log or a client's output (anything `scan` reads)
  \"curl: (28) Operation timed out\", ECONNREFUSED, CURLE_LOGIN_DENIED
                        a client's error line, or an error's name
  -                     read any of these from standard input
  5xx, 55x, 5           a class: what the digits mean, and its codes";

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

    /// Colour: auto (terminal, no NO_COLOR), always or never.
    #[arg(
        long,
        global = true,
        value_name = "WHEN",
        default_value = "auto",
        hide_possible_values = true
    )]
    color: ColorWhen,

    /// Lay text out for N columns (default: the terminal's).
    #[arg(long, global = true, value_name = "N", value_parser = clap::value_parser!(u16).range(1..))]
    width: Option<u16>,

    /// Page long output on a terminal: auto, always or never.
    #[arg(
        long,
        global = true,
        value_name = "WHEN",
        default_value = "auto",
        hide_possible_values = true
    )]
    paging: PagingWhen,

    /// JSON Lines instead of text (=full: with whole explanations).
    #[arg(
        short = 'j',
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

/// `--paging` values.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum PagingWhen {
    Auto,
    Always,
    Never,
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
    /// Explain codes, reply lines, classes or client errors [default].
    #[command(after_help = QUERY_FORMS)]
    Explain(ExplainArgs),
    /// Codes side by side: key differences, when a server sends which.
    Compare(CompareArgs),
    /// List codes (all, 4xx, 55x), server messages or client errors.
    List(ListArgs),
    /// Search everything ftpcode knows, best match first.
    Search(SearchArgs),
    /// What a server may answer to a command, and what each means.
    Command(CommandArgs),
    /// Explain every reply of a log in place, passing the log through.
    #[command(after_help = SCAN_HELP)]
    Scan(ScanArgs),
    /// Take ftpcode's lines out of scan output: the log back, as it was.
    Strip(StripArgs),
    /// Print a shell's completion script (bash, zsh, fish, ...).
    Completions(CompletionsArgs),
    /// Print a man page in roff (ftpcode's, or a subcommand's).
    Man(ManArgs),
}

#[derive(Debug, Args)]
struct CompletionsArgs {
    /// The shell.
    #[arg(value_name = "SHELL", value_parser = ["bash", "zsh", "fish", "elvish", "powershell"])]
    shell: String,
}

#[derive(Debug, Args)]
struct ManArgs {
    /// A subcommand whose page to print.
    #[arg(value_name = "SUBCOMMAND")]
    page: Option<String>,
}

#[derive(Debug, Args)]
struct StripArgs {
    /// Files of `scan` output, read in order, compressed or not (- or none: standard
    /// input).
    #[arg(value_name = "FILE", value_hint = clap::ValueHint::FilePath)]
    files: Vec<std::path::PathBuf>,
}

/// What `scan` reads, shown in its help.
pub const SCAN_HELP: &str = "\
Any log, detected line by line whatever its format: server logs (vsftpd, ProFTPD,
Pure-FTPd, FileZilla Server, IIS, pyftpdlib...), clients' debug output (curl -v, lftp -d,
FileZilla, WinSCP, ftp -d, Python ftplib...), tracers and captures (strace, ltrace,
tcpdump -A, tshark, ngrep). Compressed files are read as they are: gzip, and xz,
bzip2, zstd and lz4 through their own programs.
Added lines start with \"  [ftpcode] \"; `ftpcode strip` takes them out again and gives
the log back byte for byte.";

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
    #[arg(long, value_name = "COMMAND", value_parser = CommandHints, hide_possible_values = true)]
    command: Option<String>,
    /// One line per code: what it is and what to do.
    #[arg(short, long, conflicts_with = "full")]
    short: bool,
    /// Everything: server messages in full, commands, fixes on each side, related codes,
    /// sources.
    #[arg(short, long)]
    full: bool,
}

#[derive(Debug, Args)]
struct CommandArgs {
    /// An FTP command, such as RETR, STOR, PASV or AUTH.
    #[arg(value_name = "COMMAND", value_parser = CommandHints, hide_possible_values = true)]
    command: String,
}

#[derive(Debug, Args)]
struct CompareArgs {
    /// Two or more codes or reply lines.
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
    #[arg(value_name = "PATTERN", conflicts_with_all = ["messages", "client"])]
    pattern: Option<String>,
    /// List the server messages ftpcode knows, of every server or of one (vsftpd, proftpd...).
    #[arg(long, value_name = "SERVER", num_args = 0..=1, default_missing_value = "", conflicts_with = "client")]
    messages: Option<String>,
    /// List the client errors ftpcode knows, of every client or of one (curl, filezilla...).
    #[arg(long, value_name = "CLIENT", num_args = 0..=1, default_missing_value = "")]
    client: Option<String>,
}

#[derive(Debug, Args)]
struct ScanArgs {
    /// Log files, read in order (- or none: standard input).
    #[arg(value_name = "FILE", value_hint = clap::ValueHint::FilePath)]
    files: Vec<std::path::PathBuf>,
    /// Print a table of the replies per code instead of the log.
    #[arg(short, long)]
    summary: bool,
    /// Explain only failures (4yz and 5yz replies, client errors); the log still passes
    /// through whole.
    #[arg(short, long)]
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
    /// Show every hit, not only the best ten.
    #[arg(short, long)]
    all: bool,
}

/// Offers the FTP commands of the sequences table to shell completion.
#[derive(Debug, Clone, Copy)]
struct CommandHints;

impl TypedValueParser for CommandHints {
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
        Some(Box::new(SEQUENCES.iter().map(|s| {
            PossibleValue::new(s.command.as_str()).help(s.does.as_str())
        })))
    }
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
            PossibleValue::new(e.code.to_string()).help(e.title.as_str())
        })))
    }
}

/// The options that take their value as the next argument (`--color never`); the test
/// `value_options_are_all_listed` holds this to the definition above.
const VALUE_OPTIONS: [&str; 4] = ["--color", "--width", "--paging", "--command"];

/// Whether an argument that starts with a hyphen is a pasted line, not an option: an
/// option's name holds only letters, digits and hyphens, and lftp's `---> PASS x` (a
/// command sent) or `--- x` hold more. (clap's `allow_hyphen_values` would take every
/// option after a query, `explain 502 --json`, for another query.)
fn pasted(arg: &str) -> bool {
    let name = arg.split_once('=').map_or(arg, |(name, _)| name);
    arg.starts_with('-')
        && !name
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

/// Where the first word that is neither an option nor an option's value is, from `i` on.
fn first_word(args: &[OsString], mut i: usize) -> usize {
    while let Some(arg) = args.get(i) {
        match arg.to_str() {
            Some(a) if VALUE_OPTIONS.contains(&a) => i += 2,
            Some("--") => break,
            Some(a) if a.starts_with('-') && a != "-" && !pasted(a) => i += 1,
            _ => break,
        }
    }
    i
}

/// Makes `ftpcode 502` mean `ftpcode explain 502`: when the first word that is not an
/// option is not a subcommand, `explain` goes in front. (clap's flattened default
/// arguments would instead swallow `ftpcode --json compare ...` as a query.)
fn default_to_explain(mut args: Vec<OsString>) -> Vec<OsString> {
    let i = first_word(&args, 1);
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
        w.bytes().all(|b| b.is_ascii_alphabetic() || b == b'_')
            && !w.bytes().all(|b| b == b'x' || b == b'X')
    });
    // ...unless it names a client error (`ECONNREFUSED`, `CURLE_LOGIN_DENIED`): looked up
    // only for such a word, as the lookup reads the whole client table.
    let error_name = || {
        first
            .to_str()
            .is_some_and(|w| crate::knowledge::clients::by_alias(w).is_some())
    };
    if !is_subcommand && (!word || error_name()) && first.to_str() != Some("help") {
        args.insert(1, "explain".into());
    }
    pasted_lines_as_queries(args)
}

/// `explain '---> PASS x' --json`: the queries of an `explain` that has a pasted line
/// starting with a hyphen go after a `--`, in their order, so that clap takes that line
/// for a query and not for an unknown option; the options stay before.
fn pasted_lines_as_queries(args: Vec<OsString>) -> Vec<OsString> {
    let at = first_word(&args, 1);
    if args.get(at).and_then(|a| a.to_str()) != Some("explain") {
        return args;
    }
    let rest = &args[at + 1..];
    let before_separator = rest.iter().take_while(|a| a.to_str() != Some("--"));
    if !before_separator
        .clone()
        .any(|a| a.to_str().is_some_and(pasted))
    {
        return args;
    }
    let mut options = Vec::new();
    let mut queries = Vec::new();
    let mut i = 0;
    while let Some(arg) = rest.get(i) {
        match arg.to_str() {
            Some("--") => {
                queries.extend_from_slice(&rest[i + 1..]);
                break;
            }
            Some(a) if VALUE_OPTIONS.contains(&a) => {
                options.extend(rest[i..].iter().take(2).cloned());
                i += 1;
            }
            Some(a) if a.starts_with('-') && a != "-" && !pasted(a) => options.push(arg.clone()),
            _ => queries.push(arg.clone()),
        }
        i += 1;
    }
    let mut out = args[..=at].to_vec();
    out.extend(options);
    out.push("--".into());
    out.extend(queries);
    out
}

/// A usage error as one line, as every error of ftpcode is (README, "Exit status"):
/// clap's message and a similar name it suggests, then where the help is, without clap's
/// usage block. Its other tips (`to pass '...' as a value`) repeat an argument, which may
/// be a password, and are left out; the line's secrets are hidden and its controls
/// escaped, as any text from the user is.
// Out of line, as every path but the answer is (link/README.md).
#[inline(never)]
pub fn usage_error(e: &clap::Error) -> String {
    let rendered = e.render().to_string();
    let mut blocks = rendered.split("\n\n");
    // The message: its first block, lines joined (`... not provided:\n  <QUERY>...`).
    let message = blocks.next().unwrap_or_default();
    let message = message.strip_prefix("error: ").unwrap_or(message);
    let mut line = message.split_whitespace().collect::<Vec<_>>().join(" ");
    let mut help = "ftpcode --help".to_string();
    for block in blocks {
        let block = block.trim();
        if let Some(tip) = block.strip_prefix("tip: ")
            && tip.starts_with("a similar ")
        {
            line.push_str("; ");
            line.push_str(tip);
        }
        // `Usage: ftpcode compare [OPTIONS] <CODE> ...`: the subcommand's own help.
        if let Some(usage) = block.strip_prefix("Usage: ") {
            let words: Vec<&str> = usage
                .split_whitespace()
                .take_while(|w| !w.starts_with(['[', '<', '-']))
                .collect();
            if !words.is_empty() {
                help = format!("{} --help", words.join(" "));
            }
        }
    }
    // clap quotes what was given ('...'), which may hold a quote of its own: secrets are
    // hidden in the whole line, whatever stands after them.
    let line = crate::reply::secrets_hidden(&line);
    format!("{} (see '{help}')", crate::render::text::sanitize(&line))
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
    match try_parse_from(args) {
        Ok(parsed) => parsed,
        Err(e) => e.exit(),
    }
}

/// Parses arguments; clap's error is also how `--help` and `--version` come back (their
/// text is in it), so the caller can report a failure to write them.
pub fn try_parse_from<I, T>(args: I) -> Result<(Config, ColorWhen), clap::Error>
where
    I: IntoIterator<Item = T>,
    T: Into<OsString> + Clone,
{
    let args = default_to_explain(args.into_iter().map(Into::into).collect());
    if let Some(parsed) = plain_explain(&args) {
        return Ok(parsed);
    }
    with_clap(args)
}

/// Everything but the shortcut: clap's parser is large, and kept out of line it stays
/// apart from the code that `ftpcode 502` runs (see link/README.md).
#[inline(never)]
fn with_clap(args: Vec<OsString>) -> Result<(Config, ColorWhen), clap::Error> {
    from_clap(Cli::try_parse_from(args)?)
}

/// `ftpcode 502`, `ftpcode explain 550 530`: queries and nothing else, the commonest
/// call, read without building clap's whole command tree, which would be most of the
/// time such an answer takes (issue #12). Anything else (an option, `-`, a stray word) is
/// clap's; the test `plain_explain_is_what_clap_reads` holds the two to the same Config.
fn plain_explain(args: &[OsString]) -> Option<(Config, ColorWhen)> {
    let [_, explain, queries @ ..] = args else {
        return None;
    };
    if explain.to_str() != Some("explain") || queries.is_empty() {
        return None;
    }
    let queries = queries
        .iter()
        .map(|q| q.to_str().filter(|q| !q.is_empty() && !q.starts_with('-')))
        .map(|q| q.map(str::to_string))
        .collect::<Option<Vec<String>>>()?;
    Some((
        Config {
            command: Command::Explain {
                queries,
                command: None,
                detail: Detail::Normal,
            },
            json: false,
            json_full: false,
            width: None,
            paging: Paging::Auto,
        },
        ColorWhen::Auto,
    ))
}

fn from_clap(cli: Cli) -> Result<(Config, ColorWhen), clap::Error> {
    let command = match cli.command {
        Sub::Explain(a) => Command::Explain {
            queries: a.query,
            command: a.command,
            detail: if a.short {
                Detail::Short
            } else if a.full {
                Detail::Full
            } else {
                Detail::Normal
            },
        },
        Sub::Command(a) => Command::Sequence { command: a.command },
        Sub::Compare(a) => Command::Compare { codes: a.codes },
        Sub::List(a) => Command::List(match (a.messages, a.client) {
            (Some(server), _) => Listing::Messages(Some(server).filter(|s| !s.is_empty())),
            (None, Some(client)) => Listing::Clients(Some(client).filter(|s| !s.is_empty())),
            (None, None) => Listing::Codes(a.pattern),
        }),
        Sub::Search(a) => Command::Search {
            words: a.words,
            all: a.all,
        },
        Sub::Strip(a) => Command::Strip { files: a.files },
        Sub::Completions(a) => Command::Completions { shell: a.shell },
        Sub::Man(a) => Command::Man { page: a.page },
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
    Ok((
        Config {
            command,
            json: cli.json.is_some(),
            json_full: cli.json == Some(JsonForm::Full),
            width: cli.width.map(usize::from),
            paging: match cli.paging {
                PagingWhen::Auto => Paging::Auto,
                PagingWhen::Always => Paging::Always,
                PagingWhen::Never => Paging::Never,
            },
        },
        cli.color,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Where the shortcut answers, clap reads the same arguments to the same Config.
    fn same_as_clap(args: &[&str]) {
        let args: Vec<OsString> = args.iter().map(OsString::from).collect();
        if let Some(fast) = plain_explain(&default_to_explain(args.clone())) {
            let cli = Cli::try_parse_from(default_to_explain(args.clone()))
                .unwrap_or_else(|e| panic!("{args:?}: shortcut answers, clap refuses: {e}"));
            let slow = from_clap(cli).expect("clap's reading");
            assert_eq!(fast, slow, "{args:?}");
        }
    }

    #[test]
    fn plain_explain_is_what_clap_reads() {
        for args in [
            &["ftpcode", "502"][..],
            &["ftpcode", "explain", "502"],
            &["ftpcode", "550 Permission denied", "530"],
            &["ftpcode", "explain", "help"],
            &["ftpcode", "explain", "explain"],
            &["ftpcode", "5xx"],
            &["ftpcode", "ECONNREFUSED"],
            &["ftpcode", "curl: (67) Access denied: 530"],
        ] {
            same_as_clap(args);
            assert!(
                plain_explain(&default_to_explain(
                    args.iter().map(OsString::from).collect()
                ))
                .is_some()
            );
        }
        // Options, stdin and words that are not queries go to clap.
        for args in [
            &["ftpcode", "502", "--json"][..],
            &["ftpcode", "--color", "never", "502"],
            &["ftpcode", "-"],
            &["ftpcode", "explain", "502", "-s"],
            &["ftpcode", "explain"],
            &["ftpcode", "compare", "211", "502"],
            &["ftpcode", "hlep"],
            &["ftpcode", ""],
            &["ftpcode"],
        ] {
            let args: Vec<OsString> = args.iter().map(OsString::from).collect();
            assert_eq!(
                plain_explain(&default_to_explain(args.clone())),
                None,
                "{args:?}"
            );
        }
    }

    proptest::proptest! {
        #[test]
        fn plain_explain_agrees_with_clap(
            words in proptest::collection::vec(
                proptest::sample::select(vec![
                    "502", "explain", "compare", "-", "--json", "-s", "--full", "5xx", "help",
                    "ECONNREFUSED", "curl-67", "word", "550 No such file", "", " ", "--",
                    "--width", "80", "é", "-1",
                ]),
                0..5,
            )
        ) {
            let mut args = vec!["ftpcode"];
            args.extend(words);
            same_as_clap(&args);
        }
    }

    #[test]
    fn value_options_are_all_listed() {
        // The options of the top level and of explain that take the next argument as
        // their value, as clap reads them.
        let mut cmd = command();
        cmd.build();
        let explain = cmd.find_subcommand("explain").expect("explain").clone();
        let mut taking: Vec<String> = cmd
            .get_arguments()
            .chain(explain.get_arguments())
            .filter(|a| !a.is_positional() && !a.is_require_equals_set())
            .filter(|a| a.get_num_args().is_some_and(|n| n.min_values() > 0))
            .filter_map(|a| a.get_long().map(|l| format!("--{l}")))
            .collect();
        taking.sort();
        taking.dedup();
        let mut listed: Vec<String> = VALUE_OPTIONS.iter().map(|o| o.to_string()).collect();
        listed.sort();
        assert_eq!(taking, listed);
    }

    #[test]
    fn pasted_lines_starting_with_hyphens_are_queries() {
        let args = |a: &[&str]| -> Vec<OsString> { a.iter().map(OsString::from).collect() };
        assert_eq!(
            default_to_explain(args(&["ftpcode", "---> PASS x", "--json", "-s"])),
            args(&["ftpcode", "explain", "--json", "-s", "--", "---> PASS x"])
        );
        assert_eq!(
            default_to_explain(args(&[
                "ftpcode",
                "--color",
                "never",
                "explain",
                "502",
                "--command",
                "STOR",
                "--- x",
                "--",
                "-1"
            ])),
            args(&[
                "ftpcode",
                "--color",
                "never",
                "explain",
                "--command",
                "STOR",
                "--",
                "502",
                "--- x",
                "-1"
            ])
        );
        // Without such a line, clap reads the arguments as given.
        let plain = args(&["ftpcode", "explain", "502", "--json", "--", "--->"]);
        assert_eq!(default_to_explain(plain.clone()), plain);
        for option in ["--json", "--json=full", "-s", "--command=RETR a", "-", "--"] {
            assert!(!pasted(option), "{option}");
        }
        for line in ["---> PASS x", "--- x", "-->", "- 550 x"] {
            assert!(pasted(line), "{line}");
        }
    }

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
                command: None,
                detail: Detail::Normal
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
                command: None,
                detail: Detail::Normal
            }
        );
        let (c, _) = parse_from(["ftpcode", "--color", "never", "list"]);
        assert_eq!(c.command, Command::List(Listing::Codes(None)));
        let (c, _) = parse_from(["ftpcode", "list", "--messages"]);
        assert_eq!(c.command, Command::List(Listing::Messages(None)));
        let (c, _) = parse_from(["ftpcode", "list", "--client", "curl"]);
        assert_eq!(
            c.command,
            Command::List(Listing::Clients(Some("curl".into())))
        );
        let (c, _) = parse_from(["ftpcode", "--width", "50", "550", "-s"]);
        assert_eq!(c.width, Some(50));
        assert!(matches!(
            c.command,
            Command::Explain {
                detail: Detail::Short,
                ..
            }
        ));
    }
}
