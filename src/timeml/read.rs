//! Reading a TimeML document with a real XML reader (quick-xml): comments, CDATA,
//! processing instructions, `>` inside attribute values and any element name are fine; the
//! document must be well-formed from start to end.
//!
//! What comes out: the document before `<TEXT>` and after `</TEXT>` as written, the text
//! of `<TEXT>` with its tags taken out (entities as written), the tags kept to write back,
//! the TIMEX3 annotations inside it, and the creation time (the TIMEX3 with
//! `functionInDocument="CREATION_TIME"` before `<TEXT>`; one inside a comment is a comment).

use super::{Annotation, KeptTag, TimemlError};
use crate::model::Span;
use chrono::NaiveDate;
use quick_xml::Reader;
use quick_xml::events::{BytesStart, Event};
use std::collections::HashSet;

/// A TimeML document taken apart.
#[derive(Debug)]
pub(super) struct Parts {
    pub head: String,
    pub text: String,
    pub tail: String,
    pub dct: NaiveDate,
    pub gold: Vec<Annotation>,
    pub tags: Vec<KeptTag>,
    /// CDATA sections of the text (byte spans of `text`): no TIMEX3 may open inside one.
    pub cdata: Vec<Span>,
    /// Entity and character references of the text (`&amp;`, `&#65;`, as written), in
    /// order: no TIMEX3 may start or end inside one.
    pub refs: Vec<Span>,
    /// `tid`s of the TIMEX3 elements outside `<TEXT>` (the creation time's, usually `t0`).
    pub outside_tids: HashSet<String>,
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

/// An attribute's value (entities resolved); an error for a malformed attribute list.
fn attr(
    tag: &BytesStart<'_>,
    reader: &Reader<&[u8]>,
    key: &[u8],
) -> Result<Option<String>, quick_xml::Error> {
    let mut found = None;
    for a in tag.attributes() {
        let a = a?;
        if a.key.as_ref() == key && found.is_none() {
            let v = a.decoded_and_normalized_value(
                quick_xml::XmlVersion::Implicit1_0,
                reader.decoder(),
            )?;
            found = Some(v.into_owned());
        }
    }
    Ok(found)
}

/// The creation time in a TIMEX3 tag, if it is one.
fn creation_time(
    src: &str,
    at: usize,
    tag: &BytesStart<'_>,
    reader: &Reader<&[u8]>,
) -> Result<Option<NaiveDate>, TimemlError> {
    let xml = |e: quick_xml::Error| err(src, at, format!("malformed tag: {e}"));
    if attr(tag, reader, b"functionInDocument")
        .map_err(xml)?
        .as_deref()
        != Some("CREATION_TIME")
    {
        return Ok(None);
    }
    let value = attr(tag, reader, b"value")
        .map_err(xml)?
        .unwrap_or_default();
    value
        .get(..10)
        .and_then(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok())
        .map(Some)
        .ok_or_else(|| {
            err(
                src,
                at,
                format!("the creation time `{value}` is not a date (YYYY-MM-DD…)"),
            )
        })
}

/// Where the reader is in the document.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Phase {
    Head,
    Text,
    Tail,
}

/// The state of a read in progress.
struct Reading<'s> {
    src: &'s str,
    parts: Parts,
    phase: Phase,
    dct: Option<NaiveDate>,
    /// Elements open in the whole document, innermost last.
    open: Vec<String>,
    /// Elements open inside <TEXT>.
    text_depth: usize,
    text_start: usize,
    /// The TIMEX3 being read inside <TEXT>: its start offset, type and value.
    open_timex: Option<(usize, String, String)>,
}

impl<'s> Reading<'s> {
    fn new(src: &'s str) -> Self {
        Self {
            src,
            parts: Parts {
                head: String::new(),
                text: String::new(),
                tail: String::new(),
                dct: NaiveDate::MIN,
                gold: Vec::new(),
                tags: Vec::new(),
                cdata: Vec::new(),
                refs: Vec::new(),
                outside_tids: HashSet::new(),
            },
            phase: Phase::Head,
            dct: None,
            open: Vec::new(),
            text_depth: 0,
            text_start: 0,
            open_timex: None,
        }
    }

    /// Takes one event read from `src[before..after]`.
    fn take(
        &mut self,
        event: &Event<'_>,
        before: usize,
        after: usize,
        reader: &Reader<&[u8]>,
    ) -> Result<(), TimemlError> {
        let src = self.src;
        match (event, self.phase) {
            (Event::Start(t), Phase::Head) if t.name().as_ref() == b"TEXT" => {
                self.parts.dct = self.dct.ok_or_else(|| TimemlError {
                    line: None,
                    message: "no document creation time (a TIMEX3 with \
                              functionInDocument=\"CREATION_TIME\" before <TEXT>)"
                        .into(),
                })?;
                src.get(..after)
                    .unwrap_or("")
                    .clone_into(&mut self.parts.head);
                self.open.push("TEXT".to_owned());
                self.text_start = after;
                self.phase = Phase::Text;
                return Ok(());
            }
            // quick-xml has checked that this end tag closes <TEXT>.
            (Event::End(_), Phase::Text) if self.text_depth == 0 => {
                self.open.pop();
                src.get(before..)
                    .unwrap_or("")
                    .clone_into(&mut self.parts.tail);
                self.phase = Phase::Tail;
                return Ok(());
            }
            _ => {}
        }
        let xml = |e: quick_xml::Error| err(src, before, format!("malformed tag: {e}"));
        self.check(event, before, reader)?;
        if self.phase == Phase::Text {
            let raw = src.get(before..after).unwrap_or("");
            self.take_text(event, raw, reader).map_err(xml)?;
        }
        Ok(())
    }

    /// Everywhere: checks attributes and character references, tracks open elements, and
    /// outside <TEXT> notes the creation time and the `tid`s in use.
    fn check(
        &mut self,
        event: &Event<'_>,
        before: usize,
        reader: &Reader<&[u8]>,
    ) -> Result<(), TimemlError> {
        let xml = |e: quick_xml::Error| err(self.src, before, format!("malformed tag: {e}"));
        match event {
            Event::Start(t) | Event::Empty(t) => {
                for a in t.attributes() {
                    a.map_err(|e| xml(e.into()))?;
                }
                let name = String::from_utf8_lossy(t.name().as_ref()).into_owned();
                if self.phase != Phase::Text && name == "TIMEX3" {
                    if self.phase == Phase::Head && self.dct.is_none() {
                        self.dct = creation_time(self.src, before, t, reader)?;
                    }
                    if let Some(tid) = attr(t, reader, b"tid").map_err(xml)? {
                        self.parts.outside_tids.insert(tid);
                    }
                }
                if matches!(event, Event::Start(_)) {
                    self.open.push(name);
                }
            }
            Event::End(_) => {
                self.open.pop();
            }
            Event::GeneralRef(r) if r.is_char_ref() => {
                r.resolve_char_ref().map_err(xml)?;
            }
            _ => {}
        }
        Ok(())
    }

    /// Inside <TEXT>: text goes to the text (as written), TIMEX3 to the annotations, any
    /// other tag, comment or processing instruction to the kept tags.
    fn take_text(
        &mut self,
        event: &Event<'_>,
        raw: &str,
        reader: &Reader<&[u8]>,
    ) -> Result<(), quick_xml::Error> {
        let parts = &mut self.parts;
        let at = parts.text.len();
        let kept = |raw: &str, at: usize, depth: i8| KeptTag {
            at,
            raw: raw.to_owned(),
            depth,
        };
        match event {
            Event::Text(_) => parts.text.push_str(raw),
            Event::GeneralRef(_) => {
                parts.text.push_str(raw);
                parts.refs.push(Span::new(at, parts.text.len()));
            }
            Event::CData(c) => {
                parts.tags.push(kept("<![CDATA[", at, 0));
                parts.text.push_str(&String::from_utf8_lossy(c));
                parts.cdata.push(Span::new(at, parts.text.len()));
                parts.tags.push(kept("]]>", parts.text.len(), 0));
            }
            Event::Start(t) => {
                self.text_depth += 1;
                if t.name().as_ref() == b"TIMEX3" {
                    let kind = attr(t, reader, b"type")?.unwrap_or_default();
                    let value = attr(t, reader, b"value")?.unwrap_or_default();
                    self.open_timex = Some((at, kind, value));
                } else {
                    parts.tags.push(kept(raw, at, 1));
                }
            }
            Event::End(t) => {
                self.text_depth = self.text_depth.saturating_sub(1);
                if t.name().as_ref() != b"TIMEX3" {
                    parts.tags.push(kept(raw, at, -1));
                } else if let Some((start, kind, value)) = self.open_timex.take() {
                    parts.gold.push(Annotation {
                        span: Span::new(start, at),
                        kind,
                        value,
                        rule: None,
                    });
                }
            }
            // An empty TIMEX3 marks no text: nothing to keep or score.
            Event::Empty(t) if t.name().as_ref() == b"TIMEX3" => {}
            // Other empty elements, comments, processing instructions: kept as written.
            _ => parts.tags.push(kept(raw, at, 0)),
        }
        Ok(())
    }

    /// The parts, once the whole document has been read.
    fn finish(self) -> Result<Parts, TimemlError> {
        match self.phase {
            Phase::Head => Err(TimemlError {
                line: None,
                message: "no <TEXT> element".into(),
            }),
            Phase::Text => Err(err(
                self.src,
                self.text_start,
                "<TEXT> is never closed with </TEXT>",
            )),
            Phase::Tail => match self.open.last() {
                Some(name) => Err(err(
                    self.src,
                    self.src.len(),
                    format!("<{name}> is never closed: the document ends first"),
                )),
                None => Ok(self.parts),
            },
        }
    }
}

/// Reads `src` (UTF-8 text).
pub(super) fn read(src: &str) -> Result<Parts, TimemlError> {
    let mut reader = Reader::from_str(src);
    reader.config_mut().check_comments = true;
    let mut reading = Reading::new(src);
    loop {
        let before = usize::try_from(reader.buffer_position()).unwrap_or(usize::MAX);
        let event = reader.read_event().map_err(|e| {
            let at = usize::try_from(reader.error_position()).unwrap_or(before);
            err(src, at, format!("not well-formed XML: {e}"))
        })?;
        if matches!(event, Event::Eof) {
            break;
        }
        let after = usize::try_from(reader.buffer_position()).unwrap_or(usize::MAX);
        reading.take(&event, before, after, &reader)?;
    }
    reading.finish()
}
