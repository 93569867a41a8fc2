"""The one root-finder (core/solve.py) against closed-form roots, and its two
stopping behaviours: the last iterate (goal-seek) and the bracket's holding end
(the break-even rate when the iterations run out; whole steps)."""

import math

import numpy_financial as npf
import pytest
from hypothesis import given
from hypothesis import strategies as st

from startlan_desktop.core.solve import illinois


def root(f, lo, hi, **kw):
    return illinois(f, lo, f(lo), hi, f(hi), **kw)


def test_a_linear_function_is_solved_in_one_step():
    calls = []

    def f(x):
        calls.append(x)
        return 1500.0 - x

    assert root(f, 0.0, 10_000.0, ftol=0.01) == 1500.0
    assert len(calls) == 3  # the two ends and the one step


@pytest.mark.parametrize("f, lo, hi, expected", [
    (lambda x: x**3 - 2, 1.0, 2.0, 2 ** (1 / 3)),
    (lambda x: math.exp(x) - 5, 0.0, 3.0, math.log(5)),
    (lambda x: math.cos(x), 1.0, 2.0, math.pi / 2),
    (lambda x: x**10 - 1, 0.0, 1.5, 1.0),  # plain regula falsi stalls here; Illinois does not
    (lambda x: 1 - x**2, 0.0, 3.0, 1.0),  # decreasing
])
def test_closed_form_roots(f, lo, hi, expected):
    assert root(f, lo, hi, ftol=1e-13, max_iter=60) == pytest.approx(expected, abs=1e-9)


def test_the_annuity_rate_of_the_issue_example():
    """2 000 000 kr over 50 years at 8 081,88 kr a month: the rate is 4,275 % (to the
    øre the payment is given with); the payment from numpy-financial, not the engine."""
    f = lambda r: -npf.pmt(r / 1200, 600, 2_000_000) - 8_081.88  # noqa: E731
    assert root(f, 1.0, 10.0, ftol=1e-9) == pytest.approx(4.275, abs=1e-5)


def test_tolerance_on_the_bracket_width():
    # x³ − 2 with ftol 0: only the bracket width stops it, and the root is inside
    x = root(lambda x: x**3 - 2, 1.0, 2.0, xtol=1e-3, max_iter=None)
    assert abs(x - 2 ** (1 / 3)) < 1e-3


def test_last_iterate_or_holding_end_when_iterations_run_out():
    """f = 2 − x² on [0, 2], by hand: x₁ = 1 (f = 1, lo moves), x₂ = 4/3 (f = 2/9, lo
    moves again, so f_hi is halved to −1), x₃ = 2 − (2/3)/(11/9) = 16/11 (f < 0)."""
    f = lambda x: 2.0 - x * x  # noqa: E731 - holds (≥ 0) below √2
    assert root(f, 0.0, 2.0, max_iter=1) == pytest.approx(1.0)
    assert root(f, 0.0, 2.0, max_iter=3) == pytest.approx(16 / 11)  # the last iterate, which fails
    assert root(f, 0.0, 2.0, max_iter=3, safe_end=True) == pytest.approx(4 / 3)  # the end that holds
    g = lambda x: x * x - 2.0  # noqa: E731 - the mirror image holds above √2: the holding end is hi,
    assert root(g, 0.0, 2.0, max_iter=2, safe_end=True) == pytest.approx(2.0)  # still 2 after two steps,
    assert root(g, 0.0, 2.0, max_iter=2) == pytest.approx(4 / 3)
    assert root(g, 0.0, 2.0, max_iter=3, safe_end=True) == pytest.approx(16 / 11)  # 16/11 once it holds there


@given(st.integers(1, 10_000), st.integers(1, 50), st.sampled_from([1, 3, 12]))
def test_whole_steps_give_the_first_holding_multiple(c, k, step):
    """f(n) = k·n − c, increasing: the smallest multiple of step with k·n ≥ c is
    step·⌈c / (k·step)⌉ (closed form)."""
    f = lambda n: k * n - c  # noqa: E731
    lo, hi = 0, step * (c // step + 2)
    assert f(lo) < 0 <= f(hi)
    assert root(f, lo, hi, step=step, max_iter=None) == step * math.ceil(c / (k * step))


@given(st.integers(2, 300_000))
def test_whole_steps_on_a_curve(c):
    """The smallest whole n with n² ≥ c is ⌈√c⌉ (isqrt), on a scale that makes n² straight."""
    f = lambda n: n * n - c  # noqa: E731
    n = root(f, 0, c, step=1, max_iter=None, scale=(lambda x: x * x, math.sqrt))
    assert n == math.isqrt(c - 1) + 1


def test_a_non_finite_end_bisects():
    # −inf where the trial is invalid (goal-seek's convention): the midpoint, then the secant
    f = lambda x: -math.inf if x < 1 else x - 3.0  # noqa: E731
    assert root(f, 0.0, 10.0, ftol=1e-9) == pytest.approx(3.0)
