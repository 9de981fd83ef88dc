//! Scores the quote extractor against PolNeAR's attributions.
//!
//! What counts as a gold quote: an attribution whose content holds quote marks (“ ”, " ",
//! « », ‘ ’). It is **direct** when every word of the content is inside the marks, and
//! **mixed** when some words are outside and at least [`MIN_MIXED_WORDS`] are inside ("he
//! called the plan “a gift to the banks”"). Shorter partial quotes (one or two quoted
//! words, mostly single terms) and contents without marks are not scored: a system quote
//! matching them counts neither way.
//!
//! Matching: each system quote (the words inside its marks) is matched to the gold content
//! it overlaps most, by characters. Precision = system quotes matched to a scored gold
//! quote / system quotes (those matched to unscored contents left out); recall = gold quotes
//! matched by at least one system quote. By kind, a matched system quote takes its gold
//! quote's kind; an unmatched one is direct when its first letter is a capital and mixed
//! otherwise.
//!
//! Speaker accuracy, over matched system quotes: the speaker is right when the actor the
//! extractor named answers to the gold referent. The referent of a source written as a
//! name is that name (the head of the source phrase: "Jason Miller" in "Trump campaign
//! spokesman Jason Miller", both names in "Clinton and Kaine"); of a pronoun or a
//! description ("she", "the newspaper"), the closest earlier mention of its CoreNLP
//! coreference chain that names a person or an organisation (see [`super::coref`]). An actor answers to a name when their last words agree
//! and every word of the shorter is in the longer, titles and "the" left out ("Hillary
//! Clinton" ~ "Mrs. Clinton"; not "Bill Clinton" ~ "Hillary Clinton"). A gold attribution
//! without a source is right only when the extractor names nobody. Sources whose referent
//! has no name (a pronoun or description whose chain names nobody, a bare title) are
//! "unresolved": reported apart, not scored.

use super::Article;
use super::ann::{Attribution, CharSpan};
use crate::extract::{Options, extract_text};
use crate::model::{Actor, Briefing, Span};
use std::fmt::Write as _;

/// Fewest quoted words for a partly quoted content to count as a mixed quote.
pub const MIN_MIXED_WORDS: usize = 3;

/// Direct (all quoted) or mixed (partly quoted).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum QuoteKind {
    Direct,
    Mixed,
}

/// How the gold source names the speaker.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SourceKind {
    Name,
    Pronoun,
    Description,
    /// The attribution has no source.
    Nobody,
}

impl SourceKind {
    const ALL: [SourceKind; 4] = [
        SourceKind::Name,
        SourceKind::Pronoun,
        SourceKind::Description,
        SourceKind::Nobody,
    ];
    fn index(self) -> usize {
        self as usize
    }
    fn label(self) -> &'static str {
        match self {
            SourceKind::Name => "name",
            SourceKind::Pronoun => "pronoun",
            SourceKind::Description => "description",
            SourceKind::Nobody => "no source",
        }
    }
}

/// Whom a gold quote is attributed to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Referent {
    /// Any of these names (one is enough).
    Names(Vec<String>),
    /// Nobody: the quote is unattributed.
    Nobody,
    /// A pronoun or description with no named coreferent.
    Unresolved,
}

/// A gold attribution as the scorer sees it.
#[derive(Clone, Debug)]
pub struct GoldQuote {
    pub id: String,
    /// `None`: not scored (short partial quote, or no quote marks).
    pub kind: Option<QuoteKind>,
    /// Content spans, in bytes of the article text.
    pub content: Vec<Span>,
    pub source_text: String,
    pub source_kind: SourceKind,
    pub referent: Referent,
}

/// Counts for one article or a sum.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Counts {
    /// Gold quotes by kind (direct, mixed).
    pub gold: [usize; 2],
    /// Gold quotes matched by a system quote.
    pub found: [usize; 2],
    /// Scored system quotes by kind.
    pub system: [usize; 2],
    /// System quotes matched to a gold quote.
    pub system_ok: [usize; 2],
    /// Matched system quotes by source kind: (right speaker, scored).
    pub speaker_ok: [usize; 4],
    pub speaker_all: [usize; 4],
    /// Matched quotes with an unresolved referent, and how many of them we attributed.
    pub unresolved: usize,
    pub unresolved_named: usize,
}

impl std::ops::AddAssign for Counts {
    fn add_assign(&mut self, o: Self) {
        for k in 0..2 {
            self.gold[k] += o.gold[k];
            self.found[k] += o.found[k];
            self.system[k] += o.system[k];
            self.system_ok[k] += o.system_ok[k];
        }
        for k in 0..4 {
            self.speaker_ok[k] += o.speaker_ok[k];
            self.speaker_all[k] += o.speaker_all[k];
        }
        self.unresolved += o.unresolved;
        self.unresolved_named += o.unresolved_named;
    }
}

/// Precision, recall and F1 in percent.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Prf {
    pub p: f64,
    pub r: f64,
    pub f: f64,
}

fn pct(n: usize, d: usize) -> f64 {
    if d == 0 {
        0.0
    } else {
        100.0 * n as f64 / d as f64
    }
}

impl Counts {
    /// Quote P/R/F1 for one kind, or both (`None`).
    pub fn quotes(&self, kind: Option<QuoteKind>) -> Prf {
        let ks: &[usize] = match kind {
            Some(QuoteKind::Direct) => &[0],
            Some(QuoteKind::Mixed) => &[1],
            None => &[0, 1],
        };
        let sum = |a: &[usize; 2]| ks.iter().map(|&k| a[k]).sum::<usize>();
        let p = pct(sum(&self.system_ok), sum(&self.system));
        let r = pct(sum(&self.found), sum(&self.gold));
        let f = if p + r > 0.0 {
            2.0 * p * r / (p + r)
        } else {
            0.0
        };
        Prf { p, r, f }
    }

    /// Speaker accuracy for one kind of source, or all (`None`).
    pub fn speaker_accuracy(&self, kind: Option<SourceKind>) -> f64 {
        match kind {
            Some(k) => pct(self.speaker_ok[k.index()], self.speaker_all[k.index()]),
            None => pct(self.speaker_ok.iter().sum(), self.speaker_all.iter().sum()),
        }
    }
}

/// The result for one article: its counts and its error lines.
#[derive(Clone, Debug)]
pub struct ArticleScore {
    pub name: String,
    pub counts: Counts,
    pub errors: String,
}

// ---- Gold quotes -------------------------------------------------------------------------

/// Byte offset of every character offset (one past the end included).
fn byte_offsets(text: &str) -> Vec<usize> {
    text.char_indices()
        .map(|(b, _)| b)
        .chain(std::iter::once(text.len()))
        .collect()
}

fn to_bytes(offsets: &[usize], s: CharSpan) -> Option<Span> {
    Some(Span::new(*offsets.get(s.start)?, *offsets.get(s.end)?))
}

/// Words inside and outside quote marks in `content`.
fn quoted_words(content: &str) -> (usize, usize) {
    let (mut inside, mut outside) = (0, 0);
    let mut double = false;
    let mut single = false;
    let mut in_word = false;
    let chars: Vec<char> = content.chars().collect();
    for (i, &c) in chars.iter().enumerate() {
        let next_alnum = chars.get(i + 1).is_some_and(|n| n.is_alphanumeric());
        let prev_alnum = i > 0 && chars.get(i - 1).is_some_and(|p| p.is_alphanumeric());
        match c {
            '“' | '«' => double = true,
            '”' | '»' => double = false,
            '"' => double = !double,
            '‘' if !prev_alnum => single = true,
            '’' if single && !next_alnum => single = false,
            _ => {}
        }
        let word = c.is_alphanumeric();
        if word && !in_word {
            if double || single {
                inside += 1;
            } else {
                outside += 1;
            }
        }
        in_word = word || (in_word && matches!(c, '\'' | '’' | '-') && next_alnum);
    }
    (inside, outside)
}

const PRONOUNS: &[&str] = &[
    "he", "she", "they", "it", "i", "we", "you", "his", "her", "their", "its", "my", "our", "your",
    "him", "them", "who", "which", "that", "whom", "whose",
];
const TITLES: &[&str] = &[
    "mr",
    "mrs",
    "ms",
    "miss",
    "dr",
    "sen",
    "senator",
    "rep",
    "representative",
    "gov",
    "governor",
    "president",
    "secretary",
    "gen",
    "general",
    "prof",
    "professor",
    "rev",
    "judge",
    "speaker",
    "mayor",
    "the",
    "former",
    "vice",
    "attorney",
    "candidate",
    "nominee",
    "chairman",
    "sir",
    "lord",
    "lady",
    "st",
    "u.s",
    "gop",
    "democratic",
    "republican",
];
const BOUNDARIES: &[&str] = &[
    "of", "for", "at", "from", "with", "who", "which", "that", "in", "on", "to", "whose", "by",
];

/// Words of a source phrase: possessives and outer punctuation removed.
fn words(s: &str) -> Vec<String> {
    s.split(|c: char| c.is_whitespace() || matches!(c, ',' | '(' | ')' | ';' | ':' | '—' | '–'))
        .map(|w| {
            let w = w.trim_matches(|c: char| !c.is_alphanumeric());
            w.strip_suffix("’s")
                .or_else(|| w.strip_suffix("'s"))
                .unwrap_or(w)
                .trim_end_matches(['’', '\''])
                .to_owned()
        })
        .filter(|w| !w.is_empty())
        .collect()
}

/// The lower-case words a name is compared by: titles and "the" dropped.
fn name_key(name: &str) -> Vec<String> {
    let ws: Vec<String> = words(name).iter().map(|w| w.to_lowercase()).collect();
    let keep = ws
        .iter()
        .position(|w| !TITLES.contains(&w.trim_end_matches('.')))
        .unwrap_or(ws.len());
    ws.get(keep..).unwrap_or_default().to_vec()
}

/// Do two names denote the same actor? Last words agree and the shorter's words are all in
/// the longer.
pub fn same_name(a: &str, b: &str) -> bool {
    let (a, b) = (name_key(a), name_key(b));
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    !short.is_empty() && short.last() == long.last() && short.iter().all(|w| long.contains(w))
}

/// The head phrases of a source: each conjunct cut before its first post-modifier ("of",
/// "for", ", who", a comma…). Returns (head word, the capitalised run ending at it) per
/// conjunct.
fn heads(source: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for conjunct in source.split(" and ").flat_map(|c| c.split(" & ")) {
        let cut = conjunct.split([',', '(']).next().unwrap_or(conjunct);
        let ws = words(cut);
        let end = ws
            .iter()
            .skip(1)
            .position(|w| BOUNDARIES.contains(&w.as_str()))
            .map_or(ws.len(), |k| k + 1);
        let Some(head_words) = ws.get(..end) else {
            continue;
        };
        let Some(head) = head_words.last() else {
            continue;
        };
        let run_start = head_words
            .iter()
            .rposition(|w| !w.starts_with(char::is_uppercase))
            .map_or(0, |k| k + 1);
        let run = head_words.get(run_start..).unwrap_or_default().join(" ");
        out.push((head.clone(), run));
    }
    out
}

/// The capitalised words that end `s` ("Hillary Clinton" in "the nominee, Hillary Clinton").
fn trailing_run(s: &str) -> String {
    let ws = words(s);
    let from = ws
        .iter()
        .rposition(|w| !w.starts_with(char::is_uppercase))
        .map_or(0, |k| k + 1);
    ws.get(from..).unwrap_or_default().join(" ")
}

fn source_kind(source: &str, head_is_proper: Option<bool>) -> SourceKind {
    let hs = heads(source);
    let Some((head, _)) = hs.first() else {
        return SourceKind::Nobody;
    };
    if PRONOUNS.contains(&head.to_lowercase().as_str()) {
        SourceKind::Pronoun
    } else if head_is_proper.unwrap_or_else(|| head.starts_with(char::is_uppercase)) {
        SourceKind::Name
    } else {
        SourceKind::Description
    }
}

fn gold_quote(article: &Article, offsets: &[usize], a: &Attribution) -> GoldQuote {
    let text = &article.text;
    let span_text = |spans: &[CharSpan]| {
        spans
            .iter()
            .filter_map(|&s| to_bytes(offsets, s).and_then(|b| b.slice(text)))
            .collect::<Vec<_>>()
            .join(" ")
    };
    let content = span_text(&a.content);
    let (inside, outside) = quoted_words(&content);
    let kind = if inside > 0 && outside == 0 {
        Some(QuoteKind::Direct)
    } else if inside >= MIN_MIXED_WORDS {
        Some(QuoteKind::Mixed)
    } else {
        None
    };
    let source_text = span_text(&a.source);
    // Is the source's head word tagged as a proper noun? Found by its text in the span.
    let head_is_proper = article.chains.as_ref().and_then(|c| {
        let (head, _) = heads(&source_text).into_iter().next()?;
        let src = a.source.first()?;
        let from = to_bytes(offsets, *src)?;
        let local = text.get(from.start..from.end)?.find(head.as_str())?;
        let start_char = offsets.partition_point(|&b| b < from.start + local);
        Some(c.is_proper(CharSpan {
            start: start_char,
            end: start_char + head.chars().count(),
        }))
    });
    let source_kind = if a.source.is_empty() {
        SourceKind::Nobody
    } else {
        source_kind(&source_text, head_is_proper)
    };
    let referent = match source_kind {
        SourceKind::Nobody => Referent::Nobody,
        SourceKind::Name => {
            let names: Vec<String> = heads(&source_text)
                .into_iter()
                .map(|h| h.1)
                .filter(|n| !name_key(n).is_empty())
                .collect();
            if names.is_empty() {
                Referent::Unresolved
            } else {
                Referent::Names(names)
            }
        }
        SourceKind::Pronoun | SourceKind::Description => {
            let names: Vec<String> = article
                .chains
                .as_ref()
                .and_then(|c| {
                    let chain = c.chain_of(&a.source)?;
                    let m = c.antecedent(chain, a.source.first()?.start)?;
                    let b = to_bytes(offsets, m.span)?;
                    let h = to_bytes(offsets, m.head)?;
                    // The capitalised run of the mention ending at its head.
                    text.get(b.start..h.end).map(trailing_run)
                })
                .filter(|n| !name_key(n).is_empty())
                .into_iter()
                .collect();
            if names.is_empty() {
                Referent::Unresolved
            } else {
                Referent::Names(names)
            }
        }
    };
    GoldQuote {
        id: a.id.clone(),
        kind,
        content: a
            .content
            .iter()
            .filter_map(|&s| to_bytes(offsets, s))
            .collect(),
        source_text,
        source_kind,
        referent,
    }
}

/// The article's gold quotes (scored and unscored) in annotation order.
pub fn gold_quotes(article: &Article) -> Vec<GoldQuote> {
    let offsets = byte_offsets(&article.text);
    article
        .attributions
        .iter()
        .map(|a| gold_quote(article, &offsets, a))
        .collect()
}

// ---- Scoring -----------------------------------------------------------------------------

fn overlap(a: Span, b: Span) -> usize {
    a.end.min(b.end).saturating_sub(a.start.max(b.start))
}

fn actor_answers(actor: &Actor, name: &str) -> bool {
    same_name(&actor.name, name) || actor.aliases.iter().any(|al| same_name(al, name))
}

fn short(s: &str, n: usize) -> String {
    let one_line = s.split_whitespace().collect::<Vec<_>>().join(" ");
    if one_line.chars().count() <= n {
        one_line
    } else {
        let cut: String = one_line.chars().take(n).collect();
        format!("{cut}…")
    }
}

fn kind_index(k: QuoteKind) -> usize {
    match k {
        QuoteKind::Direct => 0,
        QuoteKind::Mixed => 1,
    }
}

fn kind_label(k: QuoteKind) -> &'static str {
    match k {
        QuoteKind::Direct => "direct",
        QuoteKind::Mixed => "mixed",
    }
}

/// Counts a quote that matches no gold quote, and lists it.
fn note_spurious(c: &mut Counts, errors: &mut String, name: &str, text: &str, ours: &str) {
    let kind = if text
        .chars()
        .find(|c| c.is_alphabetic())
        .is_some_and(char::is_uppercase)
    {
        QuoteKind::Direct
    } else {
        QuoteKind::Mixed
    };
    c.system[kind_index(kind)] += 1;
    let _ = writeln!(
        errors,
        "{name}\tspurious {}\t{}\t{ours}",
        kind_label(kind),
        short(text, 100)
    );
}

/// Counts the gold quotes found, and lists those missed.
fn note_missed(
    c: &mut Counts,
    errors: &mut String,
    name: &str,
    gold: &[GoldQuote],
    found: &[bool],
    text: &str,
) {
    for (g, &f) in gold.iter().zip(found) {
        let Some(k) = g.kind else { continue };
        if f {
            c.found[kind_index(k)] += 1;
            continue;
        }
        let content = g
            .content
            .iter()
            .filter_map(|s| s.slice(text))
            .collect::<Vec<_>>()
            .join(" … ");
        let _ = writeln!(
            errors,
            "{name}\tmissed {}\t{}\tgold: “{}”",
            kind_label(k),
            short(&content, 100),
            g.source_text
        );
    }
}

/// Scores one briefing against one article's gold quotes.
pub fn score_briefing(name: &str, gold: &[GoldQuote], b: &Briefing) -> ArticleScore {
    let mut c = Counts::default();
    let mut errors = String::new();
    let mut found = vec![false; gold.len()];
    for g in gold {
        if let Some(k) = g.kind {
            c.gold[kind_index(k)] += 1;
        }
    }
    for q in &b.quotes {
        let Some(span) = q.provenance.as_ref().and_then(|p| p.expression) else {
            continue;
        };
        let best = gold
            .iter()
            .enumerate()
            .map(|(i, g)| {
                (
                    i,
                    g.content.iter().map(|&s| overlap(s, span)).sum::<usize>(),
                )
            })
            .filter(|&(_, o)| o > 0)
            .max_by_key(|&(i, o)| (o, std::cmp::Reverse(i)));
        let actor = q
            .speaker
            .as_ref()
            .and_then(|id| b.actors.iter().find(|a| &a.id == id));
        let ours = actor.map_or_else(
            || "nobody".to_owned(),
            |a| {
                format!(
                    "{} (“{}”)",
                    a.name,
                    q.speaker_mention.as_deref().unwrap_or("")
                )
            },
        );
        let Some((gi, _)) = best else {
            note_spurious(&mut c, &mut errors, name, &q.text, &ours);
            continue;
        };
        let Some(g) = gold.get(gi) else { continue };
        let Some(kind) = g.kind else {
            continue;
        };
        c.system[kind_index(kind)] += 1;
        c.system_ok[kind_index(kind)] += 1;
        if let Some(f) = found.get_mut(gi) {
            *f = true;
        }
        let right = match &g.referent {
            Referent::Nobody => actor.is_none(),
            Referent::Names(names) => {
                actor.is_some_and(|a| names.iter().any(|n| actor_answers(a, n)))
            }
            Referent::Unresolved => {
                c.unresolved += 1;
                c.unresolved_named += usize::from(actor.is_some());
                let _ = writeln!(
                    errors,
                    "{name}\tunscored speaker ({})\t{}\tours: {ours}\tgold: “{}” → ?",
                    g.source_kind.label(),
                    short(&q.text, 100),
                    g.source_text,
                );
                continue;
            }
        };
        let k = g.source_kind.index();
        c.speaker_all[k] += 1;
        c.speaker_ok[k] += usize::from(right);
        if !right {
            let gold_who = match &g.referent {
                Referent::Names(n) => n.join(" | "),
                _ => "nobody".to_owned(),
            };
            let _ = writeln!(
                errors,
                "{name}\tspeaker ({})\t{}\tours: {ours}\tgold: “{}” → {gold_who}",
                g.source_kind.label(),
                short(&q.text, 100),
                g.source_text,
            );
        }
    }
    let text = b.sources.first().map_or("", |s| s.text.as_str());
    note_missed(&mut c, &mut errors, name, gold, &found, text);
    ArticleScore {
        name: name.to_owned(),
        counts: c,
        errors,
    }
}

/// Extracts and scores one article.
pub fn score_article(article: &Article) -> ArticleScore {
    let gold = gold_quotes(article);
    let options = Options {
        source_name: article.name.clone(),
        meta: None,
        reference_date: article.date,
    };
    let b = extract_text(&article.text, &options);
    score_briefing(&article.name, &gold, &b)
}

/// Scores every article of a split (in parallel; results in file-name order).
pub fn eval_split(dir: &std::path::Path, split: &str) -> Result<Vec<ArticleScore>, String> {
    use rayon::prelude::*;
    let articles = super::load_split(dir, split)?;
    Ok(articles.par_iter().map(score_article).collect())
}

/// The totals table.
pub fn report(split: &str, scores: &[ArticleScore]) -> String {
    let mut t = Counts::default();
    for s in scores {
        t += s.counts;
    }
    let mut out = String::new();
    let _ = writeln!(
        out,
        "PolNeAR {split}: {} articles (one annotator each: the first code in sort order)",
        scores.len()
    );
    let _ = writeln!(out, "\nquotes   gold  system  found      P       R      F1");
    for (label, kind) in [
        ("direct", Some(QuoteKind::Direct)),
        ("mixed", Some(QuoteKind::Mixed)),
        ("all", None),
    ] {
        let ks: &[usize] = match kind {
            Some(k) => &[kind_index(k)][..],
            None => &[0, 1],
        };
        let sum = |a: &[usize; 2]| ks.iter().map(|&k| a[k]).sum::<usize>();
        let p = t.quotes(kind);
        let _ = writeln!(
            out,
            "{label:<7} {:>5} {:>7} {:>6}  {:>6.2}  {:>6.2}  {:>6.2}",
            sum(&t.gold),
            sum(&t.system),
            sum(&t.found),
            p.p,
            p.r,
            p.f
        );
    }
    let _ = writeln!(out, "\nspeakers (matched quotes)   right  scored  accuracy");
    for k in SourceKind::ALL {
        let _ = writeln!(
            out,
            "{:<26} {:>6} {:>7}  {:>7.2}",
            k.label(),
            t.speaker_ok[k.index()],
            t.speaker_all[k.index()],
            t.speaker_accuracy(Some(k))
        );
    }
    let _ = writeln!(
        out,
        "{:<26} {:>6} {:>7}  {:>7.2}",
        "all",
        t.speaker_ok.iter().sum::<usize>(),
        t.speaker_all.iter().sum::<usize>(),
        t.speaker_accuracy(None)
    );
    let _ = writeln!(
        out,
        "not scored: {} matched quotes whose pronoun or description CoreNLP links to no name ({} of them given a speaker)",
        t.unresolved, t.unresolved_named
    );
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn direct_mixed_and_short_partial_quotes() {
        assert_eq!(quoted_words("“We will win. It’s done.”"), (5, 0));
        assert_eq!(quoted_words("the plan was “a gift to the banks”"), (5, 3));
        assert_eq!(quoted_words("that it was “rigged”"), (1, 3));
        assert_eq!(quoted_words("‘Nobody’s fault,’"), (2, 0));
    }

    #[test]
    fn names_agree_on_the_last_word_and_drop_titles() {
        assert!(same_name("Hillary Clinton", "Mrs. Clinton"));
        assert!(same_name("Hillary Clinton", "Clinton’s"));
        assert!(!same_name("Bill Clinton", "Hillary Clinton"));
        assert!(!same_name("Donald Trump", "Donald Trump Jr."));
        assert!(same_name("The New York Times", "Times"));
        assert!(!same_name("Trump campaign", "Trump"));
    }

    /// A character span of the first occurrence of `needle` in `text`.
    fn chars_of(text: &str, needle: &str) -> CharSpan {
        let b = text.find(needle).unwrap();
        let start = text[..b].chars().count();
        CharSpan {
            start,
            end: start + needle.chars().count(),
        }
    }

    #[test]
    fn an_invented_article_scores_quotes_and_speakers() {
        let text = "Port Plan Approved\n\n\
                    “We will start in May,” said Mayor Ines Carvalho. The plan was “a gift to \
                    the fishing families,” she added.\n\n\
                    Critics called it “rushed”.\n";
        let att = |id: &str, source: Option<&str>, content: &str| Attribution {
            id: id.to_owned(),
            source: source.map(|s| vec![chars_of(text, s)]).unwrap_or_default(),
            cue: Vec::new(),
            content: vec![chars_of(text, content)],
        };
        let article = Article {
            name: "invented".to_owned(),
            annotator: "0000".to_owned(),
            text: text.to_owned(),
            date: None,
            attributions: vec![
                att("E1", Some("Ines Carvalho"), "“We will start in May,”"),
                // "she" with no CoreNLP file: its referent is unknown, so not scored.
                att(
                    "E2",
                    Some("she"),
                    "The plan was “a gift to the fishing families,”",
                ),
                // One quoted word: a term, not scored either way.
                att("E3", Some("Critics"), "it “rushed”"),
            ],
            chains: None,
        };
        let gold = gold_quotes(&article);
        assert_eq!(gold[0].kind, Some(QuoteKind::Direct));
        assert_eq!(gold[1].kind, Some(QuoteKind::Mixed));
        assert_eq!(gold[2].kind, None);
        let c = score_article(&article).counts;
        assert_eq!(c.gold, [1, 1]);
        assert_eq!(c.found, [1, 1], "{c:?}");
        assert_eq!(c.system_ok, c.system, "{c:?}");
        assert_eq!(c.speaker_ok[SourceKind::Name.index()], 1);
        assert_eq!(c.speaker_all.iter().sum::<usize>(), 1);
        assert_eq!(c.unresolved, 1);
    }

    #[test]
    fn source_heads_and_kinds() {
        let h = heads("Trump campaign spokesman Jason Miller");
        assert_eq!(h[0].1, "Jason Miller");
        let h = heads("Joel Pollak of Breitbart California");
        assert_eq!(h[0].1, "Joel Pollak");
        let h = heads("Clinton and Kaine");
        assert_eq!(h.len(), 2);
        assert_eq!(
            source_kind("a spokesman for Ted Cruz", None),
            SourceKind::Description
        );
        assert_eq!(source_kind("she", None), SourceKind::Pronoun);
        assert_eq!(source_kind("Sen. Ted Cruz", None), SourceKind::Name);
        assert_eq!(
            source_kind("The newspaper", Some(false)),
            SourceKind::Description
        );
    }
}
