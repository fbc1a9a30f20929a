//! A log written as delimited columns under a header line (`time,level,code,size,mesg`, as
//! patator's `--csv` and spreadsheet exports write them; Zeek's `#fields` line): the header
//! names the column that holds the reply code, the one that holds its text and the one that
//! holds the command. Each row is then read by its columns, so its code is found however
//! bare it stands and no other number in it (a size, a password tried) is taken for one.
//!
//! Tables drawn for people are read the same way: columns between bars (`| code | text |`
//! of Markdown, psql and mysql; `│ sess │ reply │` of `sqlite3 -box`), their rules
//! (`├───┼───┤`, `+---+`) passed to detection, which finds nothing in them. A cell may hold
//! the whole reply (`331 Password required`). A table that explains codes (`| Code |
//! Meaning |`) is not a log: a header is only taken when, beside its code, it names a time,
//! a command or a connection.

use crate::code::{ReplyCode, Sep};

use super::detect::{Form, Found, Kind};
use super::lex;
use super::needle;

/// The columns of the header last read, if it named a code column.
#[derive(Debug, Default)]
pub struct Columns {
    layout: Option<Layout>,
    /// The code of the last row that held a reply, while rows of its further lines (a
    /// text and no code) follow it.
    reply: Option<(ReplyCode, bool)>,
    /// A row's quoted cell that goes on over the lines after it (a CSV cell holding a
    /// multi-line reply, its line breaks kept): the reply's code and its row's shape.
    cell: Option<(ReplyCode, u64)>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Layout {
    delimiter: Delimiter,
    /// The quote a field that holds the delimiter is put in: `"`, or `'` as sqlite3's
    /// `.mode quote` and SQL's literals write every text (`'USER ann',331,'331 ...'`).
    quote: u8,
    count: usize,
    code: usize,
    text: Option<usize>,
    command: Option<usize>,
    /// The column that names the connection (`tcp.stream`, Zeek's `uid`, `session`).
    session: Option<usize>,
    /// The column that names each row's protocol (`service`, `proto`), where a table mixes
    /// FTP's rows with HTTP's and SMTP's, whose codes are no FTP replies.
    protocol: Option<usize>,
}

/// What separates a table's columns.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Delimiter {
    /// `,`, a tab or `;`, with fields in double quotes where they hold one.
    Byte(u8),
    /// `|` or `│` (U+2502), bars drawn between cells, and at the row's ends or not.
    Bar(&'static [u8]),
    /// Columns aligned with blanks under a header of names (Miller's `--opprint`): each
    /// starts where its name does (a value may hold blanks: a time's).
    Aligned([u16; MAX_COLUMNS]),
}

const BOX_BAR: &[u8] = "│".as_bytes();

/// At most this many columns in a header: a longer line of words is prose or a listing.
const MAX_COLUMNS: usize = 32;

impl Columns {
    pub fn reset(&mut self) {
        self.layout = None;
        self.reply = None;
        self.cell = None;
    }

    /// Whether a header has named the columns the rows are read by.
    pub fn is_table(&self) -> bool {
        self.layout.is_some()
    }

    /// The connection a row of the table names in its session column, if it has one.
    pub fn session<'a>(&self, line: &'a [u8]) -> Option<&'a [u8]> {
        let layout = self.layout?;
        let column = layout.session?;
        let mut fields = [(0, 0); MAX_COLUMNS];
        if split(line, layout.delimiter, layout.quote, &mut fields) != Some(layout.count) {
            return None;
        }
        let (start, end) = fields[column];
        let value = unquoted(line, start, end).1;
        (!value.is_empty() && value != b"-").then_some(value)
    }

    /// The line read as a header or a row, or None to leave it to detection.
    pub fn line<'a>(&mut self, line: &'a [u8]) -> Option<Kind<'a>> {
        // Inside a cell that a row opened: its lines are the reply's, and the one that
        // closes its quote is the reply's last, `211 End",True`.
        if let Some((code, shape)) = self.cell {
            let quote = self.layout.map_or(b'"', |l| l.quote);
            let Some(close) = closing_quote(line, quote) else {
                return Some(Kind::Other);
            };
            self.cell = None;
            return Some(match crate::code::parse_head(&line[..close]) {
                Some((c, Sep::Last, text)) if c == code => Kind::Reply(Found {
                    code,
                    sep: Sep::Last,
                    at: 0,
                    text,
                    form: Form::Plain,
                    command: None,
                    closed_inline: None,
                    shape,
                    hangs: false,
                }),
                _ => Kind::Other,
            });
        }
        if let Some(layout) = header(line) {
            self.layout = Some(layout);
            return Some(Kind::Other);
        }
        let layout = match self.layout {
            Some(layout) => layout,
            None => {
                let layout = unnamed(line)?;
                self.layout = Some(layout);
                layout
            }
        };
        let mut fields = [(0, 0); MAX_COLUMNS];
        let count = split(line, layout.delimiter, layout.quote, &mut fields);
        // (A row whose text's cell opens a quote it does not close goes on over the next
        // lines: its further cells come after the quote closes.)
        let opened = matches!(layout.delimiter, Delimiter::Byte(_))
            && layout.text.is_some_and(|t| count == Some(t + 1))
            && memchr::memchr_iter(layout.quote, line).count() % 2 == 1;
        if count != Some(layout.count) && !opened {
            // Not a row of the table (a line of something else, or a table that ended).
            return None;
        }
        if opened {
            for f in fields
                .iter_mut()
                .take(layout.count)
                .skip(layout.text.unwrap_or(0) + 1)
            {
                *f = (line.len(), line.len());
            }
        }
        let (start, end) = fields[layout.code];
        let (at, code) = unquoted(line, start, end);
        let text = layout.text.map_or(&b""[..], |i| {
            let (start, end) = fields[i];
            let value = unquoted(line, start, end).1;
            if opened {
                value.strip_prefix(&[layout.quote]).unwrap_or(value)
            } else {
                value
            }
        });
        let field = code;
        // (Only the text's cell filled, as a table of packets leaves a reply's further
        // lines: a row of its own, `INFO  127.0.0.6:59847  FTP session opened`, under a
        // greeting is another message, held-out round 690.)
        // (Its own number aside: tshark's `"32",,," PASV"`, a frame's.)
        let text_alone = || {
            (0..layout.count)
                .filter(|&i| Some(i) != layout.text)
                .map(|i| unquoted(line, fields[i].0, fields[i].1).1)
                .all(|v| v.is_empty() || v == b"-" || v.iter().all(u8::is_ascii_digit))
        };
        if let Some(i) = layout.protocol {
            let (start, end) = fields[i];
            let value = unquoted(line, start, end).1;
            if !(value.is_empty()
                || value == b"-"
                || value
                    .get(..3)
                    .is_some_and(|v| v.eq_ignore_ascii_case(b"ftp")))
            {
                self.reply = None;
                return Some(Kind::Other);
            }
        }
        // (`-`: Zeek's unset field.)
        let text = if text == b"-" { &b""[..] } else { text };
        let command = layout.command.and_then(|i| {
            let (start, end) = fields[i];
            let (at, value) = unquoted(line, start, end);
            // (`<init>`: Zeek's word for the greeting's place, which no command drew; its
            // test baseline `scripts.base.protocols.ftp.ftp-multiline-reply/ftp.log`.)
            let placeholder = value.starts_with(b"<") && value.ends_with(b">");
            (!value.is_empty() && value != b"-" && !placeholder).then_some((at, value))
        });
        let (code, text) = match crate::code::parse_head(field) {
            Some((code, Sep::Last, b"")) => (code, text),
            // A cell that holds the whole reply, its text after its code.
            Some((code, _, rest)) => (code, if text.is_empty() { rest } else { text }),
            // A row with a command and no code: the command (tshark's request rows).
            _ if field.is_empty() || field == b"-" => match command {
                Some((at, command)) if self.reply.is_none_or(|(_, open)| !open) => {
                    self.reply = None;
                    return Some(Kind::Command(command, at));
                }
                _ => {
                    self.reply = match self.reply {
                        Some((open, _)) if !text.is_empty() && text_alone() => Some((open, true)),
                        _ => None,
                    };
                    return Some(Kind::Other);
                }
            },
            // A command in the column that holds the replies, where no column of its own
            // holds the commands (a table of a log's messages, both ways).
            _ if layout.command.is_none()
                && super::detect::is_verb(
                    field.split(|b| *b == b' ').next().unwrap_or_default(),
                ) =>
            {
                self.reply = None;
                return Some(Kind::Command(field, at));
            }
            _ => {
                // A row with a text and no code under a reply's row: the reply's next line,
                // as a table of packets writes a multi-line reply (`,,"211","Features:"`,
                // `,,," PASV"`, ..., `,,"211","End"`).
                self.reply = match self.reply {
                    Some((open, _)) if field.is_empty() && !text.is_empty() && text_alone() => {
                        Some((open, true))
                    }
                    _ => None,
                };
                return Some(Kind::Other);
            }
        };
        // The row that closes such a reply is that reply's.
        if let Some((open, true)) = self.reply.take()
            && open == code
        {
            return Some(Kind::Other);
        }
        self.reply = Some((code, false));
        // A cell that goes on: a multi-line reply, its first line the cell's (`211-Features:`,
        // the code before it left out).
        // (A text cell that holds the whole reply, `220 pyftpdlib 2.2.0 ready` beside its
        // code's cell, gives its words; `211-Features:`, a multi-line reply whose further
        // lines a table without quotes prints as they are, opens it.)
        let (sep, text) = match crate::code::parse_head(text) {
            Some((c, sep, rest)) if opened && c == code => (sep, rest),
            _ if opened => (Sep::More, text),
            Some((c, sep, rest)) if c == code => (sep, rest),
            _ => (Sep::Last, text),
        };
        if opened {
            self.cell = Some((code, lex::shape(&line[..at])));
        }
        Some(Kind::Reply(Found {
            code,
            sep,
            at,
            text,
            form: Form::Plain,
            command: command.map(|(_, c)| c),
            closed_inline: None,
            shape: lex::shape(&line[..at]),
            hangs: false,
        }))
    }
}

/// Whether a line is a header that names a table's columns, the code's among them.
pub fn names_columns(line: &[u8]) -> bool {
    header(line).is_some()
}

/// A header: at least three names separated by one delimiter, one of which names a code
/// and another a time, a command or a connection.
fn header(line: &[u8]) -> Option<Layout> {
    // Zeek's `#fields\tts\tuid\t...`: the names after the line's own label.
    let line = line.strip_prefix(b"#fields\t").unwrap_or(line);
    let inner = lex::trim_end(lex::trim_start(line));
    let inner = inner
        .strip_prefix(BOX_BAR)
        .or_else(|| inner.strip_prefix(b"|"))
        .unwrap_or(inner);
    // Cheap first: a header starts with a name and holds nothing but names, blanks,
    // quotes and delimiters (most log lines fail at their first `:`, `[` or `/`).
    if !lex::trim_start(inner)
        .first()
        .is_some_and(|b| lex::is_letter(*b) || matches!(b, b'"' | b'\''))
        || !inner.iter().all(|b| {
            lex::is_alnum(*b)
                || matches!(
                    b,
                    b'_' | b'-'
                        | b'.'
                        | b' '
                        | b'\t'
                        | b','
                        | b';'
                        | b'"'
                        | b'\''
                        | b'\r'
                        | b'|'
                )
                // (The bytes of `│`.)
                || matches!(b, 0xe2 | 0x94 | 0x82)
        })
    {
        return None;
    }
    let delimiter = if memchr::memmem::find(inner, BOX_BAR).is_some() {
        Delimiter::Bar(BOX_BAR)
    } else if memchr::memchr(b'|', inner).is_some() {
        Delimiter::Bar(b"|")
    } else {
        match [b',', b'\t', b';']
            .into_iter()
            .find(|d| memchr::memchr(*d, line).is_some())
        {
            Some(d) => Delimiter::Byte(d),
            None => aligned(line)?,
        }
    };
    let quote = match lex::trim_start(inner).first() {
        Some(b'\'') => b'\'',
        _ => b'"',
    };
    let mut fields = [(0, 0); MAX_COLUMNS];
    let count = split(line, delimiter, quote, &mut fields)?;
    if count < 3 {
        return None;
    }
    let mut code = None;
    let mut text = None;
    let mut command = None;
    let mut session = None;
    let mut protocol = None;
    let mut time = false;
    let mut counted = false;
    for (i, &(start, end)) in fields[..count].iter().enumerate() {
        let name = unquoted(line, start, end).1;
        if !is_name(name) {
            return None;
        }
        counted |= ends_with_word(name, &[b"count", b"total", b"hits", b"freq", b"frequency"]);
        if command.is_none() && ends_with_word(name, &[b"command", b"cmd", b"request"]) {
            command = Some(i);
        } else if code.is_none() && names_code(name) {
            code = Some(i);
        } else if code.is_some() && text.is_none() && names_text(name) {
            text = Some(i);
        } else if session.is_none()
            && (ends_with_word(
                name,
                &[
                    b"stream",
                    b"session",
                    b"sessionid",
                    b"sess",
                    b"conn",
                    b"connection",
                    b"pid",
                ],
            ) || name.eq_ignore_ascii_case(b"uid"))
        {
            session = Some(i);
        } else if protocol.is_none()
            && ends_with_word(name, &[b"service", b"protocol", b"proto", b"scheme"])
        {
            protocol = Some(i);
        } else {
            time |= names_time(name);
        }
    }
    // A table of codes and what they mean has none of these; a table of counts
    // (`| session | code | count |`) sums replies up, and shows none.
    if !time && command.is_none() && session.is_none() || counted {
        return None;
    }
    Some(Layout {
        delimiter,
        quote,
        count,
        code: code?,
        text,
        command,
        session,
        protocol,
    })
}

/// The columns of a table drawn with bars whose header names none (`csvlook -H`'s `| a |
/// b | c |`), from its first row that shows them: a time in one cell, a code alone in
/// another with words in the next (or a cell that holds a whole reply), and a command in
/// a third if one starts with a verb. (A table that explains codes has no time.)
fn unnamed(line: &[u8]) -> Option<Layout> {
    let trimmed = lex::trim_start(line);
    let delimiter = if trimmed.starts_with(BOX_BAR) {
        Delimiter::Bar(BOX_BAR)
    } else if trimmed.starts_with(b"|") {
        Delimiter::Bar(b"|")
    } else {
        return None;
    };
    let mut fields = [(0, 0); MAX_COLUMNS];
    let count = split(line, delimiter, b'"', &mut fields)?;
    if count < 4 {
        return None;
    }
    let cell = |i: usize| {
        let (start, end) = fields[i];
        unquoted(line, start, end).1
    };
    let mut time = false;
    let mut code = None;
    let mut text = None;
    let mut command = None;
    for i in 0..count {
        let value = cell(i);
        if value.split(|b| *b == b' ').any(super::detect::time_like) {
            time = true;
        } else if code.is_none()
            && let Some((_, _, rest)) = crate::code::parse_head(value)
        {
            let next = if rest.is_empty() && i + 1 < count {
                cell(i + 1)
            } else {
                rest
            };
            if next.first().is_some_and(u8::is_ascii_alphabetic) {
                code = Some(i);
                text = rest.is_empty().then_some(i + 1);
            }
        } else if command.is_none()
            && super::detect::is_verb(value.split(|b| *b == b' ').next().unwrap_or_default())
        {
            command = Some(i);
        }
    }
    (time && code.is_some()).then_some(Layout {
        delimiter,
        quote: b'"',
        count,
        code: code?,
        text,
        command,
        session: None,
        protocol: None,
    })
}

/// `ts`, `time`, `date`, `timestamp`, `at`, `frame.number`: a column that orders a log's rows.
fn names_time(name: &[u8]) -> bool {
    const WHOLE: &[&[u8]] = &[b"ts", b"at", b"when", b"n", b"seq", b"line"];
    const ENDS: &[&[u8]] = &[b"time", b"date", b"timestamp", b"number", b"datetime"];
    WHOLE.iter().any(|w| name.eq_ignore_ascii_case(w)) || ends_with_word(name, ENDS)
}

/// A column's name: a word, or a few joined by `_`, `-`, `.` or blanks (`sc-status`,
/// `reply code`), with no digit at its start.
fn is_name(name: &[u8]) -> bool {
    (1..=32).contains(&name.len())
        && lex::is_letter(name[0])
        && name
            .iter()
            .all(|b| lex::is_alnum(*b) || matches!(b, b'_' | b'-' | b'.' | b' '))
}

/// `code`, `status`, `reply`, `response`, `reply_code`, `ftp-status`, `sc-status`.
fn names_code(name: &[u8]) -> bool {
    const WHOLE: &[&[u8]] = &[
        b"code",
        b"status",
        b"reply",
        b"response",
        b"resp",
        b"answer",
    ];
    const ENDS: &[&[u8]] = &[b"code", b"status"];
    WHOLE.iter().any(|w| name.eq_ignore_ascii_case(w)) || ends_with_word(name, ENDS)
}

/// Whether a name is one of these words, or ends with one after `_`, `-`, `.` or a blank
/// (`sc-status`, `ftp.response.arg`).
fn ends_with_word(name: &[u8], words: &[&[u8]]) -> bool {
    words.iter().any(|w| {
        name.len() >= w.len()
            && name[name.len() - w.len()..].eq_ignore_ascii_case(w)
            && (name.len() == w.len()
                || matches!(name[name.len() - w.len() - 1], b'_' | b'-' | b'.' | b' '))
    })
}

fn names_text(name: &[u8]) -> bool {
    const PARTS: &[&[u8]] = &[b"msg", b"mesg", b"message", b"text", b"reason", b"desc"];
    // A reply's argument, as tshark names its text (`ftp.response.arg`).
    const ENDS: &[&[u8]] = &[b"arg", b"args"];
    // (Or the reply itself, named so whole: a table of a session's commands and replies.)
    const WHOLE: &[&[u8]] = &[b"reply", b"response", b"resp"];
    PARTS
        .iter()
        .any(|p| name.windows(p.len()).any(|w| w.eq_ignore_ascii_case(p)))
        || ends_with_word(name, ENDS)
        || WHOLE.iter().any(|w| name.eq_ignore_ascii_case(w))
}

/// Splits `line` at `delimiter` outside `quote`s into `fields` (start and end of
/// each); the number of fields, or None past [`MAX_COLUMNS`]. Bars at a row's ends are no
/// columns' borders of their own.
fn split(
    line: &[u8],
    delimiter: Delimiter,
    quote: u8,
    fields: &mut [(usize, usize); MAX_COLUMNS],
) -> Option<usize> {
    let mut line = lex::trim_end(line);
    let mut start = 0;
    let mut count = 0;
    match delimiter {
        Delimiter::Byte(delimiter) => {
            let mut quoted = false;
            for (i, &b) in line.iter().enumerate() {
                match b {
                    _ if b == quote => quoted = !quoted,
                    _ if b == delimiter && !quoted => {
                        *fields.get_mut(count)? = (start, i);
                        count += 1;
                        start = i + 1;
                    }
                    _ => {}
                }
            }
        }
        Delimiter::Bar(bar) => {
            start = line.len() - lex::trim_start(line).len();
            if line[start..].starts_with(bar) {
                start += bar.len();
                if line.len() >= start + bar.len() && line.ends_with(bar) {
                    line = &line[..line.len() - bar.len()];
                }
            }
            let from = start;
            for i in memchr::memmem::find_iter(&line[from..], bar) {
                *fields.get_mut(count)? = (start, from + i);
                count += 1;
                start = from + i + bar.len();
            }
        }
        Delimiter::Aligned(starts) => {
            // A row of the table has a blank before each column's start (its values are
            // padded to their column's width); its last columns may be left empty.
            let columns = starts.iter().take_while(|&&s| s != u16::MAX).count();
            for i in 0..columns {
                let from = usize::from(starts[i]).min(line.len());
                let to = starts
                    .get(i + 1)
                    .filter(|&&s| s != u16::MAX)
                    .map_or(line.len(), |&s| usize::from(s).min(line.len()));
                if i > 0 && from < line.len() && line[from - 1] != b' ' {
                    return None;
                }
                *fields.get_mut(i)? = (from, to);
            }
            return Some(columns);
        }
    }
    *fields.get_mut(count)? = (start, line.len());
    Some(count + 1)
}

/// The columns of a header of names aligned with blanks, where its names start: a line
/// of names at its start, one gap of two blanks at least between two of them (a sentence
/// has none).
fn aligned(line: &[u8]) -> Option<Delimiter> {
    if !line.first().is_some_and(|b| lex::is_letter(*b))
        || needle::find!(lex::trim_end(line), b"  ").is_none()
    {
        return None;
    }
    let mut starts = [0u16; MAX_COLUMNS];
    let mut count = 0;
    for (i, &b) in line.iter().enumerate() {
        if b != b' ' && (i == 0 || line[i - 1] == b' ') {
            *starts.get_mut(count)? = u16::try_from(i).ok()?;
            count += 1;
        }
    }
    // (The slots after the last column say where it ends: nowhere.)
    for s in starts.iter_mut().skip(count) {
        *s = u16::MAX;
    }
    Some(Delimiter::Aligned(starts))
}

/// Where the quote that closes a cell opened on a line before stands in `line`: the
/// first `quote` that is not one of a doubled pair (CSV's and SQL's escaped quote).
fn closing_quote(line: &[u8], quote: u8) -> Option<usize> {
    let mut i = 0;
    while let Some(q) = memchr::memchr(quote, &line[i..]).map(|k| i + k) {
        if line.get(q + 1) == Some(&quote) {
            i = q + 2;
            continue;
        }
        return Some(q);
    }
    None
}

/// A field without its blanks and quotes: where its value starts, and the value.
fn unquoted(line: &[u8], start: usize, end: usize) -> (usize, &[u8]) {
    let field = &line[start..end];
    let lead = field.len() - lex::trim_start(field).len();
    let value = lex::trim_end(&field[lead..]);
    match value {
        [b'"', inner @ .., b'"'] | [b'\'', inner @ .., b'\''] => (start + lead + 1, inner),
        _ => (start + lead, value),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// tshark's fields as CSV: a request's row (FEAT), then a multi-line reply's rows.
    const TSHARK: [&str; 8] = [
        "frame.number,ftp.request.command,ftp.response.code,ftp.response.arg",
        "\"30\",\"FEAT\",,",
        "\"31\",,\"211\",\"Features:\"",
        "\"32\",,,\" PASV\"",
        "\"33\",,\"211\",\"End\"",
        "\"34\",\"PWD\",,",
        "\"35\",,\"257\",\"/\"",
        "\"36\",,\"257\",\"/\"",
    ];

    fn read(lines: &[&str]) -> Vec<Option<(u16, String)>> {
        let mut columns = Columns::default();
        lines
            .iter()
            .map(|l| match columns.line(l.as_bytes()) {
                Some(Kind::Reply(f)) => {
                    Some((f.code.get(), String::from_utf8_lossy(f.text).into()))
                }
                _ => None,
            })
            .collect()
    }

    #[test]
    fn a_cell_that_holds_a_multi_line_reply_goes_on_over_its_lines() {
        // Python's csv module, pandas' to_csv: a quoted cell keeps the reply's line breaks.
        let lines = [
            "seq,t_ms,command,code,reply,ok",
            "5,3155,PASS ********,230,230 Login successful.,True",
            "6,3155,FEAT,211,\"211-Features:",
            " EPSV",
            " MDTM",
            "211 End\",True",
            "7,3160,PWD,257,\"257 \"\"/\"\" is the current directory\",True",
        ];
        assert_eq!(
            read(&lines),
            [
                None,
                Some((230, "Login successful.".into())),
                Some((211, "Features:".into())),
                None,
                None,
                Some((211, "End".into())),
                Some((257, "\"\"/\"\" is the current directory".into())),
            ]
        );
    }

    #[test]
    fn a_column_names_each_row_s_connection() {
        // tshark -T fields -E separator=, -E quote=d with `tcp.stream`.
        let mut columns = Columns::default();
        let header = b"frame.number,tcp.stream,tcp.srcport,ftp.request.command,ftp.response.code";
        assert!(matches!(columns.line(header), Some(Kind::Other)));
        let row = b"\"9\",\"1\",\"5121\",,\"220\"";
        assert!(matches!(columns.line(row), Some(Kind::Reply(_))));
        assert_eq!(columns.session(row), Some(&b"1"[..]));
        // A table without such a column names none.
        let mut plain = Columns::default();
        plain.line(TSHARK[0].as_bytes());
        assert_eq!(plain.session(TSHARK[2].as_bytes()), None);
    }

    #[test]
    fn rows_are_read_by_the_header_s_columns() {
        // patator --csv.
        let got = read(&[
            "time,level,code,size,time,candidate,num,mesg",
            "22:42:47,INFO,230,17,0.001,\"secret:ftpuser\",7,\"Login successful.\"",
            "22:42:50,INFO,530,22,3.047,\"421-guess:ftpuser\",3,\"Authentication failed.\"",
            "a line of something else, 550 no row",
        ]);
        assert_eq!(
            got,
            [
                None,
                Some((230, "Login successful.".into())),
                Some((530, "Authentication failed.".into())),
                None,
            ]
        );
        // A table of packets: a multi-line reply's lines as rows, the code in its first
        // and last; the text in a column named as an argument.
        let got = read(&TSHARK);
        assert_eq!(
            got,
            [
                None,
                None,
                Some((211, "Features:".into())),
                None,
                None,
                None,
                Some((257, "/".into())),
                // The same code again, with no lines between: a reply of its own.
                Some((257, "/".into())),
            ]
        );
        // Tabs, a code column by a longer name, no text column.
        let got = read(&["date\tsc-status\tbytes", "2026-03-01\t550\t421"]);
        assert_eq!(got[1], Some((550, String::new())));
    }

    #[test]
    fn rows_name_their_command() {
        let kinds = |lines: &[&str]| {
            let mut columns = Columns::default();
            lines
                .iter()
                .map(|l| match columns.line(l.as_bytes()) {
                    Some(Kind::Reply(f)) => Some(format!(
                        "{} {:?} {}",
                        f.code,
                        f.command.map(String::from_utf8_lossy),
                        String::from_utf8_lossy(f.text)
                    )),
                    Some(Kind::Command(c, _)) => Some(String::from_utf8_lossy(c).into()),
                    _ => None,
                })
                .collect::<Vec<_>>()
        };
        // Zeek's ftp.log: a `#fields` header; `-` for a field with no value.
        let got = kinds(&[
            "#fields\tts\tuid\tuser\tcommand\targ\tfile_size\treply_code\treply_msg\tfuid",
            "1329843170.01\tCHhAv\t<unknown>\t<init>\t-\t-\t220\tFTP server ready.\t-",
            "1329843175.68\tCHhAv\tanonymous\tPASV\t-\t-\t227\tEntering Passive Mode (1,2,3,4,5,6)\t-",
            "1329843179.92\tCsHGQ\tanonymous\tRETR\tftp://h/./a.txt\t-\t550\t-\t-",
        ]);
        assert_eq!(
            got,
            [
                None,
                Some("220 None FTP server ready.".into()),
                Some(r#"227 Some("PASV") Entering Passive Mode (1,2,3,4,5,6)"#.into()),
                Some(r#"550 Some("RETR") "#.into()),
            ]
        );
        // tshark's fields: a request's row holds the command and no code.
        let got = kinds(&TSHARK[..5]);
        assert_eq!(
            got,
            [
                None,
                Some("FEAT".into()),
                Some("211 None Features:".into()),
                None,
                None
            ]
        );
    }

    #[test]
    fn what_is_no_header_or_row() {
        let mut columns = Columns::default();
        // No column names a code; numbers are no names.
        assert!(columns.line(b"time,level,size,mesg").is_none());
        assert!(columns.line(b"226,230,550").is_none());
        assert!(columns.line(b"code,mesg").is_none());
        // A code beside names only: a table of codes, not a log.
        assert!(columns.line(b"name,code,mesg").is_none());
        assert!(columns.line(b"time,code,mesg").is_some());
        // A row whose code column holds no code says nothing of a reply.
        assert!(matches!(columns.line(b"x,1234,y"), Some(Kind::Other)));
        assert!(matches!(columns.line(b"x,,y"), Some(Kind::Other)));
        // A row with another number of fields is left to detection.
        assert!(columns.line(b"x,550,y,z").is_none());
    }

    #[test]
    fn tables_drawn_with_bars_are_read_by_their_columns() {
        // sqlite3 -box of ProFTPD's SQLLog: the reply whole in one cell, the command in
        // another, the connection in a third; rules between are nobody's rows.
        let lines = [
            "┌────┬──────────────┬────────────┬──────────────┬───────────────────────────────┐",
            "│ n  │      at      │    sess    │   request    │             reply             │",
            "├────┼──────────────┼────────────┼──────────────┼───────────────────────────────┤",
            "│ 1  │ 14:59:08.413 │ 59564/4004 │              │ - -                           │",
            "│ 5  │ 14:59:08.563 │ 59564/4004 │ USER ana     │ 331 Password required for ana │",
            "│ 9  │ 14:59:08.717 │ 59574/4005 │ RETR a.txt   │ 550 a.txt: No such file       │",
            "└────┴──────────────┴────────────┴──────────────┴───────────────────────────────┘",
        ];
        let mut columns = Columns::default();
        let got: Vec<_> = lines
            .iter()
            .map(|l| match columns.line(l.as_bytes()) {
                Some(Kind::Reply(f)) => Some(format!(
                    "{} {:?} {} @{}",
                    f.code,
                    f.command.map(String::from_utf8_lossy),
                    String::from_utf8_lossy(f.text),
                    columns
                        .session(l.as_bytes())
                        .map(String::from_utf8_lossy)
                        .unwrap_or_default()
                )),
                Some(Kind::Other) => Some("other".into()),
                _ => None,
            })
            .collect();
        assert_eq!(
            got,
            [
                None,
                Some("other".into()),
                None,
                Some("other".into()),
                Some(r#"331 Some("USER ana") Password required for ana @59564/4004"#.into()),
                Some(r#"550 Some("RETR a.txt") a.txt: No such file @59574/4005"#.into()),
                None,
            ]
        );
        // psql's bars, with none at the row's ends; Markdown's, with both.
        for table in [
            [
                " ts       | code | msg",
                "----------+------+-----",
                " 10:15:32 |  530 | Login incorrect.",
            ],
            [
                "| ts | code | msg |",
                "|----|------|-----|",
                "| 10:15:32 | 530 | Login incorrect. |",
            ],
        ] {
            let got = read(&table);
            assert_eq!(got[2], Some((530, "Login incorrect.".into())), "{table:?}");
        }
    }

    #[test]
    fn a_table_that_explains_codes_or_mixes_protocols_holds_no_replies() {
        // A reference: codes and meanings, no time, command or connection.
        let mut columns = Columns::default();
        for line in [
            "| Code | Meaning | Example |",
            "|------|---------|---------|",
            "| 530 | Not logged in. | USER and PASS refused |",
        ] {
            assert!(columns.line(line.as_bytes()).is_none(), "{line}");
        }
        // A health check's table of several services: only FTP's rows are replies.
        let got = read(&[
            "│ ts       │ service │ status │ response                  │",
            "│ 15:06:54 │ http    │ 404    │ 404 File not found        │",
            "│ 15:06:54 │ smtp    │ 250    │ 250 OK                    │",
            "│ 15:06:54 │ ftp     │ 220    │ 220 pyftpdlib 2.2.0 ready │",
        ]);
        assert_eq!(
            got,
            [
                None,
                None,
                None,
                Some((220, "pyftpdlib 2.2.0 ready".into()))
            ]
        );
        // A table of counts sums replies up and shows none.
        let mut columns = Columns::default();
        for line in ["| session | code | count |", "| alice | 230 | 1 |"] {
            assert!(columns.line(line.as_bytes()).is_none(), "{line}");
        }
    }

    /// A row with a text and no code under a reply's row continues it only where the text
    /// is all the row says (its number aside): a message of its own, with its time and its
    /// client, is no line of the reply (`jq @tsv` of pyftpdlib's log, held-out round 690).
    #[test]
    fn a_row_of_its_own_does_not_continue_the_reply_above() {
        let got = read(&[
            "ts\tlevel\tpeer\tuser\tdir\tcode\tcommand\ttext",
            "07:39:36.907\tDEBUG\t127.0.0.2:55471\t\t->\t220\t\tpyftpdlib ready (r690).",
            "07:39:36.966\tINFO\t127.0.0.6:59847\t\t\t\t\tFTP session opened (connect)",
            "07:39:36.966\tDEBUG\t127.0.0.6:59847\t\t->\t220\t\tpyftpdlib ready (r690).",
        ]);
        assert_eq!(
            got,
            [
                None,
                Some((220, "pyftpdlib ready (r690).".into())),
                None,
                Some((220, "pyftpdlib ready (r690).".into())),
            ]
        );
    }

    #[test]
    fn a_column_of_messages_holds_commands_and_replies() {
        // rich's table of a server's log, its header drawn with other bars: the columns
        // are read from the first row with a time and a reply; the commands in the same
        // column are commands.
        let mut columns = Columns::default();
        let kinds: Vec<_> = [
            "│ 2   │ 18:15:23,489 │ 127.0.0.1:58256 │ ->  │ 220 pyftpdlib ready.            │",
            "│ 3   │ 18:15:23,489 │ 127.0.0.1:58256 │ <-  │ USER alice                      │",
            "│ 4   │ 18:15:23,489 │ 127.0.0.1:58256 │ ->  │ 331 Username ok, send password. │",
        ]
        .iter()
        .map(|l| match columns.line(l.as_bytes()) {
            Some(Kind::Reply(f)) => format!("reply {}", f.code),
            Some(Kind::Command(c, _)) => format!("command {}", String::from_utf8_lossy(c)),
            Some(Kind::Other) => "other".into(),
            _ => "none".into(),
        })
        .collect();
        assert_eq!(kinds, ["reply 220", "command USER alice", "reply 331"]);
    }
}
