#!/usr/bin/env bash
# Benchmark: a region-scale folder (200,000 mentees, 40,000 mentors, 200,000
# pairs, 2,000,000 meetings, 400,000 survey answers) through
# `mentor coverage --history` and `mentor meetings check`, best of 3.
# Usage: bench/coverage.sh [SCALE]
set -euo pipefail
cd "$(dirname "$0")/.."
scale=${1:-1.0}
dir=bench/out/coverage
rm -rf "$dir"
python3 bench/coverage.py "$dir" "$scale"
cargo build --release --quiet

best() {  # best wall time of 3 runs, in seconds
  local best=""
  for _ in 1 2 3; do
    local t0 t1
    t0=$(date +%s.%N)
    "$@" >/dev/null 2>&1 || true
    t1=$(date +%s.%N)
    best=$(python3 -c "a='$best'; b=$t1-$t0; print(f'{b:.2f}' if not a else f'{min(float(a), b):.2f}')")
  done
  echo "$best"
}

echo "| command | wall time |"
echo "|---|---|"
echo "| coverage --history --format json | $(best target/release/mentor --dir "$dir" --today 2025-12-01 coverage --history --format json) s |"
echo "| meetings check --format json | $(best target/release/mentor --dir "$dir" --today 2025-12-01 meetings check --format json) s |"
