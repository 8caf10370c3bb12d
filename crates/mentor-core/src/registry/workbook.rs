//! The first sheet of a workbook (.xlsx, .xlsb, .ods, .xls) as rows of text,
//! within budgets checked before anything large is allocated: a 5 KB file
//! may declare a cell at XFD1048576, repeat one cell a billion times, or
//! unpack to gigabytes.
//!
//! .xlsx and .xlsb are read cell by cell (calamine's range would allocate
//! the whole declared rectangle first). calamine reads an .ods or .xls
//! whole — every sheet, each cell with its formula — so their cells are
//! counted first by a scan of our own that allocates nothing per cell.

use std::io::{BufReader, Read, Seek};
use std::path::Path;

use calamine::{Data, DataType, Reader, open_workbook_auto};
use quick_xml::events::{BytesStart, Event};

use super::sheet;
use crate::error::Error;

/// Where a workbook's cells may be: a registry has a dozen columns and up
/// to a million or so rows.
pub const MAX_COLUMNS: u32 = 256;
pub const MAX_ROWS: u32 = 2_000_000;
/// Cells of the rectangle the table spans, empty ones included.
pub const MAX_CELLS: usize = 40_000_000;
/// Cells calamine would hold for a whole .ods or .xls (all sheets, with
/// their formulas: about 60 bytes a cell): a quarter of [`MAX_CELLS`].
pub const MAX_WHOLE_CELLS: usize = MAX_CELLS / 4;
/// What the parts of a zipped workbook may unpack to, together.
pub const MAX_UNPACKED: u64 = 2 * sheet::MAX_FILE_BYTES as u64;

/// The first sheet of an .xlsx or .xlsb read cell by cell: the two readers
/// of calamine have the same methods but share no trait, hence a macro.
macro_rules! by_cells {
    ($path:expr, $book:ty, $error:path) => {{
        let path = $path;
        unpacked_within(path)?;
        let mut book: $book = calamine::open_workbook(path).map_err(|e| match e {
            $error(e) => Error::read(path, e),
            e => failed(path, e),
        })?;
        let first = first_sheet(book.sheet_names(), path)?;
        let mut cells = book
            .worksheet_cells_reader(&first)
            .map_err(|e| failed(path, e))?;
        laid_out(path, || cells.next_cell().map_err(|e| failed(path, e)))
    }};
}

/// The first sheet's rows, by the file's extension.
pub fn rows(path: &Path, extension: &str) -> Result<Vec<Vec<String>>, Error> {
    match extension {
        "xlsx" | "xlsm" => by_cells!(path, calamine::Xlsx<_>, calamine::XlsxError::Io),
        "xlsb" => by_cells!(path, calamine::Xlsb<_>, calamine::XlsbError::Io),
        _ => {
            if extension == "ods" {
                unpacked_within(path)?;
                ods_within(path)?;
            } else {
                xls_within(path)?;
            }
            damaged_if_it_panics(path, || {
                let mut book = open_workbook_auto(path).map_err(|e| match e {
                    calamine::Error::Io(e) => Error::read(path, e),
                    e => failed(path, e),
                })?;
                let first = first_sheet(book.sheet_names(), path)?;
                let range = book.worksheet_range(&first).map_err(|e| failed(path, e))?;
                Ok(range
                    .rows()
                    .map(|row| row.iter().map(text).collect())
                    .collect())
            })
        }
    }
}

/// Runs calamine's reader of a whole workbook. Its readers of damaged
/// .xls files have panicked (an index past a record, a subtraction that
/// overflows: two found by fuzzing); such a panic is the file's damage and
/// is said so, quietly, not a crash of `mentor`.
fn damaged_if_it_panics<T>(
    path: &Path,
    read: impl FnOnce() -> Result<T, Error>,
) -> Result<T, Error> {
    let hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(|_| {}));
    let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(read));
    std::panic::set_hook(hook);
    result.unwrap_or_else(|_| Err(failed(path, "the file is damaged")))
}

fn too_large(path: &Path) -> Error {
    Error::SheetTooLarge {
        path: path.to_owned(),
        rows: MAX_ROWS as usize,
        columns: MAX_COLUMNS as usize,
        cells: MAX_CELLS,
        limit_mb: sheet::MAX_FILE_BYTES / (1024 * 1024),
    }
}

/// The cells a reader gives, laid out as rows once their extent is known
/// to be a registry's: within [`MAX_ROWS`] × [`MAX_COLUMNS`], [`MAX_CELLS`]
/// and [`sheet::MAX_FILE_BYTES`] of text.
fn laid_out<'a>(
    path: &Path,
    mut next: impl FnMut() -> Result<Option<calamine::Cell<calamine::DataRef<'a>>>, Error>,
) -> Result<Vec<Vec<String>>, Error> {
    // The cells that hold something, where they are.
    let mut found: Vec<(u32, u32, String)> = Vec::new();
    let mut bytes = 0;
    while let Some(cell) = next()? {
        let (row, column) = cell.get_position();
        if row >= MAX_ROWS || column >= MAX_COLUMNS {
            return Err(too_large(path));
        }
        let value = text(&Data::from(cell.get_value().clone()));
        if value.is_empty() {
            continue;
        }
        bytes += value.len();
        if bytes > sheet::MAX_FILE_BYTES {
            return Err(too_large(path));
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
        return Err(too_large(path));
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

/// A zipped workbook whose parts unpack to more than [`MAX_UNPACKED`] is
/// no registry (a 1 MB file of 1 GB). The sizes its directory declares are
/// a bound: the zip crate stops a part that gives more than it declared
/// (tested below), so nothing is inflated to count.
fn unpacked_within(path: &Path) -> Result<(), Error> {
    let file = std::fs::File::open(path).map_err(|e| Error::read(path, e))?;
    let mut zip = zip::ZipArchive::new(BufReader::new(file)).map_err(|e| failed(path, e))?;
    // The sizes of the central directory (LibreOffice writes its parts with
    // data descriptors, which the zip crate's own sum gives up on).
    let mut total = 0u64;
    for i in 0..zip.len() {
        let part = zip.by_index_raw(i).map_err(|e| failed(path, e))?;
        total = total.saturating_add(part.size());
        if total > MAX_UNPACKED {
            return Err(too_large(path));
        }
    }
    Ok(())
}

/// An .ods's cells, counted as calamine would hold them, within budget:
/// every table's cells as its rows write them (a cell repeated across
/// columns is that many) and the rectangle its filled rows span (a row
/// repeated is that many), their text, and no filled cell beyond
/// [`MAX_ROWS`] × [`MAX_COLUMNS`]. The XML is read once, streaming, and no
/// further than [`MAX_UNPACKED`].
fn ods_within(path: &Path) -> Result<(), Error> {
    let file = std::fs::File::open(path).map_err(|e| Error::read(path, e))?;
    let mut zip = zip::ZipArchive::new(BufReader::new(file)).map_err(|e| failed(path, e))?;
    let content = zip.by_name("content.xml").map_err(|e| failed(path, e))?;
    let mut xml = quick_xml::Reader::from_reader(BufReader::new(content.take(MAX_UNPACKED)));
    let mut count = OdsCount::default();
    let mut buf = Vec::new();
    loop {
        let event = xml.read_event_into(&mut buf).map_err(|e| failed(path, e))?;
        let within = match &event {
            Event::Start(e) => count.open(e, false),
            Event::Empty(e) => count.open(e, true),
            Event::End(e) => count.close(e.name().as_ref()),
            Event::Text(t) => count.text(t.len()),
            Event::CData(t) => count.text(t.len()),
            Event::Eof => break,
            _ => true,
        };
        if !within {
            return Err(too_large(path));
        }
        buf.clear();
    }
    Ok(())
}

/// The running count of [`ods_within`].
#[derive(Debug, Default)]
struct OdsCount {
    /// Cells calamine holds, all tables so far.
    cells: usize,
    /// Text of the filled cells, as many times as they are repeated.
    text: usize,
    /// The current table: rows so far (repeats counted), the first and
    /// last filled row, its widest filled row.
    row: u64,
    filled: Option<(u64, u64)>,
    width: u64,
    /// The current row: its repeats, columns so far, the end of its last
    /// filled cell.
    repeat: u64,
    column: u64,
    row_end: u64,
    /// The current cell, while inside it: its repeats and its text.
    cell: Option<(u64, usize)>,
}

impl OdsCount {
    fn attr(e: &BytesStart<'_>, name: &str) -> Option<u64> {
        let value = e.try_get_attribute(name).ok()??.value;
        value.trim().parse().ok()
    }

    /// An element opens (`empty`: and closes at once); false past a budget.
    fn open(&mut self, e: &BytesStart<'_>, empty: bool) -> bool {
        match e.name().as_ref() {
            "table:table" => {
                (self.row, self.filled, self.width) = (0, None, 0);
                !empty || self.end_table()
            }
            "table:table-row" => {
                self.repeat = Self::attr(e, "table:number-rows-repeated")
                    .unwrap_or(1)
                    .max(1);
                (self.column, self.row_end) = (0, 0);
                !empty || self.end_row()
            }
            "table:table-cell" | "table:covered-table-cell" => {
                let repeat = Self::attr(e, "table:number-columns-repeated")
                    .unwrap_or(1)
                    .max(1);
                let valued = e
                    .try_get_attribute("office:value-type")
                    .ok()
                    .flatten()
                    .is_some()
                    || e.try_get_attribute("table:formula")
                        .ok()
                        .flatten()
                        .is_some();
                let attributes = e.attributes_raw().len();
                if empty {
                    self.end_cell(repeat, valued, attributes)
                } else {
                    self.cell = Some((repeat, attributes));
                    true
                }
            }
            _ => true,
        }
    }

    fn text(&mut self, len: usize) -> bool {
        if let Some((_, text)) = &mut self.cell {
            *text += len;
        }
        true
    }

    fn close(&mut self, name: &str) -> bool {
        match name {
            "table:table-cell" | "table:covered-table-cell" => match self.cell.take() {
                Some((repeat, text)) => self.end_cell(repeat, true, text),
                None => true,
            },
            "table:table-row" => self.end_row(),
            "table:table" => self.end_table(),
            _ => true,
        }
    }

    fn end_cell(&mut self, repeat: u64, filled: bool, text: usize) -> bool {
        self.column = self.column.saturating_add(repeat);
        if !filled {
            return true;
        }
        self.row_end = self.column;
        let times = repeat.saturating_mul(self.repeat);
        self.text = self.text.saturating_add(
            usize::try_from(times)
                .unwrap_or(usize::MAX)
                .saturating_mul(text),
        );
        self.row_end <= u64::from(MAX_COLUMNS) && self.text <= sheet::MAX_FILE_BYTES
    }

    fn end_row(&mut self) -> bool {
        let first = self.row;
        self.row = self.row.saturating_add(self.repeat);
        if self.row_end == 0 {
            return true;
        }
        self.cells = self.cells.saturating_add(self.row_end as usize);
        self.width = self.width.max(self.row_end);
        self.filled = Some((self.filled.map_or(first, |f| f.0), self.row - 1));
        self.row <= u64::from(MAX_ROWS) && self.cells <= MAX_WHOLE_CELLS
    }

    fn end_table(&mut self) -> bool {
        if let Some((top, bottom)) = self.filled.take() {
            let rectangle = (bottom - top + 1).saturating_mul(self.width);
            self.cells = self
                .cells
                .saturating_add(usize::try_from(rectangle).unwrap_or(usize::MAX));
        }
        self.cells <= MAX_WHOLE_CELLS
    }
}

/// An .xls's cells, counted as calamine would hold them: the rectangle
/// every sheet's value records span, all sheets together, within
/// [`MAX_WHOLE_CELLS`]. The BIFF records are walked without decoding a
/// cell (a format of 1997: 65,536 × 256 cells a sheet, sheets unbounded).
fn xls_within(path: &Path) -> Result<(), Error> {
    let file = std::fs::File::open(path).map_err(|e| Error::read(path, e))?;
    let mut book = cfb::CompoundFile::open(file).map_err(|e| failed(path, e))?;
    let name = ["/Workbook", "/Book"]
        .into_iter()
        .find(|n| book.is_stream(n))
        .ok_or_else(|| failed(path, "no Workbook stream"))?;
    let stream = book.open_stream(name).map_err(|e| Error::read(path, e))?;
    let whole = biff_cells(BufReader::new(stream)).map_err(|e| Error::read(path, e))?;
    if whole > MAX_WHOLE_CELLS {
        return Err(too_large(path));
    }
    Ok(())
}

/// The cells [`xls_within`] counts, from a Workbook stream (all of them,
/// `usize::MAX`, when a cell lies beyond [`MAX_COLUMNS`]).
fn biff_cells(mut stream: impl Read + Seek) -> std::io::Result<usize> {
    let mut whole = 0usize;
    // The extent of the current sheet's values: rows and columns, min and max.
    let mut extent: Option<(u16, u16, u16, u16)> = None;
    let mut header = [0u8; 4];
    let mut body = Vec::new();
    loop {
        match stream.read_exact(&mut header) {
            Ok(()) => {}
            Err(e) if e.kind() == std::io::ErrorKind::UnexpectedEof => break,
            Err(e) => return Err(e),
        }
        let kind = u16::from_le_bytes([header[0], header[1]]);
        let len = u16::from_le_bytes([header[2], header[3]]);
        // The value records calamine keeps, as its parser lists them;
        // each starts with its row and column, MulRk ends with its last column.
        let value = matches!(
            kind,
            0x0203 | 0x0204 | 0x00D6 | 0x0205 | 0x027E | 0x00FD | 0x00BD | 0x0006
        );
        if !value {
            if kind == 0x000A
                && let Some((r0, r1, c0, c1)) = extent.take()
            {
                let cells = (usize::from(r1 - r0) + 1) * (usize::from(c1 - c0) + 1);
                whole = whole.saturating_add(cells);
            }
            stream.seek_relative(i64::from(len))?;
            continue;
        }
        body.resize(usize::from(len), 0);
        stream.read_exact(&mut body)?;
        let word = |at: usize| {
            body.get(at..at + 2)
                .map(|b| u16::from_le_bytes([b[0], b[1]]))
        };
        let (Some(row), Some(first)) = (word(0), word(2)) else {
            continue;
        };
        let last = if kind == 0x00BD {
            word(body.len().saturating_sub(2)).unwrap_or(first)
        } else {
            first
        };
        // A cell beyond a registry's columns (a u16 allows 65,536) is no
        // registry's, however few cells there are.
        if u32::from(last.max(first)) >= MAX_COLUMNS {
            return Ok(usize::MAX);
        }
        let (r0, r1, c0, c1) = extent.unwrap_or((row, row, first, last));
        extent = Some((
            r0.min(row),
            r1.max(row),
            c0.min(first),
            c1.max(last.max(first)),
        ));
    }
    Ok(whole)
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::biff;

    /// A part whose directory says 100 bytes while it inflates to 2 MB
    /// gives 100 bytes and an error, never the 2 MB: what
    /// [`unpacked_within`] relies on, held here against an upgrade of the
    /// zip crate (calamine reads through the same one).
    #[test]
    fn a_zip_part_gives_no_more_than_it_declares() {
        use std::io::Write;
        let mut bytes = Vec::new();
        let mut zip = zip::ZipWriter::new(std::io::Cursor::new(&mut bytes));
        zip.start_file(
            "xl/sharedStrings.xml",
            zip::write::SimpleFileOptions::default(),
        )
        .expect("part");
        zip.write_all(&vec![b'a'; 2 << 20]).expect("write");
        zip.finish().expect("zip");
        // The uncompressed size: at 22 in the local header, 24 in the directory's entry.
        for (signature, at) in [(b"PK\x03\x04", 22), (b"PK\x01\x02", 24)] {
            let start = bytes
                .windows(4)
                .position(|w| w == signature)
                .expect("header");
            bytes[start + at..start + at + 4].copy_from_slice(&100u32.to_le_bytes());
        }
        let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).expect("archive");
        let mut given = Vec::new();
        let read = zip.by_index(0).expect("part").read_to_end(&mut given);
        assert!(read.is_err(), "{read:?}");
        assert!(given.len() <= 101, "{}", given.len());
    }

    #[test]
    fn a_reader_that_panics_says_the_file_is_damaged() {
        let path = Path::new("book.xls");
        let read = || -> Result<(), Error> { panic!("index out of range") };
        let Err(Error::Unreadable { detail, .. }) = damaged_if_it_panics(path, read) else {
            panic!("not refused");
        };
        assert_eq!(detail, "the file is damaged");
        assert_eq!(damaged_if_it_panics(path, || Ok(7)).ok(), Some(7));
    }

    #[test]
    fn an_xls_is_counted_by_the_rectangles_of_its_sheets() {
        let count = |bytes: Vec<u8>| biff_cells(std::io::Cursor::new(bytes)).unwrap();
        assert_eq!(count(biff(1, (9, 2))), 30);
        assert_eq!(count(biff(3, (0, 0))), 3);
        assert_eq!(count(biff(1, (0, 256))), usize::MAX);
        // Sixty sheets with a cell at IV65536: a billion cells from 3 KB.
        assert_eq!(count(biff(60, (65535, 255))), 60 * 65536 * 256);
        // A stream cut short ends the count (calamine then says what is
        // wrong with it); it does not panic.
        let mut cut = biff(1, (9, 2));
        cut.truncate(30);
        assert_eq!(count(cut), 0);
    }
}
