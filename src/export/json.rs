//! The JSON contract of `briefline extract --format json`.
//!
//! Stable: fields are only ever added, never renamed or removed. Documented in README.md.
//! Built from the model through these dedicated structs so the model can evolve freely.

use crate::model::mention::distinct_sources;
use crate::model::{Briefing, Event, OpenQuestion, Precision, Provenance, Quote, Source, Span};
use serde::Serialize;

/// Contract version, bumped only when fields are added.
///
/// - 1: first release.
/// - 2: several sources: `sources[]`; `mentions[]`, `sources[]` and `corroboration` on
///   events, quotes and questions; `conflicts[]` and `dated_by_corroboration` on events.
pub const CONTRACT_VERSION: u32 = 2;

#[derive(Serialize)]
struct Doc<'a> {
    format: &'static str,
    version: u32,
    title: &'a str,
    published: Option<String>,
    outlet: Option<&'a str>,
    place: Option<&'a str>,
    source: Option<&'a str>,
    events: Stream<Box<dyn Iterator<Item = JEvent<'a>> + 'a>>,
    quotes: Stream<Box<dyn Iterator<Item = JQuote<'a>> + 'a>>,
    questions: Stream<Box<dyn Iterator<Item = JQuestion<'a>> + 'a>>,
    actors: Vec<JActor<'a>>,
    links: Vec<&'a str>,
    warnings: &'a [String],
    sources: Vec<JSource<'a>>,
}

/// A list written from an iterator as it goes, never collected: a 50 MB article has
/// 345,000 events, each a few hundred bytes here before it is written.
struct Stream<I>(std::cell::RefCell<Option<I>>);

impl<I> Stream<I> {
    fn new(items: I) -> Self {
        Self(std::cell::RefCell::new(Some(items)))
    }
}

impl<I, T> Serialize for Stream<I>
where
    I: Iterator<Item = T>,
    T: Serialize,
{
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        // Written once: a second serialisation would find the list empty.
        let items = self.0.borrow_mut().take();
        s.collect_seq(items.into_iter().flatten())
    }
}

#[derive(Serialize)]
struct JSource<'a> {
    id: &'a str,
    file: &'a str,
    title: Option<&'a str>,
    outlet: Option<&'a str>,
    place: Option<&'a str>,
    published: Option<String>,
    /// given | sidecar | dateline | inferred | unknown.
    reference_date_origin: &'static str,
    /// The analyst's reliability grade for the source (A–F), or null.
    grade: Option<String>,
    /// A reference date suggested by corroboration ("probably 6–7 Jan 2026, from 3
    /// corroborated events"), or null.
    suggested_reference: Option<String>,
}

#[derive(Serialize)]
struct JEventMention<'a> {
    source: &'a str,
    sentence: Option<&'a str>,
    sentence_span: JSpan,
    trigger: Option<&'a str>,
    trigger_span: Option<JSpan>,
}

#[derive(Serialize)]
struct JQuoteMention<'a> {
    source: &'a str,
    /// This report's exact wording.
    text: Option<&'a str>,
    span: Option<JSpan>,
    speaker_mention: Option<&'a str>,
}

#[derive(Serialize)]
struct JMention<'a> {
    source: &'a str,
    sentence: Option<&'a str>,
    sentence_span: JSpan,
}

#[derive(Serialize)]
struct JConflict<'a> {
    /// date | figure.
    kind: &'static str,
    /// What a figure counts ("vote", "%", "$"); null for dates.
    unit: Option<&'a str>,
    versions: Vec<JConflictVersion<'a>>,
}

#[derive(Serialize)]
struct JConflictVersion<'a> {
    source: &'a str,
    value: &'a str,
    sentence_span: JSpan,
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
    mentions: Vec<JEventMention<'a>>,
    sources: Vec<&'a str>,
    corroboration: usize,
    conflicts: Vec<JConflict<'a>>,
    dated_by_corroboration: bool,
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
    mentions: Vec<JQuoteMention<'a>>,
    sources: Vec<&'a str>,
    corroboration: usize,
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
    mentions: Vec<JMention<'a>>,
    sources: Vec<&'a str>,
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

fn span(s: Span) -> JSpan {
    JSpan {
        start: s.start,
        end: s.end,
    }
}

fn source_ids<'a>(mentions: impl IntoIterator<Item = &'a Provenance>) -> Vec<&'a str> {
    distinct_sources(mentions)
        .into_iter()
        .map(crate::model::SourceId::as_str)
        .collect()
}

fn json_source<'a>(b: &'a Briefing, s: &'a Source) -> JSource<'a> {
    let multi = b.is_multi_source();
    let or_meta =
        |own: Option<&'a str>, meta: Option<&'a str>| if multi { own } else { own.or(meta) };
    let (date, origin) = if multi {
        (s.reference_date, s.reference_origin)
    } else {
        (b.meta.reference_date, b.meta.reference_origin)
    };
    JSource {
        id: s.id.as_str(),
        file: &s.name,
        title: or_meta(s.title.as_deref(), Some(b.meta.title.as_str())),
        outlet: or_meta(s.outlet.as_deref(), b.meta.outlet.as_deref()),
        place: or_meta(s.place.as_deref(), b.meta.place.as_deref()),
        published: date.map(|d| d.format("%Y-%m-%d").to_string()),
        reference_date_origin: origin.as_str(),
        grade: s.reliability.map(|r| r.letter().to_string()),
        suggested_reference: s.suggested_reference.map(|r| r.describe()),
    }
}

fn json_event<'a>(b: &'a Briefing, e: &'a Event) -> JEvent<'a> {
    let mut mentions = Vec::new();
    if let Some(p) = &e.provenance {
        mentions.push(JEventMention {
            source: p.source.as_str(),
            sentence: b.sentence_text(p),
            sentence_span: span(p.sentence),
            trigger: e.trigger.as_deref(),
            trigger_span: p.expression.map(span),
        });
    }
    for m in &e.other_mentions {
        mentions.push(JEventMention {
            source: m.at.source.as_str(),
            sentence: b.sentence_text(&m.at),
            sentence_span: span(m.at.sentence),
            trigger: m.trigger.as_deref().or_else(|| {
                let text = &b.source(&m.at.source)?.text;
                m.at.expression?.slice(text)
            }),
            trigger_span: m.at.expression.map(span),
        });
    }
    JEvent {
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
        sentence_span: e.provenance.as_ref().map(|p| span(p.sentence)),
        trigger_span: e.provenance.as_ref().and_then(|p| p.expression).map(span),
        mentions,
        sources: source_ids(e.mentions()),
        corroboration: e.corroboration(),
        conflicts: e
            .conflicts
            .iter()
            .map(|c| JConflict {
                kind: c.kind.as_str(),
                unit: match &c.kind {
                    crate::model::ConflictKind::Figure { unit } => Some(unit.as_str()),
                    crate::model::ConflictKind::Date => None,
                },
                versions: c
                    .versions
                    .iter()
                    .map(|v| JConflictVersion {
                        source: v.source.as_str(),
                        value: &v.value,
                        sentence_span: span(v.sentence),
                    })
                    .collect(),
            })
            .collect(),
        dated_by_corroboration: e.dated_by_corroboration,
    }
}

fn json_quote<'a>(b: &'a Briefing, look: &crate::model::Lookup<'a>, q: &'a Quote) -> JQuote<'a> {
    let wording = |p: &Provenance| -> Option<&'a str> {
        let text = &b.source(&p.source)?.text;
        p.expression?.slice(text)
    };
    let mut mentions = Vec::new();
    if let Some(p) = &q.provenance {
        mentions.push(JQuoteMention {
            source: p.source.as_str(),
            text: wording(p),
            span: p.expression.map(span),
            speaker_mention: q.speaker_mention.as_deref(),
        });
    }
    for m in &q.other_mentions {
        mentions.push(JQuoteMention {
            source: m.at.source.as_str(),
            text: wording(&m.at),
            span: m.at.expression.map(span),
            speaker_mention: m.speaker_mention.as_deref(),
        });
    }
    JQuote {
        id: q.id.as_str(),
        text: &q.text,
        speaker: q.speaker.as_ref().map(|s| look.actor_name(s)),
        speaker_id: q.speaker.as_ref().map(crate::model::ActorId::as_str),
        speaker_mention: q.speaker_mention.as_deref(),
        venue: q.venue.as_deref(),
        event: q.event.as_ref().map(crate::model::EventId::as_str),
        sentence: q.provenance.as_ref().and_then(|p| b.sentence_text(p)),
        span: q.provenance.as_ref().and_then(|p| p.expression).map(span),
        review: q.review.as_str(),
        grade: q.grade.code(),
        mentions,
        sources: source_ids(q.mentions()),
        corroboration: q.corroboration(),
    }
}

fn json_question<'a>(b: &'a Briefing, q: &'a OpenQuestion) -> JQuestion<'a> {
    JQuestion {
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
        mentions: q
            .mentions()
            .map(|p| JMention {
                source: p.source.as_str(),
                sentence: b.sentence_text(p),
                sentence_span: span(p.sentence),
            })
            .collect(),
        sources: source_ids(q.mentions()),
    }
}

/// The briefing as contract JSON (pretty, deterministic, trailing newline).
pub fn to_json(b: &Briefing) -> String {
    let mut out = Vec::new();
    match write_json(b, &mut out) {
        Ok(()) => String::from_utf8(out).unwrap_or_default(),
        Err(e) => format!("{{\"error\": \"{e}\"}}\n"),
    }
}

/// Writes [`to_json`]'s text to `w` as it is made: a 50 MB article's briefing is some
/// 500 MB of JSON (every event carries its sentence), never held as one string.
pub fn write_json(b: &Briefing, w: &mut dyn std::io::Write) -> std::io::Result<()> {
    use std::io::Write as _;
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
        events: Stream::new(Box::new(
            b.events_in_time_order()
                .into_iter()
                .filter_map(|i| b.events.get(i))
                .map(|e| json_event(b, e)),
        )),
        quotes: Stream::new(Box::new(b.quotes.iter().map(|q| json_quote(b, &look, q)))),
        questions: Stream::new(Box::new(b.questions.iter().map(|q| json_question(b, q)))),
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
        sources: b.sources.iter().map(|s| json_source(b, s)).collect(),
    };
    let mut w = std::io::BufWriter::with_capacity(1 << 16, w);
    serde_json::to_writer_pretty(&mut w, &doc).map_err(std::io::Error::other)?;
    w.write_all(b"\n")?;
    w.flush()
}
