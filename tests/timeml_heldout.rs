//! Temporal tagging on a held-out set: twelve invented news articles annotated with TIMEX3
//! by a second author who followed the TimeML guidelines without seeing the tagger or its
//! development corpus (`data/timeml_heldout.rs`). Scored the TempEval-3 way; run with
//! `cargo test --test timeml_heldout -- --nocapture` to see the figures and every miss.

#[path = "data/timeml_heldout.rs"]
mod heldout;

use briefline::extract::temporal::tag_text;
use briefline::model::Span;
use briefline::timeml::score::{Counts, pairs, score};
use briefline::timeml::{Annotation, type_name};
use chrono::NaiveDate;
use std::fmt::Write as _;

/// The gold annotations of a document: each extent found in order in the text.
fn gold(doc: &heldout::Doc) -> Vec<Annotation> {
    let mut from = 0;
    let mut out = Vec::new();
    for (extent, kind, value) in doc.timexes {
        let Some(at) = doc.text.get(from..).and_then(|rest| rest.find(extent)) else {
            panic!(
                "{}: {extent:?} is not in the text after byte {from}",
                doc.name
            );
        };
        let start = from + at;
        out.push(Annotation {
            span: Span::new(start, start + extent.len()),
            kind: (*kind).to_owned(),
            value: (*value).to_owned(),
        });
        from = start + extent.len();
    }
    out
}

#[test]
fn heldout_temporal_expressions() {
    let mut total = Counts::default();
    let mut log = String::new();
    for doc in heldout::DOCS {
        let Ok(dct) = NaiveDate::parse_from_str(doc.dct, "%Y-%m-%d") else {
            panic!("{}: bad creation date {}", doc.name, doc.dct);
        };
        let g = gold(doc);
        let s: Vec<Annotation> = tag_text(doc.text, dct)
            .into_iter()
            .map(|t| Annotation {
                span: t.span,
                kind: type_name(t.kind).to_owned(),
                value: t.value,
            })
            .collect();
        total += score(&g, &s);
        let at = |a: &Annotation| doc.text.get(a.span.start..a.span.end).unwrap_or("");
        let paired = pairs(&g, &s);
        for (gi, si) in &paired {
            let (ga, sa) = (&g[*gi], &s[*si]);
            if ga.span != sa.span || ga.value != sa.value || ga.kind != sa.kind {
                let _ = writeln!(
                    log,
                    "{}: gold {:?} {} {} / system {:?} {} {}",
                    doc.name,
                    at(ga),
                    ga.kind,
                    ga.value,
                    at(sa),
                    sa.kind,
                    sa.value
                );
            }
        }
        for (gi, ga) in g.iter().enumerate() {
            if !paired.iter().any(|(x, _)| *x == gi) {
                let _ = writeln!(
                    log,
                    "{}: missed {:?} {} {}",
                    doc.name,
                    at(ga),
                    ga.kind,
                    ga.value
                );
            }
        }
        for (si, sa) in s.iter().enumerate() {
            if !paired.iter().any(|(_, x)| *x == si) {
                let _ = writeln!(
                    log,
                    "{}: spurious {:?} {} {}",
                    doc.name,
                    at(sa),
                    sa.kind,
                    sa.value
                );
            }
        }
    }
    let (st, re, va) = (total.strict(), total.relaxed(), total.value());
    println!(
        "held-out TimeML: {} documents, gold {} system {}\n\
         strict P {:.2} R {:.2} F1 {:.2}\nrelaxed P {:.2} R {:.2} F1 {:.2}\n\
         type accuracy {:.2}, value accuracy {:.2}; value F1 {:.2}\n{log}",
        heldout::DOCS.len(),
        total.gold,
        total.system,
        st.p,
        st.r,
        st.f,
        re.p,
        re.r,
        re.f,
        total.type_accuracy(),
        total.value_accuracy(),
        va.f
    );
    assert!(total.gold >= 100, "the held-out set is too small");
    // The targets, as a floor against regressions. (First run, before any change
    // made with this set: strict 92.45, relaxed 97.48, value F1 93.71.)
    assert!(
        st.f >= 90.0 && re.f >= 94.0 && va.f >= 85.0,
        "below the targets (strict 90, relaxed 94, value 85)"
    );
}
