//! Any bytes as a Word roadmap (a .docx when they start like a zip, else
//! text copied out of Word) through the importer: never a panic or a hang,
//! and the YAML it writes always reads back without a syntax or schema error.
#![no_main]

use libfuzzer_sys::fuzz_target;
use mentor::i18n::{I18n, Lang};
use mentor_core::finding::Code;
use mentor_core::roadmap::import::{docx, table, text};
use mentor_core::roadmap::{Setting, check_source};
use mentor_core::yaml::Source;

fuzz_target!(|data: &[u8]| {
    let grid = if data.starts_with(b"PK") {
        match docx::grid(data) {
            Ok(grid) => grid,
            Err(_) => return,
        }
    } else {
        text::grid(&String::from_utf8_lossy(data))
    };
    let i18n = I18n::new(Lang::Ru);
    let Some(draft) = table::draft("fuzz.txt", grid) else {
        return;
    };
    let yaml = mentor::render::roadmap_yaml::render(&draft, &i18n);
    let source = Source::new("roadmap.yaml", yaml.as_str());
    let findings = check_source(&source, &Setting::default());
    for f in findings {
        assert!(
            !matches!(f.code, Code::YamlSyntax | Code::Schema),
            "{f:?}\n{yaml}"
        );
    }
});
