//! Which line at the top of a page is the article's headline.
//!
//! Scraped pages open with banners, section names, navigation and timestamps, and some
//! articles have no headline at all: then the first paragraph is story text and must stay in
//! the body. A line is taken as the headline only when it reads like one: short, a single
//! line of words without a final full stop, not a call to action ("Get the latest updates…"),
//! not a sentence with a verb and a date, with a verb or enough words to name a story, and
//! sharing a word with the story below it (a banner shares none).

use super::furniture::looks_like_verb;
use crate::model::Span;

/// Words that start a site's call to action rather than a headline (lower case).
const PROMO_STARTS: &[&str] = &[
    "get",
    "sign",
    "subscribe",
    "follow",
    "download",
    "click",
    "watch",
    "listen",
    "join",
    "register",
    "log",
    "login",
    "welcome",
    "share",
    "like",
    "explore",
    "discover",
    "support",
    "donate",
    "advertisement",
    "sponsored",
    "hello",
];

/// Short words that say nothing about a story (lower case, compared by their first five
/// letters, like the words they are checked against).
const STOP_STEMS: &[&str] = &[
    "this", "that", "with", "from", "have", "been", "were", "will", "would", "their", "there",
    "they", "what", "when", "which", "about", "after", "over", "into", "says", "said", "more",
    "than", "also", "news", "your", "just", "only", "some", "them", "then", "these", "those",
    "where", "while", "other",
];

/// How far below the headline to look for a shared word (bytes).
const STORY_WINDOW: usize = 1500;

/// The part of a top line that may be the headline: a headline glued to page metadata
/// ("Minister resignsExample News | Lindenfeld | Updated: 04-03-2026 13:21") loses the
/// metadata and the outlet name run into its last word.
pub fn headline_part(line: &str) -> &str {
    let Some(bar) = line.find(" | ") else {
        return line;
    };
    let rest = &line[bar..];
    let stamped = ["updated", "created", "published", "posted"]
        .iter()
        .any(|w| rest.to_lowercase().contains(w));
    if !stamped {
        return line;
    }
    let head = line[..bar].trim_end();
    // "…licenseExample News": three lower-case letters run straight into a capital, in one
    // of the last words ("iPhone", "McDonald" have fewer before theirs).
    let tail_start = head
        .char_indices()
        .filter(|&(_, c)| c.is_whitespace())
        // After the space, whatever its width (a no-break space is two bytes).
        .map(|(i, c)| i + c.len_utf8())
        .rev()
        .nth(3)
        .unwrap_or(0);
    let chars: Vec<(usize, char)> = head[tail_start..].char_indices().collect();
    let glue = (3..chars.len())
        .rev()
        .find(|&k| {
            chars[k].1.is_uppercase() && chars[k - 3..k].iter().all(|(_, c)| c.is_lowercase())
        })
        .map(|k| tail_start + chars[k].0);
    glue.map_or(head, |g| &head[..g])
}

/// The first line of a plain-text article, alone above the body: a headline if it reads as
/// one (as [`reads_as_headline`]) even without a verb or a word shared with the story
/// ("Dropped Article", "Київ і Αθήνα").
pub fn reads_as_plain_head(line: &str, below: &str, is_dated: impl FnOnce() -> bool) -> bool {
    headline_test(line, below, is_dated, true)
}

/// Does `line` (one trimmed line, or the headline part of it) read like a headline for the
/// story in `below` (the text that follows it)? `is_dated` tells whether the line holds a
/// date expression; it is asked only for lines that otherwise read like a sentence.
pub fn reads_as_headline(line: &str, below: &str, is_dated: impl FnOnce() -> bool) -> bool {
    headline_test(line, below, is_dated, false)
}

fn headline_test(line: &str, below: &str, is_dated: impl FnOnce() -> bool, alone: bool) -> bool {
    let words: Vec<&str> = line.split_whitespace().collect();
    if words.len() < 2 || words.len() > 25 || line.len() > 220 {
        return false;
    }
    // One line of words: no final full stop (inside a closing quote or bracket too: a lede
    // ending "… bankrupt the state.”" is a sentence), no second sentence inside it.
    let end = line.trim_end_matches(['”', '"', '’', '\'', ')', ']']);
    // Some sites end even a headline with a full stop ("What Mexico Could Do When Up
    // Against Trump."): a Title Case line standing alone above the story is one still; a
    // lede is not written in Title Case.
    // The same goes for a short head in sentence case that does not narrate: present tense,
    // no article first, no "was" or "said" ("Judge rejects Times request to unseal file.").
    let narrates = words.iter().any(|w| {
        matches!(
            w.trim_matches(|c: char| !c.is_alphanumeric()),
            "was" | "were" | "had" | "did" | "said" | "told"
        )
    }) || opens_with_article(&words);
    let stopped_head = alone
        && end.ends_with(['.', ';'])
        && words.len() <= 16
        && (is_title_case(&words) || !narrates || has_kicker(&words));
    if (end.ends_with(['.', ':', ';', ',', '!']) && !stopped_head) || has_inner_sentence_end(line) {
        return false;
    }
    let first = words[0]
        .trim_matches(|c: char| !c.is_alphanumeric())
        .to_lowercase();
    if PROMO_STARTS.contains(&first.as_str()) {
        return false;
    }
    let letters: Vec<char> = line.chars().filter(|c| c.is_alphabetic()).collect();
    if letters.len() < 6 || (words.len() <= 4 && letters.iter().all(|c| c.is_uppercase())) {
        return false;
    }
    let has_verb = words.iter().any(|w| looks_like_verb(w));
    // A short verbless line is a section name or a label ("World News"), unless it is a
    // Title Case head on a word of the story below ("Budget Fight" over "the budget …").
    let all_capitalised = words
        .iter()
        .all(|w| w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit()));
    let short_head_ok =
        alone || has_verb || words.len() >= 6 || (all_capitalised && shares_a_word(line, below));
    if !short_head_ok {
        return false;
    }
    // A banner shares no word with the story; a Title Case line with a verb is a headline
    // even when the story words it differently.
    let capitalised = words
        .iter()
        .filter(|w| w.starts_with(|c: char| c.is_uppercase()))
        .count();
    let title_case = has_verb && words.len() >= 3 && capitalised * 3 >= words.len() * 2;
    if !alone && !title_case && !shares_a_word(line, below) {
        return false;
    }
    // "Parliament passed the budget on Tuesday" is the story's first sentence without its
    // full stop: lower-case words, a past tense or an article, and a date. "Parliament Passes Budget On
    // Tuesday", "Ministers hold first talks since October" and "Budget 2026: …" are headlines.
    let lower_words = words
        .iter()
        .filter(|w| w.starts_with(|c: char| c.is_lowercase()))
        .count();
    let sentence_like = has_verb
        && lower_words * 2 >= words.len()
        && words.len() >= 5
        && (words.iter().any(|w| is_past_tense(w) || is_determiner(w))
            || opens_with_article(&words))
        && !has_kicker(&words);
    !(sentence_like && is_dated())
}

/// At least three words, two in three of them capitalised, and every word of four letters or
/// more ("Pence Gives GOP A Boost With Solid Debate Win Over Kaine").
fn is_title_case(words: &[&str]) -> bool {
    let capital = |w: &&&str| w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit());
    let long_lower = words.iter().any(|w| {
        w.starts_with(char::is_lowercase) && w.chars().filter(|c| c.is_alphabetic()).count() >= 4
    });
    words.len() >= 3 && !long_lower && words.iter().filter(capital).count() * 3 >= words.len() * 2
}

/// "was", "approved": a past-tense verb, as a story's sentences have and headlines rarely do
/// ("killed" in "Dozens killed in floods" is a participle, but a dated one is rare).
fn is_past_tense(word: &str) -> bool {
    let w = word.trim_matches(|c: char| !c.is_alphanumeric());
    matches!(
        w,
        "was"
            | "were"
            | "had"
            | "did"
            | "said"
            | "told"
            | "met"
            | "held"
            | "took"
            | "made"
            | "won"
            | "lost"
            | "left"
            | "came"
            | "went"
            | "began"
            | "rose"
            | "fell"
            | "gave"
    ) || (w.len() > 4 && w.ends_with("ed") && w.starts_with(char::is_lowercase))
}

/// "the", "its": sentences have them, headlines drop them.
fn is_determiner(word: &str) -> bool {
    matches!(word, "the" | "a" | "an" | "its" | "their" | "his" | "her")
}

/// "The ferry operator …" (a sentence) rather than "The Fed Raises Rates" (a headline).
fn opens_with_article(words: &[&str]) -> bool {
    matches!(words.first(), Some(&("The" | "A" | "An")))
        && words
            .get(1)
            .is_some_and(|w| w.starts_with(char::is_lowercase))
}

/// "Budget 2026: Parliament …", "UPDATE – …": a label in front of the headline.
fn has_kicker(words: &[&str]) -> bool {
    words.iter().take(4).enumerate().any(|(i, w)| {
        (w.ends_with(':') || matches!(*w, "–" | "—" | "-"))
            && words
                .get(i + 1)
                .is_some_and(|n| n.starts_with(char::is_uppercase))
    })
}

/// ". " (or "? ", "! ") followed by a capital inside the line: two sentences.
fn has_inner_sentence_end(line: &str) -> bool {
    line.match_indices(['.', '?', '!']).any(|(i, _)| {
        let rest = &line[i + 1..];
        let word = line[..i].rsplit(char::is_whitespace).next().unwrap_or("");
        let letters = word.chars().filter(|c| c.is_alphabetic()).count();
        // "Rep. Jane Doe", "U.S. envoy": a short capitalised word or initials, not an end.
        let abbreviation = word.starts_with(char::is_uppercase) && letters <= 4;
        rest.starts_with(' ')
            && rest.trim_start().starts_with(char::is_uppercase)
            && letters > 2
            && !abbreviation
    })
}

/// The first five letters of each word of four letters or more, lower case.
fn stems(s: &str) -> impl Iterator<Item = String> + '_ {
    s.split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.chars().count() >= 4)
        .map(|w| w.to_lowercase().chars().take(5).collect::<String>())
        .filter(|w| !STOP_STEMS.contains(&w.as_str()))
}

fn shares_a_word(line: &str, below: &str) -> bool {
    let mut end = below.len().min(STORY_WINDOW);
    while !below.is_char_boundary(end) {
        end -= 1;
    }
    let window: rustc_hash::FxHashSet<String> = stems(&below[..end]).collect();
    stems(line).any(|w| window.contains(&w))
}

/// The span of the headline part of a trimmed line at `line_span`.
pub fn headline_span(text: &str, line_span: Span) -> Option<Span> {
    let line = line_span.slice(text)?;
    let part = headline_part(line).trim_end();
    (!part.is_empty()).then(|| Span::new(line_span.start, line_span.start + part.len()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_headline_glued_to_metadata_with_no_break_spaces_is_cut_at_a_character() {
        // A no-break space (two bytes) among the last words: cut after it, not inside it
        // (found by fuzzing).
        let line = "Minister\u{a0}resigns over\u{a0}the lease\u{a0}licenseExample News | Updated: 04-03-2026";
        assert_eq!(
            headline_part(line),
            "Minister\u{a0}resigns over\u{a0}the lease\u{a0}license"
        );
    }

    const STORY: &str = "The harbour council in Port Alder approved the new ferry plan on Monday.";

    fn headline(line: &str) -> bool {
        reads_as_headline(line, STORY, || line.contains("Monday"))
    }

    #[test]
    fn headlines_read_as_headlines() {
        assert!(headline("Harbour Council Approves Ferry Plan"));
        assert!(headline("Port Alder approves ferry plan after long debate"));
        assert!(headline("Ferry Plan Approved On Monday In Port Alder"));
        assert!(headline(
            "Harbour council and ferry operator hold first talks since Monday"
        ));
        assert!(headline("Ferries 2026: A plan for the harbour from Monday"));
        assert!(headline("Former aide to Rep. Solberg gets ferry contract"));
        // A Title Case head alone above the story may end with a full stop.
        assert!(reads_as_plain_head(
            "Harbour Council Approves Ferry Plan For Port Alder.",
            STORY,
            || false
        ));
        assert!(reads_as_plain_head(
            "Judge rejects council request to halt ferry plan.",
            STORY,
            || false
        ));
        assert!(!reads_as_plain_head(
            "The harbour council approved the ferry plan for Port Alder.",
            STORY,
            || false
        ));
        assert!(!reads_as_plain_head(
            "Councillors said the ferry plan was too costly for Port Alder.",
            STORY,
            || false
        ));
    }

    #[test]
    fn banners_promos_and_sentences_do_not() {
        assert!(!headline("World News in English"));
        assert!(!headline("Latest News"));
        assert!(!headline("BREAKING NEWS"));
        assert!(!headline(
            "Get the latest updates on the ferry plan right in your browser"
        ));
        assert!(!headline("The council approved the ferry plan."));
        assert!(!headline(
            "The harbour council approved the ferry plan on Monday"
        ));
        assert!(!headline("Weather warning issued for the northern coast"));
    }

    #[test]
    fn glued_metadata_is_cut() {
        assert_eq!(
            headline_part(
                "Council approves ferry planExample News | Port Alder | Updated: 04-03-2026 13:21"
            ),
            "Council approves ferry plan"
        );
        assert_eq!(
            headline_part("Ferries | Buses | Trams"),
            "Ferries | Buses | Trams"
        );
    }
}
