//! The reply codes: one [`Entry`] per code, from `data/codes.toml`, and what each digit
//! position means (RFC 959 §4.2.1; 6yz from RFC 2228 §5.2).

use serde::Serialize;

use crate::code::{Class, ReplyCode};
use crate::knowledge::pool::{List, Text};

/// Where a code comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Origin {
    /// Defined by an RFC (RFC 959 or an extension).
    Rfc,
    /// Seen in the wild (server source, vendor docs, popular lists) but defined by no RFC.
    Unofficial,
    /// A Windows Sockets error number that Windows clients and IIS print in place of a reply.
    Winsock,
    /// A well-formed code that no document ftpcode knows defines.
    Undefined,
}

/// One reply code and everything ftpcode knows about it.
#[derive(Debug)]
pub struct Entry {
    pub code: ReplyCode,
    /// A short name for lists and headings, e.g. "Command not implemented".
    pub title: Text,
    /// The reply text as the defining document words it (without the code).
    pub text: Text,
    pub origin: Origin,
    /// One sentence: what to do now (for positive replies, that nothing needs fixing).
    pub advice: Text,
    /// What the reply means, in plain language.
    pub meaning: Text,
    /// When you see it: the commands and typical situations that produce it.
    pub when: Text,
    /// What a client user should do (for positive replies: what to do with it).
    pub fix_client: Text,
    /// What a server administrator or implementer should do.
    pub fix_server: Text,
    /// Where documents disagree on what the code means: every meaning, with its source.
    pub disputed: Option<Text>,
    /// Codes worth reading next, in numeric order.
    pub related: List<ReplyCode>,
    /// Documents with section, e.g. "RFC 959 §4.2.2".
    pub sources: List<Text>,
}

include!(concat!(env!("OUT_DIR"), "/codes.rs"));

/// A code's short name: its entry's title, or what is known of a code without one.
pub fn title(code: ReplyCode) -> &'static str {
    match lookup(code) {
        Some(e) => e.title.as_str(),
        None if code.is_winsock() => "Unlisted Windows socket error",
        // (A server's message in data/servers with a code of its own.)
        None if super::servers::has_code(code) => "Defined by no RFC, a server's own code",
        None => "Not defined by any document ftpcode knows",
    }
}

/// The entry of a code, if the table has one.
pub fn lookup(code: ReplyCode) -> Option<&'static Entry> {
    ENTRIES
        .binary_search_by_key(&code, |e| e.code)
        .ok()
        .map(|i| &ENTRIES[i])
}

/// The commands that may draw a code, as the sequences table lists them (the RFCs' lists
/// and common practice), in alphabetical order.
pub fn commands(code: ReplyCode) -> impl Iterator<Item = &'static str> {
    crate::knowledge::sequences::SEQUENCES
        .iter()
        .filter(move |s| s.lists(code))
        .map(|s| s.command.as_str())
}

/// What a digit in the first position means: how the command went.
#[derive(Debug, Serialize)]
pub struct ClassDigit {
    pub class: Class,
    /// Short name, e.g. "permanent negative".
    pub name: &'static str,
    pub meaning: &'static str,
    /// May the client send the same command again as it is?
    pub retry: &'static str,
    pub source: &'static str,
}

/// What a digit in the second position means: what the reply is about.
#[derive(Debug, Serialize)]
pub struct GroupDigit {
    pub digit: u8,
    /// Short name, e.g. "file system".
    pub name: &'static str,
    pub meaning: &'static str,
    pub source: &'static str,
}

/// First digits, 1yz to 6yz.
pub static CLASSES: [ClassDigit; 6] = [
    ClassDigit {
        class: Class::PositivePreliminary,
        name: "positive preliminary",
        meaning: "The server has started the action and will send another reply when it is done; the client waits for that reply before sending another command.",
        retry: "Not a failure: wait for the final reply.",
        source: "RFC 959 §4.2.1",
    },
    ClassDigit {
        class: Class::PositiveCompletion,
        name: "positive completion",
        meaning: "The action finished successfully; the client may send its next command.",
        retry: "Nothing to retry: the command succeeded.",
        source: "RFC 959 §4.2.1",
    },
    ClassDigit {
        class: Class::PositiveIntermediate,
        name: "positive intermediate",
        meaning: "The server accepted the command but needs more before it acts: the client must send the next command of the sequence (PASS after USER, RNTO after RNFR).",
        retry: "Not a failure: send the command the server is waiting for.",
        source: "RFC 959 §4.2.1",
    },
    ClassDigit {
        class: Class::TransientNegative,
        name: "transient negative",
        meaning: "The command failed, but the cause is expected to pass: the same command, sent again later from the start of its sequence, may succeed.",
        retry: "Yes, later: retry the same command after a pause.",
        source: "RFC 959 §4.2.1",
    },
    ClassDigit {
        class: Class::PermanentNegative,
        name: "permanent negative",
        meaning: "The command failed and will fail again as it is: something must change first (the command, its argument, the login, the permissions or the server's settings).",
        retry: "No: change the command, its argument or the setup before trying again.",
        source: "RFC 959 §4.2.1",
    },
    ClassDigit {
        class: Class::Protected,
        name: "protected",
        meaning: "The real reply is inside, encoded by the security mechanism negotiated with AUTH; the client must decode it to learn the actual reply code.",
        retry: "Decode the protected reply first; its inner code says what to do.",
        source: "RFC 2228 §5.2",
    },
];

/// Second digits, x0z to x5z (RFC 959 §4.2.1 assigns no others).
pub static GROUPS: [GroupDigit; 6] = [
    GroupDigit {
        digit: 0,
        name: "syntax",
        meaning: "About the command itself: its syntax, or whether the server implements it.",
        source: "RFC 959 §4.2.1",
    },
    GroupDigit {
        digit: 1,
        name: "information",
        meaning: "Answers a request for information, such as status or help.",
        source: "RFC 959 §4.2.1",
    },
    GroupDigit {
        digit: 2,
        name: "connections",
        meaning: "About the control or data connection.",
        source: "RFC 959 §4.2.1",
    },
    GroupDigit {
        digit: 3,
        name: "authentication and accounting",
        meaning: "About logging in, accounts and security exchanges.",
        source: "RFC 959 §4.2.1",
    },
    GroupDigit {
        digit: 4,
        name: "unspecified",
        meaning: "RFC 959 leaves this group unassigned, and no code of RFC 959 or its extensions uses it.",
        source: "RFC 959 §4.2.1",
    },
    GroupDigit {
        digit: 5,
        name: "file system",
        meaning: "About the server's file system: the file or directory the command acted on.",
        source: "RFC 959 §4.2.1",
    },
];

/// The meaning of a code's first digit; None for a Windows socket error.
pub fn class_digit(code: ReplyCode) -> Option<&'static ClassDigit> {
    let class = code.class()?;
    CLASSES.iter().find(|d| d.class == class)
}

/// The meaning of a code's second digit, where RFC 959 §4.2.1 gives one (0 to 5). A
/// protected reply's second digit has none: RFC 2228 §5.2 numbers 631 to 633 without
/// giving the digit a meaning.
pub fn group_digit(code: ReplyCode) -> Option<&'static GroupDigit> {
    if code.is_protected() {
        return None;
    }
    GROUPS.get(usize::from(code.second_digit()?))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn code(n: u16) -> ReplyCode {
        ReplyCode::known(n)
    }

    /// RFC 959 §4.2.2: all 39 codes.
    const RFC959: [u16; 39] = [
        110, 120, 125, 150, 200, 202, 211, 212, 213, 214, 215, 220, 221, 225, 226, 227, 230, 250,
        257, 331, 332, 350, 421, 425, 426, 450, 451, 452, 500, 501, 502, 503, 504, 530, 532, 550,
        551, 552, 553,
    ];
    /// RFC 1639 (LPSV/LPRT), RFC 2228 §5.1-5.2 (security), RFC 2428 (EPSV/EPRT).
    const EXTENSIONS: [u16; 20] = [
        228, 521, 232, 234, 235, 334, 335, 336, 431, 533, 534, 535, 536, 537, 631, 632, 633, 229,
        522, 213,
    ];

    #[test]
    fn complete_against_the_rfcs() {
        for n in RFC959.iter().chain(&EXTENSIONS) {
            let e = lookup(code(*n)).unwrap_or_else(|| panic!("{n} is missing"));
            assert_eq!(e.origin, Origin::Rfc, "{n}");
            assert!(
                e.sources.iter().any(|s| s.starts_with("RFC ")),
                "{n} cites no RFC"
            );
        }
        for n in RFC959 {
            let e = lookup(code(n)).unwrap_or_else(|| panic!("{n} is missing"));
            assert!(
                e.sources.iter().any(|s| *s == "RFC 959 §4.2.2"),
                "{n} must cite RFC 959 §4.2.2"
            );
        }
    }

    #[test]
    fn origins_agree_with_the_codes() {
        for e in ENTRIES {
            assert_eq!(
                e.code.is_winsock(),
                e.origin == Origin::Winsock,
                "{}: a Windows socket error number has origin winsock, and only it",
                e.code
            );
            if e.origin == Origin::Winsock {
                assert!(
                    e.meaning.contains("not an FTP reply"),
                    "{} must say it is not an FTP reply",
                    e.code
                );
            } else {
                // Every reply code answers some command: the sequences table says which.
                assert!(
                    commands(e.code).next().is_some(),
                    "{}: no command draws it",
                    e.code
                );
            }
            assert_ne!(e.origin, Origin::Undefined, "{}", e.code);
        }
    }

    #[test]
    fn positive_advice_says_nothing_needs_fixing() {
        for e in ENTRIES {
            let nothing = e.advice.starts_with("Nothing to fix");
            if e.code.is_failure() {
                assert!(!nothing, "{}: a failure needs advice", e.code);
            } else if ![332, 336].contains(&e.code.get()) {
                assert!(
                    nothing,
                    "{}: a positive reply's advice says nothing needs fixing",
                    e.code
                );
            }
        }
    }

    #[test]
    fn citations_name_real_sections() {
        // A citation of an RFC must name one of the RFCs in ../shared/rfc, with a section.
        let known = [
            "959", "1639", "2228", "2389", "2428", "2577", "2640", "3659", "4217", "7151",
        ];
        for e in ENTRIES {
            for s in e.sources.iter().filter(|s| s.starts_with("RFC ")) {
                let num = s[4..].split_whitespace().next().unwrap_or("");
                assert!(
                    known.contains(&num),
                    "{}: {s} is not one of the RFCs",
                    e.code
                );
                assert!(
                    s.contains('§') || s.contains("Appendix"),
                    "{}: {s} names no section",
                    e.code
                );
            }
        }
    }

    #[test]
    fn digits() {
        assert_eq!(
            class_digit(code(502)).map(|d| d.class),
            Some(Class::PermanentNegative)
        );
        assert_eq!(group_digit(code(502)).map(|d| d.digit), Some(0));
        assert!(group_digit(code(260)).is_none());
        assert!(group_digit(code(631)).is_none());
        assert!(class_digit(code(10054)).is_none());
        for (i, d) in CLASSES.iter().enumerate() {
            assert_eq!(d.class as usize, i + 1);
        }
        for (i, d) in GROUPS.iter().enumerate() {
            assert_eq!(usize::from(d.digit), i);
        }
    }
}
