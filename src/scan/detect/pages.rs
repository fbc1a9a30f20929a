//! Text about codes rather than a session: pages and tables that explain codes, prose that
//! mentions one, source code that sends one, other protocols' records.

use super::*;

/// Whether a line names reply classes as the RFCs write them: `2xx`, `5yz`, `4XX`.
pub(super) fn names_classes(line: &[u8]) -> bool {
    memchr::memchr3_iter(b'x', b'X', b'y', line).any(|i| {
        let class = i >= 1 && (b'1'..=b'6').contains(&line[i - 1]);
        let rest = line.get(i + 1).map(u8::to_ascii_lowercase);
        let second = match line[i] {
            b'y' => rest == Some(b'z'),
            _ => rest == Some(b'x'),
        };
        // (Not in quotes: aioftp's `Waiting for ('2xx',) but got 550 [...]` quotes a reply.)
        class
            && second
            && (i < 2
                || !matches!(line[i - 2], b'0'..=b'9' | b'a'..=b'z' | b'A'..=b'Z' | b'\'' | b'"'))
            && !line.get(i + 2).is_some_and(u8::is_ascii_alphanumeric)
    })
}

/// Whether a text starts with an HTTP request (`<GET ftp://...>`, `GET /index.html`).
pub(super) fn http_request(text: &[u8]) -> bool {
    let t = text.strip_prefix(b"<").unwrap_or(text);
    [&b"GET "[..], b"POST ", b"HEAD ", b"PUT "].iter().any(|m| {
        t.starts_with(m)
            && t.get(m.len())
                .is_some_and(|b| matches!(b, b'/' | b'a'..=b'z'))
    })
}

/// Whether the key right before a code names a message's words (`msg: "`, `"text":"`),
/// not a code (`"code":`, `reply=`).
pub(super) fn message_key(before: &[u8]) -> bool {
    let end = before
        .iter()
        .rposition(u8::is_ascii_alphabetic)
        .map_or(0, |i| i + 1);
    // (Only signs between the key and the code: `msg: "`, `"text":"`, `event='`.)
    if before[end..]
        .iter()
        .any(|b| b.is_ascii_alphanumeric() || *b >= 0x80)
    {
        return false;
    }
    let word = lex::last_word(&before[..end]);
    [
        &b"msg"[..],
        b"message",
        b"text",
        b"log",
        b"event",
        b"banner",
        b"reason",
        b"payload",
        // (OpenTelemetry's log record.)
        b"body",
    ]
    .iter()
    .any(|k| k.eq_ignore_ascii_case(word))
}

/// Whether an HTTP request stands before a code: its method and its version, as a request
/// line (`GET /x HTTP/1.1`) or as a structured record's fields in any order
/// (`"proto":"HTTP/1.1","method":"GET"`, Caddy's JSON): the line is an HTTP server's or
/// proxy's access record.
pub(super) fn http_record(before: &[u8]) -> bool {
    // (Asked of every candidate: the version's mark first, with a searcher built once.)
    let Some(at) = crate::scan::needle::find!(before, b"HTTP/") else {
        return false;
    };
    let version = at > 0
        && matches!(before[at - 1], b' ' | b'"' | b'\'')
        && matches!(before.get(at + 5), Some(b'1' | b'2' | b'3'));
    version
        && before
            .split(|b| lex::is_space(*b) || matches!(b, b'"' | b'\'' | b':' | b'=' | b','))
            .any(words::is_http_method)
}

/// Whether an HTTP request stands before, its method then its path or URL (`healthcheck:
/// GET /app/status -> 502`): the number after it is the request's status.
pub(super) fn http_request_before(before: &[u8]) -> bool {
    let tail = &before[before.len().saturating_sub(200)..];
    // (Asked of every candidate: at each blank that a path or a URL follows, the word
    // before it, read once back from the blank; most words are not in capitals.)
    memchr::memchr_iter(b' ', tail).any(|at| {
        let rest = &tail[at + 1..];
        let path = rest.starts_with(b"/");
        if !(path || rest.first().is_some_and(u8::is_ascii_alphabetic)) {
            return false;
        }
        let capitals = tail[..at]
            .iter()
            .rev()
            .take(10)
            .take_while(|b| b.is_ascii_uppercase())
            .count();
        let word = &tail[at - capitals..at];
        // (And WebDAV's, RFC 4918 §9: `"LOCK /notes.txt" ... -> 200 OK`, a WsgiDAV record.)
        let method = (words::is_http_method(word)
            || matches!(
                word,
                b"PROPFIND" | b"PROPPATCH" | b"MKCOL" | b"LOCK" | b"UNLOCK"
            ))
            && (at == capitals || !tail[at - capitals - 1].is_ascii_alphanumeric());
        // (A URL of any scheme: `GET ftp://h/pub/README -> 200 OK`, an HTTP client's
        // request for an FTP URL, whose status is HTTP's.)
        // (Only right before the code: `GET ftp://h/a failed: 530 ...` quotes a reply.)
        let url = || {
            let scheme = rest
                .iter()
                .take(10)
                .take_while(|b| b.is_ascii_alphabetic())
                .count();
            let end = memchr::memchr(b' ', rest).unwrap_or(rest.len());
            scheme >= 2
                && rest[scheme..].starts_with(b"://")
                && matches!(
                    lex::trim_end(lex::trim_start(&rest[end..])),
                    b"" | b"->" | b"=>"
                )
        };
        method && (path || url())
    })
}

/// Whether a text starts with a URI in angle brackets (`<sip:421@10.0.0.1>`,
/// `<mailto:ops@example.com>`): a scheme of letters and a colon right after the bracket.
pub(super) fn bracketed_uri(text: &[u8]) -> bool {
    let Some(rest) = text.strip_prefix(b"<") else {
        return false;
    };
    let n = rest.iter().take_while(|b| b.is_ascii_alphabetic()).count();
    (2..=10).contains(&n) && rest.get(n) == Some(&b':') && rest.get(n + 1) != Some(&b' ')
}

/// Whether a sentence goes on after the parenthesis that a code opened (`(550 Denied),
/// missing path`, `(550 No such file). The script ...`): a word after it.
pub(super) fn aside(after: &[u8]) -> bool {
    let Some(close) = memchr::memchr(b')', after) else {
        return false;
    };
    let rest = &after[close + 1..];
    let rest = match rest {
        [b',' | b'.' | b';', r @ ..] => r,
        r => r,
    };
    rest.first().is_some_and(|b| lex::is_space(*b))
        && lex::words(rest, 1).any(|w| w.iter().all(u8::is_ascii_alphabetic))
}

/// Whether the words right before a code say a program waits for it (`waiting for: "`,
/// `expecting `, `expected (`), or wanted it in place of another (`instead of "`).
pub(super) fn awaited(before: &[u8]) -> bool {
    let end = before
        .iter()
        .rposition(u8::is_ascii_alphanumeric)
        .map_or(0, |k| k + 1);
    let words = &before[..end];
    let tail = &words[words.len().saturating_sub(11)..];
    // (And one wanted in place of what came: `is "200 Type ..." instead of "227 ..."`.)
    [
        &b"waiting for"[..],
        b"wait for",
        b"expecting",
        b"expected",
        b"instead of",
        b"rather than",
    ]
    .iter()
    .any(|w| {
        tail.len() >= w.len()
            && tail[tail.len() - w.len()..].eq_ignore_ascii_case(w)
            && (tail.len() == w.len() || !tail[tail.len() - w.len() - 1].is_ascii_alphabetic())
    })
}

/// Whether a reply's text sets another code against it: `220 Service Ready vs 530 Not
/// Logged In`, a page's heading.
pub(super) fn compares_codes(text: &[u8]) -> bool {
    let mut words = text.split(|b| *b == b' ').filter(|w| !w.is_empty());
    while let Some(w) = words.next() {
        if [&b"vs"[..], b"vs.", b"versus"]
            .iter()
            .any(|v| v.eq_ignore_ascii_case(w))
        {
            return words
                .next()
                .and_then(|n| n.first_chunk::<3>())
                .is_some_and(|d| ReplyCode::from_digits(*d).is_some());
        }
    }
    false
}

/// Whether what stands before a code is a list's marker: a bullet (`  • 110 ...`, `- 110`,
/// `* 110`) or an item's number (`3. 125 ...`).
pub(super) fn list_marker(before: &[u8]) -> bool {
    let t = lex::trim_end(lex::trim_start(before));
    let item_number = t
        .strip_suffix(b".")
        .or_else(|| t.strip_suffix(b")"))
        .is_some_and(|n| (1..=2).contains(&n.len()) && n.iter().all(u8::is_ascii_digit));
    before.ends_with(b" ")
        && (item_number
            || [
                &b"-"[..],
                b"*",
                b"+",
                b"o",
                "•".as_bytes(),
                "·".as_bytes(),
                "▪".as_bytes(),
                "–".as_bytes(),
            ]
            .contains(&t))
}

/// Whether a code's text starts with a catalogue's heading of what it explains: `502
/// CAUSE: ...`, `530 Explanation: ...`.
pub(super) fn catalogue_word(text: &[u8]) -> bool {
    let Some(word) = lex::first_token(text).strip_suffix(b":") else {
        return false;
    };
    one_of(
        word,
        &[
            "cause",
            "action",
            "explanation",
            "description",
            "meaning",
            "solution",
            "resolution",
        ],
    )
}

/// A table's header that names its first column as the codes: `Code Example Usage`,
/// `Response message`, `Reply Meaning` (a few words, no sentence).
pub(super) fn code_table_header(line: &[u8]) -> bool {
    let t = lex::trim_end(lex::trim_start(line));
    let words = t.split(|b| *b == b' ').filter(|w| !w.is_empty());
    let mut n = 0;
    for w in words {
        n += 1;
        // (A column's name: capitalized, or a word a table heads its meanings with.)
        let column = w.first().is_some_and(u8::is_ascii_uppercase)
            || one_of(
                w,
                &[
                    "message",
                    "meaning",
                    "description",
                    "text",
                    "usage",
                    "example",
                ],
            );
        if n > 4 || !w.iter().all(u8::is_ascii_alphabetic) || !column {
            return false;
        }
    }
    let first = lex::first_token(t);
    (2..=4).contains(&n)
        && first.first().is_some_and(u8::is_ascii_uppercase)
        && one_of(
            first,
            &[
                "code",
                "codes",
                "reply",
                "replies",
                "response",
                "responses",
                "status",
            ],
        )
}

/// Whether a word is one of these, in any case.
pub(super) fn one_of(word: &[u8], words: &[&str]) -> bool {
    words
        .iter()
        .any(|w| w.as_bytes().eq_ignore_ascii_case(word))
}

/// Whether a line without a code talks about reply codes: `a three-digit reply code`,
/// `the response codes`, `status code`, `Reply-Codes`, and the same in the languages
/// whose pages about FTP the held-out rounds met (`Antwortcodes`, `códigos de respuesta`,
/// `коды ответа`, `响应码`, `応答コード`).
pub(super) fn names_reply_codes(line: &[u8]) -> bool {
    let english = [&b"code"[..], b"Code", b"CODE"].iter().any(|needle| {
        memchr::memmem::find_iter(line, needle).any(|i| {
            let before = lex::trim_end(&line[..i]);
            let before = before.strip_suffix(b"-").unwrap_or(before);
            let word_start = before
                .iter()
                .rposition(|b| !b.is_ascii_alphabetic())
                .map_or(0, |k| k + 1);
            let word = &before[word_start..];
            i > 0
                && (before.len() < i || line[i - 1] == b'-')
                && one_of(word, &["reply", "response", "status"])
        })
    });
    // (A word of its own: not a name in source code, `StatusCodeError`, `HttpStatusCode`.)
    // (`one of the following FTP response messages:`, the plural of prose; a log labels
    // its line `Response message:`.)
    let messages = crate::scan::needle::find!(line, b" messages").is_some_and(|i| {
        let word = lex::last_word(&line[..i]);
        line[..i].ends_with(word) && one_of(word, &["reply", "response"])
    });
    english
        || messages
        || foreign_code_words().is_some_and(|ac| {
            ac.find_iter(line).any(|m| {
                !line[..m.start()]
                    .last()
                    .is_some_and(u8::is_ascii_alphabetic)
                    && !line
                        .get(m.end())
                        .is_some_and(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || *b == b'_')
            })
        })
}

/// The words for reply codes in other languages, [`names_reply_codes`]'s.
pub(super) fn foreign_code_words() -> Option<&'static aho_corasick::AhoCorasick> {
    static WORDS: std::sync::LazyLock<Option<aho_corasick::AhoCorasick>> =
        std::sync::LazyLock::new(|| {
            // (An NFA: the DFA the builder would choose takes longer to build than a short
            // log takes to read.)
            aho_corasick::AhoCorasick::builder()
                .kind(Some(aho_corasick::AhoCorasickKind::ContiguousNFA))
                .ascii_case_insensitive(true)
                .build([
                    "antwortcode",
                    "statuscode",
                    "rückgabecode",
                    "códigos de respuesta",
                    "código de respuesta",
                    "códigos de resposta",
                    "código de resposta",
                    "codes de réponse",
                    "code de réponse",
                    "codici di risposta",
                    "codice di risposta",
                    "коды ответа",
                    "код ответа",
                    "кодов ответа",
                    "响应码",
                    "返回码",
                    "状态码",
                    "应答码",
                    "回應碼",
                    "応答コード",
                    "レスポンスコード",
                    "ステータスコード",
                    "응답 코드",
                    "상태 코드",
                    "návratové kódy",
                    "kódy odpovědí",
                    "kód odpovědi",
                    "kody odpowiedzi",
                    "kod odpowiedzi",
                    "коди відповіді",
                    "код відповіді",
                    "mã phản hồi",
                    "yanıt kodu",
                    "yanıt kodları",
                    "antwoordcode",
                    "svarskod",
                    "statusni kodovi",
                    "kodovi grešaka",
                    "エラーコード",
                    "错误码",
                    "错误代码",
                ])
                .ok()
        });
    WORDS.as_ref()
}

/// What a list of codes puts between a code and its meaning: ` - `, ` : `, ` = `, ` => `,
/// ` | ` or a tab, then a word.
pub(super) fn defines_code(after: &[u8]) -> bool {
    // `421\tService not available, ...`: a table's columns (no reply of 480 logs with
    // hand-checked ground truth has a tab after its code).
    if let Some(rest) = after.strip_prefix(b"\t") {
        return rest.first().is_some_and(u8::is_ascii_alphabetic);
    }
    let Some(rest) = after.strip_prefix(b" ") else {
        return false;
    };
    let rest = [&b"- "[..], b": ", b"= ", b"=> ", b"| "]
        .iter()
        .find_map(|sign| rest.strip_prefix(*sign));
    // (Or a string: `530 = "Not logged in."`, a comment's gloss of a code; or indented
    // after the sign, a suggested edit's removed line under its number: `420 -
    // self.stream.write_all(...)`.)
    rest.map(lex::trim_start).is_some_and(|r| {
        r.first()
            .is_some_and(|b| lex::is_letter(*b) || *b >= 0x80 || *b == b'"')
    })
}

/// Whether the code and its words are a term in bold that a colon then explains, as a
/// page explaining codes writes them (`1. **550 File exists**：这个错误表示...`, `**530 Not
/// logged in**: the password is wrong`); a paste in bold has nothing after the bold.
pub(super) fn defined_term(before: &[u8], text: &[u8]) -> bool {
    if !before.ends_with(b"**") && !before.ends_with(b"__") {
        return false;
    }
    let Some(close) = memchr::memmem::find(text, &before[before.len() - 2..]) else {
        return false;
    };
    let rest = lex::trim_start(&text[close + 2..]);
    let rest = rest
        .strip_prefix(b":")
        .or_else(|| rest.strip_prefix("：".as_bytes()))
        .or_else(|| rest.strip_prefix(b" -"))
        .or_else(|| rest.strip_prefix("—".as_bytes()));
    rest.is_some_and(|r| !lex::trim_start(r).is_empty())
}

/// Whether a line is a field, one per line, named as a raw copy of a record's message:
/// `SYSLOG_RAW=...`, `"SYSLOG_RAW" : "..."`, `"event.original": "..."`.
pub(super) fn raw_copy_field(line: &[u8]) -> bool {
    let t = lex::trim_start(crate::scan::journal::unkeyed(line));
    let t = t.strip_prefix(b"\"").unwrap_or(t);
    let name = &t[..t
        .iter()
        .take(40)
        .position(|b| matches!(b, b'=' | b'"' | b':'))
        .unwrap_or(0)];
    let ends =
        |w: &[u8]| name.len() >= w.len() && name[name.len() - w.len()..].eq_ignore_ascii_case(w);
    !name.is_empty()
        && name
            .iter()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'.'))
        && (ends(b"_raw") || ends(b".original") || name.eq_ignore_ascii_case(b"raw"))
}

/// Whether a code's text is HTTP's reason phrase for that very status (RFC 9110 §15), which
/// no FTP server's reply of that code uses: `500 Internal Server Error`, `503 Service
/// Unavailable`.
pub(super) fn http_reason(code: ReplyCode, text: &[u8]) -> bool {
    // Python requests' error for an HTTP status (`404 Client Error: Not Found for url:
    // ...`, psf/requests models.py `raise_for_status`), also where requests-ftp made the
    // status up from an FTP reply.
    if (text.starts_with(b"Client Error: ") || text.starts_with(b"Server Error: "))
        && needle::find!(text, b" for url: ").is_some()
    {
        return true;
    }
    // (An error page's heading: `<h1>404 Not Found</h1>`.)
    let text = lex::trim_end(memchr::memchr(b'<', text).map_or(text, |end| &text[..end]));
    // (wget's `ERROR 404: File not found.`: a sentence's full stop.)
    let text = text.strip_suffix(b".").unwrap_or(text);
    let phrases: &[&[u8]] = match code.get() {
        // (WebDAV's too, RFC 4918 §11: `-> 207 Multi-Status`, a WsgiDAV server's record.)
        201 => &[b"Created"],
        204 => &[b"No Content"],
        207 => &[b"Multi-Status"],
        301 => &[b"Moved Permanently"],
        302 => &[b"Found"],
        304 => &[b"Not Modified"],
        400 => &[b"Bad Request"],
        401 => &[b"Unauthorized", b"Not Authorized"],
        403 => &[b"Forbidden"],
        // (Python's http.server says `File not found`.)
        404 => &[b"Not Found", b"File not found"],
        405 => &[b"Method Not Allowed"],
        409 => &[b"Conflict"],
        412 => &[b"Precondition Failed"],
        423 => &[b"Locked"],
        424 => &[b"Failed Dependency"],
        429 => &[b"Too Many Requests"],
        500 => &[b"Internal Server Error"],
        502 => &[b"Bad Gateway"],
        503 => &[b"Service Unavailable"],
        504 => &[b"Gateway Timeout"],
        507 => &[b"Insufficient Storage"],
        _ => return false,
    };
    // (lftp's `Access failed: 404 Not Found (/reports/550.txt)`: the path asked for after.)
    // (Or what was asked after a colon: `404 Not Found: /missing.txt`, WebDAV servers'.)
    phrases.iter().any(|p| {
        text.len() >= p.len()
            && text[..p.len()].eq_ignore_ascii_case(p)
            && (text.len() == p.len()
                || text[p.len()..].starts_with(b" (")
                || text[p.len()..].starts_with(b": "))
    })
}

/// Whether a code's text is HL7 v2's condition for that very code (table 0357, "Message
/// error condition codes", as in the FHIR code system `v2-0357`), which an HL7 interface
/// sends in its acknowledgements' ERR segments: `rejecting MSG00530: 200 Unsupported
/// message type`, `ERR-3 200 (Unsupported message type)`. No FTP reply says these.
pub(super) fn hl7_reason(code: ReplyCode, text: &[u8]) -> bool {
    let text = text.strip_prefix(b"(").unwrap_or(text);
    let phrase: &[u8] = match code.get() {
        100 => b"Segment sequence error",
        101 => b"Required field missing",
        102 => b"Data type error",
        103 => b"Table value not found",
        104 => b"Value too long",
        200 => b"Unsupported message type",
        201 => b"Unsupported event code",
        202 => b"Unsupported processing id",
        203 => b"Unsupported version id",
        204 => b"Unknown key identifier",
        205 => b"Duplicate key identifier",
        206 => b"Application record locked",
        207 => b"Application internal error",
        _ => return false,
    };
    text.len() >= phrase.len() && text[..phrase.len()].eq_ignore_ascii_case(phrase)
}

/// Whether a text is an EDI interchange's segments (UN/EDIFACT's `NAD+BY+5412345000013::9'`,
/// ANSI X12's `N1*ST*GLOBEX~`, HL7's `2345-7^Glucose^LN`): elements joined by a sign with
/// no blank, segments closed by `'` or `~`. Such data crosses FTP as files' contents (a
/// client's trace of what it sent), with amounts and numbers that look like codes.
pub(super) fn interchange_segments(text: &[u8]) -> bool {
    let window = &text[..text.len().min(96)];
    // (The closing sign first: most texts have none, and are done with at once.)
    if memchr::memchr2(b'\'', b'~', window).is_none() {
        return false;
    }
    let joins = window
        .windows(3)
        .filter(|w| {
            matches!(w[1], b'+' | b'*' | b'^')
                && w[0].is_ascii_alphanumeric()
                && w[2].is_ascii_alphanumeric()
        })
        .count();
    joins >= 4
}

/// Whether a text starts with a conjunction or a preposition in small letters (`if`,
/// `when`, `and`, `for`, ...): a sentence that goes on after a code it names (`reply 530
/// for PASS command if ...`, `error 550 for NLST`).
pub(super) fn starts_with_conjunction(text: &[u8]) -> bool {
    small_word(text).is_some_and(|word| {
        matches!(
            word,
            b"if"
                | b"when"
                | b"and"
                | b"or"
                | b"but"
                | b"because"
                | b"unless"
                | b"while"
                | b"for"
                | b"after"
                | b"before"
                | b"since"
                | b"from"
                | b"then"
                // (`doesn't specify 220 as a valid response`.)
                | b"as"
        )
    })
}

/// The word in small letters a text starts with, when more text follows it.
fn small_word(text: &[u8]) -> Option<&[u8]> {
    let end = text.iter().position(|b| !b.is_ascii_lowercase())?;
    Some(&text[..end])
}

/// Whether a code is the subject of a sentence about it, a verb in small letters after it
/// (`220 accepts the connection:`, `530 means the login failed`): no server's reply
/// starts so.
pub(super) fn verb_after(text: &[u8]) -> bool {
    // (After an adverb: `421 temporarily rejects the connection:`.)
    let text = match small_word(text) {
        Some(w) if w.ends_with(b"ly") && text.get(w.len()) == Some(&b' ') => &text[w.len() + 1..],
        _ => text,
    };
    small_word(text).is_some_and(|word| {
        matches!(
            word,
            b"means"
                | b"represents"
                | b"represent"
                | b"stands"
                | b"denotes"
                | b"signifies"
                | b"refers"
                | b"corresponds"
                | b"indicates"
                | b"accepts"
                | b"rejects"
                | b"signals"
                | b"tells"
                | b"says"
                | b"requires"
                | b"shows"
                | b"appears"
                | b"occurs"
                | b"should"
                | b"must"
                | b"would"
                | b"could"
                | b"might"
        )
    })
}

/// Whether a code stands as a noun of prose before the word for a reply (`adds elapsed
/// time in 226 response sent`, `226 reply after closing`): no reply's text starts so.
pub(super) fn reply_noun_after(text: &[u8]) -> bool {
    // `(收到 200 码)`, `200 コードが返る`, `530 코드`: the noun for a code, in the
    // languages that put it after the number (a server's reply text never starts with it).
    let t = lex::trim_start(text);
    if ["码", "碼", "号", "コード", "番", "코드", "번"]
        .iter()
        .any(|n| t.starts_with(n.as_bytes()))
    {
        return true;
    }
    let mut words = text.split(|b| *b == b' ');
    matches!(
        words.next(),
        Some(
            b"response"
                | b"responses"
                | b"reply"
                | b"replies"
                | b"message"
                | b"messages"
                | b"code"
                | b"codes"
        )
    ) && words.next().is_none_or(|w| {
        // (`Server sent 421 response (too many connections).`: an aside in brackets, or
        // the end of the sentence.)
        w.first()
            .is_some_and(|b| b.is_ascii_lowercase() || *b == b'(')
            || w.is_empty()
    })
}

/// Whether what follows a code is a mark and the same code starting a reply (`214 |
/// 214-The following ...`, `220: 220 ready`).
pub(super) fn heads_its_reply(after: &[u8], digits: &[u8]) -> bool {
    // (Asked of every candidate: the mark first, at once.)
    let t = after.strip_prefix(b" ").unwrap_or(after);
    // (Or a tab between them: `size\t213\t213 9`, a script's columns of what it ran, the
    // code it got, the reply.)
    let [b'|' | b':' | b'>' | b'=' | b'\t', rest @ ..] = t else {
        return false;
    };
    let rest = lex::trim_start(rest);
    rest.starts_with(digits) && matches!(rest.get(3), None | Some(b' ' | b'-'))
}

/// The other side of [`heads_its_reply`]: the same code stands alone just before this
/// one, which starts the reply it headed (`213\t213 9`, `214 | 214-The following ...`).
pub(super) fn headed_by_its_code(before: &[u8], digits: &[u8]) -> bool {
    let t = lex::trim_end(before);
    let t = match t {
        [head @ .., b'|' | b':' | b'>' | b'='] => lex::trim_end(head),
        _ if before.ends_with(b"\t") => t,
        _ => return false,
    };
    t.strip_suffix(digits)
        .is_some_and(|head| head.last().is_none_or(|b| !lex::is_alnum(*b)))
}

/// Whether a reply's text holds a placeholder of the RFCs' list of replies, as pages that
/// copy the list do (`120 Service ready in nnn minutes.`, `257 "PATHNAME" created.`, `227
/// Entering Passive Mode (h1,h2,h3,h4,p1,p2).`, `MARK yyyy = mmmm`, `215 NAME system
/// type.`): no server sends one.
pub(super) fn rfc_placeholder(text: &[u8]) -> bool {
    lex::words(text, 40).any(|w| w == b"nnn" || w == b"mmmm" || w == b"PATHNAME")
        || needle::find!(text, b"h1,h2,h3,h4").is_some()
        || text.starts_with(b"NAME system type")
        // (RFC 959 §4.2.2's words for 110; the reply itself reads `MARK yyyy = mmmm`.)
        || text.starts_with(b"Restart marker reply")
        || printf_placeholder(text)
        || tuple_placeholder(text)
}

/// Whether a passive reply's tuple names every number it stands for (`(h1,h2,h3,h4,p1,p2)`,
/// `(IP, port_hi, port_lo)`): a form no server sends, where a masked address keeps its
/// port's numbers (`(X,X,X,X,195,84)`, a real reply a user hid).
pub(super) fn named_tuple(text: &[u8]) -> bool {
    let Some(open) = needle::find!(text, b"assive Mode (") else {
        return false;
    };
    let rest = &text[open + 13..];
    let inside = &rest[..memchr::memchr(b')', rest).unwrap_or(rest.len())];
    inside.split(|b| *b == b',').nth(1).is_some()
        && inside.split(|b| *b == b',').all(|i| {
            lex::trim_start(i)
                .first()
                .is_some_and(u8::is_ascii_alphabetic)
        })
}

/// Whether a passive reply's tuple is written with names for its numbers (`227 Entering
/// Passive Mode (IP, port_hi, port_lo)`, `(a1,a2,a3,a4,p1,p2)`): its form, as a page shows it.
pub(super) fn tuple_placeholder(text: &[u8]) -> bool {
    let Some(open) = needle::find!(text, b"assive Mode (") else {
        return false;
    };
    let rest = &text[open + 13..];
    let inside = &rest[..memchr::memchr(b')', rest).unwrap_or(rest.len())];
    let items = || inside.split(|b| *b == b',');
    // (Not an address a user masked, whose port's numbers stay: `(<my,ip>,141,112)`.)
    let port = lex::trim_end(lex::trim_start(items().next_back().unwrap_or_default()));
    let port_given = !port.is_empty() && port.iter().all(u8::is_ascii_digit);
    items().nth(2).is_some()
        && !port_given
        && items().any(|i| {
            lex::trim_start(i)
                .first()
                .is_some_and(u8::is_ascii_alphabetic)
        })
}

/// Whether a text holds a C format's placeholder (`"%s" is current directory`, `only %d
/// bytes available`): a reply's template in a manual or in source code, which a server
/// fills in before it sends it.
fn printf_placeholder(text: &[u8]) -> bool {
    memchr::memchr_iter(b'%', text).any(|i| {
        let rest = &text[i + 1..];
        let rest = rest.strip_prefix(b"l").unwrap_or(rest);
        matches!(
            rest,
            [
                b's' | b'd' | b'u',
                b' ' | b'"' | b'\'' | b'.' | b',' | b')',
                ..
            ] | [b's' | b'd' | b'u']
        ) && (i == 0 || !text[i - 1].is_ascii_alphanumeric())
    })
}

/// Whether what stands before a code makes the line another protocol's record: a mail
/// server's (its name says SMTP, or a mail address stands in angle brackets in a field),
/// or VDR's, which names SVDRP in every line of its remote control's dialogue (svdrp.c:
/// `SVDRP %s < %s message '%s'`).
pub(super) fn other_protocol_record(before: &[u8]) -> bool {
    // (A program's name stands near the line's start: a long JSON record is not searched
    // whole for each of its candidates.)
    let head = &before[..before.len().min(256)];
    has_word(head, b"smtp")
        || has_word(head, b"svdrp")
        || needle::find!(before, b"=<").is_some() && memchr::memchr(b'@', before).is_some()
}

/// Whether the code is an XMPP stanza's: the `code` attribute of its `<error>` (the legacy
/// codes of XEP-0086, `<error code="503" type="cancel">`, as slixmpp and profanity log what
/// they send and receive) or of a chat room's `<status>` (XEP-0045's `<status code="110"/>`),
/// in a line that holds a stanza (RFC 6120 §8: `<iq`, `<message`, `<presence`).
pub(super) fn xmpp_stanza_code(line: &[u8], before: &[u8]) -> bool {
    let Some(attr) = before
        .strip_suffix(b"code=\"")
        .or_else(|| before.strip_suffix(b"code='"))
    else {
        return false;
    };
    let Some(open) = memchr::memrchr(b'<', attr) else {
        return false;
    };
    let element = &attr[open + 1..];
    (element.starts_with(b"error ") || element.starts_with(b"status "))
        && (needle::find!(line, b"<iq ").is_some()
            || needle::find!(line, b"<message ").is_some()
            || needle::find!(line, b"<presence ").is_some())
}

/// Whether the code follows an article after a word of prose (`get a 550`, `is the 530`;
/// not `RNFR a 350`, a command's argument).
/// Whether what stands right before a code marks it as an example (`ex) 125 data
/// connection ...`, `e.g. 331 ...`, `例：`, `z.B. 550 ...`), as notes and manuals give them.
pub(super) fn example_before(before: &[u8]) -> bool {
    let t = lex::trim_end(before);
    // (`e.g., "220-"`: the example quoted.)
    let t = lex::trim_end(t.strip_suffix(b"\"").or(t.strip_suffix(b"`")).unwrap_or(t));
    let t = lex::trim_end(t.strip_suffix(b":").unwrap_or(t));
    let word = &t[t
        .iter()
        .rposition(|b| lex::is_space(*b) || *b == b'(')
        .map_or(0, |i| i + 1)..];
    [
        &b"ex)"[..],
        b"ex.",
        b"e.g.",
        b"eg.",
        b"e.g.,",
        b"z.B.",
        b"p.ej.",
        b"p.ex.",
        b"ex:",
        b"example",
        b"Example",
        b"Beispiel",
        b"exemple",
        b"ejemplo",
        "例".as_bytes(),
        "例)".as_bytes(),
        "例）".as_bytes(),
        "例如".as_bytes(),
        "比如".as_bytes(),
        "예".as_bytes(),
        "예)".as_bytes(),
    ]
    .contains(&word)
}

pub(super) fn article_before(before: &[u8]) -> bool {
    let Some(rest) = before.strip_suffix(b" ") else {
        return false;
    };
    let Some(rest) = [&b" a"[..], b" an", b" the"]
        .iter()
        .find_map(|a| rest.strip_suffix(*a))
    else {
        return false;
    };
    // (After a comma too: `a bug to me, the 550 error`.)
    let rest = rest.strip_suffix(b",").unwrap_or(rest);
    let word = lex::last_word(rest);
    // (A sentence may start with the word: `If the 530 response mentions TLS`.)
    let (first, others) = word
        .split_first()
        .map_or((&b'A', &b""[..]), |(f, o)| (f, o));
    !word.is_empty()
        && rest.ends_with(word)
        && first.is_ascii_alphabetic()
        && others.iter().all(u8::is_ascii_lowercase)
}

/// Whether a line opens a connection to a server, as clients and a shell show it:
/// `Connected to ftp.example.com.` (BSD ftp, before the greeting), or a prompt's command
/// that connects (`$ nc lame.htb 21`, `telnet host 21`, `ftp host`).
pub(super) fn opens_connection(line: &[u8]) -> bool {
    let t = lex::trim_start(line);
    // (curl `-v` writes it as one of its notes: `* Connected to 127.0.0.1 (...) port 21`.)
    if t.starts_with(b"Connected to ") || t.starts_with(b"* Connected to ") {
        return true;
    }
    let Some(command) = [&b"$ "[..], b"# ", b"> ", b"% "]
        .iter()
        .find_map(|p| t.strip_prefix(*p))
    else {
        return false;
    };
    let program = lex::first_token(lex::trim_start(command));
    let program = &program[program
        .iter()
        .rposition(|b| *b == b'/')
        .map_or(0, |i| i + 1)..];
    [
        &b"nc"[..],
        b"ncat",
        b"netcat",
        b"telnet",
        b"ftp",
        b"tnftp",
        b"inetutils-ftp",
        b"pftp",
    ]
    .contains(&program)
}

/// A code alone that ends a sentence, named by the words before it: `listFiles /pub -> 0
/// entries, reply 425`, `Then the server answers 226` (a test's step). Two words in lower
/// case (or a clause's comma, then a word) and a blank stand before the code, with no mark
/// (`:`, `>`, `[`) that would make the words a label.
pub(super) fn sentence_before(before: &[u8]) -> bool {
    let Some(rest) = before.strip_suffix(b" ") else {
        return false;
    };
    let word = lex::last_word(rest);
    if word.is_empty() || !rest.ends_with(word) || !word.iter().all(u8::is_ascii_lowercase) {
        return false;
    }
    let rest = &rest[..rest.len() - word.len()];
    let Some(rest) = rest.strip_suffix(b" ") else {
        return false;
    };
    let prior = rest.strip_suffix(b",").unwrap_or(rest);
    let lower = lex::last_word(prior);
    rest.ends_with(b",")
        || !lower.is_empty()
            && prior.ends_with(lower)
            && lower.iter().all(u8::is_ascii_lowercase)
            && lower.len() >= 2
}

/// A comment that names a place in source code and nothing else (`# features/steps/
/// ftp_steps.py:52`, behave's and Cucumber's note of the step's code; RSpec's `#
/// ./spec/ftp_spec.rb:12`): no words of a reply.
pub(super) fn place_comment(text: &[u8]) -> bool {
    let Some(rest) = text.strip_prefix(b"#") else {
        return false;
    };
    let place = lex::trim_end(lex::trim_start(rest));
    let Some(colon) = place.iter().rposition(|b| *b == b':') else {
        return false;
    };
    let (path, line) = (&place[..colon], &place[colon + 1..]);
    !line.is_empty()
        && line.iter().all(u8::is_ascii_digit)
        && source_extension(path)
        && !path.iter().any(|b| lex::is_space(*b))
}

/// A number of a program's text rather than a code a server sent: negative (`Error -160:`),
/// compared with (`code >= 400`), a `case` of a switch in source code (`case 550: /* No such file */`), or the line of a
/// place in the source glued to its qualified name (loguru's `pyftpdlib.log:debug:125 -`).
pub(super) fn in_source_code(before: &[u8], after: &[u8]) -> bool {
    // `code >= 400 ? new FTPError(response)`: a number a program compares with (after an
    // operand: `<== 257` is a marker).
    let t = lex::trim_end(before);
    if compares(t) {
        return true;
    }
    let negative = before.strip_suffix(b"-").is_some_and(|b| {
        b.last()
            .is_none_or(|c| lex::is_space(*c) || matches!(c, b'(' | b'=' | b','))
    });
    // `#define FTP_LOGINERR 530`: a constant of C's preprocessor; `line 425:`, a place
    // in a file.
    let line_word = t.len() >= 5 && t[t.len() - 5..].eq_ignore_ascii_case(b" line");
    if lex::trim_start(before).starts_with(b"#define ") || after.first() == Some(&b':') && line_word
    {
        return true;
    }
    // `s/^(229 Entering Passive Mode \().*/`: a regular expression's anchor (and group)
    // before the code, a pattern that matches replies (curl's test data), no reply.
    let anchored = before.ends_with(b"^") || before.ends_with(b"^(");
    negative
        || anchored
        || after.first() == Some(&b':') && lex::trim_end(before).ends_with(b" case")
        || quoted_compared(before, after)
        || call_statement(before, after)
        || source_place(before)
        || concatenated(before, after)
        || assigned(before, after)
        || argument(before, after)
        || constant(before, after)
        || keyed_description(before, after)
        || commented(before)
}

/// Whether `t` ends in a comparison after its operand: `code >=`, `greeting.code !=`.
fn compares(t: &[u8]) -> bool {
    [&b">="[..], b"<=", b"==", b"!="].iter().any(|op| {
        t.strip_suffix(*op).is_some_and(|operand| {
            lex::trim_end(operand)
                .last()
                .is_some_and(|b| b.is_ascii_alphanumeric() || matches!(b, b')' | b']' | b'_'))
        })
    })
}

/// A string literal that holds a code alone, compared with or a switch's case: `if
/// greeting.code != "220" {`, `case "421":` (as a compiler quotes the line).
fn quoted_compared(before: &[u8], after: &[u8]) -> bool {
    let Some((&q @ (b'"' | b'\''), head)) = before.split_last() else {
        return false;
    };
    let t = lex::trim_end(head);
    after.first() == Some(&q)
        && t.len() < head.len()
        && (compares(t) || t.ends_with(b" case") || t == b"case")
}

/// A string literal that opens a call's arguments in a statement of source code: `return
/// Err("550 No such file or directory.");`, `onReply("550 Denied.", "STOR x");` (as a
/// compiler quotes the line); a program's message about a reply it got ends in no `;`.
fn call_statement(before: &[u8], after: &[u8]) -> bool {
    let Some((b'"' | b'\'', head)) = before.split_last() else {
        return false;
    };
    // (A string's prefix: Python's `b'`, Rust's `&"`, C's `L"`, Objective-C's `@"`.)
    let head = match head.split_last() {
        Some((b'b' | b'&' | b'f' | b'r' | b'L' | b'@', rest)) => rest,
        _ => head,
    };
    let Some(callee) = head.strip_suffix(b"(") else {
        return false;
    };
    callee
        .last()
        .is_some_and(|b| b.is_ascii_alphanumeric() || *b == b'_')
        && lex::trim_end(after).ends_with(b");")
}

/// A code given a name in source code: `StatusLoggedIn = 230 // User logged in`, Ruby's
/// `RPL_PWELCOME = 200 #server ready`, `const FTP_OK = 200;`: a name alone (after
/// keywords) before `=`, and after the code nothing but a comment, `,` or `;`.
fn constant(before: &[u8], after: &[u8]) -> bool {
    let Some(name) = lex::trim_end(before).strip_suffix(b"=") else {
        return false;
    };
    if name
        .last()
        .is_some_and(|b| matches!(b, b'=' | b'!' | b'<' | b'>'))
    {
        return false;
    }
    let mut words = lex::trim_end(name)
        .split(|b| lex::is_space(*b))
        .filter(|w| !w.is_empty());
    let Some(name) = words.next_back() else {
        return false;
    };
    let identifier = name.iter().any(u8::is_ascii_alphabetic)
        && name
            .iter()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'.' | b'$'));
    // (Keywords before the name: `const`, `public static final int`.)
    let keywords = words.all(|w| w.iter().all(u8::is_ascii_lowercase));
    let rest = lex::trim_start(after);
    // (A record's `code=220, buffer='...'` goes on after its comma.)
    identifier
        && keywords
        && (rest.is_empty()
            || matches!(lex::trim_end(rest), [b',' | b';'])
            || matches!(rest, [b'#', ..] | [b'/', b'/' | b'*', ..]))
}

/// A code that keys its description in source code's map: `  211: 'System status, or
/// system help reply',` (a module of SMTP's codes), `550 => "File unavailable",`.
fn keyed_description(before: &[u8], after: &[u8]) -> bool {
    let lead = lex::trim_start(before);
    let rest = match after {
        [b':', rest @ ..] => rest,
        [b' ', b'=', b'>', rest @ ..] => rest,
        _ => return false,
    };
    let rest = lex::trim_start(rest);
    let end = lex::trim_end(rest);
    matches!(lead, [] | [b'{'] | [b'['])
        && matches!(rest.first(), Some(b'\'' | b'"'))
        && matches!(end, [.., b'\'' | b'"', b','] | [.., b'\'' | b'"'])
}

/// A code that starts a comment's text, set off by blanks as a comment's columns are:
/// `#   202 slave status noted`, `//  550 ...` (`# 220 ready`, one blank, is a marker's).
fn commented(before: &[u8]) -> bool {
    matches!(lex::trim_end(lex::trim_start(before)), b"#" | b"//") && before.ends_with(b"  ")
}

/// A string literal that holds a code alone, assigned in a statement of source code:
/// `response="200";` (a camera's settings page in JavaScript), `$code = '550';`.
fn assigned(before: &[u8], after: &[u8]) -> bool {
    let Some(&q @ (b'"' | b'\'')) = before.last() else {
        return false;
    };
    lex::trim_end(&before[..before.len() - 1]).ends_with(b"=")
        && after.first() == Some(&q)
        && lex::trim_end(&after[1..]) == b";"
}

/// A string literal that holds a code alone, the last argument of a call after another:
/// `sendFtpCommand("STOR ", name, "150")`, `expect(sock, '230')` (what a program expects).
fn argument(before: &[u8], after: &[u8]) -> bool {
    let Some((&q @ (b'"' | b'\''), head)) = before.split_last() else {
        return false;
    };
    // (The last argument: a record's values go on with the reply's words, `VALUES(...,
    // 'USER bob','331','Password required for bob')`.)
    if after.first() != Some(&q) || after.get(1) != Some(&b')') {
        return false;
    }
    let Some(head) = lex::trim_end(head).strip_suffix(b",") else {
        return false;
    };
    // (Inside a call's brackets: a name glued to the one that opened them.)
    let open = head.iter().rposition(|b| *b == b'(');
    open.is_some_and(|i| {
        i > 0
            && (head[i - 1].is_ascii_alphanumeric() || head[i - 1] == b'_')
            && !head[i..].contains(&b')')
    })
}

/// A string literal that holds a code and is joined to more in source code: `b"200 " +
/// banner`, `"550 %s" % path`.
pub(super) fn concatenated(before: &[u8], after: &[u8]) -> bool {
    let Some(&q @ (b'"' | b'\'')) = before.last() else {
        return false;
    };
    let Some(close) = after.iter().take(40).position(|b| *b == q) else {
        return false;
    };
    // (The literal holds the code alone or a format's placeholders: a template.)
    let inner = lex::trim_start(&after[..close]);
    let template = inner.is_empty() || inner.contains(&b'%') || inner.contains(&b'{');
    let rest = lex::trim_start(&after[close + 1..]);
    template
        && matches!(rest.first(), Some(b'+' | b'%'))
        && rest.get(1).is_some_and(|b| lex::is_space(*b))
}

/// Whether a name ends in the extension of a language's source file (`client.py`), not a
/// logger's (`mylib.ftp`).
pub(super) fn source_extension(name: &[u8]) -> bool {
    let Some(dot) = name.iter().rposition(|b| *b == b'.') else {
        return false;
    };
    dot > 0
        && [
            &b"py"[..],
            b"go",
            b"rs",
            b"js",
            b"ts",
            b"java",
            b"kt",
            b"c",
            b"cc",
            b"cpp",
            b"h",
            b"rb",
            b"php",
            b"pl",
            b"cs",
            b"swift",
            b"scala",
            b"lua",
            b"erl",
            b"ex",
        ]
        .contains(&&name[dot + 1..])
}

/// Whether `before` ends in a qualified name and a colon, glued to the number after it: a
/// module and its function (`pyftpdlib.servers:serve_forever:`, `ftp.control:log:`) or a
/// file (`client.py:`), as loggers write where a message came from.
pub(super) fn source_place(before: &[u8]) -> bool {
    let Some(name) = before.strip_suffix(b":") else {
        return false;
    };
    let start = name
        .iter()
        .rposition(|b| !(b.is_ascii_alphanumeric() || matches!(b, b'_' | b'.' | b':' | b'-')))
        .map_or(0, |i| i + 1);
    let name = &name[start..];
    let inner_colon = name.contains(&b':');
    let dotted = name
        .iter()
        .rposition(|b| *b == b'.')
        .is_some_and(|i| i > 0 && i + 1 < name.len() && name[i + 1].is_ascii_lowercase());
    // (Python's `DEBUG:aioftp.client:220 ...` is a level and a logger's name: the
    // message follows.)
    let level_first = name
        .split(|b| *b == b':')
        .next()
        .is_some_and(words::is_level);
    name.first()
        .is_some_and(|b| b.is_ascii_alphabetic() || *b == b'_')
        && !name.ends_with(b":")
        && (inner_colon && !level_first && (dotted || name.contains(&b'_'))
            || !inner_colon && source_extension(name))
}
