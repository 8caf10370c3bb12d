//! A .docx into a grid: the tables of `word/document.xml` (`w:tbl/w:tr/w:tc`)
//! and the paragraphs between them. A horizontally merged cell
//! (`w:gridSpan`) is followed by empty cells so that columns stay aligned; a
//! vertically merged one (`w:vMerge` continued) repeats the text above it. Paragraphs inside a cell are joined with «; » when they are
//! list items, else with a space. Nested tables are read as text of their cell.

use std::io::{Cursor, Read};

use quick_xml::Reader;
use quick_xml::events::Event;

use super::{Grid, GridRow, MAX_XML_BYTES, Origin};
use crate::error::Import as Error;

/// The grid of a .docx file's bytes.
pub fn grid(bytes: &[u8]) -> Result<Grid, Error> {
    let corrupt = |e: &dyn std::fmt::Display| Error::Corrupt(e.to_string());
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes)).map_err(|e| corrupt(&e))?;
    let file = zip.by_name("word/document.xml").map_err(|e| corrupt(&e))?;
    let mut xml = String::new();
    // Read one byte past the limit to know it was passed, whatever the zip claims.
    file.take(MAX_XML_BYTES + 1)
        .read_to_string(&mut xml)
        .map_err(|e| corrupt(&e))?;
    if xml.len() as u64 > MAX_XML_BYTES {
        return Err(Error::TooLarge {
            limit_mb: (MAX_XML_BYTES / (1024 * 1024)) as usize,
        });
    }
    parse(&xml)
}

/// Cells of all tables together, and their text once merged cells are
/// repeated: far above any roadmap (a few hundred rows of a few columns),
/// far below what a machine's memory holds. A vertically merged cell
/// repeats its text on every row it spans, so a small file of merges could
/// otherwise ask for gigabytes.
pub const MAX_CELLS: usize = 200_000;
pub const MAX_TEXT_BYTES: usize = 64 * 1024 * 1024;

/// Where the reader is: inside how many tables, which row and cell.
#[derive(Default)]
struct State {
    grid: Grid,
    depth: usize,
    tables: usize,
    rows: usize,
    row: Vec<String>,
    cell: String,
    paragraph: String,
    list_item: bool,
    /// Empty cells to add after the current one (`w:gridSpan` − 1).
    span: usize,
    /// The `w:tc` elements of the current row: one that spans the table is
    /// a heading, given as one cell as text copied out of Word gives it.
    cells_in_row: usize,
    /// The current cell continues the one above (`w:vMerge`).
    merged: bool,
    /// The cells of the row above, by grid column.
    above: Vec<String>,
    paragraphs: usize,
    /// Cells and their text so far, against [`MAX_CELLS`] and [`MAX_TEXT_BYTES`].
    cells: usize,
    text: usize,
}

fn parse(xml: &str) -> Result<Grid, Error> {
    let mut reader = Reader::from_str(xml);
    let mut s = State::default();
    loop {
        let event = reader
            .read_event()
            .map_err(|e| Error::Corrupt(e.to_string()))?;
        match event {
            Event::Start(e) => match e.name().as_ref() {
                "w:tbl" => {
                    s.depth += 1;
                    if s.depth == 1 {
                        s.tables += 1;
                        s.rows = 0;
                        // A table ends the block of paragraphs before it.
                        s.paragraphs += 1;
                    }
                }
                "w:tr" if s.depth == 1 => s.row.clear(),
                "w:tc" if s.depth == 1 => {
                    s.cell.clear();
                    s.span = 0;
                    s.merged = false;
                }
                "w:p" => {
                    s.paragraph.clear();
                    s.list_item = false;
                }
                _ => {}
            },
            Event::Empty(e) => match e.name().as_ref() {
                "w:gridSpan" if s.depth == 1 => {
                    s.span = attribute(&e, "w:val")
                        .and_then(|v| v.parse::<usize>().ok())
                        .map_or(0, |n| n.clamp(1, 64) - 1);
                }
                "w:vMerge" if s.depth == 1 => {
                    s.merged = attribute(&e, "w:val").is_none_or(|v| v == "continue");
                }
                "w:numPr" => s.list_item = true,
                "w:tab" => s.paragraph.push(' '),
                "w:br" | "w:cr" => s.paragraph.push(' '),
                _ => {}
            },
            Event::Text(t) => s.paragraph.push_str(&t.xml10_content()),
            Event::GeneralRef(r) => {
                if let Ok(Some(c)) = r.resolve_char_ref() {
                    s.paragraph.push(c);
                } else if let Some(text) = quick_xml::escape::resolve_predefined_entity(&r) {
                    s.paragraph.push_str(text);
                }
            }
            Event::End(e) => match e.name().as_ref() {
                "w:p" => {
                    let text = s.paragraph.trim().to_owned();
                    if s.depth == 0 {
                        s.paragraphs += 1;
                        if !text.is_empty() {
                            let at = Origin::Line(s.paragraphs);
                            s.grid.paragraphs.push((at, text));
                        }
                    } else if !text.is_empty() {
                        if !s.cell.is_empty() {
                            s.cell.push_str(if s.list_item { "; " } else { " " });
                        }
                        s.cell.push_str(&text);
                    }
                }
                "w:tc" if s.depth == 1 => {
                    let mut cell = std::mem::take(&mut s.cell);
                    if s.merged {
                        cell = s.above.get(s.row.len()).cloned().unwrap_or_default();
                    }
                    s.cells += 1 + s.span;
                    s.text += cell.len();
                    if s.cells > MAX_CELLS || s.text > MAX_TEXT_BYTES {
                        return Err(Error::TooManyCells {
                            cells: MAX_CELLS,
                            text_mb: MAX_TEXT_BYTES / (1024 * 1024),
                        });
                    }
                    s.row.push(cell);
                    s.cells_in_row += 1;
                    for _ in 0..s.span {
                        s.row.push(String::new());
                    }
                }
                "w:tr" if s.depth == 1 => {
                    s.rows += 1;
                    let at = Origin::Row {
                        table: s.tables,
                        row: s.rows,
                    };
                    let mut cells = std::mem::take(&mut s.row);
                    s.above.clone_from(&cells);
                    if std::mem::take(&mut s.cells_in_row) == 1 {
                        cells.truncate(1);
                    }
                    s.grid.rows.push(GridRow { cells, at });
                }
                "w:tbl" => s.depth = s.depth.saturating_sub(1),
                _ => {}
            },
            // A document cut short (a truncated file, a broken download)
            // ends inside a table: what it holds would be silently partial.
            Event::Eof if s.depth > 0 => {
                return Err(Error::Corrupt(
                    "word/document.xml ends inside a table: the file is cut short".to_owned(),
                ));
            }
            Event::Eof => break,
            _ => {}
        }
    }
    Ok(s.grid)
}

fn attribute(e: &quick_xml::events::BytesStart<'_>, name: &str) -> Option<String> {
    let a = e.try_get_attribute(name).ok()??;
    Some(a.value.into_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    const DOC: &str = r#"<w:document xmlns:w="x"><w:body>
<w:p><w:r><w:t>Дорожная карта</w:t></w:r></w:p>
<w:tbl><w:tr><w:tc><w:p><w:r><w:t>Мероприятие</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>Сроки</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>Ответственные</w:t></w:r></w:p></w:tc></w:tr>
<w:tr><w:tc><w:tcPr><w:gridSpan w:val="3"/></w:tcPr><w:p><w:r><w:t>Этап 1. Подготовка условий</w:t></w:r></w:p></w:tc></w:tr>
<w:tr><w:tc><w:p><w:pPr><w:numPr/></w:pPr><w:r><w:t>первое</w:t></w:r></w:p><w:p><w:pPr><w:numPr/></w:pPr><w:r><w:t>второе &amp; третье</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>май</w:t></w:r></w:p></w:tc><w:tc><w:p/></w:tc></w:tr>
<w:tr><w:tc><w:p><w:r><w:t>четвертое</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:vMerge/></w:tcPr><w:p/></w:tc><w:tc><w:p/></w:tc></w:tr>
</w:tbl></w:body></w:document>"#;

    #[test]
    fn tables_spans_lists_and_paragraphs() {
        let g = parse(DOC).expect("xml");
        assert_eq!(
            g.paragraphs,
            [(Origin::Line(1), "Дорожная карта".to_owned())]
        );
        let rows: Vec<Vec<String>> = g.rows.iter().map(|r| r.cells.clone()).collect();
        assert_eq!(
            rows,
            [
                vec!["Мероприятие", "Сроки", "Ответственные"],
                vec!["Этап 1. Подготовка условий"],
                vec!["первое; второе & третье", "май", ""],
                vec!["четвертое", "май", ""],
            ]
        );
        assert_eq!(g.rows[2].at, Origin::Row { table: 1, row: 3 });
    }

    #[test]
    fn not_a_zip_is_corrupt() {
        assert!(matches!(grid(b"PK\x03\x04 broken"), Err(Error::Corrupt(_))));
    }

    /// Bad input a methodist's file can hold: a table nested in a cell (read
    /// as the cell's text), a header over two rows (the second, of no known
    /// column, is never an activity), an empty row between activities.
    #[test]
    fn nested_tables_two_row_headers_and_empty_rows_invent_nothing() {
        let cell = |t: &str| format!("<w:tc><w:p><w:r><w:t>{t}</w:t></w:r></w:p></w:tc>");
        let row = |cells: &[&str]| {
            format!(
                "<w:tr>{}</w:tr>",
                cells.iter().map(|c| cell(c)).collect::<String>()
            )
        };
        let nested = format!(
            "<w:tr>{}<w:tc><w:p><w:r><w:t>Встречи пар</w:t></w:r></w:p><w:tbl>{}</w:tbl></w:tc>{}{}{}</w:tr>",
            cell("1.2"),
            row(&["вложенная", "таблица"]),
            cell("ежемесячно"),
            cell("Наставники"),
            cell("Журнал")
        );
        let doc = format!(
            "<w:document xmlns:w=\"x\"><w:body><w:p><w:r><w:t>Дорожная карта</w:t></w:r></w:p><w:tbl>{}{}{}{}{}{}</w:tbl></w:body></w:document>",
            row(&["№", "Мероприятие", "Сроки", "Ответственные", "Результат"]),
            row(&["", "", "начало – окончание", "", ""]),
            row(&[
                "1.1",
                "Приказ о внедрении",
                "сентябрь 2025 г.",
                "Директор",
                "Приказ"
            ]),
            row(&["", "", "", "", ""]),
            nested,
            row(&["", "", "", "", ""]),
        );
        let grid = parse(&doc).expect("xml");
        let draft = super::super::table::draft("t.docx", grid).expect("a roadmap");
        let activities: Vec<(Option<&str>, &str)> = draft
            .sections
            .iter()
            .flat_map(|s| &s.activities)
            .map(|a| (a.id.as_deref(), a.title.as_str()))
            .collect();
        assert_eq!(
            activities,
            [
                (Some("1.1"), "Приказ о внедрении"),
                (Some("1.2"), "Встречи пар вложенная таблица")
            ]
        );
    }

    /// A small document of merges that would replicate a large cell on
    /// every row, or span thousands of cells, stops at the budget instead
    /// of asking for gigabytes.
    #[test]
    fn merges_that_multiply_stop_at_the_budget() {
        let big = "ж".repeat(1024 * 1024);
        let mut xml = format!(
            r#"<w:document><w:body><w:tbl><w:tr><w:tc><w:p><w:r><w:t>{big}</w:t></w:r></w:p></w:tc></w:tr>"#
        );
        let merged = r#"<w:tr><w:tc><w:tcPr><w:vMerge/></w:tcPr><w:p/></w:tc></w:tr>"#;
        xml.push_str(&merged.repeat(20_000));
        xml.push_str("</w:tbl></w:body></w:document>");
        assert!(matches!(parse(&xml), Err(Error::TooManyCells { .. })));
        let spans =
            r#"<w:tc><w:tcPr><w:gridSpan w:val="64"/></w:tcPr><w:p/></w:tc>"#.repeat(10_000);
        let xml = format!(
            "<w:document><w:body><w:tbl><w:tr>{spans}</w:tr></w:tbl></w:body></w:document>"
        );
        assert!(matches!(parse(&xml), Err(Error::TooManyCells { .. })));
    }

    /// A document cut short inside a table is corrupt, not a smaller table.
    #[test]
    fn a_document_cut_short_is_corrupt() {
        let xml =
            r#"<w:document><w:body><w:tbl><w:tr><w:tc><w:p><w:r><w:t>1.1</w:t></w:r></w:p></w:tc>"#;
        assert!(matches!(parse(xml), Err(Error::Corrupt(_))));
    }
}
