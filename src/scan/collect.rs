//! A sink that keeps the replies found, for `explain` reading a paste with the scanner's
//! own detection (whatever `scan` reads in a log, `explain` reads in a paste).

use std::io;

use crate::code::ReplyCode;
use crate::knowledge::servers::ServerId;

use super::event::{ClientErrorEvent, FindingEvent, Place, Reply};
use super::sink::{InputEnd, Sink};

/// A reply found in a paste.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Found {
    /// Its first and last line (1-based).
    pub line: u64,
    pub end_line: u64,
    pub code: ReplyCode,
    /// Its text as logged (first line; for a multi-line reply also the last).
    pub text: String,
    /// A client's line quoting a reply already found (`get: Access failed: 550 ...`).
    pub quotes: bool,
    /// The server, where the paste's greeting or format names it.
    pub server: Option<ServerId>,
}

/// Keeps every reply.
#[derive(Debug, Default)]
pub struct Collect {
    pub found: Vec<Found>,
}

impl Sink for Collect {
    fn wants_text(&self, _code: ReplyCode) -> bool {
        true
    }

    fn reply(&mut self, r: &Reply, _at: Place) -> io::Result<()> {
        self.found.push(Found {
            line: r.line,
            end_line: r.end_line,
            code: r.code,
            text: String::from_utf8_lossy(r.text).into_owned(),
            quotes: r.quotes.is_some(),
            server: r.server,
        });
        Ok(())
    }

    fn client_error(&mut self, _e: &ClientErrorEvent, _at: Place) -> io::Result<()> {
        Ok(()) // explain matches client errors itself, line by line
    }

    fn finding(&mut self, _f: &FindingEvent, _at: Place) -> io::Result<()> {
        Ok(())
    }

    fn pass(&mut self, _bytes: &[u8], _whole_lines: bool) -> io::Result<()> {
        Ok(())
    }

    fn end_input(&mut self, _end: &InputEnd) -> io::Result<()> {
        Ok(())
    }

    fn finish(&mut self) -> io::Result<()> {
        Ok(())
    }

    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}
