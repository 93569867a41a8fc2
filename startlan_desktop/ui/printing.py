"""Print the budget sheet: the very PDF the export writes, rendered page by
page with QtPdf into the printer, so paper and file are identical.

The preview shows that PDF in the app's own viewer (QtPdf, from memory: no
temporary file). Only "Skriv ut …" opens the system's print dialog, and only
then does Qt talk to the computer's print system (CUPS on Linux: the local
print service and the D-Bus system bus); nothing else in the app opens a
socket.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRect, QSize, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout

from ..core.i18n import tr

MAX_DPI = 300  # enough for paper; keeps printing quick


class PdfPrinter:
    """Holds the PDF and its QPdfDocument for as long as the preview lives (a
    document parented to the view that shows it crashes Qt; see the toolchain
    notes). The QPrinter is made only when the caseworker prints."""

    def __init__(self, pdf: bytes, parent=None):
        self._bytes = QByteArray(pdf)
        self._buffer = QBuffer(self._bytes)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument(parent)
        self.document.load(self._buffer)
        self.printer = None

    @property
    def page_count(self) -> int:
        return self.document.pageCount()

    def paint(self, printer) -> None:
        painter = QPainter(printer)
        try:
            for page in range(self.page_count):
                if page:
                    printer.newPage()
                self._paint_page(painter, printer, page)
        finally:
            painter.end()
        private(printer.outputFileName())

    def _paint_page(self, painter: QPainter, printer, page: int) -> None:
        target = painter.viewport()
        dpi = min(printer.resolution(), MAX_DPI)
        pts = self.document.pagePointSize(page)
        size = QSize(round(pts.width() / 72 * dpi), round(pts.height() / 72 * dpi))
        image = self.document.render(page, size)
        scaled = size.scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
        rect = QRect(target.topLeft(), scaled)
        painter.setViewport(rect)
        painter.setWindow(image.rect())
        painter.fillRect(image.rect(), QColor("white"))  # QtPdf renders onto transparency
        painter.drawImage(0, 0, image)
        painter.setViewport(target)

    def print_dialog(self, parent) -> bool:
        """The system print dialog, then the pages: the only path that uses the
        computer's print system."""
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        if self.printer is None:
            self.printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            self.printer.setDocName(tr("Budsjett for startlån"))
        dialog = QPrintDialog(self.printer, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        self.paint(self.printer)
        return True

    def preview_dialog(self, parent) -> QDialog:
        return Preview(self, parent)

    def preview(self, parent) -> int:
        return self.preview_dialog(parent).exec()

    def close(self) -> None:
        self.document.close()
        self._buffer.close()


class Preview(QDialog):
    """The sheet as it will be printed, in the app's own PDF view."""

    def __init__(self, printer: PdfPrinter, parent=None):
        from PySide6.QtPdfWidgets import QPdfView

        super().__init__(parent)
        self.printer = printer
        self.setWindowTitle(tr("Forhåndsvisning – budsjett for startlån"))
        layout = QVBoxLayout(self)
        self.view = QPdfView(self)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setDocument(printer.document)
        layout.addWidget(self.view, 1)
        buttons = QDialogButtonBox()
        self.print_button = buttons.addButton(tr("Skriv &ut …"), QDialogButtonBox.ButtonRole.AcceptRole)
        close = buttons.addButton(tr("Lukk"), QDialogButtonBox.ButtonRole.RejectRole)
        self.print_button.setToolTip(tr("Åpner datamaskinens utskriftsdialog"))
        self.print_button.clicked.connect(self._print)
        close.clicked.connect(self.reject)
        layout.addWidget(buttons)
        screen = self.screen().availableGeometry() if self.screen() else None
        self.resize(min(900, screen.width() - 40) if screen else 900, min(1000, screen.height() - 60) if screen else 700)

    def _print(self) -> None:
        if self.printer.print_dialog(self):
            self.accept()

    def done(self, result: int) -> None:
        self.view.setDocument(None)  # before the view goes (see the toolchain notes)
        super().done(result)


def private(path: str) -> None:
    """A PDF printed to a file is readable by its owner only, like every file the app writes."""
    if path and Path(path).is_file():
        try:
            os.chmod(path, 0o600)
        except OSError:
            pass
