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
    if line.len() < MIN_LEN {
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
    let prompts: Vec<usize> = PROMPTS
        .iter()
        .flat_map(|p| memchr::memmem::find_iter(line, p))
        .collect();
    // A code glued to the word before it (`XXXX230 User ...`) opens a line only where a
    // prompt shows the breaks were lost with nothing in their place: else it is the end of
    // a word or a number (`ftp-srv/1473 on vm`, `r173-ftp`).
    let glued = |at: usize| at > 0 && lex::is_alnum(line[at - 1]);
    let openers = || openers().filter(|&at| !prompts.is_empty() || !glued(at));
    let codes: Vec<&[u8]> = openers().map(|at| &line[at..at + 3]).collect();
    // (Two replies do where a prompt stands between: `---> PASS XXXX230 User ...`.)
    let least = if prompts.is_empty() { MIN_REPLIES } else { 2 };
    let spoken = !prompts.is_empty() || commanded(line, tokens);
    if codes.len() < least || listed(&codes) || !spoken {
        return None;
    }
    let mut cuts: Vec<usize> = openers().map(|at| marked_from(line, at)).collect();
    cuts.extend(prompts);
    cuts.sort_unstable();
    out.clear();
    let mut from = 0;
    for &cut in cuts.iter().chain([&line.len()]) {
        let piece = lex::trim_start(&line[from..cut]);
        if !piece.is_empty() {
            out.extend_from_slice(piece);
            out.push(b'\n');
        }
        from = cut;
    }
    Some(0)
}

/// Whether the number at `at` opens a reply's line: a code, then a space and a word (or
/// a quote: `257 "/" is ...`) or a `-`, and no fraction of a number (a time's
/// milliseconds, `22:01:38,793 vm`). (The lexer made it a token: no digits of a longer
/// number stand on either side of it.)
fn opens_reply(line: &[u8], at: usize) -> bool {
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
            b' ' => lex::is_letter(next) || next >= 0x80 || next == b'"',
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
