//! One file per subcommand; each is thin and calls the domain modules.

pub mod check;
pub mod completions;
pub mod coverage;
pub mod explain;
pub mod init;
pub mod meetings;
pub mod pair;
pub mod registry;
pub mod report;
pub mod roadmap;

use std::io::Write;
use std::path::Path;

use crate::render::{self, FindingFormat, Report};
use crate::{Context, Failure};
use mentor_core::finding::{Message, Tally};
use mentor_core::workspace::Checked;

/// Renders every finding in the command's format and tallies them.
pub fn report(cx: &Context, mut checked: Checked, out: &mut dyn Write) -> Result<Tally, Failure> {
    let format = match cx.format.findings() {
        Some(format) => format,
        None => cx.format.refused(render::FINDING_FORMATS)?,
    };
    checked.sort();
    if cx.private {
        checked.without_personal_data();
    }
    let report = Report::of(&checked);
    render::render(out, format, &report, &cx.i18n, cx.style)?;
    Ok(report.tally())
}

/// Says on standard error which file a run wrote (and how many calendar
/// events), so a person sees that `-o` or `--ics` did its work.
pub fn written(cx: &Context, path: &Path, events: Option<usize>) {
    let message = match events {
        Some(n) => Message::new("written-events").arg("events", n),
        None => Message::new("written"),
    }
    .arg("path", path.display().to_string());
    eprintln!("{}", cx.i18n.text(&message));
}

/// Shows the findings (of reading the inputs of a command that writes
/// something else) on standard error, as a person reads them.
pub fn report_to_stderr(cx: &Context, mut checked: Checked) -> Result<Tally, Failure> {
    if checked.findings.is_empty() {
        return Ok(Tally::default());
    }
    checked.sort();
    let to_terminal = std::io::IsTerminal::is_terminal(&std::io::stderr());
    if crate::in_ci() || !to_terminal {
        checked.without_personal_data();
    }
    let report = Report::of(&checked);
    let style = render::Style {
        color: cx.style.color && to_terminal,
        ..cx.style
    };
    // Standard error is not buffered: one write per line of a snippet otherwise.
    let mut err = std::io::BufWriter::with_capacity(1 << 16, std::io::stderr().lock());
    render::render(&mut err, FindingFormat::Human, &report, &cx.i18n, style)?;
    err.flush()?;
    Ok(report.tally())
}
