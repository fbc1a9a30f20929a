//! The committed completions (`completions/`) and man pages (`man/`) must match what
//! the clap definition generates. Refresh them with:
//!
//!     FTPCODE_REGENERATE=1 cargo test --test generated

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use clap_complete::Shell;
use ftpcode::cli;
use roff::{Roff, bold, italic, roman};

const REFRESH: &str = "FTPCODE_REGENERATE=1 cargo test --test generated";

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Every generated file: (path relative to the crate, contents).
fn generate() -> Vec<(String, Vec<u8>)> {
    let mut files = Vec::new();
    for shell in [
        Shell::Bash,
        Shell::Zsh,
        Shell::Fish,
        Shell::PowerShell,
        Shell::Elvish,
    ] {
        let mut buf = Vec::new();
        clap_complete::generate(shell, &mut cli::command(), "ftpcode", &mut buf);
        if shell == Shell::Fish {
            buf.extend_from_slice(fish_positional_values().as_bytes());
        }
        let buf = top_level_codes(shell, String::from_utf8(buf).expect("UTF-8 script"));
        let name = match shell {
            Shell::Bash => "ftpcode.bash",
            Shell::Zsh => "_ftpcode",
            Shell::Fish => "ftpcode.fish",
            Shell::PowerShell => "_ftpcode.ps1",
            _ => "ftpcode.elv",
        };
        files.push((format!("completions/{name}"), buf.into_bytes()));
    }

    let mut cmd = cli::command();
    cmd.build();
    files.push(("man/ftpcode.1".into(), man_page(&cmd, true)));
    for sub in cmd.get_subcommands() {
        let name = format!("man/ftpcode-{}.1", sub.get_name());
        files.push((name, man_page(sub, false)));
    }
    files
}

/// clap_complete's fish script offers no values for positional arguments, so the
/// codes (with their titles) that the clap definition advertises are added here.
fn fish_positional_values() -> String {
    let mut out = String::from(
        "\n# Reply codes with their short text, from the clap definition's possible values.\n",
    );
    let cmd = cli::command();
    for sub in cmd.get_subcommands() {
        for arg in sub.get_positionals() {
            let values = arg.get_possible_values();
            if values.is_empty() {
                continue;
            }
            let items: Vec<String> = values
                .iter()
                .map(|v| {
                    let help = v.get_help().map(|h| h.to_string()).unwrap_or_default();
                    format!("{}\\t'{}'", v.get_name(), help.replace('\'', "\\'"))
                })
                .collect();
            out.push_str(&format!(
                "complete -c ftpcode -n \"__fish_ftpcode_using_subcommand {}\" -f -a \"{}\"\n",
                sub.get_name(),
                items.join(" ")
            ));
        }
    }
    out
}

/// The codes `explain` offers, with their titles: `ftpcode 550` is `ftpcode explain 550`
/// (cli's default_to_explain), so the shells offer them as the first word too, beside
/// the subcommands (clap_complete knows nothing of that default).
fn explain_codes() -> Vec<(String, String)> {
    let cmd = cli::command();
    let explain = cmd
        .get_subcommands()
        .find(|s| s.get_name() == "explain")
        .expect("explain subcommand");
    let values: Vec<(String, String)> = explain
        .get_positionals()
        .flat_map(|a| a.get_possible_values())
        .map(|v| {
            let help = v.get_help().map(|h| h.to_string()).unwrap_or_default();
            (v.get_name().to_string(), help)
        })
        .collect();
    assert!(values.len() > 60, "explain offers the reply codes");
    values
}

/// Adds the codes to the first word's candidates in each shell's script. Each anchor is
/// a line clap_complete writes for the top level; a changed generator fails loudly here.
fn top_level_codes(shell: Shell, script: String) -> String {
    let codes = explain_codes();
    let (anchor, insert) = match shell {
        Shell::Bash => {
            let names: Vec<&str> = codes.iter().map(|(c, _)| c.as_str()).collect();
            (" completions man help\"\n", format!(" {}", names.join(" ")))
        }
        Shell::Zsh => {
            let mut s = String::from("    local codes; codes=(\n");
            for (code, title) in &codes {
                let title = title.replace(':', "\\:").replace('\'', "'\\''");
                s.push_str(&format!("'{code}:{title}' \\\n"));
            }
            s.push_str("    )\n    _describe -t codes 'reply codes (ftpcode CODE explains it)' codes \"$@\"\n");
            (
                "    _describe -t commands 'ftpcode commands' commands \"$@\"\n",
                s,
            )
        }
        Shell::Fish => {
            let items: Vec<String> = codes
                .iter()
                .map(|(c, t)| format!("{c}\\t'{}'", t.replace('\'', "\\'")))
                .collect();
            let line = format!(
                "complete -c ftpcode -n \"__fish_ftpcode_needs_command\" -f -a \"{}\"\n",
                items.join(" ")
            );
            return script + &line;
        }
        Shell::PowerShell => {
            let mut s = String::new();
            for (code, title) in &codes {
                s.push_str(&format!(
                    "            [CompletionResult]::new('{code}', '{code}', \
                     [CompletionResultType]::ParameterValue, '{}')\n",
                    title.replace('\'', "''")
                ));
            }
            (
                "[CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')\n",
                s,
            )
        }
        _ => {
            let mut s = String::new();
            for (code, title) in &codes {
                s.push_str(&format!(
                    "            cand {code} '{}'\n",
                    title.replace('\'', "''")
                ));
            }
            (
                "cand help 'Print this message or the help of the given subcommand(s)'\n",
                s,
            )
        }
    };
    let at = script
        .find(anchor)
        .unwrap_or_else(|| panic!("{shell:?}: no {anchor:?}"));
    let (head, tail) = script.split_at(at + anchor.len());
    if shell == Shell::Bash {
        // Inside the quoted list, before its closing quote.
        let head = head.strip_suffix("\"\n").expect("anchor ends the list");
        return format!("{head}{insert}\"\n{tail}");
    }
    format!("{head}{insert}{tail}")
}

fn man_page(cmd: &clap::Command, top: bool) -> Vec<u8> {
    // The date and version are fixed by the crate, so the pages only change when the CLI does.
    let man = clap_mangen::Man::new(cmd.clone())
        .date("")
        .source(format!("ftpcode {}", env!("CARGO_PKG_VERSION")))
        .manual("User Commands");
    let mut out = Vec::new();
    man.render_title(&mut out).expect("render");
    man.render_name_section(&mut out).expect("render");
    man.render_synopsis_section(&mut out).expect("render");
    extra(&mut out, "DESCRIPTION", description(cmd, top));
    man.render_options_section(&mut out).expect("render");
    if top {
        man.render_subcommands_section(&mut out).expect("render");
    }
    extra(&mut out, "EXAMPLES", examples(cmd, top));
    extra(&mut out, "EXIT STATUS", exit_status());
    extra(&mut out, "ENVIRONMENT", environment());
    extra(&mut out, "SEE ALSO", see_also(cmd, top));
    out
}

fn extra(out: &mut Vec<u8>, title: &str, body: Roff) {
    let mut r = Roff::new();
    r.control("SH", [title]);
    out.extend_from_slice(r.render().as_bytes());
    out.extend_from_slice(body.render().as_bytes());
}

fn description(cmd: &clap::Command, top: bool) -> Roff {
    let mut r = Roff::new();
    if !top {
        let about = cmd.get_about().map(|a| a.to_string()).unwrap_or_default();
        r.text([roman(about)]);
    }
    if top {
        r.text([roman(
            "ftpcode explains the replies of FTP servers from a knowledge table built into the \
             binary: every reply code of RFC 959 and its extensions (RFC 1639, 2228, 2389, 2428, \
             2640, 3659, 4217, 7151), the unofficial codes servers send, and the Windows socket \
             errors that Windows clients show in place of a reply. It needs no network and reads \
             no files. Each explanation gives the meaning, when servers send the reply, what the \
             client and the server side can do, related codes and the documents that define it; \
             where documents disagree, it says so.",
        )]);
    }
    if cmd.get_name() == "scan" {
        for paragraph in cli::SCAN_HELP.split("\n\n") {
            r.control("PP", []);
            r.text([roman(paragraph.replace('\n', " "))]);
        }
    }
    if cmd.get_name() == "explain" || top {
        r.control("PP", []);
        r.text([roman("A QUERY is one of:")]);
        for (form, what) in [
            ("502", "a reply code: three digits, the first 1 to 6."),
            ("10054", "a Windows socket error shown in place of a reply."),
            (
                "\"550 Permission denied.\"",
                "a reply line as the server sent it.",
            ),
            ("\"211-Features:\"", "the first line of a multi-line reply."),
            ("-", "read a reply, or several, from standard input."),
            (
                "5xx, 55x",
                "a class: what its digits mean, and the codes in it.",
            ),
        ] {
            r.control("TP", []);
            r.text([bold(form)]);
            r.text([roman(what)]);
        }
    }
    r
}

fn examples(cmd: &clap::Command, top: bool) -> Roff {
    let mut r = Roff::new();
    let name = cmd.get_name();
    let examples: Vec<_> = cli::EXAMPLES
        .iter()
        .filter(|(line, _)| {
            top || line.contains(name) || (name == "explain" && !line.contains(' '))
        })
        .collect();
    if examples.is_empty() {
        r.text([
            bold("ftpcode help explain"),
            roman(": the help of a subcommand."),
        ]);
    }
    for (line, what) in examples {
        r.control("TP", []);
        r.text([bold(*line)]);
        r.text([roman(*what)]);
    }
    r
}

fn exit_status() -> Roff {
    let mut r = Roff::new();
    for (code, what) in cli::EXIT_STATUS {
        r.control("TP", []);
        r.text([bold(*code)]);
        r.text([roman(*what)]);
    }
    r
}

fn environment() -> Roff {
    let mut r = Roff::new();
    for (var, what) in [
        (
            "NO_COLOR",
            "when set and not empty, no colour unless --color=always.",
        ),
        (
            "CLICOLOR_FORCE",
            "when set and not 0, colour even when the output is not a terminal.",
        ),
        (
            "COLUMNS",
            "the width to wrap text to when the output is not a terminal (default 80).",
        ),
    ] {
        r.control("TP", []);
        r.text([bold(var)]);
        r.text([roman(what)]);
    }
    r
}

fn see_also(cmd: &clap::Command, top: bool) -> Roff {
    let mut pages: Vec<String> = Vec::new();
    if !top {
        pages.push("ftpcode(1)".into());
    }
    let mut root = cli::command();
    root.build();
    for sub in root.get_subcommands() {
        let page = format!("ftpcode-{}(1)", sub.get_name());
        if sub.get_name() != cmd.get_name() {
            pages.push(page);
        }
    }
    pages.extend(["ftp(1)".into(), "lftp(1)".into(), "curl(1)".into()]);
    let mut r = Roff::new();
    let mut text = String::new();
    for (i, p) in pages.iter().enumerate() {
        let _ = write!(text, "{}{p}", if i > 0 { ", " } else { "" });
    }
    r.text([roman(text)]);
    r.control("PP", []);
    r.text([
        roman("RFC 959, File Transfer Protocol (FTP), section 4.2; "),
        italic("https://www.rfc-editor.org/rfc/rfc959"),
    ]);
    r
}

#[test]
fn completions_and_man_pages_are_fresh() {
    let regenerate = std::env::var_os("FTPCODE_REGENERATE").is_some();
    let mut stale = Vec::new();
    for (rel, contents) in generate() {
        let path = root().join(&rel);
        if regenerate {
            std::fs::create_dir_all(path.parent().unwrap_or(Path::new("."))).expect("mkdir");
            std::fs::write(&path, &contents).expect("write");
        } else if std::fs::read(&path).ok().as_deref() != Some(&contents[..]) {
            stale.push(rel);
        }
    }
    assert!(
        stale.is_empty(),
        "stale generated files: {}\nrefresh them with: {REFRESH}",
        stale.join(", ")
    );
}

#[test]
fn man_pages_render_without_warnings() {
    for (rel, _) in generate()
        .into_iter()
        .filter(|(rel, _)| rel.starts_with("man/"))
    {
        let path = root().join(&rel);
        let out = match std::process::Command::new("groff")
            .args(["-man", "-ww", "-z"])
            .arg(&path)
            .output()
        {
            Ok(out) => out,
            Err(e) if std::env::var_os("CI").is_none() => {
                eprintln!("skipping: groff is not installed ({e})");
                return;
            }
            Err(e) => panic!("groff is needed in CI: {e}"),
        };
        assert!(out.status.success(), "groff failed on {rel}");
        assert!(
            out.stderr.is_empty(),
            "groff warns about {rel}:\n{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
}

/// `ftpcode completions SHELL` and `ftpcode man [PAGE]` print exactly what the clap
/// definition generates (so a `cargo install` user gets the same files).
#[test]
fn the_binary_prints_the_generated_files() {
    let bin = env!("CARGO_BIN_EXE_ftpcode");
    for (rel, contents) in generate() {
        let args: Vec<String> = if let Some(page) = rel.strip_prefix("man/") {
            let page = page.trim_end_matches(".1");
            match page.strip_prefix("ftpcode-") {
                Some(sub) => vec!["man".into(), sub.into()],
                None => vec!["man".into()],
            }
        } else {
            let shell = match rel.as_str() {
                "completions/ftpcode.bash" => "bash",
                "completions/_ftpcode" => "zsh",
                "completions/ftpcode.fish" => "fish",
                "completions/_ftpcode.ps1" => "powershell",
                _ => "elvish",
            };
            vec!["completions".into(), shell.into()]
        };
        let out = std::process::Command::new(bin)
            .args(&args)
            .output()
            .expect("run ftpcode");
        assert_eq!(out.status.code(), Some(0), "{args:?}");
        assert!(
            out.stdout == contents,
            "`ftpcode {}` differs from {rel}: rebuild after `{REFRESH}`",
            args.join(" ")
        );
    }
}
