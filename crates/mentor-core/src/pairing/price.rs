//! What a decision costs, exactly: the optimum solved again with one more
//! pair locked (`must`) or forbidden (`never`). Only the connected part of
//! the candidate graph that holds the pair is solved again — a school of a
//! region, whose other schools keep their optimum — so the price is exact
//! and takes the time of that school.

use super::problem::Problem;
use super::solve::{self, Part, Solution};
use crate::registry::model::Rule;

/// The optimum under a decision.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Outcome {
    pub matched: usize,
    pub total_score: i64,
}

/// The parts of a problem and its optimum, to price decisions on.
#[derive(Debug)]
pub struct Prices<'p> {
    problem: &'p Problem,
    base: &'p Solution,
    parts: Vec<Part>,
    /// The part of each edge.
    part_of: Vec<u32>,
}

impl<'p> Prices<'p> {
    pub fn new(problem: &'p Problem, base: &'p Solution) -> Self {
        let parts = solve::components(problem).unwrap_or_else(|| {
            let mut mentees: Vec<usize> = problem.edges.iter().map(|e| e.mentee as usize).collect();
            let mut mentors: Vec<usize> = problem.edges.iter().map(|e| e.mentor as usize).collect();
            mentees.sort_unstable();
            mentees.dedup();
            mentors.sort_unstable();
            mentors.dedup();
            vec![(mentees, mentors, (0..problem.edges.len()).collect())]
        });
        let mut part_of = vec![0u32; problem.edges.len()];
        for (p, (_, _, edges)) in parts.iter().enumerate() {
            for &e in edges {
                part_of[e] = p as u32;
            }
        }
        Prices {
            problem,
            base,
            parts,
            part_of,
        }
    }

    /// The optimum as it is.
    pub fn base(&self) -> Outcome {
        Outcome {
            matched: self.base.chosen.len(),
            total_score: self.base.total_score,
        }
    }

    /// The optimum with edge `edge` locked or forbidden as `rule` says.
    pub fn with(&self, edge: usize, rule: Rule) -> Outcome {
        let part = &self.parts[self.part_of[edge] as usize];
        let local = solve::local(self.problem, part);
        let at = part.2.binary_search(&edge).unwrap_or(0);
        let local = match rule {
            Rule::Must => local.locking(at),
            Rule::Never => local.without(at),
        };
        let solved = solve::solve(&local);
        // The rest of the problem keeps what the optimum gave it.
        let (before, before_score) = self
            .base
            .chosen
            .iter()
            .filter(|&&e| self.part_of[e] as usize == self.part_of[edge] as usize)
            .fold((0, 0), |(k, s), &e| {
                (k + 1, s + self.problem.edges[e].score)
            });
        Outcome {
            matched: self.base.chosen.len() - before + solved.chosen.len(),
            total_score: self.base.total_score - before_score + solved.total_score,
        }
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;
    use crate::pairing::solve::problems;

    proptest! {
        /// The price of a decision is the optimum of the whole problem
        /// solved again with that decision, for every edge and both rules.
        #[test]
        fn a_price_is_the_whole_optimum_solved_again(p in problems(8, 4)) {
            let base = solve::solve(&p);
            let prices = Prices::new(&p, &base);
            for edge in 0..p.edges.len() {
                for (rule, q) in [(Rule::Must, p.clone().locking(edge)), (Rule::Never, p.clone().without(edge))] {
                    let whole = solve::solve(&q);
                    let expected = Outcome { matched: whole.chosen.len(), total_score: whole.total_score };
                    prop_assert_eq!(prices.with(edge, rule), expected, "{:?} {:?}", rule, edge);
                }
            }
        }
    }
}
