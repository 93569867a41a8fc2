"""Issue 18 item 12, the small ones in the window: a negative wage is marked at
its field; Ctrl+E exports while a text field has the focus."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from startlan_desktop.ui.widgets import NumberEdit


def _flush(qtbot, window):
    qtbot.wait(5)
    QApplication.processEvents()


def test_negative_wage_is_marked_at_the_field(window, qtbot):
    window.inputs.setCurrentIndex(1)
    row = next(i for i, inc in enumerate(window.case.incomes) if inc.kind == "wage")
    edit = window.incomes.rows.cell(row, "amount")
    assert isinstance(edit, NumberEdit)
    edit.setText("-5 000")
    edit.textEdited.emit("-5 000")
    _flush(qtbot, window)
    assert window.error is not None and window.error.field == f"incomes[{row}].amount"
    assert edit.property("invalid") and "mellom 0" in edit.message
    edit.setText("5 000")
    edit.textEdited.emit("5 000")
    _flush(qtbot, window)
    assert window.error is None and not edit.property("invalid") and not edit.message


def test_ctrl_e_exports_while_a_text_field_has_focus(window, qtbot, monkeypatch):
    called = []
    monkeypatch.setattr(window, "export_pdf", lambda: called.append(True))
    window.act_pdf.triggered.disconnect()
    window.act_pdf.triggered.connect(lambda: window.export_pdf())
    window.activateWindow()
    window.inputs.setCurrentIndex(1)
    field = window.incomes.rows.cell(0, "label")
    assert isinstance(field, QLineEdit)
    field.setFocus()
    qtbot.waitUntil(field.hasFocus, timeout=2000)
    qtbot.keyClick(field, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert called


def test_text_fields_do_not_claim_the_export_shortcut(window, qtbot):
    """A line edit under X11 key bindings accepts the ShortcutOverride of Ctrl+E
    (end of line); the window's guard declines it for the field."""
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QKeyEvent

    window.inputs.setCurrentIndex(1)
    field = window.incomes.rows.cell(0, "label")
    field.setFocus()
    qtbot.waitUntil(field.hasFocus, timeout=2000)
    event = QKeyEvent(QEvent.Type.ShortcutOverride, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    event.accept()  # what the field's own handler would do under X11
    assert window._shortcut_guard.eventFilter(field, event) and not event.isAccepted()
    other = QKeyEvent(QEvent.Type.ShortcutOverride, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    assert not window._shortcut_guard.eventFilter(field, other)
