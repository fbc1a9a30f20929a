//! Turning a code (and the reply text a user saw) into an explanation.
//!
//! Pure: everything here reads the embedded table and returns plain data that the
//! text and JSON renderers share.

use std::borrow::Cow;

use serde::Serialize;

use crate::messages::{self, ServerMessage};
use crate::reply::{self, Pattern, Query};
use crate::sequences;
use crate::table::{self, Digit, Entry, Origin};

/// Everything ftpcode says about one reply. Serialised as is for `--json`.
#[derive(Debug, Clone, Serialize)]
pub struct Explanation {
    pub code: u16,
    /// The reply's text as the user gave it, or the defining document's text.
    pub text: Cow<'static, str>,
    /// The defining document's text, or null for a code no document defines.
    pub canonical: Option<&'static str>,
    pub title: Cow<'static, str>,
    /// Whether the table knows the code.
    pub known: bool,
    /// "rfc", "unofficial", "winsock" or "undefined".
    pub origin: &'static str,
    /// The first digit's meaning.
    pub class: Option<DigitView>,
    /// The second digit's meaning.
    pub category: Option<DigitView>,
    pub meaning: Cow<'static, str>,
    pub when: &'static str,
    pub commands: &'static [&'static str],
    pub fix: Fix,
    /// May the client send the same command again as it is?
    pub retry: &'static str,
    pub disputed: Option<&'static str>,
    pub related: &'static [u16],
    pub sources: &'static [&'static str],
    /// The server's own message this reply matches (from its text), with cause and fix.
    pub server_message: Option<&'static ServerMessage>,
    /// The reply read as an answer to a given command (`explain --command`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub answer_to: Option<AnswerTo>,
}

/// A reply as the answer to a command: does the RFC sequence list it?
#[derive(Debug, Clone, Serialize)]
pub struct AnswerTo {
    pub command: String,
    /// What the command does; empty for a command no RFC here defines.
    pub does: &'static str,
    /// "preliminary", "success", "error", "any" (a reply any command may get), or
    /// "unlisted" (not among the command's replies), or "unknown command".
    pub listed: &'static str,
    pub sources: &'static [&'static str],
}

/// Reads `code` as an answer to `command`.
pub fn answer_to(code: u16, command: &str) -> AnswerTo {
    let command = command.trim().to_ascii_uppercase();
    match sequences::lookup(&command) {
        None => AnswerTo {
            command,
            does: "",
            listed: "unknown command",
            sources: &[],
        },
        Some(s) => AnswerTo {
            command,
            does: s.does,
            listed: s.listed(code),
            sources: s.sources,
        },
    }
}

/// `ftpcode command RETR`: the replies a command may get.
#[derive(Debug, Clone, Serialize)]
pub struct SequenceView {
    pub command: &'static str,
    pub does: &'static str,
    /// Each reply with its kind: "preliminary", "success", "error" or "any".
    pub replies: Vec<SequenceReply>,
    pub sources: &'static [&'static str],
}

/// One reply of a [`SequenceView`].
#[derive(Debug, Clone, Serialize)]
pub struct SequenceReply {
    pub code: u16,
    pub title: &'static str,
    pub kind: &'static str,
}

/// The replies of a command, with the ones any command may get last.
pub fn sequence_view(s: &'static sequences::Sequence) -> SequenceView {
    let title = |code: u16| table::lookup(code).map_or("", |e| e.title);
    let mut replies: Vec<SequenceReply> = Vec::new();
    for (kind, codes) in [
        ("preliminary", s.preliminary),
        ("success", s.success),
        ("error", s.error),
    ] {
        replies.extend(codes.iter().map(|&code| SequenceReply {
            code,
            title: title(code),
            kind,
        }));
    }
    for &code in sequences::ANY_COMMAND {
        if !replies.iter().any(|r| r.code == code) {
            replies.push(SequenceReply {
                code,
                title: title(code),
                kind: "any",
            });
        }
    }
    SequenceView {
        command: s.command,
        does: s.does,
        replies,
        sources: s.sources,
    }
}

/// What to do, split by who does it.
#[derive(Debug, Clone, Serialize)]
pub struct Fix {
    pub client: &'static str,
    pub server: &'static str,
}

/// A digit's meaning as shown to users: `5yz`, "permanent negative", ...
#[derive(Debug, Clone, Serialize)]
pub struct DigitView {
    /// The digit in place: `5yz` or `x5z`.
    pub digits: String,
    pub name: &'static str,
    pub meaning: &'static str,
}

impl DigitView {
    fn first(d: &'static Digit) -> Self {
        DigitView {
            digits: format!("{}yz", d.digit),
            name: d.name,
            meaning: d.meaning,
        }
    }

    fn second(d: &'static Digit) -> Self {
        DigitView {
            digits: format!("x{}z", d.digit),
            name: d.name,
            meaning: d.meaning,
        }
    }
}

/// A class pattern (`5xx`, `55x`) explained: its digits and the codes in it.
#[derive(Debug, Clone, Serialize)]
pub struct ClassSummary {
    pub pattern: String,
    pub class: Option<DigitView>,
    pub category: Option<DigitView>,
    pub codes: Vec<Summary>,
}

/// One line of a list: enough to pick a code to explain.
#[derive(Debug, Clone, Serialize)]
pub struct Summary {
    pub code: u16,
    pub title: &'static str,
    pub text: &'static str,
    /// "rfc", "unofficial" or "winsock".
    pub origin: &'static str,
}

impl Summary {
    pub fn of(e: &'static Entry) -> Self {
        Summary {
            code: e.code,
            title: e.title,
            text: e.text,
            origin: origin_name(e.origin),
        }
    }
}

/// What one query answers to.
#[derive(Debug, Clone)]
pub enum Answer {
    Code(Box<Explanation>),
    Class(ClassSummary),
}

impl Answer {
    /// Whether the table knew what was asked.
    pub fn known(&self) -> bool {
        match self {
            Answer::Code(e) => e.known,
            Answer::Class(c) => !c.codes.is_empty(),
        }
    }
}

/// Answers a parsed query: one answer per code or reply in it.
pub fn answer(query: &Query) -> Vec<Answer> {
    match query {
        Query::Code(code) => vec![Answer::Code(Box::new(explain(*code, None)))],
        Query::Class(p) => vec![Answer::Class(class_summary(*p))],
        Query::Replies(replies) => replies
            .iter()
            .map(|r| Answer::Code(Box::new(explain(r.code, Some(&r.text)))))
            .collect(),
    }
}

fn origin_name(o: Origin) -> &'static str {
    match o {
        Origin::Rfc => "rfc",
        Origin::Unofficial => "unofficial",
        Origin::Winsock => "winsock",
    }
}

/// Explains a code, with the reply text the user saw if there was one.
pub fn explain(code: u16, seen_text: Option<&str>) -> Explanation {
    explain_from(code, seen_text, None)
}

/// [`explain`], for a reply from a known server (a log's greeting named it): where
/// servers share a text, that server's message is the one shown.
pub fn explain_from(code: u16, seen_text: Option<&str>, server: Option<&str>) -> Explanation {
    let server_message = seen_text.and_then(|t| messages::find(code, t, server));
    let class = table::first_digit(code).map(DigitView::first);
    let category = table::second_digit(code).map(DigitView::second);
    let retry = table::first_digit(code).map_or("", |d| d.retry);
    let text = |canonical: &'static str| match seen_text {
        Some(t) => Cow::Owned(t.to_string()),
        None => Cow::Borrowed(canonical),
    };
    match table::lookup(code) {
        Some(e) => Explanation {
            code,
            text: text(e.text),
            canonical: Some(e.text),
            title: Cow::Borrowed(e.title),
            known: true,
            origin: origin_name(e.origin),
            class,
            category,
            meaning: Cow::Borrowed(e.meaning),
            when: e.when,
            commands: e.commands,
            fix: Fix {
                client: e.fix_client,
                server: e.fix_server,
            },
            retry,
            disputed: e.disputed,
            related: e.related,
            sources: e.sources,
            server_message,
            answer_to: None,
        },
        None => Explanation {
            code,
            text: text(""),
            canonical: None,
            title: Cow::Owned(unknown_title(code)),
            known: false,
            origin: "undefined",
            meaning: Cow::Owned(unknown_meaning(code, class.as_ref(), category.as_ref())),
            class,
            category,
            when: "",
            commands: &[],
            fix: Fix {
                client: "",
                server: "",
            },
            retry,
            disputed: None,
            related: &[],
            sources: &[],
            server_message,
            answer_to: None,
        },
    }
}

fn unknown_title(code: u16) -> String {
    if reply::is_winsock(code) {
        "Unlisted Windows socket error".into()
    } else {
        "Not defined by any document ftpcode knows".into()
    }
}

fn unknown_meaning(code: u16, class: Option<&DigitView>, category: Option<&DigitView>) -> String {
    if reply::is_winsock(code) {
        return format!(
            "{code} looks like a Windows Sockets error number, not an FTP reply, but it is not one \
             ftpcode describes. Look it up in Microsoft's list of Windows Sockets error codes."
        );
    }
    let mut s = format!("No RFC or common server defines {code}, so only its digits speak. ");
    if let Some(c) = class {
        s.push_str(&format!(
            "{} ({}): {} ",
            capitalise(c.name),
            c.digits,
            c.meaning
        ));
    }
    match category {
        Some(c) => s.push_str(&format!(
            "Its second digit puts it in the {} group ({}): {}",
            c.name, c.digits, c.meaning
        )),
        None => s.push_str(&format!(
            "Its second digit, {}, is outside the groups RFC 959 §4.2.1 defines (0 to 5), so the server \
             is using a private code; its text is the only guide.",
            code / 10 % 10
        )),
    }
    s
}

fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

/// Explains a class pattern: what its fixed digits mean and which known codes fall in it.
pub fn class_summary(p: Pattern) -> ClassSummary {
    let class = p
        .first()
        .and_then(|d| table::FIRST_DIGITS.get(usize::from(d).checked_sub(1)?))
        .map(DigitView::first);
    let category = p
        .second()
        .and_then(|d| table::SECOND_DIGITS.get(usize::from(d)))
        .map(DigitView::second);
    ClassSummary {
        pattern: p.to_string(),
        class,
        category,
        codes: matching(Some(p)).map(Summary::of).collect(),
    }
}

/// Every table entry matching a pattern (all entries when there is none), in order.
pub fn matching(p: Option<Pattern>) -> impl Iterator<Item = &'static Entry> {
    table::ENTRIES
        .iter()
        .filter(move |e| p.is_none_or(|p| p.matches(e.code)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unknown_code_is_explained_from_digits() {
        let e = explain(299, None);
        assert!(!e.known);
        assert_eq!(e.origin, "undefined");
        assert!(
            e.meaning.contains("Positive completion (2yz)"),
            "{}",
            e.meaning
        );
        assert!(e.meaning.contains("x9z") || e.meaning.contains("outside the groups"));
        let e = explain(260, Some("odd"));
        assert!(e.meaning.contains("outside the groups"), "{}", e.meaning);
        assert_eq!(e.text, "odd");
    }

    #[test]
    fn unknown_winsock() {
        let e = explain(10053, None);
        assert!(!e.known && e.class.is_none() && e.meaning.contains("Windows Sockets"));
    }

    #[test]
    fn seen_text_wins_over_canonical() {
        let e = explain(502, Some("SITE not implemented"));
        assert_eq!(e.text, "SITE not implemented");
        assert_eq!(e.canonical, Some("Command not implemented."));
    }
}
