//! Replies inside dumps: hex dumps with an ASCII column (curl `--trace`, `xxd`,
//! `hexdump -C`, `tcpdump -X`, `tshark -x`, `socat -x`, `od -t x1z`), `od -c`'s characters,
//! plain hex (`xxd -p`), C's hex literals (`xxd -i`), base64 (`base64`, tshark's `follow` in
//! YAML), and the wrapped text of curl's `--trace-ascii`. A dump cuts the bytes into rows
//! of 16 (or up to 64) wherever they fall, so a reply is read from the bytes of a whole
//! block of rows, and reported over the rows that hold it. In a packet's dump the IP and
//! TCP headers come first; they are skipped.

use super::lex;

/// One row of a dump, read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Row {
    /// The offset the row gives (None for `socat -x`, which gives none).
    pub offset: Option<u64>,
    /// How many bytes it holds.
    pub len: usize,
    /// Text rather than hex (curl `--trace-ascii`).
    pub text: bool,
}

/// At most this many bytes of a block are kept (a packet is smaller; a longer block is
/// data, not replies).
const MAX_BLOCK: usize = 64 * 1024;
/// How many bytes a hex row holds by default: 16 in every dump format that writes one, and
/// a text column after them that may start with what looks like hex (`50 MB`).
const ROW_BYTES: usize = 16;
/// The widest row read: a dump told to write more a row (`xxd -c 32`, `od -w32`,
/// `hexdump -e '20/1 ...'`). Past 16 bytes a row's groups must end at a gap of two blanks
/// or at the line's end, where its text column starts.
const WIDEST_ROW: usize = 64;

fn hex(b: u8) -> Option<u8> {
    match b {
        b'0'..=b'9' => Some(b - b'0'),
        b'a'..=b'f' => Some(b - b'a' + 10),
        b'A'..=b'F' => Some(b - b'A' + 10),
        _ => None,
    }
}

/// Reads a line as a dump row, appending its bytes to `out`.
pub fn row(line: &[u8], out: &mut Vec<u8>) -> Option<Row> {
    // Blanks, and a table's border before them (strace's ` | 00000  32 32 30 ...  |`).
    let start = line
        .iter()
        .take_while(|b| matches!(b, b' ' | b'\t'))
        .count();
    let start = match line.get(start) {
        Some(b'|') => start + 1 + line[start + 1..].iter().take_while(|b| **b == b' ').count(),
        _ => start,
    };
    let indented = start > 0;
    let mut p = &line[start..];
    if let Some(r) = od_row(p, out) {
        return Some(r);
    }
    if let Some(r) = c_array_row(p, out) {
        return Some(r);
    }
    if let Some(r) = plain_row(p, out, ROW_BYTES) {
        return Some(r);
    }
    if let Some(r) = base64_row(p, out, BASE64_ROW) {
        return Some(r);
    }
    if let Some(r) = stream_row(p, out) {
        return Some(r);
    }
    // The offset: `0000:`, `0x0010:`, `00000020`, followed by a colon or two spaces, or
    // OpenSSL's ` - ` (`s_client -debug`: `0000 - 32 32 30 20 ...-20 ...`).
    let mut offset = None;
    let body = p.strip_prefix(b"0x").unwrap_or(p);
    let digits = body.iter().take_while(|b| hex(**b).is_some()).count();
    if (4..=8).contains(&digits) {
        let rest = &body[digits..];
        let after = rest
            .strip_prefix(b": ")
            .or_else(|| rest.strip_prefix(b":  "))
            .or_else(|| rest.strip_prefix(b"  "))
            .or_else(|| rest.strip_prefix(b" - "));
        if let Some(after) = after {
            offset = Some(
                body[..digits]
                    .iter()
                    .fold(0u64, |v, d| v * 16 + u64::from(hex(*d).unwrap_or(0))),
            );
            p = after;
        }
    }
    // Hex groups: `32 32 30` or `3232 3020`, one or two spaces apart.
    let before = out.len();
    let mut q = p;
    // The text right after the last group with one blank between (none of a text column).
    let mut glued = false;
    // Where the row stood after its first 16 bytes, to go back to when the groups after
    // them are a text column's words (`50 MB` one blank after curl --trace's 16th byte).
    let mut at_16: Option<&[u8]> = None;
    // Whether the groups ended at a gap of two blanks (or three) or at the line's end.
    let gap_end;
    loop {
        if out.len() - before == ROW_BYTES && at_16.is_none() {
            at_16 = Some(q);
        }
        // One space between groups, two in the middle of a row (`hexdump -C`).
        if q.starts_with(b"   ") && out.len() > before {
            gap_end = true;
            break; // the gap before the text column
        }
        let unstripped = q.len();
        // (OpenSSL puts a dash between the 8th and the 9th byte: `74-20`.)
        q = q
            .strip_prefix(b"  ")
            .or_else(|| q.strip_prefix(b" "))
            .or_else(|| q.strip_prefix(b"-").filter(|_| out.len() - before == 8))
            .unwrap_or(q);
        let n = q.iter().take_while(|b| hex(**b).is_some()).count();
        let ends = matches!(q.get(n), None | Some(b' ' | b'\t'))
            || (q.get(n) == Some(&b'-') && out.len() - before + n / 2 == 8);
        // Past 16 bytes, groups one blank apart only (two blanks start the text column).
        let wide = out.len() - before >= ROW_BYTES;
        if !(n == 2 || n == 4)
            || !ends
            || out.len() - before >= WIDEST_ROW
            || wide && unstripped - q.len() != 1
        {
            glued = unstripped - q.len() == 1 && !q.is_empty();
            gap_end = unstripped - q.len() == 2 || q.is_empty();
            break;
        }
        for pair in q[..n].chunks(2) {
            out.push(hex(pair[0]).unwrap_or(0) << 4 | hex(pair[1]).unwrap_or(0));
        }
        q = &q[n..];
    }
    // (A text column one blank after the groups that is exactly their bytes proves them
    // all, however many: tcpflow -D writes a packet's bytes on one row, its text after.)
    let column_matches = glued && text_column_matches(q, &out[before..]);
    if column_matches {
        glued = false;
    }
    if let Some(q16) = at_16
        && out.len() - before > ROW_BYTES
        && !gap_end
        && !column_matches
    {
        out.truncate(before + ROW_BYTES);
        q = q16;
        glued = false;
    }
    let bytes = out.len() - before;
    // `0000 - 17 03 530 Authentication failed.`: a short row the program's other output
    // ran into (stdout and stderr in one file), no row of a dump: its text is read as a
    // line. A full row may have its text column one blank away.
    if glued && bytes < ROW_BYTES && q.first() != Some(&b'|') {
        out.truncate(before);
        return None;
    }
    // (Or a row that proves itself, its text column the bytes its groups give: impacket's
    // `3533 3020 4175 7468 ...    530 Authenticati`, with no offset and no indent.)
    let proven = || bytes >= 4 && gap_end && text_column_matches(q, &out[before..]);
    if bytes >= 2 && (offset.is_some() || (indented && bytes >= 4) || proven()) {
        return Some(Row {
            offset,
            len: bytes,
            text: false,
        });
    }
    out.truncate(before);
    // curl --trace-ascii: `0000: text`, a four-digit offset and the text itself.
    if let Some(o) = offset
        && digits == 4
        && body.get(4) == Some(&b':')
        && !p.is_empty()
    {
        out.extend_from_slice(p);
        return Some(Row {
            offset: Some(o),
            len: p.len(),
            text: true,
        });
    }
    None
}

/// An offset read as hex whose digits were all decimal ones, read as decimal (`0016` is
/// 0x16 read as hex, 16 as a decimal offset).
fn as_decimal(hex: u64) -> Option<u64> {
    let mut value = 0;
    let mut scale = 1;
    let mut rest = hex;
    while rest > 0 {
        let digit = rest & 0xf;
        if digit > 9 {
            return None;
        }
        value += digit * scale;
        scale *= 10;
        rest >>= 4;
    }
    Some(value)
}

/// Whether the text after a row's groups (`rest`, blanks first) is its bytes as a dump's
/// text column shows them: each printable one as itself, every other one as a dot.
fn text_column_matches(rest: &[u8], bytes: &[u8]) -> bool {
    let column = rest.trim_ascii_start();
    let column = column.strip_suffix(b"\r").unwrap_or(column);
    column.len() == bytes.len()
        && column.iter().zip(bytes).all(|(&c, &b)| {
            if (0x20..0x7f).contains(&b) {
                c == b
            } else {
                c == b'.'
            }
        })
}

/// A line of more hex pairs than any dump writes a row, one blank apart and nothing else,
/// but a bracket closing them: a whole block on one line (`hexdump -ve '1/1 "%.2x "'`,
/// Python's `bytes.hex(' ')`, a packet tool's frame whose rows were joined, netsniff-ng's
/// ` [ Hex  00 00 ... 0d 0a ]`). Its length proves it: no offset is needed.
fn stream_row(p: &[u8], out: &mut Vec<u8>) -> Option<Row> {
    let body = p.trim_ascii_end();
    let body = body.strip_suffix(b"]").unwrap_or(body).trim_ascii_end();
    let pairs = body.len().div_ceil(3);
    if pairs <= WIDEST_ROW || pairs > MAX_BLOCK || body.len() % 3 != 2 {
        return None;
    }
    let well_formed = body.chunks(3).all(|c| {
        HEX[usize::from(c[0])] && HEX[usize::from(c[1])] && c.get(2).is_none_or(|b| *b == b' ')
    });
    if !well_formed {
        return None;
    }
    out.extend(
        body.chunks(3)
            .map(|c| hex(c[0]).unwrap_or(0) << 4 | hex(c[1]).unwrap_or(0)),
    );
    Some(Row {
        offset: None,
        len: pairs,
        text: false,
    })
}

/// A row of plain hex, its pairs side by side with nothing between or after them (`xxd
/// -p`, 30 bytes a row), of at least `min` bytes: fewer is a word or a number, but the
/// last row of a block being gathered may be short.
fn plain_row(p: &[u8], out: &mut Vec<u8>, min: usize) -> Option<Row> {
    let p = lex::trim_end(p);
    if p.len() < 2 * min.max(1) || p.len() > 2 * WIDEST_ROW || !p.len().is_multiple_of(2) {
        return None;
    }
    let before = out.len();
    for pair in p.chunks(2) {
        let (Some(h), Some(l)) = (hex(pair[0]), hex(pair[1])) else {
            out.truncate(before);
            return None;
        };
        out.push(h << 4 | l);
    }
    Some(Row {
        offset: None,
        len: p.len() / 2,
        text: false,
    })
}

/// The fewest characters of base64 that start a block: 6 bytes, and below 12 only a
/// line that ends (`MjEzIDQyMQ0K`, `213 421` and CRLF): fewer is a word.
const BASE64_ROW: usize = 8;

/// A row of base64 (`base64`'s lines of 76, tshark's `follow` in YAML, a JSON capture's
/// payload), of at least `min` characters, a multiple of 4, that spells text: printable
/// ASCII and line ends (a word or a hash in base64's letters spells none).
fn base64_row(p: &[u8], out: &mut Vec<u8>, min: usize) -> Option<Row> {
    let p = lex::trim_end(lex::trim_start(p));
    if p.len() < min || !p.len().is_multiple_of(4) {
        return None;
    }
    let value = |b: u8| match b {
        b'A'..=b'Z' => Some(b - b'A'),
        b'a'..=b'z' => Some(b - b'a' + 26),
        b'0'..=b'9' => Some(b - b'0' + 52),
        b'+' => Some(62),
        b'/' => Some(63),
        _ => None,
    };
    let pad = p.iter().rev().take_while(|b| **b == b'=').count();
    if pad > 2 {
        return None;
    }
    let before = out.len();
    let mut bits = 0u32;
    let mut n = 0;
    for &b in &p[..p.len() - pad] {
        let Some(v) = value(b) else {
            out.truncate(before);
            return None;
        };
        bits = bits << 6 | u32::from(v);
        n += 6;
        if n >= 8 {
            n -= 8;
            let byte = (bits >> n) as u8;
            if !(byte.is_ascii_graphic() || matches!(byte, b' ' | b'\r' | b'\n' | b'\t')) {
                out.truncate(before);
                return None;
            }
            out.push(byte);
        }
    }
    if p.len() < 16 && min >= BASE64_ROW && out.last() != Some(&b'\n') {
        out.truncate(before);
        return None;
    }
    Some(Row {
        offset: None,
        len: out.len() - before,
        text: false,
    })
}

/// A row of bytes written as C's hex literals, `0x32, 0x32, 0x30, 0x20,` (`xxd -i`, and
/// the arrays programs print of what they sent and received): at least two, a comma
/// between each and the next, and nothing after the last but its comma.
fn c_array_row(p: &[u8], out: &mut Vec<u8>) -> Option<Row> {
    let before = out.len();
    let mut q = p;
    while let [b'0', b'x' | b'X', h, l, tail @ ..] = q {
        let (Some(h), Some(l)) = (hex(*h), hex(*l)) else {
            break;
        };
        if out.len() - before >= WIDEST_ROW {
            break;
        }
        out.push(h << 4 | l);
        q = match tail {
            [b',', b' ', rest @ ..] | [b',', rest @ ..] => rest,
            rest => rest,
        };
        if !q.starts_with(b"0x") && !q.starts_with(b"0X") {
            break;
        }
    }
    let len = out.len() - before;
    if len < 2 || !lex::trim_end(q).is_empty() {
        out.truncate(before);
        return None;
    }
    Some(Row {
        offset: None,
        len,
        text: false,
    })
}

/// A row of `od -c` or `od -t x1z` (`0000020   .   1  \r  \n   <       2   2   0`, `0000000
/// 32 32 30 20 6f 6b 0d 0a  >220 ok..<`): a seven-digit octal offset (six hex digits with `-A
/// x`), then its bytes, as
/// characters in cells of four columns (a letter, an escape `\n`, or three octal digits),
/// or as hex pairs one blank apart.
fn od_row(p: &[u8], out: &mut Vec<u8>) -> Option<Row> {
    if !p.first().is_some_and(u8::is_ascii_hexdigit) || p.get(6..8).is_none() {
        return None;
    }
    // Octal in seven digits, or hex in six (`od -A x`).
    let (digits, base) = match p.iter().take(8).position(|b| *b == b' ') {
        Some(7) if p[..7].iter().all(|b| (b'0'..=b'7').contains(b)) => (7, 8),
        Some(6) if p[..6].iter().all(|b| hex(*b).is_some()) => (6, 16),
        _ => return None,
    };
    if p.len() < digits + 8 {
        return None;
    }
    let offset = p[..digits]
        .iter()
        .fold(0u64, |v, d| v * base + u64::from(hex(*d).unwrap_or(0)));
    let rest = &p[digits..];
    let before = out.len();
    let cells = rest.chunks(4).take(WIDEST_ROW + 1);
    let mut ok = rest.len().is_multiple_of(4) && rest.len() / 4 <= WIDEST_ROW;
    for cell in cells {
        if !ok {
            break;
        }
        let t = &cell[cell.iter().take_while(|b| **b == b' ').count()..];
        match *t {
            [] => out.push(b' '),
            [c] if c.is_ascii_graphic() => out.push(c),
            [b'\\', e] => match e {
                b'0' => out.push(0),
                b'a' => out.push(7),
                b'b' => out.push(8),
                b't' => out.push(b'\t'),
                b'n' => out.push(b'\n'),
                b'v' => out.push(11),
                b'f' => out.push(12),
                b'r' => out.push(b'\r'),
                _ => ok = false,
            },
            // (A character's further bytes, newer coreutils.)
            [b'*', b'*'] => {}
            [a, b, c] if [a, b, c].iter().all(|d| (b'0'..=b'7').contains(d)) && a <= b'3' => {
                out.push((a - b'0') << 6 | (b - b'0') << 3 | (c - b'0'));
            }
            _ => ok = false,
        }
    }
    if !ok {
        out.truncate(before);
        ok = true;
        // `od -t x1z`: hex pairs, then the text between `>` and `<`.
        let mut q = rest;
        while let [b' ', h, l, tail @ ..] = q {
            let (Some(h), Some(l)) = (hex(*h), hex(*l)) else {
                break;
            };
            if out.len() - before >= WIDEST_ROW || tail.first().is_some_and(|b| *b != b' ') {
                ok = false;
                break;
            }
            out.push(h << 4 | l);
            q = tail;
        }
        let q = &q[q.iter().take_while(|b| **b == b' ').count()..];
        ok &= q.is_empty() || q.first() == Some(&b'>') && q.last() == Some(&b'<');
    }
    let len = out.len() - before;
    if !ok || len < 2 {
        out.truncate(before);
        return None;
    }
    Some(Row {
        offset: Some(offset),
        len,
        text: false,
    })
}

/// How far into a line a dump row may start after a prefix that wraps every line of the
/// input.
const WRAP: usize = 64;

/// [`row`] of a line that may carry a prefix before its row: one that wraps every line
/// of the input (a container's `ftp-1  | `, a collector's time and host, a Markdown
/// quote), tried where a field starts. Returns the row and where it starts. After a prefix, a row needs its
/// offset, or all 16 bytes of a row (`socat -x`'s rows give no offset), or to continue
/// the block being gathered, or the prefix of such a row before it (digits aside): a few
/// hex digits among a line's words are no dump.
pub fn row_wrapped(line: &[u8], block: &mut Block) -> Option<(Row, usize)> {
    let open = !block.is_empty();
    let out = &mut block.bytes;
    if let Some(r) = row(line, out) {
        return Some((r, 0));
    }
    if open && let Some(r) = plain_row(line, out, 1).or_else(|| base64_row(line, out, 4)) {
        return Some((r, 0));
    }
    // (Three groups of a row fit in 16 bytes after the longest prefix.)
    if line.len() < 12 || !hex_groups(&line[..line.len().min(WRAP + 16)]) {
        return None;
    }
    let head = &line[..line.len().min(WRAP)];
    (1..head.len())
        // Where a field starts, or where the blanks before one start (a row's own
        // indent: `socat -x`'s ` 32 32 30 ...`).
        .filter(|&p| {
            let gap = |b: u8| matches!(b, b' ' | b'\t' | b'|');
            gap(head[p - 1]) != gap(head[p])
        })
        .find_map(|p| {
            let before = out.len();
            let r = row(&line[p..], out)?;
            let wrap = (p, prefix_shape(&line[..p]));
            if r.offset.is_some()
                || r.len == ROW_BYTES
                || r.len > WIDEST_ROW
                || open
                || block.wrap == Some(wrap)
                || first_index(&line[..p])
            {
                block.wrap = Some(wrap);
                // (The row starts after the blanks and border where it was tried.)
                let start = p + line[p..]
                    .iter()
                    .take_while(|b| matches!(b, b' ' | b'\t' | b'|'))
                    .count();
                Some((r, start))
            } else {
                out.truncate(before);
                None
            }
        })
}

/// Whether a row's prefix is the index of a vector's first element, as R prints a raw
/// vector (` [1] 32 32 30 20 ...`, then `[26] ...`: as many bytes a row as the width
/// allows, 25 at 80 columns).
fn first_index(prefix: &[u8]) -> bool {
    lex::trim_end(lex::trim_start(prefix)) == b"[1]"
}

/// Whether a line holds three groups of two or four hex digits between blanks (`32 32 30`,
/// `3232 3020`), as every row of a hex dump does: a quick look before a line is read
/// as a row at each place a prefix could end.
fn hex_groups(s: &[u8]) -> bool {
    // (Asked of most lines: one pass, each byte looked at once.)
    let mut groups = 0;
    // Hex digits since a blank (None: the current word did not start after a blank).
    let mut run: Option<u8> = None;
    for &b in s {
        if b == b' ' {
            if matches!(run, Some(2 | 4)) {
                groups += 1;
                if groups == 3 {
                    return true;
                }
            }
            run = Some(0);
        } else if let Some(n) = run {
            run = HEX[usize::from(b)].then_some(n + 1).filter(|n| *n <= 4);
        }
    }
    groups == 2 && matches!(run, Some(2 | 4))
}

static HEX: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = 0;
    while b < 256 {
        t[b] = (b as u8).is_ascii_hexdigit();
        b += 1;
    }
    t
};

/// Whether a line may be a row of a dump, at its start or after a prefix (`scratch`
/// takes the row's bytes): the reader thread's look, so that the scanner's reads only
/// these lines as rows.
pub fn may_be_row(line: &[u8], scratch: &mut Vec<u8>) -> bool {
    scratch.clear();
    row(line, scratch).is_some()
        || line.len() >= 12 && hex_groups(&line[..line.len().min(WRAP + 16)])
}

/// A hash of a prefix with its digits folded (a time that changes from line to line).
fn prefix_shape(prefix: &[u8]) -> u64 {
    prefix.iter().fold(0xcbf2_9ce4_8422_2325, |h, &b| {
        let b = if b.is_ascii_digit() { b'0' } else { b };
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// A block of rows being gathered.
#[derive(Debug, Default)]
pub struct Block {
    pub bytes: Vec<u8>,
    /// Per row: its line number and where its bytes start.
    pub rows: Vec<(u64, usize)>,
    /// The offset the next row must have to continue the block.
    next: Option<u64>,
    /// The same, where the offsets are decimal (dpkt's `hexdump`: `0000:`, `0016:`).
    next_decimal: Option<u64>,
    text: bool,
    /// Where the last row after a prefix started, and the prefix's shape (kept from block
    /// to block: the prefix wraps every line).
    wrap: Option<(usize, u64)>,
    /// The prefix before the block's first row (a collector's, naming a process): the
    /// block's lines are read after it, as lines of the log.
    pub prefix: Vec<u8>,
}

impl Block {
    pub fn is_empty(&self) -> bool {
        self.rows.is_empty()
    }

    pub fn clear(&mut self) {
        self.bytes.clear();
        self.rows.clear();
        self.next = None;
        self.next_decimal = None;
        self.prefix.clear();
    }

    /// Whether a row continues this block.
    pub fn continues(&self, r: &Row) -> bool {
        !self.rows.is_empty()
            && r.text == self.text
            && match (r.offset, self.next) {
                (Some(o), Some(next)) => {
                    o == next || self.next_decimal.is_some_and(|n| as_decimal(o) == Some(n))
                }
                (None, None) => true,
                _ => false,
            }
    }

    /// Whether a row may start a block: one at offset 0, or a hex row of a few bytes at
    /// any offset (`tshark -z follow,tcp,hex` counts each side's bytes over the whole
    /// stream, so each packet's rows start where the side's last packet ended).
    pub fn starts(r: &Row) -> bool {
        r.offset.is_none_or(|o| o == 0) || !r.text && r.len >= 4
    }

    /// Adds a row whose bytes were appended to `bytes` (its first byte at `start`).
    pub fn push(&mut self, line: u64, start: usize, r: &Row) {
        if self.rows.is_empty() {
            self.text = r.text;
        }
        self.rows.push((line, start));
        self.next = r.offset.map(|o| o + r.len as u64);
        self.next_decimal = r.offset.and_then(as_decimal).map(|o| o + r.len as u64);
        if self.bytes.len() > MAX_BLOCK {
            // Data, not a reply: forget it rather than grow.
            self.bytes.truncate(start);
            self.rows.pop();
        }
    }

    /// The lines the block's bytes hold, each with the first and last line numbers of the
    /// rows it came from. A packet's IP and TCP headers are skipped.
    pub fn lines(&self) -> Vec<(&[u8], u64, u64)> {
        let from = if self.text {
            0
        } else {
            payload_start(&self.bytes)
        };
        let mut out = Vec::new();
        let mut start = from;
        let bytes = &self.bytes;
        let row_of = |i: usize| {
            let k = self.rows.partition_point(|(_, s)| *s <= i);
            self.rows[k.saturating_sub(1)].0
        };
        while start < bytes.len() {
            let end = memchr::memchr(b'\n', &bytes[start..]).map_or(bytes.len(), |i| start + i);
            let line = &bytes[start..end];
            let line = line.strip_suffix(b"\r").unwrap_or(line);
            if !line.is_empty() {
                let last_byte = (start + line.len()).saturating_sub(1).max(start);
                // A line's CR LF may fall on the next row: the reply ends where its text does.
                out.push((line, row_of(start), row_of(last_byte)));
            }
            start = end + 1;
        }
        out
    }
}

/// Where a packet's payload starts: after an Ethernet or Linux cooked header, if any, and
/// the IPv4 or IPv6 header and the TCP header. 0 when the bytes are no packet.
pub fn payload_start(b: &[u8]) -> usize {
    for link in [0usize, 14, 16] {
        let ip = link;
        if link > 0 {
            // The link header names IPv4 (08 00) or IPv6 (86 dd) just before the IP header.
            let ether = b.get(link - 2..link);
            if !matches!(ether, Some([0x08, 0x00] | [0x86, 0xdd])) {
                continue;
            }
        }
        let Some(&v) = b.get(ip) else {
            continue;
        };
        let (ip_len, proto) = match v >> 4 {
            4 => (usize::from(v & 0x0f) * 4, b.get(ip + 9).copied()),
            6 => (40, b.get(ip + 6).copied()),
            _ => continue,
        };
        if ip_len < 20 || proto != Some(6) {
            continue;
        }
        let tcp = ip + ip_len;
        let Some(&off) = b.get(tcp + 12) else {
            continue;
        };
        let tcp_len = usize::from(off >> 4) * 4;
        if tcp_len >= 20 && tcp + tcp_len <= b.len() {
            return tcp + tcp_len;
        }
    }
    0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_block_written_on_one_line_is_read_whole() {
        let session = b"USER ftpuser\r\n331 Please specify the password.\r\nPASS x\r\n530 Login incorrect.\r\n";
        let pairs: Vec<String> = session.iter().map(|b| format!("{b:02x}")).collect();
        // Python's `bytes.hex(' ')`, `hexdump -ve '1/1 "%.2x "'` (a blank after the last).
        for line in [pairs.join(" "), pairs.join(" ") + " "] {
            let mut out = Vec::new();
            let r = row(line.as_bytes(), &mut out).unwrap();
            assert_eq!(
                (r.offset, r.len, out.as_slice()),
                (None, session.len(), &session[..])
            );
        }
        // netsniff-ng's `-X` block, its rows joined, after its label.
        let mut block = Block::default();
        let line = format!(" [ Hex  {} ]", pairs.join(" "));
        let (r, at) = row_wrapped(line.as_bytes(), &mut block).unwrap();
        assert_eq!((r.len, at), (session.len(), 8));
        assert_eq!(block.bytes, session);
        // No more than a row's bytes, or a pair out of place: no such line.
        let mut out = Vec::new();
        assert_eq!(
            stream_row(pairs[..WIDEST_ROW].join(" ").as_bytes(), &mut out),
            None
        );
        let broken = pairs.join(" ").replacen(" 33 ", " 3 ", 1);
        assert_eq!(stream_row(broken.as_bytes(), &mut out), None);
        assert!(out.is_empty());
    }

    #[test]
    fn decimal_offsets_and_rows_that_prove_themselves() {
        assert_eq!(as_decimal(0x16), Some(16));
        assert_eq!(as_decimal(0x1a), None);
        assert_eq!(as_decimal(0), Some(0));
        // dpkt's hexdump counts its offsets in decimal.
        let mut block = Block::default();
        for (n, line) in [
            "  0000:  31 35 30 20 48 65 72 65 20 63 6f 6d 65 73 20 74  150 Here comes t",
            "  0016:  68 65 20 64 69 72 65 63 74 6f 72 79 20 6c 69 73  he directory lis",
            "  0032:  74 69 6e 67 2e 0d 0a                             ting...",
        ]
        .iter()
        .enumerate()
        {
            let start = block.bytes.len();
            let r = row(line.as_bytes(), &mut block.bytes).unwrap();
            assert!(n == 0 || block.continues(&r), "row {n}");
            block.push(n as u64 + 1, start, &r);
        }
        assert_eq!(block.bytes, b"150 Here comes the directory listing.\r\n");
        // impacket's rows: no offset, no indent, a text column that is their bytes.
        let mut out = Vec::new();
        let r = row(
            b"3533 3020 4175 7468 656e 7469 6361 7469    530 Authenticati",
            &mut out,
        );
        assert_eq!(r.map(|r| r.len), Some(16));
        assert_eq!(out, b"530 Authenticati");
        // A line of numbers whose text does not match is no row.
        assert_eq!(
            row(b"3533 3020 4175 7468    a table's row", &mut Vec::new()),
            None
        );
    }

    fn read(line: &str) -> Option<(Row, Vec<u8>)> {
        let mut out = Vec::new();
        row(line.as_bytes(), &mut out).map(|r| (r, out))
    }

    #[test]
    fn rows_of_od() {
        // GNU od 9.1: `od -c`, `od -t x1z`, `od -A x -c`, of `220 ok\r\n...`.
        let (r, b) =
            read("0000000   2   2   0       o   k  \\r  \\n   \\ 001 303 251   a   b   c   d")
                .unwrap();
        assert_eq!((r.offset, r.len), (Some(0), 16));
        assert_eq!(b, b"220 ok\r\n\\\x01\xc3\xa9abcd");
        let (r, b) = read("0000020   e  \\n").unwrap();
        assert_eq!((r.offset, b.as_slice()), (Some(16), &b"e\n"[..]));
        let (r, b) =
            read("0000020 61 64 79 0d 0a 33 33 31                          >ady..331<").unwrap();
        assert_eq!((r.offset, b.as_slice()), (Some(16), &b"ady\r\n331"[..]));
        let (r, _) = read("000010   y  \\r  \\n").unwrap();
        assert_eq!(r.offset, Some(16));
        // A number and words, the offset alone at the end, and cells out of step: no row.
        assert!(read("1234567 bytes sent in 0.1 s, 550 KB/s").is_none());
        assert!(read("0000122").is_none());
        assert!(read("0000000   2   2  0       o").is_none());
        assert!(read("0000000 xyz 220 ok").is_none());
    }

    #[test]
    fn rows_after_a_prefix_that_wraps_every_line() {
        let mut block = Block::default();
        let row = |line: &str, block: &mut Block| {
            block.bytes.clear();
            row_wrapped(line.as_bytes(), block).map(|(r, at)| (r.offset, r.len, at))
        };
        // A container's prefix before xxd's rows; a collector's time before socat's rows,
        // which give no offset: a full row is one, and so is a short one after the same
        // prefix (digits aside).
        assert_eq!(
            row(
                "ftp-1  | 00000010: 6865 2066 7470 636f 6465 2050 726f 4654  he ftpcode ProFT",
                &mut block
            ),
            Some((Some(0x10), 16, 9))
        );
        let full = "2026-03-01T10:15:01Z  32 32 30 20 70 79 66 74 70 64 6c 69 62 20 74 65  220 pyftpdlib te";
        assert_eq!(row(full, &mut block), Some((None, 16, 22)));
        let short =
            "2026-03-01T10:15:09Z  32 31 33 20 34 32 31 0d 0a                       213 421..";
        assert_eq!(row(short, &mut block), Some((None, 9, 22)));
        // A few hex-like words among a line's words, after a prefix, are no row.
        let mut fresh = Block::default();
        assert_eq!(
            row("Mar  1 10:15:00 host app: ab cd ef 01 done", &mut fresh),
            None
        );
    }

    #[test]
    fn rows_of_every_dump() {
        for (line, offset, bytes) in [
            (
                "0000: 32 32 30 2d 57 65 6c 63 6f 6d 65 20 74 6f 20 74 220-Welcome to t",
                Some(0),
                &b"220-Welcome to t"[..],
            ),
            (
                "\t0x0030:  2bb7 a266 3232 302d 5765 6c63 6f6d 6520  +..f220-Welcome.",
                Some(0x30),
                b"\x2b\xb7\xa2\x66220-Welcome ",
            ),
            (
                "0040  92 10 32 32 30 20 70 79 66 74 70 64 6c 69 62 20   ..220 pyftpdlib ",
                Some(0x40),
                b"\x92\x10220 pyftpdlib ",
            ),
            (
                "0000 - 32 32 30 20 74 65 73 74-20 73 65 72 76 65 72 20   220 test server ",
                Some(0),
                b"220 test server ",
            ),
            (
                "00000000: 3232 302d 5765 6c63 6f6d 6520 746f 2074  220-Welcome to t",
                Some(0),
                b"220-Welcome to t",
            ),
            (
                "00000000  32 32 30 2d 2d 2d 2d 2d  2d 2d 2d 2d 2d 20 57 65  |220---------- We|",
                Some(0),
                b"220---------- We",
            ),
            (
                " 32 32 30 20 70 79 66 74 70 64 6c 69 62 20 74 65  220 pyftpdlib te",
                None,
                b"220 pyftpdlib te",
            ),
            (
                // strace -e write=all: the row inside a table's borders.
                " | 00010  74 70 64 6c 69 62 20 72  65 61 64 79 2e 0d 0a     tpdlib ready...  |",
                Some(0x10),
                b"tpdlib ready.\r\n",
            ),
        ] {
            let (r, out) = read(line).unwrap_or_else(|| panic!("{line}"));
            assert_eq!(
                (r.offset, r.text, out.as_slice()),
                (offset, false, bytes),
                "{line}"
            );
        }
        let (r, out) = read("0040: (27 bytes).").expect("a text row");
        assert_eq!(
            (r.offset, r.text, out.as_slice()),
            (Some(0x40), true, &b"(27 bytes)."[..])
        );
        for line in [
            "220 ready",
            "12: 230 Login",
            "2026-11-24 05:53:44 x",
            "  12  230 ok",
            "PASS ***",
            "| 220 | ready |",
            // Output that ran into a short row of OpenSSL's dump (stdout and stderr in one).
            "0000 - 17 03 530 Authentication failed.",
        ] {
            assert!(read(line).is_none(), "{line}");
        }
    }

    #[test]
    fn a_reply_over_rows() {
        let mut block = Block::default();
        for (n, line) in [
            "0000: 32 32 30 2d 57 65 6c 63 6f 6d 65 0d 0a 32 32 30 220-Welcome..220",
            "0010: 20 48 69 0d 0a                                   Hi..",
        ]
        .iter()
        .enumerate()
        {
            let start = block.bytes.len();
            let r = row(line.as_bytes(), &mut block.bytes).expect("row");
            assert!(block.is_empty() || block.continues(&r));
            block.push(n as u64 + 1, start, &r);
        }
        let lines: Vec<(String, u64, u64)> = block
            .lines()
            .into_iter()
            .map(|(l, a, b)| (String::from_utf8_lossy(l).into_owned(), a, b))
            .collect();
        assert_eq!(
            lines,
            [("220-Welcome".into(), 1, 1), ("220 Hi".into(), 1, 2)]
        );
    }

    #[test]
    fn packet_headers_are_skipped() {
        // IPv4 (20 bytes) and TCP with options (32 bytes), then "220 x".
        let mut p = vec![0x45, 0, 0, 0, 0, 0, 0, 0, 64, 6];
        p.resize(20, 0);
        let mut tcp = vec![0u8; 32];
        tcp[12] = 0x80;
        p.extend(tcp);
        p.extend_from_slice(b"220 x\r\n");
        assert_eq!(payload_start(&p), 52);
        assert_eq!(payload_start(b"220 x"), 0);
    }
}
