//! The `briefline` binary: parses the command line and hands over to the library.

use clap::Parser as _;

#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> std::process::ExitCode {
    // Taken first, so `--bench-startup` counts argument parsing and app creation.
    let t0 = std::time::Instant::now();
    briefline::cli::run_from(briefline::cli::Cli::parse(), t0)
}
