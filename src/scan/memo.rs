//! What was worked out for the last few prefixes of lines, kept by their bytes. A log's
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
}
