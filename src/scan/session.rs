//! Which FTP session a log line belongs to. A busy server's log interleaves its sessions,
//! and each line carries whatever the program uses to tell them apart: a process id
//! (`[pid 812]`, `proftpd[812]:`), a connection number (`(000012)`, `[FTP Session 3 ...]`),
//! the client's address and port (`127.0.0.1:60652`), a thread's name. These are found by
//! their form, not by program; a log with none of them is one dialogue.
//!
//! vsftpd hands a session to a new process at login, so its pid changes mid-dialogue: a
//! key that first appears with a reply to a login, while another session waits for the
//! answer to its PASS, continues that session.

use foldhash::HashMap;

use super::memo::{self, PrefixMemo};
use super::needle;
use super::{lex, words};

/// What a key is, from the weakest to the strongest.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum KeyKind {
    /// A number that starts the line (`4497> Sent: 220 ...`, uftpd) or follows the time
    /// that starts it (`2026-12-04 13:50:32,779 16602:52444 ...`), a key only where
    /// the log shows it telling dialogues apart (see [`super::key_choice`]).
    Number,
    /// A name in brackets that starts the line (`[alice] *get* '220 ...'`), as a tool that
    /// runs several programs at once prints each one's, or in brackets or parentheses
    /// after its time and level (`[DEBUG] (ftp-alice)`, a thread's name): a key only
    /// where a second dialogue begins under another name while the first is under way.
    Label,
    /// A name that ends in a number in the line's prefix, as programs name their workers,
    /// jobs and connections (`job1 < 220`, `[ftp#1]`, `worker-1 <<<`, `ftp-worker-1:`): a
    /// key only where the log shows it telling dialogues apart, as a number at the start
    /// (see [`super::key_choice`]).
    Name,
    /// A JSON record's `id` field beside its process's (ftp-srv through pino: one process,
    /// an id bound per connection): a key only once a value comes back after lines with
    /// another, since some programs give every record an id of its own.
    RecordId,
    /// The client's address without a port.
    Addr,
    /// A thread's name: `[pool-2-thread-1]`, `[Thread-3]`.
    Thread,
    /// The client's address and port.
    AddrPort,
    /// A process id.
    Pid,
    /// A session or connection number the program gives.
    Conn,
}

/// The session key of a line: its kind and its value as logged.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Key<'a> {
    pub kind: KeyKind,
    pub value: &'a [u8],
}

/// What the start of a line tells about its session.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Meta<'a> {
    pub key: Option<Key<'a>>,
    /// The strongest key of another kind than `key`, an address alone aside: what names
    /// the session where `key` turns out to be shared by all (see
    /// [`super::key_choice::KeyChoice`]).
    pub alt: Option<Key<'a>>,
    /// The first network address in it.
    pub addr: Option<&'a [u8]>,
    /// A user name in a place logs put one: `[pid 1] [alice]`, `(alice@10.0.0.5)`,
    /// `127.0.0.1:5000-[alice]`, `user=alice`.
    pub user: Option<&'a [u8]>,
}

/// A line's [`meta_of_line`] held as offsets into the line, so that the reader thread
/// can work it out for the place of the line's candidate reply and hand it over.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct HeldMeta {
    /// How much of the line was read.
    len: u16,
    key: Option<(KeyKind, Span)>,
    alt: Option<(KeyKind, Span)>,
    addr: Option<Span>,
    user: Option<Span>,
}

/// Where a piece of a line is (u16: the reader holds many lines' metas at once, and a
/// line longer than 64 KiB is read by the scanner itself).
type Span = (u16, u16);

impl HeldMeta {
    /// `meta_of_line(line, len)`, held (None for a line too long to hold by u16 offsets).
    pub fn of(line: &[u8], len: usize) -> Option<HeldMeta> {
        let len = len.min(line.len());
        HeldMeta::held(line, meta_of_line(line, len), len)
    }

    /// `m`, a meta of `line` (its pieces within it), held as offsets into it.
    fn held(line: &[u8], m: Meta, len: usize) -> Option<HeldMeta> {
        let (base, end) = (line.as_ptr() as usize, line.as_ptr() as usize + line.len());
        // Err for a piece outside the line, or too far into it for u16.
        let span = |piece: &[u8]| -> Result<Span, ()> {
            let from = (piece.as_ptr() as usize).checked_sub(base).ok_or(())?;
            if from + piece.len() > end - base {
                return Err(());
            }
            let from = u16::try_from(from).map_err(|_| ())?;
            Ok((from, u16::try_from(piece.len()).map_err(|_| ())?))
        };
        let key = |k: Option<Key>| k.map(|k| span(k.value).map(|s| (k.kind, s))).transpose();
        Some(HeldMeta {
            len: u16::try_from(len).ok()?,
            key: key(m.key).ok()?,
            alt: key(m.alt).ok()?,
            addr: m.addr.map(span).transpose().ok()?,
            user: m.user.map(span).transpose().ok()?,
        })
    }

    /// How much of the line was read (what `meta_of_line` was given, at most the line).
    pub fn read(&self) -> usize {
        self.len as usize
    }

    /// The meta again, from the line it was worked out on.
    pub fn meta<'a>(&self, line: &'a [u8]) -> Meta<'a> {
        let piece = |(from, len): Span| {
            let from = usize::from(from);
            &line[from..from + usize::from(len)]
        };
        let key = |k: Option<(KeyKind, Span)>| {
            k.map(|(kind, at)| Key {
                kind,
                value: piece(at),
            })
        };
        Meta {
            key: key(self.key),
            alt: key(self.alt),
            addr: self.addr.map(piece),
            user: self.user.map(piece),
        }
    }
}

/// Reads what a line says about its session: the part before its reply or command, or,
/// for a JSON record (whose fields come in any order), the record's keys.
pub fn meta_of_line(line: &[u8], prefix_len: usize) -> Meta<'_> {
    let prefix = &line[..prefix_len.min(line.len())];
    if let Some(record) = json_record(line) {
        let m = json_meta(&record[..record.len().min(4096)]);
        // The message may name the session too, or alone (`"message": "127.0.0.1:37766-[]
        // -> 530 ..."`, a server's own line through a JSON formatter): read from where the
        // string that holds the code starts (a record's other fields come first, and may
        // be longer than the start of a line that is read).
        let value = needle::rfind!(prefix, b"\":\"")
            .or_else(|| needle::rfind!(prefix, b"\": \""))
            .map_or(0, |i| i + 3);
        let inner = match meta(lex::trim_start(&prefix[value.min(prefix.len())..])) {
            m if m.key.is_some() || value == 0 => m,
            // (Or the record's fields name it: `"syslog-tag":"ruby-ftpd[29133]:"`.)
            m => {
                let all = meta(prefix);
                Meta {
                    addr: m.addr.or(all.addr),
                    user: m.user.or(all.user),
                    ..all
                }
            }
        };
        return match m.key {
            Some(key) => Meta {
                alt: inner
                    .key
                    .filter(|k| k.kind != key.kind)
                    .or(inner.alt)
                    .or(m.alt),
                ..m
            },
            None => Meta {
                key: inner.key,
                alt: inner.alt.or(m.alt),
                addr: m.addr.or(inner.addr),
                user: m.user.or(inner.user),
            },
        };
    }
    let m = meta(prefix);
    if m.key.is_none()
        && let Some(value) = trailing_source(&line[prefix.len()..])
    {
        return Meta {
            key: Some(Key {
                kind: KeyKind::AddrPort,
                value,
            }),
            addr: m.addr.or(Some(value)),
            ..m
        };
    }
    // A record's fields as a JSON object after its message (pino-pretty: `[time] TRACE
    // (ftp-srv/2419): Reply {"id":"bdfe3009-...","ip":"127.0.0.2",...}`): its connection's
    // id and its client, where the text before names no stronger key.
    if m.key.is_none_or(|k| k.kind <= KeyKind::Addr)
        && let Some(object) = trailing_object(line)
    {
        let j = json_meta(object);
        let addr = m.addr.or(j.addr);
        let key = m.key.or(j.key).or_else(|| {
            let a = addr.filter(|a| address(a, 0).is_some_and(|(end, _)| end == a.len()))?;
            Some(Key {
                kind: KeyKind::Addr,
                value: a,
            })
        });
        let id = record_id(object).map(|value| Key {
            kind: KeyKind::RecordId,
            value,
        });
        return Meta {
            key,
            alt: [id, j.alt, m.alt]
                .into_iter()
                .flatten()
                .find(|a| key.is_none_or(|k| k.kind != a.kind)),
            addr,
            user: m.user.or(j.user),
        };
    }
    m
}

/// The JSON object that ends a line after its message, its first key right after a blank
/// and a brace (`... Reply {"id":"b5",...}`).
fn trailing_object(line: &[u8]) -> Option<&[u8]> {
    let line = lex::trim_end(line);
    if line.last() != Some(&b'}') {
        return None;
    }
    let open = needle::find!(line, b" {\"")? + 1;
    Some(&line[open..open + (line.len() - open).min(4096)])
}

/// The client's address and port that slog's terminal format writes among the fields
/// after a record's message (libunftp: `Control channel reply CodeAndMsg { .. }, seq: 7,
/// username: alice, source: 127.0.0.1:53814, trace-id: ...`), where the line's start names
/// no session.
///
/// Or the address and port that end the line after `from`, `client` or `peer`, where a
/// server says whose command it read (thinftp: `Received command: [USER alice] from client
/// 127.0.0.1:51206`).
fn trailing_source(rest: &[u8]) -> Option<&[u8]> {
    let rest = lex::trim_end(rest);
    if let Some(space) = memchr::memrchr(b' ', rest) {
        let value = &rest[space + 1..];
        let before = lex::trim_end(&rest[..space]);
        let word = &before[memchr::memrchr(b' ', before).map_or(0, |i| i + 1)..];
        if matches!(word, b"from" | b"client" | b"peer")
            && value.first().is_some_and(u8::is_ascii_digit)
            && address(value, 0)
                .is_some_and(|(end, port_end)| port_end > end && port_end == value.len())
        {
            return Some(value);
        }
    }
    // (The last: the message's own words may hold one, `source: Some(Os { .. })`. Most
    // lines hold none, which the forward search, the faster, tells.)
    let first = needle::find!(rest, b", source: ")?;
    let at = first + needle::rfind!(&rest[first..], b", source: ")? + 10;
    let value = &rest[at..];
    let value = &value[..value
        .iter()
        .position(|b| matches!(b, b',' | b' '))
        .unwrap_or(value.len())];
    address(value, 0)
        .is_some_and(|(end, port_end)| port_end > end && port_end == value.len())
        .then_some(value)
}

/// The address and port of a line that holds nothing but a field naming them (`  source:
/// 127.0.0.1:44604`): the context that slog's compact format writes once above the lines
/// it applies to.
pub fn context_field(body: &[u8]) -> Option<&[u8]> {
    let t = lex::trim_end(lex::trim_start(body));
    let colon = memchr::memchr(b':', &t[..t.len().min(24)])?;
    let value = t[colon + 1..].strip_prefix(b" ")?;
    (colon > 0
        && t[..colon]
            .iter()
            .all(|b| b.is_ascii_alphabetic() || matches!(b, b'_' | b'-'))
        && address(value, 0)
            .is_some_and(|(end, port_end)| port_end > end && port_end == value.len()))
    .then_some(value)
}

/// The JSON record a line holds: all of it, or after a short prefix that has no quote
/// (`data: {...}`, journalctl's server-sent events; `2026-12-04T00:56:23Z {...}`, a
/// container log with its time), up to the line's end.
fn json_record(line: &[u8]) -> Option<&[u8]> {
    json_start(line).map(|open| &line[open..])
}

/// Where the JSON record a line holds starts (its `{`): at the line's start, after RFC
/// 7464's RS (`journalctl -o json-seq`), or after a short head of words that holds no
/// quote, `=` or bracket (`data: {"MESSAGE":...}`, `journalctl -o json-sse`).
pub(crate) fn json_start(line: &[u8]) -> Option<usize> {
    let rs = usize::from(line.first() == Some(&0x1e));
    if line.get(rs) == Some(&b'{') {
        return Some(rs);
    }
    let head = &line[..line.len().min(48)];
    let open = memchr::memchr(b'{', head)?;
    (line.get(open + 1) == Some(&b'"')
        && head[..open].ends_with(b" ")
        && !head[..open]
            .iter()
            .any(|b| matches!(b, b'"' | b'\'' | b'=' | b'[')))
    .then_some(open)
}

/// The session fields of a JSON record: `"_PID":"812"`, `"pid":812`, `"sessionId":"ab"`,
/// `"conn":3`, `"client":"10.0.0.5"`, `"user":"alice"`.
fn json_meta(line: &[u8]) -> Meta<'_> {
    let mut m = Meta::default();
    let field = |group: usize| json_field(line, group);
    let conn = field(0).or_else(|| zeek_uid(line));
    let pid = field(1);
    m.key = conn
        .map(|value| Key {
            kind: KeyKind::Conn,
            value,
        })
        .or(pid.map(|value| Key {
            kind: KeyKind::Pid,
            value,
        }));
    let addr = field(2);
    m.addr = addr;
    m.user = field(3);
    // A client's address and port in a field (libunftp through slog-json: `"source":
    // "127.0.0.1:42544"`; a field of that name may hold a file's, which names nothing).
    let addr_port = [addr, field(5)].into_iter().flatten().find(|v| {
        address(v, 0).is_some_and(|(end, port_end)| port_end > end && port_end == v.len())
    });
    if let Some(value) = addr_port {
        m.addr = m.addr.or(Some(value));
    }
    let addr_port = addr_port.map(|value| Key {
        kind: KeyKind::AddrPort,
        value,
    });
    // (A record's id stands beside its process's: what names a connection where one
    // process serves all.)
    let id = record_id(line).filter(|_| conn.is_none()).map(|value| Key {
        kind: KeyKind::RecordId,
        value,
    });
    match m.key {
        None => m.key = addr_port,
        Some(k) if k.kind == KeyKind::Pid => m.alt = addr_port.or(id),
        Some(_) => {}
    }
    // A task's id or a thread's name where nothing else names the session (eliot's
    // `"task_uuid"`, one per top-level action: a client's session, or each of its
    // operations; `"thread":"carol"`): a name, which
    // names sessions only once the log shows it telling dialogues apart (see
    // [`super::key_choice`]).
    if m.key.is_none() && m.alt.is_none() {
        m.alt = field(6).map(|value| Key {
            kind: KeyKind::Name,
            value,
        });
    }
    m
}

/// Zeek's connection id, the `uid` every record of one connection shares (`"uid":
/// "CLkXf2CMo11hD8FQ5"`: a `C` and base62 letters, zeek-docs `logs/ftp.rst`). Not a user's
/// number, which other programs name `uid`.
fn zeek_uid(line: &[u8]) -> Option<&[u8]> {
    static UID: std::sync::LazyLock<memchr::memmem::Finder<'static>> =
        std::sync::LazyLock::new(|| memchr::memmem::Finder::new(b"\"uid\":"));
    let at = UID.find(line)? + 6;
    let rest = lex::trim_start(&line[at..]).strip_prefix(b"\"")?;
    let end = rest.iter().position(|b| *b == b'"')?;
    let value = &rest[..end];
    ((12..=24).contains(&value.len())
        && value[0] == b'C'
        && value.iter().all(u8::is_ascii_alphanumeric))
    .then_some(value)
}

/// The value of the first of a group of [`JSON_FIELDS`] that a record has.
fn json_field(line: &[u8], group: usize) -> Option<&[u8]> {
    json_keys()[group].iter().find_map(|key| {
        let at = key.find(line)? + key.needle().len();
        // (`"session": "s1"`: Python's json.dumps puts a blank after the colon.)
        let rest = lex::trim_start(&line[at..]);
        // (An object or a list names nothing: tshark's `"ip":{"filtered":"ip"}`.)
        if matches!(rest.first(), Some(b'{' | b'[')) {
            return None;
        }
        let rest = rest.strip_prefix(b"\"").unwrap_or(rest);
        let end = rest
            .iter()
            .position(|b| matches!(b, b'"' | b',' | b'}'))
            .unwrap_or(rest.len());
        let value = &rest[..end.min(64)];
        // (`"user":"-"`: an access log's way of saying there is none.)
        (!value.is_empty() && value != b"-").then_some(value)
    })
}

/// A record's `id` (see [`KeyKind::RecordId`]); an id of a word alone, `"id":"main"`,
/// names none.
fn record_id(line: &[u8]) -> Option<&[u8]> {
    json_field(line, 4).filter(|v| v.len() >= 4 && v.iter().any(u8::is_ascii_digit))
}

/// The names of a JSON record's session fields: its connection, process, client and user,
/// each list in the order the names are tried.
const JSON_FIELDS: [&[&str]; 7] = [
    &[
        "sessionId",
        "session",
        "session_id",
        "conn",
        "connId",
        "connection",
        "connectionId",
        "sid",
        // Suricata's eve.json: its records of one TCP connection share it.
        "flow_id",
        "clientId",
        "client_id",
    ],
    // (rsyslog names RFC 5424's PROCID `procid` in its JSON templates.)
    &["_PID", "pid", "PID", "procid", "process_id", "processId"],
    &[
        "client",
        "clientIp",
        "client_ip",
        "remote",
        "remoteAddress",
        "ip",
        "src_ip",
        // Zeek's: the connection's originator (its `id.resp_h` is the server).
        "id.orig_h",
    ],
    &["user", "username", "userName", "USER"],
    // pino's and bunyan's child loggers bind an `id` to what they log about: ftp-srv's
    // connection (see [`KeyKind::RecordId`]).
    &["id"],
    &["source"],
    // (And a thread's name: Ruby's, Java's and Python's JSON formatters, one thread a
    // connection, or one thread for all.)
    &["task_uuid", "thread", "threadName", "thread_name"],
];

/// Searchers for `"name":` of each name of [`JSON_FIELDS`], built once.
fn json_keys() -> &'static [Vec<memchr::memmem::Finder<'static>>; 7] {
    static KEYS: std::sync::LazyLock<[Vec<memchr::memmem::Finder<'static>>; 7]> =
        std::sync::LazyLock::new(|| {
            JSON_FIELDS.map(|names| {
                names
                    .iter()
                    .map(|n| {
                        memchr::memmem::Finder::new(format!("\"{n}\":").as_bytes()).into_owned()
                    })
                    .collect()
            })
        });
    &KEYS
}

/// Reads what the part of a line before its reply or command says about the session.
/// A line in colour (`ccze -A` puts a colour code around every field: `[pid ESC[0m
/// ESC[1;37m6514ESC[0m]`) is read without its colour codes; what it finds is a part of
/// the line all the same.
pub fn meta(prefix: &[u8]) -> Meta<'_> {
    if memchr::memchr(0x1b, prefix).is_none() {
        return plain_meta(prefix);
    }
    let mut clean = Vec::with_capacity(prefix.len());
    // Where each byte of `clean` stands in `prefix`.
    let mut from = Vec::with_capacity(prefix.len());
    let mut i = 0;
    while i < prefix.len() {
        if prefix[i] == 0x1b && prefix.get(i + 1) == Some(&b'[') {
            i += 2;
            while i < prefix.len() && !(0x40..=0x7e).contains(&prefix[i]) {
                i += 1;
            }
            i += 1;
            continue;
        }
        clean.push(prefix[i]);
        from.push(i);
        i += 1;
    }
    let m = plain_meta(&clean);
    let base = clean.as_ptr() as usize;
    // The same bytes in `prefix`, where no colour code stands among them.
    let back = |piece: &[u8]| -> Option<&[u8]> {
        let at = (piece.as_ptr() as usize).checked_sub(base)?;
        if piece.is_empty() {
            return Some(&prefix[..0]);
        }
        let (start, end) = (*from.get(at)?, *from.get(at + piece.len() - 1)?);
        (end + 1 - start == piece.len()).then(|| &prefix[start..=end])
    };
    let key = |k: Option<Key>| {
        k.and_then(|k| {
            Some(Key {
                kind: k.kind,
                value: back(k.value)?,
            })
        })
    };
    Meta {
        key: key(m.key),
        alt: key(m.alt),
        addr: m.addr.and_then(back),
        user: m.user.and_then(back),
    }
}

thread_local! {
    /// The [`plain_meta`] of the last prefixes read in this thread.
    static METAS: std::cell::RefCell<PrefixMemo<Option<HeldMeta>>> =
        const { std::cell::RefCell::new(PrefixMemo::new(4, None)) };
}

/// [`plain_meta_now`], from the memo where the same prefix was read lately.
fn plain_meta(prefix: &[u8]) -> Meta<'_> {
    if prefix.is_empty() || prefix.len() > memo::LONGEST {
        return plain_meta_now(prefix);
    }
    if let Some(held) = METAS.with(|m| m.borrow().get(prefix).flatten()) {
        return held.meta(prefix);
    }
    let m = plain_meta_now(prefix);
    // (A meta whose pieces could not be held is not kept: read anew next time.)
    if let Some(held) = HeldMeta::held(prefix, m, prefix.len()) {
        METAS.with(|m| *m.borrow_mut().entry(prefix) = Some(held));
    }
    m
}

fn plain_meta_now(prefix: &[u8]) -> Meta<'_> {
    plain_meta_with(prefix, &MAY_START)
}

/// Which forms may start at a byte past the line's start (bits of [`MAY_START`]): each
/// form's reader says no at once to any other first byte, so it is not asked there.
const CONN: u8 = 1;
const PID: u8 = 2;
const THREAD: u8 = 4;
const ADDR: u8 = 8;
const USER: u8 = 16;
const EVERY_FORM: u8 = CONN | PID | THREAD | ADDR | USER;

/// The forms that may start at each byte (see `forms_start_where_the_table_says`).
static MAY_START: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut b = 0;
    while b < 256 {
        let c = b as u8;
        t[b] = match c {
            b'(' => CONN | USER,
            b'#' | b'i' | b's' | b'S' => CONN,
            b'c' => CONN | ADDR,
            b'p' | b'P' | b'<' => PID,
            b'[' => PID | THREAD | ADDR,
            b'u' | b'U' => USER,
            b':' | b'0'..=b'9' | b'a'..=b'f' | b'A'..=b'F' => ADDR,
            _ => 0,
        };
        b += 1;
    }
    t
};

/// Whether `rest` starts with an element of RFC 5424's structured data (§6.3) that the RFC
/// registers (§7: `origin`, `meta`, `timeQuality`; also as one's own, `origin@32473`): `[`,
/// its id, a blank and its first `name="`.
fn sd_element(rest: &[u8]) -> bool {
    let name_len = |s: &[u8], at: bool| {
        s.iter()
            .take(32)
            .take_while(|b| {
                b.is_ascii_alphanumeric() || matches!(b, b'.' | b'-' | b'_') || at && **b == b'@'
            })
            .count()
    };
    let Some(r) = rest.strip_prefix(b"[") else {
        return false;
    };
    let id = name_len(r, true);
    let name = r[..id].split(|b| *b == b'@').next().unwrap_or_default();
    if !matches!(name, b"origin" | b"meta" | b"timeQuality") {
        return false;
    }
    let Some(param) = r[id..].strip_prefix(b" ") else {
        return false;
    };
    let name = name_len(param, false);
    name > 0 && param[name..].starts_with(b"=\"")
}

/// [`plain_meta_now`], asking at each byte past the start only the forms `may` lets start
/// there (every form at the start).
fn plain_meta_with<'a>(prefix: &'a [u8], may: &[u8; 256]) -> Meta<'a> {
    // What a bare CR leaves on a terminal (a progress meter redrawn before the line).
    let prefix = memchr::memrchr(b'\r', prefix).map_or(prefix, |i| &prefix[i + 1..]);
    let mut window = 200;
    let mut s = &prefix[..prefix.len().min(window)];
    let mut m = Meta::default();
    let mut key: Option<Key> = None;
    let mut key_end = 0;
    let mut alt: Option<Key> = None;
    let mut i = 0;
    // tcpflow's `-c` with the bytes on the line of their connection's ends (1.6:
    // `127.000.000.001.19351-127.000.000.002.39737: 220 ...`, held-out round 700): the
    // connection, named by its client's end.
    if let Some((connection, end)) = tcpflow_pair(s) {
        let client = connection.client;
        // (The address as tcpflow pads it, `127.000.000.002`, before the port.)
        m.addr = memchr::memrchr(b'.', client).map(|dot| &client[..dot]);
        key = Some(Key {
            kind: KeyKind::AddrPort,
            value: client,
        });
        key_end = end;
        i = end;
    }
    while i < s.len() {
        if i > 0 {
            // Every key, address and user below starts with one of the bytes of
            // `STARTS` after a byte that is no letter or digit (a bracket anywhere), or at
            // the start: the rest are passed over without trying each form.
            match (i..s.len()).find(|&j| boundary(s, j)) {
                Some(j) => i = j,
                None => break,
            }
        }
        let rest = &s[i..];
        // RFC 5424's `[origin ip="127.0.0.1" software="rsyslogd"]` (§7.2) names the host
        // that logged, no client: passed over whole, as are the other elements the RFC
        // registers (`meta`, `timeQuality`), which say how the record was sent. (An
        // element of one's own may name the client: `[client ip="10.0.0.5"]`.)
        // (The look goes as far past it as it is long.)
        if rest.first() == Some(&b'[') && sd_element(rest) {
            match memchr::memchr(b']', &prefix[i..]) {
                Some(end) => {
                    i += end + 1;
                    window += end + 1;
                    s = &prefix[..prefix.len().min(window)];
                    continue;
                }
                None => break,
            }
        }
        let can = if i == 0 {
            EVERY_FORM
        } else {
            may[usize::from(s[i])]
        };
        let mut found: Option<(Key, usize)> = (can & CONN != 0)
            .then(|| conn(s, i))
            .flatten()
            .or_else(|| (can & PID != 0).then(|| pid(s, i)).flatten())
            .or_else(|| {
                (can & THREAD != 0)
                    .then(|| thread(rest).map(|(k, n)| (k, i + n)))
                    .flatten()
            });
        if found.is_none()
            && can & ADDR != 0
            && !after_verb(&s[..i])
            && let Some((addr, port_end)) = address(s, i)
        {
            if m.addr.is_none() {
                m.addr = Some(&s[i..addr]);
            }
            if port_end > addr {
                found = Some((
                    Key {
                        kind: KeyKind::AddrPort,
                        value: &s[i..port_end],
                    },
                    port_end,
                ));
                if m.user.is_none() {
                    m.user = bracketed(&s[port_end..], b"-[");
                }
            } else {
                // An address alone: a weak key (one client may hold several sessions),
                // better than none when it is all a log gives.
                found = Some((
                    Key {
                        kind: KeyKind::Addr,
                        value: &s[i..addr],
                    },
                    addr,
                ));
            }
        }
        if m.user.is_none() && can & USER != 0 {
            m.user = user(s, i);
        }
        match found {
            // `127.0.0.1:4701 -> 127.0.0.2:48745` (a packet printer's endpoints, in the
            // order the packet went): the connection is the session, named by its client's
            // end, the one with the higher port (a client's is an ephemeral port, above a
            // server's).
            Some((k, end))
                if k.kind == KeyKind::AddrPort
                    && key.is_some_and(|old| old.kind == KeyKind::AddrPort)
                    && is_arrow(&s[key_end.min(i)..i]) =>
            {
                if let Some(old) = key
                    && port(k.value) > port(old.value)
                {
                    key = Some(k);
                    key_end = end;
                }
                i = end.max(i + 1);
            }
            Some((k, end)) => {
                // The strongest of each of two kinds.
                let (strong, weak) = match key {
                    Some(old) if k.kind <= old.kind => (old, k),
                    Some(old) => (k, old),
                    None => (k, k),
                };
                if weak.kind != strong.kind
                    && weak.kind != KeyKind::Addr
                    && alt.is_none_or(|a| a.kind == strong.kind || weak.kind > a.kind)
                {
                    alt = Some(weak);
                }
                key = Some(strong);
                if strong == k {
                    key_end = end;
                }
                if k.kind == KeyKind::Pid && m.user.is_none() {
                    // vsftpd: `[pid 812] [alice] FTP response`, and through syslog
                    // `vsftpd[812]: [alice] FAIL LOGIN`.
                    let after = s[end..].strip_prefix(b"]").unwrap_or(&s[end..]);
                    let after = after.strip_prefix(b":").unwrap_or(after);
                    m.user = bracketed(after, b" [");
                }
                i = end.max(i + 1);
            }
            None => i += 1,
        }
    }
    m.key = key;
    let name = |value| Key {
        kind: KeyKind::Name,
        value,
    };
    m.alt = match key {
        Some(k) => alt
            .filter(|a| a.kind != k.kind)
            .or_else(|| numbered_name(s).map(name))
            .or_else(|| object_address(s).map(name))
            .or_else(|| program_name(s).map(name))
            .or_else(|| {
                bracketed_field(s).map(|value| Key {
                    kind: KeyKind::Label,
                    value,
                })
            }),
        None => leading_number(s)
            .map(|value| Key {
                kind: KeyKind::Number,
                value,
            })
            .or_else(|| {
                // (The time read once for both.)
                let rest = after_time(s)?;
                leading_number(rest)
                    .map(|value| Key {
                        kind: KeyKind::Number,
                        value,
                    })
                    .or_else(|| leading_hex_id(rest).map(name))
            })
            .or_else(|| {
                leading_label(s).map(|value| Key {
                    kind: KeyKind::Label,
                    value,
                })
            })
            .or_else(|| numbered_name(s).map(name))
            .or_else(|| object_address(s).map(name))
            .or_else(|| {
                bracketed_name(s)
                    .or_else(|| bracketed_field(s))
                    .or_else(|| logger_name(s))
                    .or_else(|| barred_label(s))
                    .map(|value| Key {
                        kind: KeyKind::Label,
                        value,
                    })
            }),
    };
    m
}

/// The last name in a prefix that ends in a number, as programs name their workers,
/// jobs and connections (`job1`, `worker-1`, `[ftp#1]`, `ftp-worker-1:`, `conn2`): a
/// letter first, two letters at least, then letters, digits, `-`, `_`, `#` or `.`, and
/// at most six digits at the end; brackets, quotes and a colon or comma around it.
fn numbered_name(s: &[u8]) -> Option<&[u8]> {
    // (Asked of most lines: one pass, a token looked at only where it starts with a letter
    // and ends with a digit.)
    // (Names stand among a line's first fields, where its header is.)
    let s = &s[..s.len().min(96)];
    let mut found = None;
    let mut i = 0;
    while i < s.len() {
        if NAME_SEPARATOR[usize::from(s[i])] {
            i += 1;
            continue;
        }
        let start = i;
        while i < s.len() && !NAME_SEPARATOR[usize::from(s[i])] {
            i += 1;
        }
        let mut t = &s[start..i];
        // (What follows a command's verb is its argument, no worker's name: `cmd="CWD"
        // arg="nowhere-3"`, `cmd="USER" arg="alice2"`.)
        if (3..=5).contains(&t.len())
            && t.iter().all(u8::is_ascii_uppercase)
            && super::detect::is_verb(t)
        {
            break;
        }
        if let [b'[' | b'(', rest @ ..] = t {
            t = rest;
        }
        if let [rest @ .., b':' | b','] = t {
            t = rest;
        }
        if let [rest @ .., b']' | b')'] = t {
            t = rest;
        }
        if !(t.first().is_some_and(u8::is_ascii_alphabetic)
            && t.last().is_some_and(u8::is_ascii_digit)
            && t.len() <= 32)
        {
            continue;
        }
        let digits = t.iter().rev().take_while(|b| b.is_ascii_digit()).count();
        // (Any byte of another script within: `alice·t1`, a user and a thread joined by
        // a middle dot.)
        if digits <= 6
            && t.iter().filter(|b| b.is_ascii_alphabetic()).count() >= 1
            && t.iter().all(|b| {
                b.is_ascii_alphanumeric() || *b >= 0x80 || matches!(b, b'-' | b'_' | b'#' | b'.')
            })
        {
            found = Some(t);
        }
    }
    found
}

/// A field in brackets that names whose line it is, among a line's first fields: `[user:
/// carol]`, `[session=7]`, `[conn: 3]` (a formatter's extra fields, Python's daiquiri and
/// logging's `extra`): its value, as [`bracketed_name`] gives a name alone in brackets (a
/// key where a second dialogue begins under another while the first is under way).
fn bracketed_field(s: &[u8]) -> Option<&[u8]> {
    const NAMES: &[&[u8]] = &[
        b"user",
        b"username",
        b"session",
        b"sess",
        b"conn",
        b"connection",
        b"client",
        b"worker",
        b"task",
        b"job",
    ];
    let s = &s[..s.len().min(128)];
    memchr::memchr_iter(b'[', s).find_map(|open| {
        let rest = &s[open + 1..];
        let key = rest.iter().take_while(|b| b.is_ascii_alphabetic()).count();
        if !NAMES.iter().any(|n| n.eq_ignore_ascii_case(&rest[..key])) {
            return None;
        }
        let value = rest[key..]
            .strip_prefix(b": ")
            .or_else(|| rest[key..].strip_prefix(b"="))
            .or_else(|| rest[key..].strip_prefix(b":"))?;
        let n = value
            .iter()
            .take_while(|b| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'-' | b'.' | b'@'))
            .count();
        ((1..=32).contains(&n) && value.get(n) == Some(&b']')).then(|| &value[..n])
    })
}

/// The name of the logger that wrote the line, right after its level (`[DEBUG] ftp.alice:
/// recv: ...`, go-hclog's named loggers; `INFO ftp.bob: ...`): a program that names a
/// logger for each connection tells them apart by it. A letter first, then letters,
/// digits, `.`, `-` or `_`, at most 32, a colon and a blank after it. Like a name in
/// brackets, a key only where a second dialogue begins under another name while the first
/// is under way (see [`super::key_choice`]).
fn logger_name(s: &[u8]) -> Option<&[u8]> {
    let s = &s[..s.len().min(96)];
    let mut tokens = s.split(|b| *b == b' ').filter(|w| !w.is_empty());
    tokens.position(|w| {
        let w = w.strip_prefix(b"[").unwrap_or(w);
        let w = w.strip_suffix(b"]").unwrap_or(w);
        words::is_level(w)
    })?;
    let name = tokens.next()?.strip_suffix(b":")?;
    let ok = name.first().is_some_and(u8::is_ascii_alphabetic)
        && (2..=32).contains(&name.len())
        && name
            .iter()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'-' | b'_'));
    // (The name must stand before the message's end: `INFO  connected:` alone is words.)
    let at = name.as_ptr() as usize - s.as_ptr() as usize;
    (ok && s.get(at + name.len() + 1) == Some(&b' ')).then_some(name)
}

/// The address of the object that logs, in a line's prefix: `Net::FTP=GLOB(0x55d1c2e8a5f0)>>>`
/// (Perl's Net::FTP debug), `#<Net::FTP:0x00007f3a>` (Ruby's inspect), `<ftplib.FTP object
/// at 0x7f3a2c1d0e50>` (Python's repr): each connection is an object of its own, so its
/// address tells the dialogues of one process apart, as a worker's name does. `0x` and 6 to
/// 16 hex digits, no letter or digit on either side.
fn object_address(s: &[u8]) -> Option<&[u8]> {
    let s = &s[..s.len().min(160)];
    needle::find_iter!(s, b"0x").find_map(|at| {
        if at > 0 && s[at - 1].is_ascii_alphanumeric() {
            return None;
        }
        let n = s[at + 2..]
            .iter()
            .take_while(|b| b.is_ascii_hexdigit())
            .count();
        let end = at + 2 + n;
        let ends = s
            .get(end)
            .is_none_or(|b| !b.is_ascii_alphanumeric() && *b != b'_');
        ((6..=16).contains(&n) && ends).then(|| &s[at..end])
    })
}

/// What ends a token for [`numbered_name`]: blanks, and the commas and quotes of a field
/// of names (twisted's `"system": "FTPClient,conn1"`).
static NAME_SEPARATOR: [bool; 256] = {
    let mut t = [false; 256];
    t[b' ' as usize] = true;
    t[b'\t' as usize] = true;
    t[b'\r' as usize] = true;
    t[b'\n' as usize] = true;
    t[b',' as usize] = true;
    // (A field's value, `sess=s1`, and a label after a user's name, `[dave@s1]`.)
    t[b'=' as usize] = true;
    t[b'@' as usize] = true;
    t[b'"' as usize] = true;
    t[b'\'' as usize] = true;
    t
};

/// A number of 3 to 10 digits that starts the line and ends at a mark or a blank (`4497>
/// Sent:`), no part of a time, a date or a decimal (`10:15:32`, `2026-03-01`, `1.5`); or
/// two such numbers joined by a colon, a process's and its thread's (Python's
/// `%(process)d:%(thread)d`, `23278:140271626831552 DEBUG`), whose parts are longer than
/// a time's.
pub(super) fn leading_number(s: &[u8]) -> Option<&[u8]> {
    let digits = |s: &[u8]| s.iter().take_while(|b| lex::is_digit(**b)).count();
    let mut n = digits(s);
    if !(3..=10).contains(&n) {
        return None;
    }
    if s.get(n) == Some(&b':') {
        let m = digits(&s[n + 1..]);
        if (3..=20).contains(&m) {
            n += 1 + m;
        }
    }
    let stands = match s.get(n..n + 2) {
        Some([b'>' | b']' | b'|' | b' ' | b'\t', _]) => true,
        Some([b':', b]) => !lex::is_digit(*b),
        _ => false,
    };
    stands.then(|| &s[..n])
}

/// An id in hex of 8 to 40 digits, letters and digits both, that starts `s` and a blank
/// ends (`2026/12/05 14:18:47 c55920045b231a84f229 < 220 ...`, goftp's connection id after
/// its time): a name, a key only where the log shows it telling dialogues apart.
fn leading_hex_id(s: &[u8]) -> Option<&[u8]> {
    let n = s.iter().take_while(|b| b.is_ascii_hexdigit()).count();
    let id = &s[..n];
    ((8..=40).contains(&n)
        && matches!(s.get(n), Some(b' ' | b'\t'))
        && id.iter().any(u8::is_ascii_digit)
        && id.iter().any(u8::is_ascii_alphabetic))
    .then_some(id)
}

/// What follows a time that starts the line and the spaces after it (ProFTPD's
/// ExtendedLog `%t %P:%{remote-port} ...`: a number that names a session after its time).
fn after_time(s: &[u8]) -> Option<&[u8]> {
    // (A time in brackets too, `[04/Dec/2026:17:12:54 +0000] 920 - "USER ana"`, ProFTPD's
    // `%t %P`.)
    let (s, bracketed) = match s.strip_prefix(b"[") {
        Some(inner) => (inner, true),
        None => (s, false),
    };
    // (Asked of every line without a key: only where a digit starts it.)
    if !s.first().is_some_and(u8::is_ascii_digit) {
        return None;
    }
    let stamp = super::time::find(s, 2000)?;
    let start = stamp.raw.as_ptr() as usize - s.as_ptr() as usize;
    if start != 0 {
        return None;
    }
    let mut rest = &s[stamp.raw.len()..];
    if bracketed {
        // (Its zone may stand after what reads as the time.)
        let close = memchr::memchr(b']', &rest[..rest.len().min(8)])?;
        rest = &rest[close + 1..];
    }
    let spaces = rest.iter().take_while(|b| **b == b' ').count();
    (spaces > 0).then(|| &rest[spaces..])
}

/// A name in brackets that starts the line (`[alice] `, `concurrently --names`), or a name
/// that a tab ends there (`lftp-get\t`, GNU parallel's `--tag` and `--tagstring`, a
/// column that `paste` or a TSV writer put first).
fn leading_label(s: &[u8]) -> Option<&[u8]> {
    let Some(rest) = s.strip_prefix(b"[") else {
        let n = s
            .iter()
            .take_while(|b| {
                b.is_ascii_alphanumeric() || matches!(b, b'_' | b'-' | b'.' | b':' | b'/')
            })
            .count();
        return (s.first().is_some_and(u8::is_ascii_alphabetic)
            && n <= 48
            && s.get(n) == Some(&b'\t')
            && !words::is_level(&s[..n]))
        .then(|| &s[..n]);
    };
    let n = rest
        .iter()
        .take_while(|b| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'-' | b'.'))
        .count();
    // (A level in brackets, `[debug] [ftp:alice]`, names no one.)
    (rest.first().is_some_and(u8::is_ascii_alphabetic)
        && n <= 24
        && rest.get(n..n + 2) == Some(b"] ")
        && !words::is_level(&rest[..n]))
    .then(|| &rest[..n])
}

/// A name that blanks and a bar end at the line's start, or after its time (docker
/// compose's `ftp-1  | `, concurrently's `01:45:33.492 bob | `): the last name looked for,
/// as a service's name covers all its connections, which a name after it may tell apart.
fn barred_label(s: &[u8]) -> Option<&[u8]> {
    let s = after_time(s).unwrap_or(s);
    let n = s
        .iter()
        .take_while(|b| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'-' | b'.'))
        .count();
    let blanks = s[n..].iter().take_while(|b| **b == b' ').count();
    (s.first().is_some_and(u8::is_ascii_alphabetic)
        && n <= 48
        && blanks > 0
        && s[n + blanks..].starts_with(b"| ")
        && !words::is_level(&s[..n]))
    .then(|| &s[..n])
}

/// A name in parentheses or brackets among a line's first fields, after its time or
/// level (`[DEBUG] (ftp-alice) suppaftp::sync_ftp:`, a thread named by the program;
/// `<curl.alice> D`, a logger named for its connection; `ftp-ts[bob]`): the
/// first that is no level, a letter first, at most 24 letters, digits, `-`, `_`, `.` or
/// `:` (`[ftp:alice]`, a logger's scope and name).
/// Like a name that starts the line, a key only where a second dialogue begins under
/// another name while the first is under way (see [`super::key_choice`]).
fn bracketed_name(s: &[u8]) -> Option<&[u8]> {
    let s = &s[..s.len().min(96)];
    // (Asked of most lines: one vector search for the three brackets.)
    for open in memchr::memchr3_iter(b'(', b'[', b'<', s) {
        // (Or a name in brackets glued to the program's, as a syslog tag holds a pid:
        // `ftp-ts[bob]`, a logger's child named for its connection.)
        if open > 0
            && !matches!(s[open - 1], b' ' | b'\t')
            && !(s[open] == b'[' && (s[open - 1].is_ascii_alphanumeric() || s[open - 1] == b'-'))
        {
            continue;
        }
        let close = match s[open] {
            b'(' => b')',
            b'[' => b']',
            _ => b'>',
        };
        let rest = &s[open + 1..];
        // (A colon within: a logger's scope and name, `[ftp:alice]`.)
        let n = rest
            .iter()
            .take_while(|b| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'-' | b'.' | b':'))
            .count();
        let name = &rest[..n];
        if rest.first().is_some_and(u8::is_ascii_alphabetic)
            && n <= 24
            && rest.get(n) == Some(&close)
            && matches!(rest.get(n + 1), None | Some(b' ' | b'\t' | b':'))
            && !words::is_level(name)
        {
            return Some(name);
        }
    }
    None
}

/// Whether what stands between two endpoints is an arrow alone (` -> `, ` > `, ` <-> `).
fn is_arrow(between: &[u8]) -> bool {
    let t = lex::trim_start(lex::trim_end(between));
    !t.is_empty() && t.len() <= 4 && t.iter().all(|b| matches!(b, b'-' | b'<' | b'>' | b'='))
}

/// The connection a packet printer's header line names: two endpoints joined by an
/// arrow (`IP localhost.43264 > localhost.2121: Flags [P.]`, `TCP 127.0.0.1:2121 -->
/// 127.0.0.1:43264 | AP`). The packet's payload follows on lines of its own, which name
/// no session.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Connection<'a> {
    /// The client's end, the one with the higher port (a client's is ephemeral, above a
    /// server's; tcpdump names a well-known port: `localhost.ftp`).
    pub client: &'a [u8],
    /// The server's port as written (`2121`, `ftp`).
    pub server_port: &'a [u8],
}

pub fn connection_header(line: &[u8]) -> Option<Connection<'_>> {
    let line = &line[..line.len().min(300)];
    // tshark's `-T json`: a packet's `"tcp.stream": "3",` numbers its connection.
    if let Some(stream) = lex::trim_start(line).strip_prefix(TCP_STREAM) {
        let end = stream.iter().position(|b| !b.is_ascii_digit())?;
        return (end > 0 && stream[end] == b'"').then(|| Connection {
            client: &stream[..end],
            server_port: b"",
        });
    }
    // tshark's `-z follow`: `Node 0: 127.0.0.1:34220` (the client, which opened the
    // connection) heads the stream's text.
    if let Some(node) = line.strip_prefix(b"Node 0: ") {
        let node = lex::trim_end(node);
        return (endpoint_port(node).is_some() && !node.contains(&b' ')).then_some(Connection {
            client: node,
            server_port: b"",
        });
    }
    // Wireshark's packet details (tshark -V): `Transmission Control Protocol, Src Port:
    // 2121, Dst Port: 48348, Seq: 1, ...`.
    if let Some(ports) = line.strip_prefix(TCP_DETAILS) {
        let src = ports.strip_prefix(b"Src Port: ")?;
        let src_end = src.iter().position(|b| !b.is_ascii_digit())?;
        let dst = src[src_end..].strip_prefix(b", Dst Port: ")?;
        let dst_end = dst
            .iter()
            .position(|b| !b.is_ascii_digit())
            .unwrap_or(dst.len());
        let (a, b) = (&src[..src_end], &dst[..dst_end]);
        if !(1..=5).contains(&a.len()) || !(1..=5).contains(&b.len()) {
            return None;
        }
        let number = |p: &[u8]| p.iter().fold(0u32, |n, d| n * 10 + u32::from(d - b'0'));
        return Some(if number(b) > number(a) {
            Connection {
                client: b,
                server_port: a,
            }
        } else {
            Connection {
                client: a,
                server_port: b,
            }
        });
    }
    // tcpflow's `-c`: `127.000.000.001.05600-127.000.000.001.41458: ` heads the bytes of
    // one direction of a connection, each end's address and port zero-padded.
    let trimmed = lex::trim_end(line);
    if let Some((connection, end)) = tcpflow_pair(trimmed)
        && end + 1 == trimmed.len()
    {
        return Some(connection);
    }
    for gt in memchr::memchr_iter(b'>', line) {
        let from = line[..gt]
            .iter()
            .rposition(|b| !matches!(b, b'-' | b'=' | b'<' | b'>'))
            .map_or(0, |i| i + 1);
        let to = gt
            + line[gt..]
                .iter()
                .position(|b| !matches!(b, b'-' | b'=' | b'<' | b'>'))
                .unwrap_or(line.len() - gt);
        if to - from > 4 || from == 0 || line[from - 1] != b' ' || line.get(to) != Some(&b' ') {
            continue;
        }
        let left = lex::trim_end(&line[..from]);
        let left = &left[left.iter().rposition(|b| *b == b' ').map_or(0, |i| i + 1)..];
        let right = &line[to + 1..];
        let right = &right[..right.iter().position(|b| *b == b' ').unwrap_or(right.len())];
        let right = right
            .strip_suffix(b":")
            .or_else(|| right.strip_suffix(b","))
            .unwrap_or(right);
        let (Some((a, a_port)), Some((b, b_port))) = (endpoint_port(left), endpoint_port(right))
        else {
            continue;
        };
        if a.max(b) == 0 {
            continue;
        }
        let (client, server_port) = if b > a {
            (right, a_port)
        } else {
            (left, b_port)
        };
        return Some(Connection {
            client,
            server_port,
        });
    }
    None
}

/// An IPv4 address and a port joined by dots, as tcpflow names an end
/// (`127.000.000.001.05600`): four numbers of up to three digits, then one of up to five.
/// The ends of a connection as tcpflow names one at a line's start, each end's address and
/// port zero-padded (`127.000.000.001.19351-127.000.000.002.39737: `): the connection,
/// named by its client's end (the higher port), and where the colon after the pair stands.
fn tcpflow_pair(s: &[u8]) -> Option<(Connection<'_>, usize)> {
    // (Cheap first: a padded address's fourth byte is a dot.)
    if s.get(3) != Some(&b'.') || !s.first().is_some_and(u8::is_ascii_digit) {
        return None;
    }
    let end = memchr::memchr(b':', &s[..s.len().min(48)])?;
    let pair = &s[..end];
    let dash = memchr::memchr(b'-', pair)?;
    let (left, right) = (&pair[..dash], &pair[dash + 1..]);
    if !padded_ipv4_port(left) || !padded_ipv4_port(right) {
        return None;
    }
    let (a, a_port) = endpoint_port(left)?;
    let (b, b_port) = endpoint_port(right)?;
    if a.max(b) == 0 {
        return None;
    }
    let (client, server_port) = if b > a {
        (right, a_port)
    } else {
        (left, b_port)
    };
    Some((
        Connection {
            client,
            server_port,
        },
        end,
    ))
}

fn padded_ipv4_port(s: &[u8]) -> bool {
    let mut parts = 0;
    for (i, part) in s.split(|b| *b == b'.').enumerate() {
        let most = if i < 4 { 3 } else { 5 };
        if part.is_empty() || part.len() > most || !part.iter().all(u8::is_ascii_digit) {
            return false;
        }
        parts += 1;
    }
    parts == 5
}

/// How Wireshark's packet details start a packet's TCP part.
pub const TCP_DETAILS: &[u8] = b"Transmission Control Protocol, ";

/// How tshark's JSON names a packet's TCP connection (its stream's number).
pub const TCP_STREAM: &[u8] = b"\"tcp.stream\": \"";

/// The port of a packet printer's endpoint: a host or address, then `.` or `:` and the
/// port's number (0 for a service's name, `localhost.ftp`), and the port as written.
fn endpoint_port(s: &[u8]) -> Option<(u32, &[u8])> {
    let sep = s.iter().rposition(|b| matches!(b, b'.' | b':'))?;
    let (host, port) = (&s[..sep], &s[sep + 1..]);
    let host = host
        .strip_prefix(b"[")
        .map_or(host, |h| h.strip_suffix(b"]").unwrap_or(h));
    if host.is_empty()
        || port.is_empty()
        || port.len() > 12
        || !host
            .iter()
            .all(|b| lex::is_alnum(*b) || matches!(b, b'.' | b':' | b'-' | b'_'))
        || !host
            .iter()
            .any(|b| matches!(b, b'.' | b':') || b.is_ascii_alphabetic())
    {
        return None;
    }
    if port.iter().all(u8::is_ascii_digit) {
        return (port.len() <= 5).then(|| {
            (
                port.iter().fold(0, |n, d| n * 10 + u32::from(d - b'0')),
                port,
            )
        });
    }
    port.iter()
        .all(|b| b.is_ascii_lowercase() || *b == b'-')
        .then_some((0, port))
}

/// The port an address and port ends with (`127.0.0.1:4701`, `127.0.0.1.4701`).
fn port(addr_port: &[u8]) -> u32 {
    let digits = addr_port
        .iter()
        .rev()
        .take_while(|b| b.is_ascii_digit())
        .count();
    std::str::from_utf8(&addr_port[addr_port.len() - digits..])
        .ok()
        .and_then(|p| p.parse().ok())
        .unwrap_or(0)
}

/// The bytes a key, an address or a user starts with (past the line's start).
static STARTS: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = 0;
    while b < 256 {
        t[b] = matches!(
            b as u8,
            b'(' | b'[' | b'#' | b':' | b'<' | b'0'
                ..=b'9' | b's' | b'S' | b'c' | b'p' | b'P' | b'u' | b'U' | b'i'
        );
        b += 1;
    }
    t
};

/// Whether a key, an address or a user may start at `s[i]` (`i > 0`).
fn boundary(s: &[u8], i: usize) -> bool {
    let b = s[i];
    STARTS[usize::from(b)]
        && (!lex::is_alnum(s[i - 1]) || matches!(b, b'(' | b'[' | b'#'))
        // (A colon starts only an IPv6 address's `::`, `::1:54420`.)
        && (b != b':' || s.get(i + 1) == Some(&b':'))
}

/// The names a connection's number follows (`session 3`, `conn=12`).
const CONN_NAMES: [&[u8]; 15] = [
    b"session",
    b"Session",
    b"SESSION",
    b"sessionId",
    b"sessionid",
    b"session_id",
    b"sid",
    b"conn",
    b"connection",
    b"connId",
    b"connectionId",
    b"conn_id",
    // A client's number, as ftpserverlib's go-kit logfmt writes it (`clientId=1`).
    b"clientId",
    b"clientID",
    b"client_id",
];

/// `(000012)` at the start (FileZilla Server 0.9), `Session 3`, `session=ab12`, `sid=`,
/// `conn=`, `#42`, `"sessionId":"..."`, and the file descriptor of a traced system call
/// (`read(3, "220 ..."`: the control connection is one descriptor, the terminal another).
fn conn(s: &[u8], i: usize) -> Option<(Key<'_>, usize)> {
    let rest = &s[i..];
    if rest.first() == Some(&b'(') && i > 0 && lex::is_alnum(s[i - 1]) {
        let n = rest[1..].iter().take_while(|b| lex::is_digit(**b)).count();
        if (1..=4).contains(&n) && rest.get(n + 1..n + 3) == Some(b", ") {
            return Some((
                Key {
                    kind: KeyKind::Conn,
                    value: &rest[1..=n],
                },
                i + n + 1,
            ));
        }
    }
    if i == 0 && rest.first() == Some(&b'(') {
        let n = rest[1..].iter().take_while(|b| lex::is_digit(**b)).count();
        if n >= 4 && rest.get(n + 1) == Some(&b')') {
            return Some((
                Key {
                    kind: KeyKind::Conn,
                    value: &rest[1..=n],
                },
                i + n + 2,
            ));
        }
    }
    // `(id=38406d8e-4bec-..., ip=127.0.0.1, ...)`: a record's `id` field beside the
    // client's (ftp-srv's connection through bunyan): what the record is about.
    // (Or `id: "..."` on a line of its own, as pino-pretty prints a record's fields.)
    if i > 0
        && (rest.starts_with(b"id=") || rest.starts_with(b"id: "))
        && matches!(s[i - 1], b'(' | b' ' | b',' | b'{' | b'[')
        && let Some((value, end)) = key_value(&rest[2..])
        && value.iter().any(u8::is_ascii_digit)
    {
        return Some((
            Key {
                kind: KeyKind::Conn,
                value,
            },
            i + 2 + end,
        ));
    }
    let named = matches!(
        rest.get(..2),
        Some(b"se" | b"Se" | b"SE" | b"si" | b"co" | b"cl")
    );
    for name in CONN_NAMES.iter().filter(|_| named) {
        if let Some(after) = rest.strip_prefix(*name)
            // (`__main__:session:37 -`: a function's name in a place in the source, as
            // loguru writes `module:function:line`, and its line.)
            && !(i > 0 && s[i - 1] == b':' && after.first() == Some(&b':'))
            && let Some((value, end)) = key_value(after)
        {
            // `session opened`, `Connection established`: a word, not a key.
            if value.iter().any(u8::is_ascii_digit) {
                // `conn=10.0.0.5/51234`, `conn=10.0.0.5:51234`: a client's address and
                // port, which name the connection together.
                let at = i + name.len() + end - value.len();
                let (value, end) = match address(s, at) {
                    Some((addr_end, port_end)) if addr_end == at + value.len() => {
                        (&s[at..port_end], port_end - i - name.len())
                    }
                    _ => (value, end),
                };
                return Some((
                    Key {
                        kind: KeyKind::Conn,
                        value,
                    },
                    i + name.len() + end,
                ));
            }
        }
    }
    if i == 0 {
        // `S 1: ` and `C 1: ` (who speaks, on which connection: Twisted's protocol log).
        let letters = rest.iter().take_while(|b| b.is_ascii_alphabetic()).count();
        let digits = rest[(letters + 1).min(rest.len())..]
            .iter()
            .take_while(|b| lex::is_digit(**b))
            .count();
        if (1..=2).contains(&letters)
            && rest.get(letters) == Some(&b' ')
            && (1..=6).contains(&digits)
            && rest.get(letters + 1 + digits) == Some(&b':')
        {
            return Some((
                Key {
                    kind: KeyKind::Conn,
                    value: &rest[letters + 1..letters + 1 + digits],
                },
                letters + 1 + digits,
            ));
        }
    }
    // `CUID#7 - Response received:` (aria2's connection): a name in capitals glued to it.
    if rest.first() == Some(&b'#') && i > 0 && s[i - 1].is_ascii_uppercase() {
        let name = s[..i]
            .iter()
            .rev()
            .take_while(|b| b.is_ascii_uppercase())
            .count();
        let n = rest[1..].iter().take_while(|b| lex::is_digit(**b)).count();
        let word_start = i - name;
        if (2..=6).contains(&name)
            && (word_start == 0 || !lex::is_alnum(s[word_start - 1]))
            && n >= 1
            && !rest.get(n + 1).is_some_and(|b| lex::is_alnum(*b))
        {
            return Some((
                Key {
                    kind: KeyKind::Conn,
                    value: &s[word_start..i + n + 1],
                },
                i + n + 1,
            ));
        }
        return None;
    }
    if rest.first() == Some(&b'#') && i > 0 && s[i - 1] == b' ' {
        let n = rest[1..].iter().take_while(|b| lex::is_digit(**b)).count();
        if n >= 1 && !rest.get(n + 1).is_some_and(|b| lex::is_alnum(*b)) {
            return Some((
                Key {
                    kind: KeyKind::Conn,
                    value: &rest[..=n],
                },
                i + n + 1,
            ));
        }
    }
    None
}

/// The value after a key name: ` 42`, `=42`, `:42`, `":"ab"`, `=ab12`.
fn key_value(after: &[u8]) -> Option<(&[u8], usize)> {
    let mut j = 0;
    while j < after.len() && matches!(after[j], b' ' | b'=' | b':' | b'"' | b'\'') && j < 4 {
        j += 1;
    }
    if j == 0 {
        return None;
    }
    let start = j;
    while j < after.len() && (lex::is_alnum(after[j]) || matches!(after[j], b'-' | b'_' | b'.')) {
        j += 1;
    }
    (j > start && j - start <= 64).then(|| (&after[start..j], j))
}

/// `[pid 812]`, `pid=812`, `pid:812`, `"pid":812`, `prog[812]:`, a lone `[15231]`, and the
/// PROCID of an RFC 5424 line (`<30>1 ts host app 812 - -`).
fn pid(s: &[u8], i: usize) -> Option<(Key<'_>, usize)> {
    let rest = &s[i..];
    if let Some(after) = rest
        .strip_prefix(b"pid")
        .or_else(|| rest.strip_prefix(b"PID"))
        && let Some((value, end)) = key_value(after)
        && value.iter().all(u8::is_ascii_digit)
    {
        return Some((
            Key {
                kind: KeyKind::Pid,
                value,
            },
            i + 3 + end,
        ));
    }
    if rest.first() == Some(&b'[') {
        let n = rest[1..].iter().take_while(|b| lex::is_digit(**b)).count();
        // `prog[812]`, or a bracketed number standing alone long enough to be no index
        // (`[15231]`, not an array's `[10]`).
        let named = i > 0 && lex::is_alnum(s[i - 1]);
        // `- Received[15]: 211 End FEAT.` (gnutls-cli): a direction and a byte count.
        let word_start = s[..i]
            .iter()
            .rposition(|b| !b.is_ascii_alphabetic())
            .map_or(0, |k| k + 1);
        if named && is_direction_word(&s[word_start..i]) {
            return None;
        }
        // `FullResult[10] = 211 End FEAT.`: an array's item assigned or printed, its index
        // no process (a program's `prog[812]:` has a colon after it).
        let after = rest.get(n + 2..).map(lex::trim_start).unwrap_or_default();
        if named && after.starts_with(b"=") && after.get(1) != Some(&b'=') {
            return None;
        }
        // A lone `[530]` is a reply code quoted before its reply, not a process.
        let code_like = n == 3 && matches!(rest[1], b'1'..=b'6');
        let enough = if named { n >= 1 } else { n >= 3 && !code_like };
        if enough && rest.get(n + 1) == Some(&b']') {
            // `prog[812]` or a bracketed number standing alone, not an index (`a[1]`).
            return Some((
                Key {
                    kind: KeyKind::Pid,
                    value: &rest[1..=n],
                },
                i + n + 2,
            ));
        }
    }
    // (Or after the frame's length, RFC 6587's octet counting: `248 <94>1 ...`.)
    let framed = || {
        s[..i]
            .strip_suffix(b" ")
            .is_some_and(|d| (1..=5).contains(&d.len()) && d.iter().all(u8::is_ascii_digit))
    };
    if (i == 0 || framed()) && rest.starts_with(b"<") {
        // RFC 5424: `<PRI>1 TIMESTAMP HOSTNAME APP-NAME PROCID MSGID`.
        let close = memchr::memchr(b'>', &rest[..rest.len().min(6)])?;
        if rest.get(close + 1..close + 3) == Some(b"1 ") {
            let fields: Vec<&[u8]> = rest[close + 3..].splitn(5, |b| *b == b' ').collect();
            let procid = *fields.get(3)?;
            if !procid.is_empty() && procid.iter().all(u8::is_ascii_digit) {
                let end = (procid.as_ptr() as usize - s.as_ptr() as usize) + procid.len();
                return Some((
                    Key {
                        kind: KeyKind::Pid,
                        value: procid,
                    },
                    end,
                ));
            }
        }
    }
    None
}

/// A word that says which way bytes went, which a count of them follows.
fn is_direction_word(w: &[u8]) -> bool {
    [
        &b"received"[..],
        b"recv",
        b"read",
        b"sent",
        b"send",
        b"wrote",
        b"write",
        b"got",
    ]
    .iter()
    .any(|d| d.eq_ignore_ascii_case(w))
}

/// `[Thread-3]`, `[pool-2-thread-1]`, `[worker-4]`, `[alice/140654045816512]`, `thread=...`.
fn thread(rest: &[u8]) -> Option<(Key<'_>, usize)> {
    let inner = rest.strip_prefix(b"[")?;
    let close = memchr::memchr(b']', &inner[..inner.len().min(48)])?;
    let name = &inner[..close];
    let starts = |w: &[u8]| {
        name.get(..w.len())
            .is_some_and(|h| h.eq_ignore_ascii_case(w))
    };
    // (Or a name and a thread's number, `%(threadName)s/%(thread)d` in Python's logging:
    // `[alice/140654045816512]`.)
    let named_id = memchr::memrchr(b'/', name).is_some_and(|slash| {
        let (who, id) = (&name[..slash], &name[slash + 1..]);
        id.len() >= 4
            && id.iter().all(u8::is_ascii_digit)
            && who.first().is_some_and(u8::is_ascii_alphabetic)
            && who
                .iter()
                .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.'))
    });
    let threadish = (name.windows(6).any(|w| w.eq_ignore_ascii_case(b"thread"))
        || starts(b"worker")
        || starts(b"task")
        || named_id)
        && name.iter().any(u8::is_ascii_digit);
    threadish.then_some((
        Key {
            kind: KeyKind::Thread,
            value: name,
        },
        close + 2,
    ))
}

/// Whether a command's verb stands right before (`"HOST 127.0.0.1" 220` in an access
/// log's record): an address there is the command's argument, not the client's.
fn after_verb(before: &[u8]) -> bool {
    let Some(word) = before.strip_suffix(b" ") else {
        return false;
    };
    let start = word
        .iter()
        .rposition(|b| !b.is_ascii_uppercase())
        .map_or(0, |i| i + 1);
    let verb = &word[start..];
    super::detect::is_verb(verb)
}

/// The client's address a session's key names, where the key is one (`127.0.0.9`,
/// `127.0.0.9:50832`, a connection again `127.0.0.9#7`): without its port.
pub fn key_address(key: &[u8]) -> Option<&[u8]> {
    let (end, _) = address(key, 0)?;
    matches!(key.get(end), None | Some(b':' | b'#' | b'/')).then_some(&key[..end])
}

/// An IPv4 address at `s[i..]` (optionally followed by `:port`), or an IPv6 one in
/// brackets (`[::1]:5000`). Returns where the address ends and where the port ends (equal
/// when there is no port).
fn address(s: &[u8], i: usize) -> Option<(usize, usize)> {
    if i > 0 && matches!(s[i - 1], b'.' | b':') {
        // The middle of a longer dotted number or of an IPv6 address; not after a name
        // and its colon (`DEBUG:pyftpdlib:127.0.0.1:50832-[bob]`).
        // (A letter before the colon first: times and addresses have none, cheaply.)
        let named = s[i - 1] == b':'
            && i >= 2
            && s[i - 2].is_ascii_alphabetic()
            && s[..i - 1]
                .iter()
                .rev()
                .take_while(|b| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'.'))
                .any(|b| b.is_ascii_alphabetic() && !b.is_ascii_hexdigit());
        if !named {
            return None;
        }
    }
    let rest = &s[i..];
    let (end, port_from) = if rest.first() == Some(&b'[') {
        let close = memchr::memchr(b']', &rest[..rest.len().min(48)])?;
        let inner = &rest[1..close];
        // Eight groups, or fewer with `::` standing for the rest: `[22:08:38]` is a time.
        let colons = inner.iter().filter(|b| **b == b':').count();
        let full = colons == 7 || needle::find!(inner, b"::").is_some();
        if !full
            || !inner
                .iter()
                .all(|b| b.is_ascii_hexdigit() || matches!(b, b':' | b'.'))
        {
            return None;
        }
        (i + close + 1, i + close + 1)
    } else {
        match ipv4_len(rest) {
            Some(j) => (i + j, i + j),
            None => {
                let (end, port_end) = bare_v6_and_port(rest)?;
                if port_end == end {
                    return Some((i + end, field_after(s, i + end)));
                }
                return Some((i + end, i + port_end));
            }
        }
    };
    // `10.0.0.5/51234` (pyftpdlib's `%(remote_ip)s/%(remote_port)s` prefixes): a port
    // after a slash, a number no prefix length can be (those are 32 at most).
    if s.get(port_from) == Some(&b'/') {
        let digits = &s[port_from + 1..];
        let n = digits.iter().take_while(|b| lex::is_digit(**b)).count();
        let value = digits[..n]
            .iter()
            .fold(0u32, |v, d| v * 10 + u32::from(d - b'0'));
        if (2..=5).contains(&n)
            && value > 32
            && value <= 65535
            && !s
                .get(port_from + 1 + n)
                .is_some_and(|b| lex::is_alnum(*b) || *b == b'/')
        {
            return Some((end, port_from + 1 + n));
        }
    }
    if s.get(port_from) == Some(&b':') {
        let n = s[port_from + 1..]
            .iter()
            .take_while(|b| lex::is_digit(**b))
            .count();
        // (A colon after the port ends a label, `Replied 127.0.0.1:51206: "331 ...`, where
        // a blank or the end follows it; not a longer run of numbers and colons.)
        let after = port_from + 1 + n;
        if (1..=5).contains(&n)
            && !s.get(after).is_some_and(|b| {
                lex::is_digit(*b)
                    || *b == b':' && s.get(after + 1).is_some_and(|b| !matches!(b, b' ' | b'\t'))
            })
        {
            return Some((end, port_from + 1 + n));
        }
    }
    Some((end, field_after(s, end)))
}

/// Where the key of an address alone ends: past a number in a field of its own right after
/// it, when there is one. A record's fields `%a %P` or `%a|%{remote-port}|` (ProFTPD's
/// ExtendedLog, held-out rounds 687 and 691: `::1 24741 - "AUTH SSL" 234`) tell apart the
/// connections of one client address by the serving process or the client's port. The
/// field is closed by the separator that opened it, and holds a number a client's
/// ephemeral port or a process id may be: four digits at least (not a server's own port,
/// 21 or 990, which all its connections share, nor a message's length, `10.0.0.5 37 < 331
/// ...`: from the review), at most Linux's highest pid (4194304), and no year (`10.0.0.5
/// 2024 - -`). (A byte count in its place, a format of one's own, would split a client's
/// session; its replies keep their commands, which such a record logs beside them.)
fn field_after(s: &[u8], end: usize) -> usize {
    let Some(&sep @ (b' ' | b'|' | b'\t' | b';' | b',')) = s.get(end) else {
        return end;
    };
    let digits = &s[end + 1..];
    let n = digits.iter().take_while(|b| lex::is_digit(**b)).count();
    let value = digits[..n]
        .iter()
        .fold(0u64, |v, d| v * 10 + u64::from(d - b'0'));
    let key_like = (4..=7).contains(&n)
        && (1024..=4_194_304).contains(&value)
        && !(1990..=2099).contains(&value);
    if key_like && digits.get(n) == Some(&sep) {
        end + 1 + n
    } else {
        end
    }
}

/// The length of the IPv4 address `rest` starts with (four dotted numbers of 1 to 3
/// digits, no more digits or dotted numbers after them).
pub(crate) fn ipv4_len(rest: &[u8]) -> Option<usize> {
    let mut j = 0;
    for part in 0..4 {
        let n = rest[j..].iter().take_while(|b| lex::is_digit(**b)).count();
        if !(1..=3).contains(&n) {
            return None;
        }
        j += n;
        if part < 3 {
            if rest.get(j) != Some(&b'.') {
                return None;
            }
            j += 1;
        }
    }
    let more = rest.get(j).is_some_and(|b| {
        lex::is_digit(*b) || *b == b'.' && rest.get(j + 1).is_some_and(|b| lex::is_digit(*b))
    });
    (!more).then_some(j)
}

/// An IPv6 address and a port joined by a colon without brackets, as pyftpdlib writes a
/// client's (`::1:54420-[alice]`): where the address ends and where the port ends. Only a
/// port of five digits is told from the address, since no group of an IPv6 address has
/// more than four (and a client's ephemeral port has five: RFC 6335 §6 puts them at
/// 49152-65535, Linux at 32768-60999).
fn bare_v6_and_port(rest: &[u8]) -> Option<(usize, usize)> {
    // (Asked of every place an address may start: a group has at most four digits, so a
    // colon comes within five bytes, which an IPv4 address's and a date's do not.)
    if !rest
        .first()
        .is_some_and(|b| b.is_ascii_hexdigit() || *b == b':')
        || !rest[..rest.len().min(5)].contains(&b':')
    {
        return None;
    }
    let len = rest
        .iter()
        .take(64)
        .take_while(|b| b.is_ascii_hexdigit() || matches!(b, b':' | b'.'))
        .count();
    let token = &rest[..len];
    if rest.get(len).is_some_and(|b| b.is_ascii_alphanumeric()) {
        return None;
    }
    let colon = memchr::memrchr(b':', token)?;
    let (addr, port) = (&token[..colon], &token[colon + 1..]);
    let colons = memchr::memchr_iter(b':', addr).count();
    // (`::` or eight groups: `10:15:32` is a time, `aa:bb:cc:dd:ee:ff` a MAC address.)
    let v6 = needle::find!(addr, b"::").is_some() || colons == 7;
    // Groups of at most four hex digits, and dots only in an IPv4 address at the end
    // (`::ffff:127.0.0.1`).
    let last_colon = memchr::memrchr(b':', addr)?;
    let groups_ok = addr[..last_colon]
        .split(|b| *b == b':')
        .all(|g| g.len() <= 4 && !g.contains(&b'.'))
        && match &addr[last_colon + 1..] {
            g if g.contains(&b'.') => g.len() <= 15,
            g => g.len() <= 4,
        };
    let port_ok = port.len() == 5
        && port.iter().all(u8::is_ascii_digit)
        && std::str::from_utf8(port)
            .ok()
            .and_then(|p| p.parse::<u32>().ok())
            .is_some_and(|p| p <= 65535);
    if v6 && colons <= 7 && groups_ok && port_ok && addr.len() > 2 {
        return Some((colon, len));
    }
    // The address alone, where the log writes no port (nodeftpd's `<::ffff:127.0.0.2> >>
    // 220 ...`, an IPv4 address as IPv6 writes it, RFC 4291 §2.5.5.2), in what closes it
    // (vsftpd's `Client "::1"`, held-out round 709).
    whole_v6(token)
        .filter(|_| {
            matches!(
                rest.get(len),
                Some(b'>' | b')' | b']' | b' ' | b',' | b'|' | b'\t' | b';' | b'"')
            )
        })
        .map(|_| (len, len))
}

/// Whether a token of hex digits, colons and dots is a whole IPv6 address: `::` (or eight
/// groups), groups of at most four digits, an IPv4 address at most at the end
/// (`::ffff:127.0.0.1`, `::1`, `fe80::1`).
fn whole_v6(token: &[u8]) -> Option<()> {
    let colons = memchr::memchr_iter(b':', token).count();
    let last_colon = memchr::memrchr(b':', token)?;
    let v6 = needle::find!(token, b"::").is_some() || colons == 7;
    let groups_ok = token[..last_colon]
        .split(|b| *b == b':')
        .all(|g| g.len() <= 4 && !g.contains(&b'.'))
        && match &token[last_colon + 1..] {
            g if g.contains(&b'.') => ipv4_len(g) == Some(g.len()),
            g => (1..=4).contains(&g.len()),
        };
    (v6 && colons <= 7 && groups_ok).then_some(())
}

/// The program's name that Ruby's Logger writes after the level, `-- name: ` (its
/// default format, `%s, [%s #%d] %5s -- %s: %s`): every thread of one process shares the
/// pid, and a program that names a logger for each of its connections (`-- sync-bob: get:
/// 220 ...`) tells them apart by it. Like a name that ends in a number, a key only where
/// the log shows it telling dialogues apart (see [`super::key_choice`]).
fn program_name(s: &[u8]) -> Option<&[u8]> {
    let s = &s[..s.len().min(96)];
    let at = needle::find!(s, b"] ")?;
    let rest = lex::trim_start(&s[at + 2..]);
    // (The level, in capitals, then the marker.)
    let level = rest.iter().take_while(|b| b.is_ascii_uppercase()).count();
    let rest = rest[level..].strip_prefix(b" -- ")?;
    let n = rest
        .iter()
        .take_while(|b| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'-' | b'.' | b'/'))
        .count();
    let name = &rest[..n];
    // (A layer's logger made from the connection's, `sync-bob/app`, is the connection's.)
    let name = memchr::memchr(b'/', name).map_or(name, |slash| &name[..slash]);
    (rest.first().is_some_and(u8::is_ascii_alphabetic) && n <= 32 && rest[n..].starts_with(b": "))
        .then_some(name)
}

/// `[x]` or `-[x]` right at the start of `s` (after `open`): a user name.
fn bracketed<'a>(s: &'a [u8], open: &[u8]) -> Option<&'a [u8]> {
    let inner = s.strip_prefix(open)?;
    let close = memchr::memchr(b']', &inner[..inner.len().min(64)])?;
    let name = &inner[..close];
    let plausible = !name.is_empty()
        && name
            .iter()
            .all(|b| lex::is_alnum(*b) || matches!(b, b'.' | b'-' | b'_' | b'@'))
        && !name.iter().all(u8::is_ascii_digit)
        && !name.starts_with(b"pid");
    plausible.then_some(name)
}

/// `(alice@10.0.0.5)`, `user=alice`, `"user":"alice"`, `USER=alice` at `s[i..]`.
fn user(s: &[u8], i: usize) -> Option<&[u8]> {
    let rest = &s[i..];
    if rest.first() == Some(&b'(') {
        let close = memchr::memchr(b')', &rest[..rest.len().min(64)])?;
        let inner = &rest[1..close];
        let at = memchr::memchr(b'@', inner)?;
        let name = &inner[..at];
        // (Not a URL's user and password: `("ftp://alice:secret@host/a.txt")`.)
        let plain = !name
            .iter()
            .any(|b| matches!(b, b'/' | b':' | b'"' | b'\'' | b' '));
        return (!name.is_empty() && name != b"?" && plain).then_some(name);
    }
    if !matches!(rest.first(), Some(b'u' | b'U')) {
        return None; // every name below starts so
    }
    for k in [&b"user"[..], b"username", b"User", b"USER"] {
        if let Some(after) = rest.strip_prefix(k)
            && matches!(after.first(), Some(b'=' | b'"'))
            // (A key's `=` or `:` stands before its value: `cmd="USER" arg=` names none.)
            && after.iter().take(3).any(|b| matches!(b, b'=' | b':'))
            && let Some((value, _)) = key_value(after)
        {
            // (`user=-`: a log's way of saying there is none yet.)
            return (value != b"-").then_some(value);
        }
    }
    None
}

/// Calls `f` with the map key of `key` (its kind's byte, then its value; no key is a
/// thread of empty name), built on the stack when it fits.
fn with_key<R>(key: Option<Key>, f: impl FnOnce(&[u8]) -> R) -> R {
    let (kind, value) = key.map_or((KeyKind::Thread, &b""[..]), |k| (k.kind, k.value));
    let mut buf = [0u8; 128];
    if value.len() < buf.len() {
        buf[0] = kind as u8;
        buf[1..=value.len()].copy_from_slice(value);
        f(&buf[..=value.len()])
    } else {
        let mut v = Vec::with_capacity(value.len() + 1);
        v.push(kind as u8);
        v.extend_from_slice(value);
        f(&v)
    }
}

/// A session, as found in one input, with what the scanner follows in it.
#[derive(Debug)]
pub struct Entry<T> {
    /// 1-based, in order of appearance.
    pub id: u32,
    pub key: Option<Box<[u8]>>,
    /// The line this session was last seen on, to forget the oldest when there are many.
    pub last_seen: u64,
    pub state: T,
}

/// How near before a line that names a process and a client the client's own lines must
/// be for the process to be taken as theirs (one record printed over a few lines).
pub const JUST_BEFORE: u64 = 8;
/// At most this many sessions are followed at once; the longest silent are forgotten
/// first (a log of a million sessions keeps memory flat).
const MAX_SESSIONS: usize = 4096;
/// How many are forgotten at a time: finding the longest silent is a pass over all, which
/// a busy server's log would otherwise pay for every new session.
const FORGET_AT_ONCE: usize = MAX_SESSIONS / 16;

/// How many lines back [`Sessions::recent`] reaches.
pub const RECENT_LINES: u64 = 64;

/// The sessions of one input, by key.
///
/// A session keeps its index in `entries` while it is followed: a forgotten session's
/// place goes to the next new one, nothing moves. So the scanner can keep indices (of
/// the sessions with a reply open) instead of passing over thousands of sessions a line.
#[derive(Debug)]
pub struct Sessions<T> {
    /// The key's kind as its first byte, then its value (looked up without allocating).
    /// Keys come from the log: SipHash's random keys keep crafted collisions out.
    by_key: HashMap<Box<[u8]>, usize>,
    pub entries: Vec<Entry<T>>,
    next_id: u32,
    /// The sessions found in the last RECENT_LINES lines, by line, oldest first (an index
    /// may be there more than once, or be a place reused since).
    touched: std::collections::VecDeque<(u64, usize)>,
    /// The places of forgotten sessions, for new ones (the lowest last).
    free: Vec<usize>,
    /// How many times sessions were forgotten.
    forgets: u64,
}

impl<T> Default for Sessions<T> {
    fn default() -> Self {
        Sessions {
            by_key: HashMap::default(),
            entries: Vec::new(),
            next_id: 0,
            touched: std::collections::VecDeque::new(),
            free: Vec::new(),
            forgets: 0,
        }
    }
}

/// What [`Sessions::find`] did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Found {
    Known(usize),
    New(usize),
}

impl Found {
    pub fn index(self) -> usize {
        match self {
            Found::Known(i) | Found::New(i) => i,
        }
    }
}

impl<T: Default> Sessions<T> {
    /// The session of a line's key (the one session of a log without keys). When too many
    /// sessions are open, the one silent longest is forgotten and handed back.
    pub fn find(&mut self, key: Option<Key>, line: u64) -> Found {
        if let Some(i) = with_key(key, |k| self.by_key.get(k).copied()) {
            self.entries[i].last_seen = line;
            self.touch(line, i);
            return Found::Known(i);
        }
        if self.free.is_empty() && self.entries.len() >= MAX_SESSIONS {
            self.forget_oldest();
        }
        self.next_id += 1;
        let entry = Entry {
            id: self.next_id,
            key: key.map(|k| Box::from(k.value)),
            last_seen: line,
            state: T::default(),
        };
        let i = match self.free.pop() {
            Some(i) => {
                self.entries[i] = entry;
                i
            }
            None => {
                self.entries.push(entry);
                self.entries.len() - 1
            }
        };
        self.by_key.insert(with_key(key, |k| Box::from(k)), i);
        self.touch(line, i);
        Found::New(i)
    }

    /// A new session for the lines without a key, in place of the one they had: a client's
    /// log of one connection after another greets each anew. The old one keeps its place
    /// (and its id) until forgotten, as a session whose key went quiet does.
    pub fn renew_keyless(&mut self, line: u64) -> usize {
        self.renew(None, line)
    }

    /// A new session for `key`, in place of the one it named: the key's next connection
    /// (see [`Sessions::renew_keyless`]).
    /// It is shown as the key and its number (`127.0.0.2#7`), apart from the one before.
    pub fn renew(&mut self, key: Option<Key>, line: u64) -> usize {
        with_key(key, |k| self.by_key.remove(k));
        let i = self.find(key, line).index();
        let e = &mut self.entries[i];
        if let Some(k) = e.key.take() {
            let mut shown = Vec::with_capacity(k.len() + 8);
            shown.extend_from_slice(&k);
            shown.push(b'#');
            shown.extend_from_slice(e.id.to_string().as_bytes());
            e.key = Some(shown.into());
        }
        i
    }

    /// How many times sessions were forgotten (what the scanner holds of a session by its
    /// place is checked again when this changes).
    pub fn forgets(&self) -> u64 {
        self.forgets
    }

    /// Notes that session `i` was found on `line`, and lets go of lines out of reach.
    fn touch(&mut self, line: u64, i: usize) {
        if self.touched.back() != Some(&(line, i)) {
            self.touched.push_back((line, i));
        }
        while self
            .touched
            .front()
            .is_some_and(|&(at, _)| at + RECENT_LINES < line)
        {
            self.touched.pop_front();
        }
    }

    /// The sessions found in the last RECENT_LINES lines before `line`, in no order and
    /// some more than once: every session whose `last_seen` is that recent is among them.
    pub fn recent(&self, line: u64) -> impl Iterator<Item = usize> + '_ {
        self.touched
            .iter()
            .filter(move |&&(at, i)| at + RECENT_LINES >= line && i < self.entries.len())
            .map(|&(_, i)| i)
    }

    /// The session of a key, if there is one (nothing is made for it).
    pub fn get(&self, key: Option<Key>) -> Option<usize> {
        with_key(key, |k| self.by_key.get(k).copied())
    }

    /// [`Sessions::find`], where a process named for the first time beside a client
    /// (`addr`) whose dialogue came just before (`spoke`: its lines, naming the client
    /// alone, gave a reply within [`JUST_BEFORE`] lines) is that client's session:
    /// rsyslog's debug format prints each record's message, then the raw message with its
    /// tag and pid. (Not a client's pid beside its server's address, `[23501] ...
    /// 127.0.0.1 <--- 220`, after a shell's line that named the server.)
    pub fn find_beside(
        &mut self,
        key: Option<Key>,
        addr: Option<&[u8]>,
        line: u64,
        spoke: impl Fn(&T) -> bool,
    ) -> Found {
        let found = self.find(key, line);
        if let (Found::New(new), Some(k), Some(addr)) = (found, key, addr)
            && k.kind == KeyKind::Pid
            && let Some(i) = self.get(Some(Key {
                kind: KeyKind::Addr,
                value: addr,
            }))
            && i != new
            && self
                .entries
                .get(i)
                .is_some_and(|e| e.id != 0 && e.last_seen + JUST_BEFORE >= line && spoke(&e.state))
        {
            self.alias(k, i, new);
            self.entries[i].last_seen = line;
            self.touch(line, i);
            return Found::Known(i);
        }
        found
    }

    /// Makes `key` another name of session `i` (vsftpd's new pid after login).
    pub fn alias(&mut self, key: Key, i: usize, new: usize) {
        self.by_key.insert(with_key(Some(key), |k| Box::from(k)), i);
        // The entry made for the key is dropped if no other key names it and it is the
        // last one (it is when it was made for this very line).
        if new + 1 == self.entries.len() && new != i && !self.by_key.values().any(|v| *v == new) {
            self.entries.pop();
            self.next_id -= 1;
        }
    }

    /// Makes `key` another name of session `i`, unless it names one already.
    pub fn name(&mut self, key: Key, i: usize) {
        self.by_key
            .entry(with_key(Some(key), |k| Box::from(k)))
            .or_insert(i);
    }

    /// Makes `key` (or the empty key of lines without one) another name of session `i`.
    pub fn alias_or_default(&mut self, key: Option<Key>, i: usize, new: usize) {
        let key = key.unwrap_or(Key {
            kind: KeyKind::Thread,
            value: b"",
        });
        self.alias(key, i, new);
    }

    /// Forgets the FORGET_AT_ONCE sessions silent longest: their places are emptied (an
    /// empty state, no key, id 0) for new sessions.
    fn forget_oldest(&mut self) {
        let mut by_age: Vec<(u64, usize)> = self
            .entries
            .iter()
            .enumerate()
            .map(|(i, e)| (e.last_seen, i))
            .collect();
        let n = FORGET_AT_ONCE.min(by_age.len());
        if n == 0 {
            return;
        }
        by_age.select_nth_unstable(n - 1);
        let mut gone = vec![false; self.entries.len()];
        for &(_, i) in &by_age[..n] {
            gone[i] = true;
            self.entries[i] = Entry {
                id: 0,
                key: None,
                last_seen: 0,
                state: T::default(),
            };
            self.free.push(i);
        }
        self.free.sort_unstable_by(|a, b| b.cmp(a));
        self.by_key.retain(|_, v| !gone[*v]);
        self.forgets += 1;
    }

    pub fn clear(&mut self) {
        self.by_key.clear();
        self.entries.clear();
        self.next_id = 0;
        self.touched.clear();
        self.free.clear();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        /// The memo answers for a prefix as reading it anew does, however prefixes alike
        /// and unlike follow each other (more of them than it has slots, pieces of keys,
        /// addresses, users, colours and line ends among them).
        #[test]
        fn memo_reads_as_reading_anew(
            prefixes in proptest::collection::vec(
                proptest::collection::vec(
                    proptest::sample::select(vec![
                        "[pid 812] ", "[pid 813] ", "[alice] ", "127.0.0.1:5000-", "::1 ",
                        "Client \"10.0.0.5\", ", "(000012) ", "session=3 ", "worker-1 ",
                        "Tue Nov 24 05:53:37 2026 ", "\r", "\x1b[1m", "<30>1 ", "x", " ",
                        "[origin software=\"rsyslogd\"] ", "[Thread-3] ", "pid=9 ",
                    ]),
                    0..6,
                ),
                1..24,
            )
        ) {
            for pieces in prefixes {
                let prefix = pieces.concat();
                let prefix = prefix.as_bytes();
                proptest::prop_assert_eq!(meta(prefix), meta(prefix));
                let fresh = if prefix.contains(&0x1b) { meta(prefix) } else { plain_meta_now(prefix) };
                proptest::prop_assert_eq!(meta(prefix), fresh);
                // (The same bytes elsewhere: the memo's pieces are the new prefix's.)
                let copy = prefix.to_vec();
                let again = meta(&copy);
                for piece in [again.key.map(|k| k.value), again.addr, again.user].into_iter().flatten() {
                    let at = piece.as_ptr() as usize;
                    proptest::prop_assert!(at >= copy.as_ptr() as usize && at + piece.len() <= copy.as_ptr() as usize + copy.len());
                }
            }
        }
    }

    proptest::proptest! {
        /// Each form's reader says no at every byte past the start that `MAY_START` does
        /// not let it start at, so a prefix reads the same asking every form everywhere.
        #[test]
        fn forms_start_where_the_table_says(
            pieces in proptest::collection::vec(
                proptest::sample::select(vec![
                    "[pid 812]", "pid=7", "PID:9", "prog[812]:", "[15231]", "<30>1 ", "(000012)",
                    "(3, ", "id=ab12", "session=3", "Session 4", "sid:5", "conn=10.0.0.5:5000",
                    "clientId=1", "CUID#7", " #42", "[Thread-3]", "[worker-4]", "127.0.0.1",
                    "127.0.0.1:5000", "[::1]:21", "::1:54420", "fe80::1", "cafe::1:21", "(bob@h)",
                    "user=alice", "USER=x", "S 1: ", "a", " ", ":", "-", "[", "(", "\"", "=", "9",
                ]),
                0..10,
            )
        ) {
            let line = pieces.concat();
            let s = line.as_bytes();
            for i in 1..s.len() {
                let may = MAY_START[usize::from(s[i])];
                proptest::prop_assert!(conn(s, i).is_none() || may & CONN != 0, "conn at {} of {:?}", i, line);
                proptest::prop_assert!(pid(s, i).is_none() || may & PID != 0, "pid at {} of {:?}", i, line);
                proptest::prop_assert!(thread(&s[i..]).is_none() || may & THREAD != 0, "thread at {} of {:?}", i, line);
                proptest::prop_assert!(address(s, i).is_none() || may & ADDR != 0, "address at {} of {:?}", i, line);
                proptest::prop_assert!(user(s, i).is_none() || may & USER != 0, "user at {} of {:?}", i, line);
            }
            proptest::prop_assert_eq!(plain_meta_now(s), plain_meta_with(s, &[EVERY_FORM; 256]));
        }
    }

    fn key(line: &str) -> Option<(KeyKind, String)> {
        meta(line.as_bytes())
            .key
            .map(|k| (k.kind, String::from_utf8_lossy(k.value).into_owned()))
    }

    #[test]
    fn keys_of_many_programs() {
        use KeyKind::*;
        for (line, kind, value) in [
            (
                "Tue Nov 24 05:53:37 2026 [pid 20684] [ftpuser] FTP response: ",
                Pid,
                "20684",
            ),
            (
                "level=debug ts=2026-12-03T02:55:21.252847308Z caller=client_handler.go:565 clientId=1 line=\"",
                Conn,
                "1",
            ),
            (
                "Nov 24 05:53:57 vm pure-ftpd[812]: (?@127.0.0.1) [DEBUG] ",
                Pid,
                "812",
            ),
            (
                "2026-11-24 05:53:44,404 [15231] <response:1>: ",
                Pid,
                "15231",
            ),
            (
                "(000012)2025/11/6 15:58:48 - (not logged in) (127.0.0.1)> ",
                Conn,
                "000012",
            ),
            (
                "2024-03-09T16:36:15.643Z << [FTP Session 3 192.168.0.18] ",
                Conn,
                "3",
            ),
            (
                "[D 2026-11-24 05:53:46] 127.0.0.1:60652-[ftpuser] -> ",
                AddrPort,
                "127.0.0.1:60652",
            ),
            (
                "INFO [pool-2-thread-1] c.x.Ftp - ",
                Thread,
                "pool-2-thread-1",
            ),
            (
                "<30>1 2026-03-01T10:15:32Z host vsftpd 812 - - ",
                Pid,
                "812",
            ),
            ("{\"sessionId\":\"ab12\",\"msg\":\"", Conn, "ab12"),
            ("27122 read(3, \"", Conn, "3"),
            ("SYS_write(1, \"", Conn, "1"),
            ("S 12: b'", Conn, "12"),
        ] {
            assert_eq!(key(line), Some((kind, value.into())), "{line}");
        }
        assert_eq!(key("2026-11-24 05:53:44 Response: "), None);
        assert_eq!(key("Connection established, waiting"), None);
        // A time in brackets is no IPv6 address; a code quoted in brackets no process.
        assert_eq!(key("[22:08:38]: [aioftp.client] "), None);
        assert_eq!(key("login failed: Invalid response: [530] "), None);
        assert_eq!(
            key("[2001:db8::1]:2121 "),
            Some((AddrPort, "[2001:db8::1]:2121".into()))
        );
        // pyftpdlib's client over IPv6: the address and the port joined by a colon.
        let m = meta(b"1796412938.355357 D logline| ::1:54434-[carol] <- ");
        assert_eq!(
            m.key.map(|k| (k.kind, k.value)),
            Some((AddrPort, &b"::1:54434"[..]))
        );
        assert_eq!((m.addr, m.user), (Some(&b"::1"[..]), Some(&b"carol"[..])));
        assert_eq!(
            key("2001:db8::7:51234-[] -> "),
            Some((AddrPort, "2001:db8::7:51234".into()))
        );
        // Not a port: four digits may be the address's last group; times and MAC
        // addresses have no `::`.
        assert_ne!(key("::1:2121-[] -> ").map(|k| k.0), Some(AddrPort));
        assert_eq!(key("10:15:32:54420 "), None);
        // The address alone, closed by what follows it (nodeftpd's `<::ffff:127.0.0.2> >>
        // `); a path of names (`std::io::Error`) or a time is none.
        assert_eq!(
            meta(b"<::ffff:127.0.0.2> >> ").addr,
            Some(&b"::ffff:127.0.0.2"[..])
        );
        assert_eq!(meta(b"from ::1, ").addr, Some(&b"::1"[..]));
        assert_eq!(meta(b"std::io::Error: ").addr, None);
        assert_eq!(meta(b"mac aa:bb:cc:dd:ee:ff ").addr, None);
        assert_eq!(meta(b"at 10:15:32 ").addr, None);
    }

    #[test]
    fn rubys_logger_names_its_program_after_the_level() {
        let line = b"D, [2026-12-04T18:48:09.930973 #7301] DEBUG -- sync-bob: get: ";
        assert_eq!(program_name(line), Some(&b"sync-bob"[..]));
        let line = b"W, [2026-12-04T18:48:12.931919 #7301]  WARN -- sync-bob/app: login refused: ";
        assert_eq!(program_name(line), Some(&b"sync-bob"[..]));
        // GLib's message domain and level in brackets, then the message (tshark).
        let line = b" ** (tshark:1042) 21:53:28.555768 [Main MESSAGE] -- File: ";
        assert_eq!(program_name(line), None);
    }

    #[test]
    fn a_count_of_bytes_after_a_direction_is_no_process() {
        // gnutls-cli -V: `- Received[15]: 211 End FEAT.`, a count that changes every line.
        assert_eq!(key("- Received[15]: "), None);
        assert_eq!(key("- Sent[6]: "), None);
        // A program printing an array's items: `Lines[0] = 220 ...`, `Lines[10] = 211 ...`.
        assert_eq!(key("  Lines[10] = "), None);
        assert_eq!(key("  Lines[0]="), None);
        assert_eq!(
            key("Nov 24 05:53:57 vm proftpd[812]: "),
            Some((KeyKind::Pid, "812".into()))
        );
    }

    #[test]
    fn users_and_addresses() {
        let m =
            meta(b"Tue Nov 24 05:53:37 2026 [pid 1] [alice] FTP response: Client \"10.0.0.5\", \"");
        assert_eq!(m.user, Some(&b"alice"[..]));
        assert_eq!(m.addr, Some(&b"10.0.0.5"[..]));
        let m = meta(b"Nov 24 05:53:57 vm pure-ftpd[812]: (bob@10.0.0.6) [DEBUG] ");
        assert_eq!(m.user, Some(&b"bob"[..]));
        let m = meta(b"[D 2026-11-24 05:53:46] 127.0.0.1:60652-[carol] -> ");
        assert_eq!(m.user, Some(&b"carol"[..]));
        assert_eq!(m.addr, Some(&b"127.0.0.1"[..]));
        let m = meta(b"version 1.2.3.4.5 ");
        assert_eq!(m.addr, None);
    }

    #[test]
    fn a_line_in_colour_is_read_without_its_colour_codes() {
        // vsftpd's protocol log through `ccze -A`.
        let line = b"\x1b[22m\x1b[1m\x1b[36mThu Dec  3 16:38:34 2026\x1b[0m\x1b[22m\x1b[36m \x1b[0m\x1b[22m\x1b[1m\x1b[32m[\x1b[0m\x1b[22m\x1b[36mpid \x1b[0m\x1b[22m\x1b[1m\x1b[37m6514\x1b[0m\x1b[22m\x1b[1m\x1b[32m]\x1b[0m \x1b[1m\x1b[32m[\x1b[0m\x1b[1m\x1b[33mftp\x1b[0m\x1b[1m\x1b[32m]\x1b[0m FTP response: Client \x1b[36m\"\x1b[0m\x1b[22m\x1b[1m\x1b[34m127.0.0.2\x1b[0m\x1b[36m\", \"";
        let m = meta(line);
        assert_eq!(
            m.key.map(|k| (k.kind, k.value)),
            Some((KeyKind::Pid, &b"6514"[..]))
        );
        assert_eq!(m.addr, Some(&b"127.0.0.2"[..]));
        assert_eq!(m.user, Some(&b"ftp"[..]));
    }

    #[test]
    fn sessions_by_key_and_alias() {
        let mut s: Sessions<()> = Sessions::default();
        let a = Key {
            kind: KeyKind::Pid,
            value: b"1",
        };
        let b = Key {
            kind: KeyKind::Pid,
            value: b"2",
        };
        assert_eq!(s.find(Some(a), 1), Found::New(0));
        assert_eq!(s.find(Some(a), 2), Found::Known(0));
        let new = s.find(Some(b), 3);
        assert_eq!(new, Found::New(1));
        s.alias(b, 0, 1);
        assert_eq!(s.entries.len(), 1);
        assert_eq!(s.find(Some(b), 4), Found::Known(0));
    }

    #[test]
    fn a_held_meta_reads_back_as_the_meta() {
        for (line, len) in [
            (
                &b"Tue Nov 24 05:53:37 2026 [pid 20684] [ftpuser] FTP response: 230 OK"[..],
                50,
            ),
            (
                b"[D 2026-11-24 05:53:46] 127.0.0.1:60652-[carol] -> 226 Done",
                48,
            ),
            (
                b"progress 10%\r(000012)2025/11/6 15:58:48 - alice (127.0.0.1)> 150 x",
                62,
            ),
            (
                b"{\"_PID\":\"812\",\"client\":\"10.0.0.5\",\"MESSAGE\":\"550 No\"}",
                5,
            ),
            (b"no session here 200 OK", 400),
        ] {
            let held = HeldMeta::of(line, len).unwrap();
            assert_eq!(held.read(), len.min(line.len()));
            assert_eq!(held.meta(line), meta_of_line(line, len));
        }
    }

    #[test]
    fn json_records_name_their_session() {
        let key = |line: &[u8]| {
            json_meta(line)
                .key
                .map(|k| (k.kind, String::from_utf8_lossy(k.value).into_owned()))
        };
        // Suricata's eve.json: a connection's records share its flow.
        let line = br#"{"flow_id":1950386232264554,"src_ip":"127.0.0.1","ftp":{"reply":["ok"]}}"#;
        assert_eq!(key(line), Some((KeyKind::Conn, "1950386232264554".into())));
        assert_eq!(json_meta(line).addr, Some(&b"127.0.0.1"[..]));
        let line = br#"{"_PID":"812","MESSAGE":"550 No"}"#;
        assert_eq!(key(line), Some((KeyKind::Pid, "812".into())));
        // loguru's `serialize=True` (json.dumps: a blank after each colon).
        let line = br#"{"text": "550 No", "record": {"extra": {"session": "s1"}}}"#;
        assert_eq!(key(line), Some((KeyKind::Conn, "s1".into())));
        // Zeek's ftp.log as JSON: its connection's uid, its client the originator (not
        // the responder, the server, whose address comes later in the record).
        let line = br#"{"uid":"CrhqHk1o2KxRcwRVp6","id.orig_h":"10.0.0.5","id.resp_h":"10.0.0.9","command":"RETR","reply_code":226}"#;
        assert_eq!(
            key(line),
            Some((KeyKind::Conn, "CrhqHk1o2KxRcwRVp6".into()))
        );
        assert_eq!(json_meta(line).addr, Some(&b"10.0.0.5"[..]));
        // A user's number is no connection.
        let line = br#"{"uid":1000,"msg":"550 No"}"#;
        assert_eq!(key(line), None);
    }

    #[test]
    fn structured_data_names_the_host_that_logged_not_the_client() {
        // rsyslog's RFC 5424 form (a capture of held-out round 686).
        let prefix = br#"<94>1 2026-12-07T05:22:11.455596+00:00 vm vsftpd 18649 FTP [origin@32473 software="rsyslogd" ip="127.0.0.1"][ftp@32473 facility="ftp"] [dave] FTP response: Client "127.0.0.5", ""#;
        let m = meta(prefix);
        assert_eq!(m.addr, Some(&b"127.0.0.5"[..]));
        assert_eq!(m.key.map(|k| k.value), Some(&b"18649"[..]));
        assert!(sd_element(br#"[timeQuality tzKnown="1" isSynced="1"]"#));
        // (An element of one's own may name the client: it is read. From the review.)
        assert!(!sd_element(br#"[client ip="10.0.0.5" port="5001"] USER"#));
        let prefix =
            br#"<134>1 2024-01-01T12:00:00Z host ftpd - - [client ip="10.0.0.5" port="5001"] "#;
        assert_eq!(meta(prefix).addr, Some(&b"10.0.0.5"[..]));
        assert!(!sd_element(b"[pid 812] [alice] FTP response"));
        assert!(!sd_element(b"[127.0.0.1:5000] x"));
    }

    #[test]
    fn sessions_keep_their_places_when_one_is_forgotten() {
        let mut s: Sessions<()> = Sessions::default();
        let keys: Vec<String> = (0..=MAX_SESSIONS).map(|i| i.to_string()).collect();
        let key = |i: usize| Key {
            kind: KeyKind::Pid,
            value: keys[i].as_bytes(),
        };
        for i in 0..MAX_SESSIONS {
            assert_eq!(s.find(Some(key(i)), 10 + i as u64), Found::New(i));
        }
        // Session 0 is seen again, so sessions 1 to FORGET_AT_ONCE are the ones silent
        // longest: they are forgotten together, and the new one takes the first place.
        s.find(Some(key(0)), 100_000);
        assert_eq!(s.forgets(), 0);
        assert_eq!(s.find(Some(key(MAX_SESSIONS)), 100_001), Found::New(1));
        assert_eq!(s.forgets(), 1);
        assert_eq!(s.entries.len(), MAX_SESSIONS);
        for i in 0..MAX_SESSIONS {
            let kept = i == 0 || i > FORGET_AT_ONCE;
            assert_eq!(s.get(Some(key(i))), kept.then_some(i), "session {i}");
            assert_eq!(s.entries[i].id == 0, !kept && i != 1);
        }
        assert_eq!(s.get(Some(key(MAX_SESSIONS))), Some(1));
        // The sessions seen in the last RECENT_LINES lines, each once, by place.
        let mut near: Vec<usize> = s.recent(100_001).collect();
        near.sort_unstable();
        assert_eq!(near, [0, 1]);
        assert_eq!(s.recent(100_001 + RECENT_LINES + 1).count(), 0);
    }

    #[test]
    fn a_name_glued_to_a_number_keys_its_session() {
        assert_eq!(
            key("2026-12-03 22:43:14.679628 [INFO] [FtpConnection.cc:350] CUID#7 - "),
            Some((KeyKind::Conn, "CUID#7".into()))
        );
        assert_eq!(
            key("2026-12-03 22:43:14.679635 [INFO] [FtpConnection.cc:87] CUID#7 - Requesting:"),
            Some((KeyKind::Conn, "CUID#7".into()))
        );
        assert_eq!(key("see issue#12 "), None);
    }

    #[test]
    fn a_record_s_id_field_keys_its_session() {
        let line = "TRACE ftp-srv: Reply (id=38406d8e-4bec-4692-b389-7852676b8038, ip=127.0.0.1, port=4820, message=\"";
        assert_eq!(
            key(line),
            Some((KeyKind::Conn, "38406d8e-4bec-4692-b389-7852676b8038".into()))
        );
        // A word's end (`pid=`, `uid=`) or an id with no digit is none.
        assert_ne!(key("uid=ftpuser ").map(|k| k.0), Some(KeyKind::Conn));
        assert_eq!(key("(id=abc) "), None);
    }

    #[test]
    fn an_address_after_a_logger_s_name_and_colon_keys_its_session() {
        assert_eq!(
            key("DEBUG:pyftpdlib:127.0.0.1:50832-[bob] "),
            Some((KeyKind::AddrPort, "127.0.0.1:50832".into()))
        );
        // Inside an IPv6 address, no: the key is the whole address.
        assert_eq!(
            key("fe80::1:127.0.0.1 "),
            Some((KeyKind::Addr, "fe80::1:127.0.0.1".into()))
        );
        // The port, then a label's colon (thinftp: `Replied 127.0.0.1:51206: "331 ...`);
        // not a longer run of numbers and colons.
        assert_eq!(
            key("[DEBUG   ] Replied 127.0.0.1:51206: \""),
            Some((KeyKind::AddrPort, "127.0.0.1:51206".into()))
        );
        assert_eq!(
            key("10.0.0.5:21:30 "),
            Some((KeyKind::Addr, "10.0.0.5".into()))
        );
    }

    #[test]
    fn an_address_that_ends_the_line_after_from_keys_its_session() {
        let key = |line: &str, prefix: usize| {
            meta_of_line(line.as_bytes(), prefix)
                .key
                .map(|k| (k.kind, String::from_utf8_lossy(k.value).into_owned()))
        };
        let line = "[DEBUG   ] Received command: [USER alice] from client 127.0.0.1:51206";
        assert_eq!(
            key(line, line.find("USER").unwrap_or_default()),
            Some((KeyKind::AddrPort, "127.0.0.1:51206".into()))
        );
        // Another word before it, or an address without a port: none.
        let line = "Received command: [USER alice] to 127.0.0.1:51206";
        assert_eq!(key(line, line.find("USER").unwrap_or_default()), None);
        let line = "Received command: [USER alice] from 127.0.0.1";
        assert_eq!(key(line, line.find("USER").unwrap_or_default()), None);
    }

    #[test]
    fn a_number_after_a_time_in_brackets_and_no_address_in_a_command() {
        // ProFTPD's `%t %P %u "%r" %s "%S"`: the pid after the time; the address HOST
        // names is the command's argument.
        let m = meta(b"[04/Dec/2026:17:12:55 +0000] 942 - \"HOST 127.0.0.1\" ");
        assert_eq!(m.key, None);
        assert_eq!(m.addr, None);
        assert_eq!(
            m.alt
                .map(|k| (k.kind, String::from_utf8_lossy(k.value).into_owned())),
            Some((KeyKind::Number, "942".into()))
        );
    }

    #[test]
    fn a_name_in_brackets_glued_to_the_program_s_is_a_lines_other_key() {
        let alt = |prefix: &str| {
            meta(prefix.as_bytes())
                .alt
                .map(|k| (k.kind, String::from_utf8_lossy(k.value).into_owned()))
        };
        assert_eq!(
            alt("2026-12-04T16:42:59.061Z DEBUG ftp-ts[bob] [connection] < "),
            Some((KeyKind::Label, "bob".into()))
        );
        // A number there is a process's (a key of its own), a bracket in a word no name.
        assert_eq!(
            key("Mar  1 10:15:32 host vsftpd[812]: "),
            Some((KeyKind::Pid, "812".into()))
        );
        assert_eq!(alt("values[0] < "), None);
    }

    #[test]
    fn a_json_record_after_a_short_prefix_names_its_session() {
        let key = |line: &str| {
            meta_of_line(line.as_bytes(), line.len())
                .key
                .map(|k| String::from_utf8_lossy(k.value).into_owned())
        };
        // journalctl -o json-sse.
        let sse =
            r#"data: {"_COMM":"proftpd","_PID":"14965","MESSAGE":"127.0.0.1 USER alice 331"}"#;
        assert_eq!(key(sse).as_deref(), Some("14965"));
        let seq = "\x1e{\"_PID\":\"12146\",\"MESSAGE\":\"(?@127.0.0.1) [DEBUG] 331 ok\"}";
        assert_eq!(key(seq).as_deref(), Some("12146"));
        let flow = r#"2026-12-04T00:56:23Z {"flow_id":1234567,"ftp":"331 ok"}"#;
        assert_eq!(key(flow).as_deref(), Some("1234567"));
        // (A quote or a field before the brace is no prefix: the brace is a value's.)
        let field = r#"msg="x" data={"flow_id":1234567} 331 ok"#;
        assert_eq!(key(field), None);
    }

    #[test]
    fn a_functions_name_in_a_place_in_the_source_is_no_session() {
        let key = |prefix: &str| {
            meta(prefix.as_bytes())
                .key
                .map(|k| String::from_utf8_lossy(k.value).into_owned())
        };
        assert_eq!(
            key("2026-12-04 02:29:21.046 +0000 | ERROR    | sess=s2 | __main__:session:37 - "),
            None
        );
        assert_eq!(key("session:37 "), Some("37".into()));
    }

    #[test]
    fn a_name_that_ends_in_a_number_is_a_lines_other_key() {
        let alt = |prefix: &str| {
            meta(prefix.as_bytes())
                .alt
                .filter(|k| k.kind == KeyKind::Name)
                .map(|k| String::from_utf8_lossy(k.value).into_owned())
        };
        assert_eq!(
            alt("2026-12-04 00:50:23.620920 job1 < ").as_deref(),
            Some("job1")
        );
        assert_eq!(
            alt("2026-12-04 00:46:42.774 DEBUG [ftp#1] < ").as_deref(),
            Some("ftp#1")
        );
        assert_eq!(alt("FINE: worker-1 <<< ").as_deref(), Some("worker-1"));
        assert_eq!(
            alt(r#"{"system": "FTPClient,conn1,client", "message": [""#).as_deref(),
            Some("conn1")
        );
        // A label after a user's name or a field's `=`: `[dave@s1]`, `sess=s1`.
        assert_eq!(
            alt("2026-12-04 02:28:53.923 DEBUG ftp.dave [dave@s1] < ").as_deref(),
            Some("s1")
        );
        assert_eq!(
            alt("DEBUG    | sess=s1 | aioftp.client:parse_line:288 - ").as_deref(),
            Some("s1")
        );
        // Not a time, a level, a number alone, or a name with no number.
        assert_eq!(alt("2026-12-04 00:50:23 DEBUG 42 ftp < "), None);
    }

    #[test]
    fn a_packet_header_names_its_connection_by_the_client_s_end() {
        let header = |line: &str| {
            connection_header(line.as_bytes())
                .map(|c| String::from_utf8_lossy(c.client).into_owned())
        };
        let client = Some("localhost.43264".to_string());
        assert_eq!(
            header(
                "21:24:04.446601 IP localhost.5001 > localhost.43264: Flags [P.], seq 1:29, length 28"
            ),
            client
        );
        assert_eq!(
            header("21:24:04.446715 IP localhost.43264 > localhost.5001: Flags [P.], length 12"),
            client
        );
        assert_eq!(
            header("IP 127.0.0.1.40188 > 127.0.0.1.ftp: Flags [P.]"),
            Some("127.0.0.1.40188".into())
        );
        // tcpflow -c: either direction names the client's end.
        let tcpflow = Some("127.000.000.001.41458".to_string());
        assert_eq!(
            header("127.000.000.001.05600-127.000.000.001.41458: "),
            tcpflow
        );
        assert_eq!(
            header("127.000.000.001.41458-127.000.000.001.05600: "),
            tcpflow
        );
        // A range of dates or versions is none.
        assert_eq!(header("2026.12.01.10-2026.12.02.11:"), None);
        assert_eq!(
            header("IP6 ::1.40188 > ::1.2121: Flags [P.]"),
            Some("::1.40188".into())
        );
        assert_eq!(
            header("TCP  127.0.0.1:5001 --> 127.0.0.1:43264 | AP (28)"),
            Some("127.0.0.1:43264".into())
        );
        assert_eq!(
            header("Transmission Control Protocol, Src Port: 2121, Dst Port: 48348, Seq: 1"),
            Some("48348".into())
        );
        assert_eq!(header("          \"tcp.stream\": \"3\","), Some("3".into()));
        assert_eq!(
            header("Node 0: 127.0.0.1:34220"),
            Some("127.0.0.1:34220".into())
        );
        for no in [
            "<127.0.0.1> >> 220 ready",
            "a > b",
            "if n > 5: return",
            "x.1 > y",
            "550 > 421.txt",
        ] {
            assert_eq!(header(no), None, "{no}");
        }
    }

    #[test]
    fn a_packet_s_endpoints_name_its_connection_by_the_client_s_end() {
        // ngrep -W single: the same connection both ways, one key.
        let client = Some((KeyKind::AddrPort, "127.0.0.2:48745".into()));
        assert_eq!(key("T 127.0.0.1:4701 -> 127.0.0.2:48745 [AP] "), client);
        assert_eq!(key("T 127.0.0.2:48745 -> 127.0.0.1:4701 [AP] "), client);
        // Two endpoints not joined by an arrow keep the first.
        assert_eq!(
            key("127.0.0.1:4701 from 127.0.0.2:48745 "),
            Some((KeyKind::AddrPort, "127.0.0.1:4701".into()))
        );
    }
}
