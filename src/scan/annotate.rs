//! The annotating sink: the log passes through untouched, and after each reply comes one
//! short line that starts with [`MARK`]: the code, its title, the command it answers, and
//! one sentence of cause and fix (`--verbose`: the long form). On a terminal the line is
//! wrapped with a hanging indent; in a pipe it stays one line.
//!
//! Two more kinds of added line keep the output reversible (`ftpcode strip`): `MARK=`
//! before a log line that itself starts with the mark, and `MARK~` after a newline that
//! ftpcode added to end an unterminated last line.

use std::io::{self, Write};

use foldhash::{HashMap, HashMapExt};

use crate::code::ReplyCode;
use crate::knowledge::codes;
use crate::knowledge::sequences::{self, Listed};
use crate::knowledge::servers::{self, ServerMessage};
use crate::render::text::{Painter, sanitize, wrap};
use crate::strip::looks_like_ours;

use super::event::{ClientErrorEvent, FindingEvent, Place, Reply};
use super::sink::{InputEnd, Sink};
use super::{MARK, Options, verb};

/// The line before a log line that starts like an annotation.
pub const ESCAPE: &[u8] = b"  [ftpcode] =\n";
/// The line after a newline that ftpcode added to the log's unterminated last line.
pub const ADDED_NEWLINE: &[u8] = b"  [ftpcode] ~\n";
/// At most this many annotation bodies are kept for reuse; then the cache starts again.
const MAX_CACHED: usize = 10_000;

/// What an annotation's words depend on, beyond the code: a key, compared in full (no
/// hash stands for the text).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
struct BodyKey {
    code: ReplyCode,
    verb: [u8; 8],
    listed: Option<Listed>,
    /// The server messages that matched (by their place in the table).
    messages: Vec<usize>,
    iis: Option<(Option<u32>, Option<u32>)>,
    aborted: bool,
}

pub struct Annotate<'w, W: Write> {
    out: &'w mut W,
    painter: Painter,
    verbose: bool,
    several_files: bool,
    errors_only: bool,
    /// Flush every block: standard output is a terminal.
    terminal: bool,
    /// Wrap annotations to the width (on a terminal, or where `--width` asks).
    wrap: bool,
    show_controls: bool,
    /// The mark, painted once.
    mark: Vec<u8>,
    /// Annotations waiting for their block: (offset in the block, range in `notes`).
    inserts: Vec<(usize, usize, usize)>,
    notes: Vec<u8>,
    /// Whether what has been written ends a line.
    at_line_start: bool,
    bodies: HashMap<BodyKey, Box<[u8]>>,
    /// Which server messages a reply text matches, by code and text.
    matched: HashMap<(ReplyCode, Box<[u8]>), Vec<usize>>,
    scratch: Vec<u8>,
    /// A reply's note being written (kept to reuse its room).
    note: Vec<u8>,
}

impl<'w, W: Write> Annotate<'w, W> {
    pub fn new(
        out: &'w mut W,
        painter: Painter,
        opts: &Options,
        verbose: bool,
        several_files: bool,
    ) -> Self {
        Annotate {
            out,
            painter,
            verbose,
            several_files,
            errors_only: opts.errors_only,
            terminal: opts.terminal,
            wrap: opts.wrap,
            show_controls: opts.show_controls,
            mark: painter.dim(MARK).into_bytes(),
            inserts: Vec::new(),
            notes: Vec::with_capacity(4096),
            at_line_start: true,
            bodies: HashMap::new(),
            matched: HashMap::new(),
            scratch: Vec::new(),
            note: Vec::new(),
        }
    }

    /// Adds an annotation's bytes (whole lines) at a place.
    fn put(&mut self, bytes: &[u8], at: Place) -> io::Result<()> {
        match at {
            Place::At(offset) => {
                let from = self.notes.len();
                self.notes.extend_from_slice(bytes);
                self.inserts.push((offset, from, self.notes.len()));
                Ok(())
            }
            Place::Now => {
                if !self.at_line_start {
                    // The log's last line had no newline: end it, and say so.
                    self.out.write_all(b"\n")?;
                    self.out.write_all(ADDED_NEWLINE)?;
                    self.at_line_start = true;
                }
                self.out.write_all(bytes)
            }
        }
    }

    /// The server messages a reply's text matches (the log's server's own, if known).
    fn messages(&mut self, r: &Reply) -> Vec<usize> {
        if !servers::has_code(r.code) || r.text.is_empty() {
            return Vec::new();
        }
        let first = r.text.split(|b| *b == b'\n').next().unwrap_or_default();
        let key = (r.code, Box::from(&first[..first.len().min(256)]));
        if let Some(m) = self.matched.get(&key) {
            return filter_server(m, r);
        }
        let all: Vec<usize> = servers::find_all(r.code, first)
            .map(message_index)
            .collect();
        if self.matched.len() >= MAX_CACHED {
            self.matched.clear();
        }
        let own = filter_server(&all, r);
        self.matched.insert(key, all);
        own
    }

    /// The annotation's words after the mark (cached: logs say the same things often).
    fn body(&mut self, r: &Reply, messages: Vec<usize>) -> Box<[u8]> {
        let v = r.command.map(verb).unwrap_or_default();
        let mut verb8 = [0u8; 8];
        for (d, s) in verb8.iter_mut().zip(v) {
            *d = s.to_ascii_uppercase();
        }
        let key = BodyKey {
            code: r.code,
            verb: verb8,
            listed: r.listed,
            messages,
            iis: r.iis.map(|i| (i.win32_status, i.substatus)),
            aborted: r.aborted,
        };
        if let Some(b) = self.bodies.get(&key) {
            return b.clone();
        }
        let text = self.words(r, &key);
        if self.bodies.len() >= MAX_CACHED {
            self.bodies.clear();
        }
        let body: Box<[u8]> = text.into_bytes().into();
        self.bodies.insert(key, body.clone());
        body
    }

    fn words(&self, r: &Reply, key: &BodyKey) -> String {
        use std::fmt::Write as _;
        let entry = codes::lookup(r.code);
        let title = codes::title(r.code);
        let mut s = format!("{} {title}", r.code);
        let verb_len = key.verb.iter().take_while(|b| **b != 0).count();
        let verb = std::str::from_utf8(&key.verb[..verb_len]).unwrap_or("");
        if !verb.is_empty() {
            let _ = write!(s, ", answering {verb}");
            if r.listed == Some(Listed::Unlisted) {
                let _ = write!(s, " (not a reply {verb} gets)");
            }
        }
        if let Some(iis) = r.iis {
            if let Some(w) = iis.win32_status.filter(|w| *w != 0) {
                let _ = write!(s, ", win32 {w}");
                if let Some(m) = iis.win32() {
                    let _ = write!(s, " {}", m.name);
                }
            }
            if let Some(sub) = iis.substatus.filter(|v| *v != 0) {
                let _ = write!(s, ", substatus {sub}");
                if let Some(m) = iis.substatus_meaning(r.code) {
                    let _ = write!(s, " ({})", m.meaning.trim_end_matches('.'));
                }
            }
        }
        let messages: Vec<&ServerMessage> = key
            .messages
            .iter()
            .map(|&i| &servers::MESSAGES[i])
            .collect();
        let situation = sequences::lookup(verb).and_then(|q| q.advice_for(r.code));
        s.push_str(": ");
        if key.aborted {
            // (RFC 959 §4.1.3: ABOR during a transfer gets 426, then 226.)
            s.push_str(
                "The client's ABOR stopped the transfer: a 426, then a 226 to the ABOR, is how \
                 a server answers an abort (RFC 959 §4.1.3). Nothing to fix.",
            );
            return s;
        }
        match (messages.as_slice(), situation) {
            // What this reply means for this command comes first: AUTH refused with the
            // server's "log in first" text still means the server has no TLS.
            (_, Some(advice)) => scan_advice(advice, &mut s),
            ([m], _) if self.verbose => {
                let _ = write!(s, "{}: {} Fix: {}", m.server.name(), m.cause, m.fix);
            }
            ([m], _) => {
                let _ = write!(
                    s,
                    "{}: {} {}",
                    m.server.name(),
                    first_sentence(m.cause.as_str()),
                    first_sentence(m.fix.as_str())
                );
            }
            ([_, ..], _) => {
                // Servers share this text and the log does not say which it is.
                let names: Vec<&str> = messages.iter().map(|m| m.server.name()).collect();
                let _ = write!(
                    s,
                    "{} (sent by {}; `ftpcode explain` shows each one's cause)",
                    entry.map_or("", |e| e.advice.as_str()),
                    names.join(", ")
                );
            }
            ([], None) => match entry {
                Some(e) if self.verbose => {
                    let _ = write!(s, "{} {}", e.advice, e.fix_client);
                }
                Some(e) => scan_advice(e.advice.as_str(), &mut s),
                None => s.push_str(
                    r.code
                        .class()
                        .map_or("a Windows socket error, not a reply", |c| c.short()),
                ),
            },
        }
        s
    }

    /// The annotation's lines: the mark and the body, wrapped on a terminal.
    fn lines(&self, prefix: &str, body: &[u8], code: ReplyCode, out: &mut Vec<u8>) {
        let text = String::from_utf8_lossy(body);
        self.note_lines(
            prefix,
            &text,
            &code.to_string(),
            &self.painter.code(code),
            out,
        );
    }

    fn prefix(&self, file: Option<&str>, line: u64) -> String {
        match file {
            Some(f) if self.several_files => format!("{}:{line}: ", sanitize(f)),
            _ => String::new(),
        }
    }

    /// Writes a note: the mark, `prefix` and `text` wrapped on a terminal under a hanging
    /// indent, its `head` (the code, a client's name) shown as `painted`.
    fn note_lines(&self, prefix: &str, text: &str, head: &str, painted: &str, out: &mut Vec<u8>) {
        if !self.wrap {
            // One line, as it is (not copied into a list of one).
            self.note_line(0, prefix, text, head, painted, out);
            return;
        }
        // (The lines after the first stand under a hanging indent of 4: all fit so.)
        let first_width = self
            .painter
            .width()
            .saturating_sub(MARK.len() + prefix.chars().count() + 4);
        for (i, line) in wrap(text, first_width.max(20)).iter().enumerate() {
            self.note_line(i, prefix, line, head, painted, out);
        }
    }

    /// The `i`th line of a note (see [`Annotate::note_lines`]).
    fn note_line(
        &self,
        i: usize,
        prefix: &str,
        line: &str,
        head: &str,
        painted: &str,
        out: &mut Vec<u8>,
    ) {
        out.extend_from_slice(&self.mark);
        if i == 0 {
            out.extend_from_slice(prefix.as_bytes());
            match line.strip_prefix(head) {
                Some(rest) => {
                    out.extend_from_slice(painted.as_bytes());
                    out.extend_from_slice(rest.as_bytes());
                }
                None => out.extend_from_slice(line.as_bytes()),
            }
        } else {
            out.extend_from_slice(b"    ");
            out.extend_from_slice(line.as_bytes());
        }
        out.push(b'\n');
    }

    /// Writes a block of the log with the annotations and escapes that go into it.
    fn write_block(&mut self, block: &[u8]) -> io::Result<()> {
        // Log lines that start like an annotation get an escape line before them.
        // (A painted mark, as `strip` also reads it, is colour codes then the mark.)
        if memchr::memmem::find(block, MARK.as_bytes()).is_some() {
            if self.at_line_start && looks_like_ours(block) {
                self.inserts.push((0, usize::MAX, usize::MAX));
            }
            for i in memchr::memchr_iter(b'\n', block) {
                let next = &block[i + 1..];
                if matches!(next.first(), Some(b' ' | 0x1b)) && looks_like_ours(next) {
                    self.inserts.push((i + 1, usize::MAX, usize::MAX));
                }
            }
        }
        // In the order of their places, annotations before escapes at the same place. Notes
        // mostly come in that order, but not always: in one line that holds a string of
        // several replies, a reply the string's last line cuts short ends *before* the
        // line, after a note that goes after it (found by fuzzing). Stable, so notes at one
        // place keep their order.
        self.inserts
            .sort_by_key(|&(at, from, _)| (at, from == usize::MAX));
        let mut done = 0;
        let inserts = std::mem::take(&mut self.inserts);
        // A note after a line without its newline (the log's unterminated last line):
        // the line is ended and `~` says so, as `put` does for a note written now.
        let mut ended_last = false;
        for &(at, from, to) in &inserts {
            let at = at.min(block.len());
            self.log_bytes(&block[done..at])?;
            if from == usize::MAX {
                self.out.write_all(ESCAPE)?;
            } else {
                let line_start = match at.checked_sub(1) {
                    Some(i) => block[i] == b'\n',
                    None => self.at_line_start,
                };
                if !line_start {
                    self.out.write_all(b"\n")?;
                    self.out.write_all(ADDED_NEWLINE)?;
                    ended_last = at == block.len();
                }
                self.out.write_all(&self.notes[from..to])?;
            }
            done = at;
        }
        self.log_bytes(&block[done..])?;
        self.inserts = inserts;
        self.inserts.clear();
        self.notes.clear();
        if let Some(&last) = block.last() {
            self.at_line_start = last == b'\n' || ended_last;
        }
        Ok(())
    }

    /// The log's own bytes: untouched, or with control characters made visible.
    fn log_bytes(&mut self, bytes: &[u8]) -> io::Result<()> {
        if bytes.is_empty() {
            return Ok(());
        }
        if !self.show_controls {
            return self.out.write_all(bytes);
        }
        self.scratch.clear();
        visible_controls(bytes, &mut self.scratch);
        self.out.write_all(&self.scratch)
    }
}

fn filter_server(all: &[usize], r: &Reply) -> Vec<usize> {
    match r.server {
        Some(s) => all
            .iter()
            .copied()
            .filter(|&i| servers::MESSAGES[i].server == s)
            .collect(),
        None => all.to_vec(),
    }
}

fn message_index(m: &'static ServerMessage) -> usize {
    let base = servers::MESSAGES.as_ptr() as usize;
    (m as *const ServerMessage as usize - base) / std::mem::size_of::<ServerMessage>()
}

/// The first sentence of `s`: up to a full stop followed by a space and a capital (not
/// the stop of "e.g." or "i.e.").
pub(crate) fn first_sentence(s: &str) -> &str {
    let mut from = 0;
    while let Some(i) = s[from..].find(". ").map(|i| from + i) {
        let abbreviation = s[..i].ends_with("e.g") || s[..i].ends_with("i.e");
        let capital = s[i + 2..].starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit());
        if !abbreviation && capital {
            return &s[..=i];
        }
        from = i + 2;
    }
    s
}

/// Advice for the scan line: "Nothing to fix: " goes without saying on a reply that
/// says all is well; what is left is a sentence of its own, so it starts with a capital
/// as every other advice does ("Send the password with PASS.").
fn scan_advice(advice: &str, s: &mut String) {
    match advice.strip_prefix("Nothing to fix: ") {
        Some(rest) => {
            let mut chars = rest.chars();
            if let Some(first) = chars.next() {
                s.extend(first.to_uppercase());
                s.push_str(chars.as_str());
            }
        }
        None => s.push_str(advice),
    }
}

/// Copies `bytes`, showing control characters (C0 but tab and line ends, DEL, ESC, C1,
/// and Unicode's bidi and zero-width format characters) as visible escapes.
pub fn visible_controls(bytes: &[u8], out: &mut Vec<u8>) {
    use std::io::Write as _;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        match b {
            b'\n' | b'\t' => out.push(b),
            // A CR before LF ends the line as logs on Windows do; elsewhere it could
            // overwrite what the terminal shows.
            b'\r' if bytes.get(i + 1) == Some(&b'\n') => out.push(b),
            0..=0x1f | 0x7f => {
                let _ = write!(out, "\\x{b:02x}");
            }
            0xc2 if bytes.get(i + 1).is_some_and(|c| (0x80..=0x9f).contains(c)) => {
                let _ = write!(out, "\\u{{{:x}}}", bytes[i + 1]);
                i += 1;
            }
            0xe2 => {
                let ch = std::str::from_utf8(bytes.get(i..i + 3).unwrap_or_default())
                    .ok()
                    .and_then(|s| s.chars().next());
                match ch {
                    Some(c) if is_format(c) => {
                        let _ = write!(out, "\\u{{{:x}}}", u32::from(c));
                        i += 2;
                    }
                    _ => out.push(b),
                }
            }
            0xef if bytes.get(i..i + 3) == Some(&[0xef, 0xbb, 0xbf]) => {
                out.extend_from_slice(b"\\u{feff}");
                i += 2;
            }
            _ => out.push(b),
        }
        i += 1;
    }
}

/// Unicode's bidi controls and zero-width characters: they reorder or hide what a
/// terminal shows.
pub fn is_format(c: char) -> bool {
    matches!(c, '\u{200b}'..='\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\u{2060}' | '\u{feff}')
}

impl<W: Write> Sink for Annotate<'_, W> {
    fn wants_text(&self, code: ReplyCode) -> bool {
        servers::has_code(code)
    }

    fn reply(&mut self, r: &Reply, at: Place) -> io::Result<()> {
        if self.errors_only && !r.code.is_failure() {
            return Ok(());
        }
        if r.quotes.is_some() {
            // A client's error line repeating a reply already explained, or the same reply
            // printed again right under itself: no second word.
            return Ok(());
        }
        let prefix = self.prefix(r.file, r.line);
        // The note's bytes, in a buffer kept from one reply to the next.
        let mut lines = std::mem::take(&mut self.note);
        lines.clear();
        match r.repeat_of {
            Some(first) if !self.verbose => {
                let entry = codes::lookup(r.code);
                let title = entry.map_or("", |e| e.title.as_str());
                let body = format!("{} {title} again (as on line {first})", r.code);
                self.lines(&prefix, body.as_bytes(), r.code, &mut lines);
            }
            _ => {
                let messages = self.messages(r);
                let body = self.body(r, messages);
                self.lines(&prefix, &body, r.code, &mut lines);
            }
        }
        let result = self.put(&lines, at);
        self.note = lines;
        result
    }

    fn client_error(&mut self, e: &ClientErrorEvent, at: Place) -> io::Result<()> {
        let error = e.error;
        let prefix = self.prefix(e.file, e.line);
        // A server's log line says which replies the client got when it was written.
        let kind = match (error.client.get().role, &error.replies[..]) {
            (crate::knowledge::clients::Role::ServerLog, [.., last]) => {
                let codes: Vec<String> = error.replies.iter().map(|c| c.to_string()).collect();
                let codes = match codes.len() {
                    1 => codes[0].clone(),
                    n => format!("{} or {last}", codes[..n - 1].join(", ")),
                };
                format!("{}; the client got {codes}", error.kind())
            }
            _ => error.kind().to_string(),
        };
        let body = format!(
            "{}: {} ({kind}): {}",
            error.client.get().name,
            error.title,
            first_sentence(error.fix_for_reader())
        );
        let head = format!("{}: {}", error.client.get().name, error.title);
        let painted = self
            .painter
            .paint(&head, owo_colors::Style::new().bold().red());
        let mut out = Vec::new();
        self.note_lines(&prefix, &body, &head, &painted, &mut out);
        self.put(&out, at)
    }

    fn finding(&mut self, f: &FindingEvent, at: Place) -> io::Result<()> {
        use std::fmt::Write as _;
        let p = &self.painter;
        let mut s = String::new();
        if self.several_files
            && let Some(file) = f.file
        {
            let _ = write!(s, "{}: ", sanitize(file));
        }
        let lines: Vec<String> = f.finding.lines.iter().map(u64::to_string).collect();
        let more = if f.finding.count > f.finding.lines.len() {
            format!(" and {} more", f.finding.count - f.finding.lines.len())
        } else {
            String::new()
        };
        let title = p.paint(f.finding.title, owo_colors::Style::new().bold().yellow());
        let _ = write!(
            s,
            "finding: {title} (line{} {}{more}): {} Fix: {}",
            if lines.len() > 1 { "s" } else { "" },
            lines.join(", "),
            f.finding.explanation,
            f.finding.fix
        );
        let mut out = Vec::new();
        let wrapped = if self.wrap {
            wrap(
                &s,
                self.painter.width().saturating_sub(MARK.len() + 4).max(20),
            )
        } else {
            vec![s]
        };
        for (i, line) in wrapped.iter().enumerate() {
            out.extend_from_slice(&self.mark);
            if i > 0 {
                out.extend_from_slice(b"    ");
            }
            out.extend_from_slice(line.as_bytes());
            out.push(b'\n');
        }
        self.put(&out, at)
    }

    fn pass(&mut self, bytes: &[u8], whole_lines: bool) -> io::Result<()> {
        if whole_lines {
            self.write_block(bytes)?;
        } else {
            // The first piece of a line too long to hold: escaped like any other line.
            if self.at_line_start && looks_like_ours(bytes) {
                self.out.write_all(ESCAPE)?;
            }
            self.log_bytes(bytes)?;
            if let Some(&last) = bytes.last() {
                self.at_line_start = last == b'\n';
            }
        }
        if self.terminal {
            self.out.flush()?;
        }
        Ok(())
    }

    fn end_input(&mut self, _end: &InputEnd) -> io::Result<()> {
        Ok(())
    }

    fn finish(&mut self) -> io::Result<()> {
        Ok(())
    }

    fn flush(&mut self) -> io::Result<()> {
        self.out.flush()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn first_sentences() {
        assert_eq!(first_sentence("One. Two."), "One.");
        assert_eq!(
            first_sentence("PAM refused it (e.g. a shell). Then more."),
            "PAM refused it (e.g. a shell)."
        );
        assert_eq!(
            first_sentence("Port 21. then lower case."),
            "Port 21. then lower case."
        );
        assert_eq!(first_sentence("No stop"), "No stop");
    }
}
