//! Full-text search of everything ftpcode knows (reply codes, server messages, client
//! errors), best match first, each hit with the text that matched.

use serde::Serialize;

use crate::knowledge::clients::{CLIENT_ERRORS, ClientError};
use crate::knowledge::codes::{self, ENTRIES, Entry, Origin};
use crate::knowledge::pool::Text;
use crate::knowledge::servers::{MESSAGES, ServerMessage};

/// More words than this make no search anyone means (and would only cost time).
pub const MAX_WORDS: usize = 32;

/// What a hit is.
#[derive(Debug, Clone, Copy, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Found {
    Code {
        #[serde(skip)]
        entry: &'static Entry,
        code: crate::code::ReplyCode,
        title: &'static str,
    },
    ServerMessage {
        #[serde(flatten)]
        message: &'static ServerMessage,
    },
    ClientError {
        #[serde(flatten)]
        error: &'static ClientError,
    },
}

/// One search result, with the field text where the words matched best.
#[derive(Debug, Clone, Serialize)]
pub struct Hit {
    #[serde(flatten)]
    pub found: Found,
    pub score: u32,
    /// The text around the first match, for people to see why it matched.
    pub snippet: String,
}

/// A document's fields with their weights.
type Fields = Vec<(&'static str, u32)>;

fn code_fields(e: &'static Entry) -> Fields {
    vec![
        (e.title.as_str(), 8),
        (e.text.as_str(), 6),
        (e.advice.as_str(), 4),
        (e.meaning.as_str(), 4),
        (e.when.as_str(), 3),
        (e.fix_client.as_str(), 2),
        (e.fix_server.as_str(), 2),
        (e.disputed.map_or("", Text::as_str), 1),
    ]
}

fn message_fields(m: &'static ServerMessage) -> Fields {
    vec![
        (m.pattern.as_str(), 6),
        (m.cause.as_str(), 3),
        (m.setting.map_or("", Text::as_str), 4),
        (m.server.name(), 5),
        (m.fix.as_str(), 2),
    ]
}

fn client_fields(e: &'static ClientError) -> Fields {
    let mut f = vec![
        (e.title.as_str(), 7),
        (e.cause.as_str(), 3),
        (e.behind.as_str(), 3),
        (e.id.as_str(), 6),
        (e.client.get().name.as_str(), 5),
        (e.fix_client.as_str(), 2),
        (e.fix_server.as_str(), 2),
    ];
    f.extend(e.patterns.iter().map(|p| (p.as_str(), 6)));
    f.extend(e.aliases.iter().map(|a| (a.as_str(), 6)));
    f
}

/// The words of a search, lower-cased, each once (a word repeated asks nothing more).
pub fn distinct_words(args: &[String]) -> Vec<String> {
    let mut words: Vec<String> = Vec::new();
    for w in args.iter().flat_map(|a| a.split_whitespace()) {
        let w = w.to_lowercase();
        if !words.contains(&w) {
            words.push(w);
            if words.len() > MAX_WORDS {
                break;
            }
        }
    }
    words
}

/// Finds what contains every word (case-insensitive, as a word prefix, so "passiv" finds
/// "passive"), ranked by where the words occur: a word in a title or a server's text
/// counts more than one in a fix. A reply code ranks above a Windows socket error and a
/// server message or client error of equal weight.
pub fn search(words: &[String]) -> Vec<Hit> {
    let mut words = distinct_words(words);
    words.truncate(MAX_WORDS);
    if words.is_empty() {
        return Vec::new();
    }
    let mut hits = Vec::new();
    for e in ENTRIES {
        let commands: Vec<&str> = codes::commands(e.code).collect();
        let number = e.code.to_string();
        let bonus = |w: &str| {
            if w == number {
                20
            } else if commands.iter().any(|c| c.eq_ignore_ascii_case(w)) {
                6
            } else {
                0
            }
        };
        // A socket error is the answer only when nothing FTP says the same.
        let scale = if e.origin == Origin::Winsock { 1 } else { 3 };
        let found = Found::Code {
            entry: e,
            code: e.code,
            title: e.title.as_str(),
        };
        hits.extend(hit(found, &code_fields(e), &words, &bonus, scale));
    }
    let none = |_: &str| 0;
    for m in MESSAGES {
        hits.extend(hit(
            Found::ServerMessage { message: m },
            &message_fields(m),
            &words,
            &none,
            1,
        ));
    }
    for e in CLIENT_ERRORS {
        hits.extend(hit(
            Found::ClientError { error: e },
            &client_fields(e),
            &words,
            &none,
            1,
        ));
    }
    hits.sort_by(|a, b| {
        b.score
            .cmp(&a.score)
            .then_with(|| order(&a.found).cmp(&order(&b.found)))
    });
    hits
}

/// A stable order among equal scores: codes by number, then messages, then client errors.
fn order(f: &Found) -> (u8, u32, &'static str) {
    match f {
        Found::Code { entry, .. } => (0, u32::from(entry.code.get()), ""),
        Found::ServerMessage { message } => {
            (1, u32::from(message.code.get()), message.pattern.as_str())
        }
        Found::ClientError { error } => (2, 0, error.id.as_str()),
    }
}

/// The hit a document makes, if every word occurs in it (or is its code or command).
fn hit(
    found: Found,
    fields: &Fields,
    words: &[String],
    bonus: &dyn Fn(&str) -> u32,
    scale: u32,
) -> Option<Hit> {
    let mut total = 0;
    // The snippet comes from a field other than the first (the title or text the hit's
    // heading already shows), when the words occur there.
    let mut snippet: Option<String> = None;
    let mut heading: Option<String> = None;
    for w in words {
        let mut s = bonus(w);
        for (i, (text, weight)) in fields.iter().enumerate() {
            let n = occurrences(text, w);
            if n > 0 {
                s += weight * n.min(3);
                if i > 0 && snippet.is_none() {
                    snippet = Some(around(text, w));
                } else if i == 0 && heading.is_none() {
                    heading = Some(around(fields.get(1).map_or("", |f| f.0), ""));
                }
            }
        }
        if s == 0 {
            return None;
        }
        total += s * scale;
    }
    Some(Hit {
        found,
        score: total,
        snippet: snippet.or(heading).unwrap_or_default(),
    })
}

/// The text around the first place `word` starts a word: what the user sees matched.
fn around(text: &str, word: &str) -> String {
    const BEFORE: usize = 30;
    const SPAN: usize = 110;
    let at = if word.is_empty() {
        0
    } else {
        match find_word(text, word) {
            Some(at) => at,
            None => return String::new(),
        }
    };
    let start = text[..at]
        .char_indices()
        .rev()
        .nth(BEFORE)
        .map_or(0, |(i, _)| i);
    // Start at a word boundary.
    let start = if start == 0 {
        0
    } else {
        text[start..].find(' ').map_or(start, |i| start + i + 1)
    };
    let end = text[start..]
        .char_indices()
        .nth(SPAN)
        .map_or(text.len(), |(i, _)| start + i);
    let end = if end == text.len() {
        end
    } else {
        text[..end].rfind(' ').filter(|&i| i > at).unwrap_or(end)
    };
    let mut s = String::new();
    if start > 0 {
        s.push('…');
    }
    s.push_str(&text[start..end]);
    if end < text.len() {
        s.push('…');
    }
    s
}

/// Where `word` (lower case) first starts a word in `text`, as a byte offset of `text`.
fn find_word(text: &str, word: &str) -> Option<usize> {
    word_starts(text, word).next()
}

/// How often `word` (lower case) starts a word in `text`.
fn occurrences(text: &str, word: &str) -> u32 {
    word_starts(text, word).count() as u32
}

/// The offsets where `word` (lower case) starts a word of `text`, compared without
/// lower-casing the text (ASCII case folding; the knowledge is written in English).
fn word_starts<'a>(text: &'a str, word: &'a str) -> impl Iterator<Item = usize> + 'a {
    let t = text.as_bytes();
    let w = word.as_bytes();
    (0..t.len().saturating_sub(w.len().saturating_sub(1))).filter(move |&i| {
        !w.is_empty()
            && text.is_char_boundary(i)
            && t[i..].len() >= w.len()
            && t[i..i + w.len()].eq_ignore_ascii_case(w)
            && (i == 0 || !t[i - 1].is_ascii_alphanumeric())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_prefixes_only() {
        assert_eq!(occurrences("Passive mode; passively", "passiv"), 2);
        assert_eq!(occurrences("impassive", "passive"), 0);
        assert_eq!(occurrences("", "x"), 0);
    }

    #[test]
    fn empty_query_finds_nothing() {
        assert!(search(&[" ".into()]).is_empty());
    }

    #[test]
    fn snippets_show_the_match() {
        let s = around("one two three chroot four", "chroot");
        assert!(s.contains("chroot"), "{s}");
    }

    fn first_code(words: &str) -> Option<u16> {
        search(&[words.to_string()])
            .into_iter()
            .find_map(|h| match h.found {
                Found::Code { entry, .. } => Some(entry.code.get()),
                _ => None,
            })
    }

    #[test]
    fn ftp_codes_before_socket_errors() {
        assert_eq!(first_code("too many connections"), Some(421));
        assert!(matches!(first_code("quota"), Some(452 | 552)));
        assert_eq!(first_code("firewall").map(|c| c < 1000), Some(true));
    }
}
