//! Session diagnoses: findings that need more than one line of a log, such as a passive
//! address behind NAT or a login failing again and again. Fed by `scan` one reply at a
//! time; pure, so each rule is tested on its case and on a clean session.

use serde::Serialize;

/// Something wrong with a session, found from several lines.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Finding {
    /// A stable name for scripts: "passive-nat", "passive-blocked", "login-failures",
    /// "tls-required", "too-many-connections", "uploads-refused".
    pub finding: &'static str,
    pub title: &'static str,
    /// The lines it is based on (1-based, in the file scanned).
    pub lines: Vec<u64>,
    pub explanation: String,
    pub fix: &'static str,
}

/// Whether [`Diagnoser::reply`] reads the text of replies with this code.
pub fn reads_text(code: u16) -> bool {
    matches!(code, 227 | 421 | 521 | 530 | 533 | 550)
}

/// Lines of one kind, counted, the first [`MAX_LINES`] of them kept: memory stays flat
/// however long the log.
#[derive(Debug, Default)]
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

    fn is_empty(&self) -> bool {
        self.count == 0
    }

    fn len(&self) -> usize {
        self.count
    }
}

/// How many failed logins make a pattern worth reporting.
const LOGIN_FAILURES: usize = 3;
/// How many lines at most are named in a finding.
const MAX_LINES: usize = 20;

/// Collects what the rules need while a log is scanned.
#[derive(Debug, Default)]
pub struct Diagnoser {
    /// The session runs over an address that is not private (seen on a connection line).
    public_session: bool,
    /// 227 replies advertising a private or loopback address.
    private_pasv: Lines,
    /// A 227/229 reply came and no transfer has worked since.
    passive_pending: bool,
    /// 425/426 replies to a transfer right after PASV/EPSV.
    passive_failures: Lines,
    login_failures: Lines,
    tls_required: Lines,
    too_many: Lines,
    uploads: usize,
    uploads_refused: Lines,
}

/// A verb of up to four letters in upper case, for cheap comparison (every reply asks).
fn verb4(verb: &[u8]) -> [u8; 4] {
    let mut v = [0u8; 4];
    if verb.len() <= 4 {
        for (d, s) in v.iter_mut().zip(verb) {
            *d = s.to_ascii_uppercase();
        }
    }
    v
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

/// The address of a 227 reply: `(h1,h2,h3,h4,p1,p2)`. Bytes, no allocation: every 227
/// of a log comes through here.
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
/// a digit nor a dot right before or after them, save the full stop of a sentence
/// (`Connected to 203.0.113.5.`, as `ftp -d` prints it).
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

/// Words that say a reply is about TLS (`530 Non-anonymous sessions must use encryption.`).
const TLS_WORDS: Words = Words::new(&["ssl", "tls", "encryption", "encrypted", "cleartext"]);
/// Words of a 421 that turns a client away for the number of sessions.
const BUSY_WORDS: Words = Words::new(&["too many", "maximum"]);

/// A few lower-case words, looked for in reply texts whatever their case.
struct Words {
    words: &'static [&'static str],
    /// Per byte: a bit for each word that starts with it (either case). Reply texts are
    /// mostly letters that start none of the words, and one lookup passes them.
    starts: [u8; 256],
}

impl Words {
    const fn new(words: &'static [&'static str]) -> Self {
        assert!(words.len() <= 8);
        let mut starts = [0u8; 256];
        let mut i = 0;
        while i < words.len() {
            let first = words[i].as_bytes()[0];
            starts[first as usize] |= 1 << i;
            starts[first.to_ascii_uppercase() as usize] |= 1 << i;
            i += 1;
        }
        Words { words, starts }
    }

    /// Whether `text` contains one of the words, ignoring case.
    fn in_text(&self, text: &[u8]) -> bool {
        text.iter().enumerate().any(|(i, &b)| {
            let mut bits = self.starts[usize::from(b)];
            while bits != 0 {
                let w = self.words[bits.trailing_zeros() as usize].as_bytes();
                if text[i..]
                    .get(..w.len())
                    .is_some_and(|t| t.eq_ignore_ascii_case(w))
                {
                    return true;
                }
                bits &= bits - 1;
            }
            false
        })
    }
}

impl Diagnoser {
    /// A line that shows the address a client connected to.
    pub fn connection(&mut self, address: [u8; 4]) {
        if !is_private(address) {
            self.public_session = true;
        }
    }

    /// A reply: its first line number, code, text (first line) and the verb it answers
    /// (any case).
    pub fn reply(&mut self, line: u64, code: u16, text: &[u8], verb: Option<&[u8]>) {
        let verb = verb4(verb.unwrap_or(b""));
        match code {
            227 => {
                self.passive_pending = true;
                if pasv_address(text).is_some_and(is_private) {
                    self.private_pasv.push(line);
                }
            }
            229 => self.passive_pending = true,
            425 | 426 if is_transfer(verb) && self.passive_pending => {
                self.passive_failures.push(line);
            }
            530 if &verb == b"PASS" => self.login_failures.push(line),
            421 if BUSY_WORDS.in_text(text) => self.too_many.push(line),
            _ => {}
        }
        // A refused AUTH alone is no finding: clients such as lftp try TLS and go on in clear.
        let tls = matches!(code, 522 | 534)
            || (matches!(code, 530 | 550 | 521 | 533) && TLS_WORDS.in_text(text));
        if tls {
            self.tls_required.push(line);
        }
        if is_upload(verb) && code / 100 != 1 {
            self.uploads += 1;
            if matches!(code, 550 | 553 | 552 | 532) {
                self.uploads_refused.push(line);
            }
        }
        if is_transfer(verb) && code / 100 == 2 {
            self.passive_pending = false; // the passive connection worked
        }
    }

    /// What the log shows, once it has been read.
    pub fn finish(self) -> Vec<Finding> {
        let mut out = Vec::new();
        let lines = |v: &Lines| v.first.clone();
        if self.public_session && !self.private_pasv.is_empty() {
            out.push(Finding {
                finding: "passive-nat",
                title: "Passive mode advertises a private address",
                lines: lines(&self.private_pasv),
                explanation: "The server answers PASV with a private or loopback address while the \
                              client reached it over a public one: the server is behind NAT and does \
                              not know its outside address, so data connections go nowhere."
                    .into(),
                fix: "Tell the server its public address: vsftpd pasv_address=, ProFTPD \
                      MasqueradeAddress, Pure-FTPd -P (ForcePassiveIP), FileZilla Server's external \
                      IP for passive mode, IIS 'External IP Address of Firewall'. Clients can also \
                      use EPSV or ignore the PASV address (curl --ftp-skip-pasv-ip).",
            });
        }
        if !self.passive_failures.is_empty() {
            out.push(Finding {
                finding: "passive-blocked",
                title: "Data connections fail right after PASV/EPSV",
                lines: lines(&self.passive_failures),
                explanation: format!(
                    "{} transfer(s) got 425 or 426 after the server entered passive mode: the \
                     client could not reach, or lost, the port the server opened, which points to \
                     a firewall that does not pass the passive port range.",
                    self.passive_failures.len()
                ),
                fix: "Open the passive port range on every firewall between client and server and \
                      pin it in the server: vsftpd pasv_min_port/pasv_max_port, ProFTPD \
                      PassivePorts, Pure-FTPd -p (PassivePortRange), FileZilla Server's passive \
                      port range, IIS 'Data Channel Port Range'.",
            });
        }
        if self.login_failures.len() >= LOGIN_FAILURES {
            out.push(Finding {
                finding: "login-failures",
                title: "Repeated failed logins",
                lines: lines(&self.login_failures),
                explanation: format!(
                    "{} PASS commands were refused with 530: wrong credentials used again and \
                     again, or someone guessing passwords (RFC 2577 §5).",
                    self.login_failures.len()
                ),
                fix: "If it is a user, check the user name and password (and how the server checks \
                      them, e.g. PAM or /etc/ftpusers). If it is an attack, limit attempts: vsftpd \
                      max_login_fails and delay_failed_login, ProFTPD MaxLoginAttempts, fail2ban on \
                      the server's log.",
            });
        }
        if !self.tls_required.is_empty() {
            out.push(Finding {
                finding: "tls-required",
                title: "TLS is required or failing",
                lines: lines(&self.tls_required),
                explanation: "Replies refuse the session or a transfer for want of TLS, or the TLS \
                              setup itself failed (522/534: a data channel without protection or \
                              without TLS session reuse, or a policy that requires TLS)."
                    .into(),
                fix: "Use explicit FTPS in the client (AUTH TLS, then PBSZ 0 and PROT P). If the \
                      client cannot reuse the TLS session on the data connection, relax the server: \
                      vsftpd require_ssl_reuse=NO, ProFTPD TLSOptions NoSessionReuseRequired; or \
                      stop requiring TLS: vsftpd force_local_logins_ssl/force_local_data_ssl=NO, \
                      ProFTPD TLSRequired off, IIS FTP SSL Settings 'Allow SSL connections'.",
            });
        }
        if !self.too_many.is_empty() {
            out.push(Finding {
                finding: "too-many-connections",
                title: "Connections refused: too many",
                lines: lines(&self.too_many),
                explanation: "The server turned connections away with 421 because its limit of \
                              sessions, in all or per address, was reached."
                    .into(),
                fix: "Raise the limits (vsftpd max_clients/max_per_ip, ProFTPD MaxClients/\
                      MaxClientsPerHost, Pure-FTPd -c/-C) or make the client open fewer parallel \
                      connections and close idle ones.",
            });
        }
        if self.uploads > 0 && self.uploads_refused.len() == self.uploads {
            out.push(Finding {
                finding: "uploads-refused",
                title: "Every upload was refused",
                lines: lines(&self.uploads_refused),
                explanation: match self.uploads {
                    1 => "The session's only upload (STOR, STOU or APPE) failed with a permanent \
                          file-system reply: the account may not write there."
                        .to_string(),
                    n => format!(
                        "All {n} uploads (STOR, STOU, APPE) failed with a permanent file-system \
                         reply: the account may not write there."
                    ),
                },
                fix: "Give the FTP user write access: vsftpd write_enable=YES (and local_umask), \
                      ProFTPD AllowOverwrite and <Limit WRITE>, FileZilla Server/IIS write \
                      permission for the user, and file-system permissions on the directory.",
            });
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(events: &[(u64, u16, &str, &str)], public: bool) -> Vec<&'static str> {
        let mut d = Diagnoser::default();
        if public {
            d.connection([203, 0, 113, 5]);
        }
        for &(line, code, text, verb) in events {
            d.reply(
                line,
                code,
                text.as_bytes(),
                (!verb.is_empty()).then_some(verb.as_bytes()),
            );
        }
        d.finish().into_iter().map(|f| f.finding).collect()
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
        // Over loopback, a loopback passive address is right.
        assert!(run(CLEAN, false).is_empty());
    }

    #[test]
    fn nat_needs_a_public_session() {
        let events = [(7, 227, "Entering Passive Mode (10,0,0,5,117,48)", "PASV")];
        assert_eq!(run(&events, true), ["passive-nat"]);
        assert!(run(&events, false).is_empty());
        let public = [(7, 227, "Entering Passive Mode (203,0,113,5,117,48)", "PASV")];
        assert!(run(&public, true).is_empty());
    }

    #[test]
    fn passive_data_connection_failures() {
        let events = [
            (7, 229, "Entering Extended Passive Mode (|||30001|)", "EPSV"),
            (9, 425, "Can't open data connection.", "LIST"),
        ];
        assert_eq!(run(&events, false), ["passive-blocked"]);
        // 425 without passive mode (active mode) is something else.
        assert!(run(&[(9, 425, "Can't build data connection", "LIST")], false).is_empty());
    }

    #[test]
    fn repeated_530_after_pass() {
        let two = [
            (5, 530, "Login incorrect.", "PASS"),
            (9, 530, "Login incorrect.", "PASS"),
        ];
        assert!(run(&two, false).is_empty());
        let three = [
            (5, 530, "Login incorrect.", "PASS"),
            (9, 530, "Login incorrect.", "PASS"),
            (13, 530, "Login incorrect.", "PASS"),
        ];
        assert_eq!(run(&three, false), ["login-failures"]);
        // 530 to other commands (not logged in yet) is not a failed login.
        let list = [
            (5, 530, "Please login", "LIST"),
            (6, 530, "x", "CWD"),
            (7, 530, "x", "PWD"),
        ];
        assert!(run(&list, false).is_empty());
    }

    #[test]
    fn tls_problems() {
        assert_eq!(
            run(
                &[(
                    3,
                    530,
                    "Non-anonymous sessions must use encryption.",
                    "USER"
                )],
                false
            ),
            ["tls-required"]
        );
        assert_eq!(
            run(
                &[(
                    9,
                    522,
                    "SSL connection failed: session reuse required",
                    "LIST"
                )],
                false
            ),
            ["tls-required"]
        );
        assert!(run(&[(2, 500, "AUTH not understood", "AUTH")], false).is_empty());
        assert!(run(&[(9, 550, "No such file or directory", "RETR")], false).is_empty());
    }

    #[test]
    fn too_many_connections() {
        let events = [(
            1,
            421,
            "There are too many connected users, please try later.",
            "",
        )];
        assert_eq!(run(&events, false), ["too-many-connections"]);
        assert!(run(&[(1, 421, "Timeout.", "")], false).is_empty());
    }

    #[test]
    fn every_upload_refused() {
        let events = [
            (5, 553, "Could not create file.", "STOR"),
            (9, 550, "Permission denied.", "APPE"),
        ];
        assert_eq!(run(&events, false), ["uploads-refused"]);
        let mixed = [
            (5, 553, "Could not create file.", "STOR"),
            (9, 226, "ok", "STOR"),
        ];
        assert!(run(&mixed, false).is_empty());
    }

    #[test]
    fn words_in_any_case() {
        for text in [
            "Non-anonymous sessions must use encryption.",
            "SSL connection required",
            "Policy requires SSL.",
            "use TLS",
            "Cleartext sessions are not accepted",
            "ENCRYPTED",
        ] {
            assert!(TLS_WORDS.in_text(text.as_bytes()), "{text}");
        }
        for text in [
            "Login incorrect.",
            "Failed to open file.",
            "use TL",
            "",
            "tl",
        ] {
            assert!(!TLS_WORDS.in_text(text.as_bytes()), "{text}");
        }
        assert!(BUSY_WORDS.in_text(b"There are too many connected users"));
        assert!(BUSY_WORDS.in_text(b"Maximum number of clients reached"));
        assert!(!BUSY_WORDS.in_text(b"too  many"));
    }

    #[test]
    fn addresses() {
        assert_eq!(
            pasv_address(b"Entering Passive Mode (10,0,0,5,117,48)."),
            Some([10, 0, 0, 5])
        );
        assert_eq!(pasv_address(b"Entering Passive Mode"), None);
        assert_eq!(pasv_address(b"(10,0,0,5,117)"), None);
        assert_eq!(
            pasv_address(b"Entering Passive Mode ( 192, 168,1,2 ,4,1)"),
            Some([192, 168, 1, 2])
        );
        assert_eq!(pasv_address(b"(10,0,0,256,1,1)"), None);
        assert_eq!(pasv_address(b"(10,0,0,+5,1,1)"), None);
        assert_eq!(first_ipv4(b"from 1.2.3.4.5 and 10.0.0.300"), None);
        assert_eq!(first_ipv4(b"a 300.1.1.1 b 8.8.4.4"), Some([8, 8, 4, 4]));
        assert_eq!(
            first_ipv4(b"* Connected to ftp (203.0.113.5) port 21"),
            Some([203, 0, 113, 5])
        );
        assert_eq!(first_ipv4(b"no address 1.2.3"), None);
        assert_eq!(
            first_ipv4(b"Connected to 203.0.113.5."),
            Some([203, 0, 113, 5])
        );
        assert!(is_private([172, 20, 0, 1]) && !is_private([172, 32, 0, 1]));
    }
}
