//! Where reports of one event disagree: on its date (each from a time expression in the
//! text, never the publication date) or on a figure (casualties, votes, amounts,
//! percentages). Each conflict keeps every source's version, and becomes an open question
//! linked to the sources that disagree.

use super::events::{DateFit, Report, date_fit};
use super::words::Figure;
use crate::model::{Conflict, ConflictKind, ConflictVersion, SourceId, Span};

fn sentence_of(r: &Report) -> Span {
    r.event
        .provenance
        .as_ref()
        .map_or(Span::new(0, 0), |p| p.sentence)
}

fn source_of(r: &Report) -> Option<SourceId> {
    r.event.provenance.as_ref().map(|p| p.source.clone())
}

/// Reports whose explicit dates rule each other out, one version each.
pub fn date_conflict(reports: &[&Report]) -> Option<Conflict> {
    let dated: Vec<&&Report> = reports.iter().filter(|r| r.has_explicit_date()).collect();
    let clashing: Vec<&&Report> = dated
        .iter()
        .copied()
        .filter(|a| {
            dated
                .iter()
                .any(|b| date_fit(&a.event.date, &b.event.date) != DateFit::Consistent)
        })
        .collect();
    if clashing.len() < 2 {
        return None;
    }
    let versions = clashing
        .iter()
        .filter_map(|r| {
            Some(ConflictVersion {
                source: source_of(r)?,
                value: r.event.date.display(),
                sentence: sentence_of(r),
            })
        })
        .collect();
    Some(Conflict {
        kind: ConflictKind::Date,
        versions,
    })
}

/// Figures for the same thing that cannot all be true. A report that states two different
/// values for one unit is left out of that unit (its own text is ambiguous).
pub fn figure_conflicts(reports: &[&Report]) -> Vec<Conflict> {
    let mut units: Vec<&str> = Vec::new();
    for f in reports.iter().flat_map(|r| &r.figures) {
        if !units.contains(&f.unit.as_str()) {
            units.push(&f.unit);
        }
    }
    let mut out = Vec::new();
    for unit in units {
        let stated: Vec<(&Report, &Figure)> = reports
            .iter()
            .filter_map(|r| {
                let mut of_unit = r.figures.iter().filter(|f| f.unit == unit);
                let first = of_unit.next()?;
                of_unit
                    .all(|f| f.value.total_cmp(&first.value).is_eq() && f.bound == first.bound)
                    .then_some((*r, first))
            })
            .collect();
        let contradicted = stated
            .iter()
            .any(|(_, a)| stated.iter().any(|(_, b)| a.contradicts(b)));
        if contradicted {
            out.push(Conflict {
                kind: ConflictKind::Figure {
                    unit: unit.to_owned(),
                },
                versions: stated
                    .iter()
                    .filter_map(|(r, f)| {
                        Some(ConflictVersion {
                            source: source_of(r)?,
                            value: f.text.clone(),
                            sentence: sentence_of(r),
                        })
                    })
                    .collect(),
            });
        }
    }
    out
}

/// The open question a conflict raises: "Did “Vesland and Marrica signed an agreement”
/// happen on 7 Jan 2026 or 8 Jan 2026?", "Was it 212 votes or 214 votes?".
pub fn question_text(c: &Conflict, title: &str) -> String {
    let mut values: Vec<&str> = Vec::new();
    for v in &c.versions {
        if !values.contains(&v.value.as_str()) {
            values.push(&v.value);
        }
    }
    let alternatives = match values.as_slice() {
        [] => String::new(),
        [one] => (*one).to_owned(),
        [rest @ .., last] => format!("{} or {last}", rest.join(", ")),
    };
    match c.kind {
        ConflictKind::Date => format!("Did “{title}” happen on {alternatives}?"),
        ConflictKind::Figure { .. } => format!("Was it {alternatives}? (“{title}”)"),
    }
}
