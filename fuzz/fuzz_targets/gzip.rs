//! `scan` of gzip input: byte 0 picks the form and the mode, the rest is the payload.
//!
//! - form 0: a valid gzip stream of the payload (one member, or the payload cut in two
//!   members): annotating, `strip` of the output is the payload byte for byte;
//! - form 1: a valid gzip of the payload, cut short or with a byte flipped: `strip` of the
//!   output is what a gzip reader gives before the error;
//! - form 2: the gzip magic, then the payload raw (garbage, or a crafted stream such as a
//!   small bomb): no panic, no hang, and again what was decoded passes through;
//! - form 3: the payload as it is, in JSON mode.
//!
//! Oracles as in `scan`: no panic, no hang (libFuzzer's -timeout), strip gives back what
//! was read, JSON lines parse.

#![no_main]

use std::io::Write;

use flate2::Compression;
use flate2::write::GzEncoder;
use libfuzzer_sys::fuzz_target;

mod common;

fn gzip(parts: &[&[u8]], level: u32) -> Vec<u8> {
    let mut all = Vec::new();
    for p in parts {
        let mut e = GzEncoder::new(Vec::new(), Compression::new(level));
        e.write_all(p).expect("in memory");
        all.extend(e.finish().expect("in memory"));
    }
    all
}

fuzz_target!(|data: &[u8]| {
    let Some((&head, payload)) = data.split_first() else {
        return;
    };
    let flags = head >> 4 & 0x0f;
    let level = u32::from(head >> 2 & 3) * 3; // 0, 3, 6, 9
    match head & 3 {
        0 => {
            // One member, or two (concatenated members are one stream, as for zcat).
            let gz = if flags & 8 != 0 && !payload.is_empty() {
                let cut = usize::from(payload[0]) % payload.len();
                gzip(&[&payload[..cut], &payload[cut..]], level)
            } else {
                gzip(&[payload], level)
            };
            common::check_annotate(&gz, payload, flags & 7);
        }
        1 => {
            let mut gz = gzip(&[payload], level);
            let n = gz.len();
            let pick = payload.first().map_or(0, |&b| usize::from(b));
            if flags & 8 != 0 {
                gz[pick * 7 % n] ^= 1 << (pick % 8);
            } else {
                gz.truncate(pick * 7 % n);
            }
            if gz.starts_with(&[0x1f, 0x8b]) {
                let decoded = common::gunzip(&gz);
                common::check_annotate(&gz, &decoded, flags & 7);
            }
        }
        2 => {
            let mut raw = vec![0x1f, 0x8b];
            raw.extend_from_slice(payload);
            let decoded = common::gunzip(&raw);
            common::check_annotate(&raw, &decoded, flags & 7);
            if flags & 8 != 0 {
                common::check_json(&raw, flags & 7, false);
            }
        }
        _ => {
            let gz = gzip(&[payload], level);
            common::check_json(&gz, flags & 7, flags & 8 != 0);
        }
    }
});
