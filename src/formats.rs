//! Recognising FTP replies and client commands in one log line, whatever program wrote it.
//!
//! A format is recognised by how its lines start ([`classify_with`] branches on the first
//! byte) or by a marker inside the line (the `MARKERS` table, read in `marked_at`); then
//! the reply (`550 text`) or command (`RETR file`) behind it is read. To add a format, add
//! a branch or a marker and its arm, and a captured sample with its ground truth under
//! `tests/fixtures/scan/`. When a line could be either a reply or something else, the
//! answer is "something else": silence beats noise.

use std::sync::LazyLock;

use aho_corasick::{AhoCorasick, MatchKind, packed};

use crate::knowledge::sequences;

/// What one log line holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Line<'a> {
    /// A line of a server reply.
    Reply(ReplyLine<'a>),
    /// A command the client sent, as logged (`RETR 502.txt`).
    Command(&'a [u8]),
    /// A line of a bare transcript that reads like a command (`USER ftpuser`). Inside a
    /// multi-line reply it is text (a HELP reply lists commands), so it only counts outside one.
    BareCommand(&'a [u8]),
    /// The continuation of an ncftp reply (indented under its timestamp).
    Indented,
    /// A line that reports a connection to or from an address (the whole line).
    Connection(&'a [u8]),
    /// Anything else.
    Other,
}

/// A reply line as found in a log.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReplyLine<'a> {
    pub code: u16,
    pub sep: Sep,
    /// The reply text on this line (without code and separator), as logged.
    pub text: &'a [u8],
    pub form: Form,
    /// The command, when the same line logs it (ProFTPD ExtendedLog, IIS).
    pub command: Option<&'a [u8]>,
    /// IIS W3C: `sc-win32-status` and `sc-substatus` of the line.
    pub iis: Option<IisStatus>,
}

/// What follows the code.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Sep {
    /// `550 text`: a single line, or the last line of a multi-line reply.
    Last,
    /// `211-text`: the first line of a multi-line reply, which ends at `211 ...`.
    More,
    /// `220: text` (ncftp): continuation lines follow indented, with no end line.
    Open,
}

/// How the line relates to the reply the server sent.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Form {
    /// The reply line itself.
    Plain,
    /// A reply line as a client logged it on arrival (ftplib's `*get*`), which the client
    /// may follow with a summary of the whole reply.
    Part,
    /// A client's summary of the reply it has just logged line by line (ftplib's `*resp*`).
    Echo,
    /// A client's error message quoting the reply (`get: Access failed: 550 ...`).
    Quote,
}

/// What earlier lines told about the ones that follow.
#[derive(Debug, Default, Clone)]
pub struct State {
    /// curl --trace-ascii: the last block header was "<= Recv header" / "=> Send header".
    trace: Trace,
    /// IIS W3C: the field positions from the last `#Fields:` line.
    iis: Option<IisFields>,
}

#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
enum Trace {
    #[default]
    None,
    RecvHeader,
    SendHeader,
}

#[derive(Debug, Clone, Copy)]
struct IisFields {
    status: usize,
    method: Option<usize>,
    win32: Option<usize>,
    substatus: Option<usize>,
}

/// The IIS W3C fields beside `sc-status`, for the scanner to show.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct IisStatus {
    pub win32: Option<u32>,
    pub substatus: Option<u32>,
}

/// Reads `ddd text`, `ddd-text` or a bare `ddd` at the start of `p`.
fn reply_at(p: &[u8]) -> Option<(u16, Sep, &[u8])> {
    let (d, rest) = (p.get(..3)?, &p[3..]);
    if !(b'1'..=b'6').contains(&d[0]) || !d[1].is_ascii_digit() || !d[2].is_ascii_digit() {
        return None;
    }
    let code = u16::from(d[0] - b'0') * 100 + u16::from(d[1] - b'0') * 10 + u16::from(d[2] - b'0');
    match rest.first() {
        None | Some(b'\r') => Some((code, Sep::Last, b"")),
        Some(b' ') => Some((code, Sep::Last, &rest[1..])),
        Some(b'-') => Some((code, Sep::More, &rest[1..])),
        Some(_) => None,
    }
}

fn plain<'a>((code, sep, text): (u16, Sep, &'a [u8])) -> Line<'a> {
    Line::Reply(ReplyLine {
        code,
        sep,
        text,
        form: Form::Plain,
        command: None,
        iis: None,
    })
}

/// A reply at `p`, or a command when the line is known to carry one of the two.
fn reply_or_command(p: &[u8]) -> Line<'_> {
    match reply_at(p) {
        Some(r) => plain(r),
        None if looks_like_command(p) => Line::Command(trim_end(p)),
        None => Line::Other,
    }
}

fn trim_end(mut s: &[u8]) -> &[u8] {
    while let [rest @ .., b'\r' | b'\n' | b' ' | b'\t'] = s {
        s = rest;
    }
    s
}

/// A command as clients send it: an upper-case word (RFC 959 §5.3.1 verbs have 3 or 4
/// letters, but clients send unknown ones too), alone or before a space. Upper case keeps
/// out the prose that shares the markers ("Connected on port 21").
fn looks_like_command(p: &[u8]) -> bool {
    let n = p.iter().take_while(|b| b.is_ascii_uppercase()).count();
    (3..=8).contains(&n) && matches!(p.get(n), None | Some(b' ' | b'\r'))
}

/// A bare transcript has no markers: a known verb (`USER ftpuser`), or an upper-case word
/// alone on its line (`XYZZY`), is taken as a command; "URI encoding = ..." is not.
fn bare_command(line: &[u8]) -> Option<&[u8]> {
    let line = trim_end(line);
    let n = line.iter().take_while(|b| b.is_ascii_uppercase()).count();
    let known = is_ftp_verb(&line[..n]) && matches!(line.get(n), None | Some(b' '));
    (known || (looks_like_command(line) && n == line.len())).then_some(line)
}

/// What follows the first `marker` in `line`. Markers here are a few bytes long and near:
/// memchr on the first byte beats building a substring searcher for every call.
fn after<'a>(line: &'a [u8], marker: &[u8]) -> Option<&'a [u8]> {
    let (&first, rest) = marker.split_first()?;
    let mut from = 0;
    while let Some(i) = memchr::memchr(first, &line[from..]) {
        let at = from + i + 1;
        if line[at..].starts_with(rest) {
            return Some(&line[at + rest.len()..]);
        }
        from = at;
    }
    None
}

/// A format marker found in a block of lines: where it starts in the block (blocks are
/// far below 4 GiB) and which it is. Small, as there is about one per line.
#[derive(Debug, Clone, Copy)]
pub struct Hit {
    start: u32,
    marker: u8,
}

/// Where the markers of a line come from: found for many lines at once (one search over a
/// whole read buffer costs far less than one per line), or searched in the line itself.
#[derive(Debug, Clone, Copy)]
pub enum Markers<'h> {
    /// The hits of a block, and where the line starts in it.
    Found(&'h [Hit], usize),
    /// Search the line.
    Search,
}

/// Finds the markers of every format in `block` (whole lines: no marker spans a newline).
pub fn find_markers(block: &[u8], hits: &mut Vec<Hit>) {
    hits.clear();
    let hit = |m: aho_corasick::Match| Hit {
        start: m.start() as u32,
        marker: m.pattern().as_usize() as u8,
    };
    // The SIMD searcher alone, without the automaton around it: less work per match. Where
    // the CPU lacks the instructions it needs, the automaton does the job.
    match &*MARKER_PACKED {
        Some(packed) => hits.extend(packed.find_iter(block).map(hit)),
        None => hits.extend(MARKER_SEARCH.find_iter(block).map(hit)),
    }
}

/// How many of `hits` start before `end`: those of the line that ends there.
pub fn hits_before(hits: &[Hit], end: usize) -> usize {
    hits.iter().take_while(|h| (h.start as usize) < end).count()
}

/// Classifies one line (without its newline). `state` carries what earlier lines
/// established (curl's trace direction, IIS field positions).
pub fn classify<'a>(line: &'a [u8], state: &mut State) -> Line<'a> {
    classify_with(line, state, Markers::Search)
}

/// [`classify`], with the line's markers already found.
pub fn classify_with<'a>(line: &'a [u8], state: &mut State, markers: Markers) -> Line<'a> {
    let Some(&first) = line.first() else {
        return Line::Other;
    };
    match first {
        // Bare transcripts, inetutils/tnftp `ftp -d`, wget -d: the reply starts the line.
        b'1'..=b'6' => {
            if let Some(r) = reply_at(line) {
                // "226 bytes received in 0.01 secs" is a byte count, not a reply.
                if r.2.starts_with(b"bytes ") {
                    return Line::Other;
                }
                return plain(r);
            }
            timestamped(line, state, markers)
        }
        b'<' => {
            if let Some(p) = line.strip_prefix(b"<--- ") {
                return plain_or_other(p); // lftp
            }
            if let Some(p) = line.strip_prefix(b"< ") {
                return reply_or_command(skip_winscp_time(p)); // curl -v, WinSCP
            }
            if line.starts_with(b"<= Recv header") {
                state.trace = Trace::RecvHeader;
            } else if line.starts_with(b"<= ") {
                state.trace = Trace::None;
            }
            marked(line, markers)
        }
        b'>' => {
            if let Some(p) = line.strip_prefix(b"> ") {
                return command_only(skip_winscp_time(p)); // curl -v, WinSCP
            }
            marked(line, markers)
        }
        b'-' => {
            // lftp, inetutils and tnftp `---> CMD`; wget -d `--> CMD`.
            for prefix in [&b"---> "[..], b"--> "] {
                if let Some(p) = line.strip_prefix(prefix) {
                    return command_only(p);
                }
            }
            marked(line, markers)
        }
        b'=' => {
            if line.starts_with(b"=> Send header") {
                state.trace = Trace::SendHeader;
            } else if line.starts_with(b"=> ") {
                state.trace = Trace::None;
            }
            marked(line, markers)
        }
        b'0' if line.starts_with(b"0000: ") => {
            // curl --trace-ascii: what the header block before it says it is.
            let p = &line[6..];
            match state.trace {
                Trace::RecvHeader => plain_or_other(p),
                Trace::SendHeader => command_only(p),
                Trace::None => Line::Other,
            }
        }
        b'*' => {
            // Python ftplib, debug level 1 or 2.
            let quoted = |p: &'a [u8]| {
                let p = p.strip_suffix(b"'").unwrap_or(p);
                p.strip_suffix(b"\\n").unwrap_or(p)
            };
            if let Some(p) = line.strip_prefix(b"*get* '") {
                return match reply_at(quoted(p)) {
                    Some((code, sep, text)) => Line::Reply(ReplyLine {
                        code,
                        sep,
                        text,
                        form: Form::Part,
                        command: None,
                        iis: None,
                    }),
                    None => Line::Other,
                };
            }
            if let Some(p) = line.strip_prefix(b"*resp* '") {
                // The whole reply on one line ('\n' escaped): it is complete as it stands.
                return match reply_at(quoted(p)) {
                    Some((code, _, text)) => Line::Reply(ReplyLine {
                        code,
                        sep: Sep::Last,
                        text,
                        form: Form::Echo,
                        command: None,
                        iis: None,
                    }),
                    None => Line::Other,
                };
            }
            if let Some(p) = line.strip_prefix(b"*cmd* '") {
                return command_only(p.strip_suffix(b"'").unwrap_or(p));
            }
            marked(line, markers)
        }
        b'#' => {
            if let Some(fields) = line.strip_prefix(b"#Fields:") {
                state.iis = iis_fields(fields);
            }
            marked(line, markers)
        }
        b'A'..=b'Z' => match bare_command(line) {
            Some(c) => Line::BareCommand(c),
            None => marked(line, markers),
        },
        _ => marked(line, markers),
    }
}

fn plain_or_other(p: &[u8]) -> Line<'_> {
    reply_at(p).map_or(Line::Other, plain)
}

fn command_only(p: &[u8]) -> Line<'_> {
    if looks_like_command(p) {
        Line::Command(trim_end(p))
    } else {
        Line::Other
    }
}

/// Whether `p` starts with a date and time written `2024-03-01 10:15:32`, as WinSCP,
/// ncftp and IIS W3C logs do: the separators and the year are enough to tell.
fn starts_with_date_time(p: &[u8]) -> bool {
    p.len() >= 19
        && p[4] == b'-'
        && p[7] == b'-'
        && p[10] == b' '
        && p[13] == b':'
        && p[16] == b':'
        && p[..4].iter().all(u8::is_ascii_digit)
}

/// WinSCP puts `2024-03-01 10:15:32.123 ` between its `<`/`>` and the line.
fn skip_winscp_time(p: &[u8]) -> &[u8] {
    if p.len() > 24 && starts_with_date_time(p) && p[23] == b' ' {
        &p[24..]
    } else {
        p
    }
}

/// Lines that start with a timestamp: ncftp, ProFTPD TraceLog, FileZilla Server 1.x, IIS.
fn timestamped<'a>(line: &'a [u8], state: &mut State, markers: Markers) -> Line<'a> {
    // ncftp: "2024-03-01 10:15:32  220: text", continuation lines indented further.
    if line.len() > 21 && starts_with_date_time(line) && &line[19..21] == b"  " {
        let p = &line[21..];
        if let Some(c) = p.strip_prefix(b"Cmd: ") {
            return command_only(c);
        }
        if p.len() > 4
            && p[3] == b':'
            && let Some((code, Sep::Last, _)) = reply_at(&p[..3])
        {
            let text = p.get(5..).unwrap_or(b"");
            return Line::Reply(ReplyLine {
                code,
                sep: Sep::Open,
                text,
                form: Form::Plain,
                command: None,
                iis: None,
            });
        }
        if p.starts_with(b"    ") {
            return Line::Indented;
        }
    }
    if let Some(fields) = state.iis
        && let found @ Line::Reply(_) = iis_line(line, fields)
    {
        return found;
    }
    marked(line, markers)
}

/// What a marker found inside a line announces. Markers are few and short on purpose:
/// the search over every byte of the log costs in proportion to their number, so where
/// formats share a piece of text, one marker finds them and the text before it decides.
#[derive(Debug, Clone, Copy)]
enum Marker {
    /// `: Client "`: vsftpd's `FTP command: Client "1.2.3.4", "RETR f"` and `CONNECT: Client`.
    VsftpdClient,
    /// `esponse:`: vsftpd's `FTP response: Client ...`, ProFTPD's `<response:1>: 220 ...`,
    /// and the FileZilla client's and FluentFTP's `Response: 220 ...`.
    Response,
    ClientCommand,
    PureFtpd,
    TraceCommand,
    PyftpdlibReply,
    PyftpdlibCommand,
    /// `[FTP Session `: FileZilla Server 1.x, `<< [...] 331 ...` or `>> [...] USER x`.
    FzServer,
    FzServer09,
    PerlReply,
    PerlCommand,
    ExtendedLog,
    Quote,
    /// `error_`: Python's `ftplib.error_perm: 550 ...` and its siblings.
    PythonError,
    /// `onnect`: "Connected to" (curl, ftp, tnftp), "Connecting to" (lftp, wget, FileZilla),
    /// Pure-FTPd's "New connection from" and pyftpdlib's "FTP session opened (connect)".
    Connect,
}

/// The markers of the formats recognised inside a line, searched for all at once.
const MARKERS: &[(&str, Marker)] = &[
    // vsftpd, log_ftp_protocol=YES: `FTP response: Client "1.2.3.4", "230 ..."`.
    (": Client \"", Marker::VsftpdClient),
    ("esponse:", Marker::Response),
    // FileZilla client (`Command:\tUSER x`) and FluentFTP (`Command:  USER x`).
    ("Command:", Marker::ClientCommand),
    // Pure-FTPd -d: `pure-ftpd: (user@host) [DEBUG] 230 ...`, `[DEBUG] Command [retr] [f]`.
    (") [DEBUG] ", Marker::PureFtpd),
    // ProFTPD TraceLog: PRE_CMD comes first for every command, even one refused before
    // its CMD stage.
    ("dispatching PRE_CMD command '", Marker::TraceCommand),
    // pyftpdlib: `127.0.0.1:5432-[user] -> 230 ...`, `... <- RETR f`.
    ("] -> ", Marker::PyftpdlibReply),
    ("] <- ", Marker::PyftpdlibCommand),
    ("[FTP Session ", Marker::FzServer),
    // FileZilla Server 0.9: `(000121)2024/3/1 10:15:32 - user (1.2.3.4)> 230 ...` or `> RETR f`.
    (")> ", Marker::FzServer09),
    // Perl Net::FTP: `Net::FTP=GLOB(0x55e3)<<< 220 ...`, `>>> USER x`.
    ("<<< ", Marker::PerlReply),
    (">>> ", Marker::PerlCommand),
    // ProFTPD ExtendedLog, `%t "%r" %s`: `[24/Nov/2026:05:53:41 +0000] "RETR 502.txt" 550 -`.
    ("] \"", Marker::ExtendedLog),
    // Clients quoting the reply in an error: lftp `get: Access failed: 550 ...`, Perl
    // scripts `get failed: 550 ...`, Python `ftplib.error_perm: 550 ...`.
    ("failed: ", Marker::Quote),
    ("error_", Marker::PythonError),
    // Lines naming the address of the session, for the NAT diagnosis (vsftpd's CONNECT
    // comes through `: Client "`).
    ("onnect", Marker::Connect),
];

/// One search for every marker (Teddy SIMD for a set this small), built on first use.
static MARKER_SEARCH: LazyLock<AhoCorasick> = LazyLock::new(|| {
    AhoCorasick::builder()
        .match_kind(MatchKind::LeftmostFirst)
        .build(MARKERS.iter().map(|(m, _)| m))
        .expect("the markers are valid patterns")
});

/// The same search as [`MARKER_SEARCH`], by the packed SIMD searcher alone.
static MARKER_PACKED: LazyLock<Option<packed::Searcher>> = LazyLock::new(|| {
    packed::Config::new()
        .match_kind(packed::MatchKind::LeftmostFirst)
        .builder()
        .extend(MARKERS.iter().map(|(m, _)| m))
        .build()
});

/// Formats recognised by a marker inside the line.
fn marked<'a>(line: &'a [u8], markers: Markers) -> Line<'a> {
    match markers {
        Markers::Found(hits, base) => marked_at(
            line,
            hits.iter().map(|h| {
                let (marker, start) = (usize::from(h.marker), h.start as usize - base);
                (start, start + MARKERS[marker].0.len(), marker)
            }),
        ),
        Markers::Search => marked_at(
            line,
            MARKER_SEARCH
                .find_iter(line)
                .map(|m| (m.start(), m.end(), m.pattern().as_usize())),
        ),
    }
}

/// The quoted text of a vsftpd line after `Client "1.2.3.4"`: `, "230 Login successful."`.
fn vsftpd_quoted(rest: &[u8]) -> Option<&[u8]> {
    after(rest, b"\", \"").map(|q| q.strip_suffix(b"\"").unwrap_or(q))
}

/// Reads the line behind each marker (where it starts and ends, and which), first to last.
fn marked_at(line: &[u8], hits: impl Iterator<Item = (usize, usize, usize)>) -> Line<'_> {
    for (start, end, marker) in hits {
        let before = &line[..start];
        let rest = &line[end..];
        let found = match MARKERS[marker].1 {
            Marker::VsftpdClient if before.ends_with(b"FTP command") => {
                vsftpd_quoted(rest).map_or(Line::Other, command_only)
            }
            Marker::VsftpdClient if before.ends_with(b"CONNECT") => Line::Connection(line),
            Marker::VsftpdClient => Line::Other,
            Marker::Response if before.ends_with(b"FTP r") => rest
                .strip_prefix(b" Client \"")
                .and_then(vsftpd_quoted)
                .map_or(Line::Other, plain_or_other),
            Marker::Response if before.ends_with(b"<r") => {
                after(rest, b">: ").map_or(Line::Other, plain_or_other)
            }
            Marker::Response if before.ends_with(b"R") => plain_or_other(trim_start(rest)),
            Marker::Response => Line::Other,
            Marker::ClientCommand => command_only(trim_start(rest)),
            Marker::PureFtpd => match rest.strip_prefix(b"Command [") {
                // Pure-FTPd logs the verb in lower case: "Command [retr] [file]".
                Some(c) => {
                    let verb = &c[..memchr::memchr(b']', c).unwrap_or(c.len())];
                    let word =
                        (1..=8).contains(&verb.len()) && verb.iter().all(u8::is_ascii_alphabetic);
                    if word {
                        Line::Command(verb)
                    } else {
                        Line::Other
                    }
                }
                None => plain_or_other(rest),
            },
            Marker::TraceCommand => {
                command_only(&rest[..memchr::memchr(b'\'', rest).unwrap_or(rest.len())])
            }
            Marker::PyftpdlibReply | Marker::PerlReply => plain_or_other(rest),
            Marker::PyftpdlibCommand | Marker::PerlCommand => command_only(rest),
            Marker::FzServer if before.ends_with(b" << ") => {
                after(rest, b"] ").map_or(Line::Other, plain_or_other)
            }
            Marker::FzServer if before.ends_with(b" >> ") => {
                after(rest, b"] ").map_or(Line::Other, command_only)
            }
            Marker::FzServer => Line::Other,
            Marker::FzServer09 if line.first() == Some(&b'(') => reply_or_command(rest),
            Marker::FzServer09 => Line::Other,
            Marker::ExtendedLog => extended_log(rest),
            Marker::Quote => quote(rest),
            Marker::PythonError => [&b"perm: "[..], b"temp: ", b"reply: ", b"proto: "]
                .iter()
                .find_map(|kind| rest.strip_prefix(*kind))
                .map_or(Line::Other, quote),
            Marker::Connect
                if (before.ends_with(b"C")
                    && (rest.starts_with(b"ed to ") || rest.starts_with(b"ing to ")))
                    || (before.ends_with(b"New c") && rest.starts_with(b"ion from "))
                    || (before.ends_with(b"FTP session opened (c") && rest.starts_with(b")")) =>
            {
                Line::Connection(line)
            }
            Marker::Connect => Line::Other,
        };
        if found != Line::Other {
            return found;
        }
    }
    Line::Other
}

fn trim_start(mut s: &[u8]) -> &[u8] {
    while let [b' ' | b'\t', rest @ ..] = s {
        s = rest;
    }
    s
}

/// `RETR 502.txt" 550` (after `] "`): a quoted FTP command, then a reply code. HTTP access
/// logs look the same (`"GET / HTTP/1.1" 200`), which the protocol version tells apart.
fn extended_log(rest: &[u8]) -> Line<'_> {
    let Some(close) = memchr::memchr(b'"', rest) else {
        return Line::Other;
    };
    let request = &rest[..close];
    if !looks_like_command(request) || after(request, b" HTTP/").is_some() {
        return Line::Other;
    }
    match rest
        .get(close + 1..)
        .and_then(|r| r.strip_prefix(b" "))
        .and_then(reply_at)
    {
        Some((code, Sep::Last, _)) => Line::Reply(ReplyLine {
            code,
            sep: Sep::Last,
            text: b"",
            form: Form::Plain,
            command: Some(request),
            iis: None,
        }),
        _ => Line::Other,
    }
}

/// The commands of RFC 959 §4.1 and the extension RFCs (those with a reply sequence in
/// [`sequences`]), and a few more that clients send, upper or lower case.
fn is_ftp_verb(v: &[u8]) -> bool {
    // MFMT (an Internet-Draft, widely implemented) and RFC 775's X-verbs have no
    // sequence in any RFC here.
    const MORE: &[&[u8]] = &[b"MFMT", b"XCUP", b"XCWD", b"XMKD", b"XPWD", b"XRMD"];
    (3..=4).contains(&v.len())
        && (sequences::lookup_bytes(v).is_some() || MORE.iter().any(|k| k.eq_ignore_ascii_case(v)))
}

/// The reply a client quotes in an error line, after its marker. It needs text after the
/// code, which keeps out `curl: (67) Access denied: 530`.
fn quote(rest: &[u8]) -> Line<'_> {
    match reply_at(rest) {
        Some((code, Sep::Last, text)) if text.iter().any(u8::is_ascii_alphabetic) => {
            Line::Reply(ReplyLine {
                code,
                sep: Sep::Last,
                text,
                form: Form::Quote,
                command: None,
                iis: None,
            })
        }
        _ => Line::Other,
    }
}

fn iis_fields(fields: &[u8]) -> Option<IisFields> {
    let names: Vec<&[u8]> = fields
        .split(|b| *b == b' ')
        .filter(|f| !f.is_empty())
        .collect();
    let pos = |name: &[u8]| names.iter().position(|n| trim_end(n) == name);
    Some(IisFields {
        status: pos(b"sc-status")?,
        method: pos(b"cs-method"),
        win32: pos(b"sc-win32-status"),
        substatus: pos(b"sc-substatus"),
    })
}

fn iis_line(line: &[u8], f: IisFields) -> Line<'_> {
    // W3C lines start with `date time ` (`2025-06-19 10:00:54 `): other timestamped formats
    // in the same input (ProFTPD's `05:53:41,123`, FileZilla's `T`, ncftp's two spaces)
    // are turned away before any field is looked at.
    let w3c =
        line.len() > 21 && starts_with_date_time(line) && line[19] == b' ' && line[20] != b' ';
    if !w3c {
        return Line::Other;
    }
    let Some(status) = field(line, f.status) else {
        return Line::Other;
    };
    match reply_at(trim_end(status)) {
        Some((code, Sep::Last, b"")) => Line::Reply(ReplyLine {
            code,
            sep: Sep::Last,
            text: b"",
            form: Form::Plain,
            command: f
                .method
                .and_then(|m| field(line, m))
                .filter(|m| is_ftp_verb(m)),
            iis: Some(IisStatus {
                win32: number(line, f.win32),
                substatus: number(line, f.substatus),
            }),
        }),
        _ => Line::Other,
    }
}

/// The `i`th space-separated field of a W3C line (fields are never empty there).
fn field(line: &[u8], i: usize) -> Option<&[u8]> {
    let mut start = 0;
    let mut spaces = memchr::memchr_iter(b' ', line);
    for _ in 0..i {
        start = spaces.next()? + 1;
    }
    let end = memchr::memchr(b' ', &line[start..]).map_or(line.len(), |e| start + e);
    Some(&line[start..end])
}

/// The number in field `i` of a W3C line, when the header named that field.
fn number(line: &[u8], i: Option<usize>) -> Option<u32> {
    let v = field(line, i?)?;
    std::str::from_utf8(trim_end(v)).ok()?.parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn one(line: &str) -> Line<'_> {
        classify(line.as_bytes(), &mut State::default())
    }

    fn code(line: &str) -> Option<u16> {
        match one(line) {
            Line::Reply(r) => Some(r.code),
            _ => None,
        }
    }

    #[test]
    fn replies_in_many_formats() {
        for (line, want) in [
            ("220 ready", 220),
            ("211-Features:", 211),
            ("< 331 Password", 331),
            ("<--- 550 No such file", 550),
            ("*get* '230 Login ok\\n'", 230),
            ("Net::FTP=GLOB(0x55)<<< 221 Bye", 221),
            ("15:50:48\tResponse:\t230 OK", 230),
            ("Response: 331 Please, specify the password. [3ms]", 331),
            (
                "Tue Nov 24 05:53:37 2026 [pid 1] FTP response: Client \"::1\", \"530 Login incorrect.\"",
                530,
            ),
            (
                "Nov 24 05:53:57 vm pure-ftpd: (u@127.0.0.1) [DEBUG] 257 \"/\" is your current location",
                257,
            ),
            (
                "2026-11-24 05:53:44,403 [15231] <response:1>: 220-Welcome",
                220,
            ),
            (
                "[D 2026-11-24 05:53:46] 127.0.0.1:60652-[] -> 331 Username ok",
                331,
            ),
            (
                "2024-03-09T16:36:15.643Z << [FTP Session 3 10.0.0.1] 220 Hi",
                220,
            ),
            (
                "(000002)2025/11/6 15:58:48 - (not logged in) (127.0.0.1)> 530 Please log in",
                530,
            ),
            ("< 2015-01-24 23:27:17.486 331 User OK", 331),
            ("2026-11-24 05:54:15  331: User ftpuser OK.", 331),
            (
                "127.0.0.1 UNKNOWN u [24/Nov/2026:05:53:41 +0000] \"RETR 5.txt\" 550 -",
                550,
            ),
            ("get: Access failed: 550 Failed to open file.", 550),
            ("ftplib.error_perm: 550 No such file", 550),
        ] {
            assert_eq!(code(line), Some(want), "{line}");
        }
    }

    #[test]
    fn not_replies() {
        for line in [
            "---> RETR 502.txt",
            "> PASS secret",
            "*cmd* 'RETR 550.txt'",
            "226 bytes received in 0.00 secs (1.2 MB/s)",
            "2048 bytes received in 0.00 secs",
            "curl: (67) Access denied: 530",
            "127.0.0.1 - - [24/Nov/2026:05:53:41 +0000] \"GET /550 HTTP/1.1\" 200 512",
            "Connected to 127.0.0.1.",
            "* Connected to 127.0.0.1 (127.0.0.1) port 2121 (#0)",
            "5502 apples",
            "7xx not a code",
            "0000: 220 ready", // without a preceding "<= Recv header"
            "",
        ] {
            assert_eq!(code(line), None, "{line}");
        }
    }

    #[test]
    fn connections() {
        // Lines that name the session's address, from the captured logs of each program.
        for line in [
            "* Connected to 127.0.0.1 (127.0.0.1) port 2121 (#0)",
            "---- Connecting to 127.0.0.1 (127.0.0.1) port 2122",
            "2026-11-24 07:14:12 22142 1 Status: Connecting to 127.0.0.1:2150...",
            "Connecting to 127.0.0.1:2121... connected.",
            "Connected to 127.0.0.1.",
            "== Info: Connected to 127.0.0.1 (127.0.0.1) port 2124 (#0)",
            "Tue Nov 24 05:53:37 2026 [pid 15078] CONNECT: Client \"127.0.0.1\"",
            "Nov 24 05:53:53 vm pure-ftpd: (?@127.0.0.1) [INFO] New connection from 127.0.0.1",
            "[I 2026-11-24 05:53:46] 127.0.0.1:60652-[] FTP session opened (connect)",
        ] {
            assert_eq!(one(line), Line::Connection(line.as_bytes()), "{line}");
        }
        for line in [
            "# Connect(False)",
            "226 Connection closed",
            "Disconnected from server",
        ] {
            assert!(!matches!(one(line), Line::Connection(_)), "{line}");
        }
    }

    #[test]
    fn commands() {
        for (line, want) in [
            ("---> RETR 502.txt", "RETR 502.txt"),
            ("> USER ftpuser\r", "USER ftpuser"),
            ("*cmd* 'CWD pub'", "CWD pub"),
            ("15:50:48\tCommand:\tPASS ****", "PASS ****"),
            (
                "x [pid 1] FTP command: Client \"1.2.3.4\", \"STOR a\"",
                "STOR a",
            ),
            ("2026-11-24 05:54:15  Cmd: QUIT", "QUIT"),
            (
                "Nov 24 05:53:57 vm pure-ftpd: (u@h) [DEBUG] Command [retr] [x]",
                "retr",
            ),
        ] {
            assert_eq!(one(line), Line::Command(want.as_bytes()), "{line}");
        }
        assert_eq!(one("USER ftpuser"), Line::BareCommand(b"USER ftpuser"));
        assert_eq!(one("User manual follows"), Line::Other);
        assert_eq!(after(b"a\", b\", \"c", b"\", \""), Some(&b"c"[..]));
        assert_eq!(after(b"abc", b"bd"), None);
        assert_eq!(
            one("(000002)2025/11/6 15:58:48 - (not logged in) (127.0.0.1)> Connected on port 21"),
            Line::Other
        );
        assert_eq!(one("Using binary mode"), Line::Other);
    }

    #[test]
    fn curl_trace_needs_the_header_line() {
        let mut s = State::default();
        assert_eq!(classify(b"<= Recv header, 12 bytes", &mut s), Line::Other);
        assert!(matches!(
            classify(b"0000: 220 ready", &mut s),
            Line::Reply(_)
        ));
        classify(b"<= Recv data, 12 bytes", &mut s);
        assert_eq!(classify(b"0000: 220 data", &mut s), Line::Other);
    }

    #[test]
    fn iis_uses_the_fields_header() {
        let mut s = State::default();
        classify(
            b"#Fields: date time cs-method cs-uri-stem sc-status sc-win32-status sc-substatus",
            &mut s,
        );
        let line = b"2025-06-19 10:00:54 PASS *** 530 1326 41";
        match classify(line, &mut s) {
            Line::Reply(r) => {
                assert_eq!(r.code, 530);
                assert_eq!(r.command, Some(&b"PASS"[..]));
                assert_eq!(
                    r.iis,
                    Some(IisStatus {
                        win32: Some(1326),
                        substatus: Some(41)
                    })
                );
            }
            other => panic!("{other:?}"),
        }
        // A ProFTPD ExtendedLog line after the header is a reply with its command, but the
        // IIS fields are not its own.
        match classify(
            b"127.0.0.1 UNKNOWN - [24/Nov/2026:05:53:41 +0000] \"PASS (hidden)\" 530 -",
            &mut s,
        ) {
            Line::Reply(r) => assert_eq!((r.code, r.iis), (530, None)),
            other => panic!("{other:?}"),
        }
        // Other timestamped lines after the header are not W3C lines, even where their
        // fifth word reads like a status.
        for other in [
            &b"2026-11-24 05:53:41,123 [1] x 550 y"[..],
            b"2026-11-24T05:53:41.123Z x y 550 z",
            b"2026-11-24 05:54:15  x y 550 z",
        ] {
            assert_eq!(classify(other, &mut s), Line::Other);
        }
        assert_eq!(field(b"a b  c", 3), Some(&b"c"[..]));
        assert_eq!(field(b"a b", 2), None);
    }
}
