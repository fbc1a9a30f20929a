//! What a few programs' formats tell beyond what the generic detection finds: the field
//! positions of IIS W3C logs (for `sc-win32-status` and `sc-substatus`), ncftp's replies
//! that go on over indented lines with no closing line, Pure-FTPd's lower-case commands.
//! None of this is needed to find replies; all of it is switched off for `--generic`.
//!
//! To teach scan a format: first see what the generic detection makes of a captured
//! sample (`benches/recall.py`); add a hint only for what it cannot know.

use crate::code::{ReplyCode, Sep};

use super::detect::{Form, Found, Kind};
use super::event::IisFields;
use super::lex::{self, Token};
use super::needle;

/// Field positions from an IIS W3C `#Fields:` line.
#[derive(Debug, Clone, Copy)]
struct W3c {
    /// How many fields the header names: each line of the log has as many.
    count: usize,
    /// The header's first field is `time` (IIS 4.0), not `date`.
    time_first: bool,
    status: usize,
    method: Option<usize>,
    uri: Option<usize>,
    win32: Option<usize>,
    substatus: Option<usize>,
}

/// A client's own line that tells something the rules need.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ClientSays {
    /// The client required TLS and the server did not give it (`curl: (64)`).
    TlsDemanded,
}

/// What the hints know of the input so far.
#[derive(Debug, Default)]
pub struct Hints {
    enabled: bool,
    w3c: Option<W3c>,
    /// The IIS fields of the last line the hints read as a reply.
    iis: Option<IisFields>,
    /// The last reply the hints found goes on over indented lines (ncftp).
    indented: bool,
    /// tcpdump -A: the bytes of a packet's headers still to come before its payload.
    headers_left: Option<usize>,
    /// What stands before tcpdump's own clock on its summary line (`ts -s`'s time), and so
    /// before each line of the packet.
    packet_prefix: usize,
    /// A W3C log's `#Software:` header names IIS.
    iis_software: bool,
    /// tcpdump -v: the IP header's length its first line gave, for the TCP part of the
    /// summary on the indented line after it.
    verbose_ip: Option<usize>,
}

/// What a line is in a packet capture printed as text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Packet {
    /// Not part of one (or no hint knows).
    No,
    /// A packet's summary line, or its header bytes: nothing said in the dialogue.
    Header,
    /// The payload starts this many bytes into the line.
    Payload(usize),
}

impl Hints {
    pub fn new(enabled: bool) -> Self {
        Hints {
            enabled,
            ..Hints::default()
        }
    }

    pub fn reset(&mut self) {
        *self = Hints::new(self.enabled);
    }

    /// A reply logged by the name of its code (libunftp), decoded into `out` as
    /// `NNN text`; where it starts in the line ([`super::named`]).
    pub fn named_reply(&self, line: &[u8], out: &mut Vec<u8>) -> Option<usize> {
        if !self.enabled {
            return None;
        }
        super::named::decode(line, out)
    }

    /// The line as a format with a hint reads it, or None to leave it to detection.
    pub fn line<'a>(&mut self, line: &'a [u8], tokens: &[Token]) -> Option<Kind<'a>> {
        self.iis = None;
        self.indented = false;
        if !self.enabled {
            return None;
        }
        let _ = tokens;
        // (A W3C log pasted into a page's code block is indented as a whole: its header
        // and its lines alike.)
        let body = lex::trim_start(line);
        if let Some(software) = body.strip_prefix(b"#Software:") {
            self.iis_software = needle::find!(software, b"Internet Information Services").is_some();
            return Some(Kind::Other);
        }
        if let Some(fields) = body.strip_prefix(b"#Fields:") {
            self.w3c = w3c_fields(fields);
            return Some(Kind::Other);
        }
        if let Some(f) = self.w3c
            && let Some(kind) = self.w3c_line(body, f)
        {
            return Some(match kind {
                Kind::Reply(found) => Kind::Reply(Found {
                    at: found.at + (line.len() - body.len()),
                    ..found
                }),
                k => k,
            });
        }
        if let Some(kind) = self.ncftp(line) {
            return Some(kind);
        }
        pure_ftpd_command(line)
            .or_else(|| typed_command(line))
            .or_else(|| debug_command(line))
            .or_else(|| kio_password(line))
    }

    /// tcpdump -A prints each packet whole, its IP and TCP headers as dots and letters
    /// glued to the payload (`N.Y.G...331 Please specify`); the summary line before says
    /// how long the headers are.
    pub fn packet(&mut self, line: &[u8]) -> Packet {
        if !self.enabled {
            return Packet::No;
        }
        if let Some(left) = self.headers_left {
            // (Each line of the packet comes after the prefix its summary line had.)
            let prefix = self.packet_prefix.min(line.len());
            let line = &line[prefix..];
            // The line and its newline: a header byte 0x0a breaks the line.
            return if left > line.len() {
                self.headers_left = Some(left - line.len() - 1);
                Packet::Header
            } else {
                self.headers_left = None;
                Packet::Payload(prefix + left)
            };
        }
        // tcpdump -v: the summary's TCP part on an indented line under the IP part.
        if let Some(ip) = self.verbose_ip.take()
            && let Some(tcp) = line.strip_prefix(b"    ")
        {
            return match tcp_headers(tcp, ip) {
                Some(Some(n)) => {
                    self.packet_prefix = 0;
                    self.headers_left = Some(n);
                    Packet::Header
                }
                Some(None) => Packet::Header,
                None => Packet::No,
            };
        }
        // The summary line's clock at its start, or after a prefix that a pipe put before
        // every line (`ts -s`: `00:00:02.031929 19:27:34.880483 IP ...`).
        if let Some(ip) = verbose_ip_line(line) {
            self.verbose_ip = Some(ip);
            return Packet::Header;
        }
        let prefix = match tcpdump_headers(line) {
            Some(_) => 0,
            None => match line.get(..24).and_then(|head| memchr::memchr(b' ', head)) {
                Some(space) if tcpdump_headers(&line[space + 1..]).is_some() => space + 1,
                _ => return Packet::No,
            },
        };
        self.packet_prefix = prefix;
        match tcpdump_headers(&line[prefix..]) {
            Some(Some(n)) => {
                self.headers_left = Some(n);
                Packet::Header
            }
            Some(None) => Packet::Header,
            None => Packet::No,
        }
    }

    /// The IIS fields of the line just read, if it was an IIS reply.
    pub fn iis(&self) -> Option<IisFields> {
        self.iis
    }

    /// Whether the reply just read goes on over indented lines (ncftp).
    pub fn indented_reply(&self) -> bool {
        self.indented
    }

    /// Whether a line continues an ncftp reply: its timestamp, then more indentation.
    pub fn indented_line(&self, line: &[u8]) -> bool {
        starts_with_date_time(line) && line.get(19..25) == Some(&b"      "[..])
    }

    /// The address a line says a connection was made to or from (`Connected to
    /// 203.0.113.5`, vsftpd's `CONNECT: Client "..."`): the session runs over it.
    pub fn connection(&self, line: &[u8]) -> Option<[u8; 4]> {
        needle::find!(line, b"onnect")?;
        super::diagnose::first_ipv4(line)
    }

    /// The server a line's format names: vsftpd's own log (`FTP response: Client`).
    pub fn server(&self, line: &[u8]) -> Option<crate::knowledge::servers::ServerId> {
        if !self.enabled {
            return None;
        }
        let name = if needle::find!(line, b"] FTP response: Client \"").is_some() {
            "vsftpd"
        } else if needle::find!(line, b"] <response:").is_some() {
            "ProFTPD"
        } else if needle::find!(line, b"[FTP Session ").is_some() {
            "FileZilla Server"
        } else if self.iis_software && self.w3c.is_some() {
            "IIS"
        } else {
            return None;
        };
        crate::knowledge::servers::server_named(name)
    }

    /// What a client's own line says, for the rules.
    pub fn client_says(&self) -> Option<ClientSays> {
        None
    }

    fn w3c_line<'a>(&mut self, line: &'a [u8], f: W3c) -> Option<Kind<'a>> {
        // A W3C line has the fields its header names, one blank apart (a blank within a
        // field is written `+`), and starts as the header does: `date time ...` as IIS 5
        // and later write them, or `time ...` alone as IIS 4 did.
        let fields = lex::trim_end(line);
        let starts = if f.time_first {
            fields.len() > 8 && fields[2] == b':' && fields[5] == b':' && fields[8] == b' '
        } else {
            starts_with_date_time(fields)
        };
        if !starts
            || memchr::memchr_iter(b' ', fields).count() + 1 != f.count
            || needle::find!(fields, b"  ").is_some()
        {
            return None;
        }
        let status = field(line, f.status)?;
        let at = status.as_ptr() as usize - line.as_ptr() as usize;
        let code = match crate::code::parse_head(lex::trim_end(status)) {
            Some((code, Sep::Last, b"")) => code,
            _ => return Some(Kind::Other),
        };
        let command = f.method.and_then(|m| {
            let verb = field(line, m)?;
            // IIS 4 glues its connection's number before the verb: `[58]USER`.
            let verb = match verb.strip_prefix(b"[") {
                Some(rest) => {
                    let digits = rest.iter().take_while(|b| b.is_ascii_digit()).count();
                    rest[digits..].strip_prefix(b"]").filter(|_| digits > 0)?
                }
                None => verb,
            };
            super::detect::is_verb(verb).then(|| {
                // The verb and the path (cs-uri-stem) as one command.
                let start = verb.as_ptr() as usize - line.as_ptr() as usize;
                let end = f
                    .uri
                    .and_then(|u| field(line, u))
                    .filter(|u| u.as_ptr() > verb.as_ptr())
                    .map_or(start + verb.len(), |u| {
                        u.as_ptr() as usize - line.as_ptr() as usize + u.len()
                    });
                &line[start..end]
            })
        });
        // (IIS's own fields: a W3C log of another server, Pure-FTPd's `-O w3c:`, has none.)
        self.iis = (f.win32.is_some() || f.substatus.is_some()).then(|| IisFields {
            win32_status: number(line, f.win32),
            substatus: number(line, f.substatus),
        });
        Some(Kind::Reply(Found {
            code,
            sep: Sep::Last,
            at,
            text: b"",
            form: Form::Plain,
            command,
            closed_inline: None,
            shape: 0x1150,
            hangs: false,
        }))
    }

    /// ncftp's debug log: `2026-11-24 05:54:15  331: User ftpuser OK.`, its further lines
    /// indented under the timestamp.
    fn ncftp<'a>(&mut self, line: &'a [u8]) -> Option<Kind<'a>> {
        if !(line.len() > 25 && starts_with_date_time(line) && &line[19..21] == b"  ") {
            return None;
        }
        let p = &line[21..];
        if p.get(3) != Some(&b':') {
            return None;
        }
        let code = ReplyCode::from_digits(*p.first_chunk::<3>()?)?;
        self.indented = true;
        Some(Kind::Reply(Found {
            code,
            sep: Sep::Last,
            at: 21,
            text: p.get(5..).unwrap_or_default(),
            form: Form::Plain,
            command: None,
            closed_inline: None,
            shape: 0x0c7f,
            hangs: true,
        }))
    }
}

/// The command an interactive client sends for what its user typed, in a transcript of
/// the session (`ftp> cd pub` sends `CWD pub`; `Name (host:user): alice` sends `USER`,
/// `Password:` sends `PASS`): only the commands of the client that send one protocol
/// command, whose reply follows. (A transfer, `dir`, `get`, `put`, sends PORT or PASV
/// first, which the transcript does not say: its replies stay unpaired.) Sources: the
/// ftp(1) manual of GNU inetutils 2.4 and of NetBSD's tnftp (`cd`, `cdup`, `pwd`,
/// `mkdir`, `rmdir`, `delete`, `size`, `modtime`, `system`, `rhelp`, `rstatus`, `binary`,
/// `image`, `ascii`, `quit`, `bye`, `user`, `site`, `quote`), and Microsoft's reference
/// of Windows' ftp.exe (`remotehelp`, `literal`, and the prompt `User (host:(none)):`).
fn typed_command(line: &[u8]) -> Option<Kind<'_>> {
    let start = line.len() - lex::trim_start(line).len();
    // `$ ftp 192.168.1.1`: a shell starting an FTP client with a host; the session's
    // transcript follows, its greeting first (a command nothing is paired with).
    if let Some(rest) = [&b"$ "[..], b"# ", b"% "]
        .iter()
        .find_map(|p| line[start..].strip_prefix(*p))
    {
        let client = lex::first_token(rest);
        let host = lex::trim_start(lex::trim_end(&rest[client.len()..]));
        // (A host alone: options make the run a script's, whose log says more.)
        if matches!(client, b"ftp" | b"lftp" | b"ncftp" | b"tnftp" | b"pftp")
            && !host.is_empty()
            && !host.starts_with(b"-")
            && !host
                .iter()
                .any(|b| matches!(b, b' ' | b'|' | b'<' | b'>' | b';'))
        {
            return Some(Kind::Typed(b"", start));
        }
    }
    // (Huawei VRP's own client prompts `[ftp] `, its documentation's sessions show; the
    // OpenVMS clients', TCP/IP Services' and TCPware's, `FTP> `, which take the Unix
    // client's words as well as their own: TCPware 6.1 User's Guide, chapter 3.)
    if let Some(rest) = line[start..]
        .strip_prefix(b"ftp> ")
        .or_else(|| line[start..].strip_prefix(b"[ftp] "))
        .or_else(|| line[start..].strip_prefix(b"FTP> "))
    {
        let at = start + 5 + usize::from(line[start] == b'[');
        let word_len = rest.iter().take_while(|b| b.is_ascii_alphabetic()).count();
        let word = &rest[..word_len];
        if !matches!(rest.get(word_len), None | Some(b' ' | b'\r')) {
            return None;
        }
        // `ftp> cd /BUSER 550-Could not set working directory. 550 No such file`: a paste
        // that joined the reply to the typed line: the line is the reply's.
        if rest.windows(5).any(|w| {
            w[0] == b' '
                && matches!(w[1], b'1'..=b'5')
                && w[2..4].iter().all(u8::is_ascii_digit)
                && matches!(w[4], b' ' | b'-')
        }) {
            return None;
        }
        // `quote PWD`, `literal SYST`: the words are sent as they are.
        if word.eq_ignore_ascii_case(b"quote") || word.eq_ignore_ascii_case(b"literal") {
            let sent = lex::trim_start(&rest[word_len..]);
            let verb = sent.iter().take_while(|b| b.is_ascii_alphabetic()).count();
            return (verb >= 3).then(|| Kind::Command(&sent[..verb], line.len() - sent.len()));
        }
        let verb: &'static [u8] = match full_command(&word.to_ascii_lowercase()) {
            b"cd" => b"CWD",
            b"cdup" => b"CDUP",
            b"pwd" => b"PWD",
            b"mkdir" => b"MKD",
            b"rmdir" => b"RMD",
            b"delete" => b"DELE",
            b"size" => b"SIZE",
            b"modtime" => b"MDTM",
            b"system" => b"SYST",
            b"rhelp" | b"remotehelp" => b"HELP",
            b"rstatus" => b"STAT",
            b"binary" | b"image" | b"ascii" => b"TYPE",
            // `type binary` sends TYPE I; `type` alone only prints the current type
            // (tnftp(1), `type [type-name]`; Emacs' ange-ftp types it).
            b"type" if !lex::trim_end(&rest[word_len..]).is_empty() => b"TYPE",
            // (`exit`: the OpenVMS clients' own word, "Closes the connection with the
            // remote host and exits FTP", TCP/IP Services' HELP FTP.)
            b"quit" | b"bye" | b"exit" => b"QUIT",
            b"user" => b"USER",
            b"site" => b"SITE",
            // `open` (`o`, its unique beginning) connects: no command, and the greeting comes next.
            b"open" => return None,
            // Anything else sends commands the transcript does not show (`get` sends
            // PASV, TYPE and RETR): an empty command, after which no reply is paired with
            // a command sent before it.
            _ if word_len > 0 => b"",
            _ => return None,
        };
        return Some(Kind::Typed(verb, at));
    }
    // The login's prompts: BSD's and inetutils' `Name (host:user): alice`, Windows'
    // `User (host:(none)): alice` (the name typed may be left out of a copy: a book's
    // `User (ftp.lowewriter.com:(none)):`), Huawei VRP's `User(host:(none)):admin`; then
    // `Password:`, VRP's `Enter password:`.
    let t = &line[start..];
    // (The host in the parentheses, and a colon after it: not `User(s): alice, bob`.)
    let prompt = [&b"Name ("[..], b"User (", b"User("]
        .iter()
        .find_map(|p| t.strip_prefix(*p))
        .and_then(|rest| Some(&rest[..needle::find!(rest, b"):")?]))
        .is_some_and(|host| memchr::memchr(b':', host).is_some());
    if prompt {
        return Some(Kind::Typed(b"USER", start));
    }
    matches!(lex::trim_end(t), b"Password:" | b"Enter password:")
        .then_some(Kind::Typed(b"PASS", start))
}

/// The command a word typed at the prompt stands for: the command itself, or a unique
/// abbreviation of one (`bin` for `binary`), as ftp(1)'s `getcmd` takes them ("Commands
/// may be abbreviated"; GNU inetutils `ftp/cmdtab.c`, whose table this is). Other words
/// are kept as typed.
fn full_command(word: &[u8]) -> &[u8] {
    // (The table's order, `cmdtab.c`'s, a few names a line.)
    #[rustfmt::skip]
    const COMMANDS: &[&str] = &[
        "account", "append", "ascii", "bell", "binary", "bye", "case", "cd", "cdup", "chmod",
        "close", "cr", "delete", "debug", "dir", "disconnect", "epsv4", "form", "get", "glob",
        "hash", "help", "idle", "image", "ipany", "ipv4", "ipv6", "lcd", "lpwd", "ls", "macdef",
        "mdelete", "mdir", "mget", "mkdir", "mls", "mode", "modtime", "mput", "newer", "nmap",
        "nlist", "ntrans", "open", "passive", "prompt", "proxy", "sendport", "put", "pwd",
        "quit", "quote", "recv", "reget", "rstatus", "rhelp", "rename", "reset", "restart",
        "rmdir", "runique", "send", "site", "size", "status", "struct", "system", "sunique",
        "tenex", "trace", "type", "user", "umask", "verbose",
    ];
    if word.is_empty() || COMMANDS.iter().any(|c| c.as_bytes() == word) {
        return word;
    }
    let mut found = COMMANDS.iter().filter(|c| c.as_bytes().starts_with(word));
    match (found.next(), found.next()) {
        (Some(one), None) => one.as_bytes(),
        _ => word,
    }
}

/// KDE's FTP worker (KIO 5.103, `kf.kio.workers.ftp` at debug level) logs the login's
/// commands as `Sending Login name:  "USER ftpuser"` and, its argument hidden, `Sending
/// Login password:  [protected]`: the second sends PASS (a capture of `kioclient5` on
/// loopback; kio `src/kioworkers/ftp/ftp.cpp`, `ftpLogin`).
fn kio_password(line: &[u8]) -> Option<Kind<'_>> {
    needle::find!(line, b"Sending Login password:").map(|at| Kind::Typed(b"PASS", at))
}

/// A command a Rust server logs as the `Debug` form of its parsed command, the verb a
/// variant of its enum (libunftp: `Control channel event Command(User { username:
/// b"alice" })`, `Command(Pasv)`; bolcom/libunftp `src/server/controlchan/command.rs`,
/// `enum Command`): the verb it was sent as, which the line does not spell. An `Other`
/// variant, a verb the server does not know, is a command nothing can be paired with.
fn debug_command(line: &[u8]) -> Option<Kind<'_>> {
    let at = needle::find!(line, b"Command(")? + 8;
    let rest = &line[at..];
    let n = rest.iter().take_while(|b| b.is_ascii_alphabetic()).count();
    let word = &rest[..n];
    if !matches!(rest.get(n), Some(b')' | b' ' | b'(')) || !word.first()?.is_ascii_uppercase() {
        return None;
    }
    if word == b"Other" {
        return Some(Kind::Typed(b"", at));
    }
    // (`Pasv`, not `PASV`: a variant's name, not a verb a log quotes.)
    if word[1..].iter().any(u8::is_ascii_uppercase) {
        return None;
    }
    let verb = crate::knowledge::sequences::lookup_bytes(word)?;
    Some(Kind::Typed(verb.command.as_bytes(), at))
}

/// Pure-FTPd's debug log writes the verb in lower case: `Command [retr] [502.txt]`.
fn pure_ftpd_command(line: &[u8]) -> Option<Kind<'_>> {
    let at = needle::find!(line, b"] Command [")? + 11;
    let rest = &line[at..];
    let verb = &rest[..memchr::memchr(b']', rest)?];
    let word = (1..=8).contains(&verb.len()) && verb.iter().all(u8::is_ascii_alphabetic);
    word.then_some(Kind::Command(verb, at))
}

/// Whether `p` starts with a date and time written `2024-03-01 10:15:32`.
fn starts_with_date_time(p: &[u8]) -> bool {
    p.len() >= 19
        && p[4] == b'-'
        && p[7] == b'-'
        && p[10] == b' '
        && p[13] == b':'
        && p[16] == b':'
        && p[..4].iter().all(u8::is_ascii_digit)
}

fn w3c_fields(fields: &[u8]) -> Option<W3c> {
    let names: Vec<&[u8]> = fields
        .split(|b| *b == b' ')
        .filter(|f| !f.is_empty())
        .collect();
    let pos = |name: &[u8]| names.iter().position(|n| lex::trim_end(n) == name);
    Some(W3c {
        count: names.len(),
        time_first: names.first().is_some_and(|n| lex::trim_end(n) == b"time"),
        status: pos(b"sc-status")?,
        method: pos(b"cs-method"),
        uri: pos(b"cs-uri-stem"),
        win32: pos(b"sc-win32-status"),
        substatus: pos(b"sc-substatus"),
    })
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
    std::str::from_utf8(lex::trim_end(v)).ok()?.parse().ok()
}

/// What follows tcpdump's clock at the start of a summary line (`21:52:56.187724 IP ...`):
/// from the blank after the clock's fraction on.
fn after_clock(line: &[u8]) -> Option<&[u8]> {
    let clock = line.get(..9)?;
    if clock[2] != b':' || clock[5] != b':' || clock[8] != b'.' {
        return None;
    }
    let rest = &line[9..];
    Some(&rest[memchr::memchr(b' ', rest)?..])
}

/// A tcpdump summary line of a TCP packet (`21:52:56.187724 IP a.1 > b.2: Flags [P.], seq
/// 1:15, ack 104, win 64, options [nop,nop,TS val 1 ecr 2], length 14`): Some(the length of
/// its IP and TCP headers) if it carries a payload, Some(None) if it carries none, None if
/// the line is no such summary or its options are unknown.
fn tcpdump_headers(line: &[u8]) -> Option<Option<usize>> {
    let rest = after_clock(line)?;
    let ip = if rest.starts_with(b" IP ") {
        20
    } else if rest.starts_with(b" IP6 ") {
        40
    } else {
        return None;
    };
    tcp_headers(rest, ip)
}

/// The first line of tcpdump -v's summary, the IP part (`22:22:18.292998 IP (tos 0x0, ttl
/// 64, id 1348, ..., proto TCP (6), length 104)`): the IP header's length.
fn verbose_ip_line(line: &[u8]) -> Option<usize> {
    let rest = after_clock(line)?;
    let ip = if rest.starts_with(b" IP (") {
        20
    } else if rest.starts_with(b" IP6 (") {
        40
    } else {
        return None;
    };
    (needle::find!(rest, b"proto TCP").is_some() || ip == 40)
        .then_some(ip)
        .filter(|_| needle::find!(rest, b": Flags [").is_none())
}

/// The length of a packet's IP (`ip` bytes) and TCP headers, from the TCP part of tcpdump's
/// summary (`a.1 > b.2: Flags [P.], seq 1:15, ..., options [...], length 14`); None for a
/// packet with no payload.
fn tcp_headers(rest: &[u8], ip: usize) -> Option<Option<usize>> {
    needle::find!(rest, b": Flags [")?;
    let at = needle::rfind!(rest, b", length ")? + 9;
    let digits = rest[at..].iter().take_while(|b| b.is_ascii_digit()).count();
    let length: usize = std::str::from_utf8(&rest[at..at + digits])
        .ok()?
        .parse()
        .ok()?;
    if length == 0 {
        return Some(None);
    }
    // `length 43: FTP: 220 -= welcome =-`: without -A, tcpdump's dissector prints the
    // payload on the summary line itself; nothing of the packet follows.
    if rest[at + digits..].starts_with(b": ") {
        return None;
    }
    let mut options: usize = 0;
    if let Some(from) = needle::find!(rest, b"options [") {
        let list = &rest[from + 9..];
        let list = &list[..memchr::memchr(b']', list)?];
        for option in list.split(|b| *b == b',') {
            let name = option.split(|b| *b == b' ').next().unwrap_or_default();
            options += match name {
                b"nop" | b"eol" => 1,
                b"TS" => 10,
                b"mss" => 4,
                b"sackOK" => 2,
                b"wscale" => 3,
                _ => return None,
            };
        }
    }
    Some(Some(ip + 20 + options.div_ceil(4) * 4))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tcpdump_header_lengths() {
        let line =
            b"21:52:56.187724 IP localhost.57956 > localhost.cvspserver: Flags [P.], seq 1:15, \
                     ack 104, win 64, options [nop,nop,TS val 1318476 ecr 1318475], length 14";
        assert_eq!(tcpdump_headers(line), Some(Some(52)));
        let empty = b"21:52:56.187730 IP a.1 > b.2: Flags [.], ack 15, win 64, length 0";
        assert_eq!(tcpdump_headers(empty), Some(None));
        // tcpdump -v: the IP part on the summary's first line, the TCP part indented
        // under it.
        let mut h = Hints::new(true);
        let ip = b"22:22:18.292998 IP (tos 0x0, ttl 64, id 1348, offset 0, flags [DF], \
                   proto TCP (6), length 104)";
        assert!(matches!(h.packet(ip), Packet::Header));
        let tcp = b"    localhost.5121 > localhost.48348: Flags [P.], cksum 0xfe5c (incorrect \
                    -> 0xab9f), seq 1:53, ack 1, win 64, options [nop,nop,TS val 3380063071 \
                    ecr 1175343314], length 52";
        assert!(matches!(h.packet(tcp), Packet::Header));
        // IP 20, TCP 20 and 12 of options (nop, nop, TS) before the payload.
        assert_eq!(h.headers_left, Some(52));
        let v6 = b"21:52:56.187730 IP6 a.1 > b.2: Flags [P.], seq 1:5, length 4";
        assert_eq!(tcpdump_headers(v6), Some(Some(60)));
        assert_eq!(tcpdump_headers(b"21:52:56 not a packet"), None);
        // Without -A: the payload, as tcpdump's FTP dissector prints it, on the line.
        let inline = b"16:12:30.573893 IP a.ftp > b.41002: Flags [P.], seq 1:44, ack 1, \
                       win 8196, length 43: FTP: 220 -= welcome on RT-Thread FTP server =-";
        assert_eq!(tcpdump_headers(inline), None);
        let odd = b"21:52:56.1 IP a.1 > b.2: Flags [P.], options [md5 x], length 4";
        assert_eq!(tcpdump_headers(odd), None);
    }

    #[test]
    fn iis_uses_the_fields_header() {
        let mut h = Hints::new(true);
        assert_eq!(
            h.line(
                b"#Fields: date time cs-method cs-uri-stem sc-status sc-win32-status sc-substatus",
                &[]
            ),
            Some(Kind::Other)
        );
        let line = b"2025-06-19 10:00:54 PASS *** 530 1326 41";
        match h.line(line, &[]) {
            Some(Kind::Reply(f)) => {
                assert_eq!(f.code.get(), 530);
                assert_eq!(f.command, Some(&b"PASS ***"[..]));
            }
            other => panic!("{other:?}"),
        }
        assert_eq!(
            h.iis(),
            Some(IisFields {
                win32_status: Some(1326),
                substatus: Some(41)
            })
        );
        assert!(Hints::new(false).line(line, &[]).is_none());
    }

    #[test]
    fn an_indented_w3c_log_is_read_as_its_header_says() {
        // A W3C log pasted into a page's code block: header and lines indented alike.
        let mut h = Hints::new(true);
        h.line(b"  #Fields: time c-ip cs-method cs-uri-stem sc-status", &[]);
        let line = b"  09:10:11 10.0.0.9 [3]sent /pub/a.zip 226";
        match h.line(line, &[]) {
            Some(Kind::Reply(f)) => {
                assert_eq!(f.code.get(), 226);
                assert_eq!(f.at, line.len() - 3);
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn a_w3c_line_is_one_with_the_fields_its_header_names() {
        // IIS 4.0's FTP log (Lire's documentation): no date field, and the connection's
        // number glued before the verb.
        let mut h = Hints::new(true);
        h.line(b"#Fields: time c-ip cs-method cs-uri-stem sc-status", &[]);
        match h.line(b"00:03:32 10.0.0.1 [58]USER badm 331", &[]) {
            Some(Kind::Reply(f)) => {
                assert_eq!(f.code.get(), 331);
                assert_eq!(f.command, Some(&b"USER badm"[..]));
            }
            other => panic!("{other:?}"),
        }
        match h.line(b"00:01:32 10.0.0.1 [56]created spacedat/a.gif 226", &[]) {
            Some(Kind::Reply(f)) => assert_eq!((f.code.get(), f.command), (226, None)),
            other => panic!("{other:?}"),
        }
        // A line with other fields than the header's is no line of the log.
        assert!(!matches!(
            h.line(b"Transfer of a.gif done 226", &[]),
            Some(Kind::Reply(_))
        ));
        assert!(!matches!(
            h.line(b"00:03:32 10.0.0.1  USER badm 331", &[]),
            Some(Kind::Reply(_))
        ));
    }

    #[test]
    fn ncftp_replies_go_on_indented() {
        let mut h = Hints::new(true);
        match h.line(b"2026-11-24 05:54:15  331: User ftpuser OK.", &[]) {
            Some(Kind::Reply(f)) => assert_eq!(f.code.get(), 331),
            other => panic!("{other:?}"),
        }
        assert!(h.indented_reply());
        assert!(h.indented_line(b"2026-11-24 05:54:15        Welcome"));
        assert!(!h.indented_line(b"2026-11-24 05:54:15  Cmd: PASS"));
    }

    #[test]
    fn what_a_user_types_at_an_ftp_prompt_names_the_command_sent() {
        let verb = |line: &str| match typed_command(line.as_bytes()) {
            Some(Kind::Command(v, _) | Kind::Typed(v, _)) => {
                Some(String::from_utf8_lossy(v).into_owned())
            }
            _ => None,
        };
        assert_eq!(verb("ftp> cd pub").as_deref(), Some("CWD"));
        assert_eq!(verb("ftp> binary").as_deref(), Some("TYPE"));
        assert_eq!(verb("ftp> type binary").as_deref(), Some("TYPE"));
        // (`type` alone prints the type in use and sends nothing.)
        assert_eq!(verb("ftp> type").as_deref(), Some(""));
        assert_eq!(verb("ftp> quote PWD").as_deref(), Some("PWD"));
        assert_eq!(
            verb("User (127.0.0.1:(none)): anonymous").as_deref(),
            Some("USER")
        );
        assert_eq!(
            verb("Name (ftp.example.com:bob): bob").as_deref(),
            Some("USER")
        );
        assert_eq!(verb("Password:").as_deref(), Some("PASS"));
        // A transfer sends PORT or PASV first: no one command, but no earlier one either.
        assert_eq!(verb("ftp> get notes.txt").as_deref(), Some(""));
        assert_eq!(verb("ftp> dir").as_deref(), Some(""));
        assert_eq!(verb("ftp> "), None);
        assert_eq!(verb("    FTP> binary").as_deref(), Some("TYPE"));
        assert_eq!(verb("FTP> exit").as_deref(), Some("QUIT"));
        assert_eq!(verb("ftp> open 192.168.1.42"), None);
        assert_eq!(verb("ftp> o"), None);
        // A reply joined to the typed line leaves the line to the detector.
        assert_eq!(
            verb("ftp> cd /BUSER 550-Could not set working directory. 550 No such file"),
            None
        );
        // A unique beginning of a command is that command; an ambiguous one is none.
        assert_eq!(verb("ftp> bin").as_deref(), Some("TYPE"));
        assert_eq!(verb("ftp> syst").as_deref(), Some("SYST"));
        assert_eq!(verb("ftp> mkd dir").as_deref(), Some("MKD"));
        assert_eq!(verb("ftp> qu").as_deref(), Some(""));
        // Huawei VRP's client: its prompt and its login's (round 668).
        assert_eq!(verb("[ftp] binary").as_deref(), Some("TYPE"));
        assert_eq!(verb("   [ftp] get a.cc").as_deref(), Some(""));
        assert_eq!(
            verb("User(10.10.1.2:(none)):admin").as_deref(),
            Some("USER")
        );
        assert_eq!(verb("Enter password:").as_deref(), Some("PASS"));
        // A copy that left out the name typed at Windows' prompt.
        assert_eq!(
            verb("User (ftp.lowewriter.com:(none)):").as_deref(),
            Some("USER")
        );
        assert_eq!(verb("User accounts are kept in the database"), None);
        assert_eq!(verb("User(s): alice, bob"), None);
    }

    #[test]
    fn kdes_worker_sending_the_password_sends_pass() {
        let kind = kio_password(b"kf.kio.workers.ftp: Sending Login password:  [protected]");
        assert!(matches!(kind, Some(Kind::Typed(b"PASS", 20))), "{kind:?}");
        assert!(kio_password(b"kf.kio.workers.ftp: Sending Login name:  \"USER a\"").is_none());
    }

    #[test]
    fn a_rust_servers_parsed_command_names_its_verb() {
        let verb = |line: &str| match debug_command(line.as_bytes()) {
            Some(Kind::Typed(v, _)) => Some(String::from_utf8_lossy(v).into_owned()),
            _ => None,
        };
        let line = r#"{"msg":"Control channel event Command(User { username: b\"alice\" })"}"#;
        assert_eq!(verb(line).as_deref(), Some("USER"));
        assert_eq!(verb("event Command(Pasv), seq: 4").as_deref(), Some("PASV"));
        assert_eq!(
            verb("event Command(Mdtm { file: \"a\" })").as_deref(),
            Some("MDTM")
        );
        assert_eq!(
            verb("event Command(Other { command_name: \"XYZ\" })").as_deref(),
            Some("")
        );
        // Not a variant's name: a verb quoted, a word that is none.
        assert_eq!(verb("Command(PASV)"), None);
        assert_eq!(verb("Command(Parser)"), None);
        assert_eq!(verb("Command(user)"), None);
    }

    #[test]
    fn pure_ftpd_lower_case_commands() {
        let line = b"Nov 24 05:53:57 vm pure-ftpd: (u@h) [DEBUG] Command [retr] [x]";
        assert!(matches!(
            pure_ftpd_command(line),
            Some(Kind::Command(b"retr", _))
        ));
    }

    #[test]
    fn a_packet_after_a_prefix_on_every_line_has_its_headers_skipped() {
        // tcpdump -l -A | ts -s: the pipe's time before every line, the summary's own
        // clock after it; 52 bytes of headers (20 IP, 32 TCP with time stamps).
        let mut hints = Hints::new(true);
        let summary = b"00:00:02.131313 19:27:34.981157 IP 127.0.0.1.4701 > 127.0.0.2.48745: \
Flags [P.], seq 1:24, ack 1, win 64, options [nop,nop,TS val 1 ecr 2], length 23";
        assert_eq!(hints.packet(summary), Packet::Header);
        // (43 bytes and the line's end: 8 of the 52 are left for the next line.)
        let header = b"00:00:02.131316 E..K..@.@.<..........].iQ.!...\tO.....1.....";
        assert_eq!(hints.packet(header), Packet::Header);
        let payload = b"00:00:02.131320 )..O.,.J220 test server ready";
        match hints.packet(payload) {
            Packet::Payload(skip) => assert_eq!(&payload[skip..], b"220 test server ready"),
            other => panic!("{other:?}"),
        }
    }
}
