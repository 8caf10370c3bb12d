//! Deadline phrase parser throughput: every `due` phrase of the three
//! transcribed real roadmaps, parsed over and over for about two seconds.
//! Run with `cargo bench --bench phrases`; results go to BENCHMARKS.md.

use std::hint::black_box;
use std::time::{Duration, Instant};

use mentor_core::deadline::phrase;

fn main() {
    let mut phrases = Vec::new();
    for name in [
        "khakassia-regional",
        "mozhga-school-4",
        "glyadenskaya-school",
    ] {
        let path = format!("examples/roadmaps/{name}.roadmap.yaml");
        let text = std::fs::read_to_string(&path).expect("read the transcribed roadmap");
        for line in text.lines() {
            if let Some(due) = line.trim().strip_prefix("due: ") {
                phrases.push(due.trim_matches('"').to_owned());
            }
        }
    }
    let mut parsed = 0u64;
    let started = Instant::now();
    while started.elapsed() < Duration::from_secs(2) {
        for p in &phrases {
            assert!(black_box(phrase::parse(black_box(p))).is_ok(), "{p}");
        }
        parsed += phrases.len() as u64;
    }
    let seconds = started.elapsed().as_secs_f64();
    let per_second = parsed as f64 / seconds;
    println!(
        "{} phrases of the real roadmaps, {parsed} parses in {seconds:.2} s: {:.0} phrases/s ({:.2} µs each)",
        phrases.len(),
        per_second,
        1e6 / per_second
    );
}
