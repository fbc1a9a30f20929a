//! Per-line detection: the lexer, the format hints (packet payloads, escaped strings,
//! dump rows, IIS, ncftp) and `Detector::classify` with a context closure, line after
//! line so the detector learns the input's shapes as `scan` does.
//!
//! Bytes 0-2 choose the context the closure gives (a multi-line reply open, its shape and
//! its label, the command waiting for its answer, a greeting due, a transfer under way)
//! and whether the hints are on; the rest is split into lines at `\n`. Oracles: no panic; the prefix
//! the closure is asked about is a prefix of the line; every offset and every slice a
//! line's kind reports lies inside the line, and a reply's code stands at its offset;
//! the line ends found (AVX2) are those a byte search finds; tokens lie inside the block.

#![no_main]

use ftpcode::code::ReplyCode;
use ftpcode::knowledge::sequences;
use ftpcode::scan::detect::{Context, Detector, Kind};
use ftpcode::scan::hints::{Hints, Packet};
use ftpcode::scan::{dump, lex, line_ends, strings};
use libfuzzer_sys::fuzz_target;

const VERBS: [&str; 16] = [
    "USER", "PASS", "RETR", "STOR", "LIST", "PASV", "EPSV", "FEAT", "AUTH", "CWD", "QUIT", "SIZE",
    "MDTM", "PORT", "SITE", "PROT",
];

/// Whether `sub` is a part of `line` (an empty slice may come from anywhere).
fn inside(line: &[u8], sub: &[u8]) -> bool {
    if sub.is_empty() {
        return true;
    }
    let (l, s) = (line.as_ptr() as usize, sub.as_ptr() as usize);
    s >= l && s + sub.len() <= l + line.len()
}

fn check(line: &[u8], kind: &Kind) {
    let show = || String::from_utf8_lossy(line).into_owned();
    match kind {
        Kind::Reply(f) => {
            let digits = f.code.to_string();
            assert!(
                f.at + digits.len() <= line.len(),
                "reply {} at {} outside a line of {}: {}",
                f.code,
                f.at,
                line.len(),
                show()
            );
            assert_eq!(
                &line[f.at..f.at + digits.len()],
                digits.as_bytes(),
                "reply {} not at its offset {}: {}",
                f.code,
                f.at,
                show()
            );
            assert!(inside(line, f.text), "text outside the line: {}", show());
            if let Some(c) = f.command {
                assert!(inside(line, c), "command outside the line: {}", show());
            }
            if let Some(c) = f.closed_inline {
                assert!(inside(line, c), "closing text outside the line: {}", show());
            }
        }
        Kind::Command(c, at) => {
            assert!(
                *at < line.len(),
                "command at {at} of {}: {}",
                line.len(),
                show()
            );
            assert!(inside(line, c), "command outside the line: {}", show());
            assert_eq!(
                c.as_ptr() as usize,
                line[*at..].as_ptr() as usize,
                "command not at its offset: {}",
                show()
            );
        }
        Kind::Typed(_, at) => {
            assert!(
                *at <= line.len(),
                "typed at {at} of {}: {}",
                line.len(),
                show()
            );
        }
        Kind::Other => {}
    }
}

/// One line through hints and detection, as `Scanner::dialogue` reads it.
fn classify(
    line: &[u8],
    detector: &mut Detector,
    hints: &mut Hints,
    ctx: &Context,
    open_shape: bool,
    tokens: &mut Vec<lex::Token>,
) {
    tokens.clear();
    lex::tokens(line, tokens);
    for t in tokens.iter() {
        assert!((t.at as usize) < line.len(), "token outside the line");
    }
    let kind = match hints.line(line, tokens) {
        Some(k) => k,
        None => {
            let mut context = |prefix: &[u8]| {
                assert!(
                    prefix.len() <= line.len() && prefix.as_ptr() == line.as_ptr(),
                    "context asked about something not a prefix of the line"
                );
                let mut c = *ctx;
                if open_shape && let Some((code, _)) = c.open {
                    // The open reply's first line had this very prefix: its closing line
                    // is in reach.
                    c.open = Some((code, lex::shape(prefix)));
                }
                c
            };
            detector.classify(line, tokens, &mut context)
        }
    };
    check(line, &kind);
}

fuzz_target!(|data: &[u8]| {
    let Some((head, rest)) = data.split_first_chunk::<3>() else {
        return;
    };
    let [flags, code, verb] = *head;
    let ctx = Context {
        open: (flags & 1 != 0)
            .then(|| ReplyCode::from_index(usize::from(code) * 3))
            .flatten()
            .map(|c| (c, u64::from(code))),
        pending: (flags & 2 != 0)
            .then(|| sequences::lookup(VERBS[usize::from(verb) % VERBS.len()]))
            .flatten(),
        command: (flags & 2 != 0)
            .then(|| sequences::lookup(VERBS[usize::from(verb) % VERBS.len()]))
            .flatten(),
        greeting: flags & 4 != 0,
        transfer: flags & 8 != 0,
        // The session's last reply: the code the input starts with, or none.
        last: (flags & 128 != 0)
            .then(|| ReplyCode::from_index(usize::from(code) * 3))
            .flatten(),
        // That reply's words: the input's first line after its first four bytes, so that
        // a later line quoting them takes a quote's path.
        last_text: if flags & 128 != 0 {
            let first = rest.split(|b| *b == b'\n').next().unwrap_or_default();
            ftpcode::scan::text_key(first.get(4..).unwrap_or_default())
        } else {
            0
        },
        // The open reply's label: one a line of the input may well have before its code.
        open_label: if flags & 64 != 0 {
            lex::label(b"DEBUG    ")
        } else {
            0
        },
        // Where the open reply's code stood: a column a line of the input may pad past.
        open_at: if flags & 1 != 0 {
            usize::from(verb % 24)
        } else {
            0
        },
        // Whether it opened inside a quoted string, which a line's quote may close.
        open_quote: (flags & 1 != 0 && verb & 32 != 0).then_some(b'"'),
    };
    let open_shape = flags & 16 != 0;
    let mut hints = Hints::new(flags & 32 == 0);
    let mut detector = Detector::new();

    // The line ends of the whole block, against a byte search.
    let mut ends = Vec::new();
    line_ends::find(rest, &mut ends);
    let expected: Vec<u32> = memchr::memchr_iter(b'\n', rest).map(|i| i as u32).collect();
    assert_eq!(ends, expected, "line ends");
    let mut tokens = Vec::new();
    lex::tokens(rest, &mut tokens);
    assert!(tokens.iter().all(|t| (t.at as usize) < rest.len()));

    let mut decoded = Vec::new();
    let mut rows = Vec::new();
    let mut line_buf = Vec::new();
    for raw in rest.split(|b| *b == b'\n') {
        let body = raw.strip_suffix(b"\r").unwrap_or(raw);
        rows.clear();
        if let Some(r) = dump::row(body, &mut rows) {
            assert!(
                r.len <= rows.len(),
                "a dump row longer than the bytes it gave"
            );
        }
        let body = match hints.packet(body) {
            Packet::No => body,
            Packet::Header => continue,
            Packet::Payload(skip) => {
                assert!(skip <= body.len(), "payload starts after the line");
                &body[skip..]
            }
        };
        match strings::decode_lines(body, &mut decoded, body.contains(&b'#')) {
            Some(start) => {
                assert!(start <= body.len(), "string starts after the line");
                for piece in decoded.split(|b| *b == b'\n') {
                    let piece = piece.strip_suffix(b"\r").unwrap_or(piece);
                    if piece.is_empty() {
                        continue;
                    }
                    line_buf.clear();
                    line_buf.extend_from_slice(&body[..start]);
                    line_buf.extend_from_slice(piece);
                    classify(
                        &line_buf,
                        &mut detector,
                        &mut hints,
                        &ctx,
                        open_shape,
                        &mut tokens,
                    );
                }
            }
            None => classify(
                body,
                &mut detector,
                &mut hints,
                &ctx,
                open_shape,
                &mut tokens,
            ),
        }
    }
});
