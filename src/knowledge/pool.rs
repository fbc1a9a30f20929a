//! Where the tables' strings and lists live: one pool of text and two of items, which
//! `build.rs` writes, and the rows hold offsets into them ([`Text`], [`List`]) instead of
//! pointers.
//!
//! Why: the binary is position-independent, so every pointer in a static table is a
//! relocation that the loader patches at start-up, writing to (and so copying) every page
//! of the tables. With some ten thousand strings that was most of `ftpcode explain 502`'s
//! time beyond a program that only prints a line (issue #12). Offsets need no patching:
//! the tables stay read-only pages of the file, read only where a lookup touches them.

use std::borrow::Borrow;
use std::fmt;
use std::marker::PhantomData;
use std::ops::Deref;

use serde::{Serialize, Serializer};

use crate::code::ReplyCode;

include!(concat!(env!("OUT_DIR"), "/pool.rs"));

/// A string of the knowledge tables.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct Text {
    at: u32,
    len: u32,
}

impl Text {
    /// The string at bytes `at..at + len` of the pool (only `build.rs` writes these).
    pub(crate) const fn new(at: u32, len: u32) -> Self {
        Text { at, len }
    }

    pub fn as_str(self) -> &'static str {
        let at = self.at as usize;
        // build.rs cuts at char boundaries; an empty string would show a broken row.
        POOL.get(at..at + self.len as usize).unwrap_or_default()
    }
}

impl Deref for Text {
    type Target = str;
    fn deref(&self) -> &'static str {
        self.as_str()
    }
}

impl Borrow<str> for Text {
    fn borrow(&self) -> &str {
        self.as_str()
    }
}

impl fmt::Display for Text {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(self.as_str(), f)
    }
}

impl fmt::Debug for Text {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self.as_str(), f)
    }
}

impl PartialEq<str> for Text {
    fn eq(&self, other: &str) -> bool {
        self.as_str() == other
    }
}

impl PartialEq<&str> for Text {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

impl PartialEq<Text> for &str {
    fn eq(&self, other: &Text) -> bool {
        *self == other.as_str()
    }
}

impl PartialOrd for Text {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Text {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        self.as_str().cmp(other.as_str())
    }
}

impl Serialize for Text {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

/// Items that tables list by offset: each kind has its own pool.
pub trait Pooled: Sized + 'static {
    fn pool() -> &'static [Self];
}

impl Pooled for Text {
    fn pool() -> &'static [Text] {
        &TEXTS
    }
}

impl Pooled for ReplyCode {
    fn pool() -> &'static [ReplyCode] {
        &CODES
    }
}

/// A list of the knowledge tables: items `at..at + len` of its kind's pool.
pub struct List<T> {
    at: u32,
    len: u32,
    kind: PhantomData<T>,
}

impl<T> List<T> {
    pub(crate) const fn new(at: u32, len: u32) -> Self {
        List {
            at,
            len,
            kind: PhantomData,
        }
    }
}

impl<T: Pooled> List<T> {
    pub fn as_slice(&self) -> &'static [T] {
        let at = self.at as usize;
        T::pool()
            .get(at..at + self.len as usize)
            .unwrap_or_default()
    }
}

// By hand: derived impls would ask the same of T.
impl<T> Clone for List<T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T> Copy for List<T> {}

impl<T: Pooled> Deref for List<T> {
    type Target = [T];
    fn deref(&self) -> &'static [T] {
        self.as_slice()
    }
}

impl<T: Pooled> IntoIterator for List<T> {
    type Item = &'static T;
    type IntoIter = std::slice::Iter<'static, T>;
    fn into_iter(self) -> Self::IntoIter {
        self.as_slice().iter()
    }
}

impl<T: Pooled + fmt::Debug> fmt::Debug for List<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self.as_slice(), f)
    }
}

impl<T: Pooled + Serialize> Serialize for List<T> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        self.as_slice().serialize(s)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_table_string_is_whole() {
        // A row's offsets off a char boundary or past the end would read as "".
        for e in crate::knowledge::codes::ENTRIES {
            assert!(!e.title.is_empty() && !e.meaning.is_empty(), "{:?}", e.code);
            assert!(e.sources.iter().all(|s| !s.is_empty()));
        }
        for m in crate::knowledge::servers::MESSAGES {
            assert!(!m.pattern.is_empty() && !m.cause.is_empty() && !m.source.is_empty());
        }
        for e in crate::knowledge::clients::CLIENT_ERRORS {
            assert!(!e.title.is_empty() && !e.patterns.is_empty());
            assert!(e.patterns.iter().all(|p| !p.is_empty()));
        }
        let e = crate::knowledge::codes::lookup(ReplyCode::known(502)).expect("502");
        assert_eq!(e.title, "Command not implemented");
        assert_eq!(e.sources.first().map(|s| s.as_str()), Some("RFC 959 §4.2"));
    }
}
