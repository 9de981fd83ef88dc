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
                ActorKind::Organisation => has_word(&a.name),
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
                })
                .map(|m| m.actor)
        })
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
