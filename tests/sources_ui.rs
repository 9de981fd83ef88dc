//! UI tests for briefings of several sources (issue 15), driven by label through the real
//! app (`egui_kittest`, no window): several articles open as one briefing, File ▸ Add
//! sources…, dropped articles, the Sources panel (filter, grade, suggested date, remove),
//! stepping through the mentions of an item, splitting a mention off, the corroboration
//! filter, and undo of each. The articles are the invented stories in `tests/data/stories/`.
#![cfg(feature = "gui")]
#![allow(
    clippy::unwrap_used,
    reason = "test helpers fail loudly on broken fixtures"
)]

mod ui_common;

use briefline::app::{BrieflineApp, Selection};
use chrono::NaiveDate;
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use std::path::PathBuf;
use ui_common::{DroppedPath, run_until_loaded};

const GENEVA: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/tests/data/stories/geneva-trade-deal"
);

fn article(name: &str) -> PathBuf {
    PathBuf::from(GENEVA).join(name)
}

fn all_four() -> Vec<PathBuf> {
    [
        "01_wirepoint.txt",
        "02_northern-meridian.txt",
        "03_radio-marrica.txt",
        "04_harbour-gazette.txt",
    ]
    .into_iter()
    .map(article)
    .collect()
}

fn harness(files: Vec<PathBuf>, answers: Vec<Vec<PathBuf>>) -> Harness<'static, BrieflineApp> {
    let mut h = ui_common::app_harness(files, answers, egui::vec2(1600.0, 1400.0));
    run_until_loaded(&mut h);
    h
}

/// The event the four outlets all report (the talks opening).
fn four_source_event(h: &Harness<'_, BrieflineApp>) -> usize {
    h.state()
        .doc
        .briefing
        .events
        .iter()
        .position(|e| e.corroboration() == 4 && e.sentence.contains("opened"))
        .unwrap()
}

fn select_event(h: &mut Harness<'_, BrieflineApp>, i: usize) {
    let title = h.state().doc.briefing.events[i].title.clone();
    h.get_by_label(&title).click();
    h.run_steps(3);
    assert_eq!(h.state().selection, Selection::Event(i));
}

#[test]
fn several_articles_open_as_one_briefing_with_a_sources_panel() {
    let mut h = harness(all_four(), Vec::new());
    let b = &h.state().doc.briefing;
    assert_eq!(b.sources.len(), 4, "one briefing of four sources");
    assert_eq!(h.state().doc.display_name(), "4 sources");
    h.get_by_label("Sources");
    h.get_by_label("Source The Northern Meridian");
    // Each source's item count is what it reports: events, quotes and questions.
    let counts = h.state().source_item_counts();
    for (i, src) in b.sources.iter().enumerate() {
        let reports = |mut m: Box<dyn Iterator<Item = &briefline::model::Provenance> + '_>| {
            m.any(|p| p.source == src.id)
        };
        let n = b
            .events
            .iter()
            .filter(|e| reports(Box::new(e.mentions())))
            .count()
            + b.quotes
                .iter()
                .filter(|q| reports(Box::new(q.mentions())))
                .count()
            + b.questions
                .iter()
                .filter(|q| reports(Box::new(q.mentions())))
                .count();
        assert_eq!(counts[i], n, "{}", src.name);
        h.get_by_label_contains(&format!("{n} items"));
    }
    // The undated regional paper offers the date its corroborated events suggest.
    h.get_by_label_contains("Undated: probably 8 Jan 2026");
    h.get_by_label("Accept date").click();
    h.run_steps(3);
    let gazette = &h.state().doc.briefing.sources[3];
    assert_eq!(
        gazette.reference_date,
        NaiveDate::from_ymd_opt(2026, 1, 8),
        "{}",
        gazette.name
    );
    h.get_by_label_contains("8 Jan 2026 · inferred");
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run_steps(3);
    assert_eq!(h.state().doc.briefing.sources[3].reference_date, None);
}

#[test]
fn clicking_a_source_filters_to_its_items_and_show_all_undoes_it() {
    let mut h = harness(all_four(), Vec::new());
    let quotes_before = h.get_all_by_label_contains("Quote by").count();
    h.get_by_label("Source The Northern Meridian").click();
    h.run_steps(3);
    assert_eq!(h.state().source_filter, Some(1));
    let quotes_after = h.get_all_by_label_contains("Quote by").count();
    assert!(
        quotes_after < quotes_before,
        "{quotes_after} of {quotes_before} quotes shown"
    );
    // The reader turns to that source.
    h.get_by_label_contains("source 2 of 4");
    h.get_by_label("Show all sources").click();
    h.run_steps(3);
    assert_eq!(h.state().source_filter, None);
}

#[test]
fn stepping_through_the_mentions_of_an_event_turns_the_reader() {
    let mut h = harness(all_four(), Vec::new());
    let talks = four_source_event(&h);
    select_event(&mut h, talks);
    // Every report counts, several in one source among them (a later sentence that refers
    // back to the talks).
    let total = h.state().selected_mentions().len();
    assert!(total >= 4, "{total} mentions");
    h.get_by_label_contains(&format!("1 of {total} · "));
    h.get_by_label_contains(&format!("Reported {total} times by 4 sources"));
    h.get_by_label("▶").click();
    h.run_steps(3);
    h.get_by_label_contains(&format!("2 of {total} · "));
    let shown = h.state().doc.shown_source;
    let m = h.state().current_mention().unwrap();
    assert_eq!(m.index, 1);
    assert_eq!(shown, m.source, "the reader shows the mention's source");
    h.get_by_label("◀").click();
    h.run_steps(3);
    h.get_by_label_contains(&format!("1 of {total} · "));
}

#[test]
fn splitting_a_mention_off_and_undo() {
    let mut h = harness(all_four(), Vec::new());
    let talks = four_source_event(&h);
    let events = h.state().doc.briefing.events.len();
    select_event(&mut h, talks);
    let buttons = h.get_all_by_label("Split off").count();
    assert!(buttons >= 3, "{buttons} mentions to split off");
    // Split off a report from a source that reports the talks only once.
    let mentions: Vec<_> = h.state().doc.briefing.events[talks]
        .mentions()
        .map(|m| m.source.clone())
        .collect();
    let k = (1..mentions.len())
        .rev()
        .find(|&k| mentions.iter().filter(|s| **s == mentions[k]).count() == 1)
        .unwrap();
    // The list of mentions is below the event's fields: scroll the inspector to the button.
    h.get_all_by_label("Split off")
        .nth(k - 1)
        .unwrap()
        .scroll_to_me();
    h.run_steps(4);
    h.get_all_by_label("Split off").nth(k - 1).unwrap().click();
    h.run_steps(3);
    assert_eq!(h.state().doc.briefing.events.len(), events + 1);
    assert_eq!(h.state().doc.briefing.events[talks].corroboration(), 3);
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run_steps(3);
    assert_eq!(h.state().doc.briefing.events.len(), events);
    assert_eq!(h.state().doc.briefing.events[talks].corroboration(), 4);
}

#[test]
fn add_sources_from_the_file_menu_then_undo() {
    let first_two = all_four().into_iter().take(2).collect();
    let rest: Vec<PathBuf> = all_four().into_iter().skip(2).collect();
    let mut h = harness(first_two, vec![rest]);
    assert_eq!(h.state().doc.briefing.sources.len(), 2);
    h.get_by_label("File").click();
    h.run_steps(2);
    h.get_by_label("Add sources…").click();
    h.run_steps(2);
    run_until_loaded(&mut h);
    assert_eq!(h.state().doc.briefing.sources.len(), 4);
    assert!(
        h.state()
            .doc
            .briefing
            .events
            .iter()
            .any(|e| e.corroboration() == 4)
    );
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run_steps(3);
    assert_eq!(
        h.state().doc.briefing.sources.len(),
        2,
        "adding is one undo step"
    );
}

#[test]
fn removing_a_source_keeps_what_others_report_and_undoes() {
    let mut h = harness(all_four(), Vec::new());
    let talks = four_source_event(&h);
    let talks_id = h.state().doc.briefing.events[talks].id.clone();
    h.get_all_by_label("Remove").nth(3).unwrap().click();
    h.run_steps(3);
    let b = &h.state().doc.briefing;
    assert_eq!(b.sources.len(), 3);
    let kept = b.events.iter().find(|e| e.id == talks_id).unwrap();
    assert_eq!(kept.corroboration(), 3);
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run_steps(3);
    assert_eq!(h.state().doc.briefing.sources.len(), 4);
}

#[test]
fn dropping_an_article_on_an_open_briefing_asks_and_adds_it() {
    let mut h = harness(vec![article("01_wirepoint.txt")], Vec::new());
    assert_eq!(h.state().doc.briefing.sources.len(), 1);
    h.input_mut()
        .dropped_files
        .push(std::sync::Arc::new(DroppedPath(article(
            "02_northern-meridian.txt",
        ))));
    h.run_steps(3);
    h.get_by_label("Add to this briefing?");
    h.get_by_label("Add to this briefing").click();
    h.run_steps(2);
    run_until_loaded(&mut h);
    assert_eq!(h.state().doc.briefing.sources.len(), 2);
    h.get_by_label("Sources");
}

#[test]
fn the_corroboration_filter_hides_single_source_events() {
    let mut h = harness(all_four(), Vec::new());
    let unresolved_or_placed = |h: &Harness<'_, BrieflineApp>| {
        let d = h.state().timeline_data.as_ref().unwrap();
        d.items.len()
    };
    let all = unresolved_or_placed(&h);
    h.get_by_label("View").click();
    h.run_steps(2);
    h.get_by_label("Corroboration").click();
    h.run_steps(2);
    h.get_by_label("Corroborated by at least 3 sources").click();
    h.run_steps(3);
    assert_eq!(h.state().settings.min_corroboration, 3);
    let some = unresolved_or_placed(&h);
    assert!(some < all, "{some} of {all} events on the timeline");
}

#[test]
fn view_colours_events_by_source_with_a_legend_in_the_sources_panel() {
    let mut h = harness(all_four(), Vec::new());
    assert_eq!(
        h.query_all_by_label("●").count(),
        0,
        "no legend while events show kinds"
    );
    h.get_by_label("View").click();
    h.run_steps(2);
    h.get_by_label("Colour events by source").click();
    h.run_steps(3);
    assert!(h.state().settings.colour_by_source);
    // One swatch per source, in the colour its events take on the timeline.
    assert_eq!(h.get_all_by_label("●").count(), 4);
    // One source: nothing to tell apart, so the menu item is off and there is no legend.
    let mut single = harness(vec![all_four().remove(0)], Vec::new());
    single.state_mut().settings.colour_by_source = true;
    single.run_steps(3);
    assert_eq!(single.query_all_by_label("●").count(), 0);
}

#[test]
fn a_mention_without_a_time_word_says_how_it_was_linked() {
    let mut h = harness(all_four(), Vec::new());
    // The Harbour Gazette's "Marrica will drop the tariff it imposed on Vesland steel last
    // autumn" has no date of its own for the tariff: it is linked to the other outlets'
    // "Marrica imposed the tariff in October" by its words.
    let b = &h.state().doc.briefing;
    let i = b
        .events
        .iter()
        .position(|e| {
            e.other_mentions.iter().any(|m| {
                m.trigger.is_none()
                    && m.title.is_none()
                    && m.at.expression.is_none()
                    && b.sentence_text(&m.at)
                        .is_some_and(|s| s.contains("drop the tariff"))
            })
        })
        .expect("the gazette's sentence is a mention of the tariff event");
    assert!(
        b.events[i].title.contains("tariff"),
        "{}",
        b.events[i].title
    );
    select_event(&mut h, i);
    h.get_by_label("no time word · by its words");
}

#[test]
fn sources_without_a_publication_date_make_one_notice_naming_them() {
    // Three articles with no dateline, metadata or reference date (a folder of pasted
    // wire copy): one notice names them, not one line each.
    let dir = std::env::temp_dir().join(format!("briefline-undated-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let files: Vec<PathBuf> = ["a.txt", "b.txt", "c.txt"]
        .iter()
        .map(|name| {
            let p = dir.join(name);
            std::fs::write(
                &p,
                "Bank blast\n\nA bomb exploded at a bank in Harwick on Friday, police said.\n",
            )
            .unwrap();
            p
        })
        .collect();
    let h = harness(files, Vec::new());
    h.get_by_label_contains("3 sources have no publication date (a.txt, b.txt, c.txt)");
    assert_eq!(
        h.query_all_by_label_contains("the publication date is unknown")
            .count(),
        0
    );
    h.get_by_label_contains("No source of this briefing has a known publication date");
    let _ = std::fs::remove_dir_all(&dir);
}
