"""The window's two rows of tabs, addressed by name: the input sections on the
left (`Input`) and the result views under the comparison (`View`). Each tab is
built the first time it is shown or used: a caseworker starts with the
household, and building all of them would cost start-up time.

To add a tab: a member in `Input` or `View` and one line in `INPUTS` or
`VIEWS` (the order there is the order on screen)."""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtWidgets import QTabWidget, QWidget

from ..core.i18n import QT_TR_NOOP, tr
from .results import FinancingTable, ScheduleView
from .sections import HouseholdSection, scroll


class Input(StrEnum):
    """The input tabs, in their order on screen."""

    HOUSEHOLD = "household"
    INCOMES = "incomes"
    DEBTS = "debts"
    HOUSING = "housing"
    LIVING = "living"
    LOANS = "loans"
    EXPLANATION = "explanation"
    FOLLOWUP = "followup"


class View(StrEnum):
    """The result views under the comparison, in their order on screen."""

    RATE_CHART = "rate_chart"
    BUDGET_CHART = "budget_chart"
    BALANCE_CHART = "balance_chart"
    SCHEDULE = "schedule"
    FINANCING = "financing"
    FORCED_SALE = "forced_sale"
    BREAK_COST = "break_cost"
    GOAL_SEEK = "goal_seek"
    TIMELINE = "timeline"
    VARIANTS = "variants"


# Alt+letter: one thing each, menus (F, S, R, H) and tabs together (tests/ui/test_keyboard.py).
# A class named "module.Class" is imported when its tab is first built (see _lazy_class).
INPUTS: dict[Input, tuple[str, type | str]] = {
    Input.HOUSEHOLD: (QT_TR_NOOP("H&usstand"), HouseholdSection),
    Input.INCOMES: (QT_TR_NOOP("&Inntekter"), "incomes.IncomeSection"),
    Input.DEBTS: (QT_TR_NOOP("&Gjeld"), "debts.DebtSection"),
    Input.HOUSING: (QT_TR_NOOP("&Bolig"), "housing.HousingSection"),
    Input.LIVING: (QT_TR_NOOP("&Livsopphold"), "living.LivingSection"),
    Input.LOANS: (QT_TR_NOOP("Lå&n og scenarioer"), "loans.LoanSection"),
    Input.EXPLANATION: (QT_TR_NOOP("Forkl&aring"), "explanation.ExplanationSection"),
    Input.FOLLOWUP: (QT_TR_NOOP("&Oppfølging"), "followup.FollowUpSection"),
}

# The charts (QtCharts) are imported and built after the first frame: see Tabs.view() and MainWindow.paintEvent().
VIEWS: dict[View, tuple[str, type | str]] = {
    View.RATE_CHART: (QT_TR_NOOP("Rente og restbeløp"), "charts.RateChart"),
    View.BUDGET_CHART: (QT_TR_NOOP("Månedsbudsjett"), "charts.BudgetChart"),
    View.BALANCE_CHART: (QT_TR_NOOP("Restgjeld"), "charts.BalanceChart"),
    View.SCHEDULE: (QT_TR_NOOP("Nedbetalingsplan"), ScheduleView),
    View.FINANCING: (QT_TR_NOOP("Finansieringsplan"), FinancingTable),
    View.FORCED_SALE: (QT_TR_NOOP("Tvangssalg"), "risk.ForcedSaleView"),
    View.BREAK_COST: (QT_TR_NOOP("Overkurs"), "risk.BreakCostView"),
    View.GOAL_SEEK: (QT_TR_NOOP("Hva skal til"), "goalseek.GoalSeekView"),
    View.TIMELINE: (QT_TR_NOOP("De neste årene"), "timeline_view.TimelineView"),
    View.VARIANTS: (QT_TR_NOOP("Livshendelser"), "variants_view.VariantsView"),
}


def _lazy_class(name: str) -> type:
    """A tab's class named "module.Class", imported now (QtCharts, the risk
    views and all input sections but the household cost start-up time). Plain
    import statements, so PyInstaller sees the modules (an importlib string it
    cannot)."""
    module, cls = name.split(".")
    if module == "incomes":  # the input sections (ui/sections/)
        from .sections import incomes as m
    elif module == "debts":
        from .sections import debts as m
    elif module == "housing":
        from .sections import housing as m
    elif module == "living":
        from .sections import living as m
    elif module == "loans":
        from .sections import loans as m
    elif module == "explanation":
        from .sections import explanation as m
    elif module == "charts":
        from . import charts as m
    elif module == "goalseek":
        from . import goalseek as m
    elif module == "followup":
        from . import followup as m
    elif module == "timeline_view":
        from . import timeline_view as m
    elif module == "variants_view":
        from . import variants_view as m
    else:
        from . import risk as m
    return getattr(m, cls)


def _fill_tab(tabs: QTabWidget, index: int, widget: QWidget, title: str) -> None:
    """Put a built widget in place of a tab's placeholder, quietly: the current
    tab stays current and no currentChanged fires for the swap."""
    current = tabs.currentIndex()
    tabs.blockSignals(True)
    placeholder = tabs.widget(index)
    tabs.removeTab(index)
    tabs.insertTab(index, widget, title)
    tabs.setCurrentIndex(current)
    tabs.blockSignals(False)
    placeholder.deleteLater()


class Tabs:
    """The input tabs (`inputs`) and the result views (`bottom`) of one window,
    each built on first use. `on_section(name, section)` and `on_view(name,
    view)` are called with each one built, so the window can connect and fill it."""

    def __init__(self, settings, on_section, on_view):
        self.settings = settings  # the loan section takes the app's settings
        self._on_section, self._on_view = on_section, on_view
        self._sections: dict[Input, QWidget] = {}
        self._views: dict[View, QWidget] = {}
        self.inputs = QTabWidget()
        self.inputs.setObjectName("inputs")
        for title, _cls in INPUTS.values():
            self.inputs.addTab(QWidget(), tr(title))  # built on first view: see section()
        self.inputs.currentChanged.connect(lambda i: self.section(list(INPUTS)[i]) if 0 <= i < len(INPUTS) else None)
        self.bottom = QTabWidget()
        for title, _cls in VIEWS.values():
            self.bottom.addTab(QWidget(), tr(title))  # built on first view: see view()
        self.bottom.currentChanged.connect(lambda i: self.view(list(VIEWS)[i]) if 0 <= i < len(VIEWS) else None)

    # --- input sections ---------------------------------------------------------------

    def section(self, name: Input):
        """The section of input tab `name`, built now if it was not."""
        if name in self._sections:
            return self._sections[name]
        title, cls = INPUTS[name]
        if isinstance(cls, str):
            cls = _lazy_class(cls)
        sec = cls(self.settings) if name == Input.LOANS else cls()  # the loan section takes the settings
        self._sections[name] = sec
        _fill_tab(self.inputs, list(INPUTS).index(name), scroll(sec), tr(title))
        self._on_section(name, sec)
        return sec

    def built(self, name: Input):
        """The section of `name` when it has been built, else None."""
        return self._sections.get(name)

    def sections(self) -> list:
        """The built sections, in tab order."""
        return [self._sections[n] for n in INPUTS if n in self._sections]

    def built_inputs(self):
        """(name, section) of each built section, in tab order."""
        return [(n, self._sections[n]) for n in INPUTS if n in self._sections]

    def title(self, name: Input) -> str:
        """The tab's title as shown, without its Alt-letter mark."""
        return self.inputs.tabText(list(INPUTS).index(name)).replace("&", "")

    def current_input(self) -> Input:
        return list(INPUTS)[max(self.inputs.currentIndex(), 0)]

    def show_input(self, name: Input) -> None:
        self.inputs.setCurrentIndex(list(INPUTS).index(name))

    def input_is(self, name: Input) -> bool:
        return self.inputs.currentIndex() == list(INPUTS).index(name)

    # --- result views -------------------------------------------------------------------

    def current_view(self) -> View:
        return list(VIEWS)[self.bottom.currentIndex()]

    def view_built(self, name: View) -> bool:
        return name in self._views

    def view(self, name: View) -> QWidget:
        """The result view `name`, built the first time it is shown."""
        if name in self._views:
            return self._views[name]
        title, cls = VIEWS[name]
        if isinstance(cls, str):  # "module.Class" in this package, imported on first use
            cls = _lazy_class(cls)
        w = cls()
        self._views[name] = w
        _fill_tab(self.bottom, list(VIEWS).index(name), w, tr(title))
        self._on_view(name, w)
        return w
