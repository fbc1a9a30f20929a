//! Which replies each command may get: the command-reply sequences of RFC 959 §5.4 and
//! the extension RFCs, plus the replies servers send by common practice, from
//! `data/sequences.toml`. Used by `ftpcode command`, `explain --command` and `scan`.

use serde::Serialize;

use crate::code::ReplyCode;
use crate::knowledge::pool::{List, Text};

/// The replies one command may get.
#[derive(Debug)]
pub struct Sequence {
    /// The command, upper case, e.g. "RETR".
    pub command: Text,
    /// What the command does.
    pub does: Text,
    /// Preliminary replies (1yz) it may get first.
    pub preliminary: List<ReplyCode>,
    /// Success replies (2yz) and intermediate replies (3yz).
    pub success: List<ReplyCode>,
    /// Error replies (4yz, 5yz; 6yz where relevant).
    pub error: List<ReplyCode>,
    /// Replies no RFC lists for it that servers send by common practice.
    pub practice: &'static [Practice],
    /// What to do about some replies to it in particular, where the code's own advice
    /// would mislead (AUTH refused with 530 means no TLS, not "log in first").
    pub advice: &'static [Advice],
    /// Where it is defined, e.g. "RFC 959 §5.4".
    pub sources: List<Text>,
}

/// A reply servers send to a command although no RFC lists it there.
#[derive(Debug)]
pub struct Practice {
    pub code: ReplyCode,
    /// The servers' source code or the RFC example that shows it.
    pub source: Text,
}

/// Advice for some replies to one command.
#[derive(Debug)]
pub struct Advice {
    pub codes: List<ReplyCode>,
    /// One sentence: what the reply means for this command, and what to do.
    pub text: Text,
}

/// How the documents list a reply for a command.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Listed {
    /// A 1yz reply the command may get first.
    Preliminary,
    /// A 2yz or 3yz reply it may end with.
    Success,
    /// A 4yz or 5yz reply it may end with.
    Error,
    /// A reply any command may get (see [`ANY_COMMAND`]).
    Any,
    /// Not in the RFCs' list, but common practice among servers.
    Practice,
    /// Not a reply this command gets: a departure from the protocol, or the reply answers
    /// another command.
    Unlisted,
    /// The command is not one an RFC here defines.
    #[serde(rename = "unknown command")]
    UnknownCommand,
}

impl Listed {
    /// Whether the reply is one the command may get, in the RFCs or in practice.
    pub fn is_expected(self) -> bool {
        !matches!(self, Listed::Unlisted | Listed::UnknownCommand)
    }
}

include!(concat!(env!("OUT_DIR"), "/sequences.rs"));

/// Replies any command may get, beyond its own list: 421 when the service must shut down
/// (RFC 959 §4.2.1), 500 for a command the server does not recognise (RFC 2228 §3, RFC 2389
/// §3.2), 533 when the server requires protected commands (RFC 2228 §3), and a reply wrapped
/// in 631, 632 or 633 once a security exchange has completed (RFC 2228 §8.2).
pub const ANY_COMMAND: &[ReplyCode] = &[
    ReplyCode::known(421),
    ReplyCode::known(500),
    ReplyCode::known(533),
    ReplyCode::known(631),
    ReplyCode::known(632),
    ReplyCode::known(633),
];

/// The sequence of a command (any case).
pub fn lookup(command: &str) -> Option<&'static Sequence> {
    lookup_bytes(command.as_bytes())
}

/// The sequence of a command as a log shows it (any case, no allocation: `scan` asks per
/// line, a few times).
pub fn lookup_bytes(command: &[u8]) -> Option<&'static Sequence> {
    let wanted = key(command)?;
    static KEYS: std::sync::LazyLock<Vec<u64>> = std::sync::LazyLock::new(|| {
        SEQUENCES
            .iter()
            .map(|s| key(s.command.as_bytes()).unwrap_or(0))
            .collect()
    });
    KEYS.binary_search(&wanted).ok().map(|i| &SEQUENCES[i])
}

/// A command of up to 8 bytes as one number: its bytes in upper case, big-endian, padded
/// with zeros, so that numbers sort as the commands do. None for a longer word (no command
/// is one) or one holding a zero byte (it would read as a shorter one).
fn key(command: &[u8]) -> Option<u64> {
    let mut bytes = [0u8; 8];
    bytes.get_mut(..command.len())?.copy_from_slice(command);
    if command.contains(&0) || command.is_empty() {
        return None;
    }
    bytes.make_ascii_uppercase();
    Some(u64::from_be_bytes(bytes))
}

impl Sequence {
    /// How the documents list `code` for this command.
    pub fn listed(&self, code: ReplyCode) -> Listed {
        if self.preliminary.contains(&code) {
            Listed::Preliminary
        } else if self.success.contains(&code) {
            Listed::Success
        } else if self.error.contains(&code) {
            Listed::Error
        } else if ANY_COMMAND.contains(&code) {
            Listed::Any
        } else if self.practice.iter().any(|p| p.code == code) {
            Listed::Practice
        } else {
            Listed::Unlisted
        }
    }

    /// Whether this command's own lists (RFC or practice) name the code.
    pub fn lists(&self, code: ReplyCode) -> bool {
        !matches!(self.listed(code), Listed::Any | Listed::Unlisted)
    }

    /// The advice for a reply to this command in particular, if there is any.
    pub fn advice_for(&self, code: ReplyCode) -> Option<&'static str> {
        self.advice
            .iter()
            .find(|a| a.codes.contains(&code))
            .map(|a| a.text.as_str())
    }

    /// Every reply the RFCs list for it, in order: preliminary, success, error.
    pub fn replies(&self) -> impl Iterator<Item = ReplyCode> + '_ {
        self.preliminary
            .iter()
            .chain(self.success.as_slice())
            .chain(self.error.as_slice())
            .copied()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::knowledge::codes;

    #[test]
    fn every_command_is_found_by_its_key() {
        // Keys sort as the table does, so the search by key finds each row, in any case.
        for (i, s) in SEQUENCES.iter().enumerate() {
            let c = s.command.as_bytes();
            assert!(key(c).is_some(), "{}: longer than 8 bytes", s.command);
            assert!(std::ptr::eq(lookup_bytes(c).unwrap(), &SEQUENCES[i]));
            assert!(std::ptr::eq(
                lookup_bytes(&c.to_ascii_lowercase()).unwrap(),
                &SEQUENCES[i]
            ));
            let mut longer = c.to_vec();
            longer.push(b'X');
            assert!(lookup_bytes(&longer).is_none_or(|l| !std::ptr::eq(l, &SEQUENCES[i])));
        }
        assert!(lookup_bytes(b"RET").is_none());
        assert!(lookup_bytes(b"RETR\0").is_none());
        assert!(lookup_bytes(b"").is_none());
        assert!(lookup_bytes(b"RETRIEVED").is_none());
    }

    #[test]
    fn lists_hold_their_classes() {
        for s in SEQUENCES {
            let c = s.command;
            assert!(
                s.preliminary.iter().all(|c| c.is_preliminary()),
                "{c}: preliminary"
            );
            assert!(
                s.success
                    .iter()
                    .all(|c| c.is_positive() && !c.is_preliminary()),
                "{c}: success"
            );
            assert!(
                s.error.iter().all(|c| c.is_negative() || c.is_protected()),
                "{c}: error"
            );
            for code in s.replies().chain(s.practice.iter().map(|p| p.code)) {
                assert!(
                    codes::lookup(code).is_some(),
                    "{c}: {code} is not in the table"
                );
            }
        }
    }

    #[test]
    fn common_practice_is_not_a_departure() {
        // RFC 959 omits them, servers send them every day (RFC 959 §7 itself shows 550
        // to STOR).
        for (command, code) in [
            ("STOR", 550),
            ("MLSD", 125),
            ("AUTH", 530),
            ("LIST", 550),
            ("OPTS", 530),
        ] {
            let s = lookup(command).expect(command);
            assert!(
                s.listed(ReplyCode::known(code)).is_expected(),
                "{code} to {command}"
            );
        }
        assert_eq!(
            lookup("RETR").map(|s| s.listed(ReplyCode::known(220))),
            Some(Listed::Unlisted)
        );
    }
}
