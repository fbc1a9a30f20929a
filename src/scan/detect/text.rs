//! What follows a candidate code: reply words or a count's unit, a file name, a listing's
//! line, a PASV tuple, a version.

use super::*;
use crate::scan::memo::TextMemo;

/// Texts longer than this are scored anew each time (they rarely repeat whole).
const SCORE_LONGEST: usize = 128;

thread_local! {
    /// Scores worked out before in this thread for the same code, separator, lead and
    /// text: a log's replies say the same few things again and again (`226 Transfer
    /// complete.`), and reading their words costs thousands of steps where finding them
    /// here costs a few dozen.
    static SCORES: std::cell::RefCell<TextMemo<(u16, Sep, Lead), i32>> =
        const { std::cell::RefCell::new(TextMemo::new(256)) };
}

/// What the text after the code says about it ([`text_score_now`], from the memo where
/// the same was scored before).
pub(super) fn text_score(code: ReplyCode, sep: Sep, text: &[u8], lead: Lead) -> i32 {
    if text.len() > SCORE_LONGEST {
        return text_score_now(code, sep, text, lead);
    }
    let key = (code.get(), sep, lead);
    if let Some(score) = SCORES.with(|m| m.borrow().get(key, text)) {
        return score;
    }
    // (Scored with the memo let go, so that nothing the scoring asks finds it borrowed.)
    let score = text_score_now(code, sep, text, lead);
    SCORES.with(|m| m.borrow_mut().put(key, text, score));
    score
}

/// Whether a text is one word of base 64 (RFC 4648 §4's alphabet, `=` padding at its end),
/// 16 characters at least.
fn base64_word(text: &[u8]) -> bool {
    let t = lex::trim_end(text);
    let body = t
        .strip_suffix(b"==")
        .or_else(|| t.strip_suffix(b"="))
        .unwrap_or(t);
    // (Both cases of letters: a hex digest, `d41d8cd98f00b204e9800998ecf8427e`, is no base
    // 64 of a reply; random bytes encoded give both within 16 characters. From the review.)
    t.len() >= 16
        && t.len().is_multiple_of(4)
        && body
            .iter()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'+' | b'/'))
        && body.iter().any(u8::is_ascii_uppercase)
        && body.iter().any(u8::is_ascii_lowercase)
}

pub(super) fn text_score_now(code: ReplyCode, sep: Sep, text: &[u8], lead: Lead) -> i32 {
    if text.is_empty() {
        // A bare code: a reply only where the session or the shape says so.
        return match lead {
            Lead::Key | Lead::Access => 1,
            _ => -1,
        };
    }
    // `550 N...`: the reply's words cut to a letter at the terminal's width (pytest's short
    // summary): what is left tells nothing against them.
    if lead == Lead::Error
        && let Some(cut) = text
            .strip_suffix(b"...")
            .or_else(|| text.strip_suffix("\u{2026}".as_bytes()))
        && (1..=2).contains(&cut.len())
        && cut.iter().all(u8::is_ascii_alphabetic)
    {
        return 2;
    }
    let n = code.get();
    let mut score = 0;
    // `got 550 [' No such file or directory.']`: the reply's lines as a list of strings
    // (aioftp's StatusCodeError), which no count or size is followed by.
    if text.starts_with(b"['") || text.starts_with(b"[\"") {
        score += 3;
    }
    match n {
        227 if pasv_tuple(text) => score += 5,
        // A protected reply's text is the reply it protects, base 64 encoded (RFC 2228
        // §4): one long word of its alphabet, which no other reply's words are.
        631..=633 if base64_word(text) => score += 5,
        229 if needle::find!(text, b"(|||").is_some() => score += 5,
        257 if text.first() == Some(&b'"') => score += 3,
        // A greeting that names a server the way that server greets (`ProFTPD Server (x)
        // [127.0.0.1]`, quoted by a monitoring probe in brackets): the server's own words.
        // (Not at a line's start, where a test's expected text stands as well: pytest's `E
        // - 220 pyftpdlib ready.`)
        220 if lead != Lead::Start
            && crate::knowledge::servers::server_in_greeting(text).is_some() =>
        {
            score += 3
        }
        // SIZE's byte count, MDTM's time: the whole text is digits (quoted as a field,
        // `213 "421" <- [SIZE ...]`, all the same; or in a dump's column, `213 421.. ]`).
        213 if {
            // (Escaped in a JSON string too: `\"20261203192040\"`.)
            let t = quoted_field(text).unwrap_or(text);
            let end = t
                .iter()
                .rposition(|b| !matches!(b, b' ' | b']' | b'|'))
                .map_or(0, |i| i + 1);
            t[..end].iter().all(|b| lex::is_digit(*b) || *b == b'.')
        } =>
        {
            return score + 2;
        }
        _ => {}
    }
    // `421 2026-12-01 21:45:28 size-421.bin`: a size and a date start a listing's line.
    let first_token = text.split(|b| lex::is_space(*b)).next().unwrap_or_default();
    // `421   Dec  3 08:23   size-421.bin`: a listing's size, its date after it.
    // (Not the argument a server quotes before its error: `501 2020-01-01: Invalid
    // argument`, ProFTPD's answer to an MFMT it cannot read.)
    let quoted_argument = first_token.ends_with(b":")
        && text[first_token.len()..]
            .strip_prefix(b" ")
            .is_some_and(|rest| rest.first().is_some_and(u8::is_ascii_alphabetic));
    if !quoted_argument && (time_like(first_token) || crate::scan::time::listing_date(text)) {
        return score - 5;
    }
    // `550 5.1.1 User unknown`, `250 2.0.0 OK`: a mail server's reply (RFC 3463's enhanced
    // status code, of the reply's class, after it), in the system log a mail log shares.
    if smtp_status(n, first_token) || smtp_words(n, text) {
        return score - 20;
    }
    let first = text[0];
    // (An access log's record has numbers after its code: the bytes it moved.)
    if lex::is_digit(first) && !matches!(n, 213 | 227 | 229) && lead != Lead::Access {
        // `3.631823065 127.0.0.1 ...`: the fields of a table (a frame number, a time).
        let long = first_token.len() >= 4 || first_token.contains(&b'.');
        score -= if long { 4 } else { 2 };
    }
    // `550      12  2026-03-01  data.csv`: a number in a padded column, then a date, as a
    // table's row.
    let mut fields = text.split(|b| lex::is_space(*b)).filter(|w| !w.is_empty());
    if let (Some(number), Some(date)) = (fields.next(), fields.next())
        && number.iter().all(u8::is_ascii_digit)
        && time_like(date)
    {
        score -= 4;
    }
    // `536 advmss:65483 cwnd:12 bytes_sent:24` (`ss -i`): fields that name counters, each a
    // name glued to its number, where a reply has words.
    let counter = |t: &[u8]| {
        let Some(sep) = t.iter().position(|b| matches!(b, b':' | b'=')) else {
            return false;
        };
        sep > 0
            && t[..sep].iter().all(|b| lex::is_alnum(*b) || *b == b'_')
            && t.get(sep + 1).is_some_and(|b| lex::is_digit(*b))
    };
    // (Or two of its first three words so: conntrack's `120 SYN_SENT src=127.0.0.1
    // dst=127.0.0.1 sport=57856`, a connection's timeout, its state, then its fields.)
    let tokens = text
        .split(|b| lex::is_space(*b))
        .filter(|w| !w.is_empty())
        .take(3);
    let (n, counters) = tokens.fold((0, 0), |(n, c), t| (n + 1, c + usize::from(counter(t))));
    if n >= 2 && counters == n || n == 3 && counters == 2 {
        return score - 4;
    }
    let mut count = 0;
    let mut known = 0;
    let mut first_word: &[u8] = b"";
    // `550 /photo_gallery/hi-res/planetary/mars/: No such file or directory`: the name a
    // reply is about, then its words; the name's parts are no words of the reply.
    let named = first_token.len() > 1
        && first_token.ends_with(b":")
        && first_token.iter().any(|b| matches!(b, b'/' | b'.' | b'\\'));
    let worded = if named {
        &text[first_token.len()..]
    } else {
        text
    };
    for w in lex::words(worded, 6) {
        if count == 0 {
            first_word = w;
        }
        count += 1;
        if words::is_reply_word(w) {
            known += 1;
        }
    }
    if count == 0 {
        // Only numbers and signs: the fields of an access log, a counter.
        return score - 2;
    }
    // `Server sent 220 response.`, `got 530 reply`: a program's words about a code.
    if matches!(
        first_word,
        b"response" | b"responses" | b"reply" | b"replies" | b"code" | b"status"
    ) && count <= 2
    {
        score -= 6;
    }
    // `maybe 550 is not a correct response`, `the 550 error is coming back`, `an FTP error
    // 425 happens every time`: the code as the subject of a sentence (no reply of 480 logs
    // with hand-checked ground truth has one of these words right after its code).
    if text.starts_with(first_word)
        && matches!(
            first_word,
            b"is"
                | b"was"
                | b"are"
                | b"mean"
                | b"means"
                | b"error"
                | b"errors"
                | b"happens"
                | b"happened"
                | b"occurs"
                | b"occurred"
                | b"appears"
                | b"appeared"
                | b"keeps"
                | b"indicates"
                | b"indicate"
                | b"represents"
                | b"signifies"
                | b"denotes"
                | b"stands"
        )
    {
        score -= 8;
    }
    // `MKD get error 550 there as they should`, `got 530 when I log in`, `a 421 because
    // of the idle timeout`: the code in a sentence that goes on with a small word no
    // reply starts with (vsftpd's `421 There are too many ...` has its capital). (Words
    // before the code make it a sentence: at a line's start the code still stands alone.)
    if lead != Lead::Start
        && text.starts_with(first_word)
        && matches!(
            first_word,
            b"there"
                | b"here"
                | b"when"
                | b"whenever"
                | b"because"
                | b"if"
                | b"since"
                | b"while"
                | b"after"
                | b"before"
                | b"as"
                | b"so"
                | b"then"
                | b"again"
                | b"instead"
                | b"back"
                | b"too"
        )
    {
        score -= 8;
    }
    // `433 * alice :Nickname is already in use`, `001 alice :Welcome to the Internet Relay
    // Network`: IRC's numeric replies name their target first, their text after a colon
    // that starts a word (RFC 2812 §2.3).
    let mut words_of = text.split(|b| *b == b' ').filter(|w| !w.is_empty()).take(4);
    if words_of
        .position(|w| w.len() > 1 && w[0] == b':' && w[1].is_ascii_alphanumeric())
        .is_some_and(|i| {
            i > 0
                && text
                    .split(|b| *b == b' ')
                    .filter(|w| !w.is_empty())
                    .take(i)
                    .all(|w| !w.contains(&b':') && !words::is_reply_word(w))
        })
    {
        score -= 8;
    }
    // `]: 220 -> 127.0.0.1.33776 127.0.0.1.9180 -> 0` (Dante's counts of bytes relayed each
    // way): a number an arrow leads on from, where a reply has words.
    if matches!(text, [b'-' | b'=', b'>', b' ', ..] | [b'<', b'-', b' ', ..]) {
        score -= 8;
    }
    // ``partial matching of `227 '`` (the kernel's FTP connection tracker): a code alone
    // in quotes, a pattern looked for, not a reply got.
    if matches!(text, [b'\'' | b'`', b' ', ..] | [b'\'' | b'`']) {
        score -= 8;
    }
    // `send 200 + banner`: a sum or a string joined, in a comment of source code.
    // (No reply of 480 logs with hand-checked ground truth starts its text so.)
    if text.starts_with(b"+ ") {
        score -= 12;
    }
    score += 2 * known.min(3);
    if count >= 2 {
        score += 1;
    }
    if lex::is_upper(first) || first >= 0x80 || matches!(first, b'"' | b'\'' | b'(') {
        score += 1;
    }
    // `Mida: 421 (no autoritatiu)`: a number and a note on it in parentheses, nothing
    // else (wget's size, translated). A reply says something outside them; only a greeting
    // may be its server's name alone (vsftpd's `220 (vsFTPd 3.0.3)`).
    // (After a label or words, where a program says what the number is; a reply at a
    // line's start may be so short: `421 (Timeout)`.)
    // (Or a word: ncrack's `Processing event 212 (timeout in 0ms, done=0)`, a noun's
    // number. Settings inside, `done=0`, are a program's state, no server's name, whatever
    // the number.)
    let t = lex::trim_end(text);
    let noted = first == b'(' && memchr::memchr(b')', t) == Some(t.len().wrapping_sub(1));
    if noted
        && (code.get() != 220 && matches!(lead, Lead::Label | Lead::Prose)
            || lead == Lead::Word && memchr::memchr(b'=', t).is_some())
    {
        score -= 6;
    }
    // "421 bytes received", "312 packets captured", "421 B / 421 B", "copied 421 B;": a
    // count, not a code.
    // (Padded to a column as well: netsniff-ng's `139  packets failed filter`.)
    let counted = text.trim_ascii_start();
    let counted_token = counted
        .split(|b| lex::is_space(*b))
        .next()
        .unwrap_or_default();
    let unit = counted_token
        .strip_suffix(b";")
        .or_else(|| counted_token.strip_suffix(b","))
        .unwrap_or(counted_token);
    // (A unit of one letter is in lower case, but for bytes' `B`: `200 S OK` is Pure-FTPd's
    // answer to `MODE S`, no count of seconds.)
    let one_letter_mode = |w: &[u8]| matches!(w, [l] if l.is_ascii_uppercase() && *l != b'B');
    let unit_word = |w: &[u8]| words::is_unit(w) && !one_letter_mode(w);
    if (counted.starts_with(first_word) && unit_word(first_word)) || unit_word(unit) {
        score -= 7;
        // (A field's value with its unit is an amount, whatever names the field: tshark's
        // `FTP Data: 421 bytes (PASV)`, where a key named for a payload's text weighs
        // for a reply; a libcurl debug callback's `[data<] 421 bytes (binary, not shown)`
        // beside its `[hdr<] 213 421`.)
        // (After a bracketed label only a unit in small letters: `[hdr<] 421 Out of
        // memory`, `[worker-1] 211 Files: 3` start a reply's sentence.)
        let small = first_word.iter().all(|b| !b.is_ascii_uppercase());
        if (matches!(lead, Lead::Key | Lead::Label) || lead == Lead::Bracket && small)
            && first_word.len() > 1
        {
            score -= 6;
        }
        // `"421 bytes received" file=...`: the amount a transfer moved, said whole, as a
        // client's own message (a reply never starts its words with a unit).
        const MOVED: &[&[u8]] = &[
            b"received",
            b"sent",
            b"transferred",
            b"written",
            b"read",
            b"copied",
            b"downloaded",
            b"uploaded",
            b"in",
        ];
        let second = text.split(|b| *b == b' ').nth(1).unwrap_or_default();
        let second = second
            .iter()
            .position(|b| !b.is_ascii_alphabetic())
            .map_or(second, |i| &second[..i]);
        if MOVED.iter().any(|m| m.eq_ignore_ascii_case(second)) {
            score -= 6;
        }
    }
    // `550 total, 550 started, 550 done, 276 succeeded, 274 failed` (h2load's requests): a
    // summary of counts, each a number and its word after a comma.
    if counts_after_commas(text) >= 2 {
        score -= 8;
    }
    // `230 connection resets received` (netstat -s): a noun in small letters, then the
    // unit of the count.
    let mut words_of = text.split(|b| *b == b' ');
    if let (Some(first), Some(second)) = (words_of.next(), words_of.next())
        && !first.is_empty()
        && first.iter().all(u8::is_ascii_lowercase)
        && second.len() > 2
        && words::is_unit(second)
    {
        score -= 7;
    }
    // (After a column's gap too: `421  size-421.bin`, a listing's size and name.)
    if file_name(lex::trim_start(text), sep) {
        score -= 6;
        // `550 report.txt: 58 bytes received`: the file and what was moved of it, a
        // client's own note, however trusted the field it stands in.
        if lex::trim_start(text)
            .split(|b| lex::is_space(*b))
            .next()
            .is_some_and(|name| name.ends_with(b":"))
        {
            score -= 20;
        }
    }
    // `500 (文法エラー、そのコマンドは認識されない)`: a code glossed in parentheses, in
    // another language, as notes about codes write it; a server's reply is no gloss
    // (vsftpd's `220 (vsFTPd 3.0.3)` names itself in ASCII).
    let t = lex::trim_end(text);
    if t.len() > 2 && t[0] == b'(' && t.ends_with(b")") && !t.is_ascii() {
        score -= 6;
    }
    // `157 I _log_start:177 concurrency model`: a number before the log's own level and
    // source location (`%(relativeCreated)d %(levelname).1s %(funcName)s:%(lineno)d`) is
    // a counter of the log's, not a code of the server's.
    // So is one before a thread in brackets, the level and the logger's dotted name
    // (slf4j-simple's `%r [%t] %p %c - %m`: `477 [pool-3-thread-1] INFO
    // org.apache.ftpserver.listener.nio.FtpLoggingFilter - ...`).
    let mut tokens = text.split(|b| lex::is_space(*b)).filter(|w| !w.is_empty());
    let mut level = tokens.next();
    let threaded = level.is_some_and(|t| t.len() > 2 && t[0] == b'[' && t.ends_with(b"]"));
    if threaded {
        level = tokens.next();
    }
    if let (Some(level), Some(place)) = (level, tokens.next())
        && words::is_level(level)
        && (source_line(place) || threaded && logger_name(place))
    {
        score -= 6;
    }
    // `/pub/size-421.bin b _ o a anonymous ftp 0 * c` (an xferlog record): a row of
    // fields, several a single letter, where a reply has words.
    if text
        .split(|b| *b == b' ')
        .filter(|w| !w.is_empty())
        .take(10)
        .filter(|w| matches!(w, [b] if b.is_ascii_alphabetic() || *b == b'_'))
        .count()
        >= 3
    {
        score -= 5;
    }
    // `550 report.txt (7 bytes)`, `550 report.txt 7`: a listing's name and size, as a
    // program prints them.
    let rest: &[u8] = text.get(first_token.len()..).unwrap_or_default();
    // (A version, `wconrad/ftpd 2.0.4`, is no size.)
    let numbers_only = rest.iter().any(|b| lex::is_digit(*b))
        && rest
            .iter()
            .all(|b| lex::is_digit(*b) || lex::is_space(*b) || matches!(b, b'.' | b','))
        && !rest
            .split(|b| lex::is_space(*b))
            .any(|w| w.iter().filter(|b| **b == b'.').count() >= 2);
    if file_name(first_token, Sep::Last)
        && (lex::words(rest, 3).any(words::is_unit) || numbers_only)
    {
        score -= 6;
    }
    score
}

/// A place in a program's source as a logger writes it: a name, a colon and a line
/// number (`_log_start:177`, `client.py:395`, `main.go:42:`).
pub(super) fn source_line(token: &[u8]) -> bool {
    let token = token.strip_suffix(b":").unwrap_or(token);
    let Some(colon) = token.iter().rposition(|b| *b == b':') else {
        return false;
    };
    let (name, line) = (&token[..colon], &token[colon + 1..]);
    (1..=6).contains(&line.len())
        && line.iter().all(u8::is_ascii_digit)
        && name
            .first()
            .is_some_and(|b| b.is_ascii_alphabetic() || *b == b'_')
        && name
            .iter()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'.' | b'-'))
}

/// Whether a token is a logger's dotted name, as Java's and Python's loggers are named
/// after their class or module: `org.apache.ftpserver.command.impl.PASS`, `c.x.Ftp`.
fn logger_name(token: &[u8]) -> bool {
    let parts = token.split(|b| *b == b'.');
    token.contains(&b'.')
        && parts.clone().count() >= 2
        && parts.into_iter().all(|p| {
            p.first().is_some_and(|b| b.is_ascii_alphabetic())
                && p.iter()
                    .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'$'))
        })
}

/// Whether `s` ends in a source file's name, glued to what follows: `FtpServer.cc`,
/// `ftp.c`, `Client.java`.
pub(super) fn source_file(s: &[u8]) -> bool {
    let start = s
        .iter()
        .rposition(|b| !(b.is_ascii_alphanumeric() || matches!(b, b'_' | b'.' | b'-' | b'/')))
        .map_or(0, |i| i + 1);
    let name = &s[start..];
    let Some(dot) = name.iter().rposition(|b| *b == b'.') else {
        return false;
    };
    let ext = &name[dot + 1..];
    dot > 0 && (1..=4).contains(&ext.len()) && ext.iter().all(u8::is_ascii_alphabetic)
}

/// `(h1,h2,h3,h4,p1,p2)` in a 227 reply.
pub(super) fn pasv_tuple(text: &[u8]) -> bool {
    let Some(open) = memchr::memchr(b'(', text) else {
        // Some servers leave out the parentheses.
        return text.iter().filter(|b| **b == b',').count() == 5;
    };
    let inner = &text[open + 1..];
    let close = memchr::memchr(b')', inner).unwrap_or(inner.len());
    inner[..close].iter().filter(|b| **b == b',').count() == 5
}

/// The text is a file name and nothing else (`550 report.txt`, `421-notes.txt`): a listing.
pub(super) fn file_name(text: &[u8], sep: Sep) -> bool {
    // `250 "/readonly"`, `257 "/home"`: a quoted path is what replies say.
    if matches!(text.first(), Some(b'"' | b'\\')) {
        return false;
    }
    let token_end = text
        .iter()
        .position(|b| lex::is_space(*b))
        .unwrap_or(text.len());
    // `03 550 report.txt,200,OK,...` (JMeter's CSV results): a name that ends its field of a
    // record, the next field glued after the comma.
    let field_end = text[..token_end]
        .iter()
        .position(|b| *b == b',')
        .filter(|&i| text.get(i + 1).is_some_and(|b| !lex::is_space(*b)));
    let token_end = field_end.unwrap_or(token_end);
    // ngrep prints a line's CR as a dot: `421-notes.txt.`.
    let token = text[..token_end]
        .strip_suffix(b"..")
        .unwrap_or(&text[..token_end]);
    let token = token.strip_suffix(b".").unwrap_or(token);
    // What closes around the name: the backslash of an escaped closing quote
    // (`\"421-notes.txt\", ...` in JSON), the comma after a name in a list (`['226
    // files.txt', '421-notes.txt', ...]`), the quote of a quoted name (``file `200
    // OK.txt'``), the bracket that closes the record's fields around it (`(...,
    // message=421-notes.txt)`), and all of them at once (`"msg":"got '550 report.txt'"}`).
    let mut token = token;
    while let Some((&last, name)) = token.split_last() {
        let opener = match last {
            b')' => Some(b'('),
            b']' => Some(b'['),
            b'}' => Some(b'{'),
            b'\\' | b',' | b'\'' | b'"' => None,
            _ => break,
        };
        if opener.is_some_and(|o| name.contains(&o)) {
            break;
        }
        token = name;
    }
    // (Or followed by its facts, as a client prints a directory's entries: `226
    // backup.tar   size=4096 modify=1780120200 type=file`.)
    // (Or by a logger's fields alone, `name=value` each: ftp-srv's trace of an NLST's names
    // sent, `Reply 226 files.txt port=12035 encoding="utf8"`.)
    let facts = |rest: &[u8]| {
        let rest = lex::trim_start(rest);
        let field = |w: &[u8]| {
            let name = w
                .iter()
                .take_while(|b| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'.' | b'-'))
                .count();
            name > 0 && w.get(name) == Some(&b'=') && w[0].is_ascii_alphabetic()
        };
        [&b"size="[..], b"modify=", b"type=", b"perm=", b"unique="]
            .iter()
            .any(|f| rest.len() >= f.len() && rest[..f.len()].eq_ignore_ascii_case(f))
            || !rest.is_empty()
                && rest
                    .split(|b| lex::is_space(*b))
                    .filter(|w| !w.is_empty())
                    .all(field)
    };
    // (Or by its type alone, as a program prints a folder's children: `550 report.txt
    // file`, `pub folder`, and its size after it: `550 report.txt file 22`.)
    let kind = |rest: &[u8]| {
        let rest = lex::trim_end(lex::trim_start(rest));
        let size = rest.iter().rev().take_while(|b| b.is_ascii_digit()).count();
        let rest = match rest[..rest.len() - size].strip_suffix(b" ") {
            Some(kind) if size > 0 => kind,
            _ => rest,
        };
        [
            &b"file"[..],
            b"folder",
            b"dir",
            b"directory",
            b"link",
            b"symlink",
        ]
        .iter()
        .any(|k| rest.eq_ignore_ascii_case(k))
    };
    // (Or one of a list's names, a comma after it and a name after that: `NLST: 226
    // files.txt, 421-notes.txt, 502.txt`, `['550 report.txt', 'size-421.bin', ...]`.)
    let listed = |raw: &[u8], rest: &[u8]| {
        let next = lex::trim_start(rest)
            .split(|b| lex::is_space(*b))
            .next()
            .unwrap_or_default();
        raw.ends_with(b",") && next.len() > 2 && next[1..].contains(&b'.')
    };
    // (Or by a colon and what the client moved of it: `550 report.txt: 58 bytes
    // received`, a program's note of a download.)
    let counted = |raw: &[u8], rest: &[u8]| {
        let mut words = lex::trim_start(rest).split(|b| lex::is_space(*b));
        raw.ends_with(b":")
            && words
                .next()
                .is_some_and(|n| !n.is_empty() && n.iter().all(u8::is_ascii_digit))
            && words.next().is_some_and(words::is_unit)
    };
    let counts = counted(&text[..token_end], &text[token_end..]);
    // (Or by a colon and a column's padding, as a progress meter labels its bar with the
    // file: ncftp's `550 report.txt:                 ETA:   0:00 ...`. A reply's words
    // follow its colon after one blank.)
    let padded = lex::trim_start(&text[token_end..]);
    let counts = counts
        || text[..token_end].ends_with(b":")
            && text[token_end..].starts_with(b"   ")
            && (padded.is_empty()
                || padded.starts_with(b"ETA")
                || !padded.first().is_some_and(|b| lex::is_letter(*b)));
    let token = match counts {
        true => token.strip_suffix(b":").unwrap_or(token),
        false => token,
    };
    let alone = token_end == text.len()
        || field_end.is_some()
        || counts
        || facts(&text[token_end..])
        || kind(&text[token_end..])
        || listed(&text[..token_end], &text[token_end..])
        // (Or by an arrow to the value it became, a program's note of a result: `550
        // report.txt -> {ok,<<"...">>}`, an Erlang script's download, `readtext 550
        // report.txt -> 'not a reply'`; after a name in braces, whatever the value:
        // `{550 report.txt} => 1`, tcllib's; or by the word for it: `read 550 report.txt
        // returned 'not a reply'`.)
        || match lex::trim_start(&text[token_end..]) {
            [b'-' | b'=', b'>', b' ', b'{' | b'[' | b'(' | b'<' | b'\'' | b'"', ..] => true,
            [b'-' | b'=', b'>', b' ', ..] => text[..token_end].ends_with(b"}"),
            rest => lex::first_token(rest) == b"returned",
        };
    let extension = token
        .iter()
        .rposition(|b| *b == b'.')
        .is_some_and(|i| i > 0 && (1..=5).contains(&(token.len() - i - 1)))
        && token.last().is_some_and(|b| lex::is_alnum(*b));
    // (An underscore in a word of another script is no name's: mod_lang's Chinese
    // `200 使用语言zh_CN` glues its words to the language's name.)
    let path_like = token.contains(&b'/') || token.contains(&b'_') && token.is_ascii();
    // `SFTPGo_2.6.6`, `wu-2.6.2`: a product's version, as greetings name it; `211
    // https://www.pureftpd.org/`: an address, as Pure-FTPd closes STAT's reply with.
    // (`https:\/\/`: a JSON string may escape its slashes.)
    if version_tail(token)
        || needle::find!(token, b"://").is_some()
        || needle::find!(token, b":\\/\\/").is_some()
    {
        return false;
    }
    // `220 ftp.ujmekk.hu`: a host's name, as a greeting gives it.
    if token.len() > 4
        && (token[..4].eq_ignore_ascii_case(b"ftp.") || token[..4].eq_ignore_ascii_case(b"www."))
    {
        return false;
    }
    (alone && (extension || path_like)) || (sep == Sep::More && extension && !token.ends_with(b":"))
}

/// How many times `, N word` comes in a text: a number of digits alone after a comma and a
/// blank, then a word in small letters.
fn counts_after_commas(text: &[u8]) -> usize {
    crate::scan::needle::find_iter!(text, b", ")
        .filter(|&at| {
            let rest = &text[at + 2..];
            let n = rest.iter().take_while(|b| b.is_ascii_digit()).count();
            n > 0
                && rest.get(n) == Some(&b' ')
                && rest.get(n + 1).is_some_and(u8::is_ascii_lowercase)
        })
        .count()
}

/// Whether a token ends in a version of three numbers or more after a letter and `_` or
/// `-` (`SFTPGo_2.6.6`, `wu-2.6.2`), which no file's extension is.
pub(super) fn version_tail(token: &[u8]) -> bool {
    let Some(sep) = token.iter().rposition(|b| matches!(b, b'_' | b'-')) else {
        return false;
    };
    let tail = &token[sep + 1..];
    sep > 0
        && token[sep - 1].is_ascii_alphabetic()
        && tail.split(|b| *b == b'.').count() >= 3
        && tail
            .split(|b| *b == b'.')
            .all(|p| !p.is_empty() && p.iter().all(u8::is_ascii_digit))
}

/// A directory listing line in any style: `drwxr-xr-x 2 ftp ftp 4096 Mar 1 pub`,
/// `03-01-26  10:15AM  421 550-notes.txt`, EPLF (`+i8388621.48594,m825718503,...`) and
/// MLSD facts (`type=file;size=421; name`). Asked of every line with a candidate code, so
/// each test looks only where its pattern can be.
pub(super) fn listing(line: &[u8]) -> bool {
    if unix_mode(line) || dos_listing(line) {
        return true;
    }
    let facts = needle::find!(line, b"type=").is_some()
        && (needle::find!(line, b";size=").is_some()
            || needle::find!(line, b";modify=").is_some()
            || needle::find!(line, b";perm=").is_some());
    let eplf = line.starts_with(b"+i")
        || needle::find!(line, b",m")
            .is_some_and(|_| line.first() == Some(&b'+') && memchr::memchr(b'\t', line).is_some());
    facts || eplf
}

/// DOS/IIS: `mm-dd-yy  hh:mmAM`, a 17-byte window whose third byte is a dash: tried at
/// each dash of the line.
pub(super) fn dos_listing(line: &[u8]) -> bool {
    memchr::memchr_iter(b'-', line).any(|dash| {
        let Some(w) = dash.checked_sub(2).and_then(|at| line.get(at..at + 17)) else {
            return false;
        };
        w[0].is_ascii_digit()
            && w[1].is_ascii_digit()
            && w[5] == b'-'
            && (w[8..10] == *b"  " || w[8] == b' ')
            && w.windows(2).any(|p| p == b"AM" || p == b"PM")
    })
}

/// Whether a line holds a Unix listing's mode: a file type, nine permission characters
/// (not all `-`), then a space, `+`, `@` or `.` (`drwxr-xr-x `, `-rw-r--r--@`).
/// Nine permission characters in a row cover one of every ninth byte: only the runs
/// around those sampled bytes are looked at. A run's mode ends where the run does, since
/// none of the bytes that may follow a mode is a permission character.
pub(super) fn unix_mode(line: &[u8]) -> bool {
    let is_perm = |at: usize| PERMISSION[usize::from(line[at])];
    let mut sample = 8;
    while sample < line.len() {
        if !is_perm(sample) {
            sample += 9;
            continue;
        }
        let mut start = sample;
        while start > 0 && is_perm(start - 1) {
            start -= 1;
        }
        let mut end = sample + 1;
        while end < line.len() && is_perm(end) {
            end += 1;
        }
        if end - start >= 9
            && end >= 10
            && matches!(line.get(end), Some(b' ' | b'+' | b'@' | b'.'))
            && matches!(
                line[end - 10],
                b'-' | b'd' | b'l' | b'b' | b'c' | b'p' | b's'
            )
            && line[end - 9..end].iter().any(|&p| p != b'-')
        {
            return true;
        }
        // The next sampled byte past this run.
        sample += (end - sample).div_ceil(9) * 9;
    }
    false
}

pub(super) static PERMISSION: [bool; 256] = {
    let mut t = [false; 256];
    let mut i = 0;
    while i < 256 {
        t[i] = matches!(
            i as u8,
            b'r' | b'w' | b'x' | b'-' | b's' | b'S' | b't' | b'T'
        );
        i += 1;
    }
    t
};
