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
    #[default]
    Unknown,
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
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Source {
    pub id: SourceId,
    /// File name or other label.
    pub name: String,
    pub text: String,
}

/// A related-article link ("Read Also: ..."): kept, but not an event.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct RelatedLink {
    pub title: String,
    #[serde(default, skip_serializing_if = "super::is_default")]
    pub provenance: Option<Provenance>,
}

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
        for ev in &mut self.events {
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
        date_bases::resolve_all(&mut self.date_bases, self.meta.reference_date);
    }

    /// How the date of an event was resolved, for the inspector.
    pub fn explain_date(&self, ev: &Event) -> String {
        if ev.kind == super::EventKind::News && ev.trigger.is_none() {
            return match self.meta.reference_date {
                Some(r) => format!(
                    "The article's own news event, dated at its reference date {r} ({})",
                    r.format("%A")
                ),
                None => "The article's own news event: set the reference date to date it".into(),
            };
        }
        match (&ev.anchor, &ev.trigger) {
            (Some(anchor), Some(trigger)) => {
                anchor.explain_with(trigger, self.meta.reference_date, &self.date_bases)
            }
            _ if ev.origin == super::Origin::Analyst => "Dated by the analyst".into(),
            _ => "No time expression: the date was set without one".into(),
        }
    }
}
