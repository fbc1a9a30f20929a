//! What ftpcode knows, compiled into the binary from `data/` by `build.rs`: the reply
//! codes ([`codes`]), what each command may get ([`sequences`]), notes on confusable pairs
//! ([`pairs`]), what real servers say ([`servers`]), what clients print and what servers'
//! own logs write in place of replies ([`clients`]), and IIS's status fields ([`iis`]).
//!
//! To add a code, a sequence, a pair note, a server message or a client error, edit the
//! TOML file in `data/`; `build.rs` checks its order and fields, and the tests here check
//! that the tables agree with each other.

pub mod clients;
pub mod codes;
pub mod grams;
pub mod iis;
pub mod pairs;
pub mod pool;
pub mod sequences;
pub mod servers;

/// Matches `text` against `pattern`, where `*` stands for any run of bytes (even none).
/// Iterative, with one backtrack point: linear for patterns like these.
pub fn glob(pattern: &[u8], text: &[u8]) -> bool {
    glob_by(pattern, text, |a, b| a == b)
}

/// [`glob`], with ASCII letters matching either case.
pub fn glob_ignore_case(pattern: &[u8], text: &[u8]) -> bool {
    glob_by(pattern, text, |a, b| a.eq_ignore_ascii_case(&b))
}

fn glob_by(pattern: &[u8], text: &[u8], same: fn(u8, u8) -> bool) -> bool {
    let (mut p, mut t) = (0, 0);
    let mut star: Option<(usize, usize)> = None;
    while t < text.len() {
        match pattern.get(p) {
            Some(b'*') => {
                star = Some((p, t));
                p += 1;
            }
            Some(&c) if same(c, text[t]) => {
                p += 1;
                t += 1;
            }
            _ => match star {
                Some((sp, st)) => {
                    p = sp + 1;
                    t = st + 1;
                    star = Some((sp, st + 1));
                }
                None => return false,
            },
        }
    }
    pattern[p..].iter().all(|&c| c == b'*')
}

/// Whether `pattern` (with `*` for any run of bytes) matches somewhere within `text`: as
/// [`glob`] with a `*` implied at each end, without building that pattern.
pub fn glob_within(pattern: &[u8], text: &[u8]) -> bool {
    glob_within_by(pattern, text, |a, b| a == b)
}

/// [`glob_within`], with ASCII letters matching either case.
pub fn glob_within_ignore_case(pattern: &[u8], text: &[u8]) -> bool {
    glob_within_by(pattern, text, |a, b| a.eq_ignore_ascii_case(&b))
}

fn glob_within_by(pattern: &[u8], text: &[u8], same: fn(u8, u8) -> bool) -> bool {
    let (mut p, mut t) = (0, 0);
    // The implied leading star: a mismatch restarts the pattern one byte further on.
    let mut star: (usize, usize) = (0, 0);
    while t < text.len() {
        if p == pattern.len() {
            return true; // the implied trailing star takes the rest
        }
        match pattern[p] {
            b'*' => {
                star = (p + 1, t);
                p += 1;
            }
            c if same(c, text[t]) => {
                p += 1;
                t += 1;
            }
            _ => {
                p = star.0;
                t = star.1 + 1;
                star.1 += 1;
            }
        }
    }
    pattern[p..].iter().all(|&c| c == b'*')
}

/// Whether `pattern` matches at the start of `text` (a `*` implied at its end).
pub fn glob_prefix(pattern: &[u8], text: &[u8]) -> bool {
    let mut with_star = Vec::with_capacity(pattern.len() + 1);
    with_star.extend_from_slice(pattern);
    with_star.push(b'*');
    glob(&with_star, text)
}

/// [`glob_prefix`], with ASCII letters matching either case.
pub fn glob_prefix_ignore_case(pattern: &[u8], text: &[u8]) -> bool {
    let mut with_star = Vec::with_capacity(pattern.len() + 1);
    with_star.extend_from_slice(pattern);
    with_star.push(b'*');
    glob_ignore_case(&with_star, text)
}

#[cfg(test)]
mod tests {
    use super::{glob, glob_within};

    #[test]
    fn globbing_within() {
        assert!(glob_within(b"curl: (67)", b"x curl: (67) Access denied"));
        assert!(glob_within(
            b"Error:*timed out",
            b"Error:\tConnection timed out after 20s"
        ));
        assert!(!glob_within(b"Error:*timed out", b"Status: timed out"));
        assert!(glob_within(b"", b"anything"));
        assert!(glob_within(b"aab", b"aaab"));
        assert!(!glob_within(b"abc", b"ab"));
    }

    #[test]
    fn globbing() {
        assert!(glob(
            b"Can't open *: No such file",
            b"Can't open a.txt: No such file"
        ));
        assert!(glob(b"*", b""));
        assert!(glob(b"a*b*c", b"axxbyyc"));
        assert!(!glob(b"a*b*c", b"axxbyy"));
        assert!(!glob(b"Login incorrect.", b"Login incorrect. "));
        assert!(glob(
            b"Too many connections (*) from this IP",
            b"Too many connections (8) from this IP"
        ));
    }
}
