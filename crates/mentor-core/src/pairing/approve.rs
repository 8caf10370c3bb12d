//! Recording proposals (`mentor pair approve`): every proposal checked again
//! against the registries as they are now — people, the hard rules,
//! consent, places, not already paired — before anything is written.

use std::collections::{HashMap, HashSet};

use chrono::NaiveDate;

use crate::finding::{Code, Finding, Message};
use crate::registry::Registry;
use crate::registry::columns::Kind;
use crate::registry::model::Rule;
use crate::registry::sheet::Sheet;

/// The new rows of `pairs.csv` (column → value), and what is wrong with the
/// proposals: any error means nothing may be written. A pair already
/// recorded is skipped, so approving the same file twice adds nothing.
#[derive(Debug, Default)]
pub struct Approval {
    pub rows: Vec<HashMap<&'static str, String>>,
    pub findings: Vec<Finding>,
}

/// Checks the proposals (a sheet with `mentor_id`, `mentee_id` and perhaps
/// `form`) for pairs starting on `start`, recorded under `order`.
pub fn approve(
    proposals: Option<&Sheet>,
    reg: &Registry,
    start: NaiveDate,
    order: Option<&str>,
) -> Approval {
    let mut findings = Vec::new();
    let mut rows: Vec<HashMap<&'static str, String>> = Vec::new();
    // The curator's decisions, the newest of each pair (as pairing reads them).
    let decisions = super::Decision::of_registry(reg);
    let newest = super::Decision::newest(&decisions);
    let decided = |pair: &(&str, &str)| newest.get(pair).map(|&i| &decisions[i]);
    if let Some(p) = proposals {
        let position = |name: &str| {
            p.header_cells().iter().position(|c| {
                Kind::Pairs
                    .column(&p.text(*c))
                    .is_some_and(|col| col.name == name)
            })
        };
        let (mentor_at, mentee_at, form_at) = (
            position("mentor_id"),
            position("mentee_id"),
            position("form"),
        );
        if let (Some(mentor_at), Some(mentee_at)) = (mentor_at, mentee_at) {
            let mut places: HashMap<&str, u32> = HashMap::new();
            let mut seen: HashSet<(String, String)> = HashSet::new();
            // What runs on `start`, counted once for all the proposals.
            let runs = |q: &crate::registry::model::Pair| q.active_on(start);
            let (taken, running) = (reg.taken(runs), reg.running(runs));
            let paired: HashSet<&str> = running.iter().map(|&(_, mentee)| mentee).collect();
            for (row, record) in p.rows.iter().enumerate() {
                let cells = p.cells(record);
                let cell = |i: Option<usize>| {
                    i.and_then(|i| cells.get(i))
                        .map(|c| p.text(*c).trim().to_owned())
                };
                let at = |i: usize| {
                    cells
                        .get(i)
                        .map_or_else(|| p.locate_record(record), |c| p.locate(record, *c))
                };
                let (mentor_id, mentee_id) = (
                    cell(Some(mentor_at)).unwrap_or_default(),
                    cell(Some(mentee_at)).unwrap_or_default(),
                );
                let mut reject = |code, column: usize, msg: Message| {
                    findings.push(Finding::new(code, at(column), msg).cell(row + 1, None));
                };
                if !seen.insert((mentor_id.clone(), mentee_id.clone())) {
                    reject(
                        Code::IdDuplicate,
                        mentor_at,
                        Message::new("approve-duplicate")
                            .arg("mentor", mentor_id.as_str())
                            .arg("mentee", mentee_id.as_str()),
                    );
                    continue;
                }
                let (Some(mentor), Some(mentee)) = (reg.mentor(&mentor_id), reg.mentee(&mentee_id))
                else {
                    let (column, id, which) = if reg.mentor(&mentor_id).is_none() {
                        (mentor_at, &mentor_id, "pair-unknown-mentor")
                    } else {
                        (mentee_at, &mentee_id, "pair-unknown-mentee")
                    };
                    reject(
                        Code::PairUnknownPerson,
                        column,
                        Message::new(which).arg("id", id.as_str()),
                    );
                    continue;
                };
                if let Some(d) = decided(&(mentor_id.as_str(), mentee_id.as_str()))
                    .filter(|d| d.rule == Rule::Never)
                {
                    reject(
                        Code::ConstraintConflict,
                        mentee_at,
                        Message::new("approve-never")
                            .arg("mentor", mentor_id.as_str())
                            .arg("mentee", mentee_id.as_str())
                            .arg("line", d.source.line()),
                    );
                    continue;
                }
                if running.contains(&(mentor_id.as_str(), mentee_id.as_str())) {
                    continue; // recorded already: approving twice adds nothing
                }
                let wanted = cell(form_at).and_then(|f| crate::registry::values::Form::parse(&f));
                let form = match super::check(mentor, mentee, start, wanted) {
                    Ok(form) => form,
                    Err(block) => {
                        // The rule's own code where the contract has one.
                        let code = match block {
                            super::Block::Parent => Code::PairParentChild,
                            _ => Code::ValueInvalid,
                        };
                        reject(
                            code,
                            mentee_at,
                            Message::new("approve-rule")
                                .arg("mentor", mentor_id.as_str())
                                .arg("mentee", mentee_id.as_str())
                                .arg("rule", block.id()),
                        );
                        continue;
                    }
                };
                for person in [&mentor.person, &mentee.person] {
                    if person.consent.is_none() {
                        reject(
                            Code::PairNoConsent,
                            mentor_at,
                            Message::new("pair-no-consent").arg("id", person.id.as_str()),
                        );
                    }
                }
                if paired.contains(mentee_id.as_str()) {
                    reject(
                        Code::ValueInvalid,
                        mentee_at,
                        Message::new("approve-already-paired").arg("id", mentee_id.as_str()),
                    );
                }
                let left = places
                    .entry(&mentor.person.id)
                    .or_insert_with(|| mentor.free(&taken));
                if *left == 0 {
                    let msg = Message::new("pair-over-capacity")
                        .arg("id", mentor_id.as_str())
                        .arg("capacity", mentor.capacity as usize)
                        .arg("date", start);
                    reject(Code::PairOverCapacity, mentor_at, msg);
                    continue;
                }
                *left -= 1;
                let mut fields: HashMap<&str, String> = HashMap::new();
                fields.insert("mentor_id", mentor_id);
                fields.insert("mentee_id", mentee_id);
                fields.insert("form", form.name().to_owned());
                fields.insert("start", start.to_string());
                fields.extend(order.map(|o| ("order", o.to_owned())));
                rows.push(fields);
            }
        } else if let Some(header) = &p.header {
            let msg = Message::new("column-missing")
                .arg("column", "mentor_id, mentee_id")
                .arg("or", "")
                .arg("russian", "Наставник, Наставляемый");
            findings.push(Finding::new(
                Code::ColumnMissing,
                p.locate_record(header),
                msg,
            ));
        }
    }
    // A locked pair neither approved now nor running is said (a warning:
    // the curator may approve it later).
    if let Some(table) = reg.tables.get(&Kind::Constraints) {
        let formed = |mentor: &str, mentee: &str| {
            rows.iter().any(|r| {
                r.get("mentor_id").is_some_and(|m| m == mentor)
                    && r.get("mentee_id").is_some_and(|m| m == mentee)
            }) || reg.pairs.iter().any(|q| {
                q.active_on(start)
                    && q.mentor_id == mentor
                    && q.mentee_id.as_deref() == Some(mentee)
            })
        };
        let mut said = HashSet::new();
        for c in reg.constraints.iter().filter(|c| c.rule == Rule::Must) {
            let pair = (c.mentor_id.as_str(), c.mentee_id.as_str());
            let last = decided(&pair);
            if last.is_some_and(|d| d.rule == Rule::Must)
                && !formed(&c.mentor_id, &c.mentee_id)
                && said.insert(pair)
            {
                let msg = Message::new("approve-unmet-must")
                    .arg("mentor", c.mentor_id.as_str())
                    .arg("mentee", c.mentee_id.as_str());
                findings.push(table.finding(c.row, "rule", Code::ConstraintUnmet, msg));
            }
        }
    }
    Approval { rows, findings }
}
