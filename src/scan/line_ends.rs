//! Where the lines of a block end. Besides the marker search, this is the one loop of
//! `scan` that reads every byte of the input, and a log line is short (70 bytes is
//! typical): restarting a search after each newline costs more than the search itself,
//! so on CPUs with AVX2 one pass turns every 32 bytes into a bit mask of newlines.

/// A line as the scanner reads it: without its line end (`\n`, `\r\n`, or the `^M\n` that
/// `cat -v` makes of a CR LF), nor the NUL that ends a syslog datagram (Python's
/// SysLogHandler appends one) before it.
pub fn content(raw: &[u8]) -> &[u8] {
    let body = raw.strip_suffix(b"\n").unwrap_or(raw);
    let body = body.strip_suffix(b"\0").unwrap_or(body);
    body.strip_suffix(b"\r")
        .or_else(|| body.strip_suffix(b"^M"))
        .unwrap_or(body)
}

/// Appends the offset of every `\n` in `buf` to `ends`. `buf` must be shorter than 4 GiB.
pub fn find(buf: &[u8], ends: &mut Vec<u32>) {
    debug_assert!(u32::try_from(buf.len()).is_ok());
    #[cfg(target_arch = "x86_64")]
    if std::arch::is_x86_feature_detected!("avx2") {
        // SAFETY: the CPU has AVX2, checked just above.
        unsafe { avx2(buf, ends) };
        return;
    }
    portable(buf, ends);
}

fn portable(buf: &[u8], ends: &mut Vec<u32>) {
    ends.extend(memchr::memchr_iter(b'\n', buf).map(|i| i as u32));
}

#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx2")]
fn avx2(buf: &[u8], ends: &mut Vec<u32>) {
    use std::arch::x86_64::{
        _mm256_cmpeq_epi8, _mm256_loadu_si256, _mm256_movemask_epi8, _mm256_set1_epi8,
    };
    let newline = _mm256_set1_epi8(b'\n' as i8);
    let mut blocks = buf.chunks_exact(32);
    let mut at = 0u32;
    for block in &mut blocks {
        // SAFETY: `block` is 32 readable bytes, and this load needs no alignment.
        let bytes = unsafe { _mm256_loadu_si256(block.as_ptr().cast()) };
        let mut mask = _mm256_movemask_epi8(_mm256_cmpeq_epi8(bytes, newline)) as u32;
        while mask != 0 {
            ends.push(at + mask.trailing_zeros());
            mask &= mask - 1; // the next newline
        }
        at += 32;
    }
    let rest = blocks.remainder();
    ends.extend(memchr::memchr_iter(b'\n', rest).map(|i| at + i as u32));
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_line_s_content_is_without_its_end() {
        assert_eq!(super::content(b"220 ready\r\n"), b"220 ready");
        assert_eq!(
            super::content(b"<95>pyftpd[1]: -> 220 ready\0\n"),
            b"<95>pyftpd[1]: -> 220 ready"
        );
        assert_eq!(super::content(b"220 ready"), b"220 ready");
        // (A NUL inside the line is the line's.)
        assert_eq!(super::content(b"a\0b\n"), b"a\0b");
        // `cat -v` shows the CR as `^M`.
        assert_eq!(super::content(b"> PWD^M\n"), b"> PWD");
    }

    use super::*;

    fn expected(buf: &[u8]) -> Vec<u32> {
        buf.iter()
            .enumerate()
            .filter(|(_, b)| **b == b'\n')
            .map(|(i, _)| i as u32)
            .collect()
    }

    #[test]
    fn every_newline_at_every_offset() {
        // Newlines on both sides of each 32-byte block edge, in buffers of every length
        // around a few blocks, with bytes that differ from '\n' by one bit around them.
        for len in 0..140 {
            for step in [1, 2, 3, 31, 32, 33, 70] {
                let buf: Vec<u8> = (0..len)
                    .map(|i| match i % step {
                        0 => b'\n',
                        1 => b'\x0b',
                        _ => b'\x8a',
                    })
                    .collect();
                let mut want = vec![7]; // what was there before stays
                want.extend(expected(&buf));
                for (name, f) in [
                    ("find", find as fn(&[u8], &mut Vec<u32>)),
                    ("portable", portable),
                ] {
                    let mut ends = vec![7];
                    f(&buf, &mut ends);
                    assert_eq!(ends, want, "{name}: len {len}, step {step}");
                }
            }
        }
    }

    #[test]
    fn a_log() {
        let log = include_bytes!("../../tests/fixtures/scan/vsftpd-protocol.log");
        let mut ends = Vec::new();
        find(log, &mut ends);
        assert_eq!(ends, expected(log));
        assert!(ends.len() > 50);
    }
}
