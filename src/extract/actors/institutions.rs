//! Institutions named by a description: "the Russian foreign ministry", "the Israeli
//! military", "Ukraine's navy", "the German government". A country's adjective (or its
//! name with a possessive), at most two lower-case words, then an institution noun: one
//! organisation actor, named as written without "the" ("Russian foreign ministry"), so
//! "…," the Chinese embassy said quotes the embassy, and a later "the ministry added"
//! finds the ministry. The capitalised forms ("the Foreign Ministry") are names, found
//! by [`super::names`].

use super::known::gazetteer_at;
use super::{Builder, MentionKind};
use crate::extract::tokens::Token;
use crate::model::{ActorKind, Span};

/// Nouns that head a state institution speaking for itself.
const HEADS: &[&str] = &[
    "ministry",
    "military",
    "army",
    "navy",
    "government",
    "embassy",
    "consulate",
    "police",
    "administration",
    "cabinet",
    "parliament",
    "presidency",
    "regulator",
    "force",
    "guard",
    "mission",
    "delegation",
];

impl Builder<'_> {
    /// An institution described at token `i`: records it and returns the tokens it uses.
    pub(super) fn institution_at(
        &mut self,
        si: usize,
        toks: &[Token<'_>],
        i: usize,
    ) -> Option<usize> {
        let text = self.doc.text;
        let first = toks.get(i)?;
        // Cheap tests first: "the" and a capitalised word, or a capitalised possessive.
        let possessive_next = || {
            first.text.ends_with("'s")
                || first.text.ends_with("’s")
                || toks
                    .get(i + 1)
                    .is_some_and(|t| matches!(t.text, "'s" | "’s"))
        };
        let plausible = if first.is("the") {
            toks.get(i + 1).is_some_and(Token::is_capitalised)
        } else {
            first.is_capitalised() && possessive_next()
        };
        if !plausible {
            return None;
        }
        // "the Russian …" (an adjective) or "Ukraine's …" (a possessive name).
        let (country_at, starts_with_the) = if first.is("the") {
            (i + 1, true)
        } else {
            (i, false)
        };
        let (n, entry, surface) = gazetteer_at(text, toks, country_at)?;
        if entry.kind != ActorKind::Country {
            return None;
        }
        let last_country = toks.get(country_at + n - 1)?;
        let possessive = surface.len()
            < text
                .get(toks.get(country_at)?.start()..last_country.end())?
                .len()
            || toks
                .get(country_at + n)
                .is_some_and(|t| matches!(t.text, "'s" | "’s"));
        // An adjective after "the", or a possessive name without it.
        if !(starts_with_the && entry.modifier || !starts_with_the && possessive && !entry.modifier)
        {
            return None;
        }
        let mut k = country_at + n;
        if toks.get(k).is_some_and(|t| matches!(t.text, "'s" | "’s")) {
            k += 1;
        }
        let words = k;
        while k < words + 3 {
            let t = toks.get(k)?;
            if !t.is_word() || t.is_capitalised() {
                return None;
            }
            if HEADS.contains(&t.text) {
                // Only where it speaks ("the Israeli military said", "according to the
                // German government"): elsewhere "how Ukraine's military would be
                // financed" stays a mention of Ukraine, which links questions and events
                // to the country.
                let according = i >= 2
                    && toks.get(i - 2).is_some_and(|t| t.is("according"))
                    && toks.get(i - 1).is_some_and(|t| t.is("to"));
                if !according && !speaks_next(toks, k + 1) {
                    return None;
                }
                let from = toks.get(country_at)?.start();
                let name = text.get(from..t.end())?;
                let mut canonical = String::with_capacity(name.len());
                let mut chars = name.chars();
                canonical.extend(chars.next().map(|c| c.to_ascii_uppercase()));
                canonical.push_str(chars.as_str());
                let a = self.actor(&canonical, ActorKind::Organisation);
                let start = if starts_with_the { first.start() } else { from };
                self.mention(Span::new(start, t.end()), si, a, MentionKind::Name);
                return Some(k + 1 - i);
            }
            k += 1;
        }
        None
    }
}

/// A speech verb within the five tokens from `from`, with nothing between that starts
/// another verb group ("the military said", "the embassy in London said", "the ministry
/// has said"; not "the military would be asked what it said").
pub(super) fn speaks_next(toks: &[Token<'_>], from: usize) -> bool {
    // "the military operation continued": a noun after the head is not the phrase's end.
    let ends_here = toks.get(from).is_some_and(|t| {
        let w = t.lower();
        crate::extract::gazetteer::SPEECH_VERBS_SET.contains(w.as_str())
            || matches!(
                w.as_str(),
                "in" | "on"
                    | "at"
                    | "for"
                    | "of"
                    | "has"
                    | "have"
                    | "had"
                    | "also"
                    | "later"
                    | "then"
                    | "again"
                    | ","
                    | "("
                    | "spokesman"
                    | "spokeswoman"
                    | "spokesperson"
            )
    });
    if !ends_here {
        return false;
    }
    for t in toks.iter().skip(from).take(5) {
        let w = t.lower();
        let w = w.as_str();
        if crate::extract::gazetteer::SPEECH_VERBS_SET.contains(w) {
            return true;
        }
        if matches!(
            w,
            "." | ";"
                | "“"
                | "”"
                | "\""
                | "would"
                | "will"
                | "could"
                | "may"
                | "might"
                | "should"
                | "must"
                | "can"
                | "is"
                | "was"
                | "were"
                | "are"
                | "be"
                | "been"
                | "that"
                | "which"
                | "who"
                | "and"
                | "but"
        ) {
            return false;
        }
    }
    false
}
