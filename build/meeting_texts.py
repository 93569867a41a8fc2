"""The texts the walk-through and the applicant's take-home page need in a
catalogue: found by making them, for a set of cases that reach every kind of
page (a passing, a tight, a failing case, a trial loan, a split loan, a bank
loan beside, no amount), with `tr()` recording what it is asked.

Texts asked only while a case is validated (field names for messages that do
not show there) are left out. Used by `build/translations.py missing` for the
applicant's languages and by tests/test_meeting_languages.py.
"""

from __future__ import annotations

import copy
import os
import tempfile


def cases() -> list:
    """Cases that between them reach every page, verdict and picture."""
    from startlan_desktop.core.example import example_case

    base = example_case()
    out = [base]
    c = copy.deepcopy(base)  # a trial loan, a split loan, no amount, interest-only, two years' term extra
    trial = copy.deepcopy(c.scenarios[0])
    trial.repayment, trial.label, trial.fixed_years, trial.rate_type = "trial10", "Førstegangslån", 5, "fixed"
    split = copy.deepcopy(c.scenarios[1])
    split.rate_type, split.label = "split", "Delt"
    empty = copy.deepcopy(c.scenarios[0])
    empty.amount, empty.label = 0.0, "Uten beløp"
    io = copy.deepcopy(c.scenarios[0])
    io.interest_only_years, io.label, io.repayment = 2, "Avdragsfri", "serial"
    c.scenarios = [trial, split, empty, io]
    out.append(c)
    c = copy.deepcopy(base)  # a bank loan beside, no rent today
    c.housing.bank_loan.amount, c.housing.bank_loan.rate_pct = 400_000.0, 5.5
    c.housing.rent_today = 0.0
    out.append(c)
    c = copy.deepcopy(base)  # too little income: fails at today's rate; no municipality named
    c.incomes = c.incomes[1:]
    c.municipality = ""
    out.append(c)
    return out


def _through(dialog) -> None:
    """Every step, the slider across its range, the glossary and the pause."""
    for _ in range(6):
        dialog.go(1)
    for v in (0, 5000, 9000, dialog.slider.maximum()):  # enough and too little, on either side of the break
        dialog.slider.setValue(v)
    dialog.toggle_glossary()
    dialog.toggle_pause()


def needed() -> set[str]:
    """The source texts (bokmål) of everything the walk-through and the take-home page show."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from startlan_desktop.core import i18n
    from startlan_desktop.core.budget import compute
    from startlan_desktop.core.validation import validate_case
    from startlan_desktop.reports.applicant_sheet import ApplicantOptions, build_applicant_pdf
    from startlan_desktop.ui.app import make_app
    from startlan_desktop.ui.walkthrough import MACHINE_TRANSLATED, Walkthrough

    make_app()
    all_cases = cases()
    with i18n.using(None, i18n.SOURCE_LANGUAGE):
        with i18n.recording() as validation:
            for c in all_cases:
                validate_case(c)
        with i18n.recording() as computed:
            results = [compute(c) for c in all_cases]
        with i18n.recording() as shown:
            for r in results:
                for i in range(len(r.scenarios)):
                    build_applicant_pdf(r, ApplicantOptions(scenario=i))
                    for beside in (None, (i + 1) % len(r.scenarios)):
                        w = Walkthrough(r, i)
                        w.show_beside(beside)
                        _through(w)
                        with tempfile.TemporaryDirectory() as d:
                            w.save_applicant_page(os.path.join(d, "x.pdf"))
                        w.close()
                        w.deleteLater()
    texts = {t for t, _d, _plural in shown | (computed - validation)}
    return texts | {MACHINE_TRANSLATED}


if __name__ == "__main__":
    for text in sorted(needed()):
        print(text)
