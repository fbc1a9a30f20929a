//! `scan` on arbitrary bytes, through the in-memory entry point (`scan_bytes`).
//!
//! Byte 0 picks the mode (bits 4-6) and the options (bits 0-3, see `common::options`);
//! the rest is the log. Oracles: no panic in any mode; annotating, `strip` of the output
//! is the log byte for byte; `--show-controls` lets no raw control byte through; every
//! JSON line parses, with one reply record per reply.

#![no_main]

use libfuzzer_sys::fuzz_target;

mod common;

fuzz_target!(|data: &[u8]| {
    let Some((&head, log)) = data.split_first() else {
        return;
    };
    // Bytes that start with the gzip magic are read as gzip: the `gzip` target's job.
    // Here the log is taken as it is, so that `strip` must give exactly it back.
    if log.starts_with(&[0x1f, 0x8b]) {
        return;
    }
    let flags = head & 0x0f;
    match head >> 4 & 7 {
        // Annotating is what users see most: half the inputs.
        0..=3 => common::check_annotate(log, log, flags),
        4 => common::check_json(log, flags, false),
        5 => common::check_json(log, flags, true),
        6 => common::check_show_controls(log, flags),
        _ => {
            common::check_summary(log, flags, head & 0x80 != 0);
        }
    }
});
