//! Article cleaning: finds the headline, body paragraphs, related-article links, the
//! outlet/place line and the page furniture (bylines, timestamps, captions, banners,
//! teasers), and drops share-button and repeated-title lines.
//!
//! Nothing is removed from the text itself: the result is a list of spans into the original,
//! so provenance always points at what the analyst opened. Lines end at a line feed, a
//! CR LF pair or a lone carriage return.

use super::furniture::{self, Furniture};
use super::headline;
use super::temporal::TimexType;
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
    /// Page furniture: bylines, timestamps, captions, banners, navigation, boilerplate and
    /// related-story teasers. Never story text.
    pub metadata: Vec<Span>,
}

struct Line {
    trimmed: Span,
    /// A blank line (or the start of the text) comes before it.
    opens_block: bool,
}

/// The lines of `text`, trimmed, without blank ones. A lone carriage return ends a line too.
fn lines(text: &str) -> Vec<Line> {
    let mut out = Vec::new();
    let mut pos = 0;
    let mut blank_before = true;
    for raw in text.split_inclusive('\n') {
        let content = raw.trim_end_matches(['\n', '\r']);
        // Old Mac line endings: split at every carriage return left inside.
        let mut piece_start = pos;
        for piece in content.split('\r') {
            let lead = piece.len() - piece.trim_start().len();
            let trimmed_len = piece.trim().len();
            if trimmed_len == 0 {
                blank_before = true;
            } else {
                out.push(Line {
                    trimmed: Span::new(piece_start + lead, piece_start + lead + trimmed_len),
                    opens_block: blank_before,
                });
                blank_before = false;
            }
            piece_start += piece.len() + 1;
        }
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

/// A line that is story text rather than a headline: long, or a sentence with its full stop.
fn is_body_like(s: &str) -> bool {
    if s.len() > 250 {
        return true;
    }
    let words = s.split_whitespace().count();
    words > 30 || (words >= 12 && ends_sentence(s))
}

/// Ends with sentence punctuation, possibly inside a closing quote or bracket.
fn ends_sentence(s: &str) -> bool {
    s.trim_end_matches(['”', '"', '’', '\'', ')', ']'])
        .ends_with(['.', '?', '!', '…'])
}

/// A list item: "• …", "- …", "* …".
fn is_bullet(s: &str) -> bool {
    s.starts_with(['•', '●', '▪', '◦', '·', '►'])
        || ["- ", "– ", "* ", "-- "].iter().any(|b| s.starts_with(b))
}

/// Where a new paragraph starts inside a block of lines: after a line that ends a
/// sentence, when the next line opens one (hard-wrapped text keeps its lines together), and
/// at every list item.
fn breaks_paragraph(prev: &str, next: &str) -> bool {
    is_bullet(next)
        || (ends_sentence(prev)
            && next.starts_with(|c: char| {
                c.is_uppercase() || c.is_ascii_digit() || matches!(c, '“' | '"' | '‘' | '(')
            }))
}

/// Per line: is it furniture, and of which kind (see [`furniture::classify`]).
fn furniture_of(text: &str, all: &[Line]) -> Vec<Option<Furniture>> {
    let mut kinds: Vec<Option<Furniture>> = all
        .iter()
        .map(|l| l.trimmed.slice(text).and_then(furniture::classify))
        .collect();
    for i in 0..all.len().saturating_sub(1) {
        // A short first line of a wrapped paragraph ("The second paragraph\ncontinues…").
        let continued = !all[i + 1].opens_block
            && all[i + 1]
                .trimmed
                .slice(text)
                .is_some_and(|n| n.starts_with(char::is_lowercase));
        if continued && kinds[i] == Some(Furniture::Label) {
            kinds[i] = None;
        }
    }
    mark_teasers(text, all, &mut kinds);
    kinds
}

/// Related-story teasers: the lines after a "Related"/"Editors' pick" marker in its block; a
/// block that ends with an age ("2 days ago") and the one-line headline block before it; a
/// short line after a bare clock time in a list ("11:15" / "Example headline").
fn mark_teasers(text: &str, all: &[Line], kinds: &mut [Option<Furniture>]) {
    let line = |i: usize| all.get(i).and_then(|l| l.trimmed.slice(text)).unwrap_or("");
    let mut block_start = 0;
    for i in 0..all.len() {
        if all[i].opens_block {
            block_start = i;
        }
        if kinds[i] == Some(Furniture::RelatedMarker) {
            let mut j = i + 1;
            while j < all.len() && !all[j].opens_block {
                kinds[j] = kinds[j].or(Some(Furniture::RelatedMarker));
                j += 1;
            }
        }
        let aged = kinds[i] == Some(Furniture::Timestamp) && line(i).ends_with("ago");
        if aged {
            for k in kinds.iter_mut().take(i).skip(block_start) {
                *k = k.or(Some(Furniture::RelatedMarker));
            }
            // The teaser's headline, alone in the block before.
            if block_start > 0
                && all[block_start - 1].opens_block
                && !ends_sentence(line(block_start - 1))
            {
                kinds[block_start - 1] = kinds[block_start - 1].or(Some(Furniture::RelatedMarker));
            }
        }
        let clock = line(i).len() <= 5
            && line(i).contains(':')
            && line(i).chars().all(|c| c.is_ascii_digit() || c == ':');
        if clock && i + 1 < all.len() && !ends_sentence(line(i + 1)) && line(i + 1).len() < 160 {
            kinds[i] = Some(Furniture::Timestamp);
            kinds[i + 1] = kinds[i + 1].or(Some(Furniture::RelatedMarker));
        }
    }
}

/// The headline: the first line near the top that reads like one (see [`headline`]),
/// before any story text. Its index and span.
fn find_title(text: &str, all: &[Line], kinds: &[Option<Furniture>]) -> Option<(usize, Span)> {
    for (i, l) in all.iter().enumerate().take(30) {
        let s = l.trimmed.slice(text)?;
        let span = headline::headline_span(text, l.trimmed)?;
        // A headline glued to page metadata is furniture as a whole line.
        let glued = span.end < l.trimmed.end;
        // A short verbless first line alone above the body heads it ("Київ і Αθήνα"), though
        // the same line inside a page would be a section label.
        let below_line = text.get(l.trimmed.end..).unwrap_or("");
        let alone = first_line(all, i) && stands_alone(below_line);
        let label_head = alone
            && kinds[i] == Some(Furniture::Label)
            && s.split_whitespace().count() >= 2
            && s.chars().any(char::is_lowercase)
            // a banner sits above the headline; a head sits above the story's first sentence
            && all
                .get(i + 1..)
                .and_then(|rest| rest.iter().find(|n| !n.trimmed.is_empty()))
                .and_then(|n| n.trimmed.slice(text))
                .is_some_and(is_body_like);
        if is_share_line(s) || (kinds[i].is_some() && !glued && !label_head) {
            continue;
        }
        let part = span.slice(text)?;
        // The last line has no story below it to head.
        if i + 1 == all.len() {
            return None;
        }
        let below = text.get(l.trimmed.end..).unwrap_or("");
        let dated = || {
            super::temporal::find(text, span)
                .iter()
                .any(|t| matches!(t.kind, TimexType::Date | TimexType::Time))
        };
        let head = if alone {
            headline::reads_as_plain_head(part, below, dated)
        } else {
            headline::reads_as_headline(part, below, dated)
        };
        if head {
            return Some((i, span));
        }
        if is_body_like(s) {
            return None;
        }
    }
    None
}

/// Line `i` is the first line of the text with words on it.
fn first_line(all: &[Line], i: usize) -> bool {
    all.iter().take(i).all(|l| l.trimmed.is_empty())
}

/// The text below a line starts with a blank line: the line stands alone, as a plain-text
/// article's headline does.
fn stands_alone(below: &str) -> bool {
    let rest = below.trim_start_matches([' ', '\t']);
    ["\n\n", "\r\n\r\n", "\r\r", "\n\r\n", "\r\n\n"]
        .iter()
        .any(|b| rest.starts_with(b))
}

/// Glued prefixes that are furniture: a timestamp before the first line ("date
/// 2026-03-04 …") and an upper-case byline before a paragraph ("BY A STAFF REPORTER: …").
fn strip_prefixes(text: &str, all: &mut [Line], out: &mut Cleaned) {
    for (i, l) in all.iter_mut().enumerate() {
        let Some(s) = l.trimmed.slice(text) else {
            continue;
        };
        let mut cut = if i == 0 {
            furniture::leading_timestamp_len(s)
        } else {
            0
        };
        let after = s.get(cut..).unwrap_or("");
        cut += furniture::leading_byline_len(after);
        if cut > 0 && cut < s.len() {
            let prefix = Span::new(l.trimmed.start, l.trimmed.start + cut);
            out.metadata.push(prefix);
            out.front_matter.push(prefix);
            l.trimmed = Span::new(l.trimmed.start + cut, l.trimmed.end);
        }
    }
}

/// Cleans an article.
pub fn clean(text: &str) -> Cleaned {
    let mut out = Cleaned::default();
    let mut all = lines(text);
    strip_prefixes(text, &mut all, &mut out);
    let kinds = furniture_of(text, &all);
    let title = find_title(text, &all, &kinds);
    out.title = title.map(|(_, span)| span);
    let title_text = title.and_then(|(_, span)| span.slice(text));
    let title_line = title.map(|(i, _)| i);
    let mut current: Option<Span> = None;
    let mut seen_body = false;
    let flush = |current: &mut Option<Span>, out: &mut Cleaned| {
        if let Some(p) = current.take() {
            out.paragraphs.push(p);
        }
    };
    for (i, line) in all.iter().enumerate() {
        let Some(s) = line.trimmed.slice(text) else {
            continue;
        };
        if line.opens_block {
            flush(&mut current, &mut out);
        }
        if Some(i) == title_line || is_share_line(s) || Some(s) == title_text {
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
        // "Example News, Lindenfeld" reads as a label, a byline with a comma as an outlet.
        let outlet = matches!(kinds[i], None | Some(Furniture::Label))
            .then(|| outlet_parts(s))
            .flatten();
        if let Some((comma, after)) = outlet {
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
        // Above the headline nothing is story text; below it, furniture is not either.
        let above_title = title_line.is_some_and(|t| i < t);
        if kinds[i].is_some() || above_title {
            flush(&mut current, &mut out);
            out.metadata.extend(kinds[i].map(|_| line.trimmed));
            if !seen_body {
                out.front_matter.push(line.trimmed);
            }
            continue;
        }
        if !seen_body && s.split_whitespace().count() <= 8 && !s.ends_with(['.', '?', '!']) {
            flush(&mut current, &mut out);
            out.front_matter.push(line.trimmed);
            continue;
        }
        seen_body = true;
        current = Some(match current {
            Some(p) if !breaks_paragraph(p.slice(text).unwrap_or(""), s) => {
                Span::new(p.start, line.trimmed.end)
            }
            other => {
                flush(&mut other.clone(), &mut out);
                line.trimmed
            }
        });
    }
    flush(&mut current, &mut out);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn paragraphs(text: &str) -> Vec<&str> {
        clean(text)
            .paragraphs
            .iter()
            .map(|p| p.slice(text).unwrap_or(""))
            .collect()
    }

    fn title(text: &str) -> Option<&str> {
        clean(text).title.and_then(|t| t.slice(text))
    }

    #[test]
    fn seed_like_structure() {
        let text = "Harbour Plan Approved\n\nHarbour Plan Approved\nWhatsApp\nFacebook\n\nThe harbour plan passed.\n\nRead Also: Other story\n\nSecond para\ncontinues here.\n \n\nAfrica Digital News, New York \n\nPrint\n";
        let c = clean(text);
        assert_eq!(c.title.unwrap().slice(text), Some("Harbour Plan Approved"));
        assert_eq!(
            paragraphs(text),
            ["The harbour plan passed.", "Second para\ncontinues here."]
        );
        assert_eq!(c.links[0].slice(text), Some("Other story"));
        assert_eq!(c.outlet.unwrap().slice(text), Some("Africa Digital News"));
        assert_eq!(c.place.unwrap().slice(text), Some("New York"));
    }

    #[test]
    fn body_sentence_with_comma_is_not_outlet() {
        let text = "Kyiv Calm After Night Of Alerts\n\nKyiv, the capital, was calm.\n";
        let c = clean(text);
        assert!(c.outlet.is_none());
        assert_eq!(c.paragraphs.len(), 1);
    }

    #[test]
    fn banners_and_section_names_are_not_the_title() {
        for banner in [
            "World News in English",
            "Latest News",
            "Home › World",
            "WORLD",
        ] {
            let text = format!(
                "{banner}\n\nFerry Operator Cuts Winter Timetable\n\nThe ferry operator in Port Alder cut its winter timetable on Monday.\n"
            );
            assert_eq!(
                title(&text),
                Some("Ferry Operator Cuts Winter Timetable"),
                "{banner}"
            );
            assert_eq!(paragraphs(&text).len(), 1, "{banner}");
        }
    }

    #[test]
    fn a_call_to_action_is_not_the_title() {
        let text = "Get the latest ferry updates as we post them\n\nFerry Operator Cuts Winter Timetable\n\nThe ferry operator cut its timetable.\n";
        assert_eq!(title(text), Some("Ferry Operator Cuts Winter Timetable"));
    }

    #[test]
    fn a_first_paragraph_that_is_a_sentence_stays_in_the_body() {
        // No headline: the story starts at once.
        let text = "The ferry operator in Port Alder cut its winter timetable on Monday.\n\nPassengers complained.\n";
        assert_eq!(title(text), None);
        assert_eq!(paragraphs(text).len(), 2);
        // Without its full stop it is still a sentence with a verb and a date.
        let text = "The ferry operator in Port Alder cut its winter timetable on Monday\n\nPassengers complained about the timetable.\n";
        assert_eq!(title(text), None);
        assert_eq!(paragraphs(text).len(), 2);
    }

    #[test]
    fn a_single_line_article_is_all_body() {
        let text = "The ferry operator in Port Alder cut its winter timetable on Monday.";
        assert_eq!(title(text), None);
        assert_eq!(paragraphs(text), [text]);
        assert_eq!(title("Ferry Operator Cuts Winter Timetable"), None);
    }

    #[test]
    fn a_lone_carriage_return_ends_a_line() {
        let text = "Ferry Operator Cuts Winter Timetable\r\rThe ferry operator cut its timetable on Monday.\rPassengers complained.\r";
        assert_eq!(title(text), Some("Ferry Operator Cuts Winter Timetable"));
        assert_eq!(
            paragraphs(text),
            [
                "The ferry operator cut its timetable on Monday.",
                "Passengers complained."
            ]
        );
    }

    #[test]
    fn bylines_timestamps_captions_and_teasers_are_metadata() {
        let text = "Ferry Operator Cuts Winter Timetable\n\
            By Mira Solberg, The Harbour Gazette\n\
            Updated 14:02 GMT\n\
            \n\
            Passengers wait at the pier in Port Alder. (Harbour Gazette / Tomas Ferreira)\n\
            \n\
            The ferry operator cut its winter timetable on Monday.\n\
            \n\
            Related stories\n\
            Bus drivers in Lindenfeld vote to strike\n\
            \n\
            Council opens new library\n\
            \n\
            The mayor cut the ribbon on the new library on Friday.\n\
            2 days ago\n";
        let c = clean(text);
        assert_eq!(
            paragraphs(text),
            ["The ferry operator cut its winter timetable on Monday."]
        );
        let meta: Vec<&str> = c.metadata.iter().filter_map(|m| m.slice(text)).collect();
        for line in [
            "By Mira Solberg, The Harbour Gazette",
            "Updated 14:02 GMT",
            "Bus drivers in Lindenfeld vote to strike",
            "Council opens new library",
            "2 days ago",
        ] {
            assert!(meta.contains(&line), "{line} not in {meta:?}");
        }
    }

    #[test]
    fn single_newlines_after_sentences_and_list_items_break_paragraphs() {
        let text = "Ferry Operator Cuts Winter Timetable\n\nThe operator cut the timetable.\nPassengers complained\nabout the cuts.\n• Two routes close\n• One route runs twice a day\n";
        assert_eq!(
            paragraphs(text),
            [
                "The operator cut the timetable.",
                "Passengers complained\nabout the cuts.",
                "• Two routes close",
                "• One route runs twice a day"
            ]
        );
    }

    #[test]
    fn glued_timestamp_byline_and_outlet_are_cut() {
        let text = "date 2026-03-04 The ferry operator cut its winter timetable on Monday.\n";
        assert_eq!(
            paragraphs(text),
            ["The ferry operator cut its winter timetable on Monday."]
        );
        let text = "BY A STAFF REPORTER: The ferry operator cut its timetable on Monday.\n";
        assert_eq!(
            paragraphs(text),
            ["The ferry operator cut its timetable on Monday."]
        );
        let text = "Ferry operator cuts timetableHarbour Gazette | Port Alder | Updated: 04-03-2026 13:21\nThe ferry operator cut its timetable on Monday.\n";
        assert_eq!(title(text), Some("Ferry operator cuts timetable"));
    }
}
