"""The binding of input fields to the case. A field edits one attribute of one
dataclass object of the case (`core/model.py`) and is filled from it again when
a case is loaded: `BoundForm` for the fields of one object (the home, a
scenario, the stress test), `RowEditor` for a list of objects edited as rows
(members, incomes, debts), one `Column` per attribute. Every input section
builds its fields through these."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSignalBlocker, Signal
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..core.i18n import tr
from ..core.validation import MAX_TEXT
from . import qtvalues as qv
from . import style
from .widgets import DateEdit, FieldMessages, NumberEdit, combo, set_combo, spin


def clean_text(text: str) -> str:
    """`core.casefile.clean_text`, imported with the first typed text rather
    than at start-up (the case-file module pulls hashlib and its checks)."""
    from ..core.casefile import clean_text as clean

    return clean(text)


class Field:
    """One form field bound to `attr` of the object `getter()` returns."""

    def __init__(self, attr: str, widget, kind: str):
        self.attr, self.widget, self.kind = attr, widget, kind


class BoundForm(QWidget):
    """A QFormLayout whose fields edit attributes of one dataclass object."""

    changed = Signal()

    def __init__(self, getter, messages: FieldMessages, parent: QWidget | None = None):
        super().__init__(parent)
        self.getter = getter
        self.messages = messages
        self.form = QFormLayout(self)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.fields: list[Field] = []

    def _set(self, attr: str, value) -> None:
        obj = self.getter()
        if obj is not None:
            setattr(obj, attr, value)
            self.changed.emit()

    def add(self, label: str, attr: str, widget, kind: str = "number", tip: str = "") -> QWidget:
        f = Field(attr, widget, kind)
        self.fields.append(f)
        widget.setAccessibleName(label)
        if tip:
            widget.setToolTip(tip)
            widget.setAccessibleDescription(tip)
        if isinstance(widget, NumberEdit) and kind == "fraction":  # shown in %, stored as a share
            widget.valueChanged.connect(lambda v, a=attr: self._set(a, (v or 0.0) / 100))
            self.messages.watch(widget, label)
        elif isinstance(widget, NumberEdit):
            widget.valueChanged.connect(lambda v, a=attr, e=widget: self._set(a, self._num(e, v)))
            self.messages.watch(widget, label)
        elif isinstance(widget, QComboBox):
            widget.currentIndexChanged.connect(lambda _i, a=attr, w=widget: self._set(a, w.currentData()))
        elif isinstance(widget, QCheckBox):
            widget.toggled.connect(lambda v, a=attr: self._set(a, bool(v)))
        elif isinstance(widget, QSpinBox):
            widget.valueChanged.connect(lambda v, a=attr: self._set(a, int(v)))
        elif isinstance(widget, QLineEdit):
            widget.setMaxLength(min(widget.maxLength(), MAX_TEXT))
            widget.textEdited.connect(lambda t, a=attr: self._set(a, clean_text(t)))  # a bad paste: no lone surrogates
        lab = QLabel(label)
        lab.setBuddy(widget)
        if tip:
            lab.setToolTip(tip)
        self.form.addRow(lab, widget)
        return widget

    @staticmethod
    def _num(edit: NumberEdit, v):
        if v is None:
            return None if edit.allow_empty else 0.0
        return float(v)

    def load(self) -> None:
        obj = self.getter()
        self.setEnabled(obj is not None)
        if obj is None:
            return
        for f in self.fields:
            v = getattr(obj, f.attr)
            with QSignalBlocker(f.widget):
                if isinstance(f.widget, NumberEdit):
                    f.widget.setValue(v * 100 if f.kind == "fraction" else v)
                elif isinstance(f.widget, QComboBox):
                    set_combo(f.widget, v)
                elif isinstance(f.widget, QCheckBox):
                    f.widget.setChecked(bool(v))
                elif isinstance(f.widget, QSpinBox):
                    f.widget.setValue(int(v))
                elif isinstance(f.widget, QLineEdit):
                    f.widget.setText(str(v))


class Column:
    """One column of a RowEditor: how to edit one attribute of a row object."""

    def __init__(self, attr: str, header: str, kind: str = "text", options=None, width: int | None = None,
                 tip: str = "", **kw):
        self.attr, self.header, self.kind, self.options, self.width, self.tip, self.kw = (
            attr, header, kind, options, width, tip, kw)


class RowInfo(QLabel):
    """The muted, word-wrapped text after a row (an income's net per month).

    With `show_text`, its size is reserved for the widest text of the same shape
    (`widest`: the same words with the widest plausible amount), so a new
    figure repaints this label alone: a label that grew with every digit typed
    relaid out and repainted the whole tab at each keystroke (issue 23). A
    label whose size is fixed does not even invalidate its layout. It only
    grows, never clips, when a text is wider still."""

    _shown: tuple = ()  # (text, widest, font) last shown
    grid: QGridLayout | None = None  # the layout it sits in (see _align)

    def show_text(self, text: str, widest: str) -> None:
        key = (text, widest, self.font().key())
        if key == self._shown and self.text() == text and not self.isHidden():
            return  # shown and sized already (an edit's other rows): no text measured again
        self._shown = key
        if not self.wordWrap():
            self.setWordWrap(True)
        fm = self.fontMetrics()
        flags = qv.TEXT_WORD_WRAP
        tall = QRect(0, 0, 1, 100_000)
        width = max(fm.boundingRect(tall, flags, t).width() for t in (text, widest))  # longest unbreakable part
        tall.setWidth(width)
        height = max(fm.boundingRect(tall, flags, t).height() for t in (text, widest))
        m = self.contentsMargins()
        self.setFixedSize(width + m.left() + m.right() + 1, height + m.top() + m.bottom())  # a no-op when unchanged
        if self.text() != text:
            self.setText(text)
        if self.isHidden():
            self._align()
            self.show()  # hidden until it has a text: a section without row figures gives the column no room

    def _align(self) -> None:
        """Left in its cell and centred on the row, set when first shown: the
        layout's alignment takes Qt's enum, and the first frame shows no row
        figures (ui/qtvalues.py)."""
        from PySide6.QtCore import Qt

        if self.grid is not None:
            self.grid.setAlignment(self, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)


class HeaderLabel(QLabel):
    """A column header that asks for no more than its longest word: it wraps
    ("Alder (år)" on two lines) before it takes room from the fields below."""

    def sizeHint(self):  # noqa: N802 (Qt's name)
        return self.minimumSizeHint()


class CellEdit(QLineEdit):
    """A row's text field: its size hint is its column's width, so a narrow
    row takes its room from the combos' spare width, not from the text, and
    the description column gets what is left over (see RowEditor)."""

    hint_width = 0

    def sizeHint(self):  # noqa: N802 (Qt's name)
        hint = super().sizeHint()
        if self.hint_width:
            hint.setWidth(self.hint_width)
        return hint


class RowEditor(QWidget):
    """Rows of small widgets, one row per object in a list (members, incomes,
    debts). Edits write to the objects and emit `changed`."""

    changed = Signal()
    structureChanged = Signal()

    def __init__(self, columns: list[Column], factory, add_label: str, messages: FieldMessages,
                 min_rows: int = 0, max_rows: int = 50, parent: QWidget | None = None):
        super().__init__(parent)
        self.columns, self.factory, self.messages = columns, factory, messages
        self.min_rows, self.max_rows = min_rows, max_rows
        self.items: list = []
        self.extra_info: dict[int, RowInfo] = {}
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(3)  # nine columns beside the comparison at 1366x768
        self.grid.setVerticalSpacing(4)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addLayout(self.grid)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(add_label)
        self.add_button.clicked.connect(self.add_row)
        buttons.addWidget(self.add_button)
        buttons.addStretch(1)
        outer.addLayout(buttons)
        self.member_names: list[tuple[int, str]] = []
        self.on_set = None  # on_set(row, attr): a section's reaction to one edit (e.g. a kind chosen)

    def set_items(self, items: list) -> None:
        self.items = items
        self._rebuild()

    def add_row(self) -> None:
        if len(self.items) >= self.max_rows:
            return
        self.items.append(self.factory())
        self._rebuild()
        self.structureChanged.emit()
        self.changed.emit()
        first = self.grid.itemAtPosition(len(self.items), 0)
        if first and first.widget():
            first.widget().show()  # a layout shows new children only later: the focus needs it now
            first.widget().setFocus()  # Qt.FocusReason.OtherFocusReason

    def remove_row(self, index: int) -> None:
        if len(self.items) <= self.min_rows:
            return
        del self.items[index]
        self._rebuild()
        self.structureChanged.emit()
        self.changed.emit()

    def _clear(self) -> None:
        while self.grid.count():
            w = self.grid.takeAt(0).widget()
            if w is not None:
                self.messages.forget(w)
                w.hide()
                w.deleteLater()
        self.extra_info.clear()

    def _rebuild(self) -> None:
        self._clear()
        for c, col in enumerate(self.columns):
            h = HeaderLabel(breakable(col.header))
            h.setObjectName("columnHeader")
            h.setWordWrap(True)  # "Years left", "Gross/year" on two lines rather than a tab that scrolls sideways
            qv.set_enum(h, "alignment", qv.ALIGN_LEFT | qv.ALIGN_BOTTOM)
            style.column_header(h)
            if col.tip:
                h.setToolTip(col.tip)
            self.grid.addWidget(h, 0, c)
        for r, item in enumerate(self.items, start=1):
            for c, col in enumerate(self.columns):
                w = self._widget(col, item, r)
                if col.width:
                    # a spin box never narrower than its longest text (units are longer in some
                    # languages); a combo or the flags may be: they are cut with "…" (ElidedCombo),
                    # whole wherever the row has room, so no tab scrolls sideways at 1366×768
                    fits = w.sizeHint().width() if isinstance(w, QAbstractSpinBox) else 0
                    if isinstance(w, DateEdit):  # "dd.mm.åååå" whole, in every language
                        fits = w.fontMetrics().horizontalAdvance(w.placeholderText() + "  ") + 8
                    w.setMinimumWidth(max(col.width, fits))
                    if isinstance(w, (CellEdit, NumberEdit)):
                        w.hint_width = col.width
                self.grid.addWidget(w, r, c)
            info = RowInfo("")
            info.hide()  # until show_text gives it a figure
            info.setObjectName("rowInfo")
            style.muted(info)
            info.setWordWrap(True)  # never widen the panel; the full text is in the tooltip
            self.grid.addWidget(info, r, len(self.columns))  # aligned when first shown (RowInfo.show_text)
            info.grid = self.grid
            self.extra_info[r - 1] = info
            rm = QToolButton()
            rm.setText("✕")
            rm.setFixedWidth(rm.fontMetrics().horizontalAdvance("✕") + 14)
            rm.setToolTip(tr("Fjern rad {row}").format(row=r))
            rm.setAccessibleName(tr("Fjern rad {row}").format(row=r))
            rm.setEnabled(len(self.items) > self.min_rows)
            rm.clicked.connect(lambda _=False, i=r - 1: self.remove_row(i))
            self.grid.addWidget(rm, r, len(self.columns) + 1)
        # the room left over to the first text column (the description), else after the figures
        texts = [c for c, col in enumerate(self.columns) if col.kind == "text"]
        for c in range(len(self.columns) + 1):
            self.grid.setColumnStretch(c, 0)
        self.grid.setColumnStretch(texts[0] if texts and self.items else len(self.columns), 1)  # no rows: headers left
        self.add_button.setEnabled(len(self.items) < self.max_rows)
        for i in range(self.grid.count()):  # shown now, not on the next event: Tab skips hidden widgets
            w = self.grid.itemAt(i).widget()
            if w is not None and self.isVisible() and not (isinstance(w, RowInfo) and not w.text()):
                w.show()
        self._tab_order()

    def _tab_order(self) -> None:
        """Tab follows the screen: row by row, left to right, then the add button.
        New rows are created last; without this they would sit at the end of the
        window's focus chain, and the add button would never be reached from them."""
        chain = []
        for r in range(1, len(self.items) + 1):
            for c in range(len(self.columns) + 2):
                item = self.grid.itemAtPosition(r, c)
                w = item.widget() if item else None
                # a row's widgets take the focus but its labels (Qt.FocusPolicy.NoFocus): asking each
                # its focusPolicy() would build Qt's enums before the first frame (ui/qtvalues.py)
                if w is not None and not isinstance(w, QLabel):
                    chain.append(w)
        prev = self.add_button.previousInFocusChain()
        for w in chain + [self.add_button]:
            if prev is not None and prev is not w:
                QWidget.setTabOrder(prev, w)
            prev = w

    def _emit(self) -> None:
        self.changed.emit()

    def _after_set(self, row: int, attr: str) -> None:
        if self.on_set is not None:
            self.on_set(row, attr)

    def cell(self, row: int, attr: str) -> QWidget | None:
        """The editor widget of one row's attribute (0-based row)."""
        col = [c.attr for c in self.columns].index(attr)
        item = self.grid.itemAtPosition(row + 1, col)
        return item.widget() if item else None

    def _widget(self, col: Column, item, row: int) -> QWidget:
        value = getattr(item, col.attr)
        name = tr("{column} (rad {row})").format(column=col.header, row=row)
        setter = lambda v, a=col.attr, it=item, r=row - 1: (setattr(it, a, v), self._after_set(r, a), self._emit())
        if col.kind in ("money", "number"):
            unit = col.kw.get("unit", "kr")
            kind = "money" if col.kind == "money" else "rate" if unit == "%" else "decimal"
            w = NumberEdit(col.kw.get("minimum", 0), col.kw.get("maximum", 999_999_999), col.kw.get("decimals", 0),
                           unit, col.kw.get("allow_empty", False), kind=kind)
            w.setValue(value)
            w.valueChanged.connect(lambda v, s=setter: s(0.0 if v is None else float(v)))
            self.messages.watch(w, name)
        elif col.kind == "int":
            w = spin(col.kw.get("minimum", 0), col.kw.get("maximum", 120), col.kw.get("suffix", ""))
            w.setValue(int(value))
            w.valueChanged.connect(lambda v, s=setter: s(int(v)))
        elif col.kind == "combo":
            w = combo(col.options, elide=True)
            set_combo(w, value)
            w.currentIndexChanged.connect(lambda _i, c=w, s=setter: s(c.currentData()))
        elif col.kind == "member":
            w = combo([(None, "–")] + self.member_names, elide=True)
            set_combo(w, value)
            w.currentIndexChanged.connect(lambda _i, c=w, s=setter: s(c.currentData()))
        elif col.kind == "check":
            w = QCheckBox()
            w.setChecked(bool(value))
            w.toggled.connect(lambda v, s=setter: s(bool(v)))
        elif col.kind == "flags":
            w = FlagsButton(item, col.options, self._emit)
        elif col.kind in ("date", "month"):
            w = DateEdit(month=col.kind == "month")
            w.setIso(value)
            w.isoChanged.connect(lambda v, s=setter: s(v))
            self.messages.watch(w, name)
        elif col.kind == "tristate":
            w = combo([(None, tr("auto")), (True, tr("ja")), (False, tr("nei"))], elide=True)
            set_combo(w, value)
            w.currentIndexChanged.connect(lambda _i, c=w, s=setter: s(c.currentData()))
        else:
            w = CellEdit(str(value))
            w.setMaxLength(col.kw.get("max_length", 120))
            w.setCursorPosition(0)
            w.textEdited.connect(lambda t, s=setter: s(clean_text(t)))  # a bad paste: no lone surrogates
        w.setAccessibleName(name)
        if col.tip:
            w.setToolTip(col.tip)
        return w


def breakable(header: str) -> str:
    """A column header that may wrap after a slash too ("Brutto/år")."""
    return header.replace("/", "/\u200b")


class FlagsButton(QPushButton):
    """A compact menu of yes/no flags on one object (e.g. a member's situation).
    Narrower than its text when the row needs the room: the flags are then cut
    with "…" (all of them in the tooltip and the menu)."""

    def __init__(self, obj, options: list[tuple[str, str]], on_change, parent: QWidget | None = None):
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)  # may shrink to its column
        self.obj, self.options, self.on_change = obj, options, on_change
        menu = QMenu(self)
        for attr, label in options:
            act = menu.addAction(label)
            act.setCheckable(True)
            act.setChecked(bool(getattr(obj, attr)))
            act.toggled.connect(lambda v, a=attr: self._toggle(a, v))
        self.setMenu(menu)
        self._refresh()

    def _toggle(self, attr: str, value: bool) -> None:
        setattr(self.obj, attr, value)
        self._refresh()
        self.on_change()

    def _refresh(self) -> None:
        on = [label for attr, label in self.options if getattr(self.obj, attr)]
        self.setText(", ".join(on) if on else "–")
        self.setToolTip(tr("Forhold: {flags}").format(flags=", ".join(on) if on else tr("ingen")))

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        if self.width() >= self.sizeHint().width():  # the whole text fits: Qt's own painting, no QStyle (issue 23)
            super().paintEvent(event)
            return
        from PySide6.QtWidgets import QStyle, QStyleOptionButton, QStylePainter

        p = QStylePainter(self)
        opt = QStyleOptionButton()
        self.initStyleOption(opt)
        fm = self.fontMetrics()
        room = self.width() - (self.sizeHint().width() - fm.horizontalAdvance(opt.text))
        if fm.horizontalAdvance(opt.text) > room:  # at its size hint the text is whole
            from PySide6.QtCore import Qt

            opt.text = fm.elidedText(opt.text, Qt.TextElideMode.ElideRight, max(room, 0))
        p.drawControl(QStyle.ControlElement.CE_PushButton, opt)
