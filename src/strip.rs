//! `ftpcode strip`: the log back, byte for byte, from what `ftpcode scan` wrote.
//!
//! `scan` adds lines that start with its mark (`  [ftpcode] `, dimmed on a terminal). Two
//! of them are there to make this exact: `  [ftpcode] =` says the next line is the log's
//! own even though it starts with the mark, and `  [ftpcode] ~` says the newline before it
//! was added to end the log's unterminated last line. `grep -v '^  \[ftpcode\] '` gives the
//! same result except in those two cases (and needs `-a` for NUL bytes).

use std::io::{self, BufRead, Write};

use crate::scan::MARK;

/// Why [`strip`] stopped: its input could not be read, or its output not written (each
/// said in its own words).
#[derive(Debug)]
pub enum Fail {
    Read(io::Error),
    Write(io::Error),
}

impl From<io::Error> for Fail {
    fn from(e: io::Error) -> Self {
        Fail::Write(e)
    }
}

/// Removes ftpcode's lines from `input`, writing the log to `out`.
pub fn strip(input: &mut impl BufRead, out: &mut impl Write) -> Result<(), Fail> {
    let mut line = Vec::new();
    let mut escaped = false;
    // The last newline written, held back in case a `~` line says it was ftpcode's.
    let mut held_newline = false;
    loop {
        line.clear();
        if input.read_until(b'\n', &mut line).map_err(Fail::Read)? == 0 {
            break;
        }
        if escaped {
            escaped = false;
        } else if let Some(rest) = after_mark(&line) {
            match rest {
                b"=\n" => escaped = true,
                b"~\n" => held_newline = false,
                _ => {}
            }
            continue;
        }
        if held_newline {
            out.write_all(b"\n")?;
        }
        match line.strip_suffix(b"\n") {
            Some(body) => {
                out.write_all(body)?;
                held_newline = true;
            }
            None => {
                out.write_all(&line)?;
                held_newline = false;
            }
        }
    }
    if held_newline {
        out.write_all(b"\n")?;
    }
    Ok(out.flush()?)
}

/// Whether `line` (from its start) reads as one of ftpcode's lines, painted or not: `scan`
/// escapes every log line for which this holds, so that `strip` keeps it.
pub(crate) fn looks_like_ours(line: &[u8]) -> bool {
    after_mark(line).is_some()
}

/// What follows the mark on one of ftpcode's lines (painted or not), or None for a line
/// of the log.
fn after_mark(line: &[u8]) -> Option<&[u8]> {
    let mut rest = line;
    // A painted mark: colour codes before and after it.
    let mut painted = false;
    while let Some(r) = rest.strip_prefix(b"\x1b[") {
        let n = r
            .iter()
            .take_while(|b| b.is_ascii_digit() || **b == b';')
            .count();
        if r.get(n) != Some(&b'm') {
            return None;
        }
        rest = &r[n + 1..];
        painted = true;
    }
    let rest = rest.strip_prefix(MARK.as_bytes())?;
    if painted {
        let mut r = rest;
        while let Some(x) = r.strip_prefix(b"\x1b[") {
            let n = x
                .iter()
                .take_while(|b| b.is_ascii_digit() || **b == b';')
                .count();
            r = x.get(n + 1..).unwrap_or_default();
        }
        return Some(r);
    }
    Some(rest)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(input: &[u8]) -> Vec<u8> {
        let mut out = Vec::new();
        strip(&mut &input[..], &mut out).expect("in memory");
        out
    }

    #[test]
    fn marks_escapes_and_added_newlines() {
        assert_eq!(
            run(b"220 ok\n  [ftpcode] 220 Service ready: fine\n"),
            b"220 ok\n"
        );
        // The log's own line that starts like an annotation, after its escape.
        assert_eq!(
            run(b"a\n  [ftpcode] =\n  [ftpcode] forged\nb\n"),
            b"a\n  [ftpcode] forged\nb\n"
        );
        // An unterminated last line: the newline ftpcode added goes again.
        assert_eq!(
            run(b"220 ok\n  [ftpcode] ~\n  [ftpcode] 220 x\n"),
            b"220 ok"
        );
        assert_eq!(run(b"no newline"), b"no newline");
        assert_eq!(run(b"\x1b[2m  [ftpcode] \x1b[0m550 x\nlog\n"), b"log\n");
        assert_eq!(run(b"\x00\xff\n"), b"\x00\xff\n");
    }
}
