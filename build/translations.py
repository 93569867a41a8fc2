"""The translation catalogues: `update` extracts every tr()/QT_TR_NOOP() text
from the package into resources/translations/*.ts (keeping translations made),
`release` compiles the .ts files into the .qm catalogues the app loads.

    python build/translations.py update    # after changing user-facing text
    python build/translations.py release   # run by scripts/setup.sh and the bundle build
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "startlan_desktop"
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("nn", "en")  # bokmål is the source language


def tool(name: str) -> str:
    """pyside6-lupdate/-lrelease from the same environment as this Python."""
    local = [p for p in (Path(sys.executable).parent / f"pyside6-{name}{ext}" for ext in ("", ".exe")) if p.exists()]
    found = str(local[0]) if local else shutil.which(f"pyside6-{name}")
    if not found:
        sys.exit(f"pyside6-{name} not found: install PySide6-Essentials")
    return found


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in PACKAGE.rglob("*.py"))


def ts_file(code: str) -> Path:
    return TRANSLATIONS / f"startlan_{code}.ts"


def update(ts_files: list[Path] | None = None, obsolete: bool = False) -> None:
    """Extract into the .ts files (`-no-obsolete` drops texts no longer in the code)."""
    files = ts_files or [ts_file(c) for c in LANGUAGES]
    for ts in files:
        code = ts.stem.rsplit("_", 1)[-1]
        cmd = [tool("lupdate"), *sources(), "-locations", "none", "-source-language", "nb_NO",
               "-target-language", code, *([] if obsolete else ["-no-obsolete"]), "-ts", str(ts)]
        subprocess.run(cmd, check=True, cwd=ROOT, stdout=subprocess.DEVNULL)


def release() -> None:
    for code in LANGUAGES:
        ts = ts_file(code)
        subprocess.run([tool("lrelease"), "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True)


if __name__ == "__main__":
    commands = {"update": update, "release": release}
    if len(sys.argv) != 2 or sys.argv[1] not in commands:
        sys.exit(__doc__)
    commands[sys.argv[1]]()
