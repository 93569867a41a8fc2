"""The input sections of the case editor, one module each. Each section writes
straight into the case's dataclasses (through `ui/binding.py`) and emits
`changed`; the window recomputes and renders. The tabs they sit in are named in
`ui/tabs.py`."""

from .base import Section, scroll
from .debts import DebtSection
from .explanation import ExplanationSection
from .household import HouseholdSection
from .housing import HousingSection
from .incomes import IncomeSection
from .living import LivingSection
from .loans import LoanSection

__all__ = ["DebtSection", "ExplanationSection", "HouseholdSection", "HousingSection", "IncomeSection",
           "LivingSection", "LoanSection", "Section", "scroll", "show_result"]


def show_result(section, result, selected: int, followup_result=None, followup_error: str = "") -> None:
    """A section shows what it needs of the case's result: the explanation the
    chosen scenario, the follow-up its reliefs, the others the whole result."""
    if isinstance(section, ExplanationSection):
        section.show_result(result, selected)
    elif hasattr(section, "show_followup"):
        section.show_followup(followup_result, followup_error)
    else:
        section.show_result(result)
