"""Validates registry CSV files against mentor's Frictionless Table Schemas
with the frictionless framework, a third-party checker. Columns are matched
by name (schema_sync), since a registry may hold only some of them.
Prints one line per file; exits 1 when any file is invalid.
Usage: python3 frictionless_validate.py SCHEMA_DIR CSV...
"""
import pathlib
import sys

from frictionless import Detector, Resource, Schema, system, validate

schemas = pathlib.Path(sys.argv[1])
failed = False
for path in sys.argv[2:]:
    schema = Schema.from_descriptor(str(schemas / (pathlib.Path(path).stem + ".schema.json")))
    # Trusted: the files are given on the command line, wherever they are.
    with system.use_context(trusted=True):
        resource = Resource(path, schema=schema, detector=Detector(schema_sync=True))
        # Every row, however many errors (frictionless stops at 1,000 by default).
        report = validate(resource, limit_errors=10**9)
    rows = report.tasks[0].stats.get("rows") if report.tasks else None
    print(f"{path}: {'valid' if report.valid else 'INVALID'} ({rows} rows)")
    if not report.valid:
        failed = True
        for error in report.flatten(["rowNumber", "fieldName", "type", "note"]):
            print("   ", *error)
sys.exit(1 if failed else 0)
