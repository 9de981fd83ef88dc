//! Carrying out [`Command`]s: [`BrieflineApp::execute_at`] is the one place a command
//! changes the app. Each arm names the method that does the work; the timeline navigation
//! (walking events, zooming, panning) and the export are here too, the rest lives with its
//! subject (`editing.rs`, `saving.rs`, `loading.rs`, `present.rs`).

use super::{
    Banner, BrieflineApp, Command, Document, Panel, Pending, Presentation, Selection, Window,
};
use crate::load;
use crate::timeline::TimeView;

/// How far one press of ← or → pans, as a fraction of the view (160 of 1000 px).
const PAN_STEP_PX: f32 = 160.0;
/// Zoom factor of one press of + or −.
const ZOOM_STEP: f64 = 1.6;
const DAY_SECS: f64 = 86_400.0;

impl BrieflineApp {
    /// Executes a command (using the egui clock `now` for animations).
    pub fn execute_at(&mut self, cmd: Command, now: f64) {
        match cmd {
            Command::OpenDialog => self.guarded(Pending::OpenDialog),
            Command::OpenDialogNow => self.open_from_dialog(),
            Command::OpenFolderDialog => {
                if let Some(dir) = self.dialogs.pick_folder() {
                    self.guarded(Pending::Open(dir));
                }
            }
            Command::Open(p) => self.guarded(Pending::Open(p)),
            Command::OpenSeed => self.guarded(Pending::OpenSeed),
            Command::OpenSeedNow => self.open_seed(),
            Command::CancelLoad => self.cancel_load(),
            Command::Save => {
                self.save();
            }
            Command::SaveAs => {
                self.save_as();
            }
            Command::Export => self.export_now(now),
            Command::Quit => self.guarded(Pending::Quit),
            Command::AnswerUnsaved(c) => self.answer_unsaved(c),
            Command::RestoreRecovery => self.restore_recovery(),
            Command::DiscardRecovery => self.discard_recovery(),
            Command::Select(sel) => self.select(sel),
            Command::ClearSelection => self.clear_selection(),
            Command::FilterActor(a) => self.filter_actor(a),
            Command::SetSearch(text) => self.search = text,
            Command::FocusSearch => self.requests.focus_search = true,
            Command::NextEvent => self.walk(1, now),
            Command::PrevEvent => self.walk(-1, now),
            Command::ZoomIn => self.zoom(ZOOM_STEP, now),
            Command::ZoomOut => self.zoom(1.0 / ZOOM_STEP, now),
            Command::PanLeft => self.pan(1.0, now),
            Command::PanRight => self.pan(-1.0, now),
            Command::FitAll => self.fit_all(now),
            Command::ZoomToSelection => self.zoom_to_selection(now),
            Command::ZoomToRange(s, e) => {
                let span = (e - s).max(2.0 * DAY_SECS);
                self.animate_to(TimeView::fit(s, s + span, 0.15), now);
            }
            Command::SetView(v) => {
                self.timeline.anim = None;
                self.timeline.view = Some(v);
            }
            Command::TimelineResized(width) => self.timeline.canvas_width_px = width,
            cmd @ (Command::ToggleGaps
            | Command::SetGradeFilter(_)
            | Command::ToggleColourBySource
            | Command::ToggleHideRejected
            | Command::SetTheme(_)
            | Command::ScaleUi(_)
            | Command::SetUiScale(_)
            | Command::SetPanelVisible(..)
            | Command::ShowInspector) => self.apply_view_setting(&cmd),
            Command::SetReferenceDate(d) => self.set_reference_date(d),
            Command::EditReferenceDate => self.edit_reference_date(),
            Command::UpdateDateEditor(draft) => self.update_date_editor(draft),
            Command::DismissBanner(i) => {
                if i < self.banners.len() {
                    self.banners.remove(i);
                }
            }
            Command::ShowExport => self.show_export = true,
            Command::SetExportSettings(ex) => self.settings.export = ex,
            Command::ShowDeck => self.show_deck = true,
            Command::ShowShortcuts => self.show_shortcuts = true,
            Command::ShowBriefingNotes => self.show_notes = true,
            Command::ShowReviewQueue => self.show_review_queue(),
            Command::CloseWindow(w) => self.close_window(w),
            Command::ShowReaderPage(page) => self.reader_page = page,
            Command::StartPresenting => self.start_presenting(now),
            Command::StopPresenting => self.stop_presenting(),
            Command::Present(action) => self.present(action, now),
            Command::Undo => self.undo(),
            Command::Redo => self.redo(),
            Command::ApplyEdit(e) => self.record(e),
            Command::SetReview(r) => self.set_review(r),
            Command::DeleteSelection => self.delete_selection(),
            Command::Add(kind) => self.add_item(kind),
            Command::MergeInto(keep) => self.merge_into(keep),
            Command::ReviewStep(step) => self.review_step(step),
            Command::AddSourcesDialog => self.add_sources_dialog(),
            Command::AddSources(paths) => self.add_sources(paths),
            Command::FilesDropped(paths) => self.files_dropped(paths),
            Command::AnswerDrop(choice) => self.answer_drop(choice),
            Command::FilterSource(s) => self.filter_source(s),
            Command::SetMinCorroboration(n) => self.set_min_corroboration(n),
            Command::StepMention(d) => self.step_mention(d),
            Command::GradeSource(i, g) => self.grade_source(i, g),
            Command::AcceptSuggestedDate(i) => self.accept_suggested_date(i),
            Command::RemoveSource(i) => self.remove_source(i),
            Command::SplitMention(m) => self.split_mention(m),
        }
    }

    /// The View menu's settings: what the timeline and panels show, and how.
    fn apply_view_setting(&mut self, cmd: &Command) {
        match cmd {
            Command::ToggleGaps => self.toggle_gaps(),
            Command::SetGradeFilter(g) => {
                self.settings.grade_filter = *g;
                self.invalidate_timeline();
            }
            Command::ToggleColourBySource => {
                self.settings.colour_by_source = !self.settings.colour_by_source;
            }
            Command::ToggleHideRejected => {
                self.settings.hide_rejected = !self.settings.hide_rejected;
                self.invalidate_timeline();
            }
            Command::SetTheme(t) => self.settings.theme = *t,
            Command::ScaleUi(delta) => {
                self.settings.ui_scale = (self.settings.ui_scale + *delta).clamp(0.6, 2.5);
            }
            Command::SetUiScale(scale) => self.settings.ui_scale = *scale,
            Command::SetPanelVisible(panel, shown) => self.settings.set_panel(*panel, *shown),
            Command::ShowInspector => self.settings.set_panel(Panel::Inspector, true),
            _ => {}
        }
    }

    fn open_from_dialog(&mut self) {
        let files = self.dialogs.open_files();
        self.open_many(&files);
    }

    fn open_seed(&mut self) {
        self.doc = Document::new(load::seed_briefing(self.cli_date), None);
        self.settings.last_file = None;
        self.after_load();
    }

    fn select(&mut self, sel: Selection) {
        self.selection = sel;
        self.reset_mention();
        self.requests.reveal_selection = true;
    }

    fn clear_selection(&mut self) {
        self.selection = Selection::None;
        self.actor_filter = None;
        self.search.clear();
    }

    fn filter_actor(&mut self, actor: Option<usize>) {
        self.actor_filter = actor;
        if let Some(a) = actor {
            self.selection = Selection::Actor(a);
        }
    }

    fn close_window(&mut self, w: Window) {
        match w {
            Window::Export => self.show_export = false,
            Window::Deck => self.show_deck = false,
            Window::ReviewQueue => self.show_review = false,
            Window::BriefingNotes => self.show_notes = false,
            Window::Shortcuts => self.show_shortcuts = false,
            Window::ReferenceDate => self.date_editor = None,
        }
    }

    fn show_review_queue(&mut self) {
        self.show_review = true;
        if !matches!(
            self.selection,
            Selection::Event(_) | Selection::Quote(_) | Selection::Question(_)
        ) {
            self.review_step(1);
        }
    }

    fn start_presenting(&mut self, now: f64) {
        self.presenting = Some(Presentation::new(now));
        self.requests.fullscreen = Some(true);
        self.follow_presentation(now);
    }

    fn stop_presenting(&mut self) {
        self.presenting = None;
        self.presented_step = None;
        self.requests.fullscreen = Some(false);
        self.timeline.view = None;
        self.timeline.anim = None;
    }

    fn toggle_gaps(&mut self) {
        self.settings.compress_gaps = !self.settings.compress_gaps;
        self.invalidate_timeline();
        self.timeline.view = None;
        self.timeline.anim = None;
    }

    fn zoom(&mut self, factor: f64, now: f64) {
        if let Some(v) = self.current_view(now) {
            self.animate_to(v.zoom_at(0.5, factor), now);
        }
    }

    /// Pans by one step: `dir` 1.0 shows earlier times, −1.0 later ones.
    fn pan(&mut self, dir: f32, now: f64) {
        if let Some(v) = self.current_view(now) {
            self.animate_to(v.pan_px(dir * PAN_STEP_PX, 1000.0), now);
        }
    }

    fn fit_all(&mut self, now: f64) {
        if let Some(fit) = self.fit_view() {
            self.animate_to(fit, now);
            self.timeline.view = None;
        }
    }

    fn zoom_to_selection(&mut self, now: f64) {
        if let Some(ev) = self.focused_event()
            && let Some(data) = &self.timeline_data
            && let Some((s, e)) = data.virtual_extent_of_event(&self.doc.briefing, ev)
        {
            let span = (e - s).max(4.0 * DAY_SECS);
            self.animate_to(TimeView::fit(s, s + span, 0.3), now);
        }
    }

    /// Selects the next (`step` > 0) or previous dated event in time order.
    fn walk(&mut self, step: isize, now: f64) {
        let order: Vec<usize> = self
            .events_in_order()
            .into_iter()
            .filter(|&i| {
                self.doc
                    .briefing
                    .events
                    .get(i)
                    .is_some_and(|e| e.date.is_resolved())
            })
            .collect();
        if order.is_empty() {
            return;
        }
        let pos = self
            .focused_event()
            .and_then(|e| order.iter().position(|&x| x == e));
        let next = match pos {
            None if step >= 0 => 0,
            None => order.len() - 1,
            Some(p) => (p as isize + step).clamp(0, order.len() as isize - 1) as usize,
        };
        self.select(Selection::Event(order[next]));
        self.center_on_selection(now);
    }

    /// Pans (keeping the zoom) so the selected event is in view, if it is not.
    fn center_on_selection(&mut self, now: f64) {
        let Some(ev) = self.focused_event() else {
            return;
        };
        let Some(data) = &self.timeline_data else {
            return;
        };
        let Some((s, e)) = data.virtual_extent_of_event(&self.doc.briefing, ev) else {
            return;
        };
        let Some(view) = self.current_view(now) else {
            return;
        };
        let mid = f64::midpoint(s, e);
        if mid < view.start_secs + view.span_secs * 0.05
            || mid > view.end_secs() - view.span_secs * 0.25
        {
            self.animate_to(TimeView::centred_on(mid, view.span_secs), now);
        }
    }

    /// Asks where to save and exports with the dialog's settings; the outcome is a banner.
    fn export_now(&mut self, now: f64) {
        let ex = self.settings.export;
        let stem = self
            .doc
            .path
            .as_ref()
            .and_then(|p| p.file_stem())
            .map_or_else(
                || "briefing".to_owned(),
                |s| {
                    s.to_string_lossy()
                        .trim_end_matches(".briefline")
                        .to_owned()
                },
            );
        let name = format!("{stem}.{}", ex.format.extension());
        let Some(path) = self.dialogs.save_file(&name, ex.format.extension()) else {
            return;
        };
        let mut opts = ex.options;
        if ex.format.is_image() && ex.current_view {
            opts.image.view = self.current_view(now);
        }
        opts.image.compress_gaps = self.settings.compress_gaps;
        let banner = match crate::export::export_to_sparing(
            &self.doc.briefing,
            ex.format,
            &opts,
            &path,
            self.article_path(),
        ) {
            Ok(()) => Banner::info(format!(
                "Exported {} to {}",
                ex.format.label(),
                path.display()
            )),
            Err(e) => Banner::error(format!("Export failed: {e}")),
        };
        self.banners.push(banner);
        self.show_export = false;
    }
}
