//! Text copied out of Word into a grid of rows. Two layouts occur:
//!
//! - **a row per line**: cells separated by tabs; a page break splits a row
//!   in two, and the second part (after a blank line, starting with an
//!   empty cell or a lower-case word) is glued back cell by cell;
//! - **a cell per line**: each cell starts with a tab, its wrapped lines
//!   follow without one; a row has as many cells as the header (merged
//!   cells leave an empty tab line), and a stage heading spanning the table
//!   is a row of its own.
//!
//! HTML fragments (`<b>`, `<ul><li>`), Word bookmarks and non-breaking
//! spaces are cleaned away first.

use super::{Grid, GridRow, Origin};

/// Blank lines after which, in the cell-per-line layout, text is no longer
/// part of the table.
const TABLE_END_BLANKS: usize = 3;

/// The grid of `text`.
pub fn grid(text: &str) -> Grid {
    let lines: Vec<String> = text.lines().map(clean).collect();
    let tabbed = lines.iter().filter(|l| l.contains('\t')).count();
    let leading = lines.iter().filter(|l| l.starts_with('\t')).count();
    if tabbed > 0 && leading * 10 >= tabbed * 7 {
        cell_per_line(&lines)
    } else {
        row_per_line(&lines)
    }
}

/// HTML tags and entities, Word bookmarks and non-breaking spaces out.
fn clean(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    let mut rest = line;
    while let Some(i) = rest.find(['<', '[']) {
        out.push_str(&rest[..i]);
        let tail = &rest[i..];
        let close = if tail.starts_with('<') { '>' } else { ']' };
        let end = tail.find(close).map(|e| e + 1);
        let markup = end.map(|e| &tail[..e]).filter(|m| {
            if close == ']' {
                m.starts_with("[bookmark:")
            } else {
                let name = m.trim_start_matches(['<', '/']);
                name.starts_with(|c: char| c.is_ascii_alphabetic()) && name.len() < 40
            }
        });
        match markup {
            Some(m) => {
                // A list item or a paragraph inside a cell reads as "; ".
                let lower = m.to_ascii_lowercase();
                if lower.starts_with("</li") || lower.starts_with("</p") || lower.starts_with("<br")
                {
                    out.push_str("; ");
                }
                rest = &tail[m.len()..];
            }
            None => {
                out.push_str(&tail[..1]);
                rest = &tail[1..];
            }
        }
    }
    out.push_str(rest);
    out.replace("&nbsp;", " ")
        .replace("&quot;", "\"")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&")
        .replace(['\u{a0}', '\u{200b}'], " ")
        // Trailing tabs are empty cells: only spaces go.
        .trim_end_matches([' ', '\r'])
        .to_owned()
}

/// Whether a cell starts a new item: «2.8.», «Этап 3», «II. Мониторинг»,
/// «Задача этапа».
fn starts_item(cell: &str) -> bool {
    let cell = cell.trim_start();
    let first = cell.split_whitespace().next().unwrap_or_default();
    super::table::leading_number(cell).is_some()
        || super::table::stage_heading(cell).is_some()
        || (first.ends_with('.') && super::table::section_number(first).is_some())
        || cell.starts_with("Задач")
}

/// The page-break tail of the row above: after a blank line, not a new item,
/// its first cell empty or starting in lower case.
fn continues(cells: &[String], after_blank: bool) -> bool {
    let first = cells.first().map_or("", |c| c.trim());
    after_blank
        && !starts_item(first)
        && first
            .chars()
            .next()
            .is_none_or(|c| c.is_lowercase() || !c.is_alphanumeric())
}

fn row_per_line(lines: &[String]) -> Grid {
    let mut grid = Grid::default();
    let mut blanks = 0;
    for (i, line) in lines.iter().enumerate() {
        if line.trim().is_empty() {
            blanks += 1;
            continue;
        }
        let at = Origin::Line(i + 1);
        if line.contains('\t') {
            let cells: Vec<String> = line.split('\t').map(|c| c.trim().to_owned()).collect();
            match grid.rows.last_mut() {
                // The header repeated on a new page is a row of its own.
                Some(last)
                    if continues(&cells, blanks > 0) && super::table::columns(&cells).is_none() =>
                {
                    for (k, cell) in cells.into_iter().enumerate() {
                        if k < last.cells.len() {
                            append(&mut last.cells[k], &cell);
                        } else {
                            last.cells.push(cell);
                        }
                    }
                }
                _ => grid.rows.push(GridRow { cells, at }),
            }
        } else if in_table(&grid) && heading_line(line.trim()) {
            // A row merged across the table (a stage heading, a numbered
            // section) loses its tabs when copied out of Word. It stays a
            // paragraph too: the title and the period may be in it.
            grid.rows.push(GridRow {
                cells: vec![line.trim().to_owned()],
                at,
            });
            grid.paragraphs.push((at, line.trim().to_owned()));
        } else {
            grid.paragraphs.push((at, line.trim().to_owned()));
        }
        blanks = 0;
    }
    grid
}

/// Whether a roadmap table's header has been read.
fn in_table(grid: &Grid) -> bool {
    grid.rows
        .iter()
        .any(|r| super::table::columns(&r.cells).is_some())
}

/// A heading that spans the table: «Этап 2. …», «4. Реализация …», «II.
/// Контроль …» — a section's number, not an activity's («1.1.»).
fn heading_line(line: &str) -> bool {
    let first = line.split_whitespace().next().unwrap_or_default();
    super::table::stage_heading(line).is_some()
        || (first.ends_with('.') && super::table::section_number(first).is_some())
}

fn append(cell: &mut String, more: &str) {
    let more = more.trim();
    if more.is_empty() {
        return;
    }
    if !cell.is_empty() {
        cell.push(' ');
    }
    cell.push_str(more);
}

/// A wrapped line that is only a stray list number («3.»): dropped.
fn stray_number(text: &str) -> bool {
    let t = text.trim().trim_end_matches('.');
    !t.is_empty() && t.chars().all(|c| c.is_ascii_digit())
}

fn cell_per_line(lines: &[String]) -> Grid {
    let mut grid = Grid::default();
    // Cells of the header run, then of each row; `width` once the header ended.
    let mut row: Vec<String> = Vec::new();
    let mut row_at = Origin::Line(1);
    let mut width: Option<usize> = None;
    let mut in_header = false;
    let mut blanks = 0;
    for (i, line) in lines.iter().enumerate() {
        let at = Origin::Line(i + 1);
        if line.is_empty() || line.trim().is_empty() && !line.contains('\t') {
            blanks += 1;
            continue;
        }
        let after = std::mem::take(&mut blanks);
        let Some(text) = line.strip_prefix('\t') else {
            // A wrapped line of the cell above, unless the table has ended.
            let text = line.replace('\t', " ");
            let target = match row.last_mut() {
                Some(cell) => Some(cell),
                None if width.is_some() && after < TABLE_END_BLANKS => {
                    grid.rows.last_mut().and_then(|r| r.cells.last_mut())
                }
                None => None,
            };
            match target {
                Some(cell) if !stray_number(&text) => append(cell, &text),
                Some(_) => {}
                None => {
                    if after >= TABLE_END_BLANKS {
                        width = None;
                    }
                    grid.paragraphs.push((at, text.trim().to_owned()));
                }
            }
            continue;
        };
        let text = text.replace('\t', " ").trim().to_owned();
        if width.is_none() {
            if super::table::header_role(&text).is_some() {
                if !in_header {
                    in_header = true;
                    row_at = at;
                }
                row.push(text);
                continue;
            }
            if in_header {
                width = Some(row.len());
                in_header = false;
                grid.rows.push(GridRow {
                    cells: std::mem::take(&mut row),
                    at: row_at,
                });
            } else {
                // Tabbed text before any header: a table of something else.
                grid.paragraphs.push((at, text));
                continue;
            }
        }
        // A numbered item starts a row even when the one before came up short.
        let new_item =
            !row.is_empty() && super::table::leading_number(&text).is_some_and(|n| n.contains('.'));
        if new_item {
            grid.rows.push(GridRow {
                cells: std::mem::take(&mut row),
                at: row_at,
            });
        }
        if row.is_empty() {
            row_at = at;
        }
        let heading = row.is_empty() && super::table::stage_heading(&text).is_some();
        row.push(text);
        // A heading spans the table; any other row ends with its last column.
        if heading || width.is_some_and(|w| row.len() >= w) {
            grid.rows.push(GridRow {
                cells: std::mem::take(&mut row),
                at: row_at,
            });
        }
    }
    if !row.is_empty() {
        grid.rows.push(GridRow {
            cells: row,
            at: row_at,
        });
    }
    grid
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rows(text: &str) -> Vec<Vec<String>> {
        grid(text).rows.into_iter().map(|r| r.cells).collect()
    }

    #[test]
    fn a_row_per_line_with_a_page_break_glued_back() {
        let text = "Этап\tСроки\tОтветственные\tРезультат\n\
                    1.1. Сделать\tв течение\tкуратор\tПриказ\n\
                    \n\
                    \tмесяца\t\tи отчет\n\
                    1.2. Другое\tмай\tдиректор\tПлан\n";
        assert_eq!(
            rows(text),
            [
                vec!["Этап", "Сроки", "Ответственные", "Результат"],
                vec![
                    "1.1. Сделать",
                    "в течение месяца",
                    "куратор",
                    "Приказ и отчет"
                ],
                vec!["1.2. Другое", "май", "директор", "План"],
            ]
        );
    }

    #[test]
    fn a_cell_per_line_with_wrapped_cells_merged_cells_and_headings() {
        let text = "Дорожная карта\n\n\tНаименование\n\n\tСроки \nвыполнения\n\tОтветственные\n\
                    \tРезультат\n\n\tЭтап №1. Подготовка условий\n\n\
                    \t1.1.\u{a0}Команда\n\tЯнварь 2022г.\n\tДиректор\n\tПриказ\n\n\
                    \t1.2. Сайт\n\n\tДо 31.08.2022г.\n\tЗам.\n3.\n\t<b>Страница</b>\n";
        let g = grid(text);
        assert_eq!(g.paragraphs[0].1, "Дорожная карта");
        let r: Vec<Vec<String>> = g.rows.into_iter().map(|r| r.cells).collect();
        assert_eq!(
            r,
            [
                vec![
                    "Наименование",
                    "Сроки выполнения",
                    "Ответственные",
                    "Результат"
                ],
                vec!["Этап №1. Подготовка условий"],
                vec!["1.1. Команда", "Январь 2022г.", "Директор", "Приказ"],
                vec!["1.2. Сайт", "До 31.08.2022г.", "Зам.", "Страница"],
            ]
        );
    }

    #[test]
    fn html_lists_and_bookmarks_are_cleaned() {
        assert_eq!(
            clean("[bookmark: _GoBack]6.2. <ul><li>один</li><li>два</li></ul> a<b"),
            "6.2. один; два;  a<b"
        );
    }
}
