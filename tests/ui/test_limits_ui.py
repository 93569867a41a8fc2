"""Issue 15 item 3: the spin boxes' ranges come from the declared limits."""

from startlan_desktop.ui.binding import BoundForm
from startlan_desktop.ui.tabs import Input


def _fields(window, attr):
    for name in Input:
        window.section(name)  # the input tabs are built on first use
    return [f.widget for form in window.findChildren(BoundForm) for f in form.fields if f.attr == attr]


def _top(widget):
    return widget.maximum() if callable(widget.maximum) else widget.maximum


def test_input_ranges_are_the_rules(window):
    # the rules' figures written out (domain.md): 50 years, 8 years, 0,25 pp, 96 months
    assert {_top(w) for w in _fields(window, "term_years")} == {50}
    assert {_top(w) for w in _fields(window, "interest_only_years")} == {8}
    assert {_top(w) for w in _fields(window, "markup_pp")} == {0.25}
    # interest-only already used: over 96 months is a warning on new interest-only (issue 20 item 4),
    # so the field takes a loan's whole life of 50 years
    assert {_top(w) for w in _fields(window, "interest_only_used_months")} == {600}
    assert {_top(w) for w in _fields(window, "remaining_years")} == {50}
