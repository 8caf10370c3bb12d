//! `mentor pair suggest`: the best pairing of the registries;
//! `mentor pair approve`: recording proposals in `registry/pairs.csv`.

use std::io::Write;

use std::collections::{HashMap, HashSet};

use crate::cli::{ApproveArgs, SuggestArgs};
use crate::render;
use crate::{Context, Failure};
use mentor_core::error::Error;
use mentor_core::finding::{Code, Finding, Message, Tally};
use mentor_core::folder::{Folder, PROGRAM_FILE};
use mentor_core::pairing::{self, Weights};
use mentor_core::registry::columns::Kind;
use mentor_core::registry::{self, Registry};
use mentor_core::registry::{rewrite, sheet};
use mentor_core::{decode, program};

use super::Session;

/// Reads the registries and `mentor.yaml`'s weights, proposes, and writes
/// the proposal; problems in the registries go to standard error.
pub fn suggest(cx: &Context, args: &SuggestArgs, out: &mut dyn Write) -> Result<Tally, Failure> {
    let format = cx.format.table(render::pairs::FORMATS, cx.to_terminal)?;
    let folder = Folder::discover(cx.dir.as_deref())?;
    let mut session = Session::default();
    let load = |source: &_| decode::load(source, program::decode);
    let program = session.load(&folder.path(PROGRAM_FILE), load, false)?;
    let weights = program.map_or(Weights::of(&Default::default()), |p| {
        Weights::of(&p.matching.weights)
    });
    let (reg, findings) = Registry::load(&folder.path(registry::DIR))?;
    let mut bar = crate::progress::Progress::on_terminal();
    let labels = [
        cx.i18n.get("pair-progress-candidates"),
        cx.i18n.get("pair-progress-solving"),
    ];
    let mut progress = |phase, done, total| {
        let label = &labels[usize::from(phase == pairing::Phase::Solving)];
        bar.bar(label, done, total);
    };
    let suggestion = pairing::suggest(
        &reg,
        weights,
        cx.as_of.date,
        args.form,
        args.stable,
        &mut progress,
    );
    bar.finish();
    if let Some(dir) = &args.graph {
        suggestion.problem.write(dir)?;
    }
    render::pairs::render(
        out,
        format,
        &reg,
        &suggestion,
        &cx.i18n,
        args.explain,
        cx.style,
    )?;
    session.extend(reg.into_sources(), findings);
    session.report_to_stderr(cx)
}

/// Checks every proposal again against the registries as they are now
/// (people, hard rules, consent, places, not already paired) and appends the
/// new pairs to `registry/pairs.csv` through the lossless writer. Any error
/// means nothing is written; a pair already recorded is skipped, so approving
/// the same file twice adds nothing.
pub fn approve(cx: &Context, args: &ApproveArgs, out: &mut dyn Write) -> Result<Tally, Failure> {
    let folder = Folder::discover(cx.dir.as_deref())?;
    let bytes = std::fs::read(&args.file).map_err(|e| Error::read(&args.file, e))?;
    let (proposals, mut findings) = sheet::read(args.file.display().to_string().into(), &bytes);
    let (reg, registry_findings) = Registry::load(&folder.path(registry::DIR))?;
    findings.extend(
        registry_findings
            .into_iter()
            .filter(|f| f.severity == mentor_core::finding::Severity::Error),
    );
    let start = args.date.unwrap_or(cx.as_of.date);
    let mut rows: Vec<HashMap<&str, String>> = Vec::new();
    let mut session = Session::default();
    if let Some(p) = &proposals {
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
                let active: Vec<_> = reg.pairs.iter().filter(|q| q.active_on(start)).collect();
                if active.iter().any(|q| {
                    q.mentor_id == mentor_id && q.mentee_id.as_deref() == Some(mentee_id.as_str())
                }) {
                    continue; // recorded already: approving twice adds nothing
                }
                let wanted =
                    cell(form_at).and_then(|f| mentor_core::registry::values::Form::parse(&f));
                let form = match pairing::check(mentor, mentee, start, wanted) {
                    Ok(form) => form,
                    Err(block) => {
                        reject(
                            Code::ValueInvalid,
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
                if active
                    .iter()
                    .any(|q| q.mentee_id.as_deref() == Some(mentee_id.as_str()))
                {
                    reject(
                        Code::ValueInvalid,
                        mentee_at,
                        Message::new("approve-already-paired").arg("id", mentee_id.as_str()),
                    );
                }
                let left = places.entry(&mentor.person.id).or_insert_with(|| {
                    let busy = active
                        .iter()
                        .filter(|q| q.mentor_id == mentor_id && q.mentee_id.is_some())
                        .count() as u32;
                    mentor.capacity.saturating_sub(busy)
                });
                if *left == 0 {
                    let msg = Message::new("pair-over-capacity")
                        .arg("id", mentor_id.as_str())
                        .arg("capacity", mentor.capacity as usize)
                        .arg("today", start);
                    reject(Code::PairOverCapacity, mentor_at, msg);
                    continue;
                }
                *left -= 1;
                let mut fields: HashMap<&str, String> = HashMap::new();
                fields.insert("mentor_id", mentor_id);
                fields.insert("mentee_id", mentee_id);
                fields.insert("form", form.name().to_owned());
                fields.insert("start", start.to_string());
                fields.extend(args.order.clone().map(|o| ("order", o)));
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
    let errors = findings
        .iter()
        .any(|f| f.severity == mentor_core::finding::Severity::Error);
    if !errors && !rows.is_empty() {
        rewrite::append(
            &folder.path(registry::DIR).join(Kind::Pairs.file()),
            Kind::Pairs,
            &rows,
        )?;
    }
    let done = Message::new(if errors {
        "approve-nothing"
    } else {
        "approve-done"
    })
    .arg("rows", if errors { 0 } else { rows.len() });
    writeln!(out, "{}", cx.i18n.text(&done))?;
    session.extend(
        proposals
            .into_iter()
            .map(|p| p.source)
            .chain(reg.into_sources()),
        findings,
    );
    session.report_to_stderr(cx)
}
