//! Speakers named by a description: "the minister", "the ministry", "the company's chief
//! executive", "the 22-year-old" resolve to an actor named earlier.

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
                                before
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
