//! Analyst notes are `CommonMark`. This module turns a note into what each export needs,
//! safely: HTML with raw HTML escaped (never passed through) and links whose scheme is not
//! `http`, `https` or `mailto` dropped to their text; Markdown with the same two rules; and
//! plain blocks (headings, paragraphs, list items with emphasis runs) for the PDF.
//!
//! Notes are untrusted text as far as an export is concerned: a briefing file can come from
//! anyone, and an HTML export is opened in a browser.

use pulldown_cmark::{Event, HeadingLevel, Options, Parser, Tag, TagEnd};
use std::ops::Range;

/// The parser options notes are read with: `CommonMark` plus strikethrough and task lists.
fn options() -> Options {
    Options::ENABLE_STRIKETHROUGH | Options::ENABLE_TASKLISTS
}

/// True for link and image targets an export may keep: `http:`, `https:`, `mailto:`, or no
/// scheme at all (a fragment or relative path). Browsers ignore tabs and line breaks inside
/// a scheme ("java\tscript:"), so they are ignored here too.
pub fn is_safe_url(url: &str) -> bool {
    let cleaned: String = url
        .chars()
        .filter(|c| !c.is_ascii_whitespace() && !c.is_control())
        .take(64)
        .collect::<String>()
        .to_ascii_lowercase();
    let scheme_end = cleaned.find(':');
    let path_start = cleaned.find(['/', '?', '#']);
    match (scheme_end, path_start) {
        (None, _) => true,
        (Some(c), Some(p)) if p < c => true,
        (Some(c), _) => matches!(&cleaned[..c], "http" | "https" | "mailto"),
    }
}

fn heading_level(level: usize) -> HeadingLevel {
    match level {
        0 | 1 => HeadingLevel::H1,
        2 => HeadingLevel::H2,
        3 => HeadingLevel::H3,
        4 => HeadingLevel::H4,
        5 => HeadingLevel::H5,
        _ => HeadingLevel::H6,
    }
}

/// Renders a note as an HTML fragment. Headings move down `heading_offset` levels so a
/// note's `# Title` sits under the export's own headings. Raw HTML shows as text; unsafe
/// links keep their text only; images become links (an export never loads remote images,
/// which would tell a server the briefing was opened).
pub fn to_html(markdown: &str, heading_offset: usize) -> String {
    let mut out = String::new();
    // One entry per open link or image: whether it is kept.
    let mut links_kept: Vec<bool> = Vec::new();
    let mut events = Vec::new();
    for event in Parser::new_ext(markdown, options()) {
        let mapped = match event {
            Event::Html(h) | Event::InlineHtml(h) => Some(Event::Text(h)),
            Event::Start(Tag::HtmlBlock) => Some(Event::Start(Tag::Paragraph)),
            Event::End(TagEnd::HtmlBlock) => Some(Event::End(TagEnd::Paragraph)),
            Event::Start(Tag::Heading {
                level,
                id,
                classes,
                attrs,
            }) => Some(Event::Start(Tag::Heading {
                level: heading_level(level as usize + heading_offset),
                id,
                classes,
                attrs,
            })),
            Event::End(TagEnd::Heading(level)) => Some(Event::End(TagEnd::Heading(heading_level(
                level as usize + heading_offset,
            )))),
            Event::Start(
                Tag::Link {
                    link_type,
                    dest_url,
                    title,
                    id,
                }
                | Tag::Image {
                    link_type,
                    dest_url,
                    title,
                    id,
                },
            ) => {
                let keep = is_safe_url(&dest_url);
                links_kept.push(keep);
                keep.then_some(Event::Start(Tag::Link {
                    link_type,
                    dest_url,
                    title,
                    id,
                }))
            }
            Event::End(TagEnd::Link | TagEnd::Image) => links_kept
                .pop()
                .unwrap_or(false)
                .then_some(Event::End(TagEnd::Link)),
            other => Some(other),
        };
        events.extend(mapped);
    }
    pulldown_cmark::html::push_html(&mut out, events.into_iter());
    out
}

/// A note as Markdown for the Markdown export: the text as the analyst wrote it, except
/// that raw HTML is escaped (`\<`), unsafe links and images are replaced by their text,
/// and `#` headings move down `heading_offset` levels (at most to `######`).
pub fn to_markdown(markdown: &str, heading_offset: usize) -> String {
    defuse(markdown, heading_offset, Images::Keep)
}

/// A note as Markdown for a viewer that renders it (the app's preview): as
/// [`to_markdown`], and images become links to them, so a viewer never loads anything.
pub fn for_viewer(markdown: &str) -> String {
    defuse(markdown, 0, Images::AsLinks)
}

/// What [`defuse`] does with images whose address is safe.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Images {
    Keep,
    AsLinks,
}

/// Escapes raw HTML, replaces unsafe links and images by their text, moves headings down
/// `heading_offset` levels and, with [`Images::AsLinks`], turns images into links.
///
/// Escaping raw HTML can make Markdown of what was inside an HTML block (a link on the line
/// of a `<script>` tag is part of the block, and a link again once the tag is text), so the
/// result is defused again until nothing changes; should that not settle, the note becomes
/// plain escaped text.
fn defuse(markdown: &str, heading_offset: usize, images: Images) -> String {
    let mut text = defuse_once(markdown, heading_offset, images);
    for _ in 0..4 {
        let again = defuse_once(&text, 0, images);
        if again == text {
            return text;
        }
        text = again;
    }
    markdown
        .lines()
        .map(escape_inline)
        .collect::<Vec<_>>()
        .join("\n")
}

fn defuse_once(markdown: &str, heading_offset: usize, images: Images) -> String {
    let mut edits: Vec<(Range<usize>, String)> = Vec::new();
    let mut open_unsafe: Option<(Range<usize>, String)> = None;
    for (event, range) in Parser::new_ext(markdown, options()).into_offset_iter() {
        match event {
            Event::Start(Tag::Heading { level, .. }) if heading_offset > 0 => {
                let raw = markdown.get(range.clone()).unwrap_or_default();
                let lead = raw.len() - raw.trim_start().len();
                if raw.trim_start().starts_with('#') {
                    let extra = (level as usize + heading_offset).min(6) - level as usize;
                    let at = range.start + lead;
                    edits.push((at..at, "#".repeat(extra)));
                }
            }
            Event::Start(Tag::Link { dest_url, .. } | Tag::Image { dest_url, .. })
                if open_unsafe.is_none() && !is_safe_url(&dest_url) =>
            {
                open_unsafe = Some((range, String::new()));
            }
            Event::Start(Tag::Image { .. })
                if images == Images::AsLinks
                    && open_unsafe.is_none()
                    && markdown
                        .get(range.clone())
                        .is_some_and(|r| r.starts_with('!')) =>
            {
                edits.push((range.start..range.start + 1, String::new()));
            }
            Event::End(TagEnd::Link | TagEnd::Image) => {
                if let Some((r, text)) = open_unsafe.take_if(|(r, _)| *r == range) {
                    edits.push((r, escape_inline(&text)));
                }
            }
            Event::Text(t) | Event::Code(t) => {
                if let Some((_, text)) = open_unsafe.as_mut() {
                    text.push_str(&t);
                }
            }
            Event::Html(_) | Event::InlineHtml(_) if open_unsafe.is_none() => {
                let raw = markdown.get(range.clone()).unwrap_or_default();
                edits.push((range, raw.replace('<', "\\<")));
            }
            _ => {}
        }
    }
    apply_edits(markdown, edits)
}

/// Replaces non-overlapping ranges (in any order) of `text`.
fn apply_edits(text: &str, mut edits: Vec<(Range<usize>, String)>) -> String {
    // Insertions (empty ranges) sort before replacements that start at the same place.
    edits.sort_by_key(|(r, _)| (r.start, r.end));
    let mut out = String::with_capacity(text.len());
    let mut at = 0;
    for (r, with) in edits {
        if r.start < at {
            continue;
        }
        if r.is_empty() {
            out.push_str(text.get(at..r.start).unwrap_or_default());
            out.push_str(&with);
            at = r.start;
            continue;
        }
        out.push_str(text.get(at..r.start).unwrap_or_default());
        out.push_str(&with);
        at = r.end;
    }
    out.push_str(text.get(at..).unwrap_or_default());
    out
}

/// Escapes the characters that would make text Markdown syntax again.
fn escape_inline(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if matches!(
            c,
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '#' | '|'
        ) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// How a run of text inside a block is set.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct RunStyle {
    pub strong: bool,
    pub emphasis: bool,
    pub code: bool,
}

/// A run of text with one style.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Run {
    pub text: String,
    pub style: RunStyle,
}

/// What kind of block a note block is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum BlockKind {
    /// A heading, level 1–6 as written.
    Heading(usize),
    Paragraph,
    /// A list item: nesting depth (0 = top level) and its marker ("•", "3.", "☐", "☑").
    ListItem {
        depth: usize,
        marker: String,
    },
    /// A quoted paragraph.
    Quote,
    /// A code block, its lines kept.
    Code,
}

/// One block of a note, for layouts that set text themselves (the PDF).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Block {
    pub kind: BlockKind,
    pub runs: Vec<Run>,
}

impl Block {
    /// The block's text without styles.
    pub fn plain_text(&self) -> String {
        self.runs.iter().map(|r| r.text.as_str()).collect()
    }
}

/// Reads a note into blocks. Links keep their text and show their address after it in
/// parentheses when it differs ("site (https://…)") and is safe (an unsafe one is dropped,
/// as in HTML); raw HTML is kept as text; images show their description.
pub fn to_blocks(markdown: &str) -> Vec<Block> {
    BlockReader::default().read(markdown)
}

#[derive(Default)]
struct BlockReader {
    blocks: Vec<Block>,
    current: Option<Block>,
    style: RunStyle,
    /// One entry per open list: the next number of an ordered list, `None` for bullets.
    lists: Vec<Option<u64>>,
    quote_depth: usize,
    link_targets: Vec<String>,
}

impl BlockReader {
    fn read(mut self, markdown: &str) -> Vec<Block> {
        for event in Parser::new_ext(markdown, options()) {
            self.event(event);
        }
        self.finish();
        self.blocks
    }

    fn event(&mut self, event: Event<'_>) {
        match event {
            Event::Start(tag) => self.start(tag),
            Event::End(tag) => self.end(tag),
            Event::Text(t) | Event::Html(t) | Event::InlineHtml(t) => self.text(&t),
            Event::Code(t) => {
                let saved = self.style;
                self.style.code = true;
                self.text(&t);
                self.style = saved;
            }
            Event::SoftBreak => self.text(" "),
            Event::HardBreak => self.text("\n"),
            Event::TaskListMarker(done) => {
                if let Some(Block {
                    kind: BlockKind::ListItem { marker, .. },
                    ..
                }) = self.current.as_mut()
                {
                    if done { "☑" } else { "☐" }.clone_into(marker);
                }
            }
            Event::Rule => {
                self.finish();
                self.blocks.push(Block {
                    kind: BlockKind::Paragraph,
                    runs: vec![Run {
                        text: "—".to_owned(),
                        style: RunStyle::default(),
                    }],
                });
            }
            _ => {}
        }
    }

    fn start(&mut self, tag: Tag<'_>) {
        match tag {
            Tag::Heading { level, .. } => self.open(BlockKind::Heading(level as usize)),
            // A list item's first paragraph belongs to the item.
            Tag::Paragraph if self.current.is_none() => self.open(if self.quote_depth > 0 {
                BlockKind::Quote
            } else {
                BlockKind::Paragraph
            }),
            Tag::CodeBlock(_) => self.open(BlockKind::Code),
            Tag::BlockQuote(_) => self.quote_depth += 1,
            Tag::List(start) => self.lists.push(start),
            Tag::Item => {
                let depth = self.lists.len().saturating_sub(1);
                let marker = match self.lists.last_mut() {
                    Some(Some(n)) => {
                        let m = format!("{n}.");
                        *n += 1;
                        m
                    }
                    _ => "•".to_owned(),
                };
                self.open(BlockKind::ListItem { depth, marker });
            }
            Tag::Emphasis => self.style.emphasis = true,
            Tag::Strong => self.style.strong = true,
            Tag::Link { dest_url, .. } | Tag::Image { dest_url, .. } => {
                self.link_targets.push(dest_url.to_string());
            }
            _ => {}
        }
    }

    fn end(&mut self, tag: TagEnd) {
        match tag {
            TagEnd::Heading(_) | TagEnd::Paragraph | TagEnd::CodeBlock | TagEnd::Item => {
                self.finish();
            }
            TagEnd::BlockQuote(_) => self.quote_depth = self.quote_depth.saturating_sub(1),
            TagEnd::List(_) => {
                self.lists.pop();
            }
            TagEnd::Emphasis => self.style.emphasis = false,
            TagEnd::Strong => self.style.strong = false,
            TagEnd::Link | TagEnd::Image => {
                if let Some(url) = self.link_targets.pop() {
                    let shown = self
                        .current
                        .as_ref()
                        .and_then(|b| b.runs.last())
                        .is_some_and(|r| r.text.ends_with(url.as_str()));
                    if !url.is_empty() && !shown && is_safe_url(&url) {
                        let saved = self.style;
                        self.style = RunStyle::default();
                        self.text(&format!(" ({url})"));
                        self.style = saved;
                    }
                }
            }
            _ => {}
        }
    }

    fn open(&mut self, kind: BlockKind) {
        self.finish();
        self.current = Some(Block {
            kind,
            runs: Vec::new(),
        });
    }

    fn finish(&mut self) {
        if let Some(mut b) = self.current.take() {
            if let Some(last) = b.runs.last_mut() {
                let trimmed = last.text.trim_end().len();
                last.text.truncate(trimmed);
            }
            b.runs.retain(|r| !r.text.is_empty());
            if !b.runs.is_empty() {
                self.blocks.push(b);
            }
        }
    }

    fn text(&mut self, t: &str) {
        if self.current.is_none() {
            self.open(BlockKind::Paragraph);
        }
        let style = self.style;
        if let Some(block) = self.current.as_mut() {
            match block.runs.last_mut() {
                Some(run) if run.style == style => run.text.push_str(t),
                _ => block.runs.push(Run {
                    text: t.to_owned(),
                    style,
                }),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn script_tags_and_event_handlers_are_escaped_not_passed_through() {
        for hostile in [
            "<script>alert(1)</script>",
            "Before <img src=x onerror=alert(1)> after",
            "<iframe src=\"https://evil.example\"></iframe>",
        ] {
            let html = to_html(hostile, 0);
            assert!(!html.contains("<script"), "{html}");
            assert!(!html.contains("<img"), "{html}");
            assert!(!html.contains("<iframe"), "{html}");
            assert!(html.contains("&lt;"), "{html}");
        }
    }

    #[test]
    fn javascript_links_keep_their_text_only() {
        for hostile in [
            "[x](javascript:alert(1))",
            "[x](JavaScript:alert(1))",
            "[x](java\tscript:alert(1))",
            "[x](data:text/html,<script>alert(1)</script>)",
            "![x](javascript:alert(1))",
            "<javascript:alert(1)>",
            // Inside an HTML block, then a link once the tag is escaped.
            "<script>alert(1)</script> [x](javascript:alert(1))",
            "<div>\n[x](javascript:alert(1))\n</div>",
        ] {
            let html = to_html(hostile, 0);
            assert!(!html.to_ascii_lowercase().contains("href=\"java"), "{html}");
            assert!(!html.contains("href=\"data"), "{html}");
            assert!(!html.contains("<img"), "{html}");
            // What the Markdown export writes parses to no unsafe link or image.
            let md = to_markdown(hostile, 0);
            for event in Parser::new_ext(&md, options()) {
                if let Event::Start(Tag::Link { dest_url, .. } | Tag::Image { dest_url, .. }) =
                    event
                {
                    assert!(is_safe_url(&dest_url), "{md} links to {dest_url}");
                }
            }
        }
        assert_eq!(
            to_markdown("see [x](javascript:alert(1)) now", 0),
            "see x now"
        );
    }

    #[test]
    fn safe_markdown_renders_as_markdown() {
        let html = to_html(
            "# Plan\n\nTalks **may** resume, see [AP](https://apnews.com).\n\n- one\n- two",
            2,
        );
        assert!(html.contains("<h3>Plan</h3>"), "{html}");
        assert!(html.contains("<strong>may</strong>"), "{html}");
        assert!(
            html.contains("<a href=\"https://apnews.com\">AP</a>"),
            "{html}"
        );
        assert!(html.contains("<li>one</li>"), "{html}");
        let image = to_html("![map](https://example.org/map.png)", 0);
        assert!(
            image.contains("<a href=\"https://example.org/map.png\">map</a>"),
            "{image}"
        );
        assert_eq!(
            to_markdown("**kept** as _written_", 0),
            "**kept** as _written_"
        );
        assert_eq!(to_markdown("a <b>tag</b>", 0), "a \\<b>tag\\</b>");
        assert_eq!(
            to_markdown("# A\n\n## B\n\ntext", 2),
            "### A\n\n#### B\n\ntext"
        );
        assert_eq!(to_markdown("##### deep", 3), "###### deep");
    }

    #[test]
    fn the_viewer_gets_images_as_links_and_nothing_unsafe() {
        assert_eq!(
            for_viewer("A ![map](https://example.org/map.png) here"),
            "A [map](https://example.org/map.png) here"
        );
        assert_eq!(
            for_viewer("![x](file:///etc/passwd) [y](javascript:alert(1)) <img onerror=x>"),
            "x y \\<img onerror=x>"
        );
        for event in Parser::new_ext(&for_viewer("![a](https://a.b/c.png)"), options()) {
            assert!(
                !matches!(event, Event::Start(Tag::Image { .. })),
                "{event:?}"
            );
        }
    }

    #[test]
    fn url_schemes() {
        for ok in [
            "https://a.b",
            "http://a",
            "mailto:x@y.z",
            "#frag",
            "notes/a.md",
            "a?b:c",
        ] {
            assert!(is_safe_url(ok), "{ok}");
        }
        for bad in [
            "javascript:x",
            " JAVASCRIPT:x",
            "vbscript:x",
            "data:x",
            "file:///etc",
        ] {
            assert!(!is_safe_url(bad), "{bad}");
        }
    }

    #[test]
    fn blocks_carry_headings_emphasis_lists_and_link_targets() {
        let blocks = to_blocks(
            "## Sources\n\nCheck *with* **AP** and [Reuters](https://reuters.com).\n\n\
             1. first\n2. second\n   - nested\n- [x] done\n\n> quoted",
        );
        let kinds: Vec<&BlockKind> = blocks.iter().map(|b| &b.kind).collect();
        assert_eq!(kinds[0], &BlockKind::Heading(2));
        assert_eq!(kinds[1], &BlockKind::Paragraph);
        assert_eq!(
            kinds[2],
            &BlockKind::ListItem {
                depth: 0,
                marker: "1.".to_owned()
            }
        );
        assert_eq!(
            kinds[3],
            &BlockKind::ListItem {
                depth: 0,
                marker: "2.".to_owned()
            }
        );
        assert_eq!(
            kinds[4],
            &BlockKind::ListItem {
                depth: 1,
                marker: "•".to_owned()
            }
        );
        assert_eq!(
            kinds[5],
            &BlockKind::ListItem {
                depth: 0,
                marker: "☑".to_owned()
            }
        );
        assert_eq!(kinds[6], &BlockKind::Quote);
        assert_eq!(
            blocks[1].plain_text(),
            "Check with AP and Reuters (https://reuters.com)."
        );
        assert!(
            blocks[1]
                .runs
                .iter()
                .any(|r| r.text == "with" && r.style.emphasis)
        );
        assert!(
            blocks[1]
                .runs
                .iter()
                .any(|r| r.text == "AP" && r.style.strong)
        );
        assert_eq!(blocks[4].plain_text(), "nested");
        let raw = to_blocks("<script>alert(1)</script>");
        assert_eq!(raw[0].plain_text(), "<script>alert(1)</script>");
        let hostile = to_blocks("See [x](javascript:alert(1)) and <img src=x onerror=alert(1)>.");
        assert_eq!(
            hostile[0].plain_text(),
            "See x and <img src=x onerror=alert(1)>."
        );
    }
}
