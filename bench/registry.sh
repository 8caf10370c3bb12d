#!/usr/bin/env bash
# Benchmark: a mentees.csv of N rows (default 1,000,000) through
# `mentor registry check`, as UTF-8 and as Russian Excel saves it
# (Windows-1251, `;`, Russian headers), and the UTF-8 file through
# frictionless against schemas/registry/mentees.schema.json, same run
# (mentor: best of 3; frictionless: one run, it takes a minute).
# Usage: bench/registry.sh [N]
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh
n=${1:-1000000}
python3 bench/registry.py bench/out/registry-utf8 "$n"
python3 bench/registry.py bench/out/registry-cp1251 "$n" cp1251
cargo build --release --quiet
python3 -m pip install --quiet --disable-pip-version-check 'frictionless==5.*' 2>/dev/null

echo "| rows | file | mentor registry check --format jsonl | frictionless validate |"
echo "|---|---|---|---|"
for flavour in utf8 cp1251; do
  dir=bench/out/registry-$flavour
  size=$(du -m "$dir/registry/mentees.csv" | cut -f1)
  findings=$( (target/release/mentor --dir "$dir" --today 2025-12-01 registry check --format jsonl || true) | wc -l)
  m=$(best 3 target/release/mentor --dir "$dir" --today 2025-12-01 registry check --format jsonl)
  if [ "$flavour" = utf8 ]; then
    f=$(seconds python3 tests/clients/frictionless_validate.py schemas/registry "$dir/registry/mentees.csv")
    f="$f s"
  else
    f="— (Russian headers: not in the table schema)"
  fi
  echo "| $n | $flavour, ${size} MB, ${findings} findings | ${m} s | $f |"
done
