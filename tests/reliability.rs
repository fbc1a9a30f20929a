//! Regression tests for the reliability campaign (shared/reviews/reliability-campaign.md,
//! defects D1-D12) and for what the fuzz targets in `fuzz/` found. Each test checks the
//! behaviour the report expects, through the built binary.
//!
//! Since the report, `scan`'s annotations became reversible: a log line that looks like
//! an annotation gets a `  [ftpcode] =` line before it, and a newline ftpcode adds to end
//! an unterminated line is followed by `  [ftpcode] ~`. So the pass-through tests (D2, D3,
//! D8, D11 and the fuzz findings) hold `ftpcode strip` to giving the log back byte for
//! byte, and the README's `grep` recipe to the same wherever the design says it works (a
//! log that ends with a newline and has no line starting like an annotation).

mod common;

use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::Stdio;
use std::time::{Duration, Instant};

use common::{ftpcode, stderr, stdout};

const MARK: &[u8] = b"  [ftpcode] ";

/// A fresh directory for one test's files.
fn dir(name: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("ftpcode-rel-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).expect("temp dir");
    d
}

fn fixture(name: &str) -> Vec<u8> {
    let p = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/reliability")
        .join(name);
    std::fs::read(&p).unwrap_or_else(|e| panic!("{}: {e}", p.display()))
}

/// `ftpcode scan` of bytes on standard input: its standard output.
fn scan_stdin(input: &[u8]) -> Vec<u8> {
    let out = ftpcode()
        .arg("scan")
        .write_stdin(input.to_vec())
        .output()
        .expect("scan");
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    out.stdout
}

/// `ftpcode strip` of an output: the log back.
fn strip(out: &[u8]) -> Vec<u8> {
    let o = ftpcode()
        .arg("strip")
        .write_stdin(out.to_vec())
        .output()
        .expect("strip");
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    o.stdout
}

/// Where two byte strings first differ, for a readable failure.
fn first_difference(a: &[u8], b: &[u8]) -> String {
    let at = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    let near = |s: &[u8]| {
        String::from_utf8_lossy(&s[at.saturating_sub(40).min(s.len())..(at + 40).min(s.len())])
            .into_owned()
    };
    format!(
        "lengths {} and {}, first difference at byte {at}: {:?} against {:?}",
        a.len(),
        b.len(),
        near(a),
        near(b)
    )
}

fn assert_same(got: &[u8], want: &[u8], what: &str) {
    assert!(got == want, "{what}: {}", first_difference(got, want));
}

/// Every mark in the output starts a line: nothing of the log is glued to an annotation,
/// and no annotation is glued to the end of a log line.
fn assert_marks_start_lines(out: &[u8]) {
    for (i, w) in out.windows(MARK.len()).enumerate() {
        if w == MARK {
            assert!(
                i == 0 || out[i - 1] == b'\n',
                "a mark in the middle of a line at byte {i}: {:?}",
                String::from_utf8_lossy(&out[i.saturating_sub(60)..(i + 60).min(out.len())])
            );
        }
    }
}

/// The README's recipe for taking the annotations out with grep, if it gives one: the
/// first `` `grep ...` `` span that names the mark.
fn readme_grep_recipe() -> Option<String> {
    let readme = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md"))
        .expect("README.md");
    readme
        .split('`')
        .skip(1)
        .step_by(2)
        .find(|span| span.starts_with("grep ") && span.contains("[ftpcode\\]"))
        .map(str::to_string)
}

/// Runs the README's grep recipe (through `sh -c`) on an output.
fn run_recipe(recipe: &str, out: &[u8]) -> Vec<u8> {
    let mut child = std::process::Command::new("sh")
        .args(["-c", recipe])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("sh");
    let mut stdin = child.stdin.take().expect("stdin");
    let feed = out.to_vec();
    let writer = std::thread::spawn(move || {
        let _ = stdin.write_all(&feed);
    });
    let o = child.wait_with_output().expect("recipe");
    writer.join().expect("writer");
    o.stdout
}

/// The design's promise for a log that ends with a newline and has no line starting like
/// an annotation: the README's grep recipe (if there is one) gives it back byte for byte.
fn assert_grep_recipe_gives_back(out: &[u8], log: &[u8]) {
    assert!(log.ends_with(b"\n") && !log.split(|b| *b == b'\n').any(|l| l.starts_with(MARK)));
    if let Some(recipe) = readme_grep_recipe() {
        assert_same(
            &run_recipe(&recipe, out),
            log,
            &format!("the README's recipe `{recipe}`"),
        );
    }
}

/// Runs a command with a time limit; panics if it does not end in time.
fn within(mut cmd: assert_cmd::Command, limit: Duration, what: &str) -> std::process::Output {
    cmd.timeout(limit);
    let start = Instant::now();
    match cmd.output() {
        Ok(o) if start.elapsed() < limit => o,
        Ok(_) | Err(_) => panic!("{what}: not done in {limit:?}"),
    }
}

/// What a gzip reader gives of `gz` until the stream ends or fails (what zcat prints).
fn gunzip(gz: &[u8]) -> Vec<u8> {
    let mut d = flate2::read::MultiGzDecoder::new(gz);
    let mut v = Vec::new();
    let _ = d.read_to_end(&mut v);
    v
}

fn gzip(data: &[u8]) -> Vec<u8> {
    let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    e.write_all(data).expect("gzip");
    e.finish().expect("gzip")
}

/// Letters from a fixed pseudo-random sequence: text that does not compress.
fn noise(n: usize) -> Vec<u8> {
    const LETTERS: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut x: u32 = 12_345;
    (0..n)
        .map(|_| {
            x = x.wrapping_mul(1_664_525).wrapping_add(1_013_904_223);
            LETTERS[(x >> 26) as usize]
        })
        .collect()
}

// D1 -------------------------------------------------------------------------------------

/// D1: a non-ASCII code argument to `compare` is a one-line error with status 2, not a
/// panic (`&s[..3]` on a char boundary).
#[test]
fn d1_non_ascii_code_argument_is_an_error_not_a_panic() {
    for arg in ["12é", "1é", "55é0", "5€"] {
        let out = ftpcode().args(["compare", arg, "550"]).output().unwrap();
        assert_eq!(out.status.code(), Some(2), "{arg}: {}", stderr(&out));
        let err = stderr(&out);
        assert!(
            err.starts_with(&format!("ftpcode: \"{arg}\" is not a reply code")),
            "{arg}: {err}"
        );
        assert_eq!(err.lines().count(), 1, "{arg}: {err}");
        assert!(!err.contains("panicked"), "{err}");
    }
}

// D2 -------------------------------------------------------------------------------------

/// D2: scanning several files, an unterminated last line of one file (here a reply) does
/// not glue the next file's first line onto an annotation; stripped, the output is what
/// `cat a.log b.log` gives.
#[test]
fn d2_unterminated_file_does_not_swallow_the_next_files_first_line() {
    let d = dir("d2");
    std::fs::write(d.join("a.log"), b"220 ready").unwrap();
    std::fs::write(d.join("b.log"), b"USER bob\n331 Password required\n").unwrap();
    let out = ftpcode()
        .current_dir(&d)
        .args(["scan", "a.log", "b.log"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let text = stdout(&out);
    assert!(text.contains("\nUSER bob\n"), "{text}");
    assert!(
        !text
            .lines()
            .any(|l| l.starts_with("  [ftpcode] ") && l.contains("USER bob")),
        "{text}"
    );
    assert!(text.contains("[ftpcode] a.log:1: 220 "), "{text}");
    assert!(text.contains("[ftpcode] b.log:2: 331 "), "{text}");
    assert_marks_start_lines(&out.stdout);
    assert_same(
        &strip(&out.stdout),
        b"220 readyUSER bob\n331 Password required\n",
        "strip of scan a.log b.log against cat a.log b.log",
    );
    let _ = std::fs::remove_dir_all(&d);
}

// D3 -------------------------------------------------------------------------------------

/// D3: a reply closed while a line longer than 1 MiB streams through has its annotation
/// on a line of its own, right after the reply, never glued onto the long line, whether
/// the long line ends the input without a newline or not.
#[test]
fn d3_annotation_is_not_glued_onto_a_long_line() {
    let reply = b"*get* '550 No such file\\n'\n";
    for tail in [&b""[..], b"\n"] {
        let mut input = reply.to_vec();
        input.extend(std::iter::repeat_n(b'x', 1_500_000));
        input.extend_from_slice(tail);
        let out = scan_stdin(&input);
        assert_marks_start_lines(&out);
        // The reply's annotation comes right after its line, before the long line.
        assert!(
            out[reply.len()..].starts_with(b"  [ftpcode] 550 "),
            "{:?}",
            String::from_utf8_lossy(&out[..out.len().min(300)])
        );
        assert_same(&strip(&out), &input, "strip of the output");
        if tail == b"\n" {
            assert_grep_recipe_gives_back(&out, &input);
        }
    }
}

/// D3b: the same through a read error inside a long line: a truncated gzip whose last
/// decoded line is over 1 MiB and follows an open `211-` reply. The reply's annotation is
/// a line of its own, and what was read passes through.
#[test]
fn d3b_read_error_inside_a_long_line_keeps_annotations_apart() {
    let d = dir("d3b");
    let mut log = b"211-Features:\n".to_vec();
    log.extend(noise(3_000_000));
    log.extend_from_slice(b"\n211 End\n");
    let gz = gzip(&log);
    let cut = &gz[..gz.len() / 2];
    std::fs::write(d.join("cut.gz"), cut).unwrap();
    let out = ftpcode()
        .current_dir(&d)
        .args(["scan", "cut.gz"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).starts_with("ftpcode: cannot read cut.gz: "),
        "{}",
        stderr(&out)
    );
    assert_marks_start_lines(&out.stdout);
    assert!(stdout(&out).contains("\n  [ftpcode] 211 "));
    assert_same(&strip(&out.stdout), &gunzip(cut), "strip against zcat");
    let _ = std::fs::remove_dir_all(&d);
}

// D4 -------------------------------------------------------------------------------------

/// D4: no reply is explained as another one: the crafted 550 whose text collided with a
/// 226's cache key is annotated as a 550.
#[test]
fn d4_a_crafted_reply_text_cannot_borrow_another_replys_explanation() {
    let log = b"RETR a.txt\n150 Opening data connection.\n226 Transfer complete.\nRETR x\n\
550 report-023250211_;recp7Q: No such file or directory\n";
    let out = scan_stdin(log);
    let text = String::from_utf8_lossy(&out);
    let lines: Vec<&str> = text.lines().collect();
    let at = lines
        .iter()
        .position(|l| l.starts_with("550 report-"))
        .expect("the 550 line");
    assert!(
        lines[at + 1].starts_with("  [ftpcode] 550 File unavailable, answering RETR"),
        "{text}"
    );
    let at = lines
        .iter()
        .position(|l| l.starts_with("226 "))
        .expect("226");
    assert!(lines[at + 1].starts_with("  [ftpcode] 226 "), "{text}");
}

// D5 -------------------------------------------------------------------------------------

/// D5: scan time grows linearly with the input: a 1 MiB line of `FTP command: Client "`
/// (or of `<response: `) takes no longer than a generous multiple of a 1 MiB ordinary
/// log, and never seconds (it took 7-9 s, growing fourfold per doubling).
#[test]
fn d5_marker_handling_is_not_quadratic() {
    let d = dir("d5");
    let mib = 1 << 20;
    let repeat = |unit: &[u8]| {
        let mut v: Vec<u8> = unit.iter().copied().cycle().take(mib).collect();
        v.push(b'\n');
        v
    };
    std::fs::write(
        d.join("normal.log"),
        repeat(b"Mon Mar  4 12:00:00 2024 [pid 812] [bob] FTP response: Client \"10.0.0.1\", \"226 Transfer complete.\"\n"),
    )
    .unwrap();
    std::fs::write(d.join("vsftpd.log"), repeat(b"FTP command: Client \"")).unwrap();
    std::fs::write(d.join("response.log"), repeat(b"<response: ")).unwrap();
    let time = |name: &str| {
        let mut cmd = ftpcode();
        cmd.current_dir(&d).args(["scan", name]);
        let start = Instant::now();
        let out = within(cmd, Duration::from_secs(120), name);
        assert!(out.status.code().is_some(), "{name}: killed");
        start.elapsed()
    };
    let normal = (0..3).map(|_| time("normal.log")).min().unwrap();
    for name in ["vsftpd.log", "response.log"] {
        let t = time(name);
        assert!(
            t <= normal * 20 + Duration::from_secs(2),
            "{name}: {t:?} against {normal:?} for an ordinary 1 MiB log"
        );
    }
    let _ = std::fs::remove_dir_all(&d);
}

// D6 -------------------------------------------------------------------------------------

fn has_control(s: &str) -> bool {
    s.chars().any(|c| c.is_control() && c != '\n')
}

/// D6: control characters from arguments never reach the terminal raw: not the answered
/// command of `explain --command`, not `compare`'s, `list`'s or `search`'s error messages;
/// and an error stays one line.
#[test]
fn d6_control_bytes_in_arguments_are_escaped() {
    let out = ftpcode()
        .args(["explain", "550", "--command", "\x1b[31mRED\x1b[0m"])
        .output()
        .unwrap();
    let text = stdout(&out);
    assert!(text.contains("Answering"), "{text}");
    assert!(
        !has_control(&text),
        "raw control in explain --command: {text:?}"
    );

    for args in [
        &["compare", "\x1b]0;title\x07", "550"][..],
        &["list", "5xx\nftpcode: forged second line"],
        &["list", "\x1b[31m"],
        &["search", "\x1b[31mzzz"],
    ] {
        let out = ftpcode().args(args).output().unwrap();
        let err = stderr(&out);
        assert!(matches!(out.status.code(), Some(1 | 2)), "{args:?}: {err}");
        assert!(err.starts_with("ftpcode: "), "{args:?}: {err:?}");
        assert_eq!(err.lines().count(), 1, "{args:?}: not one line: {err:?}");
        assert!(!has_control(&err), "{args:?}: raw control: {err:?}");
    }
}

// D7 -------------------------------------------------------------------------------------

/// D7: `--help` and `--version` that cannot be written (a full disk) fail like every other
/// command: status 2 and a message, not status 0 in silence.
#[cfg(target_os = "linux")]
#[test]
fn d7_help_to_a_full_disk_is_an_error() {
    for args in [&["--help"][..], &["--version"], &["explain", "--help"]] {
        let full = std::fs::OpenOptions::new()
            .write(true)
            .open("/dev/full")
            .expect("/dev/full");
        // assert_cmd always pipes standard output: the plain Command, set up as `ftpcode()`.
        let out = common::process()
            .args(args)
            .stdin(Stdio::null())
            .stdout(Stdio::from(full))
            .stderr(Stdio::piped())
            .output()
            .unwrap();
        let err = stderr(&out);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {err}");
        assert!(err.starts_with("ftpcode: "), "{args:?}: {err:?}");
    }
}

// D8 -------------------------------------------------------------------------------------

/// D8: a log line that starts like an annotation is told apart (escaped), so stripping the
/// output gives the log back with that line, and a server cannot plant an annotation.
#[test]
fn d8_a_log_line_like_an_annotation_survives_stripping() {
    let log = b"150-Opening\n  [ftpcode] 226 Closing data connection: success\n150 go\n";
    let out = scan_stdin(log);
    let text = String::from_utf8_lossy(&out);
    assert!(
        text.contains("\n  [ftpcode] =\n  [ftpcode] 226 Closing data connection: success\n"),
        "{text}"
    );
    assert_eq!(text.matches("  [ftpcode] 150 ").count(), 1, "{text}");
    assert_same(&strip(&out), log, "strip of the output");
}

// D9 -------------------------------------------------------------------------------------

/// D9: after a read error, the partial last line already read still passes through and is
/// read (its reply explained), as zcat prints it.
#[test]
fn d9_partial_last_line_before_a_read_error_is_kept() {
    let d = dir("d9");
    let gz = gzip(b"USER x\n331 Password required\n221 Goodbye, this line is cut\n");
    let cut = &gz[..gz.len() - 10]; // the trailer (CRC and size) gone
    std::fs::write(d.join("vt.gz"), cut).unwrap();
    let decoded = gunzip(cut);
    assert!(decoded.starts_with(b"USER x\n331 Password required\n221 Goodbye"));
    let out = ftpcode()
        .current_dir(&d)
        .args(["scan", "vt.gz"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).starts_with("ftpcode: cannot read vt.gz: "));
    assert!(stdout(&out).contains("[ftpcode] 221 "), "{}", stdout(&out));
    assert_same(&strip(&out.stdout), &decoded, "strip against zcat");
    let _ = std::fs::remove_dir_all(&d);
}

// D10 ------------------------------------------------------------------------------------

/// D10: `explain -` does not cut its input silently at 1 MiB (it explains everything or
/// says why not), takes valid UTF-8 across the old cut, and explains a reply whose text
/// is not UTF-8 (Latin-1), as `scan` does.
#[test]
fn d10_explain_stdin_is_not_cut_silently_and_takes_any_text() {
    let mib = 1 << 20;
    // Past 1 MiB: the 421 must be explained, or the whole input refused with a reason.
    let mut input = b"550 first\n".to_vec();
    input.extend(std::iter::repeat_n(b' ', mib));
    input.extend_from_slice(b"\n421 second\n");
    let out = ftpcode()
        .args(["explain", "-"])
        .write_stdin(input)
        .output()
        .unwrap();
    let text = stdout(&out);
    match out.status.code() {
        Some(0) => assert!(
            text.starts_with("550 ") && text.contains("\n421 "),
            "421 dropped silently: {text}"
        ),
        Some(2) => assert!(stderr(&out).starts_with("ftpcode: "), "{}", stderr(&out)),
        other => panic!("status {other:?}: {}", stderr(&out)),
    }
    // Valid UTF-8 with a two-byte character across the old 1 MiB cut.
    let mut input = b"550 first\n".to_vec();
    input.extend(std::iter::repeat_n(b' ', mib - 11));
    input.extend_from_slice("é\n421 second\n".as_bytes());
    let out = ftpcode()
        .args(["explain", "-"])
        .write_stdin(input)
        .output()
        .unwrap();
    assert!(
        !stderr(&out).contains("valid UTF-8"),
        "valid UTF-8 refused: {}",
        stderr(&out)
    );
    // A Latin-1 reply text.
    let out = ftpcode()
        .args(["explain", "-"])
        .write_stdin(&b"550 Datei \xe4.txt nicht gefunden\n"[..])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(stdout(&out).starts_with("550 "), "{}", stdout(&out));
}

// D11 ------------------------------------------------------------------------------------

/// D11: a log with NUL bytes comes back byte for byte from `ftpcode strip`, and from the
/// README's grep recipe (GNU grep without `-a` prints "binary file matches" instead).
#[test]
fn d11_a_log_with_nul_bytes_comes_back_byte_for_byte() {
    let log = b"USER x\n331 Password required\n\0\x01 noise\n331 pw\0\n230 Logged in\n";
    let out = scan_stdin(log);
    assert!(String::from_utf8_lossy(&out).contains("[ftpcode] 331 "));
    assert_same(&strip(&out), log, "strip of the output");
    assert_grep_recipe_gives_back(&out, log);
}

// D12 ------------------------------------------------------------------------------------

/// D12: `search`'s work does not grow with words times table: 60 000 one-letter words
/// (the same word) are answered in seconds, not tens of seconds.
#[test]
fn d12_search_with_many_words_is_fast() {
    let words = vec!["a"; 60_000].join(" ");
    let mut cmd = ftpcode();
    cmd.args(["search", &words]);
    let out = within(cmd, Duration::from_secs(10), "search of 60 000 words");
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    // As many different words: refused at once, in one short line.
    let words: Vec<String> = (0..60_000).map(|i| format!("w{i}")).collect();
    let mut cmd = ftpcode();
    cmd.arg("search").args(&words);
    let out = within(
        cmd,
        Duration::from_secs(10),
        "search of 60 000 different words",
    );
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(err.contains("too many words") && err.len() < 200, "{err}");
}

// Fuzz findings ----------------------------------------------------------------------------

/// Found reading the code for the fuzz harness (the fuzz targets cannot reach a line over
/// 1 MiB): a log line longer than 1 MiB that starts with the mark is streamed through
/// without its escape line, so `strip` deletes it whole.
#[test]
fn finding_long_line_starting_with_the_mark_is_escaped() {
    let mut input = b"220 ready\n  [ftpcode] ".to_vec();
    input.extend(std::iter::repeat_n(b'y', 1_500_000));
    input.extend_from_slice(b"\n221 bye\n");
    let out = scan_stdin(&input);
    assert!(
        out.windows(ESCAPED.len()).any(|w| w == ESCAPED),
        "no escape before the long line"
    );
    assert_same(&strip(&out), &input, "strip of the output");
}

const ESCAPED: &[u8] = b"  [ftpcode] =\n  [ftpcode] yyy";

/// A log line that starts with a painted mark (colour codes, then the mark) is read by
/// `strip` as one of ftpcode's lines, but `scan` does not escape it: strip deletes it.
/// Minimized input: tests/fixtures/reliability/painted-mark.log.
#[test]
fn finding_painted_mark_in_the_log_survives_stripping() {
    let log = fixture("painted-mark.log");
    let out = scan_stdin(&log);
    assert_same(&strip(&out), &log, "strip of the output");
}

/// Found by the fuzz campaign (scan target): a client error on the log's last line, which
/// has no newline, was glued to that line, so `strip` could not give the log back.
#[test]
fn finding_client_error_on_an_unterminated_last_line() {
    let input = b"220 ready\ncurl: (67) Access denied: 530";
    let out = scan_stdin(input);
    assert!(String::from_utf8_lossy(&out).contains("[ftpcode] curl: Login denied"));
    assert_same(&strip(&out), input, "strip of the output");
}

/// Found by fuzzing: a client's error line quoting a string of replies, whose last reply
/// cuts the first one short, put a note for the start of the line after one for its end,
/// and the annotating output panicked on the reversed slice.
#[test]
fn notes_out_of_order_in_one_line_are_placed_in_order() {
    for input in [
        &b"ftplib.error_perm: 5'210-Fn TVFS\\n6\\n211 End\n"[..],
        b"ftplib.error_perm: 5'210-Fn TVFS\\n6\\n211 End",
    ] {
        let out = scan_stdin(input);
        let text = String::from_utf8_lossy(&out);
        assert!(text.contains("[ftpcode] 211"), "{text}");
        assert_same(&strip(&out), input, "strip of the output");
    }
}

/// Found reviewing the reading of hex strings (tshark's `-T jsonraw`): a bare line of hex
/// at the line's start that spells a whole IPv4 packet read the byte before the line, a
/// panic (and, with `panic = "abort"`, the end of the scan). Now it passes through.
#[test]
fn finding_a_frames_hex_at_a_lines_start_passes_through() {
    let input = concat!(
        "000000000000000000000000080045000055c32b4000400679757f0000017f00000109",
        "64952868206120e2b30d4680180040fe4900000101080a1d1b349e81abf88933333120557365726e",
        "616d65206f6b2c2073656e642070617373776f72642e0d0a\n",
        "220 ready\n",
    )
    .as_bytes();
    let out = scan_stdin(input);
    assert_same(&strip(&out), input, "strip of the output");
}

/// Found by the fuzz campaign (scan target): a wrapped dump's row held back and read after
/// a later row had opened a multi-line reply was taken for one of that reply's lines, its
/// line number before the reply's first: an overflow (a panic in a debug build, a wrong
/// span in a release build). Now it is none of the reply's lines.
#[test]
fn finding_a_held_row_before_an_open_reply_is_none_of_its_lines() {
    let input = fixture("wrapped-row-before-open-reply.log");
    let out = scan_stdin(&input);
    assert_same(&strip(&out), &input, "strip of the output");
}

/// Found by the fuzz campaign (gzip target): a cut gzip stream whose text was a UTF-16
/// mark and one byte more lost that byte, the error read before it was given; it is
/// given first (as U+FFFD, the odd byte of UTF-16 that it is), as in a whole stream.
#[test]
fn finding_utf16_bytes_before_a_read_error_are_given() {
    let d = dir("finding-utf16-cut");
    let gz = gzip(b"\xfe\xff\xff");
    std::fs::write(d.join("u.gz"), &gz[..gz.len() - 8]).unwrap();
    std::fs::write(d.join("u.log"), b"\xfe\xff\xff").unwrap();
    let cut = ftpcode()
        .current_dir(&d)
        .args(["scan", "u.gz"])
        .output()
        .unwrap();
    let whole = ftpcode()
        .current_dir(&d)
        .args(["scan", "u.log"])
        .output()
        .unwrap();
    assert_eq!(cut.status.code(), Some(2));
    assert_eq!(cut.stdout, "\u{fffd}".as_bytes());
    assert_eq!(cut.stdout, whole.stdout);
    let _ = std::fs::remove_dir_all(&d);
}
