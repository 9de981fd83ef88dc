//! Numbered citations of article sentences for the notes exports (Markdown, HTML, PDF).
//!
//! An analyst follows a citation by paragraph: "¶4" is the fourth body paragraph of the
//! article as the reader shows it (the title is not counted). Byte offsets stay in the JSON
//! contract, where programs read them; they are not for people. Look-ups are hashed, so
//! citing n items costs O(n), not O(n²).

use crate::extract::clean;
use crate::model::{Briefing, Provenance, SourceId, Span};
use rustc_hash::FxHashMap as HashMap;
use std::fmt::Write as _;

/// One cited sentence: where it is, and the 1-based paragraph it sits in (`None` when the
/// span is not inside any body paragraph, e.g. a span a loaded file got wrong).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Citation {
    pub provenance: Provenance,
    pub paragraph: Option<usize>,
}

impl Citation {
    /// "¶4", or "" when the paragraph is unknown.
    pub fn paragraph_mark(&self) -> String {
        self.paragraph.map(paragraph_mark).unwrap_or_default()
    }
}

/// How paragraph `n` (1-based) is written in a citation and in the reader's margin: "¶4".
pub fn paragraph_mark(n: usize) -> String {
    format!("¶{n}")
}

/// Citations in order of first use; the same sentence cited twice keeps its number.
pub struct Citations<'b> {
    briefing: &'b Briefing,
    list: Vec<Citation>,
    numbers: HashMap<(SourceId, Span), usize>,
    /// Body paragraphs of each source cited so far, in text order.
    paragraphs: HashMap<SourceId, Vec<Span>>,
}

impl<'b> Citations<'b> {
    pub fn new(briefing: &'b Briefing) -> Self {
        Self {
            briefing,
            list: Vec::new(),
            numbers: HashMap::default(),
            paragraphs: HashMap::default(),
        }
    }

    /// The number of a provenance's sentence (1-based), adding it if new.
    pub fn cite(&mut self, p: &Provenance) -> usize {
        let key = (p.source.clone(), p.sentence);
        if let Some(&n) = self.numbers.get(&key) {
            return n;
        }
        let paragraph = self.paragraph_of(&p.source, p.sentence);
        self.list.push(Citation {
            provenance: p.clone(),
            paragraph,
        });
        let n = self.list.len();
        self.numbers.insert(key, n);
        n
    }

    /// " [1][3]": the numbers of every mention's sentence (each once), or nothing.
    pub fn marks<'p>(&mut self, mentions: impl IntoIterator<Item = &'p Provenance>) -> String {
        let mut numbers: Vec<usize> = Vec::new();
        for p in mentions {
            let n = self.cite(p);
            if !numbers.contains(&n) {
                numbers.push(n);
            }
        }
        if numbers.is_empty() {
            return String::new();
        }
        let mut out = String::from(" ");
        for n in numbers {
            let _ = write!(out, "[{n}]");
        }
        out
    }

    pub fn entries(&self) -> &[Citation] {
        &self.list
    }

    fn paragraph_of(&mut self, source: &SourceId, sentence: Span) -> Option<usize> {
        let briefing = self.briefing;
        let spans = self.paragraphs.entry(source.clone()).or_insert_with(|| {
            briefing
                .source(source)
                .map(|s| clean::clean(&s.text).paragraphs)
                .unwrap_or_default()
        });
        paragraph_number(spans, sentence)
    }
}

/// The 1-based number of the paragraph (in text order) that holds the start of `sentence`.
pub fn paragraph_number(paragraphs: &[Span], sentence: Span) -> Option<usize> {
    let i = paragraphs.partition_point(|p| p.end <= sentence.start);
    let p = paragraphs.get(i)?;
    (p.start <= sentence.start).then_some(i + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paragraphs_are_counted_from_one_and_gaps_have_none() {
        let paras = [Span::new(10, 20), Span::new(22, 40), Span::new(45, 60)];
        assert_eq!(paragraph_number(&paras, Span::new(10, 15)), Some(1));
        assert_eq!(paragraph_number(&paras, Span::new(30, 40)), Some(2));
        assert_eq!(paragraph_number(&paras, Span::new(59, 60)), Some(3));
        assert_eq!(paragraph_number(&paras, Span::new(0, 5)), None, "title");
        assert_eq!(paragraph_number(&paras, Span::new(41, 44)), None, "between");
        assert_eq!(
            paragraph_number(&paras, Span::new(99, 120)),
            None,
            "past the end"
        );
        assert_eq!(paragraph_number(&[], Span::new(0, 1)), None);
    }

    #[test]
    fn the_same_sentence_keeps_its_number_and_its_paragraph_is_found() {
        let text = "Title line\n\nFirst paragraph. It has two sentences.\n\nSecond one here.";
        let b = crate::extract::extract_text(
            text,
            &crate::extract::Options {
                source_name: "a.txt".to_owned(),
                ..Default::default()
            },
        );
        let source = b.sources.first().unwrap().id.clone();
        let at = |start: usize, end: usize| Provenance {
            source: source.clone(),
            sentence: Span::new(start, end),
            expression: None,
        };
        let second = text.find("Second").unwrap();
        let mut c = Citations::new(&b);
        assert_eq!(c.cite(&at(second, text.len())), 1);
        assert_eq!(c.cite(&at(12, 29)), 2);
        assert_eq!(c.cite(&at(second, text.len())), 1);
        let marks: Vec<String> = c.entries().iter().map(Citation::paragraph_mark).collect();
        assert_eq!(marks, ["¶2", "¶1"]);
    }
}
