#!/usr/bin/env python3
"""Writes a program folder for `pair suggest`: N mentees and M mentors of
one school (or, with ORGS > 1, of that many organizations), with requests,
competencies, interests, ages, days and capacities 1–5; seeded.
With SKEW=1, mentees crowd into a few organizations (demand far above the
places there); with PARTNERS=1, one mentor in ten also serves three other
organizations. With TIES=1, every mentee and every mentor is the same (all scores tie, every
mentee a candidate of every mentor: the densest graph a school can give).
Usage: [TIES=1] [SKEW=1] [PARTNERS=1] bench/pairing.py DIR N M [ORGS]"""
import os, pathlib, random, sys

out = pathlib.Path(sys.argv[1]); n, m = int(sys.argv[2]), int(sys.argv[3])
orgs = int(sys.argv[4]) if len(sys.argv) > 4 else 1
reg = out / "registry"; reg.mkdir(parents=True, exist_ok=True)
(out / "mentor.yaml").write_text("organization: Бенчмарк\nkind: school\nperiod: {start: 2025-09-01, end: 2026-08-31}\n", encoding="utf-8")
rng = random.Random(2026)
if os.environ.get("TIES") == "1":
    (reg / "mentees.csv").write_text("id,name,role,birth_date,requests,interests,availability,consent_date\n" + "".join(
        f"S{i:06},Наставляемый {i},ученик,2012-03-01,математика,шахматы,пн,2025-09-10\n" for i in range(n)), encoding="utf-8")
    (reg / "mentors.csv").write_text("id,name,role,birth_date,competencies,interests,mentee_age,capacity,availability,consent_date\n" + "".join(
        f"M{i:05},Наставник {i},педагог,1980-06-15,математика,шахматы,10-15,1,пн,2025-09-05\n" for i in range(m)), encoding="utf-8")
    (reg / "pairs.csv").write_text("mentor_id,mentee_id,form,start\n", encoding="utf-8")
    sys.exit(0)
tags = ["математика", "физика", "химия", "биология", "история", "английский язык", "литература", "робототехника",
        "программирование", "шахматы", "театр", "музыка", "спорт", "дебаты", "олимпиады", "волонтерство"]
days = ["пн", "вт", "ср", "чт", "пт"]
org = lambda i: "" if orgs == 1 else f"ОО {i % orgs}"
skew, partners = os.environ.get("SKEW") == "1", os.environ.get("PARTNERS") == "1"
mentee_org = (lambda i: f"ОО {int(orgs * rng.random() ** 3)}") if skew else org
with open(reg / "mentees.csv", "w", encoding="utf-8") as f:
    f.write("id,name,role,birth_date,organization,requests,interests,availability,consent_date,wants\n")
    for i in range(n):
        wants = f"M{rng.randrange(m):05}" if rng.random() < 0.2 else ""
        f.write(f"S{i:06},Наставляемый {i},ученик,{rng.randint(2008, 2014)}-{rng.randint(1, 12):02}-15,{mentee_org(i)},"
                f"\"{', '.join(rng.sample(tags, 2))}\",\"{', '.join(rng.sample(tags, 2))}\",\"{', '.join(rng.sample(days, 2))}\",2025-09-10,{wants}\n")
with open(reg / "mentors.csv", "w", encoding="utf-8") as f:
    f.write("id,name,role,birth_date,organization,competencies,interests,mentee_age,capacity,availability,consent_date"
            + (",serves\n" if partners else "\n"))
    for i in range(m):
        lo = rng.randint(10, 15)
        f.write(f"M{i:05},Наставник {i},педагог,{rng.randint(1965, 1998)}-06-15,{org(i)},"
                f"\"{', '.join(rng.sample(tags, 4))}\",\"{', '.join(rng.sample(tags, 3))}\",{lo}-{lo + 4},{rng.randint(1, 5)},\"{', '.join(rng.sample(days, 3))}\",2025-09-05")
        if partners:
            serves = [f"ОО {rng.randrange(orgs)}" for _ in range(3)] if rng.random() < 0.1 else []
            f.write(f",\"{', '.join(serves)}\"")
        f.write("\n")
