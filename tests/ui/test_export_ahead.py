"""The budget sheet's figures made ahead while the window is idle (ui/warmup.py,
issue 23) are used only for exactly the sheet being exported: an edit, another
scenario, another language or new data in force and the export computes its own."""

import io
import re

import pytest
from pypdf import PdfReader

from startlan_desktop.core import data
from startlan_desktop.core.budget import compute
from startlan_desktop.reports import budget_sheet
from startlan_desktop.ui import warmup
from startlan_desktop.ui.widgets import NumberEdit


def text(pdf: bytes) -> str:
    out = "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)
    return re.sub(r"Laget \S+ \S+", "Laget", out)  # the minute it was made


@pytest.fixture
def ahead(window, monkeypatch):
    """A fresh warm-up and store for this window, started and finished."""
    monkeypatch.setattr(warmup, "_thread", None)
    monkeypatch.setattr(warmup, "_ahead", warmup._Ahead())
    warmup.start(window)
    warmup.wait()
    return window


def made(window):
    warmup.prepare(window)
    if warmup._ahead.thread is not None:
        warmup._ahead.thread.join()
    return warmup.figures_for(window)


def counting(monkeypatch):
    calls = []
    real = budget_sheet.sheet_figures
    monkeypatch.setattr(budget_sheet, "sheet_figures", lambda *a: calls.append(a) or real(*a))
    return calls


def fresh(window) -> str:
    """The sheet built from nothing made ahead, from a result computed now."""
    options = budget_sheet.SheetOptions(scenario=window.selected, schedule=window.act_schedule_pdf.isChecked())
    return text(budget_sheet.build_pdf(compute(window.case), options))


def test_the_warm_up_makes_the_figures_and_the_export_uses_them(ahead, monkeypatch):
    assert warmup.figures_for(ahead) is not None
    calls = counting(monkeypatch)
    pdf = ahead.sheet_pdf()
    assert calls == []  # none computed during the export
    assert text(pdf) == fresh(ahead)


def test_typing_in_a_field_makes_them_stale(ahead, qtbot, monkeypatch):
    before = warmup.figures_for(ahead)
    assert before is not None
    ahead.inputs.setCurrentIndex(1)  # Inntekter
    field = next(e for e in ahead.incomes.findChildren(NumberEdit) if e.isVisible())
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, "25000")
    qtbot.waitUntil(lambda: not ahead._timer.isActive())
    assert warmup.figures_for(ahead) is None
    calls = counting(monkeypatch)
    pdf = ahead.sheet_pdf()
    assert len(calls) == 1  # computed for the case as it is now
    assert text(pdf) == fresh(ahead) and "25 000" in text(pdf)
    assert made(ahead) is not None and made(ahead) is not before  # the next idle moment makes new ones


def test_a_change_to_the_case_not_yet_computed_makes_them_stale(ahead):
    assert warmup.figures_for(ahead) is not None
    ahead.case.incomes[0].amount += 1000  # as a field does, before its recomputation runs
    assert warmup.figures_for(ahead) is None
    ahead.case.incomes[0].amount -= 1000
    assert warmup.figures_for(ahead) is not None  # the very same case and result again


def test_a_pending_recomputation_runs_before_the_sheet(ahead, monkeypatch):
    ahead.case.incomes[0].amount += 1000
    ahead.on_edit()  # the edit's recomputation is queued, not yet run
    assert ahead._timer.isActive() and warmup.figures_for(ahead) is None
    old = ahead.result
    pdf = ahead.sheet_pdf()
    assert ahead.result is not old and text(pdf) == fresh(ahead)


def test_another_scenario_language_or_data_makes_them_stale(ahead, monkeypatch):
    assert warmup.figures_for(ahead) is not None
    ahead.select_scenario(2)
    assert warmup.figures_for(ahead) is None
    figures = made(ahead)
    assert figures is not None and figures.index == 2
    calls = counting(monkeypatch)
    pdf = ahead.sheet_pdf()
    assert calls == [] and text(pdf) == fresh(ahead)
    monkeypatch.setattr(warmup.i18n, "language", lambda: "en")
    assert warmup.figures_for(ahead) is None
    monkeypatch.undo()
    data.reload()  # the user's data changed
    assert warmup.figures_for(ahead) is None


def test_idle_after_a_recomputation_prepares_them(qtbot, window, monkeypatch):
    monkeypatch.setattr(warmup, "_thread", None)
    monkeypatch.setattr(warmup, "_ahead", warmup._Ahead())
    monkeypatch.setattr(warmup, "AHEAD_MS", 50)
    warmup.schedule(window, delay_ms=0)
    qtbot.waitUntil(lambda: warmup._thread is not None)
    warmup.wait()
    window.case.incomes[0].amount += 500
    window.on_edit()
    qtbot.waitUntil(lambda: warmup._ahead.thread is not None, timeout=3000)
    warmup._ahead.thread.join()
    assert warmup.figures_for(window) is not None
