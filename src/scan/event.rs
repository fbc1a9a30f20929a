//! What the scanner reports to the output sinks: replies, findings and the end of each
//! input. Plain data: each sink renders it in its own way.

use crate::code::ReplyCode;
use crate::knowledge::clients::ClientError;
use crate::knowledge::iis;
use crate::knowledge::sequences::Listed;
use crate::knowledge::servers::ServerId;

use super::detect::Form;
use super::diagnose::Finding;
use super::time::Stamp;

/// The session a reply belongs to, as far as the log tells.
#[derive(Debug, Clone, Copy)]
pub struct SessionView<'a> {
    /// A number for the session, counted from 1 in order of appearance in the input.
    pub id: u32,
    /// What the log calls it: `pid 20684`, `127.0.0.1:60652`, `000012`; None in a log of
    /// one dialogue without a key.
    pub key: Option<&'a [u8]>,
    /// The client's address, where the log shows it.
    pub client: Option<&'a [u8]>,
    /// The user logged in (or trying to), where the log shows it.
    pub user: Option<&'a [u8]>,
}

/// One reply found in a log, complete.
#[derive(Debug, Clone)]
pub struct Reply<'a> {
    /// The input (None for standard input).
    pub file: Option<&'a str>,
    /// Its first and last line (1-based, per input).
    pub line: u64,
    pub end_line: u64,
    pub code: ReplyCode,
    /// The reply text as logged: its first line, and for a multi-line reply also its last
    /// (joined by a newline); only where the sink asked for texts.
    pub text: &'a [u8],
    pub form: Form,
    /// The command it answers, as logged, its arguments hidden where they are secrets.
    pub command: Option<&'a [u8]>,
    /// How the RFCs (or common practice) list the reply for that command.
    pub listed: Option<Listed>,
    pub session: SessionView<'a>,
    /// When the log says the reply was sent or received.
    pub time: Option<Stamp<'a>>,
    /// The server, where the log's greeting or format names it.
    pub server: Option<ServerId>,
    /// IIS W3C logs: `sc-win32-status` and `sc-substatus`.
    pub iis: Option<IisFields>,
    /// The same reply (code and text) came before in this session: its first line.
    pub repeat_of: Option<u64>,
    /// A client's error line that quotes a reply already reported on this line.
    pub quotes: Option<u64>,
    /// A 426 to a transfer that the client's ABOR, sent since, stopped: the answer RFC 959
    /// §4.1.3 gives an abort (426, then 226 to the ABOR), no broken connection.
    pub aborted: bool,
}

/// IIS fields beside `sc-status`, with what they mean.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct IisFields {
    pub win32_status: Option<u32>,
    pub substatus: Option<u32>,
}

impl IisFields {
    pub fn win32(&self) -> Option<&'static iis::Win32Status> {
        self.win32_status.and_then(iis::win32)
    }

    pub fn substatus_meaning(&self, code: ReplyCode) -> Option<&'static iis::IisSubstatus> {
        self.substatus.and_then(|s| iis::substatus(code.get(), s))
    }
}

/// A finding, with where it was found.
#[derive(Debug, Clone)]
pub struct FindingEvent<'a> {
    pub file: Option<&'a str>,
    pub finding: &'a Finding,
    /// The session it concerns, where it concerns one.
    pub session: Option<SessionView<'a>>,
}

/// Where an annotation goes in the output: at a byte offset of the block being passed
/// through (after the line that completed the reply, or before the line that ended it),
/// or straight away (no block is pending).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Place {
    At(usize),
    Now,
}

/// A client's own error line (`curl: (28) ...`, `Error: Connection timed out`): no reply
/// of the server, but often what went wrong.
#[derive(Debug, Clone)]
pub struct ClientErrorEvent<'a> {
    pub file: Option<&'a str>,
    pub line: u64,
    pub error: &'static ClientError,
    /// The session it was printed in, where the log tells.
    pub session: Option<SessionView<'a>>,
}
