//! The briefing: metadata, sources and everything found in or added to them.

use super::{
    Actor, ActorId, DateBase, Event, EventId, FORMAT_VERSION, OpenQuestion, Provenance, Quote,
    SourceId, date_bases,
};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// Where the reference (publication) date came from.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum DateOrigin {
    /// A `*.meta.ron` sidecar next to the article.
    Sidecar,
    /// `--date` on the command line.
    CommandLine,
    /// A dateline in the article text.
    Dateline,
    /// Set by the analyst.
    Analyst,
    /// Inferred from events other sources date, and accepted by the analyst.
    Inferred,
    #[default]
    Unknown,
}

impl DateOrigin {
    /// How the JSON contract names it: `given` (command line or analyst), `sidecar`,
    /// `dateline`, `inferred` or `unknown`.
    pub fn as_str(self) -> &'static str {
        match self {
            DateOrigin::CommandLine | DateOrigin::Analyst => "given",
            DateOrigin::Sidecar => "sidecar",
            DateOrigin::Dateline => "dateline",
            DateOrigin::Inferred => "inferred",
            DateOrigin::Unknown => "unknown",
        }
    }

    pub fn is_unknown(&self) -> bool {
        *self == DateOrigin::Unknown
    }
}

/// A reference date suggested for an undated source by the events it shares with dated
/// sources: "probably 6–7 Jan 2026, from 3 corroborated events". Never applied until the
/// analyst accepts it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SuggestedReference {
    pub earliest: NaiveDate,
    pub latest: NaiveDate,
    /// How many corroborated events it rests on.
    pub events: usize,
}

impl SuggestedReference {
    /// "probably 6–7 Jan 2026, from 3 corroborated events".
    pub fn describe(&self) -> String {
        let range = if self.earliest == self.latest {
            self.earliest.format("%-d %b %Y").to_string()
        } else if self.earliest.format("%b %Y").to_string()
            == self.latest.format("%b %Y").to_string()
        {
            format!(
                "{}–{}",
                self.earliest.format("%-d"),
                self.latest.format("%-d %b %Y")
            )
        } else {
            format!(
                "{} – {}",
                self.earliest.format("%-d %b %Y"),
                self.latest.format("%-d %b %Y")
            )
        };
        let plural = if self.events == 1 { "" } else { "s" };
        format!(
            "probably {range}, from {} corroborated event{plural}",
            self.events
        )
    }
}

/// Publication metadata.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Metadata {
    pub title: String,
    #[serde(default)]
    pub outlet: Option<String>,
    #[serde(default)]
    pub place: Option<String>,
    /// The date relative expressions resolve against; `None` until known.
    #[serde(default)]
    pub reference_date: Option<NaiveDate>,
    #[serde(default)]
    pub reference_origin: DateOrigin,
}

/// An article the briefing was built from. `text` is the original text, decoded; every
/// provenance span points into it.
///
/// A briefing of one source keeps its publication metadata in [`Metadata`] and leaves these
/// fields empty; a briefing merged from several sources fills them for each source (see
/// [`Briefing::reference_for`]).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Source {
    pub id: SourceId,
    /// File name or other label.
    pub name: String,
    pub text: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub outlet: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub place: Option<String>,
    /// The date this source's relative expressions resolve against.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reference_date: Option<NaiveDate>,
    #[serde(default, skip_serializing_if = "DateOrigin::is_unknown")]
    pub reference_origin: DateOrigin,
    /// The analyst's reliability grade (A–F) for everything this source reports; an item's
    /// own grade overrides it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reliability: Option<super::Reliability>,
    /// A reference date corroboration suggests, waiting for the analyst to accept it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub suggested_reference: Option<SuggestedReference>,
}

impl Source {
    /// A source with only its text and name (metadata empty).
    pub fn new(id: SourceId, name: impl Into<String>, text: impl Into<String>) -> Self {
        Self {
            id,
            name: name.into(),
            text: text.into(),
            title: None,
            outlet: None,
            place: None,
            reference_date: None,
            reference_origin: DateOrigin::Unknown,
            reliability: None,
            suggested_reference: None,
        }
    }
}

/// A related-article link ("Read Also: ..."): kept, but not an event.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct RelatedLink {
    pub title: String,
    #[serde(default, skip_serializing_if = "super::is_default")]
    pub provenance: Option<Provenance>,
}

/// How the extractor's warning that the publication date is unknown begins. Briefings keep
/// their warnings as text (the JSON contract and the RON file), so the app's notice topic and
/// the merge recognise this warning by these words; this is their one copy.
pub const MISSING_REFERENCE_DATE_WARNING_HEAD: &str = "the publication date is unknown";

/// The extractor's warning when relative dates stay unresolved for want of a publication
/// date; it begins with [`MISSING_REFERENCE_DATE_WARNING_HEAD`].
pub const MISSING_REFERENCE_DATE_WARNING: &str = "the publication date is unknown: relative dates (\"on Wednesday\", \"last week\") stay unresolved until it is set";

/// Everything Briefline knows about a story.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Briefing {
    pub format_version: u32,
    pub meta: Metadata,
    #[serde(default)]
    pub sources: Vec<Source>,
    #[serde(default)]
    pub events: Vec<Event>,
    /// The dates the text named that later expressions count from ("in 1995" before "the
    /// following year"), referred to by [`super::TimeAnchor::Earlier`]. Format 3 on.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub date_bases: Vec<DateBase>,
    #[serde(default)]
    pub quotes: Vec<Quote>,
    #[serde(default)]
    pub questions: Vec<OpenQuestion>,
    #[serde(default)]
    pub actors: Vec<Actor>,
    #[serde(default)]
    pub links: Vec<RelatedLink>,
    /// The analyst's notes on the whole briefing (Markdown).
    #[serde(default)]
    pub notes: String,
    /// Things the reader should know about how this briefing was made (decoding fallbacks…).
    #[serde(default)]
    pub warnings: Vec<String>,
    /// The presentation deck chosen by the analyst: events in presentation order. `None`
    /// means the default deck (see [`Briefing::deck_events`]).
    #[serde(default)]
    pub deck: Option<Vec<EventId>>,
}

impl Default for Briefing {
    fn default() -> Self {
        Self {
            format_version: FORMAT_VERSION,
            meta: Metadata::default(),
            sources: Vec::new(),
            events: Vec::new(),
            date_bases: Vec::new(),
            quotes: Vec::new(),
            questions: Vec::new(),
            actors: Vec::new(),
            links: Vec::new(),
            notes: String::new(),
            warnings: Vec::new(),
            deck: None,
        }
    }
}

impl Briefing {
    pub fn event(&self, id: &EventId) -> Option<&Event> {
        self.events.iter().find(|e| &e.id == id)
    }

    pub fn actor(&self, id: &ActorId) -> Option<&Actor> {
        self.actors.iter().find(|a| &a.id == id)
    }

    pub fn source(&self, id: &SourceId) -> Option<&Source> {
        self.sources.iter().find(|s| &s.id == id)
    }

    /// True if the briefing was merged from several sources.
    pub fn is_multi_source(&self) -> bool {
        self.sources.len() > 1
    }

    /// The reference date relative expressions of `source` resolve against: the source's
    /// own in a merged briefing, the briefing's in a briefing of one source.
    pub fn reference_for(&self, source: &SourceId) -> Option<NaiveDate> {
        match self.source(source) {
            Some(s) if self.is_multi_source() => s.reference_date,
            _ => self.meta.reference_date,
        }
    }

    /// The outlet of a source ("Reuters"), falling back to the briefing's, then the file name.
    pub fn outlet_of<'a>(&'a self, source: &'a SourceId) -> &'a str {
        let s = self.source(source);
        s.and_then(|s| s.outlet.as_deref())
            .or(if self.is_multi_source() {
                None
            } else {
                self.meta.outlet.as_deref()
            })
            .or(s.map(|s| s.name.as_str()))
            .unwrap_or(source.as_str())
    }

    /// Canonical name of an actor id, or the id itself if unknown.
    pub fn actor_name<'a>(&'a self, id: &'a ActorId) -> &'a str {
        self.actor(id).map_or(id.as_str(), |a| a.name.as_str())
    }

    /// The text a provenance points at (its sentence), if the span is valid.
    pub fn sentence_text(&self, p: &Provenance) -> Option<&str> {
        p.sentence.slice(&self.source(&p.source)?.text)
    }

    /// Indices of events sorted by date (unresolved last), ties by id order in the file.
    pub fn events_in_time_order(&self) -> Vec<usize> {
        let mut idx: Vec<usize> = (0..self.events.len()).collect();
        idx.sort_by_key(|&i| self.events[i].date.sort_key());
        idx
    }

    /// Events of the presentation, in order: the analyst's deck if set (unknown ids
    /// skipped), else every confirmed or unreviewed dated event in time order.
    pub fn deck_events(&self) -> Vec<usize> {
        match &self.deck {
            Some(ids) => ids
                .iter()
                .filter_map(|id| self.events.iter().position(|e| &e.id == id))
                .collect(),
            None => self
                .events_in_time_order()
                .into_iter()
                .filter(|&i| {
                    self.events.get(i).is_some_and(|e| {
                        e.date.is_resolved() && e.review != super::ReviewStatus::Rejected
                    })
                })
                .collect(),
        }
    }

    /// Quotes linked to an event.
    pub fn quotes_for_event<'a>(&'a self, id: &'a EventId) -> impl Iterator<Item = &'a Quote> {
        self.quotes
            .iter()
            .filter(move |q| q.event.as_ref() == Some(id))
    }

    /// Open questions related to an event.
    pub fn questions_for_event<'a>(
        &'a self,
        id: &'a EventId,
    ) -> impl Iterator<Item = &'a OpenQuestion> {
        self.questions.iter().filter(move |q| q.events.contains(id))
    }

    /// Changes the reference date and re-resolves every event whose date was expressed
    /// relative to it. Returns how many events changed.
    pub fn set_reference_date(&mut self, date: Option<NaiveDate>, origin: DateOrigin) -> usize {
        self.meta.reference_date = date;
        self.meta.reference_origin = if date.is_some() {
            origin
        } else {
            DateOrigin::Unknown
        };
        self.resolve_date_bases();
        let mut changed = 0;
        // In a merged briefing each source keeps its own reference date; the briefing's
        // applies to events of a briefing of one source.
        let multi = self.is_multi_source();
        for ev in &mut self.events {
            if multi || ev.dated_by_corroboration {
                continue;
            }
            if let Some(anchor) = &ev.anchor
                && anchor.is_relative_with(&self.date_bases)
            {
                let new = anchor
                    .resolve_with(date, &self.date_bases)
                    .unwrap_or_else(|| super::DateValue {
                        precision: ev.date.precision,
                        ..super::DateValue::unknown()
                    });
                if new != ev.date {
                    ev.date = new;
                    changed += 1;
                }
            }
        }
        changed
    }

    /// Re-resolves the date bases against the reference date (after loading, or when it
    /// changes); event dates are left as they are.
    pub fn resolve_date_bases(&mut self) {
        let multi = self.is_multi_source();
        let meta = self.meta.reference_date;
        let own: Vec<(SourceId, Option<NaiveDate>)> = self
            .sources
            .iter()
            .map(|s| (s.id.clone(), s.reference_date))
            .collect();
        date_bases::resolve_each(&mut self.date_bases, |source| match source {
            Some(id) if multi => own.iter().find(|(s, _)| s == id).and_then(|(_, d)| *d),
            _ => meta,
        });
    }

    /// How the date of an event was resolved, for the inspector.
    pub fn explain_date(&self, ev: &Event) -> String {
        let reference = ev
            .provenance
            .as_ref()
            .map_or(self.meta.reference_date, |p| self.reference_for(&p.source));
        let own_date = ev
            .provenance
            .as_ref()
            .is_some_and(|p| self.reference_for(&p.source).is_some());
        if ev.dated_by_corroboration && own_date {
            // The first report dates it itself; undated sources take its date.
            let undated: Vec<&str> = super::mention::distinct_sources(ev.mentions())
                .into_iter()
                .filter(|s| self.reference_for(s).is_none())
                .map(|s| self.outlet_of(s))
                .collect();
            let mut plain = ev.clone();
            plain.dated_by_corroboration = false;
            return format!(
                "{}; {} (undated) date{} it by corroboration",
                self.explain_date(&plain),
                undated.join(", "),
                if undated.len() == 1 { "s" } else { "" }
            );
        }
        if ev.dated_by_corroboration {
            let others = ev.corroboration().saturating_sub(1);
            return format!(
                "Dated by corroboration: {} other source{} date{} it {}",
                others,
                if others == 1 { "" } else { "s" },
                if others == 1 { "s" } else { "" },
                ev.date.display()
            );
        }
        if ev.kind == super::EventKind::News && ev.trigger.is_none() {
            return match reference {
                Some(r) => format!(
                    "The article's own news event, dated at its reference date {r} ({})",
                    r.format("%A")
                ),
                None => "The article's own news event: set the reference date to date it".into(),
            };
        }
        match (&ev.anchor, &ev.trigger) {
            (Some(anchor), Some(trigger)) => {
                anchor.explain_with(trigger, reference, &self.date_bases)
            }
            _ if ev.origin == super::Origin::Analyst => "Dated by the analyst".into(),
            _ => "No time expression: the date was set without one".into(),
        }
    }
}
