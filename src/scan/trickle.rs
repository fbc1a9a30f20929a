//! A reader that gives at most a few bytes a read, as a pipe may: for the tests of the
//! readers that decide by an input's first bytes ([`super::utf16`], [`super::bare_cr`]).

use std::io::{self, Read};

/// The bytes still to give, and the most given at a time.
pub struct Trickle<'a>(pub &'a [u8], pub usize);

impl Read for Trickle<'_> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = buf.len().min(self.1).min(self.0.len());
        buf[..n].copy_from_slice(&self.0[..n]);
        self.0 = &self.0[n..];
        Ok(n)
    }
}
