//! What real servers say: reply texts of vsftpd, ProFTPD, Pure-FTPd, FileZilla Server,
//! IIS and others, each with its cause and the setting that fixes it, from
//! `data/servers/<server>.toml` (one file per server).

use serde::{Serialize, Serializer};

use crate::code::ReplyCode;
use crate::knowledge::glob;
use crate::knowledge::pool::{List, Text};

/// A server ftpcode knows messages of.
#[derive(Debug)]
pub struct Server {
    /// Its name as users know it: "vsftpd", "FileZilla Server".
    pub name: Text,
    /// The name of its data file: `vsftpd`, `filezilla-server`.
    pub slug: Text,
    /// Pieces of its default greeting (220) that name it.
    pub greeting: List<Text>,
}

/// A server, by its place in [`SERVERS`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct ServerId(u8);

impl ServerId {
    pub fn get(self) -> &'static Server {
        &SERVERS[usize::from(self.0)]
    }

    pub fn name(self) -> &'static str {
        self.get().name.as_str()
    }
}

impl Serialize for ServerId {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.name())
    }
}

/// One reply text a server sends, and what to do about it.
#[derive(Debug, Serialize)]
pub struct ServerMessage {
    pub server: ServerId,
    pub code: ReplyCode,
    /// The text after the code as the server sends it; `*` matches any run of characters.
    pub pattern: Text,
    /// Why the server sends it.
    pub cause: Text,
    /// The fix, naming the exact setting.
    pub fix: Text,
    /// The configuration option(s) involved, where one is.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub setting: Option<Text>,
    /// Where the text was taken from: source file or documentation.
    pub source: Text,
}

include!(concat!(env!("OUT_DIR"), "/servers.rs"));

/// The messages with a code, in table order (by server, then pattern).
fn with_code(code: ReplyCode) -> &'static [ServerMessage] {
    let from = MESSAGES.partition_point(|m| m.code < code);
    let to = MESSAGES.partition_point(|m| m.code <= code);
    &MESSAGES[from..to]
}

/// Whether any server message has this code (`scan` keeps a reply's text only then).
pub fn has_code(code: ReplyCode) -> bool {
    !with_code(code).is_empty()
}

/// Every server message a reply matches: same code, pattern matching its first line.
/// Servers share some texts ("530 Login incorrect." is vsftpd's and ProFTPD's).
pub fn find_all(code: ReplyCode, text: &[u8]) -> impl Iterator<Item = &'static ServerMessage> + '_ {
    let first_line = text.split(|b| *b == b'\n').next().unwrap_or_default();
    let first_line = first_line.trim_ascii_end();
    with_code(code)
        .iter()
        .filter(move |m| glob(m.pattern.as_bytes(), first_line))
}

/// The messages a reply matches, as a log or a user gives it: when the server is known (a
/// log's greeting named it), only its own messages count, as another server's words would
/// mislead; otherwise every server that sends the text, so none is picked at random.
pub fn find(code: ReplyCode, text: &[u8], server: Option<ServerId>) -> Vec<&'static ServerMessage> {
    let all = find_all(code, text);
    let mut found: Vec<_> = match server {
        Some(s) => all.filter(|m| m.server == s).collect(),
        None => all.collect(),
    };
    // The most specific text first: SFTPGo's own reason before the library's generic
    // "Could not access file: *" that also matches it.
    found.sort_by_key(|m| std::cmp::Reverse(specificity(m.pattern.as_str())));
    found
}

/// How much of a pattern is literal text.
pub fn specificity(pattern: &str) -> usize {
    pattern.bytes().filter(|b| *b != b'*').count()
}

/// The server a greeting (220) names.
pub fn server_in_greeting(text: &[u8]) -> Option<ServerId> {
    // (Asked of many replies while a log is scanned: the searchers are made once, and the
    // first server in table order whose piece the text holds wins, as one pass would.)
    static FINDERS: std::sync::LazyLock<Vec<(memchr::memmem::Finder<'static>, ServerId)>> =
        std::sync::LazyLock::new(|| {
            SERVERS
                .iter()
                .enumerate()
                .flat_map(|(i, s)| {
                    s.greeting.iter().map(move |g| {
                        (memchr::memmem::Finder::new(g.as_bytes()), ServerId(i as u8))
                    })
                })
                .collect()
        });
    FINDERS
        .iter()
        .find(|(f, _)| f.find(text).is_some())
        .map(|(_, id)| *id)
}

/// A server by name or slug, any case (`list --messages vsftpd`).
pub fn server_named(name: &str) -> Option<ServerId> {
    SERVERS.iter().enumerate().find_map(|(i, s)| {
        (s.name.eq_ignore_ascii_case(name) || s.slug.eq_ignore_ascii_case(name))
            .then_some(ServerId(i as u8))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn code(n: u16) -> ReplyCode {
        ReplyCode::known(n)
    }

    #[test]
    fn real_texts_find_their_server() {
        for (c, text, server) in [
            (
                500,
                "OOPS: vsftpd: refusing to run with writable root inside chroot()",
                "vsftpd",
            ),
            (
                421,
                "There are too many connected users, please try later.",
                "vsftpd",
            ),
            (550, "missing-404.txt: No such file or directory", "ProFTPD"),
        ] {
            let found = find(code(c), text.as_bytes(), None);
            assert_eq!(
                found.iter().map(|m| m.server.name()).collect::<Vec<_>>(),
                [server],
                "{c} {text}"
            );
        }
        // A shared text: every server that sends it, or the log's own.
        let shared = find(code(530), b"Login incorrect.", None);
        assert!(shared.len() >= 2, "{shared:?}");
        let second = shared[1].server;
        let own = find(code(530), b"Login incorrect.", Some(second));
        assert_eq!(own.len(), 1);
        assert_eq!(own[0].server, second);
        assert_eq!(
            server_in_greeting(b"ProFTPD 1.3.8 Server (Debian) [::ffff:127.0.0.1]")
                .map(ServerId::name),
            Some("ProFTPD")
        );
        assert!(find(code(550), b"something no server says", None).is_empty());
    }

    #[test]
    fn table_has_many_servers() {
        assert!(
            MESSAGES.len() >= 100 && SERVERS.len() >= 6,
            "{}",
            MESSAGES.len()
        );
        for s in SERVERS {
            assert!(
                MESSAGES.iter().any(|m| m.server.get().slug == s.slug),
                "{} has no messages",
                s.name
            );
        }
        assert!(
            MESSAGES.windows(2).all(|w| w[0].code <= w[1].code),
            "sorted by code for lookups"
        );
    }
}
