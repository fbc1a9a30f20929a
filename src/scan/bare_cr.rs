//! Inputs whose lines end in a bare CR, as classic Mac OS saved text and `tr '\n' '\r'`
//! leaves a log: read with a LF after each such CR, so that their lines are lines (the
//! scanner cuts lines at LF, and would read the whole file as one line). Every byte of the
//! input is still given, in order; only those LFs are added. Decided by the first bytes:
//! up to the first LF, or [`LOOK`] bytes, or the end of the input, whichever comes first
//! (the scanner waits for a line's end anyway, so a pipe is not held back). Any other input
//! passes through untouched.

use std::io::{self, Read};

/// How many bytes are looked at, at most, before deciding: more than the first line of
/// most logs, and than a progress meter's redrawn line before its LF (`curl -#`, pv: one
/// redraw a second, of 80 bytes or so, is 13 minutes of them).
const LOOK: usize = 64 * 1024;
/// How many bytes are read at a time from a bare-CR input.
const BLOCK: usize = 64 * 1024;

pub struct BareCr<R> {
    inner: R,
    mode: Mode,
    /// Bytes read and not yet given: the first bytes looked at, or a block with its LFs.
    out: Vec<u8>,
    given: usize,
    /// The last byte given was a CR whose next byte is still to come (a LF after it
    /// makes it a CR LF, which needs none added).
    cr_open: bool,
    /// An error met after some bytes were read: given after them.
    deferred: Option<io::Error>,
    /// A block of a bare-CR input as read, kept from one read to the next.
    block: Vec<u8>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Mode {
    Unknown,
    Plain,
    BareCr,
}

impl<R: Read> BareCr<R> {
    pub fn new(inner: R) -> Self {
        BareCr {
            inner,
            mode: Mode::Unknown,
            out: Vec::new(),
            given: 0,
            cr_open: false,
            deferred: None,
            block: Vec::new(),
        }
    }

    /// Reads the first bytes and decides by them.
    fn look(&mut self) -> io::Result<()> {
        let mut ended = false;
        while self.out.len() < LOOK && memchr::memchr(b'\n', &self.out).is_none() {
            let start = self.out.len();
            self.out.resize(LOOK, 0);
            match self.inner.read(&mut self.out[start..]) {
                Ok(n) => {
                    self.out.truncate(start + n);
                    if n == 0 {
                        ended = true;
                        break;
                    }
                }
                Err(e) if e.kind() == io::ErrorKind::Interrupted => self.out.truncate(start),
                Err(e) => {
                    self.out.truncate(start);
                    if start == 0 {
                        return Err(e);
                    }
                    self.deferred = Some(e);
                    break;
                }
            }
        }
        self.mode = if bare_cr_text(&self.out) {
            let head = std::mem::take(&mut self.out);
            self.push_with_lfs(&head);
            if ended || self.deferred.is_some() {
                self.end();
            }
            Mode::BareCr
        } else {
            Mode::Plain
        };
        Ok(())
    }

    /// Appends `bytes` to `out`, a LF after each bare CR.
    fn push_with_lfs(&mut self, bytes: &[u8]) {
        let mut rest = bytes;
        if self.cr_open {
            if rest.first() != Some(&b'\n') {
                self.out.push(b'\n');
            }
            self.cr_open = false;
        }
        while let Some(i) = memchr::memchr(b'\r', rest) {
            self.out.extend_from_slice(&rest[..=i]);
            match rest.get(i + 1) {
                Some(b'\n') => {}
                Some(_) => self.out.push(b'\n'),
                None => self.cr_open = true,
            }
            rest = &rest[i + 1..];
        }
        self.out.extend_from_slice(rest);
    }

    /// The input has ended: a CR last in it ends its line.
    fn end(&mut self) {
        if std::mem::take(&mut self.cr_open) {
            self.out.push(b'\n');
        }
    }

    /// Reads a block of a bare-CR input into `out`; false at its end.
    fn more(&mut self) -> io::Result<bool> {
        let mut block = std::mem::take(&mut self.block);
        block.resize(BLOCK, 0);
        let n = loop {
            match self.inner.read(&mut block) {
                Ok(n) => break n,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                Err(e) => {
                    // (As at the end of the input, the error after: a CR read last ends its
                    // line, before a broken gzip stream's error. Found by fuzzing.)
                    self.block = block;
                    self.out.clear();
                    self.given = 0;
                    self.end();
                    if self.out.is_empty() {
                        return Err(e);
                    }
                    self.deferred = Some(e);
                    return Ok(true);
                }
            }
        };
        self.out.clear();
        self.given = 0;
        if n == 0 {
            self.end();
            return Ok(!self.out.is_empty());
        }
        self.push_with_lfs(&block[..n]);
        self.block = block;
        Ok(true)
    }
}

/// Whether the first bytes of an input are text whose lines end in bare CRs: no LF, at
/// least two CRs that end lines, and no control byte that text does not hold (a binary
/// input is no text of any kind: it passes through as it is).
fn bare_cr_text(head: &[u8]) -> bool {
    if memchr::memchr(b'\n', head).is_some() {
        return false;
    }
    let ends = memchr::memchr_iter(b'\r', head).count();
    ends >= 2
        && head
            .iter()
            .all(|&b| b >= 0x20 || matches!(b, b'\r' | b'\t' | 0x1b))
}

impl<R: Read> Read for BareCr<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        if self.mode == Mode::Unknown {
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
                return Err(e);
            }
            match self.mode {
                Mode::Plain | Mode::Unknown => return self.inner.read(buf),
                Mode::BareCr => {
                    if !self.more()? {
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
        BareCr::new(Trickle(bytes, step))
            .read_to_end(&mut out)
            .expect("read");
        out
    }

    #[test]
    fn bare_crs_get_a_lf_after_them_however_the_input_comes() {
        let input = b"220 ready\rUSER bob\r331 Password\r230 in\r";
        for step in [1, 2, 3, 7, 4096] {
            assert_eq!(
                read_all(input, step),
                b"220 ready\r\nUSER bob\r\n331 Password\r\n230 in\r\n",
                "{step}"
            );
        }
        // Once decided, a CR LF further on (a CR read last in one block, its LF first in
        // the next) needs none added.
        let mut long = b"a\rb\r".to_vec();
        long.extend_from_slice(&[b'x'; LOOK + BLOCK - 5]);
        long.extend_from_slice(b"\r\nc\r");
        let mut want = b"a\r\nb\r\n".to_vec();
        want.extend_from_slice(&[b'x'; LOOK + BLOCK - 5]);
        want.extend_from_slice(b"\r\nc\r\n");
        for step in [1, 4096, 1 << 20] {
            assert_eq!(read_all(&long, step), want, "{step}");
        }
    }

    #[test]
    fn a_cr_read_last_before_an_error_ends_its_line() {
        // A reader that gives its bytes, then fails (a broken gzip stream's CRC).
        struct Broken<'a>(Trickle<'a>);
        impl Read for Broken<'_> {
            fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
                match self.0.read(buf)? {
                    0 => Err(io::Error::other("corrupt")),
                    n => Ok(n),
                }
            }
        }
        for step in [1, 2, 4096] {
            let mut reader = BareCr::new(Broken(Trickle(b"a\rb\rc\r", step)));
            let mut out = Vec::new();
            let err = reader.read_to_end(&mut out).expect_err("fails");
            assert_eq!(err.to_string(), "corrupt");
            assert_eq!(out, b"a\r\nb\r\nc\r\n", "{step}");
        }
    }

    #[test]
    fn other_inputs_pass_through_untouched() {
        for input in [
            &b"220 ready\r\n331 Password\r\n"[..],
            b"220 ready\n331 a\rb\rc\n",
            b"one line\r",
            b"",
            // Binary bytes are no text, whatever CRs they hold.
            b"\x00\x01\r\x02\r\x03\r",
        ] {
            for step in [1, 5, 4096] {
                assert_eq!(read_all(input, step), input, "{input:?} {step}");
            }
        }
        // A LF anywhere in the bytes looked at decides: the CRs before it stay bare.
        let mut long = b"a\rb\r".to_vec();
        long.extend_from_slice(&[b'x'; 100]);
        long.extend_from_slice(b"\nc\rd\r");
        assert_eq!(read_all(&long, 4096), long);
    }
}
