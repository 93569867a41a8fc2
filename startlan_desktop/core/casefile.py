"""Case files (`.startlan`): versioned UTF-8 JSON holding the whole case.

Loading is strict: wrong types, unknown fields, foreign or newer files are
refused with a message that says what is wrong. Saving is atomic: a temporary
file in the same folder, flushed and fsynced, then renamed over the target,
with the previous version kept as `<name>.bak`.
"""

from __future__ import annotations

import dataclasses
import functools
import json
import math
import os
import tempfile
import types
import typing
from pathlib import Path

from .. import __version__
from .errors import CaseFileError
from .i18n import tr
from .model import Case

FORMAT = "startlan-case"
VERSION = 4  # 2: usual terms, explanation record, split loans; 3: purchase costs; 4: follow-up (see MIGRATIONS)
MAX_BYTES = 5 * 1024 * 1024
SUFFIX = ".startlan"


def to_dict(case: Case) -> dict:
    return {"format": FORMAT, "version": VERSION, "app": f"startlan-desktop {__version__}",
            "case": dataclasses.asdict(case)}


def dumps(case: Case) -> str:
    return json.dumps(to_dict(case), ensure_ascii=False, indent=1) + "\n"


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
            return [item(v, f"{path}[{i}]") for i, v in enumerate(value)]
        return to_list
    if origin is dict:
        vt = _converter(typing.get_args(tp)[1])

        def to_dict(value, path):
            if not isinstance(value, dict):
                raise CaseFileError(tr("«{path}» skal være en tabell.").format(path=path))
            return {str(k): vt(v, f"{path}.{k}") for k, v in value.items()}
        return to_dict
    scalar = _SCALARS.get(tp)
    if scalar is None:
        raise CaseFileError(tr("«{path}»: ukjent felttype.").format(path=str(tp)))  # pragma: no cover
    return scalar


def _wrong(path: str, tp):
    return CaseFileError(tr("«{path}» skal være {kind}.").format(path=path, kind=_type_name(tp)))


def _to_bool(value, path):
    if not isinstance(value, bool):
        raise _wrong(path, bool)
    return value


def _to_int(value, path):
    if type(value) is int:
        return value
    if (isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value)
            or value != int(value)):
        raise _wrong(path, int)
    return int(value)


def _to_float(value, path):
    if type(value) is float and math.isfinite(value):
        return value
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
        raise _wrong(path, float)
    return float(value)


def _to_str(value, path):
    if not isinstance(value, str):
        raise _wrong(path, str)
    return value


_SCALARS = {bool: _to_bool, int: _to_int, float: _to_float, str: _to_str}


@functools.cache
def _fields(cls) -> tuple[dict, frozenset]:
    """(converter per field, field names) of a dataclass, resolved once per
    class: typing.get_type_hints costs ~0.2 ms, and a file holds ~20 objects."""
    hints = typing.get_type_hints(cls)
    names = frozenset(f.name for f in dataclasses.fields(cls))
    return {k: _converter(hints[k]) for k in names}, names


def _dataclass(cls, value, path: str):
    if not isinstance(value, dict):
        raise CaseFileError(tr("«{path}» skal være en tabell.").format(path=path))
    convert, names = _fields(cls)
    if not names.issuperset(value):
        unknown = sorted(set(value) - names)
        raise CaseFileError(tr("Ukjent felt «{path}.{value}» i saksfilen.").format(path=path, value=unknown[0]))
    return cls(**{k: convert[k](v, f"{path}.{k}") for k, v in value.items()})


def _v1_to_v2(case: dict) -> dict:
    """Version 1 had no explanation record and no usual terms: a file from then
    was assessed before the record existed, so every topic starts unticked, and
    the municipality's usual terms start at the shipped defaults."""
    from .model import EXPLANATION_TOPICS

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


MIGRATIONS = {1: _v1_to_v2, 2: _v2_to_v3, 3: _v3_to_v4}  # version -> function that lifts a case dict to version + 1


def from_dict(doc) -> Case:
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise CaseFileError(tr("Filen er ikke en saksfil fra Startlån Desktop."))
    version = doc.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise CaseFileError(tr("Saksfilen mangler gyldig versjonsnummer."))
    if version > VERSION:
        raise CaseFileError(tr("Saksfilen er laget av en nyere versjon av programmet (filversjon {version}). "
                               "Oppdater Startlån Desktop for å åpne den.").format(version=version))
    if "case" not in doc:
        raise CaseFileError(tr("Saksfilen mangler innholdet «case»."))
    body = doc["case"]
    if not isinstance(body, dict):
        raise CaseFileError(tr("«case» skal være en tabell."))
    for v in range(version, VERSION):
        body = MIGRATIONS[v](body)
    return _dataclass(Case, body, "case")


def _no_constant(name: str):
    """JSON has no NaN or Infinity; Python's parser would accept them."""
    raise CaseFileError(tr("Filen inneholder «{name}», som ikke er et gyldig tall.").format(name=name))


def loads(text: str) -> Case:
    try:
        doc = json.loads(text, parse_constant=_no_constant)
    except json.JSONDecodeError as exc:
        raise CaseFileError(tr("Filen er ikke gyldig JSON (linje {line}): den kan være skadet eller avkortet.").format(
            line=exc.lineno)) from None
    return from_dict(doc)


def load(path: str | os.PathLike, validate: bool = True) -> Case:
    """Read a case file. Raises CaseFileError with a message for the user,
    also for values out of range (the same validation as the UI and the CLI)."""
    p = Path(path)
    try:
        size = p.stat().st_size
        if size > MAX_BYTES:
            raise CaseFileError(tr("Filen er for stor til å være en saksfil (over 5 MB)."))
        raw = p.read_bytes()
    except FileNotFoundError:
        raise CaseFileError(tr("Finner ikke filen {file}.").format(file=p.name)) from None
    except IsADirectoryError:
        raise CaseFileError(tr("{file} er en mappe, ikke en saksfil.").format(file=p.name)) from None
    except PermissionError:
        raise CaseFileError(tr("Mangler tilgang til å lese {file}.").format(file=p.name)) from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise CaseFileError(tr("Filen er ikke en tekstfil i UTF-8: den er ikke en saksfil.")) from None
    case = loads(text)
    if validate:
        from .errors import ValidationError
        from .validation import validate_case

        try:
            validate_case(case)
        except ValidationError as exc:
            raise invalid_value(exc) from None
    return case


def invalid_value(exc) -> CaseFileError:
    """The error for a file whose values are out of range (a ValidationError)."""
    return CaseFileError(tr("Saksfilen har en ugyldig verdi: {message} ({field})").format(
        message=exc.message, field=exc.field))


def atomic_write(path: str | os.PathLike, data: bytes, backup: bool = True) -> None:
    """Write bytes so that the target is either the old or the new file, never
    half of one. With `backup`, the old file is first copied to `<name>.bak`."""
    p = Path(path)
    if backup and p.exists():
        atomic_write(p.with_name(p.name + ".bak"), p.read_bytes(), backup=False)
    fd, tmp = tempfile.mkstemp(prefix=f".{p.name}.", suffix=".tmp", dir=p.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
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


def save(case: Case, path: str | os.PathLike) -> None:
    """Validate-free structural save (the UI validates before it gets here)."""
    try:
        atomic_write(path, dumps(case).encode("utf-8"))
    except OSError as exc:
        raise CaseFileError(tr("Kunne ikke lagre saken: {error}.").format(error=exc.strerror or exc)) from None
