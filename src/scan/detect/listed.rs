//! File names a log has listed that start like a reply (`550 report.txt`, `226 files.txt`,
//! `421-notes.txt`): a client that later names the file (rclone's `DEBUG : 550 report.txt:
//! Need to transfer - ...`, `INFO  : 550 report.txt: Copied (new)`) names an object, not a
//! reply. Learned from the listing lines of the same input (a Unix or DOS listing, MLSD
//! facts), so a log that never listed such a name is not affected at all.

use crate::scan::lex;

/// How many such names are kept (the newest replace the oldest).
const KEPT: usize = 8;

#[derive(Debug, Default, Clone)]
pub(super) struct Listed {
    /// (hash of the name, its length in bytes); `len` 0: empty slot.
    names: [(u64, u16); KEPT],
    next: usize,
}

impl Listed {
    pub(super) fn clear(&mut self) {
        *self = Listed::default();
    }

    /// A listing's line: keeps its file name if it starts like a reply.
    pub(super) fn remember(&mut self, line: &[u8]) {
        let Some(name) = reply_like_name(line) else {
            return;
        };
        let entry = (
            crate::scan::text_key(name),
            name.len().min(usize::from(u16::MAX)) as u16,
        );
        if self.names.contains(&entry) {
            return;
        }
        self.names[self.next] = entry;
        self.next = (self.next + 1) % KEPT;
    }

    /// Whether what starts at `at` (a candidate's code) is a listed name, followed by the
    /// line's end, a colon or a closing mark (`550 report.txt: Copied (new)`): `Some(true)`
    /// where nothing but the name stands there, the line's end or a closing tag after it
    /// (`<msg ...>421-notes.txt</msg>`, a test report's list of the names it fetched).
    pub(super) fn names_at(&self, line: &[u8], at: usize) -> Option<bool> {
        let rest = lex::trim_end(&line[at.min(line.len())..]);
        self.names.iter().find_map(|&(hash, len)| {
            let len = usize::from(len);
            let named = len > 0
                && rest.len() >= len
                && matches!(
                    rest.get(len),
                    None | Some(b':' | b'"' | b'\'' | b'`' | b')' | b']' | b',' | b'<')
                )
                && crate::scan::text_key(&rest[..len]) == hash;
            let after = &rest[len.min(rest.len())..];
            named.then(|| after.is_empty() || after.starts_with(b"</"))
        })
    }
}

/// The last field of a listing's line when it starts with a code-like token (`550 `,
/// `421-`) after a blank or a fact's `;`: the file's name, without a closing quote the
/// line's rendering put around it (`FTP Rx: "type=file;...; 550 report.txt"`).
fn reply_like_name(line: &[u8]) -> Option<&[u8]> {
    let line = lex::trim_end(line);
    let line = line.strip_suffix(b"\"").unwrap_or(line);
    let at = (0..line.len().saturating_sub(3)).rev().find(|&i| {
        matches!(line[i], b'1'..=b'6')
            && line[i + 1..i + 3].iter().all(u8::is_ascii_digit)
            && matches!(line[i + 3], b' ' | b'-')
            && i > 0
            && matches!(line[i - 1], b' ' | b'\t' | b';')
    })?;
    let name = &line[at..];
    // (A DOS listing's size column, after its time: `12-06-26  07:29AM  550 report.txt` is
    // a file of 550 bytes named `report.txt`.)
    let time = lex::last_token(lex::trim_end(&line[..at]));
    if time.ends_with(b"AM") || time.ends_with(b"PM") {
        return None;
    }
    // (A size column and what follows it is no name: `421 Dec  6 07:29 a.txt`.)
    (name.len() > 4 && !name[4..].iter().any(|b| *b == b':' || *b == b'\t')).then_some(name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_that_start_like_replies_are_learned_from_listings() {
        let mut l = Listed::default();
        l.remember(b"FTP Rx: \"type=file;size=12;modify=20261206072914; 550 report.txt\"");
        l.remember(b"-rw-r--r--    1 ftp      ftp             6 Dec 06 07:29 226 files.txt");
        l.remember(b"-rw-r--r--    1 ftp      ftp           421 Dec 06 07:29 size-421.bin");
        let line = b"2026/12/06 07:30:09 DEBUG : 550 report.txt: Need to transfer";
        assert_eq!(l.names_at(line, 28), Some(false));
        assert_eq!(
            l.names_at(b"INFO  : 226 files.txt: Copied (new)", 8),
            Some(false)
        );
        assert_eq!(l.names_at(b"INFO  : 226 files.txt", 8), Some(true));
        assert_eq!(l.names_at(b"<msg>226 files.txt</msg>", 5), Some(true));
        assert_eq!(l.names_at(b"<msg>226 files.txt<br>", 5), Some(false));
        // Another file, or the name inside a reply's own words: a reply.
        assert_eq!(l.names_at(b"550 report.txt.bak: No such file", 0), None);
        assert_eq!(l.names_at(b"550 550 report.txt: No such file", 0), None);
        assert_eq!(l.names_at(b"421 Timeout.", 0), None);
        // The size column of a listing names nothing (`l` saw `size-421.bin`'s line).
        assert_eq!(l.names_at(b"421 Dec 06 07:29 size-421.bin", 0), None);
        assert_eq!(
            l.names_at(b"421 Timeout: closing control connection", 0),
            None
        );
        assert_eq!(
            reply_like_name(b"-rw-r--r-- 1 ftp ftp 421 Dec 06 07:29 size-421.bin"),
            None
        );
        assert_eq!(
            reply_like_name(b"12-06-26  07:29AM         550 report.txt"),
            None
        );
        assert_eq!(
            reply_like_name(b"12-06-26  07:29AM          12 550 report.txt"),
            Some(&b"550 report.txt"[..])
        );
    }
}
