//! Any text through the deadline phrase parser and the resolver: never a
//! panic or a hang; a parsed phrase reads back the same from its canonical
//! form; no occurrence ends before it starts; errors point inside the text.
#![no_main]

use chrono::NaiveDate;
use libfuzzer_sys::fuzz_target;
use mentor_core::deadline::phrase;
use mentor_core::deadline::resolve::{Frame, resolve};

fuzz_target!(|text: &str| {
    let deadline = match phrase::parse(text) {
        Ok(deadline) => deadline,
        Err(e) => {
            assert!(e.at.start <= e.at.end && e.at.end <= text.len());
            assert!(text.is_char_boundary(e.at.start) && text.is_char_boundary(e.at.end));
            return;
        }
    };
    let canonical = deadline.to_string();
    assert_eq!(
        phrase::parse(&canonical).as_ref(),
        Ok(&deadline),
        "{canonical}"
    );
    let day = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
    let frame = Frame {
        order: Some(day(2020, 4, 3)),
        period: Some((day(2020, 4, 3), day(2024, 12, 31))),
    };
    if let Ok(occurrences) = resolve(&deadline, frame, &|_| Ok(day(2021, 1, 31))) {
        for o in occurrences {
            assert!(o.start.zip(o.end).is_none_or(|(s, e)| s <= e), "{o:?}");
        }
    }
});
