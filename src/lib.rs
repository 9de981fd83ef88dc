//! Briefline: offline timeline and briefing viewer for news articles.
//!
//! The pure core (`model`, `extract`, `timeline`, `export`, `load`, `timeml`, `polnear`) never
//! imports egui; the
//! UI shell (`ui`, `app`) draws it.

#[cfg(feature = "gui")]
pub mod app;
pub mod cli;
pub mod export;
pub mod extract;
pub mod import;
pub mod load;
pub mod model;
pub mod polnear;
pub mod save;
pub mod timeline;
pub mod timeml;
#[cfg(feature = "gui")]
pub mod ui;
