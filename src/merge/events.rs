//! Events across sources: reports of the same happening become one event.
//!
//! Two reports are the same happening when their dates are consistent (one contains the
//! other: "this week" and "on Wednesday"), or close enough to be a disagreement worth
//! flagging, and they say the same thing: shared key words in their titles and sentences,
//! shared actors. Two happenings on the same day with different words stay apart, and one
//! source never reports the same happening twice with a time word. Candidate pairs come
//! from shared words (see [`super::cluster`]), so the work grows with the story, not with
//! all pairs.

use super::cluster::{Groups, candidate_pairs, join_best_first};
use super::words::{Figure, content_words, figures, jaccard, resemblance};
use crate::model::{ActorId, DateValue, Event, EventMention, Precision, Provenance, TimeAnchor};
use chrono::{Datelike, NaiveDate};
use rustc_hash::FxHashSet as HashSet;

/// One report of an event, as merging sees it.
pub struct Report {
    /// Index of the part (input briefing) and of the source it comes from.
    pub part: usize,
    pub source: usize,
    /// The event with its provenance already pointing at the merged source ids, its actors
    /// at the unified actors.
    pub event: Event,
    pub title_words: HashSet<String>,
    /// Content words of its own sentence (the first mention's).
    pub sentence_words: HashSet<String>,
    /// Figures its sentences (every mention's) state.
    pub figures: Vec<Figure>,
    /// The words of its actors' names ("viktor", "lanz"), as content words.
    pub name_words: HashSet<String>,
    /// Ids of other events of the same source and sentence folded into this report (the
    /// article's own news event is often its lead sentence's dated event again).
    pub aliases: Vec<crate::model::EventId>,
    /// For a report from a source with no publication date that dates itself only by a
    /// near word ("on Friday", "this morning", "yesterday"): the days the story's dated
    /// sources were published around. News told that way happened then, so it is not a
    /// report of something another source dates to another time ("the 2007 ceremony").
    pub recent_within: Option<(NaiveDate, NaiveDate)>,
    /// Its sentence opens its source's body (the first or second sentence after the
    /// headline) and is the source's first report: the story's own news, as each outlet
    /// leads with it.
    pub lede: bool,
}

impl Report {
    /// A report of `event`; `sentences` are the texts of its mentions, its own first.
    pub fn new(part: usize, source: usize, event: Event, sentences: &[&str]) -> Self {
        let title_words = content_words(&event.title);
        let sentence_words = sentences
            .first()
            .map(|s| content_words(s))
            .unwrap_or_default();
        let figs = sentences.iter().flat_map(|s| figures(s)).collect();
        let name_words = name_words(&event.actors);
        Self {
            part,
            source,
            event,
            title_words,
            sentence_words,
            figures: figs,
            name_words,
            aliases: Vec::new(),
            recent_within: None,
            lede: false,
        }
    }

    /// Folds another event of the same source and sentence into this report: its id maps
    /// here, its actors join, and the better-dated, better-titled of the two leads.
    pub fn absorb(&mut self, other: Event) {
        let explicit = |e: &Event| e.trigger.is_some() && e.date.is_resolved();
        let mut folded = other;
        if explicit(&folded) && !explicit(&self.event) {
            std::mem::swap(&mut self.event, &mut folded);
        }
        let lead = &mut self.event;
        // The article's own news event may carry the article's headline as its title: that
        // names the story, not this sentence's happening, and would pull unrelated reports in.
        let news = folded.kind == crate::model::EventKind::News && folded.trigger.is_none();
        if !news && content_words(&folded.title).len() > content_words(&lead.title).len() {
            lead.title.clone_from(&folded.title);
        }
        if !lead.date.is_resolved() && folded.date.is_resolved() {
            lead.date.clone_from(&folded.date);
        }
        for a in &folded.actors {
            if !lead.actors.contains(a) {
                lead.actors.push(a.clone());
            }
        }
        self.title_words = content_words(&lead.title);
        self.name_words = name_words(&lead.actors);
        self.aliases.push(folded.id);
    }

    /// The date comes from a time expression in the text (not the publication date a
    /// report's own news event is dated at).
    pub fn has_explicit_date(&self) -> bool {
        self.event.trigger.is_some() && self.event.date.is_resolved()
    }
}

/// The words of actors' names, from their ids ("a-viktor-lanz" → "viktor", "lanz").
fn name_words(actors: &[ActorId]) -> HashSet<String> {
    actors
        .iter()
        .map(ActorId::as_str)
        .flat_map(|id| id.strip_prefix("a-").unwrap_or(id).split('-'))
        .flat_map(content_words)
        .collect()
}

/// How two dates relate.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DateFit {
    /// One contains the other ("this week" and "on Wednesday", "2026" and "in March 2026").
    Consistent,
    /// Different days a day apart: the same happening if the words agree, and then a
    /// conflict to show (time zones, "late on Wednesday" and "early on Thursday").
    Near,
    /// Different days two or three days apart: the same happening only if the reports read
    /// very much alike ("Tributes are coming in for Leal" on Monday is not "Leal's funeral
    /// will be held on Thursday").
    Far,
    /// At least one report has no date.
    Unknown,
    /// Cannot be the same happening.
    Apart,
}

/// Days apart two day-precision reports may be and still be one happening told differently.
const NEAR_DAYS: i64 = 3;

fn interval(d: &DateValue) -> Option<(NaiveDate, NaiveDate)> {
    let s = d.start?;
    Some((s, d.end.unwrap_or(s)))
}

pub fn date_fit(a: &DateValue, b: &DateValue) -> DateFit {
    let (Some((a0, a1)), Some((b0, b1))) = (interval(a), interval(b)) else {
        return DateFit::Unknown;
    };
    if (a0 <= b0 && b1 <= a1) || (b0 <= a0 && a1 <= b1) {
        return DateFit::Consistent;
    }
    let fine = |d: &DateValue| matches!(d.precision, Precision::Day | Precision::Time);
    let gap = if a1 < b0 {
        (b0 - a1).num_days()
    } else {
        (a0 - b1).num_days()
    };
    if fine(a) && fine(b) && gap <= 1 {
        DateFit::Near
    } else if fine(a) && fine(b) && gap <= NEAR_DAYS {
        DateFit::Far
    } else {
        DateFit::Apart
    }
}

/// Whether `day` fits the calendar constraint an undated report's time word still carries:
/// "on Tuesday" in an article with no reference date is a Tuesday, "on 6 January" a
/// 6 January. `None`: the word constrains no day.
fn anchor_fits(anchor: &TimeAnchor, day: NaiveDate) -> Option<bool> {
    match anchor {
        TimeAnchor::Weekday { weekday, .. } => Some(day.weekday() == *weekday),
        TimeAnchor::MonthDay { month, day: d, .. } | TimeAnchor::Holiday { month, day: d, .. } => {
            Some(day.month() == *month && day.day() == *d)
        }
        TimeAnchor::MonthOnly { month, .. } => Some(day.month() == *month),
        TimeAnchor::WithTime { day: inner, .. } => anchor_fits(inner, day),
        _ => None,
    }
}

/// What an unresolved report's time word says of the other report's day: `Some(false)` if
/// it rules it out ("on Tuesday" in an undated article cannot be Saturday 8 August),
/// `Some(true)` if it agrees (a Tuesday), `None` if it says nothing.
fn anchor_agrees(a: &Event, b: &Event) -> Option<bool> {
    let agrees = |undated: &Event, dated: &Event| {
        if undated.date.is_resolved() || dated.date.precision != Precision::Day {
            return None;
        }
        anchor_fits(undated.anchor.as_ref()?, dated.date.start?)
    };
    agrees(a, b)
        .or_else(|| agrees(b, a))
        .or_else(|| same_undated_day(a, b))
}

/// Two reports from sources with no publication date, both naming the same day by its own
/// words: "on Saturday" and "Saturday morning", "on 6 January" and "Jan. 6". Within one
/// story that is one day (`Some(true)`); other pairs say nothing (`None`): "on Friday" and
/// "on Saturday" may be one night told from two time zones, "yesterday" depends on when
/// each was published.
fn same_undated_day(a: &Event, b: &Event) -> Option<bool> {
    if a.date.is_resolved() || b.date.is_resolved() {
        return None;
    }
    let day = |e: &Event| {
        let mut anchor = e.anchor.as_ref()?;
        while let TimeAnchor::WithTime { day, .. } = anchor {
            anchor = day;
        }
        match anchor {
            // "met on Saturday" and "will meet on Saturday" are two Saturdays.
            TimeAnchor::Weekday { weekday, direction } => Some((
                0,
                weekday.num_days_from_monday(),
                match direction {
                    crate::model::Direction::Future => 1,
                    _ => 0,
                },
            )),
            TimeAnchor::MonthDay { month, day, .. } => Some((1, *month, *day)),
            _ => None,
        }
    };
    (day(a)? == day(b)?).then_some(true)
}

fn anchors_clash(a: &Event, b: &Event) -> bool {
    anchor_agrees(a, b) == Some(false)
}

/// Whether an anchor names a day near the (unknown) publication date: a weekday,
/// "yesterday", "this morning" (not "300 days ago"), "last week".
pub fn is_near_anchor(anchor: &TimeAnchor) -> bool {
    match anchor {
        TimeAnchor::Weekday { .. } => true,
        TimeAnchor::DayOffset(n) => n.abs() <= 7,
        TimeAnchor::UnitOffset { unit, offset } => {
            *unit == crate::model::Unit::Week && offset.abs() <= 1
        }
        TimeAnchor::WithTime { day, .. } => is_near_anchor(day),
        _ => false,
    }
}

/// The days a story's news falls in, from its dated sources' publication dates: two weeks
/// before the earliest to two weeks after the latest (what is coming: "will vote on
/// Thursday"). `None` when no source is dated.
pub fn story_window(dates: impl Iterator<Item = NaiveDate>) -> Option<(NaiveDate, NaiveDate)> {
    let (mut lo, mut hi) = (None::<NaiveDate>, None::<NaiveDate>);
    for d in dates {
        lo = Some(lo.map_or(d, |l| l.min(d)));
        hi = Some(hi.map_or(d, |h| h.max(d)));
    }
    Some((
        lo?.checked_sub_days(chrono::Days::new(14))?,
        hi?.checked_add_days(chrono::Days::new(14))?,
    ))
}

/// A report told as recent news in an undated source and a report dated outside the
/// story's days: not one happening ("announced on Friday" is not "the 2007 ceremony").
fn recency_clash(a: &Report, b: &Report) -> bool {
    let outside = |recent: &Report, dated: &Report| {
        let (Some((lo, hi)), Some((d0, d1))) = (recent.recent_within, interval(&dated.event.date))
        else {
            return false;
        };
        d1 < lo || d0 > hi
    };
    outside(a, b) || outside(b, a)
}

/// [`date_fit`] of two events, where an undated report's own time word still rules the
/// other's day out, or agrees with it (then the dates are consistent).
fn event_fit(a: &Event, b: &Event) -> DateFit {
    let fit = date_fit(&a.date, &b.date);
    match (fit, anchor_agrees(a, b)) {
        (DateFit::Unknown, Some(false)) => DateFit::Apart,
        (DateFit::Unknown, Some(true)) => DateFit::Consistent,
        _ => fit,
    }
}

/// Both reports name the same calendar day: both dated by their own time words to one day
/// (or an hour of it; not "6–9 January", not "since 12 February") and the same day, or one undated with a day and month of its own ("due on 26 February") that the
/// other's day matches. A shared day is rarer than a shared month or year, so fewer shared
/// words make the same happening ("The minutes will be published on 26 February" / "the
/// minutes, due on 26 February, will show how close the argument was").
fn same_day(a: &Event, b: &Event) -> bool {
    // A date the text states: the publication date an article's own news event carries
    // is no day the reports share.
    let day = |e: &Event| {
        (e.trigger.is_some()
            && !e.date.is_span()
            && matches!(e.date.precision, Precision::Day | Precision::Time))
        .then_some(e.date.start)
        .flatten()
    };
    if let (Some(x), Some(y)) = (day(a), day(b)) {
        return x == y;
    }
    let names_a_day = |undated: &Event, dated: &Event| {
        !undated.date.is_resolved()
            && day(dated).is_some()
            && matches!(
                undated.anchor,
                Some(TimeAnchor::MonthDay { .. } | TimeAnchor::Holiday { .. })
            )
            && anchor_agrees(undated, dated) == Some(true)
    };
    names_a_day(a, b) || names_a_day(b, a)
}

/// The score two reports of the [`same_day`] need (below [`threshold`]'s consistent dates).
const SAME_DAY_THRESHOLD: f64 = 0.15;

fn actor_overlap(a: &[ActorId], b: &[ActorId]) -> f64 {
    if a.is_empty() || b.is_empty() {
        return 0.0;
    }
    let shared = a.iter().filter(|x| b.contains(x)).count();
    shared as f64 / a.len().min(b.len()) as f64
}

/// How alike two reports read, 0–1: titles and sentences, then actors. A short or poor
/// title ("In Geneva") is carried by its sentence.
pub fn similarity(a: &Report, b: &Report) -> f64 {
    let titles = resemblance(&a.title_words, &b.title_words);
    let sentences = resemblance(&a.sentence_words, &b.sentence_words);
    0.4 * titles.max(sentences)
        + 0.4 * sentences
        + 0.2 * actor_overlap(&a.event.actors, &b.event.actors)
}

/// The score two reports need to be joined, by how their dates relate (`None`: never).
fn threshold(fit: DateFit) -> Option<f64> {
    match fit {
        DateFit::Consistent => Some(0.2),
        DateFit::Near | DateFit::Unknown => Some(0.33),
        DateFit::Far => Some(0.5),
        DateFit::Apart => None,
    }
}

/// The score two outlets' ledes need when their dates fit: each leads with the story's
/// news, so fewer shared words make the same happening ("Interior Secretary Dirk Kempthorne
/// announced major changes Thursday to the Endangered Species Act" / "The Interior
/// Department yesterday finalized rules changing the way it administers the Endangered
/// Species Act").
const LEDE_THRESHOLD: f64 = 0.25;

/// The score of a candidate pair, or `None` if they cannot be one happening.
fn pair_score(a: &Report, b: &Report) -> Option<f64> {
    if anchors_clash(&a.event, &b.event) || recency_clash(a, b) {
        return None;
    }
    let fit = event_fit(&a.event, &b.event);
    // The publication date a report's own news event is dated at is a proxy, not a date the
    // text states: two outlets publishing a day apart do not disagree.
    let fit = if fit == DateFit::Apart && !(a.has_explicit_date() && b.has_explicit_date()) {
        if a.has_explicit_date() || b.has_explicit_date() {
            DateFit::Apart
        } else {
            DateFit::Near
        }
    } else {
        fit
    };
    let min = threshold(fit)?;
    let min = if fit == DateFit::Consistent && same_day(&a.event, &b.event) {
        min.min(SAME_DAY_THRESHOLD)
    } else {
        min
    };
    // Two undated ledes may be the same news; an undated lede is no bridge between two
    // dated ones a day apart ("the dam gave way" on Wednesday, "an inquiry" on Thursday).
    let undated = !a.event.date.is_resolved() && !b.event.date.is_resolved();
    let min = if a.lede && b.lede && (fit == DateFit::Consistent || undated) {
        min.min(LEDE_THRESHOLD)
    } else {
        min
    };
    // A name both titles share is not enough ("Lanz will be sentenced" is not "Lanz
    // resigned"): they must share a word about what happened.
    let shares_words = a
        .title_words
        .intersection(&b.title_words)
        .any(|w| !a.name_words.contains(w) && !b.name_words.contains(w))
        || jaccard(&a.sentence_words, &b.sentence_words) >= 0.2;
    let score = similarity(a, b);
    (shares_words && score >= min).then_some(score)
}

/// Groups reports into happenings: each group is a list of indices into `reports`.
pub fn group(reports: &[Report]) -> Vec<Vec<usize>> {
    let pairs = candidate_pairs(reports.len(), |i| {
        reports.get(i).map_or_else(Vec::new, |r| {
            r.title_words
                .iter()
                .chain(&r.sentence_words)
                .cloned()
                .collect()
        })
    });
    let scored: Vec<(f64, usize, usize)> = pairs
        .into_iter()
        .filter(|&(i, j)| reports.get(i).map(|r| r.source) != reports.get(j).map(|r| r.source))
        .filter_map(|(i, j)| Some((pair_score(reports.get(i)?, reports.get(j)?)?, i, j)))
        .collect();
    let sources: Vec<usize> = reports.iter().map(|r| r.source).collect();
    let mut groups = Groups::new(&sources);
    // Members of a group never have dates that rule each other out.
    let mut members: Vec<Vec<usize>> = (0..reports.len()).map(|i| vec![i]).collect();
    join_best_first(&mut groups, scored, false, |g, i, j| {
        let (ri, rj) = (g.find(i), g.find(j));
        let (Some(mi), Some(mj)) = (members.get(ri), members.get(rj)) else {
            return false;
        };
        let fits = mi.iter().all(|&x| {
            mj.iter().all(|&y| match (reports.get(x), reports.get(y)) {
                (Some(a), _) if recency_clash(a, reports.get(y).unwrap_or(a)) => false,
                (Some(a), Some(b)) => {
                    // Two stated dates days apart join only through reports that read
                    // alike themselves, not through an undated report between them.
                    let stated = a.has_explicit_date() && b.has_explicit_date();
                    match event_fit(&a.event, &b.event) {
                        DateFit::Apart if anchors_clash(&a.event, &b.event) => false,
                        DateFit::Apart => !stated,
                        DateFit::Far => {
                            !stated
                                || threshold(DateFit::Far).is_some_and(|t| similarity(a, b) >= t)
                        }
                        _ => true,
                    }
                }
                _ => false,
            })
        });
        if fits && !g.share_a_source(i, j) {
            let moved = members
                .get_mut(rj.max(ri))
                .map(std::mem::take)
                .unwrap_or_default();
            if let Some(keep) = members.get_mut(ri.min(rj)) {
                keep.extend(moved);
            }
            true
        } else {
            false
        }
    });
    groups.into_groups()
}

/// The report whose date the merged event takes: the explicit date most sources agree with
/// (consistent with), finest precision first; else any resolved date; else the first.
pub fn date_bearer(reports: &[&Report]) -> usize {
    let support = |r: &Report| {
        reports
            .iter()
            .filter(|o| {
                o.has_explicit_date()
                    && date_fit(&r.event.date, &o.event.date) == DateFit::Consistent
            })
            .count()
    };
    let precision_rank = |r: &Report| match r.event.date.precision {
        Precision::Time => 5,
        Precision::Day => 4,
        Precision::Week => 3,
        Precision::Month => 2,
        Precision::Year => 1,
        Precision::Unknown => 0,
    };
    let mut best = 0;
    let mut best_key = (false, false, 0, 0);
    for (i, r) in reports.iter().enumerate() {
        let key = (
            r.has_explicit_date(),
            r.event.date.is_resolved(),
            support(r),
            precision_rank(r),
        );
        if key > best_key {
            best_key = key;
            best = i;
        }
    }
    best
}

/// The most informative title of the happening all the reports tell: the most of its
/// words the other reports also use (a long title about something else, or a headline that
/// names only the story, says less of this event), then the most content words, then the
/// longest; titles of fewer than three content words last. A lone report's own title.
pub fn best_title(reports: &[&Report]) -> usize {
    let mut best = 0;
    let mut best_key = (false, 0, 0, 0);
    for (i, r) in reports.iter().enumerate() {
        let shared: usize = reports
            .iter()
            .enumerate()
            .filter(|&(j, _)| j != i)
            .map(|(_, o)| {
                r.title_words
                    .iter()
                    .filter(|w| o.title_words.contains(*w) || o.sentence_words.contains(*w))
                    .count()
            })
            .sum();
        // "The prime minister": a title of a word or two says nothing however shared.
        let says_something = r.title_words.len() >= 3;
        let key = (
            says_something,
            shared,
            r.title_words.len(),
            r.event.title.len(),
        );
        if key > best_key {
            best_key = key;
            best = i;
        }
    }
    best
}

/// One event from a group of reports (in source order). The date-bearing report gives
/// provenance, date, trigger and anchor; the most informative title wins; every other report
/// becomes a mention that keeps its own title and date, so the event can be split again.
pub fn combine(reports: &[&Report]) -> Option<Event> {
    let bearer = reports.get(date_bearer(reports))?;
    let titled = reports.get(best_title(reports))?;
    let mut e = bearer.event.clone();
    e.title.clone_from(&titled.event.title);
    e.other_mentions.clear();
    let mut seen: Vec<Provenance> = e.provenance.iter().cloned().collect();
    for r in reports {
        let own = r.event.provenance.iter().map(|p| EventMention {
            at: p.clone(),
            title: Some(r.event.title.clone()),
            date: Some(r.event.date.clone()),
            trigger: r.event.trigger.clone(),
        });
        for m in own.chain(r.event.other_mentions.iter().cloned()) {
            if !seen.contains(&m.at) {
                seen.push(m.at.clone());
                e.other_mentions.push(m);
            }
        }
        for a in &r.event.actors {
            if !e.actors.contains(a) {
                e.actors.push(a.clone());
            }
        }
        if !r.event.notes.trim().is_empty() && !e.notes.contains(r.event.notes.trim()) {
            if !e.notes.is_empty() {
                e.notes.push_str("\n\n");
            }
            e.notes.push_str(r.event.notes.trim());
        }
    }
    e.dated_by_corroboration =
        e.date.is_resolved() && reports.iter().any(|r| !r.event.date.is_resolved());
    Some(e)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{EventId, SourceId, Span};

    fn day(y: i32, m: u32, d: u32) -> DateValue {
        DateValue::day(NaiveDate::from_ymd_opt(y, m, d).unwrap())
    }

    fn report(source: usize, title: &str, date: DateValue, actors: &[&str]) -> Report {
        let mut e = Event::by_analyst(EventId::new(format!("e{source}")), title, date);
        e.trigger = Some("on Tuesday".into());
        e.actors = actors.iter().map(|a| ActorId::new(*a)).collect();
        e.provenance = Some(Provenance {
            source: SourceId::new(format!("src-{source}")),
            sentence: Span::new(0, 1),
            expression: None,
        });
        Report::new(0, source, e, &[title])
    }

    #[test]
    fn one_stated_day_is_the_same_day_a_span_of_days_is_not() {
        let a = report(1, "The talks opened", day(2026, 1, 7), &[]);
        let b = report(2, "The talks opened", day(2026, 1, 7), &[]);
        assert!(same_day(&a.event, &b.event));
        let span = DateValue::range(&day(2026, 1, 7), &day(2026, 1, 9));
        let c = report(3, "The talks opened", span, &[]);
        assert!(!same_day(&a.event, &c.event));
        // The publication date of an article's own news event is no stated day.
        let mut news = report(4, "The talks opened", day(2026, 1, 7), &[]);
        news.event.trigger = None;
        assert!(!same_day(&a.event, &news.event));
    }

    #[test]
    fn dates_relate_by_containment_and_distance() {
        let week = DateValue::week_of(NaiveDate::from_ymd_opt(2026, 1, 7).unwrap()).unwrap();
        assert_eq!(date_fit(&week, &day(2026, 1, 7)), DateFit::Consistent);
        assert_eq!(date_fit(&day(2026, 1, 7), &day(2026, 1, 8)), DateFit::Near);
        assert_eq!(date_fit(&day(2026, 1, 7), &day(2026, 1, 10)), DateFit::Far);
        assert_eq!(date_fit(&day(2026, 1, 7), &day(2026, 2, 8)), DateFit::Apart);
        assert_eq!(
            date_fit(&day(2026, 1, 7), &DateValue::unknown()),
            DateFit::Unknown
        );
        let year = DateValue::year(2026).unwrap();
        assert_eq!(date_fit(&year, &day(2026, 5, 1)), DateFit::Consistent);
    }

    #[test]
    fn the_merged_title_tells_the_happening_the_reports_share() {
        let d = || day(2026, 1, 6);
        let reports = [
            report(
                1,
                "The talks opened at the Villa Laurentide in Geneva",
                d(),
                &[],
            ),
            report(
                2,
                "Skarvik fishermen angry as Geneva deal lets Marrican trawlers back",
                d(),
                &[],
            ),
            report(3, "The talks opened under Swiss mediation", d(), &[]),
            report(4, "The talks", d(), &[]),
        ];
        let refs: Vec<&Report> = reports.iter().collect();
        assert_eq!(best_title(&refs), 0);
    }

    #[test]
    fn an_undated_reports_weekday_still_rules_days_out_or_in() {
        let arrest = "Police arrested a 52-year-old man from San Ildo";
        let on_tuesday = || {
            let mut r = report(2, arrest, DateValue::unknown(), &[]);
            r.event.anchor = Some(TimeAnchor::Weekday {
                weekday: chrono::Weekday::Tue,
                direction: crate::model::Direction::Past,
            });
            r
        };
        let undated = on_tuesday();
        // Tuesday 11 August 2026 fits "on Tuesday"; Saturday 8 August does not.
        let tuesday = report(1, arrest, day(2026, 8, 11), &[]);
        let saturday = report(3, arrest, day(2026, 8, 8), &[]);
        assert_eq!(
            event_fit(&undated.event, &tuesday.event),
            DateFit::Consistent
        );
        assert_eq!(event_fit(&undated.event, &saturday.event), DateFit::Apart);
        assert!(pair_score(&undated, &tuesday).is_some());
        assert!(pair_score(&undated, &saturday).is_none());
        assert_eq!(group(&[saturday, undated]).len(), 2);
        let undated = on_tuesday();
        assert_eq!(group(&[undated, tuesday]), vec![vec![0, 1]]);
    }

    #[test]
    fn two_undated_reports_naming_the_same_day_are_consistent() {
        // ECB+ 3_6ecb / 3_7ecb (no publication date): "An Atlanta judge sentenced Brian
        // Nichols to life in prison Saturday morning" / "A judge on Saturday sentenced the
        // man ... to multiple life sentences".
        let undated = |source: usize, title: &str, anchor: TimeAnchor| {
            let mut r = report(source, title, DateValue::unknown(), &[]);
            r.event.anchor = Some(anchor);
            r
        };
        let weekday = |w| TimeAnchor::Weekday {
            weekday: w,
            direction: crate::model::Direction::Past,
        };
        let a = undated(
            1,
            "A judge sentenced Nichols to life",
            weekday(chrono::Weekday::Sat),
        );
        let b = undated(
            2,
            "A judge sentenced the man to life sentences",
            TimeAnchor::WithTime {
                day: Box::new(weekday(chrono::Weekday::Sat)),
                time: chrono::NaiveTime::from_hms_opt(9, 0, 0).unwrap(),
            },
        );
        let c = undated(
            3,
            "A judge sentenced Nichols to life",
            weekday(chrono::Weekday::Fri),
        );
        let d = undated(
            4,
            "A judge sentenced Nichols to life",
            TimeAnchor::DayOffset(-1),
        );
        assert_eq!(event_fit(&a.event, &b.event), DateFit::Consistent);
        // Another weekday or "yesterday" says nothing without a publication date.
        assert_eq!(event_fit(&a.event, &c.event), DateFit::Unknown);
        assert_eq!(event_fit(&a.event, &d.event), DateFit::Unknown);
        let jan = |day| TimeAnchor::MonthDay {
            month: 1,
            day,
            direction: None,
        };
        let e = undated(5, "Talks opened", jan(6));
        let f = undated(6, "Talks opened", jan(6));
        assert_eq!(event_fit(&e.event, &f.event), DateFit::Consistent);
    }

    #[test]
    fn news_an_undated_source_tells_as_recent_is_not_a_report_dated_years_before() {
        // ECB+ 2ecbplus: "The comedian Ellen DeGeneres announced on Friday that she is to
        // return as host" (no publication date) had joined "DeGeneres hosted the 79th
        // Academy Awards in 2007" and the merged event was dated 2007.
        let mut friday = report(
            1,
            "DeGeneres announced she will host the Academy Awards",
            DateValue::unknown(),
            &[],
        );
        friday.event.anchor = Some(TimeAnchor::Weekday {
            weekday: chrono::Weekday::Fri,
            direction: crate::model::Direction::Past,
        });
        let mut in_2007 = report(
            2,
            "DeGeneres hosted the Academy Awards",
            DateValue::unknown(),
            &[],
        );
        in_2007.event.date = DateValue::year(2007).unwrap();
        let window = story_window([NaiveDate::from_ymd_opt(2013, 8, 2).unwrap()].into_iter());
        assert_eq!(
            window,
            Some((
                NaiveDate::from_ymd_opt(2013, 7, 19).unwrap(),
                NaiveDate::from_ymd_opt(2013, 8, 16).unwrap()
            ))
        );
        assert!(is_near_anchor(friday.event.anchor.as_ref().unwrap()));
        assert!(
            pair_score(&friday, &in_2007).is_some(),
            "without a window: unknown"
        );
        friday.recent_within = window;
        assert!(pair_score(&friday, &in_2007).is_none());
        assert_eq!(group(&[friday, in_2007]).len(), 2);
        // A report dated inside the story's days still may be the same happening.
        let mut friday = report(
            1,
            "DeGeneres announced she will host the Academy Awards",
            DateValue::unknown(),
            &[],
        );
        friday.event.anchor = Some(TimeAnchor::DayOffset(0));
        friday.recent_within = window;
        let announced = report(
            3,
            "DeGeneres announced she will host the Academy Awards",
            day(2013, 8, 2),
            &[],
        );
        assert!(pair_score(&friday, &announced).is_some());
    }

    #[test]
    fn two_undated_ledes_need_fewer_shared_words() {
        // ECB+ 9ecb (no publication dates): two outlets' ledes on one rule change.
        let lede = |source: usize, title: &str| {
            let mut r = report(source, title, DateValue::unknown(), &[]);
            r.event.trigger = Some("Thursday".into());
            r
        };
        let mut a = lede(
            1,
            "Interior Secretary Dirk Kempthorne announced major changes to the Endangered Species \
             Act, drawing protests",
        );
        let mut b = lede(
            2,
            "The Interior Department finalized rules changing the way it administers the \
             Endangered Species Act, letting agencies skip them",
        );
        assert!(pair_score(&a, &b).is_none(), "{:?}", similarity(&a, &b));
        a.lede = true;
        b.lede = true;
        assert!(pair_score(&a, &b).is_some(), "{:?}", similarity(&a, &b));
        // An undated lede and a dated one get none: the undated lede would bridge reports
        // dated days apart ("the dam gave way" on Wednesday, "an inquiry" on Thursday).
        let mut dated = report(2, &b.event.title.clone(), day(2026, 3, 4), &[]);
        dated.lede = true;
        assert!(
            pair_score(&a, &dated).is_none(),
            "{:?}",
            similarity(&a, &dated)
        );
    }

    #[test]
    fn the_same_happening_merges_and_another_on_the_same_day_stays_apart() {
        let reports = [
            report(
                1,
                "Vesland and Marrica signed a trade agreement",
                day(2026, 1, 7),
                &["v", "m"],
            ),
            report(
                2,
                "Marrica and Vesland sign trade agreement in Geneva",
                day(2026, 1, 7),
                &["v", "m"],
            ),
            report(
                3,
                "Fishermen protested outside the villa",
                day(2026, 1, 7),
                &["v"],
            ),
            report(
                4,
                "Vesland and Marrica signed the agreement",
                day(2026, 1, 8),
                &["v", "m"],
            ),
        ];
        let groups = group(&reports);
        assert_eq!(groups, [vec![0, 1, 3], vec![2]]);
    }

    #[test]
    fn stated_days_apart_do_not_join_through_an_undated_report() {
        // Monday's tributes and Thursday's funeral share a name; an undated report of the
        // funeral reads like both, but cannot make Monday and Thursday one happening.
        let mut undated = report(
            3,
            "Leal's funeral will be held in Orbena",
            day(2026, 8, 13),
            &["l"],
        );
        undated.event.trigger = None;
        undated.event.date = DateValue::unknown();
        let reports = [
            report(
                1,
                "Tributes are coming in for Leal",
                day(2026, 8, 10),
                &["l"],
            ),
            report(
                2,
                "Funeral for Leal to be held in Orbena",
                day(2026, 8, 13),
                &["l"],
            ),
            undated,
        ];
        let groups = group(&reports);
        assert!(
            groups.iter().all(|g| !(g.contains(&0) && g.contains(&1))),
            "{groups:?}"
        );
        assert!(
            groups.iter().any(|g| g.contains(&1) && g.contains(&2)),
            "{groups:?}"
        );
    }

    #[test]
    fn a_merged_event_keeps_every_report_as_a_mention() {
        let a = report(1, "Talks opened", day(2026, 1, 6), &["v"]);
        let b = report(
            2,
            "The talks opened in Geneva under Swiss mediation",
            DateValue::unknown(),
            &["v"],
        );
        let e = combine(&[&a, &b]).unwrap();
        assert_eq!(e.title, "The talks opened in Geneva under Swiss mediation");
        assert_eq!(e.date, day(2026, 1, 6));
        assert!(e.dated_by_corroboration);
        assert_eq!(e.corroboration(), 2);
        assert_eq!(e.other_mentions.len(), 1);
        assert_eq!(
            e.other_mentions[0].title.as_deref(),
            Some(b.event.title.as_str())
        );
    }
}
