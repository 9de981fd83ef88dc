//! TimeML interop: read a TimeML document (its `<TEXT>` and creation time), write it back
//! with the tagger's `<TIMEX3>` elements, and score a tagger against gold files
//! ([`score`]).
//!
//! The text is never decoded or normalised: offsets are byte offsets into the `<TEXT>`
//! content with its tags removed, and entities such as `&amp;` stay as written, so the
//! output text is the input text character for character. This module does not tag: the
//! one temporal tagger is [`crate::extract::temporal`].

pub mod score;

use crate::extract::temporal::{self, TimexType};
use crate::model::Span;
use chrono::NaiveDate;
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

/// A tag inside `<TEXT>` other than TIMEX3, kept for writing the document back.
#[derive(Clone, Debug)]
struct KeptTag {
    /// Offset in the plain text where the tag sits.
    at: usize,
    /// The tag as written.
    raw: String,
    /// +1 opening, -1 closing, 0 empty element.
    depth: i8,
}

/// A parsed TimeML document.
#[derive(Clone, Debug)]
pub struct Document {
    /// Everything up to and including `<TEXT>`, as written.
    header: String,
    /// The `<TEXT>` content without tags; entities as written.
    pub text: String,
    /// The document creation time (date part).
    pub dct: NaiveDate,
    /// The TIMEX3 elements inside `<TEXT>`.
    pub gold: Vec<Annotation>,
    tags: Vec<KeptTag>,
}

fn line_at(src: &str, pos: usize) -> usize {
    src.as_bytes()
        .get(..pos)
        .map_or(0, |b| b.split(|&c| c == b'\n').count() - 1)
        + 1
}

fn err(src: &str, pos: usize, message: impl Into<String>) -> TimemlError {
    TimemlError {
        line: Some(line_at(src, pos)),
        message: message.into(),
    }
}

/// One parsed tag.
struct Tag<'a> {
    name: &'a str,
    closing: bool,
    empty: bool,
    attrs: Vec<(&'a str, &'a str)>,
}

/// Parses the tag `<...>` in `raw` (the brackets included).
fn parse_tag(raw: &str) -> Option<Tag<'_>> {
    let inner = raw.strip_prefix('<')?.strip_suffix('>')?;
    let (closing, inner) = match inner.strip_prefix('/') {
        Some(r) => (true, r),
        None => (false, inner),
    };
    let (empty, inner) = match inner.strip_suffix('/') {
        Some(r) => (true, r),
        None => (false, inner),
    };
    let name_end = inner
        .find(|c: char| c.is_whitespace())
        .unwrap_or(inner.len());
    let name = inner.get(..name_end)?;
    if name.is_empty()
        || !name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | ':' | '.'))
    {
        return None;
    }
    let mut attrs = Vec::new();
    let mut rest = inner.get(name_end..)?.trim_start();
    while !rest.is_empty() {
        let eq = rest.find('=')?;
        let key = rest.get(..eq)?.trim();
        let after = rest.get(eq + 1..)?.trim_start();
        let quote = after.chars().next().filter(|c| matches!(c, '"' | '\''))?;
        let body = after.get(1..)?;
        let close = body.find(quote)?;
        attrs.push((key, body.get(..close)?));
        rest = body.get(close + 1..)?.trim_start();
    }
    if closing && (empty || !attrs.is_empty()) {
        return None;
    }
    Some(Tag {
        name,
        closing,
        empty,
        attrs,
    })
}

impl Tag<'_> {
    fn attr(&self, key: &str) -> Option<&str> {
        self.attrs.iter().find(|(k, _)| *k == key).map(|(_, v)| *v)
    }
}

/// Checks that every `&` in `s` starts an entity (`&name;`, `&#123;`, `&#x1F;`).
fn check_entities(src: &str, base: usize, s: &str) -> Result<(), TimemlError> {
    for (i, _) in s.match_indices('&') {
        let rest = s.get(i + 1..).unwrap_or("");
        let len = rest
            .find(|c: char| !(c.is_ascii_alphanumeric() || c == '#'))
            .unwrap_or(rest.len());
        if len == 0 || !rest.get(len..).is_some_and(|r| r.starts_with(';')) {
            return Err(err(
                src,
                base + i,
                "a bare `&` that does not start an entity (write `&amp;`)",
            ));
        }
    }
    Ok(())
}

/// Finds the creation time in the part of the document before `<TEXT>`.
fn find_dct(src: &str, head: &str) -> Result<NaiveDate, TimemlError> {
    let mut pos = 0;
    while let Some(off) = head.get(pos..).and_then(|r| r.find("<TIMEX3")) {
        let start = pos + off;
        let Some(end) = head.get(start..).and_then(|r| r.find('>')) else {
            return Err(err(src, start, "unterminated TIMEX3 tag"));
        };
        let raw = head.get(start..=start + end).unwrap_or("");
        let tag = parse_tag(raw).ok_or_else(|| err(src, start, "malformed TIMEX3 tag"))?;
        if tag.attr("functionInDocument") == Some("CREATION_TIME") {
            let value = tag.attr("value").unwrap_or("");
            return value
                .get(..10)
                .and_then(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok())
                .ok_or_else(|| {
                    err(
                        src,
                        start,
                        format!("the creation time `{value}` is not a date (YYYY-MM-DD…)"),
                    )
                });
        }
        pos = start + end + 1;
    }
    Err(TimemlError {
        line: None,
        message: "no document creation time (a TIMEX3 with functionInDocument=\"CREATION_TIME\" before <TEXT>)".into(),
    })
}

impl Document {
    /// Reads a TimeML document from bytes (UTF-8).
    pub fn parse(bytes: &[u8]) -> Result<Self, TimemlError> {
        let src = std::str::from_utf8(bytes).map_err(|e| TimemlError {
            line: None,
            message: format!(
                "not UTF-8 text (invalid byte at offset {})",
                e.valid_up_to()
            ),
        })?;
        let open = src.find("<TEXT>").ok_or_else(|| TimemlError {
            line: None,
            message: "no <TEXT> element".into(),
        })?;
        let content_start = open + "<TEXT>".len();
        let content_len = src
            .get(content_start..)
            .and_then(|r| r.find("</TEXT>"))
            .ok_or_else(|| err(src, open, "<TEXT> is never closed with </TEXT>"))?;
        let header = src.get(..content_start).unwrap_or("");
        let dct = find_dct(src, src.get(..open).unwrap_or(""))?;
        let content = src
            .get(content_start..content_start + content_len)
            .unwrap_or("");

        let mut text = String::with_capacity(content.len());
        let mut gold = Vec::new();
        let mut tags = Vec::new();
        let mut stack: Vec<&str> = Vec::new();
        // The TIMEX3 being read: its start offset, type and value.
        let mut open_timex: Option<(usize, String, String)> = None;
        let mut rest = content;
        let mut base = content_start;
        while let Some(lt) = rest.find('<') {
            let chunk = rest.get(..lt).unwrap_or("");
            check_entities(src, base, chunk)?;
            if chunk.contains('>') {
                return Err(err(src, base, "a stray `>` in the text"));
            }
            text.push_str(chunk);
            let after = rest.get(lt..).unwrap_or("");
            let gt = after
                .find('>')
                .ok_or_else(|| err(src, base + lt, "unterminated tag"))?;
            let raw = after.get(..=gt).unwrap_or("");
            let tag = parse_tag(raw).ok_or_else(|| {
                err(
                    src,
                    base + lt,
                    format!(
                        "malformed tag `{}`",
                        raw.chars().take(60).collect::<String>()
                    ),
                )
            })?;
            if tag.closing {
                if stack.pop() != Some(tag.name) {
                    return Err(err(
                        src,
                        base + lt,
                        format!("</{}> does not close the open element", tag.name),
                    ));
                }
            } else if !tag.empty {
                stack.push(tag.name);
            }
            if tag.name == "TIMEX3" {
                if tag.closing {
                    if let Some((start, kind, value)) = open_timex.take() {
                        gold.push(Annotation {
                            span: Span::new(start, text.len()),
                            kind,
                            value,
                            rule: None,
                        });
                    }
                } else if !tag.empty {
                    open_timex = Some((
                        text.len(),
                        tag.attr("type").unwrap_or("").to_owned(),
                        tag.attr("value").unwrap_or("").to_owned(),
                    ));
                }
            } else {
                tags.push(KeptTag {
                    at: text.len(),
                    raw: raw.to_owned(),
                    depth: if tag.empty {
                        0
                    } else if tag.closing {
                        -1
                    } else {
                        1
                    },
                });
            }
            base += lt + gt + 1;
            rest = after.get(gt + 1..).unwrap_or("");
        }
        check_entities(src, base, rest)?;
        if rest.contains('>') {
            return Err(err(src, base, "a stray `>` in the text"));
        }
        text.push_str(rest);
        if let Some(name) = stack.last() {
            return Err(err(
                src,
                content_start + content_len,
                format!("<{name}> is not closed before </TEXT>"),
            ));
        }
        Ok(Self {
            header: header.to_owned(),
            text,
            dct,
            gold,
            tags,
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

    /// The document up to `</TEXT>` with `annotations` as the only TIMEX3 elements.
    /// Other tags inside `<TEXT>` are kept; an annotation that would cross one of them
    /// (not nest) is left out. Nothing is written after `</TEXT>`.
    pub fn write(&self, annotations: &[Annotation]) -> String {
        let mut list: Vec<&Annotation> = annotations
            .iter()
            .filter(|a| a.span.start < a.span.end && a.span.end <= self.text.len())
            .filter(|a| self.nests(a.span))
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
        for (n, a) in chosen.iter().enumerate() {
            // Tags up to and at the start go before the opening TIMEX3.
            while let Some(t) = tags.next_if(|t| t.at <= a.span.start) {
                emit_text(&mut out, t.at, &mut pos);
                out.push_str(&t.raw);
            }
            emit_text(&mut out, a.span.start, &mut pos);
            let _ = write!(
                out,
                "<TIMEX3 tid=\"t{}\" type=\"{}\" value=\"{}\">",
                n + 1,
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
        out.push_str("</TEXT>");
        out
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

    #[test]
    fn writes_text_unchanged_with_new_timex_only() {
        let d = Document::parse(DOC.as_bytes()).unwrap();
        let out = d.write(&d.tag());
        assert!(out.ends_with("</TEXT>"), "{out}");
        assert!(!out.contains("MAKEINSTANCE"));
        assert!(out.contains("<EVENT eid=\"e1\" class=\"OCCURRENCE\">met</EVENT>"));
        assert!(out.contains(">Monday</TIMEX3>"), "{out}");
        assert!(out.contains("value=\"2026-01-05\""), "{out}");
        assert!(out.contains("Smith &amp; Sons."));
        // Reading the output back gives the same text.
        let again = Document::parse(format!("{out}\n</TimeML>").as_bytes()).unwrap();
        assert_eq!(again.text, d.text);
        assert_eq!(again.gold.len(), 1);
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
        assert!(Document::parse(b"<TEXT>\xff</TEXT>").is_err());
        assert!(Document::parse(b"").is_err());
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
