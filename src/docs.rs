//! The completion scripts and man pages, as committed in `completions/` and `man/`
//! (generated from the clap definition; `tests/generated.rs` keeps them fresh), built
//! into the binary so that `cargo install` users get them: `ftpcode completions bash`,
//! `ftpcode man scan`.

/// Each shell's completion script.
pub const COMPLETIONS: &[(&str, &str)] = &[
    ("bash", include_str!("../completions/ftpcode.bash")),
    ("elvish", include_str!("../completions/ftpcode.elv")),
    ("fish", include_str!("../completions/ftpcode.fish")),
    ("powershell", include_str!("../completions/_ftpcode.ps1")),
    ("zsh", include_str!("../completions/_ftpcode")),
];

/// Each man page, by subcommand ("ftpcode" for the main page).
pub const MAN_PAGES: &[(&str, &str)] = &[
    ("ftpcode", include_str!("../man/ftpcode.1")),
    ("command", include_str!("../man/ftpcode-command.1")),
    ("compare", include_str!("../man/ftpcode-compare.1")),
    ("completions", include_str!("../man/ftpcode-completions.1")),
    ("explain", include_str!("../man/ftpcode-explain.1")),
    ("help", include_str!("../man/ftpcode-help.1")),
    ("list", include_str!("../man/ftpcode-list.1")),
    ("man", include_str!("../man/ftpcode-man.1")),
    ("scan", include_str!("../man/ftpcode-scan.1")),
    ("search", include_str!("../man/ftpcode-search.1")),
    ("strip", include_str!("../man/ftpcode-strip.1")),
];

/// A shell's completion script.
pub fn completions(shell: &str) -> Option<&'static str> {
    COMPLETIONS
        .iter()
        .find(|(s, _)| s.eq_ignore_ascii_case(shell))
        .map(|(_, text)| *text)
}

/// A man page: ftpcode's own (None), or a subcommand's.
pub fn man_page(page: Option<&str>) -> Option<&'static str> {
    let name = page.unwrap_or("ftpcode");
    let name = name.strip_prefix("ftpcode-").unwrap_or(name);
    MAN_PAGES
        .iter()
        .find(|(p, _)| p.eq_ignore_ascii_case(name))
        .map(|(_, text)| *text)
}
