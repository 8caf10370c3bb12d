//! `registry import`: a table from elsewhere — an Excel or LibreOffice
//! workbook (.xlsx, .xls, .ods) or a CSV of any flavour — mapped onto a
//! registry's columns by its headers.

use std::path::Path;

use calamine::{Data, DataType, Reader, open_workbook_auto};

use super::columns::Kind;
use super::sheet;
use crate::error::Error;

/// A table as cells of text, the first row being the header.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Grid {
    pub header: Vec<String>,
    pub rows: Vec<Vec<String>>,
}

/// Reads the first sheet of a workbook, or a CSV file.
pub fn read(path: &Path) -> Result<Grid, Error> {
    let failed = |detail: String| Error::Unreadable {
        path: path.to_owned(),
        detail,
    };
    let extension = path
        .extension()
        .map(|e| e.to_string_lossy().to_lowercase())
        .unwrap_or_default();
    let mut table: Vec<Vec<String>> =
        if matches!(extension.as_str(), "xlsx" | "xlsm" | "xls" | "xlsb" | "ods") {
            let mut book = open_workbook_auto(path).map_err(|e| match e {
                calamine::Error::Io(e) => Error::read(path, e),
                e => failed(e.to_string()),
            })?;
            let first = book
                .sheet_names()
                .first()
                .cloned()
                .ok_or_else(|| Error::NoSheets {
                    path: path.to_owned(),
                })?;
            let range = book
                .worksheet_range(&first)
                .map_err(|e| failed(e.to_string()))?;
            range
                .rows()
                .map(|row| row.iter().map(text).collect())
                .collect()
        } else {
            let bytes = std::fs::read(path).map_err(|e| Error::read(path, e))?;
            let (sheet, _) = sheet::read(path.display().to_string().into(), &bytes);
            let sheet = sheet.ok_or_else(|| Error::TooLarge {
                path: path.to_owned(),
                limit_mb: sheet::MAX_FILE_BYTES / (1024 * 1024),
            })?;
            let cells = |r: &sheet::Record| {
                sheet
                    .cells(r)
                    .iter()
                    .map(|c| sheet.text(*c).into_owned())
                    .collect()
            };
            sheet.header.iter().chain(&sheet.rows).map(cells).collect()
        };
    // Spreadsheets often carry blank rows and a title above the table: the
    // header is the first row that names a column of some registry.
    let start = table
        .iter()
        .position(|row| {
            row.iter()
                .any(|h| Kind::ALL.iter().any(|k| k.column(h).is_some()))
        })
        .unwrap_or(0);
    let mut rest = table.split_off(start.min(table.len())).into_iter();
    let header = rest.next().unwrap_or_default();
    let rows = rest
        .filter(|r| r.iter().any(|c| !c.trim().is_empty()))
        .collect();
    Ok(Grid { header, rows })
}

/// A workbook cell as the registry writes it: dates as `YYYY-MM-DD`, whole
/// numbers without `.0`.
fn text(cell: &Data) -> String {
    match cell {
        Data::Empty => String::new(),
        Data::String(s) => s.trim().to_owned(),
        Data::Float(f) if f.fract() == 0.0 && f.abs() < 1e15 => format!("{f:.0}"),
        Data::DateTime(_) | Data::DateTimeIso(_) => cell
            .as_date()
            .map_or_else(|| cell.to_string(), |d| d.to_string()),
        other => other.to_string(),
    }
}

/// Which registry a file is, from its name («Наставники.xlsx», `mentees.csv`).
pub fn guess_kind(path: &Path) -> Option<Kind> {
    let name = path.file_stem()?.to_string_lossy().to_lowercase();
    let has = |words: &[&str]| words.iter().any(|w| name.contains(w));
    // «наставляем» before «наставник»: both start with «настав».
    Some(if has(&["mentee", "наставляем", "обучающ", "ученик"]) {
        Kind::Mentees
    } else if has(&["mentor", "наставник"]) {
        Kind::Mentors
    } else if has(&["pair", "пар", "групп"]) {
        Kind::Pairs
    } else if has(&["meeting", "встреч"]) {
        Kind::Meetings
    } else if has(&["survey", "анкет", "опрос"]) {
        Kind::Surveys
    } else {
        return None;
    })
}
