"""Opens an .ics file with two independent Python parsers (icalendar and
ical) and checks what calendar clients rely on: every event is all-day with
DTEND after DTSTART, UIDs are unique, every event has a reminder.
Prints the number of events. Usage: python3 ics.py FILE
"""
import datetime
import sys

import icalendar
from ical.calendar_stream import IcsCalendarStream

text = open(sys.argv[1], encoding="utf-8").read()

calendar = icalendar.Calendar.from_ical(text)
events = list(calendar.walk("VEVENT"))
assert events, "no events"
uids = set()
for event in events:
    start, end = event["DTSTART"].dt, event["DTEND"].dt
    assert type(start) is datetime.date and type(end) is datetime.date, (start, end)
    assert end > start, f"{event['UID']}: DTEND {end} is not after DTSTART {start}"
    assert event["UID"] not in uids, f"duplicate UID {event['UID']}"
    uids.add(event["UID"])
    assert list(event.walk("VALARM")), f"{event['UID']}: no reminder"

strict = IcsCalendarStream.calendar_from_ics(text)
assert len(strict.events) == len(events), (len(strict.events), len(events))
assert all(e.dtend > e.dtstart and e.alarm for e in strict.events)
print(len(events))
