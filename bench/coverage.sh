#!/usr/bin/env bash
# Benchmark: a region-scale folder (200,000 mentees, 40,000 mentors, 200,000
# pairs, 2,000,000 meetings, 400,000 survey answers) through
# `mentor coverage --history` and `mentor meetings check`, best of 5.
# Usage: bench/coverage.sh [SCALE]
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh
scale=${1:-1.0}
dir=bench/out/coverage
rm -rf "$dir"
python3 bench/coverage.py "$dir" "$scale"
cargo build --release --quiet

echo "| command | wall time |"
echo "|---|---|"
echo "| coverage --history --format json | $(best 5 target/release/mentor --dir "$dir" --today 2025-12-01 coverage --history --format json) s |"
echo "| meetings check --format json | $(best 5 target/release/mentor --dir "$dir" --today 2025-12-01 meetings check --format json) s |"
