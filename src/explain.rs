//! Turning a code (and the reply text a user saw) into an explanation.
//!
//! Pure: everything here reads the embedded table and returns plain data that the
//! text and JSON renderers share.

use std::borrow::Cow;

use serde::Serialize;

use crate::code::ReplyCode;
use crate::knowledge::clients::ClientError;
use crate::knowledge::codes::{self, ClassDigit, Entry, GroupDigit, Origin};
use crate::knowledge::pool::Text;
use crate::knowledge::sequences::{self, Listed};
use crate::knowledge::servers::{self, ServerId, ServerMessage};
use crate::reply::{Pattern, Query};

/// Everything ftpcode says about one reply. Serialised as is for `--json`.
#[derive(Debug, Clone, Serialize)]
pub struct Explanation {
    pub code: ReplyCode,
    /// The reply's text as the user gave it, or the defining document's text.
    pub text: Cow<'static, str>,
    /// The defining document's text, or null for a code no document defines.
    pub canonical: Option<&'static str>,
    pub title: Cow<'static, str>,
    /// Whether the table knows the code.
    pub known: bool,
    pub origin: Origin,
    /// The first digit's meaning.
    pub class: Option<DigitView>,
    /// The second digit's meaning.
    pub category: Option<DigitView>,
    /// One sentence: what to do now.
    pub advice: &'static str,
    pub meaning: Cow<'static, str>,
    pub when: &'static str,
    /// The commands that may draw it (the sequences table: RFCs and common practice).
    pub commands: Vec<&'static str>,
    pub fix: Fix,
    /// May the client send the same command again as it is?
    pub retry: &'static str,
    pub disputed: Option<&'static str>,
    #[serde(serialize_with = "related_codes")]
    pub related: Vec<(ReplyCode, &'static str)>,
    pub sources: &'static [Text],
    /// The servers' own messages this reply matches (from its text), with cause and fix:
    /// the log's server only when it is known, else every server that sends the text.
    pub server_messages: Vec<&'static ServerMessage>,
    /// The reply read as an answer to a given command (`explain --command`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub answer_to: Option<AnswerTo>,
}

/// Related codes serialise as their numbers; the titles are for the text renderer.
fn related_codes<S: serde::Serializer>(
    related: &[(ReplyCode, &'static str)],
    s: S,
) -> Result<S::Ok, S::Error> {
    s.collect_seq(related.iter().map(|(code, _)| code))
}

/// A reply as the answer to a command: does the RFC sequence list it?
#[derive(Debug, Clone, Serialize)]
pub struct AnswerTo {
    pub command: String,
    /// What the command does; empty for a command no RFC here defines.
    pub does: &'static str,
    pub listed: Listed,
    pub sources: &'static [Text],
}

/// Reads `code` as an answer to `command`.
pub fn answer_to(code: ReplyCode, command: &str) -> AnswerTo {
    let command = verb_of(command);
    match sequences::lookup(&command) {
        None => AnswerTo {
            command,
            does: "",
            listed: Listed::UnknownCommand,
            sources: &[],
        },
        Some(s) => AnswerTo {
            command,
            does: s.does.as_str(),
            listed: s.listed(code),
            sources: s.sources.as_slice(),
        },
    }
}

/// The verb of a command as a user gives it, in capitals: `RETR` of `retr foo.txt`, taken
/// as `scan` takes a logged command's, so that its argument (a password after PASS) is
/// neither looked up nor shown. A first word that holds no verb is kept whole.
pub fn verb_of(command: &str) -> String {
    let command = command.trim();
    let verb = crate::scan::command::verb(command.as_bytes());
    let word = command.split_whitespace().next().unwrap_or_default();
    let verb = std::str::from_utf8(verb).ok().filter(|v| !v.is_empty());
    verb.unwrap_or(word).to_ascii_uppercase()
}

/// `ftpcode command RETR`: the replies a command may get.
#[derive(Debug, Clone, Serialize)]
pub struct SequenceView {
    pub command: &'static str,
    pub does: &'static str,
    /// Each reply with its kind: "preliminary", "success", "error" or "any".
    pub replies: Vec<SequenceReply>,
    pub sources: &'static [Text],
}

/// One reply of a [`SequenceView`].
#[derive(Debug, Clone, Serialize)]
pub struct SequenceReply {
    pub code: ReplyCode,
    pub title: &'static str,
    pub kind: Listed,
}

/// The replies of a command, with those of common practice and those any command may get last.
pub fn sequence_view(s: &'static sequences::Sequence) -> SequenceView {
    let title = |code: ReplyCode| codes::lookup(code).map_or("", |e| e.title.as_str());
    let mut replies: Vec<SequenceReply> = Vec::new();
    let practice: Vec<ReplyCode> = s.practice.iter().map(|p| p.code).collect();
    for (kind, codes) in [
        (Listed::Preliminary, s.preliminary.as_slice()),
        (Listed::Success, s.success.as_slice()),
        (Listed::Error, s.error.as_slice()),
        (Listed::Practice, &practice[..]),
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
                kind: Listed::Any,
            });
        }
    }
    SequenceView {
        command: s.command.as_str(),
        does: s.does.as_str(),
        replies,
        sources: s.sources.as_slice(),
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
    /// Where the digit's meaning is defined.
    pub source: &'static str,
    /// The first digit of the class, for colouring; None for a second-digit view.
    #[serde(skip)]
    pub class: Option<crate::code::Class>,
}

impl DigitView {
    fn first(d: &'static ClassDigit) -> Self {
        DigitView {
            digits: d.class.digits().to_string(),
            name: d.name,
            meaning: d.meaning,
            source: d.source,
            class: Some(d.class),
        }
    }

    fn second(d: &'static GroupDigit) -> Self {
        DigitView {
            // The digit as a char, not formatted as a number (see ReplyCode's Display).
            digits: format!("x{}z", char::from(b'0' + d.digit % 10)),
            name: d.name,
            meaning: d.meaning,
            source: d.source,
            class: None,
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
    pub code: ReplyCode,
    pub title: &'static str,
    pub text: &'static str,
    pub origin: Origin,
}

impl Summary {
    pub fn of(e: &'static Entry) -> Self {
        Summary {
            code: e.code,
            title: e.title.as_str(),
            text: e.text.as_str(),
            origin: e.origin,
        }
    }
}

/// A client's error found in what the user pasted (or named: `ECONNREFUSED`).
#[derive(Debug, Clone, Serialize)]
pub struct ClientAnswer {
    /// "client_error", or "server_log" for a server's own log line (as `scan --json` names
    /// them): tells these records from reply explanations in JSON.
    pub kind: &'static str,
    /// The line it was found in, as pasted; null when the user named it.
    pub line: Option<String>,
    #[serde(flatten)]
    pub error: &'static ClientError,
}

impl ClientAnswer {
    pub fn new(error: &'static ClientError, line: Option<&str>) -> Self {
        ClientAnswer {
            kind: match error.client.get().role {
                crate::knowledge::clients::Role::Client => "client_error",
                crate::knowledge::clients::Role::ServerLog => "server_log",
            },
            line: line.map(str::to_string),
            error,
        }
    }
}

/// What one query answers to.
#[derive(Debug, Clone)]
pub enum Answer {
    Code(Box<Explanation>),
    Class(ClassSummary),
    Client(Box<ClientAnswer>),
}

impl Answer {
    /// Whether the table knew what was asked.
    pub fn known(&self) -> bool {
        match self {
            Answer::Code(e) => e.known,
            Answer::Class(c) => !c.codes.is_empty(),
            Answer::Client(_) => true,
        }
    }
}

/// Server messages that share one text, and the servers that send it.
#[derive(Debug, Clone)]
pub struct MessageGroup {
    pub pattern: &'static str,
    pub messages: Vec<&'static ServerMessage>,
}

impl Explanation {
    /// The matched server messages grouped by text, the most specific text first.
    pub fn message_groups(&self) -> Vec<MessageGroup> {
        let mut groups: Vec<MessageGroup> = Vec::new();
        for &m in &self.server_messages {
            match groups.iter_mut().find(|g| g.pattern == m.pattern) {
                Some(g) => g.messages.push(m),
                None => groups.push(MessageGroup {
                    pattern: m.pattern.as_str(),
                    messages: vec![m],
                }),
            }
        }
        groups
    }
}

/// Answers a parsed query: one answer per code or reply in it.
pub fn answer(query: &Query) -> Vec<Answer> {
    match query {
        Query::Code(code) => vec![Answer::Code(Box::new(explain(*code, None)))],
        Query::Class(p) => vec![Answer::Class(class_summary(*p))],
        Query::Replies(replies) => {
            // A greeting that names its server (`220 ProFTPD 1.3.8 Server`) names the
            // server of the replies after it, as in `scan`: where servers share a text,
            // that server's message is the one shown.
            let mut server = None;
            replies
                .iter()
                .map(|r| {
                    if r.code.get() == 220 {
                        server = servers::server_in_greeting(r.text.as_bytes()).or(server);
                    }
                    Answer::Code(Box::new(explain_from(r.code, Some(&r.text), server)))
                })
                .collect()
        }
    }
}

/// Explains a code, with the reply text the user saw if there was one.
pub fn explain(code: ReplyCode, seen_text: Option<&str>) -> Explanation {
    explain_from(code, seen_text, None)
}

/// [`explain`], for a reply from a known server (a log's greeting named it): where
/// servers share a text, that server's message is the one shown.
pub fn explain_from(
    code: ReplyCode,
    seen_text: Option<&str>,
    server: Option<ServerId>,
) -> Explanation {
    let server_messages =
        seen_text.map_or_else(Vec::new, |t| servers::find(code, t.as_bytes(), server));
    let class = codes::class_digit(code).map(DigitView::first);
    let category = codes::group_digit(code).map(DigitView::second);
    let retry = codes::class_digit(code).map_or("", |d| d.retry);
    let text = |canonical: &'static str| match seen_text {
        Some(t) => Cow::Owned(t.to_string()),
        None => Cow::Borrowed(canonical),
    };
    match codes::lookup(code) {
        Some(e) => Explanation {
            code,
            text: text(e.text.as_str()),
            canonical: Some(e.text.as_str()),
            title: Cow::Borrowed(e.title.as_str()),
            known: true,
            origin: e.origin,
            class,
            category,
            advice: e.advice.as_str(),
            meaning: Cow::Borrowed(e.meaning.as_str()),
            when: e.when.as_str(),
            commands: codes::commands(code).collect(),
            fix: Fix {
                client: e.fix_client.as_str(),
                server: e.fix_server.as_str(),
            },
            retry,
            disputed: e.disputed.map(Text::as_str),
            related: e
                .related
                .iter()
                .map(|&r| (r, codes::lookup(r).map_or("", |r| r.title.as_str())))
                .collect(),
            sources: e.sources.as_slice(),
            server_messages,
            answer_to: None,
        },
        None => Explanation {
            code,
            text: text(""),
            canonical: None,
            title: Cow::Borrowed(codes::title(code)),
            known: false,
            origin: Origin::Undefined,
            advice: "",
            meaning: Cow::Owned(unknown_meaning(
                code,
                class.as_ref(),
                category.as_ref(),
                !server_messages.is_empty(),
                servers::has_code(code),
            )),
            class,
            category,
            when: "",
            commands: Vec::new(),
            fix: Fix {
                client: "",
                server: "",
            },
            retry,
            disputed: None,
            related: Vec::new(),
            sources: &[],
            server_messages,
            answer_to: None,
        },
    }
}

/// `matched`: the reply's text is a known server's message; `sent`: some server's
/// message has this code (a code of the server's own).
fn unknown_meaning(
    code: ReplyCode,
    class: Option<&DigitView>,
    category: Option<&DigitView>,
    matched: bool,
    sent: bool,
) -> String {
    if code.is_winsock() {
        return format!(
            "{code} looks like a Windows Sockets error number, not an FTP reply, but it is not one \
             ftpcode describes. Look it up in Microsoft's list of Windows Sockets error codes."
        );
    }
    let mut s = if matched {
        format!(
            "No RFC defines {code}: it is the server's own code, so besides its text only its digits speak. "
        )
    } else if sent {
        format!(
            "No RFC defines {code}, but some servers send it as a code of their own (give the reply's \
             text to see whose), so besides its text only its digits speak. "
        )
    } else {
        format!("No RFC or common server defines {code}, so only its digits speak. ")
    };
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
            code.second_digit().unwrap_or_default()
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
        .and_then(|d| codes::CLASSES.get(usize::from(d).checked_sub(1)?))
        .map(DigitView::first);
    let category = p
        .second()
        .and_then(|d| codes::GROUPS.get(usize::from(d)))
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
    codes::ENTRIES
        .iter()
        .filter(move |e| p.is_none_or(|p| p.matches(e.code)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unknown_code_is_explained_from_digits() {
        let e = explain(ReplyCode::known(299), None);
        assert!(!e.known);
        assert_eq!(e.origin, Origin::Undefined);
        assert!(
            e.meaning.contains("Positive completion (2yz)"),
            "{}",
            e.meaning
        );
        assert!(e.meaning.contains("x9z") || e.meaning.contains("outside the groups"));
        let e = explain(ReplyCode::known(260), Some("odd"));
        assert!(e.meaning.contains("outside the groups"), "{}", e.meaning);
        assert_eq!(e.text, "odd");
    }

    #[test]
    fn unknown_winsock() {
        let e = explain(ReplyCode::known(10053), None);
        assert!(!e.known && e.class.is_none() && e.meaning.contains("Windows Sockets"));
    }

    #[test]
    fn seen_text_wins_over_canonical() {
        let e = explain(ReplyCode::known(502), Some("SITE not implemented"));
        assert_eq!(e.text, "SITE not implemented");
        assert_eq!(e.canonical, Some("Command not implemented."));
    }
}
