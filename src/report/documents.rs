//! Documents for the office (`mentor report --document …`): the annex to the
//! order approving pairs and groups, and the list for the order rewarding
//! mentors. Both name people, so they are never public.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use serde::Serialize;

use crate::finding::Message;
use crate::i18n::I18n;
use crate::registry::Registry;
use crate::registry::model::Side;
use crate::report::person_name;

/// Which document.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Kind {
    /// Annex to the order approving pairs and groups: mentor, mentee, form, start.
    PairsOrder,
    /// Mentors to reward at the end of the cycle: their pairs, meetings and
    /// how satisfied their mentees were.
    Awards,
}

/// A titled table, what every format of a document shows.
#[derive(Debug, Serialize)]
pub struct Document {
    pub organization: String,
    /// «Приложение к приказу № … от …», when an order is named.
    pub annex: Option<String>,
    pub title: String,
    pub header: Vec<String>,
    pub rows: Vec<Vec<String>>,
    /// Said under the table when it has no rows.
    pub empty: String,
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

pub fn build(kind: Kind, inputs: &Inputs<'_>, i18n: &I18n) -> Document {
    let header = |ids: &[&'static str]| ids.iter().map(|id| i18n.get(id)).collect();
    let (title, header, rows, empty) = match kind {
        Kind::PairsOrder => (
            i18n.get("document-pairs-title"),
            header(&[
                "document-number",
                "document-mentor",
                "document-mentee",
                "document-form",
                "document-start",
            ]),
            pairs_rows(inputs, i18n),
            i18n.get("document-pairs-empty"),
        ),
        Kind::Awards => (
            i18n.text(&Message::new("document-awards-title").arg("year", inputs.year as usize)),
            header(&[
                "document-number",
                "document-mentor",
                "document-role",
                "document-mentees",
                "document-meetings",
                "document-satisfaction",
            ]),
            award_rows(inputs, i18n.lang),
            i18n.text(&Message::new("document-awards-empty").arg("year", inputs.year as usize)),
        ),
    };
    Document {
        organization: inputs.organization.to_owned(),
        annex: inputs
            .order
            .map(|o| i18n.text(&Message::new("document-annex").arg("order", order_number(o)))),
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
                .any(|w| crate::registry::values::fold(first).starts_with(w)) =>
        {
            rest.trim_start()
        }
        _ => order,
    }
}

/// The pairs of the order, else those active on `today`, one row per
/// mentee (a group's members each on their row, the group named).
fn pairs_rows(inputs: &Inputs<'_>, i18n: &I18n) -> Vec<Vec<String>> {
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
                (i + 1).to_string(),
                person_name(reg, &p.mentor_id),
                mentee,
                p.form.map_or_else(String::new, |f| f.name().to_owned()),
                p.start.map_or_else(String::new, |d| i18n.date(d)),
            ]
        })
        .collect()
}

/// Mentors with a pair active in the year, by name: how many mentees,
/// meetings in the year, and the mean satisfaction of their mentees.
fn award_rows(inputs: &Inputs<'_>, lang: crate::i18n::Lang) -> Vec<Vec<String>> {
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
    let mut rows: Vec<Vec<String>> = mentees
        .iter_mut()
        .map(|(&mentor, their)| {
            their.sort_unstable();
            their.dedup();
            let answers: Vec<f64> = their
                .iter()
                .flat_map(|id| scores.get(id).into_iter().flatten().copied())
                .collect();
            let satisfaction = if answers.is_empty() {
                "—".to_owned()
            } else {
                let mean = answers.iter().sum::<f64>() / answers.len() as f64;
                I18n::percent_in(lang, crate::coverage::one_decimal(mean))
            };
            let role = reg
                .mentor(mentor)
                .and_then(|m| m.person.role)
                .map_or("", |r| r.name());
            vec![
                String::new(),
                person_name(reg, mentor),
                role.to_owned(),
                their.len().to_string(),
                meetings.get(mentor).copied().unwrap_or(0).to_string(),
                satisfaction,
            ]
        })
        .collect();
    rows.sort_by(|a, b| a[1].cmp(&b[1]));
    for (i, row) in rows.iter_mut().enumerate() {
        row[0] = (i + 1).to_string();
    }
    rows
}
