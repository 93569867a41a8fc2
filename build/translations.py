"""The translation catalogues: `update` extracts every tr()/QT_TR_NOOP() text
from the package into resources/translations/*.ts (keeping translations made),
`release` compiles the .ts files into the .qm catalogues the app loads.

    python build/translations.py update    # after changing user-facing text
    python build/translations.py release   # run by scripts/setup.sh and the bundle build
    python build/translations.py missing   # the texts still untranslated, as JSON to fill in
    python build/translations.py set F.json  # apply {"source": {"nn": "...", "en": "..."}}

`missing` prints a JSON object in the shape `set` reads (plural texts take a list of
forms), so a new text is: update, missing > f.json, translate f.json, set f.json.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
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


def _unfinished(message: ET.Element) -> bool:
    t = message.find("translation")
    texts = [f.text for f in t.findall("numerusform")] if message.get("numerus") == "yes" else [t.text]
    return t.get("type") is not None or not all((x or "").strip() for x in texts)


def missing() -> None:
    """Print the unfinished texts of every catalogue as {"source": {"nn": "", "en": ""}}."""
    out: dict[str, dict[str, object]] = {}
    for code in LANGUAGES:
        for m in ET.parse(ts_file(code)).iter("message"):
            if _unfinished(m):
                blank: object = ["", ""] if m.get("numerus") == "yes" else ""
                out.setdefault(m.find("source").text, {c: blank for c in LANGUAGES})
    print(json.dumps(out, ensure_ascii=False, indent=1))


def set_translations(path: str) -> None:
    """Write translations from a JSON file (the shape `missing` prints) into the .ts files."""
    wanted = json.loads(Path(path).read_text(encoding="utf-8"))
    for code in LANGUAGES:
        ts = ts_file(code)
        tree = ET.parse(ts)
        for m in tree.iter("message"):
            value = wanted.get(m.find("source").text, {}).get(code)
            if not value:
                continue
            t = m.find("translation")
            t.attrib.pop("type", None)
            if m.get("numerus") == "yes":
                for form, text in zip(t.findall("numerusform"), value, strict=True):
                    form.text = text
            else:
                t.text = value
        body = ET.tostring(tree.getroot(), encoding="unicode")
        ts.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")
    update()  # lupdate rewrites the files in its own layout


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "set":
        set_translations(sys.argv[2])
        sys.exit()
    commands = {"update": update, "release": release, "missing": missing}
    if len(sys.argv) != 2 or sys.argv[1] not in commands:
        sys.exit(__doc__)
    commands[sys.argv[1]]()
