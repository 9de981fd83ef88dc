//! The words merging compares: content words (lower case, light stemming, no function
//! words), quote tokens with contractions spelled out, and the figures a sentence states.
//!
//! Deliberately simple and deterministic: merging compares reports of one story written in
//! the same language, where the same happening is told with the same nouns and names.

use rustc_hash::FxHashSet as HashSet;

/// Function words and reporting verbs: they say nothing about which happening a sentence
/// is about.
const STOP_WORDS: &[&str] = &[
    "a",
    "about",
    "above",
    "after",
    "again",
    "against",
    "all",
    "also",
    "am",
    "an",
    "and",
    "any",
    "are",
    "as",
    "at",
    "be",
    "because",
    "been",
    "before",
    "being",
    "below",
    "between",
    "both",
    "but",
    "by",
    "can",
    "could",
    "did",
    "do",
    "does",
    "doing",
    "down",
    "during",
    "each",
    "few",
    "for",
    "from",
    "further",
    "had",
    "has",
    "have",
    "having",
    "he",
    "her",
    "here",
    "hers",
    "herself",
    "him",
    "himself",
    "his",
    "how",
    "i",
    "if",
    "in",
    "into",
    "is",
    "it",
    "its",
    "itself",
    "just",
    "me",
    "more",
    "most",
    "my",
    "myself",
    "no",
    "nor",
    "not",
    "now",
    "of",
    "off",
    "on",
    "once",
    "only",
    "or",
    "other",
    "our",
    "ours",
    "ourselves",
    "out",
    "over",
    "own",
    "same",
    "she",
    "should",
    "so",
    "some",
    "such",
    "than",
    "that",
    "the",
    "their",
    "theirs",
    "them",
    "themselves",
    "then",
    "there",
    "these",
    "they",
    "this",
    "those",
    "through",
    "to",
    "too",
    "under",
    "until",
    "up",
    "very",
    "was",
    "we",
    "were",
    "what",
    "when",
    "where",
    "which",
    "while",
    "who",
    "whom",
    "why",
    "will",
    "with",
    "would",
    "you",
    "your",
    "yours",
    "said",
    "says",
    "say",
    "told",
    "tell",
    "according",
    "added",
    "adding",
    "reported",
    "reports",
    "report",
    "stated",
    "statement",
    "announced",
    "news",
    "reuters",
    "ap",
    "afp",
    "yesterday",
    "today",
    "tomorrow",
    "week",
    "month",
    "year",
    "day",
    "days",
    "weeks",
    "months",
    "years",
    "morning",
    "afternoon",
    "evening",
    "night",
    "last",
    "next",
    "earlier",
    "later",
    "new",
    "one",
    "two",
    "three",
    "first",
    "second",
    "mr",
    "mrs",
    "ms",
    "dr",
    "percent",
    "per",
    "cent",
];

fn is_stop_word(w: &str) -> bool {
    static SET: std::sync::LazyLock<HashSet<&'static str>> =
        std::sync::LazyLock::new(|| STOP_WORDS.iter().copied().collect());
    SET.contains(w) || is_calendar_word(w)
}

/// Months and weekdays with their abbreviations (the tagger's word lists), lower case.
fn is_calendar_word(w: &str) -> bool {
    use crate::extract::temporal::lexicon::{MONTHS, WEEKDAYS};
    MONTHS.get(w).is_some() || WEEKDAYS.get(w).is_some()
}

/// A light stem: plurals, past tenses and gerunds fold onto one form ("talks" / "talk",
/// "voted" / "vote", "voting"), enough for reports of one story to meet.
pub fn stem(word: &str) -> String {
    let w = word.trim_end_matches("'s").trim_end_matches("’s");
    let n = w.chars().count();
    let base = |suffix: &str| w.get(..w.len() - suffix.len()).unwrap_or(w);
    let stemmed = if n >= 5 && (w.ends_with("ies") || w.ends_with("ied")) {
        format!("{}y", base("ies"))
    } else if n >= 6 && w.ends_with("ing") {
        base("ing").to_owned()
    } else if n >= 5 && w.ends_with("ed") {
        base("ed").to_owned()
    } else if n >= 5 && w.ends_with("es") && !w.ends_with("ss") {
        base("es").to_owned()
    } else if n >= 4 && w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("us") {
        base("s").to_owned()
    } else {
        w.to_owned()
    };
    stemmed.trim_end_matches('e').to_owned()
}

/// The lower-case words of a text: letters and digits, apostrophes inside words kept,
/// hyphens inside words dropped.
pub fn words(text: &str) -> impl Iterator<Item = String> + '_ {
    let hyphen = |c: char| c == '-' || c == '\u{2010}';
    text.split(move |c: char| !(c.is_alphanumeric() || c == '\'' || c == '’' || hyphen(c)))
        .map(move |w| w.trim_matches(|c| c == '\'' || c == '’' || hyphen(c)))
        .filter(|w| !w.is_empty())
        // "co-operate" and "cooperate", "e-mail" and "email": one word however spelt.
        .map(move |w| w.replace(hyphen, "").to_lowercase())
}

/// The base of an irregular past ("fell" → "fall", "led" → "lead"), from the extractor's
/// list of verb forms; `None` for regular "-ed" forms and anything else.
fn irregular_base(word: &str) -> Option<String> {
    // Forms that are as often another word: "left" (a direction, the Left), "met" (the Met
    // Office), "rose" (a name), "saw", "found" (a foundation's verb), "lay".
    const AMBIGUOUS: &[&str] = &["left", "met", "rose", "saw", "found", "lay"];
    if (word.len() > 4 && word.ends_with("ed")) || AMBIGUOUS.contains(&word) {
        return None;
    }
    crate::extract::verb_forms::past_base(word)
}

/// `synonyms.txt`: word → the canonical word of its line.
static SYNONYMS: std::sync::LazyLock<rustc_hash::FxHashMap<&'static str, &'static str>> =
    std::sync::LazyLock::new(|| {
        include_str!("synonyms.txt")
            .lines()
            .filter(|l| !l.trim_start().starts_with('#'))
            .filter_map(|l| l.split_once(':'))
            .flat_map(|(canon, list)| list.split_whitespace().map(move |w| (w, canon.trim())))
            .collect()
    });

/// Content words of a text, stemmed (irregular pasts to their base), with the words of one
/// happening folded together ("began" and "broke out" → "start", "agreement" → "deal"):
/// what a sentence is about.
pub fn content_words(text: &str) -> HashSet<String> {
    words(text)
        .filter(|w| !is_stop_word(w) && !w.chars().all(|c| c.is_ascii_digit()))
        .filter(|w| w.chars().count() > 1)
        .map(|w| match SYNONYMS.get(w.as_str()) {
            Some(c) => (*c).to_owned(),
            // "fell" and "fall", "won" and "win": one verb however inflected. (Regular
            // "-ed" forms are the stem's: "stopped" and "stopping" both give "stopp".)
            None => match irregular_base(&w) {
                Some(base) => stem(&base),
                None => stem(&w),
            },
        })
        .collect()
}

/// |a ∩ b| / |a ∪ b|, 0 for two empty sets.
#[allow(
    clippy::implicit_hasher,
    reason = "the merge hashes with FxHash throughout"
)]
pub fn jaccard(a: &HashSet<String>, b: &HashSet<String>) -> f64 {
    let shared = a.intersection(b).count();
    let union = a.len() + b.len() - shared;
    if union == 0 {
        0.0
    } else {
        shared as f64 / union as f64
    }
}

/// |a ∩ b| / min(|a|, |b|): how much of the shorter set the longer one covers (a short
/// title inside a detailed one scores high), 0 if either is empty.
#[allow(
    clippy::implicit_hasher,
    reason = "the merge hashes with FxHash throughout"
)]
pub fn overlap(a: &HashSet<String>, b: &HashSet<String>) -> f64 {
    let shorter = a.len().min(b.len());
    if shorter == 0 {
        0.0
    } else {
        a.intersection(b).count() as f64 / shorter as f64
    }
}

/// The mean of [`jaccard`] and [`overlap`]: alike in full, or one contained in the other.
#[allow(
    clippy::implicit_hasher,
    reason = "the merge hashes with FxHash throughout"
)]
pub fn resemblance(a: &HashSet<String>, b: &HashSet<String>) -> f64 {
    0.5 * (jaccard(a, b) + overlap(a, b))
}

/// The tokens of quoted words for comparing transcriptions: lower case, punctuation gone,
/// contractions spelled out ("won't" → "will not", "we're" → "we are").
pub fn quote_tokens(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    for w in words(text) {
        let w = w.replace('’', "'");
        match w.as_str() {
            "won't" => out.extend(["will", "not"].map(str::to_owned)),
            "can't" | "cannot" => out.extend(["can", "not"].map(str::to_owned)),
            "shan't" => out.extend(["shall", "not"].map(str::to_owned)),
            "ain't" => out.extend(["is", "not"].map(str::to_owned)),
            _ => {
                let expanded = [
                    ("n't", " not"),
                    ("'re", " are"),
                    ("'ll", " will"),
                    ("'ve", " have"),
                    ("'m", " am"),
                    ("'d", " would"),
                ]
                .iter()
                .find_map(|(suffix, with)| {
                    w.strip_suffix(suffix).map(|stem| format!("{stem}{with}"))
                });
                match expanded {
                    Some(e) => out.extend(e.split(' ').map(str::to_owned)),
                    // "the fourteen days" / "the 14 days": one number however written.
                    None => out.push(
                        number_word(&w)
                            .map_or_else(|| w.trim_end_matches("'s").to_owned(), |n| n.to_string()),
                    ),
                }
            }
        }
    }
    out
}

/// Edit distance between two token sequences (insertions, deletions, substitutions), or
/// `None` once it must exceed `limit` (the banded computation stays linear in length).
pub fn token_distance(a: &[String], b: &[String], limit: usize) -> Option<usize> {
    if a.len().abs_diff(b.len()) > limit {
        return None;
    }
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    let mut cur = vec![0; b.len() + 1];
    for (i, x) in a.iter().enumerate() {
        cur[0] = i + 1;
        let lo = (i + 1).saturating_sub(limit + 1).max(1);
        let hi = (i + 1 + limit + 1).min(b.len() + 1);
        let mut row_min = cur[0];
        for j in 1..=b.len() {
            cur[j] = if j < lo || j >= hi {
                usize::MAX / 2
            } else {
                let cost = usize::from(x != &b[j - 1]);
                (prev[j - 1] + cost).min(prev[j] + 1).min(cur[j - 1] + 1)
            };
            row_min = row_min.min(cur[j]);
        }
        if row_min > limit {
            return None;
        }
        std::mem::swap(&mut prev, &mut cur);
    }
    let d = prev[b.len()];
    (d <= limit).then_some(d)
}

/// True if `needle` occurs as a contiguous run inside `hay`.
pub fn contains_run(hay: &[String], needle: &[String]) -> bool {
    !needle.is_empty() && hay.windows(needle.len()).any(|w| w == needle)
}

/// A run of `hay` within `limit` word edits of `needle`: a quote inside a longer one,
/// transcribed a little differently ("its judgment" / "its judgement. I did not…").
pub fn contains_near_run(hay: &[String], needle: &[String], limit: usize) -> bool {
    !needle.is_empty()
        && hay.len() > needle.len()
        && hay
            .windows(needle.len())
            .any(|w| token_distance(w, needle, limit).is_some())
}

/// A number from zero to twenty, or a multiple of ten to ninety, written as a word.
fn number_word(w: &str) -> Option<u32> {
    const SMALL: [&str; 21] = [
        "zero",
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "thirteen",
        "fourteen",
        "fifteen",
        "sixteen",
        "seventeen",
        "eighteen",
        "nineteen",
        "twenty",
    ];
    const TENS: [&str; 7] = [
        "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
    ];
    if let Some(n) = SMALL.iter().position(|x| *x == w) {
        return u32::try_from(n).ok();
    }
    let k = TENS.iter().position(|x| *x == w)?;
    u32::try_from(k).ok().map(|k| 30 + 10 * k)
}

/// How a figure is hedged in the text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Bound {
    Exact,
    /// "at least", "more than", "over".
    AtLeast,
    /// "up to", "nearly", "almost", "fewer than".
    AtMost,
    /// "about", "around", "some", "roughly".
    About,
}

/// A number a sentence states with what it counts: "212 votes", "at least 14 people",
/// "35%", "$2 billion".
#[derive(Clone, Debug, PartialEq)]
pub struct Figure {
    /// What is counted, stemmed ("vote", "peopl", "%", "$").
    pub unit: String,
    pub value: f64,
    pub bound: Bound,
    /// The figure as written, for the conflict's versions ("at least 14 people").
    pub text: String,
}

impl Figure {
    /// True if two figures for the same unit cannot both be true.
    pub fn contradicts(&self, other: &Figure) -> bool {
        if self.unit != other.unit {
            return false;
        }
        let (a, b) = (self.value, other.value);
        let close = |x: f64, y: f64| (x - y).abs() <= 0.2 * x.abs().max(y.abs());
        match (self.bound, other.bound) {
            (Bound::Exact, Bound::Exact) => (a - b).abs() > f64::EPSILON,
            (Bound::AtLeast, Bound::Exact) => b < a,
            (Bound::Exact, Bound::AtLeast) => a < b,
            (Bound::AtMost, Bound::Exact) => b > a,
            (Bound::Exact, Bound::AtMost) => a > b,
            (Bound::About, _) | (_, Bound::About) => !close(a, b),
            _ => false,
        }
    }
}

const UNIT_WORDS_SKIPPED: &[&str] = &[
    "more",
    "than",
    "of",
    "the",
    "a",
    "an",
    "other",
    "people's",
    "additional",
    "further",
    "new",
    "confirmed",
    "reported",
];

fn number_value(w: &str) -> Option<f64> {
    let cleaned: String = w.chars().filter(|&c| c != ',').collect();
    if let Ok(v) = cleaned.parse::<f64>() {
        return Some(v);
    }
    let small = [
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "eleven", "twelve",
    ];
    small.iter().position(|s| *s == w).map(|i| i as f64)
}

fn bound_before(prev: &[&str]) -> Bound {
    let joined = prev.join(" ");
    if joined.ends_with("at least") || joined.ends_with("more than") || joined.ends_with("over") {
        Bound::AtLeast
    } else if joined.ends_with("up to")
        || joined.ends_with("nearly")
        || joined.ends_with("almost")
        || joined.ends_with("fewer than")
        || joined.ends_with("less than")
    {
        Bound::AtMost
    } else if joined.ends_with("about")
        || joined.ends_with("around")
        || joined.ends_with("some")
        || joined.ends_with("roughly")
        || joined.ends_with("approximately")
        || joined.ends_with("an estimated")
    {
        Bound::About
    } else {
        Bound::Exact
    }
}

/// Words after which a number that could be a year is a year ("in 2014", "by 2030").
fn is_date_preposition(word: &str) -> bool {
    matches!(
        word,
        "in" | "since"
            | "from"
            | "until"
            | "by"
            | "of"
            | "during"
            | "before"
            | "after"
            | "early"
            | "late"
            | "mid"
            | "to"
            | "and"
    )
}

/// The figures a sentence states: a number followed (within three words) by the noun it
/// counts, or marked as a percentage or an amount of money. Years and times of day are not
/// figures.
pub fn figures(sentence: &str) -> Vec<Figure> {
    let toks: Vec<&str> = sentence
        .split(|c: char| c.is_whitespace() || matches!(c, '(' | ')' | ';' | '“' | '”' | '"'))
        .filter(|t| !t.is_empty())
        .collect();
    let mut out = Vec::new();
    for (i, raw) in toks.iter().enumerate() {
        let t = raw.trim_end_matches([',', '.', ':']);
        let (currency, num) = match t.strip_prefix(['$', '€', '£']) {
            Some(rest) => (t.chars().next(), rest),
            None => (None, t),
        };
        let (num, percent) = match num.strip_suffix('%') {
            Some(n) => (n, true),
            None => (num, false),
        };
        let Some(mut value) = number_value(&num.to_lowercase()) else {
            continue;
        };
        let year_like = currency.is_none()
            && !percent
            && (1800.0..=2100.0).contains(&value)
            && !num.contains(',');
        let after: Vec<String> = toks
            .get(i + 1..(i + 5).min(toks.len()))
            .unwrap_or_default()
            .iter()
            .map(|w| w.trim_end_matches([',', '.', ':']).to_lowercase())
            .collect();
        let mut next = 0;
        if let Some(scale) = after.first().and_then(|w| match w.as_str() {
            "thousand" => Some(1e3),
            "million" => Some(1e6),
            "billion" => Some(1e9),
            "trillion" => Some(1e12),
            _ => None,
        }) {
            value *= scale;
            next = 1;
        }
        let unit = if let Some(c) = currency {
            Some(c.to_string())
        } else if percent || matches!(after.get(next).map(String::as_str), Some("percent" | "per"))
        {
            Some("%".to_owned())
        } else {
            after
                .iter()
                .skip(next)
                .take(3)
                .find(|w| {
                    !UNIT_WORDS_SKIPPED.contains(&w.as_str())
                        && w.chars().all(char::is_alphabetic)
                        && !is_stop_word(w)
                })
                .map(|w| stem(w))
        };
        let Some(unit) = unit else { continue };
        // Years ("in 2014 the army …") are dates, not counts: a number that could be a
        // year counts something only right before its noun and after no preposition.
        if year_like {
            let prev = i
                .checked_sub(1)
                .and_then(|p| toks.get(p))
                .map(|w| w.to_lowercase());
            let direct = after.first().is_some_and(|w| stem(w) == unit);
            let after_preposition = prev.as_deref().is_some_and(is_date_preposition);
            if !direct || after_preposition {
                continue;
            }
        }
        if matches!(unit.as_str(), "a.m" | "p.m" | "am" | "pm" | "o'clock") {
            continue;
        }
        let prev: Vec<&str> = toks
            .get(i.saturating_sub(2)..i)
            .unwrap_or_default()
            .iter()
            .map(|w| w.trim_end_matches(','))
            .collect();
        let prev_lower: Vec<String> = prev.iter().map(|w| w.to_lowercase()).collect();
        let prev_refs: Vec<&str> = prev_lower.iter().map(String::as_str).collect();
        let bound = bound_before(&prev_refs);
        let shown_end =
            (i + 1 + next + usize::from(!percent && currency.is_none())).min(toks.len());
        let mut text: Vec<&str> = Vec::new();
        if bound != Bound::Exact {
            text.extend(prev.iter().copied());
        }
        text.extend(toks.get(i..shown_end).unwrap_or_default().iter().copied());
        out.push(Figure {
            unit,
            value,
            bound,
            text: text.join(" ").trim_end_matches([',', '.', ':']).to_owned(),
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hyphenated_spellings_are_one_word() {
        let w: Vec<String> =
            words("We will co-operate fully — by e\u{2010}mail - today.").collect();
        assert_eq!(
            w,
            ["we", "will", "cooperate", "fully", "by", "email", "today"]
        );
    }

    #[test]
    fn stems_fold_plurals_and_tenses() {
        assert_eq!(stem("talks"), stem("talk"));
        assert_eq!(stem("voted"), stem("vote"));
        assert_eq!(stem("voting"), stem("vote"));
        assert_eq!(stem("agreed"), stem("agree"));
        assert_eq!(stem("countries"), stem("country"));
        assert_eq!(stem("press"), "press");
        assert_eq!(stem("status"), "status");
    }

    #[test]
    fn numbers_read_alike_however_written_and_near_runs_are_found() {
        assert_eq!(
            quote_tokens("within the fourteen days the law allows"),
            quote_tokens("within the 14 days the law allows")
        );
        let long = quote_tokens(
            "I respect the court but I don't accept its judgement. I did not sell my office.",
        );
        let short = quote_tokens("I respect the court, but I do not accept its judgment");
        assert!(!contains_run(&long, &short));
        assert!(contains_near_run(&long, &short, 2));
        assert!(!contains_near_run(
            &long,
            &quote_tokens("We will appeal the verdict of this court"),
            2
        ));
    }

    #[test]
    fn words_of_one_happening_fold_together() {
        assert_eq!(
            content_words("The fire began"),
            content_words("the blaze started")
        );
        assert_eq!(content_words("was detained"), content_words("arrested"));
        assert_eq!(
            content_words("the mark fell"),
            content_words("the mark's fall")
        );
        assert_eq!(content_words("Weller lost"), content_words("Weller loses"));
        assert_eq!(
            content_words("two were wounded"),
            content_words("two injured")
        );
        assert_eq!(content_words("the quake"), content_words("an earthquake"));
        // Every line parses, and no word is listed under two canonical words.
        let lines = include_str!("synonyms.txt")
            .lines()
            .filter(|l| !l.trim_start().starts_with('#') && !l.trim().is_empty());
        let mut listed = 0;
        for l in lines {
            let (_, list) = l.split_once(':').expect("a canonical word and a colon");
            listed += list.split_whitespace().count();
        }
        assert_eq!(SYNONYMS.len(), listed);
    }

    #[test]
    fn content_words_drop_function_words_and_dates() {
        let w = content_words("The ministers said on Tuesday that the talks would resume in 2026.");
        let mut v: Vec<String> = w.into_iter().collect();
        v.sort_unstable();
        assert_eq!(v, [stem("minister"), stem("resume"), stem("talk")]);
    }

    #[test]
    fn contractions_are_spelled_out() {
        assert_eq!(
            quote_tokens("We won't accept this deal."),
            quote_tokens("We will not accept this deal")
        );
        assert_eq!(
            quote_tokens("They’re ready"),
            quote_tokens("they are ready")
        );
    }

    #[test]
    fn distance_is_banded() {
        let a = quote_tokens("we will not accept this deal now");
        let b = quote_tokens("we will never accept this deal now");
        assert_eq!(token_distance(&a, &b, 2), Some(1));
        assert_eq!(
            token_distance(&a, &quote_tokens("something else entirely"), 2),
            None
        );
        assert!(contains_run(&a, &quote_tokens("accept this deal")));
        assert!(!contains_run(&a, &quote_tokens("deal accept")));
    }

    #[test]
    fn figures_with_units_bounds_and_money() {
        let f = figures("The bill passed by 212 votes to 180 on Tuesday, 2026.");
        assert_eq!(f.len(), 1, "{f:?}");
        assert_eq!(
            (f[0].unit.as_str(), f[0].value),
            (stem("votes").as_str(), 212.0)
        );
        let g = figures("The quake killed at least 14 people and injured 1,200 residents.");
        assert_eq!(g.len(), 2, "{g:?}");
        assert_eq!(g[0].bound, Bound::AtLeast);
        assert_eq!(g[0].text, "at least 14 people");
        assert_eq!(g[1].unit, stem("resident"));
        assert!((g[1].value - 1200.0).abs() < f64::EPSILON);
        assert!(
            (figures("In 2014 the army moved; 2000 soldiers left.")[0].value - 2000.0).abs()
                < f64::EPSILON
        );
        assert_eq!(
            figures("In 2014 the army moved; 2000 soldiers left.").len(),
            1
        );
        let m = figures("It will cost $2 billion, about 35% more.");
        assert_eq!((m[0].unit.as_str(), m[0].value), ("$", 2e9));
        assert_eq!(
            (m[1].unit.as_str(), m[1].value, m[1].bound),
            ("%", 35.0, Bound::About)
        );
        assert!(figures("They met at 10 a.m. in 2014.").is_empty());
    }

    #[test]
    fn contradictions_respect_bounds() {
        let fig = |v: f64, bound| Figure {
            unit: "peopl".into(),
            value: v,
            bound,
            text: String::new(),
        };
        assert!(fig(14.0, Bound::Exact).contradicts(&fig(16.0, Bound::Exact)));
        assert!(!fig(14.0, Bound::AtLeast).contradicts(&fig(16.0, Bound::Exact)));
        assert!(fig(14.0, Bound::AtLeast).contradicts(&fig(12.0, Bound::Exact)));
        assert!(!fig(100.0, Bound::About).contradicts(&fig(110.0, Bound::Exact)));
        assert!(fig(100.0, Bound::About).contradicts(&fig(150.0, Bound::Exact)));
    }
}
