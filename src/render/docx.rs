//! Office documents as .docx (WordprocessingML in a zip), what schools sign
//! and file: an A4 page in Times New Roman 14, the annex line at the top
//! right, a centred bold title and a bordered table whose header row repeats
//! on every page. Three parts are all Word and LibreOffice need.

use std::io::{self, Cursor, Write};

use zip::write::SimpleFileOptions;

use super::chart::escape;
use super::written::Written as Document;

const CONTENT_TYPES: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>"#;

const RELATIONSHIPS: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>"#;

/// Times New Roman 14 (sizes are in half-points).
const RUN: &str = r#"<w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:cs="Times New Roman"/><w:sz w:val="28"/></w:rPr>"#;
const RUN_BOLD: &str = r#"<w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:cs="Times New Roman"/><w:b/><w:sz w:val="28"/></w:rPr>"#;

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

fn row(out: &mut String, cells: &[String], header: bool) {
    out.push_str("<w:tr>");
    if header {
        out.push_str(r#"<w:trPr><w:tblHeader/></w:trPr>"#);
    }
    let run = if header { RUN_BOLD } else { RUN };
    for cell in cells {
        out.push_str(&format!(
            r#"<w:tc><w:p><w:r>{run}<w:t xml:space="preserve">{}</w:t></w:r></w:p></w:tc>"#,
            escape(cell)
        ));
    }
    out.push_str("</w:tr>");
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
    out.push_str(
        r#"<w:tbl><w:tblPr><w:tblW w:w="5000" w:type="pct"/><w:tblBorders><w:top w:val="single" w:sz="4"/><w:left w:val="single" w:sz="4"/><w:bottom w:val="single" w:sz="4"/><w:right w:val="single" w:sz="4"/><w:insideH w:val="single" w:sz="4"/><w:insideV w:val="single" w:sz="4"/></w:tblBorders></w:tblPr>"#,
    );
    row(&mut out, &doc.header, true);
    for cells in &doc.rows {
        row(&mut out, cells, false);
    }
    out.push_str("</w:tbl>");
    if doc.rows.is_empty() {
        paragraph(&mut out, &doc.empty, "left", false);
    }
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
        assert!(zip.by_name("[Content_Types].xml").is_ok());
        assert!(zip.by_name("_rels/.rels").is_ok());
    }
}
