//! Quotes across sources: the same words from the same speaker become one quote, with every
//! outlet's exact wording kept as a citation. The same words are identical, one a run inside
//! the other ("to deter any further attacks" inside the longer quote), or a near-identical
//! transcription ("We will not accept this deal" / "We won't accept this deal"). Different
//! sentences by the same speaker stay apart; a quote one outlet leaves unattributed joins a
//! quote with the same words that another outlet attributes.

use super::cluster::{Groups, candidate_pairs, join_best_first};
use super::words::{contains_near_run, contains_run, quote_tokens, token_distance};
use crate::model::{ActorId, Quote, QuoteMention};

/// One report of a quote, as merging sees it.
pub struct Report {
    pub source: usize,
    /// The quote with provenance, speaker and event already mapped to the merged ids.
    pub quote: Quote,
    pub tokens: Vec<String>,
}

impl Report {
    pub fn new(source: usize, quote: Quote) -> Self {
        let tokens = quote_tokens(&quote.text);
        Self {
            source,
            quote,
            tokens,
        }
    }
}

/// Shortest run of words that counts as the same quote inside a longer one: fewer could be
/// a common phrase ("we will not"). A fragment the same speaker is quoted with
/// ("protects our steelworkers") may be one word shorter.
const MIN_RUN: usize = 4;
const MIN_RUN_SAME_SPEAKER: usize = 3;
/// Words per difference a near-identical transcription may have.
const WORDS_PER_EDIT: usize = 6;
/// Longest quote, in words, searched for a near-identical run of a shorter one.
const MAX_NEAR_RUN_WORDS: usize = 400;
/// Tokens per shingle for finding candidates.
const SHINGLE: usize = 3;

/// How alike two quotes' words are: 1 identical, 0.9 one inside the other, 0.8 near-identical;
/// `None` if they are different words.
pub fn words_match(a: &[String], b: &[String], same_speaker: bool) -> Option<f64> {
    if a.is_empty() || b.is_empty() {
        return None;
    }
    if a == b {
        return Some(1.0);
    }
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    let min_run = if same_speaker {
        MIN_RUN_SAME_SPEAKER
    } else {
        MIN_RUN
    };
    if short.len() >= min_run && contains_run(long, short) {
        return Some(0.9);
    }
    let limit = (long.len() / WORDS_PER_EDIT).max(1);
    if short.len() >= MIN_RUN && token_distance(a, b, limit).is_some() {
        return Some(0.8);
    }
    // A quote inside a longer one, transcribed a little differently (compared word by word
    // only up to a few paragraphs: the work grows with both lengths).
    let inner = (short.len() / WORDS_PER_EDIT).max(1);
    if short.len() >= 2 * MIN_RUN
        && long.len() <= MAX_NEAR_RUN_WORDS
        && contains_near_run(long, short, inner)
    {
        return Some(0.75);
    }
    None
}

/// True if the two quotes may be the same speaker's: the same speaker, or one unattributed.
fn speakers_agree(a: Option<&ActorId>, b: Option<&ActorId>) -> bool {
    match (a, b) {
        (Some(x), Some(y)) => x == y,
        _ => true,
    }
}

/// Groups reports of the same words: each group is a list of indices into `reports`.
pub fn group(reports: &[Report]) -> Vec<Vec<usize>> {
    let pairs = candidate_pairs(reports.len(), |i| {
        reports.get(i).map_or_else(Vec::new, |r| {
            let shingles: Vec<String> = if r.tokens.len() < SHINGLE {
                vec![r.tokens.join(" ")]
            } else {
                r.tokens.windows(SHINGLE).map(|w| w.join(" ")).collect()
            };
            // The same shingles keyed by speaker too: words too common to compare across a
            // whole collection ("no comment") still meet within one speaker's quotes.
            let by_speaker: Vec<String> = r.quote.speaker.as_ref().map_or_else(Vec::new, |s| {
                shingles
                    .iter()
                    .map(|w| format!("{}\u{1f}{w}", s.as_str()))
                    .collect()
            });
            shingles.into_iter().chain(by_speaker).collect()
        })
    });
    let scored: Vec<(f64, usize, usize)> = pairs
        .into_iter()
        .filter_map(|(i, j)| {
            let (a, b) = (reports.get(i)?, reports.get(j)?);
            if !speakers_agree(a.quote.speaker.as_ref(), b.quote.speaker.as_ref()) {
                return None;
            }
            let same_speaker = a.quote.speaker.is_some() && a.quote.speaker == b.quote.speaker;
            let score = words_match(&a.tokens, &b.tokens, same_speaker)?;
            // Two quotes of one source are one only as fragments of the same words.
            (a.source != b.source || score < 1.0 && score > 0.85).then_some((score, i, j))
        })
        .collect();
    let sources: Vec<usize> = reports.iter().map(|r| r.source).collect();
    let mut groups = Groups::new(&sources);
    // One speaker per group: an unattributed quote may join, two speakers never meet.
    let mut speaker: Vec<Option<ActorId>> =
        reports.iter().map(|r| r.quote.speaker.clone()).collect();
    join_best_first(&mut groups, scored, true, |g, i, j| {
        let (ri, rj) = (g.find(i), g.find(j));
        let (si, sj) = (
            speaker.get(ri).cloned().flatten(),
            speaker.get(rj).cloned().flatten(),
        );
        let same_source = reports.get(i).map(|r| r.source) == reports.get(j).map(|r| r.source);
        if !speakers_agree(si.as_ref(), sj.as_ref()) || (!same_source && g.share_a_source(i, j)) {
            return false;
        }
        if let Some(slot) = speaker.get_mut(ri.min(rj)) {
            *slot = si.or(sj);
        }
        true
    });
    groups.into_groups()
}

/// One quote from a group of reports (in source order): the longest wording is the quote's
/// text, the first attributed report gives the speaker, every other report is a citation
/// with its own wording.
pub fn combine(reports: &[&Report]) -> Option<Quote> {
    let main = reports
        .iter()
        .enumerate()
        .max_by_key(|(i, r)| (r.tokens.len(), std::cmp::Reverse(*i)))
        .map(|(_, r)| *r)?;
    let mut q = main.quote.clone();
    q.other_mentions.clear();
    if q.speaker.is_none()
        && let Some(r) = reports.iter().find(|r| r.quote.speaker.is_some())
    {
        q.speaker.clone_from(&r.quote.speaker);
        q.speaker_mention.clone_from(&r.quote.speaker_mention);
    }
    for r in reports {
        if q.event.is_none() {
            q.event.clone_from(&r.quote.event);
        }
        if q.venue.is_none() {
            q.venue.clone_from(&r.quote.venue);
        }
        let own = r.quote.provenance.iter().map(|p| QuoteMention {
            at: p.clone(),
            speaker_mention: r.quote.speaker_mention.clone(),
        });
        for m in own.chain(r.quote.other_mentions.iter().cloned()) {
            if q.provenance.as_ref() != Some(&m.at)
                && !q.other_mentions.iter().any(|x| x.at == m.at)
            {
                q.other_mentions.push(m);
            }
        }
    }
    Some(q)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn toks(s: &str) -> Vec<String> {
        quote_tokens(s)
    }

    #[test]
    fn identical_runs_and_transcriptions_match_other_words_do_not() {
        let long = toks("We will not accept this deal, and we will say so in Geneva");
        assert_eq!(words_match(&long, &long, false), Some(1.0));
        assert_eq!(
            words_match(&long, &toks("we will not accept this deal"), false),
            Some(0.9)
        );
        assert_eq!(
            words_match(
                &toks("We won't accept this deal"),
                &toks("We will not accept this deal"),
                false
            ),
            Some(1.0)
        );
        assert_eq!(
            words_match(
                &toks("We will never accept this deal for our fishermen"),
                &toks("We will not accept this deal for our fishermen"),
                false
            ),
            Some(0.8)
        );
        assert_eq!(
            words_match(
                &long,
                &toks("The fishermen deserve better than this"),
                false
            ),
            None
        );
        assert_eq!(
            words_match(&toks("we will not"), &long, false),
            None,
            "too short a run"
        );
        assert_eq!(words_match(&toks("we will not"), &long, true), Some(0.9));
    }
}
