//! `ftpcode scan` through the real binary: every captured log format, the promise that
//! nothing of the input is lost, and the edges (pipes, unreadable files, gzip).

mod common;

use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::Stdio;

use common::{ftpcode, stderr, stdout};
use proptest::prelude::*;
use serde_json::Value;

const MARK: &[u8] = b"  [ftpcode] ";

fn fixtures() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/scan")
}

/// (line, end_line, code, command verb or "-") for each reply.
type Reply = (u64, u64, u64, String);

fn verb(command: &str) -> String {
    match command.split(' ').next() {
        Some("-") | None => "-".into(),
        Some(v) => v.to_ascii_uppercase(),
    }
}

fn expected(log: &Path) -> Vec<Reply> {
    let text = std::fs::read_to_string(log.with_extension("replies")).expect("ground truth");
    text.lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| {
            let f: Vec<&str> = l.split('\t').collect();
            (
                f[0].parse().unwrap(),
                f[1].parse().unwrap(),
                f[2].parse().unwrap(),
                verb(f[3]),
            )
        })
        .collect()
}

fn found(out: &std::process::Output) -> Vec<Reply> {
    stdout(out)
        .lines()
        .map(|l| serde_json::from_str::<Value>(l).expect("JSON line"))
        .filter(|v| v.get("finding").is_none()) // findings follow the replies
        .map(|v| {
            (
                v["line"].as_u64().unwrap(),
                v["end_line"].as_u64().unwrap(),
                v["code"].as_u64().unwrap(),
                verb(v["command"].as_str().unwrap_or("-")),
            )
        })
        .collect()
}

#[test]
fn every_captured_format_gives_exactly_its_replies() {
    let mut logs: Vec<PathBuf> = std::fs::read_dir(fixtures())
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "log"))
        .collect();
    logs.sort();
    assert!(logs.len() >= 20, "fixtures missing: {logs:?}");
    let mut failures = Vec::new();
    for log in &logs {
        let out = ftpcode()
            .args(["scan", "--json"])
            .arg(log)
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(0), "{}", log.display());
        let (want, got) = (expected(log), found(&out));
        if want != got {
            let missing: Vec<_> = want.iter().filter(|r| !got.contains(r)).collect();
            let extra: Vec<_> = got.iter().filter(|r| !want.contains(r)).collect();
            failures.push(format!(
                "{}: missing {missing:?}, extra {extra:?}",
                log.display()
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// The output with ftpcode's lines taken out (and the newline it adds before an annotation
/// of a last line that had none).
fn without_annotations(out: &[u8]) -> Vec<u8> {
    let pieces: Vec<&[u8]> = out.split_inclusive(|b| *b == b'\n').collect();
    let mut rebuilt = Vec::with_capacity(out.len());
    for p in &pieces {
        if !p.starts_with(MARK) {
            rebuilt.extend_from_slice(p);
        }
    }
    if pieces
        .last()
        .is_some_and(|p| p.starts_with(MARK) && !p.ends_with(b"\n"))
    {
        rebuilt.pop();
    }
    rebuilt
}

fn annotate(input: &[u8]) -> Vec<u8> {
    let out = ftpcode()
        .arg("scan")
        .write_stdin(input.to_vec())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(stderr(&out), "");
    out.stdout
}

#[test]
fn every_fixture_passes_through_byte_for_byte() {
    for entry in std::fs::read_dir(fixtures()).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "log") {
            let input = std::fs::read(&path).unwrap();
            let out = annotate(&input);
            assert!(
                out.len() > input.len(),
                "{}: nothing explained",
                path.display()
            );
            assert_eq!(without_annotations(&out), input, "{}", path.display());
        }
    }
}

#[test]
fn awkward_bytes_pass_through() {
    let input = b"220 ok\r\n\x00\xff\xfe bad utf8 \x1b[31m\n550 no\n211-a\n\n211 b\n530 last line, no newline";
    let out = annotate(input);
    assert_eq!(without_annotations(&out), input);
    let text = String::from_utf8_lossy(&out);
    assert_eq!(text.matches("[ftpcode]").count(), 4, "{text}");
    assert!(
        !out.ends_with(b"\n"),
        "a missing final newline stays missing"
    );
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
        Just(b"*resp* '331 ok'".to_vec()),
        Just(b"#Fields: date time cs-method sc-status".to_vec()),
        Just(b"\r".to_vec()),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    #[test]
    fn output_minus_annotations_is_the_input(
        lines in proptest::collection::vec(line_strategy(), 0..30),
        final_newline in any::<bool>(),
    ) {
        let mut input = lines.join(&b'\n');
        if final_newline {
            input.push(b'\n');
        }
        prop_assume!(!input.windows(9).any(|w| w == b"[ftpcode]"));
        let out = annotate(&input);
        prop_assert_eq!(without_annotations(&out), input);
    }
}

#[test]
fn long_lines_stream_through() {
    let mut input = b"550 ".to_vec();
    input.extend(std::iter::repeat_n(b'x', 3 << 20));
    input.extend_from_slice(b"\n226 done\n");
    let out = annotate(&input);
    assert_eq!(without_annotations(&out), input);
    assert_eq!(
        String::from_utf8_lossy(&out).matches("[ftpcode] ").count(),
        2
    );
    // A long line that ends the input, with or without its newline: the last chunk then
    // holds nothing but the line's end.
    for tail in [&b"\n"[..], b""] {
        let mut input = b"550 ".to_vec();
        input.extend(std::iter::repeat_n(b'x', 3 << 20));
        input.extend_from_slice(tail);
        let out = annotate(&input);
        assert_eq!(without_annotations(&out), input);
        assert_eq!(
            String::from_utf8_lossy(&out).matches("[ftpcode] ").count(),
            1
        );
    }
}

#[test]
fn explains_with_the_command_answered() {
    let out = annotate(b"---> RETR 502.txt\n<--- 550 No such thing here.\n");
    let text = String::from_utf8_lossy(&out);
    assert!(
        text.contains("[ftpcode] 550 File unavailable, answering RETR: permanent failure"),
        "{text}"
    );
    // The file name with digits is not a reply.
    assert_eq!(text.matches("[ftpcode]").count(), 1, "{text}");
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
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        stderr(&out),
        "ftpcode: cannot read /nonexistent/x.log: No such file or directory\n"
    );
    assert!(stdout(&out).contains("[ftpcode] bare.log") || stdout(&out).contains("bare.log:"));
    let out = ftpcode().args(["scan", "/"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(stderr(&out).lines().count(), 1, "{}", stderr(&out));
}

#[test]
fn gzip_files_read_as_plain() {
    let plain = fixtures().join("vsftpd-protocol.log");
    let dir = std::env::temp_dir().join(format!("ftpcode-test-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let gz = dir.join("vsftpd.log.gz");
    let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    enc.write_all(&std::fs::read(&plain).unwrap()).unwrap();
    std::fs::write(&gz, enc.finish().unwrap()).unwrap();
    let a = ftpcode()
        .args(["scan", "--json"])
        .arg(&plain)
        .output()
        .unwrap();
    let b = ftpcode()
        .args(["scan", "--json"])
        .arg(&gz)
        .output()
        .unwrap();
    let strip = |o: &std::process::Output| found(o);
    assert_eq!(strip(&a), strip(&b));
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn a_file_that_fails_midway_keeps_its_open_reply() {
    // A gzip file cut short inside a multi-line reply, then a good file: the reply is
    // reported in the broken file, the error names it, and the next file starts afresh.
    let dir = std::env::temp_dir().join(format!("ftpcode-cut-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    let mut log = b"220 ready\n211-Features:\n".to_vec();
    // Enough incompressible text that the cut falls after the 211 line has been read.
    let mut x: u32 = 1;
    for _ in 0..200_000 {
        x = x.wrapping_mul(1_664_525).wrapping_add(1_013_904_223);
        log.push(b'a' + (x >> 24) as u8 % 26);
    }
    enc.write_all(&log).unwrap();
    let gz = enc.finish().unwrap();
    let cut = dir.join("cut.log.gz");
    std::fs::write(&cut, &gz[..gz.len() / 2]).unwrap();
    let good = dir.join("good.log");
    std::fs::write(&good, b"331 Password required\n230 Logged in\n").unwrap();

    let out = ftpcode()
        .current_dir(&dir)
        .args(["scan", "--summary", "--json", "cut.log.gz", "good.log"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).starts_with("ftpcode: cannot read cut.log.gz: "),
        "{}",
        stderr(&out)
    );
    let v: Value = serde_json::from_str(stdout(&out).trim()).unwrap();
    let c = v["codes"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["code"] == 211)
        .unwrap();
    assert_eq!(
        (&c["first_file"], &c["first_line"]),
        (&Value::from("cut.log.gz"), &Value::from(2))
    );
    assert_eq!(v["replies"], 4);
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn several_files_name_the_file_in_explanations() {
    let a = fixtures().join("bare.log");
    let b = fixtures().join("curl-v.log");
    let out = ftpcode().arg("scan").arg(&a).arg(&b).output().unwrap();
    let text = stdout(&out);
    assert!(
        text.contains(&format!("[ftpcode] {}:1: 220", a.display())),
        "{text}"
    );
    assert!(text.contains(&format!("[ftpcode] {}:", b.display())));
    let out = ftpcode()
        .args(["scan", "--json"])
        .arg(&a)
        .arg(&b)
        .output()
        .unwrap();
    let files: Vec<String> = stdout(&out)
        .lines()
        .map(|l| {
            serde_json::from_str::<Value>(l).unwrap()["file"]
                .as_str()
                .unwrap()
                .to_string()
        })
        .collect();
    assert!(
        files.iter().any(|f| f.ends_with("bare.log"))
            && files.iter().any(|f| f.ends_with("curl-v.log"))
    );
}

#[test]
fn json_records_carry_the_explanation() {
    let out = ftpcode()
        .args(["scan", "--json"])
        .write_stdin("---> RETR a.txt\n<--- 550 Failed to open file.\n")
        .output()
        .unwrap();
    let v: Value = serde_json::from_str(stdout(&out).trim()).unwrap();
    assert_eq!(v["line"], 2);
    assert_eq!(v["end_line"], 2);
    assert_eq!(v["code"], 550);
    assert_eq!(v["text"], "Failed to open file.");
    assert_eq!(v["command"], "RETR a.txt");
    assert_eq!(v["file"], Value::Null);
    assert_eq!(v["known"], true);
    assert!(v["meaning"].as_str().is_some_and(|m| !m.is_empty()));
    assert!(v["fix"]["client"].is_string());
}

#[test]
fn summary_of_several_files_names_the_file_of_each_line() {
    // 530 comes once in each log: first in vsftpd's at line 9, last in Pure-FTPd's at 11.
    let (a, b) = ("vsftpd-protocol.log", "pureftpd-syslog.log");
    let out = ftpcode()
        .current_dir(fixtures())
        .args(["scan", "--summary", a, b])
        .output()
        .unwrap();
    let text = stdout(&out);
    let row = text.lines().find(|l| l.starts_with("  530 ")).unwrap();
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
    let header = text.lines().find(|l| l.contains("first")).unwrap();
    assert_eq!(
        header.find("last"),
        row.find("pureftpd"),
        "columns line up: {text}"
    );

    let out = ftpcode()
        .current_dir(fixtures())
        .args(["scan", "--summary", "--json", a, b])
        .output()
        .unwrap();
    let v: Value = serde_json::from_str(stdout(&out).trim()).unwrap();
    let c = v["codes"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["code"] == 530)
        .unwrap();
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
fn summary_errors_and_fail() {
    let log = fixtures().join("vsftpd-protocol.log");
    let out = ftpcode()
        .args(["scan", "--summary"])
        .arg(&log)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let text = stdout(&out);
    let first_row = text
        .lines()
        .find(|l| l.starts_with("  5") || l.starts_with("  2"))
        .unwrap();
    assert!(
        first_row.starts_with("  5"),
        "negative replies first: {text}"
    );
    let out = ftpcode()
        .args(["scan", "--summary", "--json"])
        .arg(&log)
        .output()
        .unwrap();
    let v: Value = serde_json::from_str(stdout(&out).trim()).unwrap();
    assert_eq!(v["replies"], 32);
    assert!(
        v["codes"]
            .as_array()
            .unwrap()
            .iter()
            .any(|c| c["code"] == 530 && c["count"] == 1)
    );

    let out = ftpcode()
        .args(["scan", "--errors"])
        .arg(&log)
        .output()
        .unwrap();
    let text = stdout(&out);
    assert!(
        text.contains("[ftpcode] 530") && !text.contains("[ftpcode] 230"),
        "{text}"
    );
    assert_eq!(
        without_annotations(&out.stdout),
        std::fs::read(&log).unwrap()
    );

    let out = ftpcode()
        .args(["scan", "--fail"])
        .arg(&log)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let out = ftpcode()
        .args(["scan", "--fail"])
        .write_stdin("230 ok\n")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
}

#[test]
fn slow_input_is_explained_as_it_arrives() {
    // `tail -f log | ftpcode scan | cat`: output must not wait for a full buffer.
    let mut child = std::process::Command::new(assert_cmd::cargo::cargo_bin("ftpcode"))
        .arg("scan")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let mut stdout = child.stdout.take().unwrap();
    stdin
        .write_all(b"---> RETR x\n<--- 550 No such file\n")
        .unwrap();
    stdin.flush().unwrap();
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let mut got = Vec::new();
        let mut byte = [0u8; 1];
        while !String::from_utf8_lossy(&got).contains("[ftpcode] 550") {
            if stdout.read(&mut byte).unwrap_or(0) == 0 {
                break;
            }
            got.push(byte[0]);
        }
        let _ = tx.send(got);
    });
    // stdin stays open: the explanation has to come anyway.
    let got = rx
        .recv_timeout(std::time::Duration::from_secs(10))
        .expect("no output while input is open");
    assert!(String::from_utf8_lossy(&got).contains("<--- 550 No such file\n  [ftpcode] 550"));
    drop(stdin);
    assert!(child.wait().unwrap().success());
}

#[test]
fn scan_uses_the_command_and_the_server() {
    // A reply the RFCs do not list for the command is flagged.
    let out = annotate(b"---> STAT\n<--- 227 Entering Passive Mode (127,0,0,1,4,1)\n");
    assert!(
        String::from_utf8_lossy(&out)
            .contains("answering STAT (a reply the RFCs do not list for STAT)")
    );
    let out = ftpcode()
        .args(["scan", "--json"])
        .write_stdin("---> RETR a\n<--- 550 x\n---> STAT\n<--- 227 Entering\n")
        .output()
        .unwrap();
    let listed: Vec<Value> = stdout(&out)
        .lines()
        .map(|l| serde_json::from_str::<Value>(l).unwrap()["listed"].clone())
        .collect();
    assert_eq!(listed, [Value::from("error"), Value::from("unlisted")]);
    // The server message, picked by the server the greeting named.
    let log = fixtures().join("tnftp.log"); // a session with ProFTPD
    let out = ftpcode().arg("scan").arg(&log).output().unwrap();
    assert!(
        stdout(&out).contains("530 Not logged in, answering PASS: ProFTPD: "),
        "{}",
        stdout(&out)
    );
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
        .unwrap();
    let v: Value = serde_json::from_str(stdout(&out).trim()).unwrap();
    assert_eq!(v["iis"]["win32_status"], 1326);
    assert_eq!(v["iis"]["win32"]["name"], "ERROR_LOGON_FAILURE");
    assert_eq!(v["iis"]["substatus"], 41);
    assert!(v["iis"]["substatus_meaning"]["meaning"].is_string());
}

fn findings(log: &str) -> Vec<String> {
    let out = ftpcode()
        .args(["scan", "--json"])
        .write_stdin(log.to_string())
        .output()
        .unwrap();
    stdout(&out)
        .lines()
        .map(|l| serde_json::from_str::<Value>(l).unwrap())
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

    // curl -v through NAT: the server hands out its private address.
    let nat = "* Connected to ftp.example.com (203.0.113.5) port 21 (#0)\n< 220 ready\n> PASV\n\
               < 227 Entering Passive Mode (10,0,0,5,117,48)\n";
    assert_eq!(findings(nat), ["passive-nat"]);

    let blocked = "---> EPSV\n<--- 229 Entering Extended Passive Mode (|||30004|)\n---> LIST\n\
                   <--- 425 Can't open data connection.\n";
    assert_eq!(findings(blocked), ["passive-blocked"]);

    let brute: String = (0..3)
        .map(|i| format!("[pid 9] FTP command: Client \"198.51.100.7\", \"PASS <password>\"\n\
                          [pid 9] FTP response: Client \"198.51.100.7\", \"530 Login incorrect.\" {i}\n"))
        .collect();
    assert_eq!(findings(&brute), ["login-failures"]);

    let tls = "[pid 9] FTP command: Client \"198.51.100.7\", \"USER bob\"\n\
               [pid 9] FTP response: Client \"198.51.100.7\", \"530 Non-anonymous sessions must use encryption.\"\n";
    assert_eq!(findings(tls), ["tls-required"]);

    let full = "Nov 24 05:53:53 vm pure-ftpd: (?@198.51.100.7) [DEBUG] 421 Too many connections (8) from this IP\n";
    assert_eq!(findings(full), ["too-many-connections"]);

    let uploads = "---> STOR a.txt\n<--- 553 Could not create file.\n---> STOR b.txt\n<--- 550 Permission denied.\n";
    assert_eq!(findings(uploads), ["uploads-refused"]);
}

#[test]
fn findings_close_the_annotated_log_and_head_the_summary() {
    let log = fixtures().join("vsftpd-protocol.log");
    let out = ftpcode().arg("scan").arg(&log).output().unwrap();
    let last = stdout(&out).lines().last().unwrap_or("").to_string();
    assert!(
        last.starts_with("  [ftpcode] finding: Every upload was refused (line 70)"),
        "{last}"
    );
    let out = ftpcode()
        .args(["scan", "--summary"])
        .arg(&log)
        .output()
        .unwrap();
    assert!(
        stdout(&out).contains("Findings\n  - Every upload was refused"),
        "{}",
        stdout(&out)
    );
    let out = ftpcode()
        .args(["scan", "--summary", "--json"])
        .arg(&log)
        .output()
        .unwrap();
    let v: Value = serde_json::from_str(stdout(&out).trim()).unwrap();
    assert_eq!(v["findings"][0]["finding"], "uploads-refused");
    assert_eq!(v["findings"][0]["lines"][0], 70);
}

/// The servers whose messages `scan --json` attached to each reply of `log` (several
/// where servers share a text and the log does not say which it is).
fn servers_named(log: &str) -> Vec<String> {
    let out = ftpcode()
        .args(["scan", "--json"])
        .write_stdin(log.to_string())
        .output()
        .unwrap();
    stdout(&out)
        .lines()
        .map(|l| serde_json::from_str::<Value>(l).unwrap())
        .filter_map(|v| {
            let names: Vec<&str> = v["server_messages"]
                .as_array()?
                .iter()
                .filter_map(|m| m["server"].as_str())
                .collect();
            (!names.is_empty()).then(|| names.join("/"))
        })
        .collect()
}

#[test]
fn each_server_is_recognised_in_its_own_log() {
    // Captured logs of the servers that run here.
    for (fixture, server) in [
        ("vsftpd-protocol.log", "vsftpd"),
        ("proftpd-tracelog.log", "ProFTPD"),
        ("pureftpd-syslog.log", "Pure-FTPd"),
        ("pyftpdlib.log", "pyftpdlib"),
    ] {
        let log = std::fs::read_to_string(fixtures().join(fixture)).unwrap();
        let named = servers_named(&log);
        assert!(!named.is_empty(), "{fixture}: no server message matched");
        assert!(
            named.iter().all(|s| s.split('/').any(|s| s == server)),
            "{fixture}: {named:?}"
        );
    }
    // FileZilla Server 1.x's log format (tests/fixtures/scan/filezilla-server-1.x.log) with a
    // text from its source (src/messages.rs), and a Windows client's transcript of an IIS
    // session as published (`550 The system cannot find the file specified.`).
    let filezilla = "2024-03-09T16:36:15.643Z << [FTP Session 3 192.168.0.18] 220-FileZilla Server 1.8.1\n\
                     2024-03-09T16:36:15.643Z << [FTP Session 3 192.168.0.18] 220 Please visit https://filezilla-project.org/\n\
                     2024-03-09T16:36:15.676Z >> [FTP Session 3 192.168.0.18] PASS ****\n\
                     2024-03-09T16:36:15.691Z << [FTP Session 3 192.168.0.18] 530 Login or password incorrect!\n";
    assert_eq!(servers_named(filezilla), ["FileZilla Server"]);
    let iis = "220 Microsoft FTP Service\nftp> get PRTG Configuration.dat\n\
               227 Entering Passive Mode (10,10,10,152,213,160).\n\
               550 The system cannot find the file specified. \n";
    assert_eq!(servers_named(iis), ["IIS"]);
}
