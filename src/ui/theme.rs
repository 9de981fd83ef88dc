//! How the themes look (egui visuals for dark, light and high contrast), the colours items
//! are drawn in ([`Palette`]) and the bundled fonts. Which theme is chosen is a setting of the
//! app ([`crate::app::Theme`]).

use crate::app::BrieflineApp;
use egui::{Color32, FontData, FontDefinitions, FontFamily, Stroke, Visuals};
use std::sync::Arc;

// The theme itself is a setting of the app; how it looks is decided here.
pub use crate::app::Theme;

impl Theme {
    /// egui visuals for the theme.
    pub fn visuals(self) -> Visuals {
        match self {
            Theme::Dark => {
                let mut v = Visuals::dark();
                v.panel_fill = Color32::from_rgb(24, 26, 31);
                v.window_fill = Color32::from_rgb(30, 33, 39);
                v.extreme_bg_color = Color32::from_rgb(16, 17, 21);
                v.faint_bg_color = Color32::from_rgb(34, 37, 44);
                v
            }
            Theme::Light => {
                let mut v = Visuals::light();
                v.panel_fill = Color32::from_rgb(246, 246, 243);
                v.extreme_bg_color = Color32::WHITE;
                v
            }
            Theme::HighContrast => {
                let mut v = Visuals::dark();
                v.panel_fill = Color32::BLACK;
                v.window_fill = Color32::BLACK;
                v.extreme_bg_color = Color32::BLACK;
                v.faint_bg_color = Color32::from_gray(20);
                v.override_text_color = Some(Color32::WHITE);
                v.hyperlink_color = Color32::from_rgb(255, 230, 0);
                v.selection.bg_fill = Color32::from_rgb(255, 230, 0);
                v.selection.stroke = Stroke::new(2.0, Color32::BLACK);
                for w in [
                    &mut v.widgets.inactive,
                    &mut v.widgets.hovered,
                    &mut v.widgets.active,
                    &mut v.widgets.noninteractive,
                ] {
                    w.bg_stroke = Stroke::new(1.5, Color32::WHITE);
                    w.fg_stroke = Stroke::new(1.5, Color32::WHITE);
                }
                v.widgets.inactive.weak_bg_fill = Color32::from_gray(15);
                v.widgets.inactive.bg_fill = Color32::from_gray(15);
                v.widgets.hovered.weak_bg_fill = Color32::from_gray(60);
                v
            }
        }
    }
}

/// Colours for briefing items, per theme.
#[derive(Clone, Copy, Debug)]
pub struct Palette {
    pub news: Color32,
    pub background: Color32,
    pub upcoming: Color32,
    pub other: Color32,
    pub quote: Color32,
    pub question: Color32,
    pub actor: Color32,
    pub reference: Color32,
    pub today: Color32,
    pub text: Color32,
    pub weak: Color32,
    pub axis: Color32,
    pub selection: Color32,
}

/// Colours told apart by colour-blind readers too (Okabe and Ito), one per source when the
/// timeline is coloured by source; the ninth source takes the first colour again.
pub const SOURCE_COLOURS: [Color32; 8] = [
    Color32::from_rgb(230, 159, 0),
    Color32::from_rgb(86, 180, 233),
    Color32::from_rgb(0, 158, 115),
    Color32::from_rgb(240, 228, 66),
    Color32::from_rgb(0, 114, 178),
    Color32::from_rgb(213, 94, 0),
    Color32::from_rgb(204, 121, 167),
    Color32::from_rgb(153, 153, 153),
];

/// The colour of the source at `index` when the timeline is coloured by source.
pub fn source_colour(index: usize) -> Color32 {
    SOURCE_COLOURS[index % SOURCE_COLOURS.len()]
}

impl Palette {
    pub fn for_theme(theme: Theme) -> Self {
        match theme {
            Theme::Dark => Self {
                news: Color32::from_rgb(245, 166, 35),
                background: Color32::from_rgb(110, 150, 220),
                upcoming: Color32::from_rgb(80, 200, 140),
                other: Color32::from_rgb(80, 190, 200),
                quote: Color32::from_rgb(190, 140, 250),
                question: Color32::from_rgb(250, 120, 100),
                actor: Color32::from_rgb(150, 200, 120),
                reference: Color32::from_rgb(245, 166, 35),
                today: Color32::from_rgb(230, 90, 90),
                text: Color32::from_gray(225),
                weak: Color32::from_gray(140),
                axis: Color32::from_gray(90),
                selection: Color32::WHITE,
            },
            Theme::Light => Self {
                news: Color32::from_rgb(200, 115, 0),
                background: Color32::from_rgb(40, 90, 180),
                upcoming: Color32::from_rgb(20, 140, 80),
                other: Color32::from_rgb(0, 130, 140),
                quote: Color32::from_rgb(120, 60, 190),
                question: Color32::from_rgb(200, 60, 40),
                actor: Color32::from_rgb(60, 120, 30),
                reference: Color32::from_rgb(200, 115, 0),
                today: Color32::from_rgb(200, 40, 40),
                text: Color32::from_gray(25),
                weak: Color32::from_gray(110),
                axis: Color32::from_gray(160),
                selection: Color32::BLACK,
            },
            Theme::HighContrast => Self {
                news: Color32::from_rgb(255, 200, 0),
                background: Color32::from_rgb(0, 200, 255),
                upcoming: Color32::from_rgb(0, 255, 120),
                other: Color32::from_rgb(0, 255, 255),
                quote: Color32::from_rgb(255, 120, 255),
                question: Color32::from_rgb(255, 110, 80),
                actor: Color32::from_rgb(160, 255, 100),
                reference: Color32::from_rgb(255, 230, 0),
                today: Color32::from_rgb(255, 80, 80),
                text: Color32::WHITE,
                weak: Color32::from_gray(210),
                axis: Color32::WHITE,
                selection: Color32::from_rgb(255, 230, 0),
            },
        }
    }

    /// The palette of the app's theme.
    pub fn of(app: &BrieflineApp) -> Self {
        Self::for_theme(app.settings.theme)
    }

    pub fn event(&self, kind: crate::model::EventKind) -> Color32 {
        match kind {
            crate::model::EventKind::News => self.news,
            crate::model::EventKind::Background => self.background,
            crate::model::EventKind::Upcoming => self.upcoming,
            crate::model::EventKind::Other => self.other,
        }
    }
}

/// Name of the semibold family used for headings.
pub const HEADING_FAMILY: &str = "heading";

/// Installs the bundled fonts (Inter for text, `DejaVu Sans Mono` for code; both cover Latin,
/// Greek and Cyrillic). egui's own fonts and the system fonts stay as fallbacks for other
/// scripts and emoji.
pub fn install_fonts(ctx: &egui::Context) {
    ctx.set_fonts(font_definitions());
}

/// The font definitions with the bundled fonts first.
pub fn font_definitions() -> FontDefinitions {
    let mut fonts = FontDefinitions::default();
    fonts.font_data.insert(
        "Inter".into(),
        Arc::new(FontData::from_static(include_bytes!(
            "../../assets/fonts/Inter-Regular.otf"
        ))),
    );
    fonts.font_data.insert(
        "Inter-SemiBold".into(),
        Arc::new(FontData::from_static(include_bytes!(
            "../../assets/fonts/Inter-SemiBold.otf"
        ))),
    );
    fonts.font_data.insert(
        "DejaVuSansMono".into(),
        Arc::new(FontData::from_static(include_bytes!(
            "../../assets/fonts/DejaVuSansMono.ttf"
        ))),
    );
    let fallbacks: Vec<String> = fonts
        .families
        .get(&FontFamily::Proportional)
        .cloned()
        .unwrap_or_default();
    if let Some(p) = fonts.families.get_mut(&FontFamily::Proportional) {
        p.insert(0, "Inter".into());
    }
    if let Some(m) = fonts.families.get_mut(&FontFamily::Monospace) {
        m.insert(0, "DejaVuSansMono".into());
    }
    let mut heading = vec!["Inter-SemiBold".to_owned(), "Inter".to_owned()];
    heading.extend(fallbacks);
    fonts
        .families
        .insert(FontFamily::Name(HEADING_FAMILY.into()), heading);
    fonts
}
