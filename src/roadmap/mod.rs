//! Roadmaps: the model, the keyword model of key documents, and the
//! seven-stage checks.

pub mod check;
pub mod documents;
pub mod model;

pub use model::Roadmap;

use crate::decode;
use crate::finding::Finding;
use crate::yaml::Source;

/// Parses, decodes and checks one roadmap text: every finding, schema and rules.
pub fn check_source(source: &Source) -> Vec<Finding> {
    let (roadmap, mut findings) = decode::load(source, model::decode);
    if let Some(roadmap) = roadmap {
        findings.extend(check::check(&roadmap));
    }
    findings
}
