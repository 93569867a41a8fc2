"""Print the budget sheet: the very PDF the export writes, rendered page by
page with QtPdf into the printer, so paper and file are identical."""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

from ..core.i18n import tr

MAX_DPI = 300  # enough for paper; keeps the preview quick


class PdfPrinter:
    """Holds the PDF, its QPdfDocument and the printer for as long as the
    preview lives (a temporary QPrinter or a document parented to a view
    crashes Qt; see the toolchain notes)."""

    def __init__(self, pdf: bytes, parent=None):
        self._tmp = tempfile.NamedTemporaryFile(prefix="startlan-", suffix=".pdf", delete=False)
        self._tmp.write(pdf)
        self._tmp.close()
        self.document = QPdfDocument(parent)
        self.document.load(self._tmp.name)
        self.printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        self.printer.setDocName(tr("Budsjett for startlån"))

    @property
    def page_count(self) -> int:
        return self.document.pageCount()

    def paint(self, printer: QPrinter) -> None:
        painter = QPainter(printer)
        try:
            for page in range(self.page_count):
                if page:
                    printer.newPage()
                self._paint_page(painter, printer, page)
        finally:
            painter.end()

    def _paint_page(self, painter: QPainter, printer: QPrinter, page: int) -> None:
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

    def preview(self, parent) -> int:
        dialog = QPrintPreviewDialog(self.printer, parent)
        dialog.setWindowTitle(tr("Forhåndsvisning – budsjett for startlån"))
        dialog.paintRequested.connect(self.paint)
        dialog.resize(1000, 800)
        return dialog.exec()

    def close(self) -> None:
        self.document.close()
        Path(self._tmp.name).unlink(missing_ok=True)
