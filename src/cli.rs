//! The command line: `briefline [FILE...]`, `open`, `extract`.
//!
//! Errors go to stderr as one line with a non-zero exit; results go to stdout or `-o`.

use crate::export;
use crate::load;
use crate::model::{Briefing, file};
use chrono::NaiveDate;
use clap::{Parser, Subcommand, ValueEnum};
use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// Briefline: offline timeline and briefing viewer for news articles.
#[derive(Parser, Debug)]
#[command(
    name = "briefline",
    version,
    about,
    args_conflicts_with_subcommands = true
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,
    /// Articles (.txt, .md) or briefings (.briefline.ron) to open; none opens the seed article.
    pub files: Vec<PathBuf>,
    /// Reference (publication) date for relative expressions, YYYY-MM-DD.
    #[arg(long, value_parser = parse_date, global = true)]
    pub date: Option<NaiveDate>,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// Open files in the viewer.
    Open { files: Vec<PathBuf> },
    /// Extract a briefing from an article (or re-export a saved briefing).
    Extract {
        /// The article (.txt, .md) or a saved briefing (.briefline.ron).
        article: PathBuf,
        /// Output format.
        #[arg(long, value_enum, default_value_t = Format::Json)]
        format: Format,
        /// Write to this file instead of standard output.
        #[arg(short, long)]
        output: Option<PathBuf>,
    },
}

/// Output formats of `extract`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum Format {
    Json,
    Ron,
    Md,
}

fn parse_date(s: &str) -> Result<NaiveDate, String> {
    NaiveDate::parse_from_str(s, "%Y-%m-%d")
        .map_err(|_| format!("`{s}` is not a date in the form YYYY-MM-DD"))
}

/// Renders a briefing in a CLI format.
pub fn render(b: &Briefing, format: Format) -> Result<String, String> {
    match format {
        Format::Json => Ok(export::json::to_json(b)),
        Format::Md => Ok(export::markdown::to_markdown(b)),
        Format::Ron => file::to_ron(b).map_err(|e| e.to_string()),
    }
}

fn write_out(text: &str, output: Option<&Path>) -> Result<(), String> {
    if let Some(p) = output {
        export::write_atomic(p, text.as_bytes())
            .map_err(|e| format!("{}: could not write: {e}", p.display()))
    } else {
        let mut out = std::io::stdout().lock();
        out.write_all(text.as_bytes())
            .and_then(|()| out.flush())
            .map_err(|e| format!("could not write to standard output: {e}"))
    }
}

/// Runs `extract`.
pub fn extract(
    article: &Path,
    date: Option<NaiveDate>,
    format: Format,
    output: Option<&Path>,
) -> Result<(), String> {
    let b = load::load_path(article, date).map_err(|e| e.to_string())?;
    let text = render(&b, format)?;
    write_out(&text, output)
}

/// Entry point used by `main`.
pub fn run(cli: Cli) -> ExitCode {
    let result = match cli.command {
        Some(Command::Extract {
            article,
            format,
            output,
        }) => extract(&article, cli.date, format, output.as_deref()),
        Some(Command::Open { files }) => crate::app::run_native(files, cli.date),
        None => crate::app::run_native(cli.files, cli.date),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("briefline: {e}");
            ExitCode::FAILURE
        }
    }
}
