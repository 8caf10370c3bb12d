//! One file per subcommand; each is thin and calls the domain modules.

pub mod check;
pub mod coverage;
pub mod init;
pub mod meetings;
pub mod pair;
pub mod registry;
pub mod report;
pub mod roadmap;

use std::collections::HashMap;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use crate::render::{self, FindingFormat, Report};
use crate::{Context, Failure};
use mentor_core::error::Error;
use mentor_core::finding::{self, Finding, Tally};
use mentor_core::yaml::{self, Source};

/// Files read in one run, with their findings. The run never stops at the
/// first bad file: every file is checked and every finding kept.
#[derive(Debug, Default)]
pub struct Session {
    sources: HashMap<Arc<str>, String>,
    findings: Vec<Finding>,
    files: usize,
}

/// A check of one file's text.
pub type Check<'a> = &'a (dyn Fn(&Source) -> Vec<Finding> + Sync);

/// What reading and checking one file gave: its text and findings.
type Checked = Result<(Option<Source>, Vec<Finding>), Failure>;

impl Session {
    /// Reads and checks every file, spread over the cores (files are
    /// independent). Results are merged in the order of `paths`, so the
    /// output and the first unreadable file reported do not depend on timing.
    pub fn check_files(&mut self, paths: &[PathBuf], check: Check<'_>) -> Result<(), Failure> {
        let workers = mentor_core::parallel::cores().min(paths.len());
        let results: Vec<Checked> = if workers <= 1 {
            paths.iter().map(|p| check_file(p, check)).collect()
        } else {
            let next = AtomicUsize::new(0);
            let mut done: Vec<(usize, Checked)> = std::thread::scope(|scope| {
                let handles: Vec<_> = (0..workers)
                    .map(|_| {
                        scope.spawn(|| {
                            let mut mine = Vec::new();
                            loop {
                                let i = next.fetch_add(1, Ordering::Relaxed);
                                let Some(path) = paths.get(i) else { break mine };
                                mine.push((i, check_file(path, check)));
                            }
                        })
                    })
                    .collect();
                handles
                    .into_iter()
                    .flat_map(|h| h.join().unwrap_or_else(|e| std::panic::resume_unwind(e)))
                    .collect()
            });
            done.sort_unstable_by_key(|(i, _)| *i);
            done.into_iter().map(|(_, checked)| checked).collect()
        };
        for checked in results {
            let (source, findings) = checked?;
            self.add(source, findings);
        }
        Ok(())
    }

    /// Reads one file and decodes it with `load`, keeping the findings (when
    /// `keep`) and handing back the model.
    pub fn load<T>(
        &mut self,
        path: &Path,
        load: impl FnOnce(&Source) -> (Option<T>, Vec<Finding>),
        keep: bool,
    ) -> Result<Option<T>, Failure> {
        let (source, model, findings) = match read(path)? {
            Ok(source) => {
                let (model, findings) = load(&source);
                (Some(source), model, findings)
            }
            Err(finding) => (None, None, vec![finding]),
        };
        if keep {
            self.add(source, findings);
        }
        Ok(model)
    }

    /// Shows the findings (of reading the inputs of a command that writes
    /// something else) on standard error, as a person reads them.
    pub fn report_to_stderr(mut self, cx: &Context) -> Result<Tally, Failure> {
        if self.findings.is_empty() {
            return Ok(Tally::default());
        }
        finding::sort(&mut self.findings);
        let report = Report {
            findings: &self.findings,
            sources: &self.sources,
            files: self.files,
        };
        let style = render::Style {
            color: cx.style.color && std::io::IsTerminal::is_terminal(&std::io::stderr()),
            ..cx.style
        };
        // Standard error is not buffered: one write per line of a snippet otherwise.
        let mut err = std::io::BufWriter::with_capacity(1 << 16, std::io::stderr().lock());
        render::render(&mut err, FindingFormat::Human, &report, &cx.i18n, style)?;
        err.flush()?;
        Ok(report.tally())
    }

    /// The findings, in the order reports show them, and how many files were read.
    pub fn into_findings(mut self) -> (Vec<Finding>, usize) {
        finding::sort(&mut self.findings);
        (self.findings, self.files)
    }

    /// Adds the files read elsewhere (the registries) and their findings.
    pub fn extend(&mut self, sources: impl IntoIterator<Item = Source>, findings: Vec<Finding>) {
        for source in sources {
            self.add(Some(source), Vec::new());
        }
        self.findings.extend(findings);
    }

    fn add(&mut self, source: Option<Source>, findings: Vec<Finding>) {
        self.files += 1;
        self.findings.extend(findings);
        if let Some(source) = source {
            self.sources.insert(source.name, source.text);
        }
    }

    /// Renders every finding in the chosen format and tallies them.
    pub fn report(mut self, cx: &Context, out: &mut dyn Write) -> Result<Tally, Failure> {
        let format = match cx.format.findings() {
            Some(format) => format,
            None => cx.format.refused(render::FINDING_FORMATS)?,
        };
        finding::sort(&mut self.findings);
        let report = Report {
            findings: &self.findings,
            sources: &self.sources,
            files: self.files,
        };
        render::render(out, format, &report, &cx.i18n, cx.style)?;
        Ok(report.tally())
    }
}

/// Reads `path` as text. An unreadable file stops the run (exit 2); a file
/// that is not UTF-8 is a finding.
fn read(path: &Path) -> Result<Result<Source, Finding>, Failure> {
    let name: Arc<str> = path.display().to_string().into();
    let bytes = std::fs::read(path).map_err(|e| Error::read(path, e))?;
    Ok(yaml::decode_text(name, bytes))
}

fn check_file(path: &Path, check: Check<'_>) -> Checked {
    Ok(match read(path)? {
        Ok(source) => {
            let findings = check(&source);
            (Some(source), findings)
        }
        Err(finding) => (None, vec![finding]),
    })
}
