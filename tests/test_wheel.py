"""The wheel built from a clean checkout (no .qm files: they are not in git) carries
the compiled catalogues, and the installed package reads its resources from inside
itself (importlib.resources), so it loads English rather than falling back to bokmål."""

import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def clean_checkout(dest: Path) -> Path:
    """The files git tracks (or would: new and not ignored), as a clone would have them."""
    names = subprocess.run(["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"], cwd=ROOT,
                           capture_output=True, check=True).stdout.decode().split("\0")
    for name in filter(None, names):
        src = ROOT / name
        if src.is_file():
            (dest / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(src, dest / name)
    return dest


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    if shutil.which("git") is None or not (ROOT / ".git").exists():
        pytest.skip("needs the git checkout")
    src = clean_checkout(tmp_path_factory.mktemp("clone"))
    assert not list((src / "resources" / "translations").glob("*.qm"))
    out = tmp_path_factory.mktemp("wheel")
    # no build isolation: the test environment has setuptools and PySide6's lrelease (offline, seconds)
    subprocess.run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "--no-build-isolation", "-w", str(out),
                    str(src)], check=True, capture_output=True)
    return next(out.glob("startlan_desktop-*.whl"))


def test_the_wheel_carries_the_catalogues_and_the_data(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    for code in ("nn", "en"):
        assert f"startlan_desktop/resources/translations/startlan_{code}.qm" in names
    assert "startlan_desktop/resources/data/sifo_2026.json" in names
    assert "startlan_desktop/resources/fonts/DejaVuSans.ttf" in names
    assert not any(n.startswith("resources/") for n in names)  # nothing at the top of site-packages
    # every package of the source tree is in the wheel (pyproject lists them by hand; a new
    # subpackage left out there breaks the installed app and the bundle, not the editable tests)
    for init in sorted((ROOT / "startlan_desktop").rglob("__init__.py")):
        assert init.relative_to(ROOT).as_posix() in names


def test_the_installed_wheel_loads_english(wheel, tmp_path):
    target = tmp_path / "site"
    subprocess.run([sys.executable, "-m", "pip", "install", "-q", "--no-deps", "--target", str(target), str(wheel)],
                   check=True, capture_output=True)
    # a foreign top-level resources/ beside the package must not be picked up
    (target / "resources" / "translations").mkdir(parents=True)
    probe = ("import startlan_desktop.core.data as d, startlan_desktop.i18n as i\n"
             "from startlan_desktop.core.i18n import tr\n"
             "print(d.RESOURCES)\n"
             "print(i.set_language('en'), tr('Bærekraftig'))\n")
    env = {"PYTHONPATH": str(target), "QT_QPA_PLATFORM": "offscreen", "STARTLAN_DATA_DIR": str(tmp_path / "data"),
           "PATH": "/usr/bin:/bin"}
    out = subprocess.run([sys.executable, "-c", probe], cwd=tmp_path, env=env, capture_output=True, text=True,
                         check=True).stdout.splitlines()
    assert Path(out[0]) == target / "startlan_desktop" / "resources"
    assert out[1] == "en Sustainable"
