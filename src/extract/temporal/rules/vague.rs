//! Vague references to the past, present or future (TimeML `PAST_REF`, `PRESENT_REF`,
//! `FUTURE_REF`): "now", "currently", "recently", "these days", "the future", "the near
//! term", "the coming months", "months ago", "several years ago", "the past".

use crate::extract::temporal::TimexType;
use crate::extract::temporal::cursor::Cursor;
use crate::extract::temporal::lexicon::{is_length_unit, number_word, period_unit};
use crate::extract::temporal::rule::{Outcome, Rule, Starts};
use crate::extract::temporal::value::{Ref, Value};
use crate::extract::tokens::TokenKind;

use Outcome::Pass;

fn vague(len: usize, r: Ref) -> Outcome {
    Outcome::valued(len, TimexType::Date, Value::Ref(r))
}

pub const NOW: Rule = Rule {
    name: "now",
    starts: Starts::Words(&["now", "currently", "nowadays"]),
    examples: &[
        "Prices rose and [now] stand higher.",
        "He is [currently] in Paris.",
    ],
    matcher: now,
};

/// "now", "currently", "nowadays": the present (no anchor, `PRESENT_REF`).
fn now(c: &Cursor<'_, '_>) -> Outcome {
    if matches!(c.word.as_str(), "now" | "currently" | "nowadays") {
        return Outcome::anchored(1, TimexType::Date, None);
    }
    Pass
}

pub const THE_NEAR_FUTURE: Rule = Rule {
    name: "the_near_future",
    starts: Starts::Words(&["the"]),
    examples: &[
        "Rates will stay low for [the near future].",
        "In [the short term] it may dip.",
    ],
    matcher: the_near_future,
};

/// "the near future", "the near term", "the short term": some time ahead.
fn the_near_future(c: &Cursor<'_, '_>) -> Outcome {
    if c.word == "the"
        && matches!(
            (c.next.as_str(), c.after2.as_str()),
            ("near", "future" | "term") | ("short", "term")
        )
    {
        return vague(3, Ref::Future);
    }
    Pass
}

pub const UNITS_AGO_VAGUE: Rule = Rule {
    name: "units_ago_vague",
    starts: Starts::Anywhere,
    examples: &["Just [months ago] it was busy."],
    matcher: units_ago_vague,
};

/// "months ago", "years ago" without a count: some time back.
fn units_ago_vague(c: &Cursor<'_, '_>) -> Outcome {
    if c.next == "ago"
        && c.word.ends_with('s')
        && period_unit(&c.word).is_some()
        && !c
            .behind(1)
            .is_some_and(|p| p.kind == TokenKind::Number || number_word(p.text).is_some())
    {
        return vague(2, Ref::Past);
    }
    Pass
}

pub const THESE_DAYS: Rule = Rule {
    name: "these_days",
    starts: Starts::Words(&["these"]),
    examples: &["Few people write letters [these days]."],
    matcher: these_days,
};

fn these_days(c: &Cursor<'_, '_>) -> Outcome {
    if c.word == "these" && c.next == "days" {
        return vague(2, Ref::Present);
    }
    Pass
}

pub const COMING_UNITS: Rule = Rule {
    name: "coming_units",
    starts: Starts::Words(&["coming"]),
    examples: &["Prices will rise in [the coming months], analysts say."],
    matcher: coming_units,
};

/// "(the) coming months", "coming quarters": some time ahead.
fn coming_units(c: &Cursor<'_, '_>) -> Outcome {
    if c.word == "coming"
        && c.next.ends_with('s')
        && (period_unit(&c.next).is_some() || c.next == "quarters")
    {
        return vague(2, Ref::Future);
    }
    Pass
}

pub const RECENTLY: Rule = Rule {
    name: "recently",
    starts: Starts::Words(&["recently"]),
    examples: &["Prices rose [recently] across the region."],
    matcher: recently,
};

fn recently(c: &Cursor<'_, '_>) -> Outcome {
    if c.word == "recently" {
        return vague(1, Ref::Past);
    }
    Pass
}

pub const RECENT_YEARS: Rule = Rule {
    name: "recent_years",
    starts: Starts::Words(&["recent"]),
    examples: &["Exports grew in [recent years], the report said."],
    matcher: recent_years,
};

fn recent_years(c: &Cursor<'_, '_>) -> Outcome {
    if c.word == "recent" && c.next == "years" {
        return vague(2, Ref::Past);
    }
    Pass
}

pub const THE_FUTURE: Rule = Rule {
    name: "the_future",
    starts: Starts::Words(&["the"]),
    examples: &["Sales fell, and [the future] looks better."],
    matcher: the_future,
};

fn the_future(c: &Cursor<'_, '_>) -> Outcome {
    if c.word == "the" && c.next == "future" {
        return vague(2, Ref::Future);
    }
    Pass
}

pub const THE_PAST: Rule = Rule {
    name: "the_past",
    starts: Starts::Words(&["the"]),
    examples: &["Such talks failed in [the past], she said."],
    matcher: the_past,
};

/// "the past" on its own (not "the past two years", "the past decade").
fn the_past(c: &Cursor<'_, '_>) -> Outcome {
    if c.word == "the"
        && c.next == "past"
        && !c.ahead(2).is_some_and(|u| {
            u.kind == TokenKind::Number
                || number_word(u.text).is_some()
                || is_length_unit(u.text)
                || matches!(u.lower().as_str(), "few" | "several" | "couple")
        })
    {
        return vague(2, Ref::Past);
    }
    Pass
}

pub const SEVERAL_UNITS_AGO: Rule = Rule {
    name: "several_units_ago",
    starts: Starts::Words(&["several", "few", "many"]),
    examples: &["[Several years ago] it moved to the city."],
    matcher: several_units_ago,
};

/// "several years ago", "a few days ago": some time in the past.
fn several_units_ago(c: &Cursor<'_, '_>) -> Outcome {
    if matches!(c.word.as_str(), "several" | "few" | "many")
        && c.ahead(1)
            .is_some_and(|u| u.text.ends_with('s') && period_unit(u.text).is_some())
        && c.ahead_is(2, "ago")
    {
        return vague(3, Ref::Past);
    }
    Pass
}
