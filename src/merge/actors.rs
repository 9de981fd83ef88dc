//! Actors across sources: one actor per person, country, organisation or group, found by
//! canonical name and aliases ("Ana Ruiz" in one report, "Ruiz" in another whose actor
//! lists "Ana Ruiz" as its name). Kinds must agree; the fullest name wins; aliases, titles,
//! roles and mention counts are combined.

use super::cluster::Groups;
use crate::model::{Actor, ActorId, ActorKind};
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

/// Actors of every part, unified, and where each part's ids went.
pub struct Unified {
    pub actors: Vec<Actor>,
    /// (part, old id) → new id.
    pub ids: HashMap<(usize, ActorId), ActorId>,
}

impl Unified {
    pub fn id(&self, part: usize, old: &ActorId) -> Option<ActorId> {
        self.ids.get(&(part, old.clone())).cloned()
    }

    /// Maps a list of a part's actor ids, dropping unknown ones and duplicates.
    pub fn ids_of(&self, part: usize, olds: &[ActorId]) -> Vec<ActorId> {
        let mut out: Vec<ActorId> = Vec::new();
        for id in olds.iter().filter_map(|a| self.id(part, a)) {
            if !out.contains(&id) {
                out.push(id);
            }
        }
        out
    }
}

fn key(name: &str) -> String {
    name.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// The last two words of a person's name, lower case ("ana ruiz"), if it has two or more.
fn name_core(name: &str) -> Option<String> {
    let words: Vec<&str> = name.split_whitespace().collect();
    let core = words.get(words.len().checked_sub(2)?..)?;
    Some(core.join(" ").to_lowercase())
}

/// Unifies the actors of `parts` (each part's actor list, in part order).
pub fn unify(parts: &[&[Actor]]) -> Unified {
    let flat: Vec<(usize, &Actor)> = parts
        .iter()
        .enumerate()
        .flat_map(|(p, list)| list.iter().map(move |a| (p, a)))
        .collect();
    // Every actor in its own group; parts never hold the same actor twice, but names can
    // repeat across parts, so sources do not constrain this grouping.
    let mut groups = Groups::new(&vec![0; flat.len()]);
    let mut by_name: HashMap<String, usize> = HashMap::default();
    for (i, (_, a)) in flat.iter().enumerate() {
        let k = key(&a.name);
        match by_name.get(&k) {
            Some(&j) if flat.get(j).is_some_and(|(_, b)| b.kind == a.kind) => {
                groups.join(i, j, true);
            }
            Some(_) => {}
            None => {
                by_name.insert(k, i);
            }
        }
    }
    // A person's name that ends another's ("Ana Ruiz" and "Marrican Trade Minister Ana
    // Ruiz", a title the extractor kept in one report): the last two words name the person.
    let mut by_core: HashMap<String, usize> = HashMap::default();
    for (i, (_, a)) in flat.iter().enumerate() {
        if a.kind != ActorKind::Person {
            continue;
        }
        let Some(core) = name_core(&a.name) else {
            continue;
        };
        match by_core.get(&core) {
            Some(&j) => {
                groups.join(i, j, true);
            }
            None => {
                by_core.insert(core, i);
            }
        }
    }
    // A name one report uses as its canonical name and another lists as an alias.
    for (i, (_, a)) in flat.iter().enumerate() {
        for alias in &a.aliases {
            if let Some(&j) = by_name.get(&key(alias))
                && flat.get(j).is_some_and(|(_, b)| b.kind == a.kind)
                && alias.split_whitespace().count() >= 1
            {
                groups.join(i, j, true);
            }
        }
    }
    let mut actors = Vec::new();
    let mut ids = HashMap::default();
    let mut used: HashSet<String> = HashSet::default();
    for members in groups.into_groups() {
        let list: Vec<(usize, &Actor)> = members
            .iter()
            .filter_map(|&i| flat.get(i).copied())
            .collect();
        let Some(merged) = combine(&list) else {
            continue;
        };
        let mut id = merged.id.as_str().to_owned();
        let base = id.clone();
        let mut n = 2;
        while !used.insert(id.clone()) {
            id = format!("{base}-{n}");
            n += 1;
        }
        let id = ActorId::new(id);
        for (p, a) in &list {
            ids.insert((*p, a.id.clone()), id.clone());
        }
        actors.push(Actor { id, ..merged });
    }
    Unified { actors, ids }
}

/// One actor from a group of reports of it: the name most reports use (ties: the fuller,
/// then the earlier), every other name an alias.
fn combine(list: &[(usize, &Actor)]) -> Option<Actor> {
    let uses = |name: &str| {
        list.iter()
            .filter(|(_, a)| key(&a.name) == key(name))
            .count()
    };
    let mut best: Option<&Actor> = None;
    for (_, a) in list {
        let better = best.is_none_or(|b| {
            (uses(&a.name), a.name.split_whitespace().count())
                > (uses(&b.name), b.name.split_whitespace().count())
        });
        if better {
            best = Some(a);
        }
    }
    let best = best?;
    let mut out = best.clone();
    out.mentions = 0;
    for (_, a) in list {
        out.mentions += a.mentions;
        for name in std::iter::once(&a.name).chain(&a.aliases) {
            if !out.answers_to(name) {
                out.aliases.push(name.clone());
            }
        }
        if out.title.is_none() {
            out.title.clone_from(&a.title);
        }
        if out.role.is_none() {
            out.role.clone_from(&a.role);
        }
        if !a.notes.trim().is_empty() && !out.notes.contains(a.notes.trim()) {
            if !out.notes.is_empty() {
                out.notes.push_str("\n\n");
            }
            out.notes.push_str(a.notes.trim());
        }
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn actor(id: &str, name: &str, aliases: &[&str], kind: ActorKind) -> Actor {
        Actor {
            id: ActorId::new(id),
            name: name.to_owned(),
            aliases: aliases.iter().map(|s| (*s).to_owned()).collect(),
            kind,
            title: None,
            role: None,
            mentions: 1,
            notes: String::new(),
        }
    }

    #[test]
    fn names_and_aliases_meet_across_parts() {
        let a = [
            actor("a-ana-ruiz", "Ana Ruiz", &["Ruiz"], ActorKind::Person),
            actor("a-france", "France", &["Paris"], ActorKind::Country),
        ];
        let b = [
            actor("a-ruiz", "Ruiz", &[], ActorKind::Person),
            actor("a-france", "France", &[], ActorKind::Country),
            actor("a-paris", "Paris", &[], ActorKind::Group),
        ];
        let u = unify(&[&a, &b]);
        assert_eq!(u.actors.len(), 3, "{:?}", u.actors);
        assert_eq!(
            u.id(1, &ActorId::new("a-ruiz")).unwrap().as_str(),
            "a-ana-ruiz"
        );
        assert_eq!(
            u.id(1, &ActorId::new("a-france")).unwrap().as_str(),
            "a-france"
        );
        let ruiz = &u.actors[0];
        assert_eq!(ruiz.name, "Ana Ruiz");
        assert_eq!(ruiz.mentions, 2);
        assert_ne!(
            u.id(1, &ActorId::new("a-paris")),
            u.id(0, &ActorId::new("a-france")),
            "a group named Paris is not the country"
        );
    }
}
