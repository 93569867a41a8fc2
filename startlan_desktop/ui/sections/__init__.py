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
           "LivingSection", "LoanSection", "Section", "scroll"]
