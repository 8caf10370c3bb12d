"""Opens a .docx with python-docx and prints, as JSON, what a reader of its
tables gets: for each table its rows of cell texts and its column widths
(twips, from the table grid python-docx requires).
Usage: python3 docx_table.py FILE
"""
import json
import sys

import docx

document = docx.Document(sys.argv[1])
tables = []
for table in document.tables:
    tables.append({
        "rows": [[cell.text for cell in row.cells] for row in table.rows],
        "widths": [column.width.twips if column.width is not None else None for column in table.columns],
    })
paragraphs = [p.text for p in document.paragraphs]
print(json.dumps({"tables": tables, "paragraphs": paragraphs}, ensure_ascii=False))
