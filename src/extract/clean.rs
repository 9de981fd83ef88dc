//! Article cleaning: finds the title, body paragraphs, related-article links and the
//! outlet/place line, and drops share-button and repeated-title lines.
//!
//! Nothing is removed from the text itself: the result is a list of spans into the original,
//! so provenance always points at what the analyst opened.

use crate::model::Span;

/// Share and navigation buttons that scraped articles carry.
const SHARE_LINES: &[&str] = &[
    "whatsapp",
    "facebook",
    "twitter",
    "x",
    "telegram",
    "linkedin",
    "print",
    "email",
    "e-mail",
    "share",
    "share this",
    "share this article",
    "pinterest",
    "reddit",
    "copy link",
    "tweet",
    "messenger",
    "viber",
    "tumblr",
    "pocket",
    "flipboard",
    "mail",
    "comments",
    "save",
];

/// Prefixes of related-article lines.
const LINK_PREFIXES: &[&str] = &[
    "read also:",
    "read also",
    "also read:",
    "read more:",
    "related:",
    "see also:",
    "recommended:",
    "more:",
    "watch:",
];

/// The structure of an article, as spans into its text.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Cleaned {
    pub title: Option<Span>,
    pub paragraphs: Vec<Span>,
    /// Related-article titles (after the "Read Also:" prefix).
    pub links: Vec<Span>,
    /// "Africa Digital News, New York": outlet and place.
    pub outlet: Option<Span>,
    pub place: Option<Span>,
    /// Short lines before the body that may hold a dateline or byline.
    pub front_matter: Vec<Span>,
}

struct Line {
    span: Span,
    trimmed: Span,
}

fn lines(text: &str) -> Vec<Line> {
    let mut out = Vec::new();
    let mut pos = 0;
    for raw in text.split_inclusive('\n') {
        let content = raw.trim_end_matches(['\n', '\r']);
        let lead = content.len() - content.trim_start().len();
        let trimmed_len = content.trim().len();
        out.push(Line {
            span: Span::new(pos, pos + content.len()),
            trimmed: Span::new(pos + lead, pos + lead + trimmed_len),
        });
        pos += raw.len();
    }
    out
}

fn is_share_line(s: &str) -> bool {
    let t = s.trim().trim_end_matches(':');
    // Share buttons are single short words: never lower-case a whole paragraph for this.
    t.len() <= 24 && SHARE_LINES.iter().any(|w| w.eq_ignore_ascii_case(t))
}

fn link_prefix_len(s: &str) -> Option<usize> {
    LINK_PREFIXES
        .iter()
        .find(|p| {
            s.get(..p.len())
                .is_some_and(|head| head.eq_ignore_ascii_case(p))
        })
        .map(|p| p.len())
}

/// "Outlet, Place": short, no sentence punctuation, every part capitalised.
fn outlet_parts(s: &str) -> Option<(usize, usize)> {
    // Length first: counting the words of every long paragraph showed in profiles.
    if s.len() > 80 || s.ends_with(['.', '?', '!', ':', '”', '"']) {
        return None;
    }
    let words = s.split_whitespace().count();
    if !(2..=9).contains(&words) {
        return None;
    }
    let comma = s.find(',')?;
    let (a, b) = (s[..comma].trim(), s[comma + 1..].trim());
    let capitalised = |p: &str| {
        !p.is_empty()
            && p.split_whitespace().all(|w| {
                w.chars()
                    .next()
                    .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
            })
    };
    (capitalised(a) && capitalised(b) && !b.contains(',')).then_some((comma, comma + 1))
}

/// Cleans an article.
pub fn clean(text: &str) -> Cleaned {
    let mut out = Cleaned::default();
    let all = lines(text);
    let mut title_text: Option<&str> = None;
    let mut current: Option<Span> = None;
    let mut seen_body = false;
    let flush = |current: &mut Option<Span>, out: &mut Cleaned| {
        if let Some(p) = current.take() {
            out.paragraphs.push(p);
        }
    };
    for line in &all {
        let Some(s) = line.trimmed.slice(text) else {
            continue;
        };
        let _ = line.span;
        if s.is_empty() || s.chars().all(|c| c.is_whitespace() || c == '\u{a0}') {
            flush(&mut current, &mut out);
            continue;
        }
        if is_share_line(s) {
            flush(&mut current, &mut out);
            continue;
        }
        if title_text.is_none() {
            title_text = Some(s);
            out.title = Some(line.trimmed);
            continue;
        }
        if Some(s) == title_text {
            flush(&mut current, &mut out);
            continue;
        }
        if let Some(n) = link_prefix_len(s) {
            flush(&mut current, &mut out);
            let rest = &s[n..];
            let lead = rest.len() - rest.trim_start().len();
            out.links
                .push(Span::new(line.trimmed.start + n + lead, line.trimmed.end));
            continue;
        }
        if let Some((comma, after)) = outlet_parts(s) {
            flush(&mut current, &mut out);
            let base = line.trimmed.start;
            let a = &s[..comma];
            let b = &s[after..];
            let b_lead = b.len() - b.trim_start().len();
            out.outlet = Some(Span::new(base, base + a.trim_end().len()));
            out.place = Some(Span::new(
                base + after + b_lead,
                base + after + b_lead + b.trim().len(),
            ));
            continue;
        }
        if !seen_body && s.split_whitespace().count() <= 8 && !s.ends_with(['.', '?', '!']) {
            flush(&mut current, &mut out);
            out.front_matter.push(line.trimmed);
            continue;
        }
        seen_body = true;
        current = Some(match current {
            Some(p) => Span::new(p.start, line.trimmed.end),
            None => line.trimmed,
        });
    }
    flush(&mut current, &mut out);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn seed_like_structure() {
        let text = "My Title\n\nMy Title\nWhatsApp\nFacebook\n\nFirst para.\n\nRead Also: Other story\n\nSecond para\ncontinues here.\n \n\nAfrica Digital News, New York \n\nPrint\n";
        let c = clean(text);
        assert_eq!(c.title.unwrap().slice(text), Some("My Title"));
        let paras: Vec<&str> = c
            .paragraphs
            .iter()
            .map(|p| p.slice(text).unwrap())
            .collect();
        assert_eq!(paras, ["First para.", "Second para\ncontinues here."]);
        assert_eq!(c.links[0].slice(text), Some("Other story"));
        assert_eq!(c.outlet.unwrap().slice(text), Some("Africa Digital News"));
        assert_eq!(c.place.unwrap().slice(text), Some("New York"));
    }

    #[test]
    fn body_sentence_with_comma_is_not_outlet() {
        let text = "T\n\nKyiv, the capital, was calm.\n";
        let c = clean(text);
        assert!(c.outlet.is_none());
        assert_eq!(c.paragraphs.len(), 1);
    }
}
