//! One file per subcommand; each is thin and calls the domain modules.

pub mod check;
pub mod init;
pub mod roadmap;

use std::collections::HashMap;
use std::io::Write;
use std::path::Path;
use std::sync::Arc;

use crate::finding::{self, Finding, Message, Tally};
use crate::render::{self, Report};
use crate::yaml::{self, Source};
use crate::{Context, Failure};

/// Files read in one run, with their findings. The run never stops at the
/// first bad file: every file is checked and every finding kept.
#[derive(Debug, Default)]
pub struct Session {
    sources: HashMap<Arc<str>, String>,
    findings: Vec<Finding>,
    files: usize,
}

impl Session {
    /// Reads `path` and runs `check` on its text. An unreadable file stops
    /// the run (exit 2); a file that is not UTF-8 is a finding.
    pub fn check_file(
        &mut self,
        path: &Path,
        check: impl FnOnce(&Source) -> Vec<Finding>,
    ) -> Result<(), Failure> {
        let name: Arc<str> = path.display().to_string().into();
        let bytes = std::fs::read(path).map_err(|e| {
            Failure::Usage(
                Message::new("cannot-read")
                    .arg("path", &*name)
                    .arg("detail", e.to_string()),
            )
        })?;
        self.files += 1;
        match yaml::decode_text(name, bytes) {
            Ok(source) => {
                self.findings.extend(check(&source));
                self.sources.insert(source.name, source.text);
            }
            Err(finding) => self.findings.push(finding),
        }
        Ok(())
    }

    /// Renders every finding in the chosen format and tallies them.
    pub fn report(mut self, cx: &Context, out: &mut dyn Write) -> Result<Tally, Failure> {
        finding::sort(&mut self.findings);
        let report = Report {
            findings: &self.findings,
            sources: &self.sources,
            files: self.files,
        };
        render::render(out, cx.format, &report, &cx.i18n, cx.color)?;
        Ok(report.tally())
    }
}
