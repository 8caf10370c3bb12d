//! The rules over the registries: ids, duplicate people, consent, ages,
//! spreadsheet formulas, and pairs, meetings and surveys that name people
//! or pairs the registries do not have. Messages name people by id only.

use std::collections::hash_map::Entry;

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use chrono::NaiveDate;

use super::Registry;
use super::columns::Kind;
use super::model::{Person, Table};
use super::values::{self, Role};
use crate::finding::{Code, Finding, Message};

/// Every registry rule; ages only with a `day` to count them on (a pinned
/// `--today`: crate::as_of).
pub fn check(reg: &Registry, day: Option<NaiveDate>) -> Vec<Finding> {
    let mut findings = Vec::new();
    for table in reg.tables.values() {
        formulas(table, &mut findings);
    }
    findings.extend(rules(reg, day));
    findings
}

/// The rules over rows: people, ages, pairs, meetings, surveys.
fn rules(reg: &Registry, day: Option<NaiveDate>) -> Vec<Finding> {
    let mut findings = Vec::new();
    let mentees: Vec<&Person> = reg.mentees.iter().map(|m| &m.person).collect();
    let mentors: Vec<&Person> = reg.mentors.iter().map(|m| &m.person).collect();
    if let Some(table) = reg.tables.get(&Kind::Mentees) {
        let first = |i| Some(reg.mentees[reg.mentee_index.first_of(i)?].person.row);
        people_rules(table, &mentees, &first, &mut findings);
    }
    if let Some(table) = reg.tables.get(&Kind::Mentors) {
        let first = |i| Some(reg.mentors[reg.mentor_index.first_of(i)?].person.row);
        people_rules(table, &mentors, &first, &mut findings);
    }
    if let Some(table) = reg.tables.get(&Kind::Mentees) {
        if let Some(day) = day {
            ages(reg, table, day, &mut findings);
        }
        if reg.tables.contains_key(&Kind::Mentors) {
            for m in &reg.mentees {
                for id in m.wants.iter().filter(|id| reg.mentor(id).is_none()) {
                    let msg = Message::new("wants-unknown-mentor")
                        .arg("mentee", m.person.id.as_str())
                        .arg("id", id.as_str());
                    findings.push(table.finding(
                        m.person.row,
                        "wants",
                        Code::WantsUnknownMentor,
                        msg,
                    ));
                }
            }
        }
    }
    if let Some(table) = reg.tables.get(&Kind::Mentors) {
        children(reg, table, &mut findings);
    }
    if let Some(table) = reg.tables.get(&Kind::Pairs) {
        pairs(reg, table, &mut findings);
        capacity(reg, table, &mut findings);
    }
    if let Some(table) = reg.tables.get(&Kind::Meetings) {
        meetings(reg, table, &mut findings);
    }
    // A participant may be in either base: with one of them unread (absent
    // or unreadable) nobody can be called unknown.
    let both_bases =
        reg.tables.contains_key(&Kind::Mentees) && reg.tables.contains_key(&Kind::Mentors);
    if let Some(table) = reg.tables.get(&Kind::Surveys).filter(|_| both_bases) {
        for s in &reg.surveys {
            if reg.mentee(&s.person_id).is_none() && reg.mentor(&s.person_id).is_none() {
                let msg = Message::new("survey-unknown-person").arg("id", s.person_id.as_str());
                findings.push(table.finding(s.row, "person_id", Code::PairUnknownPerson, msg));
            }
        }
    }
    findings
}

/// «`id` is not in mentors.csv» (or mentees.csv), or what [`lookalike`] says.
fn unknown(reg: &Registry, kind: Kind, id: &str) -> Message {
    lookalike(reg, kind, id).unwrap_or_else(|| {
        let plain = match kind {
            Kind::Mentors => "pair-unknown-mentor",
            _ => "pair-unknown-mentee",
        };
        Message::new(plain).arg("id", id)
    })
}

/// When an id not in mentors.csv (or mentees.csv) only looks like one
/// that is there — a Cyrillic «М» in «М01», an invisible character —,
/// which character to retype.
pub(crate) fn lookalike(reg: &Registry, kind: Kind, id: &str) -> Option<Message> {
    let (meant, c) = values::lookalike(id)?;
    let (twin, exists) = match kind {
        Kind::Mentors => (
            "pair-unknown-mentor-lookalike",
            reg.mentor(&meant).is_some(),
        ),
        _ => (
            "pair-unknown-mentee-lookalike",
            reg.mentee(&meant).is_some(),
        ),
    };
    if !exists {
        return None;
    }
    let shown = match c.is_alphabetic() {
        true => c.to_string(),
        false => format!("U+{:04X}", u32::from(c)),
    };
    Some(
        Message::new(twin)
            .arg("id", id)
            .arg("meant", meant)
            .arg("char", shown)
            .arg(
                "kind",
                if c.is_alphabetic() {
                    "cyrillic"
                } else {
                    "invisible"
                },
            ),
    )
}

/// `formula-like`: any cell, known column or not, that a spreadsheet would
/// run. Only a cell starting with one of the signs (noted by the reader)
/// can be one.
fn formulas(table: &Table, findings: &mut Vec<Finding>) {
    let sheet = &table.sheet;
    let columns = table.header.kind.columns();
    for &(row, i) in &sheet.signs {
        let (row, i) = (row as usize, i as usize);
        let Some(record) = sheet.rows.get(row) else {
            continue;
        };
        let Some(&cell) = sheet.cells(record).get(i) else {
            continue;
        };
        if !values::formula_like(&sheet.text(cell)) {
            continue;
        }
        let column = columns
            .iter()
            .zip(&table.header.positions)
            .find(|(_, p)| **p == Some(i))
            .map(|(c, _)| c.name);
        // A column of the school's own: named as its header writes it.
        let own = || {
            let header = sheet.header.as_ref()?;
            let cell = *sheet.cells(header).get(i)?;
            Some(sheet.text(cell).trim().to_owned())
        };
        let title = column.map_or_else(|| own().unwrap_or_default(), |c| table.title(c));
        let msg = Message::new("formula-like").arg("column", title);
        let at = sheet.locate(record, cell);
        findings.push(Finding::new(Code::FormulaLike, at, msg).cell(row + 1, column));
    }
}

/// Ids used twice, one person under two ids, missing consent. `first` gives
/// the row of the first person with an id.
fn people_rules(
    table: &Table,
    people: &[&Person],
    // The row of the first person with the id of the one at a position, when
    // that is another.
    first: &(dyn Fn(usize) -> Option<usize> + Sync),
    findings: &mut Vec<Finding>,
) {
    // Without the column nobody has consent: one finding, not one per row.
    let consent_column = table.header.position("consent_date").is_some();
    if !consent_column && !people.is_empty() {
        let at = table
            .sheet
            .header
            .as_ref()
            .map(|h| table.sheet.locate_record(h));
        let msg = Message::new("consent-column-missing").arg("count", people.len());
        findings.extend(at.map(|at| Finding::new(Code::ConsentMissing, at, msg)));
    }
    // Ids used twice and consent on all cores; with them, the key of the
    // duplicate-person search: the folded name's hash and the birth date.
    let parts = crate::parallel::chunks(people, 50_000, |start, people| {
        let mut found = Vec::new();
        let mut keys = Vec::with_capacity(people.len());
        for (i, p) in (start..).zip(people) {
            if let Some(first) = first(i) {
                let line = table.locate(&table.sheet.rows[first], "id").line;
                let msg = Message::new("registry-id-duplicate")
                    .arg("id", p.id.as_str())
                    .arg("line", line);
                found.push(table.finding(p.row, "id", Code::IdDuplicate, msg));
                keys.push(None);
                continue;
            }
            keys.push(
                p.birth
                    .map(|birth| (crate::text::fold_hash(&p.name), birth)),
            );
            if p.consent.is_none() && consent_column && !p.consent_written {
                let msg = Message::new("consent-missing").arg("id", p.id.as_str());
                found.push(table.finding(p.row, "consent_date", Code::ConsentMissing, msg));
            }
        }
        (found, keys)
    });
    let mut keys = Vec::with_capacity(people.len());
    for (found, part) in parts {
        findings.extend(found);
        keys.extend(part);
    }
    // One person under two ids: the same folded name and birth date; equal
    // hashes are compared in full. The search is split by hash into parts
    // searched at once (equal keys always meet in one part), each in row
    // order, so the first of two rows is the one the other is reported
    // against.
    let parts: Vec<u64> = (0..SEARCH_PARTS).collect();
    // Names are folded in full only when a hash and a birth date meet.
    let name = |p: &Person| crate::text::fold(&p.name);
    let found = crate::parallel::chunks(&parts, 1, |_, parts| {
        let mut found = Vec::new();
        for &part in parts {
            let room = people.len() / SEARCH_PARTS as usize + 1;
            let mut same: HashMap<(u64, NaiveDate), &Person> =
                HashMap::with_capacity_and_hasher(room, Default::default());
            let mine = people.iter().zip(&keys).filter_map(|(p, key)| {
                key.filter(|(hash, _)| hash % SEARCH_PARTS == part)
                    .map(|key| (p, key))
            });
            for (p, key) in mine {
                match same.entry(key) {
                    Entry::Occupied(first) if name(first.get()) == name(p) => {
                        let msg = Message::new("person-duplicate")
                            .arg("id", p.id.as_str())
                            .arg("first", first.get().id.as_str());
                        found.push(table.finding(p.row, "name", Code::PersonDuplicate, msg));
                    }
                    Entry::Occupied(_) => {}
                    Entry::Vacant(slot) => {
                        slot.insert(p);
                    }
                }
            }
        }
        found
    });
    findings.extend(found.into_iter().flatten());
}

/// Parts of the duplicate-person search (see [`people_rules`]).
const SEARCH_PARTS: u64 = 4;

/// `age-out-of-range`: a learner mentee outside 10–19 in a form with that limit.
fn ages(reg: &Registry, table: &Table, today: NaiveDate, findings: &mut Vec<Finding>) {
    for m in &reg.mentees {
        let p = &m.person;
        // A birth date after the day is a slip of the year: said, not a
        // mentee silently without an age who drops out of pairing.
        if p.birth.is_some_and(|birth| birth > today) {
            let msg = Message::new("birth-in-future")
                .arg("id", p.id.as_str())
                .arg("today", today);
            findings.push(table.finding(p.row, "birth_date", Code::ValueInvalid, msg));
            continue;
        }
        let limited =
            p.role.is_none_or(Role::is_learner) && m.form.is_none_or(|f| f.has_age_limit());
        let Some(age) = p.age_on(today).filter(|_| limited) else {
            continue;
        };
        if !(10..=19).contains(&age) {
            let column = if p.birth.is_some() {
                "birth_date"
            } else {
                "age"
            };
            let msg = Message::new("age-out-of-range")
                .arg("id", p.id.as_str())
                .arg("age", age as usize)
                .arg("today", today);
            findings.push(table.finding(p.row, column, Code::AgeOutOfRange, msg));
        }
    }
}

fn pairs(reg: &Registry, table: &Table, findings: &mut Vec<Finding>) {
    for pair in &reg.pairs {
        let mut push =
            |column, code, msg| findings.push(table.finding(pair.row, column, code, msg));
        if let (Some(start), Some(end)) = (pair.start, pair.end)
            && end < start
        {
            let msg = Message::new("pair-reversed")
                .arg("start", start)
                .arg("end", end);
            push("end", Code::ValueInvalid, msg);
        }
        let mentor = reg.mentor(&pair.mentor_id);
        if mentor.is_none() && reg.tables.contains_key(&Kind::Mentors) {
            let msg = unknown(reg, Kind::Mentors, pair.mentor_id.as_str());
            push("mentor_id", Code::PairUnknownPerson, msg);
        }
        let mentee = pair.mentee_id.as_deref().map(|id| (id, reg.mentee(id)));
        if let Some((id, None)) = mentee
            && reg.tables.contains_key(&Kind::Mentees)
        {
            let msg = unknown(reg, Kind::Mentees, id);
            push("mentee_id", Code::PairUnknownPerson, msg);
        }
        let mentee = mentee.and_then(|(_, m)| m);
        if let Some(mentor) = mentor {
            if let Some(mentee) = mentee
                && mentor.children.contains(&mentee.person.id)
            {
                let msg = Message::new("pair-parent-child")
                    .arg("mentor", mentor.person.id.as_str())
                    .arg("mentee", mentee.person.id.as_str());
                push("mentee_id", Code::PairParentChild, msg);
            }
            if mentor.person.consent.is_none() && !mentor.person.consent_written {
                let msg = Message::new("pair-no-consent").arg("id", mentor.person.id.as_str());
                push("mentor_id", Code::PairNoConsent, msg);
            }
        }
        if let Some(mentee) = mentee
            && mentee.person.consent.is_none()
            && !mentee.person.consent_written
        {
            let msg = Message::new("pair-no-consent").arg("id", mentee.person.id.as_str());
            push("mentee_id", Code::PairNoConsent, msg);
        }
    }
}

/// `pair-over-capacity`: on some day a mentor has more mentees in pairs
/// active that day than their capacity. The files alone decide it (no
/// "today"): pairs by start, the ends of those still running kept in a
/// heap; the finding is on the pair that goes over, dated its first day.
fn capacity(reg: &Registry, table: &Table, findings: &mut Vec<Finding>) {
    use std::cmp::Reverse;
    use std::collections::BinaryHeap;
    /// A pair's first day, last day (if it has one) and row.
    type Span = (NaiveDate, Option<NaiveDate>, usize);
    let mut by_mentor: HashMap<&str, Vec<Span>> = HashMap::default();
    // A pair that ends before it starts is reported as such, never running.
    for p in reg.pairs.iter().filter(|p| p.mentee_id.is_some()) {
        if let Some(start) = p.start.filter(|&s| p.end.is_none_or(|e| e >= s)) {
            let list = by_mentor.entry(&p.mentor_id).or_default();
            list.push((start, p.end, p.row));
        }
    }
    for (id, mut pairs) in by_mentor {
        let Some(mentor) = reg.mentor(id) else {
            continue;
        };
        pairs.sort_unstable_by_key(|&(start, _, row)| (start, row));
        let mut running = BinaryHeap::new();
        for (start, end, row) in pairs {
            while running.peek().is_some_and(|&Reverse(e)| e < start) {
                running.pop();
            }
            running.push(Reverse(end.unwrap_or(NaiveDate::MAX)));
            if running.len() > mentor.capacity as usize {
                let msg = Message::new("pair-over-capacity")
                    .arg("id", id)
                    .arg("capacity", mentor.capacity as usize)
                    .arg("date", start);
                findings.push(table.finding(row, "mentor_id", Code::PairOverCapacity, msg));
                break;
            }
        }
    }
}

/// Meetings name known people, of a pair or group that exists.
fn meetings(reg: &Registry, table: &Table, findings: &mut Vec<Finding>) {
    let paired: HashSet<(&str, &str)> = reg
        .pairs
        .iter()
        .filter_map(|p| Some((p.mentor_id.as_str(), p.mentee_id.as_deref()?)))
        .collect();
    let groups: HashSet<(&str, &str)> = reg
        .pairs
        .iter()
        .filter_map(|p| Some((p.mentor_id.as_str(), p.group.as_deref()?)))
        .collect();
    // The first row of each meeting: the same pair on the same day twice is
    // a row pasted again (or one date written two ways), counted twice.
    let mut first: HashMap<(&str, &str, NaiveDate), usize> = HashMap::default();
    for m in &reg.meetings {
        let mut push = |column, code, msg| findings.push(table.finding(m.row, column, code, msg));
        let who = m
            .mentee_id
            .as_deref()
            .or(m.group.as_deref())
            .unwrap_or_default();
        if let Some(date) = m.date {
            match first.entry((m.mentor_id.as_str(), who, date)) {
                Entry::Vacant(entry) => {
                    entry.insert(m.row);
                }
                Entry::Occupied(entry) => {
                    let line = table.sheet.rows.get(*entry.get()).map_or(0, |r| r.line);
                    let msg = Message::new("meeting-duplicate")
                        .arg("mentor", m.mentor_id.as_str())
                        .arg("who", who)
                        .arg("date", date)
                        .arg("line", line as usize);
                    push("date", Code::MeetingDuplicate, msg);
                    continue;
                }
            }
        }
        let mut known = true;
        if reg.mentor(&m.mentor_id).is_none() && reg.tables.contains_key(&Kind::Mentors) {
            let msg = unknown(reg, Kind::Mentors, m.mentor_id.as_str());
            push("mentor_id", Code::PairUnknownPerson, msg);
            known = false;
        }
        if let Some(id) = m.mentee_id.as_deref()
            && reg.mentee(id).is_none()
            && reg.tables.contains_key(&Kind::Mentees)
        {
            let msg = unknown(reg, Kind::Mentees, id);
            push("mentee_id", Code::PairUnknownPerson, msg);
            known = false;
        }
        let of_pair = match (m.mentee_id.as_deref(), m.group.as_deref()) {
            (Some(mentee), _) => paired.contains(&(m.mentor_id.as_str(), mentee)),
            (None, Some(group)) => groups.contains(&(m.mentor_id.as_str(), group)),
            (None, None) => true,
        };
        if known && !of_pair && reg.tables.contains_key(&Kind::Pairs) {
            let who = m
                .mentee_id
                .as_deref()
                .or(m.group.as_deref())
                .unwrap_or_default();
            let msg = Message::new("meeting-unknown-pair")
                .arg("mentor", m.mentor_id.as_str())
                .arg("mentee", who);
            push("mentor_id", Code::MeetingUnknownPair, msg);
        }
    }
}

/// Parent data that cannot be true: a person listed as their own child, or
/// people who are each other's children through any chain (a cycle). Each
/// cycle is reported once, on the row where it closes.
fn children(reg: &Registry, table: &Table, findings: &mut Vec<Finding>) {
    for m in reg
        .mentors
        .iter()
        .filter(|m| m.children.contains(&m.person.id))
    {
        let msg = Message::new("child-of-self").arg("id", m.person.id.as_str());
        findings.push(table.finding(m.person.row, "children", Code::ValueInvalid, msg));
    }
    // Depth-first over mentors and the children who are mentors too, without
    // recursion: a region's chains may be long.
    #[derive(Clone, Copy, PartialEq)]
    enum Mark {
        New,
        Open,
        Done,
    }
    let index: HashMap<&str, usize> = reg
        .mentors
        .iter()
        .enumerate()
        .map(|(i, m)| (m.person.id.as_str(), i))
        .collect();
    let next = |i: usize| -> Vec<usize> {
        reg.mentors[i]
            .children
            .iter()
            .filter(|c| **c != reg.mentors[i].person.id)
            .filter_map(|c| index.get(c.as_str()).copied())
            .collect()
    };
    let mut mark = vec![Mark::New; reg.mentors.len()];
    for root in 0..reg.mentors.len() {
        if mark[root] != Mark::New {
            continue;
        }
        let mut stack: Vec<(usize, Vec<usize>)> = vec![(root, next(root))];
        mark[root] = Mark::Open;
        while let Some((node, edges)) = stack.last_mut() {
            let node = *node;
            match edges.pop() {
                Some(child) if mark[child] == Mark::Open => {
                    let from = stack.iter().position(|(n, _)| *n == child).unwrap_or(0);
                    let cycle: Vec<&str> = stack[from..]
                        .iter()
                        .map(|(n, _)| reg.mentors[*n].person.id.as_str())
                        .chain([reg.mentors[child].person.id.as_str()])
                        .collect();
                    let msg = Message::new("child-cycle").arg("cycle", cycle.join(" → "));
                    let row = reg.mentors[node].person.row;
                    findings.push(table.finding(row, "children", Code::ValueInvalid, msg));
                }
                Some(child) if mark[child] == Mark::New => {
                    mark[child] = Mark::Open;
                    stack.push((child, next(child)));
                }
                Some(_) => {}
                None => {
                    mark[node] = Mark::Done;
                    stack.pop();
                }
            }
        }
    }
}
