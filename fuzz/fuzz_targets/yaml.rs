//! Any text through both YAML readers: whenever the fast reader of the
//! roadmap subset reads a text, serde-saphyr must read the same tree from
//! it, values and locations alike.
#![no_main]

use libfuzzer_sys::fuzz_target;
use mentor_core::yaml;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    if let Some(fast) = yaml::subset::parse(text) {
        let full = yaml::parse_full(&yaml::Source::new("fuzz.yaml", text));
        assert_eq!(Ok(fast), full.map_err(|e| e.message), "{text:?}");
    }
});
