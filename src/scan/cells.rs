//! A log whose words were split into cells and saved as CSV, as a spreadsheet's text
//! import does when told to split at spaces (Gnumeric's `ssconvert`, Excel's text to
//! columns) and as Miller does with `--inidx --ifs ' ' --ocsv`: ftplib's `*get* '220
//! r648 vsftpd ready.\n'` becomes `*get*,220,r648,vsftpd,ready.\n',,,,` (the import ate
//! the quote), pyftpdlib's `[D ...] 127.0.0.1:56752-[] -> 220 pyftpdlib 2.2.0 ready.`
//! becomes `[D,...,->,220,pyftpdlib,2.2.0,ready.,,,`. Such a row, its words joined by
//! spaces again, is the log's line once more, read as any other.
//!
//! Only a row with no blank in it at all is read so (a log's line has blanks between its
//! words; a CSV row whose cells hold them was not split at them). The first must hold a
//! reply's code alone in a bare cell, its text in the cell after it, and show that its
//! cells are words: padded with empty cells as a sheet pads its shorter rows, under
//! Miller's header of positions, or holding a word the split cut (`[D`). A table's rows
//! fill their columns with whole values, and a table of numbers, or tshark's quoted fields
//! (`"31",,"211","Features:"`), stays the columns' to read.

/// At most this many cells in a row (a longer line of commas is data, not words).
const MAX_CELLS: usize = 64;

/// Whether the input has shown rows of words split into cells.
#[derive(Debug, Default)]
pub struct Cells {
    /// A row with a reply's code in a cell of its own was read as words: the further rows
    /// without a code (`*cmd*,SIZE,size-421.bin'`, a command) are the same log's lines.
    rows: bool,
    /// The line before was Miller's header of positions, `1,2,3,...,9`, which it writes
    /// before each run of rows of as many cells (it pads none).
    positions: bool,
}

impl Cells {
    pub fn reset(&mut self) {
        *self = Cells::default();
    }

    /// Writes `line`'s words to `out`, joined by spaces, where `line` is a row of words
    /// split into cells. Returns where the decoded line stands in `line` (its start).
    pub fn join(&mut self, line: &[u8], out: &mut Vec<u8>) -> Option<usize> {
        let positions = std::mem::take(&mut self.positions);
        if memchr::memchr2(b' ', b'\t', line).is_some() || memchr::memchr(b',', line).is_none() {
            return None;
        }
        if positional(line) {
            self.positions = true;
            return None;
        }
        let at = join(line, out, self.rows, positions)?;
        self.rows = true;
        Some(at)
    }
}

/// Whether a row is `1,2,3,...,N`.
fn positional(line: &[u8]) -> bool {
    let line = line.strip_suffix(b"\r").unwrap_or(line);
    line.split(|b| *b == b',').enumerate().all(|(i, cell)| {
        std::str::from_utf8(cell)
            .ok()
            .and_then(|c| c.parse::<usize>().ok())
            == Some(i + 1)
    })
}

/// Whether a cell holds part of a word the split cut: a bracket or quote it opens and does
/// not close (`[D`, `'USER`), or closes and did not open (`[ftpuser]`'s `user]`,
/// `ready.\n'`).
fn cut_word(cell: &[u8]) -> bool {
    let pair = |open: u8, close: u8| {
        (cell.first() == Some(&open)) != (cell.last() == Some(&close) && cell.len() > 1)
    };
    // (A word's, with a letter: `[220` of a list of numbers is none.)
    cell.len() > 1
        && cell.iter().any(u8::is_ascii_alphabetic)
        && (pair(b'[', b']') || pair(b'(', b')') || pair(b'\'', b'\''))
}

/// [`Cells::join`], where `rows` says whether rows of words have been read before, and
/// `positions` whether Miller's header of positions came right before.
fn join(line: &[u8], out: &mut Vec<u8>, rows: bool, positions: bool) -> Option<usize> {
    let mut cells = [(0usize, 0usize); MAX_CELLS];
    let count = split(line, &mut cells)?;
    let cells = &cells[..count];
    // (Trailing empty cells are the sheet's width, no words of the line.)
    let used = cells.iter().rposition(|&(s, e)| e > s)? + 1;
    if used < if rows { 2 } else { 3 } {
        return None;
    }
    // The first such row shows that it is one: padded to the sheet's width, as a row
    // shorter than the longest is, or under Miller's header of positions, or holding a
    // word the split cut (`[D,2026-12-06,21:20:58]`). A table's row fills its columns
    // with whole values.
    if !rows
        && count - used < 2
        && !positions
        && !cells[..used].iter().any(|&(s, e)| cut_word(&line[s..e]))
    {
        return None;
    }
    let cell = |i: usize| cells.get(i).map_or(&b""[..], |&(s, e)| &line[s..e]);
    let holds_code = (0..used).any(|i| {
        let c = cell(i);
        match c {
            // (The reply's text in the next cell.)
            [b'1'..=b'5', b'0'..=b'9', b'0'..=b'9'] => !cell(i + 1).is_empty(),
            // `211-Features:` of a multi-line reply's first line.
            [b'1'..=b'5', b'0'..=b'9', b'0'..=b'9', b'-', _, ..] => true,
            _ => false,
        }
    });
    // (A row of numbers alone is a table's, `12,220,421,550`.)
    let words = cells[..used]
        .iter()
        .any(|&(s, e)| !line[s..e].iter().all(u8::is_ascii_digit));
    if !(holds_code || rows) || !words {
        return None;
    }
    out.clear();
    for (i, &(s, e)) in cells[..used].iter().enumerate() {
        if i > 0 {
            out.push(b' ');
        }
        match &line[s..e] {
            [b'"', inner @ .., b'"'] => {
                // (`""` in a quoted cell is one quote of the text.)
                let mut quote = false;
                for &b in inner {
                    if b == b'"' && quote {
                        quote = false;
                        continue;
                    }
                    quote = b == b'"';
                    out.push(b);
                }
            }
            cell => out.extend_from_slice(cell),
        }
    }
    Some(0)
}

/// The cells of a comma-separated row, their quotes kept: how many, or None past
/// [`MAX_CELLS`] or where a quote is left open. (Not the columns' splitter: a sheet's rows
/// run to more cells than a header names, Gnumeric's to fifty.)
fn split(line: &[u8], cells: &mut [(usize, usize); MAX_CELLS]) -> Option<usize> {
    let line = line.strip_suffix(b"\r").unwrap_or(line);
    let mut quoted = false;
    let mut start = 0;
    let mut count = 0;
    for (i, &b) in line.iter().enumerate() {
        match b {
            b'"' => quoted = !quoted,
            b',' if !quoted => {
                *cells.get_mut(count)? = (start, i);
                count += 1;
                start = i + 1;
            }
            _ => {}
        }
    }
    if quoted {
        return None;
    }
    *cells.get_mut(count)? = (start, line.len());
    Some(count + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn joined(line: &str) -> Option<String> {
        let mut out = Vec::new();
        join(line.as_bytes(), &mut out, false, false)
            .map(|_| String::from_utf8_lossy(&out).into_owned())
    }

    #[test]
    fn after_a_row_of_words_a_row_without_a_code_is_one_too() {
        let mut cells = Cells::default();
        let mut out = Vec::new();
        assert_eq!(cells.join(b"*cmd*,SIZE,size-421.bin',,", &mut out), None);
        assert_eq!(cells.join(b"*get*,213,421\\n',,", &mut out), Some(0));
        assert_eq!(cells.join(b"*cmd*,SIZE,size-421.bin',,", &mut out), Some(0));
        assert_eq!(out, b"*cmd* SIZE size-421.bin'");
        // (Still no row of numbers, nor a line with blanks.)
        assert_eq!(cells.join(b"12,421,,", &mut out), None);
        assert_eq!(cells.join(b"*cmd* SIZE x,y,z", &mut out), None);
        cells.reset();
        assert_eq!(cells.join(b"*cmd*,SIZE,size-421.bin',,", &mut out), None);
        // Miller's header of positions, then a row of as many cells, unpadded (from the
        // second review); not once a line came between.
        let row = &b"[D,10:00:00],127.0.0.1:56752-[],->,220,pyftpdlib,ready."[..];
        cells.reset();
        assert_eq!(cells.join(b"1,2,3,4,5,6,7", &mut out), None);
        assert_eq!(cells.join(row, &mut out), Some(0));
        cells.reset();
        assert_eq!(cells.join(b"1,2,3,4,5,6,7", &mut out), None);
        assert_eq!(cells.join(b"other text", &mut out), None);
        assert_eq!(cells.join(b"a,b,220,Ready", &mut out), None);
    }

    #[test]
    fn a_word_the_split_cut_shows_a_row_of_words() {
        // The widest row of a sheet, unpadded (from the second review).
        assert_eq!(
            joined("*get*,220,Welcome,to,the,Example,Corp,FTP,archive.\\n'").as_deref(),
            Some("*get* 220 Welcome to the Example Corp FTP archive.\\n'")
        );
        assert!(cut_word(b"[D") && cut_word(b"user]") && cut_word(b"ready.\\n'"));
        assert!(!cut_word(b"[220") && !cut_word(b"21:20:58]"));
        assert!(!cut_word(b"[x]") && !cut_word(b"'x'") && !cut_word(b"Can't") && !cut_word(b"["));
    }

    #[test]
    fn a_row_of_words_is_the_line_again() {
        // Gnumeric's `ssconvert` of ftplib's debug output (round 648), Miller's CSV of
        // pyftpdlib's log (round 634).
        assert_eq!(
            joined("*get*,220,r648,vsftpd,ready.\\n',,,,,,").as_deref(),
            Some("*get* 220 r648 vsftpd ready.\\n'")
        );
        assert_eq!(
            joined("[D,2026-12-06,21:20:58],127.0.0.1:56752-[],->,331,Username,\"ok,\",send,password.,,,").as_deref(),
            Some("[D 2026-12-06 21:20:58] 127.0.0.1:56752-[] -> 331 Username ok, send password.")
        );
        assert_eq!(
            joined("->,211-Features,supported:,,").as_deref(),
            Some("-> 211-Features supported:")
        );
        assert_eq!(
            joined("a,\"\"\"hi\"\"\",220,x,,").as_deref(),
            Some("a \"hi\" 220 x")
        );
        assert_eq!(joined("->,213,421,,").as_deref(), Some("-> 213 421"));
        assert_eq!(
            joined("->,257,\"\"\"/\"\"\",is,current,,").as_deref(),
            Some("-> 257 \"/\" is current")
        );
    }

    #[test]
    fn other_rows_are_left_alone() {
        // Blanks in the row: its cells were not split at them.
        assert_eq!(joined("2026-12-06,RETR,550,No such file"), None);
        // tshark's quoted fields, a row of numbers, a code with no word after it.
        assert_eq!(joined("\"31\",,\"211\",\"Features:\""), None);
        assert_eq!(joined("1,2,3,4,5,6,7,8,9,10,11,12,13"), None);
        assert_eq!(joined("12,220,421,550"), None);
        assert_eq!(joined("x,220,,,"), None);
        assert_eq!(joined("a,b,\"open"), None);
        assert_eq!(joined("220,Ready"), None);
        // A table's rows, its columns filled (JMeter's results, patator's, a sentence
        // with commas), and a list of codes: no padding, no words split into cells.
        assert_eq!(joined("1733500000000,12,FTP,226,OK,TG-1,text,true"), None);
        assert_eq!(joined("530,16,2.021,root:123456,1,Login_incorrect."), None);
        assert_eq!(joined("Saw,550,denied,and,226,ok"), None);
        assert_eq!(joined("[220,331,230]"), None);
        assert_eq!(joined(""), None);
        assert_eq!(joined(&",".repeat(200)), None);
    }
}
