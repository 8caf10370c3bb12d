//! Reading a CSV file as methodists really save it: UTF-8 with or without a
//! BOM or Windows-1251 (Russian Excel), `,` `;` or tab, CRLF or LF, quoted
//! or not. Every cell keeps where it was written, for diagnostics, and the
//! file keeps how it was written, for lossless rewriting.
//!
//! The reader is hand-written rather than the csv crate's because it must
//! report each cell's position and every malformed row, and keep reading.

use std::borrow::Cow;
use std::sync::Arc;

use crate::finding::{Code, Finding, Location, Message};
use crate::yaml::Source;

pub use super::text::Encoding;
use super::text::{self, Input};

/// How the file is written, so that rows added to it look like the others.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Dialect {
    pub encoding: Encoding,
    pub delimiter: u8,
    /// `\r\n` or `\n`, as the first line ends.
    pub crlf: bool,
    /// Every cell of the file is quoted.
    pub quote_all: bool,
    /// The last line ends with a line break.
    pub final_newline: bool,
}

/// One cell: the bytes of its text in the decoded source, quotes included
/// (a cell is quoted when its text starts with `"`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cell {
    pub start: u32,
    pub end: u32,
}

/// One record: its first physical line, where it starts, and how many
/// cells it has. Cells are found again when they are asked for: a million
/// rows of ten cells kept as positions would be 80 MB more to hold.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Record {
    pub line: u32,
    /// Byte offset of the line the record starts on.
    pub line_start: u32,
    /// Byte offset of the record's first cell (after a lone CR, not its line's start).
    start: u32,
    width: u32,
}

impl Record {
    /// How many cells the record has.
    pub fn width(&self) -> usize {
        self.width as usize
    }
}

/// A read CSV file.
#[derive(Debug, Clone)]
pub struct Sheet {
    pub source: Source,
    pub dialect: Dialect,
    /// The header, when the file has any line.
    pub header: Option<Record>,
    pub rows: Vec<Record>,
    /// The cells (row, column) that start with a sign a spreadsheet reads
    /// as the start of a formula, noted while reading: the formula rule
    /// looks at these, not at every cell again.
    pub signs: Vec<(u32, u32)>,
}

/// Files larger than this are not registries of one organization, or a region.
pub const MAX_FILE_BYTES: usize = 512 * 1024 * 1024;

impl Sheet {
    /// The cells of a record.
    pub fn cells(&self, record: &Record) -> Vec<Cell> {
        let mut cells = Vec::with_capacity(record.width());
        self.cells_into(record, &mut cells);
        cells
    }

    /// The cells of a record, into `cells` (a buffer reused row after row).
    pub fn cells_into(&self, record: &Record, cells: &mut Vec<Cell>) {
        cells.clear();
        let bytes = self.source.text.as_bytes();
        split_record(
            bytes,
            record.start as usize,
            self.dialect.delimiter,
            |cell, _| cells.push(cell),
        );
    }

    /// The cells of the header (none without a header).
    pub fn header_cells(&self) -> Vec<Cell> {
        self.header
            .as_ref()
            .map_or_else(Vec::new, |h| self.cells(h))
    }

    /// The text of a cell, unquoted.
    pub fn text(&self, cell: Cell) -> Cow<'_, str> {
        let raw = &self.source.text[cell.start as usize..cell.end as usize];
        if !raw.starts_with('"') {
            return Cow::Borrowed(raw);
        }
        let inner = raw.strip_prefix('"').unwrap_or(raw);
        let inner = inner.strip_suffix('"').unwrap_or(inner);
        if inner.contains("\"\"") {
            Cow::Owned(inner.replace("\"\"", "\""))
        } else {
            Cow::Borrowed(inner)
        }
    }

    /// Where a cell is: line and column (in characters) of its first character.
    pub fn locate(&self, record: &Record, cell: Cell) -> Location {
        let text = &self.source.text;
        let (from, start) = (record.line_start as usize, cell.start as usize);
        let before = &text[from..start];
        let line_begin = before.rfind('\n').map_or(from, |i| from + i + 1);
        Location {
            file: self.source.name.clone(),
            line: record.line as usize + before.matches('\n').count(),
            column: text[line_begin..start].chars().count() + 1,
            bytes: start..cell.end as usize,
        }
    }

    /// Where a record starts.
    pub fn locate_record(&self, record: &Record) -> Location {
        let start = record.line_start as usize;
        let end = self.source.text[start..]
            .find(['\r', '\n'])
            .map_or(self.source.text.len(), |e| start + e);
        Location {
            file: self.source.name.clone(),
            line: record.line as usize,
            column: 1,
            bytes: start..end,
        }
    }
}

/// Decodes and parses a CSV file in memory. Problems are findings;
/// whatever rows can be read are returned.
pub fn read(name: Arc<str>, bytes: &[u8]) -> (Option<Sheet>, Vec<Finding>) {
    let Ok(read) = read_from(name, bytes);
    read
}

/// [`read`], from bytes read as it goes (a file): only reading them can fail.
pub fn read_from<I: Input>(
    name: Arc<str>,
    input: I,
) -> Result<(Option<Sheet>, Vec<Finding>), I::Error> {
    let mut findings = Vec::new();
    if input.size() > MAX_FILE_BYTES {
        let msg = Message::new("csv-too-large").arg("limit", MAX_FILE_BYTES / (1024 * 1024));
        findings.push(Finding::new(
            Code::CsvSyntax,
            Source::new(name, "").start(),
            msg,
        ));
        return Ok((None, findings));
    }
    let decoded = text::decode(input)?;
    let source = Source::new(name, decoded.text);
    // NUL bytes: UTF-16 (Excel's «Unicode text») or not text at all. Read as
    // CSV it would only give a missing column per column and a wrong cell
    // count per row, all caused by this one finding: it is the only one,
    // and about the whole file, at its start.
    if memchr::memchr(0, source.text.as_bytes()).is_some() {
        let at = source.start();
        findings.push(Finding::new(Code::CsvSyntax, at, Message::new("csv-nul")));
        return Ok((None, findings));
    }
    // Two encodings: every cell after the place is garbled, and whatever
    // the rows would say of people would be noise caused by this one finding.
    if let Some(at) = decoded.mixed_at {
        let at = source.at_bytes(at..at);
        let msg = Message::new("csv-mixed-encoding");
        findings.push(Finding::new(Code::CsvSyntax, at, msg));
        return Ok((None, findings));
    }
    stray_characters(&source, &mut findings);
    let mut sheet = parse(source, decoded.encoding, &mut findings);
    if sheet.header.is_none() {
        let msg = Message::new("csv-empty");
        findings.push(Finding::new(Code::CsvSyntax, sheet.source.start(), msg));
    }
    sheet.rows.shrink_to_fit();
    Ok((Some(sheet), findings))
}

/// A byte order mark inside the text (two files pasted together) is
/// reported at its first occurrence.
fn stray_characters(source: &Source, findings: &mut Vec<Finding>) {
    let bom = "\u{feff}";
    if let Some(at) = memchr::memmem::find(source.text.as_bytes(), bom.as_bytes()) {
        let at = source.at_bytes(at..at + bom.len());
        findings.push(Finding::new(
            Code::CsvSyntax,
            at,
            Message::new("csv-inner-bom"),
        ));
    }
}

/// The delimiter that splits the header line most (`;`, tab or `,`).
fn detect_delimiter(text: &str) -> u8 {
    let first = text.split(['\n', '\r']).next().unwrap_or_default();
    let mut counts = [(b';', 0usize), (b'\t', 0), (b',', 0)];
    let mut quoted = false;
    for b in first.bytes() {
        if b == b'"' {
            quoted = !quoted;
        } else if !quoted {
            for (d, n) in &mut counts {
                *n += usize::from(b == *d);
            }
        }
    }
    counts
        .iter()
        .max_by_key(|(d, n)| (*n, *d == b';', *d == b'\t'))
        .filter(|(_, n)| *n > 0)
        .map_or(b',', |(d, _)| *d)
}

/// Files from this size on are split in two and read on two threads.
const SPLIT_BYTES: usize = 4 * 1024 * 1024;

/// Splits the text into records (see [`split_record`]).
fn parse(source: Source, encoding: Encoding, findings: &mut Vec<Finding>) -> Sheet {
    parse_split(source, encoding, findings, SPLIT_BYTES)
}

/// [`parse`], reading a text of `split_bytes` or more in two halves at once.
/// The second half starts after a line break near the middle; that guess is
/// kept only when the first half's last record ends exactly there (it may
/// not, when the break is inside a quoted cell), else the rest is read again
/// after the first half. Either way the result is that of one pass.
fn parse_split(
    source: Source,
    encoding: Encoding,
    findings: &mut Vec<Finding>,
    split_bytes: usize,
) -> Sheet {
    let delimiter = detect_delimiter(&source.text);
    let bytes = source.text.as_bytes();
    let len = bytes.len();
    let split = (len >= split_bytes && crate::parallel::cores() > 1)
        .then(|| memchr::memchr(b'\n', &bytes[len / 2..]).map(|p| len / 2 + p + 1))
        .flatten()
        .filter(|&at| at < len);
    // Records are sized once from the line count: growing by doubling
    // would copy a region's millions of them. The first half's are sized
    // for the whole file, so that the second half is appended without
    // moving the first.
    let lines = |bytes: &[u8]| {
        let breaks = match memchr::memchr_iter(b'\n', bytes).count() {
            0 => memchr::memchr_iter(b'\r', bytes).count(),
            n => n,
        };
        breaks + 1
    };
    let all = lines(bytes);
    let scan = |from: usize, until: usize, at: Position, lines: usize| {
        Scan::read(&source, delimiter, lines, from, until, at)
    };
    let start = Position {
        line: 1,
        line_begin: 0,
    };
    let (mut first, rest) = match split {
        None => (scan(0, len, start, all), None),
        Some(split) => {
            let line = 1 + memchr::memchr_iter(b'\n', &bytes[..split]).count() as u32;
            let at = Position {
                line,
                line_begin: split,
            };
            let (first, second) = rayon::join(
                || scan(0, split, start, all),
                || scan(split, len, at, lines(&bytes[split..])),
            );
            if first.stop == split {
                (first, Some(second))
            } else {
                let again = scan(first.stop, len, first.at, lines(&bytes[first.stop..]));
                (first, Some(again))
            }
        }
    };
    if let Some(rest) = rest {
        first.append(rest);
    }
    findings.append(&mut first.findings);
    let mut rows = first.records.into_iter();
    let header = rows.next();
    // Signs in the header are names, not values.
    let signs = first.signs.into_iter();
    let signs = signs.filter_map(|(r, c)| Some((r.checked_sub(1)?, c)));
    let final_newline = source.text.ends_with('\n') || source.text.ends_with('\r');
    let dialect = Dialect {
        encoding,
        delimiter,
        crlf: first.crlf.unwrap_or(false),
        quote_all: first.any_cell && first.all_quoted,
        final_newline,
    };
    Sheet {
        header,
        rows: rows.collect(),
        signs: signs.collect(),
        dialect,
        source,
    }
}

/// A line of the text: its number and where it begins. Lines end at `\n`
/// only (as the diagnostics show them); a lone `\r` ends a record but not a
/// line.
#[derive(Debug, Clone, Copy)]
struct Position {
    line: u32,
    line_begin: usize,
}

/// The records of a stretch of the text.
#[derive(Debug)]
struct Scan {
    records: Vec<Record>,
    /// Cells starting with a formula sign: (record, cell), records counted
    /// from the scan's first.
    signs: Vec<(u32, u32)>,
    findings: Vec<Finding>,
    /// Where reading stopped: the first record start at or after `until`.
    stop: usize,
    /// The line reading stopped on.
    at: Position,
    all_quoted: bool,
    any_cell: bool,
    /// Line breaks as the first record ends (a break inside quotes is text).
    crlf: Option<bool>,
}

impl Scan {
    /// Reads records from `from` (a record start on line `at`) while they
    /// start before `until`, with room for `lines` records.
    fn read(
        source: &Source,
        delimiter: u8,
        lines: usize,
        from: usize,
        until: usize,
        at: Position,
    ) -> Scan {
        let bytes = source.text.as_bytes();
        let len = bytes.len();
        let mut records: Vec<Record> = Vec::with_capacity(lines);
        let (mut signs, mut findings) = (Vec::new(), Vec::new());
        let (mut i, mut line, mut line_begin) = (from, at.line, at.line_begin);
        let (mut all_quoted, mut any_cell, mut crlf) = (true, false, None);
        while i < len && i < until {
            let (line_start, record_line, start) = (line_begin, line, i);
            let (mut width, mut blank) = (0u32, false);
            i = split_record(bytes, start, delimiter, |cell, quote| {
                let (from, to) = (cell.start as usize, cell.end as usize);
                if quote != Quote::None {
                    line += newlines(&bytes[from..to], from, &mut line_begin);
                }
                if quote == Quote::Unclosed {
                    let at = Location {
                        file: source.name.clone(),
                        line: record_line as usize,
                        column: source.text[line_start..from].chars().count() + 1,
                        bytes: from..from + 1,
                    };
                    let msg = Message::new("csv-unclosed-quote");
                    findings.push(Finding::new(Code::CsvSyntax, at, msg));
                }
                // The cell's own first character (an empty cell has none).
                let first = bytes[from..to].get(usize::from(quote != Quote::None));
                if first.is_some_and(|&b| super::values::formula_sign(b)) {
                    signs.push((records.len() as u32, width));
                }
                any_cell |= to > from;
                all_quoted &= quote != Quote::None || to == from;
                if width == 0 {
                    blank = to == from;
                }
                width += 1;
            });
            // The line break (CRLF, LF or a lone CR).
            if crlf.is_none() && i < len {
                crlf = Some(bytes[i] == b'\r');
            }
            if i < len && bytes[i] == b'\r' {
                i += 1;
            }
            if i < len && bytes[i] == b'\n' {
                i += 1;
                line += 1;
                line_begin = i;
            }
            // A blank line is no record.
            if !(blank && width == 1) {
                records.push(Record {
                    line: record_line,
                    line_start: line_start as u32,
                    start: start as u32,
                    width,
                });
            }
        }
        Scan {
            records,
            signs,
            findings,
            stop: i.max(from),
            at: Position { line, line_begin },
            all_quoted,
            any_cell,
            crlf,
        }
    }

    /// Adds the records read after these.
    fn append(&mut self, mut next: Scan) {
        let before = self.records.len() as u32;
        let signs = next.signs.iter().map(|&(r, c)| (r + before, c));
        self.signs.extend(signs);
        self.records.append(&mut next.records);
        self.findings.append(&mut next.findings);
        self.all_quoted &= next.all_quoted;
        self.any_cell |= next.any_cell;
        self.crlf = self.crlf.or(next.crlf);
    }
}

/// How a cell is quoted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Quote {
    None,
    Closed,
    /// The quote runs to the end of the file.
    Unclosed,
}

/// The cells of the record that starts at `i` (RFC 4180, leniently: a
/// quote inside an unquoted cell is text, as Excel reads it), each given to
/// `cell`; returns where the record ends (at its line break or the end).
/// Reading the file and finding a record's cells again both use it, so
/// they cannot disagree.
fn split_record(
    bytes: &[u8],
    mut i: usize,
    delimiter: u8,
    mut cell: impl FnMut(Cell, Quote),
) -> usize {
    let len = bytes.len();
    loop {
        let start = i;
        let mut quote = Quote::None;
        if i < len && bytes[i] == b'"' {
            quote = Quote::Closed;
            i += 1;
            loop {
                match memchr_quote(bytes, i) {
                    Some(q) if q + 1 < len && bytes[q + 1] == b'"' => i = q + 2,
                    Some(q) => {
                        i = q + 1;
                        break;
                    }
                    None => {
                        quote = Quote::Unclosed;
                        i = len;
                        break;
                    }
                }
            }
        }
        // Text after a closing quote belongs to the cell, as Excel reads it.
        i = cell_end(bytes, i, delimiter);
        let at = Cell {
            start: start as u32,
            end: i as u32,
        };
        cell(at, quote);
        if i < len && bytes[i] == delimiter {
            i += 1;
        } else {
            return i;
        }
    }
}

fn memchr_quote(bytes: &[u8], from: usize) -> Option<usize> {
    memchr::memchr(b'"', &bytes[from..]).map(|p| from + p)
}

/// Where the unquoted text from `from` ends: at the delimiter, a line break
/// or the end.
fn cell_end(bytes: &[u8], from: usize, delimiter: u8) -> usize {
    memchr::memchr3(delimiter, b'\n', b'\r', &bytes[from..]).map_or(bytes.len(), |p| from + p)
}

/// The line breaks in `bytes` (which start at `offset`), moving `line_begin`
/// past the last one.
fn newlines(bytes: &[u8], offset: usize, line_begin: &mut usize) -> u32 {
    if let Some(last) = bytes.iter().rposition(|b| *b == b'\n') {
        *line_begin = offset + last + 1;
    }
    bytes.iter().filter(|b| **b == b'\n').count() as u32
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        /// Reading in two halves gives what one pass gives, wherever the
        /// middle falls: inside quotes, on a lone CR, on blank lines.
        #[test]
        fn two_halves_read_as_one_pass(text in "[ab=,;\"\r\n]{0,80}") {
            let read = |split_bytes| {
                let mut findings = Vec::new();
                let source = Source::new("t.csv", text.clone());
                let sheet = parse_split(source, Encoding::Utf8, &mut findings, split_bytes);
                let cells: Vec<Vec<Cell>> = sheet
                    .header
                    .iter()
                    .chain(&sheet.rows)
                    .map(|r| sheet.cells(r).to_vec())
                    .collect();
                let found: Vec<_> = findings
                    .iter()
                    .map(|f| (f.message.id, f.location.line, f.location.column, f.location.bytes.clone()))
                    .collect();
                let records: Vec<(u32, u32)> = sheet
                    .header
                    .iter()
                    .chain(&sheet.rows)
                    .map(|r| (r.line, r.line_start))
                    .collect();
                (records, cells, sheet.signs, sheet.dialect, found)
            };
            prop_assert_eq!(read(1), read(usize::MAX));
        }
    }

    fn sheet(bytes: &[u8]) -> (Sheet, Vec<Finding>) {
        let (sheet, findings) = read("t.csv".into(), bytes);
        (sheet.expect("a sheet"), findings)
    }

    #[test]
    fn encodings_and_dialects_are_detected() {
        let (s, _) = sheet(b"\xEF\xBB\xBFid;name\r\n1;\xD0\x90\r\n");
        assert_eq!(
            (s.dialect.encoding, s.dialect.delimiter, s.dialect.crlf),
            (Encoding::Utf8Bom, b';', true)
        );
        let (s, _) = sheet(b"id\tname\n1\t\xC0\xE1\n");
        assert_eq!(
            (s.dialect.encoding, s.dialect.delimiter),
            (Encoding::Windows1251, b'\t')
        );
        assert_eq!(s.text(s.cells(&s.rows[0])[1]), "Аб");
    }

    #[test]
    fn mixed_encodings_are_the_one_finding_where_utf8_stops() {
        // «Иван» in UTF-8 on line 2, «Аб» in Windows-1251 on line 3.
        let text = b"id,name\n1,\xD0\x98\xD0\xB2\xD0\xB0\xD0\xBD\n2,\xC0\xE1\n";
        let (s, findings) = read("t.csv".into(), text);
        assert!(s.is_none() && findings.len() == 1, "{findings:?}");
        let at = &findings[0].location;
        assert_eq!(
            (findings[0].message.id, at.line, at.column),
            ("csv-mixed-encoding", 3, 3)
        );
    }

    /// A lone CR ends a record, not a line: positions stay those the
    /// diagnostics show (found by cargo fuzz).
    #[test]
    fn a_lone_carriage_return_ends_a_record_not_a_line() {
        let (s, _) = sheet(b"id,name\r1,a\r2,b\n3,c\n");
        assert_eq!(s.rows.len(), 3);
        let at = s.locate(&s.rows[1], s.cells(&s.rows[1])[1]);
        assert_eq!((at.line, at.column), (1, 15));
        let at = s.locate(&s.rows[2], s.cells(&s.rows[2])[0]);
        assert_eq!((at.line, at.column), (2, 1));
    }

    /// Formula signs are noted where cells start (after a quote), not
    /// inside cells, and not in the header.
    #[test]
    fn formula_signs_are_noted_at_cell_starts() {
        let (s, _) = sheet(b"=id,note\n=x,\"+a\"\nb-c,-\n");
        assert_eq!(s.signs, [(0, 0), (0, 1), (1, 1)]);
        // Empty cells before a tab, CR or line break start with nothing
        // (found by cargo fuzz: a blank line once left a sign behind).
        let (s, _) = sheet(b"id\tnote\n\r\n1\t\n\t\r\n");
        assert_eq!((s.rows.len(), s.signs.len()), (2, 0));
    }

    #[test]
    fn a_ten_megabyte_cell_is_one_cell() {
        let mut bytes = b"id,note\n1,\"".to_vec();
        bytes.extend(std::iter::repeat_n(b'x', 10 * 1024 * 1024));
        bytes.extend(b"\"\n2,short\n");
        let (s, findings) = sheet(&bytes);
        assert!(findings.is_empty());
        assert_eq!(s.rows.len(), 2);
        assert_eq!(s.text(s.cells(&s.rows[0])[1]).len(), 10 * 1024 * 1024);
        assert_eq!(s.locate(&s.rows[1], s.cells(&s.rows[1])[1]).line, 3);
    }
}
