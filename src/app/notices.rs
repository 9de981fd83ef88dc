//! Notices shown across the top of the window ([`Banner`]s): what went wrong or what just
//! happened, typed by severity ([`BannerKind`]) and, where the app must find a notice again,
//! by what it is about ([`Topic`]) rather than by its wording.

/// Severity of a banner message.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BannerKind {
    Error,
    Warning,
    Info,
}

/// What a banner is about, for the notices the app removes once their cause is gone.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Topic {
    #[default]
    General,
    /// The article's publication date is unknown (setting a reference date answers it).
    MissingReferenceDate,
}

/// A message shown across the top of the window until dismissed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Banner {
    pub kind: BannerKind,
    pub text: String,
    pub topic: Topic,
}

impl Banner {
    pub fn error(text: impl Into<String>) -> Self {
        Self::new(BannerKind::Error, text)
    }

    pub fn warning(text: impl Into<String>) -> Self {
        Self::new(BannerKind::Warning, text)
    }

    pub fn info(text: impl Into<String>) -> Self {
        Self::new(BannerKind::Info, text)
    }

    fn new(kind: BannerKind, text: impl Into<String>) -> Self {
        Self {
            kind,
            text: text.into(),
            topic: Topic::General,
        }
    }

    /// A warning the extractor left in the briefing, with its topic recognised.
    pub fn from_briefing_warning(warning: &str) -> Self {
        Self {
            topic: Topic::of_briefing_warning(warning),
            ..Self::warning(warning)
        }
    }
}

/// One notice for the sources of a merged briefing that have no publication date (their
/// names as the briefing's warnings give them); `None` for none.
pub fn undated_sources_banner(names: &[&str]) -> Option<Banner> {
    let (first, rest) = names.split_first()?;
    if rest.is_empty() {
        return Some(Banner::warning(format!(
            "{first}: {}",
            crate::model::MISSING_REFERENCE_DATE_WARNING
        )));
    }
    let shown: Vec<&str> = names.iter().take(3).copied().collect();
    let more = names.len().saturating_sub(shown.len());
    let list = if more > 0 {
        format!("{} and {more} more", shown.join(", "))
    } else {
        shown.join(", ")
    };
    Some(Banner::warning(format!(
        "{} sources have no publication date ({list}): their relative dates (\"on Wednesday\", \
         \"last week\") stay unresolved until you set them in the Sources panel",
        names.len()
    )))
}

impl Topic {
    /// The topic of a warning stored in a briefing. Briefings carry their warnings as text
    /// (the JSON contract and the RON file), so this is the one place in the app that reads
    /// one: the extractor writes [`crate::model::MISSING_REFERENCE_DATE_WARNING`] (the test
    /// below keeps the two in step).
    pub fn of_briefing_warning(warning: &str) -> Self {
        if warning.starts_with(crate::model::MISSING_REFERENCE_DATE_WARNING_HEAD) {
            Topic::MissingReferenceDate
        } else {
            Topic::General
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sources_without_a_date_make_one_notice() {
        assert_eq!(undated_sources_banner(&[]), None);
        let one = undated_sources_banner(&["a.txt"]).expect("banner");
        assert!(
            one.text
                .starts_with("a.txt: the publication date is unknown")
        );
        let five =
            undated_sources_banner(&["a.txt", "b.txt", "c.txt", "d.txt", "e.txt"]).expect("banner");
        assert!(
            five.text
                .starts_with("5 sources have no publication date (a.txt, b.txt, c.txt and 2 more)"),
            "{}",
            five.text
        );
        assert_eq!(five.kind, BannerKind::Warning);
    }

    #[test]
    fn the_extractors_missing_date_warning_is_recognised() {
        let b = crate::extract::extract_text(
            "Storm Hits Coast\n\nThe storm made landfall on Monday, officials said.\n",
            &crate::extract::Options::default(),
        );
        let topics: Vec<Topic> = b
            .warnings
            .iter()
            .map(|w| Topic::of_briefing_warning(w))
            .collect();
        assert!(
            topics.contains(&Topic::MissingReferenceDate),
            "{:?}",
            b.warnings
        );
        assert_eq!(
            Topic::of_briefing_warning("no article body was found"),
            Topic::General
        );
    }
}
