//! Joint speakers: "France and Germany said in a joint statement", "the EU and NATO said".
//! Two countries or organisations of the gazetteer joined by "and" right before a speech
//! verb speak together: one group actor named for both ("France and Germany"), so the
//! quote is theirs, not the second one's alone.

use super::known::gazetteer_at;
use super::{Builder, MentionKind};
use crate::extract::tokens::Token;
use crate::model::{ActorKind, Span};

impl Builder<'_> {
    /// A joint speaker at token `i`: records it and returns the tokens it uses.
    pub(super) fn joint_speaker_at(
        &mut self,
        si: usize,
        toks: &[Token<'_>],
        i: usize,
    ) -> Option<usize> {
        // Cheap tests first: a capitalised word, and an "and" within the five tokens a
        // gazetteer name can take.
        if !toks.get(i).is_some_and(Token::is_capitalised)
            || !toks.iter().skip(i + 1).take(5).any(|t| t.text == "and")
        {
            return None;
        }
        let text = self.doc.text;
        let (n1, first, _) = gazetteer_at(text, toks, i)?;
        if first.modifier || first.place_like {
            return None;
        }
        let and = i + n1;
        if !toks.get(and).is_some_and(|t| t.is("and")) {
            return None;
        }
        let second_at = and + 1;
        let the = usize::from(toks.get(second_at).is_some_and(|t| t.is("the")));
        let (n2, second, _) = gazetteer_at(text, toks, second_at + the)?;
        if second.modifier || second.place_like || second.canonical == first.canonical {
            return None;
        }
        let end = second_at + the + n2;
        if !super::institutions::speaks_next(toks, end) {
            return None;
        }
        let name = format!("{} and {}", first.canonical, second.canonical);
        let a = self.actor(&name, ActorKind::Group);
        let span = Span::new(toks.get(i)?.start(), toks.get(end - 1)?.end());
        self.mention(span, si, a, MentionKind::Name);
        Some(end - i)
    }
}
