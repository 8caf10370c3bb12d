//! `mentor check`: everything in the program folder that validates.

use std::io::Write;
use std::path::PathBuf;

use crate::{Context, Failure};
use mentor_core::finding::Tally;
use mentor_core::folder::{Folder, PROGRAM_FILE};
use mentor_core::roadmap::{self, Setting};
use mentor_core::{decode, program};

use super::Session;

pub fn run(cx: &Context, out: &mut dyn Write) -> Result<Tally, Failure> {
    let folder = Folder::discover(cx.dir.as_deref())?;
    let mut session = Session::default();
    into(cx, &folder, &folder.roadmaps()?, &mut session)?;
    session.report(cx, out)
}

/// Checks everything in `folder` (with these roadmaps) into `session`; the
/// program, when it reads.
pub fn into(
    cx: &Context,
    folder: &Folder,
    roadmaps: &[PathBuf],
    session: &mut Session,
) -> Result<Option<program::Program>, Failure> {
    let load = |source: &_| decode::load(source, program::decode);
    let program = session.load(&folder.path(PROGRAM_FILE), load, true)?;
    let setting = Setting::of(program.as_ref(), cx.as_of.for_checks());
    let gap = mentor_core::meetings::gap(program.as_ref());
    let check = |source: &_| roadmap::check_source(source, &setting);
    session.check_files(roadmaps, &check)?;
    super::registry::check_into(cx, folder, session, Some(gap))?;
    Ok(program)
}
