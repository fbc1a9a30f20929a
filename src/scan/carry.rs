//! The session of a line that names none, from a line before it that did: the first line
//! of the record it continues (an indented line under `Reply (id=..., ip=...)`, the line
//! under a label such as `CUID#7 - Response received:`), the record whose escaped string
//! it was read from, or the packet printer's header of the packet whose payload it is.

use super::lex;
use super::session::{self, KeyKind};

/// The session of lines that name none, from a line before them: the first line of the
/// record they continue, or the packet printer's header line (`IP a.43264 > b.2121: Flags
/// [P.]`) of the payload they are.
#[derive(Default)]
pub struct Carried {
    /// The start of the last line that began a record (no indentation, no reply or
    /// command): the session of the record's indented lines after it, which name none
    /// (bunyan's `Reply (id=..., ip=...)`, then `    message: 550 ...`).
    head: Vec<u8>,
    /// Whether the lines since `head` were all indented.
    head_open: bool,
    /// The line of `head`.
    head_at: u64,
    /// Whether `head` ends with a colon: a label of what the next line holds, indented or
    /// not (aria2's `CUID#7 - Response received:`, then the reply).
    head_labels: bool,
    /// The key `head` names, where it lies in it, once asked (a record's lines ask alike).
    head_key: Option<Option<(KeyKind, usize, usize)>>,
    /// A key one of the record's indented lines names where its first line names none
    /// (pino-pretty prints a record's fields under it: `    id: "965c..."`), and how many
    /// of its lines were looked at.
    field_key: Option<(KeyKind, Vec<u8>)>,
    fields_read: u8,
    /// The key of the record whose escaped string's lines are being read, if it has one.
    outer: Option<(KeyKind, Vec<u8>)>,
    /// The client's end of the connection the last packet header named.
    client: Vec<u8>,
    /// The last line that named it or was read as its (0: none).
    at: u64,
    /// The ports of the servers whose dialogue was read under a header: a connection to
    /// none of them, once one is known, is a data connection (tcpick's states of a
    /// passive transfer's connection, between a control connection's lines).
    control: Vec<Box<[u8]>>,
    /// The server's port of that connection, as written (empty: not named).
    server_port: Vec<u8>,
    /// A line that holds nothing but a field naming a client's address and port, and its
    /// indentation: the session of the lines indented deeper under it (slog's compact
    /// terminal format writes a record's context once, as a tree: `  source:
    /// 127.0.0.1:44604`, then `    Dec 04 ... DEBG Control channel reply ...`).
    context: Option<(usize, Vec<u8>)>,
}

/// How many blanks a line starts with.
fn indent(body: &[u8]) -> usize {
    body.iter().take_while(|b| **b == b' ').count()
}

impl Carried {
    pub fn set(&mut self, c: session::Connection, n: u64) {
        // (A header that names no server port names the client alone: tshark's follow.)
        if !c.server_port.is_empty()
            && !self.control.is_empty()
            && !self.control.iter().any(|p| **p == *c.server_port)
        {
            return;
        }
        self.client.clear();
        self.client.extend_from_slice(c.client);
        self.server_port.clear();
        self.server_port.extend_from_slice(c.server_port);
        self.at = n;
    }

    /// Reads the lines of a record's escaped string under the record's key (None: done).
    pub fn outer(&mut self, key: Option<session::Key>) {
        self.outer = key.map(|k| (k.kind, k.value.to_vec()));
    }

    pub fn clear(&mut self) {
        self.outer = None;
        self.at = 0;
        self.control.clear();
        self.head_open = false;
        self.head_labels = false;
    }

    /// A line read: an unindented one with neither reply nor command (`record`) begins a
    /// record, any other unindented one ends it.
    pub fn line(&mut self, body: &[u8], record: bool, n: u64) {
        let depth = indent(body);
        if self.context.as_ref().is_some_and(|(d, _)| depth <= *d) {
            self.context = None;
        }
        if record && let Some(k) = session::context_field(body) {
            self.context = Some((depth, k.to_vec()));
        }
        if body.first().is_some_and(|b| lex::is_space(*b)) {
            if record && self.head_open && self.field_key.is_none() && self.fields_read < 32 {
                self.fields_read += 1;
                if self.head_key(body, 0).is_none()
                    && let Some(k) = session::meta_of_line(body, body.len())
                        .key
                        .filter(|k| matches!(k.kind, KeyKind::Conn | KeyKind::Pid))
                {
                    self.field_key = Some((k.kind, k.value.to_vec()));
                }
            }
            return;
        }
        // (tshark's follow names the server's end after the client's, `Node 1: ...`: the
        // stream's header goes on, no record begins.)
        if body.starts_with(b"Node 1: ") {
            return;
        }
        // (The line a label heads is the record's too: see `head_key`.)
        if self.head_labels && n == self.head_at + 1 && !record {
            return;
        }
        self.head_open = record;
        self.head_labels = record && lex::trim_end(body).ends_with(b":");
        if record {
            self.head_at = n;
            self.head.clear();
            self.head.extend_from_slice(&body[..body.len().min(300)]);
            self.head_key = None;
            self.field_key = None;
            self.fields_read = 0;
        }
    }

    /// The key of an indented line of the record begun last, from the record's first
    /// line: its kind and where it lies in `head`.
    /// (`first`: the line's first, or the first row of a dump's block.)
    fn head_key(&mut self, body: &[u8], first: u64) -> Option<(KeyKind, usize, usize)> {
        let labelled = self.head_labels && first == self.head_at + 1;
        if !self.head_open || !(labelled || body.first().is_some_and(|b| lex::is_space(*b))) {
            return None;
        }
        let head = &self.head;
        *self.head_key.get_or_insert_with(|| {
            session::meta_of_line(head, head.len())
                .key
                .filter(|k| !matches!(k.kind, KeyKind::Addr | KeyKind::Number | KeyKind::Label))
                .map(|k| {
                    let from = k.value.as_ptr() as usize - head.as_ptr() as usize;
                    (k.kind, from, from + k.value.len())
                })
        })
    }

    /// The key of a line with a reply or command that names no session of its own: its
    /// record's, or its packet's.
    pub fn key(&mut self, body: &[u8], first: u64, n: u64) -> Option<session::Key<'_>> {
        if self.outer.is_some() {
            return self
                .outer
                .as_ref()
                .map(|(kind, value)| session::Key { kind: *kind, value });
        }
        if self
            .context
            .as_ref()
            .is_some_and(|(d, _)| indent(body) > *d)
        {
            return self.context.as_ref().map(|(_, value)| session::Key {
                kind: KeyKind::AddrPort,
                value,
            });
        }
        // (A packet's header is a record's first line too: the connection it names,
        // not its other numbers, is the session: `T a:2121 -> b:34220 [AP] #4`.)
        if self.at > 0 && self.at >= self.head_at {
            return self.packet_key(n);
        }
        match self.head_key(body, first) {
            Some((kind, from, to)) => Some(session::Key {
                kind,
                value: &self.head[from..to],
            }),
            None if self.head_open
                && self.field_key.is_some()
                && body.first().is_some_and(|b| lex::is_space(*b)) =>
            {
                self.field_key
                    .as_ref()
                    .map(|(kind, value)| session::Key { kind: *kind, value })
            }
            None => self.packet_key(n),
        }
    }

    /// The key of a line `n` with a reply or command that names no session of its own:
    /// the connection of the packet it is part of, if its header or a line of its
    /// dialogue came in the last lines.
    fn packet_key(&mut self, n: u64) -> Option<session::Key<'_>> {
        if self.at == 0 || n.saturating_sub(self.at) > session::RECENT_LINES {
            return None;
        }
        self.at = n;
        if self.control.len() < 4
            && !self.server_port.is_empty()
            && !self.control.iter().any(|p| **p == *self.server_port)
        {
            self.control.push(Box::from(&self.server_port[..]));
        }
        Some(session::Key {
            kind: session::KeyKind::AddrPort,
            value: &self.client,
        })
    }
}
