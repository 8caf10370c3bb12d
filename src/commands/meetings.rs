//! `mentor meetings check`: meeting regularity of the active pairs.

use std::io::Write;

use crate::cli::MeetingsArgs;
use crate::render::Format;
use crate::{Context, Failure, render};
use mentor_core::finding::Tally;
use mentor_core::meetings;
use mentor_core::registry::columns::Kind;
use mentor_core::workspace::{Keep, Workspace};

/// The table of active pairs on standard output and the findings (gaps,
/// order of the first meetings) on standard error; in a format made for
/// findings only (jsonl, github, gitlab, sarif), the findings on standard
/// output, so that CI can annotate a pair that stopped meeting.
pub fn check(cx: &Context, args: &MeetingsArgs, out: &mut dyn Write) -> Result<Tally, Failure> {
    let format = cx.format.table(render::meetings::FORMATS, cx.to_terminal)?;
    let findings_only = matches!(
        format,
        Format::Jsonl | Format::Github | Format::Gitlab | Format::Sarif
    );
    let mut ws = Workspace::open(cx.dir.as_deref(), cx.as_of)?;
    let reg = ws.registry(&[Kind::Pairs, Kind::Meetings], Keep::Errors)?;
    let gap = args
        .gap
        .unwrap_or_else(|| meetings::gap(ws.program.as_ref()));
    let (rows, findings) = meetings::check(&reg, Some(cx.as_of.date), gap);
    let mut checked = ws.finish(reg);
    checked.findings.extend(findings);
    if findings_only {
        return super::report(cx, checked, out);
    }
    render::meetings::render(out, format, &rows, &cx.i18n, cx.style)?;
    super::report_to_stderr(cx, checked)
}
