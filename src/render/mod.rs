//! Renderers: findings → text in the format a person or a CI system reads.

mod chart;
pub mod coverage;
mod docx;
mod human;
pub mod ics;
mod machine;
pub mod meetings;
pub mod pairs;
pub mod plan;
pub mod report;
pub mod roadmap_yaml;
pub mod written;
pub mod xlsx;

use std::collections::HashMap;
use std::io::{self, Write};
use std::sync::Arc;
use unicode_width::UnicodeWidthStr;

use crate::i18n::I18n;
use mentor_core::finding::{Finding, Tally};

/// Output formats of the checking commands (`--format`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// `github` under GitHub Actions, else `human`.
    Auto,
    /// For people: a table, or diagnostics with the source line and a hint.
    Human,
    /// One JSON document.
    Json,
    /// One JSON object per line.
    Jsonl,
    /// A table for spreadsheets (with `--excel`: Russian Excel's own CSV).
    Csv,
    /// GitHub Actions annotations on the offending lines.
    Github,
    /// GitLab Code Quality report.
    Gitlab,
    /// SARIF 2.1.0 (GitHub code scanning, IDEs).
    Sarif,
    /// Markdown.
    Md,
    /// An Excel workbook, with `-o FILE.xlsx`.
    Xlsx,
    /// A self-contained web page.
    Html,
    /// A Word document, with `-o FILE.docx`.
    Docx,
    /// The calendar as iCalendar (Google, Outlook, Yandex calendars).
    Ics,
}

/// Writes one table: Markdown rows for `--format md`, else a terminal grid
/// wrapped to `width` (all table commands share this so they look alike).
pub(crate) fn grid(
    out: &mut dyn Write,
    header: impl Into<Vec<String>>,
    rows: impl IntoIterator<Item = impl Into<Vec<String>>>,
    markdown: bool,
    width: Option<u16>,
) -> io::Result<()> {
    let header = header.into();
    if markdown {
        let line = |cells: &[String]| {
            let escaped: Vec<String> = cells.iter().map(|c| md_cell(c)).collect();
            format!("| {} |", escaped.join(" | "))
        };
        writeln!(out, "{}", line(&header))?;
        writeln!(out, "|{}", "---|".repeat(header.len()))?;
        for row in rows {
            writeln!(out, "{}", line(&row.into()))?;
        }
        return Ok(());
    }
    let rows = rows.into_iter().map(|row| {
        row.into()
            .into_iter()
            .map(|t| comfy_table::Cell::new(visible(&t)))
            .collect()
    });
    grid_of_cells(out, header, rows, width, false)
}

/// The terminal grid of [`grid`], of cells that may carry a colour (shown
/// only when `color`).
pub(crate) fn grid_of_cells(
    out: &mut dyn Write,
    header: Vec<String>,
    rows: impl IntoIterator<Item = Vec<comfy_table::Cell>>,
    width: Option<u16>,
    color: bool,
) -> io::Result<()> {
    let rows: Vec<Vec<comfy_table::Cell>> = rows.into_iter().collect();
    let texts: Vec<Vec<String>> = rows
        .iter()
        .map(|row| row.iter().map(comfy_table::Cell::content).collect())
        .collect();
    if let Some(width) = width.filter(|&w| !fits_whole_words(&header, &texts, w)) {
        return records(out, &header, &texts, width);
    }
    let widths = width.map(|w| column_widths(&header, &texts, w));
    let mut table = comfy_table::Table::new();
    table
        .load_style(comfy_table::presets::UTF8_FULL_CONDENSED)
        .set_content_arrangement(comfy_table::ContentArrangement::Dynamic)
        .set_header(header);
    // The caller decided (a terminal, no `NO_COLOR`); comfy-table would ask
    // the terminal again.
    if color {
        table.enforce_styling();
    } else {
        table.force_no_tty();
    }
    if let Some(width) = width {
        table.set_width(width);
    }
    for row in rows {
        table.add_row(row);
    }
    // Our widths, not comfy-table's: it would rather give a long line its
    // room and break a word elsewhere. Its widths count the padding.
    for (column, w) in table.column_iter_mut().zip(widths.into_iter().flatten()) {
        let w = comfy_table::Width::Fixed(u16::try_from(w + 2).unwrap_or(u16::MAX));
        column.set_constraint(comfy_table::ColumnConstraint::Absolute(w));
    }
    writeln!(out, "{table}")
}

/// The longest word of each column, header included: the least width at
/// which the grid breaks no word.
fn longest_words(header: &[String], rows: &[impl AsRef<[String]>]) -> Vec<usize> {
    let longest = |text: &str| text.split_whitespace().map(UnicodeWidthStr::width).max();
    let mut need: Vec<usize> = header.iter().map(|h| longest(h).unwrap_or(0)).collect();
    for row in rows {
        for (n, cell) in need.iter_mut().zip(row.as_ref()) {
            *n = (*n).max(longest(cell).unwrap_or(0));
        }
    }
    need
}

/// The text width of each column of a grid `width` wide that holds every
/// column's longest word (see [`fits_whole_words`]). Each column gets its
/// longest word; then a column whose longest line fits an equal share of
/// what is left gets it whole (a name, a form, a number stay on one line),
/// and the long texts share the rest equally.
fn column_widths(header: &[String], rows: &[Vec<String>], width: u16) -> Vec<usize> {
    let mut widths = longest_words(header, rows);
    let mut most: Vec<usize> = header.iter().map(|h| longest_line(h)).collect();
    for row in rows {
        for (m, cell) in most.iter_mut().zip(row) {
            *m = (*m).max(longest_line(cell));
        }
    }
    let room = usize::from(width).saturating_sub(3 * header.len() + 1);
    let mut left = room.saturating_sub(widths.iter().sum());
    let mut pending: Vec<usize> = (0..widths.len()).filter(|&i| most[i] > widths[i]).collect();
    loop {
        let share = left / pending.len().max(1);
        let (whole, long): (Vec<usize>, Vec<usize>) =
            pending.iter().partition(|&&i| most[i] - widths[i] <= share);
        if whole.is_empty() {
            break;
        }
        for i in whole {
            left -= most[i] - widths[i];
            widths[i] = most[i];
        }
        pending = long;
    }
    // The long texts share what is left; the first ones take the remainder.
    for (k, &i) in pending.iter().enumerate() {
        let extra = left / pending.len() + usize::from(k < left % pending.len());
        widths[i] += extra.min(most[i] - widths[i]);
    }
    widths
}

/// The widest line of a cell, in terminal columns (as comfy-table counts).
pub(crate) fn longest_line(text: &str) -> usize {
    text.lines().map(UnicodeWidthStr::width).max().unwrap_or(0)
}

/// A text on one line, its whitespace one space.
pub(crate) fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Whether a grid `width` wide can give every column its longest word: if
/// not, comfy-table would break words mid-letter («наставнич/ес/тва»).
pub(crate) fn fits_whole_words(
    header: &[String],
    rows: &[impl AsRef<[String]>],
    width: u16,
) -> bool {
    // Each column has a space either side and a border after it, and one before the first.
    let need: usize = longest_words(header, rows).iter().map(|n| n + 3).sum();
    need < usize::from(width)
}

/// A table too wide for the window, as records: each row its cells under
/// their headers («Срок: 05.09.2025 – 04.10.2025»), wrapped between words,
/// rows apart by a blank line.
fn records(
    out: &mut dyn Write,
    header: &[String],
    rows: &[Vec<String>],
    width: u16,
) -> io::Result<()> {
    let options = textwrap::Options::new(usize::from(width).max(20)).subsequent_indent("  ");
    for (i, row) in rows.iter().enumerate() {
        if i > 0 {
            writeln!(out)?;
        }
        for (name, cell) in header.iter().zip(row) {
            let value = one_line(cell);
            for line in textwrap::wrap(&format!("{name}: {value}"), &options) {
                writeln!(out, "{line}")?;
            }
        }
    }
    Ok(())
}

/// Formats of the commands that report findings.
pub const FINDING_FORMATS: &[Format] = &[
    Format::Auto,
    Format::Human,
    Format::Json,
    Format::Jsonl,
    Format::Csv,
    Format::Github,
    Format::Gitlab,
    Format::Sarif,
];

impl Format {
    /// The format a file's extension names (`отчёт.html`), if it names one.
    pub fn of_extension(path: &std::path::Path) -> Option<Format> {
        let extension = path.extension()?.to_str()?.to_ascii_lowercase();
        Some(match extension.as_str() {
            "xlsx" => Format::Xlsx,
            "docx" => Format::Docx,
            "html" | "htm" => Format::Html,
            "md" | "markdown" => Format::Md,
            "csv" => Format::Csv,
            "json" => Format::Json,
            "jsonl" | "ndjson" => Format::Jsonl,
            "sarif" => Format::Sarif,
            "ics" => Format::Ics,
            _ => return None,
        })
    }

    /// Whether this format may go into a file whose extension names
    /// `named`: SARIF and GitLab's report are JSON too.
    pub fn fits(self, named: Format) -> bool {
        self == named || (named == Format::Json && matches!(self, Format::Sarif | Format::Gitlab))
    }

    /// The format's name, as `--format` takes it.
    pub fn name(self) -> String {
        use clap::ValueEnum;
        self.to_possible_value()
            .map(|v| v.get_name().to_owned())
            .unwrap_or_default()
    }

    /// The format if the command writes it, else a usage error naming those it does.
    pub fn supported(self, formats: &[Format]) -> Result<Format, crate::Failure> {
        if formats.contains(&self) {
            return Ok(self);
        }
        self.refused(formats)
    }

    /// A table format (`auto` is `human`) the command writes, and a workbook
    /// only into a file, never onto a terminal.
    pub fn table(self, formats: &[Format], to_terminal: bool) -> Result<Format, crate::Failure> {
        let format = if self == Format::Auto {
            Format::Human
        } else {
            self
        };
        if matches!(format, Format::Xlsx | Format::Docx) && to_terminal {
            let name = if format == Format::Xlsx {
                "xlsx"
            } else {
                "docx"
            };
            return Err(crate::Failure::Usage(
                mentor_core::finding::Message::new("xlsx-needs-file").arg("format", name),
            ));
        }
        format.supported(formats)
    }

    pub fn refused<T>(self, formats: &[Format]) -> Result<T, crate::Failure> {
        let names: Vec<String> = formats.iter().map(|f| f.name()).collect();
        Err(crate::Failure::Usage(
            mentor_core::finding::Message::new("format-unsupported")
                .arg("format", self.name())
                .arg("formats", names.join(", ")),
        ))
    }

    /// The finding format this is (`auto` resolved), if it is one.
    pub fn findings(self) -> Option<FindingFormat> {
        Some(match self.resolve() {
            Format::Human => FindingFormat::Human,
            Format::Json => FindingFormat::Json,
            Format::Jsonl => FindingFormat::Jsonl,
            Format::Csv => FindingFormat::Csv,
            Format::Github => FindingFormat::Github,
            Format::Gitlab => FindingFormat::Gitlab,
            Format::Sarif => FindingFormat::Sarif,
            Format::Auto
            | Format::Md
            | Format::Xlsx
            | Format::Html
            | Format::Docx
            | Format::Ics => return None,
        })
    }

    /// Resolves `auto` from the environment.
    pub fn resolve(self) -> Format {
        match self {
            Format::Auto if std::env::var_os("GITHUB_ACTIONS").is_some_and(|v| v == "true") => {
                Format::Github
            }
            Format::Auto => Format::Human,
            other => other,
        }
    }
}

/// What a report is about: the findings, the texts they point into, and
/// how many files were checked.
#[derive(Debug)]
pub struct Report<'a> {
    pub findings: &'a [Finding],
    pub sources: &'a HashMap<Arc<str>, String>,
    pub files: usize,
}

impl Report<'_> {
    /// The report of everything a run read.
    pub fn of(checked: &mentor_core::workspace::Checked) -> Report<'_> {
        Report {
            findings: &checked.findings,
            sources: &checked.sources,
            files: checked.files,
        }
    }

    pub fn tally(&self) -> Tally {
        Tally::of(self.findings)
    }
}

/// How text output looks beyond its format.
#[derive(Debug, Clone, Copy, Default)]
pub struct Style {
    /// Colour (a terminal that wants it).
    pub color: bool,
    /// CSV as Russian Excel opens it: UTF-8 with a BOM, `;`, CRLF (`--excel`).
    pub excel: bool,
    /// Width of tables for people; `None`: as wide as their text.
    pub width: Option<u16>,
    /// Details meant for whoever digs deeper (`--verbose`).
    pub verbose: bool,
    /// People's names beside their ids. Not in a CI log (`CI` set and the
    /// output on standard output): children's names never reach one.
    pub names: bool,
}

/// The formats findings are written in (`auto` already resolved).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FindingFormat {
    Human,
    Json,
    Jsonl,
    Csv,
    Github,
    Gitlab,
    Sarif,
}

/// Writes the findings in `format`.
pub fn render(
    out: &mut dyn Write,
    format: FindingFormat,
    report: &Report<'_>,
    i18n: &I18n,
    style: Style,
) -> io::Result<()> {
    match format {
        FindingFormat::Human => human::render(out, report, i18n, style),
        FindingFormat::Json => machine::json(out, report, i18n),
        FindingFormat::Jsonl => machine::jsonl(out, report, i18n),
        FindingFormat::Csv => machine::csv(out, report, i18n, style.excel),
        FindingFormat::Github => machine::github(out, report, i18n),
        FindingFormat::Gitlab => machine::gitlab(out, report, i18n),
        FindingFormat::Sarif => machine::sarif(out, report, i18n),
    }
}

/// A CSV writer for spreadsheets. With `excel`, the file starts with a BOM
/// and uses `;` and CRLF, so Russian Excel opens it in columns and in the
/// right encoding.
pub fn spreadsheet(out: &mut dyn Write, excel: bool) -> io::Result<csv::Writer<&mut dyn Write>> {
    let mut builder = csv::WriterBuilder::new();
    if excel {
        out.write_all("\u{feff}".as_bytes())?;
        builder.delimiter(b';').terminator(csv::Terminator::CRLF);
    }
    Ok(builder.from_writer(out))
}

pub use mentor_core::registry::values::neutralized as safe_cell;

/// A table cell in Markdown: its own line, a `|` that does not end it, no
/// markup — `<script>` in a name is text, as a renderer must show it — and
/// no control character (the file may well be printed to a terminal).
pub fn md_cell(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in visible(text).chars() {
        match c {
            '|' => out.push_str("\\|"),
            '\n' | '\r' => out.push(' '),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            c => out.push(c),
        }
    }
    out
}

/// Text for a terminal: a control character (an escape sequence in a
/// title would move the cursor, recolour or retitle the terminal) is shown
/// as its picture (`␛`), never sent. Line breaks stay.
pub fn visible(text: &str) -> std::borrow::Cow<'_, str> {
    let hidden = |c: char| c.is_control() && c != '\n';
    if !text.chars().any(hidden) {
        return text.into();
    }
    text.chars()
        .map(|c| match c {
            '\u{7f}' => '␡',
            c if hidden(c) && (c as u32) < 0x20 => char::from_u32(0x2400 + c as u32).unwrap_or('�'),
            c if hidden(c) => '�',
            c => c,
        })
        .collect::<String>()
        .into()
}

/// A difference as printed: «−3», «+2», «±0» (a true minus sign).
pub fn signed(d: i64) -> String {
    match d.signum() {
        -1 => format!("−{}", d.unsigned_abs()),
        1 => format!("+{d}"),
        _ => "±0".to_owned(),
    }
}

/// Cuts `text` to at most `chars` characters at a word boundary, ending in
/// «…», so that a cell is either whole or cut, never cut mid-word. A single
/// word longer than the room is cut where the room ends.
pub(crate) fn cut(text: &str, chars: usize) -> String {
    if text.chars().count() <= chars {
        return text.to_owned();
    }
    let room = chars.saturating_sub(1);
    let end = text.char_indices().nth(room).map_or(text.len(), |(i, _)| i);
    let head = &text[..end];
    // The last word boundary; a first word longer than the room is cut.
    let head = if text[end..].starts_with(' ') {
        head
    } else {
        head.rfind(' ').map_or(head, |space| &head[..space])
    };
    let head = head.trim_end_matches(|c: char| c.is_whitespace() || ",;:–-".contains(c));
    format!("{head}…")
}

#[cfg(test)]
mod tests {
    use super::{md_cell, visible};

    /// Markup and control characters from a title or a name are text.
    #[test]
    fn cells_show_markup_and_controls_as_text() {
        assert_eq!(md_cell("a|b <i>&\nc"), "a\\|b &lt;i&gt;&amp; c");
        assert_eq!(visible("\u{1b}[31mred\u{7}"), "␛[31mred␇");
        assert_eq!(visible("two\nlines"), "two\nlines");
        assert_eq!(md_cell("\u{1b}"), "␛");
    }
}
