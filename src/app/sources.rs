//! A briefing of several sources (issue 15), the app's side: opening many articles as one
//! merged briefing and adding sources to the open one (both on the loading thread, with
//! progress and Cancel), dropped files (add, or open as a new briefing?), the Sources
//! panel's filter, grades, suggested dates and removal, the "corroborated by at least N
//! sources" view filter, and stepping through the mentions of the selected item
//! ("2 of 4 · Wirepoint"), which turns the reader to that mention's source. The merge itself
//! is [`crate::merge`]; the panel that draws this is `src/ui/sources.rs`.

use super::loading::Merged;
use super::{Banner, BrieflineApp, Document, LoadJob, Selection};
use crate::model::edit::Edit;
use crate::model::{DateOrigin, Event, OpenQuestion, Provenance, Quote, Reliability};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

/// What to do with articles dropped on an open briefing.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DropChoice {
    /// Merge them into the open briefing as more sources.
    Add,
    /// Open them as a briefing of their own (after the unsaved-changes question).
    OpenSeparately,
    Cancel,
}

/// The selected item's mention the reader shows: `index` of `total`.
#[derive(Clone, Copy, Debug)]
pub struct MentionView<'a> {
    pub index: usize,
    pub total: usize,
    pub at: &'a Provenance,
    /// Index of its source in the briefing's sources.
    pub source: usize,
}

impl BrieflineApp {
    /// Opens `paths` as one briefing: one file opens as today; several are read and merged
    /// on the loading thread.
    pub(crate) fn open_many(&mut self, paths: &[PathBuf]) {
        match paths {
            [] => {}
            [one] => self.open(one),
            many => {
                for p in many.iter().rev() {
                    self.settings.remember(p);
                }
                self.replace_load(LoadJob::sources(many.to_vec(), self.cli_date, None));
            }
        }
    }

    /// Reads `paths` and merges them into the open briefing (undoable once done).
    pub(crate) fn add_sources(&mut self, paths: Vec<PathBuf>) {
        if paths.is_empty() {
            return;
        }
        if self.event_table.is_some() {
            self.banners.push(Banner::info(
                "Sources are added to an article briefing; an event list has none",
            ));
            return;
        }
        let open = self.doc.briefing.clone();
        self.replace_load(LoadJob::sources(paths, self.cli_date, Some(open)));
    }

    pub(crate) fn add_sources_dialog(&mut self) {
        let files = self.dialogs.open_files();
        self.add_sources(files);
    }

    fn replace_load(&mut self, job: LoadJob) {
        if let Some(old) = self.loading.take() {
            old.cancel();
        }
        self.loading = Some(job);
    }

    /// Takes what a merge on the loading thread produced.
    pub(crate) fn merged(&mut self, m: Merged, first: &Path) {
        let failed = m.failures.len();
        if m.into_open {
            let edit = Edit::add_sources(&self.doc.briefing, m.briefing, m.added);
            self.record(edit);
            self.status = format!(
                "Added {} source{}; {} in all",
                m.added,
                if m.added == 1 { "" } else { "s" },
                self.doc.briefing.sources.len()
            );
        } else {
            self.banners.retain(|b| b.kind == super::BannerKind::Info);
            self.doc = Document::new(m.briefing, None);
            // Several articles are saved as one new briefing file: Save asks where.
            self.doc.history.mark_unsaved();
            self.settings.last_file = None;
            self.after_load();
            self.status = format!(
                "{} articles merged into one briefing (from {})",
                m.added,
                first
                    .parent()
                    .map_or_else(String::new, |d| d.display().to_string())
            );
        }
        for why in m.failures {
            self.banners
                .push(Banner::error(format!("Not added: {why}")));
        }
        if failed > 0 {
            let _ = write!(self.status, "; {failed} could not be read");
        }
    }

    /// Files dropped on the window: on an open article briefing, ask whether to add them;
    /// otherwise open them.
    pub(crate) fn files_dropped(&mut self, paths: Vec<PathBuf>) {
        if paths.is_empty() {
            return;
        }
        let articles_open = self.event_table.is_none() && !self.doc.briefing.sources.is_empty();
        if articles_open && !paths.iter().any(|p| super::is_bulk_path(p)) {
            self.dropped = Some(paths);
        } else {
            self.open_dropped(paths);
        }
    }

    fn open_dropped(&mut self, paths: Vec<PathBuf>) {
        if let [one] = paths.as_slice() {
            self.guarded(super::Pending::Open(one.clone()));
        } else {
            self.guarded(super::Pending::OpenMany(paths));
        }
    }

    pub(crate) fn answer_drop(&mut self, choice: DropChoice) {
        let Some(paths) = self.dropped.take() else {
            return;
        };
        match choice {
            DropChoice::Add => self.add_sources(paths),
            DropChoice::OpenSeparately => self.open_dropped(paths),
            DropChoice::Cancel => {}
        }
    }

    /// Shows only what source `i` reports (`None`: everything).
    pub(crate) fn filter_source(&mut self, source: Option<usize>) {
        self.source_filter = source.filter(|&i| i < self.doc.briefing.sources.len());
        self.invalidate_timeline();
        if let Some(i) = self.source_filter {
            self.show_source(i);
        }
    }

    pub(crate) fn set_min_corroboration(&mut self, n: usize) {
        self.settings.min_corroboration = n.max(1);
        self.invalidate_timeline();
    }

    /// True if the source or corroboration filters hide anything.
    pub fn source_filters_active(&self) -> bool {
        self.source_filter.is_some() || self.settings.min_corroboration > 1
    }

    fn reported_by_filter<'a>(&self, mut mentions: impl Iterator<Item = &'a Provenance>) -> bool {
        let Some(src) = self
            .source_filter
            .and_then(|i| self.doc.briefing.sources.get(i))
        else {
            return true;
        };
        mentions.any(|m| m.source == src.id)
    }

    /// Whether an event passes every view filter (review, grade, source, corroboration).
    pub fn shows_event(&self, e: &Event) -> bool {
        self.shows(e.review, e.grade)
            && e.corroboration().max(1) >= self.settings.min_corroboration
            && self.reported_by_filter(e.mentions())
    }

    pub fn shows_quote(&self, q: &Quote) -> bool {
        self.shows(q.review, q.grade)
            && q.corroboration().max(1) >= self.settings.min_corroboration
            && self.reported_by_filter(q.mentions())
    }

    pub fn shows_question(&self, q: &OpenQuestion) -> bool {
        self.shows(q.review, q.grade) && self.reported_by_filter(q.mentions())
    }

    /// How many events, quotes and questions each source reports (one pass over the
    /// mentions, however many sources).
    pub fn source_item_counts(&self) -> Vec<usize> {
        let b = &self.doc.briefing;
        let index: rustc_hash::FxHashMap<&crate::model::SourceId, usize> = b
            .sources
            .iter()
            .enumerate()
            .map(|(i, s)| (&s.id, i))
            .collect();
        let mut counts = vec![0; b.sources.len()];
        let mut count = |mentions: Vec<&Provenance>| {
            for id in crate::model::mention::distinct_sources(mentions) {
                if let Some(n) = index.get(id).and_then(|&i| counts.get_mut(i)) {
                    *n += 1;
                }
            }
        };
        for e in &b.events {
            count(e.mentions().collect());
        }
        for q in &b.quotes {
            count(q.mentions().collect());
        }
        for q in &b.questions {
            count(q.mentions().collect());
        }
        counts
    }

    /// Every mention of the selected item, the first report first.
    pub fn selected_mentions(&self) -> Vec<&Provenance> {
        let b = &self.doc.briefing;
        match self.selection {
            Selection::Event(i) => b.events.get(i).map(|e| e.mentions().collect()),
            Selection::Quote(i) => b.quotes.get(i).map(|q| q.mentions().collect()),
            Selection::Question(i) => b.questions.get(i).map(|q| q.mentions().collect()),
            _ => None,
        }
        .unwrap_or_default()
    }

    /// The mention of the selected item the reader shows.
    pub fn current_mention(&self) -> Option<MentionView<'_>> {
        let all = self.selected_mentions();
        let total = all.len();
        let index = self.mention.min(total.checked_sub(1)?);
        let at = *all.get(index)?;
        let source = self
            .doc
            .briefing
            .sources
            .iter()
            .position(|s| s.id == at.source)?;
        Some(MentionView {
            index,
            total,
            at,
            source,
        })
    }

    /// Moves to the next (+1) or previous (−1) mention of the selected item, turning the
    /// reader to its source.
    pub(crate) fn step_mention(&mut self, delta: isize) {
        let total = self.selected_mentions().len();
        if total == 0 {
            return;
        }
        let cur = self.mention.min(total - 1);
        self.mention = cur
            .checked_add_signed(delta)
            .map_or(total - 1, |n| n % total);
        if let Some(source) = self.current_mention().map(|m| m.source) {
            self.show_source(source);
        }
        self.requests.reveal_selection = true;
    }

    /// Turns the reader to source `i`.
    pub(crate) fn show_source(&mut self, i: usize) {
        if i != self.doc.shown_source && i < self.doc.briefing.sources.len() {
            self.doc.show_source(i);
            self.reader_page = 0;
        }
    }

    /// After a new selection: the reader shows its first mention.
    pub(crate) fn reset_mention(&mut self) {
        self.mention = 0;
        if let Some(source) = self.current_mention().map(|m| m.source) {
            self.show_source(source);
        }
    }

    pub(crate) fn grade_source(&mut self, i: usize, grade: Option<Reliability>) {
        match Edit::set_source_reliability(&self.doc.briefing, i, grade) {
            Ok(e) => self.record(e),
            Err(e) => self
                .banners
                .push(Banner::error(format!("Could not grade: {e}"))),
        }
    }

    /// Accepts the suggested reference date of an undated source (origin "inferred").
    pub(crate) fn accept_suggested_date(&mut self, i: usize) {
        let b = &self.doc.briefing;
        let Some(s) = b.sources.get(i).and_then(|s| s.suggested_reference) else {
            return;
        };
        match Edit::set_source_reference(b, i, Some(s.earliest), DateOrigin::Inferred) {
            Ok(e) => self.record(e),
            Err(e) => self
                .banners
                .push(Banner::error(format!("Could not set the date: {e}"))),
        }
    }

    pub(crate) fn remove_source(&mut self, i: usize) {
        match Edit::remove_source(&self.doc.briefing, i) {
            Ok(e) => {
                self.source_filter = None;
                self.record(e);
                self.doc.show_source(0);
            }
            Err(e) => self
                .banners
                .push(Banner::error(format!("Could not remove the source: {e}"))),
        }
    }

    /// Splits the selected event's mention `mention` (0 is the first report, which stays)
    /// off into an event of its own.
    pub(crate) fn split_mention(&mut self, mention: usize) {
        let Selection::Event(i) = self.selection else {
            return;
        };
        let Some(other) = mention.checked_sub(1) else {
            self.banners.push(Banner::info(
                "The first report stays with the event; split off another mention",
            ));
            return;
        };
        match Edit::split_mention(&self.doc.briefing, i, other) {
            Ok(e) => {
                self.record(e);
                self.mention = 0;
            }
            Err(e) => self
                .banners
                .push(Banner::error(format!("Could not split: {e}"))),
        }
    }
}
