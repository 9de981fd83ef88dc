//! Scores multi-source merging on ECB+: the articles of each sub-topic, in groups of up to
//! five (a story as an analyst gets it, five outlets), are extracted and merged as
//! `briefline extract A B C` does; then each happening the corpus links across articles is
//! looked up in the merged briefing.
//!
//! - **Chains**: an annotated happening (instance id) with mentions in at least two
//!   articles of the group. *Main* chains are those in at least half the group's articles
//!   (the story's own happenings, not a side remark two articles share).
//! - A chain is **covered** when, in each of its articles, some event has a mention on one
//!   of its sentences, and **merged** when one event has such a mention in every one of
//!   them (what the "merged into one" asks).
//! - **Links**: two articles joined by one event. A link is *supported* when some chain has
//!   mentions in both of the joined sentences; the rest are false merges.
//!
//! ECB+ gives no dates, so dating is not scored here.

use super::Doc;
use crate::model::Briefing;
use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::path::Path;

/// Articles per merged group.
pub const GROUP: usize = 5;

/// Counts over groups.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Counts {
    pub groups: usize,
    pub articles: usize,
    pub events: usize,
    pub chains: usize,
    pub covered: usize,
    pub merged: usize,
    pub main_chains: usize,
    pub main_covered: usize,
    pub main_merged: usize,
    pub links: usize,
    pub links_supported: usize,
    /// Joins where one side has no annotated event mention.
    pub links_unjudged: usize,
}

impl std::ops::AddAssign for Counts {
    fn add_assign(&mut self, o: Self) {
        self.groups += o.groups;
        self.articles += o.articles;
        self.events += o.events;
        self.chains += o.chains;
        self.covered += o.covered;
        self.merged += o.merged;
        self.main_chains += o.main_chains;
        self.main_covered += o.main_covered;
        self.main_merged += o.main_merged;
        self.links += o.links;
        self.links_supported += o.links_supported;
        self.links_unjudged += o.links_unjudged;
    }
}

/// One group's figures and, for the errors file, what went wrong.
#[derive(Clone, Debug, Default)]
pub struct GroupScore {
    pub name: String,
    pub counts: Counts,
    pub errors: String,
}

/// The docs of `split`, grouped: each sub-topic in number order, cut into groups of
/// [`GROUP`] (a last group of one joins the one before).
pub fn groups(docs: Vec<Doc>) -> Vec<Vec<Doc>> {
    let mut by_sub: BTreeMap<(u32, bool), Vec<Doc>> = BTreeMap::new();
    for d in docs {
        by_sub.entry((d.topic, d.plus)).or_default().push(d);
    }
    let mut out = Vec::new();
    for (_, docs) in by_sub {
        let mut chunk: Vec<Doc> = Vec::new();
        let n = docs.len();
        for (i, d) in docs.into_iter().enumerate() {
            chunk.push(d);
            let left = n - i - 1;
            if chunk.len() == GROUP && left != 1 {
                out.push(std::mem::take(&mut chunk));
            }
        }
        if !chunk.is_empty() {
            out.push(chunk);
        }
    }
    out
}

/// Extracts and merges each group, scores it.
pub fn eval_split(dir: &Path, split: &str) -> Result<Vec<GroupScore>, String> {
    use rayon::prelude::*;
    let docs = super::load_split(dir, split)?;
    Ok(groups(docs).par_iter().map(|g| score_group(g)).collect())
}

/// Writes each article's rebuilt text as `OUT/<group>/<article>.txt` (group: `1ecb-1`, the
/// sub-topic and its first article's number).
pub fn write_texts(dir: &Path, split: &str, out: &Path) -> Result<(), String> {
    for g in groups(super::load_split(dir, split)?) {
        let Some(first) = g.first() else { continue };
        let folder = out.join(format!(
            "{}{}-{}",
            first.topic,
            if first.plus { "ecbplus" } else { "ecb" },
            first.number
        ));
        std::fs::create_dir_all(&folder)
            .map_err(|e| format!("{}: could not create: {e}", folder.display()))?;
        for d in &g {
            let path = folder.join(format!("{}.txt", d.name));
            std::fs::write(&path, &d.text)
                .map_err(|e| format!("{}: could not write: {e}", path.display()))?;
        }
    }
    Ok(())
}

/// Merges one group as the CLI does (each article extracted against its own dateline, no
/// `--date`) and scores it.
pub fn score_group(docs: &[Doc]) -> GroupScore {
    let parts: Vec<Briefing> = docs
        .iter()
        .filter_map(|d| {
            let path = format!("{}.txt", d.name);
            crate::load::load_bytes(Path::new(&path), d.text.as_bytes(), None).ok()
        })
        .collect();
    let merged = crate::merge::merge(parts);
    score_merged(docs, &merged)
}

/// Where each event of `b` is mentioned: (article index, ECB+ sentence number).
fn event_places(docs: &[Doc], b: &Briefing) -> Vec<BTreeSet<(usize, usize)>> {
    let source_doc: BTreeMap<&crate::model::SourceId, usize> = b
        .sources
        .iter()
        .filter_map(|s| {
            let stem = s.name.strip_suffix(".txt")?;
            Some((&s.id, docs.iter().position(|d| d.name == stem)?))
        })
        .collect();
    b.events
        .iter()
        .map(|e| {
            let mut places = BTreeSet::new();
            for m in e.mentions() {
                let Some(&d) = source_doc.get(&m.source) else {
                    continue;
                };
                let span = m.sentence.start..m.sentence.end;
                for (n, r) in docs[d].sentences.iter().enumerate() {
                    if r.as_ref()
                        .is_some_and(|r| r.start < span.end && span.start < r.end)
                    {
                        places.insert((d, n));
                    }
                }
            }
            places
        })
        .collect()
}

/// Scores a merged briefing of `docs`.
pub fn score_merged(docs: &[Doc], b: &Briefing) -> GroupScore {
    let places = event_places(docs, b);
    let mut chains: Chains<'_> = BTreeMap::new();
    for (i, d) in docs.iter().enumerate() {
        for (id, sentences) in &d.chains {
            chains.entry(id).or_default().insert(i, sentences);
        }
    }
    let name = format!(
        "{}{} {}",
        docs.first().map_or(0, |d| d.topic),
        if docs.first().is_some_and(|d| d.plus) {
            "ecbplus"
        } else {
            "ecb"
        },
        docs.iter()
            .map(|d| d.number.to_string())
            .collect::<Vec<_>>()
            .join(",")
    );
    let mut c = Counts {
        groups: 1,
        articles: docs.len(),
        events: b.events.len(),
        ..Counts::default()
    };
    let mut errors = String::new();
    let main_from = docs.len().div_ceil(2).max(2);
    for (id, in_docs) in &chains {
        if in_docs.len() < 2 {
            continue;
        }
        let on_chain = |e: &BTreeSet<(usize, usize)>, d: usize| {
            in_docs
                .get(&d)
                .is_some_and(|ss| ss.iter().any(|s| e.contains(&(d, *s))))
        };
        let covered = in_docs
            .keys()
            .all(|&d| places.iter().any(|e| on_chain(e, d)));
        let merged = places
            .iter()
            .any(|e| in_docs.keys().all(|&d| on_chain(e, d)));
        let main = in_docs.len() >= main_from;
        c.chains += 1;
        c.covered += usize::from(covered);
        c.merged += usize::from(merged);
        if main {
            c.main_chains += 1;
            c.main_covered += usize::from(covered);
            c.main_merged += usize::from(merged);
        }
        if main && !merged {
            let _ = writeln!(
                errors,
                "\n## {name} · {id} · {} articles{}",
                in_docs.len(),
                if covered { "" } else { " · NOT COVERED" }
            );
            for (&d, ss) in in_docs {
                for &s in *ss {
                    let text = sentence_text(&docs[d], s);
                    let events: Vec<String> = places
                        .iter()
                        .enumerate()
                        .filter(|(_, e)| e.contains(&(d, s)))
                        .map(|(i, _)| describe(b, i))
                        .collect();
                    let _ = writeln!(
                        errors,
                        "- {} s{s}: {}\n    → {}",
                        docs[d].name,
                        clip(text),
                        if events.is_empty() {
                            "no event".to_owned()
                        } else {
                            events.join(" | ")
                        }
                    );
                }
            }
        }
    }
    score_links(docs, b, &places, &chains, &name, &mut c, &mut errors);
    GroupScore {
        name,
        counts: c,
        errors,
    }
}

/// Instance id → article → its sentences.
type Chains<'a> = BTreeMap<&'a str, BTreeMap<usize, &'a [usize]>>;

/// Links: article pairs joined by one event, judged where both sides are annotated.
fn score_links(
    docs: &[Doc],
    b: &Briefing,
    places: &[BTreeSet<(usize, usize)>],
    chains: &Chains<'_>,
    name: &str,
    c: &mut Counts,
    errors: &mut String,
) {
    for (i, e) in places.iter().enumerate() {
        let by_doc: BTreeMap<usize, Vec<usize>> =
            e.iter().fold(BTreeMap::new(), |mut m, &(d, s)| {
                m.entry(d).or_insert_with(Vec::new).push(s);
                m
            });
        let ds: Vec<&usize> = by_doc.keys().collect();
        for (a, &&d1) in ds.iter().enumerate() {
            for &&d2 in &ds[a + 1..] {
                let judged = |d: usize| by_doc[&d].iter().any(|s| docs[d].annotated.contains(s));
                if !judged(d1) || !judged(d2) {
                    c.links_unjudged += 1;
                    continue;
                }
                c.links += 1;
                let supported = chains.values().any(|in_docs| {
                    let hit = |d: usize| {
                        in_docs
                            .get(&d)
                            .is_some_and(|ss| ss.iter().any(|s| by_doc[&d].contains(s)))
                    };
                    hit(d1) && hit(d2)
                });
                if supported {
                    c.links_supported += 1;
                } else {
                    let _ = writeln!(
                        errors,
                        "\n## {name} · FALSE LINK {} ↔ {} · {}",
                        docs[d1].name,
                        docs[d2].name,
                        describe(b, i)
                    );
                    for d in [d1, d2] {
                        for &s in &by_doc[&d] {
                            let _ = writeln!(
                                errors,
                                "- {} s{s}: {}",
                                docs[d].name,
                                clip(sentence_text(&docs[d], s))
                            );
                        }
                    }
                }
            }
        }
    }
}

fn sentence_text(d: &Doc, s: usize) -> &str {
    d.sentences
        .get(s)
        .cloned()
        .flatten()
        .and_then(|r| d.text.get(r))
        .unwrap_or("")
}

fn clip(s: &str) -> String {
    if s.chars().count() <= 160 {
        s.to_owned()
    } else {
        let cut: String = s.chars().take(157).collect();
        format!("{cut}…")
    }
}

fn describe(b: &Briefing, i: usize) -> String {
    b.events.get(i).map_or_else(String::new, |e| {
        let date = e.date.start.map(|d| d.to_string()).unwrap_or_default();
        format!(
            "{} {date} ×{} «{}»",
            e.id.as_str(),
            e.corroboration(),
            e.title
        )
    })
}

fn pct(a: usize, b: usize) -> f64 {
    100.0 * a as f64 / b.max(1) as f64
}

/// The figures, as `eval-ecbplus` prints them.
pub fn report(split: &str, scores: &[GroupScore]) -> String {
    let mut t = Counts::default();
    for s in scores {
        t += s.counts;
    }
    let mut out = String::new();
    let _ = writeln!(
        out,
        "ECB+ {split}: {} articles in {} groups of up to {GROUP} (one sub-topic each), {} events",
        t.articles, t.groups, t.events
    );
    let _ = writeln!(out, "\nchains       count  covered  merged  merged/covered");
    for (label, n, cov, mer) in [
        ("main", t.main_chains, t.main_covered, t.main_merged),
        ("all", t.chains, t.covered, t.merged),
    ] {
        let _ = writeln!(
            out,
            "{label:<11} {n:>6}  {:>6.1}%  {:>5.1}%  {:>6.1}%",
            pct(cov, n),
            pct(mer, n),
            pct(mer, cov)
        );
    }
    let _ = writeln!(
        out,
        "\nlinks (article pairs joined by one event, both sides annotated): {}, supported by a \
         chain {:.1}% ({} more not judged)",
        t.links,
        pct(t.links_supported, t.links),
        t.links_unjudged
    );
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(topic: u32, plus: bool, number: u32) -> Doc {
        Doc {
            name: format!("{topic}_{number}{}", if plus { "ecbplus" } else { "ecb" }),
            topic,
            plus,
            number,
            text: String::new(),
            sentences: Vec::new(),
            chains: BTreeMap::new(),
            annotated: BTreeSet::new(),
        }
    }

    #[test]
    fn groups_are_cut_by_sub_topic_and_never_leave_one_alone() {
        let mut docs: Vec<Doc> = (1..=11).map(|n| doc(1, false, n)).collect();
        docs.extend((1..=3).map(|n| doc(1, true, n)));
        let sizes: Vec<usize> = groups(docs).iter().map(Vec::len).collect();
        assert_eq!(sizes, vec![5, 6, 3]);
    }

    #[test]
    fn one_happening_in_two_articles_is_merged_only_when_one_event_holds_both() {
        let text = "Quake hits town\n\nA quake struck the town on Monday.\n".to_owned();
        let mut a = doc(9, true, 1);
        a.text = text.clone();
        a.sentences = vec![Some(0..15), Some(17..50)];
        a.chains.insert("ACT1".into(), vec![1]);
        a.annotated.insert(1);
        let mut b = doc(9, true, 2);
        b.text = text;
        b.sentences = a.sentences.clone();
        b.chains.insert("ACT1".into(), vec![1]);
        b.annotated.insert(1);
        let docs = vec![a, b];
        let s = score_group(&docs);
        assert_eq!(s.counts.chains, 1);
        assert_eq!(s.counts.main_chains, 1);
        assert_eq!(s.counts.covered, 1, "{}", s.errors);
        assert_eq!(s.counts.merged, 1, "{}", s.errors);
        assert_eq!((s.counts.links, s.counts.links_supported), (1, 1));
        // The same briefing with the event split again: each article's report on its own.
        let parts: Vec<Briefing> = docs
            .iter()
            .map(|d| {
                crate::load::load_bytes(
                    Path::new(&format!("{}.txt", d.name)),
                    d.text.as_bytes(),
                    None,
                )
                .expect("extracts")
            })
            .collect();
        let mut merged = crate::merge::merge(parts);
        let i = merged
            .events
            .iter()
            .position(|e| e.corroboration() == 2)
            .expect("merged event");
        let mut second = merged.events[i].clone();
        let moved = merged.events[i].other_mentions.split_off(0);
        second.provenance = moved.first().map(|m| m.at.clone());
        second.other_mentions = moved.into_iter().skip(1).collect();
        merged.events.push(second);
        let s = score_merged(&docs, &merged);
        assert_eq!((s.counts.covered, s.counts.merged), (1, 0), "{}", s.errors);
    }
}
