//! Temporal expressions: years, dates, weekdays, relative days and units, holidays, ranges,
//! times of day, durations and sets, each with its span, a resolvable [`TimeAnchor`], its
//! TimeML value and the name of the rule that found it.
//!
//! How it is organised ("where is the rule for 'the following year'?": in
//! [`rules::story_relative`], the family of expressions counted from the story's own
//! time):
//! - [`rules`]: every rule, one file per family, and the ordered tables ([`rules::PASSES`])
//!   that say which wins. A [`rule::Rule`] is a name, examples and a matcher over a
//!   [`cursor::Cursor`] that returns a hit, a pass or an explicit stop.
//! - [`lexicon`]: the word lists (`lexicon/*.txt`: months, weekdays, number words, units,
//!   seasons, holidays, time zones, tense cues…), loaded once.
//! - [`direction`]: which way a weekday, month or date without a year points, from tense
//!   and cue words.
//! - [`value`]: the only place that writes TimeML values.
//! - [`start`], [`extent`], [`veto`], [`merge`]: which tokens may begin an expression, where
//!   it begins and ends, why a match is refused, and which neighbours are one expression.
//! - [`sentence`]: the pass over one sentence; [`document`]: the pass over a whole document
//!   (shared by extraction, [`tag_text`] and the tests), with the steps that need it
//!   ("the following year" after "in 1995").

pub mod count;
pub mod cursor;
pub mod direction;
pub mod document;
pub mod extent;
pub mod lexicon;
pub mod merge;
pub mod rule;
pub mod rules;
pub mod sentence;
pub mod start;
pub mod value;
pub mod veto;

#[cfg(test)]
mod tests;

pub use document::{Tagged, find_sentences, link_mentions, tag_sentences, tag_text};
pub use sentence::{find, find_in_tokens};
pub use value::{Value, date_value};

use crate::model::{Span, TimeAnchor};

/// TimeML-style type of an expression.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TimexType {
    Date,
    Time,
    /// "for four years": recognised, never an event.
    Duration,
    /// "every week": recognised, never an event.
    Set,
}

/// One temporal expression in a sentence.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Timex {
    /// The expression proper ("2014", "Wednesday", "last week").
    pub span: Span,
    /// With a leading preposition, as an event trigger ("in 2014", "on Wednesday").
    pub trigger: Span,
    pub kind: TimexType,
    /// `None` for durations, sets and vague references ("now").
    pub anchor: Option<TimeAnchor>,
    /// What the TimeML value needs beyond the anchor (durations, seasons, "now"…).
    pub value: Value,
    /// The rule that found it (the first part's, when neighbours were merged).
    pub rule: &'static str,
}
