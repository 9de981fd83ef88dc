//! Built-in names: countries with their capitals and adjectives, international organisations
//! and metonyms ("Washington" → United States, "the Kremlin" → Russia), titles that precede
//! people's names, and words that are capitalised but are not names.
//!
//! Each list is a `*.txt` file beside this module, compiled in and read once, on first use,
//! into a hash set (or, for countries and organisations, a list of entries in file order).
//! One entry per line, written as it appears in text (case matters); `#` starts a comment
//! line. Countries and organisations have fields separated by `|`, and names within a field
//! separated by commas. A line that does not parse is left out (the tests check that none
//! does).

use crate::model::ActorKind;
use rustc_hash::FxHashSet;
use std::sync::LazyLock;

/// A set of words, as the list writes them.
pub type WordSet = LazyLock<FxHashSet<&'static str>>;

/// The entries of a list file: trimmed lines without blank lines and `#` comments.
fn entries(src: &'static str) -> impl Iterator<Item = &'static str> {
    src.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

/// The names in a comma-separated field, trimmed, without empty ones.
fn names(field: &'static str) -> Vec<&'static str> {
    field
        .split(',')
        .map(str::trim)
        .filter(|n| !n.is_empty())
        .collect()
}

/// The `|`-separated fields of a line, trimmed, if it has exactly `n`.
fn fields(line: &'static str, n: usize) -> Option<Vec<&'static str>> {
    let f: Vec<&'static str> = line.split('|').map(str::trim).collect();
    (f.len() == n && f.first().is_some_and(|name| !name.is_empty())).then_some(f)
}

/// A country: its canonical name, other names and metonyms (capital first), adjectives.
#[derive(Debug)]
pub struct Country {
    pub name: &'static str,
    pub aliases: Vec<&'static str>,
    pub adjectives: Vec<&'static str>,
}

/// An organisation or bloc: its canonical name, kind and aliases.
#[derive(Debug)]
pub struct Organisation {
    pub name: &'static str,
    pub kind: ActorKind,
    pub aliases: Vec<&'static str>,
}

const COUNTRIES_TXT: &str = include_str!("countries.txt");
const ORGANISATIONS_TXT: &str = include_str!("organisations.txt");

fn country(line: &'static str) -> Option<Country> {
    let f = fields(line, 3)?;
    Some(Country {
        name: f.first()?,
        aliases: names(f.get(1)?),
        adjectives: names(f.get(2)?),
    })
}

fn organisation(line: &'static str) -> Option<Organisation> {
    let f = fields(line, 3)?;
    let kind = match *f.get(1)? {
        "organisation" => ActorKind::Organisation,
        "group" => ActorKind::Group,
        _ => return None,
    };
    Some(Organisation {
        name: f.first()?,
        kind,
        aliases: names(f.get(2)?),
    })
}

/// Countries, in file order (later entries win where two share a name).
pub static COUNTRIES: LazyLock<Vec<Country>> =
    LazyLock::new(|| entries(COUNTRIES_TXT).filter_map(country).collect());

/// Organisations and blocs, in file order (the first entry keeps a shared alias).
pub static ORGANISATIONS: LazyLock<Vec<Organisation>> = LazyLock::new(|| {
    entries(ORGANISATIONS_TXT)
        .filter_map(organisation)
        .collect()
});

/// Declares a word set loaded from a list file beside this module.
macro_rules! word_set {
    ($(#[$doc:meta])* $name:ident, $file:literal) => {
        $(#[$doc])*
        pub static $name: WordSet = LazyLock::new(|| entries(include_str!($file)).collect());
    };
}

word_set!(
    /// Continents, regions and US states: recognised so they are not taken for people.
    REGIONS_SET,
    "regions.txt"
);
/// First words of the regions of two or more words ("Middle" of "Middle East", "San" of
/// "San Francisco"): a two-word look-up only after one of these.
static REGION_FIRST_WORDS: LazyLock<FxHashSet<&'static str>> = LazyLock::new(|| {
    REGIONS_SET
        .iter()
        .filter_map(|r| r.split_once(' ').map(|(first, _)| first))
        .collect()
});

/// Whether the words `first` and `second` name a region of two words ("Middle East",
/// "Los Angeles"). Cheap for the other capitalised words: no string is joined for them.
pub fn is_two_word_region(first: &str, second: &str) -> bool {
    REGION_FIRST_WORDS.contains(first) && {
        let mut joined = String::with_capacity(first.len() + 1 + second.len());
        joined.push_str(first);
        joined.push(' ');
        joined.push_str(second);
        REGIONS_SET.contains(joined.as_str())
    }
}

word_set!(
    /// Platforms and media where words are said: venues, never speakers.
    PLATFORMS_SET,
    "platforms.txt"
);
word_set!(
    /// Titles before a person's name ("President", "Sen.", "Farmer").
    TITLES_SET,
    "titles.txt"
);
word_set!(
    /// Words that extend a title before it ("Deputy Foreign Minister", "Acting President").
    TITLE_PREFIXES_SET,
    "title_prefixes.txt"
);
word_set!(
    /// Words ending an organisation name ("Ministry", "Bank", "Rovers").
    ORG_HEADS_SET,
    "org_heads.txt"
);
word_set!(
    /// Nouns that make a "so-called" term a group of people rather than a mere phrase.
    COLLECTIVE_NOUNS_SET,
    "collective_nouns.txt"
);
word_set!(
    /// Capitalised words that are never part of a name (sentence starters, months,
    /// weekdays, common headline words, party adjectives).
    NOT_NAMES_SET,
    "not_names.txt"
);
word_set!(
    /// Words that introduce or accompany reported speech ("said", "bemoaned").
    SPEECH_VERBS_SET,
    "speech_verbs.txt"
);
word_set!(
    /// Common women's given names, for "she" (names used for both are in neither list).
    FEMALE_NAMES_SET,
    "female_names.txt"
);
word_set!(
    /// Common men's given names, for "he" (names used for both are in neither list).
    MALE_NAMES_SET,
    "male_names.txt"
);

/// A common given name, of either list ("Sofia", "Bernie").
pub fn is_given_name(word: &str) -> bool {
    FEMALE_NAMES_SET.contains(word) || MALE_NAMES_SET.contains(word)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_country_and_organisation_line_parses() {
        assert_eq!(entries(COUNTRIES_TXT).count(), COUNTRIES.len());
        assert_eq!(entries(ORGANISATIONS_TXT).count(), ORGANISATIONS.len());
        let us = COUNTRIES.first().expect("a country");
        assert_eq!(us.name, "United States");
        assert_eq!(us.aliases.first(), Some(&"Washington"));
        assert!(us.adjectives.contains(&"American"));
        let g7 = ORGANISATIONS.iter().find(|o| o.name == "G7").expect("G7");
        assert_eq!(g7.kind, ActorKind::Group);
        assert_eq!(g7.aliases, ["Group of Seven"]);
    }

    #[test]
    fn word_lists_load_as_written() {
        for (set, word) in [
            (&REGIONS_SET, "Alabama"),
            (&PLATFORMS_SET, "Twitter"),
            (&TITLES_SET, "President"),
            (&TITLE_PREFIXES_SET, "Deputy"),
            (&ORG_HEADS_SET, "Ministry"),
            (&COLLECTIVE_NOUNS_SET, "coalition"),
            (&NOT_NAMES_SET, "Monday"),
            (&SPEECH_VERBS_SET, "said"),
            (&FEMALE_NAMES_SET, "Ada"),
            (&MALE_NAMES_SET, "William"),
        ] {
            assert!(set.contains(word), "{word}");
            assert!(!set.iter().any(|w| w.starts_with('#') || w.trim() != *w));
        }
        assert!(!TITLES_SET.contains("president"));
    }
}
