//! Stable, human-readable ids (`ev-3`, `q-1`, `oq-2`, `a-witkoff`, `src-1`).
//!
//! Ids are strings so they survive edits, merges and file round-trips unchanged and can be
//! quoted in exports and the JSON contract. Each is a shared string (`Arc<str>`): every
//! event of a 50 MB article names its source, and often an actor, and a copy is a count.

use serde::{Deserialize, Serialize};
use std::fmt;

macro_rules! string_id {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
        #[serde(transparent)]
        pub struct $name(pub std::sync::Arc<str>);

        impl $name {
            pub fn new(s: impl Into<String>) -> Self {
                Self(std::sync::Arc::from(s.into()))
            }

            /// `prefix` then `n` in decimal ("ev-" and 3: `ev-3`), written without the
            /// formatting machinery (a dense article numbers tens of thousands of items).
            pub fn numbered(prefix: &str, n: usize) -> Self {
                Self(std::sync::Arc::from(numbered(prefix, n).as_str()))
            }

            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }
    };
}

/// `prefix` then `n` in decimal, on the stack (a prefix too long for it is cut, which no id
/// prefix is).
fn numbered(prefix: &str, n: usize) -> arrayvec::ArrayString<48> {
    let mut out = arrayvec::ArrayString::<48>::new();
    for c in prefix.chars() {
        if out.try_push(c).is_err() {
            break;
        }
    }
    let mut digits = [b'0'; 20];
    let mut at = digits.len();
    let mut rest = n;
    loop {
        at -= 1;
        if let Some(d) = digits.get_mut(at) {
            // `rest % 10` is below 10.
            *d = b'0' + u8::try_from(rest % 10).unwrap_or(0);
        }
        rest /= 10;
        if rest == 0 || at == 0 {
            break;
        }
    }
    for &d in digits.get(at..).unwrap_or_default() {
        let _ = out.try_push(char::from(d));
    }
    out
}

string_id!(
    /// Id of an [`crate::model::Event`], e.g. `ev-1`.
    EventId
);
string_id!(
    /// Id of a [`crate::model::Quote`], e.g. `q-1`.
    QuoteId
);
string_id!(
    /// Id of an [`crate::model::OpenQuestion`], e.g. `oq-1`.
    QuestionId
);
string_id!(
    /// Id of an [`crate::model::Actor`], e.g. `a-steve-witkoff`.
    ActorId
);
string_id!(
    /// Id of a [`crate::model::Source`], e.g. `src-1`.
    SourceId
);

#[cfg(test)]
mod numbered_tests {
    use super::*;

    #[test]
    fn a_numbered_id_reads_as_formatted() {
        for n in [0, 1, 9, 10, 99, 100, 12_345, usize::MAX] {
            assert_eq!(EventId::numbered("ev-", n).as_str(), format!("ev-{n}"));
            assert_eq!(QuoteId::numbered("q-", n).as_str(), format!("q-{n}"));
        }
    }
}
