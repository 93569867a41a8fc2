import os

# Without a display Qt aborts the whole run (exit 134) instead of failing a test.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

from startlan_desktop.core.example import example_case  # noqa: E402


@pytest.fixture(autouse=True)
def private_data_dir(tmp_path, monkeypatch):
    """Autosaves and logs go to a per-test folder, never the user's."""
    monkeypatch.setenv("STARTLAN_DATA_DIR", str(tmp_path / "userdata"))
    return tmp_path / "userdata"


@pytest.fixture
def case():
    return example_case()
