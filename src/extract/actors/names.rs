//! Names: runs of capitalised words (with connectors, middle initials and "of"/"and"
//! inside organisation names) become people or organisations; a lone capitalised word is
//! kept for the second pass, which links it to a known person by surname or, if it speaks,
//! makes it an actor.

use super::known::GAZETTEER;
use super::titles::{appositive, is_title_at, role_in_name};
use super::{Builder, MentionKind};
use crate::extract::gazetteer::{
    NOT_NAMES_SET, ORG_HEADS_SET, PLATFORMS_SET, REGIONS_SET, SPEECH_VERBS_SET, is_given_name,
    is_two_word_region,
};
use crate::extract::tokens::{Token, TokenKind};
use crate::model::{ActorKind, Span};

/// Prepositions after which an untitled multi-word name is a place ("in Port Alder").
const PLACE_PREPOSITIONS: &[&str] = &[
    "in", "at", "near", "outside", "across", "towards", "toward", "above", "below", "around",
    "into", "through",
];
/// Kinds of organisation that, right before a name, make it an organisation's.
const ORG_KIND_NOUNS: &[&str] = &[
    "company",
    "firm",
    "contractor",
    "carrier",
    "airline",
    "operator",
    "manufacturer",
    "maker",
    "supplier",
    "retailer",
    "insurer",
    "lender",
    "broadcaster",
    "newspaper",
    "conglomerate",
    "developer",
    "startup",
    "subsidiary",
    "charity",
    "thinktank",
];
/// Nouns whose "of" names a place ("the village of San Ildo", "the town of Almedo").
const PLACE_NOUNS: &[&str] = &[
    "village",
    "town",
    "city",
    "province",
    "region",
    "district",
    "county",
    "municipality",
    "island",
    "port",
    "suburb",
    "hamlet",
    "valley",
];
/// A capitalised word that can be part of a name.
pub(super) fn is_name_word(t: &Token<'_>) -> bool {
    t.kind == TokenKind::Word
        && t.is_capitalised()
        && !NOT_NAMES_SET.contains(&t.without_possessive())
}

/// "said", "told", "added": a verb that reports speech.
pub(super) fn is_speech_verb(t: &Token<'_>) -> bool {
    SPEECH_VERBS_SET.contains(&t.lower().as_str())
}

/// A capitalised single word kept for the second pass: a known person's surname, or a new
/// actor when it speaks.
pub(super) struct Single {
    pub(super) span: Span,
    pub(super) sentence: usize,
    pub(super) name: String,
    /// Followed by a speech verb, titled, or a source ("according to Nordrail").
    pub(super) speaks: bool,
    /// An organisation, not a person: after "according to" (news agencies, companies),
    /// after "the" ("The Guardian reported") or before an appositive naming a kind of
    /// organisation ("Nordbank, the state lender,").
    pub(super) according: bool,
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
/// A weekday or month name ("Tuesday", "March"), which no name runs into.
fn is_calendar_name(t: &Token<'_>) -> bool {
    crate::extract::temporal::lexicon::weekday_of(t.lower().as_str()).is_some()
        || crate::extract::temporal::lexicon::month_of(t.lower().as_str()).is_some()
}

fn name_run_end(toks: &[Token<'_>], name_start: usize, title_len: usize) -> usize {
    let mut j = name_start;
    while let Some(tj) = toks.get(j) {
        let connector = matches!(
            tj.text,
            "de" | "da" | "van" | "von" | "bin" | "al" | "der" | "del" | "la" | "le"
        ) && toks.get(j + 1).is_some_and(is_name_word);
        // "Ministry of Fisheries", "Center for Nonproliferation Studies", "Committee to
        // Protect Journalists", "Coalition Against Trafficking": an organisation's name
        // goes on past a preposition (not into a date: "the Committee for March 3").
        // After "for", "to" or "against" no known place, organisation or person starts
        // ("went from the Interior Ministry to Brussels", "the Justice Department against
        // Google"; an adjective may: "Center for American Progress").
        let known = |n: &Token<'_>| {
            GAZETTEER
                .get(n.without_possessive())
                .is_some_and(|e| !e.modifier)
                || REGIONS_SET.contains(&n.without_possessive())
                || is_given_name(n.text)
        };
        let of_org = (tj.text == "of"
            || (matches!(tj.text, "for" | "to" | "against")
                && toks.get(j + 1).is_some_and(|n| !known(n))))
            && toks[name_start..j]
                .iter()
                .any(|x| ORG_HEADS_SET.contains(&x.text))
            && toks
                .get(j + 1)
                .is_some_and(|n| is_name_word(n) && !is_calendar_name(n));
        // "Ministry of Fisheries and Maritime Affairs", "Center for Strategic and
        // International Studies": "and" inside such a name.
        let and_org = tj.text == "and"
            && toks
                .get(name_start..j)
                .unwrap_or_default()
                .iter()
                .any(|x| matches!(x.text, "of" | "for" | "to" | "against"))
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
                .is_some_and(|d| d.text == "." && d.start() == tj.end())
            && toks.get(j + 2).is_some_and(is_name_word);
        if initial {
            j += 2;
            continue;
        }
        if (is_name_word(tj) || connector || of_org || and_org)
            && GAZETTEER.get(tj.text).is_none_or(|_| {
                let surname_next = toks
                    .get(j + 1)
                    .is_some_and(|n| is_name_word(n) && GAZETTEER.get(n.text).is_none());
                // "Dr. Sofia Lindqvist", and "Sofia Marchetti" untitled: a capital that is
                // a given name starts a person's name before a surname.
                let given = is_given_name(tj.text);
                j > name_start
                    || (title_len > 0 && toks.get(j + 1).is_some_and(is_name_word))
                    || (given && surname_next)
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

impl Builder<'_> {
    /// Whether a name can start at token `i`; `Err(n)` skips `n` tokens.
    fn name_start(&self, toks: &[Token<'_>], i: usize) -> Result<NameStart, usize> {
        let t = toks.get(i).ok_or(1usize)?;
        // "12:25 CET —", "All times CET.": a time zone names nobody.
        let time_zone = crate::extract::temporal::lexicon::TIME_ZONES.contains(t.text);
        // "then-Secretary of State Hillary Clinton", "ex-President Medvedev": a title marked
        // as former.
        let marked_title = (t.text.starts_with("then-") || t.text.starts_with("ex-"))
            && is_title_at(toks, i).is_some();
        if !t.is_word()
            || !(t.is_capitalised() || marked_title)
            || time_zone
            || PLATFORMS_SET.contains(&t.text)
            || REGIONS_SET.contains(&t.without_possessive())
        {
            return Err(1);
        }
        // Multi-word regions ("Middle East").
        if let Some(n2) = toks.get(i + 1)
            && is_two_word_region(t.text, n2.without_possessive())
        {
            return Err(2);
        }
        let sentence_initial = crate::extract::is_sentence_initial(toks, i);
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
        let before = |k: usize| i.checked_sub(k).and_then(|p| toks.get(p));
        let after_place_preposition = before(1)
            .is_some_and(|p| PLACE_PREPOSITIONS.contains(&p.lower().as_str()))
            || (before(1).is_some_and(|p| p.text == "of")
                && before(2).is_some_and(|n| PLACE_NOUNS.contains(&n.lower().as_str())));
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
    pub(super) fn name_at(
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
            let given_name_next = toks.get(j).is_some_and(|t| is_given_name(t.text))
                && toks.get(j + 1).is_some_and(is_name_word);
            if given_name_next {
                return j;
            }
            while toks.get(j).is_some_and(is_name_word) {
                j += 1;
            }
            return j;
        }
        let end = last.start() + last.without_possessive().len();
        let Some(name) = self.doc.text.get(first.start()..end) else {
            return j;
        };
        let run = NameRun {
            sentence: si,
            toks,
            start: &start,
            name_toks,
            name,
            span: Span::new(first.start(), end),
            end: j,
        };
        self.add_name(&run, singles);
        j
    }

    /// Records the name run as an organisation, a person, or a single word for the second
    /// pass; a multi-word name after "the" or a place preposition is a place or thing.
    fn add_name(&mut self, run: &NameRun<'_, '_>, singles: &mut Vec<Single>) {
        let (start, toks, name_toks) = (run.start, run.toks, run.name_toks);
        // "the rail contractor Bravant Rail", "the broadcaster Nordvision": a kind of
        // organisation right before an untitled name says what the name is.
        let org_noun_before = start.title.is_none()
            && start
                .at
                .checked_sub(1)
                .and_then(|p| toks.get(p))
                .is_some_and(|p| ORG_KIND_NOUNS.contains(&p.lower().as_str()));
        if is_organisation_name(name_toks, run.name) || org_noun_before {
            let name = run.name.strip_prefix("The ").unwrap_or(run.name);
            let a = self.actor(name, ActorKind::Organisation);
            self.mention(run.span, run.sentence, a, MentionKind::Name);
        } else if name_toks.len() >= 2
            && start.title.is_none()
            && (start.after_place_preposition
                || start
                    .at
                    .checked_sub(1)
                    .and_then(|p| toks.get(p))
                    .is_some_and(|p| p.is("the")))
        {
            // "a ferry route in Port Alder", "the Port Alder harbour authority": a place
            // or a thing, not a person; and so is the same name elsewhere in the article
            // ("a man from San Ildo" once "the village of San Ildo" has been seen).
            // "look at Bernie Sanders announcing": a known given name first is a person
            // after all, wherever else the name stands.
            let possessive = name_toks
                .last()
                .is_some_and(|t| t.without_possessive().len() != t.text.len());
            let given_name = name_toks.first().is_some_and(|t| is_given_name(t.text));
            if start.after_place_preposition && !possessive && !given_name {
                self.places.insert(run.name.to_owned());
            }
        } else if name_toks.len() >= 2 {
            self.add_person(run);
        } else {
            singles.push(single_name(run));
        }
    }

    /// A person's name of two words or more, with the title before it, a role inside the
    /// run ("Acme Corp CEO J.R. Smith"), an appositive after it, or a nationality before
    /// the title ("Ukrainian President Volodymyr Zelenskiy").
    fn add_person(&mut self, run: &NameRun<'_, '_>) {
        let (start, toks, name_toks) = (run.start, run.toks, run.name_toks);
        let i = start.at;
        // "Acme Corp CEO J.R. Smith", "Former CIA Director David Petraeus": the words up to
        // a title inside the run are the person's role, not their name.
        let inner = role_in_name(name_toks).and_then(|k| {
            let rest = name_toks.get(k + 1..)?;
            let from = rest.first()?.start();
            let role = self
                .doc
                .text
                .get(name_toks.first()?.start()..name_toks.get(k)?.end())?;
            Some((k, role.to_owned(), from))
        });
        let (name, span) = match &inner {
            Some((_, _, from)) => (
                self.doc.text.get(*from..run.span.end).unwrap_or(run.name),
                Span::new(*from, run.span.end),
            ),
            None => (run.name, run.span),
        };
        let a = self.actor(name, ActorKind::Person);
        self.mention(span, run.sentence, a, MentionKind::Name);
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
            let role = appositive(self.doc.text, toks, run.end).or_else(|| {
                // "Ukrainian President Volodymyr Zelenskiy"
                let tt = start.title.as_ref()?;
                let adj = toks.get(i.checked_sub(1)?)?;
                GAZETTEER.get(adj.text).filter(|e| e.modifier)?;
                Some(format!("{} {}", adj.text, tt.trim_end_matches('.')))
            });
            self.actors[a].role = role;
        }
    }

    /// Pass 2: single names → known people by surname, or new actors who speak.
    pub(super) fn link_singles(&mut self, singles: Vec<Single>) {
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
}

/// One run of name words in a sentence: where it starts (with its title), its tokens and
/// text, and the token index after it.
struct NameRun<'n, 't> {
    sentence: usize,
    toks: &'n [Token<'t>],
    start: &'n NameStart,
    name_toks: &'n [Token<'t>],
    name: &'n str,
    span: Span,
    /// Token index after the run.
    end: usize,
}

/// An organisation's name: it has an organisation word ("Ministry", "Bank") and no title
/// inside it before the person it names ("Former Army Director Jana Novak" is a person),
/// or it is one short all-capitals word ("NATO").
fn is_organisation_name(name_toks: &[Token<'_>], name: &str) -> bool {
    // "Former Army Director Jana Novak": a title inside the run makes it a person's name
    // with a role, even after an organisation's word.
    let titled_inside = role_in_name(name_toks).is_some_and(|k| {
        !name_toks
            .get(k + 1..)
            .unwrap_or_default()
            .iter()
            .any(|x| ORG_HEADS_SET.contains(&x.without_possessive()))
    });
    !titled_inside
        && name_toks
            .iter()
            .any(|x| ORG_HEADS_SET.contains(&x.without_possessive()))
        || (name_toks.len() == 1
            && name.len() >= 2
            && name.len() <= 6
            && name.chars().all(|c| c.is_ascii_uppercase()))
}

/// A one-word name kept for the second pass, with whether it speaks: a speech verb after
/// it (also after "has", "also"…), before it ("said Richards"), ", who", a title, or
/// "according to" (then it is an organisation).
fn single_name(run: &NameRun<'_, '_>) -> Single {
    let (toks, i, j) = (run.toks, run.start.at, run.end);
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
            && run.start.title.is_none()
            && toks.get(j + 1).is_some_and(|t| t.is("who")));
    // "according to Nordrail": a lone unknown name as a source is an organisation
    // (news agencies, companies), not a person.
    let according = i >= 2
        && toks.get(i - 1).is_some_and(|t| t.is("to"))
        && toks.get(i - 2).is_some_and(|t| t.is("according"));
    // "The Guardian reported": people take no article; a name after "the" is a newspaper,
    // a company or a body.
    // ("the Donald has said" is a nickname: a given name stays a person.)
    let article = i
        .checked_sub(1)
        .and_then(|p| toks.get(p))
        .is_some_and(|t| t.is("the"))
        && !is_given_name(run.name);
    // "Nordbank, the state lender, said": an appositive that names a kind of organisation.
    let org_appositive = toks.get(j).is_some_and(|t| t.text == ",")
        && toks
            .get(j + 1)
            .is_some_and(|t| matches!(t.lower().as_str(), "the" | "a" | "an"))
        && toks
            .iter()
            .skip(j + 2)
            .take(4)
            .take_while(|t| t.text != ",")
            .any(|t| {
                ORG_KIND_NOUNS.contains(&t.lower().as_str())
                    || ORG_HEADS_SET.contains(&t.without_possessive())
                    || matches!(t.lower().as_str(), "bank" | "agency" | "ministry" | "group")
            });
    Single {
        span: run.span,
        sentence: run.sentence,
        name: run.name.to_owned(),
        speaks: speaks || run.start.title.is_some() || according || org_appositive,
        according: according || article || org_appositive,
    }
}
