//! What stands before a candidate code (its lead): markers, labels, keys, words and prefixes
//! that make the code a reply, a count or a mention.

use super::*;

/// Classifies what stands before a code.
pub(super) fn lead(before: &[u8], quote: Option<u8>) -> Lead {
    if let Some(q) = quote {
        let inner = &before[..before.len() - 1];
        // `File: L"226"` (wine's trace, C's wide string): the literal's prefix glued to its
        // quote is no part of the label before it.
        let inner = [&b"u8"[..], b"L", b"u", b"U"]
            .iter()
            .find_map(|p| {
                inner
                    .strip_suffix(*p)
                    .filter(|k| k.last().is_some_and(|b| matches!(b, b' ' | b':' | b'=')))
            })
            .unwrap_or(inner);
        // `"completion_code":["150","226"]` (Suricata's eve.json): a string in an array,
        // named by the array's key.
        if let Some(key) = array_element(inner) {
            return key_lead(lex::last_word(key));
        }
        // `"reply":"550 ...`, `reply='550 ...'`: a key names the string (`Truncated server
        // reply: '550 '`, a label with a blank after it, too).
        let key = inner
            .strip_suffix(b":")
            .or_else(|| inner.strip_suffix(b"="))
            .or_else(|| inner.strip_suffix(b": "));
        if let Some(key) = key {
            let key = key.strip_suffix(&[q]).unwrap_or(key);
            // `"err":{"type":"FTPError","message":"550 ...`: an error's message, which
            // quotes the reply it failed on (pino, bunyan).
            if in_error_object(key) {
                return Lead::Error;
            }
            // `Out[3]: '220 pyftpdlib 2.2.0 ready.'`: the value IPython shows of what a call
            // returned, a reply as the program holds it.
            if ipython_out(key) {
                return Lead::Quote;
            }
            // `ftp.quit(): '221 Goodbye.'` (icecream's `ic(ftp.quit())`): a call, and the
            // string it returned.
            if called(key) {
                return Lead::Quote;
            }
            // `::debug::'221 Goodbye.'` (a GitHub Actions command), `DEBUG: '220 ...'`: a
            // log's level before the string, which labels no field.
            let level = key.strip_suffix(b":").unwrap_or(key);
            if words::is_level(lex::last_word(level)) && level.ends_with(lex::last_word(level)) {
                return Lead::Label;
            }
            // `<StackTraceItem file="Socket.java" line="633"/>`: an XML attribute named
            // `line` gives a source line, as log4j2's and JUnit's records write it.
            if inner.ends_with(b"=")
                && lex::last_word(key).eq_ignore_ascii_case(b"line")
                && in_tag(key)
            {
                return Lead::OtherKey;
            }
            let named = named_key_lead(key);
            // `TECH-DBG from Server-PI (3): '220 ...'`: a label of words, one of which
            // says the string came from the server (the key's own name says nothing).
            if named == Lead::OtherKey && says_from_server(key) {
                return Lead::Direction;
            }
            // `FEAT IN: "211 End FEAT.\r\n"` (suppaftp's trace): a command's verb and a
            // direction in capitals end the key, what the command read.
            let last = lex::last_word(key);
            let verb = lex::last_word(lex::trim_end(&key[..key.len() - last.len()]));
            if named == Lead::OtherKey
                && key.ends_with(last)
                && matches!(last, b"IN" | b"RX" | b"RECV")
                && super::verbs::is_verb(verb)
            {
                return Lead::Direction;
            }
            // `feat: '211-Extensions supported:\n ...'`, `mdtm: '213 2026...'`: a string
            // named by a command's verb, in any case, is what the command got (a wrapper
            // library's log of each call's result: ftpretty). Not a verb that is also a
            // word fields are named by (`user: '331'`, `port: '221'`, `site: '250 Main
            // Street'`).
            if named == Lead::OtherKey && key.ends_with(last) && jargon_verb(last) {
                return Lead::Key;
            }
            return named;
        }
        // `content b'550 not a reply\n'`: a string labelled as what a file holds.
        let bare = inner.strip_suffix(b"b").unwrap_or(inner);
        let bare = lex::trim_end(bare.strip_suffix(b":").unwrap_or(bare));
        let word = lex::last_word(bare);
        if bare.ends_with(word) && one_of(word, &["content", "contents", "payload"]) {
            return Lead::OtherKey;
        }
        // ``Transferring file `200 OK.txt'``, ``Mirroring directory `530 denied'``: a name
        // a program quotes after saying what it names.
        if bare.ends_with(word)
            && one_of(
                word,
                &[
                    "file",
                    "files",
                    "filename",
                    "directory",
                    "dir",
                    "folder",
                    "mirror",
                    "transfer",
                    "path",
                ],
            )
        {
            return Lead::OtherKey;
        }
        // `550.txt: "550 not a reply\r\n"`: a string a file's name labels is what the
        // file holds.
        if let Some(label) = lex::trim_end(inner).strip_suffix(b":") {
            let start = label
                .iter()
                .rposition(|b| lex::is_space(*b))
                .map_or(0, |i| i + 1);
            if file_name(&label[start..], Sep::Last) {
                return Lead::OtherKey;
            }
        }
        return Lead::Quote;
    }
    // `"code":550`, `"status": 530`, `{'code': 550`: a quoted key names the number.
    // (A word before the quotes makes them a sentence's: Go's wrapped error `login as
    // "ftpuser": 530 Authentication failed.` quotes the user, then the reply.)
    let keyed = |key: &[u8], q: u8| {
        let open = key.iter().rposition(|b| *b == q).unwrap_or(0);
        !lex::trim_end(&key[..open])
            .last()
            .is_some_and(u8::is_ascii_alphanumeric)
    };
    if let Some((key, q)) = lex::trim_end(before)
        .strip_suffix(b":")
        .and_then(|k| {
            k.strip_suffix(b"\"")
                .map(|k| (k, b'"'))
                .or_else(|| k.strip_suffix(b"'").map(|k| (k, b'\'')))
        })
        .filter(|&(key, q)| keyed(key, q))
    {
        let start = key.iter().rposition(|b| *b == q).map_or(0, |i| i + 1);
        // (`\"reply_code\":550`: a record kept as a string in another's field, its quotes
        // escaped, Splunk's `_raw`.)
        let name = key[start..].strip_suffix(b"\\").unwrap_or(&key[start..]);
        // (`"line": 100`: a JSON number under `line` is a source line's, as loguru's
        // records give it; logfmt's `line=230 Logged in` is a reply's line.)
        if name.eq_ignore_ascii_case(b"line") {
            return Lead::OtherKey;
        }
        if name.iter().all(|b| lex::is_letter(*b) || *b == b'_') {
            return key_lead(lex::last_word(name));
        }
        // `"zeek.ftp.reply.code": 229`: a flattened path of keys (Filebeat, Elastic's
        // fields), named by its last part.
        if name.contains(&b'.')
            && name
                .iter()
                .all(|b| lex::is_letter(*b) || matches!(b, b'_' | b'.'))
        {
            return key_lead(lex::last_word(name));
        }
        // A position (`{ '0': 331, '1': '...' }`): a value among others, which is a
        // reply's code where the next holds its text (else a key alone, see `key_alone`).
        if start > 0 && !name.is_empty() && name.iter().all(u8::is_ascii_digit) {
            return Lead::Key;
        }
    }
    match before.last() {
        None => return Lead::Start,
        // A packet's header bytes run into the payload.
        Some(&b) if !lex::is_space(b) && packet_junk(before) => return Lead::Start,
        // `FtpServer.cc(492) writeReply:`: a source file's line, as C++ debug logs (Squid)
        // and compilers write it.
        Some(b'(') if source_file(&before[..before.len() - 1]) => return Lead::Glued,
        Some(b'(') => return Lead::Paren,
        // `Send reply: [220 Micropython FTP Server` (a reply shown in brackets), `s =
        // {220 pyftpdlib ready.` (squid's buffer), `&{550 No such file}` (Go's `%v` of a
        // struct): what stands before the bracket leads it, as it would the bare code.
        Some(b'[' | b'{') => {
            let outer = lead(&before[..before.len() - 1], None);
            return if lead_score(outer) > lead_score(Lead::Paren) {
                outer
            } else {
                Lead::Paren
            };
        }
        Some(b'=') => return key_lead(lex::last_word(before)),
        // `<code>230</code>`: an XML element names the number.
        // (`<frame>...<line>120</line>`: a stack frame's source line, as java.util.logging's
        // XMLFormatter writes an exception's frames.)
        Some(b'>') if let Some(name) = element_name(before) => {
            return if name.eq_ignore_ascii_case(b"line") {
                Lead::OtherKey
            } else {
                key_lead(name)
            };
        }
        Some(b' ' | b'\t') => {}
        // The payload of a packet dump starts after its header's dots.
        Some(b'.') if dump_junk(before) => return Lead::Start,
        Some(&b) if lex::is_alnum(b) && header_junk(before) => return Lead::Start,
        Some(&b) if lex::is_alnum(b) || b == b'.' || b == b',' || b == b'_' || b >= 0x80 => {
            return Lead::Glued;
        }
        Some(_) => {}
    }
    let mut trimmed = lex::trim_end(before);
    let mut token;
    let mut skipped = 0;
    // Whether a lone `-` stood between the token and the code (` - `, a log format's
    // separator, or RFC 5424's nil fields).
    let mut dashes = 0;
    // Whether a lone `~` did (log4j's `%c ~ %m`: it stands where others put ` - `, and no
    // listing or table puts it before a size).
    let mut tilde = false;
    loop {
        let start = trimmed
            .iter()
            .rposition(|b| lex::is_space(*b))
            .map_or(0, |i| i + 1);
        token = &trimmed[start..];
        // A time or a date between a marker and the code (`< 2015-01-24 23:27:17.453 220`)
        // says nothing of what the code is: look past it.
        if skipped < 3 && !token.is_empty() && (time_like(token) || token == b"-" || token == b"~")
        {
            dashes += usize::from(token == b"-");
            tilde |= token == b"~";
            trimmed = lex::trim_end(&trimmed[..start]);
            skipped += 1;
            continue;
        }
        // Syslog's `Mar  1 10:15:32`: the month and day before the time too.
        if skipped > 0 && (1..=2).contains(&token.len()) && token.iter().all(u8::is_ascii_digit) {
            let head = lex::trim_end(&trimmed[..start]);
            let month = head
                .iter()
                .rposition(|b| lex::is_space(*b))
                .map_or(0, |i| i + 1);
            if crate::scan::time::is_month(&head[month..]) {
                trimmed = lex::trim_end(&head[..month]);
                continue;
            }
        }
        break;
    }
    if token.is_empty() {
        return Lead::Start;
    }
    // `host prog 812 - - 230 ...` (RFC 5424's process id, then nil fields), `c.x.Ftp -
    // 200 ...` (log4j's logger, then ` - `): a field of the log's header, the separator
    // after it, then the message. (Not `200 - 299`: a range of codes.)
    if dashes > 0 && header_field(token, dashes) || tilde && !token.iter().all(u8::is_ascii_digit) {
        return Lead::Start;
    }
    if pasted_prefix(trimmed) {
        return Lead::Start;
    }
    // `aioftp.server DEBUG | 220 welcome`: a bar after the log's level starts the message.
    if token == b"|" {
        let head = lex::trim_end(&trimmed[..trimmed.len() - 1]);
        if words::is_level(lex::last_token(head)) {
            return Lead::Start;
        }
    }
    // `<`, `<---`, `-->`, `<==`, `>>`, `--`; not a lone `=` (an assignment) or `|` (a
    // table's column). Also at the start of a string (`"MESSAGE" : "< 220`).
    let marks = match token {
        [b'"' | b'\'' | b'`', rest @ ..] if !rest.is_empty() => rest,
        _ => token,
    };
    let arrowish = marks
        .iter()
        .all(|b| matches!(b, b'<' | b'>' | b'-' | b'=' | b'~' | b'|'));
    if arrowish && (marks.iter().any(|b| matches!(b, b'<' | b'>')) || marks.len() >= 2) {
        // `CODE  -> 331` (then `DATA -> text`): an arrow from a label that names the
        // number a reply's code, as a key does.
        let label = lex::last_word(lex::trim_end(&trimmed[..trimmed.len() - token.len()]));
        if names_a_code(label) {
            return Lead::Key;
        }
        return Lead::Arrow;
    }
    if token.ends_with(b">") && !token.ends_with(b"->") && token.len() > 1 {
        // `(127.0.0.1)>`, `ftp>`: a prompt or a marker glued to a field.
        return Lead::Arrow;
    }
    if token.ends_with(b"->") || token.ends_with(b"<-") {
        return Lead::Arrow;
    }
    // `GLOB(0x55d7)<<<`, `conn>>`: a marker glued to what names the connection.
    let arrows = token
        .iter()
        .rev()
        .take_while(|b| matches!(b, b'<' | b'>' | b'-' | b'='))
        .count();
    if arrows >= 2
        && token[token.len() - arrows..]
            .iter()
            .any(|b| matches!(b, b'<' | b'>'))
    {
        return Lead::Arrow;
    }
    let word = lex::last_word(token);
    // `Reply was: 501 ...`, `response is: 550 ...`: a label that says a reply follows.
    if matches!(token, b"was:" | b"is:" | b"were:") {
        let head = lex::trim_end(&trimmed[..trimmed.len() - token.len()]);
        if words::is_direction(lex::last_word(head)) {
            return Lead::Direction;
        }
    }
    if let Some(label) = token.strip_suffix(b":") {
        // `SIZE: 213 421`, `PWD: 257 "/"`: a command named, then its reply.
        if capital_verb(label) {
            return Lead::Verb;
        }
        if word.is_empty() {
            // `12:` (a line number) or `0000:` (a dump offset); `(124):`, `(size 124):`
            // (the length of what a tracer received) labels what follows.
            return if label.iter().all(|b| b.is_ascii_hexdigit()) {
                Lead::Start
            } else if label
                .strip_suffix(b")")
                .map(|l| l.strip_prefix(b"(").unwrap_or(l))
                .is_some_and(|n| !n.is_empty() && n.iter().all(u8::is_ascii_digit))
            {
                Lead::Label
            } else {
                Lead::Number
            };
        }
        return word_lead(word, true, label);
    }
    if token.ends_with(b"]") || token.ends_with(b")") || token.ends_with(b"}") {
        return Lead::Bracket;
    }
    // `1|lftp   | 213 421` (pm2's prefix of a program's output): a bar alone ends a
    // prefix's column, as a line's start does (a table's cell, `| 421-guess:ftpuser |`,
    // is told by the bar after it: see `candidate`).
    // (So do the bars and branches a tree or a tool's report draws: nmap's `|_    220 ...`
    // closing the block its `|     214-...` lines opened, `\_`, `` `-- ``.)
    if token == b"|" || gutter_drawing(token) {
        return Lead::Start;
    }
    if word.is_empty() || token.iter().all(|b| lex::is_digit(*b) || *b == b'.') {
        // `server.py       869  220 welcome`: a source file and the line that logged, in
        // columns of their own (Python's `%(filename)s %(lineno)d`), end the prefix.
        let head = lex::trim_end(&trimmed[..trimmed.len() - token.len()]);
        if token.iter().all(u8::is_ascii_digit) && source_location(lex::last_token(head)) {
            return Lead::Start;
        }
        return Lead::Number;
    }
    if token.ends_with(b",") || token.ends_with(b";") {
        return Lead::Number;
    }
    // `/pub/size-421.bin\t421\tfile`, `size-421.bin 421`: a field after a file's name (its
    // size), as listings and tables print them.
    if memchr::memchr2(b'.', b'/', token).is_some()
        && file_name(token, Sep::Last)
        && !token.contains(&b'=')
    {
        return Lead::Number;
    }
    // `Content-Length set to 421`, `limit raised to 550`: a value set, not a reply sent.
    if token == b"to" {
        let head = lex::trim_end(&trimmed[..trimmed.len() - token.len()]);
        const SET: &[&[u8]] = &[
            b"set",
            b"changed",
            b"increased",
            b"decreased",
            b"reduced",
            b"raised",
            b"lowered",
            b"limited",
            b"updated",
            b"adjusted",
            b"defaults",
            b"default",
            b"equal",
            b"equals",
        ];
        if SET
            .iter()
            .any(|w| w.eq_ignore_ascii_case(lex::last_token(head)))
        {
            return Lead::Prose;
        }
    }
    word_lead(word, false, token)
}

/// A header's field before a ` - ` separator (`dashes` of them): a number that is no code
/// (a process id; after nil fields, `812 - -`, any number), or a logger's dotted name (`c.x.Ftp`, `org.apache.ftpserver.impl.FtpIoSession`).
pub(super) fn header_field(token: &[u8], dashes: usize) -> bool {
    // `aioftp.client:parse_line:288 - 220 ...` (loguru's `{name}:{function}:{line}`),
    // `ftp.go:42 - `: where in the program the record was made, then its message.
    if let Some(colon) = token.iter().rposition(|b| *b == b':')
        && colon > 0
        && token[..colon].iter().any(u8::is_ascii_alphabetic)
        && token[..colon]
            .iter()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b':' | b'$'))
        && (1..=6).contains(&(token.len() - colon - 1))
        && token[colon + 1..].iter().all(u8::is_ascii_digit)
    {
        return true;
    }
    if token.iter().all(u8::is_ascii_digit) {
        let code_like = token.len() == 3 && (b'1'..=b'5').contains(&token[0]);
        return !code_like || dashes >= 2;
    }
    let dotted = token.iter().filter(|&&b| b == b'.').count();
    // (Two dots at least: `report.txt - 421` is a file's size.)
    dotted >= 2
        && token.first().is_some_and(u8::is_ascii_alphabetic)
        && token.last().is_some_and(u8::is_ascii_alphanumeric)
        && token
            .iter()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b'$'))
}

/// RFC 3463's enhanced status code (`class.subject.detail`: `5.1.1`, `2.0.0`, `4.7.500`)
/// of the class of the reply `n` it follows.
pub(super) fn smtp_status(n: u16, token: &[u8]) -> bool {
    let [class, b'.', rest @ ..] = token else {
        return false;
    };
    let mut parts = rest.split(|&b| b == b'.');
    let number = |p: Option<&[u8]>| {
        p.is_some_and(|p| (1..=3).contains(&p.len()) && p.iter().all(u8::is_ascii_digit))
    };
    u16::from(*class) == u16::from(b'0') + n / 100
        && matches!(class, b'2' | b'4' | b'5')
        && number(parts.next())
        && number(parts.next())
        && parts.next().is_none()
}

/// A mail server's own words: `220 mta.example.org ESMTP Postfix` (RFC 5321 §4.2's
/// greeting), `250-PIPELINING` (an EHLO keyword, RFC 5321 §4.1.1.1), which no FTP server
/// sends.
pub(super) fn smtp_words(n: u16, text: &[u8]) -> bool {
    if lex::words(text, 8).any(|w| w == b"ESMTP" || w == b"SMTP") {
        return true;
    }
    // A help or status that lists commands only mail has (hMailServer's `211 DATA HELO
    // EHLO MAIL ...`, as nmap's smtp-commands shows it): FTP has no HELO, EHLO or RCPT.
    if matches!(n, 211 | 214 | 250)
        && lex::words(text, 16).any(|w| matches!(w, b"HELO" | b"EHLO" | b"RCPT"))
    {
        return true;
    }
    n == 250
        && one_of(
            lex::first_token(text),
            &[
                "PIPELINING",
                "8BITMIME",
                "STARTTLS",
                "ENHANCEDSTATUSCODES",
                "SMTPUTF8",
                "CHUNKING",
                "DSN",
                "SIZE",
                "AUTH",
            ],
        )
}

/// AMQP 0-9-1's reply codes within FTP's range, each with the name the protocol gives it
/// (its constants, as pika 1.4.4's `spec.py`, generated from the specification, lists
/// them), sorted by code. A message broker's reply text starts with the name (RabbitMQ's
/// `NOT_FOUND - no queue 'jobs' in vhost '/'`).
const AMQP_REPLIES: [(u16, &str); 19] = [
    (200, "REPLY_SUCCESS"),
    (311, "CONTENT_TOO_LARGE"),
    (312, "NO_ROUTE"),
    (313, "NO_CONSUMERS"),
    (320, "CONNECTION_FORCED"),
    (402, "INVALID_PATH"),
    (403, "ACCESS_REFUSED"),
    (404, "NOT_FOUND"),
    (405, "RESOURCE_LOCKED"),
    (406, "PRECONDITION_FAILED"),
    (501, "FRAME_ERROR"),
    (502, "SYNTAX_ERROR"),
    (503, "COMMAND_INVALID"),
    (504, "CHANNEL_ERROR"),
    (505, "UNEXPECTED_FRAME"),
    (506, "RESOURCE_ERROR"),
    (530, "NOT_ALLOWED"),
    (540, "NOT_IMPLEMENTED"),
    (541, "INTERNAL_ERROR"),
];

/// Whether a code's text is a message broker's: it starts (past the punctuation a client
/// prints between them: pika's `(530) "NOT_ALLOWED - ..."`, `(404, 'NOT_FOUND - ...')`)
/// with the name AMQP gives that code. No FTP server words a reply so.
pub(super) fn amqp_reply(n: u16, text: &[u8]) -> bool {
    let start = text
        .iter()
        .position(|b| !matches!(b, b')' | b':' | b',' | b' ' | b'"' | b'\''))
        .unwrap_or(text.len());
    let text = &text[start..];
    AMQP_REPLIES
        .binary_search_by_key(&n, |&(code, _)| code)
        .is_ok_and(|i| {
            let name = AMQP_REPLIES[i].1.as_bytes();
            text.starts_with(name)
                && text
                    .get(name.len())
                    .is_none_or(|b| !b.is_ascii_alphanumeric() && *b != b'_')
        })
}

/// A time or date as logs write them: `23:27:17.453`, `2015-01-24`, `2026/03/01`,
/// `05:53:44,404` (digits joined by `:`, `-`, `/`, `.` or `,`, with at least one `:`, `-`
/// or `/` and no letter), or `10:15:32Z`.
pub fn time_like(token: &[u8]) -> bool {
    let token = token.strip_suffix(b"Z").unwrap_or(token);
    let token = token.strip_prefix(b"[").unwrap_or(token);
    let token = token.strip_suffix(b"]").unwrap_or(token);
    // (A date with dots, `2003.10.23` or `23.10.2003`, as European and some Windows
    // programs write it; not a version or an address, whose parts are not so.)
    let dotted_date = matches!(
        token,
        [y, y2, y3, y4, b'.', m, m2, b'.', d, d2] | [d, d2, b'.', m, m2, b'.', y, y2, y3, y4]
            if [y, y2, y3, y4, m, m2, d, d2].iter().all(|b| b.is_ascii_digit())
    );
    dotted_date
        || token.len() >= 5
            && token.first().is_some_and(u8::is_ascii_digit)
            && token.iter().all(|b| {
                b.is_ascii_digit() || matches!(b, b':' | b'-' | b'/' | b'.' | b',' | b'T' | b'+')
            })
            && token.iter().any(|b| matches!(b, b':' | b'-' | b'/'))
}

/// What pastes put before a line: a Markdown quote, a prompt, a bullet, a line number;
/// or a program's `//` comment that keeps a transcript.
pub(super) fn pasted_prefix(s: &[u8]) -> bool {
    if let [b'/', b'/', rest @ ..] = lex::trim_start(s) {
        let rest = rest.strip_prefix(b"/").unwrap_or(rest);
        return rest.iter().all(|b| lex::is_space(*b)) || pasted_prefix(rest);
    }
    s.len() <= 16
        && s.iter().all(|b| {
            matches!(
                b,
                b'>' | b'$' | b'#' | b'*' | b'+' | b'|' | b'`' | b' ' | b'\t' | b'.'
            ) || lex::is_digit(*b)
        })
        && !s.iter().all(|b| matches!(b, b'>' | b' ' | b'\t'))
}

pub(super) fn word_lead(word: &[u8], label: bool, token: &[u8]) -> Lead {
    // `FileProviderFTPError(code: 550, ...`, `{code: 550`: the first field of an object
    // printed with its type's name, which names the number as a key alone does.
    let first_field = token
        .strip_suffix(word)
        .and_then(<[u8]>::last)
        .is_some_and(|b| matches!(b, b'(' | b'{'));
    if label && first_field && key_lead(word) == Lead::Key {
        return Lead::Key;
    }
    if words::is_direction(word) {
        return if matches!(
            word,
            b"to" | b"from" | b"in" | b"out" | b"s" | b"c" | b"S" | b"C"
        ) {
            Lead::WeakDirection
        } else {
            Lead::Direction
        };
    }
    if words::is_error(word) || words::is_error(token) {
        return Lead::Error;
    }
    // `code: 220`, `status: 530`: a field named as a reply's (`reply code 530` is prose).
    if label && token.len() == word.len() && key_lead(word) == Lead::Key {
        return Lead::Key;
    }
    if words::is_prose(word) {
        return Lead::Prose;
    }
    // `bytes: 421`, `size: 421`: a field that holds a count or a number of its own.
    if label && holds_own_number(word) {
        return Lead::OtherKey;
    }
    // `4 names: 550 report.txt, incoming`: a list of the names a listing gave.
    const NAMES: &[&[u8]] = &[b"names", b"files", b"filenames", b"entries"];
    if label && token.len() <= word.len() + 1 && NAMES.iter().any(|m| m.eq_ignore_ascii_case(word))
    {
        return Lead::OtherKey;
    }
    // `counter packets 2 bytes 120 accept` (nft's rules): an amount after the name of what
    // it counts, as a field without its colon.
    const AMOUNTS: &[&[u8]] = &[
        b"bytes",
        b"byte",
        b"octets",
        b"packets",
        b"packet",
        b"frames",
        b"segments",
        b"datagrams",
    ];
    if token.len() == word.len() && AMOUNTS.iter().any(|m| m.eq_ignore_ascii_case(word)) {
        return Lead::OtherKey;
    }
    if label { Lead::Label } else { Lead::Word }
}

pub(super) fn key_lead(key: &[u8]) -> Lead {
    const KEYS: &[&[u8]] = &[
        b"reply",
        b"response",
        b"resp",
        b"code",
        b"status",
        b"line",
        b"msg",
        b"message",
        b"text",
        b"answer",
        b"ftp",
        b"rx",
        b"recv",
        b"data",
        b"reason",
        b"result",
        b"payload",
        // A server's greeting, as scanners print it (`FTP Banner: '220 ...'`), and by the
        // name RFC 959 §5.4 gives it, as clients log it (`connected, greeting: "220 ..."`).
        b"banner",
        b"greeting",
        // The message of a record: Docker's JSON files (`{"log":"220 ...\n"}`) and
        // structlog's (`event='220 ...'`).
        b"log",
        b"event",
    ];
    if KEYS.iter().any(|k| k.eq_ignore_ascii_case(key)) || names_ftp_code(key) {
        Lead::Key
    } else {
        Lead::OtherKey
    }
}

/// Whether a JSON key stands in an object named as an error: `"err":{"type":"FTPError",
/// "message`.
pub(super) fn in_error_object(key: &[u8]) -> bool {
    let Some(open) = memchr::memrchr(b'{', key) else {
        return false;
    };
    if memchr::memchr(b'}', &key[open..]).is_some() {
        return false;
    }
    let name = lex::trim_end(&key[..open]);
    let Some(name) = name.strip_suffix(b":") else {
        return false;
    };
    let name = lex::trim_end(name);
    let name = name.strip_suffix(b"\"").unwrap_or(name);
    let word = lex::last_word(name);
    name.ends_with(word) && one_of(word, &["err", "error", "exception", "exc"])
}

/// Whether a key is IPython's prompt of a value, `Out[12]` (also in a comment of a
/// notebook's script: `# Out[1]`).
fn ipython_out(key: &[u8]) -> bool {
    let key = lex::trim_end(key);
    let Some(number) = key.strip_suffix(b"]").and_then(|k| {
        let open = memchr::memrchr(b'[', k)?;
        lex::last_token(&k[..open])
            .eq(b"Out")
            .then_some(&k[open + 1..])
    }) else {
        return false;
    };
    !number.is_empty() && number.iter().all(u8::is_ascii_digit)
}

/// Whether a key is a call to an FTP client, `ftp.quit()`, `ftp.sendcmd('NOOP')`,
/// `client.getwelcome()`: a name (dotted or not) and its arguments in parentheses, which
/// close the key, the name a command's verb in any case or a method that returns a reply
/// (Python's ftplib's), or called on an object whose name says FTP. (`book.title()`,
/// `msg.get('Subject')`: what other calls return is no reply, whatever its digits.)
fn called(key: &[u8]) -> bool {
    let Some(args) = lex::trim_end(key).strip_suffix(b")") else {
        return false;
    };
    // The parenthesis that opens the arguments (nested ones closed within).
    let mut depth = 0usize;
    let Some(open) = args.iter().rposition(|b| match b {
        b')' => {
            depth += 1;
            false
        }
        b'(' if depth == 0 => true,
        b'(' => {
            depth -= 1;
            false
        }
        _ => false,
    }) else {
        return false;
    };
    let len = args[..open]
        .iter()
        .rev()
        .take_while(|b| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'.'))
        .count();
    let path = &args[open - len..open];
    if !path
        .first()
        .is_some_and(|b| b.is_ascii_alphabetic() || *b == b'_')
    {
        return false;
    }
    let method = path.rsplit(|b| *b == b'.').next().unwrap_or(path);
    let receiver = &path[..path.len() - method.len()];
    const REPLIES: &[&[u8]] = &[
        b"abort",
        b"delete",
        b"getresp",
        b"getwelcome",
        b"login",
        b"rename",
        b"retrbinary",
        b"retrlines",
        b"sendcmd",
        b"storbinary",
        b"storlines",
        b"voidcmd",
        b"voidresp",
    ];
    // (A verb has 3 or 4 letters: asked in capitals without an allocation.)
    let mut upper = [0u8; 4];
    let verb = method.len() <= 4 && {
        upper[..method.len()].copy_from_slice(method);
        upper.make_ascii_uppercase();
        super::verbs::is_verb(&upper[..method.len()])
    };
    verb || REPLIES.iter().any(|r| method.eq_ignore_ascii_case(r))
        || receiver.windows(3).any(|w| w.eq_ignore_ascii_case(b"ftp"))
}

/// Whether one of the last three words of a label is a direction's (`Server`, `Response`,
/// `RECV`), not a weak one (`from`, `in`).
fn says_from_server(label: &[u8]) -> bool {
    let tail = &label[label.len().saturating_sub(40)..];
    const WEAK: &[&[u8]] = &[b"to", b"from", b"in", b"out", b"get", b"send", b"sent"];
    // (The last three of at most eight words, without keeping them.)
    let n = lex::words(tail, 8).count();
    lex::words(tail, 8)
        .skip(n.saturating_sub(3))
        .any(|w| words::is_direction(w) && !WEAK.iter().any(|weak| weak.eq_ignore_ascii_case(w)))
}

/// [`key_lead`] of a key that may join words with `_` (`payload_printable`, a packet's
/// payload as Suricata writes it; `completion_code`): its last word, or the one before.
/// Whether `s` ends inside an XML tag that it opened (`<Item file="a.java" line`).
fn in_tag(s: &[u8]) -> bool {
    memchr::memrchr(b'<', s).is_some_and(|open| memchr::memchr(b'>', &s[open..]).is_none())
}

pub(super) fn named_key_lead(key: &[u8]) -> Lead {
    let last = lex::last_word(key);
    let lead = key_lead(last);
    let before = &key[..key.len() - last.len()];
    match before.strip_suffix(b"_") {
        Some(head) if lead == Lead::OtherKey && key.ends_with(last) => {
            key_lead(lex::last_word(head))
        }
        _ => lead,
    }
}

/// Whether `before` ends in a key (then `=`, `:` or a quote and `:`) whose name says it
/// holds an FTP reply's code: `kCFFTPStatusCodeKey=`, `ftp_reply_code:`, `"FtpStatus": `.
pub(super) fn ftp_code_key(before: &[u8]) -> bool {
    key_name(before).is_some_and(names_ftp_code)
}

/// Whether the key of the field that holds a code names HTTP's (`"http_code":530` in
/// curl's `-w '%{json}'`, which fills it with the FTP reply's code too: a number of
/// curl's, `"httpStatus":200`): no reply of its own.
pub(super) fn http_code_key(before: &[u8]) -> bool {
    key_name(before).is_some_and(|k| k.len() <= 40 && has_word(k, b"http"))
}

/// Whether the key before a code's field names an amount by its last word (`writtenBytes`,
/// `bytes_sent`, `file.size`, `elapsed_ms`): its value is a count, no reply's code.
pub(super) fn measure_key(before: &[u8]) -> bool {
    let Some(key) = key_name(before).filter(|k| k.len() <= 40) else {
        return false;
    };
    // The last word: after the last `_`, `.` or `-`, or from its last capital on.
    let start = key
        .iter()
        .rposition(|b| matches!(b, b'_' | b'.' | b'-'))
        .map_or(0, |i| i + 1);
    let word = &key[start..];
    let word = match word.iter().rposition(u8::is_ascii_uppercase) {
        Some(i) if i > 0 => &word[i..],
        _ => word,
    };
    // (A one-letter name is a placeholder's, `job x: 530 ...`, not a unit's: `x`, `b`.)
    word.len() > 1 && holds_own_number(word)
}

/// Whether a field's name (or its last word) says its number is its own: a unit or a
/// measure (`bytes`, `size`, `port`), or a password tried (`Password: 530`, a brute-forcer's
/// field, whatever its digits).
fn holds_own_number(word: &[u8]) -> bool {
    const MEASURES: &[&[u8]] = &[
        b"size",
        b"len",
        b"length",
        b"count",
        b"total",
        b"port",
        b"pid",
        b"password",
        b"passwd",
    ];
    words::is_unit(word) || MEASURES.iter().any(|m| m.eq_ignore_ascii_case(word))
}

/// The whole name of the key before a code's field (`http_code`, `ftp.response.code`,
/// `kCFFTPStatusCodeKey`), its quotes and `=` or `:` left out.
pub(super) fn key_name(before: &[u8]) -> Option<&[u8]> {
    let key = lex::trim_end(before);
    let key = key.strip_suffix(b"=").or_else(|| key.strip_suffix(b":"))?;
    let key = lex::trim_end(key);
    let key = key
        .strip_suffix(b"\"")
        .or_else(|| key.strip_suffix(b"'"))
        .unwrap_or(key);
    let start = key
        .iter()
        .rposition(|b| !(b.is_ascii_alphanumeric() || matches!(b, b'_' | b'.')))
        .map_or(0, |i| i + 1);
    Some(&key[start..])
}

/// Whether a key's name says it holds an FTP reply's code: `kCFFTPStatusCodeKey`,
/// `ftp_reply_code`, `FtpStatus`, `ftp.response.code`.
pub(super) fn names_ftp_code(name: &[u8]) -> bool {
    name.len() <= 40
        && has_word(name, b"ftp")
        && [&b"status"[..], b"code", b"reply", b"response"]
            .iter()
            .any(|w| has_word(name, w))
}

/// Whether `name` holds `part` (lower case), in any case.
pub(super) fn has_word(name: &[u8], part: &[u8]) -> bool {
    name.windows(part.len())
        .any(|w| w.eq_ignore_ascii_case(part))
}

/// Whether a label names a reply's code (`CODE`, `status`, `reply`).
pub(super) fn names_a_code(label: &[u8]) -> bool {
    [&b"code"[..], b"status", b"reply", b"response", b"resp"]
        .iter()
        .any(|k| k.eq_ignore_ascii_case(label))
}

/// Bytes drawn of bars, branches and underscores alone, blanks between (`|_`, `|--`,
/// `\_`, `` `- ``, `|     `): the edge of a tree or of a tool's report, not a field.
pub(crate) fn gutter_drawing(bytes: &[u8]) -> bool {
    bytes
        .iter()
        .all(|b| matches!(b, b'|' | b'_' | b'-' | b'\\' | b'`') || lex::is_space(*b))
        && bytes.iter().any(|b| matches!(b, b'|' | b'\\' | b'`'))
}

/// Whether a word is an FTP command's verb in any case (`feat`, `Mdtm`, `SYST`) that is
/// no everyday name of a field (`user`, `port`, `site`, `mode`, `help`, `type`, `size`).
fn jargon_verb(word: &[u8]) -> bool {
    const WORDS: &[&[u8]] = &[
        b"ABOR", b"ACCT", b"ALLO", b"AUTH", b"HELP", b"HOST", b"LANG", b"LIST", b"MODE", b"PASS",
        b"PORT", b"QUIT", b"REST", b"SITE", b"SIZE", b"STAT", b"TYPE", b"USER",
    ];
    let mut upper = [0u8; 4];
    (3..=4).contains(&word.len()) && word.iter().all(u8::is_ascii_alphabetic) && {
        upper[..word.len()].copy_from_slice(word);
        upper.make_ascii_uppercase();
        let upper = &upper[..word.len()];
        super::verbs::is_verb(upper) && !WORDS.contains(&upper)
    }
}
