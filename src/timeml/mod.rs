//! TimeML interop: read a TimeML document (its `<TEXT>` and creation time), write it back
//! with the tagger's `<TIMEX3>` elements, and score a tagger against gold files
//! ([`score`]).
//!
//! The text is never decoded or normalised: offsets are byte offsets into the `<TEXT>`
//! content with its tags removed, and entities such as `&amp;` stay as written, so the
//! output text is the input text character for character. This module does not tag: the
//! one temporal tagger is [`crate::extract::temporal`].

mod read;
pub mod score;

use crate::extract::temporal::{self, TimexType};
use crate::model::Span;
use chrono::NaiveDate;
use std::collections::HashSet;
use std::fmt;
use std::fmt::Write as _;

/// Why a TimeML document could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TimemlError {
    /// 1-based line of the problem, when it has one.
    pub line: Option<usize>,
    pub message: String,
}

impl fmt::Display for TimemlError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.line {
            Some(l) => write!(f, "line {l}: {}", self.message),
            None => f.write_str(&self.message),
        }
    }
}

impl std::error::Error for TimemlError {}

/// A TIMEX3 in a document's text: where it is and what the annotation says.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Annotation {
    /// Byte span in [`Document::text`].
    pub span: Span,
    /// `DATE`, `TIME`, `DURATION` or `SET`.
    pub kind: String,
    /// The TimeML value (`1998-08-07`, `P4Y`, `PRESENT_REF`…).
    pub value: String,
    /// The tagger rule that found it (`None` for gold annotations).
    pub rule: Option<&'static str>,
}

/// A tag inside `<TEXT>` other than TIMEX3 (or a comment, a processing instruction, the
/// markers of a CDATA section), kept for writing the document back.
#[derive(Clone, Debug)]
struct KeptTag {
    /// Offset in the plain text where the tag sits.
    at: usize,
    /// The tag as written.
    raw: String,
    /// +1 opening, -1 closing, 0 anything else.
    depth: i8,
}

/// A parsed TimeML document.
#[derive(Clone, Debug)]
pub struct Document {
    /// Everything up to and including `<TEXT>`, as written.
    header: String,
    /// The `<TEXT>` content without tags; entities as written.
    pub text: String,
    /// Everything from `</TEXT>` to the end, as written (the TLINKs, `</TimeML>`).
    trailer: String,
    /// The document creation time (date part).
    pub dct: NaiveDate,
    /// The TIMEX3 elements inside `<TEXT>`.
    pub gold: Vec<Annotation>,
    tags: Vec<KeptTag>,
    /// CDATA sections of `text`: no TIMEX3 goes inside one.
    cdata: Vec<Span>,
    /// Entity and character references of `text`, in order: no TIMEX3 boundary goes inside
    /// one.
    refs: Vec<Span>,
    /// `tid`s used outside `<TEXT>`, which the written TIMEX3 elements avoid.
    outside_tids: HashSet<String>,
}

impl Document {
    /// Reads a TimeML document from bytes (UTF-8). The whole document must be well-formed
    /// XML (see [`read`]).
    pub fn parse(bytes: &[u8]) -> Result<Self, TimemlError> {
        let src = std::str::from_utf8(bytes).map_err(|e| TimemlError {
            line: None,
            message: format!(
                "not UTF-8 text (invalid byte at offset {})",
                e.valid_up_to()
            ),
        })?;
        let parts = read::read(src)?;
        Ok(Self {
            header: parts.head,
            text: parts.text,
            trailer: parts.tail,
            dct: parts.dct,
            gold: parts.gold,
            tags: parts.tags,
            cdata: parts.cdata,
            refs: parts.refs,
            outside_tids: parts.outside_tids,
        })
    }

    /// Runs the temporal tagger on the text with the creation time as reference.
    pub fn tag(&self) -> Vec<Annotation> {
        temporal::tag_text(&self.text, self.dct)
            .into_iter()
            .map(|t| Annotation {
                span: t.span,
                kind: type_name(t.kind).to_owned(),
                value: t.value,
                rule: Some(t.rule),
            })
            .collect()
    }

    /// The whole document with `annotations` as the only TIMEX3 elements of `<TEXT>`.
    /// Other tags inside `<TEXT>` are kept; an annotation that would cross one of them
    /// (not nest), reach into a CDATA section or cut an entity reference is left out. Everything before `<TEXT>` and
    /// from `</TEXT>` on is written as it was read, so the output is well-formed XML.
    pub fn write(&self, annotations: &[Annotation]) -> String {
        let mut list: Vec<&Annotation> = annotations
            .iter()
            .filter(|a| {
                a.span.start < a.span.end && self.text.get(a.span.start..a.span.end).is_some()
            })
            .filter(|a| self.nests(a.span))
            .filter(|a| !self.inside_a_reference(a.span.start))
            .filter(|a| !self.inside_a_reference(a.span.end))
            .filter(|a| {
                !self
                    .cdata
                    .iter()
                    .any(|c| c.start < a.span.end && a.span.start < c.end)
            })
            .collect();
        list.sort_by_key(|a| (a.span.start, a.span.end));
        // No overlaps: keep the first of overlapping annotations.
        let mut chosen: Vec<&Annotation> = Vec::with_capacity(list.len());
        for a in list {
            if chosen.last().is_none_or(|p| p.span.end <= a.span.start) {
                chosen.push(a);
            }
        }
        let mut out = String::with_capacity(self.header.len() + self.text.len() * 2);
        out.push_str(&self.header);
        let mut pos = 0;
        let mut tags = self.tags.iter().peekable();
        let emit_text = |out: &mut String, to: usize, pos: &mut usize| {
            if to > *pos {
                out.push_str(self.text.get(*pos..to).unwrap_or(""));
                *pos = to;
            }
        };
        let mut tid = 0usize;
        for a in &chosen {
            tid += 1;
            while self.outside_tids.contains(&format!("t{tid}")) {
                tid += 1;
            }
            // Tags up to and at the start go before the opening TIMEX3.
            while let Some(t) = tags.next_if(|t| t.at <= a.span.start) {
                emit_text(&mut out, t.at, &mut pos);
                out.push_str(&t.raw);
            }
            emit_text(&mut out, a.span.start, &mut pos);
            let _ = write!(
                out,
                "<TIMEX3 tid=\"t{tid}\" type=\"{}\" value=\"{}\">",
                escape_attr(&a.kind),
                escape_attr(&a.value)
            );
            while let Some(t) = tags.next_if(|t| t.at < a.span.end) {
                emit_text(&mut out, t.at, &mut pos);
                out.push_str(&t.raw);
            }
            emit_text(&mut out, a.span.end, &mut pos);
            out.push_str("</TIMEX3>");
        }
        for t in tags {
            emit_text(&mut out, t.at, &mut pos);
            out.push_str(&t.raw);
        }
        emit_text(&mut out, self.text.len(), &mut pos);
        out.push_str(&self.trailer);
        out
    }

    /// True if `at` falls strictly inside an entity or character reference (after its `&`,
    /// before the end of its `;`), where a tag would split it.
    fn inside_a_reference(&self, at: usize) -> bool {
        let before = self.refs.partition_point(|r| r.start < at);
        before
            .checked_sub(1)
            .and_then(|i| self.refs.get(i))
            .is_some_and(|r| at < r.end)
    }

    /// The kept tags strictly inside `span` are balanced, so a TIMEX3 there nests.
    fn nests(&self, span: Span) -> bool {
        let mut depth = 0i32;
        for t in self
            .tags
            .iter()
            .filter(|t| t.at > span.start && t.at < span.end)
        {
            depth += i32::from(t.depth);
            if depth < 0 {
                return false;
            }
        }
        depth == 0
    }
}

/// The TimeML name of a type.
pub fn type_name(kind: TimexType) -> &'static str {
    match kind {
        TimexType::Date => "DATE",
        TimexType::Time => "TIME",
        TimexType::Duration => "DURATION",
        TimexType::Set => "SET",
    }
}

fn escape_attr(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;")
}

#[cfg(test)]
mod tests {
    use super::*;

    const DOC: &str = "<?xml version=\"1.0\" ?>\n<TimeML>\n<DOCID>X1</DOCID>\n\
<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"2026-01-06\" temporalFunction=\"false\" functionInDocument=\"CREATION_TIME\">January 6, 2026</TIMEX3></DCT>\n\
<TEXT>\nThe council <EVENT eid=\"e1\" class=\"OCCURRENCE\">met</EVENT> <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2026-01-05\">Monday</TIMEX3> at Smith &amp; Sons.\n</TEXT>\n\
<MAKEINSTANCE eventID=\"e1\" eiid=\"ei1\"/>\n</TimeML>\n";

    #[test]
    fn reads_text_dct_and_gold() {
        let d = Document::parse(DOC.as_bytes()).unwrap();
        assert_eq!(d.dct, NaiveDate::from_ymd_opt(2026, 1, 6).unwrap());
        assert_eq!(d.text, "\nThe council met Monday at Smith &amp; Sons.\n");
        assert_eq!(d.gold.len(), 1);
        assert_eq!(d.gold[0].span.slice(&d.text), Some("Monday"));
        assert_eq!(
            (d.gold[0].kind.as_str(), d.gold[0].value.as_str()),
            ("DATE", "2026-01-05")
        );
    }

    /// Reads `xml` to the end with quick-xml, checking that every element closes.
    fn parses(xml: &str) -> Result<(), String> {
        let mut r = quick_xml::Reader::from_str(xml);
        let mut depth = 0i32;
        loop {
            match r.read_event().map_err(|e| e.to_string())? {
                quick_xml::events::Event::Start(_) => depth += 1,
                quick_xml::events::Event::End(_) => depth -= 1,
                quick_xml::events::Event::Eof => break,
                _ => {}
            }
        }
        if depth == 0 {
            Ok(())
        } else {
            Err(format!("{depth} element(s) left open"))
        }
    }

    #[test]
    fn writes_the_whole_document_with_new_timex_only() {
        let d = Document::parse(DOC.as_bytes()).unwrap();
        let out = d.write(&d.tag());
        parses(&out).unwrap();
        // Everything after </TEXT> is kept: the MAKEINSTANCE, the root's end.
        assert!(
            out.ends_with("</TEXT>\n<MAKEINSTANCE eventID=\"e1\" eiid=\"ei1\"/>\n</TimeML>\n"),
            "{out}"
        );
        assert!(out.contains("<EVENT eid=\"e1\" class=\"OCCURRENCE\">met</EVENT>"));
        assert!(out.contains(">Monday</TIMEX3>"), "{out}");
        assert!(out.contains("value=\"2026-01-05\""), "{out}");
        assert!(out.contains("Smith &amp; Sons."));
        // The creation time keeps t0; the new TIMEX3 start at t1.
        assert_eq!(out.matches("tid=\"t0\"").count(), 1);
        // Reading the output back gives the same text.
        let again = Document::parse(out.as_bytes()).unwrap();
        assert_eq!(again.text, d.text);
        assert_eq!(again.gold.len(), 1);
    }

    #[test]
    fn valid_xml_of_every_kind_is_read() {
        // A comment holding a fake creation time, a processing instruction, CDATA, `>` in an
        // attribute value, a non-ASCII element name, TLINKs after the text.
        let doc = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE TimeML>\n<TimeML>\n\
<!-- <TIMEX3 tid=\"t9\" type=\"DATE\" value=\"1999-01-01\" functionInDocument=\"CREATION_TIME\"/> -->\n\
<?style sheet?>\n\
<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"2026-01-06\" functionInDocument=\"CREATION_TIME\" note=\"a > b\">today</TIMEX3></DCT>\n\
<TEXT>\nThe <Straße kind=\"x>y\">council</Straße> met <!-- note --> on Monday<?pi x?>.\n\
<![CDATA[Raw <text> & more on Tuesday]]> Then it met on Friday.\n</TEXT>\n\
<TLINK lid=\"l1\" relType=\"BEFORE\" timeID=\"t1\" relatedToTime=\"t0\"/>\n</TimeML>\n";
        let d = Document::parse(doc.as_bytes()).unwrap();
        assert_eq!(
            d.dct,
            NaiveDate::from_ymd_opt(2026, 1, 6).unwrap(),
            "not the commented one"
        );
        assert!(
            d.text.contains("The council met  on Monday."),
            "{:?}",
            d.text
        );
        assert!(
            d.text.contains("Raw <text> & more on Tuesday"),
            "{:?}",
            d.text
        );
        let out = d.write(&d.tag());
        parses(&out).unwrap();
        assert!(out.contains("<TLINK lid=\"l1\""), "{out}");
        assert!(out.contains(">Monday</TIMEX3>"), "{out}");
        assert!(out.contains(">Friday</TIMEX3>"), "{out}");
        // Nothing is tagged inside the CDATA section, and it is written back as it was.
        assert!(
            out.contains("<![CDATA[Raw <text> & more on Tuesday]]>"),
            "{out}"
        );
        assert!(
            out.contains("<Straße kind=\"x>y\">council</Straße>"),
            "{out}"
        );
        assert!(out.contains("<!-- note -->") && out.contains("<?pi x?>"));
    }

    #[test]
    fn bad_input_is_an_error() {
        let no_dct = DOC.replace("CREATION_TIME", "NONE");
        assert!(
            Document::parse(no_dct.as_bytes())
                .unwrap_err()
                .message
                .contains("creation time")
        );
        assert!(Document::parse(DOC.replace("</TEXT>", "").as_bytes()).is_err());
        assert!(Document::parse(DOC.replace("&amp;", "&").as_bytes()).is_err());
        assert!(Document::parse(DOC.replace("</EVENT>", "").as_bytes()).is_err());
        assert!(Document::parse(DOC.replace("<EVENT eid", "<EVENT eid=").as_bytes()).is_err());
        assert!(Document::parse(DOC.replace("</TimeML>", "").as_bytes()).is_err());
        assert!(Document::parse(DOC.replace("&amp;", "&#xD800;").as_bytes()).is_err());
        assert!(Document::parse(b"<TEXT>\xff</TEXT>").is_err());
        assert!(Document::parse(b"").is_err());
        let e = Document::parse(DOC.replace("</EVENT>", "").as_bytes()).unwrap_err();
        assert_eq!(
            e.line,
            Some(7),
            "the line of the </TEXT> that closes too early: {e}"
        );
    }

    #[test]
    fn no_timex_boundary_falls_inside_an_entity_reference() {
        // Found by the `timeml` fuzz target: the tagger finds "Tuesday" inside `&Tuesday;`
        // (and inside a reference quick-xml reads up to a far `;`), and a TIMEX3 written
        // there splits the reference, so the output no longer parses.
        for text in [
            "It met &Tuesday; and on Friday.",
            "It met &Tuesday]; and on Friday.",
            "It met &\r\rnext week and Tuesday (ve;ry and on Friday.",
        ] {
            let doc = DOC.replace("The council <EVENT", &format!("{text} <EVENT"));
            let d = Document::parse(doc.as_bytes()).unwrap();
            let out = d.write(&d.tag());
            let again = Document::parse(out.as_bytes())
                .unwrap_or_else(|e| panic!("{text:?}: the output does not read: {e}\n{out}"));
            assert_eq!(again.text, d.text);
            assert!(out.contains(">Friday</TIMEX3>"), "{out}");
        }
    }

    #[test]
    fn a_timex_crossing_another_tag_is_left_out() {
        let d = Document::parse(DOC.as_bytes()).unwrap();
        let start = d.text.find("met").unwrap();
        let a = Annotation {
            span: Span::new(start + 1, start + 10),
            kind: "DATE".into(),
            value: "2026".into(),
            rule: None,
        };
        let out = d.write(&[a]);
        assert!(!out.contains("<TIMEX3 tid=\"t1\""), "{out}");
    }
}
