//! Checking a loaded briefing's spans against its text.
//!
//! A briefing file is untrusted: a span may point past the end of its article, split a
//! character, end before it starts, or name a source the file does not have. Such a span is
//! dropped, with a notice in the briefing's warnings; the item itself (its title, words,
//! date, grade, notes, links) is kept, so nothing the analyst made is lost and every span
//! that is left can be sliced safely. A sentence span that does not fit takes the
//! provenance with it (the expression inside it cannot be trusted either); an expression
//! span that does not fit is dropped alone.

use super::{Briefing, Provenance, Source, Span};
use std::fmt::Write as _;

/// How many dropped spans the notice names one by one.
const LISTED: usize = 5;

/// A span that fits `text`: start ≤ end ≤ length, both on character boundaries.
pub fn fits(span: Span, text: &str) -> bool {
    span.start <= span.end && text.get(span.start..span.end).is_some()
}

/// One dropped span, for the notice.
struct Dropped {
    item: String,
    what: &'static str,
    span: Span,
}

/// Checks one provenance; returns it repaired (or `None`: dropped) and records what went.
fn check(
    p: Option<Provenance>,
    item: &str,
    what: &'static str,
    sources: &[Source],
    dropped: &mut Vec<Dropped>,
) -> Option<Provenance> {
    let mut p = p?;
    let Some(text) = sources.iter().find(|s| s.id == p.source).map(|s| &s.text) else {
        dropped.push(Dropped {
            item: item.to_owned(),
            what: "source",
            span: p.sentence,
        });
        return None;
    };
    if !fits(p.sentence, text) {
        dropped.push(Dropped {
            item: item.to_owned(),
            what: "sentence",
            span: p.sentence,
        });
        return None;
    }
    if let Some(e) = p.expression
        && !fits(e, text)
    {
        dropped.push(Dropped {
            item: item.to_owned(),
            what,
            span: e,
        });
        p.expression = None;
    }
    Some(p)
}

/// Drops every span of `b` that does not fit its source text; returns the notice to show
/// (and keep in the warnings), or `None` when every span fits.
pub fn repair(b: &mut Briefing) -> Option<String> {
    let mut dropped = Vec::new();
    let sources = &b.sources;
    for e in &mut b.events {
        e.provenance = check(
            e.provenance.take(),
            e.id.as_str(),
            "time expression",
            sources,
            &mut dropped,
        );
    }
    for q in &mut b.quotes {
        q.provenance = check(
            q.provenance.take(),
            q.id.as_str(),
            "quoted words",
            sources,
            &mut dropped,
        );
    }
    for q in &mut b.questions {
        q.provenance = check(
            q.provenance.take(),
            q.id.as_str(),
            "cue",
            sources,
            &mut dropped,
        );
    }
    for (i, l) in b.links.iter_mut().enumerate() {
        l.provenance = check(
            l.provenance.take(),
            &format!("link {}", i + 1),
            "expression",
            sources,
            &mut dropped,
        );
    }
    if dropped.is_empty() {
        return None;
    }
    let mut notice = format!(
        "{} span(s) in this file did not fit the article text and were dropped (the items are kept): ",
        dropped.len()
    );
    for (k, d) in dropped.iter().take(LISTED).enumerate() {
        if k > 0 {
            notice.push_str(", ");
        }
        let _ = write!(
            notice,
            "{} {} (bytes {}–{})",
            d.item, d.what, d.span.start, d.span.end
        );
    }
    if dropped.len() > LISTED {
        let _ = write!(notice, " and {} more", dropped.len() - LISTED);
    }
    Some(notice)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spans_that_do_not_fit_are_named_and_dropped() {
        let mut b = crate::load::seed_briefing(None);
        let len = b.sources[0].text.len();
        let before = b.clone();
        assert!(repair(&mut b).is_none(), "an extracted briefing fits");
        assert_eq!(b, before);
        // Past the end, inverted, splitting a character, an unknown source.
        let e = b.events[1].provenance.as_mut().unwrap();
        e.sentence = Span::new(512, usize::MAX);
        let q = b.quotes[0].provenance.as_mut().unwrap();
        q.expression = Some(Span::new(900, 800));
        let curly = b.sources[0].text.find('’').unwrap();
        let q1 = b.quotes[1].provenance.as_mut().unwrap();
        q1.expression = Some(Span::new(curly + 1, curly + 5));
        b.questions[0].provenance.as_mut().unwrap().source = crate::model::SourceId::new("src-9");
        let title = b.events[1].title.clone();
        let notice = repair(&mut b).unwrap();
        assert!(notice.starts_with("4 span(s)"), "{notice}");
        assert!(notice.contains(&format!("ev-2 sentence (bytes 512–{})", usize::MAX)));
        assert!(
            notice.contains("q-1 quoted words (bytes 900–800)"),
            "{notice}"
        );
        assert!(b.events[1].provenance.is_none());
        assert_eq!(b.events[1].title, title, "the item stays");
        let q = b.quotes[0].provenance.as_ref().unwrap();
        assert!(q.expression.is_none() && q.sentence.end <= len);
        assert!(
            b.quotes[1]
                .provenance
                .as_ref()
                .unwrap()
                .expression
                .is_none()
        );
        assert!(b.questions[0].provenance.is_none());
        // Repaired, it fits.
        assert!(repair(&mut b).is_none());
    }
}
