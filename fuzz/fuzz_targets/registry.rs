//! Any bytes as one registry file (the first byte picks which), next to the
//! example school's other registries, through the reader and every registry
//! rule: never a panic or a hang; every finding inside its file.
#![no_main]

use std::collections::HashMap;

use chrono::NaiveDate;
use libfuzzer_sys::fuzz_target;
use mentor_core::registry::{Registry, check, columns::Kind};

const EXAMPLE: [&[u8]; 6] = [
    include_bytes!("../../examples/school/registry/mentees.csv"),
    include_bytes!("../../examples/school/registry/mentors.csv"),
    include_bytes!("../../examples/school/registry/pairs.csv"),
    include_bytes!("../../examples/school/registry/meetings.csv"),
    include_bytes!("../../examples/school/registry/surveys.csv"),
    b"mentor_id,mentee_id,rule,note\nM01,S01,never,\nM02,S04,must,\nS01,S02,never,\n",
];

fuzz_target!(|data: &[u8]| {
    let Some((&pick, bytes)) = data.split_first() else {
        return;
    };
    let fuzzed = usize::from(pick) % EXAMPLE.len();
    let files = Kind::ALL
        .iter()
        .enumerate()
        .map(|(i, kind)| {
            let content = if i == fuzzed {
                bytes.to_vec()
            } else {
                EXAMPLE[i].to_vec()
            };
            (*kind, kind.file().into(), content)
        })
        .collect();
    let (reg, mut findings) = Registry::read(files);
    let day = NaiveDate::from_ymd_opt(2025, 12, 1);
    findings.extend(check::check(&reg, day));
    findings.extend(mentor_core::pairing::constraints::check(&reg, day));
    let texts: HashMap<String, String> = reg
        .into_sources()
        .map(|s| (s.name.to_string(), s.text))
        .collect();
    for f in findings {
        // A file no cell of can be trusted (NUL bytes, UTF-16, encodings
        // mixed) keeps no text: its one finding points inside its bytes.
        let Some(text) = texts.get(&*f.location.file) else {
            assert!(f.location.bytes.end <= bytes.len(), "{f:?}");
            continue;
        };
        assert!(f.location.bytes.end <= text.len(), "{f:?}");
        assert!(
            f.location.line >= 1 && f.location.line <= text.split('\n').count() + 1,
            "{f:?}"
        );
    }
});
