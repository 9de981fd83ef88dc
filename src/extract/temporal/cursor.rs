//! The token cursor rules read: the sentence's tokens, the position a match would start at,
//! and what several rules ask about it (the lower-case words around it, the count and unit
//! that begin there), worked out once per position and shared by every rule tried there.

use super::count::{Counted, CountedUnit, count_at, unit_after_count};
use crate::extract::tokens::{Lower, Token};
use std::cell::OnceCell;

/// A position in a sentence's tokens.
#[derive(Debug)]
pub struct Cursor<'s, 'a> {
    pub tokens: &'s [Token<'a>],
    /// Where a match would start.
    pub i: usize,
    /// The token at `i`.
    pub token: &'s Token<'a>,
    /// The word at `i`, lower case.
    pub word: Lower<'s>,
    /// The word before `i`, lower case ("" at the start).
    pub prev: Lower<'s>,
    /// The word after `i`, lower case ("" at the end).
    pub next: Lower<'s>,
    /// The word two after `i`, lower case ("" past the end).
    pub after2: Lower<'s>,
    count: OnceCell<Option<Counted>>,
    counted_unit: OnceCell<Option<CountedUnit<'s, 'a>>>,
}

impl<'s, 'a> Cursor<'s, 'a> {
    /// The cursor at `i`; `None` past the end.
    pub fn new(tokens: &'s [Token<'a>], i: usize) -> Option<Self> {
        let lower = |k: Option<usize>| {
            k.and_then(|k| tokens.get(k))
                .map(Token::lower)
                .unwrap_or_default()
        };
        Some(Self {
            tokens,
            i,
            token: tokens.get(i)?,
            word: lower(Some(i)),
            prev: lower(i.checked_sub(1)),
            next: lower(Some(i + 1)),
            after2: lower(Some(i + 2)),
            count: OnceCell::new(),
            counted_unit: OnceCell::new(),
        })
    }

    /// The count at `i` ("twenty four": 24, two tokens).
    pub fn count(&self) -> Option<Counted> {
        *self.count.get_or_init(|| count_at(self.tokens, self.i))
    }

    /// The count at `i` and the unit of length after it ("four years").
    pub fn counted_unit(&self) -> Option<&CountedUnit<'s, 'a>> {
        self.counted_unit
            .get_or_init(|| {
                self.count()
                    .and_then(|count| unit_after_count(self.tokens, self.i, count))
            })
            .as_ref()
    }

    /// The token `k` after `i`.
    pub fn ahead(&self, k: usize) -> Option<&'s Token<'a>> {
        self.tokens.get(self.i + k)
    }

    /// The token `k` after `i` is the word `w` (any case).
    pub fn ahead_is(&self, k: usize, w: &str) -> bool {
        word_is(self.tokens, self.i + k, w)
    }

    /// The token `k` before `i`.
    pub fn behind(&self, k: usize) -> Option<&'s Token<'a>> {
        self.i.checked_sub(k).and_then(|j| self.tokens.get(j))
    }
}

/// Token `i`, if any.
pub fn tok<'s, 'a>(tokens: &'s [Token<'a>], i: usize) -> Option<&'s Token<'a>> {
    tokens.get(i)
}

/// Token `i` is the word `w` (any case).
pub fn word_is(tokens: &[Token<'_>], i: usize, w: &str) -> bool {
    tok(tokens, i).is_some_and(|t| t.is(w))
}

/// Tokens `i` and `i+1` touch (no space between).
pub fn adjacent(tokens: &[Token<'_>], i: usize) -> bool {
    matches!((tok(tokens, i), tok(tokens, i + 1)), (Some(a), Some(b)) if a.end() == b.start())
}
