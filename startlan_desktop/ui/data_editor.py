"""Settings' "Andre data" tab: G, Husbanken's fees, SIFO, tax rules and sale costs typed
in a table, with the date and the source beside the figures.

The figures are read and checked by core/dataedit.py; this widget only shows
them, keeps what was typed while the caseworker switches item, and marks the
cell a refusal names.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ..core import data, dataedit, datapack
from ..core.errors import ValidationError
from ..core.formatting import fmt_date
from ..core.i18n import tr
from . import style
from .table_model import EditTableModel, edit_table
from .widgets import combo, set_combo

BAD = "#f8d7da"


class DataItemsEditor(QWidget):
    """One table per data item; nothing is stored until `save()` (the dialog's OK)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        note = QLabel(tr("Velg et dataelement, rett tallene og skriv datoen og kilden ved dem. Tallene lagres i "
                         "din datapakke og gjelder nye saker; åpne saker beholder sine tall til du velger "
                         "«Bruk dagens data»."))
        note.setWordWrap(True)
        lay.addWidget(note)
        form = QFormLayout()
        self.item = combo([(n, datapack.label(n)) for n in dataedit.EDITABLE])
        self.item.setAccessibleName(tr("Dataelement"))
        form.addRow(tr("Dataelement"), self.item)
        self.date = QLineEdit()
        self.date.setPlaceholderText("dd.mm.åååå")
        self.date.setAccessibleName(tr("Dato for tallene"))
        form.addRow(tr("Gjelder fra"), self.date)
        self.source = QLineEdit()
        self.source.setAccessibleName(tr("Kilde for tallene"))
        form.addRow(tr("Kilde"), self.source)
        self.status = QLabel()
        self.status.setWordWrap(True)
        form.addRow(tr("Status"), self.status)
        lay.addLayout(form)
        self.message = QLabel()  # above the table: seen even when the row at fault is far down
        self.message.setWordWrap(True)
        style.error_text(self.message)
        self.message.hide()
        lay.addWidget(self.message)
        # only the value is typed: the figure's name and unit come from core
        self.cells = EditTableModel([tr("Tall"), tr("Verdi"), tr("Enhet")], editable=(1,), right=(1,))
        self.table = edit_table(self.cells, tr("Tallene i dataelementet"))
        head = self.table.horizontalHeader()
        head.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        head.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        head.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().setVisible(False)
        self.table.setMinimumHeight(160)
        lay.addWidget(self.table, 1)
        self._shown: str | None = None
        self._typed: dict[str, tuple[list[str], str, str]] = {}
        self._initial: dict[str, tuple[list[str], str, str]] = {}
        self.item.currentIndexChanged.connect(lambda _i: self.show_item(self.item.currentData()))
        self.show_item(self.item.currentData())

    # --- showing and keeping what was typed ---------------------------------------

    def _in_force(self, name: str) -> tuple[list[str], str, str]:
        m = dataedit.meta(name)
        return dataedit.texts(name), fmt_date(m["date"]), m["source"]

    def _read(self) -> tuple[list[str], str, str]:
        cells = [self.cells.text(r, 1) for r in range(self.cells.rowCount())]
        return cells, self.date.text(), self.source.text()

    def show_item(self, name: str) -> None:
        """Show item `name` (what was typed for it, else the figures in force)."""
        if self._shown is not None:
            self._typed[self._shown] = self._read()
        self._initial.setdefault(name, self._in_force(name))
        cells, date, source = self._typed.get(name, self._initial[name])
        m = dataedit.meta(name)
        self.status.setText(data.status_text(m["status"]))
        flds = dataedit.fields(name)
        self.cells.set_rows([[f.label, text, f.unit] for f, text in zip(flds, cells, strict=True)])
        self.date.setText(date)
        self.source.setText(source)
        self.source.setCursorPosition(0)  # a long source shows its beginning
        self._shown = name
        self.message.setText("")
        self.message.hide()

    def set_cell(self, name: str, row: int, text: str) -> None:
        """Type a figure (tests, and the same path as the keyboard)."""
        set_combo(self.item, name)
        self.cells.set_text(row, 1, text)

    # --- checking and storing ----------------------------------------------------------

    def changed(self) -> dict[str, tuple[list[str], str, str]]:
        """The items whose figures, date or source were typed over."""
        if self._shown is not None:
            self._typed[self._shown] = self._read()
        return {n: t for n, t in self._typed.items() if t != self._initial.get(n)}

    def collect(self) -> list[tuple[str, dict]] | None:
        """The typed items, checked by core; None with the message at the field at fault."""
        out = []
        for name, (cells, date, source) in self.changed().items():
            try:
                out.append((name, dataedit.edited_item(name, cells, date, source)))
            except ValidationError as exc:
                self._show_error(name, exc.field, exc.message)
                return None
        return out

    def _show_error(self, name: str, field: str, message: str) -> None:
        set_combo(self.item, name)
        self.cells.mark(None)
        self.date.setStyleSheet("")
        self.source.setStyleSheet("")
        part = field.split(".", 1)[1] if "." in field else ""
        where = ""
        if part == "date":
            self.date.setStyleSheet(f"background: {BAD};")
            self.date.setFocus()
            where = tr("Dato")
        elif part == "source":
            self.source.setStyleSheet(f"background: {BAD};")
            self.source.setFocus()
            where = tr("Kilde")
        elif part.isdigit() and int(part) < self.cells.rowCount():
            row = int(part)
            self.cells.mark((row, 1))
            self.table.setCurrentIndex(self.cells.index(row, 1))
            self.table.scrollTo(self.cells.index(row, 1))
            where = self.cells.text(row, 0)
        label = datapack.label(name)
        self.message.show()
        self.message.setText(tr("{item}, «{field}»: {message}").format(item=label, field=where, message=message)
                             if where else f"{label}: {message}")

    @staticmethod
    def save(items: list[tuple[str, dict]]) -> None:
        for name, doc in items:
            dataedit.save_item(name, doc)

