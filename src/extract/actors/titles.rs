//! Titles and roles around a name: "Deputy Foreign Minister", "Detective Inspector", a
//! role inside a name run ("Acme Corp CEO J.R. Smith") and an appositive after it (", the
//! top U.S. military commander in Europe,").

use super::names::is_speech_verb;
use crate::extract::gazetteer::{TITLE_PREFIXES_SET, TITLES_SET};
use crate::extract::tokens::Token;

/// A title at token `i` (with a prefix, and titles in a row joined): tokens used, title.
pub(super) fn is_title_at(toks: &[Token<'_>], i: usize) -> Option<(usize, String)> {
    // "Deputy Foreign Minister": a prefix extends the title that follows it.
    let (n, title) = if let Some(t) = toks.get(i)
        && TITLE_PREFIXES_SET.contains(&t.text)
        && let Some((n, rest)) = bare_title_at(toks, i + 1)
    {
        (n + 1, format!("{} {rest}", t.text))
    } else {
        bare_title_at(toks, i)?
    };
    // "Detective Inspector", "Chief Superintendent": titles in a row are one title.
    match bare_title_at(toks, i + n) {
        Some((m, rest)) if toks.get(i + n + m).is_some_and(Token::is_capitalised) => {
            Some((n + m, format!("{title} {rest}")))
        }
        _ => Some((n, title)),
    }
}

/// Longest title at token `i`: up to 5 words, every one capitalised but an inner "of" or
/// "of the" ("Secretary of State", "Chief of Staff", "Speaker of the House"), the first
/// perhaps marked "then-" or "ex-" ("then-Secretary of State Hillary Clinton": the title is
/// "Secretary of State"); an abbreviation takes its '.'.
fn bare_title_at(toks: &[Token<'_>], i: usize) -> Option<(usize, String)> {
    let first = toks.get(i)?;
    let first_text = ["then-", "ex-", "Then-", "Ex-"]
        .iter()
        .find_map(|p| first.text.strip_prefix(p))
        .unwrap_or(first.text);
    // Every longer word of a title is capitalised: count them before joining any (most
    // tokens are not, and this runs at every token).
    if !first_text.starts_with(|c: char| c.is_uppercase()) {
        return None;
    }
    let mut words = 1;
    for (k, t) in toks.get(i + 1..)?.iter().take(4).enumerate() {
        let inner = (t.text == "of" && k < 3)
            || (t.text == "the" && toks.get(i + k).is_some_and(|p| p.text == "of"));
        if !(t.is_capitalised() || inner) {
            break;
        }
        words += 1;
    }
    for n in (1..=words).rev() {
        let Some(rest) = toks.get(i + 1..i + n) else {
            continue;
        };
        // A title ends on a capitalised word, not on "of" or "the".
        if rest.last().is_some_and(|t| !t.is_capitalised()) {
            continue;
        }
        // One word (most titles) is looked up as it is: no string is joined for it.
        let joined = if rest.is_empty() {
            std::borrow::Cow::Borrowed(first_text)
        } else {
            let mut joined = first_text.to_owned();
            for t in rest {
                joined.push(' ');
                joined.push_str(t.text);
            }
            std::borrow::Cow::Owned(joined)
        };
        if TITLES_SET.contains(joined.as_ref()) {
            let mut used = n;
            let mut title = joined.into_owned();
            if let (Some(last), Some(dot)) = (toks.get(i + n - 1), toks.get(i + n))
                && dot.text == "."
                && last.end() == dot.start()
            {
                used += 1;
                title.push('.');
            }
            return Some((used, title));
        }
    }
    None
}

/// The index of a title word inside a name run with at least two words after it ("CEO" in
/// "Acme Corp CEO J.R. Smith"), if any: the last such word.
pub(super) fn role_in_name(name_toks: &[Token<'_>]) -> Option<usize> {
    let words_after = |k: usize| {
        name_toks
            .get(k + 1..)
            .unwrap_or_default()
            .iter()
            .filter(|t| t.is_word())
            .count()
    };
    (1..name_toks.len()).rev().find(|&k| {
        words_after(k) >= 2
            && name_toks
                .get(k)
                .is_some_and(|t| TITLES_SET.contains(t.text))
    })
}

/// ", the top U.S. military commander in Europe," after a name → the role.
pub(super) fn appositive(text: &str, toks: &[Token<'_>], after: usize) -> Option<String> {
    if toks.get(after)?.text != "," {
        return None;
    }
    let start = after + 1;
    let mut end = start;
    while let Some(t) = toks.get(end) {
        let internal_dot = t.text == "."
            && toks
                .get(end + 1)
                .is_some_and(|n| n.start() == t.end() || !n.is_capitalised());
        if matches!(t.text, "," | "." | ";" | ")" | "—" | "–" | "“" | "”" | "\"") && !internal_dot
        {
            break;
        }
        end += 1;
    }
    let seg = toks.get(start..end)?;
    if seg.is_empty() || seg.len() > 14 || seg.iter().any(is_speech_verb) {
        return None;
    }
    let head = seg[0].lower();
    let possessive_noun = seg
        .windows(2)
        .any(|w| w[0].without_possessive().len() != w[0].text.len() && !w[1].is_capitalised());
    let ok = matches!(
        head.as_str(),
        "the" | "a" | "an" | "his" | "her" | "its" | "their" | "who" | "whose" | "former" | "then"
    ) || possessive_noun;
    if !ok {
        return None;
    }
    text.get(seg[0].start()..seg[seg.len() - 1].end())
        .map(str::to_owned)
}
