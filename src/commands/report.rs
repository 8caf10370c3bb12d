//! `mentor report [--public] [--document KIND]`: the program report, or a
//! document for the office, from the same files `mentor check` reads.

use std::io::Write;

use chrono::Datelike;

use crate::cli::ReportArgs;
use crate::render::report::{self as render, Templates};
use crate::{Context, Failure};
use mentor_core::decode;
use mentor_core::finding::{Message, Tally};
use mentor_core::folder::Folder;
use mentor_core::registry::{self, Registry};
use mentor_core::report::{self, documents};
use mentor_core::roadmap::{self, Setting, timing};

use super::Session;

pub fn run(cx: &Context, args: &ReportArgs, out: &mut dyn Write) -> Result<Tally, Failure> {
    let formats = if args.document.is_some() {
        render::DOCUMENT_FORMATS
    } else {
        render::FORMATS
    };
    let format = match cx.format {
        // Markdown reads well on a terminal too.
        crate::render::Format::Auto | crate::render::Format::Human => crate::render::Format::Md,
        other => other,
    };
    let format = format.table(formats, cx.to_terminal)?;
    if args.public && args.document.is_some() {
        return Err(Failure::Usage(Message::new("report-public-document")));
    }
    let folder = Folder::discover(cx.dir.as_deref())?;
    let templates = Templates::new(&folder.root, &cx.i18n);
    let year = args.year.unwrap_or(cx.as_of.date.year());
    let (reg, _) = Registry::load(&folder.path(registry::DIR))?;
    let mut session = Session::default();
    // The report shows what is wrong rather than refusing: a folder without
    // a roadmap is reported as such.
    let roadmaps = folder.roadmaps().unwrap_or_default();
    let Some(program) = super::check::into(cx, &folder, &roadmaps, &mut session)? else {
        // Without mentor.yaml there is no period and no denominator: say why.
        return session.report_to_stderr(cx);
    };
    let (findings, files) = session.into_findings();
    if let Some(kind) = args.document {
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
    let setting = Setting::of(Some(&program), cx.as_of.for_checks());
    let mut plan = Vec::new();
    let mut read = 0;
    // Their findings are already in `findings`.
    let mut ignored = Session::default();
    for path in &roadmaps {
        let load = |source: &_| decode::load(source, roadmap::model::decode);
        if let Some(r) = ignored.load(path, load, false)? {
            read += 1;
            let scheduled = timing::schedule(&r, &setting);
            plan.extend(roadmap::plan::rows(
                &path.display().to_string(),
                &scheduled,
                cx.as_of.date,
            ));
        }
    }
    roadmap::plan::sort(&mut plan);
    let gap = mentor_core::meetings::gap(Some(&program));
    let (meetings, _) = mentor_core::meetings::check(&reg, cx.as_of.date, gap);
    let inputs = report::Inputs {
        program: &program,
        registry: &reg,
        plan: &plan,
        roadmaps: (roadmaps.len(), read),
        findings: &findings,
        files,
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
