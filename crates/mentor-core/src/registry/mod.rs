//! The registries (`registry/*.csv`): the bases of mentees and mentors,
//! pairs, meetings and surveys — read as Excel writes them, checked, and
//! rewritten without touching what was not meant to change.

pub mod check;
pub mod columns;
pub mod import;
pub mod model;
pub mod rewrite;
pub mod sheet;
pub mod text;
pub mod values;
pub mod workbook;

use std::collections::BTreeMap;

use std::hash::BuildHasher;
use std::path::Path;
use std::sync::Arc;

use columns::{Header, Kind};
use model::{Constraint, Meeting, Mentee, Mentor, Pair, Survey, Table};

use crate::error::Error;
use crate::finding::{Code, Finding, Message};

/// The mentees each mentor already has, by mentor id ([`Registry::taken`]).
pub type Taken<'r> = rustc_hash::FxHashMap<&'r str, u32>;

/// The pairs running, as (mentor id, mentee id) ([`Registry::running`]).
pub type Running<'r> = rustc_hash::FxHashSet<(&'r str, &'r str)>;

/// The folder inside a program folder.
pub const DIR: &str = "registry";

/// A file that could not be read: its display name and the error.
pub type Unreadable<E> = (Arc<str>, E);

/// Everything the registry files hold. Files that do not exist are absent
/// from `tables`, and rules about them are not run.
#[derive(Debug, Default)]
pub struct Registry {
    pub tables: BTreeMap<Kind, Table>,
    pub mentees: Vec<Mentee>,
    pub mentors: Vec<Mentor>,
    pub pairs: Vec<Pair>,
    pub meetings: Vec<Meeting>,
    pub surveys: Vec<Survey>,
    pub constraints: Vec<Constraint>,
    mentee_index: Index,
    mentor_index: Index,
    /// The tags of all files.
    pub vocabulary: model::Vocabulary,
    /// Files without even a header: kept to show findings about them.
    empty: Vec<crate::yaml::Source>,
    /// Files too large or not text (UTF-16, binary): one finding each, no rows.
    unreadable: usize,
}

impl Registry {
    /// The mentee of an id (the first, when the id is used twice).
    pub fn mentee(&self, id: &str) -> Option<&Mentee> {
        self.mentee_index.get(&self.mentees, |m| &m.person.id, id)
    }

    /// The mentor of an id (the first, when the id is used twice).
    pub fn mentor(&self, id: &str) -> Option<&Mentor> {
        self.mentor_index.get(&self.mentors, |m| &m.person.id, id)
    }

    /// The mentees in pairs that `running` says run, per mentor id: what a
    /// mentor's capacity is spent on (see [`Mentor::free`]). One count, so
    /// that `pair suggest`, `pair approve`, the constraints' rules and the
    /// review screen agree on a mentor's free places.
    pub fn taken(&self, running: impl Fn(&Pair) -> bool) -> Taken<'_> {
        let mut taken = rustc_hash::FxHashMap::default();
        for p in &self.pairs {
            if p.mentee_id.is_some() && running(p) {
                *taken.entry(p.mentor_id.as_str()).or_default() += 1;
            }
        }
        taken
    }

    /// The (mentor, mentee) pairs that `running` says run: a lock on one of
    /// them is kept and takes no free place.
    pub fn running(&self, running: impl Fn(&Pair) -> bool) -> Running<'_> {
        self.pairs
            .iter()
            .filter(|p| running(p))
            .filter_map(|p| Some((p.mentor_id.as_str(), p.mentee_id.as_deref()?)))
            .collect()
    }

    /// Reads every registry file of `dir` that exists. An unreadable file
    /// stops the run (exit 2); everything wrong inside a file is a finding.
    pub fn load(dir: &Path) -> Result<(Registry, Vec<Finding>), Error> {
        Registry::load_only(dir, &Kind::ALL)
    }

    /// Reads only the registry files of `kinds` (a command that needs no
    /// meetings does not read two million of them).
    pub fn load_only(dir: &Path, kinds: &[Kind]) -> Result<(Registry, Vec<Finding>), Error> {
        let cannot_read = |path: &str, e: std::io::Error| Error::read(path, e);
        let mut files = Vec::new();
        for &kind in kinds {
            let path = dir.join(kind.file());
            // A folder named like a registry is not an absent registry.
            if path.is_dir() {
                let name = path.display().to_string();
                return Err(cannot_read(&name, std::io::ErrorKind::IsADirectory.into()));
            }
            if !path.is_file() {
                continue;
            }
            let name: Arc<str> = path.display().to_string().into();
            let open = |path| {
                let file = std::fs::File::open(path)?;
                let size = usize::try_from(file.metadata()?.len()).unwrap_or(usize::MAX);
                Ok(text::Reader { inner: file, size })
            };
            let file = open(&path).map_err(|e| cannot_read(&name, e))?;
            files.push((kind, name, file));
        }
        Registry::read_from(files).map_err(|(name, e)| cannot_read(&name, e))
    }

    /// Reads the given files in memory (kind, display name, bytes).
    pub fn read(files: Vec<(Kind, Arc<str>, Vec<u8>)>) -> (Registry, Vec<Finding>) {
        let inputs = files
            .iter()
            .map(|(kind, name, bytes)| (*kind, name.clone(), bytes.as_slice()))
            .collect();
        let Ok(read) = Registry::read_from(inputs);
        read
    }

    /// Reads the given files (kind, display name, bytes to read); a file
    /// that cannot be read is returned with its error.
    pub fn read_from<I: text::Input>(
        files: Vec<(Kind, Arc<str>, I)>,
    ) -> Result<(Registry, Vec<Finding>), Unreadable<I::Error>> {
        let mut reg = Registry::default();
        let mut findings = Vec::new();
        for (kind, name, input) in files {
            let (sheet, found) = sheet::read_from(name.clone(), input).map_err(|e| (name, e))?;
            findings.extend(found);
            let Some(sheet) = sheet else {
                reg.unreadable += 1;
                continue;
            };
            let Some(header_record) = sheet.header else {
                reg.empty.push(sheet.source);
                continue;
            };
            let header = Header::map(kind, &sheet, &header_record, &mut findings);
            ragged(&sheet, &header_record, &mut findings);
            let table = Table { sheet, header };
            match kind {
                Kind::Mentees => {
                    reg.mentees = model::read(&table, &mut findings, &mut reg.vocabulary)
                }
                Kind::Mentors => {
                    reg.mentors = model::read(&table, &mut findings, &mut reg.vocabulary)
                }
                Kind::Pairs => reg.pairs = model::read(&table, &mut findings, &mut reg.vocabulary),
                Kind::Meetings => {
                    reg.meetings = model::read(&table, &mut findings, &mut reg.vocabulary)
                }
                Kind::Surveys => {
                    reg.surveys = model::read(&table, &mut findings, &mut reg.vocabulary)
                }
                Kind::Constraints => {
                    reg.constraints = model::read(&table, &mut findings, &mut reg.vocabulary)
                }
            }
            reg.tables.insert(kind, table);
        }
        reg.mentee_index = Index::new(&reg.mentees, |m| &m.person.id);
        reg.mentor_index = Index::new(&reg.mentors, |m| &m.person.id);
        Ok((reg, findings))
    }

    /// How many files were read.
    pub fn files(&self) -> usize {
        self.tables.len() + self.empty.len() + self.unreadable
    }

    /// The texts of the files read, to show the lines findings point at.
    pub fn into_sources(self) -> impl Iterator<Item = crate::yaml::Source> {
        let empty = self.empty;
        self.tables
            .into_values()
            .map(|t| t.sheet.source)
            .chain(empty)
    }
}

/// People by id: positions in their vector, hashed by the ids the people
/// hold, so that a million ids are not copied into a map. The table is cut
/// in parts by hash, each built on a core of its own (inserting a million
/// ids waits on memory, not on the processor).
#[derive(Debug, Default)]
struct Index {
    parts: Vec<hashbrown::HashTable<u32>>,
    /// Positions whose id an earlier one has, with that earlier position,
    /// in order: found while indexing, so that the check of ids used twice
    /// needs no lookup per person.
    repeats: Vec<(u32, u32)>,
}

/// People per part of an [`Index`].
const PEOPLE_PER_PART: usize = 100_000;

impl Index {
    fn new<T: Sync>(items: &[T], id: impl Fn(&T) -> &str + Sync) -> Index {
        use hashbrown::hash_table::Entry;
        let count = crate::parallel::parts(items.len(), PEOPLE_PER_PART);
        let hashes: Vec<u64> = items.iter().map(|item| hash(id(item))).collect();
        let numbers: Vec<usize> = (0..count).collect();
        let built = crate::parallel::chunks(&numbers, 1, |_, numbers| {
            let mut built = Vec::new();
            for &number in numbers {
                let mine = || (0..items.len()).filter(|&i| part(hashes[i], count) == number);
                let mut table = hashbrown::HashTable::with_capacity(mine().count());
                let mut repeats = Vec::new();
                for i in mine() {
                    let key = id(&items[i]);
                    let same = |&j: &u32| id(&items[j as usize]) == key;
                    let rehash = |&j: &u32| hashes[j as usize];
                    match table.entry(hashes[i], same, rehash) {
                        Entry::Vacant(slot) => {
                            slot.insert(i as u32);
                        }
                        Entry::Occupied(first) => repeats.push((i as u32, *first.get())),
                    }
                }
                built.push((table, repeats));
            }
            built
        });
        let (parts, repeats): (Vec<_>, Vec<_>) = built.into_iter().flatten().unzip();
        let mut repeats: Vec<(u32, u32)> = repeats.concat();
        repeats.sort_unstable();
        Index { parts, repeats }
    }

    fn get<'a, T>(&self, items: &'a [T], id: impl Fn(&T) -> &str, key: &str) -> Option<&'a T> {
        let hash = hash(key);
        let table = self.parts.get(part(hash, self.parts.len()))?;
        let i = table.find(hash, |&j| id(&items[j as usize]) == key)?;
        items.get(*i as usize)
    }

    /// The first position with the id of position `i`, when that is another.
    fn first_of(&self, i: usize) -> Option<usize> {
        let at = self
            .repeats
            .binary_search_by_key(&(i as u32), |r| r.0)
            .ok()?;
        Some(self.repeats[at].1 as usize)
    }
}

fn hash(id: &str) -> u64 {
    rustc_hash::FxBuildHasher.hash_one(id)
}

/// The part of an index of `count` parts that holds a hash. The table
/// places by the low bits and tags by the high ones: the part is taken
/// from the middle.
fn part(hash: u64, count: usize) -> usize {
    (hash >> 32) as usize % count
}

/// Rows with more or fewer cells than the header: the row is still read.
fn ragged(sheet: &sheet::Sheet, header: &sheet::Record, findings: &mut Vec<Finding>) {
    let width = header.width();
    for (row, record) in sheet.rows.iter().enumerate() {
        let cells = record.width();
        if cells != width {
            let msg = Message::new("csv-ragged")
                .arg("cells", cells)
                .arg("header", width);
            let at = sheet.locate_record(record);
            findings.push(Finding::new(Code::CsvSyntax, at, msg).cell(row + 1, None));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// An index in parts finds every id, and ids used again point at their
    /// first use, as a plain map says.
    #[test]
    fn an_index_in_parts_is_a_map_of_first_uses() {
        let ids: Vec<String> = (0..3 * PEOPLE_PER_PART + 17)
            .map(|i| format!("S{}", if i % 7 == 3 { i / 2 } else { i }))
            .collect();
        let index = Index::new(&ids, |s| s.as_str());
        let mut first: std::collections::HashMap<&str, usize> = Default::default();
        for (i, id) in ids.iter().enumerate() {
            let at = *first.entry(id.as_str()).or_insert(i);
            assert_eq!(index.first_of(i), (at != i).then_some(at), "{id}");
            let found = index.get(&ids, |s| s.as_str(), id);
            assert!(found.is_some_and(|f| std::ptr::eq(f, &ids[at])), "{id}");
        }
        assert!(index.get(&ids, |s| s.as_str(), "nobody").is_none());
    }
}
