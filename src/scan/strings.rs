//! Replies inside escaped strings: a system-call trace's `read(3, "211-Features:\r\n
//! MDTM\r\n211 End\r\n", 4096)`, a Python `repr`, a JSON value, `strace -xx`'s
//! `"\x32\x32\x30..."`. A string that holds several lines is decoded, and each of its lines
//! is read as a line of the log, standing where the string starts.

/// Finds the first quoted string of `line` that holds several lines (or is written all in
/// `\xHH` escapes), and decodes it into `out`. Returns where the string's text starts in
/// `line` (after its opening quote).
pub fn decode_lines(line: &[u8], out: &mut Vec<u8>) -> Option<usize> {
    // Cheap first: an escaped line end or a hex escape somewhere.
    memchr::memchr(b'\\', line)?;
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
        let body = trim_line_ends(out);
        let several = memchr::memchr(b'\n', body).is_some();
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
fn escape(s: &[u8]) -> (u8, usize) {
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
        decode_lines(line.as_bytes(), &mut out)
            .map(|s| (s, String::from_utf8_lossy(&out).into_owned()))
    }

    #[test]
    fn strings_of_several_lines() {
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
}
