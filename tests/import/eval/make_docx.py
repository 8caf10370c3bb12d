"""Writes the .docx twin of every document of the evaluation set: the same
roadmap as a real Word table, as a methodist's file would hold it — the text
before the table as paragraphs, the header and each row as table rows, a
heading (a line without tabs inside the table) as one cell merged across the
row (w:gridSpan), a page-break tail (a row after a blank line starting with
an empty cell) joined to its row, the signature after the table as a
paragraph. The importer must read each twin as it reads the text, so both
meet the same `NAME.expected.json`.

Needs python-docx: pip install python-docx; then, in this folder:
python3 make_docx.py"""
import glob

import docx
from docx.oxml import OxmlElement
from docx.oxml.ns import qn


def rows_of(lines):
    """Paragraphs before, the table's rows, paragraphs after."""
    before, rows, after = [], [], []
    in_table, blank = False, False
    for line in lines:
        if not line.strip():
            blank = True
            if not in_table:
                before.append("")  # an empty paragraph ends a block
            continue
        if "\t" in line:
            cells = [c.strip() for c in line.split("\t")]
            if in_table and blank and rows and not cells[0]:
                # A page break cut the row: its tail goes back into it.
                for k, c in enumerate(cells):
                    if c and k < len(rows[-1]):
                        rows[-1][k] = (rows[-1][k] + " " + c).strip()
            else:
                rows.append(cells)
            in_table = True
        elif in_table and not line.startswith(("Директор", "Заведующий")) and "___" not in line:
            rows.append([line.strip()])
        elif in_table:
            after.append(line.strip())
        else:
            before.append(line.strip())
        blank = False
    return before, rows, after


def cells_per_line(lines):
    """Text copied a cell per line: a tab starts a cell, a line without one
    goes on with it, a blank line ends a row."""
    before, rows, row = [], [], []
    for line in lines:
        if line.startswith("\t"):
            row.append(line[1:].strip())
        elif line.strip() and row:
            row[-1] = (row[-1] + " " + line.strip()).strip()
        elif line.strip():
            before.append(line.strip())
        elif row:
            rows.append(row)
            row = []
        elif not rows:
            before.append("")
    if row:
        rows.append(row)
    # The header comes as one cell per line too, each followed by nothing:
    # the first rows of one cell each, up to the first heading, make it.
    header = []
    while rows and len(rows[0]) == 1 and not rows[0][0].startswith("Этап"):
        header.append(rows.pop(0)[0])
    return before, ([header] if header else []) + rows, []


for path in sorted(glob.glob("*.txt")):
    lines = open(path, encoding="utf-8").read().split("\n")
    leading = sum(1 for l in lines if l.startswith("\t"))
    tabbed = sum(1 for l in lines if "\t" in l)
    if tabbed and leading * 10 >= tabbed * 7:
        before, rows, after = cells_per_line(lines)
    else:
        before, rows, after = rows_of(lines)
    width = max(len(r) for r in rows)
    d = docx.Document()
    for p in before:
        d.add_paragraph(p)
    table = d.add_table(rows=0, cols=width)
    for cells in rows:
        row = table.add_row()
        if len(cells) == 1:
            merged = row.cells[0].merge(row.cells[width - 1])
            merged.text = cells[0]
            continue
        cells = cells + [""] * (width - len(cells))
        for k, text in enumerate(cells[:width]):
            row.cells[k].text = text
    for p in after:
        d.add_paragraph(p)
    d.save(path.replace(".txt", ".docx"))
    print("wrote", path.replace(".txt", ".docx"))
