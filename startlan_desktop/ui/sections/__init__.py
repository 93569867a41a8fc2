"""The input sections of the case editor, one module each. Each section writes
straight into the case's dataclasses (through `ui/binding.py`) and emits
`changed`; the window recomputes and renders. The tabs they sit in are named in
`ui/tabs.py`."""

from .base import Section, scroll
from .household import HouseholdSection

# The other sections' modules are imported when their tab is first built (ui/tabs.py):
# a caseworker starts with the household, and start-up need not wait for the rest.
__all__ = ["HouseholdSection", "Section", "scroll", "show_result"]


def show_result(section, result, selected: int, followup_result=None, followup_error: str = "") -> None:
    """A section shows what it needs of the case's result: the explanation the
    chosen scenario, the follow-up its reliefs, the others the whole result."""
    if section.shows_scenario:
        section.show_result(result, selected)
    elif hasattr(section, "show_followup"):
        section.show_followup(followup_result, followup_error)
    else:
        section.show_result(result)
