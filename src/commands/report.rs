//! `mentor report [--public] [--document KIND]`: the program report, or a
//! document for the office, from the same files `mentor check` reads.

use std::io::Write;

use chrono::Datelike;

use crate::cli::ReportArgs;
use crate::render::report::{self as render, Templates};
use crate::{Context, Failure};
use mentor_core::finding::{Message, Tally};
use mentor_core::registry::columns::Kind;
use mentor_core::report::{self, documents};
use mentor_core::roadmap::{self, timing};
use mentor_core::workspace::{Keep, Workspace};

pub fn run(cx: &Context, args: &ReportArgs, out: &mut dyn Write) -> Result<Tally, Failure> {
    let formats = if args.document.is_some() {
        render::DOCUMENT_FORMATS
    } else {
        render::FORMATS
    };
    let format = cx.format.table(formats, cx.to_terminal)?;
    if args.public && args.document.is_some() {
        return Err(Failure::Usage(Message::new("report-public-document")));
    }
    // The curator's report and the documents name children: into a file,
    // never into a CI log.
    if !args.public && !cx.style.names {
        return Err(Failure::Usage(Message::new("report-ci-log")));
    }
    let mut ws = Workspace::open(cx.dir.as_deref(), cx.as_of)?;
    let templates = Templates::new(&ws.folder.root, &cx.i18n);
    let year = args.year.unwrap_or(cx.as_of.date.year());
    if let Some(kind) = args.document {
        let reg = ws.registry(&Kind::ALL, Keep::All)?;
        let Some(program) = ws.program.take() else {
            return super::report_to_stderr(cx, ws.checked);
        };
        let inputs = documents::Inputs {
            organization: &program.organization.value,
            registry: &reg,
            today: cx.as_of.date,
            year,
            order: args.order.as_deref(),
        };
        let doc = documents::build(kind, &inputs);
        render::document(out, format, &doc, &templates, &cx.i18n)?;
        return Ok(Tally::default());
    }
    // The report shows what is wrong rather than refusing: a folder without
    // a roadmap is reported as such. Each file is read and checked once.
    let roadmaps = ws.check_roadmaps(false)?;
    let reg = ws.registry(&Kind::ALL, Keep::All)?;
    ws.check_registry(&reg, true);
    let setting = ws.setting();
    let Some(program) = ws.program.take() else {
        // Without mentor.yaml there is no period and no denominator: say why.
        return super::report_to_stderr(cx, ws.checked);
    };
    let mut plan = Vec::new();
    for file in &roadmaps {
        let scheduled = timing::schedule(&file.roadmap, &setting);
        let name = file.path.display().to_string();
        plan.extend(roadmap::plan::rows(&name, &scheduled, cx.as_of.date));
    }
    roadmap::plan::sort(&mut plan);
    let mut checked = ws.checked;
    checked.sort();
    let gap = mentor_core::meetings::gap(Some(&program));
    let (meetings, _) = mentor_core::meetings::check(&reg, Some(cx.as_of.date), gap);
    let inputs = report::Inputs {
        program: &program,
        registry: &reg,
        plan: &plan,
        roadmaps: (ws.roadmap_files, roadmaps.len()),
        findings: &checked.findings,
        files: checked.files,
        meetings: &meetings,
        gap,
        today: cx.as_of.date,
        year,
    };
    let built = report::build(&inputs, args.public);
    render::render(out, format, &built, &plan, &templates, &cx.i18n)?;
    // The report says what is wrong; its exit code is about making it.
    Ok(Tally::default())
}
