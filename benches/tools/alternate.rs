//! Runs commands in turn (A B C ... A B C ...) and prints each cycle's wall times, one line
//! of tab-separated seconds per cycle, for benches/explain.sh to take ratios of.
//!
//! hyperfine runs all the runs of one command before the next; on a shared machine the
//! load then changes between commands, and a ratio of two commands measured minutes
//! apart moves by more than the 5% it is meant to show. Taken in turn, each cycle's
//! commands see the same load, and the median of the per-cycle ratios stays put.
//!
//! Usage: alternate CYCLES WARMUP 'command args' 'command args' ...
//! (a command is split at spaces; its output goes to /dev/null).
use std::process::{Command, ExitCode, Stdio};
use std::time::Instant;

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1);
    let number = |arg: Option<String>| arg.and_then(|n| n.parse::<usize>().ok());
    let (Some(cycles), Some(warmup)) = (number(args.next()), number(args.next())) else {
        eprintln!("usage: alternate CYCLES WARMUP 'command args' ...");
        return ExitCode::from(2);
    };
    let commands: Vec<Vec<String>> = args
        .map(|c| c.split_whitespace().map(str::to_owned).collect())
        .filter(|c: &Vec<String>| !c.is_empty())
        .collect();
    let run = |c: &[String]| -> Result<f64, String> {
        let start = Instant::now();
        let status = Command::new(&c[0])
            .args(&c[1..])
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status()
            .map_err(|e| format!("{}: {e}", c[0]))?;
        let took = start.elapsed().as_secs_f64();
        if !status.success() {
            return Err(format!("{} failed: {status}", c.join(" ")));
        }
        Ok(took)
    };
    for cycle in 0..warmup + cycles {
        let mut line = Vec::with_capacity(commands.len());
        for c in &commands {
            match run(c) {
                Ok(took) => line.push(format!("{took:.9}")),
                Err(e) => {
                    eprintln!("alternate: {e}");
                    return ExitCode::from(1);
                }
            }
        }
        if cycle >= warmup {
            println!("{}", line.join("\t"));
        }
    }
    ExitCode::SUCCESS
}
