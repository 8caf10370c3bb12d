#!/usr/bin/env bash
# Benchmark: `mentor pair suggest` end to end (reading the CSVs, building the
# candidates, the exact optimum, reasons, JSON) against OR-Tools'
# SimpleMinCostFlow and SciPy's maximum bipartite matching on the same scored
# graph (written by `--graph`), same run, optima compared:
#   school   400 × 80, capacities 1–5                        (best of 5)
#   district 20,000 × 4,000 in 200 schools                   (best of 5)
#   region   200,000 × 40,000 in 500 organizations, one mentor in ten
#            serving three more                               (one run)
#   skewed   the region with mentees crowding a few organizations
#   ties     3,000 identical mentees × 10,000 identical mentors (30 M edges)
# Usage: bench/pairing.sh        (needs: pip install ortools scipy numpy)
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh
python3 -m pip install --quiet --disable-pip-version-check ortools scipy numpy 2>/dev/null
python3 bench/pairing.py bench/out/pair-school 400 80
python3 bench/pairing.py bench/out/pair-district 20000 4000 200
PARTNERS=1 python3 bench/pairing.py bench/out/pair-region 200000 40000 500
SKEW=1 PARTNERS=1 python3 bench/pairing.py bench/out/pair-skewed 200000 40000 500
TIES=1 python3 bench/pairing.py bench/out/pair-ties 3000 10000
cargo build --release --quiet

echo "| instance | edges | matched / mentees, total score | mentor pair suggest, end to end | OR-Tools solve alone | SciPy matching | optima agree |"
echo "|---|---|---|---|---|---|---|"
for name in school district region skewed ties; do
  dir=bench/out/pair-$name
  graph=bench/out/graph-$name
  rm -rf "$graph"
  run=(target/release/mentor --dir "$dir" --today 2025-12-01 pair suggest --format json)
  "${run[@]}" --graph "$graph" > "$graph.json"
  summary=$(python3 -c "import json,sys; s=json.load(open('$graph.json'))['summary']; print(f\"{s['matched']} / {s['mentees']}, {s['total_score']}\")")
  edges=$(python3 -c "import json; print(json.load(open('$graph/meta.json'))['edges'])")
  case $name in
    school|district) mentor="$(best 5 "${run[@]}") s" ;;
    *) mentor=$( { /usr/bin/time -f "%e s, peak %M KB" "${run[@]}" > /dev/null; } 2>&1 ) ;;
  esac
  compare=$(python3 bench/pairing_compare.py "$graph" "$graph.json" || true)
  echo "| $name | $edges | $summary | $mentor | $compare |"
done
