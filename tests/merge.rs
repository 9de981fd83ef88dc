//! Multi-source merging on the invented stories in `tests/data/stories/` (issue 15).
//!
//! Each story folder holds 4–5 articles written the way different outlets write and an
//! `EXPECTED.md` listing, with sentences copied from the articles, the events that must
//! merge (§1), the quote groups (§3) and the planted conflicts (§4). This test reads those
//! lists, merges each story with the library, and scores the merge the way the held-out
//! measurement does: share of multi-source events merged into one, of quote groups merged,
//! of mentions dated right, and false merges. The floors are today's figures (see the
//! README's "Multi-source" limits); a change that lowers one fails here.

#![allow(
    clippy::expect_used,
    reason = "test helpers fail loudly on broken fixtures"
)]

use briefline::model::{Briefing, Event, Provenance, Quote};
use std::path::{Path, PathBuf};

const STORIES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/stories");

/// One `- FILE: «anchor»` bullet of EXPECTED.md.
struct Bullet {
    file: String,
    anchor: String,
    back_ref: bool,
}

/// One `### ` block: its heading and bullets.
struct Block {
    head: String,
    bullets: Vec<Bullet>,
}

fn section<'a>(expected: &'a str, number: &str) -> &'a str {
    expected
        .split("\n## ")
        .find(|part| part.starts_with(number))
        .unwrap_or("")
}

fn blocks(section: &str) -> Vec<Block> {
    section
        .split("\n### ")
        .skip(1)
        .map(|block| {
            let mut lines = block.lines();
            let head = lines.next().unwrap_or("").to_owned();
            let bullets = lines
                .filter(|l| !l.contains("not asserted"))
                .filter_map(|l| {
                    let l = l.trim().strip_prefix("- ")?;
                    let (file, rest) = l.split_once(": ")?;
                    if Path::new(file).extension().is_none_or(|x| x != "txt") {
                        return None;
                    }
                    let back_ref = rest.starts_with("back-ref ");
                    let rest = rest.strip_prefix("back-ref ").unwrap_or(rest);
                    let anchor = rest.strip_prefix('«')?.split('»').next()?.to_owned();
                    Some(Bullet {
                        file: file.to_owned(),
                        anchor,
                        back_ref,
                    })
                })
                .collect();
            Block { head, bullets }
        })
        .collect()
}

/// Lower case, letters and digits only, single spaces: how anchors are compared.
fn norm(s: &str) -> String {
    let mut out = String::new();
    for c in s.replace('’', "'").to_lowercase().chars() {
        if c.is_alphanumeric() {
            out.push(c);
        } else if !out.ends_with(' ') {
            out.push(' ');
        }
    }
    out.trim().to_owned()
}

fn source_file<'a>(b: &'a Briefing, p: &Provenance) -> &'a str {
    b.source(&p.source).map_or("", |s| {
        Path::new(&s.name)
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or("")
    })
}

fn find_event<'a>(b: &'a Briefing, file: &str, anchor: &str) -> Option<&'a Event> {
    let want: String = norm(anchor).chars().take(60).collect();
    b.events.iter().find(|e| {
        e.mentions().any(|m| {
            source_file(b, m) == file
                && b.sentence_text(m)
                    .is_some_and(|s| norm(s).contains(want.as_str()))
        })
    })
}

fn find_quote<'a>(b: &'a Briefing, file: &str, anchor: &str) -> Option<&'a Quote> {
    let want = norm(anchor);
    b.quotes.iter().find(|q| {
        q.mentions().any(|m| {
            let text = b
                .source(&m.source)
                .and_then(|s| m.expression.and_then(|e| e.slice(&s.text)))
                .map(norm)
                .unwrap_or_default();
            source_file(b, m) == file
                && !text.is_empty()
                && (text.contains(want.as_str()) || want.contains(text.as_str()))
        })
    })
}

fn stories() -> Vec<PathBuf> {
    let mut dirs: Vec<PathBuf> = std::fs::read_dir(STORIES)
        .expect("stories folder")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.is_dir())
        .collect();
    dirs.sort();
    dirs
}

fn merge_story(dir: &Path) -> Briefing {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .expect("story folder")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    files.sort();
    briefline::load::load_and_merge(&files, None).expect("story merges")
}

#[derive(Default, Debug)]
struct Score {
    events: usize,
    events_merged: usize,
    dated: usize,
    dated_right: usize,
    quotes: usize,
    quotes_merged: usize,
    false_merges: usize,
    conflicts_expected: usize,
    conflicts_found: usize,
}

/// `MERGE_REPORT=1 cargo test --release --test merge -- --nocapture`: where each expected
/// report of a block landed (`None`: not found).
fn report<'a>(
    head: &str,
    bullets: impl Iterator<Item = &'a Bullet>,
    landed: impl Iterator<Item = Option<String>>,
) {
    if std::env::var_os("MERGE_REPORT").is_none() {
        return;
    }
    println!("\n### {head}");
    for (m, at) in bullets.zip(landed) {
        let anchor: String = m.anchor.chars().take(50).collect();
        let at = at.unwrap_or_else(|| "NOT FOUND".to_owned());
        println!("  {} «{anchor}» → {at}", m.file);
    }
}

fn score_events(b: &Briefing, expected: &str, s: &mut Score) {
    let mut owners: std::collections::HashMap<&str, std::collections::HashSet<String>> =
        std::collections::HashMap::new();
    for block in blocks(section(expected, "1.")) {
        let direct: Vec<&Bullet> = block.bullets.iter().filter(|b| !b.back_ref).collect();
        let found: Vec<Option<&Event>> = direct
            .iter()
            .map(|m| find_event(b, &m.file, &m.anchor))
            .collect();
        for e in found.iter().flatten() {
            owners
                .entry(e.id.as_str())
                .or_default()
                .insert(block.head.clone());
        }
        let files: std::collections::HashSet<&str> =
            direct.iter().map(|m| m.file.as_str()).collect();
        report(
            &block.head,
            direct.iter().copied(),
            found.iter().map(|e| {
                e.map(|e| {
                    let date = e.date.start.map(|d| d.to_string()).unwrap_or_default();
                    format!("{} {date} «{}»", e.id.as_str(), e.title)
                })
            }),
        );
        if files.len() >= 2 && !block.head.starts_with("Single-source") {
            s.events += 1;
            let first = found.first().copied().flatten().map(|e| &e.id);
            s.events_merged +=
                usize::from(first.is_some() && found.iter().all(|e| e.map(|e| &e.id) == first));
        }
        let Some(want) = expected_date(&block.head) else {
            continue;
        };
        for e in &found {
            s.dated += 1;
            let start = e.and_then(|e| e.date.start).map(|d| d.to_string());
            s.dated_right += usize::from(start.is_some_and(|d| d.starts_with(&want)));
        }
    }
    s.false_merges += owners.values().filter(|heads| heads.len() > 1).count();
}

/// The ISO date of a `### E…` heading (`· 2026-01-06 ·` or `· 2025-10 ·`); none for
/// conflicting dates.
fn expected_date(head: &str) -> Option<String> {
    if head.contains("CONFLICT") {
        return None;
    }
    head.split(" · ").find_map(|part| {
        let date = part.split_whitespace().next()?;
        let ok = (date.len() == 10 || date.len() == 7)
            && date.chars().enumerate().all(|(i, c)| {
                if i == 4 || i == 7 {
                    c == '-'
                } else {
                    c.is_ascii_digit()
                }
            });
        ok.then(|| date.to_owned())
    })
}

fn score_quotes(b: &Briefing, expected: &str, s: &mut Score) {
    for block in blocks(section(expected, "3.")) {
        let files: std::collections::HashSet<&str> =
            block.bullets.iter().map(|m| m.file.as_str()).collect();
        if files.len() < 2 {
            continue;
        }
        s.quotes += 1;
        let found: Vec<Option<&Quote>> = block
            .bullets
            .iter()
            .map(|m| find_quote(b, &m.file, &m.anchor))
            .collect();
        report(
            &block.head,
            block.bullets.iter(),
            found.iter().map(|q| {
                q.map(|q| {
                    let words: String = q.text.chars().take(60).collect();
                    format!("{} «{words}»", q.id.as_str())
                })
            }),
        );
        let first = found.first().copied().flatten().map(|q| &q.id);
        s.quotes_merged +=
            usize::from(first.is_some() && found.iter().all(|q| q.map(|q| &q.id) == first));
    }
}

fn score_all() -> (Score, Vec<(String, Briefing)>) {
    let mut s = Score::default();
    let mut merged = Vec::new();
    for dir in stories() {
        let expected = std::fs::read_to_string(dir.join("EXPECTED.md")).expect("EXPECTED.md");
        let b = merge_story(&dir);
        score_events(&b, &expected, &mut s);
        score_quotes(&b, &expected, &mut s);
        let planted = section(&expected, "4.")
            .lines()
            .filter(|l| l.starts_with("- C"))
            .count();
        let found: usize = b.events.iter().map(|e| e.conflicts.len()).sum();
        s.conflicts_expected += planted;
        s.conflicts_found += found.min(planted);
        let name = dir
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or("")
            .to_owned();
        merged.push((name, b));
    }
    (s, merged)
}

fn percent(a: usize, b: usize) -> f64 {
    100.0 * a as f64 / b.max(1) as f64
}

#[test]
fn merging_the_stories_scores_at_least_todays_figures() {
    let (s, _) = score_all();
    println!("{s:#?}");
    // The lists themselves were read: 6 stories, 38 multi-source events, 28 quote groups.
    assert!(s.events >= 38, "events listed: {}", s.events);
    assert!(s.quotes >= 28, "quote groups listed: {}", s.quotes);
    assert_eq!(s.conflicts_expected, 5);
    let events = percent(s.events_merged, s.events);
    let dated = percent(s.dated_right, s.dated);
    let quotes = percent(s.quotes_merged, s.quotes);
    println!("events merged {events:.0} %, dated {dated:.0} %, quotes merged {quotes:.0} %");
    // 36 % and 69 % until reports of one day needed fewer shared words, irregular pasts
    // folded ("fell" / "fall") and sentences without a time word became mentions of the
    // event another outlet dates (`merge::untimed`).
    assert!(events >= 44.0, "events merged {events:.1} %");
    assert!(dated >= 74.0, "mentions dated right {dated:.1} %");
    assert!(quotes >= 93.0, "quote groups merged {quotes:.1} %");
    // One of the 9 is a single sentence naming two happenings: Northern Meridian's cleft
    // sentence ("It was a little after two in the morning on 8 January when … signed the
    // agreement") is titled by the signing and merges with Radio Marrica's signing event,
    // which also holds, as a back-reference to "the agreement", Ruiz's sentence about
    // lifting the tariff that EXPECTED.md lists under E6: counted against both. (12 until a
    // name the article uses as a place, "the village of San Ildo", stopped being a person
    // and a shared name alone stopped being enough to join two reports.)
    assert!(s.false_merges <= 9, "false merges {}", s.false_merges);
    // 3, not 4: the fourth counted was two different statements by one minister ("…," she
    // said on Tuesday / "…," she told Radio Marrica on Thursday) merged as one event and
    // flagged as a date conflict; titled by what was said, they stay apart.
    assert!(
        s.conflicts_found >= 3,
        "conflicts found {}",
        s.conflicts_found
    );
}

fn story(merged: &[(String, Briefing)], name: &str) -> Briefing {
    merged
        .iter()
        .find(|(n, _)| n == name)
        .map(|(_, b)| b.clone())
        .expect("story")
}

#[test]
fn the_geneva_talks_are_one_event_reported_by_four_outlets() {
    let b = merge_story(&Path::new(STORIES).join("geneva-trade-deal"));
    assert_eq!(b.sources.len(), 4);
    let opened = find_event(
        &b,
        "01_wirepoint.txt",
        "The talks opened on Tuesday at the Villa",
    )
    .expect("talks opening");
    assert_eq!(opened.corroboration(), 4, "{}", opened.title);
    assert_eq!(
        opened.date.start.map(|d| d.to_string()).as_deref(),
        Some("2026-01-06")
    );
    let protest =
        find_event(&b, "02_northern-meridian.txt", "some 300 fishermen").expect("protest");
    assert_eq!(protest.corroboration(), 4, "{}", protest.title);
    assert_ne!(opened.id, protest.id, "two happenings stay apart");
    // The undated regional paper takes the date its reports corroborate.
    let gazette = b
        .sources
        .iter()
        .find(|s| s.name.ends_with("04_harbour-gazette.txt"))
        .expect("gazette");
    let suggested = gazette.suggested_reference.as_ref().expect("a suggestion");
    assert_eq!(suggested.earliest.to_string(), "2026-01-08");
    assert_eq!(suggested.latest.to_string(), "2026-01-08");
    assert!(
        gazette.reference_date.is_none(),
        "the suggestion is never silently assumed"
    );
}

#[test]
fn the_control_story_raises_no_figure_conflict() {
    let (_, merged) = score_all();
    let b = story(&merged, "valcorta-wildfire");
    let figures: Vec<String> = b
        .events
        .iter()
        .flat_map(|e| &e.conflicts)
        .filter(|c| !matches!(c.kind, briefline::model::ConflictKind::Date))
        .map(|c| format!("{:?}", c.versions))
        .collect();
    assert!(figures.is_empty(), "false alarms: {figures:?}");
}

#[test]
fn every_mention_survives_the_merge() {
    for dir in stories() {
        let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
            .expect("story")
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "txt"))
            .collect();
        files.sort();
        let (parts, failed) = briefline::load::load_each(&files, None);
        assert!(failed.is_empty(), "{failed:?}");
        let quotes_before: usize = parts.iter().map(|p| p.quotes.len()).sum();
        let merged = briefline::merge::merge(parts);
        let quotes_after: usize = merged.quotes.iter().map(|q| q.mentions().count()).sum();
        assert!(
            quotes_after >= quotes_before,
            "{}: {quotes_before} quotes extracted, {quotes_after} mentions after merging",
            dir.display()
        );
    }
}

fn geneva() -> Briefing {
    merge_story(&Path::new(STORIES).join("geneva-trade-deal"))
}

fn index_of_source(b: &Briefing, file: &str) -> usize {
    b.sources
        .iter()
        .position(|s| s.name.ends_with(file))
        .expect("source")
}

#[test]
fn removing_a_source_keeps_what_others_support_and_undoes() {
    use briefline::model::edit::Edit;
    let before = geneva();
    let mut b = before.clone();
    let gazette = index_of_source(&b, "04_harbour-gazette.txt");
    let gazette_id = b.sources[gazette].id.clone();
    let talks = find_event(
        &b,
        "01_wirepoint.txt",
        "The talks opened on Tuesday at the Villa",
    )
    .expect("talks")
    .id
    .clone();
    let only_gazette = find_event(
        &b,
        "04_harbour-gazette.txt",
        "The harbour in Skarvik was quiet",
    )
    .expect("an event only the gazette reports")
    .id
    .clone();
    let edit = Edit::remove_source(&b, gazette).expect("edit");
    b.apply(&edit);
    assert_eq!(b.sources.len(), 3);
    let kept = b.events.iter().find(|e| e.id == talks).expect("talks kept");
    assert_eq!(kept.corroboration(), 3);
    assert!(kept.mentions().all(|m| m.source != gazette_id));
    assert!(b.events.iter().all(|e| e.id != only_gazette));
    for q in &b.quotes {
        assert!(q.mentions().all(|m| m.source != gazette_id), "{}", q.text);
    }
    b.revert(&edit);
    assert_eq!(b, before, "undo restores the briefing exactly");
}

#[test]
fn splitting_a_mention_makes_an_event_of_its_own_and_undoes() {
    use briefline::model::edit::Edit;
    let before = geneva();
    let mut b = before.clone();
    let index = b
        .events
        .iter()
        .position(|e| e.corroboration() == 4)
        .expect("an event of four sources");
    let events = b.events.len();
    let edit = Edit::split_mention(&b, index, 0).expect("edit");
    b.apply(&edit);
    assert_eq!(b.events.len(), events + 1);
    assert!(
        b.events
            .iter()
            .any(|e| e.corroboration() == 1 && e.other_mentions.is_empty())
    );
    let all_mentions =
        |b: &Briefing| -> usize { b.events.iter().map(|e| e.mentions().count()).sum() };
    assert_eq!(
        all_mentions(&b),
        all_mentions(&before),
        "no mention is lost"
    );
    b.revert(&edit);
    assert_eq!(b, before);
    assert!(
        Edit::split_mention(&b, index, 99).is_err(),
        "no such mention"
    );
}

#[test]
fn accepting_a_suggested_reference_dates_the_undated_source() {
    use briefline::model::{DateOrigin, edit::Edit};
    let before = geneva();
    let mut b = before.clone();
    let gazette = index_of_source(&b, "04_harbour-gazette.txt");
    let quiet = |b: &Briefing| {
        find_event(
            b,
            "04_harbour-gazette.txt",
            "The harbour in Skarvik was quiet",
        )
        .and_then(|e| e.date.start)
        .map(|d| d.to_string())
    };
    assert_eq!(quiet(&b), None, "undated until the analyst accepts");
    let suggested = b.sources[gazette]
        .suggested_reference
        .as_ref()
        .expect("suggestion")
        .earliest;
    let edit = Edit::set_source_reference(&b, gazette, Some(suggested), DateOrigin::Inferred)
        .expect("edit");
    b.apply(&edit);
    assert_eq!(b.sources[gazette].reference_date, Some(suggested));
    assert_eq!(b.sources[gazette].reference_origin, DateOrigin::Inferred);
    assert_eq!(quiet(&b).as_deref(), Some("2026-01-07"), "'last night'");
    b.revert(&edit);
    assert_eq!(b, before);
}

#[test]
fn grading_a_source_is_undoable() {
    use briefline::model::{Reliability, edit::Edit};
    let before = geneva();
    let mut b = before.clone();
    let edit = Edit::set_source_reliability(&b, 1, Some(Reliability::B)).expect("edit");
    b.apply(&edit);
    assert_eq!(b.sources[1].reliability, Some(Reliability::B));
    b.revert(&edit);
    assert_eq!(b, before);
    assert!(Edit::set_source_reliability(&b, 9, None).is_err());
}

#[test]
fn a_date_named_in_full_does_not_widen_an_undated_sources_suggestion() {
    // K1's interview names "the sixth of December" (the election) and "yesterday" (the
    // vote): only the second says when it was broadcast.
    let b = merge_story(&Path::new(STORIES).join("kaldoria-confidence-vote"));
    let k1 = index_of_source(&b, "04_k1-tonight-interview.txt");
    let suggested = b.sources[k1]
        .suggested_reference
        .as_ref()
        .expect("a suggestion");
    assert_eq!(
        (suggested.earliest.to_string(), suggested.latest.to_string()),
        ("2026-10-22".to_owned(), "2026-10-22".to_owned())
    );
}

#[test]
fn the_undated_column_is_suggested_the_week_its_thursday_names() {
    // EXPECTED.md §5: "on Thursday" (the rate cut, 12 February) and "due on 26 February"
    // place the column between 12 and 18 February. A weekday merged with a report dated
    // only to a month ("in March") allows a month of Thursdays and must not widen that.
    let merged = score_all().1;
    let b = story(&merged, "aldermark-rate-cut");
    let column = &b.sources[index_of_source(&b, "05_money-matters-column.txt")];
    let s = column.suggested_reference.as_ref().expect("a suggestion");
    let (from, to) = (s.earliest.to_string(), s.latest.to_string());
    assert!(
        from.as_str() >= "2026-02-12" && to.as_str() <= "2026-02-18",
        "{from} – {to}"
    );
}

#[test]
fn removing_the_sources_that_date_an_event_leaves_it_undated() {
    // "Marrica imposed the tariff in October" (Wirepoint, Northern Meridian) and the
    // Harbour Gazette's "Marrica will drop the tariff it imposed on Vesland steel", linked by
    // its words: once both dated reports are removed, nothing left states the date.
    use briefline::model::edit::Edit;
    let before = geneva();
    let mut b = before.clone();
    let tariff = find_event(&b, "04_harbour-gazette.txt", "Marrica will drop the tariff")
        .expect("the gazette's sentence is a mention of the tariff event")
        .id
        .clone();
    let mut edits = Vec::new();
    for name in ["01_wirepoint.txt", "02_northern-meridian.txt"] {
        let i = index_of_source(&b, name);
        let edit = Edit::remove_source(&b, i).expect("edit");
        b.apply(&edit);
        edits.push(edit);
        let e = b
            .events
            .iter()
            .find(|e| e.id == tariff)
            .expect("still reported");
        assert!(e.mentions().count() >= 1);
    }
    let e = b.events.iter().find(|e| e.id == tariff).expect("kept");
    assert_eq!(e.corroboration(), 1);
    assert!(!e.date.is_resolved(), "{:?}", e.date);
    assert!(!e.dated_by_corroboration);
    for edit in edits.iter().rev() {
        b.revert(edit);
    }
    assert_eq!(b, before, "undo restores the briefing exactly");
}

#[test]
fn a_mention_linked_by_its_words_splits_off_undated_and_titled_by_its_sentence() {
    use briefline::model::edit::Edit;
    let before = geneva();
    let mut b = before.clone();
    let sentence = "Marrica will drop the tariff";
    let e = find_event(&b, "04_harbour-gazette.txt", sentence).expect("linked");
    let index = b.events.iter().position(|x| x.id == e.id).expect("index");
    let k = e
        .other_mentions
        .iter()
        .position(|m| b.sentence_text(&m.at).is_some_and(|s| s.contains(sentence)))
        .expect("the gazette's mention");
    let edit = Edit::split_mention(&b, index, k).expect("edit");
    b.apply(&edit);
    let split = b
        .events
        .iter()
        .find(|x| x.id != b.events[index].id && x.sentence.contains(sentence))
        .expect("the new event");
    assert!(
        split
            .title
            .starts_with("In return, Marrica will drop the tariff")
    );
    assert!(!split.date.is_resolved(), "{:?}", split.date);
    let kept = &b.events[index];
    assert!(kept.date.is_resolved(), "the dated reports keep their date");
    b.revert(&edit);
    assert_eq!(b, before);
}
