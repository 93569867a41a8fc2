#!/usr/bin/env bash
# Set up Startlån Desktop on Debian/Ubuntu with Python 3.11+:
#   bash scripts/setup.sh        the app (Qt's libraries for a real window)
#   bash scripts/setup.sh test   the tests (Qt offscreen, pdftoppm) and test tools
# Creates .venv in the project folder. Never downloads anything at run time.
set -euo pipefail
cd "$(dirname "$0")/.."
mode="${1:-app}"

SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"

qt_offscreen="libglib2.0-0 libegl1 libgl1 libx11-6 libdbus-1-3 libfontconfig1 libxkbcommon0 fonts-dejavu-core"
qt_window="libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-render-util0 libxcb-shape0 libxkbcommon-x11-0"
pkgs="$qt_offscreen"
if [ "$mode" = "test" ]; then pkgs="$pkgs poppler-utils"; else pkgs="$pkgs $qt_window"; fi

missing=""
for p in $pkgs; do dpkg -s "$p" >/dev/null 2>&1 || missing="$missing $p"; done
python3 -m venv --help >/dev/null 2>&1 && python3 -c "import ensurepip" 2>/dev/null || missing="$missing python3-venv"
if [ -n "$missing" ] && command -v apt-get >/dev/null; then
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends $missing >/dev/null
fi

[ -x .venv/bin/python ] || python3 -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip >/dev/null
if [ "$mode" = "test" ]; then
  .venv/bin/python -m pip install -q -e '.[test]'
else
  .venv/bin/python -m pip install -q -e .
fi
.venv/bin/python build/translations.py release  # the nynorsk and English catalogues (.qm) from the .ts sources
echo "Startlån Desktop is set up in .venv ($mode)."
