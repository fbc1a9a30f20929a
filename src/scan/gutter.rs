//! Line numbers that a paste or a printer puts before every line (`cat -n`, `nl`, an
//! editor's or a web page's gutter: `   226\t< 226 Transfer complete`). Once numbers have
//! gone up one by one over four lines, the number before each line is its place, no
//! reply code, and the line is read without it. No log writes its replies that way: a
//! dialogue's codes do not climb by one on lines in a row.

use super::lex;

/// Numbered lines in a row, one more each time, after which the numbers are a gutter
/// (three could be replies: `225`, `226`, `227` of a log that writes no commands).
const RUN: u64 = 4;
/// The widest number a gutter holds.
const MAX_DIGITS: usize = 7;
/// The most blanks before it (`nl` pads to six columns, editors to a few more).
const MAX_PAD: usize = 10;
/// The most lines without a number between two numbered ones: a printer's (`enscript -C`,
/// `pr -n`) wraps a long line onto rows of its own, unnumbered.
const MAX_WRAPPED: u64 = 3;
/// The shortest row that a printer wraps (a page is wider).
const WRAPS_AT: usize = 60;

/// What the lines read so far said of a gutter.
#[derive(Debug, Default, Clone, Copy)]
pub struct Gutter {
    /// The last leading number and the line it stood on.
    last: Option<(u64, u64)>,
    /// Numbered lines in a row so far, each one more than the one before.
    run: u64,
    /// Lines without a number since the last numbered one.
    wrapped: u64,
    /// Where the text after the last number started.
    skip: usize,
    /// Whether the line before was as long as a row a printer wraps.
    long: bool,
    /// Whether a group's separator (grep's `--`) stood since the last number: the next
    /// group's numbers go on from a later line.
    gap: bool,
    /// Whether a file's name stood alone since the last number, after a proven gutter:
    /// the next file's numbers start again (`ag --group`, `rg --heading`).
    restart: bool,
    /// Whether the line just read was such a separator: the lines between the groups
    /// were left out, so a reply open before it does not go on after it.
    cut: bool,
    /// Whether the last number was written as grep writes it (`24-`, `25:`).
    grep_like: bool,
}

impl Gutter {
    /// Reads line `n` (without its line end): how many bytes of it are the gutter, to be
    /// passed over, where the numbers before the lines have proved to be one.
    ///
    /// Under a table's header (`in_table`), a number that starts a row is the row's first
    /// column (tshark's `frame.number`, which climbs by one where packets follow each
    /// other), and no run starts there; a gutter proved before the header stays one (`cat
    /// -n` of a CSV file).
    pub fn line(&mut self, line: &[u8], n: u64, in_table: bool) -> Option<usize> {
        self.cut = false;
        if in_table && self.run < RUN && !self.since_first_line() {
            self.run = 0;
            self.last = None;
            return None;
        }
        // (A row a printer wrapped may start with digits, the rest of a number cut at the
        // margin, `1 Goodbye.` after `"22`: after a long row, or in a proven gutter, a
        // number not aligned as the gutter's are and not the next one is such a row.)
        let numbered = leading_number(line).filter(|&(value, skip)| {
            let Some((v, _)) = self.last else {
                return true;
            };
            value == v + 1
                || skip == self.skip
                || self.run < RUN && !self.long
                || self.gap && value > v
        });
        // `--` between the groups of lines `grep -n -C` prints (`24-a`, `25:b`, `--`,
        // `109-c`): the run goes on, the numbers after it from a later line.
        if numbered.is_none()
            && self.last.is_some()
            && lex::trim_end(lex::trim_start(line)) == b"--"
        {
            self.gap = true;
            // (A group of grep's may be shorter than a proven run: `-C 1` prints three.)
            self.cut = self.run >= RUN || self.run >= 2 && self.grep_like;
            return None;
        }
        // `ftplogs/lftp-run1.log` between the groups of `ag --group` or `rg --heading`:
        // the next file's line numbers, from wherever its matches are.
        let heading = || {
            let t = lex::trim_end(lex::trim_start(line));
            !t.is_empty()
                && !t.iter().any(|b| matches!(b, b' ' | b'\t' | b':'))
                && t.iter().any(|b| matches!(b, b'/' | b'.'))
                && !t[0].is_ascii_digit()
                && t[t.len() - 1].is_ascii_alphanumeric()
        };
        if self.run >= RUN && heading() {
            self.restart = true;
            self.gap = false;
            return None;
        }
        // (A file's name holds for the line right after it only.)
        let restart = std::mem::take(&mut self.restart) && grep_numbered(line);
        let numbered = numbered.or_else(|| restart.then(|| leading_number(line)).flatten());
        let Some((value, skip)) = numbered else {
            // A blank line keeps the run (`nl` numbers only lines with text, and pads the
            // others with blanks); so do the rows a printer wraps a long line onto, a few;
            // any other line ends it.
            // (A proven gutter goes on past a page's header too, `pr`'s, its form feed a
            // blank.)
            if line
                .iter()
                .any(|b| !matches!(b, b' ' | b'\t' | b'\r' | b'\x0c'))
            {
                self.wrapped += 1;
                if !self.long && self.run < RUN || self.wrapped > MAX_WRAPPED {
                    self.run = 0;
                    self.last = None;
                }
                self.long = line.len() >= WRAPS_AT;
            }
            return None;
        };
        self.long = line.len() >= WRAPS_AT;
        let wrapped = std::mem::take(&mut self.wrapped);
        // One more than the last number: every numbered line counted (`nl`), or every
        // line (`cat -n`, an editor, where a blank line of the paste has its number too).
        // (After wrapped rows, one more only: they had no number of their own.)
        let gap = std::mem::take(&mut self.gap);
        let follows = restart
            || self.last.is_some_and(|(v, at)| {
                value == v + 1 || (wrapped == 0 && value > v && (gap || value - v == n - at))
            });
        self.run = if follows { self.run + 1 } else { 1 };
        self.last = Some((value, n));
        self.grep_like = grep_numbered(line);
        self.skip = skip;
        // Numbered from the input's first line on (`cat -n` of a whole log): a gutter from
        // the start, so that every line is read alike (a reply over lines 2 to 4 keeps
        // one shape).
        (self.run >= RUN || (value == n && self.run == n)).then_some(skip)
    }

    /// Whether the line just read was a separator between groups of a proven gutter
    /// (grep's `--`): what the lines around it were in the middle of was cut there.
    pub fn cut(&self) -> bool {
        self.cut
    }

    /// Whether the numbers have stood since the first line, each its line's own.
    fn since_first_line(&self) -> bool {
        self.last.is_some_and(|(v, at)| v == at && self.run == at)
    }
}

/// Where the text starts after a search tool's location of a match: a file's name, the
/// line's number and maybe its column, glued to the line they point at
/// (`ftplogs/lftp.log:163:1:500 Command ...`: `grep -rn`, `rg --no-heading`, `rg
/// --vimgrep`, `git grep -n`). A compiler's `main.c:42: error` has a blank after it and
/// is read as it stands; an address (`127.0.0.1:41730:`) or a date is no file's name.
pub fn location(line: &[u8]) -> Option<usize> {
    let colon = memchr::memchr(b':', line)?;
    let path = &line[..colon];
    // (A file's name with its extension: a date, `05/Dec/2026:20:14:42`, has none.)
    let name = path.rsplit(|b| *b == b'/').next().unwrap_or(path);
    let extension = name
        .windows(2)
        .any(|w| w[0] == b'.' && w[1].is_ascii_alphabetic());
    if path.len() > 255 || path.iter().any(|b| b.is_ascii_whitespace()) || !extension {
        return None;
    }
    let number = |from: usize, most: usize| {
        let digits = line[from..]
            .iter()
            .take_while(|b| b.is_ascii_digit())
            .count();
        ((1..=most).contains(&digits) && line.get(from + digits) == Some(&b':'))
            .then_some(from + digits + 1)
    };
    let text = number(colon + 1, MAX_DIGITS)?;
    let text = number(text, 5).unwrap_or(text);
    line.get(text)
        .is_some_and(|b| !b.is_ascii_whitespace())
        .then_some(text)
}

/// Whether a line is numbered as grep numbers it, `24-` or `25:` glued to the text (not
/// `226 Transfer complete` after a listed name).
fn grep_numbered(line: &[u8]) -> bool {
    let digits = line.iter().take_while(|b| b.is_ascii_digit()).count();
    digits > 0
        && matches!(line.get(digits), Some(b'-' | b':'))
        && line
            .get(digits + 1)
            .is_some_and(|b| !b.is_ascii_whitespace())
}

/// A number at the start of a line after a few blanks, and the separator after it (a tab,
/// a colon, a bar, or blanks): its value and where the rest of the line starts.
fn leading_number(line: &[u8]) -> Option<(u64, usize)> {
    // (A highlighter's colour may open the line: `ESC[00;30m  125 ESC[m...`, `highlight
    // -O ansi -l`.)
    // (So may a mail's or Markdown's quote: `>      1\t---- Resolving host`, a numbered
    // log quoted in a reply.)
    let colour = escapes_len(line);
    let colour = colour + quote_len(&line[colour..]);
    let line = &line[colour..];
    let pad = line.iter().take_while(|b| **b == b' ').count();
    if pad > MAX_PAD {
        return None;
    }
    let digits = line[pad..]
        .iter()
        .take_while(|b| b.is_ascii_digit())
        .count();
    if digits == 0 || digits > MAX_DIGITS {
        return None;
    }
    let end = pad + digits;
    let value = line[pad..end]
        .iter()
        .fold(0u64, |v, d| v * 10 + u64::from(d - b'0'));
    // (A highlighter closes the number's colour before the separator: bat's
    // `ESC[38;5;238m 121ESC[0m   ESC[38;5;238m│ESC[0m `.)
    let closed = escapes_len(&line[end..]);
    let rest = &line[end + closed..];
    let sep = closed
        + match rest.first() {
            Some(b'\t') => 1,
            Some(b':' | b'|') => 1 + usize::from(rest.get(1) == Some(&b' ')),
            // grep's context lines, `24-[D ...]` or `15-331: Password required` beside its
            // matches' `25:[D ...]` (not a date's `2026-12-05`).
            Some(b'-')
                if !(rest
                    .get(1..3)
                    .is_some_and(|d| d.iter().all(u8::is_ascii_digit))
                    && rest.get(3) == Some(&b'-')) =>
            {
                1
            }
            Some(b' ') => {
                let blanks = rest.iter().take_while(|b| **b == b' ').count();
                // `12 | text`: a bar after the blanks is the gutter's border (also drawn, `│`,
                // and in a colour of its own).
                let colour = escapes_len(&rest[blanks..]);
                let border = &rest[blanks + colour..];
                let bar = match border {
                    [b'|', ..] => 1,
                    [0xe2, 0x94, 0x82, ..] => 3,
                    _ => 0,
                };
                if bar == 0 {
                    blanks
                } else {
                    let after = blanks + colour + bar;
                    let after = after + escapes_len(&rest[after..]);
                    after + usize::from(rest.get(after) == Some(&b' '))
                }
            }
            None => 0,
            _ => return None,
        };
    Some((value, colour + end + sep))
}

/// The length of the quote marks (`> `, `>> `, `> > `) that start `s`.
fn quote_len(s: &[u8]) -> usize {
    let mut at = 0;
    while s.get(at) == Some(&b'>') {
        at += 1;
        if s.get(at) == Some(&b' ') {
            at += 1;
        }
    }
    at
}

/// The length of the terminal escapes (`ESC [ ... letter`) that start `s`.
fn escapes_len(s: &[u8]) -> usize {
    let mut at = 0;
    while s.get(at) == Some(&0x1b) && s.get(at + 1) == Some(&b'[') {
        let Some(end) = s[at + 2..]
            .iter()
            .take(16)
            .position(|b| b.is_ascii_alphabetic())
        else {
            break;
        };
        at += 2 + end + 1;
    }
    at
}

#[cfg(test)]
mod tests {
    use super::*;

    fn skips(lines: &[&str]) -> Vec<Option<usize>> {
        let mut g = Gutter::default();
        lines
            .iter()
            .enumerate()
            .map(|(i, l)| g.line(l.as_bytes(), i as u64 + 1, false))
            .collect()
    }

    #[test]
    fn a_coloured_gutter_is_a_gutter() {
        // `highlight -O ansi -l`: each line's number in a colour of its own.
        let lines: Vec<String> = (120..126)
            .map(|n| format!("\x1b[00;30m  {n} \x1b[m\x1b[00;31m[D] call: close()\x1b[m"))
            .collect();
        let lines: Vec<&str> = lines.iter().map(String::as_str).collect();
        assert_eq!(
            skips(&lines),
            [None, None, None, Some(14), Some(14), Some(14)]
        );
    }

    #[test]
    fn a_tables_first_column_is_no_gutter() {
        // tshark -T fields -E header=y -e frame.number ...: packets 15 to 18 follow each other.
        let rows = [
            "15\t0\t127.0.0.1\t40024\tPASS\tsecret\t\t",
            "16\t0\t127.0.0.1\t10190\t\t\t230\tLogin successful.",
            "17\t0\t127.0.0.1\t40024\tSYST\t\t\t",
            "18\t0\t127.0.0.1\t10190\t\t\t215\tUNIX Type: L8",
        ];
        let mut g = Gutter::default();
        let got: Vec<_> = (0..4)
            .map(|i| g.line(rows[i].as_bytes(), i as u64 + 10, true))
            .collect();
        assert_eq!(got, [None, None, None, None]);
        // The same rows outside a table: a gutter after four.
        let mut g = Gutter::default();
        let got: Vec<_> = (0..4)
            .map(|i| g.line(rows[i].as_bytes(), i as u64 + 10, false))
            .collect();
        assert_eq!(got, [None, None, None, Some(3)]);
        // `cat -n` of a CSV file: the gutter stands from the first line, header and rows.
        let mut g = Gutter::default();
        assert_eq!(g.line(b"     1\ttime,code,text", 1, false), Some(7));
        assert_eq!(g.line(b"     2\t10:00,220,ready", 2, true), Some(7));
    }

    #[test]
    fn numbers_climbing_by_one_are_a_gutter_after_four_lines() {
        let nl = [
            "    97\t> EPSV",
            "    98\t* Connect data stream passively",
            "    99\t< 229 Entering Extended Passive Mode (|||30015|)",
            "   100\t* Connecting to 127.0.0.1 (127.0.0.1) port 30015",
            "   101\t> TYPE I",
        ];
        assert_eq!(skips(&nl), [None, None, None, Some(7), Some(7)]);
        // `cat -n`'s blank lines keep their numbers; `nl`'s are blanks and keep the run.
        let cat = ["  9  a", " 10  b", " 11  ", " 12  c", "       ", " 13  d"];
        assert_eq!(skips(&cat), [None, None, None, Some(5), None, Some(5)]);
        // An editor's or a page's gutter with a bar, and grep -n's colon.
        let bar = [
            "224 | w",
            "225 | x",
            "226 | 226 Transfer complete",
            "227 | y",
        ];
        assert_eq!(skips(&bar), [None, None, None, Some(6)]);
        let colon = ["6:z", "7:a", "8:b", "9:331 Password required"];
        assert_eq!(skips(&colon), [None, None, None, Some(2)]);
    }

    #[test]
    fn grep_s_context_lines_and_group_separators_are_a_gutter() {
        // `grep -n -C 1` (and rg, ag): `-` after a context line's number, `:` after a
        // match's, `--` between groups, whose numbers jump.
        let grep = [
            "24-[D 2026-12-05 18:05:33,192] 127.0.0.1:41726-[ftpuser] <- PASS ******",
            "25:[D 18:05:36] -> 530 Authentication failed.",
            "26-[I 2026-12-05 18:05:36,195] 127.0.0.1:41726-[] USER 'ftpuser' failed login.",
            "--",
            "109-[D 18:05:36] <- SIZE missing-file.txt",
            "110:[D 18:05:36] -> 550 /pub/missing-file.txt is not retrievable.",
            "111-[D 18:05:36] <- MDTM missing-file.txt",
        ];
        assert_eq!(
            skips(&grep),
            [None, None, None, None, Some(4), Some(4), Some(4)]
        );
        // A multi-line reply's lines and a date are no such numbers.
        assert!(
            skips(&["211-Features:", "211-MDTM", "211-SIZE", "211 End"])
                .iter()
                .all(Option::is_none)
        );
        assert_eq!(leading_number(b"2026-12-05 10:00"), None);
        assert_eq!(leading_number(b"15-331: Password required"), Some((15, 3)));
        // `ag --group`: each file's name, then its groups, numbered from its own lines.
        let ag = [
            "200-a",
            "201:b",
            "202-c",
            "203-d",
            "ftplogs/lftp-run1.log",
            "24-e",
            "25:<--- 530 f",
            "--",
            "136-g",
        ];
        assert_eq!(
            skips(&ag),
            [
                None,
                None,
                None,
                Some(4),
                None,
                Some(3),
                Some(3),
                None,
                Some(4)
            ]
        );
        // A name after a gutter, then a line of text: a reply's code is no line number.
        let names = [
            "200-a",
            "201:b",
            "202-c",
            "203-d",
            "hello.txt",
            "Cmd: QUIT",
            "221: Goodbye.",
        ];
        assert_eq!(skips(&names)[6], None);
        let listed = [
            "200-a",
            "201:b",
            "202-c",
            "203-d",
            "hello.txt",
            "226 Transfer complete.",
        ];
        assert_eq!(skips(&listed)[5], None);
        // `--` only keeps a run that has begun.
        assert!(
            skips(&["--", "5-a", "6-b", "7-c"])
                .iter()
                .all(Option::is_none)
        );
    }

    #[test]
    fn a_search_tools_location_of_a_line() {
        let at = |s: &str| location(s.as_bytes());
        assert_eq!(
            at("logs/lftp.log:163:1:500 Command not understood."),
            Some(20)
        );
        assert_eq!(at("lftp.log:163:<--- 550 x"), Some(13));
        // A compiler's place, with a blank after it; an address; a date; a name with no
        // extension.
        assert_eq!(at("main.c:42: error: x"), None);
        assert_eq!(at("127.0.0.1:41730:220 x"), None);
        assert_eq!(at("05/Dec/2026:20:14:42 \t::1"), None);
        assert_eq!(at("messages:12:220 x"), None);
    }

    #[test]
    fn a_printers_wrapped_rows_keep_its_gutter() {
        // `enscript -C` then `pdftotext`: a long line goes on over rows without a number,
        // one of which may start with the digits of a code cut at the margin.
        let rows = [
            "    96: Sat Dec 5 12:25:19 2026 [pid 812] FTP command: Client \"10.0.0.5\", \"QUI",
            "T\"",
            "    97: Sat Dec 5 12:25:19 2026 [pid 812] FTP response: Client \"10.0.0.5\", \"22",
            "1 Goodbye.\"",
            "    98: Sat Dec 5 12:25:22 2026 [pid 813] CONNECT: Client \"10.0.0.5\"",
            "    99: Sat Dec 5 12:25:22 2026 [pid 813] FTP response: Client \"10.0.0.5\", \"220 r",
            "eady.\"",
            "   100: Sat Dec 5 12:25:22 2026 [pid 813] FTP command: Client \"10.0.0.5\", \"FEAT\"",
        ];
        assert_eq!(
            skips(&rows),
            [None, None, None, None, None, Some(8), None, Some(8)]
        );
        // More rows without a number than a printer wraps a line onto end the gutter.
        let mut g = Gutter::default();
        for (i, l) in ["10: a", "11: b", "12: c", "13: d"].iter().enumerate() {
            g.line(l.as_bytes(), i as u64 + 1, false);
        }
        for n in 5..9 {
            assert_eq!(g.line(b"text", n, false), None);
        }
        assert_eq!(g.line(b"14: 226 Transfer complete", 9, false), None);
        // `pr -n`'s page break: a form feed and the next page's header.
        let page = [
            "  110\t* QUOT command failed with 550",
            "  111\t* Closing connection 0",
            "  112\tcurl: (21) QUOT command failed with 550",
            "  113\t*   Trying 10.0.0.5:21...",
            "\x0c",
            "",
            "2026-12-05 12:25       curl -v against the server       Page 3",
            "",
            "  114\t* Connected to 10.0.0.5 (10.0.0.5) port 21 (#0)",
        ];
        assert_eq!(skips(&page)[8], Some(6));
    }

    #[test]
    fn numbers_from_the_first_line_on_are_a_gutter_at_once() {
        let whole = ["     1\t220-Welcome", "     2\t220 Hello", "     3\tUSER a"];
        assert_eq!(skips(&whole), [Some(7), Some(7), Some(7)]);
        // A log whose first line holds a number is no gutter for that.
        assert_eq!(skips(&["1 file", "x"]), [Some(2), None]);
        assert_eq!(skips(&["2 files", "3 files"]), [None, None]);
    }

    #[test]
    fn a_dialogues_codes_are_no_gutter() {
        let dialogue = [
            "220 ready",
            "331 Password required",
            "230 Logged in",
            "227 Entering Passive Mode (127,0,0,1,4,1)",
            "150 Here comes the listing",
            "226 Transfer complete",
        ];
        assert!(skips(&dialogue).iter().all(Option::is_none));
        // Codes that climb by one on three lines do not make one either, nor numbers
        // that a line of text without a number interrupts.
        let climbing = [
            "225 Data connection open",
            "226 Transfer complete",
            "227 Entering",
        ];
        assert!(skips(&climbing).iter().all(Option::is_none));
        assert!(
            skips(&["225 a", "226 b", "227 c", "x", "228 d", "229 e"])
                .iter()
                .all(Option::is_none)
        );
        // A number glued to a word, or too wide, is no line number.
        assert!(skips(&["1a", "2a", "3a", "4a"]).iter().all(Option::is_none));
        assert!(
            skips(&["12345678 a", "12345679 a", "12345680 a", "12345681 a"])
                .iter()
                .all(Option::is_none)
        );
    }
}
