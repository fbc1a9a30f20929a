//! Whatever a user pastes into `explain`: a code, a class, reply lines, a log excerpt
//! (read with `scan`'s own detection), a client's error line (`curl: (67) ...`,
//! `Error: Connection timed out`), or an error's name (`ECONNREFUSED`, `CURLE_LOGIN_DENIED`).

use crate::explain::{self, Answer, ClientAnswer};
use crate::knowledge::clients::{self, ClientError};
use crate::reply::{self, QueryError};
use crate::scan;

/// The answers to one query, in the order its lines give them.
pub fn answers(input: &str) -> Result<Vec<Answer>, QueryError> {
    // A reply a client makes up in its own words (BSD ftp's `421 Service not available,
    // remote server has closed connection`): that client's error, no server's reply.
    if let Some(e) = made_up_reply(input.trim()) {
        return Ok(vec![Answer::Client(Box::new(ClientAnswer::new(
            e,
            Some(input.trim()),
        )))]);
    }
    let error = match reply::parse_query(input) {
        Ok(query) => return Ok(explain::answer(&query)),
        Err(e) => e,
    };
    let trimmed = input.trim();
    // (A name may hold a blank: vsftpd's `FAIL LOGIN`.)
    if !trimmed.contains('\n')
        && let Some(e) = clients::by_alias(trimmed)
    {
        return Ok(vec![Answer::Client(Box::new(ClientAnswer::new(e, None)))]);
    }
    let found = from_lines(input);
    if !found.is_empty() {
        return Ok(found);
    }
    // One line that names a code without quoting a reply (`error code: 550`).
    match scan::detect::mentioned_code(trimmed.as_bytes()).filter(|_| !trimmed.contains('\n')) {
        Some(code) => Ok(vec![Answer::Code(Box::new(explain::explain(code, None)))]),
        None => Err(error),
    }
}

/// Replies (as `scan` finds them) and client errors, line by line. Kept out of line:
/// the scanner it builds takes some 50 KiB of stack, which a plain code (`explain 502`)
/// would otherwise fault in page by page at start-up.
#[inline(never)]
fn from_lines(input: &str) -> Vec<Answer> {
    let replies = scan::replies_in(input.as_bytes());
    let mut answers = Vec::new();
    let mut next = replies.iter().peekable();
    for (n, line) in input.lines().enumerate() {
        let n = n as u64 + 1;
        // The reply the line carries, if found in it: the server's words, which a client's
        // or the system's message may only match around, not within.
        let reply = replies
            .iter()
            .filter(|r| r.line <= n && n <= r.end_line)
            .find_map(|r| reply_span(line, r, n));
        if let Some(e) = clients::Matcher::get().and_then(|m| m.find_beside(line.as_bytes(), reply))
        {
            answers.push(Answer::Client(Box::new(ClientAnswer::new(
                e,
                Some(line.trim_end_matches('\r')),
            ))));
        }
        while let Some(r) = next.next_if(|r| r.line <= n) {
            // A client's line that only quotes a reply already explained adds nothing.
            if r.quotes {
                continue;
            }
            // (Where the paste's greeting or format names the server, its message is the
            // one shown for a text several servers send, as `scan` shows it.)
            answers.push(Answer::Code(Box::new(explain::explain_from(
                r.code,
                Some(&r.text),
                r.server,
            ))));
        }
    }
    answers
}

/// Where in line `n` (of a paste) reply `r` stands: from its code to the end of its text
/// on that line. None where the line does not hold the text as is (a decoded string).
fn reply_span(line: &str, r: &scan::collect::Found, n: u64) -> Option<std::ops::Range<usize>> {
    // The text holds the first line and, for a multi-line reply, also the last.
    let text = match r.text.split_once('\n') {
        Some((_, last)) if n == r.end_line && n != r.line => last,
        Some((first, _)) if n == r.line => first,
        Some(_) => return None,
        None => r.text.as_str(),
    };
    if text.is_empty() {
        return None;
    }
    let at = line.rfind(text)?;
    // The code and its separator before the text belong to the reply too.
    let head = line[..at].trim_end_matches([' ', '\t', '-']);
    let code = r.code.to_string();
    let start = match head.strip_suffix(code.as_str()) {
        Some(before) => before.len(),
        None => at,
    };
    Some(start..at + text.len())
}

/// The client error whose own words a one-line reply is, if any.
fn made_up_reply(line: &str) -> Option<&'static ClientError> {
    if line.contains('\n') {
        return None;
    }
    clients::made_up_reply(line.as_bytes(), 0, reply::parse_code(line.get(..3)?).ok()?)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(input: &str) -> Vec<String> {
        answers(input)
            .unwrap_or_default()
            .iter()
            .map(|a| match a {
                Answer::Code(e) => e.code.to_string(),
                Answer::Class(c) => c.pattern.clone(),
                Answer::Client(c) => c.error.id.to_string(),
            })
            .collect()
    }

    #[test]
    fn pastes_of_every_kind() {
        assert_eq!(kinds("550 Permission denied."), ["550"]);
        assert_eq!(kinds("5"), ["5xx"]);
        assert_eq!(kinds("Response:\t530 Login incorrect."), ["530"]);
        assert_eq!(kinds("<--- 421 Timeout."), ["421"]);
        // The client's exception and the reply inside it, each explained.
        assert_eq!(
            kinds("ftplib.error_perm: 530 Login incorrect."),
            ["python-ftplib-error-perm-530", "530"]
        );
        assert_eq!(
            kinds("curl: (28) Operation timed out after 5000 milliseconds with 0 bytes received"),
            ["curl-28"]
        );
        assert_eq!(kinds("ECONNREFUSED"), ["os-linux-econnrefused"]);
        assert!(answers("nothing at all here").is_err());
        // A code named in a line that quotes no reply: what a person asks about.
        assert_eq!(kinds("error code: 550"), ["550"]);
        assert_eq!(kinds("reply code 530"), ["530"]);
        assert_eq!(kinds("  code: 550"), ["550"]);
        assert_eq!(kinds("The transfer failed with 426"), ["426"]);
        // Not a count, a port, a file, or a number the table does not know. (A line that
        // starts with a code is a reply line as typed: `421 bytes received` is read so.)
        assert!(answers("port=530 listening").is_err());
        assert!(answers("reply code 299").is_err());
        assert!(answers("got 421 bytes").is_err());
        assert!(answers("saved as 550 report.txt").is_err());
    }
}
