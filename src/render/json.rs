//! Rendering for programs: JSON Lines, one object per result, never a colour code.

use std::io::{self, Write};

use serde::Serialize;

/// Writes one value as a single line of JSON. Never inlined: serialisers are large, and
/// inlined they would sit among the code that every `explain` runs (see link/README.md).
#[inline(never)]
pub fn line(w: &mut impl Write, value: &impl Serialize) -> io::Result<()> {
    serde_json::to_writer(&mut *w, value).map_err(io::Error::from)?;
    w.write_all(b"\n")
}
