#!/bin/sh
# Seeds for the workbook and template fuzz targets, made from the examples
# (nothing binary is committed): the school's mentors.csv saved by
# LibreOffice as .xlsx, .ods and .xls (a first byte picks the extension),
# and the built-in report templates.
set -eu
cd "$(dirname "$0")"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p corpus/workbook corpus/template
for ext in xlsx ods xls; do
  soffice --headless --infilter=CSV:44,34,76,1 --convert-to "$ext" --outdir "$tmp" \
    ../examples/school/registry/mentors.csv >/dev/null
done
# The first byte picks: 0 .xlsx, 1 .xlsb, 2 .ods, 3 .xls.
{ printf '\000'; cat "$tmp/mentors.xlsx"; } > corpus/workbook/mentors-xlsx
{ printf '\002'; cat "$tmp/mentors.ods"; } > corpus/workbook/mentors-ods
{ printf '\003'; cat "$tmp/mentors.xls"; } > corpus/workbook/mentors-xls
cp ../src/render/templates/*.j2 corpus/template/
