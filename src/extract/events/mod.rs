//! Events: every anchored time expression becomes a dated event with a briefing-line title
//! derived from its clause ("Russia first invaded Ukraine"), plus the article's own news
//! event (the meeting it reports), dated at the reference date.
//!
//! This file assembles the events; [`title`] cuts a title from a clause ([`clause`] finds
//! the clause, [`subject`] its subject), [`news`] finds the news event, and
//! [`story_dates`] links dates counted from the story's own time.

mod clause;
mod news;
mod story_dates;
mod subject;
mod title;

use super::Doc;
use super::actors::Found;
use super::temporal::{Timex, TimexType};
use crate::model::{
    ActorId, DateBase, DateValue, Event, EventId, EventKind, Origin, Provenance, ReviewStatus,
    SourceId, Span, TimeAnchor,
};
use chrono::NaiveDate;
use news::news_event;

pub(crate) use clause::verb_like;
pub use news::EVENT_NOUNS;
pub use story_dates::link_story_dates;
pub use title::{name_pronoun_speakers, title_for};

/// Events and which one is the article's own news event.
#[derive(Clone, Debug, Default)]
pub struct Built {
    /// The events as drafts: [`Built::into_events`] makes them [`Event`]s once the
    /// document's tokens are gone.
    pub events: Vec<Draft>,
    pub news: Option<usize>,
    /// Sentence index of each event (for linking quotes and questions).
    pub sentence_of: Vec<Option<usize>>,
    /// Trigger span of each event.
    pub trigger_of: Vec<Option<Span>>,
    /// (sentence, event) pairs sorted by sentence, for lookups by sentence range.
    by_sentence: Vec<(usize, usize)>,
}

/// An event as [`build`] makes it: what quotes and questions need of it, in half the size
/// of an [`Event`] (a dense 50 MB article has 345,000 of them, held beside its 200 MB of
/// tokens). Its id, trigger words and sentence text come in [`Built::into_events`].
#[derive(Clone, Debug)]
pub struct Draft {
    pub title: String,
    pub actors: Vec<ActorId>,
    pub date: DateValue,
    pub anchor: TimeAnchor,
    pub kind: EventKind,
    /// The sentence it comes from.
    pub sentence: Span,
}

impl Built {
    /// Appends an event with the sentence and trigger it came from.
    fn push(&mut self, event: Draft, sentence: Option<usize>, trigger: Option<Span>) {
        self.events.push(event);
        self.sentence_of.push(sentence);
        self.trigger_of.push(trigger);
    }

    /// Events whose sentence lies in `first..=last`.
    pub fn events_in_sentences(
        &self,
        first: usize,
        last: usize,
    ) -> impl Iterator<Item = usize> + '_ {
        let from = self.by_sentence.partition_point(|&(s, _)| s < first);
        self.by_sentence[from..]
            .iter()
            .take_while(move |&&(s, _)| s <= last)
            .map(|&(_, e)| e)
    }

    /// The events, numbered `ev-1`, … in order: unreviewed, ungraded, no notes, one
    /// mention in `source`, with their trigger words and their sentence's text (one copy
    /// per sentence, shared by its events) taken from `text`.
    pub fn into_events(self, text: &str, source: &SourceId) -> Vec<Event> {
        let mut shared: Option<(Span, std::sync::Arc<str>)> = None;
        self.events
            .into_iter()
            .zip(self.trigger_of)
            .enumerate()
            .map(|(i, (d, trigger))| {
                let sentence = match &shared {
                    Some((span, t)) if *span == d.sentence => std::sync::Arc::clone(t),
                    _ => {
                        let t: std::sync::Arc<str> = d.sentence.slice(text).unwrap_or("").into();
                        shared = Some((d.sentence, std::sync::Arc::clone(&t)));
                        t
                    }
                };
                Event {
                    id: EventId::numbered("ev-", i + 1),
                    title: d.title,
                    sentence,
                    date: d.date,
                    anchor: Some(d.anchor),
                    trigger: trigger.and_then(|t| t.slice(text)).map(str::to_owned),
                    kind: d.kind,
                    actors: d.actors,
                    provenance: Some(Provenance {
                        source: source.clone(),
                        sentence: d.sentence,
                        expression: trigger,
                    }),
                    origin: Origin::Extracted,
                    review: ReviewStatus::Unreviewed,
                    grade: crate::model::Grade::default(),
                    notes: String::new(),
                    other_mentions: Vec::new(),
                    conflicts: Vec::new(),
                    dated_by_corroboration: false,
                }
            })
            .collect()
    }
}

/// Background if it ended more than a week before the reference date, upcoming if it
/// starts after it, other otherwise.
fn kind_for(date: &DateValue, reference: Option<NaiveDate>) -> EventKind {
    match (date.start, date.end, reference) {
        (Some(_), Some(e), Some(r))
            if r.checked_sub_days(chrono::Days::new(7))
                .is_some_and(|w| e < w) =>
        {
            EventKind::Background
        }
        (Some(s), _, Some(r)) if s > r => EventKind::Upcoming,
        _ => EventKind::Other,
    }
}

/// The date of an event whose anchor does not resolve.
fn unresolved() -> DateValue {
    DateValue::unknown()
}

/// The ids of actors given by index into `found.actors`.
fn ids(found: &Found, actors: &[usize]) -> Vec<ActorId> {
    actors.iter().filter_map(|&a| found.id(a)).collect()
}

/// Builds the events of a document. `bases` are the date bases of the timexes
/// ([`link_story_dates`]), resolved against `reference`.
pub fn build(
    doc: &Doc<'_>,
    timexes: Vec<Vec<Timex>>,
    found: &Found,
    reference: Option<NaiveDate>,
    headline: &str,
    bases: &[DateBase],
) -> Built {
    let mut out = Built::default();
    // At most one event per time expression and the news event: reserved at once, as a
    // doubling `Vec` would hold up to twice the memory (a 50 MB article has 345,000 events).
    let most = timexes.iter().map(Vec::len).sum::<usize>() + 1;
    out.events.reserve_exact(most);
    out.sentence_of.reserve_exact(most);
    out.trigger_of.reserve_exact(most);
    if let Some((title, si, actors)) = news_event(doc, found, headline) {
        let sent = &doc.sentences[si];
        let anchor = TimeAnchor::DayOffset(0);
        let date = anchor.resolve(reference).unwrap_or_else(unresolved);
        out.news = Some(0);
        let event = Draft {
            title,
            date,
            anchor,
            kind: EventKind::News,
            actors: ids(found, &actors),
            sentence: sent.span,
        };
        out.push(event, Some(si), None);
    }
    let context = EventContext {
        doc,
        found,
        reference,
        bases,
    };
    // The news event's sentence: a reference to the news day there adds nothing.
    let news_si = out
        .news
        .and_then(|n| out.sentence_of.get(n).copied().flatten());
    let sentence_events = |(si, list): (usize, Vec<Timex>)| -> Vec<(Draft, Span)> {
        let Some(sent) = doc.sentences.get(si).filter(|_| !list.is_empty()) else {
            return Vec::new();
        };
        // The sentence's quoted runs, found once for all its events (a transcript
        // "sentence" can date hundreds of events).
        let quote_runs = title::quoted_runs(&sent.tokens);
        // "08:40 CEST — A reminder: … were moved out of Almedo yesterday …": when a live-blog
        // entry's sentence names the day of what it reports, its stamp (when the entry was
        // posted) dates nothing of its own.
        let says_when = list.iter().skip(1).any(names_a_day);
        let mut made = Vec::with_capacity(list.len());
        for tx in list {
            if says_when && title::is_entry_stamp(&sent.tokens, tx.trigger) {
                continue;
            }
            let here = (si, quote_runs.as_slice());
            if let Some(event) = timex_event(&context, news_si, here, sent, &tx) {
                made.push((event, tx.trigger));
            }
        }
        made
    };
    // Each sentence's events are made on their own: a long article's on all cores (in
    // order), a short one's on this thread. Each sentence's expressions are dropped once
    // its events are made (about 50 MB of them in a dense 50 MB article).
    if crate::extract::in_parallel(doc.text.len()) {
        crate::extract::par_map_in_order(
            timexes.into_iter().enumerate(),
            |(si, list)| (si, sentence_events((si, list))),
            |(si, made)| {
                for (event, trigger) in made {
                    out.push(event, Some(si), Some(trigger));
                }
            },
        );
    } else {
        for (si, list) in timexes.into_iter().enumerate() {
            for (event, trigger) in sentence_events((si, list)) {
                out.push(event, Some(si), Some(trigger));
            }
        }
    }
    out.by_sentence = out
        .sentence_of
        .iter()
        .enumerate()
        .filter_map(|(e, s)| s.map(|s| (s, e)))
        .collect();
    out.by_sentence.sort_unstable();
    out.events.shrink_to_fit();
    out
}

/// "a midnight curfew", "the noon deadline": a time of day between an article and a noun
/// says what kind of thing the noun is, not when something happened.
fn attributive_time(toks: &[super::tokens::Token<'_>], trigger: Span) -> bool {
    let at = toks.partition_point(|t| t.start() < trigger.start);
    let Some(t) = toks.get(at).filter(|t| t.end() == trigger.end) else {
        return false;
    };
    matches!(t.lower().as_str(), "midnight" | "noon" | "midday")
        && at
            .checked_sub(1)
            .and_then(|p| toks.get(p))
            .is_some_and(|p| matches!(p.lower().as_str(), "a" | "the" | "an"))
        && toks
            .get(at + 1)
            .is_some_and(|n| n.is_word() && n.text.starts_with(|c: char| c.is_lowercase()))
}

/// An expression that names a day or a time ("yesterday", "on Tuesday", "at 03:40"), not
/// a longer span ("this year", "in January").
fn names_a_day(tx: &Timex) -> bool {
    let anchor = tx.anchor.as_ref();
    matches!(tx.kind, TimexType::Date | TimexType::Time)
        && (crate::extract::temporal::merge::is_day_anchor(anchor)
            || matches!(
                anchor,
                Some(TimeAnchor::WithTime { .. } | TimeAnchor::NthWeekday { .. })
            ))
}

/// What every event of one document is built against.
struct EventContext<'d, 'a> {
    doc: &'d Doc<'a>,
    found: &'d Found,
    reference: Option<NaiveDate>,
    bases: &'d [DateBase],
}

/// The event a time expression in sentence `si` dates, if it dates one: a date or time
/// (or a length counted from a date, "three years later") with an anchor, that is not the
/// news day again in the news sentence, and whose clause gives a title of two words or more.
fn timex_event(
    context: &EventContext<'_, '_>,
    news_si: Option<usize>,
    (si, quote_runs): (usize, &[(usize, usize)]),
    sent: &super::Sentence<'_>,
    tx: &Timex,
) -> Option<Draft> {
    // Lengths are no events, unless counted from a date ("three years later").
    if !matches!(tx.kind, TimexType::Date | TimexType::Time)
        && !matches!(tx.anchor, Some(TimeAnchor::FromMention { .. }))
    {
        return None;
    }
    if attributive_time(&sent.tokens, tx.trigger) {
        return None;
    }
    let anchor = tx.anchor.as_ref()?;
    let reference = context.reference;
    let date = anchor
        .resolve_with(reference, context.bases)
        .unwrap_or_else(unresolved);
    // A reference to the news day itself in the news sentence adds nothing new.
    if let Some(r) = reference
        && date.start == Some(r)
        && date.precision == crate::model::Precision::Day
        && news_si == Some(si)
    {
        return None;
    }
    let (mut title, actors) = title_for(context.doc, context.found, si, tx.trigger, quote_runs);
    if let Some(entry) = title::live_entry_title(context.doc, si, tx.trigger, &title) {
        title = entry;
    }
    if title.split_whitespace().count() < 2 {
        return None;
    }
    let kind = kind_for(&date, reference);
    Some(Draft {
        title,
        date,
        anchor: anchor.clone(),
        kind,
        actors: ids(context.found, &actors),
        sentence: sent.span,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn titles(text: &str) -> Vec<String> {
        let (_, _, built) =
            super::super::stages_for_test(text, NaiveDate::from_ymd_opt(2026, 1, 6));
        built
            .events
            .into_iter()
            .filter(|e| e.kind != EventKind::News)
            .map(|e| e.title)
            .collect()
    }

    #[test]
    fn a_sentence_that_only_attributes_a_quote_is_titled_who_said_what() {
        // The whole pipeline: paragraphs, and "she" named after the quote's speaker.
        let titles = |text: &str| -> Vec<String> {
            crate::extract::extract_text(
                text,
                &crate::extract::Options {
                    reference_date: NaiveDate::from_ymd_opt(2026, 1, 6),
                    ..crate::extract::Options::default()
                },
            )
            .events
            .into_iter()
            .filter(|e| e.kind != EventKind::News)
            .map(|e| e.title)
            .collect()
        };
        let t = titles(
            "Grain Talks\n\n\
             “No decision has been taken,” the German government said on Monday.\n\n\
             Mara Lind chairs the talks. “We will meet again,” she said in a statement on \
             Friday.\n\n\
             “Ships are waiting,” the port said on Thursday, and closed its gates on Friday.\n\n\
             \"The cranes are old. The berths are too shallow,\" the harbour master said on \
             Tuesday.\n",
        );
        // A quote begun in an earlier sentence: its last sentence is what was said then.
        assert!(
            t.contains(&"The harbour master: “The berths are too shallow”".to_owned()),
            "{t:?}"
        );
        assert!(
            t.contains(&"The German government: “No decision has been taken”".to_owned()),
            "{t:?}"
        );
        assert!(
            t.contains(&"Mara Lind: “We will meet again”".to_owned()),
            "{t:?}"
        );
        // Never the attribution alone.
        assert!(
            t.iter()
                .all(|x| !x.ends_with(" said") && x != "In a statement"),
            "{t:?}"
        );
        // A sentence that also reports a deed keeps the deed's own title.
        assert!(
            t.iter()
                .any(|x| x.to_lowercase().contains("closed its gates")),
            "{t:?}"
        );
    }

    #[test]
    fn relative_clause_and_elided_subject() {
        let t = titles(
            "They want a ceasefire with Russia, which first invaded Ukraine in 2014 and launched a full-scale war in 2022.",
        );
        assert_eq!(
            t,
            [
                "Russia first invaded Ukraine",
                "Russia launched a full-scale war"
            ]
        );
    }

    #[test]
    fn they_is_not_the_object_of_the_sentence_before() {
        let t = titles(
            "In 1993, radical Islamists bombed the World Trade Center. In 2000, they attacked the USS Cole.",
        );
        assert!(
            t.iter()
                .all(|x| !x.starts_with("World Trade Center attacked")),
            "{t:?}"
        );
        // A subject is still named: "the ministry said … it would".
        let t = titles("The Finance Ministry raised taxes in 2019. In 2021, it cut them again.");
        assert!(
            t.iter().any(|x| x.starts_with("Finance Ministry cut")),
            "{t:?}"
        );
    }

    #[test]
    fn a_long_title_is_cut_without_a_dangling_word() {
        let t = titles(
            "On Sunday, Jimmy Tompkins tossed a football in Romare Bearden Park with his son and a few other children.",
        );
        assert_eq!(
            t,
            ["Jimmy Tompkins tossed a football in Romare Bearden Park with his son"]
        );
    }

    #[test]
    fn a_figure_compared_with_an_earlier_year_is_no_event() {
        let t = titles(
            "The paper found that 1 in 4 residents lived in distressed neighborhoods in 2010, up from 1 in 10 in 2000.",
        );
        assert_eq!(t.len(), 1, "{t:?}");
        assert!(!t[0].starts_with("Up from"), "{t:?}");
    }

    #[test]
    fn an_age_set_off_by_commas_keeps_the_subject() {
        let t = titles("On Sunday, Jimmy Tompkins, 31, tossed a football in the park.");
        assert!(
            t.contains(&"Jimmy Tompkins tossed a football in the park".to_owned()),
            "{t:?}"
        );
        let t = titles(
            "Late Saturday night, Sarah and Timothy Rogers, 27 and 29 years old, respectively, rode in a rickshaw.",
        );
        assert!(
            t.contains(&"Sarah and Timothy Rogers rode in a rickshaw".to_owned()),
            "{t:?}"
        );
        let t = titles("Firefighter Marcos Leal, 34, died on Monday when his engine was trapped.");
        assert!(
            t.iter()
                .any(|x| x.starts_with("Firefighter Marcos Leal") && x.contains("died")),
            "{t:?}"
        );
    }

    #[test]
    fn fronted_trigger_takes_following_clause() {
        let t = titles("In 2014, Russia annexed Crimea.");
        assert_eq!(t, ["Russia annexed Crimea"]);
    }

    #[test]
    fn a_trigger_before_a_subordinate_clause_dates_the_main_clause() {
        let t = titles(
            "Officials evacuated the port of Ostrava, home to 9,000 people, on Sunday as the water rose.",
        );
        assert_eq!(
            t,
            ["Officials evacuated the port of Ostrava, home to 9,000 people"]
        );
    }

    #[test]
    fn a_which_clause_is_titled_with_its_antecedent() {
        assert_eq!(
            titles("The lawsuit, which will be filed on Friday, focuses on the county."),
            ["The lawsuit to be filed"]
        );
        assert_eq!(
            titles("A new audit, which was published on Monday, found delays."),
            ["A new audit was published"]
        );
        // Not an object of "which", nor the object of a preposition before it.
        for text in [
            "Democrats now target the House, which party leaders hope to win on Tuesday.",
            "It would beat the peak for the federal wage, which occurred in 1968.",
        ] {
            let t = titles(text);
            assert!(
                t.iter()
                    .all(|t| !t.starts_with("The House") && !t.starts_with("The federal")),
                "{text}: {t:?}"
            );
        }
    }

    #[test]
    fn a_live_blog_stamp_dates_nothing_when_the_entry_says_when() {
        let text = "08:40 CEST — A reminder of how we got here: about 3,200 people were moved out of Almedo yesterday as the fire came close.\n\n09:55 CEST — The mayor has been speaking to local radio.";
        let (_, _, built) =
            super::super::stages_for_test(text, NaiveDate::from_ymd_opt(2026, 1, 6));
        let triggers: Vec<Option<&str>> = built
            .trigger_of
            .iter()
            .map(|t| t.and_then(|t| t.slice(text)))
            .collect();
        assert!(triggers.contains(&Some("yesterday")), "{triggers:?}");
        // An entry that says no more keeps its stamp's date.
        assert!(triggers.contains(&Some("09:55 CEST")), "{triggers:?}");
        assert!(
            !triggers.iter().flatten().any(|t| t.contains("08:40")),
            "{triggers:?}"
        );
    }

    #[test]
    fn a_live_blog_entry_is_titled_by_what_it_reports() {
        let t = titles(
            "16:45 CET — Very sad news. The regional government says a firefighter has died.\n\n\
             08:40 CET — A reminder of how we got here: about 3,200 people left the town.\n\n\
             09:55 CET — The mayor, Rosa Ibarra, has been speaking to local radio.",
        );
        assert_eq!(
            t,
            [
                "The regional government says a firefighter has died",
                "About 3,200 people left the town",
                "The mayor, Rosa Ibarra, has been speaking to local radio"
            ]
        );
    }

    #[test]
    fn a_cleft_sentence_is_titled_by_what_happened() {
        let t = titles(
            "It was just after three in the morning on 5 January when the two ministers signed the accord.",
        );
        assert_eq!(t, ["The two ministers signed the accord"]);
    }

    #[test]
    fn fronted_prepositional_phrase_takes_following_clause() {
        let t = titles("In a phone call on Monday, the two ministers discussed the ferry dispute.");
        assert_eq!(t, ["The two ministers discussed the ferry dispute"]);
    }

    #[test]
    fn a_clause_opening_with_its_verb_takes_the_subject_before() {
        let t = titles(
            "PORT ALDER: The Harbour Cabinet, on Saturday, gave the nod for three new piers.",
        );
        assert_eq!(t, ["The Harbour Cabinet gave the nod for three new piers"]);
        let t = titles(
            "The ministry published a report that was submitted to the council on Wednesday.",
        );
        assert!(
            t.iter().any(|t| t.starts_with("A report was submitted")),
            "{t:?}"
        );
    }

    #[test]
    fn a_bare_news_noun_gives_way_to_the_headline() {
        let text = "The vote on the harbour budget passed easily.";
        let (doc, found, _) = super::super::stages_for_test(text, None);
        let news = news_event(&doc, &found, "Council passes harbour budget");
        assert_eq!(
            news.map(|n| n.0).as_deref(),
            Some("Council passes harbour budget")
        );
        let news = news_event(&doc, &found, "");
        assert_eq!(news.map(|n| n.0).as_deref(), Some("Vote"));
    }

    #[test]
    fn modal_becomes_headline_to() {
        let t = titles(
            "He added that Ukrainian officials would continue negotiations on key issues on Wednesday.",
        );
        assert_eq!(
            t,
            ["Ukrainian officials to continue negotiations on key issues"]
        );
    }
}
