//! `ftpcode scan`: stream logs through, find every reply, explain it in place.
//!
//! Bytes, not strings: a reader thread reads chunks, cuts them at line ends and finds
//! the format markers; this thread classifies each line ([`crate::formats`]), assembles
//! multi-line replies, tracks the command each reply answers, feeds the diagnoses
//! ([`crate::diagnose`]) and writes the annotations, JSON records or the summary. The
//! log itself goes out in large slices of the chunks, untouched. A line longer than a
//! mebibyte is streamed in pieces with only its first 4 KiB kept for recognition, so
//! memory stays flat whatever the input.

use std::collections::HashMap;
use std::fs::File;
use std::hash::BuildHasherDefault;
use std::io::{self, BufRead, BufReader, Read, Write};
use std::path::{Path, PathBuf};
use std::sync::mpsc::{self, Receiver, SyncSender};

use serde::Serialize;

use crate::code::ReplyCode;
use crate::diagnose::{self, Diagnoser, Finding};
use crate::explain::{self, Explanation};
use crate::formats::{self, Form, Line, Sep};
use crate::knowledge::codes as table;
use crate::knowledge::iis;
use crate::knowledge::sequences;
use crate::knowledge::servers::{self as messages, ServerId};
use crate::line_ends;
use crate::render::json;
use crate::render::text::{Painter, sanitize};

/// Codes from the line formats are always in range (three digits, 1 to 6 first).
fn rc(code: u16) -> ReplyCode {
    ReplyCode::new(code).unwrap_or(ReplyCode::known(100))
}

/// How much of a line is kept for recognition: replies and their prefixes are short.
const HEAD: usize = 4096;
/// How many annotation bodies are cached before the cache starts again.
const MAX_CACHED_NOTES: usize = 10_000;
/// How much of a command is kept to show with its reply.
const MAX_COMMAND: usize = 512;
/// How much reply text is kept for `--json`.
const MAX_TEXT: usize = 4096;
/// A multi-line reply still open after this many lines was never closed: give up on it.
const MAX_REPLY_LINES: u64 = 1000;
/// How much the reader thread reads at a time.
const CHUNK: usize = 256 * 1024;
/// What starts every line ftpcode adds to a log, so `grep -v` can take them out again.
pub const MARK: &str = "  [ftpcode] ";

/// What `scan` writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// The log, with an explanation line after each reply.
    Annotate,
    /// One JSON object per reply.
    Json,
    /// A table of the replies found, per code.
    Summary,
    /// The same, as one JSON object.
    SummaryJson,
}

/// Everything `scan` was asked to do.
#[derive(Debug, Clone)]
pub struct Options {
    pub mode: Mode,
    /// Explain only negative replies (4yz, 5yz, 6yz).
    pub errors_only: bool,
    /// Flush after every line (stdout is a terminal).
    pub line_buffered: bool,
}

/// One reply found in a log. Serialised as a `--json` record.
#[derive(Debug, Clone, Serialize)]
pub struct Record {
    /// Line number of the reply's first line (1-based, per file).
    pub line: u64,
    pub end_line: u64,
    /// The log file, or null for standard input.
    pub file: Option<String>,
    /// The command the reply answers, as logged, when the log shows it.
    pub command: Option<String>,
    /// How the RFCs list this reply for its command: "preliminary", "success", "error",
    /// "any", or "unlisted" (a reply the RFCs do not allow for that command); null when the
    /// command is unknown or not in the log.
    pub listed: Option<sequences::Listed>,
    /// IIS W3C logs: `sc-win32-status` and `sc-substatus` of the line.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub iis: Option<Iis>,
    #[serde(flatten)]
    pub explanation: Explanation,
}

/// The IIS fields beside `sc-status`.
#[derive(Debug, Clone, Copy, Serialize)]
pub struct Iis {
    pub win32_status: Option<u32>,
    pub substatus: Option<u32>,
    /// What Windows calls the `sc-win32-status` value.
    pub win32: Option<&'static iis::Win32Status>,
    /// What Microsoft documents for the `sc-substatus` value.
    pub substatus_meaning: Option<&'static iis::IisSubstatus>,
}

/// Counts per code, for `--summary`.
#[derive(Debug, Clone, Serialize)]
pub struct CodeCount {
    pub code: ReplyCode,
    pub title: &'static str,
    pub count: u64,
    pub first_line: u64,
    pub last_line: u64,
    /// The file of the first occurrence (null for standard input).
    pub first_file: Option<String>,
    /// The file of the last occurrence (null for standard input).
    pub last_file: Option<String>,
}

/// What `--summary` counts per code while scanning: files by their number, so nothing is
/// copied per reply.
#[derive(Debug, Clone, Copy)]
struct Tally {
    count: u64,
    first_line: u64,
    last_line: u64,
    first_file: usize,
    last_file: usize,
}

/// `--summary --json`: one object for the whole scan.
#[derive(Debug, Clone, Serialize)]
pub struct Summary {
    pub lines: u64,
    pub replies: u64,
    pub negative: u64,
    pub codes: Vec<CodeCount>,
    /// Findings that need more than one line (see `ftpcode::diagnose`).
    pub findings: Vec<SummaryFinding>,
    /// Whether more than one input was scanned (lines are then shown with their file).
    #[serde(skip)]
    pub several_files: bool,
}

/// A finding with the file it was found in.
#[derive(Debug, Clone, Serialize)]
pub struct SummaryFinding {
    pub file: Option<String>,
    #[serde(flatten)]
    pub finding: Finding,
}

/// The outcome of a scan, for the exit status.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Outcome {
    pub replies: u64,
    pub negative: u64,
    /// Files that could not be read.
    pub unreadable: u64,
}

/// A reply being assembled.
#[derive(Debug)]
struct Open {
    code: u16,
    first: u64,
    last: u64,
    kind: Sep,
    /// A client's quote of a reply (`get: Access failed: 550 ...`): counted like any other,
    /// but kept out of the diagnoses, which have seen the reply itself if the log holds it.
    quote: bool,
    /// The command it answers, as its number in [`Scanner::command_seq`] order.
    command: Option<u32>,
    iis: Option<Iis>,
}

/// Scans the given files in order (standard input when empty or for `-`), writing to `out`.
/// An unreadable file is reported on `err` and skipped; a closed output stops the scan.
pub fn scan(
    files: &[PathBuf],
    opts: &Options,
    painter: &Painter,
    out: &mut impl Write,
    err: &mut impl Write,
) -> io::Result<Outcome> {
    let stdin = [PathBuf::from("-")];
    let files = if files.is_empty() { &stdin[..] } else { files };
    let mut scanner = Scanner::new(opts, painter, files.len() > 1);
    for path in files {
        let is_stdin = path.as_os_str() == "-";
        let name = (!is_stdin).then(|| path.display().to_string());
        let result = if is_stdin {
            scanner.run(None, open_stdin(), out)
        } else {
            match open_file(path) {
                Ok(reader) => scanner.run(name.as_deref(), reader, out),
                Err(e) => Err(Fail::Input(e)),
            }
        };
        match result {
            Ok(()) => {}
            Err(Fail::Output(e)) => return Err(e),
            Err(Fail::Input(e)) => {
                scanner.outcome.unreadable += 1;
                let shown = name.as_deref().unwrap_or("standard input");
                out.flush()?;
                writeln!(
                    err,
                    "ftpcode: cannot read {}: {}",
                    sanitize(shown),
                    strip_os_error(&e)
                )?;
            }
        }
    }
    if matches!(opts.mode, Mode::Summary | Mode::SummaryJson) {
        scanner.write_summary(out)?;
    }
    out.flush()?;
    Ok(scanner.outcome)
}

/// Why scanning one input stopped: its own fault, or the output's (which ends the scan).
#[derive(Debug)]
enum Fail {
    Input(io::Error),
    Output(io::Error),
}

type Step = Result<(), Fail>;

fn strip_os_error(e: &io::Error) -> String {
    let s = e.to_string();
    match s.find(" (os error") {
        Some(i) => s[..i].to_string(),
        None => s,
    }
}

/// Chunks in flight between the reader thread and the scanner: enough to keep both busy.
const IN_FLIGHT: usize = 4;
/// A line longer than this is streamed in pieces instead of being held whole.
const LONG_LINE: usize = 1 << 20;

/// Whole lines read from the input (`buf[..len]`), with the format markers found in them.
struct Chunk {
    buf: Vec<u8>,
    len: usize,
    hits: Vec<formats::Hit>,
    /// Where each line ends (its newline), found here too: it keeps the two threads' loads even.
    ends: Vec<u32>,
}

/// What the reader thread sends.
enum Msg {
    /// Whole lines (the last one may lack its newline at the end of the input).
    Lines(Chunk),
    /// Part of a line too long to hold, to pass through as it comes.
    Piece(Vec<u8>),
    Error(io::Error),
}

/// The reader thread: reads, cuts at the last line end, finds markers, sends. It stops when
/// the input ends or fails, or when the scanner hangs up (its output was closed).
fn read_chunks(mut input: Box<dyn Read + Send>, tx: &SyncSender<Msg>, recycle: &Receiver<Chunk>) {
    let mut carry: Vec<u8> = Vec::new(); // the start of a line not yet ended
    loop {
        let mut chunk = recycle.try_recv().unwrap_or_else(|_| Chunk {
            buf: Vec::new(),
            len: 0,
            hits: Vec::new(),
            ends: Vec::new(),
        });
        // Buffers come back at their full length: only new room is ever zeroed.
        let filled = carry.len();
        if chunk.buf.len() < filled + CHUNK {
            chunk.buf.resize(filled + CHUNK, 0);
        }
        chunk.buf[..filled].copy_from_slice(&carry);
        carry.clear();
        let n = loop {
            match input.read(&mut chunk.buf[filled..filled + CHUNK]) {
                Ok(n) => break n,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                Err(e) => {
                    let _ = tx.send(Msg::Error(e));
                    return;
                }
            }
        };
        chunk.len = filled + n;
        if n == 0 {
            // The end: whatever is left is the last line, newline or not.
            if chunk.len > 0 {
                index(&mut chunk);
                let _ = tx.send(Msg::Lines(chunk));
            }
            return;
        }
        match memchr::memrchr(b'\n', &chunk.buf[..chunk.len]) {
            Some(k) => {
                carry.extend_from_slice(&chunk.buf[k + 1..chunk.len]);
                chunk.len = k + 1;
                index(&mut chunk);
                if tx.send(Msg::Lines(chunk)).is_err() {
                    return;
                }
            }
            None if chunk.len >= LONG_LINE => {
                // No line end in sight: pass what there is on, keep nothing.
                let piece = chunk.buf[..chunk.len].to_vec();
                if tx.send(Msg::Piece(piece)).is_err() {
                    return;
                }
            }
            None => carry.extend_from_slice(&chunk.buf[..chunk.len]),
        }
    }
}

/// Finds the markers and the line ends of a chunk.
fn index(chunk: &mut Chunk) {
    let buf = &chunk.buf[..chunk.len];
    formats::find_markers(buf, &mut chunk.hits);
    chunk.ends.clear();
    // Chunks are at most a few MiB (CHUNK plus a line shorter than LONG_LINE): u32 holds it.
    line_ends::find(buf, &mut chunk.ends);
}

fn open_stdin() -> Box<dyn Read + Send> {
    Box::new(io::stdin())
}

/// Opens a file, decompressing it when it starts with the gzip magic number (as zgrep does).
fn open_file(path: &Path) -> io::Result<Box<dyn Read + Send>> {
    let file = File::open(path)?;
    if file.metadata()?.is_dir() {
        return Err(io::Error::other("is a directory"));
    }
    let mut reader = BufReader::with_capacity(CHUNK, file);
    let gz = reader.fill_buf()?.starts_with(&[0x1f, 0x8b]);
    Ok(if gz {
        Box::new(flate2::bufread::MultiGzDecoder::new(reader))
    } else {
        Box::new(reader)
    })
}

struct Scanner<'p> {
    opts: &'p Options,
    painter: &'p Painter,
    several_files: bool,
    state: formats::State,
    open: Option<Open>,
    /// A reply that a client's echo line may still extend (ftplib's `*resp*`).
    pending: Option<Open>,
    /// The last command seen, as logged (cut at [`MAX_COMMAND`] bytes), and its number:
    /// a reply refers to its command by number, so nothing is copied per reply.
    last_command: Vec<u8>,
    command_seq: u32,
    answered: bool,
    /// The last reply reported: (code, last line, command), for clients that print a
    /// reply twice in a row (tnftp's EPSV).
    previous: Option<(u16, u64, Option<u32>)>,
    /// The text of the reply being assembled (only one is at a time), as [`Scanner::keeps_text`] says.
    text: Vec<u8>,
    /// Findings that need more than one line.
    diag: Diagnoser,
    /// The findings of every file, for `--summary`.
    findings: Vec<(Option<String>, Finding)>,
    /// The server the log's greeting named, to pick its message where servers share a text.
    server: Option<ServerId>,
    /// Whether the last line read ended with a newline.
    last_newline: bool,
    /// Per code (100 to 699, as an index), for `--summary`.
    counts: Vec<Option<Tally>>,
    /// The inputs scanned so far (None for stdin), the current one last: the summary
    /// refers to them by number.
    files: Vec<Option<String>>,
    /// Annotation pieces per code, built on first use: what comes before the command
    /// ("  [ftpcode] 550 File unavailable") and after it (": permanent failure ...").
    notes: Vec<Option<NotePieces>>,
    /// The mark that starts every added line, painted once.
    mark: Box<[u8]>,
    /// Annotation bodies already built, by a hash of what they depend on.
    bodies: HashMap<u64, Box<[u8]>, BuildHasherDefault<KeyIsHash>>,
    /// Annotations not yet written, reused from chunk to chunk.
    note: Vec<u8>,
    /// While the lines of a chunk are processed in annotate mode: the current line's
    /// start and end in the chunk. The chunk is then written in a few large pieces with
    /// the annotations in between, instead of line by line.
    deferred: Option<(usize, usize)>,
    /// Where annotations go in the chunk: (offset, start and end in `note`).
    inserts: Vec<(usize, usize, usize)>,
    /// Whether the current line counts as written (annotations now go after it).
    line_written: bool,
    lines: u64,
    outcome: Outcome,
}

fn put(out: &mut impl Write, bytes: &[u8]) -> Step {
    out.write_all(bytes).map_err(Fail::Output)
}

impl<'p> Scanner<'p> {
    fn new(opts: &'p Options, painter: &'p Painter, several_files: bool) -> Self {
        Scanner {
            opts,
            painter,
            several_files,
            state: formats::State::default(),
            open: None,
            pending: None,
            last_command: Vec::with_capacity(MAX_COMMAND),
            command_seq: 0,
            answered: true,
            previous: None,
            last_newline: true,
            server: None,
            text: Vec::with_capacity(MAX_TEXT),
            diag: Diagnoser::default(),
            findings: Vec::new(),
            counts: vec![None; 600],
            files: Vec::new(),
            notes: vec![None; 600],
            mark: painter.dim(MARK).into_bytes().into(),
            bodies: HashMap::default(),
            note: Vec::with_capacity(4096),
            deferred: None,
            inserts: Vec::new(),
            line_written: false,
            lines: 0,
            outcome: Outcome::default(),
        }
    }

    /// The input being scanned (None for stdin).
    fn file(&self) -> Option<&str> {
        self.files.last().and_then(Option::as_deref)
    }

    fn passthrough(&self) -> bool {
        self.opts.mode == Mode::Annotate
    }

    /// Streams one input through: lines are written out as they are read.
    ///
    /// A reader thread reads (and decompresses), cuts the input at line ends and finds the
    /// format markers of each chunk, while this thread classifies lines and writes: the
    /// two halves of the work overlap on two cores.
    fn run(
        &mut self,
        file: Option<&str>,
        input: Box<dyn Read + Send>,
        out: &mut impl Write,
    ) -> Step {
        self.files.push(file.map(str::to_string));
        self.state = formats::State::default();
        self.command_seq += 1; // what the last file's last command was does not carry over
        self.answered = true;
        self.previous = None;
        self.last_newline = true;
        self.server = None;
        self.diag = Diagnoser::default();

        let (tx, rx) = mpsc::sync_channel::<Msg>(IN_FLIGHT);
        let (recycle_tx, recycle_rx) = mpsc::channel::<Chunk>();
        let reader = std::thread::Builder::new()
            .name("ftpcode-reader".into())
            .spawn(move || read_chunks(input, &tx, &recycle_rx));
        if let Err(e) = reader {
            return Err(Fail::Input(e));
        }

        let mut line_no: u64 = 0;
        // A line too long to hold: its head (for recognition) while its bytes stream out.
        let mut long: Option<Vec<u8>> = None;
        loop {
            let msg = match rx.try_recv() {
                Ok(msg) => msg,
                Err(_) => {
                    // About to wait for input: let what is done so far reach the reader
                    // (`tail -f | ftpcode scan | ...`); on a file this is rare.
                    out.flush().map_err(Fail::Output)?;
                    match rx.recv() {
                        Ok(msg) => msg,
                        Err(_) => break, // the reader has finished
                    }
                }
            };
            let chunk = match msg {
                Msg::Error(e) => {
                    // What was read stands: its open reply and findings are reported under
                    // this file's name before the error, not carried into the next file.
                    self.finish_file(self.last_newline, out)?;
                    return Err(Fail::Input(e));
                }
                Msg::Piece(piece) => {
                    let head = long.get_or_insert_with(|| Vec::with_capacity(HEAD));
                    let room = HEAD.saturating_sub(head.len());
                    head.extend_from_slice(&piece[..piece.len().min(room)]);
                    if self.passthrough() {
                        put(out, &piece)?;
                    }
                    continue;
                }
                Msg::Lines(chunk) => chunk,
            };
            let buf = &chunk.buf[..chunk.len];
            let mut start = 0;
            if let Some(mut head) = long.take() {
                // The rest of a long line: out it goes, then the line is classified by its head.
                let end = memchr::memchr(b'\n', buf).map_or(buf.len(), |i| i + 1);
                if self.passthrough() {
                    put(out, &buf[..end])?;
                }
                let room = HEAD.saturating_sub(head.len());
                head.extend_from_slice(&buf[..end.min(room)]);
                line_no += 1;
                let newline = buf[..end].ends_with(b"\n");
                self.process(&head, line_no, newline, formats::Markers::Search, out)?;
                start = end;
            }
            let hits = &chunk.hits;
            let mut h = formats::hits_before(hits, start);
            let first = start;
            // Line ends from the reader, skipping those of a long line finished above.
            let skip = chunk.ends.partition_point(|&e| (e as usize) < start);
            let mut ends = chunk.ends[skip..].iter().map(|&e| e as usize);
            while start < buf.len() {
                let (end, newline) = match ends.next() {
                    Some(e) => (e, true),
                    None => (buf.len() - 1, false), // the input's last line, without a newline
                };
                let n_hits = formats::hits_before(&hits[h..], end);
                line_no += 1;
                let markers = formats::Markers::Found(&hits[h..h + n_hits], start);
                if self.passthrough() {
                    self.deferred = Some((start, end + 1));
                }
                let step = self.process(&buf[start..=end], line_no, newline, markers, out);
                self.deferred = None;
                step?;
                h += n_hits;
                start = end + 1;
            }
            if self.passthrough() {
                self.write_chunk(buf, first, out)?;
            }
            let _ = recycle_tx.send(chunk); // the reader may reuse the buffers
        }
        if let Some(head) = long {
            // The input ended inside a long line (no newline at the very end).
            line_no += 1;
            self.process(&head, line_no, false, formats::Markers::Search, out)?;
        }
        self.finish_file(self.last_newline, out)
    }

    /// Handles one line: `raw` is the line (or its head, for a long line) with its
    /// newline if it has one.
    fn process(
        &mut self,
        raw: &[u8],
        n: u64,
        newline: bool,
        markers: formats::Markers,
        out: &mut impl Write,
    ) -> Step {
        self.lines += 1;
        self.last_newline = newline;
        self.line_written = false;
        let body = raw.strip_suffix(b"\n").unwrap_or(raw);
        let body = body.strip_suffix(b"\r").unwrap_or(body);
        let kind = formats::classify_with(body, &mut self.state, markers);

        // 1. What this line does to replies still in progress, before it is written.
        if let Some(p) = self.pending.take() {
            match &kind {
                Line::Reply(r) if r.form == Form::Echo && r.code == p.code => {
                    let mut p = p;
                    p.last = n;
                    self.pass_line();
                    return self.close(p, newline, out);
                }
                _ => self.close(p, true, out)?,
            }
        }
        if let Some(mut open) = self.open.take() {
            let ends = match (&kind, open.kind) {
                (Line::Reply(r), Sep::More) => {
                    r.code == open.code && r.sep == Sep::Last && r.form != Form::Quote
                }
                _ => false,
            };
            let abandon = match (&kind, open.kind) {
                (Line::Command(_), _) => true,
                (Line::BareCommand(_), Sep::More) => false,
                (Line::Indented, Sep::Open) => false,
                (_, Sep::Open) => true,
                _ => n - open.first >= MAX_REPLY_LINES,
            };
            if ends {
                open.last = n;
                if let Line::Reply(r) = &kind
                    && self.keeps_text(open.code)
                {
                    push_text(&mut self.text, b"\n");
                    push_text(&mut self.text, r.text);
                }
                self.pass_line();
                return self.closed_or_pending(open, &kind, newline, out);
            }
            if abandon {
                // An ncftp reply ends where the indentation does; a dash reply cut short
                // by a command is reported up to the line before.
                self.close(open, true, out)?;
            } else {
                open.last = n;
                self.open = Some(open);
                self.pass_line();
                return Ok(());
            }
        }

        // 2. This line on its own.
        self.pass_line();
        match kind {
            Line::Command(c) | Line::BareCommand(c) => {
                self.set_command(c);
                self.answered = false;
                Ok(())
            }
            Line::Reply(r) => {
                let repeat = match &self.previous {
                    Some((code, last, cmd)) if *code == r.code && *last + 1 == n => Some(*cmd),
                    _ => None,
                };
                let command = match (r.command, r.form) {
                    (Some(c), _) => Some(self.set_command(c)),
                    (None, _) if repeat.is_some() => repeat.flatten(),
                    (None, Form::Quote | Form::Echo) => Some(self.command_seq),
                    (None, Form::Plain | Form::Part) if !self.answered => Some(self.command_seq),
                    _ => None,
                };
                if matches!(r.form, Form::Plain | Form::Part) && r.code / 100 != 1 {
                    self.answered = true;
                }
                let iis = r.iis.map(|s| Iis {
                    win32_status: s.win32,
                    substatus: s.substatus,
                    win32: s.win32.and_then(iis::win32),
                    substatus_meaning: s.substatus.and_then(|v| iis::substatus(r.code, v)),
                });
                self.text.clear();
                if self.keeps_text(r.code) {
                    push_text(&mut self.text, r.text);
                }
                let open = Open {
                    code: r.code,
                    first: n,
                    last: n,
                    kind: r.sep,
                    command,
                    iis,
                    quote: r.form == Form::Quote,
                };
                match r.sep {
                    Sep::Last => self.closed_or_pending(open, &Line::Reply(r), newline, out),
                    Sep::More | Sep::Open => {
                        self.open = Some(open);
                        Ok(())
                    }
                }
            }
            Line::Connection(l) => {
                if let Some(address) = diagnose::first_ipv4(l) {
                    self.diag.connection(address);
                }
                Ok(())
            }
            Line::Indented | Line::Other => Ok(()),
        }
    }

    /// A reply ended on this line: report it, unless a client echo may follow (ftplib `*get*`).
    fn closed_or_pending(
        &mut self,
        open: Open,
        last: &Line,
        newline: bool,
        out: &mut impl Write,
    ) -> Step {
        if matches!(last, Line::Reply(r) if r.form == Form::Part) {
            self.pending = Some(open);
            return Ok(());
        }
        self.close(open, newline, out)
    }

    /// The current line is passed: annotations from now on go after it. (Its bytes go out
    /// with its chunk, or went out already for a long line.)
    fn pass_line(&mut self) {
        self.line_written = true;
    }

    /// Records a finished reply and writes what the mode asks for.
    fn close(&mut self, open: Open, newline: bool, out: &mut impl Write) -> Step {
        let code = open.code;
        if !open.quote {
            let first = self.text.split(|b| *b == b'\n').next().unwrap_or(b"");
            // The fields, not command_of(): the diagnoser is borrowed mutably beside them.
            let answered = answered_command(&self.last_command, self.command_seq, &open);
            self.diag.reply(open.first, code, first, answered.map(verb));
        }
        if code == 220
            && let Some(name) = messages::server_in_greeting(&self.text)
        {
            self.server = Some(name);
        }
        self.previous = Some((code, open.last, open.command));
        let negative = code >= 400;
        self.outcome.replies += 1;
        if negative {
            self.outcome.negative += 1;
        }
        let file = self.files.len() - 1;
        let c = self.counts[usize::from(code) - 100].get_or_insert(Tally {
            count: 0,
            first_line: open.first,
            last_line: open.first,
            first_file: file,
            last_file: file,
        });
        c.count += 1;
        c.last_line = open.first;
        c.last_file = file;
        if self.opts.errors_only && !negative {
            return Ok(());
        }
        match self.opts.mode {
            Mode::Summary | Mode::SummaryJson => Ok(()),
            Mode::Json => {
                let text = String::from_utf8_lossy(&self.text).into_owned();
                let listed = self.sequence_of(&open).map(|s| s.listed(rc(code)));
                // The server the greeting named decides between servers that share a text.
                let explanation = explain::explain_from(rc(code), Some(&text), self.server);
                let record = Record {
                    listed,
                    line: open.first,
                    end_line: open.last,
                    file: self.file().map(str::to_string),
                    command: self
                        .command_of(&open)
                        .map(|c| String::from_utf8_lossy(c).into_owned()),
                    iis: open.iis,
                    explanation,
                };
                json::line(out, &record).map_err(Fail::Output)
            }
            Mode::Annotate => {
                let mut note = std::mem::take(&mut self.note);
                let from = note.len();
                if !newline {
                    // The log's last line has no newline: ours goes before the annotation,
                    // and the output ends as the input did, without one.
                    note.push(b'\n');
                }
                self.annotation(&open, &mut note);
                if newline {
                    note.push(b'\n');
                }
                let result = match self.deferred {
                    // Inside a chunk: the annotation goes in when the chunk is written out,
                    // after this line if it has been passed, else before it.
                    Some((start, end)) => {
                        let at = if self.line_written { end } else { start };
                        self.inserts.push((at, from, note.len()));
                        Ok(())
                    }
                    None => {
                        let r = put(out, &note[from..]);
                        note.truncate(from);
                        r
                    }
                };
                self.note = note;
                result
            }
        }
    }

    /// The one-line explanation written after a reply:
    /// `  [ftpcode] 550 File unavailable, answering RETR: permanent failure, ...`.
    fn annotation(&mut self, open: &Open, s: &mut Vec<u8>) {
        use std::io::Write as _;
        s.extend_from_slice(&self.mark);
        if self.several_files
            && let Some(f) = self.file()
        {
            let _ = write!(s, "{}:{}: ", sanitize(f), open.first);
        }
        // Logs say the same things over and over: the rest of the line is built once per
        // distinct reply (code, command, text, IIS fields) and then copied.
        let mut verb_buf = [0u8; 16]; // a copy: building the body needs `self` mutably
        let verb_len = match self.command_of(open).map(verb) {
            Some(v) => {
                let n = v.len().min(16);
                verb_buf[..n].copy_from_slice(&v[..n]);
                n
            }
            None => 0,
        };
        let verb = &verb_buf[..verb_len];
        let mut key = fx(u64::from(open.code), verb);
        if messages::has_code(rc(open.code)) {
            // The text and the server only matter where a server message may match.
            key = fx(key, &self.text);
            key = fx(key, self.server.map_or("", ServerId::name).as_bytes());
        }
        if let Some(i) = open.iis {
            let w =
                u64::from(i.win32_status.unwrap_or(0)) << 32 | u64::from(i.substatus.unwrap_or(0));
            key = fx(key, &w.to_le_bytes());
        }
        if let Some(body) = self.bodies.get(&key) {
            s.extend_from_slice(body);
            return;
        }
        let mut body = Vec::with_capacity(160);
        let message = messages::find(rc(open.code), &self.text, self.server)
            .into_iter()
            .next();
        self.annotation_body(open, verb, message, &mut body);
        s.extend_from_slice(&body);
        if self.bodies.len() >= MAX_CACHED_NOTES {
            self.bodies.clear();
        }
        self.bodies.insert(key, body.into_boxed_slice());
    }

    /// The annotation after its mark: "550 File unavailable, answering RETR: ...".
    fn annotation_body(
        &mut self,
        open: &Open,
        verb: &[u8],
        message: Option<&messages::ServerMessage>,
        s: &mut Vec<u8>,
    ) {
        use std::io::Write as _;
        let p = *self.painter;
        let index = usize::from(open.code) - 100;
        if self.notes[index].is_none() {
            self.notes[index] = Some(note_pieces(&p, open.code));
        }
        let Some((head, tail)) = &self.notes[index] else {
            return;
        };
        s.extend_from_slice(head);
        if !verb.is_empty() {
            let verb = verb.to_ascii_uppercase();
            s.extend_from_slice(b", answering ");
            s.extend_from_slice(&verb);
            if sequences::lookup_bytes(&verb)
                .is_some_and(|q| q.listed(rc(open.code)) == sequences::Listed::Unlisted)
            {
                s.extend_from_slice(b" (a reply the RFCs do not list for ");
                s.extend_from_slice(&verb);
                s.push(b')');
            }
        }
        if let Some(iis) = open.iis {
            // 0 is "no error" in both fields: worth no words.
            if let Some(w) = iis.win32_status.filter(|w| *w != 0) {
                let _ = write!(s, ", win32 {w}");
                if let Some(m) = iis.win32 {
                    let _ = write!(s, " {} ({})", m.name, m.meaning.trim_end_matches('.'));
                }
            }
            if let Some(sub) = iis.substatus.filter(|v| *v != 0) {
                let _ = write!(s, ", substatus {sub}");
                if let Some(m) = iis.substatus_meaning {
                    let _ = write!(s, " ({})", m.meaning.trim_end_matches('.'));
                }
            }
        }
        // What this server says about this very text comes first, then the generic words.
        match message {
            Some(m) => {
                let _ = write!(
                    s,
                    ": {}: {} Fix: {} ({})",
                    m.server.name(),
                    m.cause,
                    m.fix,
                    short_class(open.code)
                );
            }
            None => s.extend_from_slice(tail),
        }
    }

    /// Writes `buf[from..]` with the annotations collected for it in between.
    fn write_chunk(&mut self, buf: &[u8], from: usize, out: &mut impl Write) -> Step {
        // One vectored write of the log's slices and the annotations between them: nothing
        // is copied into a buffer first (a chunk is larger than the output buffer, so the
        // writer passes it straight on).
        let mut slices: Vec<io::IoSlice> = Vec::with_capacity(2 * self.inserts.len() + 1);
        let mut done = from;
        for &(at, a, b) in &self.inserts {
            slices.push(io::IoSlice::new(&buf[done..at]));
            slices.push(io::IoSlice::new(&self.note[a..b]));
            done = at;
        }
        slices.push(io::IoSlice::new(&buf[done..]));
        // Nothing to write is not a writer that writes nothing: a chunk can hold no more
        // than the end of a long line, already passed on, and an empty write returns 0.
        slices.retain(|s| !s.is_empty());
        let mut rest = &mut slices[..];
        while !rest.is_empty() {
            match out.write_vectored(rest) {
                Ok(0) => return Err(Fail::Output(io::ErrorKind::WriteZero.into())),
                Ok(n) => io::IoSlice::advance_slices(&mut rest, n),
                Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                Err(e) => return Err(Fail::Output(e)),
            }
        }
        self.inserts.clear();
        self.note.clear();
        if self.opts.line_buffered {
            out.flush().map_err(Fail::Output)?;
        }
        Ok(())
    }

    /// The RFC sequence of the command a reply answers, when the log shows a known one.
    fn sequence_of(&self, open: &Open) -> Option<&'static sequences::Sequence> {
        sequences::lookup_bytes(verb(self.command_of(open)?))
    }

    /// Remembers a command; returns its number.
    fn set_command(&mut self, c: &[u8]) -> u32 {
        self.last_command.clear();
        self.last_command
            .extend_from_slice(&c[..c.len().min(MAX_COMMAND)]);
        self.command_seq += 1;
        self.command_seq
    }

    /// The command a reply answers, if it is still the last one seen (it nearly always is).
    fn command_of(&self, open: &Open) -> Option<&[u8]> {
        answered_command(&self.last_command, self.command_seq, open)
    }

    /// Reports what the end of the input left open; `newline` if the input ended with one.
    fn finish_file(&mut self, newline: bool, out: &mut impl Write) -> Step {
        if let Some(p) = self.pending.take() {
            self.close(p, newline, out)?;
        }
        if let Some(open) = self.open.take() {
            self.close(open, newline, out)?;
        }
        let findings = std::mem::take(&mut self.diag).finish();
        for (i, f) in findings.iter().enumerate() {
            match self.opts.mode {
                Mode::Annotate => {
                    let mut s = String::new();
                    if i == 0 && !self.last_newline {
                        s.push('\n');
                    }
                    self.finding_line(f, &mut s);
                    s.push('\n');
                    put(out, s.as_bytes())?;
                }
                Mode::Json => {
                    #[derive(Serialize)]
                    struct FindingRecord<'a> {
                        file: Option<&'a str>,
                        #[serde(flatten)]
                        finding: &'a Finding,
                    }
                    let record = FindingRecord {
                        file: self.file(),
                        finding: f,
                    };
                    json::line(out, &record).map_err(Fail::Output)?;
                }
                Mode::Summary | Mode::SummaryJson => {}
            }
        }
        if matches!(self.opts.mode, Mode::Summary | Mode::SummaryJson) {
            let file = self.file().map(str::to_string);
            self.findings
                .extend(findings.into_iter().map(|f| (file.clone(), f)));
        }
        Ok(())
    }

    /// `  [ftpcode] finding: Repeated failed logins (lines 5, 9, 13): ... Fix: ...`
    fn finding_line(&self, f: &Finding, s: &mut String) {
        use std::fmt::Write as _;
        let p = self.painter;
        s.push_str(&p.dim(MARK));
        if self.several_files
            && let Some(file) = self.file()
        {
            let _ = write!(s, "{}: ", sanitize(file));
        }
        let lines: Vec<String> = f.lines.iter().map(u64::to_string).collect();
        let title = p.paint(f.title, owo_colors::Style::new().bold().yellow());
        let _ = write!(
            s,
            "finding: {title} (line{} {}): {} Fix: {}",
            if lines.len() > 1 { "s" } else { "" },
            lines.join(", "),
            f.explanation,
            f.fix
        );
    }

    fn write_summary(&self, out: &mut impl Write) -> io::Result<()> {
        let file = |i: usize| self.files.get(i).cloned().flatten();
        let mut codes: Vec<CodeCount> = (100..)
            .zip(&self.counts)
            .filter_map(|(code, t)| {
                let t = t.as_ref()?;
                let code = rc(code);
                Some(CodeCount {
                    code,
                    title: table::lookup(code).map_or(UNKNOWN, |e| e.title),
                    count: t.count,
                    first_line: t.first_line,
                    last_line: t.last_line,
                    first_file: file(t.first_file),
                    last_file: file(t.last_file),
                })
            })
            .collect();
        // Negative replies first: they are what a reader is looking for.
        codes.sort_by_key(|c| (!c.code.is_negative(), c.code));
        let summary = Summary {
            lines: self.lines,
            replies: self.outcome.replies,
            negative: self.outcome.negative,
            codes,
            findings: self
                .findings
                .iter()
                .map(|(file, f)| SummaryFinding {
                    file: file.clone(),
                    finding: f.clone(),
                })
                .collect(),
            several_files: self.several_files,
        };
        if self.opts.mode == Mode::SummaryJson {
            json::line(out, &summary)
        } else {
            crate::render::text::scan_summary(out, self.painter, &summary)
        }
    }
}

/// A fast, non-cryptographic hash (FxHash's mixing): the cache keys are hashed per reply.
fn fx(mut h: u64, bytes: &[u8]) -> u64 {
    const K: u64 = 0x517c_c1b7_2722_0a95;
    let mut chunks = bytes.chunks_exact(8);
    for c in &mut chunks {
        let word = u64::from_le_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]]);
        h = (h.rotate_left(5) ^ word).wrapping_mul(K);
    }
    for &b in chunks.remainder() {
        h = (h.rotate_left(5) ^ u64::from(b)).wrapping_mul(K);
    }
    (h.rotate_left(5) ^ bytes.len() as u64).wrapping_mul(K)
}

/// The cache's keys are hashes already: used as they are.
#[derive(Default)]
struct KeyIsHash(u64);

impl std::hash::Hasher for KeyIsHash {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        self.0 = fx(self.0, bytes);
    }

    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }
}

impl Scanner<'_> {
    /// Whether a reply's text is kept: always for `--json`; for the diagnoses, the passive
    /// address (227) and the words they look for; when annotating, also the server's name
    /// (220) and the codes with known server messages.
    fn keeps_text(&self, code: u16) -> bool {
        match self.opts.mode {
            Mode::Json => true,
            Mode::Annotate => {
                code == 220 || diagnose::reads_text(code) || messages::has_code(rc(code))
            }
            Mode::Summary | Mode::SummaryJson => diagnose::reads_text(code),
        }
    }
}

/// The fixed parts of one code's annotation, before and after the command it answers.
type NotePieces = (Box<[u8]>, Box<[u8]>);

/// The title shown for a code the table does not have.
const UNKNOWN: &str = "Not defined by any document ftpcode knows";

/// The fixed parts of a code's annotation: "550 File unavailable" (code painted) and
/// ": permanent failure, change something before retrying. <first step of the fix>".
fn note_pieces(p: &Painter, code: u16) -> NotePieces {
    let entry = table::lookup(rc(code));
    let head = format!(
        "{} {}",
        p.code(rc(code)),
        entry.map_or(UNKNOWN, |e| e.title)
    );
    let mut tail = format!(": {}", short_class(code));
    if code >= 400
        && let Some(e) = entry
    {
        tail.push_str(". ");
        tail.push_str(first_sentence(e.fix_client));
    }
    (head.into_bytes().into(), tail.into_bytes().into())
}

/// The command a reply answers: the last one logged, if the reply refers to it by number.
fn answered_command<'a>(last: &'a [u8], seq: u32, open: &Open) -> Option<&'a [u8]> {
    (open.command == Some(seq) && !last.is_empty()).then_some(last)
}

/// The verb of a command as logged (`RETR` of `RETR 502.txt`).
fn verb(command: &[u8]) -> &[u8] {
    let n = command
        .iter()
        .take_while(|b| b.is_ascii_alphabetic())
        .count();
    &command[..n]
}

fn push_text(text: &mut Vec<u8>, more: &[u8]) {
    let room = MAX_TEXT.saturating_sub(text.len());
    text.extend_from_slice(&more[..more.len().min(room)]);
}

fn short_class(code: u16) -> &'static str {
    match code / 100 {
        1 => "preliminary, the final reply follows",
        2 => "success",
        3 => "accepted, the server waits for the next command",
        4 => "transient failure, the same command may work later",
        5 => "permanent failure, change something before retrying",
        _ => "protected reply, decode it first (RFC 2228)",
    }
}

fn first_sentence(s: &str) -> &str {
    match s.find(". ") {
        Some(i) => &s[..=i],
        None => s,
    }
}
