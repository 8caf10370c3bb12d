//! `mentor meetings check`: meeting regularity of the active pairs.

use std::io::Write;

use crate::cli::MeetingsArgs;
use crate::finding::Tally;
use crate::folder::{Folder, PROGRAM_FILE};
use crate::registry::columns::Kind;
use crate::registry::{self, Registry};
use crate::render::Format;
use crate::{Context, Failure, decode, meetings, program, render};

use super::Session;

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
    let folder = Folder::discover(cx.dir.as_deref())?;
    let kinds = [Kind::Pairs, Kind::Meetings];
    let (reg, _) = Registry::load_only(&folder.path(registry::DIR), &kinds)?;
    let mut session = Session::default();
    let load = |source: &_| decode::load(source, program::decode);
    let program = session.load(&folder.path(PROGRAM_FILE), load, false)?;
    let gap = args.gap.unwrap_or_else(|| meetings::gap(program.as_ref()));
    let (rows, findings) = meetings::check(&reg, cx.as_of.date, gap);
    session.extend(reg.into_sources(), findings);
    if findings_only {
        return session.report(cx, out);
    }
    render::meetings::render(out, format, &rows, &cx.i18n, cx.style)?;
    session.report_to_stderr(cx)
}
