//! Inputs written in UTF-16 with a byte order mark, as Windows PowerShell 5 writes what
//! `>` and `Out-File` save and Notepad its "Unicode", or without one where the first two
//! characters are text with a NUL beside each (iconv's `-t UTF-16BE`, `-t UTF-16LE`):
//! read as the text they encode, in UTF-8, so that their lines are lines and their replies
//! replies (every other byte of such a file is a NUL, which would make it binary). Any
//! other input passes through untouched.

use std::io::{self, Read};

/// How many bytes of UTF-16 are read at a time.
const BLOCK: usize = 64 * 1024;

/// A reader that decodes UTF-16 after a byte order mark and passes anything else through.
pub struct Utf16<R> {
    inner: R,
    order: Order,
    /// Bytes read and not yet given: the first bytes looked at, or decoded text.
    out: Vec<u8>,
    given: usize,
    /// UTF-16 bytes read and not yet decoded (half a unit, or half a surrogate pair).
    raw: Vec<u8>,
    done: bool,
    /// An error met after some bytes were read: given after them, so that no byte read is
    /// lost (a truncated gzip member's first bytes).
    deferred: Option<io::Error>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Order {
    /// The first bytes are still to be looked at.
    Unknown,
    /// No byte order mark: the bytes as they are.
    Plain,
    Little,
    Big,
}

impl<R: Read> Utf16<R> {
    pub fn new(inner: R) -> Self {
        Utf16 {
            inner,
            order: Order::Unknown,
            out: Vec::new(),
            given: 0,
            raw: Vec::new(),
            done: false,
            deferred: None,
        }
    }

    /// Reads the first four bytes (or as many as there are) and decides by them.
    fn look(&mut self) -> io::Result<()> {
        let mut head = [0u8; 4];
        let mut n = 0;
        while n < 4 {
            match self.inner.read(&mut head[n..]) {
                Ok(0) => break,
                Ok(k) => n += k,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                Err(e) if n == 0 => return Err(e),
                Err(e) => {
                    self.deferred = Some(e);
                    break;
                }
            }
        }
        // (Without a mark, two characters of text each with a NUL beside it, as iconv's
        // `-t UTF-16BE` and `-t UTF-16LE` write them: `\0-\0-`, `-\0-\0`.)
        let text = |b: u8| b == b'\t' || b == b'\n' || b == b'\r' || (0x20..0x7f).contains(&b);
        self.order = match head[..n] {
            [0xff, 0xfe, ..] => Order::Little,
            [0xfe, 0xff, ..] => Order::Big,
            [0, a, 0, b] if text(a) && text(b) => Order::Big,
            [a, 0, b, 0] if text(a) && text(b) => Order::Little,
            _ => Order::Plain,
        };
        // (The mark is no text; anything else read is, given as it is or decoded.)
        let mark = if matches!(head[..n], [0xff, 0xfe, ..] | [0xfe, 0xff, ..]) {
            2
        } else {
            0
        };
        if self.order == Order::Plain {
            self.out.extend_from_slice(&head[..n]);
        } else {
            self.raw.extend_from_slice(&head[mark..n]);
        }
        Ok(())
    }

    /// Decodes the bytes still held into `out` as at the end of the input (an odd byte
    /// is no character).
    fn finish_raw(&mut self) {
        let raw = std::mem::take(&mut self.raw);
        self.out.clear();
        self.given = 0;
        self.push_chars(&raw[..raw.len() - raw.len() % 2]);
        if raw.len() % 2 == 1 {
            self.push_replacement();
        }
    }

    /// Appends to `out` the characters of whole UTF-16 code units in this byte order.
    fn push_chars(&mut self, bytes: &[u8]) {
        let little = self.order == Order::Little;
        let units = bytes.chunks_exact(2).map(|p| {
            if little {
                u16::from_le_bytes([p[0], p[1]])
            } else {
                u16::from_be_bytes([p[0], p[1]])
            }
        });
        let mut utf8 = [0u8; 4];
        for c in char::decode_utf16(units) {
            let c = c.unwrap_or(char::REPLACEMENT_CHARACTER);
            self.out
                .extend_from_slice(c.encode_utf8(&mut utf8).as_bytes());
        }
    }

    /// Appends U+FFFD to `out`: an odd byte, no character.
    fn push_replacement(&mut self) {
        let mut utf8 = [0u8; 4];
        self.out.extend_from_slice(
            char::REPLACEMENT_CHARACTER
                .encode_utf8(&mut utf8)
                .as_bytes(),
        );
    }

    /// Reads a block of UTF-16 and decodes it into `out`; false at the end of the input.
    fn decode_more(&mut self) -> io::Result<bool> {
        if self.done {
            return Ok(false);
        }
        let start = self.raw.len();
        self.raw.resize(start + BLOCK, 0);
        let n = loop {
            match self.inner.read(&mut self.raw[start..]) {
                Ok(n) => break n,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                // (What was read is given first, as at the end of the input; the error after.)
                Err(e) => {
                    self.deferred = Some(e);
                    break 0;
                }
            }
        };
        self.raw.truncate(start + n);
        self.done = n == 0;
        let mut kept = self.raw.len() % 2;
        // Half a surrogate pair waits for its other half, unless the input has ended.
        let whole = self.raw.len() - kept;
        if !self.done && whole >= 2 {
            let p = [self.raw[whole - 2], self.raw[whole - 1]];
            let last = if self.order == Order::Little {
                u16::from_le_bytes(p)
            } else {
                u16::from_be_bytes(p)
            };
            if (0xd800..0xdc00).contains(&last) {
                kept += 2;
            }
        }
        self.out.clear();
        self.given = 0;
        let raw = std::mem::take(&mut self.raw);
        self.push_chars(&raw[..raw.len() - kept]);
        self.raw = raw;
        let len = self.raw.len();
        self.raw.drain(..len - kept);
        if self.done && !self.raw.is_empty() {
            self.raw.clear();
            self.push_replacement();
        }
        Ok(!self.out.is_empty() || !self.done)
    }
}

impl<R: Read> Read for Utf16<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        if self.order == Order::Unknown {
            self.look()?;
        }
        loop {
            if self.given < self.out.len() {
                let n = buf.len().min(self.out.len() - self.given);
                buf[..n].copy_from_slice(&self.out[self.given..self.given + n]);
                self.given += n;
                return Ok(n);
            }
            if let Some(e) = self.deferred.take() {
                // (The bytes still held are given before the error, decoded as at the end
                // of the input: a mark and an odd byte, then a broken gzip stream, found
                // by fuzzing.)
                if matches!(self.order, Order::Little | Order::Big) && !self.raw.is_empty() {
                    self.deferred = Some(e);
                    self.finish_raw();
                    continue;
                }
                return Err(e);
            }
            match self.order {
                Order::Plain | Order::Unknown => return self.inner.read(buf),
                Order::Little | Order::Big => {
                    if !self.decode_more()? {
                        return Ok(0);
                    }
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::trickle::Trickle;
    use super::*;

    fn read_all(bytes: &[u8], step: usize) -> Vec<u8> {
        let mut out = Vec::new();
        Utf16::new(Trickle(bytes, step))
            .read_to_end(&mut out)
            .expect("read");
        out
    }

    fn utf16(text: &str, little: bool) -> Vec<u8> {
        let mut v = if little {
            vec![0xff, 0xfe]
        } else {
            vec![0xfe, 0xff]
        };
        for u in text.encode_utf16() {
            v.extend_from_slice(&if little {
                u.to_le_bytes()
            } else {
                u.to_be_bytes()
            });
        }
        v
    }

    #[test]
    fn utf16_after_its_mark_is_read_as_utf8() {
        let text = "220 pyftpdlib ready\r\n550 Fichier introuvable: é 😀\r\n";
        for little in [true, false] {
            for step in [1, 3, 64 * 1024] {
                assert_eq!(read_all(&utf16(text, little), step), text.as_bytes());
            }
        }
    }

    #[test]
    fn utf16_without_a_mark_is_known_by_its_nuls() {
        // iconv's `-t UTF-16BE` and `-t UTF-16LE` write no mark.
        let text = "--> USER jürgen\n<-- 331 ok\n";
        for little in [true, false] {
            let bytes = utf16(text, little);
            for step in [1, 3, 64 * 1024] {
                assert_eq!(read_all(&bytes[2..], step), text.as_bytes());
            }
        }
    }

    #[test]
    fn anything_else_passes_through_byte_for_byte() {
        for bytes in [
            &b""[..],
            b"2",
            b"220 ready\n",
            b"\xef\xbb\xbf220 ready\r\n",
            b"\xff\x00\xfe",
            b"\x1f\x8b\x08",
            // (NULs beside bytes that are no text: binary, not UTF-16.)
            b"\x00\x01\x00\x02binary",
            b"\x7fELF\x02\x01\x01\x00",
            b"a\x00",
        ] {
            assert_eq!(read_all(bytes, 1), bytes);
            assert_eq!(read_all(bytes, 4096), bytes);
        }
    }

    #[test]
    fn a_byte_read_before_an_error_is_given_before_it() {
        // A truncated gzip member: one byte decoded, then the error.
        struct Fails(bool);
        impl Read for Fails {
            fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
                if std::mem::replace(&mut self.0, true) {
                    return Err(io::Error::other("corrupt deflate stream"));
                }
                buf[0] = b'\r';
                Ok(1)
            }
        }
        let mut r = Utf16::new(Fails(false));
        let mut buf = [0u8; 8];
        assert_eq!(r.read(&mut buf).expect("the byte"), 1);
        assert_eq!(buf[0], b'\r');
        assert!(r.read(&mut buf).is_err());
    }

    #[test]
    fn broken_utf16_gives_replacement_characters() {
        // A lone low surrogate, and an odd byte at the end.
        let bytes = [0xff, 0xfe, 0x32, 0x00, 0x00, 0xdc, 0x0a, 0x00, 0x41];
        assert_eq!(read_all(&bytes, 2), "2\u{fffd}\n\u{fffd}".as_bytes());
    }
}
