#!/usr/bin/env bash
# Benchmark: `mentor pair suggest` end to end (reading the CSVs, building the
# candidates, the exact optimum, JSON) on a school (400 mentees × 80 mentors,
# capacities 1–5) and a district (20,000 × 4,000 across 200 schools), best of 5;
# and a dense tie (3,000 identical mentees × 10,000 identical mentors: 30 M
# candidate edges), once, with its peak memory.
# Usage: bench/pairing.sh
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh
python3 bench/pairing.py bench/out/pair-school 400 80
python3 bench/pairing.py bench/out/pair-district 20000 4000 200
TIES=1 python3 bench/pairing.py bench/out/pair-ties 3000 10000
cargo build --release --quiet

echo "| instance | matched / mentees, total score | pair suggest --format json |"
echo "|---|---|---|"
for name in school district; do
  dir=bench/out/pair-$name
  summary=$(target/release/mentor --dir "$dir" --today 2025-12-01 pair suggest --format json \
    | python3 -c "import json,sys; s=json.load(sys.stdin)['summary']; print(f\"{s['matched']} / {s['mentees']}, {s['total_score']}\")")
  echo "| $name | $summary | $(best 5 target/release/mentor --dir "$dir" --today 2025-12-01 pair suggest --format json) s |"
done
dir=bench/out/pair-ties
summary=$(target/release/mentor --dir "$dir" --today 2025-12-01 pair suggest --format json \
  | python3 -c "import json,sys; s=json.load(sys.stdin)['summary']; print(f\"{s['matched']} / {s['mentees']}, {s['total_score']}\")")
peak=$( { /usr/bin/time -f "%e s, peak %M KB" target/release/mentor --dir "$dir" --today 2025-12-01 pair suggest --format json > /dev/null; } 2>&1 )
echo "| ties, 30 M edges | $summary | $peak |"
