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
