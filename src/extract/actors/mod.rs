//! Actors and their mentions: countries (with capitals used as metonyms), organisations,
//! groups ("the so-called “coalition of the willing”") and people with titles and roles.
//!
//! Two passes: the first finds full names and gazetteer entries, the second links short
//! mentions ("Witkoff", "President Trump", "the coalition") to the actors already found.
//!
//! This file holds the found actors and the builder that records them; [`known`] matches the
//! gazetteer, [`institutions`] reads described institutions ("the Russian foreign ministry"),
//! [`joint`] two countries or organisations speaking together ("France and Germany said"),
//! [`labels`] reads transcript slug lines and datelines, [`names`] finds names
//! and links single words, [`titles`] reads titles and roles, [`groups`] so-called groups.

mod groups;
mod institutions;
mod joint;
mod known;
mod labels;
mod names;
mod titles;

use super::Doc;
use crate::model::{Actor, ActorId, ActorKind, Span};
use names::Single;
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

pub(crate) use labels::{slug_label, surname_slug, title_case};

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
    /// Where each sentence's mentions start in `mentions` (`first_of[s]..first_of[s + 1]`),
    /// so that [`Found::in_sentence`] is a look-up, not two binary searches over every
    /// mention (it runs for every sentence, several times).
    first_of: Vec<u32>,
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
        if let (Some(&from), Some(&to)) =
            (self.first_of.get(sentence), self.first_of.get(sentence + 1))
        {
            return self.mentions.get(from as usize..to as usize).unwrap_or(&[]);
        }
        let from = self.mentions.partition_point(|m| m.sentence < sentence);
        let to = self.mentions.partition_point(|m| m.sentence <= sentence);
        self.mentions.get(from..to).unwrap_or(&[])
    }

    /// Is `m` a person's name (not a pronoun, a modifier, an organisation…)?
    pub fn names_a_person(&self, m: &Mention) -> bool {
        m.kind == MentionKind::Name
            && self
                .actors
                .get(m.actor)
                .is_some_and(|a| a.kind == ActorKind::Person)
    }

    /// The mention covering byte `pos`, if any.
    pub fn mention_at(&self, pos: usize) -> Option<&Mention> {
        let i = self.mentions.partition_point(|m| m.span.start <= pos);
        self.mentions
            .get(i.checked_sub(1)?)
            .filter(|m| pos < m.span.end)
    }

    /// The id of actor `actor` (an index into `actors`).
    pub fn id(&self, actor: usize) -> Option<ActorId> {
        self.actors.get(actor).map(|a| a.id.clone())
    }
}

/// "Jane Doe" → "a-jane-doe": the actor id for a name.
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

/// Actors and mentions as they are found, before [`Builder::finish`] orders them.
struct Builder<'d> {
    doc: &'d Doc<'d>,
    actors: Vec<Actor>,
    index: HashMap<String, usize>,
    mentions: Vec<Mention>,
    /// Spans already taken, per sentence: overlap checks stay local to a sentence.
    taken: HashMap<usize, Vec<Span>>,
    /// Multi-word names the article uses as places ("near San Ildo", "the village of San
    /// Ildo"): an untitled person of the same name elsewhere is the place again.
    places: HashSet<String>,
}

impl Builder<'_> {
    /// The actor named `name`, added with `kind` if new.
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

    /// Adds `alias` to the actor's aliases unless it is its name or already there.
    fn alias(&mut self, actor: usize, alias: &str) {
        if let Some(a) = self.actors.get_mut(actor)
            && a.name != alias
            && !a.aliases.iter().any(|x| x == alias)
        {
            a.aliases.push(alias.to_owned());
        }
    }

    /// Records a mention unless it overlaps one already taken in its sentence.
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

impl Builder<'_> {
    /// Orders actors by first mention, drops those never mentioned, counts mentions.
    fn finish(self) -> Found {
        let mut b = self;
        if !b.places.is_empty() {
            let place: Vec<bool> = b
                .actors
                .iter()
                .map(|a| {
                    a.kind == ActorKind::Person
                        && a.title.is_none()
                        && a.role.is_none()
                        && b.places.contains(&a.name)
                })
                .collect();
            b.mentions
                .retain(|m| !place.get(m.actor).copied().unwrap_or(false));
        }
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
        // Kept to the end of extraction: no doubling slack (tens of MB in a huge article).
        mentions.shrink_to_fit();
        for m in &mentions {
            if let Some(a) = actors.get_mut(m.actor) {
                a.mentions += 1;
            }
        }
        // Mentions in text order are in sentence order: one pass numbers where each
        // sentence's run begins.
        let sentences = b.doc.sentences.len();
        let mut first_of = Vec::with_capacity(sentences + 1);
        let mut k = 0;
        for s in 0..=sentences {
            while mentions.get(k).is_some_and(|m| m.sentence < s) {
                k += 1;
            }
            first_of.push(u32::try_from(k).unwrap_or(u32::MAX));
        }
        Found {
            actors,
            mentions,
            first_of,
        }
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
        places: HashSet::default(),
    };
    let mut singles: Vec<Single> = Vec::new();
    for (si, sent) in doc.sentences.iter().enumerate() {
        b.so_called_groups(si, sent);
        let toks = &sent.tokens;
        let mut i = b.paragraph_label(si, sent, &mut singles);
        while i < toks.len() {
            // Described institutions and joint speakers start at "the" or a capital.
            let may_speak = toks
                .get(i)
                .is_some_and(|t| t.text == "the" || t.text == "The" || t.is_capitalised());
            let speaker = if may_speak {
                b.institution_at(si, toks, i)
                    .or_else(|| b.joint_speaker_at(si, toks, i))
            } else {
                None
            };
            let speaker = speaker.or_else(|| b.place_named_organisation(si, toks, i));
            i = match speaker.or_else(|| b.gazetteer_mention(si, toks, i)) {
                Some(n) => i + n,
                None => b.name_at(si, toks, i, &mut singles),
            };
        }
    }
    b.link_singles(singles);
    b.group_aliases();
    b.finish()
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
    fn transcript_notes_and_time_zones_name_only_the_people() {
        for (text, want) in [
            // A note in brackets after a transcript label is no part of the name.
            (
                "IRENA VASKO (RECORDING, WEDNESDAY): No family will be left alone.",
                "Irena Vasko",
            ),
            // A questioner named in the note, the outlet after a comma.
            (
                "QUESTION (ERIK LUND, ROSENHOLM DAILY): Will rates fall again?",
                "Erik Lund",
            ),
            // A time zone names nobody.
            (
                "All times CET. 12:25 CET — Finance Minister Oskar Brandt has welcomed the decision.",
                "Oskar Brandt",
            ),
        ] {
            let (names, _) = found(text);
            let names: Vec<&str> = names.iter().map(|(n, _, _)| n.as_str()).collect();
            assert_eq!(names, [want], "{text}");
        }
    }

    #[test]
    fn a_capital_that_is_a_given_name_before_a_surname_is_a_person() {
        let (names, _) = found("The prosecutor, Sofia Marchetti, said the verdict was fair.");
        let names: Vec<&str> = names.iter().map(|(n, _, _)| n.as_str()).collect();
        assert_eq!(names, ["Sofia Marchetti"]);
        // The capital alone, or before a word the gazetteer knows, is still the country's.
        let (names, _) = found("Sofia said on Monday that the talks would go on.");
        assert!(names.iter().any(|(n, _, _)| n == "Bulgaria"), "{names:?}");
    }

    #[test]
    fn a_kind_of_organisation_before_a_name_makes_it_one() {
        let (names, _) =
            found("He took bribes from the rail contractor Bravant Rail, the court found.");
        let bravant = names.iter().find(|(n, _, _)| n == "Bravant Rail");
        assert!(
            bravant.is_some_and(|(_, kind, _)| *kind == ActorKind::Organisation),
            "{names:?}"
        );
    }

    #[test]
    fn a_name_the_article_uses_as_a_place_is_no_person() {
        for text in [
            "He was detained at his home in the village of San Ildo. A man from San Ildo is under arrest.",
            "The arrest of a man from Monte Arra shocked everyone. Smoke rose above Monte Arra at dawn.",
        ] {
            let (names, _) = found(text);
            assert!(
                names.iter().all(|(_, kind, _)| *kind != ActorKind::Person),
                "{text}: {names:?}"
            );
        }
        // A person stays a person when a possessive only looks like a place ("in Ana
        // Ruiz's view").
        let (names, _) = found("In Ana Ruiz's view the deal is dead, Ana Ruiz said.");
        assert!(names.iter().any(|(n, _, _)| n == "Ana Ruiz"), "{names:?}");
    }

    #[test]
    fn an_organisation_named_after_a_place_is_the_organisations() {
        let (names, _) = found(
            "The Washington Post and the Des Moines Register reported it first. Analysts at \
             the London School of Economics and the Chicago Police Department disagreed.",
        );
        for want in [
            "Washington Post",
            "Des Moines Register",
            "London School of Economics",
            "Chicago Police Department",
        ] {
            assert!(
                names
                    .iter()
                    .any(|(n, k, _)| n == want && *k == ActorKind::Organisation),
                "{want}: {names:?}"
            );
        }
        // The capital is no metonym here: nobody spoke for the United States.
        assert!(
            names.iter().all(|(n, _, _)| n != "United States"),
            "{names:?}"
        );
        // A place in the possessive speaks of its own institution.
        let (names, _) = found("Russia’s Defence Ministry denied it.");
        assert!(names.iter().any(|(n, _, _)| n == "Russia"), "{names:?}");
        // More capitalised words after the head: left to the other rules.
        let (names, _) = found("Washington Post Editor Marty Baron said little.");
        assert!(
            names
                .iter()
                .all(|(n, _, _)| n != "Washington Post Editor Marty Baron"),
            "{names:?}"
        );
    }

    #[test]
    fn an_organisations_name_goes_on_past_a_preposition() {
        let (names, _) = found(
            "Researchers at the Institute for Fiscal Studies, the Committee to Protect \
             Journalists, the Center for Strategic and International Studies and the Center \
             for American Progress agreed.",
        );
        for want in [
            "Institute for Fiscal Studies",
            "Committee to Protect Journalists",
            "Center for Strategic and International Studies",
            "Center for American Progress",
        ] {
            assert!(
                names
                    .iter()
                    .any(|(n, k, _)| n == want && *k == ActorKind::Organisation),
                "{want}: {names:?}"
            );
        }
        // Not into a date, a place or a known organisation.
        for (text, not) in [
            (
                "The Committee for March met on Friday.",
                "Committee for March",
            ),
            (
                "The request went from the Interior Ministry to Brussels on Monday.",
                "Interior Ministry to Brussels",
            ),
        ] {
            let (names, _) = found(text);
            assert!(names.iter().all(|(n, _, _)| n != not), "{names:?}");
        }
    }

    #[test]
    fn titles_with_of_and_a_then_mark_are_titles() {
        for text in [
            "Secretary of State Hillary Clinton visited Lagos.",
            "The report faulted then-Secretary of State Hillary Clinton.",
        ] {
            let (a, _) = found(text);
            let names: Vec<&str> = a.iter().map(|x| x.0.as_str()).collect();
            assert!(names.contains(&"Hillary Clinton"), "{text}: {names:?}");
        }
        let (_, f) = found("White House Chief of Staff Denis McDonough wrote back.");
        let mcdonough = f.actors.iter().find(|a| a.name == "Denis McDonough");
        assert_eq!(
            mcdonough.and_then(|a| a.title.as_deref()),
            Some("Chief of Staff"),
            "{:?}",
            f.actors
        );
    }

    #[test]
    fn cities_and_smaller_countries_are_no_people() {
        let (names, _) = found(
            "In downtown San Francisco, a crowd marched. In her parents' Dominican Republic, \
             Rosa Diaz grew up near Santo Domingo.",
        );
        let people: Vec<&str> = names
            .iter()
            .filter(|(_, k, _)| *k == ActorKind::Person)
            .map(|(n, _, _)| n.as_str())
            .collect();
        assert_eq!(people, ["Rosa Diaz"], "{names:?}");
        assert!(
            names
                .iter()
                .any(|(n, k, _)| n == "Dominican Republic" && *k == ActorKind::Country),
            "{names:?}"
        );
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
    fn an_acronym_role_inside_a_name_run_is_the_persons_title() {
        let (a, f) = found(
            "Keelhaven Mining CFO R.T. Osei resigned. Tarn Foods CEO Mia Lund said little. \
             Lund left.",
        );
        let names: Vec<&str> = a.iter().map(|x| x.0.as_str()).collect();
        assert!(names.contains(&"R.T. Osei"), "{names:?}");
        assert!(names.contains(&"Mia Lund"), "{names:?}");
        let lund = f.actors.iter().find(|x| x.name == "Mia Lund").unwrap();
        assert_eq!(lund.kind, ActorKind::Person);
        assert_eq!(lund.title.as_deref(), Some("CEO"));
        assert_eq!(lund.role.as_deref(), Some("Tarn Foods CEO"));
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
