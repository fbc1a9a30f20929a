//! Keeps the README's examples real: every ```` ```console ```` block of README.md is run
//! and its output compared, byte for byte, with what the block shows.
//!
//! The convention for a block:
//!
//! ````text
//! ```console
//! $ [VAR=value ...] ftpcode ARGS [| head -n N]
//! expected standard output, line by line
//! [exit status N]
//! ```
//! ````
//!
//! * One command per block, on its first line. `ARGS` are split as a shell would split
//!   them: single quotes, double quotes (`\"`, `\\`, `\$` and `` \` `` escaped inside),
//!   and a backslash outside quotes. There is no expansion of `$`, `~` or globs.
//! * Leading `VAR=value` words set variables for the command (`COLUMNS=80`, `NO_COLOR=1`);
//!   nothing else comes from the caller's environment: `NO_COLOR`, `CLICOLOR`,
//!   `CLICOLOR_FORCE`, `TERM`, `COLUMNS`, `PAGER` and `FTPCODE_PAGER` are removed.
//! * `| head -n N` at the end keeps the first N lines of the output, as `head` would;
//!   no other pipe or redirection is understood. Examples that need one (`| jq`,
//!   `| wc -l`, `< file`) go in a ```` ```sh ```` block, which this test does not run.
//! * The rest of the block is standard output exactly (standard error is not shown).
//!   A last line `[exit status N]` gives the expected exit status; without it the
//!   command must succeed (status 0). With `| head` the status is not checked, as a
//!   shell reports `head`'s.
//! * The command runs in the crate's root directory, with standard input empty.
//!
//! When an example changes on purpose, `FTPCODE_BLESS=1 cargo test --test readme`
//! rewrites the blocks of README.md with the output of the binary.

use assert_cmd::Command;

const README: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/README.md");
const CLEARED: &[&str] = &[
    "NO_COLOR",
    "CLICOLOR",
    "CLICOLOR_FORCE",
    "TERM",
    "COLUMNS",
    "PAGER",
    "FTPCODE_PAGER",
];

/// One ```` ```console ```` block of the README.
#[derive(Debug)]
struct Example {
    /// The line of the `$` command in README.md, 1-based.
    line: usize,
    /// The command line without `$ `.
    command: String,
    /// The lines of the block after the command (the `[exit status N]` line included),
    /// as indices into the README's lines.
    body: std::ops::Range<usize>,
    expected: String,
    status: i32,
}

/// The command of a block, parsed.
#[derive(Debug, PartialEq)]
struct Invocation {
    env: Vec<(String, String)>,
    args: Vec<String>,
    head: Option<usize>,
}

fn examples(lines: &[&str]) -> Vec<Example> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        if lines[i].trim_end() != "```console" {
            i += 1;
            continue;
        }
        let open = i;
        let end = (open + 1..lines.len())
            .find(|&j| lines[j].trim_end() == "```")
            .unwrap_or_else(|| panic!("README.md:{}: ```console block not closed", open + 1));
        let first = open + 1;
        let command = lines
            .get(first)
            .filter(|_| first < end)
            .and_then(|l| l.strip_prefix("$ "))
            .unwrap_or_else(|| {
                panic!(
                    "README.md:{}: a ```console block starts with `$ ftpcode ...` \
                     (use ```sh for other commands)",
                    first + 1
                )
            });
        let mut body: Vec<&str> = lines[first + 1..end].to_vec();
        let mut status = 0;
        if let Some(n) = body
            .last()
            .and_then(|l| l.strip_prefix("[exit status "))
            .and_then(|l| l.strip_suffix(']'))
        {
            status = n.parse().expect("[exit status N]");
            body.pop();
        }
        assert!(
            !body.iter().any(|l| l.starts_with("$ ")),
            "README.md:{}: one command per ```console block",
            first + 1
        );
        let mut expected = body.join("\n");
        if !body.is_empty() {
            expected.push('\n');
        }
        out.push(Example {
            line: first + 1,
            command: command.to_string(),
            body: first + 1..end,
            expected,
            status,
        });
        i = end + 1;
    }
    out
}

/// Splits a command line into words as a POSIX shell does, quotes and backslashes
/// only. `|` outside quotes is a word of its own.
fn shell_words(s: &str) -> Result<Vec<String>, String> {
    let mut words = Vec::new();
    let mut word: Option<String> = None;
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        match c {
            ' ' | '\t' => {
                if let Some(w) = word.take() {
                    words.push(w);
                }
            }
            '|' => {
                if let Some(w) = word.take() {
                    words.push(w);
                }
                words.push("|".to_string());
            }
            '\'' => {
                let w = word.get_or_insert_with(String::new);
                loop {
                    match chars.next() {
                        Some('\'') => break,
                        Some(c) => w.push(c),
                        None => return Err("unclosed '".into()),
                    }
                }
            }
            '"' => {
                let w = word.get_or_insert_with(String::new);
                loop {
                    match chars.next() {
                        Some('"') => break,
                        Some('\\') => match chars.next() {
                            Some(c @ ('"' | '\\' | '$' | '`')) => w.push(c),
                            Some(c) => {
                                w.push('\\');
                                w.push(c);
                            }
                            None => return Err("unclosed \"".into()),
                        },
                        Some(c @ ('$' | '`')) => {
                            return Err(format!("{c} inside double quotes is not supported"));
                        }
                        Some(c) => w.push(c),
                        None => return Err("unclosed \"".into()),
                    }
                }
            }
            '\\' => match chars.next() {
                Some(c) => word.get_or_insert_with(String::new).push(c),
                None => return Err("a backslash ends the line".into()),
            },
            '<' | '>' | ';' | '&' | '$' | '`' | '*' | '?' | '~' | '(' | ')' => {
                return Err(format!("`{c}` is not understood here: use a ```sh block"));
            }
            c => word.get_or_insert_with(String::new).push(c),
        }
    }
    if let Some(w) = word {
        words.push(w);
    }
    Ok(words)
}

fn parse(command: &str) -> Result<Invocation, String> {
    let mut words = shell_words(command)?.into_iter().peekable();
    let mut env = Vec::new();
    while let Some(w) = words.next_if(|w| {
        w.split_once('=').is_some_and(|(k, _)| {
            !k.is_empty() && k.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
        })
    }) {
        let (k, v) = w.split_once('=').expect("checked");
        env.push((k.to_string(), v.to_string()));
    }
    if words.next().as_deref() != Some("ftpcode") {
        return Err("the command is not ftpcode: use a ```sh block".into());
    }
    let rest: Vec<String> = words.collect();
    let (args, pipe) = match rest.iter().position(|w| w == "|") {
        Some(p) => (rest[..p].to_vec(), Some(rest[p + 1..].to_vec())),
        None => (rest, None),
    };
    let head = match pipe.as_deref() {
        None => None,
        Some([head, n, lines]) if head == "head" && n == "-n" => {
            Some(lines.parse().map_err(|_| format!("head -n {lines}"))?)
        }
        Some(other) => {
            return Err(format!(
                "only `| head -n N` is understood, not `| {}`: use a ```sh block",
                other.join(" ")
            ));
        }
    };
    Ok(Invocation { env, args, head })
}

/// Runs an example: its standard output (cut as `head` would) and exit status.
fn run(inv: &Invocation) -> (String, Option<i32>) {
    let mut cmd = Command::cargo_bin("ftpcode").expect("binary built");
    cmd.current_dir(env!("CARGO_MANIFEST_DIR"));
    for var in CLEARED {
        cmd.env_remove(var);
    }
    for (k, v) in &inv.env {
        cmd.env(k, v);
    }
    cmd.args(&inv.args).write_stdin(Vec::new());
    let out = cmd.output().expect("run ftpcode");
    let mut stdout = String::from_utf8(out.stdout).expect("UTF-8 output");
    if let Some(n) = inv.head {
        stdout = stdout
            .split_inclusive('\n')
            .take(n)
            .collect::<Vec<_>>()
            .concat();
    }
    (stdout, out.status.code())
}

#[test]
fn readme_examples_are_the_binarys_output() {
    let text = std::fs::read_to_string(README).expect("README.md");
    let lines: Vec<&str> = text.lines().collect();
    let examples = examples(&lines);
    assert!(
        examples.len() >= 10,
        "only {} examples found in README.md",
        examples.len()
    );
    let bless = std::env::var_os("FTPCODE_BLESS").is_some();
    let mut failures = Vec::new();
    let mut blessed: Vec<(std::ops::Range<usize>, Vec<String>)> = Vec::new();
    for e in &examples {
        let inv = parse(&e.command).unwrap_or_else(|why| panic!("README.md:{}: {why}", e.line));
        let (stdout, status) = run(&inv);
        let status_ok = inv.head.is_some() || status == Some(e.status);
        if stdout == e.expected && status_ok {
            continue;
        }
        if bless {
            let mut body: Vec<String> = stdout.lines().map(str::to_string).collect();
            match status {
                Some(0) | None => {}
                Some(_) if inv.head.is_some() => {}
                Some(s) => body.push(format!("[exit status {s}]")),
            }
            blessed.push((e.body.clone(), body));
            continue;
        }
        let mut report = format!("README.md:{}: $ {}\n", e.line, e.command);
        if !status_ok {
            report.push_str(&format!(
                "exit status {status:?}, the README says {}\n",
                e.status
            ));
        }
        if stdout != e.expected {
            report.push_str("--- README\n");
            report.push_str(&e.expected);
            report.push_str("+++ ftpcode\n");
            report.push_str(&stdout);
        }
        failures.push(report);
    }
    if bless && !blessed.is_empty() {
        let mut out: Vec<String> = Vec::with_capacity(lines.len());
        let mut i = 0;
        for (range, body) in &blessed {
            out.extend(lines[i..range.start].iter().map(|l| l.to_string()));
            out.extend(body.iter().cloned());
            i = range.end;
        }
        out.extend(lines[i..].iter().map(|l| l.to_string()));
        let mut new = out.join("\n");
        if text.ends_with('\n') {
            new.push('\n');
        }
        std::fs::write(README, new).expect("write README.md");
        eprintln!("README.md: {} example(s) rewritten", blessed.len());
    }
    assert!(
        failures.is_empty(),
        "{} README example(s) differ from the binary's output:\n\n{}\n\
         If the change is intended: FTPCODE_BLESS=1 cargo test --test readme",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn shell_words_splits_as_a_shell_does() {
    let w = |s: &str| shell_words(s).expect("parses");
    assert_eq!(w("explain 550"), ["explain", "550"]);
    assert_eq!(
        w(r#"explain "curl: (67) Access denied: 530""#),
        ["explain", "curl: (67) Access denied: 530"]
    );
    assert_eq!(w("search 'too many'"), ["search", "too many"]);
    assert_eq!(
        w(r#"a "b \"c\" \\ \n" d\ e"#),
        ["a", r#"b "c" \ \n"#, "d e"]
    );
    assert_eq!(w("a|b"), ["a", "|", "b"]);
    assert_eq!(w("x ''"), ["x", ""]);
    assert!(shell_words("a 'b").is_err());
    assert!(shell_words("a > b").is_err());
    assert!(shell_words("a *.log").is_err());
}

#[test]
fn commands_are_parsed_with_their_variables_and_head() {
    assert_eq!(
        parse("COLUMNS=80 ftpcode list --messages | head -n 5"),
        Ok(Invocation {
            env: vec![("COLUMNS".into(), "80".into())],
            args: vec!["list".into(), "--messages".into()],
            head: Some(5),
        })
    );
    assert!(parse("ftpcode scan x | jq .").is_err());
    assert!(parse("cargo run -- explain 502").is_err());
}

#[test]
fn blocks_are_found_with_their_status() {
    let md = "text\n```console\n$ ftpcode explain 999\nline\n[exit status 1]\n```\n\
              ```sh\n$ ftpcode x | jq\n```\n```console\n$ ftpcode list\n```\n";
    let lines: Vec<&str> = md.lines().collect();
    let e = examples(&lines);
    assert_eq!(e.len(), 2);
    assert_eq!(e[0].command, "ftpcode explain 999");
    assert_eq!(e[0].expected, "line\n");
    assert_eq!(e[0].status, 1);
    assert_eq!(e[0].line, 3);
    assert_eq!(e[0].body, 3..5);
    assert_eq!(e[1].expected, "");
    assert_eq!(e[1].status, 0);
}
