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

/// Every place of the literal `needle` in `haystack`, as `memchr::memmem::find_iter`
/// finds them, with the searcher built once.
macro_rules! find_iter {
    ($haystack:expr, $needle:expr) => {{
        static FINDER: std::sync::LazyLock<memchr::memmem::Finder<'static>> =
            std::sync::LazyLock::new(|| memchr::memmem::Finder::new($needle));
        FINDER.find_iter($haystack)
    }};
}

/// The last place of the literal `needle` in `haystack`, as `memchr::memmem::rfind` finds
/// it, with the searcher built once.
macro_rules! rfind {
    ($haystack:expr, $needle:expr) => {{
        static FINDER: std::sync::LazyLock<memchr::memmem::FinderRev<'static>> =
            std::sync::LazyLock::new(|| memchr::memmem::FinderRev::new($needle));
        FINDER.rfind($haystack)
    }};
}

pub(crate) use {find, find_iter, rfind};

#[cfg(test)]
mod tests {
    #[test]
    fn finds_every_place_and_the_last_as_memmem_does() {
        for hay in [&b""[..], b", ", b"a, b, c", b"no", b",,  , "] {
            assert_eq!(
                find_iter!(hay, b", ").collect::<Vec<_>>(),
                memchr::memmem::find_iter(hay, b", ").collect::<Vec<_>>()
            );
            assert_eq!(rfind!(hay, b", "), memchr::memmem::rfind(hay, b", "));
        }
    }

    #[test]
    fn finds_as_memmem_does() {
        for hay in [&b""[..], b"]: ", b"x]: y]: ", b"no", b"]:"] {
            assert_eq!(find!(hay, b"]: "), memchr::memmem::find(hay, b"]: "));
        }
    }
}
