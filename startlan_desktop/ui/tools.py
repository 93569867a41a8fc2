"""The other windows and dialogs the menus open beside the case: settings, the
guide, the data sources, the fixed-rate expiry list of a folder and the loan
portfolio."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..core.data import status_text
from ..core.errors import CaseFileError
from ..core.formatting import fmt_date
from ..core.i18n import tr
from . import dialogs, help_texts

if TYPE_CHECKING:
    from PySide6.QtWidgets import QDialog


class Tools:
    def __init__(self, window):
        self.window = window
        self._guide = None
        self._portfolio = None

    def open_settings(self) -> None:
        w = self.window
        from .settings_dialog import SettingsDialog  # a large dialog, seldom opened: not at start-up

        if SettingsDialog(w.settings, w).exec():
            w.statusBar().showMessage(tr("Innstillingene er lagret. De gjelder for nye saker og nye scenarioer."), 6000)
            if w.case.data_snapshot is None:  # an unsaved case follows the data in force
                w.recompute()
        w.notices.update_newer_data()

    def show_guide(self) -> QDialog:
        """A short guide: how to start a case, what each verdict means, where the data comes from."""
        from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout  # built when first opened

        w = self.window
        dialog = QDialog(w)
        dialog.setWindowTitle(tr(help_texts.GUIDE_TITLE))
        lay = QVBoxLayout(dialog)
        text = QTextBrowser()
        text.setHtml(tr(help_texts.GUIDE))
        text.setAccessibleName(tr(help_texts.GUIDE_TITLE))
        lay.addWidget(text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(tr("Lukk"))
        buttons.rejected.connect(dialog.reject)
        lay.addWidget(buttons)
        screen = w.screen().availableGeometry() if w.screen() else None
        dialog.resize(min(640, screen.width() - 40) if screen else 640, min(600, screen.height() - 80) if screen else 600)
        dialog.setModal(False)
        dialog.show()
        self._guide = dialog
        return dialog

    def show_sources(self) -> None:
        result = self.window.result
        if not result:
            return
        old = " — " + tr("kan være endret, kontroller")
        lines = [f"<b>{d.label}</b>: {fmt_date(d.date)} ({status_text(d.status)}){old if d.stale else ''}"
                 f"<br><small>{d.source}</small>" for d in result.sources]
        dialogs.inform(self.window, tr("Datagrunnlag og kilder"), "<br><br>".join(lines))

    def ask_folder(self) -> str:
        return dialogs.choose_folder(self.window, tr("Mappe med saker"), self.window.document.folder())

    def expiry_list(self) -> None:
        folder = self.ask_folder()
        if not folder:
            return
        from .followup import ExpiryListDialog  # the follow-up module is loaded with its tab, not at start-up

        try:
            ExpiryListDialog(folder, self.window).exec()
        except CaseFileError as exc:
            self.window.show_error(str(exc))

    def portfolio_window(self):
        """The municipality's loan list and its follow-up, in a window of its own."""
        from .portfolio import PortfolioWindow  # a window of its own, seldom opened: not at start-up

        win = self._portfolio
        if win is None or not win.isVisible():
            win = self._portfolio = PortfolioWindow(self.window.settings)
        win.show()
        win.raise_()
        win.activateWindow()
        return win
