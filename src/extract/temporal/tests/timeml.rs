//! TimeML values and extents through `tag_text`, as `eval-timeml` scores them.

use super::{has, timeml};

#[test]
fn timeml_values_of_dates_durations_and_sets() {
    let v = timeml(
        "The board met Monday and said profit for the past two years rose. \
         Talks happen every week and the plan runs for four years. \
         Sales fell last week, a 90-day review began in March 2025 and it ended yesterday.",
    );
    assert!(has(&v, "Monday", "DATE", "2026-01-05"), "{v:?}");
    assert!(has(&v, "the past two years", "DURATION", "P2Y"), "{v:?}");
    assert!(has(&v, "every week", "SET", "P1W"), "{v:?}");
    assert!(has(&v, "four years", "DURATION", "P4Y"), "{v:?}");
    // 31 Dec 2025 lies in ISO week 1 of 2026.
    assert!(has(&v, "last week", "DATE", "2026-W01"), "{v:?}");
    assert!(has(&v, "90-day", "DURATION", "P90D"), "{v:?}");
    assert!(has(&v, "March 2025", "DATE", "2025-03"), "{v:?}");
    assert!(has(&v, "yesterday", "DATE", "2026-01-06"), "{v:?}");
}

#[test]
fn timeml_vague_references_quarters_and_seasons() {
    let v = timeml(
        "Prices rose recently and now stand higher. The firm expects a gain in the \
         fourth quarter, after the latest quarter disappointed. Fiscal 2025 closed last \
         summer, and the future looks better. The plant opened in the 1990s.",
    );
    assert!(has(&v, "recently", "DATE", "PAST_REF"), "{v:?}");
    assert!(has(&v, "now", "DATE", "PRESENT_REF"), "{v:?}");
    assert!(has(&v, "the fourth quarter", "DATE", "2025-Q4"), "{v:?}");
    assert!(has(&v, "the latest quarter", "DATE", "2025-Q4"), "{v:?}");
    assert!(has(&v, "Fiscal 2025", "DATE", "2025"), "{v:?}");
    assert!(has(&v, "last summer", "DATE", "2025-SU"), "{v:?}");
    assert!(has(&v, "the future", "DATE", "FUTURE_REF"), "{v:?}");
    assert!(has(&v, "the 1990s", "DATE", "199"), "{v:?}");
}

#[test]
fn timeml_extents_follow_timebank_conventions() {
    let v = timeml(
        "The strike ended 13 days after the vote. It began nearly two weeks ago. \
         Talks will resume at noon Thursday. Sales in this year's third quarter rose, and the \
         third-quarter results beat forecasts. Rates will stay low for the near future. \
         The firm grew in the nineties and for two decades after. Several years ago it \
         moved. Profits fell at least 30 days in a row. It closes at the end of the month.",
    );
    assert!(has(&v, "13 days", "DURATION", "P13D"), "{v:?}");
    assert!(has(&v, "nearly two weeks ago", "DATE", "2025-W52"), "{v:?}");
    assert!(
        has(&v, "noon Thursday", "TIME", "2026-01-08T12:00"),
        "{v:?}"
    );
    // In early January the reporting year is still the one whose quarters are reported.
    assert!(
        has(&v, "this year's third quarter", "DATE", "2025-Q3"),
        "{v:?}"
    );
    assert!(has(&v, "third-quarter", "DATE", "2025-Q3"), "{v:?}");
    assert!(!v.iter().any(|(t, _, _)| t == "the third-quarter"), "{v:?}");
    assert!(has(&v, "the near future", "DATE", "FUTURE_REF"), "{v:?}");
    assert!(has(&v, "the nineties", "DATE", "199"), "{v:?}");
    assert!(has(&v, "two decades", "DURATION", "P20Y"), "{v:?}");
    assert!(has(&v, "Several years ago", "DATE", "PAST_REF"), "{v:?}");
    assert!(has(&v, "at least 30 days", "DURATION", "P30D"), "{v:?}");
    assert!(has(&v, "the end of the month", "DATE", "2026-01"), "{v:?}");
}

#[test]
fn timeml_leaves_out_rates_titles_ages_and_ordinals() {
    let v = timeml(
        "The plant earns $500 million a year and runs four flights a week. He spoke on \
         ABC's \"This Week\" about a second attempt. The 52 years old chairman praised \
         today's youth. Sales began in February this year. He left the day before the \
         vote was held.",
    );
    let texts: Vec<&str> = v.iter().map(|(t, _, _)| t.as_str()).collect();
    for not in [
        "a year",
        "a week",
        "This Week",
        "a second",
        "52 years",
        "today",
        "this year",
        "the day before",
    ] {
        assert!(!texts.contains(&not), "{not:?} tagged: {v:?}");
    }
    // The month takes its year from the words after it, whatever the verb's tense.
    assert!(has(&v, "February", "DATE", "2026-02"), "{v:?}");
}

#[test]
fn timeml_holidays_vague_spans_and_seasons() {
    let v = timeml(
        "He arrived last Thanksgiving. Polls will close on Election Day. Just months ago it \
         was busy; the past decade was hard, and demand rose over the summer. They will \
         stay for 20 more years. For the week, shares fell.",
    );
    assert!(has(&v, "last Thanksgiving", "DATE", "2025-11-27"), "{v:?}");
    assert!(has(&v, "Election Day", "DATE", "2026-11-03"), "{v:?}");
    assert!(has(&v, "months ago", "DATE", "PAST_REF"), "{v:?}");
    assert!(has(&v, "the past decade", "DURATION", "P10Y"), "{v:?}");
    // "rose over the summer", written in January: last year's.
    assert!(has(&v, "the summer", "DATE", "2025-SU"), "{v:?}");
    assert!(has(&v, "20 more years", "DURATION", "P20Y"), "{v:?}");
    assert!(has(&v, "the week", "DATE", "2026-WXX"), "{v:?}");
}

#[test]
fn timeml_fractions_ranges_hedges_and_hyphenated_adjectives() {
    let v = timeml(
        "They waited 5 1/2 hours, then two to three weeks. It will close over the next \
         year or so. The 14-day review ended. Late Sunday, police left.",
    );
    assert!(has(&v, "5 1/2 hours", "DURATION", "PT5H30M"), "{v:?}");
    assert!(has(&v, "two to three weeks", "DURATION", "P2W"), "{v:?}");
    assert!(
        v.iter().any(|(t, _, _)| t == "the next year or so"),
        "{v:?}"
    );
    assert!(v.iter().any(|(t, _, _)| t == "14-day"), "{v:?}");
    assert!(v.iter().any(|(t, _, _)| t == "Late Sunday"), "{v:?}");
    // "plan" as a noun and "set" without "to" are not future cues.
    let p = timeml(
        "The two sides signed an economic cooperation plan Friday. Talks are set to resume Monday.",
    );
    assert!(has(&p, "Friday", "DATE", "2026-01-02"), "{p:?}");
    assert!(has(&p, "Monday", "DATE", "2026-01-12"), "{p:?}");
    // The cue before a time of day decides the weekday's direction.
    let w = timeml("The deadline was extended until 9 a.m. EST Tuesday.");
    assert!(
        has(&w, "9 a.m. EST Tuesday", "TIME", "2026-01-13T09:00"),
        "{w:?}"
    );
}

#[test]
fn timeml_ranges_split_and_possessives_drop_their_ending() {
    let v = timeml("The mission ran from 2014 to 2022. Friday's vote was close.");
    assert!(has(&v, "2014", "DATE", "2014"), "{v:?}");
    assert!(has(&v, "2022", "DATE", "2022"), "{v:?}");
    assert!(has(&v, "Friday", "DATE", "2026-01-02"), "{v:?}");
}

#[test]
fn timeml_spoken_counts_halves_and_hedged_ends() {
    let v = timeml(
        "Prices swung in the last twenty four hours. Ninety seconds? No, a minute and a \
         half later the vote closed, after almost a hundred years of debate. Then, a week \
         or so ago, the board met. Profit will not recover until 2030 or later, for 2027 \
         and beyond, within weeks or months. Results for the last half of 2025 and the \
         first two quarters of 2026 were mixed. It was cold in the winter of nineteen \
         ninety-four and in January nineteen ninety-seven.",
    );
    assert!(
        has(&v, "the last twenty four hours", "DURATION", "PT24H"),
        "{v:?}"
    );
    assert!(
        has(&v, "a minute and a half", "DURATION", "PT1M30S"),
        "{v:?}"
    );
    assert!(
        has(&v, "almost a hundred years", "DURATION", "P100Y"),
        "{v:?}"
    );
    // 31 December 2025 lies in ISO week 1 of 2026.
    assert!(has(&v, "a week or so ago", "DATE", "2026-W01"), "{v:?}");
    assert!(has(&v, "2030 or later", "DATE", "2030"), "{v:?}");
    assert!(has(&v, "2027 and beyond", "DATE", "2027"), "{v:?}");
    assert!(has(&v, "weeks or months", "DURATION", "PXW"), "{v:?}");
    assert!(has(&v, "the last half of 2025", "DATE", "2025-H2"), "{v:?}");
    assert!(
        has(&v, "the first two quarters of 2026", "DATE", "2026-H1"),
        "{v:?}"
    );
    assert!(
        has(&v, "the winter of nineteen ninety-four", "DATE", "1994-WI"),
        "{v:?}"
    );
    assert!(
        has(&v, "January nineteen ninety-seven", "DATE", "1997-01"),
        "{v:?}"
    );
}

#[test]
fn timeml_weeks_of_days_past_seasons_and_fiscal_years() {
    let v = timeml(
        "The hearing is set for the week of March 9. This past summer the firm earned \
         more than in the year ended March 31, and the current quarter looks strong. \
         The day before last Monday, talks stalled; later that year they resumed and ran \
         for a while, with rallies each July and reports every quarter. Trading halted for \
         eight trading days, and at mid-afternoon yesterday shares rose on a day-long rally.",
    );
    assert!(has(&v, "the week of March 9", "DATE", "2026-W11"), "{v:?}");
    assert!(has(&v, "This past summer", "DATE", "2025-SU"), "{v:?}");
    assert!(has(&v, "the year", "DURATION", "P1Y"), "{v:?}");
    assert!(has(&v, "the current quarter", "DATE", "2026-Q1"), "{v:?}");
    // Last Monday before Wednesday 7 January is the 5th: the day before is the 4th.
    assert!(
        has(&v, "The day before last Monday", "DATE", "2026-01-04"),
        "{v:?}"
    );
    // Counted from the last date named: the day before last Monday, in 2026.
    assert!(has(&v, "later that year", "DATE", "2026"), "{v:?}");
    assert!(has(&v, "a while", "DURATION", "PXX"), "{v:?}");
    assert!(has(&v, "each July", "SET", "XXXX-07"), "{v:?}");
    assert!(has(&v, "every quarter", "SET", "P1Q"), "{v:?}");
    assert!(has(&v, "eight trading days", "DURATION", "P8D"), "{v:?}");
    assert!(
        has(&v, "mid-afternoon yesterday", "TIME", "2026-01-06TAF"),
        "{v:?}"
    );
    assert!(has(&v, "day-long", "DURATION", "P1D"), "{v:?}");
}

#[test]
fn timeml_month_directions_from_deadlines_and_fronted_clauses() {
    // Written Wednesday 7 January 2026.
    let v = timeml(
        "The dividend is payable Dec. 15 to holders of record Dec. 1, effective Nov. 2. \
         In October, the company hired a new chief. Figures for November were weak. The \
         search began since the Dec. 23 attack. The offer had been due to expire Friday.",
    );
    assert!(has(&v, "Dec. 15", "DATE", "2026-12-15"), "{v:?}");
    assert!(has(&v, "Dec. 1", "DATE", "2025-12-01"), "{v:?}");
    assert!(has(&v, "Nov. 2", "DATE", "2026-11-02"), "{v:?}");
    assert!(has(&v, "October", "DATE", "2025-10"), "{v:?}");
    assert!(has(&v, "November", "DATE", "2025-11"), "{v:?}");
    assert!(has(&v, "Dec. 23", "DATE", "2025-12-23"), "{v:?}");
    assert!(has(&v, "Friday", "DATE", "2026-01-02"), "{v:?}");
}

#[test]
fn timeml_weekday_and_day_directions_read_the_main_clause() {
    // Written Wednesday 7 January 2026.
    let v = timeml(
        "On Monday, the union plans to strike. On Friday, the council planned to vote. \
         The bank said it will redeem its preferred shares on Jan. 31. Talks must end by \
         year-end; shares are up since year-end. The court gave them until 9 a.m. Tuesday.",
    );
    assert!(has(&v, "Monday", "DATE", "2026-01-12"), "{v:?}");
    assert!(has(&v, "Friday", "DATE", "2026-01-02"), "{v:?}");
    assert!(has(&v, "Jan. 31", "DATE", "2026-01-31"), "{v:?}");
    assert!(has(&v, "year-end", "DATE", "2026-12-31"), "{v:?}");
    assert!(has(&v, "year-end", "DATE", "2025-12-31"), "{v:?}");
    assert!(
        has(&v, "9 a.m. Tuesday", "TIME", "2026-01-13T09:00"),
        "{v:?}"
    );
}

#[test]
fn timeml_sets_by_period_and_quarters_ahead() {
    // Written Wednesday 7 January 2026 (first quarter).
    let v = timeml(
        "Crews check the dam every six hours and every half hour at night, every other \
         week and every night. Inspectors visit twice a year and three times a week, and \
         the board reports quarterly. The plant will open in the third quarter and ran \
         for another year. Rain could fall Sunday afternoon.",
    );
    assert!(has(&v, "every six hours", "SET", "PT6H"), "{v:?}");
    assert!(has(&v, "every half hour", "SET", "PT30M"), "{v:?}");
    assert!(has(&v, "every other week", "SET", "P2W"), "{v:?}");
    assert!(has(&v, "every night", "SET", "XXXX-XX-XXTNI"), "{v:?}");
    assert!(has(&v, "twice a year", "SET", "P1Y"), "{v:?}");
    assert!(has(&v, "three times a week", "SET", "P1W"), "{v:?}");
    assert!(has(&v, "quarterly", "SET", "P3M"), "{v:?}");
    assert!(has(&v, "the third quarter", "DATE", "2026-Q3"), "{v:?}");
    assert!(has(&v, "another year", "DURATION", "P1Y"), "{v:?}");
    assert!(
        has(&v, "Sunday afternoon", "TIME", "2026-01-11TAF"),
        "{v:?}"
    );
}

#[test]
fn timeml_spans_counted_from_events_and_large_counts() {
    let v = timeml(
        "He was seen in the weeks before the vote. The worst crisis of this century lasted \
         no more than sixty days, and the craft is more than two thousand years old in \
         spirit for more than two thousand years.",
    );
    assert!(has(&v, "weeks", "DATE", "XXXX-XX-XX"), "{v:?}");
    assert!(has(&v, "this century", "DURATION", "P100Y"), "{v:?}");
    assert!(
        has(&v, "no more than sixty days", "DURATION", "P60D"),
        "{v:?}"
    );
    assert!(
        has(&v, "more than two thousand years", "DURATION", "P2000Y"),
        "{v:?}"
    );
}

#[test]
fn timeml_second_heldout_lessons() {
    // Written Wednesday 7 January 2026.
    let v = timeml(
        "Growth slowed in the first half, the slowest this decade. Ferries sail twice \
         daily, the council meets on Tuesdays, and tickets are cheaper on Wednesday nights; \
         bridges are inspected every few years. The summer brought floods. Growth in the \
         year ending March 31 will beat it; it fell short of an April forecast. The team opens its season \
         Thursday, and Monday morning would be worse.",
    );
    assert!(has(&v, "the first half", "DATE", "2026-H1"), "{v:?}");
    assert!(has(&v, "this decade", "DATE", "202"), "{v:?}");
    assert!(has(&v, "twice daily", "SET", "P1D"), "{v:?}");
    assert!(has(&v, "Tuesdays", "SET", "XXXX-WXX-2"), "{v:?}");
    assert!(has(&v, "Wednesday nights", "SET", "XXXX-WXX-3TNI"), "{v:?}");
    assert!(has(&v, "every few years", "SET", "PXY"), "{v:?}");
    assert!(has(&v, "The summer", "DATE", "2025-SU"), "{v:?}");
    assert!(has(&v, "March 31", "DATE", "2026-03-31"), "{v:?}");
    assert!(has(&v, "April", "DATE", "2025-04"), "{v:?}");
    assert!(has(&v, "Thursday", "DATE", "2026-01-08"), "{v:?}");
    assert!(has(&v, "Monday morning", "TIME", "2026-01-12TMO"), "{v:?}");
}
