//! PolNeAR's attribution files (`NAME_ANNOTATOR.ann`, brat standoff): what each
//! attribution's source, cue and content are, as character spans of the article text.
//!
//! Lines used: `T<n>\t<Type> <start> <end>[;<start> <end>…]\t<text>` (a text span; offsets
//! count Unicode scalar values, discontinuous spans are separated by `;`) and
//! `E<n>\tAttribution:T<a> Content:T<c> Cue:T<q> Source:T<s>` (or `Attribution-no-source`
//! without a source). Other lines (`Discuss`, `Discard`, notes) are ignored.

use std::collections::BTreeMap;

/// A character range `[start, end)` of the article text.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct CharSpan {
    pub start: usize,
    pub end: usize,
}

/// One gold attribution.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Attribution {
    /// The `E` line's id ("E12").
    pub id: String,
    /// Who is cited, if the annotator marked a source.
    pub source: Vec<CharSpan>,
    pub cue: Vec<CharSpan>,
    pub content: Vec<CharSpan>,
}

/// Why an `.ann` line could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AnnError {
    /// 1-based line number.
    pub line: usize,
    pub message: String,
}

impl std::fmt::Display for AnnError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "line {}: {}", self.line, self.message)
    }
}

fn spans_of(field: &str, line: usize) -> Result<Vec<CharSpan>, AnnError> {
    // "Content 120 211" or "Content 2103 2168;2170 2425".
    let ranges = field.split_once(' ').map_or("", |(_, r)| r);
    ranges
        .split(';')
        .map(|r| {
            let mut it = r.split_whitespace().map(str::parse::<usize>);
            match (it.next(), it.next(), it.next()) {
                (Some(Ok(start)), Some(Ok(end)), None) if start <= end => {
                    Ok(CharSpan { start, end })
                }
                _ => Err(AnnError {
                    line,
                    message: format!("bad span list `{field}`"),
                }),
            }
        })
        .collect()
}

/// Reads the attributions of one `.ann` file, in the order of their `E` lines.
pub fn parse(text: &str) -> Result<Vec<Attribution>, AnnError> {
    let mut spans: BTreeMap<&str, Vec<CharSpan>> = BTreeMap::new();
    let mut events: Vec<(usize, &str, &str)> = Vec::new();
    for (i, line) in text.lines().enumerate() {
        let mut cols = line.split('\t');
        let (Some(id), Some(field)) = (cols.next(), cols.next()) else {
            continue;
        };
        if id.starts_with('T') {
            let kind = field.split(' ').next().unwrap_or("");
            if matches!(
                kind,
                "Source" | "Cue" | "Content" | "Attribution" | "Attribution-no-source"
            ) {
                spans.insert(id, spans_of(field, i + 1)?);
            }
        } else if id.starts_with('E') && field.starts_with("Attribution") {
            events.push((i + 1, id, field));
        }
    }
    let mut out = Vec::with_capacity(events.len());
    for (_, id, field) in events {
        let mut a = Attribution {
            id: id.to_owned(),
            source: Vec::new(),
            cue: Vec::new(),
            content: Vec::new(),
        };
        for part in field.split_whitespace() {
            let Some((role, t)) = part.split_once(':') else {
                continue;
            };
            let target = match role {
                "Source" => &mut a.source,
                "Cue" => &mut a.cue,
                "Content" => &mut a.content,
                _ => continue,
            };
            // A few files refer to a span they never define: that role stays empty.
            if let Some(s) = spans.get(t) {
                target.clone_from(s);
            }
        }
        if !a.content.is_empty() {
            out.push(a);
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_sources_cues_and_split_contents() {
        let ann = "T1\tSource 0 5\tAnna\n\
                   T2\tCue 6 10\tsaid\n\
                   T3\tContent 12 20;30 40\tx y\n\
                   T4\tAttribution 6 10\tsaid\n\
                   E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1\n\
                   T5\tCue 50 55\tsaid\n\
                   T6\tContent 56 60\tz\n\
                   T7\tAttribution-no-source 50 55\tsaid\n\
                   E2\tAttribution-no-source:T7 Content:T6 Cue:T5\n\
                   T8\tDiscuss 1 2\tq\n";
        let a = parse(ann).unwrap();
        assert_eq!(a.len(), 2);
        assert_eq!(a[0].source, [CharSpan { start: 0, end: 5 }]);
        assert_eq!(
            a[0].content,
            [
                CharSpan { start: 12, end: 20 },
                CharSpan { start: 30, end: 40 }
            ]
        );
        assert!(a[1].source.is_empty());
        assert_eq!(a[1].cue, [CharSpan { start: 50, end: 55 }]);
    }

    #[test]
    fn bad_spans_are_errors_and_undefined_ones_are_skipped() {
        let e = parse("T1\tContent 5 x\tq\n").unwrap_err();
        assert_eq!(e.line, 1);
        // An undefined span leaves the role empty; without content there is no attribution.
        assert_eq!(parse("E1\tAttribution:T4 Content:T9\n"), Ok(Vec::new()));
    }
}
