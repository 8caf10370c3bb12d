#!/usr/bin/env bash
# Benchmark: the price of one decision (a pair forbidden, a pair locked),
# found from the optimum at hand, against solving the whole problem cold —
# what `mentor pair review` and `pair suggest --alternatives` do per decision.
#   district 20,000 × 4,000 in 200 schools
#   region   200,000 × 40,000 in 500 organizations, partners joining them
# Usage: bench/decision.sh   (best of 5 each; results go to BENCHMARKS.md)
set -euo pipefail
cd "$(dirname "$0")/.."
[ -d bench/out/pair-district ] || python3 bench/pairing.py bench/out/pair-district 20000 4000 200
[ -d bench/out/pair-region ] || PARTNERS=1 python3 bench/pairing.py bench/out/pair-region 200000 40000 500
for name in district region; do
  cargo bench --quiet --bench decision -- "bench/out/pair-$name"
done
