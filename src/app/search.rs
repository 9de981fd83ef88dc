//! Search over events, quotes, open questions and actors (case-insensitive substring). The
//! results are derived from the search text and the briefing, and refreshed before each frame
//! is drawn.

use super::BrieflineApp;

/// What matches the current search text.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SearchResults {
    pub query: String,
    pub generation: u64,
    pub events: Vec<usize>,
    pub quotes: Vec<usize>,
    pub questions: Vec<usize>,
    pub actors: Vec<usize>,
}

impl SearchResults {
    pub fn is_active(&self) -> bool {
        !self.query.trim().is_empty()
    }

    pub fn total(&self) -> usize {
        self.events.len() + self.quotes.len() + self.questions.len() + self.actors.len()
    }
}

impl BrieflineApp {
    /// Recomputes the results when the query or the briefing changed.
    pub fn refresh_search(&mut self) {
        let q = self.search.trim().to_lowercase();
        if q == self.search_results.query && self.search_results.generation == self.doc.generation {
            return;
        }
        let b = &self.doc.briefing;
        let hit = |s: &str| s.to_lowercase().contains(&q);
        let mut r = SearchResults {
            query: q.clone(),
            generation: self.doc.generation,
            ..Default::default()
        };
        if !q.is_empty() {
            r.events = (0..b.events.len())
                .filter(|&i| hit(&b.events[i].title) || hit(&b.events[i].sentence))
                .collect();
            r.quotes = (0..b.quotes.len())
                .filter(|&i| {
                    let qt = &b.quotes[i];
                    hit(&qt.text) || qt.speaker.as_ref().is_some_and(|s| hit(b.actor_name(s)))
                })
                .collect();
            r.questions = (0..b.questions.len())
                .filter(|&i| hit(&b.questions[i].text))
                .collect();
            r.actors = (0..b.actors.len())
                .filter(|&i| hit(&b.actors[i].name) || b.actors[i].aliases.iter().any(|a| hit(a)))
                .collect();
        }
        self.search_results = r;
    }
}
