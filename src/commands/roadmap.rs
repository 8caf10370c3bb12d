//! `mentor roadmap check [FILE…]`: the seven-stage check of roadmaps;
//! `mentor roadmap plan`: their calendar.

use std::io::Write;
use std::path::{Path, PathBuf};

use crate::cli::PlanArgs;
use crate::render;
use crate::{Context, Failure};
use mentor_core::error::Error;
use mentor_core::finding::{Message, Tally};
use mentor_core::folder::find_roadmaps;
use mentor_core::roadmap::{self, Setting, timing};
use mentor_core::workspace::{Checked, Workspace};

/// Checks the given files (folders are searched for roadmaps), or the
/// program folder's roadmaps when none are given.
pub fn check(cx: &Context, files: &[PathBuf], out: &mut dyn Write) -> Result<Tally, Failure> {
    let (paths, setting, _) = inputs(cx, files)?;
    let mut checked = Checked::default();
    let check = |source: &_| (None::<()>, roadmap::check_source(source, &setting));
    checked.load_all(&paths, check)?;
    super::report(cx, checked, out)
}

/// The calendar of the roadmaps; problems reading them go to standard error.
pub fn plan(cx: &Context, args: &PlanArgs, out: &mut dyn Write) -> Result<Tally, Failure> {
    let format = cx.format.table(render::plan::FORMATS, cx.to_terminal)?;
    let (paths, setting, owner) = inputs(cx, &args.files)?;
    let mut checked = Checked::default();
    let mut rows = Vec::new();
    let mut first = None;
    for path in &paths {
        let load = |source: &_| mentor_core::decode::load(source, roadmap::model::decode);
        let Some(r) = checked.load(path, load)? else {
            continue;
        };
        let scheduled = timing::schedule(&r, &setting);
        rows.extend(roadmap::plan::rows(
            &path.display().to_string(),
            &scheduled,
            cx.as_of.date,
        ));
        first.get_or_insert((r.title.value.clone(), timing::frame(&r, &setting)));
    }
    roadmap::plan::filter(&mut rows, &args.stage, &args.status);
    roadmap::plan::sort(&mut rows);
    let calendar = || {
        let (title, frame) = first.clone().unwrap_or_default();
        let name = if paths.len() == 1 {
            title
        } else {
            "mentor".to_owned()
        };
        // The DTSTAMP: a date of the roadmap, so the file only changes when the plan does.
        let stamp = frame
            .order
            .or(frame.period.map(|p| p.0))
            .unwrap_or_default();
        render::ics::calendar(&name, &rows, stamp, &owner, &setting.calendar)
    };
    if let Some(ics) = &args.ics {
        let (text, events) = calendar();
        mentor_core::error::write_atomically(ics, text.as_bytes())?;
        super::written(cx, ics, Some(events));
    }
    match format {
        render::Format::Ics => out.write_all(calendar().0.as_bytes())?,
        _ => render::plan::render(out, format, &rows, &cx.i18n, cx.style)?,
    }
    super::report_to_stderr(cx, checked)
}

/// The YAML roadmap of a Word document on standard output (or `-o`), or
/// with `--format json` the account of the import; a summary on standard error.
pub fn import(cx: &Context, file: &Path, out: &mut dyn Write) -> Result<Tally, Failure> {
    let format = cx.format.table(
        &[render::Format::Human, render::Format::Json],
        cx.to_terminal,
    )?;
    let draft = roadmap::import::read(file)?;
    let activities: Vec<_> = draft.sections.iter().flat_map(|s| &s.activities).collect();
    let guessed = draft
        .sections
        .iter()
        .map(|s| &s.mapping)
        .chain(activities.iter().filter_map(|a| a.mapping.as_ref()))
        .filter(|m| m.certainty == roadmap::import::Certainty::Guessed)
        .count();
    if format == render::Format::Json {
        let doc = serde_json::json!({
            "source": draft.source,
            "meta": draft.meta,
            "sections": draft.sections,
            "skipped": draft.skipped,
            "summary": {
                "sections": draft.sections.len(),
                "activities": activities.len(),
                "guessed": guessed,
                "skipped": draft.skipped.len(),
            },
        });
        serde_json::to_writer_pretty(&mut *out, &doc).map_err(std::io::Error::from)?;
        writeln!(out)?;
    } else {
        out.write_all(render::roadmap_yaml::render(&draft, &cx.i18n).as_bytes())?;
    }
    let done = Message::new("import-roadmap-done")
        .arg("activities", activities.len())
        .arg("sections", draft.sections.len())
        .arg("guessed", guessed)
        .arg("skipped", draft.skipped.len());
    eprintln!("{}", cx.i18n.text(&done));
    if let Some(help) = cx.i18n.help(&done) {
        eprintln!("{help}");
    }
    Ok(Tally::default())
}

/// The roadmaps to read, what their deadlines count from and whose they
/// are: the given files and folders, else the program folder's roadmaps.
/// Deadlines count from the folder's `mentor.yaml` when there is one (no
/// files, or `--dir`), else from each roadmap's own `approved` and `period`.
fn inputs(
    cx: &Context,
    files: &[PathBuf],
) -> Result<(Vec<PathBuf>, Setting, render::ics::Owner), Failure> {
    let mut paths = Vec::new();
    let mut setting = Setting::of(None, cx.as_of.for_checks());
    let owner_of = |ws: &Workspace| render::ics::Owner {
        organization: ws
            .program
            .as_ref()
            .map(|p| p.organization.value.clone())
            .unwrap_or_default(),
        folder: Some(ws.folder.root.clone()),
    };
    let mut owner = render::ics::Owner::default();
    if files.is_empty() || cx.dir.is_some() {
        // The program only sets the dates: its own findings are `mentor check`'s.
        let ws = Workspace::open(cx.dir.as_deref(), cx.as_of)?;
        setting = ws.setting();
        owner = owner_of(&ws);
        if files.is_empty() {
            paths = ws.folder.roadmaps()?;
        }
    } else if let Some(ws) = files
        .first()
        .and_then(|f| mentor_core::folder::Folder::around(f))
        .and_then(|folder| Workspace::open(Some(&folder.root), cx.as_of).ok())
    {
        // A roadmap named by its path is still its folder's: the calendar's
        // events keep the UIDs `plan` gives them from inside the folder.
        owner = owner_of(&ws);
    }
    for file in files {
        if file.is_dir() {
            let before = paths.len();
            find_roadmaps(file, true, &mut paths)?;
            if paths.len() == before {
                return Err(Error::NoRoadmaps { dir: file.clone() }.into());
            }
        } else {
            paths.push(file.clone());
        }
    }
    Ok((paths, setting, owner))
}
