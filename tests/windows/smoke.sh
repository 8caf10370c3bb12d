#!/usr/bin/env bash
# The Windows build, run as a curator would run it: the release .exe under
# Wine, in a folder with a Cyrillic name, in Russian (by --lang and by the
# system's locale), with the console in a Russian code page. Each step checks
# the exit code, the files written and that the Russian text is readable.
#
#   tests/windows/smoke.sh target/x86_64-pc-windows-gnu/release/mentor.exe
#
# Needs wine and x86_64-w64-mingw32-gcc (Debian: wine, gcc-mingw-w64-x86-64).
set -euo pipefail

exe=$(realpath "$1")
repo=$(realpath "$(dirname "$0")/../..")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Rust's std imports ProcessPrng from bcryptprimitives.dll, which Wine 8
# lacks: a shim beside the .exe, for this test only (never shipped).
cp "$exe" "$work/mentor.exe"
x86_64-w64-mingw32-gcc -O2 -shared -o "$work/bcryptprimitives.dll" \
  "$repo/tests/windows/bcryptprimitives.c" -ladvapi32

export WINEPREFIX="$work/prefix" WINEDEBUG=fixme-all WINEDLLOVERRIDES="mscoree,mshtml="
# A Russian Windows: ANSI code page 1251, console (OEM) code page 866.
export LANG=ru_RU.UTF-8 LC_ALL=ru_RU.UTF-8
unset MENTOR_LANG
wineboot --init >/dev/null 2>&1 || true

failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

# run NAME EXPECTED_CODE ARGS…: runs mentor.exe in the current folder;
# its output in $work/NAME.out and .err.
run() {
  local name=$1 expected=$2 code=0
  shift 2
  wine "$work/mentor.exe" "$@" >"$work/$name.out" 2>"$work/$name.err" || code=$?
  # Wine's own complaints (a missing 32-bit Wine) are not the program's.
  grep -v -e 'wine32 is missing' -e 'multiarch needs' -e 'dpkg --add-architecture' \
    -e 'apt-get install wine32' "$work/$name.err" >"$work/$name.err.own" || true
  if [ "$code" -ne "$expected" ]; then
    fail "$name: exit $code, expected $expected"
    sed 's/^/    /' "$work/$name.out" "$work/$name.err.own" | head -20
  fi
  if grep -qiE 'page fault|unhandled exception|panicked' "$work/$name.err.own"; then
    fail "$name: crashed after or during its run"
    head -5 "$work/$name.err.own"
  fi
  if grep -q $'\xef\xbf\xbd' "$work/$name.out" "$work/$name.err"; then
    fail "$name: a replacement character (mojibake) in its output"
  fi
}

# expect NAME FILE TEXT: FILE (.out, .err or a path) contains TEXT.
expect() {
  local file=$2
  [ -f "$file" ] || file="$work/$1.$2"
  if ! grep -qF -- "$3" "$file"; then
    fail "$1: «$3» not in $2"
    head -5 "$file" | sed 's/^/    /'
  fi
}

cd "$work"
mkdir "Школа №5"
cd "Школа №5"

echo "-- init, in Russian by --lang, into a folder named in Cyrillic"
run init 0 --lang ru init "Программа 2026"
expect init out "создана папка программы"
[ -f "Программа 2026/mentor.yaml" ] || fail "init: no mentor.yaml"

echo "-- check of the new folder, in Russian by the system's locale alone"
(cd "Программа 2026" && run check-new 0 check)
expect check-new out "проверено 7 файлов: 0 ошибок"

echo "-- check of the example school, under the console's code page 866"
cp -r "$repo/examples/school" "пример"
cd "пример"
code=0
wine cmd /c "chcp 866 >nul & $(winepath -w "$work/mentor.exe" 2>/dev/null) check" \
  >"$work/check-866.out" 2>/dev/null || code=$?
[ "$code" -eq 0 ] || fail "check under chcp 866: exit $code"
expect check-866 out "проверено 7 файлов: 0 ошибок"

echo "-- roadmap import of a .docx"
cp "$repo/tests/fixtures/import/mozhga-school-4.docx" "карта из Word.docx"
run import 0 --lang ru roadmap import "карта из Word.docx" -o "импорт.yaml"
expect import err "записан файл импорт.yaml"
expect import "импорт.yaml" "stage: 1"
expect import "импорт.yaml" "Этап"

echo "-- roadmap plan --ics"
run plan 0 --lang ru roadmap plan --ics "план.ics"
expect plan out "Этап"
expect plan err "записан файл план.ics"
expect plan "план.ics" "BEGIN:VCALENDAR"

echo "-- pair suggest"
run pairs 0 --lang ru pair suggest
expect pairs out "Наставник"
expect pairs out "учитель – ученик"

echo "-- report --format html"
run report 0 --lang ru report --format html -o "отчёт.html"
expect report "отчёт.html" "<html"
expect report "отчёт.html" "Дорожная карта"

echo "-- a mistake is told in Russian, with its place"
printf 'title: Карта\nsections:\n\t- title: Этап 1\n' > "roadmap.yaml"
run mistake 1 --lang ru roadmap check roadmap.yaml
expect mistake out "табуляция в отступе"
expect mistake out "roadmap.yaml:3:1"

if [ "$failures" -gt 0 ]; then
  echo "Windows smoke test: $failures failure(s)"
  exit 1
fi
echo "Windows smoke test: every step passed"
