//! The committed completion scripts work in real shells. A shell that is not installed
//! skips its test locally but fails it in CI (CI=true), where `.ci/run` installs it.

use std::path::PathBuf;
use std::process::Command;

fn script(name: &str) -> String {
    let p = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("completions")
        .join(name);
    p.to_string_lossy().into_owned()
}

/// Runs `shell args...`, or returns None when the shell is missing outside CI.
fn shell(shell: &str, args: &[&str]) -> Option<String> {
    match Command::new(shell).args(args).env_remove("HOME").output() {
        Ok(out) => {
            assert!(
                out.status.success(),
                "{shell} failed: {}",
                String::from_utf8_lossy(&out.stderr)
            );
            Some(String::from_utf8_lossy(&out.stdout).into_owned())
        }
        Err(e) if std::env::var_os("CI").is_none() => {
            eprintln!("skipping: {shell} is not installed ({e})");
            None
        }
        Err(e) => panic!("{shell} is needed in CI: {e}"),
    }
}

fn bash_complete(line: &str) -> Option<Vec<String>> {
    let program = format!(
        r#"source '{}'
line='{line}'
read -ra COMP_WORDS <<< "$line"
[[ "$line" == *" " ]] && COMP_WORDS+=("")
COMP_CWORD=$(( ${{#COMP_WORDS[@]}} - 1 ))
COMP_LINE="$line"; COMP_POINT=${{#line}}
_ftpcode ftpcode "${{COMP_WORDS[COMP_CWORD]}}" "${{COMP_WORDS[COMP_CWORD-1]}}"
printf '%s\n' "${{COMPREPLY[@]}}""#,
        script("ftpcode.bash")
    );
    let out = shell("bash", &["--norc", "--noprofile", "-c", &program])?;
    Some(out.lines().map(str::to_string).collect())
}

#[test]
fn bash_completes_subcommands_and_flags() {
    let Some(words) = bash_complete("ftpcode ex") else {
        return;
    };
    assert_eq!(words, ["explain"]);
    let Some(words) = bash_complete("ftpcode explain --c") else {
        return;
    };
    assert_eq!(words, ["--color"]);
    let Some(words) = bash_complete("ftpcode compare --js") else {
        return;
    };
    assert_eq!(words, ["--json"]);
}

fn fish_complete(line: &str) -> Option<Vec<String>> {
    let program = format!("source '{}'; complete -C'{line}'", script("ftpcode.fish"));
    let out = shell("fish", &["--no-config", "-c", &program])?;
    Some(out.lines().map(str::to_string).collect())
}

#[test]
fn fish_completes_with_descriptions() {
    let Some(words) = fish_complete("ftpcode ex") else {
        return;
    };
    assert_eq!(words.len(), 1, "{words:?}");
    assert!(words[0].starts_with("explain\tExplain"), "{words:?}");
    let Some(words) = fish_complete("ftpcode explain --c") else {
        return;
    };
    assert!(words[0].starts_with("--color\t"), "{words:?}");
    // Codes come with their short text.
    let Some(words) = fish_complete("ftpcode explain 55") else {
        return;
    };
    assert!(words.iter().any(|w| w.starts_with("550\t")), "{words:?}");
    assert!(
        words
            .iter()
            .all(|w| w.starts_with("55") && w.contains('\t')),
        "{words:?}"
    );
    let Some(words) = fish_complete("ftpcode compare 421 53") else {
        return;
    };
    assert!(words.iter().any(|w| w.starts_with("530\t")), "{words:?}");
}

#[test]
fn zsh_script_parses_and_describes_codes() {
    let path = script("_ftpcode");
    let Some(_) = shell("zsh", &["-n", &path]) else {
        return;
    };
    let text = std::fs::read_to_string(&path).expect("read _ftpcode");
    assert!(
        text.contains("550\\:"),
        "codes with descriptions missing from the zsh script"
    );
}
