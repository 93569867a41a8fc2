"""The one root-finder of the core: Illinois regula falsi on a bracket.

The break-even rate (`budget.break_even_rate`) and every goal-seek answer
(`goalseek`) are roots of a monotone residual in kroner. They all use
`illinois`, which differs between them only in when it stops and what it
returns (the last iterate, or the end of the bracket that holds).
"""

from __future__ import annotations

import math
from collections.abc import Callable

Fn = Callable[[float], float]


def _identity(x: float) -> float:
    return x


def illinois(f: Fn, lo: float, f_lo: float, hi: float, f_hi: float, *, ftol: float = 0.0, xtol: float = 0.0,
             rtol: float = 0.0, max_iter: int | None = 60, step: float | None = None,
             scale: tuple[Fn, Fn] | None = None, safe_end: bool = False) -> float:
    """A root of `f` inside the bracket [lo, hi].

    Given f and a bracket whose ends have opposite signs (``f_lo = f(lo)`` and
    ``f_hi = f(hi)``, already computed), returns x with f(x) ≈ 0. Each step
    takes the secant's root through the two ends and replaces the end of the
    same sign, so the bracket always holds the root; when the same end is kept
    twice running, its value is halved (the Illinois rule), which keeps the
    convergence superlinear where plain regula falsi stalls at one end.

    Parameters
    ----------
    f : callable
        The function, monotone on the bracket (a residual in kroner).
    lo, f_lo, hi, f_hi : float
        The bracket's ends and f there; ``f_lo`` and ``f_hi`` of opposite sign
        (a value ≥ 0 counts as the holding sign).
    ftol : float
        Stop when ``|f(x)| < ftol`` (0: never on f).
    xtol, rtol : float
        Stop when the bracket is narrower than ``max(xtol, rtol * |hi|)``.
    max_iter : int or None
        Stop after this many evaluations of f (None: no limit).
    step : float, optional
        Whole steps: each iterate is rounded to a multiple of `step` strictly
        inside the bracket, and the search ends when the bracket is one step
        wide, returning its holding end.
    scale : (to, back), optional
        Run the secant on ``to(x)`` (``back`` its inverse), a scale on which f
        is closer to a straight line.
    safe_end : bool
        When the iterations run out, return the bracket's holding end (where
        f ≥ 0) rather than the last iterate.

    Returns
    -------
    float
        The last iterate when a tolerance is met; else the last iterate or,
        with `step` or `safe_end`, the end of the bracket where f ≥ 0.

    Notes
    -----
    With ends (a, f_a) and (b, f_b), the next iterate is the secant's root

    .. math:: x = b - f_b \\frac{b - a}{f_b - f_a}

    (the midpoint where f_a or f_b is not finite). A linear f is solved in one
    step. See Dowell & Jarratt (1971), "A modified regula falsi method for
    computing the root of an equation", BIT 11, 168–174.

    Examples
    --------
    A residual that falls by 1 kr per krone of a fixed payment above 1 500 kr
    has its root at 1 500 kr, found in one step:

    >>> illinois(lambda x: 1500.0 - x, 0.0, 1500.0, 10_000.0, -8500.0, ftol=0.01)
    1500.0

    The cube root of 2 (x³ − 2 = 0 on [1, 2]) to a millionth:

    >>> round(illinois(lambda x: x**3 - 2, 1.0, -1.0, 2.0, 6.0, ftol=1e-12), 6)
    1.259921

    Whole months: the shortest term n in [12, 600] where 30 000 − 70 n ≥ 0 fails
    and 70 n − 30 000 ≥ 0 holds, i.e. ⌈30 000 / 70⌉ = 429:

    >>> g = lambda n: 70.0 * n - 30_000.0
    >>> illinois(g, 12, g(12), 600, g(600), step=1, max_iter=None)
    429
    """
    to, back = scale or (_identity, _identity)
    holds_lo = f_lo >= 0
    side = 0  # which end was replaced last: 1 lo, -1 hi
    x = lo
    n = 0
    while step is None or hi - lo > step:
        if max_iter is not None and n >= max_iter:
            break
        n += 1
        if math.isfinite(f_lo) and math.isfinite(f_hi) and f_hi != f_lo:
            ya, yb = to(lo), to(hi)
            x = back(yb - f_hi * (yb - ya) / (f_hi - f_lo))
        else:
            x = (lo + hi) / 2
        if step is not None:
            x = min(max(round(x / step) * step, lo + step), hi - step)
        fx = f(x)
        if abs(fx) < ftol or hi - lo < max(xtol, rtol * abs(hi)):
            return x
        if (fx >= 0) == holds_lo:
            lo, f_lo = x, fx
            if side == 1:
                f_hi /= 2
            side = 1
        else:
            hi, f_hi = x, fx
            if side == -1:
                f_lo /= 2
            side = -1
    if step is not None or safe_end:
        return lo if holds_lo else hi
    return x
