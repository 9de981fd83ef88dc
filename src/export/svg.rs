//! The timeline as a standalone SVG: the same layout as the app (calendar ticks, axis
//! breaks, lanes, clusters, spans with soft edges for coarse dates, the reference-date
//! marker), drawn for a fixed size. Deterministic: no "today" marker, fixed number formats,
//! text widths estimated from a per-character table rather than from installed fonts.

use super::ImageOptions;
use crate::model::{Briefing, Event, EventKind, Precision};
use crate::timeline::{
    LayoutParams, MARKER_WIDTH_PX, Placed, PlacedKind, TimeView, TimelineData, layout_items,
    segment_ticks,
};
use std::fmt::Write as _;

const LANE_H: f32 = 34.0;
const AXIS_H: f32 = 56.0;
const TITLE_H: f32 = 64.0;
const TOP_PAD: f32 = 40.0;
const LABEL_PX: f32 = 15.0;
const TICK_PX: f32 = 13.0;

/// Colours of the exported figure.
struct Colors {
    bg: &'static str,
    text: &'static str,
    weak: &'static str,
    axis: &'static str,
    grid: &'static str,
    news: &'static str,
    background: &'static str,
    upcoming: &'static str,
    other: &'static str,
    reference: &'static str,
}

const LIGHT: Colors = Colors {
    bg: "#ffffff",
    text: "#1a1a1a",
    weak: "#666666",
    axis: "#9a9a9a",
    grid: "#e6e6e6",
    news: "#c87300",
    background: "#285ab4",
    upcoming: "#148c50",
    other: "#00828c",
    reference: "#c87300",
};

const DARK: Colors = Colors {
    bg: "#181a1f",
    text: "#e1e1e1",
    weak: "#8c8c8c",
    axis: "#5a5a5a",
    grid: "#2a2d33",
    news: "#f5a623",
    background: "#6e96dc",
    upcoming: "#50c88c",
    other: "#50bec8",
    reference: "#f5a623",
};

/// Estimated advance of a character in Inter at `size` px (within a few per cent for Latin,
/// Greek and Cyrillic text; exact widths would need the font, and must not depend on the
/// machine for byte-identical output).
pub fn text_width(text: &str, size: f32) -> f32 {
    let em: f32 = text
        .chars()
        .map(|c| match c {
            'i' | 'l' | 'j' | '\'' | '’' | '|' | '.' | ',' | ':' | ';' | '!' => 0.27,
            'f' | 't' | 'r' | 'I' | '(' | ')' | '[' | ']' | '-' | ' ' => 0.36,
            'm' | 'w' | 'M' | 'W' | 'Ш' | 'Щ' | 'Ж' | 'ш' | 'щ' | 'ж' | '—' => 0.86,
            c if c.is_uppercase() => 0.68,
            c if c.is_ascii_digit() => 0.6,
            _ => 0.56,
        })
        .sum();
    em * size
}

/// Escapes text for SVG/XML/HTML content and attribute values. Characters XML forbids
/// (see [`is_writable_char`]) are dropped, so the output is always well-formed.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c if is_writable_char(c) => out.push(c),
            _ => {}
        }
    }
    out
}

/// True for a character Briefline writes into XML and HTML: XML 1.0's `Char` production
/// (which leaves out the C0 controls but tab, line feed and carriage return, and U+FFFE and
/// U+FFFF), less the other control characters and the noncharacters (U+FDD0–U+FDEF and the
/// last two code points of every plane), which HTML reports as parse errors. Carriage
/// returns are dropped too: they only come from line endings.
pub fn is_writable_char(c: char) -> bool {
    let n = u32::from(c);
    let noncharacter = (0xFDD0..=0xFDEF).contains(&n) || (n & 0xFFFE) == 0xFFFE;
    (c == '\n' || c == '\t' || !c.is_control()) && !noncharacter
}

fn n(v: f32) -> String {
    // One decimal, no "-0.0": stable text for byte-identical output.
    let r = (v * 10.0).round() / 10.0;
    let r = if r == 0.0 { 0.0 } else { r };
    format!("{r:.1}")
}

fn color_of(c: &Colors, kind: EventKind) -> &'static str {
    match kind {
        EventKind::News => c.news,
        EventKind::Background => c.background,
        EventKind::Upcoming => c.upcoming,
        EventKind::Other => c.other,
    }
}

/// Truncates `text` with an ellipsis to fit `max_px`.
fn fit_text(text: &str, size: f32, max_px: f32) -> String {
    if text_width(text, size) <= max_px {
        return text.to_owned();
    }
    let mut out = String::new();
    for ch in text.chars() {
        if text_width(&out, size) + text_width(&format!("{ch}…"), size) > max_px {
            break;
        }
        out.push(ch);
    }
    format!("{}…", out.trim_end())
}

/// Where things go on the image: the plot's left edge and width, the top of the lanes, the
/// axis line, and the lane height and label size after scaling for sparse briefings.
struct Frame<'c> {
    c: &'c Colors,
    h: f32,
    left: f32,
    plot_w: f32,
    top: f32,
    axis_y: f32,
    scale: f32,
    lane_h: f32,
    text_px: f32,
}

/// Renders the timeline as SVG.
pub fn timeline_svg(b: &Briefing, opts: &ImageOptions) -> String {
    let c = if opts.dark { &DARK } else { &LIGHT };
    let w = opts.width.max(320) as f32;
    let h = opts.height.max(200) as f32;
    let base = TimelineData::build(b, opts.compress_gaps, &|s: &str| text_width(s, LABEL_PX));
    let scale = sparse_scale(&base, opts, w, h);
    let text_px = LABEL_PX * scale;
    let data = if (scale - 1.0).abs() < f32::EPSILON {
        base
    } else {
        TimelineData::build(b, opts.compress_gaps, &|s: &str| text_width(s, text_px))
    };
    let frame = Frame {
        c,
        h,
        left: 24.0,
        plot_w: w - 48.0,
        top: TITLE_H + TOP_PAD,
        axis_y: h - AXIS_H,
        scale,
        lane_h: LANE_H * scale,
        text_px,
    };
    let view = opts
        .view
        .or_else(|| data.fit_view(frame.plot_w))
        .unwrap_or_else(|| TimeView::new(0.0, 365.0 * 86_400.0));
    let mut s = String::new();
    write_head(&mut s, b, &frame, w);
    write_ticks(&mut s, &frame, &view, &data);
    write_breaks(&mut s, &frame, &view, &data);
    write_reference_marker(&mut s, b, &frame, &view, &data);
    write_events(&mut s, b, &frame, &view, &data);
    if !data.unresolved.is_empty() {
        let _ = writeln!(
            s,
            r#"<text x="{}" y="{}" font-size="12" fill="{}">{} undated event(s) not shown: set the reference date</text>"#,
            n(frame.left),
            n(h - 8.0),
            c.weak,
            data.unresolved.len()
        );
    }
    s.push_str("</svg>\n");
    s
}

/// Sparse briefings get larger type and lanes so a slide is not mostly empty: lay out at
/// the base size, see how many lanes are used, and scale up to fill the height (at most 1.5×).
fn sparse_scale(base: &TimelineData, opts: &ImageOptions, w: f32, h: f32) -> f32 {
    let plot_w0 = w - 48.0;
    let lanes_h0 = (h - AXIS_H) - (TITLE_H + TOP_PAD) - 8.0;
    let used = base.fit_view(plot_w0).map_or(1, |v| {
        let max_lanes = ((lanes_h0 / LANE_H).floor() as usize).max(1);
        let p = LayoutParams {
            left_px: 24.0,
            width_px: plot_w0,
            max_lanes,
            min_gap_px: 12.0,
            marker_width_px: MARKER_WIDTH_PX,
        };
        layout_items(&base.items, opts.view.as_ref().unwrap_or(&v), &p)
            .iter()
            .map(|x| x.lane + 1)
            .max()
            .unwrap_or(1)
    });
    (lanes_h0 / (used as f32 * LANE_H * 1.6)).clamp(1.0, 1.5)
}

/// The `<svg>` element, background, soft-edge gradients, title and source line.
fn write_head(s: &mut String, b: &Briefing, f: &Frame<'_>, w: f32) {
    let c = f.c;
    let _ = write!(
        s,
        r#"<svg xmlns="http://www.w3.org/2000/svg" width="{w}" height="{h}" viewBox="0 0 {w} {h}" font-family="Inter, 'Helvetica Neue', Arial, sans-serif" role="img" aria-label="{}">"#,
        escape(&format!("Timeline: {}", b.meta.title)),
        w = n(w),
        h = n(f.h)
    );
    s.push('\n');
    let _ = writeln!(s, r#"<rect width="100%" height="100%" fill="{}"/>"#, c.bg);
    // Soft-edged fills for spans whose date is coarse (a year, a month, a week).
    s.push_str("<defs>");
    for kind in EventKind::ALL {
        let col = color_of(c, kind);
        let _ = write!(
            s,
            r#"<linearGradient id="soft-{}" x1="0" x2="1"><stop offset="0" stop-color="{col}" stop-opacity="0"/><stop offset="0.15" stop-color="{col}" stop-opacity="0.45"/><stop offset="0.85" stop-color="{col}" stop-opacity="0.45"/><stop offset="1" stop-color="{col}" stop-opacity="0"/></linearGradient>"#,
            kind.as_str()
        );
    }
    s.push_str("</defs>\n");
    let _ = writeln!(
        s,
        r#"<text x="{}" y="30" font-size="20" font-weight="600" fill="{}">{}</text>"#,
        n(f.left),
        c.text,
        escape(&fit_text(&b.meta.title, 20.0, f.plot_w))
    );
    let mut sub = Vec::new();
    if let Some(o) = &b.meta.outlet {
        sub.push(o.clone());
    }
    if let Some(r) = b.meta.reference_date {
        sub.push(format!("reference date {}", r.format("%-d %b %Y")));
    }
    let _ = writeln!(
        s,
        r#"<text x="{}" y="52" font-size="13" fill="{}">{}</text>"#,
        n(f.left),
        c.weak,
        escape(&sub.join(" · "))
    );
}

/// Calendar ticks with their labels (major ones with a grid line), then the axis line.
fn write_ticks(s: &mut String, f: &Frame<'_>, view: &TimeView, data: &TimelineData) {
    let (c, left, plot_w, top, axis_y) = (f.c, f.left, f.plot_w, f.top, f.axis_y);
    let tick_w = |s: &str| text_width(s, TICK_PX);
    for pt in segment_ticks(view, &data.axis, left, plot_w, 8.0, &tick_w) {
        let x = pt.x_px;
        if pt.tick.major {
            let _ = writeln!(
                s,
                r#"<line x1="{x}" y1="{}" x2="{x}" y2="{}" stroke="{}" stroke-width="1"/>"#,
                n(top - 8.0),
                n(axis_y),
                c.grid,
                x = n(x)
            );
        }
        let len = if pt.tick.major { 8.0 } else { 4.0 };
        let _ = writeln!(
            s,
            r#"<line x1="{x}" y1="{}" x2="{x}" y2="{}" stroke="{}" stroke-width="1"/>"#,
            n(axis_y),
            n(axis_y + len),
            c.axis,
            x = n(x)
        );
        if !pt.tick.label.is_empty() {
            let _ = writeln!(
                s,
                r#"<text x="{}" y="{}" font-size="{}" fill="{}">{}</text>"#,
                n(x + 3.0),
                n(axis_y + 24.0),
                n(TICK_PX),
                if pt.tick.major { c.text } else { c.weak },
                escape(&pt.tick.label)
            );
        }
    }
    let _ = writeln!(
        s,
        r#"<line x1="{}" y1="{y}" x2="{}" y2="{y}" stroke="{}" stroke-width="1.5"/>"#,
        n(left),
        n(left + plot_w),
        c.axis,
        y = n(axis_y)
    );
}

/// Axis breaks: a shaded band between two zigzag lines, labelled with the time left out.
fn write_breaks(s: &mut String, f: &Frame<'_>, view: &TimeView, data: &TimelineData) {
    let (c, left, plot_w, top, axis_y) = (f.c, f.left, f.plot_w, f.top, f.axis_y);
    for br in data.axis.breaks() {
        let x0 = view.x_from_time(br.virtual_start, left, plot_w);
        let x1 = view.x_from_time(br.virtual_end, left, plot_w);
        if x1 < left || x0 > left + plot_w || x1 - x0 < 2.0 {
            continue;
        }
        let _ = writeln!(
            s,
            r#"<rect x="{}" y="{}" width="{}" height="{}" fill="{}" opacity="0.5"/>"#,
            n(x0),
            n(top - 10.0),
            n(x1 - x0),
            n(axis_y + 40.0 - top),
            c.grid
        );
        for x in [x0, x1] {
            let mut pts = String::new();
            let mut y = top - 10.0;
            let mut k = 0;
            while y < axis_y + 30.0 {
                let _ = write!(
                    pts,
                    "{},{} ",
                    n(x + if k % 2 == 0 { -3.0 } else { 3.0 }),
                    n(y)
                );
                y += 6.0;
                k += 1;
            }
            let _ = writeln!(
                s,
                r#"<polyline points="{}" fill="none" stroke="{}" stroke-width="1"/>"#,
                pts.trim_end(),
                c.axis
            );
        }
        let lw = text_width(&br.label, 12.0) + 12.0;
        let cx = f32::midpoint(x0, x1);
        let _ = writeln!(
            s,
            r#"<rect x="{}" y="{}" width="{}" height="18" rx="9" fill="{}" stroke="{}"/><text x="{}" y="{}" font-size="12" text-anchor="middle" fill="{}">{}</text>"#,
            n(cx - lw / 2.0),
            n(top - 30.0),
            n(lw),
            c.bg,
            c.axis,
            n(cx),
            n(top - 17.0),
            c.text,
            escape(&br.label)
        );
    }
}

/// The dashed reference-date line and its label, if the date is in view.
fn write_reference_marker(
    s: &mut String,
    b: &Briefing,
    f: &Frame<'_>,
    view: &TimeView,
    data: &TimelineData,
) {
    let Some(r) = b.meta.reference_date else {
        return;
    };
    let (left, plot_w) = (f.left, f.plot_w);
    let secs = crate::model::days_since_epoch_public(r) as f64 * 86_400.0;
    let x = view.x_from_time(data.axis.virtual_from_real(secs), left, plot_w);
    if (left..=left + plot_w).contains(&x) {
        let label = format!("Reference {}", r.format("%-d %b %Y"));
        let right = x + 4.0 + text_width(&label, 12.0) > left + plot_w;
        let _ = writeln!(
            s,
            r#"<line x1="{x}" y1="{}" x2="{x}" y2="{}" stroke="{col}" stroke-width="1.5" stroke-dasharray="5 4"/><text x="{}" y="{}" font-size="12" fill="{col}" text-anchor="{}">{}</text>"#,
            n(f.top - 4.0),
            n(f.axis_y),
            n(if right { x - 4.0 } else { x + 4.0 }),
            n(TITLE_H + 10.0),
            if right { "end" } else { "start" },
            escape(&label),
            x = n(x),
            col = f.c.reference
        );
    }
}

/// The events laid out in lanes: single events and clusters.
fn write_events(s: &mut String, b: &Briefing, f: &Frame<'_>, view: &TimeView, data: &TimelineData) {
    let max_lanes = (((f.axis_y - f.top - 8.0) / f.lane_h).floor() as usize).max(1);
    let params = LayoutParams {
        left_px: f.left,
        width_px: f.plot_w,
        max_lanes,
        min_gap_px: 12.0,
        marker_width_px: MARKER_WIDTH_PX * f.scale,
    };
    for p in layout_items(&data.items, view, &params) {
        let y = f.top + p.lane as f32 * f.lane_h;
        let bar = Bar {
            top: y + 4.0 * f.scale,
            h: f.lane_h - 12.0 * f.scale,
        };
        match &p.kind {
            PlacedKind::Single { index } => {
                let Some(e) = data
                    .event_of_item
                    .get(*index)
                    .and_then(|&i| b.events.get(i))
                else {
                    continue;
                };
                write_single(s, f, &p, bar, e);
            }
            PlacedKind::Cluster { count, .. } => write_cluster(s, f, &p, bar, *count),
        }
    }
}

/// The vertical extent of an item's bar in its lane.
#[derive(Clone, Copy)]
struct Bar {
    top: f32,
    h: f32,
}

/// One event: a span (soft-edged if its date is coarse) or a dot (hollow if approximate),
/// and its title where it fits.
fn write_single(s: &mut String, f: &Frame<'_>, p: &Placed, bar: Bar, e: &Event) {
    let (c, left, plot_w, scale) = (f.c, f.left, f.plot_w, f.scale);
    let (bar_top, bar_h) = (bar.top, bar.h);
    let col = color_of(c, e.kind);
    let (x0, x1) = (p.x0_px.max(left - 10.0), p.x1_px.min(left + plot_w + 10.0));
    let label_x = if x1 - x0 >= 6.0 {
        let soft = matches!(
            e.date.precision,
            Precision::Year | Precision::Month | Precision::Week
        );
        let fill = if soft {
            format!("url(#soft-{})", e.kind.as_str())
        } else {
            col.to_owned()
        };
        let opacity = if soft { "1" } else { "0.45" };
        let _ = writeln!(
            s,
            r#"<rect x="{}" y="{}" width="{}" height="{}" rx="3" fill="{fill}" fill-opacity="{opacity}"/>"#,
            n(x0),
            n(bar_top),
            n(x1 - x0),
            n(bar_h)
        );
        let _ = writeln!(
            s,
            r#"<line x1="{}" y1="{y}" x2="{}" y2="{y}" stroke="{col}" stroke-width="2"/>"#,
            n(x0),
            n(x1),
            y = n(bar_top + bar_h)
        );
        x0.max(left) + 6.0
    } else {
        let cx = f32::midpoint(p.x0_px, p.x1_px);
        let cy = bar_top + bar_h / 2.0;
        if e.date.approximate {
            let _ = writeln!(
                s,
                r#"<circle cx="{}" cy="{}" r="{}" fill="none" stroke="{col}" stroke-width="2"/>"#,
                n(cx),
                n(cy),
                n(6.0 * scale)
            );
        } else {
            let _ = writeln!(
                s,
                r#"<circle cx="{}" cy="{}" r="{}" fill="{col}"/>"#,
                n(cx),
                n(cy),
                n(6.0 * scale)
            );
        }
        cx + 11.0 * scale
    };
    let room = left + plot_w - label_x;
    if p.label_visible && room > 24.0 {
        let _ = writeln!(
            s,
            r#"<text x="{}" y="{}" font-size="{}" fill="{}">{}</text>"#,
            n(label_x),
            n(bar_top + bar_h / 2.0 + f.text_px * 0.35),
            n(f.text_px),
            c.text,
            escape(&fit_text(&e.title, f.text_px, room))
        );
    }
}

/// A cluster of events too close to draw apart: a disc with their count.
fn write_cluster(s: &mut String, f: &Frame<'_>, p: &Placed, bar: Bar, count: usize) {
    let (c, scale) = (f.c, f.scale);
    let r = 11.0 * scale;
    let cx = p.x0_px.max(f.left + 10.0);
    let cy = bar.top + bar.h / 2.0;
    let _ = writeln!(
        s,
        r#"<circle cx="{}" cy="{}" r="{}" fill="{}"/><text x="{}" y="{}" font-size="{}" text-anchor="middle" fill="{}">{}</text>"#,
        n(cx),
        n(cy),
        n(r),
        c.other,
        n(cx),
        n(cy + 4.0 * scale),
        n(11.0 * scale),
        c.bg,
        if count > 999 {
            "999+".to_owned()
        } else {
            count.to_string()
        }
    );
}
