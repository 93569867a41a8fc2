#!/usr/bin/env bash
# Build the one-folder bundle from a clean checkout: build/dist/startlan-desktop/
#   bash build/bundle.sh            build
#   bash build/bundle.sh --smoke    build, then start it offscreen and render a screenshot, and write PDFs
#                                   with its `startlan` command
#   bash build/bundle.sh --minimal  the baseline: a minimal PySide6 window, PyInstaller defaults
#                                   (build/dist/minimal-pyside6/; benchmarks/run.py --bundle sizes both)
set -euo pipefail
cd "$(dirname "$0")/.."
venv=build/work/venv
# pip never uninstalls: a dependency dropped from pyproject.toml would stay in an old venv and in
# the bundle (PyInstaller collects what is installed and imported, even in a try), so a venv made
# for another pyproject.toml is made afresh
stamp=$(sha256sum pyproject.toml | cut -d' ' -f1)
[ "$(cat "$venv/pyproject.sha256" 2>/dev/null)" = "$stamp" ] || rm -rf "$venv"
[ -x "$venv/bin/python" ] || python3 -m venv "$venv"
"$venv/bin/python" -m pip install -q --upgrade pip >/dev/null
"$venv/bin/python" -m pip install -q . "pyinstaller>=6.10,<7"
echo "$stamp" > "$venv/pyproject.sha256"
if [ "${1:-}" = "--minimal" ]; then
  "$venv/bin/pyinstaller" --noconfirm --clean --log-level WARN --onedir --windowed --name minimal-pyside6 \
    --distpath build/dist --workpath build/work/minimal --specpath build/work/minimal build/minimal_pyside6.py
  echo "bundle: build/dist/minimal-pyside6 ($(du -sh build/dist/minimal-pyside6 | cut -f1))"
  exit 0
fi
"$venv/bin/python" build/translations.py release  # resources/translations/*.qm, bundled with resources/
"$venv/bin/pyinstaller" --noconfirm --clean --log-level WARN \
  --distpath build/dist --workpath build/work/pyinstaller build/startlan.spec
echo "bundle: build/dist/startlan-desktop ($(du -sh build/dist/startlan-desktop | cut -f1))"
if [ "${1:-}" = "--smoke" ]; then
  out=$(mktemp -d)
  # timeout: a crash dialog offscreen would wait for a click that never comes
  QT_QPA_PLATFORM=offscreen STARTLAN_DATA_DIR="$out" timeout 120 \
    build/dist/startlan-desktop/startlan-desktop --screenshot "$out/smoke.png"
  head -c 8 "$out/smoke.png" | od -An -c | grep -q "P   N   G" || { echo "smoke: no PNG"; exit 1; }
  QT_QPA_PLATFORM=offscreen STARTLAN_DATA_DIR="$out" timeout 120 \
    build/dist/startlan-desktop/startlan-desktop --exit-after-startup
  [ -f build/dist/startlan-desktop/_internal/startlan_desktop/resources/translations/startlan_en.qm ] || { echo "smoke: no catalogues"; exit 1; }
  for m in pikepdf lxml numpy numpy_financial pytest; do  # test dependencies only (tests/test_runtime_deps.py)
    [ ! -e "build/dist/startlan-desktop/_internal/$m" ] || { echo "smoke: $m is bundled"; exit 1; }
  done
  # reportlab imports its C accelerator through exec(): a hidden import in the spec (~15 % of a sheet)
  compgen -G "build/dist/startlan-desktop/_internal/_rl_accel*" >/dev/null || { echo "smoke: rl_accel not bundled"; exit 1; }
  # the `startlan` command beside it: the budget sheet and the applicant's page in Arabic and Tigrinya,
  # each PDF/A (reportlab's file and the appended update: two %%EOF), Tigrinya in its Ethiopic font
  cli=build/dist/startlan-desktop/startlan
  STARTLAN_DATA_DIR="$out" timeout 120 "$cli" example > "$out/case.startlan"
  STARTLAN_DATA_DIR="$out" timeout 120 "$cli" pdf "$out/case.startlan" -o "$out/sheet.pdf"
  for lang in ar ti; do
    STARTLAN_DATA_DIR="$out" timeout 120 "$cli" pdf "$out/case.startlan" --applicant --lang $lang -o "$out/$lang.pdf"
  done
  for f in sheet ar ti; do
    [ "$(head -c 5 "$out/$f.pdf")" = "%PDF-" ] && [ "$(grep -ac '%%EOF' "$out/$f.pdf")" = 2 ] || { echo "smoke: $f.pdf is not PDF/A"; exit 1; }
  done
  grep -aq "AbyssinicaSIL" "$out/ti.pdf" || { echo "smoke: Tigrinya without its font"; exit 1; }
  if command -v pdftotext >/dev/null; then  # Arabic shaped: joined letter forms (U+FE70-U+FEFF) in the text
    pdftotext "$out/ar.pdf" "$out/ar.txt"  # a file, not a pipe: grep -q would end it early (pipefail)
    LC_ALL=C.UTF-8 grep -qP '[\x{FE70}-\x{FEFF}]' "$out/ar.txt" || { echo "smoke: Arabic not shaped"; exit 1; }
  fi
  echo "smoke: the bundle starts offscreen and renders $(stat -c %s "$out/smoke.png") bytes of PNG;" \
       "its startlan command writes the budget sheet and the applicant's page in Arabic and Tigrinya as PDF/A"
fi
