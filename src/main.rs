//! The ftpcode binary: parse, choose colour, run, map the outcome to an exit status.

use std::io::{self, IsTerminal, Write};
use std::process::ExitCode;

use ftpcode::cli::{self, ColorWhen};
use ftpcode::error::{EXIT_ERROR, EXIT_OK};
use ftpcode::render::text::{Painter, terminal_width};

fn main() -> ExitCode {
    let (config, color) = cli::parse_from(std::env::args_os());
    let choice = match color {
        ColorWhen::Always => anstream::ColorChoice::Always,
        ColorWhen::Never => anstream::ColorChoice::Never,
        ColorWhen::Auto => anstream::ColorChoice::Auto,
    };
    choice.write_global();
    // anstream applies NO_COLOR, CLICOLOR_FORCE, TERM and the terminal check to `auto`.
    let color =
        !config.json && anstream::AutoStream::choice(&io::stdout()) != anstream::ColorChoice::Never;
    let is_terminal = io::stdout().is_terminal();

    let mut out = ftpcode::buffered_stdout();
    let mut err = io::stderr();
    let mut output = ftpcode::Output {
        out: &mut out,
        err: &mut err,
        painter: Painter::new(color, terminal_width()),
        is_terminal,
    };
    let result = ftpcode::run(&config, &mut io::stdin(), &mut output)
        .and_then(|found| out.flush().map(|()| found).map_err(ftpcode::Error::from));
    let code = match result {
        Ok(found) => found.exit_code(),
        Err(e) if e.is_broken_pipe() => EXIT_OK,
        Err(ftpcode::Error::Reported) => EXIT_ERROR,
        Err(e @ ftpcode::Error::Interrupted) => {
            let _ = out.flush();
            e.exit_code()
        }
        Err(e) => {
            let _ = out.flush();
            let _ = writeln!(io::stderr(), "ftpcode: {e}");
            e.exit_code()
        }
    };
    ExitCode::from(u8::try_from(code).unwrap_or(EXIT_ERROR as u8))
}
