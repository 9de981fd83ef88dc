//! Which tokens may begin an expression: numbers, hyphenated words and the starter words
//! (`lexicon::STARTERS`); an article ("the", "a", "an", among the commonest words) only
//! before a word that can continue one ("the past", "a year"). Checking this first keeps
//! the rules away from the great majority of tokens.

use super::lexicon::{ARTICLE_FOLLOWERS, ARTICLE_NOUNS, LONGEST_STARTER, STARTERS};
use crate::extract::tokens::{Token, TokenKind};

/// Token `i` may begin an expression.
pub fn may_start_at(tokens: &[Token<'_>], i: usize) -> bool {
    let Some(t) = tokens.get(i) else {
        return false;
    };
    if !may_start(t) {
        return false;
    }
    // "2082.1", "1,969": part of a larger number, not a year. A count with thousands
    // separators ("1,500 days ago") starts one, as the whole number.
    if t.kind == TokenKind::Number
        && super::count::grouped_number(tokens, i).is_none()
        && tokens
            .get(i + 1)
            .is_some_and(|p| matches!(p.text, "." | ",") && p.start() == t.end())
        && tokens
            .get(i + 2)
            .is_some_and(|n| n.kind == TokenKind::Number && n.start() == t.end() + 1)
    {
        return false;
    }
    if t.is("that") {
        return tokens
            .get(i + 1)
            .is_some_and(|n| n.is("quarter") || n.is("same"));
    }
    if !(t.is("the") || t.is("a") || t.is("an")) {
        return true;
    }
    tokens.get(i + 1).is_some_and(|n| {
        n.kind == TokenKind::Number
            || (may_start(n) && !(n.is("the") || n.is("a") || n.is("an")))
            || if n.text.is_ascii() {
                // Article nouns and unit words ("the quarter", "a year") in one look-up.
                ARTICLE_FOLLOWERS.contains(n.lower().as_str())
            } else {
                ARTICLE_NOUNS.contains(&n.lower())
            }
    })
}

/// A number, a hyphenated word or a starter word.
fn may_start(t: &Token<'_>) -> bool {
    match t.kind {
        TokenKind::Number => true,
        TokenKind::Punct => false,
        // One hash look-up; longer words than any starter need none.
        TokenKind::Word => {
            t.text.contains('-')
                || (t.text.len() <= LONGEST_STARTER && STARTERS.contains(t.lower().as_str()))
        }
    }
}
