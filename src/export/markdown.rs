//! Markdown briefing notes (CommonMark): title, source, chronology at each date's precision,
//! quotes grouped by speaker, open questions as a checklist, analyst notes.

use crate::model::{Briefing, ReviewStatus};
use std::fmt::Write as _;

/// Renders the briefing as Markdown. Deterministic.
pub fn to_markdown(b: &Briefing) -> String {
    let mut s = String::new();
    let _ = writeln!(s, "# {}\n", escape(&b.meta.title));
    let source = match (&b.meta.outlet, &b.meta.place) {
        (Some(o), Some(p)) => format!("{o}, {p}"),
        (Some(o), None) => o.clone(),
        _ => b
            .sources
            .first()
            .map(|s| s.name.clone())
            .unwrap_or_default(),
    };
    if !source.is_empty() {
        let _ = writeln!(s, "- **Source:** {}", escape(&source));
    }
    let _ = writeln!(
        s,
        "- **Reference date:** {}\n",
        b.meta.reference_date.map_or_else(
            || "unknown".to_owned(),
            |d| d.format("%-d %b %Y").to_string()
        )
    );
    let _ = writeln!(s, "## Chronology\n");
    for i in b.events_in_time_order() {
        let Some(e) = b.events.get(i) else { continue };
        if e.review == ReviewStatus::Rejected {
            continue;
        }
        let _ = writeln!(s, "- **{}** — {}", e.date.display(), escape(&e.title));
    }
    let _ = writeln!(s, "\n## Quotes\n");
    let mut speakers: Vec<Option<&crate::model::ActorId>> = Vec::new();
    for q in &b.quotes {
        if !speakers.contains(&q.speaker.as_ref()) {
            speakers.push(q.speaker.as_ref());
        }
    }
    for sp in speakers {
        let name = sp.map_or("Unattributed", |id| b.actor_name(id));
        let _ = writeln!(s, "### {}\n", escape(name));
        for q in b.quotes.iter().filter(|q| q.speaker.as_ref() == sp) {
            let venue = q
                .venue
                .as_deref()
                .map(|v| format!(" ({v})"))
                .unwrap_or_default();
            let _ = writeln!(s, "> “{}”{}\n", escape(&q.text), escape(&venue));
        }
    }
    let _ = writeln!(s, "## Open questions\n");
    for q in &b.questions {
        let _ = writeln!(s, "- [ ] {}", escape(&q.text));
    }
    if !b.notes.trim().is_empty() {
        let _ = writeln!(s, "\n## Analyst notes\n\n{}", b.notes.trim());
    }
    s
}

/// Escapes characters that would start Markdown or HTML syntax.
fn escape(s: &str) -> String {
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
