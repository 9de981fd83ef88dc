//! Events, quotes and open questions, with their provenance and review state.

use super::{
    ActorId, Conflict, DateValue, EventId, EventMention, Grade, QuestionId, QuoteId, QuoteMention,
    SourceId, TimeAnchor,
};
use serde::{Deserialize, Serialize};

/// A byte range `start..end` into a source's original text.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub fn new(start: usize, end: usize) -> Self {
        Self { start, end }
    }

    pub fn len(self) -> usize {
        self.end.saturating_sub(self.start)
    }

    pub fn is_empty(self) -> bool {
        self.end <= self.start
    }

    pub fn contains(self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    /// The text this span covers, or `None` if it is out of range or not on char boundaries.
    pub fn slice(self, text: &str) -> Option<&str> {
        text.get(self.start..self.end)
    }
}

/// Where an item came from: a source and the byte spans of its sentence and of the expression
/// it hangs on (the time expression of an event, the quoted words of a quote, the cue of an
/// open question).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Provenance {
    pub source: SourceId,
    pub sentence: Span,
    #[serde(default)]
    pub expression: Option<Span>,
}

/// Who made an item.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Origin {
    #[default]
    Extracted,
    Analyst,
}

/// The analyst's verdict on an item.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum ReviewStatus {
    #[default]
    Unreviewed,
    Confirmed,
    Rejected,
}

impl ReviewStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            ReviewStatus::Unreviewed => "unreviewed",
            ReviewStatus::Confirmed => "confirmed",
            ReviewStatus::Rejected => "rejected",
        }
    }
}

/// What role an event plays in the story.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum EventKind {
    /// The event the article reports (dated at the publication date).
    News,
    /// Earlier history the article refers to.
    Background,
    /// Something announced or expected after the publication date.
    Upcoming,
    #[default]
    Other,
}

impl EventKind {
    /// Every kind, in the order pickers and legends list them.
    pub const ALL: [EventKind; 4] = [
        EventKind::News,
        EventKind::Background,
        EventKind::Upcoming,
        EventKind::Other,
    ];

    /// The kind's name in the JSON contract and the RON file ("news").
    pub fn as_str(self) -> &'static str {
        match self {
            EventKind::News => "news",
            EventKind::Background => "background",
            EventKind::Upcoming => "upcoming",
            EventKind::Other => "other",
        }
    }

    /// The kind's name for people: the inspector's picker and the PDF legend ("News").
    pub fn label(self) -> &'static str {
        match self {
            EventKind::News => "News",
            EventKind::Background => "Background",
            EventKind::Upcoming => "Upcoming",
            EventKind::Other => "Other",
        }
    }
}

/// A dated happening.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Event {
    pub id: EventId,
    /// Short briefing line: "Russia first invaded Ukraine".
    pub title: String,
    /// The sentence it came from, verbatim. Shared: the events of one sentence hold one
    /// copy (a list of 1,000 dates in one sentence kept 1,000 copies).
    pub sentence: std::sync::Arc<str>,
    pub date: DateValue,
    /// How the text expressed the date; relative anchors re-resolve when the reference date
    /// changes.
    #[serde(default, skip_serializing_if = "super::is_default")]
    pub anchor: Option<TimeAnchor>,
    /// The time expression as written ("in 2014", "on Wednesday").
    #[serde(default, skip_serializing_if = "super::is_default")]
    pub trigger: Option<String>,
    #[serde(default)]
    pub kind: EventKind,
    #[serde(default, skip_serializing_if = "super::is_default")]
    pub actors: Vec<ActorId>,
    #[serde(default, skip_serializing_if = "super::is_default")]
    pub provenance: Option<Provenance>,
    #[serde(default, skip_serializing_if = "super::is_default")]
    pub origin: Origin,
    #[serde(default, skip_serializing_if = "super::is_default")]
    pub review: ReviewStatus,
    /// Admiralty grade (source reliability A–F, information credibility 1–6).
    #[serde(default, skip_serializing_if = "super::is_default")]
    pub grade: Grade,
    #[serde(default, skip_serializing_if = "super::is_default")]
    pub notes: String,
    /// Every further place the event is reported (see [`super::mention`]).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub other_mentions: Vec<EventMention>,
    /// Where sources disagree about it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub conflicts: Vec<Conflict>,
    /// Its date came from other sources' reports of it: its own source gave none.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub dated_by_corroboration: bool,
}

impl Event {
    /// Every place it is reported: the provenance first, then the other mentions.
    pub fn mentions(&self) -> impl Iterator<Item = &Provenance> {
        self.provenance
            .iter()
            .chain(self.other_mentions.iter().map(|m| &m.at))
    }

    /// How many distinct sources report it.
    pub fn corroboration(&self) -> usize {
        super::mention::distinct_sources(self.mentions()).len()
    }

    /// An event the analyst added: confirmed, no source sentence, kind "other".
    pub fn by_analyst(id: EventId, title: impl Into<String>, date: DateValue) -> Self {
        Self {
            id,
            title: title.into(),
            sentence: std::sync::Arc::from(""),
            date,
            anchor: None,
            trigger: None,
            kind: EventKind::Other,
            actors: Vec::new(),
            provenance: None,
            origin: Origin::Analyst,
            review: ReviewStatus::Confirmed,
            grade: Grade::default(),
            notes: String::new(),
            other_mentions: Vec::new(),
            conflicts: Vec::new(),
            dated_by_corroboration: false,
        }
    }
}

/// A direct quote.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Quote {
    pub id: QuoteId,
    /// The verbatim words, without the quote marks.
    pub text: String,
    #[serde(default, skip_serializing_if = "super::is_default")]
    pub speaker: Option<ActorId>,
    /// The speaker as written at the quote ("he", "Witkoff").
    #[serde(default, skip_serializing_if = "super::is_default")]
    pub speaker_mention: Option<String>,
    /// Where it was said ("on Telegram").
    #[serde(default, skip_serializing_if = "super::is_default")]
    pub venue: Option<String>,
    #[serde(default, skip_serializing_if = "super::is_default")]
    pub event: Option<EventId>,
    #[serde(default, skip_serializing_if = "super::is_default")]
    pub provenance: Option<Provenance>,
    #[serde(default, skip_serializing_if = "super::is_default")]
    pub origin: Origin,
    #[serde(default, skip_serializing_if = "super::is_default")]
    pub review: ReviewStatus,
    /// Admiralty grade (source reliability A–F, information credibility 1–6).
    #[serde(default, skip_serializing_if = "super::is_default")]
    pub grade: Grade,
    #[serde(default, skip_serializing_if = "super::is_default")]
    pub notes: String,
    /// Every further report of the same words (each with that report's exact wording).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub other_mentions: Vec<QuoteMention>,
}

impl Quote {
    /// Every place it is reported: the provenance first, then the other mentions.
    pub fn mentions(&self) -> impl Iterator<Item = &Provenance> {
        self.provenance
            .iter()
            .chain(self.other_mentions.iter().map(|m| &m.at))
    }

    /// How many distinct sources report it.
    pub fn corroboration(&self) -> usize {
        super::mention::distinct_sources(self.mentions()).len()
    }
}

/// Whether a question is still open.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum QuestionStatus {
    #[default]
    Open,
    Answered,
    Dropped,
}

/// Something the article leaves unresolved.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct OpenQuestion {
    pub id: QuestionId,
    pub text: String,
    #[serde(default, skip_serializing_if = "super::is_default")]
    pub events: Vec<EventId>,
    #[serde(default, skip_serializing_if = "super::is_default")]
    pub actors: Vec<ActorId>,
    #[serde(default, skip_serializing_if = "super::is_default")]
    pub status: QuestionStatus,
    #[serde(default, skip_serializing_if = "super::is_default")]
    pub provenance: Option<Provenance>,
    #[serde(default, skip_serializing_if = "super::is_default")]
    pub origin: Origin,
    #[serde(default, skip_serializing_if = "super::is_default")]
    pub review: ReviewStatus,
    /// Admiralty grade (source reliability A–F, information credibility 1–6).
    #[serde(default, skip_serializing_if = "super::is_default")]
    pub grade: Grade,
    #[serde(default, skip_serializing_if = "super::is_default")]
    pub notes: String,
    /// Every further place the question is raised.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub other_mentions: Vec<Provenance>,
}

impl OpenQuestion {
    /// Every place it is raised: the provenance first, then the other mentions.
    pub fn mentions(&self) -> impl Iterator<Item = &Provenance> {
        self.provenance.iter().chain(&self.other_mentions)
    }
}
