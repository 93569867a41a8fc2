"""What leaves the window for the applicant or the case folder: the budget sheet
as PDF and on paper, the payment schedule as CSV, and the walk-through on the
meeting screen. Nothing here computes: the sheet is built from the window's
current result, and refused while that result may be wrong."""

from __future__ import annotations

from pathlib import Path

from ..core.i18n import tr
from . import (
    dialogs,  # called through the module: tests replace its boxes
    warmup,
)
from .tabs import Input


class Exports:
    """The window's exports; the file question and the viewer are methods so
    tests can answer them."""

    def __init__(self, window):
        self.window = window
        self._walkthrough = None  # the open walk-through, rebuilt on a change of language
        self._printer = None

    # --- the budget sheet -------------------------------------------------------

    def sheet_pdf(self) -> bytes | None:
        """The PDF of the current result, for the chosen scenario; None while
        the case has errors (a sheet must never show stale figures)."""
        warmup.wait()  # the first export's imports and fonts, done in the background after start-up
        w = self.window
        w.compute_pending()  # an edit not computed yet: the sheet shows it too
        if w.stale:
            w.show_error(tr("Tallene kan være feil etter en uventet feil. Endre en verdi eller åpne saken på nytt "
                            "så den beregnes igjen, før du lager budsjettarket."))
            return None
        if w.result is None or w.error is not None or w.invalid_fields():
            w.show_error(tr("Rett opp feltene som er merket med rødt før du lager budsjettarket."))
            return None
        if w.followup_result is not None and (not w.result.scenarios or w.tabs.input_is(Input.FOLLOWUP)):
            # reportlab is heavy (~0.3 s): imported with the first sheet, not at start-up
            from ..reports.followup_sheet import build_followup_pdf

            return build_followup_pdf(w.followup_result)
        if not w.result.scenarios:
            w.show_error(tr("Saken har ingen lånescenarioer å lage budsjettark for."))
            return None
        from ..reports.budget_sheet import SheetOptions, build_pdf  # heavy: see above

        return build_pdf(w.result, SheetOptions(scenario=w.selected, schedule=w.act_schedule_pdf.isChecked()),
                         warmup.figures_for(w))  # made ahead while the window was idle, when still right

    def ask_pdf_path(self) -> str:
        w = self.window
        name = tr("budsjett") + "-" + (w.case.reference or tr("sak")).replace("/", "-") + ".pdf"
        return dialogs.save_file(w, tr("Eksporter budsjettark"), w.document.folder() / name, "PDF (*.pdf)")

    def export_pdf(self) -> Path | None:
        pdf = self.sheet_pdf()
        if pdf is None:
            return None
        path = self.ask_pdf_path()
        return self.save_pdf(path, pdf, tr("Budsjettarket er lagret: {file}")) if path else None

    def save_pdf(self, path: str, pdf: bytes, saved: str) -> Path | None:
        """Write `pdf` atomically to `path` (".pdf" added when missing), say so
        in the status bar with `saved` ("… {file}") and open it; None and a
        message when it cannot be written."""
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        from ..core.casefile import atomic_write, os_error  # with the first export, not at start-up (hashlib)

        try:
            atomic_write(path, pdf, backup=False)
        except OSError as exc:
            self.window.show_error(tr("Kunne ikke lagre PDF: {error}").format(error=os_error(exc)))
            return None
        self.window.statusBar().showMessage(saved.format(file=path), 6000)
        self.reveal(Path(path))
        return Path(path)

    def reveal(self, path: Path) -> None:
        """Open the exported file in the system's PDF viewer."""
        from PySide6.QtCore import QUrl
        from PySide6.QtGui import QDesktopServices

        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def print_sheet(self) -> None:
        pdf = self.sheet_pdf()
        if pdf is None:
            return
        from .printing import PdfPrinter  # QtPdf and the print support: loaded when first printing

        self._printer = PdfPrinter(pdf, self.window)
        try:
            self._printer.preview(self.window)
        finally:
            self._printer.close()

    # --- the applicant's take-home page --------------------------------------------

    def ask_applicant_page(self) -> tuple[str, str] | None:
        """The page's language and where to save it; None when the caseworker cancels."""
        from PySide6.QtWidgets import QDialog

        from .takehome import LanguageDialog

        w = self.window
        dialog = LanguageDialog(w.result.scenarios[w.selected].label, w)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        code = dialog.code()
        path = dialogs.save_file(w, tr("Ark til søkeren (PDF) …"), w.document.folder() / f"startlan-{code}.pdf",
                                 "PDF (*.pdf)")
        return (code, path) if path else None

    def applicant_page(self) -> Path | None:
        """The applicant's take-home page for the scenario chosen in the
        comparison, in the language asked for; saved, then opened."""
        w = self.window
        w.compute_pending()
        if w.result is None or not w.result.scenarios or w.error is not None or w.stale or w.invalid_fields():
            w.show_error(tr("Arket til søkeren trenger minst ett lånescenario uten feil."))
            return None
        answer = self.ask_applicant_page()
        if not answer:
            return None
        code, path = answer
        warmup.wait()  # the first export's imports and fonts, done in the background after start-up
        from .takehome import applicant_pdf

        pdf = applicant_pdf(w.result, code, w.selected, w.settings.contact)
        return self.save_pdf(path, pdf, tr("Arket til søkeren er lagret: {file}"))

    # --- the payment schedule ------------------------------------------------------

    def export_schedule(self, index: int, yearly: bool) -> None:
        w = self.window
        w.compute_pending()
        if not w.result or not 0 <= index < len(w.result.scenarios):
            return
        sr = w.result.scenarios[index]
        default = str(w.document.folder() / (tr("nedbetalingsplan") + f"-{index + 1}.csv"))
        path = dialogs.save_file(w, tr("Eksporter nedbetalingsplan"), default, "CSV (*.csv)")
        if not path:
            return
        from ..core.casefile import atomic_write, os_error

        try:
            atomic_write(path, sr.schedule.csv(yearly).encode("utf-8-sig"), backup=False)
        except OSError as exc:
            w.show_error(tr("Kunne ikke lagre CSV: {error}").format(error=os_error(exc)))

    # --- the walk-through -------------------------------------------------------------

    def walkthrough(self):
        """The walk-through for the applicant (F11 inside for full screen)."""
        w = self.window
        w.compute_pending()
        if w.result is None or not w.result.scenarios or w.error is not None or w.stale:
            w.show_error(tr("Gjennomgangen trenger minst ett lånescenario uten feil."))
            return None
        from .walkthrough import Walkthrough, show_on_meeting_screen  # built for the meeting, not at start-up

        dialog = Walkthrough(w.result, w.selected, w)
        dialog.languageRequested.connect(w.change_language)
        dialog.contact = w.settings.contact  # "who to call" on the applicant's take-home page
        dialog.reveal = self.reveal  # the take-home page opens in the PDF viewer, as the budget sheet
        show_on_meeting_screen(dialog, w)  # a window of its own; the other screen when there are two
        self._walkthrough = dialog
        return dialog

    def rebuild_walkthrough(self) -> None:
        """After a change of language: the open walk-through in the new one."""
        if self._walkthrough is not None and self._walkthrough.isVisible():
            self._walkthrough.rebuild(self.window.result)
