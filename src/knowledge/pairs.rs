//! Notes on the pairs of codes people confuse most, from `data/pairs.toml`: what sets
//! them apart beyond what the digits imply. Used by `compare`.

use crate::code::ReplyCode;
use crate::knowledge::pool::{List, Text};

/// Notes on two codes that are often confused.
#[derive(Debug)]
pub struct PairNote {
    /// The two codes, lower first.
    pub codes: [ReplyCode; 2],
    /// What sets them apart, one point per string.
    pub differences: List<Text>,
    /// When a server sends which (for implementers), and what a client should do about each.
    pub guidance: List<Text>,
    /// Documents with section, e.g. "RFC 959 §5.4".
    pub sources: List<Text>,
}

include!(concat!(env!("OUT_DIR"), "/pairs.rs"));

/// The note for two codes, in either order.
pub fn note(a: ReplyCode, b: ReplyCode) -> Option<&'static PairNote> {
    let key = if a <= b { [a, b] } else { [b, a] };
    PAIRS
        .binary_search_by_key(&key, |p| p.codes)
        .ok()
        .map(|i| &PAIRS[i])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_pairs_people_confuse_have_notes() {
        let wanted = [
            (500, 502),
            (502, 504),
            (202, 502),
            (421, 530),
            (425, 426),
            (450, 550),
            (451, 551),
            (452, 552),
            (226, 250),
            (227, 229),
            (331, 332),
            (530, 532),
            (221, 421),
            (125, 150),
            (211, 212),
            (211, 213),
            (212, 213),
            (530, 550),
            (550, 553),
            (211, 502),
        ];
        for (a, b) in wanted {
            assert!(
                note(ReplyCode::known(b), ReplyCode::known(a)).is_some(),
                "no note for {a}/{b}"
            );
        }
    }
}
