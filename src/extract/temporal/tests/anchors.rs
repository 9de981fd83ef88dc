//! Anchors: date forms, weekdays and months by tense, relative days, ranges, merges and
//! story-relative expressions, as extraction sees them.

use super::{all, has, one, timeml, ymd};
use crate::extract::temporal::{Timex, TimexType, find, link_mentions};
use crate::model::{Precision, Span};
use chrono::{NaiveDate, NaiveTime};

#[test]
fn weekday_after_a_past_verb_looks_back_and_deadlines_take_the_nearest_day() {
    // Reference Wednesday 7 Jan 2026.
    let v = timeml("The agency announced Thursday that applications are due by Jan. 14.");
    assert!(has(&v, "Thursday", "DATE", "2026-01-01"), "{v:?}");
    assert!(has(&v, "Jan. 14", "DATE", "2026-01-14"), "{v:?}");
}

#[test]
fn years_with_trigger() {
    let v = all("Russia first invaded Ukraine in 2014 and launched a full-scale war in 2022.");
    assert_eq!(v.len(), 2);
    assert_eq!(v[0].1, "in 2014");
    let d = v[0].3.clone().unwrap();
    assert_eq!(
        (d.start, d.end, d.precision),
        (ymd(2014, 1, 1), ymd(2014, 12, 31), Precision::Year)
    );
}

#[test]
fn date_forms() {
    assert_eq!(
        one("It happened on Jan. 6 in Paris.").1.start,
        ymd(2026, 1, 6)
    );
    assert_eq!(
        one("It happened on 6 January 2026.").1.start,
        ymd(2026, 1, 6)
    );
    assert_eq!(
        one("It happened on January 6, 2026, at night.").1.start,
        ymd(2026, 1, 6)
    );
    assert_eq!(one("Filed 2025-12-30 by staff.").1.start, ymd(2025, 12, 30));
    let m = one("Talks began in March 2024.").1;
    assert_eq!(
        (m.start, m.end, m.precision),
        (ymd(2024, 3, 1), ymd(2024, 3, 31), Precision::Month)
    );
}

#[test]
fn weekdays_follow_tense() {
    let past = one("The ministers met on Monday.").1;
    assert_eq!(past.start, ymd(2026, 1, 5));
    let future = one("Officials would continue negotiations on key issues on Wednesday.").1;
    assert_eq!(future.start, ymd(2026, 1, 7));
    let next = one("They meet again next Friday.").1;
    assert_eq!(next.start, ymd(2026, 1, 9));
}

#[test]
fn relative_expressions() {
    assert_eq!(one("He spoke yesterday.").1.start, ymd(2026, 1, 5));
    assert_eq!(one("A day earlier, troops moved.").1.start, ymd(2026, 1, 5));
    assert_eq!(one("It was agreed last week.").1.precision, Precision::Week);
    let nm = one("Elections are due next month.").1;
    assert_eq!(nm.start, ymd(2026, 2, 1));
    assert_eq!(
        one("Shelling resumed on Christmas Eve.").1.start,
        ymd(2025, 12, 24)
    );
    assert_eq!(
        one("Two days ago the border closed.").1.start,
        ymd(2026, 1, 4)
    );
}

#[test]
fn ranges_and_since() {
    let (s, d) = one("The fighting lasted from 2014 to 2022.");
    assert_eq!(s, "from 2014 to 2022");
    assert_eq!((d.start, d.end), (ymd(2014, 1, 1), ymd(2022, 12, 31)));
    let d = one("The mission has run since 2014.").1;
    assert!(d.open_ended);
    let d = one("During the 2014–22 period it grew.").1;
    assert_eq!(d.end, ymd(2022, 12, 31));
}

#[test]
fn durations_and_sets_are_not_dates() {
    let v = all("The war has lasted for four years and talks happen every week.");
    assert_eq!(
        v.iter().map(|x| x.2).collect::<Vec<_>>(),
        [TimexType::Duration, TimexType::Set]
    );
    assert!(v.iter().all(|x| x.3.is_none()));
    let v = all("A four-year plan.");
    assert_eq!(v[0].2, TimexType::Duration);
}

#[test]
fn quantities_are_not_years() {
    assert!(all("About 2000 troops and 1500 people were there.").is_empty());
    assert!(all("It cost $2014.").is_empty());
}

#[test]
fn time_of_day_merges_with_day() {
    let (s, d) = one("The vote is on Tuesday at 3 p.m. local time.");
    assert_eq!(s, "Tuesday at 3 p.m.");
    assert_eq!(d.precision, Precision::Time);
    assert_eq!(d.time, NaiveTime::from_hms_opt(15, 0, 0));
}

#[test]
fn time_before_the_day_merges_into_one_expression() {
    let v = all("Jurors will resume deliberations at 3 p.m. on Tuesday.");
    assert_eq!(v.len(), 1, "{v:?}");
    assert_eq!(v[0].0, "3 p.m. on Tuesday");
    assert_eq!(v[0].1, "at 3 p.m. on Tuesday");
    let d = v[0].3.clone().unwrap();
    assert_eq!(d.start, ymd(2026, 1, 13));
    assert_eq!(d.time, NaiveTime::from_hms_opt(15, 0, 0));
    // A part of a day gives the clock time its day: "20:00 last night" is yesterday's.
    let v = all("The governor ordered the evacuation at 20:00 last night.");
    assert_eq!(v.len(), 1, "{v:?}");
    assert_eq!(v[0].0, "20:00 last night");
    let d = v[0].3.clone().unwrap();
    assert_eq!(d.start, ymd(2026, 1, 5));
    assert_eq!(d.time, NaiveTime::from_hms_opt(20, 0, 0));
}

#[test]
fn a_schedule_word_used_as_a_noun_does_not_put_the_day_ahead() {
    // Reference Tuesday 6 Jan 2026: "the council meets Tuesday" is next week's meeting;
    // "vote" as a noun, in a past clause, is today's.
    assert_eq!(one("The council meets Tuesday.").1.start, ymd(2026, 1, 13));
    assert_eq!(
        one("Weller lost a confidence vote in parliament on Tuesday.")
            .1
            .start,
        ymd(2026, 1, 6)
    );
    assert_eq!(
        one("The vote was held on Tuesday.").1.start,
        ymd(2026, 1, 6)
    );
    // An infinitive takes its time from the verb that governs it, however far back.
    assert_eq!(
        one("The governor ordered about 6,000 people in the villages of the valley to leave their homes on Tuesday.")
            .1
            .start,
        ymd(2026, 1, 6)
    );
}

#[test]
fn month_day_direction_follows_the_verb() {
    // Reference 6 Jan 2026: "filed on Dec. 30" is the last one, "will rule on Dec. 30"
    // the next one; with no verb the nearest is meant.
    assert_eq!(
        one("Prosecutors filed charges on Dec. 30.").1.start,
        ymd(2025, 12, 30)
    );
    assert_eq!(
        one("The court will rule on Dec. 30.").1.start,
        ymd(2026, 12, 30)
    );
    assert_eq!(one("On Jan. 10, a new term.").1.start, ymd(2026, 1, 10));
    // A date naming a deadline, and a participle after "be", take the nearest day.
    assert_eq!(
        one("The minister gave no reason for the Jan. 14 deadline.")
            .1
            .start,
        ymd(2026, 1, 14)
    );
    assert_eq!(
        one("The summit was to be held on Feb. 2 in Oslo.").1.start,
        ymd(2026, 2, 2)
    );
    // A date something is set for: the past verb says when it was set, not when it falls.
    assert_eq!(
        one("The president had called a snap election for Feb. 6.")
            .1
            .start,
        ymd(2026, 2, 6)
    );
}

#[test]
fn may_the_verb_is_not_a_month() {
    assert!(
        all("Officials May decide later. He may go.")
            .iter()
            .all(|x| x.3.is_none())
    );
    assert_eq!(one("Talks began in May.").1.precision, Precision::Month);
}

#[test]
fn mentions_count_from_the_last_date_named() {
    let v = timeml(
        "The following year will be hard, the minister said. The plant opened on March 3, \
         1995. The following year it was sold, and later that year it closed. On Oct. 4, \
         2001, a fire broke out; the next morning crews were still there, and the next day \
         the owner resigned. That same day the town met.",
    );
    // Nothing named before: counted from the document's date.
    assert!(has(&v, "The following year", "DATE", "2027"), "{v:?}");
    assert!(has(&v, "The following year", "DATE", "1996"), "{v:?}");
    assert!(has(&v, "later that year", "DATE", "1996"), "{v:?}");
    assert!(
        has(&v, "the next morning", "TIME", "2001-10-05TMO"),
        "{v:?}"
    );
    assert!(has(&v, "the next day", "DATE", "2001-10-06"), "{v:?}");
    assert!(has(&v, "That same day", "DATE", "2001-10-06"), "{v:?}");
}

#[test]
fn a_length_later_is_a_length_that_dates_what_follows() {
    let text = "The plant opened in the spring of 1962. Three years later she ran it.";
    let dct = NaiveDate::from_ymd_opt(2015, 3, 2).unwrap();
    let v = timeml(text);
    assert!(has(&v, "Three years", "DURATION", "P3Y"), "{v:?}");
    let mut found: Vec<Timex> = find(text, Span::new(0, text.len()));
    link_mentions(found.iter_mut());
    let later = found
        .iter()
        .find(|t| t.kind == TimexType::Duration)
        .unwrap();
    let d = later.anchor.as_ref().unwrap().resolve(Some(dct)).unwrap();
    assert_eq!(d.start, NaiveDate::from_ymd_opt(1965, 1, 1));
}

#[test]
fn it_is_now_a_weekday_names_the_coming_day() {
    // Reference Wednesday 7 Jan 2026: a live blog past midnight.
    let d = one("It is now early on Thursday, and the result is in.").1;
    assert_eq!(d.start, ymd(2026, 1, 8));
}

#[test]
fn a_day_spelled_as_an_ordinal_of_a_month_is_a_date() {
    // Reference Wednesday 7 Jan 2026.
    let v = timeml("The minutes on the twenty-sixth of February will give the arguments.");
    assert!(
        has(&v, "twenty-sixth of February", "DATE", "2026-02-26"),
        "{v:?}"
    );
    let v = timeml("He walked away from it on the thirteenth of October, not us.");
    assert!(
        has(&v, "thirteenth of October", "DATE", "2025-10-13"),
        "{v:?}"
    );
    let v = timeml("It was signed on the 3rd of March 2024 in Oslo.");
    assert!(has(&v, "3rd of March 2024", "DATE", "2024-03-03"), "{v:?}");
    // A weekday before it is the same day.
    let d = one("The judge set a sentencing hearing for Monday the twenty-seventh of April.").1;
    assert_eq!(d.start, ymd(2026, 4, 27));
    // Not a date: a fraction or a ranking.
    assert!(all("He finished third of March's entrants.").is_empty());
}

#[test]
fn a_live_blog_past_midnight_moves_to_the_next_day() {
    // Reference Wednesday 7 Jan 2026, the day the blog began.
    let forward = "13:30 — Good afternoon and welcome.\n\n21:15 — The square is emptying.\n\n00:40 — We have the news we were waiting for.\n\n01:10 — We will leave the blog here.";
    let v = timeml(forward);
    let values: Vec<&str> = v.iter().map(|(_, _, x)| x.as_str()).collect();
    assert_eq!(
        values,
        [
            "2026-01-07T13:30",
            "2026-01-07T21:15",
            "2026-01-08T00:40",
            "2026-01-08T01:10"
        ],
        "{v:?}"
    );
    // Newest first: the entries above the drop are the next day's.
    let newest_first =
        "00:40 — We have the news.\n\n21:15 — The square is emptying.\n\n13:30 — Good afternoon.";
    let v = timeml(newest_first);
    assert!(has(&v, "00:40", "TIME", "2026-01-08T00:40"), "{v:?}");
    assert!(has(&v, "21:15", "TIME", "2026-01-07T21:15"), "{v:?}");
    // An entry a little out of order is no new day.
    let v = timeml("14:30 — First.\n\n14:10 — An earlier note.\n\n15:00 — Later.");
    assert!(has(&v, "14:10", "TIME", "2026-01-07T14:10"), "{v:?}");
}
