//! Shared by the integration tests: the binary, run hermetically.

#![allow(dead_code)]

use assert_cmd::Command;

/// What the environment may say of colour and width, which no test inherits.
const SETTINGS: [&str; 5] = ["NO_COLOR", "CLICOLOR", "CLICOLOR_FORCE", "TERM", "COLUMNS"];

/// The built `ftpcode`, with no colour or width settings inherited from the caller's
/// environment, and an 80-column width.
pub fn ftpcode() -> Command {
    let mut cmd = Command::cargo_bin("ftpcode").expect("binary built");
    for var in SETTINGS {
        cmd.env_remove(var);
    }
    cmd.env("COLUMNS", "80");
    cmd
}

/// The same as a plain `std::process::Command`, for a test that talks to the running
/// process (writes as it goes, reads before the end, signals it): assert_cmd's only runs
/// it to the end.
pub fn process() -> std::process::Command {
    let mut cmd = std::process::Command::new(assert_cmd::cargo::cargo_bin("ftpcode"));
    for var in SETTINGS {
        cmd.env_remove(var);
    }
    cmd.env("COLUMNS", "80");
    cmd
}

/// `ftpcode args` running, its standard streams piped to the test.
pub fn spawn_piped(args: &[&str]) -> std::process::Child {
    use std::process::Stdio;
    process()
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn ftpcode")
}

/// Standard output as text.
pub fn stdout(out: &std::process::Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// Standard error as text.
pub fn stderr(out: &std::process::Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// Runs `ftpcode args` with piped output, reads a few bytes, closes the pipe as `| head`
/// does, and asserts that ftpcode then ends quietly with status 0. `feed` writes to its
/// standard input (on a thread) if given.
pub fn assert_quiet_on_closed_pipe(args: &[&str], feed: Option<Vec<u8>>) {
    use std::io::{Read, Write};
    use std::process::Stdio;
    let mut child = process()
        .args(args)
        .stdin(if feed.is_some() {
            Stdio::piped()
        } else {
            Stdio::null()
        })
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn ftpcode");
    let writer = feed.map(|chunk| {
        let mut stdin = child.stdin.take().expect("stdin");
        std::thread::spawn(move || {
            for _ in 0..200 {
                if stdin.write_all(&chunk).is_err() {
                    break; // ftpcode stopped reading: as it should once its output is gone
                }
            }
        })
    });
    let mut head = [0u8; 64];
    let mut stdout = child.stdout.take().expect("stdout");
    stdout.read_exact(&mut head).expect("some output");
    drop(stdout); // the reader goes away
    let out = child.wait_with_output().expect("wait");
    if let Some(w) = writer {
        w.join().expect("writer");
    }
    assert_eq!(out.status.code(), Some(0));
    assert!(
        out.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}
