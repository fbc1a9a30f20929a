//! Where a candidate's text is held: a field's value, a quoted or escaped string, an XML
//! element, and the junk of packets and dumps before a code.

use super::*;

/// The text of the field after a code's (`, msg='text'`, `,"message":"text"`, ` text="..."`):
/// a key, `=` or `:`, and a quoted string, of which the first line is taken.
pub(super) fn field_text(after: &[u8]) -> Option<&[u8]> {
    if after.starts_with(b"</") {
        return element_text(after);
    }
    let s = after
        .strip_prefix(b",")
        .or_else(|| after.strip_prefix(b";"))
        .unwrap_or(after);
    let s = lex::trim_start(s);
    if let Some(rest) = s.strip_prefix(b"\\\"") {
        return escaped_field_text(rest);
    }
    let key_quote = s.first().copied().filter(|q| matches!(q, b'"' | b'\''));
    let s = if key_quote.is_some() { &s[1..] } else { s };
    let key = s
        .iter()
        .take_while(|b| lex::is_letter(**b) || **b == b'_')
        .count();
    // A quoted position (`{ '0': 331, '1': 'Username ok' }`, the arguments of a call as
    // node prints them) names the value as well as a word does.
    let key = match key {
        0 if key_quote.is_some() => s.iter().take_while(|b| b.is_ascii_digit()).count(),
        n => n,
    };
    if key == 0 || key < 2 && !s[0].is_ascii_digit() {
        return None;
    }
    let name = &s[..key];
    let mut s = &s[key..];
    if let Some(q) = key_quote {
        s = s.strip_prefix(&[q])?;
    }
    let s = s
        .strip_prefix(b"=")
        .or_else(|| lex::trim_start(s).strip_prefix(b":"))?;
    let s = lex::trim_start(s);
    let Some(q) = s.first().copied().filter(|q| matches!(q, b'"' | b'\'')) else {
        // Unquoted (`code: 220, resp: FTP server ready.`): the rest of the line, where
        // the code's field ended with a delimiter. (Not another code: `kCFFTPStatusCodeKey=550,
        // _kCFStreamErrorCodeKey=550` names one again.)
        let delimited = matches!(after.first(), Some(b',' | b';'));
        let another_code = has_word(name, b"code") && s.first().is_some_and(u8::is_ascii_digit);
        // (Nor an object or a list: `"status":200,"resp_headers":{...}` holds no words.)
        let structure = matches!(s.first(), Some(b'{' | b'['));
        return (delimited
            && !another_code
            && !structure
            && s.first().is_some_and(|b| !lex::is_space(*b)))
        .then(|| lex::trim_end(s));
    };
    let mut value = &s[1..];
    let mut i = 0;
    while i < value.len() {
        match value[i] {
            b'\\' => i += 2,
            // `"resp":""/" is the current directory","bytes":"-"` (ProFTPD's JSON, which
            // does not escape the reply's quotes): in a record of quoted keys, the value
            // ends at a quote before the next key or the record's end.
            b if b == q && key_quote == Some(b'"') && !json_value_ends(&value[i + 1..]) => {
                i += 1;
            }
            b if b == q => {
                // `buffer="/pub" is the current directory.`: words after the closing quote
                // (no delimiter, no other key) say the quote was the text's own, as a 257
                // or 250 reply starts with a quoted path; the text runs to the end.
                let rest = lex::trim_start(&value[i + 1..]);
                let own = !rest.is_empty()
                    && rest.first().is_some_and(|b| lex::is_letter(*b))
                    && next_key(rest).is_none()
                    && !rest
                        .split(|b| *b == b' ')
                        .next()
                        .is_some_and(|w| w.ends_with(b":"));
                value = if own { lex::trim_end(s) } else { &value[..i] };
                break;
            }
            _ => i += 1,
        }
    }
    let value = &value[..escaped_line_end(value).unwrap_or(value.len())];
    (!value.is_empty()).then_some(value)
}

/// The quoted value of a later field of the code's record whose name says it holds a
/// message (`serverDescription: Optional("...")`, `, message='...'`), as an error object
/// gives the reply's words beside its code, other fields (a path) between them; or the
/// text's own name (node-ftp's debug `Response: code=220, buffer='GMGPSG'`, whose words
/// may be one in capitals, as a host's name is).
pub(super) fn message_field(after: &[u8]) -> Option<&[u8]> {
    if !matches!(after.first(), Some(b',' | b';')) {
        return None;
    }
    let after = &after[..after.len().min(320)];
    let mut from = 0;
    while let Some(k) = after[from..]
        .iter()
        .position(|b| matches!(b, b':' | b'='))
        .map(|k| from + k)
    {
        from = k + 1;
        let name = lex::last_word(lex::trim_end(&after[..k]));
        let named = [&b"description"[..], b"message", b"msg", b"reason"]
            .iter()
            .any(|w| name.len() >= w.len() && name[name.len() - w.len()..].eq_ignore_ascii_case(w));
        // (The text's own name, whole: not `sendbuffer=`.)
        let text_named = [&b"text"[..], b"buffer"]
            .iter()
            .any(|w| name.eq_ignore_ascii_case(w));
        let named = named || text_named;
        if !named || !after[..k].ends_with(name) && !lex::trim_end(&after[..k]).ends_with(name) {
            continue;
        }
        // (A value wrapped as Swift prints an optional: `Optional("...")`.)
        let value = lex::trim_start(&after[k + 1..]);
        let value = value.strip_prefix(b"Optional(").unwrap_or(value);
        let q = *value.first().filter(|q| matches!(q, b'"' | b'\''))?;
        let inner = &value[1..];
        let mut i = 0;
        while i < inner.len() && inner[i] != q {
            i += if inner[i] == b'\\' { 2 } else { 1 };
        }
        // (A value that goes on after its quote was not quoted: `buffer="/" is your
        // current location`, ftp-ts's text that starts with a quote.)
        let rest = lex::trim_start(inner.get(i + 1..).unwrap_or_default());
        if text_named && !matches!(rest.first(), None | Some(b',' | b';' | b'}' | b')' | b']')) {
            return None;
        }
        let text = &inner[..i.min(inner.len())];
        // (Its first line, as a field's text: `buffer='220 ready\r\n'`.)
        let text = &text[..escaped_line_end(text).unwrap_or(text.len())];
        return (!text.is_empty()).then_some(text);
    }
    None
}

/// [`field_text`] of a record kept as a string in another's field, its quotes escaped
/// (Splunk's `_raw`: `550,\"reply_msg\":\"Failed to open file.\"}`), from after the
/// key's escaped quote.
fn escaped_field_text(s: &[u8]) -> Option<&[u8]> {
    let key = s
        .iter()
        .take_while(|b| lex::is_letter(**b) || **b == b'_')
        .count();
    if key < 2 {
        return None;
    }
    let value = lex::trim_start(s[key..].strip_prefix(b"\\\":")?).strip_prefix(b"\\\"")?;
    // The value ends at the next escaped quote; an escaped backslash before one makes it
    // a quote of the inner string's own (`\\\"`), which it goes on past.
    let mut i = 0;
    let end = loop {
        match (value.get(i)?, value.get(i + 1)?) {
            (b'\\', b'"') => break i,
            (b'\\', b'\\') => {
                i += if value.get(i + 2) == Some(&b'\\') {
                    4
                } else {
                    3
                }
            }
            _ => i += 1,
        }
    };
    let value = &value[..end];
    let value = &value[..escaped_line_end(value).unwrap_or(value.len())];
    (!value.is_empty()).then_some(value)
}

/// Whether what follows a quote ends a JSON value: the record's end, or a delimiter and
/// the next quoted key; or nothing that could end it later (no other quote).
pub(super) fn json_value_ends(after: &[u8]) -> bool {
    let after = lex::trim_start(after);
    match after.first() {
        None | Some(b'}' | b']') => true,
        Some(b',') => lex::trim_start(&after[1..]).first() == Some(&b'"'),
        _ => memchr::memchr(b'"', after).is_none(),
    }
}

/// The text of the XML element after a code's (`</code><mesg>Login successful.</mesg>`).
pub(super) fn element_text(after: &[u8]) -> Option<&[u8]> {
    let next = &after[memchr::memchr(b'>', after)? + 1..];
    let next = lex::trim_start(next).strip_prefix(b"<")?;
    let name = next
        .iter()
        .take_while(|b| lex::is_letter(**b) || **b == b'_')
        .count();
    let value = next[name..].strip_prefix(b">")?;
    let value = lex::trim_end(lex::trim_start(
        &value[..memchr::memchr(b'<', value).unwrap_or(value.len())],
    ));
    (name >= 2 && !value.is_empty()).then_some(value)
}

/// The name of the XML element whose start tag `before` ends with (`code` in
/// `<result><code>`).
pub(super) fn element_name(before: &[u8]) -> Option<&[u8]> {
    let tag = before.strip_suffix(b">")?;
    let open = memchr::memrchr(b'<', tag)?;
    let name = &tag[open + 1..];
    (name.len() >= 2 && name.iter().all(|b| lex::is_letter(*b) || *b == b'_')).then_some(name)
}

/// `s` without the terminal escape sequences at its end (`\x1b[33m`, `\x1b]0;title\x07`),
/// and without NUL bytes there.
pub(super) fn without_escapes(mut s: &[u8]) -> &[u8] {
    loop {
        if let Some(rest) = s.strip_suffix(b"\0") {
            s = rest;
            continue;
        }
        // CSI: ESC [ parameters letter.
        if let Some(&last) = s.last()
            && last.is_ascii_alphabetic()
            && let Some(esc) = s[s.len().saturating_sub(16)..]
                .iter()
                .rposition(|b| *b == 0x1b)
        {
            let start = s.len().saturating_sub(16) + esc;
            let body = &s[start + 1..s.len() - 1];
            if body.first() == Some(&b'[')
                && body[1..]
                    .iter()
                    .all(|b| b.is_ascii_digit() || *b == b';' || *b == b'?')
            {
                s = &s[..start];
                continue;
            }
        }
        // OSC: ESC ] ... BEL.
        if s.last() == Some(&0x07)
            && let Some(esc) = s.iter().rposition(|b| *b == 0x1b)
            && s.get(esc + 1) == Some(&b']')
        {
            s = &s[..esc];
            continue;
        }
        return s;
    }
}

/// The number is part of something else: a word or a name (`x550`, `a_220`), a path
/// (`/pub/421-notes.txt`), a number (`10:15:200`, `1.220`, `40,426`), an address.
/// The marks that stand between a record's fields on both sides of a code (`|331|`, `|
/// 331 |`, ` :: 331 :: `, `;331;`), when a field's text follows: one to four bytes of
/// blanks, bars, colons and semicolons, with a bar, a semicolon or two colons among them (a
/// colon and a blank alone is a label's, `Response: 220: Welcome`).
pub(super) fn field_delimiter<'a>(before: &[u8], after: &'a [u8]) -> Option<&'a [u8]> {
    // Fields in quotes and a comma between (an SQL dump's `VALUES(...,'USER bob','331','Password
    // required for bob')`, a CSV's quoted fields): the quote, the comma and the next quote.
    if let Some(&q @ (b'\'' | b'"')) = after.first()
        && before.last() == Some(&q)
    {
        let n = match after.get(1..3) {
            Some([b',', b]) if *b == q => 3,
            Some([b',', b' ']) if after.get(3) == Some(&q) => 4,
            _ => return None,
        };
        let d = &after[..n];
        return (before.ends_with(d) && after.get(n).is_some_and(|b| *b != q)).then_some(d);
    }
    // A tab alone both sides (a TSV record: ProFTPD's ExtendedLog with tabs in its
    // LogFormat, `... alice\tUSER\talice\t331\tPassword required for alice\t0`), where
    // a field follows (`SIZE\treadme.txt\t213\t15`) and a field before names the command. (A table of codes
    // and their meanings has tabs too, and no command: see `pages::defines_code`.)
    if before.last() == Some(&b'\t')
        && let [b'\t', next, ..] = after
        && !matches!(next, b'\t' | b'\r' | b' ')
        && super::verbs::barred_command(before, b"\t").is_some()
    {
        return Some(&after[..1]);
    }
    // Runs of blanks both sides, columns aligned (`column -t`, a report's table), where a
    // column before names the command.
    if before.ends_with(b"  ")
        && after.starts_with(b"  ")
        && lex::trim_start(after)
            .first()
            .is_some_and(|b| !lex::is_digit(*b))
        && super::verbs::aligned_command(before).is_some()
    {
        return Some(&after[..2]);
    }
    // A comma alone both sides, the code bare in a CSV row whose other fields may be
    // quoted (`jq -r @csv`: `26579,"alice","PASS","(hidden)",230,"User alice logged
    // in"`), where a field before names the command.
    if before.last() == Some(&b',')
        && let [b',', next, ..] = after
        && (next.is_ascii_alphanumeric() || *next == b'"')
        && super::verbs::barred_command(before, b",").is_some()
    {
        return Some(&after[..1]);
    }
    // The code as a row's last field (sqlite3's list mode: `5|2026-12-06 10:15:28|
    // 127.0.0.1|ftpuser|PASS (hidden)|230`, a record of one exchange), where the field
    // before names the command.
    if after.iter().all(|b| matches!(b, b'\r' | b' ')) {
        return [&b"|"[..], b"\t", b",", b";"]
            .into_iter()
            .find(|d| before.ends_with(d) && super::verbs::barred_command(before, d).is_some());
    }
    let n = after
        .iter()
        .take(5)
        .take_while(|b| matches!(b, b' ' | b'|' | b':' | b';'))
        .count();
    let d = &after[..n];
    let marked = d.contains(&b'|') || d.contains(&b';') || d.windows(2).any(|w| w == b"::");
    (n <= 4
        && marked
        && before.ends_with(d)
        && after.get(n).is_some_and(|b| !matches!(b, b'\t' | b'\r')))
    .then_some(d)
}

pub(super) fn inside_a_word(before: &[u8]) -> bool {
    let Some(&prev) = before.last() else {
        return false;
    };
    if !lex::is_space(prev) && packet_junk(before) {
        return false;
    }
    // The header bytes of a packet dump may end in a printable byte: `G.%.N.fU331 Please
    // specify the password.` (tcpdump -A) is a code glued to junk, not part of a word.
    if lex::is_alnum(prev) && header_junk(before) {
        return false;
    }
    // `//220 ready.` (a transcript kept in a program's `//` comments): the comment's mark
    // alone opens the line, no path.
    if prev == b'/' && comment_mark(before) {
        return false;
    }
    if lex::is_alnum(prev)
        || matches!(
            prev,
            b'_' | b'/' | b'\\' | b'@' | b'$' | b'%' | b'&' | b'#' | b'+' | b'~' | b'^'
        )
    {
        return true;
    }
    // `1.220`, `a.550`, `x-421`, `10:200`, `40,426`; but `client:331` is a label.
    let second = before.len().checked_sub(2).map(|i| before[i]);
    match prev {
        // A packet dump's header bytes, unprintable ones shown as dots, run straight
        // into the payload: `G...N.Y.220-Welcome` (tcpdump -A).
        b'.' if dump_junk(before) || dotted_junk(before) => false,
        b'.' | b'-' => second.is_some_and(lex::is_alnum),
        b',' => second.is_some_and(lex::is_digit),
        // (`127.0.0.1:331 Username ok`: BSD ftp's `proxy` mode names the host before each
        // reply, and the host may be an address alone at the line's start.)
        b':' => {
            second.is_some_and(lex::is_digit) && !host_before_reply(before)
                || source_location(without_function(&before[..before.len() - 1]))
        }
        _ => false,
    }
}

/// Whether `before` is a `//` comment's mark alone between blanks (`//`, `/// `).
pub(super) fn comment_mark(before: &[u8]) -> bool {
    let t = lex::trim_end(lex::trim_start(before));
    t.len() >= 2 && t.len() <= 3 && t.iter().all(|b| *b == b'/')
}

/// Whether what stands before a code is an IPv4 address and a colon, alone at the line's
/// start: the host BSD ftp names before each reply in `proxy` mode (tnftp, inetutils-ftp
/// getreply(): `printf("%s:", hostname)`), not a port.
pub(super) fn host_before_reply(before: &[u8]) -> bool {
    before
        .strip_suffix(b":")
        .is_some_and(|host| crate::scan::session::ipv4_len(host) == Some(host.len()))
}

/// Whether the word before a code is a packet's header bytes printed as text, dots for
/// the unprintable ones, whatever its last byte: `....Y..w..W4` before `550 No such file`
/// (netsniff-ng's `[ Chr ` column, where a TCP option's time stamps run into the payload).
/// It starts with dots and half of it at least is dots: no word or name is so.
pub(super) fn packet_junk(before: &[u8]) -> bool {
    // (The last 41 bytes hold any such word: the look stays short on a long line.)
    let token = lex::last_token(&before[before.len().saturating_sub(41)..]);
    (8..=40).contains(&token.len()) && token.starts_with(b"..") && dump_junk(token)
}

/// Whether the word before a code is header bytes printed with fewer dots, a TCP option's
/// time stamps among them: `i.Pe1.b.` before `220 ProFTPD` (tcpdump -A, the line broken
/// at a header byte 0x0a): short pieces between at least three dots, a letter among them,
/// none a name's or an address's (`ftp.example.`, `10.0.0.`).
pub(super) fn dotted_junk(before: &[u8]) -> bool {
    let token = lex::last_token(&before[before.len().saturating_sub(25)..]);
    (6..=24).contains(&token.len())
        && token.iter().filter(|b| **b == b'.').count() >= 3
        && token.split(|b| *b == b'.').all(|piece| piece.len() <= 3)
        && token.iter().any(|b| b.is_ascii_alphabetic())
}

/// Whether the word before a code is header bytes printed as dots (at least half dots).
pub(super) fn dump_junk(before: &[u8]) -> bool {
    let token = lex::last_token(before);
    let dots = token.iter().filter(|b| **b == b'.').count();
    token.len() >= 4 && dots >= 3 && dots * 2 >= token.len()
}

/// Whether the line's last word is a packet's header bytes, printed as text with dots for
/// the unprintable ones, right before the payload (at the line's start, or after a prefix
/// that wraps every line: a container's `ftp-1  | `): a few bytes, several dots and some
/// punctuation no word or dotted name holds.
pub(super) fn header_junk(before: &[u8]) -> bool {
    let before = lex::last_token(&before[before.len().saturating_sub(25)..]);
    let dots = before.iter().filter(|b| **b == b'.').count();
    let odd = before
        .iter()
        .filter(|b| !lex::is_alnum(**b) && !matches!(b, b'.' | b'_' | b'-'))
        .count();
    // (Or a record's header bytes printed raw, control bytes and all: `^U^C^A^B^BP500
    // OOPS` after a TLS alert, as a scanner prints what it got.)
    let raw = || {
        before
            .iter()
            .any(|b| *b < 0x20 && !matches!(b, b'\t' | b'\r' | b'\n' | 0x1b))
    };
    (4..=24).contains(&before.len())
        && !before.iter().any(|b| lex::is_space(*b))
        && dots >= 2
        && odd >= 1
        || (2..=24).contains(&before.len()) && raw()
}

/// A source place without the function a debug log names after its file:
/// `server_name.c[gnutls_server_name_get]` (GnuTLS's `ASSERT:` lines) before `:229`.
fn without_function(place: &[u8]) -> &[u8] {
    match place.strip_suffix(b"]") {
        Some(head) if let Some(open) = memchr::memrchr(b'[', head) => &head[..open],
        _ => place,
    }
}

/// `client.js`, `ftp.cpp`, `Main.java` before `:278`: a source file and its line number.
pub fn source_location(name: &[u8]) -> bool {
    let start = name
        .iter()
        .rposition(|b| !(lex::is_alnum(*b) || matches!(b, b'.' | b'_' | b'-')))
        .map_or(0, |i| i + 1);
    let word = &name[start..];
    let Some(dot) = word.iter().rposition(|b| *b == b'.') else {
        return false;
    };
    let ext = &word[dot + 1..];
    const SOURCE: &[&[u8]] = &[
        b"c", b"cc", b"cpp", b"cxx", b"h", b"hpp", b"rs", b"go", b"py", b"js", b"mjs", b"cjs",
        b"ts", b"tsx", b"jsx", b"java", b"kt", b"scala", b"cs", b"vb", b"rb", b"php", b"pl", b"pm",
        b"swift", b"m", b"mm", b"lua", b"sh", b"ino", b"dart", b"ex", b"exs", b"erl", b"tcl",
        b"pas", b"d", b"zig", b"nim", b"groovy", b"vala", b"vapi", b"f90", b"f95", b"f03", b"for",
        b"ml", b"mli", b"hs", b"jl", b"cr", b"pike", b"pmod", b"adb", b"ads", b"cob", b"cbl",
        b"lisp", b"scm", b"rkt", b"clj", b"el", b"hx", b"fs", b"ps1", b"psm1", b"raku", b"kts",
    ];
    dot > 0 && SOURCE.iter().any(|e| e.eq_ignore_ascii_case(ext))
}

/// The number is a command's argument: `RETR 550 report.txt`, `SIZE 421-notes.txt`, and
/// as clients name their own commands, `retr 550 report.txt: 6 bytes`, `get 550 report.txt`.
pub(super) fn follows_a_verb(before: &[u8]) -> bool {
    // The argument may be quoted: `downloaded '550 report.txt': 6 bytes`.
    let quoted = before
        .strip_suffix(b"'")
        .or_else(|| before.strip_suffix(b"\""));
    // (`get '220 ready.'` alone on its line: ftplib's `*get*` whose asterisks a Markdown
    // renderer took for emphasis; what it quotes is weighed as any quote is, a file's name
    // by its text.)
    if quoted.is_some_and(|q| lex::trim_start(q) == b"get ") {
        return false;
    }
    let before = quoted.unwrap_or(before);
    let Some(rest) = before.strip_suffix(b" ") else {
        return false;
    };
    let start = rest
        .iter()
        .rposition(|b| !lex::is_alnum(*b))
        .map_or(0, |i| i + 1);
    let word = &rest[start..];
    if word.iter().all(u8::is_ascii_uppercase) {
        return is_verb(word);
    }
    // `I get "451 An error occured ..."`: a person saying what they received.
    let person = lex::last_word(lex::trim_end(&rest[..start]));
    if word == b"get" && one_of(person, &["i", "we", "you", "they"]) {
        return false;
    }
    client_verb(word)
}

/// Whether a word is a client's command that takes a file (ftp(1)'s and most libraries'
/// names), or what a client says it did with one.
pub(super) fn client_verb(word: &[u8]) -> bool {
    const CLIENT: &[&[u8]] = &[
        b"get",
        b"put",
        b"mget",
        b"mput",
        b"delete",
        b"rename",
        b"retr",
        b"stor",
        b"appe",
        b"dele",
        b"rnfr",
        b"rnto",
        b"mkd",
        b"rmd",
        b"mdtm",
        b"download",
        b"upload",
        // What they say they did with it.
        b"downloaded",
        b"uploaded",
        b"deleted",
        b"renamed",
        b"retrieved",
        b"fetched",
        b"saved",
        b"removed",
    ];
    CLIENT.contains(&word)
}

pub(super) fn strong_lead(lead: Lead) -> bool {
    matches!(
        lead,
        Lead::Arrow | Lead::Direction | Lead::Key | Lead::Quote
    )
}

/// Whether a string item of a list starts `s` (after blanks): one that a comma or the
/// list's closing bracket follows (`" EPRT", ...`), not a key (`"level":"info"`).
fn list_item_follows(s: &[u8], q: u8) -> bool {
    let Some(item) = lex::trim_start(s).strip_prefix(&[q][..]) else {
        return false;
    };
    let Some(close) = memchr::memchr(q, item) else {
        return false;
    };
    matches!(
        lex::trim_start(&item[close + 1..]).first(),
        Some(b',' | b']' | b'}' | b')')
    )
}

/// The text of a reply that opens a quoted string, up to its closing quote and the first
/// escaped line end; and, for a multi-line reply whose end is in the same string, the
/// text of its last line.
pub(super) fn quoted_text(
    code: ReplyCode,
    sep: Sep,
    rest: &[u8],
    q: u8,
    escaped: bool,
) -> (&[u8], Option<&[u8]>) {
    // The string ends at the first quote followed by a delimiter (`", 4096)`, `"}`);
    // failing one, at the first followed by a blank. A quote a tracer did not escape
    // (ltrace's `"257 "/" is the current directory.\r\n"`) is no end.
    let mut end = None;
    let mut loose = None;
    let mut last_loose = None;
    let mut i = 0;
    while i < rest.len() {
        match rest[i] {
            // A string opened by an escaped quote (`[\"421-notes.txt\", ...]` inside a
            // JSON string) ends at an escaped one.
            b'\\' if escaped && rest.get(i + 1) == Some(&q) && ends_inner(&rest[i + 2..], q) => {
                end = Some(i);
                break;
            }
            b'\\' => i += 2,
            b if b == q && q != 0 => {
                let after = &rest[i + 1..];
                // A quote that opens another string after a loose end (`encoded '550
                // report.txt' into '550 report.txt'`): the string ended there.
                if let Some(loose) = loose
                    && lex::is_space(rest[i - 1])
                    && after.first().is_some_and(|b| !lex::is_space(*b))
                {
                    end = Some(loose);
                    break;
                }
                // A quote that opens another field's value (tcllib's `msgtext="331
                // Username ok, send password." -> state="passwd"`): the string ended at
                // the last quote before it with a blank after.
                if let Some(last) = last_loose
                    && opens_field_value(&rest[last + 1..i])
                {
                    end = Some(last);
                    break;
                }
                // (`"421-notes.txt" "502.txt"`: blanks and another string, as a list of
                // strings is printed.)
                let next_string = after.first().is_some_and(|b| lex::is_space(*b))
                    && lex::trim_start(after).first() == Some(&q);
                if closes_string(after) || next_string {
                    end = Some(i);
                    break;
                }
                if after.first().is_some_and(|b| lex::is_space(*b)) {
                    loose = loose.or(Some(i));
                    last_loose = Some(i);
                }
                i += 1;
            }
            _ => i += 1,
        }
    }
    let end = end.or(loose).unwrap_or(rest.len());
    let string = &rest[..end];
    let first_end = escaped_line_end(string).unwrap_or(string.len());
    let first = &string[..first_end];
    if sep != Sep::More {
        return (first, None);
    }
    // "211-Features:\r\n MDTM\r\n211 End\r\n": the closing line is in the string.
    let mut buf = [0; 20];
    let digits = crate::digits::decimal(u64::from(code.get()), &mut buf);
    let mut from = first_end;
    while let Some(i) = escaped_line_end(&string[from..]) {
        let line_start = from + i + escape_len(&string[from + i..]);
        let line = &string[line_start..];
        // The code and anything but a hyphen or a digit (`211 End`, `211`, a paste's
        // masked `220****`).
        if line.starts_with(digits)
            && line
                .get(3)
                .is_none_or(|b| *b != b'-' && !b.is_ascii_digit())
        {
            let last_end = escaped_line_end(line).unwrap_or(line.len());
            let text = line.get(4..last_end.max(4)).unwrap_or_default();
            return (first, Some(text));
        }
        from = line_start;
        if from >= string.len() {
            break;
        }
    }
    // `{ "211-Features supported:", " MDTM", "211 End FEAT." }`: a list of strings, a
    // line each (a client's array of reply lines printed), whose closing line is a later
    // item of the same list.
    if q != 0 && rest.get(end + 1) == Some(&b',') && list_item_follows(&rest[end + 2..], q) {
        let list = &rest[end + 1..];
        let mut at = 0;
        while let Some(i) = memchr::memchr(q, &list[at..]) {
            let open = at + i;
            let item = &list[open + 1..];
            let separated = list[..open]
                .iter()
                .rev()
                .find(|b| !lex::is_space(**b))
                .is_some_and(|b| *b == b',');
            if separated
                && item.starts_with(digits)
                && item.get(3).is_some_and(|b| *b == b' ' || *b == q)
            {
                let text = item.get(4..).unwrap_or_default();
                let text = &text[..memchr::memchr(q, text).unwrap_or(text.len())];
                return (first, Some(text));
            }
            // (Past this item's closing quote.)
            at = open + 1 + memchr::memchr(q, item).map_or(item.len(), |k| k + 1);
        }
        // (A list that closes on the line without its closing line, `{ "211-Features:",
        // " EPRT" }`, holds all of the reply it shows: nothing of it comes on later lines.)
        if matches!(lex::trim_end(list).last(), Some(b']' | b'}' | b')')) {
            return (first, Some(&b""[..]));
        }
    }
    (first, None)
}

/// Where the text of a reply's first line holds the reply's closing line, folded into it
/// after a blank: the code and a blank or the end (`... UTF8 211 End`).
pub(super) fn folded_close(code: ReplyCode, text: &[u8]) -> Option<usize> {
    let mut buf = [0; 20];
    let digits = crate::digits::decimal(u64::from(code.get()), &mut buf);
    memchr::memmem::find_iter(text, digits).find(|&at| {
        at > 0
            && lex::is_space(text[at - 1])
            && text.get(at + 3).is_none_or(|b| *b == b' ')
            // (After a first line's words, or a first line of none joined by one blank
            // (`220- 220 ready`): `250-  250 lines of notes` is a body line padded as RFC
            // 959 §4.2 asks, held-out round 713.)
            && (at == 1 || !lex::trim_start(&text[..at]).is_empty())
    })
}

/// Whether the code is the value of a `name:value` field written tight and the text after
/// it opens another such field (`lastrcv:424 lastack:424 pacing_rate ...`, `sk:120
/// cgroup:/`, `ss -i`'s socket details): a record of measures, no reply.
pub(super) fn tight_fields(before: &[u8], text: &[u8]) -> bool {
    let name_byte = |b: &u8| b.is_ascii_alphanumeric() || *b == b'_';
    let Some(name) = before.strip_suffix(b":") else {
        return false;
    };
    if !name
        .last()
        .is_some_and(|b| b.is_ascii_alphabetic() || *b == b'_')
    {
        return false;
    }
    let len = text.iter().take_while(|b| name_byte(b)).count();
    len >= 2
        && text[0].is_ascii_alphabetic()
        && matches!(text.get(len), Some(b':' | b'='))
        && text.get(len + 1).is_some_and(|b| !lex::is_space(*b))
}

/// The key of a `key=value` field at the start of `text` (`TASKID` in `TASKID=none`).
pub(super) fn next_key(text: &[u8]) -> Option<&[u8]> {
    let len = text
        .iter()
        .take_while(|b| lex::is_alnum(**b) || **b == b'_' || **b == b'.')
        .count();
    (len >= 2 && text.get(len) == Some(&b'=')).then(|| &text[..len])
}

/// The key of the array of strings in which a JSON string opens at the end of `before`
/// (`"key":["150","`): the text before the array's `[` up to the key's closing quote, the
/// key last. None where the string is no array's element.
pub(super) fn array_element(before: &[u8]) -> Option<&[u8]> {
    let tail = &before[before.len().saturating_sub(96)..];
    let open = memchr::memrchr(b'[', tail)?;
    let elements = &tail[open + 1..];
    let mut rest = lex::trim_start(elements);
    // Each earlier element: a string of no quotes, and a comma.
    while let Some(string) = rest.strip_prefix(b"\"") {
        let close = memchr::memchr(b'"', string)?;
        rest = lex::trim_start(lex::trim_start(&string[close + 1..]).strip_prefix(b",")?);
    }
    if !rest.is_empty() {
        return None;
    }
    let key = lex::trim_end(&tail[..open]);
    // (A JSON key: `CommandFailed: ['530 ...']` is an error's words before a list.)
    lex::trim_end(key.strip_suffix(b":")?).strip_suffix(b"\"")
}

/// The reply's text an error message gives before the key of a code that ends the line
/// (`put a.txt failed: Not enough privileges. code=550`): the sentence after the error's
/// colon, in words replies are made of. None for a program's own words (`The response
/// status is not successful. status=530`).
pub(super) fn text_before_key(before: &[u8]) -> Option<&[u8]> {
    let key = lex::trim_end(before);
    let key = key.strip_suffix(b"=").or_else(|| key.strip_suffix(b":"))?;
    let word = lex::last_word(key);
    if !names_a_code(word) || !key.ends_with(word) {
        return None;
    }
    let sentence = lex::trim_end(&key[..key.len() - word.len()]);
    let colon = crate::scan::needle::rfind!(sentence, b": ")?;
    let text = lex::trim_start(&sentence[colon + 2..]);
    // (node prints an error's message in brackets before its properties: `{ [Error:
    // Failed to open file.] code: 550 }`.)
    let text = text.strip_suffix(b"]").map_or(text, lex::trim_end);
    (in_reply_words(text) && error_before(&sentence[..colon])).then_some(text)
}

/// The reply's text a record gives in brackets right before the key of its code, its
/// own field (ProFTPD's ExtendedLog as `... [%S] code=%s cmd="%r"`: `[UNIX Type: L8]
/// code=215`). Only in `name=value` records: node's `{ [Error: x] code: 550 }` is an
/// error object, whose message in brackets must read as a reply's (`text_before_key`).
/// `after`: what follows the code. The text must read as a reply's, or the record give
/// the FTP command after the code (`[End] code=211 cmd="FEAT"`): a tag in brackets
/// (`[request] status=200 method=GET`) is none.
pub(super) fn bracketed_before_key<'a>(before: &'a [u8], after: &[u8]) -> Option<&'a [u8]> {
    let key = lex::trim_end(before).strip_suffix(b"=")?;
    let word = lex::last_word(key);
    if !names_a_code(word) || !key.ends_with(word) {
        return None;
    }
    let field = lex::trim_end(&key[..key.len() - word.len()]).strip_suffix(b"]")?;
    let text = &field[memchr::memrchr(b'[', field)? + 1..];
    let command_after = lex::trim_start(after)
        .strip_prefix(b"cmd=\"")
        .or_else(|| lex::trim_start(after).strip_prefix(b"command=\""))
        .is_some_and(|c| {
            super::verbs::is_verb(
                lex::first_token(c)
                    .strip_suffix(b"\"")
                    .unwrap_or(lex::first_token(c)),
            )
        });
    (text
        .first()
        .is_some_and(|b| lex::is_letter(*b) || *b == b'"')
        && (in_reply_words(text) || command_after))
        .then_some(text)
}

/// Whether a program's message is in the words replies are made of: two words of a
/// reply's at least, not a program's own sentence.
pub(super) fn in_reply_words(text: &[u8]) -> bool {
    lex::words(text, 12)
        .filter(|w| words::is_reply_word(w))
        .nth(1)
        .is_some()
}

/// The reply's text a JSON error object gives in its message field before the field of
/// the code, in words replies are made of (node's `ftp` errors serialised: `{"message":
/// "There are too many connections from your internet address.","name":"Error",...,
/// "code":421}`). Only in the object the code's key is in.
pub(super) fn message_before(before: &[u8]) -> Option<&[u8]> {
    let key = lex::trim_end(before).strip_suffix(b":")?;
    let key = key.strip_suffix(b"\"")?;
    if !names_a_code(lex::last_word(key)) {
        return None;
    }
    let object = &before[memchr::memrchr(b'{', before)? + 1..];
    if memchr::memchr(b'}', object).is_some() {
        return None;
    }
    [
        &b"\"message\":\""[..],
        b"\"msg\":\"",
        b"\"reason\":\"",
        b"\"description\":\"",
    ]
    .iter()
    .find_map(|k| {
        let at = memchr::memmem::find(object, k)? + k.len();
        let value = &object[at..];
        let end = memchr::memchr2(b'"', b'\\', value)?;
        let text = lex::trim_end(&value[..end]);
        in_reply_words(text).then_some(text)
    })
}

/// Whether the key before a code with no text ends as a property's or an assignment's
/// (`code: 550`, `status=530`): the code of a reply said elsewhere, or a program's own
/// status, not a reply.
pub(super) fn key_alone(before: &[u8]) -> bool {
    let before = lex::trim_end(before);
    before.ends_with(b":") || before.ends_with(b"=")
}

/// The string after a code's own, past the marks that part a record's fields
/// (`"],["` of `["331"],["Please specify the password."]`, `", "`): what it holds, if it
/// reads as a reply's text (not another code, as in a list of codes).
pub(super) fn next_string(after_quote: &[u8], q: u8) -> Option<&[u8]> {
    let gap = after_quote
        .iter()
        .take(5)
        .take_while(|b| matches!(b, b']' | b',' | b'[' | b' '))
        .count();
    if !after_quote[..gap].contains(&b',') || after_quote.get(gap) != Some(&q) {
        return None;
    }
    let inner = &after_quote[gap + 1..];
    let mut i = 0;
    while i < inner.len() && inner[i] != q {
        i += if inner[i] == b'\\' { 2 } else { 1 };
    }
    let value = &inner[..i.min(inner.len())];
    // (A key is no text: `"code":"331","response":"..."` is a record of named fields.)
    if lex::trim_start(inner.get(i + 1..).unwrap_or_default()).starts_with(b":") {
        return None;
    }
    // (`\"/home\" is the current directory`: an escaped quote starts a 257's text.)
    let first = value.iter().find(|b| **b != b'\\' && **b != b'"');
    // (Or digits that are no code: a 213's time or size, `["213"],["20261205054759"]`.)
    let number = value.len() > 3 && value.iter().all(u8::is_ascii_digit);
    (number || first.is_some_and(|b| lex::is_letter(*b) || matches!(b, b'(' | b'/')))
        .then_some(value)
}

/// The command of a record that keeps it as a string before its reply's code (`"USER",["`
/// before `"331"`, `'USER alice', '` before `'331 ...'`), strings quoted by `q`: the
/// string, if a verb in capitals starts it.
pub(super) fn verb_string_before(before: &[u8], q: u8) -> Option<&[u8]> {
    let b = before.strip_suffix(&[q])?;
    let gap = b
        .iter()
        .rev()
        .take(5)
        .take_while(|b| matches!(b, b'[' | b',' | b' '))
        .count();
    let b = b[..b.len() - gap].strip_suffix(&[q])?;
    let start = memchr::memrchr(q, b)? + 1;
    let s = &b[start..];
    let verb = s.split(|b| *b == b' ').next().unwrap_or_default();
    (gap > 0 && s.len() <= 200 && super::verbs::capital_verb(verb)).then_some(s)
}

/// Whether a double-quoted string is open at the end of `before` (an odd number of
/// unescaped double quotes in it): the line is a JSON record or a `key="value"` field, and
/// the code stands inside one of its strings.
pub(super) fn in_string(before: &[u8]) -> bool {
    let mut open = false;
    for i in memchr::memchr_iter(b'"', before) {
        let backslashes = before[..i]
            .iter()
            .rev()
            .take_while(|&&b| b == b'\\')
            .count();
        if backslashes % 2 == 0 {
            open = !open;
        }
    }
    open
}

/// Whether what follows a quote ends a string there: the end of the line, a delimiter,
/// or blanks before one (`", 4096) = 35`, `"}`, `' at`).
pub(super) fn closes_string(after: &[u8]) -> bool {
    let rest = lex::trim_start(after);
    match rest.first() {
        None | Some(b',' | b')' | b']' | b'}' | b';' | b'=' | b'.' | b'+') => true,
        // A JSON object's key (`"220 ready\\r\\n": {`, tshark's tree of a packet).
        Some(b':') => matches!(
            lex::trim_start(&rest[1..]).first(),
            Some(b'{' | b'[' | b'"')
        ),
        _ => false,
    }
}

/// Whether `between` (what follows a quote that may close a string) is ` name=`, a field
/// whose value a quote opens next, with nothing but blanks and marks before the name (`
/// -> state=`; not `" created, owner=`, words of the string's own).
fn opens_field_value(between: &[u8]) -> bool {
    let Some(before) = between.strip_suffix(b"=") else {
        return false;
    };
    let name = before
        .iter()
        .rev()
        .take_while(|b| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'-' | b'.'))
        .count();
    let marks = &before[..before.len() - name];
    name > 0
        && marks.last().is_some_and(|b| lex::is_space(*b))
        && !marks.iter().any(u8::is_ascii_alphanumeric)
}

/// Whether what follows an escaped quote ends the string it closed: a delimiter, or the
/// line ends and the quote of the string around it (a container's JSON log holding vsftpd's
/// `\"220 (vsFTPd 3.0.3)\"\n", "stream": ...`).
pub(super) fn ends_inner(after: &[u8], q: u8) -> bool {
    let mut a = after;
    while let Some(rest) = a.strip_prefix(b"\\n").or_else(|| a.strip_prefix(b"\\r")) {
        a = rest;
    }
    // (Or the string around it ends right there: rclone's JSON `"msg":"\"226 2 matches
    // total\"","object":...`.)
    if a.len() < after.len() || a.first() == Some(&q) {
        a = a.strip_prefix(&[q]).unwrap_or(a);
    }
    closes_string(a)
}

/// Where the first escaped line end (`\r\n`, `\n`, `\r`) is in an escaped string.
pub(super) fn escaped_line_end(s: &[u8]) -> Option<usize> {
    let mut i = 0;
    while i + 1 < s.len() {
        if s[i] == b'\\' {
            // (`\x0d\x0a`: Ruby's and Metasploit's way, as bytes; `\\r\\n`, a JSON string's
            // of a line end written out, as tshark names a line in its tree.)
            if matches!(s[i + 1], b'r' | b'n')
                || hex_line_end(&s[i..])
                || s[i..].starts_with(br"\\r\\n")
            {
                return Some(i);
            }
            i += 2;
        } else {
            i += 1;
        }
    }
    None
}

/// Whether `s` starts with a CR or LF escaped as a byte (`\x0d`, `\x0a`, any case).
pub(super) fn hex_line_end(s: &[u8]) -> bool {
    s.len() >= 4
        && s[0] == b'\\'
        && s[1] == b'x'
        && s[2] == b'0'
        && matches!(s[3].to_ascii_lowercase(), b'd' | b'a')
}

pub(super) fn escape_len(s: &[u8]) -> usize {
    if hex_line_end(s) {
        return if s.len() >= 8 && hex_line_end(&s[4..]) {
            8
        } else {
            4
        };
    }
    if s.starts_with(b"\\r\\n") { 4 } else { 2 }
}
