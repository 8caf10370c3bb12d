"""Opens an .xlsx workbook with openpyxl and prints what a reader and a
printer see of each sheet, as JSON: the header row, the first data row's
values (their Python types) and number formats, the frozen panes, the
autofilter, the rows repeated on each printed page and the page setup.
Usage: python3 xlsx.py FILE
"""
import datetime
import json
import sys

import openpyxl

book = openpyxl.load_workbook(sys.argv[1])
sheets = []
for ws in book.worksheets:
    rows = list(ws.iter_rows(min_row=1, max_row=2))
    first = rows[1] if len(rows) > 1 else []
    kind = lambda v: type(v).__name__ if not isinstance(v, datetime.datetime) else "date"
    sheets.append({
        "name": ws.title,
        "header": [c.value for c in rows[0]] if rows else [],
        "types": [kind(c.value) for c in first],
        "formats": [c.number_format for c in first],
        "values": [c.value if not isinstance(c.value, datetime.datetime) else c.value.date().isoformat() for c in first],
        "frozen": ws.freeze_panes,
        "autofilter": ws.auto_filter.ref,
        "repeat": ws.print_title_rows,
        "paper": ws.page_setup.paperSize,
        "orientation": ws.page_setup.orientation,
        # ECMA-376: an absent fitToWidth is 1; fitToHeight 0 is "as many as needed".
        "fit_width": 1 if ws.page_setup.fitToWidth is None else ws.page_setup.fitToWidth,
        "fit_height": ws.page_setup.fitToHeight,
        "fit_to_page": ws.sheet_properties.pageSetUpPr.fitToPage if ws.sheet_properties.pageSetUpPr else None,
    })
print(json.dumps(sheets, ensure_ascii=False))
