"""The fixed-rate expiry list over a folder of case files, so a municipality
can find the households to contact first: soonest expiry first, then the
smallest residual after expiry."""

from __future__ import annotations

import functools
import os
from dataclasses import dataclass
from pathlib import Path

from . import casefile
from .budget import _deduction_rate, startlan_budget
from .casefile import SUFFIX, ScanLoader
from .errors import CaseFileError, ValidationError
from .followup import Expiry, expiry
from .i18n import tr
from .rows import EXPIRY_COLUMNS


@dataclass
class ExpiryRow:
    file: str
    reference: str
    expiry: Expiry


def case_files(folder: str | Path) -> list[Path]:
    """The case files in `folder`, sorted by name; CaseFileError if it is no folder."""
    folder = Path(folder)
    if not folder.is_dir():
        raise CaseFileError(tr("Finner ikke mappen {folder}.").format(folder=folder))
    # names, not Paths, are sorted: pathlib's comparison took 17 ms over 1 000 files, in the window's hand
    # (normcase: Windows matches and orders names regardless of case, as pathlib did)
    names = [e.name for e in os.scandir(folder) if os.path.normcase(e.name).endswith(SUFFIX)]
    return [folder / name for name in sorted(names, key=os.path.normcase)]


PARALLEL_FROM = 200  # files: below this, starting worker processes costs more than it saves
CHUNK = 100  # files per task handed to a worker process
PREFETCH = 50  # files asked of the disk at a time (casefile.prefetch)


def scan(folder: str | Path, progress=None, cancelled=None, workers: int = 1, initializer=None,
         initargs: tuple = ()) -> tuple[list[ExpiryRow], list[tuple[str, str]]]:
    """(rows sorted by expiry date and residual after, files skipped with the reason).
    `progress(done, total)` is called after each file; when `cancelled()` turns true the scan stops and returns what it has
    (the window runs it on a worker thread). See scan_files for `workers`."""
    return scan_files(case_files(folder), progress, cancelled, workers, initializer, initargs)


def scan_files(paths: list[Path], progress=None, cancelled=None, workers: int = 1, initializer=None,
               initargs: tuple = ()) -> tuple[list[ExpiryRow], list[tuple[str, str]]]:
    """As `scan`, over the given files. With `workers` > 1 and at least
    PARALLEL_FROM files, the files are read in that many processes, CHUNK at a
    time (each file is pure Python work, so threads would not run at once);
    `initializer(*initargs)` starts each process (the CLI sets the language
    there), and progress comes after each chunk. The result is the same as
    with one process."""
    if workers > 1 and len(paths) >= PARALLEL_FROM:
        results = _in_processes(paths, progress, cancelled, workers, initializer, initargs)
    else:
        results = _in_this_process(paths, progress, cancelled)
    rows, skipped = [], []
    for path, (row, why) in zip(paths, results):  # results may stop early (cancelled): zip stops with them
        if row is not None:
            rows.append(row)
        if why is not None:
            skipped.append((path.name, why))
    rows.sort(key=lambda r: (r.expiry.fixed_until, r.expiry.residual_after))
    return rows, skipped


def _in_this_process(paths, progress, cancelled, loader=None) -> list[tuple[ExpiryRow | None, str | None]]:
    loader, out = loader or ScanLoader(), []
    for done, path in enumerate(paths, start=1):
        if cancelled is not None and cancelled():
            break
        if done % PREFETCH == 1:  # the next files start coming from the disk while these are read
            casefile.prefetch(paths[done - 1:done - 1 + PREFETCH])
        out.append(_scan_one(path, loader))
        if progress is not None:
            progress(done, len(paths))
    return out


def _in_processes(paths, progress, cancelled, workers, initializer, initargs) -> list:
    # lazy on purpose: multiprocessing takes ~0.1 s to import, and only a large folder scan needs it
    from concurrent.futures import ProcessPoolExecutor

    chunks = [paths[i:i + CHUNK] for i in range(0, len(paths), CHUNK)]
    out: list = []
    with ProcessPoolExecutor(min(workers, len(chunks)), initializer=initializer, initargs=initargs) as pool:
        futures = [pool.submit(_scan_chunk, chunk) for chunk in chunks]
        for future in futures:  # in order, so the skipped files keep the folder's order
            if cancelled is not None and cancelled():
                for f in futures:
                    f.cancel()
                break
            out += future.result()
            if progress is not None:
                progress(len(out), len(paths))
    return out


def _scan_chunk(paths: list[Path]) -> list[tuple[ExpiryRow | None, str | None]]:
    """One worker process's share (module level, so it can be sent there)."""
    return _in_this_process(paths, None, None, _process_loader())


@functools.cache
def _process_loader() -> ScanLoader:
    """One loader for all the chunks a worker process reads, so each distinct
    data snapshot is parsed and checked once per process, not once per chunk.
    Its cache is keyed by the snapshot's exact bytes: sharing it across scans
    cannot hand one file's data to another."""
    return ScanLoader()


def _scan_one(path: Path, loader) -> tuple[ExpiryRow | None, str | None]:
    """(the file's row or None, why it was skipped or None)."""
    try:
        # the budget validates the case: validating in load() as well did it twice
        case = loader.load(path)  # as casefile.load(path, validate=False)
        e = expiry(case, _budget(case), _deduction_rate(case)) if _has_fixed_rate(case) else None
    except ValidationError as exc:
        return None, str(casefile.invalid_value(exc))
    except (CaseFileError, ValueError) as exc:
        return None, str(exc)
    return (None if e is None else ExpiryRow(path.name, case.reference, e)), None


def _budget(case):
    """The case's budget as far as the expiry needs it (what is left for the
    startlån, the interest deduction): the scenarios, sources and notes are
    left out, they change neither. The whole case is validated all the same,
    so a file is skipped for the same bad value as when the window opens it."""
    return startlan_budget(case)  # validates


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
