//! Replies inside escaped strings: a system-call trace's `read(3, "211-Features:\r\n
//! MDTM\r\n211 End\r\n", 4096)`, a Python `repr`, a JSON value, `strace -xx`'s
//! `"\x32\x32\x30..."`, a list of strings that are a reply's lines (`['125 Opening.', '226
//! Done.']`, as a program prints the lines it read), or bytes printed as a list of numbers
//! (`[50, 50, 48, 32, ...]`, as Rust's, Python's and Java's debug output and Go's `%v` print
//! them). A string that holds several lines is decoded, and each of its lines is read as a
//! line of the log, standing where the string starts.

use super::dump;
use super::flattened::opens_reply;
use super::needle;

/// Finds the first quoted string of `line` that holds several lines (or is written all in
/// `\xHH` escapes), and decodes it into `out`. Returns where the string's text starts in
/// `line` (after its opening quote). `hash`: whether the line holds a `#` (the caller has
/// looked), without which it holds no syslog escapes.
pub fn decode_lines(line: &[u8], out: &mut Vec<u8>, hash: bool) -> Option<usize> {
    // Cheap first: an escaped line end or a hex escape somewhere.
    if memchr::memchr(b'\\', line).is_some()
        && let Some(start) = quoted(line, out)
    {
        return Some(start);
    }
    lists(line, out)
        .or_else(|| escaped_line_ends(line, out, hash))
        .or_else(|| backslash_line_ends(line, out))
        .or_else(|| hex_text(line, out))
        .or_else(|| form_fields(line, out))
        .or_else(|| html_breaks(line, out))
        .or_else(|| dotted_line_ends(line, out))
}

/// A packet's payload printed with a dot for each byte that is no text, its CR LF `..`,
/// holding two replies or more (nmap's `READ SUCCESS ... (73 bytes): 220 r582 vsftpd
/// ready..530 Please login with USER and PASS...`): decoded into `out`, a line at each
/// `..` before a reply's code, the last one dropped; returns 0 (from the start).
fn dotted_line_ends(line: &[u8], out: &mut Vec<u8>) -> Option<usize> {
    // (Cheap first: a payload ends with its CR LF.)
    let body = line.strip_suffix(b"..")?;
    // A reply's code and its first letter right after two dots (not three: a dump's run
    // of unprintable bytes before a packet's first text).
    let opens = |at: usize| {
        at >= 3 && line[at - 2..at] == *b".." && line[at - 3] != b'.' && opens_reply(line, at)
    };
    let cuts: Vec<usize> = memchr::memmem::find_iter(body, b"..")
        .map(|at| at + 2)
        .filter(|&at| opens(at))
        .collect();
    let first = *cuts.first()?;
    // (The line's first reply stands before them, after a blank or a colon.)
    let before = &line[..first - 2];
    let replied = before.windows(5).any(|w| {
        matches!(
            w,
            [
                b' ' | b':',
                b'1'..=b'5',
                b'0'..=b'5',
                b'0'..=b'9',
                b' ' | b'-'
            ]
        )
    });
    if !replied {
        return None;
    }
    out.clear();
    let mut from = 0;
    for &cut in &cuts {
        out.extend_from_slice(&body[from..cut - 2]);
        out.push(b'\n');
        from = cut;
    }
    out.extend_from_slice(&body[from..]);
    Some(0)
}

/// How long the HTML line break at the start of `s` is (`<br>`, `<br/>`, `<br />`), or 0.
fn br_len(s: &[u8]) -> usize {
    [&b"<br>"[..], b"<br/>", b"<br />"]
        .iter()
        .find(|t| s.len() >= t.len() && s[..t.len()].eq_ignore_ascii_case(t))
        .map_or(0, |t| t.len())
}

/// A line of HTML whose lines are separated by `<br>` (a session pasted into a web page
/// and stored on one line: `<strong>USER </strong>javarome<br> <strong>331
/// </strong>Password required for javarome.<br> ...`): decoded into `out` as its text, a
/// line at each break, tags left out and entities read; returns 0 (from the start).
fn html_breaks(line: &[u8], out: &mut Vec<u8>) -> Option<usize> {
    // (Cheap first: two breaks at least.)
    let mut breaks = memchr::memchr_iter(b'<', line).filter(|&at| br_len(&line[at..]) > 0);
    breaks.next()?;
    breaks.next()?;
    out.clear();
    out.extend_from_slice(line);
    // Each break a line end, then the markup read as the text it renders.
    let mut i = 0;
    while let Some(at) = memchr::memchr(b'<', &out[i..]).map(|k| i + k) {
        let len = br_len(&out[at..]);
        if len > 0 {
            out.splice(at..at + len, [b'\n']);
        }
        i = at + 1;
    }
    super::lex::markup_text(out);
    // (A web page's blanks around its breaks are layout: each line starts at its text.)
    let mut w = 0;
    let mut line_start = true;
    for r in 0..out.len() {
        let b = out[r];
        if line_start && b == b' ' {
            continue;
        }
        line_start = b == b'\n';
        out[w] = b;
        w += 1;
    }
    out.truncate(w);
    Some(0)
}

/// A line that is a form's fields, URL-encoded (`name=pyftpdlib&msg=127.0.0.1%3A51050-
/// %5B%5D+-%3E+220+ready&args=%28%29`, the body Python's logging.HTTPHandler posts):
/// decoded into `out`, one field a line; returns 0 (the fields start the line).
fn form_fields(line: &[u8], out: &mut Vec<u8>) -> Option<usize> {
    // (Cheap first: a key and `=` at the start, then `&` and an escape somewhere.)
    let key = line
        .iter()
        .take(32)
        .take_while(|b| b.is_ascii_alphanumeric() || **b == b'_')
        .count();
    if key == 0
        || line.get(key) != Some(&b'=')
        || memchr::memchr(b'&', line).is_none()
        || memchr::memchr(b'%', line).is_none()
    {
        return None;
    }
    out.clear();
    let mut i = 0;
    while i < line.len() {
        match line[i] {
            b'+' => out.push(b' '),
            b'&' => out.push(b'\n'),
            b'%' => {
                let byte = line
                    .get(i + 1..i + 3)
                    .and_then(|h| std::str::from_utf8(h).ok())
                    .and_then(|h| u8::from_str_radix(h, 16).ok())?;
                // (An encoded line end would start a line of its own: kept as a blank.)
                out.push(if byte == b'\n' || byte == b'\r' {
                    b' '
                } else {
                    byte
                });
                i += 2;
            }
            // A blank or a quote has no place in an encoded form.
            b' ' | b'"' => return None,
            b => out.push(b),
        }
        i += 1;
    }
    Some(0)
}

/// A line that is one run of hex digits after its indentation, spelling text
/// (`\t3232302070...0d0a`, tshark's `-z follow,tcp,raw`: a segment's bytes), or that ends
/// with a quoted run of them spelling a line (`"ftp_raw": ["3232...0d0a", 66, 45, 0, 1]`
/// under tshark's `-T json -x` and `-T jsonraw`, one line per element): decoded into `out`;
/// returns where the digits start. A frame's whole bytes (`"frame_raw"`) are read past its
/// packet's headers.
fn hex_text(line: &[u8], out: &mut Vec<u8>) -> Option<usize> {
    let start = line
        .iter()
        .take_while(|b| matches!(b, b' ' | b'\t'))
        .count();
    let rest = &line[start..];
    let rest = rest.strip_suffix(b"\r").unwrap_or(rest);
    let (start, digits) = match rest.last() {
        // A field's bytes (`"ftp.request.arg_raw"`: `550 report.txt`, RETR's argument)
        // end with no line end, a segment's with one: only that is read.
        Some(b'"' | b',') => match quoted_hex(rest) {
            Some((at, d)) if d.ends_with(b"0a") || d.ends_with(b"0A") => (start + at, d),
            _ => return None,
        },
        _ => (start, rest),
    };
    // (Cheap first: eight hex digits, then the whole of it.)
    if digits.len() < 8
        || !digits.len().is_multiple_of(2)
        || !digits.iter().all(u8::is_ascii_hexdigit)
    {
        return None;
    }
    out.clear();
    out.extend(digits.chunks_exact(2).map(|pair| {
        let half = |b: u8| (b as char).to_digit(16).map_or(0, |d| d as u8);
        half(pair[0]) << 4 | half(pair[1])
    }));
    let text = |b: &u8| b.is_ascii_graphic() || matches!(b, b' ' | b'\r' | b'\n' | b'\t');
    if !out.iter().all(text) {
        // Only a quoted value may be a whole frame: a bare line of hex is a dump's.
        let payload = match dump::payload_start(out) {
            0 => return None,
            p if start > 0 && line[start - 1] == b'"' && p < out.len() => p,
            _ => return None,
        };
        if !out[payload..].iter().all(text) {
            return None;
        }
        out.drain(..payload);
    }
    let letter = out.iter().any(u8::is_ascii_alphabetic);
    (letter || reply_shaped(out)).then_some(start)
}

/// A quoted run of hex digits that ends a line (an array's element with its comma, a
/// field's value, after whatever prefix the line has: `"3232..."`, `"key": "3232..."`,
/// `ftp-1  |   "3232...",`). Where the digits start, and the digits.
fn quoted_hex(s: &[u8]) -> Option<(usize, &[u8])> {
    let s = s.strip_suffix(b",").unwrap_or(s);
    let s = s.strip_suffix(b"\"")?;
    let open = memchr::memrchr(b'"', s)?;
    Some((open + 1, &s[open + 1..]))
}

/// The first bracketed list of `line` that is a list of lines or of byte values, decoded
/// into `out`; where its first element starts.
fn lists(line: &[u8], out: &mut Vec<u8>) -> Option<usize> {
    for open in memchr::memchr_iter(b'[', line) {
        let start = open + 1;
        if let Some(found) = string_list(line, start, out)
            .or_else(|| byte_list(line, start, out))
            .or_else(|| code_list(line, start, out))
        {
            return Some(found);
        }
    }
    out.clear();
    None
}

/// A list of at least two quoted strings of which the first is a reply's line (`['211-Features:',
/// ' MDTM', '211 End']`, `["125 Opening.", "226 Done."]`, Python's `b'...'` too): the lines
/// one under another in `out`. `start`: just after the `[`. Returns where the first
/// string's text starts.
fn string_list(line: &[u8], start: usize, out: &mut Vec<u8>) -> Option<usize> {
    out.clear();
    let mut j = start;
    let mut strings = 0;
    let mut text = start;
    let mut open: Option<[u8; 3]> = None;
    loop {
        j += usize::from(matches!(line.get(j), Some(b'b' | b'u')));
        let quote = *line.get(j).filter(|q| matches!(q, b'\'' | b'"'))?;
        let first = out.len();
        j += 1;
        if strings == 0 {
            text = j;
        }
        j = unescaped(line, j, quote, out)? + 1;
        // Each element a reply's line: a reply, or a further line of one the list has
        // opened (`['211-Features:', ' MDTM', '211 End']`); a list of file names
        // (`["226 files.txt", "421-notes.txt", "502.txt"]`) is none.
        let element = &out[first..];
        match open {
            Some(code) if element.starts_with(&code) && element.get(3) == Some(&b' ') => {
                open = None;
            }
            Some(_) => {}
            None if reply_shaped(element) => {
                if element[3] == b'-' {
                    open = Some([element[0], element[1], element[2]]);
                }
            }
            None => return None,
        }
        strings += 1;
        // Each element its own line (unless it ends with its line end already).
        if !out.ends_with(b"\n") {
            out.push(b'\n');
        }
        match line.get(j)? {
            b']' => return (strings >= 2 && open.is_none()).then_some(text),
            b',' => j += 1 + usize::from(line.get(j + 1) == Some(&b' ')),
            _ => return None,
        }
    }
}

/// Replies as a record's two arrays: the codes of the lines that had one, then all the
/// lines, without their codes, under the next key (Suricata's eve.json:
/// `"completion_code":["150","226"],"reply":["File status okay.","Transfer complete."]`,
/// `"completion_code":["211","211"],"reply":["Features:"," EPRT","End"]`), written back as
/// the server sent them, one line of `out` each. A reply whose body lines end the record
/// stays open (`"completion_code":["211"],"reply":["Features:"," EPRT"]`: its closing
/// line comes in the next record). `start`: just after the codes' `[`, which follows a
/// JSON key. Returns where the first code's text starts (after its quote).
fn code_list(line: &[u8], start: usize, out: &mut Vec<u8>) -> Option<usize> {
    if !line[..start - 1].ends_with(b"\":") {
        return None;
    }
    let mut codes: [&[u8]; 8] = [b""; 8];
    let mut n = 0;
    let mut j = start;
    loop {
        let code = line.get(j..j + 5)?;
        if code[0] != b'"' || code[4] != b'"' || !reply_shaped(&[code[1], code[2], code[3], b' ']) {
            return None;
        }
        if n == codes.len() {
            return None;
        }
        codes[n] = &code[1..4];
        n += 1;
        j += 5;
        match line.get(j)? {
            b']' => break,
            b',' => j += 1,
            _ => return None,
        }
    }
    // `],"reply":[`: the next field, an array of strings.
    let rest = &line[j + 1..];
    let rest = rest.strip_prefix(b",\"")?;
    let key = rest
        .iter()
        .take_while(|b| b.is_ascii_alphabetic() || **b == b'_')
        .count();
    let mut k = j + 3 + key;
    if key < 2 || line.get(k..k + 3) != Some(b"\":[") {
        return None;
    }
    k += 3;
    // The lines, decoded, each with where it ends.
    let mut texts = Vec::new();
    let mut ends = Vec::new();
    while line.get(k) == Some(&b'"') {
        k = unescaped(line, k + 1, b'"', &mut texts)? + 1;
        ends.push(texts.len());
        match line.get(k)? {
            b',' => k += 1,
            b']' => break,
            _ => return None,
        }
    }
    if ends.is_empty() {
        return None;
    }
    // A line that starts with a blank is a body line of the reply before it (as FEAT's
    // are, RFC 2389 §3.2); every other line takes the next code. A line followed by a body
    // line opens a multi-line reply, and one that takes the open reply's code after body
    // lines closes it.
    out.clear();
    let text = |i: usize| &texts[if i == 0 { 0 } else { ends[i - 1] }..ends[i]];
    let body = |i: usize| i < ends.len() && text(i).starts_with(b" ");
    let mut used = 0;
    for i in 0..ends.len() {
        if !body(i) {
            let code = codes[used.min(n - 1)];
            used += 1;
            out.extend_from_slice(code);
            out.push(if body(i + 1) { b'-' } else { b' ' });
        }
        out.extend_from_slice(text(i));
        out.push(b'\n');
    }
    // Codes with no line of their own.
    for code in codes[..n].iter().skip(used) {
        out.extend_from_slice(code);
        out.push(b'\n');
    }
    Some(start + 1)
}

/// The text of a string from `from` (after its opening quote) to its closing `quote`,
/// escapes decoded, added to `out`; where the closing quote is, or None if it never comes.
fn unescaped(line: &[u8], from: usize, quote: u8, out: &mut Vec<u8>) -> Option<usize> {
    let mut j = from;
    loop {
        match *line.get(j)? {
            b'\\' => {
                let (byte, len) = escape(&line[j + 1..]);
                out.push(byte);
                j += 1 + len;
            }
            b if b == quote => return Some(j),
            b => {
                out.push(b);
                j += 1;
            }
        }
    }
}

/// A message written on one line with its control bytes escaped: in octal by syslog
/// (rsyslog's `#015#012` for CR LF, `#011` for a tab: `Sent: #012211-Features:#015#012
/// EPSV#015#012211 End#015`), or in bracketed hex as some tools print what they received
/// (`220-Welcome[0D][0A]220 [0D][0A]`). Decoded from the reply code before the first
/// escaped line end (or from that line end, when no code stands before it); returns where
/// the decoded part starts in `line`. `hash`: whether the line holds a `#`.
fn escaped_line_ends(line: &[u8], out: &mut Vec<u8>, hash: bool) -> Option<usize> {
    let first = hash
        .then(|| needle::find!(line, b"#012"))
        .flatten()
        // (A CR LF, as a line of the protocol ends: a lone `[0A]` may be anything. Looked
        // for at each `[`, which most lines have few of.)
        .or_else(|| {
            memchr::memchr_iter(b'[', line).find(|&i| {
                line.get(i..i + 8)
                    .is_some_and(|s| s.eq_ignore_ascii_case(b"[0D][0A]"))
            })
        })?;
    let head = &line[..first];
    let start = std::iter::once(0)
        .chain(memchr::memchr_iter(b' ', head).map(|space| space + 1))
        .rfind(|&at| reply_shaped(&head[at..]))
        .unwrap_or(first);
    out.clear();
    let rest = &line[start..];
    let mut i = 0;
    while i < rest.len() {
        match control_escape(&rest[i..]) {
            Some((byte, len)) => {
                out.push(byte);
                i += len;
            }
            None => {
                out.push(rest[i]);
                i += 1;
            }
        }
    }
    Some(start)
}

/// Replies joined by a written `\n` outside any quotes (a monitoring plugin's long output
/// as Nagios writes it to one line of its perfdata file: `[220 ready.<TAB>time=0.005s;;;
/// <TAB>331 Please specify the password.\n230 Login successful.]`): decoded from the first
/// reply-shaped field, a line at each `\n` and at each tab that starts another reply;
/// returns where the first reply starts. (Only a `\n` before a reply's code counts: a
/// Windows path's `C:\new` is none.)
fn backslash_line_ends(line: &[u8], out: &mut Vec<u8>) -> Option<usize> {
    let first = memchr::memchr_iter(b'\\', line)
        .find(|&i| line.get(i + 1) == Some(&b'n') && reply_shaped(&line[i + 2..]))?;
    let head = &line[..first];
    let start = std::iter::once(0)
        .chain(
            head.iter()
                .enumerate()
                .filter(|(_, b)| matches!(b, b' ' | b'\t' | b'[' | b'('))
                .map(|(at, _)| at + 1),
        )
        .find(|&at| reply_shaped(&head[at..]))?;
    out.clear();
    let rest = &line[start..];
    let mut i = 0;
    while i < rest.len() {
        match rest[i..] {
            [b'\\', b'n', ..] => {
                out.push(b'\n');
                i += 2;
            }
            [b'\\', b'r', ..] => {
                out.push(b'\r');
                i += 2;
            }
            [b'\t', ref after @ ..] if reply_shaped(after) => {
                out.push(b'\n');
                i += 1;
            }
            [b, ..] => {
                out.push(b);
                i += 1;
            }
            [] => break,
        }
    }
    Some(start)
}

/// A control byte escaped as `#ooo` (octal) or `[HH]` (hex) at the start of `s`, and the
/// escape's length.
fn control_escape(s: &[u8]) -> Option<(u8, usize)> {
    let value = match s {
        [b'#', d @ ..] if d.len() >= 3 && d[..3].iter().all(|b| (b'0'..=b'7').contains(b)) => (
            d[..3].iter().fold(0u32, |v, b| v * 8 + u32::from(b - b'0')),
            4,
        ),
        [b'[', h, l, b']', ..] => {
            let hex = |b: u8| (b as char).to_digit(16);
            (hex(*h)? * 16 + hex(*l)?, 4)
        }
        _ => return None,
    };
    (value.0 < 0x20).then_some((value.0 as u8, value.1))
}

/// A list of at least four byte values in decimal, `[51, 51, 49, 32, 80]` or `[51 51 49
/// 32 80]`, that spells text: printable ASCII and line ends, with a letter in it or in
/// the shape of a reply (a list of counters or an address is neither). Decoded into
/// `out`; returns where the list's first number starts (`start`, just after the `[`).
fn byte_list(line: &[u8], start: usize, out: &mut Vec<u8>) -> Option<usize> {
    out.clear();
    let mut j = start;
    let mut letter = false;
    loop {
        let digits = line[j..]
            .iter()
            .take(4)
            .take_while(|b| b.is_ascii_digit())
            .count();
        if !(1..=3).contains(&digits) {
            return None;
        }
        let v = line[j..j + digits]
            .iter()
            .fold(0u32, |v, d| v * 10 + u32::from(d - b'0'));
        let byte = u8::try_from(v).ok()?;
        if !(byte.is_ascii_graphic() || matches!(byte, b' ' | b'\r' | b'\n' | b'\t')) {
            return None;
        }
        letter |= byte.is_ascii_alphabetic();
        out.push(byte);
        j += digits;
        match line.get(j..j + 2) {
            Some([b',', b' ']) => j += 2,
            Some([b',' | b' ', b'0'..=b'9']) => j += 1,
            _ if line.get(j) == Some(&b']') => {
                return (out.len() >= 4 && (letter || reply_shaped(out))).then_some(start);
            }
            _ => return None,
        }
    }
}

/// `213 33`: a reply with no letter in it.
fn reply_shaped(text: &[u8]) -> bool {
    matches!(
        text,
        [b'1'..=b'6', b'0'..=b'9', b'0'..=b'9', b' ' | b'-', ..]
    )
}

/// Joins string literals that a program's printer split over lines and concatenated
/// (node's `util.inspect`: `'211-Features:\r\n' +\n  ' EPRT\r\n'`), so that the string
/// they make is decoded whole.
fn join_literals(s: &mut Vec<u8>) {
    let mut w = 0;
    let mut r = 0;
    while r < s.len() {
        if let [q @ (b'\'' | b'"'), b' ', b'+', b'\n', rest @ ..] = &s[r..] {
            let blanks = rest.iter().take_while(|b| **b == b' ').count();
            if rest.get(blanks) == Some(q) {
                r += 4 + blanks + 1;
                continue;
            }
        }
        s[w] = s[r];
        w += 1;
        r += 1;
    }
    s.truncate(w);
}

fn quoted(line: &[u8], out: &mut Vec<u8>) -> Option<usize> {
    let mut i = 0;
    while let Some(q) = memchr::memchr2(b'"', b'\'', &line[i..]) {
        let open = i + q;
        let quote = line[open];
        let start = open + 1;
        out.clear();
        let mut j = start;
        let mut hexes = 0;
        let mut closed = false;
        while j < line.len() {
            match line[j] {
                b'\\' => {
                    let (byte, len) = escape(&line[j + 1..]);
                    if line.get(j + 1) == Some(&b'x') {
                        hexes += 1;
                    }
                    out.push(byte);
                    j += 1 + len;
                }
                // (A quote with a word or a path glued after it is inside the string, one
                // its writer did not escape: expect's `"...\r250 "/data" is the current
                // directory.\r\n"`.)
                b if b == quote
                    && line
                        .get(j + 1)
                        .is_some_and(|n| n.is_ascii_alphanumeric() || *n == b'/') =>
                {
                    out.push(b);
                    j += 1;
                }
                b if b == quote => {
                    closed = true;
                    break;
                }
                b => {
                    out.push(b);
                    j += 1;
                }
            }
        }
        join_literals(out);
        let mut several = memchr::memchr(b'\n', trim_line_ends(out)).is_some();
        if !several && needle::find!(out, b"\\n").is_some() {
            // Escaped twice (a repr inside a JSON string: `"*resp* \"220-a\\n220 \""`):
            // its escapes once more.
            let once = std::mem::take(out);
            let mut k = 0;
            while k < once.len() {
                if once[k] == b'\\' {
                    let (byte, len) = escape(&once[k + 1..]);
                    out.push(byte);
                    k += 1 + len;
                } else {
                    out.push(once[k]);
                    k += 1;
                }
            }
            several = memchr::memchr(b'\n', trim_line_ends(out)).is_some();
        }
        if (several || hexes >= 4) && (closed || j >= line.len()) {
            return Some(start);
        }
        if !closed {
            return None;
        }
        i = j + 1;
    }
    None
}

fn trim_line_ends(mut s: &[u8]) -> &[u8] {
    while let [rest @ .., b'\r' | b'\n'] = s {
        s = rest;
    }
    s
}

/// One escape after its backslash: the byte it stands for and how long it is.
pub(super) fn escape(s: &[u8]) -> (u8, usize) {
    let hex = |b: u8| (b as char).to_digit(16).map(|d| d as u8);
    match s.first() {
        Some(b'n') => (b'\n', 1),
        Some(b'r') => (b'\r', 1),
        Some(b't') => (b'\t', 1),
        Some(b'x') => match (
            s.get(1).copied().and_then(hex),
            s.get(2).copied().and_then(hex),
        ) {
            (Some(a), Some(b)) => (a << 4 | b, 3),
            _ => (b'x', 1),
        },
        // strace's octal: `\0`, `\33`, `\177`.
        Some(b'0'..=b'7') => {
            let n = s
                .iter()
                .take(3)
                .take_while(|b| (b'0'..=b'7').contains(b))
                .count();
            let v = s[..n].iter().fold(0u32, |v, d| v * 8 + u32::from(d - b'0'));
            (v as u8, n)
        }
        Some(&c) => (c, 1),
        None => (b'\\', 0),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn decode(line: &str) -> Option<(usize, String)> {
        let mut out = Vec::new();
        decode_lines(line.as_bytes(), &mut out, line.contains('#'))
            .map(|s| (s, String::from_utf8_lossy(&out).into_owned()))
    }

    #[test]
    fn a_web_pages_lines_broken_by_br_tags() {
        let line = "<strong>USER </strong>javarome<br> <strong>331 </strong>Password required.<br> \
                    <strong>PWD</strong><br/> <strong>257</strong> &quot;/&quot; is current.";
        assert_eq!(
            decode(line),
            Some((
                0,
                "USER javarome\n331 Password required.\nPWD\n257 \"/\" is current.".into()
            ))
        );
        assert_eq!(
            decode("220 ready<BR>USER a<BR>331 ok").map(|d| d.1),
            Some("220 ready\nUSER a\n331 ok".into())
        );
        // One break ends a line (read as it is); a word that starts like the tag is none.
        assert_eq!(decode("331 Password required<br>"), None);
        assert_eq!(decode("a <brand> b <brother> c"), None);
    }

    #[test]
    fn codes_and_their_lines_in_two_arrays() {
        let record = |codes: &str, lines: &str| {
            format!(
                r#"{{"ftp":{{"command":"LIST","completion_code":[{codes}],"reply":[{lines}],"x":1}}}}"#
            )
        };
        // Each code with the line at its place.
        let line = record(r#""150","226""#, r#""Opening.","Transfer complete.""#);
        let start = line.find("150").unwrap_or(0);
        assert_eq!(
            decode(&line),
            Some((start, "150 Opening.\n226 Transfer complete.\n".into()))
        );
        // A multi-line reply: the codes of its first and last lines, its body lines
        // between (the JSON escapes decoded).
        let line = record(r#""211","211""#, r#""Features:"," EPRT","End \"FEAT\".""#);
        assert_eq!(
            decode(&line).map(|d| d.1),
            Some("211-Features:\n EPRT\n211 End \"FEAT\".\n".into())
        );
        // Open where the record ends with its body lines (the rest comes in the next).
        let line = record(r#""211""#, r#""Features:"," EPRT"," UTF8""#);
        assert_eq!(
            decode(&line).map(|d| d.1),
            Some("211-Features:\n EPRT\n UTF8\n".into())
        );
        // A reply and then another, and a code whose line is missing.
        let line = record(r#""211","211","200""#, r#""Features:"," EPRT","End""#);
        assert_eq!(
            decode(&line).map(|d| d.1),
            Some("211-Features:\n EPRT\n211 End\n200\n".into())
        );
        // Not codes, or no array of lines after them.
        assert_eq!(decode(&record(r#""abc""#, r#""x""#)), None);
        assert_eq!(decode(r#"{"ports":["550","421"],"n":3}"#), None);
        assert_eq!(decode(r#"["550","421"],"names":["a.txt","b.txt"]"#), None);
    }

    #[test]
    fn written_line_ends_between_replies() {
        // Nagios' perfdata: the plugin's first line, its data, then its long output.
        let line = "[SERVICEPERFDATA]\t1772360132\tFTP OK - 0.005 second response time on \
                    127.0.0.1 port 10331 [220 vsFTPd ready.\ttime=0.005062s;;;0.000000\t\
                    331 Please specify the password.\\n230 Login successful.]";
        let (start, text) = decode(line).unwrap();
        assert_eq!(&line[start..start + 4], "220 ");
        assert_eq!(
            text,
            "220 vsFTPd ready.\ttime=0.005062s;;;0.000000\n331 Please specify the password.\n\
             230 Login successful.]"
        );
        // A path's backslash, or one before no reply, is no line end.
        assert_eq!(decode(r"copied C:\new\220 files to D:\nas 550 times"), None);
        assert_eq!(decode(r"550 C:\new: access denied"), None);
    }

    #[test]
    fn escaped_line_ends_in_syslog_and_hex() {
        // The message starts with the escaped line end: decoded from there.
        let line = "uftpd[43]: Sent: #012211-Features:#015#012 EPSV#015#012211 End#015";
        assert_eq!(
            decode(line),
            Some((17, "\n211-Features:\r\n EPSV\r\n211 End\r".into()))
        );
        // A code before the first one: decoded from the code.
        let line = "pure-ftpd: [DEBUG] 211-Extensions:#015#012 UTF8#015#012211 End.";
        assert_eq!(
            decode(line),
            Some((19, "211-Extensions:\r\n UTF8\r\n211 End.".into()))
        );
        // A tab alone is no line end; `#12` is no escape.
        assert_eq!(decode("ftpd[1]: <--- 250 a#011b"), None);
        assert_eq!(decode("issue #12: 550 x"), None);
        // Bracketed hex, as medusa prints what it received.
        let line = "Data received (44): 220-Hi[0D][0A]220 [0D][0A]";
        assert_eq!(decode(line), Some((20, "220-Hi\r\n220 \r\n".into())));
        assert_eq!(decode("Data sent: USER a[0D]"), None);
        assert_eq!(decode("array [0A] of [1F]"), None);
    }

    #[test]
    fn strings_of_several_lines() {
        // expect's debug line: its buffer in quotes, a quote inside it not escaped. The
        // string goes on past the quote glued to a path (it ends at the next quote before
        // a blank: the reply's line is read, its words up to there).
        let line = r#"expect: does "cd data\r\n250 "/data" is the current directory.\r\nftp> " (spawn_id exp4) match glob pattern "ftp> "? yes"#;
        let (start, text) = decode(line).unwrap();
        assert_eq!(start, 14);
        assert_eq!(text.lines().nth(1), Some("250 \"/data"));
        assert_eq!(
            decode(r#"27406 read(4, "211-Features:\r\n MDTM\r\n211 End\r\n", 65536) = 30"#),
            Some((15, "211-Features:\r\n MDTM\r\n211 End\r\n".into()))
        );
        assert_eq!(
            decode(r#"SYS_write(1, "Connected to 127.0.0.1.\n220 ready\n", 75) = 75"#),
            Some((14, "Connected to 127.0.0.1.\n220 ready\n".into()))
        );
        assert_eq!(
            decode(r#"read(3, "\x32\x32\x30\x20\x6f\x6b\x0d\x0a", 4096) = 8"#),
            Some((9, "220 ok\r\n".into()))
        );
        assert_eq!(decode(r#"read(5, "\33[1m\177", 9)"#), None);
        // One line: read as it stands, not decoded.
        assert_eq!(decode(r#"read(3, "220 ready\r\n", 4096) = 11"#), None);
        assert_eq!(decode("220 no quotes"), None);
    }

    #[test]
    fn strings_escaped_twice() {
        // Python's repr of a reply inside a JSON string (ftplib's debug lines through a
        // JSON logger): its escapes are decoded twice.
        let line = r#"{"event": "*resp* \"220-a (421 bytes)\\n220 \"", "level": "debug"}"#;
        assert_eq!(
            decode(line),
            Some((11, "*resp* \"220-a (421 bytes)\n220 \"".into()))
        );
        // node's inspection of a long string, literals joined by `+` over lines, inside
        // a JSON logger's message: one string, its escapes decoded twice.
        let line = r#"{"message":"< '125 Opening.\r\n' +\n  '226 Done.\r\n'","level":"debug"}"#;
        assert_eq!(
            decode(line),
            Some((12, "< '125 Opening.\r\n226 Done.\r\n'".into()))
        );
        // One line, escaped twice: nothing to cut.
        assert_eq!(decode(r#"{"event": "*resp* '226 Done.\\r'"}"#), None);
    }

    #[test]
    fn a_forms_fields_url_encoded() {
        let body =
            "name=pyftpdlib&msg=127.0.0.1%3A51050-%5B%5D+-%3E+220+pyftpdlib+ready&args=%28%29";
        assert_eq!(
            decode(body),
            Some((
                0,
                "name=pyftpdlib\nmsg=127.0.0.1:51050-[] -> 220 pyftpdlib ready\nargs=()".into()
            ))
        );
        // A query in a log line, or a bare `a=b&c=d`, is no form's body to decode.
        assert_eq!(decode("GET /x?a=1&b=%20 HTTP/1.1"), None);
        assert_eq!(decode("a=b&c=d"), None);
    }

    #[test]
    fn a_line_of_hex_digits_spelling_text() {
        // tshark -z follow,tcp,raw: a server's segment, indented.
        assert_eq!(
            decode(
                "\t3232302070796674706420726561647920d0a"
                    .replace("20d0a", "2e0d0a")
                    .as_str()
            ),
            Some((1, "220 pyftpd ready.\r\n".into()))
        );
        // A hash or an id is no text.
        assert_eq!(decode("9f86d081884c7d659a2feaa0c55ad015"), None);
        assert_eq!(decode("12345678"), None);
    }

    #[test]
    fn a_quoted_value_of_hex_digits_spelling_a_segment() {
        // tshark -T jsonraw (tests/fixtures/scan/tshark-jsonraw.log): a frame's bytes, its
        // Ethernet, IPv4 and TCP headers before the segment's, an array's element.
        let frame = concat!(
            "          \"000000000000000000000000080045000055c32b4000400679757f0000017f00000109",
            "64952868206120e2b30d4680180040fe4900000101080a1d1b349e81abf88933333120557365726e",
            "616d65206f6b2c2073656e642070617373776f72642e0d0a\","
        );
        assert_eq!(
            decode(frame),
            Some((11, "331 Username ok, send password.\r\n".into()))
        );
        // The segment alone, as a field's value.
        assert_eq!(
            decode(r#"  "ftp_raw": "3232302072656164792e0d0a","#),
            Some((14, "220 ready.\r\n".into()))
        );
        // A field's bytes without a line end (RETR's argument `550 report.txt`), and the
        // TCP header alone, are no segment.
        assert_eq!(decode(r#"  "353530207265706f72742e747874","#), None);
        assert_eq!(
            decode(r#"  "0964952868206120e2b30d4680180040fe4900000101080a1d1b349e81abf889","#),
            None
        );
        // Nor is a bare line of binary hex, a whole frame's too (only a quoted value is read
        // past its headers; at the line's start, that once read before the line), or a
        // quoted hex value among other fields.
        assert_eq!(decode("4500004227834000400615317f0000017f0000010d0a"), None);
        assert_eq!(decode(frame.trim_start().trim_matches([',', '"'])), None);
        assert_eq!(decode(r#"{"a": "3232302072656164792e0d0a", "b": 1}"#), None);
    }

    #[test]
    fn lists_of_lines() {
        // Twisted's FTPClient gives a command's replies as a list of their lines.
        let line = "LIST: ok [(True, ['125 Opening.', '226 Transfer complete.'])]";
        assert_eq!(
            decode(line),
            Some((19, "125 Opening.\n226 Transfer complete.\n".into()))
        );
        assert_eq!(
            decode(r#"got ["211-Features:", " MDTM", "211 End"]"#),
            Some((6, "211-Features:\n MDTM\n211 End\n".into()))
        );
        assert_eq!(
            decode(r"lines [b'220 Hi\r\n', b'331 Pass\r\n']"),
            Some((9, "220 Hi\r\n331 Pass\r\n".into()))
        );
        // One element is read as it stands; a list that starts with no reply is no dialogue.
        assert_eq!(decode("CWD: ok ['250 Done.']"), None);
        assert_eq!(decode("files ['550.txt', '226 files.txt']"), None);
        assert_eq!(decode("bad ['220 Hi', 7]"), None);
        assert_eq!(decode("open ['220 Hi', '331"), None);
        // File names that start like replies: one element is no reply's line, and a
        // multi-line reply the list opens is never closed.
        assert_eq!(
            decode("NLST ['226 files.txt', '421-notes.txt', '502.txt']"),
            None
        );
        assert_eq!(
            decode("NLST ['226 files.txt', '550 report.txt', 'hello.txt']"),
            None
        );
        assert_eq!(decode("['211-Features:', ' MDTM']"), None);
    }

    #[test]
    fn byte_lists() {
        // suppaftp's trace (Rust's Debug of a Vec<u8>).
        assert_eq!(
            decode("CC IN: [51, 51, 49, 32, 80, 97, 115, 115, 46, 13, 10]"),
            Some((8, "331 Pass.\r\n".into()))
        );
        // Go's %v.
        assert_eq!(
            decode("read [50 50 48 32 111 107 13 10]"),
            Some((6, "220 ok\r\n".into()))
        );
        // Counters, addresses, dates and control bytes are no text.
        assert_eq!(decode("ports [50, 51, 52, 53]"), None);
        // A reply without a letter (SIZE's answer).
        assert_eq!(
            decode("CC IN: [50, 49, 51, 32, 51, 51, 13, 10]"),
            Some((8, "213 33\r\n".into()))
        );
        assert_eq!(decode("addr [127, 0, 0, 1]"), None);
        assert_eq!(decode("[2024-10-21T08:30:13Z DEBUG x]"), None);
        assert_eq!(decode("[1, 2, 3, 65, 66]"), None);
        assert_eq!(decode("[65, 66, 67, 256]"), None);
        assert_eq!(decode("[65, 66, 67"), None);
    }
}
