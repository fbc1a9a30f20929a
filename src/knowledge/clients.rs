//! What FTP clients print that is not a server reply but that users look up: curl's exit
//! codes, lftp's, FileZilla's and WinSCP's errors, library exceptions, operating-system
//! socket errors and TLS library errors, from `data/clients/<client>.toml`; and the lines
//! a server's own log writes in place of replies (vsftpd's `FAIL LOGIN`), from
//! `data/server-logs/<server>.toml`.

use std::ops::Range;

use serde::{Serialize, Serializer};

use crate::code::ReplyCode;
use crate::knowledge::pool::{List, Text};
use crate::knowledge::{glob_within, glob_within_ignore_case};

/// A client (or library, or operating system) whose errors ftpcode knows, or a server
/// whose own log lines it knows.
#[derive(Debug)]
pub struct Client {
    /// Its name as users know it: "curl", "FileZilla".
    pub name: Text,
    /// The name of its data file: `curl`, `os-windows`.
    pub slug: Text,
    pub role: Role,
    /// A server's log: lines every session writes (`CONNECT: Client "*`), by which an input
    /// that shows no reply is known for that log...
    pub records: List<Text>,
    /// ...and how to have that server log its replies.
    pub no_replies: Option<Text>,
}

/// Who writes a program's messages, and so who reads them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    /// A client, library or operating system, seen by the client's user.
    Client,
    /// A server's own log (not the replies it sends), read by its administrator.
    ServerLog,
}

/// A client, by its place in [`CLIENTS`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct ClientId(u8);

impl ClientId {
    pub fn get(self) -> &'static Client {
        &CLIENTS[usize::from(self.0)]
    }
}

impl Serialize for ClientId {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.get().name.as_str())
    }
}

/// One error a client prints, and what is behind it.
#[derive(Debug, Serialize)]
pub struct ClientError {
    pub client: ClientId,
    /// A stable name: `curl-67`, `os-linux-econnrefused`.
    pub id: Text,
    /// The text as the client prints it, `*` for the variable parts; found anywhere in a line.
    pub patterns: List<Text>,
    /// Names and numbers a user may type alone: `CURLE_LOGIN_DENIED`, `ECONNREFUSED`.
    pub aliases: List<Text>,
    /// The client's own number for it (curl's exit code, an errno value).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub number: Option<i64>,
    pub title: Text,
    pub cause: Text,
    /// The FTP reply or the network condition behind it.
    pub behind: Text,
    /// The FTP replies behind it, if any.
    pub replies: List<ReplyCode>,
    pub fix_client: Text,
    pub fix_server: Text,
    pub source: Text,
    /// The command whose failed reply a server's log line stands for (`PASS` for vsftpd's
    /// `FAIL LOGIN`), so that the diagnoses count it as that reply.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub command: Option<Text>,
}

impl ClientError {
    /// What kind of line it is, for people: "client error", "server log line".
    pub fn kind(&self) -> &'static str {
        match self.client.get().role {
            Role::Client => "client error",
            Role::ServerLog => "server log line",
        }
    }

    /// The fix for whoever reads the line: the client's user, or the server's administrator.
    pub fn fix_for_reader(&self) -> &str {
        match self.client.get().role {
            Role::Client => self.fix_client.as_str(),
            Role::ServerLog => self.fix_server.as_str(),
        }
    }
}

include!(concat!(env!("OUT_DIR"), "/clients.rs"));

/// The client whose own words a reply line is, none of a server's (BSD ftp's `421
/// Service not available, remote server has closed connection`, printed when the server
/// hung up; R's `FTP status was '530 Not logged in'`, its phrase for the code): a client's
/// pattern that holds this code and its words (see [`made_up_code`]) matches the line.
/// Asked of every reply: the matcher runs only where the reply, from its code at `at` on,
/// is in a made-up reply's words, which few are.
pub fn made_up_reply(line: &[u8], at: usize, code: ReplyCode) -> Option<&'static ClientError> {
    let words = made_up_words();
    let from = words.partition_point(|(c, _)| *c < code.get());
    let reply = line.get(at..).unwrap_or_default();
    let held = words[from..]
        .iter()
        .take_while(|(c, _)| *c == code.get())
        .any(|(_, w)| reply.starts_with(w.as_bytes()));
    if !held {
        return None;
    }
    Matcher::get()?.find_in_log(line).filter(|e| {
        e.client.get().role == Role::Client
            && e.patterns
                .iter()
                .any(|p| made_up_code(p).is_some_and(|(c, _)| c == code.get()))
    })
}

/// The code of a reply a pattern writes out in full, its text the client's own, and that
/// reply as written: a code at the pattern's start or after a quote, then a blank and words
/// with no wildcard (a `*` after the code stands for the server's text, which the client
/// only quotes).
fn made_up_code(pattern: &str) -> Option<(u16, &str)> {
    let p = pattern.as_bytes();
    (0..p.len().saturating_sub(4)).find_map(|i| {
        let code = &p[i..i + 3];
        (code.iter().all(u8::is_ascii_digit)
            && p[i + 3] == b' '
            && (i == 0 || matches!(p[i - 1], b'\'' | b'"'))
            && !p[i + 4..].contains(&b'*'))
        .then(|| {
            let reply = pattern[i..].trim_end_matches(['\'', '"']);
            Some((pattern[i..i + 3].parse().ok()?, reply))
        })
        .flatten()
    })
}

/// The replies clients make up, by code (a table built once).
fn made_up_words() -> &'static [(u16, &'static str)] {
    static WORDS: std::sync::LazyLock<Vec<(u16, &'static str)>> = std::sync::LazyLock::new(|| {
        let mut words: Vec<(u16, &'static str)> = CLIENT_ERRORS
            .iter()
            .flat_map(|e| e.patterns.iter())
            .filter_map(|p| made_up_code(p))
            .collect();
        words.sort_unstable();
        words.dedup();
        words
    });
    &WORDS
}

/// The client errors a line matches: each error's patterns are looked for anywhere in it.
pub fn matching(line: &[u8]) -> impl Iterator<Item = &'static ClientError> + '_ {
    CLIENT_ERRORS
        .iter()
        .filter(move |e| e.patterns.iter().any(|p| matches(p, line)))
}

/// Where in a line a pattern's match starts first, if it matches. Letters match in either
/// case: programs change the case of a word between versions ("The remote Server"), Go
/// prints the system's messages in lower case.
pub fn match_start(pattern: &str, line: &[u8]) -> Option<usize> {
    let p = pattern.as_bytes();
    if !matches(pattern, line) {
        return None;
    }
    // A pattern that starts with `*` matches from the line's start.
    if p.first() == Some(&b'*') {
        return Some(0);
    }
    (0..line.len()).find(|&i| {
        line[i].eq_ignore_ascii_case(&p[0])
            && crate::knowledge::glob_prefix_ignore_case(p, &line[i..])
    })
}

/// Whether one of an error's patterns is found in a line (letters in either case).
pub fn matches(pattern: &str, line: &[u8]) -> bool {
    glob_within_ignore_case(pattern.as_bytes(), line)
}

/// The server's own log line a line is (vsftpd's `FAIL LOGIN: Client "..."`), if it is
/// one: what `scan` looks for all through an input with no reply, where a client's errors
/// are looked for in its first lines only.
pub fn server_log_line(line: &[u8]) -> Option<&'static ClientError> {
    // The rows, and an automaton over their patterns' anchors that spares most lines the
    // patterns themselves.
    type Rows = (Vec<&'static ClientError>, Option<aho_corasick::AhoCorasick>);
    static ROWS: std::sync::OnceLock<Rows> = std::sync::OnceLock::new();
    let (rows, ac) = ROWS.get_or_init(|| {
        let rows: Vec<&'static ClientError> = CLIENT_ERRORS
            .iter()
            .filter(|e| e.client.get().role == Role::ServerLog)
            .collect();
        // (An NFA: the DFA the builder would choose for so few patterns takes as long to
        // build as a short log takes to read.)
        let ac = aho_corasick::AhoCorasick::builder()
            .kind(Some(aho_corasick::AhoCorasickKind::ContiguousNFA))
            .ascii_case_insensitive(true)
            .build(
                rows.iter()
                    .flat_map(|e| e.patterns.iter().map(|p| anchor(p))),
            )
            .ok();
        (rows, ac)
    });
    if !ac.as_ref().is_some_and(|ac| ac.is_match(line)) {
        return None;
    }
    // The most specific row where two match (`Can't open that file: ...` over `Can't open
    // *: *`): the one whose matching pattern has the most literal bytes.
    rows.iter()
        .copied()
        .filter_map(|e| {
            let literal = e
                .patterns
                .iter()
                .filter(|p| matches(p, line))
                .map(|p| p.bytes().filter(|b| *b != b'*').count())
                .max()?;
            Some((literal, e))
        })
        .max_by_key(|&(literal, e)| (literal, std::cmp::Reverse(e.id)))
        .map(|(_, e)| e)
}

/// The server whose own log a line is one of the ordinary lines of (vsftpd's `CONNECT:
/// Client "..."`), if it is: so that an input without replies can be named.
pub fn server_log_record(line: &[u8]) -> Option<&'static Client> {
    CLIENTS
        .iter()
        .find(|c| c.records.iter().any(|p| matches(p, line)))
}

/// The client error a name, id or number stands for, as a user types it alone
/// (`ECONNREFUSED`, `curl-67`, `CURLE_LOGIN_DENIED`), any case.
pub fn by_alias(word: &str) -> Option<&'static ClientError> {
    let word = word.trim();
    if let Some(e) = CLIENT_ERRORS
        .iter()
        .find(|e| e.id.eq_ignore_ascii_case(word))
    {
        return Some(e);
    }
    // A name several clients print (ECONNREFUSED) is the operating system's first, then
    // the TLS library's (GNUTLS_E_FATAL_ALERT_RECEIVED): the clients' entries tell what
    // they make of it.
    let named = CLIENT_ERRORS
        .iter()
        .filter(|e| e.aliases.iter().any(|a| a.eq_ignore_ascii_case(word)));
    named.min_by_key(|e| layer(e))
}

/// Where an error's owner sits: the operating system (0), the TLS library (1), a client (2).
fn layer(e: &ClientError) -> u8 {
    match e.client.get().slug.as_str() {
        s if s.starts_with("os-") => 0,
        "tls" => 1,
        _ => 2,
    }
}

/// Whether an alias is a name a program prints inside its own messages, not only one a user
/// types: capitals, digits and `_` (`ECONNRESET`, `GNUTLS_E_PULL_ERROR`, `0A00010B`), or a
/// hexadecimal code (`0x80092012`). Plain numbers (`111`) and class names stay out: they
/// mean other things inside a line.
fn printed_name(alias: &str) -> bool {
    let b = alias.as_bytes();
    let capitals = b.len() >= 5
        && b.iter().any(|c| c.is_ascii_uppercase())
        && b.iter()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || *c == b'_');
    let hex = b.len() >= 6
        && (b.starts_with(b"0x") || b.starts_with(b"0X"))
        && b[2..].iter().all(u8::is_ascii_hexdigit);
    capitals || hex
}

/// The first error name in a line that is an alias (`connect ECONNREFUSED 10.0.0.1:21`,
/// `(-12) GNUTLS_E_FATAL_ALERT_RECEIVED`, `Errno::ETIMEDOUT`), as a whole word, and where
/// it starts.
pub fn named_in(line: &[u8]) -> Option<(usize, &'static ClientError)> {
    let word = |b: &u8| b.is_ascii_alphanumeric() || *b == b'_';
    let mut i = 0;
    while i < line.len() {
        if !word(&line[i]) {
            i += 1;
            continue;
        }
        let end = line[i..]
            .iter()
            .position(|b| !word(b))
            .map_or(line.len(), |n| i + n);
        let token = &line[i..end];
        // Node.js names an OpenSSL error by its reason text, upper-cased with `_` for spaces
        // (src/crypto/crypto_tls.cc, TLSWrap::ClearOut: "ERR_SSL_" + reason): the same words
        // as OpenSSL's own SSL_R_ macro (ERR_SSL_WRONG_VERSION_NUMBER, SSL_R_WRONG_VERSION_NUMBER).
        let openssl;
        let token = match token.strip_prefix(b"ERR_SSL_") {
            Some(reason) => {
                openssl = [b"SSL_R_".as_slice(), reason].concat();
                openssl.as_slice()
            }
            None => token,
        };
        let found = CLIENT_ERRORS
            .iter()
            .filter(|e| {
                e.aliases
                    .iter()
                    .any(|a| printed_name(a) && a.as_bytes().eq_ignore_ascii_case(token))
            })
            .min_by_key(|e| layer(e));
        if let Some(e) = found {
            return Some((i, e));
        }
        i = end;
    }
    None
}

/// The ways runtimes print a system error's number inside a line, and what must follow
/// the number: Python's `[Errno 111]`, `[WinError 10060]` and its exceptions' repr
/// `TimeoutError(10060, '...')`, Rust's `(os error 10054)`, C programs' `errno 104` /
/// `errno=104`.
const NUMBER_MARKS: &[(&[u8], Option<u8>)] = &[
    (b"[Errno ", Some(b']')),
    (b"[WinError ", Some(b']')),
    (b"Error(", Some(b',')),
    (b"(os error ", Some(b')')),
    (b"errno ", None),
    (b"errno=", None),
    (b"errno: ", None),
];

/// The operating-system error whose number a line gives in one of [`NUMBER_MARKS`], and
/// where that mark starts. Numbers are unique across the systems' entries (Linux 111,
/// macOS 61, Windows 10061) except where they mean the same (EPIPE is 32 on both Unixes).
pub fn numbered_in(line: &[u8]) -> Option<(usize, &'static ClientError)> {
    for i in 0..line.len() {
        let Some((mark, after)) = NUMBER_MARKS.iter().find(|(m, _)| {
            line.len() >= i + m.len() && line[i..i + m.len()].eq_ignore_ascii_case(m)
        }) else {
            continue;
        };
        let rest = &line[i + mark.len()..];
        let sign = usize::from(rest.first() == Some(&b'-'));
        let digits = rest[sign..]
            .iter()
            .take_while(|b| b.is_ascii_digit())
            .count();
        let next = rest.get(sign + digits).copied();
        let ends = match after {
            Some(c) => next == Some(*c),
            None => !next.is_some_and(|b| b.is_ascii_alphanumeric()),
        };
        if digits == 0 || digits > 9 || !ends {
            continue;
        }
        let Some(n) = std::str::from_utf8(&rest[..sign + digits])
            .ok()
            .and_then(|t| t.parse::<i64>().ok())
        else {
            continue;
        };
        let found = CLIENT_ERRORS
            .iter()
            .filter(|e| layer(e) == 0 && e.number == Some(n))
            .min_by_key(|e| e.id);
        if let Some(e) = found {
            return Some((i, e));
        }
    }
    None
}

/// A client by name or slug, any case (`list --client curl`).
pub fn client_named(name: &str) -> Option<ClientId> {
    CLIENTS.iter().enumerate().find_map(|(i, c)| {
        (c.name.eq_ignore_ascii_case(name) || c.slug.eq_ignore_ascii_case(name))
            .then_some(ClientId(i as u8))
    })
}

/// Finds client errors in lines fast: an Aho-Corasick automaton over the longest literal
/// piece of every pattern picks the few entries worth a full match (a log has millions
/// of lines, the table over a thousand patterns).
pub struct Matcher {
    /// An automaton over the anchors of all the patterns, built on first use.
    ac: std::sync::OnceLock<Option<aho_corasick::AhoCorasick>>,
    /// Every pattern with an anchor, in the automaton's order.
    patterns: Vec<Pattern>,
    /// An automaton over the anchors of only the patterns [`Matcher::find_in_log`] keeps,
    /// in the same order, with each one's place in `patterns`: a log's every line is
    /// searched for far fewer anchors. Built on first use.
    log: std::sync::OnceLock<Option<LogAutomaton>>,
}

/// The automaton of [`Matcher::find_in_log`]'s patterns, the place of each in `patterns`,
/// and the quick look that spares it most lines.
struct LogAutomaton {
    ac: aho_corasick::AhoCorasick,
    kept: Vec<usize>,
    grams: super::grams::Grams,
}

/// One pattern the matcher looks for.
struct Pattern {
    /// The error it belongs to, by its place in [`CLIENT_ERRORS`].
    owner: u16,
    text: std::borrow::Cow<'static, str>,
    /// Made by the matcher from a data pattern, not written in the data: only `explain`
    /// uses it.
    derived: bool,
}

/// The message alone, for a pattern that puts a frame around it which some programs leave
/// out:
/// * libcurl's bindings (PHP, R, git, pycurl) print the error buffer without the tool's
///   `curl: (N) ` (curl src/tool_operate.c adds it; lib/ fills the buffer);
/// * Python 2 prints an exception's class without its module (`error_perm: 530 ...`,
///   `gaierror: [Errno -2] ...`): CPython 2.7 Lib/traceback.py format_exception_only uses
///   `etype.__name__`, Python 3 adds `__module__` (`ftplib.error_perm`).
///
/// Only a message of some length stands alone.
fn unframed<'a>(client: &str, pattern: &'a str) -> Option<&'a str> {
    let message = match client {
        "curl" => {
            let rest = pattern.strip_prefix("curl: (")?;
            let close = rest.find(") ")?;
            rest[..close]
                .bytes()
                .all(|b| b.is_ascii_digit())
                .then_some(())?;
            let message = &rest[close + 2..];
            message.contains(' ').then_some(message)?
        }
        "python-ftplib" => ["ftplib.", "socket.", "ssl."]
            .iter()
            .find_map(|module| pattern.strip_prefix(module))?,
        _ => return None,
    };
    let literal = message.bytes().filter(|b| *b != b'*').count();
    (literal >= 14 && !message.starts_with('*')).then_some(message)
}

/// A message without its final period, as users quote it in a sentence or a title
/// (`... has closed the transport stream`). Only a sentence of some length: a short one
/// ("Connection failed") is too common without its period.
fn no_final_period(pattern: &str) -> Option<&str> {
    let message = pattern.strip_suffix('.')?;
    let literal = message.bytes().filter(|b| *b != b'*').count();
    let words = message
        .split(' ')
        .filter(|w| !w.is_empty() && *w != "*")
        .count();
    (literal >= 24 && words >= 4 && !message.ends_with(['*', '.'])).then_some(message)
}

impl Matcher {
    fn new() -> Option<Self> {
        let mut patterns = Vec::new();
        let mut bare: Vec<(u16, &'static str)> = Vec::new();
        for (i, e) in CLIENT_ERRORS.iter().enumerate() {
            let owner = u16::try_from(i).ok()?;
            for p in e.patterns {
                patterns.push(Pattern {
                    owner,
                    text: p.as_str().into(),
                    derived: false,
                });
                let message = unframed(e.client.get().slug.as_str(), p);
                for m in [
                    message,
                    no_final_period(p.as_str()),
                    message.and_then(no_final_period),
                ] {
                    if let Some(m) = m
                        && !e.patterns.iter().any(|p| *p == m)
                        && !bare.contains(&(owner, m))
                    {
                        bare.push((owner, m));
                    }
                }
            }
        }
        // A message two errors share ("Failed to connect to *" is curl's 7 and 28) tells
        // nothing without its number.
        for &(owner, message) in &bare {
            if bare.iter().all(|&(o, m)| o == owner || m != message) {
                patterns.push(Pattern {
                    owner,
                    text: message.into(),
                    derived: true,
                });
            }
        }
        patterns.retain(|p| !anchor(&p.text).is_empty());
        Some(Matcher {
            ac: std::sync::OnceLock::new(),
            patterns,
            log: std::sync::OnceLock::new(),
        })
    }

    /// The automaton of all the patterns (see `ac`).
    fn automaton(&self) -> Option<&aho_corasick::AhoCorasick> {
        self.ac
            .get_or_init(|| {
                aho_corasick::AhoCorasick::builder()
                    .kind(Some(aho_corasick::AhoCorasickKind::ContiguousNFA))
                    .ascii_case_insensitive(true)
                    .build(self.patterns.iter().map(|p| anchor(&p.text)))
                    .ok()
            })
            .as_ref()
    }

    /// The automaton of the patterns that mark a client's own line (see `log`).
    fn log_automaton(&self) -> Option<&LogAutomaton> {
        self.log
            .get_or_init(|| {
                let kept: Vec<usize> = (0..self.patterns.len())
                    .filter(|&i| in_log(&self.patterns[i]))
                    .collect();
                let anchors = kept.iter().map(|&i| anchor(&self.patterns[i].text));
                let ac = aho_corasick::AhoCorasick::builder()
                    .kind(Some(aho_corasick::AhoCorasickKind::ContiguousNFA))
                    .ascii_case_insensitive(true)
                    .build(anchors.clone())
                    .ok()?;
                let grams = super::grams::Grams::new(anchors);
                Some(LogAutomaton { ac, kept, grams })
            })
            .as_ref()
    }

    /// The one matcher, built on first use (`explain 502` never pays for it).
    pub fn get() -> Option<&'static Matcher> {
        static MATCHER: std::sync::OnceLock<Option<Matcher>> = std::sync::OnceLock::new();
        MATCHER.get_or_init(Matcher::new).as_ref()
    }

    /// The client error a line shows. When several match, the one that starts first in
    /// the line is the client's own (`curl: (28) Operation timed out` is curl's error that
    /// quotes the system's), then the most specific pattern. A line no pattern matches may
    /// still name an error (`read ECONNRESET`) or give a system error's number
    /// (`[WinError 10060]`); and a number or name tells which system's error a message
    /// is (`Connection reset by peer (os error 10054)` is Windows').
    pub fn find(&self, line: &[u8]) -> Option<&'static ClientError> {
        self.find_beside(line, None)
    }

    /// [`Matcher::find`] for a line that carries a server's reply at `reply` (the bytes of
    /// its code and text): what matches only within the reply is the server's own words,
    /// not a client's error (`Response:\t550 Permission denied.` is no EACCES), while a
    /// client's line that wraps a reply (`ftplib.error_perm: 530 ...`) still is one.
    pub fn find_beside(
        &self,
        line: &[u8],
        reply: Option<Range<usize>>,
    ) -> Option<&'static ClientError> {
        let by_pattern = self.choose(line, self.candidates(line), |_| true, reply.as_ref());
        let explicit = match &reply {
            // A name or number is looked for before the reply and after it.
            Some(r) => numbered_in(&line[..r.start])
                .or_else(|| named_in(&line[..r.start]))
                .or_else(|| numbered_in(&line[r.end..]))
                .or_else(|| named_in(&line[r.end..])),
            None => numbered_in(line).or_else(|| named_in(line)),
        }
        .map(|(_, e)| e);
        match (by_pattern, explicit) {
            (Some(p), Some(x)) if layer(p) == 0 && layer(x) == 0 => Some(x),
            (Some(p), _) => Some(p),
            (None, x) => x,
        }
    }

    /// [`Matcher::find`], with only the patterns that mark a client's own line: not a bare
    /// system message ("Permission denied" also ends servers' log lines about their own
    /// files), but one with a client's prefix, an error name or a number.
    ///
    /// The patterns it keeps have an automaton of their own, which reports their anchors'
    /// matches in the order the whole one does (by where they end, then longest first,
    /// then in the patterns' order): the same candidates in the same order, so the same
    /// choice among them.
    pub fn find_in_log(&self, line: &[u8]) -> Option<&'static ClientError> {
        match self.log_candidates(line) {
            Some(candidates) => self.choose(line, candidates, in_log, None),
            None => self.find_where(line, in_log),
        }
    }

    /// [`Matcher::find_in_log`] for a line whose reply seemed to be a code alone: there a
    /// client's message without its frame counts too, as a library prints it for the
    /// program that uses it (libcurl's `Failed FTP upload: 553` through R, PHP or pycurl),
    /// if it has a place for a value (the code it names).
    /// (Asked of few lines: the unframed patterns are tried one by one, with no automaton
    /// of their own to build.)
    pub fn find_code_error(&self, line: &[u8]) -> Option<&'static ClientError> {
        self.find_in_log(line).or_else(|| {
            let unframed = (0..self.patterns.len()).filter(|&i| names_a_value(&self.patterns[i]));
            self.choose(line, unframed.collect(), names_a_value, None)
        })
    }

    fn find_where(&self, line: &[u8], keep: fn(&Pattern) -> bool) -> Option<&'static ClientError> {
        self.choose(line, self.candidates(line), keep, None)
    }

    /// The patterns whose anchors the line holds, by their place, in the order found
    /// (none if the automaton could not be built, which the tests would show).
    fn candidates(&self, line: &[u8]) -> Vec<usize> {
        let mut candidates: Vec<usize> = Vec::new();
        let Some(ac) = self.automaton() else {
            return candidates;
        };
        for m in ac.find_overlapping_iter(line) {
            let i = m.pattern().as_usize();
            if !candidates.contains(&i) {
                candidates.push(i);
            }
        }
        candidates
    }

    /// [`Matcher::candidates`] of the patterns [`Matcher::find_in_log`] keeps, from their
    /// own automaton (None if it could not be built).
    fn log_candidates(&self, line: &[u8]) -> Option<Vec<usize>> {
        let LogAutomaton { ac, kept, grams } = self.log_automaton()?;
        let mut candidates: Vec<usize> = Vec::new();
        if !grams.may_hold(line) {
            return Some(candidates);
        }
        for m in ac.find_overlapping_iter(line) {
            let i = kept[m.pattern().as_usize()];
            if !candidates.contains(&i) {
                candidates.push(i);
            }
        }
        Some(candidates)
    }

    /// The error the patterns at these places (in the order the automaton found them)
    /// show in the line, of those `keep` keeps.
    fn choose(
        &self,
        line: &[u8],
        candidates: Vec<usize>,
        keep: fn(&Pattern) -> bool,
        reply: Option<&Range<usize>>,
    ) -> Option<&'static ClientError> {
        if candidates.is_empty() {
            return None;
        }
        let found: Vec<Found> = candidates
            .into_iter()
            .map(|i| &self.patterns[i])
            .filter(|p| keep(p))
            // A message without its frame must be as the client prints it, case and all.
            .filter(|p| !p.derived || glob_within(p.text.as_bytes(), line))
            .filter_map(|p| {
                let (start, end) = match_span(&p.text, line)?;
                if reply.is_some_and(|r| r.start <= start && end <= r.end) {
                    return None;
                }
                Some(Found {
                    error: &CLIENT_ERRORS[usize::from(p.owner)],
                    start,
                    end,
                    specific: specificity(&p.text),
                    derived: p.derived,
                })
            })
            .collect();
        let first = found
            .iter()
            .min_by_key(|f| (f.start, std::cmp::Reverse(f.specific)))?;
        // Within what the first match covers, a more specific wording of the same client
        // is the better reading (`Error:\tCritical error: Could not connect to server` is
        // FileZilla's critical error, not its plain `Error:*Could not connect to server`).
        let best = found
            .iter()
            .filter(|f| {
                !f.derived
                    && f.error.client == first.error.client
                    && f.start >= first.start
                    && f.end <= first.end
            })
            .max_by_key(|f| (f.specific, std::cmp::Reverse(f.start)))
            .filter(|f| f.specific > first.specific)
            .unwrap_or(first);
        Some(best.error)
    }
}

/// Whether a pattern is a client's message without its frame that has a place for a
/// value (`Failed FTP upload: *`): [`Matcher::find_code_error`] asks it of a line whose
/// reply seemed to be a code alone.
fn names_a_value(p: &Pattern) -> bool {
    p.derived && p.text.contains('*')
}

/// Whether a pattern marks a client's own line in a log: not a bare system message, but one
/// with a client's prefix, an error name or a number (see [`Matcher::find_in_log`]).
fn in_log(p: &Pattern) -> bool {
    !p.derived && distinctive(&p.text) && !frame_only(&p.text)
}

/// A pattern found in a line.
struct Found {
    error: &'static ClientError,
    start: usize,
    end: usize,
    specific: usize,
    derived: bool,
}

/// Where in a line a pattern's first match starts and where its shortest match from there
/// ends (letters in either case).
pub fn match_span(pattern: &str, line: &[u8]) -> Option<(usize, usize)> {
    let start = match_start(pattern, line)?;
    let pieces: Vec<&[u8]> = pattern.as_bytes().split(|b| *b == b'*').collect();
    // From the start, each literal piece at its leftmost place after the one before: the
    // shortest match, as a glob of `*` and literals has no other choice to make.
    let mut at = start;
    for (n, piece) in pieces.iter().enumerate() {
        if piece.is_empty() {
            continue;
        }
        let anchored = n == 0 && pattern.as_bytes().first() != Some(&b'*');
        let offset = if anchored {
            line[at..]
                .get(..piece.len())
                .is_some_and(|w| w.eq_ignore_ascii_case(piece))
                .then_some(0)?
        } else {
            line[at..]
                .windows(piece.len())
                .position(|w| w.eq_ignore_ascii_case(piece))?
        };
        at += offset + piece.len();
    }
    // A final `*` takes the rest of the line.
    if pattern.ends_with('*') {
        at = line.len();
    }
    Some((start, at))
}

/// The longest literal piece of a pattern, which the automaton looks for.
fn anchor(pattern: &str) -> &[u8] {
    let piece = pattern
        .as_bytes()
        .split(|b| *b == b'*')
        .max_by_key(|piece| piece.len())
        .unwrap_or_default();
    &piece[..piece.len().min(ANCHOR_LEN)]
}

/// How much of a pattern's longest literal piece its anchor keeps: every candidate is
/// matched whole anyway, and a shorter anchor makes an automaton of a third the states,
/// built in a third of the time (scan builds one before its first line: 35 million
/// instructions for whole pieces, most of a short log's run).
const ANCHOR_LEN: usize = 16;

/// Whether a pattern holds more than prose: punctuation that a program's format puts
/// there (`curl: (7)`, `Error:`, `[Errno 111]`), a digit, or an error name in capitals.
fn distinctive(pattern: &str) -> bool {
    pattern
        .bytes()
        .any(|b| b.is_ascii_digit() || matches!(b, b':' | b'(' | b'[' | b'_'))
        || pattern
            .split(|c: char| !c.is_ascii_alphanumeric())
            .any(|w| {
                w.len() >= 4
                    && w.bytes()
                        .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit())
            })
}

/// Whether a pattern is only a program's frame with anything after it (`curl: (7) *`,
/// `ftp_put(): *`): it names who printed a line, not what happened, so a log's line needs
/// a pattern that says more to count as a client's error.
fn frame_only(pattern: &str) -> bool {
    pattern.ends_with('*') && pattern.matches('*').count() == 1 && pattern.len() < 17
}

/// How much of a pattern is literal text.
fn specificity(pattern: &str) -> usize {
    pattern.bytes().filter(|b| *b != b'*').count()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(line: &str) -> Option<&'static str> {
        Matcher::get()?.find(line.as_bytes()).map(|e| e.id.as_str())
    }

    #[test]
    fn the_log_automaton_finds_what_the_whole_one_keeps() {
        let m = Matcher::get().unwrap();
        // Its quick look (knowledge/grams.rs) is on: no log pattern's anchor is too short.
        assert!(m.log_automaton().is_some_and(|l| l.grams.is_on()));
        let texts: Vec<String> = m
            .patterns
            .iter()
            .map(|p| p.text.replace('*', "x 550 "))
            .collect();
        let mut lines: Vec<String> = texts.clone();
        for (i, t) in texts.iter().enumerate() {
            let next = &texts[(i * 7 + 3) % texts.len()];
            lines.push(format!("{t} {next}"));
            lines.push(format!("Error: {}: {t}", next.to_uppercase()));
        }
        for line in &lines {
            let line = line.as_bytes();
            let whole: Vec<usize> = m
                .candidates(line)
                .into_iter()
                .filter(|&i| in_log(&m.patterns[i]))
                .collect();
            assert_eq!(m.log_candidates(line), Some(whole));
            assert_eq!(
                m.find_in_log(line).map(|e| e.id),
                m.find_where(line, in_log).map(|e| e.id)
            );
        }
    }

    #[test]
    fn error_names_inside_a_line() {
        // Node's `syscall CODE address`, Ruby's Errno:: class, a library's enum name.
        assert_eq!(
            found("Error: connect ECONNREFUSED 10.0.0.1:21"),
            Some("os-linux-econnrefused")
        );
        assert_eq!(
            found("Errno::EHOSTUNREACH: No route to host"),
            Some("os-linux-ehostunreach")
        );
        assert_eq!(
            found("handshake: (-110) GNUTLS_E_PREMATURE_TERMINATION"),
            Some("tls-gnutls-premature-termination")
        );
        // Node's code for an OpenSSL reason is OpenSSL's SSL_R_ name.
        assert_eq!(
            found("code: 'ERR_SSL_UNSAFE_LEGACY_RENEGOTIATION_DISABLED'"),
            Some("tls-openssl-unsafe-legacy-renegotiation")
        );
        // Whole words only: WSAECONNRESET is not ECONNRESET, and a name must be an alias.
        assert!(named_in(b"xECONNRESET").is_none());
        assert_eq!(
            named_in(b"WSAECONNRESET").map(|(_, e)| e.id.as_str()),
            Some("os-windows-wsaeconnreset")
        );
        assert_eq!(found("nothing ECONNWHATEVER here"), None);
    }

    #[test]
    fn error_numbers_inside_a_line() {
        let id = |line: &str| numbered_in(line.as_bytes()).map(|(_, e)| e.id.as_str());
        assert_eq!(
            id("OSError: [WinError 10065] unreachable"),
            Some("os-windows-wsaehostunreach")
        );
        assert_eq!(
            id("io error: reset (os error 104)"),
            Some("os-linux-econnreset")
        );
        assert_eq!(
            id("ConnectionRefusedError(61, 'refused')"),
            Some("os-macos-econnrefused")
        );
        assert_eq!(
            id("[Errno -3] Temporary failure"),
            Some("os-linux-eai-again")
        );
        // A number needs its mark and the mark's end: ports and sizes are not errors.
        assert_eq!(id("connect to 10.0.0.1 port 10054 failed"), None);
        assert_eq!(id("[Errno 111x] refused"), None);
        assert_eq!(id("[Errno 1110] x"), None);
    }

    #[test]
    fn a_number_or_name_tells_the_system() {
        // The message is Linux's wording too; the number says it is Windows'.
        assert_eq!(
            found("Connection reset by peer (os error 10054)"),
            Some("os-windows-wsaeconnreset")
        );
        assert_eq!(
            found("Connection reset by peer"),
            Some("os-linux-econnreset")
        );
        // A client's own entry keeps the line.
        assert_eq!(
            found("ConnectionRefusedError: [WinError 10061] No connection could be made"),
            Some("python-ftplib-connection-refused")
        );
    }

    #[test]
    fn letters_in_either_case() {
        // Go prints the system's messages in lower case.
        assert_eq!(
            found("dial tcp 10.0.0.1:21: connect: connection refused"),
            Some("os-linux-econnrefused")
        );
    }

    #[test]
    fn messages_without_their_frame() {
        // libcurl's error buffer, as bindings print it (no `curl: (9) `).
        assert_eq!(
            found("Server denied you to change to the given directory"),
            Some("curl-9")
        );
        // ...but only as curl writes it, and not a message two numbers share.
        assert_eq!(
            found("server denied you to change to the given directory"),
            None
        );
        assert!(unframed("curl", "curl: (7) Failed to connect to *").is_some());
        assert_ne!(
            found("Failed to connect to example.com port 21"),
            Some("curl-7")
        );
        // Python 2 names the exception without its module.
        assert_eq!(
            found("error_perm: 550 No such file or directory"),
            Some("python-ftplib-error-perm-550")
        );
        // A long message quoted without its final period.
        assert_eq!(
            found("FtpException: The connection was terminated before a greeting could be read"),
            Some("dotnet-fluentftp-no-greeting")
        );
        assert_eq!(no_final_period("Connection failed."), None);
        // A frame alone names the program, not the error: explain only.
        assert!(frame_only("ftp_put(): *") && !frame_only("curl: (67) Access denied: *"));
        assert_eq!(
            found("ftp_put(): Permission denied."),
            Some("php-ftp-put-failed")
        );
        assert!(
            Matcher::get()
                .and_then(|m| m.find_in_log(b"PHP Warning:  ftp_put(): Permission denied."))
                .is_none()
        );
        // Scan never uses these: a server's log is not a client's paste.
        assert!(
            Matcher::get()
                .and_then(|m| m.find_in_log(b"error_perm: 550 No such file"))
                .is_none()
        );
    }

    #[test]
    fn the_more_exact_wording_of_the_same_client() {
        // `Error:*Could not connect to server` starts first, but FileZilla's critical error
        // lies within it and says more.
        assert_eq!(
            found("Error:\tCritical error: Could not connect to server"),
            Some("filezilla-critical-could-not-connect")
        );
        assert_eq!(
            found("Error:\tCould not connect to server"),
            Some("filezilla-could-not-connect")
        );
        // A client's frame still wins over the system's message it quotes.
        assert_eq!(
            found("curl: (28) Operation timed out after 5000 milliseconds with 0 bytes received"),
            Some("curl-28")
        );
        assert_eq!(match_span("a*c", b"xxabbcdd"), Some((2, 6)));
        assert_eq!(match_span("a*", b"xxabbcdd"), Some((2, 8)));
        assert_eq!(match_span("*c", b"xxabbcdd"), Some((0, 6)));
    }
}
