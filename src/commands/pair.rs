//! `mentor pair suggest`: the best pairing of the registries;
//! `mentor pair approve`: recording proposals in `registry/pairs.csv`.

use std::io::Write;

use crate::cli::{ApproveArgs, ReviewArgs, SuggestArgs};
use crate::render;
use crate::{Context, Failure};
use mentor_core::error::Error;
use mentor_core::finding::{Code, Message, Severity, Tally};
use mentor_core::pairing::{self, Weights};
use mentor_core::registry::columns::Kind;
use mentor_core::registry::{self, rewrite, sheet};
use mentor_core::workspace::{Keep, Workspace};

/// Reads the registries and `mentor.yaml`'s weights, proposes, and writes
/// the proposal; problems in the files read go to standard error.
pub fn suggest(cx: &Context, args: &SuggestArgs, out: &mut dyn Write) -> Result<Tally, Failure> {
    let format = cx.format.table(render::pairs::FORMATS, cx.to_terminal)?;
    let (ws, weights, reg) = match ground(cx, Keep::All)? {
        Ok(ground) => ground,
        Err(said) => return Ok(said),
    };
    let mut bar = crate::progress::Progress::on_terminal();
    let labels = [
        cx.i18n.get("pair-progress-candidates"),
        cx.i18n.get("pair-progress-solving"),
    ];
    let mut progress = |phase, done, total| {
        let label = &labels[usize::from(phase == pairing::Phase::Solving)];
        bar.bar(label, done, total);
    };
    let mut decisions = pairing::Decision::of_registry(&reg);
    // A stable matching is the mentees' choice: it knows no locks.
    let locks = decisions
        .iter()
        .any(|d| d.rule == mentor_core::registry::model::Rule::Must);
    if args.stable && (locks || !args.must.is_empty()) {
        return Err(Failure::Usage(Message::new("pair-stable-locks")));
    }
    // One pair both forbidden and locked in one run is no decision.
    if let Some((m, s)) = args.never.iter().find(|p| args.must.contains(p)) {
        let pair = format!("{m}:{s}");
        return Err(Failure::Usage(
            Message::new("pair-never-must").arg("pair", pair),
        ));
    }
    // An id of `--never`/`--must` that names nobody, or someone of the other
    // base, is a slip of the keyboard, not a decision about nobody.
    for d in args.decisions() {
        let unknown = if reg.mentor(&d.mentor).is_none() {
            Some(pairing::constraints::unknown(&reg, &d.mentor, true))
        } else if reg.mentee(&d.mentee).is_none() {
            Some(pairing::constraints::unknown(&reg, &d.mentee, false))
        } else {
            None
        };
        if let Some(message) = unknown {
            return Err(Failure::Usage(message));
        }
        decisions.push(d);
    }
    let ask = pairing::Ask {
        weights,
        today: cx.as_of.date,
        only: args.form,
        stable: args.stable,
        decisions: &decisions,
    };
    let suggestion = pairing::suggest(&reg, &ask, &mut progress);
    bar.finish();
    if let Some(dir) = &args.graph {
        suggestion.problem.write(dir)?;
    }
    let priced = args
        .alternatives
        .map(|n| pairing::priced(&suggestion, usize::from(n)));
    let decisions = render::pairs::Decisions::new(&decisions);
    let shown = render::pairs::Shown {
        explain: args.explain,
        priced: priced.as_ref(),
        decisions: &decisions,
    };
    render::pairs::render(out, format, &reg, &suggestion, &cx.i18n, shown, cx.style)?;
    super::report_to_stderr(cx, ws.finish(reg))
}

/// What pairing starts from.
type Ground = (Workspace, Weights, registry::Registry);

/// The weights of a sound mentor.yaml and the registries, every decision
/// of constraints.csv readable. An unreadable mentor.yaml is said, not
/// replaced by default weights: the pairs would be chosen by rules the
/// school did not set; unreadable decisions likewise (see
/// [`decisions_unread`]). `Err`: what was said instead.
fn ground(cx: &Context, keep: Keep) -> Result<Result<Ground, Tally>, Failure> {
    let mut ws = Workspace::open(cx.dir.as_deref(), cx.as_of)?;
    let Some(program) = ws.sound_program() else {
        return super::report_to_stderr(cx, ws.checked).map(Err);
    };
    let weights = Weights::of(&program.matching.weights);
    let reg = ws.registry(&Kind::ALL, keep)?;
    if decisions_unread(cx, &mut ws, &reg) {
        return super::report_to_stderr(cx, ws.finish(reg)).map(Err);
    }
    Ok(Ok((ws, weights, reg)))
}

/// Whether rows of registry/constraints.csv cannot be applied — a rule or
/// an id unreadable, an id of nobody, the ids swapped —, said on standard
/// error: a proposal without them would go against what the curator
/// decided, so none is made (as with an unreadable mentor.yaml). The rows
/// themselves follow as findings.
fn decisions_unread(cx: &Context, ws: &mut Workspace, reg: &registry::Registry) -> bool {
    let file = ws.folder.path(registry::DIR).join(Kind::Constraints.file());
    let file = file.display().to_string();
    let nobody = pairing::constraints::check(reg, None)
        .into_iter()
        .filter(|f| f.code == Code::PairUnknownPerson);
    ws.checked.findings.extend(nobody);
    let unread = ws
        .checked
        .findings
        .iter()
        .any(|f| f.severity == Severity::Error && *f.location.file == *file);
    if unread {
        let msg = cx.i18n.text(&Message::new("pair-decisions-unread"));
        let _ = writeln!(std::io::stderr(), "{msg}");
    }
    unread
}

/// Checks every proposal again against the registries as they are now and
/// appends the new pairs to `registry/pairs.csv` through the lossless
/// writer; any error means nothing is written (mentor_core::pairing::approve).
pub fn approve(cx: &Context, args: &ApproveArgs, out: &mut dyn Write) -> Result<Tally, Failure> {
    let mut ws = Workspace::find(cx.dir.as_deref(), cx.as_of)?;
    // Held until the pairs are written: a second `approve` at the same time
    // waits, then reads the pairs this one recorded.
    let _lock = ws.folder.lock()?;
    let bytes = std::fs::read(&args.file).map_err(|e| Error::read(&args.file, e))?;
    let (proposals, mut findings) = sheet::read(args.file.display().to_string().into(), &bytes);
    // Only errors of reading the registries: their rules are `mentor check`'s.
    let reg = ws.registry(&Kind::ALL, Keep::Errors)?;
    let start = args.date.unwrap_or(cx.as_of.date);
    let approval =
        pairing::approve::approve(proposals.as_ref(), &reg, start, args.order.as_deref());
    findings.extend(approval.findings);
    let pairs = ws.folder.path(registry::DIR).join(Kind::Pairs.file());
    let mut checked = ws.finish(reg);
    let errors = checked
        .findings
        .iter()
        .chain(&findings)
        .any(|f| f.severity == Severity::Error);
    let rows = approval.rows;
    if !errors && !rows.is_empty() {
        rewrite::append(&pairs, Kind::Pairs, &rows)?;
    }
    let done = Message::new(if errors {
        "approve-nothing"
    } else {
        "approve-done"
    })
    .arg("rows", if errors { 0 } else { rows.len() });
    writeln!(out, "{}", cx.i18n.text(&done))?;
    checked.extend(proposals.into_iter().map(|p| p.source), findings);
    super::report_to_stderr(cx, checked)
}

/// `pair review`: the proposal on screen, decisions on keys, the optimum
/// solved again after each; on `w`, the decisions are appended to
/// registry/constraints.csv (under the registries' lock, every byte kept)
/// and the proposals written for `pair approve`.
pub fn review(cx: &Context, args: &ReviewArgs, out: &mut dyn Write) -> Result<Tally, Failure> {
    use std::io::IsTerminal;
    // A screen needs a person at a terminal; files and CI have `pair suggest`.
    if !(std::io::stdin().is_terminal() && std::io::stdout().is_terminal()) {
        return Err(Failure::Usage(Message::new("review-not-terminal")));
    }
    let (ws, weights, reg) = match ground(cx, Keep::Errors)? {
        Ok(ground) => ground,
        Err(said) => return Ok(said),
    };
    let decisions = pairing::Decision::of_registry(&reg);
    // Where the screen's work goes is checked before it opens: a registry
    // is never replaced by proposals, and a constraints.csv that has text
    // but no header could not take the decisions.
    let proposals = args
        .proposals
        .clone()
        .unwrap_or_else(|| ws.folder.path("proposals.csv"));
    let in_registry = proposals
        .parent()
        .and_then(std::path::Path::file_name)
        .is_some_and(|dir| dir == registry::DIR);
    let folder_there = proposals
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .is_none_or(std::path::Path::is_dir);
    if in_registry
        || mentor_core::folder::is_program_file(&proposals)
        || proposals.is_dir()
        || !folder_there
    {
        let path = proposals.display().to_string();
        return Err(Failure::Usage(
            Message::new("review-proposals-where").arg("path", path),
        ));
    }
    let constraints = ws.folder.path(registry::DIR).join(Kind::Constraints.file());
    let has_text = std::fs::read(&constraints).is_ok_and(|b| !b.trim_ascii().is_empty());
    if has_text && !reg.tables.contains_key(&Kind::Constraints) {
        return Err(Error::NoHeader { path: constraints }.into());
    }
    let ask = pairing::Ask {
        weights,
        today: cx.as_of.date,
        only: args.form,
        stable: false,
        decisions: &decisions,
    };
    let mut screen = crate::review::Review::new(&reg, ask, &cx.i18n, cx.style);
    let write = crate::review::run(&mut screen)?;
    if !write {
        writeln!(out, "{}", cx.i18n.text(&Message::new("review-left")))?;
        return super::report_to_stderr(cx, ws.finish(reg));
    }
    // The proposals first: should they fail, no decision is half-kept.
    let mut csv = Vec::new();
    let none = render::pairs::Decisions::default();
    let shown = render::pairs::Shown {
        explain: false,
        priced: None,
        decisions: &none,
    };
    render::pairs::render(
        &mut csv,
        render::Format::Csv,
        &reg,
        &screen.suggestion,
        &cx.i18n,
        shown,
        cx.style,
    )?;
    mentor_core::error::write_atomically(&proposals, &csv)?;
    {
        let _lock = ws.folder.lock()?;
        let path = constraints;
        if !screen.made.is_empty() {
            // Absent or empty: the file starts with its header.
            if !std::fs::read(&path).is_ok_and(|b| !b.trim_ascii().is_empty()) {
                let header = "mentor_id,mentee_id,rule,note\n";
                mentor_core::error::write_atomically(&path, header.as_bytes())?;
            }
            let note = cx
                .i18n
                .text(&Message::new("review-note").arg("date", cx.as_of.date));
            let rows: Vec<_> = screen
                .made
                .iter()
                .map(|d| {
                    std::collections::HashMap::from([
                        ("mentor_id", d.mentor.clone()),
                        ("mentee_id", d.mentee.clone()),
                        ("rule", d.rule.id().to_owned()),
                        ("note", note.clone()),
                    ])
                })
                .collect();
            rewrite::append(&path, Kind::Constraints, &rows)?;
        }
    }
    let done = Message::new("review-written")
        .arg("decisions", screen.made.len())
        .arg("pairs", screen.suggestion.pairs.len())
        .arg("path", proposals.display().to_string());
    writeln!(out, "{}", cx.i18n.text(&done))?;
    super::report_to_stderr(cx, ws.finish(reg))
}
