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
