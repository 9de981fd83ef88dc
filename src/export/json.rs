//! The JSON contract of `briefline extract --format json`.
//!
//! Stable: fields are only ever added, never renamed or removed. Documented in README.md.
//! Built from the model through these dedicated structs so the model can evolve freely.

use crate::model::{Briefing, Event, Precision};
use serde::Serialize;

/// Contract version, bumped only when fields are added.
pub const CONTRACT_VERSION: u32 = 1;

#[derive(Serialize)]
struct Doc<'a> {
    format: &'static str,
    version: u32,
    title: &'a str,
    published: Option<String>,
    outlet: Option<&'a str>,
    place: Option<&'a str>,
    source: Option<&'a str>,
    events: Vec<JEvent<'a>>,
    quotes: Vec<JQuote<'a>>,
    questions: Vec<JQuestion<'a>>,
    actors: Vec<JActor<'a>>,
    links: Vec<&'a str>,
    warnings: &'a [String],
}

#[derive(Serialize)]
struct JDate {
    start: Option<String>,
    end: Option<String>,
    precision: &'static str,
    time: Option<String>,
    approximate: bool,
    open_ended: bool,
    display: String,
}

#[derive(Serialize)]
struct JSpan {
    start: usize,
    end: usize,
}

#[derive(Serialize)]
struct JEvent<'a> {
    id: &'a str,
    title: &'a str,
    trigger: Option<&'a str>,
    sentence: &'a str,
    date: JDate,
    kind: &'static str,
    resolved: bool,
    resolution: String,
    actors: Vec<&'a str>,
    origin: &'static str,
    review: &'static str,
    /// Admiralty grade ("B2", "C?"), or null when ungraded. Added with format version 2.
    grade: Option<String>,
    sentence_span: Option<JSpan>,
    trigger_span: Option<JSpan>,
}

#[derive(Serialize)]
struct JQuote<'a> {
    id: &'a str,
    text: &'a str,
    speaker: Option<&'a str>,
    speaker_id: Option<&'a str>,
    speaker_mention: Option<&'a str>,
    venue: Option<&'a str>,
    event: Option<&'a str>,
    sentence: Option<&'a str>,
    span: Option<JSpan>,
    review: &'static str,
    grade: Option<String>,
}

#[derive(Serialize)]
struct JQuestion<'a> {
    id: &'a str,
    text: &'a str,
    events: Vec<&'a str>,
    actors: Vec<&'a str>,
    status: &'static str,
    sentence: Option<&'a str>,
    review: &'static str,
    grade: Option<String>,
}

#[derive(Serialize)]
struct JActor<'a> {
    id: &'a str,
    name: &'a str,
    kind: &'static str,
    aliases: &'a [String],
    title: Option<&'a str>,
    role: Option<&'a str>,
    mentions: usize,
}

fn date_of(e: &Event) -> JDate {
    let d = &e.date;
    JDate {
        start: d.start.map(|s| s.format("%Y-%m-%d").to_string()),
        end: d.end.map(|s| s.format("%Y-%m-%d").to_string()),
        precision: if d.start.is_none() {
            Precision::Unknown.as_str()
        } else {
            d.precision.as_str()
        },
        time: d.time.map(|t| t.format("%H:%M").to_string()),
        approximate: d.approximate,
        open_ended: d.open_ended,
        display: d.display(),
    }
}

/// The briefing as contract JSON (pretty, deterministic, trailing newline).
#[allow(
    clippy::too_many_lines,
    reason = "written before issue 16 narrowed this lint to src/ui; not yet split"
)]
pub fn to_json(b: &Briefing) -> String {
    let look = crate::model::Lookup::new(b);
    let doc = Doc {
        format: "briefline",
        version: CONTRACT_VERSION,
        title: &b.meta.title,
        published: b
            .meta
            .reference_date
            .map(|d| d.format("%Y-%m-%d").to_string()),
        outlet: b.meta.outlet.as_deref(),
        place: b.meta.place.as_deref(),
        source: b.sources.first().map(|s| s.name.as_str()),
        events: b
            .events_in_time_order()
            .into_iter()
            .filter_map(|i| b.events.get(i))
            .map(|e| JEvent {
                id: e.id.as_str(),
                title: &e.title,
                trigger: e.trigger.as_deref(),
                sentence: &e.sentence,
                date: date_of(e),
                kind: e.kind.as_str(),
                resolved: e.date.is_resolved(),
                resolution: b.explain_date(e),
                actors: e.actors.iter().map(crate::model::ActorId::as_str).collect(),
                origin: match e.origin {
                    crate::model::Origin::Extracted => "extracted",
                    crate::model::Origin::Analyst => "analyst",
                },
                review: e.review.as_str(),
                grade: e.grade.code(),
                sentence_span: e.provenance.as_ref().map(|p| JSpan {
                    start: p.sentence.start,
                    end: p.sentence.end,
                }),
                trigger_span: e
                    .provenance
                    .as_ref()
                    .and_then(|p| p.expression)
                    .map(|s| JSpan {
                        start: s.start,
                        end: s.end,
                    }),
            })
            .collect(),
        quotes: b
            .quotes
            .iter()
            .map(|q| JQuote {
                id: q.id.as_str(),
                text: &q.text,
                speaker: q.speaker.as_ref().map(|s| look.actor_name(s)),
                speaker_id: q.speaker.as_ref().map(crate::model::ActorId::as_str),
                speaker_mention: q.speaker_mention.as_deref(),
                venue: q.venue.as_deref(),
                event: q.event.as_ref().map(crate::model::EventId::as_str),
                sentence: q.provenance.as_ref().and_then(|p| b.sentence_text(p)),
                span: q
                    .provenance
                    .as_ref()
                    .and_then(|p| p.expression)
                    .map(|s| JSpan {
                        start: s.start,
                        end: s.end,
                    }),
                review: q.review.as_str(),
                grade: q.grade.code(),
            })
            .collect(),
        questions: b
            .questions
            .iter()
            .map(|q| JQuestion {
                id: q.id.as_str(),
                text: &q.text,
                events: q.events.iter().map(crate::model::EventId::as_str).collect(),
                actors: q.actors.iter().map(crate::model::ActorId::as_str).collect(),
                status: match q.status {
                    crate::model::QuestionStatus::Open => "open",
                    crate::model::QuestionStatus::Answered => "answered",
                    crate::model::QuestionStatus::Dropped => "dropped",
                },
                sentence: q.provenance.as_ref().and_then(|p| b.sentence_text(p)),
                review: q.review.as_str(),
                grade: q.grade.code(),
            })
            .collect(),
        actors: b
            .actors
            .iter()
            .map(|a| JActor {
                id: a.id.as_str(),
                name: &a.name,
                kind: a.kind.as_str(),
                aliases: &a.aliases,
                title: a.title.as_deref(),
                role: a.role.as_deref(),
                mentions: a.mentions,
            })
            .collect(),
        links: b.links.iter().map(|l| l.title.as_str()).collect(),
        warnings: &b.warnings,
    };
    let mut s =
        serde_json::to_string_pretty(&doc).unwrap_or_else(|e| format!("{{\"error\": \"{e}\"}}"));
    s.push('\n');
    s
}
