//! `mentor coverage [--year Y] [--history]`: indicators against targets.

use std::io::Write;

use chrono::Datelike;

use crate::cli::CoverageArgs;
use crate::{Context, Failure, render};
use mentor_core::coverage;
use mentor_core::finding::{Message, Tally};
use mentor_core::registry::columns::Kind;
use mentor_core::workspace::{Keep, Workspace};

pub fn run(cx: &Context, args: &CoverageArgs, out: &mut dyn Write) -> Result<Tally, Failure> {
    let format = cx.format.table(render::coverage::FORMATS, cx.to_terminal)?;
    let mut ws = Workspace::open(cx.dir.as_deref(), cx.as_of)?;
    // Without a sound mentor.yaml there are no denominators or targets to
    // trust: say why.
    let Some(program) = ws.sound_program() else {
        return super::report_to_stderr(cx, ws.checked);
    };
    let kinds = [Kind::Mentees, Kind::Mentors, Kind::Pairs, Kind::Surveys];
    // Only the errors of reading: the rules are `mentor check`'s.
    let reg = ws.registry(&kinds, Keep::Errors)?;
    let years: Vec<i32> = if args.history {
        (program.period.start.value.year()..=program.period.end.value.year()).collect()
    } else {
        vec![args.year.unwrap_or(cx.as_of.date.year())]
    };
    let (start, end) = (program.period.start.value, program.period.end.value);
    for &y in years
        .iter()
        .filter(|&&y| y < start.year() || y > end.year())
    {
        // Not an error: the figures are computed all the same.
        let note = Message::new("coverage-outside-period")
            .arg("year", y as usize)
            .arg("period", (start, end));
        eprintln!("{}", cx.i18n.text(&note));
    }
    // The years of `--history` are independent: counted on all cores.
    let figures: Vec<coverage::Year> = mentor_core::parallel::chunks(&years, 1, |_, years| {
        let year = |&y: &i32| coverage::year(&program, &reg, y);
        years.iter().map(year).collect::<Vec<_>>()
    })
    .concat();
    render::coverage::render(out, format, &figures, args.history, &cx.i18n, cx.style)?;
    super::report_to_stderr(cx, ws.finish(reg))
}
