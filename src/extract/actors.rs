//! Actors and their mentions: countries (with capitals used as metonyms), organisations,
//! groups ("the so-called “coalition of the willing”") and people with titles and roles.
//!
//! Two passes: the first finds full names and gazetteer entries, the second links short
//! mentions ("Witkoff", "President Trump", "the coalition") to the actors already found.

use super::Doc;
use super::gazetteer::{
    COLLECTIVE_NOUNS, COUNTRIES, FEMALE_NAMES_SET, MALE_NAMES_SET, NOT_NAMES_SET, ORG_HEADS_SET,
    ORGANISATIONS, PLATFORMS_SET, REGIONS_SET, SPEECH_VERBS_SET, TITLE_PREFIXES, TITLES_SET,
};
use super::tokens::{Token, TokenKind};
use crate::model::{Actor, ActorId, ActorKind, Span};
use rustc_hash::FxHashMap as HashMap;
use std::sync::LazyLock;

/// How an actor is referred to at a mention.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MentionKind {
    /// Its name or an alias used as a noun ("Washington stopped short…").
    Name,
    /// An adjective or modifier ("Ukrainian officials", "U.S. troops"): not a speaker.
    Modifier,
}

/// One place an actor is mentioned.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Mention {
    pub span: Span,
    pub sentence: usize,
    pub actor: usize,
    pub kind: MentionKind,
}

/// Actors with their mentions (sorted by position).
#[derive(Clone, Debug, Default)]
pub struct Found {
    pub actors: Vec<Actor>,
    pub mentions: Vec<Mention>,
}

impl Found {
    /// Mentions inside `span`.
    pub fn mentions_in(&self, span: Span) -> impl Iterator<Item = &Mention> {
        // Mentions are sorted by start: binary search instead of a scan of the whole article.
        let from = self.mentions.partition_point(|m| m.span.start < span.start);
        self.mentions[from..]
            .iter()
            .take_while(move |m| m.span.start < span.end)
            .filter(move |m| span.contains(m.span))
    }

    /// The mentions of one sentence (a contiguous run, since both are in text order).
    pub fn in_sentence(&self, sentence: usize) -> &[Mention] {
        let from = self.mentions.partition_point(|m| m.sentence < sentence);
        let to = self.mentions.partition_point(|m| m.sentence <= sentence);
        self.mentions.get(from..to).unwrap_or(&[])
    }

    /// The mention covering byte `pos`, if any.
    /// Is `m` a person's name (not a pronoun, a modifier, an organisation…)?
    pub fn names_a_person(&self, m: &Mention) -> bool {
        m.kind == MentionKind::Name
            && self
                .actors
                .get(m.actor)
                .is_some_and(|a| a.kind == ActorKind::Person)
    }

    pub fn mention_at(&self, pos: usize) -> Option<&Mention> {
        let i = self.mentions.partition_point(|m| m.span.start <= pos);
        self.mentions
            .get(i.checked_sub(1)?)
            .filter(|m| pos < m.span.end)
    }

    pub fn id(&self, actor: usize) -> Option<ActorId> {
        self.actors.get(actor).map(|a| a.id.clone())
    }
}

#[derive(Clone, Copy)]
struct GazEntry {
    canonical: &'static str,
    kind: ActorKind,
    /// A capital or other place name: only an actor when not used as a location.
    place_like: bool,
    modifier: bool,
}

static GAZETTEER: LazyLock<HashMap<&'static str, GazEntry>> = LazyLock::new(|| {
    let mut m = HashMap::default();
    for (name, aliases, adjectives) in COUNTRIES {
        for adj in *adjectives {
            m.insert(
                *adj,
                GazEntry {
                    canonical: name,
                    kind: ActorKind::Country,
                    place_like: false,
                    modifier: true,
                },
            );
        }
        for (i, alias) in aliases.iter().enumerate() {
            let place_like =
                i == 0 || matches!(*alias, "Gaza" | "West Bank" | "Ramallah" | "Geneva");
            m.insert(
                *alias,
                GazEntry {
                    canonical: name,
                    kind: ActorKind::Country,
                    place_like,
                    modifier: false,
                },
            );
        }
        m.insert(
            *name,
            GazEntry {
                canonical: name,
                kind: ActorKind::Country,
                place_like: false,
                modifier: false,
            },
        );
    }
    for (name, kind, aliases) in ORGANISATIONS {
        m.insert(
            *name,
            GazEntry {
                canonical: name,
                kind: *kind,
                place_like: false,
                modifier: false,
            },
        );
        for alias in *aliases {
            m.entry(*alias).or_insert(GazEntry {
                canonical: name,
                kind: *kind,
                place_like: false,
                modifier: false,
            });
        }
    }
    m
});

/// For each first token of a gazetteer entry, the most tokens any entry starting with it
/// has: one look-up rules out most capitalised words, and longer spans are tried only when
/// an entry could be that long.
static GAZ_FIRST: LazyLock<HashMap<&'static str, usize>> = LazyLock::new(|| {
    let mut m: HashMap<&'static str, usize> = HashMap::default();
    for key in GAZETTEER.keys() {
        let toks = super::tokens::tokenize(key, 0);
        if let Some(first) = toks.first() {
            let n = m.entry(first.text).or_insert(0);
            *n = (*n).max(toks.len());
        }
    }
    m
});

fn slug(name: &str) -> String {
    let mut s = String::from("a-");
    let mut dash = false;
    for c in name.chars() {
        if c.is_alphanumeric() {
            s.extend(c.to_lowercase());
            dash = false;
        } else if !dash && s.len() > 2 {
            s.push('-');
            dash = true;
        }
    }
    s.trim_end_matches('-').to_owned()
}

const LOCATION_PREPOSITIONS: &[&str] = &[
    "in", "at", "near", "outside", "from", "to", "into", "across", "around", "visited", "via", "of",
];
/// Prepositions after which an untitled multi-word name is a place ("in Port Alder").
const PLACE_PREPOSITIONS: &[&str] = &["in", "at", "near", "outside", "across", "towards"];
const PLACE_NOUNS: &[&str] = &[
    "summit",
    "talks",
    "meeting",
    "meetings",
    "conference",
    "agreement",
    "accord",
    "accords",
    "declaration",
    "process",
    "format",
    "office",
    "protocol",
    "protocols",
    "airport",
    "region",
    "area",
    "time",
];

struct Builder<'d> {
    doc: &'d Doc<'d>,
    actors: Vec<Actor>,
    index: HashMap<String, usize>,
    mentions: Vec<Mention>,
    /// Spans already taken, per sentence: overlap checks stay local to a sentence.
    taken: HashMap<usize, Vec<Span>>,
}

impl Builder<'_> {
    fn actor(&mut self, name: &str, kind: ActorKind) -> usize {
        if let Some(&i) = self.index.get(name) {
            return i;
        }
        let i = self.actors.len();
        self.actors.push(Actor {
            id: ActorId::new(slug(name)),
            name: name.to_owned(),
            aliases: Vec::new(),
            kind,
            title: None,
            role: None,
            mentions: 0,
            notes: String::new(),
        });
        self.index.insert(name.to_owned(), i);
        i
    }

    fn alias(&mut self, actor: usize, alias: &str) {
        if let Some(a) = self.actors.get_mut(actor)
            && a.name != alias
            && !a.aliases.iter().any(|x| x == alias)
        {
            a.aliases.push(alias.to_owned());
        }
    }

    fn mention(&mut self, span: Span, sentence: usize, actor: usize, kind: MentionKind) {
        let taken = self.taken.entry(sentence).or_default();
        if taken
            .iter()
            .any(|t| t.start < span.end && span.start < t.end)
        {
            return;
        }
        taken.push(span);
        self.mentions.push(Mention {
            span,
            sentence,
            actor,
            kind,
        });
    }
}

/// A transcript slug line ("MAYOR JANE DOE: We will vote…"): the tokens of the label's
/// name (after any title), the title in title case, and the colon token's index. The label
/// is two to six upper-case words at the start of `toks`, right before a colon.
pub(crate) fn slug_label(
    toks: &[Token<'_>],
) -> Option<(std::ops::Range<usize>, Option<String>, usize)> {
    let colon = toks.iter().take(8).position(|t| t.text == ":")?;
    let words = toks.get(..colon)?;
    let upper = |t: &Token<'_>| {
        t.is_word()
            && t.text.chars().any(char::is_alphabetic)
            && !t.text.chars().any(char::is_lowercase)
    };
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
    (name.len() >= 2 && name.len() <= 4).then_some((first..colon, title, colon))
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

/// Longest gazetteer match at token `i`: (tokens used, entry, surface).
fn gazetteer_at<'a>(
    text: &'a str,
    toks: &[Token<'a>],
    i: usize,
) -> Option<(usize, GazEntry, &'a str)> {
    // Every entry starts with a capital, except "the alliance": skip the hash lookups for
    // ordinary lower-case words.
    let first = toks.get(i)?;
    if !first.is_capitalised() && !first.is("the") {
        return None;
    }
    let longest = *GAZ_FIRST.get(first.without_possessive())?;
    for n in (1..=longest.min(5)).rev() {
        let Some(last) = toks.get(i + n - 1) else {
            continue;
        };
        let first = &toks[i];
        let Some(surface) = text.get(first.start..last.end) else {
            continue;
        };
        let candidates = [
            surface,
            surface
                .strip_suffix("’s")
                .or_else(|| surface.strip_suffix("'s"))
                .unwrap_or(surface),
        ];
        for s in candidates {
            if let Some(e) = GAZETTEER.get(s) {
                // "US" must be upper case as written; "us" is a pronoun.
                return Some((n, *e, s));
            }
        }
    }
    None
}

fn is_title_at(toks: &[Token<'_>], i: usize) -> Option<(usize, String)> {
    // "Deputy Foreign Minister": a prefix extends the title that follows it.
    let (n, title) = if let Some(t) = toks.get(i)
        && TITLE_PREFIXES.contains(&t.text)
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

/// Longest title at token `i`: up to 3 words; an abbreviation takes its '.'.
fn bare_title_at(toks: &[Token<'_>], i: usize) -> Option<(usize, String)> {
    for n in (1..=3).rev() {
        let Some(words) = toks.get(i..i + n) else {
            continue;
        };
        let joined = words.iter().map(|t| t.text).collect::<Vec<_>>().join(" ");
        if TITLES_SET.contains(&joined.as_str()) && words.iter().all(Token::is_capitalised) {
            let mut used = n;
            let mut title = joined;
            if let (Some(last), Some(dot)) = (words.last(), toks.get(i + n))
                && dot.text == "."
                && last.end == dot.start
            {
                used += 1;
                title.push('.');
            }
            return Some((used, title));
        }
    }
    None
}

/// "coalition of the willing", "the Gang of Four": a so-called term naming people, not a
/// policy or a thing ("the so-called ‘digital levy’").
fn names_a_group(name: &str) -> bool {
    name.split(|c: char| !c.is_alphanumeric()).any(|w| {
        let l = w.to_lowercase();
        COLLECTIVE_NOUNS.contains(&l.as_str())
            || l.strip_suffix('s')
                .is_some_and(|sg| COLLECTIVE_NOUNS.contains(&sg))
    })
}

fn is_name_word(t: &Token<'_>) -> bool {
    t.kind == TokenKind::Word
        && t.is_capitalised()
        && !NOT_NAMES_SET.contains(&t.without_possessive())
}

fn is_speech_verb(t: &Token<'_>) -> bool {
    SPEECH_VERBS_SET.contains(&t.lower().as_str())
}

/// A capitalised single word kept for the second pass: a known person's surname, or a new
/// actor when it speaks.
struct Single {
    span: Span,
    sentence: usize,
    name: String,
    /// Followed by a speech verb, titled, or a source ("according to Nordrail").
    speaks: bool,
    /// After "according to": an organisation (news agencies, companies).
    according: bool,
}

/// Where a candidate name starts: its title, if any, and what precedes it.
struct NameStart {
    /// Token index of the first word (the title's, if titled).
    at: usize,
    title_len: usize,
    title: Option<String>,
    after_place_preposition: bool,
}

/// The end of the name run starting at `name_start` (after a title of `title_len` tokens):
/// capitalised words, connectors ("de", "van"), "of"/"and" inside organisation names and
/// middle initials.
fn name_run_end(toks: &[Token<'_>], name_start: usize, title_len: usize) -> usize {
    let mut j = name_start;
    while let Some(tj) = toks.get(j) {
        let connector = matches!(
            tj.text,
            "de" | "da" | "van" | "von" | "bin" | "al" | "der" | "del" | "la" | "le"
        ) && toks.get(j + 1).is_some_and(is_name_word);
        let of_org = tj.text == "of"
            && toks[name_start..j]
                .iter()
                .any(|x| ORG_HEADS_SET.contains(&x.text))
            && toks.get(j + 1).is_some_and(is_name_word);
        // "Ministry of Fisheries and Maritime Affairs": "and" inside an "of" name.
        let and_org = tj.text == "and"
            && toks
                .get(name_start..j)
                .unwrap_or_default()
                .iter()
                .any(|x| x.text == "of")
            && toks
                .get(name_start..j)
                .unwrap_or_default()
                .iter()
                .any(|x| ORG_HEADS_SET.contains(&x.text))
            && toks.get(j + 1).is_some_and(is_name_word)
            && toks.get(j + 2).is_none_or(|w| !is_speech_verb(w));
        // A middle initial: "John F. Kennedy".
        let initial = j > name_start
            && tj.text.chars().count() == 1
            && tj.is_capitalised()
            && toks
                .get(j + 1)
                .is_some_and(|d| d.text == "." && d.start == tj.end)
            && toks.get(j + 2).is_some_and(is_name_word);
        if initial {
            j += 2;
            continue;
        }
        if (is_name_word(tj) || connector || of_org || and_org)
            && GAZETTEER.get(tj.text).is_none_or(|_| {
                j > name_start || (title_len > 0 && toks.get(j + 1).is_some_and(is_name_word))
            })
        {
            j += 1;
            let possessive = tj.without_possessive().len() != tj.text.len();
            if possessive {
                break;
            }
        } else {
            break;
        }
    }
    j
}

/// The index of a title word inside a name run with at least two words after it ("CEO" in
/// "Acme Corp CEO J.R. Smith"), if any: the last such word.
fn role_in_name(name_toks: &[Token<'_>]) -> Option<usize> {
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

impl Builder<'_> {
    /// Groups named with "so-called “X”".
    fn so_called_groups(&mut self, si: usize, sent: &super::Sentence<'_>) {
        let text = self.doc.text;
        for w in sent.tokens.windows(2) {
            if !(w[0].is("so-called") && matches!(w[1].text, "“" | "\"" | "‘")) {
                continue;
            }
            let open = w[1].end;
            let Some(rest) = text.get(open..sent.span.end) else {
                continue;
            };
            let Some(close) = rest.find(['”', '"', '’']) else {
                continue;
            };
            let name = rest[..close].trim().trim_end_matches([',', '.']);
            if !name.is_empty() && name.split_whitespace().count() <= 6 && names_a_group(name) {
                let a = self.actor(name, ActorKind::Group);
                let span = Span::new(open, open + name.len());
                self.mention(span, si, a, MentionKind::Name);
                if let Some(head) = name.split_whitespace().next()
                    && name.contains(" of ")
                {
                    let alias = format!("the {head}");
                    self.alias(a, &alias);
                }
            }
        }
    }

    /// A transcript slug line or a dateline at a paragraph start. Returns the token index
    /// where names are looked for next.
    fn paragraph_label(
        &mut self,
        si: usize,
        sent: &super::Sentence<'_>,
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
                self.mention(Span::new(a.start, z.end), si, actor, MentionKind::Name);
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
                span: Span::new(w.start, w.end),
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

    /// A country, capital or known organisation at token `i`: records it and returns the
    /// tokens it uses.
    fn gazetteer_mention(&mut self, si: usize, toks: &[Token<'_>], i: usize) -> Option<usize> {
        let text = self.doc.text;
        // "Dr. Sofia Lindqvist", "Mayor Lima Osei": after a personal title a capital's
        // name followed by another capitalised word is a first name.
        let titled_person = i > 0
            && toks.get(i + 1).is_some_and(|n| {
                n.is_word() && n.is_capitalised() && gazetteer_at(text, toks, i + 1).is_none()
            })
            && (TITLES_SET.contains(toks[i - 1].text)
                || (toks[i - 1].text == "."
                    && i > 1
                    && matches!(toks[i - 2].text, "Dr" | "Mr" | "Mrs" | "Ms" | "Prof")));
        if titled_person {
            return None;
        }
        let (n, e, surface) = gazetteer_at(text, toks, i)?;
        let t = toks.get(i)?;
        let span = Span::new(t.start, t.start + surface.len());
        let prev = if i > 0 {
            toks[i - 1].lower()
        } else {
            super::tokens::Lower::default()
        };
        let next = toks.get(i + n);
        let next_lower = next.map(Token::lower).unwrap_or_default();
        let as_place = e.place_like
            && (LOCATION_PREPOSITIONS.contains(&prev.as_str())
                || PLACE_NOUNS.contains(&next_lower.as_str()));
        let modifier = e.modifier
            && !(surface.starts_with("U.S")
                && prev == "the"
                && next.is_none_or(|n| n.kind == TokenKind::Punct));
        if !as_place {
            let a = self.actor(e.canonical, e.kind);
            if surface != e.canonical && !e.modifier {
                self.alias(a, surface);
            }
            let kind = if modifier {
                MentionKind::Modifier
            } else {
                MentionKind::Name
            };
            self.mention(span, si, a, kind);
        }
        Some(n)
    }

    /// Whether a name can start at token `i`; `Err(n)` skips `n` tokens.
    fn name_start(&self, toks: &[Token<'_>], i: usize) -> Result<NameStart, usize> {
        let t = toks.get(i).ok_or(1usize)?;
        if !t.is_word()
            || !t.is_capitalised()
            || PLATFORMS_SET.contains(&t.text)
            || REGIONS_SET.contains(&t.without_possessive())
        {
            return Err(1);
        }
        // Multi-word regions ("Middle East").
        if let Some(n2) = toks.get(i + 1)
            && REGIONS_SET.contains(&format!("{} {}", t.text, n2.without_possessive()).as_str())
        {
            return Err(2);
        }
        let sentence_initial = super::is_sentence_initial(toks, i);
        let title = is_title_at(toks, i);
        if title.is_none() && NOT_NAMES_SET.contains(&t.without_possessive()) {
            return Err(1);
        }
        // "Said Education Secretary Noor Rahman: …": an inverted speech verb.
        if sentence_initial && SPEECH_VERBS_SET.contains(t.lower().as_str()) {
            return Err(1);
        }
        if title.is_none() && sentence_initial && self.doc.is_common_word(t.text) {
            return Err(1);
        }
        let after_place_preposition = i > 0
            && toks
                .get(i - 1)
                .is_some_and(|p| PLACE_PREPOSITIONS.contains(&p.lower().as_str()));
        let (title_len, title) = title.map_or((0, None), |(n, s)| (n, Some(s)));
        Ok(NameStart {
            at: i,
            title_len,
            title,
            after_place_preposition,
        })
    }

    /// The capitalised name starting at token `i`, if any: records it (or keeps a single
    /// word for the second pass) and returns the index to continue from.
    fn name_at(
        &mut self,
        si: usize,
        toks: &[Token<'_>],
        i: usize,
        singles: &mut Vec<Single>,
    ) -> usize {
        let start = match self.name_start(toks, i) {
            Ok(s) => s,
            Err(skip) => return i + skip,
        };
        let name_start = i + start.title_len;
        let mut j = name_run_end(toks, name_start, start.title_len);
        let Some(name_toks) = toks.get(name_start..j) else {
            return j.max(i + 1);
        };
        let (Some(first), Some(last)) = (name_toks.first(), name_toks.last()) else {
            return j.max(i + 1);
        };
        // "Dead Man’s Curve", "St Mary’s Hospital": a possessive inside a longer proper
        // name names a place or thing, not a person.
        if last.without_possessive().len() != last.text.len()
            && toks.get(j).is_some_and(is_name_word)
            // "Velmaria's Ministry of Rural Affairs": an organisation after a possessive
            // is named in its own right.
            && !toks
                .get(j..)
                .unwrap_or_default()
                .iter()
                .take_while(|t| is_name_word(t))
                .any(|t| ORG_HEADS_SET.contains(&t.text))
        {
            // "American Action Forum’s Douglas Holtz-Eakin": a given name after the
            // possessive starts a person's name of its own.
            let given_name_next = toks.get(j).is_some_and(|t| {
                FEMALE_NAMES_SET.contains(t.text) || MALE_NAMES_SET.contains(t.text)
            }) && toks.get(j + 1).is_some_and(is_name_word);
            if given_name_next {
                return j;
            }
            while toks.get(j).is_some_and(is_name_word) {
                j += 1;
            }
            return j;
        }
        let end = last.start + last.without_possessive().len();
        let Some(name) = self.doc.text.get(first.start..end) else {
            return j;
        };
        let span = Span::new(first.start, end);
        self.add_name(si, toks, &start, name_toks, name, span, j, singles);
        j
    }

    /// Records the name `name` (tokens `name_toks`, ending before token `j`) as an
    /// organisation, a person, or a single word for the second pass.
    #[allow(clippy::too_many_arguments)] // Reason: the parts of one name, read once each.
    fn add_name(
        &mut self,
        si: usize,
        toks: &[Token<'_>],
        start: &NameStart,
        name_toks: &[Token<'_>],
        name: &str,
        span: Span,
        j: usize,
        singles: &mut Vec<Single>,
    ) {
        let i = start.at;
        // "Former Army Director Jana Novak": a title inside the run makes it a person's name
        // with a role, even after an organisation's word.
        let titled_inside = role_in_name(name_toks).is_some_and(|k| {
            !name_toks
                .get(k + 1..)
                .unwrap_or_default()
                .iter()
                .any(|x| ORG_HEADS_SET.contains(&x.without_possessive()))
        });
        let is_org = !titled_inside
            && name_toks
                .iter()
                .any(|x| ORG_HEADS_SET.contains(&x.without_possessive()))
            || (name_toks.len() == 1
                && name.len() >= 2
                && name.len() <= 6
                && name.chars().all(|c| c.is_ascii_uppercase()));
        if is_org {
            let name = name.strip_prefix("The ").unwrap_or(name);
            let a = self.actor(name, ActorKind::Organisation);
            self.mention(span, si, a, MentionKind::Name);
        } else if name_toks.len() >= 2
            && start.title.is_none()
            && (start.after_place_preposition
                || i.checked_sub(1)
                    .and_then(|p| toks.get(p))
                    .is_some_and(|p| p.is("the")))
        {
            // "a ferry route in Port Alder", "the Port Alder harbour authority": a place
            // or a thing, not a person.
        } else if name_toks.len() >= 2 {
            // "Acme Corp CEO J.R. Smith", "Former CIA Director David Petraeus": the words up to
            // a title inside the run are the person's role, not their name.
            let inner = role_in_name(name_toks).and_then(|k| {
                let rest = name_toks.get(k + 1..)?;
                let from = rest.first()?.start;
                let role = self
                    .doc
                    .text
                    .get(name_toks.first()?.start..name_toks.get(k)?.end)?;
                Some((k, role.to_owned(), from))
            });
            let (name, span) = match &inner {
                Some((_, _, from)) => (
                    self.doc.text.get(*from..span.end).unwrap_or(name),
                    Span::new(*from, span.end),
                ),
                None => (name, span),
            };
            let a = self.actor(name, ActorKind::Person);
            self.mention(span, si, a, MentionKind::Name);
            if let Some((k, role, _)) = inner {
                let act = &mut self.actors[a];
                if act.title.is_none() {
                    act.title = name_toks.get(k).map(|t| t.text.to_owned());
                }
                if act.role.is_none() {
                    act.role = Some(role);
                }
            }
            if let Some(tt) = &start.title
                && self.actors[a].title.is_none()
            {
                self.actors[a].title = Some(tt.clone());
            }
            if self.actors[a].role.is_none() {
                let role = appositive(self.doc.text, toks, j).or_else(|| {
                    // "Ukrainian President Volodymyr Zelenskiy"
                    let tt = start.title.as_ref()?;
                    let adj = toks.get(i.checked_sub(1)?)?;
                    GAZETTEER.get(adj.text).filter(|e| e.modifier)?;
                    Some(format!("{} {}", adj.text, tt.trim_end_matches('.')))
                });
                self.actors[a].role = role;
            }
        } else {
            // "Brill has argued", "Comey also said": a speech verb after an auxiliary or adverb.
            let after_aux = toks.get(j).is_some_and(|t| {
                matches!(
                    t.lower().as_str(),
                    "has" | "had" | "also" | "then" | "later" | "again" | "previously" | "recently"
                )
            }) && toks.get(j + 1).is_some_and(is_speech_verb);
            // "…,” said Richards.": an inverted speech verb before the name.
            let inverted = i
                .checked_sub(1)
                .and_then(|p| toks.get(p))
                .is_some_and(is_speech_verb);
            let speaks = toks.get(j).is_some_and(is_speech_verb)
                || after_aux
                || inverted
                || (toks.get(j).is_some_and(|t| t.text == ",")
                    && start.title.is_none()
                    && toks.get(j + 1).is_some_and(|t| t.is("who")));
            // "according to Nordrail": a lone unknown name as a source is an organisation
            // (news agencies, companies), not a person.
            let according = i >= 2
                && toks.get(i - 1).is_some_and(|t| t.is("to"))
                && toks.get(i - 2).is_some_and(|t| t.is("according"));
            singles.push(Single {
                span,
                sentence: si,
                name: name.to_owned(),
                speaks: speaks || start.title.is_some() || according,
                according,
            });
        }
    }

    /// Pass 2: single names → known people by surname, or new actors who speak.
    fn link_singles(&mut self, singles: Vec<Single>) {
        for s in singles {
            let known = self.actors.iter().position(|a| {
                a.kind == ActorKind::Person
                    && a.name.split_whitespace().last() == Some(s.name.as_str())
            });
            match known {
                Some(a) => {
                    self.alias(a, &s.name);
                    self.mention(s.span, s.sentence, a, MentionKind::Name);
                }
                None if s.speaks => {
                    let kind = if s.according {
                        ActorKind::Organisation
                    } else {
                        ActorKind::Person
                    };
                    let a = self.actor(&s.name, kind);
                    self.mention(s.span, s.sentence, a, MentionKind::Name);
                }
                None => {}
            }
        }
    }

    /// Lower-case group aliases ("the coalition").
    fn group_aliases(&mut self) {
        let group_heads: Vec<(usize, String)> = self
            .actors
            .iter()
            .enumerate()
            .filter(|(_, a)| a.kind == ActorKind::Group)
            .filter_map(|(i, a)| {
                a.aliases
                    .iter()
                    .find_map(|al| al.strip_prefix("the "))
                    .map(|h| (i, h.to_owned()))
            })
            .collect();
        if group_heads.is_empty() {
            return;
        }
        let doc = self.doc;
        for (si, sent) in doc.sentences.iter().enumerate() {
            for (k, t) in sent.tokens.iter().enumerate() {
                for (a, head) in &group_heads {
                    if t.without_possessive() == head && k > 0 && sent.tokens[k - 1].is("the") {
                        self.mention(
                            Span::new(t.start, t.start + head.len()),
                            si,
                            *a,
                            MentionKind::Name,
                        );
                    }
                }
            }
        }
    }

    /// Orders actors by first mention, drops those never mentioned, counts mentions.
    fn finish(self) -> Found {
        let mut b = self;
        b.mentions.sort_by_key(|m| m.span.start);
        let mut first: Vec<usize> = vec![usize::MAX; b.actors.len()];
        for m in &b.mentions {
            if let Some(f) = first.get_mut(m.actor) {
                *f = (*f).min(m.span.start);
            }
        }
        let mut order: Vec<usize> = (0..b.actors.len())
            .filter(|&i| first[i] != usize::MAX)
            .collect();
        order.sort_by_key(|&i| first[i]);
        let mut remap = vec![usize::MAX; b.actors.len()];
        let mut actors = Vec::with_capacity(order.len());
        for (new, &old) in order.iter().enumerate() {
            remap[old] = new;
            actors.push(b.actors[old].clone());
        }
        let mut mentions: Vec<Mention> = b
            .mentions
            .into_iter()
            .filter_map(|m| {
                let actor = *remap.get(m.actor)?;
                (actor != usize::MAX).then_some(Mention { actor, ..m })
            })
            .collect();
        mentions.sort_by_key(|m| m.span.start);
        for m in &mentions {
            if let Some(a) = actors.get_mut(m.actor) {
                a.mentions += 1;
            }
        }
        Found { actors, mentions }
    }
}

/// Finds actors in the document.
pub fn find(doc: &Doc<'_>) -> Found {
    let mut b = Builder {
        doc,
        actors: Vec::new(),
        index: HashMap::default(),
        mentions: Vec::new(),
        taken: HashMap::default(),
    };
    let mut singles: Vec<Single> = Vec::new();
    for (si, sent) in doc.sentences.iter().enumerate() {
        b.so_called_groups(si, sent);
        let toks = &sent.tokens;
        let mut i = b.paragraph_label(si, sent, &mut singles);
        while i < toks.len() {
            i = match b.gazetteer_mention(si, toks, i) {
                Some(n) => i + n,
                None => b.name_at(si, toks, i, &mut singles),
            };
        }
    }
    b.link_singles(singles);
    b.group_aliases();
    b.finish()
}

/// ", the top U.S. military commander in Europe," after a name → the role.
fn appositive(text: &str, toks: &[Token<'_>], after: usize) -> Option<String> {
    if toks.get(after)?.text != "," {
        return None;
    }
    let start = after + 1;
    let mut end = start;
    while let Some(t) = toks.get(end) {
        let internal_dot = t.text == "."
            && toks
                .get(end + 1)
                .is_some_and(|n| n.start == t.end || !n.is_capitalised());
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
    text.get(seg[0].start..seg[seg.len() - 1].end)
        .map(str::to_owned)
}

#[cfg(test)]
mod tests {
    use super::super::Doc;
    use super::*;

    fn found(text: &str) -> (Vec<(String, ActorKind, Option<String>)>, Found) {
        let doc = Doc::new(text, &[Span::new(0, text.len())]);
        let f = find(&doc);
        (
            f.actors
                .iter()
                .map(|a| (a.name.clone(), a.kind, a.role.clone()))
                .collect(),
            f,
        )
    }

    #[test]
    fn people_titles_roles_and_surnames() {
        let (a, f) = found(
            "The talks included Gen. Alexus Grynkewich, the top U.S. military commander in Europe, and Jared Kushner, President Donald Trump’s son-in-law. Later President Trump spoke and Kushner agreed.",
        );
        let names: Vec<&str> = a.iter().map(|x| x.0.as_str()).collect();
        assert!(names.contains(&"Alexus Grynkewich"), "{names:?}");
        assert!(names.contains(&"Jared Kushner"));
        assert!(names.contains(&"Donald Trump"));
        assert!(names.contains(&"United States"));
        let g = a.iter().find(|x| x.0 == "Alexus Grynkewich").unwrap();
        assert_eq!(
            g.2.as_deref(),
            Some("the top U.S. military commander in Europe")
        );
        let k = a.iter().find(|x| x.0 == "Jared Kushner").unwrap();
        assert_eq!(k.2.as_deref(), Some("President Donald Trump’s son-in-law"));
        let trump = f
            .actors
            .iter()
            .position(|x| x.name == "Donald Trump")
            .unwrap();
        assert_eq!(f.mentions.iter().filter(|m| m.actor == trump).count(), 2);
        assert_eq!(f.actors[trump].title.as_deref(), Some("President"));
    }

    #[test]
    fn capitals_as_metonyms_but_not_as_places() {
        let (a, _) = found(
            "Witkoff has led talks with Moscow. The meeting in Paris ended. Washington stopped short.",
        );
        let names: Vec<&str> = a.iter().map(|x| x.0.as_str()).collect();
        assert!(names.contains(&"Russia"));
        assert!(names.contains(&"United States"));
        assert!(!names.contains(&"France"), "{names:?}");
    }

    #[test]
    fn so_called_group_and_its_short_form() {
        let (a, f) = found(
            "Leaders of the so-called “coalition of the willing,” met. The coalition’s statement was short.",
        );
        assert_eq!(a[0].0, "coalition of the willing");
        assert_eq!(a[0].1, ActorKind::Group);
        assert_eq!(f.mentions.iter().filter(|m| m.actor == 0).count(), 2);
    }

    #[test]
    fn initials_prefixed_titles_and_places() {
        let (a, _) = found(
            "Deputy Foreign Minister Keiko Tanabe cited John F. Kennedy. The council in Port Alder met near Dead Man’s Curve.",
        );
        let names: Vec<&str> = a.iter().map(|x| x.0.as_str()).collect();
        assert_eq!(names, ["Keiko Tanabe", "John F. Kennedy"], "{a:?}");
    }

    #[test]
    fn roles_before_a_name_are_not_part_of_it() {
        let (a, f) = found(
            "Former Army Director Jana Novak and Lakeside Water Board Chairman Tomas Reyes met. \
             Novak said little.",
        );
        let names: Vec<&str> = a.iter().map(|x| x.0.as_str()).collect();
        assert!(names.contains(&"Jana Novak"), "{names:?}");
        assert!(names.contains(&"Tomas Reyes"), "{names:?}");
        let reyes = f.actors.iter().find(|x| x.name == "Tomas Reyes").unwrap();
        assert_eq!(reyes.title.as_deref(), Some("Chairman"));
        assert_eq!(reyes.role.as_deref(), Some("Lakeside Water Board Chairman"));
        let novak = f
            .actors
            .iter()
            .position(|x| x.name == "Jana Novak")
            .unwrap();
        assert_eq!(f.mentions.iter().filter(|m| m.actor == novak).count(), 2);
    }

    #[test]
    fn surnames_that_speak_and_people_after_an_organisation() {
        let (a, _) = found(
            "“We will appeal,” said Okonkwo. Brill has argued the same. Harbour Trust’s Helen \
             Marsh agreed.",
        );
        let names: Vec<&str> = a.iter().map(|x| x.0.as_str()).collect();
        assert!(names.contains(&"Okonkwo"), "{names:?}");
        assert!(names.contains(&"Brill"), "{names:?}");
        assert!(names.contains(&"Helen Marsh"), "{names:?}");
    }

    #[test]
    fn states_and_party_words_are_not_actors() {
        let (a, _) =
            found("Republican Sen. Ted Cruz spoke in North Carolina and Ohio. Texas voted.");
        let names: Vec<&str> = a.iter().map(|x| x.0.as_str()).collect();
        assert_eq!(names, ["Ted Cruz"], "{a:?}");
    }

    #[test]
    fn so_called_policy_is_not_a_group() {
        let (a, _) = found("They debated the so-called “digital levy” at length.");
        assert!(a.is_empty(), "{a:?}");
    }

    #[test]
    fn organisations_and_adjectives() {
        let (a, f) = found("The Ministry of Defence said Ukrainian forces and NATO allies met.");
        let names: Vec<&str> = a.iter().map(|x| x.0.as_str()).collect();
        assert!(names.contains(&"Ministry of Defence"), "{names:?}");
        assert!(names.contains(&"NATO"));
        let ua = f.actors.iter().position(|x| x.name == "Ukraine").unwrap();
        assert!(
            f.mentions
                .iter()
                .any(|m| m.actor == ua && m.kind == MentionKind::Modifier)
        );
    }

    #[test]
    fn datelines_and_named_things_are_not_people() {
        let (a, _) = found(
            "PORT ALDER, March 4, 2026 — The Port Alder harbour authority was sold. Farmer \
             Gwilym Pritchard and Local MP Jerome Hartigan spoke for the Ministry of Fisheries \
             and Maritime Affairs.",
        );
        let names: Vec<&str> = a.iter().map(|x| x.0.as_str()).collect();
        assert!(
            !names.iter().any(|n| n.eq_ignore_ascii_case("port alder")),
            "{names:?}"
        );
        assert!(names.contains(&"Gwilym Pritchard"), "{names:?}");
        assert!(names.contains(&"Jerome Hartigan"), "{names:?}");
        assert!(
            names.contains(&"Ministry of Fisheries and Maritime Affairs"),
            "{names:?}"
        );
    }
}
