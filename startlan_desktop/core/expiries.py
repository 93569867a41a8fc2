"""The fixed-rate expiry list over a folder of case files, so a municipality
can find the households to contact first: soonest expiry first, then the
smallest residual after expiry."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .errors import CaseFileError, ValidationError
from .followup import Expiry
from .i18n import tr
from .rows import EXPIRY_COLUMNS


@dataclass
class ExpiryRow:
    file: str
    reference: str
    expiry: Expiry


def case_files(folder: str | Path) -> list[Path]:
    """The case files in `folder`, sorted by name; CaseFileError if it is no folder."""
    from .casefile import SUFFIX

    folder = Path(folder)
    if not folder.is_dir():
        raise CaseFileError(tr("Finner ikke mappen {folder}.").format(folder=folder))
    return sorted(folder.glob("*" + SUFFIX))


def scan(folder: str | Path, progress=None, cancelled=None) -> tuple[list[ExpiryRow], list[tuple[str, str]]]:
    """(rows sorted by expiry date and residual after, files skipped with the reason).
    `progress(done, total)` is called after each file; when `cancelled()` turns true the scan stops and returns what it has
    (the window runs it on a worker thread)."""
    return scan_files(case_files(folder), progress, cancelled)


def scan_files(paths: list[Path], progress=None, cancelled=None) -> tuple[list[ExpiryRow], list[tuple[str, str]]]:
    rows, skipped = [], []
    for done, path in enumerate(paths, start=1):
        if cancelled is not None and cancelled():
            break
        row, why = _scan_one(path)
        if row is not None:
            rows.append(row)
        if why is not None:
            skipped.append((path.name, why))
        if progress is not None:
            progress(done, len(paths))
    rows.sort(key=lambda r: (r.expiry.fixed_until, r.expiry.residual_after))
    return rows, skipped


def _scan_one(path: Path) -> tuple[ExpiryRow | None, str | None]:
    """(the file's row or None, why it was skipped or None)."""
    from . import casefile
    from .budget import _deduction_rate, compute
    from .followup import expiry

    try:
        # compute() validates the case: validating in load() as well did it twice
        case = casefile.load(path, validate=False)
        e = expiry(case, compute(case), _deduction_rate(case)) if _has_fixed_rate(case) else None
    except ValidationError as exc:
        return None, str(casefile.invalid_value(exc))
    except (CaseFileError, ValueError) as exc:
        return None, str(exc)
    return (None if e is None else ExpiryRow(path.name, case.reference, e)), None


def _has_fixed_rate(case) -> bool:
    """Only a fixed rate expires: other cases need no budget (as followup.expiry decides)."""
    loan = case.existing
    return loan is not None and loan.rate_type == "fixed" and bool(loan.fixed_until)


def headers() -> list[str]:
    """Column titles of the expiry list, on screen and in the CLI (the CSV keeps
    its own machine-readable names): core.rows.EXPIRY_COLUMNS."""
    return [row.label for row in EXPIRY_COLUMNS]


def to_csv(rows: list[ExpiryRow]) -> str:
    lines = ["saksnr;fil;binding_til;mnd_igjen;terminbelop_na;terminbelop_etter;okning;restbelop_etter"]
    for r in rows:
        e = r.expiry
        nums = [f"{v:.2f}".replace(".", ",") for v in (e.payment_now, e.payment_after, e.jump, e.residual_after)]
        lines.append(";".join([r.reference, r.file, e.fixed_until.isoformat(), str(e.months_left), *nums]))
    return "\n".join(lines) + "\n"
