"""The window's menus, toolbar and actions. Each action calls the object whose
name says what it does: `window.document` (the file), `window.exports` (PDF,
print, CSV, walk-through), `window.tools` (the other windows and dialogs), the
loan section (scenarios). To add a menu action: one `_action(...)` line here,
its slot where its name says.

Alt+letter: one thing each, menus (F, S, R, H) and tabs together
(tests/ui/test_keyboard.py)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QMenuBar

from .. import i18n
from ..core.i18n import language, tr
from ..i18n import LANGUAGES


def _new_action(window, text: str) -> QAction:
    """``QAction(text, window)``, made without QIcon: that call's overloads begin
    with ``QAction(QIcon, str, parent)``, and deciding between them builds
    QIcon's type and its enums before the first frame (~10 M instructions, issue 23)."""
    act = QAction(window)
    act.setText(text)
    return act


def _action(window, menu: QMenu, text: str, slot, shortcut: str = "", tip: str = "") -> QAction:
    """A menu action; `shortcut` is the name of a standard key of the platform
    ("Save") or else keys ("Ctrl+E", "F5"), set by `set_shortcuts`."""
    act = _new_action(window, text)
    if shortcut:
        window.pending_shortcuts.append((act, shortcut))
    if tip:
        act.setStatusTip(tip)
    act.triggered.connect(slot)
    menu.addAction(act)
    return act


def build(w) -> None:
    """Menus, toolbar and the window's `act_*` actions (tests and the shortcut
    guard reach them by these names)."""
    doc, exports, tools = w.document, w.exports, w.tools
    w.pending_shortcuts = []
    mb = w.menuBar()
    f = mb.addMenu(tr("&Fil"))
    tb = w.addToolBar(tr("Verktøy"))
    tb.setObjectName("toolbar")
    w.act_new = _action(w, f, tr("&Ny sak"), doc.new_case, "New")
    w.act_example = _action(w, f, tr("Åpne e&ksempelsak"), doc.open_example)
    _action(w, f, tr("Åpne eksempel på &oppfølgingssak"), doc.open_followup_example)
    w.act_open = _action(w, f, tr("&Åpne …"), doc.open_dialog, "Open")
    w.recent_menu = f.addMenu(tr("Nylig brukte"))
    w.act_save = _action(w, f, tr("&Lagre"), doc.save, "Save")
    w.act_save_as = _action(w, f, tr("Lagre &som …"), doc.save_as, "Ctrl+Shift+S")
    f.addSeparator()
    w.act_pdf = _action(w, f, tr("&Eksporter PDF …"), exports.export_pdf, "Ctrl+E",
                        tr("Budsjettark for saksmappen (PDF/A)"))
    w.act_print = _action(w, f, tr("Skriv &ut …"), exports.print_sheet, "Print")
    w.act_applicant = _action(w, f, tr("Ark &til søkeren (PDF) …"), exports.applicant_page,
                              tip=tr("Siden søkeren tar med hjem, på språket søkeren velger"))
    w.act_schedule_pdf = _new_action(w, tr("Ta med nedbetalingsplan i PDF"))
    w.act_schedule_pdf.setCheckable(True)
    w.act_schedule_pdf.setChecked(w.settings._get("pdf_schedule", True, bool))
    w.act_schedule_pdf.toggled.connect(lambda v: w.settings.set("pdf_schedule", v))
    f.addAction(w.act_schedule_pdf)
    f.addSeparator()
    w.act_settings = _action(w, f, tr("&Innstillinger …"), tools.open_settings, "Ctrl+,")
    f.addSeparator()
    _action(w, f, tr("&Avslutt"), w.close, "Quit")
    s = mb.addMenu(tr("&Scenario"))
    _action(w, s, tr("&Legg til scenario"), lambda: w.loans.add(), "Ctrl+T")
    _action(w, s, tr("&Dupliser valgt scenario"), lambda: w.loans.duplicate(), "Ctrl+D")
    _action(w, s, tr("&Fjern valgt scenario"), lambda: w.loans.remove())
    w.language_menu = _language_menu(w, mb)
    h = mb.addMenu(tr("&Hjelp"))
    w.act_guide = _action(w, h, tr("&Kom i gang"), tools.show_guide, "HelpContents")
    _action(w, h, tr("&Datagrunnlag og kilder"), tools.show_sources)
    _action(w, s, tr("Fastrenter som løper ut (mappe) …"), tools.expiry_list)
    _action(w, s, tr("Låne&portefølje (låneliste fra låneforvalter) …"), tools.portfolio_window)
    for act in (w.act_new, w.act_open, w.act_save):
        tb.addAction(act)
    w.act_walk = _action(w, f, tr("&Gjennomgang med søker …"), exports.walkthrough, "Ctrl+G",
                         tr("Vis saken steg for steg med stor skrift"))
    tb.addSeparator()
    tb.addAction(w.act_walk)
    tb.addAction(w.act_pdf)
    tb.addAction(w.act_print)
    tb.addSeparator()
    tb.addAction(w.act_settings)
    tb.addAction(w.language_menu.menuAction())
    w.toolbar = tb
    refresh_recent(w)
    w.after_first_frame(lambda: set_shortcuts(w))


def set_shortcuts(w) -> None:
    """The actions' shortcuts, once the window's first frame is drawn: the
    menus that show them are closed in it, and QKeySequence costs ~8 M
    instructions to build before it (issue 23)."""
    from PySide6.QtGui import QKeySequence

    for act, keys in w.pending_shortcuts:
        standard = getattr(QKeySequence.StandardKey, keys, None)
        act.setShortcut(QKeySequence(keys if standard is None else standard))
    w.pending_shortcuts = []


def remove(w) -> None:
    """Menus, toolbar and actions gone, to be built again (in another language)."""
    w.setMenuBar(QMenuBar())  # Qt deletes the old bar and its menus
    for act in w.findChildren(QAction):
        if act.parent() is w:
            act.deleteLater()
    w.removeToolBar(w.toolbar)
    w.toolbar.deleteLater()


def _language_menu(w, mb) -> QMenu:
    """Språk / Language: each language named in itself, the current one ticked."""
    menu = mb.addMenu(tr("Sp&råk"))
    menu.setToolTip(tr("Språk for skjermen, gjennomgangen og budsjettarket. Tall og datoer er alltid norske."))
    group = QActionGroup(menu)
    for code, name in LANGUAGES.items():
        act = menu.addAction(name)
        act.setCheckable(True)
        act.setChecked(code == language())
        act.setData(code)
        group.addAction(act)
        act.triggered.connect(lambda _=False, c=code: w.change_language(c))
    return menu


def change_language(w, code: str) -> None:
    """Switch the language at run time and remember it. The window is rebuilt
    around the same case: nothing is lost, unsaved edits stay unsaved."""
    code = i18n.set_language(code)
    w.settings.set("language", code)
    tab, view, modified = w.inputs.currentIndex(), w.bottom.currentIndex(), w.isWindowModified()
    splits = w.centralWidget().sizes(), w.vsplit.sizes()  # as the caseworker left them
    remove(w)
    w.statusBar().removeWidget(w.sources_label)
    w.sources_label.deleteLater()
    w.build()  # replaces the central widget, which Qt deletes
    build(w)
    w.centralWidget().setSizes(splits[0])
    w.vsplit.setSizes(splits[1])
    w.inputs.setCurrentIndex(tab)
    w.bottom.setCurrentIndex(view)
    w.recompute()
    w.setWindowModified(modified)
    w.update_title()
    w.exports.rebuild_walkthrough()


def refresh_recent(w) -> None:
    """The recently used files, newest first, and a way to forget them."""
    w.recent_menu.clear()
    files = w.settings.recent_files
    for p in files:
        act = w.recent_menu.addAction(Path(p).name)
        act.setToolTip(p)
        act.triggered.connect(lambda _=False, p=p: w.document.maybe_save() and w.document.open_path(p))
    if files:
        w.recent_menu.addSeparator()
        clear = w.recent_menu.addAction(tr("&Tøm listen"))
        clear.triggered.connect(lambda: (w.settings.clear_recent(), refresh_recent(w)))
    w.recent_menu.setEnabled(bool(files))
