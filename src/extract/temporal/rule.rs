//! What a rule is: a name, the examples it must tag, and a matcher that looks at a token
//! cursor and says [`Outcome::Hit`] (how many tokens, what type, anchor and value),
//! [`Outcome::Pass`] (not mine: try the next rule) or [`Outcome::Stop`] (a veto: no later rule
//! of this table may match here). Rules are tried in the order of their [`Table`].

use super::TimexType;
use super::cursor::Cursor;
use super::value::Value;
use crate::model::TimeAnchor;

/// A named matcher.
#[derive(Debug)]
pub struct Rule {
    /// Short and unique: `following_unit`, `month_day_year`. Shown by `eval-timeml --errors`.
    pub name: &'static str,
    /// Sentences with the expression the rule tags in brackets ("The plant opened in 1995.
    /// [The following year] it was sold."), or, for a veto, the token it stops at in braces
    /// ("It cost ${2014}."). A test runs every one.
    pub examples: &'static [&'static str],
    pub matcher: fn(&Cursor<'_, '_>) -> Outcome,
}

/// What a rule found at a cursor.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Hit {
    /// Tokens matched from the cursor.
    pub len: usize,
    pub kind: TimexType,
    /// When it was, for the timeline; `None` for lengths, sets and vague references.
    pub anchor: Option<TimeAnchor>,
    /// What its TimeML value needs beyond the anchor.
    pub value: Value,
}

/// A rule's verdict at a cursor.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Outcome {
    Hit(Hit),
    /// Not this rule's expression.
    Pass,
    /// A veto: nothing in this table matches here ("$2014" is an amount).
    Stop,
}

impl Outcome {
    /// A date or time with an anchor and no value of its own.
    pub fn anchored(len: usize, kind: TimexType, anchor: Option<TimeAnchor>) -> Self {
        Self::Hit(Hit {
            len,
            kind,
            anchor,
            value: Value::FromAnchor,
        })
    }

    /// A date with an anchor.
    pub fn date(len: usize, anchor: TimeAnchor) -> Self {
        Self::anchored(len, TimexType::Date, Some(anchor))
    }

    /// An expression known by its value alone.
    pub fn valued(len: usize, kind: TimexType, value: Value) -> Self {
        Self::Hit(Hit {
            len,
            kind,
            anchor: None,
            value,
        })
    }

    /// An expression with both an anchor (for the timeline) and a value of its own.
    pub fn both(len: usize, kind: TimexType, anchor: Option<TimeAnchor>, value: Value) -> Self {
        Self::Hit(Hit {
            len,
            kind,
            anchor,
            value,
        })
    }
}

/// The rule that matched and what it found.
#[derive(Clone, Debug)]
pub struct Found {
    pub rule: &'static str,
    pub hit: Hit,
}

/// Rules tried in order at one position, the first hit winning.
#[derive(Debug)]
pub struct Table {
    pub name: &'static str,
    /// Whether the table is tried at a cursor at all.
    pub applies: fn(&Cursor<'_, '_>) -> bool,
    pub rules: &'static [Rule],
}

impl Table {
    /// The first rule that hits at `c`, unless one before it stops.
    pub fn run(&self, c: &Cursor<'_, '_>) -> Option<Found> {
        if !(self.applies)(c) {
            return None;
        }
        for rule in self.rules {
            match (rule.matcher)(c) {
                Outcome::Hit(hit) => {
                    return Some(Found {
                        rule: rule.name,
                        hit,
                    });
                }
                Outcome::Pass => {}
                Outcome::Stop => return None,
            }
        }
        None
    }
}

/// Every position: the table applies everywhere.
pub fn everywhere(_: &Cursor<'_, '_>) -> bool {
    true
}
