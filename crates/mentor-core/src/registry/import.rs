//! `registry import`: a table from elsewhere — an Excel or LibreOffice
//! workbook (.xlsx, .xls, .ods) or a CSV of any flavour — mapped onto a
//! registry's columns by its headers.

use std::path::Path;

use super::columns::Kind;
use super::{sheet, workbook};
use crate::error::Error;

/// A table as cells of text, the first row being the header.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Grid {
    pub header: Vec<String>,
    pub rows: Vec<Vec<String>>,
}

/// Reads the first sheet of a workbook, or a CSV file.
pub fn read(path: &Path) -> Result<Grid, Error> {
    let extension = path
        .extension()
        .map(|e| e.to_string_lossy().to_lowercase())
        .unwrap_or_default();
    let mut table: Vec<Vec<String>> =
        if matches!(extension.as_str(), "xlsx" | "xlsm" | "xlsb" | "xls" | "ods") {
            workbook::rows(path, &extension)?
        } else {
            let bytes = std::fs::read(path).map_err(|e| Error::read(path, e))?;
            let (sheet, findings) = sheet::read(path.display().to_string().into(), &bytes);
            // No sheet: the reader's one finding says why.
            let Some(sheet) = sheet else {
                let path = path.to_owned();
                return Err(match findings.first().map(|f| f.message.id) {
                    Some("csv-nul") => Error::Encoding { path, mixed: false },
                    Some("csv-mixed-encoding") => Error::Encoding { path, mixed: true },
                    _ => Error::TooLarge {
                        path,
                        limit_mb: sheet::MAX_FILE_BYTES / (1024 * 1024),
                    },
                });
            };
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
    // A cell a spreadsheet would run as a formula comes into the registry
    // neutralized, as every output writes it.
    let safe = |row: Vec<String>| -> Vec<String> {
        row.into_iter()
            .map(|c| super::values::neutralized(&c).into_owned())
            .collect()
    };
    let mut rest = table.split_off(start.min(table.len())).into_iter();
    let header = rest.next().map(safe).unwrap_or_default();
    let rows = rest
        .filter(|r| r.iter().any(|c| !c.trim().is_empty()))
        .map(safe)
        .collect();
    Ok(Grid { header, rows })
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
    } else if has(&["constraint", "ограничен", "решени"]) {
        Kind::Constraints
    } else {
        return None;
    })
}
