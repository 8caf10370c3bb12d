#!/usr/bin/env python3
"""Writes a program folder whose registry/mentees.csv has N invented mentees
(about 1 % with a problem: a bad date, a missing consent, a formula-like cell),
in UTF-8 with English headers, or — with `cp1251` — as Russian Excel saves it:
Windows-1251, `;`, CRLF, Russian headers, DD.MM.YYYY dates.
Usage: bench/registry.py DIR N [cp1251]"""
import pathlib, random, sys

out = pathlib.Path(sys.argv[1]); n = int(sys.argv[2]); excel = len(sys.argv) > 3
(out / "registry").mkdir(parents=True, exist_ok=True)
(out / "mentor.yaml").write_text("""organization: Регион (бенчмарк)
kind: school
period: {start: 2025-09-01, end: 2026-08-31}
""", encoding="utf-8")
rng = random.Random(2026)
stems = ["Иванов", "Петров", "Сидоров", "Кузнецов", "Смирнов", "Волков", "Зайцев", "Орлов", "Лебедев", "Соколов",
         "Морозов", "Новиков", "Фёдоров", "Михайлов", "Беляев", "Тарасов", "Белов", "Комаров", "Киселёв", "Макаров",
         "Андреев", "Ковалёв", "Ильин", "Гусев", "Титов", "Кузьмин", "Кудрявцев", "Баранов", "Куликов", "Алексеев"]
names = ["Артём", "Мария", "Дмитрий", "Анна", "Иван", "Полина", "Егор", "Алиса", "Матвей", "Софья", "Михаил",
         "Виктория", "Кирилл", "Дарья", "Максим", "Ева", "Лев", "Вера", "Тимофей", "Ксения"]
fathers = ["Александрович", "Сергеевич", "Андреевич", "Игоревич", "Олегович", "Павлович", "Викторович", "Ильич",
           "Романович", "Денисович", "Юрьевич", "Петрович"]
tags = ["математика", "физика", "английский язык", "робототехника", "театр", "шахматы", "олимпиады", "биология"]
days = ["пн", "вт", "ср", "чт", "пт"]
if excel:
    header = ["Код", "ФИО", "Роль", "Дата рождения", "Класс", "Запросы", "Интересы", "Форма наставничества", "Дни встреч", "Согласие"]
else:
    header = ["id", "name", "role", "birth_date", "grade", "requests", "interests", "form", "availability", "consent_date"]
delim, nl = (";", "\r\n") if excel else (",", "\n")
def date(y, m, d):
    return f"{d:02}.{m:02}.{y}" if excel else f"{y}-{m:02}-{d:02}"
lines = [delim.join(header)]
for i in range(n):
    birth = date(rng.randint(2008, 2013), rng.randint(1, 12), rng.randint(1, 28))
    consent = date(2025, 9, rng.randint(1, 30))
    req = ", ".join(rng.sample(tags, 2))
    row = [f"S{i:07}", f"{rng.choice(stems)} {rng.choice(names)} {rng.choice(fathers)}", "ученик", birth, f"{rng.randint(5, 11)}А",
           f'"{req}"', rng.choice(tags), "учитель – ученик", rng.choice(days), consent]
    roll = rng.random()
    if roll < 0.004:
        row[3] = "31.02.2012"
    elif roll < 0.008:
        row[9] = ""
    elif roll < 0.01:
        row[6] = "=HYPERLINK()"
    lines.append(delim.join(row))
text = nl.join(lines) + nl
(out / "registry" / "mentees.csv").write_bytes(text.encode("cp1251" if excel else "utf-8"))
