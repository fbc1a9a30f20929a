//! ftpcode: explain FTP reply codes from a knowledge table built into the binary.
//!
//! `main` parses the command line ([`cli`]) into a [`Config`] and calls [`run`];
//! everything else is pure functions over the tables plus renderers that write into
//! any `Write`. Where things are:
//!
//! - knowledge, compiled in from `data/` ([`knowledge`]): reply codes, command-reply
//!   sequences, notes on confusable pairs, real server messages, client errors, IIS fields;
//! - [`code`]: the reply-code type and the grammar of a reply line's head;
//! - reading what users give: [`reply`] (codes, classes, reply lines);
//! - answering: [`explain`], [`compare`], [`search`];
//! - reading logs: [`scan`] (detection, sessions, diagnoses, and one sink per output);
//! - I/O at the edges: [`render`] (text and JSON), [`error`].

#![deny(clippy::all)]

pub mod cli;
pub mod code;
pub mod compare;
pub mod config;
pub mod digits;
pub mod docs;
pub mod error;
pub mod explain;
pub mod knowledge;
pub mod pager;
pub mod paste;
pub mod render;
pub mod reply;
pub mod scan;
pub mod search;
pub mod strip;

use std::io::{self, Read, Write};

pub use config::{Command, Config, Detail, Listing, Paging};
pub use error::Error;

use explain::Answer;
use render::{json, list, text};

/// The most ftpcode reads from stdin for `explain -`: a paste, not a log (`scan` reads
/// logs of any size).
const MAX_STDIN_QUERY: u64 = 16 << 20;
/// Search hits shown without `--all`.
const SEARCH_HITS: usize = 10;

/// How a successful run ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Found {
    /// Everything asked for was known.
    All,
    /// Something was well-formed but not in the table.
    NotAll,
}

impl Found {
    fn from(all: bool) -> Self {
        if all { Found::All } else { Found::NotAll }
    }

    pub fn exit_code(self) -> i32 {
        match self {
            Found::All => error::EXIT_OK,
            Found::NotAll => error::EXIT_NOT_FOUND,
        }
    }
}

/// Where a run writes, and what it is writing to.
pub struct Output<'a, W: Write, E: Write> {
    pub out: &'a mut W,
    pub err: &'a mut E,
    pub painter: text::Painter,
    /// Standard output is a terminal: `scan` flushes every line.
    pub is_terminal: bool,
}

/// Runs one command; `stdin` is read only for `explain -` (`scan` reads its own input).
pub fn run<W: Write, E: Write>(
    config: &Config,
    stdin: &mut impl Read,
    o: &mut Output<'_, W, E>,
) -> Result<Found, Error> {
    let painter = &o.painter;
    let out = &mut *o.out;
    match &config.command {
        Command::Scan {
            files,
            summary,
            errors,
            fail,
            verbose,
            generic,
            show_controls,
            binary,
        } => {
            let opts = scan::Options {
                output: match (summary, config.json) {
                    (true, json) => scan::Output::Summary { json },
                    (false, true) => scan::Output::Json {
                        full: config.json_full,
                    },
                    (false, false) => scan::Output::Annotate { verbose: *verbose },
                },
                errors_only: *errors,
                terminal: o.is_terminal,
                wrap: o.is_terminal || config.width.is_some(),
                generic_only: *generic,
                show_controls: *show_controls,
                binary: *binary,
            };
            run_scan(files, &opts, *fail, painter, out, o.err)
        }
        Command::Strip { files } => run_strip(files, out),
        Command::Explain {
            queries,
            command,
            detail,
        } => run_explain(
            config,
            queries,
            command.as_deref(),
            *detail,
            stdin,
            out,
            o.err,
            painter,
        ),
        Command::Completions { shell } => {
            let text = docs::completions(shell).ok_or_else(|| Error::Query {
                query: shell.clone(),
                error: reply::QueryError {
                    reason: format!("no completions for '{}'", reply::shown(shell)),
                    hint: Some("use bash, zsh, fish, elvish or powershell".into()),
                },
            })?;
            out.write_all(text.as_bytes())?;
            Ok(Found::All)
        }
        Command::Man { page } => {
            let text = docs::man_page(page.as_deref()).ok_or_else(|| Error::Query {
                query: page.clone().unwrap_or_default(),
                error: reply::QueryError {
                    reason: format!(
                        "no man page for '{}'",
                        reply::shown(page.as_deref().unwrap_or_default())
                    ),
                    hint: Some("give a subcommand, such as scan or explain".into()),
                },
            })?;
            out.write_all(text.as_bytes())?;
            Ok(Found::All)
        }
        Command::Sequence { command } => run_sequence(config, command, painter, out),
        Command::Compare { codes } => run_compare(config, codes, painter, out),
        Command::List(Listing::Codes(pattern)) => {
            run_list_codes(config, pattern.as_deref(), painter, out)
        }
        Command::List(Listing::Messages(server)) => {
            run_list_messages(config, server.as_deref(), painter, out)
        }
        Command::List(Listing::Clients(client)) => {
            run_list_clients(config, client.as_deref(), painter, out)
        }
        Command::Search { words, all } => run_search(config, words, *all, painter, out),
    }
}

// Each command but `explain` is a function of its own that is never inlined into `run`,
// so that the code `explain` runs stays small and together (see link/README.md).

#[inline(never)]
fn run_scan(
    files: &[std::path::PathBuf],
    opts: &scan::Options,
    fail: bool,
    painter: &text::Painter,
    out: &mut impl Write,
    err: &mut impl Write,
) -> Result<Found, Error> {
    let outcome = scan::scan(files, opts, painter, out, err)
        .map_err(|e| Error::io("cannot write output", e))?;
    if outcome.interrupted {
        return Err(Error::Interrupted);
    }
    if outcome.unreadable > 0 {
        return Err(Error::Reported);
    }
    Ok(Found::from(!(fail && outcome.negative > 0)))
}

#[inline(never)]
fn run_sequence(
    config: &Config,
    command: &str,
    painter: &text::Painter,
    out: &mut impl Write,
) -> Result<Found, Error> {
    let verb = explain::verb_of(command);
    let Some(seq) = knowledge::sequences::lookup(&verb) else {
        return Err(Error::NoMatch {
            what: format!(
                "no RFC ftpcode knows defines the command '{}' (see `ftpcode search {}`)",
                text::sanitize(&verb),
                text::sanitize(&verb)
            ),
        });
    };
    let view = explain::sequence_view(seq);
    if config.json {
        json::line(out, &view)?;
    } else {
        render::explain::sequence(out, painter, &view)?;
    }
    Ok(Found::All)
}

#[inline(never)]
fn run_compare(
    config: &Config,
    codes: &[String],
    painter: &text::Painter,
    out: &mut impl Write,
) -> Result<Found, Error> {
    let items = codes
        .iter()
        .map(|c| compare_item(c))
        .collect::<Result<Vec<_>, _>>()?;
    for (i, (code, _)) in items.iter().enumerate() {
        if items[..i].iter().any(|(c, _)| c == code) {
            return Err(Error::Query {
                query: code.to_string(),
                error: reply::QueryError {
                    reason: format!("{code} is given twice: compare needs different codes"),
                    hint: Some(format!("to read one code, use `ftpcode explain {code}`")),
                },
            });
        }
    }
    let c = compare::compare(&items);
    if config.json {
        json::line(out, &c)?;
    } else {
        render::compare::comparison(out, painter, &c)?;
    }
    Ok(Found::from(c.known()))
}

#[inline(never)]
fn run_list_codes(
    config: &Config,
    pattern: Option<&str>,
    painter: &text::Painter,
    out: &mut impl Write,
) -> Result<Found, Error> {
    let entries: Vec<_> = match pattern {
        None => explain::matching(None).collect(),
        Some(p) => match reply::parse_query(p) {
            Ok(reply::Query::Class(p)) => explain::matching(Some(p)).collect(),
            Ok(reply::Query::Code(c)) => knowledge::codes::lookup(c).into_iter().collect(),
            _ => {
                return Err(Error::Query {
                    query: p.to_string(),
                    error: reply::QueryError {
                        reason: format!("'{}' is not a code or class pattern", reply::shown(p)),
                        hint: Some(
                            "use a pattern such as 4xx or 55x, or a code such as 550".into(),
                        ),
                    },
                });
            }
        },
    };
    if entries.is_empty() {
        let p = pattern.unwrap_or("");
        return Err(Error::NoMatch {
            what: format!("no code in the table matches '{}'", reply::shown(p)),
        });
    }
    if config.json {
        for e in &entries {
            json::line(out, &explain::explain(e.code, None))?;
        }
    } else {
        let rows: Vec<_> = entries.iter().map(|e| explain::Summary::of(e)).collect();
        list::summaries(out, painter, &rows)?;
    }
    Ok(Found::All)
}

/// `list --messages NAME` or `--client NAME` naming nothing ftpcode knows.
fn not_known(kind: &str, name: &str, known: impl Iterator<Item = knowledge::pool::Text>) -> Error {
    let known: Vec<&str> = known.map(knowledge::pool::Text::as_str).collect();
    Error::NoMatch {
        what: format!(
            "no {kind} named '{}'; ftpcode knows {}",
            reply::shown(name),
            known.join(", ")
        ),
    }
}

#[inline(never)]
fn run_list_messages(
    config: &Config,
    server: Option<&str>,
    painter: &text::Painter,
    out: &mut impl Write,
) -> Result<Found, Error> {
    let wanted = match server {
        None => None,
        Some(name) => Some(knowledge::servers::server_named(name).ok_or_else(|| {
            not_known(
                "server",
                name,
                knowledge::servers::SERVERS.iter().map(|s| s.slug),
            )
        })?),
    };
    let mut messages: Vec<_> = knowledge::servers::MESSAGES
        .iter()
        .filter(|m| wanted.is_none_or(|w| m.server == w))
        .collect();
    messages.sort_by_key(|m| (m.server.name().to_ascii_lowercase(), m.code));
    if config.json {
        for m in &messages {
            json::line(out, m)?;
        }
    } else {
        list::messages(out, painter, &messages)?;
    }
    Ok(Found::All)
}

#[inline(never)]
fn run_list_clients(
    config: &Config,
    client: Option<&str>,
    painter: &text::Painter,
    out: &mut impl Write,
) -> Result<Found, Error> {
    let wanted = match client {
        None => None,
        Some(name) => Some(knowledge::clients::client_named(name).ok_or_else(|| {
            not_known(
                "client",
                name,
                knowledge::clients::CLIENTS.iter().map(|c| c.slug),
            )
        })?),
    };
    let mut errors: Vec<_> = knowledge::clients::CLIENT_ERRORS
        .iter()
        .filter(|e| wanted.is_none_or(|w| e.client == w))
        .collect();
    errors.sort_by(|a, b| {
        (a.client.get().slug.cmp(&b.client.get().slug))
            .then_with(|| natural_order(a.id.as_str(), b.id.as_str()))
    });
    if config.json {
        for e in &errors {
            json::line(out, e)?;
        }
    } else {
        list::client_errors(out, painter, &errors)?;
    }
    Ok(Found::All)
}

/// Names in natural order: a run of digits compared as the number it is, so that
/// `curl-2` comes before `curl-10`.
fn natural_order(a: &str, b: &str) -> std::cmp::Ordering {
    use std::cmp::Ordering;
    let digits = |s: &[u8]| s.iter().take_while(|c| c.is_ascii_digit()).count();
    let (mut a, mut b) = (a.as_bytes(), b.as_bytes());
    loop {
        let (n, m) = (digits(a), digits(b));
        let order = if n > 0 && m > 0 {
            let (x, y) = (&a[..n], &b[..m]);
            let value = |d: &[u8]| {
                let lead = d.iter().take_while(|c| **c == b'0').count();
                d[lead..].to_vec()
            };
            let (vx, vy) = (value(x), value(y));
            let order = vx.len().cmp(&vy.len()).then(vx.cmp(&vy)).then(n.cmp(&m));
            (a, b) = (&a[n..], &b[m..]);
            order
        } else {
            match (a.split_first(), b.split_first()) {
                (None, None) => return Ordering::Equal,
                (Some((x, rest_a)), Some((y, rest_b))) => {
                    (a, b) = (rest_a, rest_b);
                    x.cmp(y)
                }
                (x, _) => {
                    return if x.is_none() {
                        Ordering::Less
                    } else {
                        Ordering::Greater
                    };
                }
            }
        };
        if order != Ordering::Equal {
            return order;
        }
    }
}

#[inline(never)]
fn run_search(
    config: &Config,
    words: &[String],
    all: bool,
    painter: &text::Painter,
    out: &mut impl Write,
) -> Result<Found, Error> {
    let distinct = search::distinct_words(words);
    if distinct.len() > search::MAX_WORDS {
        return Err(Error::Query {
            query: format!("{} ...", distinct[..3].join(" ")),
            error: reply::QueryError {
                reason: format!("too many words (at most {})", search::MAX_WORDS),
                hint: None,
            },
        });
    }
    let hits = search::search(words);
    if hits.is_empty() {
        return Err(Error::NoMatch {
            what: format!(
                "nothing ftpcode knows matches '{}' (try fewer words, or `ftpcode list`)",
                reply::shown(&words.join(" "))
            ),
        });
    }
    let shown = if all {
        hits.len()
    } else {
        hits.len().min(SEARCH_HITS)
    };
    if config.json {
        for h in &hits[..shown] {
            json::line(out, h)?;
        }
    } else {
        list::hits(out, painter, &hits[..shown])?;
        if shown < hits.len() {
            writeln!(
                out,
                "{}",
                painter.dim(&format!(
                    "{} more: ftpcode search --all {}",
                    hits.len() - shown,
                    reply::shown(&words.join(" "))
                ))
            )?;
        }
    }
    Ok(Found::All)
}

// Out of line, as the commands below `run` are.
#[inline(never)]
// (Its input is opened as `scan` opens one: a compressed file or stream is read as the
// text it holds, and UTF-16 as UTF-8, as PowerShell 5.1's `>` saves scan output.)
fn run_strip(files: &[std::path::PathBuf], out: &mut impl Write) -> Result<Found, Error> {
    if files.is_empty() || files.iter().all(|f| f.as_os_str() == "-") {
        let mut input = io::BufReader::new(scan::input::stdin(scan::input::BareCrs::Keep).reader);
        strip::strip(&mut input, out).map_err(|e| strip_error("standard input", e))?;
        return Ok(Found::All);
    }
    for f in files {
        let name = f.display().to_string();
        let input = scan::input::open(f, scan::input::BareCrs::Keep)
            .map_err(|e| strip_error(&name, strip::Fail::Read(e)))?;
        strip::strip(&mut io::BufReader::new(input.reader), out)
            .map_err(|e| strip_error(&name, e))?;
    }
    Ok(Found::All)
}

/// A failure of `strip`, a read error worded as `scan` words one (`cannot read nosuch: No
/// such file or directory`).
fn strip_error(input: &str, e: strip::Fail) -> Error {
    match e {
        strip::Fail::Read(e) => Error::io(
            format!("cannot read {}", render::text::sanitize(input)),
            io::Error::new(e.kind(), scan::input::describe(&e)),
        ),
        strip::Fail::Write(e) => Error::from(e),
    }
}

/// A `compare` argument: a code, or a reply line (its text picks the server messages).
fn compare_item(arg: &str) -> Result<(code::ReplyCode, Option<String>), Error> {
    if let Ok(code) = reply::parse_code(arg.trim()) {
        return Ok((code, None));
    }
    let error = |error| Error::Query {
        query: arg.to_string(),
        error,
    };
    let answers = paste::answers(arg).map_err(error)?;
    match answers.as_slice() {
        [Answer::Code(e)] => Ok((e.code, Some(e.text.to_string()))),
        _ => Err(error(reply::QueryError {
            reason: format!(
                "'{}' is not a reply code or one reply line",
                reply::shown(arg)
            ),
            hint: Some(
                "compare takes codes (450 550) or reply lines (\"550 No such file\")".into(),
            ),
        })),
    }
}

/// The queries as given, or, when some word alone means nothing and the words together
/// make a reply line (`ftpcode 550 Permission denied`), the words joined.
fn joined(queries: &[String]) -> Vec<String> {
    if queries.len() < 2 || queries.iter().any(|q| q == "-") {
        return queries.to_vec();
    }
    let alone = queries.iter().all(|q| paste::answers(q).is_ok());
    if alone {
        return queries.to_vec();
    }
    let all = queries.join(" ");
    match paste::answers(&all) {
        Ok(_) => vec![all],
        Err(_) => queries.to_vec(),
    }
}

/// `explain -`: the paste on standard input. Out of line, as a code given as an
/// argument never reads it (link/README.md).
#[inline(never)]
fn read_pasted(stdin: &mut impl Read, err: &mut impl Write) -> Result<String, Error> {
    if std::io::IsTerminal::is_terminal(&std::io::stdin()) {
        let _ = writeln!(
            err,
            "ftpcode: reading from the terminal; paste a reply or an error, then Ctrl-D"
        );
    }
    let mut bytes = Vec::new();
    stdin
        .take(MAX_STDIN_QUERY + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| Error::io("cannot read the reply from standard input", e))?;
    if bytes.len() as u64 > MAX_STDIN_QUERY {
        return Err(Error::Query {
            query: "-".into(),
            error: reply::QueryError {
                reason: format!(
                    "standard input holds more than {} MiB: that is a log, not a paste",
                    MAX_STDIN_QUERY >> 20
                ),
                hint: Some("read it with `ftpcode scan`".into()),
            },
        });
    }
    // Latin-1 file names and other bytes that are not UTF-8 are shown replaced.
    Ok(String::from_utf8_lossy(&bytes).into_owned())
}

#[allow(clippy::too_many_arguments)]
fn run_explain(
    config: &Config,
    queries: &[String],
    command: Option<&str>,
    detail: Detail,
    stdin: &mut impl Read,
    out: &mut impl Write,
    err: &mut impl Write,
    painter: &text::Painter,
) -> Result<Found, Error> {
    // Read and parse everything first, so a bad query fails before any output.
    let mut answers: Vec<Answer> = Vec::new();
    for q in joined(queries) {
        let input = if q == "-" {
            read_pasted(stdin, err)?
        } else {
            q.clone()
        };
        let found = paste::answers(&input).map_err(|mut error| {
            if queries.len() > 1 && reply::parse_code(queries[0].trim()).is_ok() {
                error.hint = Some(format!(
                    "to explain a reply line, quote it: ftpcode \"{}\"",
                    reply::shown(&queries.join(" "))
                ));
            }
            Error::Query {
                query: q.clone(),
                error,
            }
        })?;
        answers.extend(found);
    }
    if let Some(command) = command {
        if command.trim().is_empty() {
            return Err(Error::Query {
                query: String::new(),
                error: reply::QueryError {
                    reason: "--command needs an FTP command, such as STOR".into(),
                    hint: None,
                },
            });
        }
        for a in &mut answers {
            if let Answer::Code(e) = a {
                e.answer_to = Some(explain::answer_to(e.code, command));
            }
        }
    }
    for (i, a) in answers.iter().enumerate() {
        match (a, config.json) {
            (Answer::Code(e), true) => json::line(out, e)?,
            (Answer::Class(c), true) => json::line(out, c)?,
            (Answer::Client(c), true) => json::line(out, c)?,
            (a, false) => {
                if i > 0 && detail != Detail::Short {
                    writeln!(out)?;
                }
                match a {
                    Answer::Code(e) => render::explain::explanation(out, painter, e, detail)?,
                    Answer::Class(c) => render::explain::class_summary(out, painter, c)?,
                    Answer::Client(c) => render::explain::client_error(out, painter, c, detail)?,
                }
            }
        }
    }
    let unknown_command =
        command.is_some_and(|c| knowledge::sequences::lookup(&explain::verb_of(c)).is_none());
    Ok(Found::from(
        answers.iter().all(Answer::known) && !unknown_command,
    ))
}

/// Where the binary's output goes: stdout, block-buffered and flushed at the end by the
/// caller (a log's lines), or memory, for an answer, written at the end or through a
/// pager. One type for both, so
/// that `run` and the scanner's outputs are compiled once, not once per destination
/// (which also keeps the code that `explain` runs small: see link/README.md).
pub enum Out {
    Stdout(io::BufWriter<io::StdoutLock<'static>>),
    Held(Vec<u8>),
}

impl Out {
    /// Stdout with a buffer for a log's worth of lines (`scan`, `strip`).
    pub fn stdout() -> Out {
        Out::Stdout(io::BufWriter::with_capacity(64 * 1024, io::stdout().lock()))
    }
}

impl Write for Out {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        match self {
            Out::Stdout(w) => w.write(buf),
            Out::Held(v) => v.write(buf),
        }
    }

    fn write_all(&mut self, buf: &[u8]) -> io::Result<()> {
        match self {
            Out::Stdout(w) => w.write_all(buf),
            Out::Held(v) => v.write_all(buf),
        }
    }

    fn flush(&mut self) -> io::Result<()> {
        match self {
            Out::Stdout(w) => w.flush(),
            Out::Held(_) => Ok(()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::natural_order;

    #[test]
    fn names_in_natural_order() {
        let mut ids = [
            "curl-10", "curl-2", "curl-1", "curl-9", "curl-100", "curl-02", "curl",
        ];
        ids.sort_by(|a, b| natural_order(a, b));
        assert_eq!(
            ids,
            [
                "curl", "curl-1", "curl-2", "curl-02", "curl-9", "curl-10", "curl-100"
            ]
        );
        let mut names = [
            "os-linux-eai-again",
            "os-linux-eacces",
            "os-linux-eaddrinuse",
        ];
        names.sort_by(|a, b| natural_order(a, b));
        assert_eq!(
            names,
            [
                "os-linux-eacces",
                "os-linux-eaddrinuse",
                "os-linux-eai-again"
            ]
        );
    }
}
