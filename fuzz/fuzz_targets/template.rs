//! Any text as a program folder's `templates/report.md.j2`, rendered with
//! the sandbox `report` uses: never a panic or a hang (the fuel stops a
//! loop), and nothing from outside `templates/` — a planted registry row,
//! the process's environment — ever reaches the output. Seeds: the built-in
//! templates (`fuzz/seed.sh`); `fuzz/template.dict` gives the fuzzer the
//! words of an include.
#![no_main]

use libfuzzer_sys::fuzz_target;
use mentor::i18n::{I18n, Lang};
use mentor::render::report::Templates;

/// What the planted files hold (their name is in the dictionary, this is not).
const SECRET: &str = "CHILD-ROW-5e1d";
/// The planted file's name, beside the folder's templates.
const PLANTED: &str = "SECRET-ROW-7f3a";

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let dir = tempfile::tempdir().expect("tempdir");
    let templates = dir.path().join("templates");
    std::fs::create_dir_all(&templates).expect("templates");
    std::fs::create_dir_all(dir.path().join("registry")).expect("registry");
    std::fs::write(dir.path().join("registry/mentees.csv"), SECRET).expect("secret");
    std::fs::write(dir.path().join(PLANTED), SECRET).expect("secret");
    std::fs::write(templates.join("report.md.j2"), text).expect("template");
    let i18n = I18n::new(Lang::Ru);
    let data = std::collections::BTreeMap::from([("title", "Отчёт"), ("year", "2026")]);
    if let Ok(out) = Templates::new(dir.path(), &i18n).render("report.md.j2", &data, &i18n, "report-", &[]) {
        // The template may write it itself; it may not read it.
        assert!(!out.contains(SECRET) || text.contains(SECRET), "{text:?}");
        assert!(!out.contains("PATH="), "{text:?}");
    }
});
