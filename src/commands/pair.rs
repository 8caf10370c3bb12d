//! `mentor pair suggest`: the best pairing of the registries.

use std::io::Write;

use crate::cli::SuggestArgs;
use crate::finding::Tally;
use crate::folder::{Folder, PROGRAM_FILE};
use crate::pairing::{self, Weights};
use crate::registry::{self, Registry};
use crate::render::{self, Format};
use crate::{Context, Failure, decode, program};

use super::Session;

/// Reads the registries and `mentor.yaml`'s weights, proposes, and writes
/// the proposal; problems in the registries go to standard error.
pub fn suggest(cx: &Context, args: &SuggestArgs, out: &mut dyn Write) -> Result<Tally, Failure> {
    let format = match cx.format {
        Format::Auto => Format::Human,
        other => other,
    }
    .supported(render::pairs::FORMATS)?;
    let folder = Folder::discover(cx.dir.as_deref())?;
    let mut session = Session::default();
    let load = |source: &_| decode::load(source, program::decode);
    let program = session.load(&folder.path(PROGRAM_FILE), load, false)?;
    let weights = program.map_or(Weights::of(&Default::default()), |p| {
        Weights::of(&p.matching.weights)
    });
    let (reg, findings) = Registry::load(&folder.path(registry::DIR))?;
    let suggestion = pairing::suggest(&reg, weights, cx.today, args.form);
    render::pairs::render(
        out,
        format,
        &reg,
        &suggestion,
        &cx.i18n,
        args.explain,
        cx.style,
    )?;
    session.extend(reg.into_sources(), findings);
    session.report_to_stderr(cx)
}
