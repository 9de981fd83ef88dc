//! Many reports of one story: where else an item is reported, how many sources back it, and
//! where they disagree.
//!
//! An item's `provenance` is its first mention; `other_mentions` are every further place it
//! is reported, in this source or another (a later sentence that refers back to an event,
//! another outlet's report of the same happening, another transcription of the same words).
//! A merge never drops a mention, so splitting a merged item again loses nothing.

use super::{DateValue, Provenance, SourceId, Span};
use serde::{Deserialize, Serialize};

/// Where else an event is reported, with that report's own title and date so a merged
/// event can be split again. A back-reference ("the agreement, reached at the summit, …")
/// has no title or date of its own.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct EventMention {
    pub at: Provenance,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<DateValue>,
    /// The time expression as written in this report ("on Tuesday").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub trigger: Option<String>,
}

impl EventMention {
    /// A mention that only points at a sentence.
    pub fn at(at: Provenance) -> Self {
        Self {
            at,
            title: None,
            date: None,
            trigger: None,
        }
    }
}

/// Where else a quote is reported: the place, and how that report names the speaker.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct QuoteMention {
    pub at: Provenance,
    /// The speaker as written at this report ("the minister", "Ruiz").
    #[serde(default)]
    pub speaker_mention: Option<String>,
}

/// What sources disagree on.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum ConflictKind {
    /// The same happening on different dates.
    Date,
    /// Different figures for the same count; `unit` names it ("votes", "people killed",
    /// "%", "$").
    Figure { unit: String },
}

impl ConflictKind {
    /// "date" or "figure", as the JSON contract names it.
    pub fn as_str(&self) -> &'static str {
        match self {
            ConflictKind::Date => "date",
            ConflictKind::Figure { .. } => "figure",
        }
    }
}

/// One source's version in a conflict.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ConflictVersion {
    pub source: SourceId,
    /// The version as a reader would say it: "7 Jan 2026", "212 votes".
    pub value: String,
    /// The sentence that says it.
    pub sentence: Span,
}

/// Sources that report the same event differently. Every conflict is also an open
/// question linked to the sources that disagree.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Conflict {
    pub kind: ConflictKind,
    /// At least two versions, one per disagreeing source, in source order.
    pub versions: Vec<ConflictVersion>,
}

/// Distinct sources among mentions, in order of first appearance.
pub fn distinct_sources<'a>(
    mentions: impl IntoIterator<Item = &'a Provenance>,
) -> Vec<&'a SourceId> {
    let mut out: Vec<&SourceId> = Vec::new();
    for m in mentions {
        if !out.contains(&&m.source) {
            out.push(&m.source);
        }
    }
    out
}
