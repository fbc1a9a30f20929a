//! What FTP clients print that is not a server reply but that users look up: curl's exit
//! codes, lftp's, FileZilla's and WinSCP's errors, library exceptions, operating-system
//! socket errors and TLS library errors, from `data/clients/<client>.toml`.

use serde::{Serialize, Serializer};

use crate::code::ReplyCode;
use crate::knowledge::glob;

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
    CLIENT_ERRORS.iter().filter(move |e| {
        e.patterns.iter().any(|p| {
            let mut pattern = Vec::with_capacity(p.len() + 2);
            pattern.push(b'*');
            pattern.extend_from_slice(p.as_bytes());
            pattern.push(b'*');
            glob(&pattern, line)
        })
    })
}

/// The client error a name, id or number stands for, as a user types it alone
/// (`ECONNREFUSED`, `curl-67`, `CURLE_LOGIN_DENIED`), any case.
pub fn by_alias(word: &str) -> Option<&'static ClientError> {
    let word = word.trim();
    CLIENT_ERRORS.iter().find(|e| {
        e.id.eq_ignore_ascii_case(word) || e.aliases.iter().any(|a| a.eq_ignore_ascii_case(word))
    })
}
