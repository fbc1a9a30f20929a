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
    assert_eq!(words, ["--command", "--color"]);
    let Some(words) = bash_complete("ftpcode explain --col") else {
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

/// Drives an interactive zsh in a pseudo-terminal (zpty), presses Tab after `line`, and
/// records what the completion functions offer by wrapping `compadd`.
const ZSH_DRIVER: &str = r#"
zmodload zsh/zpty
dir=$1 out=$2 line=$3
: > $out
zpty z zsh -f -i
zpty -w z "PS1=''; fpath=($dir \$fpath); autoload -Uz compinit; compinit -u -D"
zpty -w z "compadd () { local -a __hits; builtin compadd -O __hits \"\$@\"; print -rl -- \"\${__hits[@]}\" >> $out; builtin compadd \"\$@\" }"
zpty -w -n z "$line"$'\t'
for i in {1..100}; do
  [[ -s $out ]] && break
  sleep 0.1
done
sleep 0.3
zpty -d z
"#;

fn zsh_complete(line: &str) -> Option<Vec<String>> {
    // One directory per call: tests run in parallel threads of one process.
    static CALLS: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    let call = CALLS.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let dir = std::env::temp_dir().join(format!("ftpcode-zsh-{}-{call}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let driver = dir.join("driver.zsh");
    let out = dir.join("out");
    std::fs::write(&driver, ZSH_DRIVER).expect("write driver");
    let completions = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("completions");
    shell(
        "zsh",
        &[
            "-f",
            &driver.to_string_lossy(),
            &completions.to_string_lossy(),
            &out.to_string_lossy(),
            line,
        ],
    )?;
    let text = std::fs::read_to_string(&out).unwrap_or_default();
    let _ = std::fs::remove_dir_all(&dir);
    // compadd runs more than once per candidate (listing and insertion); blank calls too.
    let mut words: Vec<String> = text
        .lines()
        .filter(|l| !l.is_empty())
        .map(str::to_string)
        .collect();
    words.dedup();
    Some(words)
}

#[test]
fn zsh_completes_subcommands_flags_and_codes() {
    let Some(words) = zsh_complete("ftpcode ex") else {
        return;
    };
    assert_eq!(words, ["explain"]);
    let Some(words) = zsh_complete("ftpcode explain --c") else {
        return;
    };
    assert!(words.contains(&"--color".to_string()), "{words:?}");
    let Some(words) = zsh_complete("ftpcode explain 55") else {
        return;
    };
    assert_eq!(words, ["550", "551", "552", "553"]);
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

/// U10: `ftpcode 55<Tab>` offers the codes (a bare code is `explain`'s query), and
/// `ftpcode command RE<Tab>` the FTP commands, in each shell.
#[test]
fn first_word_completes_codes_and_command_names() {
    if let Some(words) = bash_complete("ftpcode 55") {
        assert_eq!(words, ["550", "551", "552", "553"]);
    }
    if let Some(words) = bash_complete("ftpcode 100") {
        assert_eq!(
            words,
            ["10054", "10060", "10061", "10065", "10066", "10068"]
        );
    }
    if let Some(words) = bash_complete("ftpcode command RE") {
        assert_eq!(words, ["REIN", "REST", "RETR"]);
    }
    if let Some(words) = fish_complete("ftpcode 55") {
        assert_eq!(
            words,
            [
                "550\tFile unavailable",
                "551\tPage type unknown",
                "552\tStorage allocation exceeded",
                "553\tFile name not allowed"
            ]
        );
    }
    if let Some(words) = zsh_complete("ftpcode 55") {
        assert_eq!(words, ["550", "551", "552", "553"]);
    }
}
