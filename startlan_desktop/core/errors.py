"""Errors that name the field at fault, with a message for the user (translated)."""

from __future__ import annotations

from .formatting import fmt_number
from .i18n import QT_TR_NOOP, tr


class ValidationError(ValueError):
    """Bad input. `field` is a stable key; `message` is shown to the user."""

    def __init__(self, field: str, message: str):
        super().__init__(f"{field}: {message}")
        self.field = field
        self.message = message


UNITS = (QT_TR_NOOP("år"), QT_TR_NOOP("prosentpoeng"))  # units check_range names; "kr" and "%" stay


class CaseFileError(ValueError):
    """A case file that cannot be read or written; the message is for the user."""


def check_range(field: str, label: str, value: float, lo: float, hi: float, unit: str = "") -> None:
    """Raise ValidationError unless lo <= value <= hi (NaN is rejected)."""
    if value != value or not (lo <= value <= hi):  # NaN compares false
        u = f" {tr(unit)}" if unit else ""
        raise ValidationError(
            field, tr("{label} må være mellom {lo} og {hi}{unit}.").format(label=label, lo=fmt_number(lo),
                                                                         hi=fmt_number(hi), unit=u))


def file_version(doc: dict, newest: int, error: type[Exception], missing: str, newer: str) -> int:
    """The format version a versioned file (a case file, a data pack) states:
    a whole number from 1 to `newest`, else `error` with the message `missing`,
    or `newer` (with ``{version}``) for a file from a newer program. One check
    for both kinds of file: they had a copy each."""
    version = doc.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise error(missing)
    if version > newest:
        raise error(newer.format(version=version))
    return version
