//! Behaviour of the real binary: exit statuses, errors, colour rules, JSON, pipes.

mod common;

use common::{ftpcode, stderr, stdout};
use serde_json::Value;

fn json_lines(out: &std::process::Output) -> Vec<Value> {
    stdout(out)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("not JSON: {l}: {e}")))
        .collect()
}

#[test]
fn explain_a_code() {
    let out = ftpcode().args(["explain", "502"]).output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    let text = stdout(&out);
    assert!(text.starts_with("502 Command not implemented\n"), "{text}");
    assert!(text.contains("permanent negative (5yz)"));
    // What to do comes before what it means, and the whole fits one screen.
    let todo = text.find("What to do").expect("advice");
    assert!(todo < text.find("Means").expect("meaning"), "{text}");
    assert!(text.lines().count() <= 20, "{text}");
    assert!(text.contains("ftpcode explain 502 --full"), "{text}");
    assert!(stderr(&out).is_empty());
    // The sources and the fixes on each side are in the full form.
    let out = ftpcode()
        .args(["explain", "502", "--full"])
        .output()
        .unwrap();
    let full = stdout(&out);
    assert!(full.contains("RFC 959 §4.2.2"), "{full}");
    assert!(
        full.contains("Client fix") && full.contains("Server fix"),
        "{full}"
    );
    // One line with --short.
    let out = ftpcode()
        .args(["explain", "502", "--short"])
        .output()
        .unwrap();
    let short = stdout(&out);
    assert!(
        short.starts_with("502 Command not implemented: "),
        "{short}"
    );
    assert!(short.lines().count() <= 3, "{short}");
}

#[test]
fn bare_code_is_explain() {
    let a = ftpcode().arg("502").output().unwrap();
    let b = ftpcode().args(["explain", "502"]).output().unwrap();
    assert_eq!(a.status.code(), Some(0));
    assert_eq!(a.stdout, b.stdout);
}

#[test]
fn reply_line_shows_what_the_server_said() {
    let out = ftpcode().arg("550 Permission denied.").output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    let text = stdout(&out);
    let reply = text
        .lines()
        .find(|l| l.trim_start().starts_with("Reply"))
        .expect("Reply");
    assert!(reply.ends_with(" Permission denied."), "{text}");
    let out = ftpcode()
        .args(["550 Permission denied.", "--full"])
        .output()
        .unwrap();
    assert!(stdout(&out).contains("Standard"), "{}", stdout(&out));
}

#[test]
fn a_code_named_in_a_line_is_explained() {
    // What a person pastes from an error dialog or a log's prose: the code it names.
    for (line, head) in [
        ("error code: 550", "550 File unavailable"),
        ("The transfer failed with 426", "426 Transfer aborted"),
    ] {
        let out = ftpcode().args(["explain", line]).output().unwrap();
        assert_eq!(out.status.code(), Some(0), "{line}");
        assert!(stdout(&out).starts_with(head), "{line}: {}", stdout(&out));
    }
    // A count is no code: a one-line error, status 2.
    let out = ftpcode()
        .args(["explain", "got 421 bytes"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(stdout(&out).is_empty());
}

#[test]
fn multi_line_reply_from_an_argument_and_from_stdin() {
    let reply = "211-Features:\r\n MDTM\r\n SIZE\r\n211 End\r\n";
    let a = ftpcode().arg(reply).output().unwrap();
    let b = ftpcode()
        .args(["explain", "-"])
        .write_stdin(reply)
        .output()
        .unwrap();
    assert_eq!(a.status.code(), Some(0));
    assert_eq!(a.stdout, b.stdout);
    let text = stdout(&a);
    assert_eq!(
        text.matches("\n211 ").count() + usize::from(text.starts_with("211 ")),
        1,
        "{text}"
    );
    assert!(text.contains(" MDTM"), "{text}");
}

#[test]
fn several_replies_on_stdin_are_explained_in_order() {
    let out = ftpcode()
        .args(["--json", "-"])
        .write_stdin("331 Password please\n530 Login incorrect.\n")
        .output()
        .unwrap();
    let codes: Vec<u64> = json_lines(&out)
        .iter()
        .map(|v| v["code"].as_u64().unwrap())
        .collect();
    assert_eq!(codes, [331, 530]);
}

#[test]
fn undefined_code_is_explained_from_its_digits_and_exits_1() {
    let out = ftpcode().args(["explain", "299"]).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let text = stdout(&out);
    assert!(text.contains("positive completion (2yz)"), "{text}");
    let out = ftpcode()
        .args(["--json", "explain", "299"])
        .output()
        .unwrap();
    let v = &json_lines(&out)[0];
    assert_eq!(v["known"], false);
    assert_eq!(v["origin"], "undefined");
}

#[test]
fn a_servers_own_code_is_said_to_be_one() {
    // GNU inetutils ftpd answers a REST past the file's end with 554, which no RFC
    // defines (data/servers/inetutils-ftpd.toml): neither "no server defines it" nor
    // a title that says no document does.
    let out = ftpcode()
        .env("COLUMNS", "200")
        .args(["explain", "554"])
        .output()
        .unwrap();
    let text = stdout(&out);
    assert!(
        text.starts_with("554 Defined by no RFC, a server's own code"),
        "{text}"
    );
    assert!(
        text.contains("some servers send it as a code of their own"),
        "{text}"
    );
    let out = ftpcode()
        .env("COLUMNS", "200")
        .args([
            "explain",
            "554 Action not taken: invalid REST value 100 for x.",
        ])
        .output()
        .unwrap();
    let text = stdout(&out);
    assert!(text.contains("GNU inetutils ftpd"), "{text}");
    assert!(text.contains("it is the server's own code"), "{text}");
    assert!(!text.contains("common server"), "{text}");
    // A code no one sends keeps the plain words.
    let out = ftpcode().args(["explain", "299"]).output().unwrap();
    assert!(stdout(&out).starts_with("299 Not defined by any document ftpcode knows"));
}

#[test]
fn malformed_queries_are_one_line_errors_with_status_2() {
    for bad in ["abc", "9999", "0", "", "5502", "7xx"] {
        let out = ftpcode().args(["explain", bad]).output().unwrap();
        assert_eq!(out.status.code(), Some(2), "{bad}");
        assert!(out.stdout.is_empty(), "{bad}");
        let err = stderr(&out);
        assert!(err.starts_with("ftpcode: "), "{bad}: {err}");
        assert_eq!(err.lines().count(), 1, "{bad}: {err}");
    }
    let err = stderr(&ftpcode().arg("5502").output().unwrap());
    assert!(err.contains("did you mean 550?"), "{err}");
}

#[test]
fn class_pattern_lists_its_codes() {
    let out = ftpcode().arg("55x").output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    let text = stdout(&out);
    for code in ["550", "551", "552", "553"] {
        assert!(text.contains(&format!("  {code} ")), "{code}: {text}");
    }
    assert!(!text.contains("  530 "));
    assert!(text.contains("file system"));
}

#[test]
fn compare_shows_differences_and_guidance() {
    let out = ftpcode().args(["compare", "211", "502"]).output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    let text = stdout(&out);
    assert!(text.contains("Key differences"), "{text}");
    assert!(text.contains("When a server sends which"), "{text}");
    // Side by side at 80 columns: both titles on the first line.
    let first = text.lines().next().unwrap();
    assert!(
        first.starts_with("211 ") && first.contains("502 "),
        "{first}"
    );

    let out = ftpcode()
        .args(["--json", "compare", "211", "502"])
        .output()
        .unwrap();
    let v = &json_lines(&out)[0];
    assert_eq!(v["codes"].as_array().unwrap().len(), 2);
    assert!(v["differences"].as_array().unwrap().len() >= 3);
    assert!(!v["guidance"].as_array().unwrap().is_empty());
}

#[test]
fn compare_stacks_when_narrow() {
    let out = ftpcode()
        .env("COLUMNS", "50")
        .args(["compare", "211", "502"])
        .output()
        .unwrap();
    let text = stdout(&out);
    let first = text.lines().next().unwrap();
    assert!(!first.contains("502"), "{first}");
    assert!(text.lines().all(|l| l.chars().count() <= 50), "{text}");
}

#[test]
fn compare_needs_two_codes() {
    let out = ftpcode().args(["compare", "211"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let out = ftpcode().args(["compare", "211", "abc"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).starts_with("ftpcode: "));
}

#[test]
fn list_and_pattern() {
    let all = ftpcode().arg("list").output().unwrap();
    assert_eq!(all.status.code(), Some(0));
    let n = stdout(&all).lines().count();
    assert_eq!(n, ftpcode::knowledge::codes::ENTRIES.len());
    let out = ftpcode().args(["--json", "list", "4xx"]).output().unwrap();
    let codes: Vec<u64> = json_lines(&out)
        .iter()
        .map(|v| v["code"].as_u64().unwrap())
        .collect();
    assert!(
        !codes.is_empty() && codes.iter().all(|c| (400..500).contains(c)),
        "{codes:?}"
    );
    let out = ftpcode().args(["list", "54x"]).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).starts_with("ftpcode: no code"));
}

#[test]
fn an_unknown_server_or_client_is_named_with_those_known() {
    for (flag, known) in [("--messages", "vsftpd"), ("--client", "curl")] {
        let out = ftpcode().args(["list", flag, "nosuch"]).output().unwrap();
        assert_eq!(out.status.code(), Some(1));
        let err = stderr(&out);
        assert!(err.starts_with("ftpcode: no "), "{err}");
        assert!(err.contains("'nosuch'") && err.contains(known), "{err}");
        assert_eq!(err.lines().count(), 1, "{err}");
    }
}

#[test]
fn search_ranks_and_reports_misses() {
    let out = ftpcode().args(["search", "passive"]).output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    let first = stdout(&out).lines().next().unwrap().to_string();
    assert!(
        first.starts_with("227 ") || first.starts_with("229 "),
        "{first}"
    );
    let out = ftpcode()
        .args(["--json", "search", "--all", "tls"])
        .output()
        .unwrap();
    let codes: Vec<u64> = json_lines(&out)
        .iter()
        .filter_map(|v| v["code"].as_u64())
        .collect();
    assert!(codes.contains(&234), "{codes:?}");
    let out = ftpcode().args(["search", "xyzzy"]).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).starts_with("ftpcode: nothing"));
}

#[test]
fn json_schema_of_an_explanation() {
    let out = ftpcode()
        .args(["explain", "--json", "550 No such file"])
        .output()
        .unwrap();
    let v = &json_lines(&out)[0];
    assert_eq!(v["code"], 550);
    assert_eq!(v["text"], "No such file");
    assert_eq!(v["known"], true);
    for key in ["meaning", "when", "title", "origin", "retry"] {
        assert!(v[key].as_str().is_some_and(|s| !s.is_empty()), "{key}");
    }
    assert!(v["fix"]["client"].is_string() && v["fix"]["server"].is_string());
    assert!(
        v["sources"]
            .as_array()
            .unwrap()
            .iter()
            .all(Value::is_string)
    );
    assert!(v["related"].as_array().unwrap().iter().all(Value::is_u64));
    assert_eq!(v["class"]["digits"], "5yz");
    assert_eq!(v["category"]["digits"], "x5z");
}

#[test]
fn colour_rules() {
    let ansi = |out: &std::process::Output| out.stdout.contains(&0x1b);
    // Piped: no colour by default.
    assert!(!ansi(&ftpcode().arg("502").output().unwrap()));
    assert!(ansi(
        &ftpcode()
            .args(["--color", "always", "502"])
            .output()
            .unwrap()
    ));
    assert!(ansi(
        &ftpcode()
            .env("CLICOLOR_FORCE", "1")
            .arg("502")
            .output()
            .unwrap()
    ));
    assert!(!ansi(
        &ftpcode()
            .env("CLICOLOR_FORCE", "1")
            .env("NO_COLOR", "1")
            .arg("502")
            .output()
            .unwrap()
    ));
    assert!(!ansi(
        &ftpcode()
            .args(["--color", "never", "502"])
            .env("CLICOLOR_FORCE", "1")
            .output()
            .unwrap()
    ));
    // JSON never carries escape codes.
    for args in [
        &["--json", "--color", "always", "502"][..],
        &["--json", "--color", "always", "compare", "1", "2"],
    ] {
        assert!(!ansi(&ftpcode().args(args).output().unwrap()), "{args:?}");
    }
}

#[test]
fn hostile_reply_text_cannot_drive_the_terminal() {
    let out = ftpcode()
        .args(["--color", "never", "550 \x1b]0;pwned\x07 denied"])
        .output()
        .unwrap();
    assert!(!out.stdout.contains(&0x1b) && !out.stdout.contains(&0x07));
    assert!(stdout(&out).contains("\\u{1b}]0;pwned\\u{7}"));
}

#[test]
fn closed_pipe_ends_quietly() {
    // Enough output to fill a pipe buffer many times over.
    let args: Vec<&str> = std::iter::once("explain")
        .chain(std::iter::repeat_n("550", 3000))
        .collect();
    common::assert_quiet_on_closed_pipe(&args, None);
}

#[test]
fn help_and_version() {
    let out = ftpcode().arg("--help").output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    let text = stdout(&out);
    assert!(
        text.trim_end().lines().count() < 40,
        "--help should be short"
    );
    assert!(text.contains("Examples:") && text.contains("Exit status:"));
    let out = ftpcode().args(["help", "explain"]).output().unwrap();
    assert!(stdout(&out).contains("QUERY is one of:"));
    let out = ftpcode().arg("--version").output().unwrap();
    assert_eq!(
        stdout(&out).trim(),
        format!("ftpcode {}", env!("CARGO_PKG_VERSION"))
    );
}

#[test]
fn server_messages_come_first() {
    let reply = "500 OOPS: vsftpd: refusing to run with writable root inside chroot()";
    let out = ftpcode().arg(reply).output().unwrap();
    let text = stdout(&out);
    let known = text.find("  vsftpd ").expect("the vsftpd message");
    assert!(known < text.find("Means").unwrap(), "{text}");
    assert!(text.contains("allow_writeable_chroot=YES"), "{text}");
    let out = ftpcode().args(["--json", reply]).output().unwrap();
    let v = &json_lines(&out)[0];
    assert_eq!(v["server_messages"][0]["server"], "vsftpd");
    for key in ["cause", "fix", "source"] {
        assert!(
            v["server_messages"][0][key]
                .as_str()
                .is_some_and(|s| !s.is_empty()),
            "{key}"
        );
    }
    let out = ftpcode()
        .args(["--json", "550 nothing a server says"])
        .output()
        .unwrap();
    assert_eq!(
        json_lines(&out)[0]["server_messages"],
        serde_json::json!([])
    );
}

#[test]
fn command_lists_what_a_server_may_answer() {
    let out = ftpcode().args(["command", "retr"]).output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    let text = stdout(&out);
    for code in ["150", "226", "425", "550"] {
        assert!(text.contains(&format!(" {code} ")), "{code}: {text}");
    }
    assert!(text.contains("RFC 959 §5.4"));
    let out = ftpcode()
        .args(["--json", "command", "PASV"])
        .output()
        .unwrap();
    let v = &json_lines(&out)[0];
    assert_eq!(v["command"], "PASV");
    let codes: Vec<u64> = v["replies"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["code"].as_u64().unwrap())
        .collect();
    assert!(codes.contains(&227), "{codes:?}");
    let out = ftpcode().args(["command", "FROB"]).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).starts_with("ftpcode: no RFC"));
}

#[test]
fn explain_as_the_answer_to_a_command() {
    let out = ftpcode()
        .args(["--json", "explain", "226", "--command", "retr"])
        .output()
        .unwrap();
    let v = &json_lines(&out)[0];
    assert_eq!(v["answer_to"]["command"], "RETR");
    assert_eq!(v["answer_to"]["listed"], "success");
    let out = ftpcode()
        .args(["--json", "explain", "227", "--command", "STAT"])
        .output()
        .unwrap();
    assert_eq!(json_lines(&out)[0]["answer_to"]["listed"], "unlisted");
    let out = ftpcode()
        .args(["explain", "227", "--command", "STAT"])
        .output()
        .unwrap();
    assert!(
        stdout(&out).contains("Answering   STAT"),
        "{}",
        stdout(&out)
    );
}

/// A reply after a log's prefix is the server's reply: a system error whose words only
/// the reply's text holds is not explained first, or at all (new-user QA, D1); a client's
/// own error line still is.
#[test]
fn a_reply_after_a_prefix_is_no_system_error() {
    for (line, code) in [
        ("Response:\t550 Permission denied.", 550),
        ("< 2026-01-01 10:00:00.123 550 Permission denied.", 550),
        ("Response: 421 Connection timed out", 421),
        ("Response: 421 Connection refused", 421),
        ("<--- 426 Broken pipe", 426),
        ("Response: 426 Connection reset by peer", 426),
    ] {
        let out = ftpcode().args(["--json", line]).output().unwrap();
        assert_eq!(out.status.code(), Some(0), "{line}: {}", stderr(&out));
        let codes: Vec<Value> = json_lines(&out).iter().map(|v| v["code"].clone()).collect();
        assert_eq!(codes, [Value::from(code)], "{line}");
    }
    for (line, id) in [
        ("ftp: connect: Connection refused", "os-linux-econnrefused"),
        ("ssh: Connection timed out", "os-linux-etimedout"),
        ("write: Broken pipe", "os-linux-epipe"),
        (
            "curl: (7) Failed to connect to example.com port 21: Connection refused",
            "curl-7",
        ),
    ] {
        let out = ftpcode().args(["--json", line]).output().unwrap();
        assert_eq!(out.status.code(), Some(0), "{line}: {}", stderr(&out));
        assert_eq!(json_lines(&out)[0]["id"], id, "{line}");
    }
    // A client's line around a reply is the client's error, and the reply is explained too.
    let out = ftpcode()
        .args(["--json", "ftplib.error_perm: 530 Login incorrect."])
        .output()
        .unwrap();
    let v = json_lines(&out);
    assert_eq!(v[0]["id"], "python-ftplib-error-perm-530");
    assert_eq!(v[1]["code"], 530);
}

/// A command as logged, verb and argument, is read by its verb: RETR is RFC 959's, not
/// unknown, and the argument is neither looked up nor shown (new-user QA, D7).
#[test]
fn a_command_with_its_argument_is_read_by_its_verb() {
    let out = ftpcode()
        .args(["explain", "550", "--command", "RETR foo.txt"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let text = stdout(&out);
    assert!(text.contains("Answering   RETR (downloads"), "{text}");
    assert!(!text.contains("FOO.TXT"), "{text}");
    let out = ftpcode()
        .args(["command", "retr foo.txt"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(stdout(&out).starts_with("RETR "), "{}", stdout(&out));
    // A secret argument never comes back, whether the verb is known or not.
    for args in [
        &["explain", "530", "--command", "PASS hunter2"][..],
        &["--json", "explain", "530", "--command", "pass hunter2"],
        &["command", "PASS hunter2"],
        &["command", "FROB hunter2"],
        &["explain", "530", "--command", "FROB hunter2"],
    ] {
        let out = ftpcode().args(args).output().unwrap();
        let all = format!("{}{}", stdout(&out), stderr(&out));
        assert!(
            !all.is_empty() && !all.contains("hunter2"),
            "{args:?}: {all}"
        );
    }
    let out = ftpcode()
        .args(["command", "FROB hunter2"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("the command 'FROB'"),
        "{}",
        stderr(&out)
    );
}

/// A PASS, ACCT or ADAT argument in a query that is no reply is hidden in the error, as
/// `scan` hides it: `PASS ***` (new-user QA, D11).
#[test]
fn an_error_about_a_query_hides_its_password() {
    for (query, shown) in [
        ("PASS hunter2", "\"PASS ***\""),
        ("pass hunter2", "\"pass ***\""),
        ("ACCT hunter2", "\"ACCT ***\""),
        ("ADAT hunter2", "\"ADAT ***\""),
        ("Command: PASS hunter2", "\"Command: PASS ***\""),
    ] {
        let out = ftpcode().args(["explain", query]).output().unwrap();
        assert_eq!(out.status.code(), Some(2), "{query}");
        let err = stderr(&out);
        assert!(
            err.contains(shown) && !err.contains("hunter2"),
            "{query}: {err}"
        );
    }
    for stdin in ["PASS hunter2\n", "550 x\nPASS hunter2\n"] {
        let out = ftpcode()
            .args(["explain", "-"])
            .write_stdin(stdin)
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2), "{stdin}");
        let err = stderr(&out);
        assert!(
            err.contains("PASS ***") && !err.contains("hunter2"),
            "{err}"
        );
    }
    // The tip that quotes the words back hides it too.
    let out = ftpcode().args(["550", "x\nPASS hunter2"]).output().unwrap();
    let err = stderr(&out);
    assert!(
        err.contains("quote it") && err.contains("PASS ***"),
        "{err}"
    );
    assert!(!err.contains("hunter2"), "{err}");
}

/// A usage error is one line `ftpcode: ...` with status 2, as the README says, and never
/// repeats a password; a pasted line that starts with hyphens is a query, not an unknown
/// option (new-user QA, D12).
#[test]
fn usage_errors_are_one_line() {
    let out = ftpcode().arg("--bogus").output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        stderr(&out),
        "ftpcode: unexpected argument '--bogus' found (see 'ftpcode --help')\n"
    );
    for args in [
        &["compare", "550"][..],
        &["scan", "--color=bogus", "x"],
        &["explain", "502", "--bogus"],
        &["hlep"],
        &["explain"],
        &["--color", "PASS hunter2", "502"],
        // (A quote in the argument, which clap quotes in turn.)
        &["--color", "x'PASS hunter2", "502"],
        &["command", "---> PASS hun'ter2"],
        &["list", "--messages", "x", "--client", "y"],
    ] {
        let out = ftpcode().args(args).output().unwrap();
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(out.stdout.is_empty(), "{args:?}");
        let err = stderr(&out);
        assert!(err.starts_with("ftpcode: "), "{args:?}: {err}");
        assert_eq!(err.lines().count(), 1, "{args:?}: {err}");
        assert!(
            !err.contains("hunter2") && !err.contains("ter2"),
            "{args:?}: {err}"
        );
    }
    let err = stderr(&ftpcode().args(["compare", "550"]).output().unwrap());
    assert!(err.ends_with("(see 'ftpcode compare --help')\n"), "{err}");
    // lftp's lines, as pasted: a query, whatever the options around it.
    let out = ftpcode()
        .args(["explain", "---> PASS hunter2"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(
        err.starts_with("ftpcode: \"---> PASS ***\" is not a reply"),
        "{err}"
    );
    assert!(!err.contains("hunter2"), "{err}");
    for args in [
        &["<--- 550 Permission denied.", "--json"][..],
        &["--json", "explain", "<--- 550 Permission denied."],
        &[
            "explain",
            "---> 550 Permission denied.",
            "-j",
            "--color",
            "never",
        ],
    ] {
        let out = ftpcode().args(args).output().unwrap();
        assert_eq!(out.status.code(), Some(0), "{args:?}: {}", stderr(&out));
        assert_eq!(json_lines(&out)[0]["code"], 550, "{args:?}");
    }
}

/// `strip` says that it cannot read its input, in `scan`'s words, not that it cannot
/// write its output (new-user QA, D13).
#[test]
fn strip_words_read_errors_as_scan_does() {
    let dir = std::env::temp_dir().join(format!("ftpcode-cli-strip-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("adir")).unwrap();
    for (input, error) in [
        ("adir", "ftpcode: cannot read adir: is a directory\n"),
        (
            "nosuch",
            "ftpcode: cannot read nosuch: No such file or directory\n",
        ),
    ] {
        let strip = ftpcode()
            .current_dir(&dir)
            .args(["strip", input])
            .output()
            .unwrap();
        assert_eq!(strip.status.code(), Some(2), "{input}");
        assert_eq!(stderr(&strip), error, "{input}");
        let scan = ftpcode()
            .current_dir(&dir)
            .args(["scan", input])
            .output()
            .unwrap();
        assert_eq!(stderr(&scan), error, "{input}");
    }
    let _ = std::fs::remove_dir_all(&dir);
}

/// `strip` opens its input as `scan` does: scan output kept gzip-compressed gives the log
/// back, from a file and from standard input.
#[test]
fn strip_reads_compressed_scan_output() {
    use std::io::Write;
    let log = "USER ann\r\n331 Password required\r\n550 report.txt: No such file\n";
    let scanned = ftpcode()
        .args(["scan", "--color", "never", "-"])
        .write_stdin(log)
        .output()
        .unwrap();
    assert!(
        stdout(&scanned).contains("[ftpcode] 331"),
        "{}",
        stdout(&scanned)
    );
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    gz.write_all(&scanned.stdout).unwrap();
    let packed = gz.finish().unwrap();
    let dir = std::env::temp_dir().join(format!("ftpcode-cli-stripgz-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("scanned.txt.gz");
    std::fs::write(&file, &packed).unwrap();
    let from_file = ftpcode().arg("strip").arg(&file).output().unwrap();
    let from_stdin = ftpcode().arg("strip").write_stdin(packed).output().unwrap();
    let _ = std::fs::remove_dir_all(&dir);
    for out in [from_file, from_stdin] {
        assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
        assert_eq!(out.stdout, log.as_bytes());
    }
    // Scan output saved as UTF-16 (PowerShell 5.1's `>`) gives the log back too (from
    // the second review).
    let utf16: Vec<u8> = [0xff, 0xfe]
        .into_iter()
        .chain(
            String::from_utf8_lossy(&scanned.stdout)
                .encode_utf16()
                .flat_map(u16::to_le_bytes),
        )
        .collect();
    let out = ftpcode().arg("strip").write_stdin(utf16).output().unwrap();
    assert_eq!(out.stdout, log.as_bytes());
}

/// The fields that quote what was pasted (`Line`, `Reply`) show it as it was, runs of
/// blanks and all (new-user QA, D16).
#[test]
fn quoted_fields_keep_their_blanks() {
    let field = |args: &[&str], label: &str| -> String {
        let out = ftpcode().args(args).output().unwrap();
        let text = stdout(&out);
        text.lines()
            .find(|l| l.trim_start().starts_with(label))
            .unwrap_or_else(|| panic!("{label}: {text}"))
            .trim_start()
            .strip_prefix(label)
            .unwrap_or_default()
            .trim()
            .to_string()
    };
    assert_eq!(field(&["550 a    b"], "Reply"), "a    b");
    assert_eq!(
        field(
            &["Thu Dec  3 10:00:00 2026 [pid 3] [ftp] FAIL LOGIN: Client \"1.2.3.4\""],
            "Line"
        ),
        "Thu Dec  3 10:00:00 2026 [pid 3] [ftp] FAIL LOGIN: Client"
    );
    let out = ftpcode()
        .args(["compare", "550 a    b", "450"])
        .output()
        .unwrap();
    assert!(stdout(&out).contains("\na    b"), "{}", stdout(&out));
}

/// `list --client` gives a client's errors in natural order: `curl-2` before `curl-10`
/// (new-user QA, suggestion 2).
#[test]
fn client_errors_are_listed_in_natural_order() {
    let out = ftpcode()
        .args(["list", "--client", "curl"])
        .output()
        .unwrap();
    let ids: Vec<String> = stdout(&out)
        .lines()
        .filter_map(|l| l.trim_start().split(' ').next())
        .filter(|w| w.starts_with("curl-"))
        .map(str::to_string)
        .collect();
    let numbers: Vec<u32> = ids
        .iter()
        .filter_map(|id| id.strip_prefix("curl-")?.parse().ok())
        .collect();
    assert!(numbers.len() > 10, "{ids:?}");
    assert!(numbers.is_sorted(), "{ids:?}");
    let out = ftpcode()
        .args(["--json", "list", "--client", "curl"])
        .output()
        .unwrap();
    let json: Vec<String> = json_lines(&out)
        .iter()
        .filter_map(|v| v["id"].as_str().map(str::to_string))
        .collect();
    assert_eq!(json, ids);
}

/// A pasted dialogue whose greeting names its server: a reply whose text several servers
/// send is explained with that server's message alone, as `scan` does, whether the paste
/// is bare reply lines or a client's log.
#[test]
fn a_pasted_greeting_names_the_server_of_the_replies_after_it() {
    for (greeting, server, other) in [
        (
            "220 ProFTPD 1.3.8 Server (Debian) [::ffff:127.0.0.1]",
            "ProFTPD",
            "vsftpd",
        ),
        ("220 (vsFTPd 3.0.3)", "vsftpd", "ProFTPD"),
    ] {
        for paste in [
            format!("{greeting}\n530 Login incorrect.\n"),
            format!(
                "Status: Connected\nResponse: {greeting}\nCommand: PASS ****\nResponse: 530 Login incorrect.\n"
            ),
        ] {
            let out = ftpcode().args(["explain", &paste]).output().unwrap();
            let text = stdout(&out);
            let after = &text[text.find("530 Not logged in").expect("530 explained")..];
            assert!(after.contains(&format!("\n  {server} ")), "{paste}\n{text}");
            // (No row of the other server's, nor the list of all that send the text.)
            assert!(!after.contains(&format!("\n  {other} ")), "{paste}\n{text}");
            assert!(!after.contains("Sent by"), "{paste}\n{text}");
        }
    }
}

/// FileZilla before 3.9.0 writes a failure it will not retry as `Critical error` on a line
/// of its own, what failed on the next (a published Spanish log has both); 3.9.0 and later
/// join them. The lone line is no message of FileZilla's alone (`Error: Critical error in
/// ...` of any program), so it is left unexplained, and the message under it says what
/// it then means.
#[test]
fn filezillas_message_under_a_lone_critical_error_says_it_was_not_retried() {
    let ids = |paste: &str| -> Vec<String> {
        let out = ftpcode()
            .args(["--json", "explain", paste])
            .output()
            .unwrap();
        json_lines(&out)
            .iter()
            .map(|v| v["id"].as_str().unwrap_or("-").to_string())
            .collect()
    };
    for paste in [
        "Error:\tCritical error\nError:\tCould not connect to server\n",
        "Error:  Error crítico\nError:  No se pudo conectar al servidor\n",
    ] {
        assert_eq!(ids(paste), ["filezilla-could-not-connect"], "{paste}");
        let text = stdout(&ftpcode().args(["explain", paste]).output().unwrap());
        assert!(text.contains("Critical error` of its own"), "{text}");
    }
    assert_eq!(
        ids("Error:\tCritical error: Could not connect to server\n"),
        ["filezilla-critical-could-not-connect"]
    );
}
