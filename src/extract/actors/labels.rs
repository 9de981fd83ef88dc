//! Paragraph labels: a transcript slug line ("MAYOR JANE DOE: …", "KREUTZER: …") names
//! its speaker; a dateline ("PORT ALDER, March 4 —") names a place, no actor.

use super::names::Single;
use super::{Builder, MentionKind};
use crate::extract::Sentence;
use crate::extract::gazetteer::TITLES_SET;
use crate::extract::tokens::Token;
use crate::model::{ActorKind, Span};

/// A transcript slug line ("MAYOR JANE DOE: We will vote…"): the tokens of the label's
/// name (after any title), the title in title case, and the colon token's index. The label
/// is two to six upper-case words at the start of `toks`, right before a colon or a note in
/// brackets before it ("ANA RUIZ (RECORDING):").
pub(crate) fn slug_label(
    toks: &[Token<'_>],
) -> Option<(std::ops::Range<usize>, Option<String>, usize)> {
    let colon = toks.iter().take(10).position(|t| t.text == ":")?;
    let upper = |t: &Token<'_>| {
        t.is_word()
            && t.text.chars().any(char::is_alphabetic)
            && !t.text.chars().any(char::is_lowercase)
    };
    // "ANA RUIZ (RECORDING):", "IRENA VASKO (RECORDING, WEDNESDAY):": a note in capitals
    // between the name and the colon is no part of the name.
    let name_end = match colon.checked_sub(1).and_then(|k| toks.get(k)) {
        Some(close) if close.text == ")" => {
            let open = toks.get(..colon)?.iter().rposition(|t| t.text == "(")?;
            let note = toks.get(open + 1..colon - 1)?;
            let capitals = !note.is_empty() && note.iter().all(|t| upper(t) || t.text == ",");
            if !capitals {
                return None;
            }
            open
        }
        _ => colon,
    };
    let words = toks.get(..name_end)?;
    if name_end != colon && words.len() > 6 {
        return None;
    }
    // "QUESTION (ERIK LUND, ROSENHOLM DAILY):": a questioner named in the note, with the
    // outlet after a comma.
    if name_end != colon
        && let [role] = words
        && matches!(role.text, "QUESTION" | "Q" | "REPORTER" | "QUESTIONER")
    {
        let from = name_end + 1;
        let to = toks
            .get(from..colon)?
            .iter()
            .position(|t| t.text == "," || t.text == ")")
            .map(|k| from + k)?;
        let name = toks.get(from..to)?;
        return (name.len() >= 2 && name.len() <= 4 && name.iter().all(upper)).then_some((
            from..to,
            None,
            colon,
        ));
    }
    // "DR. SIOBHAN KERRIGAN:": an abbreviation's point belongs to the label.
    let words: Vec<Token<'_>> = words.iter().copied().filter(|t| t.text != ".").collect();
    let words = words.as_slice();
    if words.len() < 2 || !words.iter().all(upper) {
        return None;
    }
    // The title the name follows ("COUNCILLOR", "FOREIGN MINISTER", "EMERGENCY DIRECTOR":
    // a title after words that qualify it): the one ending last with two name words after it.
    let mut title = None;
    let mut first = 0;
    'ends: for end in (1..=words.len().saturating_sub(2)).rev() {
        for n in (1..=2usize).rev() {
            let Some(ws) = end.checked_sub(n).and_then(|s| words.get(s..end)) else {
                continue;
            };
            let joined = ws
                .iter()
                .map(|t| title_case(t.text))
                .collect::<Vec<_>>()
                .join(" ");
            if TITLES_SET.contains(&joined.as_str()) {
                let all = words
                    .get(..end)
                    .unwrap_or_default()
                    .iter()
                    .map(|t| title_case(t.text))
                    .collect::<Vec<_>>()
                    .join(" ");
                title = Some(all);
                first = end;
                break 'ends;
            }
        }
    }
    let name = words.get(first..)?;
    (name.len() >= 2 && name.len() <= 4).then_some((first..name_end, title, colon))
}

/// "PORT ALDER, March 4 —", "WASHINGTON (AP) —": the capitalised place opening a dateline.
/// Returns the index of the "," or "(" after it.
fn dateline_place(toks: &[Token<'_>]) -> Option<usize> {
    let end = toks
        .iter()
        .take(5)
        .position(|t| matches!(t.text, "," | "("))?;
    let words = toks.get(..end)?;
    let upper = |t: &Token<'_>| {
        t.text == "."
            || (t.is_word()
                && t.text.chars().any(char::is_alphabetic)
                && !t.text.chars().any(char::is_lowercase))
    };
    (!words.is_empty() && words.iter().all(upper) && words.iter().any(|t| t.text.len() >= 3))
        .then_some(end)
}

/// "KREUTZER: …": a transcript line labelled with one capitalised word (a speaker named
/// before, by surname). Returns the colon's index.
pub(crate) fn surname_slug(toks: &[Token<'_>]) -> Option<usize> {
    let w = toks.first()?;
    let upper = w.is_word()
        && w.text.chars().count() >= 3
        && w.text
            .chars()
            .all(|c| c.is_alphabetic() && !c.is_lowercase());
    (upper && toks.get(1).is_some_and(|c| c.text == ":")).then_some(1)
}

/// "JANE" → "Jane".
pub(crate) fn title_case(w: &str) -> String {
    let mut c = w.chars();
    c.next().map_or_else(String::new, |f| {
        f.to_uppercase()
            .chain(c.flat_map(char::to_lowercase))
            .collect()
    })
}

impl Builder<'_> {
    /// A transcript slug line or a dateline at a paragraph start. Returns the token index
    /// where names are looked for next.
    pub(super) fn paragraph_label(
        &mut self,
        si: usize,
        sent: &Sentence<'_>,
        singles: &mut Vec<Single>,
    ) -> usize {
        let toks = &sent.tokens;
        let paragraph_start = si == 0
            || self
                .doc
                .sentences
                .get(si - 1)
                .is_some_and(|p| p.paragraph != sent.paragraph);
        if !paragraph_start {
            return 0;
        }
        if let Some((range, title, colon)) = slug_label(toks) {
            // A transcript slug line names its speaker in capitals.
            let name_toks = toks.get(range).unwrap_or_default();
            if let (Some(a), Some(z)) = (name_toks.first(), name_toks.last()) {
                let name = name_toks
                    .iter()
                    .map(|t| title_case(t.text))
                    .collect::<Vec<_>>()
                    .join(" ");
                let actor = self.actor(&name, ActorKind::Person);
                if let Some(act) = self.actors.get_mut(actor)
                    && act.title.is_none()
                {
                    act.title = title;
                }
                self.mention(Span::new(a.start(), z.end()), si, actor, MentionKind::Name);
            }
            colon + 1
        } else if let Some(end) = dateline_place(toks) {
            // "PORT ALDER, March 4 —", "HAVANA (AP) —": the dateline's place is no actor.
            end
        } else if let Some(colon) = surname_slug(toks)
            && let Some(w) = toks.first()
        {
            // Only a surname already known becomes a mention (pass 2): "NOTE:" names nobody.
            singles.push(Single {
                span: Span::new(w.start(), w.end()),
                sentence: si,
                name: title_case(w.text),
                speaks: false,
                according: false,
            });
            colon + 1
        } else {
            0
        }
    }
}
