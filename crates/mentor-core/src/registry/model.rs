//! Typed rows of the registries. A cell that cannot be read is a
//! `value-invalid` finding at that cell; the rest of the row is still read.

use std::borrow::Cow;

use chrono::NaiveDate;

use super::columns::{Header, Value};
use super::sheet::{Cell, Record, Sheet};
use super::values::{self, Form, Role};
use crate::finding::{Code, Finding, Location, Message};

/// A read registry file: the sheet, where its columns are, its rows.
#[derive(Debug, Clone)]
pub struct Table {
    pub sheet: Sheet,
    pub header: Header,
}

impl Table {
    /// The value of a column's cell of a row, trimmed; `None` when the
    /// column is absent or the cell blank.
    pub fn value(&self, row: usize, column: &str) -> Option<Cow<'_, str>> {
        let at = self.header.position(column)?;
        let cells = self.sheet.cells(self.sheet.rows.get(row)?);
        self.value_of(&cells, at)
    }

    /// The value of cell `at` of a row's `cells` (see [`Table::value`]); a
    /// stray byte order mark, reported by the reader, is not part of it.
    fn value_of(&self, cells: &[Cell], at: usize) -> Option<Cow<'_, str>> {
        let text = match self.sheet.text(*cells.get(at)?) {
            Cow::Borrowed(text) => Cow::Borrowed(values::trim(text)),
            Cow::Owned(text) => Cow::Owned(values::trim(&text).to_owned()),
        };
        (!text.is_empty()).then_some(text)
    }

    /// Where a column's cell of a row is (the row's start when the cell is missing).
    pub fn locate(&self, record: &Record, column: &str) -> Location {
        match self
            .header
            .position(column)
            .and_then(|i| self.sheet.cells(record).get(i).copied())
        {
            Some(cell) => self.sheet.locate(record, cell),
            None => self.sheet.locate_record(record),
        }
    }

    /// A column as the file's own header writes it («Дата рождения»), for
    /// messages a person reads; its canonical name when the header has none.
    pub fn title(&self, column: &str) -> String {
        self.sheet
            .header
            .as_ref()
            .zip(self.header.position(column))
            .and_then(|(header, at)| self.value_of(&self.sheet.cells(header), at))
            .map_or_else(|| column.to_owned(), Cow::into_owned)
    }

    /// A finding about a cell, with the row and column name the contract asks for.
    pub fn finding(
        &self,
        row: usize,
        column: &'static str,
        code: Code,
        message: Message,
    ) -> Finding {
        let at = self.locate(&self.sheet.rows[row], column);
        Finding::new(code, at, message).cell(row + 1, Some(column))
    }
}

/// The tags written across the registries, each kept once: rows hold
/// numbers, so that a million rows do not hold a million copies of
/// «математика», and comparing tags is comparing numbers.
#[derive(Debug, Clone, Default)]
pub struct Vocabulary {
    words: Vec<String>,
    index: rustc_hash::FxHashMap<String, Tag>,
}

/// A tag, by its number in the [`Vocabulary`].
pub type Tag = u32;

/// A row's tags, sorted. Most people have one to four; those are kept in
/// the row itself, not in a small allocation of their own each.
pub type Tags = smallvec::SmallVec<[Tag; 4]>;

impl Vocabulary {
    pub fn intern(&mut self, word: &str) -> Tag {
        if let Some(&tag) = self.index.get(word) {
            return tag;
        }
        let tag = Tag::try_from(self.words.len()).unwrap_or(Tag::MAX);
        self.words.push(word.to_owned());
        self.index.insert(word.to_owned(), tag);
        tag
    }

    /// The folded word of a tag.
    pub fn word(&self, tag: Tag) -> &str {
        self.words.get(tag as usize).map_or("", String::as_str)
    }
}

pub use super::values::Id;

/// Fields every participant has.
#[derive(Debug, Clone, PartialEq)]
pub struct Person {
    /// Index of the row in its table.
    pub row: usize,
    pub id: Id,
    /// The name as written (trimmed).
    pub name: Box<str>,
    pub role: Option<Role>,
    pub birth: Option<NaiveDate>,
    pub age: Option<u8>,
    pub organization: Option<Box<str>>,
    pub interests: Tags,
    pub days: Option<u8>,
    pub consent: Option<NaiveDate>,
    /// The consent cell is filled in, read or not: an unreadable date is
    /// its own finding, never also a missing consent.
    pub consent_written: bool,
}

impl Person {
    /// Age in whole years on `today`, from the birth date, else the `age` column.
    pub fn age_on(&self, today: NaiveDate) -> Option<u32> {
        match self.birth {
            Some(birth) => today.years_since(birth),
            None => self.age.map(u32::from),
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Mentee {
    pub person: Person,
    pub grade: Option<Id>,
    pub requests: Tags,
    pub form: Option<Form>,
    pub wants: Box<[Id]>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Mentor {
    pub person: Person,
    pub serves: Vec<String>,
    pub competencies: Tags,
    pub mentee_age: Option<(u32, u32)>,
    pub capacity: u32,
    pub forms: Vec<Form>,
    pub approved: Option<NaiveDate>,
    pub trained: Option<NaiveDate>,
    pub children: Vec<Id>,
}

impl Mentor {
    /// The places left: `capacity` less the mentees the mentor already has
    /// (`taken`, from [`super::Registry::taken`]).
    pub fn free(&self, taken: &super::Taken<'_>) -> u32 {
        let has = taken.get(self.person.id.as_str()).copied().unwrap_or(0);
        self.capacity.saturating_sub(has)
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Pair {
    pub row: usize,
    pub mentor_id: Id,
    pub mentee_id: Option<Id>,
    pub group: Option<Id>,
    pub form: Option<Form>,
    pub start: Option<NaiveDate>,
    pub end: Option<NaiveDate>,
    /// The order that approved the pair, as written.
    pub order: Option<String>,
}

impl Pair {
    /// Active on `day`: started, and not ended before it.
    pub fn active_on(&self, day: NaiveDate) -> bool {
        self.active_during(day, day)
    }

    /// Active on some day from `first` to `last`.
    pub fn active_during(&self, first: NaiveDate, last: NaiveDate) -> bool {
        self.start.is_some_and(|s| s <= last) && self.end.is_none_or(|e| e >= first)
    }
}

/// A decision of the curator on one pair (`registry/constraints.csv`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Constraint {
    pub row: usize,
    /// The mentor — or, for `never` between two mentees of a group, a mentee.
    pub mentor_id: Id,
    pub mentee_id: Id,
    pub rule: Rule,
}

/// What a constraint asks of pairing.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Rule {
    /// This pair is never formed.
    Never,
    /// This pair is formed if the hard rules allow it at all.
    Must,
}

impl Rule {
    pub fn parse(text: &str) -> Option<Rule> {
        values::lookup(
            text,
            &[
                ("never", Rule::Never),
                ("никогда", Rule::Never),
                ("нельзя", Rule::Never),
                ("запрет", Rule::Never),
                ("запретить", Rule::Never),
                ("must", Rule::Must),
                ("обязательно", Rule::Must),
                ("закрепить", Rule::Must),
                ("закреплено", Rule::Must),
            ],
        )
    }

    pub fn id(self) -> &'static str {
        match self {
            Rule::Never => "never",
            Rule::Must => "must",
        }
    }
}

/// The meetings of a pair in the order the model lists them (domain §4).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum MeetingType {
    Introduction,
    Trial,
    Planning,
    Regular,
    Final,
}

impl MeetingType {
    /// The usual one-word names, found without searching the text.
    const NAMES: &[(&'static str, MeetingType)] = &[
        ("знакомство", MeetingType::Introduction),
        ("пробная", MeetingType::Trial),
        ("планирование", MeetingType::Planning),
        ("рабочая", MeetingType::Regular),
        ("итоговая", MeetingType::Final),
        ("introduction", MeetingType::Introduction),
        ("trial", MeetingType::Trial),
        ("planning", MeetingType::Planning),
        ("regular", MeetingType::Regular),
        ("final", MeetingType::Final),
    ];

    /// «встреча-знакомство», «Пробная рабочая встреча», "planning", …
    fn parse(text: &str) -> Option<MeetingType> {
        values::lookup(text, Self::NAMES).or_else(|| Self::search(text))
    }

    /// The type by the stems its name contains.
    fn search(text: &str) -> Option<MeetingType> {
        let folded = crate::text::fold(text);
        let has = |words: &[&str]| words.iter().any(|w| folded.contains(w));
        Some(if has(&["знаком", "intro"]) {
            MeetingType::Introduction
        } else if has(&["пробн", "trial"]) {
            MeetingType::Trial
        } else if has(&["планир", "planning"]) {
            MeetingType::Planning
        } else if has(&["итог", "final"]) {
            MeetingType::Final
        } else if has(&["рабоч", "регуляр", "regular", "working"]) {
            MeetingType::Regular
        } else {
            return None;
        })
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Meeting {
    pub row: usize,
    pub mentor_id: Id,
    pub mentee_id: Option<Id>,
    pub group: Option<Id>,
    pub date: Option<NaiveDate>,
    pub kind: Option<MeetingType>,
    pub feedback: bool,
}

/// Who answered a satisfaction survey.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Side {
    Mentee,
    Mentor,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Survey {
    pub row: usize,
    pub person_id: Id,
    pub side: Option<Side>,
    pub date: Option<NaiveDate>,
    pub score: Option<f64>,
    pub scale: f64,
}

/// Reads the cells of one row, reporting those that cannot be read.
pub(super) struct Row<'t> {
    table: &'t Table,
    index: usize,
    /// The row's cells, found once for all its columns.
    cells: &'t [Cell],
    findings: &'t mut Vec<Finding>,
    vocabulary: &'t mut Vocabulary,
    positions: &'t mut Positions,
    known: &'t mut KnownTags,
}

/// The tags of tag cells already read, by the cell's text: a large file
/// repeats the same few request lists row after row, and a repeated list
/// is looked up once instead of split, folded and interned again. Kept per
/// run of rows, with the vocabulary the tags are numbers in.
#[derive(Debug, Default)]
struct KnownTags(rustc_hash::FxHashMap<Box<str>, Tags>);

impl KnownTags {
    /// Lists remembered at most: free text in a tag column does not fill memory.
    const MAX: usize = 4096;
}

/// The cell positions of the columns a reader asked for, by the address of
/// the column's (static) name: a reader names its columns with the same
/// literals on every row, so after the first row no name is hashed. A name
/// met at another address is looked up in the header again, with the same
/// answer.
#[derive(Debug, Default)]
struct Positions(Vec<(&'static str, Option<usize>)>);

impl Positions {
    fn get(&mut self, header: &Header, column: &'static str) -> Option<usize> {
        let same = |name: &&str| std::ptr::eq(*name, column);
        if let Some((_, at)) = self.0.iter().find(|(name, _)| same(name)) {
            return *at;
        }
        let at = header.position(column);
        self.0.push((column, at));
        at
    }
}

impl<'t> Row<'t> {
    /// The value of a column's cell (see [`Table::value`]).
    fn cell(&mut self, column: &'static str) -> Option<Cow<'t, str>> {
        let at = self.positions.get(&self.table.header, column)?;
        self.table.value_of(self.cells, at)
    }

    fn text(&mut self, column: &'static str) -> Option<String> {
        self.cell(column).map(Cow::into_owned)
    }

    fn id(&mut self, column: &'static str) -> Option<Id> {
        self.cell(column).map(|text| Id::from(&*text))
    }

    /// A required cell; reported when blank.
    fn required(&mut self, column: &'static str) -> Option<Cow<'t, str>> {
        let text = self.cell(column);
        if text.is_none() && self.positions.get(&self.table.header, column).is_some() {
            let msg = Message::new("value-empty").arg("column", self.table.title(column));
            self.findings.push(
                self.table
                    .finding(self.index, column, Code::ValueInvalid, msg),
            );
        }
        text
    }

    /// A value read by `parse`; a cell it rejects is `value-invalid`.
    fn read<T>(
        &mut self,
        column: &'static str,
        parse: impl FnOnce(&str) -> Option<T>,
    ) -> Option<T> {
        let text = self.cell(column)?;
        let value = parse(&text);
        if value.is_none() {
            let value_kind = self
                .table
                .header
                .kind
                .columns()
                .iter()
                .find(|c| c.name == column)
                .map_or(Value::Text, |c| c.value);
            let expected = match (value_kind, crate::decode::date_slip(&text)) {
                (Value::Date, crate::decode::DateSlip::NoSuchDay) => "day",
                (Value::Date, crate::decode::DateSlip::Year) => "year",
                (kind, _) => expected(kind),
            };
            // Names and birth dates of minors never go into a report, even misspelt.
            let shown = if PRIVATE.contains(&column) {
                "private".to_owned()
            } else {
                text.into_owned()
            };
            let msg = Message::new("value-invalid")
                .arg("column", self.table.title(column))
                .arg("value", shown)
                .arg("expected", expected);
            self.findings.push(
                self.table
                    .finding(self.index, column, Code::ValueInvalid, msg),
            );
        }
        value
    }

    fn date(&mut self, column: &'static str) -> Option<NaiveDate> {
        self.read(column, values::date)
    }

    fn tags(&mut self, column: &'static str) -> Tags {
        let Some(text) = self.cell(column) else {
            return Tags::new();
        };
        if let Some(tags) = self.known.0.get(&*text) {
            return tags.clone();
        }
        let mut tags = Tags::new();
        values::each_tag(&text, |t| tags.push(self.vocabulary.intern(t)));
        tags.sort_unstable();
        tags.dedup();
        if self.known.0.len() < KnownTags::MAX {
            self.known.0.insert(text.into(), tags.clone());
        }
        tags
    }

    fn person(&mut self) -> Option<Person> {
        let id = self.required("id");
        let name = self.required("name");
        let role = self.read("role", Role::parse);
        Some(Person {
            row: self.index,
            birth: self.date("birth_date"),
            age: self.read("age", |t| t.parse().ok().filter(|a| *a <= 120)),
            organization: self.text("organization").map(String::into_boxed_str),
            interests: self.tags("interests"),
            days: self.read("availability", values::days),
            consent: self.date("consent_date"),
            consent_written: self.cell("consent_date").is_some(),
            id: Id::from(&*id?),
            name: name
                .map(Cow::into_owned)
                .unwrap_or_default()
                .into_boxed_str(),
            role,
        })
    }
}

/// Columns whose values are personal data: messages name the column only.
const PRIVATE: [&str; 3] = ["name", "birth_date", "age"];

/// What `expected` a value kind names in messages.
fn expected(value: Value) -> &'static str {
    match value {
        Value::Date => "date",
        Value::Role => "role",
        Value::Form | Value::Forms => "form",
        Value::AgeRange => "age-range",
        Value::Days => "days",
        Value::Count => "count",
        Value::Number => "number",
        Value::MeetingType => "meeting-type",
        Value::SurveyRole => "survey-role",
        Value::Rule => "rule",
        Value::Id | Value::Text | Value::Tags | Value::Ids => "text",
    }
}

/// Rows per thread below which a table is read on one thread.
const ROWS_PER_THREAD: usize = 50_000;

/// A typed row of one registry file.
pub(super) trait Typed: Sized + Send {
    /// The row's values; `None` when the row stands for nothing (no id).
    fn read(row: &mut Row<'_>) -> Option<Self>;

    /// Renumbers the row's tags when rows were read on several threads,
    /// keeping them sorted.
    fn retag(&mut self, _map: &dyn Fn(Tag) -> Tag) {}
}

/// Reads every row of `table`, collecting the findings, on all cores for a
/// large table. Each chunk of rows interns tags into its own copy of the
/// vocabulary; the copies are merged in row order, so the tag numbers are
/// those a single thread gives, and rows whose tags differ are renumbered.
/// The first chunk reads into a vector with room for all rows and the
/// others are appended to it: each core first touches the memory of its
/// own rows (the kernel's zeroing of fresh memory is a large part of a
/// million rows), and only the later chunks are copied once.
pub(super) fn read<T: Typed>(
    table: &Table,
    findings: &mut Vec<Finding>,
    vocabulary: &mut Vocabulary,
) -> Vec<T> {
    let rows = &table.sheet.rows;
    let base = vocabulary.clone();
    let parts = crate::parallel::chunks(rows, ROWS_PER_THREAD, |start, chunk| {
        let room = if start == 0 { rows.len() } else { chunk.len() };
        let mut items = Vec::with_capacity(room);
        let (mut found, mut words) = (Vec::new(), base.clone());
        let (mut positions, mut cells) = (Positions::default(), Vec::new());
        let mut known = KnownTags::default();
        for (i, record) in chunk.iter().enumerate() {
            table.sheet.cells_into(record, &mut cells);
            let mut row = Row {
                table,
                index: start + i,
                cells: &cells,
                findings: &mut found,
                vocabulary: &mut words,
                positions: &mut positions,
                known: &mut known,
            };
            items.extend(T::read(&mut row));
        }
        (items, found, words)
    });
    let known = base.words.len();
    let mut all: Vec<T> = Vec::new();
    for (mut items, found, words) in parts {
        let new: Vec<Tag> = words.words[known..]
            .iter()
            .map(|w| vocabulary.intern(w))
            .collect();
        let renumbered = new
            .iter()
            .enumerate()
            .any(|(i, t)| *t as usize != known + i);
        if renumbered {
            let map = |t: Tag| {
                new.get((t as usize).wrapping_sub(known))
                    .copied()
                    .unwrap_or(t)
            };
            for item in &mut items {
                item.retag(&map);
            }
        }
        if all.is_empty() {
            all = items;
        } else {
            all.append(&mut items);
        }
        findings.extend(found);
    }
    all
}

/// Renumbers tags (see [`read`]), keeping them sorted.
fn retag_all(tags: &mut [Tag], map: &dyn Fn(Tag) -> Tag) {
    for t in tags.iter_mut() {
        *t = map(*t);
    }
    tags.sort_unstable();
}

impl Typed for Mentee {
    fn read(row: &mut Row<'_>) -> Option<Self> {
        let person = row.person();
        Some(Mentee {
            grade: row.id("grade"),
            requests: row.tags("requests"),
            form: row.read("form", Form::parse),
            wants: row
                .cell("wants")
                .map(|t| values::ids(&t).into_boxed_slice())
                .unwrap_or_default(),
            person: person?,
        })
    }

    fn retag(&mut self, map: &dyn Fn(Tag) -> Tag) {
        retag_all(&mut self.requests, map);
        retag_all(&mut self.person.interests, map);
    }
}

impl Typed for Mentor {
    fn read(row: &mut Row<'_>) -> Option<Self> {
        let person = row.person();
        let forms = row.read("forms", |t| {
            t.split([',', ';'])
                .filter(|f| !f.trim().is_empty())
                .map(Form::parse)
                .collect()
        });
        Some(Mentor {
            serves: row
                .text("serves")
                .map(|t| values::tags(&t))
                .unwrap_or_default(),
            competencies: row.tags("competencies"),
            mentee_age: row.read("mentee_age", values::age_range),
            capacity: row
                .read("capacity", |t| t.parse().ok().filter(|c| *c >= 1))
                .unwrap_or(1),
            forms: forms.unwrap_or_default(),
            approved: row.date("approved"),
            trained: row.date("trained"),
            children: row
                .text("children")
                .map(|t| values::ids(&t))
                .unwrap_or_default(),
            person: person?,
        })
    }

    fn retag(&mut self, map: &dyn Fn(Tag) -> Tag) {
        retag_all(&mut self.competencies, map);
        retag_all(&mut self.person.interests, map);
    }
}

impl Typed for Pair {
    fn read(row: &mut Row<'_>) -> Option<Self> {
        let mentor_id = row.required("mentor_id");
        let (mentee_id, group) = (row.id("mentee_id"), row.id("group"));
        if mentee_id.is_none() && group.is_none() {
            row.required("mentee_id");
        }
        // A status that says the pair is over, with no end date: whatever
        // counts running pairs would count it (a mentor's place taken, the
        // mentee kept out of pairing), so the row is said to contradict itself.
        if row.cell("end").is_none()
            && let Some(status) = row.cell("status").filter(|s| values::says_ended(s))
        {
            let group = if mentee_id.is_none() { "yes" } else { "no" };
            let msg = Message::new("pair-ended-without-end")
                .arg("status", status.into_owned())
                .arg("group", group);
            row.findings.push(
                row.table
                    .finding(row.index, "status", Code::ValueInvalid, msg),
            );
        }
        Some(Pair {
            row: row.index,
            form: row.read("form", Form::parse),
            start: row.date("start"),
            end: row.date("end"),
            order: row.text("order"),
            mentor_id: Id::from(&*mentor_id?),
            mentee_id,
            group,
        })
    }
}

impl Typed for Constraint {
    fn read(row: &mut Row<'_>) -> Option<Self> {
        let (mentor_id, mentee_id) = (row.required("mentor_id"), row.required("mentee_id"));
        let rule = row.read("rule", Rule::parse);
        if rule.is_none() {
            row.required("rule");
        }
        Some(Constraint {
            row: row.index,
            mentor_id: Id::from(&*mentor_id?),
            mentee_id: Id::from(&*mentee_id?),
            rule: rule?,
        })
    }
}

/// What a `feedback` cell says when there was none; anything else is a yes.
const NO_FEEDBACK: &[(&str, ())] = &[("нет", ()), ("no", ()), ("0", ()), ("-", ())];

impl Typed for Meeting {
    fn read(row: &mut Row<'_>) -> Option<Self> {
        let mentor_id = row.required("mentor_id");
        let date = row.date("date");
        Some(Meeting {
            row: row.index,
            mentee_id: row.id("mentee_id"),
            group: row.id("group"),
            kind: row.read("type", MeetingType::parse),
            feedback: row
                .cell("feedback")
                .is_some_and(|f| values::lookup(&f, NO_FEEDBACK).is_none()),
            mentor_id: Id::from(&*mentor_id?),
            date,
        })
    }
}

impl Typed for Survey {
    fn read(row: &mut Row<'_>) -> Option<Self> {
        let person_id = row.required("person_id");
        let side = row.read("role", |t| match crate::text::fold(t).as_str() {
            "mentee" | "наставляемый" | "наставляемая" => {
                Some(Side::Mentee)
            }
            "mentor" | "наставник" | "наставница" => Some(Side::Mentor),
            _ => None,
        });
        let number = |t: &str| {
            t.replace(',', ".")
                .parse::<f64>()
                .ok()
                .filter(|n| n.is_finite() && *n >= 0.0)
        };
        let scale = row
            .read("scale", |t| number(t).filter(|s| *s > 0.0))
            .unwrap_or(10.0);
        let score = row.read("score", |t| number(t).filter(|s| *s <= scale));
        Some(Survey {
            row: row.index,
            date: row.date("date"),
            person_id: Id::from(&*person_id?),
            side,
            score,
            scale,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::registry::Registry;
    use crate::registry::columns::Kind;

    #[test]
    fn usual_meeting_names_are_what_their_stems_say() {
        for (name, kind) in MeetingType::NAMES {
            assert_eq!(MeetingType::search(name), Some(*kind), "{name}");
        }
        assert_eq!(
            MeetingType::parse("Встреча-знакомство"),
            Some(MeetingType::Introduction)
        );
    }

    /// Names are read as written, unquoted and trimmed; a missing name is empty.
    #[test]
    fn names_are_read_as_written() {
        let csv = "id,name\nS1,\"  Петров \"\"Петя\"\" \"\nS2,\n";
        let (reg, _) = Registry::read(vec![(Kind::Mentees, "m.csv".into(), csv.into())]);
        let names: Vec<_> = reg.mentees.iter().map(|m| &*m.person.name).collect();
        assert_eq!(names, ["Петров \"Петя\"", ""]);
    }

    /// A table read on several threads gives what one thread gives: tags
    /// first met in a later range are numbered in the order of the rows.
    #[test]
    fn tags_read_on_several_threads_are_numbered_in_row_order() {
        let n = 2 * ROWS_PER_THREAD + 7;
        let mut csv = String::from("id,name,requests,interests\n");
        let requests = |i: usize| format!("т{}, общий", i % 100 + 100 * (2 * i / n));
        for i in 0..n {
            csv.push_str(&format!("S{i},Имя,\"{}\",#Шахматы\n", requests(i)));
        }
        let (reg, _) = Registry::read(vec![(Kind::Mentees, "m.csv".into(), csv.into_bytes())]);
        assert_eq!(reg.mentees.len(), n);
        let mut order: Vec<String> = Vec::new();
        for (i, m) in reg.mentees.iter().enumerate() {
            let words: Vec<&str> = m.requests.iter().map(|t| reg.vocabulary.word(*t)).collect();
            // Interests are read before requests, each in the order written.
            let written = requests(i);
            for w in std::iter::once("шахматы").chain(written.split(", ")) {
                if !order.iter().any(|o| o == w) {
                    order.push(w.to_owned());
                }
            }
            let mut expected = values::tags(&written);
            expected.sort_by_key(|w| order.iter().position(|o| o == w));
            assert_eq!(words, expected, "row {i}");
            assert!(m.requests.is_sorted());
        }
        let numbered: Vec<&str> = (0..order.len() as Tag)
            .map(|t| reg.vocabulary.word(t))
            .collect();
        assert_eq!(numbered, order);
    }
}
