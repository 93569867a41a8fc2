"""Input widgets that take Norwegian numbers and never let bad input through.

A NumberEdit parses what the caseworker types or pastes (`1 234 567,50 kr`),
marks the field and says what is wrong in Norwegian when it cannot, and only
emits a value that is valid. Nothing here computes money.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QSpinBox,
    QWidget,
)

from ..core import parsing
from ..core.formatting import fmt_number
from ..core.i18n import tr
from . import qtvalues as qv
from . import style


class WheelGuard(QObject):
    """Spin boxes and combos take the mouse wheel only when they have the focus.

    Scrolling a form over a remaining term of 24 years must not make it 23: an
    unfocused spin box or combo passes the wheel on to the scroll area around
    it. Installed per widget (see guard_wheel), not on the application, so no
    other event pays for it."""

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 (Qt naming)
        if event.type() == QEvent.Type.Wheel and not obj.hasFocus():
            area = _scroll_area_of(obj)
            if area is not None:
                QApplication.sendEvent(area.viewport(), event)
            return True
        return False


_GUARD: WheelGuard | None = None


def _scroll_area_of(widget: QWidget) -> QAbstractScrollArea | None:
    w = widget.parentWidget()
    while w is not None and not isinstance(w, QAbstractScrollArea):
        w = w.parentWidget()
    return w


def guard_wheel(widget: QWidget) -> QWidget:
    """The wheel changes `widget` only while it has the focus; the wheel never gives it the focus."""
    global _GUARD
    if _GUARD is None:
        _GUARD = WheelGuard(QApplication.instance())
    qv.set_enum(widget, "focusPolicy", qv.STRONG_FOCUS)  # Qt's enums not built before the first frame
    widget.installEventFilter(_GUARD)
    return widget


class NumberEdit(QLineEdit):
    """A number field: Norwegian formatting, range check, message at the field."""

    valueChanged = Signal(object)  # float, or None when empty and allowed
    validityChanged = Signal(bool, str)
    hint_width = 0  # in a row of fields (ui/binding.py RowEditor): the width its column asks for, else Qt's

    def __init__(self, minimum: float = 0, maximum: float = 999_999_999, decimals: int = 0,
                 unit: str = "kr", allow_empty: bool = False, parent: QWidget | None = None,
                 kind: str | None = None):
        super().__init__(parent)
        self.minimum, self.maximum, self.decimals, self.unit = minimum, maximum, decimals, unit
        self.allow_empty = allow_empty
        # how the text is read (core.parsing): "28.400" is 28 400 kr but 4.275 %
        self.kind = kind or ("money" if unit == "kr" else "rate" if unit == "%" else "decimal")
        self._value: float | None = None
        self._committed: float | None = None  # the value the field was last left with, valid
        self.message = ""
        self.pending = ""  # the message for a half-typed value, shown when the caseworker leaves the field
        qv.set_enum(self, "alignment", qv.ALIGN_RIGHT | qv.ALIGN_VCENTER)
        self.setMinimumWidth(40)
        self.textEdited.connect(self._on_edited)
        self.editingFinished.connect(self._reformat)

    def sizeHint(self):  # noqa: N802 (Qt's name)
        hint = super().sizeHint()
        if self.hint_width:
            hint.setWidth(self.hint_width)
        return hint

    def value(self) -> float | None:
        return self._value

    def setValue(self, value: float | None) -> None:  # noqa: N802 (Qt naming)
        self._value = self._committed = value
        self.setText("" if value is None else fmt_number(value, self._shown_decimals(value)))
        self.pending = ""
        self._set_valid(True, "")

    def _shown_decimals(self, value: float) -> int:
        if self.decimals and round(value, self.decimals) == round(value):
            return min(self.decimals, 2)
        return self.decimals

    def _parse(self, text: str) -> tuple[str, float | None, str]:
        """("ok" | "incomplete" | "invalid", value, message) for the text."""
        if not text.strip():
            if self.allow_empty:
                return "ok", None, ""
            return "invalid", None, tr("Feltet kan ikke være tomt.")
        if self.kind == "decimal":
            try:
                return self._in_range(parsing.parse_decimal(text, self.unit))
            except parsing.ParseError:
                pass
        state, v, msg = parsing.state(self.kind, text)
        if state != "ok":
            return state, None, msg
        return self._in_range(v)

    def _in_range(self, v: float) -> tuple[str, float | None, str]:
        if not self.minimum <= v <= self.maximum:
            unit = f" {self.unit}" if self.unit else ""
            return "invalid", None, tr("Må være mellom {lo} og {hi}{unit}.").format(
                lo=fmt_number(self.minimum, 0 if self.minimum == int(self.minimum) else 2),
                hi=fmt_number(self.maximum, 0 if self.maximum == int(self.maximum) else 2), unit=unit)
        return "ok", v, ""

    def _on_edited(self, text: str) -> None:
        """Every keystroke: a complete number goes to the figures at once. While the
        text is half-typed ("28 4" on the way to "28 400") or wrong, the figures use
        the value the field was last left with, never a piece of the new one; a
        half-typed text is marked only when the caseworker leaves it so."""
        state, v, msg = self._parse(text)
        self.pending = msg if state == "incomplete" else ""
        self._set_valid(state != "invalid", msg if state == "invalid" else "")
        if state != "ok":
            v = self._committed
        if v != self._value:
            self._value = v
            self.valueChanged.emit(v)

    def _reformat(self) -> None:
        if self.pending:
            msg, self.pending = self.pending, ""
            self._set_valid(False, msg)
        elif not self.message:
            self.setValue(self._value)  # the value left in the field is now the one to fall back on

    def _set_valid(self, ok: bool, message: str) -> None:
        changed = self.message != message
        self.message = message
        self.setProperty("invalid", not ok)
        if changed:
            style.invalid(self, not ok)
        self.setToolTip(message or self.accessibleDescription())
        if changed:
            self.validityChanged.emit(ok, message)

    def is_valid(self) -> bool:
        return not self.message and not self.pending


def money(maximum: float = 999_999_999, allow_empty: bool = False, minimum: float = 0) -> NumberEdit:
    return NumberEdit(minimum, maximum, 0, "kr", allow_empty, kind="money")


def percent(maximum: float = 30, decimals: int = 3, allow_empty: bool = False, unit: str = "%") -> NumberEdit:
    e = NumberEdit(0, maximum, decimals, unit, allow_empty, kind="rate")
    e.setMinimumWidth(70)
    return e


class ElidedCombo(QComboBox):
    """A combo that may be narrower than its longest item: the chosen item is
    drawn cut with "…" (the full text in the tooltip), the list opens as wide as
    its items. Its size hint stays the full width, so it is whole wherever the
    row has room; it only gives way when a narrow screen would otherwise make
    the tab scroll sideways (1366×768, English)."""

    base_tip: str | None = None

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.currentIndexChanged.connect(lambda _i: self.updateGeometry())

    def sizeHint(self):  # noqa: N802 (Qt's name)
        """As wide as the chosen item, not the longest: a row gives its spare room
        to what is shown ("Søker" needs less than "Annen voksen")."""
        hint = super().sizeHint()
        fm = self.fontMetrics()
        widest = max((fm.horizontalAdvance(self.itemText(i)) for i in range(self.count())), default=0)
        hint.setWidth(hint.width() - widest + fm.horizontalAdvance(self.currentText()))
        return hint

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        if self.base_tip is None:  # the tooltip given (a column's explanation), kept under the full text
            self.base_tip = self.toolTip()
        if self.width() >= self.sizeHint().width():
            # whole (the chosen item fits): Qt's own painting. The cut one below needs
            # QStyle, whose enums PySide would build before the first frame (issue 23)
            if self.toolTip() != self.base_tip:
                self.setToolTip(self.base_tip)
            super().paintEvent(event)
            return
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QStyle, QStyleOptionComboBox, QStylePainter

        p = QStylePainter(self)
        opt = QStyleOptionComboBox()
        self.initStyleOption(opt)
        p.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, opt)
        field = self.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, opt,
                                            QStyle.SubControl.SC_ComboBoxEditField, self)
        fm = self.fontMetrics()
        shown = opt.currentText if fm.horizontalAdvance(opt.currentText) <= field.width() - 2 else fm.elidedText(
            opt.currentText, Qt.TextElideMode.ElideRight, field.width() - 2)
        tip = "\n".join(t for t in (opt.currentText if shown != opt.currentText else "", self.base_tip) if t)
        if self.toolTip() != tip:
            self.setToolTip(tip)
        opt.currentText = shown
        p.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, opt)


def combo(options: list[tuple[str, str]], elide: bool = False) -> QComboBox:
    """A combo of (value, label) pairs; the value is the item data. With
    `elide` it may be narrower than its longest item (ElidedCombo)."""
    c = ElidedCombo() if elide else QComboBox()
    for value, label in options:
        c.addItem(label, value)
    return guard_wheel(c)


def set_combo(c: QComboBox, value) -> None:
    i = c.findData(value)
    c.setCurrentIndex(max(i, 0))


def spin(lo: int, hi: int, suffix: str = "") -> QSpinBox:
    s = QSpinBox()
    s.setRange(lo, hi)
    if suffix:
        s.setSuffix(suffix)
    return guard_wheel(s)


class FieldMessages(QLabel):
    """The messages of a section's invalid fields, shown under the section."""

    stateChanged = Signal(bool)  # True while any field of the section is invalid

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("fieldMessages")
        style.error_text(self)
        self.setWordWrap(True)
        self.setAccessibleName(tr("Feilmeldinger"))
        self._by_field: dict[int, str] = {}
        self.hide()

    def watch(self, edit: NumberEdit, name: str) -> None:
        edit.validityChanged.connect(lambda ok, msg, e=edit, n=name: self.report(id(e), n, msg))

    def forget(self, edit: QWidget) -> None:
        """The field is going away (row removed): drop its message."""
        if id(edit) in self._by_field:
            self.report(id(edit), "", "")

    def report(self, key: int, name: str, message: str) -> None:
        if message:
            self._by_field[key] = f"{name}: {message}" if name else message
        else:
            self._by_field.pop(key, None)
        self.setText("\n".join(self._by_field.values()))
        self.setVisible(bool(self._by_field))
        self.stateChanged.emit(bool(self._by_field))

    def has_errors(self) -> bool:
        return bool(self._by_field)

    def clear_all(self) -> None:
        self._by_field.clear()
        self.hide()
        self.stateChanged.emit(False)


class DateEdit(NumberEdit):
    """An optional date typed as dd.mm.åååå; emits ISO text ('' when empty)."""

    isoChanged = Signal(str)

    def __init__(self, parent: QWidget | None = None, month: bool = False):
        super().__init__(0, 0, 0, "", True, parent)
        self.month = month  # shown as mm.åååå: a line's start or end counts by the month
        self.setPlaceholderText(tr("mm.åååå") if month else tr("dd.mm.åååå"))
        qv.set_enum(self, "alignment", qv.ALIGN_LEFT | qv.ALIGN_VCENTER)
        self._iso = ""

    def setIso(self, iso: str) -> None:  # noqa: N802
        self._iso = iso or ""
        from ..core.formatting import fmt_date

        text = fmt_date(iso) if iso else ""
        self.setText(text[3:] if self.month else text)
        self._set_valid(True, "")

    def _on_edited(self, text: str) -> None:
        from ..core.parsing import ParseError, parse_date

        iso, msg = "", ""
        try:
            iso = parse_date(text)
        except ParseError as exc:
            msg = exc.message
        self._set_valid(not msg, msg)
        if not msg and iso != self._iso:
            self._iso = iso
            self.isoChanged.emit(iso)

    def _reformat(self) -> None:
        if not self.message:
            self.setIso(self._iso)


def heading(text: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName("sectionHeading")
    style.heading(label)
    label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
    return label
