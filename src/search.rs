//! Full-text search of the knowledge table, best match first.

use crate::knowledge::codes::{self, ENTRIES, Entry};

/// One search result.
#[derive(Debug, Clone, Copy)]
pub struct Hit {
    pub entry: &'static Entry,
    pub score: u32,
}

/// Finds the entries that contain every word (case-insensitive, as a word prefix,
/// so "passiv" finds "passive"), ranked by where the words occur: a word in the
/// title or the command list counts more than one in the fix.
pub fn search(words: &[String]) -> Vec<Hit> {
    let words: Vec<String> = words
        .iter()
        .flat_map(|w| w.split_whitespace())
        .map(str::to_lowercase)
        .collect();
    if words.is_empty() {
        return Vec::new();
    }
    let mut hits: Vec<Hit> = ENTRIES
        .iter()
        .filter_map(|e| {
            let mut total = 0;
            for w in &words {
                let s = score(e, w);
                if s == 0 {
                    return None;
                }
                total += s;
            }
            Some(Hit {
                entry: e,
                score: total,
            })
        })
        .collect();
    hits.sort_by(|a, b| b.score.cmp(&a.score).then(a.entry.code.cmp(&b.entry.code)));
    hits
}

fn score(e: &Entry, word: &str) -> u32 {
    if word.parse::<u16>() == Ok(e.code.get()) {
        return 20;
    }
    let fields: [(&str, u32); 7] = [
        (e.title, 8),
        (e.text, 6),
        (e.meaning, 4),
        (e.when, 3),
        (e.fix_client, 2),
        (e.fix_server, 2),
        (e.disputed.unwrap_or(""), 1),
    ];
    let mut s: u32 = fields
        .iter()
        .map(|(text, weight)| weight * occurrences(text, word).min(3))
        .sum();
    if codes::commands(e.code).any(|c| c.eq_ignore_ascii_case(word)) {
        s += 6;
    }
    s
}

/// How often `word` (lower case) starts a word in `text`.
fn occurrences(text: &str, word: &str) -> u32 {
    let hay = text.to_lowercase();
    let mut n = 0;
    let mut from = 0;
    while let Some(i) = hay[from..].find(word) {
        let at = from + i;
        let starts_word = hay[..at]
            .chars()
            .next_back()
            .is_none_or(|c| !c.is_alphanumeric());
        if starts_word {
            n += 1;
        }
        from = at + word.len();
    }
    n
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_prefixes_only() {
        assert_eq!(occurrences("Passive mode; passively", "passiv"), 2);
        assert_eq!(occurrences("impassive", "passive"), 0);
        assert_eq!(occurrences("", "x"), 0);
    }

    #[test]
    fn empty_query_finds_nothing() {
        assert!(search(&[" ".into()]).is_empty());
    }
}
