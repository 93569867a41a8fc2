"""The translation catalogues: `update` extracts every tr()/QT_TR_NOOP() text
from the package into resources/translations/*.ts (keeping translations made),
`release` compiles the .ts files into the .qm catalogues the app loads.

    python build/translations.py update    # after changing user-facing text
    python build/translations.py release   # run by scripts/setup.sh and the bundle build
    python build/translations.py missing   # the texts still untranslated, as JSON to fill in
    python build/translations.py set F.json  # apply {"source": {"nn": "...", "en": "..."}}

`missing` prints a JSON object in the shape `set` reads (plural texts take a list of
forms), so a new text is: update, missing > f.json, translate f.json, set f.json.

The applicant's languages (uk, ar, so, ti, pl: resources/translations/
applicant_languages.json) have catalogues for the walk-through and the
take-home page only: `missing` lists the texts those show (found by making
them, build/meeting_texts.py) still untranslated there, `set` adds them, and
`update` drops texts no longer in the code; lupdate never fills them with the
whole window's texts.
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
APPLICANT_LANGUAGES = ("uk", "ar", "so", "ti", "pl")  # the walk-through and the take-home page only


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


def code_texts() -> set[str]:
    """Every source text in the code (lupdate into a scratch file)."""
    import tempfile

    with tempfile.TemporaryDirectory() as d:
        scratch = Path(d) / "startlan_en.ts"
        subprocess.run([tool("lupdate"), *sources(), "-locations", "none", "-ts", str(scratch)],
                       check=True, cwd=ROOT, stdout=subprocess.DEVNULL)
        return {m.find("source").text for m in ET.parse(scratch).iter("message")}


def _write(ts: Path, tree: ET.ElementTree) -> None:
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    ts.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")


def _applicant_tree(code: str) -> ET.ElementTree:
    ts = ts_file(code)
    if ts.exists():
        return ET.parse(ts)
    root = ET.Element("TS", {"version": "2.1", "language": code, "sourcelanguage": "nb_NO"})
    ET.SubElement(ET.SubElement(root, "context"), "name").text = ""
    return ET.ElementTree(root)


def prune_applicant(texts: set[str] | None = None) -> None:
    """Drop from the applicant's catalogues the texts no longer in the code."""
    texts = code_texts() if texts is None else texts
    for code in APPLICANT_LANGUAGES:
        if not ts_file(code).exists():
            continue
        tree = _applicant_tree(code)
        for context in tree.getroot().iter("context"):
            for m in list(context.iter("message")):
                if m.find("source").text not in texts:
                    context.remove(m)
        _write(ts_file(code), tree)


def update(ts_files: list[Path] | None = None, obsolete: bool = False) -> None:
    """Extract into the .ts files (`-no-obsolete` drops texts no longer in the code)."""
    if ts_files is None:
        prune_applicant()
    files = ts_files or [ts_file(c) for c in LANGUAGES]
    for ts in files:
        code = ts.stem.rsplit("_", 1)[-1]
        cmd = [tool("lupdate"), *sources(), "-locations", "none", "-source-language", "nb_NO",
               "-target-language", code, *([] if obsolete else ["-no-obsolete"]), "-ts", str(ts)]
        subprocess.run(cmd, check=True, cwd=ROOT, stdout=subprocess.DEVNULL)


def release() -> None:
    for code in LANGUAGES + tuple(c for c in APPLICANT_LANGUAGES if ts_file(c).exists()):
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
    for code, texts in applicant_missing().items():
        for text in texts:
            out.setdefault(text, {})[code] = ""
    print(json.dumps(out, ensure_ascii=False, indent=1))


def applicant_finished(code: str) -> dict[str, str]:
    """source -> translation of the finished texts in an applicant's catalogue."""
    if not ts_file(code).exists():
        return {}
    return {m.find("source").text: m.find("translation").text for m in ET.parse(ts_file(code)).iter("message")
            if not _unfinished(m)}


def applicant_missing() -> dict[str, list[str]]:
    """code -> the texts the walk-through and the take-home page show, untranslated in it."""
    sys.path.insert(0, str(ROOT / "build"))
    sys.path.insert(0, str(ROOT))
    import meeting_texts

    needed = meeting_texts.needed()
    return {code: sorted(needed - set(applicant_finished(code))) for code in APPLICANT_LANGUAGES}


def set_applicant(wanted: dict) -> None:
    for code in APPLICANT_LANGUAGES:
        tree = _applicant_tree(code)
        context = tree.getroot().find("context")
        have = {m.find("source").text: m for m in context.iter("message")}
        changed = False
        for source, values in wanted.items():
            value = values.get(code)
            if not value:
                continue
            m = have.get(source)
            if m is None:
                m = ET.SubElement(context, "message")
                ET.SubElement(m, "source").text = source
                ET.SubElement(m, "translation")
                have[source] = m
            t = m.find("translation")
            t.attrib.pop("type", None)
            t.text = value
            changed = True
        if changed:
            msgs = sorted(context.findall("message"), key=lambda m: m.find("source").text)
            for m in msgs:
                context.remove(m)
            context.extend(msgs)
            _write(ts_file(code), tree)


def set_translations(path: str) -> None:
    """Write translations from a JSON file (the shape `missing` prints) into the .ts files."""
    wanted = json.loads(Path(path).read_text(encoding="utf-8"))
    set_applicant(wanted)
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
