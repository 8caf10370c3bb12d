//! The price of one decision against a cold solve: a program folder's
//! registries (made by bench/pairing.py), the optimum solved cold, then one
//! pair forbidden and one locked, each solved again on the part of the
//! candidate graph that holds it (`mentor pair review` does this after
//! every key). Best of five of each.
//! Run with `cargo bench --bench decision -- FOLDER`; bench/decision.sh
//! runs the district and the region and BENCHMARKS.md keeps the figures.

use std::time::{Duration, Instant};

use mentor_core::pairing::{self, Ask, Weights, price::Prices, solve};
use mentor_core::registry::Registry;
use mentor_core::registry::model::Rule;

fn best(mut f: impl FnMut()) -> Duration {
    (0..5)
        .map(|_| {
            let started = Instant::now();
            f();
            started.elapsed()
        })
        .min()
        .unwrap_or_default()
}

fn main() {
    let folder = std::env::args()
        .skip(1)
        .find(|a| !a.starts_with('-'))
        .expect("a program folder made by bench/pairing.py");
    let (reg, _) =
        Registry::load(&std::path::Path::new(&folder).join("registry")).expect("registry");
    let ask = Ask {
        weights: Weights::of(&Default::default()),
        today: chrono::NaiveDate::from_ymd_opt(2025, 12, 1).expect("day"),
        only: None,
        stable: false,
        decisions: &[],
    };
    let s = pairing::suggest(&reg, &ask, &mut |_, _, _| {});
    let cold = best(|| {
        std::hint::black_box(solve::solve(&s.problem));
    });
    let prices = Prices::new(&s.problem, &s.solution);
    // The first pair of the proposal forbidden; its mentee's best other
    // mentor locked.
    let pair = s.pairs.first().expect("a pair").edge;
    let mentee = s.problem.edges[pair].mentee;
    let other = (0..s.problem.edges.len())
        .find(|&e| s.problem.edges[e].mentee == mentee && e != pair)
        .unwrap_or(pair);
    let forbid = best(|| {
        std::hint::black_box(prices.with(pair, Rule::Never));
    });
    let lock = best(|| {
        std::hint::black_box(prices.with(other, Rule::Must));
    });
    println!(
        "{folder}: {} edges; cold solve {:.3} s; one pair forbidden {:.4} s; one pair locked {:.4} s",
        s.problem.edges.len(),
        cold.as_secs_f64(),
        forbid.as_secs_f64(),
        lock.as_secs_f64()
    );
}
