//! A dialogue whose line breaks were lost: a console or a web page stored as one line of
//! text, its lines joined by a space (`... Connected to 192.168.0.33. 220 MyFTP Sever
//! Ready. User (192.168.0.33:(none)): guest 331 Password required for guest. ...`) or by
//! nothing at all (`---> USER nomad2331 Password required for nomad2Password:---> PASS
//! XXXX230 User nomad2 logged in.`). Such a line is read again a line at each reply and
//! each client's prompt, as it was before its breaks were lost; detection then weighs
//! each of those lines as it would any other.

use super::detect::{is_verb, source_location};
use super::lex::{self, Token, TokenKind};
use super::words;

/// The shortest line read this way (a log's line with three replies is longer).
const MIN_LEN: usize = 80;
/// Replies that a line must hold, each where a line would start.
const MIN_REPLIES: usize = 3;
/// Client prompts where a line starts too (BSD ftp's, and its debug mode's commands).
const PROMPTS: [&[u8]; 2] = [b"ftp> ", b"---> "];

/// Decodes `line` into `out`, a line at each reply and prompt, where it is a dialogue
/// whose breaks were lost; returns 0 (the lines start at its start). `tokens`: the line's.
pub fn split(line: &[u8], tokens: &[Token], out: &mut Vec<u8>) -> Option<usize> {
    // (A short line may be a short dialogue whose line ends were single CRs.)
    if line.len() < MIN_LEN && memchr::memchr(b'\r', line).is_none() {
        return None;
    }
    // (Asked of every long line: nothing is gathered before two replies are counted.)
    let openers = || {
        tokens
            .iter()
            .filter(|t| t.kind == TokenKind::Number)
            .map(|t| t.at as usize)
            .filter(|&at| opens_reply(line, at))
    };
    openers().nth(1)?;
    // (A JSON record's fields say its reply again and again, `"result": ["221 Goodbye."]`
    // and its flattened copies: its breaks were never lost.)
    let t = lex::trim_end(lex::trim_start(line));
    if t.first() == Some(&b'{') && t.last() == Some(&b'}') {
        return None;
    }
    // A short line whose line ends were single CRs, each reply's line after one: its
    // lines, however few. (A longer line's breaks are weighed below.)
    if line.len() < MIN_LEN {
        let replies: Vec<usize> = openers().collect();
        let cuts = lone_crs(line, &replies)?;
        pieces(line, &cuts, None, out);
        return Some(0);
    }
    let prompts: Vec<usize> = PROMPTS
        .iter()
        .flat_map(|p| memchr::memmem::find_iter(line, p))
        .collect();
    // A code glued to the word before it (`XXXX230 User ...`) opens a line only where a
    // prompt shows the breaks were lost with nothing in their place: else it is the end of
    // a word or a number (`ftp-srv/1473 on vm`, `r173-ftp`).
    let glued = |at: usize| at > 0 && lex::is_alnum(line[at - 1]);
    let openers = || openers().filter(|&at| !prompts.is_empty() || !glued(at));
    let mut replies: Vec<usize> = openers().collect();
    let mut codes: Vec<&[u8]> = replies.iter().map(|&at| &line[at..at + 3]).collect();
    // (`status 211 after feat (true): 211-Features supported: | EPRT | ...`: a program's
    // status, its code and a few words before the reply it got, starts the reply's line.)
    let mut i = 0;
    while i + 1 < replies.len() {
        if let Some(start) = status_head(line, replies[i], replies[i + 1]) {
            replies.remove(i + 1);
            codes.remove(i + 1);
            replies[i] = start;
        }
        i += 1;
    }
    // (Two replies do where a prompt stands between: `---> PASS XXXX230 User ...`.)
    let least = if prompts.is_empty() { MIN_REPLIES } else { 2 };
    let spoken = !prompts.is_empty() || commanded(line, tokens);
    if codes.len() < least || listed(&codes) || !spoken {
        return None;
    }
    let (cuts, mark) = breaks(line, &replies, prompts);
    pieces(line, &cuts, mark, out);
    Some(0)
}

/// The most a status's words between its code and the reply's may be.
const STATUS_WORDS: usize = 80;

/// Where a program's status starts (`status 211 after feat (true): ` before `211-Features
/// ...`), where the opener at `head` is one before the reply at `reply`: the same code, a
/// few words ending with a colon, no break's mark between, and a word of letters before
/// the code that is no command's argument (`---> RETR a 550 Failed: 550 ...`: the verb
/// before it says so).
fn status_head(line: &[u8], head: usize, reply: usize) -> Option<usize> {
    let between = &line[head + 3..reply];
    if line[head..head + 3] != line[reply..reply + 3]
        || between.len() > STATUS_WORDS
        || !lex::trim_end(between).ends_with(b":")
        || between.contains(&b'|')
    {
        return None;
    }
    let end = lex::trim_end(&line[..head]).len();
    let start = line[..end]
        .iter()
        .rposition(|b| *b == b' ')
        .map_or(0, |k| k + 1);
    let word = &line[start..end];
    let argument = is_verb(lex::last_token(lex::trim_end(&line[..start])));
    (word.len() >= 2 && word.iter().all(|b| lex::is_letter(*b)) && !argument).then_some(start)
}

/// Writes the line's pieces between `cuts` to `out`, a line each.
fn pieces(line: &[u8], cuts: &[usize], mark: Option<&[u8]>, out: &mut Vec<u8>) {
    out.clear();
    let mut from = 0;
    for &cut in cuts.iter().chain([&line.len()]) {
        let piece = &line[from..cut];
        // (Without the mark that stood for its break: `---> FEAT | ` is `---> FEAT`.)
        let piece = lex::trim_start(mark.and_then(|m| piece.strip_suffix(m)).unwrap_or(piece));
        // (Nothing but a CR: CRLF's, its LF turned into a CR as well.)
        if !piece.is_empty() && piece != b"\r" {
            out.extend_from_slice(piece);
            out.push(b'\n');
        }
        from = cut;
    }
}

/// Where single CRs end lines (`tr '\n' '\r'`, an old Mac's, a device's), where two
/// replies' lines at least, and most, start after one, only their mark between (`\r< 220`).
/// (Not where a progress meter's CRs are all a line holds: they redraw one line.)
fn lone_crs(line: &[u8], replies: &[usize]) -> Option<Vec<usize>> {
    let crs: Vec<usize> = memchr::memchr_iter(b'\r', line)
        .filter(|&at| line.get(at + 1) != Some(&b'\n'))
        .map(|at| at + 1)
        .collect();
    let starts_line = |at: usize| {
        let c = crs.partition_point(|&c| c <= at);
        c > 0 && at - crs[c - 1] <= 8 && !line[crs[c - 1]..at].iter().any(|b| lex::is_alnum(*b))
    };
    let after_cr = replies.iter().filter(|&&at| starts_line(at)).count();
    (after_cr >= 2 && after_cr * 2 >= replies.len()).then_some(crs)
}

/// Where the line's lost breaks were, given where its replies' codes stand: where a mark
/// stands for each (` | `, ` ⏎ `), else at single CRs, else where each of a log's records
/// starts with its time, else at each reply's line and each prompt.
/// Returns the cuts, and the mark where there is one.
fn breaks<'a>(
    line: &'a [u8],
    replies: &[usize],
    prompts: Vec<usize>,
) -> (Vec<usize>, Option<&'a [u8]>) {
    let marked: Vec<usize> = replies.iter().map(|&at| marked_from(line, at)).collect();
    // (Each mark cut after: the lines whole, a client's commands on lines of their own.)
    if let Some(mark) = break_mark(line, &marked) {
        let cuts = memchr::memmem::find_iter(line, mark)
            .map(|at| at + mark.len())
            .collect();
        return (cuts, Some(mark));
    }
    if let Some(crs) = lone_crs(line, replies).filter(|c| c.len() >= MIN_REPLIES) {
        return (crs, None);
    }
    let records = records(line);
    if records.len() >= MIN_REPLIES {
        return (records, None);
    }
    let mut cuts = marked;
    cuts.extend(prompts);
    cuts.sort_unstable();
    (cuts, None)
}

/// The mark put where each line break was (` | ` of `paste -sd'|'`, ` ⏎ `), blanks
/// around it: the word of one to four symbols most often before the replies' lines
/// (`cuts`), standing in the line as often as they at least.
fn break_mark<'a>(line: &'a [u8], cuts: &[usize]) -> Option<&'a [u8]> {
    let mark_before = |c: usize| -> Option<&'a [u8]> {
        let end = c.checked_sub(1).filter(|&e| line[e] == b' ')?;
        let start = line[..end].iter().rposition(|b| *b == b' ')?;
        let word = &line[start + 1..end];
        let symbols = (1..=4).contains(&word.len())
            && word.iter().all(|b| {
                !lex::is_alnum(*b) && !matches!(b, b'"' | b'\'' | b'<' | b'>' | b'-' | b'*')
            });
        symbols.then_some(&line[start..=end])
    };
    let marks: Vec<&[u8]> = cuts.iter().filter_map(|&c| mark_before(c)).collect();
    let mark = *marks
        .iter()
        .max_by_key(|m| marks.iter().filter(|o| o == m).count())?;
    // (A line for each reply at least: the mark stands between lines, not in them.)
    let breaks = memchr::memmem::find_iter(line, mark).count();
    (breaks >= cuts.len().max(MIN_REPLIES)).then_some(mark)
}

/// How far into a record its time of day may stand (after a weekday, a date, a level).
const STAMP_WITHIN: usize = 48;
/// The most words a record's stamp may have before its time (`Sun Dec  6`).
const STAMP_WORDS: usize = 4;

/// Where a time of day `01:09:07` starts at `at`: two digits, a colon, two digits, a colon,
/// two digits, with no digit on either side.
fn clock_at(line: &[u8], at: usize) -> bool {
    let Some(&[h1, h2, b':', m1, m2, b':', s1, s2]) = line.get(at..at + 8) else {
        return false;
    };
    [h1, h2, m1, m2, s1, s2].iter().all(|b| lex::is_digit(*b))
        && (at == 0 || !lex::is_digit(line[at - 1]))
        && !line.get(at + 8).is_some_and(|b| lex::is_digit(*b))
}

/// The shape of a stamp's word: its digits one `0` a run (`6` and `16` are one day).
fn word_shape(word: &[u8]) -> impl Iterator<Item = u8> + '_ {
    word.iter()
        .enumerate()
        .filter(|&(i, b)| !(lex::is_digit(*b) && i > 0 && lex::is_digit(word[i - 1])))
        .map(|(_, b)| if lex::is_digit(*b) { b'0' } else { *b })
}

/// Where each record of a log joined into one line starts, where the line starts with a
/// record's stamp: its words up to a time of day (`Sun Dec  6 01:09:07`, `2026-12-06
/// 01:09:07,123`, `[2026-12-06T01:09:07Z]`). A record starts wherever words of the same
/// shape stand before a time again. Empty where the line does not start so.
fn records(line: &[u8]) -> Vec<usize> {
    let head = &line[..line.len().min(STAMP_WITHIN)];
    let Some(t0) = memchr::memchr_iter(b':', head)
        .filter_map(|c| c.checked_sub(2))
        .find(|&at| clock_at(line, at))
    else {
        return Vec::new();
    };
    // The stamp's words before the time, and the part of the time's word before it.
    let word_start = |end: usize| {
        line[..end]
            .iter()
            .rposition(|b| *b == b' ')
            .map_or(0, |k| k + 1)
    };
    let w0 = word_start(t0);
    let stamp: Vec<&[u8]> = line[..w0]
        .split(|b| *b == b' ')
        .filter(|w| !w.is_empty())
        .collect();
    if stamp.len() > STAMP_WORDS {
        return Vec::new();
    }
    let lead = &line[w0..t0];
    let mut starts = vec![0];
    for at in memchr::memchr_iter(b':', &line[t0 + 8..]).filter_map(|c| (c + t0 + 8).checked_sub(2))
    {
        if !clock_at(line, at) || at < t0 + 8 {
            continue;
        }
        let w = word_start(at);
        if !word_shape(&line[w..at]).eq(word_shape(lead)) {
            continue;
        }
        // Back over the stamp's words, each of the same shape.
        let mut start = w;
        let same = stamp.iter().rev().all(|want| {
            let end = line[..start]
                .iter()
                .rposition(|b| *b != b' ')
                .map_or(0, |k| k + 1);
            let from = word_start(end);
            let ok = end > from && word_shape(&line[from..end]).eq(word_shape(want));
            start = from;
            ok
        });
        // (The record before it ends with a blank: the break that was lost.)
        if same
            && start > *starts.last().unwrap_or(&0)
            && line.get(start.wrapping_sub(1)) == Some(&b' ')
        {
            starts.push(start);
        }
    }
    if starts.len() < MIN_REPLIES {
        starts.clear();
    }
    starts
}

/// Whether the number at `at` opens a reply's line: a code, then a space and a word (or
/// a quote: `257 "/" is ...`) or a `-`, and no fraction of a number (a time's
/// milliseconds, `22:01:38,793 vm`). (The lexer made it a token: no digits of a longer
/// number stand on either side of it.)
pub(super) fn opens_reply(line: &[u8], at: usize) -> bool {
    let Some(&[first, second, _, sep, next]) = line.get(at..at + 5) else {
        return false;
    };
    if lex::in_hex_id(&line[..at], &line[at + 3..]) {
        return false;
    }
    match line[..at] {
        [.., b, b'.' | b',' | b':'] if lex::is_digit(b) => return false,
        // (A field's value: split from its name, it would lose what it is.)
        [.., b'='] => return false,
        // (A source file's line: `caller=handler.go:184 module=...`.)
        [.., b':'] if source_location(&line[..at - 1]) => return false,
        _ => {}
    }
    // (RFC 959 §4.2 gives the second digit six values, 0 to 5.)
    (b'1'..=b'5').contains(&first)
        && (b'0'..=b'5').contains(&second)
        && match sep {
            // (Or a parenthesis, vsftpd's `220 (vsFTPd 3.0.3)`; or digits after 213, the
            // size or the time a file's status gives, RFC 3659 §4.2 and §5.3.)
            b' ' => {
                lex::is_letter(next)
                    || next >= 0x80
                    || matches!(next, b'"' | b'(')
                    || line[at..at + 3] == *b"213" && lex::is_digit(next)
            }
            // (A multi-line reply's first line may start with anything: `220----------
            // Welcome`; a number may not, `123-456`.)
            b'-' => !lex::is_digit(next),
            _ => false,
        }
}

/// Where the line of a reply whose code is at `at` starts: at the word before the code
/// where that word is the mark a log puts before its replies (`<--- 220`, `Response:
/// 331`, `[SERVER]: 230`: no letter or digit, or a word that announces a reply before a
/// colon), else at the code.
fn marked_from(line: &[u8], at: usize) -> usize {
    let end = line[..at]
        .iter()
        .rposition(|b| *b != b' ')
        .map_or(0, |k| k + 1);
    if end == at {
        return at;
    }
    let start = line[..end]
        .iter()
        .rposition(|b| *b == b' ')
        .map_or(0, |k| k + 1);
    let word = &line[start..end];
    let bracket = |b: &u8| matches!(b, b'[' | b']' | b'(' | b')');
    let label = word.strip_suffix(b":").map(|w| {
        let from = w.iter().take_while(|b| bracket(b)).count();
        let to = w.len() - w[from..].iter().rev().take_while(|b| bracket(b)).count();
        &w[from..to]
    });
    let mark = word.iter().all(|b| !lex::is_alnum(*b) && *b < 0x80)
        || label.is_some_and(words::is_direction);
    if mark { start } else { at }
}

/// Whether the codes go up, bar one in four at most: a list of a server's replies, in a
/// manual or on a page of codes (`150 File status OK ... 200 Command OK. 220 FTP server
/// ready.`), not a dialogue, whose codes go down often (a 230 after a 331, a 150 after a
/// 227).
fn listed(codes: &[&[u8]]) -> bool {
    // (The lines of one multi-line reply repeat its code: one step.)
    let steps = codes.windows(2).filter(|w| w[0] != w[1]).count();
    let down = codes.windows(2).filter(|w| w[0] > w[1]).count();
    steps >= MIN_REPLIES && down * 4 < steps
}

/// Whether a command's verb stands on the line.
fn commanded(line: &[u8], tokens: &[Token]) -> bool {
    tokens
        .iter()
        .filter(|t| t.kind == TokenKind::Word)
        .any(|t| {
            let at = t.at as usize;
            let end = line[at..]
                .iter()
                .position(|b| !lex::is_upper(*b))
                .map_or(line.len(), |k| at + k);
            is_verb(&line[at..end])
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(line: &str) -> Option<Vec<String>> {
        let mut tokens = Vec::new();
        lex::tokens(line.as_bytes(), &mut tokens);
        let mut out = Vec::new();
        split(line.as_bytes(), &tokens, &mut out)?;
        Some(
            String::from_utf8(out)
                .unwrap()
                .lines()
                .map(String::from)
                .collect(),
        )
    }

    #[test]
    fn a_console_joined_by_spaces_is_read_a_line_at_each_reply_and_prompt() {
        let got = lines(
            "D:\\temp>ftp 192.168.0.33 Connected to 192.168.0.33. 220 MyFTP Sever Ready. \
             User (192.168.0.33:(none)): guest 331 Password required for guest. Password: \
             230 User guest logged in. ftp> put test.txt 200 PORT command successful. \
             150 Opening ASCII mode data connection for test.txt. 226 Transfer complete.",
        )
        .unwrap();
        assert_eq!(
            got,
            [
                "D:\\temp>ftp 192.168.0.33 Connected to 192.168.0.33. ",
                "220 MyFTP Sever Ready. User (192.168.0.33:(none)): guest ",
                "331 Password required for guest. Password: ",
                "230 User guest logged in. ",
                "ftp> put test.txt ",
                "200 PORT command successful. ",
                "150 Opening ASCII mode data connection for test.txt. ",
                "226 Transfer complete.",
            ]
        );
    }

    #[test]
    fn a_console_joined_by_nothing_is_read_a_line_at_each_reply_and_prompt() {
        let got = lines(
            ">ftp -d a.b.comConnected to a.b.com (135.52.4.8).220 a FTP server ready.Name \
             (a.b.com:nomad2): nomad2---> USER nomad2331 Password required for nomad2\
             Password:---> PASS XXXX230 User nomad2 logged in.---> SYST215 UNIX Type: L8",
        )
        .unwrap();
        assert_eq!(
            got,
            [
                ">ftp -d a.b.comConnected to a.b.com (135.52.4.8).",
                "220 a FTP server ready.Name (a.b.com:nomad2): nomad2",
                "---> USER nomad2",
                "331 Password required for nomad2Password:",
                "---> PASS XXXX",
                "230 User nomad2 logged in.",
                "---> SYST",
                "215 UNIX Type: L8",
            ]
        );
    }

    #[test]
    fn a_log_joined_by_spaces_is_cut_where_each_record_starts_with_its_time() {
        // vsftpd's protocol log through `tr '\n' ' '`: each record whole, the reply in
        // it with its prefix.
        let records = [
            "Sun Dec  6 01:09:07 2026 [pid 27944] CONNECT: Client \"127.0.0.1\"",
            "Sun Dec  6 01:09:07 2026 [pid 27944] FTP response: Client \"127.0.0.1\", \"220 (vsFTPd 3.0.3)\"",
            "Sun Dec  6 01:09:07 2026 [pid 27944] FTP command: Client \"127.0.0.1\", \"USER ftpuser\"",
            "Sun Dec  6 01:09:07 2026 [pid 27944] [ftpuser] FTP response: Client \"127.0.0.1\", \"331 Please specify the password.\"",
            "Sun Dec  6 01:09:09 2026 [pid 27944] [ftpuser] FTP command: Client \"127.0.0.1\", \"RETR 550 report.txt\"",
            "Sun Dec 16 01:09:09 2026 [pid 27944] [ftpuser] FTP response: Client \"127.0.0.1\", \"550 Failed to open file.\"",
        ];
        let got = lines(&records.join(" ")).unwrap();
        let want: Vec<String> = records.iter().map(|r| format!("{r} ")).collect();
        assert_eq!(got[..5], want[..5]);
        assert_eq!(got[5], records[5]);
    }

    #[test]
    fn a_mark_in_place_of_each_break_or_a_lone_cr_cuts_the_lines_whole() {
        let dialogue = [
            "---- Connecting to 127.0.0.1 (127.0.0.1) port 13010",
            "<--- 220 (vsFTPd 3.0.3)",
            "---> FEAT",
            "<--- 211-Features:",
            "<---  EPSV",
            "<--- 211 End",
            "---> USER ftpuser",
            "<--- 331 Please specify the password.",
            "---> PASS secret",
            "<--- 230 Login successful.",
        ];
        for mark in [" | ", " ⏎ "] {
            assert_eq!(lines(&dialogue.join(mark)).unwrap(), dialogue, "{mark:?}");
        }
        // Line ends of a single CR (`tr '\n' '\r'`); CRLF's CR stays with its line.
        let crs = dialogue.join("\r\r");
        let got = lines(&crs).unwrap();
        let got: Vec<&str> = got.iter().map(|l| l.trim_end_matches('\r')).collect();
        assert_eq!(got, dialogue);
        // A progress meter's CRs, where the replies' lines start elsewhere: no breaks.
        let meter = "< 220 (vsFTPd 3.0.3) > USER ftpuser < 331 Please specify the password. \
                     > PASS secret   0     0\r  0     0\r  0     0\r100   421 < 230 Login successful.";
        let got = lines(meter).unwrap();
        assert_eq!(got.len(), 3, "{got:?}");
        assert!(got.iter().all(|l| !l.starts_with("  0")));
    }

    #[test]
    fn a_status_before_the_reply_it_got_stays_on_the_reply_line() {
        // A script's `status N after step: ` and the reply it got, its lines joined by
        // ` | ` (BeanShell over Commons Net, held-out round 637): no line of its own.
        let feat = "status 211 after feat (true): 211-Features supported: |  EPRT |  EPSV | \
                    211 End FEAT.";
        assert_eq!(lines(&format!("{feat}{}", " ".repeat(40))), None);
        let two =
            format!("{feat} | status 214 after help (true): 214-The following: | 214 Help OK.");
        assert_eq!(
            lines(&two).unwrap(),
            [
                "status 211 after feat (true): 211-Features supported: |  EPRT |  EPSV ",
                "| 211 End FEAT. ",
                "| status 214 after help (true): 214-The following: ",
                "| 214 Help OK.",
            ]
        );
        // After a log's prefix too (`[INFO] `), and with a longer status (from the second
        // review); not a command's argument (`RETR a 550 ...`).
        let prefixed = format!(
            "[INFO] {feat} | [INFO] status 214 after help command was sent (true): 214-The following: | 214 Help OK."
        );
        let got = lines(&prefixed).unwrap();
        // (Each status on the line of the reply it got.)
        assert!(
            got.iter()
                .all(|l| !l.contains(" after ") || l.contains("-Features") || l.contains("-The")),
            "{got:?}"
        );
        assert_eq!(
            status_head(b"---> RETR a 550 Failed: 550 Second", 13, 26),
            None
        );
    }

    #[test]
    fn a_source_line_or_a_number_ftp_gives_no_group_opens_no_line() {
        // A prober's logfmt record: its caller's source line, the pattern it matched and
        // the reply's line, which name one reply and no lost breaks.
        let line = "ts=2026-03-01T10:15:32.205Z caller=prober.go:184 module=ftp level=debug                     msg=\"Regexp matched\" regexp=\"^211 \" line=\"211 End FEAT.\" USER";
        assert_eq!(lines(line), None);
        // 186 is no code (RFC 959 §4.2: x0z to x5z).
        assert!(!opens_reply(b"done: 186 bytes", 6));
        assert!(opens_reply(b"done: 150 Opening", 6));
    }

    #[test]
    fn codes_glued_to_a_word_open_no_line_without_a_prompt() {
        // bunyan's long format: a process name and id, then a record naming its reply.
        let line = "[2026-12-05T00:57:53.456Z] TRACE: r173-ftp-srv/1473 on vm: Reply \
                    (id=2a63b9e7, ip=127.0.0.1, port=10401, message=\"221 Client called QUIT\")";
        assert_eq!(lines(line), None);
    }

    #[test]
    fn a_list_of_replies_or_a_line_without_a_client_is_no_dialogue() {
        // A manual's list of what a server sends, codes going up, beside its commands.
        assert_eq!(
            lines(
                "USER To enter the user name 331, 500, 530 Response message 150 File status \
                 OK. 200 Command OK. 220 FTP server ready. 221 Goodbye. 226 Closing data."
            ),
            None
        );
        // Replies but no client: a page quoting them.
        assert_eq!(
            lines(
                "The server said 220 Ready and then 331 Password required, then 230 Logged \
                 in, which is what one expects of it."
            ),
            None
        );
        // Two replies and no prompt between them.
        assert_eq!(
            lines(
                "USER anonymous got 331 Password required for anonymous and then, after \
                 a while of waiting for it, 230 Logged in"
            ),
            None
        );
        // (With a prompt between them, two do.)
        assert_eq!(
            lines(
                "---> USER anonymous 331 Password required for anonymous and then, after \
                 a while, ---> PASS secret 230 Logged in"
            )
            .map(|l| l.len()),
            Some(4)
        );
    }
}
