//! The code layout that makes `explain` start fast (link/README.md): `build.rs` hands
//! `link/explain-first.ld` to the linker, and the script's patterns still name functions
//! of this crate. The binary under test is the one these tests run, read as ELF.

#![cfg(all(
    target_os = "linux",
    target_pointer_width = "64",
    target_endian = "little"
))]

use std::path::Path;

/// The script's patterns: the names inside `*(.text.NAME .text.unlikely.NAME)`.
fn patterns() -> Vec<String> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("link/explain-first.ld");
    let script = std::fs::read_to_string(&path).expect("link/explain-first.ld is readable");
    // The code's section comes first; the data's sections after it are fixed text.
    let code = script
        .split("INSERT BEFORE .text;")
        .next()
        .expect("the code's section, inserted before .text");
    let mut names = Vec::new();
    for description in code.split("*(").skip(1) {
        let inner = description
            .split_once(')')
            .unwrap_or_else(|| panic!("an unclosed pattern: *({description}"))
            .0;
        let sections: Vec<&str> = inner.split_whitespace().collect();
        let [hot, cold] = sections[..] else {
            panic!("two sections expected: *({inner})");
        };
        let name = hot.strip_prefix(".text.").expect(".text.NAME first");
        assert_eq!(cold, format!(".text.unlikely.{name}"), "*({inner})");
        // A Rust symbol's name ends in a hash that differs between builds.
        if name.starts_with("_R") || name.starts_with("_ZN") {
            assert!(name.ends_with('*'), "a pattern ends in `*`: {name}");
        }
        names.push(name.to_owned());
    }
    names
}

/// The binary's sections and function symbols, from its ELF headers.
struct Elf {
    sections: Vec<(String, u64, u64)>,
    symbols: Vec<String>,
}

impl Elf {
    /// A section's (name, address, size).
    fn section(&self, name: &str) -> Option<(String, u64, u64)> {
        self.sections.iter().find(|s| s.0 == name).cloned()
    }
}

fn elf() -> Elf {
    let bytes = std::fs::read(env!("CARGO_BIN_EXE_ftpcode")).expect("the binary is readable");
    assert_eq!(&bytes[..4], b"\x7fELF");
    let u16_at = |at: usize| u64::from(u16::from_le_bytes([bytes[at], bytes[at + 1]]));
    let u32_at = |at: usize| u64::from(u32::from_le_bytes(bytes[at..at + 4].try_into().unwrap()));
    let u64_at = |at: usize| u64::from_le_bytes(bytes[at..at + 8].try_into().unwrap());
    let (shoff, shentsize, shnum, shstrndx) = (
        u64_at(0x28) as usize,
        u16_at(0x3a) as usize,
        u16_at(0x3c) as usize,
        u16_at(0x3e) as usize,
    );
    // (name offset, type, address, file offset, size, link) of each section header.
    let header = |i: usize| {
        let at = shoff + i * shentsize;
        (
            u32_at(at) as usize,
            u32_at(at + 4),
            u64_at(at + 0x10),
            u64_at(at + 0x18) as usize,
            u64_at(at + 0x20) as usize,
            u32_at(at + 0x28) as usize,
        )
    };
    let text = |at: usize| {
        let end = bytes[at..].iter().position(|b| *b == 0).unwrap_or(0);
        String::from_utf8_lossy(&bytes[at..at + end]).into_owned()
    };
    let names_at = header(shstrndx).3;
    let mut elf = Elf {
        sections: Vec::new(),
        symbols: Vec::new(),
    };
    for i in 0..shnum {
        let (name, kind, addr, offset, size, link) = header(i);
        elf.sections
            .push((text(names_at + name), addr, size as u64));
        // SHT_SYMTAB: 24-byte entries whose names are in the linked string table.
        if kind == 2 {
            let strings = header(link).3;
            for entry in (offset..offset + size).step_by(24) {
                let is_function = bytes[entry + 4] & 0xf == 2;
                if is_function {
                    elf.symbols.push(text(strings + u32_at(entry) as usize));
                }
            }
        }
    }
    elf
}

#[test]
fn the_script_is_well_formed_and_starts_with_this_crate() {
    let names = patterns();
    assert!(names.len() >= 20, "{} patterns", names.len());
    assert!(
        names
            .iter()
            .any(|n| n.starts_with("_ZN7ftpcode6render7explain")),
        "explain's rendering is laid out first"
    );
}

/// Skipped where build.rs did not ask for the layout (a linker of the build's own choice,
/// FTPCODE_NO_LINK_ORDER=1).
fn laid_out_here() -> bool {
    env!("FTPCODE_LINK_ORDER") == "on"
}

#[test]
fn the_linker_lays_out_explain_first() {
    if !laid_out_here() {
        return;
    }
    let elf = elf();
    let first = elf
        .section(".text.explain")
        .expect("a .text.explain section: build.rs passes the script");
    let text = elf.section(".text").expect(".text");
    assert!(first.2 > 4096, ".text.explain holds {} bytes", first.2);
    assert!(first.1 < text.1, "laid out before .text");
}

/// The data the loader and every run write: .dynamic (with the GOT after it) starts a
/// page where there is one (a static build has none), and the hot initialised statics
/// sit in `.data.explain`, just before .bss.
#[test]
fn the_written_data_sits_on_few_pages() {
    if !laid_out_here() {
        return;
    }
    let elf = elf();
    if let Some(dynamic) = elf.section(".dynamic") {
        assert_eq!(dynamic.1 % 4096, 0, ".dynamic at {:#x}", dynamic.1);
    }
    let hot = elf
        .section(".data.explain")
        .expect("a .data.explain section");
    let bss = elf.section(".bss").expect(".bss");
    assert!(hot.2 > 0 && hot.1 < bss.1, "{hot:?} before {bss:?}");
}

/// A renamed or removed function leaves its pattern matching nothing: the script is then
/// stale (start-up slows, nothing breaks), and this test says how to renew it. Only this
/// crate's names are checked: the test binary is a debug build, whose functions are this
/// crate's as written, while std's are the same in every build.
#[test]
fn the_patterns_of_this_crate_name_functions_that_exist() {
    if !laid_out_here() {
        return;
    }
    let elf = elf();
    if elf.symbols.is_empty() {
        return; // a stripped binary says nothing
    }
    let patterns = patterns();
    let stale: Vec<&String> = patterns
        .iter()
        .filter(|p| p.starts_with("_ZN7ftpcode"))
        .filter(|p| {
            let prefix = p.trim_end_matches('*');
            !elf.symbols.iter().any(|s| s.starts_with(prefix))
        })
        .collect();
    assert!(
        stale.is_empty(),
        "link/explain-first.ld names functions that no longer exist (run link/generate.sh): {stale:?}"
    );
}

/// Where build.rs links at a fixed address (`-no-pie`), the binary is an executable of
/// type ET_EXEC, which the loader does not relocate; with FTPCODE_PIE=1 it is a PIE
/// (ET_DYN). A build whose own flags choose (a linker of its own, crt-static) is not
/// checked.
#[test]
fn the_binary_is_linked_at_a_fixed_address_unless_asked_not_to() {
    let bytes = std::fs::read(env!("CARGO_BIN_EXE_ftpcode")).expect("the binary is readable");
    let e_type = u16::from_le_bytes([bytes[16], bytes[17]]);
    match env!("FTPCODE_ADDRESS") {
        "fixed" => assert_eq!(e_type, 2, "ET_EXEC expected: build.rs passes -no-pie"),
        "pie" => assert_eq!(e_type, 3, "ET_DYN expected: FTPCODE_PIE=1 keeps PIE"),
        _ => {}
    }
}
