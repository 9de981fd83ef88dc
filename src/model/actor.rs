//! People, countries, organisations and groups named in a briefing.

use super::ActorId;
use serde::{Deserialize, Serialize};

/// What kind of thing an actor is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum ActorKind {
    Person,
    Country,
    Organisation,
    Group,
}

impl ActorKind {
    /// Lower-case name used in the JSON contract and the UI.
    pub fn as_str(self) -> &'static str {
        match self {
            ActorKind::Person => "person",
            ActorKind::Country => "country",
            ActorKind::Organisation => "organisation",
            ActorKind::Group => "group",
        }
    }
}

/// An actor with its canonical name and the other ways the text refers to it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Actor {
    pub id: ActorId,
    /// Canonical name, e.g. "Steve Witkoff", "United States".
    pub name: String,
    /// Other names in the text: "Witkoff", "Washington", "U.S.".
    #[serde(default, skip_serializing_if = "super::is_default")]
    pub aliases: Vec<String>,
    pub kind: ActorKind,
    /// Title as written before the name ("Gen.", "President").
    #[serde(default, skip_serializing_if = "super::is_default")]
    pub title: Option<String>,
    /// Role as the text gives it ("the top U.S. military commander in Europe").
    #[serde(default, skip_serializing_if = "super::is_default")]
    pub role: Option<String>,
    /// Number of mentions in the sources.
    #[serde(default)]
    pub mentions: usize,
    #[serde(default, skip_serializing_if = "super::is_default")]
    pub notes: String,
}

impl Actor {
    /// True if `name` is the canonical name or one of the aliases (case-insensitive).
    pub fn answers_to(&self, name: &str) -> bool {
        self.name.eq_ignore_ascii_case(name)
            || self.aliases.iter().any(|a| a.eq_ignore_ascii_case(name))
    }
}
