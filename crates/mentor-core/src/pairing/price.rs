//! What a decision costs, exactly: the optimum with one more pair locked
//! (`must`) or forbidden (`never`), found from the optimum at hand — its
//! flow and the potentials that certify it are kept, and one Dijkstra finds
//! the cheapest cycle through the decided edge (flow.rs, `cheapest_back`).
//! A property test holds it equal to solving the whole problem again.

use super::flow::Flow;
use super::problem::{Objective, Problem};
use super::solve::{self, Solution};
use crate::registry::model::Rule;

/// The optimum under a decision.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Outcome {
    pub matched: usize,
    pub total_score: i64,
    /// The decision takes effect: a lock is formed (a forbidden pair always
    /// goes). A lock is not when its mentor has no place it could give.
    pub holds: bool,
    /// Other locks the decision gives up: a lock may take the place of one
    /// that was worth no more (the curator asked for it last).
    pub released: usize,
    /// The first of them: an edge of the problem, so a message can name it.
    pub given_up: Option<u32>,
    /// Other locks the decision lets be formed: forbidding a locked pair
    /// frees a place another lock was waiting for.
    pub formed: usize,
}

/// An optimum kept warm, to price decisions on.
pub struct Prices<'p> {
    problem: &'p Problem,
    base: &'p Solution,
    flow: Flow<'p>,
    /// What a locked edge is worth (the problem's locks weigh the same).
    locked: Objective,
}

impl std::fmt::Debug for Prices<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Prices").field("base", &self.base).finish()
    }
}

impl<'p> Prices<'p> {
    /// `base` must be the optimum of `problem` (`solve::solve`'s).
    pub fn new(problem: &'p Problem, base: &'p Solution) -> Self {
        let objective = solve::objective(problem);
        let flow = Flow::of_solution(problem, objective, &base.chosen, &base.potentials);
        let locked = Objective {
            must: solve::must_weight(objective.pair, problem.mentees),
            ..objective
        };
        Prices {
            problem,
            base,
            flow,
            locked,
        }
    }

    /// The optimum as it is.
    pub fn base(&self) -> Outcome {
        Outcome {
            matched: self.base.chosen.len(),
            total_score: self.base.total_score,
            holds: true,
            released: 0,
            given_up: None,
            formed: 0,
        }
    }

    /// The optimum with edge `edge` locked or forbidden as `rule` says.
    pub fn with(&self, edge: usize, rule: Rule) -> Outcome {
        let chosen = self.base.chosen.binary_search(&edge).is_ok();
        let e = self.problem.edges[edge];
        let n = self.problem.mentees;
        let (mentee, mentor) = (1 + e.mentee as usize, 1 + n + e.mentor as usize);
        // The decided edge closes the cycle: given up (forbidden, from the
        // mentor back to the mentee) or taken (locked, the other way).
        let (back, closing) = match rule {
            Rule::Never if chosen => (self.flow.cheapest_back(mentee, mentor, edge as u32), -1),
            Rule::Must if !chosen => (self.flow.cheapest_back(mentor, mentee, edge as u32), 1),
            // Forbidding an edge not taken, or locking one taken, moves nothing.
            _ => return self.base(),
        };
        // A lock no cycle closes (its mentor has no place to give), or one
        // that would cost more than it is worth (a better lock holds the
        // place), is unmet; a forbidden edge is given up whatever it costs.
        let unmet = Outcome {
            holds: false,
            ..self.base()
        };
        let Some((cost, crossed)) = back else {
            return unmet;
        };
        // A lock that only ties (it takes another lock's place at no gain)
        // is formed: the curator asked for it last.
        let gain = self.locked.must + self.locked.pair + e.score;
        if closing == 1 && cost - gain > 0 {
            return unmet;
        }
        let mut outcome = self.base();
        for (crossed, sign) in crossed.into_iter().chain([(edge as u32, closing)]) {
            let crossed = crossed as usize;
            outcome.matched = outcome.matched.wrapping_add_signed(sign as isize);
            outcome.total_score += sign * self.problem.edges[crossed].score;
            // The decided edge itself is the decision, not another lock.
            if crossed != edge && self.problem.is_must(crossed) {
                match sign {
                    1 => outcome.formed += 1,
                    _ => {
                        outcome.released += 1;
                        outcome.given_up.get_or_insert(crossed as u32);
                    }
                }
            }
        }
        outcome
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;
    use crate::pairing::solve::problems;

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(300))]

        /// The price of a decision is the optimum of the whole problem
        /// solved again, cold, with that decision, for every edge and both
        /// rules (locks already in the problem included).
        #[test]
        fn a_price_is_the_whole_optimum_solved_again(p in problems(8, 4)) {
            same_as_solving_again(&p)?;
        }

        /// The same on larger problems: long cycles through many mentors.
        #[test]
        fn a_price_on_larger_problems(p in problems(40, 12)) {
            same_as_solving_again(&p)?;
        }
    }

    fn same_as_solving_again(p: &Problem) -> Result<(), TestCaseError> {
        let base = solve::solve(p);
        let prices = Prices::new(p, &base);
        for edge in 0..p.edges.len() {
            for (rule, q) in [
                (Rule::Must, p.clone().locking(edge)),
                (Rule::Never, p.clone().without(edge)),
            ] {
                let whole = solve::solve(&q);
                let got = prices.with(edge, rule);
                prop_assert_eq!(
                    (got.matched, got.total_score),
                    (whole.chosen.len(), whole.total_score),
                    "{:?} {:?}",
                    rule,
                    edge
                );
                // A lock holds when some optimum takes it: the edge taken,
                // plus the best of the rest (its mentee gone, one place of
                // its mentor less), is as good as the best of all.
                let value = |q: &Problem, s: &Solution| {
                    let kept = s.chosen.iter().filter(|&&i| q.is_must(i)).count();
                    (kept, s.chosen.len(), s.total_score)
                };
                let e = p.edges[edge];
                let holds = rule == Rule::Never
                    || q.capacity[e.mentor as usize] > 0 && {
                        let mut rest = q.clone();
                        for other in (0..p.edges.len()).rev() {
                            if p.edges[other].mentee == e.mentee {
                                rest = rest.without(other);
                            }
                        }
                        rest.capacity[e.mentor as usize] -= 1;
                        let (kept, k, s) = value(&rest, &solve::solve(&rest));
                        (kept + 1, k + 1, s + e.score) == value(&q, &whole)
                    };
                prop_assert_eq!(got.holds, holds, "{:?} {:?}", rule, edge);
                // The other locks formed less those given up: the change in
                // locks kept, the decided edge aside (a lock formed is one
                // more kept; a kept lock forbidden is the decision's).
                let kept =
                    |q: &Problem, s: &Solution| s.chosen.iter().filter(|&&i| q.is_must(i)).count();
                let was_kept = i64::from(p.is_must(edge) && base.chosen.contains(&edge));
                let decided = match (rule, got.holds) {
                    (_, false) => 0,
                    (Rule::Must, true) => 1 - was_kept,
                    (Rule::Never, true) => -was_kept,
                };
                let net = kept(&q, &whole) as i64 - kept(p, &base) as i64 - decided;
                let formed = got.formed as i64 - got.released as i64;
                // A lock not formed changes nothing: the same locks kept.
                prop_assert_eq!(
                    formed,
                    if got.holds { net } else { 0 },
                    "{:?} {:?}",
                    rule,
                    edge
                );
            }
        }
        Ok(())
    }
}
