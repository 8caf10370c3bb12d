//! Documents for the office (`mentor report --document …`): the annex to the
//! order approving pairs and groups, and the list for the order rewarding
//! mentors. Both name people, so they are never public.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use serde::Serialize;

use crate::finding::Message;
use crate::registry::Registry;
use crate::registry::model::Side;
use crate::report::person_name;

/// Which document.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Annex to the order approving pairs and groups: mentor, mentee, form, start.
    PairsOrder,
    /// Mentors to reward at the end of the cycle: their pairs, meetings and
    /// how satisfied their mentees were.
    Awards,
}

impl Kind {
    pub const ALL: [Kind; 2] = [Kind::PairsOrder, Kind::Awards];

    /// The name on the command line (`--document pairs-order`).
    pub fn id(self) -> &'static str {
        match self {
            Kind::PairsOrder => "pairs-order",
            Kind::Awards => "awards",
        }
    }
}

/// A titled table, what every format of a document shows: data and message
/// ids, put into words by the renderer in the reader's language.
#[derive(Debug, Serialize)]
pub struct Document {
    pub organization: String,
    /// «Приложение к приказу № … от …», when an order is named.
    pub annex: Option<Message>,
    pub title: Message,
    /// Message ids of the column headers.
    pub header: Vec<&'static str>,
    pub rows: Vec<Vec<Cell>>,
    /// Said under the table when it has no rows.
    pub empty: Message,
}

/// One cell of a document's table, typed so that the renderer writes dates
/// and percentages as the language does.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(untagged)]
pub enum Cell {
    Text(String),
    Number(usize),
    Date(Option<NaiveDate>),
    /// A percentage with one decimal; `None` is shown as a dash.
    Percent(Option<f64>),
}

/// What the documents are made from.
#[derive(Debug)]
pub struct Inputs<'a> {
    pub organization: &'a str,
    pub registry: &'a Registry,
    pub today: NaiveDate,
    pub year: i32,
    /// Only the pairs of this order (the `order` column of pairs.csv).
    pub order: Option<&'a str>,
}

pub fn build(kind: Kind, inputs: &Inputs<'_>) -> Document {
    let year = || inputs.year.max(0) as usize;
    let (title, header, rows, empty) = match kind {
        Kind::PairsOrder => (
            Message::new("document-pairs-title"),
            vec![
                "document-number",
                "document-mentor",
                "document-mentee",
                "document-form",
                "document-start",
            ],
            pairs_rows(inputs),
            Message::new("document-pairs-empty"),
        ),
        Kind::Awards => (
            Message::new("document-awards-title").arg("year", year()),
            vec![
                "document-number",
                "document-mentor",
                "document-role",
                "document-mentees",
                "document-meetings",
                "document-satisfaction",
            ],
            award_rows(inputs),
            Message::new("document-awards-empty").arg("year", year()),
        ),
    };
    Document {
        organization: inputs.organization.to_owned(),
        annex: inputs
            .order
            .map(|o| Message::new("document-annex").arg("order", order_number(o))),
        title,
        header,
        rows,
        empty,
    }
}

/// «Приказ № 231-од от 07.11.2025» → «№ 231-од от 07.11.2025»: the annex
/// line says «к приказу» itself.
fn order_number(order: &str) -> &str {
    let order = order.trim();
    match order.split_once(char::is_whitespace) {
        Some((first, rest))
            if ["приказ", "order"]
                .iter()
                .any(|w| crate::text::fold(first).starts_with(w)) =>
        {
            rest.trim_start()
        }
        _ => order,
    }
}

/// The pairs of the order, else those active on `today`, one row per
/// mentee (a group's members each on their row, the group named).
fn pairs_rows(inputs: &Inputs<'_>) -> Vec<Vec<Cell>> {
    let reg = inputs.registry;
    reg.pairs
        .iter()
        .filter(|p| match inputs.order {
            Some(order) => p.order.as_deref().is_some_and(|o| o.trim() == order.trim()),
            None => p.active_on(inputs.today),
        })
        .enumerate()
        .map(|(i, p)| {
            let mentee = match (&p.mentee_id, &p.group) {
                (Some(id), Some(group)) => format!("{} ({group})", person_name(reg, id)),
                (Some(id), None) => person_name(reg, id),
                (None, group) => group.as_deref().unwrap_or_default().to_owned(),
            };
            vec![
                Cell::Number(i + 1),
                Cell::Text(person_name(reg, &p.mentor_id)),
                Cell::Text(mentee),
                Cell::Text(p.form.map_or_else(String::new, |f| f.name().to_owned())),
                Cell::Date(p.start),
            ]
        })
        .collect()
}

/// Mentors with a pair active in the year, by name: how many mentees,
/// meetings in the year, and the mean satisfaction of their mentees.
fn award_rows(inputs: &Inputs<'_>) -> Vec<Vec<Cell>> {
    let reg = inputs.registry;
    let (first, last) = crate::coverage::year_span(inputs.year);
    let in_year = |d: Option<NaiveDate>| d.is_some_and(|d| (first..=last).contains(&d));
    let mut mentees: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
    for p in reg.pairs.iter().filter(|p| p.active_during(first, last)) {
        let list = mentees.entry(&p.mentor_id).or_default();
        list.extend(p.mentee_id.as_deref());
    }
    // One pass over meetings and surveys, not one per mentor.
    let mut meetings: BTreeMap<&str, usize> = BTreeMap::new();
    for m in reg.meetings.iter().filter(|m| in_year(m.date)) {
        *meetings.entry(&m.mentor_id).or_default() += 1;
    }
    let mut scores: BTreeMap<&str, Vec<f64>> = BTreeMap::new();
    for s in reg
        .surveys
        .iter()
        .filter(|s| s.side == Some(Side::Mentee) && in_year(s.date))
    {
        scores
            .entry(&s.person_id)
            .or_default()
            .extend(s.score.map(|v| v / s.scale * 100.0));
    }
    let mut rows: Vec<(String, Vec<Cell>)> = mentees
        .iter_mut()
        .map(|(&mentor, their)| {
            their.sort_unstable();
            their.dedup();
            let answers: Vec<f64> = their
                .iter()
                .flat_map(|id| scores.get(id).into_iter().flatten().copied())
                .collect();
            let satisfaction = (!answers.is_empty()).then(|| {
                let mean = answers.iter().sum::<f64>() / answers.len() as f64;
                crate::coverage::one_decimal(mean)
            });
            let role = reg
                .mentor(mentor)
                .and_then(|m| m.person.role)
                .map_or("", |r| r.name());
            let name = person_name(reg, mentor);
            let cells = vec![
                Cell::Text(name.clone()),
                Cell::Text(role.to_owned()),
                Cell::Number(their.len()),
                Cell::Number(meetings.get(mentor).copied().unwrap_or(0)),
                Cell::Percent(satisfaction),
            ];
            (name, cells)
        })
        .collect();
    rows.sort_by(|a, b| a.0.cmp(&b.0));
    rows.into_iter()
        .enumerate()
        .map(|(i, (_, cells))| [vec![Cell::Number(i + 1)], cells].concat())
        .collect()
}
