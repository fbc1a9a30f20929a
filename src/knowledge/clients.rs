//! What FTP clients print that is not a server reply but that users look up: curl's exit
//! codes, lftp's, FileZilla's and WinSCP's errors, library exceptions, operating-system
//! socket errors and TLS library errors, from `data/clients/<client>.toml`.

use serde::{Serialize, Serializer};

use crate::code::ReplyCode;
use crate::knowledge::glob_within;

/// A client (or library, or operating system) whose errors ftpcode knows.
#[derive(Debug)]
pub struct Client {
    /// Its name as users know it: "curl", "FileZilla".
    pub name: &'static str,
    /// The name of its data file: `curl`, `os-windows`.
    pub slug: &'static str,
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
        s.serialize_str(self.get().name)
    }
}

/// One error a client prints, and what is behind it.
#[derive(Debug, Serialize)]
pub struct ClientError {
    pub client: ClientId,
    /// A stable name: `curl-67`, `os-linux-econnrefused`.
    pub id: &'static str,
    /// The text as the client prints it, `*` for the variable parts; found anywhere in a line.
    pub patterns: &'static [&'static str],
    /// Names and numbers a user may type alone: `CURLE_LOGIN_DENIED`, `ECONNREFUSED`.
    pub aliases: &'static [&'static str],
    /// The client's own number for it (curl's exit code, an errno value).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub number: Option<i64>,
    pub title: &'static str,
    pub cause: &'static str,
    /// The FTP reply or the network condition behind it.
    pub behind: &'static str,
    /// The FTP replies behind it, if any.
    pub replies: &'static [ReplyCode],
    pub fix_client: &'static str,
    pub fix_server: &'static str,
    pub source: &'static str,
}

include!(concat!(env!("OUT_DIR"), "/clients.rs"));

/// The client errors a line matches: each error's patterns are looked for anywhere in it.
pub fn matching(line: &[u8]) -> impl Iterator<Item = &'static ClientError> + '_ {
    CLIENT_ERRORS
        .iter()
        .filter(move |e| e.patterns.iter().any(|p| matches(p, line)))
}

/// Where in a line a pattern's match starts first, if it matches.
pub fn match_start(pattern: &str, line: &[u8]) -> Option<usize> {
    let p = pattern.as_bytes();
    if !matches(pattern, line) {
        return None;
    }
    // A pattern that starts with `*` matches from the line's start.
    if p.first() == Some(&b'*') {
        return Some(0);
    }
    (0..line.len()).find(|&i| line[i] == p[0] && crate::knowledge::glob_prefix(p, &line[i..]))
}

/// Whether one of an error's patterns is found in a line.
pub fn matches(pattern: &str, line: &[u8]) -> bool {
    glob_within(pattern.as_bytes(), line)
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
    // A name several clients print (ECONNREFUSED) is the operating system's first: the
    // clients' entries tell what they make of it.
    let named = CLIENT_ERRORS
        .iter()
        .filter(|e| e.aliases.iter().any(|a| a.eq_ignore_ascii_case(word)));
    named.min_by_key(|e| !e.client.get().slug.starts_with("os-"))
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
    ac: aho_corasick::AhoCorasick,
    /// The error each anchor belongs to, by its place in [`CLIENT_ERRORS`].
    owners: Vec<u16>,
}

impl Matcher {
    fn new() -> Option<Self> {
        let mut anchors: Vec<&'static [u8]> = Vec::new();
        let mut owners = Vec::new();
        for (i, e) in CLIENT_ERRORS.iter().enumerate() {
            for p in e.patterns {
                let anchor = p
                    .as_bytes()
                    .split(|b| *b == b'*')
                    .max_by_key(|piece| piece.len())
                    .unwrap_or_default();
                if !anchor.is_empty() {
                    anchors.push(anchor);
                    owners.push(u16::try_from(i).ok()?);
                }
            }
        }
        let ac = aho_corasick::AhoCorasick::builder()
            .kind(Some(aho_corasick::AhoCorasickKind::ContiguousNFA))
            .build(&anchors)
            .ok()?;
        Some(Matcher { ac, owners })
    }

    /// The one matcher, built on first use (`explain 502` never pays for it).
    pub fn get() -> Option<&'static Matcher> {
        static MATCHER: std::sync::OnceLock<Option<Matcher>> = std::sync::OnceLock::new();
        MATCHER.get_or_init(Matcher::new).as_ref()
    }

    /// The client error a line shows. When several match, the one that starts first in
    /// the line is the client's own (`curl: (28) Operation timed out` is curl's error that
    /// quotes the system's), then the most specific pattern.
    pub fn find(&self, line: &[u8]) -> Option<&'static ClientError> {
        self.find_where(line, |_| true)
    }

    /// [`Matcher::find`], with only the patterns that mark a client's own line: not a bare
    /// system message ("Permission denied" also ends servers' log lines about their own
    /// files), but one with a client's prefix, an error name or a number.
    pub fn find_in_log(&self, line: &[u8]) -> Option<&'static ClientError> {
        self.find_where(line, distinctive)
    }

    fn find_where(&self, line: &[u8], keep: fn(&str) -> bool) -> Option<&'static ClientError> {
        let mut candidates: Vec<u16> = Vec::new();
        for m in self.ac.find_overlapping_iter(line) {
            let owner = self.owners[m.pattern().as_usize()];
            if !candidates.contains(&owner) {
                candidates.push(owner);
            }
        }
        candidates
            .into_iter()
            .map(|i| &CLIENT_ERRORS[usize::from(i)])
            .filter_map(|e| {
                let best = e
                    .patterns
                    .iter()
                    .filter(|p| keep(p))
                    .filter_map(|p| Some((match_start(p, line)?, specificity(p))))
                    .min_by_key(|&(start, specific)| (start, std::cmp::Reverse(specific)))?;
                Some((e, best))
            })
            .min_by_key(|&(_, (start, specific))| (start, std::cmp::Reverse(specific)))
            .map(|(e, _)| e)
    }
}

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

/// How much of a pattern is literal text.
fn specificity(pattern: &str) -> usize {
    pattern.bytes().filter(|b| *b != b'*').count()
}
