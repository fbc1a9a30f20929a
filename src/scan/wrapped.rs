//! An input hard-wrapped at a fixed width (`fold -w 80`, a mail or a terminal pasted at
//! its columns): each line longer than the width was cut into rows of exactly that width
//! and a shorter last row. A reply's code may be cut in two (`... Client "127.0.0.2", "33`
//! then `1 Please specify the password."`), or stand on a row without the record's header.
//! Once the input shows that it is wrapped, a row of the width is held and read with the
//! rows that continue it, as one line over all of them.
//!
//! The input shows it by rows of one width that a shorter row ends, three at least, and no
//! line longer than that width. A table padded to one width is no wrapped input: its rows
//! end at a border, and a shorter row ends only the whole table.

/// The narrowest and widest widths looked for.
const MIN_WIDTH: usize = 40;
const MAX_WIDTH: usize = 255;
/// The widths text is wrapped at: `fold`'s default and a terminal's (80), a mail's (72 to
/// 78), base64's and PEM's (64, 76), wider terminals' and printers' (100, 120, 132, 160).
/// A tool's lines of about one width (`socat -v`'s headers, 57 to 60) are no cut rows.
const WIDTHS: [usize; 10] = [64, 72, 76, 78, 79, 80, 100, 120, 132, 160];
/// Rows of the width that a shorter row ended before the input counts as wrapped.
const ENDED: u32 = 3;
/// The same for a width not in [`WIDTHS`], each shorter row indented under it (and a row
/// indented under a row of the width that is as wide, once at least: a line cut in three
/// rows or more, no header of one width with its data under it, as scapy prints a packet).
const OTHER_WIDTH_ENDED: u32 = 8;
/// The most rows held as one line (a longer run is no line cut up, or none worth the wait).
const MAX_ROWS: usize = 64;
/// How many bytes of a row's start tell whether it starts a record of its own.
const HEAD: usize = 8;

/// What to do with a line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    /// Read it as it is.
    Plain,
    /// It was held, to be read with the rows after it.
    Held,
    /// It ended the held rows, which are now one line from the given first line to it
    /// (in [`Wrapped::take`]).
    Joined(u64),
    /// It starts a line of its own: the held rows are one line from the first to the
    /// second given line (in [`Wrapped::take`]), to be read before it. `held`: the line
    /// itself was then held.
    Flush { first: u64, last: u64, held: bool },
}

/// What an input has shown of its widths, and the rows held.
#[derive(Debug)]
pub struct Wrapped {
    /// Lines seen of each width from `MIN_WIDTH` on (a border's rows aside).
    rows: Vec<u32>,
    /// Rows of each width that a shorter row followed.
    ended: Vec<u32>,
    /// Of those, the ones whose shorter row started with two blanks or more (a hanging
    /// indent).
    hung: Vec<u32>,
    /// Rows of each width, indented so, under a row of the same width: a line cut into
    /// three rows or more.
    hung_full: Vec<u32>,
    /// The widest line so far.
    widest: usize,
    /// The width of the line before.
    last_width: usize,
    /// The width the input is wrapped at, once it shows one.
    width: Option<usize>,
    held: Vec<u8>,
    held_rows: usize,
    held_first: u64,
    held_last: u64,
    held_head: [u8; HEAD],
    /// The blanks every continuing row has started with so far, where each had the same
    /// two or more (a program that wraps its own lines with a hanging indent: netsniff-ng's
    /// packets, Python rich's messages), and how many rows did.
    hang: Option<usize>,
    hung_rows: u32,
    /// A continuing row started otherwise: the rows are cut as they stand.
    no_hang: bool,
    /// The line made of the rows last joined or flushed.
    out: Vec<u8>,
}

impl Default for Wrapped {
    fn default() -> Self {
        Wrapped {
            rows: vec![0; MAX_WIDTH - MIN_WIDTH + 1],
            ended: vec![0; MAX_WIDTH - MIN_WIDTH + 1],
            hung: vec![0; MAX_WIDTH - MIN_WIDTH + 1],
            hung_full: vec![0; MAX_WIDTH - MIN_WIDTH + 1],
            widest: 0,
            last_width: 0,
            width: None,
            held: Vec::new(),
            held_rows: 0,
            held_first: 0,
            held_last: 0,
            held_head: [0; HEAD],
            hang: None,
            hung_rows: 0,
            no_hang: false,
            out: Vec::new(),
        }
    }
}

impl Wrapped {
    /// Reads line `n` (without its line end).
    pub fn read(&mut self, line: &[u8], n: u64) -> Step {
        let width = width(line);
        self.learn(line, width);
        let Some(wrap) = self.width else {
            return if self.held.is_empty() {
                Step::Plain
            } else {
                // (A longer line showed the input is not wrapped after all.)
                self.flush(line, n, false)
            };
        };
        let full = width == wrap && !bordered(line);
        if self.held.is_empty() {
            if full {
                self.hold(line, n);
                return Step::Held;
            }
            return Step::Plain;
        }
        // A blank row, or one that starts as the held line did (`Tue Dec  1 22:00:25
        // 2026 [pid ...`): a record of its own, which the held rows were not cut from.
        if line.is_empty() || head(line) == self.held_head || self.held_last + 1 != n {
            return self.flush(line, n, full);
        }
        // (A hanging indent, once rows have shown it, is no part of the line.)
        let indent = line.iter().take_while(|b| **b == b' ').count();
        self.learn_hang(indent);
        let row = match self.hang {
            Some(k) if !self.no_hang && self.hung_rows >= ENDED && indent >= k => &line[k..],
            _ => line,
        };
        self.held.extend_from_slice(row);
        self.held_rows += 1;
        self.held_last = n;
        if full && self.held_rows < MAX_ROWS {
            return Step::Held;
        }
        self.give_out();
        Step::Joined(self.held_first)
    }

    /// Whether the rows held end inside a quoted run of hex digits (`"0000...017`), which
    /// the rows that continue them go on: no row of a dump, whatever they look like.
    pub fn holds_open_hex(&self) -> bool {
        memchr::memrchr(b'"', &self.held).is_some_and(|q| {
            let digits = &self.held[q + 1..];
            digits.len() >= 8 && digits.iter().all(u8::is_ascii_hexdigit)
        })
    }

    /// The line that the last [`Step::Joined`] or [`Step::Flush`] made of the rows held;
    /// its buffer comes back through [`Wrapped::give_back`].
    pub fn take(&mut self) -> Vec<u8> {
        std::mem::take(&mut self.out)
    }

    /// Returns the buffer that [`Wrapped::take`] gave.
    pub fn give_back(&mut self, mut buf: Vec<u8>) {
        buf.clear();
        self.out = buf;
    }

    /// The lines held, first and last (the end of the input makes them a line: see
    /// [`Wrapped::finish`]).
    pub fn finish(&mut self) -> Option<(u64, u64)> {
        if self.held.is_empty() {
            return None;
        }
        self.give_out();
        Some((self.held_first, self.held_last))
    }

    /// Moves the held rows out, as one line.
    fn give_out(&mut self) {
        std::mem::swap(&mut self.out, &mut self.held);
        self.held.clear();
        self.held_rows = 0;
    }

    fn hold(&mut self, line: &[u8], n: u64) {
        self.held.clear();
        self.held.extend_from_slice(line);
        self.held_rows = 1;
        self.held_first = n;
        self.held_last = n;
        self.held_head = head(line);
    }

    /// Ends the held rows at a line that starts one of its own, held in turn if `full`.
    fn flush(&mut self, line: &[u8], n: u64, full: bool) -> Step {
        let step = Step::Flush {
            first: self.held_first,
            last: self.held_last,
            held: full,
        };
        self.give_out();
        if full {
            self.hold(line, n);
        }
        step
    }

    /// Learns from a continuing row's blanks whether the input hangs its rows.
    fn learn_hang(&mut self, indent: usize) {
        match self.hang {
            _ if self.no_hang => {}
            None if indent >= 2 => {
                self.hang = Some(indent);
                self.hung_rows = 1;
            }
            // (More blanks agree: the text's own, where the cut fell before a blank.)
            Some(k) if indent >= k => self.hung_rows += 1,
            _ => self.no_hang = true,
        }
    }

    fn learn(&mut self, line: &[u8], width: usize) {
        if let Some(wrap) = self.width {
            if width > wrap {
                self.width = None;
            }
        } else {
            if (MIN_WIDTH..=MAX_WIDTH).contains(&self.last_width)
                && width > 0
                && width < self.last_width
            {
                let i = self.last_width - MIN_WIDTH;
                self.ended[i] += 1;
                if line.starts_with(b"  ") {
                    self.hung[i] += 1;
                }
                // (Lines of about one width, as a tool's headers are, spread over a few
                // widths: a cut's rows are all of one, the rest of any.)
                let near: u32 = self.rows[i.saturating_sub(3)..i].iter().sum();
                if self.ended[i] >= ENDED
                    // (Another width once rows of it have ended often, each time with a
                    // row indented under it: a program that wraps its own lines, at its
                    // own width, with a hanging indent, netsniff-ng at 75. Lines of one
                    // width that a program's format gives, conntrack's, end otherwise.)
                    && (WIDTHS.contains(&self.last_width)
                        || self.hung[i] >= OTHER_WIDTH_ENDED && self.hung_full[i] >= 1)
                    && self.widest == self.last_width
                    // (A row of the width ended by a shorter one, one time in eight at
                    // least: a line cut into nine rows at most, on the whole.)
                    && self.ended[i] * 8 >= self.rows[i]
                    && self.rows[i] > 2 * near
                {
                    self.width = Some(self.last_width);
                }
            }
        }
        if width == self.last_width && width >= MIN_WIDTH && line.starts_with(b"  ") {
            self.hung_full[width - MIN_WIDTH] += 1;
        }
        self.widest = self.widest.max(width);
        if (MIN_WIDTH..=MAX_WIDTH).contains(&width) && !bordered(line) {
            self.rows[width - MIN_WIDTH] += 1;
            self.last_width = width;
        } else {
            self.last_width = 0;
        }
    }
}

/// The width of a line in characters (a UTF-8 character's further bytes not counted).
fn width(line: &[u8]) -> usize {
    // (Most lines are ASCII, which std checks a word at a time.)
    if line.len() < MIN_WIDTH || line.is_ascii() {
        return line.len();
    }
    line.iter().filter(|&&b| (b as i8) >= -0x40).count()
}

/// Whether a row ends at a table's border (`|`, `+`, `│`, `┐` ...) or at padding.
fn bordered(line: &[u8]) -> bool {
    match line.last() {
        Some(b'|' | b'+' | b' ' | b'\t') => true,
        // U+2500 to U+257F, box drawing: `e2 94 xx` and `e2 95 xx`.
        Some(_) => matches!(line, [.., 0xe2, 0x94 | 0x95, _]),
        None => false,
    }
}

/// What a row's first bytes are: each digit, letter and blank by its kind, other bytes as
/// they are.
fn head(line: &[u8]) -> [u8; HEAD] {
    let mut h = [0; HEAD];
    for (slot, &b) in h.iter_mut().zip(line) {
        *slot = match b {
            b'0'..=b'9' => b'9',
            b'a'..=b'z' | b'A'..=b'Z' => b'a',
            b' ' | b'\t' => b' ',
            b => b,
        };
    }
    h
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The steps of lines read in turn, and each joined or flushed line's text.
    fn steps(lines: &[&str]) -> Vec<(Step, String)> {
        let mut w = Wrapped::default();
        let mut out = Vec::new();
        for (i, line) in lines.iter().enumerate() {
            let step = w.read(line.as_bytes(), i as u64 + 1);
            let text = match step {
                Step::Joined(_) | Step::Flush { .. } => {
                    let t = w.take();
                    String::from_utf8_lossy(&t).into_owned()
                }
                _ => String::new(),
            };
            out.push((step, text));
        }
        out
    }

    /// The lines that the steps joined, in turn.
    fn joined(steps: &[(Step, String)]) -> Vec<&String> {
        steps
            .iter()
            .filter(|(s, _)| matches!(s, Step::Joined(_)))
            .map(|(_, t)| t)
            .collect()
    }

    /// `fold -w width` of `lines`.
    fn fold(lines: &[String], width: usize) -> Vec<String> {
        let mut rows = Vec::new();
        for l in lines {
            let chars: Vec<char> = l.chars().collect();
            if chars.is_empty() {
                rows.push(String::new());
            }
            for c in chars.chunks(width) {
                rows.push(c.iter().collect());
            }
        }
        rows
    }

    fn vsftpd(i: usize, what: &str) -> String {
        format!(
            "Tue Dec  1 22:00:{i:02} 2026 [pid 20495] FTP response: Client \"127.0.0.2\", \"{what}\""
        )
    }

    #[test]
    fn rows_cut_at_one_width_are_read_as_their_line() {
        let lines: Vec<String> = (0..8)
            .map(|i| vsftpd(i, "331 Please specify the password."))
            .collect();
        let rows = fold(&lines, 80);
        let rows: Vec<&str> = rows.iter().map(String::as_str).collect();
        let got = steps(&rows);
        // The first three lines show the width; from the fourth on, each comes whole.
        let joined = joined(&got);
        assert_eq!(joined, lines[3..].iter().collect::<Vec<_>>());
        assert_eq!(got[6].0, Step::Held);
        assert_eq!(got[7].0, Step::Joined(7));
    }

    #[test]
    fn a_row_that_starts_as_the_held_one_did_starts_a_line_of_its_own() {
        let mut lines: Vec<String> = (0..4)
            .map(|i| vsftpd(i, "331 Please specify the password."))
            .collect();
        // Exactly 80 wide, then a record of its own.
        let exact = vsftpd(4, "331 Please specify the password.")[..80].to_string();
        lines.push(exact.clone());
        lines.push(vsftpd(5, "230 Login successful."));
        let rows = fold(&lines, 80);
        let rows: Vec<&str> = rows.iter().map(String::as_str).collect();
        let got = steps(&rows);
        let n = rows.len();
        assert_eq!(
            got[n - 2],
            (
                Step::Flush {
                    first: n as u64 - 2,
                    last: n as u64 - 2,
                    held: true
                },
                exact
            )
        );
        assert_eq!(got[n - 1], (Step::Joined(n as u64 - 1), lines[5].clone()));
    }

    #[test]
    fn a_table_padded_to_one_width_or_a_longer_line_is_not_wrapped() {
        let row = format!("| {:<76} |", "220 pyftpdlib ready");
        let mut table: Vec<&str> = vec![&row; 20];
        table.push("");
        let all = [table.clone(), table.clone(), table.clone(), table].concat();
        assert!(steps(&all).iter().all(|(s, _)| *s == Step::Plain));
        // Cut rows, then a line wider than them: the rows held are read, no more held.
        let lines: Vec<String> = (0..4).map(|i| vsftpd(i, "331 Please.")).collect();
        let mut rows = fold(&lines, 64);
        let wide = "w".repeat(65);
        rows.insert(rows.len() - 1, wide.clone());
        let rows: Vec<&str> = rows.iter().map(String::as_str).collect();
        let got = steps(&rows);
        assert!(matches!(
            got[rows.len() - 2].0,
            Step::Flush { held: false, .. }
        ));
        assert_eq!(got[rows.len() - 1].0, Step::Plain);
    }

    /// netsniff-ng 0.6.8's `-l` (round 499): each packet's characters in ` [ Chr ... ]`,
    /// cut at 75 columns, every further row indented by 3 blanks.
    fn packet(i: usize, text: &str) -> String {
        format!(
            " [ Chr ..............E..H.W@.@.sV........2n.....u\\.+(... .<......S..p{i:02}..{text} ]"
        )
    }

    fn hang(line: &str, width: usize, indent: usize) -> Vec<String> {
        let chars: Vec<char> = line.chars().collect();
        let mut rows = vec![chars[..width.min(chars.len())].iter().collect::<String>()];
        for c in chars[width.min(chars.len())..].chunks(width - indent) {
            rows.push(format!(
                "{}{}",
                " ".repeat(indent),
                c.iter().collect::<String>()
            ));
        }
        rows
    }

    #[test]
    fn rows_a_program_cut_at_its_own_width_with_a_hanging_indent_are_read_whole() {
        let lines: Vec<String> = (0..30)
            .map(|i| {
                packet(
                    i,
                    if i % 3 == 0 {
                        "220 (vsFTPd 3.0.3)......................................................................................."
                    } else if i == 16 {
                        // (The cut before a blank of the text: that row starts with 4.)
                        "ab 230 Login successful.."
                    } else {
                        "331 Please specify the password.."
                    },
                )
            })
            .collect();
        // (Each packet after a blank line and its header, as netsniff-ng prints them.)
        let rows: Vec<String> = lines
            .iter()
            .enumerate()
            .flat_map(|(i, l)| {
                let head = [
                    String::new(),
                    format!("< lo 86 1796514427s.4579{i:05}ns #{i} "),
                ];
                head.into_iter().chain(hang(l, 75, 3))
            })
            .collect();
        let rows: Vec<&str> = rows.iter().map(String::as_str).collect();
        let got = steps(&rows);
        let joined = joined(&got);
        // Once the width and the indent have shown (8 rows that a shorter one indented
        // under it ended, and then 3 rows so indented), each packet comes whole, its code
        // too (`..22` / `   0 (vsFTPd` before).
        assert!(joined.len() >= 6, "{joined:?}");
        for line in joined.iter().rev().take(6) {
            assert!(lines.contains(line), "{line:?}");
        }
    }

    #[test]
    fn lines_of_one_width_that_are_whole_are_not_joined() {
        // conntrack -E's lines, all 245 wide, and scapy's packet summaries, all 59 wide,
        // each with its data indented under it: whole lines, no rows.
        let mut rows = Vec::new();
        for i in 0..12 {
            rows.push(format!(
                "Ether / IP / TCP 127.0.0.1:5636{} > 127.0.0.1:12551 PA / Raw",
                i % 10
            ));
            rows.push(format!("    b'230 Login successful {i}.\\r\\n'"));
        }
        let rows: Vec<&str> = rows.iter().map(String::as_str).collect();
        assert!(steps(&rows).iter().all(|(s, _)| *s == Step::Plain));
    }
}
