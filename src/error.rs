//! The few ways ftpcode can fail, and the exit status of each.

use std::fmt;
use std::io;

use crate::reply::QueryError;

/// Exit status: success, and the answer was found.
pub const EXIT_OK: i32 = 0;
/// Exit status: the input was fine but not found (unknown code, no search hit).
pub const EXIT_NOT_FOUND: i32 = 1;
/// Exit status: usage or I/O error.
pub const EXIT_ERROR: i32 = 2;

/// An error printed once, as `ftpcode: <message>`.
#[derive(Debug)]
pub enum Error {
    /// A query that is not a code, class or reply line.
    Query { query: String, error: QueryError },
    /// Reading or writing failed.
    Io { context: String, source: io::Error },
    /// A search that matched nothing.
    NoMatch { what: String },
    /// Errors already printed, one per line, while work went on (unreadable scan files).
    Reported,
    /// Ctrl-C stopped a scan (after what was found so far was printed).
    Interrupted,
}

/// Exit status after Ctrl-C, as shells report a process ended by SIGINT.
pub const EXIT_INTERRUPTED: i32 = 130;

impl Error {
    pub fn exit_code(&self) -> i32 {
        match self {
            Error::NoMatch { .. } => EXIT_NOT_FOUND,
            Error::Interrupted => EXIT_INTERRUPTED,
            Error::Query { .. } | Error::Io { .. } | Error::Reported => EXIT_ERROR,
        }
    }

    pub fn io(context: impl Into<String>, source: io::Error) -> Self {
        Error::Io {
            context: context.into(),
            source,
        }
    }

    /// Writing into a closed pipe (`ftpcode list | head -1`) is how a reader says "enough".
    pub fn is_broken_pipe(&self) -> bool {
        matches!(self, Error::Io { source, .. } if source.kind() == io::ErrorKind::BrokenPipe)
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Query { error, .. } => {
                f.write_str(&error.reason)?;
                if let Some(hint) = &error.hint {
                    write!(f, "; {hint}")?;
                }
                Ok(())
            }
            Error::Io { context, source } => write!(f, "{context}: {source}"),
            Error::NoMatch { what } => write!(f, "{what}"),
            Error::Reported => f.write_str("some input could not be read"),
            Error::Interrupted => f.write_str("interrupted"),
        }
    }
}

impl std::error::Error for Error {}

impl From<io::Error> for Error {
    fn from(source: io::Error) -> Self {
        Error::io("cannot write output", source)
    }
}
