//! Coverage (`mentor coverage`) as a table, JSON (the contract of
//! product.md), CSV or Markdown.

use std::io::{self, Write};

use serde_json::json;

use super::{Format, Style};
use crate::i18n::I18n;
use mentor_core::coverage::{Figure, Year};
use mentor_core::finding::Message;

/// Formats `coverage` writes.
pub const FORMATS: &[Format] = &[Format::Human, Format::Json, Format::Csv, Format::Md];

/// The columns of the indicator table (message ids), here and in the report's workbook.
pub const HEADER: [&str; 7] = [
    "coverage-indicator",
    "coverage-value",
    "coverage-target",
    "coverage-met",
    "coverage-people",
    "coverage-of",
    "coverage-needed",
];

/// One decimal: 33.3 %.
fn percent(v: Option<f64>) -> Option<f64> {
    v.map(mentor_core::coverage::one_decimal)
}

/// The figure's fields, as in the report's `kpis`, and its indicator's id.
fn figure_json(f: &Figure) -> serde_json::Value {
    let mut value = serde_json::to_value(f.rounded()).unwrap_or_default();
    value["id"] = f.indicator.id().into();
    value
}

fn year_json(y: &Year) -> serde_json::Value {
    let by_form: Vec<serde_json::Value> = y
        .satisfaction_by_form
        .iter()
        .map(|((side, form), (value, answers))| {
            json!({"side": side, "form": form, "value": percent(Some(*value)), "answers": answers})
        })
        .collect();
    json!({
        "year": y.year,
        "indicators": y.figures.iter().map(figure_json).collect::<Vec<_>>(),
        "forms": y.forms,
        "satisfaction_by_form": by_form,
    })
}

pub fn render(
    out: &mut dyn Write,
    format: Format,
    years: &[Year],
    history: bool,
    i18n: &I18n,
    style: Style,
) -> io::Result<()> {
    match format {
        Format::Json => {
            let doc = match years {
                [one] if !history => year_json(one),
                _ => json!({"years": years.iter().map(year_json).collect::<Vec<_>>()}),
            };
            serde_json::to_writer_pretty(&mut *out, &doc)?;
            writeln!(out)
        }
        Format::Csv => {
            let mut w = super::spreadsheet(out, style.excel)?;
            w.write_record([
                "year",
                "id",
                "value",
                "target",
                "met",
                "numerator",
                "denominator",
                "needed",
            ])?;
            let text = |v: Option<String>| v.unwrap_or_default();
            for y in years {
                for f in &y.figures {
                    w.write_record([
                        y.year.to_string(),
                        f.indicator.id().to_owned(),
                        text(percent(f.value).map(|v| v.to_string())),
                        text(percent(f.target).map(|v| v.to_string())),
                        text(f.met.map(|m| m.to_string())),
                        f.numerator.to_string(),
                        text(f.denominator.map(|d| d.to_string())),
                        text(f.needed.map(|n| n.to_string())),
                    ])?;
                }
            }
            w.flush()
        }
        _ => {
            for y in years {
                table(out, y, i18n, format == Format::Md, style.width)?;
            }
            Ok(())
        }
    }
}

fn table(
    out: &mut dyn Write,
    y: &Year,
    i18n: &I18n,
    markdown: bool,
    width: Option<u16>,
) -> io::Result<()> {
    let header: Vec<String> = HEADER.iter().map(|id| i18n.get(id)).collect();
    let shown = |v: Option<f64>| percent(v).map_or_else(|| "—".to_owned(), |v| i18n.percent(v));
    let rows: Vec<Vec<String>> = y
        .figures
        .iter()
        .map(|f| {
            let met = match f.met {
                Some(true) => i18n.get("coverage-yes"),
                Some(false) => i18n.get("coverage-no"),
                None => "—".to_owned(),
            };
            vec![
                i18n.text(&Message::new("indicator").arg("id", f.indicator.id())),
                shown(f.value),
                shown(f.target),
                met,
                f.numerator.to_string(),
                f.denominator
                    .map_or_else(|| "—".to_owned(), |d| d.to_string()),
                f.needed.map_or_else(|| "—".to_owned(), |n| n.to_string()),
            ]
        })
        .collect();
    writeln!(
        out,
        "{}",
        i18n.text(&Message::new("coverage-year").arg("year", y.year as usize))
    )?;
    super::grid(out, header, rows, markdown, width)?;
    for f in y.figures.iter().filter(|f| f.denominator.is_none()) {
        if let Some(key) = f.indicator.denominator_key() {
            let msg = Message::new("coverage-no-denominator")
                .arg("year", y.year as usize)
                .arg("key", key);
            writeln!(out, "{}", i18n.text(&msg))?;
        }
    }
    for f in y.figures.iter().filter(|f| f.denominator == Some(0)) {
        if let Some(key) = f.indicator.denominator_key() {
            let msg = Message::new("coverage-zero-denominator")
                .arg("year", y.year as usize)
                .arg("key", key);
            writeln!(out, "{}", i18n.text(&msg))?;
        }
    }
    for f in y
        .figures
        .iter()
        .filter(|f| f.denominator.is_some_and(|d| d < f.numerator))
    {
        let msg = Message::new("coverage-over")
            .arg("id", f.indicator.id())
            .arg("year", y.year as usize);
        writeln!(out, "{}", i18n.text(&msg))?;
    }
    if !y.forms.is_empty() {
        let forms: Vec<String> = y.forms.iter().map(|(f, n)| format!("{f}: {n}")).collect();
        let msg = Message::new("coverage-forms").arg("forms", forms.join("; "));
        writeln!(out, "{}", i18n.text(&msg))?;
    }
    for side in ["mentees", "mentors"] {
        let parts: Vec<String> = y
            .satisfaction_by_form
            .iter()
            .filter(|((s, _), _)| *s == side)
            .map(|((_, form), (value, n))| format!("{form}: {} ({n})", shown(Some(*value))))
            .collect();
        if !parts.is_empty() {
            let msg = Message::new("coverage-satisfaction-forms")
                .arg("side", side)
                .arg("forms", parts.join("; "));
            writeln!(out, "{}", i18n.text(&msg))?;
        }
    }
    Ok(())
}
