//! Compiles the knowledge in `data/` into static tables (as bat does with its syntax
//! mappings): the TOML files are read here, checked, and written out as Rust source that
//! `src/knowledge/*` includes. The binary therefore starts with its tables in place and
//! parses nothing at run time. A table that is unsorted, duplicated, or missing a field
//! fails the build with the file and the row named.

use std::cell::RefCell;
use std::collections::{BTreeSet, HashMap};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::{env, fs};

use serde::Deserialize;

fn main() {
    println!("cargo:rerun-if-changed=data");
    let data = Path::new("data");
    let out = PathBuf::from(env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    let codes = codes(&data.join("codes.toml"));
    let known: BTreeSet<u16> = codes.iter().map(|c| c.code).collect();
    write(&out.join("codes.rs"), &codes_rs(&codes, &known));
    write(
        &out.join("sequences.rs"),
        &sequences_rs(&data.join("sequences.toml"), &known),
    );
    write(
        &out.join("pairs.rs"),
        &pairs_rs(&data.join("pairs.toml"), &known),
    );
    write(
        &out.join("servers.rs"),
        &servers_rs(&data.join("servers"), &known),
    );
    write(
        &out.join("clients.rs"),
        &clients_rs(
            &[
                (data.join("clients"), "Client"),
                (data.join("server-logs"), "ServerLog"),
            ],
            &known,
        ),
    );
    write(&out.join("pool.rs"), &POOL.with(|p| p.borrow().rs()));
    let linker = Linker::of_this_build();
    link_order(&linker);
    fixed_address(&linker);
    c_main();
}

/// Linux with glibc: the binary starts at C's `main`, without std's set-up (src/main.rs
/// and link/README.md say why). glibc hands std the arguments through `.init_array`,
/// which is what makes that safe; other C libraries and systems start through std.
fn c_main() {
    println!("cargo::rustc-check-cfg=cfg(c_main)");
    let var = |name: &str| env::var(name).unwrap_or_default();
    if var("CARGO_CFG_TARGET_OS") == "linux" && var("CARGO_CFG_TARGET_ENV") == "gnu" {
        println!("cargo:rustc-cfg=c_main");
    }
}

/// What `build.rs` may ask of the linker.
struct Linker {
    /// An ELF target (Linux, Android) linked by rustc's default linker, through the C
    /// compiler driver.
    default_elf: bool,
    /// Linux proper: Android runs PIE only.
    linux: bool,
    /// Linked statically (`-C target-feature=+crt-static`): rustc chooses PIE or not.
    crt_static: bool,
}

impl Linker {
    fn of_this_build() -> Linker {
        let var = |name: &str| env::var(name).unwrap_or_default();
        let own_linker = env::var_os("RUSTC_LINKER").is_some()
            || ["linker", "fuse-ld", "mold"]
                .iter()
                .any(|flag| var("CARGO_ENCODED_RUSTFLAGS").contains(flag));
        Linker {
            default_elf: matches!(var("CARGO_CFG_TARGET_OS").as_str(), "linux" | "android")
                && !own_linker,
            linux: var("CARGO_CFG_TARGET_OS") == "linux",
            crt_static: var("CARGO_CFG_TARGET_FEATURE")
                .split(',')
                .any(|f| f == "crt-static"),
        }
    }
}

/// Asks the linker to lay out the functions that `explain` runs together at the start of
/// the code (link/README.md says why: start-up is mostly page faults). Only for the ELF
/// linkers that read such a script (lld, the default on x86_64 Linux, and GNU ld); a
/// build that names its own linker keeps the default layout, as does
/// FTPCODE_NO_LINK_ORDER=1 (link/generate.sh builds so).
fn link_order(linker: &Linker) {
    let script = Path::new("link/explain-first.ld");
    println!("cargo:rerun-if-changed={}", script.display());
    println!("cargo:rerun-if-env-changed=FTPCODE_NO_LINK_ORDER");
    // A copy of the sources without the script (a trimmed package) builds all the same.
    let Ok(path) = fs::canonicalize(script) else {
        println!("cargo:rustc-env=FTPCODE_LINK_ORDER=off");
        return;
    };
    let path = path.to_string_lossy();
    // `-Wl,` splits at commas; a path with one keeps the default layout.
    let on = linker.default_elf
        && env::var_os("FTPCODE_NO_LINK_ORDER").is_none_or(|v| v.is_empty())
        && !path.contains(',');
    if on {
        println!("cargo:rustc-link-arg-bins=-Wl,-T,{path}");
        // The written data's layout, for a binary that has a .dynamic section.
        let dynamic = Path::new("link/dynamic.ld");
        println!("cargo:rerun-if-changed={}", dynamic.display());
        if let (false, Ok(dynamic)) = (linker.crt_static, fs::canonicalize(dynamic)) {
            let dynamic = dynamic.to_string_lossy();
            if !dynamic.contains(',') {
                println!("cargo:rustc-link-arg-bins=-Wl,-T,{dynamic}");
            }
        }
    }
    // For tests/link_order.rs, which checks the layout where it was asked for.
    println!(
        "cargo:rustc-env=FTPCODE_LINK_ORDER={}",
        if on { "on" } else { "off" }
    );
}

/// Links the binary at a fixed address (not as a position-independent executable), so
/// that the loader has no pointers to patch at start-up: in a PIE build it patches some
/// 3,000 of them in 15 pages of data on every run, some 40% of what `explain` costs
/// beyond a program that prints one line (link/README.md). The binary's own code and data
/// then load at the same address every run; the stack, heap and libraries are still
/// placed at random. FTPCODE_PIE=1 keeps PIE, as do a build that names its own linker, a
/// static build (whose flags choose) and any target but Linux (Android requires PIE).
fn fixed_address(linker: &Linker) {
    println!("cargo:rerun-if-env-changed=FTPCODE_PIE");
    let ours = linker.default_elf && !linker.crt_static;
    let pie = !linker.linux || env::var_os("FTPCODE_PIE").is_some_and(|v| !v.is_empty());
    if ours && !pie {
        println!("cargo:rustc-link-arg-bins=-no-pie");
    }
    // For tests/link_order.rs: "fixed", "pie", or "theirs" (the build's flags choose).
    let kind = match (ours, pie) {
        (true, false) => "fixed",
        (true, true) => "pie",
        (false, _) => "theirs",
    };
    println!("cargo:rustc-env=FTPCODE_ADDRESS={kind}");
}

/// The strings and lists of every table, which the rows point into by offset (see
/// src/knowledge/pool.rs for why): each string once, each list once.
#[derive(Default)]
struct Pool {
    text: String,
    strings: HashMap<String, (u32, u32)>,
    texts: Vec<(u32, u32)>,
    text_lists: HashMap<Vec<(u32, u32)>, u32>,
    codes: Vec<u16>,
    code_lists: HashMap<Vec<u16>, u32>,
}

thread_local! {
    static POOL: RefCell<Pool> = RefCell::new(Pool::default());
}

fn offset(n: usize) -> u32 {
    u32::try_from(n).expect("the tables fit in 4 GiB")
}

impl Pool {
    fn string(&mut self, s: &str) -> (u32, u32) {
        if let Some(&span) = self.strings.get(s) {
            return span;
        }
        let span = (offset(self.text.len()), offset(s.len()));
        self.text.push_str(s);
        self.strings.insert(s.to_string(), span);
        span
    }

    fn text_list(&mut self, items: &[String]) -> (u32, u32) {
        let spans: Vec<(u32, u32)> = items.iter().map(|s| self.string(s)).collect();
        let len = offset(spans.len());
        if let Some(&at) = self.text_lists.get(&spans) {
            return (at, len);
        }
        let at = offset(self.texts.len());
        self.texts.extend_from_slice(&spans);
        self.text_lists.insert(spans, at);
        (at, len)
    }

    fn code_list(&mut self, items: &[u16]) -> (u32, u32) {
        let len = offset(items.len());
        if let Some(&at) = self.code_lists.get(items) {
            return (at, len);
        }
        let at = offset(self.codes.len());
        self.codes.extend_from_slice(items);
        self.code_lists.insert(items.to_vec(), at);
        (at, len)
    }

    fn rs(&self) -> String {
        let mut s = format!("const POOL: &str = {:?};\n", self.text);
        let _ = writeln!(s, "static TEXTS: [Text; {}] = [", self.texts.len());
        for (at, len) in &self.texts {
            let _ = writeln!(s, "    Text::new({at}, {len}),");
        }
        s.push_str("];\n");
        let _ = writeln!(s, "static CODES: [ReplyCode; {}] = [", self.codes.len());
        for c in &self.codes {
            let _ = writeln!(s, "    ReplyCode::known({c}),");
        }
        s.push_str("];\n");
        s
    }
}

fn write(path: &Path, text: &str) {
    // Unchanged output keeps its timestamp, so the crate is not rebuilt for nothing.
    if fs::read_to_string(path).ok().as_deref() != Some(text) {
        fs::write(path, text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    }
}

fn read<T: for<'de> Deserialize<'de>>(path: &Path) -> T {
    let text = fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    toml::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// A TOML file's name, for messages.
fn name(path: &Path) -> String {
    path.display().to_string()
}

/// Checks a prose field: filled, no stray white space, one paragraph.
fn prose(file: &str, row: &str, field: &str, v: &str) {
    assert!(!v.trim().is_empty(), "{file}: {row}: `{field}` is empty");
    assert_eq!(
        v,
        v.trim(),
        "{file}: {row}: `{field}` has stray white space"
    );
    assert!(
        !v.contains('\n'),
        "{file}: {row}: `{field}` has a line break"
    );
    assert!(
        !v.contains("  "),
        "{file}: {row}: `{field}` has a double space"
    );
}

/// A string of a row: its place in the pool.
fn lit(s: &str) -> String {
    let (at, len) = POOL.with(|p| p.borrow_mut().string(s));
    format!("Text::new({at}, {len})")
}

/// A list of strings of a row.
fn lits(items: &[String]) -> String {
    let (at, len) = POOL.with(|p| p.borrow_mut().text_list(items));
    format!("List::new({at}, {len})")
}

/// A list of codes of a row.
fn codes_lit(items: &[u16]) -> String {
    let (at, len) = POOL.with(|p| p.borrow_mut().code_list(items));
    format!("List::new({at}, {len})")
}

fn opt(s: &Option<String>) -> String {
    match s {
        Some(s) => format!("Some({})", lit(s)),
        None => "None".into(),
    }
}

// ---------------------------------------------------------------- codes

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CodesFile {
    code: Vec<Code>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Code {
    code: u16,
    title: String,
    text: String,
    origin: String,
    advice: String,
    meaning: String,
    when: String,
    fix_client: String,
    fix_server: String,
    disputed: Option<String>,
    related: Vec<u16>,
    sources: Vec<String>,
}

fn codes(path: &Path) -> Vec<Code> {
    let file = name(path);
    let codes = read::<CodesFile>(path).code;
    for w in codes.windows(2) {
        assert!(
            w[0].code < w[1].code,
            "{file}: {} must come after {} (numeric order, no duplicates)",
            w[1].code,
            w[0].code
        );
    }
    for c in &codes {
        let row = format!("code {}", c.code);
        for (field, v) in [
            ("title", &c.title),
            ("text", &c.text),
            ("advice", &c.advice),
            ("meaning", &c.meaning),
            ("when", &c.when),
            ("fix_client", &c.fix_client),
            ("fix_server", &c.fix_server),
        ] {
            prose(&file, &row, field, v);
        }
        if let Some(d) = &c.disputed {
            prose(&file, &row, "disputed", d);
        }
        assert!(
            !c.title.ends_with('.'),
            "{file}: {row}: title ends with a full stop"
        );
        assert!(!c.sources.is_empty(), "{file}: {row}: no sources");
        assert!(!c.related.is_empty(), "{file}: {row}: nothing related");
        assert!(
            matches!(c.origin.as_str(), "rfc" | "unofficial" | "winsock"),
            "{file}: {row}: origin must be rfc, unofficial or winsock"
        );
    }
    codes
}

fn codes_rs(codes: &[Code], known: &BTreeSet<u16>) -> String {
    let mut s = String::from("pub static ENTRIES: &[Entry] = &[\n");
    for c in codes {
        for r in &c.related {
            assert!(
                *r != c.code && known.contains(r),
                "data/codes.toml: code {}: related {r} is not another code of the table",
                c.code
            );
        }
        let origin = match c.origin.as_str() {
            "rfc" => "Origin::Rfc",
            "unofficial" => "Origin::Unofficial",
            _ => "Origin::Winsock",
        };
        let _ = writeln!(
            s,
            "    Entry {{ code: ReplyCode::known({}), title: {}, text: {}, origin: {origin}, \
             advice: {}, meaning: {}, when: {}, fix_client: {}, fix_server: {}, disputed: {}, \
             related: {}, sources: {} }},",
            c.code,
            lit(&c.title),
            lit(&c.text),
            lit(&c.advice),
            lit(&c.meaning),
            lit(&c.when),
            lit(&c.fix_client),
            lit(&c.fix_server),
            opt(&c.disputed),
            codes_lit(&c.related),
            lits(&c.sources),
        );
    }
    s.push_str("];\n");
    s
}

// ---------------------------------------------------------------- sequences

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SequencesFile {
    command: Vec<Command>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Command {
    name: String,
    does: String,
    preliminary: Vec<u16>,
    success: Vec<u16>,
    error: Vec<u16>,
    #[serde(default)]
    practice: Vec<Practice>,
    #[serde(default)]
    advice: Vec<CommandAdvice>,
    sources: Vec<String>,
}

/// What to do about some replies to this command in particular (AUTH refused: the
/// server has no TLS), where the code's own advice would mislead.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CommandAdvice {
    codes: Vec<u16>,
    text: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Practice {
    code: u16,
    source: String,
}

fn sequences_rs(path: &Path, known: &BTreeSet<u16>) -> String {
    let file = name(path);
    let commands = read::<SequencesFile>(path).command;
    for w in commands.windows(2) {
        assert!(
            w[0].name < w[1].name,
            "{file}: {} must come after {} (sorted by name, no duplicates)",
            w[1].name,
            w[0].name
        );
    }
    let mut s = String::from("pub static SEQUENCES: &[Sequence] = &[\n");
    for c in &commands {
        let row = format!("command {}", c.name);
        assert!(
            !c.name.is_empty() && c.name.bytes().all(|b| b.is_ascii_uppercase()),
            "{file}: {row}: the name must be an upper-case command"
        );
        prose(&file, &row, "does", &c.does);
        assert!(!c.sources.is_empty(), "{file}: {row}: no sources");
        let mut seen = BTreeSet::new();
        for code in c
            .preliminary
            .iter()
            .chain(&c.success)
            .chain(&c.error)
            .chain(c.practice.iter().map(|p| &p.code))
        {
            assert!(
                known.contains(code),
                "{file}: {row}: {code} is not in data/codes.toml"
            );
            assert!(seen.insert(*code), "{file}: {row}: {code} is listed twice");
        }
        for p in &c.practice {
            prose(&file, &row, "practice source", &p.source);
        }
        let practice: Vec<String> = c
            .practice
            .iter()
            .map(|p| {
                format!(
                    "Practice {{ code: ReplyCode::known({}), source: {} }}",
                    p.code,
                    lit(&p.source)
                )
            })
            .collect();
        let mut advised = BTreeSet::new();
        for a in &c.advice {
            prose(&file, &row, "advice text", &a.text);
            assert!(!a.codes.is_empty(), "{file}: {row}: advice for no code");
            for code in &a.codes {
                assert!(
                    known.contains(code),
                    "{file}: {row}: advice for {code}, not a known code"
                );
                assert!(
                    advised.insert(*code),
                    "{file}: {row}: two pieces of advice for {code}"
                );
            }
        }
        let advice: Vec<String> = c
            .advice
            .iter()
            .map(|a| {
                format!(
                    "Advice {{ codes: {}, text: {} }}",
                    codes_lit(&a.codes),
                    lit(&a.text)
                )
            })
            .collect();
        let _ = writeln!(
            s,
            "    Sequence {{ command: {}, does: {}, preliminary: {}, success: {}, error: {}, \
             practice: &[{}], advice: &[{}], sources: {} }},",
            lit(&c.name),
            lit(&c.does),
            codes_lit(&c.preliminary),
            codes_lit(&c.success),
            codes_lit(&c.error),
            practice.join(", "),
            advice.join(", "),
            lits(&c.sources),
        );
    }
    s.push_str("];\n");
    s
}

// ---------------------------------------------------------------- pairs

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct PairsFile {
    pair: Vec<Pair>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Pair {
    codes: [u16; 2],
    differences: Vec<String>,
    guidance: Vec<String>,
    sources: Vec<String>,
}

fn pairs_rs(path: &Path, known: &BTreeSet<u16>) -> String {
    let file = name(path);
    let pairs = read::<PairsFile>(path).pair;
    for w in pairs.windows(2) {
        assert!(
            w[0].codes < w[1].codes,
            "{file}: {:?} must come after {:?} (sorted, no duplicates)",
            w[1].codes,
            w[0].codes
        );
    }
    let mut s = String::from("pub static PAIRS: &[PairNote] = &[\n");
    for p in &pairs {
        let row = format!("pair {:?}", p.codes);
        assert!(p.codes[0] < p.codes[1], "{file}: {row}: lower code first");
        for c in p.codes {
            assert!(
                known.contains(&c),
                "{file}: {row}: {c} is not in data/codes.toml"
            );
        }
        assert!(
            !p.differences.is_empty() && !p.guidance.is_empty() && !p.sources.is_empty(),
            "{file}: {row}: differences, guidance and sources must all be given"
        );
        for d in p.differences.iter().chain(&p.guidance) {
            prose(&file, &row, "differences/guidance", d);
        }
        let _ = writeln!(
            s,
            "    PairNote {{ codes: [ReplyCode::known({}), ReplyCode::known({})], differences: {}, \
             guidance: {}, sources: {} }},",
            p.codes[0],
            p.codes[1],
            lits(&p.differences),
            lits(&p.guidance),
            lits(&p.sources),
        );
    }
    s.push_str("];\n");
    s
}

// ---------------------------------------------------------------- servers

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ServerFile {
    server: String,
    greeting: Vec<String>,
    /// The default `source` of the file's messages.
    source: Option<String>,
    message: Vec<Message>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Message {
    code: u16,
    pattern: String,
    cause: String,
    fix: String,
    setting: Option<String>,
    source: Option<String>,
    /// The code is no RFC's: the server made it up (checked against its source).
    #[serde(default)]
    own_code: bool,
}

/// The `*.toml` files of a folder, sorted by name.
fn toml_files(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "toml"))
        .collect();
    files.sort();
    files
}

fn servers_rs(dir: &Path, known: &BTreeSet<u16>) -> String {
    let mut servers = String::from("pub static SERVERS: &[Server] = &[\n");
    // (code, server, pattern, row): sorted by code for lookups, then by server and pattern.
    let mut rows: Vec<(u16, usize, String, String)> = Vec::new();
    for (i, path) in toml_files(dir).iter().enumerate() {
        let file = name(path);
        let f: ServerFile = read(path);
        let slug = path
            .file_stem()
            .and_then(|s| s.to_str())
            .unwrap_or_default();
        prose(&file, "server", "server", &f.server);
        let _ = writeln!(
            servers,
            "    Server {{ name: {}, slug: {}, greeting: {} }},",
            lit(&f.server),
            lit(slug),
            lits(&f.greeting)
        );
        for w in f.message.windows(2) {
            assert!(
                (w[0].code, &w[0].pattern) < (w[1].code, &w[1].pattern),
                "{file}: {} {:?} must come after {} {:?} (sorted by code and pattern, no \
                 duplicates)",
                w[1].code,
                w[1].pattern,
                w[0].code,
                w[0].pattern
            );
        }
        for m in &f.message {
            let row = format!("{} {:?}", m.code, m.pattern);
            assert!(
                m.code >= 100 && m.code <= 699,
                "{file}: {row}: not a reply code (100 to 699)"
            );
            // A code no document defines is possible (servers invent some), but rare
            // enough to be a typo first: the row says it knows (`own_code = true`).
            assert!(
                known.contains(&m.code) != m.own_code,
                "{file}: {row}: {}",
                if m.own_code {
                    "`own_code = true`, but data/codes.toml defines the code"
                } else {
                    "the code is not in data/codes.toml (a server's own code: `own_code = true`)"
                }
            );
            for (field, v) in [
                ("pattern", &m.pattern),
                ("cause", &m.cause),
                ("fix", &m.fix),
            ] {
                prose(&file, &row, field, v);
            }
            let source = m
                .source
                .as_ref()
                .or(f.source.as_ref())
                .unwrap_or_else(|| panic!("{file}: {row}: no source (nor a default `source`)"));
            prose(&file, &row, "source", source);
            if let Some(setting) = &m.setting {
                prose(&file, &row, "setting", setting);
            }
            rows.push((
                m.code,
                i,
                m.pattern.clone(),
                format!(
                    "    ServerMessage {{ server: ServerId({i}), code: ReplyCode::known({}), \
                     pattern: {}, cause: {}, fix: {}, setting: {}, source: {} }},",
                    m.code,
                    lit(&m.pattern),
                    lit(&m.cause),
                    lit(&m.fix),
                    opt(&m.setting),
                    lit(source)
                ),
            ));
        }
    }
    servers.push_str("];\n");
    rows.sort_by(|a, b| (a.0, a.1, &a.2).cmp(&(b.0, b.1, &b.2)));
    let mut s = servers;
    s.push_str("pub static MESSAGES: &[ServerMessage] = &[\n");
    for (.., row) in rows {
        s.push_str(&row);
        s.push('\n');
    }
    s.push_str("];\n");
    s
}

// ---------------------------------------------------------------- clients

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ClientFile {
    client: String,
    /// The default `source` of the file's errors.
    source: Option<String>,
    /// A server's log (data/server-logs): lines every session writes, by which an input is
    /// known for that log where it shows no reply...
    #[serde(default)]
    records: Vec<String>,
    /// ...and what to tell the user of such an input: how to have the replies logged.
    no_replies: Option<String>,
    #[serde(default)]
    error: Vec<ClientErrorRow>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ClientErrorRow {
    id: String,
    patterns: Vec<String>,
    #[serde(default)]
    aliases: Vec<String>,
    number: Option<i64>,
    title: String,
    cause: String,
    behind: String,
    #[serde(default)]
    replies: Vec<u16>,
    fix_client: String,
    fix_server: String,
    source: Option<String>,
    /// The command whose failed reply the line stands for (`PASS` for a failed login), for
    /// the diagnoses: only with a single reply code.
    command: Option<String>,
}

/// `dirs`: each folder of tables, with the role of its programs (a `Role` variant).
fn clients_rs(dirs: &[(PathBuf, &str)], known: &BTreeSet<u16>) -> String {
    let mut clients = String::from("pub static CLIENTS: &[Client] = &[\n");
    let mut rows: Vec<(String, String)> = Vec::new();
    let files = dirs
        .iter()
        .flat_map(|(dir, role)| toml_files(dir).into_iter().map(move |p| (p, *role)));
    for (i, (path, role)) in files.enumerate() {
        let path = &path;
        let file = name(path);
        let f: ClientFile = read(path);
        let slug = path
            .file_stem()
            .and_then(|s| s.to_str())
            .unwrap_or_default();
        prose(&file, "client", "client", &f.client);
        assert!(
            role == "ServerLog" || (f.records.is_empty() && f.no_replies.is_none()),
            "{file}: `records` and `no_replies` are for data/server-logs"
        );
        assert!(
            f.records.is_empty() == f.no_replies.is_none(),
            "{file}: `records` and `no_replies` go together"
        );
        for r in &f.records {
            prose(&file, "client", "records", r);
        }
        if let Some(n) = &f.no_replies {
            prose(&file, "client", "no_replies", n);
        }
        let _ = writeln!(
            clients,
            "    Client {{ name: {}, slug: {}, role: Role::{role}, records: {}, no_replies: {} }},",
            lit(&f.client),
            lit(slug),
            lits(&f.records),
            opt(&f.no_replies)
        );
        for w in f.error.windows(2) {
            assert!(
                w[0].id < w[1].id,
                "{file}: {} must come after {} (sorted by id, no duplicates)",
                w[1].id,
                w[0].id
            );
        }
        for e in &f.error {
            let row = format!("error {}", e.id);
            assert!(
                e.id.starts_with(&format!("{slug}-")),
                "{file}: {row}: the id must start with the file's name ({slug}-)"
            );
            assert!(!e.patterns.is_empty(), "{file}: {row}: no patterns");
            for p in &e.patterns {
                prose(&file, &row, "patterns", p);
                assert!(
                    p.trim_matches('*').chars().count() >= 4,
                    "{file}: {row}: pattern {p:?} is too short to be specific"
                );
            }
            for (field, v) in [
                ("title", &e.title),
                ("cause", &e.cause),
                ("behind", &e.behind),
                ("fix_client", &e.fix_client),
                ("fix_server", &e.fix_server),
            ] {
                prose(&file, &row, field, v);
            }
            for r in &e.replies {
                assert!(
                    known.contains(r),
                    "{file}: {row}: reply {r} is not in data/codes.toml"
                );
            }
            let source = e
                .source
                .as_ref()
                .or(f.source.as_ref())
                .unwrap_or_else(|| panic!("{file}: {row}: no source (nor a default `source`)"));
            prose(&file, &row, "source", source);
            let number = match e.number {
                Some(n) => format!("Some({n})"),
                None => "None".into(),
            };
            if let Some(c) = &e.command {
                assert!(
                    e.replies.len() == 1
                        && c.len() == 4
                        && c.bytes().all(|b| b.is_ascii_uppercase()),
                    "{file}: {row}: `command` needs one reply and a verb of 4 capitals"
                );
            }
            rows.push((
                e.id.clone(),
                format!(
                    "    ClientError {{ client: ClientId({i}), id: {}, patterns: {}, aliases: {}, \
                     number: {number}, title: {}, cause: {}, behind: {}, replies: {}, \
                     fix_client: {}, fix_server: {}, source: {}, command: {} }},",
                    lit(&e.id),
                    lits(&e.patterns),
                    lits(&e.aliases),
                    lit(&e.title),
                    lit(&e.cause),
                    lit(&e.behind),
                    codes_lit(&e.replies),
                    lit(&e.fix_client),
                    lit(&e.fix_server),
                    lit(source),
                    match &e.command {
                        Some(c) => format!("Some({})", lit(c)),
                        None => "None".into(),
                    }
                ),
            ));
        }
    }
    clients.push_str("];\n");
    rows.sort();
    for w in rows.windows(2) {
        assert!(
            w[0].0 != w[1].0,
            "data/clients: the id {} is used twice",
            w[0].0
        );
    }
    let mut s = clients;
    s.push_str("pub static CLIENT_ERRORS: &[ClientError] = &[\n");
    for (_, row) in rows {
        s.push_str(&row);
        s.push('\n');
    }
    s.push_str("];\n");
    s
}
