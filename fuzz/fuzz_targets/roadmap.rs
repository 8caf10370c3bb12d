//! Any bytes through the roadmap loader and checker, and `mentor.yaml`'s
//! decoder: never a panic, never a hang; every finding inside the file.
#![no_main]

use libfuzzer_sys::fuzz_target;
use mentor::{decode, program, roadmap, yaml};

fuzz_target!(|data: &[u8]| {
    let source = match yaml::decode_text("fuzz.yaml".into(), data.to_vec()) {
        Ok(source) => source,
        Err(_) => return,
    };
    let lines = source.text.split('\n').count();
    for finding in roadmap::check_source(&source).iter().chain(&decode::load(&source, program::decode).1) {
        assert!(finding.location.line >= 1 && finding.location.line <= lines + 1);
        assert!(finding.location.bytes.end <= source.text.len());
    }
});
