//! The temporal tagger's word lists, one `*.txt` file per list beside this module (months,
//! weekdays, number words, units, seasons, parts of day, holidays, time zones, tense cues…),
//! compiled in and read once, on first use, into hash sets and maps.
//!
//! A list file has one entry per line: the word (lower case unless the list says otherwise)
//! and, for maps, its fields; `#` starts a comment line. A line that does not parse is left
//! out (the tests check that none does). What a word *means* in TimeML (the letter of a unit,
//! the code of a season) is not here but in [`super::value`].
//!
//! [`STARTERS`], the words that can begin an expression, is derived from `starters.txt` and
//! the month, weekday and number lists.

use super::value::{DayPart, Season, TimeUnit};
use crate::extract::tokens::ascii_lower;
use chrono::Weekday;
use rustc_hash::{FxHashMap, FxHashSet};
use std::sync::LazyLock;

/// The entries of a list file: trimmed lines without blank lines and `#` comments.
fn entries(src: &'static str) -> impl Iterator<Item = &'static str> {
    src.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

/// A set of words, written as the list writes them (lower case, but for the time zones).
#[derive(Debug)]
pub struct WordSet(FxHashSet<&'static str>);

impl WordSet {
    fn load(src: &'static str) -> Self {
        Self(entries(src).collect())
    }

    /// `word` is in the list, compared as written (pass lower case to a lower-case list).
    pub fn contains(&self, word: &str) -> bool {
        self.0.contains(word)
    }
}

/// A map from a lower-case word to what it means, built from lines the parser accepts.
#[derive(Debug)]
pub struct WordMap<T>(FxHashMap<&'static str, T>);

impl<T: Copy> WordMap<T> {
    fn load(src: &'static str, parse: impl Fn(&[&str]) -> Option<T>) -> Self {
        let mut map = FxHashMap::default();
        for line in entries(src) {
            let fields: Vec<&str> = line.split_whitespace().collect();
            if let Some((word, rest)) = fields.split_first()
                && let Some(v) = parse(rest)
            {
                map.insert(*word, v);
            }
        }
        Self(map)
    }

    /// `lower` must already be lower case.
    pub fn get(&self, lower: &str) -> Option<T> {
        self.0.get(lower).copied()
    }

    /// Every word of the list.
    pub fn words(&self) -> impl Iterator<Item = &'static str> + '_ {
        self.0.keys().copied()
    }

    /// Looks up a word as written: ASCII only, at most 24 bytes (no entry is longer).
    pub fn get_word(&self, w: &str) -> Option<T> {
        self.get(ascii_lower(w, &mut [0u8; 24])?)
    }
}

/// The entries of `src` that its list's parser rejected (for the tests).
#[cfg(test)]
fn rejected<T: Copy>(src: &'static str, map: &WordMap<T>) -> Vec<&'static str> {
    entries(src)
        .filter(|l| {
            l.split_whitespace()
                .next()
                .is_none_or(|w| map.get(w).is_none())
        })
        .collect()
}

const MONTHS_TXT: &str = include_str!("months.txt");
const WEEKDAYS_TXT: &str = include_str!("weekdays.txt");
const NUMBER_WORDS_TXT: &str = include_str!("number_words.txt");
const CALENDAR_UNITS_TXT: &str = include_str!("calendar_units.txt");
const PERIOD_UNITS_TXT: &str = include_str!("period_units.txt");
const SEASONS_TXT: &str = include_str!("seasons.txt");
const DAY_PARTS_TXT: &str = include_str!("day_parts.txt");
const DECADES_TXT: &str = include_str!("decades.txt");
const ORDINALS_TXT: &str = include_str!("ordinals.txt");
const DAY_ORDINALS_TXT: &str = include_str!("day_ordinals.txt");
const FIXED_HOLIDAYS_TXT: &str = include_str!("fixed_holidays.txt");
const WEEKDAY_HOLIDAYS_TXT: &str = include_str!("weekday_holidays.txt");

/// A month name: its number, and whether it is the full name ("March", not "Mar").
#[derive(Clone, Copy, Debug)]
pub struct MonthWord {
    pub month: u32,
    pub full: bool,
}

pub static MONTHS: LazyLock<WordMap<MonthWord>> = LazyLock::new(|| {
    WordMap::load(MONTHS_TXT, |f| {
        Some(MonthWord {
            month: f.first()?.parse().ok().filter(|m| (1..=12).contains(m))?,
            full: f.get(1) == Some(&"full"),
        })
    })
});

fn weekday_from_iso(n: &str) -> Option<Weekday> {
    let n: u8 = n.parse().ok()?;
    Weekday::try_from(n.checked_sub(1)?).ok()
}

pub static WEEKDAYS: LazyLock<WordMap<Weekday>> =
    LazyLock::new(|| WordMap::load(WEEKDAYS_TXT, |f| weekday_from_iso(f.first()?)));

/// What part a number word can play in a spoken number.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NumberKind {
    /// "one" to "nine": the second part of "ninety-six".
    Digit,
    /// "twenty" to "ninety": the first part of "ninety-six".
    Tens,
    /// Any other: "a", "couple", "ten", "hundred".
    Other,
}

/// A count written as a word.
#[derive(Clone, Copy, Debug)]
pub struct NumberWord {
    pub value: i64,
    pub kind: NumberKind,
}

pub static NUMBER_WORDS: LazyLock<WordMap<NumberWord>> = LazyLock::new(|| {
    WordMap::load(NUMBER_WORDS_TXT, |f| {
        Some(NumberWord {
            value: f.first()?.parse().ok()?,
            kind: match f.get(1).copied() {
                Some("digit") => NumberKind::Digit,
                Some("tens") => NumberKind::Tens,
                _ => NumberKind::Other,
            },
        })
    })
});

/// A unit word of a relative date: days are counted apart from the calendar units.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnitWord {
    Day,
    Calendar(crate::model::Unit),
}

pub static CALENDAR_UNITS: LazyLock<WordMap<UnitWord>> = LazyLock::new(|| {
    use crate::model::Unit;
    WordMap::load(CALENDAR_UNITS_TXT, |f| {
        Some(match *f.first()? {
            "day" => UnitWord::Day,
            "week" => UnitWord::Calendar(Unit::Week),
            "month" => UnitWord::Calendar(Unit::Month),
            "year" => UnitWord::Calendar(Unit::Year),
            _ => return None,
        })
    })
});

/// The unit of a TimeML period a word names, and how many of it ("decade": 10 years).
#[derive(Clone, Copy, Debug)]
pub struct PeriodUnit {
    pub unit: TimeUnit,
    pub per_word: i64,
}

pub static PERIOD_UNITS: LazyLock<WordMap<PeriodUnit>> = LazyLock::new(|| {
    WordMap::load(PERIOD_UNITS_TXT, |f| {
        Some(PeriodUnit {
            unit: TimeUnit::from_name(f.first()?)?,
            per_word: f.get(1)?.parse().ok()?,
        })
    })
});

pub static SEASONS: LazyLock<WordMap<Season>> =
    LazyLock::new(|| WordMap::load(SEASONS_TXT, |f| Season::from_name(f.first()?)));

pub static DAY_PARTS: LazyLock<WordMap<DayPart>> =
    LazyLock::new(|| WordMap::load(DAY_PARTS_TXT, |f| DayPart::from_name(f.first()?)));

/// "the nineties": the tens of a twentieth-century decade (9).
pub static DECADES: LazyLock<WordMap<u32>> =
    LazyLock::new(|| WordMap::load(DECADES_TXT, |f| f.first()?.parse().ok()));

/// "the third quarter": 3.
pub static ORDINALS: LazyLock<WordMap<u32>> =
    LazyLock::new(|| WordMap::load(ORDINALS_TXT, |f| f.first()?.parse().ok()));

/// "the twenty-sixth of February": 26.
pub static DAY_ORDINALS: LazyLock<WordMap<u32>> = LazyLock::new(|| {
    WordMap::load(DAY_ORDINALS_TXT, |f| {
        f.first()?.parse().ok().filter(|d| (1..=31).contains(d))
    })
});

/// The spelled day ordinals, for a rule's start words.
pub fn day_ordinal_words() -> Vec<String> {
    DAY_ORDINALS.words().map(str::to_owned).collect()
}

/// A holiday on a fixed day of the year.
#[derive(Clone, Debug)]
pub struct FixedHoliday {
    /// Its words, lower case, as they follow each other in the text.
    pub words: Vec<&'static str>,
    pub name: &'static str,
    pub month: u32,
    pub day: u32,
}

/// A holiday on a weekday of a month ("the fourth Thursday of November").
#[derive(Clone, Debug)]
pub struct WeekdayHoliday {
    pub words: Vec<&'static str>,
    pub name: &'static str,
    pub month: u32,
    pub weekday: Weekday,
    /// Which such weekday of the month: 1 the first, -1 the last.
    pub nth: i8,
    /// Days after that weekday.
    pub plus_days: i8,
}

/// The `|`-separated fields of each entry of a holiday list.
fn holiday_fields(src: &'static str) -> impl Iterator<Item = Vec<&'static str>> {
    entries(src).map(|l| l.split('|').map(str::trim).collect())
}

pub static FIXED_HOLIDAYS: LazyLock<Vec<FixedHoliday>> = LazyLock::new(|| {
    holiday_fields(FIXED_HOLIDAYS_TXT)
        .filter_map(|f| {
            Some(FixedHoliday {
                words: f.first()?.split_whitespace().collect(),
                name: f.get(1)?,
                month: f.get(2)?.parse().ok()?,
                day: f.get(3)?.parse().ok()?,
            })
        })
        .collect()
});

pub static WEEKDAY_HOLIDAYS: LazyLock<Vec<WeekdayHoliday>> = LazyLock::new(|| {
    holiday_fields(WEEKDAY_HOLIDAYS_TXT)
        .filter_map(|f| {
            Some(WeekdayHoliday {
                words: f.first()?.split_whitespace().collect(),
                name: f.get(1)?,
                month: f.get(2)?.parse().ok()?,
                weekday: weekday_from_iso(f.get(3)?)?,
                nth: f.get(4)?.parse().ok()?,
                plus_days: f.get(5)?.parse().ok()?,
            })
        })
        .collect()
});

macro_rules! word_set {
    ($(#[$doc:meta])* $name:ident, $file:literal) => {
        $(#[$doc])*
        pub static $name: LazyLock<WordSet> = LazyLock::new(|| WordSet::load(include_str!($file)));
    };
}

word_set!(
    /// Time zones after a clock time, upper case as written ("EDT").
    TIME_ZONES,
    "time_zones.txt"
);
word_set!(
    /// Words that point a clause ahead ("will", "expected").
    FUTURE_CUES,
    "future_cues.txt"
);
word_set!(
    /// Irregular past-tense verbs ("met", "said").
    PAST_VERBS,
    "past_verbs.txt"
);
word_set!(
    /// "-ed" words that are not past verbs ("indeed", "preferred").
    NOT_PAST_ED,
    "not_past_ed.txt"
);
word_set!(
    /// Prepositions kept in an event trigger ("in 2014").
    PREPOSITIONS,
    "prepositions.txt"
);
word_set!(
    /// Nouns after a number that make it a quantity ("2000 troops").
    QUANTITY_NOUNS,
    "quantity_nouns.txt"
);
word_set!(
    /// Words after an article that let it begin an expression ("the weekend").
    ARTICLE_NOUNS,
    "article_nouns.txt"
);
word_set!(
    /// Words that name a length after a count ("four years").
    LENGTH_UNITS,
    "length_units.txt"
);
word_set!(
    /// Verbs before "until <weekday>" that set a deadline ahead ("extended").
    DEADLINE_VERBS,
    "deadline_verbs.txt"
);
word_set!(
    /// Present-tense verbs of a schedule ("opens", "meets").
    SCHEDULE_VERBS,
    "schedule_verbs.txt"
);
word_set!(
    /// Words of a time of day before a weekday ("a", "m", "noon", "est").
    CLOCK_WORDS,
    "clock_words.txt"
);
word_set!(
    /// Nouns that make "today's" generic ("world", "youth").
    GENERIC_NOUNS,
    "generic_nouns.txt"
);
word_set!(
    /// Hedges before a count kept in the expression ("nearly", "about").
    APPROXIMATORS,
    "approximators.txt"
);

/// Words that can begin a temporal expression: `starters.txt`, every month and weekday name
/// (weekdays also in the plural), every number word and every spelled day ordinal. Checking this first skips the rules
/// for the great majority of tokens.
pub static STARTERS: LazyLock<FxHashSet<String>> = LazyLock::new(|| {
    let mut set: FxHashSet<String> = entries(include_str!("starters.txt"))
        .map(str::to_owned)
        .collect();
    set.extend(MONTHS.0.keys().map(|w| (*w).to_owned()));
    for w in WEEKDAYS.0.keys() {
        set.insert((*w).to_owned());
        set.insert(format!("{w}s"));
    }
    set.extend(NUMBER_WORDS.0.keys().map(|w| (*w).to_owned()));
    set.extend(
        DAY_ORDINALS
            .0
            .keys()
            .filter(|w| !w.contains('-'))
            .map(|w| (*w).to_owned()),
    );
    set
});

/// The longest starter, in bytes ("thanksgiving"): longer words need no look-up (a test
/// checks it against [`STARTERS`]).
pub const LONGEST_STARTER: usize = 12;

/// Every month name and abbreviation (lower case).
pub fn month_words() -> Vec<String> {
    MONTHS.words().map(str::to_owned).collect()
}

/// Every weekday name (lower case).
pub fn weekday_words() -> Vec<String> {
    WEEKDAYS.words().map(str::to_owned).collect()
}

/// The words a count can begin with: every number word, and the spoken tens with a digit
/// ("ninety-six").
pub fn count_words() -> Vec<String> {
    let mut out: Vec<String> = NUMBER_WORDS.words().map(str::to_owned).collect();
    let of_kind = |kind| {
        NUMBER_WORDS
            .0
            .iter()
            .filter(move |(_, n)| n.kind == kind)
            .map(|(w, _)| *w)
    };
    for tens in of_kind(NumberKind::Tens) {
        out.extend(of_kind(NumberKind::Digit).map(|digit| format!("{tens}-{digit}")));
    }
    out
}

/// The first words of the holidays of `list`.
pub fn first_words<'h>(list: impl IntoIterator<Item = &'h [&'static str]>) -> Vec<String> {
    list.into_iter()
        .filter_map(|words| words.first())
        .map(|w| (*w).to_owned())
        .collect()
}

/// Words after "the", "a" or "an" that let the article begin an expression, in one set:
/// `article_nouns.txt` and every unit word (a period unit's stem with and without its "s",
/// as [`period_unit`] reads it, and the calendar units). For ASCII words.
pub static ARTICLE_FOLLOWERS: LazyLock<FxHashSet<String>> = LazyLock::new(|| {
    let mut set: FxHashSet<String> = ARTICLE_NOUNS.0.iter().map(|w| (*w).to_owned()).collect();
    for stem in PERIOD_UNITS.words() {
        set.insert(stem.to_owned());
        set.insert(format!("{stem}s"));
    }
    set.extend(CALENDAR_UNITS.words().map(str::to_owned));
    set
});

/// The month a word names ("Jan", "january").
pub fn month_of(w: &str) -> Option<u32> {
    MONTHS.get_word(w).map(|m| m.month)
}

/// A full month name ("March", not "Mar").
pub fn is_full_month(w: &str) -> bool {
    MONTHS.get_word(w).is_some_and(|m| m.full)
}

pub fn weekday_of(w: &str) -> Option<Weekday> {
    WEEKDAYS.get_word(w)
}

/// The count a word names ("four" → 4, "a" → 1, "couple" → 2).
pub fn number_word(w: &str) -> Option<i64> {
    NUMBER_WORDS.get_word(w).map(|n| n.value)
}

pub fn unit_of(w: &str) -> Option<UnitWord> {
    CALENDAR_UNITS.get_word(w)
}

/// A word naming a length after a count ("years", "fortnight").
pub fn is_length_unit(w: &str) -> bool {
    ascii_lower(w, &mut [0u8; 24]).is_some_and(|l| LENGTH_UNITS.contains(l))
}

/// The period unit of a word, looked up without a final "s" ("years", "weekly").
pub fn period_unit(w: &str) -> Option<PeriodUnit> {
    let mut buf = [0u8; 24];
    let l = ascii_lower(w, &mut buf)?;
    PERIOD_UNITS.get(l.strip_suffix('s').unwrap_or(l))
}

pub fn season_of(w: &str) -> Option<Season> {
    SEASONS.get_word(w)
}

pub fn day_part_of(w: &str) -> Option<DayPart> {
    DAY_PARTS.get_word(w)
}

/// "third" → 3 (fiscal quarters).
pub fn ordinal_quarter(w: &str) -> Option<u32> {
    ORDINALS.get_word(w)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_list_line_parses() {
        assert_eq!(rejected(MONTHS_TXT, &MONTHS), Vec::<&str>::new());
        assert_eq!(rejected(WEEKDAYS_TXT, &WEEKDAYS), Vec::<&str>::new());
        assert_eq!(
            rejected(NUMBER_WORDS_TXT, &NUMBER_WORDS),
            Vec::<&str>::new()
        );
        assert_eq!(
            rejected(CALENDAR_UNITS_TXT, &CALENDAR_UNITS),
            Vec::<&str>::new()
        );
        assert_eq!(
            rejected(PERIOD_UNITS_TXT, &PERIOD_UNITS),
            Vec::<&str>::new()
        );
        assert_eq!(rejected(SEASONS_TXT, &SEASONS), Vec::<&str>::new());
        assert_eq!(rejected(DAY_PARTS_TXT, &DAY_PARTS), Vec::<&str>::new());
        assert_eq!(rejected(DECADES_TXT, &DECADES), Vec::<&str>::new());
        assert_eq!(rejected(ORDINALS_TXT, &ORDINALS), Vec::<&str>::new());
        assert_eq!(
            rejected(DAY_ORDINALS_TXT, &DAY_ORDINALS),
            Vec::<&str>::new()
        );
        assert_eq!(DAY_ORDINALS.words().count(), 31);
        assert_eq!(
            FIXED_HOLIDAYS.len(),
            entries(FIXED_HOLIDAYS_TXT).count(),
            "a fixed holiday line does not parse"
        );
        assert_eq!(
            WEEKDAY_HOLIDAYS.len(),
            entries(WEEKDAY_HOLIDAYS_TXT).count(),
            "a weekday holiday line does not parse"
        );
    }

    #[test]
    fn lookups_ignore_case_and_plural() {
        assert_eq!(month_of("Sept"), Some(9));
        assert!(is_full_month("MAY") && !is_full_month("Mar"));
        assert_eq!(weekday_of("Thursday"), Some(Weekday::Thu));
        assert_eq!(number_word("Couple"), Some(2));
        assert_eq!(period_unit("Centuries").map(|p| p.per_word), Some(100));
        assert_eq!(season_of("autumn"), Some(Season::Fall));
        assert!(STARTERS.contains("tuesdays") && STARTERS.contains("valentine's"));
        assert_eq!(
            STARTERS.iter().map(String::len).max(),
            Some(LONGEST_STARTER)
        );
    }
}
