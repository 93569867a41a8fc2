import os
import tempfile

# Without a display Qt aborts the whole run (exit 134) instead of failing a test.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# reportlab's check of every chart attribute is off in the app (startlan_desktop/reports/__init__.py)
os.environ["STARTLAN_CHECK_SHAPES"] = "1"
os.environ["STARTLAN_CHECK_RECORDS"] = "1"  # every record also made by dataclass and compared (core/record.py)
# Module- and session-scoped fixtures run before `private_data_dir` sets a per-test
# folder: they too must never read the user's own data (a data pack there moves figures).
os.environ["STARTLAN_DATA_DIR"] = tempfile.mkdtemp(prefix="startlan-tests-")

import pytest  # noqa: E402

from startlan_desktop.core.example import example_case  # noqa: E402


@pytest.fixture(autouse=True)
def private_data_dir(tmp_path, monkeypatch):
    """Autosaves and logs go to a per-test folder, never the user's."""
    monkeypatch.setenv("STARTLAN_DATA_DIR", str(tmp_path / "userdata"))
    from startlan_desktop.core import data

    data.reload()  # the data in force is cached: each test starts from the shipped data
    yield tmp_path / "userdata"
    data.reload()


@pytest.fixture
def case_file(tmp_path, capsys):
    """The example case written by `startlan example`, as the CLI tests read it."""
    from startlan_desktop.cli import main

    assert main(["example"]) == 0
    p = tmp_path / "case.startlan"
    p.write_text(capsys.readouterr().out, encoding="utf-8")
    return p


@pytest.fixture
def case():
    return example_case()


@pytest.fixture(scope="session")
def translations_script():
    """build/translations.py (not a package module), loaded from the checkout."""
    import importlib.util
    from pathlib import Path

    script = Path(__file__).resolve().parent.parent / "build" / "translations.py"
    spec = importlib.util.spec_from_file_location("translations", script)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session", autouse=True)
def catalogues(translations_script):
    """The .qm catalogues, built from the .ts sources when a checkout has none
    yet (scripts/setup.sh builds them)."""
    from startlan_desktop.i18n import catalogue_path

    if not all(catalogue_path(c).exists() for c in ("nn", "en", *translations_script.APPLICANT_LANGUAGES)):
        translations_script.release()


@pytest.fixture(autouse=True)
def bokmal():
    """Every test starts and ends in bokmål, whatever language a test chose."""
    from startlan_desktop.core import i18n

    i18n.install(None, "nb")
    yield
    from startlan_desktop.i18n import set_language

    set_language("nb")
