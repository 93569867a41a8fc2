"""The input sections of the case editor. Each writes straight into the
case's dataclasses and emits `changed`; the window recomputes and renders."""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ..core import data, limits
from ..core.budget import DEBT_LABELS, INCOME_LABELS, CaseResult, child_benefit_notes
from ..core.formatting import fmt_kr, fmt_years
from ..core.i18n import tr
from ..core.living import CATEGORIES, CATEGORY_LABELS
from ..core.model import Case, Debt, ExtraCost, Income, Member, Scenario
from . import help_texts, style
from .widgets import Column, FieldMessages, NumberEdit, RowEditor, combo, heading, money, percent, set_combo, spin


def role_options() -> list[tuple[str, str]]:
    return [("applicant", tr("Søker")), ("co_applicant", tr("Medsøker")), ("child", tr("Barn")),
            ("other_adult", tr("Annen voksen"))]


def sex_options() -> list[tuple[str, str]]:
    return [("f", tr("Kvinne")), ("m", tr("Mann"))]


def member_flags() -> list[tuple[str, str]]:
    return [("pregnant", tr("Gravid")), ("breastfeeding", tr("Ammer")), ("student", tr("Student")),
            ("pensioner", tr("Pensjonist")), ("kindergarten", tr("Barnehage")), ("after_school", tr("SFO/AKS"))]


class Field:
    """One form field bound to `attr` of the object `getter()` returns."""

    def __init__(self, attr: str, widget, kind: str):
        self.attr, self.widget, self.kind = attr, widget, kind


class BoundForm(QWidget):
    """A QFormLayout whose fields edit attributes of one dataclass object."""

    changed = Signal()

    def __init__(self, getter, messages: FieldMessages, parent: QWidget | None = None):
        super().__init__(parent)
        self.getter = getter
        self.messages = messages
        self.form = QFormLayout(self)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.fields: list[Field] = []

    def _set(self, attr: str, value) -> None:
        obj = self.getter()
        if obj is not None:
            setattr(obj, attr, value)
            self.changed.emit()

    def add(self, label: str, attr: str, widget, kind: str = "number", tip: str = "") -> QWidget:
        f = Field(attr, widget, kind)
        self.fields.append(f)
        widget.setAccessibleName(label)
        if tip:
            widget.setToolTip(tip)
            widget.setAccessibleDescription(tip)
        if isinstance(widget, NumberEdit) and kind == "fraction":  # shown in %, stored as a share
            widget.valueChanged.connect(lambda v, a=attr: self._set(a, (v or 0.0) / 100))
            self.messages.watch(widget, label)
        elif isinstance(widget, NumberEdit):
            widget.valueChanged.connect(lambda v, a=attr, e=widget: self._set(a, self._num(e, v)))
            self.messages.watch(widget, label)
        elif isinstance(widget, QComboBox):
            widget.currentIndexChanged.connect(lambda _i, a=attr, w=widget: self._set(a, w.currentData()))
        elif isinstance(widget, QCheckBox):
            widget.toggled.connect(lambda v, a=attr: self._set(a, bool(v)))
        elif isinstance(widget, QSpinBox):
            widget.valueChanged.connect(lambda v, a=attr: self._set(a, int(v)))
        elif isinstance(widget, QLineEdit):
            from ..core.casefile import clean_text
            from ..core.validation import MAX_TEXT

            widget.setMaxLength(min(widget.maxLength(), MAX_TEXT))
            widget.textEdited.connect(lambda t, a=attr: self._set(a, clean_text(t)))  # a bad paste: no lone surrogates
        lab = QLabel(label)
        lab.setBuddy(widget)
        if tip:
            lab.setToolTip(tip)
        self.form.addRow(lab, widget)
        return widget

    @staticmethod
    def _num(edit: NumberEdit, v):
        if v is None:
            return None if edit.allow_empty else 0.0
        return float(v)

    def load(self) -> None:
        obj = self.getter()
        self.setEnabled(obj is not None)
        if obj is None:
            return
        for f in self.fields:
            v = getattr(obj, f.attr)
            with QSignalBlocker(f.widget):
                if isinstance(f.widget, NumberEdit):
                    f.widget.setValue(v * 100 if f.kind == "fraction" else v)
                elif isinstance(f.widget, QComboBox):
                    set_combo(f.widget, v)
                elif isinstance(f.widget, QCheckBox):
                    f.widget.setChecked(bool(v))
                elif isinstance(f.widget, QSpinBox):
                    f.widget.setValue(int(v))
                elif isinstance(f.widget, QLineEdit):
                    f.widget.setText(str(v))


def scroll(widget: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setWidget(widget)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    return area


class Section(QWidget):
    """Base of a tab: a column of content with field messages at the bottom."""

    changed = Signal()

    def __init__(self, title: str, intro: str = ""):
        super().__init__()
        self.case: Case | None = None
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(6, 6, 6, 6)  # every pixel counts beside four scenarios at 1366
        self.layout_.addWidget(heading(title))
        if intro:
            lab = QLabel(intro)
            lab.setWordWrap(True)
            lab.setObjectName("intro")
            lab.setContentsMargins(0, 0, 0, 6)
            self.layout_.addWidget(lab)
        self.messages = FieldMessages()

    def total_label(self) -> QLabel:
        """The bold line under a section that sums it up."""
        label = QLabel()
        label.setObjectName("sectionTotal")
        label.setWordWrap(True)
        style.total(label)
        self.layout_.addWidget(label)
        return label

    def finish(self) -> None:
        self.layout_.addWidget(self.messages)
        self.layout_.addStretch(1)

    def set_case(self, case: Case) -> None:
        self.case = case
        self.messages.clear_all()

    def show_result(self, result: CaseResult) -> None:
        pass


class CaseIdentity(QGroupBox):
    """The case's own fields: case number, caseworker, municipality and notes.
    They are printed on the sheet; settings only fill them in for a new case."""

    changed = Signal()

    def __init__(self):
        super().__init__(tr("Saken"))
        from PySide6.QtWidgets import QPlainTextEdit

        self.case: Case | None = None
        grid = QGridLayout(self)
        grid.setContentsMargins(6, 4, 6, 4)
        grid.setVerticalSpacing(3)
        self.reference, self.caseworker, self.municipality = QLineEdit(), QLineEdit(), QLineEdit()
        for col, (label, attr, edit) in enumerate(((tr("Saksnr."), "reference", self.reference),
                                                   (tr("Saksbehandler"), "caseworker", self.caseworker),
                                                   (tr("Kommune"), "municipality", self.municipality))):
            edit.setMaxLength(120)
            edit.setAccessibleName(label.replace("&", ""))
            edit.textEdited.connect(lambda t, a=attr: self._set(a, t))
            lab = QLabel(label)
            lab.setBuddy(edit)
            grid.addWidget(lab, 0, col)
            grid.addWidget(edit, 1, col)
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)  # Tab leaves the notes; they are not a place for tab stops
        self.notes.setAccessibleName(tr("Notater"))
        self.notes.setPlaceholderText(tr("Notater til saken (skrives ut på budsjettarket)"))
        self.notes.setFixedHeight(self.notes.fontMetrics().lineSpacing() * 3 + 12)
        self.notes.textChanged.connect(self._notes_edited)
        grid.addWidget(self.notes, 2, 0, 1, 3)

    def _set(self, attr: str, value: str) -> None:
        if self.case is not None:
            setattr(self.case, attr, value)
            self.changed.emit()

    def _notes_edited(self) -> None:
        if self.case is not None and self.notes.toPlainText() != self.case.notes:
            self._set("notes", self.notes.toPlainText())

    def set_case(self, case: Case) -> None:
        self.case = None  # no edits while filling in
        self.reference.setText(case.reference)
        self.caseworker.setText(case.caseworker)
        self.municipality.setText(case.municipality)
        self.notes.setPlainText(case.notes)
        self.case = case


class HouseholdSection(Section):
    def __init__(self):
        super().__init__(tr("Husstand"), tr("Søker, medsøker og barn. Alder styrer SIFO-satsene og NAVs veiledende "
                                            "satser; navn er valgfritt."))
        cols = [Column("role", tr("Rolle"), "combo", role_options(), 95),
                Column("name", tr("Navn"), "text", width=60, tip=tr("Valgfritt; bare fornavn vises i gjennomgangen")),
                Column("age_years", tr("Alder"), "int", maximum=120, suffix=" " + tr("år"), width=62),
                Column("age_months", tr("Mnd"), "int", maximum=11, width=44, tip=tr("Måneder utover hele år (spedbarn)")),
                Column("birth_date", tr("Fødselsdato"), "date", width=80, tip=tr("Valgfritt; går foran alder")),
                Column("sex", tr("Kjønn"), "combo", sex_options(), 72, tip=tr("For barn: jente eller gutt")),
                Column("ticket", tr("Billett"), "tristate", width=58, tip=tr(help_texts.TICKET)),
                Column("pregnant", tr("Forhold"), "flags", member_flags(), 76)]
        self.identity = CaseIdentity()
        self.identity.changed.connect(self.changed)
        self.layout_.addWidget(self.identity)
        self.rows = RowEditor(cols, lambda: Member(role="child", age_years=5), tr("Legg til person"), self.messages,
                              min_rows=1, max_rows=15)
        self.rows.changed.connect(self.changed)
        self.layout_.addWidget(self.rows)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.layout_.addWidget(self.summary)
        self.finish()

    def set_case(self, case: Case) -> None:
        super().set_case(case)
        self.identity.set_case(case)
        self.rows.set_items(case.members)

    def focus_first(self) -> None:
        self.identity.reference.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_result(self, result: CaseResult) -> None:
        lc = result.living
        self.summary.setText(tr("{n} personer. SIFO {year}: {sifo} per måned; NAVs veiledende satser: {nav}.").format(
            n=len(result.case.members), year=lc.sifo_year, sifo=fmt_kr(lc.sifo_total), nav=fmt_kr(lc.nav_floor)))
        self.summary.setToolTip(tr(help_texts.NAV))


def dated_lines(section, label_of, lines_of):
    """The start/end months of a section's rows, under them (ui/line_dates.py), following the rows."""
    from .line_dates import LineDates

    dates = LineDates(section.messages, label_of)
    dates.changed.connect(section.changed)
    section.rows.structureChanged.connect(lambda: dates.set_items(lines_of(section.case)))
    section.rows.changed.connect(dates.refresh_labels)
    section.layout_.addWidget(dates)
    return dates


def member_names(case: Case) -> list[tuple[int, str]]:
    role = dict(role_options())
    return [(i, m.name or f"{role[m.role]} {i + 1}") for i, m in enumerate(case.members)]


class IncomeSection(Section):
    def __init__(self):
        super().__init__(tr("Inntekter"), tr("Netto per måned (fra lønnsslipp eller vedtak), eller brutto per år med "
                                             "skatteanslag. Barnetrygd legges til automatisk for barn under 18 år."))
        kinds = [(k, tr(label)) for k, label in INCOME_LABELS.items()]
        cols = [Column("label", tr("Beskrivelse"), "text", width=88),
                Column("kind", tr("Type"), "combo", kinds, 105),
                Column("amount", tr("Beløp"), "money", minimum=-999_999_999, width=95),
                Column("gross_yearly", tr("Brutto/år"), "check", tip=tr(help_texts.GROSS)),
                Column("member", tr("Person"), "member", width=80, tip=tr("Samme person: skatten beregnes samlet")),
                Column("estimate", tr("Usikkert"), "check", tip=tr("Merk beløp som er anslag, f.eks. søkt bostøtte"))]
        self.rows = RowEditor(cols, lambda: Income(kind="wage"), tr("Legg til inntekt"), self.messages, max_rows=30)
        self.rows.on_set = self._row_set
        self.rows.changed.connect(self.changed)
        self.layout_.addWidget(self.rows)
        self.dates = dated_lines(self, lambda inc: inc.label or tr(INCOME_LABELS[inc.kind]), lambda c: c.incomes)
        self.auto = QCheckBox(tr("Regn med barnetrygd automatisk"))
        self.auto.toggled.connect(self._auto)
        self.layout_.addWidget(self.auto)
        self.total = self.total_label()
        self.finish()

    def _row_set(self, row: int, attr: str) -> None:
        """Extended child benefit chosen on an empty line: today's rate from the data, editable."""
        inc = self.case.incomes[row] if self.case and row < len(self.case.incomes) else None
        if inc is None or attr != "kind" or inc.kind != "extended_child_benefit" or inc.amount:
            return
        from ..core import tax

        inc.amount, _since = tax.extended_child_benefit(self.case.tax_year, self.case.assessment_date.isoformat())
        inc.gross_yearly = False
        edit = self.rows.cell(row, "amount")
        if edit is not None:
            with QSignalBlocker(edit):
                edit.setValue(inc.amount)
        box = self.rows.cell(row, "gross_yearly")
        if box is not None:
            with QSignalBlocker(box):
                box.setChecked(False)

    def _auto(self, v: bool) -> None:
        if self.case is not None:
            self.case.auto_child_benefit = v
            self.changed.emit()

    def set_case(self, case: Case) -> None:
        super().set_case(case)
        self.rows.member_names = member_names(case)
        self.rows.set_items(case.incomes)
        self.dates.set_items(case.incomes)
        with QSignalBlocker(self.auto):
            self.auto.setChecked(case.auto_child_benefit)

    def refresh_members(self) -> None:
        if self.case is not None:
            self.rows.member_names = member_names(self.case)
            self.rows.set_items(self.case.incomes)

    def show_result(self, result: CaseResult) -> None:
        for i, line in enumerate(result.incomes[:len(result.case.incomes)]):
            info = self.rows.extra_info.get(i)
            if info is None:
                continue
            info.setText(tr("= {amount}/mnd").format(amount=fmt_kr(line.net_monthly))
                         + (" " + tr("(anslag)") if line.tax_yearly is not None else ""))
            tip = tr("Netto per måned: {amount}").format(amount=fmt_kr(line.net_monthly))
            if line.tax_yearly is not None:
                tip += ". " + tr("Skatt anslått til {tax} per år ({year}-regler).").format(
                    tax=fmt_kr(line.tax_yearly), year=result.case.tax_year)
            info.setToolTip(tip)
        extra = [ln for ln in result.incomes[len(result.case.incomes):]]
        auto = "".join(f"\n{ln.label}: {fmt_kr(ln.net_monthly)}" for ln in extra)
        notes = "".join("\n⚠ " + n for n in child_benefit_notes(result.case))
        self.total.setText(tr("Sum netto per måned: {amount}").format(amount=fmt_kr(result.income_total)) + auto + notes)


class DebtSection(Section):
    def __init__(self):
        super().__init__(tr("Gjeld og faste utgifter"), tr("Terminbeløp per måned. Kredittkort regnes som en andel av "
                                                           "rammen. Restgjeld, rente og år igjen brukes i stresstesten "
                                                           "for lån med flytende rente."))
        cols = [Column("label", tr("Beskrivelse"), "text", width=72),
                Column("kind", tr("Type"), "combo", [(k, tr(label)) for k, label in DEBT_LABELS.items()], 100),
                Column("monthly_payment", tr("Per mnd"), "money", width=64),
                Column("credit_limit", tr("Ramme"), "money", width=64, tip=tr("Kredittramme (kredittkort)")),
                Column("balance", tr("Restgjeld"), "money", width=64),
                Column("rate_pct", tr("Rente"), "number", decimals=2, unit="%", maximum=40, width=48),
                Column("floating", tr("Flyt."), "check", tip=tr("Flytende rente: stiger i stresstesten")),
                Column("remaining_years", tr("År igjen"), "number", decimals=1, unit=tr("år"), maximum=50, width=44)]
        self.rows = RowEditor(cols, lambda: Debt(kind="consumer_loan"), tr("Legg til gjeld eller utgift"),
                              self.messages, max_rows=30)
        self.rows.changed.connect(self.changed)
        self.layout_.addWidget(self.rows)
        self.dates = dated_lines(self, lambda d: d.label or tr(DEBT_LABELS[d.kind]), lambda c: c.debts)
        self.car_note = QLabel()
        self.car_note.setWordWrap(True)
        self.car_note.setObjectName("carNote")
        self.car_note.hide()
        self.layout_.addWidget(self.car_note)
        self.total = self.total_label()
        self.finish()

    def set_case(self, case: Case) -> None:
        super().set_case(case)
        self.rows.set_items(case.debts)
        self.dates.set_items(case.debts)

    def show_result(self, result: CaseResult) -> None:
        for i, line in enumerate(result.other_costs):
            if i in self.rows.extra_info:
                self.rows.extra_info[i].setText(tr("teller {amount}").format(amount=fmt_kr(line.amount)))
        from ..core.hints import car_note

        note = car_note(result.case)
        self.car_note.setText("ℹ " + note if note else "")
        self.car_note.setVisible(bool(note))
        self.total.setText(tr("Sum andre faste utgifter: {amount} per måned").format(amount=fmt_kr(result.other_costs_total)))


class HousingSection(Section):
    def __init__(self):
        super().__init__(tr("Bolig"), tr("Boutgifter i den nye boligen per måned, utenom startlånet."))
        self.form = BoundForm(lambda: self.case.housing if self.case else None, self.messages)
        f = self.form
        f.add(tr("Kjøpesum (uten fellesgjeld)"), "price", money(),
              tip=tr("Prisen for boligen, uten boligens andel av fellesgjelden (den føres for seg)."))
        self.price_note = self._note(f)
        f.add(tr("Eierform"), "ownership", combo([("freehold", tr("Selveier (dokumentavgift)")),
                                              ("cooperative", tr("Borettslag/aksje (ingen dokumentavgift)"))]))
        self.doc_fee = f.add(tr("Dokumentavgift"), "document_fee_pct", NumberEdit(0, 10, 2, "%"))
        self.doc_fee_note = self._note(f)
        f.add(tr("Tinglysingsgebyr"), "registration_fees", money(999_999))
        f.add(tr("Andre kjøpskostnader"), "other_purchase_costs", money(9_999_999))
        f.add(tr("Egenkapital"), "equity", money())
        f.add(tr("Andel fellesgjeld"), "common_debt_share", money(), tip=tr(help_texts.COMMON_DEBT))
        f.add(tr("Felleskostnader"), "common_costs", money(999_999))
        f.add(tr("Kommunale avgifter"), "municipal_fees", money(999_999))
        f.add(tr("Eiendomsskatt"), "property_tax", money(999_999))
        f.add(tr("Strøm og oppvarming"), "electricity", money(999_999))
        f.add(tr("Forsikring"), "insurance", money(999_999))
        f.add(tr("Vedlikehold"), "maintenance", money(999_999))
        f.add(tr("Festeavgift"), "ground_rent", money(999_999))
        f.add(tr("Andre boutgifter"), "other", money(999_999))
        f.add(tr("Husleie i dag"), "rent_today", money(999_999), tip=tr("Til sammenligning"))
        f.add(tr("Leie av egnet bolig"), "rent_alternative", money(999_999), tip=tr("Til sammenligning"))
        self._sale_cost_fields(f)
        f.changed.connect(self.changed)
        self.layout_.addWidget(f)
        box = QGroupBox(tr("Banklån ved siden av startlånet"))
        self.bank = BoundForm(lambda: self.case.housing.bank_loan if self.case else None, self.messages)
        self.bank.add(tr("Beløp"), "amount", money())
        self.bank.add(tr("Rente"), "rate_pct", percent())
        self.bank.add(tr("Løpetid"), "term_years", spin(1, limits.MAX_BANK_TERM_YEARS, " " + tr("år")))
        self.bank.add(tr("Lånetype"), "repayment", combo([("annuity", tr("Annuitet")), ("serial", tr("Serie"))]))
        self.bank.changed.connect(self.changed)
        QVBoxLayout(box).addWidget(self.bank)
        self.layout_.addWidget(box)
        self.total = self.total_label()
        self.finish()

    @staticmethod
    def _note(form: BoundForm) -> QLabel:
        """A muted line under the field just added: what it means in this case."""
        label = QLabel()
        label.setWordWrap(True)
        style.muted(label)
        form.form.addRow("", label)
        return label

    @staticmethod
    def _sale_cost_fields(f) -> None:
        """Sale costs for the forced-sale explanation; empty = the shipped
        (unconfirmed) default, shown as the placeholder."""
        from ..core.forcedsale import default_costs
        from ..core.formatting import fmt_kr, fmt_pct

        fee, pct = default_costs()
        tip = tr("Brukes i forklaringen om gjeld etter tvangssalg. Tomt = standardverdien, som ikke er bekreftet.")
        fee_edit = money(1_000_000, allow_empty=True)
        fee_edit.setPlaceholderText(fmt_kr(fee))
        f.add(tr("Kostnad ved tvangssalg (tomt = standard)"), "forced_sale_fee", fee_edit, tip=tip)
        pct_edit = percent(20, 2, allow_empty=True)
        pct_edit.setPlaceholderText(fmt_pct(pct, 1))
        f.add(tr("Meglerkostnad ved salg (tomt = standard)"), "agent_cost_pct", pct_edit, tip=tip)

    def set_case(self, case: Case) -> None:
        super().set_case(case)
        self.form.load()
        self.bank.load()

    def show_result(self, result: CaseResult) -> None:
        from ..core import hints

        case = result.case
        self.price_note.setText(hints.price_note(case))
        fee_note = hints.document_fee_note(case)
        self.doc_fee.setEnabled(not fee_note)  # freehold only: the field does nothing for a cooperative
        self.doc_fee_note.setText(fee_note)
        self.doc_fee_note.setVisible(bool(fee_note))
        self.total.setText(tr("Boutgifter utenom startlånet: {amount} per måned").format(amount=fmt_kr(result.housing_total)))


class LivingSection(Section):
    def __init__(self):
        super().__init__(tr("Livsopphold"), tr(help_texts.LIVING))
        top = BoundForm(lambda: self.case.living if self.case else None, self.messages)
        top.add(tr("SIFO-år"), "sifo_year", combo([(y, str(y)) for y in reversed(data.SIFO_YEARS)]))
        top.add(tr("Bensin-/dieselbiler"), "petrol_cars", spin(0, 5))
        top.add(tr("Elbiler"), "electric_cars", spin(0, 5))
        top.add(tr("Barnehage, 1. barn (tomt = SIFO)"), "kindergarten_first", money(99_999, allow_empty=True))
        top.add(tr("Barnehage, 2. barn"), "kindergarten_second", money(99_999, allow_empty=True))
        top.add(tr("SFO/AKS heltid (tomt = SIFO)"), "after_school_full", money(99_999, allow_empty=True),
                tip=tr("Pris per barn per måned. 1.–3. trinn har 12 gratis timer i uka: skriv prisen etter "
                       "gratistimene."))
        self.sfo_note = QLabel()
        self.sfo_note.setWordWrap(True)
        style.muted(self.sfo_note)
        self.sfo_note.hide()
        top.form.addRow("", self.sfo_note)
        top.changed.connect(self.changed)
        self.top = top
        self.layout_.addWidget(top)
        self.grid = QGridLayout()
        for c, h in enumerate((tr("Kategori"), "SIFO", tr("Eget beløp"), tr("Brukt"))):
            lab = QLabel(h)
            lab.setObjectName("columnHeader")
            style.column_header(lab)
            self.grid.addWidget(lab, 0, c)
        self.sifo_labels: dict[str, QLabel] = {}
        self.used_labels: dict[str, QLabel] = {}
        self.overrides: dict[str, NumberEdit] = {}
        for r, cat in enumerate(CATEGORIES, start=1):
            self.grid.addWidget(QLabel(tr(CATEGORY_LABELS[cat])), r, 0)
            self.sifo_labels[cat] = QLabel()
            self.used_labels[cat] = QLabel()
            for lab in (self.sifo_labels[cat], self.used_labels[cat]):
                lab.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            ov = money(999_999, allow_empty=True)
            ov.setMaximumWidth(130)
            ov.setPlaceholderText(tr("SIFO"))
            ov.setAccessibleName(tr("Eget beløp, {category}").format(category=tr(CATEGORY_LABELS[cat])))
            ov.valueChanged.connect(lambda v, k=cat: self._override(k, v))
            self.messages.watch(ov, tr(CATEGORY_LABELS[cat]))
            self.overrides[cat] = ov
            self.grid.addWidget(self.sifo_labels[cat], r, 1)
            self.grid.addWidget(ov, r, 2)
            self.grid.addWidget(self.used_labels[cat], r, 3)
        self.layout_.addLayout(self.grid)
        self.layout_.addWidget(QLabel(tr("Andre utgifter til livsopphold")))
        self.extra = RowEditor([Column("label", tr("Beskrivelse"), "text", width=200),
                                Column("amount", tr("Per mnd"), "money", width=90)],
                               lambda: ExtraCost(tr("Annet"), 0), tr("Legg til linje"), self.messages, max_rows=20)
        self.extra.changed.connect(self.changed)
        self.layout_.addWidget(self.extra)
        self.total = QLabel()
        self.total.setObjectName("sectionTotal")
        style.total(self.total)
        self.total.setWordWrap(True)
        self.layout_.addWidget(self.total)
        self.finish()

    def _override(self, cat: str, v) -> None:
        if self.case is None:
            return
        if v is None:
            self.case.living.overrides.pop(cat, None)
        else:
            self.case.living.overrides[cat] = float(v)
        self.changed.emit()

    def set_case(self, case: Case) -> None:
        super().set_case(case)
        self.top.load()
        for cat, ov in self.overrides.items():
            with QSignalBlocker(ov):
                ov.setValue(case.living.overrides.get(cat))
        self.extra.set_items(case.living.extra)

    def show_result(self, result: CaseResult) -> None:
        from ..core.hints import sfo_note

        note = sfo_note(result.case)
        self.sfo_note.setText(note)
        self.sfo_note.setVisible(bool(note))
        lc = result.living
        for line in lc.lines:
            self.sifo_labels[line.category].setText(fmt_kr(line.sifo))
            self.used_labels[line.category].setText(fmt_kr(line.used) + (" *" if line.overridden else ""))
        floor_note = "  " + tr("⚠ under NAV-gulvet: NAV-satsen brukes") if lc.below_floor else ""
        self.total.setText(
            tr("SIFO {year} ({status}): {sifo}.  Valgt: {chosen}.  NAVs veiledende satser (gulv): {nav}.  "
               "Brukt i budsjettet: {used}.").format(
                year=lc.sifo_year, status=data.status_text("transcribed" if lc.status == "transcribed" else "confirmed"),
                sifo=fmt_kr(lc.sifo_total), chosen=fmt_kr(lc.chosen), nav=fmt_kr(lc.nav_floor), used=fmt_kr(lc.used))
            + floor_note + "\n"
            + tr("Livsoppholdssats (namsmannen) til sammenligning: {rate}.  * eget beløp").format(
                rate=fmt_kr(lc.enforcement_rate)))
        self.total.setToolTip(tr(help_texts.NAV))


class ExplanationSection(Section):
    """The explanation duty: five topics with the case's figures, each ticked
    with the date it was explained. Saved in the case, printed on the sheet."""

    def __init__(self):
        super().__init__(tr("Forklaringsplikt"), tr(help_texts.EXPLANATION))
        from ..core.explanation import TITLES

        self.boxes: dict[str, QCheckBox] = {}
        self.texts: dict[str, QLabel] = {}
        self.dates: dict[str, QLabel] = {}
        for key, title in TITLES.items():
            title = tr(title)
            box = QGroupBox(title)
            lay = QVBoxLayout(box)
            text = QLabel()
            text.setWordWrap(True)
            text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            row = QHBoxLayout()
            check = QCheckBox(tr("Forklart for søker"))
            check.setAccessibleName(tr("Forklart: {topic}").format(topic=title))
            check.toggled.connect(lambda v, k=key: self._tick(k, v))
            date = QLabel()
            row.addWidget(check)
            row.addWidget(date)
            row.addStretch(1)
            lay.addWidget(text)
            lay.addLayout(row)
            self.layout_.addWidget(box)
            self.boxes[key], self.texts[key], self.dates[key] = check, text, date
        self.scenario_label = QLabel()
        self.layout_.addWidget(self.scenario_label)
        self.finish()

    def _record(self, key: str):
        from ..core.model import Explanation

        for e in self.case.explanations:
            if e.topic == key:
                return e
        e = Explanation(key)
        self.case.explanations.append(e)
        return e

    def _tick(self, key: str, value: bool) -> None:
        import datetime as dt

        if self.case is None:
            return
        e = self._record(key)
        e.explained = value
        e.date = dt.date.today().isoformat() if value else ""
        self.changed.emit()

    def set_case(self, case: Case) -> None:
        super().set_case(case)
        for key, box in self.boxes.items():
            with QSignalBlocker(box):
                box.setChecked(self._record(key).explained)

    def show_result(self, result: CaseResult, index: int = 0) -> None:
        from ..core.explanation import topics
        from ..core.formatting import fmt_date

        if not result.scenarios:
            return
        index = min(index, len(result.scenarios) - 1)
        for t in topics(result, index):
            self.texts[t.key].setText(t.text)
            self.dates[t.key].setText(f"({fmt_date(t.date)})" if t.explained and t.date else "")
        self.scenario_label.setText(tr("Tallene gjelder scenarioet «{scenario}» (valgt i sammenligningen).").format(
            scenario=result.scenarios[index].label))


class LoanSection(Section):
    """Scenarios (list + editor) and the case's rate and stress settings."""

    scenariosChanged = Signal()

    def __init__(self, settings):
        super().__init__(tr("Lån og scenarioer"))
        self.settings = settings
        self.result: CaseResult | None = None
        row = QHBoxLayout()
        left = QVBoxLayout()
        self.list = QListWidget()
        self.list.setAccessibleName(tr("Scenarioer"))
        self.list.setMaximumWidth(210)
        self.list.currentRowChanged.connect(self._select)
        left.addWidget(self.list)
        for text, slot in ((tr("Legg til"), self.add), (tr("Dupliser"), self.duplicate), (tr("Fjern"), self.remove)):
            b = QPushButton(text)
            b.clicked.connect(slot)
            left.addWidget(b)
            setattr(self, f"btn_{slot.__name__}", b)
        row.addLayout(left)
        self.form = BoundForm(self.current, self.messages)
        f = self.form
        f.add(tr("Navn"), "label", QLineEdit())
        self.label_languages = QPushButton(tr("Navnet på andre språk …"))  # for the applicant (issue 22)
        self.label_languages.clicked.connect(self.edit_label_translations)
        f.form.addRow("", self.label_languages)
        self.amount = f.add(tr("Lånebeløp"), "amount", money())
        self.amount.editingFinished.connect(self._fill_empty_amounts)
        self.use_max = QPushButton(tr("Bruk største lån"))
        self.use_max.setToolTip(tr("Setter lånebeløpet til det største lånet husstanden kan betjene ved stresstest "
                                   "(høyst behovet og boligens verdi)."))
        self.use_max.clicked.connect(self.use_largest_loan)
        f.form.addRow("", self.use_max)
        self.filled = QLabel()
        self.filled.setWordWrap(True)
        style.muted(self.filled)
        self.filled.hide()
        f.form.addRow("", self.filled)
        self.term_fields = [f.add(tr("Løpetid"), "term_years", spin(1, limits.MAX_TERM_YEARS, " " + tr("år")),
                                  tip=tr(help_texts.TERM)),
                            f.add(tr("Ekstra måneder"), "term_extra_months", spin(0, 11, " " + tr("mnd")))]
        repayment = f.add(tr("Lånetype"), "repayment",
                          combo([("annuity", tr("Annuitet")), ("serial", tr("Serie")),
                                 ("trial10", tr("Førstegangslån (10 år)"))]),
                          tip=tr(help_texts.REPAYMENT) + " " + tr(help_texts.TRIAL_LOAN))
        repayment.setItemData(2, tr(help_texts.TRIAL_LOAN), Qt.ItemDataRole.ToolTipRole)
        f.add(tr("Terminer per år"), "terms_per_year", combo([(12, tr("12 (månedlig)")), (4, tr("4 (kvartalsvis)")),
                                                          (2, tr("2 (halvårlig)"))]))
        f.add(tr("Rentetype"), "rate_type", combo([("floating", tr("Flytende")), ("fixed", tr("Fast")),
                                                ("split", tr("Delt: del fast, resten flytende"))]), tip=tr(help_texts.SPLIT))
        f.add(tr("Bindingstid"), "fixed_years", combo([(y, fmt_years(y)) for y in (3, 5, 10, 20)]))
        f.add(tr("Husbankens rente (fast del ved delt lån)"), "base_rate_pct", percent())
        f.add(tr("Delt lån: andel med fast rente"), "fixed_share_pct", NumberEdit(1, 99, 1, "%"))
        f.add(tr("Delt lån: flytende rente (tomt = dagens)"), "floating_base_rate_pct", percent(allow_empty=True))
        f.add(tr("Kommunens påslag"), "markup_pp", percent(limits.MAX_MARKUP_PP, 3, unit=tr("prosentpoeng")),
              tip=tr(help_texts.MARKUP))
        f.add(tr("Rente etter bindingstid (tomt = flytende)"), "rate_after_fixed_pct", percent(allow_empty=True))
        f.add(tr("Avdragsfrihet"), "interest_only_years", spin(0, limits.MAX_INTEREST_ONLY_YEARS, " " + tr("år")),
              tip=tr(help_texts.INTEREST_ONLY))
        f.add(tr("Avdragsfrihet, ekstra måneder"), "interest_only_extra_months", spin(0, 11, " " + tr("mnd")))
        f.add(tr("Avdragsfri til annen gjeld er betalt"), "interest_only_until_debts_repaid", QCheckBox(),
              tip=tr(help_texts.INTEREST_ONLY_UNTIL))
        f.add(tr("Etableringsgebyr"), "establishment_fee", money(99_999))
        f.add(tr("Termingebyr"), "term_fee", money(9_999))
        f.changed.connect(self._scenario_edited)
        fetch = QPushButton(tr("Hent rente fra rentetabellen"))
        fetch.clicked.connect(self.fetch_rate)
        f.form.addRow("", fetch)
        row.addWidget(f, 1)
        self.layout_.addLayout(row)
        self.notes = QLabel()
        self.notes.setObjectName("termsNote")
        style.total(self.notes)
        self.notes.setWordWrap(True)
        self.notes.hide()
        self.layout_.addWidget(self.notes)
        box = QGroupBox(tr("Rente, skatt og stresstest for saken"))
        self.caseform = BoundForm(lambda: self.case, self.messages)
        c = self.caseform
        c.add(tr("Flytende rente i dag (Husbanken)"), "floating_rate_pct", percent())
        c.add(tr("Skatteår"), "tax_year", combo([(y, str(y)) for y in reversed(data.TAX_YEARS)]))
        c.add(tr("Finnmark/Nord-Troms (tiltakssonen)"), "finnmark", QCheckBox())
        c.add(tr("Regn med rentefradrag"), "include_interest_deduction", QCheckBox(), tip=tr(help_texts.DEDUCTION))
        c.add(tr("Kredittkort: andel av ramme"), "credit_card_share", NumberEdit(0, 100, 1, "%"), kind="fraction")
        c.changed.connect(self.changed)
        self.stressform = BoundForm(lambda: self.case.stress if self.case else None, self.messages)
        s = self.stressform
        s.add(tr("Stresstest"), "rule", combo([("policy", tr("Styringsrente + tillegg (Husbanken)")),
                                           ("margin", tr("Lånets rente + margin"))]), tip=tr(help_texts.STRESS))
        s.add(tr("Styringsrente"), "policy_rate_pct", percent(20))
        s.add(tr("Tillegg"), "addon_pp", percent(10, 2, unit=tr("prosentpoeng")))
        s.add(tr("Margin (hva om)"), "margin_pp", percent(10, 2, unit=tr("prosentpoeng")))
        s.changed.connect(self.changed)
        inner = QVBoxLayout(box)
        inner.addWidget(c)
        inner.addWidget(s)
        self.layout_.addWidget(box)
        self.finish()

    def edit_label_translations(self) -> None:
        from .label_translations import edit

        s = self.current()
        if s is not None and edit(self, s):
            self._scenario_edited()

    def current(self) -> Scenario | None:
        i = self.list.currentRow()
        if self.case is None or not 0 <= i < len(self.case.scenarios):
            return None
        return self.case.scenarios[i]

    def set_case(self, case: Case) -> None:
        super().set_case(case)
        self._fill_list(0)
        self.caseform.load()
        self.stressform.load()

    def _fill_list(self, select: int) -> None:
        with QSignalBlocker(self.list):
            self.list.clear()
            for i, s in enumerate(self.case.scenarios):
                self.list.addItem(s.label or tr("Scenario {n}").format(n=i + 1))
            self.list.setCurrentRow(min(select, len(self.case.scenarios) - 1))
        self.form.load()
        self.btn_remove.setEnabled(len(self.case.scenarios) > 1)

    def select(self, index: int) -> None:
        self.list.setCurrentRow(index)

    def _select(self, _row: int) -> None:
        self.messages.clear_all()
        self.filled.hide()
        self.form.load()
        self._trial_fields()
        if self.result is not None:
            self.show_result(self.result)

    def _trial_fields(self) -> None:
        """The trial loan ends after 10 years: the typed term does nothing there."""
        s = self.current()
        trial = s is not None and s.repayment == "trial10"
        for w in self.term_fields:
            w.setEnabled(not trial)

    def _scenario_edited(self) -> None:
        self._trial_fields()
        s = self.current()
        item = self.list.currentItem()
        if s is not None and item is not None:
            item.setText(s.label or tr("Scenario {n}").format(n=self.list.currentRow() + 1))
        self.changed.emit()
        self.scenariosChanged.emit()

    def _structure(self, select: int) -> None:
        self._fill_list(select)
        self.changed.emit()
        self.scenariosChanged.emit()

    def add(self) -> None:
        from ..core.example import default_scenarios

        base = self.current()
        new = default_scenarios(base.amount if base else 0, **self.settings.scenario_defaults())[0]
        new.label = tr("Scenario {n}").format(n=len(self.case.scenarios) + 1)
        new.base_rate_pct = self._case_rate(new, new.base_rate_pct)  # the case's own table: no mixed rates
        self.case.scenarios.append(new)
        self._structure(len(self.case.scenarios) - 1)

    def duplicate(self) -> None:
        import copy

        s = self.current()
        if s is None:
            return
        dup = copy.deepcopy(s)
        dup.label = tr("{name} (kopi)").format(name=s.label or tr("Scenario"))
        self.case.scenarios.insert(self.list.currentRow() + 1, dup)
        self._structure(self.list.currentRow() + 1)

    def remove(self) -> None:
        i = self.list.currentRow()
        if self.case is None or len(self.case.scenarios) <= 1 or i < 0:
            return
        del self.case.scenarios[i]
        self._structure(max(i - 1, 0))

    def show_result(self, result: CaseResult) -> None:
        self.result = result
        i = self.list.currentRow()
        if 0 <= i < len(result.scenarios):
            from ..core.financing import largest_prudent_loan

            sr = result.scenarios[i]
            largest = largest_prudent_loan(sr.max_loan, sr.plan)
            self.use_max.setEnabled(largest > 0)
            self.use_max.setText(tr("Bruk største lån ({amount})").format(amount=fmt_kr(largest)) if largest
                                 else tr("Bruk største lån (kan ikke betjene noe lån)"))
        notes = result.scenarios[i].notes if 0 <= i < len(result.scenarios) else []
        self.notes.setText("\n".join("⚑ " + n + " " + tr("Tillatt, men begrunn det i saken.") for n in notes))
        self.notes.setVisible(bool(notes))

    def use_largest_loan(self) -> None:
        """The selected scenario's amount := the prudent largest loan (from the core)."""
        s, i = self.current(), self.list.currentRow()
        r = self.result
        if s is None or r is None or not 0 <= i < len(r.scenarios):
            return
        from ..core.financing import largest_prudent_loan

        sr = r.scenarios[i]
        s.amount = float(largest_prudent_loan(sr.max_loan, sr.plan))
        self.form.load()
        self._scenario_edited()

    def _fill_empty_amounts(self) -> None:
        """A loan amount typed once fills every scenario that has none."""
        s = self.current()
        if s is None or self.case is None or s.amount <= 0:
            return
        empty = [o for o in self.case.scenarios if o is not s and o.amount <= 0]
        for o in empty:
            o.amount = s.amount
        if empty:
            names = ", ".join(o.label or tr("Scenario {n}").format(n=self.case.scenarios.index(o) + 1) for o in empty)
            self.filled.setText(tr("Lånebeløpet er også satt i scenarioene uten beløp: {names}.").format(names=names))
            self.filled.show()
            self._scenario_edited()

    def fetch_rate(self) -> None:
        s = self.current()
        if s is None:
            return
        s.base_rate_pct = self._case_rate(s, s.base_rate_pct)
        self.form.load()
        self.changed.emit()

    def _case_rate(self, s, fallback: float) -> float:
        """Husbanken's rate for a scenario from the case's own rate table (its
        data), so one case never holds rates of two tables; the whole case moves
        to newer rates with «Bruk dagens data»."""
        from ..core import data
        from ..core.datapack import scenario_kind

        case = self.case
        if case is None:
            return fallback
        with data.using(case.data_snapshot):
            table = data.rate_table(case.rate_table_date)
            try:
                return data.husbanken_rate(scenario_kind(s), s.terms_per_year, table)
            except KeyError:  # a table with the floating rate only
                return fallback
