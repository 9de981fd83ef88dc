//! Draws the timeline: the calendar tick ladder, axis breaks, lanes of events (spans for
//! coarse dates with soft edges, points for days), clusters with counts, the reference-date
//! and today markers, and the undated strip. The maths (view, ticks, lanes, breaks) is in
//! [`crate::timeline`]; the view on it is the app's ([`TimelineState`]); this module only maps
//! it to pixels and input to [`Command`]s. Every size (lanes, labels, ticks, markers) is
//! multiplied by the canvas's scale: 1 in the app, the type scale of the room in the
//! presentation.

use crate::app::{BrieflineApp, Command, Selection};
use crate::model::{ActorId, Briefing, Precision};
use crate::timeline::{
    LayoutParams, PlacedKind, TimeView, TimelineData, layout_items_indexed, segment_ticks,
};
use crate::ui::theme::Palette;
use chrono::NaiveDate;
use egui::epaint::{Mesh, Vertex, WHITE_UV};
use egui::{Align2, Color32, FontId, Rect, RichText, Sense, Stroke, Vec2, pos2, vec2};

const LANE_H: f32 = 30.0;
const AXIS_H: f32 = 46.0;
const TOP_PAD: f32 = 36.0;
const MARKER_W: f32 = 16.0;
const LABEL_SIZE: f32 = 13.0;
const DAY_SECS: f64 = 86_400.0;

/// The view the canvas draws (owned by the app; the canvas reports changes as commands).
pub use crate::app::TimelineState;

/// What the canvas draws besides the items: the briefing their indices point into (unless
/// they come from a bulk table), highlight state and the date markers. Built from the app
/// each frame; the timeline benchmark builds one without an app.
pub struct CanvasContext<'a> {
    pub palette: Palette,
    pub briefing: &'a Briefing,
    pub focused: Option<usize>,
    pub actor_filter: Option<&'a ActorId>,
    /// Event indices matching an active search (`None`: no search).
    pub search_hits: Option<&'a [usize]>,
    pub reference_date: Option<NaiveDate>,
    pub today: NaiveDate,
    /// Multiplies every size on the canvas: 1 in the app; in the presentation, its type
    /// scale, so labels and markers are read from the back of the room.
    pub scale: f32,
    /// Events take their first source's colour (View ▸ Colour events by source).
    pub colour_by_source: bool,
}

/// Measures label widths with the current fonts.
pub fn label_measurer(ctx: &egui::Context) -> impl Fn(&str) -> f32 + '_ {
    move |s: &str| {
        ctx.fonts_mut(|f| {
            f.layout_no_wrap(
                s.to_owned(),
                FontId::proportional(LABEL_SIZE),
                Color32::WHITE,
            )
            .size()
            .x
        })
    }
}

fn soft_bar(painter: &egui::Painter, rect: Rect, color: Color32, soft: bool, scale: f32) {
    if !soft || rect.width() < 12.0 * scale {
        painter.rect_filled(rect, 3.0 * scale, color);
        return;
    }
    let fade = (rect.width() * 0.2).min(18.0 * scale);
    let clear = Color32::TRANSPARENT;
    let mut mesh = Mesh::default();
    let xs = [
        rect.left(),
        rect.left() + fade,
        rect.right() - fade,
        rect.right(),
    ];
    let cs = [clear, color, color, clear];
    for (x, c) in xs.iter().zip(cs) {
        mesh.vertices.push(Vertex {
            pos: pos2(*x, rect.top()),
            uv: WHITE_UV,
            color: c,
        });
        mesh.vertices.push(Vertex {
            pos: pos2(*x, rect.bottom()),
            uv: WHITE_UV,
            color: c,
        });
    }
    for k in 0..3u32 {
        let b = k * 2;
        mesh.add_triangle(b, b + 1, b + 2);
        mesh.add_triangle(b + 1, b + 3, b + 2);
    }
    painter.add(egui::Shape::mesh(mesh));
}

fn hatch(painter: &egui::Painter, rect: Rect, color: Color32, scale: f32) {
    let step = 7.0 * scale;
    let mut x = rect.left() - rect.height();
    while x < rect.right() {
        let a = pos2(x.max(rect.left()), rect.bottom() - (x.max(rect.left()) - x));
        let z_x = (x + rect.height()).min(rect.right());
        let b = pos2(z_x, rect.bottom() - (z_x - x));
        painter.line_segment([a, b], Stroke::new(scale, color));
        x += step;
    }
}

fn dashed_vline(
    painter: &egui::Painter,
    x: f32,
    top: f32,
    bottom: f32,
    stroke: Stroke,
    scale: f32,
) {
    painter.extend(egui::Shape::dashed_line(
        &[pos2(x, top), pos2(x, bottom)],
        stroke,
        5.0 * scale,
        4.0 * scale,
    ));
}

/// The central panel: undated strip, then the canvas.
pub fn timeline_panel_ui(app: &BrieflineApp, ui: &mut egui::Ui) -> Vec<Command> {
    timeline_ui(app, ui, 1.0, true)
}

/// The timeline of a presentation step: the canvas only, every size times `scale` (the
/// presentation's type scale).
pub fn presentation_timeline_ui(app: &BrieflineApp, ui: &mut egui::Ui, scale: f32) -> Vec<Command> {
    timeline_ui(app, ui, scale, false)
}

fn timeline_ui(
    app: &BrieflineApp,
    ui: &mut egui::Ui,
    scale: f32,
    undated_strip: bool,
) -> Vec<Command> {
    let mut cmds = Vec::new();
    let Some(data) = &app.timeline_data else {
        return cmds;
    };
    let pal = Palette::of(app);
    if undated_strip && !data.unresolved.is_empty() {
        ui.horizontal_wrapped(|ui| {
            ui.label(RichText::new("Undated").strong().color(pal.weak)).on_hover_text(
                "Events whose date is relative (\"on Wednesday\") and cannot be resolved without a reference date.",
            );
            for &i in &data.unresolved {
                let Some(e) = app.doc.briefing.events.get(i) else { continue };
                let label = format!("○ {} ({})", e.title, e.trigger.as_deref().unwrap_or("no date"));
                let sel = app.selection == Selection::Event(i);
                if ui.selectable_label(sel, label).on_hover_text("Set the reference date to place it on the timeline").clicked() {
                    cmds.push(Command::Select(Selection::Event(i)));
                }
            }
            if ui.button("Set reference date…").clicked() {
                cmds.push(Command::EditReferenceDate);
            }
        });
    }
    if data.items.is_empty() {
        ui.centered_and_justified(|ui| {
            ui.label(RichText::new("No dated events in this briefing yet.").weak());
        });
        return cmds;
    }
    let focused = app.focused_event();
    let filter_actor = app
        .actor_filter
        .and_then(|a| app.doc.briefing.actors.get(a))
        .map(|a| a.id.clone());
    let cx = CanvasContext {
        palette: pal,
        briefing: &app.doc.briefing,
        focused,
        actor_filter: filter_actor.as_ref(),
        search_hits: app
            .search_results
            .is_active()
            .then_some(app.search_results.events.as_slice()),
        reference_date: app.doc.briefing.meta.reference_date,
        today: app.today,
        scale,
        colour_by_source: app.settings.colour_by_source && app.doc.briefing.sources.len() > 1,
    };
    cmds.extend(timeline_canvas_ui(ui, &app.timeline, data, &cx));
    cmds
}

#[derive(Clone, Copy)]
enum Hit {
    Event(usize),
    /// A row of a bulk event table.
    Row(usize),
    Cluster,
}

/// Colour of a bulk table group.
fn group_color(pal: &Palette, group: u8) -> Color32 {
    match group % 8 {
        0 => pal.news,
        1 => pal.background,
        2 => pal.upcoming,
        3 => pal.other,
        4 => pal.quote,
        5 => pal.question,
        6 => pal.actor,
        _ => pal.reference,
    }
}

/// How one event is drawn.
struct ItemLook<'a> {
    title: &'a str,
    /// The label drawn: the title, with the grade after it when graded.
    text: std::borrow::Cow<'a, str>,
    rejected: bool,
    color: Color32,
    soft: bool,
    approximate: bool,
    time_of_day: bool,
    dim: bool,
    selected: bool,
    hit: Hit,
}

fn item_look<'a>(
    data: &'a TimelineData,
    cx: &'a CanvasContext<'_>,
    ei: usize,
) -> Option<ItemLook<'a>> {
    if let Some(table) = &data.table {
        let title = table.label(ei)?;
        return Some(ItemLook {
            title,
            text: std::borrow::Cow::Borrowed(title),
            rejected: false,
            color: group_color(&cx.palette, table.group(ei)?),
            soft: false,
            approximate: false,
            time_of_day: false,
            dim: false,
            selected: false,
            hit: Hit::Row(ei),
        });
    }
    let e = cx.briefing.events.get(ei)?;
    let rejected = e.review == crate::model::ReviewStatus::Rejected;
    let confirmed = e.review == crate::model::ReviewStatus::Confirmed;
    Some(ItemLook {
        title: &e.title,
        // Confirmed events carry a check before the title, graded ones their grade after it;
        // an event several sources report, its corroboration badge (×3); one they disagree
        // on, a warning mark.
        text: match (
            confirmed,
            e.grade.code(),
            e.corroboration(),
            e.conflicts.is_empty(),
        ) {
            (false, None, 0 | 1, true) => std::borrow::Cow::Borrowed(&e.title),
            (c, code, n, agreed) => std::borrow::Cow::Owned(format!(
                "{}{}{}{}{}",
                if agreed { "" } else { "⚠ " },
                if c { "✓ " } else { "" },
                e.title,
                code.map_or_else(String::new, |code| format!(" · {code}")),
                if n > 1 {
                    format!(" ×{n}")
                } else {
                    String::new()
                }
            )),
        },
        rejected,
        color: if cx.colour_by_source {
            event_source_colour(cx.briefing, e).unwrap_or_else(|| cx.palette.event(e.kind))
        } else {
            cx.palette.event(e.kind)
        },
        soft: matches!(
            e.date.precision,
            Precision::Year | Precision::Month | Precision::Week
        ),
        approximate: e.date.approximate,
        time_of_day: e.date.precision == Precision::Time,
        dim: cx.actor_filter.is_some_and(|a| !e.actors.contains(a))
            || cx.search_hits.is_some_and(|hits| !hits.contains(&ei))
            || rejected,
        selected: cx.focused == Some(ei),
        hit: Hit::Event(ei),
    })
}

/// The colour of the source that first reports `e` (none for an event the analyst added).
fn event_source_colour(b: &Briefing, e: &crate::model::Event) -> Option<Color32> {
    let source = &e.provenance.as_ref()?.source;
    let i = b.sources.iter().position(|s| &s.id == source)?;
    Some(crate::ui::theme::source_colour(i))
}

/// Draws the timeline canvas filling the available space and handles its input: the
/// widget the app's central panel shows, callable on any `Ui` (the benchmark drives it
/// headless). `state` holds the view; returned commands carry what the user asked for, and a
/// [`Command::TimelineResized`] report when the canvas changed width.
pub fn timeline_canvas_ui(
    ui: &mut egui::Ui,
    state: &TimelineState,
    data: &TimelineData,
    cx: &CanvasContext<'_>,
) -> Vec<Command> {
    let mut cmds = Vec::new();
    canvas_ui(ui, state, data, cx, &mut cmds);
    cmds
}

/// Where things go on the canvas this frame.
struct Frame<'p> {
    painter: egui::Painter,
    rect: Rect,
    left: f32,
    width: f32,
    /// Top of the first lane.
    lanes_top: f32,
    /// The axis line; tick labels hang below it.
    axis_top: f32,
    view: TimeView,
    pal: Palette,
    measure: &'p dyn Fn(&str) -> f32,
    /// Multiplies every size ([`CanvasContext::scale`]).
    scale: f32,
}

impl Frame<'_> {
    fn x_of(&self, virtual_secs: f64) -> f32 {
        self.view.x_from_time(virtual_secs, self.left, self.width)
    }

    /// A size in points at the canvas's scale.
    fn px(&self, unscaled: f32) -> f32 {
        unscaled * self.scale
    }

    fn font(&self, unscaled_size: f32) -> FontId {
        FontId::proportional(unscaled_size * self.scale)
    }
}

fn canvas_ui(
    ui: &mut egui::Ui,
    state: &TimelineState,
    data: &TimelineData,
    cx: &CanvasContext<'_>,
    cmds: &mut Vec<Command>,
) {
    let (rect, response) = ui.allocate_exact_size(
        ui.available_size().max(vec2(200.0, 160.0)),
        Sense::click_and_drag(),
    );
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Canvas, true, "Timeline"));
    let scale = if cx.scale.is_finite() {
        cx.scale.clamp(0.25, 8.0)
    } else {
        1.0
    };
    let width = rect.width();
    // Label widths are measured at scale 1: fitting reasons in unscaled points.
    let unscaled_width = width / scale;
    if (unscaled_width - state.canvas_width_px).abs() > f32::EPSILON {
        cmds.push(Command::TimelineResized(unscaled_width));
    }
    let fit = data.fit_view(unscaled_width);
    let now = ui.input(|i| i.time);
    let shown = match state.anim {
        Some(a) => a.view_at(now),
        None => state
            .view
            .or(fit)
            .unwrap_or_else(|| TimeView::new(0.0, 365.0 * DAY_SECS)),
    };
    let view = canvas_input(ui, &response, rect, shown, cmds);
    let measure = label_measurer(ui.ctx());
    let frame = Frame {
        painter: ui.painter_at(rect),
        rect,
        left: rect.left(),
        width,
        lanes_top: rect.top() + TOP_PAD * scale,
        axis_top: rect.bottom() - AXIS_H * scale,
        view,
        pal: cx.palette,
        measure: &measure,
        scale,
    };
    axis_ui(ui, &frame, data);
    breaks_ui(ui, &frame, data);
    date_markers(&frame, data, cx);
    if let Some((hit, _)) = items_ui(ui, &frame, data, cx, cmds) {
        tooltip_ui(ui, hit, data, cx.briefing);
    }
    if state.anim.is_none() && state.view.is_none() && view != fit.unwrap_or(view) {
        cmds.push(Command::SetView(view));
    }
}

/// Wheel and pinch zoom around the cursor, drag to pan, double-click to fit, a click on
/// empty canvas to clear the selection. Returns the view to draw this frame.
fn canvas_input(
    ui: &egui::Ui,
    response: &egui::Response,
    rect: Rect,
    shown: TimeView,
    cmds: &mut Vec<Command>,
) -> TimeView {
    let (left, width) = (rect.left(), rect.width());
    let mut view = shown;
    if response.hovered() {
        let (scroll, zoom) = ui.input(|i| (i.smooth_scroll_delta, i.zoom_delta()));
        if let Some(p) = response.hover_pos() {
            let frac = f64::from((p.x - left) / width);
            let mut factor = f64::from(zoom);
            if scroll.y.abs() > 0.0 {
                factor *= (f64::from(scroll.y) / 240.0).exp();
            }
            if (factor - 1.0).abs() > 1e-6 {
                view = view.zoom_at(frac, factor);
                cmds.push(Command::SetView(view));
            }
        }
        if scroll.x.abs() > 0.0 {
            view = view.pan_px(scroll.x, width);
            cmds.push(Command::SetView(view));
        }
    }
    if response.dragged() {
        view = view.pan_px(response.drag_delta().x, width);
        cmds.push(Command::SetView(view));
    }
    if response.double_clicked() {
        cmds.push(Command::FitAll);
    }
    if response.clicked() && !response.double_clicked() {
        // A click on empty canvas clears the selection (items handle their own clicks).
        cmds.push(Command::Select(Selection::None));
    }
    view
}

/// The background, the axis line and the ticks of each kept stretch between breaks, with
/// real-time labels.
fn axis_ui(ui: &egui::Ui, f: &Frame<'_>, data: &TimelineData) {
    let (pal, painter) = (f.pal, &f.painter);
    painter.rect_filled(f.rect, 0.0, ui.visuals().extreme_bg_color);
    let line = f.px(1.0);
    painter.line_segment(
        [pos2(f.left, f.axis_top), pos2(f.rect.right(), f.axis_top)],
        Stroke::new(line, pal.axis),
    );
    let tick_font = f.font(12.0);
    let tick_width = |s: &str| (f.measure)(s) * 12.0 / LABEL_SIZE * f.scale;
    for pt in segment_ticks(&f.view, &data.axis, f.left, f.width, f.px(8.0), &tick_width) {
        let (x, t) = (pt.x_px, &pt.tick);
        if t.major {
            painter.line_segment(
                [pos2(x, f.lanes_top - f.px(6.0)), pos2(x, f.axis_top)],
                Stroke::new(line, pal.axis.gamma_multiply(0.35)),
            );
            painter.line_segment(
                [pos2(x, f.axis_top), pos2(x, f.axis_top + f.px(8.0))],
                Stroke::new(line, pal.axis),
            );
        } else {
            painter.line_segment(
                [pos2(x, f.axis_top), pos2(x, f.axis_top + f.px(4.0))],
                Stroke::new(line, pal.axis.gamma_multiply(0.7)),
            );
        }
        if !t.label.is_empty() {
            let color = if t.major { pal.text } else { pal.weak };
            painter.text(
                pos2(x + f.px(3.0), f.axis_top + f.px(10.0)),
                Align2::LEFT_TOP,
                &t.label,
                tick_font.clone(),
                color,
            );
        }
    }
}

/// Compressed stretches: a band with zig-zag edges and a labelled pill; hovering says what
/// was left out.
fn breaks_ui(ui: &egui::Ui, f: &Frame<'_>, data: &TimelineData) {
    let (pal, painter) = (f.pal, &f.painter);
    for b in data.axis.breaks() {
        let (x0, x1) = (f.x_of(b.virtual_start), f.x_of(b.virtual_end));
        if x1 < f.left || x0 > f.rect.right() || x1 - x0 < 2.0 {
            continue;
        }
        let band = Rect::from_min_max(
            pos2(x0, f.lanes_top - f.px(8.0)),
            pos2(x1, f.axis_top + f.px(AXIS_H - 4.0)),
        );
        painter.rect_filled(band, f.px(2.0), pal.axis.gamma_multiply(0.12));
        for x in [x0, x1] {
            let mut pts = Vec::new();
            let mut y = band.top();
            let mut k = 0;
            while y < band.bottom() {
                pts.push(pos2(x + f.px(if k % 2 == 0 { -3.0 } else { 3.0 }), y));
                y += f.px(6.0);
                k += 1;
            }
            painter.add(egui::Shape::line(pts, Stroke::new(f.px(1.0), pal.axis)));
        }
        // The break's label sits in a pill at the top of the band, readable even when the
        // band is narrow.
        let g = painter.layout_no_wrap(b.label.clone(), f.font(11.0), pal.text);
        let pill = Rect::from_center_size(
            pos2(f32::midpoint(x0, x1), f.lanes_top - f.px(12.0)),
            g.size() + vec2(f.px(10.0), f.px(4.0)),
        );
        painter.rect_filled(pill, f.px(8.0), ui.visuals().extreme_bg_color);
        painter.rect_stroke(
            pill,
            f.px(8.0),
            Stroke::new(f.px(1.0), pal.axis),
            egui::StrokeKind::Inside,
        );
        painter.galley(pill.center() - g.size() / 2.0, g, pal.text);
        let hover = ui.interact(
            band,
            ui.scope_id().with(("break", b.virtual_start.to_bits())),
            Sense::hover(),
        );
        hover.on_hover_text(format!(
            "{} compressed ({} – {}). Press {} to show real scale.",
            b.label,
            date_label(b.real_start_secs),
            date_label(b.real_end_secs),
            super::keys_for(&Command::ToggleGaps)
        ));
    }
}

/// The reference date and today, as dashed lines with their labels.
fn date_markers(f: &Frame<'_>, data: &TimelineData, cx: &CanvasContext<'_>) {
    let marker = |real_secs: f64, label: &str, color: Color32, row: f32| {
        let x = f.x_of(data.axis.virtual_from_real(real_secs));
        if x < f.left || x > f.rect.right() {
            return;
        }
        dashed_vline(
            &f.painter,
            x,
            f.lanes_top - f.px(4.0),
            f.axis_top,
            Stroke::new(f.px(1.5), color),
            f.scale,
        );
        let font = f.font(11.0);
        let w = (f.measure)(label) * 11.0 / LABEL_SIZE * f.scale;
        let y = f.rect.top() + f.px(2.0 + row * 12.0);
        if x + f.px(4.0) + w > f.rect.right() {
            f.painter.text(
                pos2(x - f.px(4.0), y),
                Align2::RIGHT_TOP,
                label,
                font,
                color,
            );
        } else {
            f.painter
                .text(pos2(x + f.px(4.0), y), Align2::LEFT_TOP, label, font, color);
        }
    };
    if let Some(r) = cx.reference_date {
        let secs = crate::model::days_since_epoch_public(r) as f64 * DAY_SECS;
        marker(
            secs,
            &format!("Reference {}", r.format("%-d %b %Y")),
            f.pal.reference,
            0.0,
        );
    }
    let today_secs = crate::model::days_since_epoch_public(cx.today) as f64 * DAY_SECS;
    marker(today_secs, "Today", f.pal.today, 1.0);
}

/// The events, in lanes, and the clusters; returns what the pointer is over.
fn items_ui(
    ui: &egui::Ui,
    f: &Frame<'_>,
    data: &TimelineData,
    cx: &CanvasContext<'_>,
    cmds: &mut Vec<Command>,
) -> Option<(Hit, Rect)> {
    let lane_h = f.px(LANE_H);
    let room = (f.axis_top - f.lanes_top - f.px(6.0)).max(lane_h);
    let max_lanes = ((room / lane_h).floor() as usize).max(1);
    // Lanes are packed in unscaled points (label widths are measured at scale 1), then
    // mapped to the canvas: the mapping from time to x is linear, so this is the same as
    // packing scaled labels on the scaled canvas.
    let params = LayoutParams {
        left_px: f.left / f.scale,
        width_px: f.width / f.scale,
        max_lanes,
        min_gap_px: 10.0,
        marker_width_px: MARKER_W,
    };
    let mut placed = layout_items_indexed(&data.items, Some(&data.density), &f.view, &params);
    if (f.scale - 1.0).abs() > f32::EPSILON {
        for p in &mut placed {
            p.x0_px *= f.scale;
            p.x1_px *= f.scale;
        }
    }
    let mut hovered: Option<(Hit, Rect)> = None;
    for p in &placed {
        let y = f.lanes_top + p.lane as f32 * lane_h;
        let row = Rect::from_min_max(
            pos2(p.x0_px, y + f.px(3.0)),
            pos2(p.x1_px.max(p.x0_px), y + lane_h - f.px(5.0)),
        );
        let hit = match &p.kind {
            PlacedKind::Single { index } => single_ui(ui, f, data, cx, *index, p, row, cmds),
            PlacedKind::Cluster { first, count, .. } => {
                cluster_ui(ui, f, data, *first, *count, p, row, cmds)
            }
        };
        if hit.is_some() {
            hovered = hit;
        }
    }
    hovered
}

/// One event: a bar (coarse dates, with soft or hatched edges) or a point (days), its
/// label where it fits, and its clicks. Returns it when the pointer is over it.
#[allow(
    clippy::too_many_arguments,
    reason = "the frame, the item and where it was placed"
)]
fn single_ui(
    ui: &egui::Ui,
    f: &Frame<'_>,
    data: &TimelineData,
    cx: &CanvasContext<'_>,
    index: usize,
    p: &crate::timeline::Placed,
    row: Rect,
    cmds: &mut Vec<Command>,
) -> Option<(Hit, Rect)> {
    let ei = *data.event_of_item.get(index)?;
    let look = item_look(data, cx, ei)?;
    let (hit_rect, label_x, text_color) = mark_ui(f, &look, p, row);
    let label_rect = if p.label_visible {
        let estimated_width = data
            .items
            .get(index)
            .map_or(f32::INFINITY, |it| it.label_width_px * f.scale);
        label_ui(f, &look, row, label_x, text_color, estimated_width).union(hit_rect)
    } else {
        hit_rect
    };
    let id = ui.scope_id().with(("event", ei));
    let r = ui.interact(label_rect, id, Sense::click());
    r.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, look.title));
    if let Hit::Event(ei) = look.hit {
        if r.clicked() {
            cmds.push(Command::Select(Selection::Event(ei)));
        }
        if r.double_clicked() {
            cmds.push(Command::ZoomToSelection);
        }
    }
    r.hovered().then_some((look.hit, label_rect))
}

/// Draws an event's bar or point; returns the rect that takes clicks, where its label
/// starts and the label's colour.
fn mark_ui(
    f: &Frame<'_>,
    look: &ItemLook<'_>,
    p: &crate::timeline::Placed,
    row: Rect,
) -> (Rect, f32, Color32) {
    let (pal, painter) = (f.pal, &f.painter);
    let color = if look.dim {
        look.color.gamma_multiply(0.25)
    } else {
        look.color
    };
    let w = p.x1_px - p.x0_px;
    let stroke = f.px(2.0);
    let (hit_rect, label_x) = if w >= f.px(6.0) {
        let bar = Rect::from_min_max(
            pos2(p.x0_px.max(f.left - 20.0), row.top()),
            pos2(p.x1_px.min(f.rect.right() + 20.0), row.bottom()),
        );
        soft_bar(painter, bar, color.gamma_multiply(0.55), look.soft, f.scale);
        if look.approximate {
            hatch(painter, bar, color.gamma_multiply(0.6), f.scale);
        }
        painter.line_segment(
            [bar.left_bottom(), bar.right_bottom()],
            Stroke::new(stroke, color),
        );
        if look.selected {
            painter.rect_stroke(
                bar.expand(stroke),
                f.px(4.0),
                Stroke::new(stroke, pal.selection),
                egui::StrokeKind::Outside,
            );
        }
        (bar, bar.left().max(f.left) + f.px(6.0))
    } else {
        let c = pos2(f32::midpoint(p.x0_px, p.x1_px), row.center().y);
        let r = f.px(5.5);
        let one = f.px(1.0);
        if look.time_of_day {
            painter.add(egui::Shape::convex_polygon(
                vec![
                    c + vec2(0.0, -r - one),
                    c + vec2(r + one, 0.0),
                    c + vec2(0.0, r + one),
                    c + vec2(-r - one, 0.0),
                ],
                color,
                Stroke::NONE,
            ));
        } else if look.approximate {
            painter.circle_stroke(c, r, Stroke::new(stroke, color));
        } else {
            painter.circle_filled(c, r, color);
        }
        if look.selected {
            painter.circle_stroke(c, r + f.px(3.5), Stroke::new(stroke, pal.selection));
        }
        (
            Rect::from_center_size(c, Vec2::splat(f.px(16.0))),
            c.x + f.px(10.0),
        )
    };
    let text_color = if look.dim {
        pal.weak.gamma_multiply(0.6)
    } else if look.selected {
        pal.selection
    } else {
        pal.text
    };
    (hit_rect, label_x, text_color)
}

/// An event's label: "✓ title · B2" (the review check and the grade; rejected titles are
/// struck out). Labels that would run off the canvas end in an ellipsis (the tooltip and
/// inspector show the full title); labels that fit keep an unbounded width, so panning
/// reuses their cached layout. Returns the rect the label covers.
fn label_ui(
    f: &Frame<'_>,
    look: &ItemLook<'_>,
    row: Rect,
    label_x: f32,
    text_color: Color32,
    estimated_width: f32,
) -> Rect {
    let room = (f.rect.right() - label_x - f.px(4.0)).max(f.px(24.0));
    let decorated = look.text.len() != look.title.len();
    let mut job = egui::text::LayoutJob::default();
    job.append(
        &look.text,
        0.0,
        egui::TextFormat {
            font_id: f.font(LABEL_SIZE),
            color: text_color,
            strikethrough: if look.rejected {
                Stroke::new(f.px(1.0), text_color)
            } else {
                Stroke::NONE
            },
            ..Default::default()
        },
    );
    if decorated || estimated_width + f.px(8.0) > room {
        job.wrap = egui::text::TextWrapping::truncate_at_width(room);
    }
    let g = f.painter.layout_job(job);
    let pos = pos2(label_x, row.center().y - g.size().y / 2.0);
    let label_rect = Rect::from_min_size(pos, g.size());
    let clip = Rect::from_min_max(
        pos2(f.left, row.top() - f.px(2.0)),
        pos2(f.rect.right(), row.bottom() + f.px(2.0)),
    );
    f.painter.with_clip_rect(clip).galley(pos, g, text_color);
    label_rect
}

/// A cluster: a badge with its count; a click zooms into it.
#[allow(
    clippy::too_many_arguments,
    reason = "the frame, the cluster and where it was placed"
)]
fn cluster_ui(
    ui: &egui::Ui,
    f: &Frame<'_>,
    data: &TimelineData,
    first: usize,
    count: usize,
    p: &crate::timeline::Placed,
    row: Rect,
    cmds: &mut Vec<Command>,
) -> Option<(Hit, Rect)> {
    let c = pos2(p.x0_px.max(f.left + f.px(10.0)), row.center().y);
    f.painter
        .circle_filled(c, f.px(10.0), f.pal.other.gamma_multiply(0.85));
    let text = count_badge(count);
    f.painter.text(
        c,
        Align2::CENTER_CENTER,
        &text,
        f.font(11.0),
        Color32::BLACK,
    );
    let (s, e) = cluster_extent(data, first, p, f);
    let hit = Rect::from_center_size(c, Vec2::splat(f.px(22.0)));
    let r = ui.interact(
        hit,
        ui.scope_id().with(("cluster", first, p.lane)),
        Sense::click(),
    );
    let label = format!("Cluster of {count} events");
    r.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, label.clone()));
    if r.clicked() {
        cmds.push(Command::ZoomToRange(s, e));
    }
    r.hovered().then_some((Hit::Cluster, hit))
}

/// The tooltip of what the pointer is over, with the event's provenance.
fn tooltip_ui(ui: &egui::Ui, hit: Hit, data: &TimelineData, b: &Briefing) {
    egui::Tooltip::always_open(
        ui.ctx().clone(),
        ui.layer_id(),
        ui.scope_id().with("tl_tip"),
        egui::PopupAnchor::Pointer,
    )
    .show(|ui| {
        ui.set_max_width(420.0);
        match hit {
            Hit::Event(ei) => {
                if let Some(e) = b.events.get(ei) {
                    ui.label(RichText::new(&e.title).strong());
                    ui.label(format!("{} · {}", e.date.display(), e.kind.as_str()));
                    let grade = e
                        .grade
                        .code()
                        .map_or_else(String::new, |c| format!(" · grade {c}"));
                    ui.label(RichText::new(format!("{}{grade}", e.review.as_str())).small());
                    ui.label(RichText::new(&*e.sentence).weak());
                    if e.corroboration() > 1 {
                        let outlets: Vec<&str> =
                            crate::model::mention::distinct_sources(e.mentions())
                                .into_iter()
                                .map(|s| b.outlet_of(s))
                                .collect();
                        ui.label(format!(
                            "Reported by {} sources: {}",
                            outlets.len(),
                            outlets.join(", ")
                        ));
                    }
                    for c in &e.conflicts {
                        let versions: Vec<String> = c
                            .versions
                            .iter()
                            .map(|v| format!("{} ({})", v.value, b.outlet_of(&v.source)))
                            .collect();
                        ui.label(
                            RichText::new(format!("⚠ Sources disagree: {}", versions.join(" vs ")))
                                .color(ui.visuals().warn_fg_color),
                        );
                    }
                    ui.label(
                        RichText::new("Click to select, double-click to zoom")
                            .small()
                            .weak(),
                    );
                }
            }
            Hit::Row(row) => {
                if let Some(r) = data.table.as_ref().and_then(|t| t.row(row)) {
                    ui.label(RichText::new(r.label).strong());
                    let (s, e) = (
                        date_label(r.start_secs as f64),
                        date_label(r.end_secs as f64),
                    );
                    let when = if r.end_secs > r.start_secs {
                        format!("{s} – {e}")
                    } else {
                        s
                    };
                    ui.label(format!("{when} · group {}", r.group));
                }
            }
            Hit::Cluster => {
                ui.label("Several events close together: click to zoom in.");
            }
        }
    });
}

fn cluster_extent(
    data: &TimelineData,
    first: usize,
    p: &crate::timeline::Placed,
    f: &Frame<'_>,
) -> (f64, f64) {
    let (view, left, width) = (&f.view, f.left, f.width);
    let s = data
        .items
        .get(first)
        .map_or_else(|| view.time_from_x(p.x0_px, left, width), |x| x.start_secs);
    let e = view.time_from_x(p.x1_px.max(p.x0_px + f.px(20.0)), left, width);
    (s.min(e), e.max(s + DAY_SECS))
}

/// A cluster's count, short enough for its badge: "12", "999", "12k", "340k", "1.2M".
fn count_badge(count: usize) -> String {
    match count {
        0..=999 => count.to_string(),
        1_000..=999_999 => format!("{}k", count / 1_000),
        _ if count < 10_000_000 => format!("{:.1}M", count as f64 / 1e6),
        _ => format!("{}M", count / 1_000_000),
    }
}

/// "3 Mar 2025" for a time in seconds since 1970; empty when the time is not a date chrono
/// can hold (a break or cluster read from a hostile file may span any number of seconds).
fn date_label(secs: f64) -> String {
    // `as` saturates (NaN becomes 0); `try_days` refuses what `Duration::days` would panic on.
    let days = (secs / DAY_SECS).floor() as i64;
    chrono::NaiveDate::from_ymd_opt(1970, 1, 1)
        .zip(chrono::TimeDelta::try_days(days))
        .and_then(|(epoch, offset)| epoch.checked_add_signed(offset))
        .map_or_else(String::new, |d| d.format("%-d %b %Y").to_string())
}

#[cfg(test)]
mod tests {
    use super::{DAY_SECS, count_badge, date_label};

    #[test]
    fn date_labels_of_any_time_do_not_panic() {
        assert_eq!(date_label(0.0), "1 Jan 1970");
        assert_eq!(date_label(20_000.0 * DAY_SECS), "4 Oct 2024");
        for secs in [
            f64::MAX,
            f64::MIN,
            f64::INFINITY,
            f64::NEG_INFINITY,
            f64::NAN,
            1e300,
        ] {
            let label = date_label(secs);
            assert!(secs.is_nan() || label.is_empty(), "{secs}: {label}");
        }
    }

    #[test]
    fn count_badges_stay_short() {
        for (n, text) in [
            (2, "2"),
            (999, "999"),
            (1_000, "1k"),
            (340_512, "340k"),
            (1_234_567, "1.2M"),
            (52_000_000, "52M"),
        ] {
            assert_eq!(count_badge(n), text);
        }
    }
}
