#!/usr/bin/env bash
# Benchmark: 1,000 generated roadmaps through `mentor roadmap check --format jsonl`
# (the checker `mentor check` runs) and through check-jsonschema against
# schemas/roadmap.schema.json, same files, same run. Usage: bench/run.sh [N]
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh
n=${1:-1000}
dir=bench/out/roadmaps
rm -rf "$dir"
python3 bench/generate.py "$dir" "$n"
cargo build --release --quiet
python3 -m pip install --quiet --disable-pip-version-check 'check-jsonschema==0.33.*' 2>/dev/null
mapfile -t files < <(ls "$dir"/*.yaml)

findings=$( (target/release/mentor roadmap check --format jsonl "$dir" || true) | wc -l)
rows=$( (target/release/mentor roadmap plan --format jsonl "$dir" 2>/dev/null || true) | wc -l)
m=$(best 3 target/release/mentor roadmap check --format jsonl "$dir")
p=$(best 3 target/release/mentor roadmap plan --format jsonl "$dir")
c=$(best 3 python3 -m check_jsonschema --schemafile schemas/roadmap.schema.json "${files[@]}")
ratio=$(python3 -c "print(f'{$c / $m:.0f}')")
echo "| files | mentor roadmap check --format jsonl | mentor roadmap plan --format jsonl | check-jsonschema | ratio (check) |"
echo "|---|---|---|---|---|"
echo "| $n (${findings} findings, ${rows} plan rows) | ${m} s | ${p} s | ${c} s | ${ratio}× |"
echo
cargo bench --quiet --bench phrases
