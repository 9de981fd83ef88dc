//! Speakers named by a description: "the minister", "the ministry", "the company's chief
//! executive", "the 22-year-old" resolve to an actor named earlier.

use super::Doc;
use super::actors::{Found, MentionKind};
use crate::model::ActorKind;

/// "the minister", "the ministry", "the airline", "the former senator": the most recent
/// actor before `pos` whose title, role, (for organisations) name, or the words written
/// just before its name ("chief executive Irene Maas") contain `noun`.
pub(crate) fn resolve_role_noun(
    text: &str,
    found: &Found,
    noun: &str,
    pos: usize,
) -> Option<usize> {
    let same = |w: &str| {
        w.eq_ignore_ascii_case(noun)
            || w.strip_suffix('s')
                .is_some_and(|w| w.eq_ignore_ascii_case(noun))
    };
    let has_word = |s: &str| s.split(|c: char| !c.is_alphanumeric()).any(same);
    // Bounded look-back: the role was introduced recently or not at all.
    let upto = found.mentions.partition_point(|m| m.span.end <= pos);
    found.mentions[..upto]
        .iter()
        .rev()
        .take(60)
        .find(|m| {
            found.actors.get(m.actor).is_some_and(|a| match a.kind {
                ActorKind::Person => {
                    a.title.as_deref().is_some_and(has_word)
                        || a.role.as_deref().is_some_and(has_word)
                        || text
                            .get(m.span.start.saturating_sub(40)..m.span.start)
                            .or_else(|| text.get(..m.span.start))
                            .is_some_and(|before| {
                                // Only words of the name's own clause: "…,” the statement
                                // said. Mia Lund" does not make Mia Lund "the statement".
                                let clause = before
                                    .rfind(['.', '!', '?', '”', '"', '\n', ';', ':'])
                                    .and_then(|k| before.get(k + 1..))
                                    .unwrap_or(before);
                                clause
                                    .split_whitespace()
                                    .rev()
                                    .take(3)
                                    .any(|w| same(w.trim_matches(|c: char| !c.is_alphanumeric())))
                            })
                }
                ActorKind::Organisation => {
                    has_word(&a.name)
                        || compound_ends_with(&a.name, noun)
                        || appositive_names(text, m.span.end, noun)
                }
                _ => false,
            })
        })
        .map(|m| m.actor)
        .or_else(|| {
            // "the club said", "the company said": the organisation named last.
            let generic = matches!(
                noun.to_ascii_lowercase().as_str(),
                "club"
                    | "team"
                    | "company"
                    | "firm"
                    | "group"
                    | "ministry"
                    | "department"
                    | "agency"
                    | "council"
                    | "board"
                    | "union"
                    | "party"
                    | "airline"
                    | "bank"
                    | "school"
                    | "university"
                    | "hospital"
                    | "charity"
                    | "organisation"
                    | "organization"
                    | "authority"
                    | "federation"
                    | "league"
                    | "operator"
            );
            if !generic {
                return None;
            }
            found.mentions[..upto]
                .iter()
                .rev()
                .take(60)
                .find(|m| {
                    m.kind == MentionKind::Name
                        && found
                            .actors
                            .get(m.actor)
                            .is_some_and(|a| a.kind == ActorKind::Organisation)
                        // A name said inside a quotation ("Parliament must see the papers,"
                        // the former minister said) is no organisation the article reports.
                        && !inside_quotation(text, m.span.start)
                })
                .map(|m| m.actor)
        })
}

/// Nouns an article uses for one another: "Nordbank, the state lender, … the bank said".
const KIN_NOUNS: &[(&str, &str)] = &[
    ("bank", "lender"),
    ("company", "firm"),
    ("company", "group"),
    ("ministry", "department"),
    ("airline", "carrier"),
    ("newspaper", "daily"),
    ("newspaper", "paper"),
    ("broadcaster", "network"),
];

/// The noun, or one of its [`KIN_NOUNS`], as a lower-case word.
fn kin(noun: &str, word: &str) -> bool {
    let (noun, word) = (noun.to_ascii_lowercase(), word.to_ascii_lowercase());
    let word = word
        .strip_suffix('s')
        .filter(|_| word != noun)
        .unwrap_or(&word);
    noun == word
        || KIN_NOUNS
            .iter()
            .any(|&(a, b)| (a == noun && b == word) || (b == noun && a == word))
}

/// "Nordbank" ends with "bank", "Transportministeriet" does not end with a word of 3 letters:
/// a one-word name that is a compound of the noun (at least four letters).
fn compound_ends_with(name: &str, noun: &str) -> bool {
    noun.len() >= 4
        && !name.contains(' ')
        && name.len() > noun.len()
        && name
            .get(name.len() - noun.len()..)
            .is_some_and(|end| end.eq_ignore_ascii_case(noun))
}

/// The words right after a name, between commas, describe it as the noun or a kin of it:
/// "Nordbank, the state lender, said".
fn appositive_names(text: &str, end: usize, noun: &str) -> bool {
    let Some(after) = text
        .get(end..(end + 60).min(text.len()))
        .or_else(|| text.get(end..))
    else {
        return false;
    };
    let Some(rest) = after.strip_prefix(", ") else {
        return false;
    };
    // The appositive is closed by a comma ("Nordbank, the state lender, said"), not the
    // subject of a new clause ("by the State Department, the candidate … appeared").
    let Some((phrase, _)) = rest.split_once(',') else {
        return false;
    };
    if phrase.contains(['.', ';', '\n']) || phrase.split_whitespace().count() > 5 {
        return false;
    }
    let mut words = phrase.split_whitespace();
    words
        .next()
        .is_some_and(|w| matches!(w.to_ascii_lowercase().as_str(), "the" | "a" | "an"))
        && phrase
            .split_whitespace()
            .take(5)
            .any(|w| kin(noun, w.trim_matches(|c: char| !c.is_alphanumeric())))
}

/// The byte at `pos` lies inside a quotation opened earlier in its paragraph (up to 2,000
/// bytes back): the last quote mark before it opens one.
fn inside_quotation(text: &str, pos: usize) -> bool {
    let from = pos.saturating_sub(2_000);
    let Some(before) = (from..=pos).find_map(|k| text.get(k..pos)) else {
        return false;
    };
    let para = before
        .rfind('\n')
        .map_or(before, |k| before.get(k + 1..).unwrap_or(""));
    let mut open = false;
    for c in para.chars() {
        match c {
            '“' | '«' => open = true,
            '”' | '»' => open = false,
            '"' => open = !open,
            _ => {}
        }
    }
    open
}

/// Who issued the document a later "the statement said" quotes: in the last of the eight
/// sentences before `pos` that introduces such a document ("The ministry issued a statement", "In
/// a joint statement, France and Germany said"), the actor named last before the noun, else
/// first after it. `None` if no sentence names one, or it names nobody.
pub(crate) fn document_issuer(
    doc: &Doc<'_>,
    found: &Found,
    noun: &str,
    pos: usize,
) -> Option<usize> {
    let here = doc.sentence_at(pos)?;
    (here.saturating_sub(8)..here).rev().find_map(|si| {
        let sentence = doc.sentences.get(si)?;
        // A sentence that introduces the document ("a statement", "its report"), not one
        // that quotes it again ("the statement added").
        let toks = &sentence.tokens;
        let k = toks.iter().enumerate().position(|(k, t)| {
            t.is(noun)
                && !toks
                    .get(k.saturating_sub(2)..k)
                    .is_some_and(|before| before.iter().any(|b| b.is("the")))
        })?;
        let at = toks.get(k)?;
        let named = || {
            found
                .in_sentence(si)
                .iter()
                .filter(|m| m.kind == MentionKind::Name)
        };
        let issuer = named()
            .rev()
            .find(|m| m.span.end <= at.start())
            .or_else(|| named().find(|m| m.span.start >= at.end()))
            .map(|m| m.actor);
        // The sentence that names the document decides, even when it names nobody.
        Some(issuer)
    })?
}
