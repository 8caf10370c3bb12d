#!/usr/bin/env python3
"""Solves the scored candidate graph that `mentor pair suggest --graph DIR`
wrote with OR-Tools' SimpleMinCostFlow (the same lexicographic objective:
most mentees matched, then the highest total score) and, for the first
criterion, SciPy's maximum bipartite matching on mentors expanded into their
places; checks that the optima agree with mentor's JSON; prints one
Markdown row: OR-Tools solve time and peak memory, SciPy time.
Usage: bench/pairing_compare.py GRAPH_DIR MENTOR_JSON"""
import json, resource, sys, time

import numpy as np
from ortools.graph.python import min_cost_flow
from scipy.sparse import csr_matrix
from scipy.sparse.csgraph import maximum_bipartite_matching

graph, answer = sys.argv[1], json.load(open(sys.argv[2], encoding="utf-8"))["summary"]
meta = json.load(open(f"{graph}/meta.json"))
n, m = meta["mentees"], meta["mentors"]
capacity = np.fromfile(f"{graph}/capacity.u32", dtype="<u4").astype(np.int64)
edges = np.fromfile(f"{graph}/edges.bin", dtype=np.dtype([("u", "<u4"), ("v", "<u4"), ("score", "<i8")]))
u, v, score = edges["u"].astype(np.int64), edges["v"].astype(np.int64), edges["score"]

# One more pair outweighs any total score: the weight mentor uses.
best = np.zeros(n, dtype=np.int64)
np.maximum.at(best, u, np.maximum(score, 0))
big = int(best.sum()) + 1
source, sink = 0, n + m + 1
starts = np.concatenate([np.zeros(n, np.int64), 1 + u, 1 + n + np.arange(m), [source]])
ends = np.concatenate([1 + np.arange(n), 1 + n + v, np.full(m, sink), [sink]])
caps = np.concatenate([np.ones(n, np.int64), np.ones(len(u), np.int64), capacity, [n]])
costs = np.concatenate([np.zeros(n, np.int64), -(big + score), np.zeros(m, np.int64), [0]])
smcf = min_cost_flow.SimpleMinCostFlow()
arcs = smcf.add_arcs_with_capacity_and_unit_cost(starts, ends, caps, costs)
smcf.set_nodes_supplies(np.array([source, sink]), np.array([n, -n]))
t0 = time.perf_counter()
status = smcf.solve()
ortools_s = time.perf_counter() - t0
assert status == smcf.OPTIMAL, status
flows = smcf.flows(arcs[n:n + len(u)])
matched, total = int(flows.sum()), int(score[flows == 1].sum())
peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
agree = (matched, total) == (answer["matched"], answer["total_score"])

# SciPy: the number matched, with each mentor expanded into its places.
t0 = time.perf_counter()
first_slot = np.cumsum(capacity) - capacity
reps = capacity[v]
rows = np.repeat(u, reps)
ramp = np.arange(int(reps.sum())) - np.repeat(np.cumsum(reps) - reps, reps)
cols = np.repeat(first_slot[v], reps) + ramp
matrix = csr_matrix((np.ones(len(rows), np.int8), (rows, cols)), shape=(n, int(capacity.sum())))
scipy_matched = int((maximum_bipartite_matching(matrix, perm_type="column") >= 0).sum())
scipy_s = time.perf_counter() - t0
agree = agree and scipy_matched == answer["matched"]
print(f"{ortools_s:.2f} s, peak {peak_mb:.0f} MB | {scipy_s:.2f} s | {'yes' if agree else 'NO'} "
      f"(OR-Tools {matched} / {total}, SciPy {scipy_matched})")
sys.exit(0 if agree else 1)
