//! Where the scanner's events go: one [`Sink`] per output mode (annotate the log, JSON
//! Lines, a summary), as ripgrep's printers consume its searcher's events. The scanner
//! knows no output mode; a sink knows nothing of detection.

use std::io;

use crate::code::ReplyCode;

use super::event::{ClientErrorEvent, FindingEvent, Place, Reply};

/// An input that ended, with what the scanner knows of it.
#[derive(Debug, Clone, Copy)]
pub struct InputEnd<'a> {
    pub file: Option<&'a str>,
    pub lines: u64,
    pub replies: u64,
    /// Whether the input's last line ended with a newline (or the input was empty).
    pub newline: bool,
}

/// The outputs of a scan.
pub trait Sink {
    /// Whether replies with this code need their text (the scanner keeps only what some
    /// consumer reads).
    fn wants_text(&self, code: ReplyCode) -> bool;

    /// A reply, complete.
    fn reply(&mut self, r: &Reply, at: Place) -> io::Result<()>;

    /// A client's error line.
    fn client_error(&mut self, e: &ClientErrorEvent, at: Place) -> io::Result<()>;

    /// A finding, as soon as the log establishes it.
    fn finding(&mut self, f: &FindingEvent, at: Place) -> io::Result<()>;

    /// The log's own bytes: a block of whole lines (the places of the events since the
    /// last block are offsets in it), or a piece of a line too long to hold.
    fn pass(&mut self, bytes: &[u8], whole_lines: bool) -> io::Result<()>;

    /// An input ended.
    fn end_input(&mut self, end: &InputEnd) -> io::Result<()>;

    /// The scan ended (or was interrupted): totals and summaries.
    fn finish(&mut self) -> io::Result<()>;

    /// Makes what was written so far reach the reader (before the scan waits for input).
    fn flush(&mut self) -> io::Result<()>;
}
