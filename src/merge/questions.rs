//! Open questions across sources: two outlets asking the same thing ("How will monitoring
//! work?" / "How would monitoring function?") become one question raised in both.

use super::cluster::{Groups, candidate_pairs, join_best_first};
use super::words::{content_words, jaccard};
use crate::model::OpenQuestion;
use rustc_hash::FxHashSet as HashSet;

/// Shared content words two questions need to ask the same thing.
const MIN_SIMILARITY: f64 = 0.5;

/// One report of a question, as merging sees it.
pub struct Report {
    pub source: usize,
    pub question: OpenQuestion,
    pub words: HashSet<String>,
}

impl Report {
    pub fn new(source: usize, question: OpenQuestion) -> Self {
        let words = content_words(&question.text);
        Self {
            source,
            question,
            words,
        }
    }
}

/// Groups reports that ask the same thing.
pub fn group(reports: &[Report]) -> Vec<Vec<usize>> {
    let pairs = candidate_pairs(reports.len(), |i| {
        reports
            .get(i)
            .map_or_else(Vec::new, |r| r.words.iter().cloned().collect())
    });
    let scored = pairs
        .into_iter()
        .filter_map(|(i, j)| {
            let (a, b) = (reports.get(i)?, reports.get(j)?);
            let s = jaccard(&a.words, &b.words);
            (a.source != b.source && s >= MIN_SIMILARITY).then_some((s, i, j))
        })
        .collect();
    let sources: Vec<usize> = reports.iter().map(|r| r.source).collect();
    let mut groups = Groups::new(&sources);
    join_best_first(&mut groups, scored, false, |_, _, _| true);
    groups.into_groups()
}

/// One question from a group: the first report's text, every report a mention, events and
/// actors combined.
pub fn combine(reports: &[&Report]) -> Option<OpenQuestion> {
    let mut q = reports.first()?.question.clone();
    for r in reports.iter().skip(1) {
        for p in r.question.mentions() {
            if q.provenance.as_ref() != Some(p) && !q.other_mentions.contains(p) {
                q.other_mentions.push(p.clone());
            }
        }
        for e in &r.question.events {
            if !q.events.contains(e) {
                q.events.push(e.clone());
            }
        }
        for a in &r.question.actors {
            if !q.actors.contains(a) {
                q.actors.push(a.clone());
            }
        }
    }
    Some(q)
}
