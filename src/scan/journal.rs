//! journalctl's output formats that spread one record over several lines (`-o verbose`,
//! `-o export`, `-o json-pretty`). A record's fields come in no fixed order: its process
//! id (`_PID`) often follows the `MESSAGE` that holds a reply, so a line read alone names
//! no session. The lines of such a record are held until the record ends, then read with
//! the record's process id before each (see `Scanner::finish_journal`).

use super::lex;
use super::needle;

/// How many lines, and bytes, a record may hold before it is read as it stands (a record
/// of a program that logs much in one field must not grow memory).
const MAX_LINES: usize = 128;
const MAX_BYTES: usize = 1 << 16;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Format {
    /// `Fri 2026-12-04 01:18:12.749898 UTC [s=...;i=1;...]`, then `    KEY=value` lines.
    Verbose,
    /// `__CURSOR=...`, then `KEY=value` lines, a blank line after the record.
    Export,
    /// `{`, then `\t"KEY" : "value",` lines, then `}`.
    JsonPretty,
}

/// The lines of the record being read.
#[derive(Debug, Default)]
pub struct Record {
    format: Option<Format>,
    bytes: Vec<u8>,
    /// Per line: its number, where its bytes end, and whether it holds a `#`.
    lines: Vec<(u64, usize, bool)>,
    /// Where the record's process id lies in `bytes`.
    pid: Option<(usize, usize)>,
}

impl Record {
    pub fn is_open(&self) -> bool {
        self.format.is_some()
    }

    /// Whether a line starts a record: a verbose record's header, an exported record's
    /// cursor, a pretty JSON record's brace.
    pub fn open(&mut self, body: &[u8]) -> bool {
        let format = if body.starts_with(b"__CURSOR=") {
            Format::Export
        } else if lex::trim_end(body) == b"{" {
            Format::JsonPretty
        } else if verbose_header(body) {
            Format::Verbose
        } else {
            return false;
        };
        self.clear();
        self.format = Some(format);
        true
    }

    /// Whether a line is one of the open record's fields (or its end: the closing brace of
    /// a pretty JSON record), with room to hold it.
    pub fn continues(&self, body: &[u8]) -> bool {
        if self.lines.len() >= MAX_LINES || self.bytes.len() + body.len() > MAX_BYTES {
            return false;
        }
        match self.format {
            Some(Format::Verbose) => body
                .strip_prefix(b"    ")
                .is_some_and(|f| field_name(f).is_some()),
            Some(Format::Export) => field_name(body).is_some() && !body.starts_with(b"__CURSOR="),
            Some(Format::JsonPretty) => {
                let t = lex::trim_start(body);
                t.len() < body.len() && t.first() == Some(&b'"') || lex::trim_end(body) == b"}"
            }
            None => false,
        }
    }

    /// Whether a line that continues the record ends it (a pretty JSON record's brace).
    pub fn ends_with(&self, body: &[u8]) -> bool {
        self.format == Some(Format::JsonPretty) && lex::trim_end(body) == b"}"
    }

    pub fn push(&mut self, body: &[u8], n: u64, hash: bool) {
        let start = self.bytes.len();
        self.bytes.extend_from_slice(body);
        self.lines.push((n, self.bytes.len(), hash));
        if self.pid.is_none()
            && let Some(format) = self.format
            && let Some(pid) = pid_field(format, body)
        {
            let from = start + (pid.as_ptr() as usize - body.as_ptr() as usize);
            self.pid = Some((from, from + pid.len()));
        }
    }

    /// The record's process id, if one of its fields gave it.
    pub fn pid(&self) -> Option<&[u8]> {
        self.pid.map(|(from, to)| &self.bytes[from..to])
    }

    /// The record's lines: each with its number and whether it holds a `#`.
    pub fn lines(&self) -> impl Iterator<Item = (&[u8], u64, bool)> {
        let mut start = 0;
        self.lines.iter().map(move |&(n, end, hash)| {
            let line = &self.bytes[start..end];
            start = end;
            (line, n, hash)
        })
    }

    pub fn clear(&mut self) {
        self.format = None;
        self.bytes.clear();
        self.lines.clear();
        self.pid = None;
    }
}

/// What a record's line is read with before it: its process id, as a line that names its
/// process writes it (`pid=812 MESSAGE=...`).
pub fn keyed(pid: &[u8], line: &[u8], out: &mut Vec<u8>) {
    out.clear();
    out.extend_from_slice(b"pid=");
    out.extend_from_slice(pid);
    out.push(b' ');
    out.extend_from_slice(line);
}

/// A line as the record wrote it, without the process id [`keyed`] put before it: for the
/// rules that read a field's name where the line starts.
pub fn unkeyed(line: &[u8]) -> &[u8] {
    let Some(rest) = line.strip_prefix(b"pid=") else {
        return line;
    };
    let n = rest.iter().take_while(|b| b.is_ascii_digit()).count();
    match rest.get(n) {
        Some(b' ') if n > 0 => &rest[n + 1..],
        _ => line,
    }
}

/// `Fri 2026-12-04 01:18:12.749898 UTC [s=f3b4...;i=1;b=...]`: a day, a date, a time, a
/// zone, then the record's cursor in brackets.
fn verbose_header(body: &[u8]) -> bool {
    // (Asked of every line: the cheap tests first.)
    let head = &body[..body.len().min(80)];
    body.ends_with(b"]")
        && body.first().is_some_and(u8::is_ascii_alphabetic)
        && needle::find!(head, b" [s=")
            .is_some_and(|i| i > 20 && needle::find!(&body[i..], b";i=").is_some())
}

/// The name of a `KEY=value` field at the start of `s`: upper-case letters, digits and
/// `_`, as journald's fields are named.
fn field_name(s: &[u8]) -> Option<&[u8]> {
    let n = s
        .iter()
        .take_while(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || **b == b'_')
        .count();
    (n > 0 && s.get(n) == Some(&b'=')).then(|| &s[..n])
}

/// The process id a field of the record gives: `_PID=812`, `"_PID" : "812",` (or
/// `SYSLOG_PID`, which syslog's messages carry).
fn pid_field(format: Format, body: &[u8]) -> Option<&[u8]> {
    let t = lex::trim_start(body);
    let value = match format {
        Format::Verbose | Format::Export => t
            .strip_prefix(b"_PID=")
            .or_else(|| t.strip_prefix(b"SYSLOG_PID="))?,
        Format::JsonPretty => t
            .strip_prefix(b"\"_PID\" : \"")
            .or_else(|| t.strip_prefix(b"\"SYSLOG_PID\" : \""))?,
    };
    let n = value.iter().take_while(|b| b.is_ascii_digit()).count();
    (n > 0).then(|| &value[..n])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(lines: &[&str]) -> (Vec<u64>, Option<String>) {
        let mut r = Record::default();
        assert!(r.open(lines[0].as_bytes()));
        for (i, l) in lines.iter().enumerate() {
            if i > 0 {
                assert!(r.continues(l.as_bytes()), "{l}");
            }
            r.push(l.as_bytes(), i as u64 + 1, false);
        }
        let pid = r.pid().map(|p| String::from_utf8_lossy(p).into_owned());
        (r.lines().map(|(_, n, _)| n).collect(), pid)
    }

    #[test]
    fn a_records_process_id_may_follow_its_message() {
        let verbose = [
            "Fri 2026-12-04 01:18:15.396874 UTC [s=f3b4e0a0;i=3;b=45f18f94;m=381994a85;t=661c4a683b21e;x=f5ae]",
            "    SYSLOG_IDENTIFIER=pure-ftpd",
            "    MESSAGE=(?@127.0.0.1) [DEBUG] 220 Welcome",
            "    _PID=12146",
        ];
        assert_eq!(read(&verbose), (vec![1, 2, 3, 4], Some("12146".into())));
        let export = [
            "__CURSOR=s=3d81;i=1",
            "MESSAGE=<--- 220 ready",
            "_PID=13785",
        ];
        assert_eq!(read(&export).1.as_deref(), Some("13785"));
        let pretty = [
            "{",
            "\t\"MESSAGE\" : \"<--- 220 ready\",",
            "\t\"_PID\" : \"757\",",
            "}",
        ];
        assert_eq!(read(&pretty).1.as_deref(), Some("757"));
    }

    #[test]
    fn a_keyed_line_reads_back_as_written() {
        let mut out = Vec::new();
        keyed(b"757", b"\t\"SYSLOG_RAW\" : \"<95>x\",", &mut out);
        assert_eq!(out, b"pid=757 \t\"SYSLOG_RAW\" : \"<95>x\",");
        assert_eq!(unkeyed(&out), b"\t\"SYSLOG_RAW\" : \"<95>x\",");
        assert_eq!(unkeyed(b"pid=x 220"), b"pid=x 220");
        assert_eq!(unkeyed(b"SYSLOG_RAW=x"), b"SYSLOG_RAW=x");
    }

    #[test]
    fn what_no_record_holds_ends_it() {
        let mut r = Record::default();
        assert!(r.open(b"{"));
        assert!(r.continues(b"\t\"_PID\" : \"757\","));
        assert!(r.ends_with(b"}"));
        assert!(!r.continues(b"220 ready"));
        assert!(r.open(b"__CURSOR=s=1"));
        assert!(!r.continues(b""));
        assert!(!r.continues(b"__CURSOR=s=2"));
        // A line that starts with a day and holds brackets is no header without a cursor.
        assert!(!r.open(b"Fri Dec  4 01:18:15 [pid 2] 220 ready"));
        assert!(!r.open(b"220 ready"));
    }
}
