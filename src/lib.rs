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
pub mod error;
pub mod explain;
pub mod knowledge;
pub mod render;
pub mod reply;
pub mod scan;
pub mod search;
pub mod strip;

use std::io::{self, Read, Write};

pub use config::{Command, Config};
pub use error::Error;

use explain::Answer;
use render::{json, text};

/// The most ftpcode reads from stdin for `explain -`: a reply, not a log.
const MAX_STDIN_QUERY: u64 = 1 << 20;

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
            let output = match (summary, config.json) {
                (true, json) => scan::Output::Summary { json },
                (false, true) => scan::Output::Json {
                    full: config.json_full,
                },
                (false, false) => scan::Output::Annotate { verbose: *verbose },
            };
            let opts = scan::Options {
                output,
                errors_only: *errors,
                terminal: o.is_terminal,
                generic_only: *generic,
                show_controls: *show_controls,
                binary: *binary,
            };
            let outcome = scan::scan(files, &opts, painter, out, o.err)
                .map_err(|e| Error::io("cannot write output", e))?;
            if outcome.interrupted {
                return Err(Error::Interrupted);
            }
            if outcome.unreadable > 0 {
                return Err(Error::Reported);
            }
            Ok(Found::from(!(*fail && outcome.negative > 0)))
        }
        Command::Strip { files } => run_strip(files, stdin, out),
        Command::Explain { queries, command } => {
            run_explain(config, queries, command.as_deref(), stdin, out, painter)
        }
        Command::Sequence { command } => {
            let Some(seq) = knowledge::sequences::lookup(command) else {
                return Err(Error::NoMatch {
                    what: format!(
                        "no RFC ftpcode knows defines the command '{}' (see `ftpcode search {}`)",
                        text::sanitize(command),
                        text::sanitize(command)
                    ),
                });
            };
            let view = explain::sequence_view(seq);
            if config.json {
                json::line(out, &view)?;
            } else {
                text::sequence(out, painter, &view)?;
            }
            Ok(Found::All)
        }
        Command::Compare { codes } => {
            let codes = codes
                .iter()
                .map(|c| parse_code_arg(c))
                .collect::<Result<Vec<_>, _>>()?;
            let c = compare::compare(&codes);
            if config.json {
                json::line(out, &c)?;
            } else {
                text::comparison(out, painter, &c)?;
            }
            Ok(Found::from(c.known()))
        }
        Command::List { pattern } => {
            let entries: Vec<_> = match pattern {
                None => explain::matching(None).collect(),
                Some(p) => match reply::parse_query(p) {
                    Ok(reply::Query::Class(p)) => explain::matching(Some(p)).collect(),
                    Ok(reply::Query::Code(c)) => knowledge::codes::lookup(c).into_iter().collect(),
                    _ => {
                        return Err(Error::Query {
                            query: p.clone(),
                            error: reply::QueryError {
                                reason: format!("'{p}' is not a code or class pattern"),
                                hint: Some(
                                    "use a pattern such as 4xx or 55x, or a code such as 550"
                                        .into(),
                                ),
                            },
                        });
                    }
                },
            };
            if entries.is_empty() {
                let p = pattern.as_deref().unwrap_or("");
                return Err(Error::NoMatch {
                    what: format!("no code in the table matches '{p}'"),
                });
            }
            for e in &entries {
                if config.json {
                    json::line(out, &explain::explain(e.code, None))?;
                }
            }
            if !config.json {
                let rows: Vec<_> = entries.iter().map(|e| explain::Summary::of(e)).collect();
                text::summaries(out, painter, &rows)?;
            }
            Ok(Found::All)
        }
        Command::Search { words } => {
            let hits = search::search(words);
            if hits.is_empty() {
                return Err(Error::NoMatch {
                    what: format!(
                        "nothing in the table matches '{}' (try fewer words, or `ftpcode list`)",
                        words.join(" ")
                    ),
                });
            }
            if config.json {
                for h in &hits {
                    json::line(out, &explain::explain(h.entry.code, None))?;
                }
            } else {
                text::hits(out, painter, &hits)?;
            }
            Ok(Found::All)
        }
    }
}

fn run_strip(
    files: &[std::path::PathBuf],
    stdin: &mut impl Read,
    out: &mut impl Write,
) -> Result<Found, Error> {
    if files.is_empty() || files.iter().all(|f| f.as_os_str() == "-") {
        let mut input = io::BufReader::new(stdin);
        strip::strip(&mut input, out).map_err(|e| Error::io("cannot strip standard input", e))?;
        return Ok(Found::All);
    }
    for f in files {
        let file = std::fs::File::open(f).map_err(|e| {
            Error::io(
                format!(
                    "cannot read {}",
                    render::text::sanitize(&f.display().to_string())
                ),
                e,
            )
        })?;
        strip::strip(&mut io::BufReader::new(file), out)?;
    }
    Ok(Found::All)
}

fn parse_code_arg(arg: &str) -> Result<code::ReplyCode, Error> {
    reply::parse_code(arg.trim()).map_err(|error| Error::Query {
        query: arg.to_string(),
        error,
    })
}

fn run_explain(
    config: &Config,
    queries: &[String],
    command: Option<&str>,
    stdin: &mut impl Read,
    out: &mut impl Write,
    painter: &text::Painter,
) -> Result<Found, Error> {
    // Read and parse everything first, so a bad query fails before any output.
    let mut answers: Vec<Answer> = Vec::new();
    for q in queries {
        let input = if q == "-" {
            let mut s = String::new();
            stdin
                .take(MAX_STDIN_QUERY)
                .read_to_string(&mut s)
                .map_err(|e| Error::io("cannot read the reply from standard input", e))?;
            s
        } else {
            q.clone()
        };
        let query = reply::parse_query(&input).map_err(|error| Error::Query {
            query: q.clone(),
            error,
        })?;
        answers.extend(explain::answer(&query));
    }
    if let Some(command) = command {
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
            (a, false) => {
                if i > 0 {
                    writeln!(out)?;
                }
                match a {
                    Answer::Code(e) => text::explanation(out, painter, e)?,
                    Answer::Class(c) => text::class_summary(out, painter, c)?,
                }
            }
        }
    }
    Ok(Found::from(answers.iter().all(Answer::known)))
}

/// Wraps stdout for a run: block-buffered, flushed at the end by the caller.
pub fn buffered_stdout() -> io::BufWriter<io::StdoutLock<'static>> {
    io::BufWriter::with_capacity(64 * 1024, io::stdout().lock())
}
