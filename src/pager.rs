//! Long output on a terminal goes through a pager, as bat does: `$FTPCODE_PAGER`, else
//! `$PAGER`, else `less`; `less` gets `-FRX` (quit if one screen, keep colours, leave the
//! screen as it is). Never for a pipe or a file, nor with `--paging never`.

use std::io::{self, Write};

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
    run(&program, &args, text)
}

/// Starts the pager with `text` on its standard input and waits for it to end.
///
/// Not with std's `Command`: linked in, it makes the binary import some 36 more C library
/// functions, which the loader looks up at every start of every command, 3% of what
/// `explain 502` takes (issue #12). posix_spawnp needs a dozen. As `Command` does, the
/// pager gets the environment and SIGPIPE back at its default (Rust ignores it).
#[cfg(unix)]
fn run(program: &str, args: &[String], text: &[u8]) -> io::Result<bool> {
    use std::ffi::CString;
    use std::os::fd::AsRawFd;
    use std::os::unix::ffi::OsStringExt;

    use nix::errno::Errno;
    use nix::fcntl::OFlag;
    use nix::spawn::{PosixSpawnAttr, PosixSpawnFileActions, PosixSpawnFlags, posix_spawnp};
    use nix::sys::signal::{SigSet, Signal};
    use nix::sys::wait::waitpid;
    use nix::unistd::pipe2;

    // A NUL in a name or argument cannot be passed to a program: no pager, then.
    let Ok(argv) = std::iter::once(program)
        .chain(args.iter().map(String::as_str))
        .map(CString::new)
        .collect::<Result<Vec<_>, _>>()
    else {
        return Ok(false);
    };
    let envp: Vec<CString> = std::env::vars_os()
        .filter_map(|(name, value)| {
            let mut entry = name.into_vec();
            entry.push(b'=');
            entry.extend(value.into_vec());
            CString::new(entry).ok()
        })
        .collect();
    let (read, write) = pipe2(OFlag::O_CLOEXEC)?;
    let mut actions = PosixSpawnFileActions::init()?;
    // dup2 clears close-on-exec on the copy: the pager's stdin is the pipe.
    actions.add_dup2(read.as_raw_fd(), 0)?;
    let mut attr = PosixSpawnAttr::init()?;
    let mut default = SigSet::empty();
    default.add(Signal::SIGPIPE);
    attr.set_sigdefault(&default)?;
    attr.set_flags(PosixSpawnFlags::POSIX_SPAWN_SETSIGDEF)?;
    let Ok(child) = posix_spawnp(&argv[0], &actions, &attr, &argv, &envp) else {
        return Ok(false);
    };
    drop(read);
    let mut pipe = std::fs::File::from(write);
    // The user may quit the pager before reading everything: not an error.
    let written = match pipe.write_all(text) {
        Err(e) if e.kind() != io::ErrorKind::BrokenPipe => Err(e),
        _ => Ok(()),
    };
    drop(pipe);
    while let Err(Errno::EINTR) = waitpid(child, None) {}
    written.map(|()| true)
}

/// Elsewhere, std's `Command`.
#[cfg(not(unix))]
fn run(program: &str, args: &[String], text: &[u8]) -> io::Result<bool> {
    use std::process::{Command, Stdio};

    let child = Command::new(program)
        .args(args)
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
