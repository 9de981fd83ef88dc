//! Markdown briefing notes (CommonMark): title, source, reference date, a one-paragraph
//! summary, the chronology at each date's precision, quotes grouped by speaker with venue
//! and a citation to their sentence, open questions as a checklist, analyst notes and
//! numbered source references.

use super::ExportOptions;
use super::cite::Citations;
use crate::model::{ActorId, Briefing, Lookup, quotes_by_speaker};
use std::fmt::Write as _;

/// "Africa Digital News, New York".
pub fn source_line(b: &Briefing) -> String {
    match (&b.meta.outlet, &b.meta.place) {
        (Some(o), Some(p)) => format!("{o}, {p}"),
        (Some(o), None) => o.clone(),
        (None, Some(p)) => p.clone(),
        (None, None) => b
            .sources
            .first()
            .map(|s| s.name.clone())
            .unwrap_or_default(),
    }
}

/// The reference date as "6 Jan 2026", or "unknown".
pub fn reference_line(b: &Briefing) -> String {
    b.meta.reference_date.map_or_else(
        || "unknown".to_owned(),
        |d| d.format("%-d %b %Y").to_string(),
    )
}

/// Speakers in order of their first quote (`None` = unattributed). Linear.
pub fn speakers(b: &Briefing) -> Vec<Option<&ActorId>> {
    let mut seen = rustc_hash::FxHashSet::default();
    b.quotes
        .iter()
        .map(|q| q.speaker.as_ref())
        .filter(|s| seen.insert(*s))
        .collect()
}

/// Speakers a summary names before "and N others".
const SUMMARY_SPEAKERS: usize = 8;

/// A one-paragraph summary built from the briefing itself (no model, no network).
pub fn summary(b: &Briefing) -> String {
    let order = b.events_in_time_order();
    let dated: Vec<_> = order
        .iter()
        .filter_map(|&i| b.events.get(i))
        .filter(|e| e.date.is_resolved())
        .collect();
    let mut s = String::new();
    match (dated.first(), dated.last()) {
        (Some(first), Some(last)) if dated.len() > 1 => {
            let _ = write!(
                s,
                "{} dated events run from {} ({}) to {} ({}).",
                dated.len(),
                first.date.display(),
                first.title,
                last.date.display(),
                last.title
            );
        }
        (Some(only), _) => {
            let _ = write!(
                s,
                "One dated event: {} ({}).",
                only.title,
                only.date.display()
            );
        }
        _ => s.push_str("No dated events."),
    }
    if let Some(news) = b
        .events
        .iter()
        .find(|e| e.kind == crate::model::EventKind::News)
    {
        let _ = write!(
            s,
            " The article reports: {} ({}).",
            news.title,
            news.date.display()
        );
    }
    let look = Lookup::new(b);
    let speaker_ids: Vec<&ActorId> = speakers(b).into_iter().flatten().collect();
    let mut names: Vec<String> = speaker_ids
        .iter()
        .take(SUMMARY_SPEAKERS)
        .map(|id| look.actor_name(id).to_owned())
        .collect();
    if speaker_ids.len() > SUMMARY_SPEAKERS {
        names.push(format!("{} others", speaker_ids.len() - SUMMARY_SPEAKERS));
    }
    if !b.quotes.is_empty() {
        let _ = write!(
            s,
            " {} quote{} from {}.",
            b.quotes.len(),
            if b.quotes.len() == 1 { "" } else { "s" },
            if names.is_empty() {
                "unattributed speakers".to_owned()
            } else {
                join_names(&names)
            }
        );
    }
    match b.questions.len() {
        0 => {}
        1 => s.push_str(" One question is left open."),
        n => {
            let _ = write!(s, " {n} questions are left open.");
        }
    }
    let undated = b.events.len() - dated.len();
    if undated > 0 {
        let _ = write!(
            s,
            " {undated} event(s) are undated until a reference date is set."
        );
    }
    s
}

fn join_names(names: &[String]) -> String {
    match names {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
    }
}

/// Renders with default options.
pub fn to_markdown(b: &Briefing) -> String {
    to_markdown_with(b, &ExportOptions::default())
}

/// Renders the briefing as Markdown. Deterministic.
pub fn to_markdown_with(b: &Briefing, opts: &ExportOptions) -> String {
    let mut s = String::new();
    let mut cites = Citations::new(b);
    header(&mut s, b);
    chronology(&mut s, b, &mut cites);
    quotes(&mut s, b, &mut cites);
    questions(&mut s, b, &mut cites);
    if !b.notes.trim().is_empty() {
        // The analyst's notes are Markdown already: kept as written, raw HTML and unsafe
        // links defused.
        let _ = writeln!(
            s,
            "\n## Analyst notes\n\n{}",
            super::notes::to_markdown(b.notes.trim(), 2)
        );
    }
    sources(&mut s, b, &cites, opts);
    s
}

/// Title, source (or sources), reference date and summary.
fn header(s: &mut String, b: &Briefing) {
    let _ = writeln!(s, "# {}\n", escape(&b.meta.title));
    if b.is_multi_source() {
        let outlets: Vec<&str> = b.sources.iter().map(|x| b.outlet_of(&x.id)).collect();
        let _ = writeln!(
            s,
            "- **Sources:** {} ({})",
            b.sources.len(),
            escape(&outlets.join(", "))
        );
        let _ = writeln!(
            s,
            "- **Reference dates:** each source's own (see Sources)\n"
        );
    } else {
        let _ = writeln!(s, "- **Source:** {}", escape(&source_line(b)));
        let _ = writeln!(s, "- **Reference date:** {}\n", reference_line(b));
    }
    let _ = writeln!(s, "## Summary\n\n{}\n", escape(&summary(b)));
}

/// " ×3" when more than one source reports an item.
pub(crate) fn corroboration_mark(n: usize) -> String {
    if n > 1 {
        format!(" ×{n}")
    } else {
        String::new()
    }
}

/// The conflicts of an event, one line each: "⚠ Sources disagree on the date: 7 Jan 2026
/// (Reuters); 8 Jan 2026 (AP)".
fn conflict_lines(s: &mut String, b: &Briefing, e: &crate::model::Event) {
    for c in &e.conflicts {
        let _ = writeln!(s, "  - ⚠ {}", escape(&conflict_text(b, c)));
    }
}

/// "Sources disagree on the date: 7 Jan 2026 (Reuters); 8 Jan 2026 (AP)" (plain text, for
/// every export).
pub(crate) fn conflict_text(b: &Briefing, c: &crate::model::Conflict) -> String {
    let versions: Vec<String> = c
        .versions
        .iter()
        .map(|v| format!("{} ({})", v.value, b.outlet_of(&v.source)))
        .collect();
    let what = match &c.kind {
        crate::model::ConflictKind::Date => "date".to_owned(),
        crate::model::ConflictKind::Figure { unit } => format!("figure ({unit})"),
    };
    format!("Sources disagree on the {what}: {}", versions.join("; "))
}

fn chronology(s: &mut String, b: &Briefing, cites: &mut Citations<'_>) {
    let _ = writeln!(s, "## Chronology\n");
    let mut undated = Vec::new();
    for i in b.events_in_time_order() {
        let Some(e) = b.events.get(i) else { continue };
        if !e.date.is_resolved() {
            undated.push(e);
            continue;
        }
        let cite = cites.marks(e.mentions());
        let _ = writeln!(
            s,
            "- **{}** — {}{}{}{cite}",
            e.date.display(),
            escape(&e.title),
            corroboration_mark(e.corroboration()),
            grade_suffix(e.grade)
        );
        conflict_lines(s, b, e);
        note_lines(s, &e.notes, "  ");
    }
    for e in undated {
        let cite = cites.marks(e.mentions());
        let when = e
            .trigger
            .as_deref()
            .map(|t| format!(" (“{t}”)"))
            .unwrap_or_default();
        let _ = writeln!(
            s,
            "- **undated** — {}{}{cite}",
            escape(&e.title),
            escape(&when)
        );
    }
    if b.events.is_empty() {
        let _ = writeln!(s, "_No events._");
    }
}

fn quotes(s: &mut String, b: &Briefing, cites: &mut Citations<'_>) {
    let _ = writeln!(s, "\n## Quotes\n");
    if b.quotes.is_empty() {
        let _ = writeln!(s, "_No quotes._\n");
    }
    let look = Lookup::new(b);
    for (sp, quotes) in quotes_by_speaker(b) {
        let name = sp.map_or("Unattributed", |id| look.actor_name(id));
        let _ = writeln!(s, "### {}\n", escape(name));
        for q in quotes {
            let venue = q
                .venue
                .as_deref()
                .map(|v| format!(" ({v})"))
                .unwrap_or_default();
            let cite = cites.marks(q.mentions());
            let _ = writeln!(
                s,
                "> “{}”{}{}{}{cite}\n",
                escape(&q.text),
                escape(&venue),
                corroboration_mark(q.corroboration()),
                grade_suffix(q.grade)
            );
            if !q.notes.trim().is_empty() {
                note_lines(s, &q.notes, "");
                s.push('\n');
            }
        }
    }
}

fn questions(s: &mut String, b: &Briefing, cites: &mut Citations<'_>) {
    let _ = writeln!(s, "## Open questions\n");
    if b.questions.is_empty() {
        let _ = writeln!(s, "_None._");
    }
    for q in &b.questions {
        let cite = cites.marks(q.mentions());
        let (mark, status) = match q.status {
            crate::model::QuestionStatus::Open => (' ', ""),
            crate::model::QuestionStatus::Answered => ('x', " (answered)"),
            crate::model::QuestionStatus::Dropped => ('x', " (dropped)"),
        };
        let _ = writeln!(
            s,
            "- [{mark}] {}{status}{}{cite}",
            escape(&q.text),
            grade_suffix(q.grade)
        );
        note_lines(s, &q.notes, "  ");
    }
}

/// The sources: in a merged briefing, each article with its outlet, date and grade; then
/// the numbered citations, each by source and paragraph.
fn sources(s: &mut String, b: &Briefing, cites: &Citations<'_>, opts: &ExportOptions) {
    let _ = writeln!(s, "\n## Sources\n");
    if b.is_multi_source() {
        for src in &b.sources {
            let _ = writeln!(s, "- {}", escape(&source_description(b, src)));
        }
        let _ = writeln!(s, "\n## Citations\n");
    }
    for (i, c) in cites.entries().iter().enumerate() {
        let p = &c.provenance;
        let name = b
            .source(&p.source)
            .map_or(p.source.as_str(), |x| x.name.as_str());
        let excerpt = if opts.include_excerpts {
            b.sentence_text(p)
                .map(|t| format!(": “{}”", escape(&one_line(t))))
                .unwrap_or_default()
        } else {
            String::new()
        };
        let outlet = if b.is_multi_source() {
            b.outlet_of(&p.source).to_owned()
        } else {
            source_line(b)
        };
        let _ = writeln!(
            s,
            "{}. {}, {}{}{excerpt}",
            i + 1,
            escape(&outlet),
            escape(name),
            paragraph_suffix(c)
        );
    }
    if cites.entries().is_empty() {
        let _ = writeln!(s, "1. {} ({})", escape(&source_line(b)), reference_line(b));
    }
}

/// "Reuters, Geneva — 7 Jan 2026 (dateline), grade B — `01_wirepoint.txt`", or for an
/// undated source its suggested date.
pub fn source_description(b: &Briefing, src: &crate::model::Source) -> String {
    let mut out = b.outlet_of(&src.id).to_owned();
    if let Some(place) = &src.place {
        let _ = write!(out, ", {place}");
    }
    if let Some(d) = src.reference_date {
        let _ = write!(
            out,
            " — {} ({})",
            d.format("%-d %b %Y"),
            src.reference_origin.as_str()
        );
    } else {
        out.push_str(" — undated");
        if let Some(sug) = &src.suggested_reference {
            let _ = write!(out, " ({})", sug.describe());
        }
    }
    if let Some(r) = src.reliability {
        let _ = write!(out, ", grade {}", r.letter());
    }
    let _ = write!(out, " — {}", src.name);
    out
}

/// ", ¶4", or nothing when the paragraph is unknown.
pub fn paragraph_suffix(c: &super::cite::Citation) -> String {
    c.paragraph.map(|n| format!(", ¶{n}")).unwrap_or_default()
}

/// Collapses white space so an excerpt stays on one line.
/// " *(B2)*" for a graded item (admiralty code), else nothing.
fn grade_suffix(g: crate::model::Grade) -> String {
    g.code().map(|c| format!(" *({c})*")).unwrap_or_default()
}

/// An item's analyst notes as a "Note:" line under it (on one line, escaped).
fn note_lines(s: &mut String, notes: &str, indent: &str) {
    let notes = super::notes::to_markdown(notes.trim(), 3);
    let mut lines = notes.lines();
    if let Some(first) = lines.next() {
        let _ = writeln!(s, "{indent}- _Note:_ {first}");
        // Continuation lines are indented under the note's list item.
        for line in lines {
            if line.trim().is_empty() {
                s.push('\n');
            } else {
                let _ = writeln!(s, "{indent}  {line}");
            }
        }
    }
}

pub fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Escapes characters that would start Markdown or HTML syntax.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if matches!(
            c,
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '#' | '|'
        ) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Grade, QuestionStatus};

    #[test]
    fn grades_notes_and_answered_questions_are_exported() {
        let mut b = crate::load::seed_briefing(None);
        let summit = b
            .events
            .iter()
            .position(|e| e.title.contains("Paris summit"))
            .unwrap();
        b.events[summit].grade = Grade::parse("B2").unwrap();
        b.events[summit].notes = "Check the\nfinal communiqué.".into();
        b.quotes[0].grade = Grade::parse("C3").unwrap();
        b.questions[1].status = QuestionStatus::Answered;
        b.questions[1].notes = "Answered by the ministry on 9 Jan.".into();
        let md = to_markdown(&b);
        assert!(
            md.contains("Paris summit of the coalition of the willing *(B2)*"),
            "{md}"
        );
        assert!(
            md.contains("  - _Note:_ Check the\n    final communiqué."),
            "{md}"
        );
        assert!(md.contains("*(C3)*"));
        assert!(md.contains("- [x] How would monitoring function in practice? (answered)"));
        assert!(md.contains("_Note:_ Answered by the ministry on 9 Jan."));
    }
}
