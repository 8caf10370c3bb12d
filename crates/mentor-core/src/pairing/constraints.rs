//! The rules over `registry/constraints.csv`, the curator's decisions:
//! each names people the registries have, no pair is both forbidden and
//! locked, no mentee is locked to two mentors and no mentor to more
//! mentees than places, a locked pair is one the hard rules allow, and
//! what pairs.csv records keeps to what was decided.

use chrono::NaiveDate;
use rustc_hash::FxHashMap as HashMap;

use crate::finding::{Code, Finding, Message};
use crate::registry::Registry;
use crate::registry::columns::Kind;
use crate::registry::model::{Constraint, Rule};

/// Every constraint rule; the hard rules of a locked pair that depend on
/// a day (ages) only with a `day`.
pub fn check(reg: &Registry, day: Option<NaiveDate>) -> Vec<Finding> {
    let mut findings = Vec::new();
    let Some(table) = reg.tables.get(&Kind::Constraints) else {
        return findings;
    };
    let mut push = |c: &Constraint, column, code, msg| {
        findings.push(table.finding(c.row, column, code, msg));
    };
    let both_bases =
        reg.tables.contains_key(&Kind::Mentees) && reg.tables.contains_key(&Kind::Mentors);
    // The first row of each pair, and of each locked mentee.
    let mut first: HashMap<(&str, &str), &Constraint> = HashMap::default();
    let mut locked: HashMap<&str, &Constraint> = HashMap::default();
    let mut load: HashMap<&str, u32> = HashMap::default();
    // The pairs running (on the day, or without an end): a lock on one of
    // those is kept, and each of the others takes one of the free places.
    let runs = |p: &crate::registry::model::Pair| day.map_or(p.end.is_none(), |d| p.active_on(d));
    let taken = reg.taken(runs);
    let running = reg.running(runs);
    for c in &reg.constraints {
        let (mentor, mentee) = (reg.mentor(&c.mentor_id), reg.mentee(&c.mentee_id));
        // `never` between two mentees (of a group) names a mentee first.
        let between_mentees = mentor.is_none() && reg.mentee(&c.mentor_id).is_some();
        // The two ids in each other's columns: one finding, not two.
        let swapped = mentor.is_none()
            && mentee.is_none()
            && reg.mentee(&c.mentor_id).is_some()
            && reg.mentor(&c.mentee_id).is_some();
        if both_bases && swapped {
            let msg = Message::new("constraint-swapped")
                .arg("mentor", c.mentee_id.as_str())
                .arg("mentee", c.mentor_id.as_str());
            push(c, "mentor_id", Code::PairUnknownPerson, msg);
            continue;
        } else if both_bases {
            if mentor.is_none() && !(between_mentees && c.rule == Rule::Never) {
                let msg = unknown(reg, &c.mentor_id, true);
                push(c, "mentor_id", Code::PairUnknownPerson, msg);
            }
            if mentee.is_none() {
                let msg = unknown(reg, &c.mentee_id, false);
                push(c, "mentee_id", Code::PairUnknownPerson, msg);
            }
        }
        let pair = (c.mentor_id.as_str(), c.mentee_id.as_str());
        match first.get(&pair) {
            Some(earlier) if earlier.rule != c.rule => {
                let msg = conflict("both", c, earlier, table);
                push(c, "rule", Code::ConstraintConflict, msg);
                continue;
            }
            Some(_) => continue,
            None => {
                first.insert(pair, c);
            }
        }
        if c.rule != Rule::Must {
            continue;
        }
        if let Some(earlier) = locked.insert(&c.mentee_id, c) {
            let msg = conflict("two-mentors", c, earlier, table);
            push(c, "mentee_id", Code::ConstraintConflict, msg);
        }
        let Some((mentor, mentee)) = mentor.zip(mentee) else {
            continue;
        };
        if !running.contains(&pair) {
            let places = mentor.free(&taken);
            let locks = load.entry(&c.mentor_id).or_default();
            *locks += 1;
            if *locks == places + 1 {
                let msg = Message::new("constraint-over-capacity")
                    .arg("mentor", c.mentor_id.as_str())
                    .arg("capacity", places as usize);
                push(c, "mentor_id", Code::ConstraintConflict, msg);
            }
        }
        // The rules of ages are judged on a pinned day only.
        if let Err(block) = super::check_on(mentor, mentee, day, None) {
            let msg = Message::new("constraint-unmet")
                .arg("mentor", c.mentor_id.as_str())
                .arg("mentee", c.mentee_id.as_str())
                .arg("rule", block.id());
            push(c, "rule", Code::ConstraintUnmet, msg);
        }
    }
    recorded(reg, &first, &mut findings);
    findings
}

/// An id that names no mentor (`as_mentor`) or no mentee: someone of the
/// other base («S04 — наставляемый, а не наставник»), or nobody.
pub fn unknown(reg: &Registry, id: &str, as_mentor: bool) -> Message {
    let other = if as_mentor {
        reg.mentee(id).is_some()
    } else {
        reg.mentor(id).is_some()
    };
    match (other, as_mentor) {
        (true, true) => Message::new("constraint-role")
            .arg("id", id)
            .arg("is", "mentee"),
        (true, false) => Message::new("constraint-role")
            .arg("id", id)
            .arg("is", "mentor"),
        _ => {
            let kind = if as_mentor {
                Kind::Mentors
            } else {
                Kind::Mentees
            };
            crate::registry::check::lookalike(reg, kind, id)
                .unwrap_or_else(|| Message::new("constraint-unknown").arg("id", id))
        }
    }
}

/// Two rows of the file that contradict each other (`kind`: the same pair
/// both forbidden and locked, or one mentee locked to two mentors).
fn conflict(
    kind: &str,
    c: &Constraint,
    earlier: &Constraint,
    table: &crate::registry::model::Table,
) -> Message {
    Message::new("constraint-conflict")
        .arg("kind", kind)
        .arg("mentor", c.mentor_id.as_str())
        .arg("mentee", c.mentee_id.as_str())
        .arg("other", earlier.mentor_id.as_str())
        .arg("line", table.sheet.rows[earlier.row].line as usize)
}

/// What pairs.csv records against a decision: a forbidden pair still
/// running (no `end`), and two mentees the curator keeps apart in one
/// running group. A pair that ended is history, whatever was decided after.
fn recorded(
    reg: &Registry,
    decided: &HashMap<(&str, &str), &Constraint>,
    findings: &mut Vec<Finding>,
) {
    let Some(pairs) = reg.tables.get(&Kind::Pairs) else {
        return;
    };
    let never = |a: &str, b: &str| {
        decided
            .get(&(a, b))
            .filter(|c| c.rule == Rule::Never)
            .or_else(|| decided.get(&(b, a)).filter(|c| c.rule == Rule::Never))
            .copied()
    };
    let line = |c: &Constraint| {
        reg.tables
            .get(&Kind::Constraints)
            .map_or(0, |t| t.sheet.rows[c.row].line as usize)
    };
    let mut groups: HashMap<(&str, &str), Vec<&str>> = HashMap::default();
    for pair in reg.pairs.iter().filter(|p| p.end.is_none()) {
        let Some(mentee) = pair.mentee_id.as_deref() else {
            continue;
        };
        if let Some(c) = never(&pair.mentor_id, mentee) {
            let msg = Message::new("constraint-recorded")
                .arg("mentor", pair.mentor_id.as_str())
                .arg("mentee", mentee)
                .arg("line", line(c));
            findings.push(pairs.finding(pair.row, "mentee_id", Code::ConstraintConflict, msg));
        }
        if let Some(group) = pair.group.as_deref() {
            let members = groups.entry((&pair.mentor_id, group)).or_default();
            if let Some(c) = members.iter().find_map(|m| never(m, mentee)) {
                let msg = Message::new("constraint-group")
                    .arg("group", group)
                    .arg("mentee", mentee)
                    .arg("other", other_of(c, mentee))
                    .arg("line", line(c));
                findings.push(pairs.finding(pair.row, "group", Code::ConstraintConflict, msg));
            }
            members.push(mentee);
        }
    }
}

/// The other mentee of a `never` between two mentees.
fn other_of<'c>(c: &'c Constraint, mentee: &str) -> &'c str {
    if c.mentee_id.as_str() == mentee {
        &c.mentor_id
    } else {
        &c.mentee_id
    }
}
