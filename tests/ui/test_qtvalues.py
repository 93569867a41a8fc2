"""The integers the first frame uses for Qt's namespace enums are Qt's own (ui/qtvalues.py)."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QSplitter

from startlan_desktop.ui import qtvalues as qv

ROLE = Qt.ItemDataRole
ALIGN = Qt.AlignmentFlag


@pytest.mark.parametrize(("value", "enum"), [
    (qv.DISPLAY_ROLE, ROLE.DisplayRole), (qv.EDIT_ROLE, ROLE.EditRole), (qv.TOOLTIP_ROLE, ROLE.ToolTipRole),
    (qv.FONT_ROLE, ROLE.FontRole), (qv.ALIGNMENT_ROLE, ROLE.TextAlignmentRole),
    (qv.BACKGROUND_ROLE, ROLE.BackgroundRole), (qv.FOREGROUND_ROLE, ROLE.ForegroundRole),
    (qv.ACCESSIBLE_TEXT_ROLE, ROLE.AccessibleTextRole), (qv.USER_ROLE, ROLE.UserRole),
    (qv.ALIGN_LEFT, ALIGN.AlignLeft), (qv.ALIGN_RIGHT, ALIGN.AlignRight), (qv.ALIGN_BOTTOM, ALIGN.AlignBottom),
    (qv.ALIGN_VCENTER, ALIGN.AlignVCenter),
    (qv.STRONG_FOCUS, Qt.FocusPolicy.StrongFocus), (qv.TEXT_WORD_WRAP, Qt.TextFlag.TextWordWrap),
    (qv.HORIZONTAL, Qt.Orientation.Horizontal), (qv.VERTICAL, Qt.Orientation.Vertical),
])
def test_each_value_is_qts(value, enum):
    assert value == enum.value


def test_set_enum_sets_the_property_as_the_typed_setter_would(qapp):
    label, edit, split = QLabel("x"), QLineEdit(), QSplitter()
    qv.set_enum(label, "alignment", qv.ALIGN_LEFT | qv.ALIGN_BOTTOM)
    qv.set_enum(edit, "alignment", qv.ALIGN_RIGHT | qv.ALIGN_VCENTER)
    qv.set_enum(edit, "focusPolicy", qv.STRONG_FOCUS)
    qv.set_enum(split, "orientation", qv.VERTICAL)
    assert label.alignment() == ALIGN.AlignLeft | ALIGN.AlignBottom
    assert edit.alignment() == ALIGN.AlignRight | ALIGN.AlignVCenter
    assert edit.focusPolicy() == Qt.FocusPolicy.StrongFocus
    assert split.orientation() == Qt.Orientation.Vertical


def test_set_enum_refuses_a_property_the_object_does_not_have(qapp):
    with pytest.raises(ValueError, match="no enum property"):
        qv.set_enum(QLabel("x"), "alignmnet", qv.ALIGN_LEFT)
