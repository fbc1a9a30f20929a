//! The reader thread: reads an input in large chunks, cuts them at the last line end,
//! and finds each chunk's line ends and tokens (see [`super::lex`]), so that the scanning
//! thread only looks at the few bytes around them. It also does the part of each line's
//! work that needs nothing but the line (see [`Pre`]), so that the two threads share it.
//! A line longer than [`LONG_LINE`] is passed on in pieces as it comes, so memory stays
//! flat whatever the input.

use std::io::{self, Read};
use std::sync::mpsc::{Receiver, SyncSender};

use crate::knowledge::clients::{self, ClientError};

use super::detect::{self, Weighed};
use super::dump;
use super::lex::{self, Token};
use super::line_ends;
use super::session::HeldMeta;
use super::strings;

/// The longest line looked at for a client's error message.
pub const LONGEST_CLIENT_LINE: usize = 1024;
/// Client errors are looked for in the first lines of every input and, once one is found
/// (a client's log), in all of them: a server's log of millions of lines pays for the
/// first few thousand only.
pub const LOOK_FIRST: u64 = 5000;

/// How the look for client errors in an input goes.
#[derive(Default)]
struct Looking {
    lines: u64,
    found: bool,
}

impl Looking {
    fn on(&self) -> bool {
        self.found || self.lines < LOOK_FIRST
    }
}

/// What a line holds on its own evidence, worked out before the scanner reads it.
#[derive(Debug, Clone, Copy, Default)]
pub struct Pre {
    /// Its best candidate code.
    pub weighed: Weighed,
    /// The client error it shows, looked for in lines without a candidate code only
    /// (`None`: not looked for).
    pub client: Option<Option<&'static ClientError>>,
    /// What the line says of its session before its candidate code or its likely command,
    /// the scanner's first question about the line (its own thread has the more work).
    pub meta: Option<HeldMeta>,
    /// Whether the line may be a row of a dump, at its start or after a prefix.
    pub row: bool,
    /// Whether the line holds a string of several lines, or lines run together, that
    /// [`strings::decode_lines`] decodes (most lines hold none: the scanner's thread, the
    /// busier, then need not look).
    pub decodes: bool,
}

/// How much is read at a time.
pub const CHUNK: usize = 256 * 1024;
/// A line longer than this is streamed in pieces instead of being held whole.
pub const LONG_LINE: usize = 1 << 20;

/// Whole lines read from the input (`buf[..len]`), with their line ends and tokens.
pub struct Chunk {
    pub buf: Vec<u8>,
    pub len: usize,
    /// Where each line ends (its newline); the last line may have none.
    pub ends: Vec<u32>,
    pub tokens: Vec<Token>,
    /// What lines hold on their own evidence, by their index in the chunk: only those
    /// with a candidate code or a client's error.
    found: Vec<(u32, Found)>,
    /// What lines say of their session, by their index in the chunk: those with a
    /// candidate code or a likely command (kept apart from `found`, which is 3 times
    /// larger a line: scan holds a few chunks at once in its 16 MiB).
    metas: Vec<(u32, HeldMeta)>,
    /// The lines that may be a dump's row (few: the scanner's thread reads only those as
    /// rows).
    rows: Vec<u32>,
    /// The lines that [`strings::decode_lines`] decodes (few).
    decodes: Vec<u32>,
    /// The lines not in `found` were looked at for a client's error, and show none.
    pub clients_looked: bool,
}

/// The part of a [`Pre`] kept in `Chunk::found`.
#[derive(Debug, Clone, Copy)]
struct Found {
    weighed: Weighed,
    client: Option<Option<&'static ClientError>>,
}

/// Where the scanner is in a chunk's `found` and `metas`.
#[derive(Debug, Clone, Copy, Default)]
pub struct Cursor {
    found: usize,
    meta: usize,
    row: usize,
    decodes: usize,
}

impl Chunk {
    /// Where the entries of the line of this index, and of the lines after it, start.
    pub fn cursor_at(&self, line: u32) -> Cursor {
        Cursor {
            found: self.found.partition_point(|&(i, _)| i < line),
            meta: self.metas.partition_point(|&(i, _)| i < line),
            row: self.rows.partition_point(|&i| i < line),
            decodes: self.decodes.partition_point(|&i| i < line),
        }
    }

    /// What the reader found in the line of this index, given the entries from `next` on
    /// (moved past the line's entries).
    pub fn pre_of(&self, line: u32, next: &mut Cursor) -> Pre {
        let found = match self.found.get(next.found) {
            Some(&(i, found)) if i == line => {
                next.found += 1;
                found
            }
            _ => Found {
                weighed: Weighed::default(),
                client: self.clients_looked.then_some(None),
            },
        };
        let meta = match self.metas.get(next.meta) {
            Some(&(i, meta)) if i == line => {
                next.meta += 1;
                Some(meta)
            }
            _ => None,
        };
        let row = self.rows.get(next.row) == Some(&line);
        next.row += usize::from(row);
        let decodes = self.decodes.get(next.decodes) == Some(&line);
        next.decodes += usize::from(decodes);
        Pre {
            weighed: found.weighed,
            client: found.client,
            meta,
            row,
            decodes,
        }
    }

    fn new() -> Self {
        Chunk {
            buf: Vec::new(),
            len: 0,
            ends: Vec::new(),
            tokens: Vec::new(),
            found: Vec::new(),
            metas: Vec::new(),
            rows: Vec::new(),
            decodes: Vec::new(),
            clients_looked: false,
        }
    }
}

/// What the reader thread sends.
pub enum Msg {
    /// Whole lines (the last one may lack its newline at the end of the input).
    Lines(Chunk),
    /// Part of a line too long to hold, to pass through as it comes.
    Piece(Vec<u8>),
    /// Reading failed; the lines read before the failure came first.
    Error(io::Error),
    /// The input ended (all of it was sent).
    End,
    /// The user pressed Ctrl-C (sent by the signal handler, not by the reader).
    Interrupted,
}

/// Reads `input` until it ends or fails, or until the scanner hangs up (its output was
/// closed). Chunks come back through `recycle` to be read into again.
pub fn run(mut input: Box<dyn Read + Send>, tx: &SyncSender<Msg>, recycle: &Receiver<Chunk>) {
    let mut carry: Vec<u8> = Vec::new(); // the start of a line not yet ended
    let mut looking = Looking::default();
    loop {
        let mut chunk = recycle.try_recv().unwrap_or_else(|_| Chunk::new());
        // Buffers come back at their full length: only new room is ever zeroed.
        let filled = carry.len();
        if chunk.buf.len() < filled + CHUNK {
            chunk.buf.resize(filled + CHUNK, 0);
        }
        chunk.buf[..filled].copy_from_slice(&carry);
        carry.clear();
        let n = loop {
            match input.read(&mut chunk.buf[filled..filled + CHUNK]) {
                Ok(n) => break Ok(n),
                Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                Err(e) => break Err(e),
            }
        };
        let n = match n {
            Ok(n) => n,
            Err(e) => {
                // What was read stands: the unfinished last line goes out before the error.
                chunk.len = filled;
                if filled > 0 {
                    index(&mut chunk, &mut looking);
                    if tx.send(Msg::Lines(chunk)).is_err() {
                        return;
                    }
                }
                let _ = tx.send(Msg::Error(e));
                return;
            }
        };
        chunk.len = filled + n;
        if n == 0 {
            // The end: whatever is left is the last line, newline or not.
            if chunk.len > 0 {
                index(&mut chunk, &mut looking);
                if tx.send(Msg::Lines(chunk)).is_err() {
                    return;
                }
            }
            let _ = tx.send(Msg::End);
            return;
        }
        match memchr::memrchr(b'\n', &chunk.buf[..chunk.len]) {
            Some(k) => {
                carry.extend_from_slice(&chunk.buf[k + 1..chunk.len]);
                chunk.len = k + 1;
                index(&mut chunk, &mut looking);
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

/// Finds the line ends and the tokens of a chunk, and what its lines hold on their own.
fn index(chunk: &mut Chunk, looking: &mut Looking) {
    let buf = &chunk.buf[..chunk.len];
    chunk.ends.clear();
    // Chunks are at most a few MiB (CHUNK plus a line shorter than LONG_LINE): u32 holds it.
    line_ends::find(buf, &mut chunk.ends);
    chunk.tokens.clear();
    lex::tokens(buf, &mut chunk.tokens);
    chunk.found.clear();
    chunk.metas.clear();
    chunk.rows.clear();
    chunk.decodes.clear();
    // Whether a chunk's lines were looked at is said for all of them: the look stops
    // (or not) at a chunk's start. The matcher is built on first need (a pasted reply
    // line never pays for it).
    chunk.clients_looked = looking.on();
    let mut line_tokens = Vec::new();
    let mut row_bytes = Vec::new();
    let mut decoded = Vec::new();
    let mut start = 0;
    let mut t = 0;
    let mut ends = chunk.ends.iter().map(|&e| e as usize);
    let mut line = 0;
    while start < buf.len() {
        let end = ends.next().unwrap_or(buf.len() - 1);
        let n = chunk.tokens[t..].partition_point(|k| (k.at as usize) <= end);
        line_tokens.clear();
        line_tokens.extend(chunk.tokens[t..t + n].iter().map(|k| Token {
            at: k.at - start as u32,
            kind: k.kind,
        }));
        t += n;
        // The line as the scanner reads it: without its line end.
        let raw = &buf[start..=end];
        let body = line_ends::content(raw);
        let weighed = Weighed::weigh(body, &line_tokens);
        let look = chunk.clients_looked && !weighed.is_some() && body.len() <= LONGEST_CLIENT_LINE;
        let client = look.then(|| clients::Matcher::get().and_then(|m| m.find_in_log(body)));
        looking.lines += 1;
        // (A server's own log line, vsftpd's FAIL LOGIN, is no sign of a client's log.)
        looking.found |= client
            .flatten()
            .is_some_and(|c| c.client.get().role == clients::Role::Client);
        // What the line says of its session, before its candidate code or its likely
        // command: the scanner's first question about the line.
        if let Some(meta) = weighed
            .at()
            .or_else(|| detect::likely_command(body, &line_tokens))
            .and_then(|at| HeldMeta::of(body, at))
        {
            chunk.metas.push((line, meta));
        }
        if weighed.is_some() || client.is_some_and(|c| c.is_some()) {
            chunk.found.push((line, Found { weighed, client }));
        }
        if dump::may_be_row(body, &mut row_bytes) {
            chunk.rows.push(line);
        }
        let hash = memchr::memchr(b'#', body).is_some();
        if strings::decode_lines(body, &mut decoded, hash).is_some() {
            chunk.decodes.push(line);
        }
        line += 1;
        start = end + 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        /// What the reader says of each line's strings is what decoding the line says
        /// (the scanner's thread trusts it and does not look again).
        #[test]
        fn the_reader_says_which_lines_decode(
            lines in proptest::collection::vec(
                proptest::sample::select(vec![
                    "220 (vsFTPd 3.0.3)",
                    "[pid 812] FTP response: Client \"::1\", \"211-Features:\\r\\n MDTM\\r\\n211 End\\r\\n\"",
                    "*resp* '211-Features:\\n EPRT\\n211 End'",
                    "resp=['211-Features:', ' MDTM', '211 End']",
                    "Feb  1 vsftpd[9]: 211-Features:#012 MDTM#012211 End",
                    "reply=211-Features%3A%0D%0A+MDTM&code=211&x=%20",
                    "<p>211-Features:<br>MDTM<br>211 End</p>",
                    "READ SUCCESS (40 bytes): 220 ready..331 Password required..",
                    "32 32 30 20 72 65 61 64 79 0d 0a",
                    "",
                    "\\",
                    "[",
                    "#012",
                ]),
                1..40,
            )
        ) {
            let mut chunk = Chunk::new();
            for line in &lines {
                chunk.buf.extend_from_slice(line.as_bytes());
                chunk.buf.push(b'\n');
            }
            chunk.len = chunk.buf.len();
            index(&mut chunk, &mut Looking { lines: 0, found: false });
            let mut next = chunk.cursor_at(0);
            let mut out = Vec::new();
            for (i, line) in lines.iter().enumerate() {
                let pre = chunk.pre_of(i as u32, &mut next);
                let hash = line.contains('#');
                let decodes = strings::decode_lines(line.as_bytes(), &mut out, hash).is_some();
                proptest::prop_assert_eq!(pre.decodes, decodes, "{}", line);
            }
        }
    }
}
