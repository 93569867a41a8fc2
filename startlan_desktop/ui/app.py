"""Application start-up: arguments, Qt application, fonts, main window."""

from __future__ import annotations

import argparse
import contextlib
import gc
import os
import sys
from pathlib import Path

SCREENSHOT_SIZE = (1440, 900)


def parse_args(argv: list[str]) -> argparse.Namespace:
    with _argparse_words_as_written():
        ap = _parser()
    return ap.parse_args(argv)


@contextlib.contextmanager
def _argparse_words_as_written():
    """argparse asks gettext for three words of its own while a parser is built
    ("positional arguments", "options", "show this help message and exit"), and
    gettext's search for Python's "messages" catalogue imports `locale` on the
    way: 1.5 ms before the first frame (issue 23) for a catalogue that Python
    itself does not ship. While the parser is built, those words
    stay as written; parsing, usage and errors ask gettext as before."""
    translate = argparse._
    argparse._ = str
    try:
        yield
    finally:
        argparse._ = translate


def _parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(prog="startlan-desktop", description="Startlån Desktop")
    ap.add_argument("case", nargs="?", help="saksfil (.startlan) som skal åpnes")
    ap.add_argument("--screenshot", metavar="PNG", help="tegn hovedvinduet (1440x900) til en PNG-fil og avslutt")
    ap.add_argument("--size", default=None, help="vindusstørrelse for --screenshot, f.eks. 1280x720")
    ap.add_argument("--tab", type=int, default=None, help="vis inndata-fane nr. (0-7) i --screenshot")
    ap.add_argument("--view", type=int, default=None, help="vis resultatfane nr. (0-7) under tabellen i --screenshot")
    ap.add_argument("--walkthrough", type=int, metavar="STEG", default=None,
                    help="tegn gjennomgangen på steg 1-6 i stedet for hovedvinduet (med --screenshot)")
    ap.add_argument("--exit-after-startup", action="store_true", help="start, vis vinduet og avslutt (måling)")
    ap.add_argument("--lang", choices=("nb", "nn", "en"), help="språk (husket fra forrige gang når det ikke er gitt)")
    return ap


def quicker_pyside_import_check() -> None:
    """PySide6 reads the source of every module imported after it, through
    `inspect.getsource` and its line cache, to see whether it says "PySide6"
    (its `__feature__` switching, PYSIDE-2029): some 15 ms of this app's start
    (issue 23). The same question answered from the file's bytes, without the
    tokenizer's encoding sniffing and the line-cache copy of every module.
    Python's own library is not read at all (no file of it says "PySide6"):
    45 of the 100 modules the window imports after PySide, 1.1 ms. A PySide6
    without that check is left as it is."""
    feature = sys.modules.get("shibokensupport.feature")
    slow = getattr(feature, "_mod_uses_pyside", None)
    if slow is None or getattr(slow, "quicker", False):
        return
    stdlib = os.path.join(os.path.dirname(os.__file__), "")

    def uses_pyside(module) -> bool:
        path = getattr(module, "__file__", None)
        if not (isinstance(path, str) and path.endswith(".py")):
            return slow(module)
        if path.startswith(stdlib) and "-packages" not in path[len(stdlib):]:  # not site-/dist-packages
            return False
        try:
            with open(path, "rb") as f:
                return b"PySide6" in f.read()
        except OSError:
            return slow(module)

    uses_pyside.quicker = True
    feature._mod_uses_pyside = uses_pyside


def make_app(argv0: str = "startlan-desktop"):
    import PySide6.QtCore  # noqa: F401 (installs PySide's import hook, made quicker next)

    quicker_pyside_import_check()
    from PySide6.QtCore import QLocale
    from PySide6.QtGui import QFont, QFontDatabase
    from PySide6.QtWidgets import QApplication

    from ..core.data import RESOURCES

    app = QApplication.instance() or QApplication([argv0])
    app.setApplicationName("Startlån Desktop")
    app.setOrganizationName("Startlan")
    QLocale.setDefault(QLocale(QLocale.Language.NorwegianBokmal, QLocale.Country.Norway))
    if not QFontDatabase.hasFamily("DejaVu Sans"):  # a system font already (most Linux desktops): 8-11 ms saved
        for ttf in sorted((RESOURCES / "fonts").glob("DejaVu*.ttf")):
            QFontDatabase.addApplicationFont(str(ttf))
    if not QFontDatabase.hasFamily("Abyssinica SIL"):  # Tigrinya in the walk-through: Qt falls back to it
        QFontDatabase.addApplicationFont(str(RESOURCES / "fonts" / "AbyssinicaSIL-Regular.ttf"))
    if sys.platform.startswith("linux"):  # Windows and macOS keep their system UI font
        app.setFont(QFont("DejaVu Sans", 9))
    # no application-wide style sheet: see ui/style.py
    return app


def set_icon(app) -> None:
    """The app's icon, for every window. Set once the first frame is up: the
    window manager shows it in the title bar and task bar a moment later, and
    QIcon's type is not built before the first frame (~10 M instructions, issue 23)."""
    from PySide6.QtGui import QIcon

    from ..core.data import RESOURCES

    app.setWindowIcon(QIcon(str(RESOURCES / "icons" / "startlan.png")))


def run(argv: list[str]) -> int:
    """The app, from its arguments to the end of its event loop.

    Start-up allocates hundreds of thousands of objects (PySide's enums, the
    modules, the window) and frees almost none: the cyclic garbage collector
    would walk them again and again for nothing (~10 ms before the first
    frame, issue 23). It is paused until the window is painted."""
    gc.disable()
    try:
        return _run(argv)
    finally:
        gc.enable()


def _run(argv: list[str]) -> int:
    args = parse_args(argv)
    app = make_app()
    from ..core.example import example_case
    from ..i18n import set_language
    from .main_window import MainWindow
    from .settings import AppSettings

    settings = AppSettings()
    set_language(args.lang or settings.language)
    win = MainWindow(settings)
    from . import crash

    crash.install(win)

    def first_case() -> bool:
        if args.case:
            return win.open_path(args.case)
        if args.screenshot:  # the documentation shows the example (marked as such)
            win.set_case(example_case())
        else:
            win.start()  # the last case, or an empty one with the example offered
        return True

    opened = _startup(win, first_case)
    if args.screenshot or args.exit_after_startup:
        if not opened:
            return 2
    elif not opened and win.path is None:
        _startup(win, win.start_empty)  # the window still opens, with an empty case: no process without one
    if args.screenshot:
        size = tuple(int(v) for v in args.size.split("x")) if args.size else SCREENSHOT_SIZE
        return screenshot(win, Path(args.screenshot), size, args.tab, args.walkthrough, args.view)
    if args.exit_after_startup:  # measured (benchmarks/run.py): the wall-clock moment of the first paint
        print(f"first-paint {wait_first_paint(app, win):.6f}", flush=True)
        return 0
    # after the first frame, not before it (issue 23): the termination handlers (`signal`
    # builds its enums: ~0.6 ms; before the window is up there is no work to save), the
    # recovery offer reads the recovery folder (and may ask), the PDF warm-up starts its timer
    win.after_first_frame(lambda: on_termination(app, win))
    win.after_first_frame(gc.enable)
    win.after_first_frame(lambda: set_icon(app))
    win.after_first_frame(lambda: after_start(win))
    win.show()
    return app.exec()


def build_qt_namespace() -> None:
    """Qt's namespace enums, which the first frame does without (ui/qtvalues.py),
    built once the window is up: while it is looked at, not on the first key
    press or the first dialog (~25 ms)."""
    from PySide6.QtCore import Qt  # noqa: F401


def after_start(win) -> None:
    """Once the window is up: the first PDF export made as quick as the later
    ones, and work a crashed session left offered back."""
    build_qt_namespace()
    from . import warmup

    warmup.schedule(win)  # the first PDF export as quick as the later ones (issue 23)
    _startup(win, win.offer_recovery)


def _startup(win, step):
    """A start-up step under the crash handler: after an unexpected error the
    dialog's "Fortsett" goes on to the window, instead of ending the program."""
    try:
        return step()
    except Exception:  # noqa: BLE001 (reported by the crash dialog)
        from . import crash

        crash.handle(win, *sys.exc_info())
        return False


def on_termination(app, win) -> None:
    """Log-out, shut-down and `kill` (SIGTERM): unsaved work goes to the recovery
    folder and stays there for the next start; then the app quits."""
    import signal

    from PySide6.QtCore import QTimer

    def terminate(*_args) -> None:
        win.shutdown()
        app.quit()

    app.commitDataRequest.connect(lambda _manager: win.autosave())
    if hasattr(signal, "SIGTERM"):
        signal.signal(signal.SIGTERM, terminate)
        # Python runs signal handlers only between bytecodes: a quiet timer lets it
        # in while Qt's event loop waits
        win._signal_timer = QTimer(win)
        win._signal_timer.timeout.connect(lambda: None)
        win._signal_timer.start(250)


def wait_first_paint(app, win, timeout_s: float = 10.0) -> float:
    """Show `win` and process events until it has been painted once; returns
    when that paint began (time.time(), comparable across processes)."""
    import time

    from PySide6.QtCore import QEvent, QObject

    class FirstPaint(QObject):
        done = False
        at = 0.0

        def eventFilter(self, obj, event):  # noqa: N802 (Qt's name)
            if event.type() == QEvent.Type.Paint and not FirstPaint.done:
                FirstPaint.done, FirstPaint.at = True, time.time()
            return False

    probe = FirstPaint(win)
    win.installEventFilter(probe)
    win.show()
    end = time.perf_counter() + timeout_s
    while not FirstPaint.done and time.perf_counter() < end:
        app.processEvents()
    win.removeEventFilter(probe)
    return FirstPaint.at


def screenshot(win, path: Path, size: tuple[int, int], tab: int | None = None, step: int | None = None,
               view: int | None = None) -> int:
    """The main window (at input tab `tab`, result view `view`) or the
    walk-through (at step 1-6) drawn to a PNG, for the documentation and the
    bundle's smoke test."""
    win.resize(*size)
    if tab is not None:
        win.inputs.setCurrentIndex(tab)
    if view is not None:
        win.bottom.setCurrentIndex(view)
    win.show()
    target = win
    if step is not None:
        target = win.walkthrough()
        if target is None:
            return 1
        target.resize(*size)
        target.go(step - 1)
    from .snapshot import wait_drawn

    wait_drawn(win, target)  # the chart below the table is built after the first frame: drawn first
    ok = target.grab().save(str(path))
    if target is not win:
        target.close()
    win.setWindowModified(False)
    win.close()
    return 0 if ok else 1
