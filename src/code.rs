//! Reply codes as a type: what the digits mean is asked of the code, never computed
//! from a bare number at the call site. Also the one grammar of a reply line's head
//! (`550 `, `211-`, a bare `200`), shared by `explain` and `scan`.

use std::fmt;

use serde::Serialize;

/// An FTP reply code (three digits, the first 1 to 6: RFC 959 §4.2, RFC 2228 §5), or a
/// Windows Sockets error number (10000 to 11999) that Windows clients and IIS show where
/// a reply is expected.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(transparent)]
pub struct ReplyCode(u16);

/// The first digit of a reply: how the command went (RFC 959 §4.2.1; 6yz RFC 2228 §5.2).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Class {
    /// 1yz: started, another reply follows.
    PositivePreliminary = 1,
    /// 2yz: done.
    PositiveCompletion = 2,
    /// 3yz: accepted, the next command of the sequence is awaited.
    PositiveIntermediate = 3,
    /// 4yz: failed, may work later.
    TransientNegative = 4,
    /// 5yz: failed, will fail again as it is.
    PermanentNegative = 5,
    /// 6yz: a protected reply, whose real code is inside.
    Protected = 6,
}

/// How many distinct FTP reply codes there are (100 to 699): the size of a table indexed
/// by [`ReplyCode::index`].
pub const REPLY_CODES: usize = 600;

impl ReplyCode {
    const FIRST: u16 = 100;
    const LAST: u16 = 699;
    const WINSOCK: std::ops::RangeInclusive<u16> = 10000..=11999;

    /// A reply code or Windows socket error, or None for any other number.
    pub const fn new(n: u16) -> Option<Self> {
        if (n >= Self::FIRST && n <= Self::LAST)
            || (n >= *Self::WINSOCK.start() && n <= *Self::WINSOCK.end())
        {
            Some(ReplyCode(n))
        } else {
            None
        }
    }

    /// For tables built into the binary: a number that is not a code fails the build.
    pub const fn known(n: u16) -> Self {
        match Self::new(n) {
            Some(c) => c,
            None => panic!("not a reply code"),
        }
    }

    /// From three ASCII digits, the first `1` to `6`.
    pub const fn from_digits(d: [u8; 3]) -> Option<Self> {
        if d[0] < b'1' || d[0] > b'6' || !d[1].is_ascii_digit() || !d[2].is_ascii_digit() {
            return None;
        }
        let n = (d[0] - b'0') as u16 * 100 + (d[1] - b'0') as u16 * 10 + (d[2] - b'0') as u16;
        Some(ReplyCode(n))
    }

    pub const fn get(self) -> u16 {
        self.0
    }

    /// A Windows socket error number, not an FTP reply.
    pub const fn is_winsock(self) -> bool {
        self.0 >= *Self::WINSOCK.start()
    }

    /// The first digit's class; None for a Windows socket error.
    pub const fn class(self) -> Option<Class> {
        if self.is_winsock() {
            return None;
        }
        Some(match self.0 / 100 {
            1 => Class::PositivePreliminary,
            2 => Class::PositiveCompletion,
            3 => Class::PositiveIntermediate,
            4 => Class::TransientNegative,
            5 => Class::PermanentNegative,
            _ => Class::Protected,
        })
    }

    /// The first digit (1 to 6); None for a Windows socket error.
    pub const fn first_digit(self) -> Option<u8> {
        match self.class() {
            Some(c) => Some(c as u8),
            None => None,
        }
    }

    /// The second digit (0 to 9); None for a Windows socket error.
    pub const fn second_digit(self) -> Option<u8> {
        if self.is_winsock() {
            None
        } else {
            Some((self.0 / 10 % 10) as u8)
        }
    }

    /// 1yz: another reply to the same command follows.
    pub const fn is_preliminary(self) -> bool {
        matches!(self.class(), Some(Class::PositivePreliminary))
    }

    /// 2yz or 3yz: the command was accepted.
    pub const fn is_positive(self) -> bool {
        matches!(
            self.class(),
            Some(Class::PositiveCompletion | Class::PositiveIntermediate)
        ) || self.is_preliminary()
    }

    /// 4yz or 5yz: the command failed. A 6yz protected reply is not negative (its inner
    /// reply may be anything), and a Windows socket error is a failure of the connection,
    /// not a reply: both count as negative only where [`ReplyCode::is_failure`] is asked.
    pub const fn is_negative(self) -> bool {
        matches!(
            self.class(),
            Some(Class::TransientNegative | Class::PermanentNegative)
        )
    }

    /// Something went wrong: a negative reply or a Windows socket error.
    pub const fn is_failure(self) -> bool {
        self.is_negative() || self.is_winsock()
    }

    /// 6yz: a reply protected by the security mechanism (RFC 2228 §5.2).
    pub const fn is_protected(self) -> bool {
        matches!(self.class(), Some(Class::Protected))
    }

    /// A dense index (0 to 599) for per-code tables; None for a Windows socket error.
    pub const fn index(self) -> Option<usize> {
        if self.is_winsock() {
            None
        } else {
            Some((self.0 - Self::FIRST) as usize)
        }
    }

    /// The code at a dense index of [`ReplyCode::index`].
    pub fn from_index(i: usize) -> Option<Self> {
        u16::try_from(i)
            .ok()
            .and_then(|i| i.checked_add(Self::FIRST))
            .filter(|n| *n <= Self::LAST)
            .map(ReplyCode)
    }
}

impl fmt::Display for ReplyCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // Not `Display for u16`: see crate::digits.
        let mut buf = [0; 20];
        let digits = crate::digits::decimal(u64::from(self.0), &mut buf);
        f.pad(std::str::from_utf8(digits).unwrap_or_default())
    }
}

impl Class {
    /// The digit pattern: `5yz`.
    pub fn digits(self) -> &'static str {
        match self {
            Class::PositivePreliminary => "1yz",
            Class::PositiveCompletion => "2yz",
            Class::PositiveIntermediate => "3yz",
            Class::TransientNegative => "4yz",
            Class::PermanentNegative => "5yz",
            Class::Protected => "6yz",
        }
    }

    /// A few words for one-line annotations.
    pub fn short(self) -> &'static str {
        match self {
            Class::PositivePreliminary => "preliminary, the final reply follows",
            Class::PositiveCompletion => "success",
            Class::PositiveIntermediate => "accepted, the server waits for the next command",
            Class::TransientNegative => "transient failure, the same command may work later",
            Class::PermanentNegative => "permanent failure, change something before retrying",
            Class::Protected => "protected reply, decode it first (RFC 2228)",
        }
    }
}

/// What follows the code on a reply line (RFC 959 §4.2).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Sep {
    /// `550 text`, or a bare `550`: a one-line reply, or the last line of a multi-line one.
    Last,
    /// `211-text`: the first line of a multi-line reply, which ends at `211 ...`.
    More,
}

/// Reads the head of a reply line: `ddd text`, `ddd-text` or a bare `ddd` (a `\r` may
/// end the line). Returns the code, the separator and the text after it.
pub fn parse_head(line: &[u8]) -> Option<(ReplyCode, Sep, &[u8])> {
    let code = ReplyCode::from_digits(*line.first_chunk::<3>()?)?;
    let rest = &line[3..];
    match rest.first() {
        None | Some(b'\r') => Some((code, Sep::Last, b"")),
        Some(b' ') => Some((code, Sep::Last, &rest[1..])),
        Some(b'-') => Some((code, Sep::More, &rest[1..])),
        Some(_) => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_code_displays_as_its_number_does() {
        for n in [
            0,
            7,
            ReplyCode::FIRST,
            502,
            ReplyCode::LAST,
            10061,
            u16::MAX,
        ] {
            let code = ReplyCode(n);
            assert_eq!(code.to_string(), n.to_string());
            assert_eq!(format!("[{code:>6}]"), format!("[{n:>6}]"));
            assert_eq!(format!("[{code:<6}]"), format!("[{n:<6}]"));
        }
    }

    #[test]
    fn ranges() {
        assert!(ReplyCode::new(99).is_none());
        assert!(ReplyCode::new(700).is_none());
        assert!(ReplyCode::new(9999).is_none());
        assert!(ReplyCode::new(12000).is_none());
        assert_eq!(ReplyCode::new(100).and_then(ReplyCode::index), Some(0));
        assert_eq!(ReplyCode::new(699).and_then(ReplyCode::index), Some(599));
        assert!(ReplyCode::new(10054).is_some_and(ReplyCode::is_winsock));
        for i in 0..REPLY_CODES {
            let c = ReplyCode::from_index(i).expect("in range");
            assert_eq!(c.index(), Some(i));
        }
        assert!(ReplyCode::from_index(REPLY_CODES).is_none());
    }

    #[test]
    fn classes() {
        let c = |n| ReplyCode::known(n);
        assert!(c(150).is_preliminary() && c(150).is_positive() && !c(150).is_negative());
        assert!(c(331).is_positive());
        assert!(c(421).is_negative() && c(550).is_negative());
        // A protected reply is not negative: its inner reply may be a success.
        assert!(c(631).is_protected() && !c(631).is_negative() && !c(631).is_failure());
        assert!(c(10054).is_failure() && !c(10054).is_negative());
        assert_eq!(c(502).class(), Some(Class::PermanentNegative));
        assert_eq!(c(502).second_digit(), Some(0));
        assert_eq!(c(10054).class(), None);
        assert_eq!(Class::TransientNegative.digits(), "4yz");
    }

    #[test]
    fn heads() {
        let h = |s: &str| parse_head(s.as_bytes()).map(|(c, sep, t)| (c.get(), sep, t.to_vec()));
        assert_eq!(h("550 No"), Some((550, Sep::Last, b"No".to_vec())));
        assert_eq!(
            h("211-Features:"),
            Some((211, Sep::More, b"Features:".to_vec()))
        );
        assert_eq!(h("200"), Some((200, Sep::Last, vec![])));
        assert_eq!(h("200\r"), Some((200, Sep::Last, vec![])));
        for bad in ["5502", "7xx", "099 x", "55", "", "abc", "550x"] {
            assert_eq!(h(bad), None, "{bad}");
        }
    }
}
