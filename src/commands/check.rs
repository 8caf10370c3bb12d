//! `mentor check`: everything in the program folder that validates.

use std::io::Write;

use crate::{Context, Failure};
use mentor_core::finding::Tally;
use mentor_core::workspace::Workspace;

pub fn run(cx: &Context, out: &mut dyn Write) -> Result<Tally, Failure> {
    let checked = Workspace::open(cx.dir.as_deref(), cx.as_of)?.check()?;
    super::report(cx, checked, out)
}
