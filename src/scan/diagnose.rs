//! Findings that need more than one line of a log: a passive address behind NAT, data
//! connections that fail after PASV, logins failing again and again, TLS required or not
//! offered, connections refused for their number, uploads refused. Each rule runs per
//! session (and failed logins per client), and a finding is reported as soon as the log
//! establishes it: the third failed login from one client, the first failed transfer after
//! a private passive address.
//!
//! To add a diagnosis: a [`FindingId`], its state in [`SessionDiag`] or [`Diagnoser`], the
//! rule in [`Diagnoser::reply`] (or at the end of a session or input), and a test below.

use foldhash::{HashMap, HashSet};
use serde::Serialize;

use crate::code::ReplyCode;

/// The findings there are, by stable name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum FindingId {
    PassiveNat,
    PassiveBlocked,
    LoginFailures,
    TlsRequired,
    TlsUnavailable,
    TooManyConnections,
    UploadsRefused,
}

impl FindingId {
    pub fn name(self) -> &'static str {
        match self {
            FindingId::PassiveNat => "passive-nat",
            FindingId::PassiveBlocked => "passive-blocked",
            FindingId::LoginFailures => "login-failures",
            FindingId::TlsRequired => "tls-required",
            FindingId::TlsUnavailable => "tls-unavailable",
            FindingId::TooManyConnections => "too-many-connections",
            FindingId::UploadsRefused => "uploads-refused",
        }
    }
}

/// Something wrong with a session or a client, found from several lines.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Finding {
    pub finding: FindingId,
    pub title: &'static str,
    /// The lines it is based on (1-based, in the input scanned; at most [`MAX_LINES`]).
    pub lines: Vec<u64>,
    /// How many lines there were in all.
    pub count: usize,
    pub explanation: String,
    pub fix: &'static str,
}

/// How many lines at most are named in a finding.
pub const MAX_LINES: usize = 20;
/// How many failed logins from one client make a pattern worth reporting.
const LOGIN_FAILURES: usize = 3;
/// At most this many clients are remembered for failed logins.
const MAX_CLIENTS: usize = 4096;

/// Lines of one kind, counted, the first [`MAX_LINES`] kept: memory stays flat.
#[derive(Debug, Default, Clone)]
struct Lines {
    first: Vec<u64>,
    count: usize,
}

impl Lines {
    fn push(&mut self, line: u64) {
        if self.first.len() < MAX_LINES {
            self.first.push(line);
        }
        self.count += 1;
    }
}

/// What the rules follow in one session.
#[derive(Debug, Default, Clone)]
pub struct SessionDiag {
    /// A 227/229 reply came and no transfer has worked since.
    passive_pending: bool,
    /// The line of a 227 reply that advertised a private or loopback address.
    private_pasv: Option<u64>,
    passive_failures: Lines,
    uploads: usize,
    uploads_refused: Lines,
    tls: Lines,
    /// AUTH was refused in a way that says the server has no TLS.
    auth_refused: Option<u64>,
    /// A command other than AUTH and QUIT was answered after AUTH was refused: the client
    /// went on without TLS (lftp tries AUTH TLS, then logs in in the clear), so it did
    /// not require it.
    went_on: bool,
    logged_in: bool,
    too_many: Lines,
    /// The findings already reported for this session.
    reported: Vec<FindingId>,
}

/// Whom failed logins are counted for: the client where the log names it. Where it names
/// none, sessions that follow one another are taken for one client trying again (a client's
/// own log, a server's log of one client reconnecting); once the log shows sessions
/// interleaved (a reply of an earlier session after a later one's), they are many clients
/// at once, and each session counts alone: three concurrent users failing once each are no
/// client failing three times.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
enum Who {
    Client(Box<[u8]>),
    Session(Box<[u8]>),
    Unnamed,
}

/// Per client: failed logins.
#[derive(Debug, Default, Clone)]
struct ClientDiag {
    login_failures: Lines,
    reported: bool,
}

/// The rules' state for one input.
#[derive(Debug, Default)]
pub struct Diagnoser {
    clients: HashMap<Who, ClientDiag>,
    /// The key of the last session that named no client, and the hashes of all such
    /// sessions' keys before it (up to [`MAX_CLIENTS`]).
    last_key: Option<Box<[u8]>>,
    earlier_keys: HashSet<u64>,
    /// Such sessions have interleaved in this input.
    interleaved: bool,
    /// The log shows a connection over a public address (a client log's `Connected to`).
    public: bool,
}

/// A session key's hash (FNV-1a), to remember many keys in little room.
fn key_hash(key: &[u8]) -> u64 {
    key.iter().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(*b)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// A verb of up to four letters in upper case, for cheap comparison.
fn verb4(verb: &[u8]) -> [u8; 4] {
    let mut v = [0u8; 4];
    if verb.len() <= 4 {
        for (d, s) in v.iter_mut().zip(verb) {
            *d = s.to_ascii_uppercase();
        }
    }
    v
}

/// Whether a command (any case) starts a transfer on the data connection.
pub(super) fn starts_transfer(verb: &[u8]) -> bool {
    is_transfer(verb4(verb))
}

fn is_transfer(verb: [u8; 4]) -> bool {
    matches!(
        &verb,
        b"RETR" | b"STOR" | b"STOU" | b"APPE" | b"LIST" | b"NLST" | b"MLSD"
    )
}

fn is_upload(verb: [u8; 4]) -> bool {
    matches!(&verb, b"STOR" | b"STOU" | b"APPE")
}

/// Whether an IPv4 address is private (RFC 1918), loopback or link-local.
fn is_private(a: [u8; 4]) -> bool {
    matches!(a, [10, ..] | [127, ..] | [192, 168, ..] | [169, 254, ..])
        || (a[0] == 172 && (16..=31).contains(&a[1]))
}

/// Whether an address as logged (`203.0.113.5`, `::ffff:10.0.0.1`) is a public one.
pub fn is_public(addr: &[u8]) -> bool {
    match first_ipv4(addr) {
        Some(a) => !is_private(a),
        // An IPv6 address: public unless loopback, link-local or unique-local.
        None => {
            let lower = addr.to_ascii_lowercase();
            let inner = lower
                .trim_ascii_start()
                .strip_prefix(b"[")
                .unwrap_or(&lower);
            !(inner.starts_with(b"::1")
                || inner.starts_with(b"fe80")
                || inner.starts_with(b"fc")
                || inner.starts_with(b"fd")
                || inner.is_empty())
        }
    }
}

/// The address of a 227 reply: `(h1,h2,h3,h4,p1,p2)`.
fn pasv_address(text: &[u8]) -> Option<[u8; 4]> {
    let open = memchr::memchr(b'(', text)?;
    let inner = &text[open + 1..];
    let inner = &inner[..memchr::memchr(b')', inner)?];
    let mut address = [0u8; 4];
    let mut count = 0;
    for (i, part) in inner.split(|b| *b == b',').enumerate() {
        let value = number(part.trim_ascii())?;
        if i < 4 {
            address[i] = value;
        }
        count += 1;
    }
    (count == 6).then_some(address)
}

/// The first IPv4 address in a line: four dot-separated numbers up to 255, with neither
/// a digit nor a dot right before or after them, save a sentence's full stop.
pub fn first_ipv4(line: &[u8]) -> Option<[u8; 4]> {
    line.split(|b| !(b.is_ascii_digit() || *b == b'.'))
        .find_map(|word| {
            let word = word.strip_suffix(b".").unwrap_or(word);
            let mut address = [0u8; 4];
            let mut parts = word.split(|b| *b == b'.');
            for octet in &mut address {
                *octet = number(parts.next()?)?;
            }
            parts.next().is_none().then_some(address)
        })
}

/// A decimal number of one to three digits, up to 255.
fn number(digits: &[u8]) -> Option<u8> {
    if digits.is_empty() || digits.len() > 3 || !digits.iter().all(u8::is_ascii_digit) {
        return None;
    }
    let n = digits
        .iter()
        .fold(0u16, |n, d| n * 10 + u16::from(d - b'0'));
    u8::try_from(n).ok()
}

/// Whether `text` contains one of `words` (lower case), ignoring case.
fn has_word(text: &[u8], words: &[&[u8]]) -> bool {
    words
        .iter()
        .any(|w| text.windows(w.len()).any(|t| t.eq_ignore_ascii_case(w)))
}

const TLS_WORDS: &[&[u8]] = &[b"ssl", b"tls", b"encryption", b"encrypted", b"cleartext"];
const BUSY_WORDS: &[&[u8]] = &[b"too many", b"maximum", b"max-clients", b"max clients"];

/// Whether a reply's text is read by the rules: `scan` keeps it only then, unless the
/// output shows it.
pub fn reads_text(code: ReplyCode) -> bool {
    matches!(code.get(), 227 | 421 | 521 | 530 | 533 | 534 | 550)
}

/// A reply, as the rules see it.
#[derive(Debug, Clone, Copy)]
pub struct Seen<'a> {
    pub line: u64,
    pub code: ReplyCode,
    /// The first line of its text (when [`reads_text`] says it is kept).
    pub text: &'a [u8],
    /// The verb it answers, in any case.
    pub verb: Option<&'a [u8]>,
    /// The client's address, where the log shows it.
    pub client: Option<&'a [u8]>,
    /// The session's key (PID, connection number), where the log has one.
    pub session: Option<&'a [u8]>,
}

impl Diagnoser {
    pub fn reset(&mut self) {
        self.clients.clear();
        self.public = false;
        self.last_key = None;
        self.earlier_keys.clear();
        self.interleaved = false;
    }

    /// Notes the session of a reply whose client is unknown: a session seen before, back
    /// after another, means sessions interleave.
    fn note_session(&mut self, key: &[u8]) {
        if self.interleaved || self.last_key.as_deref() == Some(key) {
            return;
        }
        let hash = key_hash(key);
        if self.earlier_keys.contains(&hash) {
            self.interleaved = true;
            self.earlier_keys.clear();
            // (What was counted for one client so far was several clients' failures.)
            self.clients
                .retain(|who, c| *who != Who::Unnamed || c.reported);
            return;
        }
        if self.earlier_keys.len() >= MAX_CLIENTS {
            self.earlier_keys.clear();
        }
        if let Some(last) = self.last_key.replace(key.into()) {
            self.earlier_keys.insert(key_hash(&last));
        }
    }

    /// A line that shows the address a client connected to (a client log).
    pub fn connection(&mut self, address: [u8; 4]) {
        if !is_private(address) {
            self.public = true;
        }
    }

    /// A reply of a session; returns the findings it establishes.
    pub fn reply(&mut self, s: &mut SessionDiag, r: Seen, out: &mut Vec<Finding>) {
        let verb = verb4(r.verb.unwrap_or_default());
        let code = r.code.get();
        let public = self.public || r.client.is_some_and(is_public);
        if r.client.is_none()
            && let Some(key) = r.session
        {
            self.note_session(key);
        }
        match code {
            227 => {
                s.passive_pending = true;
                if pasv_address(r.text).is_some_and(is_private) {
                    s.private_pasv.get_or_insert(r.line);
                }
            }
            229 => s.passive_pending = true,
            425 | 426 if is_transfer(verb) && s.passive_pending => {
                s.passive_failures.push(r.line);
                match s.private_pasv {
                    Some(pasv) if public => {
                        report(s, out, passive_nat(&[pasv, r.line], 1));
                    }
                    _ => report(s, out, passive_blocked(&s.passive_failures.clone())),
                }
            }
            230 | 232 => s.logged_in = true,
            530 if &verb == b"PASS" => {
                let who = match (r.client, r.session) {
                    (Some(client), _) => Who::Client(client.into()),
                    (None, Some(key)) if self.interleaved => Who::Session(key.into()),
                    (None, _) => Who::Unnamed,
                };
                if self.clients.len() >= MAX_CLIENTS && !self.clients.contains_key(&who) {
                    self.clients.clear();
                }
                let per_session = matches!(who, Who::Session(_));
                let c = self.clients.entry(who).or_default();
                c.login_failures.push(r.line);
                if c.login_failures.count >= LOGIN_FAILURES && !c.reported {
                    c.reported = true;
                    out.push(login_failures(&c.login_failures, per_session));
                }
            }
            421 if has_word(r.text, BUSY_WORDS) => {
                s.too_many.push(r.line);
                report(s, out, too_many(&s.too_many.clone()));
            }
            _ => {}
        }
        if s.auth_refused.is_some() && !matches!(&verb, b"AUTH" | b"QUIT") {
            s.went_on = true;
        }
        // AUTH refused as an unknown or unimplemented command: the server has no TLS.
        if &verb == b"AUTH" && matches!(code, 500 | 502 | 504 | 530) {
            s.auth_refused.get_or_insert(r.line);
        }
        let tls = (matches!(code, 522 | 534) && &verb != b"AUTH")
            || (matches!(code, 530 | 550 | 521 | 533 | 421) && has_word(r.text, TLS_WORDS));
        if tls {
            s.tls.push(r.line);
            report(s, out, tls_required(&s.tls.clone()));
        }
        if is_upload(verb) && !r.code.is_preliminary() {
            s.uploads += 1;
            if matches!(code, 550 | 553 | 552 | 532) {
                s.uploads_refused.push(r.line);
            }
        }
        if is_transfer(verb) && r.code.class() == Some(crate::code::Class::PositiveCompletion) {
            s.passive_pending = false; // the passive connection worked
        }
    }

    /// A client's own error that says TLS was required and refused (`curl: (64)`).
    pub fn tls_demanded(&mut self, s: &mut SessionDiag, line: u64, out: &mut Vec<Finding>) {
        if let Some(auth) = s.auth_refused {
            report(s, out, tls_unavailable(&[auth, line]));
        }
    }

    /// The session ended (QUIT answered, or the input ended): what only the whole
    /// session shows.
    pub fn end_session(&mut self, s: &mut SessionDiag, out: &mut Vec<Finding>) {
        if s.uploads > 0 && s.uploads_refused.count == s.uploads {
            let f = uploads_refused(&s.uploads_refused.clone(), s.uploads);
            report(s, out, f);
        }
        if let (Some(auth), false) = (s.auth_refused, s.logged_in || s.went_on) {
            report(s, out, tls_unavailable(&[auth]));
        }
        if let (Some(pasv), true) = (s.private_pasv, self.public) {
            report(s, out, passive_nat(&[pasv], 0));
        }
        *s = SessionDiag {
            reported: std::mem::take(&mut s.reported),
            ..SessionDiag::default()
        };
    }
}

/// Adds a finding once per session.
fn report(s: &mut SessionDiag, out: &mut Vec<Finding>, f: Finding) {
    if !s.reported.contains(&f.finding) {
        s.reported.push(f.finding);
        out.push(f);
    }
}

fn lines_of(lines: &[u64], count: usize) -> (Vec<u64>, usize) {
    (
        lines.iter().take(MAX_LINES).copied().collect(),
        count.max(lines.len()),
    )
}

fn passive_nat(lines: &[u64], failures: usize) -> Finding {
    let (lines, count) = lines_of(lines, lines.len());
    Finding {
        finding: FindingId::PassiveNat,
        title: "Passive mode advertises a private address",
        lines,
        count,
        explanation: if failures > 0 {
            "The server answered PASV with a private or loopback address while the client \
             reached it over a public one, and the data connection then failed: the server is \
             behind NAT and does not know its outside address."
                .into()
        } else {
            "The server answers PASV with a private or loopback address while the client \
             reached it over a public one: the server is behind NAT and does not know its \
             outside address, so data connections go nowhere."
                .into()
        },
        fix: "Tell the server its public address: vsftpd pasv_address=, ProFTPD \
              MasqueradeAddress, Pure-FTPd -P (ForcePassiveIP), FileZilla Server's external \
              IP for passive mode, IIS 'External IP Address of Firewall'. Clients can also \
              use EPSV or ignore the PASV address (curl --ftp-skip-pasv-ip).",
    }
}

fn passive_blocked(l: &Lines) -> Finding {
    let (lines, count) = lines_of(&l.first, l.count);
    Finding {
        finding: FindingId::PassiveBlocked,
        title: "Data connections fail right after PASV/EPSV",
        lines,
        count,
        explanation: "A transfer got 425 or 426 after the server entered passive mode: the \
                      client could not reach, or lost, the port the server opened, which points \
                      to a firewall that does not pass the passive port range."
            .into(),
        fix: "Open the passive port range on every firewall between client and server and \
              pin it in the server: vsftpd pasv_min_port/pasv_max_port, ProFTPD \
              PassivePorts, Pure-FTPd -p (PassivePortRange), FileZilla Server's passive \
              port range, IIS 'Data Channel Port Range'.",
    }
}

fn login_failures(l: &Lines, per_session: bool) -> Finding {
    let (lines, count) = lines_of(&l.first, l.count);
    let from = if per_session {
        "in one session"
    } else {
        "from one client"
    };
    Finding {
        finding: FindingId::LoginFailures,
        title: "Repeated failed logins",
        lines,
        count,
        explanation: format!(
            "{count} PASS commands {from} were refused with 530: wrong credentials \
             used again and again, or someone guessing passwords (RFC 2577 §5)."
        ),
        fix: "If it is a user, check the user name and password (and how the server checks \
              them, e.g. PAM or /etc/ftpusers). If it is an attack, limit attempts: vsftpd \
              max_login_fails and delay_failed_login, ProFTPD MaxLoginAttempts, fail2ban on \
              the server's log.",
    }
}

fn tls_required(l: &Lines) -> Finding {
    let (lines, count) = lines_of(&l.first, l.count);
    Finding {
        finding: FindingId::TlsRequired,
        title: "TLS is required or failing",
        lines,
        count,
        explanation: "Replies refuse the session or a transfer for want of TLS, or the TLS \
                      setup itself failed (522/534: a data channel without protection or \
                      without TLS session reuse, or a policy that requires TLS)."
            .into(),
        fix: "Use explicit FTPS in the client (AUTH TLS, then PBSZ 0 and PROT P). If the \
              client cannot reuse the TLS session on the data connection, relax the server: \
              vsftpd require_ssl_reuse=NO, ProFTPD TLSOptions NoSessionReuseRequired; or \
              stop requiring TLS: vsftpd force_local_logins_ssl/force_local_data_ssl=NO, \
              ProFTPD TLSRequired off, IIS FTP SSL Settings 'Allow SSL connections'.",
    }
}

fn tls_unavailable(lines: &[u64]) -> Finding {
    let (lines, count) = lines_of(lines, lines.len());
    Finding {
        finding: FindingId::TlsUnavailable,
        title: "The server offers no TLS",
        lines,
        count,
        explanation: "AUTH TLS was refused as a command the server does not know or will \
                      not take (500, 502, 504, or 530 before login), and the session went no \
                      further: the client requires FTPS and the server has none."
            .into(),
        fix: "Enable TLS on the server (vsftpd ssl_enable=YES with rsa_cert_file, ProFTPD \
              TLSEngine on in mod_tls, Pure-FTPd -Y 1), or stop requiring it in the client \
              (curl without --ssl-reqd, lftp set ftp:ssl-force no, FileZilla 'Only use plain \
              FTP'), knowing that the password then crosses the network in clear.",
    }
}

fn too_many(l: &Lines) -> Finding {
    let (lines, count) = lines_of(&l.first, l.count);
    Finding {
        finding: FindingId::TooManyConnections,
        title: "Connections refused: too many",
        lines,
        count,
        explanation: "The server turned connections away with 421 because its limit of \
                      sessions, in all or per address, was reached."
            .into(),
        fix: "Raise the limits (vsftpd max_clients/max_per_ip, ProFTPD MaxInstances, \
              Pure-FTPd -c/-C) or make the client open fewer parallel connections and close \
              idle ones.",
    }
}

fn uploads_refused(l: &Lines, uploads: usize) -> Finding {
    let (lines, count) = lines_of(&l.first, l.count);
    Finding {
        finding: FindingId::UploadsRefused,
        title: "Every upload was refused",
        lines,
        count,
        explanation: match uploads {
            1 => "The session's only upload (STOR, STOU or APPE) failed with a permanent \
                  file-system reply: the account may not write there."
                .to_string(),
            n => format!(
                "All {n} uploads of the session (STOR, STOU, APPE) failed with a permanent \
                 file-system reply: the account may not write there."
            ),
        },
        fix: "Give the FTP user write access: vsftpd write_enable=YES (and local_umask), \
              ProFTPD AllowOverwrite and <Limit WRITE>, FileZilla Server/IIS write \
              permission for the user, and file-system permissions on the directory.",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// (line, code, text, verb, client) events of one session, then its end.
    fn run(events: &[(u64, u16, &str, &str)], client: Option<&str>) -> Vec<FindingId> {
        let mut d = Diagnoser::default();
        let mut s = SessionDiag::default();
        let mut out = Vec::new();
        for &(line, code, text, verb) in events {
            d.reply(
                &mut s,
                Seen {
                    line,
                    code: ReplyCode::known(code),
                    text: text.as_bytes(),
                    verb: (!verb.is_empty()).then_some(verb.as_bytes()),
                    client: client.map(str::as_bytes),
                    session: None,
                },
                &mut out,
            );
        }
        d.end_session(&mut s, &mut out);
        out.into_iter().map(|f| f.finding).collect()
    }

    /// A clean session: login, passive listing, download, upload.
    const CLEAN: &[(u64, u16, &str, &str)] = &[
        (1, 220, "ProFTPD Server ready", ""),
        (3, 331, "Password required", "USER"),
        (5, 230, "User logged in", "PASS"),
        (7, 227, "Entering Passive Mode (127,0,0,1,117,48)", "PASV"),
        (9, 150, "Opening data connection", "LIST"),
        (10, 226, "Transfer complete", "LIST"),
        (
            12,
            229,
            "Entering Extended Passive Mode (|||30001|)",
            "EPSV",
        ),
        (14, 150, "Opening", "STOR"),
        (15, 226, "Transfer complete", "STOR"),
        (17, 221, "Goodbye", "QUIT"),
    ];

    #[test]
    fn a_clean_session_has_no_findings() {
        assert!(run(CLEAN, Some("127.0.0.1")).is_empty());
        assert!(run(CLEAN, Some("203.0.113.5")).is_empty());
    }

    #[test]
    fn nat_needs_a_public_session() {
        let events = [
            (7, 227, "Entering Passive Mode (10,0,0,5,117,48)", "PASV"),
            (9, 425, "Can't open data connection", "LIST"),
        ];
        assert_eq!(run(&events, Some("203.0.113.5")), [FindingId::PassiveNat]);
        assert_eq!(run(&events, Some("10.0.0.7")), [FindingId::PassiveBlocked]);
        let public = [(7, 227, "Entering Passive Mode (203,0,113,5,117,48)", "PASV")];
        assert!(run(&public, Some("198.51.100.1")).is_empty());
    }

    #[test]
    fn failed_logins_count_per_client() {
        let mut d = Diagnoser::default();
        let mut out = Vec::new();
        for (line, client) in [
            (1, "10.0.0.1"),
            (2, "10.0.0.2"),
            (3, "10.0.0.1"),
            (4, "10.0.0.2"),
        ] {
            // A session each, as a brute-force run opens them.
            let mut s = SessionDiag::default();
            d.reply(
                &mut s,
                Seen {
                    line,
                    code: ReplyCode::known(530),
                    text: b"Login incorrect.",
                    verb: Some(b"PASS"),
                    client: Some(client.as_bytes()),
                    session: None,
                },
                &mut out,
            );
        }
        assert!(out.is_empty(), "two each");
        let mut s = SessionDiag::default();
        d.reply(
            &mut s,
            Seen {
                line: 5,
                code: ReplyCode::known(530),
                text: b"Login incorrect.",
                verb: Some(b"PASS"),
                client: Some(b"10.0.0.1"),
                session: None,
            },
            &mut out,
        );
        assert_eq!(out.len(), 1, "the third from one client");
        assert_eq!(out[0].lines, [1, 3, 5]);
    }

    #[test]
    fn auth_refused_means_no_tls_only_if_the_session_stops() {
        let refused = [(3, 530, "Please login with USER and PASS.", "AUTH")];
        assert_eq!(run(&refused, None), [FindingId::TlsUnavailable]);
        let went_on = [
            (3, 530, "Please login with USER and PASS.", "AUTH"),
            (5, 230, "Login successful.", "PASS"),
        ];
        assert!(run(&went_on, None).is_empty());
        // The login failed, but in the clear: the client did not require TLS.
        let in_clear = [
            (3, 500, "AUTH not understood", "AUTH"),
            (5, 331, "Password required for ftpuser", "USER"),
            (6, 530, "Login incorrect.", "PASS"),
        ];
        assert!(run(&in_clear, None).is_empty());
        // AUTH SSL tried after AUTH TLS, then QUIT: still no further.
        let stopped = [
            (3, 500, "AUTH not understood", "AUTH"),
            (4, 500, "AUTH not understood", "AUTH"),
            (5, 221, "Goodbye.", "QUIT"),
        ];
        assert_eq!(run(&stopped, None), [FindingId::TlsUnavailable]);
    }

    #[test]
    fn uploads_refused_only_when_all_were() {
        let all = [(9, 553, "Could not create file.", "STOR")];
        assert_eq!(run(&all, None), [FindingId::UploadsRefused]);
        let one_ok = [
            (9, 553, "Could not create file.", "STOR"),
            (12, 226, "Transfer complete.", "STOR"),
        ];
        assert!(run(&one_ok, None).is_empty());
    }

    #[test]
    fn tls_replies() {
        assert_eq!(
            run(
                &[(
                    3,
                    530,
                    "Non-anonymous sessions must use encryption.",
                    "PASS"
                )],
                None
            ),
            [FindingId::TlsRequired]
        );
        assert_eq!(
            run(
                &[(
                    3,
                    522,
                    "SSL connection failed; session reuse required",
                    "LIST"
                )],
                None
            ),
            [FindingId::TlsRequired]
        );
    }

    #[test]
    fn addresses() {
        assert_eq!(
            first_ipv4(b"Connected to 203.0.113.5."),
            Some([203, 0, 113, 5])
        );
        assert_eq!(first_ipv4(b"v1.2.3.4.5"), None);
        assert!(is_public(b"203.0.113.5") && !is_public(b"192.168.1.1"));
        assert!(!is_public(b"::1") && is_public(b"2001:db8::1"));
        assert_eq!(
            pasv_address(b"Entering Passive Mode (10,0,0,5,117,48)."),
            Some([10, 0, 0, 5])
        );
    }
}
