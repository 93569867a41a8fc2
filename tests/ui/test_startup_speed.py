"""Start-up and first-export speed-ups (issue 23) change nothing but the time."""

from __future__ import annotations

import inspect
import sys

from startlan_desktop.ui import app, warmup


def _inspect_answer(module) -> bool:
    """PySide6's own check (shibokensupport/feature.py, `_mod_uses_pyside`), written out."""
    try:
        return "PySide6" in inspect.getsource(module)
    except (TypeError, OSError, SyntaxError):
        return False


def test_the_quicker_pyside_check_gives_pysides_answer_for_every_module():
    app.make_app()
    feature = sys.modules["shibokensupport.feature"]
    quick = feature._mod_uses_pyside
    assert getattr(quick, "quicker", False)
    modules = [m for m in list(sys.modules.values()) if m is not None]
    answers = {m.__name__: quick(m) for m in modules}
    assert answers == {m.__name__: _inspect_answer(m) for m in modules}
    assert answers["startlan_desktop.ui.main_window"] and not answers["startlan_desktop.core.loans"]
    app.quicker_pyside_import_check()  # a second call keeps the one in place
    assert feature._mod_uses_pyside is quick


def test_the_export_waits_for_a_running_warm_up_and_writes_the_same_sheet(window, tmp_path, monkeypatch):
    monkeypatch.setattr(warmup, "_thread", None)
    monkeypatch.setattr(window.exports, "reveal", lambda path: None)
    first = tmp_path / "a.pdf"
    monkeypatch.setattr(window.exports, "ask_pdf_path", lambda: str(first))
    warmup.start(window)
    thread = warmup._thread
    assert thread is not None
    assert window.export_pdf() == first  # clicked while the warm-up may still run: it waits for it
    assert not thread.is_alive()
    warmup.start(window)
    assert warmup._thread is thread  # once per process
    second = tmp_path / "b.pdf"
    monkeypatch.setattr(window.exports, "ask_pdf_path", lambda: str(second))
    assert window.export_pdf() == second
    import pikepdf

    with pikepdf.open(first) as a, pikepdf.open(second) as b:
        assert len(a.pages) == len(b.pages) >= 1
