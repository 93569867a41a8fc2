"""Values of the Qt namespace's enums that the first frame needs, as Qt's integers.

`from PySide6.QtCore import Qt` makes PySide build all 93 of the namespace's
Python enums at once: 118 M instructions (~25 ms), a fifth of a minimal
window's whole start (benchmarks/run.py, issue 23). The first frame needs a
handful of their values. So the modules it imports compare roles as integers
and set enum properties through Qt's property system (`set_enum`), and the
code that runs later (key presses, menus, dialogs) imports `Qt` where it needs
it. tests/ui/test_qtvalues.py checks every value here against its enum, and
tests/ui/test_startup_speed.py that the first frame never builds `Qt`.
"""

from __future__ import annotations

# Qt::ItemDataRole
DISPLAY_ROLE, EDIT_ROLE, TOOLTIP_ROLE, FONT_ROLE, ALIGNMENT_ROLE = 0, 2, 3, 6, 7
BACKGROUND_ROLE, FOREGROUND_ROLE, ACCESSIBLE_TEXT_ROLE, USER_ROLE = 8, 9, 11, 256
# Qt::AlignmentFlag
ALIGN_LEFT, ALIGN_RIGHT, ALIGN_BOTTOM, ALIGN_VCENTER = 0x1, 0x2, 0x40, 0x80
# Qt::FocusPolicy, Qt::TextFlag, Qt::Orientation
STRONG_FOCUS = 11
TEXT_WORD_WRAP = 0x1000
HORIZONTAL, VERTICAL = 1, 2


def set_enum(obj, prop: str, value: int) -> None:
    """Set the enum (or flags) property `prop` of a QObject to `value`, Qt's
    integer for it: Qt's property system converts it, without PySide's enum."""
    if not obj.setProperty(prop, value):
        raise ValueError(f"{type(obj).__name__} has no enum property {prop!r}")
