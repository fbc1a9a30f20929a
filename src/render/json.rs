//! Rendering for programs: JSON Lines, one object per result, never a colour code.

use std::io::{self, Write};

use serde::Serialize;

/// Writes one value as a single line of JSON. Never inlined: serialisers are large, and
/// inlined they would sit among the code that every `explain` runs (see link/README.md).
#[inline(never)]
pub fn line(w: &mut impl Write, value: &impl Serialize) -> io::Result<()> {
    let mut b = serde_json::to_vec(value).map_err(io::Error::from)?;
    c1_escaped(&mut b);
    b.push(b'\n');
    w.write_all(&b)
}

/// Serialises `value` onto `out`, C1 controls escaped (see [`c1_escaped`]).
pub fn append(out: &mut Vec<u8>, value: &impl Serialize) -> io::Result<()> {
    let from = out.len();
    serde_json::to_writer(&mut *out, value).map_err(io::Error::from)?;
    let mut tail = out.split_off(from);
    c1_escaped(&mut tail);
    out.append(&mut tail);
    Ok(())
}

/// Escapes the C1 controls (U+0080 to U+009F) in serialised JSON, which serde_json writes
/// as they are: a terminal that shows the JSON would run U+009B as a control sequence's
/// introducer (CSI). They can stand only inside strings, where `\u009b` means the same.
pub fn c1_escaped(json: &mut Vec<u8>) {
    // (Most output holds none: one look.)
    if !json.windows(2).any(is_c1) {
        return;
    }
    let mut out = Vec::with_capacity(json.len() + 16);
    let mut i = 0;
    while i < json.len() {
        if is_c1(&json[i..json.len().min(i + 2)]) {
            let _ = write!(out, "\\u{:04x}", json[i + 1]);
            i += 2;
        } else {
            out.push(json[i]);
            i += 1;
        }
    }
    *json = out;
}

/// Whether two bytes are a C1 control in UTF-8 (`C2 80` to `C2 9F`).
fn is_c1(pair: &[u8]) -> bool {
    matches!(pair, [0xc2, 0x80..=0x9f])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn c1_controls_are_escaped_and_all_else_is_kept() {
        let mut b = serde_json::to_vec("no\u{9b}2J such \u{80}é\u{a0}").unwrap_or_default();
        c1_escaped(&mut b);
        assert_eq!(
            String::from_utf8_lossy(&b),
            "\"no\\u009b2J such \\u0080é\u{a0}\""
        );
        let back: String = serde_json::from_slice(&b).unwrap_or_default();
        assert_eq!(back, "no\u{9b}2J such \u{80}é\u{a0}");
    }
}
