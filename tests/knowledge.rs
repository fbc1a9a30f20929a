//! Regressions of the knowledge audit (../shared/reviews/knowledge-audit.md): real server
//! lines, as the servers' source code writes them, fed to the real binary, must find the
//! server message with the code the server really sends.

mod common;

use common::{ftpcode, stderr, stdout};
use serde_json::Value;

/// `ftpcode explain --json <reply>`, parsed.
fn explain_json(reply: &str) -> Value {
    let out = ftpcode()
        .args(["explain", "--json", reply])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    serde_json::from_str(&stdout(&out)).unwrap_or_else(|e| panic!("not JSON: {e}"))
}

/// The (server, code) of every server message a reply line matches.
fn server_messages(reply: &str) -> Vec<(String, u64)> {
    explain_json(reply)["server_messages"]
        .as_array()
        .map(|messages| {
            messages
                .iter()
                .map(|m| {
                    (
                        m["server"].as_str().unwrap_or_default().to_owned(),
                        m["code"].as_u64().unwrap_or_default(),
                    )
                })
                .collect()
        })
        .unwrap_or_default()
}

fn assert_found(reply: &str, server: &str, code: u64) {
    let found = server_messages(reply);
    assert!(
        found.iter().any(|(s, c)| s == server && *c == code),
        "{reply}: expected a {server} {code} message, found {found:?}"
    );
}

/// W1: vsftpd sends "Data connections must be encrypted." with 522 (FTP_NEEDENCRYPT), never
/// with 521.
#[test]
fn vsftpd_data_connections_must_be_encrypted_is_522() {
    assert_found("522 Data connections must be encrypted.", "vsftpd", 522);
    assert!(
        server_messages("521 Data connections must be encrypted.").is_empty(),
        "no server sends this text with 521"
    );
}

/// W2: the whole first line of vsftpd's session-reuse failure matches its message (a
/// semicolon, not a colon, and the pointer to the man page after it).
#[test]
fn vsftpd_session_reuse_line_is_found() {
    assert_found(
        "522 SSL connection failed; session reuse required: see require_ssl_reuse option in \
         vsftpd.conf man page",
        "vsftpd",
        522,
    );
}

/// W3: ProFTPD's mod_tls refuses a transfer without PROT P with 522, not 550.
#[test]
fn proftpd_tls_required_on_the_data_channel_is_522() {
    assert_found("522 SSL/TLS required on the data channel", "ProFTPD", 522);
    assert!(
        !server_messages("550 SSL/TLS required on the data channel")
            .iter()
            .any(|(s, _)| s == "ProFTPD"),
        "ProFTPD sends the data-channel text with 522 only"
    );
}

/// W4: Pure-FTPd's "Timeout (no operation ...)" is MSG_TIMEOUT_NOOP, the limit on keep-alive
/// NOOPs: its advice must not be to send keep-alive NOOPs. The ordinary idle timeout has its own
/// text (X5).
#[test]
fn pure_ftpd_noop_timeout_is_not_fixed_by_keep_alive() {
    let reply = "421 Timeout (no operation for 1800 seconds)";
    assert_found(reply, "Pure-FTPd", 421);
    let json = explain_json(reply);
    let message = json["server_messages"]
        .as_array()
        .and_then(|m| m.iter().find(|m| m["server"] == "Pure-FTPd"))
        .expect("a Pure-FTPd message");
    let cause = message["cause"].as_str().unwrap_or_default();
    let fix = message["fix"].as_str().unwrap_or_default();
    assert!(cause.contains("NOOP"), "{cause}");
    assert!(!fix.contains("enable keep-alive"), "{fix}");
    assert_found(
        "421 Timeout - try typing a little faster next time",
        "Pure-FTPd",
        421,
    );
}

/// X2: FileZilla Server 0.9's login refusal by IP filter, a fifth meaning of 521.
#[test]
fn filezilla_server_ip_filter_refusal_is_a_521() {
    assert_found(
        "521 This user is not allowed to connect from this IP",
        "FileZilla Server",
        521,
    );
    let disputed = explain_json("521")["disputed"]
        .as_str()
        .unwrap_or_default()
        .to_owned();
    assert!(disputed.contains("FileZilla Server 0.9"), "{disputed}");
}

/// C1 (and the seed page on 211 vs 502): a 502 to FEAT does not mean the server has no
/// extensions (RFC 2389 §3.2); the 502 entry must not say so, and must tell the client to test
/// the extensions it needs one by one.
#[test]
fn feat_502_is_not_read_as_no_extensions() {
    let json = explain_json("502");
    let text = json.to_string();
    assert!(
        !text.contains("as if the server has no extensions"),
        "502 still says a FEAT error means no extensions"
    );
    let client = json["fix"]["client"].as_str().unwrap_or_default();
    assert!(client.contains("one by one"), "{client}");
    assert!(client.contains("RFC 2389 §3.2"), "{client}");
}

/// Text and JSON come from one look-up: `explain` names the same servers in both, for
/// texts several servers send and texts only one sends.
#[test]
fn text_and_json_name_the_same_servers() {
    let out = ftpcode()
        .args(["list", "--messages", "--json"])
        .output()
        .unwrap();
    let mut servers: Vec<String> = stdout(&out)
        .lines()
        .filter_map(|l| serde_json::from_str::<Value>(l).ok())
        .filter_map(|v| v["server"].as_str().map(str::to_owned))
        .collect();
    servers.sort();
    servers.dedup();
    assert!(servers.len() >= 10, "{servers:?}");
    for reply in [
        "530 Login incorrect.",
        "550 Permission denied.",
        "421 Too many connections",
        "550 Failed to open file.",
        "425 Can't open data connection.",
    ] {
        let mut json: Vec<String> = server_messages(reply).into_iter().map(|(s, _)| s).collect();
        json.dedup();
        assert!(!json.is_empty(), "{reply}: no server message");
        let out = ftpcode()
            .args(["explain", "--full", "--width", "200", reply])
            .output()
            .unwrap();
        let text = stdout(&out);
        // The servers named in the text: the "sent by" list, or the one server's label.
        let named: Vec<&str> = servers
            .iter()
            .map(String::as_str)
            .filter(|s| {
                text.lines()
                    .any(|l| l.trim_start().starts_with(&format!("{s}  ")))
            })
            .collect();
        let mut json_sorted = json.clone();
        json_sorted.sort();
        let mut named_sorted: Vec<String> = named.iter().map(|s| s.to_string()).collect();
        named_sorted.sort();
        assert_eq!(named_sorted, json_sorted, "{reply}:\n{text}");
    }
}

/// A line of vsftpd's own log (a real one, from `tests/fixtures/scan/vsftpd-native-concurrent.log`)
/// is explained as that server's log line, with the reply vsftpd sent when it wrote it.
#[test]
fn a_vsftpd_fail_line_is_the_servers_log_line_with_its_reply() {
    let line = r#"Thu Dec  3 14:21:43 2026 [pid 20015] [dave] FAIL LOGIN: Client "127.0.0.5""#;
    let v = explain_json(line);
    assert_eq!(v["kind"], "server_log");
    assert_eq!(v["id"], "vsftpd-fail-login");
    assert_eq!(v["replies"], serde_json::json!([530]));
    let out = ftpcode().args(["explain", line]).output().unwrap();
    let text = stdout(&out);
    assert!(
        text.starts_with("vsftpd: Login refused\na line of vsftpd's own log, not a reply"),
        "{text}"
    );
    // Its name alone, as a user types it.
    let out = ftpcode()
        .args(["explain", "FAIL DOWNLOAD"])
        .output()
        .unwrap();
    assert!(
        stdout(&out).starts_with("vsftpd: Download failed\n"),
        "{}",
        stdout(&out)
    );
}
