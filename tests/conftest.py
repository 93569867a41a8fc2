import os

# Without a display Qt aborts the whole run (exit 134) instead of failing a test.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

from startlan_desktop.core.example import example_case  # noqa: E402


@pytest.fixture
def case():
    return example_case()
