"""The settings dialog (imported when it opens, not at start-up)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ..core import data, dataedit, datapack, limits, ratepaste
from ..core.errors import ValidationError
from ..core.formatting import fmt_date, fmt_kr, fmt_rate, fmt_years
from ..core.i18n import tr
from . import dialogs, style
from .dialogs import name_buttons
from .settings import RATE_KEYS, RATE_LABELS, AppSettings
from .table_model import EditTableModel, edit_table, show_text, text_table
from .widgets import DateEdit, FieldMessages, NumberEdit, combo, percent, set_combo


class SettingsDialog(QDialog):
    """Edit the settings; nothing is saved until OK, and OK needs valid fields."""

    def __init__(self, settings: AppSettings, parent=None):
        super().__init__(parent)
        self.setWindowTitle(tr("Innstillinger"))
        self.s = settings
        self.messages = FieldMessages()
        outer = QVBoxLayout(self)
        self.tabs = QTabWidget()
        outer.addWidget(self.tabs, 1)
        lay = self._tab(tr("Generelt"))
        general = QFormLayout()
        self.municipality = QLineEdit(settings.municipality)
        self.caseworker = QLineEdit(settings.caseworker)
        general.addRow(tr("Kommune"), self.municipality)
        general.addRow(tr("Saksbehandler"), self.caseworker)
        self.contact = QLineEdit(settings.contact)  # on the applicant's take-home page (issue 22)
        self.contact.setMaxLength(200)
        self.contact.setPlaceholderText(tr("Ring 78 98 00 00 og spør etter startlån."))
        general.addRow(tr("Hvem søkeren kan ringe"), self.contact)
        self.markup = self._num(percent(limits.MAX_MARKUP_PP, 3, unit=tr("prosentpoeng")), settings.markup_pp,
                                 tr("Kommunens påslag"))
        general.addRow(tr("Kommunens påslag"), self.markup)
        self.est_fee = self._num(NumberEdit(0, 99_999), settings.establishment_fee, tr("Etableringsgebyr"))
        self.term_fee = self._num(NumberEdit(0, 9_999), settings.term_fee, tr("Termingebyr"))
        for fee in (self.est_fee, self.term_fee):
            fee.setToolTip(tr("Kommunens eget gebyr i nye saker. Husbankens gebyrer (til sammenligning) står under "
                              "«Andre data»."))
        general.addRow(tr("Etableringsgebyr"), self.est_fee)
        general.addRow(tr("Termingebyr"), self.term_fee)
        self.card = self._num(NumberEdit(0, 100, 1, "%"), settings.credit_card_share * 100, tr("Kredittkort"))
        general.addRow(tr("Kredittkort: andel av ramme (%)"), self.card)
        self.sifo = combo([(y, str(y)) for y in reversed(data.SIFO_YEARS)])
        set_combo(self.sifo, settings.sifo_year)
        general.addRow(tr("SIFO-år for nye saker"), self.sifo)
        self.fixed_years = combo([(y, fmt_years(y)) for y in (3, 5, 10, 20)])
        set_combo(self.fixed_years, settings.fixed_years)
        general.addRow(tr("Bindingstid i nye saker"), self.fixed_years)
        lay.addLayout(general)
        self._usual_terms(lay, settings)
        lay.addStretch(1)

        lay = self._tab(tr("Renter og stresstest"))
        rates = settings.rates
        box = QGroupBox(tr("Husbankens renter (månedlige terminer, nominell % per år)"))
        rf = QFormLayout(box)
        self.rate_date = DateEdit()
        self.rate_date.setMaximumWidth(140)
        self.rate_date.setIso(rates["valid_from"])
        self.messages.watch(self.rate_date, tr("Dato"))
        rf.addRow(tr("Gjelder fra"), self.rate_date)
        self.rate_source = QLineEdit(rates.get("source", ""))
        self.rate_source.setAccessibleName(tr("Kilde for rentene"))
        self._rate_source0 = self.rate_source.text()
        self.rate_source.setCursorPosition(0)  # a long source shows its beginning
        rf.addRow(tr("Kilde"), self.rate_source)
        self.rate_edits = {}
        for k in RATE_KEYS:
            self.rate_edits[k] = self._num(percent(), rates[k], tr(RATE_LABELS[k]))
            rf.addRow(tr(RATE_LABELS[k]), self.rate_edits[k])
        self.stale = QLabel()
        self.stale.setWordWrap(True)
        rf.addRow(self.stale)
        self.rate_date.isoChanged.connect(lambda _v: self._update_stale())
        self._update_stale()
        self._paste_box(rf)
        lay.addWidget(box)

        sbox = QGroupBox(tr("Stresstest"))
        sf = QFormLayout(sbox)
        rule = dataedit.stress_rule()
        self.rule = combo([("policy", tr("Styringsrente + påslag (Husbanken)")),
                           ("margin", tr("Lånets rente + margin"))])
        set_combo(self.rule, settings.stress_rule)
        sf.addRow(tr("Regel"), self.rule)
        # The rule's own figures (part of the policy-rate item; core/dataedit.py checks and stores them).
        self.stress_edits = {}
        for key, label, hi in dataedit.STRESS_FIELDS:
            unit = "%" if key.endswith("_pct") else tr("prosentpoeng")
            self.stress_edits[key] = self._num(percent(hi, 2, unit=unit), rule[key], tr(label))
            sf.addRow(tr(label), self.stress_edits[key])
        self.policy = self._num(percent(20), settings.policy_rate_pct, tr("Styringsrente"))
        sf.addRow(tr("Styringsrente"), self.policy)
        self.policy_date = DateEdit()
        self.policy_date.setMaximumWidth(140)
        self.policy_date.setIso(settings.policy_rate_date)
        self.messages.watch(self.policy_date, tr("Dato for styringsrenten"))
        sf.addRow(tr("Gjelder fra"), self.policy_date)
        self.policy_source = QLineEdit(data.policy_rate()["source"])
        self.policy_source.setAccessibleName(tr("Kilde for styringsrenten"))
        self.policy_source.setCursorPosition(0)
        sf.addRow(tr("Kilde"), self.policy_source)
        self.policy_stale = QLabel()
        sf.addRow(self.policy_stale)
        self.policy_date.isoChanged.connect(lambda _v: self._update_stale())
        self._update_stale()  # show the policy rate's age as soon as the dialog opens
        self.margin = self._num(percent(10, 2, unit=tr("prosentpoeng")), settings.margin_pp, tr("Margin"))
        sf.addRow(tr("Margin (hva om)"), self.margin)
        lay.addWidget(sbox)
        self.use_shipped = QCheckBox(tr("Tilbakestill rentene til programmets rentetabell"))
        lay.addWidget(self.use_shipped)
        lay.addStretch(1)
        self._nav_tab()
        self._data_tab()
        self._pack_tab()

        outer.addWidget(self.messages)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        name_buttons(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        outer.addWidget(self.buttons)
        self._fit_screen()

    def _fit_screen(self) -> None:
        """Open roomy (the NAV and SIFO tables are wide and long) but inside the screen:
        at most 980 × 700, never taller than the screen less its frame, so OK/Avbryt show."""
        screen = (self.parent().screen() if self.parent() is not None else None) or self.screen()
        if screen is None:
            return
        avail = screen.availableGeometry()
        self.resize(min(980, avail.width() - 40), min(700, avail.height() - 70))

    def _tab(self, title: str) -> QVBoxLayout:
        """A tab whose content scrolls if the screen is small: the buttons stay visible."""
        page = QWidget()
        area = QScrollArea()
        area.setWidgetResizable(True)
        area.setWidget(page)
        self.tabs.addTab(area, title)
        return QVBoxLayout(page)

    def _usual_terms(self, lay: QVBoxLayout, settings: AppSettings) -> None:
        ubox = QGroupBox(tr("Kommunens vanlige vilkår (utenfor gir en merknad, aldri et avslag)"))
        uf = QFormLayout(ubox)
        u = settings.usual_terms
        self.u_term = QSpinBox()
        self.u_term.setRange(1, limits.MAX_TERM_YEARS)
        self.u_term.setSuffix(" " + tr("år"))
        self.u_term.setValue(u.max_term_years)
        uf.addRow(tr("Vanlig lengste løpetid"), self.u_term)
        self.u_repayment = combo([("annuity", tr("Annuitet")), ("serial", tr("Serie")), ("", tr("Begge"))])
        set_combo(self.u_repayment, u.repayment)
        uf.addRow(tr("Vanlig lånetype"), self.u_repayment)
        self.u_rate = combo([("", tr("Begge")), ("fixed", tr("Fast")), ("floating", tr("Flytende"))])
        set_combo(self.u_rate, u.rate_type)
        uf.addRow(tr("Vanlig rentetype"), self.u_rate)
        self.u_io = QSpinBox()
        self.u_io.setRange(0, limits.MAX_INTEREST_ONLY_YEARS)
        self.u_io.setSuffix(" " + tr("år"))
        self.u_io.setValue(u.max_interest_only_years)
        uf.addRow(tr("Vanlig avdragsfrihet"), self.u_io)
        self.u_cap = QSpinBox()  # the startlån may finance up to 100 % of price + purchase costs
        self.u_cap.setRange(0, 100)
        self.u_cap.setSuffix(" %")
        self.u_cap.setValue(round(u.startlan_cap_pct))
        self.u_cap.setToolTip(tr("Startlånet kan finansiere inntil 100 % av kjøpesum og kjøpskostnader; "
                                 "tilskudd brukes bare for resten."))
        uf.addRow(tr("Startlånets tak (av kjøpesum og kjøpskostnader)"), self.u_cap)
        lay.addWidget(ubox)

    def _paste_box(self, form: QFormLayout) -> None:
        """Paste Husbanken's table as copied from husbanken.no/rente; core reads it."""
        self.paste = QPlainTextEdit()
        self.paste.setPlaceholderText(tr("Lim inn tabellen fra husbanken.no/rente her (med datoen)"))
        self.paste.setAccessibleName(tr("Innlimt rentetabell"))
        self.paste.setFixedHeight(60)
        self.paste_button = QPushButton(tr("Les inn limt tabell"))
        self.paste_button.clicked.connect(self.read_paste)
        self.paste_message = QLabel()
        self.paste_message.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.paste, 1)
        row.addWidget(self.paste_button)
        form.addRow(tr("Lim inn"), row)
        form.addRow(self.paste_message)

    def read_paste(self) -> bool:
        """Fill the rate fields from the pasted table; a paste core cannot read changes nothing."""
        try:
            table = ratepaste.parse_rate_paste(self.paste.toPlainText())
        except ratepaste.RatePasteError as exc:
            style.error_text(self.paste_message)
            self.paste_message.setText(str(exc))
            return False
        self.rate_date.setIso(table["valid_from"])
        for k, e in self.rate_edits.items():
            e.setValue(table[k])
            e.textEdited.emit(e.text())
        self.rate_source.setText("husbanken.no/rente")
        self.use_shipped.setChecked(False)
        self.paste_message.setStyleSheet("")
        self.paste_message.setText(tr("Lest inn: renter fra {date}, flytende {rate}. Trykk OK for å lagre.").format(
            date=fmt_date(table["valid_from"]), rate=fmt_rate(table["floating"])))
        self._update_stale()
        return True

    def _nav_tab(self) -> None:
        """NAV's guideline rates: a row per year; the row in force on the case date is used."""
        lay = self._tab(tr("NAV-satser"))
        note = QLabel(tr("NAVs veiledende satser for livsopphold, kr per måned: én rad per år. Saken bruker raden "
                         "som gjelder på saksdatoen. Skriv kilden (rundskriv) ved tallene."))
        note.setWordWrap(True)
        lay.addWidget(note)
        self.nav_cells_model = EditTableModel([tr(dataedit.NAV_LABELS[c]) for c in dataedit.NAV_COLUMNS],
                                              right=range(1, len(dataedit.NAV_COLUMNS) - 1))
        self.nav = edit_table(self.nav_cells_model, tr("NAVs veiledende satser"))
        self.nav.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.nav.horizontalHeader().setStretchLastSection(True)
        for t in dataedit.nav_rows_in_force():
            self._add_nav_row(t)
        lay.addWidget(self.nav, 1)
        buttons = QHBoxLayout()
        add = QPushButton(tr("Legg til år"))
        add.clicked.connect(lambda: self._add_nav_row(None))
        remove = QPushButton(tr("Fjern valgt rad"))
        remove.clicked.connect(self._remove_nav_row)
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch(1)
        lay.addLayout(buttons)
        self.nav_message = QLabel()
        self.nav_message.setWordWrap(True)
        style.error_text(self.nav_message)
        lay.addWidget(self.nav_message)

    def _add_nav_row(self, t: dict | None) -> int:
        """A row at the end: year `t` as shown, or blank for a new year. Its index."""
        if t is None:
            return self.nav_cells_model.append()
        return self.nav_cells_model.append([_nav_text(key, t) for key in dataedit.NAV_COLUMNS])

    def _remove_nav_row(self) -> None:
        """Remove the selected row; the last row stays (a rate table needs a year)."""
        r = self.nav.currentIndex().row()
        if r >= 0 and self.nav_cells_model.rowCount() > 1:
            self.nav_cells_model.removeRows(r, 1)

    def nav_cells(self) -> list[dict[str, str]]:
        m = self.nav_cells_model
        return [{key: m.text(r, c) for c, key in enumerate(dataedit.NAV_COLUMNS)} for r in range(m.rowCount())]

    def _nav_item(self) -> dict | None:
        """The NAV item from the table, or None with the message at the cell at fault."""
        self.nav_cells_model.mark(None)
        try:
            item = dataedit.nav_item(self.nav_cells())
        except (ValidationError, datapack.DataPackError) as exc:
            field = getattr(exc, "field", "")
            msg = getattr(exc, "message", str(exc))
            if field.startswith("nav."):
                _nav, row, key = field.split(".", 2)
                c = dataedit.NAV_COLUMNS.index(key)
                if 0 <= int(row) < self.nav_cells_model.rowCount():
                    self.nav_cells_model.mark((int(row), c))
                    self.nav.setCurrentIndex(self.nav_cells_model.index(int(row), c))
                    self.nav.scrollTo(self.nav_cells_model.index(int(row), c))
                msg = tr("Rad {row}, «{column}»: {message}").format(
                    row=int(row) + 1, column=tr(dataedit.NAV_LABELS[key]), message=msg)
            self.nav_message.setText(msg)
            return None
        self.nav_message.setText("")
        return item

    def _data_tab(self) -> None:
        """G, Husbanken's fees, SIFO, tax rules and sale costs: a table per item (ui/data_editor.py)."""
        from .data_editor import DataItemsEditor

        lay = self._tab(tr("Andre data"))
        self.data_items = DataItemsEditor()
        lay.addWidget(self.data_items, 1)

    def _pack_tab(self) -> None:
        """Import a data pack: the changes are shown, old → new, before they are applied;
        below, what is in force (as `startlan data show`), and an export of it."""
        lay = self._tab(tr("Datapakke"))
        note = QLabel(tr("En datapakke (JSON) fra kommunens IT eller en kollega bringer nye tall uten ny "
                         "programversjon. Endringene vises før du tar dem i bruk."))
        note.setWordWrap(True)
        lay.addWidget(note)
        self.pack_open = QPushButton(tr("Importer datapakke …"))
        self.pack_open.clicked.connect(self.choose_pack)
        self.pack_export = QPushButton(tr("Eksporter dataene som gjelder …"))
        self.pack_export.clicked.connect(self.export_pack)
        row = QHBoxLayout()
        row.addWidget(self.pack_open)
        row.addWidget(self.pack_export)
        row.addStretch(1)
        lay.addLayout(row)
        self.pack_preview = QLabel()
        self.pack_preview.setWordWrap(True)
        self.pack_preview.setTextFormat(Qt.TextFormat.PlainText)
        lay.addWidget(self.pack_preview)
        self.pack_changes = _readonly_table([tr("Dataelement"), tr("Nå"), tr("Etter import")],
                                            tr("Endringer i datapakken"))
        self.pack_changes.hide()
        lay.addWidget(self.pack_changes)
        self.pack_apply = QPushButton(tr("Ta i bruk endringene"))
        self.pack_apply.setEnabled(False)
        self.pack_apply.clicked.connect(self.apply_pack)
        row = QHBoxLayout()
        row.addWidget(self.pack_apply)
        row.addStretch(1)
        lay.addLayout(row)
        lay.addWidget(QLabel(tr("Dataene som gjelder nå")))
        self.in_force = _readonly_table([tr("Data"), tr("I kraft"), tr("Status")], tr("Dataene som gjelder nå"))
        lay.addWidget(self.in_force)
        lay.addStretch(1)
        self._fill_in_force()
        self._pack_doc = None

    def _fill_in_force(self) -> None:
        rows = [[name, figure, status + (" ⚠ " + tr("kontroller") if stale else "")]
                for name, figure, _date, status, stale in datapack.status_rows()]
        _fill(self.in_force, rows)

    def choose_pack(self) -> None:
        path = dialogs.open_file(self, tr("Importer datapakke"), "", tr("Datapakke (*.json)"))
        if path:
            self.preview_pack(path)

    def export_pack(self) -> None:
        path = dialogs.save_file(self, tr("Eksporter datapakke"), "datapakke.json", tr("Datapakke (*.json)"))
        if path:
            self.write_pack(path)

    def write_pack(self, path) -> bool:
        """Every item in force as a pack file (what `startlan data export` writes)."""
        import json
        from pathlib import Path

        try:
            Path(path).write_text(json.dumps(datapack.export_pack(), ensure_ascii=False, indent=1) + "\n",
                                  encoding="utf-8")
        except OSError as exc:
            style.error_text(self.pack_preview)
            self.pack_preview.setText(tr("Kunne ikke skrive {file}: {error}").format(file=Path(path).name,
                                                                                    error=exc.strerror or exc))
            return False
        self.pack_preview.setStyleSheet("")
        self.pack_preview.setText(tr("Eksportert til {file}.").format(file=Path(path).name))
        return True

    def preview_pack(self, path) -> bool:
        """Show what the pack would change (core's diff); a refused pack shows why and changes nothing."""
        self._pack_doc = None
        self.pack_apply.setEnabled(False)
        self.pack_changes.hide()
        try:
            doc = datapack.read_pack_file(path)
            changes = datapack.preview(doc)
        except datapack.DataPackError as exc:
            style.error_text(self.pack_preview)
            self.pack_preview.setText(tr("Datapakken er avvist, ingenting er endret: {error}").format(error=exc))
            return False
        self.pack_preview.setStyleSheet("")
        if not changes:
            self.pack_preview.setText(tr("Datapakken endrer ingenting: tallene i den gjelder allerede."))
            return True
        _fill(self.pack_changes, [[c.label, c.old, c.new] for c in changes])
        self.pack_preview.setText(tr("Dette endres når du tar datapakken i bruk (se over først):"))
        self.pack_preview.setAccessibleDescription("\n".join(c.text for c in changes))
        self.pack_changes.show()
        self._pack_doc = doc
        self.pack_apply.setEnabled(True)
        return True

    def apply_pack(self) -> None:
        if self._pack_doc is None:
            return
        try:
            changes = datapack.apply(self._pack_doc)
        except (datapack.DataPackError, OSError) as exc:
            style.error_text(self.pack_preview)
            self.pack_preview.setText(tr("Datapakken er avvist, ingenting er endret: {error}").format(error=exc))
            return
        self._pack_doc = None
        self.pack_apply.setEnabled(False)
        self.pack_preview.setText(tr("Tatt i bruk: {n} endringer. De gjelder nye saker; åpne saker beholder sine "
                                     "tall til du velger «Bruk dagens data».").format(n=len(changes)))
        self._fill_in_force()
        self.applied_pack = True

    def _show_tab(self, widget: QWidget) -> None:
        """Bring forward the tab that holds `widget`."""
        for i in range(self.tabs.count()):
            if self.tabs.widget(i).isAncestorOf(widget):
                self.tabs.setCurrentIndex(i)
                return

    def _num(self, edit: NumberEdit, value: float, name: str) -> NumberEdit:
        edit.setMaximumWidth(12 * edit.fontMetrics().averageCharWidth() + 24)  # a figure, not a line of text
        edit.setValue(value)
        edit.setAccessibleName(name)
        self.messages.watch(edit, name)
        return edit

    def _update_stale(self) -> None:
        """The same rule as the window's: figures are due a check once today is past
        their next known change (core/data.py: rates monthly, the policy rate after six months)."""
        def note(iso: str, item: str, what: str, where: str) -> str:
            if not iso:
                return ""
            today = dt.date.today()
            nxt = data.next_change(item, iso)
            if data.is_stale(item, iso, today):
                if nxt is not None:
                    return "⚠ " + tr("{what} fra {date} kan være endret {change}: sjekk {where}.").format(
                        what=what, date=fmt_date(iso), change=fmt_date(nxt.isoformat()), where=where)
                return "⚠ " + tr("{what} fra {date} er eldre enn seks måneder: sjekk {where}.").format(
                    what=what, date=fmt_date(iso), where=where)
            if nxt is not None:
                return tr("{what} fra {date}; neste kjente endring {change}.").format(
                    what=what, date=fmt_date(iso), change=fmt_date(nxt.isoformat()))
            return tr("{what} fra {date}.").format(what=what, date=fmt_date(iso))

        self.stale.setText(note(self.rate_date._iso, "husbanken_rates", tr("Rentetabellen"), "husbanken.no/rente"))
        if hasattr(self, "policy_stale"):
            self.policy_stale.setText(note(self.policy_date._iso, "policy_rate", tr("Styringsrenten"),
                                           "norges-bank.no"))

    def _all_valid(self) -> bool:
        edits = [self.markup, self.est_fee, self.term_fee, self.card, self.policy, self.margin, self.rate_date,
                 self.policy_date, *self.rate_edits.values(), *self.stress_edits.values()]
        return all(e.is_valid() for e in edits) and bool(self.rate_date._iso) and bool(self.policy_date._iso)

    def accept(self) -> None:
        if not self._all_valid():
            self.messages.report(0, "", tr("Rett opp feltene som er merket før du lagrer."))
            return
        nav = self._nav_item()
        if nav is None:
            self._show_tab(self.nav)
            self.messages.report(0, "", tr("Rett opp NAV-satsene som er merket før du lagrer."))
            return
        typed = self.data_items.collect()
        if typed is None:
            self._show_tab(self.data_items)
            self.messages.report(0, "", tr("Rett opp tallet som er merket under «Andre data» før du lagrer."))
            return
        try:
            dataedit.save_nav(nav)
            self.data_items.save(typed)
            dataedit.save_stress_rule({k: e.value() for k, e in self.stress_edits.items()})
        except (ValidationError, datapack.DataPackError, OSError) as exc:
            self.messages.report(0, "", getattr(exc, "message", str(exc)))
            return
        s = self.s
        s.set("municipality", self.municipality.text().strip())
        s.set("caseworker", self.caseworker.text().strip())
        s.set("letter_contact", self.contact.text().strip())  # the letters' line too (ui/portfolio.py)
        s.set("markup_pp", self.markup.value())
        s.set("establishment_fee", self.est_fee.value())
        s.set("term_fee", self.term_fee.value())
        s.set("credit_card_share", self.card.value() / 100)
        s.set("sifo_year", self.sifo.currentData())
        s.set("fixed_years", self.fixed_years.currentData())
        s.set("stress_rule", self.rule.currentData())
        s.set_policy_rate(self.policy.value(), self.policy_date._iso, self.policy_source.text().strip())
        s.set("margin_pp", self.margin.value())
        s.set("usual_max_term_years", self.u_term.value())
        s.set("usual_repayment", self.u_repayment.currentData())
        s.set("usual_rate_type", self.u_rate.currentData())
        s.set("usual_max_interest_only_years", self.u_io.value())
        s.set("usual_startlan_cap_pct", self.u_cap.value())
        if self.use_shipped.isChecked():
            s.q.remove("rates")
        else:
            source = self.rate_source.text().strip()
            s.set_rates({"valid_from": self.rate_date._iso, "status": "user",
                         "source": source if source != self._rate_source0 else "",
                         **{k: e.value() for k, e in self.rate_edits.items()}})
        super().accept()


def _nav_text(key: str, t: dict) -> str:
    """A NAV table's figure as typed in its cell: date, source, or kroner without "kr"."""
    if key == "valid_from":
        return fmt_date(t[key])
    if key == "source":
        return t.get(key, "")
    return fmt_kr(t[key]).replace("\u00a0", " ").removesuffix(" kr")  # as "Andre data" shows kroner: the column says kr


def _readonly_table(header: list[str], name: str) -> QTableView:
    t = text_table(name, None, selectable=True)
    t.verticalHeader().setDefaultSectionSize(t.fontMetrics().height() + 6)
    head = t.horizontalHeader()
    head.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    head.setStretchLastSection(True)
    t.header_texts = header  # the titles show_text puts over the lines
    _fill(t, [])
    return t


def _fill(table: QTableView, rows: list[list[str]]) -> None:
    show_text(table, table.header_texts, rows, numeric=lambda c: False)
    shown = table.horizontalHeader().sizeHint().height() + sum(table.rowHeight(r) for r in range(len(rows)))
    table.setFixedHeight(shown + 2 * table.frameWidth())  # a short list shows whole, without its own scroll bar
