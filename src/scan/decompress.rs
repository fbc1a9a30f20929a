//! Rotated logs compressed other than with gzip (`vsftpd.log.2.xz`, `.bz2`, `.zst`,
//! `.lz4`: logrotate's `compresscmd`), known by their magic numbers and decompressed by the
//! system's own program, as ripgrep's `--search-zip` does: no decoder of each format in the
//! binary for logs that are mostly gzip's (which `input` decodes itself).

use std::fs::File;
use std::io::{self, Read, Write};
use std::process::{Child, ChildStderr, ChildStdout, Command, Stdio};

/// The bytes a format is known by at most.
pub const MAGIC_LEN: usize = 10;

/// A compressed format that a program of the system decompresses.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Xz,
    Bzip2,
    Zstd,
    Lz4,
}

/// The formats known by a fixed magic number, each with its own.
const MAGICS: [(&[u8], Format); 4] = [
    // (xz's file format, §2.1.1.1.)
    (&[0xfd, b'7', b'z', b'X', b'Z', 0x00], Format::Xz),
    // (RFC 8878 §3.1.1.)
    (&[0x28, 0xb5, 0x2f, 0xfd], Format::Zstd),
    // (LZ4's frame format, §2, and its legacy one, `lz4 -l`'s.)
    (&[0x04, 0x22, 0x4d, 0x18], Format::Lz4),
    (&[0x02, 0x21, 0x4c, 0x18], Format::Lz4),
];

/// bzip2's: `BZh`, a block size `1` to `9`, then a block's magic (π's digits) or the end
/// of the stream's (√π's), so a text that starts with `BZh9` stays text.
const BZIP2: &[u8] = b"BZh";
const BZIP2_BLOCKS: [[u8; 6]; 2] = [
    [0x31, 0x41, 0x59, 0x26, 0x53, 0x59],
    [0x17, 0x72, 0x45, 0x38, 0x50, 0x90],
];

impl Format {
    /// The format whose magic number `head` starts with (given `MAGIC_LEN` bytes where
    /// the input has them).
    pub fn sniff(head: &[u8]) -> Option<Format> {
        if let [b'B', b'Z', b'h', b'1'..=b'9', block @ ..] = head
            && BZIP2_BLOCKS.iter().any(|m| block.starts_with(m))
        {
            return Some(Format::Bzip2);
        }
        MAGICS
            .iter()
            .find(|(magic, _)| head.starts_with(magic))
            .map(|&(_, format)| format)
    }

    /// Whether `head`, short of [`MAGIC_LEN`] bytes, may still grow into a magic number of
    /// one of these formats: more bytes are worth waiting for only then.
    pub fn may_start(head: &[u8]) -> bool {
        let bzip2 = match head {
            [b'B', b'Z', b'h', b'1'..=b'9', block @ ..] => {
                BZIP2_BLOCKS.iter().any(|m| m.starts_with(block))
            }
            _ => BZIP2.starts_with(head),
        };
        head.len() < MAGIC_LEN && (bzip2 || MAGICS.iter().any(|(m, _)| m.starts_with(head)))
    }

    /// The program that decompresses it, and the package most systems have it in.
    fn program(self) -> (&'static str, &'static str) {
        match self {
            Format::Xz => ("xz", "xz-utils"),
            Format::Bzip2 => ("bzip2", "bzip2"),
            Format::Zstd => ("zstd", "zstd"),
            Format::Lz4 => ("lz4", "lz4"),
        }
    }
}

/// The decompressed bytes of a file, read from its program's output.
pub fn file(format: Format, file: File) -> io::Result<Decompressed> {
    Decompressed::spawn(format, Stdio::from(file), None, "FILE | ")
}

/// The decompressed bytes of a stream whose first bytes (`head`) were read already:
/// a thread gives them, then the rest, to the program.
pub fn stream<R: Read + Send + 'static>(
    format: Format,
    head: Vec<u8>,
    rest: R,
) -> io::Result<Decompressed> {
    let feed = Box::new(io::Cursor::new(head).chain(rest));
    Decompressed::spawn(format, Stdio::piped(), Some(feed), "| ")
}

/// A program's output as a reader. At its end, the program's exit says whether the input
/// was whole: a truncated or corrupt file is an error, with the program's own words.
pub struct Decompressed {
    format: Format,
    child: Child,
    stdout: ChildStdout,
    /// What the program says on its standard error, read on a thread of its own (a
    /// program that says much would else wait for it to be read, and never end).
    said: Option<std::thread::JoinHandle<String>>,
    done: bool,
}

/// The most of a program's standard error kept: its first line is the reason.
const SAID: u64 = 4096;

fn read_said(mut e: ChildStderr) -> String {
    let mut said = String::new();
    let _ = e.by_ref().take(SAID).read_to_string(&mut said);
    // (The rest read and dropped, so the program never waits on a full pipe.)
    let _ = io::copy(&mut e, &mut io::sink());
    said
}

impl Decompressed {
    fn spawn(
        format: Format,
        stdin: Stdio,
        feed: Option<Box<dyn Read + Send>>,
        // How the input reaches the program, in the advice where it is missing.
        piped: &str,
    ) -> io::Result<Decompressed> {
        let (program, package) = format.program();
        let mut child = Command::new(program)
            .args(["-d", "-c"])
            .stdin(stdin)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .map_err(|e| match e.kind() {
                io::ErrorKind::NotFound => io::Error::new(
                    io::ErrorKind::NotFound,
                    format!(
                        "{program}-compressed, and no `{program}` program was found to \
                         decompress it (install {package}, or give ftpcode the text: \
                         `{program} -dc {piped}ftpcode scan`)"
                    ),
                ),
                _ => io::Error::new(e.kind(), format!("cannot run `{program}`: {e}")),
            })?;
        if let (Some(mut feed), Some(mut to)) = (feed, child.stdin.take()) {
            // (A broken pipe here is the program's exit, which its status reports.)
            std::thread::spawn(move || {
                let _ = io::copy(&mut feed, &mut to).and_then(|_| to.flush());
            });
        }
        let stdout = child
            .stdout
            .take()
            .ok_or_else(|| io::Error::other("no output"))?;
        let said = child
            .stderr
            .take()
            .map(|e| std::thread::spawn(move || read_said(e)));
        Ok(Decompressed {
            format,
            child,
            stdout,
            said,
            done: false,
        })
    }

    /// The program's verdict once its output has ended.
    fn finish(&mut self) -> io::Result<()> {
        self.done = true;
        let status = self.child.wait()?;
        let said = self
            .said
            .take()
            .and_then(|t| t.join().ok())
            .unwrap_or_default();
        if status.success() {
            return Ok(());
        }
        let (program, _) = self.format.program();
        let reason = said
            .lines()
            .map(str::trim)
            .find(|l| !l.is_empty())
            // (`xz: (stdin): Unexpected end of input`: the program's name is said below.)
            .map(|l| {
                l.strip_prefix(program)
                    .map_or(l, |r| r.trim_start_matches(':').trim())
            })
            // (bzip2's reason goes on over lines: `Compressed file ends unexpectedly;`.)
            .map(|l| l.trim_end_matches(';'))
            .unwrap_or("no reason given");
        Err(io::Error::other(format!(
            "`{program} -dc` failed ({status}): {reason}"
        )))
    }
}

impl Read for Decompressed {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        if self.done {
            return Ok(0);
        }
        match self.stdout.read(buf) {
            Ok(0) if !buf.is_empty() => self.finish().map(|()| 0),
            r => r,
        }
    }
}

impl Drop for Decompressed {
    fn drop(&mut self) {
        // (Stopped early, a broken pipe downstream: the program is not left running.)
        if !self.done {
            let _ = self.child.kill();
            let _ = self.child.wait();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_are_known_by_their_magic_numbers_alone() {
        let bz2 = [b'B', b'Z', b'h', b'9', 0x31, 0x41, 0x59, 0x26, 0x53, 0x59];
        let cases: [(&[u8], Option<Format>); 7] = [
            (
                &[0xfd, b'7', b'z', b'X', b'Z', 0x00, 0x00, 0x04],
                Some(Format::Xz),
            ),
            (&bz2, Some(Format::Bzip2)),
            (&[0x28, 0xb5, 0x2f, 0xfd, 0x24], Some(Format::Zstd)),
            (&[0x04, 0x22, 0x4d, 0x18, 0x64], Some(Format::Lz4)),
            // A log that happens to start with the letters.
            (b"BZh9 is no block magic\n", None),
            (b"220 (vsFTPd 3.0.3)\r\n", None),
            (&[0x1f, 0x8b, 0x08], None),
        ];
        for (head, want) in cases {
            assert_eq!(Format::sniff(head), want, "{head:?}");
        }
        // Every prefix of a magic number shorter than it is nothing yet.
        assert_eq!(Format::sniff(&bz2[..9]), None);
        assert_eq!(Format::sniff(&[0xfd, b'7', b'z']), None);
    }
}
