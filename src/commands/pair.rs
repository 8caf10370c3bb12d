//! `mentor pair suggest`: the best pairing of the registries;
//! `mentor pair approve`: recording proposals in `registry/pairs.csv`.

use std::io::Write;

use crate::cli::{ApproveArgs, SuggestArgs};
use crate::render;
use crate::{Context, Failure};
use mentor_core::error::Error;
use mentor_core::finding::{Message, Severity, Tally};
use mentor_core::pairing::{self, Weights};
use mentor_core::registry::columns::Kind;
use mentor_core::registry::{self, rewrite, sheet};
use mentor_core::workspace::{Keep, Workspace};

/// Reads the registries and `mentor.yaml`'s weights, proposes, and writes
/// the proposal; problems in the files read go to standard error.
pub fn suggest(cx: &Context, args: &SuggestArgs, out: &mut dyn Write) -> Result<Tally, Failure> {
    let format = cx.format.table(render::pairs::FORMATS, cx.to_terminal)?;
    let mut ws = Workspace::open(cx.dir.as_deref(), cx.as_of)?;
    // An unreadable mentor.yaml is said, not replaced by default weights:
    // the pairs would be chosen by rules the school did not set.
    let Some(program) = ws.sound_program() else {
        return super::report_to_stderr(cx, ws.checked);
    };
    let weights = Weights::of(&program.matching.weights);
    let reg = ws.registry(&Kind::ALL, Keep::All)?;
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
    // An id of `--never`/`--must` that names nobody is a slip of the
    // keyboard, not a decision about nobody.
    for d in args.decisions() {
        let (mentor, mentee) = (reg.mentor(&d.mentor), reg.mentee(&d.mentee));
        if let Some(id) = [(&d.mentor, mentor.is_some()), (&d.mentee, mentee.is_some())]
            .into_iter()
            .find_map(|(id, known)| (!known).then_some(id))
        {
            return Err(Failure::Usage(
                Message::new("pair-unknown-id").arg("id", id.as_str()),
            ));
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
    let shown = render::pairs::Shown {
        explain: args.explain,
        priced: priced.as_ref(),
    };
    render::pairs::render(out, format, &reg, &suggestion, &cx.i18n, shown, cx.style)?;
    super::report_to_stderr(cx, ws.finish(reg))
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
