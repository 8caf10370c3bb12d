//! `mentor completions SHELL`: the shell's completion script, from the
//! same command line `mentor` parses (its descriptions in the user's language).

use std::io::Write;

use crate::{Context, Failure};
use mentor_core::finding::Tally;

pub fn run(
    cx: &Context,
    shell: clap_complete::Shell,
    out: &mut dyn Write,
) -> Result<Tally, Failure> {
    let mut cmd = crate::help::command(&cx.i18n);
    clap_complete::generate(shell, &mut cmd, "mentor", out);
    Ok(Tally::default())
}
