//! Inline SVG charts for the HTML report: burn-up lines, habit-tracker
//! grids and funnel bars. Plain strings, no scripts, no external resources.

use std::fmt::Write;

use jiff::ToSpan;
use jiff::civil::{Date, Weekday};

use super::html::escape;
use crate::describe::numbers::{number, quantity, short_date};
use crate::i18n::{Arg, Lang, msg};
use crate::model::Unit;
use crate::progress::{
    ActivityProgress, DayLevel, KeyResultProgress, Measure, StageProgress, Status, days_between,
};

/// The colour of a status, shared by bars, lines and badges.
pub fn status_color(status: Status) -> &'static str {
    match status {
        Status::Achieved | Status::OnTrack => "#1a7f37",
        Status::AtRisk => "#b35900",
        Status::OffTrack | Status::Missed => "#cf222e",
        Status::NotStarted | Status::Unknown | Status::Dropped => "#6e7781",
    }
}

const W: f64 = 440.0;
const H: f64 = 224.0;
const LEFT: f64 = 84.0;
const RIGHT: f64 = 16.0;
const TOP: f64 = 22.0;
const BOTTOM: f64 = 30.0;
const MUTED: &str = "#57606a";
/// The acceptable side of a guardrail.
pub const BAND: &str = "#dafbe1";

/// Maps dates and values into the plot area.
struct Frame {
    start: Date,
    days: f64,
    low: f64,
    high: f64,
}

impl Frame {
    fn x(&self, date: Date) -> f64 {
        LEFT + (W - LEFT - RIGHT) * days_between(self.start, date) as f64 / self.days
    }

    fn y(&self, value: f64) -> f64 {
        TOP + (H - TOP - BOTTOM) * (1.0 - (value - self.low) / (self.high - self.low))
    }
}

/// A label with a white halo, readable over the lines it may cross.
fn halo_text(svg: &mut String, class: &str, x: f64, y: f64, anchor: &str, fill: &str, text: &str) {
    let _ = write!(
        svg,
        r##"<text class="{class}" x="{x:.1}" y="{y:.1}" font-size="12" fill="{fill}" text-anchor="{anchor}" stroke="#fff" stroke-width="3" stroke-linejoin="round" paint-order="stroke">{}</text>"##,
        escape(text)
    );
}

/// A value on the axis: the number, with its unit when the unit is a sign
/// (`$900,000`, `1,8 %`); a counted word is said once, above the axis.
fn tick_label(value: f64, unit: &Unit, lang: Lang) -> String {
    match unit {
        Unit::Word(_) => number(value, lang),
        _ => quantity(value, unit, lang),
    }
}

/// `>=` as a reader writes it: `≥`.
fn comparison_sign(comparison: &str) -> &str {
    match comparison {
        ">=" => "≥",
        "<=" => "≤",
        other => other,
    }
}

/// A burn-up chart of a key result: its measured values (solid), the
/// straight line from baseline to target it is expected to follow, and the
/// trend line to the due date (dashed), over a value axis with round ticks.
/// A guardrail shows its threshold, labelled, with the acceptable side
/// shaded; milestones have no chart.
pub fn burn_up(k: &KeyResultProgress, today: Date, lang: Lang) -> Option<String> {
    let (baseline, target, keep) = match &k.measure {
        Measure::Change {
            baseline, target, ..
        } => (Some(*baseline), *target, None),
        Measure::Keep {
            threshold,
            comparison,
            ..
        } => (None, *threshold, Some(*comparison)),
        _ => return None,
    };
    let (start, due) = match k.timeline {
        Some(t) => (t.start, t.due),
        None => {
            let first = k.series.first()?.date;
            (first.min(today), today.max(first))
        }
    };
    // A recurring target spans its periods so far, not only the current one.
    let start = k.periods.first().map_or(start, |p| p.start.min(start));
    // Points before the window still show, at its left edge's date.
    let start = k.series.first().map_or(start, |p| p.date.min(start));
    // Once the period is over, the chart stops at the due date (or the last
    // late measurement) rather than stretching to today.
    let last = k.series.last().map_or(due, |p| p.date);
    let end = if today <= due { due } else { due.max(last) };
    let mut values: Vec<f64> = k.series.iter().map(|p| p.value).collect();
    values.push(target);
    values.extend(baseline);
    values.extend(k.periods.iter().flat_map(|p| [p.start_value, p.target]));
    let forecast_line = k.forecast.and_then(|f| {
        let at_due = f.at_due?;
        let mut from = f.since.max(start);
        let mut at_from = at_due - f.per_day * days_between(from, due) as f64;
        // A count never falls below zero: the trend drawn back past zero
        // starts where it crosses it, so the axis keeps no negative tick.
        if at_from < 0.0 && at_due >= 0.0 && f.per_day > 0.0 && values.iter().all(|v| *v >= 0.0) {
            let days = (at_due / f.per_day).floor() as i64;
            if let Ok(crossing) = due.checked_sub(jiff::Span::new().days(days)) {
                from = crossing.max(from);
                at_from = at_due - f.per_day * days_between(from, due) as f64;
            }
        }
        Some((from, at_from, due, at_due))
    });
    if let Some((_, a, _, b)) = forecast_line {
        values.extend([a, b]);
    }
    let (mut low, mut high) = values
        .iter()
        .fold((f64::INFINITY, f64::NEG_INFINITY), |(l, h), &v| {
            (l.min(v), h.max(v))
        });
    if (high - low).abs() < 1e-9 {
        let half = (high.abs() * 0.1).max(1.0);
        low -= half;
        high += half;
    }
    if keep.is_some() {
        // Both sides of a threshold show, so the band reads as a side.
        let span = high - low;
        low = low.min(target - span / 3.0);
        high = high.max(target + span / 3.0);
        if low < 0.0 && values.iter().all(|v| *v >= 0.0) {
            low = 0.0;
        }
    }
    let pad = (high - low) * 0.08;
    let frame = Frame {
        start,
        days: (days_between(start, end) as f64).max(1.0),
        low: low - pad,
        high: high + pad,
    };
    let color = status_color(k.status);
    let mut svg = String::new();
    let label = msg!(report_burnup_label, id = k.id.as_str()).render(lang);
    let _ = write!(
        svg,
        r#"<svg class="chart burnup" viewBox="0 0 {W} {H}" role="img" aria-label="{}" xmlns="http://www.w3.org/2000/svg">"#,
        escape(&label)
    );
    let plot_w = W - LEFT - RIGHT;
    let plot_h = H - TOP - BOTTOM;
    let _ = write!(
        svg,
        r##"<rect class="plot" x="{LEFT}" y="{TOP}" width="{plot_w:.1}" height="{plot_h:.1}" fill="#fff" stroke="#d0d7de"/>"##
    );
    let ty = frame.y(target);
    // A guardrail's acceptable side: from the threshold to the edge of the
    // plot it allows (below for `<=`, above for `>=`).
    if let Some(comparison) = keep {
        let (y, height) = if comparison.starts_with('<') {
            (ty, H - BOTTOM - ty)
        } else {
            (TOP, ty - TOP)
        };
        let _ = write!(
            svg,
            r#"<rect class="band" x="{LEFT}" y="{y:.1}" width="{plot_w:.1}" height="{height:.1}" fill="{BAND}"/>"#
        );
    }
    // The value axis: round ticks with light grid lines.
    let axis = super::scale::ticks(frame.low, frame.high, 4);
    for v in &axis {
        let y = frame.y(*v);
        let _ = write!(
            svg,
            r##"<line class="grid" x1="{LEFT}" y1="{y:.1}" x2="{:.1}" y2="{y:.1}" stroke="#eaeef2"/><text class="tick" x="{:.1}" y="{:.1}" font-size="12" fill="{MUTED}" text-anchor="end">{}</text>"##,
            W - RIGHT,
            LEFT - 6.0,
            y + 4.0,
            escape(&tick_label(*v, &k.unit, lang))
        );
    }
    if let Unit::Word(word) = &k.unit {
        let _ = write!(
            svg,
            r##"<text class="unit" x="2" y="12" font-size="11" fill="{MUTED}">{}</text>"##,
            escape(word)
        );
    }
    // The time axis: the first of each month between the ends.
    let mut month = start.first_of_month();
    // A month is named when clear of the name before it (the start date
    // is wider) and of the end date, which is written leftwards.
    let mut named: Option<f64> = None;
    while let Ok(next) = month.checked_add(1.month()) {
        month = next;
        if month >= end {
            break;
        }
        let x = frame.x(month);
        let _ = write!(
            svg,
            r##"<line class="month" x1="{x:.1}" y1="{:.1}" x2="{x:.1}" y2="{:.1}" stroke="#d0d7de"/>"##,
            H - BOTTOM,
            H - BOTTOM + 4.0
        );
        let clear = named.map_or(x - frame.x(start) >= 55.0, |at| x - at >= 34.0);
        if clear && frame.x(end) - x >= 60.0 {
            named = Some(x);
            let _ = write!(
                svg,
                r##"<text class="month" x="{x:.1}" y="{:.1}" font-size="10" fill="{MUTED}" text-anchor="middle">{}</text>"##,
                H - BOTTOM + 15.0,
                escape(&month_initials(month, lang))
            );
        }
    }
    let _ = write!(
        svg,
        r##"<line class="{}" x1="{LEFT}" y1="{ty:.1}" x2="{:.1}" y2="{ty:.1}" stroke="#8c959f" stroke-dasharray="2 3"/>"##,
        if keep.is_some() {
            "threshold"
        } else {
            "target"
        },
        W - RIGHT
    );
    if today >= start && today <= end {
        let x = frame.x(today);
        let _ = write!(
            svg,
            r##"<line class="today" x1="{x:.1}" y1="{TOP}" x2="{x:.1}" y2="{:.1}" stroke="#0969da" stroke-opacity="0.35"/>"##,
            H - BOTTOM
        );
        let anchor = if x > W - RIGHT - 40.0 {
            "end"
        } else {
            "middle"
        };
        let _ = write!(
            svg,
            r##"<text class="today" x="{x:.1}" y="{:.1}" font-size="10" fill="#0969da" text-anchor="{anchor}">{}</text>"##,
            TOP - 4.0,
            escape(&msg!(report_today).render(lang))
        );
    }
    // A recurring target: one expected line per period, from the value at
    // its start to its target — the steps.
    if !k.periods.is_empty() {
        let steps: Vec<String> = k
            .periods
            .iter()
            .map(|p| {
                format!(
                    "M{:.1},{:.1} L{:.1},{:.1} L{:.1},{:.1}",
                    frame.x(p.start),
                    frame.y(p.start_value),
                    frame.x(p.end),
                    frame.y(p.target),
                    frame.x(p.end),
                    // …then to the value reached, where the next step starts.
                    frame.y(p.value)
                )
            })
            .collect();
        let _ = write!(
            svg,
            r##"<path class="steps" d="{}" fill="none" stroke="#8c959f" stroke-width="1.5"/>"##,
            steps.join(" ")
        );
    }
    // Expected: baseline at the start to target on the due date.
    if let (Some(b), Some(t)) = (baseline, k.timeline.filter(|_| k.periods.is_empty())) {
        let _ = write!(
            svg,
            r##"<line class="expected" x1="{:.1}" y1="{:.1}" x2="{:.1}" y2="{:.1}" stroke="#8c959f" stroke-width="1.5"/>"##,
            frame.x(t.start),
            frame.y(b),
            frame.x(t.due),
            frame.y(target)
        );
    }
    if let Some((from, a, to, b)) = forecast_line {
        let _ = write!(
            svg,
            r##"<line class="forecast" x1="{:.1}" y1="{:.1}" x2="{:.1}" y2="{:.1}" stroke="{color}" stroke-width="2" stroke-dasharray="6 4" stroke-opacity="0.8"/>"##,
            frame.x(from),
            frame.y(a),
            frame.x(to),
            frame.y(b)
        );
    }
    // Actual: from the baseline at the start through every measurement.
    let mut points: Vec<(f64, f64)> = Vec::new();
    if let (Some(b), Some(t)) = (baseline, k.timeline)
        && k.series.first().is_none_or(|p| p.date > t.start)
    {
        points.push((frame.x(t.start), frame.y(b)));
    }
    points.extend(k.series.iter().map(|p| (frame.x(p.date), frame.y(p.value))));
    if points.len() > 1 {
        let path: Vec<String> = points
            .iter()
            .map(|(x, y)| format!("{x:.1},{y:.1}"))
            .collect();
        let _ = write!(
            svg,
            r#"<polyline class="actual" points="{}" fill="none" stroke="{color}" stroke-width="2.5" stroke-linejoin="round"/>"#,
            path.join(" ")
        );
    }
    for p in &k.series {
        let _ = write!(
            svg,
            r#"<circle class="measure" cx="{:.1}" cy="{:.1}" r="3" fill="{color}"><title>{}: {}</title></circle>"#,
            frame.x(p.date),
            frame.y(p.value),
            escape(&short_date(p.date, lang)),
            escape(&quantity(p.value, &k.unit, lang))
        );
    }
    // The target or threshold, named on its line at the left, where the
    // lines are furthest from it (they start at the baseline).
    let value = quantity(target, &k.unit, lang);
    let name = match keep {
        Some(c) => msg!(
            report_threshold_label,
            sign = comparison_sign(c),
            value = value
        ),
        None => msg!(report_target_label, value = value),
    }
    .render(lang);
    // Above the line, unless the line is at the top of the plot.
    let label_y = if ty - TOP > 16.0 { ty - 5.0 } else { ty + 14.0 };
    halo_text(
        &mut svg,
        "target-label",
        LEFT + 6.0,
        label_y,
        "start",
        "#24292f",
        &name,
    );
    // The dates at the ends.
    let axis_y = H - BOTTOM + 15.0;
    let _ = write!(
        svg,
        r##"<text class="date" x="{LEFT}" y="{axis_y}" font-size="11" fill="{MUTED}">{}</text><text class="date" x="{:.1}" y="{axis_y}" font-size="11" fill="{MUTED}" text-anchor="end">{}</text>"##,
        escape(&short_date(start, lang)),
        W - RIGHT,
        escape(&short_date(end, lang))
    );
    svg.push_str("</svg>");
    Some(svg)
}

const CELL: f64 = 13.0;
const GAP: f64 = 3.0;
const WEEKS: i64 = 13;

/// A habit-tracker grid: one column per ISO week (the last 13), one cell
/// per day, Monday on top, coloured by the day's count against the rate.
pub fn activity_grid(a: &ActivityProgress, today: Date, lang: Lang) -> String {
    let monday = today
        .checked_sub(i64::from(today.weekday().to_monday_zero_offset()).days())
        .unwrap_or(today);
    let first = monday
        .checked_sub(((WEEKS - 1) * 7).days())
        .unwrap_or(monday);
    let top = 14.0;
    let left = 26.0;
    let width = left + WEEKS as f64 * (CELL + GAP);
    let height = top + 7.0 * (CELL + GAP);
    let mut svg = String::new();
    let label = msg!(report_daily_log_label, id = a.id.as_str()).render(lang);
    let _ = write!(
        svg,
        r#"<svg class="chart grid" viewBox="0 0 {width} {height}" role="img" aria-label="{}" xmlns="http://www.w3.org/2000/svg">"#,
        escape(&label)
    );
    let days = msg!(report_weekday_letters).render(lang);
    for (row, letter) in days.chars().enumerate() {
        if row % 2 == 0 {
            let _ = write!(
                svg,
                r##"<text x="0" y="{:.1}" font-size="10" fill="#57606a">{letter}</text>"##,
                top + row as f64 * (CELL + GAP) + CELL - 2.0
            );
        }
    }
    let marks: std::collections::HashMap<Date, (f64, DayLevel)> = a
        .days
        .iter()
        .map(|m| (m.date, (m.count, m.level)))
        .collect();
    let mut day = first;
    let mut last_month = None;
    while day <= today {
        let col = days_between(first, day) / 7;
        let row = i64::from(day.weekday().to_monday_zero_offset());
        let x = left + col as f64 * (CELL + GAP);
        let y = top + row as f64 * (CELL + GAP);
        // A month's name over the first week that starts in it (or over the
        // first column, when most of its month is still to come).
        let month_starts = day.day() <= 7 || (col == 0 && day.day() <= 21);
        if day.weekday() == Weekday::Monday
            && month_starts
            && last_month.is_none_or(|at| col - at >= 3)
        {
            last_month = Some(col);
            let _ = write!(
                svg,
                r##"<text x="{x:.1}" y="10" font-size="10" fill="#57606a">{}</text>"##,
                escape(&month_initials(day, lang))
            );
        }
        let (count, level, class) = match marks.get(&day) {
            Some(&(count, level)) => (count, Some(level), level_class(level)),
            None => (0.0, None, "outside"),
        };
        let fill = match level {
            Some(DayLevel::Met) => "#2da44e",
            Some(DayLevel::Partial) => "#a6e3b2",
            Some(DayLevel::Empty) => "#e5e8eb",
            Some(DayLevel::Rest) => "#f6f8fa",
            None => "#ffffff",
        };
        let _ = write!(
            svg,
            r##"<rect class="day {class}" x="{x:.1}" y="{y:.1}" width="{CELL}" height="{CELL}" rx="2" fill="{fill}" stroke="#d0d7de" stroke-width="0.5"><title>{}: {}</title></rect>"##,
            escape(&short_date(day, lang)),
            escape(&number(count, lang))
        );
        let Ok(next) = day.tomorrow() else { break };
        day = next;
    }
    svg.push_str("</svg>");
    svg
}

fn level_class(level: DayLevel) -> &'static str {
    match level {
        DayLevel::Met => "met",
        DayLevel::Partial => "partial",
        DayLevel::Empty => "empty",
        DayLevel::Rest => "rest",
    }
}

fn month_initials(day: Date, lang: Lang) -> String {
    msg!(report_month_axis, month = day.month()).render(lang)
}

/// One bar per stage: what it needs (light) and what it has (coloured by
/// status), each stage on its own scale.
pub fn funnel_bars(stages: &[StageProgress], lang: Lang) -> String {
    let row = 34.0;
    let label_w = 150.0;
    let bar_w = 330.0;
    let width = label_w + bar_w + 150.0;
    let height = row * stages.len() as f64 + 4.0;
    let mut svg = String::new();
    let _ = write!(
        svg,
        r#"<svg class="chart funnel" viewBox="0 0 {width} {height}" role="img" aria-label="{}" xmlns="http://www.w3.org/2000/svg">"#,
        escape(&msg!(report_funnel_needed_and_actual_per).render(lang))
    );
    for (i, s) in stages.iter().enumerate() {
        let y = 4.0 + i as f64 * row;
        // Each stage is narrower than the one above, as a funnel is.
        let inset = (i as f64 * 18.0).min(bar_w / 3.0);
        let full = bar_w - inset;
        let x = label_w + inset / 2.0;
        let _ = write!(
            svg,
            r##"<text x="0" y="{:.1}" font-size="13" fill="#24292f">{}</text>"##,
            y + 17.0,
            escape(&s.id)
        );
        let _ = write!(
            svg,
            r##"<rect class="needed" x="{x:.1}" y="{y:.1}" width="{full:.1}" height="24" rx="3" fill="#eaeef2"/>"##
        );
        if let Some(p) = s.percent {
            let _ = write!(
                svg,
                r#"<rect class="actual" x="{x:.1}" y="{y:.1}" width="{:.1}" height="24" rx="3" fill="{}"/>"#,
                full * p.clamp(0.0, 100.0) / 100.0,
                status_color(s.status)
            );
        }
        // A number selects the plural (`1 nécessaire`); — when unknown.
        let needed = s.needed.map_or_else(|| Arg::from("—"), Arg::from);
        let text = match s.actual {
            Some(a) => msg!(
                report_stage_actual_of,
                actual = number(a, lang),
                needed = needed
            ),
            None => msg!(report_stage_needed, needed = needed),
        }
        .render(lang);
        let _ = write!(
            svg,
            r##"<text x="{:.1}" y="{:.1}" font-size="12" fill="#24292f">{}</text>"##,
            label_w + bar_w + 10.0,
            y + 17.0,
            escape(&text)
        );
    }
    svg.push_str("</svg>");
    svg
}

/// A horizontal bar of `percent`, in the status's colour.
pub fn bar(percent: Option<f64>, status: Status) -> String {
    let width = percent.unwrap_or(0.0).clamp(0.0, 100.0) * 2.0;
    format!(
        r##"<svg class="bar" viewBox="0 0 200 10" preserveAspectRatio="none" xmlns="http://www.w3.org/2000/svg"><rect width="200" height="10" rx="3" fill="#eaeef2"/><rect width="{width:.1}" height="10" rx="3" fill="{}"/></svg>"##,
        status_color(status)
    )
}
