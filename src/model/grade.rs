//! The admiralty code analysts grade intelligence with: how reliable the source is (A–F) and
//! how credible the information is (1–6), graded independently.

use serde::{Deserialize, Serialize};

/// Source reliability, A (completely reliable) to F (cannot be judged).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Reliability {
    A,
    B,
    C,
    D,
    E,
    F,
}

impl Reliability {
    pub const ALL: [Reliability; 6] = [
        Reliability::A,
        Reliability::B,
        Reliability::C,
        Reliability::D,
        Reliability::E,
        Reliability::F,
    ];

    pub fn letter(self) -> char {
        match self {
            Reliability::A => 'A',
            Reliability::B => 'B',
            Reliability::C => 'C',
            Reliability::D => 'D',
            Reliability::E => 'E',
            Reliability::F => 'F',
        }
    }

    pub fn meaning(self) -> &'static str {
        match self {
            Reliability::A => "completely reliable",
            Reliability::B => "usually reliable",
            Reliability::C => "fairly reliable",
            Reliability::D => "not usually reliable",
            Reliability::E => "unreliable",
            Reliability::F => "reliability cannot be judged",
        }
    }

    pub fn from_letter(c: char) -> Option<Self> {
        Self::ALL
            .into_iter()
            .find(|r| r.letter() == c.to_ascii_uppercase())
    }
}

/// Information credibility, 1 (confirmed) to 6 (cannot be judged).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Credibility {
    Confirmed,
    ProbablyTrue,
    PossiblyTrue,
    Doubtful,
    Improbable,
    CannotBeJudged,
}

impl Credibility {
    pub const ALL: [Credibility; 6] = [
        Credibility::Confirmed,
        Credibility::ProbablyTrue,
        Credibility::PossiblyTrue,
        Credibility::Doubtful,
        Credibility::Improbable,
        Credibility::CannotBeJudged,
    ];

    pub fn digit(self) -> u8 {
        match self {
            Credibility::Confirmed => 1,
            Credibility::ProbablyTrue => 2,
            Credibility::PossiblyTrue => 3,
            Credibility::Doubtful => 4,
            Credibility::Improbable => 5,
            Credibility::CannotBeJudged => 6,
        }
    }

    pub fn meaning(self) -> &'static str {
        match self {
            Credibility::Confirmed => "confirmed by other sources",
            Credibility::ProbablyTrue => "probably true",
            Credibility::PossiblyTrue => "possibly true",
            Credibility::Doubtful => "doubtful",
            Credibility::Improbable => "improbable",
            Credibility::CannotBeJudged => "truth cannot be judged",
        }
    }

    pub fn from_digit(d: u8) -> Option<Self> {
        Self::ALL.into_iter().find(|c| c.digit() == d)
    }
}

/// An item's grade; either half may be missing (not graded yet).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Grade {
    #[serde(default)]
    pub reliability: Option<Reliability>,
    #[serde(default)]
    pub credibility: Option<Credibility>,
}

impl Grade {
    pub fn new(reliability: Reliability, credibility: Credibility) -> Self {
        Self {
            reliability: Some(reliability),
            credibility: Some(credibility),
        }
    }

    pub fn is_graded(self) -> bool {
        self.reliability.is_some() || self.credibility.is_some()
    }

    /// "B2", "B?", "?3", or `None` when ungraded.
    pub fn code(self) -> Option<String> {
        if !self.is_graded() {
            return None;
        }
        let r = self.reliability.map_or('?', Reliability::letter);
        let c = self
            .credibility
            .map_or('?', |c| char::from(b'0' + c.digit()));
        Some(format!("{r}{c}"))
    }

    /// Parses "B2", "b 2", "C" or "3"; `None` for anything else.
    pub fn parse(s: &str) -> Option<Self> {
        let mut g = Grade::default();
        for ch in s.chars().filter(|c| !c.is_whitespace()) {
            if let Some(r) = Reliability::from_letter(ch) {
                if g.reliability.is_some() {
                    return None;
                }
                g.reliability = Some(r);
            } else if let Some(c) = ch
                .to_digit(10)
                .and_then(|d| u8::try_from(d).ok())
                .and_then(Credibility::from_digit)
            {
                if g.credibility.is_some() {
                    return None;
                }
                g.credibility = Some(c);
            } else {
                return None;
            }
        }
        g.is_graded().then_some(g)
    }

    /// True if the grade passes a minimum filter: each half present in the filter must be
    /// at least that good (A better than B, 1 better than 2). Ungraded halves fail a filter.
    pub fn meets(self, min: Grade) -> bool {
        let r_ok = min
            .reliability
            .is_none_or(|m| self.reliability.is_some_and(|r| r <= m));
        let c_ok = min
            .credibility
            .is_none_or(|m| self.credibility.is_some_and(|c| c <= m));
        r_ok && c_ok
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip() {
        for r in Reliability::ALL {
            for c in Credibility::ALL {
                let g = Grade::new(r, c);
                assert_eq!(Grade::parse(&g.code().unwrap()), Some(g));
            }
        }
        assert_eq!(Grade::default().code(), None);
        assert_eq!(
            Grade::parse("c").unwrap().code().as_deref(),
            Some("C?"),
            "half grades keep the other half open"
        );
        assert_eq!(Grade::parse("B7"), None);
        assert_eq!(Grade::parse("AB"), None);
        assert_eq!(Grade::parse(""), None);
    }

    #[test]
    fn minimum_filter() {
        let b2 = Grade::parse("B2").unwrap();
        assert!(b2.meets(Grade::parse("C").unwrap()));
        assert!(b2.meets(Grade::parse("B2").unwrap()));
        assert!(!b2.meets(Grade::parse("A").unwrap()));
        assert!(!b2.meets(Grade::parse("1").unwrap()));
        assert!(b2.meets(Grade::default()));
        assert!(!Grade::default().meets(Grade::parse("F").unwrap()));
    }
}
