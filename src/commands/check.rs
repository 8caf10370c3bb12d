//! `mentor check`: everything in the program folder that validates.

use std::io::Write;

use crate::finding::{Finding, Tally};
use crate::folder::{Folder, PROGRAM_FILE};
use crate::yaml::Source;
use crate::{Context, Failure, decode, program, roadmap};

use super::Session;

pub fn run(cx: &Context, out: &mut dyn Write) -> Result<Tally, Failure> {
    let folder = Folder::discover(cx.dir.as_deref())?;
    let mut session = Session::default();
    session.check_files(&[folder.path(PROGRAM_FILE)], check_program)?;
    session.check_files(&folder.roadmaps()?, roadmap::check_source)?;
    session.report(cx, out)
}

fn check_program(source: &Source) -> Vec<Finding> {
    decode::load(source, program::decode).1
}
