//! Known actors: the gazetteer's countries (with their capitals and adjectives) and
//! organisations as one look-up table, and how a match becomes a mention: a capital used
//! as a place ("in Kyiv") is no actor; an adjective ("Ukrainian officials") is a modifier.

use super::names::is_name_word;
use super::{Builder, MentionKind};
use crate::extract::gazetteer::{
    COUNTRIES, NOT_NAMES_SET, ORG_HEADS_SET, ORGANISATIONS, REGIONS_SET, TITLES_SET, is_given_name,
    is_two_word_region,
};
use crate::extract::tokens::{Lower, Token, TokenKind};
use crate::model::{ActorKind, Span};
use rustc_hash::FxHashMap as HashMap;
use std::sync::LazyLock;

/// Words before a capital that make it a place, not an actor ("in Kyiv").
const LOCATION_PREPOSITIONS: &[&str] = &[
    "in", "at", "near", "outside", "from", "to", "into", "across", "around", "visited", "via", "of",
];
/// Nouns after a capital that make it a place, not an actor ("the Paris summit").
const PLACE_NOUNS: &[&str] = &[
    "summit",
    "talks",
    "meeting",
    "meetings",
    "conference",
    "agreement",
    "accord",
    "accords",
    "declaration",
    "process",
    "format",
    "office",
    "protocol",
    "protocols",
    "airport",
    "region",
    "area",
    "time",
];

/// What the gazetteer knows about a surface form.
#[derive(Clone, Copy)]
pub(super) struct GazEntry {
    pub(super) canonical: &'static str,
    pub(super) kind: ActorKind,
    /// A capital or other place name: only an actor when not used as a location.
    pub(super) place_like: bool,
    pub(super) modifier: bool,
}

/// Every country, alias, adjective and organisation, by surface form.
pub(super) static GAZETTEER: LazyLock<HashMap<&'static str, GazEntry>> = LazyLock::new(|| {
    let mut m = HashMap::default();
    for country in COUNTRIES.iter() {
        let name = country.name;
        for adj in &country.adjectives {
            m.insert(
                *adj,
                GazEntry {
                    canonical: name,
                    kind: ActorKind::Country,
                    place_like: false,
                    modifier: true,
                },
            );
        }
        for (i, alias) in country.aliases.iter().enumerate() {
            let place_like =
                i == 0 || matches!(*alias, "Gaza" | "West Bank" | "Ramallah" | "Geneva");
            m.insert(
                *alias,
                GazEntry {
                    canonical: name,
                    kind: ActorKind::Country,
                    place_like,
                    modifier: false,
                },
            );
        }
        m.insert(
            name,
            GazEntry {
                canonical: name,
                kind: ActorKind::Country,
                place_like: false,
                modifier: false,
            },
        );
    }
    for org in ORGANISATIONS.iter() {
        let (name, kind) = (org.name, org.kind);
        m.insert(
            name,
            GazEntry {
                canonical: name,
                kind,
                place_like: false,
                modifier: false,
            },
        );
        for alias in &org.aliases {
            m.entry(*alias).or_insert(GazEntry {
                canonical: name,
                kind,
                place_like: false,
                modifier: false,
            });
        }
    }
    m
});

/// For each first token of a gazetteer entry, the most tokens any entry starting with it
/// has: one look-up rules out most capitalised words, and longer spans are tried only when
/// an entry could be that long.
static GAZ_FIRST: LazyLock<HashMap<&'static str, usize>> = LazyLock::new(|| {
    let mut m: HashMap<&'static str, usize> = HashMap::default();
    for key in GAZETTEER.keys() {
        let toks = crate::extract::tokens::tokenize(key, 0);
        if let Some(first) = toks.first() {
            let n = m.entry(first.text).or_insert(0);
            *n = (*n).max(toks.len());
        }
    }
    m
});

/// Longest gazetteer match at token `i`: (tokens used, entry, surface).
pub(super) fn gazetteer_at<'a>(
    text: &'a str,
    toks: &[Token<'a>],
    i: usize,
) -> Option<(usize, GazEntry, &'a str)> {
    // Every entry starts with a capital, except "the alliance": skip the hash lookups for
    // ordinary lower-case words.
    let first = toks.get(i)?;
    if !first.is_capitalised() && !first.is("the") {
        return None;
    }
    let longest = *GAZ_FIRST.get(first.without_possessive())?;
    for n in (1..=longest.min(5)).rev() {
        let Some(last) = toks.get(i + n - 1) else {
            continue;
        };
        let first = &toks[i];
        let Some(surface) = text.get(first.start()..last.end()) else {
            continue;
        };
        let candidates = [
            surface,
            surface
                .strip_suffix("’s")
                .or_else(|| surface.strip_suffix("'s"))
                .unwrap_or(surface),
        ];
        for s in candidates {
            if let Some(e) = GAZETTEER.get(s) {
                // "US" must be upper case as written; "us" is a pronoun.
                return Some((n, *e, s));
            }
        }
    }
    None
}

/// Last words of a newspaper or other organisation named after a place, besides the
/// gazetteer's organisation heads ("Times", "Post", "Police", "University"…).
const PLACE_ORG_HEADS: &[&str] = &[
    "Tribune",
    "Register",
    "Globe",
    "Chronicle",
    "Gazette",
    "Inquirer",
    "Examiner",
    "Observer",
    "Dispatch",
    "Courier",
    "Telegraph",
    "Bee",
    "Review",
    "Record",
    "Standard",
    "Mail",
    "Reporter",
    "Enquirer",
    "School",
    "College",
];

impl Builder<'_> {
    /// "the Washington Post", "the Des Moines Register", "the London School of Economics",
    /// "the Chicago Police Department": a place's name (a country's, a capital's, a city's
    /// or a region's) that begins a longer name ending in an organisation's head word is the
    /// organisation's, not the place's. Records the organisation and returns the tokens it
    /// uses. Not when more capitalised words follow ("Washington Post Editor Marty Baron").
    pub(super) fn place_named_organisation(
        &mut self,
        si: usize,
        toks: &[Token<'_>],
        i: usize,
    ) -> Option<usize> {
        let t = toks.get(i)?;
        // Most capitalised words stand alone or before a lower-case one: no look-ups (but
        // "U.S. District Court" goes on after the initials' full stops).
        let initials = t.text.len() == 1 && toks.get(i + 1).is_some_and(|n| n.text == ".");
        if !t.is_word()
            || !t.is_capitalised()
            || !(initials
                || toks
                    .get(i + 1)
                    .is_some_and(|n| n.is_word() && n.is_capitalised()))
        {
            return None;
        }
        let place_len = if let Some((n, e, _)) = gazetteer_at(self.doc.text, toks, i) {
            (e.kind == ActorKind::Country && !e.modifier).then_some(n)?
        } else if REGIONS_SET.contains(&t.text) {
            1
        } else {
            let n2 = toks.get(i + 1)?;
            is_two_word_region(t.text, n2.text).then_some(2)?
        };
        // "Russia’s Defence Ministry": a possessive place is the country speaking of its
        // own institution, not the start of one name.
        let place_last = toks.get(i + place_len - 1)?;
        if place_last.without_possessive().len() != place_last.text.len() {
            return None;
        }
        let is_head = |w: &Token<'_>| {
            let w = w.without_possessive();
            ORG_HEADS_SET.contains(&w) || PLACE_ORG_HEADS.contains(&w)
        };
        // The name words after the place, up to an organisation's head word, then "of" or
        // "for" and more name words ("School of Economics").
        let mut j = i + place_len;
        let mut end = None;
        while let Some(w) = toks.get(j).filter(|w| is_name_word(w)) {
            j += 1;
            if is_head(w) {
                end = Some(j);
            }
            if w.without_possessive().len() != w.text.len() || j - i > 6 {
                break;
            }
        }
        let mut end = end?;
        let possessive = |k: usize| {
            toks.get(k - 1)
                .is_some_and(|w| w.without_possessive().len() != w.text.len())
        };
        if !possessive(end)
            && toks
                .get(end)
                .is_some_and(|w| matches!(w.text, "of" | "for"))
            && toks.get(end + 1).is_some_and(is_name_word)
        {
            end += 1;
            while toks.get(end).is_some_and(is_name_word) && end - i <= 8 {
                end += 1;
                if possessive(end) {
                    break;
                }
            }
        }
        if !possessive(end) && toks.get(end).is_some_and(is_name_word) {
            return None;
        }
        let last = toks.get(end - 1)?;
        let stop = last.start() + last.without_possessive().len();
        let name = self.doc.text.get(t.start()..stop)?;
        let a = self.actor(name, ActorKind::Organisation);
        self.mention(Span::new(t.start(), stop), si, a, MentionKind::Name);
        Some(end - i)
    }

    /// A country, capital or known organisation at token `i`: records it and returns the
    /// tokens it uses.
    pub(super) fn gazetteer_mention(
        &mut self,
        si: usize,
        toks: &[Token<'_>],
        i: usize,
    ) -> Option<usize> {
        let text = self.doc.text;
        // "Dr. Sofia Lindqvist", "Mayor Lima Osei": after a personal title a capital's
        // name followed by another capitalised word is a first name.
        let titled_person = i > 0
            && toks.get(i + 1).is_some_and(|n| {
                n.is_word() && n.is_capitalised() && gazetteer_at(text, toks, i + 1).is_none()
            })
            && (TITLES_SET.contains(toks[i - 1].text)
                || (toks[i - 1].text == "."
                    && i > 1
                    && matches!(toks[i - 2].text, "Dr" | "Mr" | "Mrs" | "Ms" | "Prof")));
        if titled_person {
            return None;
        }
        let (n, e, surface) = gazetteer_at(text, toks, i)?;
        let t = toks.get(i)?;
        // "Sofia Marchetti", "Lima Osei": a capital that is also a given name, followed by a
        // surname, is a person (no title needed).
        let given_name = n == 1
            && e.place_like
            && is_given_name(t.text)
            && toks.get(i + 1).is_some_and(|next| {
                next.is_word()
                    && next.is_capitalised()
                    && !NOT_NAMES_SET.contains(&next.without_possessive())
                    && gazetteer_at(text, toks, i + 1).is_none()
            });
        if given_name {
            return None;
        }
        let span = Span::new(t.start(), t.start() + surface.len());
        let prev = if i > 0 {
            toks[i - 1].lower()
        } else {
            Lower::default()
        };
        let next = toks.get(i + n);
        let next_lower = next.map(Token::lower).unwrap_or_default();
        let as_place = e.place_like
            && (LOCATION_PREPOSITIONS.contains(&prev.as_str())
                || PLACE_NOUNS.contains(&next_lower.as_str()));
        let modifier = e.modifier
            && !(surface.starts_with("U.S")
                && prev == "the"
                && next.is_none_or(|n| n.kind == TokenKind::Punct));
        if !as_place {
            let a = self.actor(e.canonical, e.kind);
            if surface != e.canonical && !e.modifier {
                self.alias(a, surface);
            }
            let kind = if modifier {
                MentionKind::Modifier
            } else {
                MentionKind::Name
            };
            self.mention(span, si, a, kind);
        }
        Some(n)
    }
}
