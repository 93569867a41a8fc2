"""The figures the budget sheet shows beyond the CaseResult, computed by the
core alone (no reportlab here): the window prepares them ahead of an export
(ui/warmup.py), and `startlan pdf` computes them in a second process while it
loads reportlab (startlan_desktop/ahead.py, issue 23)."""

from __future__ import annotations

from .budget import CaseResult, years_ahead
from .goalseek import GoalSeek, goal_seek
from .record import record
from .timeline import Timeline
from .variants import BreakEven, ScenarioVariant, break_even, scenario_variants


@record(frozen=True)
class SheetFigures:
    """For the sheet's one scenario, each computed once (issue 23): the
    goal-seek, whose lowest income is also the life events' income break-even;
    the ten years ahead; the life-event variants of that scenario alone."""

    index: int
    goal: GoalSeek
    timeline: Timeline
    variants: list[ScenarioVariant]
    break_even: BreakEven


def sheet_figures(result: CaseResult, index: int) -> SheetFigures:
    """The figures for scenario `index` of `result` (clamped to the scenarios, as the sheet is)."""
    idx = scenario_index(result, index)
    goal = goal_seek(result.case, idx)
    return SheetFigures(idx, goal, years_ahead(result), scenario_variants(result, idx),
                        break_even(goal.answer("income"), idx))


def scenario_index(result: CaseResult, index: int) -> int:
    """`index` clamped to the result's scenarios (0 for the first, the last for any beyond)."""
    return min(max(index, 0), len(result.scenarios) - 1)
