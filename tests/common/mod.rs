//! Shared by the integration tests: the binary, run hermetically.

#![allow(dead_code)]

use assert_cmd::Command;

/// The built `ftpcode`, with no colour or width settings inherited from the caller's
/// environment, and an 80-column width.
pub fn ftpcode() -> Command {
    let mut cmd = Command::cargo_bin("ftpcode").expect("binary built");
    for var in ["NO_COLOR", "CLICOLOR", "CLICOLOR_FORCE", "TERM", "COLUMNS"] {
        cmd.env_remove(var);
    }
    cmd.env("COLUMNS", "80");
    cmd
}

/// Standard output as text.
pub fn stdout(out: &std::process::Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// Standard error as text.
pub fn stderr(out: &std::process::Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}
