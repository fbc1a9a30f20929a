//! A quick first look at a line for any of many long literals, before the automaton.
//!
//! `scan` searches every line of a log for the hundreds of client error texts. An
//! Aho-Corasick automaton walks every byte of every line through a large table (its DFA
//! would take 18 MB), and was a fifth of the reader thread's work. All the literals are
//! long (12 bytes and more), which allows a much lighter test first: an occurrence of a
//! literal at least `gram + stride - 1` bytes long covers an 8-byte piece that starts at
//! a multiple of `stride`, and that piece is one of the literal's first `stride` pieces.
//! So the line's pieces at every `stride`-th place are looked up in a bitmap of the
//! literals' first pieces; a line none of them hits holds no literal, and only the few
//! lines that hit one go on to the automaton. Case is folded on both sides, as the
//! automaton folds ASCII case.

/// The length of a piece (read as one `u64`).
const GRAM: usize = 8;
/// log2 of the bitmap's size in bits: 2^18 bits (32 KiB, little beside scan's 16 MiB
/// budget) keep chance hits of a few thousand pieces near one in 80 places.
const BITS: u32 = 18;

pub struct Grams {
    /// Every `stride`-th place of a line is looked at (0: no filter, every line passes).
    stride: usize,
    bitmap: Vec<u64>,
}

impl Grams {
    /// The filter for these literals (matched case-insensitively for ASCII).
    pub fn new<'a>(literals: impl Iterator<Item = &'a [u8]> + Clone) -> Grams {
        let shortest = literals.clone().map(<[u8]>::len).min().unwrap_or(0);
        // A literal shorter than a piece cannot be looked up by pieces: no filter.
        let stride = (shortest + 1).saturating_sub(GRAM);
        let mut bitmap = vec![0u64; 1 << (BITS - 6)];
        if stride > 0 {
            for literal in literals {
                for at in 0..stride {
                    let bit = slot(piece(&literal[at..]));
                    bitmap[bit >> 6] |= 1 << (bit & 63);
                }
            }
        }
        Grams { stride, bitmap }
    }

    /// Whether the quick look rules lines out (not when a literal is shorter than a piece).
    pub fn is_on(&self) -> bool {
        self.stride > 0
    }

    /// Whether the line may hold one of the literals (false: it surely holds none).
    pub fn may_hold(&self, line: &[u8]) -> bool {
        if self.stride == 0 {
            return true;
        }
        let mut at = 0;
        while at + GRAM <= line.len() {
            let bit = slot(piece(&line[at..]));
            if self.bitmap[bit >> 6] & (1 << (bit & 63)) != 0 {
                return true;
            }
            at += self.stride;
        }
        false
    }
}

/// The first 8 bytes of `bytes` (at least that long), ASCII letters in lower case.
fn piece(bytes: &[u8]) -> u64 {
    let mut b = [0u8; GRAM];
    b.copy_from_slice(&bytes[..GRAM]);
    let v = u64::from_le_bytes(b);
    // SWAR lower-casing: 0x20 added to each byte from b'A' to b'Z' and to no other.
    let high = 0x8080_8080_8080_8080u64;
    let low7 = v & !high;
    let ge_a = low7 + 0x3f3f_3f3f_3f3f_3f3f; // bit 7 set where byte >= 0x41
    let gt_z = low7 + 0x2525_2525_2525_2525; // bit 7 set where byte >= 0x5b
    let upper = ge_a & !gt_z & !v & high;
    v | (upper >> 2)
}

/// The bit of a piece in the bitmap (a multiplicative hash's top bits).
fn slot(piece: u64) -> usize {
    (piece.wrapping_mul(0x9e37_79b9_7f4a_7c15) >> (64 - BITS)) as usize
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pieces_fold_ascii_case_only() {
        assert_eq!(piece(b"ABCXYZ@["), piece(b"abcxyz@["));
        assert_ne!(piece(b"@@@@[[[["), piece(b"````{{{{"));
        assert_eq!(piece("É€ Zz".as_bytes()), piece("É€ zz".as_bytes()));
        for b in 0..=255u8 {
            assert_eq!(
                piece(&[b; 8]),
                u64::from_le_bytes([b.to_ascii_lowercase(); 8])
            );
        }
    }

    proptest::proptest! {
        /// Never a miss: a line that holds a literal, in any case and at any place, passes.
        #[test]
        fn a_line_holding_a_literal_passes(
            literals in proptest::collection::vec("[ -~]{12,40}", 1..20),
            pick in 0usize..20,
            before in "[ -~]{0,30}",
            after in "[ -~]{0,30}",
            upper in proptest::bool::ANY,
        ) {
            let grams = Grams::new(literals.iter().map(|l| l.as_bytes()));
            let literal = &literals[pick % literals.len()];
            let literal = if upper { literal.to_ascii_uppercase() } else { literal.clone() };
            let line = format!("{before}{literal}{after}");
            proptest::prop_assert!(grams.may_hold(line.as_bytes()));
        }
    }

    #[test]
    fn most_lines_without_a_literal_fail() {
        let grams = Grams::new(
            [
                "Connection refused by server",
                "curl: (28) Operation timed out",
            ]
            .iter()
            .map(|l| l.as_bytes()),
        );
        assert!(!grams.may_hold(b"Mar  1 10:15:32 host vsftpd[812]: OK LOGIN: Client \"::1\""));
        assert!(grams.may_hold(b"error: CONNECTION REFUSED BY SERVER (retrying)"));
        // A literal shorter than a piece turns the filter off rather than miss it.
        let short = Grams::new([&b"ECONN"[..], b"long enough literal"].into_iter());
        assert!(short.may_hold(b"nothing here"));
    }
}
