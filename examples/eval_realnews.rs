//! Scores the extractor's article title, event titles and open questions against a local
//! directory of annotated real articles (`NNN_slug.txt` beside `NNN_slug.ann.md`).
//!
//! ```sh
//! cargo run --example eval_realnews -- DIR --split SPLIT.md --set dev [--list]
//! ```
//!
//! The articles are third-party text: they stay outside the repository and this program
//! embeds none of them. `--split` reads which article numbers belong to the chosen set
//! (`dev` or `heldout`) from the corpus's split file, so only those files are opened.
//!
//! What it measures, each item matched to the annotation by its sentence (the annotation
//! gives a sentence's first words; matching ignores case, punctuation and quote glyphs):
//! - **title**: the extracted title equals the annotated headline (a few extra words such as
//!   "UPDATE –" allowed); where the annotation says the text has no headline, the title must
//!   fall back to the file name.
//! - **event titles**: every extracted event is put in one class: `metadata` (its sentence is
//!   an annotated metadata line: banner, byline, timestamp, caption, teaser), `bullet`,
//!   `lead-in`, `reporting-only` ("The statement said"), `quote-fragment` (quote marks or
//!   first/second person), `fragment` (under three words, no verb, or ending on a function
//!   word) or `briefing-line`. The classes are a heuristic reading; `--list` prints every
//!   title for a human check.
//! - **event recall**: annotated events whose sentence gave at least one extracted event.
//! - **open questions**: recall = annotated questions whose sentence gave an extracted
//!   question; precision = extracted questions whose sentence carries an annotated one.

use briefline::extract::{Options, extract_bytes};
use briefline::model::Briefing;
use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

/// What the annotation says about one article.
#[derive(Debug, Default)]
struct Gold {
    /// `None` when the text has no headline.
    title: Option<String>,
    metadata: Vec<Vec<String>>,
    events: Vec<GoldItem>,
    questions: Vec<GoldItem>,
}

/// An annotated event or question: its wording and its sentence's first words.
#[derive(Debug)]
struct GoldItem {
    line: String,
    sentence_start: Vec<String>,
}

/// The class an extracted event title falls in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum TitleClass {
    BriefingLine,
    Metadata,
    Bullet,
    LeadIn,
    ReportingOnly,
    QuoteFragment,
    Fragment,
}

impl TitleClass {
    fn label(self) -> &'static str {
        match self {
            Self::BriefingLine => "briefing-line",
            Self::Metadata => "metadata",
            Self::Bullet => "bullet",
            Self::LeadIn => "lead-in",
            Self::ReportingOnly => "reporting-only",
            Self::QuoteFragment => "quote-fragment",
            Self::Fragment => "fragment",
        }
    }
}

/// Totals over the set.
#[derive(Debug, Default)]
struct Score {
    articles: usize,
    titles_right: usize,
    classes: BTreeMap<TitleClass, usize>,
    events: usize,
    events_on_gold: usize,
    events_on_gold_good: usize,
    gold_events: usize,
    gold_events_found: usize,
    gold_questions: usize,
    gold_questions_found: usize,
    questions: usize,
    questions_on_gold: usize,
    questions_as_questions: usize,
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match run(&args) {
        Ok(report) => print!("{report}"),
        Err(e) => {
            eprintln!("eval_realnews: {e}");
            std::process::exit(2);
        }
    }
}

fn run(args: &[String]) -> Result<String, String> {
    let usage = "usage: eval_realnews DIR --split SPLIT.md --set dev|heldout [--list]";
    let dir = PathBuf::from(args.first().ok_or(usage)?);
    let flag = |name: &str| {
        args.iter()
            .position(|a| a == name)
            .and_then(|i| args.get(i + 1))
    };
    let split = flag("--split").ok_or(usage)?;
    let set = flag("--set").ok_or(usage)?;
    let list = args.iter().any(|a| a == "--list");
    let split_text =
        std::fs::read_to_string(split).map_err(|e| format!("cannot read {split}: {e}"))?;
    let numbers = numbers_in_set(&split_text, set);
    if numbers.is_empty() {
        return Err(format!("no article numbers for set {set:?} in {split}"));
    }
    let mut score = Score::default();
    let mut details = String::new();
    for n in &numbers {
        let (txt, ann) = article_files(&dir, n)?;
        let gold = parse_gold(
            &std::fs::read_to_string(&ann).map_err(|e| format!("{}: {e}", ann.display()))?,
        );
        let bytes = std::fs::read(&txt).map_err(|e| format!("{}: {e}", txt.display()))?;
        let name = txt
            .file_name()
            .map(|f| f.to_string_lossy().into_owned())
            .unwrap_or_default();
        let options = Options {
            source_name: name.clone(),
            ..Options::default()
        };
        let briefing = extract_bytes(&bytes, &options).map_err(|e| format!("{name}: {e}"))?;
        let article_lines = score_article(&mut score, &gold, &briefing, &name);
        if list {
            details.push_str(&article_lines);
        }
    }
    details.push_str(&summary(&score));
    Ok(details)
}

/// The three-digit article numbers listed under `### <set>` in the single-article part of
/// the split file.
fn numbers_in_set(split: &str, set: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut inside = false;
    for line in split.lines() {
        if line.starts_with("## ") && !out.is_empty() {
            break;
        }
        if let Some(head) = line.strip_prefix("### ") {
            if inside {
                break;
            }
            inside = head.split_whitespace().next() == Some(set);
            continue;
        }
        if !inside {
            continue;
        }
        for word in line.split(|c: char| c == ',' || c == '_' || c.is_whitespace()) {
            let w = word.trim_start_matches("- ");
            if w.len() == 3 && w.bytes().all(|b| b.is_ascii_digit()) {
                out.push(w.to_owned());
            }
        }
    }
    out
}

/// `NNN_slug.txt` and `NNN_slug.ann.md` for an article number.
fn article_files(dir: &Path, number: &str) -> Result<(PathBuf, PathBuf), String> {
    let entries = std::fs::read_dir(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    let prefix = format!("{number}_");
    for entry in entries.flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        if name.starts_with(&prefix) && name.ends_with(".ann.md") {
            let stem = name.trim_end_matches(".ann.md");
            return Ok((dir.join(format!("{stem}.txt")), entry.path()));
        }
    }
    Err(format!(
        "no annotation for article {number} in {}",
        dir.display()
    ))
}

/// Lower-case words (letters and digits only): how sentences are compared.
fn words(s: &str) -> Vec<String> {
    s.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// `needle` occurs as a run of words in `hay`.
fn contains_run(hay: &[String], needle: &[String]) -> bool {
    !needle.is_empty() && hay.windows(needle.len()).any(|w| w == needle)
}

/// A sentence is the annotated one when it holds the annotation's first words, or (split
/// differently) when the annotation's first words start with the sentence.
fn same_sentence(sentence: &[String], start: &[String]) -> bool {
    contains_run(sentence, start) || (sentence.len() >= 3 && start.starts_with(sentence))
}

fn parse_gold(ann: &str) -> Gold {
    let mut gold = Gold::default();
    let mut section = "";
    let mut title_seen = false;
    for line in ann.lines() {
        if let Some(head) = line.strip_prefix("## ") {
            section = head.split_whitespace().next().unwrap_or("");
            continue;
        }
        let line = line.trim();
        match section {
            "title" if !title_seen && !line.is_empty() => {
                title_seen = true;
                gold.title = headline_of(line);
            }
            "metadata" if line.starts_with("- ") => {
                gold.metadata.extend(quoted(line).iter().map(|q| words(q)));
            }
            "events" => gold.events.extend(table_row(line, 4, 1)),
            "open" => gold.questions.extend(table_row(line, 3, 1)),
            _ => {}
        }
    }
    gold
}

/// The annotated headline without the annotator's trailing note in parentheses.
fn headline_of(line: &str) -> Option<String> {
    if line.starts_with("(no headline") {
        return None;
    }
    let mut t = line;
    // Two stories on one page are annotated "A: headline" / "B: headline".
    if t.as_bytes().get(1..3) == Some(b": ") && t.starts_with(|c: char| c.is_ascii_uppercase()) {
        t = &t[3..];
    }
    if t.ends_with(')')
        && let Some(open) = t.rfind(" (")
        && t[open + 2..].starts_with(char::is_lowercase)
    {
        t = &t[..open];
    }
    Some(t.trim().to_owned())
}

/// Straight-quoted strings on a line (`"A" / "B" — note`), cut at "…" where the annotator
/// shortened them.
fn quoted(line: &str) -> Vec<String> {
    line.split('"')
        .skip(1)
        .step_by(2)
        .flat_map(|q| q.split('…'))
        .map(|q| q.trim().trim_end_matches('.').to_owned())
        .filter(|q| q.split_whitespace().count() >= 1 && !q.is_empty())
        .collect()
}

/// A table row with `cells` cells: the wording in column `line_col` and the sentence's first
/// words in the last column.
fn table_row(line: &str, cells: usize, line_col: usize) -> Option<GoldItem> {
    let parts: Vec<&str> = line.trim_matches('|').split(" | ").map(str::trim).collect();
    let first = parts.first()?;
    if parts.len() != cells || !first.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let source = parts.last()?.trim_matches('"').trim_end_matches(['…', '"']);
    let sentence_start = words(source);
    (!sentence_start.is_empty()).then(|| GoldItem {
        line: parts.get(line_col).copied().unwrap_or("").to_owned(),
        sentence_start,
    })
}

fn title_right(gold: &Gold, briefing: &Briefing, name: &str) -> bool {
    let got = briefing.meta.title.trim();
    let Some(want) = &gold.title else {
        return got == name;
    };
    let (g, w) = (words(got), words(want));
    g == w || (contains_run(&g, &w) && g.len() <= w.len() + 3)
}

fn score_article(score: &mut Score, gold: &Gold, briefing: &Briefing, name: &str) -> String {
    let mut out = String::new();
    score.articles += 1;
    let title_ok = title_right(gold, briefing, name);
    score.titles_right += usize::from(title_ok);
    let _ = writeln!(
        out,
        "== {name}\n  title {}: {:?} (annotated {:?})",
        if title_ok { "ok" } else { "WRONG" },
        briefing.meta.title,
        gold.title.as_deref().unwrap_or("<none>")
    );
    score_events(score, gold, briefing, &mut out);
    score_questions(score, gold, briefing, &mut out);
    out
}

fn score_events(score: &mut Score, gold: &Gold, briefing: &Briefing, out: &mut String) {
    let sentences: Vec<Vec<String>> = briefing.events.iter().map(|e| words(&e.sentence)).collect();
    for (event, sentence) in briefing.events.iter().zip(&sentences) {
        let title = words(&event.title);
        // Taken from page furniture: the sentence or the title lies inside a metadata line,
        // or a metadata line makes up at least half of the sentence.
        let metadata = gold.metadata.iter().any(|m| {
            m.len() >= 2
                && (contains_run(m, sentence)
                    || (title.len() >= 2 && contains_run(m, &title))
                    || (contains_run(sentence, m) && m.len() * 2 >= sentence.len()))
        });
        let class = if metadata {
            TitleClass::Metadata
        } else {
            classify(&event.title, &event.sentence)
        };
        let on_gold = gold
            .events
            .iter()
            .find(|g| same_sentence(sentence, &g.sentence_start));
        score.events += 1;
        *score.classes.entry(class).or_default() += 1;
        if on_gold.is_some() {
            score.events_on_gold += 1;
            score.events_on_gold_good += usize::from(class == TitleClass::BriefingLine);
        }
        let _ = writeln!(
            out,
            "  event [{}]{} {:?}{}",
            class.label(),
            if on_gold.is_some() {
                ""
            } else {
                " (not annotated)"
            },
            event.title,
            on_gold.map_or(String::new(), |g| format!("  ~ {:?}", g.line))
        );
    }
    for g in &gold.events {
        score.gold_events += 1;
        if sentences
            .iter()
            .any(|s| same_sentence(s, &g.sentence_start))
        {
            score.gold_events_found += 1;
        } else {
            let _ = writeln!(out, "  missed event {:?}", g.line);
        }
    }
}

fn score_questions(score: &mut Score, gold: &Gold, briefing: &Briefing, out: &mut String) {
    let text = briefing.sources.first().map_or("", |s| s.text.as_str());
    let sentences: Vec<Vec<String>> = briefing
        .questions
        .iter()
        .map(|q| {
            q.provenance
                .as_ref()
                .and_then(|p| p.sentence.slice(text))
                .map(words)
                .unwrap_or_default()
        })
        .collect();
    for (q, sentence) in briefing.questions.iter().zip(&sentences) {
        let on_gold = gold
            .questions
            .iter()
            .any(|g| same_sentence(sentence, &g.sentence_start));
        score.questions += 1;
        score.questions_on_gold += usize::from(on_gold);
        score.questions_as_questions += usize::from(q.text.trim_end().ends_with('?'));
        let _ = writeln!(
            out,
            "  question {} {:?}",
            if on_gold { "ok   " } else { "extra" },
            q.text
        );
    }
    for g in &gold.questions {
        score.gold_questions += 1;
        if sentences
            .iter()
            .any(|s| same_sentence(s, &g.sentence_start))
        {
            score.gold_questions_found += 1;
        } else {
            let _ = writeln!(out, "  missed question {:?}", g.line);
        }
    }
}

const REPORTING: &[&str] = &[
    "said",
    "says",
    "say",
    "reported",
    "reports",
    "told",
    "stated",
    "added",
    "announced",
    "according",
    "confirmed",
    "wrote",
    "tweeted",
    "noted",
    "explained",
    "claimed",
    "quoted",
];
const FUNCTION_ENDINGS: &[&str] = &[
    "the", "a", "an", "of", "to", "and", "or", "in", "on", "for", "with", "by", "from", "that",
    "at", "as", "but", "its", "their", "his", "her",
];
/// First and second person as written ("US" is a country, "us" a pronoun).
const PERSONAL: &[&str] = &[
    "I", "We", "we", "Our", "our", "us", "My", "my", "You", "you", "Your", "your", "me",
];
const VERBS: &[&str] = &[
    "is",
    "are",
    "was",
    "were",
    "be",
    "been",
    "has",
    "have",
    "had",
    "will",
    "would",
    "to",
    "can",
    "could",
    "may",
    "might",
    "must",
    "shall",
    "should",
    "did",
    "does",
    "do",
    "won",
    "lost",
    "met",
    "held",
    "took",
    "made",
    "said",
    "told",
    "began",
    "rose",
    "fell",
    "hit",
    "left",
    "came",
    "went",
    "saw",
    "became",
    "struck",
    "sent",
    "set",
    "spoke",
    "gave",
    "ran",
    "fought",
    "drew",
    "broke",
    "led",
    "paid",
    "sold",
    "bought",
    "kept",
    "brought",
    "found",
    "stood",
    "put",
    "cut",
    "beat",
    "flew",
    "grew",
    "wrote",
    "chose",
    "built",
    "sought",
    "caught",
    "spent",
    "fled",
    "spread",
    "withdrew",
    "underwent",
    "got",
    "shot",
    "hid",
    "swore",
    "stole",
    "bid",
    "quit",
];
const BULLETS: &[char] = &['-', '–', '—', '•', '*', '·', '▪', '►'];

/// A heuristic reading of an event title (see the module doc).
fn classify(title: &str, sentence: &str) -> TitleClass {
    let t = title.trim();
    let s = sentence.trim();
    let w: Vec<String> = t.split_whitespace().map(str::to_lowercase).collect();
    let bare: Vec<String> = w
        .iter()
        .map(|x| x.trim_matches(|c: char| !c.is_alphanumeric()).to_owned())
        .collect();
    let bullet_sentence = s.starts_with(BULLETS)
        && s.trim_start_matches(BULLETS)
            .trim_start()
            .starts_with(char::is_lowercase);
    if t.starts_with(BULLETS) || bullet_sentence {
        return TitleClass::Bullet;
    }
    let lead = [
        "here is",
        "here are",
        "here's",
        "here’s",
        "these are",
        "the following",
    ];
    if t.ends_with(':') || s.ends_with(':') || lead.iter().any(|l| t.to_lowercase().starts_with(l))
    {
        return TitleClass::LeadIn;
    }
    if reporting_only(&bare) {
        return TitleClass::ReportingOnly;
    }
    let personal = t
        .split_whitespace()
        .map(|x| x.trim_matches(|c: char| !c.is_alphanumeric()))
        .any(|x| PERSONAL.contains(&x));
    if t.contains(['"', '“', '”', '‘', '«', '»']) || personal {
        return TitleClass::QuoteFragment;
    }
    let has_verb = bare.iter().enumerate().any(|(i, x)| {
        VERBS.contains(&x.as_str())
            || (x.len() > 4 && x.ends_with("ed"))
            || (i > 0
                && x.len() > 3
                && x.ends_with('s')
                && !x.ends_with("ss")
                && x.chars().all(char::is_alphanumeric))
    });
    // "Gave the nod to …": a verb first means the subject is missing.
    let subjectless = bare.first().is_some_and(|x| {
        (VERBS.contains(&x.as_str()) && x != "to") || (x.len() > 4 && x.ends_with("ed"))
    });
    let dangling = bare
        .last()
        .is_some_and(|l| FUNCTION_ENDINGS.contains(&l.as_str()));
    if bare.len() < 3 || !has_verb || dangling || subjectless {
        return TitleClass::Fragment;
    }
    TitleClass::BriefingLine
}

/// "The ministry said", "X said in a statement", "Y told reporters": a reporting verb (not
/// passive: "to be announced" is an event) followed at most by who was told and where.
fn reporting_only(bare: &[String]) -> bool {
    let Some(v) = bare.iter().rposition(|x| REPORTING.contains(&x.as_str())) else {
        return false;
    };
    let passive = v
        .checked_sub(1)
        .and_then(|p| bare.get(p))
        .is_some_and(|p| matches!(p.as_str(), "be" | "been" | "was" | "were" | "is" | "are"));
    let after = bare.get(v + 1..).unwrap_or_default();
    let setting = after.is_empty()
        || after.len() <= 5
            && after.iter().all(|x| x != "that")
            && matches!(
                after.first().map(String::as_str),
                Some(
                    "in" | "on"
                        | "at"
                        | "to"
                        | "during"
                        | "via"
                        | "through"
                        | "from"
                        | "after"
                        | "reporters"
                        | "journalists"
                        | "the"
                        | "a"
                        | "an"
                )
            );
    !passive && setting
}

fn pct(a: usize, b: usize) -> String {
    if b == 0 {
        "—".to_owned()
    } else {
        format!("{:.1} % ({a}/{b})", 100.0 * a as f64 / b as f64)
    }
}

fn summary(s: &Score) -> String {
    let mut out = String::new();
    let good = s
        .classes
        .get(&TitleClass::BriefingLine)
        .copied()
        .unwrap_or(0);
    let _ = writeln!(out, "articles                     {}", s.articles);
    let _ = writeln!(
        out,
        "title correct                {}",
        pct(s.titles_right, s.articles)
    );
    let _ = writeln!(out, "events extracted             {}", s.events);
    let _ = writeln!(out, "  read as a briefing line    {}", pct(good, s.events));
    for (class, n) in &s.classes {
        if *class != TitleClass::BriefingLine {
            let _ = writeln!(out, "  {:<26} {}", class.label(), pct(*n, s.events));
        }
    }
    let _ = writeln!(
        out,
        "  on annotated sentences     {} (briefing line {})",
        s.events_on_gold,
        pct(s.events_on_gold_good, s.events_on_gold)
    );
    let _ = writeln!(
        out,
        "annotated events found       {}",
        pct(s.gold_events_found, s.gold_events)
    );
    let _ = writeln!(
        out,
        "open questions found         {}",
        pct(s.gold_questions_found, s.gold_questions)
    );
    let _ = writeln!(
        out,
        "open questions precision     {}",
        pct(s.questions_on_gold, s.questions)
    );
    let _ = writeln!(
        out,
        "  phrased as a question      {}",
        pct(s.questions_as_questions, s.questions)
    );
    out
}
