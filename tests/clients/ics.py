"""Opens an .ics file with two independent Python parsers (icalendar and
ical) and checks what calendar clients rely on: every event is all-day with
DTEND after DTSTART, UIDs are unique, every event has a reminder at 09:00
(before the event's end), no line is longer than 75 octets, and the PRODID
is mentor's. Prints the number of events; with --uids, the UIDs instead,
sorted, one per line. Usage: python3 ics.py [--uids] FILE
"""
import datetime
import sys

import icalendar
from ical.calendar_stream import IcsCalendarStream

uids_only = sys.argv[1] == "--uids"
path = sys.argv[-1]
raw = open(path, "rb").read()
for line in raw.split(b"\r\n"):
    assert len(line) <= 75, f"a line of {len(line)} octets: {line[:40]!r}"
text = raw.decode("utf-8")

calendar = icalendar.Calendar.from_ical(text)
assert str(calendar["PRODID"]).startswith("-//mentor//"), calendar["PRODID"]
events = list(calendar.walk("VEVENT"))
assert events, "no events"
uids = set()
for event in events:
    start, end = event["DTSTART"].dt, event["DTEND"].dt
    assert type(start) is datetime.date and type(end) is datetime.date, (start, end)
    assert end > start, f"{event['UID']}: DTEND {end} is not after DTSTART {start}"
    assert event["UID"] not in uids, f"duplicate UID {event['UID']}"
    uids.add(event["UID"])
    alarms = list(event.walk("VALARM"))
    assert alarms, f"{event['UID']}: no reminder"
    trigger = alarms[0]["TRIGGER"].dt
    # Before the end (midnight after the last day), at 09:00 of a day before.
    assert trigger < datetime.timedelta(0), trigger
    assert (-trigger) % datetime.timedelta(days=1) == datetime.timedelta(hours=15), trigger

strict = IcsCalendarStream.calendar_from_ics(text)
assert len(strict.events) == len(events), (len(strict.events), len(events))
assert all(e.dtend > e.dtstart and e.alarm for e in strict.events)
if uids_only:
    print("\n".join(sorted(str(u) for u in uids)))
else:
    print(len(events))
