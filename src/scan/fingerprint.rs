//! Replies inside an Nmap service fingerprint, the block `nmap -sV` prints for a service it
//! does not recognise and people paste to ask what a port runs:
//!
//! ```text
//! SF-Port2121-TCP:V=7.93%I=7%D=12/5%Time=6B13%P=x86_64-pc-linux-gnu%r(N
//! SF:ULL,1A,"220\x20ready\r\n")%r(GenericLines,5A,"220\x20ready\r\n500\x2
//! SF:0Command\x20not\x20understood\.\r\n")...
//! ```
//!
//! Each `%r(probe,length,"...")` holds what the server sent on one connection, escaped as
//! a C string; the block is cut into rows of 80 columns wherever they fall, an escape
//! too. So the rows are joined, each response decoded, and its lines read as lines of the
//! log spanning the rows that hold them.

use super::lex;
use super::needle;

/// At most this many bytes of a fingerprint are kept (Nmap's are a few kilobytes).
const MAX_BYTES: usize = 64 * 1024;

/// The rows of the fingerprint being read.
#[derive(Debug, Default)]
pub struct Fingerprint {
    /// The rows' text joined, without their `SF:` prefixes.
    raw: Vec<u8>,
    /// Per row: its line number and where its text starts in `raw`.
    rows: Vec<(u64, usize)>,
}

/// A line of a response: its bytes in the buffer `lines` filled, the first and last line
/// numbers of the rows it came from, and whether it starts its response.
pub type ResponseLine = (std::ops::Range<usize>, u64, u64, bool);

/// What a line is to a fingerprint.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Row<'a> {
    /// `SF-Port21-TCP:...`: a fingerprint's first row, its text after the port's name.
    First(&'a [u8]),
    /// `SF:...`: a further row.
    More(&'a [u8]),
}

/// Reads a line as a fingerprint's row.
pub fn row(line: &[u8]) -> Option<Row<'_>> {
    let t = lex::trim_start(line);
    if let Some(rest) = t.strip_prefix(b"SF:") {
        return Some(Row::More(lex::trim_end(rest)));
    }
    let rest = t.strip_prefix(b"SF-Port")?;
    let colon = memchr::memchr(b':', rest)?;
    Some(Row::First(lex::trim_end(&rest[colon + 1..])))
}

impl Fingerprint {
    pub fn is_empty(&self) -> bool {
        self.rows.is_empty()
    }

    pub fn clear(&mut self) {
        self.raw.clear();
        self.rows.clear();
    }

    /// Adds row `text` of line `n`.
    pub fn push(&mut self, n: u64, text: &[u8]) {
        if self.raw.len() + text.len() > MAX_BYTES {
            return;
        }
        self.rows.push((n, self.raw.len()));
        self.raw.extend_from_slice(text);
    }

    /// The lines the responses hold, each with the first and last line numbers of the rows
    /// it came from, and whether it is the first of its response (a connection's first
    /// word: its greeting); `out` holds their bytes.
    pub fn lines(&self, out: &mut Vec<u8>) -> Vec<ResponseLine> {
        out.clear();
        let row_of = |i: usize| {
            let k = self.rows.partition_point(|(_, s)| *s <= i);
            self.rows[k.saturating_sub(1)].0
        };
        let raw = &self.raw;
        let mut lines = Vec::new();
        let mut from = 0;
        while let Some(at) = needle::find!(&raw[from..], b"%r(").map(|i| from + i) {
            // `%r(probe,length,"`: the string starts after the second comma.
            let Some(open) = raw[at..]
                .iter()
                .take(64)
                .position(|b| *b == b'"')
                .map(|i| at + i)
            else {
                from = at + 3;
                continue;
            };
            // Each byte decoded, with where it came from.
            let opened = lines.len();
            let mut line_start = out.len();
            let mut first_src = open + 1;
            let mut j = open + 1;
            while j < raw.len() && raw[j] != b'"' {
                // (Nmap's escapes are C's: `\x20`, `\r`, `\n`, `\0`, and `\.` for a byte
                // standing for itself.)
                let (byte, len) = if raw[j] == b'\\' {
                    let (b, l) = super::strings::escape(&raw[j + 1..]);
                    (b, 1 + l)
                } else {
                    (raw[j], 1)
                };
                if out.len() == line_start {
                    first_src = j;
                }
                if byte == b'\n' {
                    let text = trim_cr(line_start, out);
                    if !text.is_empty() {
                        let first = lines.len() == opened;
                        lines.push((text, row_of(first_src), row_of(j + len - 1), first));
                    }
                    line_start = out.len();
                } else {
                    out.push(byte);
                }
                j += len;
            }
            // A response that ends without its line end (cut, or a server that sent none).
            let text = trim_cr(line_start, out);
            if !text.is_empty() {
                let first = lines.len() == opened;
                lines.push((text, row_of(first_src), row_of(j.saturating_sub(1)), first));
            }
            from = j.max(at + 3);
        }
        lines
    }
}

/// The line of `out` from `start`, without the CR that ended it.
fn trim_cr(start: usize, out: &mut Vec<u8>) -> std::ops::Range<usize> {
    if out.last() == Some(&b'\r') && out.len() > start {
        out.pop();
    }
    start..out.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(lines: &[&str]) -> Vec<(String, u64, u64)> {
        let mut f = Fingerprint::default();
        for (i, line) in lines.iter().enumerate() {
            match row(line.as_bytes()) {
                Some(Row::First(t) | Row::More(t)) => f.push(i as u64 + 1, t),
                None => panic!("{line}"),
            }
        }
        let mut out = Vec::new();
        f.lines(&mut out)
            .into_iter()
            .map(|(r, a, b, _)| (String::from_utf8_lossy(&out[r]).into_owned(), a, b))
            .collect()
    }

    #[test]
    fn responses_are_decoded_across_rows() {
        let got = read(&[
            "SF-Port2121-TCP:V=7.93%I=7%D=12/5%Time=6B13%P=x86_64-pc-linux-gnu%r(N",
            "SF:ULL,10,\"220\\x20Hello\\r\\n\")%r(GenericLines,30,\"220\\x20Hello\\r\\n50",
            "SF:0\\x20Bad\\x20command\\.\\r\\n\")%r(Help,9,\"214\\x20Help",
        ]);
        assert_eq!(
            got,
            [
                ("220 Hello".to_string(), 2, 2),
                ("220 Hello".to_string(), 2, 2),
                ("500 Bad command.".to_string(), 2, 3),
                ("214 Help".to_string(), 3, 3),
            ]
        );
    }

    #[test]
    fn other_lines_are_no_rows() {
        assert_eq!(row(b"PORT     STATE SERVICE"), None);
        assert_eq!(row(b"2121/tcp open  unknown"), None);
        assert_eq!(row(b"  SF:ULL,1A"), Some(Row::More(b"ULL,1A")));
    }
}
