//! Grouping reports into one item: candidate pairs come from an inverted index (blocking),
//! so the work grows with the number of reports that share a key, never with all pairs;
//! pairs are then joined best first, and a join that would put two reports of the same
//! source into one group is refused (one outlet does not report the same happening twice
//! with a time word; two such reports are two happenings).

use rustc_hash::FxHashMap as HashMap;
use std::hash::Hash;

/// Keys shared by more reports than this are too common to say two reports are the same
/// (a country named in every report of a story); they make no candidate pairs.
pub const MAX_POSTING: usize = 64;

/// Candidate pairs `(i, j)`, `i < j`, of items that share at least one key. Each item's
/// keys come from `keys(i)`. Pairs are unique and sorted.
pub fn candidate_pairs<K: Hash + Eq>(
    n: usize,
    mut keys: impl FnMut(usize) -> Vec<K>,
) -> Vec<(usize, usize)> {
    let mut postings: HashMap<K, Vec<usize>> = HashMap::default();
    for i in 0..n {
        for k in keys(i) {
            let list = postings.entry(k).or_default();
            if list.last() != Some(&i) {
                list.push(i);
            }
        }
    }
    let mut pairs = Vec::new();
    for list in postings.values() {
        if list.len() > MAX_POSTING {
            continue;
        }
        for (a, &i) in list.iter().enumerate() {
            for &j in list.get(a + 1..).unwrap_or_default() {
                pairs.push((i.min(j), i.max(j)));
            }
        }
    }
    pairs.sort_unstable();
    pairs.dedup();
    pairs
}

/// Union-find over items, each belonging to one source; a group holds at most one item of
/// each source unless `same_source_ok` says otherwise.
pub struct Groups {
    parent: Vec<usize>,
    /// Sources of the items in each root's group.
    sources: Vec<Vec<usize>>,
}

impl Groups {
    pub fn new(item_sources: &[usize]) -> Self {
        Self {
            parent: (0..item_sources.len()).collect(),
            sources: item_sources.iter().map(|&s| vec![s]).collect(),
        }
    }

    pub fn find(&mut self, mut i: usize) -> usize {
        while let Some(&p) = self.parent.get(i) {
            if p == i {
                break;
            }
            let grand = self.parent.get(p).copied().unwrap_or(p);
            if let Some(slot) = self.parent.get_mut(i) {
                *slot = grand;
            }
            i = p;
        }
        i
    }

    /// True if the groups of `a` and `b` share a source.
    pub fn share_a_source(&mut self, a: usize, b: usize) -> bool {
        let (ra, rb) = (self.find(a), self.find(b));
        let sa = self.sources.get(ra).map_or(&[][..], Vec::as_slice);
        let sb = self.sources.get(rb).map_or(&[][..], Vec::as_slice);
        sa.iter().any(|s| sb.contains(s))
    }

    /// Joins the groups of `a` and `b`. Returns false (and joins nothing) if they are
    /// already one group, or share a source and `allow_same_source` is false.
    pub fn join(&mut self, a: usize, b: usize, allow_same_source: bool) -> bool {
        let (ra, rb) = (self.find(a), self.find(b));
        if ra == rb || (!allow_same_source && self.share_a_source(ra, rb)) {
            return false;
        }
        let (keep, gone) = if ra < rb { (ra, rb) } else { (rb, ra) };
        if let Some(p) = self.parent.get_mut(gone) {
            *p = keep;
        }
        let moved = self
            .sources
            .get_mut(gone)
            .map(std::mem::take)
            .unwrap_or_default();
        if let Some(s) = self.sources.get_mut(keep) {
            for x in moved {
                if !s.contains(&x) {
                    s.push(x);
                }
            }
        }
        true
    }

    /// The groups, each a list of items in item order, groups ordered by their first item.
    pub fn into_groups(mut self) -> Vec<Vec<usize>> {
        let n = self.parent.len();
        let mut slot: HashMap<usize, usize> = HashMap::default();
        let mut out: Vec<Vec<usize>> = Vec::new();
        for i in 0..n {
            let r = self.find(i);
            let k = *slot.entry(r).or_insert_with(|| {
                out.push(Vec::new());
                out.len() - 1
            });
            if let Some(g) = out.get_mut(k) {
                g.push(i);
            }
        }
        out
    }
}

/// Joins scored pairs best first (ties by pair order), each pair only if `score ≥ min`.
pub fn join_best_first(
    groups: &mut Groups,
    mut scored: Vec<(f64, usize, usize)>,
    allow_same_source: bool,
    mut extra_check: impl FnMut(&mut Groups, usize, usize) -> bool,
) {
    scored.sort_by(|a, b| {
        b.0.total_cmp(&a.0)
            .then_with(|| a.1.cmp(&b.1))
            .then_with(|| a.2.cmp(&b.2))
    });
    for (_, i, j) in scored {
        if groups.find(i) != groups.find(j) && extra_check(groups, i, j) {
            groups.join(i, j, allow_same_source);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pairs_share_a_key_and_common_keys_are_skipped() {
        let keys = [vec!["a", "x"], vec!["a"], vec!["b"], vec!["b", "x"]];
        let pairs = candidate_pairs(4, |i| keys[i].clone());
        assert_eq!(pairs, [(0, 1), (0, 3), (2, 3)]);
        let many: Vec<Vec<&str>> = (0..=MAX_POSTING).map(|_| vec!["common"]).collect();
        assert!(candidate_pairs(many.len(), |i| many[i].clone()).is_empty());
    }

    #[test]
    fn a_group_never_holds_two_reports_of_one_source() {
        // items 0,1 from source 0; item 2 from source 1.
        let mut g = Groups::new(&[0, 0, 1]);
        assert!(g.join(0, 2, false));
        assert!(!g.join(1, 2, false), "source 0 already in the group");
        assert!(g.join(1, 2, true));
        assert_eq!(g.into_groups(), [vec![0, 1, 2]]);
    }
}
