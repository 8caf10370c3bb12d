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
    let extension = path
        .extension()
        .map(|e| e.to_string_lossy().to_lowercase())
        .unwrap_or_default();
    let mut table: Vec<Vec<String>> = if matches!(extension.as_str(), "xlsx" | "xlsm") {
        xlsx(path)?
    } else if matches!(extension.as_str(), "xls" | "xlsb" | "ods") {
        let mut book = open_workbook_auto(path).map_err(|e| match e {
            calamine::Error::Io(e) => Error::read(path, e),
            e => failed(path, e),
        })?;
        let first = first_sheet(book.sheet_names(), path)?;
        let range = book.worksheet_range(&first).map_err(|e| failed(path, e))?;
        range
            .rows()
            .map(|row| row.iter().map(text).collect())
            .collect()
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

/// Where a workbook's cells may be: a registry has a dozen columns and up
/// to a million or so rows. A sheet with a cell beyond (one cell at
/// XFD1048576 in a 5 KB file) is refused before anything is allocated for
/// it, and its text may not pass the size of a CSV registry.
pub const MAX_COLUMNS: u32 = 256;
pub const MAX_ROWS: u32 = 2_000_000;
/// Cells of the rectangle the table spans, empty ones included.
pub const MAX_CELLS: usize = 40_000_000;

/// The first sheet of an .xlsx, read cell by cell (calamine's range would
/// allocate the whole declared rectangle first), within [`MAX_COLUMNS`],
/// [`MAX_ROWS`] and [`sheet::MAX_FILE_BYTES`] of text.
fn xlsx(path: &Path) -> Result<Vec<Vec<String>>, Error> {
    let mut book: calamine::Xlsx<_> = calamine::open_workbook(path).map_err(|e| match e {
        calamine::XlsxError::Io(e) => Error::read(path, e),
        e => failed(path, e),
    })?;
    let first = first_sheet(book.sheet_names(), path)?;
    let mut cells = book
        .worksheet_cells_reader(&first)
        .map_err(|e| failed(path, e))?;
    let too_large = || Error::SheetTooLarge {
        path: path.to_owned(),
        rows: MAX_ROWS as usize,
        columns: MAX_COLUMNS as usize,
        limit_mb: sheet::MAX_FILE_BYTES / (1024 * 1024),
    };
    // The cells that hold something, where they are; the grid is laid out
    // only once its size is known to be a registry's.
    let mut found: Vec<(u32, u32, String)> = Vec::new();
    let mut bytes = 0;
    while let Some(cell) = cells.next_cell().map_err(|e| failed(path, e))? {
        let (row, column) = cell.get_position();
        if row >= MAX_ROWS || column >= MAX_COLUMNS {
            return Err(too_large());
        }
        let value = text(&Data::from(cell.get_value().clone()));
        if value.is_empty() {
            continue;
        }
        bytes += value.len();
        if bytes > sheet::MAX_FILE_BYTES {
            return Err(too_large());
        }
        found.push((row, column, value));
    }
    // The table starts where its first cells are (a sheet may leave a
    // column or rows empty before it), and its rows are as wide as its
    // widest: one far cell per row would otherwise ask for gigabytes of
    // empty cells.
    let (Some(top), Some(left)) = (
        found.iter().map(|c| c.0).min(),
        found.iter().map(|c| c.1).min(),
    ) else {
        return Ok(Vec::new());
    };
    let bottom = found.iter().map(|c| c.0).max().unwrap_or(top);
    let right = found.iter().map(|c| c.1).max().unwrap_or(left);
    let (height, width) = ((bottom - top + 1) as usize, (right - left + 1) as usize);
    if height.saturating_mul(width) > MAX_CELLS {
        return Err(too_large());
    }
    let mut table = vec![Vec::new(); height];
    for (row, column, value) in found {
        let row = &mut table[(row - top) as usize];
        let column = (column - left) as usize;
        if row.len() <= column {
            row.resize(column + 1, String::new());
        }
        row[column] = value;
    }
    Ok(table)
}

/// A workbook the reader refuses, in the reader's own words.
fn failed(path: &Path, e: impl std::fmt::Display) -> Error {
    Error::Unreadable {
        path: path.to_owned(),
        detail: e.to_string(),
    }
}

/// The name of a workbook's first sheet (the one imported).
fn first_sheet(names: Vec<String>, path: &Path) -> Result<String, Error> {
    names.into_iter().next().ok_or_else(|| Error::NoSheets {
        path: path.to_owned(),
    })
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
