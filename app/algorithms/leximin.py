"""LEXIMIN selection probabilities on HiGHS, over *profiles* (pure: no database).

The method is Flanigan, Gölz, Gupta, Hennig & Procaccia, "Fair algorithms for selecting
citizens' assemblies" (Nature 596, 2021): among all lotteries over quota-satisfying
panels, maximise the smallest selection probability, then the next smallest, and so on,
by column generation over panels. What makes it fast here:

* **Profiles.** Respondents with the same value in every category are interchangeable:
  permuting them maps quota-satisfying panels to quota-satisfying panels, so the (unique)
  LEXIMIN probability vector gives them equal probabilities. We therefore work with
  *profile panels*: an integer vector ``x`` (``x[p]`` people of profile ``p``) meeting the
  quotas. Profile ``p``'s members each have probability ``Σ_x π_x · x[p] / n_p``. The
  pricing problem is a small MIP over profile counts instead of a binary per person.
  The individuals are drawn afterwards uniformly within each profile.
* **Households.** The household rule (at most one person per household) breaks the
  symmetry for people who share a household with another respondent. Those people get a
  profile of their own (size 1) and a household row ``Σ x ≤ 1`` in the pricing MIP; all
  other respondents are still grouped. This is exact (a hybrid per-person model) and the
  result says so (``model``).
* **HiGHS** through highspy's ``Highs`` object: the restricted master LP (over panels)
  is kept across levels and extended column by column (warm-started primal simplex; the
  least useful columns are dropped when it grows large); the pricing MIP is built once
  and only its objective changes. Each round adds up to ``EXTRA_PER_ROUND`` further
  violated panels found by cheap LP-rounding pricing.

**The relaxation first** (``solve(method="auto")``, the default for LEXIMIN): the
LEXIMIN of the LP relaxation of the panel polytope (profile counts continuous) is a
small LP per level, milliseconds in all. The relaxation contains every lottery's
probability vector, so when its LEXIMIN vector can be written as a lottery over panels,
it *is* the LEXIMIN over panels. ``_decompose`` tries that by a Carathéodory walk over
faces of the relaxation (one pricing MIP per step, about one step per profile);
``_decompose_by_columns`` (column generation towards the target) takes over when the walk
gets stuck; only when the target is provably no lottery does the level-by-level column
generation below run (``Lottery.method`` says which answered). On realistic pools
(2,000 respondents, 5 categories, panel 50) the relaxation was exact and this took
~15 s instead of ~80 s for level by level; on tiny pools with tight quotas it often is
not, and level by level answers (fast there).

LEXIMIN levels: at each level the restricted dual

    min  μ − Σ_{p fixed} f_p y_p
    s.t. Σ_p y_p x_p / n_p ≤ μ    for every known panel x
         Σ_{p not fixed} y_p = 1,  y ≥ 0

is solved; the pricing MIP looks for a panel with ``Σ y_p x_p / n_p > μ``; when none
exists the level's value is optimal and, by complementary slackness, every unfixed
profile with ``y_p > 0`` has exactly that probability in every optimal lottery, so it is
fixed. A final LP finds the lottery ``π`` over the generated panels meeting every fixed
probability.

The module also offers the transparent rounding of Flanigan, Gölz, Gupta & Procaccia
("Fair sortition made transparent", Science Advances 2023): a uniform lottery over
``m`` (e.g. 1,000) concrete panels, so the final pick is a public draw of a number; the
quota-infeasibility analysis; and adapters to the ``sortition-algorithms`` library
(maximin and the legacy greedy method) for comparison.
"""

from __future__ import annotations

import math
import os
import random
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

import highspy
import numpy as np

from app.i18n import Message

EPS_PRICE = 5e-5  # a new panel must beat the dual bound by this much (0.005 percentage points)
EPS_DUAL = 1e-7  # a profile whose dual weight exceeds this is fixed
FIX_SLACK = 1e-8  # fixed probabilities are relaxed by this much (numerical safety)
EXTRA_PER_ROUND = 30  # extra panels priced per master solve (see ``solve``)
DECOMPOSE_MASS = 1e-10  # writing the relaxation's LEXIMIN as a lottery stops when this much is left
DECOMPOSE_TOL = 1e-6  # ... and it counts as met when every profile gets (1 − this) of its target
DECOMPOSE_EPS = 1e-7  # pricing threshold when column generation does that
MIP_SECONDS = 5.0  # time limit of one exact pricing MIP (rarely reached; reported when it is)

Progress = Callable[[float, str], None]

_banner_done = False


def quiet_highs() -> highspy.Highs:
    """A quiet ``Highs`` object (HiGHS prints a banner on stdout the first time)."""
    global _banner_done
    if _banner_done:
        h = highspy.Highs()
    else:
        sys.stdout.flush()
        saved = os.dup(1)
        try:
            with open(os.devnull, "w") as null:
                os.dup2(null.fileno(), 1)
                h = highspy.Highs()
        finally:
            os.dup2(saved, 1)
            os.close(saved)
        _banner_done = True
    h.setOptionValue("output_flag", False)
    return h


class QuotaInfeasible(Exception):
    """No panel meets the quotas; ``conflicts`` says which quotas and how to relax them."""

    def __init__(self, conflicts: list[Message]) -> None:
        self.conflicts = conflicts
        super().__init__("The quotas cannot be met: " + "; ".join(conflicts))


@dataclass(frozen=True)
class Quota:
    category: str
    value: str
    min: int
    max: int


@dataclass(frozen=True)
class Instance:
    """A selection problem.

    ``categories``: category name → its value names (in order); ``respondents``: for each
    respondent, the index of its value in every category (same order as ``categories``);
    ``quotas``: (category, value) → (min, max); ``households``: for each respondent a
    household key or None (only used with ``household_rule``).
    """

    categories: dict[str, list[str]]
    respondents: list[tuple[int, ...]]
    quotas: dict[tuple[str, str], tuple[int, int]]
    panel_size: int
    households: list[str | None] | None = None
    household_rule: bool = False

    @property
    def pool_size(self) -> int:
        return len(self.respondents)


@dataclass
class Profiles:
    keys: list[tuple[int, ...]]  # category value indices per profile
    members: list[list[int]]  # respondent indices per profile
    households: list[list[int]]  # groups of profiles of which at most one person may be chosen
    model: str

    @property
    def sizes(self) -> np.ndarray:
        return np.array([len(m) for m in self.members], dtype=float)


@dataclass
class Lottery:
    """A distribution over profile panels and the resulting probabilities."""

    profiles: Profiles
    panels: list[tuple[int, ...]]  # profile counts
    weights: list[float]  # probability of each panel
    profile_probability: list[float]
    probabilities: list[float]  # per respondent
    algorithm: str
    model: str
    levels: int = 0
    pricing_calls: int = 0
    seconds: float = 0.0
    notes: list[str] = field(default_factory=list)
    method: str = "levels"  # "relaxation": the LP relaxation's LEXIMIN, decomposed; "levels": level by level

    @property
    def min_probability(self) -> float:
        return min(self.probabilities) if self.probabilities else 0.0


# ----------------------------------------------------------------------------- profiles


def build_profiles(inst: Instance) -> Profiles:
    """Group interchangeable respondents; with the household rule, respondents sharing a
    household with another respondent are kept apart as profiles of one."""
    shared: set[int] = set()
    groups: dict[str, list[int]] = {}
    if inst.household_rule and inst.households is not None:
        for i, h in enumerate(inst.households):
            if h:
                groups.setdefault(h, []).append(i)
        for group in groups.values():
            if len(group) > 1:
                shared.update(group)
    index: dict[tuple[int, ...], int] = {}
    keys: list[tuple[int, ...]] = []
    members: list[list[int]] = []
    person_profile: dict[int, int] = {}
    for i, values in enumerate(inst.respondents):
        if i in shared:
            keys.append(values)
            members.append([i])
            person_profile[i] = len(keys) - 1
            continue
        p = index.get(values)
        if p is None:
            p = index[values] = len(keys)
            keys.append(values)
            members.append([])
        members[p].append(i)
        person_profile[i] = p
    hh_groups = [[person_profile[i] for i in g] for g in groups.values() if len(g) > 1]
    model = (
        Message("profiles")
        if not shared
        else Message("profiles+households ({count} people in shared households modelled one by one)", count=len(shared))
    )
    return Profiles(keys, members, hh_groups, model)


# ------------------------------------------------------------------------- the panel MIP


class PanelMip:
    """The quota MIP over profile counts: ``0 ≤ x_p ≤ n_p`` integer, ``Σ x = k``,
    quotas, households. ``best(weights)`` maximises ``Σ w_p x_p``."""

    def __init__(self, inst: Instance, prof: Profiles) -> None:
        self.inst = inst
        self.prof = prof
        n_prof = len(prof.keys)
        h = quiet_highs()
        h.setOptionValue("mip_rel_gap", 1e-7)
        h.setOptionValue("random_seed", 1)
        h.setOptionValue("threads", 1)
        sizes = prof.sizes
        h.addVars(n_prof, np.zeros(n_prof), sizes)
        h.changeColsIntegrality(
            n_prof, np.arange(n_prof, dtype=np.int32), np.array([highspy.HighsVarType.kInteger] * n_prof)
        )
        all_idx = np.arange(n_prof, dtype=np.int32)
        h.addRow(inst.panel_size, inst.panel_size, n_prof, all_idx, np.ones(n_prof))
        mip_row: list[int] = []  # the HiGHS row of each row of ``_A`` (-1: none, no such profile)
        for c, (cat, values) in enumerate(inst.categories.items()):
            for v, value in enumerate(values):
                lo, hi = inst.quotas.get((cat, value), (0, inst.panel_size))
                idx = np.array([p for p, key in enumerate(prof.keys) if key[c] == v], dtype=np.int32)
                if idx.size == 0:
                    mip_row.append(-1)
                    continue
                mip_row.append(h.getNumRow())
                h.addRow(lo, hi, idx.size, idx, np.ones(idx.size))
        for group in prof.households:
            idx = np.array(group, dtype=np.int32)
            mip_row.append(h.getNumRow())
            h.addRow(0, 1, idx.size, idx, np.ones(idx.size))
        self._mip_row = mip_row
        h.changeObjectiveSense(highspy.ObjSense.kMaximize)
        # the quota and household rows as a dense matrix, for the greedy repair
        rows, lo_list, hi_list = [], [], []
        for c, (cat, values) in enumerate(inst.categories.items()):
            for v, value in enumerate(values):
                lo, hi = inst.quotas.get((cat, value), (0, inst.panel_size))
                rows.append([1 if key[c] == v else 0 for key in prof.keys])
                lo_list.append(lo)
                hi_list.append(hi)
        for group in prof.households:
            members = set(group)
            rows.append([1 if p in members else 0 for p in range(n_prof)])
            lo_list.append(0)
            hi_list.append(1)
        self._A = np.array(rows, dtype=int).reshape(len(rows), n_prof)
        self._lo = np.array(lo_list, dtype=int)
        self._hi = np.array(hi_list, dtype=int)
        self.h = h
        self.P = n_prof
        self.calls = 0
        self.lp_calls = 0
        self.unproven = 0.0  # the largest gap a time-limited pricing MIP left unproven
        self.lp: highspy.Highs | None = None
        self._all = np.arange(n_prof, dtype=np.int32)
        self._ub = sizes
        self._lb = np.zeros(n_prof)
        self._bounds0 = (self._lb, self._ub, self._lo, self._hi)

    def restrict(self, lb: np.ndarray, ub: np.ndarray, lo: np.ndarray, hi: np.ndarray) -> None:
        """Only panels with ``lb ≤ x ≤ ub`` and ``lo ≤ A x ≤ hi`` (``A``: the quota and
        household rows) from now on, in the MIP, its LP relaxation and the greedy repair
        (a face of the panel polytope); ``unrestrict`` undoes it."""
        self._lb, self._ub = np.asarray(lb, dtype=float), np.asarray(ub, dtype=float)
        self._lo, self._hi = np.asarray(lo, dtype=int), np.asarray(hi, dtype=int)
        for h in (self.h, self.lp):
            if h is None:
                continue
            h.changeColsBounds(self.P, self._all, self._lb, self._ub)
            for r, row in enumerate(self._mip_row):
                if row >= 0:
                    h.changeRowBounds(row, float(self._lo[r]), float(self._hi[r]))

    def unrestrict(self) -> None:
        self.restrict(*self._bounds0)

    def best(self, weights: np.ndarray, time_limit: float | None = None) -> tuple[tuple[int, ...], float, float] | None:
        """The panel maximising ``Σ w_p x_p``: (counts, objective, upper bound), or None
        when no panel meets the quotas. With ``time_limit``, the best panel found in that
        time and HiGHS's bound (the bound is what proves there is nothing better)."""
        self.calls += 1
        h = self.h
        h.changeColsCost(self.P, self._all, np.asarray(weights, dtype=float))
        if time_limit is not None:
            h.setOptionValue("time_limit", float(time_limit))
        try:
            h.run()
        finally:
            if time_limit is not None:
                h.setOptionValue("time_limit", highspy.kHighsInf)
        status = h.getModelStatus()
        if status == highspy.HighsModelStatus.kInfeasible:
            return None
        timed_out = status in (highspy.HighsModelStatus.kTimeLimit, highspy.HighsModelStatus.kSolutionLimit)
        if status != highspy.HighsModelStatus.kOptimal and not timed_out:
            raise RuntimeError(f"HiGHS could not solve the panel problem ({h.modelStatusToString(status)})")
        info = h.getInfo()
        if timed_out and info.primal_solution_status != highspy.SolutionStatus.kSolutionStatusFeasible:
            raise TimeoutError(float(info.mip_dual_bound))
        x = np.rint(np.array(h.getSolution().col_value)).astype(int)
        obj = float(np.dot(weights, x))
        bound = max(obj, float(info.mip_dual_bound)) if math.isfinite(info.mip_dual_bound) else obj
        return tuple(int(v) for v in x), obj, bound

    def first(self, weights: np.ndarray) -> tuple[int, ...] | None:
        """Some panel (the MIP's first one, preferring high ``weights``), or None when there
        is none or none was found within MIP_SECONDS. An integral optimum of the LP
        relaxation (cheap, warm-started) is taken when there is one."""
        lp = self._lp(weights)
        if lp is None:
            return None
        if np.all(np.abs(lp[0] - np.rint(lp[0])) <= 1e-9):
            return tuple(int(v) for v in np.rint(lp[0]))
        h = self.h
        h.setOptionValue("mip_max_improving_sols", 1)
        try:
            res = self.best(weights, time_limit=MIP_SECONDS)
        except TimeoutError:
            return None
        finally:
            h.setOptionValue("mip_max_improving_sols", 2147483647)
        return None if res is None else res[0]

    def _lp(self, weights: np.ndarray) -> tuple[np.ndarray, float] | None:
        if self.lp is None:
            lp = quiet_highs()
            lp.setOptionValue("threads", 1)
            lp.setOptionValue("presolve", "off")
            lp.passModel(self.h.getModel())
            lp.changeColsIntegrality(self.P, self._all, np.array([highspy.HighsVarType.kContinuous] * self.P))
            self.lp = lp
        self.lp_calls += 1
        self.lp.changeColsCost(self.P, self._all, np.asarray(weights, dtype=float))
        self.lp.run()
        if self.lp.getModelStatus() != highspy.HighsModelStatus.kOptimal:
            return None
        return np.array(self.lp.getSolution().col_value), float(self.lp.getInfo().objective_function_value)

    def _repair(self, weights: np.ndarray, xs: np.ndarray) -> tuple[int, ...] | None:
        """Round the LP solution down and fill the free seats greedily (the profiles that
        help unmet minimums first, then by weight) without breaking a maximum."""
        x = np.maximum(np.floor(xs + 1e-6), self._lb).astype(int)
        counts = self._A @ x
        need = self.inst.panel_size - int(x.sum())
        for _ in range(need):
            room = (x < self._ub) & np.all(self._A[self._maxed_rows(counts)].T == 0, axis=1)
            if not room.any():
                return None
            under = (counts < self._lo).astype(float)
            score = (self._A.T @ under) * 1e6 + weights
            score[~room] = -np.inf
            p = int(np.argmax(score))
            x[p] += 1
            counts += self._A[:, p]
        if np.any(counts < self._lo) or np.any(counts > self._hi):
            return None
        return tuple(int(v) for v in x)

    def _maxed_rows(self, counts: np.ndarray) -> np.ndarray:
        return np.where(counts >= self._hi)[0]

    def _round(self, weights: np.ndarray, xs: np.ndarray) -> tuple[int, ...] | None:
        """Round the LP solution: greedy repair, else fix the LP's integral values and
        solve the MIP over the fractional ones."""
        frac = np.abs(xs - np.rint(xs)) > 1e-6
        fixed = np.where(~frac)[0].astype(np.int32)
        if fixed.size == self.P:
            return tuple(int(v) for v in np.rint(xs))
        repaired = self._repair(weights, xs)
        if repaired is not None:
            return repaired
        vals = np.rint(xs[fixed])
        self.h.changeColsBounds(fixed.size, fixed, vals, vals)
        try:
            res = self.best(weights, time_limit=1.0)
        except TimeoutError:
            res = None
        finally:
            self.h.changeColsBounds(fixed.size, fixed, self._lb[fixed], self._ub[fixed])
        return None if res is None else res[0]

    def good(self, weights: np.ndarray, time_limit: float | None = None) -> tuple[int, ...] | None:
        """A good (not necessarily best) panel for ``weights``, cheaply; None when there
        is none (or, with ``time_limit``, when none was found in time)."""
        lp = self._lp(weights)
        if lp is None:
            return None
        x = self._round(weights, lp[0])
        if x is None:
            try:
                res = self.best(weights, time_limit=time_limit)
            except TimeoutError:
                return None
            return None if res is None else res[0]
        return x

    def price(self, weights: np.ndarray, threshold: float) -> tuple[int, ...] | None:
        """A panel with ``Σ w_p x_p > threshold``, or None when none exists (proven by
        the LP relaxation's bound or by the exact MIP)."""
        lp = self._lp(weights)
        if lp is None or lp[1] <= threshold:
            return None
        x = self._round(weights, lp[0])
        if x is not None and float(np.dot(weights, x)) > threshold:
            return x
        try:
            res = self.best(weights, time_limit=MIP_SECONDS)
        except TimeoutError as exc:
            self.unproven = max(self.unproven, float(exc.args[0]) - threshold)
            return None
        if res is None:
            return None
        if res[1] > threshold:
            return res[0]
        if res[2] > threshold + 1e-9:  # timed out without proof: remember by how much
            self.unproven = max(self.unproven, res[2] - threshold)
        return None


# ---------------------------------------------------------------------- infeasibility


def _value_label(cat: str, value: str) -> str:
    return f"{cat} = {value}"


def explain_infeasible(inst: Instance) -> list[Message]:
    """Why no panel meets the quotas, in words, with what would relax them.

    First the simple checks (per category: the minimums against the panel size, the
    maximums against it; per value: the minimum against the people in the pool), then an
    elastic MIP that finds the smallest total change of quotas making a panel possible.
    Returns [] when the quotas can be met.
    """
    out: list[Message] = []
    k = inst.panel_size
    if k <= 0:
        return [Message("the panel size must be at least 1")]
    if k > inst.pool_size:
        return [
            Message("the panel size {size} is larger than the pool ({pool} respondents)", size=k, pool=inst.pool_size)
        ]
    counts: dict[tuple[str, str], int] = {}
    for c, (cat, values) in enumerate(inst.categories.items()):
        for v, value in enumerate(values):
            counts[(cat, value)] = sum(1 for r in inst.respondents if r[c] == v)
    for cat, values in inst.categories.items():
        mins = sum(inst.quotas.get((cat, v), (0, k))[0] for v in values)
        maxs = sum(min(inst.quotas.get((cat, v), (0, k))[1], counts[(cat, v)]) for v in values)
        if mins > k:
            out.append(
                Message(
                    "category {category}: the minimums add up to {mins}, more than the panel size {size} "
                    "(lower them by {excess} in total, or enlarge the panel)",
                    category=cat,
                    mins=mins,
                    size=k,
                    excess=mins - k,
                )
            )
        if maxs < k:
            out.append(
                Message(
                    "category {category}: at most {maxs} people can be chosen within the maximums and the pool, "
                    "fewer than the panel size {size} (raise the maximums by {missing} in total, or shrink the panel)",
                    category=cat,
                    maxs=maxs,
                    size=k,
                    missing=k - maxs,
                )
            )
        for vname in values:
            lo, hi = inst.quotas.get((cat, vname), (0, k))
            if lo > hi:
                out.append(
                    Message(
                        "{value}: the minimum {low} is above the maximum {high}",
                        value=_value_label(cat, vname),
                        low=lo,
                        high=hi,
                    )
                )
            if lo > counts[(cat, vname)]:
                out.append(
                    Message(
                        "{value}: the minimum is {low} but the pool has only {count} such respondents "
                        "(lower the minimum to {count})",
                        value=_value_label(cat, vname),
                        low=lo,
                        count=counts[(cat, vname)],
                    )
                )
    if out:
        return out
    prof = build_profiles(inst)
    mip = PanelMip(inst, prof)
    if mip.best(np.zeros(mip.P)) is not None:
        return []
    return _elastic(inst, prof) or [
        Message("no panel meets the quotas together (the household rule may be too strict)")
    ]


def _elastic(inst: Instance, prof: Profiles) -> list[Message]:
    """Smallest total relaxation of the quotas (in people) that makes a panel possible."""
    n_prof = len(prof.keys)
    h = quiet_highs()
    h.setOptionValue("threads", 1)
    h.addVars(n_prof, np.zeros(n_prof), prof.sizes)
    h.changeColsIntegrality(
        n_prof, np.arange(n_prof, dtype=np.int32), np.array([highspy.HighsVarType.kInteger] * n_prof)
    )
    k = inst.panel_size
    h.addRow(k, k, n_prof, np.arange(n_prof, dtype=np.int32), np.ones(n_prof))
    slacks: list[tuple[int, str, str, str, int]] = []  # column, cat, value, "min"/"max", bound
    inf = highspy.kHighsInf
    for c, (cat, values) in enumerate(inst.categories.items()):
        for v, value in enumerate(values):
            lo, hi = inst.quotas.get((cat, value), (0, k))
            idx = [p for p, key in enumerate(prof.keys) if key[c] == v]
            s_lo = h.getNumCol()
            h.addCol(1.0, 0, inf, 0, np.array([], dtype=np.int32), np.array([]))
            s_hi = h.getNumCol()
            h.addCol(1.0, 0, inf, 0, np.array([], dtype=np.int32), np.array([]))
            # Σ x + s_lo ≥ lo ; Σ x − s_hi ≤ hi
            h.addRow(lo, inf, len(idx) + 1, np.array([*idx, s_lo], dtype=np.int32), np.ones(len(idx) + 1))
            h.addRow(
                -inf, hi, len(idx) + 1, np.array([*idx, s_hi], dtype=np.int32), np.array([1.0] * len(idx) + [-1.0])
            )
            slacks.append((s_lo, cat, value, "min", lo))
            slacks.append((s_hi, cat, value, "max", hi))
    for group in prof.households:
        h.addRow(0, 1, len(group), np.array(group, dtype=np.int32), np.ones(len(group)))
    h.changeObjectiveSense(highspy.ObjSense.kMinimize)
    h.run()
    if h.getModelStatus() != highspy.HighsModelStatus.kOptimal:
        return []
    solution = list(h.getSolution().col_value)
    out: list[Message] = []
    for col, cat, value, kind, bound in slacks:
        amount = int(round(solution[col]))
        if amount <= 0:
            continue
        if kind == "min":
            out.append(
                Message(
                    "{value}: the minimum {bound} conflicts with the other quotas (lower it to {target})",
                    value=_value_label(cat, value),
                    bound=bound,
                    target=bound - amount,
                )
            )
        else:
            out.append(
                Message(
                    "{value}: the maximum {bound} conflicts with the other quotas (raise it to {target})",
                    value=_value_label(cat, value),
                    bound=bound,
                    target=bound + amount,
                )
            )
    return out


def check_feasible(inst: Instance) -> None:
    """Raise ``QuotaInfeasible`` naming the conflicting quotas, or return."""
    problems = explain_infeasible(inst)
    if problems:
        raise QuotaInfeasible(problems)


# ------------------------------------------------------------------------- the solver


class _Master:
    """The restricted master LP over the known panels, extended column by column::

        max  z
        s.t. Σ_j π_j x_j[p] / n_p − z ≥ 0    for every unfixed profile p
             Σ_j π_j x_j[p] / n_p ≥ f_p      for every fixed profile p
             Σ_j π_j = 1,  π ≥ 0

    Its row duals are the dual LP of the module docstring: ``y_p`` (the profile rows)
    and ``μ`` (minus the dual of the convexity row). New panels are new columns, so the
    primal simplex restarts from the previous optimal basis (they keep it primal
    feasible), which is far cheaper than re-solving a dual with ever more rows.
    """

    def __init__(self, sizes: np.ndarray, active: list[int]) -> None:
        self.sizes = sizes
        self.active = active  # profile indices with a row
        self.col_of = {p: j for j, p in enumerate(active)}  # profile → its row
        n = len(active)
        h = quiet_highs()
        h.setOptionValue("threads", 1)
        h.setOptionValue("presolve", "off")  # keep the warm start between solves
        h.setOptionValue("simplex_strategy", 4)  # primal simplex: new columns keep the basis feasible
        inf = highspy.kHighsInf
        for _ in range(n):
            h.addRow(0.0, inf, 0, np.array([], dtype=np.int32), np.array([]))
        self.conv = n
        h.addRow(1.0, 1.0, 0, np.array([], dtype=np.int32), np.array([]))
        # z: cost −1 (we minimise −z), coefficient −1 in every unfixed profile row
        h.addCol(-1.0, 0.0, 1.0, n, np.arange(n, dtype=np.int32), np.full(n, -1.0))
        self.z = 0
        h.changeObjectiveSense(highspy.ObjSense.kMinimize)
        self.h = h
        self.panels: list[tuple[int, ...]] = []  # the master's panel columns (column j + 1)
        self.has: set[tuple[int, ...]] = set()
        self.keep = max(2 * n, 200)  # beyond this many columns, the least useful are dropped

    def add_panel(self, x: tuple[int, ...]) -> None:
        self.panels.append(x)
        self.has.add(x)
        idx = [self.col_of[p] for p, c in enumerate(x) if c and p in self.col_of]
        vals = [x[self.active[r]] / self.sizes[self.active[r]] for r in idx]
        self.h.addCol(
            0.0,
            0.0,
            highspy.kHighsInf,
            len(idx) + 1,
            np.array([*idx, self.conv], dtype=np.int32),
            np.array([*vals, 1.0]),
        )

    def fix(self, p: int, value: float) -> None:
        r = self.col_of[p]
        self.h.changeCoeff(r, self.z, 0.0)
        self.h.changeRowBounds(r, max(value - FIX_SLACK, 0.0), highspy.kHighsInf)

    def solve(self) -> tuple[np.ndarray, float, float]:
        h = self.h
        h.run()
        status = h.getModelStatus()
        if status != highspy.HighsModelStatus.kOptimal:
            h.clearSolver()
            h.setOptionValue("presolve", "on")
            h.run()
            h.setOptionValue("presolve", "off")
            status = h.getModelStatus()
        if status != highspy.HighsModelStatus.kOptimal:
            raise RuntimeError(f"HiGHS could not solve the fairness LP ({h.modelStatusToString(status)})")
        sol = h.getSolution()
        if len(self.panels) > self.keep:
            self._prune(np.array(sol.col_dual))
        duals = np.array(sol.row_dual)
        y = np.clip(duals[: self.conv], 0.0, None)
        mu = -float(duals[self.conv])
        return y, mu, float(sol.col_value[self.z])

    def lottery(self) -> tuple[list[tuple[int, ...]], list[float]]:
        """The panels with positive weight in the last solution, and their weights."""
        pi = np.clip(np.array(self.h.getSolution().col_value[1 : len(self.panels) + 1]), 0.0, None)
        pi[pi < 1e-10] = 0.0
        pi /= pi.sum()
        keep = [j for j in range(len(self.panels)) if pi[j] > 0]
        return [self.panels[j] for j in keep], [float(pi[j]) for j in keep]

    def _prune(self, reduced: np.ndarray) -> None:
        """Drop the nonbasic panel columns with the largest reduced costs (they stay in the
        solver's panel list for the final lottery and may be priced in again), keeping the
        basis, so the master LP does not grow without bound."""
        basic = highspy.HighsBasisStatus.kBasic
        status = self.h.getBasis().col_status
        m = len(self.panels)
        drop_n = m - self.keep // 2
        cand = [j for j in range(m) if status[j + 1] != basic]
        cand.sort(key=lambda j: -reduced[j + 1])
        drop = sorted(cand[:drop_n])
        if not drop:
            return
        self.h.deleteCols(len(drop), np.array([j + 1 for j in drop], dtype=np.int32))
        gone = set(drop)
        for j in drop:
            self.has.discard(self.panels[j])
        self.panels = [x for j, x in enumerate(self.panels) if j not in gone]


def _initial_panels(mip: PanelMip, rng: random.Random, extra: int) -> tuple[list[tuple[int, ...]], set[int]]:
    """Panels covering every profile that can be on some panel, then ``extra`` random ones.

    Returns the panels and the set of profiles that can never be on a panel.
    """
    n_prof = mip.P
    panels: list[tuple[int, ...]] = []
    seen: set[tuple[int, ...]] = set()
    covered = np.zeros(n_prof, dtype=bool)
    while not covered.all():
        w = np.where(covered, 0.0, 1.0) + np.array([rng.random() * 1e-3 for _ in range(n_prof)])
        found = mip.good(w)
        if found is None:
            raise QuotaInfeasible([Message("no panel meets the quotas")])
        x = found
        new = [p for p in range(n_prof) if x[p] > 0 and not covered[p]]
        if not new:
            res = mip.best(np.where(covered, 0.0, 1.0))  # exact: can anyone else be chosen?
            if res is None or res[1] < 0.5:
                break
            x = res[0]
            new = [p for p in range(n_prof) if x[p] > 0 and not covered[p]]
        covered[new] = True
        if x not in seen:
            seen.add(x)
            panels.append(x)
    for _ in range(extra):
        w = np.array([rng.random() for _ in range(n_prof)])
        xr = mip.good(w, time_limit=2.0)
        if xr is not None and xr not in seen:
            seen.add(xr)
            panels.append(xr)
    uncoverable = {p for p in range(n_prof) if not covered[p]}
    return panels, uncoverable


def _generate(
    master: _Master,
    mip: PanelMip,
    panels: list[tuple[int, ...]],
    known: set[tuple[int, ...]],
    eps: float,
    report: Callable[[float], None],
    stop_at: float = math.inf,
) -> tuple[np.ndarray, float, float]:
    """Column generation on ``master`` until no panel beats its dual bound by ``eps``
    (or its value reaches ``stop_at``): returns the last (profile duals, μ, value).
    New panels are appended to ``panels``/``known`` too (the final lottery may use them)."""
    weights_full = np.zeros(mip.P)
    active = master.active
    scale = master.sizes
    while True:
        y, mu, value = master.solve()
        if value >= stop_at:
            return y, mu, value
        weights_full[:] = 0.0
        for j, p in enumerate(active):
            weights_full[p] = max(y[j], 0.0) / scale[p]
        priced = mip.price(weights_full, mu + eps)
        if priced is None or priced in master.has:
            return y, mu, value
        if priced not in known:
            known.add(priced)
            panels.append(priced)
        master.add_panel(priced)
        # a few more violated panels from the same duals (cheap LP pricing with the
        # weights of those just added damped), so the master is re-solved less often
        damped = weights_full.copy()
        last = priced
        for _ in range(EXTRA_PER_ROUND):
            damped[np.array(last) > 0] *= 0.5
            more = mip.good(damped, time_limit=1.0)
            if more is None or more in master.has or float(np.dot(weights_full, more)) <= mu + eps:
                break
            if more not in known:
                known.add(more)
                panels.append(more)
            master.add_panel(more)
            last = more
        report(value)


def _relaxed_leximin(mip: PanelMip, sizes: np.ndarray) -> tuple[np.ndarray, int]:
    """The LEXIMIN profile probabilities over the LP relaxation of the panel polytope
    (``x`` continuous), and its number of levels (distinct values).

    The relaxation is one small LP (profiles × quota rows) re-solved once per level,
    milliseconds each. Every unfixed profile with a nonzero dual at a level's optimum is
    at that value in every optimum (complementary slackness) and is fixed; a level whose
    dual support misses some such profile is simply repeated (same value)."""
    n_prof = mip.P
    lp = quiet_highs()
    lp.setOptionValue("threads", 1)
    lp.passModel(mip.h.getModel())
    every = np.arange(n_prof, dtype=np.int32)
    lp.changeColsIntegrality(n_prof, every, np.array([highspy.HighsVarType.kContinuous] * n_prof))
    lp.changeColsCost(n_prof, every, np.zeros(n_prof))
    t = lp.getNumCol()
    lp.addCol(1.0, 0.0, 1.0, 0, np.array([], dtype=np.int32), np.array([]))
    base = lp.getNumRow()
    inf = highspy.kHighsInf
    for p in range(n_prof):  # x_p − n_p t ≥ 0
        lp.addRow(0.0, inf, 2, np.array([p, t], dtype=np.int32), np.array([1.0, -sizes[p]]))
    lp.changeObjectiveSense(highspy.ObjSense.kMaximize)
    q = np.zeros(n_prof)
    unfixed = set(range(n_prof))
    values: list[float] = []
    while unfixed:
        lp.run()
        if lp.getModelStatus() != highspy.HighsModelStatus.kOptimal:
            raise RuntimeError(
                f"HiGHS could not solve the relaxed fairness LP ({lp.modelStatusToString(lp.getModelStatus())})"
            )
        value = min(max(float(lp.getSolution().col_value[t]), 0.0), 1.0)
        duals = np.abs(np.array(lp.getSolution().row_dual[base : base + n_prof]))
        to_fix = [p for p in unfixed if duals[p] > EPS_DUAL]
        if not to_fix:
            to_fix = [max(unfixed, key=lambda p: duals[p])]
        if not values or value > values[-1] + 1e-9:
            values.append(value)
        for p in to_fix:
            q[p] = value
            unfixed.discard(p)
            lp.changeCoeff(base + p, t, 0.0)
            lp.changeRowBounds(base + p, max(value * sizes[p] - FIX_SLACK, 0.0), inf)
    # the last solution is a point of the relaxation (Σ x = k exactly) at the LEXIMIN
    # values, up to FIX_SLACK: that is the point to write as a lottery
    x = np.clip(np.array(lp.getSolution().col_value[:n_prof]), 0.0, sizes)
    return x / sizes, len(values)


@dataclass
class _Decomposition:
    ok: bool  # the whole target was written as a lottery
    panels: list[tuple[int, ...]]  # the lottery's panels (when ok) or every panel found
    weights: list[float]
    worst: float = 0.0  # the largest relative shortfall of a profile against its target (when ok)


def _decompose(mip: PanelMip, sizes: np.ndarray, target: np.ndarray, progress: Progress | None) -> _Decomposition:
    """Write the point ``target`` (profile counts, a point of the LP relaxation) as a
    lottery over panels, by Carathéodory steps, if it can.

    Keep a residual ``r`` of mass ``m`` (initially ``target`` and 1). Each step finds a
    panel ``y`` on the smallest face of the relaxation containing ``r/m`` (quotas that
    ``r/m`` meets with equality stay equalities, profiles at 0 or at all their members
    stay there) with the pricing MIP, and moves as far away from it as the relaxation
    allows: ``r ← r − λy``, ``m ← m − λ``, the largest ``λ`` keeping ``r/m`` feasible.
    Every step makes one more constraint tight, so after at most about one step per
    profile the mass is used up. Every ``y`` is a panel; the weights ``λ`` are the
    lottery. The target being LEXIMIN over the relaxation and the lottery meeting it
    proves it LEXIMIN over panels. A face without a panel (possible: the relaxation is
    not integral) stops the walk (``ok`` False).
    """
    rows = mip._A.astype(float)
    lo0, hi0 = mip._bounds0[2].astype(float), mip._bounds0[3].astype(float)
    r = target.astype(float).copy()
    mass = 1.0
    weight: dict[tuple[int, ...], float] = {}
    ok = False
    try:
        while True:
            if mass <= DECOMPOSE_MASS:
                ok = True
                break
            tol = 1e-9 * mass
            counts = rows @ r
            lb = np.where(r >= mass * sizes - tol, sizes, 0.0)
            ub = np.where(r > tol, sizes, 0.0)
            lo = np.where(counts >= mass * hi0 - tol, hi0, lo0)
            hi = np.where(counts <= mass * lo0 + tol, lo0, hi0)
            mip.restrict(lb, ub, lo, hi)
            found = mip.first(r / mass)
            if found is None:
                break
            y = np.array(found, dtype=float)
            step = mass
            on = y > 0
            if on.any():  # r − λy ≥ 0
                step = min(step, float(np.min(r[on] / y[on])))
            room = sizes - y
            on = room > 1e-12  # r − λy ≤ (m − λ) n
            if on.any():
                step = min(step, float(np.min((mass * sizes[on] - r[on]) / room[on])))
            ay = rows @ y
            room = hi0 - ay
            on = room > 1e-12  # A(r − λy) ≤ (m − λ) hi
            if on.any():
                step = min(step, float(np.min((mass * hi0[on] - counts[on]) / room[on])))
            room = ay - lo0
            on = room > 1e-12  # A(r − λy) ≥ (m − λ) lo
            if on.any():
                step = min(step, float(np.min((counts[on] - mass * lo0[on]) / room[on])))
            if step <= 0.0:
                break
            weight[found] = weight.get(found, 0.0) + step
            r = np.clip(r - step * y, 0.0, None)
            mass -= step
            if progress:
                progress(0.05 + 0.9 * (1.0 - mass), f"lottery: {len(weight)} panels, {1.0 - mass:.4%} placed")
    finally:
        mip.unrestrict()
    panels = list(weight)
    if not ok:
        return _Decomposition(False, panels, [])
    total = sum(weight.values())
    weights = [weight[x] / total for x in panels]
    reached = np.zeros(mip.P)
    for x, w in zip(panels, weights, strict=True):
        reached += w * np.array(x, dtype=float)
    on = target > 1e-9
    worst = float(np.max(np.clip(1.0 - reached[on] / target[on], 0.0, None))) if on.any() else 0.0
    return _Decomposition(worst <= DECOMPOSE_TOL, panels, weights, worst)


def _decompose_by_columns(
    mip: PanelMip,
    target: np.ndarray,
    seeds: list[tuple[int, ...]],
    rng: random.Random,
    extra: int,
    progress: Progress | None,
) -> _Decomposition:
    """The exact (slower) way to write ``target`` as a lottery, when the walk of
    ``_decompose`` got stuck: column generation on the maximin master with the targets
    as the "sizes": maximise ``z`` with ``Σ_j π_j x_j[p] ≥ z target_p``, ``Σ π = 1``.
    Every panel has ``k`` people and ``Σ target = k``, so ``z ≤ 1``, and ``z = 1`` exactly
    when the target is a lottery over panels; pricing proves ``z < 1`` otherwise. Only
    panels on the smallest face containing the target can be used, so pricing is
    restricted to it."""
    sizes = mip._bounds0[1]
    active = [p for p in range(mip.P) if target[p] > 1e-9]
    lo0, hi0 = mip._bounds0[2], mip._bounds0[3]
    counts = mip._A @ target
    lb = np.where(target >= sizes - 1e-9, sizes, 0.0)
    ub = np.where(target > 1e-9, sizes, 0.0)
    lo = np.where(counts >= hi0 - 1e-7, hi0, lo0)
    hi = np.where(counts <= lo0 + 1e-7, lo0, hi0)
    mip.restrict(lb, ub, lo, hi)
    try:
        try:
            start, missed = _initial_panels(mip, rng, extra)
        except QuotaInfeasible:
            return _Decomposition(False, list(seeds), [])
        if missed & set(active):
            return _Decomposition(False, list(seeds), [])
        panels = list(seeds) + [x for x in start if x not in set(seeds)]
        known = set(panels)
        master = _Master(target, active)
        for x in panels:
            master.add_panel(x)

        def report(value: float) -> None:
            if progress:
                progress(
                    0.5 + 0.45 * min(value, 1.0),
                    f"lottery over {len(master.panels)} panels, {value:.4%} of the targets",
                )

        _y, _mu, z = _generate(master, mip, panels, known, DECOMPOSE_EPS, report, stop_at=1.0 - DECOMPOSE_TOL / 10)
        if z < 1.0 - DECOMPOSE_TOL:
            return _Decomposition(False, panels, [])
        chosen, weights = master.lottery()
        return _Decomposition(True, chosen, weights, max(0.0, 1.0 - z))
    finally:
        mip.unrestrict()


def _final_lottery(panels: list[tuple[int, ...]], sizes: np.ndarray, fixed: dict[int, float]) -> np.ndarray:
    """Weights π over ``panels`` meeting every fixed profile probability (least shortfall)."""
    profiles = sorted(fixed)
    m = len(panels)
    h = quiet_highs()
    h.setOptionValue("threads", 1)
    inf = highspy.kHighsInf
    h.addVars(m, np.zeros(m), np.ones(m))
    row_of = {p: r for r, p in enumerate(profiles)}
    # rows: one per fixed profile (Σ π a ≥ f), then Σ π = 1; shortfall columns keep it feasible
    for p in profiles:
        h.addRow(max(fixed[p] - FIX_SLACK, 0.0), inf, 0, np.array([], dtype=np.int32), np.array([]))
    h.addRow(1.0, 1.0, 0, np.array([], dtype=np.int32), np.array([]))
    conv = len(profiles)
    for j, x in enumerate(panels):
        for p, c in enumerate(x):
            if c and p in row_of:
                h.changeCoeff(row_of[p], j, c / sizes[p])
        h.changeCoeff(conv, j, 1.0)
    for p in profiles:
        h.addCol(1000.0, 0, inf, 1, np.array([row_of[p]], dtype=np.int32), np.array([1.0]))
    h.changeObjectiveSense(highspy.ObjSense.kMinimize)
    h.run()
    pi = np.clip(np.array(h.getSolution().col_value[:m]), 0.0, None)
    pi[pi < 1e-10] = 0.0
    return pi / pi.sum()


def solve(
    inst: Instance,
    *,
    objective: str = "leximin",
    progress: Progress | None = None,
    seed: int = 20210803,
    extra_panels: int | None = None,
    method: str = "auto",
) -> Lottery:
    """The LEXIMIN (or just maximin) lottery for ``inst``.

    ``method="auto"`` (LEXIMIN only) first computes the LEXIMIN of the LP relaxation and
    tries to write it as a lottery over panels (``_decompose``); when it can, that is
    the answer. Otherwise, and with ``method="levels"``, the column generation goes
    level by level. Raises ``QuotaInfeasible`` when no panel meets the quotas.
    ``progress(share, text)`` is called now and then (it may raise to cancel).
    Deterministic for the same inputs.
    """
    if objective not in ("leximin", "maximin"):
        raise ValueError(f"unknown objective {objective!r}")
    if method not in ("auto", "levels"):
        raise ValueError(f"unknown method {method!r}")
    started = time.perf_counter()
    check_feasible(inst)
    prof = build_profiles(inst)
    sizes = prof.sizes
    n_prof = len(prof.keys)
    mip = PanelMip(inst, prof)
    rng = random.Random(seed)
    if extra_panels is None:
        extra_panels = min(20, max(3, n_prof // 20))
    notes: list[str] = []
    seed_panels: list[tuple[int, ...]] = []
    if objective == "leximin" and method == "auto":
        if progress:
            progress(0.0, "LEXIMIN of the relaxation")
        q, relaxed_levels = _relaxed_leximin(mip, sizes)
        found = _decompose(mip, sizes, q * sizes, progress)
        if not found.ok:  # the walk got stuck; column generation decides
            found = _decompose_by_columns(mip, q * sizes, found.panels, rng, extra_panels, progress)
        if found.ok:
            return _make_lottery(
                inst,
                prof,
                found.panels,
                found.weights,
                objective,
                levels=relaxed_levels,
                pricing_calls=mip.calls,
                seconds=time.perf_counter() - started,
                notes=[
                    f"LEXIMIN of the LP relaxation ({relaxed_levels} level{'' if relaxed_levels == 1 else 's'}), "
                    f"met by a lottery over {len(found.panels)} panels "
                    f"(every probability within {found.worst:.1e} of it, relatively)"
                ],
                method="relaxation",
            )
        seed_panels = found.panels
        notes.append("the LP relaxation's LEXIMIN could not be written as a lottery over panels; solved level by level")
    if progress:
        progress(0.0, "finding first panels")
    panels, uncoverable = _initial_panels(mip, rng, extra_panels)
    for x in seed_panels:
        if x not in panels:
            panels.append(x)
    known = set(panels)
    active = [p for p in range(n_prof) if p not in uncoverable]
    fixed: dict[int, float] = {p: 0.0 for p in uncoverable}
    master = _Master(sizes, active)
    for x in panels:
        master.add_panel(x)
    levels = 0
    if uncoverable:
        notes.append(f"{sum(len(prof.members[p]) for p in uncoverable)} respondents can be on no panel")
    unfixed = set(active)
    while unfixed:
        levels += 1

        def report(value: float, level: int = levels) -> None:
            if progress:
                done = 1.0 - len(unfixed) / max(len(active), 1)
                progress(done, f"level {level}: {len(panels)} panels, {mip.calls} MIPs, value {value:.4%}")

        y, mu, value = _generate(master, mip, panels, known, EPS_PRICE, report)
        # the level's value is optimal: fix every unfixed profile with positive dual weight
        to_fix = [p for p in unfixed if y[master.col_of[p]] > EPS_DUAL]
        if not to_fix:  # numerical corner: fix the heaviest one
            to_fix = [max(unfixed, key=lambda p: y[master.col_of[p]])]
        level_value = min(max(value, 0.0), 1.0)
        for p in to_fix:
            fixed[p] = level_value
            master.fix(p, level_value)
            unfixed.discard(p)
        if progress:
            done = 1.0 - len(unfixed) / max(len(active), 1)
            progress(done, f"level {levels}: {len(to_fix)} profiles at {level_value:.2%}")
        if objective == "maximin":
            for p in unfixed:
                fixed[p] = level_value
            unfixed.clear()
    if mip.unproven > 0:
        notes.append(
            f"a pricing MIP reached its {MIP_SECONDS:.0f} s limit: some level may be up to "
            f"{mip.unproven:.4%} below its LEXIMIN value"
        )
    if objective == "maximin":
        # the master's last optimum already is a maximin lottery: no final LP needed
        # (on 5,000 × 7 that LP over every panel generated took about a fifth of the time)
        chosen, chosen_w = master.lottery()
    else:
        pi = _final_lottery(panels, sizes, {p: f for p, f in fixed.items() if f > 0})
        keep = [j for j in range(len(panels)) if pi[j] > 0]
        chosen, chosen_w = [panels[j] for j in keep], [float(pi[j]) for j in keep]
    return _make_lottery(
        inst,
        prof,
        chosen,
        chosen_w,
        objective,
        levels=levels,
        pricing_calls=mip.calls,
        seconds=time.perf_counter() - started,
        notes=notes,
        method="levels",
    )


def _make_lottery(
    inst: Instance,
    prof: Profiles,
    panels: list[tuple[int, ...]],
    weights: list[float],
    objective: str,
    *,
    levels: int,
    pricing_calls: int,
    seconds: float,
    notes: list[str],
    method: str,
) -> Lottery:
    sizes = prof.sizes
    profile_prob = [0.0] * len(prof.keys)
    for x, w in zip(panels, weights, strict=True):
        for p, c in enumerate(x):
            if c:
                profile_prob[p] += w * c / sizes[p]
    probabilities = [0.0] * inst.pool_size
    for p, members in enumerate(prof.members):
        for i in members:
            probabilities[i] = profile_prob[p]
    return Lottery(
        profiles=prof,
        panels=panels,
        weights=weights,
        profile_probability=profile_prob,
        probabilities=probabilities,
        algorithm=objective,
        model=prof.model,
        levels=levels,
        pricing_calls=pricing_calls,
        seconds=seconds,
        notes=notes,
        method=method,
    )


# ------------------------------------------------------------------- checks on a lottery


def panel_meets_quotas(inst: Instance, people: Sequence[int]) -> bool:
    """Whether a panel of respondent indices has the right size, meets every quota and
    (with the household rule) has at most one person per household."""
    if len(people) != inst.panel_size or len(set(people)) != len(people):
        return False
    for c, (cat, values) in enumerate(inst.categories.items()):
        for v, value in enumerate(values):
            lo, hi = inst.quotas.get((cat, value), (0, inst.panel_size))
            n = sum(1 for i in people if inst.respondents[i][c] == v)
            if not lo <= n <= hi:
                return False
    if inst.household_rule and inst.households is not None:
        seen: set[str] = set()
        for i in people:
            h = inst.households[i]
            if h:
                if h in seen:
                    return False
                seen.add(h)
    return True


# --------------------------------------------------------------- individual panels, rounding


def concrete_panel(lottery: Lottery, x: Sequence[int], rng: random.Random) -> list[int]:
    """People for a profile panel: ``x[p]`` drawn uniformly from profile ``p``."""
    out: list[int] = []
    for p, c in enumerate(x):
        if c:
            out.extend(rng.sample(lottery.profiles.members[p], c))
    return sorted(out)


def round_counts(weights: Sequence[float], m: int) -> list[int]:
    """Largest-remainder rounding of ``weights`` (summing to 1) to integers summing to
    ``m`` (ties broken by position, so the result is deterministic)."""
    scaled = [w * m for w in weights]
    counts = [int(math.floor(s)) for s in scaled]
    rest = m - sum(counts)
    order = sorted(range(len(weights)), key=lambda j: (-(scaled[j] - counts[j]), j))
    for j in order[:rest]:
        counts[j] += 1
    return counts


def fair_counts(lottery: Lottery, m: int, max_moves: int = 400) -> list[int]:
    """Ticket counts for the panels of ``lottery`` (summing to ``m``) that keep every
    profile's chance close to its LEXIMIN value.

    Start from largest remainder (every count ``⌊mπ⌋`` or ``⌈mπ⌉``); then, while one
    move helps, move a ticket between two panels (counts stay within ``⌊mπ⌋…⌈mπ⌉``) so
    that the largest deviation of a profile's expected tickets per person from
    ``m × its probability`` shrinks. Deterministic; the deviation never exceeds that of
    largest remainder (measured on realistic_2000: the lowest chance drops by 1.2/m
    instead of 2.2/m). A simple stand-in for the dependent rounding of Flanigan et al.
    (2023), without its proven bound.
    """
    w = np.asarray(lottery.weights, dtype=float)
    counts = np.array(round_counts(list(w), m), dtype=np.int64)
    if not lottery.panels:
        return [int(c) for c in counts]
    per_person = np.asarray(lottery.panels, dtype=float) / lottery.profiles.sizes
    lo = np.floor(w * m).astype(np.int64)
    hi = np.maximum(np.ceil(w * m).astype(np.int64), lo)
    want = m * np.asarray(lottery.profile_probability, dtype=float)
    dev = counts @ per_person - want
    score = float(np.max(np.abs(dev)))
    for _ in range(max_moves):
        worst = int(np.argmax(np.abs(dev)))
        sign = 1 if dev[worst] < 0 else -1  # +1: the worst profile needs more tickets
        gain = (per_person[:, worst] > 0) & ((counts < hi) if sign > 0 else (counts > lo))
        give = (counts > lo) if sign > 0 else (counts < hi)
        best = (score, -1, -1)
        for b in np.nonzero(gain)[0]:
            moved = dev + sign * per_person[b]
            cand = np.abs(moved[None, :] - sign * per_person).max(axis=1)
            cand[~give] = np.inf
            cand[b] = np.inf
            a = int(np.argmin(cand))
            if cand[a] < best[0] - 1e-12:
                best = (float(cand[a]), int(b), a)
        if best[1] < 0:
            break
        score, to, frm = best
        counts[to] += sign
        counts[frm] -= sign
        dev = counts @ per_person - want
    return [int(c) for c in counts]


def transparent_panels(lottery: Lottery, m: int, rng: random.Random) -> list[list[int]]:
    """A uniform lottery over ``m`` concrete panels approximating ``lottery``.

    Each profile panel gets tickets by ``fair_counts`` (largest remainder, improved so
    no profile's chance strays far). Within a profile,
    its seats over all tickets go round-robin through a random order of its members, so
    each member sits on ⌊T/n⌋ or ⌈T/n⌉ of the tickets (T = the profile's seats). The
    resulting probabilities are ``tickets/m``; ``probabilities_of`` computes them.
    """
    counts = fair_counts(lottery, m)
    orders = [rng.sample(members, len(members)) for members in lottery.profiles.members]
    pointer = [0] * len(orders)
    tickets: list[list[int]] = []
    for x, c in zip(lottery.panels, counts, strict=True):
        for _ in range(c):
            people: list[int] = []
            for p, need in enumerate(x):
                if not need:
                    continue
                order = orders[p]
                n = len(order)
                for t in range(need):
                    people.append(order[(pointer[p] + t) % n])
                pointer[p] = (pointer[p] + need) % n
            tickets.append(sorted(people))
    return tickets


def probabilities_of(
    panels: Sequence[Sequence[int]], pool_size: int, weights: Sequence[float] | None = None
) -> list[float]:
    """Selection probability of every respondent under a lottery over concrete panels
    (uniform when ``weights`` is None)."""
    probs = [0.0] * pool_size
    if weights is None:
        weights = [1.0 / len(panels)] * len(panels)
    for panel, w in zip(panels, weights, strict=True):
        for i in panel:
            probs[i] += w
    return probs


# ------------------------------------------------------------- the sortition-algorithms library


def _quiet_library() -> None:
    import logging

    for name in ("sortition_algorithms", "sortition_algorithms_user"):
        logging.getLogger(name).setLevel(logging.WARNING)


def library_inputs(inst: Instance) -> tuple[object, object, list[str]]:
    """``inst`` as the library's (FeatureCollection, People, address columns); people
    are keyed by their index as a string."""
    _quiet_library()
    from requests.structures import CaseInsensitiveDict
    from sortition_algorithms.features import FeatureValueMinMax
    from sortition_algorithms.people import People

    features: CaseInsensitiveDict = CaseInsensitiveDict()
    for cat, values in inst.categories.items():
        fv: CaseInsensitiveDict = CaseInsensitiveDict()
        for value in values:
            lo, hi = inst.quotas.get((cat, value), (0, inst.panel_size))
            fv[value] = FeatureValueMinMax(min=lo, max=hi, max_flex=inst.pool_size + 1)
        features[cat] = fv
    address_cols = ["household"] if inst.household_rule and inst.households is not None else []
    people = People(address_cols)
    cats = list(inst.categories)
    for i, r in enumerate(inst.respondents):
        data = {cat: inst.categories[cat][r[c]] for c, cat in enumerate(cats)}
        if address_cols:
            assert inst.households is not None
            data["household"] = inst.households[i] or f"__own_{i}"
        people.add(str(i), data, features, i + 2)
    return features, people, address_cols


def library_maximin(inst: Instance) -> tuple[list[list[int]], list[float]]:
    """The library's maximin distribution (HiGHS backend): panels and their weights."""
    from sortition_algorithms.committee_generation import find_distribution_maximin

    features, people, cols = library_inputs(inst)
    committees, probs, _report = find_distribution_maximin(features, people, inst.panel_size, cols, "highspy")  # type: ignore[arg-type]
    return [sorted(int(k) for k in c) for c in committees], list(probs)


def library_legacy(inst: Instance, draws: int, seed: int, progress: Progress | None = None) -> list[float]:
    """Selection frequencies under the library's legacy greedy method, from ``draws``
    repeated draws (failed attempts are retried, as the library does)."""
    from sortition_algorithms import errors as sa_errors
    from sortition_algorithms.committee_generation.legacy import find_random_sample_legacy_single_attempt
    from sortition_algorithms.utils import set_random_provider

    features, people, cols = library_inputs(inst)
    counts = [0] * inst.pool_size
    ok = 0
    set_random_provider(seed or 1)
    try:
        attempts = 0
        while ok < draws and attempts < draws * 20:
            attempts += 1
            try:
                committees, _ = find_random_sample_legacy_single_attempt(people, features, inst.panel_size, cols)  # type: ignore[arg-type]
            except (sa_errors.SelectionError, sa_errors.RetryableSelectionError, AssertionError):
                continue
            panel = [int(k) for k in committees[0]]
            if not panel_meets_quotas(inst, panel):
                continue
            ok += 1
            for i in panel:
                counts[i] += 1
            if progress and ok % 20 == 0:
                progress(ok / draws, f"legacy draw {ok} of {draws}")
    finally:
        set_random_provider(None)
    if ok == 0:
        return [0.0] * inst.pool_size
    return [c / ok for c in counts]
