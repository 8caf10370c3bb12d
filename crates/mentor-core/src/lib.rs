//! `mentor-core`: the mentoring program as data, and every rule over it.
//!
//! What is here reads files and returns models and [`finding::Finding`]s
//! (message ids and arguments, never words in a language), or a typed
//! [`error::Error`] that names its file. It never prints, never exits and
//! knows nothing of the command line: the `mentor` binary parses arguments,
//! calls in here, and renders the results in the user's language.
//!
//! The layers, bottom up:
//! - text and sources: [`text`] (the Russian fold), [`utf8`], [`yaml`] (the located tree), [`decode`]
//!   (tree → typed models, every schema problem collected), [`finding`],
//!   [`error`], [`as_of`] (the day a run is about), [`keyword`];
//! - the model and its rules: [`program`] (`mentor.yaml`), [`deadline`]
//!   (the deadline language and calendar), [`roadmap`] (stages, checks, plan,
//!   import of Word roadmaps), [`registry`] (CSV bases, rules, lossless
//!   rewriting), [`folder`] (the program folder), [`workspace`] (the folder
//!   read once, with every finding);
//! - what is computed from them: [`pairing`] (the certified optimum),
//!   [`coverage`], [`meetings`], [`report`] (the report and documents as data),
//!   [`schema`] (JSON and table schemas from the types);
//! - [`parallel`]: contiguous chunks of work on all cores, results in order.

pub mod as_of;
pub mod coverage;
pub mod deadline;
pub mod decode;
pub mod error;
pub mod finding;
pub mod folder;
pub mod keyword;
pub mod meetings;
pub mod pairing;
pub mod parallel;
pub mod program;
pub mod registry;
pub mod report;
pub mod roadmap;
pub mod schema;
#[cfg(any(test, feature = "testing"))]
pub mod testing;
pub mod text;
pub mod utf8;
pub mod workspace;
pub mod yaml;
