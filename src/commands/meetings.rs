//! `mentor meetings check`: meeting regularity of the active pairs.

use std::io::Write;

use crate::cli::MeetingsArgs;
use crate::render::Format;
use crate::{Context, Failure, render};
use mentor_core::finding::Tally;
use mentor_core::folder::{Folder, PROGRAM_FILE};
use mentor_core::registry::columns::Kind;
use mentor_core::registry::{self, Registry};
use mentor_core::{decode, meetings, program};

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
