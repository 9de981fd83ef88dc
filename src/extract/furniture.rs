//! Page furniture: the lines a scraped news page carries besides its story — bylines,
//! timestamps, photo captions and credits, navigation, site banners and labels, "Read more"
//! and related-story teasers, and boilerplate ("All rights reserved", "Follow our live
//! coverage here"). They are metadata, never events, quotes or questions.
//!
//! Each test here looks at one line on its own; [`super::clean`] adds what needs the
//! neighbouring lines (teaser blocks, the headline). Every rule is cheap and rejects long
//! body paragraphs first: cleaning runs on every line of every article.

/// What kind of furniture a line is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Furniture {
    /// "By Jane Doe, The Daily Example, 3 March 2026", "Editor: J. Roe".
    Byline,
    /// "Updated 14:02 GMT", "Wednesday, 4 March 2026", "2 days ago", "3 min read".
    Timestamp,
    /// A photo caption or credit: "… (Photo: Jane Doe / Example Agency)", "Jane Doe/Agency".
    Caption,
    /// "Home › World", "About Us | Contact | Privacy Policy".
    Navigation,
    /// "All rights reserved.", "Follow our live coverage here.", "Sign up for our newsletter".
    Boilerplate,
    /// "Read more", "Related stories", "Editors' pick": what follows in its block is a teaser.
    RelatedMarker,
    /// A short line that is no sentence: a banner, section name or outlet label ("World",
    /// "BREAKING NEWS", "Latest News").
    Label,
}

/// Short weekday forms of timestamps ("Mon 12 Feb"); the full names and the months come from
/// the tagger's word lists.
const WEEKDAY_ABBREVIATIONS: &[&str] = &[
    "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
];

/// A month or weekday, full or short, lower case.
fn is_calendar_word(w: &str) -> bool {
    use super::temporal::lexicon::{MONTHS, WEEKDAYS};
    MONTHS.get(w).is_some() || WEEKDAYS.get(w).is_some() || WEEKDAY_ABBREVIATIONS.contains(&w)
}

/// Words that accompany a timestamp: labels, clock words, time zones, "2 days ago".
const STAMP_WORDS: &[&str] = &[
    "updated",
    "published",
    "posted",
    "last",
    "created",
    "modified",
    "date",
    "at",
    "on",
    "am",
    "pm",
    "a.m",
    "p.m",
    "gmt",
    "utc",
    "ist",
    "edt",
    "est",
    "bst",
    "cet",
    "cest",
    "pst",
    "pdt",
    "aest",
    "jst",
    "ago",
    "min",
    "mins",
    "minute",
    "minutes",
    "hour",
    "hours",
    "hr",
    "hrs",
    "day",
    "days",
    "week",
    "weeks",
    "read",
    "source",
];

/// Phrases that only page furniture uses (lower case).
const BOILERPLATE: &[&str] = &[
    "all rights reserved",
    "copyright ©",
    "copyright (c)",
    "reproduction in whole or in part",
    "without permission is prohibited",
    "follow the latest",
    "follow us on",
    "follow our live",
    "continue to follow our",
    "sign up for",
    "subscribe to our",
    "subscribe now",
    "our newsletter",
    "click here",
    "can be found here",
    "comments are no longer",
    "comment(s)",
    "to post comments",
    "share your story",
    "send your videos",
    "bookmark and share",
    "rate this item",
    "if you buy something",
    "earn a commission",
    "ethics statement",
    "historical material",
    "no longer updated",
    "press releases posted",
    "auto-generated from",
    "syndicated feed",
    "has not been edited by",
    "welcome to our live",
    "we'll bring you more",
    "we’ll bring you more",
    "feedback contact",
    "app download",
    "get the latest updates",
    "right on your browser",
    "please see below for corrections",
    "editor's note:",
    "editor’s note:",
    "for immediate release",
    "skip to content",
    "back to top",
    "go to top",
];

/// Short lines that announce related stories rather than the story itself (lower case,
/// compared with the whole line).
const RELATED_MARKERS: &[&str] = &[
    "read more",
    "read also",
    "also read",
    "related",
    "related stories",
    "related articles",
    "related news",
    "recommended",
    "recommended stories",
    "editors pick",
    "editors' pick",
    "editor's pick",
    "editor’s pick",
    "more from",
    "more stories",
    "more news",
    "most popular",
    "most read",
    "top news",
    "top stories",
    "latest headlines",
    "latest news",
    "trending",
    "trending now",
    "you may also like",
    "you might also like",
    "go to video",
    "watch more",
    "more video",
    "more videos",
];

/// Words in a navigation bar.
const NAVIGATION_WORDS: &[&str] = &[
    "contact us",
    "about us",
    "privacy policy",
    "terms of use",
    "cookie policy",
    "advertise",
    "site map",
    "sitemap",
];

/// `line.split_whitespace().count()`, with ASCII taken a byte at a time (that count was a
/// tenth of line classification).
fn count_words(line: &str) -> usize {
    let mut words = 0;
    let mut in_word = false;
    let mut rest = line;
    while let Some(&b) = rest.as_bytes().first() {
        let (space, len) = if b.is_ascii() {
            (matches!(b, b' ' | b'\t' | b'\n' | 0x0B | 0x0C | b'\r'), 1)
        } else {
            let c = rest.chars().next().unwrap_or(' ');
            (c.is_whitespace(), c.len_utf8())
        };
        words += usize::from(!space && !in_word);
        in_word = !space;
        rest = rest.get(len..).unwrap_or("");
    }
    words
}

/// Classifies one line (already trimmed). `None` means it may be story text.
pub fn classify(line: &str) -> Option<Furniture> {
    // Body paragraphs are long: every rule below is about short lines, except boilerplate
    // sentences, which stay under a few hundred bytes.
    if line.len() > 400 {
        return None;
    }
    let lower = super::tokens::lowercase(line);
    let words = count_words(line);
    if words <= 30 && BOILERPLATE.iter().any(|p| lower.contains(p)) {
        return Some(Furniture::Boilerplate);
    }
    if words <= 30 && has_email_or_url(&lower) {
        return Some(Furniture::Boilerplate);
    }
    if is_related_marker(&lower) {
        return Some(Furniture::RelatedMarker);
    }
    if is_navigation(line, &lower, words) {
        return Some(Furniture::Navigation);
    }
    if is_caption(line, &lower, words) {
        return Some(Furniture::Caption);
    }
    if is_byline(line, &lower, words) {
        return Some(Furniture::Byline);
    }
    if is_timestamp(&lower) {
        return Some(Furniture::Timestamp);
    }
    if is_label(line, words) {
        return Some(Furniture::Label);
    }
    None
}

fn has_email_or_url(lower: &str) -> bool {
    lower.contains("http://")
        || lower.contains("https://")
        || lower.contains("www.")
        || (lower.contains('@')
            && lower
                .split_whitespace()
                .any(|w| w.contains('@') && w.contains('.') && !w.starts_with('@')))
}

/// "Read more", "Editors Pick", "More from Example News", "Go to video".
pub fn is_related_marker(lower: &str) -> bool {
    let t = lower.trim_end_matches([':', '.', '»', '>', ' ']).trim();
    t.len() <= 40
        && RELATED_MARKERS
            .iter()
            .any(|m| t == *m || (m.starts_with("more ") && t.starts_with(m)))
}

fn is_navigation(line: &str, lower: &str, words: usize) -> bool {
    if words > 30 {
        return false;
    }
    let pipes = line.matches('|').count();
    let crumbs = ["›", " > ", " » ", "»"].iter().any(|c| line.contains(c));
    (crumbs && lower.starts_with("home"))
        || pipes >= 3
        || (words <= 12 && NAVIGATION_WORDS.iter().any(|w| lower.contains(w)))
        || lower.starts_with("home tags")
        || lower.starts_with("tag archives")
        || lower.starts_with("posts tagged")
}

/// Photo captions end with a credit ("(Photo: Jane Doe / Agency)", "(AP file photo)") or
/// carry one ("Photograph: Jane Doe/Agency"); credit lines are a name and an agency.
fn is_caption(line: &str, lower: &str, words: usize) -> bool {
    const CREDIT: &[&str] = &[
        "photograph:",
        "photo:",
        "photos:",
        "picture:",
        "image:",
        "illustration:",
        "credit:",
        "photo by",
        "photo credit",
        "file photo",
        "/ photo",
        "getty images",
        "file pic",
        "author-image",
    ];
    if words > 70 {
        return false;
    }
    if CREDIT.iter().any(|c| lower.contains(c)) {
        return true;
    }
    // "(State Emergency Service / Telegram)", "(Example/Jane Doe)" at the end.
    if line.ends_with(')')
        && let Some(open) = line.rfind('(')
    {
        let inner = &line[open + 1..line.len() - 1];
        if inner.split_whitespace().count() <= 8 && slash_between_words(inner) {
            return true;
        }
    }
    // "Jane Doe/Example Images": a short credit line.
    words <= 5 && !line.ends_with(['.', '?', '!']) && slash_between_words(line)
}

/// A slash with letters on both sides ("Agency/Jane Doe", "Service / Telegram"), not a
/// date or a fraction.
fn slash_between_words(s: &str) -> bool {
    s.match_indices('/').any(|(i, _)| {
        let before = s[..i].trim_end().chars().next_back();
        let after = s[i + 1..].trim_start().chars().next();
        before.is_some_and(char::is_alphabetic) && after.is_some_and(char::is_alphabetic)
    })
}

/// "By Jane Doe", "by Jane Doe, The Example Times, 3 Mar 2026", "Editor: J. Roe",
/// "Posted by …", "Source: Example Agency".
fn is_byline(line: &str, lower: &str, words: usize) -> bool {
    const LABELS: &[&str] = &[
        "editor:",
        "editor :",
        "editors:",
        "source:",
        "author:",
        "channel:",
        "category:",
        "section:",
        "filed under",
        "tags:",
    ];
    const BY: &[&str] = &[
        "written by",
        "posted by",
        "post by",
        "reporting by",
        "edited by",
        "compiled by",
    ];
    if words > 14 {
        return false;
    }
    if LABELS.iter().any(|l| lower.starts_with(l)) || BY.iter().any(|l| lower.contains(l)) {
        return true;
    }
    let Some(rest) = ["By ", "by ", "BY "]
        .iter()
        .find_map(|p| line.strip_prefix(p))
    else {
        return false;
    };
    let first = rest.split_whitespace().next().unwrap_or("");
    let first_lower = first
        .trim_matches(|c: char| !c.is_alphanumeric())
        .to_lowercase();
    first.starts_with(char::is_uppercase)
        && !is_calendar_word(&first_lower)
        && !line.ends_with(['.', '?', '!'])
}

/// Length of a byline glued before the story ("BY A STAFF REPORTER: The ministry …").
pub fn leading_byline_len(line: &str) -> usize {
    let Some(colon) = line.get(..60).unwrap_or(line).find(": ") else {
        return 0;
    };
    let head = &line[..colon];
    let caps =
        head.starts_with("BY ") && head.chars().all(|c| !c.is_alphabetic() || c.is_uppercase());
    if caps { colon + 2 } else { 0 }
}

/// Length of a timestamp glued before the first line ("date 2026-03-04 The ministry …",
/// "2026-03-04 14:02 Headline"): an optional label word, an ISO date, an optional time.
pub fn leading_timestamp_len(line: &str) -> usize {
    let mut pos = 0;
    let mut rest = line;
    let skip_word = |rest: &str| {
        let w = rest.len() - rest.trim_start().len();
        let end = rest[w..]
            .find(char::is_whitespace)
            .map_or(rest.len(), |e| w + e);
        (w, end)
    };
    let (w, end) = skip_word(rest);
    let word = &rest[w..end];
    if matches!(
        word.to_lowercase().as_str(),
        "date" | "updated" | "published" | "posted"
    ) {
        pos += end;
        rest = &line[pos..];
    }
    let (w, end) = skip_word(rest);
    if !is_iso_date(&rest[w..end]) {
        return 0;
    }
    pos += end;
    rest = &line[pos..];
    let (w, end) = skip_word(rest);
    let maybe_time = &rest[w..end];
    if !maybe_time.is_empty()
        && maybe_time.contains(':')
        && maybe_time.chars().all(|c| c.is_ascii_digit() || c == ':')
    {
        pos += end;
    }
    let trailing = line[pos..].len() - line[pos..].trim_start().len();
    pos + trailing
}

fn is_iso_date(w: &str) -> bool {
    let b = w.as_bytes();
    b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && b.iter()
            .enumerate()
            .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit())
}

/// A line made of a date, a time and their labels ("Updated 20 March 2026 14:02 GMT",
/// "Wednesday, 4 March 2026", "2026-03-04 14:02", "2 days ago", "3 min read").
pub fn is_timestamp(lower: &str) -> bool {
    // A stamp has a digit and at most 16 tokens: both checked before any word is looked up.
    if !lower.bytes().any(|b| b.is_ascii_digit()) {
        return false;
    }
    let tokens = || {
        lower
            .split(|c: char| c.is_whitespace() || matches!(c, ',' | '|' | '(' | ')' | '–' | '—'))
            .map(|t| t.trim_matches(|c: char| matches!(c, '.' | ':' | '-' | '+')))
            .filter(|t| !t.is_empty())
    };
    let count = tokens().take(17).count();
    if count == 0 || count > 16 {
        return false;
    }
    let (mut stamp, mut digits) = (0usize, 0usize);
    for t in tokens() {
        let numeric = t.starts_with(|c: char| c.is_ascii_digit())
            && t.chars()
                .all(|c| c.is_ascii_digit() || matches!(c, ':' | '/' | '-' | '.'))
            || is_ordinal(t);
        if numeric {
            digits += 1;
            stamp += 1;
        } else if is_calendar_word(t) || STAMP_WORDS.contains(&t) {
            stamp += 1;
        }
    }
    digits >= 1 && stamp * 10 >= count * 6 && stamp > digits.min(1)
}

/// "20th", "1st", "3rd".
fn is_ordinal(t: &str) -> bool {
    let digits = t.chars().take_while(char::is_ascii_digit).count();
    digits > 0 && matches!(&t[digits..], "st" | "nd" | "rd" | "th")
}

/// A short line without sentence punctuation and without a verb-like word: a banner,
/// section name or outlet label. Lines ending with a colon stay (transcript speaker labels,
/// list lead-ins).
fn is_label(line: &str, words: usize) -> bool {
    if words > 4 || line.ends_with([':', '.', '?', '!', '”', '"']) {
        return false;
    }
    if words <= 1 {
        return true;
    }
    let letters: Vec<char> = line.chars().filter(|c| c.is_alphabetic()).collect();
    let shouting = letters.len() >= 3 && letters.iter().all(|c| c.is_uppercase());
    shouting || !line.split_whitespace().any(looks_like_verb)
}

/// A word that may be a finite verb in a headline ("Approves", "killed", "to").
pub fn looks_like_verb(word: &str) -> bool {
    const NOT_VERBS: &[&str] = &[
        "news",
        "us",
        "bus",
        "series",
        "politics",
        "sports",
        "business",
        "analysis",
        "times",
        "press",
        "status",
        "crisis",
        "process",
        "census",
        "headlines",
        "highlights",
        "updates",
        "stories",
        "posts",
        "comments",
        "videos",
        "photos",
        "opinions",
        "letters",
        "obituaries",
        "events",
        "features",
        "services",
        "affairs",
        "arts",
        "tags",
        "archives",
        "details",
    ];
    const SHORT_VERBS: &[&str] = &[
        "is", "are", "was", "were", "be", "has", "have", "had", "will", "to", "can", "may", "win",
        "won", "wins", "get", "gets", "got", "set", "hit", "hits", "cut", "cuts", "met", "say",
        "says", "said", "vow", "vows", "bar", "bars", "end", "ends", "eye", "eyes", "see", "sees",
        "go", "goes", "put", "puts", "ran", "run", "runs", "lead", "led", "leads", "rise", "rose",
        "fall", "fell", "beat", "quit", "open", "opens", "back", "backs",
    ];
    let w = word
        .trim_matches(|c: char| !c.is_alphanumeric())
        .to_lowercase();
    if NOT_VERBS.contains(&w.as_str()) {
        return false;
    }
    SHORT_VERBS.contains(&w.as_str())
        || (w.len() > 4 && (w.ends_with("ed") || w.ends_with("es")))
        || (w.len() > 3 && w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("us"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_are_counted_as_split_whitespace_counts_them() {
        for line in [
            "",
            "   ",
            "one",
            " Updated\u{a0}14:02 GMT\t— by  Jane\u{2009}Doe ",
            "“Quoted”\u{3000}words\r\nhere",
        ] {
            assert_eq!(
                count_words(line),
                line.split_whitespace().count(),
                "{line:?}"
            );
        }
    }

    #[test]
    fn bylines_and_timestamps() {
        for line in [
            "By Mira Solberg, The Harbour Gazette, 3 Mar 2026",
            "by Tomas Ferreira",
            "Editor: Li Wen",
            "Posted by harbourwatcher",
        ] {
            assert_eq!(classify(line), Some(Furniture::Byline), "{line}");
        }
        for line in [
            "Updated 14:02 GMT",
            "Updated 20 March 2026",
            "Wednesday, 4 March 2026",
            "2026-03-04 14:02:10",
            "Published: 4th March 2026 09:08 AM | Last Updated: 4th March 2026 10:15 AM",
            "2 days ago",
            "3 MIN READ",
        ] {
            assert_eq!(classify(line), Some(Furniture::Timestamp), "{line}");
        }
    }

    #[test]
    fn captions_credits_navigation_and_banners() {
        assert_eq!(
            classify(
                "Rescue workers search the rubble in Port Alder on Monday. (Harbour Gazette / Mira Solberg)"
            ),
            Some(Furniture::Caption)
        );
        assert_eq!(
            classify("The mayor speaks in Lindenfeld. Photograph: Tomas Ferreira/Example Agency"),
            Some(Furniture::Caption)
        );
        assert_eq!(
            classify("Tomas Ferreira/Example Images"),
            Some(Furniture::Caption)
        );
        assert_eq!(classify("Home › World"), Some(Furniture::Navigation));
        assert_eq!(
            classify("About Us | Jobs | Contact Us | Privacy Policy"),
            Some(Furniture::Navigation)
        );
        for banner in [
            "World",
            "Latest News",
            "BREAKING NEWS",
            "World News in English",
        ] {
            assert!(classify(banner).is_some(), "{banner}");
        }
        assert_eq!(classify("Read more"), Some(Furniture::RelatedMarker));
        assert_eq!(
            classify("You can continue to follow our live coverage of the floods here."),
            Some(Furniture::Boilerplate)
        );
    }

    #[test]
    fn story_lines_are_not_furniture() {
        for line in [
            "The council approved the harbour plan on Monday.",
            "By Tuesday the ferries were running again",
            "Museum Reopens",
            "MODERATOR:",
            "Parliament passed the budget by 212 votes on 4 March 2026.",
            "“We will be back,” she said.",
        ] {
            assert_eq!(classify(line), None, "{line}");
        }
    }

    #[test]
    fn glued_prefixes() {
        let line = "date 2026-03-04 The council met.";
        assert_eq!(&line[leading_timestamp_len(line)..], "The council met.");
        assert_eq!(leading_timestamp_len("The council met in 2026."), 0);
        let line = "BY A STAFF REPORTER: The council met.";
        assert_eq!(&line[leading_byline_len(line)..], "The council met.");
        assert_eq!(leading_byline_len("Note: the council met."), 0);
    }
}
