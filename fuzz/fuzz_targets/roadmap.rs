//! Any bytes through the roadmap loader, the checker (deadlines resolved
//! against an order, a period and a `--today`), and `mentor.yaml`'s
//! decoder: never a panic, never a hang; every finding inside the file, on
//! character boundaries.
#![no_main]

use chrono::NaiveDate;
use libfuzzer_sys::fuzz_target;
use mentor_core::roadmap::Setting;
use mentor_core::{decode, program, roadmap, yaml};

fuzz_target!(|data: &[u8]| {
    let source = match yaml::decode_text("fuzz.yaml".into(), data.to_vec()) {
        Ok(source) => source,
        Err(_) => return,
    };
    let day = |y, m, d| NaiveDate::from_ymd_opt(y, m, d);
    let setting = Setting {
        order: day(2020, 4, 3),
        period: day(2020, 4, 3).zip(day(2024, 12, 31)),
        today: day(2022, 9, 1),
        ..Setting::default()
    };
    let lines = source.text.split('\n').count();
    let findings = roadmap::check_source(&source, &setting);
    for finding in findings
        .iter()
        .chain(&decode::load(&source, program::decode).1)
    {
        assert!(finding.location.line >= 1 && finding.location.line <= lines + 1);
        assert!(finding.location.bytes.end <= source.text.len());
        // The human renderer slices the line there: whole characters only.
        assert!(source.text.is_char_boundary(finding.location.bytes.start));
        assert!(source.text.is_char_boundary(finding.location.bytes.end));
    }
});
