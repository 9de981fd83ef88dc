//! One self-contained HTML page: inline CSS, an inline SVG of the whole timeline, the
//! chronology, quotes, open questions, notes and sources; readable on screen and in print
//! (no row or quote split across pages). Every piece of article text is escaped, so an
//! article carrying `<script>` or `onerror=` markup comes out inert.

use super::cite::Citations;
use super::markdown::{one_line, paragraph_suffix, reference_line, source_line, summary};
use super::svg::{escape, timeline_svg};
use super::{ExportOptions, ImageOptions};
use crate::model::{Briefing, Lookup, quotes_by_speaker};
use std::fmt::Write as _;

const CSS: &str = r#"
:root { --fg: #1a1a1a; --weak: #666; --line: #ddd; --accent: #c87300; --quote: #7a3cbe; --question: #c83c28; }
* { box-sizing: border-box; }
body { font-family: Inter, "Helvetica Neue", Arial, sans-serif; color: var(--fg); max-width: 960px; margin: 2rem auto; padding: 0 1.5rem; line-height: 1.5; }
h1 { font-size: 1.8rem; margin: 0 0 .25rem; }
h2 { font-size: 1.25rem; border-bottom: 1px solid var(--line); padding-bottom: .2rem; margin-top: 2rem; break-after: avoid; }
h3 { font-size: 1.05rem; margin: 1rem 0 .3rem; color: var(--quote); break-after: avoid; }
.meta { color: var(--weak); margin: 0 0 1rem; }
figure { margin: 1rem 0; break-inside: avoid; }
figure svg { width: 100%; height: auto; border: 1px solid var(--line); border-radius: 6px; }
figcaption { color: var(--weak); font-size: .85rem; }
table { border-collapse: collapse; width: 100%; }
td, th { text-align: left; padding: .35rem .5rem; border-bottom: 1px solid var(--line); vertical-align: top; }
th { font-weight: 600; }
tr { break-inside: avoid; }
td.date { white-space: nowrap; font-weight: 600; width: 9rem; }
blockquote { margin: .4rem 0 .8rem; padding: .2rem .8rem; border-left: 3px solid var(--quote); break-inside: avoid; }
blockquote p { margin: 0; font-style: italic; }
.venue, .excerpt, .cite { color: var(--weak); font-size: .85rem; font-style: normal; }
.corroboration { font-size: .75rem; font-weight: 600; color: var(--accent); margin-left: .3rem; }
.conflict { color: var(--question); font-size: .85rem; }
.grade { font: .75rem ui-monospace, monospace; border: 1px solid var(--weak); border-radius: 3px; padding: 0 3px; margin-left: .3rem; }
.note { color: var(--weak); font-size: .85rem; margin-top: .25rem; font-style: normal; }
.note > :first-child { margin-top: 0; } .note > :last-child { margin-bottom: 0; }
.note-label { font-weight: 600; margin-right: .3rem; }
.note p, .note ul, .note ol { margin: .2rem 0; }
ul.questions { list-style: none; padding-left: 0; }
ul.questions li { margin: .3rem 0; break-inside: avoid; }
ul.questions li::before { content: "☐ "; color: var(--question); }
ol.sources li { margin: .25rem 0; break-inside: avoid; }
.notes h3, .notes h4 { color: var(--fg); }
@media print { body { margin: 0; max-width: none; } a { color: inherit; } }
@page { margin: 18mm 16mm; }
"#;

/// Renders the page. Deterministic.
pub fn to_html(b: &Briefing, opts: &ExportOptions) -> String {
    let mut s = String::new();
    let mut cites = Citations::new(b);
    let title = escape(&b.meta.title);
    let _ = write!(
        s,
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<meta name=\"generator\" content=\"Briefline\">\n<title>{title}</title>\n<style>{CSS}</style>\n</head>\n<body>\n"
    );
    let _ = writeln!(s, "<h1>{title}</h1>");
    write_meta_and_summary(&mut s, b);
    write_timeline_figure(&mut s, b, opts);
    // Citation numbers follow the order the sections are written in.
    write_chronology(&mut s, b, opts, &mut cites);
    write_quotes(&mut s, b, &mut cites);
    write_questions(&mut s, b, &mut cites);
    if !b.notes.trim().is_empty() {
        let _ = writeln!(
            s,
            "<h2>Analyst notes</h2>\n<div class=\"notes\">{}</div>",
            super::notes::to_html(b.notes.trim(), 2)
        );
    }
    write_sources(&mut s, b, opts, &cites);
    let _ = writeln!(s, "</body>\n</html>");
    s
}

/// The sources (or source and reference date) line and the summary.
fn write_meta_and_summary(s: &mut String, b: &Briefing) {
    if b.is_multi_source() {
        let outlets: Vec<&str> = b.sources.iter().map(|x| b.outlet_of(&x.id)).collect();
        let _ = writeln!(
            s,
            "<p class=\"meta\">{} sources: {}</p>",
            b.sources.len(),
            escape(&outlets.join(", "))
        );
    } else {
        let _ = writeln!(
            s,
            "<p class=\"meta\">{} · reference date {}</p>",
            escape(&source_line(b)),
            escape(&reference_line(b))
        );
    }
    let _ = writeln!(s, "<h2>Summary</h2>\n<p>{}</p>", escape(&summary(b)));
}

/// The whole timeline as an inline SVG figure, whatever view the app had.
fn write_timeline_figure(s: &mut String, b: &Briefing, opts: &ExportOptions) {
    let image = ImageOptions {
        width: 1200,
        height: 520,
        view: None,
        dark: false,
        ..opts.image
    };
    let svg = timeline_svg(b, &image);
    let _ = writeln!(
        s,
        "<figure>\n{svg}<figcaption>The whole timeline. Spans with soft edges are dates known only to the year, month or week.</figcaption>\n</figure>"
    );
}

/// The chronology table: one row per event in time order, with citations, grade,
/// conflicts, notes and (if asked for) the sentence.
fn write_chronology(s: &mut String, b: &Briefing, opts: &ExportOptions, cites: &mut Citations<'_>) {
    let _ = writeln!(s, "<h2>Chronology</h2>");
    if b.events.is_empty() {
        let _ = writeln!(s, "<p><em>No events.</em></p>");
    } else {
        let _ = writeln!(
            s,
            "<table>\n<thead><tr><th>Date</th><th>Event</th></tr></thead>\n<tbody>"
        );
        for i in b.events_in_time_order() {
            let Some(e) = b.events.get(i) else { continue };
            let cite = cite_html(cites, e.mentions());
            let date = if e.date.is_resolved() {
                e.date.display()
            } else {
                "undated".to_owned()
            };
            let excerpt = if opts.include_excerpts {
                format!(
                    "<br><span class=\"excerpt\">{}</span>",
                    escape(&one_line(&e.sentence))
                )
            } else {
                String::new()
            };
            let _ = writeln!(
                s,
                "<tr><td class=\"date\">{}</td><td>{}{}{}{cite}{excerpt}{}{}</td></tr>",
                escape(&date),
                escape(&e.title),
                corroboration_html(e.corroboration()),
                grade_html(e.grade),
                conflicts_html(b, e),
                note_html(&e.notes)
            );
        }
        let _ = writeln!(s, "</tbody>\n</table>");
    }
}

/// Quotes grouped by speaker.
fn write_quotes(s: &mut String, b: &Briefing, cites: &mut Citations<'_>) {
    let _ = writeln!(s, "<h2>Quotes</h2>");
    if b.quotes.is_empty() {
        let _ = writeln!(s, "<p><em>No quotes.</em></p>");
    }
    let look = Lookup::new(b);
    for (sp, quotes) in quotes_by_speaker(b) {
        let name = sp.map_or("Unattributed", |id| look.actor_name(id));
        let _ = writeln!(s, "<h3>{}</h3>", escape(name));
        for q in quotes {
            let venue = q
                .venue
                .as_deref()
                .map(|v| format!(" <span class=\"venue\">({})</span>", escape(v)))
                .unwrap_or_default();
            let cite = cite_html(cites, q.mentions());
            let _ = writeln!(
                s,
                "<blockquote><p>“{}”{venue}{}{cite}</p>{}</blockquote>",
                escape(&q.text),
                grade_html(q.grade),
                note_html(&q.notes)
            );
        }
    }
}

/// The open questions as a checklist, with their status.
fn write_questions(s: &mut String, b: &Briefing, cites: &mut Citations<'_>) {
    let _ = writeln!(s, "<h2>Open questions</h2>");
    if b.questions.is_empty() {
        let _ = writeln!(s, "<p><em>None.</em></p>");
    } else {
        let _ = writeln!(s, "<ul class=\"questions\">");
        for q in &b.questions {
            let cite = cite_html(cites, q.mentions());
            let status = match q.status {
                crate::model::QuestionStatus::Open => "",
                crate::model::QuestionStatus::Answered => " <em>(answered)</em>",
                crate::model::QuestionStatus::Dropped => " <em>(dropped)</em>",
            };
            let _ = writeln!(
                s,
                "<li>{}{status}{}{cite}{}</li>",
                escape(&q.text),
                grade_html(q.grade),
                note_html(&q.notes)
            );
        }
        let _ = writeln!(s, "</ul>");
    }
}

/// The sources: the articles (several sources only), then the numbered citations.
fn write_sources(s: &mut String, b: &Briefing, opts: &ExportOptions, cites: &Citations<'_>) {
    let _ = writeln!(s, "<h2>Sources</h2>");
    if b.is_multi_source() {
        let _ = writeln!(s, "<ul class=\"articles\">");
        for src in &b.sources {
            let _ = writeln!(
                s,
                "<li>{}</li>",
                escape(&super::markdown::source_description(b, src))
            );
        }
        let _ = writeln!(s, "</ul>\n<h3>Citations</h3>");
    }
    let _ = writeln!(s, "<ol class=\"sources\">");
    for c in cites.entries() {
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
            "<li>{}, {}{}{excerpt}</li>",
            escape(&outlet),
            escape(name),
            paragraph_suffix(c)
        );
    }
    if cites.entries().is_empty() {
        let _ = writeln!(s, "<li>{}</li>", escape(&source_line(b)));
    }
    let _ = writeln!(s, "</ol>");
}

/// " [1][3]" as citation marks, or nothing.
fn cite_html<'p>(
    cites: &mut Citations<'_>,
    mentions: impl IntoIterator<Item = &'p crate::model::Provenance>,
) -> String {
    let marks = cites.marks(mentions);
    if marks.is_empty() {
        marks
    } else {
        format!(" <span class=\"cite\">{}</span>", marks.trim_start())
    }
}

/// "×3" when more than one source reports an item.
fn corroboration_html(n: usize) -> String {
    if n > 1 {
        format!(" <span class=\"corroboration\" title=\"reported by {n} sources\">×{n}</span>")
    } else {
        String::new()
    }
}

/// An event's conflicts, each source's version side by side.
fn conflicts_html(b: &Briefing, e: &crate::model::Event) -> String {
    let mut out = String::new();
    for c in &e.conflicts {
        let versions: Vec<String> = c
            .versions
            .iter()
            .map(|v| format!("{} ({})", escape(&v.value), escape(b.outlet_of(&v.source))))
            .collect();
        let what = match &c.kind {
            crate::model::ConflictKind::Date => "date".to_owned(),
            crate::model::ConflictKind::Figure { unit } => format!("figure ({})", escape(unit)),
        };
        let _ = write!(
            out,
            "<br><span class=\"conflict\">⚠ Sources disagree on the {what}: {}</span>",
            versions.join("; ")
        );
    }
    out
}

/// The admiralty grade as a small badge, or nothing when ungraded.
fn grade_html(g: crate::model::Grade) -> String {
    g.code()
        .map(|c| format!(" <span class=\"grade\" title=\"Admiralty grade\">{c}</span>"))
        .unwrap_or_default()
}

/// An item's analyst notes under it, rendered from Markdown (raw HTML escaped, unsafe
/// links dropped; see [`super::notes`]).
fn note_html(notes: &str) -> String {
    if notes.trim().is_empty() {
        String::new()
    } else {
        format!(
            "<div class=\"note\"><span class=\"note-label\">Note</span>{}</div>",
            super::notes::to_html(notes.trim(), 3)
        )
    }
}
