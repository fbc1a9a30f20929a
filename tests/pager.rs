//! The pager, run as it is on a terminal: ftpcode's standard output is a pseudo-terminal
//! here, and the pager a script that records what it was given.

#![cfg(target_os = "linux")]

mod common;

use std::fs;
use std::io::Read;
use std::os::fd::{AsFd, OwnedFd};
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::process::Stdio;

use nix::fcntl::{FcntlArg, OFlag, fcntl};
use nix::pty::openpty;

/// A directory of its own for each test, removed at the end.
struct Dir(PathBuf);

impl Dir {
    fn new(name: &str) -> Dir {
        let dir = std::env::temp_dir().join(format!("ftpcode-pager-{name}-{}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        fs::create_dir_all(&dir).expect("a temporary directory");
        Dir(dir)
    }
}

impl Drop for Dir {
    fn drop(&mut self) {
        let _ = fs::remove_dir_all(&self.0);
    }
}

/// A pager that writes what it reads to `paged`, and its ignored signals to `ignored`.
fn recording_pager(dir: &Path) -> PathBuf {
    let script = dir.join("pager.sh");
    let body = format!(
        "#!/bin/sh\ngrep SigIgn /proc/$$/status > '{0}/ignored'\ncat > '{0}/paged'\n",
        dir.display()
    );
    fs::write(&script, body).expect("the pager script is written");
    fs::set_permissions(&script, fs::Permissions::from_mode(0o755)).expect("chmod");
    script
}

/// Runs `ftpcode args` with its standard output on a pseudo-terminal; returns what
/// reached the terminal (its line ends as written) and the exit status.
fn on_terminal(args: &[&str], pager: &str) -> (String, i32) {
    let pty = openpty(None, None).expect("a pseudo-terminal");
    let terminal: OwnedFd = pty.slave.as_fd().try_clone_to_owned().expect("dup");
    let status = common::process()
        .args(args)
        .env("FTPCODE_PAGER", pager)
        .stdin(Stdio::null())
        .stdout(Stdio::from(terminal))
        .stderr(Stdio::null())
        .status()
        .expect("ftpcode runs");
    drop(pty.slave);
    // What the terminal holds, without waiting for more.
    let flags = fcntl(&pty.master, FcntlArg::F_GETFL).expect("flags");
    let flags = OFlag::from_bits_truncate(flags) | OFlag::O_NONBLOCK;
    fcntl(&pty.master, FcntlArg::F_SETFL(flags)).expect("non-blocking");
    let mut shown = Vec::new();
    let _ = fs::File::from(pty.master).read_to_end(&mut shown);
    let shown = String::from_utf8_lossy(&shown).replace("\r\n", "\n");
    (shown, status.code().unwrap_or(-1))
}

/// What the answer on the terminal is: `explain 502` in colour at 80 columns, as written
/// into a pipe.
fn answer() -> String {
    let args = ["--color", "always", "--width", "80", "explain", "502"];
    common::stdout(&common::process().args(args).output().expect("ftpcode runs"))
}

#[test]
fn a_long_answer_on_a_terminal_goes_through_the_pager_with_sigpipe_at_its_default() {
    let dir = Dir::new("paged");
    let pager = recording_pager(&dir.0);
    let args = ["--paging", "always", "--width", "80", "explain", "502"];
    let (shown, status) = on_terminal(&args, &pager.to_string_lossy());
    assert_eq!(status, 0);
    assert_eq!(
        shown, "",
        "the answer went to the pager, not to the terminal"
    );
    let paged = fs::read_to_string(dir.0.join("paged")).expect("the pager ran");
    assert_eq!(paged, answer());
    // SigIgn: a hexadecimal mask in which signal n is bit n - 1 (SIGPIPE is 13).
    let ignored = fs::read_to_string(dir.0.join("ignored")).expect("the pager's signals");
    let mask = u64::from_str_radix(ignored.trim().trim_start_matches("SigIgn:").trim(), 16)
        .expect("a mask");
    assert_eq!(
        mask & (1 << 12),
        0,
        "SIGPIPE ignored in the pager: {ignored}"
    );
}

#[test]
fn without_a_pager_the_answer_goes_to_the_terminal() {
    let args = ["--paging", "always", "--width", "80", "explain", "502"];
    let (shown, status) = on_terminal(&args, "/nonexistent/pager");
    assert_eq!(status, 0);
    assert_eq!(shown, answer());
}

#[test]
fn paging_never_writes_to_the_terminal_itself() {
    let dir = Dir::new("never");
    let pager = recording_pager(&dir.0);
    let args = ["--paging", "never", "--width", "80", "explain", "502"];
    let (shown, status) = on_terminal(&args, &pager.to_string_lossy());
    assert_eq!(status, 0);
    assert!(!dir.0.join("paged").exists(), "the pager ran");
    assert_eq!(shown, answer());
}
