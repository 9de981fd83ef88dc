//! The article's own news event: the happening it reports ("Paris summit of the coalition
//! of the willing"), found from the event nouns in the headline and the opening sentences.

use super::title::capitalise;
use crate::extract::Doc;
use crate::extract::actors::{Found, MentionKind};
use crate::extract::tokens::Token;

/// Nouns that name a reportable happening ("the Paris summit").
pub const EVENT_NOUNS: &[&str] = &[
    "summit",
    "meeting",
    "talks",
    "conference",
    "vote",
    "election",
    "referendum",
    "rally",
    "attack",
    "strike",
    "visit",
    "ceremony",
    "hearing",
    "forum",
    "session",
    "negotiations",
    "signing",
    "protest",
    "protests",
    "trial",
    "debate",
    "launch",
    "announcement",
    "speech",
];

static EVENT_NOUN_SET: std::sync::LazyLock<rustc_hash::FxHashSet<&'static str>> =
    std::sync::LazyLock::new(|| EVENT_NOUNS.iter().copied().collect());

/// What a scan of the opening sentences found: the first sentence naming a happening, a
/// place and noun for its title ("Paris", "summit"), and a group taking part.
#[derive(Default)]
struct OpeningScan {
    sentence: Option<usize>,
    place_noun: Option<(String, String)>,
    participants: Option<usize>,
}

/// The article's own news event: its title, the sentence naming it, and the actors named
/// in every sentence with an event noun.
pub(super) fn news_event(
    doc: &Doc<'_>,
    found: &Found,
    headline: &str,
) -> Option<(String, usize, Vec<usize>)> {
    let scan = scan_opening(doc, found, headline_place_noun(headline));
    let si = scan.sentence?;
    let mut title = if let Some((place, noun)) = &scan.place_noun {
        format!("{place} {noun}")
    } else {
        let s = doc.sentences.get(si)?;
        let noun = s
            .tokens
            .iter()
            .enumerate()
            .find(|&(k, t)| {
                is_event_noun_token(t) && !used_as_verb(&s.tokens, k) && !after_of(&s.tokens, k)
            })
            .map(|(_, t)| t)?;
        capitalise(&noun.lower())
    };
    if let Some(g) = scan.participants.and_then(|a| found.actors.get(a)) {
        title = format!("{title} of the {}", g.name.trim_start_matches("the "));
    }
    // A bare noun ("Vote", "Muscat talks") says neither who nor what was done: the
    // headline does.
    if title.split_whitespace().count() < 3 && headline.split_whitespace().count() >= 3 {
        headline.trim().clone_into(&mut title);
    }
    Some((title, si, news_actors(doc, found)))
}

/// An event noun in a headline word, any case, of a plausible length.
fn is_event_noun_word(w: &str) -> bool {
    w.len() >= 4 && w.len() <= 12 && EVENT_NOUNS.iter().any(|n| n.eq_ignore_ascii_case(w))
}

/// An event noun token. Called for every token of the article: one hash look-up of the
/// (mostly borrowed) lower-case form.
fn is_event_noun_token(t: &Token<'_>) -> bool {
    t.text.len() >= 4 && t.text.len() <= 12 && EVENT_NOUN_SET.contains(t.lower().as_str())
}

/// Headline: "… at Paris Summit" gives ("Paris", "summit").
fn headline_place_noun(headline: &str) -> Option<(String, String)> {
    let head_words: Vec<&str> = headline.split_whitespace().collect();
    for (i, w) in head_words.iter().enumerate() {
        if is_event_noun_word(w) && i > 0 {
            let prev = head_words[i - 1];
            if prev.chars().next().is_some_and(char::is_uppercase)
                && !matches!(prev.to_lowercase().as_str(), "at" | "in" | "the" | "a")
            {
                return Some((prev.to_owned(), w.to_lowercase()));
            }
        }
    }
    None
}

/// Body: the first of the opening eight sentences naming such a happening, a place for
/// it when the headline gave none ("the Paris summit", "meeting in Paris"), and the first
/// group named within ten tokens after an event noun.
fn scan_opening(doc: &Doc<'_>, found: &Found, place_noun: Option<(String, String)>) -> OpeningScan {
    let mut scan = OpeningScan {
        place_noun,
        ..OpeningScan::default()
    };
    for (si, s) in doc.sentences.iter().enumerate().take(8) {
        for (k, t) in s.tokens.iter().enumerate() {
            if !is_event_noun_token(t) || used_as_verb(&s.tokens, k) || after_of(&s.tokens, k) {
                continue;
            }
            if scan.sentence.is_none() {
                scan.sentence = Some(si);
            }
            if scan.place_noun.is_none() {
                // "the Paris summit" or "meeting in Paris"
                if let Some(p) = k.checked_sub(1).and_then(|j| s.tokens.get(j))
                    && p.is_capitalised()
                    && p.is_word()
                    && k > 1
                {
                    scan.place_noun = Some((p.text.to_owned(), t.lower().to_string()));
                } else if s.tokens.get(k + 1).is_some_and(|x| x.is("in"))
                    && let Some(p) = s.tokens.get(k + 2).filter(|p| p.is_capitalised())
                {
                    scan.place_noun =
                        Some((p.without_possessive().to_owned(), t.lower().to_string()));
                }
            }
            if scan.participants.is_none() {
                let window_end = s
                    .tokens
                    .get(k + 10)
                    .map_or(s.span.end, super::super::tokens::Token::end);
                scan.participants = found
                    .in_sentence(si)
                    .iter()
                    .find(|m| {
                        m.span.start > t.end()
                            && m.span.end <= window_end
                            && found
                                .actors
                                .get(m.actor)
                                .is_some_and(|a| a.kind == crate::model::ActorKind::Group)
                    })
                    .map(|m| m.actor);
            }
        }
    }
    scan
}

/// The actors named in any sentence with an event noun, in order of first mention.
fn news_actors(doc: &Doc<'_>, found: &Found) -> Vec<usize> {
    let mut actors: Vec<usize> = Vec::new();
    for s in doc
        .sentences
        .iter()
        .enumerate()
        .filter(|(_, s)| s.tokens.iter().any(is_event_noun_token))
        .map(|(i, _)| i)
    {
        for m in found
            .in_sentence(s)
            .iter()
            .filter(|m| m.kind == MentionKind::Name)
        {
            if !actors.contains(&m.actor) {
                actors.push(m.actor);
            }
        }
    }
    actors
}
/// "months of debate", "a day of protests": an event noun after "of" describes something
/// else; it is not the happening the article reports.
fn after_of(toks: &[Token<'_>], k: usize) -> bool {
    k.checked_sub(1)
        .and_then(|p| toks.get(p))
        .is_some_and(|p| p.is("of"))
}

/// "to vote", "will strike", "they protest": an event noun used as a verb.
fn used_as_verb(toks: &[Token<'_>], k: usize) -> bool {
    k.checked_sub(1).and_then(|p| toks.get(p)).is_some_and(|p| {
        matches!(
            p.lower().as_str(),
            "to" | "will"
                | "would"
                | "could"
                | "can"
                | "may"
                | "might"
                | "must"
                | "should"
                | "shall"
                | "they"
                | "we"
                | "not"
        )
    })
}
