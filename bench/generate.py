#!/usr/bin/env python3
"""Writes N roadmap files of a region's organizations (~60 activities each),
built from the transcribed regional roadmap with per-file variations, so that
the checker has real findings to report. Deterministic (seeded)."""
import random, re, sys, pathlib

out = pathlib.Path(sys.argv[1]); n = int(sys.argv[2])
out.mkdir(parents=True, exist_ok=True)
template = pathlib.Path(__file__).parent.parent.joinpath(
    'examples/roadmaps/khakassia-regional.roadmap.yaml').read_text(encoding='utf-8')
template = template.replace('$schema=../../schemas/', '$schema=../../../schemas/')
rng = random.Random(2026)
for i in range(n):
    text = template.replace('ГБПОУ РХ «Хакасский политехнический колледж»', f'Организация № {i + 1}')
    lines = text.split('\n')
    kept = []
    for line in lines:
        # drop a few responsible/result lines, as real roadmaps do
        if re.match(r'\s+(responsible|result): ', line) and rng.random() < 0.03:
            continue
        kept.append(line)
    text = '\n'.join(kept)
    if rng.random() < 0.2:  # a skipped number
        text = text.replace('id: "4.3"', 'id: "4.4"', 1)
    # each organization has its own launching order: every relative deadline moves
    order = f'2020-{rng.randint(4, 12):02}-{rng.randint(1, 28):02}'
    text = text.replace('approved: 2020-04-03', f'approved: {order}')
    text = text.replace('period: {start: 2020-04-03', f'period: {{start: {order}')
    if rng.random() < 0.05:  # a Latin letter typed into a phrase
        text = text.replace('в течение шестого месяца', 'в течение шестого месяцa', 1)
    if rng.random() < 0.05:  # a deadline outside the period
        text = text.replace('due: "декабрь"', 'due: "декабрь 2019"', 1)
    (out / f'org-{i + 1:04}.roadmap.yaml').write_text(text, encoding='utf-8')
