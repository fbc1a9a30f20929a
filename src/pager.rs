//! Long output on a terminal goes through a pager, as bat does: `$FTPCODE_PAGER`, else
//! `$PAGER`, else `less`; `less` gets `-FRX` (quit if one screen, keep colours, leave the
//! screen as it is). Never for a pipe or a file, nor with `--paging never`.

use std::io::{self, Write};
use std::process::{Command, Stdio};

/// The pager to run: its program and arguments.
fn pager() -> Option<(String, Vec<String>)> {
    let spec = std::env::var("FTPCODE_PAGER")
        .or_else(|_| std::env::var("PAGER"))
        .unwrap_or_else(|_| "less".into());
    let mut words = spec.split_whitespace().map(str::to_string);
    let program = words.next()?;
    let mut args: Vec<String> = words.collect();
    let is_less = std::path::Path::new(&program)
        .file_name()
        .is_some_and(|n| n == "less");
    if is_less && args.is_empty() {
        args = vec!["-FRX".into()];
    }
    Some((program, args))
}

/// Shows `text` through the pager; false when no pager could be started (the caller
/// then writes it itself).
// Out of line, so that an answer that is not paged runs none of it (link/README.md).
#[inline(never)]
pub fn show(text: &[u8]) -> io::Result<bool> {
    let Some((program, args)) = pager() else {
        return Ok(false);
    };
    let child = Command::new(&program)
        .args(&args)
        .stdin(Stdio::piped())
        .spawn();
    let Ok(mut child) = child else {
        return Ok(false);
    };
    if let Some(mut stdin) = child.stdin.take() {
        // The user may quit the pager before reading everything: not an error.
        match stdin.write_all(text) {
            Err(e) if e.kind() != io::ErrorKind::BrokenPipe => return Err(e),
            _ => {}
        }
    }
    child.wait()?;
    Ok(true)
}
