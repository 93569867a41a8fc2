"""The binding of input fields to the case: a form field edits one attribute
of one dataclass object (`core/model.py`), and is filled from it again when a
case is loaded. Every input section builds its fields through `BoundForm.add`."""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QLabel, QLineEdit, QSpinBox, QWidget

from ..core.casefile import clean_text
from ..core.validation import MAX_TEXT
from .widgets import FieldMessages, NumberEdit, set_combo


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


