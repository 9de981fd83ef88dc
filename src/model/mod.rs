//! The briefing model: what Briefline knows about an article and what the analyst adds.
//!
//! Pure data, no UI and no I/O beyond (de)serialising strings. Every extracted item carries
//! its [`Provenance`]: the source it came from and byte spans into that source's original text.
//! The native file format is RON (see [`file`]); the CLI's JSON contract lives in
//! `export::json` and is derived from these types, never the other way round.

mod actor;
mod briefing;
mod date;
pub mod date_bases;
pub mod edit;
pub mod file;
pub mod grade;
mod ids;
mod items;
pub mod lookup;
pub mod mention;
pub mod spans;

pub use actor::{Actor, ActorKind};
pub use briefing::{
    Briefing, DateOrigin, MISSING_REFERENCE_DATE_WARNING, MISSING_REFERENCE_DATE_WARNING_HEAD,
    Metadata, RelatedLink, Source, SuggestedReference,
};
pub use date::{
    DateValue, Direction, Precision, TimeAnchor, Unit, days_since_epoch as days_since_epoch_public,
};
pub use date_bases::DateBase;
pub use file::{FORMAT_VERSION, FileError};
pub use grade::{Credibility, Grade, Reliability};
pub use ids::{ActorId, EventId, QuestionId, QuoteId, SourceId};
pub use items::{
    Event, EventKind, OpenQuestion, Origin, Provenance, QuestionStatus, Quote, ReviewStatus, Span,
};
pub use lookup::{Lookup, quotes_by_speaker};
pub use mention::{Conflict, ConflictKind, ConflictVersion, EventMention, QuoteMention};

/// True for a field's default value: such fields are left out of saved files (they read
/// back as the default), which keeps a briefing file a small multiple of its article.
fn is_default<T: Default + PartialEq>(value: &T) -> bool {
    *value == T::default()
}
