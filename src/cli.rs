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
    /// Open the viewer, print `startup_ms=...` once the first frame is shown, and exit.
    #[arg(long)]
    pub bench_startup: bool,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// Open files in the viewer.
    Open { files: Vec<PathBuf> },
    /// Present a briefing fullscreen (the seed article if no file is given).
    Present { file: Option<PathBuf> },
    /// Extract a briefing from an article (or re-export a saved briefing); several articles
    /// (reports of one story) give one merged briefing.
    Extract {
        /// Articles (.txt, .md) or saved briefings (.briefline.ron).
        #[arg(required = true)]
        articles: Vec<PathBuf>,
        /// Output format.
        #[arg(long, value_enum, default_value_t = Format::Json)]
        format: Format,
        /// Write to this file instead of standard output.
        #[arg(short, long)]
        output: Option<PathBuf>,
    },
    /// Extract every article (.txt, .md) in a folder in parallel and write their dated
    /// events as a TSV event list (start, end, label, group = event kind); progress and
    /// throughput go to standard error.
    ImportFolder {
        dir: PathBuf,
        /// Write to this file instead of standard output.
        #[arg(short, long)]
        output: Option<PathBuf>,
        /// Merge the articles (reports of one story) into one briefing instead of writing an
        /// event list: RON, or JSON / Markdown when `-o` ends in `.json` / `.md`.
        #[arg(long)]
        merge: bool,
    },
    /// Export briefing notes or the timeline (Markdown, HTML, PDF, PNG, SVG, JSON, RON).
    Export {
        /// The article (.txt, .md) or a saved briefing (.briefline.ron).
        input: PathBuf,
        #[arg(long, value_enum)]
        format: ExportArg,
        /// Output file (standard output if omitted; PDF and PNG need a file on a terminal).
        #[arg(short, long)]
        output: Option<PathBuf>,
        /// PDF paper size.
        #[arg(long, value_enum, default_value_t = PageArg::A4)]
        page: PageArg,
        /// Image width in pixels (PNG, SVG).
        #[arg(long, default_value_t = 1920, value_parser = clap::value_parser!(u32).range(320..=16384))]
        width: u32,
        /// Image height in pixels (PNG, SVG).
        #[arg(long, default_value_t = 1080, value_parser = clap::value_parser!(u32).range(200..=16384))]
        height: u32,
        /// Dark image background.
        #[arg(long)]
        dark: bool,
        /// Draw the timeline at real scale (no compressed gaps).
        #[arg(long)]
        real_scale: bool,
        /// Leave out items the analyst has not reviewed.
        #[arg(long)]
        exclude_unreviewed: bool,
        /// Include items the analyst rejected.
        #[arg(long)]
        include_rejected: bool,
        /// Leave out the article excerpts.
        #[arg(long)]
        no_excerpts: bool,
    },
    /// Tag the text of a TimeML document with TIMEX3 (its creation time is the reference).
    Timeml {
        /// The TimeML file (.tml).
        input: PathBuf,
        /// Write to this file instead of standard output.
        #[arg(short, long)]
        output: Option<PathBuf>,
    },
    /// Score the temporal tagger on gold TimeML files (TempEval-3 strict/relaxed/value).
    EvalTimeml {
        /// A directory of gold .tml files (searched recursively).
        gold_dir: PathBuf,
        /// Also write every missed, spurious and wrongly valued expression to this file.
        #[arg(long)]
        errors: Option<PathBuf>,
    },
    /// Score quotes and speakers on PolNeAR (a local checkout): quote P/R/F1 (direct,
    /// mixed) and speaker accuracy by kind of mention.
    EvalPolnear {
        /// The PolNeAR checkout (or its `data` folder).
        dir: PathBuf,
        /// The split to score.
        #[arg(long, default_value = "dev")]
        split: String,
        /// Also write every missed and spurious quote and every wrong speaker to this file.
        #[arg(long)]
        errors: Option<PathBuf>,
    },
    /// Score multi-source merging on ECB+ (a local copy of its topic folders): each
    /// sub-topic's articles merged in groups of five; how many of the happenings the corpus
    /// links across articles become one event, and how many joins are right.
    EvalEcbplus {
        /// The folder holding the topic folders (or its parent).
        dir: PathBuf,
        /// The split to score: train, dev, test or all.
        #[arg(long, default_value = "dev")]
        split: String,
        /// Also write every unmerged main happening and every false join to this file.
        #[arg(long)]
        errors: Option<PathBuf>,
        /// Also write each article's rebuilt text here, one folder per group (to open a
        /// group in the app or merge it with `extract`).
        #[arg(long)]
        texts: Option<PathBuf>,
    },
}

/// Export formats.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ExportArg {
    Md,
    Html,
    Pdf,
    Png,
    Svg,
    Json,
    Ron,
}

impl From<ExportArg> for export::ExportFormat {
    fn from(a: ExportArg) -> Self {
        match a {
            ExportArg::Md => export::ExportFormat::Markdown,
            ExportArg::Html => export::ExportFormat::Html,
            ExportArg::Pdf => export::ExportFormat::Pdf,
            ExportArg::Png => export::ExportFormat::Png,
            ExportArg::Svg => export::ExportFormat::Svg,
            ExportArg::Json => export::ExportFormat::Json,
            ExportArg::Ron => export::ExportFormat::Ron,
        }
    }
}

/// Paper sizes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum PageArg {
    A4,
    Letter,
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

/// Refuses an output file that is the input (under any name): it would be overwritten.
fn refuse_input(output: Option<&Path>, input: &Path) -> Result<(), String> {
    match output {
        Some(o) => export::write::refuse_input(o, input).map_err(|e| e.to_string()),
        None => Ok(()),
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
    articles: &[PathBuf],
    date: Option<NaiveDate>,
    format: Format,
    output: Option<&Path>,
) -> Result<(), String> {
    for article in articles {
        refuse_input(output, article)?;
    }
    let b = load::load_and_merge(articles, date).map_err(|e| e.to_string())?;
    // JSON and RON are streamed: a big article's JSON is ten times its size, its RON five.
    let stream = |w: &mut dyn std::io::Write| match format {
        Format::Json => export::json::write_json(&b, w),
        _ => file::write_ron(&b, w).map_err(|e| std::io::Error::other(e.to_string())),
    };
    if matches!(format, Format::Json | Format::Ron) {
        return match output {
            Some(p) => export::write_atomic_via(p, stream)
                .map_err(|e| format!("{}: could not write: {e}", p.display())),
            None => stream(&mut std::io::stdout().lock())
                .map_err(|e| format!("could not write to standard output: {e}")),
        };
    }
    let text = render(&b, format)?;
    write_out(&text, output)
}

/// Runs `export`.
pub fn export_cmd(
    input: &Path,
    date: Option<NaiveDate>,
    format: export::ExportFormat,
    output: Option<&Path>,
    opts: &export::ExportOptions,
) -> Result<(), String> {
    use std::io::IsTerminal as _;
    refuse_input(output, input)?;
    let b = load::load_path(input, date).map_err(|e| e.to_string())?;
    if let Some(p) = output {
        return export::export_to(&b, format, opts, p).map_err(|e| e.to_string());
    }
    let binary = matches!(
        format,
        export::ExportFormat::Pdf | export::ExportFormat::Png
    );
    if binary && std::io::stdout().is_terminal() {
        return Err(format!(
            "{} output is binary: give a file with -o",
            format.extension().to_uppercase()
        ));
    }
    let bytes = export::render(&b, format, opts).map_err(|e| e.to_string())?;
    let mut out = std::io::stdout().lock();
    out.write_all(&bytes)
        .and_then(|()| out.flush())
        .map_err(|e| format!("could not write to standard output: {e}"))
}

/// Runs `import-folder`.
pub fn import_folder(
    dir: &Path,
    date: Option<NaiveDate>,
    output: Option<&Path>,
) -> Result<(), String> {
    use std::sync::atomic::AtomicBool;
    if let Some(o) = output {
        for article in crate::import::article_paths(dir).unwrap_or_default() {
            refuse_input(Some(o), &article)?;
        }
    }
    let t = std::time::Instant::now();
    let report = |done: usize, total: usize| {
        if done == total || done.is_multiple_of(64) {
            eprint!("\rextracting articles: {done}/{total}");
        }
    };
    let r = crate::import::import_folder(dir, date, &report, &AtomicBool::new(false))
        .map_err(|e| e.to_string())?;
    let secs = t.elapsed().as_secs_f64().max(1e-9);
    eprintln!();
    for f in &r.failures {
        eprintln!("briefline: skipped {f}");
    }
    eprintln!(
        "{} articles, {:.2} MB in {:.3} s: {:.1} MB/s, {:.0} articles/s, {} dated events",
        r.articles,
        r.bytes as f64 / 1e6,
        secs,
        r.bytes as f64 / 1e6 / secs,
        r.articles as f64 / secs,
        r.table.len()
    );
    if r.articles == 0 {
        return Err(format!(
            "{}: no article could be imported ({} skipped)",
            dir.display(),
            r.failures.len()
        ));
    }
    write_out(&crate::import::to_tsv(&r.table), output)
}

/// Runs `import-folder --merge`: every article of the folder as one merged briefing. An
/// article that cannot be read is reported and skipped; none at all is an error.
pub fn import_folder_merged(
    dir: &Path,
    date: Option<NaiveDate>,
    output: Option<&Path>,
) -> Result<(), String> {
    let paths = crate::import::article_paths(dir).map_err(|e| e.to_string())?;
    if let Some(o) = output {
        for article in &paths {
            refuse_input(Some(o), article)?;
        }
    }
    if paths.is_empty() {
        return Err(crate::import::ImportError::NoArticles {
            path: dir.to_owned(),
        }
        .to_string());
    }
    let t = std::time::Instant::now();
    let (parts, failures) = load::load_each(&paths, date);
    for f in &failures {
        eprintln!("briefline: skipped {f}");
    }
    if parts.is_empty() {
        return Err(format!(
            "{}: no article could be imported ({} skipped)",
            dir.display(),
            failures.len()
        ));
    }
    let n = parts.len();
    let b = crate::merge::merge(parts);
    eprintln!(
        "{n} articles merged in {:.3} s: {} events, {} quotes, {} open questions",
        t.elapsed().as_secs_f64(),
        b.events.len(),
        b.quotes.len(),
        b.questions.len()
    );
    let format = match output.and_then(|o| o.extension()).and_then(|e| e.to_str()) {
        Some(e) if e.eq_ignore_ascii_case("json") => Format::Json,
        Some(e) if e.eq_ignore_ascii_case("md") => Format::Md,
        _ => Format::Ron,
    };
    write_out(&render(&b, format)?, output)
}

/// Runs `timeml`.
pub fn timeml_cmd(input: &Path, output: Option<&Path>) -> Result<(), String> {
    refuse_input(output, input)?;
    let bytes =
        crate::load::read_regular(input, crate::load::MAX_FILE_BYTES).map_err(|e| e.to_string())?;
    let doc =
        crate::timeml::Document::parse(&bytes).map_err(|e| format!("{}: {e}", input.display()))?;
    write_out(&doc.write(&doc.tag()), output)
}

/// Runs `eval-timeml`.
pub fn eval_timeml(dir: &Path, errors: Option<&Path>) -> Result<(), String> {
    let files = crate::timeml::score::eval_dir(dir)?;
    write_errors(errors, files.iter().map(|f| f.errors.as_str()))?;
    write_out(&crate::timeml::score::report(&files), None)
}

/// Writes an evaluator's error lists, one after another, to `path` (if one was given).
fn write_errors<'a>(
    path: Option<&Path>,
    lists: impl Iterator<Item = &'a str>,
) -> Result<(), String> {
    let Some(p) = path else {
        return Ok(());
    };
    let all: String = lists.collect();
    export::write_atomic(p, all.as_bytes())
        .map_err(|e| format!("{}: could not write: {e}", p.display()))
}

/// Runs `eval-polnear`.
pub fn eval_polnear(dir: &Path, split: &str, errors: Option<&Path>) -> Result<(), String> {
    let scores = crate::polnear::score::eval_split(dir, split)?;
    write_errors(errors, scores.iter().map(|s| s.errors.as_str()))?;
    write_out(&crate::polnear::score::report(split, &scores), None)
}

/// Runs `eval-ecbplus`.
pub fn eval_ecbplus(
    dir: &Path,
    split: &str,
    errors: Option<&Path>,
    texts: Option<&Path>,
) -> Result<(), String> {
    if let Some(out) = texts {
        crate::ecbplus::score::write_texts(dir, split, out)?;
    }
    let scores = crate::ecbplus::score::eval_split(dir, split)?;
    write_errors(errors, scores.iter().map(|s| s.errors.as_str()))?;
    write_out(&crate::ecbplus::score::report(split, &scores), None)
}

/// Entry point used by `main`.
pub fn run(cli: Cli) -> ExitCode {
    run_from(cli, std::time::Instant::now())
}

/// [`run`] with the process start time (for `--bench-startup`).
pub fn run_from(cli: Cli, t0: std::time::Instant) -> ExitCode {
    let result = match cli.command {
        _ if cli.bench_startup => startup_probe(cli.files, cli.date, t0),
        Some(Command::ImportFolder { dir, output, merge }) => {
            if merge {
                import_folder_merged(&dir, cli.date, output.as_deref())
            } else {
                import_folder(&dir, cli.date, output.as_deref())
            }
        }
        Some(Command::Extract {
            articles,
            format,
            output,
        }) => extract(&articles, cli.date, format, output.as_deref()),
        Some(Command::Export {
            input,
            format,
            output,
            page,
            width,
            height,
            dark,
            real_scale,
            exclude_unreviewed,
            include_rejected,
            no_excerpts,
        }) => {
            let opts = export::ExportOptions {
                include_unreviewed: !exclude_unreviewed,
                include_rejected,
                include_excerpts: !no_excerpts,
                page: match page {
                    PageArg::A4 => export::PageSize::A4,
                    PageArg::Letter => export::PageSize::Letter,
                },
                image: export::ImageOptions {
                    width,
                    height,
                    view: None,
                    compress_gaps: !real_scale,
                    dark,
                },
            };
            export_cmd(&input, cli.date, format.into(), output.as_deref(), &opts)
        }
        Some(Command::Timeml { input, output }) => timeml_cmd(&input, output.as_deref()),
        Some(Command::EvalTimeml { gold_dir, errors }) => eval_timeml(&gold_dir, errors.as_deref()),
        Some(Command::EvalPolnear { dir, split, errors }) => {
            eval_polnear(&dir, &split, errors.as_deref())
        }
        Some(Command::EvalEcbplus {
            dir,
            split,
            errors,
            texts,
        }) => eval_ecbplus(&dir, &split, errors.as_deref(), texts.as_deref()),
        Some(Command::Open { files }) => open_window(files, cli.date, false),
        Some(Command::Present { file }) => open_window(file.into_iter().collect(), cli.date, true),
        None => open_window(cli.files, cli.date, false),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("briefline: {e}");
            ExitCode::FAILURE
        }
    }
}

#[cfg(feature = "gui")]
fn open_window(files: Vec<PathBuf>, date: Option<NaiveDate>, present: bool) -> Result<(), String> {
    if present {
        crate::ui::shell::run_presenting(files, date)
    } else {
        crate::ui::shell::run_native(files, date)
    }
}

#[cfg(feature = "gui")]
fn startup_probe(
    files: Vec<PathBuf>,
    date: Option<NaiveDate>,
    t0: std::time::Instant,
) -> Result<(), String> {
    crate::ui::shell::run_startup_probe(files, date, t0)
}

#[cfg(not(feature = "gui"))]
fn startup_probe(
    files: Vec<PathBuf>,
    date: Option<NaiveDate>,
    _t0: std::time::Instant,
) -> Result<(), String> {
    open_window(files, date, false)
}

#[cfg(not(feature = "gui"))]
fn open_window(
    _files: Vec<PathBuf>,
    _date: Option<NaiveDate>,
    _present: bool,
) -> Result<(), String> {
    Err(
        "this build has no viewer (built without the `gui` feature); use `extract` or `export`"
            .into(),
    )
}
