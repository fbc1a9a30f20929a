use super::*;

/// The reply found in a line, with no session around it.
#[test]
fn a_failure_with_no_place_in_a_running_transfer_is_doubted() {
    let classify = |line: &str, transfer: bool| {
        let mut tokens = Vec::new();
        lex::tokens(line.as_bytes(), &mut tokens);
        let mut context = |_: &[u8]| Context {
            transfer,
            ..Context::default()
        };
        match Detector::new().classify(line.as_bytes(), &tokens, &mut context) {
            Kind::Reply(f) => Some(f.code.get()),
            _ => None,
        }
    };
    // A file's text printed between 150 and 226 (`get 550.txt -`).
    assert_eq!(classify("550 not a reply", false), Some(550));
    assert_eq!(classify("550 not a reply", true), None);
    // The failures RFC 959 §5.4 lists after the mark stay replies.
    assert_eq!(
        classify("426 Connection closed; transfer aborted.", true),
        Some(426)
    );
    assert_eq!(classify("451 not a reply", true), Some(451));
}

#[test]
fn a_code_and_its_text_in_quoted_keys_or_positions() {
    // Python's dict repr, and node's dump of a call's arguments.
    assert_eq!(code("{'code': 550, 'msg': 'No such file'}"), Some(550));
    assert_eq!(
        code(
            "calling : _responseHandler > USER ftpuser [Arguments] { '0': 331, '1': 'Username ok, send password.' }"
        ),
        Some(331)
    );
    // A position holding a number, with no text after it, or other values.
    assert_eq!(code("  '0': 227,"), None);
    assert_eq!(code("{ '0': 421, '1': 17, '2': 'size-421.bin' }"), None);
    assert_eq!(code("{'size': 421, 'name': 'notes.txt'}"), None);
    // A text field whose words are one in capitals (node-ftp's debug, round 655), and an
    // enum's value after the code, which is no text.
    assert_eq!(
        code("[parser] Response: code=220, buffer='GMGPSG'"),
        Some(220)
    );
    assert_eq!(code("{\"response_code\":530,\"scheme\":\"FTP\"}"), None);
    assert_eq!(
        reply("[parser] Response: code=257, buffer=\"/\" is your current location"),
        Some((257, "\"/\" is your current location".into()))
    );
    assert_eq!(
        reply("[parser] Response: code=220, buffer='GMGPSG\\r\\n'"),
        Some((220, "GMGPSG".into()))
    );
    // (From the review: a message's quoted words before more of the line, and a field
    // whose name only ends as the text's does.)
    assert_eq!(
        reply("error code=530, message='Login incorrect.' at login()"),
        Some((530, "Login incorrect.".into()))
    );
    assert_eq!(code("send code=226, sendbuffer='QUIT\\r\\n'"), None);
    assert_eq!(code("DEBUG reply handler called: 220 Ready"), Some(220));
}

#[test]
fn a_json_value_with_unescaped_quotes_ends_before_the_next_key() {
    let text = |line: &str| reply(line).map(|(_, text)| text);
    // ProFTPD's JSON log writes the reply's quotes as they are.
    let line =
        r#"{"cmd":"PWD","arg":"","code":257,"resp":""/" is the current directory","bytes":"-"}"#;
    assert_eq!(
        text(line).as_deref(),
        Some(r#""/" is the current directory"#)
    );
    let line = r#"{"code":250,"resp":"CWD command successful","file":"/pub"}"#;
    assert_eq!(text(line).as_deref(), Some("CWD command successful"));
}

#[test]
fn a_quoted_command_and_an_arrow_to_its_reply() {
    let command = |line: &str| {
        let mut tokens = Vec::new();
        lex::tokens(line.as_bytes(), &mut tokens);
        let found = Weighed::weigh(line.as_bytes(), &tokens).candidate(line.as_bytes());
        found.and_then(|c| {
            c.found
                .command
                .map(|c| String::from_utf8_lossy(c).into_owned())
        })
    };
    assert_eq!(
        command(r#"Dec 03 12:13:48 #22406 PASS 38413 "PASS (hidden)" => 530 Login incorrect."#)
            .as_deref(),
        Some("PASS (hidden)")
    );
    // A quoted name is no command.
    assert_eq!(command(r#"file "notes" => 550 refused"#), None);
    // The reply first, then an arrow back to its command.
    let line = r#"331 "Password required for ftpuser" <- [USER ftpuser] user=- from=127.0.0.1"#;
    assert_eq!(command(line).as_deref(), Some("USER ftpuser"));
    assert_eq!(
        reply(line).map(|(_, text)| text).as_deref(),
        Some(r#""Password required for ftpuser""#)
    );
    let line = r#"213 "421" <- [SIZE size-421.bin] user=ftpuser from=127.0.0.1 file=- bytes=-"#;
    assert_eq!(code(line), Some(213));
}

#[test]
fn a_bar_after_the_level_starts_the_message() {
    assert_eq!(
        code("12:14:18.853 aioftp.server DEBUG | 220 welcome"),
        Some(220)
    );
    // A table's column is none, even on a line with a level before.
    assert_eq!(code("| size-421.bin | 421 | 2026-03-01 |"), None);
    assert_eq!(
        code(
            "22:42:50 patator    INFO - 530   22     3.047 | 421-guess:ftpuser                  |     3 | Authentication failed."
        ),
        Some(530)
    );
}

#[test]
fn a_mail_servers_reply_is_no_ftp_reply() {
    assert_eq!(
        code(
            "Mar  1 10:15:35 host postfix/smtp[1235]: 3F2B: to=<a@b.c>, status=bounced (host mx said: 550 5.1.1 User unknown (in reply to RCPT TO command))"
        ),
        None
    );
    assert_eq!(code("<~ 250 2.1.5 Ok"), None);
    assert!(smtp_status(550, b"5.7.1"));
    assert!(!smtp_status(550, b"4.7.1"));
    assert!(!smtp_status(226, b"2.0"));
    // An FTP reply that names a version is one.
    assert_eq!(code("< 220 ProFTPD 1.3.8 Server ready"), Some(220));
}

#[test]
fn a_key_that_names_an_ftp_code_outranks_another_code() {
    // CFNetwork's error (Swift, Objective-C): its own code, then the server's reply's.
    assert_eq!(
        code(
            "error: Optional(Error Domain=kCFErrorDomainCFNetwork Code=200 \"(null)\" UserInfo={kCFFTPStatusCodeKey=550, _kCFStreamErrorCodeKey=550, _kCFStreamErrorDomainKey=6})"
        ),
        Some(550)
    );
    assert!(names_ftp_code(b"ftp_reply_code"));
    assert!(!names_ftp_code(b"exitCode"));
}

#[test]
fn a_value_set_to_a_number_is_no_reply() {
    assert_eq!(
        lead(b"[client 127.0.0.1:57716] Content-Length set to ", None),
        Lead::Prose
    );
    assert_eq!(lead(b"reply sent to ", None), Lead::WeakDirection);
}

#[test]
fn a_protocols_name_or_a_json_key_is_no_command() {
    // sniffglue's JSON: a packet's headers, then its payload's text.
    let line = r#"{"IPv4":[{"protocol":"TCP"},{"TCP":[{"source_port":4301},{"Text":"213 421
"}]}]}"#;
    let mut tokens = Vec::new();
    lex::tokens(line.as_bytes(), &mut tokens);
    let c = Weighed::weigh(line.as_bytes(), &tokens)
        .candidate(line.as_bytes())
        .expect("a candidate");
    assert_eq!(c.found.command, None);
    assert!(not_a_verb(b"TCP") && not_a_verb(b"DEBUG") && !not_a_verb(b"XYZZY"));
}

#[test]
fn a_dash_after_the_header_starts_the_message() {
    // RFC 5424's process id and nil fields; log4j's `%c - %m`.
    assert_eq!(
        lead(b"<30>1 2026-03-01T10:15:32Z host prog 812 - - ", None),
        Lead::Start
    );
    assert_eq!(
        lead(b"INFO  [pool-2-thread-1] c.x.Ftp - ", None),
        Lead::Start
    );
    // A range of codes, and a file's size, are none.
    assert_eq!(lead(b"codes 200 - ", None), Lead::Number);
    assert_eq!(lead(b"report.txt - ", None), Lead::Number);
}

#[test]
fn a_source_files_line_in_parentheses_is_no_code() {
    // Squid's cache.log at debug level.
    assert_eq!(
        code("2026/12/03 11:45:25.642| 9,2| FtpServer.cc(492) writeReply: FTP Client REPLY:"),
        None
    );
    // .NET's `(550)` stays a code.
    assert_eq!(
        code("The remote server returned an error: (550) File unavailable."),
        Some(550)
    );
}

#[test]
fn a_counter_before_a_level_and_a_source_location_is_no_code() {
    // Python's `%(relativeCreated)d %(levelname).1s %(funcName)s:%(lineno)d`.
    assert_eq!(
        code("157 I _log_start:178 masquerade (NAT) address: None"),
        None
    );
    assert_eq!(code("158 DEBUG main.go:42: max login attempts: 3"), None);
    // A level word alone, or a host and port, is a reply's text.
    assert_eq!(code("550 Error: file not found"), Some(550));
    assert_eq!(code("220 localhost:21 FTP server ready"), Some(220));
}

#[test]
fn a_packet_header_may_end_in_a_letter() {
    // tcpdump -A prints a TCP header's last bytes before the payload; a printable one
    // may touch the code.
    assert_eq!(code("G.%.N.fU331 Please specify the password."), Some(331));
    assert_eq!(code("G.&.N.fY230 Login successful."), Some(230));
    // Words and dotted names glued to a number are none.
    assert_eq!(code("version1.2.3550 bytes"), None);
    assert_eq!(code("org.example.Ftp550 failed"), None);
    assert_eq!(code("abc550 Permission denied"), None);
}

/// A line classified with a reply of this code and shape open (or none): the reply
/// found, its separator and shape.
fn in_open_reply(
    d: &mut Detector,
    line: &str,
    open: Option<(u16, u64)>,
) -> Option<(u16, Sep, u64)> {
    let mut tokens = Vec::new();
    lex::tokens(line.as_bytes(), &mut tokens);
    let open = open.and_then(|(c, s)| Some((ReplyCode::new(c)?, s)));
    let mut context = |_: &[u8]| Context {
        open,
        ..Context::default()
    };
    match d.classify(line.as_bytes(), &tokens, &mut context) {
        Kind::Reply(f) => Some((f.code.get(), f.sep, f.shape)),
        _ => None,
    }
}

#[test]
fn a_code_shown_again_in_a_field_does_not_end_its_reply() {
    // tshark -T json: each reply line as a key, its code again in a field under it.
    let mut d = Detector::new();
    let classify = in_open_reply;
    let opened = classify(&mut d, r#"      "211-Features supported:\r\n": {"#, None);
    let Some((211, Sep::More, shape)) = opened else {
        panic!("{opened:?}");
    };
    let open = Some((211, shape));
    assert_eq!(
        classify(&mut d, r#"        "ftp.response.code": "211","#, open),
        None
    );
    let closing = classify(&mut d, r#"      "211 End FEAT.\r\n": {"#, open);
    assert!(matches!(closing, Some((211, Sep::Last, _))), "{closing:?}");
}

#[test]
fn a_trusted_shape_ends_a_reply_opened_in_another() {
    // A reply's first line decoded from another rendering (its shape unlike the
    // log's), then the log's own lines: the closing line in the shape that has
    // carried the log's replies closes it, and the next reply is found.
    let mut d = Detector::new();
    let classify = in_open_reply;
    for line in [
        "{\"m\":\"(a@10.0.0.1) [DEBUG] 220 Ready\"}",
        "{\"m\":\"(a@10.0.0.1) [DEBUG] 331 Password\"}",
    ] {
        assert!(classify(&mut d, line, None).is_some(), "{line}");
    }
    let opened = classify(&mut d, "211-Features:", None);
    let Some((211, Sep::More, shape)) = opened else {
        panic!("{opened:?}");
    };
    let open = Some((211, shape));
    assert_eq!(classify(&mut d, " MDTM", open), None);
    let closing = classify(&mut d, "{\"m\":\"(a@10.0.0.1) [DEBUG] 211 End\"}", open);
    assert!(matches!(closing, Some((211, Sep::Last, _))), "{closing:?}");
    // A clear reply of another code in that shape: the open reply ended unseen.
    let next = classify(
        &mut d,
        "{\"m\":\"(a@10.0.0.1) [DEBUG] 250 Directory changed\"}",
        open,
    );
    assert!(matches!(next, Some((250, Sep::Last, _))), "{next:?}");
    // A shape the log has not trusted does neither.
    let mut fresh = Detector::new();
    let body = classify(&mut fresh, "| 214 commands", Some((211, shape)));
    assert_eq!(body, None);
}

/// Each line classified in turn by one detector, with no session around them, as
/// `read` reads its kind.
fn classified<T>(lines: &[&str], read: impl Fn(Kind) -> T) -> Vec<T> {
    let mut d = Detector::new();
    let mut tokens = Vec::new();
    lines
        .iter()
        .map(|line| {
            tokens.clear();
            lex::tokens(line.as_bytes(), &mut tokens);
            read(d.classify(line.as_bytes(), &tokens, &mut |_| Context::default()))
        })
        .collect()
}

/// What each line is, the lines read in turn by one detector: `reply 220`, `command USER
/// ann` or `other`.
fn described(lines: &[&str]) -> Vec<String> {
    classified(lines, |kind| match kind {
        Kind::Reply(f) => format!("reply {}", f.code),
        Kind::Command(c, _) | Kind::Typed(c, _) => {
            format!("command {}", String::from_utf8_lossy(c))
        }
        Kind::Other => "other".into(),
    })
}

fn code(line: &str) -> Option<u16> {
    codes(&[line])[0]
}

/// The code of the reply found in each line, the lines read in turn by one detector.
fn codes(lines: &[&str]) -> Vec<Option<u16>> {
    classified(lines, |kind| match kind {
        Kind::Reply(f) => Some(f.code.get()),
        _ => None,
    })
}

/// The reply found in a line alone: its code and text.
fn reply(line: &str) -> Option<(u16, String)> {
    classified(&[line], |kind| match kind {
        Kind::Reply(f) => Some((f.code.get(), String::from_utf8_lossy(f.text).into_owned())),
        _ => None,
    })
    .remove(0)
}

/// The reply found in a line alone: its code and the command the line gives it.
fn answered(line: &str) -> Option<(u16, Option<String>)> {
    classified(&[line], |kind| match kind {
        Kind::Reply(f) => Some((
            f.code.get(),
            f.command.map(|c| String::from_utf8_lossy(c).into_owned()),
        )),
        _ => None,
    })
    .remove(0)
}

#[test]
fn words_about_codes_in_several_languages() {
    assert!(names_reply_codes(
        "Übersicht der wichtigsten Reply-Codes".as_bytes()
    ));
    assert!(names_reply_codes("Liste der FTP-Antwortcodes".as_bytes()));
    assert!(names_reply_codes("FTP 响应码说明".as_bytes()));
    assert!(names_reply_codes("Návratové kódy serveru FTP:".as_bytes()));
    assert!(names_reply_codes("FTP 응답 코드 정리".as_bytes()));
    assert!(names_reply_codes("FTP: kodovi grešaka".as_bytes()));
    assert!(names_reply_codes("### 代表的なエラーコード".as_bytes()));
    assert!(!names_reply_codes(b"the code is on GitHub"));
    // (Found by the fuzzer: `code` at the very start.)
    assert!(!names_reply_codes(b"code"));
}

#[test]
fn a_place_in_the_source_is_no_reply() {
    // loguru's `{name}:{function}:{line} - {message}`.
    for line in [
        "2026-12-03 21:24:51.861 | INFO     | pyftpdlib.servers:serve_forever:247 - >>> starting",
        "2026-12-03 21:24:54.651 | DEBUG    | pyftpdlib.log:debug:125 - [debug] call: close()",
        "ERROR client.py:550 unexpected state",
    ] {
        assert_eq!(code(line), None, "{line}");
    }
    // A direction word glued to its colon is no place, nor is Python's default
    // `%(levelname)s:%(name)s:%(message)s`.
    assert_eq!(code("RECV:220 ready"), Some(220));
    assert_eq!(code("DEBUG:aioftp.client:220 ready"), Some(220));
}

#[test]
fn a_string_joined_in_source_code_is_no_reply() {
    assert_eq!(
        code(r#"        self.respond(b"200 " + self.config.banner.encode())"#),
        None
    );
    assert_eq!(code(r#"    send("550 %s: not found" % path)"#), None);
    assert_eq!(
        code("        # send 200 + banner -- new client has connected!"),
        None
    );
    // A quoted reply with words of its own is one, whatever follows.
    assert_eq!(code("*resp* '550 No such file' + retrying"), Some(550));
}

#[test]
fn a_table_of_commands_and_replies_is_no_dialogue() {
    let lines = [
        "Command | Operation |",
        "USER | To enter the user name |",
        "| 331, 500, 530 |",
        "Response message",
        "150 File status OK; About to open data connection.",
        "200 Command OK.",
        "220 FTP server ready.",
    ];
    let found = classified(&lines, |kind| !matches!(kind, Kind::Other));
    assert_eq!(found, [false; 7]);
    assert!(code_table_header(b"Code Example Usage"));
    assert!(!code_table_header(b"Response received from server"));
    assert!(!code_table_header(b"Response: 220"));
}

#[test]
fn a_logfmt_record_names_its_command() {
    let line = r#"2026-12-03 22:41:14,280 pid=24559 port=34236 user=- cmd="USER alice" code=331 status=- bytes=-"#;
    let found = classified(&[line], |kind| match kind {
        Kind::Reply(f) => f.command.map(|c| String::from_utf8_lossy(c).into_owned()),
        _ => None,
    });
    assert_eq!(found, [Some("USER alice".to_string())]);
}

#[test]
fn a_json_line_number_is_no_code() {
    assert_eq!(
        code(r#"{"text": "connected", "record": {"function": "s3", "line": 100, "name": "x"}}"#),
        None
    );
    assert_eq!(code("line=230 Logged in"), Some(230));
}

#[test]
fn a_code_in_bold_that_a_colon_explains_is_no_reply() {
    assert_eq!(
        code("1. **550 File exists**：这个错误表示你试图上传的文件已经存在"),
        None
    );
    assert_eq!(code("- **530 Not logged in**: the password is wrong"), None);
    // A reply pasted in bold, alone or in a sentence, is one.
    assert_eq!(code("**550 Permission denied.**"), Some(550));
    assert_eq!(
        code("The server said **550 Permission denied.** when I tried"),
        Some(550)
    );
}

#[test]
fn a_reply_about_a_long_path_or_quoted_after_a_label() {
    // The path's parts are no words of the reply (Python 2's traceback, published).
    let py2 =
        "ftplib.error_perm: 550 /photo_gallery/hi-res/planetary/mars/: No such file or directory";
    assert_eq!(code(py2), Some(550));
    // Commons Net quotes a reply it could not read after a label and a blank.
    let truncated =
        "org.apache.commons.net.MalformedServerReplyException: Truncated server reply: '550 '";
    assert_eq!(code(truncated), Some(550));
}

#[test]
fn an_address_is_no_files_name() {
    // Pure-FTPd's STAT closes with its address (round 25, through BusyBox syslogd).
    let head = "Dec  3 21:24:41 vm ftp.debug pure-ftpd: (alice@127.0.0.1) [DEBUG] ";
    let lines = [
        format!("{head}550 Could not delete x: No such file or directory"),
        format!("{head}Command [stat] []"),
        format!("{head}211 https://www.pureftpd.org/"),
    ];
    let lines: Vec<&str> = lines.iter().map(String::as_str).collect();
    let codes = classified(&lines, |kind| match kind {
        Kind::Reply(f) => Some(f.code.get()),
        _ => None,
    });
    assert_eq!(codes, [Some(550), None, Some(211)]);
    // The same through rsyslog's JSON template, which escapes the slashes.
    let json = |m: &str| format!(r#"{{"procid":"10885", "message":" (a@b) [DEBUG] {m}"}}"#);
    let lines = [
        json("550 Could not delete x: No such file or directory"),
        json("Command [stat] []"),
        json(r"211 https:\/\/www.pureftpd.org\/"),
    ];
    let lines: Vec<&str> = lines.iter().map(String::as_str).collect();
    let codes = classified(&lines, |kind| match kind {
        Kind::Reply(f) => Some(f.code.get()),
        _ => None,
    });
    assert_eq!(codes, [Some(550), None, Some(211)]);
}

#[test]
fn a_mail_servers_record_is_no_ftp_reply() {
    let courier = "Apr 10 03:47:57 web courieresmtpd: error,relay=::ffff:1.2.3.4,ident=tmf,from=<tmf@example.com>,to=<m@example.com>: 550 User unknown.";
    assert_eq!(code(courier), None);
    let auth = r#"Jul  3 23:07:20 szerver courieresmtpd: error,relay=::ffff:1.2.3.4,msg="535 Authentication failed.",cmd: YWRvYmVhZG9iZQ=="#;
    assert_eq!(code(auth), None);
}

#[test]
fn a_flattened_keys_last_part_names_the_code() {
    // Filebeat's Zeek module: the reply's code under a dotted path of keys.
    assert_eq!(code(r#"        "zeek.ftp.reply.code": 229,"#), Some(229));
    // (Another number under such a path is none.)
    assert_eq!(code(r#"        "destination.port": 221,"#), None);
}

#[test]
fn a_code_and_its_words_in_fields_joined_by_commas() {
    // Zeek's test output of its ftp_reply event.
    let zeek = "ftp_reply, F, 331, Guest login ok, send your email address as password.";
    assert_eq!(
        reply(zeek),
        Some((
            331,
            "Guest login ok, send your email address as password.".into()
        ))
    );
    // A count among numbers, a size and its unit, are none.
    assert_eq!(code("2026-03-01, 10.0.0.5, 421, bytes"), None);
    assert_eq!(code("row, 17, 550, 12"), None);
}

#[test]
fn a_code_that_ends_its_string_after_a_marker() {
    // A candidate, which the log's context then takes (inetutils ftpd through
    // journalctl -o json-pretty: the code and its text are two messages).
    let line = r#"	"MESSAGE" : "<--- 220","#;
    let mut tokens = Vec::new();
    lex::tokens(line.as_bytes(), &mut tokens);
    assert_eq!(Weighed::weigh(line.as_bytes(), &tokens).at(), Some(19));
}

#[test]
fn a_copy_of_the_rfcs_list_and_an_http_status_are_no_replies() {
    let got = classified(
        &[
            "110 Restart marker reply. In this case, the text is exact: MARK yyyy = mmmm",
            "120 Service ready in nnn minutes.",
            "125 Data connection already open; transfer starting.",
            "150 File status okay; about to open data connection.",
        ],
        |kind| matches!(kind, Kind::Reply(_)),
    );
    assert_eq!(got, [false, false, false, false]);
    let ricoh = "RICOH MP C3003: HTTP POST http://10.1.1.172:53002/: 500 Internal Server Error";
    assert_eq!(code(ricoh), None);
    assert_eq!(code("500 Syntax error, command unrecognized."), Some(500));
}

#[test]
fn a_mail_servers_greeting_and_ehlo_keywords_are_no_ftp_replies() {
    assert_eq!(code("recv: 220 mta.openssl.org ESMTP Postfix"), None);
    assert_eq!(code("recv: 250-PIPELINING"), None);
    assert_eq!(
        code("recv: 220 ftp.example.org FTP server ready"),
        Some(220)
    );
}

#[test]
fn what_a_person_or_a_library_says_it_got() {
    let person = r#"4. If I try to upload with Filezilla, I get "451 An error occured when processing the command 'STOR'.""#;
    assert_eq!(code(person), Some(451));
    let aioftp = "Error while fetching video: Waiting for ('2xx',) but got 550 [' Error']";
    assert_eq!(code(aioftp), Some(550));
    // A client's `get` names a file.
    assert_eq!(code("ftp> get '550 report.txt'"), None);
}

#[test]
fn a_greeting_that_names_its_host_alone() {
    // Total Commander's log as pasted, its lines numbered.
    assert_eq!(code("  8. 220 ftp.ujmekk.hu"), Some(220));
    // A listing's size and name are none.
    assert_eq!(code("220 report.tar.gz"), None);
}

#[test]
fn a_time_after_a_date_with_dots_starts_the_message() {
    let three_com = "[2003.10.23 19:06:53.674] 220 3Com FTP Server Version 1.1";
    assert_eq!(code(three_com), Some(220));
}

#[test]
fn a_raw_copy_of_a_records_message_is_no_reply_of_its_own() {
    assert_eq!(
        code("SYSLOG_RAW=<95>Dec  4 01:19:10 ftpd[13856]: <--- 220 "),
        None
    );
    assert_eq!(
        code(r#"	"SYSLOG_RAW" : "<95>Dec  4 00:56:17 ftpd[757]: <--- 220 ","#),
        None
    );
    assert_eq!(code("MESSAGE=<--- 220 Service ready"), Some(220));
    // (rsyslog's DebugFormat prints a record's message as it came after `msg:` and `escaped
    // msg:`, with its priority and tag: one more rendering, shown a third time.)
    assert_eq!(
        code(
            "inputname: imuxsock rawmsg: '<95>pyftpd[21913]: DEBUG 127.0.0.1:46320-[] -> 220 ready.'"
        ),
        Some(220)
    );
    assert_eq!(
        code("msg: ' DEBUG 127.0.0.1:46320-[] -> 220 ready.'"),
        Some(220)
    );
}

#[test]
fn a_records_message_under_log_or_event() {
    let docker =
        r#"{"log":"220 (vsFTPd 3.0.3)\n","stream":"stdout","time":"2026-12-04T00:00:00.1Z"}"#;
    assert_eq!(code(docker), Some(220));
    let structlog =
        "timestamp='2026-12-04T00:47:30Z' level='debug' conn='c1' event='220 pyftpdlib ready.'";
    assert_eq!(code(structlog), Some(220));
}

#[test]
fn a_greeting_under_its_name() {
    // A client's own record of the 220 it got, through tracing's text and JSON formats.
    let text = r#"  2026-12-04T20:51:50.164987Z  INFO tr: connected, greeting: "220 pyftpdlib 2.2.0 ready.""#;
    assert_eq!(reply(text), Some((220, "pyftpdlib 2.2.0 ready.".into())));
    let json = r#"{"timestamp":"2026-12-04T20:51:54.183534Z","level":"INFO","message":"connected","greeting":"220 pyftpdlib 2.2.0 ready.","target":"tr"}"#;
    assert_eq!(code(json), Some(220));
}

#[test]
fn a_banner_with_its_line_end_escaped_as_bytes() {
    // Metasploit's ftp_version.
    let msf = r"[*] 127.0.0.1:21          - FTP Banner: '220 (vsFTPd 3.0.3)\x0d\x0a'";
    assert_eq!(reply(msf), Some((220, "(vsFTPd 3.0.3)".into())));
}

#[test]
fn a_code_that_opens_a_comment_is_a_constants_documentation() {
    assert_eq!(code("//    110 Restart marker reply."), None);
    assert_eq!(code("    /* 550 Requested action not taken. */"), None);
    assert_eq!(code("// < 220 Welcome"), Some(220));
}

#[test]
fn an_error_objects_code_takes_its_message_as_text() {
    // node-ftp's error as node prints it: the message in brackets, the code after it.
    let node = "node-ftp throwing an error: { [Error: Failed to open file.] code: 550 }";
    assert_eq!(reply(node), Some((550, "Failed to open file.".into())));
    // A Swift error's description: the code, then the server's words in a field.
    let swift = r#"**FileProviderFTPError(code: 550, path: "/v", serverDescription: Optional("/v: No such file or directory"))**"#;
    assert_eq!(
        reply(swift),
        Some((550, "/v: No such file or directory".into()))
    );
    // The code of an object whose fields hold no reply's words is none.
    assert_eq!(code("{ [Error: x] code: 550 }"), None);
    assert_eq!(code(r#"Err(code: 550, path: "/v")"#), None);
}

#[test]
fn an_error_object_s_message_quotes_its_reply() {
    let form = |line: &str| {
        classified(&[line], |kind| match kind {
            Kind::Reply(f) => Some(f.form),
            _ => None,
        })
        .remove(0)
    };
    // pino's record of basic-ftp's FTPError, after the reply itself.
    let err = r#"{"level":40,"conn":"A","err":{"type":"FTPError","message":"550 No such file.","stack":"x"}}"#;
    assert_eq!(form(err), Some(Form::Quote));
    // A message of the record itself, or after an error object closed, is the reply.
    let msg = r#"{"level":20,"conn":"A","msg":"550 No such file."}"#;
    assert_eq!(form(msg), Some(Form::Plain));
    let after = r#"{"err":{"type":"E"},"message":"550 No such file."}"#;
    assert_eq!(form(after), Some(Form::Plain));
}

#[test]
fn a_code_before_the_reply_it_heads_is_no_reply_of_its_own() {
    // LuaSocket's `tp.check` traced (held-out round 52): the code it parsed, then the
    // reply's first line whole, which opens a multi-line reply.
    let lines = [
        "06:27:40 2026 s1 DEBUG tp:check -> 214 | 214-The following commands are recognized:",
        " ABOR   ALLO   APPE",
        "214 Help command successful.",
    ];
    let got = classified(&lines, |kind| match kind {
        Kind::Reply(f) => Some((f.code.get(), f.sep)),
        _ => None,
    });
    assert_eq!(got[0], Some((214, Sep::More)));
    assert!(heads_its_reply(b" | 214 ok", b"214"));
    assert!(heads_its_reply(b": 220-Welcome", b"220"));
    assert!(!heads_its_reply(b" | 2140 bytes", b"214"));
    assert!(!heads_its_reply(b" 214 ok", b"214"));
}

#[test]
fn a_page_about_codes_is_no_log_of_replies() {
    // A page's heading that sets two codes side by side, and prose that names classes.
    assert_eq!(code("FTP 220 Service Ready vs 530 Not Logged In"), None);
    assert_eq!(
        code("220 is a 2xx Positive Completion response, while 530 is a 5xx one."),
        None
    );
    // Once a page has talked about codes, and until a command shows a dialogue, a code
    // with only its words around it is a table's row or a definition.
    let page = [
        "Replies start with a three-digit reply code; some of them:",
        "FTP 530: Not logged in. The user must log in before the command can be executed.",
    ];
    assert_eq!(codes(&page), [None, None]);
    let dialogue = [page[0], "USER ftpuser", "530 Not logged in."];
    assert_eq!(codes(&dialogue), [None, None, Some(530)]);
    // A page that lists the classes before the codes (a Croatian one): about codes,
    // and RFC 959's 215 with its placeholder is no reply either.
    let page = [
        "Postoji pet glavnih skupina kodova:",
        "1xx Zatražena operacija se počela provoditi",
        "2xx Akcija je provedena uspješno.",
        "110 Restart marker reply.",
        "215 NAME system type. (NAME is an official system name)",
    ];
    assert_eq!(codes(&page), [None, None, None, None, None]);
    // A class in quotes is a program's list of what it waited for, before the reply.
    assert_eq!(
        code("login failed: Waiting for ('2xx',) but got 530 [' Authentication failed.']"),
        Some(530)
    );
    // A verb in prose is no command: "Send USER and PASS commands".
    assert_eq!(
        codes(&[
            page[0],
            "Send USER and PASS commands with valid credentials.",
            page[1]
        ]),
        [None, None, None]
    );
}

#[test]
fn a_count_padded_to_a_column_is_no_reply() {
    // netsniff-ng's statistics, their numbers padded to a column.
    assert_eq!(
        code("         149  packets failed filter (out of space)"),
        None
    );
    assert_eq!(
        code("         149 packets failed filter (out of space)"),
        None
    );
    // (A reply written with two blanks is one still.)
    assert_eq!(code("530  Login incorrect."), Some(530));
}

#[test]
fn a_size_a_client_prints_is_no_reply() {
    // wget's size line, translated (Catalan): a number and a note on it in parentheses.
    // (The number alone after a 213 is tested through the binary: it takes a session.)
    assert_eq!(code("Mida: 421 (no autoritatiu)"), None);
    // (A reply's text may be a parenthesis alone after the code at a line's start.)
    assert_eq!(code("421 (Timeout)"), Some(421));
    // (vsftpd's greeting is its name in parentheses.)
    assert_eq!(code("220 (vsFTPd 3.0.3)"), Some(220));
}

#[test]
fn a_status_between_a_method_and_its_url_is_no_reply() {
    // npm's `--loglevel http`.
    assert_eq!(
        code("npm http fetch GET 200 https://registry.npmjs.org/basic-ftp 62ms (cache miss)"),
        None
    );
    assert_eq!(code("POST 550 /api/upload failed"), None);
    // (ftplib's `*get*` is what it read.)
    assert_eq!(code("*get* '550 Failed to open file.\\r\\n'"), Some(550));
}

#[test]
fn codes_a_program_waits_for_or_an_http_status_are_no_replies() {
    // A pattern that matches a reply (curl's test data, held-out round 699).
    assert_eq!(
        code("s/^(229 Entering Passive Mode \\().*(\\).*)/${1}stripped${2}/"),
        None
    );
    assert_eq!(code("grep -E '^230 ' ftp.log"), None);
    assert_eq!(code("starttls: waiting for: \"211 \""), None);
    assert_eq!(code("expecting 226 Transfer complete"), None);
    // What was wanted in place of the reply that came.
    assert_eq!(
        code(
            "The response of the PASV command is \"200 Type is Image (Binary)\" instead of \"227 Entering Passive Mode\""
        ),
        Some(200)
    );
    assert_eq!(
        code("Expected 226 but got 550 Failed to open file."),
        Some(550)
    );
    assert_eq!(
        code("[scrapy.core.engine] DEBUG: Crawled (404) <GET ftp://127.0.0.1/missing.txt>"),
        None
    );
}

#[test]
fn a_quoted_reply_inside_a_containers_json_log_ends_at_its_quote() {
    // Docker's json-file log of vsftpd's protocol log: the reply in escaped quotes, then
    // the line end and the end of the "log" string.
    let line = r#"{"log":"Tue Dec  1 22:00:25 2026 [pid 20495] FTP response: Client \"127.0.0.2\", \"220 (vsFTPd 3.0.3)\"\n","stream":"stdout"}"#;
    assert_eq!(reply(line), Some((220, "(vsFTPd 3.0.3)".into())));
}

#[test]
fn a_table_of_codes_after_words_about_codes_holds_no_replies() {
    let lines = [
        "The messages are preceded by a three-digit reply code.",
        "   | 110  | Restart marker reply                      |",
        "   | 120  | Service ready in nnn minutes              |",
    ];
    let found = classified(&lines, |kind| matches!(kind, Kind::Reply(_)));
    assert_eq!(found, [false, false, false]);
}

#[test]
fn a_code_whose_message_is_none_is_no_reply() {
    // Kafka Connect's FTP source: an exception's message, the code and a null message.
    assert_eq!(
        code(
            "[2017-09-10 02:59:54,585] WARN cannot connect to ftp: java.lang.Exception: cannot login to ftp: 530: null (com.datamountaineer.streamreactor.connect.ftp.FtpMonitor:251)"
        ),
        None
    );
    // (A message that starts with the word is a message.)
    assert_eq!(
        code("WARN cannot login to ftp: 530: nullified account (FtpMonitor:251)"),
        Some(530)
    );
}

#[test]
fn words_of_another_script_glued_to_a_name_are_a_reply_s() {
    // ProFTPD's mod_lang in Chinese, in an ExtendedLog of one's own format.
    assert_eq!(
        code(r#"2026-12-05 15:47:08,307 [16062] 127.0.0.4 - "LANG zh_CN" => 200 使用语言zh_CN"#),
        Some(200)
    );
    // (A name with an underscore alone stays a file's.)
    assert_eq!(code("NLST: 226 backup_2024"), None);
}

#[test]
fn file_names_a_client_names_are_no_replies() {
    // After what a client says it did with a file, quoted or not.
    assert_eq!(code("INFO downloaded '550 report.txt': 6 bytes"), None);
    assert_eq!(code("get 550 report.txt"), None);
    // A name a program quotes after saying what it is (lftp's `mirror --verbose`).
    assert_eq!(code("Transferring file `200 OK.txt'"), None);
    assert_eq!(code("Finished transfer `421 timeout.log' (421 B/s)"), None);
    assert_eq!(code("Mirroring directory `530 denied'"), None);
    // A name that ends a CSV record's field (JMeter's results, a sample's label).
    assert_eq!(
        code("1796490158126,3,03 550 report.txt,200,OK,ftp users 1-1,,true,6,1,1,1"),
        None
    );
    // A quoted name that ends a JSON string and its record (Ruby's Logger as JSON).
    assert_eq!(
        code(r#"{"thread":"bob","msg":"got '550 report.txt'"}"#),
        None
    );
    // A list of names inside a JSON string, its quotes escaped.
    assert_eq!(
        code(r#"{"m":"NLST: [\"421-notes.txt\", \"502.txt\", \"hello.txt\"]"}"#),
        None
    );
    // A name quoted twice in a line, as a program's trace of what it did with it.
    assert_eq!(
        code("<encode:5>: encoded '550 report.txt' into '550 report.txt'"),
        None
    );
    assert_eq!(
        code("<encode:5>: encoded '421-notes.txt' into '421-notes.txt'"),
        None
    );
    // A table's row: a number, then another and a date.
    assert_eq!(code("  550      12  2026-03-01  data.csv"), None);
    // A listing's row whatever its mode column: the size before the date.
    assert_eq!(
        code("----------          421   Dec  3 08:23   size-421.bin"),
        None
    );
    assert_eq!(code("----------          550   Mar 1 2025   a.txt"), None);
    // A name as the last field of a record's bracketed fields.
    assert_eq!(
        code("TRACE Reply (ip=127.0.0.1, message=421-notes.txt)"),
        None
    );
    assert_eq!(
        code("TRACE Reply (ip=127.0.0.1, message=421 Timeout)"),
        Some(421)
    );
    // A reply's lines as a list, after words that alone would be prose.
    assert_eq!(code("    ('1xx',) but got 550 [' No such"), Some(550));
    // What a file holds, printed under its name or as its content.
    assert_eq!(
        code("sync.worker - 550.txt: 16 bytes, content b'550 not a reply\\n'"),
        None
    );
    assert_eq!(code("payload: '421 bytes'"), None);
    assert_eq!(code(r#"INFO 550.txt: "550 not a reply\r\n""#), None);
    assert_eq!(
        code(r#"error: "550 No such file or directory.""#),
        Some(550)
    );
    // A reply in an escaped string is still one.
    assert_eq!(
        code(r#"{"m":"response: \"421 Too many users\", closing"}"#),
        Some(421)
    );
}

#[test]
fn a_verb_before_a_label_is_no_command() {
    assert_eq!(
        command("LIST row: -rw-r--r--   1 ftpuser  ftpuser 6 Dec 03 a.txt"),
        None
    );
    assert_eq!(
        command("ERROR: <127.0.0.1> MKD newdir: Error: EACCES"),
        None
    );
    assert_eq!(command("> MKD newdir"), Some("MKD newdir".into()));
    // A verb in brackets glued to a word of prose (Japanese has no blanks).
    assert_eq!(command("コマンド(MKD など)が存在しています。"), None);
    assert_eq!(command("see command(LIST)"), None);
    assert_eq!(command("(000012) MKD newdir"), Some("MKD newdir".into()));
}

#[test]
fn a_code_run_into_a_packets_header_bytes() {
    // netsniff-ng's character column: a TCP option's time stamps before the payload,
    // the last of them a letter, a digit or a sign.
    assert_eq!(
        code(" [ Chr ....Y.....Ko220 test server ready.. ]"),
        Some(220)
    );
    assert_eq!(
        code(" [ Chr ....Y..w..W4550 No such file or directory... ]"),
        Some(550)
    );
    assert_eq!(
        code(" [ Chr ....Y..o..W,230 Login successful... ]"),
        Some(230)
    );
    // A number glued to a word is none.
    assert_eq!(code("build x4550 done"), None);
    assert_eq!(code("file_1550 uploaded"), None);
}

#[test]
fn a_list_of_codes_with_a_dash_is_no_reply() {
    assert_eq!(code("227 - Entering Passive Mode (x,x,x,x,x,x)."), None);
    assert_eq!(
        code("421 - The server is offline or is going offline."),
        None
    );
    // A product's version in a greeting is no file's name.
    assert_eq!(code("line=220 SFTPGo_2.6.6"), Some(220));
    assert!(version_tail(b"SFTPGo_2.6.6"));
    assert!(!version_tail(b"size-421.bin"));
}

#[test]
fn a_column_of_numbers_holds_line_numbers() {
    // Python's `%(funcName)s:%(lineno)d` before the message: once the input has shown
    // other numbers in that column, a three-digit one there is a line number too.
    let lines = |lines: &[&str]| classified(lines, |kind| matches!(kind, Kind::Reply(_)));
    let got = lines(&[
        "4040 I log:1085 127.0.0.1:45310-[] FTP session opened (connect)",
        "4041 D logline:1093 127.0.0.1:45310-[] -> 220 ready",
        "4042 D logline:1093 127.0.0.1:45310-[] <- USER ftpuser",
        "4046 D debug:125 [debug] call: close() (<DTPHandler(id=140680778444368)>)",
    ]);
    assert_eq!(got, [false, true, false, false]);
    // Python's default format: the logger's name, then the message, which may be a
    // reply; no column of numbers there.
    let got = lines(&[
        "DEBUG:aioftp.client:USER ftpuser",
        "DEBUG:aioftp.client:331 Username ok, send password.",
    ]);
    assert_eq!(got, [false, true]);
}

#[test]
fn an_arrow_that_opens_a_string() {
    // journalctl -o json-pretty: a client's `< ` line as a record's MESSAGE.
    assert_eq!(code("\t\"MESSAGE\" : \"< 220 ok\","), Some(220));
    assert_eq!(
        code("\t\"MESSAGE\" : \"< 331 Username ok, send password.\","),
        Some(331)
    );
}

#[test]
fn an_arrow_from_a_label_naming_a_code() {
    // ftpimp's `CODE  -> 331` (its text on the next line): the label says what the
    // number is, as a key does; an arrow from any other word says nothing of it.
    assert_eq!(code("CODE  -> 331"), Some(331));
    assert_eq!(code("status -> 550"), Some(550));
    assert_eq!(code("size -> 550"), None);
    assert_eq!(code("bytes -> 421"), None);
}

fn command(line: &str) -> Option<String> {
    classified(&[line], |kind| match kind {
        Kind::Command(c, _) => Some(String::from_utf8_lossy(c).into_owned()),
        _ => None,
    })
    .remove(0)
}

#[test]
fn an_error_with_the_reply_s_text_then_its_code() {
    assert_eq!(
        reply("get missing.txt failed: No such file or directory. code=550"),
        Some((550, "No such file or directory.".into()))
    );
    assert_eq!(
        reply("XYZZY failed: Command \"XYZZY\" not understood. code=500"),
        Some((500, "Command \"XYZZY\" not understood.".into()))
    );
    // A program's own words before its status, or no error.
    assert_eq!(
        reply("The response status is not successful. status=530"),
        None
    );
    assert_eq!(reply("done: No such file or directory. code=550"), None);
}

#[test]
fn a_sentence_that_goes_on_after_a_code_is_no_reply() {
    // Prose that names a code, then goes on with a conjunction (rounds 50 and 57).
    assert_eq!(
        code(
            "The server rejects the RETR request with code 425 if no TCP connection was established;"
        ),
        None
    );
    assert_eq!(
        code("a successful transfer would return 226 or a bad login password would return 530"),
        None
    );
    assert_eq!(code("425 if no data connection"), Some(425));
}

#[test]
fn a_plan_a_heading_or_a_syntax_names_no_command_sent() {
    // A page's task list, its heading, RFC 959's notation (a Japanese memo, round 53).
    assert_eq!(command("- [x] USER"), None);
    assert_eq!(command("### USER"), None);
    assert_eq!(command("USER <SP> <username> <CRLF>"), None);
    assert_eq!(command("USER alice").as_deref(), Some("USER alice"));
    assert_eq!(command("- USER alice").as_deref(), Some("USER alice"));
}

#[test]
fn a_command_ends_with_the_quoted_message_around_it() {
    assert_eq!(
        command("DEBUG '127.0.0.1:44142-[ftpuser] <- PWD'").as_deref(),
        Some("PWD")
    );
    assert_eq!(
        command("DEBUG '127.0.0.1:44142-[ftpuser] <- CWD no-such-dir'").as_deref(),
        Some("CWD no-such-dir")
    );
    // A quote of the argument's own stays.
    assert_eq!(
        command("<- RETR 'a b.txt'").as_deref(),
        Some("RETR 'a b.txt'")
    );
}

#[test]
fn a_label_with_an_arrow_is_no_command() {
    // A shape that has carried commands takes any upper-case word for one, but not a
    // label pointing at its value (ftpimp's `CODE  -> 331`, `DATA -> text`).
    let commands = |lines: &[&str]| {
        classified(lines, |kind| match kind {
            Kind::Command(c, _) => Some(String::from_utf8_lossy(c).into_owned()),
            _ => None,
        })
    };
    let got = commands(&[
        "USER ftpuser",
        "PASV",
        "XYZZY",
        "DATA -> Username ok",
        "DATA",
    ]);
    assert_eq!(
        got,
        [
            Some("USER ftpuser".into()),
            Some("PASV".into()),
            Some("XYZZY".into()),
            None,
            Some("DATA".into())
        ]
    );
}

#[test]
fn replies_wherever_they_sit() {
    // Invented lines of every kind of variation (the issue's list), none of them a
    // format with a rule of its own.
    for (line, want) in [
        (
            "2026-03-01T10:15:32.123+01:00 host prog[812]: 220 Service ready",
            220,
        ),
        (
            "<30>1 2026-03-01T10:15:32Z host prog 812 - - 331 Password required",
            331,
        ),
        ("Mar  1 10:15:32 530 Login incorrect.", 530),
        ("Mar  1 10:15:32 230 Logged in", 230),
        ("[I 260301 10:15:32 server:101] 226 Transfer complete.", 226),
        ("DEBUG:mylib.ftp:250 Directory successfully changed.", 250),
        ("INFO  [pool-2-thread-1] c.x.Ftp - 230 User logged in", 230),
        (
            "[Session 42 10.0.0.5:51234] 150 Opening BINARY mode data connection",
            150,
        ),
        ("2026/03/01 10:15:32 NOTICE : 550 Permission denied", 550),
        ("<< 221 Goodbye.", 221),
        ("<-- 200 Type set to I", 200),
        ("<== 257 \"/\" is current directory", 257),
        ("Rx 220 ready", 220),
        ("RECV 331 Need password", 331),
        ("IN 530 Not logged in", 530),
        ("S->C 226 Done", 226),
        ("Reply: 250 OK", 250),
        ("Server: 421 Timeout.", 421),
        ("SENT: 331 User name okay, need password for bob.", 331),
        ("Réponse :\t230 Utilisateur connecté", 230),
        ("Respuesta:\t550 No existe el archivo", 550),
        ("Risposta:\t226 Trasferimento completato", 226),
        ("Ответ:\t530 Неверный пароль", 530),
        ("> 550 Permission denied", 550),
        ("    220 ready", 220),
        ("$ 500 Unknown command", 500),
        ("  12  230 Login successful.", 230),
        ("'331 Password required\\r\\n'", 331),
        ("b'230 OK\\r\\n'", 230),
        ("\"250 Done\"", 250),
        ("read(3, \"220 ready\\r\\n\", 4096) = 11", 220),
        ("{\"reply\":\"550 No such file\"}", 550),
        ("line=230 Logged in", 230),
        ("code=226 msg=\"Transfer complete\"", 226),
        ("0000: 32 32 30 20 53 65 72 76  220 Service ready", 220),
        ("error: 530 Login incorrect.", 530),
        ("SomeFtpException: 550 Access is denied.", 550),
        ("unexpected server response to RETR: 550 No such file", 550),
        (
            "The remote server returned an error: (530) Not logged in.",
            530,
        ),
        ("211-Features:", 211),
        (
            "{\"level\":\"info\",\"code\":550,\"message\":\"No such file\"}",
            550,
        ),
        ("{\"code\": 530, \"text\": \"Login incorrect.\"}", 530),
        (
            "{\"procid\":\"29133\", \"message\":\" 220 wconrad\\/ftpd 2.0.4\"}",
            220,
        ),
        (
            "Formatted data received (size 98): 220-test server (pyftpdlib) on 10.0.0.1",
            220,
        ),
        (
            "Data received (98): 220-test server (pyftpdlib) on 10.0.0.1",
            220,
        ),
    ] {
        assert_eq!(code(line), Some(want), "{line}");
    }
}

#[test]
fn a_code_and_its_text_in_two_fields() {
    let text = |line: &str| reply(line).map(|(_, text)| text);
    for (line, want) in [
        ("code=220, buffer='(vsFTPd 2.0.5)'", "(vsFTPd 2.0.5)"),
        ("code=226 msg=\"Transfer complete\"", "Transfer complete"),
        (
            "{\"code\":550,\"message\":\"No such file\"}",
            "No such file",
        ),
        (
            "code=211, buffer='Features:\\r\\n EPRT\\r\\nEnd'",
            "Features:",
        ),
        ("code=226 Transfer complete", "Transfer complete"),
        (
            "Response: code=250, buffer=\"/pub\" is the current directory.",
            "\"/pub\" is the current directory.",
        ),
        (
            "Rx code: 220, resp: xxxx FTP server ready.",
            "xxxx FTP server ready.",
        ),
        // Inside a string that began before the code, the text ends with the string,
        // and a number after it is the reply's, not an access log's byte count.
        (
            "{\"MESSAGE\":\"(?@10.0.0.1) [DEBUG] 530 Login failed\",\"_PID\":\"812\"}",
            "Login failed",
        ),
        ("{\"MESSAGE\":\"[DEBUG] 213 421\",\"_PID\":\"812\"}", "421"),
        (
            "msg=\"session 4: 550 No \\\"such\\\" file\" level=info",
            "No \\\"such\\\" file",
        ),
        // An XML element names the code, the next element holds its text.
        (
            "<result><code>530</code><mesg>Login incorrect.</mesg></result>",
            "Login incorrect.",
        ),
        ("  <code>230</code>", ""),
    ] {
        assert_eq!(text(line).as_deref(), Some(want), "{line}");
    }
    let command = |line: &str| {
        classified(&[line], |kind| match kind {
            Kind::Reply(f) => f.command.map(|c| String::from_utf8_lossy(c).into_owned()),
            _ => None,
        })
        .remove(0)
    };
    assert_eq!(
        command("{\"MESSAGE\":\"[DEBUG] 213 421\",\"_PID\":\"812\"}"),
        None
    );
    assert_eq!(
        command("\"RETR a.txt\" 550 0").as_deref(),
        Some("RETR a.txt")
    );
    // A number under a key that names something else is no code, text or not.
    assert_eq!(
        code("{\"port\": 530, \"text\": \"Login incorrect.\"}"),
        None
    );
    // Nor is a code alone under a key that ends with a colon: an error object's
    // property (node's `  code: 550` under the error's message).
    assert_eq!(code("  code: 550"), None);
    assert_eq!(code("response code: 226"), None);
    assert_eq!(code("<size>421</size>"), None);
}

#[test]
fn a_greeting_that_names_a_version() {
    // A name and a version (ruby's ftpd gem greets so) are no listing's name and size.
    let line = b"D, [2026-12-03T02:52:44.642828 #27713] DEBUG -- : 220 wconrad/ftpd 2.0.4";
    let mut tokens = Vec::new();
    lex::tokens(line, &mut tokens);
    let greeting = |_: &[u8]| Context {
        greeting: true,
        ..Context::default()
    };
    let kind = Detector::new().classify(line, &tokens, &mut { greeting });
    assert!(
        matches!(&kind, Kind::Reply(f) if f.code.get() == 220),
        "{kind:?}"
    );
}

#[test]
fn quiet_on_what_is_no_reply() {
    for line in [
        "-rw-r--r-- 1 ftp ftp 421 Mar 1 550.txt",
        "-rw-r--r--    1 1000     1000          421 Nov 24 07:14 550 report.txt",
        "03-01-26  10:15AM  421 550-notes.txt",
        "type=file;size=421;modify=20260301101532; 550 report.txt",
        "421 bytes received in 0.01 s",
        "226 files.txt",
        // A client's print of a directory's entry: its name, then its facts.
        "226 backup.tar   size=4096 modify=1780120200 type=file facts=[modify=20260530055000]",
        "550 report.txt",
        "    <EntryPair(550 report.txt)>: (existing, missing) => copy_local",
        r#"directory-files: ("." ".." "226 files.txt" "421-notes.txt" "502.txt")"#,
        "get 550 report.txt\tnoise",
        "retr 550 report.txt: 6 bytes",
        "oftpd: xfer Thu Dec  3 02:59:14 2026 1 127.0.0.1 421 /pub/size-421.bin b _ o a anonymous ftp 0 * c",
        "421-notes.txt",
        "312 packets captured",
        "the transfer failed with 550",
        "server sent reply code 530",
        "Entering Passive Mode (127,0,0,1,200,10)",
        "2026-03-01 10:15:32",
        "listening on port 2121",
        "curl: (67) Access denied: 530",
        "127.0.0.1 - - [24/Nov/2026:05:53:41 +0000] \"GET /550 HTTP/1.1\" 200 512",
        "  File \"/usr/lib/python3.11/ftplib.py\", line 436, in retrbinary",
        "max connections: 512",
        "27 bytes received in 0.00016 seconds (165 kbytes/s)",
        // A program's own status, a key with no reply text after it.
        "The response status is not successful. status=530",
        "HTAccess:  status=200",
        "TYPE=I CODE=226 TASKID=none",
        "FILE=/pub/a.bin NBYTES=421 VOLUME=/ STREAMS=1",
        // A field after a file's name; a name and its size.
        "/pub/size-421.bin\t421\tfile",
        "550 report.txt 7",
        // No 6yz reply but RFC 2228's.
        "New anchor 0x55febeb315a0 has hash 670 and address",
        // A program's words about a code.
        "DEBUG MODULE [4F3C6C0]: [ftp.mod] Server sent 220 response.",
        // Counts, ports, steps, process numbers and source lines in programs' words.
        "Transferred 550 bytes in 1 second",
        "Got 221 replies",
        "Listening on port 530",
        "Retrying in 421 ms",
        "Progress: 331/1000 files",
        "Error 550 while uploading",
        "Step 250 of 1000",
        "PID 530 exited",
        " at com.example.Ftp.run(Ftp.java:550)",
        "    at Object.<anonymous> (/app/index.js:226:15)",
        // More listing styles: EPLF, a DOS directory, MLSD facts before a name.
        "+i8388621.48594,m825718503,r,s280, 550.txt",
        "03-01-26  10:15AM       <DIR>          226 files",
        "modify=20260301101532;perm=r;size=230;type=file; 230.log",
    ] {
        assert_eq!(code(line), None, "{line}");
    }
    // What still is one: a reply with its separator and no text, or a CR LF shown as
    // dots, where a greeting is due; a 6yz reply of RFC 2228.
    let greeting = |line: &str| {
        let mut tokens = Vec::new();
        lex::tokens(line.as_bytes(), &mut tokens);
        let mut context = |_: &[u8]| Context {
            greeting: true,
            ..Context::default()
        };
        matches!(
            Detector::new().classify(line.as_bytes(), &tokens, &mut context),
            Kind::Reply(_)
        )
    };
    assert!(greeting("220 "));
    assert!(greeting("220 .."));
    assert!(!greeting("220"));
    assert_eq!(code("[SERVER]: 632 bXlkYXRh"), Some(632));
}

#[test]
fn commands_are_not_the_lines_of_a_listing() {
    // uftpd logs each line of a LIST it sends as `LIST <line>`.
    assert_eq!(
        command("4283> LIST -rw-r--r-- 1     0     0    421 Dec  2 21:12 size-421.bin"),
        None
    );
    // A command that takes no argument, followed by words.
    assert_eq!(
        command("4283> Client PASV data connection from 127.0.0.1:31179"),
        None
    );
    assert_eq!(command("Error during STOR transfer after 0ms"), None);
    // While a transfer runs, a transfer command is its data (`LIST 226 files.txt`).
    let mut d = Detector::new();
    let mut tokens = Vec::new();
    for (line, transfer, want) in [
        ("4283> Recv: NLST ", false, true),
        ("4283> LIST 226 files.txt", true, false),
        ("4283> Recv: QUIT ", true, true),
    ] {
        tokens.clear();
        lex::tokens(line.as_bytes(), &mut tokens);
        let mut context = |_: &[u8]| Context {
            transfer,
            ..Context::default()
        };
        let kind = d.classify(line.as_bytes(), &tokens, &mut context);
        assert_eq!(matches!(kind, Kind::Command(..)), want, "{line}");
    }
}

#[test]
fn a_files_transfer_ends_in_its_path_where_a_listing_passes_names() {
    // ftp-srv's trace (a capture of ftp-srv 4.6.3): its data connection's names and its
    // replies are records of one shape. After RETR the path is the server's word on the
    // file; after NLST a name is the listing's.
    let line = r#"{"name":"ftp-srv","ip":"127.0.0.2","level":10,"port":18900,"message":"226 /readme.txt","msg":"Reply"}"#;
    for (command, want) in [("RETR", Some(226)), ("STOR", Some(226)), ("NLST", None)] {
        let mut d = Detector::new();
        let mut tokens = Vec::new();
        lex::tokens(line.as_bytes(), &mut tokens);
        let mut context = |_: &[u8]| Context {
            transfer: true,
            pending: crate::knowledge::sequences::lookup(command),
            ..Context::default()
        };
        let kind = d.classify(line.as_bytes(), &tokens, &mut context);
        let got = match kind {
            Kind::Reply(r) => Some(r.code.get()),
            _ => None,
        };
        assert_eq!(got, want, "after {command}");
    }
}

#[test]
fn commands_where_they_stand() {
    assert_eq!(
        command("---> RETR 502.txt").as_deref(),
        Some("RETR 502.txt")
    );
    assert_eq!(command("*cmd* 'CWD pub'").as_deref(), Some("CWD pub"));
    assert_eq!(
        command("x FTP command: Client \"1.2.3.4\", \"STOR a\"").as_deref(),
        Some("STOR a")
    );
    assert_eq!(command("use PASV mode instead"), None);
    // A program's record of the command it passed on.
    assert_eq!(
        command("<proxy.ftp.ctrl:9>: proxied PASV command from frontend to backend"),
        Some("PASV".into())
    );
    assert_eq!(command("the LIST command failed"), None);
    assert_eq!(command("login failed: USER unknown"), None);
    // What a command does, told in a changelog (SITE's own verb comes first).
    assert_eq!(command("- Issue 12 - NLST returns nothing for dirs."), None);
    assert_eq!(
        command("- Issue 13 - SITE CHMOD returns 200 on errors"),
        None
    );
    assert_eq!(
        command("* SITE CHMOD 644 returns.txt").as_deref(),
        Some("SITE CHMOD 644 returns.txt")
    );
}

#[test]
fn an_access_record_s_byte_count_after_its_code_is_no_table_s_number() {
    // ProFTPD's ExtendedLog in a format of one's own (tabs; the bytes after the code).
    assert_eq!(
        answered("[01/Mar/2026:10:15:32 +0000]\t10.0.0.5\talice\tRETR\t/srv/a.bin\t226\t300000"),
        Some((226, Some("RETR".into())))
    );
}

#[test]
fn access_logs_carry_their_command() {
    assert_eq!(
        answered(r#"127.0.0.1 UNKNOWN - [24/Nov/2026:05:53:41 +0000] "RETR 5.txt" 550 -"#),
        Some((550, Some("RETR 5.txt".into())))
    );
}

proptest::proptest! {
    /// The memo of scores answers as scoring anew does, whatever the code, separator,
    /// lead and text, and however they repeat and collide in its slots.
    #[test]
    fn scores_from_the_memo_are_scores(
        asked in proptest::collection::vec(
            (
                proptest::sample::select(vec![150u16, 213, 226, 227, 331, 421, 530, 550]),
                proptest::sample::select(vec![Sep::Last, Sep::More]),
                proptest::sample::select(vec![Lead::Start, Lead::Key, Lead::Error, Lead::Prose, Lead::Bracket]),
                proptest::sample::select(vec![
                    "", "Transfer complete.", "bytes", "report.txt", "Entering Passive Mode (127,0,0,1,4,1)",
                    "['x']", "N...", "files", "Login incorrect.", "421 bytes received",
                ]),
            ),
            1..200,
        )
    ) {
        for (code, sep, lead, text) in asked {
            let code = ReplyCode::new(code).unwrap();
            proptest::prop_assert_eq!(
                text::text_score(code, sep, text.as_bytes(), lead),
                text::text_score_now(code, sep, text.as_bytes(), lead)
            );
        }
    }

    /// The memo of a prefix's facts and shape answers as working them out anew does,
    /// however prefixes alike and unlike follow each other (more than it has slots).
    #[test]
    fn facts_from_the_memo_are_facts(
        prefixes in proptest::collection::vec(
            proptest::collection::vec(
                proptest::sample::select(vec![
                    "error: ", "but got ", "GET / HTTP/1.1\" ", "must ", "should be ", "Response: ",
                    "[pid 812] ", "RCPT TO:<a@b> ", "x", " ", ":", "\"", "FtpException: ", "<-- ",
                ]),
                0..6,
            ),
            1..24,
        )
    ) {
        for pieces in prefixes {
            let before = pieces.concat();
            let before = before.as_bytes();
            for f in Fact::ALL {
                proptest::prop_assert_eq!(fact(before, f), f.of(before), "{:?} of {:?}", f, pieces);
            }
            proptest::prop_assert_eq!(lex::shape(before), lex::shape_now(before));
        }
    }

    /// The one-pass mode finder agrees with the plain definition, on lines made of
    /// the pieces that matter.
    #[test]
    fn unix_modes_as_defined(
        pieces in proptest::collection::vec(
            proptest::sample::select(vec![
                "drwxr-xr-x", "-rw-r--r--", "---------", "rwsr-xr-T", " ", "+", "@", ".",
                "a", "1", "rwx", "-", "d", "s", "l", "S",
            ]),
            0..12,
        )
    ) {
        let line = pieces.concat();
        let line = line.as_bytes();
        let defined = line.windows(11).any(|w| {
            matches!(w[0], b'-' | b'd' | b'l' | b'b' | b'c' | b'p' | b's')
                && w[1..10].iter().all(|b| PERMISSION[usize::from(*b)])
                && matches!(w[10], b' ' | b'+' | b'@' | b'.')
                && w[1..10].iter().filter(|b| **b == b'-').count() < 9
        });
        proptest::prop_assert_eq!(unix_mode(line), defined);
    }
}

/// `unix_mode` and the DOS test as first written: a pass over every byte, a window at
/// every position. The quick ones must answer as they do.
fn unix_mode_bytewise(line: &[u8]) -> bool {
    let mut run = 0usize;
    for (i, &b) in line.iter().enumerate() {
        if run >= 9 && matches!(b, b' ' | b'+' | b'@' | b'.') && i >= 10 {
            let perms = &line[i - 9..i];
            if matches!(line[i - 10], b'-' | b'd' | b'l' | b'b' | b'c' | b'p' | b's')
                && perms.iter().any(|&p| p != b'-')
            {
                return true;
            }
        }
        run = if PERMISSION[usize::from(b)] {
            run + 1
        } else {
            0
        };
    }
    false
}

fn dos_listing_windowwise(line: &[u8]) -> bool {
    line.windows(17).any(|w| {
        w[0].is_ascii_digit()
            && w[1].is_ascii_digit()
            && w[2] == b'-'
            && w[5] == b'-'
            && (w[8..10] == *b"  " || w[8] == b' ')
            && w.windows(2).any(|p| p == b"AM" || p == b"PM")
    })
}

proptest::proptest! {
    #[test]
    fn listing_tests_answer_as_the_bytewise_ones(
        line in proptest::prop_oneof![
            "[-rwxsStTdlbcp +@.a0-9AMP:]{0,80}",
            // Modes, and near misses, among other words.
            "([ -~]{0,12}[-dlbcpsx ][-rwxsStT]{7,11}[ +@.x]){1,3}[ -~]{0,12}",
            // Modes side by side, one character before the type or not.
            "[ -~]{0,3}([dlbcp -]{1,2}[-rwxsStT]{7,10}[ +@.]){1,4}",
            // DOS listings' dates and times, and near misses.
            "[ -~]{0,12}[0-9x]{2}-[0-9]{2}[-x][0-9]{2}[ x]{1,2}[0-9]{2}:[0-9]{2}[APX]M[ -~]{0,12}",
        ],
    ) {
        let line = line.as_bytes();
        proptest::prop_assert_eq!(unix_mode(line), unix_mode_bytewise(line));
        proptest::prop_assert_eq!(dos_listing(line), dos_listing_windowwise(line));
    }
}

#[test]
fn listing_modes_at_their_edges() {
    for (line, mode) in [
        (&b"drwxr-xr-x 2 ftp"[..], true),
        (b"ddrwxrwxrw x", false), // eight permission characters
        (b"-rw-r--r--@ 1", true),
        (b"---------- 1", false), // no permission at all
        (b"x -rwxrwxrwx. d-wx------ ", true),
        (b"lrwxrwxrwx", false), // nothing after the mode
        (b"12345678lrwxrwxrwx+", true),
    ] {
        assert_eq!(unix_mode(line), mode, "{}", String::from_utf8_lossy(line));
        assert_eq!(unix_mode_bytewise(line), mode);
    }
}

#[test]
fn listings_in_every_style() {
    for line in [
        &b"-rw-r--r-- 1 ftp ftp 421 Mar 1 550.txt"[..],
        b"drwxr-xr-x+ 2 ftp ftp 4096 Mar  1 10:15 pub",
        b"< lrwxrwxrwx 1 0 0 7 Mar 1 bin -> usr/bin",
        b"03-01-26  10:15AM                  421 550-notes.txt",
        b"type=file;size=421;modify=20260301101532; 550.txt",
        b"+i8388621.48594,m825718503,r,s280,\t550.txt",
    ] {
        assert!(listing(line), "{}", String::from_utf8_lossy(line));
    }
    for line in [
        &b"550 Permission denied"[..],
        b"---------- 1 ftp",
        b"2026-03-01 10:15:32 226 OK",
    ] {
        assert!(!listing(line), "{}", String::from_utf8_lossy(line));
    }
}

#[test]
fn a_whole_reply_in_one_string() {
    // The last line as the RFC writes it, bare, and masked in a paste (a published
    // report of an IIS greeting, its closing line's text replaced by stars).
    for (line, last) in [
        (
            &b"*resp* '211-Features:\\n MDTM\\n211 End'"[..],
            &b"End"[..],
        ),
        (b"*resp* '211-Features:\\n MDTM\\n211'", b""),
        (
            b"<-220-Microsoft FTP Service\\r\\n220********_FTP!",
            b"*******_FTP!",
        ),
        // The line ends dropped (pyftpsync's FEAT).
        (
            b"FEAT: '211-Features supported:  EPSV  UTF8 211 End FEAT.'.",
            b"End FEAT.",
        ),
        (b"< 211-Extensions: SIZE MDTM 211", b""),
    ] {
        let mut tokens = Vec::new();
        lex::tokens(line, &mut tokens);
        match Detector::new().classify(line, &tokens, &mut |_| Context::default()) {
            Kind::Reply(f) => {
                let line = String::from_utf8_lossy(line);
                assert_eq!(f.sep, Sep::Last, "{line}");
                assert_eq!(f.closed_inline, Some(last), "{line}");
            }
            other => panic!("{other:?}"),
        }
    }
}

#[test]
fn a_code_between_bars_is_a_field_with_its_text_in_the_next() {
    let found = |line: &str| {
        let mut tokens = Vec::new();
        lex::tokens(line.as_bytes(), &mut tokens);
        let mut context = |_: &[u8]| Context::default();
        match Detector::new().classify(line.as_bytes(), &tokens, &mut context) {
            Kind::Reply(f) => Some((
                f.code.get(),
                String::from_utf8_lossy(f.text).into_owned(),
                f.command.map(|c| String::from_utf8_lossy(c).into_owned()),
            )),
            _ => None,
        }
    };
    // sqlite3's rows of ProFTPD's SQLLog: time|client|pid|user|command|code|text.
    assert_eq!(
        found(
            "2026-12-03 18:33:16,751|127.0.0.2|4161|ftpuser|PWD|257|\"/\" is the current directory"
        ),
        Some((
            257,
            "\"/\" is the current directory".into(),
            Some("PWD".into())
        ))
    );
    assert_eq!(
        found("2026-12-03 18:33:16,854|127.0.0.2|4161|ftpuser|CWD /x|550|/x: No such file|-"),
        Some((550, "/x: No such file".into(), Some("CWD /x".into())))
    );
    // pm2's prefix of a program's output ends in a bar: lftp's `quote SIZE` printed.
    assert_eq!(found("1|lftp   | 213 421"), Some((213, "421".into(), None)));
    // A table's cell (patator's): the bar after the code says so.
    assert_eq!(
        found("22:42:50 patator    INFO - 530   22     3.047 | 421-guess:ftpuser   |     3 | x"),
        None
    );
    // A table of codes and their meanings, and a listing's line numbers, are no replies.
    assert_eq!(found("215 : NAME system type"), None);
    assert_eq!(found("110 => Restart marker reply."), None);
    assert_eq!(
        found("316 | throw new Exception(\"Download error\");"),
        None
    );
    assert_eq!(
        found("I did eventually get a 550 error and socket timeout"),
        None
    );
    // At a sentence's start too.
    assert_eq!(
        found("If the 530 response mentions TLS or security, send AUTH TLS first."),
        None
    );
    // Codes named in prose: a sentence that goes on after one (a man page, a changelog),
    // a code as a noun before the word for a reply, codes listed with a slash.
    for line in [
        "  reply 530 for PASS command if text matches these regular expressions.",
        "* ignore any error 550 for NLST if no file name is given.",
        "    adds elapsed time in 226 response sent when a file transfer is completed.",
        "    send 226/426 reply *after* closing the data connection",
        // A code as the subject of a sentence about it (a page on greetings).
        "220 accepts the connection:",
        "421 temporarily rejects the connection:",
        // A compiler's quote of a source line, a C constant, a place in a file.
        "  129 |                 ret = Z_DATA_ERROR;     /* and fall through */",
        "#define FTP_LOGINERR          530",
        "    - line 425: self.log() was used without passing parameter.",
        // A transfer in HTTP's common log format (Pure-FTPd's `-O clf:`).
        "localhost - bob [04/Dec/2026:13:55:31 -0000] \"PUT /srv/bob/a.txt\" 200 220",
        // A counter (netstat -s), an HTTP error page's heading.
        "    230 connection resets received",
        "<center><h1>404 Not Found</h1></center>",
        // A reply's template in a manual, RFC 959's words for 110.
        "  250 CWD command successful. \"%s\" is current directory.",
        "110 Restart marker reply.",
    ] {
        assert_eq!(found(line), None, "{line}");
    }
    // A number a program compares with, in a stack trace's line of source.
    assert_eq!(
        found("            const err = code >= 400 ? new FTPError(response) : undefined;"),
        None
    );
    // The code, then the reply again: the reply's text.
    assert_eq!(
        found("connected: 220 220 pyftpdlib 2.2.0 ready."),
        Some((220, "pyftpdlib 2.2.0 ready.".into(), None))
    );
    // A code alone in a literal assigned in source code (a camera's settings page).
    assert_eq!(found("response=\"200\";"), None);
    assert_eq!(found("$code = '550';"), None);
    // A program's own numbers: negative, or a switch's case.
    assert_eq!(
        found("> STOR: notice: quota reached, Error -160: could not start"),
        None
    );
    assert_eq!(
        found("-  case 550: /* \"No such file or directory\" */"),
        None
    );
}

#[test]
fn rows_of_codes_each_above_the_last_are_a_table() {
    let replies = |lines: &[&str]| {
        let mut detector = Detector::new();
        let mut tokens = Vec::new();
        let mut found = Vec::new();
        for line in lines {
            tokens.clear();
            lex::tokens(line.as_bytes(), &mut tokens);
            let mut context = |_: &[u8]| Context::default();
            if let Kind::Reply(f) = detector.classify(line.as_bytes(), &tokens, &mut context) {
                found.push(f.code.get());
            }
        }
        found
    };
    // A page's table of codes in RFC 959's words: from its fifth row on, a table, and
    // from the placeholder of its second (`nnn`) on, a page about codes (its first, RFC
    // 959's words for 110, is one already: the reply itself reads `MARK yyyy = mmmm`).
    let table = [
        "110 Restart marker reply.",
        "120 Service ready in nnn minutes.",
        "125 Data connection already open; transfer starting.",
        "150 File status okay; about to open data connection.",
        "200 Command okay.",
        "202 Command not implemented, superfluous at this site.",
        "211 System status, or system help reply.",
    ];
    assert_eq!(replies(&table), Vec::<u16>::new());
    // Without a placeholder, the first four rows pass for replies.
    let plain = table.map(|row| row.replace(" in nnn minutes", ""));
    let plain: Vec<&str> = plain[1..].iter().map(String::as_str).collect();
    assert_eq!(replies(&plain), [120, 125, 150, 200]);
    // RFC 959's whole text of 110 puts its placeholders after twenty words.
    let rfc = [
        "110 Restart marker reply. In this case, the text is exact and not left to the \
             particular implementation; it must read: MARK yyyy = mmmm where yyyy is \
             User-process data stream marker, and mmmm server's equivalent marker.",
        "125 Data connection already open; transfer starting.",
    ];
    assert_eq!(replies(&rfc), Vec::<u16>::new());
    // A session's replies go down as well as up: all of them are replies.
    let dialogue = [
        "220 Service ready",
        "331 Password required",
        "230 Logged in",
        "257 \"/\" is the current directory",
        "200 Type set to I",
        "227 Entering Passive Mode (127,0,0,1,4,1)",
        "150 Opening data connection",
        "226 Transfer complete",
    ];
    assert_eq!(replies(&dialogue).len(), dialogue.len());
}

#[test]
fn a_packet_printer_s_dots_for_the_line_end_are_no_part_of_a_command() {
    let command = |line: &str| {
        let mut tokens = Vec::new();
        lex::tokens(line.as_bytes(), &mut tokens);
        let mut context = |_: &[u8]| Context::default();
        match Detector::new().classify(line.as_bytes(), &tokens, &mut context) {
            Kind::Command(c, _) => Some(String::from_utf8_lossy(c).into_owned()),
            _ => None,
        }
    };
    assert_eq!(
        command("T 127.0.0.2:48745 -> 127.0.0.1:4701 [AP] FEAT.."),
        Some("FEAT".into())
    );
    assert_eq!(
        command("  SYST..                     "),
        Some("SYST".into())
    );
    assert_eq!(
        command("T 127.0.0.2:48745 -> 127.0.0.1:4701 [AP] USER ftpuser.."),
        Some("USER ftpuser".into())
    );
    assert_eq!(command("> CWD .."), Some("CWD ..".into()));
}

#[test]
fn a_string_that_opens_with_a_code_after_a_records_many_numbers() {
    // tshark's `-T ek`: a packet's fields, a hundred numbers among them, before the reply
    // in its FTP layer.
    let mut record = String::from("{\"layers\":{\"tcp\":{");
    for k in 0..60 {
        record.push_str(&format!("\"f{k}\":\"{}\",", 100 + k * 7));
    }
    record.push_str(
        "\"x\":1},\"ftp\":{\"text\":\"257 \\\"/\\\" is the current directory.\\\\r\\\\n\"}}}",
    );
    assert_eq!(code(&record), Some(257));
    // (A number in a string of its own after them is none.)
    let counter = record.replace("257 \\\"/\\\"", "\\\"999\\\" 257x");
    assert_eq!(code(&counter), None);
}

#[test]
fn a_mail_dialogue_in_small_letters_is_no_ftp_one() {
    // Python's smtplib at debuglevel 2: its commands in small letters.
    let got = classified(
        &[
            "14:56:21.057075 send: 'ehlo backup-220.local\\r\\n'",
            "14:56:21.057400 reply: b'250 HELP\\r\\n'",
            "14:56:21.058072 send: 'mail FROM:<ops@127.0.0.1>\\r\\n'",
            "14:56:21.058478 reply: b'250 OK\\r\\n'",
        ],
        |kind| matches!(kind, Kind::Reply(_)),
    );
    assert_eq!(got, [false, false, false, false]);
}

#[test]
fn an_http_servers_reason_phrase_is_no_ftp_reply() {
    // wget's error, and Python's http.server's phrase in a record: HTTP's 404.
    assert_eq!(code("2026-12-04 15:07:05 ERROR 404: File not found."), None);
    assert_eq!(code(r#"  "response": "404 File not found""#), None);
    // (FTP's own 550 says the same in its words.)
    assert_eq!(code("550 File not found."), Some(550));
}

#[test]
fn a_heading_in_capitals_is_no_command_and_names_a_table_of_codes() {
    // A fax machine's manual, its list of SMTP replies under a heading in capitals whose
    // LIST is no command.
    let got = classified(
        &[
            "9.8.10.  NUMERIC ORDER LIST OF REPLY CODES",
            "211 System status or system help reply",
            "220 <domain> Service ready",
            "221 <domain> Service closing transmission channel",
        ],
        |kind| matches!(kind, Kind::Reply(_) | Kind::Command(..)),
    );
    assert_eq!(got, [false, false, false, false]);
}

#[test]
fn a_code_named_keyed_or_commented_in_source_code_is_no_reply() {
    assert_eq!(
        code("\tStatusLoggedIn              = 230 // User logged in, proceed."),
        None
    );
    assert_eq!(
        code("RPL_PWELCOME\t\t= 200 #server ready - posting allowed"),
        None
    );
    assert_eq!(code("public static final int FTP_OK = 200;"), None);
    assert_eq!(code("  211: 'System status, or system help reply',"), None);
    assert_eq!(code("#   202 slave status noted"), None);
    // (A record's field and a reply after a marker stay replies.)
    assert_eq!(
        code("time=10:00 level=info code=550 msg=\"No such file\""),
        Some(550)
    );
    assert_eq!(code("# 220 ready"), Some(220));
}

#[test]
fn source_lines_a_compiler_quotes_hold_no_reply() {
    // rustc's and tsc's quotes of a statement that passes a reply's text to a call.
    assert_eq!(
        code(r#"448 |             return Err("550 No such file or directory.");"#),
        None
    );
    assert_eq!(
        code(r#"448 |             return Err("550 No such file or directory.".to_string());"#),
        None
    );
    assert_eq!(
        code(r#"24   onReply("550 Permission denied.", "STOR index.html");"#),
        None
    );
    // A code alone that a condition or a switch compares with.
    assert_eq!(code(r#"458 |     if greeting.code != "220" {"#), None);
    assert_eq!(code(r#"27     case "421":"#), None);
    // Clippy's suggested edit: the line removed, under its number and a sign.
    assert_eq!(
        code(r#"420 -         self.stream.write_all(format!("{}\r\n", cmd).as_bytes())"#),
        None
    );
    // (A program's message about a reply it got, a call's words and all, stays one.)
    assert_eq!(
        code(r#"ERROR upload failed: FtpError("550 No such file or directory.")"#),
        Some(550)
    );
}

#[test]
fn other_standards_numbered_conditions_are_no_replies() {
    // HL7 v2's table 0357 in an interface engine's log.
    assert_eq!(
        code("WARNING [mllp.server] rejecting MSG00530: 200 Unsupported message type"),
        None
    );
    assert_eq!(
        code(
            "ERROR [mllp.client] message MSG00530 not accepted: ERR-3 200 (Unsupported message type)"
        ),
        None
    );
    // An EDIFACT order's segments as a client's trace of the file it sent shows them.
    assert_eq!(
        code(
            "0000: UNB+UNOC:3+5412345000013+261205:1630+550226'.FTX+AAI+++DELIVER TO DOCK 421 BEFORE 15?:00'.NAD+BY+5412345000013::9'.NAD+SU+4012345000094::9'.LIN+1"
        ),
        None
    );
    // (Replies whose texts carry signs stay replies.)
    assert_eq!(code("200 Command okay."), Some(200));
    assert_eq!(
        code("235 ADAT=YIIBmgYJKoZIhvcSAQICAQBvggGJMIIBhaADAgEFoQMCAQ+iAwIBDqMHAwUAIAAAAKSB"),
        Some(235)
    );
}

#[test]
fn a_transcript_kept_in_comments_is_read_and_a_comments_gloss_is_not() {
    // A session pasted into a program's `//` comments: the mark, at most a blank, then
    // the reply as a log writes it.
    assert_eq!(
        codes(&[
            "// 211-Extensions supported:",
            "//  SIZE",
            "// 211 End",
            "    // 227 Entering Passive Mode (10,1,2,3,19,137).",
            "//150 Opening BINARY mode data connection for a.bin (1024 bytes).",
            "//226 Transfer complete.",
        ]),
        [Some(211), None, Some(211), Some(227), Some(150), Some(226)]
    );
    // A form no server sends, whose numbers are all named; a code glossed in a comment.
    assert_eq!(
        code("\t// 227 Entering Passive Mode (a1,a2,a3,a4,p1,p2)."),
        None
    );
    assert_eq!(code("    // 421 = \"Service not available.\""), None);
    // (A reply whose address a user masked keeps its port's numbers: still a reply.)
    assert!(!named_tuple(b"Entering Passive Mode (X,X,X,X,91,17)."));
    assert!(named_tuple(b"Entering Passive Mode (h1,h2,h3,h4,p1,p2)."));
}

#[test]
fn counters_named_and_glued_to_their_numbers_are_no_reply_text() {
    // `ss -tin`: a connection's counters, one of them named `bytes_sent`.
    let ss = "\t bbr wscale:10,10 rto:204 rtt:0.039/0.029 ato:40 mss:32768 pmtu:65535 \
              rcvmss:536 advmss:65483 cwnd:12 bytes_sent:24 bytes_acked:25";
    assert_eq!(code(ss), None);
}

#[test]
fn other_protocols_dialogues_hold_no_ftp_replies() {
    // NNTP: a news server's greeting, or a command only NNTP has, starts its dialogue;
    // a command only FTP has ends it, a command both have leaves it on.
    assert_eq!(
        codes(&[
            "S: 200 Leafnode NNTP Daemon, version 1.12.0 running",
            "C: GROUP local.test",
            "S: 411 No such group",
            "C: LIST",
            "S: 215 Newsgroups in form \"group high low flags\".",
            "C: USER alice",
            "S: 331 Password required for alice",
        ]),
        [None, None, None, None, None, None, Some(331)]
    );
    assert_eq!(
        codes(&[
            "C: MODE READER",
            "S: 200 Leafnode 1.12.0, pleased to meet you!"
        ]),
        [None, None]
    );
    // IRC: a client's NICK; a numeric reply names its target before a colon's text.
    assert_eq!(
        codes(&[
            "alice >> NICK alice",
            "bob >> PRIVMSG #r85 :got 550 No such file"
        ]),
        [None, None]
    );
    assert_eq!(code("433 * Bigfoot :Nickname is already in use."), None);
    assert_eq!(
        code("<< :irc.example 001 alice :Welcome to the network"),
        None
    );
    // SMTP shown without its commands (`openssl s_client -starttls smtp`): a line that
    // starts with a mail server's words starts its dialogue.
    assert_eq!(
        codes(&[
            "250-SIZE 33554432",
            "250 OK",
            "354 End data with <CR><LF>.<CR><LF>",
            "221 Bye"
        ]),
        [None, None, None, None]
    );
    // An FTP server's greeting ends another protocol's dialogue (nmap's banners, one
    // port after another).
    assert_eq!(
        codes(&[
            "| banner: 200 Leafnode NNTP Daemon, version 1.12.0",
            "|_banner: 220 pyftpdlib ready on r85",
        ]),
        [None, Some(220)]
    );
}

#[test]
fn a_code_as_a_sentence_s_subject_or_a_pattern_in_quotes_is_no_reply() {
    assert_eq!(
        code("While retrieving the remote list, an FTP error 425 happens every time."),
        None
    );
    assert_eq!(
        code("c) In line two, does PASS - 530 mean that the user didn't log on?"),
        None
    );
    assert_eq!(
        code("nf_ct_ftp: dropping packet: partial matching of `227 ' IN= OUT= SRC=192.168.88.11"),
        None
    );
    assert_eq!(
        code("cat: Access failed: 404 Not Found (/reports/550.txt)"),
        None
    );
    // A reply is one all the same.
    assert_eq!(code("< 425 Can't open data connection."), Some(425));
}

#[test]
fn a_programs_strings_are_no_replies_once_it_shows_its_code() {
    // NodeMCU's Lua FTP server: two statements, then what it sends.
    assert_eq!(
        codes(&[
            "s=net.createServer(net.TCP, 30)",
            "s:listen(21,function(c)",
            "    c:send(\"221 Goodbye\\n\")",
            "reply_string(230) -> \"230 User logged in, proceed.\";",
        ]),
        [None, None, None, None]
    );
    // A log is no program, whatever it quotes: the same strings are replies there.
    assert_eq!(
        codes(&[
            "2026-12-04 15:01:20,101 INFO [dave] connecting",
            "recv: \"221 Goodbye\\r\\n\"",
        ]),
        [None, Some(221)]
    );
    // A program's record in its log, after lines of its traceback, is a log's line.
    assert_eq!(
        codes(&[
            "    return self.voidresp()",
            "    resp = self.getresp()",
            "2026-12-04 15:01:24,101 ERROR giving up: error_temp('421 Too many connections.')",
        ]),
        [None, None, Some(421)]
    );
}

#[test]
fn a_code_run_into_header_bytes_with_few_dots() {
    // tcpdump -A piped through sed: a header byte 0x0a broke the packet's line, and the
    // last header bytes (a TCP option's time stamps) run into the payload.
    assert!(!inside_a_word(b"i.Pe1.b."));
    assert_eq!(code(".......9331 Password required for alice"), Some(331));
    // A name's or an address's dots are none.
    assert!(inside_a_word(b"ftp.example."));
    assert!(inside_a_word(b"10.0.0."));
    assert_eq!(code("10.0.0.220 connected"), None);
}

#[test]
fn words_that_say_what_a_code_means_or_where_it_came_from() {
    assert_eq!(
        code(
            "For example, 226 indicates that the transmission is successful, 530 indicates that the login failed."
        ),
        None
    );
    assert_eq!(
        code(
            "FTP Session 38 [Error] Control channel closed with error 106 from source buffer_consumer."
        ),
        None
    );
    assert_eq!(
        code("the function fails and raises exception StatusCodeError 550 then aborts."),
        None
    );
    // Dante's counts of bytes relayed each way.
    assert_eq!(
        code(
            "danted[21115]: info: pass(2): tcp/connect ]: 220 -> 127.0.0.1.33776 127.0.0.1.9180 -> 0"
        ),
        None
    );
    // A name in source code that holds a word for codes is no talk about codes.
    assert_eq!(
        classified(
            &[
                "# downloading multiple files raises StatusCodeError",
                "2021-04-21 14:17:00-aioftp.client-INFO:200 Switching to Binary mode.",
            ],
            |kind| matches!(kind, Kind::Reply(_)),
        ),
        [false, true]
    );
}

#[test]
fn a_number_alone_among_a_lists_quoted_strings_is_no_reply() {
    // A key-value store's commands as its monitor prints them: every word quoted.
    assert_eq!(
        code(
            r#"1796470000.10 [0 10.0.0.7:45866] "XADD" "ev" "*" "status" "401" "bytes" "220" "ms" "331""#
        ),
        None
    );
    // A reply quoted alone is one all the same.
    assert_eq!(code(r#"recv: "220""#), Some(220));
}

#[test]
fn a_string_a_method_is_called_on_is_a_programs_template() {
    // Quoted in a post about a server's code, with no other line of code around it.
    assert_eq!(code(r#"    cl.sendall('257 "{}"\r\n'.format(cwd))"#), None);
    assert_eq!(code(r#"    sock.send(b"550 %s\r\n" % name)"#), None);
    // A reply quoted, and the words after it.
    assert_eq!(
        code(r#"recv: '230 Login successful.' (in 3 ms)"#),
        Some(230)
    );
}

#[test]
fn a_table_of_messages_is_no_dialogue() {
    // rftpd's replies in Racket: from the second entry on, a table's, and the verbs in
    // its strings are no commands sent.
    let kinds = described(&[
        "   '((SYNTAX-ERROR (EN . \"501 Syntax error in parameters or arguments.\")",
        "     (PLEASE-LOGIN (EN . \"530 Please login with USER and PASS.\")",
        "                   (RU . \"530 Пожалуйста авторизируйтесь используя USER и PASS.\"))",
        "     (LOGIN-INCORRECT (EN . \"530 Login incorrect.\")",
    ]);
    assert_eq!(kinds[1..], ["other", "other", "other"]);
}

#[test]
fn an_s_expression_trace_of_what_was_sent_and_read_is_a_dialogue() {
    // A Scheme client prints each line as `(recv "...")` and `(send "...")`, after its
    // interpreter's call history: forms with a string, as a table's entries are, but the
    // word before the string says where the line went.
    let kinds = described(&[
        "\t<eval>\t  [expect] (memv (car reply) codes)",
        "\t<eval>\t  [expect] (car reply)\t<--",
        "(recv \"220 FTP ready\")",
        "(send \"USER ann\")",
        "(recv \"331 Password required for ann\")",
        "(send \"PASS ****\")",
        "(recv \"230 Logged in\")",
    ]);
    assert_eq!(
        kinds[2..],
        [
            "reply 220",
            "command USER ann",
            "reply 331",
            "command PASS ****",
            "reply 230"
        ]
    );
}

#[test]
fn a_log_that_quoted_some_code_is_a_log_again_after_it() {
    // A traceback's lines of source, then a tracer's lines long after: the string a
    // call reads is a reply again.
    let mut lines = vec!["    return self.voidresp()", "    resp = self.getresp()"];
    lines.extend(std::iter::repeat_n("waiting", 30));
    lines.push("SYS_read(3, \"227 Entering Passive Mode (127,0,0,1,4,1).\\r\\n\", 4096) = 52");
    let found = classified(&lines, |kind| matches!(kind, Kind::Reply(_)));
    assert_eq!(found.last(), Some(&true));
    // Right after them, it is a program's string.
    let found = classified(
        &[
            "    return self.voidresp()",
            "    resp = self.getresp()",
            "    c:send(\"227 Entering Passive Mode (127,0,0,1,4,1).\")",
        ],
        |kind| matches!(kind, Kind::Reply(_)),
    );
    assert_eq!(found.last(), Some(&false));
}

#[test]
fn a_loggers_tilde_or_its_place_in_the_program_then_a_dash_starts_the_message() {
    // log4j's `%c{1.} ~ %m`: an abbreviated logger name (no file's name before a size).
    let tilde = "2026-12-04T18:47:10,600 DEBUG [worker-2] {bob@worker-2|sync-bob} f.wire ~ ";
    assert_eq!(
        codes(&[&format!("{tilde}220 pyftpdlib ready.")]),
        [Some(220)]
    );
    // loguru's `{name}:{function}:{line} - {message}`.
    let loguru = "2026-12-04 18:47:31.479 | DEBUG    | aioftp.client:parse_line:288 - ";
    assert_eq!(
        codes(&[
            &format!("{loguru}220 pyftpdlib ready."),
            &format!("{loguru}331 Username ok, send password."),
        ]),
        [Some(220), Some(331)]
    );
    // A file's size stays one after a dash, and an amount after a tilde-less number.
    assert_eq!(code("report.txt - 421 bytes"), None);
    assert_eq!(code("took 3 ~ 220 ms"), None);
}

#[test]
fn a_status_before_its_http_request_or_a_number_before_its_uri_is_no_reply() {
    // haproxy's HTTP log: the status, the bytes, ..., the request last.
    let haproxy = r#"127.0.0.1:59720 [04/Dec/2026:21:03:04.425] web dead/<NOSRV> 0/-1/-1/-1/0 503 217 - - SC-- 1/1/0/0/0 0/0 "GET /legacy/226.txt HTTP/1.1""#;
    assert_eq!(code(haproxy), None);
    // An FTP server's words about an HTTP request sent to it are its reply.
    assert_eq!(code(r#"< 500 Unknown command "GET / HTTP/1.1""#), Some(500));
    // A SIP message's address header whose name is a number.
    assert_eq!(
        code("To: 421 <sip:421@127.0.0.1:10054>;tag=6458SIPpTag011"),
        None
    );
    assert_eq!(code("To: 421 <sip:421@127.0.0.1:10054>"), None);
    // Python requests' HTTP error, where requests-ftp made a status up for an ftp:// URL.
    assert_eq!(
        code(
            "requests.exceptions.HTTPError: 404 Client Error: None for url: ftp://127.0.0.1:2121/a.csv"
        ),
        None
    );
}

#[test]
fn a_code_in_an_http_access_record_or_in_an_aside_of_prose_is_no_reply() {
    assert_eq!(
        code(
            "time=\"04/Dec/2026:18:48:44 +0000\" request=\"GET /missing-404.txt HTTP/1.1\" status=404 agent=\"FTP-Probe/1.0 (550 Permission denied)\""
        ),
        None
    );
    assert_eq!(
        code(
            "127.0.0.1 - - [04/Dec/2026:18:48:44 +0000] \"GET / HTTP/1.1\" 404 341 \"-\" \"Probe/1.0 (550 Permission denied)\""
        ),
        None
    );
    assert_eq!(
        code("  permissions on the target (550 Permission denied), missing"),
        None
    );
    assert_eq!(
        code("  remote path (550 No such file). The script now greps the"),
        None
    );
    // A client's error that quotes the reply in parentheses names the error first.
    assert_eq!(
        code("Login failed (530 Login incorrect), retrying in 5 s"),
        Some(530)
    );
    assert_eq!(code("Could not connect (530 Login incorrect)"), Some(530));
}

#[test]
fn a_number_alone_in_a_message_field_or_closing_a_structure_is_no_code() {
    // libunftp's SIZE reply shown by name, and the size its text is.
    let event = "[2026-12-04T19:03:01Z DEBUG libunftp::server::controlchan::log] Control channel event InternalMsg(CommandChannelReply(CodeAndMsg { code: FileStatus, msg: \"421\" })), username: alice, source: 127.0.0.2:45235";
    assert_eq!(code(event), None);
    let sent = "[2026-12-04T19:03:01Z DEBUG libunftp::server::controlchan::log] Control channel event InternalMsg(SentData { path: \"/pub/size-421.bin\", bytes: 421 }), username: bob, source: 127.0.0.3:45575";
    assert_eq!(code(sent), None);
    // A field that names a code holds one alone; a message field holds a reply whole.
    assert_eq!(code("  <code>530</code>"), Some(530));
    assert_eq!(code("{\"msg\":\"530 Login incorrect.\"}"), Some(530));
}

#[test]
fn a_code_given_as_an_example_or_named_with_its_noun_after_it_is_no_reply() {
    assert_eq!(
        code("ex) 125 data connection already open, transfer starting"),
        None
    );
    assert_eq!(code("ex) 331 Username OK,password required"), None);
    assert_eq!(code("e.g. 550 Permission denied"), None);
    assert_eq!(
        code(
            "The RFC doesn't specify 220 as a valid response from the PASS command (see page 50)."
        ),
        None
    );
    assert_eq!(
        code("问题的根源在于,登录成功(收到 200 码)之后,FileZilla 会立即执行下一个命令"),
        None
    );
    assert_eq!(code("サーバーから 530 コードが返ってきます"), None);
    // A reply after a label, in the same languages, stays one.
    assert_eq!(code("响应: 331 Please specify the password."), Some(331));
}

#[test]
fn a_string_in_a_fenced_block_of_a_program_is_the_programs() {
    // The block's first line of code holds the string: the fence said it is a program.
    let post = [
        "Currently I have something like this:",
        "",
        "```python",
        "            message = '452 Out of Private Storage. Please Upgrade.'",
        "            self.respond(message)",
        "```",
    ];
    assert!(codes(&post).iter().all(Option::is_none));
    // A block of a console's output is no program's: its replies are replies.
    let console = [
        "```console",
        "$ ftp host",
        "220 ProFTPD Server ready.",
        "```",
    ];
    assert_eq!(codes(&console)[2], Some(220));
}

#[test]
fn an_exceptions_report_quotes_the_reply_a_sentences_inline_code_names_one() {
    let ruby = "/usr/lib/ruby/gems/3.1.0/gems/net-ftp-0.1.3/lib/net/ftp.rb:1399:in `parse227': 227 192,168,7,97,199,99 (Net::FTPProtoError)";
    assert_eq!(code(ruby), Some(227));
    assert_eq!(
        code(
            "my FTP server provider software responds `250 Directory successfully changed.` on `PASV` and then only `227 Entering Passive Mode (92,53,68,202,39,116)`."
        ),
        None
    );
    // squid's buffer and a label that says where the string came from.
    assert_eq!(
        code(
            "2026/12/04 19:11:15.488| 9,5| FtpClient.cc(1126) parseControlReply: s = {220 pyftpdlib ready."
        ),
        Some(220)
    );
    assert_eq!(
        code(
            "ftp-child [8672] <12/04-19:12:14> TECH-DBG from Server-PI (3): '220 pyftpdlib ready.'"
        ),
        Some(220)
    );
}

#[test]
fn a_reply_a_manual_says_a_program_can_send_or_a_sentence_quotes_is_no_reply() {
    assert_eq!(
        code("    (TLSMECHANISM ATTLS) can fail with error '451 Transfer aborted"),
        None
    );
    assert_eq!(
        code("believes the transfer was successful and sends \"226 Transfer complete.\" on"),
        None
    );
    assert_eq!(
        code("    * reset. (errno2=0x74520442)' or '451 Transfer aborted due to  *"),
        None
    );
    assert_eq!(
        code("  \u{2022} Modified FTP server code to open a data connection and send 150"),
        None
    );
    assert_eq!(
        code("    or 125 message if data connection succeeds, or 425 message if"),
        None
    );
    // What failed, said so, and a record's string with fields after it, stay replies.
    assert_eq!(code("Could not open file: '550 No such file'"), Some(550));
    assert_eq!(
        code(
            "2026-12-01T22:08:09.759Z jsftp:response { code: 215, text: '215 UNIX Type: L8', isMark: false }"
        ),
        Some(215)
    );
}

#[test]
fn a_reply_in_inline_code_after_a_sentences_colon_is_named() {
    assert_eq!(
        code(
            "It's wrong that I get this after ls and long wait: `425 Can't open data connection.`"
        ),
        None
    );
}

#[test]
fn a_list_of_response_messages_a_page_introduces_is_no_dialogue() {
    let page = [
        "There are many reports of FTP data transfer failures, usually including one of the following FTP response messages:",
        "* 425 Can't open data connection",
        "* 425 Unable to build data connection",
    ];
    assert_eq!(codes(&page), [None, None, None]);
    // A log's label of its line is no such page.
    assert_eq!(
        codes(&["Response message:", "550 No such file or directory"]),
        [None, Some(550)]
    );
}

#[test]
fn ipythons_values_are_replies_its_tracebacks_line_numbers_are_not() {
    assert_eq!(code("Out[3]: '220 pyftpdlib 2.2.0 ready.'"), Some(220));
    assert_eq!(code("# Out[8]: '221 Goodbye.'"), Some(221));
    let traceback = [
        "--> 608     resp = self.sendcmd('DELE ' + filename)",
        "    257 def voidresp(self):",
        "    258     \"\"\"Expect a response beginning with '2'.\"\"\"",
        "    --> 259     resp = self.getresp()",
        "    260     if resp[:1] != '2':",
        "    261         raise error_reply(resp)",
        "    609     if resp[:3] in {'250', '200'}:",
    ];
    assert!(codes(&traceback).iter().all(Option::is_none));
}

#[test]
fn a_code_alone_as_an_argument_or_a_lists_item_is_no_reply() {
    // check_tcp's command line and its verbose list of expected strings (round 165).
    let line = "$ '/usr/lib/nagios/plugins/check_tcp' '-p' '10330' '-s' 'QUIT\\r\\n' '-e' '220'";
    assert_eq!(code(line), None);
    assert_eq!(code("check_ftp -H host --expect 220"), None);
    assert_eq!(code("check_ftp -H host --expect=220"), None);
    assert_eq!(codes(&["QUIT", "\t0: 220", "\t1: 221"]), [None, None, None]);
    // With its text, the same places hold a reply.
    assert_eq!(code("1: 221 Goodbye."), Some(221));
    assert_eq!(code("-e 220 ProFTPD Server ready."), Some(220));
}

#[test]
fn a_sentence_naming_a_code_after_a_command_is_no_clients_error() {
    // A script's own words about a failure: the code named, no reply quoted.
    assert_eq!(code("RETR missing.txt failed with code 550"), None);
    assert_eq!(code("MKD newdir failed, reply code 550"), None);
    // A client's error giving the code after its colon quotes the reply.
    assert_eq!(code("curl: (25) Failed FTP upload: 553"), Some(553));
}

#[test]
fn a_reply_quoted_inside_a_sentence_or_written_as_its_form_is_named_not_logged() {
    // A page's sentence that quotes two replies in one string, then goes on.
    let line = "The typical error message \"200 PORT command successful. Consider using PASV. \
                425 Failed to establish connection\" indicates that the data connection failed.";
    assert_eq!(code(line), None);
    let line = "This paper analyses the common FTP error \"200 PORT command successful. \
                Consider using PASV. 425 Failed to establish connection\". By examining ...";
    assert_eq!(code(line), None);
    // A passive reply's form, names where its numbers go.
    assert_eq!(
        code("Server responds: 227 Entering Passive Mode (IP, port_hi, port_lo)"),
        None
    );
    assert_eq!(
        code("Server responds: 227 Entering Passive Mode (127,0,0,1,39,40)"),
        Some(227)
    );
}

#[test]
fn a_reply_as_inline_code_in_a_markdown_tables_cell_is_a_documents() {
    let rows = [
        "| Command                 | Response                            |",
        "|-------------------------|-------------------------------------|",
        "| USER                    | `501 Missing required argument`     |",
        "| USER [user_ada]         | `331 Please, specify the password.` |",
        "| PASS [password_benar]   | `230 Login successful.`             |",
    ];
    assert_eq!(codes(&rows), [None, None, None, None, None]);
    // The same rows dumped bare (sqlite3's `.mode markdown`) are a log's records.
    let rows = [
        "| command   | reply                             |",
        "|-----------|-----------------------------------|",
        "| USER bob  | 331 Please specify the password.  |",
        "| PASS ***  | 230 Login successful.             |",
    ];
    assert_eq!(codes(&rows)[2..], [Some(331), Some(230)]);
}

#[test]
fn replies_in_a_markdown_cells_code_block_are_a_documents() {
    let row = "| RNFR [a] RNTO [b] | ``` 350 Directory exists, ready for destination name. <br> \
               250 File or directory renamed successfully. ``` |";
    assert_eq!(code(row), None);
}

#[test]
fn a_mail_command_typed_at_an_ftp_server_leaves_the_ftp_dialogue_on() {
    let lines = [
        "220 andrsn.stanford.edu FTP server (Version 6.00LS) ready.",
        "HELO <script>document.cookie)</script>",
        "500 HELO <script>document.cookie)</script>: command not understood.",
    ];
    assert_eq!(codes(&lines), [Some(220), None, Some(500)]);
    // Before a mail server's greeting, it starts a mail dialogue.
    let lines = [
        "220 mx.example.org ESMTP Postfix",
        "HELO client",
        "250 mx.example.org",
    ];
    assert_eq!(codes(&lines), [None, None, None]);
}

#[test]
fn a_file_named_with_its_type_is_a_folders_child_not_a_reply() {
    // Commons VFS's children as a program prints them, one a line.
    assert_eq!(
        code("2026-03-01 10:15:30,497 INFO  [main] app.Sync - pub child: 550 report.txt file"),
        None
    );
    assert_eq!(code("226 Transfer complete."), Some(226));
}

#[test]
fn an_http_requests_status_and_a_system_errors_number_are_no_replies() {
    // A health check's line and nginx's error log, in the syslog an FTP server shares.
    assert_eq!(
        code("Mar  1 10:24:02 vm healthcheck: GET /app/status -> 502"),
        None
    );
    // curl's progress meter at 100%, and curl's reply marker after it on its line.
    assert_eq!(
        code(
            "100  146k    0     0    0  146k      0  49914 --:--:--  0:00:03 --:--:-- 49916< 226 Transfer complete."
        ),
        Some(226)
    );
    // curl's `-w '%{json}'`: its numbers, the FTP code under HTTP's name among them.
    assert_eq!(
        code(
            r#"{"errormsg":"Access denied: 530","exitcode":67,"http_code":530,"http_connect":0,"response_code":530,"scheme":"FTP","size_download":0}"#
        ),
        None
    );
    // LWP's result for an FTP URL, given as an HTTP status.
    assert_eq!(
        code("Fetch failed! HTTP response: 401 Unauthorized [401 [LWP::Protocol::ftp] Closed]"),
        None
    );
    // An HTTP client's request for an FTP URL: its status is HTTP's.
    assert_eq!(
        code("2026/03/01 10:24:02 get.go:9: GET ftp://10.0.0.5/a.txt -> 200 OK (200), 9 bytes"),
        None
    );
    let nginx = "Mar  1 10:23:23 vm nginx: 2026/03/01 10:23:23 [error] 3451#3451: *7 connect() \
                 failed (111: Connection refused) while connecting to upstream, client: 127.0.0.1";
    assert_eq!(code(nginx), None);
    // A reply in parentheses after a client's error is still one.
    assert_eq!(code("login failed (530 Login incorrect.)"), Some(530));
}

#[test]
fn a_tracebacks_pointed_line_is_code_and_its_padded_locals_are_values() {
    // stackprinter's frame: the arrow at the line that raised, its number after it.
    assert_eq!(code("--> 254          raise error_perm(resp)"), None);
    assert_eq!(
        code("--> 498      with self.transfercmd(cmd, rest) as conn:"),
        None
    );
    // pytest's --showlocals, after a frame's source: the variable holds the reply got.
    let mut lines = vec!["    def getresp(self):"; 12];
    lines.extend([
        "        resp = self.getmultiline()",
        "resp       = '530 Login incorrect.'",
    ]);
    assert_eq!(codes(&lines).last(), Some(&Some(530)));
    // The program's own assignment of a string is its text, no reply got.
    let mut lines = vec!["    def getresp(self):"; 12];
    lines.extend([
        "        resp = self.getmultiline()",
        "        resp = '530 Login incorrect.'",
    ]);
    assert_eq!(codes(&lines).last(), Some(&None));
}

#[test]
fn http_statuses_ftp_defines_no_code_for_are_no_replies() {
    // LWP's response to an ftp:// URL, as its dump prints it, in a log of FTP's replies.
    let lines = [
        "<<< 226 Transfer complete.",
        "--- response",
        "200 OK",
        "<<< 550 No such file or directory.",
        "--- response",
        "404 Can't chdir to nodir",
    ];
    assert_eq!(codes(&lines).last(), Some(&None));
}

#[test]
fn records_in_aligned_columns_and_in_s_expressions_are_a_logs() {
    // `column -t` of an ExtendedLog: the command in a column before the code.
    let line = "2026-03-01 10:15:31,240  10.0.0.5  812  alice  RETR  550 report.txt     226  \
                Transfer complete            25";
    assert_eq!(code(line), Some(226));
    // A program's records as S-expressions, each stamped with seconds since 1970: its
    // strings are what it received, however many lines look like code.
    let lines = [
        "(connected 1772360132 \"127.0.0.1\" 21)",
        "(recv 1772360132 \"220 ready.\\r\")",
        "(send 1772360132 \"USER alice\")",
        "(recv 1772360132 \"331 Username ok, send password.\\r\")",
        "(send 1772360132 \"PASS secret\")",
        "(recv 1772360135 \"530 Authentication failed.\\r\")",
        "(send 1772360135 \"QUIT\")",
        "(recv 1772360135 \"221 Goodbye.\\r\")",
    ];
    let got: Vec<_> = codes(&lines).into_iter().flatten().collect();
    assert_eq!(got, [220, 331, 530, 221]);
}

#[test]
fn a_reply_in_corner_brackets_is_a_sentences_quote() {
    let line = "當發送pasv之後,返回「227 entering passive mode (60,165,133,154,13,31)」。這意味著";
    assert_eq!(code(line), None);
}

#[test]
fn a_syslog_frames_length_is_no_reply() {
    // RFC 6587's octet counting: the frame's length, then the message with its priority.
    let line = "150 <94>1 2026-03-01T10:15:32.518588+00:00 host pure-ftpd 812 - - \
                (?@127.0.0.2) [INFO] New connection from 127.0.0.2";
    assert_eq!(code(line), None);
    let line = "155 <95>1 2026-03-01T10:15:32.518860+00:00 host pure-ftpd 812 - - \
                (?@127.0.0.2) [DEBUG] 220 You will be disconnected after 15 minutes";
    assert_eq!(code(line), Some(220));
}

#[test]
fn a_record_that_starts_with_a_direction_word_is_a_logs_not_a_programs_table() {
    // A program logging the decoded bytes it received with Rust's Debug (`Ok("...")`).
    let lines = [
        "recv Ok(\"220 ready.\\r\\n\")",
        "send \"USER ftpuser\"",
        "recv Ok(\"331 Username ok, send password.\\r\\n\")",
        "send \"PASS secret\"",
        "recv Ok(\"230 Login successful.\\r\\n\")",
    ];
    let got: Vec<_> = codes(&lines).into_iter().flatten().collect();
    assert_eq!(got, [220, 331, 230]);
    // A variable so named, in a program's text, holds the program's string.
    let mut lines = vec!["    switch cmd {"; 12];
    lines.push("        answer = \"500 Unknown command MDTM\"");
    assert_eq!(codes(&lines).last(), Some(&None));
}

#[test]
fn a_label_that_says_the_reply_was_leads_a_reply() {
    let line = "[2015-11-12 07:31:24,696]  ERROR -    jetbrains.buildServer.AGENT - Failed to upload \
                artifacts via FTP. Reply was: 501 Server cannot accept argument.";
    assert_eq!(code(line), Some(501));
    // (Prose that says what a code was stays prose.)
    assert_eq!(code("The port was: 550 and it failed"), None);
}

#[test]
fn a_quoted_path_after_an_arrow_from_its_command_starts_the_replys_words() {
    let line = "2026-03-01 10:15:41 +0000 - dagster - INFO - job - 5ec1fac6 - list_data - \
                CWD /data -> 250 \"/data\" is the current directory.";
    assert_eq!(code(line), Some(250));
}

#[test]
fn a_logger_s_context_after_the_message_is_no_text_of_the_reply() {
    // Monolog's `%message% %context% %extra%`: a JSON object or empty brackets after it.
    assert_eq!(
        reply(r#"[2026-03-01 10:15:32.101] sync.DEBUG: < 530 Login incorrect. {"job":"nightly"} "#),
        Some((530, "Login incorrect.".into()))
    );
    assert_eq!(
        reply("[2026-03-01 10:15:32.101] sync.DEBUG: < 226 Transfer complete. [] []"),
        Some((226, "Transfer complete.".into()))
    );
    // curl's words around a number stay what they are, context or not.
    assert_eq!(
        code(r#"[2026-03-01 10:15:32.101] sync.DEBUG: * Access denied: 530 {"job":"nightly"} "#),
        None
    );
    // (A reply's own braces and brackets stay its words.)
    assert_eq!(
        reply("< 257 \"/a {b}\" created"),
        Some((257, "\"/a {b}\" created".into()))
    );
}

#[test]
fn a_code_that_ends_a_sentence_is_named_not_sent() {
    assert_eq!(code("listFiles /pub -> 0 entries, reply 425"), None);
    // A test runner's step, with the note of where its code is.
    assert_eq!(
        code("    Then the server answers 226        # features/steps/ftp_steps.py:40"),
        None
    );
    // A label before the code, or the reply's words after it, make a reply.
    assert_eq!(code("listFiles /pub -> reply: 425"), Some(425));
    assert_eq!(
        code("listFiles /pub -> 0 entries, reply 425 Can't open data connection."),
        Some(425)
    );
}

#[test]
fn a_verb_that_a_program_says_something_of_is_no_command() {
    // ProFTPD's records of a login: a verb, its argument ended by a colon, then words.
    assert_eq!(
        command("proftpd[812] 10.0.0.5: USER alice: Login successful."),
        None
    );
    assert_eq!(
        command("proftpd[812] 10.0.0.5: USER alice (Login failed): Incorrect password"),
        None
    );
    // A command sent, and one whose argument holds a colon glued to what follows.
    assert_eq!(
        command("proftpd[812] 10.0.0.5: USER alice"),
        Some("USER alice".into())
    );
    assert_eq!(
        command("> MDTM c:/logs/a.txt"),
        Some("MDTM c:/logs/a.txt".into())
    );
    // A word in capitals where commands stood, said something of: no command either.
    assert_eq!(
        classified(
            &[
                "proftpd[812] 10.0.0.5: USER alice",
                "proftpd[812] 10.0.0.5: XYZZY",
                "proftpd[812] 10.0.0.5: ROOT PRIVS: ID switching disabled",
            ],
            |kind| matches!(kind, Kind::Command(..))
        ),
        [true, true, false]
    );
}

#[test]
fn a_reply_after_its_own_code_in_the_field_before_is_the_reply() {
    // A script's columns: what it ran, the code it got, the reply.
    assert_eq!(
        codes(&["size\t213\t213 9", "quit\t221\t221 Goodbye."]),
        [Some(213), Some(221)]
    );
    assert_eq!(
        reply("quit\t221\t221 Goodbye."),
        Some((221, "Goodbye.".into()))
    );
    // (Another number in the field before is a column of its own.)
    assert_eq!(code("/pub/size-421.bin\t421\t213 bytes"), None);
}

#[test]
fn a_list_of_a_reply_s_lines_printed_on_one_line_holds_all_of_it() {
    // jshell's value of a client's array of reply lines, the closing line its last item.
    let line = r#"$11 ==> String[3] { "211-Features supported:", " EPRT", "211 End FEAT." }"#;
    assert_eq!(
        classified(&[line], |kind| match kind {
            Kind::Reply(f) => f
                .closed_inline
                .map(|t| String::from_utf8_lossy(t).into_owned()),
            _ => None,
        }),
        [Some("End FEAT.".to_string())]
    );
    // Closed without its closing line: later lines are no part of it.
    assert_eq!(
        codes(&[
            r#"$11 ==> String[2] { "211-Features supported:", " EPRT" }"#,
            "CWD pub",
            "250 \"/pub\" is the current directory.",
        ]),
        [Some(211), None, Some(250)]
    );
    // A JSON object's next key is no item of a list.
    assert_eq!(
        classified(
            &[r#"{"msg":"211-Features supported:","level":"info"}"#],
            |kind| match kind {
                Kind::Reply(f) => Some(f.closed_inline.is_some()),
                _ => None,
            }
        ),
        [Some(false)]
    );
}

#[test]
fn a_command_an_arrow_leads_from_unquoted_is_the_reply_s() {
    // A ProFTPD LogFormat of one's own: `%r => %s %S`.
    let line = "[01/Mar/2026:10:15:32.101] 10.0.0.5:51234 #812 <-> USER alice => 331 Password required for alice";
    assert_eq!(
        classified(&[line], |kind| match kind {
            Kind::Reply(f) => f.command.map(|c| String::from_utf8_lossy(c).into_owned()),
            _ => None,
        }),
        [Some("USER alice".to_string())]
    );
}

#[test]
fn numbers_that_a_field_holds_are_no_codes() {
    // A client's address and port joined by a slash (pyftpdlib's `log_prefix`).
    assert_eq!(
        code("INFO conn=10.0.0.5/41519 acct=<> | FTP session opened (connect)"),
        None
    );
    // A brute-forcer's password tried, and its own words about a reply.
    assert_eq!(
        code("ACCOUNT CHECK: [ftp] Host: 10.0.0.5 User: guest Password: 530 (4 of 7 complete)"),
        None
    );
    assert_eq!(code("fix: server sending \"227 Logout.\" response"), None);
}

#[test]
fn a_log_s_level_before_a_quoted_reply_labels_no_field() {
    // GitHub Actions' workflow commands, a script's debug line.
    assert_eq!(code("::debug::'221 Goodbye.'"), Some(221));
    assert_eq!(code("DEBUG: '226 Transfer complete.'"), Some(226));
    // (A field of another name still holds no reply: a file's content.)
    assert_eq!(code("content: '550 not a reply'"), None);
}

#[test]
fn a_code_alone_passed_to_a_call_is_what_a_program_expects() {
    assert_eq!(
        code(r#"  if (!sendFtpCommand("STOR ", ftpSaveName, "150")) return false;"#),
        None
    );
    assert_eq!(code("    expect(sock, '230')"), None);
    // (A reply's words in the string make it one: a tracer's read.)
    assert_eq!(code(r#"read(3, "220 ready\r\n", 4096) = 11"#), Some(220));
}

#[test]
fn the_files_a_bsd_client_names_for_a_transfer_are_no_replies() {
    assert_eq!(code("local: 550 report.txt remote: 550 report.txt"), None);
    // (Inside a terminal recording's string too: asciinema's `.cast`, round 546.)
    assert_eq!(
        code(
            r#"[33.732388, "o", "
local: 550 report.txt remote: 550 report.txt
"]"#
        ),
        None
    );
    assert_eq!(code("local: notes.txt remote: 226 files.txt"), None);
    // (A reply after a label of another name stays one.)
    assert_eq!(code("remote said: 550 report.txt: No such file"), Some(550));
}

#[test]
fn other_protocols_numbers_stay_theirs() {
    // An IRC server's numerics, whatever their text holds.
    assert_eq!(
        codes(&[
            ":irc.example.net 372 bob :- 421 channels? No, just #help.",
            ":irc.example.net 433 * bob :Nickname is already in use",
        ]),
        [None, None]
    );
    // (A program's keyword and value is no IRC line.)
    assert_eq!(
        code(r#":list 425 "425 Failed to establish connection.\r\n""#),
        Some(425)
    );
    // INN's greeting starts a news dialogue.
    assert_eq!(
        codes(&[
            "200 news.example.net InterNetNews NNRP server INN 2.7.1 ready (posting ok)",
            "215 Newsgroups in form \"group high low status\".",
        ]),
        [None, None]
    );
    // A mail's body, its own text, does not end the mail dialogue.
    assert_eq!(
        codes(&[
            "DEBUG:mail.log:('10.0.0.5', 40620) << b'220 mx.example ESMTP ready'",
            "221 files mirrored, 0 failed.",
            "DEBUG:mail.log:('10.0.0.5', 40620) << b'250 OK'",
        ]),
        [None, None, None]
    );
}

#[test]
fn nothing_asked_inside_a_greeting_s_lines_opens_a_reply() {
    let lines = [
        "220-Welcome to the archive",
        "230- lines in this banner are not replies.",
        "331-style prompts come later.",
        "220 ",
    ];
    let mut d = Detector::new();
    let mut tokens = Vec::new();
    let mut open = None;
    let got: Vec<Option<u16>> = lines
        .iter()
        .map(|line| {
            tokens.clear();
            lex::tokens(line.as_bytes(), &mut tokens);
            let kind = d.classify(line.as_bytes(), &tokens, &mut |_| Context {
                open,
                ..Context::default()
            });
            match kind {
                Kind::Reply(f) => {
                    if f.sep == Sep::More && open.is_none() {
                        open = Some((f.code, f.shape));
                    }
                    Some(f.code.get())
                }
                _ => None,
            }
        })
        .collect();
    assert_eq!(got, [Some(220), None, None, Some(220)]);
}

#[test]
fn a_greeting_after_a_line_that_connects_is_the_connection_s() {
    // A write-up's shell session: a command line, then the server's greeting.
    let lines = [
        "See the note on `USER` below.",
        "USER guest",
        "$ nc ftp.example.net 21",
        "220 (vsFTPd 2.3.4)",
    ];
    assert_eq!(codes(&lines)[3], Some(220));
    // (Without the line that connects, the same words after a shape of commands stay
    // unsure.)
    assert_eq!(codes(&[lines[0], lines[1], "", lines[3]])[3], None);
}

#[test]
fn a_record_of_strings_keeps_the_code_and_the_text_apart() {
    // A monitor's records through `jq -c`: the port, the command, codes, texts.
    let line = r#"[41022,"RETR",["550"],["Failed to open file."]]"#;
    assert_eq!(reply(line), Some((550, "Failed to open file.".into())));
    assert_eq!(answered(line), Some((550, Some("RETR".into()))));
    assert_eq!(
        reply(r#"[41022,null,["220"],["(vsFTPd 3.0.3)"]]"#),
        Some((220, "(vsFTPd 3.0.3)".into()))
    );
    assert_eq!(
        reply(r#"[41022,"MDTM",["213"],["20260301101532"]]"#),
        Some((213, "20260301101532".into()))
    );
    // A list of codes is no code and its text.
    assert_eq!(reply(r#"codes = ["550", "553"]"#), None);
}

#[test]
fn a_tsv_record_whose_argument_field_is_empty() {
    assert_eq!(
        answered("2026-03-01T10:15:32Z\t41022\tAUTH TLS\t\t530\tPlease login with USER and PASS."),
        Some((530, Some("AUTH TLS".into())))
    );
}

#[test]
fn a_source_file_and_its_line_in_columns_end_the_prefix() {
    // Python logging's `%(filename)-15s %(lineno)-4d %(message)s`.
    assert_eq!(
        reply("10:15:32.245 ftp.server   DEBUG    server.py       869  220 welcome"),
        Some((220, "welcome".into()))
    );
    // A size after a file's name is no line number.
    assert_eq!(code("report.txt       421  bytes"), None);
}

#[test]
fn a_reply_that_quotes_a_date_argument_before_its_error() {
    // ProFTPD refusing an MFMT whose time it cannot read; a listing's date stays a date.
    assert_eq!(
        reply("*resp* '501 2020-01-01: Invalid argument'"),
        Some((501, "2020-01-01: Invalid argument".into()))
    );
    assert_eq!(code("421 2026-12-01 21:45:28 size-421.bin"), None);
}

#[test]
fn a_command_and_the_code_that_says_it_worked_at_a_line_s_end() {
    // pyftpdlib's log_cmd() of a command that succeeded.
    assert_eq!(
        answered("[I 2026-03-01 10:15:32] 10.0.0.5:51234-[alice] CWD /srv/pub 250"),
        Some((250, Some("CWD /srv/pub".into())))
    );
    // A client sending a command whose argument is a number.
    assert_eq!(answered("---> SITE IDLE 120"), None);
}

#[test]
fn a_host_before_each_reply_in_bsd_ftp_s_proxy_mode() {
    // tnftp and inetutils-ftp name the host before each reply of a `proxy` command's
    // connection; with the command just before, the code after the colon is a reply.
    assert_eq!(
        codes(&[
            "---> USER alice",
            "10.0.0.5:331 Password required for alice.",
            "---> PASS XXXX",
            "10.0.0.5:230 User alice logged in.",
        ]),
        [None, Some(331), None, Some(230)]
    );
    // Alone, an address and a port before words is no reply.
    assert_eq!(code("10.0.0.5:443 connection refused"), None);
    assert_eq!(code("127.0.0.1:530 LISTEN"), None);
}

#[test]
fn a_quoted_path_that_words_follow_starts_the_reply_s_text() {
    // A record of fields of one's own (ProFTPD's ExtendedLog `"%r" %s %S`): RFC 959's 257
    // starts with the path it made, in quotes.
    assert_eq!(
        reply(
            r#"2026-03-01 10:15:32,101 10.0.0.5 bob "MKD reports" 257 "/reports" - Directory successfully created"#
        ),
        Some((257, r#""/reports" - Directory successfully created"#.into()))
    );
}

#[test]
fn an_iis_record_whose_protocol_follows_its_numbers() {
    // IIS 5's W3C fields without their header: `sc-status sc-win32-status cs-version`.
    assert_eq!(
        answered(
            "2005-01-02 08:10:11 10.0.0.9 - MSFTPSVC1 HOST 10.0.0.2 21 [7]USER guest - 331 0 FTP - - - -"
        ),
        Some((331, Some("USER guest".into())))
    );
    // A reply whose text starts with the protocol's name stays the reply it is.
    assert_eq!(
        reply("<--- 220 FTP server ready"),
        Some((220, "FTP server ready".into()))
    );
}

#[test]
fn an_xml_attribute_named_line_holds_a_source_line() {
    assert_eq!(
        code(
            r#"<StackTraceItem class="java.net.Socket" method="connect" file="Socket.java" line="631" exact="false"/>"#
        ),
        None
    );
    // logfmt's `line` is a reply's line.
    assert_eq!(
        code("level=debug line=\"331 Password required\""),
        Some(331)
    );
}

#[test]
fn a_code_offered_as_another_one_s_alternative_is_prose() {
    assert_eq!(
        code("The client accepts a 500 (command unknown) or 530 (not logged in) from the server."),
        None
    );
    assert_eq!(
        code("Both 550 and 553 (file name not allowed) mean the upload failed."),
        None
    );
    // A reply whose text has the word stays a reply.
    assert_eq!(code("<--- 530 Login or password incorrect"), Some(530));
}

#[test]
fn a_tuple_of_a_code_and_its_text() {
    // Haskell's MissingH returns `(Int, [String])`; a program prints what it got.
    assert_eq!(
        reply(r#"(250,["Directory successfully changed."])"#),
        Some((250, "Directory successfully changed.".into()))
    );
    assert_eq!(
        reply("(550, 'Failed to open file.')"),
        Some((550, "Failed to open file.".into()))
    );
    // A tuple of numbers is none, nor a list of them (a table's column).
    assert_eq!(code("(226, 1024)"), None);
    assert_eq!(code("code: [[230,257,550,...,226],[226,550]]"), None);
    assert_eq!(code("codes=[220, 331, 230]"), None);
    // Nor is a row of more columns after the text, as SQL inserts one.
    assert_eq!(
        code("INSERT INTO reply_stats VALUES (550, 'No such file', 1)"),
        None
    );
    assert_eq!(code("(530, \"Login incorrect\", -3)"), None);
}

#[test]
fn a_client_s_error_that_names_ftp_quotes_the_reply_whatever_its_text() {
    // A monitor's protocol test against a port whose server answers as a mail server.
    assert_eq!(
        code(
            "'ftp-edge' failed protocol test [FTP] at [10.0.0.7]:21 [TCP/IP] -- FTP greeting error: 554 5.7.1 Access denied"
        ),
        Some(554)
    );
    // A mail server's own reply, in the system log a mail log shares, stays none.
    assert_eq!(
        code(
            "postfix/smtp[812]: to=<a@example.org>, status=bounced (host mx said: 550 5.1.1 User unknown)"
        ),
        None
    );
    assert_eq!(code("SMTP error: 550 5.1.1 User unknown"), None);
}

#[test]
fn an_error_object_whose_message_is_null_shows_no_reply() {
    assert_eq!(
        code("com.example.ftp.FTPException [code=530, message= null]"),
        None
    );
    assert_eq!(code("FtpError { code: 550, message: None }"), None);
    // With its message, it quotes the reply.
    assert_eq!(
        reply("FTPException [code=530, message=Login incorrect.]"),
        Some((530, "Login incorrect.]".into()))
    );
}

#[test]
fn a_table_s_header_is_no_command() {
    assert_eq!(command("PORT      STATE SERVICE VERSION"), None);
    assert_eq!(command("PORT     STATE  SERVICE"), None);
    assert_eq!(
        command("PORT 10,0,0,5,4,1"),
        Some("PORT 10,0,0,5,4,1".into())
    );
}

#[test]
fn a_detection_rule_s_pattern_is_no_reply() {
    // Wazuh's and OSSEC's rules match log lines against the words a reply has.
    assert_eq!(code("    <match>530 Login incorrect</match>"), None);
    assert_eq!(code("  <regex>550 Permission denied</regex>"), None);
    assert_eq!(code("<reply>530 Login incorrect.</reply>"), Some(530));
}

#[test]
fn webdav_statuses_are_http_s() {
    assert_eq!(
        code(
            r#"127.0.0.1 - ana - [2026-03-01 10:15:32] "LOCK /a.txt" depth=0, elap=0.004sec -> 200 OK"#
        ),
        None
    );
    assert_eq!(
        code(r#"127.0.0.1 - ana - [2026-03-01 10:15:32] "PROPFIND /" depth=1 -> 207 Multi-Status"#),
        None
    );
    assert_eq!(
        code("DEBUG : Raising DAVError 404 Not Found: /missing.txt"),
        None
    );
    assert_eq!(
        code("<p>403 Forbidden: Access denied to the specified resource</p>"),
        None
    );
    // An FTP reply whose text starts with words HTTP also has stays a reply.
    assert_eq!(code("<--- 550 Not a plain file."), Some(550));
}

#[test]
fn verbs_in_a_list_or_a_plan_are_no_commands() {
    assert_eq!(command("- [x] USER"), None);
    assert_eq!(command("- [ ] PORT"), None);
    assert_eq!(command("RETR, STOR,"), None);
    assert_eq!(command("---> RETR a.txt"), Some("RETR a.txt".into()));
}

#[test]
fn a_code_glossed_in_parentheses_in_another_language_is_a_note() {
    assert_eq!(code("500 (文法エラー、そのコマンドは認識されない)"), None);
    assert_eq!(code("220 (vsFTPd 3.0.3)"), Some(220));
}

#[test]
fn a_record_between_bars_after_a_prefix_of_its_own() {
    // ProFTPD's ExtendedLog with a format of one's own: a prefix, then the command, the
    // code, `key=value` fields, the reply's words, each cell between bars.
    assert_eq!(
        reply(
            r#"1796000000 ftp 10.0.0.9 [4242] PASS - | 530 | status=- failure="-" | Login incorrect."#
        ),
        Some((530, "Login incorrect.".into()))
    );
    assert_eq!(
        answered(
            r#"1796000000 ftp 10.0.0.9 [4242] CWD /srv | 250 | status=- | CWD command successful"#
        ),
        Some((250, Some("CWD /srv".into())))
    );
    // A list that defines codes stays none.
    assert_eq!(code("530 | Not logged in"), None);
}

#[test]
fn numbers_of_other_records_beside_replies_are_none() {
    // A DNS record as dig prints it: its TTL, its MX preference, its SRV numbers, its TXT.
    assert_eq!(
        code("files.example.org.\t300\tIN\tMX\t550 mx.example.org."),
        None
    );
    assert_eq!(
        code("_ftp._tcp.example.org.\t300\tIN\tSRV\t226 10 21 files.example.org."),
        None
    );
    assert_eq!(
        code("files.example.org.\t300\tIN\tTXT\t\"530 Login incorrect.\""),
        None
    );
    // curl's `-w '%{http_code} %{size_download} %{url}'`: numbers, then an address.
    assert_eq!(code("404 335 http://127.0.0.1:8000/missing.html"), None);
    // An argument of a command typed at a prompt; not what stands beside it after a tab.
    assert_eq!(
        code("$ hydra-like -x ignore:code=530 -x retry:code=421 ftp://10.0.0.1"),
        None
    );
    assert_eq!(
        code("$ curl -v ftp://h/a.txt -o a.txt\t229 Entering Extended Passive Mode (|||40000|)"),
        Some(229)
    );
    // (The program named by its path: check_tcp's expect string, held-out round 539.)
    assert_eq!(
        code("$ /usr/lib/nagios/plugins/check_tcp -H 127.0.0.1 -p 13561 -E -e 213 End -q QUIT"),
        None
    );
    assert_eq!(code("$ ./probe.sh -e 230 Login successful"), None);
    // A list of names a listing gave; a place in GnuTLS's source and the function there.
    assert_eq!(code("[job] 3 names: 550 notes.txt, pub, incoming"), None);
    assert_eq!(
        code("|<3>| ASSERT: ../../lib/ext/server_name.c[gnutls_server_name_get]:229"),
        None
    );
}

#[test]
fn replies_behind_raw_header_bytes_a_listeners_strings_and_another_fields_words() {
    // A TLS alert's bytes printed raw, run into the reply a scanner got after them.
    assert_eq!(
        code("400/500: \u{15}\u{3}\u{1}\u{2}\u{2}P500 OOPS: error:0A000076:SSL routines"),
        Some(500)
    );
    // A listener printing the code, then the reply as the string it came as.
    assert_eq!(
        reply(";; << 211 \"211-Extensions supported:"),
        Some((211, "Extensions supported:".into()))
    );
    assert_eq!(command(";; >> USER \"USER dora"), Some("USER dora".into()));
    // A modal word in the record's message, not in the field that quotes the reply.
    assert_eq!(
        code(
            "2026-12-05T10:00:01Z\tWARN\tmain.go:40\twill retry\t{\"error\": \"530 Login incorrect.\"}"
        ),
        Some(530)
    );
}

#[test]
fn a_bullet_that_labels_its_quote_a_masked_tuple_and_a_codes_verb() {
    // An item of a list that names what it quotes: a reply.
    assert_eq!(
        code("  \u{2022} Server response: 227 Entering Passive Mode (10,0,0,8,90,1)"),
        Some(227)
    );
    // A tuple a user masked keeps its port's numbers: a real reply's, no form.
    assert!(!tuple_placeholder(
        b"Entering Passive Mode (<my,own,ip>,141,112)."
    ));
    assert!(tuple_placeholder(
        b"Entering Passive Mode (h1,h2,h3,h4,p1,p2)."
    ));
    // A sentence whose subject is the code.
    assert_eq!(
        code("The next line with status code 530 represents a login that failed"),
        None
    );
    assert!(verb_after(b"stands for User name okay, need password"));
}

#[test]
fn a_stack_frames_line_element_is_no_reply() {
    // java.util.logging's XMLFormatter: an exception's frames give their source lines.
    assert_eq!(
        codes(&[
            "    <frame>",
            "      <class>FtpJob</class>",
            "      <method>main</method>",
            "      <line>230</line>",
            "    </frame>",
        ]),
        [None, None, None, None, None]
    );
    assert_eq!(code("<status>550</status>"), Some(550));
}

#[test]
fn a_reply_a_url_wrapper_reports_is_one_whatever_its_text() {
    // PHP's ftp:// wrapper: "FTP server reports %s" with the last reply line it read
    // (ext/standard/ftp_fopen_wrapper.c), here a SIZE's 213 whose text is a number.
    let php = "PHP Warning:  fopen(ftp://u:p@10.0.0.4/a.csv): Failed to open stream: \
               Remote file already exists and overwrite context option not specified \
               FTP server reports 213 48213 in /srv/app/sync.php on line 12";
    assert_eq!(code(php), Some(213));
    // A code after prose that names what a reply held stays prose.
    assert_eq!(
        code("The server responded with 227 containing the address to connect to."),
        None
    );
}

#[test]
fn a_commands_offset_is_where_its_text_starts() {
    // The verb, then the command again as a string: the command is the string's, and the
    // offset the scanner is given is its start (what the `detect` fuzz target checks).
    let at = |line: &str| {
        classified(&[line], |kind| match kind {
            Kind::Command(c, at) => Some((String::from_utf8_lossy(c).into_owned(), at)),
            _ => None,
        })
        .remove(0)
    };
    let line = ";; >> USER \"USER dora";
    let start = line.rfind("USER").unwrap_or_default();
    assert_eq!(at(line), Some(("USER dora".into(), start)));
}

#[test]
fn a_name_in_a_list_of_names_is_a_files() {
    use super::text::file_name;
    // A client's list of names, quoted as Python prints it or bare after a label.
    assert!(file_name(
        b"report.txt', 'size-421.bin', '550.txt', '",
        Sep::Last
    ));
    assert!(file_name(
        b"notes.txt', 'report-2024-250.csv', 'hello.txt']",
        Sep::More
    ));
    assert!(file_name(
        b"report.txt, 550.txt, hello.txt, size-421.bin",
        Sep::Last
    ));
    // A reply's words after a comma are no list of names.
    assert!(!file_name(b"Transfer complete, 421 bytes sent.", Sep::Last));
    assert!(!file_name(
        b"Opening data connection for notes.txt, mode BINARY",
        Sep::Last
    ));
}

#[test]
fn a_reply_s_string_in_a_list_has_the_command_of_the_string_before() {
    // ProFTPD's mod_sql debug log: the row a SQLLog query inserts.
    assert_eq!(
        answered(
            r#"2026-12-05 17:00:31,051 mod_sql/4.5[15734]: query "INSERT INTO cmdlog VALUES ('-', '127.0.0.2', 'USER alice', '331 Password required for alice', '2026-12-05 17:00:31,051')""#
        ),
        Some((331, Some("USER alice".into())))
    );
    assert_eq!(
        answered(r#"["RETR report.txt", "550 report.txt: No such file or directory"]"#),
        Some((550, Some("RETR report.txt".into())))
    );
    // (A value before that is no command gives none.)
    assert_eq!(
        answered("VALUES ('-', '127.0.0.2', '331 Password required for alice')"),
        Some((331, None))
    );
}

#[test]
fn a_tight_field_among_fields_of_numbers() {
    // `ss -tinpe`'s details of a socket: measures, each `name:value`.
    assert_eq!(
        code(
            "\t ts sack cwnd:12 bytes_sent:63 lastsnd:424 lastrcv:424 lastack:424 pacing_rate 2bps"
        ),
        None
    );
    // A reply after a tight label stays one.
    assert_eq!(code("Response:550 Failed to open file."), Some(550));
    assert!(tight_fields(b"lastrcv:", b"lastack:424 x"));
    assert!(tight_fields(b"ino:1077127 sk:", b"cgroup:/ <->"));
    assert!(!tight_fields(b"lastrcv: ", b"lastack:424 x"));
    assert!(!tight_fields(b"Response:", b"Failed to open file."));
}

#[test]
fn a_one_letter_name_before_a_quoted_reply_is_no_unit() {
    // `x` and `b` are units after a number, but a one-letter context's name is a
    // placeholder's: the error quotes the reply after it.
    assert_eq!(code("error: job x: 530 Login incorrect."), Some(530));
    assert_eq!(code("error: x: 550 Failed to open file."), Some(550));
    // A measure's name still holds its own number.
    assert_eq!(code("bytes: 421 received"), None);
}

#[test]
fn a_wide_string_s_prefix_is_no_part_of_its_label() {
    // wine's +wininet trace names each file of a listing it parses.
    assert_eq!(
        codes(&[
            "0104:trace:wininet:FTP_SendCommandA 0 (LIST) 0x0, 0x0",
            "0104:trace:wininet:FTP_ParseNextFile File: L\"226\"",
        ]),
        [None, None]
    );
    assert_eq!(
        lead(b"File: L\"", Some(b'"')),
        lead(b"File: \"", Some(b'"'))
    );
}

#[test]
fn ftplib_s_get_without_its_asterisks_quotes_the_reply() {
    // A Markdown renderer took `*get*` and `*resp*` for emphasis.
    assert_eq!(
        codes(&[
            "put 'SYST'",
            "get '215 UNIX Type: L8'",
            "resp '215 UNIX Type: L8'",
        ]),
        [None, Some(215), Some(215)]
    );
    // A client's command that gets a file named so stays none.
    assert_eq!(code("get '550 report.txt'"), None);
    assert_eq!(code("ftp> get 550 report.txt"), None);
}

#[test]
fn a_shell_script_s_line_number_in_dash_s_error_is_no_code() {
    assert_eq!(
        code("/usr/sbin/chkrootkit: 362: lookfor_rootkit: not found"),
        None
    );
    assert_eq!(
        code("./deploy.sh: 226: Syntax error: \"(\" unexpected"),
        None
    );
    assert_eq!(code("backup.sh: 421: cannot open /x: No such file"), None);
    // ncftp's way of writing a reply stays one.
    assert_eq!(code("550: No such file or directory."), Some(550));
}

#[test]
fn a_dictionary_servers_banner_and_commands() {
    assert!(dictionary_banner(
        b"vm dictd 1.13.0/rf on Linux <auth.mime> <32.302.17@vm>"
    ));
    assert!(dictionary_banner(b"dict.org ready <> <1@dict.org>\r"));
    // FTP greetings that end in angle brackets have no message id after capabilities.
    assert!(!dictionary_banner(
        b"ProFTPD Server (Debian) [::ffff:127.0.0.1]"
    ));
    assert!(!dictionary_banner(b"Welcome <admin@example.org>"));
    assert_eq!(
        foreign_command(b"SHOW", b" DB"),
        Some(verbs::Foreign::Dictionary)
    );
    assert_eq!(
        foreign_command(b"DEFINE", b" * greeting"),
        Some(verbs::Foreign::Dictionary)
    );
    // SQL's SHOW is none of DICT's.
    assert_eq!(foreign_command(b"SHOW", b" TABLES"), None);
    assert_eq!(foreign_command(b"MATCH", b""), None);
}

#[test]
fn a_command_ends_the_column_before_a_code() {
    use verbs::column_command;
    assert_eq!(
        column_command(b"2026-12-05 22:06:02,517 OPTS UTF8 ON     "),
        Some(&b"OPTS UTF8 ON"[..])
    );
    assert_eq!(
        column_command(b"   12:00 RETR a.txt  "),
        Some(&b"RETR a.txt"[..])
    );
    // One blank before the code sets no column apart; a verb three words back ends no
    // column; a column of other words holds no command.
    assert_eq!(column_command(b"12:00 RETR a.txt "), None);
    assert_eq!(column_command(b"12:00 RETR a b c  "), None);
    assert_eq!(column_command(b"-rw-r--r--  1 ftp ftp  "), None);
}

#[test]
fn vdrs_svdrp_commands() {
    for verb in [&b"LSTC"[..], b"NEWT", b"HITK", b"MESG", b"VOLU"] {
        assert_eq!(
            foreign_command(verb, b" 1"),
            Some(verbs::Foreign::Recorder),
            "{}",
            String::from_utf8_lossy(verb)
        );
    }
    // Its words any log may hold, and the commands FTP shares, start no dialogue.
    for verb in [&b"PING"[..], b"SCAN", b"STAT", b"QUIT", b"HELP"] {
        assert_eq!(foreign_command(verb, b" 1"), None);
    }
    assert!(verbs::Foreign::Recorder.overrides_ftp());
    assert!(verbs::Foreign::Recorder.shares(b"STAT"));
    assert_eq!(verbs::Foreign::Recorder.last_reply(), Some(221));
}

#[test]
fn tors_control_commands() {
    for verb in [
        &b"AUTHENTICATE"[..],
        b"PROTOCOLINFO",
        b"GETINFO",
        b"SETEVENTS",
    ] {
        assert_eq!(
            foreign_command(verb, b" x"),
            Some(verbs::Foreign::Control),
            "{}",
            String::from_utf8_lossy(verb)
        );
    }
    assert_eq!(
        foreign_command(b"SIGNAL", b" NEWNYM"),
        Some(verbs::Foreign::Control)
    );
    // A signal's name no Tor knows leaves the word to whatever else it is.
    assert_eq!(foreign_command(b"SIGNAL", b" LOST"), None);
    assert!(verbs::Foreign::Control.overrides_ftp());
    assert!(!verbs::Foreign::Dictionary.overrides_ftp());
    // Tor's longest commands are words a line's tokens hold.
    let mut tokens = Vec::new();
    lex::tokens(b"AUTHENTICATE \"pw\"", &mut tokens);
    assert!(
        tokens
            .iter()
            .any(|t| t.at == 0 && t.kind == TokenKind::Word)
    );
}

#[test]
fn a_system_error_number_is_no_code() {
    // Varnish's `varnishlog` (round 481): the number errno names, then strerror's words.
    assert_eq!(
        code("--  FetchError     backend dead: fail errno 111 (Connection refused)"),
        None
    );
    assert_eq!(code("connect failed: errno=113 No route to host"), None);
    // A word that merely ends in the letters names no errno.
    assert_eq!(code("Xerrno 530 Login incorrect."), Some(530));
}

#[test]
fn a_message_brokers_replies_are_no_ftp_replies() {
    // pika 1.4.4's exceptions and RabbitMQ's reply texts (round 490's captures): AMQP
    // numbers its replies as FTP does, and names each code in its text.
    for line in [
        "pika.exceptions.ProbableAccessDeniedError: ConnectionClosedByBroker: (530) \"NOT_ALLOWED - access to vhost 'restricted' refused for user 'ftpuser'\"",
        "pika.exceptions.ChannelClosedByBroker: (404, \"NOT_FOUND - no queue 'missing' in vhost '/'\")",
        "error: 406 PRECONDITION_FAILED - inequivalent arg 'durable'",
    ] {
        assert_eq!(code(line), None, "{line}");
    }
    // The same codes with an FTP server's words stay replies.
    assert_eq!(code("ftplib.error_perm: 530 Login incorrect."), Some(530));
    // (A name goes with its own code only.)
    assert_eq!(code("550 NOT_FOUND - no such file"), Some(550));
    assert_eq!(code("530 NOT_ALLOWED_USERS: access denied"), Some(530));
}

#[test]
fn a_web_servers_record_of_a_request_is_no_reply() {
    // gunicorn 27.0.1 with `--access-logformat '%(t)s %(s)s %({x-reason}o)s "%(r)s" ...'`
    // (round 496): the status and a reason phrase first, the request line after them.
    let line = "[05/Dec/2026:23:31:06 +0000] 530 Not logged in \"POST /login HTTP/1.1\" 28 0ms pid=<10196>";
    assert_eq!(code(line), None);
    assert_eq!(
        code(
            "[05/Dec/2026:23:31:06 +0000] 226 Transfer complete \"GET /transfer/status HTTP/2\" 34"
        ),
        None
    );
    // A quote that is no request line leaves the reply be.
    assert_eq!(
        code("530 Not logged in \"POST /login\" (HTTP/1.1 elsewhere)"),
        Some(530)
    );
}

#[test]
fn a_test_runners_ids_and_counts_are_no_replies() {
    // pytest 9.2.0 -v and cargo test 1.95.0 (round 503): a parametrized case's id in
    // brackets, and a summary's counts.
    assert_eq!(
        code("test_reply_table.py::test_reply_class[110-restart-marker] PASSED         [  0%]"),
        None
    );
    assert_eq!(
        code(
            "test result: ok. 421 passed; 0 failed; 5 ignored; 0 measured; 0 filtered out; finished in 0.01s"
        ),
        None
    );
    // A reply that says it failed stays one.
    assert_eq!(code("550 Failed to open file."), Some(550));
}

#[test]
fn an_xmpp_stanzas_codes_are_no_ftp_replies() {
    // slixmpp 1.17.0 and profanity 0.13.1 at DEBUG (round 493's captures): XEP-0086's
    // legacy error codes and a chat room's status codes, in the stanzas they log.
    for line in [
        "2026-12-05 23:12:13,491 DEBUG    slixmpp.xmlstream.xmlstream RECV: <iq xml:lang=\"en\" from=\"bob@localhost/responder\" type=\"error\"><error code=\"501\" type=\"cancel\"><feature-not-implemented xmlns=\"urn:ietf:params:xml:ns:xmpp-stanzas\" /></error></iq>",
        "xmpp: DBG: RECV: <presence to=\"dave@localhost/profanity\" from=\"ops@conference.localhost/dave\"><x xmlns=\"http://jabber.org/protocol/muc#user\"><status code=\"110\"/></x></presence>",
    ] {
        assert_eq!(code(line), None, "{line}");
    }
}

#[test]
fn binary_bytes_around_a_code_are_no_part_of_its_line() {
    // A ttyrec file read raw: each chunk of the terminal's output after a 12-byte header
    // (seconds, microseconds, length, little-endian), whose length byte may be any: `$`,
    // `#`, `,` (round 492's recordings of inetutils ftp and lftp).
    assert_eq!(
        code("T\u{96}\u{14}k\u{10}\u{f7}\u{1}\0$\0\0\x00230 Login successful."),
        Some(230)
    );
    assert_eq!(
        code("\u{1}\0#\0\0\x00257 \"/\" is the current directory."),
        Some(257)
    );
    assert_eq!(
        code("\u{c}\0,\0\0\x00214-The following commands are recognized:"),
        Some(214)
    );
    // A price and a number stay what they were.
    assert_eq!(code("$230 Login successful."), None);
    // The text ends where the next header starts, its time's bytes first (so that lftp's
    // `421-notes.txt`, printed after a listing, reads as the file name it is). (The time's
    // low bytes here are ASCII, for a `&str`.)
    assert_eq!(
        reply("\0\r\0\0\x00226 Transfer complete.Q\u{14}k\u{1d}"),
        Some((226, "Transfer complete.Q".to_string()))
    );
}

#[test]
fn a_map_key_and_a_code_the_program_names_are_no_replies() {
    // pytest's report of a failed assertion (round 516): a dict's keys, and the word
    // `code` naming the number in the program's own message.
    assert_eq!(code("E   assert 530 in {421: 'busy', 226: 'done'}"), None);
    assert_eq!(
        code("const table = { 550: \"missing\", 421: \"busy\" };"),
        None
    );
    assert_eq!(
        code("E   AssertionError: code 530 missing from table"),
        None
    );
    // A reply's own words after `code` (a capital first) quote it (review of 5aa243b).
    assert_eq!(
        code("ERROR upload failed: server replied with code 550 Failed to open file."),
        Some(550)
    );
    // A quoted reply with its words stays one, as does a key's value.
    assert_eq!(code("AssertionError: 530 Login incorrect."), Some(530));
    assert_eq!(code("{\"reply\": \"550 No such file\"}"), Some(550));
}

#[test]
fn a_links_text_is_no_reply() {
    // Squid's FTP gateway logging the page it makes of a listing (round 519).
    assert_eq!(
        code(
            "listing append: t = {442, '<tr class=\"entry\"><td class=\"icon\"><a href=\"421-notes.txt\"><img border=\"0\" alt=\"[FILE]\"></a></td><td class=\"filename\"><a href=\"421-notes.txt\">421-notes.txt</a></td></tr>"
        ),
        None
    );
    assert_eq!(code("<li><a href='x'>550 report.txt</a></li>"), None);
    assert_eq!(
        code(concat!(
            "listing append: t = {442, '<tr class=\"entry\"><td class=\"actions\">",
            "<a href=\"421-notes.txt;type=i\"><img border=\"0\" alt=\"[DOWNLOAD]\"></a></td></tr>"
        )),
        None
    );
    // Other attributes may hold a reply: JUnit's report of a failed test (review of
    // 656ec33).
    assert_eq!(
        code("<testcase name=\"upload\"><failure message=\"550 Permission denied.\" type=\"x\">"),
        Some(550)
    );
    // A reply at the start of a page's preformatted text stays one.
    assert_eq!(code("<pre><code>220 (vsFTPd 3.0.3)"), Some(220));
}

#[test]
fn a_mail_dialogue_after_an_ftp_session_that_did_not_end_is_no_ftp_one() {
    // A service check's output (round 520): curl's FTP upload, which never prints the
    // closing 221, then Python's smtplib at debug level 1.
    let lines = [
        "< 220 pyftpdlib 2.2.0 ready.",
        "> USER ftpuser",
        "< 331 Username ok, send password.",
        "curl: (25) Failed FTP upload: 550",
        "send: 'ehlo monitor.example.test\\r\\n'",
        "reply: b'250-localhost\\r\\n'",
        "reply: b'250-8BITMIME\\r\\n'",
        "reply: b'250 HELP\\r\\n'",
        "send: 'rset\\r\\n'",
        "reply: b'250 OK\\r\\n'",
        "send: 'quit\\r\\n'",
        "reply: b'221 Bye\\r\\n'",
    ];
    assert_eq!(
        codes(&lines),
        [
            Some(220),
            None,
            Some(331),
            Some(550),
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None
        ]
    );
    // A mail command typed at the FTP server leaves its dialogue on.
    assert_eq!(
        codes(&[
            "< 220 pyftpdlib 2.2.0 ready.",
            "> EHLO example.test",
            "< 500 Command \"EHLO\" not understood.",
            "> PWD",
            "< 257 \"/\" is the current directory.",
        ]),
        [Some(220), None, Some(500), None, Some(257)]
    );
    // Nor does a scanner's EHLO in one session of a server's log turn another session's
    // multi-line reply into mail (review of ab4fe04).
    let v = |pid: u32, what: &str| format!("Tue Dec  1 22:00:26 2026 [pid {pid}] FTP {what}");
    let lines = [
        v(
            20601,
            "response: Client \"203.0.113.9\", \"220 (vsFTPd 3.0.3)\"",
        ),
        v(20502, "command: Client \"127.0.0.2\", \"CWD /pub\""),
        v(
            20601,
            "command: Client \"203.0.113.9\", \"EHLO scanner.example\"",
        ),
        v(
            20502,
            "response: Client \"127.0.0.2\", \"250-Welcome to the public area.\"",
        ),
        v(
            20502,
            "response: Client \"127.0.0.2\", \"250 Directory successfully changed.\"",
        ),
        v(
            20601,
            "response: Client \"203.0.113.9\", \"530 Please login with USER and PASS.\"",
        ),
    ];
    let lines: Vec<&str> = lines.iter().map(String::as_str).collect();
    assert_eq!(
        codes(&lines),
        [Some(220), None, None, Some(250), Some(250), Some(530)]
    );
}

#[test]
fn an_imap_servers_mailbox_names_are_no_replies() {
    // curl -v listing an IMAP server's mailboxes (round 520).
    assert_eq!(
        code("< * LIST (\\HasNoChildren) \"/\" \"550 bounces\""),
        None
    );
    assert_eq!(code("* LIST (\\HasNoChildren) \"/\" \"550 bounces\""), None);
    assert_eq!(code("* STATUS \"421 archive\" (MESSAGES 3)"), None);
    // curl's own notes start with `* ` too, and may quote a reply.
    assert_eq!(code("* 550 No such file"), Some(550));
}

#[test]
fn a_file_and_the_bytes_moved_of_it_are_no_reply() {
    // A program's note of a download, logged beside Commons Net's PrintCommandListener
    // (round 522).
    assert_eq!(
        code("2026-12-06 05:08:20,767  INFO NetClient : 550 report.txt: 58 bytes received"),
        None
    );
    assert_eq!(
        code("  \"message\" : \"550 report.txt: 58 bytes received\","),
        None
    );
    // A reply that names a file before its words stays one.
    assert_eq!(
        code("550 report.txt: No such file or directory."),
        Some(550)
    );
    assert_eq!(code("226 Transfer complete: 58 bytes received"), Some(226));
}

/// A test's verdict in a field or label named for an outcome is no command (Robot
/// Framework's `<status status="PASS" .../>`, round 650), nor is a documented example's
/// cell or a Markdown heading's word (round 599's R script); a field named for the
/// command, and a verb after a plain label or arrow, still are.
#[test]
fn a_verdict_or_a_heading_is_no_command() {
    let command = |line: &str| {
        let mut tokens = Vec::new();
        lex::tokens(line.as_bytes(), &mut tokens);
        let mut context = |_: &[u8]| Context::default();
        matches!(
            Detector::new().classify(line.as_bytes(), &tokens, &mut context),
            Kind::Command(..)
        )
    };
    for verdict in [
        "<status status=\"PASS\" start=\"2026-12-07T00:00:48.893423\" elapsed=\"0.002208\"/>",
        "{\"name\": \"login\", \"status\": \"PASS\"}",
        "test result: PASS",
        "outcome='PASS'",
        "| send cmd | HELP |</doc>",
        "Wrong Password Is Rejected                          | PASS |",
        "### R step: RETR of the file named 550 report.txt",
        "| send cmd | HELP | the list |",
        "| PWD | Print the working directory | 257 |",
        // (A table of permissions: its first cell names no direction. From the review.)
        "| Read | LIST | list directories |",
    ] {
        assert!(!command(verdict), "{verdict}");
    }
    for sent in [
        "command=\"PASS ******\"",
        "{\"command\": \"PASS ******\"}",
        "---> PASS XXXX",
        "Command: PASS ******",
        "> EPRT |2|::1|14875|",
        // (From the review: a transcript's table, a transcript commented out.)
        "| C | PWD |",
        "## > USER ann",
        "| C | PWD | 12 |",
        "| -> | PWD | 12 ms |",
    ] {
        assert!(command(sent), "{sent}");
    }
}
#[test]
fn a_records_code_field_in_a_string_that_holds_the_record() {
    // Zeek's ftp.log record kept whole as a string in a Splunk export's `_raw` (the shape
    // of held-out round 669's log): the same fields, their quotes escaped.
    assert_eq!(
        reply(
            r#"{"_raw":"{\"command\":\"RETR\",\"reply_code\":550,\"reply_msg\":\"Failed to open file.\"}","host":"zeek01"}"#
        ),
        Some((550, "Failed to open file.".into()))
    );
    // The text runs on past the reply's own quotes, escaped twice (kept as the log writes
    // them, as a JSON string's are).
    assert_eq!(
        reply(
            r#"{"_raw":"{\"reply_code\":257,\"reply_msg\":\"\\\"/pub\\\" is the current directory\"}"}"#
        ),
        Some((257, r#"\\\"/pub\\\" is the current directory"#.into()))
    );
    // A count in such a field stays a count.
    assert_eq!(
        code(r#"{"_raw":"{\"file_size\":550,\"reply_msg\":\"ok\"}"}"#),
        None
    );
}

#[test]
fn a_verb_in_small_letters_where_the_log_writes_commands() {
    // uftpd 2.7's debug of a KDE Dolphin session (held-out round 681, troglobit/uftpd#18).
    assert_eq!(
        described(&[
            "30669> Recv: USER anonymous",
            "30669> Sent: 331 Login OK, please enter password.",
            "30669> Recv: PASS *****",
            "30669> Sent: 230 Guest login OK, access restrictions apply.",
            "30669> Recv: list -la",
            "30669> Sent: 500 command 'list' not recognized by server.",
            // (Words after a label no command came under stay words.)
            "30669> Note: list of files",
        ]),
        [
            "command USER anonymous",
            "reply 331",
            "command PASS *****",
            "reply 230",
            "command list -la",
            "reply 500",
            "other",
        ]
    );
    // Not before the shape has carried commands.
    assert_eq!(described(&["30669> Recv: list -la"]), ["other"]);
}

#[test]
fn records_of_a_servers_own_format_are_its_replies() {
    // ProFTPD's ExtendedLog in a format of one's own, its fields named after the code, and
    // its SQLLog table printed by `sqlite3 -json` (captures of held-out round 688).
    for line in [
        r#"2026-12-07 06:05:18,054 127.0.0.5:42001 pid=19063 proto=ftp user=- orig=alice "USER alice" 331 xfer=-/- fail="-" note=alice ms=1"#,
        r#"2026-12-07 06:05:18,060 127.0.0.5:42001 pid=19063 proto=ftp user=- orig=- "QUIT" 221 xfer=-/- fail="-" note= ms=1"#,
        r#"{"id":3,"ts":"2026-12-07 06:05:18,053","pid":19063,"addr":"127.0.0.5","username":"alice","cmd":"USER","request":"USER alice","code":331,"xfer":"-"},"#,
        r#"{"id":51,"pid":19069,"addr":"127.0.0.4","username":"-","cmd":"OPTS_UTF8","request":"OPTS_UTF8 ON","code":200,"xfer":"-"},"#,
    ] {
        assert!(code(line).is_some(), "{line}");
    }
    // No record: a command's name in a field of a count.
    assert_eq!(code(r#"{"cmd":"USER","count":331,"xfer":"-"}"#), None);
    // ProFTPD's ExtendedLog with `"%r" %s` last (held-out round 687): each line is a reply
    // to its quoted command, a failure too.
    assert_eq!(
        answered(r#"[07/Dec/2026:06:08:43 +0000] 127.0.0.4 24705 - "FEAT" 211"#),
        Some((211, Some("FEAT".into())))
    );
    assert_eq!(
        answered(r#"[07/Dec/2026:06:08:44 +0000] 127.0.0.2 24706 alice "RETR nosuch.txt" 550"#),
        Some((550, Some("RETR nosuch.txt".into())))
    );
    // Not a size where the code would be, nor a code the command never gets, nor a quoted
    // word in a sentence with no client's address before it (from the review).
    for line in [
        r#"127.0.0.1 - alice [07/Dec/2026:06:08:43 +0000] "RETR notes.txt" 512"#,
        r#"127.0.0.1 - alice [07/Dec/2026:06:08:44 +0000] "STOR up.bin" 331"#,
        r#"2024-01-01 12:00:00 rows matching "SIZE" 213"#,
    ] {
        assert_eq!(code(line), None, "{line}");
    }
}
