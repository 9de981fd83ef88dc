//! Speaker candidates from speech verbs: the subject on the left ("X said", "X, the union's
//! head, said", "Mr. Morgan of the Sierra Club said"), the inverted subject on the right
//! ("said MSNBC host Chris Matthews"), "according to X", and the clause's subject for a
//! participle or a second verb ("X said…, adding", "X denounced … and warned").

use super::Doc;
use super::actors::Found;
use super::gazetteer::{PLATFORMS_SET, SPEECH_VERBS_SET, TITLES_SET};
use super::pronouns::Salience;
use super::speakers::{Speaker, speaker_at, unmasked};
use super::tokens::Token;
use crate::model::ActorKind;

/// How a speech verb finds its speaker.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Verb {
    /// "according to X".
    According,
    /// A verb with its own subject ("X said", "said X").
    Finite,
    /// A participle or a verb after "and": the clause's subject speaks.
    Dependent,
}

/// Words between a subject and its verb ("has", "also", "forcefully").
fn is_adverbial(t: &Token<'_>) -> bool {
    let l = t.lower();
    let l = l.as_str();
    t.is_word()
        && !t.is_capitalised()
        && (matches!(
            l,
            "also"
                | "then"
                | "later"
                | "again"
                | "has"
                | "had"
                | "have"
                | "will"
                | "would"
                | "once"
                | "still"
                | "earlier"
                | "further"
                | "previously"
                | "recently"
        ) || (l.len() > 4 && l.ends_with("ly")))
}

/// Prepositions before a name that make it no subject ("Like Corker, Menendez said").
fn is_preposition(t: &Token<'_>) -> bool {
    matches!(
        t.lower().as_str(),
        "like"
            | "unlike"
            | "with"
            | "after"
            | "before"
            | "for"
            | "of"
            | "to"
            | "by"
            | "at"
            | "in"
            | "on"
            | "from"
            | "about"
            | "against"
            | "than"
            | "between"
            | "among"
            | "toward"
            | "towards"
            | "over"
            | "under"
            | "including"
            | "into"
            | "during"
    )
}

/// Does the word before a speech verb make it a noun ("the post", "his calls", "that
/// states can pass such laws", "in remarks")?
fn is_noun_context(prev: &Token<'_>, verb: &str) -> bool {
    let p = prev.lower();
    let determiner = matches!(
        p.as_str(),
        "the"
            | "a"
            | "an"
            | "this"
            | "these"
            | "those"
            | "his"
            | "her"
            | "their"
            | "its"
            | "our"
            | "my"
            | "your"
            | "many"
            | "some"
            | "several"
            | "both"
            | "other"
            | "few"
            | "no"
            | "such"
    );
    // Forms that are nouns as often as verbs: after "that", "and" or a preposition too.
    let ambiguous = matches!(
        verb,
        "state"
            | "states"
            | "post"
            | "posts"
            | "note"
            | "notes"
            | "call"
            | "calls"
            | "claims"
            | "reports"
            | "tweets"
            | "thanks"
            | "echoes"
            | "remark"
            | "promise"
            | "demand"
    );
    // "late-night tweets", "mental state", "Kim's mental state": an adjective before.
    let adjective = prev.is_word()
        && !prev.is_capitalised()
        && (p.contains('-')
            || ["al", "ic", "ous", "ful", "ive", "ent", "ary"]
                .iter()
                .any(|e| p.as_str().ends_with(e)));
    determiner
        || (ambiguous && adjective)
        || (ambiguous
            && (prev.kind == super::tokens::TokenKind::Number
                || matches!(p.as_str(), "that" | "and" | "or" | "of" | "in" | "all")
                || (is_preposition(prev) && !prev.is("to"))))
}

/// One sentence's tokens outside quotes, read for speech verbs.
pub(super) struct Clause<'c, 'd> {
    doc: &'c Doc<'d>,
    found: &'c Found,
    salient: &'c Salience,
    si: usize,
    toks: Vec<&'c Token<'d>>,
}

impl<'c, 'd> Clause<'c, 'd> {
    /// Sentence `si` with the quoted tokens left out.
    pub(super) fn new(
        doc: &'c Doc<'d>,
        found: &'c Found,
        salient: &'c Salience,
        si: usize,
        masked: &[(usize, usize)],
    ) -> Option<Self> {
        let s = doc.sentences.get(si)?;
        Some(Self {
            doc,
            found,
            salient,
            si,
            toks: unmasked(&s.tokens, masked).collect(),
        })
    }

    fn who_at(&self, idx: usize, verb_pos: usize) -> Option<Speaker> {
        speaker_at(
            self.doc,
            self.found,
            self.salient,
            self.si,
            &self.toks,
            idx,
            verb_pos,
        )
    }

    fn is_person(&self, sp: &Speaker) -> bool {
        sp.actor
            .and_then(|a| self.found.actors.get(a))
            .is_some_and(|a| a.kind == ActorKind::Person)
    }

    /// Is token `k` a speech verb, and of which kind?
    fn verb_at(&self, k: usize) -> Option<Verb> {
        let t = self.toks.get(k)?;
        let next = |n: usize| self.toks.get(k + n);
        let l = t.lower();
        if l == "according" && next(1).is_some_and(|n| n.is("to")) {
            return Some(Verb::According);
        }
        let prev = k.checked_sub(1).and_then(|p| self.toks.get(p));
        // "United States": a capitalised word is a verb only where a sentence starts.
        let initial = prev.is_none_or(|p| matches!(p.text, "“" | "\"" | "(" | "—" | ":"));
        let speech = SPEECH_VERBS_SET.contains(&l.as_str())
            && (!t.is_capitalised() || initial)
            && !prev.is_some_and(|p| is_noun_context(p, &l));
        // "released a statement", "issued a joint statement".
        let statement = matches!(l.as_str(), "issued" | "released")
            && next(1).is_some_and(|a| a.is("a") || a.is("an"))
            && (next(2).is_some_and(|s| s.is("statement"))
                || next(3).is_some_and(|s| s.is("statement")));
        if !speech && !statement {
            return None;
        }
        let coordinated = prev.is_some_and(|p| p.is("and") || p.is("but"));
        Some(if l.ends_with("ing") || coordinated {
            Verb::Dependent
        } else {
            Verb::Finite
        })
    }

    /// The speaker of every speech verb, in order.
    pub(super) fn speakers(&self, out: &mut Vec<Speaker>) {
        // The speaker of the last finite speech verb in this sentence.
        let mut finite: Option<Speaker> = None;
        for k in 0..self.toks.len() {
            let Some(verb) = self.verb_at(k) else {
                continue;
            };
            let verb_pos = self.toks[k].start();
            let sp = match verb {
                Verb::According => (k + 2..self.toks.len())
                    .take(6)
                    .find_map(|x| self.who_at(x, verb_pos)),
                Verb::Dependent => finite
                    .clone()
                    .map(|main| Speaker { verb_pos, ..main })
                    .or_else(|| self.clause_subject(k)),
                Verb::Finite => {
                    let sp = self
                        .subject_left(k)
                        .or_else(|| self.inverted(k))
                        .or_else(|| self.described(k));
                    if sp.is_some() {
                        finite.clone_from(&sp);
                    }
                    sp
                }
            };
            out.extend(sp);
        }
    }

    /// "a senior diplomat said", "said a spokeswoman for the port authority", "residents
    /// said": a speaker described but naming no actor. The quote is theirs, unattributed,
    /// rather than left to the speaker of a neighbouring sentence.
    fn described(&self, k: usize) -> Option<Speaker> {
        let verb_pos = self.toks.get(k)?.start();
        let mut j = k;
        while j > 0 && self.toks.get(j - 1).is_some_and(|t| is_adverbial(t)) {
            j -= 1;
        }
        // Left of the verb: the words back to a comma, a mark or the start of the sentence.
        let from = (0..j)
            .rev()
            .take_while(|&x| self.toks.get(x).is_some_and(|t| t.is_word()))
            .last();
        let phrase = match from {
            Some(from) if j - from <= 8 && self.starts_description(from, j) => from..j,
            // Right of it ("said a spokeswoman for …"), when nothing stands left of it.
            _ if from.is_none() => {
                let to = (k + 1..self.toks.len())
                    .take_while(|&x| self.toks.get(x).is_some_and(|t| t.is_word()))
                    .last()?
                    + 1;
                (to - (k + 1) <= 10 && self.starts_description(k + 1, to)).then_some(k + 1..to)?
            }
            _ => return None,
        };
        let first = self.toks.get(phrase.start)?;
        let last = self.toks.get(phrase.end - 1)?;
        Some(Speaker {
            actor: None,
            mention: self.doc.text.get(first.start()..last.end())?.to_owned(),
            verb_pos,
        })
    }

    /// Do tokens `from..to` describe a speaker: a determiner or quantifier then lower-case
    /// words ("a senior diplomat", "one resident", "two officials"), or a bare plural
    /// ("analysts")? Pronouns ("it", "they") are left to the sentences around.
    fn starts_description(&self, from: usize, to: usize) -> bool {
        let Some(first) = self.toks.get(from) else {
            return false;
        };
        let determiner = matches!(
            first.lower().as_str(),
            "a" | "an"
                | "one"
                | "another"
                | "some"
                | "several"
                | "two"
                | "three"
                | "many"
                | "most"
                | "other"
                | "senior"
        );
        let rest_lower = (from + 1..to).all(|x| {
            self.toks
                .get(x)
                .is_some_and(|t| !t.is_capitalised() || x > from + 1)
        });
        let bare_plural = to - from <= 2
            && (from..to).all(|x| self.toks.get(x).is_some_and(|t| !t.is_capitalised()))
            && self.toks.get(to - 1).is_some_and(|t| {
                t.text.len() > 3 && t.text.ends_with('s') && !t.text.ends_with("ss")
            });
        to > from + usize::from(determiner) && ((determiner && rest_lower) || bare_plural)
    }

    /// Index of the token where the mention covering token `x` starts (`x` if none).
    fn mention_start(&self, x: usize) -> usize {
        let Some(m) = self
            .toks
            .get(x)
            .and_then(|t| self.found.mention_at(t.start()))
        else {
            return x;
        };
        (0..=x)
            .rev()
            .take_while(|&y| self.toks.get(y).is_some_and(|t| t.start() >= m.span.start))
            .last()
            .unwrap_or(x)
    }

    /// Is the name at token `x` the object of a preposition ("with Corker", "of the Club")?
    fn after_preposition(&self, x: usize) -> bool {
        let s = self.mention_start(x);
        let mut p = s.checked_sub(1);
        if p.and_then(|p| self.toks.get(p))
            .is_some_and(|t| t.is("the"))
        {
            p = p.and_then(|p| p.checked_sub(1));
        }
        p.and_then(|p| self.toks.get(p))
            .is_some_and(|t| is_preposition(t))
    }

    /// The subject left of the verb at `k`: before an appositive or a party tag ("Marc
    /// Morial, the chief executive of the league, said"; "Rep. Ann Lee (D-Md.) said"), else
    /// the nearest speaker-like mention, or the person a post-modifier hangs on ("Mr.
    /// Morgan of the Sierra Club said").
    fn subject_left(&self, k: usize) -> Option<Speaker> {
        let verb_pos = self.toks.get(k)?.start();
        let mut j = k;
        while j > 0 && self.toks.get(j - 1).is_some_and(|t| is_adverbial(t)) {
            j -= 1;
        }
        // "a young woman who suggested": a relative clause's subject is the noun before
        // "who", a speaker only if it is a mention ("Ann Lee, who said").
        if j > 0
            && self
                .toks
                .get(j - 1)
                .is_some_and(|t| t.is("who") || t.is("which"))
        {
            let mut x = j.checked_sub(2)?;
            if self.toks.get(x).is_some_and(|t| t.text == ",") {
                x = x.checked_sub(1)?;
            }
            return self.who_at(x, verb_pos);
        }
        if let Some(sp) = self.before_appositive(j, verb_pos) {
            return Some(sp);
        }
        (0..k)
            .rev()
            .take(14)
            .take_while(|&x| self.toks.get(x).is_some_and(|x| x.text != ";"))
            .filter(|&x| {
                self.toks
                    .get(x)
                    .is_some_and(|x| !PLATFORMS_SET.contains(&x.text))
            })
            .find_map(|x| {
                let sp = self.who_at(x, verb_pos)?;
                Some(self.head_of_modifier(x, verb_pos).unwrap_or(sp))
            })
    }

    /// The person before the commas (or the parenthesis) that end right before token `j`.
    fn before_appositive(&self, j: usize, verb_pos: usize) -> Option<Speaker> {
        let closing = self.toks.get(j.checked_sub(1)?)?;
        if closing.text == ")" {
            return self.before_parenthesis(j - 1, verb_pos);
        }
        if closing.text != "," {
            return None;
        }
        // "Michael Mulgrew, president of the union, which represents teachers, said": the
        // person before any of the commas, nearest first.
        (j.saturating_sub(24)..j - 1)
            .rev()
            .filter(|&x| self.toks.get(x).is_some_and(|c| c.text == ","))
            .find_map(|open| {
                let before = open.checked_sub(1)?;
                let sp = if self.toks.get(before)?.text == ")" {
                    self.before_parenthesis(before, verb_pos)
                } else {
                    self.who_at(before, verb_pos)
                };
                sp.filter(|sp| self.is_person(sp))
                    .or_else(|| self.person_before_of(before, verb_pos))
            })
    }

    /// "Rep. Tom Cole of Oklahoma": the person before "of" (or "from", "at") in the
    /// capitalised phrase that ends at token `last`.
    fn person_before_of(&self, last: usize, verb_pos: usize) -> Option<Speaker> {
        let of = (last.saturating_sub(6)..last)
            .rev()
            .take_while(|&y| {
                self.toks.get(y + 1).is_some_and(|t| {
                    t.is_word() && (t.is_capitalised() || matches!(t.text, "the" | "of"))
                })
            })
            .find(|&y| {
                self.toks
                    .get(y)
                    .is_some_and(|t| matches!(t.text, "of" | "from" | "at"))
            })?;
        let sp = self.who_at(of.checked_sub(1)?, verb_pos)?;
        self.is_person(&sp).then_some(sp)
    }

    /// The person right before the parenthesis that closes at token `close` ("Ann Lee
    /// (D-Md.)").
    fn before_parenthesis(&self, close: usize, verb_pos: usize) -> Option<Speaker> {
        let open = (close.saturating_sub(8)..close)
            .rev()
            .find(|&x| self.toks.get(x).is_some_and(|t| t.text == "("))?;
        let sp = self.who_at(open.checked_sub(1)?, verb_pos)?;
        self.is_person(&sp).then_some(sp)
    }

    /// "Mr. Morgan of the Sierra Club", "Jeff Lee at the Lake Institute for Policy": the
    /// person whose post-modifier holds the mention at token `x`.
    fn head_of_modifier(&self, x: usize, verb_pos: usize) -> Option<Speaker> {
        if !self.after_preposition(x) {
            return None;
        }
        let s = self.mention_start(x);
        (s.saturating_sub(10)..s)
            .rev()
            .take_while(|&y| {
                self.toks.get(y).is_some_and(|t| {
                    t.is_word()
                        && (t.is_capitalised()
                            || matches!(t.text, "the" | "of" | "for" | "at" | "and"))
                })
            })
            .filter(|&y| {
                self.toks
                    .get(y + 1)
                    .is_some_and(|n| matches!(n.text, "of" | "at" | "for" | "from"))
            })
            .find_map(|y| {
                let sp = self.who_at(y, verb_pos)?;
                self.is_person(&sp).then_some(sp)
            })
    }

    /// "said MSNBC host Chris Matthews", "said Frank Coleman, the group's …": the person
    /// heading the noun phrase after the verb, else its first speaker-like mention.
    fn inverted(&self, k: usize) -> Option<Speaker> {
        let verb = self.toks.get(k)?;
        // "told X": X is who was told.
        if matches!(verb.lower().as_str(), "told" | "tell" | "tells" | "telling") {
            return None;
        }
        let mut first = None;
        let mut person = None;
        for x in (k + 1..self.toks.len()).take(9) {
            let t = self.toks.get(x)?;
            if t.text == "." && self.is_abbreviation_point(x) {
                continue;
            }
            if matches!(t.text, "," | ";" | "." | ":" | "(")
                // "said former secretary of state Hillary Clinton": "of" before any name is inside a
        // title; after one it starts a post-modifier ("said Ann Lee of the Sierra Club").
                || (t.is_word()
                    && !t.is_capitalised()
                        && ((is_preposition(t) && !(t.is("of") && first.is_none() && person.is_none()))
                        || t.is("and")))
            {
                break;
            }
            if let Some(sp) = self.who_at(x, verb.start()) {
                if self.is_person(&sp) {
                    person = Some(sp);
                } else if first.is_none() {
                    first = Some(sp);
                }
            }
        }
        person.or(first)
    }

    /// The subject of the sentence before byte `pos`: its first speaker-like mention that is
    /// no preposition's object and no possessive ("Reid has gone after Trump as “…”", "In an
    /// August speech, Trump attacked “…”"), for a quote that no speech verb attributes.
    pub(super) fn subject_before(&self, pos: usize) -> Option<Speaker> {
        (0..self.toks.len())
            .take_while(|&x| self.toks.get(x).is_some_and(|t| t.start() < pos))
            .filter(|&x| {
                self.toks.get(x).is_some_and(|t| {
                    !PLATFORMS_SET.contains(&t.text) && !matches!(t.text, "“" | "\"")
                }) && !self.after_preposition(x)
                    && !self.is_possessive(x)
            })
            .find_map(|x| self.who_at(x, pos))
    }

    /// Is the mention at token `x` a possessive ("Trump's tweets", "Mary J. Blige’s show")?
    fn is_possessive(&self, x: usize) -> bool {
        let Some(end) = self
            .toks
            .get(x)
            .and_then(|t| self.found.mention_at(t.start()))
            .map(|m| m.span.end)
        else {
            return false;
        };
        self.doc
            .text
            .get(end..)
            .is_some_and(|r| r.starts_with("'s") || r.starts_with("’s") || r.starts_with('’'))
    }

    /// Is the full stop at token `x` an initial's or a title's ("said Rep. Ann Lee", "said
    /// J. Smith"), glued to a capitalised word before it and followed by a capitalised word?
    fn is_abbreviation_point(&self, x: usize) -> bool {
        let Some(word) = x.checked_sub(1).and_then(|p| self.toks.get(p)) else {
            return false;
        };
        let glued = self
            .toks
            .get(x)
            .is_some_and(|dot| dot.start() == word.end());
        let short = word.text.chars().count() == 1 || TITLES_SET.contains(word.text);
        glued
            && short
            && word.is_capitalised()
            && self.toks.get(x + 1).is_some_and(|n| n.is_capitalised())
    }

    /// The subject of the clause a participle or a second verb belongs to: the first
    /// speaker-like mention within 40 tokens before it that is no preposition's object
    /// ("Like Corker, Menendez rejected the bill, arguing…" → Menendez).
    fn clause_subject(&self, k: usize) -> Option<Speaker> {
        let verb_pos = self.toks.get(k)?.start();
        (0..k)
            .rev()
            .take(40)
            .take_while(|&x| self.toks.get(x).is_some_and(|x| x.text != ";"))
            .filter(|&x| {
                self.toks
                    .get(x)
                    .is_some_and(|x| !PLATFORMS_SET.contains(&x.text))
                    && !self.after_preposition(x)
            })
            .filter_map(|x| self.who_at(x, verb_pos))
            .last()
    }
}

/// Speaker candidates from speech verbs in the sentences `sents` (tokens outside quotes).
pub(super) fn speakers(
    doc: &Doc<'_>,
    found: &Found,
    salient: &Salience,
    sents: &[usize],
    masked: &[(usize, usize)],
) -> Vec<Speaker> {
    let mut out = Vec::new();
    for &si in sents {
        if let Some(c) = Clause::new(doc, found, salient, si, masked) {
            c.speakers(&mut out);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    /// (quote opening, speaker's canonical name or "-", speaker's title) for each quote.
    fn quotes_of(text: &str) -> Vec<(String, String, String)> {
        let b = crate::extract::extract_text(text, &crate::extract::Options::default());
        b.quotes
            .iter()
            .map(|q| {
                let actor = q
                    .speaker
                    .as_ref()
                    .and_then(|id| b.actors.iter().find(|a| &a.id == id));
                (
                    q.text.chars().take(20).collect(),
                    actor.map_or("-".to_owned(), |a| a.name.clone()),
                    actor.and_then(|a| a.title.clone()).unwrap_or_default(),
                )
            })
            .collect()
    }

    #[test]
    fn a_described_speaker_keeps_the_quote_from_the_last_person_named() {
        let text = "Ferry Strike\n\n\
             “We will keep sailing,” Ilse Marten said on Monday.\n\n\
             “The crossings are over,” a senior harbour official said.\n\n\
             “Nobody warned us,” one driver said on Tuesday.\n\n\
             “It is a blow to the island,” said a spokeswoman for the ferry operator.\n\n\
             “Freight will back up,” hauliers said.\n";
        let b = crate::extract::extract_text(text, &crate::extract::Options::default());
        let who: Vec<(Option<&str>, Option<&str>)> = b
            .quotes
            .iter()
            .map(|q| {
                (
                    q.speaker
                        .as_ref()
                        .and_then(|id| b.actors.iter().find(|a| &a.id == id))
                        .map(|a| a.name.as_str()),
                    q.speaker_mention.as_deref(),
                )
            })
            .collect();
        assert_eq!(
            who,
            [
                (Some("Ilse Marten"), Some("Ilse Marten")),
                (None, Some("a senior harbour official")),
                (None, Some("one driver")),
                (None, Some("a spokeswoman for the ferry operator")),
                (None, Some("hauliers")),
            ]
        );
    }

    #[test]
    fn two_countries_speaking_together_are_one_joint_speaker() {
        let q = quotes_of(
            "Corridor\n\n\
             France and Germany said in a joint statement: “The corridor stays open.”\n\n\
             “Ships must be inspected,” the statement added.\n\n\
             France and Germany disagree on tariffs. “We will not pay,” France said.\n",
        );
        let who: Vec<&str> = q.iter().map(|(_, n, _)| n.as_str()).collect();
        assert_eq!(who, ["France and Germany", "France and Germany", "France"]);
    }

    #[test]
    fn a_described_state_institution_speaks_for_itself_and_is_found_again() {
        let q = quotes_of(
            "Corridor Talks\n\n\
             “We are not bound by this,” the Russian foreign ministry said on Tuesday.\n\n\
             “Ships are safe,” Ukraine’s navy said.\n\n\
             “We urge restraint,” the Chinese embassy in London said.\n\n\
             “It is a violation,” a spokesman for the Turkish foreign ministry said.\n\n\
             “Nothing has changed,” the ministry added.\n\n\
             The Israeli military operation continued.\n",
        );
        let who: Vec<&str> = q.iter().map(|(_, n, _)| n.as_str()).collect();
        assert_eq!(
            who,
            [
                "Russian foreign ministry",
                "Ukraine’s navy",
                "Chinese embassy",
                "Turkish foreign ministry",
                "Turkish foreign ministry"
            ]
        );
        // "the Israeli military operation" is an operation, not the military.
        let b = crate::extract::extract_text(
            "Gaza\n\nThe Israeli military operation continued.\n",
            &crate::extract::Options::default(),
        );
        assert!(
            b.actors.iter().all(|a| a.name != "Israeli military"),
            "{:?}",
            b.actors
        );
        // Where it does not speak, the country keeps the mention.
        let b = crate::extract::extract_text(
            "Aid\n\nIt is unclear how Ukraine’s military would be financed.\n",
            &crate::extract::Options::default(),
        );
        let names: Vec<&str> = b.actors.iter().map(|a| a.name.as_str()).collect();
        assert_eq!(names, ["Ukraine"]);
    }

    #[test]
    fn a_document_speaks_for_whoever_issued_it_and_never_for_the_last_person_named() {
        let q = quotes_of(
            "Port Deal\n\n\
             The Harbour Authority issued a statement on Monday. “Berths reopen at dawn,” the \
             statement said.\n\n\
             Mira Solberg toured the docks later. “Fees will not rise this year,” the statement \
             added.\n\n\
             “Crews are safe,” the report said.\n",
        );
        let who: Vec<&str> = q.iter().map(|(_, n, _)| n.as_str()).collect();
        // The third names a report nobody introduced: unattributed, not Mira Solberg.
        assert_eq!(
            who,
            ["Harbour Authority", "Harbour Authority", "-"],
            "{q:?}"
        );
    }

    #[test]
    fn a_quote_without_a_speech_verb_is_the_sentence_subjects() {
        let q = quotes_of(
            "Budget Fight\n\n\
             In recent weeks, Senator Ilse Marwood has gone after Governor Pavel Reyes as “a \
             reckless spender who will bankrupt the state.”\n\n\
             The budget office published its figures on Monday, Reyes said. “The deficit is \
             smaller than anyone in the chamber predicted last year.”\n",
        );
        let who: Vec<&str> = q.iter().map(|(_, n, _)| n.as_str()).collect();
        assert_eq!(who, ["Ilse Marwood", "Pavel Reyes"], "{q:?}");
    }

    #[test]
    fn a_possessive_or_a_prepositions_object_is_no_subject() {
        let q = quotes_of(
            "Show Preview\n\n\
             In a clip from Ilse Marwood’s new show, Pavel Reyes sings “keep your hands where \
             I can see them tonight” to the crowd.\n",
        );
        let who: Vec<&str> = q.iter().map(|(_, n, _)| n.as_str()).collect();
        assert_eq!(who, ["Pavel Reyes"], "{q:?}");
    }

    #[test]
    fn a_speech_verb_after_a_determiner_or_that_is_a_noun() {
        let q = quotes_of(
            "Bathroom Law\n\n\
             Senator Ilse Marwood spoke in Dover.\n\n\
             Marwood said on the WKRT morning show that states can pass such laws because \
             “parents deserve a say in what their schools do.”\n\n\
             “The first duty of a state is to its children,” said former secretary of state \
             Pavel Reyes.\n",
        );
        let who: Vec<&str> = q.iter().map(|(_, n, _)| n.as_str()).collect();
        assert_eq!(who, ["Ilse Marwood", "Pavel Reyes"], "{q:?}");
    }

    #[test]
    fn a_relative_clause_and_a_home_state_do_not_hide_the_subject() {
        let q = quotes_of(
            "Panel Talk\n\n\
             At the panel, Pavel Reyes, the chief executive of the Harbour League, forcefully \
             told a young woman who suggested otherwise that “staying home is not a viable \
             strategy for anyone.”\n\n\
             Rep. Ilse Marwood of Oklahoma, an ally of the Harbour League, said the plan is \
             “unpredictable in every way we can see.”\n",
        );
        let who: Vec<&str> = q.iter().map(|(_, n, _)| n.as_str()).collect();
        assert_eq!(who, ["Pavel Reyes", "Ilse Marwood"], "{q:?}");
    }

    #[test]
    fn a_short_quote_in_a_narrative_sentence_is_its_subjects_not_the_last_speakers() {
        let q = quotes_of(
            "Debate Week\n\n\
             “The moderators are against me and everyone knows it,” Pavel Reyes said on \
             Friday.\n\n\
             Ilse Marwood, a debate coach, compared Reyes to a manager who is “working the \
             referees” before a match.\n\n\
             Governor Anton Weiss said Reyes’s mental state was “as steady as it has ever been \
             in all these years.”\n",
        );
        let who: Vec<&str> = q.iter().map(|(_, n, _)| n.as_str()).collect();
        assert_eq!(who, ["Pavel Reyes", "Ilse Marwood", "Anton Weiss"], "{q:?}");
    }

    #[test]
    fn a_title_abbreviation_after_said_is_part_of_the_speaker() {
        let q = quotes_of(
            "Hearing Ends\n\n\
             “This is a waste of everyone's time,” said Del. Maria Castellanos, a Democrat. \
             “We will stop at nothing to finish the inquiry,” said Rep. Tomas Weller, the \
             committee chairman, in a statement.\n\n\
             “The generals have been reduced to rubble,” Retired Lt. Gen. Owen Marsh said.\n",
        );
        let who: Vec<(&str, &str)> = q.iter().map(|(_, n, t)| (n.as_str(), t.as_str())).collect();
        assert_eq!(
            who,
            [
                ("Maria Castellanos", "Del."),
                ("Tomas Weller", "Rep."),
                ("Owen Marsh", "Retired Lt. Gen.")
            ],
            "{q:?}"
        );
    }
}
