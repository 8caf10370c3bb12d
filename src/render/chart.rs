//! The coverage chart of the HTML report: inline SVG (no script, no
//! network), bars of involvement by year against the target ladder. It
//! scales with the page (a `viewBox`, no fixed size) and prints in black and
//! white: targets are a dashed line with square marks, values solid bars
//! labelled with their figure.

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
    let y = |percent: f64| TOP + plot_h * (1.0 - percent.clamp(0.0, 100.0) / 100.0);
    let slot = (WIDTH - LEFT - RIGHT) / history.len().max(1) as f64;
    let x = |i: usize| LEFT + slot * (i as f64 + 0.5);
    // Writing to a String cannot fail.
    let _ = write!(
        svg,
        r##"<svg class="chart" viewBox="0 0 {WIDTH} {HEIGHT}" role="img" aria-labelledby="chart-title" xmlns="http://www.w3.org/2000/svg" font-family="sans-serif" font-size="14"><title id="chart-title">{}</title>"##,
        escape(&title)
    );
    for p in [0, 25, 50, 75, 100] {
        let py = y(f64::from(p));
        let _ = write!(
            svg,
            r##"<line x1="{LEFT}" x2="{}" y1="{py:.1}" y2="{py:.1}" stroke="#ccc" stroke-width="1"/><text x="{}" y="{:.1}" text-anchor="end" fill="#444">{p} %</text>"##,
            WIDTH - RIGHT,
            LEFT - 6.0,
            py + 4.0
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
    let targets: Vec<(f64, f64)> = history
        .iter()
        .enumerate()
        .filter_map(|(i, h)| Some((x(i), y(h.target?))))
        .collect();
    if !targets.is_empty() {
        let points: Vec<String> = targets
            .iter()
            .map(|(px, py)| format!("{px:.1},{py:.1}"))
            .collect();
        let _ = write!(
            svg,
            r##"<polyline class="target" points="{}" fill="none" stroke="#c0392b" stroke-width="2" stroke-dasharray="6 4"/>"##,
            points.join(" ")
        );
        for (px, py) in &targets {
            let _ = write!(
                svg,
                r##"<rect x="{:.1}" y="{:.1}" width="6" height="6" fill="#c0392b"/>"##,
                px - 3.0,
                py - 3.0
            );
        }
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

    #[test]
    fn escapes_markup() {
        assert_eq!(escape(r#"a<b & "c"'"#), "a&lt;b &amp; &quot;c&quot;&apos;");
    }
}
