"""Days off of the Russian production calendar by Python `holidays`, a
third-party reference for mentor's calendar (holidays-ru).

Prints one line per date from FIRST to LAST year: `YYYY-MM-DD off` for a
weekday that is a day off (a public holiday or a transferred day off), and
`YYYY-MM-DD work` for a Saturday or Sunday that is a working day.
Usage: python3 holidays_ru.py FIRST LAST
"""
import sys

import holidays

first, last = int(sys.argv[1]), int(sys.argv[2])
calendar = holidays.country_holidays("RU", years=range(first, last + 1))
for day in sorted(calendar):
    if day.weekday() < 5:
        print(f"{day.isoformat()} off")
for day in sorted(getattr(calendar, "weekend_workdays", ())):
    if first <= day.year <= last:
        print(f"{day.isoformat()} work")
