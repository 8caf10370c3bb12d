//! Office documents as .docx (WordprocessingML in a zip), what schools sign
//! and file: an A4 page in Times New Roman 14, the annex line at the top
//! right, a centred bold title, a bordered table whose header row repeats on
//! every page and whose columns are as wide as their words need (a narrow
//! «№», wide names), and a place for the signature. Three parts are all Word,
//! LibreOffice and python-docx need.

use std::io::{self, Cursor, Write};

use zip::write::SimpleFileOptions;

use super::chart::escape;
use super::written::Written as Document;

const CONTENT_TYPES: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>"#;

const RELATIONSHIPS: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>"#;

/// Times New Roman 14 (sizes are in half-points); 12 in the table, as
/// annexes set it, so that five columns of long Russian words fit A4.
const RUN: &str = r#"<w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:cs="Times New Roman"/><w:sz w:val="28"/></w:rPr>"#;
const RUN_BOLD: &str = r#"<w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:cs="Times New Roman"/><w:b/><w:sz w:val="28"/></w:rPr>"#;
const CELL: &str = r#"<w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:cs="Times New Roman"/><w:sz w:val="24"/></w:rPr>"#;
const CELL_BOLD: &str = r#"<w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:cs="Times New Roman"/><w:b/><w:sz w:val="24"/></w:rPr>"#;

/// The document as the bytes of a .docx file.
pub fn table_document(doc: &Document) -> io::Result<Vec<u8>> {
    let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let options = SimpleFileOptions::default();
    for (name, text) in [
        ("[Content_Types].xml", CONTENT_TYPES),
        ("_rels/.rels", RELATIONSHIPS),
        ("word/document.xml", &body(doc)),
    ] {
        zip.start_file(name, options).map_err(io::Error::other)?;
        zip.write_all(text.as_bytes())?;
    }
    Ok(zip.finish().map_err(io::Error::other)?.into_inner())
}

fn paragraph(out: &mut String, text: &str, align: &str, bold: bool) {
    let run = if bold { RUN_BOLD } else { RUN };
    out.push_str(&format!(
        r#"<w:p><w:pPr><w:jc w:val="{align}"/><w:spacing w:after="120"/></w:pPr><w:r>{run}<w:t xml:space="preserve">{}</w:t></w:r></w:p>"#,
        escape(text)
    ));
}

/// The text width between the margins of [`body`]'s page, in twips.
const TEXT_WIDTH: u32 = 11906 - 1701 - 850;
/// Twips a letter of Times New Roman 12 takes, generously (its Cyrillic
/// averages half an em, 120 twips); bold a sixth more. A cell's inner
/// margins, left and right, and a little air.
const LETTER: u32 = 135;
const PADDING: u32 = 2 * 108 + 60;

fn row(out: &mut String, cells: &[String], widths: &[u32], header: bool) {
    out.push_str("<w:tr>");
    if header {
        // The header repeats on every page; no row breaks across pages.
        out.push_str(r#"<w:trPr><w:tblHeader/><w:cantSplit/></w:trPr>"#);
    } else {
        out.push_str(r#"<w:trPr><w:cantSplit/></w:trPr>"#);
    }
    let run = if header { CELL_BOLD } else { CELL };
    for (cell, width) in cells.iter().zip(widths) {
        out.push_str(&format!(
            r#"<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/></w:tcPr><w:p><w:r>{run}<w:t xml:space="preserve">{}</w:t></w:r></w:p></w:tc>"#,
            escape(cell)
        ));
    }
    out.push_str("</w:tr>");
}

/// Column widths in twips that fit the page: each column at least as wide
/// as its longest word (so none breaks inside: «наставляемого», a surname,
/// «п/п»); then, as a browser lays out a table, the columns whose whole lines
/// fit their fair share of the room get them (a «№», a date never wraps),
/// and the rest share what is left by how long their lines are. Only when
/// the longest words alone overflow the page do all shrink.
fn widths(header: &[String], rows: &[Vec<String>]) -> Vec<u32> {
    let letters = |text: &str| u32::try_from(text.chars().count()).unwrap_or(u32::MAX);
    let columns = header.len();
    let (mut word, mut line) = (vec![0u32; columns], vec![0u32; columns]);
    let bold = |n: u32| n + n.div_ceil(6);
    for (i, title) in header.iter().enumerate() {
        let longest = title.split_whitespace().map(letters).max().unwrap_or(0);
        word[i] = bold(longest);
        line[i] = bold(letters(title));
    }
    for cells in rows {
        for (i, cell) in cells.iter().enumerate().take(columns) {
            let longest = cell.split_whitespace().map(letters).max().unwrap_or(0);
            word[i] = word[i].max(longest);
            line[i] = line[i].max(letters(cell));
        }
    }
    let twips = |letters: u32| letters.saturating_mul(LETTER).saturating_add(PADDING);
    let mut widths: Vec<u32> = word.iter().map(|&w| twips(w)).collect();
    let extra: Vec<u32> = line
        .iter()
        .zip(&widths)
        .map(|(&l, &m)| twips(l).saturating_sub(m))
        .collect();
    let floor: u32 = widths.iter().sum();
    if floor >= TEXT_WIDTH {
        let scale = |m: u32| {
            u32::try_from(u64::from(m) * u64::from(TEXT_WIDTH) / u64::from(floor)).unwrap_or(m)
        };
        return widths.into_iter().map(scale).collect();
    }
    let mut room = TEXT_WIDTH - floor;
    let mut open: Vec<usize> = (0..columns).collect();
    while !open.is_empty() {
        let fair = room / u32::try_from(open.len()).unwrap_or(1);
        let (fit, rest): (Vec<usize>, Vec<usize>) = open.iter().partition(|&&i| extra[i] <= fair);
        if fit.is_empty() {
            let wanted: u64 = rest.iter().map(|&i| u64::from(extra[i])).sum();
            for &i in &rest {
                let share = u64::from(extra[i]) * u64::from(room) / wanted.max(1);
                widths[i] += u32::try_from(share).unwrap_or(0);
            }
            room = 0;
            break;
        }
        for &i in &fit {
            widths[i] += extra[i];
            room -= extra[i];
        }
        open = rest;
    }
    // Room nobody wants is spread evenly.
    let spare = room / u32::try_from(columns.max(1)).unwrap_or(1);
    widths.iter_mut().for_each(|w| *w += spare);
    widths
}

fn body(doc: &Document) -> String {
    let mut out = String::from(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>"#,
    );
    if let Some(annex) = &doc.annex {
        paragraph(&mut out, annex, "right", false);
    }
    paragraph(&mut out, &doc.organization, "center", false);
    paragraph(&mut out, &doc.title, "center", true);
    let widths = widths(&doc.header, &doc.rows);
    let total: u32 = widths.iter().sum();
    out.push_str(&format!(
        r#"<w:tbl><w:tblPr><w:tblW w:w="{total}" w:type="dxa"/><w:tblLayout w:type="fixed"/><w:tblBorders><w:top w:val="single" w:sz="4"/><w:left w:val="single" w:sz="4"/><w:bottom w:val="single" w:sz="4"/><w:right w:val="single" w:sz="4"/><w:insideH w:val="single" w:sz="4"/><w:insideV w:val="single" w:sz="4"/></w:tblBorders></w:tblPr><w:tblGrid>"#,
    ));
    for width in &widths {
        out.push_str(&format!(r#"<w:gridCol w:w="{width}"/>"#));
    }
    out.push_str("</w:tblGrid>");
    row(&mut out, &doc.header, &widths, true);
    for cells in &doc.rows {
        row(&mut out, cells, &widths, false);
    }
    out.push_str("</w:tbl>");
    if doc.rows.is_empty() {
        paragraph(&mut out, &doc.empty, "left", false);
    }
    // Room to sign, as the office's own documents leave it.
    out.push_str(r#"<w:p><w:pPr><w:spacing w:before="480"/></w:pPr></w:p>"#);
    paragraph(&mut out, &doc.signature, "left", false);
    // A4, margins 2 cm left and right (3 cm binding on the left), 2 cm top and bottom.
    out.push_str(
        r#"<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701" w:header="708" w:footer="708" w:gutter="0"/></w:sectPr></w:body></w:document>"#,
    );
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_docx_is_a_zip_with_the_three_parts_and_escaped_text() {
        let doc = Document {
            organization: "Школа «7» & партнёры".into(),
            annex: Some("Приложение к приказу № 1".into()),
            title: "Список".into(),
            header: vec!["ФИО".into()],
            rows: vec![vec!["<Иванов>".into()]],
            empty: String::new(),
            signature: "Директор ________ / ________".into(),
        };
        let bytes = table_document(&doc).expect("docx");
        let mut zip = zip::ZipArchive::new(Cursor::new(bytes)).expect("zip");
        let mut xml = String::new();
        std::io::Read::read_to_string(
            &mut zip.by_name("word/document.xml").expect("part"),
            &mut xml,
        )
        .expect("utf-8");
        assert!(xml.contains("Школа «7» &amp; партнёры"));
        assert!(xml.contains("&lt;Иванов&gt;"));
        assert!(xml.contains("<w:tblHeader/>"));
        assert!(xml.contains("<w:tblGrid><w:gridCol"));
        assert!(xml.contains("Директор ________"));
        assert!(zip.by_name("[Content_Types].xml").is_ok());
        assert!(zip.by_name("_rels/.rels").is_ok());
    }

    /// No word is narrower than its column needs while the page has room,
    /// the columns fill the text width, and a «№» column stays narrow.
    #[test]
    fn columns_fit_their_longest_words_and_the_page() {
        let header: Vec<String> = ["№ п/п", "ФИО наставника", "ФИО наставляемого", "Форма"]
            .map(String::from)
            .to_vec();
        let rows = vec![
            [
                "1",
                "Константинопольская Александра Викторовна",
                "Иванов Иван",
                "учитель – ученик"
            ]
            .map(String::from)
            .to_vec();
            3
        ];
        let w = widths(&header, &rows);
        assert!(w.iter().sum::<u32>() <= TEXT_WIDTH, "{w:?}");
        assert!(w.iter().sum::<u32>() + 10 >= TEXT_WIDTH, "{w:?}");
        assert!(w[0] < w[1] && w[0] < 1200, "{w:?}");
        let word = |n: u32| n * LETTER + PADDING;
        assert!(w[1] >= word(19) && w[2] >= word(15), "{w:?}");
        assert!(w[0] >= word(6), "«№ п/п» whole on one line: {w:?}");
    }
}
