//! The ftpcode binary: parse, choose colour and width, run, page, map the outcome to an
//! exit status.

// On Linux with glibc (build.rs sets `c_main`) the program starts at C's `main`, without
// std's set-up: for the main thread's stack-overflow message, that set-up reads and parses
// /proc/self/maps, some 100,000 instructions where `explain 502`'s own work is half that.
// What ftpcode needs of it is done below; link/README.md says what is given up.
#![cfg_attr(all(c_main, not(test)), no_main)]

use std::io::{self, IsTerminal, Write};
#[cfg(any(not(c_main), test))]
use std::process::ExitCode;

use ftpcode::Out;
use ftpcode::cli::{self, ColorWhen};
use ftpcode::config::{Command, Paging};
use ftpcode::error::{EXIT_ERROR, EXIT_OK};
use ftpcode::render::text::{Painter, terminal_height, terminal_width};

/// Where the C runtime starts the program (glibc hands the arguments to std on its own,
/// through `.init_array`, so `std::env::args_os` works as ever).
#[cfg(all(c_main, not(test)))]
#[unsafe(no_mangle)]
extern "C" fn main(
    _argc: std::ffi::c_int,
    _argv: *const *const std::ffi::c_char,
) -> std::ffi::c_int {
    // SAFETY: one thread, and no file opened yet.
    unsafe { std_start() };
    // (exit, not a return: it flushes std's stdout, as the end of std's `main` does.)
    std::process::exit(run())
}

/// What std's start does before `main` and ftpcode relies on: standard streams that are
/// closed are opened on /dev/null (so that no file opened later takes their number and
/// gets the output), and SIGPIPE is ignored (so that a closed pipe is an error that ends
/// the run quietly, not a signal).
///
/// # Safety
/// Only before any other thread runs or any file is opened.
#[cfg(all(c_main, not(test)))]
unsafe fn std_start() {
    for fd in 0..3 {
        // SAFETY: fcntl and open take no pointer but the literal path.
        unsafe {
            if libc::fcntl(fd, libc::F_GETFD) == -1
                && io::Error::last_os_error().raw_os_error() == Some(libc::EBADF)
                && libc::open(c"/dev/null".as_ptr(), libc::O_RDWR) == -1
            {
                libc::abort();
            }
        }
    }
    // SAFETY: no other thread can be changing signal dispositions.
    unsafe { libc::signal(libc::SIGPIPE, libc::SIG_IGN) };
}

#[cfg(any(not(c_main), test))]
fn main() -> ExitCode {
    ExitCode::from(u8::try_from(run()).unwrap_or(EXIT_ERROR as u8))
}

/// The whole run; its exit status.
fn run() -> i32 {
    let (config, color) = match cli::try_parse_from(std::env::args_os()) {
        Ok(parsed) => parsed,
        Err(e) => return clap_exit(&e),
    };
    let is_terminal = io::stdout().is_terminal();
    let color = !config.json && wants_color(color, is_terminal);
    let choice = if color {
        anstream::ColorChoice::Always
    } else {
        anstream::ColorChoice::Never
    };
    choice.write_global();
    let painter = Painter::new(color, terminal_width(config.width));
    // Answers (not logs) are laid out in memory and written at once at the end: a long
    // one can then go through a pager on a terminal, and a short one needs no buffer of
    // its own (a few hundred bytes where a buffer would touch pages at start-up).
    let streams = matches!(config.command, Command::Scan { .. } | Command::Strip { .. });
    let page = is_terminal && !streams && config.paging != Paging::Never;

    let mut out = if streams {
        Out::stdout()
    } else {
        Out::Held(Vec::new())
    };
    let mut err = io::stderr();
    let mut output = ftpcode::Output {
        out: &mut out,
        err: &mut err,
        painter,
        is_terminal,
    };
    let result = ftpcode::run(&config, &mut LazyStdin, &mut output);
    let result = result.and_then(|found| {
        if let (true, Out::Held(held)) = (page, &out) {
            let long = terminal_height().is_some_and(|h| held.split(|b| *b == b'\n').count() > h);
            let wanted = config.paging == Paging::Always || long;
            if !held.is_empty() && wanted && ftpcode::pager::show(held)? {
                return Ok(found);
            }
        }
        release(&mut out)
            .map(|()| found)
            .map_err(ftpcode::Error::from)
    });
    match result {
        Ok(found) => found.exit_code(),
        Err(e) if e.is_broken_pipe() => EXIT_OK,
        Err(ftpcode::Error::Reported) => EXIT_ERROR,
        Err(e @ ftpcode::Error::Interrupted) => {
            let _ = out.flush();
            e.exit_code()
        }
        Err(e) => {
            // What was answered before the error still goes out.
            let _ = release(&mut out);
            let _ = writeln!(io::stderr(), "ftpcode: {e}");
            e.exit_code()
        }
    }
}

/// Stdin, opened at its first read: most runs never read it, and opening it makes its
/// 8 KiB buffer, which costs `explain` start-up time.
struct LazyStdin;

impl io::Read for LazyStdin {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        io::stdin().read(buf)
    }
}

/// Writes out what is buffered or held for the pager.
fn release(out: &mut Out) -> io::Result<()> {
    match out {
        Out::Stdout(w) => w.flush(),
        Out::Held(held) => {
            let mut stdout = io::stdout().lock();
            stdout.write_all(held)?;
            stdout.flush()
        }
    }
}

/// Colour for `auto` by the conventions: NO_COLOR (set and not empty) turns it off,
/// CLICOLOR_FORCE (set and not 0) turns it on anywhere, CLICOLOR=0 or TERM=dumb turns it
/// off; otherwise colour on a terminal.
fn wants_color(when: ColorWhen, is_terminal: bool) -> bool {
    let var = |name: &str| std::env::var_os(name).filter(|v| !v.is_empty());
    match when {
        ColorWhen::Always => true,
        ColorWhen::Never => false,
        ColorWhen::Auto => {
            if var("NO_COLOR").is_some() {
                false
            } else if var("CLICOLOR_FORCE").is_some_and(|v| v != "0") {
                true
            } else {
                is_terminal
                    && var("CLICOLOR").is_none_or(|v| v != "0")
                    && var("TERM").is_none_or(|v| v != "dumb")
            }
        }
    }
}

/// clap's own exits: help and version on stdout (a failure to write them is an error,
/// as for any other output), usage errors in one line on stderr with status 2.
// Out of line, as every path but the answer is: see link/README.md.
#[inline(never)]
fn clap_exit(e: &clap::Error) -> i32 {
    use clap::error::ErrorKind;
    match e.kind() {
        ErrorKind::DisplayHelp | ErrorKind::DisplayVersion => {
            let text = e.render().to_string();
            let mut out = io::stdout().lock();
            match out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
                Ok(()) => EXIT_OK,
                Err(err) if err.kind() == io::ErrorKind::BrokenPipe => EXIT_OK,
                Err(err) => {
                    let _ = writeln!(io::stderr(), "ftpcode: cannot write output: {err}");
                    EXIT_ERROR
                }
            }
        }
        // (`ftpcode` alone prints the help, on standard error, as clap does.)
        ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => {
            let _ = e.print();
            e.exit_code()
        }
        _ => {
            let _ = writeln!(io::stderr(), "ftpcode: {}", cli::usage_error(e));
            e.exit_code()
        }
    }
}
