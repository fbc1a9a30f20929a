//! Opening what `scan` reads: standard input, files, and gzip-compressed files (known by
//! their magic number, as zgrep does); xz, bzip2, zstd and lz4 ones are decompressed by
//! their own programs ([`super::decompress`]); UTF-16 after a byte order mark is read as
//! UTF-8 ([`super::utf16`]); lines that end in a bare CR get a LF ([`super::bare_cr`]).

use std::fs::File;
use std::io::{self, BufRead, BufReader, Read, Seek};
use std::path::Path;

use super::bare_cr::BareCr;
use super::decompress::{self, Format, MAGIC_LEN};
use super::reader::CHUNK;
use super::utf16::Utf16;

const GZIP: [u8; 2] = [0x1f, 0x8b];

/// An input, ready to read, and what is known of it before reading.
pub struct Input {
    pub reader: Box<dyn Read + Send>,
    /// The year of the file's last change: a log time without a year takes it.
    pub year: Option<u16>,
    /// Whether reading can wait for bytes still to be written (`tail -f | ftpcode scan`):
    /// a pipe, a terminal, a FIFO. A regular file has all its bytes already.
    pub waits: bool,
}

/// What is done to the line ends of an input whose lines end in a bare CR.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BareCrs {
    /// A LF after each ([`super::bare_cr`]): `scan` reads lines.
    Mend,
    /// Left as they are: `strip` gives back what it was given.
    Keep,
}

/// An input's bytes read as text: UTF-16 decoded, and a LF after each CR that ends a line
/// of an input whose lines end so, if asked.
fn text<R: Read + Send + 'static>(bytes: R, crs: BareCrs) -> Box<dyn Read + Send> {
    match crs {
        BareCrs::Mend => Box::new(BareCr::new(Utf16::new(bytes))),
        BareCrs::Keep => Box::new(Utf16::new(bytes)),
    }
}

pub fn stdin(crs: BareCrs) -> Input {
    Input {
        reader: text(MaybeGzip::new(io::stdin()), crs),
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

/// Opens a file, decompressing it when it starts with a compressed format's magic number.
pub fn open(path: &Path, crs: BareCrs) -> io::Result<Input> {
    let file = File::open(path)?;
    let meta = file.metadata()?;
    if meta.is_dir() {
        return Err(io::Error::other("is a directory"));
    }
    let year = meta.modified().ok().and_then(year_of);
    let mut reader = BufReader::with_capacity(CHUNK, file);
    let head = reader.fill_buf()?;
    let gz = head.starts_with(&GZIP);
    let other = Format::sniff(head);
    let reader: Box<dyn Read + Send> = match other {
        _ if gz => text(flate2::bufread::MultiGzDecoder::new(reader), crs),
        // (A file is the program's input from its first byte; a FIFO's first bytes are
        // read already.)
        Some(format) if meta.is_file() => {
            let mut file = reader.into_inner();
            file.rewind()?;
            text(decompress::file(format, file)?, crs)
        }
        Some(format) => {
            let head = reader.buffer().to_vec();
            let rest = reader.into_inner();
            text(decompress::stream(format, head, rest)?, crs)
        }
        None => text(reader, crs),
    };
    Ok(Input {
        reader,
        year,
        waits: !meta.is_file(),
    })
}

/// A stream decompressed when it starts with a compressed format's magic number (`ssh
/// host cat vsftpd.log.1.gz | ftpcode scan`), decided at its first read: a pipe is not
/// looked at before the reader thread reads it.
struct MaybeGzip<R: Read> {
    state: Gz<R>,
}

type Peeked<R> = io::Chain<io::Cursor<Vec<u8>>, R>;

enum Gz<R: Read> {
    Unknown(Option<R>),
    Plain(Peeked<R>),
    Gzip(Box<flate2::bufread::MultiGzDecoder<BufReader<Peeked<R>>>>),
    Other(Box<decompress::Decompressed>),
}

impl<R: Read> MaybeGzip<R> {
    fn new(inner: R) -> Self {
        MaybeGzip {
            state: Gz::Unknown(Some(inner)),
        }
    }
}

/// Whether `head`, short of `MAGIC_LEN` bytes, may still grow into a magic number: more
/// bytes are read only then, so a first line of a few bytes from a pipe that then waits
/// (`tail -f`) is not held back.
fn undecided(head: &[u8]) -> bool {
    head.len() < MAGIC_LEN && (GZIP.starts_with(head) || Format::may_start(head))
}

impl<R: Read + Send + 'static> Read for MaybeGzip<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        if let Gz::Unknown(inner) = &mut self.state {
            let Some(mut inner) = inner.take() else {
                return Ok(0);
            };
            // The first bytes, as many as may be a magic number's, or as many as there are.
            let mut head = Vec::with_capacity(MAGIC_LEN);
            while undecided(&head) {
                let mut b = [0u8; MAGIC_LEN];
                match inner.read(&mut b[..MAGIC_LEN - head.len()]) {
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
            self.state = if head.starts_with(&GZIP) {
                let peeked = io::Cursor::new(head).chain(inner);
                let decoder =
                    flate2::bufread::MultiGzDecoder::new(BufReader::with_capacity(CHUNK, peeked));
                Gz::Gzip(Box::new(decoder))
            } else if let Some(format) = Format::sniff(&head) {
                Gz::Other(Box::new(decompress::stream(format, head, inner)?))
            } else {
                Gz::Plain(io::Cursor::new(head).chain(inner))
            };
        }
        match &mut self.state {
            Gz::Plain(r) => r.read(buf),
            Gz::Gzip(r) => r.read(buf),
            Gz::Other(r) => r.read(buf),
            Gz::Unknown(_) => Ok(0),
        }
    }
}

/// Bytes in memory as an input, decompressed when they start with the gzip magic number.
/// (Only gzip's: what fuzzing and pastes give starts no program.)
pub fn from_bytes(bytes: Vec<u8>, year: u16) -> io::Result<Input> {
    let gz = bytes.starts_with(&GZIP);
    let cursor = io::Cursor::new(bytes);
    let reader: Box<dyn Read + Send> = if gz {
        text(flate2::bufread::MultiGzDecoder::new(cursor), BareCrs::Mend)
    } else {
        text(cursor, BareCrs::Mend)
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

    /// Gives its bytes `step` at a time; asked again after the last, it ends, or (`ends`
    /// false) it would block, as a pipe that waits does: the test fails instead.
    struct Trickle(Vec<u8>, usize, usize, bool);

    impl Read for Trickle {
        fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
            let Trickle(bytes, at, step, ends) = self;
            if *ends && *at == bytes.len() {
                return Ok(0);
            }
            assert!(
                *at < bytes.len(),
                "read again after the bytes it had: it would wait"
            );
            let k = buf.len().min(*step).min(bytes.len() - *at);
            buf[..k].copy_from_slice(&bytes[*at..*at + k]);
            *at += k;
            Ok(k)
        }
    }

    #[test]
    fn a_short_first_line_is_not_held_for_a_magic_numbers_bytes() {
        // `220\n`, then the pipe waits (`tail -f`): what came is given at once.
        for line in [&b"220\n"[..], b"B\n", b"BZh\n", b"BZh9\n", b"\x1f\n"] {
            let mut r = MaybeGzip::new(Trickle(line.to_vec(), 0, 1, false));
            let mut got = Vec::new();
            while got.len() < line.len() {
                let mut buf = [0u8; 64];
                let k = r.read(&mut buf).expect("read");
                got.extend_from_slice(&buf[..k]);
            }
            assert_eq!(got, line);
        }
    }

    #[test]
    fn a_gzip_stream_given_a_byte_at_a_time_is_decompressed() {
        use std::io::Write;
        let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
        e.write_all(b"220 ready\n").expect("gzip");
        let gz = e.finish().expect("gzip");
        let mut got = Vec::new();
        let mut r = MaybeGzip::new(Trickle(gz, 0, 1, true));
        r.read_to_end(&mut got).expect("read");
        assert_eq!(got, b"220 ready\n");
        assert!(!undecided(b"220"));
        assert!(undecided(&[0xfd, b'7']));
        assert!(undecided(b"BZh9"));
        assert!(undecided(b"BZh91AY"));
        assert!(!undecided(b"BZh "));
        // (`BZh9` and then a blank is a text's line: no bzip2 block's magic starts so.)
        assert!(!undecided(b"BZh9 "));
        assert!(!undecided(b"BZh9\n"));
    }
}
