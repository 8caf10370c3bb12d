//! The roadmap calendar (`roadmap plan`) as a table for a person (human,
//! Markdown) or for a program (JSON, JSONL, CSV).

use std::io::{self, Write};

use super::Format;
use crate::i18n::I18n;
use mentor_core::roadmap::plan::Row;

/// Formats `roadmap plan` writes.
pub const FORMATS: &[Format] = &[
    Format::Human,
    Format::Json,
    Format::Jsonl,
    Format::Csv,
    Format::Md,
    Format::Xlsx,
];

/// Titles longer than this are cut in tables for people.
const TITLE_CHARS: usize = 70;
const RESPONSIBLE_CHARS: usize = 40;

/// Writes the rows in `format` (one of [`FORMATS`]). `width` is the
/// terminal's, when writing to one.
pub fn render(
    out: &mut dyn Write,
    format: Format,
    rows: &[Row],
    i18n: &I18n,
    style: super::Style,
) -> io::Result<()> {
    match format {
        Format::Json => {
            serde_json::to_writer_pretty(&mut *out, &serde_json::json!({ "activities": rows }))?;
            writeln!(out)
        }
        Format::Jsonl => {
            for row in rows {
                serde_json::to_writer(&mut *out, row)?;
                writeln!(out)?;
            }
            Ok(())
        }
        Format::Csv => {
            let mut w = super::spreadsheet(out, style.excel)?;
            w.write_record(COLUMNS)?;
            for r in rows {
                let date =
                    |d: Option<chrono::NaiveDate>| d.map(|d| d.to_string()).unwrap_or_default();
                let stage = r.stage.map(|s| s.to_string()).unwrap_or_default();
                let cells = [
                    r.id.as_deref().unwrap_or_default(),
                    &stage,
                    &r.title,
                    &date(r.start),
                    &date(r.end),
                    r.kind,
                    r.status,
                    r.responsible.as_deref().unwrap_or_default(),
                    r.due.as_deref().unwrap_or_default(),
                    &r.file,
                ];
                w.write_record(cells.map(super::safe_cell).iter().map(|c| c.as_ref()))?;
            }
            w.flush()
        }
        Format::Md => {
            let cells = rows.iter().map(|row| cells(row, i18n));
            super::grid(out, headers(i18n), cells, true, None)
        }
        Format::Xlsx => out.write_all(&super::xlsx::workbook(&[sheet(rows, i18n)])?),
        _ => human(out, rows, i18n, style.width),
    }
}

/// The plan as a workbook sheet (also a sheet of `report --format xlsx`).
pub fn sheet(rows: &[Row], i18n: &I18n) -> super::xlsx::Sheet {
    use super::xlsx::Cell;
    let cells: Vec<Vec<Cell>> = rows
        .iter()
        .map(|r| {
            vec![
                r.id.as_deref().unwrap_or_default().into(),
                r.stage.map_or(Cell::Empty, |s| Cell::Number(f64::from(s))),
                r.title.as_str().into(),
                r.start.into(),
                r.end.into(),
                r.kind.into(),
                r.status.into(),
                r.responsible.as_deref().unwrap_or_default().into(),
                r.due.as_deref().unwrap_or_default().into(),
                r.file.as_str().into(),
            ]
        })
        .collect();
    super::xlsx::Sheet {
        name: i18n.get("plan-sheet"),
        header: COLUMNS.map(String::from).to_vec(),
        rows: cells,
    }
}

/// Columns of the machine tables (CSV, xlsx): stable names, not translated.
const COLUMNS: [&str; 10] = [
    "id",
    "stage",
    "title",
    "start",
    "end",
    "kind",
    "status",
    "responsible",
    "due",
    "file",
];

fn headers(i18n: &I18n) -> [String; 6] {
    [
        "plan-when",
        "plan-stage",
        "plan-id",
        "plan-title",
        "plan-responsible",
        "plan-status",
    ]
    .map(|id| i18n.get(id))
}

/// The cells a person reads: the window in the language's date format, the
/// status in words, long texts cut.
fn cells(row: &Row, i18n: &I18n) -> [String; 6] {
    let when = match (row.start, row.end, row.kind) {
        (Some(s), Some(e), _) if s == e && row.kind == "checkpoint" => {
            format!("{} {}", i18n.get("plan-checkpoint"), i18n.date(e))
        }
        (Some(s), Some(e), _) if s == e => format!("{} {}", i18n.get("plan-by"), i18n.date(e)),
        (Some(s), Some(e), _) => format!("{} – {}", i18n.date(s), i18n.date(e)),
        _ => row.due.clone().unwrap_or_else(|| "—".to_owned()),
    };
    let recurring = if row.kind == "recurring" { " ↻" } else { "" };
    [
        format!("{when}{recurring}"),
        row.stage.map_or_else(String::new, |s| s.to_string()),
        row.id.clone().unwrap_or_default(),
        cut(&row.title, TITLE_CHARS),
        cut(
            row.responsible.as_deref().unwrap_or_default(),
            RESPONSIBLE_CHARS,
        ),
        i18n.get(status_id(row.status)),
    ]
}

fn status_id(status: &str) -> &'static str {
    match status {
        "done" => "status-done",
        "overdue" => "status-overdue",
        "due-soon" => "status-due-soon",
        "in-progress" => "status-in-progress",
        "later" => "status-later",
        "unreadable" => "status-unreadable",
        _ => "status-open",
    }
}

fn cut(text: &str, chars: usize) -> String {
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    match text.char_indices().nth(chars) {
        Some((i, _)) => format!("{}…", text[..i].trim_end()),
        None => text,
    }
}

fn human(out: &mut dyn Write, rows: &[Row], i18n: &I18n, width: Option<u16>) -> io::Result<()> {
    let cells = rows.iter().map(|row| cells(row, i18n));
    super::grid(out, headers(i18n), cells, false, width)?;
    let count = mentor_core::finding::Message::new("plan-summary").arg("rows", rows.len());
    write!(out, "{}", i18n.text(&count))?;
    if rows.iter().any(|r| r.kind == "recurring") {
        write!(out, "; {}", i18n.get("plan-recurring"))?;
    }
    writeln!(out)
}
