"""Rebalancing one round with the fewest moves, exactly (a small MIP with HiGHS).

When check-in shows absentees, the day's round must be seated again: only the members
who are here, table sizes differing by at most one, every table within ±1 of its
proportional share in every diversified value, fixed seats, members kept together and
kept apart. Of all such seatings, ``fewest_moves`` finds one that moves the fewest
present members away from their stored table, and among those one with the fewest
repeated encounters with the other rounds (as they are stored). The local search in
``seating.optimise`` weighs moves against the other figures and often moves more than
it needs to (9 where 5 suffice for three absent in the demo); this answers the question
the facilitator asks, "who has to move?", with the least.

The model, for the present members i and tables t: x[i,t] ∈ {0,1}, one table each;
y[t] = 1 when table t takes the larger size, so size = ⌊m/T⌋ + y[t] and Σ y = m mod T;
for each value, its count at t between the ±1 bounds of the smaller size plus
y[t] × (the bounds' difference for the larger one); a pin fixes x; together:
x[i,t] = x[j,t]; apart: x[i,t] + x[j,t] ≤ 1. For a pair that met in another round,
z[i,j] ≥ x[i,t] + x[j,t] − 1 for every t. It is solved twice: first for the most
members staying where they were; then, with that many held where they were, for the
fewest Σ z in the time left (the best found by then is taken). Unknown values (-1) count
for no value, as in ``evaluate``.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable

import highspy
import numpy as np

from app.algorithms.leximin import quiet_highs
from app.algorithms.seating import SeatingProblem, count_bounds, same_table

SECONDS = 3.0  # for both solves together; the second takes the best seating found by then


def fewest_moves(problem: SeatingProblem, r: int, *, time_limit: float = SECONDS) -> list[int] | None:
    """Round ``r`` re-seated from ``problem.previous[r]`` with the fewest moves (see the
    module text), or None when no seating keeps every rule (or none was found in time):
    the caller then leaves the round to the search, which bends the rules least."""
    n, t_count = problem.n_members, problem.n_tables
    previous = problem.previous.get(r)
    here = [i for i in range(n) if problem.is_present(r, i)]
    m = len(here)
    if previous is None or not here:
        return None
    started = time.perf_counter()
    pos = {i: k for k, i in enumerate(here)}
    low, extra = divmod(m, t_count)

    def x(i: int, t: int) -> int:
        return pos[i] * t_count + t

    n_x = m * t_count
    y0 = n_x
    n_vars = n_x + t_count
    h = quiet_highs()
    h.setOptionValue("random_seed", 1)
    h.setOptionValue("threads", 1)
    h.setOptionValue("time_limit", float(time_limit))
    stay = [x(i, previous[i]) for i in here if previous[i] >= 0]
    lower = np.zeros(n_vars)
    for (rr, i), t in problem.pinned.items():
        if rr == r and i in pos:
            lower[x(i, t)] = 1
    h.addVars(n_vars, lower, np.ones(n_vars))
    h.changeColsIntegrality(
        n_vars, np.arange(n_vars, dtype=np.int32), np.array([highspy.HighsVarType.kInteger] * n_vars)
    )

    def row(lo: float, hi: float, idx: list[int], val: list[float]) -> None:
        h.addRow(lo, hi, len(idx), np.array(idx, dtype=np.int32), np.array(val, dtype=float))

    for i in here:
        row(1, 1, [x(i, t) for t in range(t_count)], [1.0] * t_count)
    for t in range(t_count):
        row(low, low, [x(i, t) for i in here] + [y0 + t], [1.0] * m + [-1.0])
    row(extra, extra, list(range(y0, y0 + t_count)), [1.0] * t_count)
    for c in range(problem.n_categories):
        values = sorted({problem.values[i][c] for i in here} - {-1})
        for v in values:
            with_v = [i for i in here if problem.values[i][c] == v]
            share = len(with_v) / m
            lo_small, hi_small = count_bounds(low * share)
            lo_big, hi_big = count_bounds((low + 1) * share)
            for t in range(t_count):
                idx = [x(i, t) for i in with_v] + [y0 + t]
                row(lo_small, math.inf, idx, [1.0] * len(with_v) + [-(lo_big - lo_small)])
                row(-math.inf, hi_small, idx, [1.0] * len(with_v) + [-(hi_big - hi_small)])
    for group in problem.together:
        members = [i for i in group if i in pos]
        for a, b in zip(members, members[1:], strict=False):
            for t in range(t_count):
                row(0, 0, [x(a, t), x(b, t)], [1.0, -1.0])
    for a, b in problem.apart:
        if a in pos and b in pos:
            for t in range(t_count):
                row(-math.inf, 1, [x(a, t), x(b, t)], [1.0, 1.0])

    # first the fewest moves: as many as possible stay
    h.changeObjectiveSense(highspy.ObjSense.kMaximize)
    h.changeColsCost(len(stay), np.array(stay, dtype=np.int32), np.ones(len(stay)))
    h.run()
    best = _seating(h, here, x, t_count, n)
    if best is None or h.getModelStatus() != highspy.HighsModelStatus.kOptimal:
        return best  # the rules cannot all hold, or no proven optimum in time
    staying = round(h.getInfo().objective_function_value)

    # then, keeping that many where they were, the fewest repeats with the other rounds
    meetings = _meetings_elsewhere(problem, r)
    pairs = [(a, b) for a in here for b in here if a < b and meetings[a, b] > 0]
    left = time_limit - (time.perf_counter() - started)
    if not pairs or left < 0.2:
        return best
    h.changeColsCost(len(stay), np.array(stay, dtype=np.int32), np.zeros(len(stay)))
    row(staying, math.inf, stay, [1.0] * len(stay))
    z0 = h.getNumCol()
    h.addVars(len(pairs), np.zeros(len(pairs)), np.ones(len(pairs)))
    h.changeColsCost(len(pairs), np.arange(z0, z0 + len(pairs), dtype=np.int32), np.ones(len(pairs)))
    for k, (a, b) in enumerate(pairs):
        for t in range(t_count):
            row(-math.inf, 1, [x(a, t), x(b, t), z0 + k], [1.0, 1.0, -1.0])
    h.changeObjectiveSense(highspy.ObjSense.kMinimize)
    h.setOptionValue("time_limit", float(left))
    h.run()
    return _seating(h, here, x, t_count, n) or best


def _seating(h: highspy.Highs, here: list[int], x: Callable[[int, int], int], t_count: int, n: int) -> list[int] | None:
    """The seating in HiGHS's best solution, or None when it has none."""
    if h.getInfo().primal_solution_status != 2:  # kSolutionStatusFeasible
        return None
    values = np.asarray(h.getSolution().col_value)
    plan_r = [-1] * n
    for i in here:
        row_values = values[x(i, 0) : x(i, 0) + t_count]
        plan_r[i] = int(np.argmax(row_values))
        if row_values[plan_r[i]] < 0.5:
            return None
    return plan_r


def _meetings_elsewhere(problem: SeatingProblem, r: int) -> np.ndarray:
    """How often each pair sits together in the other rounds (fixed ones as they are,
    the rest as stored)."""
    n = problem.n_members
    meet = np.zeros((n, n), dtype=np.int32)
    for rr in range(problem.n_rounds):
        plan_r = problem.fixed.get(rr, problem.previous.get(rr))
        if rr != r and plan_r is not None:
            meet += same_table(plan_r)
    return meet
