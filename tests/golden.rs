//! Rendered text compared with checked-in golden files, with and without colour.
//! After a deliberate change to the output, review and refresh them with:
//!
//!     FTPCODE_BLESS=1 cargo test --test golden

mod common;

use std::path::PathBuf;

use common::ftpcode;

/// (file stem, arguments)
const CASES: &[(&str, &[&str])] = &[
    ("explain-502", &["explain", "502"]),
    ("explain-reply-line", &["explain", "550 Permission denied."]),
    (
        "explain-multiline",
        &["explain", "211-Features:\n MDTM\n SIZE\n211 End"],
    ),
    ("explain-disputed-534", &["explain", "534"]),
    ("explain-winsock-10054", &["explain", "10054"]),
    ("explain-undefined-299", &["explain", "299"]),
    ("explain-class-55x", &["explain", "55x"]),
    ("compare-211-502", &["compare", "211", "502"]),
    (
        "compare-stacked-425-426-421",
        &["compare", "425", "426", "421"],
    ),
    ("list-4xx", &["list", "4xx"]),
    ("search-passive", &["search", "passive"]),
    (
        "explain-server-message",
        &[
            "explain",
            "500 OOPS: vsftpd: refusing to run with writable root inside chroot()",
        ],
    ),
    (
        "explain-as-answer",
        &["explain", "550", "--command", "STOR"],
    ),
    ("command-retr", &["command", "RETR"]),
    // Paths relative to the crate: cargo runs integration tests there.
    (
        "scan-vsftpd",
        &["scan", "tests/fixtures/scan/vsftpd-protocol.log"],
    ),
    (
        "scan-summary-lftp",
        &["scan", "--summary", "tests/fixtures/scan/lftp-debug.log"],
    ),
];

fn golden_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests")
        .join("golden")
}

#[test]
fn rendered_text_matches_golden_files() {
    let bless = std::env::var_os("FTPCODE_BLESS").is_some();
    let mut failures = Vec::new();
    for (name, args) in CASES {
        for (suffix, color) in [("txt", "never"), ("color.txt", "always")] {
            let out = ftpcode()
                .args(*args)
                .args(["--color", color])
                .output()
                .expect("run");
            let path = golden_dir().join(format!("{name}.{suffix}"));
            if bless {
                std::fs::create_dir_all(golden_dir()).expect("mkdir");
                std::fs::write(&path, &out.stdout).expect("write golden");
                continue;
            }
            let want = std::fs::read(&path).unwrap_or_default();
            if want != out.stdout {
                failures.push(format!(
                    "{}: output differs\n--- got ---\n{}",
                    path.display(),
                    String::from_utf8_lossy(&out.stdout)
                ));
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{}\nIf the change is intended: FTPCODE_BLESS=1 cargo test --test golden",
        failures.join("\n")
    );
}
