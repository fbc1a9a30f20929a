//! A reply whose code and text are two fields of a record printed a field a line:
//! `sqlite3 -line`'s `  code = 331` then `  resp = Password required for ana`, a
//! pretty-printed JSON object's `"code": 550,` then `"message": "No such file"`, YAML's
//! `code: 421` and `message: ...`, in either order; an HTML table's cells a cell a line
//! (`sqlite3 -html`: `<TR><TD>4</TD>` ... `<TD>331</TD>`, `<TD>Password required</TD>`),
//! named by its header's `<TH>` cells. Neither line is a reply alone (a code in a field of
//! its own is usually an error object's property, repeating a reply); the two are one, read
//! as `NNN text`.

use super::detect::is_verb;
use super::lex;
use crate::code::ReplyCode;

/// Lines of one record between the code's field and the text's, at most.
const SPAN: u64 = 6;
/// The most cells an HTML table's row is read with.
const MAX_CELLS: usize = 64;
/// The longest text held.
const MAX_TEXT: usize = 512;

/// What the record being read has shown so far.
#[derive(Debug, Default)]
pub struct FieldLines {
    /// The codes of a field that names one, and their lines (several where the field is an
    /// array: Suricata's `"completion_code": ["150", "226"]`, its texts paired in order),
    /// and how many a text has taken.
    codes: Vec<([u8; 3], u64)>,
    taken: usize,
    /// The key of the array a value a line is being read in (`"reply": [`), if any.
    array: Option<Vec<u8>>,
    /// The text of a field that names a reply's words, and its line.
    text: Vec<u8>,
    text_at: u64,
    /// The record names an FTP command in a field (`cmd = USER`, `"command": "RETR a"`).
    commanded: bool,
    /// That command, and the client a field names (`client = 127.0.0.3`): the reply is
    /// read as `client|command|NNN|text`, a record of fields that names its session and the
    /// command it answers.
    command: Vec<u8>,
    client: Vec<u8>,
    /// The line just read named the command of a record that named its client: the reply
    /// will name both, and the line is no command of its own (read alone, it would be a
    /// command without its session's key). Or it was a code, an array's value, of a record
    /// that says it is FTP's: the code's text will follow, and the line is no reply of its
    /// own (read alone, the first record's code would be a second reply).
    took_line: bool,
    /// A thrown error's message that holds no code, its line, the last of its stack frames
    /// after it, and whether a frame names FTP (`at makeError (.../node_modules/ftp/...)`).
    error: Vec<u8>,
    error_at: u64,
    error_last: u64,
    error_ftp: bool,
    /// A code was taken from its line for the text to follow (see `took_line`).
    took_codes: bool,
    /// A field names FTP as the record's protocol (Suricata's `"event_type": "ftp"`, `"ftp":
    /// {`, `"app_proto": "ftp"`).
    ftp_named: bool,
    /// The last line read.
    last: u64,
    /// The names an HTML table's header gave its columns, and the row being read: the
    /// next cell's column.
    columns: Vec<Box<[u8]>>,
    row: Option<usize>,
}

/// What a line of an HTML table printed a cell a line is.
enum Html<'a> {
    /// A header's cell, its column named.
    Header,
    /// A row's cell: its column's name (empty if the header named none) and its value.
    Cell(Box<[u8]>, &'a [u8]),
    /// The end of a row.
    End,
}

impl FieldLines {
    /// Reads line `n`; where it completes a reply with a field before it, writes `NNN
    /// text` into `out` and returns the reply's first line. `raw`: the line as it came,
    /// where `line` is the text its markup renders (else empty). `ftp_seen`: the input has
    /// shown FTP replies before, which a record need not name a command then.
    pub fn read(
        &mut self,
        line: &[u8],
        raw: &[u8],
        n: u64,
        ftp_seen: bool,
        out: &mut Vec<u8>,
    ) -> Option<u64> {
        self.took_line = false;
        // A thrown error's message, its stack frames, then its properties (Node's
        // `util.inspect`: `Error: Could not delete a.txt: No such file or directory`, `    at
        // makeError (...)`, `  code: 550`): the code and the message are one reply.
        let after_error = self.error_at > 0 && n == self.error_last + 1;
        if let Some(message) = error_message(line) {
            self.error.clear();
            self.error.extend_from_slice(message);
            (self.error_at, self.error_last, self.error_ftp) = (n, n, false);
        } else if after_error && lex::trim_start(line).starts_with(b"at ") {
            self.error_last = n;
            self.error_ftp |= line.windows(3).any(|w| w.eq_ignore_ascii_case(b"ftp"));
        } else if !after_error {
            self.error_at = 0;
        }
        let html = self.html(line);
        let named;
        // An array's values a line each (`jq`'s pretty print: `"completion_code": [`, then
        // `"553"`, then `],`) are fields of the array's key; its end no field, and no end
        // of the record.
        let element = match &self.array {
            Some(_) if array_end(line) => {
                self.array = None;
                self.last = n;
                return None;
            }
            Some(key) => array_value(line).map(|v| (key.clone(), v)),
            None => None,
        };
        if element.is_none() {
            self.array = None;
        }
        // (Cheap first: a field's line is short and has `=` or `:`.)
        let field = match (html, element) {
            (_, Some((key, value))) => {
                named = key.into_boxed_slice();
                Some((&named[..], value))
            }
            (Some(Html::Cell(key, value)), None) => {
                named = key;
                Some((&named[..], value))
            }
            (Some(Html::Header | Html::End), None) => None,
            (None, None) => (line.len() < 600)
                .then(|| {
                    // (An element's text may read as a field of its own, `a.txt: No
                    // such file`: the tags name it first.)
                    // (The element's text is the line as its markup renders, entities
                    // read: `&quot;/&quot; is ...`.)
                    if raw.is_empty() {
                        field(line).or_else(|| xml_field(line))
                    } else {
                        xml_field(raw)
                            .map(|(key, _)| (key, lex::trim_end(lex::trim_start(line))))
                            .or_else(|| field(line))
                    }
                })
                .flatten(),
        };
        let Some((key, value)) = field else {
            // A record ends at a line that is no field (a blank line, a brace). A code of an
            // array taken for its text that never came is a reply of its own (a record
            // without its `reply`).
            let untaken = self
                .codes
                .get(self.taken)
                .copied()
                .filter(|_| self.took_codes);
            if let Some((code, at)) = untaken {
                // (`-` for the text it lacks, as an access log writes a field it has not.)
                let none: &[u8] = if self.command.is_empty() && self.client.is_empty() {
                    b""
                } else {
                    b"-"
                };
                join(&self.client, &self.command, &code, none, out);
                self.clear();
                return Some(at);
            }
            self.clear();
            return None;
        };
        if n != self.last + 1 {
            self.clear();
        }
        self.last = n;
        if value == b"[" {
            self.array = Some(key.to_vec());
            return None;
        }
        let verb = lex::words(value, 1).next().unwrap_or_default();
        if is_verb(verb) && verb.iter().all(|b| b.is_ascii_uppercase()) {
            self.commanded = true;
            if self.command.is_empty() && value.len() <= MAX_TEXT && !value.contains(&b'|') {
                self.command.extend_from_slice(value);
                self.took_line = !self.client.is_empty();
            }
        } else if names_argument(key)
            && !self.command.is_empty()
            && !self.command.contains(&b' ')
            && !value.is_empty()
            && self.command.len() + value.len() < MAX_TEXT
            && !value.contains(&b'|')
        {
            // The command's argument in a field of its own (Suricata's `"command": "USER"`,
            // `"command_data": "ftpuser"`).
            self.command.push(b' ');
            self.command.extend_from_slice(value);
        } else if names_client(key) && value.len() <= 64 && !value.contains(&b'|') {
            self.client.clear();
            self.client.extend_from_slice(value);
        }
        // (Whatever else the field is: `"event_type": "ftp"`, `"app_proto": "ftp"`, or a
        // value or a string in it whose first word is FTP's, Node-RED's node `source: { id:
        // 'ftp0', type: 'ftp in' }`.)
        self.ftp_named |= key.eq_ignore_ascii_case(b"ftp") || names_ftp(value);
        let says_ftp = |me: &Self| me.commanded || me.ftp_named || ftp_seen;
        if let Some(code) = names_code(key).then(|| reply_code(value)).flatten() {
            if after_error && self.error_at > 0 && (self.error_ftp || says_ftp(self)) {
                let first = self.error_at;
                self.error_at = 0;
                join(&self.client, &self.command, &code, &self.error, out);
                self.clear();
                return Some(first);
            }
            if !self.text.is_empty() && n - self.text_at <= SPAN && says_ftp(self) {
                join(&self.client, &self.command, &code, &self.text, out);
                let first = self.text_at;
                self.clear();
                return Some(first);
            }
            // (The array's next code joins those before it; another field's starts anew.)
            if self.array.is_none() || self.taken > 0 {
                self.codes.clear();
                self.taken = 0;
            }
            if self.codes.len() < 8 {
                self.codes.push((code, n));
            }
            self.took_line = self.array.is_some() && says_ftp(self);
            self.took_codes |= self.took_line;
            return None;
        }
        // (A value that starts with a code is a reply of its own: jsftp's `text: '331
        // User ftpuser OK...'`, FileZilla's `Response:\t220 ...`.)
        let quoted = value
            .strip_prefix(b"'")
            .or_else(|| value.strip_prefix(b"\""))
            .unwrap_or(value);
        if starts_with_code(quoted) {
            self.codes.clear();
            self.text.clear();
            return None;
        }
        if names_text(key) && !value.is_empty() && value.len() <= MAX_TEXT {
            if let Some(&(code, at)) = self.codes.get(self.taken)
                && n - at <= SPAN + self.taken as u64 * 2
                && says_ftp(self)
            {
                join(&self.client, &self.command, &code, value, out);
                self.taken += 1;
                if self.taken == self.codes.len() {
                    self.clear();
                }
                return Some(at);
            }
            if self.codes.is_empty() {
                self.text.clear();
                self.text.extend_from_slice(value);
                self.text_at = n;
            }
        }
        None
    }

    /// Reads a line as an HTML table's, if it is one: `<TR><TH>code</TH>`, `<TD>331</TD>`,
    /// `</TR>`, in either case. Inside a row, a line without tags is the next cell's (a
    /// cell with entities comes read as its text).
    fn html<'a>(&mut self, line: &'a [u8]) -> Option<Html<'a>> {
        let t = lex::trim_end(lex::trim_start(line));
        if self.row.is_none() && t.first() != Some(&b'<') {
            return None;
        }
        let tag = |s: &[u8], name: &[u8]| {
            s.len() >= name.len() && s[..name.len()].eq_ignore_ascii_case(name)
        };
        let mut s = t;
        if tag(s, b"<tr>") {
            s = &s[4..];
            self.row = Some(0);
        }
        let cell = self.row?;
        // (A row left open, a page's stray `<tr>`, ends where no table's row would.)
        if cell >= MAX_CELLS {
            self.row = None;
            return None;
        }
        if tag(s, b"</tr>") {
            self.row = None;
            return Some(Html::End);
        }
        let close = |s: &'a [u8], end: &[u8]| -> &'a [u8] {
            match memchr::memrchr(b'<', s) {
                Some(i) if s[i..].eq_ignore_ascii_case(end) => &s[..i],
                _ => s,
            }
        };
        self.row = Some(cell + 1);
        if tag(s, b"<th>") {
            if cell == 0 {
                self.columns.clear();
            }
            if self.columns.len() < MAX_CELLS {
                self.columns.push(close(&s[4..], b"</th>").into());
            }
            return Some(Html::Header);
        }
        let value = if tag(s, b"<td>") {
            close(&s[4..], b"</td>")
        } else {
            s
        };
        let key = self.columns.get(cell).cloned().unwrap_or_default();
        Some(Html::Cell(key, value))
    }

    /// Whether the line just read was a record's command that its reply will name, or a
    /// code its text will join.
    pub fn took_line(&self) -> bool {
        self.took_line
    }

    fn clear(&mut self) {
        self.codes.clear();
        self.taken = 0;
        self.text.clear();
        self.commanded = false;
        self.ftp_named = false;
        self.took_codes = false;
        self.command.clear();
        self.client.clear();
    }
}

/// A reply of a record's fields as one line: `client|command|NNN|text` where the record
/// names its client or command, else `NNN text`.
fn join(client: &[u8], command: &[u8], code: &[u8; 3], text: &[u8], out: &mut Vec<u8>) {
    out.clear();
    if !command.is_empty() || !client.is_empty() {
        out.extend_from_slice(client);
        out.push(b'|');
        out.extend_from_slice(command);
        out.push(b'|');
        out.extend_from_slice(code);
        out.push(b'|');
    } else {
        out.extend_from_slice(code);
        out.push(b' ');
    }
    out.extend_from_slice(text);
}

/// The message of a line that starts a thrown error (`Error: ...`, `FTPError: ...`,
/// `Error [ERR_X]: ...`), where it holds no code of its own (a reply quoted whole is read
/// as one where it stands).
fn error_message(line: &[u8]) -> Option<&[u8]> {
    let t = lex::trim_start(line);
    // (Asked of every line: an error's name starts with a capital, `Error`, `FTPError`.)
    if !t.first().is_some_and(u8::is_ascii_uppercase) {
        return None;
    }
    let colon = crate::scan::needle::find!(&t[..t.len().min(64)], b": ")?;
    let head = &t[..colon];
    let name = head.split(|b| *b == b' ').next().unwrap_or_default();
    let rest = &head[name.len()..];
    let named = name.ends_with(b"Error")
        && name
            .iter()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'.' | b'$'))
        && (rest.is_empty() || rest.starts_with(b" [") && rest.ends_with(b"]"));
    let message = lex::trim_end(&t[colon + 2..]);
    (named && !message.is_empty() && message.len() <= MAX_TEXT && !starts_with_code(message))
        .then_some(message)
}

/// Whether a value starts as a reply's line does: three digits, then a blank or a dash.
fn starts_with_code(s: &[u8]) -> bool {
    matches!(s, [a, b, c, b' ' | b'-', ..] if [a, b, c].iter().all(|d| d.is_ascii_digit()))
}

/// Whether a field's name is that of a command's argument, written apart from its verb.
fn names_argument(key: &[u8]) -> bool {
    [
        &b"command_data"[..],
        b"arg",
        b"args",
        b"argument",
        b"arguments",
        b"params",
    ]
    .iter()
    .any(|k| k.eq_ignore_ascii_case(key))
}

/// A line that is one field: `key = value`, `key: value`, `"key": "value",`, indented
/// or not; its key and its value without quotes or a comma after.
fn field(line: &[u8]) -> Option<(&[u8], &[u8])> {
    // (Asked of every line: the key is read from the start, and most lines fail at once.)
    let s = lex::trim_start(line);
    let quote = s.first().copied().filter(|q| matches!(q, b'"' | b'\''));
    let body = if quote.is_some() { &s[1..] } else { s };
    let n = body
        .iter()
        .take(33)
        .take_while(|b| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'-' | b'.'))
        .count();
    if n == 0 || n > 32 {
        return None;
    }
    let mut rest = &body[n..];
    if let Some(q) = quote {
        rest = rest.strip_prefix(&[q])?;
    }
    let rest = match lex::trim_start(rest) {
        [b'=' | b':', rest @ ..] => rest,
        _ => return None,
    };
    let value = lex::trim_end(lex::trim_start(rest));
    let value = value.strip_suffix(b",").unwrap_or(value);
    Some((&body[..n], unquoted(value)))
}

/// Whether a field's value is or holds a string whose first word is `ftp` (`ftp`, `'ftp
/// in'`, `{ type: "ftp in" }`); a short value only, no message's words, and the word
/// alone: not a name that starts with it (`ftp-mirror-health`, `ftp.example.com`).
fn names_ftp(value: &[u8]) -> bool {
    value.len() <= 256
        && value.windows(3).enumerate().any(|(i, w)| {
            w.eq_ignore_ascii_case(b"ftp")
                && (i == 0 || matches!(value[i - 1], b'\'' | b'"'))
                && value
                    .get(i + 3)
                    .is_none_or(|b| matches!(b, b' ' | b'\'' | b'"'))
        })
}

/// A line that is one XML element holding a value: `<field name="code">331</field>`
/// (`mariadb --xml`, a `name` attribute naming the field), `<code>331</code>` (the
/// element's own name); its key and its text.
fn xml_field(line: &[u8]) -> Option<(&[u8], &[u8])> {
    let element = lex::whole_element(line)?;
    if element.text.contains(&b'<') {
        return None;
    }
    let key = [&b" name=\""[..], b" key=\"", b" column=\""]
        .iter()
        .find_map(|a| {
            let at = memchr::memmem::find(element.attributes, a)? + a.len();
            let len = memchr::memchr(b'"', &element.attributes[at..])?;
            Some(&element.attributes[at..at + len])
        })
        .unwrap_or(element.name);
    Some((key, element.text))
}

/// The end of an array printed a value a line: `]` or `],`.
fn array_end(line: &[u8]) -> bool {
    matches!(lex::trim_end(lex::trim_start(line)), b"]" | b"],")
}

/// A line that is one value of an array printed a value a line: a quoted string or a
/// number, a comma after it but the last; the value without its quotes.
fn array_value(line: &[u8]) -> Option<&[u8]> {
    let v = lex::trim_end(lex::trim_start(line));
    let v = v.strip_suffix(b",").unwrap_or(v);
    match v {
        [b'"', .., b'"'] if v.len() >= 2 => Some(&v[1..v.len() - 1]),
        _ if !v.is_empty() && v.len() <= 20 && v.iter().all(u8::is_ascii_digit) => Some(v),
        _ => None,
    }
}

fn unquoted(s: &[u8]) -> &[u8] {
    match s {
        [q @ (b'"' | b'\''), inner @ .., last] if last == q => inner,
        _ => s,
    }
}

/// A key that holds a reply's code: `code`, `reply_code`, `ftp.response.code` (not an
/// HTTP status; and `Response:` is a label, its line a reply of its own).
fn names_code(key: &[u8]) -> bool {
    lex::last_word(key).eq_ignore_ascii_case(b"code")
}

/// A key that holds a reply's words.
fn names_text(key: &[u8]) -> bool {
    let word = lex::last_word(key);
    [
        &b"resp"[..],
        b"response",
        b"reply",
        b"message",
        b"msg",
        b"text",
        b"reason",
        b"description",
    ]
    .iter()
    .any(|k| k.eq_ignore_ascii_case(word))
}

/// A key that names the client: `client`, `ip`, `remote_addr`, `c-ip`.
fn names_client(key: &[u8]) -> bool {
    let word = lex::last_word(key);
    [
        &b"client"[..],
        b"ip",
        b"addr",
        b"address",
        b"remote",
        b"peer",
    ]
    .iter()
    .any(|k| k.eq_ignore_ascii_case(word))
}

/// A reply's code alone (the value of a field that names one).
fn reply_code(value: &[u8]) -> Option<[u8; 3]> {
    let digits: [u8; 3] = value.try_into().ok()?;
    ReplyCode::from_digits(digits).map(|_| digits)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The replies the lines make, as `(first line, "NNN text")`.
    fn replies(lines: &[&str], ftp_seen: bool) -> Vec<(u64, String)> {
        let mut f = FieldLines::default();
        let mut out = Vec::new();
        let mut got = Vec::new();
        for (i, line) in lines.iter().enumerate() {
            if let Some(first) = f.read(line.as_bytes(), b"", i as u64 + 1, ftp_seen, &mut out) {
                got.push((first, String::from_utf8_lossy(&out).into_owned()));
            }
        }
        got
    }

    #[test]
    fn a_records_code_and_text_a_field_a_line_make_one_reply() {
        // sqlite3 -line of ProFTPD's SQLLog table.
        let line = [
            "    id = 5",
            "   cmd = USER",
            "   arg = ana",
            "  code = 331",
            "  resp = Password required for ana",
            "",
            "   cmd = SIZE",
            "  code = 213",
            "  resp = 720",
            "",
            "    id = 6",
        ];
        assert_eq!(
            replies(&line, false),
            [
                (4, "|USER ana|331|Password required for ana".to_string()),
                (8, "|SIZE|213|720".to_string())
            ]
        );
        // With its client: the record names its session; its command line is none of its
        // own. An HTML table's cells, a cell a line (sqlite3 -html), the same.
        let mut f = FieldLines::default();
        let mut out = Vec::new();
        let lines = [
            "  client = 10.0.0.3",
            " command = PWD",
            "    code = 257",
            "response = \"/\" is the current directory",
        ];
        let read: Vec<(Option<u64>, bool)> = (0..4)
            .map(|i| {
                let r = f.read(lines[i].as_bytes(), b"", i as u64 + 1, false, &mut out);
                (r, f.took_line())
            })
            .collect();
        assert_eq!(
            read,
            [(None, false), (None, true), (None, false), (Some(3), false)]
        );
        assert_eq!(out, b"10.0.0.3|PWD|257|\"/\" is the current directory");
        let html = [
            "<TR><TH>client</TH>",
            "<TH>command</TH>",
            "<TH>code</TH>",
            "<TH>response</TH>",
            "</TR>",
            "<TR><TD>10.0.0.3</TD>",
            "<TD>USER bob</TD>",
            "<TD>331</TD>",
            "<TD>Password required</TD>",
            "</TR>",
        ];
        assert_eq!(
            replies(&html, false),
            [(8, "10.0.0.3|USER bob|331|Password required".to_string())]
        );
        // A row left open reads no further than a row's most cells.
        let mut f = FieldLines::default();
        f.read(b"<tr>", b"", 1, true, &mut out);
        for n in 2..=MAX_CELLS as u64 + 1 {
            f.read(b"x", b"", n, true, &mut out);
        }
        assert!(f.html(b"code = 331").is_none());
        // A pretty-printed object, the text first.
        let json = [
            "{",
            "  \"command\": \"RETR a.txt\",",
            "  \"message\": \"No such file\",",
            "  \"code\": 550",
            "}",
        ];
        assert_eq!(
            replies(&json, false),
            [(3, "|RETR a.txt|550|No such file".to_string())]
        );
    }

    #[test]
    fn arrays_printed_a_value_a_line_pair_their_codes_and_texts_in_order() {
        // `jq`'s pretty print of a network monitor's record: a transfer's two replies.
        let json = [
            "  \"ftp\": {",
            "    \"command\": \"RETR\",",
            "    \"completion_code\": [",
            "      \"150\",",
            "      \"226\"",
            "    ],",
            "    \"reply\": [",
            "      \"Opening BINARY mode data connection.\",",
            "      \"Transfer complete.\"",
            "    ],",
            "  }",
        ];
        assert_eq!(
            replies(&json, false),
            [
                (
                    4,
                    "|RETR|150|Opening BINARY mode data connection.".to_string()
                ),
                (5, "|RETR|226|Transfer complete.".to_string())
            ]
        );
        // An array of other things is no field's values.
        let other = [
            "  \"ports\": [",
            "    \"550\",",
            "  ],",
            "  \"message\": \"ok\"",
        ];
        assert!(replies(&other, true).is_empty());
    }

    #[test]
    fn an_http_status_or_a_record_with_no_ftp_in_it_makes_none() {
        let http = [
            "{",
            "  \"status\": 404,",
            "  \"message\": \"Not Found\"",
            "}",
        ];
        assert!(replies(&http, true).is_empty());
        // An API's error object, in a log that showed no FTP.
        let api = [
            "{",
            "  \"code\": 400,",
            "  \"message\": \"Bad Request\"",
            "}",
        ];
        assert!(replies(&api, false).is_empty());
        // A text field that holds the whole reply (jsftp's object), a label's line.
        let jsftp = ["{", "  code: 331,", "  text: '331 User ftpuser OK',", "}"];
        assert!(replies(&jsftp, true).is_empty());
        let filezilla = [
            "Response:\t220 Ready",
            "Command:\tUSER a",
            "Response:\t530 ",
        ];
        assert!(replies(&filezilla, true).is_empty());
        // Fields of two records.
        let two = ["code = 331", "", "resp = Password required"];
        assert!(replies(&two, true).is_empty());
    }
}
