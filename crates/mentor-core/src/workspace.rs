//! The program folder read once: `mentor.yaml`, its roadmaps and its
//! registries, each file read and decoded one time, with every finding of
//! reading and checking them. Every command that works on the folder starts
//! here, so they all find, read and check it the same way.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use rayon::prelude::*;

use crate::as_of::AsOf;
use crate::error::Error;
use crate::finding::{self, Code, Finding, Severity};
use crate::folder::{Folder, PROGRAM_FILE};
use crate::program::{self, Program};
use crate::registry::columns::Kind;
use crate::registry::{self, Registry};
use crate::roadmap::{self, Roadmap, Setting};
use crate::yaml::{self, Source};
use crate::{decode, meetings};

/// The files a run read, with every finding about them. A run never stops
/// at the first bad file: each is read and checked and every finding kept.
#[derive(Debug, Default)]
pub struct Checked {
    /// The text of each file read, by the name findings use, to show the
    /// lines findings point at.
    pub sources: HashMap<Arc<str>, String>,
    pub findings: Vec<Finding>,
    pub files: usize,
}

impl Checked {
    /// Leaves out what a person's row would show where nobody chose to look
    /// at it — a CI log, a machine format, a file — since the registries
    /// hold children's names and birth dates (152-ФЗ): the registries'
    /// lines (no snippet is drawn) and the cell values their messages quote
    /// (a name slipped into the role column is a name all the same). The
    /// findings keep their file, line, column, row, column name and ids.
    pub fn without_personal_data(&mut self) {
        let personal = |file: &str| {
            Path::new(file)
                .parent()
                .and_then(Path::file_name)
                .is_some_and(|dir| dir == registry::DIR)
        };
        self.sources.retain(|file, _| !personal(file));
        // A reference that matches no one may be anything the cell held —
        // «Петрова А.В.» where a mentor's id belongs; a known id is an id.
        let unmatched = [
            "pair-unknown-mentor",
            "pair-unknown-mentee",
            "wants-unknown-mentor",
            "survey-unknown-person",
        ];
        for finding in &mut self.findings {
            if !personal(&finding.location.file) {
                continue;
            }
            let reference = unmatched.contains(&finding.message.id);
            for (name, value) in &mut finding.message.args {
                if *name == "value" {
                    *value = finding::Arg::Str("private".to_owned());
                } else if reference && *name == "id" {
                    *value = finding::Arg::Str("…".to_owned());
                }
            }
        }
    }

    /// Reads and decodes every file with `load`, on all cores (the files are
    /// independent), keeping every finding; the models, in the order of
    /// `paths`, so the output and the first unreadable file reported do not
    /// depend on timing.
    pub fn load_all<T: Send>(
        &mut self,
        paths: &[PathBuf],
        load: impl Fn(&Source) -> (Option<T>, Vec<Finding>) + Sync,
    ) -> Result<Vec<Option<T>>, Error> {
        // Collected whole before the first error is taken: rayon would give
        // any of several errors, this gives the first in path order.
        let read: Vec<Result<_, Error>> = paths
            .par_iter()
            .map(|path| Ok(read(path)?.map(|source| (load(&source), source))))
            .collect();
        let mut models = Vec::with_capacity(read.len());
        for file in read {
            models.push(self.keep(file?));
        }
        Ok(models)
    }

    /// Reads one file and decodes it with `load`, keeping its findings.
    pub fn load<T>(
        &mut self,
        path: &Path,
        load: impl FnOnce(&Source) -> (Option<T>, Vec<Finding>),
    ) -> Result<Option<T>, Error> {
        let file = read(path)?.map(|source| (load(&source), source));
        Ok(self.keep(file))
    }

    /// Keeps a file read (and its findings, or the finding that it is not
    /// text); its model.
    fn keep<T>(&mut self, file: Result<Decoded<T>, Finding>) -> Option<T> {
        match file {
            Ok(((model, findings), source)) => {
                self.add(Some(source), findings);
                model
            }
            Err(finding) => {
                self.add(None, vec![finding]);
                None
            }
        }
    }

    /// Adds files read elsewhere (the registries) and their findings.
    pub fn extend(&mut self, sources: impl IntoIterator<Item = Source>, findings: Vec<Finding>) {
        for source in sources {
            self.add(Some(source), Vec::new());
        }
        self.findings.extend(findings);
    }

    /// The texts of files already counted (the registries, once their
    /// rows are no longer needed), to show the lines findings point at.
    pub fn attach(&mut self, sources: impl IntoIterator<Item = Source>) {
        for source in sources {
            self.sources.insert(source.name, source.text);
        }
    }

    /// The findings in the order reports show them.
    pub fn sort(&mut self) {
        finding::sort(&mut self.findings);
    }

    fn add(&mut self, source: Option<Source>, findings: Vec<Finding>) {
        self.files += 1;
        self.findings.extend(findings);
        if let Some(source) = source {
            self.sources.insert(source.name, source.text);
        }
    }
}

/// A file's model and findings, and its text.
type Decoded<T> = ((Option<T>, Vec<Finding>), Source);

/// Reads `path` as text. An unreadable file stops the run; a file that is
/// not UTF-8 is a finding.
fn read(path: &Path) -> Result<Result<Source, Finding>, Error> {
    let bytes = std::fs::read(path).map_err(|e| Error::read(path, e))?;
    Ok(yaml::decode_text(path.display().to_string().into(), bytes))
}

/// Which findings of reading the registries a command keeps.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Keep {
    All,
    Errors,
}

/// A roadmap of the folder, decoded.
#[derive(Debug)]
pub struct RoadmapFile {
    pub path: PathBuf,
    pub roadmap: Roadmap,
}

/// The program folder, its `mentor.yaml` and what has been read of it.
#[derive(Debug)]
pub struct Workspace {
    pub folder: Folder,
    pub as_of: AsOf,
    /// `None` when `mentor.yaml` does not decode (its findings say why).
    pub program: Option<Program>,
    /// The roadmap files of the folder: how many there are.
    pub roadmap_files: usize,
    pub checked: Checked,
}

impl Workspace {
    /// The folder (`dir`, else the nearest holding `mentor.yaml`, walking
    /// up) and its `mentor.yaml`, decoded, its findings kept: a command that
    /// uses the program says what is wrong with it.
    pub fn open(dir: Option<&Path>, as_of: AsOf) -> Result<Workspace, Error> {
        let mut ws = Workspace::find(dir, as_of)?;
        let load = |source: &_| decode::load(source, program::decode);
        ws.program = ws.checked.load(&ws.folder.path(PROGRAM_FILE), load)?;
        Ok(ws)
    }

    /// The program, when `mentor.yaml` decodes without an error: a command
    /// that computes with it (pairing weights, coverage targets) refuses a
    /// program `check` refuses, rather than fill its gaps with defaults.
    pub fn sound_program(&mut self) -> Option<Program> {
        let file = self.folder.path(PROGRAM_FILE).display().to_string();
        let broken = self
            .checked
            .findings
            .iter()
            .any(|f| f.severity == Severity::Error && *f.location.file == *file);
        if broken { None } else { self.program.take() }
    }

    /// The folder only, for commands that need no program (the registries'
    /// own check and import, recording pairs).
    pub fn find(dir: Option<&Path>, as_of: AsOf) -> Result<Workspace, Error> {
        Ok(Workspace {
            folder: Folder::discover(dir)?,
            as_of,
            program: None,
            roadmap_files: 0,
            checked: Checked::default(),
        })
    }

    /// What roadmaps are scheduled in: the program's order, period and
    /// calendar, and the day checks may compare with.
    pub fn setting(&self) -> Setting {
        Setting::of(self.program.as_ref(), self.as_of.for_checks())
    }

    /// Reads, decodes and checks every roadmap of the folder, each once:
    /// those that decode. `required`: no roadmap at all is an error (a
    /// report says so instead).
    pub fn check_roadmaps(&mut self, required: bool) -> Result<Vec<RoadmapFile>, Error> {
        let paths = match self.folder.roadmaps() {
            Err(Error::NoRoadmaps { .. }) if !required => Vec::new(),
            found => found?,
        };
        self.roadmap_files = paths.len();
        let setting = self.setting();
        let load = |source: &_| roadmap::load_and_check(source, &setting);
        let roadmaps = self.checked.load_all(&paths, load)?;
        Ok(paths
            .into_iter()
            .zip(roadmaps)
            .filter_map(|(path, roadmap)| {
                Some(RoadmapFile {
                    path,
                    roadmap: roadmap?,
                })
            })
            .collect())
    }

    /// Reads the registry files of `kinds`; problems reading them are kept
    /// (all, or only the errors, for a command that uses the registries but
    /// whose job is not to check them). The rules over them are
    /// [`Workspace::check_registry`]'s.
    pub fn registry(&mut self, kinds: &[Kind], keep: Keep) -> Result<Registry, Error> {
        let (reg, mut findings) = Registry::load_only(&self.folder.path(registry::DIR), kinds)?;
        if keep == Keep::Errors {
            findings.retain(|f| f.severity == Severity::Error);
        }
        self.checked.findings.extend(findings);
        self.checked.files += reg.files();
        Ok(reg)
    }

    /// What was read and found, with the registry's texts to show the
    /// lines findings point at (once its rows are no longer needed).
    pub fn finish(self, reg: Registry) -> Checked {
        let mut checked = self.checked;
        checked.attach(reg.into_sources());
        checked
    }

    /// Every registry rule over `reg`, the meetings' included; with
    /// `regularity`, also whether the pairs meet often enough
    /// (`meeting-gap`: `meetings check`'s and `check`'s, not `registry
    /// check`'s, which is about what the files say). The rules that compare
    /// with a day run on a pinned day only (crate::as_of).
    pub fn check_registry(&mut self, reg: &Registry, regularity: bool) {
        let day = self.as_of.for_checks();
        let found = &mut self.checked.findings;
        found.extend(registry::check::check(reg, day));
        found.extend(crate::pairing::constraints::check(reg, day));
        let gap = meetings::gap(self.program.as_ref());
        let meetings = meetings::check(reg, day, gap).1.into_iter();
        found.extend(meetings.filter(|f| regularity || f.code != Code::MeetingGap));
    }

    /// Everything `mentor check` reports: `mentor.yaml`, the roadmaps and
    /// the registries with every rule.
    pub fn check(mut self) -> Result<Checked, Error> {
        self.check_roadmaps(true)?;
        let reg = self.registry(&Kind::ALL, Keep::All)?;
        self.check_registry(&reg, true);
        Ok(self.finish(reg))
    }
}
