"""Application start-up: arguments, Qt application, main window."""

from __future__ import annotations

import argparse
import sys


def parse_args(argv: list[str]) -> argparse.Namespace:
    ap = argparse.ArgumentParser(prog="startlan-desktop", description="Startlån Desktop")
    ap.add_argument("case", nargs="?", help="saksfil (.startlan) som skal åpnes")
    ap.add_argument("--screenshot", metavar="PNG", help="tegn hovedvinduet til en PNG-fil og avslutt")
    ap.add_argument("--exit-after-startup", action="store_true", help="start, vis vinduet og avslutt (måling)")
    return ap.parse_args(argv)


def run(argv: list[str]) -> int:
    args = parse_args(argv)
    from PySide6.QtWidgets import QApplication, QLabel

    app = QApplication.instance() or QApplication(sys.argv[:1])
    w = QLabel("Startlån Desktop")
    w.resize(1440, 900)
    w.show()
    if args.screenshot:
        w.grab().save(args.screenshot)
        return 0
    if args.exit_after_startup:
        app.processEvents()
        return 0
    return app.exec()
