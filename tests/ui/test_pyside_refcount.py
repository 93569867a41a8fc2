"""Guard against PySide6 builds that over-release None (6.12.0 on Python 3.11):
every call returning None then lowers None's refcount until the interpreter
aborts mid-session. Python 3.12+ makes None immortal, so the check is 3.11's."""

import sys

import pytest
from PySide6.QtWidgets import QLabel, QTableWidget


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None is immortal from Python 3.12")
def test_void_calls_do_not_release_none(qapp):
    label = QLabel()
    table = QTableWidget(2, 2)
    before = sys.getrefcount(None)
    for _ in range(2000):
        label.setText("x")
        table.item(1, 1)
    assert sys.getrefcount(None) - before > -100
