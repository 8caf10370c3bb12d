//! The roadmap table of a grid: its columns found by their headers («№»,
//! «Мероприятия», «Сроки», «Ответственные», «Результат»… in any order), its
//! rows read into sections and activities, and every section and activity
//! mapped onto the seven stages.

use super::stages::{self, Class, NAME};
use super::{Activity, Certainty, Draft, Grid, GridRow, Mapping, Origin, Section, Skipped};
use crate::finding::Message;

/// What a column of the roadmap holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    Id,
    Stage,
    Title,
    Content,
    Due,
    Responsible,
    Result,
}

/// The role of a header cell; `None` for anything else.
pub fn header_role(text: &str) -> Option<Role> {
    let t = text.trim().to_lowercase();
    let data = stage_heading(text).is_some() || leading_number(text).is_some();
    if t.is_empty() || t.chars().count() > 60 || data {
        return None;
    }
    let has = |words: &[&str]| words.iter().any(|w| t.contains(w));
    Some(if t.starts_with('№') || has(&["п/п", "номер"]) {
        Role::Id
    } else if has(&["содержани"]) && !has(&["мероприят"])
        || t.starts_with("содержание деятельности")
    {
        Role::Content
    } else if has(&["срок", "длительност", "дата ", "период"]) {
        Role::Due
    } else if has(&["ответствен", "исполнител"]) {
        Role::Responsible
    } else if has(&["результат", "показател", "продукт", "форма отч", "отчетн"])
    {
        Role::Result
    } else if has(&["мероприят"]) {
        Role::Title
    } else if has(&["этап"]) {
        Role::Stage
    } else if has(&["наименовани", "содержание работ", "вид работ"])
    {
        Role::Title
    } else {
        return None;
    })
}

/// The number an activity starts with, without its trailing dot: «1.1.» →
/// "1.1", «2.» → "2", «3)» → "3". Groups of at most three digits with a dot
/// or a closing parenthesis: not a year, not a date, not «12 апреля».
pub fn leading_number(text: &str) -> Option<&str> {
    let text = text.trim_start();
    let (mut end, mut run) = (0, 0);
    for (i, c) in text.char_indices() {
        if c.is_ascii_digit() {
            run += 1;
            if run > 3 {
                return None;
            }
            end = i + 1;
        } else if c == '.' && run > 0 {
            run = 0;
            end = i + 1;
        } else {
            break;
        }
    }
    let raw = &text[..end];
    let closed = text[end..].starts_with(')');
    (raw.contains('.') || closed && end > 0).then(|| raw.trim_end_matches('.'))
}

/// «Этап 1. Подготовка…», «Этап №2. Формирование…»: the number and the name.
pub fn stage_heading(text: &str) -> Option<(u8, &str)> {
    let text = text.trim();
    let rest = strip_prefix_ci(text, "этап")?;
    let rest = rest.trim_start().trim_start_matches('№').trim_start();
    let digits = rest.chars().take_while(char::is_ascii_digit).count();
    let number: u8 = rest[..digits].parse().ok()?;
    let name = rest[digits..].trim_start_matches(['.', ':', ')', ' ', '-', '–']);
    Some((number, name.trim()))
}

fn strip_prefix_ci<'t>(text: &'t str, prefix: &str) -> Option<&'t str> {
    let n = prefix.chars().count();
    let head: String = text.chars().take(n).collect();
    (head.to_lowercase() == prefix).then(|| &text[head.len()..])
}

/// A row that numbers the columns: «1 2 3 4 5».
fn column_numbers(cells: &[String]) -> bool {
    let filled: Vec<&String> = cells.iter().filter(|c| !c.is_empty()).collect();
    filled.len() >= 2
        && filled
            .iter()
            .enumerate()
            .all(|(i, c)| c.trim_end_matches('.') == (i + 1).to_string())
}

/// A cell as one line: whitespace collapsed, no list separator left
/// dangling; a cell of dashes, underscores or dots alone («--», «___») is
/// empty.
fn normalize(cell: &str) -> String {
    let joined = cell.split_whitespace().collect::<Vec<_>>().join(" ");
    if !joined.chars().any(char::is_alphanumeric) {
        return String::new();
    }
    joined.trim_end_matches([';', ' ']).to_owned()
}

/// A section's number: «4», «4.», «IV», «II.» — one level, no inner dot.
pub(super) fn section_number(text: &str) -> Option<SectionNumber> {
    let t = text.trim().trim_end_matches(['.', ')']);
    if !t.is_empty() && t.len() <= 3 && t.chars().all(|c| c.is_ascii_digit()) {
        return Some(SectionNumber::Arabic(t.to_owned()));
    }
    const ROMAN: [&str; 12] = [
        "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII",
    ];
    ROMAN.contains(&t).then_some(SectionNumber::Roman)
}

#[derive(Debug, PartialEq)]
pub(super) enum SectionNumber {
    Arabic(String),
    /// Roman numerals number sections, not activities.
    Roman,
}

/// Text that closes a document rather than lists work: a signature, a seal,
/// an annex line.
fn filler(text: &str) -> bool {
    let l = text.to_lowercase();
    text.contains("___")
        || l.starts_with("приложение")
        || l.starts_with("м.п")
        || l.starts_with("мп ")
        || l.starts_with("подпись")
        || l.starts_with("исполнитель:")
}

/// A deadline or a name without the number Word's list put before it («5. Ежегодно»).
fn without_list_number(text: &str) -> &str {
    match leading_number(text) {
        Some(n) if !n.contains('.') => {
            let rest = text.trim_start()[n.len()..]
                .trim_start_matches('.')
                .trim_start();
            if rest.chars().next().is_some_and(char::is_alphabetic) || rest.is_empty() {
                rest
            } else {
                text
            }
        }
        _ => text,
    }
}

/// The columns of the roadmap's header row, if `cells` is one: a title or
/// stage column and one of deadline, responsible, result.
pub(super) fn columns(cells: &[String]) -> Option<Vec<Option<Role>>> {
    let roles: Vec<Option<Role>> = cells.iter().map(|c| header_role(c)).collect();
    let has = |r: Role| roles.contains(&Some(r));
    let data = has(Role::Due) || has(Role::Responsible) || has(Role::Result);
    let text = has(Role::Title) || has(Role::Stage) || has(Role::Content);
    (data && text && roles.iter().flatten().count() >= 2).then_some(roles)
}

/// Reads the first roadmap table of `grid`; `None` when there is none, or
/// it has no activity.
pub fn draft(source: &str, grid: Grid) -> Option<Draft> {
    let header = grid.rows.iter().position(|r| columns(&r.cells).is_some())?;
    let roles = columns(&grid.rows[header].cells)?;
    let col = |role: Role| roles.iter().position(|r| *r == Some(role));
    // «Содержание работы» is the title when no column names the activities.
    let title_col = col(Role::Title)
        .or(col(Role::Stage))
        .or(col(Role::Content))?;
    let content_col = col(Role::Content).filter(|c| *c != title_col);
    let stage_col = col(Role::Stage).filter(|s| *s != title_col);
    // With a stage column, «№» numbers either the stages (a number where the
    // stage changes) or the activities (a new number within one stage).
    let numbers_activities = stage_col.zip(col(Role::Id)).is_some_and(|(s, i)| {
        let body = &grid.rows[header + 1..];
        body.windows(2).any(|w| {
            fn cell(r: &GridRow, k: usize) -> &str {
                r.cells.get(k).map_or("", |c| c.trim())
            }
            !cell(&w[0], s).is_empty()
                && cell(&w[0], s) == cell(&w[1], s)
                && !cell(&w[1], i).is_empty()
                && cell(&w[0], i) != cell(&w[1], i)
        })
    });
    let mut reader = Rows {
        sections: Vec::new(),
        skipped: Vec::new(),
        merged: None,
        each: true,
    };
    let mut last_stage = String::new();
    let table = |at: Origin| match at {
        Origin::Row { table, .. } => table,
        Origin::Line(_) => 0,
    };
    let mut in_table = table(grid.rows[header].at);
    for row in &grid.rows[header + 1..] {
        // Another table of a .docx continues the roadmap only with its
        // header repeated or the same number of columns.
        if table(row.at) != in_table {
            if row.cells.len() != roles.len() && columns(&row.cells).is_none() {
                break;
            }
            in_table = table(row.at);
        }
        let mut cells: Vec<String> = row.cells.iter().map(|c| normalize(c)).collect();
        if cells.iter().all(String::is_empty) {
            // A row of dashes or underscores closes a document: listed, not read.
            if row.cells.iter().any(|c| !c.trim().is_empty()) {
                reader.skipped.push(Skipped {
                    at: row.at,
                    text: row
                        .cells
                        .iter()
                        .map(|c| c.trim())
                        .collect::<Vec<_>>()
                        .join(" | "),
                    reason: Message::new("import-skip-filler"),
                });
            }
            continue;
        }
        // Merged cells on the left drop out of copied text: align on the
        // right; a single cell spans the table (a heading), and a short row
        // that starts with a number under the № column is a numbered
        // heading whose empty cells on the right were lost.
        let spanning =
            cells.len() == 1 || (col(Role::Id) == Some(0) && section_number(&cells[0]).is_some());
        while cells.len() < roles.len() {
            if spanning {
                cells.push(String::new());
            } else {
                cells.insert(0, String::new());
            }
        }
        if cells.len() > roles.len() {
            let extra = cells.split_off(roles.len()).join(" ");
            if let Some(last) = cells.last_mut() {
                last.push(' ');
                last.push_str(&extra);
            }
        }
        let skip = |reason: &'static str| Skipped {
            at: row.at,
            text: cells
                .iter()
                .filter(|c| !c.is_empty())
                .cloned()
                .collect::<Vec<_>>()
                .join(" | "),
            reason: Message::new(reason),
        };
        if column_numbers(&cells) {
            reader.skipped.push(skip("import-skip-column-numbers"));
            continue;
        }
        if columns(&cells).is_some() {
            reader.skipped.push(skip("import-skip-header"));
            continue;
        }
        let filled: Vec<usize> = (0..cells.len()).filter(|&i| !cells[i].is_empty()).collect();
        let data = |i: &usize| {
            matches!(
                roles[*i],
                Some(Role::Due | Role::Responsible | Role::Result)
            )
        };
        // A signature or an annex line is a row of one text and no deadline,
        // responsible or result (a result «Приказ № ___» is an activity's).
        if !filled.iter().any(data) && filled.first().is_some_and(|&i| filler(&cells[i])) {
            reader.skipped.push(skip("import-skip-filler"));
            continue;
        }
        // «4. | Реализация программы | | |»: a number one level above the
        // activities that follow («4.1», …), or a Roman one, and a title,
        // nothing else: a section heading, never an activity.
        let id_col = col(Role::Id).filter(|i| *i != title_col);
        if let Some(i) = id_col.filter(|_| !filled.iter().any(data))
            && filled == [i, title_col]
            && match section_number(&cells[i]) {
                Some(SectionNumber::Roman) => true,
                Some(SectionNumber::Arabic(n)) => next_id(&grid.rows[header + 1..], row.at, i)
                    .is_some_and(|next| next.starts_with(&format!("{n}."))),
                None => false,
            }
        {
            let title = format!("{} {}", cells[i], cells[title_col]);
            reader.heading(&title, row.at);
            continue;
        }
        // A row of one cell spans the table, whichever column it lands in.
        if (spanning && filled.len() == 1 || !filled.iter().any(data))
            && (filled.len() == 1 || filled.iter().all(|i| cells[*i] == cells[filled[0]]))
        {
            let text = &cells[filled[0]];
            if text.starts_with("Задач") {
                reader.skipped.push(skip("import-skip-task"));
            } else {
                reader.heading(text, row.at);
            }
            continue;
        }
        // A stage cell merged down the rows (a .docx repeats it) names one section.
        let stage_cell = stage_col.map(|s| cells[s].clone()).unwrap_or_default();
        let new_stage = !stage_cell.is_empty() && stage_cell != last_stage;
        last_stage = stage_cell;
        if let Some(s) = stage_col.filter(|_| new_stage) {
            let number = col(Role::Id)
                .filter(|_| !numbers_activities)
                .map(|i| cells[i].as_str())
                .unwrap_or_default();
            let title = format!("{number} {}", cells[s]).trim().to_owned();
            reader.heading(&title, row.at);
        }
        let get = |role: Role| {
            col(role)
                .map(|i| cells[i].clone())
                .filter(|c| !c.is_empty())
        };
        let mut title = cells[title_col].clone();
        let mut id = if stage_col.is_some() && !numbers_activities {
            None
        } else {
            get(Role::Id).map(|i| i.trim_end_matches(['.', ')']).to_owned())
        };
        if let Some(n) = leading_number(&title)
            .filter(|n| n.contains('.') || id.is_none() && stage_col.is_none())
        {
            let rest = title.trim_start()[n.len()..]
                .trim_start_matches(['.', ')'])
                .trim()
                .to_owned();
            if !rest.is_empty() {
                id.get_or_insert_with(|| n.to_owned());
                title = rest;
            }
        }
        if let Some(content) = content_col
            .map(|i| cells[i].clone())
            .filter(|c| !c.is_empty())
        {
            title = if title.is_empty() {
                content
            } else {
                format!("{title}: {content}")
            };
        }
        if title.is_empty() {
            reader.skipped.push(skip("import-skip-no-title"));
            continue;
        }
        let clean = |role: Role| {
            get(role)
                .map(|t| without_list_number(&t).to_owned())
                .filter(|t| !t.is_empty())
        };
        reader.activity(Activity {
            id,
            title,
            due: clean(Role::Due),
            responsible: clean(Role::Responsible),
            result: get(Role::Result),
            mapping: None,
            at: row.at,
        });
    }
    // A header with no activity under it is not a roadmap.
    if reader.sections.iter().all(|s| s.activities.is_empty()) {
        return None;
    }
    let meta = super::meta::extract(source, &grid.paragraphs, &reader.sections);
    Some(Draft {
        source: source.to_owned(),
        meta,
        sections: reader.sections,
        skipped: reader.skipped,
    })
}

/// The first number in column `id` (or at the start of the row) after the
/// row at `at`: what the rows below a possible section heading are numbered.
fn next_id(rows: &[GridRow], at: Origin, id: usize) -> Option<String> {
    let here = rows.iter().position(|r| r.at == at)?;
    rows[here + 1..].iter().find_map(|r| {
        let cell = r.cells.get(id).map(|c| c.trim()).filter(|c| !c.is_empty());
        let first = r.cells.iter().map(|c| c.trim()).find(|c| !c.is_empty());
        cell.or(first).and_then(leading_number).map(str::to_owned)
    })
}

/// The sections read so far, and how the current one maps onto the stages.
struct Rows {
    sections: Vec<Section>,
    skipped: Vec<Skipped>,
    /// The two stages of the current section when its heading merges them.
    merged: Option<[u8; 2]>,
    /// The current section's heading does not tell its stage: each activity is classified.
    each: bool,
}

impl Rows {
    fn mapping(&self, stage: Option<u8>, certainty: Certainty, message: Message) -> Mapping {
        Mapping {
            stage,
            certainty,
            because: message,
        }
    }

    /// A section from its heading: a stage named (certain when the number,
    /// if any, agrees), two stages merged, cross-cutting work, or unknown.
    fn heading(&mut self, text: &str, at: Origin) {
        let (number, name) = match stage_heading(text) {
            Some((n, name)) => (Some(n), name),
            None => (
                None,
                text.trim_start_matches(|c: char| c.is_ascii_digit() || c == '.' || c == ' '),
            ),
        };
        let verdict = stages::classify(name, None);
        let quoted = verdict.words.join(", ");
        let numbered = number.filter(|n| (1..=7).contains(n));
        self.merged = None;
        self.each = false;
        let strong = verdict.score >= NAME;
        let certain = |s: u8, id: &'static str| {
            self.mapping(
                Some(s),
                Certainty::Certain,
                Message::new(id).arg("stage", s),
            )
        };
        let mapping = match verdict.class {
            Some(Class::Stage(s)) => match numbered {
                Some(n) if n == s => certain(s, "import-why-name"),
                Some(n) if strong => self.mapping(
                    Some(s),
                    Certainty::Guessed,
                    Message::new("import-why-renumbered")
                        .arg("number", n)
                        .arg("stage", s)
                        .arg("words", quoted),
                ),
                // A weak hint in the name does not overrule the document's number.
                Some(n) => certain(n, "import-why-number"),
                None if strong => certain(s, "import-why-name"),
                None => {
                    // A weak hint: the activities' own words may say otherwise.
                    self.each = true;
                    self.mapping(
                        Some(s),
                        Certainty::Guessed,
                        Message::new("import-why-words")
                            .arg("stage", s)
                            .arg("words", quoted),
                    )
                }
            },
            Some(Class::CrossCutting) => {
                let certainty = if strong {
                    Certainty::Certain
                } else {
                    Certainty::Guessed
                };
                self.mapping(
                    None,
                    certainty,
                    Message::new("import-why-cross").arg("words", quoted),
                )
            }
            None => match (verdict.tied.as_slice(), numbered) {
                ([Class::Stage(a), Class::Stage(b)], _) if strong => {
                    self.merged = Some([*a, *b]);
                    self.mapping(
                        Some(*a),
                        Certainty::Guessed,
                        Message::new("import-why-merged")
                            .arg("first", *a)
                            .arg("second", *b),
                    )
                }
                (_, Some(n)) => certain(n, "import-why-number"),
                _ => {
                    self.each = true;
                    self.mapping(None, Certainty::Guessed, Message::new("import-why-unknown"))
                }
            },
        };
        self.sections.push(Section {
            title: text.to_owned(),
            mapping,
            activities: Vec::new(),
            at,
        });
    }

    /// An activity into the current section, its stage decided when the
    /// section does not decide it: merged stages, or a section of unknown kind.
    fn activity(&mut self, mut activity: Activity) {
        if self.sections.is_empty() {
            self.sections.push(Section {
                title: String::new(),
                mapping: self.mapping(None, Certainty::Guessed, Message::new("import-why-unknown")),
                activities: Vec::new(),
                at: activity.at,
            });
        }
        let text = format!(
            "{} {}",
            activity.title,
            activity.result.as_deref().unwrap_or_default()
        );
        let section = self.sections.last().map(|s| s.mapping.clone());
        if section.is_some() {
            if let Some([a, b]) = self.merged {
                let among = [Class::Stage(a), Class::Stage(b)];
                let verdict = stages::classify(&text, Some(&among));
                activity.mapping = Some(match verdict.class {
                    Some(Class::Stage(s)) => self.mapping(
                        Some(s),
                        Certainty::Guessed,
                        Message::new("import-why-words")
                            .arg("stage", s)
                            .arg("words", verdict.words.join(", ")),
                    ),
                    _ => self.mapping(
                        Some(a),
                        Certainty::Guessed,
                        Message::new("import-why-merged-undecided")
                            .arg("first", a)
                            .arg("second", b),
                    ),
                });
            } else if self.each {
                // A section that is not a stage (kinds of work, an unknown
                // heading) or only a guessed one: each activity is classified
                // on its own words, the section's guess a prior, not an
                // override. Where they agree or tell nothing, it stays in the
                // section. (A heading that names a stage keeps what it holds:
                // that is the document's own statement.)
                let staged = section.as_ref().and_then(|s| s.stage);
                // Only a guessed section gets here: its guess weighs as one rule.
                let prior = staged.map(|s| (Class::Stage(s), 1));
                let result = activity.result.as_deref().unwrap_or_default();
                let verdict = stages::classify_activity(&activity.title, result, prior);
                let words = verdict.words.join(", ");
                activity.mapping = match (verdict.class, staged) {
                    (Some(Class::Stage(s)), _) if Some(s) != staged => Some(
                        self.mapping(
                            Some(s),
                            Certainty::Guessed,
                            Message::new("import-why-words")
                                .arg("stage", s)
                                .arg("words", words),
                        ),
                    ),
                    (Some(Class::CrossCutting), None) => Some(self.mapping(
                        None,
                        Certainty::Guessed,
                        Message::new("import-why-cross").arg("words", words),
                    )),
                    (None, None) => Some(self.mapping(
                        None,
                        Certainty::Guessed,
                        Message::new("import-why-unknown"),
                    )),
                    _ => None,
                };
            }
        }
        let parts = split_stages(&activity.title);
        let Some(section) = self.sections.last_mut() else {
            return;
        };
        match parts {
            Some(parts) => {
                let from = activity
                    .id
                    .clone()
                    .unwrap_or_else(|| activity.title.clone());
                for (k, (stage, item)) in parts.into_iter().enumerate() {
                    let because = Message::new("import-why-split")
                        .arg("stage", stage)
                        .arg("from", from.as_str());
                    let mapping = Some(Mapping {
                        stage: Some(stage),
                        certainty: Certainty::Certain,
                        because,
                    });
                    if k == 0 {
                        activity.mapping = mapping;
                        section.activities.push(activity.clone());
                    } else {
                        section.activities.push(Activity {
                            id: None,
                            title: item,
                            mapping,
                            ..activity.clone()
                        });
                    }
                }
            }
            None => section.activities.push(activity),
        }
    }
}

/// «…, включая обязательные этапы: подготовка условий…; формирование базы
/// наставляемых; …»: each stage named after the colon, when there are two
/// or more and each names a stage (its name weighs [`NAME`]).
fn split_stages(title: &str) -> Option<Vec<(u8, String)>> {
    let lower = title.to_lowercase();
    let at = lower.find("этап")?;
    let colon = lower[at..].find(':')? + at;
    let items: Vec<&str> = title[colon + 1..]
        .split(';')
        .map(|s| s.trim().trim_end_matches('.'))
        .filter(|s| !s.is_empty())
        .collect();
    let mut parts = Vec::new();
    for item in items {
        let v = stages::classify(item, None);
        match v.class {
            Some(Class::Stage(s)) if v.score >= NAME && parts.iter().all(|(p, _)| *p != s) => {
                parts.push((s, item.to_owned()));
            }
            _ => return None,
        }
    }
    (parts.len() >= 2).then_some(parts)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_of_activities() {
        assert_eq!(leading_number("1.1. Сделать"), Some("1.1"));
        assert_eq!(leading_number("1.1.Сделать"), Some("1.1"));
        assert_eq!(leading_number("2.8 Мониторинг"), Some("2.8"));
        assert_eq!(leading_number("1. Изучение"), Some("1"));
        assert_eq!(leading_number("7.10. Фестиваль"), Some("7.10"));
        assert_eq!(leading_number("2024 год"), None);
        assert_eq!(leading_number("01.09.2022"), None);
        assert_eq!(leading_number("Январь"), None);
        assert_eq!(leading_number("3) Провести"), Some("3"));
        assert_eq!(leading_number("2.1) Провести"), Some("2.1"));
        assert_eq!(leading_number("12 апреля"), None);
    }

    #[test]
    fn stage_headings() {
        assert_eq!(
            stage_heading("Этап №2. Формирование базы"),
            Some((2, "Формирование базы"))
        );
        assert_eq!(stage_heading("Этап 7. Завершение"), Some((7, "Завершение")));
        assert_eq!(stage_heading("Этап, мероприятия этапа"), None);
    }

    #[test]
    fn header_roles_in_any_order_and_wording() {
        use Role::*;
        let roles: Vec<Option<Role>> = [
            "№",
            "Наименование этапа",
            "Мероприятия",
            "Содержание деятельности и план мероприятий",
            "Сроки реализации",
            "Ответственные",
            "Результат",
            "Этап, мероприятия этапа",
            "Длительность этапа",
            "Ответственные исполнители",
        ]
        .iter()
        .map(|h| header_role(h))
        .collect();
        assert_eq!(
            roles,
            [
                Some(Id),
                Some(Stage),
                Some(Title),
                Some(Content),
                Some(Due),
                Some(Responsible),
                Some(Result),
                Some(Title),
                Some(Due),
                Some(Responsible)
            ]
        );
    }

    #[test]
    fn list_numbers_before_deadlines_go() {
        assert_eq!(without_list_number("5. Ежегодно"), "Ежегодно");
        assert_eq!(without_list_number("6. "), "");
        assert_eq!(without_list_number("01.09.2022"), "01.09.2022");
        assert_eq!(without_list_number("1.1. Январь"), "1.1. Январь");
    }

    #[test]
    fn a_cell_listing_stages_splits() {
        let parts = split_stages(
            "Реализация программы, включая обязательные этапы: подготовка условий для запуска; \
             формирование базы наставляемых; формирование базы наставников",
        )
        .expect("split");
        let stages: Vec<u8> = parts.iter().map(|(s, _)| *s).collect();
        assert_eq!(stages, [1, 2, 3]);
        assert_eq!(split_stages("Этап: один"), None);
    }

    proptest::proptest! {
        /// Any text, tabs, numbers, headers and Russian words in any order:
        /// the importer never panics, and what it finds has a title.
        #[test]
        fn any_table_text_is_read_without_a_panic(
            lines in proptest::collection::vec(
                proptest::prop_oneof![
                    "[ а-яА-Я0-9.IV«»№:;–-]{0,30}",
                    proptest::strategy::Just("№\tМероприятие\tСрок\tОтветственный\tРезультат".to_owned()),
                    "[0-9IV]{1,3}[.]?\t[а-яА-Я ]{0,20}\t[а-я0-9 ]{0,12}\t[а-я]{0,8}",
                    "\t[а-яА-Я0-9 .]{0,20}",
                    proptest::strategy::Just("--\t--\t--".to_owned()),
                ],
                0..24,
            )
        ) {
            let text = lines.join("\n");
            let grid = super::super::text::grid(&text);
            if let Some(draft) = draft("t.txt", grid) {
                for a in draft.sections.iter().flat_map(|s| &s.activities) {
                    proptest::prop_assert!(!a.title.is_empty());
                }
            }
        }
    }
}
