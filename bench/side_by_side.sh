#!/usr/bin/env bash
# Two builds of mentor on the same inputs, in one run, alternating: the
# figures BENCHMARKS.md floors (1,000 roadmaps checked; a million registry
# rows in both encodings; pair suggest of the district and the region).
# Usage: bench/side_by_side.sh OLD_BINARY NEW_BINARY   (best of 3 each)
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh
old=$1 new=$2
[ -d bench/out/roadmaps ] || python3 bench/generate.py bench/out/roadmaps 1000
[ -d bench/out/registry-utf8 ] || python3 bench/registry.py bench/out/registry-utf8 1000000
[ -d bench/out/registry-cp1251 ] || python3 bench/registry.py bench/out/registry-cp1251 1000000 cp1251
[ -d bench/out/pair-district ] || python3 bench/pairing.py bench/out/pair-district 20000 4000 200
[ -d bench/out/pair-region ] || PARTNERS=1 python3 bench/pairing.py bench/out/pair-region 200000 40000 500
echo "| workload | $old | $new |"
echo "|---|---|---|"
row() {  # row NAME ARGS...: the same arguments to both binaries
  local name=$1
  shift
  local a b
  a=$(best 3 "$old" "$@")
  b=$(best 3 "$new" "$@")
  echo "| $name | $a s | $b s |"
}
row "roadmap check, 1,000 roadmaps (jsonl)" roadmap check --format jsonl bench/out/roadmaps
row "roadmap plan, 1,000 roadmaps (jsonl)" roadmap plan --format jsonl bench/out/roadmaps
for flavour in utf8 cp1251; do
  row "registry check, 1,000,000 rows, $flavour (jsonl)" --dir bench/out/registry-$flavour --today 2025-12-01 registry check --format jsonl
done
for name in district region; do
  row "pair suggest, $name (json)" --dir bench/out/pair-$name --today 2025-12-01 pair suggest --format json
done
