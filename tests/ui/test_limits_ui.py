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


def test_help_texts_name_the_declared_limits_in_every_language():
    """Item 7 of issue 15: the tooltips' "inntil 50 år", "8 år", "0,25 prosentpoeng" come from core/limits.py."""
    from startlan_desktop.core import limits
    from startlan_desktop.i18n import set_language
    from startlan_desktop.ui import help_texts as h

    assert (h.LIMITS["max_term"], h.LIMITS["max_io"]) == (limits.MAX_TERM_YEARS, limits.MAX_INTEREST_ONLY_YEARS)
    expected = {"nb": ("inntil 30 år; inntil 50 år", "inntil 8 år", "inntil 0,25 prosentpoeng"),
                "nn": ("inntil 30 år; inntil 50 år", "inntil 8 år", "inntil 0,25 prosentpoeng"),
                "en": ("up to 30 years; up to 50 years", "up to 8 years", "up to 0,25 percentage points")}
    for code, (term, io, markup) in expected.items():
        assert set_language(code) == code
        texts = [h.text(t) for t in (h.TERM, h.INTEREST_ONLY, h.MARKUP, h.INTEREST_ONLY_UNTIL, h.TRIAL_LOAN)]
        assert term in texts[0] and io in texts[1] and markup in texts[2], (code, texts)
        assert not any("{" in t for t in texts)


def test_a_changed_limit_reaches_the_help_text(monkeypatch):
    from startlan_desktop.ui import help_texts as h

    monkeypatch.setitem(h.LIMITS, "max_term", 40)
    assert "inntil 40 år i særlige tilfeller" in h.text(h.TERM)


def test_the_term_field_tooltip_names_the_limit(window):
    tips = [w.toolTip() for w in _fields(window, "term_years") if w.toolTip()]  # the bank loan's term has none
    assert tips and all("inntil 30 år; inntil 50 år i særlige tilfeller" in t for t in tips)
