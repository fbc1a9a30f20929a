//! `ftpcode scan` through the real binary: every captured log, the generic detection
//! alone, the promise that nothing of the input is lost, sessions, findings, the three
//! outputs, and the edges (pipes, unreadable files, gzip, Ctrl-C).

mod common;

use std::collections::HashMap;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};

use common::{ftpcode, spawn_piped, stderr, stdout};
use proptest::prelude::*;
use serde_json::Value;

fn fixtures() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/scan")
}

fn logs() -> Vec<PathBuf> {
    let mut logs: Vec<PathBuf> = std::fs::read_dir(fixtures())
        .expect("fixtures")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "log"))
        .collect();
    logs.sort();
    logs
}

/// A reply of a ground truth or of `scan --json`.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Reply {
    first: u64,
    last: u64,
    code: u64,
    /// The verb of the command it answers, or "-".
    verb: String,
    /// The ground truth's session label, or the record's session.
    session: String,
}

fn verb(command: &str) -> String {
    match command.split([' ', '\t']).next() {
        Some("-") | None | Some("") => "-".into(),
        Some(v) => v.to_ascii_uppercase(),
    }
}

fn expected(log: &Path) -> Vec<Reply> {
    let text = std::fs::read_to_string(log.with_extension("replies")).expect("ground truth");
    text.lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| {
            let f: Vec<&str> = l.split('\t').collect();
            Reply {
                first: f[0].parse().expect("first line"),
                last: f[1].parse().expect("last line"),
                code: f[2].parse().expect("code"),
                verb: verb(f.get(3).copied().unwrap_or("-")),
                session: f.get(4).copied().unwrap_or("").to_string(),
            }
        })
        .collect()
}

fn records(out: &std::process::Output) -> Vec<Value> {
    stdout(out)
        .lines()
        .map(|l| serde_json::from_str::<Value>(l).expect("a JSON line"))
        .collect()
}

/// The reply records of `scan --json` on standard input.
fn reply_records(input: impl Into<Vec<u8>>) -> Vec<Value> {
    records(&scan_json_stdin(input))
        .into_iter()
        .filter(|r| r["type"] == "reply")
        .collect()
}

fn found(out: &std::process::Output) -> Vec<Reply> {
    records(out)
        .iter()
        .filter(|v| v["type"] == "reply")
        .map(|v| Reply {
            first: v["line"].as_u64().expect("line"),
            last: v["end_line"].as_u64().expect("end_line"),
            code: v["code"].as_u64().expect("code"),
            verb: verb(v["command"].as_str().unwrap_or("-")),
            session: v["session"].as_str().unwrap_or("").to_string(),
        })
        .collect()
}

/// Pairs each true reply with a found one of its code on overlapping lines (each found
/// reply once). Where a log shows a reply inside other lines (a pretty-printed object, a
/// packet), where it starts and ends is a matter of convention; that it was found is not.
fn matched(want: &[Reply], got: &[Reply]) -> Vec<(usize, usize)> {
    let mut free: Vec<bool> = vec![true; got.len()];
    let mut pairs = Vec::new();
    for (i, w) in want.iter().enumerate() {
        let hit = got.iter().enumerate().position(|(j, g)| {
            free[j] && g.code == w.code && g.first <= w.last && w.first <= g.last
        });
        if let Some(j) = hit {
            free[j] = false;
            pairs.push((i, j));
        }
    }
    pairs
}

/// `ftpcode scan --json -` on this input.
fn scan_json_stdin(input: impl Into<Vec<u8>>) -> std::process::Output {
    ftpcode()
        .args(["scan", "--json", "-"])
        .write_stdin(input.into())
        .output()
        .expect("run")
}

fn scan_json(log: &Path, generic: bool) -> std::process::Output {
    let mut cmd = ftpcode();
    cmd.args(["scan", "--json"]);
    if generic {
        cmd.arg("--generic");
    }
    cmd.arg(log).output().expect("run")
}

#[test]
fn every_fixture_gives_exactly_its_replies_and_commands() {
    let logs = logs();
    assert!(logs.len() >= 60, "{} fixtures", logs.len());
    let mut failures = Vec::new();
    for log in &logs {
        let out = scan_json(log, false);
        let name = log.file_name().unwrap_or_default().to_string_lossy();
        if !matches!(out.status.code(), Some(0)) {
            failures.push(format!(
                "{name}: exit {:?}: {}",
                out.status.code(),
                stderr(&out)
            ));
            continue;
        }
        let (want, got) = (expected(log), found(&out));
        let pairs = matched(&want, &got);
        let missing: Vec<&Reply> = (0..want.len())
            .filter(|i| !pairs.iter().any(|p| p.0 == *i))
            .map(|i| &want[i])
            .collect();
        let extra: Vec<&Reply> = (0..got.len())
            .filter(|j| !pairs.iter().any(|p| p.1 == *j))
            .map(|j| &got[j])
            .collect();
        let wrong_command: Vec<(&Reply, &Reply)> = pairs
            .iter()
            .map(|&(i, j)| (&want[i], &got[j]))
            .filter(|(w, g)| w.verb != g.verb)
            .collect();
        if !missing.is_empty() || !extra.is_empty() || !wrong_command.is_empty() {
            failures.push(format!(
                "{name}: missing {missing:?}, extra {extra:?}, command {wrong_command:?}"
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn a_reply_rendered_again_is_one_failure() {
    // tshark -T jsonraw shows each reply three times (the frame's bytes, the segment's, the
    // tree), 20 to 40 lines apart; jsftp an object dump and then the text. The one wrong
    // password and the one refused upload are one failure each.
    let findings = |name: &str| -> Vec<(String, u64)> {
        records(&scan_json(&fixtures().join(name), false))
            .iter()
            .filter(|r| r["type"] == "finding")
            .map(|r| {
                let name = r["finding"].as_str().unwrap_or_default().to_string();
                (name, r["count"].as_u64().unwrap_or_default())
            })
            .collect()
    };
    assert_eq!(
        findings("tshark-jsonraw.log"),
        [("uploads-refused".to_string(), 1)]
    );
    assert_eq!(
        findings("node-jsftp-debug.log"),
        [("uploads-refused".to_string(), 1)]
    );
}

#[test]
fn every_fixtures_clients_are_addresses() {
    // A client is an address as the log writes it (digits, dots, colons, hex), never a
    // piece of a record's structure: tshark's EK record `"ip":{"filtered":"ip"}` once gave
    // `"client":"{"`.
    let mut bad = Vec::new();
    for log in logs() {
        for r in records(&scan_json(&log, false)) {
            if let Some(client) = r["client"].as_str()
                && !(client.contains(['.', ':'])
                    && client
                        .chars()
                        .all(|c| c.is_ascii_hexdigit() || matches!(c, '.' | ':')))
            {
                bad.push(format!("{}: {client:?}", log.display()));
            }
        }
    }
    assert!(bad.is_empty(), "{}", bad.join("\n"));
}

#[test]
fn generic_detection_alone_finds_nearly_all() {
    // Every program-specific rule off: what the general mechanism finds by itself, over
    // the whole corpus (benches/recall.py prints it per log).
    let (mut want_n, mut got_n, mut hit_n) = (0, 0, 0);
    for log in logs() {
        let out = scan_json(&log, true);
        let (want, got) = (expected(&log), found(&out));
        want_n += want.len();
        got_n += got.len();
        hit_n += matched(&want, &got).len();
    }
    let recall = hit_n as f64 / want_n as f64;
    let precision = hit_n as f64 / got_n.max(1) as f64;
    assert!(
        recall >= 0.995 && precision >= 0.998,
        "recall {recall:.4}, precision {precision:.4} ({hit_n} of {want_n}, {got_n} found)"
    );
}

#[test]
fn generic_detection_alone_finds_nearly_all_of_every_log() {
    // Not only over the corpus: no log may be left to a rule of its own (a log whose
    // replies the general mechanism misses is a program the held-out corpora will bring
    // in another form).
    for log in logs() {
        let out = scan_json(&log, true);
        let (want, got) = (expected(&log), found(&out));
        let hit = matched(&want, &got).len();
        assert!(
            hit * 10 >= want.len() * 9 && hit * 10 >= got.len() * 9,
            "{}: {hit} of {} found, {} reported",
            log.display(),
            want.len(),
            got.len()
        );
    }
}

/// Every line of `log` with `wrap(i)` before it, as a container's, a collector's or a
/// paste's prefix puts it: the same lines, so the same ground truth.
fn wrapped(log: &Path, wrap: &dyn Fn(usize) -> String) -> Vec<u8> {
    let bytes = std::fs::read(log).expect("log");
    let mut out = Vec::with_capacity(bytes.len() * 2);
    for (i, line) in bytes.split_inclusive(|b| *b == b'\n').enumerate() {
        out.extend_from_slice(wrap(i).as_bytes());
        out.extend_from_slice(line);
    }
    out
}

#[test]
fn every_fixture_keeps_its_replies_under_a_prefix_that_wraps_its_lines() {
    // Logs of known programs in a new setting: through `docker compose logs`, through
    // `kubectl logs --timestamps`, and pasted with line numbers (`cat -n`, whose numbers
    // pass 100 in most logs and are no codes). Dumps keep their rows after the prefix.
    let wraps: [(&str, &dyn Fn(usize) -> String); 4] = [
        ("docker", &|_| "ftp-1  | ".to_string()),
        // (A collector's syslog prefix: one process id for every line, whatever session
        // the line is of.)
        ("syslog", &|i| {
            format!(
                "Mar  1 10:{:02}:{:02} host app[4242]: ",
                i / 60 % 60,
                i % 60
            )
        }),
        ("kubectl", &|i| {
            format!(
                "2026-03-01T10:{:02}:{:02}.{:09}Z ",
                i / 60 % 60,
                i % 60,
                i * 7919 % 1_000_000_000
            )
        }),
        ("cat -n", &|i| format!("{:6}\t", i + 1)),
    ];
    for (name, wrap) in wraps {
        tally(&|log: &Path| (wrapped(log, wrap), expected(log)), 9).holds(name, 999, 999);
    }
}

/// What `scan --json` found in every fixture made anew by `transform` (the input, and its
/// ground truth moved with it).
struct Tally {
    want: usize,
    got: usize,
    hit: usize,
    /// The logs where fewer than `tenths` tenths of the true replies, or of the reported
    /// ones, were right.
    poor: Vec<String>,
}

impl Tally {
    /// Asserts that no log was poor and that the whole found `recall` and `precision`
    /// thousandths at least.
    fn holds(&self, name: &str, recall: usize, precision: usize) {
        assert!(self.poor.is_empty(), "{name}:\n{}", self.poor.join("\n"));
        assert!(
            self.hit * 1000 >= self.want * recall && self.hit * 1000 >= self.got * precision,
            "{name}: {} of {} found, {} reported",
            self.hit,
            self.want,
            self.got
        );
    }
}

/// A log's input made anew, and its ground truth moved with it.
type Remade = (Vec<u8>, Vec<Reply>);

fn tally(transform: &dyn Fn(&Path) -> Remade, tenths: usize) -> Tally {
    let mut t = Tally {
        want: 0,
        got: 0,
        hit: 0,
        poor: Vec::new(),
    };
    for log in logs() {
        let (input, want) = transform(&log);
        let got = found(&scan_json_stdin(input));
        let hit = matched(&want, &got).len();
        if hit * 10 < want.len() * tenths || hit * 10 < got.len() * tenths {
            t.poor.push(format!(
                "{}: {hit} of {}, {} found",
                log.display(),
                want.len(),
                got.len()
            ));
        }
        t.want += want.len();
        t.got += got.len();
        t.hit += hit;
    }
    t
}

/// `log` with each `n` lines joined by `sep` into one, as a page stores a console whose
/// line breaks were lost, and its ground truth moved to the joined lines.
fn joined(log: &Path, n: usize, sep: &str) -> Remade {
    let bytes = std::fs::read(log).expect("log");
    let lines: Vec<&[u8]> = bytes
        .split(|b| *b == b'\n')
        .map(|l| l.strip_suffix(b"\r").unwrap_or(l))
        .collect();
    let mut out = Vec::new();
    for group in lines.chunks(n) {
        out.extend_from_slice(&group.join(sep.as_bytes()));
        out.push(b'\n');
    }
    let moved = |line: u64| (line - 1) / n as u64 + 1;
    let want = expected(log)
        .into_iter()
        .map(|r| Reply {
            first: moved(r.first),
            last: moved(r.last),
            ..r
        })
        .collect();
    (out, want)
}

/// `log` cut as `fold -w width` cuts it (each line longer than `width` characters into rows
/// of `width` and a shorter last one), and its ground truth moved to the rows.
fn folded(log: &Path, width: usize) -> Remade {
    let bytes = std::fs::read(log).expect("log");
    let text = String::from_utf8_lossy(&bytes);
    let mut out = String::new();
    // Each line's first and last row.
    let mut rows: Vec<(u64, u64)> = Vec::new();
    let mut n = 0;
    for line in text.strip_suffix('\n').unwrap_or(&text).split('\n') {
        let chars: Vec<char> = line.chars().collect();
        let first = n + 1;
        for row in chars.chunks(width.max(1)) {
            out.extend(row);
            out.push('\n');
            n += 1;
        }
        if chars.is_empty() {
            out.push('\n');
            n += 1;
        }
        rows.push((first, n));
    }
    let want = expected(log)
        .into_iter()
        .map(|r| Reply {
            first: rows[r.first as usize - 1].0,
            last: rows[r.last as usize - 1].1,
            ..r
        })
        .collect();
    (out.into_bytes(), want)
}

#[test]
fn a_log_hard_wrapped_at_a_fixed_width_keeps_its_replies() {
    // Every fixture through `fold -w 80` and at a mail's 72 columns: a code cut in two
    // (`..., "33` then `1 Please specify the password."`) is read whole once the input
    // shows its rows are cut (not in the first few of them).
    for width in [72, 80] {
        tally(&|log: &Path| folded(log, width), 6).holds(&format!("width {width}"), 993, 997);
    }
}

#[test]
fn a_console_whose_line_breaks_were_lost_keeps_its_replies() {
    // Client transcripts with every ten lines joined by a space or by nothing, as web
    // pages store a pasted console: `... 127.0.0.1.220-Welcome ...---> USER ftpuser331
    // Password required ...`.
    let consoles = [
        "expect-tnftp",
        "ftp-ssl-d",
        "inetutils-ftp",
        "tnftp",
        "yafc-debug",
    ];
    for sep in [" ", ""] {
        let (mut want_n, mut got_n, mut hit_n) = (0, 0, 0);
        for name in consoles {
            let log = fixtures().join(format!("{name}.log"));
            let (input, want) = joined(&log, 10, sep);
            let got = found(&scan_json_stdin(input));
            let hit = matched(&want, &got).len();
            assert!(
                hit * 4 >= want.len() * 3,
                "{name} joined by {sep:?}: {hit} of {} found",
                want.len()
            );
            want_n += want.len();
            got_n += got.len();
            hit_n += hit;
        }
        assert!(
            hit_n * 100 >= want_n * 85 && hit_n * 100 >= got_n * 95,
            "joined by {sep:?}: {hit_n} of {want_n} found, {got_n} reported"
        );
    }
}

#[test]
fn the_notes_of_a_lines_replies_come_after_it() {
    // One line holding several replies (an escaped string, a console whose breaks were
    // lost): the line first, then a note for each, in order.
    let log = concat!(
        "recv: \"331 Password required\\r\\n230 Logged in\\r\\n\"\n",
        "next\n",
    );
    let out = annotate(log.as_bytes());
    let text = String::from_utf8_lossy(&out);
    let lines: Vec<&str> = text.lines().collect();
    assert!(lines[0].starts_with("recv: "), "{text}");
    assert!(
        lines[1].contains("331 ") && lines[2].contains("230 "),
        "{text}"
    );
    assert_eq!(lines[3], "next", "{text}");
}

#[test]
fn a_reply_a_line_gives_twice_is_one_reply() {
    // An error object's message and stack, and the record's message that says it again
    // (jsftp's error through bunyan): one reply. A console stored on one line that
    // shows a reply twice: two.
    let object = concat!(
        r#"{"err":{"message":"553 Could not create file.","name":"Error","#,
        r#""stack":"Error: 553 Could not create file.\n    at Ftp.parse (jsftp.js:257:11)","#,
        r#""code":553},"msg":"553 Could not create file.","time":"2015-12-31T01:53:06.345Z"}"#,
        "\n",
    );
    let codes = |input: &str| -> Vec<u64> {
        records(&scan_json_stdin(input))
            .iter()
            .filter(|r| r["type"] == "reply")
            .filter_map(|r| r["code"].as_u64())
            .collect()
    };
    assert_eq!(codes(object), [553]);
    let console = concat!(
        "Connected to 192.168.0.33. 220 Server ready. ftp> cd pub 250 CWD command successful. ",
        "ftp> cd pub 250 CWD command successful. ftp> quit 221 Goodbye.\n",
    );
    assert_eq!(codes(console), [220, 250, 250, 221]);
}

#[test]
fn each_file_of_a_run_is_read_as_if_alone() {
    // What one log taught of its session keys (a number after the time that came back)
    // says nothing of the next: every fixture read in one run gives the records it gives
    // alone.
    let logs = logs();
    let out = ftpcode()
        .args(["scan", "--json"])
        .args(&logs)
        .output()
        .expect("run");
    let together: Vec<Value> = records(&out)
        .into_iter()
        .filter(|r| r["type"] == "reply")
        .collect();
    let mut alone = Vec::new();
    for log in &logs {
        alone.extend(
            records(&scan_json(log, false))
                .into_iter()
                .filter(|r| r["type"] == "reply"),
        );
    }
    assert_eq!(together.len(), alone.len());
    for (t, a) in together.iter().zip(&alone) {
        assert_eq!(t, a);
    }
}

#[test]
fn interleaved_sessions_keep_their_own_replies_and_commands() {
    // Server logs of four concurrent sessions (the 5th column of their ground truth names
    // each reply's session): each session's replies share one `session` value, and no
    // two sessions share one.
    let mut checked = 0;
    for log in logs() {
        let want = expected(&log);
        if want.iter().all(|r| r.session.is_empty()) {
            continue;
        }
        checked += 1;
        let got = found(&scan_json(&log, false));
        let mut label_of: HashMap<String, String> = HashMap::new();
        let mut session_of: HashMap<String, String> = HashMap::new();
        for (i, j) in matched(&want, &got) {
            let (w, g) = (&want[i], &got[j]);
            assert_eq!(w.verb, g.verb, "{}: {w:?} paired with {g:?}", log.display());
            let label = label_of
                .entry(g.session.clone())
                .or_insert(w.session.clone());
            assert_eq!(
                *label,
                w.session,
                "{}: {w:?} shares a session",
                log.display()
            );
            let session = session_of
                .entry(w.session.clone())
                .or_insert(g.session.clone());
            assert_eq!(
                *session,
                g.session,
                "{}: {w:?} split from its session",
                log.display()
            );
        }
    }
    assert!(checked >= 4, "{checked} logs of concurrent sessions");
}

/// `ftpcode strip` of the output: the input, exactly.
fn stripped(out: &[u8]) -> Vec<u8> {
    let o = ftpcode()
        .arg("strip")
        .write_stdin(out.to_vec())
        .output()
        .expect("strip");
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    o.stdout
}

/// `grep -v` of the mark, as the README documents it for logs without such lines.
fn without_mark_lines(out: &[u8]) -> Vec<u8> {
    out.split_inclusive(|b| *b == b'\n')
        .filter(|l| !l.starts_with(b"  [ftpcode] "))
        .flatten()
        .copied()
        .collect()
}

fn annotate(input: &[u8]) -> Vec<u8> {
    let out = ftpcode()
        .arg("scan")
        .write_stdin(input.to_vec())
        .output()
        .expect("scan");
    assert!(out.status.success(), "{}", stderr(&out));
    out.stdout
}

#[test]
fn every_fixture_passes_through_byte_for_byte() {
    for log in logs() {
        let input = std::fs::read(&log).expect("read");
        let out = annotate(&input);
        assert!(
            out.len() > input.len() || expected(&log).is_empty(),
            "{}: nothing explained",
            log.display()
        );
        assert_eq!(stripped(&out), input, "{}", log.display());
        if !input.windows(12).any(|w| w == b"  [ftpcode] ") && input.ends_with(b"\n") {
            assert_eq!(without_mark_lines(&out), input, "{}", log.display());
        }
    }
}

#[test]
fn awkward_bytes_pass_through() {
    let input =
        b"220 ok\r\n\x00\xff\xfe bad utf8 \x1b[31m\n550 No such file\n211-Features:\n\n211 End\n\
                  530 Login incorrect, no newline";
    let out = annotate(input);
    assert_eq!(stripped(&out), input);
    let text = String::from_utf8_lossy(&out);
    assert_eq!(
        text.matches("[ftpcode] 2").count() + text.matches("[ftpcode] 5").count(),
        4,
        "{text}"
    );
}

#[test]
fn a_log_line_that_looks_like_an_annotation_is_told_apart() {
    let input = b"150-Opening\n  [ftpcode] 226 Closing data connection: success\n150 go\n";
    let out = annotate(input);
    let text = String::from_utf8_lossy(&out);
    assert!(
        text.contains("  [ftpcode] =\n  [ftpcode] 226 Closing"),
        "{text}"
    );
    assert_eq!(stripped(&out), input);
}

fn line_strategy() -> impl Strategy<Value = Vec<u8>> {
    prop_oneof![
        proptest::collection::vec(any::<u8>(), 0..40),
        Just(b"220 Service ready".to_vec()),
        Just(b"211-Features:".to_vec()),
        Just(b"211 End".to_vec()),
        Just(b"< 550 No such file".to_vec()),
        Just(b"---> RETR 550.txt".to_vec()),
        Just(b"2024-03-01 10:15:32  220: hi".to_vec()),
        Just(b"            more".to_vec()),
        Just(b"*get* '331 ok\\n'".to_vec()),
        Just(b"*resp* '211-a\\n b\\n211 c'".to_vec()),
        Just(b"#Fields: date time cs-method sc-status".to_vec()),
        Just(b"0000: 32 32 30 20 6f 6b 0d 0a              220 ok..".to_vec()),
        Just(b"0010: 35 35 30 20                          550 ".to_vec()),
        Just(b"read(3, \"220-a\\r\\n220 b\\r\\n\", 4096) = 13".to_vec()),
        Just(b"[pid 12] FTP response: Client \"1.2.3.4\", \"530 Login incorrect.\"".to_vec()),
        Just(b"  [ftpcode] 226 forged".to_vec()),
        Just(b"  [ftpcode] =".to_vec()),
        Just(b"\r".to_vec()),
        // A journal's records over several lines, held until they end.
        Just(b"Fri 2026-12-04 01:18:15.396874 UTC [s=f3;i=3;b=45;m=38;t=66;x=f5]".to_vec()),
        Just(b"    MESSAGE=(?@127.0.0.1) [DEBUG] 220 Welcome".to_vec()),
        Just(b"    _PID=12146".to_vec()),
        Just(b"__CURSOR=s=3d81;i=1".to_vec()),
        Just(b"MESSAGE=<--- 331 ok".to_vec()),
        Just(b"{".to_vec()),
        Just(b"\t\"MESSAGE\" : \"<--- 530 no\",".to_vec()),
        Just(b"}".to_vec()),
        // Rows after a prefix, and a paste's line numbers (read without them).
        Just(b"ftp-1  | 00000000: 3232 3020 6f6b 0d0a  220 ok..".to_vec()),
        Just(b"2026-03-01T10:15:01Z  32 32 30 20 6f 6b 0d 0a  220 ok..".to_vec()),
        Just(b"   226\t< 226 Transfer complete".to_vec()),
        Just(b"   227\t< 227 Entering Passive Mode (127,0,0,1,4,1)".to_vec()),
        Just(b"{\"message\":\"Too many connections.\",\"stack\":\"a\\n b\",\"code\":421}".to_vec()),
        // A log's words split into a sheet's cells, and a command's row after them.
        Just(b"*get*,220,r648,vsftpd,ready.\\n',,,,".to_vec()),
        Just(b"[D,21:20:58],->,211-Features,\"ok,\"\"x\"\"\",,".to_vec()),
        Just(b"*cmd*,SIZE,size-421.bin',,,".to_vec()),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    #[test]
    fn output_stripped_is_the_input(
        lines in proptest::collection::vec(line_strategy(), 0..30),
        final_newline in any::<bool>(),
    ) {
        let mut input = lines.join(&b'\n');
        if final_newline {
            input.push(b'\n');
        }
        let out = annotate(&input);
        prop_assert_eq!(stripped(&out), input);
    }
}

#[test]
fn long_lines_stream_through() {
    let mut input = b"550 No such file: ".to_vec();
    input.extend(std::iter::repeat_n(b'x', 3 << 20));
    input.extend_from_slice(b"\n226 Transfer complete\n");
    let out = annotate(&input);
    assert_eq!(stripped(&out), input);
    assert_eq!(
        String::from_utf8_lossy(&out).matches("[ftpcode] ").count(),
        2
    );
    for tail in [&b"\n"[..], b""] {
        let mut input = b"550 No such file: ".to_vec();
        input.extend(std::iter::repeat_n(b'x', 3 << 20));
        input.extend_from_slice(tail);
        let out = annotate(&input);
        assert_eq!(stripped(&out), input);
        assert_eq!(
            String::from_utf8_lossy(&out).matches("[ftpcode] ").count(),
            1 + usize::from(tail.is_empty())
        );
    }
}

#[test]
fn explains_with_the_command_answered() {
    let out = annotate(b"---> RETR 502.txt\n<--- 550 No such thing here.\n");
    let text = String::from_utf8_lossy(&out);
    assert!(
        text.contains("[ftpcode] 550 File unavailable, answering RETR: Check the path"),
        "{text}"
    );
    // The file name with digits is not a reply.
    assert_eq!(text.matches("[ftpcode]").count(), 1, "{text}");
}

#[test]
fn a_client_error_repeating_a_reply_is_not_explained_twice() {
    // The client's error just after the reply: in the server's words (Python ftplib), or
    // in the standard words for the code (.NET's net_servererror with its status text,
    // dotnet/runtime Strings.resx). Either way one explanation.
    for error in [
        "ftplib.error_perm: 550 The system cannot find the file specified.",
        "Exception in FtpWebRequest#45653674::GetResponse - The remote server returned an \
         error: (550) File unavailable (e.g., file not found, no access).",
        // Or the start of the server's words, with more of the client's (lftp), or the
        // reply's lines as a list on a record's wrapped row (aioftp through rich).
        "get: Access failed: 550 The system cannot find the file specified. (a.txt)",
        "    ('1xx',) but got 550 [' The system cannot",
    ] {
        let log = format!(
            "[5640] ---> RETR a.txt\n[5640] <--- 550 The system cannot find the file specified.\n\
             [5640] {error}\n"
        );
        let text = String::from_utf8_lossy(&annotate(log.as_bytes())).into_owned();
        assert_eq!(text.matches("[ftpcode] 550").count(), 1, "{text}");
    }
    // Another reply of the same code, in other words than the standard ones, is news.
    let out = annotate(
        b"---> RETR a.txt\n<--- 550 No such file.\nsitecopy: Creating sub/: failed: 550 Not enough privileges.\n",
    );
    let text = String::from_utf8_lossy(&out);
    assert_eq!(text.matches("[ftpcode] 550").count(), 2, "{text}");
}

/// The code and command of each reply `scan --json` finds in this input.
fn pairings(input: &str) -> Vec<(u64, Option<String>)> {
    records(&scan_json_stdin(input))
        .iter()
        .filter(|r| r["type"] == "reply")
        .map(|r| {
            let code = r["code"].as_u64().expect("code");
            (code, r["command"].as_str().map(str::to_owned))
        })
        .collect()
}

fn with_commands(pairs: &[(u64, &str)]) -> Vec<(u64, Option<String>)> {
    pairs
        .iter()
        .map(|&(code, c)| (code, (c != "-").then(|| c.to_owned())))
        .collect()
}

#[test]
fn replies_answer_commands_in_the_order_they_were_sent() {
    // Two commands read before the first is answered (Apache FtpServer's logging filter
    // shows PORT and LIST so), and a CWD read while the listing runs: each reply goes to
    // the command it answers, in turn.
    let log = "RECEIVED: PORT 127,0,0,1,221,157\nRECEIVED: LIST\nSENT: 200 Command PORT okay.\n\
               SENT: 150 File status okay; about to open data connection.\nRECEIVED: CWD /\n\
               SENT: 226 Closing data connection.\nSENT: 250 Directory changed to /\n";
    assert_eq!(
        pairings(log),
        with_commands(&[
            (200, "PORT 127,0,0,1,221,157"),
            (150, "LIST"),
            (226, "LIST"),
            (250, "CWD /")
        ])
    );
    // A command logged twice is no pipelining: the reply to the second copy settles both.
    let log = "[CLIENT]: PASS x\n[CLIENT]: PASS x\n[SERVER]: 230 User logged in.\n\
               [CLIENT]: USER y\n[SERVER]: 503 You are already logged in.\n";
    assert_eq!(
        pairings(log),
        with_commands(&[(230, "PASS ***"), (503, "USER y")])
    );
}

#[test]
fn a_listing_of_numbers_in_a_typed_session_is_no_table_of_codes() {
    // Windows ftp.exe (held-out round 42): `ls` lists directories named 180 to 184, five
    // numbers going up as a table's codes do; what the user typed makes it a dialogue,
    // whose 226 after them is a reply.
    let log = "ftp> ls\n200 Port command successful\n150 Opening data channel.\n\
               180\n181\n182\n183\n184\n226 Transfer successful.\nftp> bye\n";
    let codes: Vec<u64> = pairings(log).iter().map(|p| p.0).collect();
    assert_eq!(codes, [200, 150, 226]);
}

#[test]
fn a_field_that_holds_replies_holds_the_commands_too() {
    // A logfmt field that has held a reply (`line=220 ...`) holds the commands as well,
    // however far into the line, known verbs or not, bounded by the field.
    let log = "ts=1 clientId=7 line=\"220 ready\" event=\"Sending answer\"\n\
               ts=2 clientId=7 line=XYZZY event=\"Received line\"\n\
               ts=3 clientId=7 line=\"500 Unknown command\" event=\"Sending answer\"\n\
               ts=4 clientId=7 line=\"CWD pub\" event=\"Received line\"\n\
               ts=5 clientId=7 line=\"250 CD worked\" event=\"Sending answer\"\n";
    assert_eq!(
        pairings(log),
        with_commands(&[(220, "-"), (500, "XYZZY"), (250, "CWD pub")])
    );
    // A command inside a JSON string ends with the string.
    let log = "{\"procid\":\"29133\", \"message\":\" SYST\"}\n\
               {\"procid\":\"29133\", \"message\":\" 215 UNIX Type: L8\"}\n";
    assert_eq!(pairings(log), with_commands(&[(215, "SYST")]));
}

#[test]
fn a_multi_line_reply_in_one_escaped_string_is_closed_there() {
    // basic-ftp's lines through a JSON logger: the direction mark before the string's
    // first line stands for its last line too.
    let log = "{\"session\":\"a\",\"msg\":\"< 220-Welcome\\r\\n220 \\r\\n\"}\n\
               {\"session\":\"a\",\"msg\":\"> USER ftpuser\"}\n\
               {\"session\":\"a\",\"msg\":\"< 331 Username ok, send password.\\r\\n\"}\n";
    assert_eq!(
        pairings(log),
        with_commands(&[(220, "-"), (331, "USER ftpuser")])
    );
    // Python's repr inside a JSON string: escaped twice.
    let log = "{\"event\": \"*resp* \\\"220-Welcome\\\\n220 \\\"\"}\n\
               {\"event\": \"*cmd* 'USER ftpuser'\"}\n\
               {\"event\": \"*resp* '331 Username ok, send password.'\"}\n";
    assert_eq!(
        pairings(log),
        with_commands(&[(220, "-"), (331, "USER ftpuser")])
    );
}

#[test]
fn a_multi_line_reply_closes_where_a_formatter_leaves_the_time_out() {
    // rich's RichHandler writes the time only when it changes: the closing line's prefix
    // differs from the first line's in that column only.
    let log = "[07:16:23] DEBUG    220-Welcome                  client.py:288\n\
               \x20          DEBUG    220                          client.py:288\n\
               \x20          DEBUG    USER ftpuser                 client.py:395\n\
               \x20          DEBUG    331 Username ok.             client.py:288\n";
    assert_eq!(
        pairings(log),
        with_commands(&[(220, "-"), (331, "USER ftpuser")])
    );
    // A JSON logger's message holding the reply's lines in a string of its own: what
    // stands before the first line's code stands before the last's.
    let log = "{\"fields\":{\"message\":\"Server READY; response: \\\"220-Welcome\\\\r\\\\n220\\\"\"}}\n\
               {\"fields\":{\"message\":\"login failed: Invalid response: [530] 530 Login incorrect.\"}}\n";
    assert_eq!(pairings(log), with_commands(&[(220, "-"), (530, "-")]));
}

#[test]
fn an_error_objects_code_after_its_message_and_stack_is_a_reply() {
    // node's `ftp` error, serialised whole: the reply's text in `message`, its code in the
    // last field, after a stack trace of line numbers held in one escaped string.
    let record = concat!(
        r#"{"message":"There are too many connections from your internet address.","#,
        r#""name":"Error","stack":"Error: There are too many connections from your "#,
        r#"internet address.\n    at makeError (/app/node_modules/ftp/lib/connection.js:1067:13)"#,
        r#"\n    at Parser.<anonymous> (/app/node_modules/ftp/lib/connection.js:113:25)"#,
        r#"\n    at emitOne (events.js:77:13)","code":421}"#,
        "\n"
    );
    let got: Vec<(u64, String)> = reply_records(record)
        .iter()
        .map(|r| {
            (
                r["code"].as_u64().unwrap_or(0),
                r["text"].as_str().unwrap_or("").to_string(),
            )
        })
        .collect();
    assert_eq!(
        got,
        [(
            421,
            "There are too many connections from your internet address.".to_string()
        )]
    );
    // Its fields without the stack, and a record whose message is no reply's words.
    assert_eq!(
        reply_records(r#"{"message":"Too many connections.","code":421}"#).len(),
        1
    );
    assert!(reply_records(r#"{"message":"x","code":421}"#).is_empty());
}

#[test]
fn a_mail_dialogue_is_no_ftp_one() {
    // swaks against a mail server, then an FTP session in the same terminal: the mail
    // server's replies look like FTP's, its client's commands say they are SMTP's.
    let log = concat!(
        "=== Connected to 127.0.0.1.\n",
        "<-  220 localhost Python SMTP 1.4.6\n",
        " -> EHLO build.local\n",
        "<-  250-localhost\n",
        "<-  250 HELP\n",
        " -> MAIL FROM:<backup@build.local>\n",
        "<-  250 OK\n",
        " -> DATA\n",
        "<-  354 End data with <CR><LF>.<CR><LF>\n",
        " -> QUIT\n",
        "<-  221 Bye\n",
        "Connected to localhost.\n",
        "220 pyftpdlib 2.2.0 ready.\n",
        "---> USER alice\n",
        "331 Username ok, send password.\n",
    );
    let codes: Vec<u64> = reply_records(log)
        .iter()
        .map(|r| r["code"].as_u64().unwrap_or(0))
        .collect();
    assert_eq!(codes, [220, 331]);
}

#[test]
fn a_json_record_says_its_command_and_session_where_it_can() {
    // An access log's record: the command and its reply in fields of one record.
    let log = "{\"pid\":8193,\"cmd\":\"RETR\",\"arg\":\"a.txt\",\"code\":550,\"resp\":\"No such file\"}\n\
               {\"pid\":8193,\"cmd\":\"XYZZY\",\"arg\":\"\",\"code\":500,\"resp\":\"XYZZY not understood\"}\n";
    assert_eq!(
        pairings(log),
        with_commands(&[(550, "RETR a.txt"), (500, "XYZZY")])
    );
    // `"user":"-"` names no user.
    let log = "{\"pid\":8193,\"user\":\"-\",\"cmd\":\"USER\",\"arg\":\"bob\",\"code\":331,\"resp\":\"Password required\"}\n";
    let out = records(&scan_json_stdin(log));
    assert_eq!(out[0]["type"], "reply");
    assert_eq!(out[0]["user"], Value::Null, "{}", out[0]);
    // A server's own lines through a JSON formatter: the session in the message, and
    // the command ending with the message's string.
    let log = "{\"level\": \"DEBUG\", \"message\": \"127.0.0.1:37760-[] <- PASS ******\"}\n\
               {\"level\": \"DEBUG\", \"message\": \"127.0.0.1:37766-[] <- SYST\"}\n\
               {\"level\": \"DEBUG\", \"message\": \"127.0.0.1:37760-[] -> 530 Authentication failed.\"}\n\
               {\"level\": \"DEBUG\", \"message\": \"127.0.0.1:37766-[] -> 215 UNIX Type: L8\"}\n";
    assert_eq!(
        pairings(log),
        with_commands(&[(530, "PASS ***"), (215, "SYST")])
    );
}

#[test]
fn a_client_error_ends_a_reply_left_open() {
    // pytest's short summary: a truncated copy of a multi-line reply's first line, then
    // client errors quoting other replies, each found.
    let log = "FAILED t.py::test_feat - AssertionError: assert 'MLSD' in '211-Features ...\n\
               FAILED t.py::test_get - ftplib.error_perm: 550 No such file or directory.\n\
               FAILED t.py::test_put - ftplib.error_perm: 553 Could not create file.\n";
    let codes: Vec<u64> = pairings(log).into_iter().map(|(code, _)| code).collect();
    assert_eq!(codes, [211, 550, 553]);
}

#[test]
fn only_real_departures_are_flagged() {
    // Common practice (550 to STOR, 125 to MLSD, 530 to AUTH) is no departure; a 227 to
    // STAT is one.
    let out = annotate(
        b"---> STOR a\n<--- 550 Permission denied.\n---> MLSD\n<--- 125 Data connection already open\n\
          ---> AUTH TLS\n<--- 530 Please login with USER and PASS.\n---> STAT\n<--- 227 Entering Passive Mode (1,2,3,4,5,6)\n",
    );
    let text = String::from_utf8_lossy(&out);
    assert_eq!(text.matches("(not a reply").count(), 1, "{text}");
    assert!(
        text.contains("answering STAT (not a reply STAT gets)"),
        "{text}"
    );
    // AUTH refused: the server has no TLS, not "log in first".
    assert!(
        text.contains("answering AUTH: The server offers no TLS"),
        "{text}"
    );
}

#[test]
fn closed_pipe_ends_quietly() {
    let chunk = b"230 Login successful.\n".repeat(4096);
    common::assert_quiet_on_closed_pipe(&["scan"], Some(chunk));
}

#[test]
fn unreadable_file_is_named_and_the_others_still_scanned() {
    let good = fixtures().join("bare.log");
    let out = ftpcode()
        .args(["scan", "/nonexistent/x.log"])
        .arg(&good)
        .output()
        .expect("run");
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        stderr(&out),
        "ftpcode: cannot read /nonexistent/x.log: No such file or directory\n"
    );
    assert!(stdout(&out).contains("bare.log:"));
    let out = ftpcode().args(["scan", "/"]).output().expect("run");
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(stderr(&out).lines().count(), 1, "{}", stderr(&out));
}

#[test]
fn a_log_without_replies_says_so() {
    let out = ftpcode()
        .arg("scan")
        .write_stdin("just some log\nwith nothing of FTP in it\n")
        .output()
        .expect("run");
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(stdout(&out), "just some log\nwith nothing of FTP in it\n");
    assert_eq!(
        stderr(&out),
        "ftpcode: no FTP replies found in standard input\n"
    );
}

#[test]
fn gzip_files_read_as_plain() {
    let plain = fixtures().join("vsftpd-protocol.log");
    let dir = std::env::temp_dir().join(format!("ftpcode-test-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("dir");
    let gz = dir.join("vsftpd.log.gz");
    let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    enc.write_all(&std::fs::read(&plain).expect("read"))
        .expect("gzip");
    std::fs::write(&gz, enc.finish().expect("gzip")).expect("write");
    let a = scan_json(&plain, false);
    let b = scan_json(&gz, false);
    assert_eq!(found(&a), found(&b));
    // On standard input too (`ssh host cat vsftpd.log.1.gz | ftpcode scan`).
    let c = scan_json_stdin(std::fs::read(&gz).expect("read"));
    assert_eq!(found(&a), found(&c));
    let _ = std::fs::remove_dir_all(&dir);
}

/// Whether a program can be run here (`xz --version`).
fn runs(program: &str) -> bool {
    std::process::Command::new(program)
        .arg("--version")
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .status()
        .is_ok_and(|s| s.success())
}

/// Rotated logs that logrotate's `compresscmd` compressed with xz, bzip2, zstd or lz4 are
/// read as their programs decompress them, from a file or standard input; one cut short
/// is an error in the program's words. (CI installs all four; a
/// machine without one says so and tests the others.)
#[test]
fn xz_bzip2_zstd_and_lz4_files_read_as_plain() {
    let plain = fixtures().join("vsftpd-protocol.log");
    let want = found(&scan_json(&plain, false));
    let dir = std::env::temp_dir().join(format!("ftpcode-unpack-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("dir");
    let mut tested = 0;
    // (lz4's legacy format too, `lz4 -l`'s, which has a magic number of its own.)
    for (program, how) in [
        ("xz", "-c"),
        ("bzip2", "-c"),
        ("zstd", "-c"),
        ("lz4", "-c"),
        ("lz4", "-lc"),
    ] {
        if !runs(program) {
            eprintln!("{program} is not installed here: its files are not tested");
            continue;
        }
        let packed = std::process::Command::new(program)
            .arg(how)
            .stdin(std::fs::File::open(&plain).expect("open"))
            .output()
            .expect("compress");
        assert!(packed.status.success(), "{program}");
        let file = dir.join(format!("vsftpd.log.{program}"));
        std::fs::write(&file, &packed.stdout).expect("write");
        assert_eq!(found(&scan_json(&file, false)), want, "{program} {how}");
        let piped = scan_json_stdin(packed.stdout.clone());
        assert_eq!(found(&piped), want, "{program} {how} on standard input");
        // Cut short: exit 2, the program's reason, the replies read before it.
        let cut = dir.join(format!("cut.{program}"));
        std::fs::write(&cut, &packed.stdout[..packed.stdout.len() * 2 / 3]).expect("write");
        let out = ftpcode()
            .current_dir(&dir)
            .args(["scan", "--summary", "--json"])
            .arg(format!("cut.{program}"))
            .output()
            .expect("run");
        assert_eq!(out.status.code(), Some(2), "{program}");
        let err = stderr(&out);
        assert!(
            err.starts_with(&format!(
                "ftpcode: cannot read cut.{program}: `{program} -dc` failed"
            )),
            "{err}"
        );
        assert_eq!(err.lines().count(), 1, "{err}");
        // (What was read before is kept, as of a cut gzip file; what a program gives of a
        // cut block is its own affair: bzip2 and zstd give none of this file's one block.)
        let v: Value = serde_json::from_str(stdout(&out).trim()).expect("JSON");
        assert!(v["replies"].as_u64().is_some(), "{program}: {v}");
        tested += 1;
    }
    // (Where none can run, the test proves nothing: it says so by failing.)
    assert!(tested > 0, "none of xz, bzip2, zstd, lz4 is installed");
    let _ = std::fs::remove_dir_all(&dir);
}

/// Without the program, one line says which format the file is in and what to do, and the
/// next file is read.
#[test]
fn a_compressed_file_without_its_program_says_what_to_install() {
    let dir = std::env::temp_dir().join(format!("ftpcode-noprog-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("dir");
    // An xz stream's header (its magic number and flags): enough to be known by.
    let xz = [
        0xfd, b'7', b'z', b'X', b'Z', 0x00, 0x00, 0x04, 0xe6, 0xd6, 0xb4, 0x46,
    ];
    std::fs::write(dir.join("vsftpd.log.2.xz"), xz).expect("write");
    std::fs::write(dir.join("good.log"), b"331 Password required\n").expect("write");
    let out = ftpcode()
        .current_dir(&dir)
        // (No program is found on an empty PATH.)
        .env("PATH", &dir)
        .args(["scan", "--summary", "vsftpd.log.2.xz", "good.log"])
        .output()
        .expect("run");
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        stderr(&out),
        "ftpcode: cannot read vsftpd.log.2.xz: xz-compressed, and no `xz` program was found \
         to decompress it (install xz-utils, or give ftpcode the text: `xz -dc FILE | ftpcode \
         scan`)\n"
    );
    assert!(
        stdout(&out).starts_with("1 reply in 1 line"),
        "{}",
        stdout(&out)
    );
    // On standard input, the advice pipes it.
    let out = ftpcode()
        .current_dir(&dir)
        .env("PATH", &dir)
        .args(["scan", "--summary"])
        .write_stdin(xz.to_vec())
        .output()
        .expect("run");
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).ends_with("`xz -dc | ftpcode scan`)\n"),
        "{}",
        stderr(&out)
    );
    // A text that starts with the letters of bzip2's magic is a text.
    std::fs::write(dir.join("bzh.log"), b"BZh9 notes\n230 Login successful.\n").expect("write");
    let out = ftpcode()
        .current_dir(&dir)
        .env("PATH", &dir)
        .args(["scan", "--summary", "bzh.log"])
        .output()
        .expect("run");
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(
        stdout(&out).starts_with("1 reply in 2 lines"),
        "{}",
        stdout(&out)
    );
    let _ = std::fs::remove_dir_all(&dir);
}

/// A decompressor that writes much to its standard error is heard to its end: its error
/// output is read beside its output, so neither waits on the other (this stop's review: it
/// hung past 64 KiB).
#[cfg(unix)]
#[test]
fn a_decompressor_that_says_much_is_read_to_its_end() {
    use std::os::unix::fs::PermissionsExt;
    if !runs("xz") {
        eprintln!("xz is not installed here: not tested");
        return;
    }
    let dir = std::env::temp_dir().join(format!("ftpcode-loud-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("dir");
    let real = std::process::Command::new("sh")
        .args(["-c", "command -v xz"])
        .output()
        .expect("sh");
    let real = String::from_utf8_lossy(&real.stdout).trim().to_string();
    // 200 kB of warnings first, then the real program (the shell's own `head` and
    // `yes`, from coreutils, make them).
    let loud = dir.join("xz");
    std::fs::write(
        &loud,
        format!("#!/bin/sh\nyes warning | head -c 200000 >&2\nexec {real} \"$@\"\n"),
    )
    .expect("write");
    std::fs::set_permissions(&loud, std::fs::Permissions::from_mode(0o755)).expect("chmod");
    let plain = fixtures().join("vsftpd-protocol.log");
    let packed = std::process::Command::new(&real)
        .arg("-c")
        .stdin(std::fs::File::open(&plain).expect("open"))
        .output()
        .expect("xz");
    std::fs::write(dir.join("v.xz"), &packed.stdout).expect("write");
    let path = format!(
        "{}:{}",
        dir.display(),
        std::env::var("PATH").unwrap_or_default()
    );
    let mut child = common::process()
        .current_dir(&dir)
        .env("PATH", path)
        .args(["scan", "--summary", "v.xz"])
        .stdout(std::process::Stdio::piped())
        .spawn()
        .expect("spawn");
    // (Within 20 s, or it hangs: killed, and the test fails.)
    let started = std::time::Instant::now();
    let status = loop {
        if let Some(s) = child.try_wait().expect("wait") {
            break s;
        }
        if started.elapsed() > std::time::Duration::from_secs(20) {
            let _ = child.kill();
            panic!("ftpcode waited on a decompressor that said much");
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
    };
    assert!(status.success(), "{status}");
    let mut out = String::new();
    child
        .stdout
        .take()
        .expect("stdout")
        .read_to_string(&mut out)
        .expect("read");
    assert!(out.starts_with("32 replies in 78 lines"), "{out}");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn a_file_that_fails_midway_keeps_what_was_read() {
    // A gzip file cut short inside a multi-line reply, then a good file: the reply is
    // reported in the broken file, the error names it, the partial last line read still
    // passes through, and the next file starts afresh.
    let dir = std::env::temp_dir().join(format!("ftpcode-cut-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("dir");
    let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    let mut log = b"220 ready\n211-Features:\n".to_vec();
    let mut x: u32 = 1;
    for _ in 0..200_000 {
        x = x.wrapping_mul(1_664_525).wrapping_add(1_013_904_223);
        log.push(b'a' + (x >> 24) as u8 % 26);
    }
    enc.write_all(&log).expect("gzip");
    let gz = enc.finish().expect("gzip");
    let cut = dir.join("cut.log.gz");
    std::fs::write(&cut, &gz[..gz.len() / 2]).expect("write");
    let good = dir.join("good.log");
    std::fs::write(&good, b"331 Password required\n230 Logged in\n").expect("write");

    let out = ftpcode()
        .current_dir(&dir)
        .args(["scan", "--summary", "--json", "cut.log.gz", "good.log"])
        .output()
        .expect("run");
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).starts_with("ftpcode: cannot read cut.log.gz: "),
        "{}",
        stderr(&out)
    );
    let v: Value = serde_json::from_str(stdout(&out).trim()).expect("JSON");
    let c = v["codes"]
        .as_array()
        .expect("codes")
        .iter()
        .find(|c| c["code"] == 211)
        .expect("211");
    assert_eq!(
        (&c["first_file"], &c["first_line"]),
        (&Value::from("cut.log.gz"), &Value::from(2))
    );
    assert_eq!(v["replies"], 4);
    // Annotating: what was read of the cut file, its unfinished last line included.
    let out = ftpcode()
        .current_dir(&dir)
        .args(["scan", "cut.log.gz"])
        .output()
        .expect("run");
    let text = stripped(&out.stdout);
    let decoded = {
        let mut d = flate2::read::MultiGzDecoder::new(&gz[..gz.len() / 2]);
        let mut v = Vec::new();
        let _ = d.read_to_end(&mut v);
        v
    };
    assert!(!decoded.is_empty() && text.starts_with(&decoded[..decoded.len().min(text.len())]));
    assert_eq!(text.len(), decoded.len(), "every byte read passes through");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn several_files_name_the_file_and_do_not_run_together() {
    let dir = std::env::temp_dir().join(format!("ftpcode-multi-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("dir");
    // An unterminated reply at the end of one file must not swallow the next file's line.
    std::fs::write(dir.join("a.log"), b"220 ready").expect("write");
    std::fs::write(dir.join("b.log"), b"USER bob\n331 Password required\n").expect("write");
    let out = ftpcode()
        .current_dir(&dir)
        .args(["scan", "a.log", "b.log"])
        .output()
        .expect("run");
    let text = stdout(&out);
    assert!(text.contains("[ftpcode] a.log:1: 220"), "{text}");
    // The next file's first line is a line of its own, not glued to an annotation...
    assert!(text.contains("\nUSER bob\n"), "{text}");
    // ...and the output stripped is what `cat a.log b.log` gives.
    assert_eq!(
        stripped(&out.stdout),
        b"220 readyUSER bob\n331 Password required\n"
    );
    let out = ftpcode()
        .current_dir(&dir)
        .args(["scan", "--json", "a.log", "b.log"])
        .output()
        .expect("run");
    let files: Vec<String> = records(&out)
        .iter()
        .filter(|v| v["type"] == "reply")
        .map(|v| v["file"].as_str().unwrap_or("").to_string())
        .collect();
    assert_eq!(files, ["a.log", "b.log"]);
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn json_records_are_compact_and_complete() {
    let log = "Tue Nov 24 05:53:37 2026 [pid 9] CONNECT: Client \"10.0.0.5\"\n\
               Tue Nov 24 05:53:37 2026 [pid 9] FTP response: Client \"10.0.0.5\", \"220 (vsFTPd 3.0.3)\"\n\
               Tue Nov 24 05:53:38 2026 [pid 9] FTP command: Client \"10.0.0.5\", \"USER alice\"\n\
               Tue Nov 24 05:53:38 2026 [pid 9] [alice] FTP response: Client \"10.0.0.5\", \"331 Please specify the password.\"\n\
               Tue Nov 24 05:53:39 2026 [pid 9] [alice] FTP command: Client \"10.0.0.5\", \"PASS secret123\"\n\
               Tue Nov 24 05:53:40 2026 [pid 9] [alice] FTP response: Client \"10.0.0.5\", \"530 Login incorrect.\"\n";
    let out = ftpcode()
        .args(["scan", "--json"])
        .write_stdin(log)
        .output()
        .expect("run");
    let recs = records(&out);
    let r = recs.iter().find(|v| v["code"] == 530).expect("the 530");
    assert_eq!(r["type"], "reply");
    assert_eq!(
        (r["line"].as_u64(), r["end_line"].as_u64()),
        (Some(6), Some(6))
    );
    assert_eq!(r["time"], "Tue Nov 24 05:53:40 2026");
    assert_eq!(r["timestamp"], "2026-11-24T05:53:40Z");
    assert_eq!(r["session"], "9");
    assert_eq!(r["client"], "10.0.0.5");
    assert_eq!(r["user"], "alice");
    assert_eq!(r["server"], "vsftpd");
    assert_eq!(r["command"], "PASS ***", "the password is never copied");
    assert_eq!(r["text"], "Login incorrect.");
    assert_eq!(r["class"], "5yz");
    assert_eq!(r["title"], "Not logged in");
    assert_eq!(r["negative"], true);
    assert!(r["advice"].as_str().is_some_and(|a| a.ends_with('.')));
    assert!(
        r.get("meaning").is_none(),
        "the full explanation only with --json=full"
    );
    assert!(!stdout(&out).contains("secret123"));
    // A field without a value is absent; a positive reply's advice is short.
    let greeting = recs.iter().find(|v| v["code"] == 220).expect("the 220");
    assert!(greeting.get("user").is_none() && greeting.get("command").is_none());
    assert!(
        greeting.get("file").is_none(),
        "standard input has no file name"
    );
    assert_eq!(greeting["advice"], "Nothing to fix.");
    // `listed` only where the reply departs from the RFC tables.
    assert!(recs.iter().all(|v| v.get("listed").is_none()), "{recs:?}");
    let last = recs.last().expect("records");
    assert_eq!(last["type"], "summary");
    assert_eq!(last["replies"], 3);
    let sizes: Vec<usize> = stdout(&out).lines().map(str::len).collect();
    assert!(sizes.iter().all(|s| *s < 600), "{sizes:?}");

    let out = ftpcode()
        .args(["scan", "--json=full"])
        .write_stdin(log)
        .output()
        .expect("run");
    let recs = records(&out);
    let r = recs.iter().find(|v| v["code"] == 530).expect("the 530");
    assert!(r["explanation"]["meaning"].is_string());
    assert_eq!(r["explanation"]["server_messages"][0]["server"], "vsftpd");
}

#[test]
fn passwords_are_hidden_in_every_output() {
    // A command logged on its own line, named as the label of its reply, and named in a
    // client's error.
    for log in [
        "---> USER bob\n<--- 331 Password required\n---> PASS hunter2\n<--- 530 Login incorrect.\n",
        "USER bob: ok ['331 Password required']\nPASS hunter2: 530 Login incorrect.\n",
        "login failed: pass hunter2: 530 Login incorrect.\n",
    ] {
        hidden_in_every_output(log);
    }
}

fn hidden_in_every_output(log: &str) {
    for args in [
        &["scan"][..],
        &["scan", "--verbose"],
        &["scan", "--json"],
        &["scan", "--summary", "--json"],
    ] {
        let out = ftpcode().args(args).write_stdin(log).output().expect("run");
        let shown = stdout(&out);
        // The log passes through as it is; what ftpcode adds never repeats the secret.
        let added: Vec<&str> = shown.lines().filter(|l| !log.contains(*l)).collect();
        assert!(!added.is_empty(), "{args:?}");
        assert!(
            added.iter().all(|l| !l.contains("hunter2")),
            "{args:?}: {shown}"
        );
    }
}

#[test]
fn summary_of_several_files_names_the_file_of_each_line() {
    let (a, b) = ("vsftpd-protocol.log", "pureftpd-syslog.log");
    let out = ftpcode()
        .current_dir(fixtures())
        .args(["scan", "--summary", a, b])
        .output()
        .expect("run");
    let text = stdout(&out);
    let row = text
        .lines()
        .find(|l| l.starts_with("  530 "))
        .expect("530 row");
    let words: Vec<&str> = row.split_whitespace().collect();
    assert_eq!(
        words[..4],
        [
            "530",
            "2",
            "vsftpd-protocol.log:9",
            "pureftpd-syslog.log:11"
        ],
        "{text}"
    );
    let out = ftpcode()
        .current_dir(fixtures())
        .args(["scan", "--summary", "--json", a, b])
        .output()
        .expect("run");
    let v: Value = serde_json::from_str(stdout(&out).trim()).expect("JSON");
    assert_eq!(v["type"], "summary");
    let c = v["codes"]
        .as_array()
        .expect("codes")
        .iter()
        .find(|c| c["code"] == 530)
        .expect("530");
    assert_eq!(
        (
            &c["first_file"],
            &c["first_line"],
            &c["last_file"],
            &c["last_line"]
        ),
        (
            &Value::from(a),
            &Value::from(9),
            &Value::from(b),
            &Value::from(11)
        )
    );
}

#[test]
fn errors_narrow_every_output_and_fail_sets_the_status() {
    let log = fixtures().join("vsftpd-protocol.log");
    let out = ftpcode()
        .args(["scan", "--summary", "--json", "--errors"])
        .arg(&log)
        .output()
        .expect("run");
    let v: Value = serde_json::from_str(stdout(&out).trim()).expect("JSON");
    let codes: Vec<u64> = v["codes"]
        .as_array()
        .expect("codes")
        .iter()
        .filter_map(|c| c["code"].as_u64())
        .collect();
    assert!(
        !codes.is_empty() && codes.iter().all(|c| *c >= 400),
        "{codes:?}"
    );
    let out = ftpcode()
        .args(["scan", "--summary", "--errors"])
        .arg(&log)
        .output()
        .expect("run");
    assert!(!stdout(&out).contains("  230 "), "{}", stdout(&out));

    let out = ftpcode()
        .args(["scan", "--errors"])
        .arg(&log)
        .output()
        .expect("run");
    let text = stdout(&out);
    assert!(
        text.contains("[ftpcode] 530") && !text.contains("[ftpcode] 230"),
        "{text}"
    );
    assert_eq!(stripped(&out.stdout), std::fs::read(&log).expect("read"));

    let out = ftpcode()
        .args(["scan", "--fail"])
        .arg(&log)
        .output()
        .expect("run");
    assert_eq!(out.status.code(), Some(1));
    let out = ftpcode()
        .args(["scan", "--fail"])
        .write_stdin("230 ok\n")
        .output()
        .expect("run");
    assert_eq!(out.status.code(), Some(0));
}

#[test]
fn summary_ranks_clients_and_sessions_by_failures() {
    let mut log = String::new();
    for (pid, client, fails) in [(1, "10.0.0.1", 3), (2, "10.0.0.2", 1), (3, "10.0.0.3", 0)] {
        for _ in 0..fails {
            log.push_str(&format!(
                "[pid {pid}] FTP command: Client \"{client}\", \"PASS x\"\n"
            ));
            log.push_str(&format!(
                "[pid {pid}] FTP response: Client \"{client}\", \"530 Login incorrect.\"\n"
            ));
        }
        log.push_str(&format!(
            "[pid {pid}] FTP response: Client \"{client}\", \"221 Goodbye.\"\n"
        ));
    }
    let out = ftpcode()
        .args(["scan", "--summary", "--json"])
        .write_stdin(log.clone())
        .output()
        .expect("run");
    let v: Value = serde_json::from_str(stdout(&out).trim()).expect("JSON");
    let clients: Vec<(String, u64)> = v["clients"]
        .as_array()
        .expect("clients")
        .iter()
        .map(|c| {
            (
                c["name"].as_str().unwrap_or("").to_string(),
                c["failures"].as_u64().unwrap_or(0),
            )
        })
        .collect();
    assert_eq!(
        clients,
        [("10.0.0.1".to_string(), 3), ("10.0.0.2".to_string(), 1)]
    );
    let out = ftpcode()
        .args(["scan", "--summary"])
        .write_stdin(log)
        .output()
        .expect("run");
    let text = stdout(&out);
    let ranking = text
        .find("Clients with the most failures")
        .expect("a ranking");
    assert!(
        text[ranking..].find("10.0.0.1") < text[ranking..].find("10.0.0.2"),
        "{text}"
    );
}

#[test]
fn slow_input_is_explained_as_it_arrives_and_findings_come_at_once() {
    // `tail -f log | ftpcode scan | cat`: output must not wait for a full buffer, nor for
    // the end of the input to report a finding.
    let mut child = spawn_piped(&["scan"]);
    let mut stdin = child.stdin.take().expect("stdin");
    let mut stdout = child.stdout.take().expect("stdout");
    let attempt = "[pid 7] FTP command: Client \"203.0.113.9\", \"PASS x\"\n\
                   [pid 7] FTP response: Client \"203.0.113.9\", \"530 Login incorrect.\"\n";
    stdin
        .write_all(attempt.repeat(3).as_bytes())
        .expect("write");
    stdin.flush().expect("flush");
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let mut got = Vec::new();
        let mut byte = [0u8; 1];
        while !String::from_utf8_lossy(&got).contains("finding: Repeated failed logins") {
            if stdout.read(&mut byte).unwrap_or(0) == 0 {
                break;
            }
            got.push(byte[0]);
        }
        let _ = tx.send(got);
    });
    let got = rx
        .recv_timeout(std::time::Duration::from_secs(10))
        .expect("no output while input is open");
    let text = String::from_utf8_lossy(&got);
    assert!(
        text.contains("530 Login incorrect.\"\n  [ftpcode] 530"),
        "{text}"
    );
    assert!(text.contains("finding: Repeated failed logins"), "{text}");
    drop(stdin);
    assert!(child.wait().expect("wait").success());
}

#[test]
fn a_wrapped_line_the_input_stops_after_is_explained_at_once() {
    // `tail -f` of a log hard-wrapped at 80 columns: a row of the full width is held for
    // the rows that may continue it, but not past a stop of the input.
    let line = |i: usize, reply: &str| {
        format!(
            "Tue Dec  1 22:00:{i:02} 2026 [pid 20495] FTP response: Client \"127.0.0.2\", \"{reply}\""
        )
    };
    let mut input = String::new();
    for i in 0..4 {
        let l = line(i, "331 Please specify the password.");
        input.push_str(&format!("{}\n{}\n", &l[..80], &l[80..]));
    }
    // Exactly 80 wide, its reply's text padded to fit.
    let head = "[pid 20495] FTP response: Client \"127.0.0.2\", \"550 Failed to open file ";
    let last = format!("{head}{}\"", "x".repeat(79 - head.len()));
    input.push_str(&last);
    input.push('\n');
    let mut child = spawn_piped(&["scan"]);
    let mut stdin = child.stdin.take().expect("stdin");
    let mut stdout = child.stdout.take().expect("stdout");
    stdin.write_all(input.as_bytes()).expect("write");
    stdin.flush().expect("flush");
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let mut got = Vec::new();
        let mut byte = [0u8; 1];
        while !String::from_utf8_lossy(&got).contains("] 550 File unavailable") {
            if stdout.read(&mut byte).unwrap_or(0) == 0 {
                break;
            }
            got.push(byte[0]);
        }
        let _ = tx.send(got);
    });
    let got = rx
        .recv_timeout(std::time::Duration::from_secs(10))
        .expect("no output while input is open");
    let text = String::from_utf8_lossy(&got);
    // (The note of the reply before it, held for its next line, comes first.)
    let after = text.split_once(&format!("{last}\n")).map(|(_, rest)| rest);
    assert!(
        after.is_some_and(|rest| rest.contains("  [ftpcode] 550 File unavailable")),
        "{text}"
    );
    drop(stdin);
    assert!(child.wait().expect("wait").success());
}

#[test]
fn a_pause_in_piped_input_changes_nothing() {
    // inetutils ftpd logs a reply's code and its text on two lines (`<--- 530 `, then
    // `Login incorrect.`). A writer that pauses between the two, as any pipe may, must
    // not get another answer than the file gives: the reply waits for its text. Before
    // the fix a pause of a few milliseconds was enough for the 530 to be decided without
    // its text (and without its server's explanation), and scanning the file itself
    // gave that answer too when the reader thread fell a moment behind.
    let log = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/scan/inetutils-ftpd-syslog.log");
    let bytes = std::fs::read(&log).expect("fixture");
    let split = bytes
        .windows(10)
        .position(|w| w == b"<--- 530 \n")
        .map(|at| at + 10)
        .expect("a code alone on its line");
    let from_file = ftpcode().arg("scan").arg(&log).output().expect("run");
    let mut child = spawn_piped(&["scan"]);
    let mut stdin = child.stdin.take().expect("stdin");
    stdin.write_all(&bytes[..split]).expect("write");
    stdin.flush().expect("flush");
    std::thread::sleep(std::time::Duration::from_millis(30));
    stdin.write_all(&bytes[split..]).expect("write");
    drop(stdin);
    let from_pipe = child.wait_with_output().expect("wait");
    assert!(from_pipe.status.success());
    assert_eq!(stdout(&from_pipe), stdout(&from_file));
    assert!(
        stdout(&from_file).contains("530 Not logged in, answering PASS: GNU inetutils ftpd"),
        "{}",
        stdout(&from_file)
    );
}

/// Whether this process ignores SIGINT (a background job of a non-interactive shell):
/// its children inherit that, and ftpcode rightly leaves an ignored Ctrl-C ignored.
fn sigint_ignored() -> bool {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    status
        .lines()
        .find_map(|l| l.strip_prefix("SigIgn:"))
        .and_then(|mask| u64::from_str_radix(mask.trim(), 16).ok())
        .is_some_and(|mask| mask & (1 << 1) != 0)
}

#[test]
fn ctrl_c_prints_the_summary_so_far() {
    if sigint_ignored() {
        eprintln!("skipping: SIGINT is ignored here, and so in the child");
        return;
    }
    let mut child = spawn_piped(&["scan", "--summary"]);
    let mut stdin = child.stdin.take().expect("stdin");
    let input = b"---> RETR x\n<--- 550 No such file\n";
    stdin.write_all(input).expect("write");
    stdin.flush().expect("flush");
    // Ctrl-C once the child has read the lines (the other tests run beside this one, and a
    // loaded machine may take long to start it), then a moment for it to scan them.
    let io = format!("/proc/{}/io", child.id());
    let read = || {
        std::fs::read_to_string(&io)
            .ok()
            .and_then(|s| {
                s.lines()
                    .find_map(|l| l.strip_prefix("rchar:"))
                    .and_then(|n| n.trim().parse::<usize>().ok())
            })
            .unwrap_or(0)
    };
    let start = std::time::Instant::now();
    while read() < input.len() && start.elapsed() < std::time::Duration::from_secs(20) {
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    std::thread::sleep(std::time::Duration::from_millis(500));
    let killed = std::process::Command::new("kill")
        .args(["-INT", &child.id().to_string()])
        .status()
        .expect("kill");
    assert!(killed.success());
    let out = child.wait_with_output().expect("wait");
    drop(stdin);
    assert_eq!(out.status.code(), Some(130));
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("1 reply in 2 lines, 1 negative"), "{text}");
    assert!(text.contains("  550 "), "{text}");
}

#[test]
fn iis_status_fields_are_explained() {
    let log = "#Fields: date time cs-method cs-uri-stem sc-status sc-win32-status sc-substatus\n\
               2025-01-01 10:00:00 PASS *** 530 1326 41\n";
    let out = annotate(log.as_bytes());
    let text = String::from_utf8_lossy(&out);
    assert!(text.contains("win32 1326 ERROR_LOGON_FAILURE"), "{text}");
    assert!(text.contains("substatus 41 ("), "{text}");
    let out = ftpcode()
        .args(["scan", "--json"])
        .write_stdin(log)
        .output()
        .expect("run");
    let v = &records(&out)[0];
    assert_eq!(v["iis"]["win32_status"], 1326);
    assert_eq!(v["iis"]["win32"], "ERROR_LOGON_FAILURE");
    assert_eq!(v["iis"]["substatus"], 41);
    assert!(v["iis"]["substatus_meaning"].is_string());
}

fn findings(log: &str) -> Vec<String> {
    let out = ftpcode()
        .args(["scan", "--json"])
        .write_stdin(log.to_string())
        .output()
        .expect("run");
    records(&out)
        .iter()
        .filter(|v| v["type"] == "finding")
        .filter_map(|v| v["finding"].as_str().map(str::to_string))
        .collect()
}

#[test]
fn diagnoses_fire_on_their_case_and_stay_silent_on_a_clean_session() {
    let clean = "220 ProFTPD Server ready\nUSER ftpuser\n331 Password required\nPASS secret\n\
                 230 User logged in\nPASV\n227 Entering Passive Mode (127,0,0,1,117,48).\nLIST\n\
                 150 Opening ASCII mode data connection\n226 Transfer complete\nSTOR up.txt\n\
                 150 Opening BINARY mode data connection\n226 Transfer complete\nQUIT\n221 Goodbye.\n";
    assert!(findings(clean).is_empty(), "{:?}", findings(clean));

    // curl -v through NAT: the server hands out its private address, and the transfer
    // then fails.
    let nat = "* Connected to ftp.example.com (203.0.113.5) port 21 (#0)\n< 220 ready\n> PASV\n\
               < 227 Entering Passive Mode (10,0,0,5,117,48)\n> RETR x\n< 425 Can't open data connection.\n";
    assert_eq!(findings(nat), ["passive-nat"]);

    let blocked = "---> EPSV\n<--- 229 Entering Extended Passive Mode (|||30004|)\n---> LIST\n\
                   <--- 425 Can't open data connection.\n";
    assert_eq!(findings(blocked), ["passive-blocked"]);

    let brute: String = (0..3)
        .map(|i| {
            format!(
                "[pid 9{i}] FTP command: Client \"198.51.100.7\", \"PASS <password>\"\n\
                 [pid 9{i}] FTP response: Client \"198.51.100.7\", \"530 Login incorrect.\"\n"
            )
        })
        .collect();
    assert_eq!(
        findings(&brute),
        ["login-failures"],
        "per client, across sessions"
    );

    let tls = "[pid 9] FTP command: Client \"198.51.100.7\", \"USER bob\"\n\
               [pid 9] FTP response: Client \"198.51.100.7\", \"530 Non-anonymous sessions must use encryption.\"\n";
    assert_eq!(findings(tls), ["tls-required"]);

    let no_tls =
        "---> AUTH TLS\n<--- 530 Please login with USER and PASS.\n---> QUIT\n<--- 221 Goodbye.\n";
    assert_eq!(findings(no_tls), ["tls-unavailable"]);

    let full = "Nov 24 05:53:53 vm pure-ftpd: (?@198.51.100.7) [DEBUG] 421 Too many connections (8) from this IP\n";
    assert_eq!(findings(full), ["too-many-connections"]);

    let uploads = "---> STOR a.txt\n<--- 553 Could not create file.\n---> STOR b.txt\n<--- 550 Permission denied.\n";
    assert_eq!(findings(uploads), ["uploads-refused"]);
}

#[test]
fn failed_logins_of_interleaved_sessions_without_clients_count_per_session() {
    // BusyBox ftpd's lines (its PID, no address). Three sessions at once, failing once each,
    // are three clients, not one failing three times; one client reconnecting (sessions one
    // after another) and failing three times is a finding, and so is one session failing
    // three times among others.
    let lines = |pid: u32| -> [String; 5] {
        [
            format!("ftpd[{pid}]: 220 Operation successful\n"),
            format!("ftpd[{pid}]: USER bob\n"),
            format!("ftpd[{pid}]: 331 Specify password\n"),
            format!("ftpd[{pid}]: PASS wrong\n"),
            format!("ftpd[{pid}]: 530 Login failed\n"),
        ]
    };
    let sessions: Vec<[String; 5]> = (0..3).map(|i| lines(20230 + i)).collect();
    let interleaved: String = (0..5)
        .flat_map(|k| sessions.iter().map(move |s| s[k].clone()))
        .collect();
    assert!(
        findings(&interleaved).is_empty(),
        "{:?}",
        findings(&interleaved)
    );
    let one_after_another: String = sessions.iter().flatten().cloned().collect();
    assert_eq!(findings(&one_after_another), ["login-failures"]);
    let mut busy = interleaved.clone();
    for _ in 0..3 {
        busy += "ftpd[20240]: PASS wrong\nftpd[20240]: 530 Login failed\n";
    }
    assert_eq!(findings(&busy), ["login-failures"]);
    let out = ftpcode()
        .args(["scan", "--json"])
        .write_stdin(busy)
        .output()
        .expect("run");
    let finding = records(&out)
        .into_iter()
        .find(|v| v["type"] == "finding")
        .expect("a finding");
    let explanation = finding["explanation"].as_str().unwrap_or_default();
    assert!(explanation.contains("in one session"), "{explanation}");
    assert_eq!(finding["session"], "20240");
    // ProFTPD's TraceLog of four concurrent logins, one failing each: no finding.
    let out = scan_json(&fixtures().join("proftpd-tracelog-concurrent.log"), false);
    let found: Vec<_> = records(&out)
        .into_iter()
        .filter(|v| v["finding"] == "login-failures")
        .collect();
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn interleaved_sessions_do_not_mix_their_findings() {
    // The new user's case: alice's RETR fails while bob's upload succeeds. Nothing says
    // every upload was refused, and the 550 answers RETR, not STOR.
    let log = std::fs::read_to_string(
        PathBuf::from(env!("CARGO_MANIFEST_DIR"))
            .join("../shared/reviews/newuser-captures/inter.log"),
    );
    let Ok(log) = log else {
        return; // the review's captures are beside the repository in CI and development
    };
    assert!(findings(&log).is_empty(), "{:?}", findings(&log));
    let out = annotate(log.as_bytes());
    let text = String::from_utf8_lossy(&out);
    assert!(
        text.contains("550 File unavailable, answering RETR"),
        "{text}"
    );
}

#[test]
fn each_server_is_recognised_in_its_own_log() {
    for (fixture, server) in [
        ("vsftpd-protocol.log", "vsftpd"),
        ("proftpd-tracelog.log", "ProFTPD"),
        ("pureftpd-syslog.log", "Pure-FTPd"),
        ("pyftpdlib.log", "pyftpdlib"),
        ("iis-w3c.log", "IIS"),
    ] {
        let out = scan_json(&fixtures().join(fixture), false);
        let named: Vec<String> = records(&out)
            .iter()
            .filter(|v| v["type"] == "reply")
            .filter_map(|v| v["server"].as_str().map(str::to_string))
            .collect();
        assert!(named.iter().any(|s| s == server), "{fixture}: {named:?}");
        assert!(named.iter().all(|s| s == server), "{fixture}: {named:?}");
    }
}

#[test]
fn client_errors_in_a_log_are_explained_and_server_lines_are_not_taken_for_them() {
    // A client's own error line (curl's verbose log) is a finding the user must see.
    let out = ftpcode()
        .args(["scan", "--json"])
        .arg(fixtures().join("curl-v.log"))
        .output()
        .expect("run");
    let errors: Vec<Value> = records(&out)
        .into_iter()
        .filter(|r| r["type"] == "client_error")
        .collect();
    let ids: Vec<&str> = errors.iter().filter_map(|r| r["id"].as_str()).collect();
    assert_eq!(ids, ["curl-78", "curl-67", "curl-25"], "{errors:?}");
    assert!(errors.iter().all(|r| r["program"] == "curl"));

    let out = ftpcode()
        .arg("scan")
        .write_stdin("curl: (67) Access denied: 530\n")
        .output()
        .expect("run");
    let text = stdout(&out);
    assert!(
        text.starts_with("curl: (67) Access denied: 530\n"),
        "{text}"
    );
    assert!(text.contains("[ftpcode] curl: Login denied"), "{text}");
    assert!(!stderr(&out).contains("no FTP replies"), "{}", stderr(&out));

    // Server logs say "Permission denied" in replies and in their own words: not a client
    // error. The client errors the corpus holds are found where they are, and only there
    // (the JDK's ftp: URL handler prints its fixed login error in these two captures).
    for log in logs() {
        let out = scan_json(&log, false);
        let got: Vec<(u64, String)> = records(&out)
            .into_iter()
            .filter(|r| r["type"] == "client_error" && r["program"] != "curl")
            .map(|r| (r["line"].as_u64().unwrap_or(0), r["id"].to_string()))
            .collect();
        let want: &[(u64, &str)] = match log.file_name().and_then(|n| n.to_str()) {
            Some("jdk-url-exceptions.log") => &[(2, "\"java-sun-ftp-login\"")],
            Some("jdk-url-finest.log") => &[(23, "\"java-sun-ftp-login\"")],
            _ => &[],
        };
        let want: Vec<(u64, String)> = want.iter().map(|(l, id)| (*l, id.to_string())).collect();
        assert_eq!(got, want, "{}", log.display());
    }
}

#[test]
fn json_names_a_reply_the_rfcs_do_not_list_for_its_command() {
    let out = ftpcode()
        .args(["scan", "--json"])
        .write_stdin("220 ready\nUSER a\n331 pw\nPASS x\n230 ok\nMKD d\n226 odd\n")
        .output()
        .expect("run");
    let recs = records(&out);
    let odd = recs.iter().find(|v| v["code"] == 226).expect("the 226");
    assert_eq!(odd["command"], "MKD d");
    assert_eq!(odd["listed"], "unlisted");
    let ok = recs.iter().find(|v| v["code"] == 230).expect("the 230");
    assert!(ok.get("listed").is_none(), "{ok}");
}

#[test]
fn summary_keeps_the_first_findings_and_counts_the_rest() {
    // 150 clients, each failing to log in three times: 150 findings.
    let mut log = String::new();
    for c in 0..150 {
        for _ in 0..3 {
            log.push_str(&format!(
                "[pid {c}] FTP command: Client \"10.0.{}.{}\", \"PASS x\"\n\
                 [pid {c}] FTP response: Client \"10.0.{}.{}\", \"530 Login incorrect.\"\n",
                c / 200,
                c % 200,
                c / 200,
                c % 200
            ));
        }
    }
    let count = |args: &[&str]| {
        let out = ftpcode()
            .args(args)
            .write_stdin(log.clone())
            .output()
            .expect("run");
        stdout(&out)
    };
    let json = count(&["scan", "--json"]);
    let all = json.matches("\"type\":\"finding\"").count();
    assert_eq!(all, 150, "scan --json writes every finding");
    let text = count(&["scan", "--summary"]);
    assert_eq!(
        text.matches("Repeated failed logins").count(),
        100,
        "{text}"
    );
    assert!(text.contains("and 50 more"), "{text}");
    let v: Value =
        serde_json::from_str(count(&["scan", "--summary", "--json"]).trim()).expect("JSON");
    assert_eq!(v["findings"].as_array().map(Vec::len), Some(100));
    assert_eq!(v["more_findings"], 50);
}

/// Replies logged by the name of their code: libunftp's `Reply` at debug level. Lines
/// from a capture of unFTP 0.16.0 (libunftp 0.24.0, `-vv`, debug build) on 127.0.0.1,
/// colour codes taken out; among them the lines that must stay quiet: the `None` reply,
/// `bytes: 421`, `Bytes copied 421 B;`.
#[test]
fn replies_by_name_of_their_code() {
    let log = concat!(
        "    Dec 01 22:30:35.671 DEBG Control channel event Command(User { username: b\"ftpuser\" }), seq: 1\n",
        "    Dec 01 22:30:35.671 DEBG Control channel reply CodeAndMsg { code: NeedPassword, msg: \"Password Required\" }, seq: 1\n",
        "    Dec 01 22:30:35.672 DEBG Control channel reply None, seq: 2\n",
        "    Dec 01 22:30:37.173 DEBG Control channel reply CodeAndMsg { code: NotLoggedIn, msg: \"Authentication failed\" }, seq: 3\n",
        "     Dec 01 22:30:37.179 DEBG Control channel reply MultiLine { code: SystemStatus, 9 lines (Extensions supported:...) }, seq: 8\n",
        "     Dec 01 22:30:37.180 DEBG Control channel reply CodeAndMsg { code: DirCreated, msg: \"\\\"/\\\"\" }, seq: 10\n",
        "     Dec 01 22:30:37.281 INFO Successful RETR \"/pub/size-421.bin\"; Duration 0ms; Bytes copied 421 B; Transfer speed 862.91 KB/s; start_pos=0\n",
        "     Dec 01 22:30:37.281 DEBG Control channel event InternalMsg(SentData { path: \"/pub/size-421.bin\", bytes: 421 }), seq: 27\n",
        "     Dec 01 22:30:37.326 DEBG Control channel reply CodeAndMsg { code: FileError, msg: \"File not found\" }, seq: 30\n",
    );
    let out = scan_json_stdin(log);
    let got: Vec<(u64, u64, String)> = records(&out)
        .iter()
        .filter(|r| r["type"] == "reply")
        .map(|r| {
            (
                r["line"].as_u64().unwrap_or(0),
                r["code"].as_u64().unwrap_or(0),
                r["text"].as_str().unwrap_or("").to_string(),
            )
        })
        .collect();
    assert_eq!(
        got,
        [
            (2, 331, "Password Required".to_string()),
            (4, 530, "Authentication failed".to_string()),
            (5, 211, "9 lines (Extensions supported:...)".to_string()),
            (6, 257, "\"/\"".to_string()),
            (9, 550, "File not found".to_string()),
        ]
    );
    // A rule for one library: off with the program-specific rules.
    let generic = ftpcode()
        .args(["scan", "--json", "--generic", "-"])
        .write_stdin(log)
        .output()
        .expect("run");
    assert!(records(&generic).iter().all(|r| r["type"] != "reply"));
}

#[test]
fn a_reply_shown_in_fields_and_copies_is_found_once_per_copy() {
    // node-ftp's debug output (a published log of its issue 199) shows a reply three times:
    // the socket's chunk, the parser's copy, and the parsed code and text in two fields; the
    // last one's escaped string holds the reply's further lines, not replies of their own.
    // eqFTP prints the parsed reply as a pretty-printed object, code and text on two lines:
    // the code alone in its field is the reply's code again, not a reply.
    let log = concat!(
        "[connection] > 'FEAT'\n",
        "[connection] < '211-Features:\\r\\n EPRT\\r\\n EPSV\\r\\n211 End\\r\\n'\n",
        "[parser] Response: code=211, buffer='Features:\\r\\n EPRT\\r\\n EPSV\\r\\nEnd'\n",
        "[connection] > 'PWD'\n",
        "NodeDebugUtils.js:117 [node-log 10:03:39 AM] {\n",
        "  \"code\": 257,\n",
        "  \"text\": \"257 \\\"/\\\" is your current location\",\n",
        "  \"isMark\": false\n",
        "}\n",
    );
    let out = scan_json_stdin(log);
    let got: Vec<(u64, u64, u64, String, String)> = records(&out)
        .iter()
        .filter(|r| r["type"] == "reply")
        .map(|r| {
            (
                r["line"].as_u64().unwrap_or(0),
                r["end_line"].as_u64().unwrap_or(0),
                r["code"].as_u64().unwrap_or(0),
                r["command"].as_str().unwrap_or("").to_string(),
                r["text"].as_str().unwrap_or("").to_string(),
            )
        })
        .collect();
    let s = |t: &str| t.to_string();
    assert_eq!(
        got,
        [
            (2, 2, 211, s("FEAT"), s("Features:\nEnd")),
            (3, 3, 211, s("FEAT"), s("Features:")),
            (7, 7, 257, s("PWD"), s("\\\"/\\\" is your current location")),
        ]
    );
    // The copies of one reply, one under the other, get one note.
    let copies = concat!(
        "[connection] < '220 (vsFTPd 2.0.5)\\r\\n'\n",
        "[parser] < '220 (vsFTPd 2.0.5)\\r\\n'\n",
        "[parser] Response: code=220, buffer='(vsFTPd 2.0.5)'\n",
    );
    let out = annotate(copies.as_bytes());
    let notes = String::from_utf8_lossy(&out).matches("[ftpcode]").count();
    assert_eq!(notes, 1, "{}", String::from_utf8_lossy(&out));
}

#[test]
fn client_errors_are_looked_for_in_the_first_lines_and_then_only_in_client_logs() {
    let refused =
        "curl: (7) Failed to connect to 127.0.0.1 port 21 after 0 ms: Connection refused\n";
    let quiet = "Tue Nov 24 05:53:37 2026 [pid 15078] CONNECT: Client \"127.0.0.1\"\n".repeat(6000);
    let errors = |log: String| {
        let out = scan_json_stdin(log);
        records(&out)
            .iter()
            .filter(|r| r["type"] == "client_error")
            .map(|r| r["line"].as_u64().unwrap_or(0))
            .collect::<Vec<u64>>()
    };
    // A server's log: past its first 5000 lines, no line is taken for a client's error.
    assert_eq!(errors(format!("{quiet}{refused}")), [] as [u64; 0]);
    // A client's log (an error in its first lines): its errors are found all through.
    assert_eq!(errors(format!("{refused}{quiet}{refused}")), [1, 6002]);
    // Also where the first error is one the scanner finds in a line with a code in it.
    let denied = "curl: (67) Access denied: 530\n";
    assert_eq!(errors(format!("{denied}{quiet}{refused}")), [1, 6002]);
}

#[test]
fn a_proxy_s_copy_of_a_reply_with_its_address_rewritten_answers_the_same_command() {
    // ProFTPD 1.3.8 mod_proxy's trace log (lines as it writes them, `proxy.ftp.ctrl`
    // channel): the backend's 227, then the 227 the proxy sends on with its own port.
    let head = "2026-12-03 16:36:44,262 [7749] (client 127.0.0.3, server 127.0.0.1:14097)";
    let log = format!(
        "{head} <proxy.ftp.ctrl:9>: proxied PASV command from frontend to backend\n\
         {head} <proxy.ftp.ctrl:9>: received '227 Entering passive mode (127,0,0,1,17,67).' response from backend to frontend\n\
         {head} <proxy.ftp.msg:9>: parsed 'Entering passive mode (127,0,0,1,17,67).' into IPv4 127.0.0.1#4419\n\
         {head} <proxy.ftp.ctrl:9>: backend->frontend response: 227 Entering Passive Mode (127,0,0,1,17,85).\n\
         {head} <response:1>: 227 Entering Passive Mode (127,0,0,1,17,85).\n\
         {head} <proxy.ftp.ctrl:9>: proxied SYST command from frontend to backend\n\
         {head} <proxy.ftp.ctrl:9>: received '215 UNIX Type: L8' response from backend to frontend\n"
    );
    let out = scan_json_stdin(log);
    let replies: Vec<(u64, String, Option<u64>)> = records(&out)
        .iter()
        .filter(|r| r["type"] == "reply")
        .map(|r| {
            let command = r["command"].as_str().unwrap_or("-").to_string();
            (
                r["line"].as_u64().unwrap_or(0),
                command,
                r["copy_of"].as_u64(),
            )
        })
        .collect();
    assert_eq!(
        replies,
        [
            (2, "PASV".into(), None),
            (4, "PASV".into(), Some(2)),
            (5, "PASV".into(), Some(2)),
            (7, "SYST".into(), None),
        ]
    );
    // Where other replies came between, a second 227 is a reply of its own, to a PASV
    // the log does not show.
    let log = concat!(
        "> PASV\n",
        "227 Entering passive mode (127,0,0,1,11,150).\n",
        "125 Data connection already open. Transfer starting.\n",
        "226 Transfer complete.\n",
        "227 Entering passive mode (127,0,0,1,11,157).\n",
    );
    let out = scan_json_stdin(log);
    let last = records(&out)
        .into_iter()
        .rfind(|r| r["type"] == "reply")
        .expect("a reply");
    assert_eq!(last["line"], 5);
    assert!(
        last.get("command").is_none() && last.get("copy_of").is_none(),
        "{last}"
    );
}

#[test]
fn copies_of_a_reply_are_marked_and_replies_to_other_commands_are_not_copies() {
    // Python ftplib's debug output: each reply as read (`*get*`) and as parsed (`*resp*`).
    let log = concat!(
        "*cmd* 'USER ftpuser'\n",
        "*put* 'USER ftpuser\\r\\n'\n",
        "*get* '331 Please specify the password.\\n'\n",
        "*resp* '331 Please specify the password.'\n",
    );
    let out = scan_json_stdin(log);
    let copies: Vec<(u64, Option<u64>)> = records(&out)
        .iter()
        .filter(|r| r["type"] == "reply")
        .map(|r| (r["line"].as_u64().unwrap_or(0), r["copy_of"].as_u64()))
        .collect();
    assert_eq!(copies, [(3, None), (4, Some(3))]);
    // ProFTPD's ExtendedLog: a command and its reply on each line. Two 550s one under the
    // other answer two commands: two replies, each explained with its command.
    let log = concat!(
        "127.0.0.1 UNKNOWN ftpuser [24/Nov/2026:05:53:41 +0000] \"RETR missing.txt\" 550 -\n",
        "127.0.0.1 UNKNOWN ftpuser [24/Nov/2026:05:53:41 +0000] \"STOR upload.txt\" 550 -\n",
        "127.0.0.1 UNKNOWN ftpuser [24/Nov/2026:05:53:41 +0000] \"MKD newdir\" 550 -\n",
    );
    let out = scan_json_stdin(log);
    assert!(records(&out).iter().all(|r| r.get("copy_of").is_none()));
    let text = String::from_utf8_lossy(&annotate(log.as_bytes())).into_owned();
    for verb in ["RETR", "STOR", "MKD"] {
        assert!(
            text.contains(&format!("550 File unavailable, answering {verb}:")),
            "{text}"
        );
    }
}

/// A busy server's day: more sessions over the log than scan follows at once (4096), two
/// at a time, in vsftpd's format (as `tests/fixtures/scan` holds it). Each reply must stay
/// in its own session when old sessions are forgotten to make room. Until sessions kept
/// their places (9b0394c), forgetting one moved another, and a reply held for a line could
/// go out under the wrong session (this test failed at 60fcd54; on a log of 20,000 sessions,
/// 1,618 of 120,000 replies did, and 1,292 were taken for copies of the reply before them).
#[test]
fn replies_keep_their_sessions_when_old_sessions_are_forgotten() {
    let mut log = String::new();
    let line = |pid: u32, kind: &str, text: &str| {
        format!(
            "Mon Mar  1 10:15:32 2026 [pid {pid}] FTP {kind}: Client \"10.0.{}.{}\", \"{text}\"\n",
            pid % 250,
            pid % 7
        )
    };
    let steps = [
        ("response", "220 (vsFTPd 3.0.3)"),
        ("command", "USER alice"),
        ("response", "331 Please specify the password."),
        ("command", "RETR missing.txt"),
        ("response", "550 Failed to open file."),
    ];
    // Sessions 1000 + 2k and 1001 + 2k interleave, step by step.
    for pair in 0..2600u32 {
        for step in steps {
            for pid in [1000 + 2 * pair, 1001 + 2 * pair] {
                log.push_str(&line(pid, step.0, step.1));
            }
        }
    }
    let lines: Vec<&str> = log.lines().collect();
    let out = scan_json_stdin(log.clone());
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let mut replies = 0;
    for record in stdout(&out).lines() {
        let r: Value = serde_json::from_str(record).expect("JSON");
        if r["type"] != "reply" {
            continue;
        }
        replies += 1;
        let at = r["line"].as_u64().expect("line") as usize;
        let pid = lines[at - 1]
            .split("[pid ")
            .nth(1)
            .and_then(|rest| rest.split(']').next())
            .expect("pid");
        assert_eq!(r["session"], pid, "line {at}: {record}");
        assert!(r.get("copy_of").is_none(), "line {at}: {record}");
        if r["code"] == 550 {
            assert_eq!(r["command"], "RETR missing.txt", "line {at}: {record}");
        }
    }
    assert_eq!(replies, 2600 * 2 * 3);
}

#[test]
fn body_lines_inside_a_decoded_string_are_no_commands() {
    // A logger's record holds a multi-line reply's text in one string (ftplib through a
    // JSON formatter): its body lines (` EPRT`, ` TVFS`) are the reply's, not commands, so
    // a reply after them whose command the log does not show answers none.
    let log = concat!(
        r#"{"event":"ctl.send","payload_text":"FEAT\r\n"}"#,
        "\n",
        r#"{"event":"ctl.reply","detail":{"code":211,"text":"Features supported:\n EPRT\n TVFS\nEnd"}}"#,
        "\n",
        r#"{"event":"ctl.recv","payload_text":"221 Goodbye.\r\n"}"#,
        "\n",
    );
    let out = scan_json_stdin(log);
    let replies: Vec<(u64, String)> = records(&out)
        .iter()
        .filter(|r| r["type"] == "reply")
        .map(|r| {
            (
                r["code"].as_u64().unwrap_or(0),
                r["command"].as_str().unwrap_or("-").to_string(),
            )
        })
        .collect();
    assert_eq!(
        replies,
        [(211, "FEAT".into()), (221, "-".into())],
        "{}",
        stdout(&out)
    );
}

#[test]
fn a_verb_in_a_tracers_prose_names_no_command() {
    // ProFTPD's TraceLog at `response:9` (the messages of src/main.c and src/response.c):
    // "pending list:" names no LIST; the 530 answers the PASS whose reply it is.
    let log = concat!(
        "2026-12-03 12:13:48,820 [22406] <response:9>: clearing response lists before ",
        "dispatching command 'PASS'\n",
        "2026-12-03 12:13:48,824 [22406] <response:7>: error response added to pending list: ",
        "530 Login incorrect.\n",
        "2026-12-03 12:13:48,825 [22406] <response:1>: 530 Login incorrect.\n",
    );
    let out = scan_json_stdin(log);
    let commands: Vec<String> = records(&out)
        .iter()
        .filter(|r| r["type"] == "reply")
        .map(|r| r["command"].as_str().unwrap_or("-").to_string())
        .collect();
    assert_eq!(commands, ["PASS", "PASS"], "{}", stdout(&out));
}

/// The line, id and client of each `server_log` record of a `scan --json` output.
fn server_logs(out: &std::process::Output) -> Vec<(u64, String, String)> {
    records(out)
        .iter()
        .filter(|r| r["type"] == "server_log")
        .map(|r| {
            (
                r["line"].as_u64().unwrap_or(0),
                r["id"].as_str().unwrap_or("").to_string(),
                r["client"].as_str().unwrap_or("").to_string(),
            )
        })
        .collect()
}

/// vsftpd's own log without log_ftp_protocol holds no reply, only OK and FAIL lines: each FAIL
/// line is reported as that server's log line, with its session, client and user, and nothing
/// else is (the ground truth, `NAME.lines`, ties each FAIL line to the reply the client got).
#[test]
fn a_servers_own_fail_lines_are_explained_where_its_log_holds_no_replies() {
    for name in ["vsftpd-native-concurrent", "vsftpd-native-syslog"] {
        let log = fixtures().join(format!("{name}.log"));
        let truth = std::fs::read_to_string(log.with_extension("lines")).expect("ground truth");
        let want: Vec<(u64, String, String)> = truth
            .lines()
            .map(|l| {
                let f: Vec<&str> = l.split('\t').collect();
                (
                    f[0].parse().expect("line"),
                    format!("vsftpd-fail-{}", f[1].to_ascii_lowercase()),
                    f[2].trim_matches('"').to_string(),
                )
            })
            .collect();
        let out = scan_json(&log, false);
        assert_eq!(server_logs(&out), want, "{name}");
        // `--summary --json` tells them from client errors as `--json` does.
        let out = ftpcode()
            .args(["scan", "--summary", "--json"])
            .arg(&log)
            .output()
            .expect("run");
        let summary: Value = serde_json::from_str(&stdout(&out)).expect("one JSON object");
        assert_eq!(summary["client_errors"], serde_json::json!([]), "{name}");
        let counted: u64 = summary["server_log_lines"]
            .as_array()
            .map_or(0, |a| a.iter().filter_map(|t| t["count"].as_u64()).sum());
        assert_eq!(counted, want.len() as u64, "{name}");
        let others: Vec<String> = records(&out)
            .iter()
            .filter_map(|r| r["type"].as_str().map(str::to_string))
            .filter(|t| t != "server_log")
            .collect();
        assert_eq!(others, ["summary"], "{name}: only FAIL lines");
    }
    // Annotated in place and counted in the summary, a login refused three times from one
    // client is a finding, as three 530 replies to PASS are.
    let log =
        std::fs::read_to_string(fixtures().join("vsftpd-native-concurrent.log")).expect("log");
    let dave = log
        .lines()
        .find(|l| l.contains("[dave] FAIL LOGIN"))
        .expect("dave's failed login");
    let out = ftpcode()
        .args(["scan", "--summary", "-"])
        .write_stdin(format!("{dave}\n{dave}\n{dave}\n"))
        .output()
        .expect("run");
    let text = stdout(&out);
    assert!(
        text.contains("0 replies in 3 lines, 0 negative, 3 server log lines"),
        "{text}"
    );
    assert!(
        text.contains("Repeated failed logins (client 127.0.0.5, lines 1, 2, 3)"),
        "{text}"
    );
    assert!(
        text.contains("Server log lines\n  3 vsftpd: Login refused (lines 1..3)"),
        "{text}"
    );
    // Its OK and CONNECT lines alone: no reply and no failure, and the user is told how to
    // have vsftpd log its replies.
    let ok: String = log
        .lines()
        .filter(|l| !l.contains(" FAIL "))
        .map(|l| format!("{l}\n"))
        .collect();
    let out = ftpcode()
        .args(["scan", "--summary", "-"])
        .write_stdin(ok)
        .output()
        .expect("run");
    assert_eq!(
        stderr(&out),
        "ftpcode: no FTP replies found in standard input: vsftpd's own log records logins and \
         transfers but no replies: log_ftp_protocol=YES (with xferlog_std_format=NO) adds every \
         command and reply to it.\n"
    );
    // rsyslog's RSYSLOG_DebugFormat prints one record three times (`msg:`, `escaped msg:`,
    // `rawmsg:`): one failure, not three.
    let message = &dave[dave.find("[dave]").expect("user")..];
    let debug = format!(
        "msg: ' {message}'\nescaped msg: ' {message}'\ninputname: imuxsock rawmsg: '<85>Dec  3 14:21:43 vsftpd[20015]: {message}'\n"
    );
    let out = scan_json_stdin(debug);
    let lines: Vec<u64> = records(&out)
        .iter()
        .filter(|r| r["type"] == "server_log" || r["type"] == "finding")
        .map(|r| r["line"].as_u64().unwrap_or(0))
        .collect();
    assert_eq!(lines, [1]);
    let out = ftpcode()
        .args(["scan", "-"])
        .write_stdin(format!("{dave}\n"))
        .output()
        .expect("run");
    assert!(
        stdout(&out).contains(
            "vsftpd: Login refused (server log line; the client got 530): Check the account"
        ),
        "{}",
        stdout(&out)
    );
}

/// Pure-FTPd without -d and ProFTPD's console log record refusals but no reply: their lines
/// are explained as those servers' own, each as the fixture's note and the client's session
/// show it (a failed login, a missing file, a refused upload and MKD; a failed login).
#[test]
fn pure_ftpd_and_proftpd_log_lines_without_replies_are_explained() {
    for (name, want) in [
        (
            "pureftpd-nodebug",
            &[
                (2, "pure-ftpd-auth-failed"),
                (6, "pure-ftpd-cant-open"),
                (7, "pure-ftpd-cant-open-that-file"),
                (8, "pure-ftpd-cant-create-directory"),
            ][..],
        ),
        ("proftpd-debug-console", &[(80, "proftpd-login-failed")][..]),
    ] {
        let out = scan_json(&fixtures().join(format!("{name}.log")), false);
        let got: Vec<(u64, String)> = server_logs(&out)
            .into_iter()
            .map(|(line, id, _)| (line, id))
            .collect();
        let want: Vec<(u64, String)> = want.iter().map(|(l, id)| (*l, id.to_string())).collect();
        assert_eq!(got, want, "{name}");
    }
}

#[test]
fn a_client_error_giving_only_the_code_is_the_reply_where_the_log_shows_none() {
    let codes = |log: &str| -> Vec<(u64, u64)> {
        reply_records(log)
            .iter()
            .map(|r| {
                (
                    r["line"].as_u64().unwrap_or(0),
                    r["code"].as_u64().unwrap_or(0),
                )
            })
            .collect()
    };
    // A game server plugin's error (SourceMod's log) in libcurl's words, as a program that
    // uses libcurl prints it: libcurl's error, its code in a sentence of libcurl's, no
    // reply (as `curl: (25) Failed FTP upload: 553` is curl's, see
    // `a_known_client_s_error_naming_a_code_alone_is_that_client_s_error`).
    let log = "L 04/04/2020 - 20:55:33: Info (map \"de_mirage\")\n\
               L 04/04/2020 - 20:55:33: [get5_apistats.smx] There was a problem: Failed FTP upload: 553\n";
    assert_eq!(codes(log), []);
    let recs = records(&scan_json_stdin(log));
    assert!(
        recs.iter()
            .any(|r| r["type"] == "client_error" && r["id"] == "curl-25" && r["line"] == 2),
        "{recs:?}"
    );
    // Under the reply itself (curl -v), the same words echo it: one reply.
    assert_eq!(
        codes(
            "> STOR upload-2024.txt\n\
             < 553 Could not create file.\n\
             * Failed FTP upload: 553\n\
             curl: (25) Failed FTP upload: 553\n"
        ),
        [(2, 553)]
    );
    // Words that name neither FTP nor a command: a number (`Getting file with size: 421`
    // is no error; `Request failed: 550` names nothing of FTP).
    assert_eq!(codes("Request failed: 550\n"), []);
}

#[test]
fn names_in_brackets_tell_dialogues_apart_only_when_a_second_one_begins() {
    let sessions = |log: &str| -> Vec<(u64, String)> {
        reply_records(log)
            .iter()
            .map(|r| {
                (
                    r["line"].as_u64().unwrap_or(0),
                    r["session"].as_str().unwrap_or("-").to_string(),
                )
            })
            .collect()
    };
    // `concurrently --names bob,alice` running two ftplib clients (debug level 2): alice's
    // greeting comes after bob has sent USER, so the names are two dialogues.
    let two = sessions(concat!(
        "[bob] *get* '220 test server ready\\n'\n",
        "[bob] *cmd* 'USER ftpuser'\n",
        "[bob] *put* 'USER ftpuser\\r\\n'\n",
        "[alice] *get* '220 test server ready\\n'\n",
        "[alice] *cmd* 'USER ftpuser'\n",
        "[alice] *put* 'USER ftpuser\\r\\n'\n",
        "[bob] *get* '331 Username ok, send password.\\n'\n",
        "[alice] *get* '331 Username ok, send password.\\n'\n",
    ));
    let session = |line: u64| {
        two.iter()
            .find(|(l, _)| *l == line)
            .map(|(_, s)| s.clone())
            .unwrap_or_default()
    };
    assert_eq!(session(1), session(7), "{two:?}");
    assert_eq!(session(4), session(8), "{two:?}");
    assert_ne!(session(1), session(4), "{two:?}");
    // node's `ftp` debug output: `[connection]` and `[parser]` show one dialogue's
    // greeting twice; a second connection later greets under a name seen before, after
    // the first said goodbye: the next session, both names its own again.
    let one = sessions(concat!(
        "[connection] < '220 ProFTPD Server ready\\r\\n'\n",
        "[parser] < '220 ProFTPD Server ready\\r\\n'\n",
        "[connection] > 'USER ftpuser'\n",
        "[connection] < '331 Password required\\r\\n'\n",
        "[parser] < '331 Password required\\r\\n'\n",
        "[connection] > 'QUIT'\n",
        "[connection] < '221 Goodbye.\\r\\n'\n",
        "[connection] < '220 ProFTPD Server ready\\r\\n'\n",
        "[parser] < '220 ProFTPD Server ready\\r\\n'\n",
    ));
    assert!(one.len() >= 7, "{one:?}");
    let (first, second): (Vec<_>, Vec<_>) = one.iter().partition(|(l, _)| *l <= 7);
    assert!(first.iter().all(|(_, s)| *s == first[0].1), "{one:?}");
    assert!(second.iter().all(|(_, s)| *s == second[0].1), "{one:?}");
    assert_ne!(first[0].1, second[0].1, "{one:?}");
}

#[test]
fn an_access_log_record_inside_a_json_string_keeps_its_command_and_session() {
    // ProFTPD's ExtendedLog (`%{iso8601} %a:%{remote-port} %u "%r" %s "%S"`) read by
    // rsyslog's imfile and written as JSON: the record in the `message` string, its quotes
    // escaped, after fields longer than a line's start that is read for its session.
    let head = r#"{"@timestamp":"2026-12-03T19:24:01.616206+00:00","host":"vm","tag":"proftpd-xfer:","severity":"info","facility":"local5","file":"\/work\/newlogs23\/tmp\/proftpd\/extended.log","message":"2026-12-03 19:24:01,616"#;
    let log = format!(
        "{head} 127.0.0.2:37877 ftpuser \\\"FEAT\\\" 211 \\\"End\\\"\"}}\n\
         {head} 127.0.0.3:46737 ftpuser \\\"MDTM 550 report.txt\\\" 213 \\\"20261203192040\\\"\"}}\n\
         {head} 127.0.0.2:37877 ftpuser \\\"CWD no-such-dir\\\" 550 \\\"no-such-dir: No such file or directory\\\"\"}}\n"
    );
    let replies: Vec<(u64, String, String, String)> = reply_records(log)
        .iter()
        .map(|r| {
            (
                r["code"].as_u64().unwrap_or(0),
                r["command"].as_str().unwrap_or("-").to_string(),
                r["session"].as_str().unwrap_or("-").to_string(),
                r["text"].as_str().unwrap_or("-").to_string(),
            )
        })
        .collect();
    assert_eq!(
        replies,
        [
            (211, "FEAT".into(), "127.0.0.2:37877".into(), "End".into()),
            (
                213,
                "MDTM 550 report.txt".into(),
                "127.0.0.3:46737".into(),
                "20261203192040".into()
            ),
            (
                550,
                "CWD no-such-dir".into(),
                "127.0.0.2:37877".into(),
                "no-such-dir: No such file or directory".into()
            ),
        ]
    );
}

/// Session and command of each reply found, by line.
/// The first line and the command of each reply record (`-` for none).
fn line_commands(log: impl AsRef<[u8]>) -> Vec<(u64, String)> {
    replies_by_session(log)
        .into_iter()
        .map(|(line, _, command)| (line, command))
        .collect()
}

/// The first line and the code of each reply record.
fn line_codes(log: impl AsRef<[u8]>) -> Vec<(u64, u64)> {
    reply_records(log.as_ref())
        .iter()
        .map(|r| {
            (
                r["line"].as_u64().unwrap_or(0),
                r["code"].as_u64().unwrap_or(0),
            )
        })
        .collect()
}

/// The named fields of each reply record, as text (`-` where the record has none).
fn reply_fields(log: impl AsRef<[u8]>, keys: &[&str]) -> Vec<Vec<String>> {
    reply_records(log.as_ref())
        .iter()
        .map(|r| {
            keys.iter()
                .map(|k| match &r[*k] {
                    Value::String(s) => s.clone(),
                    Value::Null => "-".into(),
                    v => v.to_string(),
                })
                .collect()
        })
        .collect()
}

/// Rows of expected fields, as `reply_fields` gives them.
fn rows<const N: usize>(rows: &[[&str; N]]) -> Vec<Vec<String>> {
    rows.iter()
        .map(|r| r.iter().map(|f| f.to_string()).collect())
        .collect()
}

fn replies_by_session(log: impl AsRef<[u8]>) -> Vec<(u64, String, String)> {
    reply_records(log.as_ref())
        .iter()
        .map(|r| {
            (
                r["line"].as_u64().unwrap_or(0),
                r["session"].as_str().unwrap_or("-").to_string(),
                r["command"].as_str().unwrap_or("-").to_string(),
            )
        })
        .collect()
}

#[test]
fn a_verb_with_digits_in_a_field_before_the_code_is_the_command_it_answers() {
    // ProFTPD's ExtendedLog with a LogFormat of bars: `%t|%a|%P|%{protocol}|%u|%r|%s|%S`.
    let log = concat!(
        "2026-12-04 21:23:47|10.0.0.3|8493|ftp|bob|DELE missing.txt|550|missing.txt: No such file or directory\n",
        "2026-12-04 21:23:47|10.0.0.3|8493|ftp|bob|XMD5 ../readonly|550|../readonly: Not a regular file\n",
    );
    let got = line_commands(log);
    assert_eq!(
        got,
        [
            (1, "DELE missing.txt".into()),
            (2, "XMD5 ../readonly".into()),
        ]
    );
}

#[test]
fn proftpd_s_name_for_a_subcommand_in_a_field_is_its_verb_s_command() {
    // ProFTPD's ExtendedLog `%r` logs OPTS UTF8 as dispatched (mod_lang.c: `C_OPTS "_UTF8"`),
    // then again as sent with no reply.
    let log = concat!(
        "2026-12-04 21:23:47|10.0.0.3|8493|ftp|-|LANG|200|Using default language C.UTF-8\n",
        "2026-12-04 21:23:47|10.0.0.3|8493|ftp|-|OPTS_UTF8 ON|200|UTF8 set to on\n",
        "2026-12-04 21:23:47|10.0.0.3|8493|ftp|-|OPTS UTF8 ON|-|-\n",
    );
    let got = line_commands(log);
    assert_eq!(got, [(1, "LANG".into()), (2, "OPTS_UTF8 ON".into())]);
}

#[test]
fn proftpd_s_trace_pairs_each_error_with_the_command_dispatched_before_it() {
    // ProFTPD's TraceLog at `command:7 response:7` (src/main.c: "dispatching %s command '%s'
    // to mod_%s"; src/response.c: "error response added to pending list: %s %s", then
    // the reply as sent at response:1): XMD5 is a verb with a digit; RNFR gets the very
    // words DELE got, and they are its own reply, not DELE's again.
    let t = "2026-12-04 21:24:04,326 [9124] ";
    let log = [
        "<command:7>: dispatching CMD command 'XMD5 ../ro' to mod_digest.c",
        "<response:7>: error response added to pending list: 550 ../ro: Not a regular file",
        "<response:1>: 550 ../ro: Not a regular file",
        "<command:7>: dispatching CMD command 'DELE gone.txt' to mod_core.c",
        "<response:7>: error response added to pending list: 550 gone.txt: No such file or directory",
        "<response:1>: 550 gone.txt: No such file or directory",
        "<command:7>: dispatching CMD command 'RNFR gone.txt' to mod_core.c",
        "<response:7>: error response added to pending list: 550 gone.txt: No such file or directory",
        "<response:1>: 550 gone.txt: No such file or directory",
    ]
    .iter()
    .map(|l| format!("{t}{l}\n"))
    .collect::<String>();
    let got = line_commands(&log);
    assert_eq!(
        got,
        [
            (2, "XMD5 ../ro".into()),
            (3, "XMD5 ../ro".into()),
            (5, "DELE gone.txt".into()),
            (6, "DELE gone.txt".into()),
            (8, "RNFR gone.txt".into()),
            (9, "RNFR gone.txt".into()),
        ]
    );
}

#[test]
fn a_tables_first_column_climbing_by_one_is_no_gutter() {
    // `tshark -T fields -E header=y -e frame.number ... -e ftp.response.code -e
    // ftp.response.arg`: where packets follow each other, frame numbers climb by one like a
    // paste's line numbers, and the rows must still be read by their columns.
    let log = concat!(
        "frame.number\ttcp.stream\tftp.request.command\tftp.request.arg\tftp.response.code\tftp.response.arg\n",
        "4\t0\t\t\t220\tready\n",
        "6\t0\tUSER\tftpuser\t\t\n",
        "8\t0\t\t\t331\tUsername ok, send password.\n",
        "15\t0\tPASS\tsecret\t\t\n",
        "16\t0\t\t\t230\tLogin successful.\n",
        "17\t0\tSYST\t\t\t\n",
        "18\t0\t\t\t215\tUNIX Type: L8\n",
        "19\t0\tCWD\tnone\t\t\n",
        "20\t0\t\t\t550\tNo such file or directory.\n",
    );
    let got = line_commands(log);
    assert_eq!(
        got,
        [
            (2, "-".into()),
            (4, "USER\tftpuser".into()),
            (6, "PASS ***".into()),
            (8, "SYST".into()),
            (10, "CWD\tnone".into()),
        ]
    );
}

#[test]
fn a_record_printed_with_and_without_its_pid_keeps_one_session() {
    // rsyslog's RSYSLOG_DebugFormat: each record's message alone (`msg:`, `escaped msg:`),
    // which names the client, then the raw message with vsftpd's tag and pid, which names
    // both. Two clients: each one's replies share one session.
    fn record(pid: u32, user: &str, client: &str, what: &str, said: &str) -> String {
        let msg = format!("[{user}] FTP {what}: Client \"{client}\", \"{said}\"");
        format!(
            "Debug line with all properties:\n\
             FROMHOST: 'vm', fromhost-ip: '127.0.0.1', HOSTNAME: 'vm', PRI: 94,\n\
             syslogtag 'vsftpd[{pid}]:', programname: 'vsftpd', APP-NAME: 'vsftpd', PROCID: '{pid}', MSGID: '-',\n\
             msg: ' {msg}'\n\
             escaped msg: ' {msg}'\n\
             inputname: imuxsock rawmsg: '<94>Dec  4 20:51:08 vsftpd[{pid}]: {msg}'\n\n"
        )
    }
    let log = [
        record(
            22916,
            "bob",
            "10.0.0.3",
            "response",
            "230 Login successful.",
        ),
        record(
            22919,
            "alice",
            "10.0.0.2",
            "response",
            "230 Login successful.",
        ),
        record(22916, "bob", "10.0.0.3", "command", "PWD"),
        record(
            22916,
            "bob",
            "10.0.0.3",
            "response",
            "257 \\\"/\\\" is the current directory",
        ),
        record(22919, "alice", "10.0.0.2", "command", "CWD gone"),
        record(
            22919,
            "alice",
            "10.0.0.2",
            "response",
            "550 Failed to change directory.",
        ),
    ]
    .concat();
    let got = replies_by_session(&log);
    let sessions = |code_lines: &[u64]| -> Vec<String> {
        got.iter()
            .filter(|(line, _, _)| code_lines.contains(line))
            .map(|(_, s, _)| s.clone())
            .collect()
    };
    // Lines 4-6 and 25-27 are bob's 230 and 257; 11-13 and 39-41 alice's 230 and 550.
    let bob = sessions(&[4, 5, 6, 25, 26, 27]);
    let alice = sessions(&[11, 12, 13, 39, 40, 41]);
    assert_eq!(bob.len(), 6, "{got:?}");
    assert_eq!(alice.len(), 6, "{got:?}");
    assert!(bob.iter().all(|s| *s == bob[0]), "{bob:?}");
    assert!(alice.iter().all(|s| *s == alice[0]), "{alice:?}");
    assert_ne!(bob[0], alice[0]);
}

#[test]
fn replies_in_od_s_characters_are_read_from_the_bytes() {
    // `od -c` (GNU coreutils 9.1) of lines 4 to 10 of the curl-v.log fixture: each reply is
    // found over the rows that hold it, from its code's first digit to its last character.
    let log = concat!(
        "0000000   <       2   2   0   -   W   e   l   c   o   m   e       t   o\n",
        "0000020       t   h   e       f   t   p   c   o   d   e       t   e   s\n",
        "0000040   t       s   e   r   v   e   r   .  \\r  \\n   <       2   2   0\n",
        "0000060   -   U   s   e   r   s   :       f   t   p   u   s   e   r    \n",
        "0000100   o   n   l   y   .       F   i   l   e   s       i   n       /\n",
        "0000120   p   u   b       (   e   .   g   .       5   5   0   .   t   x\n",
        "0000140   t   )   .  \\r  \\n   <       2   2   0      \\r  \\n   >       U\n",
        "0000160   S   E   R       f   t   p   u   s   e   r  \\r  \\n   <       3\n",
        "0000200   3   1       P   l   e   a   s   e       s   p   e   c   i   f\n",
        "0000220   y       t   h   e       p   a   s   s   w   o   r   d   .  \\r\n",
        "0000240  \\n   >       P   A   S   S       s   e   c   r   e   t  \\r  \\n\n",
        "0000260   <       2   3   0       L   o   g   i   n       s   u   c   c\n",
        "0000300   e   s   s   f   u   l   .  \\r  \\n\n",
        "0000311\n",
    );
    let got: Vec<(u64, u64, u64, String)> = reply_records(log)
        .iter()
        .map(|r| {
            (
                r["line"].as_u64().unwrap_or(0),
                r["end_line"].as_u64().unwrap_or(0),
                r["code"].as_u64().unwrap_or(0),
                r["command"].as_str().unwrap_or("-").to_string(),
            )
        })
        .collect();
    assert_eq!(
        got,
        [
            (1, 7, 220, "-".into()),
            (8, 10, 331, "USER ftpuser".into()),
            (12, 13, 230, "PASS ***".into()),
        ]
    );
}

#[test]
fn a_json_record_that_says_its_reply_in_several_fields_gives_it_once() {
    // Twisted's jsonFileLogObserver: a record's result, its repr and its flattened copies,
    // and the log level's class UUID, whose first group ends in digits (`02e59486-f24d-...`).
    let log = concat!(
        "{\"system\": \"FTPClient,client\", \"log_text\": \"<-- QUIT\", \"log_level\": {\"name\": \"info\", \"__class_uuid__\": \"02e59486-f24d-46ad-8224-3acdf2a5732a\"}}\n",
        "{\"label\": \"QUIT\", \"result\": [\"221 Goodbye.\"], \"log_level\": {\"name\": \"info\", \"__class_uuid__\": \"02e59486-f24d-46ad-8224-3acdf2a5732a\"}, ",
        "\"log_format\": \"{label}: ok {result!r}\", \"log_flattened\": {\"label!s:\": \"QUIT\", \"result!r:\": \"['221 Goodbye.']\", \"result!:\": [\"221 Goodbye.\"]}}\n",
    );
    let got = line_codes(log);
    assert_eq!(got, [(2, 221)]);
}

#[test]
fn a_clients_echo_of_the_code_it_just_printed_is_no_reply() {
    // curl -v: the reply, then curl's own words with its code alone, twice.
    let log = concat!(
        "> MKD\r\n",
        "< 501 Syntax error: command needs an argument.\r\n",
        "* RETR response: 501\n",
        "* Remembering we are in dir \"pub/\"\n",
        "curl: (19) RETR response: 501\n",
    );
    let got = line_commands(log);
    assert_eq!(got, [(2, "MKD".into())]);
}

#[test]
fn an_http_status_line_in_a_trace_is_no_reply() {
    // curl -v through an HTTP proxy's tunnel (tinyproxy answers CONNECT), with
    // --trace-time's prefix: the proxy's status and curl's word on it are HTTP's.
    let log = concat!(
        "23:14:01.771310 > CONNECT 127.0.0.1:10260 HTTP/1.1\r\n",
        "23:14:01.771310 > Host: 127.0.0.1:10260\r\n",
        "23:14:01.771310 > \r\n",
        "23:14:01.775034 < HTTP/1.0 200 Connection established\r\n",
        "23:14:01.775080 < Proxy-agent: tinyproxy/1.11.1\r\n",
        "23:14:01.775095 < \r\n",
        "23:14:01.775122 * CONNECT tunnel established, response 200\n",
        "23:14:01.816142 < 220 pyftpdlib ready.\r\n",
    );
    let got: Vec<u64> = replies_by_session(log).iter().map(|r| r.0).collect();
    assert_eq!(got, [8]);
}

#[test]
fn a_records_fields_between_any_marks_or_quotes_give_its_command_and_reply() {
    // sqlite3 -list -separator ' :: ', and .dump's INSERT statements, of ProFTPD's
    // mod_sql table (command %r, code %s, text %S).
    let log = concat!(
        "2026-12-04 23:13:25.205 :: 20568 :: 127.0.0.4 :: USER carol :: 331 :: Password required for carol\n",
        "2026-12-04 23:13:25.349 :: 20565 :: 127.0.0.3 :: SYST :: 215 :: UNIX Type: L8\n",
        "INSERT INTO ftp_cmdlog VALUES(4,'2026-12-04 23:13:09.377',15503,'127.0.0.3','-','USER bob','331','Password required for bob');\n",
        "INSERT INTO ftp_cmdlog VALUES(6,'2026-12-04 23:13:09.443',15503,'127.0.0.3','bob','FEAT','211','End');\n",
    );
    let got: Vec<(u64, u64, String)> = reply_records(log)
        .iter()
        .map(|r| {
            (
                r["line"].as_u64().unwrap_or(0),
                r["code"].as_u64().unwrap_or(0),
                r["command"].as_str().unwrap_or("-").to_string(),
            )
        })
        .collect();
    assert_eq!(
        got,
        [
            (1, 331, "USER carol".into()),
            (2, 215, "SYST".into()),
            (3, 331, "USER bob".into()),
            (4, 211, "FEAT".into()),
        ]
    );
}

#[test]
fn an_html_tables_cells_a_line_each_make_a_reply_of_code_and_text() {
    // sqlite3 -html -header: the header names the columns; a cell with an entity comes
    // read as its text.
    let row = |id: &str, code: &str, response: &str| {
        format!(
            "<TR><TD>{id}</TD>\n<TD>127.0.0.4</TD>\n<TD>USER carol</TD>\n<TD>{code}</TD>\n<TD>{response}</TD>\n</TR>\n"
        )
    };
    let log = [
        "<TR><TH>id</TH>\n<TH>client</TH>\n<TH>command</TH>\n<TH>code</TH>\n<TH>response</TH>\n</TR>\n".to_string(),
        row("4", "331", "Password required for carol"),
        row("5", "257", "&quot;/&quot; is the current directory"),
    ]
    .concat();
    let got: Vec<(u64, u64, u64)> = reply_records(log)
        .iter()
        .map(|r| {
            (
                r["line"].as_u64().unwrap_or(0),
                r["end_line"].as_u64().unwrap_or(0),
                r["code"].as_u64().unwrap_or(0),
            )
        })
        .collect();
    assert_eq!(got, [(10, 11, 331), (16, 17, 257)]);
}

#[test]
fn an_xml_rows_fields_named_by_attribute_make_a_reply_of_code_and_text() {
    // mariadb --xml: each field an element, named by its `name` attribute; a text with
    // blanks and entities, or one that reads as a field of its own (`a.txt: ...`).
    let row = |command: &str, code: &str, reply: &str| {
        format!(
            "  <row>\n\t<field name=\"user\">dora</field>\n\t<field name=\"request\">{command}</field>\n\t<field name=\"code\">{code}</field>\n\t<field name=\"reply\">{reply}</field>\n  </row>\n\n"
        )
    };
    let log = [
        "<?xml version=\"1.0\"?>\n\n<resultset statement=\"SELECT * FROM ftplog\">\n".to_string(),
        row("USER dora", "331", "Password required for dora"),
        row(
            "PWD",
            "257",
            "&quot;/home/dora&quot; is the current directory",
        ),
        row("DELE notes.txt", "550", "notes.txt: Permission denied"),
        "</resultset>\n".to_string(),
    ]
    .concat();
    assert_eq!(
        reply_fields(log, &["line", "end_line", "code", "command", "text"]),
        rows(&[
            ["7", "8", "331", "USER dora", "Password required for dora"],
            [
                "14",
                "15",
                "257",
                "PWD",
                "\"/home/dora\" is the current directory"
            ],
            [
                "21",
                "22",
                "550",
                "DELE notes.txt",
                "notes.txt: Permission denied"
            ],
        ])
    );
}

#[test]
fn a_tables_cell_that_opens_a_multi_line_reply_holds_its_further_lines() {
    // psql -A -F ' | ': a cell holds the reply whole, its further lines printed as they
    // are after the row.
    let log = "id | created | command | code | message\n\
               1 | 2026-12-05 09:00:01 | FEAT | 211 | 211-Extensions:\n\
               \x20MDTM\n\
               \x20SIZE\n\
               211 End\n\
               2 | 2026-12-05 09:00:02 | SIZE a.bin | 213 | 213 4096\n\
               (2 rows)\n";
    assert_eq!(
        reply_fields(log, &["line", "end_line", "code", "command", "text"]),
        rows(&[
            ["2", "5", "211", "FEAT", "Extensions:\nEnd"],
            ["6", "6", "213", "SIZE a.bin", "4096"],
        ])
    );
}

#[test]
fn a_record_a_field_a_line_names_its_session_and_command() {
    // sqlite3 -line of ProFTPD's mod_sql table: each record names its client, its command,
    // its code and its text; two clients interleave.
    let record = |client: &str, command: &str, code: u16, response: &str| {
        format!(
            "  client = {client}\n command = {command}\n    code = {code}\nresponse = {response}\n\n"
        )
    };
    let log = [
        record("127.0.0.3", "USER bob", 331, "Password required for bob"),
        record(
            "127.0.0.2",
            "USER alice",
            331,
            "Password required for alice",
        ),
        record("127.0.0.3", "PASS (hidden)", 230, "User bob logged in"),
        record(
            "127.0.0.2",
            "CWD /gone",
            550,
            "/gone: No such file or directory",
        ),
    ]
    .concat();
    let got = replies_by_session(&log);
    let shown: Vec<(u64, &str, &str)> = got
        .iter()
        .map(|(l, s, c)| (*l, s.as_str(), c.as_str()))
        .collect();
    assert_eq!(
        shown,
        [
            (3, "127.0.0.3", "USER bob"),
            (8, "127.0.0.2", "USER alice"),
            (13, "127.0.0.3", "PASS ***"),
            (18, "127.0.0.2", "CWD /gone"),
        ]
    );
}

#[test]
fn a_client_that_connects_again_after_goodbye_is_a_new_session() {
    // ProFTPD's ExtendedLog `%h %l %u %t "%r" %s %b`, keyed by the client's address: carol
    // says goodbye, then frank logs in from the same address while dave is connected.
    let line = |addr: &str, user: &str, request: &str, code: u16| {
        format!("{addr} UNKNOWN {user} [04/Dec/2026:23:13:25 +0000] \"{request}\" {code} -\n")
    };
    let log = [
        line("127.0.0.2", "-", "USER carol", 331),
        line("127.0.0.3", "-", "USER dave", 331),
        line("127.0.0.2", "carol", "PASS (hidden)", 230),
        line("127.0.0.2", "carol", "QUIT", 221),
        line("127.0.0.3", "dave", "PASS (hidden)", 230),
        line("127.0.0.2", "-", "USER frank", 331),
        line("127.0.0.2", "frank", "PASS (hidden)", 530),
    ]
    .concat();
    let got = replies_by_session(&log);
    let sessions: Vec<&str> = got.iter().map(|(_, s, _)| s.as_str()).collect();
    let (carol, dave, frank) = (sessions[0], sessions[1], sessions[5]);
    assert_eq!(
        sessions,
        [carol, dave, carol, carol, dave, frank, frank],
        "{got:?}"
    );
    assert!(carol != frank && carol != dave && dave != frank, "{got:?}");
}

#[test]
fn a_clients_quote_of_the_reply_just_read_is_one_whatever_its_words() {
    // lftp -d against ProFTPD with LangDefault ja_JP: the reply's words are EUC-JP bytes
    // (ProFTPD's ja.po), which say nothing a reply's words are known by; lftp's error quotes
    // the reply, code and words.
    let words: &[u8] = b"\xa4\xbd\xa4\xce\xa4\xe8\xa4\xa6\xa4\xca\xa5\xd5\xa5\xa1\xa5\xa4\xa5\xeb";
    let mut log = Vec::new();
    log.extend_from_slice(b"---> CWD /home/u/secret\n<--- 550 /home/u/secret: ");
    log.extend_from_slice(words);
    log.extend_from_slice(b"\ncd: Access failed: 550 /home/u/secret: ");
    log.extend_from_slice(words);
    log.push(b'\n');
    let got = line_commands(log);
    assert_eq!(
        got,
        [
            (2, "CWD /home/u/secret".into()),
            (3, "CWD /home/u/secret".into())
        ]
    );
}

#[test]
fn a_reply_inside_a_page_s_text_element_is_read_as_its_text() {
    // jupyter nbconvert --to html: a cell's result, Python's repr of ftplib's quit().
    let log = concat!(
        "<div class=\"jp-OutputPrompt jp-OutputArea-prompt\">Out[4]:</div>\n",
        "<pre>'221 Goodbye.'</pre>\n",
        "</div>\n",
    );
    let got = line_codes(log);
    assert_eq!(got, [(2, 221)]);
}

/// A log whose lines end in a bare CR (classic Mac OS, `tr '\n' '\r'`; held-out round 711)
/// is read as lines, a LF added after each CR: its replies are on their own lines, and
/// the log passes through with nothing but those LFs added.
#[test]
fn a_log_whose_lines_end_in_a_bare_cr_is_read_as_lines() {
    let log = b"---> USER bob\r<--- 331 Password required for bob\r---> PASS ***\r<--- 530 Login incorrect.\r";
    assert_eq!(line_codes(log), [(2, 331), (4, 530)]);
    let out = annotate(log);
    let lines = b"---> USER bob\r\n<--- 331 Password required for bob\r\n---> PASS ***\r\n<--- 530 Login incorrect.\r\n";
    assert_eq!(stripped(&out), lines);
    // (A CR inside a line of a log with LFs stays as it is: curl's progress meter, also
    // where its first line of redraws runs longer than 4 KiB, from the review.)
    let meter = b"  0     0    0     0\r100   421  100   421\n< 226 Transfer complete\n";
    assert_eq!(stripped(&annotate(meter)), meter);
    let mut long =
        b"\r  0  1234k    0     0   5000      0  0:00:01 --:--:-- --:--:--  5000".repeat(60);
    long.extend_from_slice(b"\n< 220 Welcome\n> USER bob\n< 331 Please specify the password.\n");
    assert_eq!(line_codes(&long), [(2, 220), (4, 331)]);
    assert_eq!(stripped(&annotate(&long)), long);
    // (`strip` gives back what it is given: a bare-CR log is no scan output to mend.)
    assert_eq!(stripped(log), log);
}

#[test]
fn a_utf16_log_is_read_as_the_text_it_encodes() {
    // What Windows PowerShell 5's `>` saves: UTF-16LE after its byte order mark, CRLF.
    let text = "---> USER bob\r\n<--- 331 Password required for bob\r\n---> PASS ***\r\n<--- 530 Connexion refusée\r\n";
    let utf16 = |little: bool| {
        let mut v: Vec<u8> = if little {
            vec![0xff, 0xfe]
        } else {
            vec![0xfe, 0xff]
        };
        for u in text.encode_utf16() {
            v.extend_from_slice(&if little {
                u.to_le_bytes()
            } else {
                u.to_be_bytes()
            });
        }
        v
    };
    for little in [true, false] {
        let got: Vec<(u64, u64, String)> = reply_records(utf16(little))
            .iter()
            .map(|r| {
                (
                    r["line"].as_u64().unwrap_or(0),
                    r["code"].as_u64().unwrap_or(0),
                    r["text"].as_str().unwrap_or("").to_string(),
                )
            })
            .collect();
        assert_eq!(
            got,
            [
                (2, 331, "Password required for bob".to_string()),
                (4, 530, "Connexion refusée".to_string()),
            ]
        );
    }
    // Annotated, the log passes through as the UTF-8 it encodes.
    let out = ftpcode()
        .args(["scan", "--color", "never", "-"])
        .write_stdin(utf16(true))
        .output()
        .expect("run");
    let shown = String::from_utf8(out.stdout).expect("UTF-8");
    assert!(
        shown.starts_with("---> USER bob\r\n<--- 331 Password required for bob\r\n"),
        "{shown}"
    );
}

#[test]
fn a_monitoring_probe_s_bracketed_greeting_is_a_reply() {
    // monitoring-plugins' check_ftp: the greeting in brackets, with brackets of its own.
    let log = "FTP OK - 0.002 second response time on 127.0.0.1 port 10331 [220 ProFTPD Server (probe) [127.0.0.1]]|time=0.001504s;0.500000;1.000000;0.000000;5.000000\n";
    let got: Vec<(u64, String)> = reply_records(log)
        .iter()
        .map(|r| {
            (
                r["code"].as_u64().unwrap_or(0),
                r["text"].as_str().unwrap_or("").to_string(),
            )
        })
        .collect();
    assert_eq!(
        got,
        [(220, "ProFTPD Server (probe) [127.0.0.1]".to_string())]
    );
}

#[test]
fn a_label_s_command_is_answered_by_its_own_reply() {
    // A program's errors one after another, each naming its own reply: the upload's 553
    // answers no RETR.
    let got = replies_by_session(concat!(
        "fetcher: RETR failed: 550\n",
        "fetcher: The file does not exist\n",
        "fetcher: upload failed: 553 Could not create file.\n",
    ));
    let commands: Vec<(u64, &str)> = got.iter().map(|(l, _, c)| (*l, c.as_str())).collect();
    assert_eq!(commands, [(1, "RETR failed"), (3, "-")]);
}

#[test]
fn a_known_client_s_error_naming_a_code_alone_is_that_client_s_error() {
    // `curl -sS` runs one after another (curl src/lib/ftp.c: `RETR response: %03d`,
    // `Failed FTP upload: %0d`), and the same lines on a diff's side or in its hunk's
    // header: curl's own words around a number, explained as curl's errors, no replies.
    let log = concat!(
        "curl: (19) RETR response: 550\n",
        "curl: (78) The file does not exist\n",
        "curl: (25) Failed FTP upload: 553\n",
        "-curl: (25) Failed FTP upload: 553\n",
        "@@ -101,9 +103,65 @@ curl: (25) Failed FTP upload: 553\n",
    );
    let recs = records(&scan_json_stdin(log));
    let errors: Vec<(u64, &str)> = recs
        .iter()
        .filter(|r| r["type"] == "client_error")
        .map(|r| {
            (
                r["line"].as_u64().unwrap_or(0),
                r["id"].as_str().unwrap_or(""),
            )
        })
        .collect();
    assert_eq!(
        errors,
        [
            (1, "curl-19"),
            (2, "curl-78"),
            (3, "curl-25"),
            (4, "curl-25"),
            (5, "curl-25")
        ]
    );
    assert!(recs.iter().all(|r| r["type"] != "reply"), "{recs:?}");
}

#[test]
fn a_login_answered_at_once_under_a_new_pid_is_the_latest_one_waiting() {
    // vsftpd: two connections of one user from one address; the first one's password is
    // wrong (its 530 comes seconds later, from its own process), the second logs in and
    // goes on in a new process.
    let got = replies_by_session(concat!(
        "Fri Dec  4 22:00:47 2026 [pid 1968] FTP command: Client \"127.0.0.1\", \"USER cat\"\n",
        "Fri Dec  4 22:00:47 2026 [pid 1968] [cat] FTP response: Client \"127.0.0.1\", \"331 Please specify the password.\"\n",
        "Fri Dec  4 22:00:47 2026 [pid 1968] [cat] FTP command: Client \"127.0.0.1\", \"PASS <password>\"\n",
        "Fri Dec  4 22:00:48 2026 [pid 1977] FTP command: Client \"127.0.0.1\", \"USER cat\"\n",
        "Fri Dec  4 22:00:48 2026 [pid 1977] [cat] FTP response: Client \"127.0.0.1\", \"331 Please specify the password.\"\n",
        "Fri Dec  4 22:00:48 2026 [pid 1977] [cat] FTP command: Client \"127.0.0.1\", \"PASS <password>\"\n",
        "Fri Dec  4 22:00:48 2026 [pid 1976] [cat] OK LOGIN: Client \"127.0.0.1\"\n",
        "Fri Dec  4 22:00:48 2026 [pid 1978] [cat] FTP response: Client \"127.0.0.1\", \"230 Login successful.\"\n",
        "Fri Dec  4 22:00:48 2026 [pid 1978] [cat] FTP command: Client \"127.0.0.1\", \"PWD\"\n",
        "Fri Dec  4 22:00:48 2026 [pid 1978] [cat] FTP response: Client \"127.0.0.1\", \"257 \"/home/cat\" is the current directory\"\n",
        "Fri Dec  4 22:00:50 2026 [pid 1968] [cat] FTP response: Client \"127.0.0.1\", \"530 Login incorrect.\"\n",
    ));
    assert_eq!(
        got,
        [
            (2, "1968".into(), "USER cat".into()),
            (5, "1977".into(), "USER cat".into()),
            (8, "1977".into(), "PASS ***".into()),
            (10, "1977".into(), "PWD".into()),
            (11, "1968".into(), "PASS ***".into()),
        ]
    );
}

#[test]
fn a_shell_starting_an_ftp_client_starts_a_transcript_in_a_page_about_codes() {
    let page = concat!(
        "The protocol is composed of multiple steps with status codes, and the check stops early.\n",
        "```console\n",
        "$ ftp 192.0.2.1\n",
        "220 Example FTP Server ready\n",
        "530 Please login with USER and PASS\n",
        "USER anonymous\n",
        "331 Guest login ok, send your complete e-mail address as password\n",
        "```\n",
    );
    let codes: Vec<(u64, u64)> = reply_records(page)
        .iter()
        .map(|r| {
            (
                r["line"].as_u64().unwrap_or(0),
                r["code"].as_u64().unwrap_or(0),
            )
        })
        .collect();
    assert_eq!(codes, [(4, 220), (5, 530), (7, 331)]);
}

#[test]
fn a_quoted_example_in_prose_is_no_reply() {
    let prose = "Continuation lines begin with the code (e.g., \"220-\") on this server.\n";
    assert_eq!(reply_records(prose), [] as [Value; 0]);
    let prose = "Its lines begin with the code (e.g. `550-`), which the proxy rejects.\n";
    assert_eq!(reply_records(prose), [] as [Value; 0]);
}

#[test]
fn an_amount_after_the_name_of_what_it_counts_is_no_reply() {
    // nft list ruleset: a rule's counter, packets and bytes.
    let nft = "\t\tiifname \"lo\" tcp dport 10102-10109 ct state new  counter packets 2 bytes 120 accept\n";
    assert_eq!(reply_records(nft), [] as [Value; 0]);
    assert_eq!(
        reply_records("rx packets 421 bytes 226 dropped 0\n"),
        [] as [Value; 0]
    );
}

#[test]
fn the_same_words_to_another_client_later_are_its_own_reply_not_an_echo() {
    // vsftpd through syslog: each client's 221 says the same, and the last one comes
    // from another process than the session's (as rsyslog logged it in a capture). It
    // answers the QUIT its session waits on; it is no echo of the 221 lines before.
    let got = replies_by_session(concat!(
        "Dec  4 20:51:10 vm vsftpd[4419]: [alice] FTP command: Client \"10.0.0.2\", \"QUIT\"\n",
        "Dec  4 20:51:10 vm vsftpd[4419]: [alice] FTP response: Client \"10.0.0.2\", \"221 Goodbye.\"\n",
        "Dec  4 20:51:11 vm vsftpd[4445]: [carol] FTP response: Client \"10.0.0.4\", \"230 Login successful.\"\n",
        "Dec  4 20:51:11 vm vsftpd[4445]: [carol] FTP command: Client \"10.0.0.4\", \"SYST\"\n",
        "Dec  4 20:51:11 vm vsftpd[4445]: [carol] FTP response: Client \"10.0.0.4\", \"215 UNIX Type: L8\"\n",
        "Dec  4 20:51:12 vm vsftpd[4445]: [carol] FTP command: Client \"10.0.0.4\", \"QUIT\"\n",
        "Dec  4 20:51:12 vm vsftpd[4262]: [carol] FTP response: Client \"10.0.0.4\", \"221 Goodbye.\"\n",
    ));
    assert_eq!(
        got,
        [
            (2, "4419".into(), "QUIT".into()),
            (3, "4445".into(), "-".into()),
            (5, "4445".into(), "SYST".into()),
            (7, "4445".into(), "QUIT".into()),
        ]
    );
}

#[test]
fn threads_of_one_process_are_told_apart_by_the_names_of_their_loggers() {
    // Ruby's Logger (its default format) in a program that runs two net-ftp connections
    // in threads, a logger named for each: one pid for both.
    let got = replies_by_session(concat!(
        "D, [2026-12-04T18:48:09.930973 #7301] DEBUG -- sync-bob: get: 220 pyftpdlib ready.\n",
        "D, [2026-12-04T18:48:09.931008 #7301] DEBUG -- sync-bob: put: USER bob\n",
        "D, [2026-12-04T18:48:09.931462 #7301] DEBUG -- sync-alice: get: 220 pyftpdlib ready.\n",
        "D, [2026-12-04T18:48:09.931477 #7301] DEBUG -- sync-alice: put: USER alice\n",
        "D, [2026-12-04T18:48:09.931698 #7301] DEBUG -- sync-alice: get: 331 Username ok, send password.\n",
        "D, [2026-12-04T18:48:09.931715 #7301] DEBUG -- sync-alice: put: PASS ********\n",
        "D, [2026-12-04T18:48:09.931246 #7301] DEBUG -- sync-bob: get: 331 Username ok, send password.\n",
        "D, [2026-12-04T18:48:09.931265 #7301] DEBUG -- sync-bob: put: PASS ********\n",
        "D, [2026-12-04T18:48:12.931782 #7301] DEBUG -- sync-bob: get: 530 Authentication failed.\n",
        "W, [2026-12-04T18:48:12.931919 #7301]  WARN -- sync-bob/app: login refused: 530 Authentication failed.\n",
        "D, [2026-12-04T18:48:12.932449 #7301] DEBUG -- sync-alice: get: 230 Login successful.\n",
    ));
    let sessions: Vec<&str> = got.iter().map(|(_, s, _)| s.as_str()).collect();
    let (bob, alice) = (sessions[0], sessions[1]);
    assert_ne!(bob, alice);
    assert_eq!(sessions, [bob, alice, alice, bob, bob, bob, alice]);
    let commands: Vec<&str> = got.iter().map(|(_, _, c)| c.as_str()).collect();
    assert_eq!(
        commands,
        [
            "-",
            "-",
            "USER alice",
            "USER bob",
            "PASS ***",
            "PASS ***",
            "PASS ***"
        ]
    );
}

#[test]
fn a_records_fields_after_its_message_name_its_connection() {
    // ftp-srv through pino-pretty: the fields follow the message as a JSON object, one
    // process serves all, and a client that connects again keeps its address.
    let got = replies_by_session(concat!(
        "[2026-12-04 18:59:10.742 +0000] TRACE (ftp-srv/2419): Reply {\"id\":\"bdfe3009-2ad1\",\"ip\":\"127.0.0.2\",\"port\":9600,\"message\":\"220 ftp-srv ready\"}\n",
        "[2026-12-04 18:59:10.795 +0000] TRACE (ftp-srv/2419): {\"0\":\"USER alice\",\"id\":\"bdfe3009-2ad1\",\"ip\":\"127.0.0.2\"}\n",
        "[2026-12-04 18:59:10.796 +0000] TRACE (ftp-srv/2419): Reply {\"id\":\"bdfe3009-2ad1\",\"ip\":\"127.0.0.2\",\"port\":9600,\"message\":\"331 Password required for alice\"}\n",
        "[2026-12-04 18:59:10.797 +0000] TRACE (ftp-srv/2419): {\"0\":\"PASS wrong\",\"id\":\"bdfe3009-2ad1\",\"ip\":\"127.0.0.2\"}\n",
        "[2026-12-04 18:59:10.798 +0000] TRACE (ftp-srv/2419): Reply {\"id\":\"bdfe3009-2ad1\",\"ip\":\"127.0.0.2\",\"port\":9600,\"message\":\"530 Login incorrect\"}\n",
        "[2026-12-04 18:59:11.742 +0000] TRACE (ftp-srv/2419): Reply {\"id\":\"77aa0c1e-91b2\",\"ip\":\"127.0.0.2\",\"port\":9600,\"message\":\"220 ftp-srv ready\"}\n",
        "[2026-12-04 18:59:11.795 +0000] TRACE (ftp-srv/2419): {\"0\":\"USER alice\",\"id\":\"77aa0c1e-91b2\",\"ip\":\"127.0.0.2\"}\n",
        "[2026-12-04 18:59:11.796 +0000] TRACE (ftp-srv/2419): Reply {\"id\":\"77aa0c1e-91b2\",\"ip\":\"127.0.0.2\",\"port\":9600,\"message\":\"331 Password required for alice\"}\n",
    ));
    let sessions: Vec<&str> = got.iter().map(|(_, s, _)| s.as_str()).collect();
    assert_eq!(sessions.len(), 5);
    assert_eq!(sessions[0], sessions[1]);
    assert_eq!(sessions[1], sessions[2]);
    assert_eq!(sessions[3], sessions[4]);
    assert_ne!(sessions[0], sessions[3]);
    let commands: Vec<&str> = got.iter().map(|(_, _, c)| c.as_str()).collect();
    assert_eq!(commands, ["-", "USER alice", "PASS ***", "-", "USER alice"]);
}

#[test]
fn a_client_over_ipv6_is_named_by_its_address_and_port() {
    // pyftpdlib joins an IPv6 address and its port with a colon, without brackets.
    let got = replies_by_session(concat!(
        "[D 2026-12-04 20:51:10] ::1:54420-[] -> 220 pyftpdlib ready.\n",
        "[D 2026-12-04 20:51:10] ::1:54418-[] -> 220 pyftpdlib ready.\n",
        "[D 2026-12-04 20:51:10] ::1:54418-[] <- USER bob\n",
        "[D 2026-12-04 20:51:10] ::1:54420-[] <- USER alice\n",
        "[D 2026-12-04 20:51:10] ::1:54418-[] -> 331 Username ok, send password.\n",
        "[D 2026-12-04 20:51:10] ::1:54420-[] -> 331 Username ok, send password.\n",
    ));
    assert_eq!(
        got,
        [
            (1, "::1:54420".into(), "-".into()),
            (2, "::1:54418".into(), "-".into()),
            (5, "::1:54418".into(), "USER bob".into()),
            (6, "::1:54420".into(), "USER alice".into()),
        ]
    );
    let client = reply_records("[D 2026-12-04 20:51:10] ::1:54420-[] -> 220 pyftpdlib ready.\n");
    assert_eq!(client[0]["client"], "::1");
}

#[test]
fn a_record_s_indented_lines_are_its_session_s() {
    // ftp-srv through `bunyan -o short`: a record names its connection after its message,
    // and a reply whose text bunyan moves to an indented line below is that record's.
    let got = replies_by_session(concat!(
        "21:25:42.491Z TRACE ftp-srv: [ 'CWD /gone' ] (id=38406d8e-4bec, ip=127.0.0.1)\n",
        "21:25:42.492Z TRACE ftp-srv: [ 'RETR b.txt' ] (id=9d5fb9f4-4f91, ip=127.0.0.1)\n",
        "21:25:42.493Z TRACE ftp-srv: Reply (id=38406d8e-4bec, ip=127.0.0.1, port=4820)\n",
        "    message: 550 ENOENT: no such file or directory, stat '/srv/gone'\n",
        "21:25:42.494Z TRACE ftp-srv: Reply (id=9d5fb9f4-4f91, ip=127.0.0.1, port=4820)\n",
        "    message: 150 File status okay; about to open data connection\n",
    ));
    assert_eq!(
        got,
        [
            (4, "38406d8e-4bec".into(), "CWD /gone".into()),
            (6, "9d5fb9f4-4f91".into(), "RETR b.txt".into()),
        ]
    );
}

#[test]
fn a_packet_header_names_the_session_of_the_payload_under_it() {
    // tcpdump -A (4.99.3) of two concurrent ftplib sessions with pyftpdlib on loopback:
    // each packet's IP and TCP headers printed as dots and letters, its payload glued after.
    let got = replies_by_session(concat!(
        "21:24:04.446601 IP localhost.5001 > localhost.43264: Flags [P.], seq 1:29, ack 1, win 64, options [nop,nop,TS val 1553669336 ecr 799081239], length 28\n",
        "E..P..@.@.o..............S....,....@.D.....\n",
        "\\.../...220 pyftpdlib 2.2.0 ready.\n",
        "\n",
        "21:24:04.446715 IP localhost.43264 > localhost.5001: Flags [P.], seq 1:13, ack 29, win 64, options [nop,nop,TS val 799081240 ecr 1553669336], length 12\n",
        "E..@..@.@.................,..S.....@.4.....\n",
        "/...\\...USER alice\n",
        "\n",
        "21:24:04.446927 IP localhost.5001 > localhost.43266: Flags [P.], seq 1:29, ack 1, win 64, options [nop,nop,TS val 3370098764 ecr 3629531120], length 28\n",
        "E..P.-@.@.Ax..............&g_W]....@.D.....\n",
        "...L.V?.220 pyftpdlib 2.2.0 ready.\n",
        "\n",
        "21:24:04.447071 IP localhost.5001 > localhost.43264: Flags [P.], seq 29:62, ack 13, win 64, options [nop,nop,TS val 1553669337 ecr 799081240], length 33\n",
        "E..U..@.@.o..............S....,....@.I.....\n",
        "\\.../...331 Username ok, send password.\n",
        "\n",
    ));
    assert_eq!(
        got,
        [
            (3, "localhost.43264".into(), "-".into()),
            (11, "localhost.43266".into(), "-".into()),
            (15, "localhost.43264".into(), "USER alice".into()),
        ]
    );
}

#[test]
fn a_json_record_s_session_holds_for_the_lines_of_its_string() {
    // loguru's `serialize=True` records: a multi-line reply in one escaped string, the
    // session in a field after it.
    let line = |text: &str, session: &str| {
        format!(
            "{{\"text\": \"{text}\\n\", \"record\": {{\"extra\": {{\"session\": \"{session}\"}}, \"line\": 41}}}}\n"
        )
    };
    let log = [
        line("cmd 'HELP'", "s2"),
        line("cmd 'STAT'", "s1"),
        line(
            "resp 214-The following commands are recognized:\\n CWD XCWD\\n214 Direct comments to root",
            "s2",
        ),
        line("resp 211-Status of 'ProFTPD'\\n Connected\\n211 End of status", "s1"),
    ]
    .concat();
    let got = replies_by_session(&log);
    assert_eq!(
        got,
        [
            (3, "s2".into(), "HELP".into()),
            (4, "s1".into(), "STAT".into()),
        ]
    );
}

#[test]
fn a_labelled_record_lends_its_session_to_the_line_under_it() {
    // aria2 --log-level=info, two connections at once: each reply and command on the line
    // under its connection's label.
    let got = replies_by_session(concat!(
        "2026-12-03 22:43:14.679628 [INFO] [FtpConnection.cc:350] CUID#7 - Response received:\n",
        "220 pyftpdlib ready\n",
        "2026-12-03 22:43:14.679700 [INFO] [FtpConnection.cc:350] CUID#8 - Response received:\n",
        "220 pyftpdlib ready\n",
        "2026-12-03 22:43:14.679800 [INFO] [FtpConnection.cc:87] CUID#8 - Requesting:\n",
        "USER anonymous\n",
        "2026-12-03 22:43:14.679900 [INFO] [FtpConnection.cc:87] CUID#7 - Requesting:\n",
        "USER alice\n",
        "2026-12-03 22:43:14.680013 [INFO] [FtpConnection.cc:350] CUID#8 - Response received:\n",
        "331 Username ok, send password.\n",
    ));
    assert_eq!(
        got,
        [
            (2, "CUID#7".into(), "-".into()),
            (4, "CUID#8".into(), "-".into()),
            (10, "CUID#8".into(), "USER anonymous".into()),
        ]
    );
}

#[test]
fn a_record_s_fields_under_it_may_name_its_session() {
    // ftp-srv through pino-pretty: the connection's id is a field of its own under the
    // record's first line, the reply another.
    let got = replies_by_session(concat!(
        "[23:13:31.117] TRACE (ftp-srv/20916): Reply\n",
        "    id: \"965ceb0c-da5a\"\n",
        "    message: \"220 Ready\"\n",
        "[23:13:31.167] TRACE (ftp-srv/20916): Reply\n",
        "    id: \"cbeaf5ab-18fb\"\n",
        "    message: \"220 Ready\"\n",
    ));
    let sessions: Vec<(u64, &str)> = got.iter().map(|(l, s, _)| (*l, s.as_str())).collect();
    assert_eq!(sessions, [(3, "965ceb0c-da5a"), (6, "cbeaf5ab-18fb")]);
}

#[test]
fn slogs_fields_after_the_message_or_above_it_name_the_session() {
    // libunftp through slog-term (held-out round 41): the client's address among the
    // fields after the message (the message's own words may hold a `source:` too).
    let full = concat!(
        "Dec 04 01:50:07.628 DEBG Control channel event Command(User { username: b\"a\" }), seq: 1, source: 127.0.0.1:53814, app: x\n",
        "Dec 04 01:50:07.629 DEBG Control channel event Command(User { username: b\"b\" }), seq: 1, source: 127.0.0.1:53798, app: x\n",
        "Dec 04 01:50:07.630 WARN Error during RETR: Error { source: Some(Os { code: 2 }) }, source: 127.0.0.1:53814, app: x\n",
        "Dec 04 01:50:07.631 DEBG Control channel reply CodeAndMsg { code: NeedPassword, msg: \"Password Required\" }, seq: 1, source: 127.0.0.1:53814, app: x\n",
        "Dec 04 01:50:07.632 DEBG Control channel reply CodeAndMsg { code: NeedPassword, msg: \"Password Required\" }, seq: 1, source: 127.0.0.1:53798, app: x\n",
    );
    let got = replies_by_session(full);
    assert_eq!(
        got,
        [
            (4, "127.0.0.1:53814".into(), "USER".into()),
            (5, "127.0.0.1:53798".into(), "USER".into()),
        ]
    );
    // Its compact format writes a record's context once, above the lines it applies to.
    let compact = concat!(
        " source: 127.0.0.1:44604\n",
        "  Dec 04 01:51:02.577 DEBG Control channel event Command(User { username: b\"a\" }), seq: 1\n",
        " source: 127.0.0.1:44606\n",
        "  Dec 04 01:51:02.578 DEBG Control channel event Command(User { username: b\"b\" }), seq: 1\n",
        " source: 127.0.0.1:44604\n",
        "  Dec 04 01:51:02.579 DEBG Control channel reply CodeAndMsg { code: NeedPassword, msg: \"Password Required\" }, seq: 1\n",
        " source: 127.0.0.1:44606\n",
        "  Dec 04 01:51:02.580 DEBG Control channel reply CodeAndMsg { code: NeedPassword, msg: \"Password Required\" }, seq: 1\n",
    );
    let got = replies_by_session(compact);
    assert_eq!(
        got,
        [
            (6, "127.0.0.1:44604".into(), "USER".into()),
            (8, "127.0.0.1:44606".into(), "USER".into()),
        ]
    );
}

#[test]
fn a_journal_records_process_id_after_its_message_names_its_session() {
    // journalctl -o verbose (held-out round 39, Pure-FTPd): each record's fields in no fixed
    // order, the process id after the message; two sessions interleaved.
    let record = |i: u32, message: &str, pid: u32| {
        format!(
            "Fri 2026-12-04 01:18:15.3968{i:02} UTC [s=f3b4;i={i};b=45f1;m=3819;t=661c;x=f5ae]\n    \
             SYSLOG_IDENTIFIER=pure-ftpd\n    MESSAGE=(?@127.0.0.1) [DEBUG] {message}\n    _PID={pid}\n"
        )
    };
    let log = [
        record(1, "220 Welcome", 12146),
        record(2, "220 Welcome", 12149),
        record(3, "Command [user] [alice]", 12146),
        record(4, "Command [user] [bob]", 12149),
        record(5, "331 User bob OK. Password required", 12149),
        record(6, "331 User alice OK. Password required", 12146),
    ]
    .concat();
    let got = replies_by_session(&log);
    assert_eq!(
        got,
        [
            (3, "12146".into(), "-".into()),
            (7, "12149".into(), "-".into()),
            (19, "12149".into(), "user".into()),
            (23, "12146".into(), "user".into()),
        ]
    );
    // Every line passes through as it came, the record's explanation after it.
    let out = annotate(log.as_bytes());
    assert_eq!(without_mark_lines(&out), log.as_bytes());
}

#[test]
fn a_w3c_log_without_iis_fields_gets_no_iis_object() {
    // Pure-FTPd's `-O w3c:FILE` (its src/altlog.c), held-out round 55: W3C's header and
    // fields, but not IIS's win32 status and substatus.
    let log = "#Software: Pure-FTPd 1.0.50\n#Version: 1.0\n\
               #Fields: date time c-ip cs-method cs-uri-stem sc-status cs-username sc-bytes\n\
               2026-12-04 07:09:36 localhost []sent /srv/readme.txt 226 alice 17\n";
    let records = reply_records(log);
    assert_eq!(records.len(), 1);
    assert_eq!(records[0]["code"], 226);
    assert!(records[0].get("iis").is_none(), "{}", records[0]);
}

#[test]
fn a_json_records_task_names_its_session_once_it_tells_dialogues_apart() {
    // ftplib through eliot (held-out round 56): each session a task of its own, its id on
    // every record; two sessions interleaved.
    let rec = |field: &str, text: &str, task: &str| {
        format!(
            "{{\"{field}\":\"{text}\",\"task_uuid\":\"{task}\",\"message_type\":\"ftp:{field}\"}}\n"
        )
    };
    let (a, b) = ("5f122a1b-0d27-4fbd", "9c0e4d2f-71aa-4b3e");
    let log = [
        rec("reply", "220 ready", a),
        rec("line", "USER alice", a),
        rec("reply", "220 ready", b),
        rec("line", "USER bob", b),
        rec("reply", "331 Password required for bob", b),
        rec("reply", "331 Password required for alice", a),
    ]
    .concat();
    let got = replies_by_session(&log);
    let commands: Vec<(u64, &str)> = got.iter().map(|(l, _, c)| (*l, c.as_str())).collect();
    assert_eq!(
        commands,
        [(1, "-"), (3, "-"), (5, "USER bob"), (6, "USER alice")]
    );
    // Each session's replies under one name, the two apart.
    assert_eq!(got[1].1, b);
    assert_eq!(got[2].1, b);
    assert_eq!(got[3].1, got[0].1);
    assert_ne!(got[0].1, got[1].1);
}

#[test]
fn each_greeting_nobody_asked_for_starts_the_next_session_of_a_log_without_keys() {
    // lftp's debug output (a fixture's lines): a failed login, then lftp connects again.
    let got = replies_by_session(concat!(
        "<--- 220 ProFTPD Server (ftpcode ProFTPD test) [127.0.0.1]\n",
        "---> AUTH TLS\n",
        "<--- 500 AUTH not understood\n",
        "---> USER ftpuser\n",
        "<--- 331 Password required for ftpuser\n",
        "---> PASS wrongpass\n",
        "<--- 530 Login incorrect.\n",
        "---- Closing control socket\n",
        "---- Connecting to 127.0.0.1 (127.0.0.1) port 2122\n",
        "<--- 220 ProFTPD Server (ftpcode ProFTPD test) [127.0.0.1]\n",
        "---> USER ftpuser\n",
        "<--- 331 Password required for ftpuser\n",
        // REIN's 220 is asked for: the same connection.
        "---> REIN\n",
        "<--- 220 Service ready for new user\n",
        "---> QUIT\n",
        "<--- 221 Goodbye.\n",
    ));
    let sessions: Vec<(u64, &str)> = got.iter().map(|(l, s, _)| (*l, s.as_str())).collect();
    assert_eq!(
        sessions,
        [
            (1, "1"),
            (3, "1"),
            (5, "1"),
            (7, "1"),
            (10, "2"),
            (12, "2"),
            (14, "2"),
            (16, "2")
        ]
    );
    // The first session went on in the clear after AUTH was refused: no finding says
    // the server offers no TLS.
    let out = scan_json_stdin(concat!(
        "<--- 220 ProFTPD Server\n",
        "---> AUTH TLS\n",
        "<--- 500 AUTH not understood\n",
        "---> USER ftpuser\n",
        "<--- 331 Password required for ftpuser\n",
        "---> PASS wrongpass\n",
        "<--- 530 Login incorrect.\n",
    ));
    assert!(records(&out).iter().all(|r| r["type"] != "finding"));
}

#[test]
fn a_reply_never_closed_ends_where_a_command_in_its_own_shape_is_sent() {
    // A client that labels each command it sends and prints every reply with a dash, its
    // last line too: the dash opens no reply that swallows the rest of the log.
    let log = "lib: 0.146 #1 sending command user bob\n\
               lib: 0.188 #1 got 331-password required for bob\n\
               lib: 0.189 #1 sending command pass ******\n\
               lib: 0.371 #1 got 230-last login was: 2019-05-31 13:35:18\n\
               user bob logged in\n\
               lib: 0.371 #1 sending command feat\n\
               lib: 0.416 #1 got 211-features:\n\
               \x20mdtm\n\
               end\n\
               lib: 0.418 #1 sending command type i\n\
               lib: 0.458 #1 got 200-type set to i\n";
    let spans = reply_fields(log, &["line", "end_line", "code"]);
    let want = [
        ["2", "2", "331"],
        ["4", "5", "230"],
        ["7", "9", "211"],
        ["11", "11", "200"],
    ];
    assert_eq!(spans, rows(&want));
    let records = reply_records(log);
    // The date in the 230's words is not when the line was logged.
    assert_eq!(records[1].get("time"), None);
    assert_eq!(records[1]["command"], "pass ***");
}

#[test]
fn a_reply_printed_again_whole_under_its_debug_line_is_a_reply() {
    // Python's ftplib at debug level 1, then the program printing what getwelcome() and
    // sendcmd() returned.
    let log = "*resp* '220 ProFTPD 1.2.10'\n\
               220 ProFTPD 1.2.10\n\
               *cmd* 'SYST'\n\
               *resp* '215 UNIX Type: L8'\n\
               215 UNIX Type: L8\n";
    assert_eq!(line_codes(log), [(1, 220), (2, 220), (4, 215), (5, 215)]);
}

#[test]
fn a_shape_of_many_replies_carries_a_reply_whose_words_are_a_number() {
    // A program logging what each call returned through a logger whose dotted name looks
    // like a file's: once the shape has carried many replies, `213 8` is one too.
    let mut log = String::new();
    for (code, text) in [
        (220, "pyftpdlib ready."),
        (331, "Username ok, send password."),
        (230, "Login successful."),
        (215, "UNIX Type: L8"),
        (200, "Always in UTF8 mode."),
        (257, "\"/docs\" is the current directory."),
        (200, "Type set to: Binary."),
        (213, "8"),
        (213, "20261205005257"),
        (221, "Goodbye."),
    ] {
        log.push_str(&format!("10:15:32.784 INFO     app.ftp {code} {text}\n"));
    }
    let codes: Vec<u64> = line_codes(&log).iter().map(|&(_, c)| c).collect();
    assert_eq!(codes, [220, 331, 230, 215, 200, 257, 200, 213, 213, 221]);
}

#[test]
fn replies_joined_by_a_written_line_end_are_each_read() {
    // Nagios' service perfdata file: check_ftp's first line, its data, then the rest of
    // what the server said, its line ends written as `\n`.
    let log = "[SERVICEPERFDATA]\t1772360132\tftp-host\tFTP login\t0.007\t0.005\tOK\t\
               FTP OK - 0.005 second response time on 127.0.0.1 port 10331 \
               [220 vsFTPd ready.\ttime=0.005062s;;;0.000000;5.000000\t\
               331 Please specify the password.\\n230 Login successful.]\n";
    assert_eq!(line_codes(log), [(1, 220), (1, 331), (1, 230)]);
}

#[test]
fn a_reply_whose_lines_start_with_numbers_ends_at_its_own_closing_line() {
    // A login message whose lines start with numbers, as ftplib's debug level 2 shows
    // each line received: `226 transfers this week` is one more of its lines (PASS gets
    // no 226), and the reply ends at `230 `.
    let log = "*cmd* 'PASS *****'\n\
               *get* '230-Login successful.\\n'\n\
               *get* '331 files, 12 directories, 550 MB used\\n'\n\
               *get* '150 days left, quota 1024 MB\\n'\n\
               *get* '226 transfers this week\\n'\n\
               *get* '230 \\n'\n\
               *cmd* 'LIST'\n";
    assert_eq!(
        reply_fields(log, &["line", "end_line", "code"]),
        rows(&[["2", "6", "230"]])
    );
}

#[test]
fn a_strings_padded_line_under_a_reply_is_its_body_not_a_command() {
    // node's inspection of a FEAT reply received in one chunk, its literals over lines;
    // twice, as once the padded lines have shown after a record, they stand in a shape
    // of their own.
    let feat = "sync:ftp [connection] > 'FEAT'\n\
               sync:ftp [connection] < '211-Features supported:\\r\\n' +\n\
               \x20 ' EPRT\\r\\n' +\n\
               \x20 ' SIZE\\r\\n' +\n\
               \x20 '211 End FEAT.\\r\\n'\n\
               sync:ftp [parser] Response: code=211, buffer='Features supported:\\r\\n' +\n\
               \x20 ' EPRT\\r\\n' +\n\
               \x20 ' SIZE\\r\\n' +\n\
               \x20 'End FEAT.'\n\
               sync:ftp [connection] > 'TYPE I'\n\
               sync:ftp [connection] < '200 Type set to: Binary.\\r\\n'\n";
    let got = reply_records(feat.repeat(2));
    let commands: Vec<_> = got.iter().map(|r| r["command"].as_str()).collect();
    let once = [Some("FEAT"), Some("FEAT"), Some("TYPE I")];
    assert_eq!(commands, [once, once].concat());
}

#[test]
fn a_record_of_tab_separated_fields_gives_its_reply_and_command() {
    // ProFTPD's ExtendedLog with tabs between its LogFormat's fields: time, client, port,
    // pid, user, command, argument, code, text, seconds.
    let log = "2026-03-01T10:15:32.100200\t10.0.0.5\t51234\t812\talice\tUSER\talice\t331\t\
               Password required for alice\t0\t\n\
               2026-03-01T10:15:32.300400\t10.0.0.5\t51234\t812\talice\tSYST\t\t215\t\
               UNIX Type: L8\t0\t\n\
               2026-03-01T10:15:33.500600\t10.0.0.6\t40100\t815\tbob\tSIZE\treadme.txt\t213\t\
               15\t1\t\n\
               2026-03-01 10:15:34,700 pid=815 peer=10.0.0.6:40100 user=bob cmd=XYZZY \
               code=500 resp_ms=0 bytes=-\n";
    assert_eq!(
        reply_fields(log, &["code", "command", "text"]),
        rows(&[
            ["331", "USER", "Password required for alice"],
            ["215", "SYST", "UNIX Type: L8"],
            ["213", "SIZE", "15"],
            ["500", "XYZZY", ""],
        ])
    );
}

#[test]
fn columns_aligned_under_a_header_and_a_csv_row_give_replies_and_commands() {
    // Miller's --opprint of an ExtendedLog: columns aligned under their names, a time
    // with a blank in it, a file named like a reply in the argument's column.
    let log = "ts                      addr      pid user  cmd  arg            code reply\n\
               2026-03-01 10:15:31,239 10.0.0.5  812 -     USER alice          331  Password required for alice\n\
               2026-03-01 10:15:32,616 10.0.0.5  812 alice RETR 550 report.txt 226  Transfer complete\n\
               2026-03-01 10:15:32,620 10.0.0.6  815 bob   PWD                 257  \"/\" is the current directory\n";
    assert_eq!(
        reply_fields(log, &["code", "command"]),
        rows(&[["331", "USER"], ["226", "RETR"], ["257", "PWD"]])
    );
    // jq's @csv of the same records: the code bare, the fields around it quoted.
    let log = "812,\"alice\",\"PASS\",\"(hidden)\",230,\"User alice logged in\"\n\
               812,\"alice\",\"PASV\",\"\",227,\"Entering Passive Mode (127,0,0,1,40,241).\"\n";
    assert_eq!(
        reply_fields(log, &["code", "command", "text"]),
        rows(&[
            ["230", "PASS", "User alice logged in"],
            ["227", "PASV", "Entering Passive Mode (127,0,0,1,40,241)."],
        ])
    );
}

#[test]
fn octet_counted_syslog_frames_keep_their_sessions_and_lengths_are_no_replies() {
    // rsyslog forwarding over TCP with RFC 6587's octet counting, saved as it came: each
    // frame's length, then an RFC 5424 message whose PROCID names the session.
    let frame = |len: u32, pid: u32, msg: &str| {
        format!(
            "{len} <95>1 2026-03-01T10:15:32.518588+00:00 host pure-ftpd {pid} ftplog \
             [origin ip=\"127.0.0.1\" software=\"rsyslogd\"] (?@10.0.0.{}) [DEBUG] {msg}\n",
            pid % 10
        )
    };
    let log = [
        frame(
            150,
            812,
            "220 You will be disconnected after 15 minutes of inactivity.",
        ),
        frame(
            226,
            815,
            "220 You will be disconnected after 15 minutes of inactivity.",
        ),
        frame(227, 812, "Command [user] [alice]"),
        frame(250, 815, "Command [user] [bob]"),
        frame(257, 812, "331 User alice OK. Password required"),
        frame(331, 815, "331 User bob OK. Password required"),
    ]
    .concat();
    assert_eq!(
        replies_by_session(&log),
        [
            (1, "812".into(), "-".into()),
            (2, "815".into(), "-".into()),
            (5, "812".into(), "user".into()),
            (6, "815".into(), "user".into()),
        ]
    );
    // The client is the one Pure-FTPd names, not the host of RFC 5424's `[origin ...]`.
    assert_eq!(
        reply_fields(log, &["client"]),
        rows(&[["10.0.0.2"], ["10.0.0.5"], ["10.0.0.2"], ["10.0.0.5"]])
    );
}

#[test]
fn a_logfmt_record_s_quoted_reply_answers_its_command_field_in_its_process_s_session() {
    // ProFTPD's ExtendedLog through syslog, `cmd="%m" arg="%J" reply="%s %S"`: two
    // processes, their users and arguments named with digits (no worker's name), and
    // `user=-` before the login (no user).
    let log = concat!(
        "Mar  1 10:15:31 host proftpd[7001]: 10.0.0.5 user=- cmd=\"USER\" arg=\"ops1\" reply=\"331 Password required for ops1\"\n",
        "Mar  1 10:15:31 host proftpd[7002]: 10.0.0.6 user=- cmd=\"USER\" arg=\"ops2\" reply=\"331 Password required for ops2\"\n",
        "Mar  1 10:15:32 host proftpd[7001]: 10.0.0.5 user=ops1 cmd=\"PASS\" arg=\"(hidden)\" reply=\"230 User ops1 logged in\"\n",
        "Mar  1 10:15:32 host proftpd[7002]: 10.0.0.6 user=- cmd=\"PASS\" arg=\"(hidden)\" reply=\"530 Login incorrect.\"\n",
        "Mar  1 10:15:33 host proftpd[7001]: 10.0.0.5 user=ops1 cmd=\"CWD\" arg=\"dir-7\" reply=\"550 dir-7: No such file or directory\"\n",
        "Mar  1 10:15:33 host proftpd[7002]: 10.0.0.6 user=- cmd=\"USER\" arg=\"ops2\" reply=\"331 Password required for ops2\"\n",
        "Mar  1 10:15:34 host proftpd[7001]: 10.0.0.5 user=ops1 cmd=\"QUIT\" arg=\"\" reply=\"221 Goodbye.\"\n",
    );
    let got = reply_fields(log, &["session", "user", "command", "text"]);
    assert_eq!(
        got,
        rows(&[
            ["7001", "-", "USER", "Password required for ops1"],
            ["7002", "-", "USER", "Password required for ops2"],
            ["7001", "ops1", "PASS", "User ops1 logged in"],
            ["7002", "-", "PASS", "Login incorrect."],
            ["7001", "ops1", "CWD", "dir-7: No such file or directory"],
            ["7002", "-", "USER", "Password required for ops2"],
            ["7001", "ops1", "QUIT", "Goodbye."],
        ])
    );
}

#[test]
fn a_connection_named_by_address_and_port_is_one_session_per_port() {
    // pyftpdlib with `log_prefix = "conn=%(remote_ip)s/%(remote_port)s acct=<%(username)s> |"`:
    // two clients from one address.
    let log = concat!(
        "[D 2026-03-01 10:15:31] conn=10.0.0.5/50435 acct=<> | -> 220 ready.\n",
        "[D 2026-03-01 10:15:31] conn=10.0.0.5/50499 acct=<> | -> 220 ready.\n",
        "[D 2026-03-01 10:15:32] conn=10.0.0.5/50435 acct=<> | <- USER ops\n",
        "[D 2026-03-01 10:15:32] conn=10.0.0.5/50499 acct=<> | <- USER dev\n",
        "[D 2026-03-01 10:15:32] conn=10.0.0.5/50435 acct=<> | -> 331 Username ok, send password.\n",
        "[D 2026-03-01 10:15:32] conn=10.0.0.5/50499 acct=<> | -> 331 Username ok, send password.\n",
    );
    let got = reply_fields(log, &["session", "command"]);
    assert_eq!(
        got,
        rows(&[
            ["10.0.0.5/50435", "-"],
            ["10.0.0.5/50499", "-"],
            ["10.0.0.5/50435", "USER ops"],
            ["10.0.0.5/50499", "USER dev"],
        ])
    );
}

#[test]
fn a_reply_hung_under_its_first_line_keeps_its_lines_that_start_with_numbers() {
    // ncftp's `-d stdout`: a server's banner of its own words, indented under `220:`.
    let log = concat!(
        "220: Welcome to the archive:\n",
        "       \"421 Service not available\" is only a line of text here.\n",
        "     150 ways to say hello.\n",
        "      226 transfers were completed yesterday.\n",
        "Cmd: USER ops\n",
        "331: User ops OK. Password required\n",
    );
    let got = reply_fields(log, &["line", "end_line", "code"]);
    assert_eq!(got, rows(&[["1", "4", "220"], ["6", "6", "331"]]));
}

#[test]
fn a_reply_that_announces_a_list_spans_the_items_indented_under_it() {
    // rclone's `serve ftp -vv` logs a FEAT reply as one line with its features under it,
    // each indented by one space, and no closing line.
    let log = concat!(
        "2026/12/05 21:03:43 INFO  : 35d44388: > FEAT \n",
        "2026/12/05 21:03:43 INFO  : 35d44388: < 211 Extensions supported:\n",
        " UTF8\n",
        " EPSV\n",
        " MLSD\n",
        "2026/12/05 21:03:43 INFO  : 35d44388: > PWD \n",
        "2026/12/05 21:03:43 INFO  : 35d44388: < 257 \"/\" is the current directory\n",
    );
    let got = reply_fields(log, &["line", "end_line", "code", "command"]);
    assert_eq!(
        got,
        rows(&[["2", "5", "211", "FEAT"], ["7", "7", "257", "PWD"]])
    );
    // A stack trace's frames under an error that ends with a colon, and a line indented
    // by one space under a reply that announces nothing, are no lines of the reply.
    let log = concat!(
        "ftp.error_perm: 550 Failed to open file:\n",
        "\tat org.example.Ftp.get(Ftp.java:42)\n",
        "  File \"x.py\", line 3\n",
        "226 Transfer complete.\n",
        " UTF8\n",
    );
    let got = reply_fields(log, &["line", "end_line", "code"]);
    assert_eq!(got, rows(&[["1", "1", "550"], ["4", "4", "226"]]));
}

/// Asserts the replies and client errors a log gives: each one's line, its type and the
/// error's id (`-` for a reply).
fn assert_replies_and_client_errors(log: &str, want: &[(u64, &str, &str)]) {
    let recs = records(&scan_json_stdin(log));
    let got: Vec<(u64, &str, &str)> = recs
        .iter()
        .filter(|r| r["type"] == "reply" || r["type"] == "client_error")
        .map(|r| {
            (
                r["line"].as_u64().unwrap_or(0),
                r["type"].as_str().unwrap_or(""),
                r["id"].as_str().unwrap_or("-"),
            )
        })
        .collect();
    assert_eq!(got, want, "{log}");
}

#[test]
fn a_padded_line_inside_an_open_reply_is_its_body_even_where_such_lines_were_commands() {
    // zsh's zftp with ZFTP_VERBOSE showing FEAT's body without its codes (read as
    // commands), then a 214 whose list pads its verbs the same way: one reply, to SITE
    // HELP, from its first line to its last.
    let log = concat!(
        "% zftp quote FEAT\n",
        " EPSV\n",
        " MDTM\n",
        " SIZE\n",
        "% zftp quote SITE HELP\n",
        "214-The following SITE commands are recognized:\n",
        " CHMOD\n",
        " HELP\n",
        "214 Help SITE command successful.\n",
    );
    let spans: Vec<(u64, u64, String)> = records(&scan_json_stdin(log))
        .iter()
        .filter(|r| r["type"] == "reply")
        .map(|r| {
            (
                r["line"].as_u64().unwrap_or(0),
                r["end_line"].as_u64().unwrap_or(0),
                r["command"].as_str().unwrap_or("-").to_string(),
            )
        })
        .collect();
    assert_eq!(spans, [(6, 9, "SITE HELP".to_string())]);
}

#[test]
fn perl_net_ftp_s_own_421_is_its_error() {
    // libnet's Net::Cmd sets 421 and `[Net::FTP] Connection closed` itself when the control
    // connection ends (Net/Cmd.pm _set_status_closed); a program prints it with its words.
    let log = concat!(
        "Net::FTP=GLOB(0x55d0c0ffee00)>>> CWD incoming\n",
        "Net::FTP=GLOB(0x55d0c0ffee00)<<< 421 Timeout.\n",
        "sync.pl: cannot list incoming (421 [Net::FTP] Connection closed)\n",
    );
    assert_replies_and_client_errors(
        log,
        &[
            (2, "reply", "-"),
            (3, "client_error", "perl-net-ftp-closed"),
        ],
    );
}

#[test]
fn r_s_phrase_for_a_code_is_r_s_error_and_libcurl_s_words_are_libcurl_s() {
    // R's download.file() warns with its own phrase for the code (R 4.2.2
    // src/modules/internet/libcurl.c, ftp_errstr()), whatever the server said; the curl
    // package stops with libcurl's message.
    let log = concat!(
        "Warning message:\n",
        "In download.file(u, \"a.csv\", method = \"libcurl\") :\n",
        "  cannot open URL 'ftp://10.0.0.5/a.csv': FTP status was '550 Requested action not taken; file unavailable'\n",
        "Error in curl_fetch_memory(\"ftp://10.0.0.5/in/b.csv\", handle = h) : \n",
        "  Failed FTP upload: 553\n",
    );
    assert_replies_and_client_errors(
        log,
        &[
            (3, "client_error", "r-ftp-status"),
            (5, "client_error", "curl-25"),
        ],
    );
}

#[test]
fn a_reply_a_client_makes_up_is_that_client_s_error() {
    // tnftp and inetutils-ftp print this 421 themselves when the server hangs up (seen on
    // 127.0.0.1: the server sent its 220 and closed the connection after USER).
    let log = concat!(
        "Connected to 10.0.0.5.\n",
        "220 ready\n",
        "530 Non-anonymous sessions must use encryption.\n",
        "Login failed.\n",
        "421 Service not available, remote server has closed connection\n",
    );
    assert_replies_and_client_errors(
        log,
        &[
            (2, "reply", "-"),
            (3, "reply", "-"),
            (5, "client_error", "bsd-ftp-lost-peer"),
        ],
    );
    // Pasted to `explain`, it is the client's words too.
    let out = ftpcode()
        .args([
            "explain",
            "421 Service not available, remote server has closed connection.",
        ])
        .output()
        .expect("run");
    assert!(
        stdout(&out).contains("client error (BSD ftp"),
        "{}",
        stdout(&out)
    );
    // (A server's own 421 stays a reply.)
    assert_eq!(
        reply_fields("421 Too many connections from your address\n", &["code"]),
        rows(&[["421"]])
    );
}

#[test]
fn a_thread_named_with_its_number_is_a_session() {
    // Python's logging with `[%(threadName)s/%(thread)d]`: one client a thread.
    let log = concat!(
        "2026-03-01 10:15:31,101 [ops/140001111111111] DEBUG ftp.wire *resp* '220 ready.'\n",
        "2026-03-01 10:15:31,102 [dev/140002222222222] DEBUG ftp.wire *resp* '220 ready.'\n",
        "2026-03-01 10:15:31,103 [ops/140001111111111] DEBUG ftp.wire *cmd* 'USER ops'\n",
        "2026-03-01 10:15:31,104 [dev/140002222222222] DEBUG ftp.wire *cmd* 'USER dev'\n",
        "2026-03-01 10:15:31,105 [ops/140001111111111] DEBUG ftp.wire *resp* '331 Password required.'\n",
        "2026-03-01 10:15:31,106 [dev/140002222222222] DEBUG ftp.wire *resp* '331 Password required.'\n",
    );
    let got = reply_fields(log, &["session", "command"]);
    assert_eq!(
        got,
        rows(&[
            ["ops/140001111111111", "-"],
            ["dev/140002222222222", "-"],
            ["ops/140001111111111", "USER ops"],
            ["dev/140002222222222", "USER dev"],
        ])
    );
}

#[test]
fn a_labelled_goodbye_after_a_transfer_whose_end_is_not_shown_is_a_reply() {
    // A .NET client printing FtpWebResponse's fields: the 150, the file's bytes, then the
    // server's last word, the 226 left out.
    let log = concat!(
        "BannerMessage: 220 test server\n",
        "StatusDescription: 150 Opening BINARY mode data connection for a.txt (6 bytes).\n",
        "hello\n",
        "ExitMessage: 221 Goodbye.\n",
    );
    assert_eq!(
        reply_fields(log, &["code"]),
        rows(&[["220"], ["150"], ["221"]])
    );
}

#[test]
fn the_responses_of_an_nmap_service_fingerprint_are_replies_over_the_rows_that_hold_them() {
    // `nmap -sV` of a service it does not know: what each probe got, escaped, cut into
    // rows of 80 columns wherever they fall (an escape too).
    let log = concat!(
        "PORT     STATE SERVICE VERSION\n",
        "2121/tcp open  unknown\n",
        "SF-Port2121-TCP:V=7.93%I=7%D=12/5%Time=6B13%P=x86_64-pc-linux-gnu%r(N\n",
        "SF:ULL,12,\"220\\x20Files\\x20here\\r\\n\")%r(GenericLines,40,\"220\\x20Files\\x2\n",
        "SF:0here\\r\\n500\\x20Unknown\\x20command\\.\\r\\n\");\n",
        "\n",
        "Nmap done: 1 IP address (1 host up) scanned in 31.20 seconds\n",
    );
    assert_eq!(
        reply_fields(log, &["line", "end_line", "code", "text"]),
        rows(&[
            ["4", "4", "220", "Files here"],
            ["4", "5", "220", "Files here"],
            ["5", "5", "500", "Unknown command."],
        ])
    );
    // Annotated, every line passes through as it came.
    let out = annotate(log.as_bytes());
    assert!(
        stripped(&out).starts_with(
            b"PORT     STATE SERVICE VERSION\n2121/tcp open  unknown\nSF-Port2121-TCP:"
        )
    );
}

/// ProFTPD's ExtendedLog with `%a %P %u %r %s`, the command unquoted and the code ending
/// the line (held-out round 730): a command that takes no argument, or any command, with
/// a code it gets, success or refusal, is a record of the command and its reply.
#[test]
fn a_command_and_the_code_ending_its_line_is_a_record_of_both() {
    let log = concat!(
        "127.0.0.4 16739 - FEAT 211\n",
        "127.0.0.3 16740 - USER bob 331\n",
        "127.0.0.3 16740 bob PWD 257\n",
        "127.0.0.3 16740 bob EPSV 229\n",
        "127.0.0.3 16740 bob CWD /nope 550\n",
        "127.0.0.3 16740 bob MKD tools.bat 550\n",
        "127.0.0.3 16740 bob QUIT 221\n",
    );
    assert_eq!(
        reply_fields(log, &["code", "command"]),
        rows(&[
            ["211", "FEAT"],
            ["331", "USER bob"],
            ["257", "PWD"],
            ["229", "EPSV"],
            ["550", "CWD /nope"],
            ["550", "MKD tools.bat"],
            ["221", "QUIT"],
        ])
    );
    // (A command typed with a number for its argument is no record: `REST 350`, `SITE
    // IDLE 120` ask, and a reply comes on a line of its own.)
    for line in ["---> REST 350\n", "SITE IDLE 120\n", "---> PWD 257\n"] {
        assert_eq!(reply_fields(line, &["code"]), rows::<1>(&[]), "{line}");
    }
}

/// A greeting in a session that was greeted and went on since is the key's next
/// connection: a client coming back after its failed login, in a log keyed by its address
/// (held-out round 710). A 220 that answers HOST (RFC 7151) is no greeting.
#[test]
fn a_new_greeting_after_a_dialogue_starts_the_keys_next_session() {
    let log = concat!(
        "10:00:01 127.0.0.3 -> 220 pyftpdlib ready.\n",
        "10:00:01 127.0.0.3 <- USER bob\n",
        "10:00:01 127.0.0.3 -> 331 Username ok, send password.\n",
        "10:00:02 127.0.0.3 <- PASS ****\n",
        "10:00:04 127.0.0.3 -> 530 Authentication failed.\n",
        "10:00:04 127.0.0.3 -> 220 pyftpdlib ready.\n",
        "10:00:04 127.0.0.3 <- HOST ftp.example.com\n",
        "10:00:04 127.0.0.3 -> 220 Host accepted.\n",
        "10:00:04 127.0.0.3 <- USER bob\n",
        "10:00:04 127.0.0.3 -> 331 Username ok, send password.\n",
    );
    assert_eq!(
        reply_fields(log, &["line", "session", "command"]),
        rows(&[
            ["1", "127.0.0.3", "-"],
            ["3", "127.0.0.3", "USER bob"],
            ["5", "127.0.0.3", "PASS ***"],
            ["6", "127.0.0.3#2", "-"],
            ["8", "127.0.0.3#2", "HOST ftp.example.com"],
            ["10", "127.0.0.3#2", "USER bob"],
        ])
    );
    // (Not where the session went on: REIN's 220 in a log of replies only, a proxy's
    // origin greeting after the PASS or the OPEN it passed on, a second connection from
    // the address of a live one. From the review.)
    let went_on = [
        concat!(
            "Mon Dec  7 10:00:00 2026 FTP response: Client \"192.0.2.1\", \"220 FTP ready\"\n",
            "Mon Dec  7 10:00:01 2026 FTP response: Client \"192.0.2.1\", \"331 Please specify the password.\"\n",
            "Mon Dec  7 10:00:02 2026 FTP response: Client \"192.0.2.1\", \"230 Login successful.\"\n",
            "Mon Dec  7 10:00:03 2026 FTP response: Client \"192.0.2.1\", \"220 Service ready for new user.\"\n",
        ),
        concat!(
            "Dec  7 10:00:00 gw ftp-proxy[4321]: #1 server: 220 gw FTP proxy ready\n",
            "Dec  7 10:00:01 gw ftp-proxy[4321]: #1 client: USER anonymous@ftp.example.com\n",
            "Dec  7 10:00:01 gw ftp-proxy[4321]: #1 server: 331 send password\n",
            "Dec  7 10:00:01 gw ftp-proxy[4321]: #1 client: PASS <hidden>\n",
            "Dec  7 10:00:02 gw ftp-proxy[4321]: #1 server: 220 ftp.example.com FTP server ready.\n",
            "Dec  7 10:00:03 gw ftp-proxy[4321]: #1 server: 230 Guest login ok.\n",
            "Dec  7 10:00:04 gw ftp-proxy[4321]: #1 client: OPEN ftp.example.net\n",
            "Dec  7 10:00:04 gw ftp-proxy[4321]: #1 server: 220 ftp.example.net FTP server ready.\n",
        ),
        concat!(
            "Mon Dec  7 10:00:00 2026 FTP response: Client \"198.51.100.7\", \"220 (vsFTPd 3.0.5)\"\n",
            "Mon Dec  7 10:00:01 2026 FTP command: Client \"198.51.100.7\", \"USER bob\"\n",
            "Mon Dec  7 10:00:01 2026 FTP response: Client \"198.51.100.7\", \"331 Please specify the password.\"\n",
            "Mon Dec  7 10:00:01 2026 FTP command: Client \"198.51.100.7\", \"PASS <password>\"\n",
            "Mon Dec  7 10:00:01 2026 FTP response: Client \"198.51.100.7\", \"230 Login successful.\"\n",
            "Mon Dec  7 10:00:02 2026 FTP response: Client \"198.51.100.7\", \"220 (vsFTPd 3.0.5)\"\n",
            "Mon Dec  7 10:00:03 2026 FTP command: Client \"198.51.100.7\", \"RETR secret.txt\"\n",
            "Mon Dec  7 10:00:03 2026 FTP response: Client \"198.51.100.7\", \"550 Failed to open file.\"\n",
        ),
    ];
    for log in went_on {
        let sessions: std::collections::BTreeSet<String> = reply_fields(log, &["session"])
            .into_iter()
            .flatten()
            .collect();
        assert_eq!(sessions.len(), 1, "{log}");
    }
}

/// A logger that writes its source's place before each message (loguru's default
/// `name:function:line - `) puts the same number before every command a library's debug
/// output logs: once that shape has stood before many lines and no reply, the words after
/// it do not make it one (`*cmd* 'CWD no-such-dir'`, with a reply's `no such`; held-out
/// round 710).
#[test]
fn a_loggers_source_line_before_many_commands_is_no_reply() {
    let mut log = String::new();
    let at = "2026-12-07 10:28:15.784 | DEBUG    | ftplib:";
    let exchange = |log: &mut String, command: &str, reply: &str| {
        log.push_str(&format!("{at}putcmd:206 - [conn2] *cmd* '{command}'\n"));
        log.push_str(&format!(
            "{at}putline:201 - [conn2] *put* '{command}\\r\\n'\n"
        ));
        log.push_str(&format!("{at}getline:216 - [conn2] *get* '{reply}\\n'\n"));
        log.push_str(&format!("{at}getresp:246 - [conn2] *resp* '{reply}'\n"));
    };
    for _ in 0..17 {
        exchange(&mut log, "NOOP", "200 NOOP ok.");
    }
    exchange(
        &mut log,
        "CWD no-such-dir",
        "550 No such file or directory.",
    );
    let codes: Vec<u64> = line_codes(&log).into_iter().map(|(_, c)| c).collect();
    let mut want = vec![200; 34];
    want.extend([550, 550]);
    assert_eq!(codes, want);
    // (A program's own counts under a label with a blank, as many, leave the reply that
    // follows in that shape a reply: from the review.)
    let mut camera: String = (0..18)
        .map(|i| {
            format!(
                "Jan  1 10:00:{i:02} cam01 uploader: {} KB buffered\n",
                100 + 7 * i
            )
        })
        .collect();
    camera.push_str("Jan  1 10:01:00 cam01 uploader: 220 Welcome\n");
    camera.push_str("Jan  1 10:01:00 cam01 uploader: USER cam\n");
    camera.push_str("Jan  1 10:01:00 cam01 uploader: 331 Password required\n");
    let codes: Vec<(u64, u64)> = line_codes(&camera);
    assert_eq!(codes, [(19, 220), (21, 331)]);
}

/// RFC 959 §4.2 pads a body line that starts with digits, and servers write a message file
/// or a banner with such lines as they are (held-out round 713): a line of a multi-line
/// reply padded under a reply logged bare, and one after its `NNN-` of a server that
/// prefixes every line, stay in the reply.
#[test]
fn a_padded_body_line_does_not_close_its_reply() {
    let bare = concat!(
        "220-Welcome to the test server.\n",
        " 123 Main St\n",
        " 220 is not the end\n",
        "220 ProFTPD Server ready.\n",
        ">>> CWD sub\n",
        "250-This directory is sub.\n",
        "   250 lines of notes\n",
        "250 CWD command successful\n",
    );
    assert_eq!(
        reply_fields(bare, &["line", "end_line", "code"]),
        rows(&[["1", "4", "220"], ["6", "8", "250"]])
    );
    let vsftpd = concat!(
        "Mon Dec  7 10:22:32 2026 [pid 27604] [bob] FTP command: Client \"127.0.0.5\", \"CWD sub\"\n",
        "Mon Dec  7 10:22:32 2026 [pid 27604] [bob] FTP response: Client \"127.0.0.5\", \"250-This directory is sub.\"\n",
        "Mon Dec  7 10:22:32 2026 [pid 27604] [bob] FTP response: Client \"127.0.0.5\", \"250-  250 lines of notes\"\n",
        "Mon Dec  7 10:22:32 2026 [pid 27604] [bob] FTP response: Client \"127.0.0.5\", \"250 Directory successfully changed.\"\n",
    );
    assert_eq!(
        reply_fields(vsftpd, &["line", "end_line", "code", "command"]),
        rows(&[["2", "4", "250", "CWD sub"]])
    );
    // (A paste whose first line lost the indent its other lines have: its `220-` lines came
    // in that indent, so the indented `220 ` closes the reply. From the review.)
    let paste = concat!(
        "220-FileZilla Server 0.9.60 beta\n",
        " 220-written by Tim Kosse (tim.kosse@filezilla-project.org)\n",
        " 220 Please visit https://filezilla-project.org/\n",
        " USER anonymous\n",
        " 331 Password required for anonymous\n",
        " PASS guest\n",
        " 530 Login or password incorrect!\n",
    );
    assert_eq!(
        reply_fields(paste, &["line", "end_line", "code"]),
        rows(&[["1", "3", "220"], ["5", "5", "331"], ["7", "7", "530"]])
    );
    // (A first line of no words, folded with its closing line after one blank, is still a
    // reply closed on its line.)
    let folded = concat!(
        "2024-01-01 10:00:00 < 220- 220 ProFTPD Server ready\n",
        "2024-01-01 10:00:00 > USER bob\n",
        "2024-01-01 10:00:00 < 331 Password required for bob\n",
    );
    assert_eq!(
        reply_fields(folded, &["line", "end_line", "code", "command"]),
        rows(&[["1", "1", "220", "-"], ["3", "3", "331", "USER bob"]])
    );
}

#[test]
fn a_body_line_padded_after_the_prefix_stays_in_its_reply() {
    // RFC 959 §4.2 pads a body line that starts with digits: a client's debug output
    // shows the blank after its own marker.
    let log = concat!(
        "---> PASS XXXX\n",
        "<--- 230-Welcome, ana.\n",
        "<---  230 files were uploaded today.\n",
        "<---  500 MB of 1024 MB used.\n",
        "<--- 230 User ana logged in.\n",
        "---> PWD\n",
        "<--- 257 \"/\" is the current directory\n",
    );
    assert_eq!(
        reply_fields(log, &["line", "end_line", "code"]),
        rows(&[["2", "5", "230"], ["7", "7", "257"]])
    );
}

#[test]
fn a_system_call_trace_and_a_client_s_labels_are_no_program_s_lines() {
    // strace's calls that returned an error end with a parenthesis, as a statement of a
    // program does; BSD ftp's `local: a remote: b` starts with a word some languages
    // declare with. Neither makes the input a program's source, whose strings are not
    // replies.
    let log = concat!(
        "sendto(5, \"HELP\\r\\n\", 6, MSG_NOSIGNAL, NULL, 0) = 6\n",
        "recvfrom(5, \"214-The following commands are recognized.\\r\\n\", 1024, 0, NULL, NULL) = 44\n",
        "recvfrom(5, 0x55e05c2a6cdc, 980, 0, NULL, NULL) = -1 EAGAIN (Resource temporarily unavailable)\n",
        "recvfrom(5, \" ABOR ACCT ALLO APPE\\r\\n\", 980, 0, NULL, NULL) = 21\n",
        "recvfrom(5, 0x55e05c2a6d23, 959, 0, NULL, NULL) = -1 EAGAIN (Resource temporarily unavailable)\n",
        "recvfrom(5, \"214 Help OK.\\r\\n\", 959, 0, NULL, NULL) = 14\n",
        "local: a.txt remote: a.txt\n",
        "local: b.txt remote: b.txt\n",
        "sendto(5, \"CWD pub\\r\\n\", 9, MSG_NOSIGNAL, NULL, 0) = 9\n",
        "recvfrom(5, \"250 Directory successfully changed.\\r\\n\", 1024, 0, NULL, NULL) = 37\n",
    );
    assert_eq!(
        reply_fields(log, &["line", "end_line", "code"]),
        rows(&[["2", "6", "214"], ["10", "10", "250"]])
    );
}

#[test]
fn a_reply_of_another_code_ends_a_multi_line_reply_whose_closing_line_the_log_left_out() {
    // A small server logging each line it sends to syslog, but only the first line of a
    // multi-line reply: the next reply, in the same label's shape, ends it.
    let log = concat!(
        "<27>Mar  1 10:15:32 ftpd[812]: USER ana\n",
        "<27>Mar  1 10:15:32 ftpd[812]: 331 Specify password\n",
        "<27>Mar  1 10:15:33 ftpd[812]: PASS ***\n",
        "<27>Mar  1 10:15:33 ftpd[812]: 230 Ok\n",
        "<27>Mar  1 10:15:34 ftpd[812]: STAT\n",
        "<27>Mar  1 10:15:34 ftpd[812]: 211-Server status:\n",
        "<27>Mar  1 10:15:35 ftpd[812]: FOO\n",
        "<27>Mar  1 10:15:35 ftpd[812]: 500 Unknown command\n",
        "<27>Mar  1 10:15:36 ftpd[812]: MKD x\n",
        "<27>Mar  1 10:15:36 ftpd[812]: 550 Error\n",
    );
    assert_eq!(
        reply_fields(log, &["line", "code"]),
        rows(&[
            ["2", "331"],
            ["4", "230"],
            ["6", "211"],
            ["8", "500"],
            ["10", "550"]
        ])
    );
}

#[test]
fn a_record_s_element_gives_its_words_without_its_tags() {
    // An XML layout's records: the element's text is the message, its closing tag no part
    // of a command's or a reply's words.
    let log = concat!(
        "<Event level=\"INFO\">\n",
        "  <Message>S&lt; 220 ready</Message>\n",
        "</Event>\n",
        "<Event level=\"DEBUG\">\n",
        "  <Message>C> USER ana</Message>\n",
        "</Event>\n",
        "<Event level=\"INFO\">\n",
        "  <Message>S&lt; 331 Password required for ana</Message>\n",
        "</Event>\n",
    );
    assert_eq!(
        reply_fields(log, &["line", "code", "command", "text"]),
        rows(&[
            ["2", "220", "-", "ready"],
            ["8", "331", "USER ana", "Password required for ana"]
        ])
    );
}

#[test]
fn a_records_quoted_command_before_its_code_is_the_command_it_answers() {
    // ProFTPD's ExtendedLog in a LogFormat of one's own (`req="%r" %s %S`), also as the
    // message of a JSON record (its quotes escaped), and a subcommand by ProFTPD's name.
    let log = "2026-12-05T09:00:01 10.0.0.7 pid=4411 user=- req=\"USER carol\" 331 Password required for carol\n\
               2026-12-05T09:00:01 10.0.0.7 pid=4411 user=carol req=\"PASS (hidden)\" 230 User carol logged in\n\
               2026-12-05T09:00:02 10.0.0.7 pid=4411 user=carol req=\"OPTS_UTF8 ON\" 200 UTF8 set to on\n\
               {\"host\":\"vm\",\"msg\":\"10.0.0.7 [4412] cmd=\\\"CWD /in\\\" -> 550 /in: No such file or directory\"}\n";
    assert_eq!(
        reply_fields(log, &["line", "code", "command"]),
        rows(&[
            ["1", "331", "USER carol"],
            ["2", "230", "PASS ***"],
            ["3", "200", "OPTS_UTF8 ON"],
            ["4", "550", "CWD /in"],
        ])
    );
}

#[test]
fn a_json_records_message_names_its_command_after_many_fields() {
    // syslog-ng's JSON template: fields named in capitals before the message, whose command
    // vsftpd logs in quotes (escaped inside the JSON string); a field's name is no verb.
    let record = |message: &str| {
        format!(
            "{{\"SOURCE\":\"s_net\",\"PROGRAM\":\"vsftpd\",\"PRIORITY\":\"info\",\"PID\":\"7120\",\
             \"MESSAGE\":\"[dora] {message}\",\"HOST_FROM\":\"gw\",\"HOST\":\"gw\"}}\n"
        )
    };
    let log = [
        record(r#"CONNECT: Client \"10.0.0.9\""#),
        record(r#"FTP response: Client \"10.0.0.9\", \"220 (vsFTPd 3.0.5)\""#),
        record(r#"FTP command: Client \"10.0.0.9\", \"MKD logs\""#),
        record(r#"FTP response: Client \"10.0.0.9\", \"550 Create directory operation failed.\""#),
        record(r#"FTP command: Client \"10.0.0.9\", \"PWD\""#),
        record(r#"FTP response: Client \"10.0.0.9\", \"257 \\\"/\\\" is the current directory\""#),
    ]
    .concat();
    assert_eq!(
        reply_fields(log, &["line", "code", "command"]),
        rows(&[
            ["2", "220", "-"],
            ["4", "550", "MKD logs"],
            ["6", "257", "PWD"]
        ])
    );
}

#[test]
fn a_repl_session_fenced_as_a_programs_code_shows_its_replies() {
    // A PsySH (`php artisan tinker`) session pasted in a block fenced as PHP: the prompt
    // and the `=> ` of its results make it a transcript, the array of reply lines output.
    let log = "Here is what tinker shows:\n\
               ```php\n\
               >>> $feat = ftp_raw($conn, 'FEAT');\n\
               => [\n\
               \x20    \"211-Features:\",\n\
               \x20    \" MDTM\",\n\
               \x20    \" SIZE\",\n\
               \x20    \"211 End\",\n\
               \x20  ]\n\
               ```\n";
    assert_eq!(
        reply_fields(log, &["line", "end_line", "code", "command"]),
        rows(&[["5", "8", "211", "FEAT"]])
    );
}

#[test]
fn a_record_of_a_command_and_the_reply_it_drew_is_a_reply_alone() {
    // ProFTPD's ExtendedLog in formats of one's own: `"%r" %s %S`, a line alone; and the
    // command quoted before a code's named field, the text in the field after it.
    let quit = "2026-12-05 12:24:48 10.0.0.8:35296 u_5f2a [15525] \"QUIT\" 221 Goodbye.\n";
    assert_eq!(
        reply_fields(quit, &["line", "code", "command", "text"]),
        rows(&[["1", "221", "QUIT", "Goodbye."]])
    );
    let named = "2026-12-05 09:00:01 pid=4411 10.0.0.7 ftp user=- \"USER ann\" status=331 \
                 resp=\"Password required for ann\" bytes=-\n";
    assert_eq!(
        reply_fields(named, &["line", "code", "command", "text"]),
        rows(&[["1", "331", "USER ann", "Password required for ann"]])
    );
}

#[test]
fn a_cr_that_cat_v_shows_ends_the_line() {
    // curl -v 2>&1 | cat -v: each line of the dialogue ends in `^M`.
    let log =
        "< 230 Login successful.^M\n> PWD^M\n< 257 \"/home/ann\" is the current directory^M\n";
    assert_eq!(
        reply_fields(log, &["line", "code", "command", "text"]),
        rows(&[
            ["1", "230", "-", "Login successful."],
            ["3", "257", "PWD", "\"/home/ann\" is the current directory"]
        ])
    );
}

#[test]
fn a_tag_column_names_the_session_of_each_program_run_at_once() {
    // GNU parallel --tag: each job's lines behind its tag and a tab; curl's bare CR before
    // its line end gets a tag of its own, which is no part of the command or the reply.
    let log = concat!(
        "get\t---- Connecting to 10.0.0.5 (10.0.0.5) port 21\n",
        "put\t---- Connecting to 10.0.0.5 (10.0.0.5) port 21\n",
        "get\t<--- 220 FTP ready\n",
        "get\t---> USER ann\n",
        "put\t<--- 220 FTP ready\n",
        "put\t---> USER bob\n",
        "get\t<--- 331 Password required\n",
        "put\t<--- 331 Password required\n",
        "get\t---> PASS secret\n",
        "put\t---> PASS hunter2\n",
        "put\t<--- 530 Login incorrect.\n",
        "get\t<--- 230 Logged in.\n",
        "get\t---> PWD\n",
        "list\t> SYST\rlist\t\n",
        "list\t< 215 UNIX Type: L8\rlist\t\n",
    );
    // (The first dialogue goes on under the session it began in: the tag shows itself a
    // key only when a second dialogue begins under another.)
    assert_eq!(
        reply_fields(log, &["line", "code", "session", "command", "text"]),
        rows(&[
            ["3", "220", "1", "-", "FTP ready"],
            ["5", "220", "put", "-", "FTP ready"],
            ["7", "331", "1", "USER ann", "Password required"],
            ["8", "331", "put", "USER bob", "Password required"],
            ["11", "530", "put", "PASS ***", "Login incorrect."],
            ["12", "230", "1", "PASS ***", "Logged in."],
            ["15", "215", "list", "SYST", "UNIX Type: L8"],
        ])
    );
}

#[test]
fn a_field_named_for_the_command_gives_it_unquoted() {
    // Go's slog TextHandler quotes a value only where it holds a blank: `ftp.cmd=QUIT`.
    let log = concat!(
        "time=2026-12-05T10:00:00Z level=DEBUG msg=send session=1 ftp.cmd=\"USER ann\"\n",
        "time=2026-12-05T10:00:00Z level=DEBUG msg=recv session=1 ftp.line=\"331 Password required\"\n",
        "time=2026-12-05T10:00:01Z level=DEBUG msg=send session=1 ftp.cmd=QUIT\n",
        "time=2026-12-05T10:00:01Z level=DEBUG msg=recv session=1 ftp.line=\"221 Goodbye.\"\n",
    );
    assert_eq!(
        reply_fields(log, &["line", "code", "command"]),
        rows(&[["2", "331", "USER ann"], ["4", "221", "QUIT"]])
    );
}

#[test]
fn a_table_whose_texts_are_in_single_quotes_is_read_by_its_columns() {
    // sqlite3's `.mode quote` (SQL's literals): a header, then rows; a multi-line reply's
    // cell goes on over the lines after its row.
    let log = concat!(
        "'seq','command','code','reply'\n",
        "'1','-',220,'220 FTP ready'\n",
        "'2','USER ann',331,'331 Password required'\n",
        "'3','FEAT',211,'211-Features:\n",
        " MDTM\n",
        "211 End'\n",
        "'4','QUIT',221,'221 Goodbye.'\n",
    );
    assert_eq!(
        reply_fields(log, &["line", "end_line", "code", "command"]),
        rows(&[
            ["2", "2", "220", "-"],
            ["3", "3", "331", "USER ann"],
            ["4", "6", "211", "FEAT"],
            ["7", "7", "221", "QUIT"],
        ])
    );
}

#[test]
fn a_span_that_names_the_command_on_each_line_of_its_reply_keeps_the_reply_open() {
    // tracing's full format: each event inside the span of the command it belongs to.
    let log = concat!(
        "2026-12-05T10:00:00.0Z DEBUG worker-1 session{n=1 user=\"ann\"}:cmd{line=\"USER ann\" verb=\"USER\"}: ftp: -> USER ann\n",
        "2026-12-05T10:00:00.0Z DEBUG worker-1 session{n=1 user=\"ann\"}:cmd{line=\"USER ann\" verb=\"USER\"}: ftp: <- 331 Password required\n",
        "2026-12-05T10:00:00.0Z DEBUG worker-1 session{n=1 user=\"ann\"}:cmd{line=\"SYST\" verb=\"SYST\"}: ftp: -> SYST\n",
        "2026-12-05T10:00:00.0Z DEBUG worker-1 session{n=1 user=\"ann\"}:cmd{line=\"SYST\" verb=\"SYST\"}: ftp: <- 215 UNIX Type: L8\n",
        "2026-12-05T10:00:00.1Z DEBUG worker-1 session{n=1 user=\"ann\"}:cmd{line=\"FEAT\" verb=\"FEAT\"}: ftp: -> FEAT\n",
        "2026-12-05T10:00:00.2Z DEBUG worker-1 session{n=1 user=\"ann\"}:cmd{line=\"FEAT\" verb=\"FEAT\"}: ftp: <- 211-Features:\n",
        "2026-12-05T10:00:00.2Z DEBUG worker-1 session{n=1 user=\"ann\"}:cmd{line=\"FEAT\" verb=\"FEAT\"}: ftp: <-  MDTM\n",
        "2026-12-05T10:00:00.2Z DEBUG worker-1 session{n=1 user=\"ann\"}:cmd{line=\"FEAT\" verb=\"FEAT\"}: ftp: <-  SIZE\n",
        "2026-12-05T10:00:00.2Z DEBUG worker-1 session{n=1 user=\"ann\"}:cmd{line=\"FEAT\" verb=\"FEAT\"}: ftp: <- 211 End\n",
        "2026-12-05T10:00:00.3Z DEBUG worker-1 session{n=1 user=\"ann\"}:cmd{line=\"PWD\" verb=\"PWD\"}: ftp: -> PWD\n",
        "2026-12-05T10:00:00.4Z DEBUG worker-1 session{n=1 user=\"ann\"}:cmd{line=\"PWD\" verb=\"PWD\"}: ftp: <- 257 \"/\"\n",
    );
    assert_eq!(
        reply_fields(log, &["line", "end_line", "code", "command"]),
        rows(&[
            ["2", "2", "331", "USER ann"],
            ["4", "4", "215", "SYST"],
            ["6", "9", "211", "FEAT"],
            ["11", "11", "257", "PWD"]
        ])
    );
}

#[test]
fn a_dump_of_more_than_16_bytes_a_row_is_read_whole() {
    // `xxd -c 24`: a code cut at the end of a wide row (`3333` then `3120`) is found, as
    // in a row of 16.
    let log = concat!(
        "00000000: 3232 3020 5365 7276 6963 6520 7265 6164 7920 666f 7220 6e65  220 Service ready for ne\n",
        "00000018: 7720 7573 6572 2e0d 0a33 3331 2050 6c65 6173 6520 7370 6563  w user...331 Please spec\n",
        "00000030: 6966 7920 7468 6520 7061 7373 776f 7264 2e0d 0a35 3330 204c  ify the password...530 L\n",
        "00000048: 6f67 696e 2069 6e63 6f72 7265 6374 2e0d 0a                   ogin incorrect...\n",
    );
    assert_eq!(
        reply_fields(log, &["line", "end_line", "code", "text"]),
        rows(&[
            ["1", "2", "220", "Service ready for new user."],
            ["2", "3", "331", "Please specify the password."],
            ["3", "4", "530", "Login incorrect."],
        ])
    );
}

#[test]
fn an_http_servers_json_access_record_holds_no_reply() {
    // Caddy's access log: the request's protocol and method are fields of the record, and
    // its status is HTTP's, whatever field follows it.
    let log = concat!(
        "{\"level\":\"info\",\"logger\":\"http.log.access\",\"msg\":\"handled request\",",
        "\"request\":{\"proto\":\"HTTP/1.1\",\"method\":\"GET\",\"uri\":\"/550%20report.txt\"},",
        "\"size\":421,\"status\":550,\"resp_headers\":{\"Server\":[\"Caddy\"]}}\n",
    );
    assert_eq!(reply_fields(log, &["line", "code"]), rows::<2>(&[]));
}

#[test]
fn a_code_whose_next_field_is_an_object_has_no_text_from_it() {
    // `"code":200,"headers":{...}`: an object holds no reply's words.
    let log = "{\"msg\":\"sent\",\"code\":200,\"headers\":{\"Server\":[\"x\"],\"Accept-Ranges\":[\"bytes\"]}}\n";
    let got = reply_fields(log, &["code", "text"]);
    assert!(
        got.iter().all(|r| !r[1].contains("Server")),
        "an object read as a reply's text: {got:?}"
    );
}

#[test]
fn the_address_of_each_connections_object_names_its_session() {
    // Perl's Net::FTP prints its object (`Net::FTP=GLOB(0x...)`) before each line of its
    // debug output: one object a connection, two connections of one process at once.
    let log = concat!(
        "Net::FTP=GLOB(0x55d1c2e8a5f0)<<< 220 FTP ready\n",
        "Net::FTP=GLOB(0x55d1c2e8a5f0)>>> USER ann\n",
        "Net::FTP=GLOB(0x55d1c2e8a608)<<< 220 FTP ready\n",
        "Net::FTP=GLOB(0x55d1c2e8a608)>>> USER bob\n",
        "Net::FTP=GLOB(0x55d1c2e8a5f0)<<< 331 Password required for ann\n",
        "Net::FTP=GLOB(0x55d1c2e8a608)<<< 331 Password required for bob\n",
        "Net::FTP=GLOB(0x55d1c2e8a5f0)>>> PASS ....\n",
        "Net::FTP=GLOB(0x55d1c2e8a608)>>> PASS ....\n",
        "Net::FTP=GLOB(0x55d1c2e8a608)<<< 530 Login incorrect.\n",
        "Net::FTP=GLOB(0x55d1c2e8a5f0)<<< 230 Logged in.\n",
    );
    let got = reply_fields(log, &["code", "session", "command"]);
    let ann: Vec<_> = [0, 2, 5].iter().map(|&i| got[i][1].clone()).collect();
    let bob: Vec<_> = [1, 3, 4].iter().map(|&i| got[i][1].clone()).collect();
    assert!(ann.iter().all(|s| *s == ann[0]), "{got:?}");
    assert!(bob[1..].iter().all(|s| *s == bob[1]), "{got:?}");
    assert_ne!(ann[0], bob[1], "{got:?}");
    assert_eq!(got[3][2], "USER bob");
    assert_eq!(got[4][2], "PASS ***");
    assert_eq!(got[5][2], "PASS ***");
}

#[test]
fn a_quote_on_a_line_that_names_no_session_goes_with_the_reply_it_quotes() {
    // Two connections by their pids; the program's own error line names neither.
    let log = concat!(
        "[pid 101] <- 220 FTP ready\n",
        "[pid 102] <- 220 FTP ready\n",
        "[pid 101] -> USER ann\n",
        "[pid 102] -> USER bob\n",
        "[pid 101] <- 331 Password required\n",
        "[pid 102] <- 331 Password required\n",
        "[pid 101] -> PASS ***\n",
        "[pid 102] -> PASS ***\n",
        "[pid 102] <- 530 Login incorrect.\n",
        "login as bob refused: 530 Login incorrect.\n",
    );
    let got = reply_fields(log, &["line", "code", "session"]);
    assert_eq!(got.len(), 6, "{got:?}");
    assert_eq!(got[5][0], "10");
    assert_eq!(got[5][2], got[4][2], "{got:?}");
}

#[test]
fn a_json_records_thread_names_its_session() {
    // Ruby's Logger with a JSON formatter: one thread a connection, named for its user.
    let log = concat!(
        "{\"level\":\"debug\",\"thread\":\"ann\",\"msg\":\"get: 220 FTP ready\"}\n",
        "{\"level\":\"debug\",\"thread\":\"ann\",\"msg\":\"put: USER ann\"}\n",
        "{\"level\":\"debug\",\"thread\":\"bob\",\"msg\":\"get: 220 FTP ready\"}\n",
        "{\"level\":\"debug\",\"thread\":\"bob\",\"msg\":\"put: USER bob\"}\n",
        "{\"level\":\"debug\",\"thread\":\"ann\",\"msg\":\"get: 331 Password required\"}\n",
        "{\"level\":\"debug\",\"thread\":\"bob\",\"msg\":\"get: 331 Password required\"}\n",
    );
    assert_eq!(
        reply_fields(log, &["line", "session", "command"]),
        rows(&[
            ["1", "1", "-"],
            ["3", "bob", "-"],
            ["5", "1", "USER ann"],
            ["6", "bob", "USER bob"],
        ])
    );
}

#[test]
fn a_label_that_ends_a_keyed_line_names_the_session_of_the_reply_under_it() {
    // uftpd's debug log: `PID> Sent: ` alone, then a multi-line reply with no prefix.
    let log = concat!(
        "4497> Sent: 220 uftpd ready.\n",
        "4498> Sent: 220 uftpd ready.\n",
        "4497> Recv: USER ann\n",
        "4498> Recv: USER bob\n",
        "4497> Sent: 331 Login OK, please enter password.\n",
        "4498> Sent: 331 Login OK, please enter password.\n",
        "4498> Recv: FEAT \n",
        "4497> Recv: FEAT \n",
        "4497> Sent: \n",
        "211-Features:\r\n",
        " EPSV\r\n",
        "211 End\r\n",
        "4498> Sent: \n",
        "211-Features:\r\n",
        " EPSV\r\n",
        "211 End\r\n",
    );
    let got = reply_fields(log, &["line", "end_line", "session"]);
    assert_eq!(got.len(), 6, "{got:?}");
    assert_eq!((got[4][0].as_str(), got[4][1].as_str()), ("10", "12"));
    assert_eq!(got[4][2], got[2][2], "{got:?}");
    assert_eq!(got[5][2], got[3][2], "{got:?}");
    assert_ne!(got[4][2], got[5][2], "{got:?}");
}

#[test]
fn a_logger_named_for_each_connection_names_its_session() {
    // go-hclog's named loggers: `[DEBUG] ftp.ann: ...`, one logger a connection.
    let log = concat!(
        "2026-12-05T14:01:37.020Z [DEBUG] ftp.ann: recv: code=220 reply=\"220 FTP ready.\"\n",
        "2026-12-05T14:01:37.020Z [DEBUG] ftp.ann: send: cmd=\"USER ann\"\n",
        "2026-12-05T14:01:37.020Z [DEBUG] ftp.bob: recv: code=220 reply=\"220 FTP ready.\"\n",
        "2026-12-05T14:01:37.020Z [DEBUG] ftp.bob: send: cmd=\"USER bob\"\n",
        "2026-12-05T14:01:37.021Z [DEBUG] ftp.ann: recv: code=331 reply=\"331 Password required\"\n",
        "2026-12-05T14:01:37.021Z [DEBUG] ftp.bob: recv: code=331 reply=\"331 Password required\"\n",
    );
    assert_eq!(
        reply_fields(log, &["line", "session", "command"]),
        rows(&[
            ["1", "1", "-"],
            ["3", "ftp.bob", "-"],
            ["5", "1", "USER ann"],
            ["6", "ftp.bob", "USER bob"],
        ])
    );
}

#[test]
fn a_prometheus_samples_labels_hold_no_reply() {
    // prometheus_client's text exposition: a status code as a label of a counter.
    let log = concat!(
        "# TYPE http_requests_total counter\n",
        "http_requests_total{code=\"550\",method=\"GET\",path=\"/files/550 report.txt\"} 3.0\n",
        "http_requests_total{code=\"421\",method=\"GET\",path=\"/busy\"} 4.0\n",
        "http_requests_created{code=\"226\",method=\"GET\",path=\"/ok\"} 1.7964801880040805e+09\n",
    );
    assert_eq!(reply_fields(log, &["line", "code"]), rows::<2>(&[]));
}

#[test]
fn the_bytes_a_transfer_moved_said_as_a_message_are_no_reply() {
    // klog's structured message after a 125: `"421 bytes received" file="..."`.
    let log = concat!(
        "I1205 14:01:49.143846   17140 ftpgo.go:50] --> RETR size-421.bin\n",
        "I1205 14:01:49.144092   17140 ftpgo.go:53] <-- 125 Data connection already open.\n",
        "I1205 14:01:49.144168   17140 ftpgo.go:56] \"421 bytes received\" file=\"size-421.bin\"\n",
        "I1205 14:01:49.144212   17140 ftpgo.go:53] <-- 226 Transfer complete.\n",
    );
    assert_eq!(
        reply_fields(log, &["line", "code"]),
        rows(&[["2", "125"], ["4", "226"]])
    );
}

#[test]
fn a_connection_id_in_hex_after_the_time_names_its_session() {
    // goftp's server log: `time id < reply`, two connections at once.
    let log = concat!(
        "2026/12/05 14:18:47 c55920045b231a84f229 < 220 Welcome\n",
        "2026/12/05 14:18:47 473aefd928ee4f305e74 < 220 Welcome\n",
        "2026/12/05 14:18:47 473aefd928ee4f305e74 > USER bob\n",
        "2026/12/05 14:18:47 c55920045b231a84f229 > USER ann\n",
        "2026/12/05 14:18:47 473aefd928ee4f305e74 < 331 User name ok, password required\n",
        "2026/12/05 14:18:47 c55920045b231a84f229 < 331 User name ok, password required\n",
        "2026/12/05 14:18:47 473aefd928ee4f305e74 > PASS ****\n",
        "2026/12/05 14:18:47 c55920045b231a84f229 > PASS ****\n",
        "2026/12/05 14:18:47 c55920045b231a84f229 < 230 Logged in\n",
        "2026/12/05 14:18:47 473aefd928ee4f305e74 < 530 Not logged in\n",
    );
    let got = reply_fields(log, &["line", "session", "command"]);
    assert_eq!(got.len(), 6, "{got:?}");
    let (ann, bob) = (&got[0][1], &got[1][1]);
    assert_ne!(ann, bob, "{got:?}");
    assert!([3, 4].iter().all(|&i| &got[i][1] == ann), "{got:?}");
    assert!([2, 5].iter().all(|&i| &got[i][1] == bob), "{got:?}");
    assert_eq!(got[2][2], "USER bob");
    assert_eq!(got[3][2], "USER ann");
}

#[test]
fn a_user_field_in_brackets_names_sessions_one_process_shares() {
    // daiquiri with `extra`: every line has the process's id, and the user's in brackets.
    let log = concat!(
        "2026-12-05 14:16:43,959 [31987] DEBUG ftpsync [user: carol]: *resp* '220 ready.'\n",
        "2026-12-05 14:16:43,960 [31987] DEBUG ftpsync [user: carol]: *cmd* 'USER carol'\n",
        "2026-12-05 14:16:43,960 [31987] DEBUG ftpsync [user: bob]: *resp* '220 ready.'\n",
        "2026-12-05 14:16:43,960 [31987] DEBUG ftpsync [user: bob]: *cmd* 'USER bob'\n",
        "2026-12-05 14:16:43,961 [31987] DEBUG ftpsync [user: carol]: *resp* '331 Password?'\n",
        "2026-12-05 14:16:43,961 [31987] DEBUG ftpsync [user: bob]: *resp* '331 Password?'\n",
    );
    let got = reply_fields(log, &["line", "session", "command"]);
    assert_eq!(got.len(), 4, "{got:?}");
    assert_eq!(got[2][1], got[0][1], "carol's session goes on: {got:?}");
    assert_eq!(got[3][1], got[1][1], "{got:?}");
    assert_ne!(got[0][1], got[1][1], "{got:?}");
    assert_eq!(got[2][2], "USER carol");
    assert_eq!(got[3][2], "USER bob");
}

#[test]
fn a_field_named_for_an_amount_holds_no_reply() {
    // ftpserverlib's logfmt debug log: the bytes a transfer wrote, then the event's words.
    let log = concat!(
        "level=debug clientId=2 line=\"RETR size-421.bin\" event=\"Received line\"\n",
        "level=debug clientId=2 line=\"150 Using transfer connection\" event=\"Sending answer\"\n",
        "level=debug clientId=2 writtenBytes=421 event=\"Stream copy finished\"\n",
        "level=debug clientId=2 line=\"226 Closing transfer connection\" event=\"Sending answer\"\n",
    );
    assert_eq!(
        reply_fields(log, &["line", "code"]),
        rows(&[["2", "150"], ["4", "226"]])
    );
}

#[test]
fn a_summary_of_counts_after_commas_is_no_reply() {
    // h2load's summary of its requests.
    let log = concat!(
        "finished in 91.18ms, 6032.09 req/s, 771.02KB/s\n",
        "requests: 550 total, 550 started, 550 done, 276 succeeded, 274 failed, 0 errored, 0 timeout\n",
        "status codes: 276 2xx, 0 3xx, 136 4xx, 138 5xx\n",
    );
    assert_eq!(reply_fields(log, &["line", "code"]), rows::<2>(&[]));
}

#[test]
fn a_verb_that_closes_the_lines_bracket_is_the_command_alone() {
    // ftp-srv through winston's printf format: the command's verb closes the bracket of
    // the connection's context.
    let log = concat!(
        "2026-12-05 14:01:41.530 TRACE [6f58875f@127.0.0.1 USER] Handle command command={\"directive\":\"USER\"}\n",
        "2026-12-05 14:01:41.531 TRACE [6f58875f@127.0.0.1] Reply 331 Username okay, awaiting password port=12031\n",
    );
    assert_eq!(
        reply_fields(log, &["line", "code", "command"]),
        rows(&[["2", "331", "USER"]])
    );
}

#[test]
fn a_reply_in_a_reports_gutter_ends_the_multi_line_reply_whose_last_line_went_missing() {
    // nmap's fingerprint of a server whose HELP reply lost its closing line: the next
    // probe's greeting, behind the `|_` that ends the report, is a reply of its own and
    // ends the 214, in both the report's own spacing and a page's narrower one.
    for (open, close) in [("|     ", "|_    "), ("| ", "|_ ")] {
        let log = format!(
            "{open}214-The following commands are implemented\n\
             {open}USER PASS ACCT QUIT PORT RETR\n\
             {open}HELP command successful\n\
             {close}220 Core FTP Server Version 2.0, build 725, 64-bit Unregistered\n\
             25/tcp   open  smtp          hMailServer smtpd\n\
             | smtp-commands: WIN-EASY, SIZE 20480000, AUTH LOGIN PLAIN, HELP\n\
             |_ 211 DATA HELO EHLO MAIL NOOP QUIT RCPT RSET SAML TURN VRFY\n"
        );
        assert_eq!(
            reply_fields(log, &["line", "end_line", "code"]),
            rows(&[["1", "3", "214"], ["4", "4", "220"]]),
            "{open:?}"
        );
    }
}

#[test]
fn a_help_that_lists_mails_commands_is_a_mail_servers() {
    // FTP has no HELO, EHLO or RCPT: hMailServer's help reply, alone and as nmap shows it.
    for log in [
        "211 DATA HELO EHLO MAIL NOOP QUIT RCPT RSET SAML TURN VRFY\n",
        "< 214 DATA HELO EHLO MAIL NOOP QUIT RCPT\n",
        "|_ 211 DATA HELO EHLO MAIL NOOP QUIT RCPT RSET SAML TURN VRFY\n",
    ] {
        assert_eq!(
            reply_fields(log, &["line", "code"]),
            rows::<2>(&[]),
            "{log}"
        );
    }
}

#[test]
fn a_connection_greeted_by_one_process_and_served_by_another_is_one_session() {
    // pyftpdlib's MultiprocessFTPServer through a FileHandler (`pid=%(process)d
    // %(processName)s`): the main process greets every client, then hands the connection
    // to a process of its own. The client's address and port is the session throughout.
    let log = concat!(
        "2026-12-05T15:27:44.008 pid=32219 MainProcess DEBUG 127.0.0.7:45961-[] -> 220 pyftpdlib ready.\n",
        "2026-12-05T15:27:44.011 pid=32219 MainProcess DEBUG 127.0.0.3:38159-[] -> 220 pyftpdlib ready.\n",
        "2026-12-05T15:27:44.011 pid=32363 ('127.0.0.7', 45961) DEBUG 127.0.0.7:45961-[] <- USER frank\n",
        "2026-12-05T15:27:44.011 pid=32363 ('127.0.0.7', 45961) DEBUG 127.0.0.7:45961-[] -> 331 Username ok, send password.\n",
        "2026-12-05T15:27:44.014 pid=32219 MainProcess DEBUG 127.0.0.8:49277-[] -> 220 pyftpdlib ready.\n",
        "2026-12-05T15:27:44.014 pid=32364 ('127.0.0.3', 38159) DEBUG 127.0.0.3:38159-[] <- USER bob\n",
        "2026-12-05T15:27:44.014 pid=32364 ('127.0.0.3', 38159) DEBUG 127.0.0.3:38159-[] -> 331 Username ok, send password.\n",
        "2026-12-05T15:27:44.020 pid=32365 ('127.0.0.8', 49277) DEBUG 127.0.0.8:49277-[] <- USER grace\n",
        "2026-12-05T15:27:44.020 pid=32365 ('127.0.0.8', 49277) DEBUG 127.0.0.8:49277-[] -> 331 Username ok, send password.\n",
    );
    let got = reply_fields(log, &["line", "session", "client"]);
    let session = |line: &str| got.iter().find(|r| r[0] == line).map(|r| r[1].clone());
    // Each greeting and the 331 to its client's USER: one session, one per client.
    for (greeting, user, client) in [
        ("1", "4", "127.0.0.7"),
        ("2", "7", "127.0.0.3"),
        ("5", "9", "127.0.0.8"),
    ] {
        assert_eq!(session(greeting), session(user), "{got:?}");
        assert!(
            got.iter().any(|r| r[0] == user && r[2] == client),
            "{got:?}"
        );
    }
    assert_ne!(session("1"), session("2"), "{got:?}");
    assert_ne!(session("1"), session("5"), "{got:?}");
    assert_ne!(session("2"), session("5"), "{got:?}");
}

#[test]
fn a_line_edited_as_it_was_typed_is_read_as_the_screen_showed_it() {
    // A `script` typescript of raw FTP typed through telnet: a typo mended with
    // backspaces, echoed as `^H ^H`. And nroff's overstrike (bold `2^H2`, underline
    // `_^HC`). The lines still pass through as they came.
    let log = concat!(
        "SYTS\x08 \x08\x08 \x08ST\r\n",
        "215 UNIX Type: L8\r\n",
        "_\x08C_\x08W_\x08D pub\n",
        "2\x0825\x0850\x080 Directory successfully changed.\n",
    );
    assert_eq!(
        reply_fields(log, &["line", "code", "command"]),
        rows(&[["2", "215", "SYST"], ["4", "250", "CWD pub"]])
    );
    let out = ftpcode()
        .args(["scan", "--color", "never"])
        .write_stdin(log)
        .output()
        .unwrap();
    let shown = String::from_utf8(out.stdout).unwrap();
    assert!(
        shown.starts_with("SYTS\x08 \x08\x08 \x08ST\r\n215 UNIX"),
        "{shown:?}"
    );
    assert!(
        shown.contains("\n2\x0825\x0850\x080 Directory"),
        "{shown:?}"
    );
}

#[test]
fn bytes_dumped_as_c_arrays_plain_hex_or_base64_are_read_whole() {
    // The same three replies and a SIZE's, dumped by `xxd -i`, `xxd -p` and `base64`: the
    // rows are joined, and each reply is reported over the rows that hold it.
    let want = rows(&[
        ["220", "pyftpdlib ready."],
        ["331", "Username ok, send password."],
        ["530", "Authentication failed."],
        ["213", "421"],
    ]);
    let c_array = concat!(
        "unsigned char s2c_bin[] = {\n",
        "  0x32, 0x32, 0x30, 0x20, 0x70, 0x79, 0x66, 0x74, 0x70, 0x64, 0x6c, 0x69,\n",
        "  0x62, 0x20, 0x72, 0x65, 0x61, 0x64, 0x79, 0x2e, 0x0d, 0x0a, 0x33, 0x33,\n",
        "  0x31, 0x20, 0x55, 0x73, 0x65, 0x72, 0x6e, 0x61, 0x6d, 0x65, 0x20, 0x6f,\n",
        "  0x6b, 0x2c, 0x20, 0x73, 0x65, 0x6e, 0x64, 0x20, 0x70, 0x61, 0x73, 0x73,\n",
        "  0x77, 0x6f, 0x72, 0x64, 0x2e, 0x0d, 0x0a, 0x35, 0x33, 0x30, 0x20, 0x41,\n",
        "  0x75, 0x74, 0x68, 0x65, 0x6e, 0x74, 0x69, 0x63, 0x61, 0x74, 0x69, 0x6f,\n",
        "  0x6e, 0x20, 0x66, 0x61, 0x69, 0x6c, 0x65, 0x64, 0x2e, 0x0d, 0x0a, 0x32,\n",
        "  0x31, 0x33, 0x20, 0x34, 0x32, 0x31, 0x0d, 0x0a\n",
        "};\n",
        "unsigned int s2c_bin_len = 92;\n",
    );
    let plain = concat!(
        "323230207079667470646c69622072656164792e0d0a3333312055736572\n",
        "6e616d65206f6b2c2073656e642070617373776f72642e0d0a3533302041\n",
        "757468656e7469636174696f6e206661696c65642e0d0a32313320343231\n",
        "0d0a\n",
    );
    let base64 = concat!(
        "MjIwIHB5ZnRwZGxpYiByZWFkeS4NCjMzMSBVc2VybmFtZSBvaywgc2VuZCBwYXNzd29yZC4NCjUz\n",
        "MCBBdXRoZW50aWNhdGlvbiBmYWlsZWQuDQoyMTMgNDIxDQo=\n",
    );
    for log in [c_array, plain, base64] {
        assert_eq!(reply_fields(log, &["code", "text"]), want, "{log}");
    }
    assert_eq!(
        reply_fields(c_array, &["line", "end_line", "code"]),
        rows(&[
            ["2", "3", "220"],
            ["3", "6", "331"],
            ["6", "8", "530"],
            ["8", "9", "213"]
        ])
    );
    // tshark's `follow` in YAML: each packet's bytes in base64 of its own, a short one too.
    let yaml = concat!(
        "  - packet: 70\n",
        "    peer: 1\n",
        "    timestamp: 1796480241.697366953\n",
        "    data: !!binary |\n",
        "      MjEzIDQyMQ0K\n",
    );
    assert_eq!(
        reply_fields(yaml, &["line", "code", "text"]),
        rows(&[["5", "213", "421"]])
    );
}

#[test]
fn words_and_hashes_in_base64_or_hex_letters_are_no_dump() {
    // A word of base64's letters, a hash in hex and one in base64: none spells text.
    let log = concat!(
        "internationalization\n",
        "Authentication\n",
        "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855\n",
        "47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=\n",
        "550 Failed to open file.\n",
    );
    assert_eq!(reply_fields(log, &["line", "code"]), rows(&[["5", "550"]]));
}

#[test]
fn names_in_a_printed_list_and_a_source_location_are_no_replies() {
    // A driver script printing NLST's names as Python's list, GLib's log of a Vala
    // program naming the source line that logged, and a connection tracker's fields.
    let log = concat!(
        "NLST (clear data): ['226 files.txt', '421-notes.txt', '550 report.txt', 'hello.txt']\n",
        "ftpsession-Message: 15:47:54.398: ftpsession.vala:120: session finished\n",
        // And conntrack's event: a timeout of 120 s, the state, then the fields.
        "[1796485618.513421]\t    [NEW] ipv4     2 tcp      6 120 SYN_SENT src=127.0.0.1 dst=127.0.0.1 sport=57856 dport=12360 [UNREPLIED] src=127.0.0.1 dst=127.0.0.1 sport=12360 dport=57856 helper=ftp\n",
    );
    assert_eq!(reply_fields(log, &["line", "code"]), rows::<2>(&[]));
}

#[test]
fn a_reply_whose_line_names_its_command_stays_in_its_own_session() {
    // ProFTPD's ExtendedLog of three clients switching language at once (mod_lang): the
    // first line's reply, in Chinese, reads as its command alone, so carol's LANG waits
    // for an answer when bob's reply comes; bob's line names its own LANG.
    let log = concat!(
        "2026-12-05 15:47:08,307 [16062] 127.0.0.4 - \"LANG zh_CN\" => 200 使用语言zh_CN\n",
        "2026-12-05 15:47:08,311 [16063] 127.0.0.3 - \"LANG ko_KR\" => 200 ko_KR 언어 사용\n",
        "2026-12-05 15:47:08,318 [16064] 127.0.0.2 - \"LANG it_IT\" => 200 In uso la lingua it_IT\n",
        "2026-12-05 15:47:08,362 [16062] 127.0.0.4 - \"USER carol\" => 331 需要为carol提供密码\n",
        "2026-12-05 15:47:08,369 [16064] 127.0.0.2 - \"USER alice\" => 331 Password richiesta per alice\n",
        "2026-12-05 15:47:08,415 [16063] 127.0.0.3 - \"USER bob\" => 331 bob의 암호를 입력 하십시오.\n",
    );
    let got = reply_fields(log, &["line", "session", "command"]);
    let session = |line: &str| got.iter().find(|r| r[0] == line).map(|r| r[1].clone());
    assert_eq!(session("2"), session("6"), "{got:?}");
    assert_eq!(session("3"), session("5"), "{got:?}");
    assert_ne!(session("2"), session("4"), "{got:?}");
    assert_ne!(session("2"), session("3"), "{got:?}");
    assert!(
        got.iter().any(|r| r[0] == "2" && r[2] == "LANG ko_KR"),
        "{got:?}"
    );
}

#[test]
fn a_code_in_a_sentence_that_goes_on_is_no_reply() {
    // A chat's line explaining replies pasted above it.
    let log = concat!(
        "15:56 < carol> missing.txt isn't in pub/, so STOR and MKD get error 550 there as they should\n",
        "15:57 < dave> it gave me 530 when I typed the password wrong\n",
        "421 There are too many connected users, please try later.\n",
    );
    assert_eq!(reply_fields(log, &["line", "code"]), rows(&[["3", "421"]]));
}

#[test]
fn names_a_server_traces_on_the_data_connection_are_no_replies() {
    // ftp-srv at trace level through winston's printf: after the 150, the names of an
    // NLST as it sends them, each behind `Reply` as its replies are; then the 226.
    let p = "2026-12-05 14:01:41.694 TRACE [d28b2ec3@127.0.0.1] Reply";
    let log = format!(
        "{p} 220 Welcome port=12031 encoding=\"utf8\"\n\
         2026-12-05 14:01:41.693 TRACE [d28b2ec3@127.0.0.1]  0=\"NLST\"\n\
         {p} 150 File status okay; about to open data connection port=12031 encoding=\"utf8\"\n\
         {p} 226 files.txt port=12035 encoding=\"utf8\"\n\
         {p} 421-notes.txt port=12035 encoding=\"utf8\"\n\
         {p} 550 report.txt port=12035 encoding=\"utf8\"\n\
         {p} hello.txt port=12035 encoding=\"utf8\"\n\
         {p} 226 Transfer OK port=12031 encoding=\"utf8\"\n\
         2026-12-05 14:01:41.693 TRACE [d28b2ec3@127.0.0.1]  0=\"RETR size-421.bin\"\n\
         {p} 150 File status okay; about to open data connection port=12031 encoding=\"utf8\"\n\
         {p} 226 /pub/size-421.bin port=12031 encoding=\"utf8\"\n"
    );
    assert_eq!(
        reply_fields(log, &["line", "code"]),
        rows(&[
            ["1", "220"],
            ["3", "150"],
            ["8", "226"],
            ["10", "150"],
            ["11", "226"]
        ])
    );
}

#[test]
fn a_go_error_chain_quoting_the_reply_takes_the_command_of_the_reply_it_quotes() {
    // jlaffaye/ftp's debug output, then the program's error wrapped with `%w` at each
    // layer (a quoted user name among the contexts), printed after the client's QUIT.
    let log = "220 pyftpdlib 2.2.0 ready.\n\
               USER ftpuser\n\
               331 Username ok, send password.\n\
               PASS wrong-password\n\
               530 Authentication failed.\n\
               QUIT\n\
               16:43:32.094310 error: job mirror-pub: open session: login as \"ftpuser\": 530 Authentication failed.\n";
    assert_eq!(
        reply_fields(log, &["line", "code", "command"]),
        rows(&[
            ["1", "220", "-"],
            ["3", "331", "USER ftpuser"],
            ["5", "530", "PASS ***"],
            ["7", "530", "PASS ***"],
        ])
    );
}

#[test]
fn pretty_printed_json_records_with_a_body_field_hold_the_dialogue() {
    // OpenTelemetry's console exporter: one record over many lines, the logged message in
    // `"body"`, each field's line ending with a comma (no table of a program's messages).
    let record = |body: &str| {
        format!(
            "{{\n    \"body\": \"{body}\",\n    \"severity_text\": \"DEBUG\",\n    \
             \"attributes\": {{\n        \"code.line.number\": 288\n    }},\n    \
             \"event_name\": \"\"\n}}\n"
        )
    };
    let log: String = [
        "220 pyftpdlib 2.2.0 ready.",
        "USER ftpuser",
        "331 Username ok, send password.",
        "PASS ******",
        "530 Authentication failed.",
    ]
    .iter()
    .map(|b| record(b))
    .collect();
    assert_eq!(
        reply_fields(log, &["line", "code", "command"]),
        rows(&[
            ["2", "220", "-"],
            ["18", "331", "USER ftpuser"],
            ["34", "530", "PASS ***"],
        ])
    );
}

#[test]
fn a_record_that_keeps_its_message_twice_shows_one_reply() {
    // ecs-logging: the message in `"message"` and again in `"log":{"original":...}`, here
    // ftplib's debug level 2 lines of a FEAT reply.
    let line = |m: &str| {
        format!(
            "{{\"log.level\":\"debug\",\"message\":\"{m}\",\"log\":{{\"logger\":\"ftplib\",\
             \"origin\":{{\"file\":{{\"line\":12}}}},\"original\":\"{m}\"}},\
             \"process\":{{\"pid\":6455}}}}\n"
        )
    };
    let log: String = [
        r"*cmd* 'FEAT'",
        r"*get* '211-Features supported:\\n'",
        r"*get* ' MDTM\\n'",
        r"*get* '211 End FEAT.\\n'",
        r"*cmd* 'SYST'",
        r"*get* '215 UNIX Type: L8\\n'",
    ]
    .iter()
    .map(|m| line(m))
    .collect();
    assert_eq!(
        reply_fields(log, &["line", "end_line", "code", "command"]),
        rows(&[["2", "4", "211", "FEAT"], ["6", "6", "215", "SYST"]])
    );
}

#[test]
fn a_listing_s_size_column_before_a_name_is_no_reply() {
    // A Windows program's own listing of what FtpFindFirstFile found: size, then name,
    // after LIST's replies.
    let log = "FtpFindFirstFile(/pub) succeeded, last response: 150 File status okay.\n\
               \x20          6  226\n\
               \x20        421  size-421.bin\n";
    assert_eq!(reply_fields(log, &["line", "code"]), rows(&[["1", "150"]]));
}

#[test]
fn typographic_quotes_read_as_the_quotes_the_program_logged() {
    // ftplib's debug level 2 pasted through an office program or a chat that made its
    // quotes typographic (and, in the OCR of a screenshot, the same).
    let log = "*cmd* \u{2018}USER ftpuser\u{2019}\n\
               *get* \u{2018}331 Username ok, send password.\u{2019}\n\
               *resp* \u{2018}331 Username ok, send password.\u{2019}\n\
               *cmd* \u{201c}PWD\u{201d}\n\
               *resp* \u{201c}257 \"/\" is the current directory.\u{201d}\n";
    assert_eq!(
        reply_fields(log, &["line", "code", "command"]),
        rows(&[
            ["2", "331", "USER ftpuser"],
            ["3", "331", "USER ftpuser"],
            ["5", "257", "PWD"],
        ])
    );
    // Passed through byte for byte all the same.
    let out = ftpcode()
        .args(["scan", "--color", "never"])
        .write_stdin(log)
        .output()
        .unwrap();
    let out = String::from_utf8(out.stdout).unwrap();
    assert!(out.contains("*get* \u{2018}331 Username ok, send password.\u{2019}\n"));
}

#[test]
fn grep_s_context_output_is_read_without_its_line_numbers() {
    // `ag --group -C 1` over a pyftpdlib log: `24-` before context lines, `25:` before
    // matches, `--` between groups. `111-[D ...]` opens no multi-line reply.
    let log = "ftplogs/pyftpd.log\n\
               24-[D 2026-12-05 18:05:33,192] 127.0.0.1:41726-[ftpuser] <- PASS ******\n\
               25:[D 2026-12-05 18:05:36,195] 127.0.0.1:41726-[] -> 530 Authentication failed.\n\
               26-[I 2026-12-05 18:05:36,195] 127.0.0.1:41726-[] USER 'ftpuser' failed login.\n\
               --\n\
               109-[D 2026-12-05 18:05:36,204] 127.0.0.1:41730-[ftpuser] <- SIZE missing-file.txt\n\
               110:[D 2026-12-05 18:05:36,204] 127.0.0.1:41730-[ftpuser] -> 550 /pub/missing-file.txt is not retrievable.\n\
               111-[D 2026-12-05 18:05:36,204] 127.0.0.1:41730-[ftpuser] <- MDTM missing-file.txt\n\
               112:[D 2026-12-05 18:05:36,204] 127.0.0.1:41730-[ftpuser] -> 550 /pub/missing-file.txt is not retrievable\n\
               113-[D 2026-12-05 18:05:36,204] 127.0.0.1:41730-[ftpuser] <- PASV\n";
    assert_eq!(
        reply_fields(log, &["line", "end_line", "code", "command"]),
        rows(&[
            ["3", "3", "530", "PASS ***"],
            ["7", "7", "550", "SIZE missing-file.txt"],
            ["9", "9", "550", "MDTM missing-file.txt"],
        ])
    );
}

#[test]
fn grep_s_group_separator_ends_a_multi_line_reply_it_cut() {
    // `rg -n -C 1` over curl's `-v` output: the greeting's first line is shown, its
    // further lines are not; after `--`, the lines are of later replies.
    let log = "11-* Connected to 127.0.0.1 (127.0.0.1) port 2304 (#0)\n\
               12:< 220---------- Welcome to Pure-FTPd [privsep] [TLS] ----------\n\
               13-< 220-You are user number 1 of 50 allowed.\n\
               --\n\
               40-> USER ftpuser\n\
               41:< 530 Login authentication failed\n\
               42-* Closing connection 0\n";
    assert_eq!(
        reply_fields(log, &["line", "end_line", "code"]),
        rows(&[["2", "3", "220"], ["6", "6", "530"]])
    );
}

#[test]
fn a_number_alone_after_a_name_no_list_knows_is_that_names_value() {
    // `protoc --decode` (3.21.12) of a record of a transfer: the command in one field, the
    // numbers in the next. The RETR before it draws 550, but `flags` names no reply.
    let log = concat!(
        "  verb: \"RETR\"\n",
        "  code: 226\n",
        "  bytes: 421\n",
        "  ms: 12.5\n",
        "  flags: 550\n",
        "}\n",
    );
    assert!(!reply_fields(log, &["line"]).contains(&vec!["5".to_string()]));
    // A label's reply with its words stays one.
    let log = "  verb: \"RETR\"\n  flags: 550 No such file.\n";
    assert_eq!(reply_fields(log, &["line", "code"]), rows(&[["2", "550"]]));
}

#[test]
fn a_dictionary_servers_dialogue_is_no_ftp_one() {
    // `curl -v dict://...` (curl 7.88.1 against dictd 1.13.0, round 472's capture): the
    // DICT dialogue goes to stdout, its greeting with DICT's capabilities and message id
    // in angle brackets (RFC 2229 §3.1). Its replies look like FTP's and are none; the FTP
    // session after it is read as before.
    let log = concat!(
        "+ curl -v 'dict://127.0.0.1:12670/d:passive:ftpterms'\n",
        "* Connected to 127.0.0.1 (127.0.0.1) port 12670 (#0)\n",
        "220 vm dictd 1.13.0/rf on Linux 6.18.44-fc-v1252 <auth.mime> <43.923.1796499978@vm>\n",
        "250 ok\n",
        "150 1 definitions retrieved\n",
        "151 \"passive\" ftpterms \"ftpterms glossary (round 472)\"\n",
        "passive\n",
        " Passive mode: the server opens a data port and the client connects to\n",
        ".\n",
        "250 ok [d/m/c = 1/0/4; 0.000r 0.000u 0.000s]\n",
        "221 bye [d/m/c = 0/0/0; 0.000r 0.000u 0.000s]\n",
        "+ curl -v -u ftpuser:wrong-pw ftp://127.0.0.1:12671/pub/\n",
        "* Connected to 127.0.0.1 (127.0.0.1) port 12671 (#0)\n",
        "< 220 pyftpdlib 2.2.0 ready.\n",
        "> USER ftpuser\n",
        "< 331 Username ok, send password.\n",
    );
    assert_eq!(
        reply_fields(log, &["line", "code"]),
        rows(&[["14", "220"], ["16", "331"]])
    );
    // A DICT client's commands start its dialogue too, whatever the greeting said (a
    // Python client printing `C:` and `S:` lines); FTP's USER ends it.
    let log = concat!(
        "S: 220 dict.example ready\n",
        "C: SHOW DB\n",
        "S: 110 2 databases present\n",
        "S: .\n",
        "S: 250 ok\n",
        "C: DEFINE * greeting\n",
        "S: 552 no match\n",
        "C: USER ftpuser\n",
        "S: 331 Username ok, send password.\n",
    );
    assert_eq!(
        reply_fields(log, &["line", "code"]),
        rows(&[["1", "220"], ["9", "331"]])
    );
}

#[test]
fn tors_control_dialogue_is_no_ftp_one() {
    // `socat -v` to Tor 0.4.9.11's control port after an FTP session whose end the log
    // does not show (round 479's capture, trimmed): `AUTHENTICATE`, a command no FTP
    // session sends, starts Tor's dialogue even after an FTP greeting; its replies look
    // like FTP's and are none. The next FTP greeting ends it.
    let log = concat!(
        "< 220 pyftpdlib 2.2.0 ready.\r\n",
        "> XYZZY\r\n",
        "< 500 Command \"XYZZY\" not understood.\r\n",
        "curl: (21) QUOT command failed with 500\n",
        "> 2026/12/05 20:51:35.000202038  length=26 from=0 to=25\n",
        "AUTHENTICATE \"torctl-pw\"\\r\n",
        "< 2026/12/05 20:51:35.000202434  length=8 from=0 to=7\n",
        "250 OK\\r\n",
        "> 2026/12/05 20:51:36.000002440  length=18 from=66 to=83\n",
        "GETCONF FTPProxy\\r\n",
        "< 2026/12/05 20:51:36.000002683  length=47 from=126 to=172\n",
        "552 Unrecognized configuration key \"FTPProxy\"\\r\n",
        "< 220 pyftpdlib 2.2.0 ready.\r\n",
        "> USER ftpuser\r\n",
        "< 331 Username ok, send password.\r\n",
    );
    assert_eq!(
        reply_fields(log, &["line", "code"]),
        rows(&[["1", "220"], ["3", "500"], ["13", "220"], ["15", "331"]])
    );
    // Tor's answer to PROTOCOLINFO where the log shows no command (`nc -C`): the
    // dialogue is Tor's from there.
    let log = concat!(
        "Connection to 127.0.0.1 12740 port [tcp/*] succeeded!\r\n",
        "250-PROTOCOLINFO 1\r\n",
        "250-AUTH METHODS=COOKIE,SAFECOOKIE,HASHEDPASSWORD COOKIEFILE=\"/tmp/r479/tor/control_auth_cookie\"\r\n",
        "250-VERSION Tor=\"0.4.9.11\"\r\n",
        "250 OK\r\n",
        "250 OK\r\n",
        "552 Unrecognized key \"ftp/replies\"\r\n",
    );
    assert_eq!(reply_fields(log, &["line", "code"]), rows::<2>(&[]));
}

#[test]
fn vdrs_svdrp_dialogue_is_no_ftp_one() {
    // `nc -C` to VDR 2.6.0's SVDRP port (round 484's capture, trimmed): VDR's greeting
    // starts its dialogue, whose replies look like FTP's and are none, and its HELP lists
    // commands FTP has too (`STAT`, `QUIT`) inside its reply, where nothing is sent. Its
    // 221 ends it, and the FTP session after it is read as FTP's.
    let log = concat!(
        "220 vdrbox SVDRP VideoDiskRecorder 2.6.0; Sat Dec  5 21:49:44 2026; UTF-8\r\r\n",
        "HELP\r\n",
        "214-This is VDR version 2.6.0\r\r\n",
        "214-Topics:\r\r\n",
        "214-    SCAN      STAT      UPDT      UPDR      VOLU      \r\r\n",
        "214-    QUIT      \r\r\n",
        "214 End of HELP info\r\r\n",
        "LSTC 226\r\n",
        "501 Channel \"226\" not defined\r\r\n",
        "LSTR\r\n",
        "550 No recordings available\r\r\n",
        "QUIT\r\n",
        "221 vdrbox closing connection\r\r\n",
        "220 pyftpdlib 2.2.0 ready.\r\n",
        "USER ftpuser\r\n",
        "331 Username ok, send password.\r\n",
    );
    assert_eq!(
        reply_fields(log, &["line", "code", "command"]),
        rows(&[["14", "220", "-"], ["16", "331", "USER ftpuser"]])
    );
    // `svdrpsend` under `bash -x`: a code after an SVDRP command is its argument (the
    // text VDR is to show), and the FTP server the last call reached answers as FTP.
    let log = concat!(
        "+ svdrpsend -p 12770 MESG 550 No such file\n",
        "220 vdrbox SVDRP VideoDiskRecorder 2.6.0; Sat Dec  5 21:49:35 2026; UTF-8\n",
        "250 Message queued\n",
        "221 vdrbox closing connection\n",
        "+ svdrpsend -d 127.0.0.1 -p 12771 PING\n",
        "220 pyftpdlib 1.5.7 ready.\n",
        "500 Command \"PING\" not understood.\n",
    );
    assert_eq!(
        reply_fields(log, &["line", "code"]),
        rows(&[["6", "220"], ["7", "500"]])
    );
    // VDR's own log names SVDRP in each line of its dialogue: the message it was sent
    // to show is no reply.
    let log = "Dec  5 21:49:35 vm vdr: [5396] SVDRP vdrbox < 127.0.0.1:51402 message '550 No such file'\n";
    assert_eq!(reply_fields(log, &["line", "code"]), rows::<2>(&[]));
}

#[test]
fn a_table_row_names_its_command_in_the_column_before_the_code() {
    // An HTML ticket mail through `lynx -dump` (round 487): a table of the time, the
    // command and the server's reply, columns set apart by runs of blanks. Where a long
    // argument leaves one blank only, the columns cannot be told apart.
    let log = concat!(
        "            Time               Command                    Server reply\n",
        "   2026-12-05 22:06:02,517 AUTH TLS         500 Command \"AUTH\" not understood.\n",
        "   2026-12-05 22:06:02,517 OPTS UTF8 ON     530 Log in with USER and PASS first.\n",
        "   2026-12-05 22:06:05,521 PASS ******      530 Authentication failed.\n",
        "   2026-12-05 22:06:05,538 STOR upload.txt  550 Not enough privileges.\n",
    );
    assert_eq!(
        reply_fields(log, &["line", "code", "command"]),
        rows(&[
            ["2", "500", "AUTH TLS"],
            ["3", "530", "OPTS UTF8 ON"],
            ["4", "530", "PASS ***"],
            ["5", "550", "STOR upload.txt"],
        ])
    );
}

#[test]
fn a_trace_that_marks_commands_with_a_left_angle() {
    // HCL Link's FTP adapter trace (its manual's example, round 480): `<` before what the
    // client sent, `>` before what it got, each command followed by a blank line.
    let log = concat!(
        ">220   (S)\n",
        "<USER sls\n",
        "\n",
        ">331 Password required for sls. (S)\n",
        "<SYST\n",
        "\n",
        ">215 UNIX Type: L8 (S)\n",
        "<CWD /d: \n",
        "\n",
        ">250 CWD command successful. (S)\n",
    );
    assert_eq!(
        reply_fields(log, &["line", "code", "command"]),
        rows(&[
            ["1", "220", "-"],
            ["4", "331", "USER sls"],
            ["7", "215", "SYST"],
            ["10", "250", "CWD /d:"]
        ])
    );
    // An element's tag stays none: `<LIST>` closes.
    let log = "<LIST>\n>226 Transfer complete.\n";
    assert_eq!(
        reply_fields(log, &["code", "command"]),
        rows(&[["226", "-"]])
    );
}

#[test]
fn a_packet_summarys_frame_length_is_no_code() {
    // tshark -PQ's rows of a telnet session beside an FTP one (round 474, a published
    // capture of an OS/400 host): after the addresses and the protocol's name comes the
    // frame's length, here 450, followed by words.
    let log = concat!(
        "   94  47.763420 10.20.144.151 → 10.20.144.150 TCP 1426 Telnet Data ... [TCP segment of a reassembled PDU] 23 35977 \n",
        "   95  47.763550 10.20.144.151 → 10.20.144.150 TN5250 450 TN5250 Data from Mainframe 23 35977 \n",
        "   96  47.801230 10.20.144.151 → 10.20.144.150 FTP 87 Response: 220 QTCP at AS400.\n",
    );
    assert_eq!(reply_fields(log, &["line", "code"]), rows(&[["3", "220"]]));
}

#[test]
fn a_search_tools_match_of_a_number_is_no_reply() {
    // `rg --json` (ripgrep 13.0.0) over a pyftpdlib log (round 462): each match record
    // holds the line, then the matched number alone in a string. The reply's line is one
    // reply; a command's argument is none, and neither is its match.
    let log = concat!(
        r#"{"type":"match","data":{"path":{"text":"pyftpd.log"},"lines":{"text":"[D 2026-12-05 18:05:36,196] 127.0.0.1:41730-[] -> 530 Log in with USER and PASS first.\n"},"line_number":36,"absolute_offset":2382,"submatches":[{"match":{"text":"530"},"start":50,"end":53}]}}"#,
        "\n",
        r#"{"type":"match","data":{"path":{"text":"pyftpd.log"},"lines":{"text":"[D 2026-12-05 18:05:36,203] 127.0.0.1:41730-[ftpuser] <- SIZE 550 report.txt\n"},"line_number":96,"absolute_offset":7826,"submatches":[{"match":{"text":"550"},"start":62,"end":65}]}}"#,
        "\n",
        r#"{"type":"match","data":{"path":{"text":"pyftpd.log"},"lines":{"text":"[D 2026-12-05 18:05:36,203] 127.0.0.1:41730-[ftpuser] <- MDTM 550 report.txt\n"},"line_number":98,"absolute_offset":7967,"submatches":[{"match":{"text":"550"},"start":62,"end":65}]}}"#,
        "\n",
    );
    assert_eq!(reply_fields(log, &["line", "code"]), rows(&[["1", "530"]]));
}

#[test]
fn a_search_tools_location_before_a_line_is_no_part_of_it() {
    // `rg --vimgrep` (ripgrep 13.0.0, round 462): the file, the line's number and its
    // column glued before each line; where the line starts with its code, the code is
    // where the line starts.
    let log = concat!(
        "ftplogs/lftp-run1.log:160:6:<--- 550 Not enough privileges.\n",
        "ftplogs/lftp-run1.log:161:23:mkdir: Access failed: 550 Not enough privileges. (newdir)\n",
        "ftplogs/lftp-run1.log:163:1:500 Command \"XYZZY\" not understood.\n",
        "ftplogs/lftp-run2.log:18:6:<--- 500 Command \"AUTH\" not understood.\n",
    );
    assert_eq!(
        reply_fields(log, &["line", "code"]),
        rows(&[["1", "550"], ["2", "550"], ["3", "500"], ["4", "500"]])
    );
    // ugrep's colours around the same (ugrep 3.11.2): the SIZE reply `213 421`.
    let log = concat!(
        "\x1b[1;35mftplogs/lftp-run1.log\x1b[m\x1b[36m:\x1b[m\x1b[1;32m106\x1b[m\x1b[36m:\x1b[m---> SIZE size-\x1b[m\x1b[1;31m421\x1b[m.bin\x1b[m\n",
        "\x1b[1;35mftplogs/lftp-run1.log\x1b[m\x1b[36m:\x1b[m\x1b[1;32m107\x1b[m\x1b[36m:\x1b[m213 \x1b[m\x1b[1;31m421\x1b[m\n",
    );
    assert_eq!(reply_fields(log, &["line", "code"]), rows(&[["2", "213"]]));
}

#[test]
fn relayed_bytes_and_a_clients_file_argument_are_no_replies() {
    // dante 1.4.2's log of a relayed session: the bytes each way, an arrow from an
    // address written with its port after a dot (round 476). lftp 4.9.2's error about a
    // file it was given (`get: NAME: ...`) names the file, here one whose name starts
    // with a code.
    let log = concat!(
        "Dec  5 20:15:34 (1796501734.063823) danted[24896]: info: pass(1): tcp/connect ]: 346 -> 127.0.0.1.40130 127.0.0.1.12712 -> 0, 0 -> 127.0.0.1.59085 127.0.0.1.12716 -> 346: remote peer closed.  Session duration: 0s\n",
        "get: 550 report.txt: Fatal error: max-retries exceeded (Connection refused)\n",
        "<--- 550 No such file or directory.\n",
    );
    assert_eq!(reply_fields(log, &["line", "code"]), rows(&[["3", "550"]]));
}

#[test]
fn a_log_in_a_pages_block_with_its_quotes_as_references_is_read() {
    // pytest-html 3.2.0's self-contained report (round 502): ftplib's debug output inside
    // a `<div class="log">`, each quote written `&#x27;`, no tag on most lines.
    let log = "*cmd* &#x27;SIZE size-421.bin&#x27;\n\
               *put* &#x27;SIZE size-421.bin\\r\\n&#x27;\n\
               *get* &#x27;213 421\\n&#x27;\n\
               *resp* &#x27;213 421&#x27;\n\
               names: [&#x27;226 files.txt&#x27;, &#x27;421-notes.txt&#x27;, &#x27;550 report.txt&#x27;]\n";
    assert_eq!(
        reply_fields(log, &["line", "code", "command"]),
        rows(&[
            ["3", "213", "SIZE size-421.bin"],
            ["4", "213", "SIZE size-421.bin"]
        ])
    );
}

#[test]
fn a_packet_dump_wrapped_at_an_odd_width_keeps_its_replies() {
    // tcpdump -X folded at 78 columns: a packet's header is cut into a full row, and the
    // dump's rows under it are still read as rows (found reviewing 76df17a, where a held
    // row kept them from the dump reading: 35 replies became 32).
    let log = fixtures().join("tcpdump-X.log");
    let (input, want) = folded(&log, 78);
    let got = found(&scan_json_stdin(input));
    assert_eq!(matched(&want, &got).len(), want.len(), "{got:?}");
}

#[test]
fn a_latin1_reply_before_a_control_byte_keeps_its_words() {
    // The text ends at a control byte after it (a ttyrec's next header), and only high
    // bytes right before that byte go with it: a latin-1 reply stays a reply.
    let got = reply_fields(
        &b"550 R\xe9pertoire introuvable\x01x\n"[..],
        &["line", "code"],
    );
    assert_eq!(got, rows(&[["1", "550"]]));
}

#[test]
fn each_line_of_an_escaped_string_is_a_line_of_its_own() {
    // ftplib's debug output (level 2) kept as one JSON string: each reply is read from the
    // socket (`*get*`) and then returned (`*resp*`), two lines of the output, two entries,
    // as they are when the output is a log of its own.
    let log = concat!(
        r#""*get* '220 (vsFTPd 3.0.3)\\n'\n*resp* '220 (vsFTPd 3.0.3)'\n"#,
        r#"*cmd* 'USER ftpuser'\n*put* 'USER ftpuser\\r\\n'\n"#,
        r#"*get* '331 Please specify the password.\\n'\n"#,
        r#"*resp* '331 Please specify the password.'\n""#,
        "\n"
    );
    assert_eq!(
        reply_fields(log, &["line", "code", "command"]),
        rows(&[
            ["1", "220", "-"],
            ["1", "220", "-"],
            ["1", "331", "USER ftpuser"],
            ["1", "331", "USER ftpuser"],
        ])
    );
}

#[test]
fn a_code_alone_as_a_lists_one_item_is_no_reply() {
    // nats-server's trace (`-DV`) of a message whose body is `220`, in no FTP dialogue.
    let log = concat!(
        "[28443] 2026/12/06 01:09:44.606871 [TRC] 127.0.0.1:50422 - cid:4 - ",
        "\"v421.0.0:python:client-550\" - <<- [PUB 226.done 3]\n",
        "[28443] 2026/12/06 01:09:44.606909 [TRC] 127.0.0.1:50422 - cid:4 - ",
        "\"v421.0.0:python:client-550\" - <<- MSG_PAYLOAD: [\"220\"]\n",
    );
    assert_eq!(reply_fields(log, &["line", "code"]), rows::<2>(&[]));
    // (A reply's lines as a list of strings have their text: aioftp's error.)
    assert_eq!(
        reply_fields(
            "got 550 ['550 No such file or directory.']\n",
            &["line", "code"]
        ),
        rows(&[["1", "550"]])
    );
}

#[test]
fn a_dump_of_a_whole_dialogue_on_one_line_is_read() {
    let hex = |bytes: &[u8]| -> String {
        let pairs: Vec<String> = bytes.iter().map(|b| format!("{b:02x}")).collect();
        pairs.join(" ")
    };
    // Python's `bytes.hex(' ')` of a client's exchange: more bytes than a dump's row holds.
    let exchange =
        b"USER ftpuser\r\n331 Please specify the password.\r\nPASS x\r\n530 Login incorrect.\r\n";
    // netsniff-ng's `-X` block of a frame, its rows joined: Ethernet, IPv4 and TCP (with
    // timestamps) from port 21, then the reply.
    let reply = b"226 Transfer complete.\r\n";
    let mut frame = vec![0u8; 12];
    frame.extend([
        0x08,
        0x00,
        0x45,
        0x00,
        0x00,
        52 + reply.len() as u8,
        0,
        0,
        0x40,
        0,
        0x40,
        6,
        0,
        0,
    ]);
    frame.extend([
        127, 0, 0, 1, 127, 0, 0, 1, 0, 21, 0xd4, 0x31, 0, 0, 0, 1, 0, 0, 0, 1,
    ]);
    frame.extend([
        0x80, 0x18, 2, 0, 0, 0, 0, 0, 1, 1, 8, 10, 0, 0, 0, 1, 0, 0, 0, 1,
    ]);
    frame.extend_from_slice(reply);
    let log = format!(
        "{}\n\n< lo 90 #7\n [ Hex  {} ]\n",
        hex(exchange),
        hex(&frame)
    );
    assert_eq!(
        reply_fields(log, &["line", "code"]),
        rows(&[["1", "331"], ["1", "530"], ["4", "226"]])
    );
}

#[test]
fn a_note_gives_the_fix_for_the_data_mode_the_session_used() {
    // vsftpd's 425 in a passive session: its note gives the passive-mode fix too (it told
    // the client to switch to passive mode, the active-mode fix, alone).
    let log = "---> PASV\n<--- 227 Entering Passive Mode (10,0,0,5,195,80).\n---> LIST\n\
               <--- 425 Failed to establish connection.\n";
    let out = ftpcode()
        .args(["scan", "-"])
        .write_stdin(log)
        .output()
        .expect("run");
    let text = String::from_utf8_lossy(&out.stdout);
    let note = text
        .lines()
        .find(|l| l.contains("[ftpcode] 425"))
        .expect("a note on the 425");
    assert!(note.contains("pasv_min_port"), "{note}");
}

#[test]
fn json_escapes_c1_controls() {
    // U+009B is a control sequence's introducer (CSI) to many terminals, which show
    // `scan --json` as often as a pipeline reads it.
    let out = scan_json_stdin("220 ready\nUSER a\n550 no\u{9b}2J such file\n");
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(!text.contains('\u{9b}'), "{text}");
    assert!(text.contains(r#""text":"no\u009b2J such file""#), "{text}");
}

#[test]
fn a_short_dialogue_with_single_crs_for_line_ends_is_read_a_line_each() {
    assert_eq!(
        reply_fields(
            "USER bob\r331 Password required\rPASS x\r530 Login incorrect.\r\n",
            &["line", "code", "command"]
        ),
        rows(&[["1", "331", "USER bob"], ["1", "530", "PASS ***"]])
    );
}

#[test]
fn the_size_wget_prints_after_a_213_is_no_reply() {
    // wget's `-d` prints the SIZE reply, then the number it read from it on a line of its
    // own: with a file of 421 bytes, that line is `421`, a code's shape.
    let log = std::fs::read_to_string(fixtures().join("wget-d.log")).expect("read");
    assert!(log.contains("\n213 27\n27\n"));
    let log = log.replace("\n213 27\n27\n", "\n213 421\n421\n");
    let codes: Vec<Vec<String>> = reply_fields(&log, &["line", "code"]);
    assert!(codes.iter().any(|r| r == &["54", "213"]), "{codes:?}");
    assert!(!codes.iter().any(|r| r[0] == "55"), "{codes:?}");
}

#[test]
fn a_name_after_a_services_prefix_tells_its_connections_apart() {
    // docker compose's `app-1  | ` before each line: the service's name covers both
    // connections, the worker's name after it tells them apart.
    let log = "app-1  | conn1 <--- 220 FTP ready\n\
               app-1  | conn2 <--- 220 FTP ready\n\
               app-1  | conn1 ---> USER bob\n\
               app-1  | conn2 ---> USER alice\n\
               app-1  | conn1 <--- 331 Password required for bob\n\
               app-1  | conn2 <--- 331 Password required for alice\n\
               app-1  | conn1 ---> PASS x\n\
               app-1  | conn2 ---> PASS y\n\
               app-1  | conn1 <--- 530 Login incorrect.\n\
               app-1  | conn2 <--- 230 Logged in.\n";
    assert_eq!(
        reply_fields(log, &["line", "command"]),
        rows(&[
            ["1", "-"],
            ["2", "-"],
            ["5", "USER bob"],
            ["6", "USER alice"],
            ["9", "PASS ***"],
            ["10", "PASS ***"],
        ])
    );
}

#[test]
fn commands_typed_in_lower_case_after_an_arrow_are_commands() {
    // A dialogue typed by hand (nc, telnet) and logged with arrows: the server reads its
    // commands in any case (RFC 959 §5.3), and so does scan.
    let mut log = String::new();
    for pw in ["a", "b", "c"] {
        log.push_str(&format!(
            "---> user bob\n<--- 331 Password required\n---> pass {pw}\n<--- 530 Login incorrect.\n"
        ));
    }
    let fields = reply_fields(&log, &["line", "command"]);
    assert_eq!(fields[0], ["2", "user bob"]);
    assert_eq!(fields[1], ["4", "pass ***"]);
    let out = ftpcode()
        .args(["scan", "-"])
        .write_stdin(log)
        .output()
        .expect("run");
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("Repeated failed logins"), "{text}");
}

#[test]
fn a_column_of_numbers_that_no_reply_has_is_no_reply_where_one_reads_as_a_code() {
    // `stat -c '%a %n'` of directories named like replies: modes, then names.
    let log = "755 pub\n644 notes.txt\n600 key.pem\n550 Requested file action not taken\n\
               555 Service ready\n";
    assert_eq!(reply_fields(log, &["line", "code"]), rows::<2>(&[]));
    // (A dialogue's replies at a line's start, among numbered lines, stay replies.)
    let log = "USER bob\n467 | let n = 1;\n468 | let m = 2;\n331 Password required\n";
    assert_eq!(reply_fields(log, &["line", "code"]), rows(&[["4", "331"]]));
}

#[test]
fn a_426_to_a_transfer_the_client_aborted_is_no_failure() {
    // RFC 959 §4.1.3: ABOR during a transfer gets 426, then 226.
    let log = "---> PASV\n<--- 227 Entering Passive Mode (127,0,0,1,195,80).\n\
               ---> RETR big.bin\n<--- 150 Opening BINARY mode data connection\n---> ABOR\n\
               <--- 426 Transfer aborted. Data connection closed.\n<--- 226 Abort successful\n";
    let out = ftpcode()
        .args(["scan", "-"])
        .write_stdin(log)
        .output()
        .expect("run");
    let text = String::from_utf8_lossy(&out.stdout);
    let note = text
        .lines()
        .find(|l| l.contains("[ftpcode] 426"))
        .expect("a note on the 426");
    assert!(note.contains("ABOR stopped the transfer"), "{note}");
    assert!(!text.contains("finding"), "{text}");
    assert_eq!(
        reply_fields(log, &["line", "command"])[2..],
        rows(&[["6", "RETR big.bin"], ["7", "ABOR"]])
    );
}

#[test]
fn an_explicit_width_wraps_notes_into_a_pipe_too() {
    let log = fixtures().join("filezilla-server-0.9.log");
    let out = ftpcode()
        .args(["scan", "--width", "60"])
        .arg(&log)
        .output()
        .expect("run");
    let text = String::from_utf8_lossy(&out.stdout);
    let notes: Vec<&str> = text
        .lines()
        .filter(|l| l.starts_with("  [ftpcode]"))
        .collect();
    assert!(notes.iter().all(|l| l.chars().count() <= 60), "{notes:?}");
    assert!(
        notes.iter().any(|l| l.starts_with("  [ftpcode]     ")),
        "{notes:?}"
    );
    // (Without it, a note is one line, however long.)
    let out = ftpcode().arg("scan").arg(&log).output().expect("run");
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.lines()
            .any(|l| l.starts_with("  [ftpcode]") && l.chars().count() > 60)
    );
}

#[test]
fn rfc_959s_multi_line_example_with_a_code_no_document_defines_is_one_reply() {
    // RFC 959 §4.2's own example: the lines between `123-` and `123 ` are the reply's,
    // one starting with digits among them; the next command's reply is its own.
    let log = "HELP\n123-First line\nSecond line\n  234 A line beginning with numbers\n\
               123 The last line\nNOOP\n200 ok\n";
    assert_eq!(
        reply_fields(log, &["line", "end_line", "code", "command"]),
        rows(&[["2", "5", "123", "HELP"], ["7", "7", "200", "NOOP"]])
    );
}

/// Over several files, `--summary` says which file each client error and each session
/// was in: session keys start again in every file (new-user QA, D8).
#[test]
fn a_summary_of_several_files_names_the_file_of_client_errors_and_sessions() {
    let dir = "tests/fixtures/scan";
    let out = ftpcode()
        .current_dir(dir)
        .args([
            "scan",
            "--summary",
            "--width",
            "200",
            "curl-v.log",
            "lftp-debug.log",
        ])
        .output()
        .expect("run");
    assert_eq!(out.status.code(), Some(0));
    let text = stdout(&out);
    assert!(
        text.contains("curl: Upload refused (curl-v.log:111)"),
        "{text}"
    );
    assert!(text.contains(" 2 user ftpuser in lftp-debug.log"), "{text}");
    assert!(text.contains(" 2 user ftpuser in curl-v.log"), "{text}");
    // One file: line numbers alone, as before.
    let out = ftpcode()
        .current_dir(dir)
        .args(["scan", "--summary", "curl-v.log"])
        .output()
        .expect("run");
    let text = stdout(&out);
    assert!(text.contains("curl: Upload refused (line 111)"), "{text}");
    assert!(!text.contains(" in curl-v.log"), "{text}");
    // And the JSON report names both ends' files.
    let out = ftpcode()
        .current_dir(dir)
        .args([
            "scan",
            "--summary",
            "--json",
            "lftp-debug.log",
            "curl-v.log",
        ])
        .output()
        .expect("run");
    let v: Value = serde_json::from_str(stdout(&out).trim()).expect("JSON");
    let e = v["client_errors"]
        .as_array()
        .expect("client_errors")
        .iter()
        .find(|c| c["id"] == "curl-25")
        .expect("curl-25");
    assert_eq!(
        (&e["first_file"], &e["first"], &e["last_file"]),
        (
            &Value::from("curl-v.log"),
            &Value::from(111),
            &Value::from("curl-v.log")
        )
    );
}

/// Squid's FTP gateway logs the web page it makes of a listing, a row at a time, in a
/// string whose newline ends its line: the file names in the row's links are no replies
/// (held-out round 519, Squid 5.7 with `debug_options ALL,1 9,9`).
#[test]
fn a_listing_made_a_web_page_holds_no_replies() {
    let log = concat!(
        "2026/12/06 03:57:17.385| 9,7| FtpGateway.cc(948) parseListing: listing append: ",
        "t = {442, '<tr class=\"entry\"><td class=\"icon\"><a href=\"421-notes.txt\">",
        "<img border=\"0\" src=\"/icons/silk/page_white_text.png\" alt=\"[FILE]\"></a></td>",
        "<td class=\"filename\"><a href=\"421-notes.txt\">421-notes.txt</a></td>",
        "<td class=\"date\">Dec 06 03:55</td><td class=\"size\">      1k</td>",
        "<td class=\"actions\"><a href=\"421-notes.txt;type=i\"><img border=\"0\" ",
        "src=\"/icons/silk/package_go.png\" alt=\"[DOWNLOAD]\"></a></td></tr>\n",
        "'}\n",
    );
    assert_eq!(reply_records(log), Vec::<Value>::new());
}

/// ProFTPD's ExtendedLog in a JSON `LogFormat` of one's own (`"request":"%r"`,
/// `"status":"%s"`), as held-out round 518 wrote it: each record's command is its
/// `request`, and a status equal to the milliseconds of the record's time (`,227`) is
/// still the reply's code.
#[test]
fn a_json_access_records_request_and_status_are_its_command_and_reply() {
    let log = concat!(
        r#"{"when":"2026-12-06 03:58:49,227","pid":32578,"client":"127.0.0.4","user":"carol","request":"TYPE A","status":"200","reply":"Type set to A","bytes":"-"}"#,
        "\n",
        r#"{"when":"2026-12-06 03:58:49,227","pid":32578,"client":"127.0.0.4","user":"carol","request":"PASV","status":"227","reply":"Entering Passive Mode (127,0,0,1,51,169).","bytes":"-"}"#,
        "\n",
        r#"{"when":"2026-12-06 03:58:49,228","pid":32577,"client":"127.0.0.2","user":"alice","request":"LIST","status":"226","reply":"Transfer complete","bytes":"550"}"#,
        "\n",
    );
    assert_eq!(
        reply_fields(log, &["line", "code", "command", "session"]),
        rows(&[
            ["1", "200", "TYPE A", "32578"],
            ["2", "227", "PASV", "32578"],
            ["3", "226", "LIST", "32577"],
        ])
    );
}

/// A service check's output (held-out round 520): Python ftplib's session ends, then curl
/// lists an IMAP server's mailboxes, one of them named `550 bounces`: IMAP's `LIST` is no
/// FTP command, and its untagged data no reply.
#[test]
fn an_imap_listing_after_an_ftp_session_holds_no_replies() {
    let log = concat!(
        "*cmd* 'QUIT'\n",
        "*resp* '221 Goodbye.'\n",
        "ftp check: QUIT ok\n",
        "--- exit status 0\n",
        "=== imap 127.0.0.1:13243 curl (04:31:59) ===\n",
        "*   Trying 127.0.0.1:13243...\n",
        "* Connected to 127.0.0.1 (127.0.0.1) port 13243 (#0)\n",
        "< * OK [CAPABILITY IMAP4rev1] tiny IMAP ready\n",
        "> A001 CAPABILITY\n",
        "< * CAPABILITY IMAP4rev1\n",
        "< A001 OK done\n",
        "> A002 LOGIN checker checkpw\n",
        "< A002 OK LOGIN completed\n",
        "> A003 LIST \"\" *\n",
        "< * LIST (\\HasNoChildren) \"/\" INBOX\n",
        "< * LIST (\\HasNoChildren) \"/\" \"550 bounces\"\n",
        "< A003 OK LIST completed\n",
        "* Connection #0 to host 127.0.0.1 left intact\n",
        "* LIST (\\HasNoChildren) \"/\" INBOX\n",
        "* LIST (\\HasNoChildren) \"/\" \"550 bounces\"\n",
        "--- exit status 0\n",
    );
    assert_eq!(reply_fields(log, &["code"]), rows(&[["221"]]));
}

/// expect's `exp_internal` log of a tnftp session (held-out round 521): each buffer it
/// matches is an escaped string of what the terminal showed, the user's typing first. A
/// path in it (`/tmp/521-e1.bin`) opens no multi-line reply whose marks the string's
/// further lines would stand behind: the 229 in the buffer is found.
#[test]
fn a_path_in_an_escaped_buffers_first_line_opens_no_reply() {
    let log = concat!(
        "expect: does \"get size-421.bin /tmp/521-e1.bin\\r\\nlocal: /tmp/521-e1.bin remote: size-421.bin\\r\\n\" (spawn_id exp4) match glob pattern \"ftp> \"? no\n",
        "229 Entering extended passive mode (|||13256|).\n",
        "\n",
        "expect: does \"get size-421.bin /tmp/521-e1.bin\\r\\nlocal: /tmp/521-e1.bin remote: size-421.bin\\r\\n229 Entering extended passive mode (|||13256|).\\r\\n\" (spawn_id exp4) match glob pattern \"ftp> \"? no\n",
    );
    assert_eq!(
        reply_fields(log, &["line", "code"]),
        rows(&[["2", "229"], ["4", "229"]])
    );
}

/// tcllib's ftp package with DEBUG on (held-out round 521): the reply it parsed is shown
/// in a string (`msgtext="214-...`) that its last line closes (`214 Help command
/// successful." -> state=...`), in another shape than the first; then the reply again
/// as received (`C: 214-...`). Two replies, each ended where its lines end.
#[test]
fn a_reply_opened_in_a_string_ends_where_the_string_does() {
    let log = concat!(
        "debug      | ns=0, NS=0, NSlen=0\n",
        "debug      | ======/HandlerDone\n",
        "debug      | Waiting|10|####################\n",
        "debug      | StateHandler/1/sock55e94aab7dc0/================================================\n",
        "debug      | -> rc=\"214\" -> msgtext=\"214-The following commands are recognized:\n",
        "debug      ABOR   ALLO   APPE   CDUP   CWD    DELE   EPRT   EPSV  \n",
        "debug      FEAT   HELP   LIST   MDTM   MFMT   MKD    MLSD   MLST  \n",
        "debug      MODE   NLST   NOOP   OPTS   PASS   PASV   PORT   PWD   \n",
        "debug      QUIT   REIN   REST   RETR   RMD    RNFR   RNTO   SITE  \n",
        "debug      SIZE   STAT   STOR   STOU   STRU   SYST   TYPE   USER  \n",
        "debug      XCUP   XCWD   XMKD   XPWD   XRMD  \n",
        "debug     214 Help command successful.\" -> state=\"quote_sent\"\n",
        "debug      | StateBegin////////(quote_sent)\n",
        "debug      | ////////StateDone==>quote_sent\n",
        "debug      | WaitBegin////////(1)\n",
        "debug      | Waiting|Complete|1|1|#########################\n",
        "debug      | Waiting|OK|1|#########################\n",
        "debug      | ////////WaitDone\n",
        "debug     control | C: 214-The following commands are recognized:\n",
        "debug     control | C:  ABOR   ALLO   APPE   CDUP   CWD    DELE   EPRT   EPSV  \n",
        "debug     control | C:  FEAT   HELP   LIST   MDTM   MFMT   MKD    MLSD   MLST  \n",
        "debug     control | C:  MODE   NLST   NOOP   OPTS   PASS   PASV   PORT   PWD   \n",
        "debug     control | C:  QUIT   REIN   REST   RETR   RMD    RNFR   RNTO   SITE  \n",
        "debug     control | C:  SIZE   STAT   STOR   STOU   STRU   SYST   TYPE   USER  \n",
        "debug     control | C:  XCUP   XCWD   XMKD   XPWD   XRMD  \n",
        "debug     control | C: 214 Help command successful.\n",
    );
    assert_eq!(
        reply_fields(log, &["line", "end_line", "code"]),
        rows(&[["5", "12", "214"], ["19", "26", "214"]])
    );
}

/// Sessions of several files that tie (keys start again in each file) are ranked in the
/// order the files were read, the same on every run (review of cb15be7); a long row
/// wraps under its name.
#[test]
fn sessions_that_tie_across_files_rank_in_the_order_read() {
    let dir = "tests/fixtures/scan";
    for _ in 0..4 {
        let out = ftpcode()
            .current_dir(dir)
            .args(["scan", "--summary", "--width", "80"])
            .args(["vsftpd-concurrent.log", "./vsftpd-concurrent.log"])
            .output()
            .expect("run");
        let text = stdout(&out);
        let sessions: Vec<&str> = text
            .lines()
            .skip_while(|l| !l.starts_with("Sessions"))
            .skip(1)
            .take_while(|l| !l.is_empty())
            .collect();
        assert_eq!(
            sessions[..4],
            [
                "       3 of 19     20497 (127.0.0.3) user bob in vsftpd-concurrent.log",
                "       3 of 19     20497 (127.0.0.3) user bob in ./vsftpd-concurrent.log",
                "       3 of 15     20499 (127.0.0.4) user carol in vsftpd-concurrent.log",
                "       3 of 15     20499 (127.0.0.4) user carol in ./vsftpd-concurrent.log",
            ],
            "{text}"
        );
        assert!(sessions.iter().all(|l| l.chars().count() <= 80), "{text}");
    }
}

/// ncrack's `-d10 --nsock-trace` numbers its events: `Processing event 212 (timeout in 0ms,
/// done=0)` is an event's number and the state of the library's loop, no reply (held-out
/// round 525).
#[test]
fn an_event_number_with_its_state_in_parentheses_is_no_reply() {
    let log = concat!(
        "libnsock process_event(): Processing event 212 (timeout in 0ms, done=0)\n",
        "libnsock process_event(): NSE #212: Sending event\n",
        "libnsock nsock_trace_handler_callback(): Callback: READ SUCCESS for EID 50 ",
        "[127.0.0.1:13303] (33 bytes): 331 Username ok, send password...\n",
        "libnsock process_event(): Processing event 220 (timeout in 0ms, done=0)\n",
    );
    assert_eq!(reply_fields(log, &["line", "code"]), rows(&[["3", "331"]]));
    // (A reply's words in parentheses after a program's word are still a reply: review of
    // 9671d9f.)
    let log = "< 220 (vsFTPd 3.0.3)\n> USER ftpuser\nftp 331 (need password)\n";
    assert_eq!(
        reply_fields(log, &["line", "code"]),
        rows(&[["1", "220"], ["3", "331"]])
    );
}

/// An Erlang escript's own line, printed into the middle of the ftp client's verbose
/// output: `550 report.txt -> {ok,<<"...">>}` is a file's name and what became of it, no
/// reply (held-out round 526, Erlang/OTP 25's ftp with `{verbose,true}`).
#[test]
fn a_file_name_and_an_arrow_to_its_result_is_no_reply() {
    let log = concat!(
        "\"Sending: RETR 550 report.txt\"\r\n",
        "\"Receiving: 150 Opening BINARY mode data connection for 550 report.txt (20 bytes).\"\r\n",
        "\"Receiving: 226 Transfer complete.\"\r\n",
        "\"Sendingrecv_bin 550 report.txt -> {ok,<<\"this is not a reply\\n\">>}\n",
        ": PASV\"\r\n",
        "\"Receiving: 227 Entering Passive Mode (127,0,0,1,52,22).\"\r\n",
    );
    // (A server's word after the name is no value: `226 upload.zip => stored`.)
    assert_eq!(
        reply_fields(
            "STOR upload.zip\n226 upload.zip => stored\n",
            &["line", "code"]
        ),
        rows(&[["2", "226"]])
    );
    // (And the command cut in two by the script's line is PASV, without the quote that
    // closes the string it was logged in.)
    assert_eq!(
        reply_fields(log, &["line", "code", "command"]),
        rows(&[
            ["2", "150", "RETR 550 report.txt"],
            ["3", "226", "RETR 550 report.txt"],
            ["6", "227", "PASV"],
        ])
    );
}

/// rsyslog's `RSYSLOG_DebugFormat` shows each record's message three times: `msg:`,
/// `escaped msg:` and `rawmsg:` (the message as it came, with its priority and tag). Each
/// is a rendering of the reply, so each is one (held-out round 527, Pure-FTPd `-d -d`
/// through rsyslog 8.2302).
#[test]
fn each_rendering_in_rsyslogs_debug_format_is_a_reply() {
    let log = concat!(
        "Debug line with all properties:\n",
        "FROMHOST: 'vm', fromhost-ip: '127.0.0.1', HOSTNAME: 'vm', PRI: 95,\n",
        "syslogtag 'pure-ftpd:', programname: 'pure-ftpd', APP-NAME: 'pure-ftpd', PROCID: '-', MSGID: '-',\n",
        "TIMESTAMP: 'Dec  6 06:31:47', STRUCTURED-DATA: '-',\n",
        "msg: ' (?@127.0.0.1) [DEBUG] 331 User ftpuser OK. Password required'\n",
        "escaped msg: ' (?@127.0.0.1) [DEBUG] 331 User ftpuser OK. Password required'\n",
        "inputname: imuxsock rawmsg: '<95>Dec  6 06:31:47 pure-ftpd: (?@127.0.0.1) [DEBUG] 331 ",
        "User ftpuser OK. Password required'\n",
        "$!:\n",
    );
    assert_eq!(
        reply_fields(log, &["line", "code"]),
        rows(&[["5", "331"], ["6", "331"], ["7", "331"]])
    );
}

/// medusa `-v 6` writes what it sends with its line end in bracketed hex, `Data sent: USER
/// ftpuser[0D][0A]`: the command, which the next reply answers (held-out round 525).
#[test]
fn a_command_with_its_line_end_in_bracketed_hex_is_sent() {
    let log = concat!(
        "DEBUG [7E33C6C0]: Data received (22): 220 pyftpdlib ready.[0D][0A]\n",
        "DEBUG [7E33C6C0]: Data sent: USER ftpuser[0D][0A]\n",
        "DEBUG [7E33C6C0]: Data received (33): 331 Username ok, send password.[0D][0A]\n",
        "DEBUG [7E33C6C0]: Data sent: PASS wrongpass[0D][0A]\n",
        "DEBUG [7E33C6C0]: Data received (28): 530 Authentication failed.[0D][0A]\n",
    );
    assert_eq!(
        reply_fields(log, &["code", "command"]),
        rows(&[["220", "-"], ["331", "USER ftpuser"], ["530", "PASS ***"],])
    );
}

/// curl `-v` on a POP3 server (RFC 1939): its `LIST` is answered `+OK`, then a line per
/// message, its number and size (`1 226`), which curl writes to standard output. No FTP
/// reply in it (held-out round 520; curl 7.88.1).
#[test]
fn a_pop3_dialogue_holds_no_ftp_reply() {
    let log = concat!(
        "* Connected to 127.0.0.1 (127.0.0.1) port 13399 (#0)\n",
        "< +OK POP3 ready\r\n",
        "> CAPA\r\n",
        "< +OK\r\n",
        "< USER\r\n",
        "< .\r\n",
        "> USER u\r\n",
        "< +OK\r\n",
        "> PASS p\r\n",
        "< +OK\r\n",
        "> LIST\r\n",
        "< +OK 2 messages\r\n",
        "* Connection #0 to host 127.0.0.1 left intact\n",
        "1 226\r\n",
        "2 195\r\n",
    );
    assert_eq!(reply_fields(log, &["line", "code"]), rows::<2>(&[]));
    // (An FTP session after it is read as ever, its greeting naming no FTP: POP3 sends no
    // coded line with words, review of 9671d9f.)
    let ftp = format!(
        "{log}* Connected to 127.0.0.1 (127.0.0.1) port 2121 (#1)\n< 220 Welcome to the file server\r\n> USER ftpuser\r\n< 331 Please specify the password.\r\n"
    );
    assert_eq!(
        reply_fields(ftp, &["line", "code", "command"]),
        rows(&[["17", "220", "-"], ["19", "331", "USER ftpuser"]])
    );
    // (Nor does another program's POP3 line in a server's syslog hide its replies.)
    let syslog = concat!(
        "Dec  6 07:09:01 vm vsftpd[812]: [ftpuser] FTP response: Client \"::1\", \"331 Please specify the password.\"\n",
        "Dec  6 07:09:02 vm fetchmail[200]: POP3< +OK Dovecot ready.\n",
        "Dec  6 07:09:02 vm vsftpd[812]: [ftpuser] FTP command: Client \"::1\", \"PASS <password>\"\n",
        "Dec  6 07:09:02 vm vsftpd[811]: [ftpuser] FTP response: Client \"::1\", \"230 Login successful.\"\n",
    );
    assert_eq!(
        reply_fields(syslog, &["line", "code"]),
        rows(&[["1", "331"], ["4", "230"]])
    );
    // (And a POP3 line found after many dashes: Python logging's default format.)
    let logged = concat!(
        "2026-12-06 07:09:08,123 - mail - DEBUG - < +OK ready\n",
        "2026-12-06 07:09:08,124 - mail - DEBUG - > LIST\n",
        "2026-12-06 07:09:08,125 - mail - DEBUG - < +OK 2 messages\n",
        "1 226\n",
    );
    assert_eq!(reply_fields(logged, &["line", "code"]), rows::<2>(&[]));
}

/// R prints a raw vector as hex bytes after the index of each row's first element (` [1]
/// 32 32 30 20 ...`, `[26] ...`, 25 a row at 80 columns): the curl package's debug
/// function printing libcurl's data that way gives each reply line a block of its own, and
/// the FEAT list's body lines (` EPRT`) are the reply's, no commands (held-out round 530,
/// R 4.2.2 and r-cran-curl 5.0.0).
#[test]
fn r_raw_vectors_are_read_as_a_dump() {
    let log = concat!(
        "debug type 1 \n",
        " [1] 32 31 35 20 55 4e 49 58 20 54 79 70 65 3a 20 4c 38 0d 0a\n",
        "debug type 2 \n",
        "[1] 46 45 41 54 0d 0a\n",
        "debug type 1 \n",
        " [1] 32 31 31 2d 46 65 61 74 75 72 65 73 20 73 75 70 70 6f 72 74 65 64 3a 0d 0a\n",
        "debug type 1 \n",
        "[1] 20 45 50 52 54 0d 0a\n",
        "debug type 1 \n",
        " [1] 20 4d 4c 53 54 20 74 79 70 65 2a 3b 70 65 72 6d 2a 3b 73 69 7a 65 2a 3b 6d\n",
        "[26] 6f 64 69 66 79 2a 3b 75 6e 69 71 75 65 2a 3b 75 6e 69 78 2e 6d 6f 64 65 3b\n",
        "[51] 75 6e 69 78 2e 75 69 64 3b 75 6e 69 78 2e 67 69 64 3b 0d 0a\n",
        "debug type 1 \n",
        " [1] 32 31 31 20 45 6e 64 20 46 45 41 54 2e 0d 0a\n",
        "debug type 2 \n",
        "[1] 48 45 4c 50 0d 0a\n",
    );
    assert_eq!(
        reply_fields(log, &["line", "end_line", "code", "command"]),
        rows(&[["2", "2", "215", "-"], ["6", "14", "211", "FEAT"]])
    );
}

/// A program that prints a call's status and then the server's reply (a Lua wrapper
/// around LuaSocket's `socket.ftp`: `check(size) returned: 213, 213 421`) quotes the reply
/// it has just shown, the same words however few: a reply again (held-out round 524).
#[test]
fn a_reply_printed_again_after_its_code_is_a_quote() {
    let log = concat!(
        "[tp] >>> SIZE size-421.bin\n",
        "[tp] <<< 213 421\n",
        "check(size) returned: 213, 213 421\n",
        "[tp] >>> MDTM size-421.bin\n",
        "[tp] <<< 213 20261206062442\n",
        "check(mdtm) returned: 213, 213 20261206062442\n",
    );
    assert_eq!(
        reply_fields(log, &["line", "code", "command"]),
        rows(&[
            ["2", "213", "SIZE size-421.bin"],
            ["3", "213", "SIZE size-421.bin"],
            ["5", "213", "MDTM size-421.bin"],
            ["6", "213", "MDTM size-421.bin"],
        ])
    );
}

/// nodeftpd names each line's client by its address as the socket gives it, an IPv4
/// address written as IPv6 (RFC 4291 §2.5.5.2), in angle brackets and without a port:
/// `<::ffff:127.0.0.2> >> 220 ...`. Each address is a session of its own (held-out round
/// 538, npm ftpd 0.2.16 at log level 4).
#[test]
fn an_ipv6_address_without_a_port_names_its_session() {
    let log = concat!(
        "Accepted a new client connection\n",
        "<::ffff:127.0.0.2> >> 220 FTP server (nodeftpd) ready\n",
        "Accepted a new client connection\n",
        "<::ffff:127.0.0.3> >> 220 FTP server (nodeftpd) ready\n",
        "<::ffff:127.0.0.3> << USER bob\n",
        "<::ffff:127.0.0.3> FTP command: USER bob\n",
        "<::ffff:127.0.0.2> << USER alice\n",
        "<::ffff:127.0.0.2> FTP command: USER alice\n",
        "<::ffff:127.0.0.3> >> 331 User name okay, need password.\n",
        "<::ffff:127.0.0.2> >> 331 User name okay, need password.\n",
    );
    assert_eq!(
        reply_fields(log, &["line", "session", "command"]),
        rows(&[
            ["2", "::ffff:127.0.0.2", "-"],
            ["4", "::ffff:127.0.0.3", "-"],
            ["9", "::ffff:127.0.0.3", "USER bob"],
            ["10", "::ffff:127.0.0.2", "USER alice"],
        ])
    );
}

/// ftpcopy's fatal error quotes the reply its password got: `remote host rejected
/// password: 530 Login authentication failed`, a quote of the 530 (held-out round 541,
/// ftpcopy 0.6.7 `-l 3`). A password tried, the field's value alone, stays none.
#[test]
fn a_reply_quoted_after_a_password_label_is_a_quote() {
    let log = concat!(
        "220 You will be disconnected after 15 minutes of inactivity.\n",
        "331 User ftpuser OK. Password required\n",
        "530 Login authentication failed\n",
        "ftpcopy: fatal: remote host rejected password: 530 Login authentication failed\n",
        "[21][ftp] host: 10.0.0.1   login: admin   password: 530\n",
    );
    assert_eq!(
        reply_fields(log, &["line", "code"]),
        rows(&[["1", "220"], ["2", "331"], ["3", "530"], ["4", "530"]])
    );
}

/// basic-ftp's error logged through pino: the record holds the reply as the error's
/// `message`, again as the first line of its `stack`, and its code as `code`. One quote
/// of the reply, not two (held-out round 543, basic-ftp 6.2.6 and pino 10.4.0).
#[test]
fn an_error_records_code_after_its_stack_is_the_same_reply() {
    let log = concat!(
        "{\"level\":30,\"time\":1796542266045,\"component\":\"basic-ftp\",\"msg\":\"> RETR missing.txt\"}\n",
        "{\"level\":30,\"time\":1796542266046,\"component\":\"basic-ftp\",\"msg\":\"< 550 No such file or directory.\\r\\n\"}\n",
        "{\"level\":50,\"time\":1796542266046,\"step\":\"RETR missing.txt\",\"err\":{\"type\":\"FTPError\",",
        "\"message\":\"550 No such file or directory.\",\"stack\":\"FTPError: 550 No such file or directory.\\n",
        "    at FTPContext._onControlSocketData (/tmp/r543/node_modules/basic-ftp/dist/FtpContext.js:317:39)\\n",
        "    at TCP.onStreamRead (node:internal/stream_base_commons:191:23)\",\"name\":\"FTPError\",\"code\":550},",
        "\"msg\":\"step failed\"}\n",
    );
    assert_eq!(
        reply_fields(log, &["line", "code", "command"]),
        rows(&[
            ["2", "550", "RETR missing.txt"],
            ["3", "550", "RETR missing.txt"],
        ])
    );
}

/// ProFTPD's ExtendedLog with the reply's text in brackets before its code's field and
/// the command after it (`LogFormat ... "%{protocol} pid=%P %m ... [%S] code=%s
/// cmd=\"%r\""`): each line one reply, its text the bracketed field (held-out round 545,
/// ProFTPD 1.3.8).
#[test]
fn a_records_text_in_brackets_before_its_code_field_is_a_reply() {
    let log = concat!(
        "ftp pid=23162 SYST xfer=- end=\"\" [UNIX Type: L8] code=215 cmd=\"SYST\"\n",
        "ftp pid=23162 FEAT xfer=- end=\"\" [End] code=211 cmd=\"FEAT\"\n",
        "ftp pid=23162 PASV xfer=- end=\"\" [Entering Passive Mode (127,0,0,1,53,122).] code=227 cmd=\"PASV\"\n",
        "ftp pid=23162 LIST xfer=success end=\"\" [Transfer complete] code=226 cmd=\"LIST\"\n",
    );
    assert_eq!(
        reply_fields(log, &["line", "code", "text"]),
        rows(&[
            ["1", "215", "UNIX Type: L8"],
            ["2", "211", "End"],
            ["3", "227", "Entering Passive Mode (127,0,0,1,53,122)."],
            ["4", "226", "Transfer complete"],
        ])
    );
}

/// A record of one exchange that keeps the code of its reply in a field of its own beside
/// a field that holds its command is a reply, the command that field's: GridFTP's transfer
/// statistics (`TYPE=RETR CODE=226`, its keys in capitals; held-out round 605 and the
/// fixtures gridftp-*), `cmd=PASS code=530`. A type's field holds a command only where
/// it names a transfer (`TYPE=I` is a transfer's type), and a code's field alone is none.
#[test]
fn a_code_field_beside_its_commands_field_is_a_reply() {
    let log = concat!(
        "[8062] Sun Dec  6 15:48:01 2026 :: Transfer stats: DATE=20261206154801.700295 ",
        "HOST=vm PROG=globus-gridftp-server NL.EVNT=FTP_INFO USER=ftpuser FILE=/pub/a.bin ",
        "NBYTES=421 DEST=[127.0.0.1] TYPE=RETR CODE=426 TASKID=none\n",
        "session=7 cmd=PASS code=530\n",
        "mode TYPE=I CODE=200 TASKID=none\n",
        "status=530\n",
    );
    assert_eq!(
        reply_fields(log, &["line", "code", "command"]),
        rows(&[["1", "426", "RETR"], ["2", "530", "PASS"]])
    );
    // A type's field that names no transfer is an object's or an event's type, and a
    // verb's field a web API's verb (kube-apiserver's `verb="LIST" ... resp=200`).
    let other = concat!(
        "level=info msg=\"object created\" type=USER id=42 code=201\n",
        "level=info type=SITE code=200 site_id=12\n",
        "level=info event=login type=USER_LOGIN code=200\n",
        "I0101 12:00:00.000000 1 httplog.go:132] \"HTTP\" verb=\"LIST\" URI=\"/api/v1/pods\" resp=200\n",
    );
    assert_eq!(reply_fields(other, &["code"]), rows::<1>(&[]));
}

/// structlog's console renderer writes the logger's name in brackets and its fields after
/// the event (`... FTP: 550 report.txt [airflow...FTPHook] loc=ftp.py:213`): they are no
/// words of the message, which here names a file, so the line is no reply; a reply the
/// same renderer logs keeps its text without them (held-out round 607, Airflow 3.3.2).
#[test]
fn a_structlog_loggers_fields_are_no_words_of_the_message() {
    let log = concat!(
        "2026-12-06T16:42:59.081063Z [info     ] Retrieving file from FTP: 550 report.txt ",
        "[airflow.task.hooks.airflow.providers.ftp.hooks.ftp.FTPHook] loc=ftp.py:213\n",
        "2026-12-06T16:42:59.082020Z [error    ] RETR failed: 550 Failed to open file. ",
        "[r607.ftp] loc=ftp_r607.py:38\n",
    );
    assert_eq!(
        reply_fields(log, &["line", "code", "text"]),
        rows(&[["2", "550", "Failed to open file."]])
    );
}

/// Scrapy prints a response as `<STATUS URL>`, and gives an FTP download HTTP's 200 or
/// 404: no FTP reply; the reply its error quotes is (held-out round 608, Scrapy 2.19.0).
#[test]
fn a_scrapy_responses_status_and_url_are_no_reply() {
    let log = concat!(
        "2026-12-06 16:41:22 [scrapy.core.scraper] DEBUG: Scraped from <200 ftp://127.0.0.1:16650/pub/size-421.bin>\n",
        "2026-12-06 16:41:22 [scrapy.core.scraper] DEBUG: Scraped from <404 ftp://127.0.0.1:16650/pub/missing-404.txt>\n",
        "2026-12-06 16:41:22 [ftpspider] DEBUG: response status=404 headers={} body=b\"['550 Failed to open file.']\"\n",
    );
    assert_eq!(reply_fields(log, &["line", "code"]), rows(&[["3", "550"]]));
    // A marker `<` right before a reply whose text starts with a URL is a reply's.
    assert_eq!(
        reply_fields(
            "recv<550 ftp://ftp.example.com/pub/b.txt: No such file\n",
            &["line", "code"]
        ),
        rows(&[["1", "550"]])
    );
}

/// ncftp's progress meter, redrawn after bare CRs, labels its bar with the file's name and
/// a colon padded to a column (`550 report.txt:                 ETA: ...`); the reply that
/// ends the transfer comes after it on the same line, in ncftp's `226:` form (held-out
/// round 546, NcFTP 3.2.6 through tmux pipe-pane).
#[test]
fn a_file_name_padded_after_its_colon_is_a_progress_label() {
    let log = concat!(
        "Cmd: RETR 550 report.txt\r\n",
        "125: Data connection already open. Transfer starting.\r\n",
        "550 report.txt:                 \r550 report.txt:                   ETA:   0:00   ",
        "20.00/ 19.00 B   79.72 kB/s   226: Transfer complete.\r\n",
    );
    assert_eq!(
        reply_fields(log, &["line", "code", "command"]),
        rows(&[
            ["2", "125", "RETR 550 report.txt"],
            ["3", "226", "RETR 550 report.txt"],
        ])
    );
}

/// What the rules of this stop must leave alone (second review, of c08695f..50cc938): a
/// tag in brackets before an HTTP log's `status=` field, a password field followed by
/// another field, a bounce's `550` inside a POP3 message fetched with RETR, another reply
/// in an error record's message after the code the stack gave, a proxy's `local: ...
/// remote: 550 ...`, and a reply whose words follow its colon after padding.
#[test]
fn this_stops_rules_leave_their_neighbours_alone() {
    let none = concat!(
        "Dec  6 08:00:01 host app[55]: [request] status=200 method=GET uri=/\n",
        "INFO Login attempt user: admin password: 500 Result: failed\n",
        "[ATTEMPT] ftp://10.0.0.1 User: admin Password: 200 Status: FAILED\n",
    );
    assert_eq!(reply_fields(none, &["line", "code"]), rows::<2>(&[]));
    let pop = concat!(
        "*get* b'+OK Dovecot ready.\\r\\n'\n",
        "*cmd* 'RETR 1'\n",
        "*get* b'+OK 400 octets\\r\\n'\n",
        "*get* b'    host mx said: 550 User unknown (in reply\\r\\n'\n",
        "*get* b'221 Bye\\r\\n'\n",
        "*get* b'.\\r\\n'\n",
        "*cmd* 'QUIT'\n",
        "*get* b'+OK bye\\r\\n'\n",
        "*get* '220 Welcome to the upload server\\n'\n",
    );
    assert_eq!(reply_fields(pop, &["line", "code"]), rows(&[["9", "220"]]));
    let record = concat!(
        "{\"level\":50,\"err\":{\"type\":\"FTPError\",\"message\":\"421 Timeout\",",
        "\"stack\":\"FTPError: 421 Timeout\\n    at f (a.js:1:2)\",\"code\":421},",
        "\"msg\":\"reconnect failed: 530 Login incorrect.\"}\n",
    );
    assert_eq!(
        reply_fields(record, &["line", "code"]),
        rows(&[["1", "421"], ["1", "530"]])
    );
    let replies = concat!(
        "ftp-proxy[77]: session 3 local: 10.0.0.1:21 remote: 550 Permission denied\n",
        "550 report.txt:   No such file or directory\n",
    );
    assert_eq!(
        reply_fields(replies, &["line", "code"]),
        rows(&[["1", "550"], ["2", "550"]])
    );
}

/// tcllib's ftp debug output shows each reply twice: as a field (`msgtext="..."`) with
/// other fields after it, and later, after the next command went out, as the line it read
/// (`C: ...`). The field's text ends at its closing quote, and so the later line is seen
/// as the same reply again, answering the same command.
#[test]
fn a_quoted_field_ends_before_the_next_field() {
    let log = concat!(
        "ftp-out 0 : ---> USER ftpuser\n",
        "ftp-out 0 : -> rc=\"331\" -> msgtext=\"331 Username ok, send password.\" -> state=\"passwd\"\n",
        "ftp-out 0 : StateBegin////////(passwd)\n",
        "ftp-out 0 : ---> PASS secret\n",
        "ftp-out 0 : ////////StateDone==>connect\n",
        "ftp-out 0 control: C: 331 Username ok, send password.\n",
        "ftp-out 0 : -> rc=\"530\" -> msgtext=\"530 Authentication failed.\" -> state=\"connect\"\n",
    );
    // (A field-like `name="` inside the reply's own words ends nothing: ltrace's read.)
    let read = concat!(
        "[pid 4021] write(3, \"MKD new dir\\r\\n\", 13) = 13\n",
        "[pid 4021] read(3, \"257 \"/new dir\" created, owner=\"ftp\"\\r\\n\", 4096) = 38\n",
    );
    assert_eq!(
        reply_fields(read, &["text"]),
        rows(&[["\"/new dir\" created, owner=\"ftp\""]])
    );
    assert_eq!(
        reply_fields(log, &["line", "code", "command", "text"]),
        rows(&[
            ["2", "331", "USER ftpuser", "Username ok, send password."],
            ["6", "331", "USER ftpuser", "Username ok, send password."],
            ["7", "530", "PASS ***", "Authentication failed."],
        ])
    );
}

/// A file the log listed whose name starts like a reply (`550 report.txt`), named again by
/// the client that copies it (rclone's `INFO  : 550 report.txt: Copied (new)`), is an
/// object, not a reply; a reply about it to a command still waiting is a reply.
#[test]
fn a_listed_file_named_like_a_reply_is_no_reply_when_named_again() {
    let log = concat!(
        "2026/12/06 07:30:02 DEBUG : FTP Tx: \"MLSD pub\"\n",
        "2026/12/06 07:30:02 DEBUG : FTP Rx: \"150 Accepted data connection\"\n",
        "2026/12/06 07:30:02 DEBUG : FTP Rx: \"type=file;size=12;modify=20261206072914; 550 report.txt\"\n",
        "2026/12/06 07:30:02 DEBUG : FTP Rx: \"226 10 matches total\"\n",
        "2026/12/06 07:30:09 DEBUG : 550 report.txt: Need to transfer - File not found at Destination\n",
        "2026/12/06 07:30:09 INFO  : 550 report.txt: Copied (new)\n",
        "2026/12/06 07:30:10 DEBUG : FTP Tx: \"RETR report.txt\"\n",
        "2026/12/06 07:30:10 DEBUG : 550 report.txt: No such file or directory\n",
    );
    assert_eq!(
        reply_fields(log, &["line", "code"]),
        rows(&[["2", "150"], ["4", "226"], ["8", "550"]])
    );
    // A transcript whose replies stand where the 550 does (tnftp's): the server's
    // `550 report.txt: ...` about `report.txt` is a reply, whatever was listed, and so is a
    // client's error quoting it; a DOS listing's size column names no file.
    let transcript = concat!(
        "Connected to 127.0.0.1.\n",
        "220 ProFTPD Server (Debian) [127.0.0.1]\n",
        "ftp> ls\n",
        "150 Opening ASCII mode data connection for file list\n",
        "-rw-r--r--   1 ftpuser  ftpuser        12 Dec  6 07:29 550 report.txt\n",
        "12-06-26  07:29AM                  421 notes.txt\n",
        "226 Transfer complete\n",
        "ftp> get report.txt\n",
        "229 Entering Extended Passive Mode (|||40002|)\n",
        "550 report.txt: No such file or directory\n",
        "get: Access failed: 550 report.txt: No such file or directory\n",
        "ftp> get notes.txt\n",
        "421 notes.txt: Timeout\n",
    );
    assert_eq!(
        reply_fields(transcript, &["line", "code"]),
        rows(&[
            ["2", "220"],
            ["4", "150"],
            ["7", "226"],
            ["9", "229"],
            ["10", "550"],
            ["11", "550"],
            ["13", "421"]
        ])
    );
}

/// A reply in a string inside a JSON string (`"msg":"\"226 2 matches total\""`, rclone's
/// `--use-json-log`) ends where the inner string does.
#[test]
fn a_reply_quoted_inside_a_json_string_ends_with_its_quote() {
    let record = |msg: &str, object: &str| {
        format!("{{\"level\":\"debug\",\"msg\":\"\\\"{msg}\\\"\",\"object\":\"{object}\"}}\n")
    };
    let log = record("MLSD readonly", "FTP Tx")
        + &record("150 Accepted data connection", "FTP Rx")
        + &record("226 2 matches total", "FTP Rx");
    assert_eq!(
        reply_fields(log, &["code", "text"]),
        rows(&[
            ["150", "Accepted data connection"],
            ["226", "2 matches total"]
        ])
    );
}

/// `nl -ba` or `cat -n` under a mail's `> ` quote: the numbers are a gutter past 99 too.
#[test]
fn line_numbers_under_a_quote_mark_are_a_gutter() {
    let mut log = String::new();
    for n in 95..=110 {
        let text = if n % 2 == 0 {
            "---- Connecting data socket to (127.0.0.1) port 13829"
        } else {
            "<--- 200 Switching to Binary mode."
        };
        log += &format!(">     {n}\t{text}\n");
    }
    let found = reply_fields(&log, &["code"]);
    assert_eq!(found, vec![vec!["200".to_string()]; 8]);
}

/// libunftp logs a reply a storage task hands to the control channel twice: as the event
/// (`InternalMsg(CommandChannelReply(CodeAndMsg { ... }))`) and as sent: two renderings of
/// one reply (conventions, rule 2), both answering the command.
#[test]
fn libunftps_handed_over_reply_is_a_rendering_of_its_own() {
    let log = concat!(
        "Dec 06 09:24:47.680 DEBG Control channel event Command(Size { file: \"a.bin\" }), seq: 21\n",
        "Dec 06 09:24:47.680 DEBG Control channel reply None, seq: 21\n",
        "Dec 06 09:24:47.680 DEBG Control channel event InternalMsg(CommandChannelReply(CodeAndMsg { code: FileStatus, msg: \"421\" })), seq: 22\n",
        "Dec 06 09:24:47.680 DEBG Control channel reply CodeAndMsg { code: FileStatus, msg: \"421\" }, seq: 22\n",
    );
    assert_eq!(
        reply_fields(log, &["line", "code", "command"]),
        rows(&[["3", "213", "SIZE"], ["4", "213", "SIZE"]])
    );
}

/// suppaftp's trace: a reply's first line decoded from a byte array (`CC IN: [50, 49, ...]`),
/// its further lines as `FEAT IN: "..."` strings; the closing line in the second shape
/// ends the reply (`IN`, a direction, ends the key), so the next reply is read as one.
#[test]
fn a_closing_line_after_a_direction_key_in_capitals_ends_the_reply() {
    let bytes = |s: &str| {
        s.bytes()
            .map(|b| b.to_string())
            .collect::<Vec<_>>()
            .join(", ")
    };
    let at = "[2026-12-06T09:22:40Z TRACE suppaftp::sync_ftp";
    let log = format!(
        "{at}::control] CC OUT: FEAT\n\
         {at}::control] CC IN: [{}]\n\
         {at}] FEAT IN: \" EPSV\\r\\n\"\n\
         {at}] FEAT IN: \"211 End FEAT.\\r\\n\"\n\
         [2026-12-06T09:22:40Z DEBUG suppaftp::command::feat] found supported feature: EPSV: None\n\
         {at}::control] CC OUT: PWD\n\
         {at}::control] CC IN: [{}]\n",
        bytes("211-Features supported:\r\n"),
        bytes("257 \"/\" is the current directory\r\n"),
    );
    assert_eq!(
        reply_fields(log, &["line", "end_line", "code", "command"]),
        rows(&[["2", "4", "211", "FEAT"], ["7", "7", "257", "PWD"]])
    );
}

/// A structured log's record with the code in a field and the whole reply's text in
/// another (`"code": 211, "text": "Features supported:\n EPRT\n211 End FEAT."`, structlog's
/// JSON): one reply, its last line no reply again.
#[test]
fn a_code_field_and_a_multi_line_text_field_are_one_reply() {
    let log = concat!(
        "{\"cmd\": \"FEAT\", \"code\": 211, \"text\": \"Features supported:\\n EPRT\\n EPSV\\n211 End FEAT.\", \"event\": \"ftp_reply\"}\n",
        "{\"cmd\": \"PWD\", \"code\": 257, \"text\": \"\\\"/\\\" is the current directory.\", \"event\": \"ftp_reply\"}\n",
    );
    assert_eq!(
        reply_fields(log, &["line", "code", "command"]),
        rows(&[["1", "211", "FEAT"], ["2", "257", "PWD"]])
    );
}

/// bat's gutter: each line's number in a colour of its own, closed before blanks and a
/// drawn border (`ESC[38;5;238m 123ESC[0m   ESC[38;5;238m│ESC[0m `): the numbers are a
/// gutter, no replies, once they have gone up one by one.
#[test]
fn a_highlighters_coloured_gutter_with_a_drawn_border_is_a_gutter() {
    // lftp's `-d` lines of a download, again and again, as bat colours them.
    let lines = [
        "---> PASV",
        "<--- 227 Entering Passive Mode (127,0,0,1,54,5).",
        "---- Connecting data socket to (127.0.0.1) port 13829",
        "---- Data connection established",
        "---> RETR size-421.bin",
        "<--- 150 Opening BINARY mode data connection for size-421.bin (421 bytes).",
        "---- Got EOF on data connection",
        "---- Closing data socket",
        "<--- 226 Transfer complete.",
    ];
    let mut log = String::new();
    let mut expected = Vec::new();
    for n in 1..=160 {
        let text = lines[(n - 1) % lines.len()];
        if let Some(reply) = text.strip_prefix("<--- ") {
            expected.push(vec![n.to_string(), reply[..3].to_string()]);
        }
        log += &format!(
            "\x1b[38;5;238m{n:4}\x1b[0m   \x1b[38;5;238m\u{2502}\x1b[0m \x1b[38;5;231m{text}\x1b[0m\n"
        );
    }
    assert_eq!(reply_fields(&log, &["line", "code"]), expected);
}

/// sqlite3's default list mode of a table of exchanges (ProFTPD's mod_sql): the code the
/// row's last field, the command the field before it: a record of one reply each. A table
/// that counts replies per command (`PASS    530  7`) records none.
#[test]
fn a_rows_last_field_is_its_code_and_a_count_after_a_verb_is_no_reply() {
    let table = concat!(
        "2|2026-12-06 10:15:28|127.0.0.1|-|USER ftpuser|331\n",
        "3|2026-12-06 10:15:28|127.0.0.1|-|PASS (hidden)|530\n",
        "5|2026-12-06 10:15:28|127.0.0.1|ftpuser|PASS (hidden)|230\n",
    );
    assert_eq!(
        reply_fields(table, &["line", "code", "command"]),
        rows(&[
            ["1", "331", "USER ftpuser"],
            ["2", "530", "PASS ***"],
            ["3", "230", "PASS ***"]
        ])
    );
    let counts = "== command -> code\nCWD     250  2\nPASS    530  7\nUSER    331  8\n";
    assert_eq!(reply_fields(counts, &["line", "code"]), rows::<2>(&[]));
}

/// The neighbours of this stop's later rules: a code field that is no code's (`"pid"`), a
/// transcript of several replies in a record's field, a count under a key that ends in a
/// direction, and more than eight concurrent sessions failing once each.
#[test]
fn this_stops_later_rules_leave_their_neighbours_alone() {
    let pid =
        "{\"pid\": 421, \"recv\": \"Welcome banner follows:\\n220 Service ready\\n421 Timeout\"}\n";
    assert_eq!(reply_fields(pid, &["code"]), rows(&[["220"], ["421"]]));
    let transcript = "2026-12-06 10:00:00 ftp status=200 msg=\"Session transcript:\\n200 TYPE set to I\\n227 Entering Passive Mode (127,0,0,1,4,1)\\n200 TYPE set to I\"\n";
    assert_eq!(
        reply_fields(transcript, &["code"]),
        rows(&[["200"], ["200"], ["227"], ["200"]])
    );
    let counts = "Bytes In: \"421\"\nFiles In: \"226\"\nBYTES IN: \"421\"\n";
    assert_eq!(reply_fields(counts, &["code"]), rows::<1>(&[]));
    let mut nine = String::new();
    for step in ["220 Operation successful", "PASS wrong", "530 Login failed"] {
        for pid in 20230..20239 {
            nine += &format!("ftpd[{pid}]: {step}\n");
        }
    }
    assert!(findings(&nine).is_empty(), "{:?}", findings(&nine));
}

/// ProFTPD's ExtendedLog with `%T` after the code: a transfer's time in seconds is one more
/// number of the record (`"MLSD" 226 0.001`).
#[test]
fn an_access_logs_time_in_seconds_after_the_code_is_a_field() {
    let log = concat!(
        "2026-12-06 10:55:01 [26486] 127.0.0.11 14161 ftpuser \"PASV\" 227 -\n",
        "2026-12-06 10:55:01 [26486] 127.0.0.11 14161 ftpuser \"MLSD\" 226 0.001\n",
        "2026-12-06 10:55:01 [26486] 127.0.0.11 14161 ftpuser \"RETR size-421.bin\" 226 0.002\n",
    );
    assert_eq!(
        reply_fields(log, &["line", "code", "command"]),
        rows(&[
            ["1", "227", "PASV"],
            ["2", "226", "MLSD"],
            ["3", "226", "RETR size-421.bin"]
        ])
    );
}

/// slf4j-simple's default layout starts a record with the milliseconds since start, three
/// digits for the first second (`477 [pool-3-thread-1] INFO org.apache...`): a count before
/// a thread, a level and a logger, no code (Apache FtpServer at DEBUG, held-out round 572).
#[test]
fn a_relative_time_before_a_thread_level_and_logger_is_no_code() {
    let log = concat!(
        "185 [main] DEBUG org.apache.ftpserver.impl.DefaultFtpServerContext - Intializing shared thread pool executor with max threads of 10\n",
        "477 [pool-3-thread-1] INFO org.apache.ftpserver.listener.nio.FtpLoggingFilter - RECEIVED: USER ftpuser\n",
        "477 [pool-3-thread-1] DEBUG org.apache.ftpserver.command.impl.USER - Currently 0 out of 10 anonymous users logged in\n",
        "480 [pool-3-thread-1] INFO org.apache.ftpserver.listener.nio.FtpLoggingFilter - SENT: 331 User name okay, need password for ftpuser.\n",
        "481 [pool-3-thread-1] INFO org.apache.ftpserver.listener.nio.FtpLoggingFilter - RECEIVED: PASS *****\n",
        "481 [pool-3-thread-1] DEBUG org.apache.ftpserver.command.impl.PASS - Currently 0 out of 10 users logged in\n",
        "482 [pool-3-thread-1] WARN org.apache.ftpserver.command.impl.PASS - User failed to log in\n",
        "486 [pool-3-thread-1] DEBUG org.apache.ftpserver.command.impl.PASS - Waiting for 500 milliseconds due to login failure\n",
        "990 [pool-3-thread-2] INFO org.apache.ftpserver.listener.nio.FtpLoggingFilter - SENT: 530 Authentication failed.\n"
    );
    assert_eq!(
        reply_fields(log, &["line", "code", "command"]),
        rows(&[["4", "331", "USER ftpuser"], ["9", "530", "PASS ***"]])
    );
}

/// Suricata's eve.json through `jq .`: the first record's code, in its array a line of its
/// own, joins its text; it is no reply alone (held-out round 571: the greeting was two).
#[test]
fn a_pretty_records_code_in_an_array_is_one_reply_with_its_text() {
    let log = concat!(
        "{\n",
        "  \"timestamp\": \"2026-12-06T11:37:14.015948+0000\",\n",
        "  \"flow_id\": 574315758891421,\n",
        "  \"pcap_cnt\": 7,\n",
        "  \"event_type\": \"ftp\",\n",
        "  \"src_ip\": \"127.0.0.1\",\n",
        "  \"src_port\": 47132,\n",
        "  \"dest_ip\": \"127.0.0.1\",\n",
        "  \"dest_port\": 14201,\n",
        "  \"proto\": \"TCP\",\n",
        "  \"pkt_src\": \"wire/pcap\",\n",
        "  \"tx_id\": 0,\n",
        "  \"ftp\": {\n",
        "    \"completion_code\": [\n",
        "      \"220\"\n",
        "    ],\n",
        "    \"reply\": [\n",
        "      \"pyftpdlib 2.2.0 ready.\"\n",
        "    ],\n",
        "    \"reply_received\": \"yes\",\n",
        "    \"reply_truncated\": false\n",
        "  }\n",
        "}\n",
        "{\n",
        "  \"timestamp\": \"2026-12-06T11:37:14.016297+0000\",\n",
        "  \"flow_id\": 574315758891421,\n",
        "  \"pcap_cnt\": 9,\n",
        "  \"event_type\": \"ftp\",\n",
        "  \"src_ip\": \"127.0.0.1\",\n",
        "  \"src_port\": 47132,\n",
        "  \"dest_ip\": \"127.0.0.1\",\n",
        "  \"dest_port\": 14201,\n",
        "  \"proto\": \"TCP\",\n",
        "  \"pkt_src\": \"wire/pcap\",\n",
        "  \"tx_id\": 1,\n",
        "  \"ftp\": {\n",
        "    \"command\": \"USER\",\n",
        "    \"command_data\": \"ftpuser\",\n",
        "    \"command_truncated\": false,\n",
        "    \"completion_code\": [\n",
        "      \"331\"\n",
        "    ],\n",
        "    \"reply\": [\n",
        "      \"Username ok, send password.\"\n",
        "    ],\n",
        "    \"reply_received\": \"yes\",\n",
        "    \"reply_truncated\": false\n",
        "  }\n",
        "}\n"
    );
    assert_eq!(
        reply_fields(log, &["line", "end_line", "code", "command"]),
        rows(&[
            ["15", "18", "220", "-"],
            ["41", "44", "331", "USER ftpuser"]
        ])
    );
}

/// Expect's `exp_internal 1` quotes its buffer after each read: the 331 again under the
/// `Password:` prompt that named PASS is the 331 to USER, and the 530 after the password
/// sent answers PASS (held-out round 573).
#[test]
fn a_buffer_quoting_the_last_reply_again_keeps_its_command() {
    let log = concat!(
        "Name (127.0.0.1:root): \n",
        "expect: does \"Connected to 127.0.0.1.\\r\\n220 pyftpdlib ready.\\r\\nName (127.0.0.1:root): \" (spawn_id exp4) match glob pattern \"Name*: \"? yes\n",
        "expect: set expect_out(0,string) \"Name (127.0.0.1:root): \"\n",
        "expect: set expect_out(spawn_id) \"exp4\"\n",
        "expect: set expect_out(buffer) \"Connected to 127.0.0.1.\\r\\n220 pyftpdlib ready.\\r\\nName (127.0.0.1:root): \"\n",
        "send: sending \"ftpuser\\r\" to { exp4 }\n",
        "\n",
        "expect: does \"\" (spawn_id exp4) match glob pattern \"Password:\"? no\n",
        "ftpuser\n",
        "\n",
        "expect: does \"ftpuser\\r\\n\" (spawn_id exp4) match glob pattern \"Password:\"? no\n",
        "331 Username ok, send password.\n",
        "Password: \n",
        "expect: does \"ftpuser\\r\\n331 Username ok, send password.\\r\\nPassword: \" (spawn_id exp4) match glob pattern \"Password:\"? yes\n",
        "expect: set expect_out(0,string) \"Password:\"\n",
        "expect: set expect_out(spawn_id) \"exp4\"\n",
        "expect: set expect_out(buffer) \"ftpuser\\r\\n331 Username ok, send password.\\r\\nPassword:\"\n",
        "send: sending \"wrongpw\\r\" to { exp4 }\n",
        "\n",
        "expect: does \" \" (spawn_id exp4) match glob pattern \"Login failed\"? no\n",
        "\n",
        "\n",
        "expect: does \" \\r\\n\" (spawn_id exp4) match glob pattern \"Login failed\"? no\n",
        "530 Authentication failed.\n",
        "tnftp: Login failed\n",
        "ftp> \n",
        "expect: does \" \\r\\n530 Authentication failed.\\r\\ntnftp: Login failed\\r\\nftp> \" (spawn_id exp4) match glob pattern \"Login failed\"? yes\n",
        "expect: set expect_out(0,string) \"Login failed\"\n"
    );
    assert_eq!(
        reply_fields(log, &["line", "code", "command"]),
        rows(&[
            ["2", "220", "-"],
            ["5", "220", "-"],
            ["12", "331", "USER"],
            ["14", "331", "USER"],
            ["17", "331", "USER"],
            ["24", "530", "PASS"],
            ["27", "530", "PASS"]
        ])
    );
}

/// syslog-ng's debug output of pyftpdlib's records: a command quoted with its `\x0a`
/// escape ends before it, and `USER 'ftpuser' failed login.` is pyftpdlib's record of the
/// login, no command (held-out round 574).
#[test]
fn an_escaped_line_end_ends_a_command_and_a_quoted_argument_then_words_is_none() {
    let log = concat!(
        "[2026-12-06T11:54:06.976171] Outgoing message; message='Dec  6 11:54:06 vm pyftpdlib[24537]: [DEBUG] 127.0.0.1:57056-[] -> 331 Username ok, send password.\\x0a'\n",
        "[2026-12-06T11:54:07.126801] Incoming log entry; input='<95>pyftpdlib[24537]: [DEBUG] 127.0.0.1:57056-[ftpuser] <- PASS ******', msg='0x7f73b0003930', rcptid='0'\n",
        "[2026-12-06T11:54:07.126899] Outgoing message; message='Dec  6 11:54:07 vm pyftpdlib[24537]: [DEBUG] 127.0.0.1:57056-[ftpuser] <- PASS ******\\x0a'\n",
        "[2026-12-06T11:54:10.128371] Incoming log entry; input='<95>pyftpdlib[24537]: [DEBUG] 127.0.0.1:57056-[] -> 530 Authentication failed.', msg='0x7f73b0003930', rcptid='0'\n",
        "[2026-12-06T11:54:10.128439] Incoming log entry; input='<94>pyftpdlib[24537]: [INFO] 127.0.0.1:57056-[] USER \\'ftpuser\\' failed login.', msg='0x7f73b00047b0', rcptid='0'\n",
        "[2026-12-06T11:54:10.128540] Outgoing message; message='Dec  6 11:54:10 vm pyftpdlib[24537]: [DEBUG] 127.0.0.1:57056-[] -> 530 Authentication failed.\\x0a'\n",
        "[2026-12-06T11:54:10.128555] Outgoing message; message='Dec  6 11:54:10 vm pyftpdlib[24537]: [INFO] 127.0.0.1:57056-[] USER \\'ftpuser\\' failed login.\\x0a'\n",
        "[2026-12-06T11:54:10.279129] Incoming log entry; input='<95>pyftpdlib[24537]: [DEBUG] 127.0.0.1:57056-[] <- QUIT', msg='0x7f73b00047b0', rcptid='0'\n",
        "[2026-12-06T11:54:10.279566] Outgoing message; message='Dec  6 11:54:10 vm pyftpdlib[24537]: [DEBUG] 127.0.0.1:57056-[] <- QUIT\\x0a'\n",
        "[2026-12-06T11:54:10.279620] Incoming log entry; input='<95>pyftpdlib[24537]: [DEBUG] 127.0.0.1:57056-[] -> 221 Goodbye.', msg='0x7f73b00047b0', rcptid='0'\n",
        "[2026-12-06T11:54:10.279641] Incoming log entry; input='<95>pyftpdlib[24537]: [DEBUG] [debug] call: close() (<FTPHandler(id=139622671367120, addr=\\'127.0.0.1:57056\\')>)', msg='0x7f73b0003930', rcptid='0'\n",
        "[2026-12-06T11:54:10.279649] Incoming log entry; input='<94>pyftpdlib[24537]: [INFO] 127.0.0.1:57056-[] FTP session closed (disconnect).', msg='0x7f73b0005110', rcptid='0'\n",
        "[2026-12-06T11:54:10.279881] Outgoing message; message='Dec  6 11:54:10 vm pyftpdlib[24537]: [DEBUG] 127.0.0.1:57056-[] -> 221 Goodbye.\\x0a'\n",
        "[2026-12-06T11:54:10.279889] Outgoing message; message='Dec  6 11:54:10 vm pyftpdlib[24537]: [DEBUG] [debug] call: close() (<FTPHandler(id=139622671367120, addr=\\'127.0.0.1:57056\\')>)\\x0a'\n"
    );
    assert_eq!(
        reply_fields(log, &["line", "code", "command"]),
        rows(&[
            ["1", "331", "-"],
            ["4", "530", "PASS ***"],
            ["6", "530", "PASS ***"],
            ["10", "221", "QUIT"],
            ["13", "221", "QUIT"]
        ])
    );
}

/// Lines a test run prints: `MDTM -> 213 20240301120000` (a program's note of the reply
/// its command got, no access log's record), and pytest's short summary cut at 80 columns,
/// the code before the ellipsis or one letter of the words left (held-out round 575).
#[test]
fn a_verb_and_an_arrow_and_a_summary_cut_after_the_code_are_replies() {
    let log = concat!(
        "*cmd* 'MDTM size-421.bin'\n",
        "*resp* '213 20240301120000'\n",
        "MDTM -> 213 20240301120000\n",
        "FAILED test_ftp_inproc.py::test_login_wrong_password - ftplib.error_perm: 530...\n",
        "FAILED test_ftp_client.py::test_download_missing_file - ftplib.error_perm: 55...\n",
        "FAILED test_ftp_client.py::test_upload_to_readonly - ftplib.error_perm: 550 N...\n",
    );
    assert_eq!(
        reply_fields(log, &["line", "code"]),
        rows(&[["2", "213"], ["3", "213"], ["4", "530"], ["6", "550"]])
    );
}

/// A call that sends the command, with the word for what it got (PHP's `ftp_raw(SYST)
/// replied:` through Monolog): the reply after it, on its line or the next, answers the
/// command in its brackets (held-out round 580).
#[test]
fn a_call_that_sends_a_command_names_the_command_of_the_reply_after_it() {
    let log = concat!(
        "[2026-12-06 12:23:26.158] ftpsync.INFO: ftp_raw(SYST) replied:\n",
        "215 UNIX Type: L8  \n",
        "[2026-12-06 12:23:26.158] ftpsync.INFO: ftp_raw(FEAT) replied:\n",
        "[2026-12-06 12:23:34.189] ftpsync.INFO: ftp_raw(SYST) replied: 215 UNIX Type: L8  \n"
    );
    assert_eq!(
        reply_fields(log, &["line", "code", "command"]),
        rows(&[["2", "215", "SYST"], ["4", "215", "SYST"]])
    );
}

/// logfmt quotes a value only where it holds a blank: `line=211-Features:` opens FEAT's
/// reply and `line="211 End"` closes it, the same field (prometheus-blackbox-exporter's
/// debug output, held-out round 582: the reply stayed open and hid every later one).
#[test]
fn a_fields_quote_is_no_part_of_its_shape() {
    let log = concat!(
        "ts=2026-12-06T12:24:20.700218791Z caller=handler.go:117 module=ftp_starttls_session target=127.0.0.1:15301 level=debug msg=\"Read line\" line=\"220 r582 vsftpd TLS test server\"\n",
        "ts=2026-12-06T12:24:20.700329057Z caller=handler.go:117 module=ftp_starttls_session target=127.0.0.1:15301 level=info msg=\"Regexp matched\" regexp=\"^220 \" line=\"220 r582 vsftpd TLS test server\"\n",
        "ts=2026-12-06T12:24:20.700369959Z caller=handler.go:117 module=ftp_starttls_session target=127.0.0.1:15301 level=info msg=\"Processing query response entry\" entry_number=1\n",
        "ts=2026-12-06T12:24:20.70041271Z caller=handler.go:117 module=ftp_starttls_session target=127.0.0.1:15301 level=debug msg=\"Sending line\" line=FEAT\n",
        "ts=2026-12-06T12:24:20.700452459Z caller=handler.go:117 module=ftp_starttls_session target=127.0.0.1:15301 level=info msg=\"Processing query response entry\" entry_number=2\n",
        "ts=2026-12-06T12:24:20.700575175Z caller=handler.go:117 module=ftp_starttls_session target=127.0.0.1:15301 level=debug msg=\"Read line\" line=211-Features:\n",
        "ts=2026-12-06T12:24:20.700599037Z caller=handler.go:117 module=ftp_starttls_session target=127.0.0.1:15301 level=debug msg=\"Read line\" line=\" AUTH TLS\"\n",
        "ts=2026-12-06T12:24:20.700615108Z caller=handler.go:117 module=ftp_starttls_session target=127.0.0.1:15301 level=debug msg=\"Read line\" line=\" EPRT\"\n",
        "ts=2026-12-06T12:24:20.700638789Z caller=handler.go:117 module=ftp_starttls_session target=127.0.0.1:15301 level=debug msg=\"Read line\" line=\" EPSV\"\n",
        "ts=2026-12-06T12:24:20.700655119Z caller=handler.go:117 module=ftp_starttls_session target=127.0.0.1:15301 level=debug msg=\"Read line\" line=\" MDTM\"\n",
        "ts=2026-12-06T12:24:20.700672895Z caller=handler.go:117 module=ftp_starttls_session target=127.0.0.1:15301 level=debug msg=\"Read line\" line=\" PASV\"\n",
        "ts=2026-12-06T12:24:20.7006884Z caller=handler.go:117 module=ftp_starttls_session target=127.0.0.1:15301 level=debug msg=\"Read line\" line=\" PBSZ\"\n",
        "ts=2026-12-06T12:24:20.700706131Z caller=handler.go:117 module=ftp_starttls_session target=127.0.0.1:15301 level=debug msg=\"Read line\" line=\" PROT\"\n",
        "ts=2026-12-06T12:24:20.700722167Z caller=handler.go:117 module=ftp_starttls_session target=127.0.0.1:15301 level=debug msg=\"Read line\" line=\" REST STREAM\"\n",
        "ts=2026-12-06T12:24:20.700744554Z caller=handler.go:117 module=ftp_starttls_session target=127.0.0.1:15301 level=debug msg=\"Read line\" line=\" SIZE\"\n",
        "ts=2026-12-06T12:24:20.700759781Z caller=handler.go:117 module=ftp_starttls_session target=127.0.0.1:15301 level=debug msg=\"Read line\" line=\" TVFS\"\n",
        "ts=2026-12-06T12:24:20.700797334Z caller=handler.go:117 module=ftp_starttls_session target=127.0.0.1:15301 level=debug msg=\"Read line\" line=\"211 End\"\n",
        "ts=2026-12-06T12:24:20.700814843Z caller=handler.go:117 module=ftp_starttls_session target=127.0.0.1:15301 level=info msg=\"Regexp matched\" regexp=\"^211 End\" line=\"211 End\"\n",
        "ts=2026-12-06T12:24:20.700831331Z caller=handler.go:117 module=ftp_starttls_session target=127.0.0.1:15301 level=info msg=\"Processing query response entry\" entry_number=3\n",
        "ts=2026-12-06T12:24:20.700847583Z caller=handler.go:117 module=ftp_starttls_session target=127.0.0.1:15301 level=debug msg=\"Sending line\" line=\"AUTH TLS\"\n",
        "ts=2026-12-06T12:24:20.700874469Z caller=handler.go:117 module=ftp_starttls_session target=127.0.0.1:15301 level=info msg=\"Processing query response entry\" entry_number=4\n",
        "ts=2026-12-06T12:24:20.700921821Z caller=handler.go:117 module=ftp_starttls_session target=127.0.0.1:15301 level=debug msg=\"Read line\" line=\"234 Proceed with negotiation.\"\n",
    );
    assert_eq!(
        reply_fields(log, &["line", "end_line", "code", "command"]),
        rows(&[
            ["1", "1", "220", "-"],
            ["2", "2", "220", "-"],
            ["6", "17", "211", "FEAT"],
            ["18", "18", "211", "FEAT"],
            ["22", "22", "234", "AUTH TLS"]
        ])
    );
}

/// A packet's payload with a dot for each byte that is no text, two replies in one read
/// (nmap's `--packet-trace`): each reply on its own (held-out round 582).
#[test]
fn two_replies_in_a_dotted_payload_are_two() {
    let log = concat!(
        "NSOCK INFO [11.4310s] nsock_trace_handler_callback(): Callback: WRITE SUCCESS for EID 59 [127.0.0.1:15302]\n",
        "NSOCK INFO [11.4400s] nsock_trace_handler_callback(): Callback: READ SUCCESS for EID 66 [127.0.0.1:15302] (73 bytes): 220 r582 vsftpd plain test server..530 Please login with USER and PASS...\n"
    );
    assert_eq!(
        reply_fields(log, &["line", "code"]),
        rows(&[["2", "220"], ["2", "530"]])
    );
}

/// A thrown error printed by Node (`util.inspect`): its message, the reply's text, its
/// stack frames in an FTP library, then its property `code: 550`: one reply over them
/// all (an npm deploy tool's output, held-out round 581).
#[test]
fn a_thrown_errors_message_and_code_property_are_one_reply() {
    let log = concat!(
        "2. Delete files\n",
        "Deleting index.html\n",
        "Deleting 550 report.txt\n",
        "Error: Could not delete index.html: No such file or directory\n",
        "    at makeError (/tmp/r581/npm/node_modules/ftp/lib/connection.js:1067:13)\n",
        "    at Parser.<anonymous> (/tmp/r581/npm/node_modules/ftp/lib/connection.js:113:25)\n",
        "    at Parser.emit (node:events:524:28)\n",
        "    at Parser._write (/tmp/r581/npm/node_modules/ftp/lib/parser.js:59:10)\n",
        "    at writeOrBuffer (node:internal/streams/writable:572:12)\n",
        "    at _write (node:internal/streams/writable:501:10)\n",
        "    at Writable.write (node:internal/streams/writable:510:10)\n",
        "    at Socket.ondata (/tmp/r581/npm/node_modules/ftp/lib/connection.js:273:20)\n",
        "    at Socket.emit (node:events:524:28)\n",
        "    at addChunk (node:internal/streams/readable:561:12) {\n",
        "  code: 550\n"
    );
    assert_eq!(
        reply_fields(log, &["line", "end_line", "code", "text"]),
        rows(&[[
            "4",
            "15",
            "550",
            "Could not delete index.html: No such file or directory"
        ]])
    );
    // A message with no frames after it is the program's own words.
    let alone = "Error: Could not delete index.html: No such file or directory\n  code: 550\n";
    assert_eq!(reply_fields(alone, &["code"]), rows::<1>(&[]));
}

/// An error object as Node-RED's debug node prints it: the message, a property naming the
/// node that threw it (`type: 'ftp in'`, FTP's), then `code: 530`: one reply, from the
/// message to the code. The same record with no word of FTP is no reply (an HTTP client's
/// error has a message and a code too). Held-out round 609, Node-RED 4.1.15 with
/// node-red-contrib-ftp.
#[test]
fn an_error_objects_message_and_code_in_a_record_that_names_ftp_are_one_reply() {
    let record = |source: &str| {
        format!(
            "6 Dec 16:41:38 - [info] [debug:caught error] \n{{\n  payload: 1796575292647,\n  \
             error: {{\n    message: 'Error: Login authentication failed',\n    \
             source: {{ id: 'a0', type: '{source}', name: 'list-badlogin', count: 1 }},\n    \
             code: 530,\n  }}\n}}\n"
        )
    };
    assert_eq!(
        reply_fields(record("ftp in"), &["line", "end_line", "code", "text"]),
        rows(&[["5", "7", "530", "Error: Login authentication failed"]])
    );
    for other in [
        "http request",
        "ftp-mirror-health",
        "ftp.example.com/status",
    ] {
        assert_eq!(
            reply_fields(record(other), &["code"]),
            rows::<1>(&[]),
            "{other}"
        );
    }
}

/// A program's note of a call on a file, the file's name then an arrow to the string it
/// got or the word `returned` (`readtext 550 report.txt -> 'not a reply'`, PyFilesystem2's
/// session; `read 550 report.txt returned '...'`, EasyFTP's): a name, no reply. A string
/// named by a command's verb in small letters is what that command got (`feat:
/// '211-...'`, `mdtm: '213 ...'`, ftpretty's calls). Held-out round 612.
#[test]
fn a_calls_note_on_a_file_is_none_and_a_verbs_string_is_its_reply() {
    let log = concat!(
        "2026-12-06 16:53:29,634 INFO    pyfs-session: readtext 550 report.txt -> 'not a reply, a file\\n'\n",
        "DEBUG:easyftp-session:read 550 report.txt returned 'not a reply, a file'\n",
        "2026-12-06 16:54:19,060 INFO [ftpretty-session] mdtm: '213 20261206062442'\n",
        "2026-12-06 16:54:19,056 INFO [ftpretty-session] feat: '211-Extensions supported:\\n UTF8\\n EPRT\\n211 End.'\n",
    );
    assert_eq!(
        reply_fields(log, &["line", "code"]),
        rows(&[["3", "213"], ["4", "211"]])
    );
    // A verb that is also an everyday field's name names no reply (a user id, a port).
    let fields = concat!(
        "2024-01-01T12:00:00Z info audit { user: '331', action: 'login', ip: '10.0.0.1' }\n",
        "2024-01-01T12:00:04Z info cfg { port: '221', host: 'db1' }\n",
        "2024-01-01T12:00:05Z info geo { site: '250 Main Street', city: 'Springfield' }\n",
    );
    assert_eq!(reply_fields(fields, &["code"]), rows::<1>(&[]));
}

/// gdb in batch mode over an FTP client, catching its `read` calls: `read(fd=3, len=20)`
/// then the buffer as a value of its history, `$14 = "220 (vsFTPd 3.0.3)\r\n"`, which no
/// program's text assigns (no variable is named `$14`), whatever came before; a value cut
/// at gdb's `print elements` limit (`..."...`) ends the reply it opened, so the client's
/// own print of the same reply after it is a reply of its own. Held-out round 611, gdb
/// 13.1 over tnftp.
#[test]
fn a_debuggers_printed_value_holds_a_reply() {
    let log = concat!(
        "read(fd=3, len=1766)\n",
        "$13 = \"root:x:0:0:root:/root:/bin/bash\\ndaemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin\\n\"...\n",
        "Connected to 127.0.0.1.\n",
        "read(fd=3, len=20)\n",
        "$14 = \"220 (vsFTPd 3.0.3)\\r\\n\"\n",
        "220 (vsFTPd 3.0.3)\n",
        "---> HELP\n",
        "read(fd=3, len=285)\n",
        "$24 = \"214-The following commands are recognized.\\r\\n ABOR ACCT ALLO\\r\\n MODE NLST\"...\n",
        "#0  0x00007ffff79162ad in __GI___libc_read (fd=3, buf=0x5555555a8270, nbytes=4096)\n",
        "214-The following commands are recognized.\n",
        " ABOR ACCT ALLO\n",
        " MODE NLST NOOP\n",
        "214 Help OK.\n",
    );
    assert_eq!(
        reply_fields(log, &["line", "end_line", "code"]),
        rows(&[
            ["5", "5", "220"],
            ["6", "6", "220"],
            ["9", "9", "214"],
            ["11", "14", "214"]
        ])
    );
    // A string cut short that is no value of gdb's history goes on in the next one (a
    // logger's, gdb's `x/2s`, strace's buffers): one reply.
    let logger = concat!(
        "12:00:00 DEBUG recv \"214-The following commands are recognized.\\r\\n ABOR ACCT\"...\n",
        "12:00:00 DEBUG recv \" DELE EPRT SITE\\r\\n214 Help OK.\\r\\n\"\n",
    );
    assert_eq!(
        reply_fields(logger, &["line", "end_line", "code"]),
        rows(&[["1", "2", "214"]])
    );
}

/// LWP's dump of the response it makes of an `ftp://` fetch: a status line at the line's
/// start, then HTTP's headers (`Server:`, `Content-Type:`, `WWW-Authenticate:`), and a
/// script's `=== result: 401 Login incorrect.` repeating it: HTTP's, no FTP reply; the
/// FTP dialogue Net::FTP's debug prints among them is (held-out round 610, libwww-perl
/// 6.68).
#[test]
fn an_http_responses_status_with_its_headers_under_it_is_no_reply() {
    let log = concat!(
        "GET ftp://ftpuser:wrong@127.0.0.1:16750/pub/size-421.bin\n",
        "User-Agent: libwww-perl/6.68\n",
        "\n",
        "(no content)\n",
        "LWP::Protocol::MyFTP=GLOB(0x55fc85bb28b8)<<< 220 ProFTPD Server (r610 ProFTPD) [127.0.0.1]\n",
        "LWP::Protocol::MyFTP=GLOB(0x55fc85bb28b8)>>> USER ftpuser\n",
        "LWP::Protocol::MyFTP=GLOB(0x55fc85bb28b8)<<< 331 Password required for ftpuser\n",
        "LWP::Protocol::MyFTP=GLOB(0x55fc85bb28b8)>>> PASS ....\n",
        "LWP::Protocol::MyFTP=GLOB(0x55fc85bb28b8)<<< 530 Login incorrect.\n",
        "--- response_done\n",
        "401 Login incorrect.\n",
        "Server: ProFTPD Server (r610 ProFTPD) [127.0.0.1]\n",
        "WWW-Authenticate: Basic Realm=\"FTP login\"\n",
        "\n",
        "=== result: 401 Login incorrect.\n",
        "--- response_done\n",
        "200 OK\n",
        "Content-Type: text/ftp-dir-listing\n",
        "=== result: 200 OK\n",
    );
    assert_eq!(
        reply_fields(log, &["line", "code"]),
        rows(&[["5", "220"], ["7", "331"], ["9", "530"]])
    );
    // A reply with no header under it stays one, and so does one with a header-like line
    // under it where no HTTP request came before (a client's `Server:` line, a script's
    // `Content-Length:` of the size a 213 gave); a status after a real `HTTP/1.1` one is
    // HTTP's only when it is the same line.
    assert_eq!(
        reply_fields("200 OK\nUSER ftpuser\n", &["line", "code"]),
        rows(&[["1", "200"]])
    );
    let ftp = concat!(
        "Connected to ftp.example.com.\n",
        "220 ProFTPD Server (Debian) [192.0.2.10]\n",
        "Server: ProFTPD 1.3.8\n",
        "213 1234\n",
        "Content-Length: 1234\n",
        "HTTP/1.1 200 OK\n",
        "Content-Type: application/json\n",
        "\n",
        "ftp> quote OPTS UTF8 ON\n",
        "Response: 200 OK\n",
    );
    assert_eq!(
        reply_fields(ftp, &["line", "code"]),
        rows(&[["2", "220"], ["4", "213"], ["10", "200"]])
    );
}

/// A libcurl debug callback's lines in brackets (Free Pascal's libcurl unit, held-out
/// round 613): `[hdr<] 213 421` is a reply, and `[data<] 421 bytes (binary, not shown)`,
/// in a shape its replies taught, is an amount of data, a unit after the number.
#[test]
fn an_amount_in_a_replys_bracketed_shape_is_no_reply() {
    let log = concat!(
        "[hdr>] TYPE I\n",
        "[hdr<] 200 Switching to Binary mode.\n",
        "[hdr>] SIZE size-421.bin\n",
        "[hdr<] 213 421\n",
        "[hdr>] RETR size-421.bin\n",
        "[hdr<] 150 Opening BINARY mode data connection for size-421.bin (421 bytes).\n",
        "[info] Getting file with size: 421\n",
        "[data<] 421 bytes (binary, not shown)\n",
        "[hdr<] 226 Transfer complete.\n",
    );
    assert_eq!(
        reply_fields(log, &["line", "code"]),
        rows(&[["2", "200"], ["4", "213"], ["6", "150"], ["9", "226"]])
    );
    // A reply's sentence that starts with a word also used for amounts is a reply in the
    // same shape (`Out of memory`, `Files: 3`, `Users online`).
    let replies = concat!(
        "[hdr>] USER ftpuser\n",
        "[hdr<] 331 Please specify the password.\n",
        "[hdr>] PASS secret\n",
        "[hdr<] 230 Login successful.\n",
        "[hdr>] SITE WHO\n",
        "[hdr<] 200 Users online: 3\n",
        "[hdr>] STAT\n",
        "[hdr<] 211 Files: 3, 421 bytes\n",
        "[hdr>] LIST\n",
        "[hdr<] 421 Out of memory\n",
    );
    assert_eq!(
        reply_fields(replies, &["line", "code"]),
        rows(&[
            ["2", "331"],
            ["4", "230"],
            ["6", "200"],
            ["8", "211"],
            ["10", "421"]
        ])
    );
}

/// Under a Python traceback's frame (`  File "dlt_ftp.py", line 46, in <lambda>`), the
/// line indented further is the frame's source, its strings a program's text; a dict a
/// script prints of files' contents by their names has the names as keys (held-out round
/// 621: dlt, Dask and Kedro over fsspec's FTP). The error the traceback ends with, at
/// the line's start, is a reply.
#[test]
fn a_frames_source_line_and_a_dicts_keys_are_no_replies() {
    let log = concat!(
        "Traceback (most recent call last):\n",
        "  File \"/work/newlogs621/capture/py/dlt_ftp.py\", line 46, in <lambda>\n",
        "    pipelines_dir=\"/tmp/r621/dltpipes\", dataset_name=\"ftp_data\").run([{\"id\": 1, \"code\": \"550 not a reply\"}], table_name=\"upload\"))\n",
        "                                                                 ^^^^^^^^^^^^^^^^^^^^^^^^\n",
        "  File \"/usr/lib/python3.11/ftplib.py\", line 286, in sendcmd\n",
        "    return self.getresp()\n",
        "ftplib.error_perm: 550 Create directory operation failed.\n",
        "2026-12-06 18:10:21,148 INFO     r621.kedro: load pub_texts -> {'226 files': 'files\\n', '550 report': 'not a reply, a file\\n'}\n",
    );
    assert_eq!(reply_fields(log, &["line", "code"]), rows(&[["7", "550"]]));
    // A local printed right under a frame whose source is missing (`capture_locals`), a
    // reply at the line's start, and a reply quoted after a comma in a message's words
    // or before prose are replies still.
    let kept = concat!(
        "  File \"fetch.py\", line 46, in download\n",
        "    reply = '550 Failed to open file.'\n",
        "  File \"fetch.py\", line 46, in download\n",
        "    550 Failed to open file.\n",
        "{\"level\":\"error\",\"msg\":\"RETR report.txt failed, '550 Failed to open file.': giving up\"}\n",
        "WARNING fetch: job {id=42, file=a.txt, '550 Failed to open file.': will retry}\n",
        "  File \"/usr/lib/python3.11/ftplib.py\", line 254, in getresp\n",
        "    Rx: 215 UNIX Type: L8\n",
    );
    assert_eq!(
        reply_fields(kept, &["line", "code"]),
        rows(&[
            ["2", "550"],
            ["4", "550"],
            ["5", "550"],
            ["6", "550"],
            ["8", "215"]
        ])
    );
}

/// ProFTPD's ExtendedLog with `%m` after the code: the command's name again, no reply text
/// (`"CLNT lftp/4.9.2" 200 CLNT`, held-out round 585).
#[test]
fn an_access_logs_command_name_after_the_code_is_a_field() {
    let log = concat!(
        "3175 127.0.0.3 - \"CLNT lftp/4.9.2\" 200 CLNT\n",
        "3175 127.0.0.3 - \"LANG\" 200 LANG\n",
    );
    assert_eq!(
        reply_fields(log, &["line", "code", "command"]),
        rows(&[["1", "200", "CLNT lftp/4.9.2"], ["2", "200", "LANG"]])
    );
}

/// Pure-FTPd answers `MODE S` with `200 S OK`: an upper-case letter after the code is no
/// unit of a count (seconds are `s`), in every rendering node's ftp prints (held-out round
/// 581). `421 s` stays a count.
#[test]
fn an_upper_case_letter_after_a_code_is_no_unit() {
    let log = concat!(
        "[connection] > 'MODE S'\n",
        "[connection] < '200 S OK\\r\\n'\n",
        "[parser] < '200 S OK\\r\\n'\n",
        "[parser] Response: code=200, buffer='S OK'\n",
    );
    assert_eq!(
        reply_fields(log, &["line", "code", "command"]),
        rows(&[
            ["2", "200", "MODE S"],
            ["3", "200", "MODE S"],
            ["4", "200", "MODE S"]
        ])
    );
}

/// The neighbours of this stop's rules, from the review of them: a command in brackets that
/// no call sends, a countdown's ellipsis, a row's last bar, a record's code with no text.
#[test]
fn the_reviewed_rules_leave_their_neighbours_alone() {
    let bracketed = concat!(
        "12:00:01 DEBUG sending command (USER anonymous)\n",
        "12:00:01 DEBUG reply 331 Password required\n",
        "12:00:01 DEBUG sending command (PASS ****)\n",
        "12:00:01 DEBUG reply 230 Logged in\n",
        "12:00:02 DEBUG sending command (LIST)\n",
        "12:00:02 DEBUG reply 150 Opening data connection\n",
        "12:00:02 DEBUG reply 226 Transfer complete\n"
    );
    assert_eq!(
        reply_fields(bracketed, &["line", "code", "command"]),
        rows(&[
            ["2", "331", "USER anonymous"],
            ["4", "230", "PASS ***"],
            ["6", "150", "-"],
            ["7", "226", "-"]
        ])
    );
    let countdowns = "Reconnecting in 120...\nWill retry in 200...\nPlease wait 120...\n";
    assert_eq!(reply_fields(countdowns, &["code"]), rows::<1>(&[]));
    let size = concat!(
        "{\n",
        "  \"event_type\": \"ftp\",\n",
        "  \"ftp\": {\n",
        "    \"command\": \"SIZE\",\n",
        "    \"command_data\": \"a.txt\",\n",
        "    \"completion_code\": [\n",
        "      \"213\"\n",
        "    ],\n",
        "    \"reply\": [\n",
        "      \"1024\"\n",
        "    ]\n",
        "  }\n",
        "}\n"
    );
    assert_eq!(
        reply_fields(size, &["code", "command"]),
        rows(&[["213", "SIZE a.txt"]])
    );
    let no_text = concat!(
        "{\n",
        "  \"event_type\": \"ftp\",\n",
        "  \"ftp\": {\n",
        "    \"command\": \"RETR\",\n",
        "    \"command_data\": \"missing.txt\",\n",
        "    \"completion_code\": [\n",
        "      \"550\"\n",
        "    ],\n",
        "    \"reply_received\": \"yes\"\n",
        "  }\n",
        "}\n",
    );
    assert_eq!(
        reply_fields(no_text, &["code", "command"]),
        rows(&[["550", "RETR missing.txt"]])
    );
}

/// tracing's compact format writes the span's fields after the message: `CC OUT: SYST
/// id=b7c2 user="ftpuser"` sends SYST, whose fields are none of the command (held-out round
/// 586).
#[test]
fn a_records_fields_after_a_command_are_none_of_it() {
    let log = concat!(
        "2026-12-06T12:59:45.479148Z TRACE session: suppaftp::sync_ftp::control: CC OUT: SYST id=b7c2 user=\"ftpuser\"\n",
        "2026-12-06T12:59:45.479229Z TRACE session: suppaftp::sync_ftp::control: CC IN: [50, 49, 53, 32, 85, 78, 73, 88, 32, 84, 121, 112, 101, 58, 32, 76, 56, 13, 10] id=b7c2 user=\"ftpuser\"\n",
        "2026-12-06T12:59:45.479245Z TRACE session: suppaftp::sync_ftp::control: CC OUT: CWD pub id=b7c2 user=\"ftpuser\"\n",
        "2026-12-06T12:59:45.479323Z TRACE session: suppaftp::sync_ftp::control: CC IN: [50, 53, 48, 32, 79, 75, 46, 13, 10] id=b7c2 user=\"ftpuser\"\n",
    );
    assert_eq!(
        reply_fields(log, &["line", "code", "command"]),
        rows(&[["2", "215", "SYST"], ["4", "250", "CWD pub"]])
    );
}

/// A search's output over a server's log keeps few of its commands, and may cut a
/// multi-line reply's last line: a line that labels itself a command (`FTP command:`) ends
/// the reply that was open, even before its shape has carried commands (ripgrep's --json
/// over vsftpd's log, held-out round 592).
#[test]
fn a_line_labelled_a_command_ends_an_open_reply() {
    let log = concat!(
        "{\"type\":\"context\",\"data\":{\"lines\":{\"text\":\"Sun Dec  6 14:21:14 2026 [pid 3098] [ftpuser] FTP command: Client \\\"127.0.0.1\\\", \\\"HELP\\\"\\n\"}}}\n",
        "{\"type\":\"context\",\"data\":{\"lines\":{\"text\":\"Sun Dec  6 14:21:14 2026 [pid 3098] [ftpuser] FTP response: Client \\\"127.0.0.1\\\", \\\"214-The following commands are recognized.\\\"\\n\"}}}\n",
        "{\"type\":\"match\",\"data\":{\"lines\":{\"text\":\"Sun Dec  6 14:21:14 2026 [pid 3098] [ftpuser] FTP response: Client \\\"127.0.0.1\\\", \\\" ABOR ACCT ALLO APPE CDUP CWD  DELE EPRT EPSV FEAT HELP LIST MDTM MKD??\\\"\\n\"}}}\n",
        "{\"type\":\"context\",\"data\":{\"lines\":{\"text\":\"Sun Dec  6 14:21:14 2026 [pid 3098] [ftpuser] FTP command: Client \\\"127.0.0.1\\\", \\\"SIZE size-421.bin\\\"\\n\"}}}\n",
        "{\"type\":\"context\",\"data\":{\"lines\":{\"text\":\"Sun Dec  6 14:21:14 2026 [pid 3098] [ftpuser] FTP response: Client \\\"127.0.0.1\\\", \\\"213 421\\\"\\n\"}}}\n",
    );
    assert_eq!(
        reply_fields(log, &["line", "end_line", "code", "command"]),
        rows(&[
            ["2", "3", "214", "HELP"],
            ["5", "5", "213", "SIZE size-421.bin"]
        ])
    );
}

/// A call and what it returned, as a script prints them (`ftp.get(...) => ok (12)`), is no
/// line of a program's text: the strings after later calls' arrows are replies
/// (LuaSocket's error strings, held-out round 594). A name, or a name and its type and
/// size, after a code, and a name in braces with an arrow to a result, are files
/// (tcllib's `ftp::Get {550 report.txt} => 1`, aioftp's listing printed as `550
/// report.txt file 22`, rounds 593 and 594).
#[test]
fn a_call_and_its_result_are_no_program_text() {
    let lua = concat!(
        "ftp.get(\"ftp://ftpuser:wrong@127.0.0.1:16340/pub/hello.txt\") => nil, \"530 Authentication failed.\"\n",
        "ftp.get(\"ftp://ftpuser:secret@127.0.0.1:16340/pub/hello.txt;type=i\") => ok (12)\n",
        "ftp.get(\"ftp://ftpuser:secret@127.0.0.1:16340/pub/size-421.bin;type=i\") => ok (421 bytes received)\n",
        "ftp.get(\"ftp://ftpuser:secret@127.0.0.1:16340/pub/missing.txt;type=i\") => nil, \"550 No such file or directory.\"\n",
        "ftp.command{command=\"xyzzy\", check=\"2..\"} => nil, \"500 Command \\\"XYZZY\\\" not understood.\"\n",
    );
    // (A URL's user and password in a call's parentheses name no user of a session.)
    assert_eq!(
        reply_fields(lua, &["line", "code", "user"]),
        rows(&[["1", "530", "-"], ["4", "550", "-"], ["5", "500", "-"]])
    );
    let files = concat!(
        "ftp::Get {550 report.txt} => 1\n",
        "226 files.txt file 16\n",
        "550 report.txt file 22\n",
        "size-421.bin file 421\n",
    );
    assert_eq!(reply_fields(files, &["code"]), rows::<1>(&[]));
}

/// A call and the string it returned (`send("SYST") = "215 UNIX Type: L8"`, a Nim
/// program's print of asyncftpclient's `send`) holds a reply, after lines that read as a
/// program's calls (`connect(user=..., pass=...)`) as well: no language assigns a string to
/// a call (held-out round 633).
#[test]
fn a_call_and_the_string_it_returned_hold_a_reply() {
    let log = concat!(
        "$ ./ftpsession\n",
        "connect(user=ftpuser, pass=wrongpass)\n",
        "Exception message: Expected reply '230' got: 530 Authentication failed.\n",
        "\n",
        "connect(user=ftpuser, pass=secret)\n",
        "  connected\n",
        "send(\"SYST\") = \"215 UNIX Type: L8\"\n",
        "pwd() = /\n",
    );
    assert_eq!(
        reply_fields(log, &["line", "code"]),
        rows(&[["3", "530"], ["7", "215"]])
    );
    // In a program's text, a string assigned or compared stays the program's: to an
    // array's element (MATLAB's, Fortran's, VB's parentheses) or as a function's body
    // (Scala's `def f() = "..."`) as well (this stop's review).
    let source = concat!(
        "connect(user, password)\n",
        "reply = send(\"SYST\")\n",
        "greeting = \"220 Service ready\"\n",
        "if send(\"NOOP\") == \"200 OK\": pass\n",
        "codes(2) = \"331 User name okay, need password\";\n",
        "msg(1) = '550 Permission denied';\n",
        "  def denied() = \"530 Not logged in\"\n",
        "m.at(0) = \"221 Goodbye\";\n",
        "replies.at(\"greet\") = \"220 Service ready for new user.\";\n",
        "let (a) = \"250 ok\"\n",
    );
    assert_eq!(reply_fields(source, &["code"]), rows::<1>(&[]));
    // A script's print of each call and its value after its own listing, the call's
    // argument a name or none (from the second review).
    let printed = concat!(
        "$ cat probe.py\n",
        "import ftplib\n",
        "ftp = ftplib.FTP(host)\n",
        "ftp.login(user, password)\n",
        "for cmd in cmds:\n",
        "    print(f\"sendcmd({cmd}) = {ftp.sendcmd(cmd)!r}\")\n",
        "$ python3 probe.py\n",
        "sendcmd(SYST) = '215 UNIX Type: L8'\n",
        "quit() = '221 Goodbye.'\n",
    );
    assert_eq!(
        reply_fields(printed, &["line", "code"]),
        rows(&[["8", "215"], ["9", "221"]])
    );
}

/// A column of offsets that start the lines, right-aligned and growing (Python's
/// `pickletools` disassembling the records a logging `SocketHandler` sent, held-out round
/// 644): a number there that reads as a code (`  120: X        BINUNICODE 'levelno'`) is
/// the next offset.
#[test]
fn a_column_of_growing_offsets_holds_no_reply() {
    let log = concat!(
        "highest protocol among opcodes = 1\n",
        "==> rec004.pkl <==\n",
        "    0: }    EMPTY_DICT\n",
        "    1: q    BINPUT     0\n",
        "    3: (    MARK\n",
        "    4: X        BINUNICODE 'name'\n",
        "   13: q        BINPUT     1\n",
        "   15: X        BINUNICODE 'pyftpdlib'\n",
        "   29: q        BINPUT     2\n",
        "   31: X        BINUNICODE 'msg'\n",
        "   39: q        BINPUT     3\n",
        "   41: X        BINUNICODE \"poller: 'pyftpdlib.ioloop.Epoll'\"\n",
        "   78: q        BINPUT     4\n",
        "   80: X        BINUNICODE 'args'\n",
        "   89: q        BINPUT     5\n",
        "   91: N        NONE\n",
        "   92: X        BINUNICODE 'levelname'\n",
        "  106: q        BINPUT     6\n",
        "  108: X        BINUNICODE 'DEBUG'\n",
        "  118: q        BINPUT     7\n",
        "  120: X        BINUNICODE 'levelno'\n",
        "  132: q        BINPUT     8\n",
        "  134: K        BININT1    10\n",
    );
    assert_eq!(reply_fields(log, &["line", "code"]), rows::<2>(&[]));
    // A reply right under a column of sizes or times, which has no colon, stays one (from
    // the second review).
    let timed = concat!(
        "230 ok\n",
        "  3 ms\n",
        " 45 ms\n",
        " 87 ms\n",
        "120 ms\n",
        "226 Transfer complete.\n",
    );
    assert_eq!(
        reply_fields(timed, &["line", "code"]),
        rows(&[["1", "230"], ["6", "226"]])
    );
    // Replies that start their lines, their codes going up three times running, stay
    // replies: they start at one column.
    let replies = concat!(
        "220 pyftpdlib ready.\n",
        "331 Username ok, send password.\n",
        "530 Authentication failed.\n",
        "550 No such file.\n",
    );
    assert_eq!(reply_fields(replies, &["code"]).len(), 4);
}

/// The code's field, then the reply whole in a field of its own: the reply is read in its
/// field, a multi-line one to its closing line (LuaSocket's `code=211
/// reply=211-Features supported:` as a script printed it, held-out round 594).
#[test]
fn a_reply_field_after_its_code_field_is_the_reply() {
    let log = concat!(
        "feat check: code=211 reply=211-Features supported:\n",
        " EPRT\n",
        " MDTM\n",
        " SIZE\n",
        "211 End FEAT.\n",
        "ftp.command{command=\"feat\", check=function} => ok (1)\n",
    );
    assert_eq!(
        reply_fields(log, &["line", "end_line", "code"]),
        rows(&[["1", "5", "211"]])
    );
}

/// A traceback's listing of source lines, each after its number (IPython's), is no reply:
/// the first line numbered near the line its file location names, the next ones one after
/// the line before (held-out round 593).
#[test]
fn a_numbered_source_listing_holds_no_reply() {
    let log = concat!(
        "File ~/.pyenv/versions/3.11.7/lib/python3.11/ftplib.py:436, in FTP.retrbinary(self, cmd, callback, blocksize, rest)\n",
        "    422 \"\"\"Retrieve data in binary mode.  A new port is created for you.\n",
        "    423 \n",
        "File ~/.pyenv/versions/3.11.7/lib/python3.11/ftplib.py:359, in FTP.ntransfercmd(self, cmd, rest)\n",
        "    357 if rest is not None:\n",
        "    358     self.sendcmd(\"REST %s\" % rest)\n",
        "--> 359 resp = self.sendcmd(cmd)\n",
        "    360 # Some servers apparently send a 200 reply to\n",
        "    361 # a LIST or STOR command, before the 150 reply\n",
        "    362 # (and way before the 226 reply). This seems to\n",
        "error_perm: 550 No such file or directory.\n",
    );
    assert_eq!(reply_fields(log, &["line", "code"]), rows(&[["11", "550"]]));
    // (A reply right after a reply one less is none of a listing: no line number came first.)
    let replies = "220 Service ready\n221 Goodbye\n";
    assert_eq!(reply_fields(replies, &["code"]), rows(&[["220"], ["221"]]));
}

/// A server's line kept whole in a string (pyftpdlib's `CWD /pub 250` in a notebook's
/// output) is its record of a command and its reply, as outside one (held-out round 593);
/// a row of tcpflow -D whose text column one blank after its groups is exactly their bytes
/// is a row, however long (round 596).
#[test]
fn a_server_line_in_a_string_and_a_packet_row_are_read_whole() {
    let notebook = concat!(
        "     \"text\": [\n",
        "      \"[I 2026-12-06 14:21:46] 127.0.0.1:39272-[ftpuser] CWD /tmp/r593/ftphome/pub 250\\n\"\n",
        "     ]\n",
    );
    assert_eq!(
        reply_fields(notebook, &["line", "code", "command"]),
        rows(&[["2", "250", "CWD /tmp/r593/ftphome/pub"]])
    );
    let tcpflow = concat!(
        "0000: 5349 5a45 2073 697a 652d 3432 312e 6269 6e0d 0a SIZE size-421.bin..\n",
        "\n",
        "0000: 3231 3320 3432 310d 0a 213 421..\n",
    );
    assert_eq!(
        reply_fields(tcpflow, &["line", "code", "command"]),
        rows(&[["3", "213", "SIZE size-421.bin"]])
    );
}

/// The neighbours of the command label and the source listing, from the review of them: a
/// label every line of the log carries, replies included; a body line that says
/// `command:`; a reply after a traceback's location, two blanks in or with other lines
/// between.
#[test]
fn a_command_label_and_a_listing_leave_their_neighbours_alone() {
    let same_label = concat!(
        "10:00:00 ftp cmd: FEAT\n",
        "10:00:00 ftp cmd: 211-Features:\n",
        "10:00:00 ftp cmd:  MDTM\n",
        "10:00:00 ftp cmd:  SIZE\n",
        "10:00:00 ftp cmd: 211 End\n",
    );
    assert_eq!(
        reply_fields(same_label, &["line", "end_line", "code", "command"]),
        rows(&[["2", "5", "211", "FEAT"]])
    );
    let body = concat!(
        "STAT\n",
        "211-Status of ftp.example.com:\n",
        " Connected from 10.0.0.5\n",
        " Last command: RETR a.txt\n",
        "211 End of status\n",
        "< 214-The following commands are recognized.\n",
        "< Unknown cmd: XCRC\n",
        "< 214 Help OK.\n",
    );
    assert_eq!(
        reply_fields(body, &["line", "end_line", "code"]),
        rows(&[["2", "5", "211"], ["6", "8", "214"]])
    );
    let after_location = concat!(
        "  File \"/usr/lib/python3.11/ftplib.py\", line 230, in getresp\n",
        "ftp> get a.txt\n",
        "226 Transfer complete.\n",
        "  File \"/usr/lib/python3.11/ftplib.py\", line 230, in getresp\n",
        "  226 Transfer complete\n",
    );
    assert_eq!(
        reply_fields(after_location, &["line", "code"]),
        rows(&[["3", "226"], ["5", "226"]])
    );
}

/// ProFTPD's ExtendedLog with `LogFormat "%P %a %u \"%r\" %s %m"`: one client's two
/// sessions one after another, each in a process of its own, beside another client's, are
/// two sessions, told apart by the process id that starts each line (held-out round 585);
/// `%m` of OPTS UTF8 is `OPTS_UTF8`, a name with a digit.
#[test]
fn a_process_id_tells_apart_one_clients_sessions_one_after_another() {
    let log = concat!(
        "3175 127.0.0.3 - \"FEAT\" 211 FEAT\n",
        "3175 127.0.0.3 - \"OPTS_UTF8 ON\" 200 OPTS_UTF8\n",
        "3183 127.0.0.2 - \"FEAT\" 211 FEAT\n",
        "3175 127.0.0.3 - \"USER bob\" 331 USER\n",
        "3183 127.0.0.2 - \"USER alice\" 331 USER\n",
        "3175 127.0.0.3 bob \"PASS (hidden)\" 530 PASS\n",
        "3183 127.0.0.2 alice \"PASS (hidden)\" 230 PASS\n",
        "3190 127.0.0.3 - \"FEAT\" 211 FEAT\n",
        "3190 127.0.0.3 - \"USER bob\" 331 USER\n",
        "3183 127.0.0.2 alice \"RETR a.txt\" 226 RETR\n",
        "3190 127.0.0.3 bob \"PASS (hidden)\" 230 PASS\n",
        "3190 127.0.0.3 bob \"QUIT\" 221 QUIT\n",
    );
    let got = replies_by_session(log);
    assert_eq!(got.len(), 12, "{got:?}");
    let session_of = |line: u64| got.iter().find(|r| r.0 == line).map(|r| r.1.clone());
    // Each process's replies share one session; no two processes share one.
    for (a, b) in [
        (1, 2),
        (1, 4),
        (1, 6),
        (3, 5),
        (3, 7),
        (3, 10),
        (8, 9),
        (8, 11),
        (8, 12),
    ] {
        assert_eq!(session_of(a), session_of(b), "lines {a} and {b}: {got:?}");
    }
    for (a, b) in [(1, 3), (1, 8), (3, 8)] {
        assert_ne!(session_of(a), session_of(b), "lines {a} and {b}: {got:?}");
    }
    assert_eq!(got[1].2, "OPTS_UTF8 ON");
    // (A request's id, on its command's line and its reply's, starts no session.)
    let requests = concat!(
        "4001 10.0.0.5 USER alice\n",
        "4001 10.0.0.5 331 Password required\n",
        "4002 10.0.0.5 PASS secret\n",
        "4002 10.0.0.5 230 Logged in\n",
        "4003 10.0.0.5 PWD\n",
        "4003 10.0.0.5 257 \"/\" is the current directory\n",
    );
    let got = replies_by_session(requests);
    assert_eq!(got.len(), 3, "{got:?}");
    assert!(got.iter().all(|r| r.1 == got[0].1), "{got:?}");
}

/// A program's note of one file after another (ftplib's qftp: `size-421.bin retrieved`),
/// the next file's name starting with a code: the same note, no reply (held-out round
/// 603). A reply with other words after the name is one.
#[test]
fn the_same_note_of_another_file_is_no_reply() {
    let log = concat!(
        "RETR 550 report.txt\n",
        "150 Opening BINARY mode data connection.\n",
        "226 Transfer complete.\n",
        "size-421.bin retrieved\n",
        "550 report.txt retrieved\n",
        "size-421.bin retrieved\n",
        "550 report.txt: No such file or directory.\n",
    );
    assert_eq!(
        reply_fields(log, &["line", "code"]),
        rows(&[["2", "150"], ["3", "226"], ["7", "550"]])
    );
}

/// A line that starts with the name of the file the session's last command named, once
/// that command was answered, names the file (Commons Net's `PrintCommandListener` with
/// the script's own print of what it fetched, round 628, and `retrieve NAME: true, ...`
/// after the transfer's 226, round 645); a reply for a file, `name: message`, to the
/// command, and the reply the command got stay replies, and so do a reply logged again,
/// and a server's words that a made-up name happens to start with (from the review).
#[test]
fn the_name_of_the_file_just_fetched_is_no_reply() {
    let log = concat!(
        "RETR 550 report.txt\r\n",
        "150 Opening BINARY mode data connection for 550 report.txt (20 bytes).\r\n",
        "226 Transfer complete.\r\n",
        "550 report.txt says: not a reply, a file\n",
        "550 report.txt\n",
        "retrieve 550 report.txt: true, 20 bytes received, reply code 226\n",
        "RETR 550 report.txt\r\n",
        "550 report.txt: No such file or directory.\r\n",
        "STOR 553 upload.txt\r\n",
        "553 Could not create file.\r\n",
        "QUIT\r\n",
        "221 Goodbye.\r\n",
    );
    assert_eq!(
        reply_fields(log, &["line", "code", "command"]),
        rows(&[
            ["2", "150", "RETR 550 report.txt"],
            ["3", "226", "RETR 550 report.txt"],
            ["8", "550", "RETR 550 report.txt"],
            ["10", "553", "STOR 553 upload.txt"],
            ["12", "221", "QUIT"],
        ])
    );
    // The name and a colon right under the 226, the reply held for the line after it
    // (Commons Net's example, held-out round 645).
    let held = concat!(
        "RETR 550 report.txt\n",
        "125 Data connection already open. Transfer starting.\n",
        "226 Transfer complete.\n",
        "retrieve 550 report.txt: true, 12 bytes received, reply code 226\n",
        "550 report.txt: No such file or directory.\n",
    );
    // (A server's words for the file, in capitals, stay a reply: to a command the log
    // does not show, from the second review.)
    assert_eq!(
        reply_fields(held, &["line", "code"]),
        rows(&[["2", "125"], ["3", "226"], ["5", "550"]])
    );
    let like_replies = concat!(
        "*cmd* 'RETR 226 Transfer'\n",
        "*get* '150 Opening BINARY mode data connection for 226 Transfer (20 bytes).\\r\\n'\n",
        "*get* '226 Transfer complete.\\r\\n'\n",
        "*resp* '226 Transfer complete.'\n",
        "*cmd* 'RETR 421 Timeout.'\n",
        "*get* '150 Opening BINARY mode data connection.\\r\\n'\n",
        "*get* '226 Transfer complete.\\r\\n'\n",
        "*get* '421 Timeout.\\r\\n'\n",
        "*cmd* 'STOR 226 done.txt'\n",
        "*get* '150 Ok to send data.\\r\\n'\n",
        "*get* '226 done.txt stored\\r\\n'\n",
        "*resp* '226 done.txt stored'\n",
    );
    assert_eq!(
        reply_fields(like_replies, &["line", "code"]),
        rows(&[
            ["2", "150"],
            ["3", "226"],
            ["4", "226"],
            ["6", "150"],
            ["7", "226"],
            ["8", "421"],
            ["10", "150"],
            ["11", "226"],
            ["12", "226"],
        ])
    );
}

/// A record of a command and the reply it got, the reply quoted after the arrow (loguru's
/// `USER ftpuser -> '331 ...'`, round 632) or returned by a call that sent the command
/// (icecream's `ic| ftp.sendcmd('SIZE a.bin'): '213 421'`, round 632), names the reply's
/// command, and a call's returned string is a reply where the call names none
/// (`ic| ftp.quit(): '221 Goodbye.'`); and
/// such a record under the line that showed the reply already (ftplib's `*resp*`, then a
/// framework's log of the exchange, round 630) is a copy of it.
#[test]
fn a_record_of_a_command_and_its_quoted_reply_names_the_command() {
    let loguru = concat!(
        "2026-12-06 20:44:30.244 | INFO     | __main__:main:33 - USER ftpuser -> '331 Username ok, send password.'\n",
        "2026-12-06 20:44:30.244 | INFO     | __main__:main:33 - PASS secret -> '230 Login successful.'\n",
        "2026-12-06 20:44:30.244 | INFO     | __main__:main:33 - SYST -> '215 UNIX Type: L8'\n",
        "2026-12-06 20:44:30.256 | INFO     | __main__:main:33 - SIZE size-421.bin -> '213 421'\n",
    );
    assert_eq!(
        reply_fields(loguru, &["line", "code", "command"]),
        rows(&[
            ["1", "331", "USER ftpuser"],
            ["2", "230", "PASS ***"],
            ["3", "215", "SYST"],
            ["4", "213", "SIZE size-421.bin"],
        ])
    );
    // (The size alone, `213 421`, too: a call's value is what it returned, a string as
    // the program holds it. So is a call's that sent no command it shows, `ftp.quit()`.)
    let icecream = concat!(
        "ic| ftp.sendcmd('TYPE I'): '200 Type set to: Binary.'\n",
        "ic| ftp.sendcmd('SIZE size-421.bin'): '213 421'\n",
        "    ftp.sendcmd('MDTM size-421.bin'): '213 20261206204246'\n",
        "ic| ftp.quit(): '221 Goodbye.'\n",
        // (Other calls' strings are no replies, whatever digits start them.)
        "ic| book.title(): '220 Recipes for Beginners'\n",
        "ic| msg.get('Subject'): '530 meeting moved to 3pm'\n",
    );
    assert_eq!(
        reply_fields(icecream, &["line", "code", "command"]),
        rows(&[
            ["1", "200", "TYPE I"],
            ["2", "213", "SIZE size-421.bin"],
            ["3", "213", "MDTM size-421.bin"],
            ["4", "221", "-"],
        ])
    );
    let twice = concat!(
        "*cmd* 'SYST'\n",
        "*resp* '215 UNIX Type: L8'\n",
        "[2026-12-06 19:54:34,364] INFO in flaskapp: SYST -> 215 UNIX Type: L8\n",
    );
    assert_eq!(
        reply_fields(twice, &["line", "code", "copy_of"]),
        rows(&[["2", "215", "-"], ["3", "215", "2"]])
    );
}

/// The neighbours of a record of a command and its reply, from this stop's second review:
/// a bare verb's arrow to a file's name is no reply (and takes no reply after it); a call
/// on a path in small letters names no command; a call that returns a number is no call
/// that sent a command; and of records that name their command under a reply's line, only
/// the first is a copy of it.
#[test]
fn a_record_of_a_command_and_its_neighbours() {
    let p = "2026-12-06 20:44:30.244 | INFO     | __main__:main:33 - ";
    let loguru: String = [
        "USER ftpuser -> '331 Username ok, send password.'",
        "PASS secret -> '230 Login successful.'",
        "SYST -> '215 UNIX Type: L8'",
        "PWD -> '257 \"/\" is the current directory.'",
        "CWD pub -> '250 \"/pub\" is the current directory.'",
        "TYPE A -> '200 Type set to: ASCII.'",
        "STOR -> '421-notes.txt'",
        "TYPE I -> '200 Type set to: Binary.'",
        "RETR -> '550 report.txt'",
        "QUIT -> '221 Goodbye.'",
    ]
    .iter()
    .map(|l| format!("{p}{l}\n"))
    .collect();
    assert_eq!(
        reply_fields(&loguru, &["line", "code", "command"]),
        rows(&[
            ["1", "331", "USER ftpuser"],
            ["2", "230", "PASS ***"],
            ["3", "215", "SYST"],
            ["4", "257", "PWD"],
            ["5", "250", "CWD pub"],
            ["6", "200", "TYPE A"],
            ["8", "200", "TYPE I"],
            ["10", "221", "QUIT"],
        ])
    );
    let paths = concat!(
        "*cmd* 'CWD list'\n",
        "*resp* '250 \"/list\" is the current directory.'\n",
        "ic| ftp.cwd('list'): '250 \"/list\" is the current directory.'\n",
    );
    assert_eq!(
        reply_fields(paths, &["line", "code", "command", "copy_of"]),
        rows(&[["2", "250", "CWD list", "-"], ["3", "250", "CWD list", "2"]])
    );
    let table = concat!(
        "ic| REPLY_CODES.get('USER'): 331\n",
        "ic| REPLY_CODES.get('RETR'): 226\n",
        "ic| REPLY_CODES.get('QUIT'): 221\n",
    );
    assert_eq!(reply_fields(table, &["line"]), rows::<1>(&[]));
    let twice = concat!(
        "*cmd* 'DELE a.txt'\n",
        "*resp* '550 No such file or directory.'\n",
        "\"DELE a.txt\" 550 No such file or directory.\n",
        "\"DELE a.txt\" 550 No such file or directory.\n",
    );
    assert_eq!(
        reply_fields(twice, &["line", "copy_of"]),
        rows(&[["2", "-"], ["3", "2"], ["4", "-"]])
    );
}

/// The neighbours of the command label and of the next process, from the second review:
/// a client's log that labels both sides (`Command:` and `Response:`, shapes of their own)
/// with a multi-line reply cut short; a number at the start that is a time or a size, not
/// a process; two processes of one address at once (NAT).
#[test]
fn a_label_and_a_process_and_their_neighbours() {
    let cut = concat!(
        "Command:\tHELP\n",
        "Response:\t214-The following commands are recognized.\n",
        "Response:\t ABOR ACCT ALLO APPE CDUP CWD  DELE EPRT EPSV FEAT HELP LIST MDTM MKD\n",
        "Command:\tQUIT\n",
        "Response:\t221 Goodbye.\n",
    );
    assert_eq!(
        reply_fields(cut, &["line", "end_line", "code", "command"]),
        rows(&[["2", "3", "214", "HELP"], ["5", "5", "221", "QUIT"]])
    );
    let epoch = concat!(
        "1733389201 10.0.0.5 - \"USER alice\" 331 USER\n",
        "1733389201 10.0.0.5 alice \"PASS (hidden)\" 230 PASS\n",
        "1733389201 10.0.0.5 alice \"PWD\" 257 PWD\n",
        "1733389202 10.0.0.5 alice \"RETR a.txt\" 226 RETR\n",
        "1024 10.0.0.5 alice \"RETR a.bin\" 226 RETR\n",
        "1024 10.0.0.5 alice \"RETR b.bin\" 226 RETR\n",
        "1024 10.0.0.5 alice \"RETR c.bin\" 226 RETR\n",
        "2048 10.0.0.5 alice \"RETR d.bin\" 226 RETR\n",
    );
    let got = replies_by_session(epoch);
    assert_eq!(got.len(), 8, "{got:?}");
    assert!(got.iter().all(|r| r.1 == got[0].1), "{got:?}");
    let nat = concat!(
        "3175 203.0.113.9 - \"USER bob\" 331 USER\n",
        "3175 203.0.113.9 bob \"PASS (hidden)\" 230 PASS\n",
        "3175 203.0.113.9 bob \"PWD\" 257 PWD\n",
        "3183 203.0.113.9 - \"USER alice\" 331 USER\n",
        "3175 203.0.113.9 bob \"RETR a.txt\" 226 RETR\n",
        "3183 203.0.113.9 alice \"PASS (hidden)\" 230 PASS\n",
        "3175 203.0.113.9 bob \"QUIT\" 221 QUIT\n",
        "3183 203.0.113.9 alice \"QUIT\" 221 QUIT\n",
    );
    let got = replies_by_session(nat);
    let session_of = |line: u64| got.iter().find(|r| r.0 == line).map(|r| r.1.clone());
    for (a, b) in [(1, 2), (1, 3), (1, 5), (1, 7), (4, 6), (4, 8)] {
        assert_eq!(session_of(a), session_of(b), "lines {a} and {b}: {got:?}");
    }
    assert_ne!(session_of(1), session_of(4), "{got:?}");
}

/// A log whose words a spreadsheet split into cells at its spaces and saved as CSV
/// (Gnumeric's `ssconvert` of ftplib's debug output, round 648; Miller's `--inidx --ifs ' '
/// --ocsv` of pyftpdlib's log, round 634) is read as its lines were: each reply found, with
/// its command and its text, a quoted cell's commas kept. Rows of numbers and tshark's
/// quoted fields are no such rows.
#[test]
fn a_log_split_into_cells_is_read_as_its_lines() {
    let sheet = concat!(
        "*get*,220,r648,vsftpd,ready.\\n',,,\n",
        "*resp*,220,r648,vsftpd,ready.',,,\n",
        "*cmd*,SIZE,size-421.bin',,,\n",
        "*put*,SIZE,size-421.bin\\r\\n',,,\n",
        "*get*,213,421\\n',,,\n",
        "*resp*,213,421',,,\n",
        "*cmd*,PASV',,,,,,\n",
        "*get*,227,Entering,Passive,Mode,\"(127,0,0,1,72,237).\\n'\",,\n",
        "*cmd*,RETR,550,report.txt',,,,,\n",
        "*get*,550,Failed,to,open,file.\\n',,\n",
    );
    assert_eq!(
        reply_fields(sheet, &["line", "code", "command", "text"]),
        rows(&[
            ["1", "220", "-", "r648 vsftpd ready."],
            ["2", "220", "-", "r648 vsftpd ready.'"],
            ["5", "213", "SIZE size-421.bin", "421"],
            ["6", "213", "SIZE size-421.bin", "421'"],
            [
                "8",
                "227",
                "PASV",
                "Entering Passive Mode (127,0,0,1,72,237)."
            ],
            ["10", "550", "RETR 550 report.txt", "Failed to open file."],
        ])
    );
    let miller = concat!(
        "1,2,3,4,5,6,7,8,9,10\n",
        "[D,2026-12-06,21:20:58],127.0.0.1:56752-[],->,220,pyftpdlib,2.2.0,ready.,,\n",
        "[D,2026-12-06,21:20:58],127.0.0.1:56752-[],<-,USER,ftpuser,,,,\n",
        "[D,2026-12-06,21:20:58],127.0.0.1:56752-[],->,331,Username,\"ok,\",send,password.\n",
        "[D,2026-12-06,21:21:01],127.0.0.1:56752-[ftpuser],<-,PWD,,,,,\n",
        "[D,2026-12-06,21:21:01],127.0.0.1:56752-[ftpuser],->,257,\"\"\"/\"\"\",is,the,current\n",
    );
    assert_eq!(
        reply_fields(miller, &["line", "code", "command", "text"]),
        rows(&[
            ["2", "220", "-", "pyftpdlib 2.2.0 ready."],
            ["4", "331", "USER ftpuser", "Username ok, send password."],
            ["6", "257", "PWD", "\"/\" is the current"],
        ])
    );
    // Numbers only, and quoted fields: nothing read from them as words.
    let numbers = "12,220,421,550\n1,2,3,4\n\"31\",,\"211\",\"x\"\n";
    assert_eq!(reply_fields(numbers, &["line", "code"]), rows::<2>(&[]));
    // A table's rows fill their columns (JMeter's results, a list of codes): no words
    // split into cells, and a list's quoted text stays its text (from the review).
    let table = concat!(
        "1733500000000,12,FTP,226,OK,TG-1,text,true\n",
        "[220,331,230]\n",
        "['220','Ready']\n",
    );
    assert_eq!(
        reply_fields(table, &["line", "code", "text"]),
        rows(&[["3", "220", "Ready"]])
    );
    // A header that comes after such rows names the columns the rest is read by. (One
    // client's: a reply to 10.0.0.1 never answers 10.0.0.2's PASS, whichever waits.)
    let header_later = concat!(
        "[D,12:00:01],->,220,Ready,,,\n",
        "[D,12:00:02],<-,USER,ann,,,\n",
        "[D,12:00:03],->,331,Password,required,,\n",
        "time,client,code,message\n",
        "12:00:04,10.0.0.1,PASS,x\n",
        "12:00:05,10.0.0.1,230,OK\n",
    );
    assert_eq!(
        reply_fields(header_later, &["line", "code", "command"]),
        rows(&[
            ["1", "220", "-"],
            ["3", "331", "USER ann"],
            ["6", "230", "PASS"]
        ])
    );
}

/// A test report's lines (Robot Framework's output.xml over FtpLibrary, round 650): a
/// keyword's verdict, `status="PASS"`, is no PASS command, so nothing waits for a reply
/// after it; and a listed file's name alone in the report's message shape, after
/// `<arg>TYPE A</arg>` (a copy of a command answered already), is no 421.
#[test]
fn a_test_reports_verdicts_and_names_are_no_dialogue() {
    let head = concat!(
        "<msg time=\"2026-12-07T00:00:48.886562\" level=\"INFO\">214-The following commands are recognized:\n",
        "<msg time=\"2026-12-07T00:00:48.887173\" level=\"TRACE\">Arguments: [ '",
        "<msg time=\"2026-12-07T00:00:48.887173\" level=\"TRACE\">Arguments: [ '214-The following commands are recognized:\\n",
        " ABOR   ALLO   APPE   CDUP   CWD    DELE   EPRT   EPSV  \\n",
        " FEAT   HELP   LIST   MDTM   MFMT   MKD    MLSD   MLST  \\n",
        " MODE   NLST   NOOP   OPTS   PASS   PASV   PORT   PWD   \\n",
        " QUIT   REIN   REST   RETR   RMD    RNFR   RNTO   SITE  \\n",
        " SIZE   STAT   STOR   STOU   STRU   SYST   TYPE   USER  \\n",
        " XCUP   XCWD   XMKD   XPWD   XRMD  \\n",
        "214 Help command successful.' ]</msg>",
        "\n",
        "<msg time=\"2026-12-07T00:00:48.887240\" level=\"INFO\">214-The following commands are recognized:\n",
        "214 Help command successful.</msg>\n",
    );
    let name = "<msg time=\"2026-12-07T00:00:48.896385\" level=\"INFO\">421-notes.txt</msg>\n";
    let verdict =
        "<status status=\"PASS\" start=\"2026-12-07T00:00:48.893423\" elapsed=\"0.002208\"/>\n";
    let listing = "-rw-r--r--   1 root     root            6 Dec 07 00:00 421-notes.txt\n";
    let replies = rows(&[["1", "214"], ["3", "214"]]);
    assert_eq!(
        reply_fields(format!("{head}{verdict}{name}"), &["line", "code"]),
        replies
    );
    assert_eq!(
        reply_fields(
            format!("{head}{listing}<arg>TYPE A</arg>\n{name}"),
            &["line", "code"]
        ),
        replies
    );
}

/// A transcript pasted as a Markdown table (a GitHub issue's): a cell ends at its bar, so
/// neither the reply's text nor the command keeps the table's ` |`, whatever columns follow.
#[test]
fn a_markdown_tables_cells_end_at_their_bars() {
    let log = concat!(
        "| dir | line | ms |\n",
        "|---|---|---|\n",
        "| S | 220 (vsFTPd 3.0.3) | 0 |\n",
        "| C | USER ann |\n",
        "| S | 331 Please specify the password. |\n",
        "| C | PWD | 12 |\n",
        "| S | 257 \"/home/ann\" is the current directory | 13 |\n",
    );
    assert_eq!(
        reply_fields(log, &["code", "command", "text"]),
        rows(&[
            ["220", "-", "(vsFTPd 3.0.3)"],
            ["331", "USER ann", "Please specify the password."],
            ["257", "PWD", "\"/home/ann\" is the current directory"],
        ])
    );
}

/// A session that died in the middle of a multi-line reply (vsftpd's protocol log: the
/// `211-` opened, its end never logged) while another goes on: the reply is given up on
/// 1000 lines on, where the other session's lines stand, not held to the end of the input
/// (which `tail -f` never reaches).
#[test]
fn a_reply_never_closed_is_reported_once_given_up_on() {
    let line = |pid: u32, what: &str, client: u32, text: &str| {
        format!(
            "Tue Dec  1 20:19:51 2026 [pid {pid}] {what}: Client \"127.0.0.{client}\", \"{text}\"\n"
        )
    };
    let mut log = String::new();
    log += &line(100, "FTP response", 2, "220 ready");
    log += &line(200, "FTP response", 3, "220 ready");
    log += &line(100, "FTP command", 2, "FEAT");
    log += &line(100, "FTP response", 2, "211-Features:");
    log += &line(100, "FTP response", 2, " EPSV");
    for _ in 0..260 {
        log += &line(200, "FTP command", 3, "RETR f.txt");
        log += &line(
            200,
            "FTP response",
            3,
            "150 Opening BINARY mode data connection.",
        );
        log += &line(200, "FTP response", 3, "226 Transfer complete.");
        log += "Tue Dec  1 20:19:51 2026 [pid 200] [ann] OK DOWNLOAD: Client \"127.0.0.3\", \
                \"/f.txt\", 6 bytes, 3.21Kbyte/sec\n";
    }
    let replies = reply_fields(&log, &["line", "end_line", "code"]);
    let at = replies
        .iter()
        .position(|r| r[2] == "211")
        .expect("the 211 reported");
    assert_eq!(replies[at], ["4", "5", "211"]);
    // (Given up on at line 1005, the first line 1000 after it that is no reply's.)
    assert_eq!(replies[at - 1], ["1004", "1004", "226"]);
    assert_eq!(replies[at + 1], ["1007", "1007", "150"]);
    assert_eq!(replies.len(), 3 + 2 * 260);
}

/// IIS FTP rows without their `#Fields:` header (OSSEC's documentation of IIS 5 and 6 FTP
/// logs, held-out round 669): an argument IIS does not log is `-`, and a finished upload
/// is logged as `created`, no verb; each row is a reply, and its command is the row's.
#[test]
fn iis_rows_without_their_header_are_replies_to_their_own_command() {
    let log = concat!(
        "  13:15:45 172.28.129.116 [51]USER xxxxx 331 0\n",
        "  13:15:46 172.28.129.116 [51]PASS - 230 0\n",
        "  13:17:19 172.28.129.116 [51]created /filename 226 0\n",
        "  13:18:44 172.28.129.116 [51]QUIT - 226 0\n",
        "  2004-12-30 11:24:43 203.115.228.178 - MSFTPSVC1 MULTIMEDIA 192.168.0.203 21 \
         [13]PASS - - 530 1326 FTP - - - - \n",
    );
    assert_eq!(
        reply_fields(log, &["line", "code", "command"]),
        rows(&[
            ["1", "331", "USER xxxxx"],
            ["2", "230", "PASS ***"],
            ["3", "226", "created /filename"],
            ["4", "226", "QUIT -"],
            ["5", "530", "PASS ***"],
        ])
    );
}

/// A session typed by hand over telnet (a course's walkthrough, held-out round 670): its
/// commands in lower or mixed case, each a verb and an argument its syntax allows, get
/// their replies; prose between them that starts with such a word does not, nor does a
/// word of a log whose replies are not bare (lynx's `pass LYFillLocalFile:...`).
#[test]
fn commands_typed_by_hand_in_any_case_get_their_replies() {
    let log = concat!(
        "    220 ProFTPD 1.2.7 Server (ProFTPD Default Installation) [host]\n",
        "    user ist362\n",
        "    331 Password required for ist362.\n",
        "    pass test\n",
        "    230 User ist362 logged in.\n",
        "    PorT 10,102,44,119,8,0 use IP of your computer here\n",
        "    200 PORT command successful\n",
        "    list\n",
        "    150 Opening ASCII mode data connection for file list\n",
        "    226 Transfer complete.\n",
        "    Type your password again and the server answers:\n",
        "    sYSt\n",
        "    215 UNIX Type: L8\n",
        "    List of what the server said next:\n",
        "    200 NOOP command successful.\n",
        // (A heading's word, one capital and the rest small: no command. From the review.)
        "    Help\n",
        "    502 Command not implemented.\n",
    );
    assert_eq!(
        reply_fields(log, &["code", "command"]),
        rows(&[
            ["220", "-"],
            ["331", "user ist362"],
            ["230", "pass ***"],
            ["200", "PorT 10,102,44,119,8,0 use IP of your computer here"],
            ["150", "list"],
            ["226", "list"],
            ["215", "sYSt"],
            ["200", "-"],
            ["502", "-"],
        ])
    );
    let lynx = concat!(
        "    Rx: 220 FTP Server ready.\n",
        "pass LYFillLocalFile:`ftp://127.0.0.1:2508/'\n",
        "    Rx: 226 Transfer complete.\n",
    );
    assert_eq!(
        reply_fields(lynx, &["code", "command"]),
        rows(&[["220", "-"], ["226", "-"]])
    );
}

/// ProFTPD's mod_copy driven through telnet, as penetration-test write-ups show it
/// (held-out round 693): `site cpfr` and `site cpto` typed in lower case get their 350 and
/// 250; a sentence that starts with `site` and names no SITE command a server documents
/// is no command.
#[test]
fn site_commands_typed_by_hand_get_their_replies() {
    let log = concat!(
        "220 ProFTPD 1.3.5 Server (ProFTPD Default Installation) [192.168.1.145]\n",
        "site cpfr /etc/passwd\n",
        "350 File or directory exists, ready for destination name\n",
        "site cpto /var/www/html/test.php          \n",
        "250 Copy successful\n",
        "site is down\n",
        "421 Timeout.\n",
    );
    assert_eq!(
        reply_fields(log, &["code", "command"]),
        rows(&[
            ["220", "-"],
            ["350", "site cpfr /etc/passwd"],
            ["250", "site cpto /var/www/html/test.php"],
            ["421", "-"],
        ])
    );
}

/// ProFTPD's ExtendedLog in formats of one's own (captures of held-out rounds 687 and 691):
/// the command's name, its code and the reply's text in quotes (`%m %s "%S"`) is a record of
/// a reply, not a command `USER 331 ...`; ProFTPD's `OPTS_MLST` is an OPTS. Two clients of
/// one address are told apart by the number logged in a field right after it, the serving
/// process (`%a %P`) or the client's port (`%a|%{remote-port}|`).
#[test]
fn proftpd_records_of_ones_own_keep_their_commands_and_connections() {
    let pid_mid = concat!(
        "1796629165 127.0.0.2 port=60819 [30806] USER 331 \"Password required for bob\" user=-\n",
        "1796629165 127.0.0.2 port=46137 [30803] USER 331 \"Password required for alice\" user=-\n",
        "1796629165 127.0.0.2 port=60819 [30806] PASS 530 \"Login incorrect.\" user=-\n",
        "1796629165 127.0.0.4 port=32921 [30845] CLNT 200 \"OK\" user=-\n",
        "1796629165 127.0.0.4 port=32921 [30845] OPTS_MLST 200 \"MLST OPTS modify;perm;size;type;\" user=dave\n",
        "1796629166 ::1 port=55923 [30809] CWD 550 \"/no/such: No such file or directory\" user=erin\n",
    );
    assert_eq!(
        reply_fields(pid_mid, &["code", "command"]),
        rows(&[
            ["331", "USER"],
            ["331", "USER"],
            ["530", "PASS"],
            ["200", "CLNT"],
            ["200", "OPTS_MLST"],
            ["550", "CWD"],
        ])
    );
    // (A command's argument stays one: a number and no quote after it, or a command
    // marked as sent, whose argument is a name that starts with digits. From the review.)
    assert_eq!(
        reply_fields("REST 350\n350 Restarting at 350.\n", &["code", "command"]),
        rows(&[["350", "REST 350"]])
    );
    assert_eq!(
        reply_fields(
            "---> STOR 250 \"report 2024.txt\"\n226 Transfer complete\n",
            &["code", "command"]
        ),
        rows(&[["226", "STOR 250 \"report 2024.txt\""]])
    );
    // (A number after an address that is no port nor pid, a message's length, keys
    // nothing: the client's lines stay one session. From the review.)
    let lengths = concat!(
        "10.0.0.5 12 > USER bob\n",
        "10.0.0.5 37 < 331 Password required\n",
        "10.0.0.5 11 > RETR a.txt\n",
        "10.0.0.5 30 < 550 Failed to open file.\n",
    );
    let r = reply_fields(lengths, &["session", "command", "user"]);
    assert_eq!(r[0][0], r[1][0]);
    assert_eq!(r[1][1..], ["RETR a.txt", "bob"]);
    let pid_after = concat!(
        "[07/Dec/2026:06:08:43 +0000] ::1 24741 - \"USER alice\" 331\n",
        "[07/Dec/2026:06:08:43 +0000] ::1 24748 - \"USER bob\" 331\n",
        "[07/Dec/2026:06:08:43 +0000] ::1 24741 alice \"PASS (hidden)\" 230\n",
        "[07/Dec/2026:06:08:43 +0000] ::1 24748 - \"PASS (hidden)\" 530\n",
    );
    let port_after = concat!(
        "2026-12-07 07:39:25,693|::1|55923|-|USER erin|331|Password required for erin|-|pid=30809\n",
        "2026-12-07 07:39:25,710|::1|56995|-|USER frank|331|Password required for frank|-|pid=30814\n",
        "2026-12-07 07:39:25,697|::1|55923|erin|PASS (hidden)|230|User erin logged in|-|pid=30809\n",
        "2026-12-07 07:39:25,715|::1|56995|-|PASS (hidden)|530|Login incorrect.|-|pid=30814\n",
    );
    for log in [pid_after, port_after] {
        let r = reply_fields(log, &["code", "session", "command"]);
        assert_eq!(r.len(), 4, "{log}");
        assert_eq!(r[0][1], r[2][1], "{log}");
        assert_eq!(r[1][1], r[3][1], "{log}");
        assert_ne!(r[0][1], r[1][1], "{log}");
        assert!(
            r[2][2].starts_with("PASS") && r[3][2].starts_with("PASS"),
            "{log}"
        );
    }
}

/// journalctl's `-o json-sse` (held-out round 690): each record after `data: `, its fields
/// in any order, the message among the last; the commands in the messages are found there
/// as in a record that starts its line, and each reply gets its client's.
#[test]
fn server_sent_event_records_keep_their_commands() {
    // (Every record has the server's pid, before the message or after it.)
    let record = |pid_first: bool, message: &str| {
        let pid = "\"_PID\":\"2435\",";
        let (before, after) = if pid_first { (pid, "") } else { ("", pid) };
        format!(
            "data: {{{before}\"_HOSTNAME\":\"vm\",\"_MACHINE_ID\":\"3d1219c7\",\"_STREAM_ID\":\"d7d75ea1\",\"SYSLOG_IDENTIFIER\":\"pyftpdlib\",\"_BOOT_ID\":\"5de576ae\",\"PRIORITY\":\"6\",\"MESSAGE\":\"[D 2026-12-07 07:39:37] {message}\",{after}\"_COMM\":\"cat\"}}\n\n"
        )
    };
    let log = [
        record(true, "127.0.0.2:55471-[] -> 220 pyftpdlib ready (r690)."),
        record(false, "127.0.0.6:59847-[] -> 220 pyftpdlib ready (r690)."),
        record(true, "127.0.0.2:55471-[] <- USER alice"),
        record(false, "127.0.0.6:59847-[] <- USER bob"),
        record(
            true,
            "127.0.0.6:59847-[] -> 331 Username ok, send password.",
        ),
        record(
            false,
            "127.0.0.2:55471-[] -> 331 Username ok, send password.",
        ),
    ]
    .concat();
    assert_eq!(
        reply_fields(log, &["code", "command"]),
        rows(&[
            ["220", "-"],
            ["220", "-"],
            ["331", "USER bob"],
            ["331", "USER alice"],
        ])
    );
}

/// ABOR as servers log it, after the Telnet signals RFC 959 §4.1.3 sends before it (IAC IP
/// IAC DM): vsftpd writes each byte as `?`, pyftpdlib as U+FFFD (held-out rounds 690, 703
/// and 705). It is ABOR: the transfer it stops gets its 426, ABOR its 226 (or 225).
#[test]
fn abor_after_telnet_signals_is_abor() {
    let vsftpd = concat!(
        "Mon Dec  7 09:17:32 2026 [pid 18913] [dave] FTP command: Client \"127.0.0.5\", \"RETR big.bin\"\n",
        "Mon Dec  7 09:17:32 2026 [pid 18913] [dave] FTP response: Client \"127.0.0.5\", \"150 Opening BINARY mode data connection for big.bin (67108864 bytes).\"\n",
        "Mon Dec  7 09:17:32 2026 [pid 18913] [dave] FTP command: Client \"127.0.0.5\", \"????ABOR\"\n",
        "Mon Dec  7 09:17:32 2026 [pid 18913] [dave] FTP response: Client \"127.0.0.5\", \"426 Failure writing network stream.\"\n",
        "Mon Dec  7 09:17:32 2026 [pid 18913] [dave] FTP response: Client \"127.0.0.5\", \"226 ABOR successful.\"\n",
    );
    assert_eq!(
        reply_fields(vsftpd, &["code", "command"]),
        rows(&[
            ["150", "RETR big.bin"],
            ["426", "RETR big.bin"],
            ["226", "ABOR"]
        ])
    );
    let pyftpdlib = concat!(
        "[D 2026-12-07 07:39:38] 127.0.0.4:44685-[carol] <- \u{fffd}\u{fffd}\u{fffd}\u{fffd}ABOR\n",
        "[D 2026-12-07 07:39:38] 127.0.0.4:44685-[carol] -> 225 No transfer to abort.\n",
    );
    assert_eq!(
        reply_fields(pyftpdlib, &["code", "command"]),
        rows(&[["225", "ABOR"]])
    );
    // (ProFTPD's records of an EPSV ALL, which servers answer 200, and of a command it
    // does not know.)
    let proftpd = concat!(
        "[07/Dec/2026:09:16:57 +0000] 127.0.0.5 18565 dave \"EPSV ALL\" 200\n",
        "[07/Dec/2026:09:16:57 +0000] 127.0.0.7 18570 frank \"XYZZY\" 500\n",
    );
    assert_eq!(
        reply_fields(proftpd, &["code", "command"]),
        rows(&[["200", "EPSV ALL"], ["500", "XYZZY"]])
    );
}

/// vsftpd's `Client "::1"` names its client (held-out round 709: 23 clients at once, one
/// user on 127.0.0.2 and ::1): the 230 from the process vsftpd starts after login goes to
/// the session of its own client, not to the other one waiting for the same user's PASS.
#[test]
fn a_login_of_an_ipv6_client_stays_in_its_session() {
    let log = concat!(
        "Mon Dec  7 09:42:21 2026 [pid 10203] CONNECT: Client \"127.0.0.2\"\n",
        "Mon Dec  7 09:42:21 2026 [pid 10203] FTP response: Client \"127.0.0.2\", \"220 (vsFTPd 3.0.3)\"\n",
        "Mon Dec  7 09:42:21 2026 [pid 10203] FTP command: Client \"127.0.0.2\", \"USER carol\"\n",
        "Mon Dec  7 09:42:21 2026 [pid 10203] [carol] FTP response: Client \"127.0.0.2\", \"331 Please specify the password.\"\n",
        "Mon Dec  7 09:42:21 2026 [pid 10203] [carol] FTP command: Client \"127.0.0.2\", \"PASS <password>\"\n",
        "Mon Dec  7 09:42:21 2026 [pid 10211] CONNECT: Client \"::1\"\n",
        "Mon Dec  7 09:42:21 2026 [pid 10211] FTP response: Client \"::1\", \"220 (vsFTPd 3.0.3)\"\n",
        "Mon Dec  7 09:42:21 2026 [pid 10211] FTP command: Client \"::1\", \"USER carol\"\n",
        "Mon Dec  7 09:42:21 2026 [pid 10211] [carol] FTP response: Client \"::1\", \"331 Please specify the password.\"\n",
        "Mon Dec  7 09:42:21 2026 [pid 10211] [carol] FTP command: Client \"::1\", \"PASS <password>\"\n",
        "Mon Dec  7 09:42:21 2026 [pid 10247] [carol] FTP response: Client \"127.0.0.2\", \"230 Login successful.\"\n",
        "Mon Dec  7 09:42:21 2026 [pid 10251] [carol] FTP response: Client \"::1\", \"230 Login successful.\"\n",
    );
    let r = reply_fields(log, &["session", "client", "command"]);
    assert_eq!(r.len(), 6, "{r:?}");
    // The 220, 331 and 230 of each client share its session.
    assert_eq!(r[0][0], r[1][0]);
    assert_eq!(r[0][0], r[4][0]);
    assert_eq!(r[2][0], r[3][0]);
    assert_eq!(r[2][0], r[5][0]);
    assert_ne!(r[0][0], r[2][0]);
    assert_eq!(r[3][1], "::1");
    assert_eq!(r[4][1..], ["127.0.0.2", "PASS ***"]);
    assert_eq!(r[5][1..], ["::1", "PASS ***"]);
}

/// A paste that puts each line of a log in a Markdown code span (held-out round 707): the
/// commands in them are commands, without the span's closing backtick.
#[test]
fn commands_in_code_spans() {
    let log = concat!(
        "**PASV**\n",
        "`PASV`\n",
        "`227 Entering Passive Mode (172,17,0,2,151,53)`\n",
        "`USER bob`\n",
        "`331 Password required`\n",
    );
    assert_eq!(
        reply_fields(log, &["code", "command", "user"]),
        rows(&[["227", "PASV", "-"], ["331", "USER bob", "bob"]])
    );
}

/// tcpflow 1.6's `-c`, the bytes on the line of their connection's ends (held-out round
/// 700): each connection is a session, named by its client's end.
#[test]
fn tcpflow_lines_name_their_connection() {
    let log = concat!(
        "127.000.000.001.19351-127.000.000.002.39737: 220 pyftpdlib 2.2.0 ready.\n",
        "127.000.000.001.19351-127.000.000.003.50161: 220 pyftpdlib 2.2.0 ready.\n",
        "127.000.000.002.39737-127.000.000.001.19351: USER alice\n",
        "127.000.000.003.50161-127.000.000.001.19351: USER bob\n",
        "127.000.000.001.19351-127.000.000.002.39737: 331 Username ok, send password.\n",
        "127.000.000.001.19351-127.000.000.003.50161: 331 Username ok, send password.\n",
    );
    assert_eq!(
        reply_fields(log, &["session", "client", "command"]),
        rows(&[
            ["127.000.000.002.39737", "127.000.000.002", "-"],
            ["127.000.000.003.50161", "127.000.000.003", "-"],
            ["127.000.000.002.39737", "127.000.000.002", "USER alice"],
            ["127.000.000.003.50161", "127.000.000.003", "USER bob"],
        ])
    );
}

/// nmap's report of a service's answers (held-out round 693): a `214-` whose closing line
/// nmap left out ends where the report's next item starts left of its gutter, so the
/// greeting under `|_` and the replies in the service fingerprint after it are found.
#[test]
fn a_reply_drawn_under_a_gutter_ends_where_the_gutter_does() {
    let log = concat!(
        "| fingerprint-strings: \n",
        "|   Help: \n",
        "|     220 Servidor ProFTPD (Debian) [::ffff:192.168.10.30]\n",
        "|     214-Se reconocen las siguiente \n",
        "|     XCWD CDUP XCUP SMNT* QUIT PORT PASV \n",
        "|     comentario a root@papaya\n",
        "|   NULL, SMBProgNeg, SSLSessionReq: \n",
        "|_    220 Servidor ProFTPD (Debian) [::ffff:192.168.10.30]\n",
        "| ftp-anon: Anonymous FTP login allowed (FTP code 230)\n",
        "SF-Port21-TCP:V=7.95%I=7%D=5/5%Time=681959C8%P=x86_64-pc-linux-gnu%r(NULL,\n",
        "SF:37,\"220\\x20Servidor\\x20ProFTPD\\x20\\(Debian\\)\\x20\\[::ffff:192\\.168\\.10\\\n",
        "SF:.30\\]\\r\\n\");\n",
    );
    assert_eq!(
        reply_fields(log, &["line", "end_line", "code"]),
        rows(&[
            ["3", "3", "220"],
            ["4", "6", "214"],
            ["8", "8", "220"],
            ["11", "12", "220"],
        ])
    );
    // (A bare `|`, or a line under no gutter, is a line of the reply: from the review.)
    let bare = concat!(
        "|     214-The following commands are recognized (* =>'s unimplemented):\n",
        "|     CWD XCWD CDUP XCUP SMNT* QUIT PORT PASV\n",
        "|\n",
        "|     EPRT EPSV ALLO* RNFR RNTO DELE MDTM RMD\n",
        "|     214 Direct comments to root@localhost\n",
        "|     211-Features:\n",
        "  MDTM\n",
        "|     211 End\n",
    );
    assert_eq!(
        reply_fields(bare, &["line", "end_line", "code"]),
        rows(&[["1", "5", "214"], ["6", "8", "211"]])
    );
}

/// RFC 2228's protected replies in a client's debug output (UberFTP against dCache,
/// held-out round 694): a 633 whose text is base 64 is a reply, and the reply it protects,
/// printed decoded after it, answers the command the ENC carried.
#[test]
fn a_protected_reply_and_the_reply_it_carries() {
    let log = concat!(
        "MLST .\n",
        "Encoded cmd: ENC FwMAACBZqiq2bq/yuotclXVTFMWpOBoU5kU1E4arshKc6UBdkg==\n",
        "Encoded resp: 633 FwMAAMDSE2xfbO9bvnl6I64/HKy9kiFU0BkZammQ+KGBHBlxFLRt3ukrtC8ePXZs570nIW",
        "g/JXA1ErOZA7qPw7izSOS894Vh14MgNwuqDibbsjZhruD52ShfQa8mIfSQfkA1mu63o5nyzj2UvZ0kz0xkU2dMEi",
        "VjkI17Xq488M4NOE6+CwZMJd9JlEnGtX1j1EEpokf3EYitZbe+uixDNNJ2z1Vo94909rukjpTVMGXXuxd7o04GrY",
        "xiuG9hC880DPldz2g=\n",
        "250- Listing .\n",
        " UNIX.group=3200;Perm=celm;Type=dir;UNIX.mode=755;Modify=20121017114537; /litvinse\n",
        "250 End\n",
    );
    let r = reply_fields(log, &["code", "command"]);
    assert_eq!(r.len(), 2, "{r:?}");
    assert_eq!(r[0][0], "633");
    assert!(r[0][1].starts_with("ENC "), "{r:?}");
    assert_eq!(r[1], ["250", "MLST ."]);
    // (A hex digest is no base 64 of a reply: from the review.)
    assert!(reply_fields("631 d41d8cd98f00b204e9800998ecf8427e\n", &["code"]).is_empty());
}

/// A client's message that names the command before the reply it quotes, in capitals in
/// its words or as a label, in a session that has shown no command (held-out rounds 674,
/// 684 and 695): the reply answers that command.
#[test]
fn a_command_named_in_capitals_before_a_quoted_reply() {
    let brackets = concat!(
        "NodeDebugUtils.js:117 [node-log 8:40:15 PM] disconnected\n",
        "NodeDebugUtils.js:117 [node-log 8:40:15 PM] quit:221 Goodbye.\n",
    );
    assert_eq!(
        reply_fields(brackets, &["code", "command"]),
        rows(&[["221", "QUIT"]])
    );
    // (Prose that names a verb's word, and a greeting, name no command: from the review.)
    for line in [
        "Connected to host ftp.example.com: 220 ProFTPD Server ready.\n",
        "Message from site admin: 421 Service not available, closing control connection.\n",
        "host: 220 ftp.example.com FTP server ready\n",
        "Result of the size check: 213 1024\n",
    ] {
        assert_eq!(reply_fields(line, &["command"]), rows(&[["-"]]), "{line}");
    }
    let orca = concat!(
        "Error Code: -4020\n",
        "Extra info: STOR finish code = 426: 426 Failure reading network stream\n",
    );
    assert_eq!(
        reply_fields(orca, &["code", "command"]),
        rows(&[["426", "STOR"]])
    );
    // The reply in quotes after the label, or the command in quotes of its own before it
    // (pyftpsync's logging, held-out round 717).
    let pyftpsync = concat!(
        "INFO:pyftpsync:SYST: '215 UNIX Type: L8'.\n",
        "WARNING:pyftpsync:Could not send 'OPTS UTF-8': '550 Permission denied.'\n",
    );
    assert_eq!(
        reply_fields(pyftpsync, &["code", "command"]),
        rows(&[["215", "SYST"], ["550", "OPTS UTF-8"]])
    );
    // (Each line's own command, where the same reply came to another on the line before:
    // from the review.)
    let each = concat!(
        "Could not send 'CWD /a': '550 No such directory.'\n",
        "Could not send 'CWD /b': '550 No such directory.'\n",
        "Could not send 'DELE x': '550 No such directory.'\n",
    );
    assert_eq!(
        reply_fields(each, &["command"]),
        rows(&[["CWD /a"], ["CWD /b"], ["DELE x"]])
    );
    // (A name in quotes is no command: its verb is not in capitals.)
    assert_eq!(
        reply_fields("Login as 'user': '530 Login incorrect.'\n", &["command"]),
        rows(&[["-"]])
    );
}

/// vsftpd and Pure-FTPd logging into one syslog at once (a capture of held-out round 686):
/// a session's first reply, a 230 from vsftpd's new process after login, is never given to
/// another client's session that waits for the answer to its PASS (Pure-FTPd's, whose
/// lines name their client in `(?@127.0.0.9)`); that session keeps its own command.
#[test]
fn a_login_is_not_continued_in_another_clients_session() {
    let log = concat!(
        "Dec  7 05:22:11 vm pure-ftpd: (?@127.0.0.9) [DEBUG] 500 This security scheme is not implemented\n",
        "Dec  7 05:22:11 vm pure-ftpd: (?@127.0.0.9) [DEBUG] Command [opts] [UTF8 ON]\n",
        "Dec  7 05:22:11 vm pure-ftpd: (?@127.0.0.9) [DEBUG] 504 Unknown command\n",
        "Dec  7 05:22:11 vm vsftpd[18627]: pam_unix(vsftpd:auth): authentication failure; logname= uid=0 euid=0 tty=ftp ruser=bob rhost=127.0.0.3  user=bob\n",
        "Dec  7 05:22:11 vm pure-ftpd: (?@127.0.0.9) [DEBUG] Command [user] [hank]\n",
        "Dec  7 05:22:11 vm pure-ftpd: (?@127.0.0.9) [DEBUG] 331 User hank OK. Password required\n",
        "Dec  7 05:22:11 vm pure-ftpd: (?@127.0.0.9) [DEBUG] Command [pass] [<*>]\n",
        "Dec  7 05:22:11 vm vsftpd[18628]: [alice] OK LOGIN: Client \"127.0.0.2\"\n",
        "Dec  7 05:22:11 vm vsftpd[18720]: [alice] FTP response: Client \"127.0.0.2\", \"230 Login successful.\"\n",
        "Dec  7 05:22:11 vm vsftpd[18708]: [carol] OK LOGIN: Client \"127.0.0.4\"\n",
        "Dec  7 05:22:11 vm pure-ftpd: (?@127.0.0.7) [DEBUG] Command [user] [frank]\n",
        "Dec  7 05:22:11 vm pure-ftpd: (?@127.0.0.7) [DEBUG] 331 User frank OK. Password required\n",
        "Dec  7 05:22:11 vm vsftpd[18721]: [carol] FTP response: Client \"127.0.0.4\", \"230 Login successful.\"\n",
        "Dec  7 05:22:11 vm pure-ftpd: (?@127.0.0.7) [DEBUG] Command [pass] [<*>]\n",
        "Dec  7 05:22:11 vm vsftpd[18721]: [carol] FTP command: Client \"127.0.0.4\", \"PWD\"\n",
        "Dec  7 05:22:11 vm vsftpd[18721]: [carol] FTP response: Client \"127.0.0.4\", \"257 \"/tmp/r686/home/carol\" is the current directory\"\n",
        "Dec  7 05:22:11 vm vsftpd[18721]: [carol] FTP command: Client \"127.0.0.4\", \"EPSV\"\n",
        "Dec  7 05:22:11 vm vsftpd[18721]: [carol] FTP response: Client \"127.0.0.4\", \"229 Entering Extended Passive Mode (|||18961|)\"\n",
        "Dec  7 05:22:11 vm vsftpd[18721]: [carol] FTP command: Client \"127.0.0.4\", \"TYPE A\"\n",
        "Dec  7 05:22:11 vm vsftpd[18721]: [carol] FTP response: Client \"127.0.0.4\", \"200 Switching to ASCII mode.\"\n",
        "Dec  7 05:22:11 vm pure-ftpd: (?@127.0.0.9) [INFO] hank is now logged in\n",
        "Dec  7 05:22:11 vm pure-ftpd: (hank@127.0.0.9) [DEBUG] 230 OK. Current restricted directory is /\n",
    );
    assert_eq!(
        reply_fields(log, &["line", "code", "session", "command"]),
        rows(&[
            ["1", "500", "127.0.0.9", "-"],
            ["3", "504", "127.0.0.9", "opts"],
            ["6", "331", "127.0.0.9", "user"],
            ["9", "230", "18720", "-"],
            ["12", "331", "127.0.0.7", "user"],
            ["13", "230", "18721", "-"],
            ["16", "257", "18721", "PWD"],
            ["18", "229", "18721", "EPSV"],
            ["20", "200", "18721", "TYPE A"],
            ["22", "230", "127.0.0.9", "pass"],
        ])
    );
}

/// The check that keeps a reply out of another client's session finds the client however
/// the line writes it (from the review): an IPv4 address that the commands' lines write
/// mapped into IPv6, an IPv6 address in other capitals, a JSON record's client field after
/// its message.
#[test]
fn a_client_written_another_way_is_still_the_same_client() {
    let mapped = concat!(
        "2024-01-01 12:00:00 [::ffff:10.0.0.5]:5001 USER alice\n",
        "2024-01-01 12:00:01 10.0.0.5 331 Password required\n",
        "2024-01-01 12:00:02 [::ffff:10.0.0.5]:5001 PASS x\n",
        "2024-01-01 12:00:03 10.0.0.5 230 Logged in\n",
    );
    let capitals = concat!(
        "2024-01-01 12:00:00 [2001:DB8::5]:5001 USER alice\n",
        "2024-01-01 12:00:01 [2001:db8::5]:5001 331 Password required\n",
        "2024-01-01 12:00:02 [2001:DB8::5]:5001 PASS x\n",
        "2024-01-01 12:00:03 [2001:db8::5]:5001 230 Logged in\n",
    );
    let after = concat!(
        "{\"time\":\"12:00:00\",\"client\":\"10.0.0.5\",\"msg\":\"USER alice\"}\n",
        "{\"time\":\"12:00:01\",\"msg\":\"331 Password required for alice\",\"client\":\"10.0.0.5\"}\n",
        "{\"time\":\"12:00:02\",\"client\":\"10.0.0.5\",\"msg\":\"PASS xxx\"}\n",
        "{\"time\":\"12:00:03\",\"msg\":\"230 Logged in\",\"client\":\"10.0.0.5\"}\n",
    );
    for log in [mapped, capitals, after] {
        assert_eq!(
            reply_fields(log, &["line", "code", "command"]),
            rows(&[["2", "331", "USER alice"], ["4", "230", "PASS ***"]]),
            "{log}"
        );
    }
}
