//! `mentor check`: everything in the program folder that validates.

use std::io::Write;

use crate::finding::Tally;
use crate::folder::{Folder, PROGRAM_FILE};
use crate::roadmap::{self, Setting};
use crate::{Context, Failure, decode, program};

use super::Session;

pub fn run(cx: &Context, out: &mut dyn Write) -> Result<Tally, Failure> {
    let folder = Folder::discover(cx.dir.as_deref())?;
    let mut session = Session::default();
    let load = |source: &_| decode::load(source, program::decode);
    let program = session.load(&folder.path(PROGRAM_FILE), load, true)?;
    let setting = Setting::of(program.as_ref(), cx.today_given);
    let gap = crate::meetings::gap(program.as_ref());
    let check = |source: &_| roadmap::check_source(source, &setting);
    session.check_files(&folder.roadmaps()?, &check)?;
    super::registry::check_into(cx, &folder, &mut session, Some(gap))?;
    session.report(cx, out)
}
