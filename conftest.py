"""The doctests of `startlan_desktop/core` (collected with --doctest-modules, see
pyproject.toml) run as the tests under tests/ do: in bokmål, with the shipped data
and a private data folder, never the user's."""

import pytest


@pytest.fixture(autouse=True)
def _doctest_isolation(request, monkeypatch):
    if not isinstance(request.node, pytest.DoctestItem):
        yield
        return
    from startlan_desktop.core import data, i18n

    monkeypatch.setenv("STARTLAN_DATA_DIR", str(request.getfixturevalue("tmp_path") / "userdata"))
    i18n.install(None, "nb")
    data.reload()
    yield
    data.reload()
