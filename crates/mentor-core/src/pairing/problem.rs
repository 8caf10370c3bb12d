//! What the solver is given: mentees, mentors with capacities, and the
//! scored candidate edges — plain data, shared by the solver and the
//! residual graph it walks.

/// A candidate pair and its score.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Edge {
    pub mentee: u32,
    pub mentor: u32,
    pub score: i64,
}

/// What to solve: `mentees` mentees (each in at most one pair), mentors with
/// capacities, and the candidate edges. Edges are tried in the given order,
/// so sorting them by ids makes the answer independent of row order.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Problem {
    pub mentees: usize,
    pub capacity: Vec<u32>,
    pub edges: Vec<Edge>,
    /// Edges the curator locked (`must`), sorted: taken whenever they can
    /// be, before any other pair.
    pub must: Vec<usize>,
}

/// The weights of the lexicographic objective: one more locked pair is
/// worth more than any number of other pairs (`must`), one more pair more
/// than any total score (`pair`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Objective {
    pub pair: i64,
    pub must: i64,
}

impl Problem {
    /// Whether edge `i` is locked.
    pub fn is_must(&self, i: usize) -> bool {
        self.must.binary_search(&i).is_ok()
    }

    /// The problem with edge `edge` locked (`must`) as well.
    pub fn locking(mut self, edge: usize) -> Problem {
        if let Err(i) = self.must.binary_search(&edge) {
            self.must.insert(i, edge);
        }
        self
    }

    /// The problem without edge `edge` (a forbidden pair), locks renumbered.
    pub fn without(mut self, edge: usize) -> Problem {
        self.edges.remove(edge);
        self.must = self
            .must
            .iter()
            .filter(|&&j| j != edge)
            .map(|&j| if j > edge { j - 1 } else { j })
            .collect();
        self
    }

    /// What edge `i` is worth under `objective`.
    pub fn weight(&self, i: usize, objective: Objective) -> i64 {
        let must = if self.is_must(i) { objective.must } else { 0 };
        must + objective.pair + self.edges[i].score
    }

    /// Writes the problem into `dir` for another solver: `meta.json`
    /// (`mentees`, `mentors`, `edges`, and `must`: the locked edges'
    /// positions), `capacity.u32` (one little-endian u32 per mentor) and
    /// `edges.bin` (per edge: u32 mentee, u32 mentor, i64 score,
    /// little-endian). Numbers are positions in id order.
    pub fn write(&self, dir: &std::path::Path) -> Result<(), crate::error::Error> {
        let write = |name: &str, bytes: &[u8]| {
            let path = dir.join(name);
            std::fs::write(&path, bytes).map_err(|e| crate::error::Error::write(path, e))
        };
        std::fs::create_dir_all(dir).map_err(|e| crate::error::Error::write(dir, e))?;
        let must: Vec<String> = self.must.iter().map(ToString::to_string).collect();
        let meta = format!(
            "{{\"mentees\": {}, \"mentors\": {}, \"edges\": {}, \"must\": [{}]}}\n",
            self.mentees,
            self.capacity.len(),
            self.edges.len(),
            must.join(", ")
        );
        write("meta.json", meta.as_bytes())?;
        let capacity: Vec<u8> = self.capacity.iter().flat_map(|c| c.to_le_bytes()).collect();
        write("capacity.u32", &capacity)?;
        let mut edges = Vec::with_capacity(self.edges.len() * 16);
        for e in &self.edges {
            edges.extend(e.mentee.to_le_bytes());
            edges.extend(e.mentor.to_le_bytes());
            edges.extend(e.score.to_le_bytes());
        }
        write("edges.bin", &edges)
    }
}
