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
    /// The last command sent and not answered yet.
    pub pending: Option<&'static sequences::Sequence>,
    /// Nothing has been said on the session yet: a greeting is due.
    pub greeting: bool,
    /// A transfer announced with 1yz has not ended: listing lines may be passing through.
    pub transfer: bool,
    /// The code of the session's last reply (not a quote of one).
    pub last: Option<ReplyCode>,
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
    /// A command was found in this input: it is a dialogue.
    dialogue: bool,
    /// Before any command, the input talked about reply codes (`three-digit reply code`,
    /// `a 2xx response`): a page or a manual, whose codes stand in tables and prose.
    about_codes: bool,
    /// The rows of codes in ascending order just read (a table of codes).
    table: TableRun,
    /// The code the line just read explained, as a catalogue of messages does under each
    /// (`502 CAUSE: The server received an unrecognized command.`).
    catalogue: Option<ReplyCode>,
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

    /// Forgets what was learned (a new input).
    pub fn reset(&mut self) {
        self.shapes.clear();
        self.reply_keys = [0; 4];
        self.number_columns = [(0, 0); 4];
        self.dialogue = false;
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
        let kind = self.weigh(line, tokens, weighed.candidate(line), context);
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
                let closes = c.found.code == open
                    && c.found.sep == Sep::Last
                    && (c.found.shape == open_shape
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
                if clear
                    && ((strong_lead(c.lead) || c.lead == Lead::Start)
                        && c.found.shape == open_shape
                        || trusted
                        || c.found.form == Form::Quote)
                    && c.found.code != open
                {
                    self.stats(c.found.shape).replies += 1;
                    return Kind::Reply(c.found);
                }
                return Kind::Other;
            }
            c.score += context_score(&c, &ctx, stats);
            // `There was a problem: Failed FTP upload: 553`: a client's error giving the
            // code alone, the only showing of a reply the log does not print. Under the reply
            // itself (`< 553 Could not create file.`, then curl's `Failed FTP upload: 553`) it
            // is the client's echo of it, no reply of its own.
            if ctx.last != Some(c.found.code) && bare_code_error(line, &c) {
                c.score += 8;
            }
            // A line that names reply classes (`a 2xx response, while 530 ...`) talks about
            // codes; so does, until the input shows a command, every line of an input that
            // did: there a code with nothing but its own words around it is a table's row
            // or a page's heading, not a reply. So is a row of a table of codes.
            if names_classes(line) || compares_codes(c.found.text) || rfc_placeholder(c.found.text)
            {
                c.score -= 12;
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
                if c.lead == Lead::Key {
                    self.learn_key(line, c.found.at);
                }
                return Kind::Reply(c.found);
            }
            self.stats(c.found.shape).others += 1;
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
        for t in tokens.iter().filter(|t| t.kind == TokenKind::Word).take(6) {
            let at = t.at as usize;
            if at >= line.len() {
                break;
            }
            let Some((word_end, before)) = verb_place(line, at) else {
                continue;
            };
            let verb = &line[at..word_end];
            let shape = lex::shape(before);
            let known = is_verb(verb);
            if !known && (self.stats(shape).commands == 0 || not_a_verb(verb)) {
                continue;
            }
            // `USER <SP> <username> <CRLF>`: RFC 959's notation of a command's syntax, which
            // documents it (its scenario's `---->USER Doe<CRLF>` is a command shown).
            if memchr::memmem::find(&line[word_end..], b"<SP>").is_some() {
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
            if let Some((_, open_shape)) = ctx.open
                && (!established || open_shape == shape)
            {
                return Kind::Other;
            }
            self.stats(shape).commands += 1;
            return Kind::Command(command_text(line, at), at);
        }
        if let Some((command, at)) = self.keyed_command(line) {
            return match context(&line[..at]).open {
                Some(_) => Kind::Other,
                None => Kind::Command(command, at),
            };
        }
        labelled_command(line).map_or(Kind::Other, |at| {
            if context(&line[..at]).open.is_some() {
                return Kind::Other;
            }
            Kind::Command(command_text(line, at), at)
        })
    }
}

/// Whether an upper-case word at `at` stands where a command can: followed by the end, a
/// space or a closing quote, after a marker, quote, label or nothing. Its end and what
/// stands before it (colour codes left out), or None.
fn verb_place(line: &[u8], at: usize) -> Option<(usize, &[u8])> {
    let word_end = at + line[at..].iter().take_while(|b| lex::is_upper(**b)).count();
    let follows = line.get(word_end);
    // `USER | To enter the user name |`: a table's cell that names a command.
    if line[word_end..].starts_with(b" | ") {
        return None;
    }
    // `SYST.` alone on a line, `[AP] FEAT..` at its end: a packet printer's dots for the
    // CR LF (ngrep).
    // (A column's padding after them: ngrep -t.)
    let rest = lex::trim_end(&line[word_end..]);
    let dotted = follows == Some(&b'.')
        && rest.iter().all(|b| *b == b'.')
        && (rest.len() == 1 && at == 0 || rest.len() == 2);
    if !dotted
        && !matches!(
            follows,
            None | Some(b' ' | b'\r' | b'"' | b'\'' | b'\\' | b']' | b'\t')
        )
    {
        return None;
    }
    // Colour codes before the verb are not part of what was said (gftp-text).
    let before = without_escapes(&line[..at]);
    command_lead(before).then_some((word_end, before))
}

/// Where the command of a line without a candidate code most likely starts, on the line's
/// own evidence: the first verb the protocol defines in a command's place. The reader
/// thread works out the line's session there beforehand; the detector decides (a shape
/// that has carried commands may accept another word, an open reply may take the line).
pub fn likely_command(line: &[u8], tokens: &[Token]) -> Option<usize> {
    tokens
        .iter()
        .filter(|t| t.kind == TokenKind::Word)
        .take(6)
        .map(|t| t.at as usize)
        .take_while(|&at| at < line.len())
        .find(|&at| {
            verb_place(line, at).is_some_and(|(end, before)| {
                is_verb(&line[at..end]) && verb_stands_alone(line, before, end)
            })
        })
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
}

impl Weighed {
    /// Weighs every candidate code of a line (the first eight numbers) on the line's own
    /// evidence and keeps the best.
    pub fn weigh(line: &[u8], tokens: &[Token]) -> Weighed {
        let mut best: Option<Candidate> = None;
        // Whether the line is a listing's, worked out for its first candidate only.
        let mut is_listing = None;
        // A line of numbers: the first few tell enough.
        for t in tokens
            .iter()
            .filter(|t| t.kind == TokenKind::Number)
            .take(8)
        {
            let Some(c) = candidate(line, t.at as usize, &mut is_listing) else {
                continue;
            };
            if best.as_ref().is_none_or(|b| c.score > b.score) {
                best = Some(c);
            }
        }
        Weighed(best.map(|c| {
            // Every slice of a candidate is a part of its line, or empty (and maybe not).
            let span = |s: &[u8]| {
                if s.is_empty() {
                    return (0, 0);
                }
                let from = (s.as_ptr() as usize).wrapping_sub(line.as_ptr() as usize);
                debug_assert!(from + s.len() <= line.len());
                (from as u32, s.len() as u32)
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
            }
        }))
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

/// A verb in lower case right after a label that says a command follows (jsftp's
/// `jsftp:command user ftpuser`): where it starts.
fn labelled_command(line: &[u8]) -> Option<usize> {
    let label = needle::find!(&line[..line.len().min(120)], b"command")?;
    let rest = &line[label + 7..];
    let skip = rest
        .iter()
        .take_while(|b| matches!(b, b':' | b' ' | b'='))
        .count();
    if skip == 0 {
        return None;
    }
    let at = label + 7 + skip;
    let word = &line[at..];
    let n = word.iter().take_while(|b| b.is_ascii_lowercase()).count();
    if !(3..=8).contains(&n) || !matches!(word.get(n), None | Some(b' ')) {
        return None;
    }
    // Any word after a namespaced label (`lib:command xyzzy`, the debug package's way);
    // after a bare "command", only a verb ("command not understood" is prose).
    let namespaced = label > 0 && line[label - 1] == b':';
    (namespaced || is_verb(&word[..n].to_ascii_uppercase())).then_some(at)
}

fn kind_name(k: &Kind) -> String {
    match k {
        Kind::Reply(f) => format!("reply {} {:?} {:?}", f.code, f.sep, f.form),
        Kind::Command(c, _) => format!("command {}", String::from_utf8_lossy(c)),
        Kind::Typed(c, _) => format!("typed {}", String::from_utf8_lossy(c)),
        Kind::Other => "other".into(),
    }
}

/// The verbs of the sequences table, and the few more that clients send.
pub fn is_verb(v: &[u8]) -> bool {
    // MFMT (an Internet-Draft, widely implemented), RFC 775's X-verbs, and CLNT and CSID,
    // which clients send to name themselves.
    const MORE: &[&[u8]] = &[
        b"MFMT", b"XCUP", b"XCWD", b"XMKD", b"XPWD", b"XRMD", b"CLNT", b"CSID", b"MFCT", b"MFF",
        b"HASH", b"XCRC", b"XMD5", b"XSHA1", b"AVBL", b"DSIZ", b"SPSV", b"THMB",
    ];
    (3..=5).contains(&v.len())
        && (sequences::lookup_bytes(v).is_some() || MORE.iter().any(|k| k.eq_ignore_ascii_case(v)))
}

/// What may stand before a command: a marker, a quote, a bracket, a label, nothing. Not
/// an error message or prose.
fn command_lead(before: &[u8]) -> bool {
    let Some(&last) = before.last() else {
        return true;
    };
    // `- [x] USER`: a Markdown task list's item, a plan's, not a command sent; `### USER`:
    // a page's heading.
    let t = lex::trim_start(before);
    if matches!(t, b"- [x] " | b"- [ ] " | b"* [x] " | b"* [ ] " | b"- [X] ")
        || t.ends_with(b"# ") && t.iter().filter(|b| **b != b'#').count() == 1
    {
        return false;
    }
    if !matches!(
        last,
        b' ' | b'\t' | b'"' | b'\'' | b'[' | b'>' | b':' | b'(' | b'`'
    ) {
        return false;
    }
    // The word before, if it is one (not the end of `GLOB(0x55e3a)>>>`).
    let trimmed = lex::trim_end(before);
    let start = trimmed
        .iter()
        .rposition(|b| lex::is_space(*b))
        .map_or(0, |i| i + 1);
    let token = trimmed[start..]
        .strip_suffix(b":")
        .unwrap_or(&trimmed[start..]);
    if token.is_empty() || !token.iter().all(|b| lex::is_letter(*b)) {
        return true;
    }
    // `Command is: SYST`, `Command received: USER`: a label that names a command, its last
    // word prose.
    let names_command = trimmed.ends_with(b":")
        && one_of(
            lex::last_word(lex::trim_end(&trimmed[..start])),
            &["command", "cmd", "request"],
        );
    !words::is_error(token)
        && (!words::is_prose(token) || token.eq_ignore_ascii_case(b"command") || names_command)
}

/// The verb ends the line, or an argument follows that is not prose: `USER ftpuser`,
/// `RETR 502.txt`, `PORT 127,0,0,1,4,1`.
/// Whether a command's argument starts the way a listing's line does (a Unix mode, a
/// DOS date, EPLF's `+`, MLSD's `type=`): a cheap test before [`listing`].
fn may_be_listed(args: &[u8]) -> bool {
    match lex::trim_start(args) {
        [b'0'..=b'9' | b'+', ..] => true,
        [
            b'-' | b'd' | b'l' | b'c' | b'b' | b'p' | b's',
            b'r' | b'-',
            ..,
        ] => true,
        [t, y, p, e, b'=', ..] => [t, y, p, e]
            .iter()
            .zip(b"type")
            .all(|(a, b)| a.to_ascii_lowercase() == *b),
        _ => false,
    }
}

fn verb_stands_alone(line: &[u8], before: &[u8], end: usize) -> bool {
    let rest = &line[end..];
    let rest = rest.strip_prefix(b" ").unwrap_or(rest);
    // "PASV mode", "LIST command", "USER and PASS": a verb followed by a lower-case word of
    // prose is a mention.
    let next: &[u8] = rest.split(|b| *b == b' ').next().unwrap_or_default();
    let prose = matches!(
        next,
        b"mode"
            | b"and"
            | b"or"
            | b"command"
            | b"commands"
            | b"failed"
            | b"is"
            | b"was"
            | b"not"
            | b"support"
            | b"transfer"
            | b"transfers"
    );
    // "Client PASV data connection from ...": a command that takes no argument (RFC 959
    // §5.3.1, RFC 2389 §3), followed by words.
    const NO_ARGUMENT: &[&[u8]] = &[
        b"ABOR", b"CCC", b"CDUP", b"FEAT", b"LPSV", b"NOOP", b"PASV", b"PWD", b"QUIT", b"REIN",
        b"SYST", b"XCUP", b"XPWD",
    ];
    let verb = line.get(before.len()..end).unwrap_or_default();
    // "LIST row: -rw-r--r-- ...": a verb and a word of a label, what a program says of it.
    let label = next.len() >= 3
        && next.ends_with(b":")
        && next[..next.len() - 1].iter().all(u8::is_ascii_lowercase);
    // `proxied SYST command from frontend to backend`, `Sending FEAT command`: a program
    // saying it passed the command on, which is its record of it.
    let passed = matches!(next, b"command" | b"cmd")
        && SENT
            .iter()
            .any(|w| w.eq_ignore_ascii_case(lex::last_token(lex::trim_end(before))));
    let prose = (prose && !passed)
        || label
        || next.first().is_some_and(u8::is_ascii_lowercase)
            && NO_ARGUMENT.contains(&verb)
            && !passed;
    // `コマンド(MKD など)`, `command(LIST)`: a verb in brackets glued to a word is one
    // named in prose (a log puts a blank or a mark before its bracket).
    let glued_bracket = matches!(before, [.., w, b'(' | b'['] if lex::is_alnum(*w) || *w >= 0x80);
    !prose && !glued_bracket && before.last().is_none_or(|b| !lex::is_alnum(*b))
}

/// Upper-case words that fill the same places as a command in a log and are none: a
/// log's levels, the names of protocols and TCP flags (`"protocol":"TCP"` in a packet's
/// JSON, where `"text":"USER ftpuser"` stood before).
fn not_a_verb(word: &[u8]) -> bool {
    const NAMES: &[&[u8]] = &[
        b"TCP", b"UDP", b"ICMP", b"IPV4", b"IPV6", b"HTTP", b"HTTPS", b"FTP", b"FTPS", b"TLS",
        b"SSL", b"DNS", b"SSH", b"ACK", b"SYN", b"FIN", b"RST", b"PSH", b"URG", b"NULL", b"TRUE",
        b"FALSE", b"NONE",
    ];
    words::is_level(word) || NAMES.iter().any(|n| n.eq_ignore_ascii_case(word))
}

/// Words that say a command was passed on, before `VERB command`.
const SENT: &[&[u8]] = &[
    b"sent",
    b"sending",
    b"send",
    b"proxied",
    b"proxying",
    b"received",
    b"receiving",
    b"got",
    b"forwarded",
    b"forwarding",
    b"relayed",
    b"relaying",
    b"issued",
    b"issuing",
    b"executing",
    b"processing",
    b"handling",
];

/// The command as logged: from the verb to the end of the line or of its quoted string.
fn command_text(line: &[u8], at: usize) -> &[u8] {
    let rest = &line[at..];
    // The mark before the verb, past the blanks and arrows a string may open with
    // (`"message":" SYST"`, `"msg":"> PASS ###"`).
    let quote = line[..at]
        .iter()
        .rev()
        .take(6)
        .find(|b| !matches!(b, b' ' | b'>' | b'<' | b'-'))
        .copied();
    let end = match quote {
        Some(q @ (b'"' | b'\'')) => memchr::memchr(q, rest).unwrap_or(rest.len()),
        Some(b'[') => memchr::memchr(b']', rest).unwrap_or(rest.len()),
        // Inside a string that began earlier in the line (a JSON record's message): to
        // where it ends.
        _ if in_string(&line[..at]) => lex::string_end(rest),
        _ => rest.len(),
    };
    let mut text = lex::trim_end(&rest[..end]);
    // The end of a single-quoted string that began earlier in the line (a message logged
    // in Python's quoted form, `'127.0.0.1:44142-[ftpuser] <- PWD'`).
    if let [head @ .., b'\''] = text
        && !head.contains(&b'\'')
        && line[..at].contains(&b'\'')
    {
        text = head;
    }
    // A column's padding ends it (`USER ftpuser        client.py:395`, a formatter's
    // columns).
    if let Some(gap) = memchr::memmem::find(text, b"    ") {
        text = &text[..gap];
    }
    let mut text = lex::without_line_break_tag(text);
    // A literal "\r\n" at the end of an escaped string (`\\r\\n` if escaped twice), or a
    // packet printer's dot for it.
    loop {
        let shorter = [&b"\\n"[..], b"\\r", b"\\"]
            .iter()
            .find_map(|s| text.strip_suffix(*s));
        match shorter {
            Some(t) => text = t,
            None => break,
        }
    }
    if at == 0 && text.ends_with(b".") && !text.contains(&b' ') {
        text = &text[..text.len() - 1];
    }
    // `USER ftpuser..`: a packet printer's dots for the CR LF (`CWD ..` keeps its
    // argument).
    if let Some(t) = text.strip_suffix(b"..")
        && !t.is_empty()
        && !t.ends_with(b" ")
        && !t.ends_with(b".")
    {
        text = t;
    }
    // `proxied SYST command from frontend to backend`: the verb, named as a command.
    let verb = text
        .iter()
        .position(|b| lex::is_space(*b))
        .unwrap_or(text.len());
    let named = text[verb..].strip_prefix(b" ").is_some_and(|after| {
        let word = after
            .split(|b| lex::is_space(*b))
            .next()
            .unwrap_or_default();
        matches!(word, b"command" | b"cmd")
    });
    if named {
        text = &text[..verb];
    }
    text
}

/// Weighs the candidate at `at` on the line's own evidence. `is_listing` is whether the
/// line is a listing's, once known.
fn candidate<'a>(
    line: &'a [u8],
    at: usize,
    is_listing: &mut Option<bool>,
) -> Option<Candidate<'a>> {
    let code = ReplyCode::from_digits(*line.get(at..at + 3)?.first_chunk::<3>()?)?;
    // A longer number (a year, a pid, a size) is no code: said at once, as the match on
    // what follows the code below would.
    if line.get(at + 3).is_some_and(u8::is_ascii_digit) {
        return None;
    }
    // Terminal escapes (a colour, a window title) before a code are no part of the log's
    // words: the code stands where they began.
    let before = without_escapes(&line[..at]);
    if inside_a_word(before) || follows_a_verb(before) || in_source_code(before, &line[at + 3..]) {
        return None;
    }
    let quote = match before.last() {
        Some(&q @ (b'"' | b'\'' | b'`')) => Some(q),
        _ => None,
    };
    let after = &line[at + 3..];
    // `tp:check -> 214 | 214-The following commands are recognized:`: the code, then the
    // reply it heads, whole: the reply is the one after (which a multi-line reply opens).
    if heads_its_reply(after, &line[at..at + 3]) {
        return None;
    }
    // `[220] 'Welcome'`, `(530) Not logged in.`: the code in brackets, the text after.
    let bracketed = matches!(
        (before.last(), after.first()),
        (Some(b'['), Some(b']')) | (Some(b'('), Some(b')'))
    ) && after.get(1) == Some(&b' ')
        && after.len() > 2;
    // `...|ftpuser|USER ftpuser|331|Password required for ftpuser`: a record of fields
    // between bars (sqlite3's rows, a log format of one's own), the code one of them, its
    // text the next.
    let barred = before.last() == Some(&b'|')
        && after.first() == Some(&b'|')
        && after
            .get(1)
            .is_some_and(|b| !matches!(b, b'|' | b' ' | b'\t'));
    // `ftp_reply, F, 331, Guest login ok, send your email address as password.`: fields
    // joined by a comma and a blank (Zeek's test output, a CSV of one's own), the code one
    // of them and its words the next.
    let csv = before.ends_with(b", ")
        && after.starts_with(b", ")
        && after
            .get(2)
            .is_some_and(|b| b.is_ascii_alphabetic() || *b == b'"');
    let mut hangs = false;
    // The text runs to the end of the line, or of the quoted string the code opens.
    let (sep, rest) = match after.first() {
        _ if bracketed => (Sep::Last, &after[2..]),
        _ if csv => (Sep::Last, &after[2..]),
        _ if barred => {
            let rest = &after[1..];
            (
                Sep::Last,
                &rest[..memchr::memchr(b'|', rest).unwrap_or(rest.len())],
            )
        }
        None | Some(b'\r') => (Sep::Last, &b""[..]),
        Some(b' ' | b'\t') => (Sep::Last, &after[1..]),
        Some(b'-') => (Sep::More, &after[1..]),
        // `220: Welcome` (ncftp and others write a colon after the code, and the further
        // lines of the reply indented under it).
        Some(b':') if after.get(1) == Some(&b' ') => {
            hangs = true;
            (Sep::Last, &after[2..])
        }
        Some(&q) if Some(q) == quote => (Sep::Last, &b""[..]),
        // `"MESSAGE" : "<--- 220",`: a code that ends the string it stands in, after a
        // marker (inetutils ftpd logs the code and the text as two messages).
        Some(b'"') if quote.is_none() && in_string(before) => (Sep::Last, &b""[..]),
        Some(b'\\') if matches!(after.get(1), Some(b'r' | b'n')) => (Sep::Last, &b""[..]),
        Some(b',' | b';' | b'}' | b')' | b']' | b'|' | b'<') => (Sep::Last, &b""[..]),
        _ => return None,
    };
    let field = !bracketed
        && !barred
        && !csv
        && matches!(
            after.first(),
            Some(b',' | b';' | b'}' | b')' | b']' | b'|' | b'<')
        );
    // Whether the code stands inside a double-quoted string that began before it.
    let in_str = quote.is_none() && in_string(before);
    let (text, closed_inline) = match quote {
        Some(q) => {
            let escaped = before.len() >= 2 && before[before.len() - 2] == b'\\';
            quoted_text(code, sep, rest, q, escaped)
        }
        // `220-Welcome\r\n220 Hi` copied from a console, its line ends written out.
        None if memchr::memchr(b'\\', rest).is_some() => {
            quoted_text(code, sep, rest, if in_str { b'"' } else { 0 }, false)
        }
        // `"MESSAGE":"(?@10.0.0.1) [DEBUG] 550 No such file","_PID":"812"`: a code inside
        // a string that began earlier in the line ends where the string does.
        None if in_str => quoted_text(code, sep, rest, b'"', false),
        None => (rest, None),
    };
    // `211-Features supported:  EPRT  EPSV  UTF8 211 End FEAT.`: a multi-line reply whose
    // line ends the program dropped (pyftpsync prints FEAT's so): its closing line is in
    // the text.
    let (text, closed_inline) = match closed_inline {
        None if sep == Sep::More => match folded_close(code, text) {
            Some(at) => (
                lex::trim_end(&text[..at]),
                Some(text.get(at + 4..).unwrap_or_default()),
            ),
            None => (text, None),
        },
        c => (text, c),
    };
    let (sep, closed_inline) = match closed_inline {
        Some(last) => (Sep::Last, Some(last)),
        None => (sep, None),
    };
    let text = lex::without_line_break_tag(lex::trim_end(text));
    // socat -v and others print the line end as text: `213 421\r`.
    let text = text
        .strip_suffix(b"\\n")
        .unwrap_or(text)
        .strip_suffix(b"\\r")
        .unwrap_or(text);
    // Packet printers show the CR LF as dots: `220 ..` is a reply with no text.
    let text = if matches!(text, b"." | b"..") {
        &b""[..]
    } else {
        text
    };
    // `331 "Password required for ftpuser" <- [USER ftpuser] user=-`: the reply, then an
    // arrow back to the command it answers (ProFTPD's ExtendedLog, a LogFormat of one's
    // own): the text ends before the arrow.
    let (text, answered) = match (!in_str).then(|| answered_command(text)).flatten() {
        Some((end, command)) => (lex::trim_end(&text[..end]), Some(command)),
        None => (text, None),
    };
    // (A code inside a string is no field of an access log, unless the field before it
    // is quoted with escaped quotes: an access log's record as a JSON string's value,
    // `"message":"... \"MDTM 550 report.txt\" 213 \"2026...\""`.)
    let escaped_field = in_str && lex::trim_end(before).ends_with(b"\\\"");
    let command = ((!in_str || escaped_field) && quote.is_none())
        .then(|| access_log_command(before, text).or_else(|| logfmt_command(before)))
        .flatten()
        .map(|c| c.strip_suffix(b"\\").unwrap_or(c));
    // The field before a barred code holds the command it answers.
    let barred_command = barred.then(|| barred_command(before)).flatten();
    // `"USER ftpuser" => 331 Password required`: a record of the command and the reply it
    // got (ProFTPD's ExtendedLog with a format of one's own), the reply's text kept.
    let arrowed = match command {
        None if !in_str => arrowed_command(before),
        _ => None,
    };
    // An access log: the command in a field before, the code, then numbers (`"RETR f"
    // 550 16`, `RETR /f 550 2 0`). What precedes the code is a field, not a marker.
    let (lead, text) = match command {
        Some(_) => (Lead::Access, quoted_field(text).unwrap_or_default()),
        None if barred_command.is_some() => (Lead::Access, text),
        // `"message":" 220 ready"`: a string whose text starts with blanks before the code
        // (rsyslog's JSON keeps the blank after the tag) is led by its key all the same.
        None if in_str && lex::trim_end(before).ends_with(b"\"") => {
            (lead(lex::trim_end(before), Some(b'"')), text)
        }
        // (A bar after the code too: a table's cell, no prefix's column; a border that
        // starts the line is a paste's wrapper, read as the line's start.)
        None => match lead(before, quote) {
            Lead::Start
                if memchr::memchr(b'|', after).is_some()
                    && lex::trim_end(before)
                        .strip_suffix(b"|")
                        .is_some_and(|head| !lex::trim_end(head).is_empty()) =>
            {
                (Lead::Number, text)
            }
            // `Invalid response: [530] 530 Authentication failed.`: a code alone in
            // brackets labels what follows, as `[530]` before a reply does.
            _ if before.ends_with(b"[") && after.first() == Some(&b']') => (Lead::Number, text),
            // (A field of a record of fields starts where the one before it ended.)
            _ if csv => (Lead::Start, text),
            l => (l, text),
        },
    };
    // `<EntryPair(550 report.txt)>`: a code that opens parentheses has its text inside.
    let text = match (lead, memchr::memchr(b')', text)) {
        (Lead::Paren, Some(close)) => lex::trim_end(&text[..close]),
        _ => text,
    };
    // `{ [Error: Failed to open file.] code: 550 }`: the code's field closes the object
    // it is a property of, and has no text of its own.
    let text = if lead == Lead::Key && text.iter().all(|b| matches!(b, b'}' | b')' | b']' | b' ')) {
        &b""[..]
    } else {
        text
    };
    // `code=220, buffer='(vsFTPd 2.0.5)'`, `"code":550,"message":"No such file"`,
    // `code=226 msg="Transfer complete"`: the code in one field, its text in the next, or
    // in a later field named for a message (`code: 550, path: "/v", serverDescription:
    // Optional("/v: No such file")`, a Swift error's description).
    let text = match (lead, message_field(after).or_else(|| field_text(after))) {
        (Lead::Key, Some(t)) if text.is_empty() || after.first() == Some(&b' ') => t,
        _ => text,
    };
    // `CODE=226 TASKID=none`: what follows is another key's field, not the reply's text.
    let text = match (lead, next_key(text)) {
        (Lead::Key | Lead::OtherKey, Some(key)) if key_lead(key) == Lead::OtherKey => &b""[..],
        _ => text,
    };
    // `get a.txt failed: No such file or directory. code=550`: an error message with the
    // reply's text, then its code in a field of its own.
    // (A key named for an FTP reply's code holds one, whatever stands around it.)
    let ftp_key = ftp_code_key(before);
    let quoted = (lead == Lead::Key && text.is_empty() && !ftp_key)
        .then(|| text_before_key(before))
        .flatten();
    let (lead, text) = match quoted {
        Some(quoted) => (Lead::Error, quoted),
        None => (lead, text),
    };
    // `code: 550` alone, a property of an error object printed under its message (node's
    // `{ code: 550 }`, `response code: 226`): the reply's code again, no reply by itself.
    let lead = if lead == Lead::Key && text.is_empty() && !ftp_key && key_alone(before) {
        Lead::Prose
    } else {
        lead
    };
    // `login failed: ... but got 530 [' Authentication failed.']`: an error message
    // quoting the reply in its own words.
    let lead = if lead == Lead::Prose && error_before(before) {
        Lead::Error
    } else {
        lead
    };
    if field && !matches!(lead, Lead::Key | Lead::Paren | Lead::Quote) {
        return None;
    }
    // (A reply's lines as a list of strings are a client's rendering of it.)
    let listed = text.starts_with(b"['") || text.starts_with(b"[\"");
    let form = if lead == Lead::Error || error_before(before) && !strong_lead(lead) || listed {
        Form::Quote
    } else {
        Form::Plain
    };
    let mut score = lead_score(lead) + code_score(code) + text_score(code, sep, text, lead);
    // `rejects the request with code 425 if no connection was established`: a sentence that
    // goes on after the code, no reply's text (which never starts with a conjunction).
    if lead == Lead::Prose && starts_with_conjunction(text) {
        score -= 4;
    }
    // `220 ` at the start of a line: a reply with its separator and no text, as the
    // protocol writes one (a count or a number alone has no blank after it).
    if text.is_empty() && lead == Lead::Start && after.first() == Some(&b' ') {
        score += 1;
    }
    if *is_listing.get_or_insert_with(|| listing(line)) {
        score -= 12;
    }
    if form == Form::Quote && text.is_empty() {
        // `Failed to MKD dir: 550`: a client's words around a number, quoting no reply.
        score -= 5;
    }
    // `kCFFTPStatusCodeKey=550`, `ftp_reply_code: 550`: a key that names an FTP reply's
    // code, above any other code of the line (`Code=200` there is the error's own).
    if ftp_key {
        score += 4;
    }
    // `227 - Entering Passive Mode (x,x,x,x,x,x).`, `215 : NAME system type`, `110 =>
    // Restart marker reply.`: a code, a sign, what it means, as a list of codes defines
    // them (or a numbered listing, `316 | throw ...`); a reply puts no such sign between
    // its code and its text (none of the replies of 462 logs with hand-checked ground
    // truth, the fixtures and the project's held-out rounds, does; ncftp's `331: Username
    // ok` glues its colon to the code). `200 Codes => ...`, `400 Series` head a group.
    if sep == Sep::Last
        && (defines_code(after)
            || defined_term(before, text)
            || catalogue_word(text)
            || [&b"codes"[..], b"series"]
                .iter()
                .any(|w| lex::first_token(text).eq_ignore_ascii_case(w)))
    {
        score -= 12;
    }
    // `courieresmtpd: error,relay=...,to=<user@host>: 550 User unknown.`: a mail server's
    // record (its name says SMTP, or a mail address stands in angle brackets in a field
    // before the code), in the system log it shares with an FTP server's.
    if mail_record(before) {
        score -= 12;
    }
    // `SYSLOG_RAW=<95>Dec  4 ... ftpd[757]: <--- 220 `: a field that holds a record's
    // message again as it came (journald's copy beside MESSAGE, the Elastic Common
    // Schema's `event.original` beside `message`): the reply is the message's.
    if raw_copy_field(line) || raw_message_before(before) {
        score -= 12;
    }
    // `//    110 Restart marker reply.`: a code that opens a comment of source code, as a
    // program's constants are documented (a transcript in a comment has its marker: `// <
    // 220 ...`).
    if lex::trim_end(before).ends_with(b"//") || lex::trim_end(before).ends_with(b"/*") {
        score -= 10;
    }
    // `I did eventually get a 550 error`: a code after an article is a noun of prose.
    if article_before(before) {
        score -= 8;
    }
    // `Crawled (404) <GET ftp://host/missing.txt>`: an HTTP status, of the request after it;
    // `HTTP POST http://...: 500 Internal Server Error`: HTTP's own words for its status.
    if http_request(text) || http_reason(code, text) {
        score -= 10;
    }
    // `waiting for: "211 "`, `expected 226`: a code the program waits for, not one it got.
    if awaited(before) {
        score -= 8;
    }
    // `| 110  | Restart marker reply |`: the code alone in a table's cell, its words in the
    // next; a reply does not put a bar after its code.
    if lex::trim_end(before).ends_with(b"|") && text.starts_with(b"|") {
        score -= 4;
    }
    Some(Candidate {
        found: Found {
            code,
            sep,
            at,
            text,
            form,
            command: command.or(barred_command).or(arrowed).or(answered),
            closed_inline,
            hangs,
            shape: lex::shape(before),
        },
        lead,
        score,
    })
}

/// The text of the field after a code's (`, msg='text'`, `,"message":"text"`, ` text="..."`):
/// a key, `=` or `:`, and a quoted string, of which the first line is taken.
fn field_text(after: &[u8]) -> Option<&[u8]> {
    if after.starts_with(b"</") {
        return element_text(after);
    }
    let s = after
        .strip_prefix(b",")
        .or_else(|| after.strip_prefix(b";"))
        .unwrap_or(after);
    let s = lex::trim_start(s);
    let key_quote = s.first().copied().filter(|q| matches!(q, b'"' | b'\''));
    let s = if key_quote.is_some() { &s[1..] } else { s };
    let key = s
        .iter()
        .take_while(|b| lex::is_letter(**b) || **b == b'_')
        .count();
    // A quoted position (`{ '0': 331, '1': 'Username ok' }`, the arguments of a call as
    // node prints them) names the value as well as a word does.
    let key = match key {
        0 if key_quote.is_some() => s.iter().take_while(|b| b.is_ascii_digit()).count(),
        n => n,
    };
    if key == 0 || key < 2 && !s[0].is_ascii_digit() {
        return None;
    }
    let name = &s[..key];
    let mut s = &s[key..];
    if let Some(q) = key_quote {
        s = s.strip_prefix(&[q])?;
    }
    let s = s
        .strip_prefix(b"=")
        .or_else(|| lex::trim_start(s).strip_prefix(b":"))?;
    let s = lex::trim_start(s);
    let Some(q) = s.first().copied().filter(|q| matches!(q, b'"' | b'\'')) else {
        // Unquoted (`code: 220, resp: FTP server ready.`): the rest of the line, where
        // the code's field ended with a delimiter. (Not another code: `kCFFTPStatusCodeKey=550,
        // _kCFStreamErrorCodeKey=550` names one again.)
        let delimited = matches!(after.first(), Some(b',' | b';'));
        let another_code = has_word(name, b"code") && s.first().is_some_and(u8::is_ascii_digit);
        return (delimited && !another_code && s.first().is_some_and(|b| !lex::is_space(*b)))
            .then(|| lex::trim_end(s));
    };
    let mut value = &s[1..];
    let mut i = 0;
    while i < value.len() {
        match value[i] {
            b'\\' => i += 2,
            // `"resp":""/" is the current directory","bytes":"-"` (ProFTPD's JSON, which
            // does not escape the reply's quotes): in a record of quoted keys, the value
            // ends at a quote before the next key or the record's end.
            b if b == q && key_quote == Some(b'"') && !json_value_ends(&value[i + 1..]) => {
                i += 1;
            }
            b if b == q => {
                // `buffer="/pub" is the current directory.`: words after the closing quote
                // (no delimiter, no other key) say the quote was the text's own, as a 257
                // or 250 reply starts with a quoted path; the text runs to the end.
                let rest = lex::trim_start(&value[i + 1..]);
                let own = !rest.is_empty()
                    && rest.first().is_some_and(|b| lex::is_letter(*b))
                    && next_key(rest).is_none()
                    && !rest
                        .split(|b| *b == b' ')
                        .next()
                        .is_some_and(|w| w.ends_with(b":"));
                value = if own { lex::trim_end(s) } else { &value[..i] };
                break;
            }
            _ => i += 1,
        }
    }
    let value = &value[..escaped_line_end(value).unwrap_or(value.len())];
    (!value.is_empty()).then_some(value)
}

/// The quoted value of a later field of the code's record whose name says it holds a
/// message (`serverDescription: Optional("...")`, `, message='...'`), as an error object
/// gives the reply's words beside its code, other fields (a path) between them.
fn message_field(after: &[u8]) -> Option<&[u8]> {
    if !matches!(after.first(), Some(b',' | b';')) {
        return None;
    }
    let after = &after[..after.len().min(320)];
    let mut from = 0;
    while let Some(k) = after[from..]
        .iter()
        .position(|b| matches!(b, b':' | b'='))
        .map(|k| from + k)
    {
        from = k + 1;
        let name = lex::last_word(lex::trim_end(&after[..k]));
        let named = [&b"description"[..], b"message", b"msg", b"reason"]
            .iter()
            .any(|w| name.len() >= w.len() && name[name.len() - w.len()..].eq_ignore_ascii_case(w));
        if !named || !after[..k].ends_with(name) && !lex::trim_end(&after[..k]).ends_with(name) {
            continue;
        }
        // (A value wrapped as Swift prints an optional: `Optional("...")`.)
        let value = lex::trim_start(&after[k + 1..]);
        let value = value.strip_prefix(b"Optional(").unwrap_or(value);
        let q = *value.first().filter(|q| matches!(q, b'"' | b'\''))?;
        let inner = &value[1..];
        let mut i = 0;
        while i < inner.len() && inner[i] != q {
            i += if inner[i] == b'\\' { 2 } else { 1 };
        }
        let text = &inner[..i.min(inner.len())];
        return (!text.is_empty()).then_some(text);
    }
    None
}

/// Whether what follows a quote ends a JSON value: the record's end, or a delimiter and
/// the next quoted key; or nothing that could end it later (no other quote).
fn json_value_ends(after: &[u8]) -> bool {
    let after = lex::trim_start(after);
    match after.first() {
        None | Some(b'}' | b']') => true,
        Some(b',') => lex::trim_start(&after[1..]).first() == Some(&b'"'),
        _ => memchr::memchr(b'"', after).is_none(),
    }
}

/// The text of the XML element after a code's (`</code><mesg>Login successful.</mesg>`).
fn element_text(after: &[u8]) -> Option<&[u8]> {
    let next = &after[memchr::memchr(b'>', after)? + 1..];
    let next = lex::trim_start(next).strip_prefix(b"<")?;
    let name = next
        .iter()
        .take_while(|b| lex::is_letter(**b) || **b == b'_')
        .count();
    let value = next[name..].strip_prefix(b">")?;
    let value = lex::trim_end(lex::trim_start(
        &value[..memchr::memchr(b'<', value).unwrap_or(value.len())],
    ));
    (name >= 2 && !value.is_empty()).then_some(value)
}

/// The name of the XML element whose start tag `before` ends with (`code` in
/// `<result><code>`).
fn element_name(before: &[u8]) -> Option<&[u8]> {
    let tag = before.strip_suffix(b">")?;
    let open = memchr::memrchr(b'<', tag)?;
    let name = &tag[open + 1..];
    (name.len() >= 2 && name.iter().all(|b| lex::is_letter(*b) || *b == b'_')).then_some(name)
}

/// `s` without the terminal escape sequences at its end (`\x1b[33m`, `\x1b]0;title\x07`),
/// and without NUL bytes there.
fn without_escapes(mut s: &[u8]) -> &[u8] {
    loop {
        if let Some(rest) = s.strip_suffix(b"\0") {
            s = rest;
            continue;
        }
        // CSI: ESC [ parameters letter.
        if let Some(&last) = s.last()
            && last.is_ascii_alphabetic()
            && let Some(esc) = s[s.len().saturating_sub(16)..]
                .iter()
                .rposition(|b| *b == 0x1b)
        {
            let start = s.len().saturating_sub(16) + esc;
            let body = &s[start + 1..s.len() - 1];
            if body.first() == Some(&b'[')
                && body[1..]
                    .iter()
                    .all(|b| b.is_ascii_digit() || *b == b';' || *b == b'?')
            {
                s = &s[..start];
                continue;
            }
        }
        // OSC: ESC ] ... BEL.
        if s.last() == Some(&0x07)
            && let Some(esc) = s.iter().rposition(|b| *b == 0x1b)
            && s.get(esc + 1) == Some(&b']')
        {
            s = &s[..esc];
            continue;
        }
        return s;
    }
}

/// The number is part of something else: a word or a name (`x550`, `a_220`), a path
/// (`/pub/421-notes.txt`), a number (`10:15:200`, `1.220`, `40,426`), an address.
fn inside_a_word(before: &[u8]) -> bool {
    let Some(&prev) = before.last() else {
        return false;
    };
    if !lex::is_space(prev) && packet_junk(before) {
        return false;
    }
    // The header bytes of a packet dump may end in a printable byte: `G.%.N.fU331 Please
    // specify the password.` (tcpdump -A) is a code glued to junk, not part of a word.
    if lex::is_alnum(prev) && header_junk(before) {
        return false;
    }
    if lex::is_alnum(prev)
        || matches!(
            prev,
            b'_' | b'/' | b'\\' | b'@' | b'$' | b'%' | b'&' | b'#' | b'+' | b'~' | b'^'
        )
    {
        return true;
    }
    // `1.220`, `a.550`, `x-421`, `10:200`, `40,426`; but `client:331` is a label.
    let second = before.len().checked_sub(2).map(|i| before[i]);
    match prev {
        // A packet dump's header bytes, unprintable ones shown as dots, run straight
        // into the payload: `G...N.Y.220-Welcome` (tcpdump -A).
        b'.' if dump_junk(before) => false,
        b'.' | b'-' => second.is_some_and(lex::is_alnum),
        b',' => second.is_some_and(lex::is_digit),
        b':' => second.is_some_and(lex::is_digit) || source_location(&before[..before.len() - 1]),
        _ => false,
    }
}

/// Whether the word before a code is a packet's header bytes printed as text, dots for
/// the unprintable ones, whatever its last byte: `....Y..w..W4` before `550 No such file`
/// (netsniff-ng's `[ Chr ` column, where a TCP option's time stamps run into the payload).
/// It starts with dots and half of it at least is dots: no word or name is so.
fn packet_junk(before: &[u8]) -> bool {
    // (The last 41 bytes hold any such word: the look stays short on a long line.)
    let token = lex::last_token(&before[before.len().saturating_sub(41)..]);
    (8..=40).contains(&token.len()) && token.starts_with(b"..") && dump_junk(token)
}

/// Whether the word before a code is header bytes printed as dots (at least half dots).
fn dump_junk(before: &[u8]) -> bool {
    let token = lex::last_token(before);
    let dots = token.iter().filter(|b| **b == b'.').count();
    token.len() >= 4 && dots >= 3 && dots * 2 >= token.len()
}

/// Whether a line starts with a packet's header bytes, printed as text with dots for the
/// unprintable ones, right before the payload: no blank, a few bytes, several dots and
/// some punctuation no word or dotted name holds.
fn header_junk(before: &[u8]) -> bool {
    let dots = before.iter().filter(|b| **b == b'.').count();
    let odd = before
        .iter()
        .filter(|b| !lex::is_alnum(**b) && !matches!(b, b'.' | b'_' | b'-'))
        .count();
    (4..=24).contains(&before.len())
        && !before.iter().any(|b| lex::is_space(*b))
        && dots >= 2
        && odd >= 1
}

/// `client.js`, `ftp.cpp`, `Main.java` before `:278`: a source file and its line number.
fn source_location(name: &[u8]) -> bool {
    let start = name
        .iter()
        .rposition(|b| !(lex::is_alnum(*b) || matches!(b, b'.' | b'_' | b'-')))
        .map_or(0, |i| i + 1);
    let word = &name[start..];
    let Some(dot) = word.iter().rposition(|b| *b == b'.') else {
        return false;
    };
    let ext = word[dot + 1..].to_ascii_lowercase();
    const SOURCE: &[&[u8]] = &[
        b"c", b"cc", b"cpp", b"cxx", b"h", b"hpp", b"rs", b"go", b"py", b"js", b"mjs", b"cjs",
        b"ts", b"tsx", b"jsx", b"java", b"kt", b"scala", b"cs", b"vb", b"rb", b"php", b"pl", b"pm",
        b"swift", b"m", b"mm", b"lua", b"sh", b"ino", b"dart", b"ex", b"exs", b"erl", b"tcl",
        b"pas", b"d", b"zig", b"nim", b"groovy",
    ];
    dot > 0 && SOURCE.contains(&ext.as_slice())
}

/// The number is a command's argument: `RETR 550 report.txt`, `SIZE 421-notes.txt`, and
/// as clients name their own commands, `retr 550 report.txt: 6 bytes`, `get 550 report.txt`.
fn follows_a_verb(before: &[u8]) -> bool {
    // The argument may be quoted: `downloaded '550 report.txt': 6 bytes`.
    let before = before
        .strip_suffix(b"'")
        .or_else(|| before.strip_suffix(b"\""))
        .unwrap_or(before);
    let Some(rest) = before.strip_suffix(b" ") else {
        return false;
    };
    let start = rest
        .iter()
        .rposition(|b| !lex::is_alnum(*b))
        .map_or(0, |i| i + 1);
    let word = &rest[start..];
    if word.iter().all(u8::is_ascii_uppercase) {
        return is_verb(word);
    }
    // `I get "451 An error occured ..."`: a person saying what they received.
    let person = lex::last_word(lex::trim_end(&rest[..start]));
    if word == b"get" && one_of(person, &["i", "we", "you", "they"]) {
        return false;
    }
    // A client's commands that take a file (ftp(1)'s and most libraries' names).
    const CLIENT: &[&[u8]] = &[
        b"get",
        b"put",
        b"mget",
        b"mput",
        b"delete",
        b"rename",
        b"retr",
        b"stor",
        b"appe",
        b"dele",
        b"rnfr",
        b"rnto",
        b"mkd",
        b"rmd",
        b"mdtm",
        b"download",
        b"upload",
        // What they say they did with it.
        b"downloaded",
        b"uploaded",
        b"deleted",
        b"renamed",
        b"retrieved",
        b"fetched",
        b"saved",
        b"removed",
    ];
    CLIENT.contains(&word)
}

fn strong_lead(lead: Lead) -> bool {
    matches!(
        lead,
        Lead::Arrow | Lead::Direction | Lead::Key | Lead::Quote
    )
}

/// The text of a reply that opens a quoted string, up to its closing quote and the first
/// escaped line end; and, for a multi-line reply whose end is in the same string, the
/// text of its last line.
fn quoted_text(
    code: ReplyCode,
    sep: Sep,
    rest: &[u8],
    q: u8,
    escaped: bool,
) -> (&[u8], Option<&[u8]>) {
    // The string ends at the first quote followed by a delimiter (`", 4096)`, `"}`);
    // failing one, at the first followed by a blank. A quote a tracer did not escape
    // (ltrace's `"257 "/" is the current directory.\r\n"`) is no end.
    let mut end = None;
    let mut loose = None;
    let mut i = 0;
    while i < rest.len() {
        match rest[i] {
            // A string opened by an escaped quote (`[\"421-notes.txt\", ...]` inside a
            // JSON string) ends at an escaped one.
            b'\\' if escaped && rest.get(i + 1) == Some(&q) && ends_inner(&rest[i + 2..], q) => {
                end = Some(i);
                break;
            }
            b'\\' => i += 2,
            b if b == q && q != 0 => {
                let after = &rest[i + 1..];
                // A quote that opens another string after a loose end (`encoded '550
                // report.txt' into '550 report.txt'`): the string ended there.
                if let Some(loose) = loose
                    && lex::is_space(rest[i - 1])
                    && after.first().is_some_and(|b| !lex::is_space(*b))
                {
                    end = Some(loose);
                    break;
                }
                // (`"421-notes.txt" "502.txt"`: blanks and another string, as a list of
                // strings is printed.)
                let next_string = after.first().is_some_and(|b| lex::is_space(*b))
                    && lex::trim_start(after).first() == Some(&q);
                if closes_string(after) || next_string {
                    end = Some(i);
                    break;
                }
                if loose.is_none() && after.first().is_some_and(|b| lex::is_space(*b)) {
                    loose = Some(i);
                }
                i += 1;
            }
            _ => i += 1,
        }
    }
    let end = end.or(loose).unwrap_or(rest.len());
    let string = &rest[..end];
    let first_end = escaped_line_end(string).unwrap_or(string.len());
    let first = &string[..first_end];
    if sep != Sep::More {
        return (first, None);
    }
    // "211-Features:\r\n MDTM\r\n211 End\r\n": the closing line is in the string.
    let mut buf = [0; 20];
    let digits = crate::digits::decimal(u64::from(code.get()), &mut buf);
    let mut from = first_end;
    while let Some(i) = escaped_line_end(&string[from..]) {
        let line_start = from + i + escape_len(&string[from + i..]);
        let line = &string[line_start..];
        // The code and anything but a hyphen or a digit (`211 End`, `211`, a paste's
        // masked `220****`).
        if line.starts_with(digits)
            && line
                .get(3)
                .is_none_or(|b| *b != b'-' && !b.is_ascii_digit())
        {
            let last_end = escaped_line_end(line).unwrap_or(line.len());
            let text = line.get(4..last_end.max(4)).unwrap_or_default();
            return (first, Some(text));
        }
        from = line_start;
        if from >= string.len() {
            break;
        }
    }
    (first, None)
}

/// Where the text of a reply's first line holds the reply's closing line, folded into it
/// after a blank: the code and a blank or the end (`... UTF8 211 End`).
fn folded_close(code: ReplyCode, text: &[u8]) -> Option<usize> {
    let mut buf = [0; 20];
    let digits = crate::digits::decimal(u64::from(code.get()), &mut buf);
    memchr::memmem::find_iter(text, digits).find(|&at| {
        at > 0 && lex::is_space(text[at - 1]) && text.get(at + 3).is_none_or(|b| *b == b' ')
    })
}

/// The key of a `key=value` field at the start of `text` (`TASKID` in `TASKID=none`).
fn next_key(text: &[u8]) -> Option<&[u8]> {
    let len = text
        .iter()
        .take_while(|b| lex::is_alnum(**b) || **b == b'_' || **b == b'.')
        .count();
    (len >= 2 && text.get(len) == Some(&b'=')).then(|| &text[..len])
}

/// The key of the array of strings in which a JSON string opens at the end of `before`
/// (`"key":["150","`): the text before the array's `[` up to the key's closing quote, the
/// key last. None where the string is no array's element.
fn array_element(before: &[u8]) -> Option<&[u8]> {
    let tail = &before[before.len().saturating_sub(96)..];
    let open = memchr::memrchr(b'[', tail)?;
    let elements = &tail[open + 1..];
    let mut rest = lex::trim_start(elements);
    // Each earlier element: a string of no quotes, and a comma.
    while let Some(string) = rest.strip_prefix(b"\"") {
        let close = memchr::memchr(b'"', string)?;
        rest = lex::trim_start(lex::trim_start(&string[close + 1..]).strip_prefix(b",")?);
    }
    if !rest.is_empty() {
        return None;
    }
    let key = lex::trim_end(&tail[..open]);
    // (A JSON key: `CommandFailed: ['530 ...']` is an error's words before a list.)
    lex::trim_end(key.strip_suffix(b":")?).strip_suffix(b"\"")
}

/// The reply's text an error message gives before the key of a code that ends the line
/// (`put a.txt failed: Not enough privileges. code=550`): the sentence after the error's
/// colon, in words replies are made of. None for a program's own words (`The response
/// status is not successful. status=530`).
fn text_before_key(before: &[u8]) -> Option<&[u8]> {
    let key = lex::trim_end(before);
    let key = key.strip_suffix(b"=").or_else(|| key.strip_suffix(b":"))?;
    let word = lex::last_word(key);
    if !names_a_code(word) || !key.ends_with(word) {
        return None;
    }
    let sentence = lex::trim_end(&key[..key.len() - word.len()]);
    let colon = memchr::memmem::rfind(sentence, b": ")?;
    let text = lex::trim_start(&sentence[colon + 2..]);
    // (node prints an error's message in brackets before its properties: `{ [Error:
    // Failed to open file.] code: 550 }`.)
    let text = text.strip_suffix(b"]").map_or(text, lex::trim_end);
    let words = lex::words(text, 12).count();
    let known = lex::words(text, 12)
        .filter(|w| words::is_reply_word(w))
        .count();
    (words >= 2 && known >= 2 && error_before(&sentence[..colon])).then_some(text)
}

/// Whether the key before a code with no text ends as a property's or an assignment's
/// (`code: 550`, `status=530`): the code of a reply said elsewhere, or a program's own
/// status, not a reply.
fn key_alone(before: &[u8]) -> bool {
    let before = lex::trim_end(before);
    before.ends_with(b":") || before.ends_with(b"=")
}

/// Whether a double-quoted string is open at the end of `before` (an odd number of
/// unescaped double quotes in it): the line is a JSON record or a `key="value"` field, and
/// the code stands inside one of its strings.
fn in_string(before: &[u8]) -> bool {
    let mut open = false;
    for i in memchr::memchr_iter(b'"', before) {
        let backslashes = before[..i]
            .iter()
            .rev()
            .take_while(|&&b| b == b'\\')
            .count();
        if backslashes % 2 == 0 {
            open = !open;
        }
    }
    open
}

/// Whether what follows a quote ends a string there: the end of the line, a delimiter,
/// or blanks before one (`", 4096) = 35`, `"}`, `' at`).
fn closes_string(after: &[u8]) -> bool {
    let rest = lex::trim_start(after);
    matches!(
        rest.first(),
        None | Some(b',' | b')' | b']' | b'}' | b';' | b'=' | b'.' | b'+')
    )
}

/// Whether what follows an escaped quote ends the string it closed: a delimiter, or the
/// line ends and the quote of the string around it (a container's JSON log holding vsftpd's
/// `\"220 (vsFTPd 3.0.3)\"\n", "stream": ...`).
fn ends_inner(after: &[u8], q: u8) -> bool {
    let mut a = after;
    while let Some(rest) = a.strip_prefix(b"\\n").or_else(|| a.strip_prefix(b"\\r")) {
        a = rest;
    }
    if a.len() < after.len() {
        a = a.strip_prefix(&[q]).unwrap_or(a);
    }
    closes_string(a)
}

/// Where the first escaped line end (`\r\n`, `\n`, `\r`) is in an escaped string.
fn escaped_line_end(s: &[u8]) -> Option<usize> {
    let mut i = 0;
    while i + 1 < s.len() {
        if s[i] == b'\\' {
            // (`\x0d\x0a`: Ruby's and Metasploit's way, as bytes.)
            if matches!(s[i + 1], b'r' | b'n') || hex_line_end(&s[i..]) {
                return Some(i);
            }
            i += 2;
        } else {
            i += 1;
        }
    }
    None
}

/// Whether `s` starts with a CR or LF escaped as a byte (`\x0d`, `\x0a`, any case).
fn hex_line_end(s: &[u8]) -> bool {
    s.len() >= 4
        && s[0] == b'\\'
        && s[1] == b'x'
        && s[2] == b'0'
        && matches!(s[3].to_ascii_lowercase(), b'd' | b'a')
}

fn escape_len(s: &[u8]) -> usize {
    if hex_line_end(s) {
        return if s.len() >= 8 && hex_line_end(&s[4..]) {
            8
        } else {
            4
        };
    }
    if s.starts_with(b"\\r\\n") { 4 } else { 2 }
}

/// Classifies what stands before a code.
fn lead(before: &[u8], quote: Option<u8>) -> Lead {
    if let Some(q) = quote {
        let inner = &before[..before.len() - 1];
        // `"completion_code":["150","226"]` (Suricata's eve.json): a string in an array,
        // named by the array's key.
        if let Some(key) = array_element(inner) {
            return key_lead(lex::last_word(key));
        }
        // `"reply":"550 ...`, `reply='550 ...'`: a key names the string (`Truncated server
        // reply: '550 '`, a label with a blank after it, too).
        let key = inner
            .strip_suffix(b":")
            .or_else(|| inner.strip_suffix(b"="))
            .or_else(|| inner.strip_suffix(b": "));
        if let Some(key) = key {
            let key = key.strip_suffix(&[q]).unwrap_or(key);
            // `"err":{"type":"FTPError","message":"550 ...`: an error's message, which
            // quotes the reply it failed on (pino, bunyan).
            if in_error_object(key) {
                return Lead::Error;
            }
            return named_key_lead(key);
        }
        // `content b'550 not a reply\n'`: a string labelled as what a file holds.
        let bare = inner.strip_suffix(b"b").unwrap_or(inner);
        let bare = lex::trim_end(bare.strip_suffix(b":").unwrap_or(bare));
        let word = lex::last_word(bare);
        if bare.ends_with(word) && one_of(word, &["content", "contents", "payload"]) {
            return Lead::OtherKey;
        }
        // ``Transferring file `200 OK.txt'``, ``Mirroring directory `530 denied'``: a name
        // a program quotes after saying what it names.
        if bare.ends_with(word)
            && one_of(
                word,
                &[
                    "file",
                    "files",
                    "filename",
                    "directory",
                    "dir",
                    "folder",
                    "mirror",
                    "transfer",
                    "path",
                ],
            )
        {
            return Lead::OtherKey;
        }
        // `550.txt: "550 not a reply\r\n"`: a string a file's name labels is what the
        // file holds.
        if let Some(label) = lex::trim_end(inner).strip_suffix(b":") {
            let start = label
                .iter()
                .rposition(|b| lex::is_space(*b))
                .map_or(0, |i| i + 1);
            if file_name(&label[start..], Sep::Last) {
                return Lead::OtherKey;
            }
        }
        return Lead::Quote;
    }
    // `"code":550`, `"status": 530`, `{'code': 550`: a quoted key names the number.
    if let Some((key, q)) = lex::trim_end(before).strip_suffix(b":").and_then(|k| {
        k.strip_suffix(b"\"")
            .map(|k| (k, b'"'))
            .or_else(|| k.strip_suffix(b"'").map(|k| (k, b'\'')))
    }) {
        let start = key.iter().rposition(|b| *b == q).map_or(0, |i| i + 1);
        let name = &key[start..];
        // (`"line": 100`: a JSON number under `line` is a source line's, as loguru's
        // records give it; logfmt's `line=230 Logged in` is a reply's line.)
        if name.eq_ignore_ascii_case(b"line") {
            return Lead::OtherKey;
        }
        if name.iter().all(|b| lex::is_letter(*b) || *b == b'_') {
            return key_lead(lex::last_word(name));
        }
        // `"zeek.ftp.reply.code": 229`: a flattened path of keys (Filebeat, Elastic's
        // fields), named by its last part.
        if name.contains(&b'.')
            && name
                .iter()
                .all(|b| lex::is_letter(*b) || matches!(b, b'_' | b'.'))
        {
            return key_lead(lex::last_word(name));
        }
        // A position (`{ '0': 331, '1': '...' }`): a value among others, which is a
        // reply's code where the next holds its text (else a key alone, see `key_alone`).
        if start > 0 && !name.is_empty() && name.iter().all(u8::is_ascii_digit) {
            return Lead::Key;
        }
    }
    match before.last() {
        None => return Lead::Start,
        // A packet's header bytes run into the payload.
        Some(&b) if !lex::is_space(b) && packet_junk(before) => return Lead::Start,
        // `FtpServer.cc(492) writeReply:`: a source file's line, as C++ debug logs (Squid)
        // and compilers write it.
        Some(b'(') if source_file(&before[..before.len() - 1]) => return Lead::Glued,
        Some(b'(') => return Lead::Paren,
        // `Send reply: [220 Micropython FTP Server` (a reply shown in brackets): what
        // stands before the bracket leads it, as it would the bare code.
        Some(b'[') => {
            let outer = lead(&before[..before.len() - 1], None);
            return if lead_score(outer) > lead_score(Lead::Paren) {
                outer
            } else {
                Lead::Paren
            };
        }
        Some(b'=') => return key_lead(lex::last_word(before)),
        // `<code>230</code>`: an XML element names the number.
        Some(b'>') if let Some(name) = element_name(before) => return key_lead(name),
        Some(b' ' | b'\t') => {}
        // The payload of a packet dump starts after its header's dots.
        Some(b'.') if dump_junk(before) => return Lead::Start,
        Some(&b) if lex::is_alnum(b) && header_junk(before) => return Lead::Start,
        Some(&b) if lex::is_alnum(b) || b == b'.' || b == b',' || b == b'_' || b >= 0x80 => {
            return Lead::Glued;
        }
        Some(_) => {}
    }
    let mut trimmed = lex::trim_end(before);
    let mut token;
    let mut skipped = 0;
    // Whether a lone `-` stood between the token and the code (` - `, a log format's
    // separator, or RFC 5424's nil fields).
    let mut dashes = 0;
    loop {
        let start = trimmed
            .iter()
            .rposition(|b| lex::is_space(*b))
            .map_or(0, |i| i + 1);
        token = &trimmed[start..];
        // A time or a date between a marker and the code (`< 2015-01-24 23:27:17.453 220`)
        // says nothing of what the code is: look past it.
        if skipped < 3 && !token.is_empty() && (time_like(token) || token == b"-") {
            dashes += usize::from(token == b"-");
            trimmed = lex::trim_end(&trimmed[..start]);
            skipped += 1;
            continue;
        }
        // Syslog's `Mar  1 10:15:32`: the month and day before the time too.
        if skipped > 0 && (1..=2).contains(&token.len()) && token.iter().all(u8::is_ascii_digit) {
            let head = lex::trim_end(&trimmed[..start]);
            let month = head
                .iter()
                .rposition(|b| lex::is_space(*b))
                .map_or(0, |i| i + 1);
            if super::time::is_month(&head[month..]) {
                trimmed = lex::trim_end(&head[..month]);
                continue;
            }
        }
        break;
    }
    if token.is_empty() {
        return Lead::Start;
    }
    // `host prog 812 - - 230 ...` (RFC 5424's process id, then nil fields), `c.x.Ftp -
    // 200 ...` (log4j's logger, then ` - `): a field of the log's header, the separator
    // after it, then the message. (Not `200 - 299`: a range of codes.)
    if dashes > 0 && header_field(token, dashes) {
        return Lead::Start;
    }
    if pasted_prefix(trimmed) {
        return Lead::Start;
    }
    // `aioftp.server DEBUG | 220 welcome`: a bar after the log's level starts the message.
    if token == b"|" {
        let head = lex::trim_end(&trimmed[..trimmed.len() - 1]);
        if words::is_level(lex::last_token(head)) {
            return Lead::Start;
        }
    }
    // `<`, `<---`, `-->`, `<==`, `>>`, `--`; not a lone `=` (an assignment) or `|` (a
    // table's column). Also at the start of a string (`"MESSAGE" : "< 220`).
    let marks = match token {
        [b'"' | b'\'' | b'`', rest @ ..] if !rest.is_empty() => rest,
        _ => token,
    };
    let arrowish = marks
        .iter()
        .all(|b| matches!(b, b'<' | b'>' | b'-' | b'=' | b'~' | b'|'));
    if arrowish && (marks.iter().any(|b| matches!(b, b'<' | b'>')) || marks.len() >= 2) {
        // `CODE  -> 331` (then `DATA -> text`): an arrow from a label that names the
        // number a reply's code, as a key does.
        let label = lex::last_word(lex::trim_end(&trimmed[..trimmed.len() - token.len()]));
        if names_a_code(label) {
            return Lead::Key;
        }
        return Lead::Arrow;
    }
    if token.ends_with(b">") && !token.ends_with(b"->") && token.len() > 1 {
        // `(127.0.0.1)>`, `ftp>`: a prompt or a marker glued to a field.
        return Lead::Arrow;
    }
    if token.ends_with(b"->") || token.ends_with(b"<-") {
        return Lead::Arrow;
    }
    // `GLOB(0x55d7)<<<`, `conn>>`: a marker glued to what names the connection.
    let arrows = token
        .iter()
        .rev()
        .take_while(|b| matches!(b, b'<' | b'>' | b'-' | b'='))
        .count();
    if arrows >= 2
        && token[token.len() - arrows..]
            .iter()
            .any(|b| matches!(b, b'<' | b'>'))
    {
        return Lead::Arrow;
    }
    let word = lex::last_word(token);
    if let Some(label) = token.strip_suffix(b":") {
        // `SIZE: 213 421`, `PWD: 257 "/"`: a command named, then its reply.
        if label.iter().all(u8::is_ascii_uppercase) && is_verb(label) {
            return Lead::Verb;
        }
        if word.is_empty() {
            // `12:` (a line number) or `0000:` (a dump offset); `(124):`, `(size 124):`
            // (the length of what a tracer received) labels what follows.
            return if label.iter().all(|b| b.is_ascii_hexdigit()) {
                Lead::Start
            } else if label
                .strip_suffix(b")")
                .map(|l| l.strip_prefix(b"(").unwrap_or(l))
                .is_some_and(|n| !n.is_empty() && n.iter().all(u8::is_ascii_digit))
            {
                Lead::Label
            } else {
                Lead::Number
            };
        }
        return word_lead(word, true, label);
    }
    if token.ends_with(b"]") || token.ends_with(b")") || token.ends_with(b"}") {
        return Lead::Bracket;
    }
    // `1|lftp   | 213 421` (pm2's prefix of a program's output): a bar alone ends a
    // prefix's column, as a line's start does (a table's cell, `| 421-guess:ftpuser |`,
    // is told by the bar after it: see `candidate`).
    if token == b"|" {
        return Lead::Start;
    }
    if word.is_empty() || token.iter().all(|b| lex::is_digit(*b) || *b == b'.') {
        return Lead::Number;
    }
    if token.ends_with(b",") || token.ends_with(b";") {
        return Lead::Number;
    }
    // `/pub/size-421.bin\t421\tfile`, `size-421.bin 421`: a field after a file's name (its
    // size), as listings and tables print them.
    if memchr::memchr2(b'.', b'/', token).is_some()
        && file_name(token, Sep::Last)
        && !token.contains(&b'=')
    {
        return Lead::Number;
    }
    // `Content-Length set to 421`, `limit raised to 550`: a value set, not a reply sent.
    if token == b"to" {
        let head = lex::trim_end(&trimmed[..trimmed.len() - token.len()]);
        const SET: &[&[u8]] = &[
            b"set",
            b"changed",
            b"increased",
            b"decreased",
            b"reduced",
            b"raised",
            b"lowered",
            b"limited",
            b"updated",
            b"adjusted",
            b"defaults",
            b"default",
            b"equal",
            b"equals",
        ];
        if SET
            .iter()
            .any(|w| w.eq_ignore_ascii_case(lex::last_token(head)))
        {
            return Lead::Prose;
        }
    }
    word_lead(word, false, token)
}

/// A header's field before a ` - ` separator (`dashes` of them): a number that is no code
/// (a process id; after nil fields, `812 - -`, any number), or a logger's dotted name (`c.x.Ftp`, `org.apache.ftpserver.impl.FtpIoSession`).
fn header_field(token: &[u8], dashes: usize) -> bool {
    if token.iter().all(u8::is_ascii_digit) {
        let code_like = token.len() == 3 && (b'1'..=b'5').contains(&token[0]);
        return !code_like || dashes >= 2;
    }
    let dotted = token.iter().filter(|&&b| b == b'.').count();
    // (Two dots at least: `report.txt - 421` is a file's size.)
    dotted >= 2
        && token.first().is_some_and(u8::is_ascii_alphabetic)
        && token.last().is_some_and(u8::is_ascii_alphanumeric)
        && token
            .iter()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b'$'))
}

/// RFC 3463's enhanced status code (`class.subject.detail`: `5.1.1`, `2.0.0`, `4.7.500`)
/// of the class of the reply `n` it follows.
fn smtp_status(n: u16, token: &[u8]) -> bool {
    let [class, b'.', rest @ ..] = token else {
        return false;
    };
    let mut parts = rest.split(|&b| b == b'.');
    let number = |p: Option<&[u8]>| {
        p.is_some_and(|p| (1..=3).contains(&p.len()) && p.iter().all(u8::is_ascii_digit))
    };
    u16::from(*class) == u16::from(b'0') + n / 100
        && matches!(class, b'2' | b'4' | b'5')
        && number(parts.next())
        && number(parts.next())
        && parts.next().is_none()
}

/// A mail server's own words: `220 mta.example.org ESMTP Postfix` (RFC 5321 §4.2's
/// greeting), `250-PIPELINING` (an EHLO keyword, RFC 5321 §4.1.1.1), which no FTP server
/// sends.
fn smtp_words(n: u16, text: &[u8]) -> bool {
    if lex::words(text, 8).any(|w| w == b"ESMTP" || w == b"SMTP") {
        return true;
    }
    n == 250
        && one_of(
            lex::first_token(text),
            &[
                "PIPELINING",
                "8BITMIME",
                "STARTTLS",
                "ENHANCEDSTATUSCODES",
                "SMTPUTF8",
                "CHUNKING",
                "DSN",
            ],
        )
}

/// A time or date as logs write them: `23:27:17.453`, `2015-01-24`, `2026/03/01`,
/// `05:53:44,404` (digits joined by `:`, `-`, `/`, `.` or `,`, with at least one `:`, `-`
/// or `/` and no letter), or `10:15:32Z`.
fn time_like(token: &[u8]) -> bool {
    let token = token.strip_suffix(b"Z").unwrap_or(token);
    let token = token.strip_prefix(b"[").unwrap_or(token);
    let token = token.strip_suffix(b"]").unwrap_or(token);
    // (A date with dots, `2003.10.23` or `23.10.2003`, as European and some Windows
    // programs write it; not a version or an address, whose parts are not so.)
    let dotted_date = matches!(
        token,
        [y, y2, y3, y4, b'.', m, m2, b'.', d, d2] | [d, d2, b'.', m, m2, b'.', y, y2, y3, y4]
            if [y, y2, y3, y4, m, m2, d, d2].iter().all(|b| b.is_ascii_digit())
    );
    dotted_date
        || token.len() >= 5
            && token.first().is_some_and(u8::is_ascii_digit)
            && token.iter().all(|b| {
                b.is_ascii_digit() || matches!(b, b':' | b'-' | b'/' | b'.' | b',' | b'T' | b'+')
            })
            && token.iter().any(|b| matches!(b, b':' | b'-' | b'/'))
}

/// What pastes put before a line: a Markdown quote, a prompt, a bullet, a line number.
fn pasted_prefix(s: &[u8]) -> bool {
    s.len() <= 16
        && s.iter().all(|b| {
            matches!(
                b,
                b'>' | b'$' | b'#' | b'*' | b'+' | b'|' | b'`' | b' ' | b'\t' | b'.'
            ) || lex::is_digit(*b)
        })
        && !s.iter().all(|b| matches!(b, b'>' | b' ' | b'\t'))
}

fn word_lead(word: &[u8], label: bool, token: &[u8]) -> Lead {
    // `FileProviderFTPError(code: 550, ...`, `{code: 550`: the first field of an object
    // printed with its type's name, which names the number as a key alone does.
    let first_field = token
        .strip_suffix(word)
        .and_then(<[u8]>::last)
        .is_some_and(|b| matches!(b, b'(' | b'{'));
    if label && first_field && key_lead(word) == Lead::Key {
        return Lead::Key;
    }
    if words::is_direction(word) {
        return if matches!(
            word,
            b"to" | b"from" | b"in" | b"out" | b"s" | b"c" | b"S" | b"C"
        ) {
            Lead::WeakDirection
        } else {
            Lead::Direction
        };
    }
    if words::is_error(word) || words::is_error(token) {
        return Lead::Error;
    }
    // `code: 220`, `status: 530`: a field named as a reply's (`reply code 530` is prose).
    if label && token.len() == word.len() && key_lead(word) == Lead::Key {
        return Lead::Key;
    }
    if words::is_prose(word) {
        return Lead::Prose;
    }
    // `bytes: 421`, `size: 421`: a field that holds a count or a number of its own.
    const MEASURES: &[&[u8]] = &[
        b"size", b"len", b"length", b"count", b"total", b"port", b"pid",
    ];
    if label && (words::is_unit(word) || MEASURES.iter().any(|m| m.eq_ignore_ascii_case(word))) {
        return Lead::OtherKey;
    }
    if label { Lead::Label } else { Lead::Word }
}

fn key_lead(key: &[u8]) -> Lead {
    const KEYS: &[&[u8]] = &[
        b"reply",
        b"response",
        b"resp",
        b"code",
        b"status",
        b"line",
        b"msg",
        b"message",
        b"text",
        b"answer",
        b"ftp",
        b"rx",
        b"recv",
        b"data",
        b"reason",
        b"result",
        b"payload",
        // A server's greeting, as scanners print it (`FTP Banner: '220 ...'`).
        b"banner",
        // The message of a record: Docker's JSON files (`{"log":"220 ...\n"}`) and
        // structlog's (`event='220 ...'`).
        b"log",
        b"event",
    ];
    if KEYS.iter().any(|k| k.eq_ignore_ascii_case(key)) || names_ftp_code(key) {
        Lead::Key
    } else {
        Lead::OtherKey
    }
}

/// Whether a JSON key stands in an object named as an error: `"err":{"type":"FTPError",
/// "message`.
fn in_error_object(key: &[u8]) -> bool {
    let Some(open) = memchr::memrchr(b'{', key) else {
        return false;
    };
    if memchr::memchr(b'}', &key[open..]).is_some() {
        return false;
    }
    let name = lex::trim_end(&key[..open]);
    let Some(name) = name.strip_suffix(b":") else {
        return false;
    };
    let name = lex::trim_end(name);
    let name = name.strip_suffix(b"\"").unwrap_or(name);
    let word = lex::last_word(name);
    name.ends_with(word) && one_of(word, &["err", "error", "exception", "exc"])
}

/// [`key_lead`] of a key that may join words with `_` (`payload_printable`, a packet's
/// payload as Suricata writes it; `completion_code`): its last word, or the one before.
fn named_key_lead(key: &[u8]) -> Lead {
    let last = lex::last_word(key);
    let lead = key_lead(last);
    let before = &key[..key.len() - last.len()];
    match before.strip_suffix(b"_") {
        Some(head) if lead == Lead::OtherKey && key.ends_with(last) => {
            key_lead(lex::last_word(head))
        }
        _ => lead,
    }
}

/// Whether `before` ends in a key (then `=`, `:` or a quote and `:`) whose name says it
/// holds an FTP reply's code: `kCFFTPStatusCodeKey=`, `ftp_reply_code:`, `"FtpStatus": `.
fn ftp_code_key(before: &[u8]) -> bool {
    let key = lex::trim_end(before);
    let Some(key) = key.strip_suffix(b"=").or_else(|| key.strip_suffix(b":")) else {
        return false;
    };
    let key = lex::trim_end(key);
    let key = key
        .strip_suffix(b"\"")
        .or_else(|| key.strip_suffix(b"'"))
        .unwrap_or(key);
    let start = key
        .iter()
        .rposition(|b| !(b.is_ascii_alphanumeric() || matches!(b, b'_' | b'.')))
        .map_or(0, |i| i + 1);
    names_ftp_code(&key[start..])
}

/// Whether a key's name says it holds an FTP reply's code: `kCFFTPStatusCodeKey`,
/// `ftp_reply_code`, `FtpStatus`, `ftp.response.code`.
fn names_ftp_code(name: &[u8]) -> bool {
    name.len() <= 40
        && has_word(name, b"ftp")
        && [&b"status"[..], b"code", b"reply", b"response"]
            .iter()
            .any(|w| has_word(name, w))
}

/// Whether `name` holds `part` (lower case), in any case.
fn has_word(name: &[u8], part: &[u8]) -> bool {
    name.windows(part.len())
        .any(|w| w.eq_ignore_ascii_case(part))
}

/// Whether a label names a reply's code (`CODE`, `status`, `reply`).
fn names_a_code(label: &[u8]) -> bool {
    [&b"code"[..], b"status", b"reply", b"response", b"resp"]
        .iter()
        .any(|k| k.eq_ignore_ascii_case(label))
}

/// Whether a line names reply classes as the RFCs write them: `2xx`, `5yz`, `4XX`.
fn names_classes(line: &[u8]) -> bool {
    memchr::memchr3_iter(b'x', b'X', b'y', line).any(|i| {
        let class = i >= 1 && (b'1'..=b'6').contains(&line[i - 1]);
        let rest = line.get(i + 1).map(u8::to_ascii_lowercase);
        let second = match line[i] {
            b'y' => rest == Some(b'z'),
            _ => rest == Some(b'x'),
        };
        // (Not in quotes: aioftp's `Waiting for ('2xx',) but got 550 [...]` quotes a reply.)
        class
            && second
            && (i < 2
                || !matches!(line[i - 2], b'0'..=b'9' | b'a'..=b'z' | b'A'..=b'Z' | b'\'' | b'"'))
            && !line.get(i + 2).is_some_and(u8::is_ascii_alphanumeric)
    })
}

/// Whether a text starts with an HTTP request (`<GET ftp://...>`, `GET /index.html`).
fn http_request(text: &[u8]) -> bool {
    let t = text.strip_prefix(b"<").unwrap_or(text);
    [&b"GET "[..], b"POST ", b"HEAD ", b"PUT "].iter().any(|m| {
        t.starts_with(m)
            && t.get(m.len())
                .is_some_and(|b| matches!(b, b'/' | b'a'..=b'z'))
    })
}

/// Whether the words right before a code say a program waits for it (`waiting for: "`,
/// `expecting `, `expected (`).
fn awaited(before: &[u8]) -> bool {
    let end = before
        .iter()
        .rposition(u8::is_ascii_alphanumeric)
        .map_or(0, |k| k + 1);
    let words = &before[..end];
    let tail = &words[words.len().saturating_sub(11)..];
    [&b"waiting for"[..], b"wait for", b"expecting", b"expected"]
        .iter()
        .any(|w| {
            tail.len() >= w.len()
                && tail[tail.len() - w.len()..].eq_ignore_ascii_case(w)
                && (tail.len() == w.len() || !tail[tail.len() - w.len() - 1].is_ascii_alphabetic())
        })
}

/// Whether a reply's text sets another code against it: `220 Service Ready vs 530 Not
/// Logged In`, a page's heading.
fn compares_codes(text: &[u8]) -> bool {
    let mut words = text.split(|b| *b == b' ').filter(|w| !w.is_empty());
    while let Some(w) = words.next() {
        if [&b"vs"[..], b"vs.", b"versus"]
            .iter()
            .any(|v| v.eq_ignore_ascii_case(w))
        {
            return words
                .next()
                .and_then(|n| n.first_chunk::<3>())
                .is_some_and(|d| ReplyCode::from_digits(*d).is_some());
        }
    }
    false
}

/// Whether what stands before a code is a list's marker: a bullet (`  • 110 ...`, `- 110`,
/// `* 110`) or an item's number (`3. 125 ...`).
fn list_marker(before: &[u8]) -> bool {
    let t = lex::trim_end(lex::trim_start(before));
    let item_number = t
        .strip_suffix(b".")
        .or_else(|| t.strip_suffix(b")"))
        .is_some_and(|n| (1..=2).contains(&n.len()) && n.iter().all(u8::is_ascii_digit));
    before.ends_with(b" ")
        && (item_number
            || [
                &b"-"[..],
                b"*",
                b"+",
                b"o",
                "•".as_bytes(),
                "·".as_bytes(),
                "▪".as_bytes(),
                "–".as_bytes(),
            ]
            .contains(&t))
}

/// Whether a code's text starts with a catalogue's heading of what it explains: `502
/// CAUSE: ...`, `530 Explanation: ...`.
fn catalogue_word(text: &[u8]) -> bool {
    let Some(word) = lex::first_token(text).strip_suffix(b":") else {
        return false;
    };
    one_of(
        word,
        &[
            "cause",
            "action",
            "explanation",
            "description",
            "meaning",
            "solution",
            "resolution",
        ],
    )
}

/// A table's header that names its first column as the codes: `Code Example Usage`,
/// `Response message`, `Reply Meaning` (a few words, no sentence).
fn code_table_header(line: &[u8]) -> bool {
    let t = lex::trim_end(lex::trim_start(line));
    let words = t.split(|b| *b == b' ').filter(|w| !w.is_empty());
    let mut n = 0;
    for w in words {
        n += 1;
        // (A column's name: capitalized, or a word a table heads its meanings with.)
        let column = w.first().is_some_and(u8::is_ascii_uppercase)
            || one_of(
                w,
                &[
                    "message",
                    "meaning",
                    "description",
                    "text",
                    "usage",
                    "example",
                ],
            );
        if n > 4 || !w.iter().all(u8::is_ascii_alphabetic) || !column {
            return false;
        }
    }
    let first = lex::first_token(t);
    (2..=4).contains(&n)
        && first.first().is_some_and(u8::is_ascii_uppercase)
        && one_of(
            first,
            &[
                "code",
                "codes",
                "reply",
                "replies",
                "response",
                "responses",
                "status",
            ],
        )
}

/// Whether a word is one of these, in any case.
fn one_of(word: &[u8], words: &[&str]) -> bool {
    words
        .iter()
        .any(|w| w.as_bytes().eq_ignore_ascii_case(word))
}

/// Whether a line without a code talks about reply codes: `a three-digit reply code`,
/// `the response codes`, `status code`, `Reply-Codes`, and the same in the languages
/// whose pages about FTP the held-out rounds met (`Antwortcodes`, `códigos de respuesta`,
/// `коды ответа`, `响应码`, `応答コード`).
fn names_reply_codes(line: &[u8]) -> bool {
    let english = [&b"code"[..], b"Code"].iter().any(|needle| {
        memchr::memmem::find_iter(line, needle).any(|i| {
            let before = lex::trim_end(&line[..i]);
            let before = before.strip_suffix(b"-").unwrap_or(before);
            let word_start = before
                .iter()
                .rposition(|b| !b.is_ascii_alphabetic())
                .map_or(0, |k| k + 1);
            let word = &before[word_start..];
            i > 0
                && (before.len() < i || line[i - 1] == b'-')
                && one_of(word, &["reply", "response", "status"])
        })
    });
    english || foreign_code_words().is_some_and(|ac| ac.is_match(line))
}

/// The words for reply codes in other languages, [`names_reply_codes`]'s.
fn foreign_code_words() -> Option<&'static aho_corasick::AhoCorasick> {
    static WORDS: std::sync::LazyLock<Option<aho_corasick::AhoCorasick>> =
        std::sync::LazyLock::new(|| {
            aho_corasick::AhoCorasick::builder()
                .ascii_case_insensitive(true)
                .build([
                    "antwortcode",
                    "statuscode",
                    "rückgabecode",
                    "códigos de respuesta",
                    "código de respuesta",
                    "códigos de resposta",
                    "código de resposta",
                    "codes de réponse",
                    "code de réponse",
                    "codici di risposta",
                    "codice di risposta",
                    "коды ответа",
                    "код ответа",
                    "кодов ответа",
                    "响应码",
                    "返回码",
                    "状态码",
                    "应答码",
                    "回應碼",
                    "応答コード",
                    "レスポンスコード",
                    "ステータスコード",
                    "응답 코드",
                    "상태 코드",
                    "návratové kódy",
                    "kódy odpovědí",
                    "kód odpovědi",
                    "kody odpowiedzi",
                    "kod odpowiedzi",
                    "коди відповіді",
                    "код відповіді",
                    "mã phản hồi",
                    "yanıt kodu",
                    "yanıt kodları",
                    "antwoordcode",
                    "svarskod",
                    "statusni kodovi",
                    "kodovi grešaka",
                    "エラーコード",
                    "错误码",
                    "错误代码",
                ])
                .ok()
        });
    WORDS.as_ref()
}

/// What a list of codes puts between a code and its meaning: ` - `, ` : `, ` = `, ` => `,
/// ` | ` or a tab, then a word.
fn defines_code(after: &[u8]) -> bool {
    // `421\tService not available, ...`: a table's columns (no reply of 480 logs with
    // hand-checked ground truth has a tab after its code).
    if let Some(rest) = after.strip_prefix(b"\t") {
        return rest.first().is_some_and(u8::is_ascii_alphabetic);
    }
    let Some(rest) = after.strip_prefix(b" ") else {
        return false;
    };
    let rest = [&b"- "[..], b": ", b"= ", b"=> ", b"| "]
        .iter()
        .find_map(|sign| rest.strip_prefix(*sign));
    rest.is_some_and(|r| r.first().is_some_and(|b| lex::is_letter(*b) || *b >= 0x80))
}

/// Whether the code and its words are a term in bold that a colon then explains, as a
/// page explaining codes writes them (`1. **550 File exists**：这个错误表示...`, `**530 Not
/// logged in**: the password is wrong`); a paste in bold has nothing after the bold.
fn defined_term(before: &[u8], text: &[u8]) -> bool {
    if !before.ends_with(b"**") && !before.ends_with(b"__") {
        return false;
    }
    let Some(close) = memchr::memmem::find(text, &before[before.len() - 2..]) else {
        return false;
    };
    let rest = lex::trim_start(&text[close + 2..]);
    let rest = rest
        .strip_prefix(b":")
        .or_else(|| rest.strip_prefix("：".as_bytes()))
        .or_else(|| rest.strip_prefix(b" -"))
        .or_else(|| rest.strip_prefix("—".as_bytes()));
    rest.is_some_and(|r| !lex::trim_start(r).is_empty())
}

/// Whether a line is a field, one per line, named as a raw copy of a record's message:
/// `SYSLOG_RAW=...`, `"SYSLOG_RAW" : "..."`, `"event.original": "..."`.
fn raw_copy_field(line: &[u8]) -> bool {
    let t = lex::trim_start(super::journal::unkeyed(line));
    let t = t.strip_prefix(b"\"").unwrap_or(t);
    let name = &t[..t
        .iter()
        .take(40)
        .position(|b| matches!(b, b'=' | b'"' | b':'))
        .unwrap_or(0)];
    let ends =
        |w: &[u8]| name.len() >= w.len() && name[name.len() - w.len()..].eq_ignore_ascii_case(w);
    !name.is_empty()
        && name
            .iter()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'.'))
        && (ends(b"_raw") || ends(b".original") || name.eq_ignore_ascii_case(b"raw"))
}

/// Whether the field that holds the code is rsyslog's `rawmsg`, the message as it came
/// (its `RSYSLOG_DebugFormat` prints it after `msg` and `escaped msg`: `inputname:
/// imuxsock rawmsg: '<95>pyftpd[21913]: DEBUG ... -> 220 ready.'`).
fn raw_message_before(before: &[u8]) -> bool {
    memchr::memmem::rfind(before, b"rawmsg").is_some_and(|i| {
        let after = &before[i + 6..];
        matches!(after.first(), Some(b':' | b'=' | b'"'))
            && !after.iter().any(|b| matches!(b, b',' | b';'))
    })
}

/// Whether a code's text is HTTP's reason phrase for that very status (RFC 9110 §15), which
/// no FTP server's reply of that code uses: `500 Internal Server Error`, `503 Service
/// Unavailable`.
fn http_reason(code: ReplyCode, text: &[u8]) -> bool {
    let text = lex::trim_end(text);
    let phrase: &[u8] = match code.get() {
        400 => b"Bad Request",
        401 => b"Unauthorized",
        403 => b"Forbidden",
        404 => b"Not Found",
        500 => b"Internal Server Error",
        502 => b"Bad Gateway",
        503 => b"Service Unavailable",
        504 => b"Gateway Timeout",
        _ => return false,
    };
    text.eq_ignore_ascii_case(phrase)
}

/// Whether a text starts with a conjunction in small letters (`if`, `when`, `and`, ...).
fn starts_with_conjunction(text: &[u8]) -> bool {
    let word = text
        .iter()
        .position(|b| !b.is_ascii_lowercase())
        .map_or(text, |end| &text[..end]);
    word.len() < text.len()
        && matches!(
            word,
            b"if" | b"when" | b"and" | b"or" | b"but" | b"because" | b"unless" | b"while"
        )
}

/// Whether what follows a code is a mark and the same code starting a reply (`214 |
/// 214-The following ...`, `220: 220 ready`).
fn heads_its_reply(after: &[u8], digits: &[u8]) -> bool {
    // (Asked of every candidate: the mark first, at once.)
    let t = after.strip_prefix(b" ").unwrap_or(after);
    let [b'|' | b':' | b'>' | b'=', rest @ ..] = t else {
        return false;
    };
    let rest = lex::trim_start(rest);
    rest.starts_with(digits) && matches!(rest.get(3), None | Some(b' ' | b'-'))
}

/// Whether a reply's text holds a placeholder of the RFCs' list of replies, as pages that
/// copy the list do (`120 Service ready in nnn minutes.`, `257 "PATHNAME" created.`, `227
/// Entering Passive Mode (h1,h2,h3,h4,p1,p2).`, `MARK yyyy = mmmm`, `215 NAME system
/// type.`): no server sends one.
fn rfc_placeholder(text: &[u8]) -> bool {
    lex::words(text, 40).any(|w| w == b"nnn" || w == b"mmmm" || w == b"PATHNAME")
        || memchr::memmem::find(text, b"h1,h2,h3,h4").is_some()
        || text.starts_with(b"NAME system type")
}

fn mail_record(before: &[u8]) -> bool {
    // (A program's name stands near the line's start: a long JSON record is not searched
    // whole for each of its candidates.)
    has_word(&before[..before.len().min(256)], b"smtp")
        || memchr::memmem::find(before, b"=<").is_some() && memchr::memchr(b'@', before).is_some()
}

/// Whether the code follows an article after a word of prose (`get a 550`, `is the 530`;
/// not `RNFR a 350`, a command's argument).
fn article_before(before: &[u8]) -> bool {
    let Some(rest) = before.strip_suffix(b" ") else {
        return false;
    };
    let Some(rest) = [&b" a"[..], b" an", b" the"]
        .iter()
        .find_map(|a| rest.strip_suffix(*a))
    else {
        return false;
    };
    // (After a comma too: `a bug to me, the 550 error`.)
    let rest = rest.strip_suffix(b",").unwrap_or(rest);
    let word = lex::last_word(rest);
    !word.is_empty() && rest.ends_with(word) && word.iter().all(u8::is_ascii_lowercase)
}

/// A number of a program's text rather than a code a server sent: negative (`Error -160:`),
/// a `case` of a switch in source code (`case 550: /* No such file */`), or the line of a
/// place in the source glued to its qualified name (loguru's `pyftpdlib.log:debug:125 -`).
fn in_source_code(before: &[u8], after: &[u8]) -> bool {
    let negative = before.strip_suffix(b"-").is_some_and(|b| {
        b.last()
            .is_none_or(|c| lex::is_space(*c) || matches!(c, b'(' | b'=' | b','))
    });
    negative
        || after.first() == Some(&b':') && lex::trim_end(before).ends_with(b" case")
        || source_place(before)
        || concatenated(before, after)
}

/// A string literal that holds a code and is joined to more in source code: `b"200 " +
/// banner`, `"550 %s" % path`.
fn concatenated(before: &[u8], after: &[u8]) -> bool {
    let Some(&q @ (b'"' | b'\'')) = before.last() else {
        return false;
    };
    let Some(close) = after.iter().take(40).position(|b| *b == q) else {
        return false;
    };
    // (The literal holds the code alone or a format's placeholders: a template.)
    let inner = lex::trim_start(&after[..close]);
    let template = inner.is_empty() || inner.contains(&b'%') || inner.contains(&b'{');
    let rest = lex::trim_start(&after[close + 1..]);
    template
        && matches!(rest.first(), Some(b'+' | b'%'))
        && rest.get(1).is_some_and(|b| lex::is_space(*b))
}

/// Whether a name ends in the extension of a language's source file (`client.py`), not a
/// logger's (`mylib.ftp`).
fn source_extension(name: &[u8]) -> bool {
    let Some(dot) = name.iter().rposition(|b| *b == b'.') else {
        return false;
    };
    dot > 0
        && [
            &b"py"[..],
            b"go",
            b"rs",
            b"js",
            b"ts",
            b"java",
            b"kt",
            b"c",
            b"cc",
            b"cpp",
            b"h",
            b"rb",
            b"php",
            b"pl",
            b"cs",
            b"swift",
            b"scala",
            b"lua",
            b"erl",
            b"ex",
        ]
        .contains(&&name[dot + 1..])
}

/// Whether `before` ends in a qualified name and a colon, glued to the number after it: a
/// module and its function (`pyftpdlib.servers:serve_forever:`, `ftp.control:log:`) or a
/// file (`client.py:`), as loggers write where a message came from.
fn source_place(before: &[u8]) -> bool {
    let Some(name) = before.strip_suffix(b":") else {
        return false;
    };
    let start = name
        .iter()
        .rposition(|b| !(b.is_ascii_alphanumeric() || matches!(b, b'_' | b'.' | b':' | b'-')))
        .map_or(0, |i| i + 1);
    let name = &name[start..];
    let inner_colon = name.contains(&b':');
    let dotted = name
        .iter()
        .rposition(|b| *b == b'.')
        .is_some_and(|i| i > 0 && i + 1 < name.len() && name[i + 1].is_ascii_lowercase());
    // (Python's `DEBUG:aioftp.client:220 ...` is a level and a logger's name: the
    // message follows.)
    let level_first = name
        .split(|b| *b == b':')
        .next()
        .is_some_and(words::is_level);
    name.first()
        .is_some_and(|b| b.is_ascii_alphabetic() || *b == b'_')
        && !name.ends_with(b":")
        && (inner_colon && !level_first && (dotted || name.contains(&b'_'))
            || !inner_colon && source_extension(name))
}

/// `Failed FTP upload: 553`, `(9, 'Failed to MKD dir: 550')`: a client's error that ends
/// with a code the RFCs define, alone, after words that name FTP or one of its commands.
fn bare_code_error(line: &[u8], c: &Candidate) -> bool {
    let f = &c.found;
    let after = line.get(f.at + 3..).unwrap_or_default();
    let before = &line[..f.at];
    f.form == Form::Quote
        && f.text.is_empty()
        && after
            .iter()
            .all(|b| matches!(b, b'\'' | b'"' | b')' | b']' | b'.') || lex::is_space(*b))
        && codes::lookup(f.code).is_some()
        && before[before.len().saturating_sub(48)..]
            .split(|b| !b.is_ascii_alphabetic())
            .any(|w| has_word(w, b"ftp") || w.iter().all(u8::is_ascii_uppercase) && is_verb(w))
}

/// An error message in the last few words before the code, or a mismatch said so
/// (aioftp's `Waiting for ('2xx',) but got 550 [' Error']`).
fn error_before(before: &[u8]) -> bool {
    if lex::trim_end(before).ends_with(b"but got") {
        return true;
    }
    let tail = &before[before.len().saturating_sub(48)..];
    tail.split(|b| !lex::is_letter(*b) && *b != b'_')
        .filter(|w| w.len() >= 3)
        .rev()
        .take(5)
        .any(words::is_error)
}

fn lead_score(lead: Lead) -> i32 {
    match lead {
        Lead::Start => 1,
        Lead::Arrow => 3,
        Lead::Direction => 4,
        Lead::WeakDirection => 2,
        Lead::Error => 1,
        Lead::Prose => -3,
        Lead::Key => 3,
        Lead::OtherKey => -3,
        Lead::Bracket => 1,
        Lead::Quote => 2,
        Lead::Paren => 0,
        Lead::Number => -3,
        Lead::Label => 1,
        Lead::Word => -1,
        Lead::Glued => -5,
        Lead::Access => 6,
        Lead::Verb => 3,
    }
}

fn code_score(code: ReplyCode) -> i32 {
    match codes::lookup(code) {
        Some(_) => 1,
        // RFC 2228 (§4) defines 631, 632 and 633 and no other 6yz reply: no server sends
        // one, where 4yz and 5yz codes of their own are common.
        None if code.get() >= 600 => -6,
        None => -2,
    }
}

/// What the text after the code says about it.
fn text_score(code: ReplyCode, sep: Sep, text: &[u8], lead: Lead) -> i32 {
    if text.is_empty() {
        // A bare code: a reply only where the session or the shape says so.
        return match lead {
            Lead::Key | Lead::Access => 1,
            _ => -1,
        };
    }
    let n = code.get();
    let mut score = 0;
    // `got 550 [' No such file or directory.']`: the reply's lines as a list of strings
    // (aioftp's StatusCodeError), which no count or size is followed by.
    if text.starts_with(b"['") || text.starts_with(b"[\"") {
        score += 3;
    }
    match n {
        227 if pasv_tuple(text) => score += 5,
        229 if needle::find!(text, b"(|||").is_some() => score += 5,
        257 if text.first() == Some(&b'"') => score += 3,
        // SIZE's byte count, MDTM's time: the whole text is digits (quoted as a field,
        // `213 "421" <- [SIZE ...]`, all the same; or in a dump's column, `213 421.. ]`).
        213 if {
            // (Escaped in a JSON string too: `\"20261203192040\"`.)
            let t = quoted_field(text).unwrap_or(text);
            let end = t
                .iter()
                .rposition(|b| !matches!(b, b' ' | b']' | b'|'))
                .map_or(0, |i| i + 1);
            t[..end].iter().all(|b| lex::is_digit(*b) || *b == b'.')
        } =>
        {
            return score + 2;
        }
        _ => {}
    }
    // `421 2026-12-01 21:45:28 size-421.bin`: a size and a date start a listing's line.
    let first_token = text.split(|b| lex::is_space(*b)).next().unwrap_or_default();
    // `421   Dec  3 08:23   size-421.bin`: a listing's size, its date after it.
    if time_like(first_token) || super::time::listing_date(text) {
        return score - 5;
    }
    // `550 5.1.1 User unknown`, `250 2.0.0 OK`: a mail server's reply (RFC 3463's enhanced
    // status code, of the reply's class, after it), in the system log a mail log shares.
    if smtp_status(n, first_token) || smtp_words(n, text) {
        return score - 20;
    }
    let first = text[0];
    if lex::is_digit(first) && !matches!(n, 213 | 227 | 229) {
        // `3.631823065 127.0.0.1 ...`: the fields of a table (a frame number, a time).
        let long = first_token.len() >= 4 || first_token.contains(&b'.');
        score -= if long { 4 } else { 2 };
    }
    // `550      12  2026-03-01  data.csv`: a number in a padded column, then a date, as a
    // table's row.
    let mut fields = text.split(|b| lex::is_space(*b)).filter(|w| !w.is_empty());
    if let (Some(number), Some(date)) = (fields.next(), fields.next())
        && number.iter().all(u8::is_ascii_digit)
        && time_like(date)
    {
        score -= 4;
    }
    let mut count = 0;
    let mut known = 0;
    let mut first_word: &[u8] = b"";
    // `550 /photo_gallery/hi-res/planetary/mars/: No such file or directory`: the name a
    // reply is about, then its words; the name's parts are no words of the reply.
    let named = first_token.len() > 1
        && first_token.ends_with(b":")
        && first_token.iter().any(|b| matches!(b, b'/' | b'.' | b'\\'));
    let worded = if named {
        &text[first_token.len()..]
    } else {
        text
    };
    for w in lex::words(worded, 6) {
        if count == 0 {
            first_word = w;
        }
        count += 1;
        if words::is_reply_word(w) {
            known += 1;
        }
    }
    if count == 0 {
        // Only numbers and signs: the fields of an access log, a counter.
        return score - 2;
    }
    // `Server sent 220 response.`, `got 530 reply`: a program's words about a code.
    if matches!(
        first_word,
        b"response" | b"responses" | b"reply" | b"replies" | b"code" | b"status"
    ) && count <= 2
    {
        score -= 6;
    }
    // `maybe 550 is not a correct response`, `the 550 error is coming back`: the code as
    // the subject of a sentence (no reply of 480 logs with hand-checked ground truth has
    // one of these words right after its code).
    if text.starts_with(first_word)
        && matches!(
            first_word,
            b"is" | b"was" | b"are" | b"means" | b"error" | b"errors"
        )
    {
        score -= 8;
    }
    // `send 200 + banner`: a sum or a string joined, in a comment of source code.
    // (No reply of 480 logs with hand-checked ground truth starts its text so.)
    if text.starts_with(b"+ ") {
        score -= 12;
    }
    score += 2 * known.min(3);
    if count >= 2 {
        score += 1;
    }
    if lex::is_upper(first) || first >= 0x80 || matches!(first, b'"' | b'\'' | b'(') {
        score += 1;
    }
    // "421 bytes received", "312 packets captured", "421 B / 421 B", "copied 421 B;": a
    // count, not a code.
    let unit = first_token
        .strip_suffix(b";")
        .or_else(|| first_token.strip_suffix(b","))
        .unwrap_or(first_token);
    if (text.starts_with(first_word) && words::is_unit(first_word)) || words::is_unit(unit) {
        score -= 7;
    }
    if file_name(text, sep) {
        score -= 6;
    }
    // `157 I _log_start:177 concurrency model`: a number before the log's own level and
    // source location (`%(relativeCreated)d %(levelname).1s %(funcName)s:%(lineno)d`) is
    // a counter of the log's, not a code of the server's.
    let mut tokens = text.split(|b| lex::is_space(*b)).filter(|w| !w.is_empty());
    if let (Some(level), Some(place)) = (tokens.next(), tokens.next())
        && words::is_level(level)
        && source_line(place)
    {
        score -= 6;
    }
    // `/pub/size-421.bin b _ o a anonymous ftp 0 * c` (an xferlog record): a row of
    // fields, several a single letter, where a reply has words.
    if text
        .split(|b| *b == b' ')
        .filter(|w| !w.is_empty())
        .take(10)
        .filter(|w| matches!(w, [b] if b.is_ascii_alphabetic() || *b == b'_'))
        .count()
        >= 3
    {
        score -= 5;
    }
    // `550 report.txt (7 bytes)`, `550 report.txt 7`: a listing's name and size, as a
    // program prints them.
    let rest: &[u8] = text.get(first_token.len()..).unwrap_or_default();
    // (A version, `wconrad/ftpd 2.0.4`, is no size.)
    let numbers_only = rest.iter().any(|b| lex::is_digit(*b))
        && rest
            .iter()
            .all(|b| lex::is_digit(*b) || lex::is_space(*b) || matches!(b, b'.' | b','))
        && !rest
            .split(|b| lex::is_space(*b))
            .any(|w| w.iter().filter(|b| **b == b'.').count() >= 2);
    if file_name(first_token, Sep::Last)
        && (lex::words(rest, 3).any(words::is_unit) || numbers_only)
    {
        score -= 6;
    }
    score
}

/// A place in a program's source as a logger writes it: a name, a colon and a line
/// number (`_log_start:177`, `client.py:395`, `main.go:42:`).
fn source_line(token: &[u8]) -> bool {
    let token = token.strip_suffix(b":").unwrap_or(token);
    let Some(colon) = token.iter().rposition(|b| *b == b':') else {
        return false;
    };
    let (name, line) = (&token[..colon], &token[colon + 1..]);
    (1..=6).contains(&line.len())
        && line.iter().all(u8::is_ascii_digit)
        && name
            .first()
            .is_some_and(|b| b.is_ascii_alphabetic() || *b == b'_')
        && name
            .iter()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'.' | b'-'))
}

/// Whether `s` ends in a source file's name, glued to what follows: `FtpServer.cc`,
/// `ftp.c`, `Client.java`.
fn source_file(s: &[u8]) -> bool {
    let start = s
        .iter()
        .rposition(|b| !(b.is_ascii_alphanumeric() || matches!(b, b'_' | b'.' | b'-' | b'/')))
        .map_or(0, |i| i + 1);
    let name = &s[start..];
    let Some(dot) = name.iter().rposition(|b| *b == b'.') else {
        return false;
    };
    let ext = &name[dot + 1..];
    dot > 0 && (1..=4).contains(&ext.len()) && ext.iter().all(u8::is_ascii_alphabetic)
}

/// `(h1,h2,h3,h4,p1,p2)` in a 227 reply.
fn pasv_tuple(text: &[u8]) -> bool {
    let Some(open) = memchr::memchr(b'(', text) else {
        // Some servers leave out the parentheses.
        return text.iter().filter(|b| **b == b',').count() == 5;
    };
    let inner = &text[open + 1..];
    let close = memchr::memchr(b')', inner).unwrap_or(inner.len());
    inner[..close].iter().filter(|b| **b == b',').count() == 5
}

/// The text is a file name and nothing else (`550 report.txt`, `421-notes.txt`): a listing.
fn file_name(text: &[u8], sep: Sep) -> bool {
    // `250 "/readonly"`, `257 "/home"`: a quoted path is what replies say.
    if matches!(text.first(), Some(b'"' | b'\\')) {
        return false;
    }
    let token_end = text
        .iter()
        .position(|b| lex::is_space(*b))
        .unwrap_or(text.len());
    // ngrep prints a line's CR as a dot: `421-notes.txt.`.
    let token = text[..token_end]
        .strip_suffix(b"..")
        .unwrap_or(&text[..token_end]);
    let token = token.strip_suffix(b".").unwrap_or(token);
    // The backslash of an escaped closing quote (`\"421-notes.txt\", ...` in JSON).
    let token = token.strip_suffix(b"\\").unwrap_or(token);
    // The quote that closes a quoted name (``file `200 OK.txt'``).
    let token = token.strip_suffix(b"'").unwrap_or(token);
    // The bracket that closes the record's fields around it (`(..., message=421-notes.txt)`).
    let token = match token.split_last() {
        Some((b')', name)) if !name.contains(&b'(') => name,
        Some((b']', name)) if !name.contains(&b'[') => name,
        _ => token,
    };
    let alone = token_end == text.len();
    let extension = token
        .iter()
        .rposition(|b| *b == b'.')
        .is_some_and(|i| i > 0 && (1..=5).contains(&(token.len() - i - 1)))
        && token.last().is_some_and(|b| lex::is_alnum(*b));
    let path_like = token.contains(&b'/') || token.contains(&b'_');
    // `SFTPGo_2.6.6`, `wu-2.6.2`: a product's version, as greetings name it; `211
    // https://www.pureftpd.org/`: an address, as Pure-FTPd closes STAT's reply with.
    // (`https:\/\/`: a JSON string may escape its slashes.)
    if version_tail(token)
        || memchr::memmem::find(token, b"://").is_some()
        || memchr::memmem::find(token, b":\\/\\/").is_some()
    {
        return false;
    }
    // `220 ftp.ujmekk.hu`: a host's name, as a greeting gives it.
    if token.len() > 4
        && (token[..4].eq_ignore_ascii_case(b"ftp.") || token[..4].eq_ignore_ascii_case(b"www."))
    {
        return false;
    }
    (alone && (extension || path_like)) || (sep == Sep::More && extension && !token.ends_with(b":"))
}

/// Whether a token ends in a version of three numbers or more after a letter and `_` or
/// `-` (`SFTPGo_2.6.6`, `wu-2.6.2`), which no file's extension is.
fn version_tail(token: &[u8]) -> bool {
    let Some(sep) = token.iter().rposition(|b| matches!(b, b'_' | b'-')) else {
        return false;
    };
    let tail = &token[sep + 1..];
    sep > 0
        && token[sep - 1].is_ascii_alphabetic()
        && tail.split(|b| *b == b'.').count() >= 3
        && tail
            .split(|b| *b == b'.')
            .all(|p| !p.is_empty() && p.iter().all(u8::is_ascii_digit))
}

/// A directory listing line in any style: `drwxr-xr-x 2 ftp ftp 4096 Mar 1 pub`,
/// `03-01-26  10:15AM  421 550-notes.txt`, EPLF (`+i8388621.48594,m825718503,...`) and
/// MLSD facts (`type=file;size=421; name`). Asked of every line with a candidate code, so
/// each test looks only where its pattern can be.
fn listing(line: &[u8]) -> bool {
    if unix_mode(line) || dos_listing(line) {
        return true;
    }
    let facts = needle::find!(line, b"type=").is_some()
        && (needle::find!(line, b";size=").is_some()
            || needle::find!(line, b";modify=").is_some()
            || needle::find!(line, b";perm=").is_some());
    let eplf = line.starts_with(b"+i")
        || needle::find!(line, b",m")
            .is_some_and(|_| line.first() == Some(&b'+') && memchr::memchr(b'\t', line).is_some());
    facts || eplf
}

/// DOS/IIS: `mm-dd-yy  hh:mmAM`, a 17-byte window whose third byte is a dash: tried at
/// each dash of the line.
fn dos_listing(line: &[u8]) -> bool {
    memchr::memchr_iter(b'-', line).any(|dash| {
        let Some(w) = dash.checked_sub(2).and_then(|at| line.get(at..at + 17)) else {
            return false;
        };
        w[0].is_ascii_digit()
            && w[1].is_ascii_digit()
            && w[5] == b'-'
            && (w[8..10] == *b"  " || w[8] == b' ')
            && w.windows(2).any(|p| p == b"AM" || p == b"PM")
    })
}

/// Whether a line holds a Unix listing's mode: a file type, nine permission characters
/// (not all `-`), then a space, `+`, `@` or `.` (`drwxr-xr-x `, `-rw-r--r--@`).
/// Nine permission characters in a row cover one of every ninth byte: only the runs
/// around those sampled bytes are looked at. A run's mode ends where the run does, since
/// none of the bytes that may follow a mode is a permission character.
fn unix_mode(line: &[u8]) -> bool {
    let is_perm = |at: usize| PERMISSION[usize::from(line[at])];
    let mut sample = 8;
    while sample < line.len() {
        if !is_perm(sample) {
            sample += 9;
            continue;
        }
        let mut start = sample;
        while start > 0 && is_perm(start - 1) {
            start -= 1;
        }
        let mut end = sample + 1;
        while end < line.len() && is_perm(end) {
            end += 1;
        }
        if end - start >= 9
            && end >= 10
            && matches!(line.get(end), Some(b' ' | b'+' | b'@' | b'.'))
            && matches!(
                line[end - 10],
                b'-' | b'd' | b'l' | b'b' | b'c' | b'p' | b's'
            )
            && line[end - 9..end].iter().any(|&p| p != b'-')
        {
            return true;
        }
        // The next sampled byte past this run.
        sample += (end - sample).div_ceil(9) * 9;
    }
    false
}

static PERMISSION: [bool; 256] = {
    let mut t = [false; 256];
    let mut i = 0;
    while i < 256 {
        t[i] = matches!(
            i as u8,
            b'r' | b'w' | b'x' | b'-' | b's' | b'S' | b't' | b'T'
        );
        i += 1;
    }
    t
};

/// A command earlier on the same line, with only numbers after the code: an access log
/// (ProFTPD ExtendedLog's `"RETR f" 550 16`, IIS W3C's `RETR /f 550 2 0`).
fn access_log_command<'a>(before: &'a [u8], text: &[u8]) -> Option<&'a [u8]> {
    // Fields follow the code (bytes, statuses), and none before it is a label (`Failed to
    // MKD dir: 550` is a client's sentence).
    if text.is_empty() || lex::trim_end(before).ends_with(b":") {
        return None;
    }
    // The fields right after the code are numbers or `-` (bytes, win32 status, substatus),
    // or the reply's text in quotes (`"USER ftpuser" 331 "Password required"`, a format of
    // one's own for ProFTPD's ExtendedLog).
    let numeric = text
        .split(|b| *b == b' ' || *b == b'\t')
        .filter(|f| !f.is_empty())
        .take(2)
        .all(|f| f == b"-" || f.iter().all(|b| lex::is_digit(*b)));
    if !numeric && quoted_field(text).is_none() {
        return None;
    }
    let mut tokens = Vec::new();
    lex::tokens(before, &mut tokens);
    // A known verb; or, in a quoted field (`"XYZZY" 500 -`), any upper-case word.
    // Or a verb alone in brackets (`[RETR] [a.txt] reply=550 "..."`, `%m` in brackets).
    let bracketed = |at: usize| {
        let end = at
            + before[at..]
                .iter()
                .take_while(|b| lex::is_upper(**b))
                .count();
        at > 0
            && before[at - 1] == b'['
            && before.get(end) == Some(&b']')
            && is_verb(&before[at..end])
    };
    let t = tokens.iter().rev().find(|t| {
        let at = t.at as usize;
        t.kind == TokenKind::Word
            && (verb_at(before, at)
                || (at > 0 && before[at - 1] == b'"' && quoted_word(before, at))
                || bracketed(at))
    })?;
    let at = t.at as usize;
    let rest = &before[at..];
    if bracketed(at) {
        return memchr::memchr(b']', rest).map(|end| &rest[..end]);
    }
    let quoted = at > 0 && before[at - 1] == b'"';
    let end = if quoted {
        memchr::memchr(b'"', rest)?
    } else {
        // IIS: the verb and the next field (the path).
        let mut spaces = memchr::memchr_iter(b' ', rest);
        spaces.next();
        spaces.next().unwrap_or(rest.len())
    };
    // (A quoted word before a colon is a key: `{"TCP":[{...`.)
    if quoted && rest.get(end + 1) == Some(&b':') {
        return None;
    }
    let command = lex::trim_end(&rest[..end]);
    // An HTTP request (`"GET / HTTP/1.1" 200`) names its protocol.
    (needle::find!(command, b" HTTP/").is_none()).then_some(command)
}

/// The command of a logfmt record whose code is a field of its own: `cmd="USER alice"
/// code=331 status=-` (ProFTPD's ExtendedLog with a LogFormat of one's own).
fn logfmt_command(before: &[u8]) -> Option<&[u8]> {
    let key = before.strip_suffix(b"=")?;
    let key_start = key
        .iter()
        .rposition(|b| !(b.is_ascii_alphanumeric() || *b == b'_' || *b == b'-'))
        .map_or(0, |i| i + 1);
    if !names_a_code(&key[key_start..]) {
        return None;
    }
    ["cmd=", "command=", "request="].iter().find_map(|name| {
        let at = memchr::memmem::find(before, name.as_bytes())?;
        if at > 0 && !lex::is_space(before[at - 1]) {
            return None;
        }
        let value = &before[at + name.len()..];
        let value = match value.strip_prefix(b"\"") {
            Some(v) => &v[..memchr::memchr(b'"', v)?],
            None => {
                &value[..value
                    .iter()
                    .position(|b| lex::is_space(*b))
                    .unwrap_or(value.len())]
            }
        };
        let verb = lex::first_token(value);
        (verb.iter().all(u8::is_ascii_uppercase) && is_verb(verb)).then_some(value)
    })
}

/// The command in the field before a code between bars (`|USER ftpuser|331|`): a verb the
/// protocol defines, in capitals, and its argument.
fn barred_command(before: &[u8]) -> Option<&[u8]> {
    let fields = before.strip_suffix(b"|")?;
    let field = &fields[memchr::memrchr(b'|', fields).map_or(0, |i| i + 1)..];
    let verb = lex::first_token(field);
    (verb.iter().all(u8::is_ascii_uppercase) && is_verb(verb)).then_some(field)
}

/// The text of a field in double quotes, escaped or not (`"Password required"`,
/// `\"Password required\"` inside a JSON string), that is all of `text`.
fn quoted_field(text: &[u8]) -> Option<&[u8]> {
    let quote: &[u8] = if text.starts_with(b"\\\"") {
        b"\\\""
    } else {
        b"\""
    };
    let inner = text.strip_prefix(quote)?;
    // The field ends at its closing quote, the line's end or another field after it
    // (`"Password required" 0ms`: the time it took).
    let end = memchr::memchr_iter(b'"', inner).find_map(|q| {
        // (The escaped kind closes with `\"`; the plain kind not at a quote escaped
        // inside it: `"Command \"XYZZY\" not understood"`.)
        let backslash = q > 0 && inner[q - 1] == b'\\';
        let end = if quote.len() == 2 {
            backslash.then(|| q - 1)?
        } else if backslash {
            return None;
        } else {
            q
        };
        inner
            .get(q + 1)
            .is_none_or(|b| *b == b' ' || *b == b'\t')
            .then_some(end)
    })?;
    let inner = &inner[..end];
    (!inner.is_empty()).then_some(inner)
}

/// Where a reply's text ends in an arrow back to the command it answers, and that
/// command: `"Login incorrect." <- [PASS (hidden)]`, `<- "RETR a.txt"`.
fn answered_command(text: &[u8]) -> Option<(usize, &[u8])> {
    let at = needle::find!(text, b" <- ")?;
    let rest = &text[at + 4..];
    let close = match rest.first()? {
        b'[' => b']',
        b'"' => b'"',
        b'\'' => b'\'',
        _ => return None,
    };
    let inner = &rest[1..];
    let command = &inner[..memchr::memchr(close, inner)?];
    verb_at(command, 0).then_some((at, command))
}

/// The quoted command an arrow leads from to the code: `"RETR a.txt" => 550 ...`,
/// `'PWD' -> 257 ...`.
fn arrowed_command(before: &[u8]) -> Option<&[u8]> {
    let t = lex::trim_end(before);
    let t = lex::trim_end(t.strip_suffix(b"=>").or_else(|| t.strip_suffix(b"->"))?);
    let (&q, t) = t.split_last()?;
    if !matches!(q, b'"' | b'\'') {
        return None;
    }
    let open = memchr::memrchr(q, t)?;
    let command = &t[open + 1..];
    verb_at(command, 0).then_some(command)
}

/// An upper-case word alone in a quoted field, or followed by its arguments.
// (A quote may be escaped: `\"FEAT\" 211`, an access log's record inside a JSON string.)
fn quoted_word(s: &[u8], at: usize) -> bool {
    let end = at + s[at..].iter().take_while(|b| lex::is_upper(**b)).count();
    matches!(s.get(end), Some(b'"' | b' ')) || s[end..].starts_with(b"\\\"")
}

fn verb_at(s: &[u8], at: usize) -> bool {
    let end = at + s[at..].iter().take_while(|b| lex::is_upper(**b)).count();
    is_verb(&s[at..end])
        && (matches!(s.get(end), None | Some(b' ' | b'"')) || s[end..].starts_with(b"\\\""))
}

/// What the session and the input so far add to a candidate's own evidence.
fn context_score(c: &Candidate, ctx: &Context, stats: Stats) -> i32 {
    let code = c.found.code;
    let mut score = 0;
    if let Some(seq) = ctx.pending {
        match seq.listed(code) {
            sequences::Listed::Unlisted | sequences::Listed::UnknownCommand => {}
            sequences::Listed::Practice | sequences::Listed::Any => score += 2,
            _ => score += 3,
        }
    }
    if ctx.greeting && matches!(code.get(), 220 | 120) {
        score += 2;
    }
    if ctx.transfer && !code.is_negative() && !matches!(code.get(), 226 | 250) {
        score -= 2;
    }
    // Once a transfer has been announced, the server's next word on it is its end or its
    // failure (RFC 959 §5.4: 226, 250, 425, 426, 451, 551, 552...), or a 421; a 550 in
    // its place is the file's own text, printed by a client (`get 550.txt -`).
    if ctx.transfer
        && code.is_negative()
        && !matches!(code.get(), 421 | 425 | 426 | 451 | 452 | 532 | 551 | 552)
    {
        score -= 6;
    }
    if stats.replies >= 2 && stats.others == 0 {
        score += 3;
    } else if stats.replies > stats.others {
        score += 1;
    } else if stats.others >= 2 && stats.replies == 0 {
        score -= 2;
    }
    // A shape that carries commands carries no replies.
    if stats.commands > 0 && stats.replies == 0 {
        score -= 2;
    }
    score
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The reply found in a line, with no session around it.
    #[test]
    fn a_failure_with_no_place_in_a_running_transfer_is_doubted() {
        let classify = |line: &str, transfer: bool| {
            let mut tokens = Vec::new();
            lex::tokens(line.as_bytes(), &mut tokens);
            let mut context = |_: &[u8]| Context {
                transfer,
                ..Context::default()
            };
            match Detector::new().classify(line.as_bytes(), &tokens, &mut context) {
                Kind::Reply(f) => Some(f.code.get()),
                _ => None,
            }
        };
        // A file's text printed between 150 and 226 (`get 550.txt -`).
        assert_eq!(classify("550 not a reply", false), Some(550));
        assert_eq!(classify("550 not a reply", true), None);
        // The failures RFC 959 §5.4 lists after the mark stay replies.
        assert_eq!(
            classify("426 Connection closed; transfer aborted.", true),
            Some(426)
        );
        assert_eq!(classify("451 not a reply", true), Some(451));
    }

    #[test]
    fn a_code_and_its_text_in_quoted_keys_or_positions() {
        // Python's dict repr, and node's dump of a call's arguments.
        assert_eq!(code("{'code': 550, 'msg': 'No such file'}"), Some(550));
        assert_eq!(
            code(
                "calling : _responseHandler > USER ftpuser [Arguments] { '0': 331, '1': 'Username ok, send password.' }"
            ),
            Some(331)
        );
        // A position holding a number, with no text after it, or other values.
        assert_eq!(code("  '0': 227,"), None);
        assert_eq!(code("{ '0': 421, '1': 17, '2': 'size-421.bin' }"), None);
        assert_eq!(code("{'size': 421, 'name': 'notes.txt'}"), None);
    }

    #[test]
    fn a_json_value_with_unescaped_quotes_ends_before_the_next_key() {
        let text = |line: &str| reply(line).map(|(_, text)| text);
        // ProFTPD's JSON log writes the reply's quotes as they are.
        let line = r#"{"cmd":"PWD","arg":"","code":257,"resp":""/" is the current directory","bytes":"-"}"#;
        assert_eq!(
            text(line).as_deref(),
            Some(r#""/" is the current directory"#)
        );
        let line = r#"{"code":250,"resp":"CWD command successful","file":"/pub"}"#;
        assert_eq!(text(line).as_deref(), Some("CWD command successful"));
    }

    #[test]
    fn a_quoted_command_and_an_arrow_to_its_reply() {
        let command = |line: &str| {
            let mut tokens = Vec::new();
            lex::tokens(line.as_bytes(), &mut tokens);
            let found = Weighed::weigh(line.as_bytes(), &tokens).candidate(line.as_bytes());
            found.and_then(|c| {
                c.found
                    .command
                    .map(|c| String::from_utf8_lossy(c).into_owned())
            })
        };
        assert_eq!(
            command(r#"Dec 03 12:13:48 #22406 PASS 38413 "PASS (hidden)" => 530 Login incorrect."#)
                .as_deref(),
            Some("PASS (hidden)")
        );
        // A quoted name is no command.
        assert_eq!(command(r#"file "notes" => 550 refused"#), None);
        // The reply first, then an arrow back to its command.
        let line = r#"331 "Password required for ftpuser" <- [USER ftpuser] user=- from=127.0.0.1"#;
        assert_eq!(command(line).as_deref(), Some("USER ftpuser"));
        assert_eq!(
            reply(line).map(|(_, text)| text).as_deref(),
            Some(r#""Password required for ftpuser""#)
        );
        let line = r#"213 "421" <- [SIZE size-421.bin] user=ftpuser from=127.0.0.1 file=- bytes=-"#;
        assert_eq!(code(line), Some(213));
    }

    #[test]
    fn a_bar_after_the_level_starts_the_message() {
        assert_eq!(
            code("12:14:18.853 aioftp.server DEBUG | 220 welcome"),
            Some(220)
        );
        // A table's column is none, even on a line with a level before.
        assert_eq!(code("| size-421.bin | 421 | 2026-03-01 |"), None);
        assert_eq!(
            code(
                "22:42:50 patator    INFO - 530   22     3.047 | 421-guess:ftpuser                  |     3 | Authentication failed."
            ),
            Some(530)
        );
    }

    #[test]
    fn a_mail_servers_reply_is_no_ftp_reply() {
        assert_eq!(
            code(
                "Mar  1 10:15:35 host postfix/smtp[1235]: 3F2B: to=<a@b.c>, status=bounced (host mx said: 550 5.1.1 User unknown (in reply to RCPT TO command))"
            ),
            None
        );
        assert_eq!(code("<~ 250 2.1.5 Ok"), None);
        assert!(smtp_status(550, b"5.7.1"));
        assert!(!smtp_status(550, b"4.7.1"));
        assert!(!smtp_status(226, b"2.0"));
        // An FTP reply that names a version is one.
        assert_eq!(code("< 220 ProFTPD 1.3.8 Server ready"), Some(220));
    }

    #[test]
    fn a_key_that_names_an_ftp_code_outranks_another_code() {
        // CFNetwork's error (Swift, Objective-C): its own code, then the server's reply's.
        assert_eq!(
            code(
                "error: Optional(Error Domain=kCFErrorDomainCFNetwork Code=200 \"(null)\" UserInfo={kCFFTPStatusCodeKey=550, _kCFStreamErrorCodeKey=550, _kCFStreamErrorDomainKey=6})"
            ),
            Some(550)
        );
        assert!(names_ftp_code(b"ftp_reply_code"));
        assert!(!names_ftp_code(b"exitCode"));
    }

    #[test]
    fn a_value_set_to_a_number_is_no_reply() {
        assert_eq!(
            lead(b"[client 127.0.0.1:57716] Content-Length set to ", None),
            Lead::Prose
        );
        assert_eq!(lead(b"reply sent to ", None), Lead::WeakDirection);
    }

    #[test]
    fn a_protocols_name_or_a_json_key_is_no_command() {
        // sniffglue's JSON: a packet's headers, then its payload's text.
        let line = r#"{"IPv4":[{"protocol":"TCP"},{"TCP":[{"source_port":4301},{"Text":"213 421
"}]}]}"#;
        let mut tokens = Vec::new();
        lex::tokens(line.as_bytes(), &mut tokens);
        let c = Weighed::weigh(line.as_bytes(), &tokens)
            .candidate(line.as_bytes())
            .expect("a candidate");
        assert_eq!(c.found.command, None);
        assert!(not_a_verb(b"TCP") && not_a_verb(b"DEBUG") && !not_a_verb(b"XYZZY"));
    }

    #[test]
    fn a_dash_after_the_header_starts_the_message() {
        // RFC 5424's process id and nil fields; log4j's `%c - %m`.
        assert_eq!(
            lead(b"<30>1 2026-03-01T10:15:32Z host prog 812 - - ", None),
            Lead::Start
        );
        assert_eq!(
            lead(b"INFO  [pool-2-thread-1] c.x.Ftp - ", None),
            Lead::Start
        );
        // A range of codes, and a file's size, are none.
        assert_eq!(lead(b"codes 200 - ", None), Lead::Number);
        assert_eq!(lead(b"report.txt - ", None), Lead::Number);
    }

    #[test]
    fn a_source_files_line_in_parentheses_is_no_code() {
        // Squid's cache.log at debug level.
        assert_eq!(
            code("2026/12/03 11:45:25.642| 9,2| FtpServer.cc(492) writeReply: FTP Client REPLY:"),
            None
        );
        // .NET's `(550)` stays a code.
        assert_eq!(
            code("The remote server returned an error: (550) File unavailable."),
            Some(550)
        );
    }

    #[test]
    fn a_counter_before_a_level_and_a_source_location_is_no_code() {
        // Python's `%(relativeCreated)d %(levelname).1s %(funcName)s:%(lineno)d`.
        assert_eq!(
            code("157 I _log_start:178 masquerade (NAT) address: None"),
            None
        );
        assert_eq!(code("158 DEBUG main.go:42: max login attempts: 3"), None);
        // A level word alone, or a host and port, is a reply's text.
        assert_eq!(code("550 Error: file not found"), Some(550));
        assert_eq!(code("220 localhost:21 FTP server ready"), Some(220));
    }

    #[test]
    fn a_packet_header_may_end_in_a_letter() {
        // tcpdump -A prints a TCP header's last bytes before the payload; a printable one
        // may touch the code.
        assert_eq!(code("G.%.N.fU331 Please specify the password."), Some(331));
        assert_eq!(code("G.&.N.fY230 Login successful."), Some(230));
        // Words and dotted names glued to a number are none.
        assert_eq!(code("version1.2.3550 bytes"), None);
        assert_eq!(code("org.example.Ftp550 failed"), None);
        assert_eq!(code("abc550 Permission denied"), None);
    }

    /// A line classified with a reply of this code and shape open (or none): the reply
    /// found, its separator and shape.
    fn in_open_reply(
        d: &mut Detector,
        line: &str,
        open: Option<(u16, u64)>,
    ) -> Option<(u16, Sep, u64)> {
        let mut tokens = Vec::new();
        lex::tokens(line.as_bytes(), &mut tokens);
        let open = open.and_then(|(c, s)| Some((ReplyCode::new(c)?, s)));
        let mut context = |_: &[u8]| Context {
            open,
            ..Context::default()
        };
        match d.classify(line.as_bytes(), &tokens, &mut context) {
            Kind::Reply(f) => Some((f.code.get(), f.sep, f.shape)),
            _ => None,
        }
    }

    #[test]
    fn a_code_shown_again_in_a_field_does_not_end_its_reply() {
        // tshark -T json: each reply line as a key, its code again in a field under it.
        let mut d = Detector::new();
        let classify = in_open_reply;
        let opened = classify(&mut d, r#"      "211-Features supported:\r\n": {"#, None);
        let Some((211, Sep::More, shape)) = opened else {
            panic!("{opened:?}");
        };
        let open = Some((211, shape));
        assert_eq!(
            classify(&mut d, r#"        "ftp.response.code": "211","#, open),
            None
        );
        let closing = classify(&mut d, r#"      "211 End FEAT.\r\n": {"#, open);
        assert!(matches!(closing, Some((211, Sep::Last, _))), "{closing:?}");
    }

    #[test]
    fn a_trusted_shape_ends_a_reply_opened_in_another() {
        // A reply's first line decoded from another rendering (its shape unlike the
        // log's), then the log's own lines: the closing line in the shape that has
        // carried the log's replies closes it, and the next reply is found.
        let mut d = Detector::new();
        let classify = in_open_reply;
        for line in [
            "{\"m\":\"(a@10.0.0.1) [DEBUG] 220 Ready\"}",
            "{\"m\":\"(a@10.0.0.1) [DEBUG] 331 Password\"}",
        ] {
            assert!(classify(&mut d, line, None).is_some(), "{line}");
        }
        let opened = classify(&mut d, "211-Features:", None);
        let Some((211, Sep::More, shape)) = opened else {
            panic!("{opened:?}");
        };
        let open = Some((211, shape));
        assert_eq!(classify(&mut d, " MDTM", open), None);
        let closing = classify(&mut d, "{\"m\":\"(a@10.0.0.1) [DEBUG] 211 End\"}", open);
        assert!(matches!(closing, Some((211, Sep::Last, _))), "{closing:?}");
        // A clear reply of another code in that shape: the open reply ended unseen.
        let next = classify(
            &mut d,
            "{\"m\":\"(a@10.0.0.1) [DEBUG] 250 Directory changed\"}",
            open,
        );
        assert!(matches!(next, Some((250, Sep::Last, _))), "{next:?}");
        // A shape the log has not trusted does neither.
        let mut fresh = Detector::new();
        let body = classify(&mut fresh, "| 214 commands", Some((211, shape)));
        assert_eq!(body, None);
    }

    /// Each line classified in turn by one detector, with no session around them, as
    /// `read` reads its kind.
    fn classified<T>(lines: &[&str], read: impl Fn(Kind) -> T) -> Vec<T> {
        let mut d = Detector::new();
        let mut tokens = Vec::new();
        lines
            .iter()
            .map(|line| {
                tokens.clear();
                lex::tokens(line.as_bytes(), &mut tokens);
                read(d.classify(line.as_bytes(), &tokens, &mut |_| Context::default()))
            })
            .collect()
    }

    fn code(line: &str) -> Option<u16> {
        classified(&[line], |kind| match kind {
            Kind::Reply(f) => Some(f.code.get()),
            _ => None,
        })[0]
    }

    /// The reply found in a line alone: its code and text.
    fn reply(line: &str) -> Option<(u16, String)> {
        classified(&[line], |kind| match kind {
            Kind::Reply(f) => Some((f.code.get(), String::from_utf8_lossy(f.text).into_owned())),
            _ => None,
        })
        .remove(0)
    }

    #[test]
    fn words_about_codes_in_several_languages() {
        assert!(names_reply_codes(
            "Übersicht der wichtigsten Reply-Codes".as_bytes()
        ));
        assert!(names_reply_codes("Liste der FTP-Antwortcodes".as_bytes()));
        assert!(names_reply_codes("FTP 响应码说明".as_bytes()));
        assert!(names_reply_codes("Návratové kódy serveru FTP:".as_bytes()));
        assert!(names_reply_codes("FTP 응답 코드 정리".as_bytes()));
        assert!(names_reply_codes("FTP: kodovi grešaka".as_bytes()));
        assert!(names_reply_codes("### 代表的なエラーコード".as_bytes()));
        assert!(!names_reply_codes(b"the code is on GitHub"));
        // (Found by the fuzzer: `code` at the very start.)
        assert!(!names_reply_codes(b"code"));
    }

    #[test]
    fn a_place_in_the_source_is_no_reply() {
        // loguru's `{name}:{function}:{line} - {message}`.
        for line in [
            "2026-12-03 21:24:51.861 | INFO     | pyftpdlib.servers:serve_forever:247 - >>> starting",
            "2026-12-03 21:24:54.651 | DEBUG    | pyftpdlib.log:debug:125 - [debug] call: close()",
            "ERROR client.py:550 unexpected state",
        ] {
            assert_eq!(code(line), None, "{line}");
        }
        // A direction word glued to its colon is no place, nor is Python's default
        // `%(levelname)s:%(name)s:%(message)s`.
        assert_eq!(code("RECV:220 ready"), Some(220));
        assert_eq!(code("DEBUG:aioftp.client:220 ready"), Some(220));
    }

    #[test]
    fn a_string_joined_in_source_code_is_no_reply() {
        assert_eq!(
            code(r#"        self.respond(b"200 " + self.config.banner.encode())"#),
            None
        );
        assert_eq!(code(r#"    send("550 %s: not found" % path)"#), None);
        assert_eq!(
            code("        # send 200 + banner -- new client has connected!"),
            None
        );
        // A quoted reply with words of its own is one, whatever follows.
        assert_eq!(code("*resp* '550 No such file' + retrying"), Some(550));
    }

    #[test]
    fn a_table_of_commands_and_replies_is_no_dialogue() {
        let lines = [
            "Command | Operation |",
            "USER | To enter the user name |",
            "| 331, 500, 530 |",
            "Response message",
            "150 File status OK; About to open data connection.",
            "200 Command OK.",
            "220 FTP server ready.",
        ];
        let found = classified(&lines, |kind| !matches!(kind, Kind::Other));
        assert_eq!(found, [false; 7]);
        assert!(code_table_header(b"Code Example Usage"));
        assert!(!code_table_header(b"Response received from server"));
        assert!(!code_table_header(b"Response: 220"));
    }

    #[test]
    fn a_logfmt_record_names_its_command() {
        let line = r#"2026-12-03 22:41:14,280 pid=24559 port=34236 user=- cmd="USER alice" code=331 status=- bytes=-"#;
        let found = classified(&[line], |kind| match kind {
            Kind::Reply(f) => f.command.map(|c| String::from_utf8_lossy(c).into_owned()),
            _ => None,
        });
        assert_eq!(found, [Some("USER alice".to_string())]);
    }

    #[test]
    fn a_json_line_number_is_no_code() {
        assert_eq!(
            code(
                r#"{"text": "connected", "record": {"function": "s3", "line": 100, "name": "x"}}"#
            ),
            None
        );
        assert_eq!(code("line=230 Logged in"), Some(230));
    }

    #[test]
    fn a_code_in_bold_that_a_colon_explains_is_no_reply() {
        assert_eq!(
            code("1. **550 File exists**：这个错误表示你试图上传的文件已经存在"),
            None
        );
        assert_eq!(code("- **530 Not logged in**: the password is wrong"), None);
        // A reply pasted in bold, alone or in a sentence, is one.
        assert_eq!(code("**550 Permission denied.**"), Some(550));
        assert_eq!(
            code("The server said **550 Permission denied.** when I tried"),
            Some(550)
        );
    }

    #[test]
    fn a_reply_about_a_long_path_or_quoted_after_a_label() {
        // The path's parts are no words of the reply (Python 2's traceback, published).
        let py2 = "ftplib.error_perm: 550 /photo_gallery/hi-res/planetary/mars/: No such file or directory";
        assert_eq!(code(py2), Some(550));
        // Commons Net quotes a reply it could not read after a label and a blank.
        let truncated =
            "org.apache.commons.net.MalformedServerReplyException: Truncated server reply: '550 '";
        assert_eq!(code(truncated), Some(550));
    }

    #[test]
    fn an_address_is_no_files_name() {
        // Pure-FTPd's STAT closes with its address (round 25, through BusyBox syslogd).
        let head = "Dec  3 21:24:41 vm ftp.debug pure-ftpd: (alice@127.0.0.1) [DEBUG] ";
        let lines = [
            format!("{head}550 Could not delete x: No such file or directory"),
            format!("{head}Command [stat] []"),
            format!("{head}211 https://www.pureftpd.org/"),
        ];
        let lines: Vec<&str> = lines.iter().map(String::as_str).collect();
        let codes = classified(&lines, |kind| match kind {
            Kind::Reply(f) => Some(f.code.get()),
            _ => None,
        });
        assert_eq!(codes, [Some(550), None, Some(211)]);
        // The same through rsyslog's JSON template, which escapes the slashes.
        let json = |m: &str| format!(r#"{{"procid":"10885", "message":" (a@b) [DEBUG] {m}"}}"#);
        let lines = [
            json("550 Could not delete x: No such file or directory"),
            json("Command [stat] []"),
            json(r"211 https:\/\/www.pureftpd.org\/"),
        ];
        let lines: Vec<&str> = lines.iter().map(String::as_str).collect();
        let codes = classified(&lines, |kind| match kind {
            Kind::Reply(f) => Some(f.code.get()),
            _ => None,
        });
        assert_eq!(codes, [Some(550), None, Some(211)]);
    }

    #[test]
    fn a_mail_servers_record_is_no_ftp_reply() {
        let courier = "Apr 10 03:47:57 web courieresmtpd: error,relay=::ffff:1.2.3.4,ident=tmf,from=<tmf@example.com>,to=<m@example.com>: 550 User unknown.";
        assert_eq!(code(courier), None);
        let auth = r#"Jul  3 23:07:20 szerver courieresmtpd: error,relay=::ffff:1.2.3.4,msg="535 Authentication failed.",cmd: YWRvYmVhZG9iZQ=="#;
        assert_eq!(code(auth), None);
    }

    #[test]
    fn a_flattened_keys_last_part_names_the_code() {
        // Filebeat's Zeek module: the reply's code under a dotted path of keys.
        assert_eq!(code(r#"        "zeek.ftp.reply.code": 229,"#), Some(229));
        // (Another number under such a path is none.)
        assert_eq!(code(r#"        "destination.port": 221,"#), None);
    }

    #[test]
    fn a_code_and_its_words_in_fields_joined_by_commas() {
        // Zeek's test output of its ftp_reply event.
        let zeek = "ftp_reply, F, 331, Guest login ok, send your email address as password.";
        assert_eq!(
            reply(zeek),
            Some((
                331,
                "Guest login ok, send your email address as password.".into()
            ))
        );
        // A count among numbers, a size and its unit, are none.
        assert_eq!(code("2026-03-01, 10.0.0.5, 421, bytes"), None);
        assert_eq!(code("row, 17, 550, 12"), None);
    }

    #[test]
    fn a_code_that_ends_its_string_after_a_marker() {
        // A candidate, which the log's context then takes (inetutils ftpd through
        // journalctl -o json-pretty: the code and its text are two messages).
        let line = r#"	"MESSAGE" : "<--- 220","#;
        let mut tokens = Vec::new();
        lex::tokens(line.as_bytes(), &mut tokens);
        assert_eq!(Weighed::weigh(line.as_bytes(), &tokens).at(), Some(19));
    }

    #[test]
    fn a_copy_of_the_rfcs_list_and_an_http_status_are_no_replies() {
        let got = classified(
            &[
                "110 Restart marker reply. In this case, the text is exact: MARK yyyy = mmmm",
                "120 Service ready in nnn minutes.",
                "125 Data connection already open; transfer starting.",
                "150 File status okay; about to open data connection.",
            ],
            |kind| matches!(kind, Kind::Reply(_)),
        );
        assert_eq!(got, [false, false, false, false]);
        let ricoh = "RICOH MP C3003: HTTP POST http://10.1.1.172:53002/: 500 Internal Server Error";
        assert_eq!(code(ricoh), None);
        assert_eq!(code("500 Syntax error, command unrecognized."), Some(500));
    }

    #[test]
    fn a_mail_servers_greeting_and_ehlo_keywords_are_no_ftp_replies() {
        assert_eq!(code("recv: 220 mta.openssl.org ESMTP Postfix"), None);
        assert_eq!(code("recv: 250-PIPELINING"), None);
        assert_eq!(
            code("recv: 220 ftp.example.org FTP server ready"),
            Some(220)
        );
    }

    #[test]
    fn what_a_person_or_a_library_says_it_got() {
        let person = r#"4. If I try to upload with Filezilla, I get "451 An error occured when processing the command 'STOR'.""#;
        assert_eq!(code(person), Some(451));
        let aioftp = "Error while fetching video: Waiting for ('2xx',) but got 550 [' Error']";
        assert_eq!(code(aioftp), Some(550));
        // A client's `get` names a file.
        assert_eq!(code("ftp> get '550 report.txt'"), None);
    }

    #[test]
    fn a_greeting_that_names_its_host_alone() {
        // Total Commander's log as pasted, its lines numbered.
        assert_eq!(code("  8. 220 ftp.ujmekk.hu"), Some(220));
        // A listing's size and name are none.
        assert_eq!(code("220 report.tar.gz"), None);
    }

    #[test]
    fn a_time_after_a_date_with_dots_starts_the_message() {
        let three_com = "[2003.10.23 19:06:53.674] 220 3Com FTP Server Version 1.1";
        assert_eq!(code(three_com), Some(220));
    }

    #[test]
    fn a_raw_copy_of_a_records_message_is_no_reply_of_its_own() {
        assert_eq!(
            code("SYSLOG_RAW=<95>Dec  4 01:19:10 ftpd[13856]: <--- 220 "),
            None
        );
        assert_eq!(
            code(r#"	"SYSLOG_RAW" : "<95>Dec  4 00:56:17 ftpd[757]: <--- 220 ","#),
            None
        );
        assert_eq!(code("MESSAGE=<--- 220 Service ready"), Some(220));
        assert_eq!(
            code(
                "inputname: imuxsock rawmsg: '<95>pyftpd[21913]: DEBUG 127.0.0.1:46320-[] -> 220 ready.'"
            ),
            None
        );
        assert_eq!(
            code("msg: ' DEBUG 127.0.0.1:46320-[] -> 220 ready.'"),
            Some(220)
        );
    }

    #[test]
    fn a_records_message_under_log_or_event() {
        let docker =
            r#"{"log":"220 (vsFTPd 3.0.3)\n","stream":"stdout","time":"2026-12-04T00:00:00.1Z"}"#;
        assert_eq!(code(docker), Some(220));
        let structlog =
            "timestamp='2026-12-04T00:47:30Z' level='debug' conn='c1' event='220 pyftpdlib ready.'";
        assert_eq!(code(structlog), Some(220));
    }

    #[test]
    fn a_banner_with_its_line_end_escaped_as_bytes() {
        // Metasploit's ftp_version.
        let msf = r"[*] 127.0.0.1:21          - FTP Banner: '220 (vsFTPd 3.0.3)\x0d\x0a'";
        assert_eq!(reply(msf), Some((220, "(vsFTPd 3.0.3)".into())));
    }

    #[test]
    fn a_code_that_opens_a_comment_is_a_constants_documentation() {
        assert_eq!(code("//    110 Restart marker reply."), None);
        assert_eq!(code("    /* 550 Requested action not taken. */"), None);
        assert_eq!(code("// < 220 Welcome"), Some(220));
    }

    #[test]
    fn an_error_objects_code_takes_its_message_as_text() {
        // node-ftp's error as node prints it: the message in brackets, the code after it.
        let node = "node-ftp throwing an error: { [Error: Failed to open file.] code: 550 }";
        assert_eq!(reply(node), Some((550, "Failed to open file.".into())));
        // A Swift error's description: the code, then the server's words in a field.
        let swift = r#"**FileProviderFTPError(code: 550, path: "/v", serverDescription: Optional("/v: No such file or directory"))**"#;
        assert_eq!(
            reply(swift),
            Some((550, "/v: No such file or directory".into()))
        );
        // The code of an object whose fields hold no reply's words is none.
        assert_eq!(code("{ [Error: x] code: 550 }"), None);
        assert_eq!(code(r#"Err(code: 550, path: "/v")"#), None);
    }

    #[test]
    fn an_error_object_s_message_quotes_its_reply() {
        let form = |line: &str| {
            classified(&[line], |kind| match kind {
                Kind::Reply(f) => Some(f.form),
                _ => None,
            })
            .remove(0)
        };
        // pino's record of basic-ftp's FTPError, after the reply itself.
        let err = r#"{"level":40,"conn":"A","err":{"type":"FTPError","message":"550 No such file.","stack":"x"}}"#;
        assert_eq!(form(err), Some(Form::Quote));
        // A message of the record itself, or after an error object closed, is the reply.
        let msg = r#"{"level":20,"conn":"A","msg":"550 No such file."}"#;
        assert_eq!(form(msg), Some(Form::Plain));
        let after = r#"{"err":{"type":"E"},"message":"550 No such file."}"#;
        assert_eq!(form(after), Some(Form::Plain));
    }

    #[test]
    fn a_code_before_the_reply_it_heads_is_no_reply_of_its_own() {
        // LuaSocket's `tp.check` traced (held-out round 52): the code it parsed, then the
        // reply's first line whole, which opens a multi-line reply.
        let lines = [
            "06:27:40 2026 s1 DEBUG tp:check -> 214 | 214-The following commands are recognized:",
            " ABOR   ALLO   APPE",
            "214 Help command successful.",
        ];
        let got = classified(&lines, |kind| match kind {
            Kind::Reply(f) => Some((f.code.get(), f.sep)),
            _ => None,
        });
        assert_eq!(got[0], Some((214, Sep::More)));
        assert!(heads_its_reply(b" | 214 ok", b"214"));
        assert!(heads_its_reply(b": 220-Welcome", b"220"));
        assert!(!heads_its_reply(b" | 2140 bytes", b"214"));
        assert!(!heads_its_reply(b" 214 ok", b"214"));
    }

    #[test]
    fn a_page_about_codes_is_no_log_of_replies() {
        let codes = |lines: &[&str]| {
            classified(lines, |kind| match kind {
                Kind::Reply(f) => Some(f.code.get()),
                _ => None,
            })
        };
        // A page's heading that sets two codes side by side, and prose that names classes.
        assert_eq!(code("FTP 220 Service Ready vs 530 Not Logged In"), None);
        assert_eq!(
            code("220 is a 2xx Positive Completion response, while 530 is a 5xx one."),
            None
        );
        // Once a page has talked about codes, and until a command shows a dialogue, a code
        // with only its words around it is a table's row or a definition.
        let page = [
            "Replies start with a three-digit reply code; some of them:",
            "FTP 530: Not logged in. The user must log in before the command can be executed.",
        ];
        assert_eq!(codes(&page), [None, None]);
        let dialogue = [page[0], "USER ftpuser", "530 Not logged in."];
        assert_eq!(codes(&dialogue), [None, None, Some(530)]);
        // A page that lists the classes before the codes (a Croatian one): about codes,
        // and RFC 959's 215 with its placeholder is no reply either.
        let page = [
            "Postoji pet glavnih skupina kodova:",
            "1xx Zatražena operacija se počela provoditi",
            "2xx Akcija je provedena uspješno.",
            "110 Restart marker reply.",
            "215 NAME system type. (NAME is an official system name)",
        ];
        assert_eq!(codes(&page), [None, None, None, None, None]);
        // A class in quotes is a program's list of what it waited for, before the reply.
        assert_eq!(
            code("login failed: Waiting for ('2xx',) but got 530 [' Authentication failed.']"),
            Some(530)
        );
        // A verb in prose is no command: "Send USER and PASS commands".
        assert_eq!(
            codes(&[
                page[0],
                "Send USER and PASS commands with valid credentials.",
                page[1]
            ]),
            [None, None, None]
        );
    }

    #[test]
    fn codes_a_program_waits_for_or_an_http_status_are_no_replies() {
        assert_eq!(code("starttls: waiting for: \"211 \""), None);
        assert_eq!(code("expecting 226 Transfer complete"), None);
        assert_eq!(
            code("Expected 226 but got 550 Failed to open file."),
            Some(550)
        );
        assert_eq!(
            code("[scrapy.core.engine] DEBUG: Crawled (404) <GET ftp://127.0.0.1/missing.txt>"),
            None
        );
    }

    #[test]
    fn a_quoted_reply_inside_a_containers_json_log_ends_at_its_quote() {
        // Docker's json-file log of vsftpd's protocol log: the reply in escaped quotes, then
        // the line end and the end of the "log" string.
        let line = r#"{"log":"Tue Dec  1 22:00:25 2026 [pid 20495] FTP response: Client \"127.0.0.2\", \"220 (vsFTPd 3.0.3)\"\n","stream":"stdout"}"#;
        assert_eq!(reply(line), Some((220, "(vsFTPd 3.0.3)".into())));
    }

    #[test]
    fn a_table_of_codes_after_words_about_codes_holds_no_replies() {
        let lines = [
            "The messages are preceded by a three-digit reply code.",
            "   | 110  | Restart marker reply                      |",
            "   | 120  | Service ready in nnn minutes              |",
        ];
        let found = classified(&lines, |kind| matches!(kind, Kind::Reply(_)));
        assert_eq!(found, [false, false, false]);
    }

    #[test]
    fn file_names_a_client_names_are_no_replies() {
        // After what a client says it did with a file, quoted or not.
        assert_eq!(code("INFO downloaded '550 report.txt': 6 bytes"), None);
        assert_eq!(code("get 550 report.txt"), None);
        // A name a program quotes after saying what it is (lftp's `mirror --verbose`).
        assert_eq!(code("Transferring file `200 OK.txt'"), None);
        assert_eq!(code("Finished transfer `421 timeout.log' (421 B/s)"), None);
        assert_eq!(code("Mirroring directory `530 denied'"), None);
        // A list of names inside a JSON string, its quotes escaped.
        assert_eq!(
            code(r#"{"m":"NLST: [\"421-notes.txt\", \"502.txt\", \"hello.txt\"]"}"#),
            None
        );
        // A name quoted twice in a line, as a program's trace of what it did with it.
        assert_eq!(
            code("<encode:5>: encoded '550 report.txt' into '550 report.txt'"),
            None
        );
        assert_eq!(
            code("<encode:5>: encoded '421-notes.txt' into '421-notes.txt'"),
            None
        );
        // A table's row: a number, then another and a date.
        assert_eq!(code("  550      12  2026-03-01  data.csv"), None);
        // A listing's row whatever its mode column: the size before the date.
        assert_eq!(
            code("----------          421   Dec  3 08:23   size-421.bin"),
            None
        );
        assert_eq!(code("----------          550   Mar 1 2025   a.txt"), None);
        // A name as the last field of a record's bracketed fields.
        assert_eq!(
            code("TRACE Reply (ip=127.0.0.1, message=421-notes.txt)"),
            None
        );
        assert_eq!(
            code("TRACE Reply (ip=127.0.0.1, message=421 Timeout)"),
            Some(421)
        );
        // A reply's lines as a list, after words that alone would be prose.
        assert_eq!(code("    ('1xx',) but got 550 [' No such"), Some(550));
        // What a file holds, printed under its name or as its content.
        assert_eq!(
            code("sync.worker - 550.txt: 16 bytes, content b'550 not a reply\\n'"),
            None
        );
        assert_eq!(code("payload: '421 bytes'"), None);
        assert_eq!(code(r#"INFO 550.txt: "550 not a reply\r\n""#), None);
        assert_eq!(
            code(r#"error: "550 No such file or directory.""#),
            Some(550)
        );
        // A reply in an escaped string is still one.
        assert_eq!(
            code(r#"{"m":"response: \"421 Too many users\", closing"}"#),
            Some(421)
        );
    }

    #[test]
    fn a_verb_before_a_label_is_no_command() {
        assert_eq!(
            command("LIST row: -rw-r--r--   1 ftpuser  ftpuser 6 Dec 03 a.txt"),
            None
        );
        assert_eq!(
            command("ERROR: <127.0.0.1> MKD newdir: Error: EACCES"),
            None
        );
        assert_eq!(command("> MKD newdir"), Some("MKD newdir".into()));
        // A verb in brackets glued to a word of prose (Japanese has no blanks).
        assert_eq!(command("コマンド(MKD など)が存在しています。"), None);
        assert_eq!(command("see command(LIST)"), None);
        assert_eq!(command("(000012) MKD newdir"), Some("MKD newdir".into()));
    }

    #[test]
    fn a_code_run_into_a_packets_header_bytes() {
        // netsniff-ng's character column: a TCP option's time stamps before the payload,
        // the last of them a letter, a digit or a sign.
        assert_eq!(
            code(" [ Chr ....Y.....Ko220 test server ready.. ]"),
            Some(220)
        );
        assert_eq!(
            code(" [ Chr ....Y..w..W4550 No such file or directory... ]"),
            Some(550)
        );
        assert_eq!(
            code(" [ Chr ....Y..o..W,230 Login successful... ]"),
            Some(230)
        );
        // A number glued to a word is none.
        assert_eq!(code("build x4550 done"), None);
        assert_eq!(code("file_1550 uploaded"), None);
    }

    #[test]
    fn a_list_of_codes_with_a_dash_is_no_reply() {
        assert_eq!(code("227 - Entering Passive Mode (x,x,x,x,x,x)."), None);
        assert_eq!(
            code("421 - The server is offline or is going offline."),
            None
        );
        // A product's version in a greeting is no file's name.
        assert_eq!(code("line=220 SFTPGo_2.6.6"), Some(220));
        assert!(version_tail(b"SFTPGo_2.6.6"));
        assert!(!version_tail(b"size-421.bin"));
    }

    #[test]
    fn a_column_of_numbers_holds_line_numbers() {
        // Python's `%(funcName)s:%(lineno)d` before the message: once the input has shown
        // other numbers in that column, a three-digit one there is a line number too.
        let lines = |lines: &[&str]| classified(lines, |kind| matches!(kind, Kind::Reply(_)));
        let got = lines(&[
            "4040 I log:1085 127.0.0.1:45310-[] FTP session opened (connect)",
            "4041 D logline:1093 127.0.0.1:45310-[] -> 220 ready",
            "4042 D logline:1093 127.0.0.1:45310-[] <- USER ftpuser",
            "4046 D debug:125 [debug] call: close() (<DTPHandler(id=140680778444368)>)",
        ]);
        assert_eq!(got, [false, true, false, false]);
        // Python's default format: the logger's name, then the message, which may be a
        // reply; no column of numbers there.
        let got = lines(&[
            "DEBUG:aioftp.client:USER ftpuser",
            "DEBUG:aioftp.client:331 Username ok, send password.",
        ]);
        assert_eq!(got, [false, true]);
    }

    #[test]
    fn an_arrow_that_opens_a_string() {
        // journalctl -o json-pretty: a client's `< ` line as a record's MESSAGE.
        assert_eq!(code("\t\"MESSAGE\" : \"< 220 ok\","), Some(220));
        assert_eq!(
            code("\t\"MESSAGE\" : \"< 331 Username ok, send password.\","),
            Some(331)
        );
    }

    #[test]
    fn an_arrow_from_a_label_naming_a_code() {
        // ftpimp's `CODE  -> 331` (its text on the next line): the label says what the
        // number is, as a key does; an arrow from any other word says nothing of it.
        assert_eq!(code("CODE  -> 331"), Some(331));
        assert_eq!(code("status -> 550"), Some(550));
        assert_eq!(code("size -> 550"), None);
        assert_eq!(code("bytes -> 421"), None);
    }

    fn command(line: &str) -> Option<String> {
        classified(&[line], |kind| match kind {
            Kind::Command(c, _) => Some(String::from_utf8_lossy(c).into_owned()),
            _ => None,
        })
        .remove(0)
    }

    #[test]
    fn an_error_with_the_reply_s_text_then_its_code() {
        assert_eq!(
            reply("get missing.txt failed: No such file or directory. code=550"),
            Some((550, "No such file or directory.".into()))
        );
        assert_eq!(
            reply("XYZZY failed: Command \"XYZZY\" not understood. code=500"),
            Some((500, "Command \"XYZZY\" not understood.".into()))
        );
        // A program's own words before its status, or no error.
        assert_eq!(
            reply("The response status is not successful. status=530"),
            None
        );
        assert_eq!(reply("done: No such file or directory. code=550"), None);
    }

    #[test]
    fn a_sentence_that_goes_on_after_a_code_is_no_reply() {
        // Prose that names a code, then goes on with a conjunction (rounds 50 and 57).
        assert_eq!(
            code(
                "The server rejects the RETR request with code 425 if no TCP connection was established;"
            ),
            None
        );
        assert_eq!(
            code("a successful transfer would return 226 or a bad login password would return 530"),
            None
        );
        assert_eq!(code("425 if no data connection"), Some(425));
    }

    #[test]
    fn a_plan_a_heading_or_a_syntax_names_no_command_sent() {
        // A page's task list, its heading, RFC 959's notation (a Japanese memo, round 53).
        assert_eq!(command("- [x] USER"), None);
        assert_eq!(command("### USER"), None);
        assert_eq!(command("USER <SP> <username> <CRLF>"), None);
        assert_eq!(command("USER alice").as_deref(), Some("USER alice"));
        assert_eq!(command("- USER alice").as_deref(), Some("USER alice"));
    }

    #[test]
    fn a_command_ends_with_the_quoted_message_around_it() {
        assert_eq!(
            command("DEBUG '127.0.0.1:44142-[ftpuser] <- PWD'").as_deref(),
            Some("PWD")
        );
        assert_eq!(
            command("DEBUG '127.0.0.1:44142-[ftpuser] <- CWD no-such-dir'").as_deref(),
            Some("CWD no-such-dir")
        );
        // A quote of the argument's own stays.
        assert_eq!(
            command("<- RETR 'a b.txt'").as_deref(),
            Some("RETR 'a b.txt'")
        );
    }

    #[test]
    fn a_label_with_an_arrow_is_no_command() {
        // A shape that has carried commands takes any upper-case word for one, but not a
        // label pointing at its value (ftpimp's `CODE  -> 331`, `DATA -> text`).
        let commands = |lines: &[&str]| {
            classified(lines, |kind| match kind {
                Kind::Command(c, _) => Some(String::from_utf8_lossy(c).into_owned()),
                _ => None,
            })
        };
        let got = commands(&[
            "USER ftpuser",
            "PASV",
            "XYZZY",
            "DATA -> Username ok",
            "DATA",
        ]);
        assert_eq!(
            got,
            [
                Some("USER ftpuser".into()),
                Some("PASV".into()),
                Some("XYZZY".into()),
                None,
                Some("DATA".into())
            ]
        );
    }

    #[test]
    fn replies_wherever_they_sit() {
        // Invented lines of every kind of variation (the issue's list), none of them a
        // format with a rule of its own.
        for (line, want) in [
            (
                "2026-03-01T10:15:32.123+01:00 host prog[812]: 220 Service ready",
                220,
            ),
            (
                "<30>1 2026-03-01T10:15:32Z host prog 812 - - 331 Password required",
                331,
            ),
            ("Mar  1 10:15:32 530 Login incorrect.", 530),
            ("Mar  1 10:15:32 230 Logged in", 230),
            ("[I 260301 10:15:32 server:101] 226 Transfer complete.", 226),
            ("DEBUG:mylib.ftp:250 Directory successfully changed.", 250),
            ("INFO  [pool-2-thread-1] c.x.Ftp - 230 User logged in", 230),
            (
                "[Session 42 10.0.0.5:51234] 150 Opening BINARY mode data connection",
                150,
            ),
            ("2026/03/01 10:15:32 NOTICE : 550 Permission denied", 550),
            ("<< 221 Goodbye.", 221),
            ("<-- 200 Type set to I", 200),
            ("<== 257 \"/\" is current directory", 257),
            ("Rx 220 ready", 220),
            ("RECV 331 Need password", 331),
            ("IN 530 Not logged in", 530),
            ("S->C 226 Done", 226),
            ("Reply: 250 OK", 250),
            ("Server: 421 Timeout.", 421),
            ("SENT: 331 User name okay, need password for bob.", 331),
            ("Réponse :\t230 Utilisateur connecté", 230),
            ("Respuesta:\t550 No existe el archivo", 550),
            ("Risposta:\t226 Trasferimento completato", 226),
            ("Ответ:\t530 Неверный пароль", 530),
            ("> 550 Permission denied", 550),
            ("    220 ready", 220),
            ("$ 500 Unknown command", 500),
            ("  12  230 Login successful.", 230),
            ("'331 Password required\\r\\n'", 331),
            ("b'230 OK\\r\\n'", 230),
            ("\"250 Done\"", 250),
            ("read(3, \"220 ready\\r\\n\", 4096) = 11", 220),
            ("{\"reply\":\"550 No such file\"}", 550),
            ("line=230 Logged in", 230),
            ("code=226 msg=\"Transfer complete\"", 226),
            ("0000: 32 32 30 20 53 65 72 76  220 Service ready", 220),
            ("error: 530 Login incorrect.", 530),
            ("SomeFtpException: 550 Access is denied.", 550),
            ("unexpected server response to RETR: 550 No such file", 550),
            (
                "The remote server returned an error: (530) Not logged in.",
                530,
            ),
            ("211-Features:", 211),
            (
                "{\"level\":\"info\",\"code\":550,\"message\":\"No such file\"}",
                550,
            ),
            ("{\"code\": 530, \"text\": \"Login incorrect.\"}", 530),
            (
                "{\"procid\":\"29133\", \"message\":\" 220 wconrad\\/ftpd 2.0.4\"}",
                220,
            ),
            (
                "Formatted data received (size 98): 220-test server (pyftpdlib) on 10.0.0.1",
                220,
            ),
            (
                "Data received (98): 220-test server (pyftpdlib) on 10.0.0.1",
                220,
            ),
        ] {
            assert_eq!(code(line), Some(want), "{line}");
        }
    }

    #[test]
    fn a_code_and_its_text_in_two_fields() {
        let text = |line: &str| reply(line).map(|(_, text)| text);
        for (line, want) in [
            ("code=220, buffer='(vsFTPd 2.0.5)'", "(vsFTPd 2.0.5)"),
            ("code=226 msg=\"Transfer complete\"", "Transfer complete"),
            (
                "{\"code\":550,\"message\":\"No such file\"}",
                "No such file",
            ),
            (
                "code=211, buffer='Features:\\r\\n EPRT\\r\\nEnd'",
                "Features:",
            ),
            ("code=226 Transfer complete", "Transfer complete"),
            (
                "Response: code=250, buffer=\"/pub\" is the current directory.",
                "\"/pub\" is the current directory.",
            ),
            (
                "Rx code: 220, resp: xxxx FTP server ready.",
                "xxxx FTP server ready.",
            ),
            // Inside a string that began before the code, the text ends with the string,
            // and a number after it is the reply's, not an access log's byte count.
            (
                "{\"MESSAGE\":\"(?@10.0.0.1) [DEBUG] 530 Login failed\",\"_PID\":\"812\"}",
                "Login failed",
            ),
            ("{\"MESSAGE\":\"[DEBUG] 213 421\",\"_PID\":\"812\"}", "421"),
            (
                "msg=\"session 4: 550 No \\\"such\\\" file\" level=info",
                "No \\\"such\\\" file",
            ),
            // An XML element names the code, the next element holds its text.
            (
                "<result><code>530</code><mesg>Login incorrect.</mesg></result>",
                "Login incorrect.",
            ),
            ("  <code>230</code>", ""),
        ] {
            assert_eq!(text(line).as_deref(), Some(want), "{line}");
        }
        let command = |line: &str| {
            classified(&[line], |kind| match kind {
                Kind::Reply(f) => f.command.map(|c| String::from_utf8_lossy(c).into_owned()),
                _ => None,
            })
            .remove(0)
        };
        assert_eq!(
            command("{\"MESSAGE\":\"[DEBUG] 213 421\",\"_PID\":\"812\"}"),
            None
        );
        assert_eq!(
            command("\"RETR a.txt\" 550 0").as_deref(),
            Some("RETR a.txt")
        );
        // A number under a key that names something else is no code, text or not.
        assert_eq!(
            code("{\"port\": 530, \"text\": \"Login incorrect.\"}"),
            None
        );
        // Nor is a code alone under a key that ends with a colon: an error object's
        // property (node's `  code: 550` under the error's message).
        assert_eq!(code("  code: 550"), None);
        assert_eq!(code("response code: 226"), None);
        assert_eq!(code("<size>421</size>"), None);
    }

    #[test]
    fn a_greeting_that_names_a_version() {
        // A name and a version (ruby's ftpd gem greets so) are no listing's name and size.
        let line = b"D, [2026-12-03T02:52:44.642828 #27713] DEBUG -- : 220 wconrad/ftpd 2.0.4";
        let mut tokens = Vec::new();
        lex::tokens(line, &mut tokens);
        let greeting = |_: &[u8]| Context {
            greeting: true,
            ..Context::default()
        };
        let kind = Detector::new().classify(line, &tokens, &mut { greeting });
        assert!(
            matches!(&kind, Kind::Reply(f) if f.code.get() == 220),
            "{kind:?}"
        );
    }

    #[test]
    fn quiet_on_what_is_no_reply() {
        for line in [
            "-rw-r--r-- 1 ftp ftp 421 Mar 1 550.txt",
            "-rw-r--r--    1 1000     1000          421 Nov 24 07:14 550 report.txt",
            "03-01-26  10:15AM  421 550-notes.txt",
            "type=file;size=421;modify=20260301101532; 550 report.txt",
            "421 bytes received in 0.01 s",
            "226 files.txt",
            "550 report.txt",
            "    <EntryPair(550 report.txt)>: (existing, missing) => copy_local",
            r#"directory-files: ("." ".." "226 files.txt" "421-notes.txt" "502.txt")"#,
            "get 550 report.txt\tnoise",
            "retr 550 report.txt: 6 bytes",
            "oftpd: xfer Thu Dec  3 02:59:14 2026 1 127.0.0.1 421 /pub/size-421.bin b _ o a anonymous ftp 0 * c",
            "421-notes.txt",
            "312 packets captured",
            "the transfer failed with 550",
            "server sent reply code 530",
            "Entering Passive Mode (127,0,0,1,200,10)",
            "2026-03-01 10:15:32",
            "listening on port 2121",
            "curl: (67) Access denied: 530",
            "127.0.0.1 - - [24/Nov/2026:05:53:41 +0000] \"GET /550 HTTP/1.1\" 200 512",
            "  File \"/usr/lib/python3.11/ftplib.py\", line 436, in retrbinary",
            "max connections: 512",
            "27 bytes received in 0.00016 seconds (165 kbytes/s)",
            // A program's own status, a key with no reply text after it.
            "The response status is not successful. status=530",
            "HTAccess:  status=200",
            "TYPE=RETR CODE=226 TASKID=none",
            "FILE=/pub/a.bin NBYTES=421 VOLUME=/ STREAMS=1",
            // A field after a file's name; a name and its size.
            "/pub/size-421.bin\t421\tfile",
            "550 report.txt 7",
            // No 6yz reply but RFC 2228's.
            "New anchor 0x55febeb315a0 has hash 670 and address",
            // A program's words about a code.
            "DEBUG MODULE [4F3C6C0]: [ftp.mod] Server sent 220 response.",
            // Counts, ports, steps, process numbers and source lines in programs' words.
            "Transferred 550 bytes in 1 second",
            "Got 221 replies",
            "Listening on port 530",
            "Retrying in 421 ms",
            "Progress: 331/1000 files",
            "Error 550 while uploading",
            "Step 250 of 1000",
            "PID 530 exited",
            " at com.example.Ftp.run(Ftp.java:550)",
            "    at Object.<anonymous> (/app/index.js:226:15)",
            // More listing styles: EPLF, a DOS directory, MLSD facts before a name.
            "+i8388621.48594,m825718503,r,s280, 550.txt",
            "03-01-26  10:15AM       <DIR>          226 files",
            "modify=20260301101532;perm=r;size=230;type=file; 230.log",
        ] {
            assert_eq!(code(line), None, "{line}");
        }
        // What still is one: a reply with its separator and no text, or a CR LF shown as
        // dots, where a greeting is due; a 6yz reply of RFC 2228.
        let greeting = |line: &str| {
            let mut tokens = Vec::new();
            lex::tokens(line.as_bytes(), &mut tokens);
            let mut context = |_: &[u8]| Context {
                greeting: true,
                ..Context::default()
            };
            matches!(
                Detector::new().classify(line.as_bytes(), &tokens, &mut context),
                Kind::Reply(_)
            )
        };
        assert!(greeting("220 "));
        assert!(greeting("220 .."));
        assert!(!greeting("220"));
        assert_eq!(code("[SERVER]: 632 bXlkYXRh"), Some(632));
    }

    #[test]
    fn commands_are_not_the_lines_of_a_listing() {
        // uftpd logs each line of a LIST it sends as `LIST <line>`.
        assert_eq!(
            command("4283> LIST -rw-r--r-- 1     0     0    421 Dec  2 21:12 size-421.bin"),
            None
        );
        // A command that takes no argument, followed by words.
        assert_eq!(
            command("4283> Client PASV data connection from 127.0.0.1:31179"),
            None
        );
        assert_eq!(command("Error during STOR transfer after 0ms"), None);
        // While a transfer runs, a transfer command is its data (`LIST 226 files.txt`).
        let mut d = Detector::new();
        let mut tokens = Vec::new();
        for (line, transfer, want) in [
            ("4283> Recv: NLST ", false, true),
            ("4283> LIST 226 files.txt", true, false),
            ("4283> Recv: QUIT ", true, true),
        ] {
            tokens.clear();
            lex::tokens(line.as_bytes(), &mut tokens);
            let mut context = |_: &[u8]| Context {
                transfer,
                ..Context::default()
            };
            let kind = d.classify(line.as_bytes(), &tokens, &mut context);
            assert_eq!(matches!(kind, Kind::Command(..)), want, "{line}");
        }
    }

    #[test]
    fn commands_where_they_stand() {
        assert_eq!(
            command("---> RETR 502.txt").as_deref(),
            Some("RETR 502.txt")
        );
        assert_eq!(command("*cmd* 'CWD pub'").as_deref(), Some("CWD pub"));
        assert_eq!(
            command("x FTP command: Client \"1.2.3.4\", \"STOR a\"").as_deref(),
            Some("STOR a")
        );
        assert_eq!(command("use PASV mode instead"), None);
        // A program's record of the command it passed on.
        assert_eq!(
            command("<proxy.ftp.ctrl:9>: proxied PASV command from frontend to backend"),
            Some("PASV".into())
        );
        assert_eq!(command("the LIST command failed"), None);
        assert_eq!(command("login failed: USER unknown"), None);
    }

    #[test]
    fn access_logs_carry_their_command() {
        let line = b"127.0.0.1 UNKNOWN - [24/Nov/2026:05:53:41 +0000] \"RETR 5.txt\" 550 -";
        let mut tokens = Vec::new();
        lex::tokens(line, &mut tokens);
        match Detector::new().classify(line, &tokens, &mut |_| Context::default()) {
            Kind::Reply(f) => {
                assert_eq!(f.code.get(), 550);
                assert_eq!(f.command, Some(&b"RETR 5.txt"[..]));
            }
            other => panic!("{other:?}"),
        }
    }

    proptest::proptest! {
        /// The one-pass mode finder agrees with the plain definition, on lines made of
        /// the pieces that matter.
        #[test]
        fn unix_modes_as_defined(
            pieces in proptest::collection::vec(
                proptest::sample::select(vec![
                    "drwxr-xr-x", "-rw-r--r--", "---------", "rwsr-xr-T", " ", "+", "@", ".",
                    "a", "1", "rwx", "-", "d", "s", "l", "S",
                ]),
                0..12,
            )
        ) {
            let line = pieces.concat();
            let line = line.as_bytes();
            let defined = line.windows(11).any(|w| {
                matches!(w[0], b'-' | b'd' | b'l' | b'b' | b'c' | b'p' | b's')
                    && w[1..10].iter().all(|b| PERMISSION[usize::from(*b)])
                    && matches!(w[10], b' ' | b'+' | b'@' | b'.')
                    && w[1..10].iter().filter(|b| **b == b'-').count() < 9
            });
            proptest::prop_assert_eq!(unix_mode(line), defined);
        }
    }

    /// `unix_mode` and the DOS test as first written: a pass over every byte, a window at
    /// every position. The quick ones must answer as they do.
    fn unix_mode_bytewise(line: &[u8]) -> bool {
        let mut run = 0usize;
        for (i, &b) in line.iter().enumerate() {
            if run >= 9 && matches!(b, b' ' | b'+' | b'@' | b'.') && i >= 10 {
                let perms = &line[i - 9..i];
                if matches!(line[i - 10], b'-' | b'd' | b'l' | b'b' | b'c' | b'p' | b's')
                    && perms.iter().any(|&p| p != b'-')
                {
                    return true;
                }
            }
            run = if PERMISSION[usize::from(b)] {
                run + 1
            } else {
                0
            };
        }
        false
    }

    fn dos_listing_windowwise(line: &[u8]) -> bool {
        line.windows(17).any(|w| {
            w[0].is_ascii_digit()
                && w[1].is_ascii_digit()
                && w[2] == b'-'
                && w[5] == b'-'
                && (w[8..10] == *b"  " || w[8] == b' ')
                && w.windows(2).any(|p| p == b"AM" || p == b"PM")
        })
    }

    proptest::proptest! {
        #[test]
        fn listing_tests_answer_as_the_bytewise_ones(
            line in proptest::prop_oneof![
                "[-rwxsStTdlbcp +@.a0-9AMP:]{0,80}",
                // Modes, and near misses, among other words.
                "([ -~]{0,12}[-dlbcpsx ][-rwxsStT]{7,11}[ +@.x]){1,3}[ -~]{0,12}",
                // Modes side by side, one character before the type or not.
                "[ -~]{0,3}([dlbcp -]{1,2}[-rwxsStT]{7,10}[ +@.]){1,4}",
                // DOS listings' dates and times, and near misses.
                "[ -~]{0,12}[0-9x]{2}-[0-9]{2}[-x][0-9]{2}[ x]{1,2}[0-9]{2}:[0-9]{2}[APX]M[ -~]{0,12}",
            ],
        ) {
            let line = line.as_bytes();
            proptest::prop_assert_eq!(unix_mode(line), unix_mode_bytewise(line));
            proptest::prop_assert_eq!(dos_listing(line), dos_listing_windowwise(line));
        }
    }

    #[test]
    fn listing_modes_at_their_edges() {
        for (line, mode) in [
            (&b"drwxr-xr-x 2 ftp"[..], true),
            (b"ddrwxrwxrw x", false), // eight permission characters
            (b"-rw-r--r--@ 1", true),
            (b"---------- 1", false), // no permission at all
            (b"x -rwxrwxrwx. d-wx------ ", true),
            (b"lrwxrwxrwx", false), // nothing after the mode
            (b"12345678lrwxrwxrwx+", true),
        ] {
            assert_eq!(unix_mode(line), mode, "{}", String::from_utf8_lossy(line));
            assert_eq!(unix_mode_bytewise(line), mode);
        }
    }

    #[test]
    fn listings_in_every_style() {
        for line in [
            &b"-rw-r--r-- 1 ftp ftp 421 Mar 1 550.txt"[..],
            b"drwxr-xr-x+ 2 ftp ftp 4096 Mar  1 10:15 pub",
            b"< lrwxrwxrwx 1 0 0 7 Mar 1 bin -> usr/bin",
            b"03-01-26  10:15AM                  421 550-notes.txt",
            b"type=file;size=421;modify=20260301101532; 550.txt",
            b"+i8388621.48594,m825718503,r,s280,\t550.txt",
        ] {
            assert!(listing(line), "{}", String::from_utf8_lossy(line));
        }
        for line in [
            &b"550 Permission denied"[..],
            b"---------- 1 ftp",
            b"2026-03-01 10:15:32 226 OK",
        ] {
            assert!(!listing(line), "{}", String::from_utf8_lossy(line));
        }
    }

    #[test]
    fn a_whole_reply_in_one_string() {
        // The last line as the RFC writes it, bare, and masked in a paste (a published
        // report of an IIS greeting, its closing line's text replaced by stars).
        for (line, last) in [
            (
                &b"*resp* '211-Features:\\n MDTM\\n211 End'"[..],
                &b"End"[..],
            ),
            (b"*resp* '211-Features:\\n MDTM\\n211'", b""),
            (
                b"<-220-Microsoft FTP Service\\r\\n220********_FTP!",
                b"*******_FTP!",
            ),
            // The line ends dropped (pyftpsync's FEAT).
            (
                b"FEAT: '211-Features supported:  EPSV  UTF8 211 End FEAT.'.",
                b"End FEAT.",
            ),
            (b"< 211-Extensions: SIZE MDTM 211", b""),
        ] {
            let mut tokens = Vec::new();
            lex::tokens(line, &mut tokens);
            match Detector::new().classify(line, &tokens, &mut |_| Context::default()) {
                Kind::Reply(f) => {
                    let line = String::from_utf8_lossy(line);
                    assert_eq!(f.sep, Sep::Last, "{line}");
                    assert_eq!(f.closed_inline, Some(last), "{line}");
                }
                other => panic!("{other:?}"),
            }
        }
    }

    #[test]
    fn a_code_between_bars_is_a_field_with_its_text_in_the_next() {
        let found = |line: &str| {
            let mut tokens = Vec::new();
            lex::tokens(line.as_bytes(), &mut tokens);
            let mut context = |_: &[u8]| Context::default();
            match Detector::new().classify(line.as_bytes(), &tokens, &mut context) {
                Kind::Reply(f) => Some((
                    f.code.get(),
                    String::from_utf8_lossy(f.text).into_owned(),
                    f.command.map(|c| String::from_utf8_lossy(c).into_owned()),
                )),
                _ => None,
            }
        };
        // sqlite3's rows of ProFTPD's SQLLog: time|client|pid|user|command|code|text.
        assert_eq!(
            found(
                "2026-12-03 18:33:16,751|127.0.0.2|4161|ftpuser|PWD|257|\"/\" is the current directory"
            ),
            Some((
                257,
                "\"/\" is the current directory".into(),
                Some("PWD".into())
            ))
        );
        assert_eq!(
            found("2026-12-03 18:33:16,854|127.0.0.2|4161|ftpuser|CWD /x|550|/x: No such file|-"),
            Some((550, "/x: No such file".into(), Some("CWD /x".into())))
        );
        // pm2's prefix of a program's output ends in a bar: lftp's `quote SIZE` printed.
        assert_eq!(found("1|lftp   | 213 421"), Some((213, "421".into(), None)));
        // A table's cell (patator's): the bar after the code says so.
        assert_eq!(
            found(
                "22:42:50 patator    INFO - 530   22     3.047 | 421-guess:ftpuser   |     3 | x"
            ),
            None
        );
        // A table of codes and their meanings, and a listing's line numbers, are no replies.
        assert_eq!(found("215 : NAME system type"), None);
        assert_eq!(found("110 => Restart marker reply."), None);
        assert_eq!(
            found("316 | throw new Exception(\"Download error\");"),
            None
        );
        assert_eq!(
            found("I did eventually get a 550 error and socket timeout"),
            None
        );
        // A program's own numbers: negative, or a switch's case.
        assert_eq!(
            found("> STOR: notice: quota reached, Error -160: could not start"),
            None
        );
        assert_eq!(
            found("-  case 550: /* \"No such file or directory\" */"),
            None
        );
    }

    #[test]
    fn rows_of_codes_each_above_the_last_are_a_table() {
        let replies = |lines: &[&str]| {
            let mut detector = Detector::new();
            let mut tokens = Vec::new();
            let mut found = Vec::new();
            for line in lines {
                tokens.clear();
                lex::tokens(line.as_bytes(), &mut tokens);
                let mut context = |_: &[u8]| Context::default();
                if let Kind::Reply(f) = detector.classify(line.as_bytes(), &tokens, &mut context) {
                    found.push(f.code.get());
                }
            }
            found
        };
        // A page's table of codes in RFC 959's words: from its fifth row on, a table, and
        // from the placeholder of its second (`nnn`) on, a page about codes.
        let table = [
            "110 Restart marker reply.",
            "120 Service ready in nnn minutes.",
            "125 Data connection already open; transfer starting.",
            "150 File status okay; about to open data connection.",
            "200 Command okay.",
            "202 Command not implemented, superfluous at this site.",
            "211 System status, or system help reply.",
        ];
        assert_eq!(replies(&table), [110]);
        // Without a placeholder, the first four rows pass for replies.
        let plain = table.map(|row| row.replace(" in nnn minutes", ""));
        let plain: Vec<&str> = plain.iter().map(String::as_str).collect();
        assert_eq!(replies(&plain), [110, 120, 125, 150]);
        // RFC 959's whole text of 110 puts its placeholders after twenty words.
        let rfc = [
            "110 Restart marker reply. In this case, the text is exact and not left to the \
             particular implementation; it must read: MARK yyyy = mmmm where yyyy is \
             User-process data stream marker, and mmmm server's equivalent marker.",
            "125 Data connection already open; transfer starting.",
        ];
        assert_eq!(replies(&rfc), Vec::<u16>::new());
        // A session's replies go down as well as up: all of them are replies.
        let dialogue = [
            "220 Service ready",
            "331 Password required",
            "230 Logged in",
            "257 \"/\" is the current directory",
            "200 Type set to I",
            "227 Entering Passive Mode (127,0,0,1,4,1)",
            "150 Opening data connection",
            "226 Transfer complete",
        ];
        assert_eq!(replies(&dialogue).len(), dialogue.len());
    }

    #[test]
    fn a_packet_printer_s_dots_for_the_line_end_are_no_part_of_a_command() {
        let command = |line: &str| {
            let mut tokens = Vec::new();
            lex::tokens(line.as_bytes(), &mut tokens);
            let mut context = |_: &[u8]| Context::default();
            match Detector::new().classify(line.as_bytes(), &tokens, &mut context) {
                Kind::Command(c, _) => Some(String::from_utf8_lossy(c).into_owned()),
                _ => None,
            }
        };
        assert_eq!(
            command("T 127.0.0.2:48745 -> 127.0.0.1:4701 [AP] FEAT.."),
            Some("FEAT".into())
        );
        assert_eq!(
            command("  SYST..                     "),
            Some("SYST".into())
        );
        assert_eq!(
            command("T 127.0.0.2:48745 -> 127.0.0.1:4701 [AP] USER ftpuser.."),
            Some("USER ftpuser".into())
        );
        assert_eq!(command("> CWD .."), Some("CWD ..".into()));
    }
}
