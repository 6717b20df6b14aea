"""What the optimiser plans and what it returns: the problem, the figures of a plan and
their computation from scratch (``evaluate``), the weights of the objective."""

from __future__ import annotations

import itertools
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

import numpy as np

W_CONSTRAINT = 1000.0
W_EXCESS = 100.0
W_REPEAT = 10.0
W_MOVE = 20.0
W_DIVERSITY = 1.0
TOLERANCE = 1.0  # "within ±1 of proportional"
EPS = 1e-9
ProgressFn = Callable[[float, float, str], None]


class OptimisationCancelled(Exception):
    """The caller asked the search to stop (``should_stop`` returned True)."""


class InfeasibleProblem(ValueError):
    """The rules cannot all hold (e.g. more pinned members at a table than seats)."""


@dataclass
class SeatingProblem:
    """What to plan. ``values[i][c]`` is member i's value index in diversified category c
    (``-1`` when unknown; unknown values are left out of the diversity measure)."""

    n_members: int
    n_tables: int
    n_rounds: int
    values: list[list[int]] = field(default_factory=list)
    present: list[list[bool]] | None = None  # [round][member]; None: everyone in every round
    pinned: dict[tuple[int, int], int] = field(default_factory=dict)  # (round, member) -> table
    together: list[list[int]] = field(default_factory=list)
    apart: list[tuple[int, int]] = field(default_factory=list)
    fixed: dict[int, list[int]] = field(default_factory=dict)  # round -> plan kept as it is
    previous: dict[int, list[int]] = field(default_factory=dict)  # round -> stored plan (rebalance)

    def is_present(self, r: int, i: int) -> bool:
        return self.present is None or bool(self.present[r][i])

    @property
    def n_categories(self) -> int:
        return len(self.values[0]) if self.values else 0


@dataclass(frozen=True)
class SeatingQuality:
    repeats: int  # pairs together in k > 1 rounds count k − 1
    pairs_met_share: float  # share of all pairs of members that met at least once
    diversity_deviation: float  # GroupSelect's L1 measure, summed over rounds
    worst_deviation: float  # the largest |count − proportional| of any table, value, round
    within_one: bool  # every table within ±1 of proportional in every value
    size_spread: int  # the largest difference of table sizes within a round
    constraint_violations: int  # apart pairs together + together groups split + pins broken
    moved: int  # present members not at their stored table (re-planning)
    pair_rounds: int = 0  # Σ C(k, 2) over all pairs (k = rounds a pair shares)
    most_shared: int = 0  # the most rounds any pair shares
    pair_rounds_bound: int = 0  # no plan with these rounds and tables has a smaller Σ C(k, 2)
    repeats_bound: int = 0  # no such plan has fewer repeats

    @property
    def at_most_twice(self) -> bool:
        """No pair of members shares more than two rounds."""
        return self.most_shared <= 2


@dataclass
class SeatingResult:
    plan: list[list[int]]
    quality: SeatingQuality
    iterations: int
    seconds: float
    construction: str  # "" or the name of the design the search started from
    stopped_by: str  # "target", "iterations", "time limit"


# ----------------------------------------------------------------- evaluation


def _shares(problem: SeatingProblem, r: int, plan_r: Sequence[int]) -> list[list[float]]:
    """Per category the share of each value among the members seated in round r."""
    shares: list[list[float]] = []
    seated = [i for i in range(problem.n_members) if plan_r[i] >= 0]
    for c in range(problem.n_categories):
        n_values = 1 + max((problem.values[i][c] for i in range(problem.n_members)), default=-1)
        counts = [0] * max(n_values, 0)
        for i in seated:
            v = problem.values[i][c]
            if v >= 0:
                counts[v] += 1
        total = len(seated)
        shares.append([k / total if total else 0.0 for k in counts])
    return shares


def count_bounds(target: float) -> tuple[int, int]:
    """The counts within ±1 of a proportional share ``target`` (lowest, highest)."""
    return math.ceil(target - TOLERANCE - EPS), math.floor(target + TOLERANCE + EPS)


def same_table(plan_r: Sequence[int]) -> np.ndarray:
    """For one round, which pairs of seated members sit at one table (n × n, no diagonal)."""
    arr = np.asarray(plan_r, dtype=np.int64)
    seated = arr >= 0
    same = (arr[:, None] == arr[None, :]) & seated[:, None] & seated[None, :]
    np.fill_diagonal(same, False)
    return same


def evaluate(problem: SeatingProblem, plan: Sequence[Sequence[int]]) -> SeatingQuality:
    """The figures of a plan, computed from scratch (the tests' and the UI's check)."""
    n, t_count = problem.n_members, problem.n_tables
    meet = np.zeros((n, n), dtype=np.int32)
    l1 = 0.0
    worst = 0.0
    spread = 0
    violations = 0
    moved = 0
    for r, plan_r in enumerate(plan):
        arr = np.asarray(plan_r, dtype=np.int64)
        seated = arr >= 0
        meet += same_table(plan_r)
        sizes = np.bincount(arr[seated], minlength=t_count)
        if t_count:
            spread = max(spread, int(sizes.max() - sizes.min()))
        shares = _shares(problem, r, plan_r)
        for c, share in enumerate(shares):
            vals = np.asarray([problem.values[i][c] for i in range(n)], dtype=np.int64)
            for v, sh in enumerate(share):
                counts = np.bincount(arr[seated & (vals == v)], minlength=t_count)
                dev = np.abs(counts - sizes * sh)
                l1 += float(dev.sum())
                worst = max(worst, float(dev.max()) if dev.size else 0.0)
        for a, b in problem.apart:
            if plan_r[a] >= 0 and plan_r[a] == plan_r[b]:
                violations += 1
        for group in problem.together:
            tables = {plan_r[i] for i in group if plan_r[i] >= 0}
            if len(tables) > 1:
                violations += 1
        prev = problem.previous.get(r)
        if prev is not None:
            moved += sum(1 for i in range(n) if plan_r[i] >= 0 and prev[i] >= 0 and plan_r[i] != prev[i])
    for (r, i), t in problem.pinned.items():
        if r < len(plan) and plan[r][i] >= 0 and plan[r][i] != t:
            violations += 1
    iu = np.triu_indices(n, 1)
    together_counts = meet[iu]
    repeats = int(np.maximum(together_counts - 1, 0).sum())
    pair_rounds = int((together_counts * (together_counts - 1) // 2).sum())
    most_shared = int(together_counts.max()) if together_counts.size else 0
    bound = pair_rounds_bound(problem.n_tables, plan)
    pairs = n * (n - 1) // 2
    met_share = float((together_counts > 0).sum()) / pairs if pairs else 0.0
    return SeatingQuality(
        repeats=repeats,
        pairs_met_share=met_share,
        diversity_deviation=round(l1, 6),
        worst_deviation=round(worst, 6),
        within_one=worst <= TOLERANCE + EPS,
        size_spread=spread,
        constraint_violations=violations,
        moved=moved,
        pair_rounds=pair_rounds,
        most_shared=most_shared,
        pair_rounds_bound=bound,
        repeats_bound=repeats_bound(bound, len(plan)),
    )


# ------------------------------------------------------------------ lower bounds


def _forced_pairs(size: int, t_count: int) -> int:
    """The fewest pairs of ``size`` members who must share a table when they are spread
    over ``t_count`` tables (as evenly as can be)."""
    q, rem = divmod(size, t_count)
    return rem * (q + 1) * q // 2 + (t_count - rem) * q * (q - 1) // 2


def pair_rounds_bound(t_count: int, plan: Sequence[Sequence[int]]) -> int:
    """A lower bound on Σ C(k, 2) over all pairs for any plan of ``t_count`` tables that
    seats the same members in each round as ``plan`` does (the pigeonhole bound).

    Σ C(k, 2) counts, for every two rounds r < s, the pairs who sit together in both.
    Take the m members seated in both rounds: a table of round r with a of them spreads
    them over the t_count tables of round s, which keeps at least f(a) of its pairs
    together (f as in ``_forced_pairs``). f is convex (its increments ⌊a/T⌋ never fall),
    so the sum over the tables of round r is least when the m members are split evenly
    over them; that least sum is the bound for the two rounds, whatever the plan."""
    if t_count < 1:
        return 0
    seated = [{i for i, t in enumerate(row) if t >= 0} for row in plan]
    total = 0
    for r, s in itertools.combinations(range(len(plan)), 2):
        m = len(seated[r] & seated[s])
        q, rem = divmod(m, t_count)
        total += rem * _forced_pairs(q + 1, t_count) + (t_count - rem) * _forced_pairs(q, t_count)
    return total


def repeats_bound(pair_rounds_floor: int, n_rounds: int) -> int:
    """A lower bound on the repeats Σ (k − 1) from one on Σ C(k, 2): a pair that shares
    k ≥ 2 of the R rounds has k − 1 = C(k, 2) · 2/k ≥ C(k, 2) · 2/R."""
    if n_rounds < 2 or pair_rounds_floor <= 0:
        return 0
    return -(-2 * pair_rounds_floor // n_rounds)
