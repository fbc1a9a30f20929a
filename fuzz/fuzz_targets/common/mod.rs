//! What the scan and gzip targets share: `scan_bytes` in each output mode, and the
//! oracles on what it writes.

#![allow(dead_code)]

use std::io::Read;

use ftpcode::render::text::Painter;
use ftpcode::scan::{self, Options, Output};

/// The year given to times that have none (fixed: the outcome must not depend on the day).
const YEAR: u16 = 2024;

/// Options from a flag byte: bit 0 `--errors`, bit 1 `--generic`, bit 2 a terminal
/// (annotations wrapped; binary inputs still passed through), bit 3 `--verbose`.
pub fn options(output: Output, flags: u8) -> Options {
    Options {
        output,
        errors_only: flags & 1 != 0,
        generic_only: flags & 2 != 0,
        terminal: flags & 4 != 0,
        wrap: flags & 4 != 0,
        show_controls: false,
        binary: true,
    }
}

/// Scans `bytes` in memory with the plain (colourless) painter.
pub fn scan(bytes: &[u8], opts: &Options) -> (Vec<u8>, scan::Outcome) {
    let painter = Painter::new(false, 80);
    let mut out = Vec::new();
    let outcome = scan::scan_bytes(bytes.to_vec(), YEAR, opts, &painter, &mut out)
        .expect("writing to memory cannot fail");
    (out, outcome)
}

/// `ftpcode strip` of an output.
pub fn strip(out: &[u8]) -> Vec<u8> {
    let mut log = Vec::new();
    ftpcode::strip::strip(&mut &out[..], &mut log).expect("in memory");
    log
}

/// What `scan` shows of a log: the log itself, or the UTF-8 its UTF-16 encodes
/// ([`decoded`]), with a LF after each CR that ends a line where the first 64 KiB of
/// that hold no LF, at least two CRs and no control byte but CR, tab and ESC, as
/// `src/scan/bare_cr.rs` reads it (written again here, apart from ftpcode's reader).
pub fn shown(log: &[u8]) -> Vec<u8> {
    let text = decoded(log);
    let head = &text[..text.len().min(64 * 1024)];
    let bare_cr = !head.contains(&b'\n')
        && head.iter().filter(|b| **b == b'\r').count() >= 2
        && head
            .iter()
            .all(|&b| b >= 0x20 || matches!(b, b'\r' | b'\t' | 0x1b));
    if !bare_cr {
        return text;
    }
    let mut out = Vec::with_capacity(text.len() + text.len() / 16);
    for (i, &b) in text.iter().enumerate() {
        out.push(b);
        if b == b'\r' && text.get(i + 1) != Some(&b'\n') {
            out.push(b'\n');
        }
    }
    out
}

/// The log itself, or the UTF-8 its UTF-16 encodes, after a byte order mark or, without
/// one, where its first two characters are text each with a NUL beside it (`\0-\0-`,
/// `-\0-\0`), as `src/scan/utf16.rs` reads it (decoded here by std, apart from ftpcode's
/// reader; an odd last byte is a replacement character).
fn decoded(log: &[u8]) -> Vec<u8> {
    let text = |b: u8| b == b'\t' || b == b'\n' || b == b'\r' || (0x20..0x7f).contains(&b);
    let (little, mark) = match log {
        [0xff, 0xfe, ..] => (true, 2),
        [0xfe, 0xff, ..] => (false, 2),
        [0, a, 0, b, ..] if text(*a) && text(*b) => (false, 0),
        [a, 0, b, 0, ..] if text(*a) && text(*b) => (true, 0),
        _ => return log.to_vec(),
    };
    let body = &log[mark..];
    let units: Vec<u16> = body
        .chunks_exact(2)
        .map(|p| {
            if little {
                u16::from_le_bytes([p[0], p[1]])
            } else {
                u16::from_be_bytes([p[0], p[1]])
            }
        })
        .collect();
    let mut text = String::from_utf16_lossy(&units);
    if body.len() % 2 == 1 {
        text.push(char::REPLACEMENT_CHARACTER);
    }
    text.into_bytes()
}

/// Annotate mode: `strip` of the output is `log` as shown ([`shown`]), byte for byte.
pub fn check_annotate(bytes: &[u8], log: &[u8], flags: u8) {
    let verbose = flags & 8 != 0;
    let opts = options(Output::Annotate { verbose }, flags);
    let (out, _) = scan(bytes, &opts);
    let back = strip(&out);
    let shown = shown(log);
    let log = &shown[..];
    if back != log {
        let at = back.iter().zip(log).take_while(|(a, b)| a == b).count();
        panic!(
            "strip(scan(input)) != input: first difference at byte {at} of {} (stripped {} bytes)\n\
             input near it:    {:?}\nstripped near it: {:?}\noutput:\n{}",
            log.len(),
            back.len(),
            String::from_utf8_lossy(&log[at.saturating_sub(40)..(at + 40).min(log.len())]),
            String::from_utf8_lossy(&back[at.saturating_sub(40)..(at + 40).min(back.len())]),
            String::from_utf8_lossy(&out[..out.len().min(8192)]),
        );
    }
}

/// Annotate mode with `--show-controls`: no raw escape or other C0 control (but tab and
/// line ends) reaches the output.
pub fn check_show_controls(bytes: &[u8], flags: u8) {
    let mut opts = options(Output::Annotate { verbose: false }, flags);
    opts.show_controls = true;
    let (out, _) = scan(bytes, &opts);
    for (i, &b) in out.iter().enumerate() {
        let ok = match b {
            b'\n' | b'\t' => true,
            b'\r' => out.get(i + 1) == Some(&b'\n'),
            0..=0x1f | 0x7f => false,
            _ => true,
        };
        assert!(
            ok,
            "raw control byte {b:#04x} at {i} with --show-controls:\n{}",
            String::from_utf8_lossy(&out[i.saturating_sub(200)..(i + 50).min(out.len())])
        );
    }
}

/// JSON modes: every line is a JSON object; without `--errors`, one reply record per
/// reply counted.
pub fn check_json(bytes: &[u8], flags: u8, full: bool) {
    let opts = options(Output::Json { full }, flags);
    let (out, outcome) = scan(bytes, &opts);
    let mut replies = 0;
    for line in out.split(|b| *b == b'\n') {
        if line.is_empty() {
            continue;
        }
        let v: serde_json::Value = serde_json::from_slice(line).unwrap_or_else(|e| {
            panic!("not JSON: {e}: {}", String::from_utf8_lossy(line));
        });
        assert!(v.is_object(), "not an object: {v}");
        if v["type"] == "reply" {
            replies += 1;
        }
    }
    assert!(
        out.is_empty() || out.ends_with(b"\n"),
        "last JSON line unterminated"
    );
    if !opts.errors_only {
        assert_eq!(
            replies, outcome.replies,
            "reply records against replies counted"
        );
    }
}

/// Summary modes: the JSON summary parses; neither panics.
pub fn check_summary(bytes: &[u8], flags: u8, json: bool) {
    let opts = options(Output::Summary { json }, flags);
    let (out, _) = scan(bytes, &opts);
    if json {
        for line in out.split(|b| *b == b'\n').filter(|l| !l.is_empty()) {
            serde_json::from_slice::<serde_json::Value>(line).unwrap_or_else(|e| {
                panic!("summary not JSON: {e}: {}", String::from_utf8_lossy(line));
            });
        }
    }
}

/// What a gzip reader gives of `bytes` until it ends or fails: what `scan` must pass on.
pub fn gunzip(bytes: &[u8]) -> Vec<u8> {
    let mut d = flate2::read::MultiGzDecoder::new(bytes);
    let mut v = Vec::new();
    let _ = d.read_to_end(&mut v);
    v
}
