//! Direct quotes and who said them.
//!
//! Quote marks are paired per paragraph (curly, straight, doubled single, guillemets; a quote
//! left open continues into a paragraph that opens with a mark). The speaker comes from a
//! speech verb outside the quote marks, on either side ("X said", "said X", "according to X",
//! "X …, writing on Telegram, described … as"); pronouns resolve to the most recent salient
//! person. A short quoted term with no speech around it ("coalition of the willing") is not
//! a quote.

use super::Doc;
use super::actors::{Found, MentionKind};
use super::events::Built;
use super::gazetteer::{FEMALE_NAMES_SET, MALE_NAMES_SET, PLATFORMS_SET, SPEECH_VERBS_SET};
use super::tokens::{Token, TokenKind};
use crate::model::{ActorKind, Span};

/// A quote as found, before ids are given.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RawQuote {
    pub text: String,
    /// The quoted words (inside the marks).
    pub span: Span,
    /// The sentence(s) around it.
    pub sentence: Span,
    pub speaker: Option<usize>,
    pub speaker_mention: Option<String>,
    pub venue: Option<String>,
    pub event: Option<usize>,
}

const PRONOUNS: &[&str] = &["he", "she"];
const TERM_MARKERS: &[&str] = &[
    "so-called",
    "dubbed",
    "termed",
    "titled",
    "named",
    "labelled",
    "labeled",
    "branded",
    "word",
    "term",
    "phrase",
    "slogan",
    "nicknamed",
    "reads",
    "read",
    "headline",
];

fn closing_for(open: &str) -> &'static [&'static str] {
    match open {
        "“" => &["”", "\""],
        "\"" => &["\"", "”"],
        "''" => &["''", "”"],
        "«" => &["»"],
        "„" => &["“", "”"],
        "‘" => &["’"],
        "'" => &["'"],
        _ => &["”"],
    }
}

/// Quoted spans in a paragraph.
fn quote_spans(text: &str, para: Span) -> Vec<QuoteSpan> {
    let Some(p) = para.slice(text) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    let mut i = 0;
    while i < p.len() {
        let rest = &p[i..];
        let prev = p[..i].chars().next_back();
        let at_open = prev
            .is_none_or(|c| c.is_whitespace() || matches!(c, '(' | '[' | '—' | '–' | '/' | ':'));
        let open = if rest.starts_with('“') || rest.starts_with('«') || rest.starts_with('„') {
            rest.chars().next().map(|c| &rest[..c.len_utf8()])
        } else if rest.starts_with("''") && at_open {
            Some("''")
        } else if rest.starts_with('"') && at_open {
            Some("\"")
        } else if rest.starts_with('\'')
            && at_open
            && rest[1..].starts_with(|c: char| c.is_alphabetic())
        {
            Some("'")
        } else if rest.starts_with('‘')
            && at_open
            && rest['‘'.len_utf8()..].starts_with(|c: char| c.is_alphanumeric())
        {
            Some("‘")
        } else {
            None
        };
        let Some(open) = open else {
            // Jump to the next character that could open a quote instead of testing each one.
            let step = rest.chars().next().map_or(1, char::len_utf8);
            i = p
                .get(i + step..)
                .and_then(|r| r.find(['“', '«', '„', '"', '\'', '‘']))
                .map_or(p.len(), |k| i + step + k);
            continue;
        };
        let content_start = i + open.len();
        let mut close_at = None;
        let mut j = content_start;
        let closers = closing_for(open);
        while j < p.len() {
            // Next possible closing mark, found with a fast search.
            let Some(k) = p
                .get(j..)
                .and_then(|r| r.find(|c: char| closers.iter().any(|cl| cl.starts_with(c))))
            else {
                break;
            };
            j += k;
            let r = &p[j..];
            if let Some(c) = closers.iter().find(|c| r.starts_with(**c)) {
                // A closing single quote must not be an apostrophe inside a word.
                let next = r[c.len()..].chars().next();
                if !matches!(*c, "’" | "'") || next.is_none_or(|n| !n.is_alphanumeric()) {
                    close_at = Some((j, c.len()));
                    break;
                }
            }
            j += r.chars().next().map_or(1, char::len_utf8);
        }
        let Some((j, n)) = close_at else {
            out.push(QuoteSpan {
                open: para.start + i,
                start: para.start + content_start,
                end: para.end,
                closed: false,
            });
            break;
        };
        out.push(QuoteSpan {
            open: para.start + i,
            start: para.start + content_start,
            end: para.start + j,
            closed: true,
        });
        i = j + n;
    }
    out
}

/// Is `pos` inside one of `spans` (sorted by start, not overlapping)?
fn inside(spans: &[(usize, usize)], pos: usize) -> bool {
    let i = spans.partition_point(|&(a, _)| a <= pos);
    i.checked_sub(1)
        .and_then(|i| spans.get(i))
        .is_some_and(|&(_, b)| pos < b)
}

#[derive(Clone)]
struct Speaker {
    actor: Option<usize>,
    mention: String,
    verb_pos: usize,
}

/// Most recent salient person before each sentence (the speaker, else the first person).
/// Who "he" and "she" can stand for: the salient person before each sentence, and each
/// actor's grammatical gender where the text shows it.
struct Salience {
    by_sentence: Vec<Option<usize>>,
    /// Quoted spans with their marks (sorted): names inside are not who a pronoun means.
    masked: Vec<(usize, usize)>,
    /// `Some(true)`: referred to as "she"/"her"; `Some(false)`: "he"/"his"/"him".
    female: Vec<Option<bool>>,
}

/// A person named alone in a sentence and followed, outside quotes, by "his"/"him" or by
/// "her" (not both) is a man or a woman ("Vance rolled her eyes").
/// A common given name or a gendered courtesy title says it first ("Hillary Clinton",
/// "Mrs. Osei").
fn genders(doc: &Doc<'_>, found: &Found, masked: &[(usize, usize)]) -> Vec<Option<bool>> {
    let mut out: Vec<Option<bool>> = found.actors.iter().map(gender_by_name).collect();
    for (si, s) in doc.sentences.iter().enumerate() {
        let people: Vec<&super::actors::Mention> = found
            .in_sentence(si)
            .iter()
            .filter(|m| found.names_a_person(m))
            .collect();
        let [m] = people.as_slice() else {
            continue;
        };
        let after = s
            .tokens
            .iter()
            .filter(|t| t.start >= m.span.end && !inside(masked, t.start));
        let (mut his, mut her) = (false, false);
        for t in after {
            match t.lower().as_str() {
                "his" | "him" | "himself" => his = true,
                "her" | "hers" | "herself" => her = true,
                _ => {}
            }
        }
        if his != her
            && let Some(g) = out.get_mut(m.actor)
            && g.is_none()
        {
            *g = Some(her);
        }
    }
    out
}

/// The gender a person's given name or courtesy title shows, if any.
fn gender_by_name(a: &crate::model::Actor) -> Option<bool> {
    if a.kind != ActorKind::Person {
        return None;
    }
    let title = a.title.as_deref().unwrap_or("").trim_end_matches('.');
    match title {
        "Mrs" | "Ms" | "Miss" => return Some(true),
        "Mr" => return Some(false),
        _ => {}
    }
    let first = a.name.split_whitespace().next()?;
    if FEMALE_NAMES_SET.contains(first) {
        Some(true)
    } else if MALE_NAMES_SET.contains(first) {
        Some(false)
    } else {
        None
    }
}

fn salience(doc: &Doc<'_>, found: &Found, masked: &[(usize, usize)]) -> Salience {
    let mut out = Vec::with_capacity(doc.sentences.len());
    let mut current = None;
    for (si, s) in doc.sentences.iter().enumerate() {
        out.push(current);
        let people: Vec<_> = found
            .in_sentence(si)
            .iter()
            .filter(|m| found.names_a_person(m) && !inside(masked, m.span.start))
            .collect();
        // A named person right before a speech verb wins.
        let speaker = people.iter().find(|m| {
            s.tokens
                .iter()
                .position(|t| t.start >= m.span.end)
                .and_then(|k| s.tokens.get(k))
                .is_some_and(|t| SPEECH_VERBS_SET.contains(&t.lower().as_str()))
        });
        if let Some(m) = speaker.or(people.first()) {
            current = Some(m.actor);
        }
    }
    Salience {
        by_sentence: out,
        masked: masked.to_vec(),
        female: genders(doc, found, masked),
    }
}

fn resolve_pronoun(
    doc: &Doc<'_>,
    found: &Found,
    salient: &Salience,
    si: usize,
    pos: usize,
    she: bool,
) -> Option<usize> {
    // Someone the text shows to be of that gender first; else anyone not shown to be of
    // the other ("Dana Vogel" with no given name known still counts).
    let gender = |a: usize| salient.female.get(a).copied().flatten();
    let not_other = |a: usize| gender(a) != Some(!she);
    earlier_in_sentence(doc, found, salient, si, pos, &not_other)
        .or_else(|| pronoun_candidate(doc, found, salient, si, pos, &|a| gender(a) == Some(she)))
        .or_else(|| pronoun_candidate(doc, found, salient, si, pos, &not_other))
}

/// The first person named before `pos` in its sentence (outside quotes) who `fits`.
fn earlier_in_sentence(
    doc: &Doc<'_>,
    found: &Found,
    salient: &Salience,
    si: usize,
    pos: usize,
    fits: &dyn Fn(usize) -> bool,
) -> Option<usize> {
    let s = doc.sentences.get(si)?;
    found
        .in_sentence(si)
        .iter()
        .find(|m| {
            m.span.end <= pos
                && m.span.start >= s.span.start
                && found.names_a_person(m)
                && fits(m.actor)
                && !inside(&salient.masked, m.span.start)
        })
        .map(|m| m.actor)
}

/// The person "he"/"she" at `pos` stands for, among those that `fits`: the first person
/// named earlier in the same sentence, else the salient one before it, else the most recent
/// person named in the five sentences before. Names inside quotes are not candidates
/// ("“My adviser, John Holdren, …,” he said").
fn pronoun_candidate(
    doc: &Doc<'_>,
    found: &Found,
    salient: &Salience,
    si: usize,
    pos: usize,
    fits: &dyn Fn(usize) -> bool,
) -> Option<usize> {
    let person = |m: &&super::actors::Mention| {
        found.names_a_person(m) && fits(m.actor) && !inside(&salient.masked, m.span.start)
    };
    earlier_in_sentence(doc, found, salient, si, pos, fits)
        .or_else(|| {
            salient
                .by_sentence
                .get(si)
                .copied()
                .flatten()
                .filter(|&a| fits(a))
        })
        .or_else(|| {
            let upto = found.mentions.partition_point(|m| m.span.end <= pos);
            found
                .mentions
                .get(..upto)?
                .iter()
                .rev()
                .take_while(|m| m.sentence + 5 >= si)
                .find(person)
                .map(|m| m.actor)
        })
}

/// "the minister", "the ministry", "the airline", "the former senator": the most recent
/// actor before `pos` whose title, role, (for organisations) name, or the words written
/// just before its name ("chief executive Irene Maas") contain `noun`.
pub(crate) fn resolve_role_noun(
    text: &str,
    found: &Found,
    noun: &str,
    pos: usize,
) -> Option<usize> {
    let same = |w: &str| {
        w.eq_ignore_ascii_case(noun)
            || w.strip_suffix('s')
                .is_some_and(|w| w.eq_ignore_ascii_case(noun))
    };
    let has_word = |s: &str| s.split(|c: char| !c.is_alphanumeric()).any(same);
    // Bounded look-back: the role was introduced recently or not at all.
    let upto = found.mentions.partition_point(|m| m.span.end <= pos);
    found.mentions[..upto]
        .iter()
        .rev()
        .take(60)
        .find(|m| {
            found.actors.get(m.actor).is_some_and(|a| match a.kind {
                ActorKind::Person => {
                    a.title.as_deref().is_some_and(has_word)
                        || a.role.as_deref().is_some_and(has_word)
                        || text
                            .get(m.span.start.saturating_sub(40)..m.span.start)
                            .or_else(|| text.get(..m.span.start))
                            .is_some_and(|before| {
                                before
                                    .split_whitespace()
                                    .rev()
                                    .take(3)
                                    .any(|w| same(w.trim_matches(|c: char| !c.is_alphanumeric())))
                            })
                }
                ActorKind::Organisation => has_word(&a.name),
                _ => false,
            })
        })
        .map(|m| m.actor)
        .or_else(|| {
            // "the club said", "the company said": the organisation named last.
            let generic = matches!(
                noun.to_ascii_lowercase().as_str(),
                "club"
                    | "team"
                    | "company"
                    | "firm"
                    | "group"
                    | "ministry"
                    | "department"
                    | "agency"
                    | "council"
                    | "board"
                    | "union"
                    | "party"
                    | "airline"
                    | "bank"
                    | "school"
                    | "university"
                    | "hospital"
                    | "charity"
                    | "organisation"
                    | "organization"
                    | "authority"
                    | "federation"
                    | "league"
                    | "operator"
            );
            if !generic {
                return None;
            }
            found.mentions[..upto]
                .iter()
                .rev()
                .take(60)
                .find(|m| {
                    m.kind == MentionKind::Name
                        && found
                            .actors
                            .get(m.actor)
                            .is_some_and(|a| a.kind == ActorKind::Organisation)
                })
                .map(|m| m.actor)
        })
}

/// The speaker a token names: a pronoun, a mention of an actor, or "the <role>".
#[allow(clippy::too_many_lines, reason = "split in issue 16 part 1/14")]
fn speaker_at(
    doc: &Doc<'_>,
    found: &Found,
    salient: &Salience,
    si: usize,
    toks: &[&Token<'_>],
    idx: usize,
    verb_pos: usize,
) -> Option<Speaker> {
    let tok = toks.get(idx)?;
    if PRONOUNS.contains(&tok.lower().as_str()) {
        return Some(Speaker {
            actor: resolve_pronoun(doc, found, salient, si, tok.start, tok.is("she")),
            mention: tok.text.to_owned(),
            verb_pos,
        });
    }
    if let Some(m) = found
        .mention_at(tok.start)
        .filter(|m| m.kind == MentionKind::Name)
    {
        return Some(Speaker {
            actor: Some(m.actor),
            mention: doc.text.get(m.span.start..m.span.end)?.to_owned(),
            verb_pos,
        });
    }
    // "said the 22-year-old": the person introduced with that age ("Kwame Asante, 22").
    if tok.text.eq_ignore_ascii_case("year-old")
        && let Some(age) = idx
            .checked_sub(2)
            .and_then(|k| toks.get(k))
            .filter(|n| n.kind == TokenKind::Number)
        && idx
            .checked_sub(3)
            .and_then(|k| toks.get(k))
            .is_some_and(|t| t.is("the"))
    {
        let upto = found.mentions.partition_point(|m| m.span.end <= tok.start);
        let m = found
            .mentions
            .get(..upto)?
            .iter()
            .rev()
            .take(60)
            .find(|m| {
                found.names_a_person(m)
                    && doc.text.get(m.span.end..).is_some_and(|rest| {
                        rest.strip_prefix(", ")
                            .or_else(|| rest.strip_prefix(" ("))
                            .and_then(|r| r.strip_prefix(age.text))
                            .is_some_and(|r| !r.starts_with(|c: char| c.is_ascii_digit()))
                    })
            })?;
        return Some(Speaker {
            actor: Some(m.actor),
            mention: doc.text.get(toks.get(idx - 3)?.start..tok.end)?.to_owned(),
            verb_pos,
        });
    }
    // "the minister", "the former senator", "the company's chief executive".
    let the_at = (1..=4).find(|&back| {
        idx.checked_sub(back)
            .and_then(|k| toks.get(k))
            .is_some_and(|t| t.is("the"))
    })?;
    let the = toks.get(idx - the_at)?;
    let between_ok = (idx - the_at + 1..idx).all(|k| {
        toks.get(k)
            .is_some_and(|t| t.is_word() && !t.is_capitalised())
    });
    // With words between "the" and the noun, only a noun right at the speech verb counts
    // (each look-up scans recent mentions; most such phrases are not speakers).
    let at_verb = the_at == 1 || tok.start > verb_pos || verb_pos.saturating_sub(tok.end) <= 1;
    // "the decision “overdue” and said": a quote between, or a function word, is no "the
    // <role>".
    let function_word = matches!(
        tok.lower().as_str(),
        "and"
            | "but"
            | "then"
            | "also"
            | "who"
            | "which"
            | "that"
            | "has"
            | "had"
            | "have"
            | "was"
            | "were"
            | "are"
            | "not"
            | "its"
            | "his"
            | "her"
            | "their"
    );
    let unbroken = doc.text.get(the.start..tok.end).is_some_and(|s| {
        // An apostrophe between letters ("the company’s chief") is no quote mark.
        let chars: Vec<char> = s.chars().collect();
        !chars.iter().enumerate().any(|(k, c)| match c {
            '“' | '”' | '"' | '‘' => true,
            '’' => {
                !(k > 0
                    && chars.get(k - 1).is_some_and(|p| p.is_alphabetic())
                    && chars.get(k + 1).is_some_and(|n| n.is_alphabetic()))
            }
            _ => false,
        })
    });
    if between_ok
        && at_verb
        && unbroken
        && !function_word
        && tok.is_word()
        && !tok.is_capitalised()
        && tok.text.len() >= 3
    {
        let actor = resolve_role_noun(doc.text, found, tok.text, the.start)?;
        return Some(Speaker {
            actor: Some(actor),
            mention: doc.text.get(the.start..tok.end)?.to_owned(),
            verb_pos,
        });
    }
    None
}

/// Speaker candidates from speech verbs in the context (tokens outside quotes).
fn speakers(
    doc: &Doc<'_>,
    found: &Found,
    salient: &Salience,
    sents: &[usize],
    masked: &[(usize, usize)],
) -> Vec<Speaker> {
    let mut out = Vec::new();
    for &si in sents {
        let Some(s) = doc.sentences.get(si) else {
            continue;
        };
        let toks: Vec<&Token<'_>> = s
            .tokens
            .iter()
            .filter(|t| !inside(masked, t.start))
            .collect();
        // The speaker of the last finite speech verb in this sentence.
        let mut finite: Option<Speaker> = None;
        for (k, t) in toks.iter().enumerate() {
            let l = t.lower();
            let according = l == "according" && toks.get(k + 1).is_some_and(|n| n.is("to"));
            if !according && !SPEECH_VERBS_SET.contains(&l.as_str()) {
                continue;
            }
            let who_at = |idx: usize| speaker_at(doc, found, salient, si, &toks, idx, t.start);
            if according {
                if let Some(sp) = (k + 2..toks.len()).take(6).find_map(who_at) {
                    out.push(sp);
                }
                continue;
            }
            // Subject to the left (nearest), else inversion to the right ("said Peskov").
            // A participle ("…, adding", "…, saying") takes the subject of the main clause: the
            // speaker of an earlier speech verb in the sentence ("Hollande said…, noting"),
            // else the first speaker-like mention of the sentence, not the nearest (often an
            // object).
            let participle = l.ends_with("ing");
            if participle && let Some(main) = finite.clone() {
                out.push(Speaker {
                    verb_pos: t.start,
                    ..main
                });
                continue;
            }
            let mut candidates = (0..k)
                .rev()
                .take(if participle { 40 } else { 14 })
                .take_while(|&x| toks.get(x).is_some_and(|x| x.text != ";"))
                .filter(|&x| {
                    toks.get(x)
                        .is_some_and(|x| !PLATFORMS_SET.contains(&x.text))
                })
                .filter_map(who_at);
            // "Gethin Pryce, of the consumer group Shopper Watch, said:": the name before
            // the parenthetical speaks, not the one inside it.
            let parenthetical = || {
                if toks.get(k.checked_sub(1)?).is_none_or(|c| c.text != ",") {
                    return None;
                }
                // "Michael Mulgrew, president of the union, which represents teachers,
                // said": the person before any of the commas, nearest first.
                (k.saturating_sub(24)..k - 1)
                    .rev()
                    .filter(|&x| toks.get(x).is_some_and(|c| c.text == ","))
                    .find_map(|open| {
                        let sp = who_at(open.checked_sub(1)?)?;
                        sp.actor
                            .and_then(|a| found.actors.get(a))
                            .is_some_and(|a| a.kind == ActorKind::Person)
                            .then_some(sp)
                    })
            };
            let left = if participle {
                candidates.last()
            } else {
                parenthetical().or_else(|| candidates.next())
            };
            let right = || {
                (k + 1..toks.len())
                    .take(4)
                    .take_while(|&x| toks.get(x).is_some_and(|x| x.text != ","))
                    .find_map(who_at)
            };
            if let Some(sp) = left.or_else(right) {
                if !participle {
                    finite = Some(sp.clone());
                }
                out.push(sp);
            }
        }
    }
    out
}

fn venue_in(doc: &Doc<'_>, sents: &[usize], masked: &[(usize, usize)]) -> Option<String> {
    for &si in sents {
        let s = doc.sentences.get(si)?;
        let toks: Vec<&Token<'_>> = s
            .tokens
            .iter()
            .filter(|t| !inside(masked, t.start))
            .collect();
        for (k, t) in toks.iter().enumerate() {
            if t.is("on")
                && let Some(p) = toks.get(k + 1)
                && PLATFORMS_SET.contains(&p.text)
            {
                return Some(format!("on {}", p.text));
            }
            if t.is("in")
                && let Some(n) = toks.get(k + 1)
                && let Some(m) = toks.get(k + 2)
            {
                let phrase_end = if m.is("joint") {
                    toks.get(k + 3)
                } else {
                    Some(m)
                };
                if (n.is("a") || n.is("an"))
                    && let Some(head) = phrase_end
                    && matches!(
                        head.lower().as_str(),
                        "statement"
                            | "interview"
                            | "post"
                            | "speech"
                            | "letter"
                            | "video"
                            | "briefing"
                            | "broadcast"
                    )
                {
                    return doc.text.get(t.start..head.end).map(str::to_owned);
                }
            }
            if t.is("at")
                && toks.get(k + 1).is_some_and(|n| n.is("a"))
                && toks.get(k + 3).is_some_and(|h| h.is("conference"))
            {
                return doc.text.get(t.start..toks[k + 3].end).map(str::to_owned);
            }
            if t.is("told")
                && let Some(n) = toks.get(k + 1)
                && n.is("reporters")
            {
                return Some("to reporters".to_owned());
            }
        }
    }
    None
}

fn clean_text(s: &str) -> String {
    let t = s.trim();
    let t = t.strip_suffix(',').unwrap_or(t).trim_end();
    t.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A quoted span in a paragraph: the opening mark, the quoted words, and whether a closing
/// mark was found in the paragraph.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct QuoteSpan {
    /// Offset of the opening mark.
    open: usize,
    /// The quoted words (after the opening mark, before the closing one).
    start: usize,
    end: usize,
    closed: bool,
}

/// "MAYOR JANE DOE: We will vote…", "KREUTZER: …", "MODERATOR: …": a transcript line
/// without quote marks is the labelled speaker's words, up to the end of the paragraph.
fn transcript_span(doc: &Doc<'_>, found: &Found, p: Span) -> Option<QuoteSpan> {
    if !doc
        .text
        .get(p.start..p.end.min(p.start + 80))
        .is_some_and(|head| head.contains(':'))
    {
        return None;
    }
    let first = doc
        .sentences
        .get(doc.sentences.partition_point(|s| s.span.start < p.start))?;
    if first.span.start >= p.end {
        return None;
    }
    let colon = super::actors::slug_label(&first.tokens)
        .map(|(_, _, colon)| colon)
        .or_else(|| {
            // "KREUTZER:": a surname label of a speaker named before.
            let c = super::actors::surname_slug(&first.tokens)?;
            let w = first.tokens.first()?;
            // …or a role ("MODERATOR:", "HOST:"), its speaker unnamed.
            let role = matches!(
                w.text,
                "MODERATOR"
                    | "HOST"
                    | "ANCHOR"
                    | "REPORTER"
                    | "INTERVIEWER"
                    | "PRESENTER"
                    | "CHAIR"
                    | "NARRATOR"
                    | "QUESTION"
            );
            (role
                || found
                    .mention_at(w.start)
                    .is_some_and(|m| m.kind == MentionKind::Name))
            .then_some(c)
        })?;
    let c = first.tokens.get(colon)?;
    let body = doc.text.get(c.end..p.end).unwrap_or("");
    let start = c.end + (body.len() - body.trim_start().len());
    let end = c.end + body.trim_end().len();
    (start < end).then_some(QuoteSpan {
        open: c.end,
        start,
        end,
        closed: true,
    })
}

/// Every quoted span of the article in text order: marked quotes, else a transcript line.
fn all_quote_spans(doc: &Doc<'_>, found: &Found) -> Vec<QuoteSpan> {
    let mut spans: Vec<QuoteSpan> = Vec::new();
    for p in &doc.paragraphs {
        let before = spans.len();
        spans.extend(quote_spans(doc.text, *p));
        if spans.len() == before
            && let Some(s) = transcript_span(doc, found, *p)
        {
            spans.push(s);
        }
    }
    spans
}

/// A quote's words, joined over the paragraphs it continues into.
struct Joined {
    text: String,
    open: usize,
    start: usize,
    end: usize,
    /// Index of the last span used.
    last: usize,
}

/// The quote starting at span `k`: an unclosed quote continues into a following paragraph
/// that opens with a mark.
fn join_continuation(doc: &Doc<'_>, spans: &[QuoteSpan], k: usize) -> Option<Joined> {
    let first = spans.get(k)?;
    let mut text = doc
        .text
        .get(first.start..first.end)
        .map(clean_text)
        .unwrap_or_default();
    let mut end = first.end;
    let mut last = k;
    let mut was_closed = first.closed;
    while !was_closed && let Some(next) = spans.get(last + 1) {
        let para_start = doc
            .paragraphs
            .iter()
            .find(|p| p.start <= next.open && next.open < p.end)
            .map(|p| p.start);
        if para_start != Some(next.open) {
            break;
        }
        text.push(' ');
        text.push_str(
            &doc.text
                .get(next.start..next.end)
                .map(clean_text)
                .unwrap_or_default(),
        );
        end = next.end;
        was_closed = next.closed;
        last += 1;
    }
    Some(Joined {
        text,
        open: first.open,
        start: first.start,
        end,
        last,
    })
}

/// What the quote finder shares across the quotes of one article.
struct Finder<'a, 'd> {
    doc: &'a Doc<'d>,
    found: &'a Found,
    built: &'a Built,
    salient: Salience,
    /// Quoted spans with their marks: speech verbs and names inside them are not attribution.
    masked: Vec<(usize, usize)>,
    /// Quotes in the same sentences share their speech verbs and venue: found once.
    speakers_cache: Option<((usize, usize), Vec<Speaker>)>,
    venue_cache: Option<((usize, usize), Option<String>)>,
}

/// Where a quote sits: its first and last sentence and the sentences read for attribution.
struct Place {
    first_s: usize,
    last_s: usize,
    ctx: Vec<usize>,
}

impl Finder<'_, '_> {
    fn place(&self, q: &Joined) -> Option<Place> {
        let doc = self.doc;
        let first_s = doc.sentence_at(q.open)?;
        let last_s = doc.sentence_at(q.end.saturating_sub(1)).unwrap_or(first_s);
        // Attribution context: the quote's sentences plus the next one if the quote ends a
        // sentence and the next starts with an attribution ("… secure,” he said).
        let mut ctx: Vec<usize> = (first_s..=last_s.max(first_s)).collect();
        // "“Who will pay?” Nowak asked.": the attribution is a short sentence of its own.
        if let Some(next) = doc.sentences.get(last_s + 1)
            && next.tokens.len() <= 6
            && doc
                .sentences
                .get(last_s)
                .is_some_and(|s| s.span.end <= q.end + 4)
            && next
                .tokens
                .iter()
                .any(|t| SPEECH_VERBS_SET.contains(&t.lower().as_str()))
        {
            ctx.push(last_s + 1);
        }
        Some(Place {
            first_s,
            last_s,
            ctx,
        })
    }

    /// A quoted term, title, nickname or name rather than speech.
    fn is_term(&self, q: &Joined, place: &Place) -> bool {
        let doc = self.doc;
        let text = &q.text;
        let word_count = text.split_whitespace().count();
        let first = &doc.sentences[place.first_s];
        let prev_tok = first.tokens.iter().rev().find(|t| t.end <= q.open);
        let prev2 = first.tokens.iter().rev().filter(|t| t.end <= q.open).nth(1);
        let known_as = prev_tok.is_some_and(|t| t.is("as"))
            && prev2.is_some_and(|t| {
                matches!(
                    t.lower().as_str(),
                    "known" | "referred" | "billed" | "styled"
                )
            });
        // "her memoir, “A Seat at the Long Table,”", "“Salt and Iron”": a title of a work,
        // every longer word capitalised, is a name, not speech.
        let long_words: Vec<&str> = text
            .split_whitespace()
            .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
            .filter(|w| w.chars().count() >= 4)
            .collect();
        // American style puts the sentence's full stop inside the marks ("the sitcom “Full
        // House.”"): a short title may end with one.
        let ends_sentence = if word_count <= 6 {
            text.trim_end().ends_with(['!', '?'])
        } else {
            text.trim_end().ends_with(['.', '!', '?'])
        };
        let title_of_work = word_count <= 10
            && long_words.len() >= 2
            && long_words
                .iter()
                .all(|w| w.chars().next().is_some_and(char::is_uppercase))
            && !ends_sentence;
        // "Ilie “The Ghost” Marinescu": a nickname between the names.
        let next_tok = doc.sentences[place.last_s.max(place.first_s)]
            .tokens
            .iter()
            .find(|t| t.start > q.end && !matches!(t.text, "”" | "\"" | "’" | "'"));
        let nickname = prev_tok.is_some_and(|t| t.is_word() && t.is_capitalised())
            && next_tok.is_some_and(|t| t.is_word() && t.is_capitalised())
            && word_count <= 4;
        known_as
            || nickname
            || title_of_work
            || prev_tok.is_some_and(|t| TERM_MARKERS.contains(&t.lower().as_str()))
            || (word_count < 5
                && prev_tok.is_some_and(|t| {
                    matches!(
                        t.lower().as_str(),
                        "the" | "a" | "an" | "its" | "his" | "her" | "their" | "our" | "including"
                    )
                }))
    }

    /// The speech verb's speaker nearest to the quote (after it, else before it).
    fn nearest_speaker(&mut self, q: &Joined, place: &Place) -> Option<Speaker> {
        let key = (place.first_s, place.last_s);
        if self
            .speakers_cache
            .as_ref()
            .is_none_or(|(cached, _)| *cached != key)
        {
            let cands = speakers(
                self.doc,
                self.found,
                &self.salient,
                &place.ctx,
                &self.masked,
            );
            self.speakers_cache = Some((key, cands));
        }
        self.speakers_cache.as_ref().and_then(|(_, cands)| {
            cands
                .iter()
                .min_by_key(|s| {
                    if s.verb_pos >= q.end {
                        s.verb_pos - q.end
                    } else {
                        q.open.saturating_sub(s.verb_pos)
                    }
                })
                .cloned()
        })
    }

    /// "MAYOR JANE DOE: “…”" / "Witkoff: “…”": a label before a colon right before the quote.
    fn colon_speaker(&self, q: &Joined, place: &Place) -> Option<Speaker> {
        let doc = self.doc;
        let sentence = doc.sentences.get(place.first_s)?;
        let t = sentence.tokens.iter().rev().find(|t| t.end <= q.open)?;
        if t.text != ":" {
            return None;
        }
        if let Some(m) = self
            .found
            .in_sentence(place.first_s)
            .iter()
            .rev()
            .find(|m| m.span.end <= t.start && m.kind == MentionKind::Name)
        {
            return Some(Speaker {
                actor: Some(m.actor),
                mention: doc.text.get(m.span.start..m.span.end)?.to_owned(),
                verb_pos: t.start,
            });
        }
        // A transcript label naming no known actor ("Reporter:", "Moderator:"): the
        // speaker is someone else than the previous one, even if unknown.
        let label: Vec<&Token<'_>> = sentence
            .tokens
            .iter()
            .filter(|x| x.end <= t.start)
            .collect();
        let first = label.first()?;
        (label.len() <= 4 && label.iter().all(|x| x.is_word() && x.is_capitalised())).then(|| {
            Speaker {
                actor: None,
                mention: doc
                    .text
                    .get(first.start..t.start)
                    .unwrap_or("")
                    .trim()
                    .to_owned(),
                verb_pos: t.start,
            }
        })
    }

    /// "Politico reported:", "Cruz said in a statement:": a sentence ending in a colon
    /// right before a quote that opens its own sentence (often a paragraph of its own).
    fn intro_speaker(&self, q: &Joined, place: &Place) -> Option<Speaker> {
        let doc = self.doc;
        let first = doc.sentences.get(place.first_s)?;
        if first
            .tokens
            .iter()
            .take_while(|t| t.start < q.open)
            .any(Token::is_word)
        {
            return None;
        }
        let prev_s = place.first_s.checked_sub(1)?;
        let prev = doc.sentences.get(prev_s)?;
        if prev.tokens.last().is_none_or(|t| t.text != ":") {
            return None;
        }
        speakers(doc, self.found, &self.salient, &[prev_s], &self.masked)
            .into_iter()
            .max_by_key(|s| s.verb_pos)
    }

    /// "“…” ― Pamela Ruiz": a name after a dash right behind the closing mark signs the
    /// quote.
    fn signature_speaker(&self, q: &Joined) -> Option<Speaker> {
        let doc = self.doc;
        let rest = doc.text.get(q.end..)?;
        let after_mark = rest.trim_start_matches(['”', '"', '’', '\'', '»', ',', '.']);
        let gap = after_mark.trim_start_matches([' ', '\u{a0}']);
        let dash = gap
            .chars()
            .next()
            .filter(|c| matches!(c, '―' | '—' | '–' | '-'))?;
        let name_at = doc.text.len() - gap.len() + dash.len_utf8();
        let name_at =
            name_at + doc.text.get(name_at..)?.len() - doc.text.get(name_at..)?.trim_start().len();
        let m = self
            .found
            .mention_at(name_at)
            .filter(|m| m.kind == MentionKind::Name && m.span.start == name_at)?;
        Some(Speaker {
            actor: Some(m.actor),
            mention: doc.text.get(m.span.start..m.span.end)?.to_owned(),
            verb_pos: m.span.start,
        })
    }

    /// The venue in the quote's sentences, else the last venue given for the same speaker.
    fn venue(&mut self, place: &Place, speaker: Option<usize>, out: &[RawQuote]) -> Option<String> {
        let key = (place.first_s, place.last_s);
        if self
            .venue_cache
            .as_ref()
            .is_none_or(|(cached, _)| *cached != key)
        {
            self.venue_cache = Some((key, venue_in(self.doc, &place.ctx, &self.masked)));
        }
        let venue = self.venue_cache.as_ref().and_then(|(_, v)| v.clone());
        if venue.is_none() && speaker.is_some() {
            return out
                .iter()
                .rev()
                .take(50)
                .find(|q| q.speaker == speaker && q.venue.is_some())
                .and_then(|q| q.venue.clone());
        }
        venue
    }

    /// The event a quote is about: one whose time expression is inside the quote or right at
    /// the speech verb, else the article's news event.
    fn event_for(&self, q: &Joined, place: &Place, verb_pos: Option<usize>) -> Option<usize> {
        let built = self.built;
        built
            .events_in_sentences(place.first_s, place.last_s.max(place.first_s))
            .find(|&e| {
                built.trigger_of.get(e).copied().flatten().is_some_and(|t| {
                    (t.start >= q.start && t.end <= q.end)
                        || verb_pos.is_some_and(|v| t.start.abs_diff(v) < 16)
                })
            })
            .or(built.news)
    }

    /// The quote as found, or `None` for a term or a short phrase nobody speaks.
    fn quote(&mut self, q: Joined, out: &[RawQuote]) -> Option<RawQuote> {
        if q.text.is_empty() {
            return None;
        }
        let place = self.place(&q)?;
        if self.is_term(&q, &place) {
            return None;
        }
        let doc = self.doc;
        let speaker = self
            .nearest_speaker(&q, &place)
            .or_else(|| self.colon_speaker(&q, &place))
            .or_else(|| self.intro_speaker(&q, &place))
            .or_else(|| self.signature_speaker(&q));
        let (speaker, mention, verb_pos) = if let Some(s) = speaker {
            (s.actor, Some(s.mention), Some(s.verb_pos))
        } else {
            // A continuing quote from the same speaker: the previous quote ended at most two
            // sentences before (a long quoted paragraph followed by another).
            let prev = out.last().filter(|p| {
                doc.sentence_at(p.span.end.saturating_sub(1))
                    .is_some_and(|ps| place.first_s.saturating_sub(ps) <= 2)
            });
            // A short quoted phrase with nobody speaking is a term, unless it continues a
            // speaker's quote ("“Tariffs hurt,” he said. “We will keep talking.”").
            if q.text.split_whitespace().count() < 5 && prev.is_none_or(|p| p.speaker.is_none()) {
                return None;
            }
            (
                prev.and_then(|p| p.speaker),
                prev.and_then(|p| p.speaker_mention.clone()),
                None,
            )
        };
        let venue = self.venue(&place, speaker, out);
        let event = self.event_for(&q, &place, verb_pos);
        Some(RawQuote {
            sentence: Span::new(
                doc.sentences[place.first_s].span.start,
                doc.sentences[place.last_s.max(place.first_s)].span.end,
            ),
            text: q.text,
            span: Span::new(q.start, q.end),
            speaker,
            speaker_mention: mention,
            venue,
            event,
        })
    }
}

/// Finds quotes.
pub fn find(doc: &Doc<'_>, found: &Found, built: &Built) -> Vec<RawQuote> {
    let spans = all_quote_spans(doc, found);
    let mut masked: Vec<(usize, usize)> = spans.iter().map(|q| (q.open, q.end + 1)).collect();
    masked.sort_unstable();
    let mut finder = Finder {
        doc,
        found,
        built,
        salient: salience(doc, found, &masked),
        masked,
        speakers_cache: None,
        venue_cache: None,
    };
    let mut out: Vec<RawQuote> = Vec::new();
    let mut k = 0;
    while let Some(joined) = join_continuation(doc, &spans, k) {
        k = joined.last + 1;
        if let Some(q) = finder.quote(joined, &out) {
            out.push(q);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// (quote opening, speaker's canonical name or "-") for each quote of an article.
    fn quotes_of(text: &str) -> Vec<(String, String)> {
        let b = crate::extract::extract_text(text, &crate::extract::Options::default());
        b.quotes
            .iter()
            .map(|q| {
                let who = q
                    .speaker
                    .as_ref()
                    .and_then(|id| b.actors.iter().find(|a| &a.id == id))
                    .map_or("-".to_owned(), |a| a.name.clone());
                (q.text.chars().take(20).collect(), who)
            })
            .collect()
    }

    #[test]
    fn a_colon_before_a_quoted_paragraph_names_its_speaker() {
        let q = quotes_of(
            "Budget Gap Widens\n\n\
             The treasury published its figures on Monday. Finance Minister Lena Dahl wrote in a \
             letter to members:\n\n\
             “The budget is short by four billion. We will cut spending. Nobody will like it.”\n\n\
             “The alternative is a debt we cannot carry for another decade.”\n",
        );
        assert_eq!(q.len(), 2, "{q:?}");
        assert!(q.iter().all(|(_, who)| who == "Lena Dahl"), "{q:?}");
    }

    #[test]
    fn she_is_a_woman_by_her_given_name() {
        let q = quotes_of(
            "Council Vote\n\n\
             Mayor Susan Okafor met Councillor Peter Brandt on Monday. Brandt asked for a delay \
             and left early.\n\n\
             “We will vote on Thursday whatever happens,” she said.\n",
        );
        assert_eq!(
            q,
            [("We will vote on Thur".to_owned(), "Susan Okafor".to_owned())]
        );
    }

    #[test]
    fn a_participle_keeps_the_main_clause_speaker() {
        let q = quotes_of(
            "Summit Ends\n\n\
             The tariffs are “a mistake,” Premier Anton Weiss said on Tuesday in Vienna, noting \
             that Chancellor Ruth Adler “has not read the report at all.”\n",
        );
        assert_eq!(q.len(), 2, "{q:?}");
        assert!(q.iter().all(|(_, who)| who == "Anton Weiss"), "{q:?}");
    }

    #[test]
    fn a_name_inside_the_quote_is_not_the_pronoun() {
        let q = quotes_of(
            "Climate Talks\n\n\
             President Omar Haidari read the studies closely. “My adviser, Tomas Lind, brings \
             me a new chart every morning,” he said.\n",
        );
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!(q[0].1, "Omar Haidari", "{q:?}");
    }

    #[test]
    fn a_dash_and_a_name_sign_a_quote_and_appositives_may_hold_commas() {
        let q = quotes_of(
            "Readers Reply\n\n\
             “The debate changed nothing for me. I will vote the way I always have.” ― Pamela \
             Okafor\n\n\
             Michael Brandt, president of the Harbour Union, which represents dockers, said the \
             strike was “a last resort that nobody wanted.”\n",
        );
        assert_eq!(q.len(), 2, "{q:?}");
        assert_eq!(q[0].1, "Pamela Okafor", "{q:?}");
        assert_eq!(q[1].1, "Michael Brandt", "{q:?}");
    }

    #[test]
    fn a_short_title_with_the_sentence_stop_inside_is_not_speech() {
        let q = quotes_of(
            "Actor Returns\n\n\
             Hollis Brandt, the actor, said on Monday he will return to “Harbour Lights.” \
             “I missed the cast every single day,” Brandt said.\n",
        );
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!(q[0].1, "Hollis Brandt", "{q:?}");
    }

    #[test]
    fn a_state_is_not_a_speaker() {
        let q = quotes_of(
            "Voters Speak\n\n\
             Dean Marlow, a salesman from Sumter, South Carolina, said: “I am voting for change \
             this time.”\n",
        );
        assert_eq!(
            q,
            [(
                "I am voting for chang".chars().take(20).collect::<String>(),
                "Dean Marlow".to_owned()
            )]
        );
    }

    #[test]
    fn pairs_marks_and_skips_apostrophes() {
        let t = "He said “it’s fine,” and ‘we’re ready’ and \"go\".";
        let q = quote_spans(t, Span::new(0, t.len()));
        let texts: Vec<&str> = q.iter().map(|q| &t[q.start..q.end]).collect();
        assert_eq!(texts, ["it’s fine,", "we’re ready", "go"]);
    }

    #[test]
    fn unclosed_runs_to_paragraph_end() {
        let t = "“We will stay";
        let q = quote_spans(t, Span::new(0, t.len()));
        assert_eq!(
            q,
            [QuoteSpan {
                open: 0,
                start: 3,
                end: t.len(),
                closed: false
            }]
        );
    }
}
