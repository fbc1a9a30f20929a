//! The command a reply line shows or names, as every output shows it: a secret argument
//! hidden, its length bounded. A log writes the command a reply answers in many ways: as
//! its own line (read by [`super::detect`]), as a label before the reply (`CWD pub: ok
//! ['250 ...']`), or inside a client's error that quotes it (`update stor: 550 ...`).

use std::rc::Rc;
use std::sync::LazyLock;

use memchr::memmem::Finder;

use super::detect;
use super::lex;

/// How much of a command is kept to show with its reply.
const MAX_COMMAND: usize = 512;

/// The command a line names as the label of what follows, its reply further on (`CWD pub:
/// ok ['250 ...']`, `SIZE: 213 421`, `RETR a.txt: 550 ...`): a verb in capitals where a
/// word starts, its argument, and the last colon before the code, with no more than a few
/// marks between that colon and the code.
pub fn labelled(before: &[u8]) -> Option<&[u8]> {
    let colon = memchr::memrchr(b':', before)?;
    let gap = &before[colon + 1..];
    if gap.len() > 40 || gap.iter().filter(|b| b.is_ascii_alphanumeric()).count() > 12 {
        return None;
    }
    label_before(&before[..colon])
        .or_else(|| called(&before[..colon]))
        .or_else(|| {
            // `STOR upload.txt refused: Invalid response: [550] 550 ...` (a Rust client's
            // error, suppaftp's): the label before the error's own words and their colon.
            let outer = memchr::memrchr(b':', &before[..colon])?;
            let words = before[outer + 1..colon]
                .split(|b| *b == b' ')
                .filter(|w| !w.is_empty());
            (words.count() <= 3).then_some(())?;
            let label = label_before(&before[..outer])?;
            // (`... failed`: what happened to the command, no part of it.)
            let last = label.iter().rposition(|b| *b == b' ')?;
            let outcome = &label[last + 1..];
            OUTCOMES.contains(&outcome).then_some(&label[..last])
        })
}

/// The command a call sends, named as its argument, with the word for what it got after
/// it (`ftp_raw(SYST) replied:`, PHP's; `sendcmd('TYPE I') returned`): the argument.
pub fn called(head: &[u8]) -> Option<&[u8]> {
    let head = lex::trim_end(head);
    let call = match memchr::memrchr(b' ', head) {
        Some(i) if detect::ANSWER_WORDS.contains(&&head[i + 1..]) => lex::trim_end(&head[..i]),
        _ => head,
    };
    let call = call.strip_suffix(b")")?;
    let open = memchr::memrchr(b'(', call)?;
    // (A function's name before the bracket.)
    if !call[..open]
        .last()
        .is_some_and(|b| b.is_ascii_alphanumeric() || *b == b'_')
    {
        return None;
    }
    let arg = &call[open + 1..];
    let arg = match arg {
        [q @ (b'\'' | b'"'), inner @ .., e] if q == e => inner,
        _ => arg,
    };
    let verb = arg.split(|b| *b == b' ').next()?;
    (verb.len() >= 3 && verb.iter().all(u8::is_ascii_uppercase) && detect::is_verb(verb))
        .then_some(arg)
}

/// Words a client's error puts after the command it names (`STOR a.txt refused:`).
const OUTCOMES: &[&[u8]] = &[b"failed", b"refused", b"rejected", b"denied", b"error"];

/// The label that ends `head` (before its colon): a verb in capitals among its last four
/// words, with what follows it.
fn label_before(head: &[u8]) -> Option<&[u8]> {
    // The verb: one of the last four words before the colon.
    let mut end = head.len();
    for _ in 0..4 {
        let start = memchr::memrchr(b' ', &head[..end]).map_or(0, |i| i + 1);
        let word = &head[start..end];
        if word.len() >= 3
            && word.iter().all(u8::is_ascii_uppercase)
            && detect::is_verb(word)
            && (start == 0 || matches!(head[start - 1], b' ' | b']'))
        {
            // (`RETR response: 550`, curl's words for the reply to a command: the verb.)
            let label = &head[start..];
            let label = [&b" response"[..], b" reply"]
                .iter()
                .find_map(|w| label.strip_suffix(*w).filter(|v| v.len() == word.len()))
                .unwrap_or(label);
            return Some(label);
        }
        if start == 0 {
            return None;
        }
        end = start - 1;
    }
    None
}

/// The command a client's error names just before the reply it quotes (rclone's `update
/// stor: 550 ...`), as its verb.
pub fn mentioned(before: &[u8]) -> Option<Rc<[u8]>> {
    let t = lex::trim_end(before);
    // (The reply in quotes after the colon: `SYST: '215 UNIX Type: L8'`, pyftpsync's.)
    let t = match t {
        [head @ .., b'\'' | b'"' | b'`'] => lex::trim_end(head),
        _ => t,
    };
    let t = t.strip_suffix(b":")?;
    // `Could not send 'OPTS UTF-8': '550 ...'`: the command as sent, in quotes of its own,
    // its verb in capitals (held-out round 717).
    if let [head @ .., q @ (b'\'' | b'"' | b'`')] = t
        && let Some(open) = memchr::memrchr(*q, head)
        && let inner = &head[open + 1..]
        && let verb = &inner[..inner.iter().position(|b| *b == b' ').unwrap_or(inner.len())]
        && verb.len() >= 3
        && verb.iter().all(u8::is_ascii_uppercase)
        && detect::is_verb(verb)
        && inner.iter().all(|b| b.is_ascii_graphic() || *b == b' ')
    {
        return Some(shown(inner));
    }
    let start = t
        .iter()
        .rposition(|b| !b.is_ascii_alphabetic())
        .map_or(0, |i| i + 1);
    let word = t[start..].to_ascii_uppercase();
    if word.len() >= 3 && detect::is_verb(&word) {
        return Some(Rc::from(word));
    }
    // `retr missing.txt: 550 ...`, `CWD no-such-dir:550 ...`: the command and its argument.
    let Some(arg_start) = t.iter().rposition(|b| *b == b' ').map(|i| i + 1) else {
        return named_in_capitals(before);
    };
    let head = &t[..arg_start - 1];
    let verb_start = head
        .iter()
        .rposition(|b| !b.is_ascii_alphabetic())
        .map_or(0, |i| i + 1);
    let verb = head[verb_start..].to_ascii_uppercase();
    let separated = verb_start == 0 || head[verb_start - 1] == b' ';
    if separated && verb.len() >= 3 && detect::is_verb(&verb) {
        let mut command = verb;
        command.push(b' ');
        command.extend_from_slice(&t[arg_start..]);
        return Some(shown(&command));
    }
    named_in_capitals(before)
}

/// Whether this command stands in quotes of its own in `before`, as [`mentioned`] reads a
/// command sent (`Could not send 'OPTS UTF-8': '550 ...'`): the program's record of it.
pub fn quoted_in(before: &[u8], command: &[u8]) -> bool {
    memchr::memmem::find_iter(before, command).any(|at| {
        let q = at.checked_sub(1).map(|i| before[i]);
        matches!(q, Some(b'\'' | b'"' | b'`')) && before.get(at + command.len()) == q.as_ref()
    })
}

/// The last verb written in capitals as a word of its own in a client's words before the
/// reply it quotes, which end with a colon: `Command CWD got wrong response: 500 ...`,
/// `STOR finish code = 426: 426 Failure reading network stream` (held-out round 695).
fn named_in_capitals(before: &[u8]) -> Option<Rc<[u8]>> {
    let t = lex::trim_end(before).strip_suffix(b":")?;
    t.split(|b| !b.is_ascii_alphanumeric())
        .rev()
        .find(|w| w.len() >= 3 && w.iter().all(u8::is_ascii_uppercase) && detect::is_verb(w))
        .map(Rc::from)
}

/// The command a JSON record names in fields of its own beside the reply it got, as an
/// access log writes both in one record (`"cmd":"RETR","arg":"a.txt","code":226`).
pub fn in_fields(line: &[u8]) -> Option<Vec<u8>> {
    if line.first() != Some(&b'{') {
        return None;
    }
    let [verbs, args] = &*FIELDS;
    let value = string_field(line, verbs)?;
    let verb_end = value.iter().position(|b| *b == b' ').unwrap_or(value.len());
    // A verb the protocol defines, or any word in capitals (`"cmd":"XYZZY"`): the field
    // says it is a command.
    let word = detect::option_verb(&value[..verb_end]);
    let capitals = (3..=5).contains(&word.len()) && word.iter().all(u8::is_ascii_uppercase);
    if !word.iter().all(u8::is_ascii_alphabetic)
        || !(capitals || detect::is_verb(&word.to_ascii_uppercase()))
    {
        return None;
    }
    let mut command = value.to_vec();
    if verb_end == value.len()
        && let Some(arg) = string_field(line, args).filter(|a| !a.is_empty() && *a != b"-")
    {
        command.push(b' ');
        command.extend_from_slice(arg);
    }
    Some(command)
}

/// Searchers for the quoted names of a record's command fields and of their argument
/// fields, built once (each reply of a JSON log asks).
static FIELDS: LazyLock<[Vec<Finder<'static>>; 2]> = LazyLock::new(|| {
    [
        // (`request`: ProFTPD's `%r`, "the full command", in a JSON `LogFormat` of one's
        // own.)
        &["cmd", "command", "verb", "method", "ftp_command", "request"][..],
        // (`command_data`: Suricata's eve.json.)
        &["arg", "args", "argument", "param", "params", "command_data"],
    ]
    .map(|names| {
        names
            .iter()
            .map(|n| Finder::new(format!("\"{n}\"").as_bytes()).into_owned())
            .collect()
    })
});

/// The value of the first of these string fields a JSON record holds (`"key":"value"`,
/// `"key" : "value"`), without its quotes; escapes left as they are.
fn string_field<'a>(line: &'a [u8], names: &[Finder<'static>]) -> Option<&'a [u8]> {
    names.iter().find_map(|name| {
        name.find_iter(line).find_map(|at| {
            let rest = lex::trim_start(&line[at + name.needle().len()..]);
            let rest = lex::trim_start(rest.strip_prefix(b":")?);
            let rest = rest.strip_prefix(b"\"")?;
            Some(&rest[..lex::string_end(rest)]).filter(|v| v.len() <= MAX_COMMAND)
        })
    })
}

/// A command as every output shows it: its secret arguments hidden, its length bounded.
pub fn shown(c: &[u8]) -> Rc<[u8]> {
    let v = verb(c);
    if is_secret(v) {
        let mut s = v.to_vec();
        if c.len() > v.len() {
            s.extend_from_slice(b" ***");
        }
        s.into()
    } else {
        c[..c.len().min(MAX_COMMAND)].into()
    }
}

/// Commands whose arguments are secrets: a password, an account, security data.
pub fn is_secret(verb: &[u8]) -> bool {
    [&b"PASS"[..], b"ACCT", b"ADAT"]
        .iter()
        .any(|s| s.eq_ignore_ascii_case(verb))
}

/// The verb of a command as logged (`RETR` of `RETR 502.txt`, `XMD5` of `XMD5 a.iso`,
/// `OPTS` of ProFTPD's `OPTS_UTF8 ON`).
#[inline]
pub fn verb(command: &[u8]) -> &[u8] {
    let n = command
        .iter()
        .take_while(|b| b.is_ascii_alphabetic())
        .count();
    // The digits of a verb that has some (RFC 775's X-verbs' kin: XMD5, XSHA1).
    if command.get(n).is_some_and(u8::is_ascii_digit) {
        let m = n + command[n..]
            .iter()
            .take_while(|b| b.is_ascii_digit())
            .count();
        if crate::scan::detect::is_verb(&command[..m]) {
            return &command[..m];
        }
    }
    &command[..n]
}

/// The user a USER command names: its first word without the quotes or the packet
/// printer's dots around it (`'alice' logged in.`, `ftpuser.`); none when the log masks
/// it (`***`).
pub fn user_name(arg: &[u8]) -> Option<&[u8]> {
    let word = arg.split(|b| lex::is_space(*b)).find(|w| !w.is_empty())?;
    let word = word.strip_suffix(b".").unwrap_or(word);
    let word = word.strip_suffix(b".").unwrap_or(word);
    let word = match word {
        [q @ (b'\'' | b'"'), inner @ .., last] if last == q => inner,
        _ => word,
    };
    (!word.is_empty() && !word.iter().all(|b| *b == b'*')).then_some(word)
}

#[cfg(test)]
mod tests {
    use super::{in_fields, labelled, mentioned, shown, user_name, verb};

    #[test]
    fn labels_name_the_command_before_its_reply() {
        assert_eq!(labelled(b"CWD pub: ok ['"), Some(&b"CWD pub"[..]));
        assert_eq!(labelled(b"[x] SIZE: "), Some(&b"SIZE"[..]));
        assert_eq!(labelled(b"RETR a.txt: "), Some(&b"RETR a.txt"[..]));
        // Not a verb in capitals, or too much between the colon and the code.
        assert_eq!(labelled(b"retr a.txt: "), None);
        assert_eq!(
            labelled(b"[ERROR app] STOR upload.txt refused: Invalid response: [550] "),
            Some(&b"STOR upload.txt"[..])
        );
        // (Not past words of its own: `... RETR a.txt and then: ...`.)
        assert_eq!(
            labelled(b"RETR a.txt worked: Invalid response: [550] "),
            None
        );
        assert_eq!(labelled(b"Status: "), None);
        assert_eq!(
            labelled(b"RETR a.txt: the server said, after a long while, "),
            None
        );
    }

    #[test]
    fn client_errors_name_the_command_they_quote() {
        assert_eq!(mentioned(b"update stor: ").as_deref(), Some(&b"STOR"[..]));
        assert_eq!(
            mentioned(b"retr missing.txt: ").as_deref(),
            Some(&b"RETR missing.txt"[..])
        );
        assert_eq!(
            mentioned(b"CWD no-such-dir:").as_deref(),
            Some(&b"CWD no-such-dir"[..])
        );
        assert_eq!(
            mentioned(b"login failed: pass hunter2: ").as_deref(),
            Some(&b"PASS ***"[..])
        );
        assert_eq!(mentioned(b"error: "), None);
        assert_eq!(
            mentioned(b"Extra info: STOR finish code = 426: ").as_deref(),
            Some(&b"STOR"[..])
        );
        assert_eq!(
            mentioned(b"Command CWD got wrong response: ").as_deref(),
            Some(&b"CWD"[..])
        );
        // (A word in capitals that names no verb, or a verb in small letters in a
        // sentence, names none.)
        assert_eq!(mentioned(b"FTP ERROR: "), None);
        assert_eq!(mentioned(b"could not open the FILE: "), None);
        assert_eq!(mentioned(b"no colon "), None);
    }

    #[test]
    fn records_name_their_command_in_fields() {
        let line = br#"{"pid":8193,"cmd":"RETR","arg":"550 report.txt","code":226,"resp":"ok"}"#;
        assert_eq!(
            in_fields(line).as_deref(),
            Some(&b"RETR 550 report.txt"[..])
        );
        let line = br#"{"pid":8193,"cmd" : "PASV","arg":"-","code":227}"#;
        assert_eq!(in_fields(line).as_deref(), Some(&b"PASV"[..]));
        let line = br#"{"command":"CWD /pub","code":250}"#;
        assert_eq!(in_fields(line).as_deref(), Some(&b"CWD /pub"[..]));
        let line =
            br#"{"pid":32575,"request":"PASS (hidden)","status":"530","reply":"Login incorrect."}"#;
        assert_eq!(in_fields(line).as_deref(), Some(&b"PASS (hidden)"[..]));
        let line = br#"{"cmd":"XYZZY","arg":"","code":500}"#;
        assert_eq!(in_fields(line).as_deref(), Some(&b"XYZZY"[..]));
        let line =
            br#"{"ftp":{"command":"USER","command_data":"alice","completion_code":["331"]}}"#;
        assert_eq!(in_fields(line).as_deref(), Some(&b"USER alice"[..]));
        // ProFTPD's `%m` of an OPTS (its SQLLog table through `sqlite3 -json`, round 688).
        let line = br#"{"cmd":"OPTS_UTF8","request":"OPTS_UTF8 ON","code":200,"xfer":"-"}"#;
        assert_eq!(in_fields(line).as_deref(), Some(&b"OPTS_UTF8"[..]));
        // No verb there, or no record.
        assert_eq!(in_fields(br#"{"cmd":"login","code":530}"#), None);
        assert_eq!(in_fields(br#"{"cmd":"LOG_IN","code":530}"#), None);
        assert_eq!(in_fields(br#"cmd="RETR" code=226"#), None);
        assert_eq!(in_fields(br#"{"subcmd":"RETR","code":226}"#), None);
    }

    #[test]
    fn secrets_are_hidden_and_commands_bounded() {
        assert_eq!(&*shown(b"PASS hunter2"), b"PASS ***");
        assert_eq!(&*shown(b"pass hunter2"), b"pass ***");
        assert_eq!(&*shown(b"ACCT 42"), b"ACCT ***");
        assert_eq!(&*shown(b"ADAT Zm9v"), b"ADAT ***");
        // A bare PASS has nothing to hide; other verbs keep their arguments.
        assert_eq!(&*shown(b"PASS"), b"PASS");
        assert_eq!(&*shown(b"PASSIVE x"), b"PASSIVE x");
        assert_eq!(&*shown(b"RETR a.txt"), b"RETR a.txt");
        assert_eq!(shown(&[b'x'; 2000]).len(), 512);
        assert_eq!(verb(b"RETR 502.txt"), b"RETR");
        assert_eq!(verb(b"XMD5 a.iso"), b"XMD5");
        assert_eq!(verb(b"OPTS_UTF8 ON"), b"OPTS");
        // Digits that make no verb are the argument's, glued on.
        assert_eq!(verb(b"CWD2"), b"CWD");
    }

    #[test]
    fn user_names_from_user_commands() {
        assert_eq!(user_name(b"alice"), Some(&b"alice"[..]));
        assert_eq!(user_name(b"'alice' logged in."), Some(&b"alice"[..]));
        assert_eq!(user_name(b"ftpuser.."), Some(&b"ftpuser"[..]));
        assert_eq!(user_name(b"\"bob\""), Some(&b"bob"[..]));
        assert_eq!(user_name(b"***"), None);
        assert_eq!(user_name(b"  "), None);
    }
}
