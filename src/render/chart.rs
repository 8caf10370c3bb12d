//! The coverage chart of the HTML report: inline SVG (no script, no
//! network), bars of involvement by year against the target ladder. It
//! scales with the page (a `viewBox`, no fixed size) and prints in black and
//! white: targets are a dashed line in steps (a target holds for its whole
//! year), values solid bars labelled with their figure. The axis runs to a
//! round figure above the highest bar or target, so a 0.6 % is a bar one can
//! see, not a one-pixel line under a 0–100 % axis.

use std::fmt::Write;

use crate::i18n::I18n;
use mentor_core::report::HistoryYear;

const WIDTH: f64 = 480.0;
const HEIGHT: f64 = 270.0;
const LEFT: f64 = 44.0;
const RIGHT: f64 = 12.0;
const TOP: f64 = 16.0;
const BOTTOM: f64 = 48.0;

/// Involvement (bars) and its target (dashed line) for every year.
pub fn involvement(history: &[HistoryYear], i18n: &I18n) -> String {
    let mut svg = String::new();
    let title = i18n.get("report-chart-title");
    let plot_h = HEIGHT - TOP - BOTTOM;
    let highest = history
        .iter()
        .flat_map(|h| [h.value, h.target])
        .flatten()
        .fold(0.0_f64, f64::max);
    let step = axis_step(highest);
    let top = step * 4.0;
    let y = |percent: f64| TOP + plot_h * (1.0 - percent.clamp(0.0, top) / top);
    let slot = (WIDTH - LEFT - RIGHT) / history.len().max(1) as f64;
    let x = |i: usize| LEFT + slot * (i as f64 + 0.5);
    // Writing to a String cannot fail.
    let _ = write!(
        svg,
        r##"<svg class="chart" viewBox="0 0 {WIDTH} {HEIGHT}" role="img" aria-labelledby="chart-title" xmlns="http://www.w3.org/2000/svg" font-family="sans-serif" font-size="14"><title id="chart-title">{}</title>"##,
        escape(&title)
    );
    for tick in 0..=4 {
        let p = step * f64::from(tick);
        let py = y(p);
        let _ = write!(
            svg,
            r##"<line x1="{LEFT}" x2="{}" y1="{py:.1}" y2="{py:.1}" stroke="#ccc" stroke-width="1"/><text x="{}" y="{:.1}" text-anchor="end" fill="#444">{}</text>"##,
            WIDTH - RIGHT,
            LEFT - 6.0,
            py + 4.0,
            escape(&I18n::percent_in(i18n.lang, p))
        );
    }
    let bar = (slot * 0.5).min(60.0);
    for (i, h) in history.iter().enumerate() {
        let cx = x(i);
        match h.value {
            Some(v) => {
                let top = y(v);
                let shown = escape(&I18n::percent_in(i18n.lang, v));
                let _ = write!(
                    svg,
                    r##"<rect class="value" x="{:.1}" y="{top:.1}" width="{bar:.1}" height="{:.1}" fill="#2f6db5"><title>{} {}: {shown}</title></rect><text x="{cx:.1}" y="{:.1}" text-anchor="middle" fill="#000">{shown}</text>"##,
                    cx - bar / 2.0,
                    (y(0.0) - top).max(0.0),
                    escape(&i18n.get("report-involvement")),
                    h.year,
                    (top - 4.0).max(TOP + 10.0)
                );
            }
            None => {
                let _ = write!(
                    svg,
                    r##"<text x="{cx:.1}" y="{:.1}" text-anchor="middle" fill="#666">—</text>"##,
                    y(0.0) - 4.0
                );
            }
        }
        let _ = write!(
            svg,
            r##"<text x="{cx:.1}" y="{:.1}" text-anchor="middle" fill="#000">{}</text>"##,
            y(0.0) + 16.0,
            h.year
        );
    }
    // The ladder in steps: each year's target across its slot, joined to
    // the next year's; a year without a target breaks the line.
    let mut path = String::new();
    let mut joined = false;
    for (i, h) in history.iter().enumerate() {
        let Some(target) = h.target else {
            joined = false;
            continue;
        };
        let (from, to, py) = (x(i) - slot / 2.0, x(i) + slot / 2.0, y(target));
        let _ = match joined {
            true => write!(path, " L{from:.1},{py:.1} L{to:.1},{py:.1}"),
            false => write!(path, " M{from:.1},{py:.1} L{to:.1},{py:.1}"),
        };
        joined = true;
    }
    if !path.is_empty() {
        let _ = write!(
            svg,
            r##"<path class="target" d="{}" fill="none" stroke="#c0392b" stroke-width="2" stroke-dasharray="6 4"/>"##,
            path.trim_start()
        );
    }
    // The legend, under the years.
    let ly = HEIGHT - 10.0;
    let _ = write!(
        svg,
        r##"<rect x="{LEFT}" y="{:.1}" width="12" height="12" fill="#2f6db5"/><text x="{:.1}" y="{ly:.1}">{}</text><line x1="{:.1}" x2="{:.1}" y1="{:.1}" y2="{:.1}" stroke="#c0392b" stroke-width="2" stroke-dasharray="6 4"/><text x="{:.1}" y="{ly:.1}">{}</text></svg>"##,
        ly - 10.0,
        LEFT + 18.0,
        escape(&i18n.get("report-involvement")),
        LEFT + 200.0,
        LEFT + 230.0,
        ly - 4.0,
        ly - 4.0,
        LEFT + 236.0,
        escape(&i18n.get("report-target-ladder")),
    );
    svg
}

/// A round step for four gridlines that reach above `highest` (a tenth
/// of headroom), at most 25 (the axis never runs past 100 %).
fn axis_step(highest: f64) -> f64 {
    const STEPS: [f64; 10] = [0.25, 0.5, 1.0, 2.0, 2.5, 5.0, 10.0, 12.5, 20.0, 25.0];
    let wanted = highest * 1.1 / 4.0;
    STEPS.into_iter().find(|&s| s >= wanted).unwrap_or(25.0)
}

/// Text for XML: the five characters that are markup.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;

    fn year(year: i32, value: Option<f64>, target: Option<f64>) -> HistoryYear {
        HistoryYear {
            year,
            value,
            target,
        }
    }

    #[test]
    fn bars_and_targets_sit_where_their_percent_is() {
        let svg = involvement(
            &[
                year(2025, Some(50.0), Some(70.0)),
                year(2026, None, Some(100.0)),
            ],
            &I18n::new(Lang::En),
        );
        // 50 % is half way down the plot: TOP + (HEIGHT - TOP - BOTTOM) / 2.
        let mid = TOP + (HEIGHT - TOP - BOTTOM) / 2.0;
        assert!(svg.contains(&format!(r#"y="{mid:.1}" width"#)), "{svg}");
        // A year without a value shows a dash, not a bar of zero.
        assert_eq!(svg.matches(r#"class="value""#).count(), 1);
        assert!(svg.contains(">—</text>"));
        // Both targets are on the line; 100 % is the top of the plot.
        assert!(svg.contains(&format!(",{TOP:.1}\"")), "{svg}");
        assert!(svg.starts_with("<svg") && svg.ends_with("</svg>"));
    }

    /// Small figures get an axis of their own, and the ladder is steps: a
    /// target holds for its whole year.
    #[test]
    fn the_axis_fits_small_figures_and_targets_are_steps() {
        let svg = involvement(
            &[
                year(2025, Some(0.6), Some(1.0)),
                year(2026, Some(0.8), Some(1.5)),
            ],
            &I18n::new(Lang::Ru),
        );
        assert!(svg.contains(">2 %</text>"), "the axis tops at 2 %: {svg}");
        assert!(!svg.contains(">100 %</text>"), "{svg}");
        let d = svg
            .split(r#"class="target" d=""#)
            .nth(1)
            .and_then(|r| r.split('"').next());
        let d = d.expect("a target path");
        assert_eq!(
            (d.matches('M').count(), d.matches('L').count()),
            (1, 3),
            "{d}"
        );
        assert_eq!(axis_step(100.0), 25.0);
        assert_eq!(axis_step(0.0), 0.25);
    }

    #[test]
    fn escapes_markup() {
        assert_eq!(escape(r#"a<b & "c"'"#), "a&lt;b &amp; &quot;c&quot;&apos;");
    }
}
