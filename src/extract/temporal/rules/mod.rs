//! Every rule, one file per family, and the tables that order them. A rule for a phrase is
//! in the family of what the phrase means:
//!
//! - [`calendar`]: dates, months, years, decades ("January 6, 2026", "in March", "the
//!   1990s");
//! - [`relative`]: days and weeks from the reference date ("on Wednesday", "last week",
//!   "two days ago", "year-end");
//! - [`story_relative`]: counted from the story's own time ("the following year", "later
//!   that day", "three years later");
//! - [`durations`]: lengths ("four years", "5 1/2 hours", "a while", "for years");
//! - [`sets`]: what recurs ("every week", "twice a year", "on Tuesdays");
//! - [`quarters`]: fiscal quarters, halves and years ("the third quarter", "the year-ago
//!   quarter", "the first half");
//! - [`seasons`]: seasons and parts of day ("last fall", "the summer", "Friday night");
//! - [`holidays`]: "Christmas Eve", "last Thanksgiving";
//! - [`clock`]: clock times ("3 p.m.", "noon");
//! - [`vague`]: vague references ("now", "recently", "the future", "months ago").
//!
//! At each position the tables of [`PASSES`] are tried in turn; in a table the first rule
//! that hits wins, and a veto ([`crate::extract::temporal::veto`]) ends that table there. The
//! order inside each table is the precedence: a rule listed earlier wins over one listed
//! later.

pub mod calendar;
pub mod clock;
pub mod durations;
pub mod holidays;
pub mod quarters;
pub mod relative;
pub mod seasons;
pub mod sets;
pub mod story_relative;
pub mod vague;

use super::cursor::Cursor;
use super::rule::{Found, Hit, Index, Rule, Table, everywhere};
use super::veto;
use crate::extract::temporal::lexicon::month_of;
use crate::extract::tokens::{Token, TokenKind};

/// Expressions led by a number (or a month) whose value is more than an anchor: tried
/// first.
pub static COUNTED_VALUES: Table =
    Table::new("counted values", everywhere, COUNTED, || Index::of(COUNTED));

static COUNTED: &[Rule] = &[
    calendar::CENTURY,
    durations::MORE_UNITS,
    durations::COUNT_TO_COUNT_UNITS,
    durations::UNITS_AND_A_FRACTION,
    calendar::SPOKEN_MONTH_YEAR,
    story_relative::UNITS_LATER,
];

/// A word that is not a month name: the only tokens [`WORDED_VALUES`] can start at.
fn word_not_month(c: &Cursor<'_, '_>) -> bool {
    c.token.kind == TokenKind::Word && month_of(c.token.text).is_none()
}

/// Expressions led by a word whose value is more than an anchor: quarters, seasons, parts
/// of days, story-relative and vague references, weekends, sets and vague lengths.
pub static WORDED_VALUES: Table = Table::new("worded values", word_not_month, WORDED, || {
    Index::of(WORDED)
});

static WORDED: &[Rule] = &[
    story_relative::THE_NEXT_DAY_PART,
    story_relative::THE_NEXT_DAY,
    story_relative::FOLLOWING_UNIT,
    story_relative::THAT_SAME_DAY,
    story_relative::THE_PREVIOUS_WEEKDAY,
    story_relative::DAY_BEFORE_DATE,
    story_relative::LATER_THAT_UNIT,
    story_relative::UNITS_AROUND_EVENT,
    calendar::THIS_DECADE,
    durations::THIS_CENTURY,
    durations::AN_ADDITIONAL_UNIT,
    durations::A_WHILE,
    seasons::MID_DAY_PART,
    sets::EVERY_N_UNITS,
    sets::EVERY_OTHER_UNIT,
    sets::EVERY_FEW_UNITS,
    sets::EVERY_HALF_HOUR,
    sets::EVERY_DAY_PART,
    sets::TIMES_ADVERB,
    sets::TIMES_A_UNIT,
    durations::ANOTHER_UNIT,
    sets::QUARTERLY,
    sets::PLURAL_WEEKDAY,
    sets::WEEKDAY_PARTS,
    sets::EACH_MONTH,
    sets::EVERY_QUARTER,
    sets::HOURLY,
    durations::UNIT_LONG,
    vague::THE_NEAR_FUTURE,
    quarters::THIS_QUARTER,
    relative::YEAR_END,
    relative::YEAR_END_WORDS,
    relative::SOME_WEEK,
    vague::UNITS_AGO_VAGUE,
    durations::THE_PAST_DECADE,
    seasons::THE_SEASON_OF_YEAR,
    seasons::THIS_PAST_SEASON,
    quarters::HALF_OF_YEAR,
    quarters::THE_FIRST_HALF,
    relative::WEEK_OF,
    seasons::THE_SEASON,
    vague::THESE_DAYS,
    vague::COMING_UNITS,
    durations::THE_UNITS_AHEAD,
    durations::COUPLE_OF_UNITS,
    relative::END_OF_THE_UNIT,
    quarters::FISCAL_YEAR_ENDED,
    quarters::THE_FISCAL_YEAR,
    calendar::DECADE_WORD,
    quarters::PAST_N_QUARTERS,
    vague::RECENTLY,
    vague::RECENT_YEARS,
    durations::RECENT_UNITS,
    vague::THE_FUTURE,
    vague::THE_PAST,
    vague::SEVERAL_UNITS_AGO,
    durations::SEVERAL_UNITS,
    quarters::YEARS_QUARTER,
    quarters::YEAR_AGO_QUARTER,
    veto::QUARTER_ADJECTIVE,
    quarters::QUARTER_OF_YEAR,
    quarters::QUARTER_AHEAD,
    quarters::NUMBERED_QUARTER,
    quarters::CURRENT_QUARTER,
    quarters::LATEST_QUARTER,
    quarters::YEAR_NUMBERED_QUARTER,
    quarters::QUARTER_OF_NAMED_YEAR,
    quarters::YEAR_EARLIER,
    quarters::A_YEAR_AGO_QUARTER,
    calendar::SPOKEN_YEAR,
    calendar::THE_YEAR_TWO_THOUSAND,
    durations::FOR_UNITS,
    seasons::SEASON_YEAR,
    seasons::LAST_NEXT_SEASON,
    seasons::THIS_DAY_PART,
    seasons::LAST_NIGHT,
    seasons::TONIGHT,
    seasons::DAY_AND_PART,
    relative::THE_WEEKEND,
    relative::LAST_NEXT_WEEKEND,
];

/// Expressions dated by an anchor alone: calendar dates, weekdays, relative days and units,
/// counted lengths, simple sets, holidays, years, clock times.
pub static ANCHORS: Table = Table::new("anchors", everywhere, ANCHORED, || Index::of(ANCHORED));

static ANCHORED: &[Rule] = &[
    calendar::ISO_DATE,
    calendar::MONTH_DAY_YEAR,
    calendar::MONTH_DAY,
    calendar::MONTH_YEAR,
    calendar::MONTH_OF_YEAR,
    calendar::BARE_MONTH,
    calendar::DAY_MONTH_YEAR,
    calendar::DAY_MONTH,
    calendar::THE_DAY_OF_MONTH,
    relative::WEEKDAY,
    relative::LAST_NEXT_WEEKDAY,
    relative::DAY_WORD,
    relative::LAST_NEXT_UNIT,
    relative::EARLIER_THIS_UNIT,
    relative::THE_DAY_BEFORE,
    relative::UNITS_AGO,
    durations::UNITS_AND_A_HALF,
    durations::COUNT_OF_UNITS,
    durations::NUMBER_HYPHEN_UNIT,
    durations::HYPHENATED_LENGTH,
    sets::EVERY_UNIT,
    sets::SET_ADVERB,
    holidays::WEEKDAY_HOLIDAY,
    holidays::FIXED_HOLIDAY,
    calendar::FROM_YEAR_TO_YEAR,
    veto::YEAR_AFTER_CURRENCY,
    veto::YEAR_IN_CODE,
    veto::YEAR_BEFORE_QUANTITY,
    calendar::YEAR_SPAN,
    calendar::YEAR,
    calendar::DECADE,
    calendar::HYPHENATED_MONTH,
    vague::NOW,
    clock::NAMED_TIME,
    clock::CLOCK_TIME,
];

/// The tables in the order they are tried at each position.
pub static PASSES: [&Table; 3] = [&COUNTED_VALUES, &WORDED_VALUES, &ANCHORS];

/// The first hit at the cursor.
pub fn first_hit(c: &Cursor<'_, '_>) -> Option<Found> {
    PASSES.iter().find_map(|table| table.run(c))
}

/// What [`ANCHORS`] finds at token `i` ("the week of [March 6]", "the day before [last
/// Tuesday]").
pub fn anchor_at(tokens: &[Token<'_>], i: usize) -> Option<Hit> {
    ANCHORS.run(&Cursor::new(tokens, i)?).map(|found| found.hit)
}
