"""Screenshots of the portfolio window, the column-mapping dialog and one
letter page for the README (docs/screenshots/), from the generated lists in
tests/data. Run offscreen: QT_QPA_PLATFORM=offscreen python build/portfolio_screenshots.py"""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
OUT = ROOT / "docs" / "screenshots"
DATA = ROOT / "tests" / "data"


def main() -> None:
    import shutil

    from PySide6.QtCore import QSettings

    from startlan_desktop.core import portfolio as pf
    from startlan_desktop.ui.app import make_app
    from startlan_desktop.ui.portfolio import ColumnMappingDialog, PortfolioWindow
    from startlan_desktop.ui.settings import AppSettings

    app = make_app()
    tmp = Path(tempfile.mkdtemp())
    settings = AppSettings(QSettings(str(tmp / "s.ini"), QSettings.Format.IniFormat))
    settings.set("municipality", "Båtsfjord kommune")
    settings.set("caseworker", "Kari Saksbehandler")
    settings.set("letter_contact", "Ring oss på 78 98 00 00 (kl. 9–15) eller skriv til postmottak@batsfjord.kommune.no.")
    shutil.copy(DATA / "loans-utf8.csv", tmp / "lan-2026-11.csv")
    win = PortfolioWindow(settings)
    win.today = dt.date(2026, 12, 1)
    win.resize(1366, 740)
    win.open_list(tmp / "lan-2026-11.csv")
    win.view.selectRow(1)
    win.log.add("7001007", "letter", "Kari Saksbehandler", "", dt.date(2026, 11, 20))
    win.log.add("7001007", "called", "Kari Saksbehandler", "vil søke om lengre løpetid", dt.date(2026, 11, 27))
    win.log_entries = win.log.entries
    win.model.set_last(win._last())
    win._update_status()
    win.view.selectRow(0)
    win.show()
    app.processEvents()
    win.grab().save(str(OUT / "portfolio-list.png"))
    table = pf.read_table(DATA / "loans-bad.csv")
    odd = tmp / "eksport.csv"
    odd.write_text("Rapport per 30.11.2026;;;;;\nKonto;Kunde;Beløp;Sats;Bundet til;Mnd\n"
                   "7001001;Åse Ødegård;1 850 000,00;2,150;01.03.2027;300\n"
                   "7001002;Ola Nordmann;2 400 000,00;1,950;15.06.2027;348\n"
                   "7001003;Kari Bjørnstad;980 000,00;3,100;01.01.2028;180\n", encoding="utf-8")
    table = pf.read_table(odd)
    dlg = ColumnMappingDialog(table, 1, pf.match_columns(table.rows[1]), tr_message(), win)
    for field, col in (("loan_number", 0), ("balance", 2), ("rate", 3), ("fixed_until", 4), ("remaining", 5)):
        dlg.combos[field].setCurrentIndex(col + 1)  # as the caseworker chooses them
    dlg.resize(1100, 600)
    dlg.show()
    app.processEvents()
    dlg.grab().save(str(OUT / "portfolio-mapping.png"))
    dlg.close()
    pdf = tmp / "brev.pdf"
    from startlan_desktop.reports.letters import build_letters

    pdf.write_bytes(build_letters([e for e in win.items if e.loan.number == "7001001"], win.letter_options()))
    subprocess.run(["pdftoppm", "-png", "-r", "80", "-singlefile", str(pdf), str(OUT / "portfolio-letter")], check=True)
    win.close()


def tr_message() -> str:
    from startlan_desktop.core.i18n import tr

    return tr("Finner ikke kolonnene i en låneliste (lånenummer, restgjeld, rente …). Velg kolonnene selv.")


if __name__ == "__main__":
    main()
