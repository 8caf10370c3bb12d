//! `--stable`: mentee-proposing deferred acceptance (Gale–Shapley) with
//! capacities, for programs that let mentees choose. Mentees rank first the
//! mentors they named (`wants`, in their order), then by score; mentors
//! rank mentees by score. Ties go to the lower id, as everywhere.

use std::collections::VecDeque;

use super::problem::Problem;

/// The stable assignment: chosen edge indices, sorted. `wants[u]` lists, in
/// order, the mentors mentee `u` named.
pub fn deferred_acceptance(problem: &Problem, wants: &[Vec<u32>]) -> Vec<usize> {
    let n = problem.mentees;
    // Each mentee's edges in order of preference.
    let mut lists: Vec<Vec<usize>> = vec![Vec::new(); n];
    for (i, e) in problem.edges.iter().enumerate() {
        lists[e.mentee as usize].push(i);
    }
    for (u, list) in lists.iter_mut().enumerate() {
        let named = |i: &usize| {
            let mentor = problem.edges[*i].mentor;
            wants
                .get(u)
                .and_then(|w| w.iter().position(|m| *m == mentor))
                .unwrap_or(usize::MAX)
        };
        list.sort_by_key(|i| (named(i), -problem.edges[*i].score, problem.edges[*i].mentor));
    }
    // A mentor prefers the higher score, then the lower mentee number (ids are sorted).
    let rank = |i: usize| (-problem.edges[i].score, problem.edges[i].mentee);
    let mut held: Vec<Vec<usize>> = vec![Vec::new(); problem.capacity.len()];
    let mut next = vec![0usize; n];
    let mut free: VecDeque<usize> = (0..n).collect();
    while let Some(u) = free.pop_front() {
        let Some(&i) = lists[u].get(next[u]) else {
            continue;
        };
        next[u] += 1;
        let v = problem.edges[i].mentor as usize;
        held[v].push(i);
        held[v].sort_by_key(|&j| rank(j));
        if held[v].len() > problem.capacity[v] as usize {
            let rejected = held[v].pop().unwrap_or(i);
            free.push_back(problem.edges[rejected].mentee as usize);
        }
    }
    let mut chosen: Vec<usize> = held.into_iter().flatten().collect();
    chosen.sort_unstable();
    chosen
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;
    use crate::pairing::solve::{problems, solve};

    proptest! {
        /// Feasible, and stable: no mentee and mentor who both prefer each
        /// other to what they got (a mentor with a free place prefers anyone).
        /// It never matches more, or scores more, than the optimum.
        #[test]
        fn stable_and_never_better_than_the_optimum(mut p in problems(7, 3)) {
            // A stable matching knows no locks: compared with the optimum without them.
            p.must.clear();
            let wants = vec![Vec::new(); p.mentees];
            let chosen = deferred_acceptance(&p, &wants);
            let mut got: Vec<Option<usize>> = vec![None; p.mentees];
            let mut load = vec![0u32; p.capacity.len()];
            for &i in &chosen {
                let e = p.edges[i];
                prop_assert!(got[e.mentee as usize].is_none());
                got[e.mentee as usize] = Some(i);
                load[e.mentor as usize] += 1;
            }
            prop_assert!(load.iter().zip(&p.capacity).all(|(l, c)| l <= c));
            for (i, e) in p.edges.iter().enumerate() {
                let mentee_prefers = got[e.mentee as usize].is_none_or(|g| {
                    let h = p.edges[g];
                    (-e.score, e.mentor) < (-h.score, h.mentor)
                });
                let v = e.mentor as usize;
                let worst = chosen.iter().filter(|&&j| p.edges[j].mentor as usize == v).map(|&j| (-p.edges[j].score, p.edges[j].mentee)).max();
                let mentor_prefers = load[v] < p.capacity[v] || worst.is_some_and(|w| (-e.score, e.mentee) < w);
                prop_assert!(chosen.contains(&i) || !(mentee_prefers && mentor_prefers), "blocking pair {:?}", e);
            }
            let optimum = solve(&p);
            let score: i64 = chosen.iter().map(|&i| p.edges[i].score).sum();
            prop_assert!((chosen.len(), score) <= (optimum.chosen.len(), optimum.total_score));
        }
    }
}
