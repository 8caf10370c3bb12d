//! The residual graph of the min-cost flow (source → mentee → mentor →
//! sink), kept implicit: which candidate edges carry flow, the edge matching
//! each mentee, and the edges taken into each mentor. Arcs are derived from
//! these, so a region's 20 million candidate edges cost 17 bytes each here
//! (the mentor's view of the edge and a flag) instead of two stored arcs of
//! 24 bytes: a region is solved in well under 1 GiB.
//!
//! Nodes are numbered: the source 0, mentee `u` as `1 + u`, mentor `v` as
//! `1 + n + v`, the sink `n + m + 1`.

use std::cmp::Reverse;
use std::collections::BinaryHeap;

use super::problem::{Objective, Problem};

const NONE: u32 = u32::MAX;

pub(super) struct Flow<'p> {
    problem: &'p Problem,
    /// The weights of a pair and a locked pair (see `solve::objective`).
    objective: Objective,
    n: usize,
    /// Where each mentee's edges start: `mentee_start[u]..mentee_start[u + 1]`
    /// are positions in `by_mentee`, or edge ids when the problem lists its
    /// edges mentee by mentee (as `pair suggest` does) and `by_mentee` is empty.
    mentee_start: Vec<u32>,
    by_mentee: Vec<u32>,
    /// Each mentor's edges, `mentor_start[v]..mentor_start[v + 1]`, with
    /// their mentees and scores: searching backwards from a mentor reads the
    /// edge's flag only for a mentee not yet reached over an arc of reduced
    /// cost 0.
    mentor_start: Vec<u32>,
    by_mentor: Vec<Incoming>,
    /// Edges carrying flow (chosen pairs, so far).
    used: Vec<bool>,
    /// The edge matching each mentee, or [`NONE`].
    matched: Vec<u32>,
    /// The edges taken into each mentor: at most its places, so that
    /// Dijkstra sees a mentor's few pairs, not all its candidates.
    taken: Vec<Vec<u32>>,
    /// Node potentials: reduced costs of residual arcs are never negative.
    potential: Vec<i64>,
}

/// An edge as a mentor sees it, with what a search backwards from the
/// mentor reads: its arcs come in mentor order, so the edges themselves
/// would be fetched from all over memory.
#[derive(Clone, Copy)]
struct Incoming {
    /// What the edge is worth in the objective.
    weight: i64,
    edge: u32,
    mentee: u32,
}

/// Edge ids grouped by `key` (counting sort, ids in order within a group):
/// the start of each group (one more than there are keys) and the ids, or
/// no ids when the keys are in order already (the ids are the positions).
fn group(keys: impl Iterator<Item = u32> + Clone, count: usize) -> (Vec<u32>, Vec<u32>) {
    let mut start = vec![0u32; count + 1];
    for k in keys.clone() {
        start[k as usize + 1] += 1;
    }
    for i in 0..count {
        start[i + 1] += start[i];
    }
    if keys.clone().zip(keys.clone().skip(1)).all(|(a, b)| a <= b) {
        return (start, Vec::new());
    }
    let mut next = start.clone();
    let mut ids = vec![0u32; start[count] as usize];
    for (e, k) in keys.enumerate() {
        ids[next[k as usize] as usize] = e as u32;
        next[k as usize] += 1;
    }
    (start, ids)
}

/// The ids of group `i` (see [`group`]).
fn edges_of<'a, T>(start: &[u32], ids: &'a [T], i: usize) -> &'a [T] {
    &ids[start[i] as usize..start[i + 1] as usize]
}

impl<'p> Flow<'p> {
    pub(super) fn new(problem: &'p Problem, objective: Objective) -> Self {
        let (n, m) = (problem.mentees, problem.capacity.len());
        let (mentee_start, by_mentee) = group(problem.edges.iter().map(|e| e.mentee), n);
        let (mentor_start, mut by_mentor) = group(problem.edges.iter().map(|e| e.mentor), m);
        if by_mentor.is_empty() {
            by_mentor = (0..problem.edges.len() as u32).collect();
        }
        let by_mentor = by_mentor
            .into_iter()
            .map(|edge| Incoming {
                weight: problem.weight(edge as usize, objective),
                edge,
                mentee: problem.edges[edge as usize].mentee,
            })
            .collect();
        // Initial potentials of the layered graph: reduced costs start non-negative.
        let mut potential = vec![0i64; n + m + 2];
        for (i, e) in problem.edges.iter().enumerate() {
            let v = 1 + n + e.mentor as usize;
            potential[v] = potential[v].min(-problem.weight(i, objective));
        }
        potential[n + m + 1] = potential[1 + n..=n + m]
            .iter()
            .copied()
            .min()
            .unwrap_or(0)
            .min(0);
        Flow {
            problem,
            objective,
            n,
            mentee_start,
            by_mentee,
            mentor_start,
            by_mentor,
            used: vec![false; problem.edges.len()],
            matched: vec![NONE; n],
            taken: vec![Vec::new(); m],
            potential,
        }
    }

    fn m(&self) -> usize {
        self.problem.capacity.len()
    }

    fn sink(&self) -> usize {
        self.n + self.m() + 1
    }

    /// The cost of sending a mentee along edge `e`: its weight, as a gain.
    fn cost(&self, e: u32) -> i64 {
        -self.problem.weight(e as usize, self.objective)
    }

    fn mentee_node(&self, e: u32) -> usize {
        1 + self.problem.edges[e as usize].mentee as usize
    }

    fn mentor_node(&self, e: u32) -> usize {
        1 + self.n + self.problem.edges[e as usize].mentor as usize
    }

    /// The `k`-th edge id of mentee `u`.
    fn mentee_edge(&self, u: usize, k: usize) -> u32 {
        let i = self.mentee_start[u] as usize + k;
        self.by_mentee.get(i).map_or(i as u32, |&e| e)
    }

    /// The edge ids of mentee `u`.
    fn mentee_edges(&self, u: usize) -> impl Iterator<Item = u32> + '_ {
        let range = self.mentee_start[u]..self.mentee_start[u + 1];
        range.map(|i| self.by_mentee.get(i as usize).map_or(i, |&e| e))
    }

    fn has_room(&self, v: usize) -> bool {
        (self.taken[v].len() as u64) < u64::from(self.problem.capacity[v])
    }

    /// Calls `f(to, cost, edge)` for every residual arc leaving `x` (`edge`:
    /// the candidate edge of an arc between a mentee and a mentor, else
    /// [`NONE`]).
    fn arcs(&self, x: usize, mut f: impl FnMut(usize, i64, u32)) {
        let (n, sink) = (self.n, self.sink());
        if x == 0 {
            for u in (0..n).filter(|&u| self.matched[u] == NONE) {
                f(1 + u, 0, NONE);
            }
        } else if x <= n {
            let u = x - 1;
            if self.matched[u] != NONE {
                f(0, 0, NONE);
            }
            for e in self.mentee_edges(u) {
                if !self.used[e as usize] {
                    f(self.mentor_node(e), self.cost(e), e);
                }
            }
        } else if x < sink {
            let v = x - 1 - n;
            for &e in &self.taken[v] {
                f(self.mentee_node(e), -self.cost(e), e);
            }
            if self.has_room(v) {
                f(sink, 0, NONE);
            }
        } else {
            for v in (0..self.m()).filter(|&v| !self.taken[v].is_empty()) {
                f(1 + n + v, 0, NONE);
            }
        }
    }

    /// Calls `f(from, cost)` for every residual arc entering `y` (the mirror
    /// of [`Self::arcs`]), but for arcs from mentees that `skip(from, cost)`
    /// rules out before their edge is fetched.
    fn arcs_into(
        &self,
        y: usize,
        skip: impl Fn(usize, i64) -> bool,
        mut f: impl FnMut(usize, i64),
    ) {
        let (n, sink) = (self.n, self.sink());
        if y == 0 {
            for u in (0..n).filter(|&u| self.matched[u] != NONE) {
                f(1 + u, 0);
            }
        } else if y <= n {
            let u = y - 1;
            match self.matched[u] {
                NONE => f(0, 0),
                e => f(self.mentor_node(e), -self.cost(e)),
            }
        } else if y < sink {
            let v = y - 1 - n;
            for into in edges_of(&self.mentor_start, &self.by_mentor, v) {
                let mentee = 1 + into.mentee as usize;
                if !skip(mentee, -into.weight) && !self.used[into.edge as usize] {
                    f(mentee, -into.weight);
                }
            }
            if !self.taken[v].is_empty() {
                f(sink, 0);
            }
        } else {
            for v in (0..self.m()).filter(|&v| self.has_room(v)) {
                f(1 + n + v, 0);
            }
        }
    }

    /// How many arcs leave `x` in a fixed order (residual or not), for the
    /// current-arc pointers of the depth-first search.
    fn degree(&self, x: usize) -> usize {
        let n = self.n;
        match x {
            0 => n,
            x if x <= n => (self.mentee_start[x] - self.mentee_start[x - 1]) as usize,
            x => {
                let v = x - 1 - n;
                (self.mentor_start[v + 1] - self.mentor_start[v]) as usize + 1
            }
        }
    }

    /// The `k`-th arc leaving `x` in that order, when it is residual: the
    /// node it leads to and its cost.
    fn arc_at(&self, x: usize, k: usize) -> Option<(usize, i64)> {
        let n = self.n;
        match x {
            0 => (self.matched[k] == NONE).then_some((1 + k, 0)),
            x if x <= n => {
                let e = self.mentee_edge(x - 1, k);
                (!self.used[e as usize]).then(|| (self.mentor_node(e), self.cost(e)))
            }
            x => {
                let v = x - 1 - n;
                match edges_of(&self.mentor_start, &self.by_mentor, v).get(k) {
                    Some(into) => {
                        let e = into.edge;
                        let to = 1 + into.mentee as usize;
                        self.used[e as usize].then(|| (to, -self.cost(e)))
                    }
                    None => self.has_room(v).then_some((self.sink(), 0)),
                }
            }
        }
    }

    /// Dijkstra on reduced costs from the nodes whose `dist` is set, until
    /// the distance of `until` is known (of every node without it).
    fn shortest(&self, dist: &mut [i64], until: Option<usize>) {
        let mut heap: BinaryHeap<_> = (0..dist.len())
            .filter(|&a| dist[a] != i64::MAX)
            .map(|a| Reverse((dist[a], a)))
            .collect();
        while let Some(Reverse((d, a))) = heap.pop() {
            if d > dist[a] {
                continue;
            }
            if until.is_some_and(|t| d >= dist[t]) {
                break;
            }
            let pa = self.potential[a];
            self.arcs(a, |to, cost, _| {
                let next = d + cost + pa - self.potential[to];
                if next < dist[to] {
                    dist[to] = next;
                    heap.push(Reverse((next, to)));
                }
            });
        }
    }

    /// Solves: after each Dijkstra on reduced costs (which moves the
    /// potentials), every path of reduced cost 0 is a shortest one, and a
    /// maximum flow along them (Dinic's rounds until none is left) sends
    /// them all. `progress` hears the pairs made. Returns the chosen edges.
    pub(super) fn run(&mut self, progress: &mut dyn FnMut(usize)) -> Vec<usize> {
        let (n, source, sink) = (self.n, 0, self.sink());
        let mut flow = 0usize;
        let mut dist = vec![i64::MAX; sink + 1];
        // Every mentee matched: no path from the source is left.
        while flow < n {
            dist.fill(i64::MAX);
            dist[source] = 0;
            self.shortest(&mut dist, Some(sink));
            if dist[sink] == i64::MAX {
                break;
            }
            let to_sink = dist[sink];
            for (p, d) in self.potential.iter_mut().zip(&dist) {
                *p += (*d).min(to_sink);
            }
            // The path's real cost; a non-negative one would not improve the objective.
            if self.potential[sink] - self.potential[source] >= 0 {
                break;
            }
            let mut rounds = 0;
            loop {
                let paths = self.augment_shortest();
                flow += paths;
                progress(flow);
                if paths == 0 || flow == n {
                    break;
                }
                rounds += 1;
            }
            // Dijkstra's path is admissible, so the first round takes it at least.
            debug_assert!(rounds > 0 || flow == n, "no admissible path after Dijkstra");
            if rounds == 0 && flow < n {
                break;
            }
        }
        let mut chosen: Vec<usize> = self
            .matched
            .iter()
            .filter(|&&e| e != NONE)
            .map(|&e| e as usize)
            .collect();
        chosen.sort_unstable();
        chosen
    }

    /// One round of Dinic's algorithm over admissible arcs (residual,
    /// reduced cost 0): augments unit paths from the source to the sink
    /// among those with the fewest arcs until none is left; how many.
    /// Reverse arcs of augmented ones have reduced cost 0 too, so the
    /// potentials stay valid.
    fn augment_shortest(&mut self) -> usize {
        let (source, sink) = (0, self.sink());
        // Distances to the sink in admissible arcs, searched backwards from
        // it and no farther than the source: nodes that cannot reach the
        // sink (in a crowded region, most unmatched mentees) are never
        // looked at.
        let mut level = vec![usize::MAX; sink + 1];
        level[sink] = 0;
        let mut queue = std::collections::VecDeque::from([sink]);
        let mut found = Vec::new();
        while let Some(b) = queue.pop_front() {
            if level[b] >= level[source] {
                break;
            }
            let pb = self.potential[b];
            // Only unreached nodes over arcs of reduced cost 0.
            let admissible = |a: usize, cost: i64| cost + self.potential[a] - pb == 0;
            self.arcs_into(
                b,
                |a, cost| level[a] != usize::MAX || !admissible(a, cost),
                |a, cost| {
                    if admissible(a, cost) {
                        found.push(a);
                    }
                },
            );
            for a in found.drain(..) {
                if level[a] == usize::MAX {
                    level[a] = level[b] + 1;
                    queue.push_back(a);
                }
            }
        }
        if level[source] == usize::MAX {
            return 0;
        }
        let mut paths = 0;
        // Depth-first search with a current-arc pointer per node (each arc
        // is given up at most once per round).
        let mut next = vec![0usize; sink + 1];
        let mut path: Vec<(usize, usize)> = Vec::new();
        loop {
            path.clear();
            let mut node = source;
            while node != sink {
                let pn = self.potential[node];
                let found = (next[node]..self.degree(node)).find_map(|k| {
                    let (to, cost) = self.arc_at(node, k)?;
                    // Nodes on the walk are 1 or more steps from the sink.
                    let ok = level[to] == level[node] - 1 && cost + pn - self.potential[to] == 0;
                    ok.then_some((k, to))
                });
                match found {
                    Some((k, to)) => {
                        next[node] = k;
                        path.push((node, k));
                        node = to;
                    }
                    None => {
                        // A dead end: never come here again this round.
                        next[node] = self.degree(node);
                        let Some((back, k)) = path.pop() else {
                            return paths;
                        };
                        next[back] = k + 1;
                        node = back;
                    }
                }
            }
            for &(from, k) in &path {
                self.push(from, k);
            }
            paths += 1;
        }
    }

    /// Sends one unit along the `k`-th arc leaving `x`.
    fn push(&mut self, x: usize, k: usize) {
        let n = self.n;
        if x == 0 || x > n + self.m() {
            return; // the source's arcs follow from `matched`, the sink has none
        }
        if x <= n {
            let e = self.mentee_edge(x - 1, k);
            self.used[e as usize] = true;
            self.matched[x - 1] = e;
            let v = self.problem.edges[e as usize].mentor as usize;
            self.taken[v].push(e);
        } else {
            let v = x - 1 - n;
            let Some(into) = edges_of(&self.mentor_start, &self.by_mentor, v).get(k) else {
                return; // to the sink: `taken` already counts the place
            };
            let e = into.edge;
            self.used[e as usize] = false;
            if let Some(i) = self.taken[v].iter().position(|&t| t == e) {
                self.taken[v].swap_remove(i);
            }
            // The mentee's next arc on the path matches it again.
        }
    }

    /// The flow of a solution: its chosen edges, and the potentials that
    /// certify it (solve::certify), so that a decision is priced from it
    /// without solving again.
    pub(super) fn of_solution(
        problem: &'p Problem,
        objective: Objective,
        chosen: &[usize],
        potentials: &[i64],
    ) -> Self {
        let mut flow = Flow::new(problem, objective);
        for &e in chosen {
            let edge = problem.edges[e];
            flow.used[e] = true;
            flow.matched[edge.mentee as usize] = e as u32;
            flow.taken[edge.mentor as usize].push(e as u32);
        }
        flow.potential = potentials.to_vec();
        flow
    }

    /// The cheapest way back from node `from` to node `to` in the residual
    /// graph, the source and the sink taken as one node (the number of
    /// pairs may change), never over edge `banned`: its real cost and the
    /// candidate edges it crosses, each with +1 when taken and −1 when
    /// given up. A decision on one edge closes this path into a cycle:
    /// the optimum after it is the flow plus its cheapest cycle through
    /// the edge (any other cycle costs nothing or more, as the flow was
    /// optimal), so one Dijkstra on the certified potentials prices it.
    pub(super) fn cheapest_back(
        &self,
        from: usize,
        to: usize,
        banned: u32,
    ) -> Option<(i64, Vec<(u32, i64)>)> {
        let sink = self.sink();
        // The sink is the source here: both are level (π(s) = π(t)).
        let node = |x: usize| if x == sink { 0 } else { x };
        let (from, to) = (node(from), node(to));
        let mut dist = vec![i64::MAX; sink];
        let mut before: Vec<(u32, u32)> = vec![(NONE, NONE); sink];
        dist[from] = 0;
        let mut heap = BinaryHeap::from([Reverse((0i64, from))]);
        while let Some(Reverse((d, a))) = heap.pop() {
            if d > dist[a] {
                continue;
            }
            if a == to {
                break;
            }
            let pa = self.potential[a];
            let mut relax = |x: usize, cost: i64, e: u32| {
                let b = node(x);
                if e == banned && e != NONE {
                    return;
                }
                let next = d + cost + pa - self.potential[b];
                if next < dist[b] {
                    dist[b] = next;
                    before[b] = (a as u32, e);
                    heap.push(Reverse((next, b)));
                }
            };
            self.arcs(a, &mut relax);
            if a == 0 {
                self.arcs(sink, &mut relax);
            }
        }
        if dist[to] == i64::MAX {
            return None;
        }
        let real = dist[to] - self.potential[from] + self.potential[to];
        let mut crossed = Vec::new();
        let mut at = to;
        while at != from {
            let (prev, e) = before[at];
            if e != NONE {
                // From a mentee to a mentor takes the edge; back gives it up.
                crossed.push((e, if at > self.n { 1 } else { -1 }));
            }
            at = prev as usize;
        }
        Some((real, crossed))
    }

    /// Potentials with the source and the sink level: shortest distances
    /// from both at once (as if they were one node) in the final residual
    /// graph, found by Dijkstra on the solver's reduced costs. Nodes neither
    /// reaches keep the solver's potential, lifted above the reached ones.
    pub(super) fn level(&self) -> Vec<i64> {
        let (source, sink) = (0, self.sink());
        let potential = &self.potential;
        let mut reduced = vec![i64::MAX; sink + 1];
        for s in [source, sink] {
            reduced[s] = -potential[s];
        }
        self.shortest(&mut reduced, None);
        let level: Vec<Option<i64>> = reduced
            .iter()
            .zip(potential)
            .map(|(&r, &p)| (r != i64::MAX).then(|| r + p))
            .collect();
        // Arcs from unreached to reached nodes must stay non-negative.
        let mut lift = 0i64;
        for a in (0..=sink).filter(|&a| level[a].is_none()) {
            self.arcs(a, |to, cost, _| {
                if let Some(l) = level[to] {
                    lift = lift.max(l - cost - potential[a]);
                }
            });
        }
        level
            .iter()
            .zip(potential)
            .map(|(l, p)| l.unwrap_or(p + lift))
            .collect()
    }
}
