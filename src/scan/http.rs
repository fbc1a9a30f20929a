//! An HTTP exchange printed as text among the lines (`lwp-request -E` on an `ftp://` URL,
//! an HTTP client's trace): the request line, its headers, a blank line, then a status
//! line. That status line is HTTP's answer, even where an FTP library made it up from the
//! FTP replies (`404 File 'missing.txt' not found`, `401 Authentication failed.`), so it
//! is no FTP reply.

use super::detect::Kind;
use super::needle;
use super::{lex, words};

/// Where the lines stand in an HTTP exchange.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Http {
    state: State,
    /// The line before was a status line at its start (`401 Login incorrect.`) after a
    /// request: a response's header under it makes it HTTP's.
    status_before: Option<Answer>,
    /// How many lines more a request line (`GET ftp://...`) stands before.
    since_request: u8,
}

#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
enum State {
    #[default]
    None,
    /// After a request line, in its headers.
    Request,
    /// After the blank line that ends the request: the status line comes next.
    Status,
    /// After an HTTP status line (`HTTP/1.1 200 OK`): the same status given again as a
    /// line of its own, as `wget -d` does after the response's headers, is HTTP's.
    Answered(Answer),
}

/// An HTTP status line's code and reason, and how many lines more a line may repeat them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Answer {
    status: [u8; 36],
    len: u8,
    left: u8,
    /// Found by the header under it (LWP's dump): a script's label may come before the
    /// status again (`=== result: 401 Login incorrect.`).
    labelled: bool,
}

/// How many lines after a request line an HTTP library's dump of its response may come
/// (the FTP dialogue its debug prints between them).
const REQUEST_LINES: u8 = 64;

impl Http {
    /// Whether a request line came in the last lines: a status line at a line's start
    /// with a response's header under it is then HTTP's (see [`Http::line`]).
    pub fn after_request(&self) -> bool {
        self.since_request > 0
    }
}

/// How far into a line a status line may start (after a time and a marker).
const PREFIX: usize = 48;

/// How many lines after its status line (the response's headers, a blank line, a client's
/// marker) the status may come again.
const ANSWER_LINES: u8 = 40;

impl Answer {
    /// `HTTP/1.1 404 Not Found`: the status line of a response, whatever its version.
    /// (After a trace's marker and time too: curl's `< HTTP/1.0 200 Connection
    /// established`, `23:14:01.775034 < HTTP/1.0 200 ...`.)
    fn of(line: &[u8]) -> Option<Answer> {
        // (Asked of every line: one look for the `H` of each word.)
        let head = &line[..line.len().min(PREFIX + 5)];
        let at = memchr::memchr_iter(b'H', head)
            .find(|&i| head[i..].starts_with(b"HTTP/") && (i == 0 || head[i - 1] == b' '))?;
        let rest = &line[at + 5..];
        let blank = memchr::memchr(b' ', &rest[..rest.len().min(4)])?;
        let given = &rest[blank + 1..];
        if !status(given) {
            return None;
        }
        Answer::new(given, false)
    }

    /// A status line held (None for one longer than 36 bytes).
    fn new(given: &[u8], labelled: bool) -> Option<Answer> {
        let mut status = [0; 36];
        status.get_mut(..given.len())?.copy_from_slice(given);
        Some(Answer {
            status,
            len: given.len() as u8,
            left: ANSWER_LINES,
            labelled,
        })
    }

    /// The status again, whole (`wget -d`) or ending the line after a label (a script's
    /// `=== result: 401 Login incorrect.`), or its code alone ending the line (curl's `*
    /// CONNECT tunnel established, response 200`).
    fn repeated_by(&self, line: &[u8]) -> bool {
        let status = &self.status[..usize::from(self.len)];
        line == status
            || self.labelled
                && line.len() > status.len()
                && line.ends_with(status)
                && line[line.len() - status.len() - 1] == b' '
            || line.len() > 4 && line.ends_with(&self.status[..3]) && line[line.len() - 4] == b' '
    }
}

impl Http {
    pub fn reset(&mut self) {
        *self = Http::default();
    }

    /// Some(Other) for the status line that answers a request; None for every other line.
    pub fn line<'a>(&mut self, line: &[u8]) -> Option<Kind<'a>> {
        let line = lex::trim_end(line);
        // `401 Login incorrect.` then `WWW-Authenticate: Basic Realm="FTP login"` (LWP's
        // dump of the response it made of an `ftp://` fetch): the status again in the lines
        // after (a script's `=== result: 401 Login incorrect.`) is HTTP's.
        let before = self.status_before.take();
        self.since_request = self.since_request.saturating_sub(1);
        if let Some(answer) = before
            && response_header(line)
        {
            self.state = State::Answered(answer);
            return None;
        }
        if self.since_request > 0 && status(line) {
            self.status_before = Answer::new(line, true);
        }
        if let Some(answer) = Answer::of(line) {
            self.state = State::Answered(answer);
            return None;
        }
        let is_request = request(line);
        match self.state {
            State::Request if line.is_empty() => self.state = State::Status,
            State::Request if header(line) => {}
            State::Status if line.is_empty() => {}
            State::Status if status(line) => {
                self.state = State::None;
                return Some(Kind::Other);
            }
            State::Answered(answer) if answer.repeated_by(line) => {
                self.state = State::None;
                return Some(Kind::Other);
            }
            State::Answered(answer) if answer.left > 0 && !is_request => {
                self.state = State::Answered(Answer {
                    left: answer.left - 1,
                    ..answer
                });
            }
            _ => {
                self.state = if is_request {
                    State::Request
                } else {
                    State::None
                }
            }
        }
        if is_request {
            self.since_request = REQUEST_LINES;
        }
        None
    }
}

/// `GET ftp://host/path`, `HEAD /index.html HTTP/1.1`: a method in capitals and a target
/// (a URL or a path), and at most the protocol's version after it.
fn request(line: &[u8]) -> bool {
    let Some(blank) = memchr::memchr(b' ', &line[..line.len().min(8)]) else {
        return false;
    };
    if !words::is_http_method(&line[..blank]) {
        return false;
    }
    let mut rest = line[blank + 1..].split(|b| *b == b' ');
    let target = rest.next().unwrap_or_default();
    let url = target.starts_with(b"/") || needle::find!(target, b"://").is_some();
    url && rest.next().is_none_or(|v| v.starts_with(b"HTTP/")) && rest.next().is_none()
}

/// `User-Agent: lwp-request/6.68`: a header's name (letters, digits and hyphens) and a colon.
fn header(line: &[u8]) -> bool {
    let name = line
        .iter()
        .take_while(|b| lex::is_alnum(**b) || **b == b'-')
        .count();
    name > 0 && line[name..].starts_with(b": ")
}

/// `Content-Type: text/ftp-dir-listing`: a header that only an HTTP response carries
/// (RFC 9110's, and those LWP adds to a response it made up from an `ftp://` fetch),
/// as a response's dump prints it right under its status line.
pub fn response_header(line: &[u8]) -> bool {
    const NAMES: &[&[u8]] = &[
        b"Client-Date",
        b"Client-Peer",
        b"Client-Request-Num",
        b"Client-Response-Num",
        b"Content-Length",
        b"Content-Type",
        b"Last-Modified",
        b"Server",
        b"WWW-Authenticate",
    ];
    header(line)
        && memchr::memchr(b':', line)
            .is_some_and(|colon| NAMES.iter().any(|n| n.eq_ignore_ascii_case(&line[..colon])))
}

/// `200 OK`, `404 Not Found`: a code at the start of the line, a blank, a reason.
fn status(line: &[u8]) -> bool {
    matches!(line, [b'1'..=b'5', b'0'..=b'9', b'0'..=b'9', b' ', ..])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn others(lines: &[&str]) -> Vec<usize> {
        let mut http = Http::default();
        lines
            .iter()
            .enumerate()
            .filter(|(_, l)| http.line(l.as_bytes()).is_some())
            .map(|(i, _)| i)
            .collect()
    }

    #[test]
    fn the_status_line_of_a_request_is_http_s() {
        // lwp-request -E on an ftp:// URL.
        let lines = [
            "GET ftp://ftpuser:secret@127.0.0.1:2800/pub/missing.txt",
            "User-Agent: lwp-request/6.68 libwww-perl/6.68",
            "",
            "404 File 'missing.txt' not found",
            "Client-Date: Thu, 03 Dec 2026 03:56:49 GMT",
            "",
            "550 No such file.",
        ];
        assert_eq!(others(&lines), [3]);
        assert_eq!(others(&["HEAD /a HTTP/1.1", "Host: x", "", "200 OK"]), [3]);
        // wget -d: the status line among the response's lines, then the status alone.
        let wget = [
            "---response begin---",
            "HTTP/1.1 200 OK",
            "Content-Type: text/html",
            "",
            "---response end---",
            "200 OK",
            "Registered socket 4 for persistent reuse.",
        ];
        assert_eq!(others(&wget), [5]);
        // Another status, or the same one too long after, is not HTTP's by this.
        assert_eq!(
            others(&["HTTP/1.1 200 OK", "", "200 Type set to I"]),
            [] as [usize; 0]
        );
        let mut far = vec!["HTTP/1.0 404 Not Found"];
        far.extend(["x"; 41]);
        far.push("404 Not Found");
        assert_eq!(others(&far), [] as [usize; 0]);
    }

    #[test]
    fn ftp_lines_are_left_alone() {
        // A command, a reply: no HTTP request came first.
        assert!(others(&["RETR missing.txt", "", "550 No such file."]).is_empty());
        // A request line must stand alone; anything but headers ends it.
        assert!(others(&["GET ftp://h/f then more words", "", "200 OK"]).is_empty());
        assert!(others(&["GET ftp://h/f", "ftp> get f", "", "226 Done"]).is_empty());
        assert!(others(&["GET f", "", "226 Done"]).is_empty());
    }
}
