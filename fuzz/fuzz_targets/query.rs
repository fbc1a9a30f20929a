//! `explain`'s input path on arbitrary bytes: queries given as arguments (split at NUL,
//! which argv cannot hold, and made UTF-8 as clap makes them), the same bytes raw on
//! standard input (`explain -`), with and without `--command`, and the other commands
//! that read a code or pattern from the user (`compare`, `list`, `search`, `command`).
//!
//! Byte 0: bit 0 `--json`, bit 1 colour, bits 2-3 the width, bit 4 `--command` from the
//! first part (and `search --all`), bits 5-6 the detail of `explain` and what `list`
//! lists. Oracles: no panic; JSON lines parse; without colour, text output has no
//! control character but newlines; an error message is one line without control
//! characters.

#![no_main]

use ftpcode::render::text::Painter;
use ftpcode::{Command, Config, Detail, Error, Found, Listing, Output, Paging};
use libfuzzer_sys::fuzz_target;

fn has_control(s: &str) -> bool {
    s.chars().any(|c| c.is_control() && c != '\n')
}

/// Runs one command as `main` does, and checks what it wrote.
fn run(command: Command, json: bool, painter: Painter, stdin: &[u8], check_error: bool) {
    let config = Config {
        command,
        json,
        json_full: false,
        width: None,
        paging: Paging::Never,
    };
    let mut out = Vec::new();
    let mut err = Vec::new();
    let mut o = Output {
        out: &mut out,
        err: &mut err,
        painter,
        is_terminal: false,
    };
    let result: Result<Found, Error> = ftpcode::run(&config, &mut &stdin[..], &mut o);
    let text = String::from_utf8(out).expect("output is UTF-8");
    if json {
        for line in text.lines() {
            serde_json::from_str::<serde_json::Value>(line)
                .unwrap_or_else(|e| panic!("not JSON: {e}: {line}"));
        }
    } else if !painter.color {
        assert!(
            !has_control(&text),
            "control character in text output of {:?}:\n{text}",
            config.command
        );
    }
    if let Err(e) = result
        && check_error
    {
        let message = e.to_string();
        assert!(
            !message.contains('\n') && !has_control(&message),
            "error message not one clean line for {:?}: {message:?}",
            config.command
        );
    }
}

fuzz_target!(|data: &[u8]| {
    let Some((&head, rest)) = data.split_first() else {
        return;
    };
    let json = head & 1 != 0;
    let width = [40, 60, 80, 100][usize::from(head >> 2 & 3)];
    let painter = Painter::new(head & 2 != 0, width);
    let parts: Vec<String> = rest
        .split(|b| *b == 0)
        .map(|p| String::from_utf8_lossy(p).into_owned())
        .collect();
    let whole = String::from_utf8_lossy(rest).into_owned();
    let detail = [Detail::Normal, Detail::Short, Detail::Full, Detail::Normal]
        [usize::from(head >> 5 & 3)];

    // The whole input as one query.
    run(
        Command::Explain {
            queries: vec![whole.clone()],
            command: None,
            detail,
        },
        json,
        painter,
        b"",
        true,
    );
    // Each part a query; the first the answered command if asked.
    let (command, queries) = match parts.split_first() {
        Some((c, q)) if head & 16 != 0 && !q.is_empty() => (Some(c.clone()), q.to_vec()),
        _ => (None, parts.clone()),
    };
    if !queries.is_empty() {
        run(
            Command::Explain {
                queries,
                command,
                detail,
            },
            json,
            painter,
            b"",
            true,
        );
    }
    // `explain -`: the raw bytes on standard input.
    run(
        Command::Explain {
            queries: vec!["-".into()],
            command: None,
            detail,
        },
        json,
        painter,
        rest,
        true,
    );
    run(
        Command::Compare {
            codes: parts.clone(),
        },
        json,
        painter,
        b"",
        true,
    );
    let listing = match head >> 5 & 3 {
        0 | 3 => Listing::Codes(Some(whole.clone())),
        1 => Listing::Messages(Some(whole.clone())),
        _ => Listing::Clients(Some(whole.clone())),
    };
    run(Command::List(listing), json, painter, b"", true);
    run(
        Command::Search {
            words: parts.clone(),
            all: head & 16 != 0,
        },
        json,
        painter,
        b"",
        true,
    );
    run(
        Command::Sequence {
            command: whole.clone(),
        },
        json,
        painter,
        b"",
        true,
    );
});
