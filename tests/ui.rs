//! UI tests: drive the real app through `AccessKit` labels and keys (`egui_kittest`, no window).
#![cfg(feature = "gui")]
#![allow(
    clippy::unwrap_used,
    reason = "test helpers fail loudly on broken fixtures"
)]

mod ui_common;

use briefline::app::{BrieflineApp, Selection, Settings, Startup};
use briefline::ui::dialogs::ScriptedDialogs;
use briefline::ui::theme::Theme;
use chrono::NaiveDate;
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable as _};
use std::fmt::Write as _;
use std::path::PathBuf;
use ui_common::DroppedPath;

const SUMMIT: &str = "Paris summit of the coalition of the willing";

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 26).unwrap()
}

fn startup(files: Vec<PathBuf>, answers: Vec<Vec<PathBuf>>) -> Startup {
    startup_saving(files, answers, Vec::new())
}

fn startup_saving(files: Vec<PathBuf>, answers: Vec<Vec<PathBuf>>, saves: Vec<PathBuf>) -> Startup {
    Startup {
        files,
        reference_date: None,
        today: today(),
        dialogs: Box::new(ScriptedDialogs { answers, saves }),
        present: false,
        recovery_dir: None,
    }
}

fn harness_with(files: Vec<PathBuf>, answers: Vec<Vec<PathBuf>>) -> Harness<'static, BrieflineApp> {
    let mut h = Harness::builder()
        .with_size(egui::vec2(1280.0, 800.0))
        .build_eframe(move |cc| BrieflineApp::new(cc, startup(files, answers)));
    h.run_steps(3);
    h
}

fn harness() -> Harness<'static, BrieflineApp> {
    harness_with(Vec::new(), Vec::new())
}

fn temp_article(name: &str, text: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("briefline-ui-{}-{name}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let p = dir.join(name);
    std::fs::write(&p, text).unwrap();
    p
}

fn event_index(h: &Harness<'_, BrieflineApp>, title: &str) -> usize {
    h.state()
        .doc
        .briefing
        .events
        .iter()
        .position(|e| e.title == title)
        .unwrap()
}

#[test]
fn seed_opens_and_selecting_the_summit_links_its_quotes() {
    let mut h = harness();
    assert_eq!(
        h.state().doc.briefing.meta.title,
        "Ukraine Security Guarantees Gain US Backing At Paris Summit"
    );
    h.get_by_label(SUMMIT).click();
    h.run_steps(3);
    let summit = event_index(&h, SUMMIT);
    assert_eq!(h.state().selection, Selection::Event(summit));
    // The quote cards of the summit's quotes are marked as linked, Witkoff's and Kushner's among them.
    let linked = h.get_all_by_label("linked").count();
    assert!(linked >= 2, "{linked} linked quote cards");
    let b = &h.state().doc.briefing;
    let speakers: Vec<&str> = b
        .quotes_for_event(&b.events[summit].id)
        .filter_map(|q| q.speaker.as_ref())
        .map(|s| b.actor_name(s))
        .collect();
    assert!(
        speakers.contains(&"Steve Witkoff") && speakers.contains(&"Jared Kushner"),
        "{speakers:?}"
    );
    // The inspector shows the event and how its date was resolved.
    h.get_by_label_contains("dated at its reference date 2026-01-06");
}

#[test]
fn selecting_a_quote_selects_its_event_and_speaker_in_the_inspector() {
    let mut h = harness();
    h.get_by_label("“If Ukrainians are to make a final deal, they have to know that after a deal they are secure”").click();
    h.run_steps(3);
    assert!(matches!(h.state().selection, Selection::Quote(_)));
    let summit = event_index(&h, SUMMIT);
    assert_eq!(h.state().focused_event(), Some(summit));
    h.get_by_label("Quote — Jared Kushner");
}

#[test]
fn keyboard_walks_events_in_time_order_and_escape_clears() {
    let mut h = harness();
    h.key_press(Key::Tab);
    h.run_steps(2);
    let first = event_index(&h, "Russia first invaded Ukraine");
    assert_eq!(h.state().selection, Selection::Event(first));
    h.key_press(Key::ArrowDown);
    h.run_steps(2);
    assert_eq!(
        h.state().selection,
        Selection::Event(event_index(&h, "Russia launched a full-scale war"))
    );
    h.key_press(Key::ArrowUp);
    h.run_steps(2);
    assert_eq!(h.state().selection, Selection::Event(first));
    h.key_press(Key::Escape);
    h.run_steps(2);
    assert_eq!(h.state().selection, Selection::None);
}

#[test]
fn zoom_and_pan_with_keys_and_buttons() {
    let mut h = harness();
    assert!(h.state().timeline.view.is_none(), "starts fitted");
    let fit = h.state().fit_view().unwrap();
    h.key_press(Key::Plus);
    h.run_steps(4);
    let zoomed = h.state().timeline.view.unwrap();
    assert!(
        zoomed.span_secs < fit.span_secs * 0.8,
        "{zoomed:?} vs {fit:?}"
    );
    h.key_press(Key::ArrowRight);
    h.run_steps(4);
    let panned = h.state().timeline.view.unwrap();
    assert!(
        panned.start_secs > zoomed.start_secs,
        "arrow right shows later times"
    );
    assert!((panned.span_secs - zoomed.span_secs).abs() < 1.0);
    h.get_by_label("−").click();
    h.run_steps(4);
    assert!(h.state().timeline.view.unwrap().span_secs > panned.span_secs);
    h.key_press(Key::Home);
    h.run_steps(4);
    assert!(h.state().timeline.view.is_none(), "Home fits all again");
    // Zoom to selection.
    h.get_by_label(SUMMIT).click();
    h.run_steps(2);
    h.get_by_label("Zoom to selection").click();
    h.run_steps(4);
    assert!(h.state().timeline.view.unwrap().span_secs < 30.0 * 86_400.0);
}

#[test]
fn wheel_zooms_around_the_cursor_and_drag_pans() {
    let mut h = harness();
    h.run_steps(2);
    let canvas = h.get_by_label("Timeline").rect();
    let p = canvas.center();
    h.hover_at(p);
    h.event(egui::Event::MouseWheel {
        unit: egui::MouseWheelUnit::Point,
        delta: egui::vec2(0.0, 120.0),
        modifiers: Modifiers::NONE,
        phase: egui::TouchPhase::Move,
        source: egui::MouseWheelSource::Wheel,
    });
    h.run_steps(6);
    let v = h.state().timeline.view.expect("wheel zoom sets a view");
    assert!(v.span_secs < h.state().fit_view().unwrap().span_secs);
    let before = v.start_secs;
    h.drag_at(p);
    h.run_steps(1);
    h.hover_at(p + egui::vec2(120.0, 0.0));
    h.run_steps(1);
    h.drop_at(p + egui::vec2(120.0, 0.0));
    h.run_steps(3);
    assert!(
        h.state().timeline.view.unwrap().start_secs < before,
        "dragging right shows earlier times"
    );
}

#[test]
fn search_filters_quotes_and_actors() {
    let mut h = harness();
    h.key_press_modifiers(Modifiers::COMMAND, Key::F);
    h.run_steps(2);
    h.get_by_role(egui::accesskit::Role::TextInput)
        .type_text("Kushner");
    h.run_steps(3);
    let r = &h.state().search_results;
    assert_eq!(r.quotes.len(), 1);
    assert_eq!(r.actors.len(), 1);
    h.get_by_label("1 of 6");
}

#[test]
fn clicking_an_actor_filters_to_it() {
    let mut h = harness();
    h.get_by_label_contains("Volodymyr Zelenskiy (")
        .scroll_to_me();
    h.run_steps(3);
    let node = h.get_by_label_contains("Volodymyr Zelenskiy (");
    node.click();
    h.run_steps(3);
    assert!(h.state().actor_filter.is_some());
    h.get_by_label("2 of 6"); // Zelenskiy's two quotes
    h.get_by_label("Filter: Volodymyr Zelenskiy");
}

#[test]
fn switching_theme_from_the_view_menu() {
    let mut h = harness();
    h.get_by_label("View").click();
    h.run_steps(2);
    h.get_by_label("High contrast").click();
    h.run_steps(2);
    assert_eq!(h.state().settings.theme, Theme::HighContrast);
}

#[test]
fn changing_the_reference_date_re_resolves_relative_dates() {
    let mut h = harness();
    h.get_by_label("Reference date: Tue 6 Jan 2026").click();
    h.run_steps(2);
    assert!(h.state().date_editor.is_some(), "the editor opened");
    h.run_steps(3);
    h.get_by_label("Reference date");
    let field = h
        .get_all_by_role(egui::accesskit::Role::TextInput)
        .find(|n| n.value().as_deref() == Some("2026-01-06"))
        .expect("the date field shows the current reference date");
    field.focus();
    h.run_steps(1);
    h.key_press_modifiers(Modifiers::COMMAND, Key::A);
    h.run_steps(1);
    h.get_all_by_role(egui::accesskit::Role::TextInput)
        .find(|n| n.value().as_deref() == Some("2026-01-06"))
        .unwrap()
        .type_text("2026-01-13");
    h.run_steps(1);
    assert_eq!(h.state().date_editor.as_ref().unwrap().text, "2026-01-13");
    h.get_by_label("Apply").click();
    h.run_steps(3);
    let b = &h.state().doc.briefing;
    let talks = b
        .events
        .iter()
        .find(|e| e.trigger.as_deref() == Some("on Wednesday"))
        .unwrap();
    assert_eq!(talks.date.start, NaiveDate::from_ymd_opt(2026, 1, 14));
    h.get_by_label("Reference date: Tue 13 Jan 2026");
}

#[test]
fn opening_a_second_article_from_the_dialog() {
    let p = temp_article(
        "storm.txt",
        "Storm Hits Coast\n\nThe storm made landfall on Monday, officials said. “We evacuated 3,000 people,” Mayor Ana Ruiz said on Tuesday.\n",
    );
    let mut h = harness_with(Vec::new(), vec![vec![p.clone()]]);
    h.key_press_modifiers(Modifiers::COMMAND, Key::O);
    h.run_steps(3);
    assert_eq!(h.state().doc.briefing.meta.title, "Storm Hits Coast");
    assert_eq!(h.state().settings.recent.first(), Some(&p));
    // No publication date: the app prompts for one and keeps relative events undated.
    h.get_by_label("Set publication date…");
    assert!(
        h.state()
            .timeline_data
            .as_ref()
            .unwrap()
            .unresolved
            .is_empty()
            .then_some(())
            .is_none()
    );
}

#[test]
fn load_errors_show_a_banner_and_keep_the_briefing() {
    let missing = std::env::temp_dir().join("briefline-definitely-missing.txt");
    let empty = temp_article("empty.txt", "   \n");
    let mut h = harness_with(Vec::new(), vec![vec![missing], vec![empty]]);
    h.key_press_modifiers(Modifiers::COMMAND, Key::O);
    h.run_steps(3);
    h.get_by_label_contains("no such file");
    h.key_press_modifiers(Modifiers::COMMAND, Key::O);
    h.run_steps(3);
    h.get_by_label_contains("the article is empty");
    assert_eq!(
        h.state().doc.briefing.meta.title,
        "Ukraine Security Guarantees Gain US Backing At Paris Summit"
    );
    h.get_all_by_label("Dismiss").next().unwrap().click();
    h.run_steps(2);
    assert_eq!(h.state().banners.len(), 1);
}

#[test]
fn cyrillic_and_greek_render_with_bundled_fonts() {
    let p = temp_article(
        "kyiv.txt",
        "Київ і Αθήνα\n\nPresident Volodymyr Zelenskiy said “Слава Україні” in Kyiv on Monday, and the Greek minister replied “Ευχαριστώ”.\n",
    );
    let mut h = harness_with(vec![p], Vec::new());
    h.run_steps(2);
    assert!(h.get_all_by_label("Київ і Αθήνα").count() >= 1);
    assert!(h.get_all_by_label_contains("Слава Україні").count() >= 1);
}

#[test]
fn corrupt_settings_fall_back_to_defaults_with_a_notice() {
    let err = Settings::from_ron("(theme: Purple, ui_scale: \"big\"").unwrap_err();
    assert!(err.contains("defaults restored"), "{err}");
    let ok = Settings::from_ron(&ron::to_string(&Settings::default()).unwrap()).unwrap();
    assert_eq!(ok, Settings::default());
}

#[test]
fn snapshot_seed_dark_and_light() {
    let mut h = harness();
    h.get_by_label(SUMMIT).click();
    h.run_steps(4);
    h.snapshot("seed_dark_summit_selected");
    h.state_mut().settings.theme = Theme::Light;
    h.run_steps(4);
    h.snapshot("seed_light_summit_selected");
}

#[test]
fn dropping_a_file_on_the_window_opens_it() {
    let p = temp_article(
        "dropped.txt",
        "Dropped Article\n\nThe council voted on 3 March 2025 to close the bridge.\n",
    );
    let mut h = harness();
    h.input_mut()
        .dropped_files
        .push(std::sync::Arc::new(DroppedPath(p)));
    h.run_steps(3);
    // An article is open: the app asks whether to add the dropped one as a source.
    h.get_by_label("Add to this briefing?");
    h.get_by_label("Open separately").click();
    h.run_steps(3);
    assert_eq!(h.state().doc.briefing.meta.title, "Dropped Article");
    assert!(h.get_all_by_label_contains("council voted").count() >= 1);
}

#[test]
fn dense_events_cluster_and_a_click_zooms_into_the_cluster() {
    let mut text = String::from("A Busy Month\n\n");
    for day in 1..=28 {
        let _ = write!(
            text,
            "On February {day}, 2025, the agency published report number {day} on the flood.\n\n"
        );
    }
    let p = temp_article("busy.txt", &text);
    let mut h = harness_with(vec![p], Vec::new());
    h.run_steps(3);
    assert!(h.state().doc.briefing.events.len() >= 28);
    let before = h.state().fit_view().unwrap().span_secs;
    let cluster = h
        .get_all_by_label_contains("Cluster of ")
        .next()
        .expect("a cluster marker");
    cluster.click();
    h.run_steps(4);
    let after = h
        .state()
        .timeline
        .view
        .expect("clicking a cluster zooms")
        .span_secs;
    assert!(after < before, "{after} < {before}");
}

#[test]
fn a_corrupt_state_file_is_detected() {
    let p = temp_article("app.ron", "{\"briefline-settings\": \"(theme: Dark)\"}");
    assert!(!briefline::app::state_file_is_corrupt(&p));
    let bad = temp_article("bad-app.ron", "{ this is not ron");
    assert!(briefline::app::state_file_is_corrupt(&bad));
    assert!(!briefline::app::state_file_is_corrupt(
        std::path::Path::new("/definitely/missing/app.ron")
    ));
}

#[test]
fn export_dialog_writes_the_chosen_format() {
    let dir = std::env::temp_dir().join(format!("briefline-ui-export-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let md = dir.join("seed.md");
    let png = dir.join("seed.png");
    let mut h = Harness::builder()
        .with_size(egui::vec2(1280.0, 800.0))
        .build_eframe(|cc| {
            BrieflineApp::new(
                cc,
                startup_saving(Vec::new(), Vec::new(), vec![md.clone(), png.clone()]),
            )
        });
    h.run_steps(3);
    h.get_by_label("File").click();
    h.run_steps(2);
    h.get_by_label("Export…  (Ctrl+E)").click();
    h.run_steps(3);
    h.get_by_label("Markdown briefing notes").click();
    h.run_steps(2);
    h.get_by_label("Export…").click();
    h.run_steps(3);
    let text = std::fs::read_to_string(&md).unwrap();
    assert!(text.starts_with("# Ukraine Security Guarantees Gain US Backing At Paris Summit"));
    h.get_by_label_contains("Exported Markdown briefing notes to");
    // Images: PNG at a chosen size.
    h.key_press_modifiers(Modifiers::COMMAND, Key::E);
    h.run_steps(3);
    h.get_by_label("PNG image of the timeline").click();
    h.run_steps(2);
    h.state_mut().settings.export.options.image.width = 1024;
    h.state_mut().settings.export.options.image.height = 576;
    h.get_by_label("Export…").click();
    h.run_steps(3);
    let bytes = std::fs::read(&png).unwrap();
    assert_eq!(briefline::export::png::png_size(&bytes), Some((1024, 576)));
}

#[test]
fn an_export_never_writes_over_the_article_it_came_from() {
    let article = temp_article(
        "report.md",
        "Bridge Closed\n\nThe council voted on 3 March 2025 to close the bridge.\n",
    );
    let before = std::fs::read(&article).unwrap();
    let mut h = Harness::builder()
        .with_size(egui::vec2(1280.0, 800.0))
        .build_eframe({
            let article = article.clone();
            move |cc| {
                BrieflineApp::new(
                    cc,
                    startup_saving(vec![article.clone()], Vec::new(), vec![article.clone()]),
                )
            }
        });
    h.run_steps(3);
    h.key_press_modifiers(Modifiers::COMMAND, Key::E);
    h.run_steps(3);
    h.get_by_label("Markdown briefing notes").click();
    h.run_steps(2);
    h.get_by_label("Export…").click();
    h.run_steps(3);
    assert_eq!(
        std::fs::read(&article).unwrap(),
        before,
        "the article is untouched"
    );
    assert!(
        h.state()
            .banners
            .iter()
            .any(|b| b.kind == briefline::app::BannerKind::Error),
        "the refusal is said: {:?}",
        h.state()
            .banners
            .iter()
            .map(|b| &b.text)
            .collect::<Vec<_>>()
    );
}

fn step_label(h: &Harness<'_, BrieflineApp>) -> usize {
    h.state().presenting.as_ref().map(|p| p.step + 1).unwrap()
}

#[test]
fn presentation_steps_through_the_briefing_with_keys() {
    let mut h = harness();
    h.key_press(Key::F5);
    h.run_steps(3);
    assert!(h.state().presenting.is_some());
    // Title step.
    h.get_by_label("Step 1 / 6");
    assert!(
        h.get_all_by_label("Ukraine Security Guarantees Gain US Backing At Paris Summit")
            .count()
            >= 1
    );
    h.get_by_label("Reference date Tuesday 6 January 2026");
    // One step per event, in time order.
    h.key_press(Key::ArrowRight);
    h.run_steps(3);
    h.get_by_label("Step 2 / 6");
    h.get_by_role_and_label(egui::accesskit::Role::Label, "Russia first invaded Ukraine");
    h.get_by_label("2014");
    h.key_press(Key::Space);
    h.run_steps(3);
    h.key_press(Key::PageDown);
    h.run_steps(3);
    assert_eq!(step_label(&h), 4);
    h.get_by_label("6 Jan 2026");
    h.get_by_label("— Jared Kushner");
    h.get_by_label_contains("+ 3 more quote(s)");
    // A number and Enter jumps.
    h.key_press(Key::Num5);
    h.key_press(Key::Enter);
    h.run_steps(3);
    assert_eq!(step_label(&h), 5);
    h.get_by_label("7 Jan 2026");
    // End: the closing step lists every open question.
    h.key_press(Key::End);
    h.run_steps(3);
    h.get_by_label("Open questions");
    h.get_by_label("□ How would monitoring function in practice?");
    h.key_press(Key::ArrowLeft);
    h.run_steps(3);
    assert_eq!(step_label(&h), 5);
    h.key_press(Key::Home);
    h.run_steps(3);
    assert_eq!(step_label(&h), 1);
    // High-contrast colours for the room.
    h.key_press(Key::H);
    h.run_steps(2);
    assert!(h.state().presenting.as_ref().unwrap().high_contrast);
    // Blank and back.
    h.key_press(Key::B);
    h.run_steps(2);
    h.get_by_label("Blank screen");
    h.key_press(Key::Period);
    h.run_steps(2);
    assert!(h.query_by_label("Blank screen").is_none());
    // Esc leaves.
    h.key_press(Key::Escape);
    h.run_steps(3);
    assert!(h.state().presenting.is_none());
    h.get_by_label("▶ Present").click();
    h.run_steps(3);
    assert!(h.state().presenting.is_some());
}

#[test]
fn presentation_follows_the_analysts_deck() {
    let mut h = harness();
    let b = &h.state().doc.briefing;
    let deck = vec![b.events[3].id.clone(), b.events[0].id.clone()];
    let first_title = b.events[3].title.clone();
    h.state_mut().doc.briefing.deck = Some(deck);
    h.key_press(Key::F5);
    h.run_steps(3);
    h.get_by_label("Step 1 / 4");
    h.key_press(Key::ArrowRight);
    h.run_steps(3);
    h.get_by_role_and_label(egui::accesskit::Role::Label, &first_title);
}

#[test]
fn an_event_step_nobody_is_quoted_on_shows_the_sentence_that_dates_it() {
    let mut h = harness();
    h.get_by_label("▶ Present").click();
    h.run_steps(3);
    h.key_press(Key::ArrowRight);
    h.run_steps(3);
    h.get_by_role_and_label(egui::accesskit::Role::Label, "Russia first invaded Ukraine");
    // Where the sentence is, as the exports cite it, then the sentence itself.
    h.get_by_label("From the article, ¶2");
    h.get_by_label_contains("“The commitment emerged from a high-level meeting in Paris");
    h.get_by_label_contains("which first invaded Ukraine in 2014 and launched a full-scale war");
    // A step with quotes shows the quotes instead.
    h.key_press(Key::End);
    h.key_press(Key::ArrowLeft);
    h.key_press(Key::ArrowLeft);
    h.run_steps(3);
    h.get_by_label("— Jared Kushner");
    assert!(h.query_by_label_contains("From the article").is_none());
}

/// Physical pixel heights of the event step's title, its source line and the timeline, at
/// 1920×1080 with the app's interface size at `ui_scale`.
fn presented_heights(ui_scale: f32) -> [f64; 3] {
    let mut h = Harness::builder()
        .with_size(egui::vec2(1920.0, 1080.0))
        .build_eframe(|cc| BrieflineApp::new(cc, startup(Vec::new(), Vec::new())));
    h.run_steps(2);
    h.state_mut()
        .execute_at(briefline::app::Command::ScaleUi(ui_scale - 1.0), 0.0);
    h.run_steps(4);
    assert!((h.ctx.zoom_factor() - ui_scale).abs() < 1e-6);
    h.get_by_label("▶ Present").click();
    h.run_steps(3);
    h.key_press(Key::ArrowRight);
    h.run_steps(30);
    let height = |role, label: &str| {
        let b = h
            .get_by_role_and_label(role, label)
            .accesskit_node()
            .bounding_box()
            .unwrap();
        b.y1 - b.y0
    };
    [
        height(egui::accesskit::Role::Label, "Russia first invaded Ukraine"),
        height(egui::accesskit::Role::Label, "From the article, ¶2"),
        height(egui::accesskit::Role::Canvas, "Timeline"),
    ]
}

#[test]
fn the_presentation_keeps_its_size_whatever_the_interface_size() {
    let normal = presented_heights(1.0);
    let larger = presented_heights(1.5);
    // The title is set at 38 points times the screen's type scale (1.5 at 1920×1080).
    assert!(normal[0] > 38.0 * 1.5, "{normal:?}");
    for (a, b) in normal.iter().zip(larger) {
        assert!((a - b).abs() <= 2.0, "{normal:?} vs {larger:?}");
    }
}

#[test]
fn snapshot_presentation_step_1920x1080() {
    let mut h = Harness::builder()
        .with_size(egui::vec2(1920.0, 1080.0))
        .build_eframe(|cc| BrieflineApp::new(cc, startup(Vec::new(), Vec::new())));
    h.run_steps(2);
    h.key_press(Key::F5);
    h.run_steps(2);
    // The presenter view shows a clock: hide it so the image is the same every run.
    h.key_press(Key::V);
    for _ in 0..3 {
        h.key_press(Key::ArrowRight);
        h.run_steps(2);
    }
    h.run_steps(6);
    h.snapshot("presentation_summit_1920x1080");
}

#[test]
fn the_deck_editor_reorders_and_leaves_out_events() {
    let mut h = harness();
    h.get_by_label("Present").click();
    h.run_steps(2);
    h.get_by_label("Presentation deck…").click();
    h.run_steps(3);
    let b = &h.state().doc.briefing;
    let first = b
        .events
        .iter()
        .find(|e| e.title == "Russia first invaded Ukraine")
        .unwrap()
        .id
        .clone();
    let war = b
        .events
        .iter()
        .find(|e| e.title == "Russia launched a full-scale war")
        .unwrap()
        .id
        .clone();
    h.get_by_label("Leave “Russia first invaded Ukraine” out")
        .click();
    h.run_steps(2);
    let deck = h.state().doc.briefing.deck.clone().unwrap();
    assert!(!deck.contains(&first));
    assert_eq!(deck.first(), Some(&war));
    h.get_by_label("Later in the deck: Russia launched a full-scale war")
        .click();
    h.run_steps(2);
    let deck = h.state().doc.briefing.deck.clone().unwrap();
    assert_eq!(deck.get(1), Some(&war));
    // The deck travels in the briefing file.
    let ron = briefline::model::file::to_ron(&h.state().doc.briefing).unwrap();
    assert_eq!(
        briefline::model::file::from_ron(&ron).unwrap().deck,
        Some(deck)
    );
    h.get_by_label("Default").click();
    h.run_steps(2);
    assert!(h.state().doc.briefing.deck.is_none());
}

// ---- Editing, review, saving and recovery ----

fn temp_dir(name: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("briefline-ui-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    d
}

fn harness_from(startup: Startup) -> Harness<'static, BrieflineApp> {
    let mut h = Harness::builder()
        .with_size(egui::vec2(1280.0, 800.0))
        .build_eframe(move |cc| BrieflineApp::new(cc, startup));
    h.run_steps(3);
    h
}

fn select_summit(h: &mut Harness<'_, BrieflineApp>) -> usize {
    h.get_by_role_and_label(egui::accesskit::Role::Button, SUMMIT)
        .click();
    h.run_steps(3);
    event_index(h, SUMMIT)
}

/// Scrolls the inspector down with the mouse wheel over its field `label`.
fn scroll_inspector(h: &mut Harness<'_, BrieflineApp>, label: &str) {
    let at = h.get_by_label(label).rect().center();
    h.hover_at(at);
    h.event(egui::Event::MouseWheel {
        unit: egui::MouseWheelUnit::Point,
        delta: egui::vec2(0.0, -400.0),
        modifiers: Modifiers::NONE,
        phase: egui::TouchPhase::Move,
        source: egui::MouseWheelSource::Wheel,
    });
    h.run_steps(4);
}

/// Replaces the text of the field labelled `label` and presses Enter.
fn retype(h: &mut Harness<'_, BrieflineApp>, label: &str, text: &str) {
    h.get_by_label(label).click();
    h.run_steps(2);
    h.key_press_modifiers(Modifiers::COMMAND, Key::A);
    h.get_by_label(label).type_text(text);
    h.run_steps(1);
    h.key_press(Key::Enter);
    h.run_steps(3);
}

#[test]
fn editing_an_event_title_and_grade_then_undo_and_redo() {
    let mut h = harness();
    let summit = select_summit(&mut h);
    retype(&mut h, "Title", "Allies back guarantees in Paris");
    assert_eq!(
        h.state().doc.briefing.events[summit].title,
        "Allies back guarantees in Paris"
    );
    assert!(h.state().is_dirty());
    h.get_by_label_contains("unsaved changes");
    // Grade it B (usually reliable) from the inspector's combo box.
    h.get_by_label("Source reliability").click();
    h.run_steps(2);
    h.get_by_label("B — usually reliable").click();
    h.run_steps(3);
    assert_eq!(
        h.state().doc.briefing.events[summit]
            .grade
            .code()
            .as_deref(),
        Some("B?")
    );
    h.get_by_role_and_label(
        egui::accesskit::Role::Button,
        "Allies back guarantees in Paris",
    );
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run_steps(2);
    assert!(!h.state().doc.briefing.events[summit].grade.is_graded());
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run_steps(2);
    assert_eq!(h.state().doc.briefing.events[summit].title, SUMMIT);
    assert!(!h.state().is_dirty(), "undone back to the opened state");
    h.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::Z);
    h.run_steps(2);
    assert_eq!(
        h.state().doc.briefing.events[summit].title,
        "Allies back guarantees in Paris"
    );
    // The Edit menu names what Undo would undo.
    h.get_by_label("Edit").click();
    h.run_steps(2);
    h.get_by_label_contains("Undo Rename event");
}

#[test]
fn changing_an_event_date_and_precision_pins_it() {
    let mut h = harness();
    let summit = select_summit(&mut h);
    h.get_by_label("Precision").click();
    h.run_steps(2);
    h.get_by_label("Month").click();
    h.run_steps(3);
    let e = &h.state().doc.briefing.events[summit];
    assert_eq!(e.date.precision, briefline::model::Precision::Month);
    assert_eq!(e.date.display(), "Jan 2026");
    assert!(
        e.anchor.is_none(),
        "an analyst's date no longer follows the reference date"
    );
    h.get_by_label("circa").click();
    h.run_steps(3);
    assert!(h.state().doc.briefing.events[summit].date.approximate);
}

#[test]
fn review_queue_walks_unreviewed_items_with_keys() {
    let mut h = harness();
    let before = h.state().review_queue().len();
    assert!(before > 5);
    h.key_press(Key::R);
    h.run_steps(3);
    h.get_by_label_contains("reviewed ·");
    let first = h.state().selection;
    assert!(matches!(first, Selection::Event(_)), "{first:?}");
    h.key_press(Key::C);
    h.run_steps(3);
    let Selection::Event(i) = first else {
        unreachable!()
    };
    assert_eq!(
        h.state().doc.briefing.events[i].review,
        briefline::model::ReviewStatus::Confirmed
    );
    assert_ne!(
        h.state().selection,
        first,
        "confirming moves to the next item"
    );
    let second = h.state().selection;
    h.key_press(Key::X);
    h.run_steps(3);
    assert_eq!(h.state().review_queue().len(), before - 2);
    // Rejected items are struck out, and can be hidden from the View menu.
    h.get_by_label("View").click();
    h.run_steps(2);
    h.get_by_label("Hide rejected items").click();
    h.run_steps(3);
    assert!(h.state().settings.hide_rejected);
    if let Selection::Event(k) = second {
        assert!(
            !h.state()
                .timeline_data
                .as_ref()
                .unwrap()
                .unresolved
                .contains(&k)
        );
        let rejected_title = h.state().doc.briefing.events[k].title.clone();
        assert!(
            h.query_by_role_and_label(egui::accesskit::Role::Button, &rejected_title)
                .is_none(),
            "a hidden rejected event is not on the timeline"
        );
    }
    // K goes back.
    h.key_press(Key::K);
    h.run_steps(2);
    assert!(h.state().show_review);
}

#[test]
fn adding_deleting_and_merging_events() {
    let mut h = harness();
    let n = h.state().doc.briefing.events.len();
    let summit = select_summit(&mut h);
    h.key_press(Key::Escape);
    h.run_steps(1);
    h.get_by_role_and_label(egui::accesskit::Role::Button, SUMMIT)
        .click();
    h.run_steps(2);
    h.key_press(Key::N);
    h.run_steps(3);
    assert_eq!(h.state().doc.briefing.events.len(), n + 1);
    assert_eq!(h.state().selection, Selection::Event(n));
    let added = &h.state().doc.briefing.events[n];
    assert_eq!(added.origin, briefline::model::Origin::Analyst);
    assert!(
        added.date.start >= h.state().doc.briefing.events[summit].date.start,
        "a new event lands at or after the selected one"
    );
    // The title field has focus: type the new event's title.
    h.key_press_modifiers(Modifiers::COMMAND, Key::A);
    h.get_by_label("Title").type_text("Envoys draft a text");
    h.key_press(Key::Enter);
    h.run_steps(3);
    assert_eq!(
        h.state().doc.briefing.events[n].title,
        "Envoys draft a text"
    );
    // Merge it into the summit from the inspector.
    h.get_by_label("Merge event into").click();
    h.run_steps(2);
    // The picker lists events in time order; merge into the first.
    let (first, first_label) = {
        let b = &h.state().doc.briefing;
        let k = b.events_in_time_order()[0];
        (
            k,
            format!("{} — {}", b.events[k].date.display(), b.events[k].title),
        )
    };
    let first_id = h.state().doc.briefing.events[first].id.clone();
    h.get_by_label(&first_label).click();
    h.run_steps(3);
    assert_eq!(h.state().doc.briefing.events.len(), n);
    assert_eq!(
        h.state().selection,
        Selection::Event(
            h.state()
                .doc
                .briefing
                .events
                .iter()
                .position(|e| e.id == first_id)
                .unwrap()
        )
    );
    h.key_press(Key::Escape);
    h.run_steps(1);
    h.get_by_role_and_label(egui::accesskit::Role::Button, SUMMIT)
        .click();
    h.run_steps(3);
    // Delete the summit: its quotes lose their link; undo brings both back.
    let quotes_before = h.state().doc.briefing.quotes.clone();
    h.key_press(Key::Delete);
    h.run_steps(3);
    assert_eq!(h.state().doc.briefing.events.len(), n - 1);
    assert!(
        h.state()
            .doc
            .briefing
            .events
            .iter()
            .all(|e| e.title != SUMMIT)
    );
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run_steps(3);
    assert_eq!(h.state().doc.briefing.quotes, quotes_before);
    assert_eq!(h.state().doc.briefing.events[summit].title, SUMMIT);
}

#[test]
fn editing_a_quote_speaker_and_link() {
    let mut h = harness();
    h.get_by_label("“If Ukrainians are to make a final deal, they have to know that after a deal they are secure”").click();
    h.run_steps(3);
    let Selection::Quote(q) = h.state().selection else {
        panic!("no quote selected")
    };
    h.get_by_role_and_label(egui::accesskit::Role::ComboBox, "Speaker")
        .click();
    h.run_steps(2);
    h.get_by_label("Unattributed").click();
    h.run_steps(3);
    assert_eq!(h.state().doc.briefing.quotes[q].speaker, None);
    h.get_by_label("Quote — Unattributed");
    h.get_by_label("× Reject").click();
    h.run_steps(3);
    assert_eq!(
        h.state().doc.briefing.quotes[q].review,
        briefline::model::ReviewStatus::Rejected
    );
}

#[test]
fn briefing_notes_take_markdown() {
    let mut h = harness();
    h.get_by_label("Edit").click();
    h.run_steps(2);
    h.get_by_label("Briefing notes…").click();
    h.run_steps(3);
    h.get_by_label("Notes (Markdown)").click();
    h.run_steps(1);
    h.get_by_label("Notes (Markdown)")
        .type_text("# Watch\n- who pays for **guarantees**");
    h.run_steps(2);
    // Esc ends the edit (one undo step).
    h.key_press(Key::Escape);
    h.run_steps(3);
    assert_eq!(
        h.state().doc.briefing.notes,
        "# Watch\n- who pays for **guarantees**"
    );
    h.get_by_label("Watch");
}

#[test]
fn hostile_notes_preview_as_text_and_their_unsafe_links_are_not_links() {
    let mut h = harness();
    h.get_by_label("Edit").click();
    h.run_steps(2);
    h.get_by_label("Briefing notes…").click();
    h.run_steps(3);
    h.get_by_label("Notes (Markdown)").click();
    h.run_steps(1);
    h.get_by_label("Notes (Markdown)").type_text(
        "<script>alert(1)</script>\n\n[evil](javascript:alert(1)) and [safe](https://example.org)\n\n<img src=x onerror=alert(2)>",
    );
    h.run_steps(2);
    h.key_press(Key::Escape);
    h.run_steps(3);
    // Raw HTML is shown as the text it is (the preview sets text in runs of one style).
    h.get_by_label("<script>alert(1)");
    h.get_by_label("</script>");
    h.get_by_label("<img src=x onerror=alert(2)>");
    // The javascript: link keeps its text as plain text; the https one stays a link.
    h.get_by_role_and_label(egui::accesskit::Role::Label, "evil and ");
    let links: Vec<String> = h
        .get_all_by_role(egui::accesskit::Role::Link)
        .filter_map(|n| n.accesskit_node().label())
        .collect();
    assert!(links.iter().any(|l| l == "safe"), "{links:?}");
    assert!(!links.iter().any(|l| l.contains("evil")), "{links:?}");
}

#[test]
fn save_as_then_save_writes_a_briefing_that_reopens() {
    let dir = temp_dir("save");
    let target = dir.join("summit");
    let mut h = harness_from(startup_saving(Vec::new(), Vec::new(), vec![target.clone()]));
    let summit = select_summit(&mut h);
    retype(&mut h, "Title", "Saved title");
    h.key_press_modifiers(Modifiers::COMMAND, Key::S);
    h.run_steps(3);
    let saved = dir.join("summit.briefline.ron");
    assert!(saved.is_file(), "the extension is added");
    assert!(!h.state().is_dirty());
    assert_eq!(h.state().doc.path.as_deref(), Some(saved.as_path()));
    let back = briefline::load::load_path(&saved, None).unwrap();
    assert_eq!(back, h.state().doc.briefing);
    assert_eq!(back.sources.len(), 1, "the article text is embedded");
    // A second save goes to the same file without asking.
    retype(&mut h, "Title", "Saved twice");
    h.key_press_modifiers(Modifiers::COMMAND, Key::S);
    h.run_steps(3);
    let back = briefline::load::load_path(&saved, None).unwrap();
    assert_eq!(back.events[summit].title, "Saved twice");
    let files: Vec<_> = std::fs::read_dir(&dir).unwrap().collect();
    assert_eq!(files.len(), 1, "no temporary files left behind");
}

#[test]
fn a_failed_save_keeps_the_changes_and_says_why() {
    let mut h = harness_from(startup_saving(
        Vec::new(),
        Vec::new(),
        vec![PathBuf::from("/nonexistent-dir/briefing.briefline.ron")],
    ));
    select_summit(&mut h);
    retype(&mut h, "Title", "Unsaved title");
    h.key_press_modifiers(Modifiers::COMMAND, Key::S);
    h.run_steps(3);
    assert!(h.state().is_dirty());
    h.get_by_label_contains("Not saved");
    h.get_by_label_contains("does not exist");
}

#[test]
fn quitting_or_opening_with_unsaved_changes_asks_first() {
    let other = temp_article(
        "other.txt",
        "KYIV, Jan. 6, 2026 (Reuters) — Talks resumed in 2025.",
    );
    let mut h = harness();
    select_summit(&mut h);
    retype(&mut h, "Title", "Changed");
    h.key_press_modifiers(Modifiers::COMMAND, Key::Q);
    h.run_steps(3);
    h.get_by_label("Unsaved changes");
    h.get_by_label("Cancel").click();
    h.run_steps(3);
    assert!(h.state().pending.is_none() && !h.state().allow_close);
    // The window's close button asks too (the close is cancelled until answered).
    h.input_mut()
        .viewports
        .entry(egui::ViewportId::ROOT)
        .or_default()
        .events
        .push(egui::ViewportEvent::Close);
    h.run_steps(2);
    assert_eq!(h.state().pending, Some(briefline::app::Pending::Quit));
    h.get_by_label("Cancel").click();
    h.run_steps(3);
    // Dropping another file also asks; "Don't save" then opens it.
    h.input_mut()
        .dropped_files
        .push(std::sync::Arc::new(DroppedPath(other.clone())));
    h.run_steps(3);
    h.get_by_label("Open separately").click();
    h.run_steps(3);
    h.get_by_label_contains("before opening other.txt");
    h.get_by_label("Don't save").click();
    h.run_steps(3);
    assert_eq!(h.state().doc.path.as_deref(), Some(other.as_path()));
    assert!(!h.state().is_dirty());
}

#[test]
fn autosave_writes_a_recovery_file_and_the_next_start_offers_it() {
    let rec = temp_dir("recovery");
    let start = |rec: &PathBuf| Startup {
        recovery_dir: Some(rec.clone()),
        ..startup(Vec::new(), Vec::new())
    };
    let mut h = harness_from(start(&rec));
    select_summit(&mut h);
    retype(&mut h, "Title", "Recovered title");
    assert_eq!(h.state().autosave.writes, 0, "not before 30 s");
    // Losing focus autosaves at once.
    h.input_mut().focused = false;
    h.input_mut().events.push(egui::Event::WindowFocused(false));
    h.run_steps(2);
    assert_eq!(h.state().autosave.writes, 1);
    assert!(rec.join("recovery.briefline.ron").is_file());
    // Simulate the crash: drop the app without quitting; the next start offers the work.
    drop(h);
    let mut h = harness_from(start(&rec));
    h.get_by_label("Restore unsaved work?");
    h.get_by_label("Restore").click();
    h.run_steps(3);
    let summit = h
        .state()
        .doc
        .briefing
        .events
        .iter()
        .position(|e| e.title == "Recovered title");
    assert!(summit.is_some());
    assert!(h.state().is_dirty(), "restored work is unsaved until saved");
    // Discarding at quit removes the recovery file.
    h.key_press_modifiers(Modifiers::COMMAND, Key::Q);
    h.run_steps(3);
    h.get_by_label("Don't save").click();
    h.run_steps(2);
    assert!(!rec.join("recovery.briefline.ron").exists());
}

#[test]
fn autosave_runs_every_thirty_seconds_while_dirty() {
    let rec = temp_dir("timer");
    let mut app = BrieflineApp::with_settings(
        Settings::default(),
        Startup {
            recovery_dir: Some(rec.clone()),
            ..startup(Vec::new(), Vec::new())
        },
    );
    assert_eq!(app.autosave_tick(0.0, true), None, "nothing to save");
    let edit = briefline::model::edit::Edit::set_notes(&app.doc.briefing, "x".into());
    app.record(edit);
    let wait = app.autosave_tick(10.0, true).unwrap();
    assert!((wait - 30.0).abs() < 1e-9, "{wait}");
    assert_eq!(app.autosave_tick(39.0, true), Some(1.0));
    assert_eq!(app.autosave.writes, 0);
    assert_eq!(app.autosave_tick(40.0, true), None);
    assert_eq!(app.autosave.writes, 1);
    assert_eq!(
        app.autosave_tick(80.0, true),
        None,
        "unchanged since the last write"
    );
    assert_eq!(app.autosave.writes, 1);
    assert!(rec.join("recovery.briefline.ron").is_file());
    // Undoing back to the opened state makes the autosave stale: it is removed.
    app.execute_at(briefline::app::Command::Undo, 81.0);
    assert!(!app.is_dirty());
    app.autosave_tick(82.0, true);
    assert!(!rec.join("recovery.briefline.ron").exists());
}

#[test]
fn adding_an_open_question_and_relating_it_to_an_event() {
    let mut h = harness();
    let n = h.state().doc.briefing.questions.len();
    h.get_by_label("Edit").click();
    h.run_steps(2);
    h.get_by_label("Add open question").click();
    h.run_steps(3);
    assert_eq!(h.state().selection, Selection::Question(n));
    h.key_press_modifiers(Modifiers::COMMAND, Key::A);
    h.get_by_label("Question")
        .type_text("Who commands the monitoring mission?");
    h.key_press(Key::Escape);
    h.run_steps(3);
    let q = &h.state().doc.briefing.questions[n];
    assert_eq!(q.text, "Who commands the monitoring mission?");
    assert_eq!(q.origin, briefline::model::Origin::Analyst);
    scroll_inspector(&mut h, "Question");
    h.get_by_label("Add related event").click();
    h.run_steps(2);
    let (first_id, first_label) = {
        let b = &h.state().doc.briefing;
        let k = b.events_in_time_order()[0];
        (
            b.events[k].id.clone(),
            format!("{} — {}", b.events[k].date.display(), b.events[k].title),
        )
    };
    h.get_by_label(&first_label).click();
    h.run_steps(3);
    assert_eq!(h.state().doc.briefing.questions[n].events, vec![first_id]);
    h.get_by_label("Answered").click();
    h.run_steps(3);
    assert_eq!(
        h.state().doc.briefing.questions[n].status,
        briefline::model::QuestionStatus::Answered
    );
    // Three edits after the add: four undo steps back to the start.
    for _ in 0..4 {
        h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
        h.run_steps(2);
    }
    assert_eq!(h.state().doc.briefing.questions.len(), n);
    assert!(!h.state().is_dirty());
}

#[test]
fn renaming_and_merging_actors() {
    let mut h = harness();
    h.get_by_label_contains("Donald Trump (").scroll_to_me();
    h.run_steps(3);
    h.get_by_label_contains("Donald Trump (").click();
    h.run_steps(3);
    let Selection::Actor(trump) = h.state().selection else {
        panic!("no actor selected: {:?}", h.state().selection)
    };
    retype(&mut h, "Name", "President Donald J. Trump");
    assert_eq!(
        h.state().doc.briefing.actors[trump].name,
        "President Donald J. Trump"
    );
    // Merge Kushner into Witkoff (a deliberate test merge): his quotes follow.
    let kushner = h
        .state()
        .doc
        .briefing
        .actors
        .iter()
        .position(|a| a.name == "Jared Kushner")
        .unwrap();
    h.state_mut().selection = Selection::Actor(kushner);
    h.run_steps(3);
    h.get_by_label("Merge actor into").click();
    h.run_steps(2);
    h.get_all_by_label("Steve Witkoff").last().unwrap().click();
    h.run_steps(3);
    let b = &h.state().doc.briefing;
    assert!(b.actors.iter().all(|a| a.name != "Jared Kushner"));
    let witkoff = b.actors.iter().find(|a| a.name == "Steve Witkoff").unwrap();
    assert!(witkoff.answers_to("Jared Kushner"));
    assert!(
        b.quotes
            .iter()
            .filter(|q| q.text.starts_with("If Ukrainians"))
            .all(|q| q.speaker.as_ref() == Some(&witkoff.id))
    );
}

#[test]
fn the_interface_size_set_in_the_view_menu_sticks() {
    let mut h = harness();
    h.state_mut()
        .execute_at(briefline::app::Command::ScaleUi(0.1), 0.0);
    h.run_steps(4);
    assert!((h.state().settings.ui_scale - 1.1).abs() < 1e-6);
    assert!((h.ctx.zoom_factor() - 1.1).abs() < 1e-6);
    h.get_by_label("View").click();
    h.run_steps(2);
    h.get_by_label("110%");
}

#[test]
fn a_restored_interface_size_stays_put() {
    let mut h = Harness::builder()
        .with_size(egui::vec2(1280.0, 800.0))
        .build_eframe(|cc| {
            briefline::ui::theme::install_fonts(&cc.egui_ctx);
            let settings = Settings {
                ui_scale: 1.5,
                ..Settings::default()
            };
            BrieflineApp::with_settings(settings, startup(Vec::new(), Vec::new()))
        });
    for _ in 0..6 {
        h.run_steps(1);
        assert!((h.state().settings.ui_scale - 1.5).abs() < 1e-6);
    }
    assert!((h.ctx.zoom_factor() - 1.5).abs() < 1e-6);
}

#[test]
fn shift_tab_walks_back_through_the_events() {
    let mut h = harness();
    h.key_press(Key::Tab);
    h.run_steps(2);
    let first = h.state().selection;
    h.key_press(Key::Tab);
    h.run_steps(2);
    assert_ne!(h.state().selection, first);
    h.key_press_modifiers(Modifiers::SHIFT, Key::Tab);
    h.run_steps(2);
    assert_eq!(h.state().selection, first);
}

#[test]
fn the_reader_numbers_paragraphs_as_the_exports_cite_them() {
    let mut h = harness();
    // ¶4 is the paragraph the Markdown export cites for Washington's open question.
    let md = briefline::export::markdown::to_markdown(&h.state().doc.briefing);
    assert!(
        md.contains("¶4: “Their attendance was widely viewed"),
        "{md}"
    );
    h.get_by_label("¶4");
    h.get_by_label("¶1");
    // The View menu hides the reader, numbers and all, and brings it back.
    h.get_by_label("View").click();
    h.run_steps(2);
    h.get_by_label("Article reader").click();
    h.run_steps(3);
    assert!(h.query_by_label("¶4").is_none());
    h.get_by_label("View").click();
    h.run_steps(2);
    h.get_by_label("Article reader").click();
    h.run_steps(3);
    h.get_by_label("¶4").hover();
    // Tooltips wait a moment before they show.
    h.run_steps(60);
    h.get_by_label("Paragraph 4: exports cite its sentences as ¶4");
}

/// Issue 18 through the app's own Save As: a private briefing stays private, a link is
/// written through (the link stays a link), and a full disk (a link to `/dev/full`) says
/// why, keeps the device a device and keeps the analyst's unsaved changes.
#[cfg(unix)]
#[test]
fn save_as_keeps_modes_and_links_and_a_full_disk_loses_nothing() {
    use std::os::unix::fs::{FileTypeExt as _, PermissionsExt as _, symlink};
    let dir = std::env::temp_dir().join(format!("briefline-ui-saving-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let private = dir.join("private.briefline.ron");
    std::fs::write(&private, "old").unwrap();
    std::fs::set_permissions(&private, std::fs::Permissions::from_mode(0o600)).unwrap();
    let target = dir.join("target.briefline.ron");
    std::fs::write(&target, "old").unwrap();
    let link = dir.join("link.briefline.ron");
    symlink(&target, &link).unwrap();
    let full = dir.join("full.briefline.ron");
    symlink("/dev/full", &full).unwrap();
    let mut h = Harness::builder()
        .with_size(egui::vec2(1280.0, 800.0))
        .build_eframe({
            let saves = vec![private.clone(), link.clone(), full.clone()];
            move |cc| BrieflineApp::new(cc, startup_saving(Vec::new(), Vec::new(), saves))
        });
    h.run_steps(3);
    let save_as = |h: &mut Harness<'_, BrieflineApp>| {
        h.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::S);
        h.run_steps(3);
    };
    let reopens = |p: &std::path::Path| {
        briefline::model::file::from_ron(&std::fs::read_to_string(p).unwrap()).is_ok()
    };

    save_as(&mut h);
    assert!(reopens(&private), "saved over the private file");
    let mode = std::fs::metadata(&private).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o600, "still private");

    save_as(&mut h);
    assert!(
        std::fs::symlink_metadata(&link)
            .unwrap()
            .file_type()
            .is_symlink(),
        "the link is still a link"
    );
    assert!(reopens(&target), "its target was written");

    // An unsaved change, then a save that cannot be written.
    h.state_mut().execute_at(
        briefline::app::Command::SetReferenceDate(NaiveDate::from_ymd_opt(2026, 2, 1)),
        0.0,
    );
    h.run_steps(2);
    assert!(h.state().is_dirty());
    save_as(&mut h);
    assert!(
        std::fs::metadata("/dev/full")
            .unwrap()
            .file_type()
            .is_char_device(),
        "the device is still a device"
    );
    assert!(h.state().is_dirty(), "the unsaved change is kept");
    assert!(
        h.state()
            .banners
            .iter()
            .any(|b| b.kind == briefline::app::BannerKind::Error && b.text.contains("Not saved")),
        "{:?}",
        h.state()
            .banners
            .iter()
            .map(|b| &b.text)
            .collect::<Vec<_>>()
    );
}
