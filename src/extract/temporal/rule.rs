//! What a rule is: a name, the examples it must tag, and a matcher that looks at a token
//! cursor and says [`Outcome::Hit`] (how many tokens, what type, anchor and value),
//! [`Outcome::Pass`] (not mine: try the next rule) or [`Outcome::Stop`] (a veto: no later rule
//! of this table may match here). Rules are tried in the order of their [`Table`]; an index
//! built from each rule's [`Starts`] skips the rules that cannot begin at a token.

use super::TimexType;
use super::cursor::Cursor;
use super::value::Value;
use crate::extract::tokens::TokenKind;
use crate::model::TimeAnchor;
use rustc_hash::{FxHashMap, FxHashSet};
use std::sync::LazyLock;

/// A named matcher.
#[derive(Debug)]
pub struct Rule {
    /// Short and unique: `following_unit`, `month_day_year`. Shown by `eval-timeml --errors`.
    pub name: &'static str,
    /// Sentences with the expression the rule tags in brackets ("The plant opened in 1995.
    /// [The following year] it was sold."), or, for a veto, the token it stops at in braces
    /// ("It cost ${2014}."). A test runs every one.
    pub examples: &'static [&'static str],
    /// The tokens it can begin at; its matcher passes everywhere else.
    pub starts: Starts,
    pub matcher: fn(&Cursor<'_, '_>) -> Outcome,
}

/// Which tokens a rule can begin at. Only a speed-up: a table tries a rule only at such a
/// token, and a test checks that this changes nothing.
#[derive(Clone, Copy, Debug)]
pub enum Starts {
    /// These words (lower case, as [`Cursor::word`]).
    Words(&'static [&'static str]),
    /// The words a function of the word lists gives (month names, holidays' first words…).
    Listed(fn() -> Vec<String>),
    /// Numbers in digits.
    Number,
    /// Numbers in digits and the listed words (number words: "four", "ninety-six").
    NumberOrListed(fn() -> Vec<String>),
    /// Any token: the matcher looks for itself ("…-long", "mid-…").
    Anywhere,
}

impl Starts {
    /// The words it names, if it names any.
    fn words(self) -> Option<Vec<String>> {
        match self {
            Starts::Words(words) => Some(words.iter().map(|w| (*w).to_owned()).collect()),
            Starts::Listed(list) | Starts::NumberOrListed(list) => Some(list()),
            Starts::Number | Starts::Anywhere => None,
        }
    }

    fn numbers(self) -> bool {
        matches!(
            self,
            Starts::Number | Starts::NumberOrListed(_) | Starts::Anywhere
        )
    }
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
#[derive(Clone, Debug, PartialEq, Eq)]
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
    index: LazyLock<Index>,
}

/// A table's rules by the token they can begin at, each list in table order.
#[derive(Debug)]
pub struct Index {
    by_word: FxHashMap<String, Vec<&'static Rule>>,
    numbers: Vec<&'static Rule>,
    other_words: Vec<&'static Rule>,
}

impl Index {
    /// The index of `rules`.
    pub fn of(rules: &'static [Rule]) -> Self {
        let words: Vec<Option<FxHashSet<String>>> = rules
            .iter()
            .map(|r| r.starts.words().map(|w| w.into_iter().collect()))
            .collect();
        let anywhere = |r: &Rule| matches!(r.starts, Starts::Anywhere);
        let mut by_word = FxHashMap::default();
        for w in words.iter().flatten().flatten() {
            by_word.entry(w.clone()).or_insert_with(|| {
                rules
                    .iter()
                    .zip(&words)
                    .filter(|(r, ws)| anywhere(r) || ws.as_ref().is_some_and(|ws| ws.contains(w)))
                    .map(|(r, _)| r)
                    .collect()
            });
        }
        Self {
            by_word,
            numbers: rules.iter().filter(|r| r.starts.numbers()).collect(),
            other_words: rules.iter().filter(|r| anywhere(r)).collect(),
        }
    }

    /// The rules that can begin at the cursor's token.
    fn at(&self, c: &Cursor<'_, '_>) -> &[&'static Rule] {
        if c.token.kind == TokenKind::Number {
            &self.numbers
        } else {
            self.by_word
                .get(c.word.as_str())
                .unwrap_or(&self.other_words)
        }
    }
}

impl Table {
    /// A table of `rules` whose index `index` builds (from the same rules) on first use.
    pub const fn new(
        name: &'static str,
        applies: fn(&Cursor<'_, '_>) -> bool,
        rules: &'static [Rule],
        index: fn() -> Index,
    ) -> Self {
        Self {
            name,
            applies,
            rules,
            index: LazyLock::new(index),
        }
    }

    /// The first rule that hits at `c`, unless one before it stops.
    pub fn run(&self, c: &Cursor<'_, '_>) -> Option<Found> {
        if !(self.applies)(c) {
            return None;
        }
        first_of(self.index.at(c).iter().copied(), c)
    }

    /// [`Table::run`] trying every rule, without the index.
    #[cfg(test)]
    pub fn run_all(&self, c: &Cursor<'_, '_>) -> Option<Found> {
        if !(self.applies)(c) {
            return None;
        }
        first_of(self.rules.iter(), c)
    }
}

/// The first of `rules` that hits at `c`, unless one before it stops.
fn first_of<'r>(rules: impl Iterator<Item = &'r Rule>, c: &Cursor<'_, '_>) -> Option<Found> {
    for rule in rules {
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

/// Every position: the table applies everywhere.
pub fn everywhere(_: &Cursor<'_, '_>) -> bool {
    true
}
