//! The JSON Lines sink: one compact record per reply (`"type":"reply"`), per finding
//! (`"type":"finding"`), per client error line (`"type":"client_error"`) and a closing
//! summary (`"type":"summary"`), for `jq` and log shippers. The schema is documented in
//! docs/scan-json.md.
//!
//! Records are written by hand, not through serde: a log has millions of replies, and
//! each code's fixed fields (class, title, advice) are serialised once and copied.

use std::io::{self, Write};

use crate::code::{REPLY_CODES, ReplyCode};
use crate::explain;
use crate::knowledge::clients::Role;
use crate::knowledge::codes;
use crate::render::json as json_render;

use super::Options;
use super::annotate::first_sentence;
use super::detect::Form;
use super::event::{ClientErrorEvent, FindingEvent, Place, Reply};
use super::sink::{InputEnd, Sink};

pub struct Json<'w, W: Write> {
    out: &'w mut W,
    /// Add the whole explanation to each reply (`--json=full`).
    full: bool,
    errors_only: bool,
    /// Per code: its fixed fields, serialised once.
    fixed: Vec<Option<Box<[u8]>>>,
    buf: Vec<u8>,
    files: u64,
    lines: u64,
    replies: u64,
    negative: u64,
    findings: u64,
    client_errors: u64,
    server_log_lines: u64,
}

impl<'w, W: Write> Json<'w, W> {
    pub fn new(out: &'w mut W, full: bool, opts: &Options) -> Self {
        Json {
            out,
            full,
            errors_only: opts.errors_only,
            fixed: vec![None; REPLY_CODES],
            buf: Vec::with_capacity(1024),
            files: 0,
            lines: 0,
            replies: 0,
            negative: 0,
            findings: 0,
            client_errors: 0,
            server_log_lines: 0,
        }
    }

    /// `"code":550,"class":"permanent_negative","title":"...","negative":true,"advice":"..."`
    fn fixed(&mut self, code: ReplyCode) -> &[u8] {
        let i = code.index().unwrap_or(0);
        self.fixed[i].get_or_insert_with(|| {
            let mut b = Vec::with_capacity(256);
            b.extend_from_slice(b"\"code\":");
            number(&mut b, u64::from(code.get()));
            b.extend_from_slice(b",\"class\":");
            // RFC 959 §4.2.1's own name for the class (`5yz`); `negative` and `title`
            // say in words what it means.
            let class = code.class().map_or("", |c| c.digits());
            string(&mut b, class.as_bytes());
            let entry = codes::lookup(code);
            b.extend_from_slice(b",\"title\":");
            string(&mut b, codes::title(code).as_bytes());
            b.extend_from_slice(b",\"negative\":");
            b.extend_from_slice(if code.is_negative() {
                b"true"
            } else {
                b"false"
            });
            b.extend_from_slice(b",\"advice\":");
            let advice = entry.map_or_else(
                || code.class().map_or("", |c| c.short()),
                |e| e.advice.as_str(),
            );
            // A positive reply's advice is its first words ("Nothing to fix."): the next
            // step it goes on to name is in --json=full, and most replies are positive.
            let advice = match advice.split_once(": ") {
                Some((nothing, _)) if nothing == "Nothing to fix" => format!("{nothing}."),
                _ => advice.to_string(),
            };
            string(&mut b, advice.as_bytes());
            b.into()
        })
    }
}

/// Appends a JSON string of `bytes` (invalid UTF-8 replaced, as the log's bytes may be
/// anything), its C1 controls escaped too.
pub fn string(out: &mut Vec<u8>, bytes: &[u8]) {
    let from = out.len();
    out.push(b'"');
    match std::str::from_utf8(bytes) {
        Ok(s) => escaped(out, s),
        Err(_) => escaped(out, &String::from_utf8_lossy(bytes)),
    }
    out.push(b'"');
    // (C2 is the first byte of every C1 control: most strings hold none.)
    if memchr::memchr(0xc2, &out[from..]).is_some() {
        let mut tail = out.split_off(from);
        json_render::c1_escaped(&mut tail);
        out.append(&mut tail);
    }
}

/// The bytes a JSON string cannot hold as they are (and DEL, kept off terminals).
static ESCAPE: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = 0;
    while b < 256 {
        t[b] = matches!(b as u8, b'"' | b'\\' | 0..=0x1f | 0x7f);
        b += 1;
    }
    t
};

fn escaped(out: &mut Vec<u8>, s: &str) {
    let bytes = s.as_bytes();
    // Most strings (codes' titles, file names, reply texts) need no escape: one look.
    if !bytes.iter().any(|&b| ESCAPE[usize::from(b)]) {
        out.extend_from_slice(bytes);
        return;
    }
    let mut from = 0;
    for (i, &b) in bytes.iter().enumerate() {
        let esc: &[u8] = match b {
            b'"' => b"\\\"",
            b'\\' => b"\\\\",
            b'\n' => b"\\n",
            b'\r' => b"\\r",
            b'\t' => b"\\t",
            0..=0x1f | 0x7f => {
                out.extend_from_slice(&bytes[from..i]);
                let _ = write!(out, "\\u{b:04x}");
                from = i + 1;
                continue;
            }
            _ => continue,
        };
        out.extend_from_slice(&bytes[from..i]);
        out.extend_from_slice(esc);
        from = i + 1;
    }
    out.extend_from_slice(&bytes[from..]);
}

pub fn number(out: &mut Vec<u8>, n: u64) {
    out.extend_from_slice(crate::digits::decimal(n, &mut [0; 20]));
}

fn key(out: &mut Vec<u8>, name: &str) {
    out.push(b',');
    out.push(b'"');
    out.extend_from_slice(name.as_bytes());
    out.extend_from_slice(b"\":");
}

/// A field that may have no value: absent then (records stay short; `jq .user` gives
/// null for an absent field all the same).
fn opt_string(out: &mut Vec<u8>, name: &str, value: Option<&[u8]>) {
    if let Some(v) = value {
        key(out, name);
        string(out, v);
    }
}

/// The session as a string: its key as logged, or its number where the log has none.
fn session_value(out: &mut Vec<u8>, s: &super::event::SessionView) {
    key(out, "session");
    match s.key {
        Some(k) => string(out, k),
        None => {
            out.push(b'"');
            number(out, u64::from(s.id));
            out.push(b'"');
        }
    }
}

impl<W: Write> Sink for Json<'_, W> {
    fn wants_text(&self, _code: ReplyCode) -> bool {
        true
    }

    fn reply(&mut self, r: &Reply, _at: Place) -> io::Result<()> {
        self.replies += 1;
        if r.code.is_failure() {
            self.negative += 1;
        }
        if self.errors_only && !r.code.is_failure() {
            return Ok(());
        }
        let mut b = std::mem::take(&mut self.buf);
        b.clear();
        b.extend_from_slice(b"{\"type\":\"reply\"");
        opt_string(&mut b, "file", r.file.map(str::as_bytes));
        key(&mut b, "line");
        number(&mut b, r.line);
        key(&mut b, "end_line");
        number(&mut b, r.end_line);
        opt_string(&mut b, "time", r.time.map(|t| t.raw));
        if let Some(w) = r.time.and_then(|t| t.when) {
            key(&mut b, "timestamp");
            b.push(b'"');
            let _ = write!(b, "{w}");
            b.push(b'"');
        }
        session_value(&mut b, &r.session);
        opt_string(&mut b, "client", r.session.client);
        opt_string(&mut b, "user", r.session.user);
        opt_string(&mut b, "server", r.server.map(|s| s.name().as_bytes()));
        opt_string(&mut b, "command", r.command);
        b.push(b',');
        b.extend_from_slice(self.fixed(r.code));
        let first = r.text.split(|c| *c == b'\n').next().unwrap_or_default();
        key(&mut b, "text");
        string(&mut b, r.text);
        // Only a departure from the RFC tables is worth a field in every record.
        if let Some(l) = r.listed.filter(|l| !l.is_expected()) {
            key(&mut b, "listed");
            string(&mut b, listed_name(l).as_bytes());
        }
        if r.form == Form::Quote {
            key(&mut b, "quote");
            b.extend_from_slice(b"true");
            if let Some(q) = r.quotes {
                key(&mut b, "quotes_line");
                number(&mut b, q);
            }
        } else if let Some(q) = r.quotes {
            // The same reply logged again right under itself (what a library read, then
            // what it parsed): one reply, which a pipeline counting replies counts once.
            key(&mut b, "copy_of");
            number(&mut b, q);
        }
        if let Some(iis) = r.iis {
            key(&mut b, "iis");
            b.extend_from_slice(b"{\"win32_status\":");
            match iis.win32_status {
                Some(v) => number(&mut b, u64::from(v)),
                None => b.extend_from_slice(b"null"),
            }
            opt_string(&mut b, "win32", iis.win32().map(|w| w.name.as_bytes()));
            key(&mut b, "substatus");
            match iis.substatus {
                Some(v) => number(&mut b, u64::from(v)),
                None => b.extend_from_slice(b"null"),
            }
            opt_string(
                &mut b,
                "substatus_meaning",
                iis.substatus_meaning(r.code).map(|m| m.meaning.as_bytes()),
            );
            b.push(b'}');
        }
        if self.full {
            let text = String::from_utf8_lossy(first);
            let e = explain::explain_from(r.code, Some(&text), r.server);
            key(&mut b, "explanation");
            json_render::append(&mut b, &e)?;
        }
        b.extend_from_slice(b"}\n");
        let result = self.out.write_all(&b);
        self.buf = b;
        result
    }

    fn client_error(&mut self, e: &ClientErrorEvent, _at: Place) -> io::Result<()> {
        let error = e.error;
        match error.client.get().role {
            Role::Client => self.client_errors += 1,
            Role::ServerLog => self.server_log_lines += 1,
        }
        let mut b = Vec::with_capacity(256);
        b.extend_from_slice(match error.client.get().role {
            Role::Client => b"{\"type\":\"client_error\"",
            Role::ServerLog => b"{\"type\":\"server_log\"",
        });
        opt_string(&mut b, "file", e.file.map(str::as_bytes));
        key(&mut b, "line");
        number(&mut b, e.line);
        if let Some(s) = &e.session {
            session_value(&mut b, s);
            opt_string(&mut b, "client", s.client);
            opt_string(&mut b, "user", s.user);
        }
        key(&mut b, "id");
        string(&mut b, error.id.as_bytes());
        key(&mut b, "program");
        string(&mut b, error.client.get().name.as_bytes());
        key(&mut b, "title");
        string(&mut b, error.title.as_bytes());
        key(&mut b, "advice");
        string(&mut b, first_sentence(error.fix_for_reader()).as_bytes());
        b.extend_from_slice(b"}\n");
        self.out.write_all(&b)
    }

    fn finding(&mut self, f: &FindingEvent, _at: Place) -> io::Result<()> {
        self.findings += 1;
        let mut b = Vec::with_capacity(512);
        b.extend_from_slice(b"{\"type\":\"finding\"");
        opt_string(&mut b, "file", f.file.map(str::as_bytes));
        key(&mut b, "finding");
        string(&mut b, f.finding.finding.name().as_bytes());
        key(&mut b, "title");
        string(&mut b, f.finding.title.as_bytes());
        key(&mut b, "lines");
        b.push(b'[');
        for (i, l) in f.finding.lines.iter().enumerate() {
            if i > 0 {
                b.push(b',');
            }
            number(&mut b, *l);
        }
        b.push(b']');
        key(&mut b, "count");
        number(&mut b, f.finding.count as u64);
        match &f.session {
            Some(s) => {
                session_value(&mut b, s);
                opt_string(&mut b, "client", s.client);
                opt_string(&mut b, "user", s.user);
            }
            None => {
                b.extend_from_slice(b",\"session\":null,\"client\":null,\"user\":null");
            }
        }
        key(&mut b, "explanation");
        string(&mut b, f.finding.explanation.as_bytes());
        key(&mut b, "fix");
        string(&mut b, f.finding.fix.as_bytes());
        b.extend_from_slice(b"}\n");
        self.out.write_all(&b)
    }

    fn pass(&mut self, _bytes: &[u8], _whole_lines: bool) -> io::Result<()> {
        Ok(())
    }

    fn end_input(&mut self, end: &InputEnd) -> io::Result<()> {
        self.files += 1;
        self.lines += end.lines;
        Ok(())
    }

    fn finish(&mut self) -> io::Result<()> {
        fn is_zero(n: &u64) -> bool {
            *n == 0
        }
        #[derive(serde::Serialize)]
        struct Closing {
            #[serde(rename = "type")]
            kind: &'static str,
            files: u64,
            lines: u64,
            replies: u64,
            negative: u64,
            findings: u64,
            client_errors: u64,
            #[serde(skip_serializing_if = "is_zero")]
            server_log_lines: u64,
        }
        json_render::line(
            self.out,
            &Closing {
                kind: "summary",
                files: self.files,
                lines: self.lines,
                replies: self.replies,
                negative: self.negative,
                findings: self.findings,
                client_errors: self.client_errors,
                server_log_lines: self.server_log_lines,
            },
        )
    }

    fn flush(&mut self) -> io::Result<()> {
        self.out.flush()
    }
}

pub fn listed_name(l: crate::knowledge::sequences::Listed) -> &'static str {
    use crate::knowledge::sequences::Listed::*;
    match l {
        Preliminary => "preliminary",
        Success => "success",
        Error => "error",
        Any => "any",
        Practice => "practice",
        Unlisted => "unlisted",
        UnknownCommand => "unknown command",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strings_are_escaped_and_made_valid() {
        let mut b = Vec::new();
        string(&mut b, b"a\"b\\c\n\x1b\xff");
        let s = String::from_utf8(b).expect("valid UTF-8");
        assert_eq!(s, "\"a\\\"b\\\\c\\n\\u001b\u{fffd}\"");
        let v: serde_json::Value = serde_json::from_str(&s).expect("valid JSON");
        assert_eq!(v, "a\"b\\c\n\x1b\u{fffd}");
        let mut n = Vec::new();
        number(&mut n, 0);
        number(&mut n, 18_446_744_073_709_551_615);
        assert_eq!(n, b"018446744073709551615");
    }

    proptest::proptest! {
        /// Whatever the bytes, the string is valid JSON that reads back as them (invalid
        /// UTF-8 replaced), with or without anything to escape.
        #[test]
        fn any_bytes_make_a_json_string(bytes in proptest::collection::vec(
            proptest::sample::select(vec![b'a', b' ', b'"', b'\\', b'\n', 0x01, 0x1f, 0x7f, 0xc3, 0xa9, 0xff]),
            0..40,
        )) {
            let mut b = Vec::new();
            string(&mut b, &bytes);
            let v: serde_json::Value = serde_json::from_slice(&b).expect("valid JSON");
            proptest::prop_assert_eq!(v, String::from_utf8_lossy(&bytes).into_owned());
            proptest::prop_assert!(!b.contains(&0x7f) && !b.iter().any(|&c| c < 0x20));
        }
    }
}
