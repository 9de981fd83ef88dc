//! Many reports of one story → one briefing. Each article is extracted on its own (against
//! its own reference date); merging then joins what they share: each event once with every
//! outlet that reports it, each quote once with every citation, actors by name and alias,
//! questions that ask the same thing; disagreements on dates and figures are kept as
//! conflicts (and open questions), and undated sources get a suggested date, never a silent
//! one.
//!
//! Pure and deterministic (the same articles in the same order give the same briefing), and
//! near-linear: candidates come from shared words, never from comparing all pairs.
//!
//! - [`words`]: content words, quote tokens, figures.
//! - [`cluster`]: blocking and best-first grouping, one report per source per group.
//! - [`actors`], [`events`], [`quotes`], [`questions`]: each kind of item.
//! - [`backrefs`]: later sentences that refer back to an event without a time word.
//! - [`untimed`]: sentences of one outlet that tell, without a time word, an event another
//!   outlet dates.
//! - [`conflicts`]: date and figure disagreements. [`dates`]: dating by corroboration.

pub mod actors;
pub mod backrefs;
pub mod cluster;
pub mod conflicts;
pub mod dates;
pub mod events;
pub mod questions;
pub mod quotes;
pub mod untimed;
pub mod words;

use crate::model::{
    ActorId, Briefing, DateValue, Event, EventId, OpenQuestion, Origin, Provenance, QuestionId,
    QuoteId, ReviewStatus, Source, SourceId,
};
use rustc_hash::FxHashMap as HashMap;

/// Merges briefings of one story (usually one article each, in the order given) into one.
/// A single briefing comes back unchanged.
pub fn merge(mut parts: Vec<Briefing>) -> Briefing {
    if parts.len() <= 1 {
        return parts.pop().unwrap_or_default();
    }
    let sources = SourceMap::new(&parts);
    let actor_lists: Vec<&[crate::model::Actor]> =
        parts.iter().map(|b| b.actors.as_slice()).collect();
    let unified = actors::unify(&actor_lists);
    let mut date_bases = Vec::new();
    for (p, part) in parts.iter_mut().enumerate() {
        remap_part(p, part, &sources, &unified);
        append_date_bases(part, &mut date_bases);
        apply_back_references(part);
    }

    let mut out = Briefing {
        meta: merged_meta(&parts, &sources.list),
        sources: sources.list.clone(),
        actors: unified.actors,
        date_bases,
        ..Briefing::default()
    };
    let (event_ids, conflict_questions, suggestions) = merge_events(&parts, &sources, &mut out);
    merge_quotes(&mut parts, &event_ids, &sources, &mut out);
    merge_questions(&mut parts, &event_ids, &sources, &mut out);
    for q in conflict_questions {
        let id = QuestionId::numbered("oq-", out.questions.len() + 1);
        out.questions.push(OpenQuestion { id, ..q });
    }
    for (source, suggestion) in suggestions {
        if let Some(s) = out.sources.get_mut(source) {
            s.suggested_reference = Some(suggestion);
            out.warnings.push(format!(
                "{}: no publication date; the events it shares with other sources suggest \
                 {} (accept or set it in the Sources panel)",
                s.name,
                suggestion.describe()
            ));
        }
    }
    untimed::apply(&mut out);
    out.resolve_date_bases();
    for part in &parts {
        let first = part.sources.first();
        let name = first.map_or("", |s| s.name.as_str());
        // A source with a suggested date says so above; its "no date" notice is not repeated.
        let suggested = first
            .and_then(|f| out.sources.iter().find(|s| s.id == f.id))
            .is_some_and(|s| s.suggested_reference.is_some());
        for w in &part.warnings {
            // Anywhere in the text: a merged part's warnings start with their source's name.
            if suggested && w.contains(crate::model::MISSING_REFERENCE_DATE_WARNING_HEAD) {
                continue;
            }
            // A part merged before already names its sources.
            out.warnings.push(if part.sources.len() > 1 {
                w.clone()
            } else {
                format!("{name}: {w}")
            });
        }
        out.links.extend(part.links.iter().cloned());
        if !part.notes.trim().is_empty() {
            if !out.notes.is_empty() {
                out.notes.push_str("\n\n");
            }
            out.notes.push_str(part.notes.trim());
        }
    }
    out
}

/// The merged briefing's sources and where each part's source ids went.
struct SourceMap {
    list: Vec<Source>,
    ids: HashMap<(usize, SourceId), SourceId>,
    index: HashMap<SourceId, usize>,
}

impl SourceMap {
    fn new(parts: &[Briefing]) -> Self {
        let mut list = Vec::new();
        let mut ids = HashMap::default();
        let mut index = HashMap::default();
        for (p, part) in parts.iter().enumerate() {
            let single = part.sources.len() == 1;
            for s in &part.sources {
                let id = SourceId::numbered("src-", list.len() + 1);
                let mut merged = s.clone();
                merged.id = id.clone();
                if single {
                    merged.title = merged.title.or_else(|| Some(part.meta.title.clone()));
                    merged.outlet = merged.outlet.or_else(|| part.meta.outlet.clone());
                    merged.place = merged.place.or_else(|| part.meta.place.clone());
                    if merged.reference_date.is_none() {
                        merged.reference_date = part.meta.reference_date;
                        merged.reference_origin = part.meta.reference_origin;
                    }
                }
                ids.insert((p, s.id.clone()), id.clone());
                index.insert(id, list.len());
                list.push(merged);
            }
        }
        Self { list, ids, index }
    }

    fn id(&self, part: usize, old: &SourceId) -> SourceId {
        self.ids
            .get(&(part, old.clone()))
            .cloned()
            .unwrap_or_else(|| old.clone())
    }

    fn index_of(&self, p: Option<&Provenance>) -> Option<usize> {
        p.and_then(|p| self.index.get(&p.source).copied())
    }

    fn sentence<'a>(&'a self, p: &Provenance) -> &'a str {
        self.index
            .get(&p.source)
            .and_then(|&i| self.list.get(i))
            .and_then(|s| p.sentence.slice(&s.text))
            .unwrap_or("")
    }
}

/// The briefing-level metadata: the first source's title; the latest reference date.
fn merged_meta(parts: &[Briefing], sources: &[Source]) -> crate::model::Metadata {
    let latest = sources
        .iter()
        .filter(|s| s.reference_date.is_some())
        .max_by_key(|s| s.reference_date);
    crate::model::Metadata {
        title: parts
            .first()
            .map(|b| b.meta.title.clone())
            .unwrap_or_default(),
        outlet: None,
        place: None,
        reference_date: latest.and_then(|s| s.reference_date),
        reference_origin: latest.map(|s| s.reference_origin).unwrap_or_default(),
    }
}

/// Points a part's provenance at the merged source ids and its actors at the unified ones.
fn remap_part(p: usize, part: &mut Briefing, sources: &SourceMap, unified: &actors::Unified) {
    let fix = |prov: &mut Option<Provenance>| {
        if let Some(x) = prov.as_mut() {
            x.source = sources.id(p, &x.source);
        }
    };
    let actor = |id: &ActorId| unified.id(p, id);
    for s in &mut part.sources {
        s.id = sources.id(p, &s.id);
    }
    for e in &mut part.events {
        fix(&mut e.provenance);
        for m in &mut e.other_mentions {
            m.at.source = sources.id(p, &m.at.source);
        }
        e.actors = unified.ids_of(p, &e.actors);
    }
    for q in &mut part.quotes {
        fix(&mut q.provenance);
        for m in &mut q.other_mentions {
            m.at.source = sources.id(p, &m.at.source);
        }
        q.speaker = q.speaker.as_ref().and_then(actor);
    }
    for q in &mut part.questions {
        fix(&mut q.provenance);
        for m in &mut q.other_mentions {
            m.source = sources.id(p, &m.source);
        }
        q.actors = unified.ids_of(p, &q.actors);
    }
    for l in &mut part.links {
        fix(&mut l.provenance);
    }
    for base in &mut part.date_bases {
        if let Some(s) = base.source.as_mut() {
            *s = sources.id(p, s);
        }
    }
}

/// Appends a part's date bases ("in 1995" that "the following year" counts from) to the
/// merged list: its events' anchors and its bases' own references move up by the number of
/// bases before it, and each base resolves against its source's reference date.
fn append_date_bases(part: &mut Briefing, out: &mut Vec<crate::model::DateBase>) {
    let offset = out.len();
    let single = part
        .sources
        .first()
        .map(|s| s.id.clone())
        .filter(|_| part.sources.len() == 1);
    for e in &mut part.events {
        if let Some(a) = e.anchor.as_mut() {
            crate::model::date_bases::shift_refs(a, offset);
        }
    }
    for mut base in std::mem::take(&mut part.date_bases) {
        crate::model::date_bases::shift_refs(&mut base.anchor, offset);
        if base.source.is_none() {
            base.source.clone_from(&single);
        }
        out.push(base);
    }
}

/// Adds the back-references of each of a part's sources to its events, quotes and questions.
fn apply_back_references(part: &mut Briefing) {
    for s in 0..part.sources.len() {
        let Some(source) = part.sources.get(s) else {
            continue;
        };
        let refs = backrefs::find(
            &source.text,
            &source.id,
            &part.events,
            &part.quotes,
            &part.questions,
        );
        for (ev, m) in refs.mentions {
            if let Some(e) = part.events.get_mut(ev) {
                e.other_mentions.push(m);
            }
        }
        for (qi, ev) in refs.quotes {
            let id = part.events.get(ev).map(|e| e.id.clone());
            if let Some(q) = part.quotes.get_mut(qi) {
                q.event = id;
            }
        }
        for (qi, ev) in refs.questions {
            let id = part.events.get(ev).map(|e| e.id.clone());
            if let (Some(q), Some(id)) = (part.questions.get_mut(qi), id) {
                q.events.push(id);
            }
        }
    }
}

type EventIds = HashMap<(usize, EventId), EventId>;
type Suggestions = Vec<(usize, crate::model::SuggestedReference)>;

/// Marks each source's lede report: its first report, when its sentence is the first or
/// second of the body (after the headline, if the article has one).
fn mark_ledes(reports: &mut [events::Report], sources: &SourceMap) {
    let mut first: HashMap<usize, (usize, usize)> = HashMap::default();
    for (i, r) in reports.iter().enumerate() {
        let Some(at) = r.event.provenance.as_ref().map(|p| p.sentence.start) else {
            continue;
        };
        let slot = first.entry(r.source).or_insert((at, i));
        if at < slot.0 {
            *slot = (at, i);
        }
    }
    for (source, (at, i)) in first {
        let Some(src) = sources.list.get(source) else {
            continue;
        };
        let text = src.text.as_str();
        // The body starts after the headline, when the first paragraph is one.
        let body = text
            .find("\n\n")
            .filter(|&k| text.get(..k).map(str::trim) == src.title.as_deref())
            .map_or(0, |k| k + 2);
        // A report in the headline is no lede; the body's first or second sentence is.
        let Some(before) = text.get(body..at) else {
            continue;
        };
        let sentences_before = [". ", ".\n", "? ", "! ", ".\u{201d} ", ".\" "]
            .iter()
            .map(|end| before.matches(end).count())
            .sum::<usize>();
        if sentences_before <= 1
            && let Some(r) = reports.get_mut(i)
        {
            r.lede = true;
        }
    }
}

/// Groups every part's events into happenings; fills `out.events`. Returns where each part's
/// event ids went, the open questions the conflicts raise, and reference dates suggested
/// for undated sources.
fn merge_events(
    parts: &[Briefing],
    sources: &SourceMap,
    out: &mut Briefing,
) -> (EventIds, Vec<OpenQuestion>, Suggestions) {
    let mut reports: Vec<events::Report> = Vec::new();
    let mut loose: Vec<(usize, Event)> = Vec::new();
    for (p, part) in parts.iter().enumerate() {
        // The article's own news event is often its lead sentence's dated event again: it
        // folds into that sentence's report. Two time words in one sentence ("signed this
        // week …, since Vesland closed its waters last autumn") are two happenings.
        let mut by_sentence: HashMap<(usize, crate::model::Span), usize> = HashMap::default();
        for e in &part.events {
            let at = sources.index_of(e.provenance.as_ref());
            match (at, e.provenance.as_ref()) {
                (Some(s), Some(prov)) if e.origin == Origin::Extracted => {
                    if let Some(r) = by_sentence
                        .get(&(s, prov.sentence))
                        .and_then(|&i| reports.get_mut(i))
                        .filter(|r| r.event.trigger.is_none() || e.trigger.is_none())
                    {
                        r.absorb(e.clone());
                        continue;
                    }
                    let sentences: Vec<&str> = e.mentions().map(|m| sources.sentence(m)).collect();
                    by_sentence.insert((s, prov.sentence), reports.len());
                    reports.push(events::Report::new(p, s, e.clone(), &sentences));
                }
                _ => loose.push((p, e.clone())),
            }
        }
    }
    let undated: Vec<bool> = sources
        .list
        .iter()
        .map(|s| s.reference_date.is_none())
        .collect();
    let window = events::story_window(sources.list.iter().filter_map(|s| s.reference_date));
    mark_ledes(&mut reports, sources);
    for r in &mut reports {
        let recent = undated.get(r.source).copied().unwrap_or(false)
            && !r.event.date.is_resolved()
            && r.event.anchor.as_ref().is_some_and(events::is_near_anchor);
        if recent {
            r.recent_within = window;
        }
    }
    let mut ids = EventIds::default();
    let mut conflict_questions = Vec::new();
    let mut corroborated: HashMap<usize, Vec<(usize, DateValue)>> = HashMap::default();
    for members in events::group(&reports) {
        let group: Vec<&events::Report> = members.iter().filter_map(|&i| reports.get(i)).collect();
        let Some(mut e) = events::combine(&group) else {
            continue;
        };
        e.id = EventId::numbered("ev-", out.events.len() + 1);
        e.conflicts = conflicts::date_conflict(&group).into_iter().collect();
        e.conflicts.extend(conflicts::figure_conflicts(&group));
        for c in &e.conflicts {
            conflict_questions.push(conflict_question(c, &e));
        }
        for (&i, r) in members.iter().zip(&group) {
            ids.insert((r.part, r.event.id.clone()), e.id.clone());
            for alias in &r.aliases {
                ids.insert((r.part, alias.clone()), e.id.clone());
            }
            if undated.get(r.source).copied().unwrap_or(false)
                && !r.event.date.is_resolved()
                && e.date.is_resolved()
            {
                corroborated
                    .entry(r.source)
                    .or_default()
                    .push((i, e.date.clone()));
            }
        }
        out.events.push(e);
    }
    for (p, mut e) in loose {
        let id = EventId::numbered("ev-", out.events.len() + 1);
        ids.insert((p, e.id.clone()), id.clone());
        e.id = id;
        out.events.push(e);
    }
    let mut suggestions: Suggestions = corroborated
        .into_iter()
        .filter_map(|(source, list)| {
            let pairs: Vec<(&events::Report, &DateValue)> = list
                .iter()
                .filter_map(|(i, d)| Some((reports.get(*i)?, d)))
                .collect();
            Some((source, dates::suggest(&pairs)?))
        })
        .collect();
    suggestions.sort_by_key(|(s, _)| *s);
    (ids, conflict_questions, suggestions)
}

/// The open question a conflict raises, linked to the event and to every disagreeing source.
fn conflict_question(c: &crate::model::Conflict, e: &Event) -> OpenQuestion {
    let mut mentions = c.versions.iter().map(|v| Provenance {
        source: v.source.clone(),
        sentence: v.sentence,
        expression: None,
    });
    OpenQuestion {
        id: QuestionId::new(String::new()),
        text: conflicts::question_text(c, &e.title),
        events: vec![e.id.clone()],
        actors: e.actors.clone(),
        status: crate::model::QuestionStatus::Open,
        provenance: mentions.next(),
        origin: Origin::Extracted,
        review: ReviewStatus::Unreviewed,
        grade: crate::model::Grade::default(),
        notes: String::new(),
        other_mentions: mentions.collect(),
    }
}

fn merge_quotes(
    parts: &mut [Briefing],
    event_ids: &EventIds,
    sources: &SourceMap,
    out: &mut Briefing,
) {
    let mut reports = Vec::new();
    for (p, part) in parts.iter_mut().enumerate() {
        for q in part.quotes.drain(..) {
            let mut q = q;
            q.event = q.event.and_then(|e| event_ids.get(&(p, e)).cloned());
            let s = sources
                .index_of(q.provenance.as_ref())
                .unwrap_or(usize::MAX - p);
            reports.push(quotes::Report::new(s, q));
        }
    }
    for members in quotes::group(&reports) {
        let group: Vec<&quotes::Report> = members.iter().filter_map(|&i| reports.get(i)).collect();
        if let Some(mut q) = quotes::combine(&group) {
            q.id = QuoteId::numbered("q-", out.quotes.len() + 1);
            out.quotes.push(q);
        }
    }
}

fn merge_questions(
    parts: &mut [Briefing],
    event_ids: &EventIds,
    sources: &SourceMap,
    out: &mut Briefing,
) {
    let mut reports = Vec::new();
    for (p, part) in parts.iter_mut().enumerate() {
        for mut q in part.questions.drain(..) {
            q.events = q
                .events
                .iter()
                .filter_map(|e| event_ids.get(&(p, e.clone())).cloned())
                .collect();
            q.events.dedup();
            let s = sources
                .index_of(q.provenance.as_ref())
                .unwrap_or(usize::MAX - p);
            reports.push(questions::Report::new(s, q));
        }
    }
    for members in questions::group(&reports) {
        let group: Vec<&questions::Report> =
            members.iter().filter_map(|&i| reports.get(i)).collect();
        if let Some(mut q) = questions::combine(&group) {
            q.id = QuestionId::numbered("oq-", out.questions.len() + 1);
            out.questions.push(q);
        }
    }
}
