//! Searches for fixed substrings, each searcher built once: `memchr::memmem::find` builds
//! a new one on every call, which costs more than the search in a short log line.

/// The first place of the literal `needle` in `haystack`, as `memchr::memmem::find` finds
/// it, with the searcher built on first use and kept.
macro_rules! find {
    ($haystack:expr, $needle:expr) => {{
        static FINDER: std::sync::LazyLock<memchr::memmem::Finder<'static>> =
            std::sync::LazyLock::new(|| memchr::memmem::Finder::new($needle));
        FINDER.find($haystack)
    }};
}

pub(crate) use find;

#[cfg(test)]
mod tests {
    #[test]
    fn finds_as_memmem_does() {
        for hay in [&b""[..], b"]: ", b"x]: y]: ", b"no", b"]:"] {
            assert_eq!(find!(hay, b"]: "), memchr::memmem::find(hay, b"]: "));
        }
    }
}
