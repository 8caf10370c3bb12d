//! The deadline phrases of real roadmaps, by family (`deadline_corpus.tsv`,
//! written by `deadline_corpus.py` from hand-written rules): each must read
//! as its expected canonical phrase — a date, months, a recurrence, the whole
//! period, or a documented kind with no date of its own. Every phrase that
//! does not is listed, not just the first.

use mentor_core::deadline::phrase;

#[test]
fn every_phrase_of_the_corpus_reads_as_expected() {
    let corpus = include_str!("deadline_corpus.tsv");
    let mut wrong = Vec::new();
    let mut total = 0;
    for line in corpus.lines().filter(|l| !l.starts_with('#')) {
        let (text, expected) = line.split_once('\t').expect("phrase<TAB>reading");
        total += 1;
        match phrase::parse(text) {
            Ok(d) if d.to_string() == expected => {}
            Ok(d) => wrong.push(format!(
                "{text:?}: read as {:?}, expected {expected:?}",
                d.to_string()
            )),
            Err(e) => wrong.push(format!("{text:?}: unread ({e:?}), expected {expected:?}")),
        }
    }
    assert!(total >= 300, "only {total} phrases");
    assert!(
        wrong.is_empty(),
        "{} of {total} phrases:\n{}",
        wrong.len(),
        wrong.join("\n")
    );
}

/// Phrases that look like a family but say something else: they must stay
/// unread (a `deadline-unparsed` the curator fixes), never read as another
/// deadline.
#[test]
fn look_alikes_stay_unread() {
    for text in [
        "в период летних каникул",
        "в период с сентября по май",
        "в период проведения ГИА",
        "01.09.2024 – 31.05.2025",
        "сентябрь – 15 декабря",
        "II полугодие 2025 года",
        "I четверть 2025 г.",
        "в течение 0 недель после издания приказа",
        "в течение 700000000 недель после издания приказа",
        "в течение 100 недель после издания приказа",
        "кое-когда",
    ] {
        assert!(
            phrase::parse(text).is_err(),
            "{text:?} was read as {:?}",
            phrase::parse(text).map(|d| d.to_string())
        );
    }
}
