//! Parsing what a user types or pastes: a code, a class pattern, or reply lines.
//!
//! Pure functions only; nothing here reads the knowledge table.

use std::fmt;

use crate::code::ReplyCode;

/// One query as the user meant it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Query {
    /// A bare code: `502`, or a Windows socket error such as `10054`.
    Code(ReplyCode),
    /// A class pattern: `5xx`, `55x`.
    Class(Pattern),
    /// One or more replies pasted as text.
    Replies(Vec<Reply>),
}

/// A reply as a server sent it: code plus text, possibly over several lines.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reply {
    pub code: ReplyCode,
    /// The reply's text without the code: for a multi-line reply, each line's text
    /// joined with '\n' (the code and separator stripped from the first and last lines).
    pub text: String,
    /// Number of lines the reply spans.
    pub lines: usize,
}

/// A code pattern with `x` wildcards: `5xx`, `55x`, `x5x`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Pattern {
    digits: [Option<u8>; 3],
}

impl Pattern {
    /// The first digit, if fixed.
    pub fn first(&self) -> Option<u8> {
        self.digits[0]
    }

    /// The second digit, if fixed.
    pub fn second(&self) -> Option<u8> {
        self.digits[1]
    }

    /// Whether a code matches. Windows socket errors never match.
    pub fn matches(&self, code: ReplyCode) -> bool {
        let (Some(first), Some(second)) = (code.first_digit(), code.second_digit()) else {
            return false;
        };
        let d = [first, second, (code.get() % 10) as u8];
        self.digits
            .iter()
            .zip(d)
            .all(|(p, d)| p.is_none_or(|p| p == d))
    }
}

impl fmt::Display for Pattern {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for d in self.digits {
            match d {
                Some(d) => write!(f, "{d}")?,
                None => f.write_str("x")?,
            }
        }
        Ok(())
    }
}

/// Why a query could not be read, with a hint where one helps.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QueryError {
    pub reason: String,
    pub hint: Option<String>,
}

fn bad(reason: impl Into<String>, hint: Option<String>) -> QueryError {
    QueryError {
        reason: reason.into(),
        hint,
    }
}

/// Reads a query: a code, a class pattern, or one or more reply lines.
pub fn parse_query(input: &str) -> Result<Query, QueryError> {
    let trimmed = input.trim();
    if trimmed.is_empty() {
        return Err(bad(
            "empty query",
            Some(
                "give a code (502), a reply line (\"550 Permission denied.\") or a class (5xx)"
                    .into(),
            ),
        ));
    }
    if trimmed.bytes().all(|b| b.is_ascii_digit()) {
        // `5` and `55` are read as 5xx and 55x.
        if let Some(p) = short_pattern(trimmed) {
            return Ok(Query::Class(p));
        }
        return parse_code(trimmed).map(Query::Code);
    }
    if let Some(p) = parse_pattern(trimmed) {
        return Ok(Query::Class(p));
    }
    parse_replies(input).map(Query::Replies)
}

/// Reads a bare number as a reply code (three digits, 1-6 first) or a Windows socket error.
pub fn parse_code(s: &str) -> Result<ReplyCode, QueryError> {
    let digits = !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    let code = s
        .parse::<u16>()
        .ok()
        .filter(|_| digits && matches!(s.len(), 3 | 5))
        .and_then(ReplyCode::new);
    if let Some(code) = code {
        return Ok(code);
    }
    let hint = match s.as_bytes() {
        [first, _, _] if digits => format!(
            "the first digit of an FTP reply is 1 to 6 (RFC 959 §4.2.1, RFC 2228), not {}",
            char::from(*first)
        ),
        _ => nearest_code_hint(s, digits),
    };
    Err(bad(
        format!("'{}' is not a reply code", shown(s)),
        Some(hint),
    ))
}

/// A query as shown in a message: secrets hidden, control characters escaped, long ones
/// shortened.
pub fn shown(s: &str) -> String {
    const MAX: usize = 40;
    let s = &*secrets_hidden(s);
    let mut out: String = s.chars().take(MAX).flat_map(char::escape_debug).collect();
    if s.chars().count() > MAX {
        out.push('…');
    }
    out
}

/// Text a user gave, with the argument of a PASS, ACCT or ADAT in it hidden as `scan`
/// hides it (`---> PASS ***`): an error message is what gets pasted into a ticket. Each
/// word that starts a command is tried, as a pasted line may put anything before it.
// Out of line: only error messages ask (link/README.md).
#[inline(never)]
pub fn secrets_hidden(s: &str) -> std::borrow::Cow<'_, str> {
    use crate::scan::command;
    let starts = s
        .char_indices()
        .filter(|&(i, c)| {
            c.is_ascii_alphabetic()
                && s[..i]
                    .chars()
                    .next_back()
                    .is_none_or(|b| !b.is_ascii_alphanumeric())
        })
        .map(|(i, _)| i);
    for at in starts {
        let rest = &s.as_bytes()[at..];
        if command::is_secret(command::verb(rest)) {
            let hidden = command::shown(rest);
            return format!("{}{}", &s[..at], String::from_utf8_lossy(&hidden)).into();
        }
    }
    s.into()
}

/// A hint for a number of the wrong length: a likely three-digit code inside it.
fn nearest_code_hint(s: &str, digits: bool) -> String {
    // Only a run of digits suggests a code cut short: not `12é` or `55x7`.
    if let Some(&head) = s.as_bytes().first_chunk::<3>()
        && digits
        && ReplyCode::from_digits(head).is_some()
    {
        return format!(
            "FTP reply codes have three digits; did you mean {}?",
            String::from_utf8_lossy(&head)
        );
    }
    "FTP reply codes have three digits, the first 1 to 6, and Windows socket errors five, such as 10054".into()
}

/// `5` as 5xx, `55` as 55x: the leading digits of a code, the rest left open.
fn short_pattern(s: &str) -> Option<Pattern> {
    let b = s.as_bytes();
    if !(1..=2).contains(&b.len()) || !(b'1'..=b'6').contains(&b[0]) {
        return None;
    }
    let mut digits = [None; 3];
    for (i, &c) in b.iter().enumerate() {
        digits[i] = Some(c - b'0');
    }
    Some(Pattern { digits })
}

/// Reads `5xx`, `55x`, `5x0`-style patterns (x or X, at least one wildcard).
pub fn parse_pattern(s: &str) -> Option<Pattern> {
    let b = s.as_bytes();
    if b.len() != 3 || !b.iter().any(|c| matches!(c, b'x' | b'X')) {
        return None;
    }
    let mut digits = [None; 3];
    for (i, &c) in b.iter().enumerate() {
        digits[i] = match c {
            b'x' | b'X' => None,
            b'1'..=b'6' if i == 0 => Some(c - b'0'),
            b'0'..=b'9' if i > 0 => Some(c - b'0'),
            _ => return None,
        };
    }
    Some(Pattern { digits })
}

/// The code and separator at the start of a reply line: `(550, b' ')`.
fn line_head(line: &str) -> Option<(ReplyCode, u8)> {
    let (code, sep, _) = crate::code::parse_head(line.as_bytes())?;
    Some((
        code,
        if sep == crate::code::Sep::More {
            b'-'
        } else {
            b' '
        },
    ))
}

fn text_after_head(line: &str) -> &str {
    line.get(4..).unwrap_or("")
}

/// Splits pasted text into replies (RFC 959 §4.2): `ddd text` on one line, or
/// `ddd-text` ... `ddd text` over several. Blank lines between replies are skipped.
pub fn parse_replies(input: &str) -> Result<Vec<Reply>, QueryError> {
    let mut replies = Vec::new();
    let mut lines = input
        .lines()
        .map(|l| l.strip_suffix('\r').unwrap_or(l))
        .enumerate();
    while let Some((n, line)) = lines.next() {
        let line = line.trim_start();
        if line.trim().is_empty() {
            continue;
        }
        let Some((code, sep)) = line_head(line) else {
            return Err(not_a_reply(n, line, input.lines().count() > 1));
        };
        if sep == b' ' {
            replies.push(Reply {
                code,
                text: text_after_head(line).trim_end().to_string(),
                lines: 1,
            });
            continue;
        }
        // Multi-line: everything up to a line starting with the same code and a space.
        let mut text = text_after_head(line).trim_end().to_string();
        let mut count = 1;
        let mut closed = false;
        for (_, next) in lines.by_ref() {
            count += 1;
            text.push('\n');
            if line_head(next) == Some((code, b' ')) {
                text.push_str(text_after_head(next).trim_end());
                closed = true;
                break;
            }
            text.push_str(next.trim_end());
        }
        if !closed && count > 1 {
            return Err(bad(
                format!(
                    "the multi-line {code} reply starting on line {} never ends",
                    n + 1
                ),
                Some(format!(
                    "a multi-line reply ends with a line starting \"{code} \" (RFC 959 §4.2)"
                )),
            ));
        }
        replies.push(Reply {
            code,
            text,
            lines: count,
        });
    }
    if replies.is_empty() {
        return Err(bad("empty query", None));
    }
    Ok(replies)
}

fn not_a_reply(n: usize, line: &str, multi: bool) -> QueryError {
    let line = secrets_hidden(line);
    let shown: String = line.chars().take(40).flat_map(char::escape_debug).collect();
    let reason = if multi {
        format!("line {} is not part of a reply: \"{shown}\"", n + 1)
    } else {
        format!("\"{shown}\" is not a reply code or reply line")
    };
    bad(
        reason,
        Some(
            "give a code (502), a reply line (\"550 Permission denied.\"), a class (5xx), \
             or pipe a log through `ftpcode scan`"
                .into(),
        ),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn c(n: u16) -> ReplyCode {
        ReplyCode::known(n)
    }

    #[test]
    fn codes() {
        assert_eq!(parse_query("502"), Ok(Query::Code(c(502))));
        assert_eq!(parse_query(" 299 "), Ok(Query::Code(c(299))));
        assert_eq!(parse_query("10054"), Ok(Query::Code(c(10054))));
        for bad in ["0", "9999", "099", "700", "1000000000000", "70"] {
            assert!(parse_query(bad).is_err(), "{bad}");
        }
        // One or two leading digits are a class: `5` is 5xx, `12` is 12x.
        for (short, class) in [("5", "5xx"), ("12", "12x"), ("50", "50x")] {
            match parse_query(short) {
                Ok(Query::Class(p)) => assert_eq!(p.to_string(), class),
                other => panic!("{short}: {other:?}"),
            }
        }
        let e = parse_query("5502").unwrap_err();
        assert!(e.hint.unwrap_or_default().contains("550"));
        // Not a char boundary after three bytes: no panic, no guess.
        let e = parse_code("12é").unwrap_err();
        assert!(!e.hint.unwrap_or_default().contains("did you mean"));
    }

    #[test]
    fn patterns() {
        let Ok(Query::Class(p)) = parse_query("55x") else {
            panic!("not a class")
        };
        assert!(
            p.matches(c(550)) && p.matches(c(553)) && !p.matches(c(530)) && !p.matches(c(10054))
        );
        assert_eq!(p.to_string(), "55x");
        assert_eq!(
            parse_pattern("5XX").map(|p| p.to_string()),
            Some("5xx".into())
        );
        assert_eq!(parse_pattern("7xx"), None);
        assert_eq!(parse_pattern("555"), None);
        assert!(parse_query("axx").is_err());
    }

    #[test]
    fn single_line_reply() {
        let Ok(Query::Replies(r)) = parse_query("550 Permission denied.") else {
            panic!()
        };
        assert_eq!(
            r,
            vec![Reply {
                code: c(550),
                text: "Permission denied.".into(),
                lines: 1
            }]
        );
    }

    #[test]
    fn first_line_of_multiline_alone() {
        let Ok(Query::Replies(r)) = parse_query("211-Features:") else {
            panic!()
        };
        assert_eq!((r[0].code, r[0].text.as_str()), (c(211), "Features:"));
    }

    #[test]
    fn multi_line_and_sequence() {
        let text = "211-Features:\r\n MDTM\r\n SIZE\r\n211 End\r\n\r\n502 SITE not implemented\n";
        let r = parse_replies(text).unwrap();
        assert_eq!(r.len(), 2);
        assert_eq!(r[0].code, c(211));
        assert_eq!(r[0].text, "Features:\n MDTM\n SIZE\nEnd");
        assert_eq!(r[0].lines, 4);
        assert_eq!(
            (r[1].code, r[1].text.as_str()),
            (c(502), "SITE not implemented")
        );
    }

    #[test]
    fn middle_line_with_other_code_belongs_to_reply() {
        let r = parse_replies("214-Help\n200 not the end\n214 End").unwrap();
        assert_eq!(r.len(), 1);
        assert_eq!(r[0].lines, 3);
    }

    #[test]
    fn secrets_are_hidden_wherever_the_command_starts() {
        assert_eq!(secrets_hidden("PASS hunter2"), "PASS ***");
        assert_eq!(secrets_hidden("---> pass hunter2"), "---> pass ***");
        assert_eq!(secrets_hidden("Command:\tACCT x"), "Command:\tACCT ***");
        // Not a secret's verb: a longer word, or one inside a word.
        assert_eq!(secrets_hidden("PASSWORD hunter2"), "PASSWORD hunter2");
        assert_eq!(secrets_hidden("xPASS hunter2"), "xPASS hunter2");
        assert_eq!(secrets_hidden("RETR é"), "RETR é");
    }

    #[test]
    fn unterminated_and_garbage() {
        assert!(parse_replies("211-Features:\n MDTM").is_err());
        let e = parse_replies("550 ok\nhello").unwrap_err();
        assert!(e.reason.contains("line 2"), "{}", e.reason);
        assert!(parse_query("abc").is_err());
        assert!(parse_query("550x denied").is_err());
    }
}
