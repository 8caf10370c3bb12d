//! `mentor registry check`: the bases of mentors and mentees, pairs,
//! meetings and surveys in `registry/`.

use std::io::Write;

use crate::finding::Tally;
use crate::folder::Folder;
use crate::registry::{self, Registry};
use crate::{Context, Failure};

use super::Session;

pub fn check(cx: &Context, out: &mut dyn Write) -> Result<Tally, Failure> {
    let folder = Folder::discover(cx.dir.as_deref())?;
    let mut session = Session::default();
    check_into(cx, &folder, &mut session)?;
    session.report(cx, out)
}

/// Reads and checks the registries of `folder` into `session` (also the
/// registry part of `mentor check`). Ages and active pairs are on `--today`.
pub fn check_into(cx: &Context, folder: &Folder, session: &mut Session) -> Result<(), Failure> {
    let (reg, mut findings) = Registry::load(&folder.path(registry::DIR))?;
    findings.extend(registry::check::check(&reg, cx.today));
    session.extend(reg.into_sources(), findings);
    Ok(())
}
