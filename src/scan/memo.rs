//! What was worked out for the last few prefixes of lines (and for reply texts, in
//! [`TextMemo`]), kept by their bytes. A log's
//! lines that follow each other share their start more often than not (one session's
//! lines within a second: `Tue Nov 24 05:53:37 2026 [pid 812] FTP response: Client
//! "10.0.0.5", `), and reading a prefix (its session's key, its shape, whether an error's
//! words stand in it) costs thousands of steps where comparing it costs a few dozen.
//!
//! Only pure functions of the prefix's bytes are kept, so an answer from here is the
//! answer worked out anew (tests hold each use to that).

/// Longer prefixes are read anew each time (they rarely repeat, and the memo stays small).
pub const LONGEST: usize = 512;

/// Values by prefix, for the last `slots` prefixes made an entry of.
pub struct PrefixMemo<V: Copy> {
    entries: Vec<(Vec<u8>, V)>,
    slots: usize,
    next: usize,
    empty: V,
}

impl<V: Copy> PrefixMemo<V> {
    /// A memo of `slots` prefixes, whose new entries start as `empty`.
    pub const fn new(slots: usize, empty: V) -> Self {
        PrefixMemo {
            entries: Vec::new(),
            slots,
            next: 0,
            empty,
        }
    }

    /// What is held for `key`, if it is one of the prefixes kept.
    pub fn get(&self, key: &[u8]) -> Option<V> {
        self.entries
            .iter()
            .find(|(k, _)| k.as_slice() == key)
            .map(|(_, v)| *v)
    }

    /// The entry of `key`, made (as `empty`, in place of the oldest) if it is not kept.
    pub fn entry(&mut self, key: &[u8]) -> &mut V {
        if let Some(i) = self.entries.iter().position(|(k, _)| k.as_slice() == key) {
            return &mut self.entries[i].1;
        }
        let i = if self.entries.len() < self.slots {
            self.entries.push((Vec::new(), self.empty));
            self.entries.len() - 1
        } else {
            let i = self.next;
            self.next = (i + 1) % self.slots;
            i
        };
        let (k, v) = &mut self.entries[i];
        k.clear();
        k.extend_from_slice(key);
        *v = self.empty;
        v
    }
}

/// Values by a small key and a text, in a table of `slots` places chosen by the text's
/// hash (more entries than [`PrefixMemo`] keeps: a server's forty-odd reply texts, asked
/// in any order), each place holding the last entry made there.
pub struct TextMemo<K: Copy + Eq, V: Copy> {
    entries: Vec<Option<(K, Vec<u8>, V)>>,
    slots: usize,
}

impl<K: Copy + Eq, V: Copy> TextMemo<K, V> {
    /// A memo of `slots` places (made on first use).
    pub const fn new(slots: usize) -> Self {
        TextMemo {
            entries: Vec::new(),
            slots,
        }
    }

    fn slot(&self, text: &[u8]) -> usize {
        use std::hash::BuildHasher;
        foldhash::fast::FixedState::with_seed(0x0959).hash_one(text) as usize % self.slots
    }

    /// What is held for `key` and `text`, if it is the entry of their place.
    pub fn get(&self, key: K, text: &[u8]) -> Option<V> {
        match self.entries.get(self.slot(text)) {
            Some(Some((k, t, v))) if *k == key && t.as_slice() == text => Some(*v),
            _ => None,
        }
    }

    /// Makes `value` the entry of `key` and `text`'s place.
    pub fn put(&mut self, key: K, text: &[u8], value: V) {
        if self.entries.is_empty() {
            self.entries.resize_with(self.slots, || None);
        }
        let at = self.slot(text);
        match &mut self.entries[at] {
            Some((k, t, v)) => {
                *k = key;
                t.clear();
                t.extend_from_slice(text);
                *v = value;
            }
            empty => *empty = Some((key, text.to_vec(), value)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn holds_the_last_prefixes_made_entries_of() {
        let mut memo = PrefixMemo::new(2, 0u32);
        *memo.entry(b"a") = 1;
        *memo.entry(b"b") = 2;
        assert_eq!((memo.get(b"a"), memo.get(b"b")), (Some(1), Some(2)));
        // (An entry asked again is the same, not a new one.)
        *memo.entry(b"a") += 10;
        assert_eq!(memo.get(b"a"), Some(11));
        // A third prefix takes the oldest entry's place, and starts empty.
        assert_eq!(*memo.entry(b"c"), 0);
        assert_eq!((memo.get(b"a"), memo.get(b"b")), (None, Some(2)));
        assert_eq!(memo.get(b""), None);
    }

    #[test]
    fn holds_the_last_entry_of_each_place() {
        let mut memo = TextMemo::new(1);
        assert_eq!(memo.get(1u8, b"a"), None);
        memo.put(1u8, b"a", 10u32);
        assert_eq!(
            (memo.get(1, b"a"), memo.get(2, b"a"), memo.get(1, b"b")),
            (Some(10), None, None)
        );
        // (One place: a second text takes it.)
        memo.put(1, b"b", 20);
        assert_eq!((memo.get(1, b"a"), memo.get(1, b"b")), (None, Some(20)));
    }
}
