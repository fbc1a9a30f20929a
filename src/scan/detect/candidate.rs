//! One candidate code weighed: the evidence before it, in it and after it, and what the
//! session around it says, summed into a score.

use super::*;
use crate::scan::memo::PrefixMemo;

/// What is asked of the words before a candidate code, each on their bytes alone.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Fact {
    Error,
    OtherProtocol,
    HttpRequest,
    Modal,
}

impl Fact {
    #[cfg(test)]
    pub(super) const ALL: [Fact; 4] = [
        Fact::Error,
        Fact::OtherProtocol,
        Fact::HttpRequest,
        Fact::Modal,
    ];

    /// The fact of `before`, worked out.
    pub(super) fn of(self, before: &[u8]) -> bool {
        match self {
            Fact::Error => error_before(before),
            Fact::OtherProtocol => other_protocol_record(before),
            Fact::HttpRequest => http_request_before(before),
            Fact::Modal => modal_before(before),
        }
    }
}

thread_local! {
    /// The facts of the last prefixes asked of in this thread (`None`: not asked yet).
    static FACTS: std::cell::RefCell<PrefixMemo<[Option<bool>; 4]>> =
        const { std::cell::RefCell::new(PrefixMemo::new(4, [None; 4])) };
}

/// [`Fact::of`], from the memo where the same prefix was asked of lately.
pub(super) fn fact(before: &[u8], fact: Fact) -> bool {
    if before.is_empty() || before.len() > crate::scan::memo::LONGEST {
        return fact.of(before);
    }
    let i = fact as usize;
    if let Some(Some(known)) = FACTS.with(|m| m.borrow().get(before).map(|f| f[i])) {
        return known;
    }
    let answer = fact.of(before);
    FACTS.with(|m| m.borrow_mut().entry(before)[i] = Some(answer));
    answer
}

/// Weighs the candidate at `at` on the line's own evidence. `is_listing` is whether the
/// line is a listing's, once known.
pub(super) fn candidate<'a>(
    line: &'a [u8],
    at: usize,
    is_listing: &mut Option<bool>,
) -> Option<Candidate<'a>> {
    let code = ReplyCode::from_digits(*line.get(at..at + 3)?.first_chunk::<3>()?)?;
    // A longer number (a year, a pid, a size) is no code: said at once, as the match on
    // what follows the code below would.
    if line.get(at + 3).is_some_and(u8::is_ascii_digit) {
        return None;
    }
    // Terminal escapes (a colour, a window title) before a code are no part of the log's
    // words: the code stands where they began.
    let before = without_escapes(&line[..at]);
    // Binary bytes right before a code (a ttyrec's header between chunks of a terminal's
    // output, whose length may read `$`, `#` or `,`: `\x01\0$\0\0\0230 Login
    // successful.`): the text starts at the code, as at a line's start.
    let before = if binary_before(&line[..at], before) {
        &before[..0]
    } else {
        before
    };
    if inside_a_word(before)
        || follows_a_verb(before)
            && !verb_and_reply(before, &line[at..])
            && !bare_verb_and_code(before, &line[at..])
        || in_source_code(before, &line[at + 3..])
        || lex::in_hex_id(before, &line[at + 3..])
    {
        return None;
    }
    // `< HTTP/1.0 200 Connection established`: an HTTP status line's code (a proxy's answer
    // to CONNECT in curl's trace, a client's HTTP exchange), never an FTP reply.
    if after_http_version(before) || http_labelled(before) {
        return None;
    }
    // `[05/Dec/2026:23:31:06 +0000] 530 Not logged in "POST /login HTTP/1.1" 28 0ms`: a
    // line that quotes an HTTP request (RFC 9112 §3's request line) is a web server's
    // record, whatever words its status carries (gunicorn's access log, its format
    // putting the status and a reason first).
    if quotes_http_request(line) {
        return None;
    }
    // `npm http fetch GET 200 https://registry.npmjs.org/ftp-srv 79ms`: a request's method,
    // its status, the URL: an HTTP client's log line.
    let rest = line[at + 3..].trim_ascii_start();
    if words::is_http_method(lex::last_word(lex::trim_end(before)))
        && (rest.starts_with(b"http://") || rest.starts_with(b"https://") || rest.starts_with(b"/"))
    {
        return None;
    }
    // `Scraped from <200 ftp://127.0.0.1/pub/a.txt>`: a response object as Scrapy prints
    // one, its status (made up for an FTP download, HTTP's 200 or 404) and its URL.
    if before.ends_with(b"<") && url_scheme(rest) && lex::first_token(rest).ends_with(b">") {
        return None;
    }
    // `:irc.example.net 372 bob :- 421 channels, just #help`: an IRC server's message
    // (RFC 2812 §2.3.1: a prefix, a numeric, its target), whose numbers are IRC's.
    if irc_message(line) {
        return None;
    }
    // `< * LIST (\HasNoChildren) "/" "550 bounces"`: an IMAP server's untagged data (RFC
    // 9051 §7), whose mailbox names are no replies.
    if imap_data(line) {
        return None;
    }
    // `http_requests_total{code="550",method="GET"} 3.0`: a sample of Prometheus' text
    // exposition format (a metric's name, its labels, its value), whose labels are its own.
    if before.contains(&b'{') && metric_sample(line) {
        return None;
    }
    // `example.org.  421  IN  MX  550 mx.example.org.`: a DNS record as dig and zone files
    // print it (RFC 1035 §5.1: name, TTL, class, type, data), whose numbers are DNS's.
    if dns_record(before) || shell_argument(before) || shell_error(before, &line[at + 3..]) {
        return None;
    }
    // `local: 550 report.txt remote: 550 report.txt`: the BSD ftp client's names of the
    // files a get or put moves (tnftp, netkit's and inetutils' ftp), no reply, whatever
    // stands before (a terminal recording's string: asciinema's `[33.7, "o", "\r\nlocal:
    // ...`).
    // (The two names alike, as a plain get or put gives them, and nothing after: a
    // proxy's `local: 10.0.0.1:21 remote: 550 Permission denied` is a reply.)
    if local_remote(line) {
        return None;
    }
    // `248 <94>1 2026-12-05T02:01:27Z host pure-ftpd ...`: a syslog frame's length before
    // its priority (RFC 6587's octet counting, as a collector saves a TCP stream).
    if lex::trim_start(before).is_empty() && syslog_frame(&line[at + 3..]) {
        return None;
    }
    // `<a href="421-notes.txt">421-notes.txt</a>`: a link's target and its text (a listing
    // made a web page, as Squid's FTP gateway logs it) name a file, no reply.
    if link_text(before) || in_markup_tag(before) {
        return None;
    }
    // `assert 530 in {421: 'busy', 226: 'done'}`: a key of a map written as a program
    // prints one (Python's dict, a JavaScript object), no reply.
    if map_key(before, &line[at + 3..]) {
        return None;
    }
    let quote = match before.last() {
        Some(&q @ (b'"' | b'\'' | b'`')) => Some(q),
        _ => None,
    };
    let after = &line[at + 3..];
    // `tp:check -> 214 | 214-The following commands are recognized:`: the code, then the
    // reply it heads, whole: the reply is the one after (which a multi-line reply opens).
    if heads_its_reply(after, &line[at..at + 3]) {
        return None;
    }
    // `test_reply_class[110-restart-marker] PASSED`: a code that starts a name in brackets
    // closed before any blank (pytest's id of a parametrized case), no reply's line.
    if before.ends_with(b"[")
        && after.first() == Some(&b'-')
        && lex::first_token(after).ends_with(b"]")
    {
        return None;
    }
    // `[220] 'Welcome'`, `(530) Not logged in.`: the code in brackets, the text after.
    let bracketed = matches!(
        (before.last(), after.first()),
        (Some(b'['), Some(b']')) | (Some(b'('), Some(b')'))
    ) && after.get(1) == Some(&b' ')
        && after.len() > 2;
    // `...|ftpuser|USER ftpuser|331|Password required for ftpuser`: a record of fields
    // between bars (sqlite3's rows, a log format of one's own), the code one of them, its
    // text the next.
    // (Or between other marks, the same before and after: sqlite3's `-separator ' :: '`.)
    let delimiter = field_delimiter(before, after);
    let barred = delimiter.is_some();
    // `ftp_reply, F, 331, Guest login ok, send your email address as password.`: fields
    // joined by a comma and a blank (Zeek's test output, a CSV of one's own), the code one
    // of them and its words the next.
    let csv = before.ends_with(b", ")
        && after.starts_with(b", ")
        && after
            .get(2)
            .is_some_and(|b| b.is_ascii_alphabetic() || *b == b'"');
    let mut hangs = false;
    let mut paired = false;
    // The text runs to the end of the line, or of the quoted string the code opens.
    let (sep, rest) = match after.first() {
        _ if bracketed => (Sep::Last, &after[2..]),
        _ if csv => (Sep::Last, &after[2..]),
        Some(_) if let Some(d) = delimiter => {
            let rest = &after[d.len()..];
            match rest {
                // (A field in double quotes, commas and all: `,"Entering Passive Mode
                // (127,0,0,1,40,241)."`.)
                [b'"', inner @ ..] if d == b"," => (
                    Sep::Last,
                    &inner[..memchr::memchr(b'"', inner).unwrap_or(inner.len())],
                ),
                _ => {
                    // (Aligned columns pad with more blanks than the two that mark them.)
                    let rest = if d == b"  " {
                        lex::trim_start(rest)
                    } else {
                        rest
                    };
                    let cell = |r: &'a [u8]| &r[..memchr::memmem::find(r, d).unwrap_or(r.len())];
                    // (A cell of `key=value` fields is the record's, not the reply's words,
                    // which a later cell holds: `| 331 | status=- failure="-" | Password
                    // required for bob`.)
                    let first = cell(rest);
                    let text = if key_values(first) && first.len() < rest.len() {
                        cell(&rest[first.len() + d.len()..])
                    } else {
                        first
                    };
                    (Sep::Last, text)
                }
            }
        }
        None | Some(b'\r') => (Sep::Last, &b""[..]),
        // `connected: 220 220 ready.`: the code, then the reply again (basic-ftp prints
        // its status and the whole reply): the reply's own separator and text.
        Some(b' ') if after[1..].starts_with(&line[at..at + 3]) => match after.get(4) {
            Some(b' ') => (Sep::Last, &after[5..]),
            Some(b'-') => (Sep::More, &after[5..]),
            None => (Sep::Last, &b""[..]),
            _ => (Sep::Last, &after[1..]),
        },
        // `;; << 211 "211-Features:`: the code, then the reply as a string that opens there
        // (and may close lines later, a multi-line reply's string).
        Some(b' ')
            if quote.is_none()
                && after.get(1) == Some(&b'"')
                && after[2..].starts_with(&line[at..at + 3])
                && matches!(after.get(5), Some(b' ' | b'-')) =>
        {
            let sep = if after[5] == b'-' {
                Sep::More
            } else {
                Sep::Last
            };
            let text = &after[6..];
            (sep, text.strip_suffix(b"\"").unwrap_or(text))
        }
        Some(b' ' | b'\t') => (Sep::Last, &after[1..]),
        Some(b'-') => (Sep::More, &after[1..]),
        // `220: Welcome` (ncftp and others write a colon after the code, and the further
        // lines of the reply indented under it).
        Some(b':') if after.get(1) == Some(&b' ') => {
            hangs = true;
            (Sep::Last, &after[2..])
        }
        // `["331"],["Please specify the password."]`: the code a string of its own, its
        // text the next string of the record (jq -c of Suricata's ftp records).
        // (An element of an array, not a key's value: `"code":"331"` has its own ways.)
        Some(&q)
            if Some(q) == quote
                && matches!(
                    lex::trim_end(&before[..before.len() - 1]).last(),
                    Some(b'[' | b',')
                ) =>
        {
            match next_string(&after[1..], q) {
                Some(text) => {
                    paired = true;
                    (Sep::Last, text)
                }
                None => (Sep::Last, &b""[..]),
            }
        }
        Some(&q) if Some(q) == quote => (Sep::Last, &b""[..]),
        // `(226,["File send OK."])`, `(550, 'No such file')`: a tuple of the code and its
        // text (or its lines), as a program prints the reply it holds (Haskell's MissingH).
        Some(b',')
            if quote.is_none()
                && matches!(lex::trim_end(before).last(), Some(b'(' | b'['))
                && let Some(text) = [b'"', b'\'']
                    .into_iter()
                    .find_map(|q| next_string(after, q))
                && !number_after_string(after, text) =>
        {
            paired = true;
            (Sep::Last, text)
        }
        // `"MESSAGE" : "<--- 220",`: a code that ends the string it stands in, after a
        // marker (inetutils ftpd logs the code and the text as two messages).
        Some(b'"') if quote.is_none() && in_string(before) => (Sep::Last, &b""[..]),
        // `code: [[230,257,550,...]]`: an element of a list of numbers (a column of a
        // table a program prints), data, no reply.
        Some(b',')
            if matches!(lex::trim_end(before).last(), Some(b'(' | b'[' | b','))
                && lex::trim_start(&after[1..])
                    .first()
                    .is_some_and(u8::is_ascii_digit) =>
        {
            return None;
        }
        Some(b'\\') if matches!(after.get(1), Some(b'r' | b'n')) => (Sep::Last, &b""[..]),
        Some(b',' | b';' | b'}' | b')' | b']' | b'|' | b'<') => (Sep::Last, &b""[..]),
        // `ftplib.error_perm: 530...`: the line cut after the code (see `lex::ends_code_at`).
        Some(b'.' | 0xe2) if lex::ends_code_at(line, at + 3) => (Sep::Last, &b""[..]),
        _ => return None,
    };
    let field = !bracketed
        && !barred
        && !csv
        && matches!(
            after.first(),
            Some(b',' | b';' | b'}' | b')' | b']' | b'|' | b'<')
        );
    // Whether the code stands inside a double-quoted string that began before it.
    let in_str = quote.is_none() && in_string(before);
    let (text, closed_inline) = match quote {
        Some(_) if paired => (rest, None),
        Some(q) => {
            let escaped = before.len() >= 2 && before[before.len() - 2] == b'\\';
            quoted_text(code, sep, rest, q, escaped)
        }
        // `220-Welcome\r\n220 Hi` copied from a console, its line ends written out.
        None if memchr::memchr(b'\\', rest).is_some() => {
            quoted_text(code, sep, rest, if in_str { b'"' } else { 0 }, false)
        }
        // `"MESSAGE":"(?@10.0.0.1) [DEBUG] 550 No such file","_PID":"812"`: a code inside
        // a string that began earlier in the line ends where the string does.
        None if in_str => quoted_text(code, sep, rest, b'"', false),
        None => (rest, None),
    };
    // `211-Features supported:  EPRT  EPSV  UTF8 211 End FEAT.`: a multi-line reply whose
    // line ends the program dropped (pyftpsync prints FEAT's so): its closing line is in
    // the text.
    let (text, closed_inline) = match closed_inline {
        None if sep == Sep::More => match folded_close(code, text) {
            Some(at) => (
                lex::trim_end(&text[..at]),
                Some(text.get(at + 4..).unwrap_or_default()),
            ),
            None => (text, None),
        },
        c => (text, c),
    };
    let (sep, closed_inline) = match closed_inline {
        Some(last) => (Sep::Last, Some(last)),
        None => (sep, None),
    };
    // A bare CR ends a reply's last line, as on the wire; what follows is no part of it
    // (`< 220 ready.\rcurl-get\t`: GNU parallel's tag after each CR of curl's line).
    // (A multi-line reply's lines may be joined by bare CRs: `211-Extensions
    // supported:\r~ UTF8\r~ EPRT`, as multilog keeps a record.)
    let text = match memchr::memchr(b'\r', text) {
        Some(i) if sep == Sep::Last => &text[..i],
        _ => text,
    };
    // Binary bytes end the text: a ttyrec's header before the terminal's next bytes
    // (`421-notes.txt\xb5\x96\x14k\x1d\x95`, its time's bytes), at a control byte after
    // some of the text's letters or digits (ProFTPD quotes the bytes of a command it does
    // not understand first: `"\x17\x03\x03 not understood"`).
    let text = match text
        .iter()
        .position(|&b| b < 0x20 && !matches!(b, b'\t' | b'\r' | 0x1b))
    {
        Some(i) if text[..i].iter().any(u8::is_ascii_alphanumeric) => {
            let t = &text[..i];
            // (And the time's high bytes before it, where nothing but such bytes follows
            // the text's last valid character: a latin-1 reply keeps its words.)
            match std::str::from_utf8(t) {
                Err(e) if t[e.valid_up_to()..].iter().all(|b| *b >= 0x80) => &t[..e.valid_up_to()],
                _ => t,
            }
        }
        _ => text,
    };
    let text = lex::within_table_cell(before, lex::without_line_break_tag(lex::trim_end(text)));
    // socat -v and others print the line end as text: `213 421\r`.
    let text = text
        .strip_suffix(b"\\n")
        .unwrap_or(text)
        .strip_suffix(b"\\r")
        .unwrap_or(text);
    // Packet printers show the CR LF as dots: `220 ..` is a reply with no text.
    let text = if matches!(text, b"." | b"..") {
        &b""[..]
    } else {
        text
    };
    // `* Access denied: 530 {"job":"sync"}`: a logger's context after the message is no
    // text of the reply (outside a string: `"msg":"550 {\"a\"}"` is all one).
    let text = if in_str {
        text
    } else if place_comment(lex::trim_start(text)) {
        // `Then the server answers 226   # features/steps/ftp_steps.py:52`: a test
        // runner's note of where a step's code is, after the step.
        &b""[..]
    } else {
        lex::without_context(text)
    };
    // `331 "Password required for ftpuser" <- [USER ftpuser] user=-`: the reply, then an
    // arrow back to the command it answers (ProFTPD's ExtendedLog, a LogFormat of one's
    // own): the text ends before the arrow.
    let (text, answered) = match (!in_str).then(|| answered_command(text)).flatten() {
        Some((end, command)) => (lex::trim_end(&text[..end]), Some(command)),
        None => (text, None),
    };
    // (A code inside a string is no field of an access log, unless the field before it
    // is quoted with escaped quotes: an access log's record as a JSON string's value,
    // `"message":"... \"MDTM 550 report.txt\" 213 \"2026...\""`.)
    // (Nor is one that ends a string, a server's line kept whole in it: pyftpdlib's `CWD
    // /pub 250\n"` in a notebook's output.)
    let escaped_field = in_str && (lex::trim_end(before).ends_with(b"\\\"") || text.is_empty());
    let command = ((!in_str || escaped_field) && quote.is_none())
        .then(|| access_log_command(before, text, code).or_else(|| logfmt_command(before)))
        .flatten()
        .map(|c| c.strip_suffix(b"\\").unwrap_or(c))
        // `cmd="USER" arg="alice" reply="331 Password required for alice"`: the reply's
        // field quoted, its command in the field named for it (the verb: its argument
        // stands apart).
        .or_else(|| {
            (quote == Some(b'"') && !in_str)
                .then(|| logfmt_command(&before[..before.len() - 1]))
                .flatten()
        })
        // `[47854,"USER",["331"],["Please ..."]]`: the record's command a string before;
        // `VALUES ('-', '127.0.0.2', 'USER alice', '331 Password required for alice', ...)`
        // (ProFTPD's mod_sql logging a command's row), `["USER alice", "331 ..."]`: the
        // value before the reply's string in the same list.
        .or_else(|| quote.and_then(|q| verb_string_before(before, q)));
    // `"PUT /srv/a.txt" 200 125`: a record in HTTP's common log format (Pure-FTPd's `-O
    // clf:` writes its transfers so), whose status is HTTP's, no FTP reply.
    if command.is_some_and(|c| {
        let method = lex::first_token(c);
        words::is_http_method(method)
            || matches!(
                method,
                // WebDAV's (RFC 4918 §9).
                b"PROPFIND" | b"PROPPATCH" | b"MKCOL" | b"COPY" | b"MOVE" | b"LOCK" | b"UNLOCK"
            )
    }) {
        return None;
    }
    // The field before a barred code holds the command it answers.
    let barred_command = delimiter.and_then(|d| barred_command(before, d));
    // `2026-12-05 22:06:05,537 RETR missing.txt      550 No such file or directory.`: a
    // table's row, its command in the column before the code's.
    let column_command = match (command, delimiter) {
        (None, None) => column_command(before),
        _ => None,
    };
    // `"USER ftpuser" => 331 Password required`: a record of the command and the reply it
    // got (ProFTPD's ExtendedLog with a format of one's own), the reply's text kept.
    // (Or the reply quoted after the arrow: loguru's `USER ftpuser -> '331 Username ok,
    // send password.'`; an icecream `ftp.sendcmd('SIZE a.bin'): '213 421'`, a call and the
    // value it returned.)
    let arrowed = match command {
        None => arrowed_command(before)
            .filter(|&(_, escaped)| !in_str || escaped)
            .map(|(c, _)| c)
            .or_else(|| {
                // (Not a file's name the arrow points at: `STOR -> '421-notes.txt'`.)
                let outside = &before[..before.len().saturating_sub(1)];
                quote
                    .and_then(|_| {
                        arrowed_command(outside)
                            .filter(|&(_, escaped)| !escaped)
                            .map(|(c, _)| c)
                            .or_else(|| called_command(outside))
                    })
                    .filter(|_| !file_name(text, sep))
            }),
        _ => None,
    };
    // An access log: the command in a field before, the code, then numbers (`"RETR f"
    // 550 16`, `RETR /f 550 2 0`). What precedes the code is a field, not a marker.
    let (lead, text) = match command {
        Some(_) if paired => (Lead::Access, text),
        // (In a quoted field of its own, the reply's text ends with the field.)
        Some(_) if quote == Some(b'"') => (
            Lead::Access,
            &text[..memchr::memchr(b'"', text).unwrap_or(text.len())],
        ),
        // (The code in a named field, `status=331 resp="Password required"`: the text in
        // the quoted field after it.)
        Some(_) => (
            Lead::Access,
            quoted_field(text)
                .or_else(|| {
                    let name = lex::trim_start(after);
                    let n = name
                        .iter()
                        .take_while(|b| lex::is_letter(**b) || **b == b'_')
                        .count();
                    (before.ends_with(b"=") && matches!(name.get(n..n + 2), Some(b"=\"" | b"='")))
                        .then(|| field_text(after))
                        .flatten()
                })
                .unwrap_or_default(),
        ),
        None if barred_command.is_some() => (Lead::Access, text),
        // `"message":" 220 ready"`: a string whose text starts with blanks before the code
        // (rsyslog's JSON keeps the blank after the tag) is led by its key all the same.
        None if in_str && lex::trim_end(before).ends_with(b"\"") => {
            (lead(lex::trim_end(before), Some(b'"')), text)
        }
        // (A bar after the code too: a table's cell, no prefix's column; a border that
        // starts the line is a paste's wrapper, read as the line's start.)
        // `size\t213\t213 9`: the reply after its own code in the field before, which
        // stands as a line's start does.
        None if headed_by_its_code(before, &line[at..at + 3]) => (Lead::Start, text),
        // (A host before it, `127.0.0.1:331`, is as like a port before a word: the
        // dialogue around has to say it is a reply.)
        None if host_before_reply(before) => (Lead::Number, text),
        None => match lead(before, quote) {
            Lead::Start
                if memchr::memchr(b'|', after).is_some()
                    && lex::trim_end(before)
                        .strip_suffix(b"|")
                        .is_some_and(|head| !lex::trim_end(head).is_empty()) =>
            {
                (Lead::Number, text)
            }
            // `Invalid response: [530] 530 Authentication failed.`: a code alone in
            // brackets labels what follows, as `[530]` before a reply does.
            _ if before.ends_with(b"[") && after.first() == Some(&b']') => (Lead::Number, text),
            // (A field of a record of fields starts where the one before it ended.)
            _ if csv => (Lead::Start, text),
            l => (l, text),
        },
    };
    // `<EntryPair(550 report.txt)>`: a code that opens parentheses has its text inside, to
    // the bracket that closes them (`[220 ProFTPD Server (x) [127.0.0.1]]|time=...`, the
    // text check_ftp shows, holds brackets of its own).
    let text = match (lead, closing(before.last(), text)) {
        (Lead::Paren, Some(close)) => lex::trim_end(&text[..close]),
        _ => text,
    };
    // `{ [Error: Failed to open file.] code: 550 }`: the code's field closes the object
    // it is a property of, and has no text of its own.
    let text = if lead == Lead::Key && text.iter().all(|b| matches!(b, b'}' | b')' | b']' | b' ')) {
        &b""[..]
    } else {
        text
    };
    // `code=220, buffer='(vsFTPd 2.0.5)'`, `"code":550,"message":"No such file"`,
    // `code=226 msg="Transfer complete"`: the code in one field, its text in the next, or
    // in a later field named for a message (`code: 550, path: "/v", serverDescription:
    // Optional("/v: No such file")`, a Swift error's description).
    // (A word in capitals alone is another field's value, an enum's: `"response_code":530,
    // "scheme":"FTP"` in curl's `-w '%{json}'`.)
    let enum_value = |t: &[u8]| t.len() <= 8 && t.iter().all(u8::is_ascii_uppercase);
    let next_field = || field_text(after).filter(|t| !enum_value(t));
    let text = match (lead, message_field(after).or_else(next_field)) {
        (Lead::Key, Some(t)) if text.is_empty() || after.first() == Some(&b' ') => t,
        _ => text,
    };
    // `<match>530 Login incorrect</match>`: a detection rule's pattern (Wazuh's, OSSEC's),
    // what log lines are matched against, no reply shown.
    if element_name(before).is_some_and(lex::pattern_element) {
        return None;
    }
    // `FTPException [code=331, message= null]`: an error object whose message is none
    // holds a code the library keeps, no reply it shows.
    let closed = lex::trim_end(text);
    let value = match closed.last() {
        Some(b']' | b'}' | b')') => lex::trim_end(&closed[..closed.len() - 1]),
        _ => closed,
    };
    if lead == Lead::Key && matches!(value, b"null" | b"None" | b"nil" | b"undefined") {
        return None;
    }
    if tight_fields(before, text) {
        return None;
    }
    if frame_length(before) || flow_count(before) {
        return None;
    }
    // `get: 550 report.txt: file already exists` (lftp's error about a file it was given):
    // a client's command, the file's name, then what went wrong with it. (A reply it
    // quotes comes after its own words: `get: Access failed: 550 ...`.)
    if let Some(head) = before.strip_suffix(b": ")
        && lex::trim_start(head) == lex::last_word(head)
        && client_verb(lex::last_word(head))
        && lex::first_token(lex::trim_start(&line[at + 3..]))
            .strip_suffix(b":")
            .is_some_and(|name| name.contains(&b'.'))
    {
        return None;
    }
    // `  flags: 550`: a number alone after a name no list knows, the line's only word, is
    // that name's value. (After other words the name may be a client's error's last:
    // `curl: (25) Failed FTP upload: 553`.)
    if lead == Lead::Label
        && lex::trim_end(text).is_empty()
        && !lex::trim_end(lex::trim_start(before)).contains(&b' ')
    {
        return None;
    }
    // `cannot login to ftp: 530: null (com.x.FtpMonitor:251)`: the same, an exception's
    // message made of the code and a message that is none, the logger's place after it.
    if matches!(lead, Lead::Key | Lead::Label | Lead::Error)
        && [&b"null"[..], b"None", b"nil", b"undefined"]
            .iter()
            .any(|none| {
                text.strip_prefix(*none)
                    .is_some_and(|rest| rest.is_empty() || rest.starts_with(b" ("))
            })
    {
        return None;
    }
    // `"lines":{"text":"... <- MDTM 550 report.txt\n"},...,"submatches":[{"match":{"text":
    // "550"}`: a code alone in a string that repeats a number the line showed before (a
    // search tool's match, an index's key) is that number again, no reply of its own.
    if quote.is_some() && lex::trim_end(text).is_empty() && shown_before(before, &line[at..at + 3])
    {
        return None;
    }
    // `rejected password: 530 Login authentication failed` (ftpcopy's fatal error): a
    // password's field holds the password tried (`Password: 530`), but a reply's words
    // after the number make it the reply the password got.
    let lead = match lead {
        Lead::OtherKey
            if key_name(before).is_some_and(|k| {
                k.eq_ignore_ascii_case(b"password") || k.eq_ignore_ascii_case(b"passwd")
            }) && text.first().is_some_and(|b| lex::is_upper(*b))
                && next_key(text).is_none()
                && !lex::first_token(text).ends_with(b":")
                && in_reply_words(text) =>
        {
            Lead::Label
        }
        _ => lead,
    };
    // `CODE=226 TASKID=none`: what follows is another key's field, not the reply's text.
    let text = match (lead, next_key(text)) {
        (Lead::Key | Lead::OtherKey, Some(key)) if key_lead(key) == Lead::OtherKey => &b""[..],
        _ => text,
    };
    // `get a.txt failed: No such file or directory. code=550`: an error message with the
    // reply's text, then its code in a field of its own.
    // (A key named for an FTP reply's code holds one, whatever stands around it.)
    if matches!(lead, Lead::Key | Lead::OtherKey) && http_code_key(before) {
        return None;
    }
    // `writtenBytes=421 event="Stream copy finished"`: a field that holds an amount.
    if lead == Lead::OtherKey && measure_key(before) {
        return None;
    }
    let ftp_key = ftp_code_key(before);
    let quoted = (lead == Lead::Key && text.is_empty() && !ftp_key)
        .then(|| {
            text_before_key(before)
                .or_else(|| message_before(before))
                .or_else(|| bracketed_before_key(before, &line[at + 3..]))
        })
        .flatten();
    let (lead, text) = match quoted {
        Some(quoted) => (Lead::Error, quoted),
        None => (lead, text),
    };
    // `code: 550` alone, a property of an error object printed under its message (node's
    // `{ code: 550 }`, `response code: 226`): the reply's code again, no reply by itself.
    let lead = if lead == Lead::Key && text.is_empty() && !ftp_key && key_alone(before) {
        Lead::Prose
    } else {
        lead
    };
    // `login failed: ... but got 530 [' Authentication failed.']`: an error message
    // quoting the reply in its own words.
    let lead = if lead == Lead::Prose && fact(before, Fact::Error) {
        Lead::Error
    } else {
        lead
    };
    // (A field whose text an error object's message gave is one with its text.)
    if field && !matches!(lead, Lead::Key | Lead::Paren | Lead::Quote) && quoted.is_none() {
        return None;
    }
    // (A reply's lines as a list of strings are a client's rendering of it.)
    let listed = text.starts_with(b"['") || text.starts_with(b"[\"");
    // `ftp.rb:1399:in 'parse227': 227 192,168,7,97,199,99 (Net::FTPProtoError)`: Ruby's
    // report of an exception, its class after its message, which quotes the reply.
    let raised = error_class_after(text);
    // (An access log's record is the server's, whatever words its fields hold before the
    // command: `proto=ftp user=- orig=- "QUIT" 221 xfer=-/-`.)
    let form = if lead == Lead::Error
        || fact(before, Fact::Error) && !strong_lead(lead) && lead != Lead::Access
        || listed
        || raised
    {
        Form::Quote
    } else {
        Form::Plain
    };
    // `check_tcp ... '-e' '220'`, `--expect 220`: a code alone as a program's argument,
    // what it is told to expect; `\t1: 221` under `\t0: 220`, an item of a numbered list
    // of them. Neither is a reply.
    if text.is_empty() && (option_before(before) || numbered_item(before)) {
        return None;
    }
    // `FTP greeting error: 500 5.3.0 Error: command failed` (monit's protocol test): a
    // client's error that names FTP quotes what came over it, a mail server's status in
    // its text or not; the text is judged past the status.
    let mail_status = (lead == Lead::Error)
        .then(|| lex::first_token(text))
        .filter(|status| {
            smtp_status(code.get(), status)
                && lex::trim_end(before).ends_with(b":")
                && lex::words(&before[before.len().saturating_sub(32)..], 8).any(|w| w == b"FTP")
        });
    let scored_text = mail_status.map_or(text, |status| lex::trim_start(&text[status.len()..]));
    let mut score = lead_score(lead) + code_score(code) + text_score(code, sep, scored_text, lead);
    if raised {
        score += 3;
    }
    // `my FTP server provider software responds `250 Directory successfully changed.` on
    // `PASV``: a reply in a sentence's inline code, what the writer names, not a log's line.
    if before.ends_with(b"`") && prose_before(&before[..before.len() - 1]) {
        score -= 20;
    }
    // `| USER [name] | `331 Please, specify the password.` |`: a reply as inline code in a
    // Markdown table's cell, a document's (a test plan's, a manual's), no record's: a
    // table dumped from a log's records writes its cells bare.
    if code_cell(before, after) {
        score -= 20;
    }
    // `rejects the request with code 425 if no connection was established`: a sentence that
    // goes on after the code, no reply's text (which never starts with a conjunction).
    // (After any word or mark: `error 550 for NLST if ...`, `server reply 530 for PASS`.)
    if lead != Lead::Start && starts_with_conjunction(text) {
        score -= 10;
    }
    // `in 226 response sent`, `226/426 reply`: a code named in prose, or codes listed.
    if reply_noun_after(text)
        || verb_after(text)
        || after.first() == Some(&b'/')
            && after
                .get(1..4)
                .is_some_and(|d| d.iter().all(u8::is_ascii_digit))
    {
        score -= 8;
    }
    // `  129 |     ret = Z_DATA_ERROR;`: a compiler's quote of a source line under its
    // number (a code never has a bar after it, but where the reply itself follows).
    if lex::trim_end(before).is_empty() && after.starts_with(b" | ") {
        score -= 8;
    }
    // `220 ` at the start of a line: a reply with its separator and no text, as the
    // protocol writes one (a count or a number alone has no blank after it).
    if text.is_empty() && lead == Lead::Start && after.first() == Some(&b' ') {
        score += 1;
    }
    if *is_listing.get_or_insert_with(|| listing(line)) {
        score -= 12;
    }
    // `..., reply 425`, `the server answers 226`: a code alone that a sentence names.
    if text.is_empty()
        && !matches!(lead, Lead::Arrow | Lead::Key | Lead::Quote | Lead::Start)
        && sentence_before(before)
    {
        score -= 6;
    }
    // `"status" "401" "bytes" "220" "ms" "331"`: one of a list of strings, a number alone
    // in its quotes among the others (a store's command as redis-cli's MONITOR prints it,
    // a command line's words), no reply.
    // (Or a list's one item, `MSG_PAYLOAD: ["220"]`: a message's body as nats-server's
    // trace prints it.)
    let list_item = matches!(before, [.., b'[', b'"' | b'\'']) && after.get(1) == Some(&b']');
    if lead == Lead::Quote
        && text.is_empty()
        && matches!(after.first(), Some(b'"' | b'\''))
        && (memchr::memchr_iter(b'"', before).count() >= 6 || list_item)
    {
        score -= 4;
    }
    if form == Form::Quote && text.is_empty() {
        // `Failed to MKD dir: 550`: a client's words around a number, quoting no reply.
        score -= 5;
    }
    // `kCFFTPStatusCodeKey=550`, `ftp_reply_code: 550`: a key that names an FTP reply's
    // code, above any other code of the line (`Code=200` there is the error's own).
    if ftp_key {
        score += 4;
    }
    // `{"cmd":"USER","request":"USER alice","code":331,"xfer":"-"}` (ProFTPD's SQLLog table
    // as `sqlite3 -json` prints it, held-out round 688): a record of one exchange, the
    // command in a field of its own beside the code (a `-` beside them is no text).
    if lead == Lead::Key
        && matches!(lex::trim_end(text), b"" | b"-")
        && line.starts_with(b"{")
        && crate::scan::command::in_fields(line).is_some()
    {
        score += 3;
    }
    // `227 - Entering Passive Mode (x,x,x,x,x,x).`, `215 : NAME system type`, `110 =>
    // Restart marker reply.`: a code, a sign, what it means, as a list of codes defines
    // them (or a numbered listing, `316 | throw ...`); a reply puts no such sign between
    // its code and its text (none of the replies of 462 logs with hand-checked ground
    // truth, the fixtures and the project's held-out rounds, does; ncftp's `331: Username
    // ok` glues its colon to the code). `200 Codes => ...`, `400 Series` head a group.
    if sep == Sep::Last
        && (defines_code(after) && delimiter != Some(b"\t") && barred_command.is_none()
            || defined_term(before, text)
            || catalogue_word(text)
            || [&b"codes"[..], b"series"]
                .iter()
                .any(|w| lex::first_token(text).eq_ignore_ascii_case(w)))
    {
        score -= 12;
    }
    // `courieresmtpd: error,relay=...,to=<user@host>: 550 User unknown.`: a mail server's
    // record, in the system log it shares with an FTP server's; `SVDRP vdrbox <
    // 127.0.0.1:51402 message '550 No such file'`: a video recorder's.
    if fact(before, Fact::OtherProtocol) {
        score -= 12;
    }
    // `ConnectionClosedByBroker: (530) "NOT_ALLOWED - access to vhost 'x' refused"`: a
    // message broker's reply, whose codes AMQP took from FTP's numbering.
    if amqp_reply(code.get(), text) {
        return None;
    }
    // `<error code="503" type="cancel"><service-unavailable .../>`: an XMPP stanza's.
    if xmpp_stanza_code(line, before) {
        return None;
    }
    // `SYSLOG_RAW=<95>Dec  4 ... ftpd[757]: <--- 220 `: a field that holds a record's
    // message again as it came (journald's copy beside MESSAGE, the Elastic Common
    // Schema's `event.original` beside `message`): the reply is the message's.
    if raw_copy_field(line) {
        score -= 12;
    }
    // `//    110 Restart marker reply.`: a code that opens a comment of source code, as a
    // program's constants are documented (a transcript in a comment has its marker: `// <
    // 220 ...`).
    // (A transcript kept in comments writes its reply as a log does, the code right after
    // the mark and one blank at most: `// 227 Entering Passive Mode (...)`, `//220 ready`.)
    let kept = comment_mark(before) && before.len() - lex::trim_end(before).len() <= 1;
    if (lex::trim_end(before).ends_with(b"//") || lex::trim_end(before).ends_with(b"/*")) && !kept {
        score -= 10;
    }
    // `I did eventually get a 550 error`: a code after an article is a noun of prose; one
    // after `ex)` or `e.g.` an example a text gives.
    if article_before(before) || example_before(before) {
        score -= 8;
    }
    // `Crawled (404) <GET ftp://host/missing.txt>`: an HTTP status, of the request after it;
    // `HTTP POST http://...: 500 Internal Server Error`: HTTP's own words for its status.
    // (Or HL7's condition for its code: `ERR-3 200 (Unsupported message type)`; or an EDI
    // message's segments, an amount among their elements: `DOCK 421 BEFORE 15?:00'.NAD+BY+`.)
    if http_request(text)
        || http_reason(code, text)
        || hl7_reason(code, text)
        || interchange_segments(text)
    {
        score -= 10;
    }
    // `404 335 http://127.0.0.1/missing.html` (curl's `-w '%{http_code} %{size_download}
    // %{url}'`): numbers, then an address alone; a reply has words.
    // (Or after such a number: `404 335 http://...`.)
    let number_before = {
        let b = lex::trim_end(lex::trim_start(before));
        !b.is_empty() && b.iter().all(u8::is_ascii_digit)
    };
    if url_alone(text, number_before) {
        score -= 10;
    }
    // `CodeAndMsg { code: FileStatus, msg: "421" }` (libunftp's SIZE reply, named), `"text":
    // "421"`: a field for a message's words holding a number alone, no reply's code.
    if lead == Lead::Key && text.is_empty() && message_key(before) {
        score -= 4;
    }
    // `SentData { path: "/pub/size-421.bin", bytes: 421 }), username: bob`: a number that
    // closes the structure it is a field of, no reply's code (whose text follows it).
    if !matches!(lead, Lead::Paren | Lead::Bracket)
        && matches!(text, [b'}' | b')' | b']', b',' | b')' | b'}' | b']', ..])
    {
        score -= 6;
    }
    // `request="GET /x HTTP/1.1" status=404 ... agent="Probe/1.0 (550 Denied)"`: an HTTP
    // server's access record, whose fields are HTTP's (a user agent may say anything).
    // (Or after it, with the record's next number first: haproxy's `... 0/-1/-1/-1/0 503
    // 217 - - SC-- ... "GET /legacy/226.txt HTTP/1.1"`; a server's reply that quotes an
    // HTTP request sent to it has words first.)
    // (Or after the request itself: `healthcheck: GET /app/status -> 502`.)
    if http_record(before)
        || text.first().is_some_and(u8::is_ascii_digit) && http_record(text)
        || fact(before, Fact::HttpRequest)
    {
        score -= 10;
    }
    // `connect() failed (111: Connection refused)`: a system error's number and words,
    // as nginx and many programs print errno; a reply has no colon after its code.
    if before.ends_with(b"(") && after.first() == Some(&b':') {
        score -= 10;
    }
    // `fail errno 111 (Connection refused)` (Varnish's `FetchError`), `errno=113`: the
    // number a word names as the system's error number, whatever words follow.
    if errno_before(before) {
        score -= 10;
    }
    // `To: 421 <sip:421@127.0.0.1:10054>`: an address header whose name is a number, its
    // URI after it (SIP's and mail's `To:`, `From:`, `Contact:`), no reply's words.
    if bracketed_uri(text) {
        score -= 10;
    }
    // `permissions on the target (550 Permission denied), missing remote path`: a reply
    // named in parentheses inside a sentence that goes on after them, an aside of prose
    // (a client's error that quotes one names the error before: `Login failed (530 Login
    // incorrect), retrying`).
    if lead == Lead::Paren && aside(after) && !fact(before, Fact::Error) {
        score -= 6;
    }
    // `waiting for: "211 "`, `expected 226`: a code the program waits for, not one it got.
    if awaited(before) {
        score -= 8;
    }
    // `  • 226 ABOR command successful.`: an item of a page's list (a bullet of its own, as
    // a web page's `<li>` becomes text), the replies a manual says a command may get; a
    // log's line has no such bullet.
    // (Or leading a line of prose the code ends: `• Modified FTP server code to open a
    // data connection and send 150`.)
    // (Not where a label names what the item quotes: `• Server response: 227 ...`.)
    if !matches!(lead, Lead::Key | Lead::Direction | Lead::Arrow)
        && matches!(
            lex::trim_start(before),
            [0xe2, 0x80, 0xa2, b' ', ..]
                | [0xc2, 0xb7, b' ', ..]
                | [0xe2, 0x96, 0xaa, b' ', ..]
                | [0xe2, 0x97, 0x8f, b' ', ..]
                | [0xe2, 0x97, 0xa6, b' ', ..]
        )
    {
        score -= 10;
    }
    // `can fail with error '451 Transfer aborted`, `the server may return 550`: what a
    // program can or will do, as a manual says; a log tells what it did.
    if fact(before, Fact::Modal) {
        score -= 10;
    }
    // `accept a 500 (syntax error) or 530 (not logged in)`: a code offered as another
    // one's alternative, which a sentence does and a log does not.
    if alternative_code(before) {
        score -= 10;
    }
    // `and sends "226 Transfer complete." on the control connection`, `... or '451
    // Transfer aborted'`: a reply quoted inside a sentence, named rather than logged.
    // `當發送pasv之後,返回「227 entering passive mode (...)」。`: a reply in the corner
    // brackets Chinese and Japanese quote with, inside a sentence (no log writes them).
    if before.ends_with("「".as_bytes()) || before.ends_with("『".as_bytes()) {
        score -= 8;
    }
    // So is a reply further into such a quote (`error "200 PORT command successful.
    // Consider using PASV. 425 Failed to establish connection" indicates ...`).
    if let [.., q @ (b'"' | b'\'' | b'`')] = before
        && (prose_before(&before[..before.len() - 1]) && sentence_after(after, *q)
            || named_after_quote(after, *q)
            || lex::last_word(&before[..before.len() - 1]).eq_ignore_ascii_case(b"or")
                && before[..before.len() - 1].ends_with(b"or "))
    {
        score -= 8;
    } else if let Some(open) = memchr::memrchr(b'"', before)
        && !memchr::memchr_iter(b'"', before).count().is_multiple_of(2)
        && prose_before(&before[..open])
        && sentence_after(after, b'"')
    {
        score -= 8;
    }
    // `    257 def voidresp(self):`: a line's number before a program's line (IPython's and
    // Jupyter's tracebacks), no reply's code; `--> 414     resp = self.sendcmd(...)`, the
    // line a traceback points at (stackprinter's, IPython's arrow).
    if lex::trim_end(before)
        .iter()
        .all(|b| matches!(b, b'-' | b'=' | b'>' | b'*' | b' '))
        && source::code_line(text)
    {
        score -= 10;
    }
    // `| 110  | Restart marker reply |`: the code alone in a table's cell, its words in the
    // next; a reply does not put a bar after its code.
    if lex::trim_end(before).ends_with(b"|") && text.starts_with(b"|") {
        score -= 4;
    }
    // `AssertionError: code 530 missing from table`: the word `code` right before the
    // number names it in the program's own sentence, as `reply code 550` does: no quote
    // (though a person who pastes the line asks about that code).
    // (Words in small letters after it are the sentence's; a reply's text starts with a
    // capital: `server replied with code 550 Failed to open file.` quotes one.)
    if let Some(word) = before.strip_suffix(b" ")
        && lex::last_token(word).eq_ignore_ascii_case(b"code")
        && text.first().is_some_and(u8::is_ascii_lowercase)
    {
        score -= 12;
    }
    // `PASS    530  7`: a verb alone in its column, the code, a number alone: a table that
    // counts the replies of each command (`sort | uniq -c` reshaped, a grouped report),
    // an aggregate of many replies, no record of one (which names more: a time, a
    // client, the argument).
    let counted = lex::trim_end(lex::trim_start(after));
    if command
        .or(barred_command)
        .or(column_command)
        .is_some_and(|c| lex::trim_end(lex::trim_start(before)) == c)
        && !counted.is_empty()
        && counted.iter().all(u8::is_ascii_digit)
    {
        return None;
    }
    // `"QUIT" 221 Goodbye.`: a record of a command and the reply the protocol gives it
    // (ProFTPD's ExtendedLog, `"%r" %s %S`), the pair itself the evidence.
    if arrowed.or(column_command).is_some_and(|c| {
        sequences::lookup_bytes(crate::scan::command::verb(c)).is_some_and(|s| s.lists(code))
    }) {
        score += 3;
    }
    Some(Candidate {
        found: Found {
            code,
            sep,
            at,
            text,
            form,
            command: command
                .or(barred_command)
                .or(arrowed)
                .or(column_command)
                .or(answered),
            closed_inline,
            hangs,
            shape: lex::shape(before),
        },
        lead,
        score,
    })
}

/// `Failed FTP upload: 553`, `(9, 'Failed to MKD dir: 550')`: a client's error that ends
/// with a code the RFCs define, alone, after words that name FTP or one of its commands.
pub(super) fn bare_code_error(line: &[u8], c: &Candidate) -> bool {
    let f = &c.found;
    let after = line.get(f.at + 3..).unwrap_or_default();
    let before = &line[..f.at];
    f.form == Form::Quote
        && f.text.is_empty()
        && after
            .iter()
            .all(|b| matches!(b, b'\'' | b'"' | b')' | b']' | b'.') || lex::is_space(*b))
        && codes::lookup(f.code).is_some()
        // (`failed with code 550`, `reply code 550`: a sentence naming the code.)
        && !matches!(lex::last_token(lex::trim_end(before)), b"code" | b"with")
        && before[before.len().saturating_sub(48)..]
            .split(|b| !b.is_ascii_alphabetic())
            .any(|w| has_word(w, b"ftp") || capital_verb(w))
}

/// Whether the place follows the start tag of an HTML link: `<a href="...">`.
fn link_text(before: &[u8]) -> bool {
    before.ends_with(b">")
        && memchr::memrchr(b'<', before).is_some_and(|open| {
            let tag = &before[open + 1..];
            tag.len() > 2 && tag[0].eq_ignore_ascii_case(&b'a') && tag[1] == b' '
        })
}

/// Whether the place ends the opening quote of a link's or an image's address inside a
/// markup tag not yet closed: `<a href="`, `<img src='`. (Other attributes may hold a
/// reply: JUnit's `<failure message="550 Permission denied.">`.)
fn in_markup_tag(before: &[u8]) -> bool {
    let Some(value) = before
        .strip_suffix(b"=\"")
        .or_else(|| before.strip_suffix(b"='"))
    else {
        return false;
    };
    if !(value.ends_with(b" href") || value.ends_with(b" src")) {
        return false;
    }
    memchr::memrchr(b'<', value).is_some_and(|open| {
        value.get(open + 1).is_some_and(u8::is_ascii_alphabetic)
            && !value[open..].contains(&b'>')
            && !value[open..].contains(&b'"')
    })
}

/// Whether a line is an IMAP server's untagged data response (RFC 9051 §7.3, §7.2.2):
/// `* LIST (\\HasNoChildren) "/" "INBOX"`, `* STATUS "x" (MESSAGES 3)`, behind a client's
/// marker for what it received (`< `).
fn imap_data(line: &[u8]) -> bool {
    let line = lex::trim_start(line);
    let line = line.strip_prefix(b"<").map_or(line, lex::trim_start);
    let Some(rest) = line.strip_prefix(b"* ") else {
        return false;
    };
    [
        &b"LIST ("[..],
        b"LSUB (",
        b"STATUS ",
        b"FLAGS (",
        b"NAMESPACE (",
    ]
    .iter()
    .any(|w| rest.starts_with(w))
}

/// Whether a number, or a string that starts with it, is a key of a map literal: a colon
/// after it, and before it the brace that opens the map or a comma inside one still open
/// (`{421: 'busy', 226: 'done'}`, `{'550 report': 'not a reply'}`).
fn map_key(before: &[u8], after: &[u8]) -> bool {
    // `{'226 files': 'files\n', '550 report': '...'}` (a dict of files' contents by their
    // names, as a script prints it): a string that opens at the code and closes before a
    // colon is a key too.
    // (A value after the colon, as a map's: a string, a number, a list, a map, a
    // constant; not prose, `'550 Failed to open file.': giving up`. And the brace or the
    // comma before it outside any string: not a comma in a message's words.)
    if let Some(&q @ (b'\'' | b'"')) = before.last() {
        let key = memchr::memchr(q, after)
            .is_some_and(|end| after[end + 1..].strip_prefix(b": ").is_some_and(map_value));
        let head = &before[..before.len() - 1];
        return key && map_key(head, b":") && !in_any_string(head);
    }
    if after.first() != Some(&b':') {
        return false;
    }
    let before = lex::trim_end(before);
    match before.last() {
        Some(b'{') => true,
        Some(b',') => {
            memchr::memrchr(b'{', before).is_some_and(|open| !before[open..].contains(&b'}'))
        }
        _ => false,
    }
}

/// Whether what follows a map key's colon starts a value as programs print one.
fn map_value(v: &[u8]) -> bool {
    matches!(
        v.first(),
        Some(b'\'' | b'"' | b'{' | b'[' | b'(' | b'-' | b'0'..=b'9')
    ) || [&b"True"[..], b"False", b"None", b"true", b"false", b"null"]
        .iter()
        .any(|c| v.starts_with(c))
}

/// Whether the end of `s` stands inside a quoted string that began after the last brace
/// still open (quotes of either kind, a backslash escaping the next byte).
fn in_any_string(s: &[u8]) -> bool {
    let open = memchr::memrchr(b'{', s).unwrap_or(0);
    let mut quote = None;
    let mut i = open;
    while i < s.len() {
        match (quote, s[i]) {
            (_, b'\\') => i += 1,
            (None, q @ (b'\'' | b'"')) => quote = Some(q),
            (Some(q), b) if b == q => quote = None,
            _ => {}
        }
        i += 1;
    }
    quote.is_some()
}

/// Where the bracket `open` opened before a text closes in it, brackets of its kind inside
/// it passed over; a parenthesis where no bracket stands before.
fn closing(open: Option<&u8>, text: &[u8]) -> Option<usize> {
    let (open, close) = match open {
        Some(b'[') => (b'[', b']'),
        Some(b'{') => (b'{', b'}'),
        _ => return memchr::memchr(b')', text),
    };
    let mut depth = 0usize;
    for (i, &b) in text.iter().enumerate() {
        if b == open {
            depth += 1;
        } else if b == close {
            if depth == 0 {
                return Some(i);
            }
            depth -= 1;
        }
    }
    None
}

/// Whether a number follows the string `text` (a slice of `after`) as the tuple's next
/// element: `(550, 'No such file', 1)` is a row of a table's columns (SQL's `VALUES`), not a
/// reply's code and its text, which a pair holds and nothing more.
fn number_after_string(after: &[u8], text: &[u8]) -> bool {
    let end = (text.as_ptr() as usize).wrapping_sub(after.as_ptr() as usize) + text.len() + 1;
    let tail = lex::trim_start(after.get(end..).unwrap_or_default());
    let Some(tail) = tail.strip_prefix(b",") else {
        return false;
    };
    let tail = lex::trim_start(tail);
    let tail = tail.strip_prefix(b"-").unwrap_or(tail);
    tail.first().is_some_and(u8::is_ascii_digit)
}

/// Whether an HTTP status is named before a code (`HTTP response: 401 Unauthorized`,
/// `HTTP status 404`, `http error: 500`): LWP and other HTTP-minded clients give their
/// FTP results as HTTP's statuses.
fn http_labelled(before: &[u8]) -> bool {
    let t = lex::trim_end(before);
    let t = t.strip_suffix(b":").unwrap_or(t);
    let word = lex::last_token(t);
    let head = lex::trim_end(&t[..t.len() - word.len()]);
    [&b"response"[..], b"status", b"code", b"error"]
        .iter()
        .any(|w| word.eq_ignore_ascii_case(w))
        && lex::last_token(head).eq_ignore_ascii_case(b"http")
}

/// Whether a line holds an HTTP request line in double quotes (`"GET /files/x HTTP/1.1"`)
/// as a record's field: a method in capitals right after the quote, then a target, then
/// the version and the closing quote, and another field after it.
fn quotes_http_request(line: &[u8]) -> bool {
    needle::find_iter!(line, b" HTTP/").any(|at| {
        let version = &line[at + 6..];
        let digits = version
            .iter()
            .take_while(|b| b.is_ascii_digit() || **b == b'.')
            .count();
        if digits == 0 || version.get(digits) != Some(&b'"') {
            return false;
        }
        // (A record's next field follows, a number or `-`: an FTP server's reply that
        // quotes the request it got ends with it, `500 Unknown command "GET / HTTP/1.1"`.)
        if !matches!(
            version.get(digits + 1..digits + 3),
            Some([b' ', b'0'..=b'9' | b'-'])
        ) {
            return false;
        }
        let Some(open) = memchr::memrchr(b'"', &line[..at]) else {
            return false;
        };
        let request = &line[open + 1..at];
        let method = request
            .iter()
            .take_while(|b| b.is_ascii_uppercase())
            .count();
        method >= 3
            && request.get(method) == Some(&b' ')
            && !request[method + 1..].is_empty()
            && !request[method + 1..].contains(&b' ')
    })
}

/// Whether what stands before a code ends with an HTTP version and a blank (`HTTP/1.1 `,
/// `HTTP/2 `).
fn after_http_version(before: &[u8]) -> bool {
    let Some(t) = before.strip_suffix(b" ") else {
        return false;
    };
    let word = &t[t
        .iter()
        .rposition(|b| matches!(b, b' ' | b'\t' | b'<' | b'>' | b'"' | b'\''))
        .map_or(0, |i| i + 1)..];
    word.strip_prefix(b"HTTP/").is_some_and(|v| {
        !v.is_empty() && v.len() <= 3 && v.iter().all(|b| b.is_ascii_digit() || *b == b'.')
    })
}

/// Whether a text ends with an exception's class in parentheses (Ruby's `message
/// (Net::FTPPermError)`, `... (FtpException)`).
pub(super) fn error_class_after(text: &[u8]) -> bool {
    let t = lex::trim_end(text);
    let Some(inner) = t.strip_suffix(b")") else {
        return false;
    };
    let Some(open) = memchr::memrchr(b'(', inner) else {
        return false;
    };
    let class = &inner[open + 1..];
    !class.is_empty()
        && class
            .iter()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b':' | b'.' | b'_'))
        && class.first().is_some_and(u8::is_ascii_uppercase)
        && {
            let last = class
                .rsplit(|b| matches!(b, b':' | b'.'))
                .next()
                .unwrap_or_default();
            last.ends_with(b"Error") || last.ends_with(b"Exception")
        }
}

/// Whether a modal verb stands among the last four words before a code (`can fail with
/// error '451 ...`, `may return 550`, `will send a 421`), not one that says what failed
/// (`Could not open`, `can't`, `cannot`).
pub(super) fn modal_before(before: &[u8]) -> bool {
    const MODALS: &[&[u8]] = &[
        b"can", b"could", b"may", b"might", b"must", b"shall", b"should", b"will", b"would",
    ];
    let tail = &before[before.len().saturating_sub(48)..];
    // (In the code's own field: `will reconnect\t{"error": "530 ...` is a record's message
    // and then its fields.)
    let tail = memchr::memrchr3(b'\t', b'{', b'|', tail).map_or(tail, |i| &tail[i + 1..]);
    // The last four words, from the last (`can't` is one word, a quote mark around a
    // string none); each with the word after it.
    let mut after: &[u8] = b"";
    for word in tail
        .rsplit(|b| !b.is_ascii_alphabetic() && *b != b'\'')
        .filter(|w| w.iter().any(u8::is_ascii_alphabetic))
        .take(4)
    {
        if MODALS.iter().any(|m| m.eq_ignore_ascii_case(word))
            && !after.is_empty()
            && !after.eq_ignore_ascii_case(b"not")
        {
            return true;
        }
        after = word;
    }
    false
}

/// Whether a cell holds `key=value` fields alone (`status=- failure="-"`).
fn key_values(cell: &[u8]) -> bool {
    let mut fields = cell
        .split(|b| *b == b' ')
        .filter(|f| !f.is_empty())
        .peekable();
    fields.peek().is_some()
        && fields.all(|f| {
            memchr::memchr(b'=', f).is_some_and(|eq| {
                eq > 0
                    && f[..eq]
                        .iter()
                        .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'-' | b'.'))
            })
        })
}

/// Whether `or` stands right before a code (`a 500 or 530`), or `and` after another code
/// (`replies 550 and 553`): codes named in a sentence, one beside the other.
fn alternative_code(before: &[u8]) -> bool {
    let Some(head) = before.strip_suffix(b" ") else {
        return false;
    };
    let word = lex::last_word(head);
    if !head.ends_with(word)
        || head.len() == word.len()
        || !lex::is_space(head[head.len() - word.len() - 1])
    {
        return false;
    }
    match word {
        b"or" | b"nor" => true,
        b"and" => {
            let sentence = &head[head.len().saturating_sub(48)..head.len() - word.len()];
            sentence.windows(5).any(|w| {
                !w[0].is_ascii_alphanumeric()
                    && w[1..4].iter().all(u8::is_ascii_digit)
                    && !w[4].is_ascii_alphanumeric()
            })
        }
        _ => false,
    }
}

/// Whether a sentence goes on after the string a code opened, closed by `quote`: a word
/// in small letters after it (`"226 Transfer complete." on the control connection`).
pub(super) fn sentence_after(after: &[u8], quote: u8) -> bool {
    let Some(close) = memchr::memchr(quote, after) else {
        return false;
    };
    let rest = &after[close + 1..];
    // (The quote ends the sentence: `... the common FTP error "200 PORT command
    // successful.". By examining ...`.)
    if matches!(rest, [b'.' | b',' | b';', b' ', ..] | [b'.' | b',' | b';']) {
        return true;
    }
    let rest = rest
        .strip_prefix(b",")
        .or_else(|| rest.strip_prefix(b"."))
        .unwrap_or(rest);
    // (`is "200 Type is Image" instead of "227 ..."`: a program's words on what it got.)
    matches!(rest, [b' ', b'a'..=b'z', ..]) && !rest[1..].starts_with(b"instead")
}

/// Whether the string a code opened is followed by the noun that names it, which ends
/// the line: `fix: server sending "227 Logout." response` (a change's title).
fn named_after_quote(after: &[u8], quote: u8) -> bool {
    let Some(close) = memchr::memchr(quote, after) else {
        return false;
    };
    let Some(rest) = after[close + 1..].strip_prefix(b" ") else {
        return false;
    };
    let word = &rest[..rest
        .iter()
        .position(|b| !b.is_ascii_lowercase())
        .unwrap_or(rest.len())];
    // (The noun ends the line, as a title does: a log goes on, `received '220 ready.'
    // response from backend`.)
    matches!(
        word,
        b"response" | b"responses" | b"reply" | b"replies" | b"message" | b"error" | b"code"
    ) && lex::trim_end(&rest[word.len()..])
        .iter()
        .all(|b| b.is_ascii_punctuation())
}

/// Whether the words before a place are a sentence's: four words of letters at least in
/// the last 60 bytes, two in three of them in small letters, and no sign of a record's
/// fields (a log's header has its level, its logger's name and its fields there).
pub(super) fn prose_before(before: &[u8]) -> bool {
    let tail = &before[before.len().saturating_sub(60)..];
    // (A record's fields are no sentence: `{ code: 215, text: '215 ...'`; a colon may end
    // one, `after ls and long wait: `425 ...``.)
    if tail
        .iter()
        .any(|b| matches!(b, b'{' | b'}' | b'[' | b']' | b'=' | b'|' | b'<' | b'>'))
    {
        return false;
    }
    let (words, small) = lex::words(tail, 12).fold((0, 0), |(n, small), w| {
        (n + 1, small + usize::from(w[0].is_ascii_lowercase()))
    });
    words >= 4 && small * 3 >= words * 2
}

/// Whether the code stands in a Markdown table's cell written as inline code (`` |
/// `331 Please...` | ``, ``| ``` 350 ... <br> 250 ... ``` |``).
fn code_cell(before: &[u8], after: &[u8]) -> bool {
    // (Backticks are rare: looked for first.)
    let Some(tick) = memchr::memrchr(b'`', before) else {
        return false;
    };
    // (The run of backticks that opens the span: one, or three of a block.)
    let run = before[..tick]
        .iter()
        .rev()
        .take_while(|b| **b == b'`')
        .count();
    let cell_start = lex::trim_end(&before[..tick - run]);
    let Some(close) = memchr::memchr(b'|', after) else {
        return false;
    };
    cell_start.ends_with(b"|")
        && memchr::memchr(b'`', &before[tick + 1..]).is_none()
        && lex::trim_end(&after[..close]).ends_with(b"`")
}

/// Whether a line holds the BSD ftp client's `local: NAME remote: NAME`, the same name
/// twice and nothing after it but the end of a string (`\r\n"]`).
fn local_remote(line: &[u8]) -> bool {
    let Some(l) = needle::find!(line, b"local: ") else {
        return false;
    };
    let Some(r) = needle::find!(&line[l..], b" remote: ").map(|r| l + r) else {
        return false;
    };
    let local = &line[l + 7..r];
    !local.is_empty() && local == before_string_end(&line[r + 9..])
}

/// The word right before a code, as a record of a command and its reply writes the
/// command's verb there; none after a mark of what the client sent (`---> MKD 257 "dir"`,
/// `sending: STOR 250 "a.txt"`, `---> PWD 257`: a command, its argument a name or number
/// that starts with digits. From the review).
fn record_verb(before: &[u8]) -> Option<&[u8]> {
    let field = lex::trim_end(before);
    let start = field
        .iter()
        .rposition(|b| lex::is_space(*b))
        .map_or(0, |i| i + 1);
    let marker = lex::trim_end(&field[..start]);
    let marker = marker.strip_suffix(b":").unwrap_or(marker);
    let sent = marker.ends_with(b">")
        || super::verbs::SENT
            .iter()
            .any(|w| w.eq_ignore_ascii_case(lex::last_word(marker)));
    (!sent).then_some(&field[start..])
}

/// A record of a command's verb and the reply it got, the reply's text quoted: ProFTPD's
/// ExtendedLog with `%m %s "%S"` (`[30806] USER 331 "Password required for bob" user=-`,
/// held-out round 691). The verb in capitals, a code the command may get, then a blank and
/// a quoted field closed on the line: no command's argument, which holds no quote after a
/// number (`REST 350`, `RETR 550 report.txt` stay a command's).
fn verb_and_reply(before: &[u8], at_code: &[u8]) -> bool {
    let Some(field) = record_verb(before) else {
        return false;
    };
    // (ProFTPD's `OPTS_MLST` for an OPTS.)
    let verb = super::option_verb(field);
    let Some(rest) = at_code.get(3..).and_then(|r| r.strip_prefix(b" \"")) else {
        return false;
    };
    let code = at_code
        .first_chunk::<3>()
        .and_then(|d| ReplyCode::from_digits(*d));
    memchr::memchr(b'"', rest).is_some()
        && !before.ends_with(b"\" ")
        && code.is_some_and(
            |code| match crate::knowledge::sequences::lookup_bytes(verb) {
                Some(s) => s.listed(code).is_expected(),
                // (A verb clients send that the RFCs do not define, `CLNT 200 "OK"`.)
                None => super::is_verb(verb),
            },
        )
}

/// A record of a command that takes no argument and the code it got, the code ending the
/// line: ProFTPD's ExtendedLog with `%r %s` unquoted (`127.0.0.3 16740 bob PWD 257`,
/// held-out round 730). The number is no argument of such a verb (nor of EPSV, whose
/// argument is 1, 2 or ALL: RFC 2428 §3), and the command gets the code.
fn bare_verb_and_code(before: &[u8], at_code: &[u8]) -> bool {
    let Some(verb) = record_verb(before) else {
        return false;
    };
    let code = at_code
        .first_chunk::<3>()
        .and_then(|d| ReplyCode::from_digits(*d));
    (super::verbs::NO_ARGUMENT.contains(&verb) || verb == b"EPSV")
        && at_code
            .get(3..)
            .is_some_and(|r| lex::trim_end(r).is_empty())
        && code.is_some_and(|code| {
            crate::knowledge::sequences::lookup_bytes(verb)
                .is_some_and(|s| s.listed(code).is_expected())
        })
}

/// Whether a code is an argument of a command typed at a shell's prompt: `$ patator
/// ftp_login ... -x free=user:code=230`, `$ grep -c 550 vsftpd.log` (the program's name
/// first, the code later among its arguments; the name may be a path,
/// `$ /usr/lib/nagios/plugins/check_tcp ... -e 213 End`).
fn shell_argument(before: &[u8]) -> bool {
    let Some(typed) = lex::trim_start(before).strip_prefix(b"$ ") else {
        return false;
    };
    let name = typed
        .iter()
        .take_while(|b| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'-' | b'.' | b'/'))
        .count();
    // (A tab ends what was typed: `paste` puts another log's line beside it.)
    name > 0
        && !typed.contains(&b'\t')
        && (typed[0].is_ascii_alphabetic() || matches!(typed[0], b'/' | b'.'))
        && typed.get(name) == Some(&b' ')
        && typed[name + 1..].iter().any(|b| !lex::is_space(*b))
}

/// Whether a code is the line number of a shell script's error as dash writes it
/// (`/usr/sbin/chkrootkit: 362: lookfor_rootkit: not found`, `deploy.sh: 226: Syntax
/// error: "(" unexpected`: the script, the line, then the message).
fn shell_error(before: &[u8], after: &[u8]) -> bool {
    let Some(script) = before.strip_suffix(b": ") else {
        return false;
    };
    let Some(message) = after.strip_prefix(b": ") else {
        return false;
    };
    let message = lex::trim_end(message);
    let word = |t: &[u8]| !t.is_empty() && !t.iter().any(|b| lex::is_space(*b));
    let named = |suffix: &[u8]| {
        message
            .strip_suffix(suffix)
            .is_some_and(|name| word(name) && !name.ends_with(b":"))
    };
    word(script)
        && (named(b": not found")
            || message.starts_with(b"Syntax error: ")
            || message.starts_with(b"cannot open ")
            || message.starts_with(b"cannot create ")
            || named(b": Bad substitution")
            || message
                .split(|b| *b == b':')
                .nth(1)
                .is_some_and(|m| m.starts_with(b" Illegal number")))
}

/// Whether a text is a number and an address alone, `359 http://host/a.html`, or an
/// address alone after a number. (A reply may be an address alone: Pure-FTPd's `211
/// https://www.pureftpd.org/` ends its HELP.)
fn url_alone(text: &[u8], number_before: bool) -> bool {
    let t = lex::trim_end(text);
    let digits = t.iter().take_while(|b| b.is_ascii_digit()).count();
    let t = match t.get(digits..).and_then(|t| t.strip_prefix(b" ")) {
        Some(t) if digits > 0 => t,
        _ if number_before => t,
        _ => return false,
    };
    !t.iter().any(|b| lex::is_space(*b)) && needle::find!(t, b"://").is_some_and(|i| i > 0)
}

/// Whether a code stands in a DNS record's data, after its class and type (`IN MX 550`,
/// `IN SRV 226 150 21 ftp.example.org.`, `IN TXT "530 ..."`).
fn dns_record(before: &[u8]) -> bool {
    let b = before.strip_suffix(b"\"").unwrap_or(before);
    if !b.last().is_some_and(|c| lex::is_space(*c)) {
        return false;
    }
    let b = lex::trim_end(b);
    const TYPES: &[&[u8]] = &[
        b"A", b"AAAA", b"CAA", b"CNAME", b"DS", b"HINFO", b"MX", b"NAPTR", b"NS", b"PTR", b"SOA",
        b"SRV", b"SSHFP", b"TLSA", b"TXT", b"URI",
    ];
    let kind = lex::last_token(b);
    if !TYPES.contains(&kind) {
        return false;
    }
    let class = lex::last_token(lex::trim_end(&b[..b.len() - kind.len()]));
    matches!(class, b"IN" | b"CH" | b"HS")
}

/// Whether a line is a sample of Prometheus' (and OpenMetrics') text format: a metric's
/// name, its labels in braces, then its value and perhaps a time (`name{a="1"} 3.0`).
fn metric_sample(line: &[u8]) -> bool {
    let line = lex::trim_end(line);
    let name = line
        .iter()
        .take_while(|b| b.is_ascii_alphanumeric() || matches!(b, b'_' | b':'))
        .count();
    if name == 0 || line[0].is_ascii_digit() || line.get(name) != Some(&b'{') {
        return false;
    }
    let Some(close) = memchr::memrchr(b'}', line) else {
        return false;
    };
    let Some(value) = line[close + 1..].strip_prefix(b" ") else {
        return false;
    };
    // (The value, and the sample's time after a blank: numbers, `NaN`, `+Inf`.)
    !value.is_empty()
        && value.split(|b| *b == b' ').take(3).all(|v| {
            !v.is_empty()
                && (v
                    .iter()
                    .all(|b| b.is_ascii_digit() || matches!(b, b'.' | b'e' | b'E' | b'+' | b'-'))
                    || matches!(v, b"NaN" | b"+Inf" | b"-Inf"))
        })
}

/// Whether a line is an IRC server's numeric reply: `:prefix NNN target ...`.
fn irc_message(line: &[u8]) -> bool {
    let Some(rest) = line.strip_prefix(b":") else {
        return false;
    };
    let Some(blank) = memchr::memchr(b' ', &rest[..rest.len().min(80)]) else {
        return false;
    };
    // (A server's name or a user's `nick!user@host`; a nick or `*` as the target: not a
    // keyword of a program's value, `:list 425 "425 Failed ..."`.)
    let prefix = &rest[..blank];
    if !prefix.iter().any(|b| matches!(b, b'.' | b'!')) {
        return false;
    }
    let rest = &rest[blank + 1..];
    matches!(rest, [a, b, c, b' ', t, ..]
        if [a, b, c].iter().all(|d| d.is_ascii_digit()) && (t.is_ascii_alphabetic() || *t == b'*'))
}

/// Whether a syslog message starts after a blank: its priority in angle brackets
/// (`<94>1 2026-...`, `<30>Dec  5 ...`).
fn syslog_frame(after: &[u8]) -> bool {
    let Some(rest) = after.strip_prefix(b" <") else {
        return false;
    };
    let n = rest.iter().take_while(|b| b.is_ascii_digit()).count();
    (1..=3).contains(&n) && rest.get(n) == Some(&b'>')
}

/// Whether a command line's option stands just before (`-e `, `'-e' '`, `--expect=`).
fn option_before(before: &[u8]) -> bool {
    let quote = |b: &u8| matches!(b, b'\'' | b'"');
    let b = before.strip_suffix(b"=").unwrap_or(before);
    // The last word, without the blanks and quotes around it.
    let end = b
        .iter()
        .rposition(|c| !quote(c) && !lex::is_space(*c))
        .map_or(0, |i| i + 1);
    let word = lex::last_token(&b[..end]);
    let word = &word[word.iter().take_while(|c| quote(c)).count()..];
    match word {
        [b'-', b'-', name @ ..] => {
            name.len() >= 2 && name.iter().all(|b| b.is_ascii_lowercase() || *b == b'-')
        }
        [b'-', letter] => letter.is_ascii_alphabetic(),
        _ => false,
    }
}

/// Whether what stands before is a list's number alone (`\t1: `, `2) `), the line's
/// only word before the code.
fn numbered_item(before: &[u8]) -> bool {
    let b = lex::trim_start(lex::trim_end(before));
    let n = b
        .strip_suffix(b":")
        .or_else(|| b.strip_suffix(b")"))
        .unwrap_or(&[]);
    !n.is_empty() && n.len() <= 3 && n.iter().all(u8::is_ascii_digit)
}

/// An error message in the last few words before the code, or a mismatch said so
/// (aioftp's `Waiting for ('2xx',) but got 550 [' Error']`).
pub(super) fn error_before(before: &[u8]) -> bool {
    if lex::trim_end(before).ends_with(b"but got") {
        return true;
    }
    let tail = &before[before.len().saturating_sub(48)..];
    tail.split(|b| !lex::is_letter(*b) && *b != b'_')
        .filter(|w| w.len() >= 3)
        .rev()
        .take(5)
        .any(words::is_error)
        || error_chain(before)
}

/// Whether an error's label opens a chain of contexts, each before its colon, that ends
/// at the code: Go's wrapped errors (`error: job mirror-pub: open session: login as
/// "ftpuser": 530 ...`), however long the contexts.
fn error_chain(before: &[u8]) -> bool {
    let mut at = 0;
    while let Some(i) = memchr::memchr(b':', &before[at..]).map(|i| at + i) {
        let word_start = before[..i]
            .iter()
            .rposition(|b| !lex::is_letter(*b))
            .map_or(0, |j| j + 1);
        if i - word_start >= 3 && words::is_error(&before[word_start..i]) {
            return crate::scan::needle::find_iter!(&before[i + 1..], b": ").count() >= 2;
        }
        at = i + 1;
    }
    false
}

/// `127.0.0.1.59085 127.0.0.1.12716 -> 346: remote peer closed.` (dante's bytes relayed
/// between two endpoints): an arrow from an address with its port written as tcpdump
/// writes it, a fifth number after a dot, points at an amount, no reply.
fn flow_count(before: &[u8]) -> bool {
    let Some(from) = lex::trim_end(before)
        .strip_suffix(b"->")
        .or_else(|| lex::trim_end(before).strip_suffix(b">"))
    else {
        return false;
    };
    let address = lex::last_token(lex::trim_end(from));
    address.split(|b| *b == b'.').count() == 5
        && address.split(|b| *b == b'.').enumerate().all(|(i, p)| {
            (1..=if i < 4 { 3 } else { 5 }).contains(&p.len()) && p.iter().all(u8::is_ascii_digit)
        })
}

/// Whether `digits` stand earlier in the line as a number of their own.
fn shown_before(before: &[u8], digits: &[u8]) -> bool {
    memchr::memmem::find_iter(before, digits).any(|i| {
        !before[..i].last().is_some_and(u8::is_ascii_digit)
            && !before.get(i + 3).is_some_and(u8::is_ascii_digit)
            // (A fraction is no number shown: the milliseconds of a time, `03:58:49,227`.)
            && !matches!(before[..i], [.., b'0'..=b'9', b'.' | b','])
    })
}

/// `10.20.144.151 → 10.20.144.150 TN5250 450 TN5250 Data from Mainframe` (tshark's
/// summary of a packet): after the addresses and the protocol's name stands the frame's
/// length. (An FTP reply in such a row follows the dissector's `Response:`.)
fn frame_length(before: &[u8]) -> bool {
    let mut words = before.rsplit(|b| *b == b' ').filter(|w| !w.is_empty());
    let (Some(protocol), Some(to), Some(arrow)) = (words.next(), words.next(), words.next()) else {
        return false;
    };
    matches!(arrow, [0xe2, 0x86, 0x92] | b"->")
        && protocol
            .iter()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'-' | b'/'))
        && to.iter().any(u8::is_ascii_digit)
        && to.iter().any(|b| matches!(b, b'.' | b':'))
}

pub(super) fn lead_score(lead: Lead) -> i32 {
    match lead {
        Lead::Start => 1,
        Lead::Arrow => 3,
        Lead::Direction => 4,
        Lead::WeakDirection => 2,
        Lead::Error => 1,
        Lead::Prose => -3,
        Lead::Key => 3,
        Lead::OtherKey => -3,
        Lead::Bracket => 1,
        Lead::Quote => 2,
        Lead::Paren => 0,
        Lead::Number => -3,
        Lead::Label => 1,
        Lead::Word => -1,
        Lead::Glued => -5,
        Lead::Access => 6,
        Lead::Verb => 3,
    }
}

pub(super) fn code_score(code: ReplyCode) -> i32 {
    match codes::lookup(code) {
        Some(_) => 1,
        // RFC 2228 (§4) defines 631, 632 and 633 and no other 6yz reply: no server sends
        // one, where 4yz and 5yz codes of their own are common.
        None if code.get() >= 600 => -6,
        // 10y, 30y and 40y: HTTP's informational codes, redirections and client errors
        // (`100 Continue`, `404 File 'x' not found`, `401 Unauthorized`), groups in which
        // FTP defines no code (and curl's progress meter starts its lines at 100%: `100
        // 146k 0 0 ...`).
        None if matches!(code.get(), 100..=109 | 300..=309 | 400..=409) => -5,
        None => -2,
    }
}

/// What the session and the input so far add to a candidate's own evidence.
pub(super) fn context_score(c: &Candidate, ctx: &Context, stats: Stats) -> i32 {
    let code = c.found.code;
    let mut score = 0;
    if let Some(seq) = ctx.pending {
        match seq.listed(code) {
            // `123-First line` at a line's start under the command it answers: a
            // multi-line reply opened as RFC 959 §4.2 writes one, whatever its code (a
            // code no document defines is still a reply, read by its first digit).
            sequences::Listed::Unlisted | sequences::Listed::UnknownCommand
                if c.lead == Lead::Start
                    && c.found.sep == Sep::More
                    && c.found.text.first().is_some_and(|b| lex::is_letter(*b)) =>
            {
                score += 3
            }
            sequences::Listed::Unlisted | sequences::Listed::UnknownCommand => {}
            sequences::Listed::Practice | sequences::Listed::Any => score += 2,
            _ => score += 3,
        }
    }
    if ctx.greeting && matches!(code.get(), 220 | 120) {
        score += 2;
    }
    // (Nor a session's goodbye that what stands before it says is a reply: `ExitMessage:
    // 221 Goodbye.`, a client's field of what the server said last, the transfer's end
    // left unshown.)
    let goodbye = code.get() == 221
        && matches!(
            c.lead,
            Lead::Label | Lead::Key | Lead::Direction | Lead::Arrow
        );
    if ctx.transfer && !code.is_negative() && !matches!(code.get(), 226 | 250) && !goodbye {
        score -= 2;
    }
    // Once a transfer has been announced, the server's next word on it is its end or its
    // failure (RFC 959 §5.4: 226, 250, 425, 426, 451, 551, 552...), or a 421; a 550 in
    // its place is the file's own text, printed by a client (`get 550.txt -`).
    if ctx.transfer
        && code.is_negative()
        && !matches!(code.get(), 421 | 425 | 426 | 451 | 452 | 532 | 551 | 552)
    {
        score -= 6;
    }
    // A file's name where the transfer's end would stand is a name the data connection
    // carried, as a server's trace of what it sent shows them (ftp-srv's `Reply 226
    // files.txt port=12035`), whatever shape the log's replies take. (A path is the
    // server's own word on the file it sent: ftp-srv's `226 /pub/size-421.bin`.)
    if ctx.transfer
        && file_name(c.found.text, c.found.sep)
        && !lex::first_token(c.found.text).contains(&b'/')
    {
        score -= 6;
    }
    // The end of a file's own transfer (RETR, STOR: no listing passes) in words that are a
    // path, ftp-srv's `226 /readme.txt` to `RETR readme.txt`: the server naming the file it
    // moved, which the text's look of a file's name alone held against it.
    if ctx.transfer
        && code.get() == 226
        && ctx
            .pending
            .is_some_and(|s| matches!(s.command.as_str(), "RETR" | "STOR" | "STOU" | "APPE"))
        && c.found.text.starts_with(b"/")
        && file_name(c.found.text, c.found.sep)
    {
        score += 6;
    }
    // A shape that has carried many replies and nothing else is the log's own way of
    // writing them: it outweighs what looks odd before the code (`sync.ftp 213 8`, a
    // logger's dotted name read as a file's).
    if stats.replies >= 6 && stats.others == 0 {
        score += 5;
    } else if stats.replies >= 2 && stats.others == 0 {
        score += 3;
    } else if stats.replies > stats.others {
        score += 1;
    } else if stats.others >= 2 && stats.replies == 0 {
        score -= 2;
    }
    // A shape that carries commands carries no replies.
    if stats.commands > 0 && stats.replies == 0 {
        score -= 2;
    }
    score
}

/// Whether the words before a code end with `errno` (`errno 111`, `errno=111`,
/// `errno: 111`): the number is the system's error number, no reply's code.
fn errno_before(before: &[u8]) -> bool {
    let name = lex::trim_end(before);
    let name = name
        .strip_suffix(b"=")
        .or_else(|| name.strip_suffix(b":"))
        .unwrap_or(name);
    name.len() >= 5
        && name[name.len() - 5..].eq_ignore_ascii_case(b"errno")
        && name
            .get(name.len().wrapping_sub(6))
            .is_none_or(|b| !b.is_ascii_alphanumeric())
}

/// Whether the bytes right before a code are binary: a control byte that no text holds
/// there (not a tab, a line's end, a backspace or an escape's), or NULs that pad no
/// escape sequence. `raw` is the line up to the code, `bare` the same without the
/// escapes and NULs at its end.
fn binary_before(raw: &[u8], bare: &[u8]) -> bool {
    match raw.last() {
        Some(0) => {
            let text = &raw[..raw.len() - raw.iter().rev().take_while(|b| **b == 0).count()];
            // (NULs that start the line, or pad an escape, were taken off already.)
            !text.is_empty() && bare.len() == text.len()
        }
        Some(&b) => b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x07 | 0x08 | 0x1b),
        None => false,
    }
}

/// Whether `s` starts with a URL's scheme and `://` (`ftp://`, `https://`).
fn url_scheme(s: &[u8]) -> bool {
    let n = s
        .iter()
        .take_while(|b| b.is_ascii_alphanumeric() || matches!(b, b'+' | b'-' | b'.'))
        .count();
    n > 0 && s[0].is_ascii_alphabetic() && s[n..].starts_with(b"://")
}
