//! Briefline: offline timeline and briefing viewer for news articles.
//!
//! Three layers; dependencies point one way, ui → app → core (`tests/architecture.rs`
//! checks it):
//!
//! - **Core** (pure, no egui): [`model`] (briefing types, the RON file), [`extract`] (article
//!   → briefing), [`timeline`] (time ↔ pixel maths, lanes, clusters, breaks), [`export`]
//!   (Markdown, HTML, PDF, SVG, PNG, JSON, RON), [`timeml`] (TimeML scoring), [`polnear`] (the PolNeAR
//!   quote evaluator), [`load`],
//!   [`save`], [`import`] (CSV/TSV lists, folders), and [`cli`] (the command line).
//! - **App** ([`app`], state and intent, no drawing): [`app::BrieflineApp`] owns what is open,
//!   selected and shown; [`app::Command`] is everything the user can ask for;
//!   `BrieflineApp::execute_at` (`src/app/execute.rs`) is the one place commands are carried
//!   out.
//! - **UI** ([`ui`], egui): panels read the app and return commands; a key press becomes a
//!   command in the keymap (`src/ui/keymap.rs`); the eframe shell (`src/ui/shell.rs`) runs
//!   each frame (`logic`: loads and autosave; `ui`: draw, then execute).

#[cfg(feature = "gui")]
pub mod app;
pub mod cli;
pub mod ecbplus;
pub mod export;
pub mod extract;
pub mod import;
pub mod load;
pub mod merge;
pub mod model;
pub mod polnear;
pub mod save;
pub mod timeline;
pub mod timeml;
#[cfg(feature = "gui")]
pub mod ui;
