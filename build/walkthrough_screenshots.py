"""Screenshots of the walk-through (issue 22) for docs/screenshots/: every step
full screen, in bokmål and in Arabic (mirrored), plus the side-by-side slider
step, the glossary and Tigrinya. Needs a real X screen of the size wanted
(the full-screen window is grabbed with ImageMagick's `import -window root`):

    Xvfb :18 -screen 0 1920x1080x24 & DISPLAY=:18 openbox &
    DISPLAY=:18 python build/walkthrough_screenshots.py
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
OUT = ROOT / "docs" / "screenshots"


def settle(app, seconds: float = 1.5) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.02)


def shoot(app, name: str) -> Path:
    settle(app)
    path = OUT / name
    subprocess.run(["import", "-window", "root", str(path)], check=True)
    return path


def main() -> None:
    from PySide6.QtCore import QSettings

    from startlan_desktop.core.example import example_case
    from startlan_desktop.ui.app import make_app
    from startlan_desktop.ui.main_window import MainWindow
    from startlan_desktop.ui.settings import AppSettings

    app = make_app()
    size = app.primaryScreen().size()
    tag = f"{size.width()}x{size.height()}"
    settings = AppSettings(QSettings(str(Path(tempfile.mkdtemp()) / "s.ini"), QSettings.Format.IniFormat))
    win = MainWindow(settings)
    win.set_case(example_case())
    win.show()
    walk = win.walkthrough()
    walk.showFullScreen()
    for lang, suffix in (("nb", ""), ("ar", "-ar")):
        walk.set_language(lang)
        for step in range(6):
            walk.go(step - walk.stack.currentIndex())
            print(shoot(app, f"walkthrough-{step + 1}{suffix}-{tag}.png"))
    walk.set_language("nb")
    walk.show_beside(2)
    walk.go(4 - walk.stack.currentIndex())
    print(shoot(app, f"walkthrough-5-beside-{tag}.png"))
    walk.show_beside(None)
    for lang in ("ar", "ti"):
        walk.set_language(lang)
        walk.go(3 - walk.stack.currentIndex())
        walk.toggle_glossary()
        print(shoot(app, f"walkthrough-glossary-{lang}-{tag}.png"))
        walk.toggle_glossary()
    walk.set_language("ti")
    print(shoot(app, f"walkthrough-4-ti-{tag}.png"))
    walk.close()
    win.setWindowModified(False)
    win.close()


if __name__ == "__main__":
    main()
