//! The roadmap calendar (`roadmap plan`) as a table for a person (human,
//! Markdown) or for a program (JSON, JSONL, CSV).

use std::io::{self, Write};

use comfy_table::{Cell, Color};

use super::{Format, cut, longest_line, one_line};
use crate::i18n::I18n;
use mentor_core::roadmap::plan::Row;

/// Formats `roadmap plan` writes.
pub const FORMATS: &[Format] = &[
    Format::Human,
    Format::Json,
    Format::Jsonl,
    Format::Csv,
    Format::Md,
    Format::Xlsx,
    Format::Ics,
];

/// Titles longer than this are cut in tables for people, however wide.
const TITLE_CHARS: usize = 70;
const RESPONSIBLE_CHARS: usize = 40;
/// Below this width a deadline's window takes two lines.
const NARROW: usize = 100;
/// A title cut shorter than this says too little: narrower, texts wrap.
const MIN_TITLE: usize = 32;

/// Writes the rows in `format` (one of [`FORMATS`]). `width` is the
/// terminal's, when writing to one.
pub fn render(
    out: &mut dyn Write,
    format: Format,
    rows: &[Row],
    i18n: &I18n,
    style: super::Style,
) -> io::Result<()> {
    match format {
        Format::Json => {
            serde_json::to_writer_pretty(&mut *out, &serde_json::json!({ "activities": rows }))?;
            writeln!(out)
        }
        Format::Jsonl => {
            for row in rows {
                serde_json::to_writer(&mut *out, row)?;
                writeln!(out)?;
            }
            Ok(())
        }
        Format::Csv => {
            let mut w = super::spreadsheet(out, style.excel)?;
            w.write_record(COLUMNS)?;
            for r in rows {
                let date =
                    |d: Option<chrono::NaiveDate>| d.map(|d| d.to_string()).unwrap_or_default();
                let stage = r.stage.map(|s| s.to_string()).unwrap_or_default();
                let cells = [
                    r.id.as_deref().unwrap_or_default(),
                    &stage,
                    &r.title,
                    &date(r.start),
                    &date(r.end),
                    r.kind,
                    r.status,
                    r.responsible.as_deref().unwrap_or_default(),
                    r.due.as_deref().unwrap_or_default(),
                    &r.file,
                ];
                w.write_record(cells.map(super::safe_cell).iter().map(|c| c.as_ref()))?;
            }
            w.flush()
        }
        Format::Md => {
            let cells = rows.iter().map(|row| cells(row, i18n));
            super::grid(out, headers(i18n), cells, true, None)
        }
        Format::Xlsx => out.write_all(&super::xlsx::workbook(&[sheet(rows, i18n)])?),
        _ => human(out, rows, i18n, style),
    }
}

/// The plan as a workbook sheet (also a sheet of `report --format xlsx`):
/// a table for people, in their language (the CSV keeps the machine names).
pub fn sheet(rows: &[Row], i18n: &I18n) -> super::xlsx::Sheet {
    use super::xlsx::Cell;
    let cells: Vec<Vec<Cell>> = rows
        .iter()
        .map(|r| {
            vec![
                r.id.as_deref().unwrap_or_default().into(),
                r.stage.map_or(Cell::Empty, |s| Cell::Number(f64::from(s))),
                r.title.as_str().into(),
                r.start.into(),
                r.end.into(),
                r.due.as_deref().unwrap_or_default().into(),
                Cell::Text(i18n.describe(&format!("status-{}", r.status))),
                r.responsible.as_deref().unwrap_or_default().into(),
                r.file.as_str().into(),
            ]
        })
        .collect();
    let header = [
        "plan-id",
        "plan-stage",
        "plan-title",
        "plan-start",
        "plan-end",
        "plan-due",
        "plan-status",
        "plan-responsible",
        "plan-file",
    ];
    super::xlsx::Sheet {
        name: i18n.get("plan-sheet"),
        header: header.map(|id| i18n.get(id)).to_vec(),
        rows: cells,
    }
}

/// Columns of the machine tables (CSV, xlsx): stable names, not translated.
const COLUMNS: [&str; 10] = [
    "id",
    "stage",
    "title",
    "start",
    "end",
    "kind",
    "status",
    "responsible",
    "due",
    "file",
];

fn headers(i18n: &I18n) -> [String; 6] {
    [
        "plan-when",
        "plan-stage",
        "plan-id",
        "plan-title",
        "plan-responsible",
        "plan-status",
    ]
    .map(|id| i18n.get(id))
}

/// The cells a person reads: the window in the language's date format, the
/// status in words, long texts cut.
fn cells(row: &Row, i18n: &I18n) -> [String; 6] {
    let when = match (row.start, row.end, row.kind) {
        (Some(s), Some(e), _) if s == e && row.kind == "checkpoint" => {
            format!("{} {}", i18n.get("plan-checkpoint"), i18n.date(e))
        }
        (Some(s), Some(e), _) if s == e => format!("{} {}", i18n.get("plan-by"), i18n.date(e)),
        (Some(s), Some(e), _) => format!("{} – {}", i18n.date(s), i18n.date(e)),
        _ => row.due.clone().unwrap_or_else(|| "—".to_owned()),
    };
    let recurring = if row.kind == "recurring" { " ↻" } else { "" };
    [
        format!("{when}{recurring}"),
        row.stage.map_or_else(String::new, |s| s.to_string()),
        row.id.clone().unwrap_or_default(),
        one_line(&row.title),
        one_line(row.responsible.as_deref().unwrap_or_default()),
        i18n.get(status_id(row.status)),
    ]
}

/// Statuses that ask for attention take the colours of findings: red as an
/// error, yellow as a warning.
fn status_color(status: &str) -> Option<Color> {
    match status {
        "overdue" | "unreadable" => Some(Color::Red),
        "due-soon" => Some(Color::Yellow),
        "in-progress" => Some(Color::Cyan),
        "done" => Some(Color::Green),
        _ => None,
    }
}

fn status_id(status: &str) -> &'static str {
    match status {
        "done" => "status-done",
        "overdue" => "status-overdue",
        "due-soon" => "status-due-soon",
        "in-progress" => "status-in-progress",
        "later" => "status-later",
        "unreadable" => "status-unreadable",
        _ => "status-open",
    }
}

/// How the title and the responsible fit a table `width` wide: the other
/// columns keep their length, the two texts share what is left (the
/// responsible at most a third).
enum Fit {
    /// Cut the title to so many characters at a word boundary; wrap the
    /// responsible to so many.
    Cut(usize, usize),
    /// Cut, the title would keep too few words: wrap them whole to these widths.
    Wrap(usize, usize),
}

fn fit(cells: &[[String; 6]], headers: &[String; 6], width: usize) -> Fit {
    let longest = |col: usize| {
        let column = cells.iter().map(|row| &row[col]).chain([&headers[col]]);
        column.map(|cell| longest_line(cell)).max().unwrap_or(0)
    };
    // Each of the six columns has a border and a space either side.
    let frame = 3 * headers.len() + 1;
    let fixed: usize = [0, 1, 2, 5].map(longest).iter().sum();
    let title = longest(3).min(TITLE_CHARS);
    let responsible = longest(4).min(RESPONSIBLE_CHARS);
    let rest = width.saturating_sub(frame + fixed);
    if title + responsible <= rest {
        return Fit::Cut(title, responsible);
    }
    // The table keeps a header whole: a column is never narrower than its header.
    let responsible = responsible.min(rest / 3).max(headers[4].chars().count());
    let title = rest.saturating_sub(responsible);
    if title >= MIN_TITLE {
        Fit::Cut(title, responsible)
    } else {
        Fit::Wrap(title.max(headers[3].chars().count()), responsible)
    }
}

/// `text` on lines of at most `width` characters, broken between words (and
/// after a hyphen), so the table does not break them itself mid-word. A
/// word longer than `width` stays whole: the table then is too narrow for
/// it, and shows records instead.
fn wrap(text: &str, width: usize) -> String {
    let options = textwrap::Options::new(width).break_words(false);
    textwrap::wrap(text, options).join("\n")
}

fn human(out: &mut dyn Write, rows: &[Row], i18n: &I18n, style: super::Style) -> io::Result<()> {
    let headers = headers(i18n);
    let whole: Vec<_> = rows.iter().map(|row| cells(row, i18n)).collect();
    let mut cells = whole.clone();
    let limit = style.width.map_or(usize::MAX, usize::from);
    if limit < NARROW {
        // A window on two lines, so the texts keep room.
        for row in &mut cells {
            row[0] = row[0].replacen(" – ", " –\n", 1);
        }
    }
    let fit = fit(&cells, &headers, limit);
    for row in &mut cells {
        let [.., title, responsible, _] = row;
        (*title, *responsible) = match fit {
            // Who is responsible is never cut: a second name matters.
            Fit::Cut(t, r) => (cut(title, t), wrap(responsible, r)),
            Fit::Wrap(t, r) => (wrap(title, t), wrap(responsible, r)),
        };
    }
    // A window where even cut texts would break words gets the texts whole,
    // as records (the grid's own choice then).
    if style
        .width
        .is_some_and(|w| !super::fits_whole_words(&headers, &cells, w))
    {
        cells = whole;
    }
    let cells = cells.into_iter().zip(rows).map(|(texts, row)| {
        let mut cells: Vec<_> = texts
            .into_iter()
            .map(|t| Cell::new(super::visible(&t)))
            .collect();
        if let (Some(color), Some(status)) = (status_color(row.status), cells.last_mut()) {
            *status = status.clone().fg(color);
        }
        cells
    });
    super::grid_of_cells(out, headers.into(), cells, style.width, style.color)?;
    let count = mentor_core::finding::Message::new("plan-summary").arg("rows", rows.len());
    write!(out, "{}", i18n.text(&count))?;
    if rows.iter().any(|r| r.kind == "recurring") {
        write!(out, "; {}", i18n.get("plan-recurring"))?;
    }
    writeln!(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn cut_ends_between_words() {
        let title = "Обеспечить нормативно-правовое оформление программы";
        assert_eq!(cut(title, 28), "Обеспечить…");
        assert_eq!(cut(title, 31), "Обеспечить нормативно-правовое…");
        assert_eq!(cut(title, 100), title);
        assert_eq!(cut("Наставничество", 8), "Наставн…");
    }

    /// Status words are coloured on a terminal that wants colour, and only there.
    #[test]
    fn statuses_are_coloured_only_when_asked() {
        let row = |status| Row {
            id: Some("1.1".into()),
            stage: Some(1),
            title: "Назначить куратора".into(),
            start: None,
            end: None,
            kind: "window",
            status,
            responsible: None,
            due: None,
            file: "roadmap.yaml".into(),
            occurrence: 0,
            order: 0,
        };
        let rows = [row("overdue"), row("later")];
        let i18n = I18n::new(crate::i18n::Lang::Ru);
        let shown = |color| {
            let mut out = Vec::new();
            let style = super::super::Style {
                color,
                excel: false,
                width: Some(100),
                verbose: false,
                names: true,
            };
            human(&mut out, &rows, &i18n, style).expect("render");
            String::from_utf8(out).expect("utf-8")
        };
        let painted = shown(true);
        assert!(painted.contains("\u{1b}[38;5;9m просрочено"), "{painted}");
        assert_eq!(
            painted.matches("\u{1b}[").count(),
            2,
            "only the overdue word: {painted}"
        );
        assert!(!shown(false).contains('\u{1b}'));
    }

    proptest! {
        /// A cut text fits, ends in «…», and is whole words of the text
        /// (less a trailing punctuation mark; only a first word longer than
        /// the room is cut inside).
        #[test]
        fn cut_keeps_whole_words(words in prop::collection::vec("[а-яa-z-]{1,12}", 1..12), room in 2usize..60) {
            let text = words.join(" ");
            let short = cut(&text, room);
            prop_assert!(short.chars().count() <= room);
            if short != text {
                let head = short.strip_suffix('…').expect("an ellipsis");
                let next = text.strip_prefix(head).and_then(|rest| rest.chars().next());
                let whole = next.is_some_and(|c| " ,;:–-".contains(c)) || !head.contains(' ');
                prop_assert!(whole, "{short:?} of {text:?}");
            }
        }

        /// Wrapped lines never exceed the width unless a word does.
        #[test]
        fn wrap_fits(words in prop::collection::vec("[а-я]{1,12}", 1..12), width in 12usize..40) {
            let text = words.join(" ");
            prop_assert!(wrap(&text, width).lines().all(|l| l.chars().count() <= width));
        }
    }
}
