//! Opening what `scan` reads: standard input, files, and gzip-compressed files (known by
//! their magic number, as zgrep does); UTF-16 after a byte order mark is read as UTF-8
//! ([`super::utf16`]).

use std::fs::File;
use std::io::{self, BufRead, BufReader, Read};
use std::path::Path;

use super::reader::CHUNK;
use super::utf16::Utf16;

/// An input, ready to read, and what is known of it before reading.
pub struct Input {
    pub reader: Box<dyn Read + Send>,
    /// The year of the file's last change: a log time without a year takes it.
    pub year: Option<u16>,
    /// Whether reading can wait for bytes still to be written (`tail -f | ftpcode scan`):
    /// a pipe, a terminal, a FIFO. A regular file has all its bytes already.
    pub waits: bool,
}

pub fn stdin() -> Input {
    Input {
        reader: Box::new(Utf16::new(MaybeGzip::new(io::stdin()))),
        year: None,
        waits: !stdin_is_regular_file(),
    }
}

/// `ftpcode scan < file.log`: stdin is the file itself.
#[cfg(unix)]
fn stdin_is_regular_file() -> bool {
    use std::os::fd::AsFd;
    io::stdin()
        .as_fd()
        .try_clone_to_owned()
        .map(File::from)
        .and_then(|f| f.metadata())
        .is_ok_and(|m| m.is_file())
}

#[cfg(not(unix))]
fn stdin_is_regular_file() -> bool {
    false
}

/// Opens a file, decompressing it when it starts with the gzip magic number.
pub fn open(path: &Path) -> io::Result<Input> {
    let file = File::open(path)?;
    let meta = file.metadata()?;
    if meta.is_dir() {
        return Err(io::Error::other("is a directory"));
    }
    let year = meta.modified().ok().and_then(year_of);
    let mut reader = BufReader::with_capacity(CHUNK, file);
    let gz = reader.fill_buf()?.starts_with(&[0x1f, 0x8b]);
    let reader: Box<dyn Read + Send> = if gz {
        Box::new(Utf16::new(flate2::bufread::MultiGzDecoder::new(reader)))
    } else {
        Box::new(Utf16::new(reader))
    };
    Ok(Input {
        reader,
        year,
        waits: !meta.is_file(),
    })
}

/// A stream decompressed when it starts with the gzip magic number (`ssh host cat
/// vsftpd.log.1.gz | ftpcode scan`), decided at its first read: a pipe is not looked at
/// before the reader thread reads it.
struct MaybeGzip<R: Read> {
    state: Gz<R>,
}

type Peeked<R> = io::Chain<io::Cursor<Vec<u8>>, R>;

enum Gz<R: Read> {
    Unknown(Option<R>),
    Plain(Peeked<R>),
    Gzip(Box<flate2::bufread::MultiGzDecoder<BufReader<Peeked<R>>>>),
}

impl<R: Read> MaybeGzip<R> {
    fn new(inner: R) -> Self {
        MaybeGzip {
            state: Gz::Unknown(Some(inner)),
        }
    }
}

impl<R: Read> Read for MaybeGzip<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        if let Gz::Unknown(inner) = &mut self.state {
            let Some(mut inner) = inner.take() else {
                return Ok(0);
            };
            // The first two bytes, or as many as there are.
            let mut head = Vec::with_capacity(2);
            while head.len() < 2 {
                let mut b = [0u8; 2];
                match inner.read(&mut b[..2 - head.len()]) {
                    Ok(0) => break,
                    Ok(k) => head.extend_from_slice(&b[..k]),
                    Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                    Err(e) => {
                        // (Read again after the error: the bytes read are not lost.)
                        self.state = Gz::Plain(io::Cursor::new(head).chain(inner));
                        return Err(e);
                    }
                }
            }
            let gz = head == [0x1f, 0x8b];
            let peeked = io::Cursor::new(head).chain(inner);
            self.state = if gz {
                let decoder =
                    flate2::bufread::MultiGzDecoder::new(BufReader::with_capacity(CHUNK, peeked));
                Gz::Gzip(Box::new(decoder))
            } else {
                Gz::Plain(peeked)
            };
        }
        match &mut self.state {
            Gz::Plain(r) => r.read(buf),
            Gz::Gzip(r) => r.read(buf),
            Gz::Unknown(_) => Ok(0),
        }
    }
}

/// Bytes in memory as an input, decompressed when they start with the gzip magic number.
pub fn from_bytes(bytes: Vec<u8>, year: u16) -> io::Result<Input> {
    let gz = bytes.starts_with(&[0x1f, 0x8b]);
    let cursor = io::Cursor::new(bytes);
    let reader: Box<dyn Read + Send> = if gz {
        Box::new(Utf16::new(flate2::bufread::MultiGzDecoder::new(cursor)))
    } else {
        Box::new(Utf16::new(cursor))
    };
    Ok(Input {
        reader,
        year: Some(year),
        waits: false,
    })
}

/// The UTC year of a point in time.
pub fn year_of(t: std::time::SystemTime) -> Option<u16> {
    let days = t.duration_since(std::time::UNIX_EPOCH).ok()?.as_secs() / 86_400;
    // Civil-from-days (Howard Hinnant's algorithm), years only.
    let z = days as i64 + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    u16::try_from(year).ok()
}

/// An I/O error as a user reads it: without " (os error 2)", which says nothing more.
pub fn describe(e: &io::Error) -> String {
    let s = e.to_string();
    match s.find(" (os error") {
        Some(i) => s[..i].to_string(),
        None => s,
    }
}

/// Whether a block looks like a binary file rather than a log: it holds NUL bytes (as
/// grep and ripgrep decide).
pub fn looks_binary(block: &[u8]) -> bool {
    memchr::memchr(0, &block[..block.len().min(64 * 1024)]).is_some()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn years() {
        let t = |secs: u64| std::time::UNIX_EPOCH + std::time::Duration::from_secs(secs);
        assert_eq!(year_of(t(0)), Some(1970));
        assert_eq!(year_of(t(1_767_225_600)), Some(2026)); // 2026-01-01T00:00:00Z
        assert_eq!(year_of(t(1_767_225_599)), Some(2025));
        assert_eq!(year_of(t(951_782_400)), Some(2000)); // 2000-02-29
    }
}
