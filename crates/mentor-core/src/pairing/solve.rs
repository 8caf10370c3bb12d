//! The exact solver: as many mentees matched as possible, then the highest
//! total score. It is a min-cost flow (source → mentee → mentor with its
//! capacity → sink), solved primal-dual: Dijkstra on reduced costs moves the
//! potentials, then a maximum flow (Dinic's) along the arcs of reduced cost
//! 0 sends every path that is now shortest. Mentors are not expanded into
//! slots.
//!
//! Lexicographic objective: each candidate edge weighs `pair + score`, where
//! `pair` exceeds any possible total score, so one more pair always beats any
//! gain in score; a locked edge (`must`) weighs more than all pairs together.
//!
//! Hand-written: no Rust crate gives an optimum with a certificate that can
//! be checked in O(E), nor solves a region of 20 M candidate edges in under
//! 1 GiB (OR-Tools, in C++, takes 4× the time and 3 GB: BENCHMARKS.md).

use super::flow::Flow;
use super::problem::{Edge, Objective, Problem};

/// The optimum: the chosen edges (indices into `Problem::edges`), and the
/// certificate that it is one: node potentials (source, mentees, mentors,
/// sink) under which no residual arc has a negative reduced cost and the
/// source and the sink are level, so no change of the flow — rerouting,
/// one more pair, one pair less — can improve it. [`certify`] checks it in
/// O(E).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Solution {
    pub chosen: Vec<usize>,
    pub total_score: i64,
    pub potentials: Vec<i64>,
}

/// The weights of the lexicographic objective: one more pair is worth more
/// than any total score, one more locked pair more than all the pairs and
/// scores together (at most `mentees` pairs, each under two pair weights).
pub(super) fn objective(problem: &Problem) -> Objective {
    let mut best = vec![0i64; problem.mentees];
    for e in &problem.edges {
        best[e.mentee as usize] = best[e.mentee as usize].max(e.score.max(0));
    }
    let pair = best.iter().sum::<i64>() + 1;
    let must = if problem.must.is_empty() {
        0
    } else {
        must_weight(pair, problem.mentees)
    };
    Objective { pair, must }
}

/// The weight of a lock, given the weight of a pair.
pub(super) fn must_weight(pair: i64, mentees: usize) -> i64 {
    pair.saturating_mul(2 * mentees as i64 + 1)
}

/// Solves `problem` exactly.
pub fn solve(problem: &Problem) -> Solution {
    solve_with(problem, &mut |_, _| {})
}

/// Solves `problem` exactly, telling `progress` how many mentees are settled
/// (matched, or in a part already solved) out of all.
pub fn solve_with(problem: &Problem, progress: &mut dyn FnMut(usize, usize)) -> Solution {
    // One objective for the whole problem, so the parts' certificates add up.
    let objective = objective(problem);
    let Some(parts) = components(problem) else {
        return solve_connected(problem, objective, &mut |done| {
            progress(done, problem.mentees)
        });
    };
    // Independent parts (schools of a region) are solved one by one: each
    // Dijkstra then only sees its own part.
    let (n, m) = (problem.mentees, problem.capacity.len());
    let mut chosen = Vec::new();
    let mut potentials = vec![0i64; n + m + 2];
    let mut settled = 0;
    for part in parts {
        let local = local(problem, &part);
        let (mentees, mentors, edges) = part;
        let s = solve_connected(&local, objective, &mut |done| progress(settled + done, n));
        settled += mentees.len();
        progress(settled, n);
        chosen.extend(s.chosen.iter().map(|&i| edges[i]));
        // Level each part's source and sink at 0: together they certify the whole.
        let base = s.potentials[0];
        for (u, &g) in mentees.iter().enumerate() {
            potentials[1 + g] = s.potentials[1 + u] - base;
        }
        for (v, &g) in mentors.iter().enumerate() {
            potentials[1 + n + g] = s.potentials[1 + mentees.len() + v] - base;
        }
    }
    chosen.sort_unstable();
    let total_score = chosen.iter().map(|&i| problem.edges[i].score).sum();
    Solution {
        chosen,
        total_score,
        potentials,
    }
}

/// A connected part: its mentees, mentors and edges (sorted indices into the
/// whole problem).
type Part = (Vec<usize>, Vec<usize>, Vec<usize>);

/// The problem of one part, numbered from 0 (edge `j` is the part's `j`th).
fn local(problem: &Problem, (mentees, mentors, edges): &Part) -> Problem {
    Problem {
        mentees: mentees.len(),
        capacity: mentors.iter().map(|&v| problem.capacity[v]).collect(),
        edges: edges
            .iter()
            .map(|&i| {
                let e = problem.edges[i];
                Edge {
                    mentee: mentees.binary_search(&(e.mentee as usize)).unwrap_or(0) as u32,
                    mentor: mentors.binary_search(&(e.mentor as usize)).unwrap_or(0) as u32,
                    score: e.score,
                }
            })
            .collect(),
        must: (0..edges.len())
            .filter(|&j| problem.is_must(edges[j]))
            .collect(),
    }
}

/// The connected parts of the candidate graph (lone mentees and mentors
/// belong to none); `None` when there is at most one, so that a dense graph
/// is not copied into lists for nothing.
fn components(problem: &Problem) -> Option<Vec<Part>> {
    let n = problem.mentees;
    let mut parent: Vec<usize> = (0..n + problem.capacity.len()).collect();
    fn root(parent: &mut [usize], mut x: usize) -> usize {
        while parent[x] != x {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        x
    }
    for e in &problem.edges {
        let (a, b) = (
            root(&mut parent, e.mentee as usize),
            root(&mut parent, n + e.mentor as usize),
        );
        parent[a.max(b)] = a.min(b);
    }
    let first = problem
        .edges
        .first()
        .map(|e| root(&mut parent, e.mentee as usize));
    if problem
        .edges
        .iter()
        .all(|e| Some(root(&mut parent, e.mentee as usize)) == first)
    {
        return None;
    }
    let mut parts: std::collections::BTreeMap<usize, Part> = Default::default();
    for (i, e) in problem.edges.iter().enumerate() {
        let part = parts
            .entry(root(&mut parent, e.mentee as usize))
            .or_default();
        part.0.push(e.mentee as usize);
        part.1.push(e.mentor as usize);
        part.2.push(i);
    }
    let parts = parts
        .into_values()
        .map(|(mut mentees, mut mentors, edges)| {
            mentees.sort_unstable();
            mentees.dedup();
            mentors.sort_unstable();
            mentors.dedup();
            (mentees, mentors, edges)
        })
        .collect();
    Some(parts)
}

/// Solves a problem whose candidate graph is connected (or has no edges),
/// under `objective`; `progress` hears the pairs made.
fn solve_connected(
    problem: &Problem,
    objective: Objective,
    progress: &mut dyn FnMut(usize),
) -> Solution {
    let mut flow = Flow::new(problem, objective);
    let chosen = flow.run(progress);
    let total_score = chosen.iter().map(|&i| problem.edges[i].score).sum();
    Solution {
        chosen,
        total_score,
        potentials: flow.level(),
    }
}

/// Checks in O(E) that `solution` is optimal for `problem`: it is feasible,
/// and its potentials leave every residual arc a non-negative reduced cost
/// with the source and the sink level.
pub fn certify(problem: &Problem, solution: &Solution) -> bool {
    let (n, m) = (problem.mentees, problem.capacity.len());
    let (source, sink) = (0, n + m + 1);
    let pi = &solution.potentials;
    if pi.len() != n + m + 2 || pi[source] != pi[sink] {
        return false;
    }
    let mut matched = vec![false; n];
    let mut load = vec![0u32; m];
    let mut used = vec![false; problem.edges.len()];
    for &i in &solution.chosen {
        let Some(e) = problem.edges.get(i) else {
            return false;
        };
        let (u, v) = (e.mentee as usize, e.mentor as usize);
        if used[i] || matched[u] || v >= m {
            return false;
        }
        (used[i], matched[u]) = (true, true);
        load[v] += 1;
    }
    if load.iter().zip(&problem.capacity).any(|(l, c)| l > c) {
        return false;
    }
    // An arc a → b of this cost, with residual capacity, is not negative.
    let ok = |a: usize, b: usize, cost: i64| cost + pi[a] - pi[b] >= 0;
    let objective = objective(problem);
    let edges_ok = problem
        .edges
        .iter()
        .zip(&used)
        .enumerate()
        .all(|(i, (e, &x))| {
            let (u, v, w) = (
                1 + e.mentee as usize,
                1 + n + e.mentor as usize,
                problem.weight(i, objective),
            );
            if x { ok(v, u, w) } else { ok(u, v, -w) }
        });
    let mentees_ok = matched.iter().enumerate().all(|(u, &x)| {
        if x {
            ok(1 + u, source, 0)
        } else {
            ok(source, 1 + u, 0)
        }
    });
    let mentors_ok = (0..m).all(|v| {
        let node = 1 + n + v;
        (load[v] == problem.capacity[v] || ok(node, sink, 0)) && (load[v] == 0 || ok(sink, node, 0))
    });
    edges_ok && mentees_ok && mentors_ok
}

/// Random problems (up to `max_mentees` mentees and `max_mentors` mentors)
/// for the property tests of every solver.
#[cfg(test)]
pub(crate) fn problems(
    max_mentees: usize,
    max_mentors: usize,
) -> impl proptest::strategy::Strategy<Value = Problem> {
    use proptest::prelude::*;
    (1..max_mentees + 1, 1..max_mentors + 1).prop_flat_map(|(n, m)| {
        let capacity = prop::collection::vec(0..3u32, m);
        // The last flag: the curator locked the edge (one in eight).
        let edges = prop::collection::vec(
            (
                0..n as u32,
                0..m as u32,
                0..20i64,
                prop::bool::weighted(0.125),
            ),
            0..n * m + 1,
        );
        (Just(n), capacity, edges).prop_map(|(mentees, capacity, mut edges)| {
            edges.sort_by_key(|e| (e.0, e.1));
            edges.dedup_by_key(|e| (e.0, e.1));
            Problem {
                mentees,
                capacity,
                must: (0..edges.len()).filter(|&i| edges[i].3).collect(),
                edges: edges
                    .into_iter()
                    .map(|(mentee, mentor, score, _)| Edge {
                        mentee,
                        mentor,
                        score,
                    })
                    .collect(),
            }
        })
    })
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    /// Every assignment, tried: the best (locked pairs kept, matched, score).
    fn brute_force(p: &Problem) -> (usize, usize, i64) {
        fn go(p: &Problem, mentee: usize, left: &mut Vec<u32>) -> (usize, usize, i64) {
            if mentee == p.mentees {
                return (0, 0, 0);
            }
            let mut best = go(p, mentee + 1, left);
            for (i, e) in p.edges.iter().enumerate() {
                let v = e.mentor as usize;
                if e.mentee as usize == mentee && left[v] > 0 {
                    left[v] -= 1;
                    let (kept, k, s) = go(p, mentee + 1, left);
                    left[v] += 1;
                    best = best.max((kept + usize::from(p.is_must(i)), k + 1, s + e.score));
                }
            }
            best
        }
        go(p, 0, &mut p.capacity.clone())
    }

    /// What a solution keeps, matches and scores.
    fn value(p: &Problem, s: &Solution) -> (usize, usize, i64) {
        let kept = s.chosen.iter().filter(|&&i| p.is_must(i)).count();
        (kept, s.chosen.len(), s.total_score)
    }

    proptest! {
        /// The optimum of the brute force, with every capacity and every
        /// mentee in at most one pair.
        #[test]
        fn matches_the_brute_force(p in problems(6, 3)) {
            let s = solve(&p);
            prop_assert!(certify(&p, &s), "{:?} {:?}", p, s);
            prop_assert_eq!(value(&p, &s), brute_force(&p));
            let mut used = vec![0u32; p.capacity.len()];
            let mut seen = vec![false; p.mentees];
            for &i in &s.chosen {
                let e = p.edges[i];
                prop_assert!(!seen[e.mentee as usize]);
                seen[e.mentee as usize] = true;
                used[e.mentor as usize] += 1;
            }
            prop_assert!(used.iter().zip(&p.capacity).all(|(u, c)| u <= c));
        }
    }

    #[test]
    fn one_more_pair_beats_any_score() {
        // Mentor 0 (one place) is the best for both; giving mentee 0 to mentor 1
        // matches both.
        let p = Problem {
            must: Vec::new(),
            mentees: 2,
            capacity: vec![1, 1],
            edges: vec![
                Edge {
                    mentee: 0,
                    mentor: 0,
                    score: 100,
                },
                Edge {
                    mentee: 0,
                    mentor: 1,
                    score: 0,
                },
                Edge {
                    mentee: 1,
                    mentor: 0,
                    score: 1,
                },
            ],
        };
        let s = solve(&p);
        assert_eq!((s.chosen.clone(), s.total_score), (vec![1, 2], 1));
        assert!(certify(&p, &s));
        // The greedy answer (the best pair first) is not certified.
        let greedy = Solution {
            chosen: vec![0],
            total_score: 100,
            ..s
        };
        assert!(!certify(&p, &greedy));
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(300))]

        /// Larger problems than the brute force can try: the answer is
        /// feasible and certified optimal (paths of many rounds of Dinic's
        /// algorithm, mentors full and mentees left over).
        #[test]
        fn larger_problems_are_solved_optimally(p in problems(60, 20)) {
            let s = solve(&p);
            prop_assert!(certify(&p, &s), "{:?} {:?}", p, s);
            // Edges in any order, not mentee by mentee: the same optimum.
            let mut reversed = p.clone();
            reversed.edges.reverse();
            let last = p.edges.len().saturating_sub(1);
            reversed.must = p.must.iter().rev().map(|&i| last - i).collect();
            let r = solve(&reversed);
            prop_assert!(certify(&reversed, &r));
            prop_assert_eq!(value(&reversed, &r), value(&p, &s));
        }
    }

    proptest! {
        /// Leaving out a pair of the optimum (one fewer matched) is never certified.
        #[test]
        fn a_worse_answer_is_not_certified(p in problems(6, 3), drop in any::<prop::sample::Index>()) {
            let s = solve(&p);
            if s.chosen.is_empty() {
                return Ok(());
            }
            let mut chosen = s.chosen.clone();
            chosen.remove(drop.index(chosen.len()));
            let worse = Solution { chosen, ..s };
            prop_assert!(!certify(&p, &worse));
        }
    }
}
