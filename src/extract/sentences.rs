//! Abbreviation-aware sentence splitting ("U.S.", "Gen.", "Jan.", initials, "p.m.").
//!
//! Hand-written rather than a crate: news text needs title and month abbreviations, quotes
//! that close after the full stop, and exact byte spans into the original article.

use crate::model::Span;

/// Abbreviations that do not end a sentence (compared without the dot, case-sensitive first
/// letter as written).
const ABBREVIATIONS: &[&str] = &[
    "Mr", "Mrs", "Ms", "Dr", "Prof", "Gen", "Lt", "Col", "Maj", "Capt", "Cmdr", "Adm", "Sgt",
    "Cpl", "Pvt", "Sen", "Rep", "Del", "Gov", "Pres", "Rev", "Hon", "Amb", "Sec", "Supt", "St",
    "Mt", "Ft", "Jr", "Sr", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct",
    "Nov", "Dec", "No", "Nos", "Inc", "Corp", "Ltd", "Co", "Bros", "vs", "Vol", "Fig", "approx",
    "est", "Dept", "Univ", "Ave", "Blvd", "e.g", "i.e", "a.m", "p.m", "U.S", "U.K", "U.N", "E.U",
    "D.C",
];

/// Words that very often start a sentence: after "U.S." or "p.m." they mark a boundary.
const SENTENCE_STARTERS: &[&str] = &[
    "The",
    "A",
    "An",
    "But",
    "And",
    "He",
    "She",
    "It",
    "They",
    "We",
    "I",
    "In",
    "On",
    "At",
    "This",
    "That",
    "These",
    "Those",
    "His",
    "Her",
    "Their",
    "Its",
    "However",
    "Meanwhile",
    "Officials",
    "There",
    "Still",
    "Yet",
    "After",
    "Before",
    "When",
    "While",
    "As",
];

/// Longest sentence kept whole, in bytes and in tokens (a run of letters and digits, or
/// one other visible character, as [`super::tokens`] counts them). The longest sentence in
/// 237 real articles read for issue 14 is 528 bytes, about 100 tokens; a longer "sentence"
/// is a transcript or list without full stops. It is cut at clause marks so that every
/// later stage works on bounded pieces, and its work and memory stay linear in the article
/// (issue 17).
pub const MAX_SENTENCE_BYTES: usize = 1000;
/// See [`MAX_SENTENCE_BYTES`].
pub const MAX_SENTENCE_TOKENS: usize = 200;

/// Splits `text[span]` into sentence spans (absolute offsets, trimmed of white space); none
/// is longer than [`MAX_SENTENCE_BYTES`] or [`MAX_SENTENCE_TOKENS`].
pub fn split(text: &str, span: Span) -> Vec<Span> {
    let mut out = Vec::new();
    for s in split_at_stops(text, span) {
        cap_length(text, s, &mut out);
    }
    out
}

/// Pushes `span` to `out`, cut into pieces within the limits: at the last white space after
/// a clause mark (`;` `,` `:` or a dash) in the second half of the piece, else at the last
/// white space in that half, else where the limit is reached.
fn cap_length(text: &str, span: Span, out: &mut Vec<Span>) {
    let Some(body) = span.slice(text) else {
        return;
    };
    if body.len() <= MAX_SENTENCE_TOKENS
        || (body.len() <= MAX_SENTENCE_BYTES && count_tokens(body).0 <= MAX_SENTENCE_TOKENS)
    {
        out.push(span);
        return;
    }
    let mut start = 0usize;
    let mut tokens = 0usize;
    let mut in_word = false;
    let mut clause_cut = None;
    let mut space_cut = None;
    let mut prev = ' ';
    for (i, c) in body.char_indices() {
        let end = i + c.len_utf8();
        if c.is_whitespace() {
            space_cut = Some(i);
            if matches!(prev, ';' | ',' | ':' | '—' | '–') {
                clause_cut = Some(i);
            }
        }
        prev = c;
        count_char(c, &mut tokens, &mut in_word);
        if end - start <= MAX_SENTENCE_BYTES && tokens <= MAX_SENTENCE_TOKENS {
            continue;
        }
        let half = start + (i - start) / 2;
        let cut = clause_cut
            .filter(|&p| p > half)
            .or(space_cut.filter(|&p| p > half))
            .unwrap_or(i);
        push_trimmed(out, body, span.start, start, cut);
        start = cut;
        (tokens, in_word) = count_tokens(body.get(start..end).unwrap_or(""));
        clause_cut = None;
        space_cut = None;
    }
    push_trimmed(out, body, span.start, start, body.len());
}

/// Tokens in `s` as [`cap_length`] counts them, and whether `s` ends inside a word.
fn count_tokens(s: &str) -> (usize, bool) {
    let mut tokens = 0;
    let mut in_word = false;
    let bytes = s.as_bytes();
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        // ASCII a byte at a time (as `count_char` would count it); other characters decoded.
        if b.is_ascii() {
            if b.is_ascii_alphanumeric() {
                tokens += usize::from(!in_word);
                in_word = true;
            } else {
                in_word = false;
                tokens += usize::from(!matches!(b, b' ' | b'\t' | b'\n' | 0x0B | 0x0C | b'\r'));
            }
            i += 1;
        } else {
            let Some(c) = s.get(i..).and_then(|r| r.chars().next()) else {
                break;
            };
            count_char(c, &mut tokens, &mut in_word);
            i += c.len_utf8();
        }
    }
    (tokens, in_word)
}

/// One character of the token count: a word starts at its first letter or digit, every
/// other non-space character is a token of its own.
fn count_char(c: char, tokens: &mut usize, in_word: &mut bool) {
    if c.is_alphanumeric() {
        *tokens += usize::from(!*in_word);
        *in_word = true;
    } else {
        *in_word = false;
        *tokens += usize::from(!c.is_whitespace());
    }
}

/// Splits `text[span]` at sentence-ending punctuation (see [`split`]).
fn split_at_stops(text: &str, span: Span) -> Vec<Span> {
    let Some(body) = span.slice(text) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    let mut start = 0usize;
    let mut pos = 0usize;
    while let Some((i, c)) = next_stop(body, pos) {
        // Absorb closing quotes/brackets and repeated terminators.
        let mut end = i + c.len_utf8();
        for d in body[end..].chars() {
            if !matches!(
                d,
                '.' | '?' | '!' | '”' | '"' | '’' | '\'' | ')' | ']' | '»'
            ) {
                break;
            }
            end += d.len_utf8();
        }
        pos = end;
        // Must be followed by white space, then a plausible sentence start.
        let rest = &body[end..];
        let trimmed = rest.trim_start();
        if trimmed.len() == rest.len() && !rest.is_empty() {
            continue;
        }
        let Some(next) = trimmed.chars().next() else {
            break;
        };
        let opens = next.is_uppercase()
            || next.is_ascii_digit()
            || matches!(next, '“' | '"' | '‘' | '\'' | '(' | '«' | '—' | '–');
        if !opens {
            continue;
        }
        if c == '.' && is_abbreviation(body, i, trimmed) {
            continue;
        }
        push_trimmed(&mut out, body, span.start, start, end);
        start = end;
    }
    push_trimmed(&mut out, body, span.start, start, body.len());
    out
}

/// The first sentence-ending mark (`.` `?` `!` `…`) at or after byte `from`, and its
/// offset: found a byte at a time, without decoding the characters in between.
fn next_stop(body: &str, from: usize) -> Option<(usize, char)> {
    let bytes = body.as_bytes();
    let at = bytes.get(from..)?.iter().enumerate().find_map(|(k, &b)| {
        let at = from + k;
        let stop = matches!(b, b'.' | b'?' | b'!')
            || (b == 0xE2 && bytes[at..].starts_with("…".as_bytes()));
        stop.then_some(at)
    })?;
    Some((at, body.get(at..)?.chars().next()?))
}

fn push_trimmed(out: &mut Vec<Span>, body: &str, base: usize, from: usize, to: usize) {
    let Some(piece) = body.get(from..to) else {
        return;
    };
    let lead = piece.len() - piece.trim_start().len();
    let trail = piece.len() - piece.trim_end().len();
    if piece.trim().is_empty() {
        return;
    }
    out.push(Span::new(base + from + lead, base + to - trail));
}

/// Is the full stop at `dot` the end of an abbreviation rather than of a sentence?
fn is_abbreviation(body: &str, dot: usize, following: &str) -> bool {
    let before = &body[..dot];
    let word_start = before
        .rfind(|c: char| !(c.is_alphanumeric() || c == '.'))
        .map_or(0, |p| {
            p + before[p..].chars().next().map_or(1, char::len_utf8)
        });
    let word = &before[word_start..];
    if word.is_empty() {
        return false;
    }
    let next_word: String = following
        .chars()
        .take_while(|c| c.is_alphabetic())
        .collect();
    let starter = SENTENCE_STARTERS.contains(&next_word.as_str());
    // Single capital initial: "John F. Kennedy".
    if word.chars().count() == 1 && word.chars().all(char::is_uppercase) {
        return !starter;
    }
    if ABBREVIATIONS.iter().any(|a| a.eq_ignore_ascii_case(word)) {
        // Titles never end a sentence; dotted acronyms and months only if what follows does
        // not look like a fresh sentence.
        let title_like = matches!(
            word,
            "Mr" | "Mrs"
                | "Ms"
                | "Dr"
                | "Prof"
                | "Gen"
                | "Lt"
                | "Col"
                | "Maj"
                | "Capt"
                | "Sen"
                | "Rep"
                | "Del"
                | "Gov"
                | "Rev"
                | "Hon"
                | "Amb"
                | "Sgt"
                | "St"
                | "Adm"
                | "Cmdr"
        );
        return title_like || !starter;
    }
    // Dotted acronyms not in the list ("N.A.T.O.").
    if word.contains('.') && word.split('.').all(|p| p.chars().count() <= 2) {
        return !starter;
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sents(text: &str) -> Vec<&str> {
        split(text, Span::new(0, text.len()))
            .into_iter()
            .map(|s| &text[s.start..s.end])
            .collect()
    }

    #[test]
    fn abbreviations_do_not_split() {
        let s = sents("Gen. Alexus Grynkewich met U.S. envoys on Jan. 6 in Paris. He left.");
        assert_eq!(
            s,
            [
                "Gen. Alexus Grynkewich met U.S. envoys on Jan. 6 in Paris.",
                "He left."
            ]
        );
    }

    #[test]
    fn initials_and_acronym_at_end() {
        let s = sents("John F. Kennedy spoke. Aid came from the U.S. The next day it ended.");
        assert_eq!(
            s,
            [
                "John F. Kennedy spoke.",
                "Aid came from the U.S.",
                "The next day it ended."
            ]
        );
    }

    #[test]
    fn quotes_closing_after_stop() {
        let s = sents("“We are ready.” She smiled. “Are you?” he asked.");
        assert_eq!(
            s,
            ["“We are ready.”", "She smiled.", "“Are you?” he asked."]
        );
    }

    #[test]
    fn a_sentence_without_full_stops_is_cut_at_clause_marks_into_bounded_pieces() {
        let text = "On Monday, he said: \"x\" ".repeat(400);
        let spans = split(&text, Span::new(0, text.len()));
        assert!(spans.len() >= 9, "{}", spans.len());
        for s in &spans {
            assert!(s.end - s.start <= MAX_SENTENCE_BYTES, "{s:?}");
            let piece = &text[s.start..s.end];
            assert!(
                piece.ends_with(',') || piece.ends_with(':') || s.end == text.trim_end().len(),
                "{piece:?}"
            );
        }
        // Nothing is lost but white space between pieces.
        let joined: String = spans
            .iter()
            .map(|s| &text[s.start..s.end])
            .collect::<Vec<_>>()
            .join(" ");
        assert_eq!(joined, text.trim_end());
    }

    #[test]
    fn a_huge_word_is_cut_on_character_boundaries() {
        let text = "é".repeat(3000);
        let spans = split(&text, Span::new(0, text.len()));
        assert_eq!(spans.len(), 6);
        assert!(spans.iter().all(|s| s.end - s.start <= MAX_SENTENCE_BYTES));
        assert!(
            spans
                .iter()
                .all(|s| text.is_char_boundary(s.start) && text.is_char_boundary(s.end))
        );
        assert_eq!(spans.last().map(|s| s.end), Some(text.len()));
    }

    #[test]
    fn a_run_of_punctuation_is_cut_by_token_count() {
        let text = format!("He said {} then left.", "(“[".repeat(400));
        let spans = split(&text, Span::new(0, text.len()));
        assert!(spans.len() >= 6, "{spans:?}");
        for s in &spans {
            assert!(
                count_tokens(&text[s.start..s.end]).0 <= MAX_SENTENCE_TOKENS,
                "{s:?}"
            );
        }
        assert_eq!(spans.last().map(|s| s.end), Some(text.len()));
    }

    #[test]
    fn offsets_are_absolute() {
        let text = "xx One. Two.";
        let spans = split(text, Span::new(3, text.len()));
        assert_eq!(spans, [Span::new(3, 7), Span::new(8, 12)]);
    }
}
