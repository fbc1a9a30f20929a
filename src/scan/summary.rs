//! The summary sink (`scan --summary`): instead of the log, what it holds in a few lines:
//! the findings, the clients and sessions with the most failures, and a table of the
//! replies per code (negative ones first). Printed at the end, or when Ctrl-C stops a
//! scan of a growing log.

use std::borrow::Cow;
use std::io::{self, Write};

use foldhash::{HashMap, HashMapExt};
use serde::Serialize;

use crate::code::{REPLY_CODES, ReplyCode};
use crate::knowledge::clients::Role;
use crate::knowledge::codes;
use crate::render::json as json_render;
use crate::render::text::{Painter, sanitize, wrap};

use super::diagnose::Finding;
use super::event::{ClientErrorEvent, FindingEvent, Place, Reply};
use super::sink::{InputEnd, Sink};

/// At most this many clients and sessions are counted (then the count starts over for
/// newcomers: memory stays flat on a log of millions of sessions).
const MAX_PARTIES: usize = 4096;

/// Findings kept in full for the summary; later ones are counted (memory stays flat on a
/// log of millions of sessions; `scan --json` writes every one).
const MAX_FINDINGS: usize = 100;
/// How many clients and sessions the ranking shows.
const RANKED: usize = 10;

/// Per code: how many, and where the first and last were.
#[derive(Debug, Clone, Copy)]
struct Tally {
    count: u64,
    first: (usize, u64),
    last: (usize, u64),
}

/// Failures of one client or session.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Party {
    /// The client's address, or the session's key.
    pub name: String,
    /// For a session: its client and user, where known.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub client: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub user: Option<String>,
    pub failures: u64,
    pub replies: u64,
    /// The file it was seen in (null for standard input).
    pub file: Option<String>,
    /// That file's place among the inputs: ties are ranked in the order they were read.
    #[serde(skip)]
    order: usize,
}

/// One code's line of the summary.
#[derive(Debug, Clone, Serialize)]
pub struct CodeCount {
    pub code: ReplyCode,
    pub title: &'static str,
    pub count: u64,
    pub first_line: u64,
    pub last_line: u64,
    pub first_file: Option<String>,
    pub last_file: Option<String>,
}

/// A finding with where it was found.
#[derive(Debug, Clone, Serialize)]
pub struct Found {
    pub file: Option<String>,
    pub session: Option<String>,
    pub client: Option<String>,
    #[serde(flatten)]
    pub finding: Finding,
}

/// `--summary --json`: one object for the whole scan.
#[derive(Debug, Clone, Serialize)]
pub struct Report {
    #[serde(rename = "type")]
    pub kind: &'static str,
    pub files: u64,
    pub lines: u64,
    pub replies: u64,
    pub negative: u64,
    pub codes: Vec<CodeCount>,
    pub findings: Vec<Found>,
    /// Findings beyond the first [`MAX_FINDINGS`], counted only.
    #[serde(skip_serializing_if = "is_zero")]
    pub more_findings: u64,
    /// Clients and sessions ranked by failures, most first.
    pub clients: Vec<Party>,
    pub sessions: Vec<Party>,
    /// Clients' own error lines, by error.
    pub client_errors: Vec<ClientErrorTally>,
    /// A server's own log lines (vsftpd's `FAIL LOGIN`), by kind, as `scan --json` tells
    /// them from client errors.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub server_log_lines: Vec<ClientErrorTally>,
}

fn is_zero(n: &u64) -> bool {
    *n == 0
}

/// How often a client error was printed.
#[derive(Debug, Clone, Serialize)]
pub struct ClientErrorTally {
    pub id: &'static str,
    pub program: &'static str,
    pub title: &'static str,
    pub count: u64,
    pub first: u64,
    pub last: u64,
    /// The files of the first and the last (null for standard input).
    pub first_file: Option<String>,
    pub last_file: Option<String>,
    /// A server's own log line (vsftpd's `FAIL LOGIN`), not a client's error.
    #[serde(skip)]
    pub server_log: bool,
    /// Indexes into the scan's files of the first and the last, named in the report.
    #[serde(skip)]
    files: (usize, usize),
}

pub struct Summary<'w, W: Write> {
    out: &'w mut W,
    painter: Painter,
    json: bool,
    errors_only: bool,
    several_files: bool,
    counts: Vec<Option<Tally>>,
    files: Vec<Option<String>>,
    lines: u64,
    replies: u64,
    negative: u64,
    findings: Vec<Found>,
    more_findings: u64,
    clients: HashMap<Box<[u8]>, Party>,
    sessions: HashMap<(usize, u32), Party>,
    client_errors: Vec<ClientErrorTally>,
    /// The input being read has been registered in `files`.
    open_file: bool,
}

impl<'w, W: Write> Summary<'w, W> {
    pub fn new(
        out: &'w mut W,
        painter: Painter,
        json: bool,
        errors_only: bool,
        several_files: bool,
    ) -> Self {
        Summary {
            out,
            painter,
            json,
            errors_only,
            several_files,
            counts: vec![None; REPLY_CODES],
            files: Vec::new(),
            lines: 0,
            replies: 0,
            negative: 0,
            findings: Vec::new(),
            more_findings: 0,
            clients: HashMap::new(),
            sessions: HashMap::new(),
            client_errors: Vec::new(),
            open_file: false,
        }
    }

    /// The number of the input being read.
    fn file(&mut self, name: Option<&str>) -> usize {
        if !self.open_file {
            self.files.push(name.map(str::to_string));
            self.open_file = true;
        }
        self.files.len() - 1
    }

    fn report(&self) -> Report {
        let file = |i: usize| self.files.get(i).cloned().flatten();
        let mut codes: Vec<CodeCount> = self
            .counts
            .iter()
            .enumerate()
            .filter_map(|(i, t)| {
                let t = t.as_ref()?;
                let code = ReplyCode::from_index(i)?;
                if self.errors_only && !code.is_failure() {
                    return None;
                }
                Some(CodeCount {
                    code,
                    title: codes::title(code),
                    count: t.count,
                    first_line: t.first.1,
                    last_line: t.last.1,
                    first_file: file(t.first.0),
                    last_file: file(t.last.0),
                })
            })
            .collect();
        // Negative replies first: they are what a reader is looking for.
        codes.sort_by_key(|c| (!c.code.is_failure(), c.code));
        let rank = |parties: Vec<&Party>| {
            let mut v: Vec<Party> = parties
                .into_iter()
                .filter(|p| p.failures > 0)
                .cloned()
                .collect();
            v.sort_by(|a, b| {
                (b.failures.cmp(&a.failures))
                    .then(a.name.cmp(&b.name))
                    .then(a.order.cmp(&b.order))
            });
            v.truncate(RANKED);
            v
        };
        Report {
            kind: "summary",
            files: self.files.len() as u64,
            lines: self.lines,
            replies: self.replies,
            negative: self.negative,
            codes,
            findings: self.findings.clone(),
            more_findings: self.more_findings,
            clients: rank(self.clients.values().collect()),
            sessions: rank(self.sessions.values().collect()),
            client_errors: self.tallies(false),
            server_log_lines: self.tallies(true),
        }
    }

    /// The client errors' tallies (or the server's log lines'), with their files named.
    fn tallies(&self, server_log: bool) -> Vec<ClientErrorTally> {
        let file = |i: usize| self.files.get(i).cloned().flatten();
        self.client_errors
            .iter()
            .filter(|c| c.server_log == server_log)
            .map(|c| ClientErrorTally {
                first_file: file(c.files.0),
                last_file: file(c.files.1),
                ..c.clone()
            })
            .collect()
    }

    fn text(&mut self, r: &Report) -> io::Result<()> {
        let p = self.painter;
        let w = &mut *self.out;
        let place = |file: &Option<String>, line: u64| match (self.several_files, file) {
            (true, Some(f)) => format!("{}:{line}", sanitize(f)),
            (true, None) => format!("-:{line}"),
            (false, _) => line.to_string(),
        };
        let word = |n: u64, one: &'static str, many: &'static str| if n == 1 { one } else { many };
        write!(
            w,
            "{} {} in {} {}, {} negative",
            p.bold(&r.replies.to_string()),
            word(r.replies, "reply", "replies"),
            r.lines,
            word(r.lines, "line", "lines"),
            p.bold(&r.negative.to_string())
        )?;
        for (tallies, one, many) in [
            (&r.client_errors, "client error", "client errors"),
            (&r.server_log_lines, "server log line", "server log lines"),
        ] {
            let n: u64 = tallies.iter().map(|c| c.count).sum();
            if n > 0 {
                write!(w, ", {} {}", p.bold(&n.to_string()), word(n, one, many))?;
            }
        }
        writeln!(w)?;
        if !r.findings.is_empty() {
            // Findings first: they say what to do about the counts below.
            writeln!(w)?;
            writeln!(w, "{}", p.bold("Findings"))?;
            for f in &r.findings {
                let lines: Vec<String> = f.finding.lines.iter().map(u64::to_string).collect();
                let word = if lines.len() == 1 { "line" } else { "lines" };
                let more = match f.finding.count.saturating_sub(lines.len()) {
                    0 => String::new(),
                    n => format!(" and {n} more"),
                };
                let mut place = format!("{word} {}{more}", lines.join(", "));
                if let Some(file) = &f.file
                    && self.several_files
                {
                    place = format!("{}: {place}", sanitize(file));
                }
                if let Some(c) = &f.client {
                    place = format!("client {}, {place}", sanitize(c));
                } else if let Some(s) = &f.session {
                    place = format!("session {}, {place}", sanitize(s));
                }
                writeln!(w, "  - {} ({place})", p.bold(f.finding.title))?;
                for line in wrap(&f.finding.explanation, p.width() - 4) {
                    writeln!(w, "    {line}")?;
                }
                for line in wrap(&format!("Fix: {}", f.finding.fix), p.width() - 4) {
                    writeln!(w, "    {line}")?;
                }
            }
            if r.more_findings > 0 {
                writeln!(
                    w,
                    "  - and {} more (`ftpcode scan --json` lists every one)",
                    r.more_findings
                )?;
            }
        }
        for (heading, tallies) in [
            ("Client errors", &r.client_errors),
            ("Server log lines", &r.server_log_lines),
        ] {
            if tallies.is_empty() {
                continue;
            }
            writeln!(w)?;
            writeln!(w, "{}", p.bold(heading))?;
            for c in tallies {
                let lines = match (self.several_files, &c.first_file, &c.last_file) {
                    (false, ..) if c.count == 1 => format!("line {}", c.first),
                    (false, ..) => format!("lines {}..{}", c.first, c.last),
                    (true, first, _) if c.count == 1 => place(first, c.first),
                    (true, first, _) if c.files.0 == c.files.1 => {
                        format!("{}..{}", place(first, c.first), c.last)
                    }
                    (true, first, last) => {
                        format!("{} .. {}", place(first, c.first), place(last, c.last))
                    }
                };
                let text = format!("{:>6}  {}: {} ({lines})", c.count, c.program, c.title);
                for (i, line) in wrap(&text, p.width().saturating_sub(2)).iter().enumerate() {
                    let indent = if i == 0 { "  " } else { "          " };
                    writeln!(w, "{indent}{line}")?;
                }
            }
        }
        // Rankings matter where there is more than one to rank.
        for (title, parties) in [("Clients", &r.clients), ("Sessions", &r.sessions)] {
            if parties.len() < 2 {
                continue;
            }
            writeln!(w)?;
            writeln!(w, "{}", p.bold(&format!("{title} with the most failures")))?;
            for party in parties {
                let mut who = sanitize(&party.name).into_owned();
                if let Some(c) = &party.client {
                    who.push_str(&format!(" ({})", sanitize(c)));
                }
                if let Some(u) = &party.user {
                    who.push_str(&format!(" user {}", sanitize(u)));
                }
                // (Session keys start again in each file: the file tells them apart. A
                // client's address is one client whichever file it is in.)
                if self.several_files && title == "Sessions" {
                    let file = party
                        .file
                        .as_deref()
                        .map_or(Cow::Borrowed("standard input"), sanitize);
                    who.push_str(&format!(" in {file}"));
                }
                // (A long row wraps under its name, the counts' column kept clear.)
                let counts = format!("  {:>6} of {:<6} ", party.failures, party.replies);
                let room = p.width().saturating_sub(counts.len()).max(20);
                for (i, line) in wrap(&who, room).iter().enumerate() {
                    match i {
                        0 => writeln!(w, "{counts}{line}")?,
                        _ => writeln!(w, "{:1$}{line}", "", counts.len() + 2)?,
                    }
                }
            }
        }
        if r.codes.is_empty() {
            return Ok(());
        }
        let rows: Vec<(String, String)> = r
            .codes
            .iter()
            .map(|c| {
                (
                    place(&c.first_file, c.first_line),
                    place(&c.last_file, c.last_line),
                )
            })
            .collect();
        let width = |pick: fn(&(String, String)) -> &String| {
            rows.iter()
                .map(|r| pick(r).chars().count())
                .max()
                .unwrap_or(0)
                .max(8)
                + 1
        };
        let (first_w, last_w) = (width(|r| &r.0), width(|r| &r.1));
        writeln!(w)?;
        let head = format!(
            "  code    count  {:<first_w$}{:<last_w$}title",
            "first", "last"
        );
        writeln!(w, "{}", p.bold(&head))?;
        for (c, (first, last)) in r.codes.iter().zip(&rows) {
            let pad = " ".repeat(6usize.saturating_sub(c.code.to_string().len()));
            writeln!(
                w,
                "  {}{pad}{:>7}  {first:<first_w$}{last:<last_w$}{}",
                p.code(c.code),
                c.count,
                c.title
            )?;
        }
        Ok(())
    }
}

fn lossy(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

impl<W: Write> Sink for Summary<'_, W> {
    fn wants_text(&self, _code: ReplyCode) -> bool {
        false
    }

    fn reply(&mut self, r: &Reply, _at: Place) -> io::Result<()> {
        self.replies += 1;
        let failure = r.code.is_failure() && r.form == super::detect::Form::Plain;
        if r.code.is_failure() {
            self.negative += 1;
        }
        let file = self.file(r.file);
        if let Some(i) = r.code.index() {
            let t = self.counts[i].get_or_insert(Tally {
                count: 0,
                first: (file, r.line),
                last: (file, r.line),
            });
            t.count += 1;
            t.last = (file, r.line);
        }
        if let Some(client) = r.session.client {
            // Looked up before a key is made: most replies come from a client seen before.
            match self.clients.get_mut(client) {
                Some(c) => {
                    c.replies += 1;
                    c.failures += u64::from(failure);
                }
                None => {
                    if self.clients.len() >= MAX_PARTIES {
                        self.clients.clear();
                    }
                    self.clients.insert(
                        Box::from(client),
                        Party {
                            name: lossy(client),
                            file: r.file.map(str::to_string),
                            replies: 1,
                            failures: u64::from(failure),
                            ..Party::default()
                        },
                    );
                }
            }
        }
        if self.sessions.len() >= MAX_PARTIES && !self.sessions.contains_key(&(file, r.session.id))
        {
            self.sessions.clear();
        }
        let s = self
            .sessions
            .entry((file, r.session.id))
            .or_insert_with(|| Party {
                name: r
                    .session
                    .key
                    .map_or_else(|| r.session.id.to_string(), lossy),
                file: r.file.map(str::to_string),
                order: file,
                ..Party::default()
            });
        // Copied only when they change (most replies: never), not per reply.
        if s.client.as_deref().map(str::as_bytes) != r.session.client {
            s.client = r.session.client.map(lossy);
        }
        if s.user.as_deref().map(str::as_bytes) != r.session.user {
            s.user = r.session.user.map(lossy);
        }
        s.replies += 1;
        s.failures += u64::from(failure);
        Ok(())
    }

    fn client_error(&mut self, e: &ClientErrorEvent, _at: Place) -> io::Result<()> {
        let file = self.file(e.file);
        let room = self.client_errors.len() < MAX_PARTIES;
        match self.client_errors.iter_mut().find(|c| c.id == e.error.id) {
            Some(c) => {
                c.count += 1;
                c.last = e.line;
                c.files.1 = file;
            }
            None if room => {
                self.client_errors.push(ClientErrorTally {
                    id: e.error.id.as_str(),
                    program: e.error.client.get().name.as_str(),
                    title: e.error.title.as_str(),
                    count: 1,
                    first: e.line,
                    last: e.line,
                    first_file: None,
                    last_file: None,
                    server_log: e.error.client.get().role == Role::ServerLog,
                    files: (file, file),
                });
            }
            None => {}
        }
        Ok(())
    }

    fn finding(&mut self, f: &FindingEvent, _at: Place) -> io::Result<()> {
        if self.findings.len() >= MAX_FINDINGS {
            self.more_findings += 1;
            return Ok(());
        }
        self.findings.push(Found {
            file: f.file.map(str::to_string),
            session: f
                .session
                .map(|s| s.key.map_or_else(|| s.id.to_string(), lossy)),
            client: f.session.and_then(|s| s.client).map(lossy),
            finding: f.finding.clone(),
        });
        Ok(())
    }

    fn pass(&mut self, _bytes: &[u8], _whole_lines: bool) -> io::Result<()> {
        Ok(())
    }

    fn end_input(&mut self, end: &InputEnd) -> io::Result<()> {
        self.file(end.file);
        self.open_file = false;
        self.lines += end.lines;
        Ok(())
    }

    fn finish(&mut self) -> io::Result<()> {
        let report = self.report();
        if self.json {
            json_render::line(self.out, &report)
        } else {
            self.text(&report)
        }
    }

    fn flush(&mut self) -> io::Result<()> {
        self.out.flush()
    }
}
