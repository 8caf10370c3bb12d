//! The seven-stage rules over a decoded roadmap. Checks return findings and
//! never print.

use std::collections::HashMap;

use super::documents::{Document, Words, is_checkpoint};
use super::model::Roadmap;
use crate::deadline::Deadline;
use crate::finding::{Code, Finding, Location, Message};

/// Every stage number, 1 to 7.
pub const STAGES: std::ops::RangeInclusive<u8> = 1..=7;

/// All roadmap rules of the foundation: stages, ids, responsible, results,
/// key documents, checkpoints.
pub fn check(roadmap: &Roadmap) -> Vec<Finding> {
    let mut findings = Vec::new();
    check_stages(roadmap, &mut findings);
    check_ids(roadmap, &mut findings);
    for (_, activity) in roadmap.activities() {
        let id = activity.id.as_ref().map(|i| i.value.as_str());
        // A value left empty (`responsible: ""`) is as missing as no key,
        // and is shown where it is.
        let missing = |field: &Option<crate::decode::Located<String>>| match field {
            Some(v) if v.value.trim().is_empty() => Some(v.at.clone()),
            Some(_) => None,
            None => Some(activity.title.at.clone()),
        };
        if let Some(at) = missing(&activity.responsible) {
            let msg = Message::new("responsible-missing").arg("activity", activity.label());
            findings.push(Finding::new(Code::ResponsibleMissing, at, msg).activity(id));
        }
        if let Some(at) = missing(&activity.result) {
            let msg = Message::new("result-missing").arg("activity", activity.label());
            findings.push(Finding::new(Code::ResultMissing, at, msg).activity(id));
        }
    }
    findings
}

/// What one stage has, gathered in one pass over the activities.
#[derive(Default)]
struct StageWork<'r> {
    /// Where the stage is first declared: a section heading or an activity.
    first: Option<Location>,
    words: Vec<&'r str>,
    checkpoint: bool,
}

fn check_stages(roadmap: &Roadmap, findings: &mut Vec<Finding>) {
    let mut stages: [StageWork<'_>; 7] = Default::default();
    // A declared document counts for its own stage wherever it is planned:
    // real roadmaps merge stages («базы наставников и наставляемых»).
    let mut declared = Vec::new();
    for (section, activity) in roadmap.activities() {
        declared.extend(activity.documents.iter().map(|d| d.value));
        let Some(stage) = activity.stage_in(section) else {
            continue;
        };
        let work = &mut stages[usize::from(stage - 1)];
        if work.first.is_none() {
            let declared_by_section = activity.stage.is_none();
            work.first = Some(if declared_by_section {
                section.title.at.clone()
            } else {
                activity.title.at.clone()
            });
        }
        work.words.push(&activity.title.value);
        work.words
            .extend(activity.result.as_ref().map(|r| r.value.as_str()));
        // One checkpoint per stage is enough: the titles after it are not read for one.
        if !work.checkpoint {
            let due = activity.due.as_ref().and_then(|d| d.deadline.as_ref());
            work.checkpoint = activity.checkpoint.as_ref().is_some_and(|c| c.value)
                || due.is_some_and(Deadline::is_checkpoint)
                || is_checkpoint(&Words::of([activity.title.value.as_str()]));
        }
    }
    for (stage, work) in STAGES.zip(&stages) {
        let Some(at) = &work.first else {
            let msg = Message::new("stage-missing").arg("stage", stage);
            findings.push(
                Finding::new(Code::StageMissing, roadmap.sections_at.clone(), msg).stage(stage),
            );
            continue;
        };
        let words = Words::of(work.words.iter().copied());
        for document in Document::of_stage(stage) {
            if !declared.contains(document) && !document.is_named_in(&words) {
                let msg = Message::new("output-missing")
                    .arg("stage", stage)
                    .arg("document", document.name());
                findings.push(Finding::new(Code::OutputMissing, at.clone(), msg).stage(stage));
            }
        }
        if !work.checkpoint {
            let msg = Message::new("checkpoint-missing").arg("stage", stage);
            findings.push(Finding::new(Code::CheckpointMissing, at.clone(), msg).stage(stage));
        }
    }
}

/// Numbers like `4.1` or `5.10`: the parent part and the last number.
fn split_id(id: &str) -> Option<(&str, u32)> {
    let id = id.trim_end_matches('.');
    let (parent, last) = id.rsplit_once('.').unwrap_or(("", id));
    let valid = parent
        .split('.')
        .all(|p| p.is_empty() || p.parse::<u32>().is_ok());
    (valid && !last.is_empty()).then_some(())?;
    Some((parent, last.parse().ok()?))
}

fn check_ids(roadmap: &Roadmap, findings: &mut Vec<Finding>) {
    let mut seen: HashMap<&str, &Location> = HashMap::new();
    let mut last_child: HashMap<&str, u32> = HashMap::new();
    for (_, activity) in roadmap.activities() {
        let Some(id) = &activity.id else { continue };
        let key = id.value.trim_end_matches('.');
        if let Some(first) = seen.get(key) {
            let msg = Message::new("id-duplicate")
                .arg("id", key)
                .arg("line", first.line);
            findings.push(Finding::new(Code::IdDuplicate, id.at.clone(), msg).activity(Some(key)));
            continue;
        }
        seen.insert(key, &id.at);
        let Some((parent, n)) = split_id(key) else {
            continue;
        };
        let previous = last_child.get(parent).copied().unwrap_or(0);
        last_child.insert(parent, n.max(previous));
        if n > previous + 1 {
            let expected = if parent.is_empty() {
                (previous + 1).to_string()
            } else {
                format!("{parent}.{}", previous + 1)
            };
            let msg = Message::new("id-gap")
                .arg("id", key)
                .arg("expected", expected);
            findings.push(Finding::new(Code::IdGap, id.at.clone(), msg).activity(Some(key)));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_numbered_ids() {
        assert_eq!(split_id("5.10"), Some(("5", 10)));
        assert_eq!(split_id("3."), Some(("", 3)));
        assert_eq!(split_id("1.2.3"), Some(("1.2", 3)));
        assert_eq!(split_id("А.1"), None);
        assert_eq!(split_id("x"), None);
    }
}
