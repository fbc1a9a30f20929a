//! `ftpcode scan`: stream logs through, find every reply, explain it in place.
//!
//! The parts, one job each:
//! - [`input`] opens files, gzip and standard input (other compressed formats through
//!   their programs: [`decompress`]); [`reader`] reads them on a thread of
//!   its own, cutting chunks at line ends and finding the tokens worth a look ([`lex`],
//!   [`line_ends`]);
//! - [`detect`] decides what a line holds (a reply, a command, neither) by what it is,
//!   weighing the words around it ([`words`]) and learning each input's shapes; [`hints`]
//!   adds what a few programs' formats tell beyond that (IIS fields, ncftp's bodies);
//! - [`session`] tells interleaved sessions apart (a line that names none takes its
//!   session from a line before it: [`carry`]); this module assembles each session's
//!   lines into replies, pairs each with its own session's command (as [`command`] shows
//!   it, secrets hidden, or reads it from the reply's line), and feeds the rules of
//!   [`diagnose`];
//! - [`event`]s go to a [`sink::Sink`]: [`annotate`] (the log with explanations in place),
//!   [`json`] (JSON Lines records), [`summary`] (a table at the end).

pub mod annotate;
pub mod bare_cr;
pub mod carry;
pub mod cells;
pub mod collect;
pub mod columns;
pub mod command;
mod decompress;
pub mod detect;
pub mod diagnose;
pub mod dump;
pub mod event;
pub mod field_lines;
pub mod fingerprint;
pub mod flattened;
pub mod gutter;
pub mod hints;
pub mod http;
pub mod input;
pub mod journal;
pub mod json;
pub mod key_choice;
pub mod lex;
pub mod line_ends;
pub(crate) mod memo;
pub mod named;
mod needle;
pub mod reader;
pub mod session;
pub mod sink;
pub mod strings;
pub mod summary;
pub mod time;
#[cfg(test)]
mod trickle;
pub mod utf16;
pub mod words;
pub mod wrapped;

use std::collections::VecDeque;
use std::io::{self, Write};
use std::path::PathBuf;
use std::rc::Rc;
use std::sync::Mutex;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{self, Receiver, SyncSender};

use foldhash::HashMap;

use crate::code::{ReplyCode, Sep};
use crate::knowledge::clients;
use crate::knowledge::sequences;
use crate::knowledge::servers::{self, ServerId};
use crate::render::text::{Painter, sanitize};

use command::{labelled, mentioned, shown, user_name, verb};
use detect::{Context, Detector, Form, Kind};
use diagnose::{Diagnoser, Finding, SessionDiag};
use event::{ClientErrorEvent, FindingEvent, IisFields, Place, Reply, SessionView};
use lex::Token;
use reader::{Chunk, Msg};
use session::{Found, KeyKind, Sessions};
use sink::{InputEnd, Sink};
use time::{DateTime, Stamp};

/// What starts every line ftpcode adds to a log, so `grep -v` (or `ftpcode strip`) can
/// take them out again.
pub const MARK: &str = "  [ftpcode] ";

/// On how many lines a number at the start must have come under a client's address
/// before another one starts a new session ([`Scanner::next_process`]): a login alone
/// takes more (USER, PASS, and what the client asks first).
const PROCESS_LINES: u8 = 3;
/// How much of a line is kept for recognition when the line is too long to hold.
const HEAD: usize = 4096;
/// How much reply text is kept.
const MAX_TEXT: usize = 4096;
/// A multi-line reply still open after this many lines was never closed: give up on it.
const MAX_REPLY_LINES: u64 = 1000;
/// How many lines after a reply a client's error line in its own words may quote it.
const QUOTE_WITHIN: u64 = 16;
/// How many lines under a reply the same reply again, with no command since, is the one
/// reply printed again (another rendering of its packet, a second log sink).
const REPRINT_WITHIN: u64 = 128;
/// How many distinct replies per session are remembered to say "again".
const MAX_SEEN: usize = 256;
/// Chunks in flight between the reader thread and the scanner (with the one each thread
/// holds, the most that are ever allocated: 4 put the peak memory over 16 MiB on the
/// benchmark log, with no gain in speed).
const IN_FLIGHT: usize = 3;

/// What `scan` writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Output {
    /// The log, with an explanation line after each reply (`verbose`: the long form).
    Annotate { verbose: bool },
    /// One JSON record per reply and finding (`full`: with the whole explanation).
    Json { full: bool },
    /// A table of what was found, at the end (as JSON or text).
    Summary { json: bool },
}

/// Everything `scan` was asked to do.
#[derive(Debug, Clone)]
pub struct Options {
    pub output: Output,
    /// Explain (and count in the summary) only negative replies.
    pub errors_only: bool,
    /// Standard output is a terminal: flush every block, wrap annotations, refuse to dump
    /// binary files.
    pub terminal: bool,
    /// Wrap annotations to the painter's width: on a terminal, or where `--width` asks.
    pub wrap: bool,
    /// Detection with every program-specific rule switched off (to measure the generic
    /// mechanism alone).
    pub generic_only: bool,
    /// Show the log's control characters visibly (on a terminal, against hostile logs).
    pub show_controls: bool,
    /// Pass binary files through even to a terminal.
    pub binary: bool,
}

/// The outcome of a scan, for the exit status.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Outcome {
    pub replies: u64,
    pub negative: u64,
    /// Files that could not be read.
    pub unreadable: u64,
    /// Ctrl-C ended the scan.
    pub interrupted: bool,
}

/// Scans the given files in order (standard input when there are none, or for `-`).
/// An unreadable file is reported on `err` and skipped; a closed output stops the scan.
pub fn scan(
    files: &[PathBuf],
    opts: &Options,
    painter: &Painter,
    out: &mut impl Write,
    err: &mut impl Write,
) -> io::Result<Outcome> {
    let several = files.len() > 1;
    match opts.output {
        Output::Annotate { verbose } => {
            let sink = annotate::Annotate::new(out, *painter, opts, verbose, several);
            run(files, opts, sink, err)
        }
        Output::Json { full } => run(files, opts, json::Json::new(out, full, opts), err),
        Output::Summary { json } => {
            let sink = summary::Summary::new(out, *painter, json, opts.errors_only, several);
            run(files, opts, sink, err)
        }
    }
}

/// Scans bytes held in memory as one input (gzip-compressed or not), as `scan` scans a
/// file: for fuzzing and benchmarks. The year of times without one is `year`.
#[doc(hidden)]
pub fn scan_bytes(
    bytes: Vec<u8>,
    year: u16,
    opts: &Options,
    painter: &Painter,
    out: &mut impl Write,
) -> io::Result<Outcome> {
    let input = input::from_bytes(bytes, year)?;
    let several = false;
    match opts.output {
        Output::Annotate { verbose } => {
            let sink = annotate::Annotate::new(out, *painter, opts, verbose, several);
            run_one(input, opts, sink)
        }
        Output::Json { full } => run_one(input, opts, json::Json::new(out, full, opts)),
        Output::Summary { json } => {
            let sink = summary::Summary::new(out, *painter, json, opts.errors_only, several);
            run_one(input, opts, sink)
        }
    }
}

/// The replies in a paste, found as `scan` finds them in a log.
pub fn replies_in(bytes: &[u8]) -> Vec<collect::Found> {
    let opts = Options {
        output: Output::Json { full: false },
        errors_only: false,
        terminal: false,
        wrap: false,
        generic_only: false,
        show_controls: false,
        binary: true,
    };
    let Ok(input) = input::from_bytes(bytes.to_vec(), current_year()) else {
        return Vec::new();
    };
    let mut scanner = Scanner::new(&opts, collect::Collect::default());
    let _ = scanner.input(None, input);
    let _ = scanner.sink.finish();
    scanner.sink.found
}

fn run_one<S: Sink>(input: input::Input, opts: &Options, sink: S) -> io::Result<Outcome> {
    let mut scanner = Scanner::new(opts, sink);
    match scanner.input(None, input) {
        Ok(_) => {}
        Err(Fail::Output(e)) => return Err(e),
        Err(Fail::Input(_)) => scanner.outcome.unreadable += 1,
    }
    scanner.sink.finish()?;
    scanner.sink.flush()?;
    Ok(scanner.outcome)
}

/// Where Ctrl-C is told to the scan: the channel of the input being read.
static INTERRUPT: Mutex<Option<SyncSender<Msg>>> = Mutex::new(None);
/// Ctrl-C was pressed.
static INTERRUPTED: AtomicBool = AtomicBool::new(false);

/// Ctrl-C ends the scan through the channel the reader uses, so a scan waiting for input
/// (`tail -f`) still prints what it has, and exits with 130.
fn on_interrupt() {
    INTERRUPTED.store(true, Ordering::SeqCst);
    if let Ok(slot) = INTERRUPT.lock()
        && let Some(tx) = slot.as_ref()
    {
        let _ = tx.try_send(Msg::Interrupted);
    }
}

/// How long a pipe's input may pause before a reply held for its next line is decided
/// without it: longer than a writer's hiccup, too short for a person to notice.
const GRACE: std::time::Duration = std::time::Duration::from_millis(100);

/// The next message of the reader, waiting as long as it takes; Ctrl-C is also seen
/// here, as a message or as the flag (a signal that came before the channel was in
/// place, or when the channel was full, sent no message). None: the reader is gone.
fn wait(rx: &Receiver<Msg>) -> Option<Msg> {
    loop {
        if INTERRUPTED.load(Ordering::SeqCst) {
            return Some(Msg::Interrupted);
        }
        match rx.recv_timeout(std::time::Duration::from_millis(100)) {
            Ok(msg) => return Some(msg),
            Err(mpsc::RecvTimeoutError::Timeout) => {}
            Err(mpsc::RecvTimeoutError::Disconnected) => return None,
        }
    }
}

fn run<S: Sink>(
    files: &[PathBuf],
    opts: &Options,
    sink: S,
    err: &mut impl Write,
) -> io::Result<Outcome> {
    let stdin = [PathBuf::from("-")];
    let files = if files.is_empty() { &stdin[..] } else { files };
    let _ = ctrlc::try_set_handler(on_interrupt);
    let mut scanner = Scanner::new(opts, sink);
    for path in files {
        if INTERRUPTED.load(Ordering::SeqCst) {
            scanner.outcome.interrupted = true;
            break;
        }
        let is_stdin = path.as_os_str() == "-";
        let name = (!is_stdin).then(|| path.display().to_string());
        let shown = name.clone().unwrap_or_else(|| "standard input".into());
        let opened = if is_stdin {
            if opts.terminal_stdin() {
                writeln!(
                    err,
                    "ftpcode: reading a log from the terminal; paste it, then Ctrl-D (or give a file)"
                )?;
            }
            Ok(input::stdin(input::BareCrs::Mend))
        } else {
            input::open(path, input::BareCrs::Mend)
        };
        let result = match opened {
            Ok(input) => scanner.input(name.as_deref(), input),
            Err(e) => Err(Fail::Input(e)),
        };
        match result {
            Ok(end) => {
                if end.replies == 0
                    && end.client_errors == 0
                    && end.server_log_lines == 0
                    && end.lines > 0
                    && !end.binary_skipped
                {
                    scanner.sink.flush()?;
                    // A server's own log that records no reply says how to have them.
                    match end.log_of.and_then(|c| c.no_replies) {
                        Some(how) => writeln!(
                            err,
                            "ftpcode: no FTP replies found in {}: {how}",
                            sanitize(&shown)
                        )?,
                        None => {
                            writeln!(err, "ftpcode: no FTP replies found in {}", sanitize(&shown))?
                        }
                    }
                }
                if end.binary_skipped {
                    writeln!(
                        err,
                        "ftpcode: {}: binary file, not shown (--binary passes it through)",
                        sanitize(&shown)
                    )?;
                }
                if end.interrupted {
                    scanner.outcome.interrupted = true;
                    break;
                }
            }
            Err(Fail::Output(e)) => return Err(e),
            Err(Fail::Input(e)) => {
                scanner.outcome.unreadable += 1;
                scanner.sink.flush()?;
                writeln!(
                    err,
                    "ftpcode: cannot read {}: {}",
                    sanitize(&shown),
                    input::describe(&e)
                )?;
            }
        }
    }
    scanner.sink.finish()?;
    scanner.sink.flush()?;
    Ok(scanner.outcome)
}

impl Options {
    /// Standard input is a terminal: the user may not know scan is waiting for a log.
    fn terminal_stdin(&self) -> bool {
        use std::io::IsTerminal;
        io::stdin().is_terminal()
    }
}

/// Why scanning one input stopped: its own fault, or the output's (which ends the scan).
#[derive(Debug)]
enum Fail {
    Input(io::Error),
    Output(io::Error),
}

impl From<io::Error> for Fail {
    fn from(e: io::Error) -> Self {
        Fail::Output(e)
    }
}

/// How many lines of an input are looked at for the ordinary lines of a server's own log.
const LOOK_FOR_RECORDS: u64 = 1000;

/// How one input ended.
#[derive(Debug, Clone, Copy, Default)]
struct End {
    lines: u64,
    replies: u64,
    client_errors: u64,
    /// A server's own log lines (see `data/server-logs/`).
    server_log_lines: u64,
    /// The server whose own log this input is, by its ordinary lines, where the input
    /// showed no reply before them.
    log_of: Option<&'static clients::Client>,
    /// Whether the last line read ended with a newline.
    newline: bool,
    interrupted: bool,
    binary_skipped: bool,
}

/// A reply being assembled.
#[derive(Debug, Clone)]
struct Open {
    code: ReplyCode,
    first: u64,
    last: u64,
    shape: u64,
    /// The label right before the code in its first line ([`lex::label`]).
    label: u64,
    /// Where the code stands in its first line.
    at: usize,
    /// The quote that opens a string right before the code in its first line
    /// (`msgtext="214-...`), which the string's last line closes.
    quote: Option<u8>,
    /// Its further lines may come indented under it (`220: text`).
    hangs: bool,
    /// Its text ends with a colon (`211 Extensions supported:`): the list it announces may
    /// follow on lines of their own, each indented by one space (rclone logs a FEAT reply
    /// so, with no closing line).
    announces: bool,
    /// A syslog line's source (`host prog[pid]`), to tell the next line of the same
    /// program from another.
    source: Box<[u8]>,
    /// Its last line so far had a code and no text: the log may give the text on the
    /// next line (inetutils ftpd writes `<--- 220 ` and then the text).
    textless: bool,
    form: Form,
    /// The command it answers, as logged (secrets hidden).
    command: Option<Rc<[u8]>>,
    /// Its first line's text (and, once closed over several lines, the last line's after
    /// a newline), as far as anyone reads it.
    text: Vec<u8>,
    /// A hash of the first line's text, for echoes, quotes and repeats.
    text_hash: u64,
    /// A hash of the last line's text so far (the first's until another closes it): a
    /// rendering of the reply that shows its closing line alone matches it.
    last_hash: u64,
    time: Option<OwnedStamp>,
    iis: Option<IisFields>,
    /// ncftp: the reply goes on over indented lines, with no closing line.
    indented: bool,
    /// Its first line's prefix is a gutter drawn of bars and blanks (nmap's `|     214-`):
    /// its first byte, which its lines are drawn under too.
    gutter: Option<u8>,
    /// Its line logs the command too (an access log's `"RETR f" 550`).
    logged_command: bool,
}

/// A session's last reply (not a quote): what a quote of it or a copy under it matches.
#[derive(Debug, Clone, Copy)]
struct LastPlain {
    code: ReplyCode,
    text_hash: u64,
    first: u64,
    /// Its last line, or its last copy's.
    last: u64,
    /// A hash of the command it answers.
    answers: u64,
    /// The start of its text ([`TextHead`]), for a quote that gives only part of it.
    head: TextHead,
    /// Whether its line named its command itself (an access log's record).
    logged_command: bool,
}

/// The first bytes of a reply's first line, case folded, without the marks a client puts
/// around a reply's text (`[' No such file`).
#[derive(Debug, Clone, Copy, Default)]
struct TextHead {
    bytes: [u8; 24],
    len: u8,
}

impl TextHead {
    fn of(text: &[u8]) -> Self {
        let line = first_line(text);
        let start = line
            .iter()
            .position(|b| !matches!(b, b'[' | b'\'' | b'"' | b' ' | b'\t'))
            .unwrap_or(line.len());
        let mut head = TextHead::default();
        for (slot, b) in head.bytes.iter_mut().zip(&line[start..]) {
            *slot = b.to_ascii_lowercase();
            head.len += 1;
        }
        head
    }

    /// Whether one starts the other, over at least a few bytes (`No such` of `No such
    /// file or directory.`).
    fn agrees(&self, other: &TextHead) -> bool {
        let n = usize::from(self.len.min(other.len));
        n >= 6 && self.bytes[..n] == other.bytes[..n]
    }
}

/// A time as logged, copied out of its line (which is gone by the time the reply closes).
#[derive(Debug, Clone)]
struct OwnedStamp {
    raw: Box<[u8]>,
    when: Option<DateTime>,
}

/// A command as the scanner shows it, if there is one.
type Shown = Option<Rc<[u8]>>;

/// What the scanner follows in one session.
#[derive(Debug, Default)]
struct Dialogue {
    open: Option<Open>,
    /// The last command sent, as logged (arguments of secrets hidden).
    command: Option<Rc<[u8]>>,
    /// The sequence of `command`'s verb, looked up once (the detector asks per line).
    command_seq: Option<&'static sequences::Sequence>,
    answered: bool,
    /// The line the last command was on.
    command_line: u64,
    /// A 1yz reply came and the transfer has not ended.
    transfer: bool,
    /// A command still unanswered when a later one came (sent without waiting, or a
    /// transfer's command while the transfer runs): replies come in the order of their
    /// commands, so a reply the later command never gets may answer it.
    waiting: Option<Waiting>,
    /// The last reply closed: code, last line, command.
    previous: Option<(ReplyCode, u64, Shown)>,
    /// Anything said in this session yet.
    said: bool,
    user: Option<Box<[u8]>>,
    client: Option<Box<[u8]>>,
    /// Replies (by code and text) seen in this session, with their first line.
    seen: HashMap<u64, u64>,
    /// The last reply itself (not a quote) reported.
    last_plain: Option<LastPlain>,
    diag: SessionDiag,
    /// Under a client's address alone, the number that starts its lines (a process's
    /// id, ProFTPD's `%P`), hashed, and on how many lines in a row it came (at most 255).
    process: Option<(u64, u8)>,
    /// The process before this one under the same address (its number hashed), and its
    /// session's place and id.
    process_before: Option<(u64, usize, u32)>,
}

/// A command sent before the last one and not yet answered.
#[derive(Debug)]
struct Waiting {
    command: Rc<[u8]>,
    seq: &'static sequences::Sequence,
}

/// A reply reported lately, by which a reprint of it is known.
struct Reported {
    code: ReplyCode,
    /// The hash of its first line's text.
    text_hash: u64,
    /// The hash of its last line's text.
    last_hash: u64,
    command: Shown,
    /// The line it started on.
    first: u64,
    /// The line it ended on.
    last: u64,
    /// The shape of its line before the code.
    shape: u64,
    /// The start of its text.
    head: TextHead,
}

struct Scanner<'o, S: Sink> {
    opts: &'o Options,
    sink: S,
    detector: Detector,
    hints: hints::Hints,
    cells: cells::Cells,
    columns: columns::Columns,
    http: http::Http,
    sessions: Sessions<Dialogue>,
    /// Which of a line's keys names its session.
    keys: key_choice::KeyChoice,
    diag: Diagnoser,
    /// A reply complete on the last line, held one line for a client's echo of it.
    pending: Option<(usize, Open)>,
    /// The sessions that have a multi-line reply open (few, where a busy log may have
    /// thousands of sessions: what looks at open replies looks at these).
    opened: Vec<usize>,
    /// `Sessions::forgets` when `opened` was last checked.
    forgets_seen: u64,
    /// The session whose multi-line reply was last opened or continued.
    recent_open_at: Option<usize>,
    /// The line of the last reply whose line named its session, and that session: a
    /// reply alone on the next line, nothing before its code, is the same message's
    /// (basic-ftp logs a chunk of two replies under one prefix: `[ftp#2] < 125 ...`, then
    /// `226 Transfer complete.`).
    /// (With the session's id: its place may have gone to another since.)
    last_keyed: Option<(u64, usize, u32)>,
    /// The last replies reported, in any session.
    recent: VecDeque<Reported>,
    /// The line being read is a console stored on one line ([`flattened`]), whose replies
    /// are each a line's of their own.
    console_line: bool,
    /// Whether the line being read is a further line of an escaped string.
    string_piece: bool,
    /// The rows of a dump being gathered.
    dump: dump::Block,
    /// An Nmap service fingerprint being read, and the bytes of its responses.
    fingerprint: fingerprint::Fingerprint,
    fingerprint_text: Vec<u8>,
    /// The lines of a journal record held until it ends.
    journal: journal::Record,
    /// The line numbers a paste put before each line, once proved.
    gutter: gutter::Gutter,
    /// What the reader worked out for the line about to be read.
    pre: Option<reader::Pre>,
    /// The bytes of an escaped string being read (kept to reuse its room).
    decoded: Vec<u8>,
    /// A record printed a field a line, whose code and text make a reply together.
    field_lines: field_lines::FieldLines,
    /// Rows of an input hard-wrapped at a fixed width, held to be read as their line.
    wrapped: wrapped::Wrapped,
    /// The line being read without its terminal escapes.
    plain: Vec<u8>,
    /// The line being read as it came, where it is read as the text its markup renders
    /// (an XML field's name is in its tags: `<field name="code">331</field>`); else empty.
    markup_raw: Vec<u8>,
    file: Option<String>,
    year: u16,
    server: Option<ServerId>,
    line: u64,
    /// Where the block being processed starts in its chunk (annotation places are
    /// relative to it).
    block_from: usize,
    findings: Vec<Finding>,
    /// The last server's own log line reported: its line, the hash of its message, and the
    /// shape of what stands before the message (to tell a copy of it from another).
    last_server_log: Option<(u64, u64, u64)>,
    /// The tokens of the line being processed, relative to it.
    tokens: Vec<Token>,
    /// What names the session of a line that names none: the record it continues, or
    /// the packet whose payload it is.
    carried: carry::Carried,
    end: End,
    outcome: Outcome,
}

impl<'o, S: Sink> Scanner<'o, S> {
    fn new(opts: &'o Options, sink: S) -> Self {
        Scanner {
            opts,
            sink,
            detector: Detector::new(),
            hints: hints::Hints::new(!opts.generic_only),
            cells: cells::Cells::default(),
            columns: columns::Columns::default(),
            http: http::Http::default(),
            sessions: Sessions::default(),
            keys: key_choice::KeyChoice::default(),
            diag: Diagnoser::default(),
            pending: None,
            opened: Vec::new(),
            forgets_seen: 0,
            recent_open_at: None,
            last_keyed: None,
            recent: VecDeque::with_capacity(16),
            console_line: false,
            string_piece: false,
            dump: dump::Block::default(),
            fingerprint: fingerprint::Fingerprint::default(),
            fingerprint_text: Vec::new(),
            journal: journal::Record::default(),
            gutter: gutter::Gutter::default(),
            pre: None,
            decoded: Vec::new(),
            field_lines: field_lines::FieldLines::default(),
            wrapped: wrapped::Wrapped::default(),
            plain: Vec::new(),
            markup_raw: Vec::new(),
            file: None,
            year: 1970,
            server: None,
            line: 0,
            block_from: 0,
            findings: Vec::new(),
            last_server_log: None,
            tokens: Vec::new(),
            carried: carry::Carried::default(),
            end: End::default(),
            outcome: Outcome::default(),
        }
    }

    /// Scans one input.
    fn input(&mut self, file: Option<&str>, input: input::Input) -> Result<End, Fail> {
        self.file = file.map(str::to_string);
        self.year = input.year.unwrap_or_else(current_year);
        self.detector.reset();
        self.hints.reset();
        self.cells.reset();
        self.columns.reset();
        self.http.reset();
        self.sessions.clear();
        self.diag.reset();
        self.last_server_log = None;
        self.server = None;
        self.carried.clear();
        self.gutter = gutter::Gutter::default();
        // (What one log showed of its keys says nothing of the next one's.)
        self.keys = key_choice::KeyChoice::default();
        self.field_lines = field_lines::FieldLines::default();
        self.wrapped = wrapped::Wrapped::default();
        self.dump = dump::Block::default();
        self.fingerprint.clear();
        self.line = 0;
        self.recent_open_at = None;
        self.last_keyed = None;
        self.recent.clear();
        self.end = End::default();
        let waits = input.waits;
        // A channel of its own for each input: a reader that is still sending when the
        // scan stops (output closed, binary skipped) finds it gone and stops too.
        let (tx, rx) = mpsc::sync_channel::<Msg>(IN_FLIGHT);
        if let Ok(mut slot) = INTERRUPT.lock() {
            *slot = Some(tx.clone());
        }
        let (recycle_tx, recycle_rx) = mpsc::channel::<Chunk>();
        let reader = std::thread::Builder::new()
            .name("ftpcode-reader".into())
            .spawn(move || {
                // A bug in the reader's share of the work must end the scan, not leave it
                // waiting for lines that never come (the Ctrl-C handler holds a sender).
                let read =
                    std::panic::AssertUnwindSafe(|| reader::run(input.reader, &tx, &recycle_rx));
                if std::panic::catch_unwind(read).is_err() {
                    let _ = tx.send(Msg::Error(io::Error::other(
                        "internal error in the reader thread",
                    )));
                }
            });
        if let Err(e) = reader {
            return Err(Fail::Input(e));
        }
        let result = self.stream(&rx, &recycle_tx, waits);
        if let Ok(mut slot) = INTERRUPT.lock() {
            *slot = None;
        }
        result
    }

    fn stream(
        &mut self,
        rx: &Receiver<Msg>,
        recycle: &mpsc::Sender<Chunk>,
        waits: bool,
    ) -> Result<End, Fail> {
        // A line too long to hold: its head (for recognition) while its bytes stream out.
        let mut long: Option<Vec<u8>> = None;
        let mut first = true;
        loop {
            let msg = match rx.try_recv() {
                Ok(msg) => msg,
                Err(_) => {
                    // About to wait for input: let what is done so far reach the reader
                    // (`tail -f | ftpcode scan | ...`).
                    self.sink.flush()?;
                    match self.wait_for_input(rx, waits)? {
                        Some(msg) => msg,
                        None => break,
                    }
                }
            };
            let chunk = match msg {
                Msg::End => break,
                Msg::Interrupted => {
                    self.end.interrupted = true;
                    break;
                }
                Msg::Error(e) => {
                    // What was read stands: its open replies and findings are reported
                    // under this input's name before the error.
                    self.finish_input(long.is_none())?;
                    return Err(Fail::Input(e));
                }
                Msg::Piece(piece) => {
                    if first && self.skip_binary(&piece) {
                        return self.skipped(rx);
                    }
                    first = false;
                    if long.is_none() {
                        // A reply held for its next line is decided before a line too
                        // long to hold streams out, so that its annotation comes first;
                        // so are the rows of a wrapped line held before it.
                        self.finish_wrapped()?;
                        self.flush_pending(Place::Now)?;
                    }
                    let head = long.get_or_insert_with(|| Vec::with_capacity(HEAD));
                    let room = HEAD.saturating_sub(head.len());
                    head.extend_from_slice(&piece[..piece.len().min(room)]);
                    self.sink.pass(&piece, false)?;
                    continue;
                }
                Msg::Lines(chunk) => chunk,
            };
            if first && self.skip_binary(&chunk.buf[..chunk.len]) {
                return self.skipped(rx);
            }
            first = false;
            let buf = &chunk.buf[..chunk.len];
            let mut start = 0;
            if let Some(mut head) = long.take() {
                // The rest of a long line: out it goes, then the line is read by its head.
                let end = memchr::memchr(b'\n', buf).map_or(buf.len(), |i| i + 1);
                self.sink.pass(&buf[..end], false)?;
                let room = HEAD.saturating_sub(head.len());
                head.extend_from_slice(&buf[..end.min(room)]);
                self.line_of_head(&head)?;
                start = end;
            }
            self.block_from = start;
            let skip = chunk.ends.partition_point(|&e| (e as usize) < start);
            let mut ends = chunk.ends[skip..].iter().map(|&e| e as usize);
            let mut t = chunk.tokens.partition_point(|t| (t.at as usize) < start);
            let mut line = skip as u32;
            let mut next = chunk.cursor_at(line);
            while start < buf.len() {
                let end = ends.next().unwrap_or(buf.len() - 1);
                let n = chunk.tokens[t..].partition_point(|k| (k.at as usize) <= end);
                self.tokens.clear();
                self.tokens
                    .extend(chunk.tokens[t..t + n].iter().map(|k| Token {
                        at: k.at - start as u32,
                        kind: k.kind,
                    }));
                t += n;
                self.pre = Some(chunk.pre_of(line, &mut next));
                line += 1;
                self.line(&buf[start..=end], start, end + 1)?;
                start = end + 1;
            }
            self.sink.pass(&buf[self.block_from..], true)?;
            self.block_from = 0;
            let _ = recycle.send(chunk); // the reader may reuse the buffers
        }
        if let Some(head) = long {
            // The input ended inside a long line (no newline at the very end).
            self.line_of_head(&head)?;
            self.finish_input(false)?;
        } else {
            self.finish_input(true)?;
        }
        Ok(self.end)
    }

    /// Whether to skip an input because it is binary and would go to a terminal raw.
    fn skip_binary(&self, first: &[u8]) -> bool {
        self.opts.terminal
            && !self.opts.binary
            && matches!(self.opts.output, Output::Annotate { .. })
            && input::looks_binary(first)
    }

    fn skipped(&mut self, _rx: &Receiver<Msg>) -> Result<End, Fail> {
        // The reader stops when its channel is dropped with this input.
        self.end.binary_skipped = true;
        Ok(self.end)
    }

    /// A line too long to hold, read by its first bytes (already passed through).
    fn line_of_head(&mut self, head: &[u8]) -> Result<(), Fail> {
        self.pre = None;
        self.tokens.clear();
        lex::tokens(head, &mut self.tokens);
        let at = usize::MAX; // events go out at once
        self.line(head, at, at)
    }

    /// Handles one line (`raw`, with its newline if it has one) that starts and ends at
    /// these offsets of the current chunk.
    fn line(&mut self, raw: &[u8], start: usize, end: usize) -> Result<(), Fail> {
        self.line += 1;
        self.end.lines += 1;
        let n = self.line;
        let before = self.place(start);
        let after = self.place(end);
        // Worked out by the reader for the line as it stands, of no use once it is changed.
        let mut pre = self.pre.take();
        let newline = raw.ends_with(b"\n");
        let mut body = line_ends::content(raw);
        self.end_newline(newline);
        // A paste's line numbers: the line is read without its number (passed through
        // whole all the same).
        let numbered = self.gutter.line(body, n, self.columns.is_table());
        // (grep's `--`: a multi-line reply open before it was cut, whole as far as shown.)
        if self.gutter.cut() {
            self.close_open(before)?;
        }
        // (Or a search tool's location of the line, `ftp.log:163:1:`.)
        let numbered = numbered.or_else(|| gutter::location(body));
        if let Some(skip) = numbered {
            body = &body[skip..];
            pre = None;
        }
        // Read without what is no part of what the line says, and passed through as it
        // came: rsyslog's `#015` for the CR a program logged, a terminal's colours and
        // titles (`ESC[32m220ESC[39m`). (One search for the two rare bytes that need a
        // look: ESC, and the `#` of syslog's escapes.)
        // And a line of a page's markup (`ccze -h`: `<font class="ccze_numbers">220</font>
        // <font ...>&nbsp;</font>`) is read as the text it renders.
        let marked = memchr::memchr3(0x1b, b'#', b'&', body);
        let cr = body.strip_suffix(b"#015");
        let escaped = marked.is_some_and(|at| memchr::memchr(0x1b, &body[at..]).is_some());
        // And a line edited as it was typed, its backspaces kept (a `script` typescript's
        // `SYTS^H ^H^H ^HST`, nroff's overstrike `2^H22^H2`), is read as the screen showed it.
        let edited = memchr::memchr(0x08, body).is_some();
        // And a line whose quotes an office program or a chat made typographic (`‘220
        // pyftpdlib ready.’`) is read with the quotes the program logged.
        let typographic = lex::typographic_quote(body);
        // (A page's tags may stand before its first entity: vim's `:TOhtml`, `<span
        // class="LineNr"> 6 </span>&lt;--- 211-Features:`.)
        let markup = marked
            .is_some_and(|_| lex::has_entity(body) || lex::element_with_entity(body))
            || body.first() == Some(&b'<') && (lex::text_element(body) || lex::text_spans(body))
            || lex::trim_start(body).first() == Some(&b'<') && lex::element_of_words(body);
        self.markup_raw.clear();
        if cr.is_none() && !escaped && !markup && !edited && !typographic {
            let hash = marked.is_some_and(|at| memchr::memchr(b'#', &body[at..]).is_some());
            if numbered.is_some() {
                self.tokens.clear();
                lex::tokens(body, &mut self.tokens);
            }
            return self.line_read(body, n, before, after, pre, hash);
        }
        // What the reader worked out for the line as it stood is of no use now.
        let body = cr.unwrap_or(body);
        let mut plain = std::mem::take(&mut self.plain);
        plain.clear();
        if escaped {
            lex::without_terminal_escapes(body, &mut plain);
        } else {
            plain.extend_from_slice(body);
        }
        if edited {
            lex::backspaces_applied(&mut plain);
        }
        if typographic {
            lex::plain_quotes(&mut plain);
        }
        if markup {
            self.markup_raw.extend_from_slice(body);
            lex::markup_text(&mut plain);
        }
        // (A location in colour, `ugrep`'s: read once its colours are gone.)
        let skip = match numbered {
            None => gutter::location(&plain).unwrap_or(0),
            Some(_) => 0,
        };
        let text = &plain[skip..];
        self.tokens.clear();
        lex::tokens(text, &mut self.tokens);
        let hash = memchr::memchr(b'#', text).is_some();
        let result = self.line_read(text, n, before, after, None, hash);
        self.plain = plain;
        result
    }

    /// [`Scanner::line`] of a line without its line end, as it is to be read (`hash`:
    /// whether it holds a `#`).
    fn line_read(
        &mut self,
        body: &[u8],
        n: u64,
        before: Place,
        after: Place,
        pre: Option<reader::Pre>,
        hash: bool,
    ) -> Result<(), Fail> {
        if self.journal.is_open() {
            if self.journal.continues(body) {
                self.journal.push(body, n, hash);
                if self.journal.ends_with(body) {
                    self.finish_journal(after)?;
                }
                return Ok(());
            }
            self.finish_journal(before)?;
        }
        if self.journal.open(body) {
            self.journal.push(body, n, hash);
            return Ok(());
        }
        self.line_read_now(body, n, before, after, pre, hash)
    }

    /// Reads the lines of the journal record just ended as lines of the log standing where
    /// the record ends, each with the record's process id before it (`pid=812 MESSAGE=...`),
    /// as a line that names its process: the record's key, wherever its field stood.
    fn finish_journal(&mut self, at: Place) -> Result<(), Fail> {
        if !self.journal.is_open() {
            return Ok(());
        }
        let mut record = std::mem::take(&mut self.journal);
        let saved = std::mem::take(&mut self.tokens);
        let mut keyed = Vec::new();
        let mut result = Ok(());
        for (line, n, hash) in record.lines() {
            let line = match record.pid() {
                Some(pid) => {
                    journal::keyed(pid, line, &mut keyed);
                    &keyed[..]
                }
                None => line,
            };
            self.tokens.clear();
            lex::tokens(line, &mut self.tokens);
            result = self.line_read_now(line, n, at, at, None, hash);
            if result.is_err() {
                break;
            }
        }
        self.tokens = saved;
        record.clear();
        self.journal = record;
        result
    }

    /// [`Scanner::line_read`] of a line that is no part of a journal record held.
    fn line_read_now(
        &mut self,
        body: &[u8],
        n: u64,
        before: Place,
        after: Place,
        pre: Option<reader::Pre>,
        hash: bool,
    ) -> Result<(), Fail> {
        // (The reader looked whether the line may be a row; lines read anew, it did not.)
        let may_be_row = pre.is_none_or(|p| p.row);
        if self.fingerprint_row(body, n, before)? {
            return Ok(());
        }
        // (A row that continues a hex string held as cut is no dump's: `"0000...017` and
        // then `f00000109649...`, a long string cut at the input's width.)
        if !self.wrapped.holds_open_hex() && self.dump_row(body, n, before, may_be_row)? {
            return Ok(());
        }
        match self.wrapped.read(body, n) {
            wrapped::Step::Plain => {}
            wrapped::Step::Held => return Ok(()),
            wrapped::Step::Joined(first) => {
                return self.wrapped_line(first, n, before, after);
            }
            wrapped::Step::Flush { first, last, held } => {
                self.wrapped_line(first, last, before, before)?;
                if held {
                    return Ok(());
                }
            }
        }
        let mut joined = std::mem::take(&mut self.decoded);
        if let Some(first) =
            self.field_lines
                .read(body, &self.markup_raw, n, self.end.replies > 0, &mut joined)
        {
            let saved = std::mem::take(&mut self.tokens);
            lex::tokens(&joined, &mut self.tokens);
            let result = self.dialogue(&joined, first, n, before, after, None);
            self.tokens = saved;
            self.decoded = joined;
            return result;
        }
        self.decoded = joined;
        if self.field_lines.took_line() {
            return Ok(());
        }
        self.line_content(body, (n, n), before, after, pre, hash)
    }

    /// Reads the rows a wrapped input holds as their line, now: the input ended, stops, or
    /// goes on with a line too long to hold.
    fn finish_wrapped(&mut self) -> Result<(), Fail> {
        match self.wrapped.finish() {
            Some((first, last)) => self.wrapped_line(first, last, Place::Now, Place::Now),
            None => Ok(()),
        }
    }

    /// The rows of a wrapped input from `first` to `n`, as one line.
    fn wrapped_line(
        &mut self,
        first: u64,
        n: u64,
        before: Place,
        after: Place,
    ) -> Result<(), Fail> {
        let line = self.wrapped.take();
        let hash = memchr::memchr(b'#', &line).is_some();
        let saved = std::mem::take(&mut self.tokens);
        lex::tokens(&line, &mut self.tokens);
        let result = self.line_content(&line, (first, n), before, after, None, hash);
        self.tokens = saved;
        self.wrapped.give_back(line);
        result
    }

    /// A line (or rows `first` to `n` read as one) whose tokens are in `self.tokens`: its
    /// packet's payload, its escaped strings, its lost line breaks, or the line itself.
    fn line_content(
        &mut self,
        body: &[u8],
        (first, n): (u64, u64),
        before: Place,
        after: Place,
        pre: Option<reader::Pre>,
        hash: bool,
    ) -> Result<(), Fail> {
        let (body, pre) = match self.hints.packet(body) {
            hints::Packet::No => (body, pre),
            hints::Packet::Header => {
                if let Some(c) = session::connection_header(body) {
                    self.carried.set(c, n);
                }
                return Ok(());
            }
            hints::Packet::Payload(skip) => {
                self.tokens.clear();
                lex::tokens(&body[skip..], &mut self.tokens);
                (&body[skip..], None)
            }
        };
        let mut decoded = std::mem::take(&mut self.decoded);
        self.console_line = false;
        // (A row of cells first: its quoted cells are no strings of the line's. Not a row
        // of a table whose header named its columns: they read it.)
        // (Nor a header row that comes after such rows: `time,client,code,message`.)
        let mut joined = (!self.columns.is_table())
            .then(|| self.cells.join(body, &mut decoded))
            .flatten();
        if joined.is_some() && columns::names_columns(body) {
            self.cells.reset();
            joined = None;
        }
        let decoded_at = joined
            .or_else(|| {
                // (The reader looked already, where the line is as it read it.)
                pre.is_none_or(|p| p.decodes)
                    .then(|| strings::decode_lines(body, &mut decoded, hash))
                    .flatten()
            })
            .or_else(|| self.hints.named_reply(body, &mut decoded))
            .or_else(|| {
                let at = flattened::split(body, &self.tokens, &mut decoded);
                self.console_line = at.is_some();
                at
            });
        let result = match decoded_at {
            Some(start) => self.string_lines(body, start, &decoded, (first, n), before, after),
            None => self.dialogue(body, first, n, before, after, pre),
        };
        self.decoded = decoded;
        result
    }

    /// The lines of an escaped string, each read as a line of the log standing where the
    /// string starts (so what precedes the string still says whose and what it is).
    fn string_lines(
        &mut self,
        body: &[u8],
        start: usize,
        decoded: &[u8],
        (first, n): (u64, u64),
        before: Place,
        after: Place,
    ) -> Result<(), Fail> {
        let saved = std::mem::take(&mut self.tokens);
        let mut line = Vec::with_capacity(start + 128);
        let mut result = Ok(());
        let mut later = false;
        // What stands before the first line's code (`< ` of `"msg":"< 220-a\r\n220
        // \r\n"`) stands for the whole string: the further lines are read after it too.
        let mut marks: &[u8] = &[];
        // A record may name its session in fields after the string (a JSON record's:
        // loguru's `"extra": {"session": "s1"}`; slog's `, source: 127.0.0.1:53814` after
        // libunftp's reply), which the string's lines, read alone, lack.
        let json = body.first() == Some(&b'{');
        let key = session::meta_of_line(body, if json { body.len() } else { start }).key;
        self.carried.outer(key);
        // The code of a field before the string, where the string's first line has none
        // (`{"code": 211, "text": "Features supported:\n EPRT\n...\n211 End FEAT."}`, a
        // structured log's record): the string's `211 End FEAT.` is that reply's last line,
        // read with the first, no reply again.
        // (Its lines between the first and the last are the reply's body, each led by a
        // blank: a transcript of several replies in one field is not one reply.)
        let field_code = field_code_before(&body[..start])
            .filter(|_| !decoded.first().is_some_and(u8::is_ascii_digit))
            .filter(|_| one_reply_lines(decoded));
        // A value the printer cut short (gdb's `$24 = "214-The following ...\r\n ABOR
        // ..."...`, its `print elements` limit): a reply it opened ends with it, its
        // closing line never shown; the sessions whose replies were open before are kept.
        // (Only a value of gdb's history, `$N = `: a call's buffer cut short, strace's
        // `read(4, "214-...\r\n SITE"..., 65536) = 335`, a logger's `recv "..."...`, and
        // gdb's `x/2s` go on with the reply in the next string.)
        let cut = body[..start].last() == Some(&b'"') && lex::value_history(body) && {
            let end = (start + lex::string_end(&body[start..])).min(body.len());
            lex::trim_end(&body[end..]) == b"\"..."
        };
        let open_before = if cut { self.opened.clone() } else { Vec::new() };
        for piece in decoded.split(|b| *b == b'\n') {
            let piece = piece.strip_suffix(b"\r").unwrap_or(piece);
            if piece.is_empty() {
                continue;
            }
            if later
                && let Some(code) = field_code
                && piece.starts_with(&code)
                && piece.get(3) == Some(&b' ')
                && last_piece(decoded).is_some_and(|last| std::ptr::eq(last, piece))
            {
                continue;
            }
            // A further line that starts with a blank is a body line of the reply the
            // string holds (` EPRT` of FEAT, RFC 959 §4.2's padded lines): no command, and
            // no line that closes a reply.
            if later
                && piece.first().is_some_and(|b| lex::is_space(*b))
                && !lex::trim_start(piece).is_empty()
            {
                continue;
            }
            line.clear();
            line.extend_from_slice(&body[..start]);
            if later {
                line.extend_from_slice(marks);
            } else {
                marks = before_opening_code(piece);
            }
            line.extend_from_slice(piece);
            // The string the line was decoded from ends with the line, not at a quote of
            // its own (`257 "/" is current`).
            if let Some(&q @ (b'"' | b'\'')) = body[..start].last()
                && memchr::memchr(q, piece).is_some()
            {
                line.push(q);
            }
            self.tokens.clear();
            lex::tokens(&line, &mut self.tokens);
            if later {
                // A code before the string (`code=211, buffer='Features:\r\n EPRT...'`) was
                // read with the first piece: the others are the reply's further lines.
                self.tokens
                    .retain(|t| t.kind != lex::TokenKind::Number || t.at as usize >= start);
            }
            // (A reply that an earlier line of the string holds open ends in this line:
            // its note goes after it, with the others.)
            let at = if later { after } else { before };
            // (A further line of the string is a line of its own, as a console stored on
            // one line holds: ftplib's `*get* '220 ...'` then `*resp* '220 ...'`, each
            // a reply.)
            self.string_piece = later;
            later = true;
            result = self.dialogue(&line, first, n, at, after, None);
            if result.is_err() {
                break;
            }
        }
        self.string_piece = false;
        if cut && result.is_ok() {
            let opened: Vec<usize> = self
                .opened
                .iter()
                .copied()
                .filter(|i| !open_before.contains(i))
                .collect();
            for i in opened {
                if let Some(open) = self.sessions.entries[i].state.open.take() {
                    self.unopen(i);
                    result = self.close(i, open, after);
                    if result.is_err() {
                        break;
                    }
                }
            }
        }
        // Escaped line ends with no line before them but the one they end (medusa's `Data
        // sent: USER ftpuser[0D][0A]`): the line is what stands before them.
        if !later && result.is_ok() {
            line.clear();
            line.extend_from_slice(&body[..start]);
            self.tokens.clear();
            lex::tokens(&line, &mut self.tokens);
            result = self.dialogue(&line, first, n, before, after, None);
        }
        // The record's fields after the string, read with the string left out: an error
        // object's code after its stack trace (`..."stack":"Error: ...\n    at f
        // (a.js:1:2)","code":421}`).
        if result.is_ok() && body[..start].last() == Some(&b'"') {
            let end = (start + lex::string_end(&body[start..])).min(body.len());
            let tail = &body[end..];
            // (A JSON string that held escaped lines, and further fields after it.)
            let record = memchr::memchr(b'\\', &body[start..end]).is_some()
                && matches!(tail, [b'"', b',' | b'}', ..]);
            // (A record that keeps the message twice, ECS's `"message"` and
            // `"log":{"original"}`, shows one reply: its copy is no second.)
            let copy = || memchr::memmem::find(tail, &body[start..end]).is_some();
            // (Nor is the code of an error whose stack trace's first line gave the reply,
            // `"stack":"FTPError: 550 Not enough privileges.\n    at ...","code":550`
            // (basic-ftp's error through pino): the reply's code again.)
            // (Its other fields are read still: a message quoting another reply.)
            let shown = code_field(tail).filter(|(_, code)| {
                memchr::memmem::find_iter(decoded, code).any(|i| {
                    !decoded[..i].last().is_some_and(u8::is_ascii_digit)
                        && matches!(decoded.get(i + 3), Some(b' ' | b'-'))
                })
            });
            let skip = shown.map(|(at, _)| start + at);
            let numbers = tail.iter().enumerate().any(|(i, b)| {
                b.is_ascii_digit() && shown.is_none_or(|(at, _)| !(at..at + 3).contains(&i))
            });
            if record && numbers && !copy() {
                line.clear();
                line.extend_from_slice(&body[..start]);
                line.extend_from_slice(tail);
                self.tokens.clear();
                lex::tokens(&line, &mut self.tokens);
                // (Only the numbers after the string: those before it were read with
                // its first line.)
                self.tokens.retain(|t| {
                    t.kind != lex::TokenKind::Number
                        || t.at as usize >= start && Some(t.at as usize) != skip
                });
                result = self.dialogue(&line, first, n, before, after, None);
            }
        }
        self.carried.outer(None);
        self.tokens = saved;
        result
    }

    /// A line that may be a row of a dump: gathered into its block, whose lines are read
    /// when the block ends. Returns whether the line was a row.
    fn dump_row(
        &mut self,
        body: &[u8],
        n: u64,
        before: Place,
        may_be_row: bool,
    ) -> Result<bool, Fail> {
        if !may_be_row && self.dump.is_empty() {
            return Ok(false);
        }
        let mut block = std::mem::take(&mut self.dump);
        let start = block.bytes.len();
        let row = if may_be_row {
            dump::row_wrapped(body, &mut block)
        } else {
            None
        };
        match row {
            Some((r, _)) if block.continues(&r) => {
                block.push(n, start, &r);
                self.dump = block;
                Ok(true)
            }
            Some((r, at)) if dump::Block::starts(&r) => {
                let bytes = block.bytes.split_off(start);
                self.finish_dump(&mut block, before)?;
                block.clear();
                block.bytes = bytes;
                block.prefix.extend_from_slice(&body[..at]);
                block.push(n, 0, &r);
                self.dump = block;
                Ok(true)
            }
            _ => {
                block.bytes.truncate(start);
                self.finish_dump(&mut block, before)?;
                block.clear();
                self.dump = block;
                Ok(false)
            }
        }
    }

    /// A line that may be a row of an Nmap service fingerprint: gathered, and its responses
    /// read when the fingerprint ends. Returns whether the line was a row.
    fn fingerprint_row(&mut self, body: &[u8], n: u64, before: Place) -> Result<bool, Fail> {
        match fingerprint::row(body) {
            Some(fingerprint::Row::First(text)) => {
                self.finish_fingerprint(before)?;
                self.fingerprint.push(n, text);
                Ok(true)
            }
            Some(fingerprint::Row::More(text)) if !self.fingerprint.is_empty() => {
                self.fingerprint.push(n, text);
                Ok(true)
            }
            _ => {
                self.finish_fingerprint(before)?;
                Ok(false)
            }
        }
    }

    /// Reads the lines of the responses a fingerprint holds, as lines of the log spanning
    /// its rows.
    fn finish_fingerprint(&mut self, at: Place) -> Result<(), Fail> {
        if self.fingerprint.is_empty() {
            return Ok(());
        }
        let mut text = std::mem::take(&mut self.fingerprint_text);
        let lines = self.fingerprint.lines(&mut text);
        self.fingerprint.clear();
        let saved = std::mem::take(&mut self.tokens);
        let mut result = Ok(());
        for (range, first, last, opens) in lines {
            let line = &text[range];
            // (Each response is what one connection got: its first line, the greeting.)
            if opens {
                self.detector.connected();
            }
            result = self.decoded_line(line, first, last, at);
            if result.is_err() {
                break;
            }
        }
        self.tokens = saved;
        self.fingerprint_text = text;
        result
    }

    /// Reads the lines a dump's block holds, as lines of the log spanning its rows.
    fn finish_dump(&mut self, block: &mut dump::Block, at: Place) -> Result<(), Fail> {
        if block.is_empty() {
            return Ok(());
        }
        // The tokens of the line that ended the block are kept for it.
        let saved = std::mem::take(&mut self.tokens);
        let mut result = Ok(());
        let mut wrapped = Vec::new();
        for (line, first, last) in block.lines() {
            // A line of the bytes that starts with a blank is a body line of a multi-line
            // reply (RFC 959 §4.2's padding, a FEAT list's ` EPRT`): no command, which a
            // client sends from its first byte, and no line that closes a reply. (libcurl's
            // debug callback gives each line of a reply a block of its own.)
            if line.first().is_some_and(|b| lex::is_space(*b)) && !lex::trim_start(line).is_empty()
            {
                continue;
            }
            // (After the prefix the rows had: what it says of the session holds for them.)
            let line = if block.prefix.is_empty() {
                line
            } else {
                wrapped.clear();
                wrapped.extend_from_slice(&block.prefix);
                wrapped.extend_from_slice(line);
                &wrapped[..]
            };
            result = self.decoded_line(line, first, last, at);
            if result.is_err() {
                break;
            }
        }
        self.tokens = saved;
        result
    }

    /// A line decoded out of rows `first` to `last` (a dump's, a fingerprint's), read as a
    /// line of the dialogue standing at `at`; its tokens replace those in `self.tokens`.
    fn decoded_line(&mut self, line: &[u8], first: u64, last: u64, at: Place) -> Result<(), Fail> {
        self.tokens.clear();
        lex::tokens(line, &mut self.tokens);
        self.dialogue(line, first, last, at, at, None)
    }

    /// A line of the dialogue (a log line, or a line out of a dump spanning rows `first`
    /// to `n`) whose tokens are in `self.tokens`, and what the reader worked out for it.
    fn dialogue(
        &mut self,
        body: &[u8],
        first: u64,
        n: u64,
        before: Place,
        after: Place,
        pre: Option<reader::Pre>,
    ) -> Result<(), Fail> {
        // What the line holds, asking its session only where the line alone does not say.
        let mut located: Option<usize> = None;
        let mut metas = Metas::new(body, pre.and_then(|p| p.meta), self.keys.shared());
        let kind = {
            let Scanner {
                detector,
                sessions,
                keys,
                hints,
                columns,
                http,
                recent_open_at,
                pending,
                carried,
                last_keyed,
                ..
            } = self;
            let recent = recent_open(sessions, *recent_open_at);
            let last_keyed = last_keyed
                .filter(|&(at, i, id)| {
                    at + 1 == first && sessions.entries.get(i).is_some_and(|e| e.id == id)
                })
                .map(|(_, i, _)| i);
            let mut context = |prefix: &[u8]| {
                let mut meta = metas.get(prefix.len());
                let code = body.get(prefix.len()..prefix.len() + 3);
                let greeting = matches!(code, Some(b"220"));
                if matches!(code, Some(b"221")) {
                    keys.ended();
                }
                if let Some(change) = keys.learn(&meta, greeting) {
                    if let key_choice::Change::Shared {
                        first,
                        former: Some(former),
                    } = change
                        && let Some(i) = sessions.get(first.as_ref().map(|k| k.key()))
                    {
                        sessions.name(former.key(), i);
                    }
                    metas.choose(keys.shared());
                    meta = metas.get(prefix.len());
                }
                // A line with no key of its own, while a session's multi-line reply is
                // open: the reply's next line, logged as one message over several lines.
                let i = match (meta.key.or_else(|| carried.key(body, first, n)), recent) {
                    (None, Some(r)) => r,
                    (None, None)
                        if prefix.is_empty()
                            && let Some(j) = last_keyed =>
                    {
                        j
                    }
                    (key, _) => sessions
                        .find_beside(key, meta.addr, n, |d| spoke_since(d, n))
                        .index(),
                };
                located = Some(i);
                let d = &sessions.entries[i].state;
                Context {
                    // ncftp's indented replies end where their indentation does: no
                    // closing line is looked for.
                    open: d
                        .open
                        .as_ref()
                        .filter(|o| !o.indented)
                        .map(|o| (o.code, o.shape)),
                    open_label: d.open.as_ref().map_or(0, |o| o.label),
                    open_at: d.open.as_ref().map_or(0, |o| o.at),
                    open_quote: d.open.as_ref().and_then(|o| o.quote),
                    pending: d.command_seq.filter(|_| !d.answered),
                    command: d.command_seq,
                    greeting: !d.said,
                    transfer: d.transfer,
                    // (A reply held for its next line is the session's last.)
                    last: match pending {
                        Some((held, p)) if *held == i => Some(p.code),
                        _ => d.last_plain.map(|p| p.code),
                    },
                    last_text: match pending {
                        Some((held, p)) if *held == i => p.text_hash,
                        _ => d.last_plain.map_or(0, |p| p.text_hash),
                    },
                }
            };
            detector.at_line(first, n);
            match (
                http.line(body)
                    .or_else(|| hints.line(body, &self.tokens))
                    .or_else(|| columns.line(body)),
                pre,
            ) {
                (Some(k), _) => {
                    // (A command that a rule for its program read makes the input a dialogue
                    // as much as one the detector read: `ftp> ls` before a listing.)
                    if matches!(k, Kind::Command(..) | Kind::Typed(..)) {
                        detector.dialogue_seen();
                    }
                    k
                }
                (None, Some(pre)) => {
                    detector.classify_weighed(body, &self.tokens, pre.weighed, &mut context)
                }
                (None, None) => detector.classify(body, &self.tokens, &mut context),
            }
        };
        // Classifying may have found a new session, and forgotten old ones to make room.
        self.after_forgetting();
        // `550 report.txt says: ...` once `RETR 550 report.txt` was answered: the name of
        // the file the session's last command named (a client printing what it fetched or
        // its content), whose name starts with a code, not a reply.
        let kind = match kind {
            Kind::Reply(found)
                if found.form == Form::Plain
                    && located.is_some_and(|i| {
                        let d = &self.sessions.entries[i].state;
                        let last = match &self.pending {
                            Some((held, p)) if *held == i => Some(p.code),
                            _ => d.previous.as_ref().map(|(code, _, _)| *code),
                        };
                        if !names_last_file(d, &body[found.at..], last) {
                            return false;
                        }
                        // (The reply the session just had, logged again, stays one: ftplib's
                        // `*resp*` after its `*get*`.)
                        let text_hash = hash(first_line(found.text));
                        let again = d
                            .last_plain
                            .is_some_and(|p| p.code == found.code && p.text_hash == text_hash)
                            || self.pending.as_ref().is_some_and(|(held, p)| {
                                *held == i && p.code == found.code && p.text_hash == text_hash
                            });
                        !again
                    }) =>
            {
                Kind::Other
            }
            kind => kind,
        };
        self.carried.line(body, matches!(kind, Kind::Other), n);
        match kind {
            // `curl: (25) Failed FTP upload: 553`, `curl: (19) RETR response: 522`: a known
            // client's own error that names a code and no words of a reply. It tells more as
            // that client's error (its cause and fix) than as a reply with no text, wherever
            // it stands (a diff's `-` line, far from the reply it stems from).
            // So is a reply a client makes up in its own words (BSD ftp's `421 Service not
            // available, remote server has closed connection` when the server hung up).
            Kind::Reply(found) if let Some(error) = client_words(&found, body) => {
                self.flush_pending(before)?;
                self.client_error(body, &mut metas, n, after, Some(Some(error)))
            }
            // `220: Pure-FTPd fortune:` and under it `     150 ways to say hello`: a line
            // of a reply that hangs its lines indented under its first (ncftp), however
            // its words start.
            Kind::Reply(found)
                if self
                    .pending
                    .as_ref()
                    .is_some_and(|(_, p)| p.hangs && found.at >= p.at + 4 && hanging(p, body)) =>
            {
                if let Some((_, p)) = self.pending.as_mut() {
                    p.last = n;
                }
                Ok(())
            }
            Kind::Reply(found) => {
                let session = match located {
                    Some(i) => i,
                    None => {
                        let meta = self.table_session(metas.get(found.at), body);
                        self.session_of(meta, body, first, n).0
                    }
                };
                // (An access log's record of a new login, or a greeting.)
                let session = if found.form == Form::Plain
                    && (found.command.is_some() || found.code.get() == 220)
                {
                    let meta = self.table_session(metas.get(found.at), body);
                    let first = found.command.map_or(&b"220"[..], |c| verb(c));
                    let session = self.next_process(session, meta, body, first, n);
                    // (No command of its own in the record: `"cmd":"HOST"`'s 220 answers it.)
                    let greeting = found.code.get() == 220
                        && found.command.is_none()
                        && command::in_fields(body).is_none();
                    self.after_goodbye(session, meta.key, n, greeting)
                } else {
                    session
                };
                if let Some((i, p)) = self.pending.take() {
                    self.close(i, p, before)?;
                }
                self.last_keyed = metas
                    .get(found.at)
                    .key
                    .is_some()
                    .then(|| (n, session, self.sessions.entries[session].id));
                self.meta_of(session, &mut metas, found.at);
                self.reply(session, found, body, first, n, before, after)
            }
            Kind::Command(command, at) | Kind::Typed(command, at) => {
                if let Some((_, p)) = self.pending.as_mut()
                    && hanging(p, body)
                {
                    // ` EPRT` under a FEAT reply: the reply's, not a command.
                    p.last = n;
                    return Ok(());
                }
                // ProFTPD's `USER ftpuser (Login failed): Incorrect password`: a server's
                // own log line that names the command it refused, where the log shows no reply.
                if self.end.replies == 0
                    && body.len() <= reader::LONGEST_CLIENT_LINE
                    && let Some(line) = clients::server_log_line(body)
                {
                    self.flush_pending(before)?;
                    return self.client_error(body, &mut metas, n, after, Some(Some(line)));
                }
                self.flush_pending(before)?;
                let mut meta = metas.get(at);
                // (Only a field `name=value` after the command can name it.)
                if meta.key.is_none() && memchr::memchr(b'=', &body[at..]).is_some() {
                    // `[ 'USER alice' ] (id=3840..., ip=127.0.0.1)`: a record that names its
                    // session after the command (ftp-srv through bunyan's short form). (Not
                    // by an address there: `EPRT |1|10.0.0.5|5000|` names the client's.)
                    let whole = metas.get(body.len());
                    if whole
                        .key
                        .is_some_and(|k| matches!(k.kind, KeyKind::Conn | KeyKind::Pid))
                    {
                        meta = whole;
                    }
                }
                let meta = self.table_session(meta, body);
                let (i, _) = self.session_of(meta, body, first, n);
                let i = self.next_process(i, meta, body, verb(command), n);
                let i = self.after_goodbye(i, meta.key, n, false);
                self.meta_of(i, &mut metas, at);
                if let Some(open) = self.sessions.entries[i].state.open.take() {
                    // A multi-line reply cut short by a command: it ends on the line before.
                    self.unopen(i);
                    self.close(i, open, before)?;
                }
                self.keys.command();
                self.command(i, command, n);
                Ok(())
            }
            Kind::Other => {
                // `MESSAGE: 502 Command not implemented.`, then `502 CAUSE: ...`: a
                // catalogue's entry and what it says of it, no reply.
                if let Some(code) = self.detector.catalogue_entry()
                    && self
                        .pending
                        .as_ref()
                        .is_some_and(|(_, p)| p.code == code && p.last + 1 == n)
                {
                    self.pending = None;
                }
                // `200 OK`, then `Content-Type: text/ftp-dir-listing`: a status line at a
                // line's start with an HTTP response's header under it is the status of a
                // response an HTTP library made of an `ftp://` fetch (LWP's dump of it), no
                // FTP reply.
                if self
                    .pending
                    .as_ref()
                    .is_some_and(|(_, p)| p.at == 0 && p.first == p.last && p.last + 1 == first)
                    && self.http.after_request()
                    && http::response_header(body)
                {
                    self.pending = None;
                }
                if let Some((_, p)) = self.pending.as_mut()
                    && hanging(p, body)
                {
                    // A reply that goes on under itself, its code left out (ncftp).
                    p.last = n;
                    return Ok(());
                }
                let text_follows = self.pending.as_ref().is_some_and(|(i, p)| {
                    p.textless
                        && p.at >= 8
                        && p.last + 1 == first
                        && same_source(&p.source, body)
                        && self.sessions.get(metas.get(160).key) == Some(*i)
                });
                if text_follows && let Some((i, mut p)) = self.pending.take() {
                    // A code alone, and its text on the next line of the same session.
                    p.last = n;
                    p.textless = false;
                    if p.text.is_empty() || p.text.ends_with(b"\n") {
                        push_text(&mut p.text, lex::trim_end(message(body)));
                        p.text_hash = hash(first_line(&p.text));
                    }
                    self.pending = Some((i, p));
                    return Ok(());
                }
                self.flush_pending(before)?;
                if !self.opened.is_empty() {
                    self.body_line(body, &mut metas, n, before)?;
                }
                // `17984> Sent: `, then the reply on the lines under it with no prefix
                // (uftpd's debug log of a multi-line reply): the label names the session
                // of the line after it, as a keyed reply line does.
                let labels = lex::trim_end(body).ends_with(b":");
                if labels && let Some(i) = self.sessions.get(metas.get(body.len()).key) {
                    self.last_keyed = Some((n, i, self.sessions.entries[i].id));
                }
                if (memchr::memchr(b'>', body).is_some()
                    || labels
                    || body.starts_with(session::TCP_DETAILS)
                    || body.starts_with(b"Node 0: ")
                    || lex::trim_start(body).starts_with(session::TCP_STREAM))
                    && let Some(c) = session::connection_header(body)
                {
                    self.carried.set(c, n);
                }
                if let Some(address) = self.hints.connection(body) {
                    self.diag.connection(address);
                }
                self.client_error(body, &mut metas, n, after, pre.and_then(|p| p.client))
            }
        }
    }

    /// A client's error line (not a reply), looked for in the first lines of every input
    /// and, once one is found (a client's log), in all of them: a server's log of
    /// millions of lines pays for the first few thousand only.
    fn client_error(
        &mut self,
        body: &[u8],
        metas: &mut Metas,
        n: u64,
        after: Place,
        found: Option<Option<&'static clients::ClientError>>,
    ) -> Result<(), Fail> {
        // Whose own log the input is, by its ordinary lines (which a server writes from
        // its first session on), for the word at its end if it shows no reply.
        if self.end.replies == 0 && self.end.log_of.is_none() && n <= LOOK_FOR_RECORDS {
            self.end.log_of = clients::server_log_record(body);
        }
        // Past the first lines of an input with no client error, only a server's own log
        // lines are looked for, and only while the input shows no reply: vsftpd's log
        // without log_ftp_protocol may have its first FAIL line after thousands of OKs.
        let late = n > reader::LOOK_FIRST && self.end.client_errors == 0;
        if (late && self.end.replies > 0) || body.len() > reader::LONGEST_CLIENT_LINE {
            return Ok(());
        }
        let found = match found {
            Some(found) => found,
            None if late => clients::server_log_line(body),
            None => clients::Matcher::get().and_then(|m| m.find_in_log(body)),
        };
        let Some(error) = found else {
            return Ok(());
        };
        // A server's own line where its log shows the replies too (vsftpd's FAIL LOGIN
        // beside log_ftp_protocol's `530 Login incorrect.`) says again what the reply said.
        let server_log = error.client.get().role == clients::Role::ServerLog;
        if server_log && self.end.replies > 0 {
            return Ok(());
        }
        // The same message again a line or two later, after other words (rsyslog's debug
        // format prints a record as `msg:`, `escaped msg:` and `rawmsg:`), is a copy of the
        // line before, not one more failure. A server logging one failure after another
        // writes them with the same words before.
        if server_log {
            let start = error
                .patterns
                .iter()
                .filter_map(|p| clients::match_start(p, body))
                .min()
                .unwrap_or(0);
            let message = lex::trim_end(&body[start..]);
            let message = message.strip_suffix(b"'").unwrap_or(message);
            let this = (n, hash(message), lex::shape(&body[..start]));
            let copy = self.last_server_log.is_some_and(|(line, text, shape)| {
                n <= line + 4 && text == this.1 && shape != this.2
            });
            self.last_server_log = Some(this);
            if copy {
                return Ok(());
            }
        }
        // (Only a client's error makes the rest of a long input worth the full search: a
        // server's FAIL lines are looked for all through an input without replies anyway.)
        if server_log {
            self.end.server_log_lines += 1;
        } else {
            self.end.client_errors += 1;
        }
        self.outcome.negative += 1;
        let meta = metas.get(body.len().min(160));
        // A server's log line is a session's own record: its key, client and user; a
        // client's error belongs to a session only if one was seen.
        let located = if server_log {
            let (i, _) = self.session_of(meta, body, n, n);
            self.meta_of(i, metas, body.len().min(160));
            Some(i)
        } else {
            self.sessions.get(meta.key)
        };
        if server_log
            && let (Some(i), Some(command), [code]) = (located, error.command, &error.replies[..])
        {
            let e = &mut self.sessions.entries[i];
            let d = &mut e.state;
            self.findings.clear();
            self.diag.reply(
                &mut d.diag,
                diagnose::Seen {
                    line: n,
                    code: *code,
                    text: b"",
                    verb: Some(command.as_bytes()),
                    client: d.client.as_deref(),
                    session: e.key.as_deref(),
                },
                &mut self.findings,
            );
        }
        let session = located.map(|i| {
            let e = &self.sessions.entries[i];
            SessionView {
                id: e.id,
                key: e.key.as_deref(),
                client: e.state.client.as_deref(),
                user: e.state.user.as_deref(),
            }
        });
        let event = ClientErrorEvent {
            file: self.file.as_deref(),
            line: n,
            error,
            session,
        };
        self.sink.client_error(&event, after)?;
        for f in &self.findings {
            self.sink.finding(
                &FindingEvent {
                    file: self.file.as_deref(),
                    finding: f,
                    session,
                },
                after,
            )?;
        }
        self.findings.clear();
        Ok(())
    }

    /// Where an annotation goes for a byte offset of the chunk (usize::MAX: now).
    fn place(&self, offset: usize) -> Place {
        if offset == usize::MAX {
            Place::Now
        } else {
            Place::At(offset - self.block_from)
        }
    }

    fn end_newline(&mut self, newline: bool) {
        self.end.newline = newline;
    }

    /// A table's row names its connection in a column of its own (tshark's `tcp.stream`).
    fn table_session<'a>(&self, meta: session::Meta<'a>, body: &'a [u8]) -> session::Meta<'a> {
        match self.columns.session(body) {
            Some(value) => session::Meta {
                key: Some(session::Key {
                    kind: KeyKind::Conn,
                    value,
                }),
                ..meta
            },
            None => meta,
        }
    }

    /// The session of a line, from what the text before its reply or command says.
    fn session_of(
        &mut self,
        meta: session::Meta,
        body: &[u8],
        first: u64,
        n: u64,
    ) -> (usize, bool) {
        let key = meta.key.or_else(|| self.carried.key(body, first, n));
        let found = self
            .sessions
            .find_beside(key, meta.addr, n, |d| spoke_since(d, n));
        self.after_forgetting();
        (found.index(), matches!(found, Found::New(_)))
    }

    /// After sessions were forgotten (a log of more than thousands at once), the places
    /// of open replies are checked again: a reply open in a forgotten session is lost
    /// from the count but nothing else, rare enough not to report.
    fn after_forgetting(&mut self) {
        if self.sessions.forgets() == self.forgets_seen {
            return;
        }
        self.forgets_seen = self.sessions.forgets();
        let entries = &self.sessions.entries;
        self.opened
            .retain(|&j| entries.get(j).is_some_and(|e| e.state.open.is_some()));
        self.opened.sort_unstable();
        self.opened.dedup();
    }

    /// What the line says of its session's client and user.
    fn meta_of(&mut self, i: usize, metas: &mut Metas, at: usize) {
        let d = &mut self.sessions.entries[i].state;
        if d.client.is_some() && d.user.is_some() {
            return;
        }
        let meta = metas.get(at);
        if d.client.is_none() {
            d.client = meta.addr.map(Box::from);
        }
        if d.user.is_none() {
            d.user = meta
                .user
                .filter(|u| !u.iter().all(|b| *b == b'*'))
                .map(Box::from);
        }
    }

    /// A reply line of a session.
    #[allow(clippy::too_many_arguments)]
    fn reply(
        &mut self,
        mut i: usize,
        found: detect::Found,
        body: &[u8],
        first: u64,
        n: u64,
        before: Place,
        after: Place,
    ) -> Result<(), Fail> {
        if !self.sessions.entries[i].state.said {
            i = self.continued(i, body, &found, n);
        }
        if self.greets_anew(i, &found, first) {
            // A command sent before the greeting and not answered is the new connection's
            // (jsftp logs the USER it queues before the server greets).
            let old = &mut self.sessions.entries[i].state;
            let queued = (!old.answered)
                .then(|| {
                    old.command
                        .take()
                        .map(|c| (c, old.command_seq, old.command_line))
                })
                .flatten();
            i = self.sessions.renew_keyless(n);
            if let Some((command, seq, line)) = queued {
                let d = &mut self.sessions.entries[i].state;
                d.command = Some(command);
                d.command_seq = seq;
                d.command_line = line;
                d.said = true;
            }
        }
        let text_hash = hash(first_line(found.text));
        // A client's error that quotes a reply, on a line that names no session, quotes
        // the session that has just given that reply (a program's own line among its
        // connections' traces: `login refused: 530 ...` after `GLOB(0x5b58)<<< 530 ...`).
        if found.form == Form::Quote && self.sessions.entries[i].key.is_none() {
            let entries = &self.sessions.entries;
            let quoted = self
                .sessions
                .recent(n)
                .filter_map(|j| {
                    let p = entries.get(j)?.state.last_plain?;
                    (p.code == found.code
                        && p.text_hash == text_hash
                        && n.saturating_sub(p.last) <= QUOTE_WITHIN)
                        .then_some((p.last, j))
                })
                .max();
            if let Some((_, j)) = quoted {
                i = j;
            }
        }
        // The reply the same line has just given (an error object's message, its stack
        // trace that starts with it, the record's message that says it again: jsftp's
        // error through bunyan): the reply once. (A console stored on one line holds a
        // line for each of its replies, a client's echo of one included.)
        if first == n
            && !self.console_line
            // (Nor on a further line of an escaped string, a line of its own as in a log:
            // ftplib's `*resp*` under its `*get*`, a traceback's last line under the message
            // that quoted the reply first. The first line of a string still repeats the
            // record's message: bunyan's `"stack":"Error: 550 ..."`.)
            && !self.string_piece
            && self.recent.back().is_some_and(|r| {
                r.first == n && r.last == n && r.code == found.code && r.text_hash == text_hash
            })
        {
            return Ok(());
        }
        // (A reply whose line names the command it answers, `"LANG ko_KR" => 200 ...`, is
        // its own session's, whatever the others wait for.)
        let d = &self.sessions.entries[i].state;
        if d.command.is_none()
            && d.open.is_none()
            && found.form == Form::Plain
            && found.command.is_none()
        {
            i = self.adopted(i, body, &found, n);
        }
        if self.server.is_none() {
            self.server = program(&body[..found.at]).or_else(|| self.hints.server(body));
        }
        // The same reply open in another session (a tracer showing a multi-line reply
        // read and echoed line by line).
        // (Only the sessions with a reply open are looked at: a pass over every session
        // per reply would cost a busy server's log more than all the rest.)
        let open_twin = self
            .opened
            .iter()
            .filter(|&&j| j != i)
            .filter_map(|&j| {
                let o = self.sessions.entries.get(j)?.state.open.as_ref()?;
                (o.code == found.code && o.text_hash == text_hash).then_some((j, o))
            })
            .min_by_key(|(j, _)| *j)
            .map(|(_, o)| o.command.clone());
        let wants_text = self.sink.wants_text(found.code)
            || diagnose::reads_text(found.code)
            || found.code.get() == 220
            // (A quote's words tell whether it renders the reply in the client's own.)
            || found.form == Form::Quote;
        let d = &mut self.sessions.entries[i].state;
        d.said = true;
        if let Some(open) = d.open.take_if(|o| o.code != found.code) {
            // A reply of another code in the open reply's shape: it ended unseen.
            self.unopen(i);
            self.close(i, open, before)?;
        }
        let d = &mut self.sessions.entries[i].state;
        if let Some(mut open) = d.open.take() {
            // The detector reports a line inside an open reply only when it closes it.
            self.unopen(i);
            open.last = n;
            open.last_hash = hash(first_line(found.text));
            open.textless = found.text.is_empty();
            if wants_text {
                push_text(&mut open.text, b"\n");
                push_text(&mut open.text, found.text);
            }
            self.pending = Some((i, open));
            return Ok(());
        }
        let repeat = match &d.previous {
            Some((code, last, command)) if *code == found.code && last + 1 == first => {
                Some(command.clone())
            }
            _ => None,
        };
        // The same reply printed again (a client's error line quoting it, a second log
        // sink, a tracer showing both the read and the echo): it answers what the first
        // one answered.
        // A command of another verb sent since, still waiting, that draws this code: the
        // same words again are its own reply (ProFTPD's `550 missing.txt: No such file or
        // directory` to DELE, then to RNFR of the same file, each logged twice by its
        // trace). (Of the same verb, the first reply's command is as good, and names more.)
        let drawn_since = |r: &Reported| {
            !d.answered
                && d.command_seq
                    .is_some_and(|s| s.listed(found.code).is_expected())
                && d.command.as_ref().is_some_and(|c| {
                    r.command
                        .as_ref()
                        .is_none_or(|o| !verb(o).eq_ignore_ascii_case(verb(c)))
                })
        };
        let reprint = self
            .recent
            .iter()
            .rev()
            // (In the shape of the line it would repeat, and with a command sent since,
            // it is the same kind of line again: a new reply, as a server that writes
            // `ERR: 502 ...` for every refused command does.)
            .find(|r| {
                r.code == found.code
                    && ((r.text_hash == text_hash || r.last_hash == text_hash)
                        && (first.saturating_sub(r.last) <= 32
                            && r.shape != found.shape
                            && !drawn_since(r)
                            // (With no command since, further: a packet printed as a JSON
                            // object shows its bytes again 40 lines under them, tshark's
                            // `frame_raw` and `ftp_raw`.)
                            || r.last >= d.command_line
                                && first.saturating_sub(r.last) <= REPRINT_WITHIN)
                        // The same reply with its address rewritten, a few lines under
                        // itself with no command and no other reply since, in a log that
                        // shows commands (a proxy's trace: `received '227 Entering
                        // passive mode (127,0,0,1,17,67).'`, then the 227 it sends on).
                        || r.command.is_some()
                            && r.last >= d.command_line
                            && d.previous.as_ref().is_some_and(|p| p.1 == r.last)
                            && first.saturating_sub(r.last) <= QUOTE_WITHIN
                            && r.head.agrees(&TextHead::of(found.text)))
            })
            .map(|r| (r.command.clone(), r.text_hash == text_hash))
            .or(open_twin.map(|c| (c, false)));
        // The pending command, if the reply fits it: a success the command never gets (a
        // 220 greeting after a QUIT, a 211 after SYST) answers something the log does not
        // show.
        let pending = d.command.clone().filter(|_| {
            !d.answered
                && match d.command_seq {
                    // A reply on the very next line answers the command even when the
                    // command never gets it: a departure worth showing.
                    Some(s) => {
                        s.listed(found.code).is_expected()
                            || found.code.is_failure()
                            || (d.command_line + 1 == first
                                && !matches!(found.code.get(), 120 | 220))
                    }
                    // A command we do not know may get any reply but a greeting.
                    None => !matches!(found.code.get(), 120 | 220),
                }
        });
        let pending_expects = d
            .command_seq
            .is_some_and(|s| s.listed(found.code).is_expected());
        // A reply the last command never gets, which the one still waiting before it
        // does (`PORT ...`, `LIST`, then `200 PORT command successful`).
        let pipelined = found.form == Form::Plain
            && d.command_seq
                .is_some_and(|s| !s.listed(found.code).is_expected())
            && d.waiting
                .as_ref()
                .is_some_and(|w| w.seq.listed(found.code).is_expected());
        let mut answers = false;
        // (An access log's record holds the command and its reply: the reply answers it,
        // and a later reply with no command of its own answers some other.)
        let command = if let Some(c) = found.command {
            set_command(d, c);
            answers = true;
            d.command.clone()
        } else if let Some(c) = command::in_fields(body).filter(|_| found.form == Form::Plain) {
            // An access log's record: the command and its reply in fields of one line.
            set_command(d, &c);
            answers = true;
            d.command.clone()
        } else if let Some(c) = labelled(&body[..found.at]) {
            // (The command the label names is this reply's, answered by it: curl's `RETR
            // response: 550` leaves no command waiting for the lines after it.)
            if found.form == Form::Plain {
                set_command(d, c);
                answers = true;
            }
            Some(shown(c))
        } else if let Some(c) = mentioned(&body[..found.at])
            .filter(|c| found.form == Form::Plain && command::quoted_in(&body[..found.at], c))
        {
            // (The command as the program sent it, in quotes of its own: this reply's, even
            // where the line before showed the same reply to another. From the review.)
            Some(c)
        } else if let Some(r) = repeat {
            r
        } else if let Some(c) = mentioned(&body[..found.at]).filter(|c| {
            // (Unless the session's last command, another, waits for this very reply, or
            // is one we do not know, which may get any: a word that names a verb in prose,
            // `added to pending list: 530`, names none.)
            // (Or a line of a session that has shown no command: `quit:221 Goodbye.`,
            // `Extra info: STOR finish code = 426: 426 Failure reading network stream`, a
            // program's label or a dialog's text, held-out rounds 674 and 695. The verb
            // alone, one that gets the code, and no greeting: `Message from site admin:
            // 421`, `host: 220 ftp.example.com` name none. From the review.)
            (found.form == Form::Plain
                && pending.is_none()
                && d.command.is_none()
                && !matches!(found.code.get(), 120 | 220)
                // (Or the command as the program sent it, in quotes of its own and in
                // capitals, whatever it got: held-out round 717.)
                && (command::quoted_in(&body[..found.at], c)
                    || !c.contains(&b' ')
                        && sequences::lookup_bytes(c)
                            .is_some_and(|s| s.listed(found.code).is_expected())))
                || found.form == Form::Quote
                    && !(pending
                        .as_ref()
                        .is_some_and(|p| !verb(p).eq_ignore_ascii_case(verb(c)))
                        && d.command_seq
                            .is_none_or(|s| s.listed(found.code).is_expected()))
        }) {
            Some(c)
        } else if pipelined && let Some(w) = d.waiting.take() {
            Some(w.command)
        } else if let Some((r, same_words)) = &reprint
            // (Nor, the same words again, one that never gets this code and only takes
            // what comes next: expect's `expect: does "...331 Username ok..."` under the
            // 331 it quotes, after the `Password:` prompt that named PASS.)
            && (found.form == Form::Quote || pending.is_none() || *same_words && !pending_expects)
        {
            r.clone()
        } else if found.form == Form::Quote {
            // A client's error quoting a reply answers the last command when that was
            // sent just before, not one sent long before (the quoted reply's own
            // command went unlogged).
            let recent = first.saturating_sub(d.command_line) <= 16;
            // (Not one a reply of another code answered: the quoted reply's own command went
            // unlogged, as curl's `Failed FTP upload: 553` after its `RETR response: 550`.)
            let other_answer = d.answered && d.last_plain.is_some_and(|p| p.code != found.code);
            d.command.clone().filter(|_| recent && !other_answer)
        } else if pending.is_some() {
            answers = true;
            pending
        } else {
            None
        };
        if found.form == Form::Plain {
            // A protected reply (RFC 2228 §4) answers the ENC, MIC or CONF that carried a
            // command; the reply it protects, which a client's debug prints decoded after
            // it, answers that command, still waiting (UberFTP's `MLST .`, `Encoded cmd:
            // ENC ...`, `Encoded resp: 633 ...`, `250- Listing .`).
            let protected = matches!(found.code.get(), 631..=633)
                && d.command
                    .as_deref()
                    .is_some_and(|c| matches!(verb(c), b"ENC" | b"MIC" | b"CONF"));
            if answers
                && protected
                && let Some(w) = d.waiting.take()
            {
                d.command = Some(w.command);
                d.command_seq = Some(w.seq);
                d.answered = false;
            } else if answers && !found.code.is_preliminary() {
                d.answered = true;
                // Replies come in the order of their commands: one before it is done.
                d.waiting = None;
            }
            d.transfer = found.code.is_preliminary();
        }
        let mut text = Vec::new();
        if wants_text {
            push_text(&mut text, found.text);
            if let Some(last) = found.closed_inline {
                push_text(&mut text, b"\n");
                push_text(&mut text, last);
            }
        }
        let time = if self.sink.wants_text(found.code) {
            // (Not a time inside the reply's own words: `230-Last login was: 2019-05-31
            // 13:35:18` was not logged then.)
            let text_end =
                lex::offset_in(body, found.text).map_or(found.at + 3, |(from, len)| from + len);
            time::find(body, self.year)
                .filter(|s| {
                    lex::offset_in(body, s.raw)
                        .is_none_or(|(from, _)| !(found.at..text_end).contains(&from))
                })
                .map(|s| OwnedStamp {
                    raw: Box::from(&s.raw[..s.raw.len().min(64)]),
                    when: s.when,
                })
        } else {
            None
        };
        let open = Open {
            code: found.code,
            first,
            last: n,
            shape: found.shape,
            label: lex::label(&body[..found.at]),
            at: found.at,
            quote: match body[..found.at] {
                [.., b'=' | b':', q @ (b'"' | b'\'')] => Some(q),
                _ => None,
            },
            hangs: found.hangs,
            announces: found.sep == Sep::Last && lex::trim_end(found.text).ends_with(b":"),
            source: Box::from(syslog_source(&body[..found.at])),
            textless: found.text.is_empty()
                && found.closed_inline.is_none()
                && found.command.is_none(),
            form: found.form,
            command,
            text,
            text_hash,
            last_hash: text_hash,
            time,
            iis: self.hints.iis(),
            indented: self.hints.indented_reply(),
            gutter: (found.at > 0 && detect::gutter_drawing(&body[..found.at])).then_some(body[0]),
            logged_command: found.command.is_some(),
        };
        let _ = after;
        if found.sep == Sep::More || open.indented {
            d.open = Some(open);
            self.opened.push(i);
            self.recent_open_at = Some(i);
        } else {
            self.pending = Some((i, open));
        }
        Ok(())
    }

    /// A session seen for the first time with a reply that continues a login (vsftpd's
    /// process after PASS): the session whose PASS waits for its answer, from the same
    /// client if the log says which.
    fn continued(&mut self, i: usize, body: &[u8], found: &detect::Found, n: u64) -> usize {
        let continues = found.code.get() == 230 || found.code.get() == 530;
        if !continues {
            return i;
        }
        let meta = key_choice::choose(self.keys.shared(), session::meta_of_line(body, found.at));
        let Some(key) = meta.key else {
            return i;
        };
        let waiting = self.sessions.entries.iter().enumerate().filter(|(j, e)| {
            *j != i
                && !e.state.answered
                && e.state
                    .command
                    .as_deref()
                    .is_some_and(|c| verb(c).eq_ignore_ascii_case(b"PASS"))
                && meta
                    .addr
                    .is_none_or(|a| e.state.client.as_deref().is_none_or(|c| c == a))
                && !(meta.addr.is_some() && other_client(e, body))
                && meta
                    .user
                    .is_none_or(|u| e.state.user.as_deref().is_none_or(|c| same_user(c, u)))
        });
        // The latest PASS: a server answers a good one at once and a bad one after a delay
        // (vsftpd's delay_failed_login, 1 s by default), so an older login still waiting
        // is more likely one that failed.
        let Some((target, _)) = waiting.max_by_key(|(_, e)| e.state.command_line) else {
            return i;
        };
        self.sessions.alias(key, target, i);
        let _ = n;
        target.min(self.sessions.entries.len() - 1)
    }

    /// Whether a reply is the greeting of a new connection in a log whose lines name no
    /// session (a client connecting again, a script's runs appended): a 220 that nothing
    /// asked for (RFC 959 §5.4 sends it once, at the connection's start; REIN's 220 is
    /// asked for), after the session had its dialogue, and not the last greeting printed
    /// again.
    fn greets_anew(&self, i: usize, found: &detect::Found, first: u64) -> bool {
        let e = &self.sessions.entries[i];
        let d = &e.state;
        // (A command that never gets a 220, sent lines before it, is not what it answers:
        // gftp's `binary` is its own setting, whose TYPE waits for a transfer. On the very
        // next line, a 220 answers the command, as some servers answer OPTS UTF8 ON.)
        let unasked = d.answered
            || d.command
                .as_deref()
                .is_none_or(|c| verb(c).eq_ignore_ascii_case(b"QUIT"))
            || d.command_line + 1 < first
                && d.command_seq
                    .is_some_and(|s| !s.listed(found.code).is_expected());
        found.code.get() == 220
            && found.form == Form::Plain
            && e.key.is_none()
            && d.last_plain.is_some()
            && d.open.is_none()
            && unasked
            && d.previous.as_ref().is_none_or(|p| p.0.get() != 220)
    }

    /// The session a client's address names, or a new one for it where the number that
    /// starts its lines (a process's id) changed after it came on several: one client's
    /// sessions one after another, each in a process of its own (ProFTPD's ExtendedLog
    /// with `%P %a`). A counter, new on every line, never came on several; a request's id,
    /// on its command's line and its reply's, came on two.
    /// (Only a number a process's id may be, 2 to 7 digits and no 0 first, not a time;
    /// and only where the new one starts as a connection does, with a greeting or what a
    /// client sends first: a request's id, a size, a second's time change mid-session.)
    fn next_process(
        &mut self,
        i: usize,
        meta: session::Meta,
        body: &[u8],
        first: &[u8],
        n: u64,
    ) -> usize {
        let Some(key) = meta.key.filter(|k| k.kind == KeyKind::Addr) else {
            return i;
        };
        let Some(pid) =
            session::leading_number(body).filter(|p| (2..=7).contains(&p.len()) && p[0] != b'0')
        else {
            return i;
        };
        let opens = [
            &b"220"[..],
            b"USER",
            b"AUTH",
            b"FEAT",
            b"HOST",
            b"CLNT",
            b"OPTS",
            b"SYST",
        ]
        .iter()
        .any(|v| v.eq_ignore_ascii_case(first));
        let number = hash(pid);
        // (The process before, its lines still coming between the new one's: a client
        // behind one address with two connections at once.)
        if let Some((before, j, id)) = self.sessions.entries[i].state.process_before
            && before == number
            && self.sessions.entries.get(j).is_some_and(|e| e.id == id)
        {
            return j;
        }
        let i = match self.sessions.entries[i].state.process {
            Some((last, lines)) if last != number && lines >= PROCESS_LINES && opens => {
                let id = self.sessions.entries[i].id;
                let new = self.sessions.renew(Some(key), n);
                self.sessions.entries[new].state.process_before = Some((last, i, id));
                new
            }
            _ => i,
        };
        let d = &mut self.sessions.entries[i].state;
        d.process = Some(match d.process {
            Some((last, lines)) if last == number => (number, lines.saturating_add(1)),
            _ => (number, 1),
        });
        i
    }

    /// The session a key names, or a new one for it where that one said goodbye (its last
    /// reply a 221) and the key comes back with a command or a greeting, or ended with a
    /// refusal and the key comes back with a greeting: the key's next connection (a client
    /// that connects again from its address, in a log keyed by addresses; a process id used
    /// again).
    fn after_goodbye(
        &mut self,
        i: usize,
        key: Option<session::Key>,
        n: u64,
        greeting: bool,
    ) -> usize {
        let d = &self.sessions.entries[i].state;
        if key.is_none() || d.open.is_some() {
            return i;
        }
        // (The session's last reply may still be held for its next line.)
        let last = match &self.pending {
            Some((held, p)) if *held == i => Some(p.code.get()),
            _ => d.last_plain.map(|p| p.code.get()),
        };
        // (Or a greeting where a session of the key ended with a refusal, the login's or
        // the server's (530, 421), and nothing waits: the key's next connection, a client
        // coming back after its failed login without a goodbye, as a client's log keyed by
        // the server's address shows. Not where the session went on: a 220 that answers
        // REIN, HOST, a proxy's OPEN or the PASS it passed on, or another connection from
        // the same address beside a live one. From the review.)
        let greeted_again = greeting
            && d.answered
            && last.is_some_and(|c| matches!(c, 530 | 421))
            && d.command_seq
                .is_none_or(|s| !s.listed(ReplyCode::known(220)).is_expected());
        if last != Some(221) && !greeted_again {
            return i;
        }
        self.sessions.renew(key, n)
    }

    /// A reply in a session that never sent a command, while another session waits for
    /// the answer to one: the same conversation under two names (a tracer showing the
    /// socket read on one descriptor and written on another, a client logging some replies
    /// raw). The reply answers the command waiting longest in the last lines, and its key
    /// becomes a name of that session.
    fn adopted(&mut self, i: usize, body: &[u8], found: &detect::Found, n: u64) -> usize {
        // Every session seen this recently is among `Sessions::recent`.
        const WITHIN: u64 = session::RECENT_LINES;
        // Greetings and farewells come unasked.
        if matches!(found.code.get(), 120 | 220 | 421) {
            return i;
        }
        // A reply printed again (a client echoing what it read) stays where it is. An echo
        // follows what it echoes: the same reply with other replies since is another
        // session's of the same words (`221 Goodbye.` to each client of a server).
        let text_hash = hash(first_line(found.text));
        if self.recent.iter().rev().take(2).any(|r| {
            r.code == found.code && r.text_hash == text_hash && n.saturating_sub(r.last) <= WITHIN
        }) || self.opened.iter().any(|&j| {
            self.sessions
                .entries
                .get(j)
                .and_then(|e| e.state.open.as_ref())
                .is_some_and(|o| o.code == found.code && o.text_hash == text_hash)
        }) {
            return i;
        }
        // (What the line says of its client, read only where a session waits: a few reply
        // lines in many.)
        let mut meta = None;
        let entries = &self.sessions.entries;
        let near = self.sessions.recent(n).map(|j| (j, &entries[j]));
        let waiting = near.filter(|(j, e)| {
            *j != i
                && n.saturating_sub(e.last_seen) <= WITHIN
                && !e.state.answered
                && e.state.open.is_none()
                && e.state
                    .command_seq
                    .is_some_and(|s| s.listed(found.code).is_expected() || found.code.is_failure())
                && {
                    let meta = meta.get_or_insert_with(|| {
                        key_choice::choose(
                            self.keys.shared(),
                            session::meta_of_line(body, found.at),
                        )
                    });
                    !(meta.addr.is_some() && other_client(e, body))
                }
        });
        // The latest seen; of those seen on the same line, the last made (as a pass over
        // all sessions in order found it).
        let Some((target, _)) = waiting.max_by_key(|(j, e)| (e.last_seen, *j)) else {
            return i;
        };
        let meta = meta.unwrap_or_else(|| {
            key_choice::choose(self.keys.shared(), session::meta_of_line(body, found.at))
        });
        self.sessions.alias_or_default(meta.key, target, i);
        target.min(self.sessions.entries.len() - 1)
    }

    /// A command a session sent.
    fn command(&mut self, i: usize, command: &[u8], n: u64) {
        let d = &mut self.sessions.entries[i].state;
        d.said = true;
        d.command_line = n;
        // What a user typed that sends commands the log does not show (`ftp> get x`): no
        // reply after it answers a command sent before it.
        if command.is_empty() {
            d.command = None;
            d.command_seq = None;
            d.waiting = None;
            d.answered = false;
            d.previous = None;
            return;
        }
        if !d.answered
            && let (Some(command), Some(seq)) = (d.command.take(), d.command_seq)
        {
            d.waiting = Some(Waiting { command, seq });
        }
        set_command(d, command);
        d.answered = false;
        d.previous = None;
        d.transfer = false;
        if verb(command).eq_ignore_ascii_case(b"USER")
            && let Some(name) = user_name(command.get(5..).unwrap_or_default())
        {
            d.user = Some(Box::from(&name[..name.len().min(64)]));
        }
    }

    /// A line that is neither reply nor command while some session has a reply open.
    fn body_line(
        &mut self,
        body: &[u8],
        metas: &mut Metas,
        n: u64,
        before: Place,
    ) -> Result<(), Fail> {
        self.give_up_stale(n, before)?;
        if self.opened.is_empty() {
            return Ok(());
        }
        // (The line's session is asked only where there are several: it costs a read of
        // the line's prefix, and most lines of a log come here.)
        let i = if self.sessions.entries.len() == 1 {
            0
        } else {
            let meta = metas.get(160);
            let known = self.sessions.get(meta.key);
            match (
                known,
                meta.key,
                recent_open(&self.sessions, self.recent_open_at),
            ) {
                (Some(i), _, _) => i,
                (None, None, Some(r)) => r,
                // A line of no session in the dialogue: not a body line.
                _ => return Ok(()),
            }
        };
        let Some(open) = self.sessions.entries[i].state.open.as_mut() else {
            return Ok(());
        };
        // (A line held back and read after the reply opened, a wrapped dump's row from
        // before it, is none of its lines: found by fuzzing.)
        if n < open.first {
            return Ok(());
        }
        let indented_ok = !open.indented || self.hints.indented_line(body);
        // (A line drawn under the gutter whose text starts left of the reply's is the
        // report's next item: nmap's `|   NULL, SSLSessionReq: ` after a `|     214-...`
        // whose closing line it left out. A bare `|`, or a line under no gutter, is none:
        // from the review.)
        let gutter_ok = open.gutter.is_none_or(|g| {
            let head = lex::trim_end(&body[..body.len().min(open.at)]);
            body.first() != Some(&g) || detect::gutter_drawing(head)
        });
        if n - open.first < MAX_REPLY_LINES && indented_ok && gutter_ok {
            open.last = n;
            self.recent_open_at = Some(i);
            return Ok(());
        }
        // An ncftp reply ends where its indentation does; a reply open too long was
        // never closed.
        let Some(open) = self.sessions.entries[i].state.open.take() else {
            return Ok(());
        };
        self.unopen(i);
        self.close(i, open, before)
    }

    /// A multi-line reply open too long was never closed, whichever session's line comes
    /// now (a session that died in the middle of one, a log cut there): it ends where it
    /// stands. Otherwise it would be reported only at the end of the input (never, under
    /// `tail -f`), and every line that may be a body line until then would be asked for
    /// its session, at the cost of a read of its prefix.
    fn give_up_stale(&mut self, n: u64, at: Place) -> Result<(), Fail> {
        while let Some(i) = self.opened.iter().copied().find(|&i| {
            self.sessions.entries[i]
                .state
                .open
                .as_ref()
                .is_some_and(|o| n.saturating_sub(o.first) >= MAX_REPLY_LINES)
        }) {
            self.unopen(i);
            if let Some(open) = self.sessions.entries[i].state.open.take() {
                self.close(i, open, at)?;
            }
        }
        Ok(())
    }

    /// Every session's multi-line reply still open ends where it stands: the input ended,
    /// or the lines after it were left out.
    fn close_open(&mut self, at: Place) -> Result<(), Fail> {
        for i in 0..self.sessions.entries.len() {
            if let Some(open) = self.sessions.entries[i].state.open.take() {
                self.unopen(i);
                self.close(i, open, at)?;
            }
        }
        Ok(())
    }

    /// Session `i`'s multi-line reply is no longer open.
    fn unopen(&mut self, i: usize) {
        if let Some(at) = self.opened.iter().position(|&j| j == i) {
            self.opened.swap_remove(at);
        }
    }

    /// The next message when none is ready. A reply held for its next line (a code
    /// alone, its text below) is decided without that line only when the input really
    /// waits (`tail -f`), never because the reader thread is a moment behind: the output
    /// must not depend on timing. A regular file has all its bytes, so it never waits;
    /// a pipe is given [`GRACE`] first.
    fn wait_for_input(&mut self, rx: &Receiver<Msg>, waits: bool) -> Result<Option<Msg>, Fail> {
        if waits {
            match rx.recv_timeout(GRACE) {
                Ok(msg) => return Ok(Some(msg)),
                Err(mpsc::RecvTimeoutError::Disconnected) => return Ok(None),
                Err(mpsc::RecvTimeoutError::Timeout) => {
                    // (journalctl writes a record whole: one the input stops in has ended;
                    // so has a wrapped line whose rows it stops after.)
                    self.finish_journal(Place::Now)?;
                    self.finish_wrapped()?;
                    self.flush_pending(Place::Now)?;
                    self.sink.flush()?;
                }
            }
        }
        Ok(wait(rx))
    }

    fn flush_pending(&mut self, at: Place) -> Result<(), Fail> {
        match self.pending.take() {
            Some((i, p)) => self.close(i, p, at),
            None => Ok(()),
        }
    }

    /// A reply is complete: report it, with what it establishes.
    fn close(&mut self, i: usize, open: Open, at: Place) -> Result<(), Fail> {
        let code = open.code;
        let entry = &mut self.sessions.entries[i];
        let d = &mut entry.state;
        // A client's line quoting a reply says nothing of what the next reply answers.
        if open.form != Form::Quote {
            d.previous = Some((code, open.last, open.command.clone()));
        }
        let head = TextHead::of(&open.text);
        if self.recent.len() >= 16 {
            self.recent.pop_front();
        }
        self.recent.push_back(Reported {
            code,
            text_hash: open.text_hash,
            last_hash: open.last_hash,
            command: open.command.clone(),
            first: open.first,
            last: open.last,
            shape: open.shape,
            head,
        });
        let command = open.command.as_deref();
        let is_abor = |c: &[u8]| verb(c).eq_ignore_ascii_case(b"ABOR");
        let aborted = code.get() == 426
            && d.command.as_deref().is_some_and(is_abor)
            && command.is_some_and(|c| !is_abor(c));
        let listed = command
            .and_then(|c| sequences::lookup_bytes(verb(c)))
            .map(|s| s.listed(code));
        if code.get() == 220
            && let Some(s) = servers::server_in_greeting(&open.text)
        {
            self.server = Some(s);
        }
        // The same reply to another command is news (`550` to STOR after `550` to RETR,
        // above all in an access log, whose replies have no text).
        let verb_hash = hash(command.map(verb).unwrap_or_default()).rotate_left(1);
        let key = hash_pair(code, open.text_hash ^ verb_hash);
        let repeat_of = match d.seen.get(&key) {
            Some(&first) => Some(first),
            None => {
                if d.seen.len() >= MAX_SEEN {
                    d.seen.clear();
                }
                d.seen.insert(key, open.first);
                None
            }
        };
        // A client's error line quoting the reply already reported, or the same reply
        // printed again right under itself (a second log sink, a parser's trace).
        // A copy answers what the first one answered, and is no line of an access log,
        // where each line is a command and its reply: `"STOR f" 550` and `"MKD d" 550`
        // one under the other are two replies.
        let answers = hash(open.command.as_deref().unwrap_or_default());
        let quotes = match d.last_plain {
            Some(p) if p.code == code && p.text_hash == open.text_hash => {
                // (Further under it, with no command since, where the log shows the command
                // it answers: another rendering of its packet, tshark's `frame_raw`, then
                // `ftp_raw`, then the tree.)
                let under = p.last + 1 == open.first
                    || p.answers != hash(b"")
                        && p.last >= d.command_line
                        && open.first.saturating_sub(p.last) <= REPRINT_WITHIN;
                // (A record that names its command is a copy only of a line that did not:
                // fsspec's `SYST -> '215 UNIX Type: L8'` under ftplib's `*resp*` line.)
                let copy =
                    under && p.answers == answers && !(open.logged_command && p.logged_command);
                (open.form == Form::Quote || copy).then_some(p.first)
            }
            // A client's error that renders the reply in the standard words for its code
            // (.NET's `The remote server returned an error: (550) File unavailable (e.g.,
            // ...)`), just after the reply: the same reply in other words.
            // Or in part (`got 550 [' No such` of a record wrapped over rows).
            Some(p)
                if p.code == code
                    && open.form == Form::Quote
                    && open.first.saturating_sub(p.last) <= QUOTE_WITHIN
                    && (in_standard_words(code, first_line(&open.text))
                        || p.head.agrees(&head)) =>
            {
                Some(p.first)
            }
            // The reply again with its address rewritten (see `reprint` in `reply`).
            Some(p)
                if p.code == code
                    && p.answers == answers
                    && !open.logged_command
                    && p.answers != hash(b"")
                    && p.last >= d.command_line
                    && open.first.saturating_sub(p.last) <= QUOTE_WITHIN
                    && p.head.agrees(&head) =>
            {
                Some(p.first)
            }
            _ => None,
        };
        if let (Some(plain), Some(_)) = (d.last_plain.as_mut(), quotes) {
            // A third copy under the second is a copy too. (Not a second record that names
            // its command under the first: `"DELE a.txt" 550` twice is two refusals.)
            plain.last = plain.last.max(open.last);
            plain.logged_command |= open.logged_command;
        }
        if open.form == Form::Plain && quotes.is_none() {
            d.last_plain = Some(LastPlain {
                code,
                text_hash: open.text_hash,
                first: open.first,
                last: open.last,
                answers,
                head,
                logged_command: open.logged_command,
            });
            let first = open.text.split(|b| *b == b'\n').next().unwrap_or_default();
            self.findings.clear();
            // (An abort's 426 tells of no failing connection.)
            if !aborted {
                self.diag.reply(
                    &mut d.diag,
                    diagnose::Seen {
                        line: open.first,
                        code,
                        text: first,
                        verb: command.map(verb),
                        client: d.client.as_deref(),
                        session: entry.key.as_deref(),
                    },
                    &mut self.findings,
                );
            }
            if code.get() == 221 {
                self.diag.end_session(&mut d.diag, &mut self.findings);
            }
        }
        self.outcome.replies += 1;
        self.end.replies += 1;
        if code.is_failure() {
            self.outcome.negative += 1;
        }
        let view = SessionView {
            id: entry.id,
            key: entry.key.as_deref(),
            client: d.client.as_deref(),
            user: d.user.as_deref(),
        };
        let reply = Reply {
            file: self.file.as_deref(),
            line: open.first,
            end_line: open.last,
            code,
            text: &open.text,
            form: open.form,
            command,
            listed,
            session: view,
            time: open.time.as_ref().map(|t| Stamp {
                raw: &t.raw,
                when: t.when,
            }),
            server: self.server,
            iis: open.iis,
            repeat_of,
            quotes,
            aborted,
        };
        self.sink.reply(&reply, at)?;
        for f in &self.findings {
            self.sink.finding(
                &FindingEvent {
                    file: self.file.as_deref(),
                    finding: f,
                    session: Some(view),
                },
                at,
            )?;
        }
        self.findings.clear();
        Ok(())
    }

    /// Reports what the end of the input left open; `whole` if its last line was passed
    /// in a block (not streamed as a long line).
    fn finish_input(&mut self, whole: bool) -> Result<(), Fail> {
        let _ = whole;
        self.finish_wrapped()?;
        self.finish_journal(Place::Now)?;
        self.finish_fingerprint(Place::Now)?;
        let mut block = std::mem::take(&mut self.dump);
        self.finish_dump(&mut block, Place::Now)?;
        block.clear();
        self.dump = block;
        self.flush_pending(Place::Now)?;
        self.close_open(Place::Now)?;
        for i in 0..self.sessions.entries.len() {
            let entry = &mut self.sessions.entries[i];
            self.findings.clear();
            self.diag
                .end_session(&mut entry.state.diag, &mut self.findings);
            let view = SessionView {
                id: entry.id,
                key: entry.key.as_deref(),
                client: entry.state.client.as_deref(),
                user: entry.state.user.as_deref(),
            };
            for f in &self.findings {
                self.sink.finding(
                    &FindingEvent {
                        file: self.file.as_deref(),
                        finding: f,
                        session: Some(view),
                    },
                    Place::Now,
                )?;
            }
        }
        self.findings.clear();
        self.opened.clear();
        self.sink.end_input(&InputEnd {
            file: self.file.as_deref(),
            lines: self.end.lines,
            replies: self.end.replies,
            newline: self.end.newline || self.end.lines == 0,
        })?;
        Ok(())
    }
}

/// What [`session::meta_of_line`] says of one line, by how much of the line is read: the
/// detector's context, the line's session, its client and user, a body line each ask it,
/// mostly for the same length, so each length is worked out once (the last two kept).
struct Metas<'a> {
    line: &'a [u8],
    slots: [Option<(usize, session::Meta<'a>)>; 2],
    next: usize,
    /// The kinds of keys that give way to a line's other key ([`key_choice::choose`]).
    shared: u16,
}

impl<'a> Metas<'a> {
    /// The metas of a line, with the one the reader worked out, if any.
    fn new(line: &'a [u8], held: Option<session::HeldMeta>, shared: u16) -> Self {
        Metas {
            line,
            slots: [held.map(|h| (h.read(), h.meta(line))), None],
            next: usize::from(held.is_some()),
            shared,
        }
    }

    /// Chooses keys anew: a kind of key was found shared by sessions.
    fn choose(&mut self, shared: u16) {
        self.shared = shared;
    }

    /// `session::meta_of_line(line, len)`.
    fn get(&mut self, len: usize) -> session::Meta<'a> {
        // Lengths past the line's end read the same: the whole line.
        let len = len.min(self.line.len());
        if let Some((_, meta)) = self.slots.iter().flatten().find(|(l, _)| *l == len) {
            return key_choice::choose(self.shared, *meta);
        }
        let meta = session::meta_of_line(self.line, len);
        self.slots[self.next] = Some((len, meta));
        self.next ^= 1;
        key_choice::choose(self.shared, meta)
    }
}

/// The server a line names as the program that wrote it: syslog's `pure-ftpd[812]:` or
/// `proftpd:`, journald's `"SYSLOG_IDENTIFIER":"vsftpd"`.
fn program(prefix: &[u8]) -> Option<ServerId> {
    if let Some(i) = needle::find!(prefix, b"\"SYSLOG_IDENTIFIER\":\"") {
        let rest = &prefix[i + 21..];
        let name = &rest[..memchr::memchr(b'"', rest)?];
        return servers::server_named(std::str::from_utf8(name).ok()?);
    }
    prefix
        .split(|b| *b == b' ')
        .take(8)
        .filter_map(|token| {
            let token = token.strip_suffix(b":")?;
            let name = match memchr::memchr(b'[', token) {
                Some(b) => &token[..b],
                None => token,
            };
            (name.len() >= 3).then_some(name)
        })
        .find_map(|name| servers::server_named(std::str::from_utf8(name).ok()?))
}

/// The session a line without a key continues: the one whose multi-line reply is open
/// and was last written to.
/// Whether a session gave a reply of its own within [`session::JUST_BEFORE`] lines of
/// line `n`.
fn spoke_since(d: &Dialogue, n: u64) -> bool {
    d.last_plain
        .is_some_and(|p| p.last + session::JUST_BEFORE >= n)
}

fn recent_open(sessions: &Sessions<Dialogue>, at: Option<usize>) -> Option<usize> {
    at.filter(|&i| {
        sessions
            .entries
            .get(i)
            .is_some_and(|e| e.state.open.is_some())
    })
}

/// What stands before a syslog line's message (`Dec  1 22:01:19 vm ftpd[22482]`), without
/// the time (the first three words); empty when the line has no `]: `.
fn syslog_source(line: &[u8]) -> &[u8] {
    match needle::find!(line, b"]: ") {
        Some(i) if i < 80 => {
            let head = &line[..=i];
            let from = memchr::memrchr(b' ', head).map_or(0, |s| s + 1);
            let host = memchr::memrchr(b' ', &head[..from.saturating_sub(1)]).map_or(0, |s| s + 1);
            &head[host..]
        }
        _ => b"",
    }
}

/// The value of a JSON record's `"code"` field, where it is three digits (`"code":550}`,
/// `"code": "550"`): where its digits start in `bytes`, and the digits.
fn code_field(bytes: &[u8]) -> Option<(usize, [u8; 3])> {
    let key = needle::find!(bytes, b"\"code\":")? + 7;
    let blanks = bytes[key..].len() - lex::trim_start(&bytes[key..]).len();
    let at = key + blanks + usize::from(bytes.get(key + blanks) == Some(&b'"'));
    match bytes.get(at..) {
        Some([a, b, c, rest @ ..])
            if [a, b, c].iter().all(|d| d.is_ascii_digit())
                && !rest.first().is_some_and(u8::is_ascii_digit) =>
        {
            Some((at, [*a, *b, *c]))
        }
        _ => None,
    }
}

/// The code of a field named for one (`code`, `status`, `reply_code`; not `pid`) right
/// before the string that `before` opens, itself named for a reply's words (`"code": 211,
/// "text": "`, `status=211 msg='`).
fn field_code_before(before: &[u8]) -> Option<[u8; 3]> {
    let s = before
        .strip_suffix(b"\"")
        .or_else(|| before.strip_suffix(b"'"))?;
    let (s, text_key) = field_name(s)?;
    if !TEXT_KEYS.iter().any(|k| k.eq_ignore_ascii_case(text_key)) {
        return None;
    }
    let s = lex::trim_end(s);
    let s = s
        .strip_suffix(b",")
        .or_else(|| s.strip_suffix(b";"))
        .unwrap_or(s);
    let s = lex::trim_end(s);
    let s = s.strip_suffix(b"\"").unwrap_or(s);
    let digits = s.len().checked_sub(3)?;
    let code = &s[digits..];
    let (_, code_key) = field_name(&s[..digits])?;
    let ends_with = |tail: &[u8]| {
        code_key.len() >= tail.len()
            && code_key[code_key.len() - tail.len()..].eq_ignore_ascii_case(tail)
    };
    (ends_with(b"code") || ends_with(b"status"))
        .then_some(())
        .filter(|_| code.iter().all(u8::is_ascii_digit) && matches!(code[0], b'1'..=b'6'))
        .map(|_| [code[0], code[1], code[2]])
}

/// The name of the field whose value starts where `s` ends (`..., "text": `, ` msg=`): what
/// precedes the name, and the name.
fn field_name(s: &[u8]) -> Option<(&[u8], &[u8])> {
    let s = lex::trim_end(s);
    let s = s.strip_suffix(b":").or_else(|| s.strip_suffix(b"="))?;
    let s = lex::trim_end(s);
    let s = s.strip_suffix(b"\"").unwrap_or(s);
    let name = s
        .iter()
        .rev()
        .take_while(|b| b.is_ascii_alphanumeric() || **b == b'_')
        .count();
    (name > 0).then(|| {
        let (head, name) = s.split_at(s.len() - name);
        (head.strip_suffix(b"\"").unwrap_or(head), name)
    })
}

/// Whether a decoded string's lines between its first and its last are all a reply's
/// body lines, led by a blank (RFC 959 §4.2's padding, as FEAT's and HELP's are).
fn one_reply_lines(decoded: &[u8]) -> bool {
    let mut lines = decoded
        .split(|b| *b == b'\n')
        .filter(|p| !lex::trim_end(p).is_empty());
    // (The first line is the reply's own; of the rest, all but the last are its body.)
    let Some(_first) = lines.next() else {
        return false;
    };
    let mut rest = lines.peekable();
    let mut any = false;
    while let Some(line) = rest.next() {
        any = true;
        if rest.peek().is_some() && !line.first().is_some_and(|b| lex::is_space(*b)) {
            return false;
        }
    }
    any
}

/// The last line of a decoded string that holds more than blanks.
fn last_piece(decoded: &[u8]) -> Option<&[u8]> {
    decoded
        .split(|b| *b == b'\n')
        .map(|p| p.strip_suffix(b"\r").unwrap_or(p))
        .rfind(|p| !lex::trim_end(p).is_empty())
}

/// The names of a record's field that holds a reply's words.
const TEXT_KEYS: &[&[u8]] = &[
    b"text",
    b"msg",
    b"message",
    b"reply",
    b"response",
    b"resp",
    b"reason",
];

/// What stands before the code of a multi-line reply's first line (`< ` of `< 220-a`,
/// `Server READY; response: "` of `Server READY; response: "220-a`): in a string that
/// holds the reply's lines, it stands for the further lines too. Empty where the line
/// opens no multi-line reply.
fn before_opening_code(line: &[u8]) -> &[u8] {
    let opens = |at: usize| {
        line.get(at..at + 4)
            .is_some_and(|c| c[..3].iter().all(u8::is_ascii_digit) && c[0] != b'0' && c[3] == b'-')
            // (After a blank, a quote or a marker's end: the `521-` of a path,
            // `/tmp/521-e1.bin`, in a line the user typed, opens nothing.)
            && (at == 0 || matches!(line[at - 1], b' ' | b'\t' | b'"' | b'\'' | b'>' | b':' | b']'))
    };
    match (0..line.len().min(64)).find(|&at| opens(at)) {
        Some(at) => &line[..at],
        None => &[],
    }
}

/// Whether a session is another client's than a line's that names an address: its client,
/// or the address its key is (Pure-FTPd's `(?@127.0.0.9)`), is nowhere in the line. A reply
/// of one client's is never another's, however the other waits for one (vsftpd's and
/// Pure-FTPd's lines in one syslog); a packet's line names both ends (tshark's `server →
/// client ... Response: 331`), a JSON record may name its client after the message. An
/// address is found in any case, and an IPv4 one also where the other form maps it
/// (`::ffff:10.0.0.5`).
fn other_client(e: &session::Entry<Dialogue>, line: &[u8]) -> bool {
    let Some(client) = e
        .state
        .client
        .as_deref()
        .or_else(|| e.key.as_deref().and_then(session::key_address))
    else {
        return false;
    };
    let client = client.strip_prefix(b"[").unwrap_or(client);
    let client = client.strip_suffix(b"]").unwrap_or(client);
    let client = match client.get(..7) {
        Some(p) if p.eq_ignore_ascii_case(b"::ffff:") => &client[7..],
        _ => client,
    };
    let client = client.to_ascii_lowercase();
    let line = line[..line.len().min(4096)].to_ascii_lowercase();
    // (Whole: not 127.0.0.1 inside 127.0.0.12.)
    let digit = |at: Option<&u8>| at.is_some_and(u8::is_ascii_digit);
    !memchr::memmem::find_iter(&line, &client).any(|at| {
        let before = at.checked_sub(1).and_then(|b| line.get(b));
        !digit(before) && !digit(line.get(at + client.len()))
    })
}

/// Whether a line comes from the syslog source `source` (never when there is none).
fn same_source(source: &[u8], line: &[u8]) -> bool {
    !source.is_empty() && syslog_source(line) == source
}

/// The message of a syslog-style line: what follows `prog[pid]: `, or the whole line.
fn message(line: &[u8]) -> &[u8] {
    match needle::find!(line, b"]: ") {
        Some(i) if i < 80 => &line[i + 3..],
        _ => line,
    }
}

/// Whether `line` goes on with the reply `p` under its text: the same kind of prefix up to
/// where `p`'s code stood, then blanks where a code would be (as ncftp writes the further
/// lines of a reply). Only after a real prefix (a time stamp, say): a bare indented line
/// after a reply is the listing a transcript shows, unless the reply announced a list
/// (`211 Extensions supported:`) and the line is one of its items ([`listed`]).
fn hanging(p: &Open, line: &[u8]) -> bool {
    ((p.at >= 8 || p.hangs)
        && line.len() > p.at + 4
        && line[p.at..p.at + 4].iter().all(|b| lex::is_space(*b))
        && lex::shape(&line[..p.at]) == p.shape)
        || (p.announces && listed(line))
}

/// Whether `line` is an item of the list a reply announced (` MLST type*;size*;`): one
/// space, then a word (RFC 2389 §3.2 indents each feature by exactly one space).
fn listed(line: &[u8]) -> bool {
    let line = lex::trim_end(line);
    line.len() >= 3 && line.len() <= 80 && line[0] == b' ' && line[1].is_ascii_alphabetic()
}

/// Whether `from_code` (a line from its candidate code on) starts with the name of the
/// file that the session's last command, already answered, named: a name that starts with
/// a code and a blank and that reads as a file's (`RETR 550 report.txt`: a dot within its
/// last token; `RETR 421 Timeout.` may meet vsftpd's own `421 Timeout.`), whole, and then a
/// blank or nothing (`550 report.txt: No such file` is how servers answer for a file,
/// ProFTPD among them), or a colon and words in small letters where the command succeeded:
/// no failure about the file answers it then (Commons Net's example's `retrieve 550
/// report.txt: true, 12 bytes received, reply code 226` after the 226).
/// `last`: the code of the session's last reply (one held for the line after it too).
fn names_last_file(d: &Dialogue, from_code: &[u8], last: Option<ReplyCode>) -> bool {
    let Some(command) = d.command.as_deref().filter(|_| d.answered) else {
        return false;
    };
    let succeeded = last.is_some_and(|c| c.class() == Some(crate::code::Class::PositiveCompletion));
    let name = lex::trim_start(&command[verb(command).len()..]);
    let name = lex::trim_end(name);
    name.len() > 4
        && name[..3].iter().all(u8::is_ascii_digit)
        && matches!(name[3], b' ' | b'-')
        && lex::last_token(name)
            .windows(2)
            .any(|w| w[0] == b'.' && w[1].is_ascii_alphanumeric())
        && from_code.starts_with(name)
        && match from_code.get(name.len()) {
            None | Some(b' ' | b'\t' | b'\r') => true,
            // (Not a server's words for the file, which start with a capital: `550
            // report.txt: No such file` to a later command the log does not show.)
            Some(b':') => {
                succeeded
                    && !lex::trim_start(&from_code[name.len() + 1..])
                        .first()
                        .is_some_and(u8::is_ascii_uppercase)
            }
            Some(_) => false,
        }
}

/// Remembers a command, its secret arguments hidden.
fn set_command(d: &mut Dialogue, c: &[u8]) {
    let shown = shown(c);
    d.command_seq = sequences::lookup_bytes(verb(&shown));
    d.command = Some(shown);
}

/// A known client's own words where a reply seemed to stand: its error that names a code
/// and no words of a reply (`curl: (25) Failed FTP upload: 553`), or a reply it makes up
/// (see [`clients::made_up_reply`]).
fn client_words(found: &detect::Found, body: &[u8]) -> Option<&'static clients::ClientError> {
    if found.closed_inline.is_some() || body.len() > reader::LONGEST_CLIENT_LINE {
        return None;
    }
    if !lex::trim_end(found.text).is_empty() {
        return clients::made_up_reply(body, found.at, found.code);
    }
    // A reply whose words were cut off with the line (`ftplib.error_perm: 530...`, pytest's
    // summary at the terminal's width) had words: it is the reply quoted.
    if !lex::ends_code(body.get(found.at + 3)) {
        return None;
    }
    // (A library's message without its frame names the code after a colon, `Failed FTP
    // upload: 553`: only there is the whole matcher asked, not of every code alone in an
    // access log's field.)
    let matcher = clients::Matcher::get()?;
    let error = match body.get(..found.at) {
        Some(before) if before.ends_with(b": ") => matcher.find_code_error(body),
        _ => matcher.find_in_log(body),
    };
    error.filter(|e| e.client.get().role == clients::Role::Client)
}

/// Whether a reply's text is its code's standard words (the title RFC 959 gives it), as
/// clients that name the code in their own words write it, not the server's.
fn in_standard_words(code: ReplyCode, text: &[u8]) -> bool {
    let Some(title) = crate::knowledge::codes::lookup(code).map(|e| e.title.as_bytes()) else {
        return false;
    };
    !title.is_empty()
        && text
            .windows(title.len())
            .any(|w| w.eq_ignore_ascii_case(title))
}

/// Whether two user names name one account: the same, or the two names of anonymous
/// FTP (vsftpd.conf(5), anonymous_enable: "both the usernames ftp and anonymous are
/// recognised as anonymous logins"; vsftpd logs `anonymous` before the login, `ftp` after).
fn same_user(a: &[u8], b: &[u8]) -> bool {
    let anonymous =
        |u: &[u8]| u.eq_ignore_ascii_case(b"anonymous") || u.eq_ignore_ascii_case(b"ftp");
    a == b || anonymous(a) && anonymous(b)
}

fn push_text(text: &mut Vec<u8>, more: &[u8]) {
    let room = MAX_TEXT.saturating_sub(text.len());
    text.extend_from_slice(&more[..more.len().min(room)]);
}

fn first_line(text: &[u8]) -> &[u8] {
    lex::trim_end(text.split(|b| *b == b'\n').next().unwrap_or_default())
}

/// FNV-1a of a reply text's first 128 bytes: a key for texts seen before, with the code
/// beside it. A collision can only merge two "seen before" notes, never change what a
/// reply is explained as (explanations are not cached by it).
fn hash(text: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    // (Backslashes left out: a rendering that escapes the text's quotes, `\"/pub\" is
    // the current directory.`, says the same words.)
    for &b in text[..text.len().min(128)].iter().filter(|b| **b != b'\\') {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h
}

/// The key a reply's text is known by: the hash of its first line (public for the
/// `detect` fuzz target, which builds a [`detect::Context`]).
pub fn text_key(text: &[u8]) -> u64 {
    hash(first_line(text))
}

fn hash_pair(code: ReplyCode, text: u64) -> u64 {
    text ^ u64::from(code.get()).wrapping_mul(0x9e37_79b9_7f4a_7c15)
}

fn current_year() -> u16 {
    input::year_of(std::time::SystemTime::now()).unwrap_or(1970)
}

#[cfg(test)]
mod tests {
    use super::same_user;

    #[test]
    fn anonymous_and_ftp_are_one_account() {
        assert!(same_user(b"anonymous", b"ftp"));
        assert!(same_user(b"FTP", b"anonymous"));
        assert!(same_user(b"alice", b"alice"));
        assert!(!same_user(b"alice", b"ftp"));
    }
}
