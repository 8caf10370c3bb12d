#!/usr/bin/env python3
"""Writes a region-scale program folder: 200,000 mentees, 40,000 mentors,
200,000 pairs, 2,000,000 meetings, 400,000 survey answers (invented, seeded).
Usage: bench/coverage.py DIR [SCALE]  (SCALE 1.0 = the sizes above)"""
import pathlib, random, sys

out = pathlib.Path(sys.argv[1]); scale = float(sys.argv[2]) if len(sys.argv) > 2 else 1.0
reg = out / "registry"; reg.mkdir(parents=True, exist_ok=True)
rng = random.Random(2026)
n_mentees, n_mentors = int(200_000 * scale), int(40_000 * scale)
(out / "mentor.yaml").write_text(f"""organization: Регион (бенчмарк)
kind: school
period: {{start: 2023-09-01, end: 2026-08-31}}
enrollment:
  2024: {{learners: {n_mentees * 3}, learners_10_19: {n_mentees * 2}, learners_15_19: {n_mentees}, teachers: {n_mentors}, young_teachers: {n_mentors // 10}, partner_organizations: 500}}
  2025: {{learners: {n_mentees * 3}, learners_10_19: {n_mentees * 2}, learners_15_19: {n_mentees}, teachers: {n_mentors}, young_teachers: {n_mentors // 10}, partner_organizations: 500}}
""", encoding="utf-8")
def date(y0, y1):
    return f"{rng.randint(y0, y1)}-{rng.randint(1, 12):02}-{rng.randint(1, 28):02}"
with open(reg / "mentees.csv", "w", encoding="utf-8") as f:
    f.write("id,name,role,birth_date,organization,consent_date\n")
    for i in range(n_mentees):
        f.write(f"S{i},Наставляемый {i},ученик,{date(2008, 2014)},ОО {i % 500},2023-09-15\n")
with open(reg / "mentors.csv", "w", encoding="utf-8") as f:
    f.write("id,name,role,birth_date,organization,capacity,consent_date\n")
    for i in range(n_mentors):
        role = rng.choice(["педагог", "педагог", "ученик", "работодатель"])
        f.write(f"M{i},Наставник {i},{role},{date(1970, 2007)},ОО {i % 500},5,2023-09-10\n")
types = ["знакомство", "пробная", "планирование", "рабочая", "рабочая", "рабочая", "рабочая", "рабочая", "рабочая", "итоговая"]
with open(reg / "pairs.csv", "w", encoding="utf-8") as p, open(reg / "meetings.csv", "w", encoding="utf-8") as m:
    p.write("mentor_id,mentee_id,form,start,end\n")
    m.write("mentor_id,mentee_id,group,date,type,feedback\n")
    for i in range(n_mentees):
        mentor = f"M{rng.randrange(n_mentors)}"
        y, mo = rng.choice([(2024, rng.randint(1, 12)), (2025, rng.randint(1, 10))])
        p.write(f"{mentor},S{i},учитель – ученик,{y}-{mo:02}-01,\n")
        for k in range(10):
            day = 1 + 2 * k
            m.write(f"{mentor},S{i},,{y}-{mo:02}-{day:02},{types[k]},да\n")
with open(reg / "surveys.csv", "w", encoding="utf-8") as f:
    f.write("person_id,role,date,score,scale\n")
    for i in range(int(400_000 * scale)):
        who = f"S{rng.randrange(n_mentees)}" if i % 2 else f"M{rng.randrange(n_mentors)}"
        f.write(f"{who},{'наставляемый' if i % 2 else 'наставник'},2025-{rng.randint(1, 12):02}-15,{rng.randint(5, 10)},10\n")
