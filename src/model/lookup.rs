//! Hashed look-ups over a briefing, built once for a pass that reads many items (an
//! export, a report). [`Briefing::actor`] and friends scan their lists, which is right for
//! one look-up in the UI but quadratic when every quote asks for its speaker.

use super::{Actor, ActorId, Briefing, Event, EventId, Quote};
use rustc_hash::FxHashMap as HashMap;

/// Read-only index of a briefing's items by id.
pub struct Lookup<'b> {
    actors: HashMap<&'b ActorId, &'b Actor>,
    events: HashMap<&'b EventId, &'b Event>,
}

impl<'b> Lookup<'b> {
    pub fn new(b: &'b Briefing) -> Self {
        Self {
            actors: b.actors.iter().map(|a| (&a.id, a)).collect(),
            events: b.events.iter().map(|e| (&e.id, e)).collect(),
        }
    }

    pub fn actor(&self, id: &ActorId) -> Option<&'b Actor> {
        self.actors.get(id).copied()
    }

    pub fn event(&self, id: &EventId) -> Option<&'b Event> {
        self.events.get(id).copied()
    }

    /// Canonical name of an actor id, or the id itself if unknown.
    pub fn actor_name<'a>(&self, id: &'a ActorId) -> &'a str
    where
        'b: 'a,
    {
        self.actor(id).map_or(id.as_str(), |a| a.name.as_str())
    }
}

/// Quotes grouped by speaker, speakers in order of their first quote (`None` =
/// unattributed), quotes in briefing order. Linear in the number of quotes.
pub fn quotes_by_speaker(b: &Briefing) -> Vec<(Option<&ActorId>, Vec<&Quote>)> {
    let mut groups: Vec<(Option<&ActorId>, Vec<&Quote>)> = Vec::new();
    let mut slot: HashMap<Option<&ActorId>, usize> = HashMap::default();
    for q in &b.quotes {
        let speaker = q.speaker.as_ref();
        let i = *slot.entry(speaker).or_insert_with(|| {
            groups.push((speaker, Vec::new()));
            groups.len() - 1
        });
        if let Some((_, list)) = groups.get_mut(i) {
            list.push(q);
        }
    }
    groups
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{ActorKind, Grade, Origin, QuoteId, ReviewStatus};

    fn quote(id: &str, speaker: Option<&str>) -> Quote {
        Quote {
            id: QuoteId::new(id),
            text: format!("words {id}"),
            speaker: speaker.map(ActorId::new),
            speaker_mention: None,
            venue: None,
            event: None,
            provenance: None,
            origin: Origin::Analyst,
            review: ReviewStatus::Unreviewed,
            grade: Grade::default(),
            notes: String::new(),
            other_mentions: Vec::new(),
        }
    }

    #[test]
    fn quotes_group_by_speaker_in_order_of_first_quote() {
        let b = Briefing {
            quotes: vec![
                quote("q1", Some("a-x")),
                quote("q2", None),
                quote("q3", Some("a-y")),
                quote("q4", Some("a-x")),
            ],
            ..Briefing::default()
        };
        let groups = quotes_by_speaker(&b);
        let shape: Vec<(Option<&str>, Vec<&str>)> = groups
            .iter()
            .map(|(s, qs)| {
                (
                    s.map(ActorId::as_str),
                    qs.iter().map(|q| q.id.as_str()).collect(),
                )
            })
            .collect();
        assert_eq!(
            shape,
            [
                (Some("a-x"), vec!["q1", "q4"]),
                (None, vec!["q2"]),
                (Some("a-y"), vec!["q3"]),
            ]
        );
    }

    #[test]
    fn names_come_from_the_index_and_unknown_ids_name_themselves() {
        let mut b = Briefing::default();
        b.actors.push(Actor {
            id: ActorId::new("a-x"),
            name: "Ada Xu".to_owned(),
            aliases: Vec::new(),
            kind: ActorKind::Person,
            title: None,
            role: None,
            mentions: 1,
            notes: String::new(),
        });
        let look = Lookup::new(&b);
        assert_eq!(look.actor_name(&ActorId::new("a-x")), "Ada Xu");
        let unknown = ActorId::new("a-zz");
        assert_eq!(look.actor_name(&unknown), "a-zz");
    }
}
