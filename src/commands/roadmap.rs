//! `mentor roadmap check [FILE…]`: the seven-stage check of roadmaps.

use std::io::Write;
use std::path::PathBuf;

use crate::finding::{Message, Tally};
use crate::folder::{Folder, find_roadmaps};
use crate::{Context, Failure, roadmap};

use super::Session;

/// Checks the given files (folders are searched for roadmaps), or the
/// program folder's roadmaps when none are given.
pub fn check(cx: &Context, files: &[PathBuf], out: &mut dyn Write) -> Result<Tally, Failure> {
    let mut paths = Vec::new();
    if files.is_empty() {
        paths = Folder::discover(cx.dir.as_deref())?.roadmaps()?;
    }
    for file in files {
        if file.is_dir() {
            let before = paths.len();
            find_roadmaps(file, true, &mut paths)?;
            if paths.len() == before {
                let dir = file.display().to_string();
                return Err(Failure::Usage(Message::new("no-roadmaps").arg("dir", dir)));
            }
        } else {
            paths.push(file.clone());
        }
    }
    let mut session = Session::default();
    session.check_files(&paths, roadmap::check_source)?;
    session.report(cx, out)
}
