//! Who "he" and "she" stand for: the salient person before each sentence, each person's
//! gender where the text shows it (a given name, a courtesy title, "his"/"her" after a lone
//! name), and names inside quotes left out.

use super::Doc;
use super::actors::Found;
use super::gazetteer::{FEMALE_NAMES_SET, MALE_NAMES_SET, SPEECH_VERBS_SET};
use super::speakers::inside;
use crate::model::ActorKind;

/// Most recent salient person before each sentence (the speaker, else the first person).
/// Who "he" and "she" can stand for: the salient person before each sentence, and each
/// actor's grammatical gender where the text shows it.
pub(super) struct Salience {
    pub(super) by_sentence: Vec<Option<usize>>,
    /// Quoted spans with their marks (sorted): names inside are not who a pronoun means.
    pub(super) masked: Vec<(usize, usize)>,
    /// `Some(true)`: referred to as "she"/"her"; `Some(false)`: "he"/"his"/"him".
    pub(super) female: Vec<Option<bool>>,
    /// The transcript speaker of each paragraph a pronoun was resolved in, worked out once
    /// (a transcript "paragraph" can hold thousands of pronouns). Shared by the threads that
    /// attribute a long article's quotes; the answer depends on the paragraph alone.
    turns: std::sync::Mutex<rustc_hash::FxHashMap<usize, Option<usize>>>,
}

/// A person named alone in a sentence and followed, outside quotes, by "his"/"him" or by
/// "her" (not both) is a man or a woman ("Vance rolled her eyes").
/// A common given name or a gendered courtesy title says it first ("Hillary Clinton",
/// "Mrs. Osei").
fn genders(doc: &Doc<'_>, found: &Found, masked: &[(usize, usize)]) -> Vec<Option<bool>> {
    let mut out: Vec<Option<bool>> = found.actors.iter().map(gender_by_name).collect();
    for (si, s) in doc.sentences.iter().enumerate() {
        let people: Vec<&super::actors::Mention> = found
            .in_sentence(si)
            .iter()
            .filter(|m| found.names_a_person(m))
            .collect();
        let [m] = people.as_slice() else {
            continue;
        };
        let first_after = s.tokens.partition_point(|t| t.start() < m.span.end);
        let (mut his, mut her) = (false, false);
        for t in s.tokens.get(first_after..).unwrap_or_default() {
            // The word first (most are not these), the quote mask only for a match.
            let (is_his, is_her) = match t.text.len() {
                2..=7 => match t.lower().as_str() {
                    "his" | "him" | "himself" => (true, false),
                    "her" | "hers" | "herself" => (false, true),
                    _ => continue,
                },
                _ => continue,
            };
            if !inside(masked, t.start()) {
                his |= is_his;
                her |= is_her;
            }
        }
        if his != her
            && let Some(g) = out.get_mut(m.actor)
            && g.is_none()
        {
            *g = Some(her);
        }
    }
    out
}

/// The gender a person's given name or courtesy title shows, if any.
fn gender_by_name(a: &crate::model::Actor) -> Option<bool> {
    if a.kind != ActorKind::Person {
        return None;
    }
    let title = a.title.as_deref().unwrap_or("").trim_end_matches('.');
    match title {
        "Mrs" | "Ms" | "Miss" => return Some(true),
        "Mr" => return Some(false),
        _ => {}
    }
    let first = a.name.split_whitespace().next()?;
    if FEMALE_NAMES_SET.contains(first) {
        Some(true)
    } else if MALE_NAMES_SET.contains(first) {
        Some(false)
    } else {
        None
    }
}

pub(super) fn salience(doc: &Doc<'_>, found: &Found, masked: &[(usize, usize)]) -> Salience {
    let mut out = Vec::with_capacity(doc.sentences.len());
    let mut current = None;
    for (si, s) in doc.sentences.iter().enumerate() {
        out.push(current);
        let people: Vec<_> = found
            .in_sentence(si)
            .iter()
            .filter(|m| found.names_a_person(m) && !inside(masked, m.span.start))
            .collect();
        // A named person right before a speech verb wins.
        let speaker = people.iter().find(|m| {
            s.tokens
                .get(s.tokens.partition_point(|t| t.start() < m.span.end))
                .is_some_and(|t| SPEECH_VERBS_SET.contains(&t.lower().as_str()))
        });
        if let Some(m) = speaker.or(people.first()) {
            current = Some(m.actor);
        }
    }
    Salience {
        by_sentence: out,
        masked: masked.to_vec(),
        female: genders(doc, found, masked),
        turns: std::sync::Mutex::default(),
    }
}

pub(super) fn resolve_pronoun(
    doc: &Doc<'_>,
    found: &Found,
    salient: &Salience,
    si: usize,
    pos: usize,
    she: bool,
) -> Option<usize> {
    // Someone the text shows to be of that gender first; else anyone not shown to be of
    // the other ("Dana Vogel" with no given name known still counts). In a transcript turn
    // ("PAOLA NERI: … when she said, …") the speaker is "I": "she" is someone else.
    let speaking = doc.sentences.get(si).and_then(|s| {
        let turns = || {
            salient
                .turns
                .lock()
                .unwrap_or_else(std::sync::PoisonError::into_inner)
        };
        let known = turns().get(&s.paragraph).copied();
        known.unwrap_or_else(|| {
            let speaker = turn_speaker(doc, found, si);
            turns().insert(s.paragraph, speaker);
            speaker
        })
    });
    let gender = |a: usize| salient.female.get(a).copied().flatten();
    let not_other = |a: usize| gender(a) != Some(!she) && Some(a) != speaking;
    let first = earlier_in_sentence(doc, found, salient, si, pos, &not_other);
    // Most people quoted in news are men: "he" takes the salient person of unknown gender
    // before a man named further back; "she" looks first for someone shown to be a woman.
    if !she {
        return first.or_else(|| pronoun_candidate(doc, found, salient, si, pos, &not_other));
    }
    first
        .or_else(|| {
            pronoun_candidate(doc, found, salient, si, pos, &|a| {
                gender(a) == Some(she) && Some(a) != speaking
            })
        })
        .or_else(|| pronoun_candidate(doc, found, salient, si, pos, &not_other))
}

/// The actor whose transcript turn sentence `si` is in: the label opening its paragraph
/// ("PAOLA NERI (LEGAL CORRESPONDENT): …").
fn turn_speaker(doc: &Doc<'_>, found: &Found, si: usize) -> Option<usize> {
    // The paragraph's first sentence by binary search: a paragraph may hold thousands.
    let paragraph = doc.paragraphs.get(doc.sentences.get(si)?.paragraph)?;
    let first = doc.sentences.get(
        doc.sentences
            .partition_point(|s| s.span.start < paragraph.start),
    )?;
    super::actors::slug_label(&first.tokens)?;
    let m = found.mention_at(first.tokens.first()?.start())?;
    Some(m.actor)
}

/// The first person named before `pos` in its sentence (outside quotes) who `fits`.
pub(super) fn earlier_in_sentence(
    doc: &Doc<'_>,
    found: &Found,
    salient: &Salience,
    si: usize,
    pos: usize,
    fits: &dyn Fn(usize) -> bool,
) -> Option<usize> {
    let s = doc.sentences.get(si)?;
    found
        .in_sentence(si)
        .iter()
        .find(|m| {
            m.span.end <= pos
                && m.span.start >= s.span.start
                && found.names_a_person(m)
                && fits(m.actor)
                && !inside(&salient.masked, m.span.start)
        })
        .map(|m| m.actor)
}

/// The person "he"/"she" at `pos` stands for, among those that `fits`: the first person
/// named earlier in the same sentence, else the salient one before it, else the most recent
/// person named in the five sentences before. Names inside quotes are not candidates
/// ("“My adviser, John Holdren, …,” he said").
fn pronoun_candidate(
    doc: &Doc<'_>,
    found: &Found,
    salient: &Salience,
    si: usize,
    pos: usize,
    fits: &dyn Fn(usize) -> bool,
) -> Option<usize> {
    let person = |m: &&super::actors::Mention| {
        found.names_a_person(m) && fits(m.actor) && !inside(&salient.masked, m.span.start)
    };
    earlier_in_sentence(doc, found, salient, si, pos, fits)
        .or_else(|| {
            salient
                .by_sentence
                .get(si)
                .copied()
                .flatten()
                .filter(|&a| fits(a))
        })
        .or_else(|| {
            let upto = found.mentions.partition_point(|m| m.span.end <= pos);
            found
                .mentions
                .get(..upto)?
                .iter()
                .rev()
                .take_while(|m| m.sentence + 5 >= si)
                .find(person)
                .map(|m| m.actor)
        })
}

#[cfg(test)]
mod tests {
    /// The speaker's canonical name (or "-") for each quote.
    fn speakers_of(text: &str) -> Vec<String> {
        let b = crate::extract::extract_text(text, &crate::extract::Options::default());
        b.quotes
            .iter()
            .map(|q| {
                q.speaker
                    .as_ref()
                    .and_then(|id| b.actors.iter().find(|a| &a.id == id))
                    .map_or("-".to_owned(), |a| a.name.clone())
            })
            .collect()
    }

    #[test]
    fn she_in_a_transcript_turn_is_not_the_speaker_of_the_turn() {
        let s = speakers_of(
            "Court Report\n\n\
             PRESENTER: Our correspondent was in court.\n\n\
             PAOLA NERI (LEGAL CORRESPONDENT): The courtroom was silent when Judge Miriam \
             Achterberg began reading. She took two hours. The line everyone will remember came \
             early on, when she said, \"The defendant treated public office as a private asset.\"\n",
        );
        // The presenter's line is a quote of its own, unattributed (no name in the label).
        assert_eq!(s, ["-", "Miriam Achterberg"]);
    }

    #[test]
    fn he_takes_the_person_just_introduced_over_a_man_named_before() {
        let s = speakers_of(
            "Campaign Notes\n\n\
             Mr. Brandt spoke in Dover on Monday. He promised lower taxes.\n\n\
             Raynard Okoye, a campaign consultant and radio host, is a Dover resident who voted \
             for Brandt in the primary. “If the vote had come a month later, Brandt would have \
             lost,” he said.\n",
        );
        assert_eq!(s, ["Raynard Okoye"], "{s:?}");
    }
}
