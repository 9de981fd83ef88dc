//! The `briefline` binary: parses the command line and hands over to the library.

use clap::Parser as _;

fn main() -> std::process::ExitCode {
    briefline::cli::run(briefline::cli::Cli::parse())
}
