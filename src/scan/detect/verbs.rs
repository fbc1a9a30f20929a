//! Commands in a line: where a verb stands as one sent, and the command a log writes beside a
//! reply (an access log's request, a logfmt field, an arrow).

use super::*;

/// Whether a verb and what follows it are a mail client's command (RFC 5321 §4.1.1):
/// `EHLO host`, `HELO host`, `MAIL FROM:<a@b>`, `RCPT TO:<a@b>`.
pub(super) fn mail_command(verb: &[u8], rest: &[u8]) -> bool {
    match verb {
        b"EHLO" | b"HELO" => rest.first() == Some(&b' ') && rest.get(1).is_some_and(|b| *b > b' '),
        b"MAIL" => rest
            .get(..6)
            .is_some_and(|r| r.eq_ignore_ascii_case(b" FROM:")),
        b"RCPT" => rest
            .get(..4)
            .is_some_and(|r| r.eq_ignore_ascii_case(b" TO:")),
        _ => false,
    }
}

/// Another protocol whose dialogues look like FTP's (three-digit codes, commands in
/// capitals): while one is under way, its replies are none of FTP's.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Foreign {
    /// SMTP and LMTP (RFC 5321, 2033).
    Mail,
    /// NNTP (RFC 3977).
    News,
    /// IRC (RFC 2812), whose numeric replies take a target first.
    Chat,
    /// DICT (RFC 2229), a dictionary server's (`150 1 definitions retrieved`, `552 no
    /// match`).
    Dictionary,
    /// Tor's control protocol (the control-spec, spec.torproject.org/control-spec §3-4):
    /// `250 OK`, `515 Authentication failed`, `552 Unrecognized key`, `650` events.
    Control,
    /// VDR's SVDRP, a video recorder's remote control (svdrp.c): `220 vdr SVDRP
    /// VideoDiskRecorder 2.6.0; ...`, `250 1 RTL Television,RTL;...`, `550 No timers
    /// defined`.
    Recorder,
    /// POP3 (RFC 1939), whose replies are `+OK` and `-ERR`, no codes: its numbers are data
    /// (`1 226`, a message's number and size in LIST's answer, §5).
    Post,
}

impl Foreign {
    /// Whether FTP has this command too: it leaves the other dialogue on.
    pub(super) fn shares(self, verb: &[u8]) -> bool {
        match self {
            Foreign::Mail => matches!(verb, b"QUIT" | b"HELP" | b"NOOP" | b"RSET" | b"AUTH"),
            Foreign::News => matches!(verb, b"QUIT" | b"HELP" | b"LIST" | b"STAT" | b"MODE"),
            Foreign::Chat => matches!(verb, b"QUIT" | b"HELP" | b"USER" | b"PASS"),
            Foreign::Dictionary => matches!(verb, b"QUIT" | b"HELP" | b"AUTH"),
            Foreign::Control => verb == b"QUIT",
            Foreign::Recorder => matches!(verb, b"QUIT" | b"HELP" | b"STAT"),
            // (RFC 1939 §4-7, RFC 5034's AUTH.)
            Foreign::Post => matches!(
                verb,
                b"USER"
                    | b"PASS"
                    | b"STAT"
                    | b"LIST"
                    | b"RETR"
                    | b"DELE"
                    | b"NOOP"
                    | b"QUIT"
                    | b"AUTH"
            ),
        }
    }

    /// The reply that ends its dialogue, if it has one.
    pub(super) fn last_reply(self) -> Option<u16> {
        match self {
            Foreign::Mail => Some(221),
            Foreign::News => Some(205),
            Foreign::Chat => None,
            Foreign::Dictionary => Some(221),
            // (Its QUIT is answered `250 closing connection`: a 250 like its others.)
            Foreign::Control => None,
            // (`221 vdr closing connection`.)
            Foreign::Recorder => Some(221),
            Foreign::Post => None,
        }
    }

    /// Whether a command of it is no FTP session's whatever came before (an FTP greeting
    /// too): Tor's control words and SVDRP's are none of FTP's nor any other protocol's,
    /// while a `MATCH` or a `NOTICE` may be a word of an FTP log's.
    pub(super) fn overrides_ftp(self) -> bool {
        matches!(self, Foreign::Control | Foreign::Recorder)
    }
}

/// The other protocol whose command a line sends, if FTP has no such command: `EHLO`,
/// `MAIL FROM:` (SMTP); `GROUP`, `ARTICLE`, `MODE READER` (NNTP); `NICK`, `JOIN`,
/// `PRIVMSG` (IRC); `DEFINE`, `MATCH`, `SHOW DB` (DICT); `AUTHENTICATE`, `GETINFO` (Tor's
/// control port); `LSTC`, `NEWT` (VDR's SVDRP).
pub(super) fn foreign_command(verb: &[u8], rest: &[u8]) -> Option<Foreign> {
    if mail_command(verb, rest) {
        return Some(Foreign::Mail);
    }
    let argument = rest.first() == Some(&b' ') && rest.get(1).is_some_and(|b| *b > b' ');
    match verb {
        b"GROUP" | b"ARTICLE" | b"NEWNEWS" | b"NEWGROUPS" | b"IHAVE" | b"LISTGROUP" | b"XOVER"
        | b"XHDR" => Some(Foreign::News),
        b"MODE"
            if rest.get(..7).is_some_and(|r| {
                r.eq_ignore_ascii_case(b" READER") || r.eq_ignore_ascii_case(b" STREAM")
            }) =>
        {
            Some(Foreign::News)
        }
        b"NICK" | b"JOIN" | b"PART" | b"PRIVMSG" | b"NOTICE" if argument => Some(Foreign::Chat),
        // (RFC 2229 §3.2-3.10; `SHOW` only with what DICT shows, which SQL's `SHOW TABLES`
        // is not.)
        b"DEFINE" | b"MATCH" | b"SASLAUTH" if argument => Some(Foreign::Dictionary),
        b"SHOW" => one_of(
            lex::first_token(lex::trim_start(rest)),
            &["DB", "STRAT", "STRATEGIES", "INFO", "SERVER"],
        )
        .then_some(Foreign::Dictionary),
        // (The control-spec §3.1-3.33's commands that a line's tokens hold: 12 letters at
        // most, no `_`. `TAKEOWNERSHIP` or `ADD_ONION` come after the ones that start a
        // dialogue, `AUTHENTICATE` or `PROTOCOLINFO`.)
        b"AUTHENTICATE" | b"PROTOCOLINFO" | b"GETINFO" | b"GETCONF" | b"SETCONF" | b"RESETCONF"
        | b"SAVECONF" | b"LOADCONF" | b"SETEVENTS" | b"USEFEATURE" | b"MAPADDRESS"
        | b"ATTACHSTREAM" | b"CLOSESTREAM" | b"CLOSECIRCUIT" | b"DROPGUARDS" | b"DROPTIMEOUTS"
        | b"HSFETCH" | b"HSPOST" => Some(Foreign::Control),
        // (§3.7's signals, which no FTP command takes.)
        b"SIGNAL" => one_of(
            lex::first_token(lex::trim_start(rest)),
            &[
                "RELOAD",
                "SHUTDOWN",
                "DUMP",
                "DEBUG",
                "HALT",
                "NEWNYM",
                "CLEARDNSCACHE",
                "HEARTBEAT",
                "ACTIVE",
                "DORMANT",
            ],
        )
        .then_some(Foreign::Control),
        // (svdrp.c's `cSVDRPServer::Execute`, the commands FTP has no word like: its
        // `CONN`, `EDIT`, `NEXT`, `PING`, `PLAY`, `POLL` and `SCAN` may be words of any log.)
        b"CHAN" | b"CLRE" | b"DELC" | b"DELR" | b"DELT" | b"GRAB" | b"HITK" | b"LSTC" | b"LSTD"
        | b"LSTE" | b"LSTR" | b"LSTT" | b"MESG" | b"MODC" | b"MODT" | b"MOVC" | b"MOVR"
        | b"NEWC" | b"NEWT" | b"PLUG" | b"PRIM" | b"PUTE" | b"REMO" | b"UPDR" | b"UPDT"
        | b"VOLU" => Some(Foreign::Recorder),
        // (RFC 1939 §7, RFC 2449 §5, RFC 2595 §4: the POP3 commands FTP has no word like.)
        b"CAPA" | b"UIDL" | b"APOP" | b"STLS" => Some(Foreign::Post),
        b"OPTION"
            if rest
                .get(..5)
                .is_some_and(|r| r.eq_ignore_ascii_case(b" MIME")) =>
        {
            Some(Foreign::Dictionary)
        }
        _ => None,
    }
}

/// Whether a line sends a mail client's command in small letters, as Python's smtplib
/// does (`send: 'ehlo host\r\n'`, `send: 'mail FROM:<a@b>\r\n'`), which the upper-case
/// words a line's tokens hold leave out.
pub(super) fn mail_command_lower(line: &[u8]) -> bool {
    let quoted_hello = |quote: usize| {
        line.get(quote + 1..quote + 6)
            .is_some_and(|w| w.eq_ignore_ascii_case(b"ehlo ") || w.eq_ignore_ascii_case(b"helo "))
    };
    let address = |at: usize| {
        let before = &line[..at];
        [&b"mail from:"[..], b"rcpt to:"].iter().any(|c| {
            before.len() >= c.len() && before[before.len() - c.len()..].eq_ignore_ascii_case(c)
        })
    };
    memchr::memchr2_iter(b'\'', b'"', line).any(quoted_hello)
        || memchr::memchr_iter(b'<', line).any(address)
}

/// Whether a line is a POP3 server's status (RFC 1939 §3), where a reply stands: `+OK` or
/// `-ERR` first, or after a marker of what was received (`< +OK POP3 ready`, `S: -ERR`,
/// `"+OK 2 messages"`).
pub(super) fn post_status(line: &[u8]) -> bool {
    memchr::memchr2_iter(b'+', b'-', line).take(16).any(|at| {
        let rest = &line[at..];
        let word = if rest.starts_with(b"+OK") {
            3
        } else if rest.starts_with(b"-ERR") {
            4
        } else {
            return false;
        };
        let before = lex::trim_end(&line[..at]);
        rest.get(word)
            .is_none_or(|b| matches!(b, b' ' | b'\r' | b'\'' | b'"'))
            && before
                .last()
                .is_none_or(|b| matches!(b, b'<' | b':' | b']' | b'\'' | b'"'))
    })
}

/// Whether a POP3 command's answer goes on over lines until `.` (RFC 1939 §3-7, RFC 2449
/// §5): RETR, TOP and CAPA always, LIST and UIDL without argument.
pub(super) fn post_multiline(verb: &[u8], rest: &[u8]) -> bool {
    let argument = lex::first_token(lex::trim_start(rest));
    let argument = argument.iter().any(u8::is_ascii_digit);
    matches!(verb, b"RETR" | b"TOP" | b"CAPA") || matches!(verb, b"LIST" | b"UIDL") && !argument
}

/// Whether a line ends a POP3 answer of several lines: a `.` alone where the line's words
/// stand, whatever marks or quotes a log puts around it (`< .`, `*get* b'.\r\n'`).
pub(super) fn post_end(line: &[u8]) -> bool {
    let Some(rest) = before_string_end(line).strip_suffix(b".") else {
        return false;
    };
    rest.last()
        .is_none_or(|b| matches!(b, b' ' | b'\t' | b'\'' | b'"' | b'<' | b':' | b']'))
}

/// A line without what closes the string it ends in: blanks, a CR, escaped line ends,
/// quotes and brackets (`*get* b'.\r\n'`, `... remote: 550 report.txt\r\n"]`).
pub(super) fn before_string_end(line: &[u8]) -> &[u8] {
    let mut t = lex::trim_end(line);
    while let Some(s) = [&b"\\r\\n"[..], b"\\n", b"\\r", b"'", b"\"", b"]", b"\r"]
        .iter()
        .find_map(|s| t.strip_suffix(*s))
    {
        t = lex::trim_end(s);
    }
    t
}

/// Whether an upper-case word at `at` stands where a command can: followed by the end, a
/// space or a closing quote, after a marker, quote, label or nothing. Its end and what
/// stands before it (colour codes left out), or None.
pub(super) fn verb_place(line: &[u8], at: usize) -> Option<(usize, &[u8])> {
    let word_end = verb_end(line, at);
    let follows = line.get(word_end);
    // `ftp_raw(SYST) replied:`: a call that sends the command, with what it got after
    // (its reply on the lines below).
    if at > 0 && line[at - 1] == b'(' {
        let head = lex::trim_end(line);
        let head = head.strip_suffix(b":").unwrap_or(head);
        if crate::scan::command::called(head).is_some_and(|c| c.as_ptr() == line[at..].as_ptr()) {
            return Some((word_end, &line[..at]));
        }
    }
    // `USER | To enter the user name |`: a table's cell that names a command, or the last
    // cell of a documented example's row that markup closes (`| send cmd | HELP |</doc>`).
    // (A transcript's table, `| C | PWD |`, shows the command sent, and so does a row
    // with more columns after a cell that names the direction: `| C | PWD | 12 |`.)
    if line[word_end..].starts_with(b" |<")
        || line[word_end..].starts_with(b" | ") && !after_direction_cell(&line[..at])
    {
        return None;
    }
    // `Wrong Password Is Rejected   | PASS |`: a test's verdict in a table's cell. A
    // command whose syntax needs an argument (RFC 959 §5.3.1) is never sent bare; one that
    // takes none, `| C | PWD |`, is a transcript's.
    if line[word_end..].starts_with(b" |") && needs_argument(&line[at..word_end]) {
        return None;
    }
    // `SYST.` alone on a line, `[AP] FEAT..` at its end: a packet printer's dots for the
    // CR LF (ngrep).
    // (A column's padding after them: ngrep -t.)
    let rest = lex::trim_end(&line[word_end..]);
    let dotted = follows == Some(&b'.')
        && rest.iter().all(|b| *b == b'.')
        && (rest.len() == 1 && at == 0 || rest.len() == 2);
    // (`cat -v` writes the CR as `^M`: `> PWD^M`.)
    let caret_cr = rest == b"^M";
    // (A Markdown code span around the command, `` `PASV` ``, as a paste quotes each line
    // of a log: held-out round 707.)
    let code_span = follows == Some(&b'`') && lex::trim_start(&line[..at]) == b"`";
    if !dotted
        && !caret_cr
        && !code_span
        && !matches!(
            follows,
            None | Some(b' ' | b'\r' | b'"' | b'\'' | b'\\' | b']' | b'\t')
        )
    {
        return None;
    }
    // Colour codes before the verb are not part of what was said (gftp-text).
    let before = without_escapes(&line[..at]);
    let before = before_telnet_signals(before, &line[at..word_end]);
    // `<USER sls` at a line's start, no tag closing after it: a trace that marks what the
    // client sent with `<` and what it got with `>` (HCL Link's FTP adapter), where a tag
    // (`<USER>`, `<LIST ...>`) closes.
    let marked =
        lex::trim_start(before) == b"<" && memchr::memchr(b'>', &line[word_end..]).is_none();
    (marked || command_lead(before)).then_some((word_end, before))
}

/// Where the command of a line without a candidate code most likely starts, on the line's
/// own evidence: the first verb the protocol defines in a command's place. The reader
/// thread works out the line's session there beforehand; the detector decides (a shape
/// that has carried commands may accept another word, an open reply may take the line).
pub fn likely_command(line: &[u8], tokens: &[Token]) -> Option<usize> {
    verb_starts(line, tokens).find(|&at| {
        verb_place(line, at).is_some_and(|(end, before)| {
            is_verb(&line[at..end]) && verb_stands_alone(line, before, end)
        })
    })
}

/// Where a command's verb may start: the first words of a line, and of each string value
/// of a JSON record, whose fields before its message hold more words than a line's prefix
/// does (syslog-ng's `{"SOURCE":"s_local","PROGRAM":"vsftpd","PID":"812","MESSAGE":"[bob]
/// FTP command: Client \"127.0.0.1\", \"PWD\""}`).
pub(super) fn verb_starts<'a>(
    line: &'a [u8],
    tokens: &'a [Token],
) -> impl Iterator<Item = usize> + 'a {
    const WORDS: usize = 6;
    let words = move |start: usize| {
        let first = tokens.partition_point(|t| (t.at as usize) < start);
        tokens[first..]
            .iter()
            .filter(|t| t.kind == TokenKind::Word)
            .take(WORDS)
            .map(|t| t.at as usize)
            .take_while(move |&at| at < line.len())
    };
    // (The words among the line's first were looked at with them.)
    // (A record after a head of its own too: `data: {"_PID":"2435",...,"MESSAGE":"...
    // <- USER alice"}`, journalctl's `-o json-sse`, held-out round 690.)
    let json = line.first() == Some(&b'{') || crate::scan::session::json_start(line).is_some();
    let looked = if json {
        words(0).last().unwrap_or(0)
    } else {
        0
    };
    let values = json
        .then(|| {
            crate::scan::needle::find_iter!(line, b"\":")
                .map(move |i| i + 2 + usize::from(line.get(i + 2) == Some(&b' ')))
                .filter(move |&i| line.get(i) == Some(&b'"'))
        })
        .into_iter()
        .flatten();
    // (A value's own words only: the key after it, `"HOST":"vm"`, names a field.)
    words(0).chain(values.flat_map(move |i| {
        let end = i + 1 + lex::string_end(&line[i + 1..]);
        words(i + 1).filter(move |&at| at > looked && at < end)
    }))
}

/// A verb in lower case right after an arrow that marks what the client sent (`---> user
/// bob`, `> pass x`, `-> retr a.txt`: a dialogue typed by hand through nc or telnet, whose
/// commands the server reads in any case, RFC 959 §5.3): where it starts. (Words in lower
/// case are no tokens the lexer makes: each line is asked once, here.)
pub(super) fn lower_verb_after_arrow(line: &[u8]) -> Option<usize> {
    let t = lex::trim_start(line);
    let arrow = t
        .iter()
        .take_while(|b| matches!(b, b'-' | b'=' | b'>'))
        .count();
    if arrow == 0 || t.get(arrow - 1) != Some(&b'>') || t.get(arrow) != Some(&b' ') {
        return None;
    }
    let at = line.len() - t.len() + arrow + 1;
    let n = line[at..]
        .iter()
        .take_while(|b| b.is_ascii_lowercase())
        .count();
    (is_verb(&line[at..at + n]) && matches!(line.get(at + n), None | Some(b' ' | b'\r')))
        .then_some(at)
}

/// A command typed by hand into a raw connection (telnet or nc to port 21, as a course's
/// walkthrough shows one): the line holds nothing but a verb, in any case but all capitals
/// (which the rules above read), and an argument its syntax allows (RFC 959 §5.3.2, RFC
/// 2428 §2 and §3, RFC 3659): `user ist362`, `PorT 152,25,124,131,31,144`, `list`. Prose
/// that starts with such a word (`Type your e-mail address`, `List of files:`) has more
/// words than the argument may. Where the verb starts.
pub(super) fn typed_by_hand(line: &[u8]) -> Option<usize> {
    let text = lex::trim_end(line);
    let at = text.len() - lex::trim_start(text).len();
    let text = &text[at..];
    let n = text.iter().take_while(|b| b.is_ascii_alphabetic()).count();
    let word = &text[..n];
    // (A word in capitals is read by the rules above; one capital and the rest small,
    // `User accounts`, `Help`, is a heading's or a sentence's first word.)
    let title = word.first().is_some_and(u8::is_ascii_uppercase)
        && word[1..].iter().all(u8::is_ascii_lowercase);
    if !(3..=4).contains(&n)
        || !matches!(text.get(n), None | Some(b' '))
        || word.iter().all(u8::is_ascii_uppercase)
        || title
        || text.len() > 80
    {
        return None;
    }
    let arg = lex::trim_start(&text[n..]);
    // (A label's colon ends no command: `user (host:(none)):`, a prompt.)
    if arg.ends_with(b":") {
        return None;
    }
    let mut fields = arg.split(|b| *b == b' ').filter(|f| !f.is_empty());
    let (first, second) = (fields.next(), fields.next());
    let count = usize::from(first.is_some()) + usize::from(second.is_some()) + fields.count();
    let digits = |f: &[u8]| !f.is_empty() && f.iter().all(u8::is_ascii_digit);
    // The argument is one field that `f` accepts.
    let one = |f: &dyn Fn(&[u8]) -> bool| count == 1 && first.is_some_and(f);
    let letter_of = |f: &[u8], set: &[u8]| f.len() == 1 && set.contains(&f[0].to_ascii_uppercase());
    let mut verb = [0u8; 4];
    verb[..n].copy_from_slice(word);
    verb.make_ascii_uppercase();
    let fits = match &verb[..n] {
        b"CDUP" | b"QUIT" | b"REIN" | b"PASV" | b"ABOR" | b"PWD" | b"SYST" | b"NOOP" | b"FEAT"
        | b"XPWD" | b"XCUP" => count == 0,
        b"LIST" | b"NLST" | b"STAT" | b"HELP" | b"MLSD" | b"MLST" => count <= 1,
        b"EPSV" => count == 0 || one(&|f| f.eq_ignore_ascii_case(b"ALL") || digits(f)),
        b"USER" | b"PASS" | b"ACCT" | b"CWD" | b"RETR" | b"STOR" | b"APPE" | b"DELE" | b"RMD"
        | b"MKD" | b"RNFR" | b"RNTO" | b"SIZE" | b"MDTM" | b"SMNT" | b"XCWD" | b"XMKD"
        | b"XRMD" => count == 1,
        // TYPE A, TYPE I, TYPE A N, TYPE L 8.
        b"TYPE" => {
            (1..=2).contains(&count)
                && first.is_some_and(|f| letter_of(f, b"AEIL"))
                && second.is_none_or(|f| letter_of(f, b"NTC") || digits(f))
        }
        b"MODE" => one(&|f| letter_of(f, b"SBC")),
        b"STRU" => one(&|f| letter_of(f, b"FRP")),
        b"PROT" => one(&|f| letter_of(f, b"CSEP")),
        b"REST" | b"ALLO" | b"PBSZ" => one(&digits),
        b"AUTH" => one(&|f| f.eq_ignore_ascii_case(b"TLS") || f.eq_ignore_ascii_case(b"SSL")),
        // A host and port as six numbers (or fewer, mistyped: the server's 501 answers
        // it); what follows is the typist's note.
        b"PORT" => first.is_some_and(|f| {
            (4..=6).contains(&f.split(|b| *b == b',').count())
                && f.split(|b| *b == b',').all(|p| digits(p) && p.len() <= 3)
        }),
        b"EPRT" => one(&|f| f.len() > 4 && f[0] == f[f.len() - 1] && !f[0].is_ascii_alphanumeric()),
        // A SITE command a server documents, then its arguments (`site cpfr /etc/passwd`,
        // ProFTPD's mod_copy typed through telnet): `site` alone is an everyday word.
        b"SITE" => (2..=4).contains(&count) && first.is_some_and(site_command),
        _ => false,
    };
    fits.then_some(at)
}

/// Whether a word names a SITE command that servers document, in any case: ProFTPD's
/// mod_site (CHMOD, CHGRP, HELP), mod_copy (CPFR, CPTO, COPY) and mod_site_misc (MKDIR,
/// RMDIR, SYMLINK, UTIME); vsftpd's `handle_site` (CHMOD, UMASK, HELP); Pure-FTPd's
/// `ftp_parser.c` (IDLE, TIME, UTIME, CHMOD, HELP).
fn site_command(word: &[u8]) -> bool {
    const SITE: &[&[u8]] = &[
        b"CHGRP", b"CHMOD", b"COPY", b"CPFR", b"CPTO", b"HELP", b"IDLE", b"MKDIR", b"RMDIR",
        b"SYMLINK", b"TIME", b"UMASK", b"UTIME",
    ];
    SITE.iter().any(|s| s.eq_ignore_ascii_case(word))
}

/// A verb in lower case right after a label that says a command follows (jsftp's
/// `jsftp:command user ftpuser`): where it starts.
pub(super) fn labelled_command(line: &[u8]) -> Option<usize> {
    let label = needle::find!(&line[..line.len().min(120)], b"command")?;
    let rest = &line[label + 7..];
    let skip = rest
        .iter()
        .take_while(|b| matches!(b, b':' | b' ' | b'='))
        .count();
    if skip == 0 {
        return None;
    }
    let at = label + 7 + skip;
    let word = &line[at..];
    let n = word.iter().take_while(|b| b.is_ascii_lowercase()).count();
    if !(3..=8).contains(&n) || !matches!(word.get(n), None | Some(b' ')) {
        return None;
    }
    // Any word after a namespaced label (`lib:command xyzzy`, the debug package's way);
    // after a bare "command", only a verb ("command not understood" is prose).
    let namespaced = label > 0 && line[label - 1] == b':';
    (namespaced || is_verb(&word[..n].to_ascii_uppercase())).then_some(at)
}

/// The verbs of the sequences table, and the few more that clients send.
pub fn is_verb(v: &[u8]) -> bool {
    // MFMT (an Internet-Draft, widely implemented), RFC 775's X-verbs, and CLNT and CSID,
    // which clients send to name themselves.
    const MORE: &[&[u8]] = &[
        b"MFMT", b"XCUP", b"XCWD", b"XMKD", b"XPWD", b"XRMD", b"CLNT", b"CSID", b"MFCT", b"MFF",
        b"HASH", b"XCRC", b"XMD5", b"XSHA1", b"AVBL", b"DSIZ", b"SPSV", b"THMB",
    ];
    (3..=5).contains(&v.len())
        && (sequences::lookup_bytes(v).is_some() || MORE.iter().any(|k| k.eq_ignore_ascii_case(v)))
}

/// A verb the protocol defines, written in capitals as clients send them (with the digits
/// of `XMD5` and `XSHA1`).
/// ProFTPD's name for a subcommand, a verb and its first word joined by an underscore
/// (`OPTS_UTF8`, from mod_lang.c's `C_OPTS "_UTF8"`), is its verb's.
pub(super) fn capital_verb(w: &[u8]) -> bool {
    if let Some(i) = memchr::memchr(b'_', w) {
        let sub = &w[i + 1..];
        return !sub.is_empty()
            && sub
                .iter()
                .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit())
            && capital_verb(&w[..i]);
    }
    w.first().is_some_and(u8::is_ascii_uppercase)
        && w.iter()
            .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit())
        && is_verb(w)
}

/// What may stand before a command: a marker, a quote, a bracket, a label, nothing. Not
/// an error message or prose.
pub(super) fn command_lead(before: &[u8]) -> bool {
    let Some(&last) = before.last() else {
        return true;
    };
    // `- [x] USER`: a Markdown task list's item, a plan's, not a command sent; `### USER`:
    // a page's heading.
    let t = lex::trim_start(before);
    if matches!(t, b"- [x] " | b"- [ ] " | b"* [x] " | b"* [ ] " | b"- [X] ")
        || t.ends_with(b"# ") && t.iter().filter(|b| **b != b'#').count() == 1
    {
        return false;
    }
    // `### R step: RETR of the file named 550 report.txt`: in a heading, a verb is a
    // title's word (not after an arrow: `## > USER ann`, a transcript commented out).
    if heading(t) && !lex::trim_end(t).ends_with(b">") {
        return false;
    }
    // `<status status="PASS" .../>` (Robot Framework's output.xml), `"status": "PASS"`,
    // `test result: PASS`: a field or label that names an outcome, whose value is a test's
    // verdict, no command.
    if names_outcome(before) {
        return false;
    }
    // `ftp.cmd=QUIT`, `command=PWD`: a field named for the command, its value unquoted.
    if last == b'=' {
        let key = &before[..before.len() - 1];
        let start = key
            .iter()
            .rposition(|b| !(b.is_ascii_alphanumeric() || matches!(b, b'_' | b'-' | b'.')))
            .map_or(0, |i| i + 1);
        let name = key[start..]
            .rsplit(|b| matches!(b, b'_' | b'-' | b'.'))
            .next()
            .unwrap_or_default();
        return one_of(name, &["cmd", "command"]);
    }
    if !matches!(
        last,
        b' ' | b'\t' | b'"' | b'\'' | b'[' | b'>' | b':' | b'(' | b'`'
    ) {
        return false;
    }
    // The word before, if it is one (not the end of `GLOB(0x55e3a)>>>`).
    let trimmed = lex::trim_end(before);
    let start = trimmed
        .iter()
        .rposition(|b| lex::is_space(*b))
        .map_or(0, |i| i + 1);
    let token = trimmed[start..]
        .strip_suffix(b":")
        .unwrap_or(&trimmed[start..]);
    if token.is_empty() || !token.iter().all(|b| lex::is_letter(*b)) {
        return true;
    }
    // `Command is: SYST`, `Command received: USER`: a label that names a command, its last
    // word prose.
    let names_command = trimmed.ends_with(b":")
        && one_of(
            lex::last_word(lex::trim_end(&trimmed[..start])),
            &["command", "cmd", "request"],
        );
    !words::is_error(token)
        && (!words::is_prose(token) || token.eq_ignore_ascii_case(b"command") || names_command)
}

/// Whether `before` ends with a table's cell that says which way a line went, one word
/// or an arrow: `| C | `, `| -> | `, `|Client| ` (not `| send cmd | `, a documented
/// example's words).
fn after_direction_cell(before: &[u8]) -> bool {
    let Some(open) = lex::trim_end(before).strip_suffix(b"|") else {
        return false;
    };
    let cell = match memchr::memrchr(b'|', open) {
        Some(i) => &open[i + 1..],
        None => return false,
    };
    let cell = lex::trim_start(lex::trim_end(cell));
    // (Only the words for the two ends and for what was sent: a table of permissions'
    // `| Read | LIST | ... |`, `| Get | SIZE | ... |` names no direction.)
    !cell.is_empty()
        && (cell.iter().all(|b| matches!(b, b'<' | b'>' | b'-' | b'='))
            || one_of(
                cell,
                &[
                    "c", "s", "client", "cli", "server", "srv", "cmd", "command", "request", "req",
                    "tx",
                ],
            ))
}

/// Whether a line starts as a Markdown heading: one to six `#` and a blank.
fn heading(line: &[u8]) -> bool {
    let hashes = line.iter().take_while(|b| **b == b'#').count();
    (1..=6).contains(&hashes) && line.get(hashes) == Some(&b' ')
}

/// Whether a command's syntax needs an argument after it (RFC 959 §5.3.1).
fn needs_argument(verb: &[u8]) -> bool {
    const NEEDS: &[&[u8]] = &[
        b"ACCT", b"ALLO", b"APPE", b"CWD", b"DELE", b"MKD", b"MODE", b"PASS", b"PORT", b"REST",
        b"RETR", b"RMD", b"RNFR", b"RNTO", b"SITE", b"SMNT", b"STOR", b"STRU", b"TYPE", b"USER",
    ];
    NEEDS.iter().any(|v| v.eq_ignore_ascii_case(verb))
}

/// Whether `before` ends with a field's key or a label that names an outcome (`status="`,
/// `"result": "`, `verdict: `), the value after it a verdict. (Not `state`, which a
/// session's record may give as the command it is in.)
fn names_outcome(before: &[u8]) -> bool {
    let t = lex::trim_end(before);
    let t = t.strip_suffix(b"\"").or(t.strip_suffix(b"'")).unwrap_or(t);
    let Some(t) = t.strip_suffix(b"=").or(lex::trim_end(t).strip_suffix(b":")) else {
        return false;
    };
    let t = lex::trim_end(t);
    let t = t.strip_suffix(b"\"").unwrap_or(t);
    let start = t
        .iter()
        .rposition(|b| !b.is_ascii_alphabetic())
        .map_or(0, |i| i + 1);
    one_of(&t[start..], &["status", "result", "outcome", "verdict"])
}

/// Whether a line's prefix labels it a command: a word `command` or `cmd` and a colon
/// right after it, anywhere before the verb (vsftpd's `FTP command: Client "::1", "`).
/// (Not after a word of prose: curl's `< Unknown cmd: XCRC`, a reply's body line.)
pub(super) fn labels_command(before: &[u8]) -> bool {
    memchr::memchr_iter(b':', before).any(|i| {
        let word = &before[..i];
        let start = word
            .iter()
            .rposition(|b| !lex::is_letter(*b))
            .map_or(0, |k| k + 1);
        let previous = lex::last_token(lex::trim_end(&word[..start]));
        let prose = !previous.is_empty()
            && previous.iter().all(|b| lex::is_letter(*b))
            && previous.iter().any(u8::is_ascii_lowercase);
        !prose && one_of(&word[start..], &["command", "cmd"])
    })
}

/// The verb ends the line, or an argument follows that is not prose: `USER ftpuser`,
/// `RETR 502.txt`, `PORT 127,0,0,1,4,1`.
/// Whether a command's argument starts the way a listing's line does (a Unix mode, a
/// DOS date, EPLF's `+`, MLSD's `type=`): a cheap test before [`listing`].
pub(super) fn may_be_listed(args: &[u8]) -> bool {
    match lex::trim_start(args) {
        [b'0'..=b'9' | b'+', ..] => true,
        [
            b'-' | b'd' | b'l' | b'c' | b'b' | b'p' | b's',
            b'r' | b'-',
            ..,
        ] => true,
        [t, y, p, e, b'=', ..] => [t, y, p, e]
            .iter()
            .zip(b"type")
            .all(|(a, b)| a.to_ascii_lowercase() == *b),
        _ => false,
    }
}

/// What follows a verb says something of it: `USER ftpuser: Login successful.`, `USER
/// ftpuser (Login failed): Incorrect password` (ProFTPD's records of a login), `RETR a.txt:
/// No such file`, `ROOT PRIVS: ID switching disabled`: a short argument of plain words
/// ended by a colon, then words. A program's words about the command, not the command.
pub(super) fn said_of(rest: &[u8]) -> bool {
    crate::scan::needle::find!(&rest[..rest.len().min(80)], b": ").is_some_and(|i| {
        let argument = &rest[..i];
        argument.first().is_some_and(u8::is_ascii_alphanumeric)
            && argument.iter().filter(|b| **b == b' ').count() <= 2
            && argument.iter().all(|b| {
                b.is_ascii_alphanumeric()
                    || matches!(b, b' ' | b'(' | b')' | b'.' | b'_' | b'-' | b'/')
            })
            && rest.get(i + 2).is_some_and(u8::is_ascii_alphabetic)
    })
}

/// Whether a token is a logfmt field, `key=value`, its key a lower-case name.
fn field_token(token: &[u8]) -> bool {
    memchr::memchr(b'=', token).is_some_and(|eq| {
        eq > 0
            && token[0].is_ascii_lowercase()
            && token[..eq]
                .iter()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || matches!(b, b'_' | b'.'))
    })
}

/// Words for what a command got, after the command a call sent (`ftp_raw(SYST) replied:`).
pub const ANSWER_WORDS: &[&[u8]] = &[
    b"->",
    b"=>",
    b"answered",
    b"got",
    b"replied",
    b"reply",
    b"response",
    b"returned",
    b"returns",
];

pub(super) fn verb_stands_alone(line: &[u8], before: &[u8], end: usize) -> bool {
    let rest = &line[end..];
    let rest = rest.strip_prefix(b" ").unwrap_or(rest);
    // "PASV mode", "LIST command", "USER and PASS": a verb followed by a lower-case word of
    // prose is a mention.
    let mut words = rest.split(|b| *b == b' ');
    let next: &[u8] = words.next().unwrap_or_default();
    // "LIST returns different results", "SITE CPTO returns 250 even when": what a command
    // does, told in a changelog or an issue (the word after SITE is its own verb).
    let prose_word = |w: &[u8]| {
        matches!(
            w,
            b"mode"
                | b"and"
                | b"or"
                | b"command"
                | b"commands"
                | b"failed"
                | b"fails"
                | b"is"
                | b"was"
                | b"not"
                | b"support"
                | b"transfer"
                | b"transfers"
                | b"returns"
                | b"returned"
                | b"responds"
                | b"replies"
                | b"does"
                | b"doesn't"
                | b"should"
                | b"works"
                | b"hangs"
        )
    };
    let site = line.get(before.len()..end) == Some(&b"SITE"[..]);
    let prose = prose_word(next) || site && words.next().is_some_and(prose_word);
    // "Client PASV data connection from ...": a command that takes no argument, followed
    // by words.
    let verb = line.get(before.len()..end).unwrap_or_default();
    // "LIST row: -rw-r--r-- ...": a verb and a word of a label, what a program says of it.
    let label = next.len() >= 3
        && next.ends_with(b":")
        && next[..next.len() - 1].iter().all(u8::is_ascii_lowercase);
    let said = said_of(rest);
    // `USER 'ftpuser' failed login.`, `USER 'ftpuser' logged in.` (pyftpdlib's records of a
    // login, `\'` where a layer escaped them): a quoted argument and words after it, what a
    // program says of the command.
    let unescaped = next.strip_prefix(b"\\").unwrap_or(next);
    let quoted_then_words = matches!(unescaped, [q @ (b'\'' | b'"'), .., last] if q == last)
        && unescaped.len() > 2
        && words
            .clone()
            .next()
            .and_then(|w| w.first())
            .is_some_and(u8::is_ascii_lowercase);
    // `proxied SYST command from frontend to backend`, `Sending FEAT command`: a program
    // saying it passed the command on, which is its record of it.
    let passed = matches!(next, b"command" | b"cmd")
        && SENT
            .iter()
            .any(|w| w.eq_ignore_ascii_case(lex::last_token(lex::trim_end(before))));
    let prose = (prose && !passed)
        || label
        || said
        || quoted_then_words
        || next.first().is_some_and(u8::is_ascii_lowercase)
            && NO_ARGUMENT.contains(&verb)
            && !passed
            // (A field of the record after the message is no word of prose: tracing's
            // `CC OUT: SYST id=b7c2 user="ftpuser"`, its span's fields.)
            && !field_token(next);
    // `コマンド(MKD など)`, `command(LIST)`: a verb in brackets glued to a word is one
    // named in prose (a log puts a blank or a mark before its bracket).
    let glued_bracket = matches!(before, [.., w, b'(' | b'['] if lex::is_alnum(*w) || *w >= 0x80)
        // (Not a call that sends it, with what it got after: `ftp_raw(SYST) replied:`.)
        && !(before.ends_with(b"(")
            && memchr::memchr(b')', rest).is_some_and(|c| {
                let after = lex::trim_start(&rest[c + 1..]);
                let word = after.split(|b| *b == b' ').next().unwrap_or_default();
                let word = word.strip_suffix(b":").unwrap_or(word);
                ANSWER_WORDS.contains(&word) || after.starts_with(b":")
            }));
    // `9.8.10.  NUMERIC ORDER LIST OF REPLY CODES`: a verb among words in capitals, a
    // heading's (a log's words before a command are a level, a direction, a label).
    let capitals = |w: &[u8]| w.len() >= 2 && w.iter().all(u8::is_ascii_uppercase);
    let word_before = lex::last_token(lex::trim_end(before));
    let heading = before.ends_with(b" ")
        && capitals(word_before)
        && !words::is_level(word_before)
        && !words::is_direction(word_before)
        && !SENT.iter().any(|w| w.eq_ignore_ascii_case(word_before))
        && capitals(next);
    !prose && !glued_bracket && !heading && before.last().is_none_or(|b| !lex::is_alnum(*b))
}

/// What stands before the Telnet signals a client sends ahead of ABOR or STAT (RFC 959
/// §4.1.3: "Interrupt Process", then "Synch": IAC IP IAC DM, bytes FF F4 FF F2), as a
/// server logs them: raw, as `?` each (vsftpd: `"????ABOR"`) or as U+FFFD each
/// (pyftpdlib), held-out rounds 690, 703 and 705. Any other verb's `before` as it is.
fn before_telnet_signals<'a>(before: &'a [u8], verb: &[u8]) -> &'a [u8] {
    if !(verb.eq_ignore_ascii_case(b"ABOR") || verb.eq_ignore_ascii_case(b"STAT")) {
        return before;
    }
    let mut b = before;
    for _ in 0..4 {
        b = match b {
            [rest @ .., b'?'] | [rest @ .., 0xff | 0xf4 | 0xf2] => rest,
            [rest @ .., 0xef, 0xbf, 0xbd] => rest,
            _ => break,
        };
    }
    b
}

/// Upper-case words that fill the same places as a command in a log and are none: a
/// log's levels, the names of protocols and TCP flags (`"protocol":"TCP"` in a packet's
/// JSON, where `"text":"USER ftpuser"` stood before).
pub(super) fn not_a_verb(word: &[u8]) -> bool {
    const NAMES: &[&[u8]] = &[
        b"TCP", b"UDP", b"ICMP", b"IPV4", b"IPV6", b"HTTP", b"HTTPS", b"FTP", b"FTPS", b"TLS",
        b"SSL", b"DNS", b"SSH", b"ACK", b"SYN", b"FIN", b"RST", b"PSH", b"URG", b"NULL", b"TRUE",
        b"FALSE", b"NONE",
        // A test's verdict (Robot Framework's console, `| FAIL |`).
        b"FAIL", b"FAILED", b"PASSED", b"SKIP", b"SKIPPED",
    ];
    words::is_level(word) || NAMES.iter().any(|n| n.eq_ignore_ascii_case(word))
}

/// Words that say a command was passed on, before `VERB command`.
pub(super) const SENT: &[&[u8]] = &[
    b"sent",
    b"sending",
    b"send",
    b"proxied",
    b"proxying",
    b"received",
    b"receiving",
    b"got",
    b"forwarded",
    b"forwarding",
    b"relayed",
    b"relaying",
    b"issued",
    b"issuing",
    b"executing",
    b"processing",
    b"handling",
];

/// The command as logged: from the verb to the end of the line or of its quoted string.
pub(super) fn command_text(line: &[u8], at: usize) -> &[u8] {
    let verb_len = line[at..]
        .iter()
        .take_while(|b| b.is_ascii_alphabetic())
        .count();
    // (The Telnet signals before ABOR are no part of it; the mark before them leads it.)
    let lead = before_telnet_signals(&line[..at], &line[at..at + verb_len]).len();
    command_text_after(line, lead, at)
}

/// [`command_text`] of the verb at `at`, whose lead (the mark a quote or a bracket opens)
/// stands before `lead`.
fn command_text_after(line: &[u8], lead: usize, at: usize) -> &[u8] {
    // `>> USER "USER ana`: the verb, then the command again as the string it was sent
    // as (a listener's arguments, the name and the line): the string's.
    let verb_end = line[at..]
        .iter()
        .position(|b| !b.is_ascii_alphabetic())
        .map_or(line.len(), |i| at + i);
    let verb = &line[at..verb_end];
    let (at, lead) = match line[verb_end..].strip_prefix(b" \"") {
        Some(again) if !verb.is_empty() && again.starts_with(verb) => (verb_end + 2, verb_end + 2),
        _ => (at, lead),
    };
    let rest = &line[at..];
    // The mark before the verb, past the blanks and arrows a string may open with
    // (`"message":" SYST"`, `"msg":"> PASS ###"`).
    let quote = line[..lead]
        .iter()
        .rev()
        .take(6)
        .find(|b| !matches!(b, b' ' | b'>' | b'<' | b'-'))
        .copied();
    // A bracket opened before the verb that it closes: the verb is a field of the line's
    // context (ftp-srv's `[6f58875f-...@127.0.0.1 USER] Handle command`).
    let closes_bracket = line.get(verb_end) == Some(&b']')
        && memchr::memrchr(b'[', &line[..at])
            .is_some_and(|open| memchr::memchr(b']', &line[open..at]).is_none());
    let end = match quote {
        _ if closes_bracket && at < verb_end => verb_end - at,
        Some(q @ (b'"' | b'\'')) => memchr::memchr(q, rest).unwrap_or(rest.len()),
        Some(b'[') => memchr::memchr(b']', rest).unwrap_or(rest.len()),
        // A call's argument: `ftp_raw(TYPE A) replied:`.
        Some(b'(') => memchr::memchr(b')', rest).unwrap_or(rest.len()),
        // A Markdown code span: `` `USER bob` ``.
        Some(b'`') => memchr::memchr(b'`', rest).unwrap_or(rest.len()),
        // Inside a string that began earlier in the line (a JSON record's message): to
        // where it ends.
        _ if in_string(&line[..lead]) => lex::string_end(rest),
        _ => rest.len(),
    };
    // A bare CR ends the command as it ends it on the wire; what follows was written over
    // it (`> PWD\rcurl-get\t`: GNU parallel's tag after each CR of curl's line).
    let end = memchr::memchr(b'\r', &rest[..end]).unwrap_or(end);
    let mut text = lex::trim_end(&rest[..end]);
    // The record's fields after the command (tracing's span fields: `CC OUT: CWD pub
    // id=b7c2 user="ftpuser"`) are no part of it.
    if let Some(first_space) = memchr::memchr(b' ', text) {
        let mut end = text.len();
        let mut cut = None;
        while let Some(space) = memchr::memrchr(b' ', &text[..end]).filter(|&s| s >= first_space) {
            if !field_token(&text[space + 1..end]) {
                break;
            }
            cut = Some(space);
            end = space;
        }
        // (A quoted value may hold blanks: only fields of no blanks are read here.)
        if let Some(c) = cut {
            // (And the comma that ended the message's field: `<- SYST', msg=...`.)
            let t = lex::trim_end(&text[..c]);
            text = t.strip_suffix(b",").unwrap_or(t);
        }
    }
    // The end of a single-quoted string that began earlier in the line (a message logged
    // in Python's quoted form, `'127.0.0.1:44142-[ftpuser] <- PWD'`), or of a string that
    // began on the line before, which another process's output cut in two (an Erlang
    // escript's `"Sending` and then `: PASV"`): a quote the line closes and never opens.
    if let [head @ .., q @ (b'\'' | b'"')] = text
        && !head.contains(q)
        && (*q == b'\'' && line[..at].contains(q)
            || !line[..at].contains(q) && memchr::memchr_iter(*q, line).count() == 1)
    {
        text = head;
    }
    // A column's padding ends it (`USER ftpuser        client.py:395`, a formatter's
    // columns).
    if let Some(gap) = needle::find!(text, b"    ") {
        text = &text[..gap];
    }
    let mut text = lex::within_table_cell(&line[..at], lex::without_line_break_tag(text));
    // A literal "\r\n" at the end of an escaped string (`\\r\\n` if escaped twice), or a
    // packet printer's dot for it.
    loop {
        let shorter = [
            &b"\\n"[..],
            b"\\r",
            b"\\",
            // (Hex, octal and rsyslog's escapes of a CR and an LF: syslog-ng's debug lines
            // quote a message as `... <- QUIT\x0a'`.)
            b"\\x0a",
            b"\\x0d",
            b"\\x0A",
            b"\\x0D",
            b"\\012",
            b"\\015",
            b"#012",
            b"#015",
        ]
        .iter()
        .find_map(|s| text.strip_suffix(*s));
        match shorter {
            Some(t) => text = t,
            None => break,
        }
    }
    if at == 0 && text.ends_with(b".") && !text.contains(&b' ') {
        text = &text[..text.len() - 1];
    }
    // `USER ftpuser..`: a packet printer's dots for the CR LF (`CWD ..` keeps its
    // argument).
    if let Some(t) = text.strip_suffix(b"..")
        && !t.is_empty()
        && !t.ends_with(b" ")
        && !t.ends_with(b".")
    {
        text = t;
    }
    // `proxied SYST command from frontend to backend`: the verb, named as a command.
    let verb = text
        .iter()
        .position(|b| lex::is_space(*b))
        .unwrap_or(text.len());
    let named = text[verb..].strip_prefix(b" ").is_some_and(|after| {
        let word = after
            .split(|b| lex::is_space(*b))
            .next()
            .unwrap_or_default();
        matches!(word, b"command" | b"cmd")
    });
    if named {
        text = &text[..verb];
    }
    text
}

/// A command earlier on the same line, with only numbers after the code: an access log
/// (ProFTPD ExtendedLog's `"RETR f" 550 16`, IIS W3C's `RETR /f 550 2 0`).
pub(super) fn access_log_command<'a>(
    before: &'a [u8],
    text: &[u8],
    code: ReplyCode,
) -> Option<&'a [u8]> {
    // Fields follow the code (bytes, statuses), and none before it is a label (`Failed to
    // MKD dir: 550` is a client's sentence).
    if lex::trim_end(before).ends_with(b":") {
        return None;
    }
    if text.is_empty() {
        return quoted_command_before(before, code).or_else(|| command_and_code(before, code));
    }
    // The fields right after the code are numbers or `-` (bytes, win32 status, substatus),
    // or the reply's text in quotes (`"USER ftpuser" 331 "Password required"`, a format of
    // one's own for ProFTPD's ExtendedLog).
    // (Or the protocol's name as a field of its own after a number: IIS's `cs-version`,
    // `[12]USER ftp - 331 0 FTP - - -`.)
    // (A number may be a time in seconds, ProFTPD's `%T`: `"MLSD" 226 0.001`.)
    let number = |f: &[u8]| {
        let (whole, fraction) = match memchr::memchr(b'.', f) {
            Some(dot) => (&f[..dot], &f[dot + 1..]),
            None => (f, &b"0"[..]),
        };
        [whole, fraction]
            .iter()
            .all(|p| !p.is_empty() && p.iter().all(|b| lex::is_digit(*b)))
    };
    let numeric = text
        .split(|b| *b == b' ' || *b == b'\t')
        .filter(|f| !f.is_empty())
        .take(2)
        .enumerate()
        .all(|(i, f)| f == b"-" || number(f) || (i == 1 && f == b"FTP"));
    // (A quoted path that words follow is the reply's own start, as RFC 959 words a 257:
    // `CWD /data -> 250 "/data" is the current directory.`, `"MKD sub" 257 "/sub" -
    // Directory successfully created`.)
    let record_text = || {
        quoted_field(text).is_some_and(|q| {
            if !q.starts_with(b"/") {
                return true;
            }
            let end = lex::offset_in(text, q).map_or(text.len(), |(from, len)| from + len);
            text[end..]
                .split(|b| *b == b' ' || *b == b'\t' || *b == b'"' || *b == b'\\')
                .filter(|f| !f.is_empty())
                .all(|f| {
                    f == b"-" || f.iter().all(|b| lex::is_digit(*b) || *b == b'.') || key_value(f)
                })
        })
    };
    // (Or the command's name again, ProFTPD's `%m`: `"CLNT lftp/4.9.2" 200 CLNT`, `"OPTS_UTF8
    // ON" 200 OPTS_UTF8`.)
    let verb_again = || {
        let first = text
            .split(|b| *b == b' ' || *b == b'\t')
            .next()
            .unwrap_or_default();
        let t = lex::trim_end(before);
        (first.len() >= 3
            && first[0].is_ascii_uppercase()
            && first
                .iter()
                .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || *b == b'_')
            // (The name alone, as `%m` writes it; a verb the protocol has, or one a
            // client sent that it has not: `"XYZZY" 500 XYZZY`.)
            && lex::trim_end(text).len() == first.len()
            && t.len() > first.len() + 1
            && t.ends_with(b"\""))
        .then(|| {
            let q = memchr::memrchr(b'"', &t[..t.len() - 1])?;
            let quoted = &t[q + 1..t.len() - 1];
            (quoted.starts_with(first) && matches!(quoted.get(first.len()), None | Some(b' ')))
                .then_some(quoted)
        })
        .flatten()
    };
    if let Some(command) = verb_again() {
        return Some(command);
    }
    // (Or fields named `key=value` after a quoted command, a format of one's own:
    // `"USER alice" 331 xfer=-/- fail="-" ms=1`, ProFTPD's `%{transfer-status}` and the
    // like, held-out round 688.)
    let keyed = || {
        lex::trim_end(before).ends_with(b"\"")
            && text
                .split(|b| *b == b' ' || *b == b'\t')
                .filter(|f| !f.is_empty())
                .take(2)
                .all(key_value)
    };
    if !numeric && !record_text() && !keyed() {
        return None;
    }
    let mut tokens = Vec::new();
    lex::tokens(before, &mut tokens);
    // A known verb; or, in a quoted field (`"XYZZY" 500 -`), any upper-case word.
    // Or a verb alone in brackets (`[RETR] [a.txt] reply=550 "..."`, `%m` in brackets).
    let bracketed = |at: usize| {
        let end = at
            + before[at..]
                .iter()
                .take_while(|b| lex::is_upper(**b))
                .count();
        at > 0
            && before[at - 1] == b'['
            && before.get(end) == Some(&b']')
            && is_verb(&before[at..end])
    };
    let t = tokens.iter().rev().find(|t| {
        let at = t.at as usize;
        t.kind == TokenKind::Word
            // (Not the option of ProFTPD's `OPTS_MLST`, whose verb is OPTS.)
            && (at == 0 || before[at - 1] != b'_')
            && (verb_at(before, at)
                || (at > 0 && before[at - 1] == b'"' && quoted_word(before, at))
                || bracketed(at))
    });
    let at = match t {
        Some(t) => t.at as usize,
        None => iis_method(before)?,
    };
    let rest = &before[at..];
    if bracketed(at) {
        return memchr::memchr(b']', rest).map(|end| &rest[..end]);
    }
    let quoted = at > 0 && before[at - 1] == b'"';
    let end = if quoted {
        memchr::memchr(b'"', rest)?
    } else {
        // IIS: the verb and the next field (the path).
        let mut spaces = memchr::memchr_iter(b' ', rest);
        spaces.next();
        spaces.next().unwrap_or(rest.len())
    };
    // (A quoted word before a colon is a key: `{"TCP":[{...`.)
    if quoted && rest.get(end + 1) == Some(&b':') {
        return None;
    }
    let command = lex::trim_end(&rest[..end]);
    // (The bar of a row's delimiter after it, `|SIZE a.txt|213|1024`: EPRT's argument holds
    // bars of its own, one alone is the row's.)
    let command = match command.strip_suffix(b"|") {
        Some(c) if memchr::memchr(b'|', c).is_none() => lex::trim_end(c),
        _ => command,
    };
    // An arrow after the verb is no field of a record: `MDTM -> 213 20240301120000`, a
    // program's note of the reply the command got, its words a number.
    let verb_len = command
        .iter()
        .take_while(|b| b.is_ascii_alphabetic())
        .count();
    let arrow = lex::trim_start(&command[verb_len..]);
    // (Not IIS's `-` for an argument it does not log: `[51]PASS - 230 0`.)
    if !arrow.is_empty()
        && arrow != b"-"
        && arrow
            .iter()
            .all(|b| matches!(b, b'-' | b'=' | b'<' | b'>' | b'~'))
    {
        return None;
    }
    // An HTTP request (`"GET / HTTP/1.1" 200`) names its protocol.
    (needle::find!(command, b" HTTP/").is_none()).then_some(command)
}

/// Whether a field is written `key=value` (`user=erin`, `fail="-"`).
fn key_value(f: &[u8]) -> bool {
    let key = f
        .iter()
        .take_while(|b| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'-' | b'.'))
        .count();
    key > 0 && f[0].is_ascii_alphabetic() && f.get(key) == Some(&b'=')
}

/// Where the method stands after the connection's number that IIS 5 and 6 glue before it,
/// whatever the method is, with at most its path and query after it: IIS logs a finished
/// transfer as `[51]created /filename 226 0` or `[3]sent /pub/a.zip 226`, words that are
/// no verbs of the protocol (OSSEC's documentation of IIS FTP logs).
fn iis_method(before: &[u8]) -> Option<usize> {
    let close = memchr::memrchr(b']', before)?;
    let digits = before[..close]
        .iter()
        .rev()
        .take_while(|b| b.is_ascii_digit())
        .count();
    let at = close + 1;
    let word = before[at..]
        .iter()
        .take_while(|b| b.is_ascii_alphabetic())
        .count();
    let fields = before[at..]
        .split(|b| *b == b' ')
        .filter(|f| !f.is_empty())
        .count();
    (digits > 0
        && close > digits
        && before[close - 1 - digits] == b'['
        && word >= 3
        && before.get(at + word) == Some(&b' ')
        && fields <= 3)
        .then_some(at)
}

/// The verb of ProFTPD's `%m` for an OPTS or a SITE, which names the option too:
/// `OPTS_UTF8`, `SITE_CHMOD` (ProFTPD's `mod_log` documentation); any other word as it is.
pub fn option_verb(word: &[u8]) -> &[u8] {
    match memchr::memchr(b'_', word) {
        Some(u) if matches!(&word[..u], b"OPTS" | b"SITE") => &word[..u],
        _ => word,
    }
}

/// A command in quotes, a field of its own, right before a code that ends the line:
/// ProFTPD's ExtendedLog with `"%r" %s` last (`127.0.0.4 24705 - "FEAT" 211`, held-out round
/// 687), a failure too. Its verb in capitals (ProFTPD's `OPTS_UTF8 ON` for an OPTS), a code
/// the command may get, and the client's address among the record's fields before (not
/// `rows matching "SIZE" 213`, nor `"RETR notes.txt" 512`, a size: from the review).
fn quoted_command_before(before: &[u8], code: ReplyCode) -> Option<&[u8]> {
    let t = lex::trim_end(before).strip_suffix(b"\"")?;
    let open = memchr::memrchr(b'"', t)?;
    if open > 0 && !lex::is_space(t[open - 1]) {
        return None;
    }
    let quoted = &t[open + 1..];
    let verb = option_verb(lex::first_token(quoted));
    // (Any command may fail with a reply the RFCs define: ProFTPD's `"USER alice" 550` to a
    // user it refuses. A command this project has no sequence for may get any.)
    let listed = match sequences::lookup_bytes(verb) {
        Some(s) => {
            s.listed(code).is_expected() || code.is_failure() && codes::lookup(code).is_some()
        }
        None => true,
    };
    let address = t[..open].split(|b| *b == b' ').any(|f| {
        let f = f.strip_prefix(b"[").unwrap_or(f);
        crate::scan::session::ipv4_len(f).is_some_and(|n| matches!(f.get(n), None | Some(b':')))
            // (IPv6: eight groups or `::`, not a time's `12:00:00`.)
            || (f.windows(2).any(|w| w == b"::") || f.iter().filter(|b| **b == b':').count() == 7)
                && f.iter().all(|b| b.is_ascii_hexdigit() || matches!(b, b':' | b'.' | b']'))
    });
    // (A word in capitals the protocol does not know, refused as one: `"XYZZY" 500`, RFC
    // 959's 500 and 502 for a command unrecognized or not implemented.)
    let unknown = !is_verb(verb)
        && matches!(code.get(), 500 | 502)
        && (3..=8).contains(&verb.len())
        && verb.iter().all(u8::is_ascii_uppercase);
    ((capital_verb(verb) && is_verb(verb) || unknown) && listed && address).then_some(quoted)
}

/// A command, with at most one argument, right before a code that ends the line and that
/// the command gets, a success or a refusal: pyftpdlib's `CWD /pub 250`, its log_cmd() of
/// a command that succeeded; ProFTPD's ExtendedLog with `%r %s` unquoted, `CWD /nope 550`
/// (held-out round 730). Not `---> SITE IDLE 120` (no reply SITE ends with), nor a code
/// any command may get (421, 500), which says less of a number than the command's own.
fn command_and_code(before: &[u8], code: ReplyCode) -> Option<&[u8]> {
    let line = lex::trim_end(before);
    let word_start = |end: usize| memchr::memrchr(b' ', &line[..end]).map_or(0, |i| i + 1);
    let last = word_start(line.len());
    let succeeds = |verb: &[u8]| {
        capital_verb(verb)
            && sequences::lookup_bytes(verb).is_some_and(|s| {
                matches!(
                    s.listed(code),
                    sequences::Listed::Success
                        | sequences::Listed::Preliminary
                        | sequences::Listed::Error
                        | sequences::Listed::Practice
                )
            })
    };
    if succeeds(&line[last..]) {
        return Some(&line[last..]);
    }
    let verb = word_start(last.checked_sub(1)?);
    succeeds(&line[verb..last - 1]).then(|| &line[verb..])
}

/// Where the first field named `name` (`cmd=`, in any case) starts in `before`: at its
/// start or after a blank.
fn field_named(before: &[u8], name: &[u8]) -> Option<usize> {
    let key = name.len() - 1;
    memchr::memchr_iter(b'=', before).find_map(|eq| {
        let at = eq.checked_sub(key)?;
        (before[at..eq].eq_ignore_ascii_case(&name[..key])
            && (at == 0 || lex::is_space(before[at - 1])))
        .then_some(at)
    })
}

/// The commands that take no argument (RFC 959 §5.3.1, RFC 2389 §3, RFC 4217 §6).
pub(super) const NO_ARGUMENT: &[&[u8]] = &[
    b"ABOR", b"CCC", b"CDUP", b"FEAT", b"LPSV", b"NOOP", b"PASV", b"PWD", b"QUIT", b"REIN",
    b"SYST", b"XCUP", b"XPWD",
];

/// The commands that move data, as GridFTP's transfer statistics name a transfer's
/// (`TYPE=RETR`; its own ERET and ESTO too).
const TRANSFERS: &[&[u8]] = &[
    b"APPE", b"ERET", b"ESTO", b"LIST", b"MLSD", b"NLST", b"RETR", b"STOR", b"STOU",
];

/// The command of a logfmt record whose code is a field of its own: `cmd="USER alice"
/// code=331 status=-` (ProFTPD's ExtendedLog with a LogFormat of one's own), `TYPE=RETR
/// CODE=226` (GridFTP's transfer statistics, a record of each transfer and the code of
/// its last reply: conventions' rule 5, a code in a field of its own beside its command).
pub(super) fn logfmt_command(before: &[u8]) -> Option<&[u8]> {
    let key = before.strip_suffix(b"=")?;
    let key_start = key
        .iter()
        .rposition(|b| !(b.is_ascii_alphanumeric() || *b == b'_' || *b == b'-'))
        .map_or(0, |i| i + 1);
    if !names_a_code(&key[key_start..]) {
        return None;
    }
    // (Names in any case: GridFTP writes its keys in capitals.)
    ["cmd=", "command=", "request=", "type="]
        .iter()
        .find_map(|name| {
            let at = field_named(before, name.as_bytes())?;
            let value = &before[at + name.len()..];
            let value = match value.strip_prefix(b"\"") {
                Some(v) => &v[..memchr::memchr(b'"', v)?],
                None => {
                    &value[..value
                        .iter()
                        .position(|b| lex::is_space(*b))
                        .unwrap_or(value.len())]
                }
            };
            let verb = lex::first_token(value);
            // (A type's field names a transfer's command, GridFTP's `TYPE=RETR`, and
            // nothing else: `TYPE=I` is a transfer's type, `type=USER` an object's.)
            if *name == "type=" {
                return TRANSFERS.contains(&verb).then_some(value);
            }
            // (A field named for the command holds one, a verb the protocol knows or not:
            // `cmd=XYZZY code=500`; a request's only a verb it knows.)
            let named = *name != "request="
                && (3..=8).contains(&verb.len())
                && verb.iter().all(u8::is_ascii_uppercase);
            (named || capital_verb(verb)).then_some(value)
        })
        .or_else(|| {
            // Or a command quoted as a field of its own right before the code's field, no name
            // before it: `"USER alice" status=331` (ProFTPD's ExtendedLog, `"%r" status=%s`).
            let inner = lex::trim_end(&key[..key_start]).strip_suffix(b"\"")?;
            let open = memchr::memrchr(b'"', inner)?;
            if open > 0 && !lex::is_space(inner[open - 1]) {
                return None;
            }
            let value = &inner[open + 1..];
            capital_verb(lex::first_token(value)).then_some(value)
        })
}

/// The command in the field before a code between bars (`|USER ftpuser|331|`, or another
/// `delimiter`): a verb the protocol defines, in capitals, and its argument.
pub(super) fn barred_command<'a>(before: &'a [u8], delimiter: &[u8]) -> Option<&'a [u8]> {
    if delimiter == b"  " {
        return aligned_command(before);
    }
    // (A field in quotes is its words: a CSV's `"PASS"`, sqlite3's `.mode quote` `'PASS'`.)
    let unquoted = |f: &'a [u8]| match f {
        [b'"', inner @ .., b'"'] | [b'\'', inner @ .., b'\''] => inner,
        _ => f,
    };
    let fields = before.strip_suffix(delimiter)?;
    let at = memchr::memmem::rfind(fields, delimiter);
    let field = unquoted(&fields[at.map_or(0, |i| i + delimiter.len())..]);
    if capital_verb(lex::first_token(field)) {
        return Some(field);
    }
    // (Or the field's last words, a verb and one argument after a prefix of the log's own:
    // `1796461061 ftp 10.0.0.3 [812] USER - | 331 | ...`, ProFTPD's ExtendedLog with bars
    // in a format of one's own.)
    let mut words = field.rsplit(|b| *b == b' ').filter(|w| !w.is_empty());
    if let (Some(arg), Some(verb)) = (words.next(), words.next())
        && capital_verb(verb)
        && !capital_verb(arg)
        && let Some((start, _)) = lex::offset_in(field, verb)
    {
        return Some(lex::trim_end(&field[start..]));
    }
    // The verb and its argument in fields of their own (`USER\talice\t331`): the verb's.
    let fields = &fields[..at?];
    let field = unquoted(
        &fields[memchr::memmem::rfind(fields, delimiter).map_or(0, |i| i + delimiter.len())..],
    );
    // (Or a whole command before an empty field for the argument: `AUTH TLS\t\t530`.)
    let empty_after = at.is_some_and(|i| i + delimiter.len() == before.len() - delimiter.len());
    (capital_verb(lex::first_token(field)) && (lex::first_token(field) == field || empty_after))
        .then_some(field)
}

/// The command in the columns before a code, columns aligned with runs of blanks
/// (`column -t`: `... alice  PASS  (hidden)     230  User alice logged in`): the last
/// column if a verb starts it, else the one before if it is a verb alone (its argument in
/// a column of its own).
pub(super) fn aligned_command(before: &[u8]) -> Option<&[u8]> {
    let fields = lex::trim_end(before);
    let column = |end: usize| last_column(&fields[..end]);
    let (start, last) = column(fields.len());
    if capital_verb(lex::first_token(last)) {
        return Some(last);
    }
    let end = lex::trim_end(&fields[..start]).len();
    let (_, previous) = column(end);
    (start > 0 && lex::first_token(previous) == previous && capital_verb(previous))
        .then_some(previous)
}

/// The last of columns set apart by runs of blanks, and where it starts.
fn last_column(fields: &[u8]) -> (usize, &[u8]) {
    let start = crate::scan::needle::rfind!(fields, b"  ").map_or(0, |i| i + 2);
    (start, &fields[start..])
}

/// The command that ends the column before a code set apart from it by a run of blanks
/// (`2026-12-05 22:06:05,537 OPTS UTF8 ON      530 Log in with USER and PASS first.`, a
/// table's row with the time, the command and the reply): a verb and at most two words
/// after it, none of them a verb, after whatever the row shows first.
pub(super) fn column_command(before: &[u8]) -> Option<&[u8]> {
    if !before.ends_with(b"  ") {
        return None;
    }
    let (_, column) = last_column(lex::trim_end(before));
    let mut words = column.rsplit(|b| *b == b' ').filter(|w| !w.is_empty());
    for _ in 0..3 {
        let word = words.next()?;
        if capital_verb(word) {
            let (at, _) = lex::offset_in(column, word)?;
            return Some(&column[at..]);
        }
    }
    None
}

/// The text of a field in double quotes, escaped or not (`"Password required"`,
/// `\"Password required\"` inside a JSON string), that is all of `text`.
pub(super) fn quoted_field(text: &[u8]) -> Option<&[u8]> {
    let quote: &[u8] = if text.starts_with(b"\\\"") {
        b"\\\""
    } else {
        b"\""
    };
    let inner = text.strip_prefix(quote)?;
    // The field ends at its closing quote, the line's end or another field after it
    // (`"Password required" 0ms`: the time it took).
    let end = memchr::memchr_iter(b'"', inner).find_map(|q| {
        // (The escaped kind closes with `\"`; the plain kind not at a quote escaped
        // inside it: `"Command \"XYZZY\" not understood"`.)
        let backslash = q > 0 && inner[q - 1] == b'\\';
        let end = if quote.len() == 2 {
            backslash.then(|| q - 1)?
        } else if backslash {
            return None;
        } else {
            q
        };
        inner
            .get(q + 1)
            .is_none_or(|b| *b == b' ' || *b == b'\t')
            .then_some(end)
    })?;
    let inner = &inner[..end];
    (!inner.is_empty()).then_some(inner)
}

/// Where a reply's text ends in an arrow back to the command it answers, and that
/// command: `"Login incorrect." <- [PASS (hidden)]`, `<- "RETR a.txt"`.
pub(super) fn answered_command(text: &[u8]) -> Option<(usize, &[u8])> {
    let at = needle::find!(text, b" <- ")?;
    let rest = &text[at + 4..];
    let close = match rest.first()? {
        b'[' => b']',
        b'"' => b'"',
        b'\'' => b'\'',
        _ => return None,
    };
    let inner = &rest[1..];
    let command = &inner[..memchr::memchr(close, inner)?];
    verb_at(command, 0).then_some((at, command))
}

/// The command a call sent, quoted as its one argument in capitals, before the value it
/// returned and a colon or an equals sign: `ftp.sendcmd('SIZE a.bin'): ` (icecream's `expr:
/// value`), `ftp.sendcmd("PWD") = `. (Asked only of a value in quotes: a call that returns
/// a number, `counts.get('USER'): 331`, is no call that sent a command.)
pub(super) fn called_command(before: &[u8]) -> Option<&[u8]> {
    let t = lex::trim_end(before);
    let call = t
        .strip_suffix(b"):")
        .or_else(|| t.strip_suffix(b") ="))
        .or_else(|| t.strip_suffix(b")="))?;
    let (&q, inner) = call.split_last()?;
    if !matches!(q, b'"' | b'\'') {
        return None;
    }
    let open = memchr::memrchr(q, inner)?;
    let command = &inner[open + 1..];
    // (`ftp.cwd('list')`: a path in small letters, no verb.)
    (inner[..open].ends_with(b"(")
        && command.first().is_some_and(u8::is_ascii_uppercase)
        && verb_at(command, 0))
    .then_some(command)
}

/// The command an arrow leads from to the code: `"RETR a.txt" => 550 ...`, `'PWD' -> 257
/// ...`; unquoted, from the first verb that starts a word (`#10447 <-> USER alice => 331
/// ...`, a ProFTPD LogFormat of one's own). Quoted, the arrow may be a blank alone
/// (`req="USER alice" 331 ...`), and the quotes escaped (`cmd=\"PWD\" -> 257`, such a
/// record as a JSON string's value): `escaped` says whether they were.
pub(super) fn arrowed_command(before: &[u8]) -> Option<(&[u8], bool)> {
    let t = lex::trim_end(before);
    let arrow = t.strip_suffix(b"=>").or_else(|| t.strip_suffix(b"->"));
    // (No arrow: a blank at least between the quote and the code.)
    if arrow.is_none() && t.len() == before.len() {
        return None;
    }
    let t = lex::trim_end(arrow.unwrap_or(t));
    if let Some(inner) = t.strip_suffix(b"\\\"") {
        let open = crate::scan::needle::rfind!(inner, b"\\\"")?;
        let command = &inner[open + 2..];
        return verb_at(command, 0).then_some((command, true));
    }
    let (&q, inner) = t.split_last()?;
    if matches!(q, b'"' | b'\'') {
        let open = memchr::memrchr(q, inner)?;
        let command = &inner[open + 1..];
        return verb_at(command, 0).then_some((command, false));
    }
    arrow?;
    // (In the last 80 bytes: a command's place, not a long line's prose.)
    (t.len().saturating_sub(80)..t.len())
        .find(|&i| {
            (i == 0 || lex::is_space(t[i - 1])) && t[i].is_ascii_uppercase() && verb_at(t, i)
        })
        .map(|i| (&t[i..], false))
}

/// Where an upper-case word at `at` ends: after its letters, and after the digits of a
/// verb that has some (`XMD5`, `XSHA1`).
fn verb_end(s: &[u8], at: usize) -> usize {
    let letters = at + s[at..].iter().take_while(|b| lex::is_upper(**b)).count();
    // (A verb all in lower case, typed by hand: `---> user bob`.)
    if letters == at {
        return at
            + s[at..]
                .iter()
                .take_while(|b| b.is_ascii_lowercase())
                .count();
    }
    if !s.get(letters).is_some_and(u8::is_ascii_digit) {
        return letters;
    }
    let digits = s[letters..]
        .iter()
        .take_while(|b| b.is_ascii_digit())
        .count();
    if is_verb(&s[at..letters + digits]) {
        letters + digits
    } else {
        letters
    }
}

/// An upper-case word alone in a quoted field, or followed by its arguments.
// (A quote may be escaped: `\"FEAT\" 211`, an access log's record inside a JSON string.)
pub(super) fn quoted_word(s: &[u8], at: usize) -> bool {
    let end = verb_end(s, at);
    matches!(s.get(end), Some(b'"' | b' ')) || s[end..].starts_with(b"\\\"")
}

pub(super) fn verb_at(s: &[u8], at: usize) -> bool {
    let mut end = verb_end(s, at);
    if !is_verb(&s[at..end]) {
        return false;
    }
    // (ProFTPD's name for a subcommand, `OPTS_UTF8 ON`: see `capital_verb`.)
    if s.get(end) == Some(&b'_') {
        let sub = s[end + 1..]
            .iter()
            .take_while(|b| b.is_ascii_uppercase() || b.is_ascii_digit())
            .count();
        end += usize::from(sub > 0) * (1 + sub);
    }
    matches!(s.get(end), None | Some(b' ' | b'"')) || s[end..].starts_with(b"\\\"")
}
