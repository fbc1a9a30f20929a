//! Finding replies in a log line by what they are, not by which program wrote the line.
//!
//! Every three-digit number that may be a reply code is a candidate. It is weighed by
//! evidence, the way a reader would: what stands before it (`<---`, `Response:`, a quote,
//! an error message, or prose such as `failed with`), what follows it (words replies are
//! made of, or a unit that makes it a count, or a file name), whether the table knows the
//! code, and what the session around it says (a command just sent that draws this code, a
//! greeting due, a multi-line reply open). A log writes its replies in a few shapes; a shape
//! that has carried clear replies is trusted for the rest of the input, so a bare `200` or a
//! reply in an unknown language is still found there. Commands are found the same way: a
//! verb the protocol defines, or any upper-case word where that shape has carried commands.

use rustc_hash::FxHashMap;

use crate::code::{ReplyCode, Sep};
use crate::knowledge::{codes, sequences};

use super::lex::{self, Token, TokenKind};
use super::needle;
use super::words;

// One file a part of the evidence; each reads the others through this module.
mod candidate;
mod fields;
mod lead;
mod listed;
mod pages;
mod source;
#[cfg(test)]
mod tests;
mod text;
mod verbs;

use candidate::*;
use fields::*;
use lead::*;
use pages::*;
use text::*;
use verbs::*;

pub use fields::source_location;
pub(crate) use lead::gutter_drawing;
pub use lead::time_like;
pub use verbs::{ANSWER_WORDS, is_verb, likely_command, option_verb};

/// How the line relates to the reply the server sent.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Form {
    /// The reply line itself, as received or sent.
    Plain,
    /// A client's or library's error message quoting the reply (`get: Access failed: 550
    /// ...`): counted, but kept out of the diagnoses, which see the reply itself.
    Quote,
}

/// A reply (or one line of a multi-line reply) found in a line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Found<'a> {
    pub code: ReplyCode,
    pub sep: Sep,
    /// Where the code starts in the line.
    pub at: usize,
    /// The text of this line after the code and its separator.
    pub text: &'a [u8],
    pub form: Form,
    /// The command, where the same line logs it (an access log: `"RETR f" 550`).
    pub command: Option<&'a [u8]>,
    /// A whole multi-line reply written on one line (`"211-...\r\n ...\r\n211 End\r\n"`):
    /// the text of its last line.
    pub closed_inline: Option<&'a [u8]>,
    /// The shape of what stands before the code.
    pub shape: u64,
    /// The reply's further lines may come indented under it without a code (after
    /// `220: text`, as ncftp writes replies).
    pub hangs: bool,
}

/// What one line holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Kind<'a> {
    Reply(Found<'a>),
    /// A command the client sent, as logged (`RETR 502.txt`), and where it starts.
    Command(&'a [u8], usize),
    /// What a user typed at a client's prompt, at the offset given, and the command it
    /// sends (`ftp> cd pub` sends CWD); empty where it sends several the log does not
    /// show (`ftp> get x`).
    Typed(&'static [u8], usize),
    Other,
}

/// What the session around a line tells about it.
#[derive(Debug, Clone, Copy, Default)]
pub struct Context {
    /// A multi-line reply is open: its code and the shape of its first line.
    pub open: Option<(ReplyCode, u64)>,
    /// The label right before the open reply's code ([`lex::label`]; 0: none).
    pub open_label: u64,
    /// Where the open reply's code stands in its first line.
    pub open_at: usize,
    /// The quote that opened a string right before the open reply's code (`msgtext="`).
    pub open_quote: Option<u8>,
    /// The last command sent and not answered yet.
    pub pending: Option<&'static sequences::Sequence>,
    /// The last command sent, answered or not (an open reply's, while one is open).
    pub command: Option<&'static sequences::Sequence>,
    /// Nothing has been said on the session yet: a greeting is due.
    pub greeting: bool,
    /// A transfer announced with 1yz has not ended: listing lines may be passing through.
    pub transfer: bool,
    /// The code of the session's last reply (not a quote of one).
    pub last: Option<ReplyCode>,
    /// A hash of that reply's first line of text ([`crate::scan::text_key`]; 0: unknown).
    pub last_text: u64,
}

/// What stands right before a candidate code.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Lead {
    /// Nothing, or what pastes put before a line (`> `, `$ `, `  12  `, a bullet).
    Start,
    /// `<---`, `<`, `-->`, `<==`, `>>`.
    Arrow,
    /// `Response:`, `RECV`, `Antwort:`.
    Direction,
    /// A weak word of direction (`to`, `from`, `in`).
    WeakDirection,
    /// `Access failed:`, `ftplib.error_perm:`, `FtpException:`.
    Error,
    /// `failed with`, `reply code`: a code mentioned, not quoted.
    Prose,
    /// `reply=`, `"response":"`, `code=`.
    Key,
    /// A key that names something else (`port=`, `"size":`).
    OtherKey,
    /// `[FTP Session 3 10.0.0.1]`, `(000012)`.
    Bracket,
    /// The start of a quoted string: `'`, `"`, `b'`.
    Quote,
    /// `(530)`: a code in parentheses, as .NET writes it.
    Paren,
    /// A number or a measure before it: a field of numbers, a count.
    Number,
    /// `Label:` with a word no list knows.
    Label,
    /// A word no list knows.
    Word,
    /// Glued to a letter, digit or dot: `x550`, `.220` (a packet dump's header bytes).
    Glued,
    /// A field of an access log, after the command's field.
    Access,
    /// A command's name as a label: `SIZE: 213 421`.
    Verb,
}

/// Per shape, what its candidates turned out to be.
#[derive(Debug, Default, Clone, Copy)]
struct Stats {
    replies: u32,
    others: u32,
    commands: u32,
    /// Lines of the shape that start with a number no reply has: a column of numbers.
    non_codes: u32,
}

/// At most this many shapes are remembered; then the memory starts again (a hostile
/// input cannot grow it).
const MAX_SHAPES: usize = 4096;
/// The evidence a candidate needs.
const ACCEPT: i32 = 4;

/// What detection has learned about one input.
#[derive(Debug, Default)]
pub struct Detector {
    /// By shape (already a hash: a fast hasher does).
    shapes: FxHashMap<u64, Stats>,
    /// The keys of `key=` fields that have held replies in this input (`line=227 ...`),
    /// as hashes: the same key holding a verb holds a command (`line=PASV`).
    reply_keys: [u64; 4],
    /// Columns where this input writes a number glued after a name and a colon, of other
    /// than three digits (`4043 D logline:1093 ...`, a function and its line number), by
    /// [`lex::column`], with how many lines did: three digits there are a line number too
    /// (`4046 D debug:125 [debug] ...`).
    number_columns: [(u64, u32); 4],
    /// A traceback's listing of a program's source lines, each after its number (IPython):
    /// the line number its file location names (`File ~/ftplib.py:436, in
    /// FTP.retrbinary(...)`) or the number of its last line (`--> 359 resp = ...`), and the
    /// input's line that was on ([`Detector::at_line`]).
    source_listing: Option<(Listing, u64)>,
    /// A Python traceback's frame (`  File "a.py", line 46, in <lambda>`): how far it was
    /// indented, and the input's line it was on. The line under it, indented further, is
    /// that frame's source line, its strings a program's text.
    frame: Option<(usize, u64)>,
    /// The input's lines being classified, first and last ([`Detector::at_line`]).
    line: (u64, u64),
    /// The words after the file's name that starts the line before, where it held no
    /// reply, and the input's line it was: a program's note of one file after another
    /// (`size-421.bin retrieved`), whose next file's name may start with a code.
    noted: Option<(u64, u64)>,
    /// The last reply that opened had a label that names a command before its code
    /// (`ftp cmd: 211-Features:`): such a label does not mark a command while it is open.
    opened_labelled: bool,
    /// The last reply found stood bare, its code first on its line (blanks aside), as a
    /// raw connection shows replies: a line typed by hand may then be a command in lower
    /// case (`user ist362`), where another log's lines would be its own words (lynx's
    /// `pass LYFillLocalFile:...`).
    bare_replies: bool,
    /// Pairs of shapes: a multi-line reply opened in the first went on in the second
    /// (`NNN-` lines): its closing line may come in either (tcpflow's first line after the
    /// connection's name, the others without it, all after a collector's prefix).
    continued_in: [(u64, u64); 4],
    /// Lines in an open reply's shape that started with another code and were taken for
    /// its body (`230-Login ok.`, `331 files, 550 MB used`, `150 days left`): a server
    /// whose words start with numbers, in whose reply a line of another code is one more
    /// of them, not a sign that the closing line went missing. (Back to 0 at each reply.)
    numbered_body: u8,
    /// The run of offsets that start the lines before, if any.
    offsets: OffsetRun,
    /// The line before opened a connection to a server (`Connected to host.`, `$ nc host
    /// 21`): a greeting may come next.
    connecting: bool,
    /// The last greeting read was an FTP server's: a mail command now is a client's try
    /// at the FTP server (`HELO <script>` typed in telnet, answered `500 ... not
    /// understood`), no mail dialogue.
    ftp_greeted: bool,
    /// A mail client's command came inside an FTP session (`ehlo host`): a mail dialogue
    /// if the next reply is a mail server's (`250-localhost`, `530 5.7.0 ...`), a command
    /// typed at the FTP server if not (its `500 Unknown command`).
    mail_probe: bool,
    /// In a POP3 dialogue: the last command's answer goes on over lines until `.` (RETR,
    /// TOP, CAPA, LIST and UIDL without argument, RFC 1939 §3), and the command sent was
    /// one of them.
    post_data: bool,
    post_multiline: bool,
    /// Another protocol's dialogue is under way (`-> EHLO`, `MAIL FROM:`, a greeting that
    /// says SMTP or NNTP, `GROUP`, `NICK`): its replies are its own, until the reply that
    /// ends it or a command only FTP has.
    foreign: Option<Foreign>,
    /// The shape of the other protocol's replies, from the first one (a text of its own
    /// that holds a number, a mail's body, is no reply of the dialogue).
    foreign_shape: Option<u64>,
    /// Lines of source code this input has shown (counted up to [`source::GATE`]): past
    /// the gate, the strings a program holds are its own, not replies.
    source_lines: u32,
    /// Lines since the last that showed source code: a program's text goes on showing
    /// it; a log that quoted a few lines of code (a traceback's) goes back to being a log.
    since_code: u32,
    /// Inside a Markdown block fenced as a program's (```` ```python ````): its lines are
    /// code from the first, whatever they show.
    fenced_code: bool,
    /// Entries of a table of messages ([`source::table_entry`]) this input has shown
    /// before any command: a program's catalogue of replies, not a dialogue.
    table_entries: u32,
    /// A command was found in this input: it is a dialogue.
    dialogue: bool,
    /// The text of the last command found ([`crate::scan::text_key`]; 0: none yet).
    last_command: u64,
    /// Before any command, the input talked about reply codes (`three-digit reply code`,
    /// `a 2xx response`): a page or a manual, whose codes stand in tables and prose.
    about_codes: bool,
    /// The rows of codes in ascending order just read (a table of codes).
    table: TableRun,
    /// The code the line just read explained, as a catalogue of messages does under each
    /// (`502 CAUSE: The server received an unrecognized command.`).
    catalogue: Option<ReplyCode>,
    /// File names this input's listings showed that start like replies.
    listed: listed::Listed,
}

/// Lines that start with a code, each code above the one before: the rows of a table that
/// lists the codes (`110 重新启动标记应答。`, `120 ...`, `125 ...`), which no dialogue writes:
/// a session's replies go down as often as up (220, 331, 230, 257, 200, 227, 150, 226).
#[derive(Debug, Default, Clone, Copy)]
struct TableRun {
    last: u16,
    rows: u8,
    /// Lines without such a code since the last row (a table's headings between groups).
    gap: u8,
}

/// A column of numbers that start the lines, each with a colon after it, right-aligned and
/// growing from one line to the next: a disassembler's byte offsets (`  120: X  BINUNICODE
/// 'levelno'`, Python's `pickletools`). A number there that reads as a code is the next
/// offset, no reply. (Replies start their lines at one column, and their codes go down as
/// often as up: a run of widths that differ, each number bigger, is no dialogue's. A
/// column of sizes or times, `120 ms`, has no colon: a reply right under it stays one.)
#[derive(Debug, Default, Clone, Copy)]
struct OffsetRun {
    /// The input's line of the last number, the column its digits end at, and the number.
    line: u64,
    end: usize,
    last: u64,
    /// Lines in the run, and whether its numbers' widths differed (right-aligned).
    rows: u8,
    aligned: bool,
}

/// Lines of a run of offsets after which its numbers are taken for offsets.
const OFFSET_ROWS: u8 = 4;

impl OffsetRun {
    /// Reads the number that starts `line` (after blanks, before a colon), on the input's
    /// line `n`; whether it continues a run of offsets long enough to be one.
    fn read(&mut self, line: &[u8], n: u64) -> bool {
        let indent = line.iter().take_while(|b| **b == b' ').count();
        let digits = line[indent..]
            .iter()
            .take_while(|b| b.is_ascii_digit())
            .count();
        if digits == 0 || digits > 12 || line.get(indent + digits) != Some(&b':') {
            self.rows = 0;
            return false;
        }
        let value = line[indent..indent + digits]
            .iter()
            .fold(0u64, |v, d| v * 10 + u64::from(d - b'0'));
        let end = indent + digits;
        if self.rows > 0 && self.line + 1 == n && self.end == end && value > self.last {
            self.rows = self.rows.saturating_add(1);
            self.aligned |= indent != self.end - digits_of(self.last);
        } else {
            self.rows = 1;
            self.aligned = false;
        }
        (self.line, self.end, self.last) = (n, end, value);
        self.aligned && self.rows >= OFFSET_ROWS
    }
}

/// How many digits a number has in decimal.
fn digits_of(n: u64) -> usize {
    n.checked_ilog10().map_or(1, |l| l as usize + 1)
}

/// Rows in ascending order after which a table of codes is taken for one.
const TABLE_ROWS: u8 = 5;
/// Lines of headings a table's run of rows may skip.
const TABLE_GAP: u8 = 1;

/// A candidate, weighed before its session is asked.
#[derive(Debug, Clone)]
struct Candidate<'a> {
    found: Found<'a>,
    lead: Lead,
    score: i32,
}

impl Detector {
    pub fn new() -> Self {
        Detector::default()
    }

    /// Notes that a connection was just opened: its greeting comes next (a probe's
    /// response in an Nmap fingerprint).
    pub fn connected(&mut self) {
        self.connecting = true;
    }

    /// Forgets what was learned (a new input).
    pub fn reset(&mut self) {
        self.shapes.clear();
        self.reply_keys = [0; 4];
        self.number_columns = [(0, 0); 4];
        self.source_listing = None;
        self.frame = None;
        self.opened_labelled = false;
        self.continued_in = [(0, 0); 4];
        self.numbered_body = 0;
        self.offsets = OffsetRun::default();
        self.ftp_greeted = false;
        self.mail_probe = false;
        self.post_data = false;
        self.post_multiline = false;
        self.foreign = None;
        self.listed.clear();

        self.foreign_shape = None;
        self.source_lines = 0;
        self.since_code = 0;
        self.fenced_code = false;
        self.table_entries = 0;
        self.dialogue = false;
        self.last_command = 0;
        self.about_codes = false;
        self.table = TableRun::default();
    }

    /// The code the line just read explained, as a catalogue of messages does under its
    /// entry (`MESSAGE: 502 Command not implemented.`, then `502 CAUSE: ...`).
    pub fn catalogue_entry(&self) -> Option<ReplyCode> {
        self.catalogue
    }

    /// Notes that the input holds a command which another reader than the detector found:
    /// it is a dialogue, whose replies may go up as a table's rows do.
    pub fn dialogue_seen(&mut self) {
        self.dialogue = true;
    }

    /// Notes which of the input's lines come next (first and last, for one read over
    /// several): what only the line right before says is forgotten past it.
    pub fn at_line(&mut self, first: u64, last: u64) {
        self.line = (first, last);
    }

    /// Notes a line's code at its start (or none): whether it continues a table of codes.
    fn table_row(&mut self, code: Option<ReplyCode>, blank: bool) -> bool {
        let t = &mut self.table;
        let Some(code) = code.map(ReplyCode::get) else {
            // (A blank line is a page's layout, no heading.)
            if !blank {
                t.gap = t.gap.saturating_add(1);
            }
            return false;
        };
        t.rows = if code > t.last && t.gap <= TABLE_GAP {
            t.rows.saturating_add(1)
        } else {
            1
        };
        t.last = code;
        t.gap = 0;
        !self.dialogue && t.rows >= TABLE_ROWS
    }

    /// Notes where a line without a candidate code writes a number glued after a name and
    /// a colon (`logline:1093 `).
    fn learn_number_column(&mut self, line: &[u8]) {
        let head = &line[..line.len().min(96)];
        for colon in memchr::memchr_iter(b':', head) {
            if colon == 0 || !lex::is_letter(head[colon - 1]) {
                continue;
            }
            let digits = line[colon + 1..]
                .iter()
                .take_while(|b| b.is_ascii_digit())
                .count();
            if digits == 0
                || digits == 3
                || digits > 6
                || line.get(colon + 1 + digits) != Some(&b' ')
            {
                continue;
            }
            let key = lex::column(&line[..=colon]);
            match self.number_columns.iter_mut().find(|(k, _)| *k == key) {
                Some((_, n)) => *n = n.saturating_add(1),
                None => {
                    self.number_columns.rotate_right(1);
                    self.number_columns[0] = (key, 1);
                }
            }
            return;
        }
    }

    /// Counts a line that starts, after its prefix's blanks, with a number of three digits
    /// or more that no reply has (`644 notes.txt`, `4096 ./pub`, `0421`): its shape holds a
    /// column of numbers (modes, sizes, counts), where a number that reads as a code is
    /// one of them too.
    fn count_non_code(&mut self, line: &[u8]) {
        let t = line.trim_ascii_start();
        let n = t.iter().take_while(|b| b.is_ascii_digit()).count();
        if n < 3 || t.get(n) != Some(&b' ') {
            return;
        }
        let code = n == 3 && matches!(t[..2], [b'1'..=b'5', b'0'..=b'5']);
        // (Nor a group of bits, tshark's `0100 .... = Version: 4`: a field's diagram.)
        let bits = t[..n].iter().all(|b| matches!(b, b'0' | b'1'));
        if !code && !bits {
            let shape = lex::shape(&line[..line.len() - t.len()]);
            self.stats(shape).non_codes += 1;
        }
    }

    /// Whether a candidate glued after a name and a colon stands in a column of numbers.
    fn in_number_column(&self, line: &[u8], at: usize) -> bool {
        at >= 2
            && line[at - 1] == b':'
            && lex::is_letter(line[at - 2])
            && self.number_columns[0].1 > 0
            && {
                let key = lex::column(&line[..at]);
                self.number_columns.iter().any(|&(k, n)| k == key && n >= 2)
            }
    }

    /// Remembers the key of the `key=` field a reply was found in.
    fn learn_key(&mut self, line: &[u8], at: usize) {
        let eq = match line[..at] {
            [.., b'=', b'"' | b'\''] => at - 2,
            [.., b'='] => at - 1,
            _ => return,
        };
        if let Some(key) = key_at(line, eq) {
            let h = key_hash(key);
            if !self.reply_keys.contains(&h) {
                self.reply_keys.rotate_right(1);
                self.reply_keys[0] = h;
            }
        }
    }

    /// A verb that is the whole value of a field whose key has held replies in this
    /// input, however far into the line (ftpserverlib's console: `... clientId=7
    /// line=227 Entering Passive Mode (...)`, then `... clientId=7 line=PASV`): the
    /// command, bounded by the field.
    fn keyed_command<'a>(&self, line: &'a [u8]) -> Option<(&'a [u8], usize)> {
        if self.reply_keys[0] == 0 {
            return None;
        }
        memchr::memchr_iter(b'=', line).find_map(|eq| {
            let key = key_at(line, eq)?;
            if !self.reply_keys.contains(&key_hash(key)) {
                return None;
            }
            let quote = line.get(eq + 1).filter(|b| matches!(b, b'"' | b'\''));
            let at = eq + 1 + usize::from(quote.is_some());
            let end = at + line[at..].iter().take_while(|b| lex::is_upper(**b)).count();
            let stands = matches!(
                line.get(end),
                None | Some(b' ' | b'"' | b'\'' | b'\r' | b'\t')
            );
            // Any word in capitals there: the field has held replies, and holds what the
            // client sent, known verb or not (`line=XYZZY`).
            if !(stands && (3..=5).contains(&(end - at))) {
                return None;
            }
            // The field's value: to its closing quote, or to the next blank.
            let value_end = match quote {
                Some(b'"') => at + lex::string_end(&line[at..]),
                Some(q) => memchr::memchr(*q, &line[at..]).map_or(line.len(), |i| at + i),
                None => end,
            };
            Some((&line[at..value_end], at))
        })
    }

    fn stats(&mut self, shape: u64) -> &mut Stats {
        if self.shapes.len() >= MAX_SHAPES && !self.shapes.contains_key(&shape) {
            self.shapes.clear();
        }
        self.shapes.entry(shape).or_default()
    }

    /// Classifies a line (without its newline) from its tokens (`at` relative to the line).
    /// `context` is asked, with the text before the first candidate, only when the line's
    /// own evidence does not decide.
    pub fn classify<'a>(
        &mut self,
        line: &'a [u8],
        tokens: &[Token],
        context: &mut dyn FnMut(&[u8]) -> Context,
    ) -> Kind<'a> {
        self.classify_weighed(line, tokens, Weighed::weigh(line, tokens), context)
    }

    /// [`Detector::classify`], the line's own evidence already weighed (by the reader
    /// thread: [`Weighed::weigh`] is the part of the work that needs nothing but the line).
    pub fn classify_weighed<'a>(
        &mut self,
        line: &'a [u8],
        tokens: &[Token],
        weighed: Weighed,
        context: &mut dyn FnMut(&[u8]) -> Context,
    ) -> Kind<'a> {
        let mut candidate = weighed.candidate(line);
        if weighed.listing() {
            self.listed.remember(line);
        } else if let Some(c) = &candidate
            && let Some(whole) = self.listed.names_at(line, c.found.at)
            // (Not in a shape that has held replies, nor as an error's quote: `550
            // report.txt: No such file or directory` of a server's or a client's there is
            // about a file of that name. The name alone says nothing about it.)
            && (whole || self.shapes.get(&c.found.shape).is_none_or(|s| s.replies == 0))
            && c.lead != Lead::Error
            && c.found.form != Form::Quote
            // (Unless a command waits that draws this code: a reply about another file
            // of the same name, `550 report.txt: No such file` to `RETR report.txt`. Not
            // for a name alone that starts with 421, which any command may draw: after
            // `<arg>TYPE A</arg>`, a test report's copy of a command answered already,
            // `<msg>421-notes.txt</msg>` is a name.)
            && (whole && c.found.code.get() == 421
                || context(&line[..c.found.at])
                    .pending
                    .is_none_or(|s| !s.listed(c.found.code).is_expected()))
        {
            // A file the log listed, named by a client (`INFO : 550 report.txt: Copied`).
            candidate = None;
        }
        let kind = self.weigh(line, tokens, candidate, context);
        if let Kind::Reply(found) = &kind {
            if found.sep == Sep::More {
                self.opened_labelled = labels_command(&line[..found.at]);
            }
            self.bare_replies = lex::trim_start(&line[..found.at]).is_empty();
        }
        if cfg!(debug_assertions) && std::env::var_os("FTPCODE_DEBUG_DETECT").is_some() {
            eprintln!(
                "{:?} <- {}",
                kind_name(&kind),
                String::from_utf8_lossy(line)
            );
        }
        kind
    }

    fn weigh<'a>(
        &mut self,
        line: &'a [u8],
        tokens: &[Token],
        best: Option<Candidate<'a>>,
        context: &mut dyn FnMut(&[u8]) -> Context,
    ) -> Kind<'a> {
        let best = best.filter(|c| !self.in_number_column(line, c.found.at));
        // (The line's first number, where it continues a column of offsets.)
        let offset = self.offsets.read(line, self.line.0);
        let best = best
            .filter(|c| !offset || c.found.at != line.iter().take_while(|b| **b == b' ').count());
        // After a traceback's file location, a line indented and numbered near the line
        // it names, then each numbered one after the line before: a listing of source
        // lines, its numbers no codes.
        let listing = self
            .source_listing
            .take()
            .filter(|&(_, on)| on + 1 == self.line.0)
            .and_then(|(listing, _)| {
                let (n, at) = listing_number(line)?;
                // (Indented as IPython pads its numbers, or marked as the current line:
                // not a reply two blanks in, under a Python traceback's own location.)
                let listed = (at >= 4 || line[..at].contains(&b'>'))
                    && match listing {
                        Listing::Location(l) => n + 40 >= l && n <= l + 10,
                        Listing::Line(l) => n == l + 1,
                    };
                listed.then_some((n, at))
            });
        let best = best.filter(|c| listing.is_none_or(|(_, at)| at != c.found.at));
        // `  File "dlt_ftp.py", line 46, in <lambda>` and under it, indented further, the
        // frame's source line (`    .run([{"id": 1, "code": "550 not a reply"}])`).
        let indent = line.iter().take_while(|b| **b == b' ').count();
        // (Not a line that starts with the code, nor a local's `name = value`, which
        // Python's `capture_locals` prints right under a frame whose source it lacks.)
        let frame_source = self
            .frame
            .take()
            .is_some_and(|(at, on)| on + 1 == self.line.0 && indent > at)
            && !local_assignment(&line[indent..]);
        // (Its strings only: a line of another program's output that follows a frame,
        // `    Rx: 215 UNIX Type: L8`, stays a reply.)
        let best = best.filter(|c| {
            !frame_source
                || c.found.at == indent
                || !matches!(line[..c.found.at].last(), Some(b'"' | b'\''))
        });
        if line[indent..].starts_with(b"File \"") && file_location(line).is_some() {
            self.frame = Some((indent, self.line.1));
        }
        // `550 report.txt retrieved` under `size-421.bin retrieved`: the same note of
        // another file, whose name starts with a code.
        let noted = self
            .noted
            .take()
            .filter(|&(_, on)| on + 1 == self.line.0)
            .map(|(words, _)| words);
        let best = best.filter(|c| {
            noted.is_none_or(|words| {
                !(lex::trim_start(&line[..c.found.at]).is_empty()
                    && named_file(c.found.text)
                        .is_some_and(|rest| crate::scan::text_key(rest) == words))
            })
        });
        if best.is_none()
            && let Some(rest) = named_file(lex::trim_start(line)).filter(|r| r.len() <= 64)
        {
            self.noted = Some((crate::scan::text_key(rest), self.line.1));
        }
        self.source_listing = match (listing, file_location(line)) {
            (_, Some(l)) => Some((Listing::Location(l), self.line.1)),
            (Some((n, _)), None) => Some((Listing::Line(n), self.line.1)),
            (None, None) => None,
        };
        self.count_non_code(line);
        // (Blank lines between keep it: a paste's spacing.)
        let connecting = self.connecting;
        if !lex::trim_end(line).is_empty() {
            self.connecting = best.is_none() && opens_connection(line);
            // (A new connection ends any answer a POP3 server was giving on another.)
            self.post_data &= !self.connecting;
        }
        match source::fence(line) {
            Some(source::Fence::Code) => self.fenced_code = true,
            Some(source::Fence::Close | source::Fence::Other) => {
                if self.fenced_code {
                    self.source_lines = 0;
                }
                self.fenced_code = false;
            }
            None if self.fenced_code && source::repl_line(line) => {
                self.fenced_code = false;
                self.source_lines = 0;
            }
            None => {}
        }
        if self.fenced_code || source::code_line(line) {
            self.source_lines = (self.source_lines + 1).min(source::GATE);
            self.since_code = 0;
        } else if self.source_lines > 0 {
            self.since_code += 1;
            if self.since_code > source::LAPSE {
                self.source_lines = 0;
            }
        }
        // `c:send("221 Goodbye\n")` in a program's text: what it will send, no reply sent.
        let best = best.filter(|c| {
            let program = self.source_lines >= source::GATE && source::literal(line, c.found.at)
                || source::template(line, c.found.at);
            // (A program's string, its table's item, is a line of its text.)
            if program {
                self.since_code = 0;
            }
            !program
        });
        // `(EN . "530 Login incorrect.")` a line after another, and no command: a table of
        // messages, whatever the language it is written in.
        let best = best.filter(|c| {
            self.dialogue
                || !source::table_entry(line, c.found.at)
                || source::directed_string(line, c.found.at)
                || {
                    self.table_entries += 1;
                    self.table_entries < source::GATE
                }
        });
        // `svdrpsend MESG 550 No such file`: the argument of another protocol's command,
        // no reply.
        let best = best.filter(|c| {
            let verb_end = lex::trim_end(&line[..c.found.at]).len();
            verb_end == c.found.at
                || foreign_command(lex::last_token(&line[..verb_end]), &line[verb_end..]).is_none()
        });
        // A mail server's greeting starts a mail dialogue, whose replies look like FTP's
        // (`250 OK`, `354 End data with <CR><LF>.<CR><LF>`, `221 Bye`) but are SMTP's; so
        // do a mail server's words where a line starts with them (`250-8BITMIME`, `550
        // 5.1.1 ...`: a mail dialogue shown without its commands), and a news server's
        // greeting.
        if let Some(c) = &best {
            let n = c.found.code.get();
            let dialogue_line = matches!(c.lead, Lead::Start | Lead::Arrow | Lead::Direction);
            // (An FTP server's greeting ends the other dialogue: `220 pyftpdlib ready`.)
            // (After a 221 the session is over: what comes next may be any dialogue.)
            if n == 221 {
                self.ftp_greeted = false;
            }
            if n == 220 && lex::words(c.found.text, 8).any(names_ftp) {
                self.foreign = None;

                self.foreign_shape = None;
                self.ftp_greeted = true;
            } else if n == 220 && smtp_words(220, c.found.text)
                || (dialogue_line || self.mail_probe)
                    && (smtp_words(n, c.found.text)
                        || smtp_status(n, lex::first_token(c.found.text)))
            {
                self.foreign = Some(Foreign::Mail);
                self.ftp_greeted = false;
            } else if matches!(n, 200 | 201)
                && (lex::words(c.found.text, 8).any(|w| {
                    // (INN's greeting names it: `200 news.example InterNetNews NNRP server
                    // INN 2.7.1 ready (posting ok)`.)
                    [&b"NNTP"[..], b"NNRP", b"InterNetNews", b"Leafnode"]
                        .iter()
                        .any(|n| w.eq_ignore_ascii_case(n))
                }) || needle::find!(&line[..c.found.at], b"NNTP").is_some())
            {
                self.foreign = Some(Foreign::News);
                self.ftp_greeted = false;
            } else if n == 220 && dictionary_banner(c.found.text) {
                self.foreign = Some(Foreign::Dictionary);
                self.ftp_greeted = false;
            } else if n == 220
                && needle::find!(c.found.text, b" SVDRP VideoDiskRecorder ").is_some()
            {
                // VDR's greeting (svdrp.c: `%s SVDRP VideoDiskRecorder %s; %s; %s`).
                self.foreign = Some(Foreign::Recorder);
                self.ftp_greeted = false;
            } else if n == 250 && c.found.text.starts_with(b"PROTOCOLINFO ") {
                // Tor's answer to a controller's first question (control-spec §3.21),
                // where the log shows no command: `250-PROTOCOLINFO 1`.
                self.foreign = Some(Foreign::Control);
                self.ftp_greeted = false;
            }
        }
        // (A mail server's answer to EHLO names itself first, `250-localhost`, its
        // extensions after: the probe lasts while its lines go on.)
        if best
            .as_ref()
            .is_some_and(|c| !(c.found.code.get() == 250 && c.found.sep == Sep::More))
        {
            self.mail_probe = false;
        }
        // A line of the other protocol's reply (`214-    STAT  QUIT`, its list of commands)
        // sends no command.
        let mut foreign_reply = false;
        // POP3 sends no coded line: a reply with words where a reply stands (`< 220
        // Welcome`, `230 Login successful.` of another process's lines in a syslog) ends
        // its dialogue; its data is numbers (`1 226`).
        // (Not inside an answer's lines, a message's text: `550 User unknown` of a bounce
        // that RETR fetched.)
        if self.foreign == Some(Foreign::Post)
            && !self.post_data
            && best.as_ref().is_some_and(|c| {
                !matches!(
                    c.lead,
                    Lead::Number | Lead::Word | Lead::Prose | Lead::Glued | Lead::OtherKey
                ) && c.found.text.first().is_some_and(|b| lex::is_letter(*b))
            })
        {
            self.foreign = None;
            self.foreign_shape = None;
        }
        let best = match (best, self.foreign) {
            (Some(c), Some(foreign)) => {
                let shape = *self.foreign_shape.get_or_insert(c.found.shape);
                // (`221 files mirrored, 0 failed.` in a mail's body ends no dialogue whose
                // replies read `<< b'250 OK'`.)
                if foreign.last_reply() == Some(c.found.code.get()) && c.found.shape == shape {
                    self.foreign = None;
                    self.foreign_shape = None;
                }
                foreign_reply = matches!(c.lead, Lead::Start | Lead::Arrow | Lead::Direction);
                // (The shape carries replies, if another protocol's: an FTP greeting after
                // that dialogue, in the same bare lines, is not taken for a line of a shape
                // that carried commands alone.)
                if foreign_reply {
                    self.stats(c.found.shape).replies += 1;
                }
                None
            }
            (b, _) => b,
        };
        self.catalogue = best
            .as_ref()
            .filter(|c| catalogue_word(c.found.text))
            .map(|c| c.found.code);
        self.about_codes |= self.catalogue.is_some() && !self.dialogue;
        let table = self.table_row(
            best.as_ref()
                .filter(|c| c.lead == Lead::Start || list_marker(&line[..c.found.at]))
                .map(|c| c.found.code),
            lex::trim_end(line).is_empty(),
        );
        if best.is_none() {
            self.learn_number_column(line);
            if !self.dialogue
                && !self.about_codes
                && (names_reply_codes(line) || code_table_header(line) || names_classes(line))
            {
                self.about_codes = true;
            }
        }
        if let Some(mut c) = best {
            let ctx = context(&line[..c.found.at]);
            let stats = *self.stats(c.found.shape);
            if let Some((open, open_shape)) = ctx.open {
                // A shape in which this input has written clear replies and nothing else
                // speaks for its line even where the reply was opened in another shape
                // (its first line decoded from a byte array, or logged by another layer):
                // else a reply whose closing line comes in another shape would hold the
                // session open, and every reply after it would be taken for its body.
                let trusted = stats.replies >= 2 && stats.others == 0 && stats.commands == 0;
                // Inside a multi-line reply, only its closing line is a reply line...
                // (A closing line comes in the first line's shape: `Response code: Service
                // ready (220)` inside tshark's dump of a 220 reply is none.)
                // (The code alone in a string of its own in another shape,
                // `"ftp.response.code": "211"` under tshark's `"211-Features:\r\n": {`, is
                // the first line's code shown again.)
                let code_alone = c.found.text.is_empty()
                    && matches!(line.get(c.found.at + 3), Some(b'"' | b'\''));
                // A further `NNN-` line in a shape of its own: the reply goes on in it.
                if c.found.code == open
                    && c.found.sep == Sep::More
                    && c.found.shape != open_shape
                    && !self.continued_in.contains(&(open_shape, c.found.shape))
                {
                    self.continued_in.rotate_right(1);
                    self.continued_in[0] = (open_shape, c.found.shape);
                }
                // `<---  230 files were uploaded today` under `<--- 230-Welcome`: RFC 959
                // §4.2 pads a body line that starts with digits, so a code standing blanks
                // further right than the reply's own is such a line's.
                // (After the prefix the reply's first line had: a prefix of another width,
                // a line number grown by a digit, is no padding.)
                // (Where the reply was logged bare too, as ProFTPD pads a banner's ` 220 is
                // not the end`, unless the reply's `NNN-` lines came in that indent: a paste
                // whose first line lost the indent its other lines have, from the review.)
                let padded_bare =
                    ctx.open_at > 0 || !self.continued_in.contains(&(open_shape, c.found.shape));
                if c.found.at > ctx.open_at
                    && padded_bare
                    && line
                        .get(ctx.open_at..c.found.at)
                        .is_some_and(|gap| gap.iter().all(|b| *b == b' '))
                    && lex::shape(&line[..ctx.open_at]) == open_shape
                {
                    return Kind::Other;
                }
                // (`msgtext="214-The following ...` closed by `214 Help OK." -> state=...`:
                // the line that closes the string the reply opened in, tcllib's debug.)
                let closes_string = ctx.open_quote.is_some_and(|q| {
                    memchr::memchr(q, c.found.text).is_some()
                        && memchr::memchr(q, &line[..c.found.at]).is_none()
                });
                let closes = c.found.code == open
                    && c.found.sep == Sep::Last
                    && (c.found.shape == open_shape
                        || closes_string
                        || self.continued_in.contains(&(open_shape, c.found.shape))
                        || !code_alone
                            && (trusted
                                // The same label before the code, the columns before it
                                // aside.
                                || (ctx.open_label != 0
                                    && lex::label(&line[..c.found.at]) == ctx.open_label)
                                || matches!(
                                    c.lead,
                                    Lead::Start | Lead::Arrow | Lead::Direction | Lead::Quote
                                )));
                if closes {
                    self.numbered_body = 0;
                    return Kind::Reply(c.found);
                }
                // ...unless a clear reply of another code comes in the reply's own shape:
                // the closing line went missing (RFC 959 §4.2 has body lines that start
                // with digits padded, so this is no body line).
                let clear = c.score + context_score(&c, &Context { open: None, ..ctx }, stats)
                    >= ACCEPT + 3;
                // (A client's error quoting a reply of another code comes after the replies
                // it read, whole: the open one ended unseen, as a truncated copy of its
                // first line does, `assert 'MLSD' in '211-Features ...`.)
                // (Where the open reply's words started with numbers, only a code its
                // command gets: `226 transfers this week` inside a 230 to PASS is one more
                // of them; `226 Directory send OK.` to LIST ends a reply read wrongly.)
                let expected = ctx
                    .command
                    .is_some_and(|s| s.listed(c.found.code).is_expected());
                // (Nothing asked since a greeting opened, no reply of another code opens:
                // `230- lines in this banner are not replies.` inside a 220's lines. A
                // closing line of one may still end a greeting whose own end went missing.)
                let asked = ctx.pending.is_some() || open.get() != 220 || c.found.sep != Sep::More;
                // (Or after a gutter drawn as the reply's was: nmap's `|_    220 ...`
                // closing the block whose `|     214-...` lost its last line.)
                let in_gutter = ctx.open_at > 0
                    && lead::gutter_drawing(&line[..c.found.at])
                    && line.get(..ctx.open_at).is_some_and(lead::gutter_drawing);
                if clear
                    && asked
                    && (self.numbered_body == 0 || expected)
                    && ((strong_lead(c.lead) || matches!(c.lead, Lead::Start | Lead::Label))
                        && (c.found.shape == open_shape || in_gutter)
                        || trusted
                        || c.found.form == Form::Quote)
                    && c.found.code != open
                {
                    self.stats(c.found.shape).replies += 1;
                    self.numbered_body = 0;
                    return Kind::Reply(c.found);
                }
                if c.found.shape == open_shape && c.found.code != open {
                    self.numbered_body = self.numbered_body.saturating_add(1);
                }
                return Kind::Other;
            }
            c.score += context_score(&c, &ctx, stats);
            // A number written tight after a name and a colon, as a logger writes its
            // source's line (`ftplib:putcmd:206 - `), in a shape that has stood before many
            // lines and no reply: the same line of the source again, whatever words the line
            // then holds (`*cmd* 'CWD no-such-dir'`, with a reply's `no such`: held-out
            // round 710).
            if stats.others >= 16
                && stats.replies == 0
                && matches!(line[..c.found.at], [.., b, b':'] if b.is_ascii_alphanumeric() || b == b'_')
            {
                c.score -= 2;
            }
            // `$ nc lame.htb 21`, then `220 (vsFTPd 2.3.4)`: the greeting of the connection
            // the line before opened.
            if connecting && matches!(c.found.code.get(), 220 | 120 | 421) {
                c.score += 3;
            }
            // `There was a problem: Failed FTP upload: 553`: a client's error giving the
            // code alone, the only showing of a reply the log does not print. Under the reply
            // itself (`< 553 Could not create file.`, then curl's `Failed FTP upload: 553`) it
            // is the client's echo of it, no reply of its own.
            if ctx.last != Some(c.found.code) && bare_code_error(line, &c) {
                c.score += 8;
            }
            // A client's error that quotes the session's last reply, its code and its words
            // (lftp's `cd: Access failed: 550 /x: ...` under `<--- 550 /x: ...`), whatever
            // those words are: a quote, as the truth of every client's log counts one. So is
            // a line that is the reply again, whole or as a string: a program printing what
            // it got (ftplib's `getwelcome()` under its debug line `*resp* '220 ...'`, a
            // parser's `< '226 /f\r\n'` under the connection's).
            // (Or after its code alone, as a program prints a call's status and then what
            // the server said: a Lua wrapper's `returned: 213, 213 421`.)
            let after_own_code = c.lead == Lead::Number
                && lex::trim_end(&line[..c.found.at])
                    .strip_suffix(b",")
                    .is_some_and(|b| b.ends_with(&line[c.found.at..c.found.at + 3]));
            if (c.found.form == Form::Quote
                || matches!(c.lead, Lead::Start | Lead::Quote)
                || after_own_code)
                && ctx.last == Some(c.found.code)
                && ctx.last_text != 0
                && !c.found.text.is_empty()
                && crate::scan::text_key(c.found.text) == ctx.last_text
            {
                c.score += 4;
            }
            // The code alone, the session's last reply's, with no command waiting since: the
            // client's echo of the reply it has just printed (curl's `* RETR response: 501`
            // under `< 501 Syntax error`), no reply of its own.
            // (An access log's record gives its own command beside the code.)
            if c.found.text.is_empty()
                && c.found.command.is_none()
                && ctx.last == Some(c.found.code)
                && ctx.pending.is_none()
                && !matches!(c.lead, Lead::Start | Lead::Arrow | Lead::Key)
            {
                c.score = c.score.min(ACCEPT - 1);
            }
            // The number alone that the session's last reply said (`213 421`, then `421`:
            // wget's `-d` printing the size it read), a value, no reply.
            if c.found.text.is_empty()
                && c.found.command.is_none()
                && ctx.pending.is_none()
                && ctx.last.is_some()
                && crate::scan::text_key(&line[c.found.at..c.found.at + 3]) == ctx.last_text
            {
                c.score = c.score.min(ACCEPT - 1);
            }
            // A number at a line's start where lines of its shape start with numbers no
            // reply has, more often than with replies (`stat -c '%a %n'`'s `755 pub`, then
            // `550 Requested file action not taken`, a directory's mode and name): one of
            // the column's numbers. (Not once the input has shown a client's commands: a
            // dialogue's replies stand among a compiler's numbered lines.)
            if c.lead == Lead::Start && !self.dialogue {
                let st = self.stats(c.found.shape);
                if st.non_codes >= 2 && st.non_codes >= st.replies {
                    c.score = c.score.min(ACCEPT - 1);
                }
            }
            // A line that names reply classes (`a 2xx response, while 530 ...`) talks about
            // codes; so does, until the input shows a command, every line of an input that
            // did: there a code with nothing but its own words around it is a table's row
            // or a page's heading, not a reply. So is a row of a table of codes.
            // (A placeholder no server sends, `(h1,h2,h3,h4,p1,p2)`: a form, never a reply,
            // however a log's lines around it read.)
            if names_classes(line) || compares_codes(c.found.text) || rfc_placeholder(c.found.text)
            {
                c.score -= 12;
                if named_tuple(c.found.text) {
                    c.score = c.score.min(ACCEPT - 1);
                }
                self.about_codes |= !self.dialogue;
            } else if table
                || self.about_codes
                    && !self.dialogue
                    && matches!(c.lead, Lead::Start | Lead::Label | Lead::Word)
                    && stats.replies < 2
            {
                c.score = c.score.min(ACCEPT - 1);
            }
            if cfg!(debug_assertions) && std::env::var_os("FTPCODE_DEBUG_DETECT").is_some() {
                eprintln!(
                    "  {} lead {:?} score {} stats {stats:?} text {:?}",
                    c.found.code,
                    c.lead,
                    c.score,
                    String::from_utf8_lossy(c.found.text)
                );
            }
            if c.score >= ACCEPT {
                self.stats(c.found.shape).replies += 1;
                self.numbered_body = 0;
                if c.lead == Lead::Key {
                    self.learn_key(line, c.found.at);
                }
                return Kind::Reply(c.found);
            }
            self.stats(c.found.shape).others += 1;
        }
        if foreign_reply {
            return Kind::Other;
        }
        let kind = self.command(line, tokens, context);
        self.dialogue |= matches!(kind, Kind::Command(..));
        kind
    }

    /// The command in a line, if it holds one: a verb the protocol defines, in a place a
    /// command can stand, or any upper-case word in a shape that has carried commands.
    /// Inside a multi-line reply, a line such as ` MDTM` (a FEAT body line) is the reply's,
    /// unless the line has the shape the log writes its commands in.
    fn command<'a>(
        &mut self,
        line: &'a [u8],
        tokens: &[Token],
        context: &mut dyn FnMut(&[u8]) -> Context,
    ) -> Kind<'a> {
        // `< +OK POP3 ready`: a POP3 dialogue, whatever came before (no FTP server answers
        // so).
        if post_status(line) {
            self.post_data = self.post_multiline;
            self.post_multiline = false;
            self.foreign = Some(Foreign::Post);
            self.ftp_greeted = false;
            return Kind::Other;
        }
        if self.post_data && post_end(line) {
            self.post_data = false;
            return Kind::Other;
        }
        if mail_command_lower(line) {
            match self.ftp_greeted {
                false => self.foreign = Some(Foreign::Mail),
                true => self.mail_probe = true,
            }
            return Kind::Other;
        }
        for at in verb_starts(line, tokens).chain(lower_verb_after_arrow(line)) {
            let Some((word_end, before)) = verb_place(line, at) else {
                continue;
            };
            let verb = &line[at..word_end];
            // `  ' EPRT\r\n' +`: a string of the protocol's that starts with a blank is a
            // reply's body line (RFC 959 §4.2's padded lines, a FEAT list's), no command,
            // which a client sends from its first byte.
            // (A line as the protocol sent it, its line end escaped: rsyslog's JSON keeps a
            // blank before its message, `"message":" SYST"`.)
            if let [.., q @ (b'\'' | b'"'), b' '] = line[..at]
                && memchr::memchr_iter(q, &line[..at - 2])
                    .count()
                    .is_multiple_of(2)
                && memchr::memchr(q, &line[at..])
                    .is_some_and(|end| line[at..at + end].ends_with(b"\\n"))
            {
                continue;
            }
            // `(RU . "530 ... USER и PASS.")`: a word inside a string of a program's table
            // of messages is no command sent. (A traceback's line that sends one, `await
            // self.command("MLST " + str(path))`, names the command its error answers.)
            if self.table_entries > 0
                && memchr::memchr_iter(b'"', &line[..at]).count() % 2 == 1
                && !source::directed_string(line, at)
            {
                continue;
            }
            // `-> EHLO host`, `MAIL FROM:<a@b>`, `GROUP alt.test`, `NICK alice`: another
            // protocol's command, no FTP one.
            if let Some(foreign) = foreign_command(verb, &line[word_end..]) {
                self.post_multiline =
                    foreign == Foreign::Post && post_multiline(verb, &line[word_end..]);
                if !self.ftp_greeted || foreign.overrides_ftp() {
                    self.foreign = Some(foreign);
                } else if foreign == Foreign::Mail {
                    self.mail_probe = true;
                }
                return Kind::Other;
            }
            let shape = lex::shape(before);
            let known = is_verb(verb);
            if !known && (self.stats(shape).commands == 0 || not_a_verb(verb)) {
                continue;
            }
            // `USER <SP> <username> <CRLF>`: RFC 959's notation of a command's syntax, which
            // documents it (its scenario's `---->USER Doe<CRLF>` is a command shown).
            if needle::find!(&line[word_end..], b"<SP>").is_some() {
                continue;
            }
            // `PORT      STATE SERVICE VERSION` (Nmap's table): a header of columns, words
            // in capitals padded apart, names no command's argument.
            if column_header(&line[word_end..]) {
                continue;
            }
            // `RETR, STOR,`: verbs listed in a sentence, a comma right after each. (Not a
            // full stop: ngrep writes a command's CR as one, `SYST.`.)
            if line.get(word_end) == Some(&b',') {
                continue;
            }
            // `- [x] USER`: an item of a Markdown task list, a plan's, no command sent.
            if [&b"[x] "[..], b"[X] ", b"[ ] "]
                .iter()
                .any(|c| before.ends_with(c))
            {
                continue;
            }
            // `DATA -> Username ok`, `CODE  -> 331`: a label and an arrow to its value.
            if matches!(
                lex::trim_start(&line[word_end..]),
                [b'-' | b'=', b'>', ..] | [b'<', b'-', ..]
            ) {
                continue;
            }
            // A verb alone on a line of prose is no command: `PASV` in "use PASV mode".
            if known && !verb_stands_alone(line, before, word_end) {
                continue;
            }
            // Nor a word in capitals that a program says something of, where the shape
            // has carried commands: `ROOT PRIVS: ID switching disabled`.
            if !known && said_of(line[word_end..].strip_prefix(b" ").unwrap_or_default()) {
                continue;
            }
            // `LIST -rw-r--r-- 1 0 0 421 Dec  2 21:12 size-421.bin`: a server logging the
            // lines it sends for a LIST, not the command.
            if may_be_listed(&line[word_end..]) && listing(&line[word_end..]) {
                continue;
            }
            // `LIST 226 files.txt` while a listing is being sent: its lines, logged. A
            // session runs one transfer at a time (RFC 959 §3.2), so no transfer command
            // comes before the running one ends.
            let ctx = context(before);
            if ctx.transfer && super::diagnose::starts_transfer(verb) {
                continue;
            }
            let established = self.stats(shape).commands >= 2;
            // (A line indented by blanks alone is a body line as RFC 959 §4.2 pads them,
            // ` HELP` in a 214's list, whatever such lines were taken for before.)
            let padded = !before.is_empty() && lex::trim_start(before).is_empty();
            // (Unless, not padded, its prefix labels it a command, `FTP command: Client
            // "::1", "`, `Command:\tQUIT`, as the open reply's did not: a shape folds the
            // label's word, and a search's output may have cut the reply's last line.)
            // (A line that starts with a blank is a body line, RFC 959 §4.2's padding:
            // ` cmd: CWD XCWD CDUP` in a 214's list.)
            let labelled = !padded
                && !before.starts_with(b" ")
                && !self.opened_labelled
                && labels_command(before);
            if let Some((_, open_shape)) = ctx.open
                && (!established || open_shape == shape || padded)
                && !labelled
            {
                return Kind::Other;
            }
            // The command that drew the open reply, as a field's value or before the
            // line's words, on a line of that reply: a client waits for a reply before it
            // sends again (RFC 959 §5.4), so it is no command sent, but a context every line
            // of its span repeats (tracing's `cmd{line="FEAT"}: ... <-  EPRT`, `... EPSV
            // cmd="FEAT"`).
            let text = command_text(line, at);
            // (Where the command's text starts: after the verb where the line gives the
            // command again as a string, `>> USER "USER ana`.)
            let at = lex::offset_in(line, text).map_or(at, |(from, _)| from);
            if ctx.open.is_some()
                && crate::scan::text_key(text) == self.last_command
                && (matches!(line[..at], [.., b'='] | [.., b'=', b'"' | b'\''])
                    || line[at + text.len()..]
                        .iter()
                        .any(|b| !matches!(b, b' ' | b'\t' | b'"' | b'\'' | b'}' | b']' | b')')))
            {
                return Kind::Other;
            }
            self.last_command = crate::scan::text_key(text);
            self.stats(shape).commands += 1;
            // (Whatever dialogue it seemed: a POP3 server's `+OK` may come first after it.)
            self.post_multiline = post_multiline(verb, &line[word_end..]);
            // (Commands both protocols have leave the other's dialogue on; a word in
            // capitals FTP does not know says nothing of it.)
            if known && self.foreign.is_some_and(|f| !f.shares(verb)) {
                self.foreign = None;

                self.foreign_shape = None;
            }
            return Kind::Command(text, at);
        }
        if let Some((command, at)) = self.keyed_command(line) {
            return match self.labelled_ends_open(line, at, context) {
                true => Kind::Command(command, at),
                false => Kind::Other,
            };
        }
        if let Some(at) = labelled_command(line) {
            return match self.labelled_ends_open(line, at, context) {
                true => {
                    let text = command_text(line, at);
                    let at = lex::offset_in(line, text).map_or(at, |(from, _)| from);
                    Kind::Command(text, at)
                }
                false => Kind::Other,
            };
        }
        // `30669> Recv: list -la` (uftpd's debug of a client that sends its verbs in small
        // letters): after a prefix whose shape has carried commands and no reply, a verb in
        // any case with an argument its syntax allows is one more.
        if let Some(p) = marker_end(line)
            && let Some(at) = typed_by_hand(&line[p..]).map(|at| p + at)
            && self
                .shapes
                .get(&lex::shape(&line[..at]))
                .is_some_and(|s| s.commands >= 2 && s.replies == 0)
            && context(&line[..at]).open.is_none()
        {
            self.stats(lex::shape(&line[..at])).commands += 1;
            return Kind::Command(lex::trim_end(&line[at..]), at);
        }
        // A command typed by hand (telnet to port 21): not on a line of an open reply,
        // whose lines may hold a lone word (` noop` in a 214's list).
        match self.bare_replies.then(|| typed_by_hand(line)).flatten() {
            Some(at) if context(&line[..at]).open.is_none() => {
                Kind::Command(lex::trim_end(&line[at..]), at)
            }
            _ => Kind::Other,
        }
    }

    /// Whether a command named by its label or field (`sending command pass`,
    /// `"cmd":"PASS"`) stands as one. Inside a multi-line reply it does where its shape has
    /// carried a command before and is not the reply's: a client logging each command it
    /// sends this way has moved on, whether or not the reply's closing line was shown
    /// (goftp prints every reply as `got NNN-text`, its last line too).
    fn labelled_ends_open(
        &mut self,
        line: &[u8],
        at: usize,
        context: &mut dyn FnMut(&[u8]) -> Context,
    ) -> bool {
        let shape = lex::shape(&line[..at]);
        let stands = match context(&line[..at]).open {
            None => true,
            Some((_, open_shape)) => open_shape != shape && self.stats(shape).commands >= 1,
        };
        if stands {
            self.stats(shape).commands += 1;
        }
        stands
    }
}

/// The best candidate of a line on its own evidence, held as offsets into the line so
/// that the reader thread can work it out and hand it over with the line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Weighed(Option<Held>);

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Held {
    code: ReplyCode,
    sep: Sep,
    at: u32,
    text: (u32, u32),
    form: Form,
    command: Option<(u32, u32)>,
    closed_inline: Option<(u32, u32)>,
    shape: u64,
    hangs: bool,
    lead: Lead,
    score: i32,
    /// The line is a directory listing's.
    listing: bool,
}

impl Weighed {
    /// Weighs every candidate code of a line (the first eight numbers) on the line's own
    /// evidence and keeps the best.
    pub fn weigh(line: &[u8], tokens: &[Token]) -> Weighed {
        let mut best: Option<Candidate> = None;
        // Whether the line is a listing's, worked out for its first candidate only.
        let mut is_listing = None;
        // A line of numbers: the first few tell enough; after them, only a number in a
        // field of its own (`...","code":421}` after an error's stack trace of line
        // numbers) or one that opens a string (`"text":"257 \"/\" is ...` after a
        // packet's hundred numbered fields, tshark's JSON), forty at most.
        let mut weighed = 0;
        for (k, t) in tokens
            .iter()
            .filter(|t| t.kind == TokenKind::Number)
            .take(1000)
            .enumerate()
        {
            let at = t.at as usize;
            if k >= 8 {
                let own = match line[..at] {
                    [.., b':' | b'='] => true,
                    // `... --:--:-- 49916< 226 Transfer complete.`: a client's reply marker
                    // after a progress meter's numbers, on the line the meter left open.
                    [.., b'<', b' '] => true,
                    [.., b'"' | b'\''] => matches!(line.get(at + 3), Some(b' ' | b'-')),
                    _ => false,
                };
                if !own {
                    continue;
                }
                weighed += 1;
                if weighed > 32 {
                    break;
                }
            }
            let Some(c) = candidate(line, at, &mut is_listing) else {
                continue;
            };
            // `code=211 reply=211-Features supported:`: the code's field, then the reply
            // whole in a field of its own, read there (its separator says it goes on).
            if c.lead == Lead::Key && field_repeats_code(c.found.text, c.found.code) {
                continue;
            }
            if best.as_ref().is_none_or(|b| c.score > b.score) {
                best = Some(c);
            }
        }
        Weighed(best.map(|c| {
            // Every slice of a candidate is a part of its line, or empty (and maybe not).
            let span = |s: &[u8]| {
                let (from, len) = lex::offset_in(line, s).unwrap_or_default();
                debug_assert!(s.is_empty() || len > 0);
                (from as u32, len as u32)
            };
            Held {
                code: c.found.code,
                sep: c.found.sep,
                at: c.found.at as u32,
                text: span(c.found.text),
                form: c.found.form,
                command: c.found.command.map(span),
                closed_inline: c.found.closed_inline.map(span),
                shape: c.found.shape,
                hangs: c.found.hangs,
                lead: c.lead,
                score: c.score,
                listing: is_listing == Some(true),
            }
        }))
    }

    /// Whether the line is a directory listing's (worked out for a line with a candidate).
    pub fn listing(&self) -> bool {
        self.0.is_some_and(|h| h.listing)
    }

    /// Whether the line has any candidate at all.
    pub fn is_some(&self) -> bool {
        self.0.is_some()
    }

    /// Where the candidate code starts in the line.
    pub fn at(&self) -> Option<usize> {
        self.0.map(|h| h.at as usize)
    }

    /// The candidate, read back from the line it was weighed on.
    fn candidate<'a>(&self, line: &'a [u8]) -> Option<Candidate<'a>> {
        let h = self.0?;
        let slice = |(from, len): (u32, u32)| line.get(from as usize..(from + len) as usize);
        Some(Candidate {
            found: Found {
                code: h.code,
                sep: h.sep,
                at: h.at as usize,
                text: slice(h.text)?,
                form: h.form,
                command: match h.command {
                    Some(c) => Some(slice(c)?),
                    None => None,
                },
                closed_inline: match h.closed_inline {
                    Some(c) => Some(slice(c)?),
                    None => None,
                },
                shape: h.shape,
                hangs: h.hangs,
            },
            lead: h.lead,
            score: h.score,
        })
    }
}

/// The code a line mentions without quoting a reply (`error code: 550`, `reply code 530`,
/// `failed with 421`, `upload failed: 550`, `  code: 550`), which `scan` rightly passes
/// over but a person who pastes the line into `explain` asks about. Only a code the table
/// knows, named as a code by the words before it: not a count (`got 421 bytes`), a file
/// (`550 report.txt`) or a port (`port=530`).
pub fn mentioned_code(line: &[u8]) -> Option<ReplyCode> {
    let mut tokens = Vec::new();
    lex::tokens(line, &mut tokens);
    let held = Weighed::weigh(line, &tokens).0?;
    let named = matches!(
        held.lead,
        Lead::Prose | Lead::Label | Lead::Key | Lead::Word | Lead::Error
    );
    let (from, len) = held.text;
    let text = line.get(from as usize..(from + len) as usize)?;
    let count = lex::words(text, 1).any(words::is_unit) || file_name(text, held.sep);
    (named && !count && codes::lookup(held.code).is_some()).then_some(held.code)
}

/// The key of a `key=` field whose `=` is at `eq`: a word (letters, digits, `_`, `.`,
/// `-`, starting with a letter) after a blank or at the start of the line.
/// A word that names FTP (`FTP`, `vsFTPd`, `ProFTPD`, `pyftpdlib`, `FileZilla`).
/// Whether what follows a word is the rest of a table's header: padded apart from it by two
/// blanks or more, two words at least, each in capitals (`      STATE SERVICE VERSION`).
fn column_header(rest: &[u8]) -> bool {
    let padded = rest.len() > 2 && rest[..2].iter().all(|b| lex::is_space(*b));
    let mut words = rest.split(|b| lex::is_space(*b)).filter(|w| !w.is_empty());
    padded
        && words
            .by_ref()
            .take(2)
            .filter(|w| w.len() >= 2 && w.iter().all(u8::is_ascii_uppercase))
            .count()
            == 2
        && words.all(|w| {
            w.iter()
                .all(|b| b.is_ascii_uppercase() || matches!(b, b'_' | b'-'))
        })
}

/// Whether a greeting's text is a DICT server's: `220 host dictd 1.13.0 <auth.mime>
/// <32.302.1796499949@host>`, its capabilities and its message id in angle brackets
/// last (RFC 2229 §3.1).
fn dictionary_banner(text: &[u8]) -> bool {
    let mut words = lex::trim_end(text).rsplit(|b| *b == b' ');
    let bracketed = |w: &[u8]| w.first() == Some(&b'<') && w.last() == Some(&b'>');
    words
        .next()
        .is_some_and(|id| bracketed(id) && id.contains(&b'@'))
        && words.next().is_some_and(bracketed)
}

fn names_ftp(word: &[u8]) -> bool {
    word.windows(3).any(|w| w.eq_ignore_ascii_case(b"ftp"))
        || word.eq_ignore_ascii_case(b"FileZilla")
}

fn key_at(line: &[u8], eq: usize) -> Option<&[u8]> {
    let start = line[..eq]
        .iter()
        .rposition(|b| !(b.is_ascii_alphanumeric() || matches!(b, b'_' | b'.' | b'-')))
        .map_or(0, |i| i + 1);
    let clean = start < eq
        && (start == 0 || lex::is_space(line[start - 1]))
        && line[start].is_ascii_alphabetic();
    clean.then(|| &line[start..eq])
}

fn key_hash(key: &[u8]) -> u64 {
    key.iter().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(b.to_ascii_lowercase())).wrapping_mul(0x0100_0000_01b3)
    })
}

fn kind_name(k: &Kind) -> String {
    match k {
        Kind::Reply(f) => format!("reply {} {:?} {:?}", f.code, f.sep, f.form),
        Kind::Command(c, _) => format!("command {}", String::from_utf8_lossy(c)),
        Kind::Typed(c, _) => format!("typed {}", String::from_utf8_lossy(c)),
        Kind::Other => "other".into(),
    }
}

/// What a source listing's next line is numbered near.
#[derive(Debug, Clone, Copy)]
enum Listing {
    /// The line a traceback's file location names.
    Location(u32),
    /// The number of the listing's last line.
    Line(u32),
}

/// The number a line of a source listing starts with, and where: after blanks and a
/// marker of the current line (`-->`, `---->`), before a blank or the line's end.
fn listing_number(line: &[u8]) -> Option<(u32, usize)> {
    let mut at = line.iter().take_while(|b| **b == b' ').count();
    let dashes = line[at..].iter().take_while(|b| **b == b'-').count();
    if dashes > 0 && line.get(at + dashes) == Some(&b'>') {
        at += dashes + 1;
        at += line[at..].iter().take_while(|b| **b == b' ').count();
    }
    let digits = line[at..].iter().take_while(|b| b.is_ascii_digit()).count();
    if !(1..=6).contains(&digits) || !matches!(line.get(at + digits), None | Some(b' ' | b'\r')) {
        return None;
    }
    let n = line[at..at + digits]
        .iter()
        .fold(0u32, |v, d| v * 10 + u32::from(d - b'0'));
    Some((n, at))
}

/// Whether a line starts with a name and ` = ` (`reply = '550 ...'`): a local variable as
/// a traceback with `capture_locals` shows it.
fn local_assignment(line: &[u8]) -> bool {
    let name = line
        .iter()
        .take_while(|b| b.is_ascii_alphanumeric() || **b == b'_')
        .count();
    name > 0 && !line[0].is_ascii_digit() && line[name..].starts_with(b" = ")
}

/// The line number a traceback's file location names: `ftplib.py:436, in f` (IPython),
/// `File "ftplib.py", line 436, in f` (Python).
fn file_location(line: &[u8]) -> Option<u32> {
    let i = needle::find!(line, b", in ")?;
    let head = &line[..i];
    let digits = head.iter().rev().take_while(|b| b.is_ascii_digit()).count();
    let number = &head[head.len() - digits..];
    let lead = &head[..head.len() - digits];
    if !(1..=6).contains(&digits) || !(lead.ends_with(b":") || lead.ends_with(b"line ")) {
        return None;
    }
    Some(
        number
            .iter()
            .fold(0u32, |v, d| v * 10 + u32::from(d - b'0')),
    )
}

/// Whether a reply's text starts with a field that holds its code again and the reply's
/// words after it: `reply=211-Features supported:` after `code=211 `.
fn field_repeats_code(text: &[u8], code: ReplyCode) -> bool {
    let name = text
        .iter()
        .take_while(|b| b.is_ascii_alphanumeric() || **b == b'_')
        .count();
    name > 0
        && text.get(name) == Some(&b'=')
        && text.get(name + 1..name + 5).is_some_and(|v| {
            <[u8; 3]>::try_from(&v[..3])
                .ok()
                .and_then(ReplyCode::from_digits)
                == Some(code)
                && matches!(v[3], b' ' | b'-')
        })
}

/// The words after a file's name that starts a reply's text (`report.txt retrieved`): a
/// name with an extension, then words.
fn named_file(text: &[u8]) -> Option<&[u8]> {
    let name = lex::first_token(text);
    let dot = name.iter().rposition(|b| *b == b'.')?;
    let extension = &name[dot + 1..];
    let rest = lex::trim_end(lex::trim_start(&text[name.len()..]));
    // (Not a host's name: `ftp.example.com FTP server ready.`, a greeting's words.)
    let host = name.iter().filter(|b| **b == b'.').count() > 1
        || [&b"com"[..], b"net", b"org"].contains(&extension);
    (dot > 0
        && !host
        && (1..=5).contains(&extension.len())
        && extension.iter().all(u8::is_ascii_alphanumeric)
        && !rest.is_empty())
    .then_some(rest)
}

/// Where a line's marker or label ends (`30669> Recv: `, `cmd> `): after the last `: ` or
/// `> ` of its first 64 bytes, where what follows is not blank.
fn marker_end(line: &[u8]) -> Option<usize> {
    // (Asked of most lines: the marks found from the end, a few steps each.)
    let mut end = line.len().min(64);
    let at = loop {
        let i = memchr::memrchr2(b':', b'>', &line[..end])?;
        if line.get(i + 1) == Some(&b' ') {
            break i + 2;
        }
        end = i;
    };
    line.get(at).filter(|b| !lex::is_space(**b)).map(|_| at)
}
