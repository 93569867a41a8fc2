"""Case files (`.startlan`): versioned UTF-8 JSON holding the whole case.

Loading is strict: wrong types, unknown or duplicate fields, foreign or newer
files are refused with a message that says what is wrong; at most 5 MB is read,
from a regular file only. Saving is atomic: a temporary file in the same folder
(the folder of a symlink's target), flushed and fsynced, then renamed over the
target with the target's permissions, the previous version kept as `<name>.bak`.
"""

from __future__ import annotations

import dataclasses
import errno
import functools
import hashlib
import json
import math
import os
import re
import stat
import tempfile
import types
import typing
from pathlib import Path

from .. import __version__
from .data import snapshot
from .datacheck import check_snapshot
from .errors import CaseFileError, ValidationError, file_version
from .i18n import QT_TR_NOOP, tr
from .model import EXPLANATION_TOPICS, Case
from .record import record
from .validation import validate_case

FORMAT = "startlan-case"
VERSION = 6  # 2: usual terms, explanation record, split loans; 3: purchase costs; 4: follow-up; 5: data snapshot;
# 6: start and end dates on incomes and other fixed costs (see MIGRATIONS)
MAX_BYTES = 5 * 1024 * 1024
SUFFIX = ".startlan"
TOP_KEYS = {"format", "version", "app", "case"}  # what a case file may hold at its top level
EXTRA_TOP_KEYS = {"recovery"}  # recovery files add their own record (core/recovery.py)
MAX_ITEMS = 1000  # no list in a case comes near; validation has the real bounds
MAX_INT = 10**18  # larger integers cannot be a figure in a case (and overflow a float)
MAX_DEPTH = 40  # the deepest a real case nests is about 6


_SURROGATE = re.compile("[\ud800-\udfff]")


def clean_text(text: str) -> str:
    """Text as it may be stored: lone surrogates (a bad paste) become U+FFFD,
    so the case can always be written as UTF-8."""
    return _SURROGATE.sub("\ufffd", text) if _has_surrogate(text) else text


def _has_surrogate(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def _clean(obj):
    """A JSON-ready structure with every string cleaned (see clean_text)."""
    if isinstance(obj, str):
        return clean_text(obj)
    if isinstance(obj, dict):
        return {clean_text(k): _clean(v) for k, v in obj.items()}
    if isinstance(obj, list):
        return [_clean(v) for v in obj]
    return obj


def to_dict(case: Case) -> dict:
    body = dataclasses.asdict(case)
    if body.get("data_snapshot") is None:  # a file always says which data its figures rest on
        body["data_snapshot"] = snapshot()
    return {"format": FORMAT, "version": VERSION, "app": f"startlan-desktop {__version__}", "case": body}


def dumps(case: Case) -> str:
    return json.dumps(_clean(to_dict(case)), ensure_ascii=False, indent=1) + "\n"


def _type_name(tp) -> str:
    names = {int: tr("et heltall"), float: tr("et tall"), str: tr("tekst"), bool: tr("sann/usann")}
    return names.get(tp) or tr("en verdi av riktig type")


def _convert(tp, value, path: str):
    """Convert a JSON value to the annotated type, or raise CaseFileError."""
    return _converter(tp)(value, path)


@functools.cache
def _converter(tp):
    """A function (value, path) -> value for the annotated type `tp`, built once
    per type: inspecting the annotation for every value loaded was most of the
    load time (issue 23)."""
    if tp is typing.Any:  # the data snapshot: plain JSON, checked by datapack.check_snapshot
        return lambda value, path: value
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        args = typing.get_args(tp)
        inner = _converter([a for a in args if a is not type(None)][0])
        if type(None) not in args:
            return inner
        return lambda value, path: None if value is None else inner(value, path)
    if dataclasses.is_dataclass(tp):
        return lambda value, path: _dataclass(tp, value, path)
    if origin is list:
        (item_type,) = typing.get_args(tp)
        item = _converter(item_type)

        def to_list(value, path):
            if not isinstance(value, list):
                raise CaseFileError(tr("«{path}» skal være en liste.").format(path=path))
            if len(value) > MAX_ITEMS:
                raise CaseFileError(tr("«{path}» har for mange linjer (over {n}).").format(path=path, n=MAX_ITEMS))
            if path is None:
                return [item(v, None) for v in value]
            return [item(v, f"{path}[{i}]") for i, v in enumerate(value)]
        return to_list
    if origin is dict:
        vt = _converter(typing.get_args(tp)[1])

        def to_dict(value, path):
            if not isinstance(value, dict):
                raise CaseFileError(tr("«{path}» skal være en tabell.").format(path=path))
            if path is None:
                return {str(k): vt(v, None) for k, v in value.items()}
            return {str(k): vt(v, f"{path}.{k}") for k, v in value.items()}
        return to_dict
    scalar = _SCALARS.get(tp)
    if scalar is None:
        raise CaseFileError(tr("«{path}»: ukjent felttype.").format(path=str(tp)))  # pragma: no cover
    return scalar


def _wrong(value, path: str, tp) -> CaseFileError:
    if isinstance(value, int) and not isinstance(value, bool) and abs(value) > MAX_INT:
        return CaseFileError(tr("«{path}» er et altfor stort tall.").format(path=path))
    return CaseFileError(tr("«{path}» skal være {kind}.").format(path=path, kind=_type_name(tp)))


def _to_bool(value, path):
    if not isinstance(value, bool):
        raise _wrong(value, path, bool)
    return value


def _to_int(value, path):
    if type(value) is int and abs(value) <= MAX_INT:
        return value
    if type(value) is float and math.isfinite(value) and value == int(value):
        return int(value)
    raise _wrong(value, path, int)  # bool, text, a fraction, or an int too big for a figure


def _to_float(value, path):
    if type(value) is float and math.isfinite(value):
        return value
    if type(value) is int and abs(value) <= MAX_INT:
        return float(value)
    raise _wrong(value, path, float)


def _to_str(value, path):
    if not isinstance(value, str):
        raise _wrong(value, path, str)
    return clean_text(value)


_SCALARS = {bool: _to_bool, int: _to_int, float: _to_float, str: _to_str}


@functools.cache
def _fields(cls) -> tuple[dict, frozenset]:
    """(converter per field, field names) of a dataclass, resolved once per
    class: typing.get_type_hints costs ~0.2 ms, and a file holds ~20 objects."""
    hints = typing.get_type_hints(cls)
    names = frozenset(f.name for f in dataclasses.fields(cls))
    return {k: _converter(hints[k]) for k in names}, names


def _dataclass(cls, value, path: str | None):
    if not isinstance(value, dict):
        raise CaseFileError(tr("«{path}» skal være en tabell.").format(path=path))
    convert, names = _fields(cls)
    if not names.issuperset(value):
        unknown = sorted(set(value) - names)
        raise CaseFileError(tr("Ukjent felt «{path}.{value}» i saksfilen.").format(path=path, value=unknown[0]))
    if path is None:  # see _convert_case
        return cls(**{k: convert[k](v, None) for k, v in value.items()})
    return cls(**{k: convert[k](v, f"{path}.{k}") for k, v in value.items()})


def _convert_case(body) -> Case:
    """The case from its JSON body. First by the compiled converters (a file
    as this program writes it, every field present); then without the field
    paths (building a path string for every value was a quarter of a load,
    issue 23); only when that fails is the conversion repeated with paths, for
    the message that names the field. The passes differ in speed and in the
    message, never in the case they give."""
    try:
        return _compiled(Case)(body)
    except CaseFileError:
        pass
    try:
        return _dataclass(Case, body, None)
    except CaseFileError:
        return _dataclass(Case, body, "case")


class _NotAsWritten(CaseFileError):
    """A table the compiled converter does not take (a field missing, one too
    many, not a table): the general converter decides."""


def _fast_value(tp, v: str, names: dict) -> str:
    """A Python expression converting the JSON value in variable `v` to `tp`,
    as _converter(tp) does, for the common case inline; anything unusual goes
    to _converter(tp) itself (which converts it or raises). `names` collects
    the objects the expression refers to."""
    if tp is typing.Any:
        return v
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        args = typing.get_args(tp)
        inner = _fast_value([a for a in args if a is not type(None)][0], v, names)
        return inner if type(None) not in args else f"(None if {v} is None else {inner})"
    key = f"g{len(names)}"
    names[key] = _converter(tp)
    general = f"{key}({v}, None)"
    if isinstance(tp, type) and dataclasses.is_dataclass(tp):
        names[key] = _compiled(tp)
        return f"{key}({v})"
    if origin is list and dataclasses.is_dataclass(typing.get_args(tp)[0]):
        item = f"c{len(names)}"
        names[item] = _compiled(typing.get_args(tp)[0])
        return f"([{item}(x) for x in {v}] if type({v}) is list and len({v}) <= {MAX_ITEMS} else {general})"
    if tp is str:  # an ASCII string holds no surrogate: clean_text would give it back as it is
        return f"({v} if type({v}) is str and {v}.isascii() else {general})"
    if tp is float:  # v - v is 0.0 for a finite float only
        return f"({v} if type({v}) is float and {v} - {v} == 0.0 else {general})"
    if tp is int:
        return f"({v} if type({v}) is int and {-MAX_INT} <= {v} <= {MAX_INT} else {general})"
    if tp is bool:
        return f"({v} if {v} is True or {v} is False else {general})"
    return general


@functools.cache
def _compiled(cls):
    """A function table -> instance of dataclass `cls` for a table holding every
    field (as this program writes it): one compiled function per class with
    each field's check inline, instead of a call per value (a third of a scan,
    issue 23). It gives what _dataclass(cls, table, None) gives, or raises
    CaseFileError (then the general converter runs and names the field)."""
    hints = typing.get_type_hints(cls)
    fields = [f.name for f in dataclasses.fields(cls)]
    names: dict = {"cls": cls, "NAMES": frozenset(fields), "Miss": _NotAsWritten}
    lines = ["def convert(d):",
             "    if type(d) is not dict or d.keys() != NAMES:",
             "        raise Miss('')"]
    args = []
    for i, name in enumerate(fields):
        lines.append(f"    v{i} = d[{name!r}]")
        args.append(f"{name}={_fast_value(hints[name], f'v{i}', names)}")
    lines.append(f"    return cls({', '.join(args)})")
    exec("\n".join(lines), names)  # noqa: S102 (source built above from the dataclass's own fields)
    return names["convert"]


def _v1_to_v2(case: dict) -> dict:
    """Version 1 had no explanation record and no usual terms: a file from then
    was assessed before the record existed, so every topic starts unticked, and
    the municipality's usual terms start at the shipped defaults."""
    case = dict(case)
    case.setdefault("explanations", [{"topic": t, "explained": False, "date": ""} for t in EXPLANATION_TOPICS])
    case.setdefault("usual_terms", {"max_term_years": 30, "repayment": "annuity", "rate_type": "",
                                    "max_interest_only_years": 0})
    return case


def _v2_to_v3(case: dict) -> dict:
    """Version 3 adds ownership and purchase costs to the housing section. A
    version-2 case had none, so: freehold, no registration or other costs, and
    the document fee at the statutory 2.5 %."""
    case = dict(case)
    housing = dict(case.get("housing") or {})
    housing.setdefault("ownership", "freehold")
    housing.setdefault("document_fee_pct", 2.5)
    housing.setdefault("registration_fees", 0.0)
    housing.setdefault("other_purchase_costs", 0.0)
    case["housing"] = housing
    return case


def _v3_to_v4(case: dict) -> dict:
    """Version 4 adds follow-up of an existing loan; older cases have none."""
    case = dict(case)
    case.setdefault("existing", None)
    case.setdefault("reliefs", [])
    return case


def _v4_to_v5(case: dict) -> dict:
    """Version 5 records the data a case is assessed with. An older case has no
    record: it is computed with the data in force until it is saved again."""
    case = dict(case)
    case.setdefault("data_snapshot", None)
    return case


def _v5_to_v6(case: dict) -> dict:
    """Version 6 lets an income or another fixed cost start or end on a date
    (core/timeline.py). An older line has no dates: it runs from now on, as
    it was assessed."""
    case = dict(case)
    for key in ("incomes", "debts"):
        lines = case.get(key)
        if isinstance(lines, list):
            case[key] = [{"start": "", "end": "", **line} if isinstance(line, dict) else line for line in lines]
    return case


# version -> function that lifts a case dict to version + 1
MIGRATIONS = {1: _v1_to_v2, 2: _v2_to_v3, 3: _v3_to_v4, 4: _v4_to_v5, 5: _v5_to_v6}


def from_dict(doc, extra_keys: frozenset[str] | set[str] = frozenset()) -> Case:
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise CaseFileError(tr("Filen er ikke en saksfil fra Startlån Desktop."))
    unknown = sorted(set(doc) - TOP_KEYS - set(extra_keys))
    if unknown:
        raise CaseFileError(tr("Ukjent felt «{value}» i saksfilen.").format(value=unknown[0]))
    version = file_version(doc, VERSION, CaseFileError, tr("Saksfilen mangler gyldig versjonsnummer."),
                           tr("Saksfilen er laget av en nyere versjon av programmet (filversjon {version}). "
                              "Oppdater Startlån Desktop for å åpne den."))
    if "case" not in doc:
        raise CaseFileError(tr("Saksfilen mangler innholdet «case»."))
    body = doc["case"]
    if not isinstance(body, dict):
        raise CaseFileError(tr("«case» skal være en tabell."))
    for v in range(version, VERSION):
        body = MIGRATIONS[v](body)
    case = _convert_case(body)
    if case.data_snapshot is not None:
        case.data_snapshot = check_snapshot(case.data_snapshot)
    return case


def _no_constant(name: str):
    """JSON has no NaN or Infinity; Python's parser would accept them."""
    raise CaseFileError(tr("Filen inneholder «{name}», som ikke er et gyldig tall.").format(name=name))


def _no_duplicates(pairs: list) -> dict:
    """A key twice in one table is refused: silently keeping the last would hide
    a hand edit or a damaged file."""
    out = dict(pairs)
    if len(out) != len(pairs):  # rare: only then look for the key (a loop per pair was 10 % of a load)
        seen = set()
        for k, _ in pairs:
            if k in seen:
                raise CaseFileError(tr("Feltet «{field}» står to ganger i saksfilen.").format(field=k))
            seen.add(k)
    return out


# Everything but the brackets and the quotes, deleted in C before the depth is counted.
_NOT_STRUCTURE = bytes(c for c in range(256) if c not in b'[]{}"')
_STRING = re.compile(rb'"[^"]*(?:"|$)')  # in text holding only brackets and quotes


def _depth_ok(text: str, limit: int = MAX_DEPTH) -> bool:
    """Refuse absurd nesting before the parser recurses into it.

    Counts brackets outside strings. A character loop over the text was a third
    of a file's load time (issue 23), so the text is first reduced in C to its
    brackets and quotes: escaped backslashes and escaped quotes are dropped
    (they only occur inside strings in JSON), then the strings, then the
    running depth is taken over the few brackets left."""
    raw = text.encode("utf-8", "surrogatepass")
    if raw.count(b"[") + raw.count(b"{") <= limit:
        return True
    if b"\\" in raw:
        raw = raw.replace(b"\\\\", b"").replace(b'\\"', b"")
    brackets = _STRING.sub(b"", raw.translate(None, _NOT_STRUCTURE))
    depth = 0
    for ch in brackets:
        if ch in b"[{":
            depth += 1
            if depth > limit:
                return False
        else:
            depth -= 1
    return True


def parse(text: str, max_depth: int = MAX_DEPTH):
    """The JSON document of a case or recovery file, or CaseFileError."""
    if text.startswith("\ufeff"):  # a BOM, as some Windows editors write
        text = text[1:]
    if not _depth_ok(text, max_depth):
        raise CaseFileError(tr("Filen er nøstet for dypt til å være en saksfil."))
    try:
        return json.loads(text, parse_constant=_no_constant, object_pairs_hook=_no_duplicates)
    except json.JSONDecodeError as exc:
        raise CaseFileError(tr("Filen er ikke gyldig JSON (linje {line}): den kan være skadet eller avkortet.").format(
            line=exc.lineno)) from None
    except CaseFileError:
        raise
    except (RecursionError, ValueError):  # e.g. an integer of thousands of digits
        raise CaseFileError(tr("Filen inneholder et tall eller en verdi som ikke kan leses.")) from None


def loads(text: str, extra_keys: frozenset[str] | set[str] = frozenset()) -> Case:
    return from_dict(parse(text), extra_keys)


def read_bytes(path: str | os.PathLike) -> bytes:
    """At most MAX_BYTES from a regular file (a FIFO, a device or a link to
    /dev/zero is refused without blocking)."""
    p = Path(path)
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(p, flags)
    except FileNotFoundError:
        raise CaseFileError(tr("Finner ikke filen {file}.").format(file=p.name)) from None
    except IsADirectoryError:
        raise CaseFileError(tr("{file} er en mappe, ikke en saksfil.").format(file=p.name)) from None
    except PermissionError:
        raise CaseFileError(tr("Mangler tilgang til å lese {file}.").format(file=p.name)) from None
    except OSError as exc:
        raise CaseFileError(tr("Kunne ikke lese {file}: {error}.").format(file=p.name, error=os_error(exc))) from None
    try:
        st = os.fstat(fd)
        if stat.S_ISDIR(st.st_mode):
            raise CaseFileError(tr("{file} er en mappe, ikke en saksfil.").format(file=p.name))
        if not stat.S_ISREG(st.st_mode):
            raise CaseFileError(tr("{file} er ikke en vanlig fil.").format(file=p.name))
        if st.st_size > MAX_BYTES:
            raise CaseFileError(tr("Filen er for stor til å være en saksfil (over 5 MB)."))
        chunks, total = [], 0
        size = st.st_size + 1  # the whole file in one read (and one byte more, to see a file that grew)
        while total <= MAX_BYTES:
            # a buffer of the file's size: one of 1 MB for every 47 KB file was a third of the read (issue 23)
            chunk = os.read(fd, min(size, MAX_BYTES + 1 - total))
            size = 1 << 20
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
        if total > MAX_BYTES:  # grew while being read
            raise CaseFileError(tr("Filen er for stor til å være en saksfil (over 5 MB)."))
        return b"".join(chunks)
    except OSError as exc:
        raise CaseFileError(tr("Kunne ikke lese {file}: {error}.").format(file=p.name, error=os_error(exc))) from None
    finally:
        os.close(fd)


def prefetch(paths) -> None:
    """Ask the system to start reading these files now, before they are read
    one by one (a folder's scan): on a disk where they are not in memory yet,
    the reads then overlap the work instead of each waiting its turn (a cold
    file took 0.8 ms to read, issue 23). Only a hint: nothing happens where the
    system has none (Windows), and a path that cannot be opened is left to the
    read that follows, which says why."""
    advise = getattr(os, "posix_fadvise", None)
    if advise is None:  # pragma: no cover (not on Linux or macOS)
        return
    for p in paths:
        try:
            fd = os.open(p, os.O_RDONLY | os.O_NONBLOCK)  # O_NONBLOCK: a FIFO does not block the open
        except OSError:
            continue
        try:
            if stat.S_ISREG(os.fstat(fd).st_mode):
                advise(fd, 0, 0, os.POSIX_FADV_WILLNEED)
        except OSError:
            pass
        finally:
            os.close(fd)


def decode(raw: bytes) -> str:
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        raise CaseFileError(tr("Filen er ikke en tekstfil i UTF-8: den er ikke en saksfil.")) from None


def load(path: str | os.PathLike, validate: bool = True) -> Case:
    """Read a case file. Raises CaseFileError with a message for the user,
    also for values out of range (the same validation as the UI and the CLI)."""
    return load_bytes(read_bytes(path), validate)


def load_bytes(raw: bytes, validate: bool = True, extra_keys: frozenset[str] | set[str] = frozenset()) -> Case:
    """A case from the bytes of a file (see load)."""
    case = loads(decode(raw), extra_keys)
    if validate:
        try:
            validate_case(case)
        except ValidationError as exc:
            raise invalid_value(exc) from None
    return case


_SNAPSHOT_KEY = b'"data_snapshot":'
_WHITESPACE = b" \t\n\r"  # JSON's


class ScanLoader:
    """Many case files loaded for a list over a folder (the expiry list): each
    as `load(path, validate=False)` gives it, but a data snapshot met before is
    neither decoded, parsed nor checked again.

    Files saved with the same data carry byte-identical snapshots, nine tenths
    of a file, and parsing and checking them was most of the scan (issue 23).
    The fast path takes a file only as this program writes it: the snapshot
    the last field of ``case``, ``case`` the last field of the file. The
    file's bytes are split at the snapshot; the rest is decoded and parsed
    strictly with ``null`` in the snapshot's place, and the snapshot's bytes
    are compared with those met before (on a miss decoded, parsed two levels
    shallower than a file may nest, and checked). Whatever does not fit, or
    fails, goes to the full loader, so every error message is the full
    loader's own.

    The cases share the snapshot objects: read them, never change them."""

    def __init__(self, size: int = 64):
        self._snapshots: dict[bytes, dict | None] = {}
        self._last: tuple[bytes, dict | None] | None = None  # the snapshot of the last file: most often the next's
        self._size = size

    def load(self, path: str | os.PathLike) -> Case:
        raw = read_bytes(path)
        case = self._fast(raw)
        return case if case is not None else load_bytes(raw, validate=False)

    def _fast(self, raw: bytes) -> Case | None:
        split = _split_snapshot(raw)
        if split is None:
            return None
        start, end = split
        try:
            # the split is at ASCII bytes, so the file is UTF-8 exactly when both parts are
            doc = parse(decode(raw[:start] + b" null" + raw[end:]))
            if not _snapshot_is_last(doc):
                return None
            snapshot = self._snapshot(raw, start, end)
            case = from_dict(doc)
        except CaseFileError:
            return None
        case.data_snapshot = snapshot
        return case

    def _snapshot(self, raw: bytes, start: int, end: int) -> dict | None:
        last = self._last
        if last is not None and len(last[0]) == end - start and raw.startswith(last[0], start):
            return last[1]  # compared in place: no copy, no hash of 40 KB
        key = raw[start:end]
        if key in self._snapshots:
            value = self._snapshots[key]
        else:
            value = parse(decode(key), MAX_DEPTH - 2)  # it sits inside the file and inside "case"
            if value is not None:
                value = check_snapshot(value)
            if len(self._snapshots) >= self._size:
                self._snapshots.pop(next(iter(self._snapshots)))
            self._snapshots[key] = value
        self._last = key, value
        return value


def _split_snapshot(raw: bytes) -> tuple[int, int] | None:
    """(start, end) of the data snapshot's value in the file's bytes, when the
    file ends with the snapshot and two closing braces; else None. The key is
    looked for from the start: a file as written has it once, after a tenth
    of the file. (Any other occurrence gives a split whose parts do not parse
    as the fast path requires: then the full loader reads the file.)"""
    i = raw.find(_SNAPSHOT_KEY)
    if i < 0:
        return None
    start = i + len(_SNAPSHOT_KEY)
    end = len(raw)
    for _ in range(2):  # the ends of "case" and of the file
        end = _before_space(raw, end)
        if end <= start or raw[end - 1] != 0x7D:  # "}"
            return None
        end -= 1
    return start, _before_space(raw, end)


def _before_space(raw: bytes, end: int) -> int:
    while end and raw[end - 1] in _WHITESPACE:
        end -= 1
    return end


def _snapshot_is_last(doc) -> bool:
    """The ``null`` put in is the value of the last field of ``case``, the last
    field of the file, and that field is the snapshot: then the snapshot's text
    is exactly the value the full parse would give ``case.data_snapshot``."""
    if not isinstance(doc, dict) or next(reversed(doc), None) != "case":
        return False
    body = doc["case"]
    return isinstance(body, dict) and next(reversed(body), None) == "data_snapshot" and body["data_snapshot"] is None


def invalid_value(exc) -> CaseFileError:
    """The error for a file whose values are out of range (a ValidationError)."""
    return CaseFileError(tr("Saksfilen har en ugyldig verdi: {message} ({field})").format(
        message=exc.message, field=exc.field))


def target(path: str | os.PathLike) -> Path:
    """The file a save really writes: through symlinks to their target, so a
    link on the desktop stays a link."""
    return Path(os.path.realpath(path))


def atomic_write(path: str | os.PathLike, data: bytes, backup: bool = True) -> None:
    """Write bytes so that the target is either the old or the new file, never
    half of one. With `backup`, the old file is first copied to `<name>.bak`.
    A new file is readable by its owner only (0600); an existing one keeps its
    permissions."""
    p = target(path)
    try:
        mode = stat.S_IMODE(p.stat().st_mode)
    except FileNotFoundError:
        mode = None
    if backup and mode is not None:
        bak = p.with_name(p.name + ".bak")
        atomic_write(bak, p.read_bytes(), backup=False)
        _chmod(bak, mode)
    fd, tmp = tempfile.mkstemp(prefix=f".{p.name}.", suffix=".tmp", dir=p.parent)  # 0600
    try:
        with os.fdopen(fd, "wb") as fh:
            if mode is not None:
                _chmod(tmp, mode)
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, p)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise
    _fsync_dir(p.parent)


def _chmod(path, mode: int) -> None:
    try:
        os.chmod(path, mode | stat.S_IWUSR)  # a read-only file the caseworker chose to overwrite
    except OSError:
        pass


def read_only(path: str | os.PathLike) -> bool:
    """True when the file exists and its permissions forbid writing it (a save
    would still replace it, since the folder is writable: ask first)."""
    p = target(path)
    return p.exists() and not os.access(p, os.W_OK)


OS_ERRORS = {
    "EACCES": QT_TR_NOOP("mangler tilgang"), "EPERM": QT_TR_NOOP("mangler tilgang"),
    "ENOSPC": QT_TR_NOOP("disken er full"), "EDQUOT": QT_TR_NOOP("diskkvoten er brukt opp"),
    "EROFS": QT_TR_NOOP("disken er skrivebeskyttet"), "ENOENT": QT_TR_NOOP("filen eller mappen finnes ikke"),
    "ENOTDIR": QT_TR_NOOP("en del av stien er ikke en mappe"), "EISDIR": QT_TR_NOOP("det er en mappe"),
    "ENAMETOOLONG": QT_TR_NOOP("filnavnet er for langt"), "EIO": QT_TR_NOOP("lese- eller skrivefeil på disken"),
    "EBUSY": QT_TR_NOOP("filen er i bruk"), "ETXTBSY": QT_TR_NOOP("filen er i bruk"),
    "EEXIST": QT_TR_NOOP("filen finnes fra før"), "EMFILE": QT_TR_NOOP("for mange åpne filer"),
    "EXDEV": QT_TR_NOOP("kan ikke flytte mellom disker"), "ETIMEDOUT": QT_TR_NOOP("nettverksdisken svarer ikke"),
    "EHOSTDOWN": QT_TR_NOOP("nettverksdisken svarer ikke"), "ESTALE": QT_TR_NOOP("nettverksdisken svarer ikke"),
}


def os_error(exc: OSError) -> str:
    """An operating-system error in the user's language (the system's own text,
    which is English, only for the rare ones)."""
    name = errno.errorcode.get(exc.errno or -1, "")
    if name in OS_ERRORS:
        return tr(OS_ERRORS[name])
    return exc.strerror or str(exc)


@record(frozen=True)
class Stamp:
    """A file's identity and content as last loaded or saved: a save over the
    file is safe only while the file on disk still has this stamp."""
    path: str  # absolute, symlinks resolved
    device: int
    inode: int
    size: int
    mtime_ns: int
    sha256: str

    def to_dict(self) -> dict:
        return dataclasses.asdict(self)

    @classmethod
    def from_dict(cls, d) -> Stamp | None:
        try:
            return cls(str(d["path"]), int(d["device"]), int(d["inode"]), int(d["size"]), int(d["mtime_ns"]),
                       str(d["sha256"]))
        except (KeyError, TypeError, ValueError):
            return None


def stamp(path: str | os.PathLike, raw: bytes | None = None) -> Stamp | None:
    """The file's stamp now (None when it is gone). `raw`: its bytes, when the
    caller has just read or written them."""
    p = target(path)
    try:
        st = p.stat()
        if raw is None:
            raw = read_bytes(p)
    except (OSError, CaseFileError):
        return None
    return Stamp(str(p), st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns, hashlib.sha256(raw).hexdigest())


def same_file(old: Stamp | None, path: str | os.PathLike) -> bool:
    """True when the file at `path` is still the one `old` describes: the same
    file (or a copy of it written by a save elsewhere) with the same content."""
    now = stamp(path)
    if old is None or now is None:
        return old is None and now is None
    return now.path == old.path and now.sha256 == old.sha256


def _fsync_dir(folder: Path) -> None:
    """Make a rename durable where the platform allows it (not on Windows)."""
    try:
        dfd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(dfd)
    except OSError:
        pass
    finally:
        os.close(dfd)


def save(case: Case, path: str | os.PathLike) -> Stamp | None:
    """Validate-free structural save (the UI validates before it gets here).
    Returns the stamp of the file written."""
    if case.data_snapshot is None:  # from now on the case keeps the data it was saved with
        case.data_snapshot = snapshot()
    raw = dumps(case).encode("utf-8")
    try:
        atomic_write(path, raw)
    except OSError as exc:
        raise CaseFileError(tr("Kunne ikke lagre saken: {error}.").format(error=os_error(exc))) from None
    return stamp(path, raw)
