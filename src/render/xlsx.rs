//! Tables as an Excel workbook (rust_xlsxwriter): a bold, frozen header row
//! with an autofilter, real dates, percents as numbers in a percent format,
//! text always written as text (no cell is ever run as a formula), and a
//! print setup that puts a table on A4, one page wide, the header repeated.

use std::io;

use chrono::{Datelike, NaiveDate};
use rust_xlsxwriter::{ExcelDateTime, Format, Workbook, XlsxError};

/// A cell of a workbook table.
#[derive(Debug, Clone, PartialEq)]
pub enum Cell {
    Text(String),
    Number(f64),
    /// A percent (`70.0` for 70 %), stored as Excel stores one (0.7).
    Percent(f64),
    Date(NaiveDate),
    Empty,
}

impl From<Option<NaiveDate>> for Cell {
    fn from(date: Option<NaiveDate>) -> Self {
        date.map_or(Cell::Empty, Cell::Date)
    }
}

impl From<&str> for Cell {
    fn from(text: &str) -> Self {
        Cell::Text(text.to_owned())
    }
}

/// A table on a sheet of its own.
#[derive(Debug, Clone, PartialEq)]
pub struct Sheet {
    pub name: String,
    pub header: Vec<String>,
    pub rows: Vec<Vec<Cell>>,
}

/// The sheets, in order, as the bytes of an .xlsx file.
pub fn workbook(sheets: &[Sheet]) -> io::Result<Vec<u8>> {
    build(sheets).map_err(io::Error::other)
}

fn build(sheets: &[Sheet]) -> Result<Vec<u8>, XlsxError> {
    let mut book = Workbook::new();
    for s in sheets {
        add(&mut book, &s.name, &s.header, &s.rows)?;
    }
    book.save_to_buffer()
}

fn add(
    book: &mut Workbook,
    name: &str,
    header: &[String],
    rows: &[Vec<Cell>],
) -> Result<(), XlsxError> {
    let sheet = book.add_worksheet();
    // Sheet names are at most 31 characters, without []:*?/\.
    let clean: String = name
        .chars()
        .filter(|c| !"[]:*?/\\".contains(*c))
        .take(31)
        .collect();
    sheet.set_name(clean)?;
    let bold = Format::new().set_bold();
    let date = Format::new().set_num_format("dd.mm.yyyy");
    let percent = Format::new().set_num_format("0.0%");
    for (c, title) in header.iter().enumerate() {
        sheet.write_string_with_format(0, col(c), title, &bold)?;
    }
    for (r, row) in rows.iter().enumerate() {
        let r = u32::try_from(r + 1).map_err(|_| XlsxError::RowColumnLimitError)?;
        for (c, cell) in row.iter().enumerate() {
            match cell {
                Cell::Text(text) => sheet.write_string(r, col(c), text)?,
                Cell::Number(n) => sheet.write_number(r, col(c), *n)?,
                Cell::Percent(p) => {
                    sheet.write_number_with_format(r, col(c), p / 100.0, &percent)?
                }
                Cell::Date(d) => {
                    let day =
                        ExcelDateTime::from_ymd(d.year() as u16, d.month() as u8, d.day() as u8)?;
                    sheet.write_datetime_with_format(r, col(c), &day, &date)?
                }
                Cell::Empty => sheet,
            };
        }
    }
    sheet.set_freeze_panes(1, 0)?;
    let last_row = u32::try_from(rows.len()).map_err(|_| XlsxError::RowColumnLimitError)?;
    let last_col = col(header.len().saturating_sub(1));
    sheet.autofilter(0, 0, last_row, last_col)?;
    sheet.set_autofit_max_width(400);
    sheet.autofit();
    // Printed: A4, one page wide (landscape when the table is wide), the
    // header on every page.
    sheet.set_paper_size(9);
    if header.len() > 5 {
        sheet.set_landscape();
    }
    sheet.set_print_fit_to_pages(1, 0);
    sheet.set_repeat_rows(0, 0)?;
    Ok(())
}

fn col(c: usize) -> u16 {
    u16::try_from(c).unwrap_or(u16::MAX)
}
