"""The simulated annealing that takes what the tabu search leaves of the budget: one
function per kind of move (shift, block swap, renaming, pair exchange, swap).

Each move looks at one round ``r`` and either changes the plan (and returns True, so that
the caller compares the plan with the best so far) or leaves it as it was (False). A move
that keeps its own account of the best plan (the targeted swap) returns False too.
"""

from __future__ import annotations

import math
import random
from dataclasses import dataclass, field

from app.algorithms.seating.problem import EPS, W_CONSTRAINT, W_DIVERSITY, W_MOVE
from app.algorithms.seating.settings import SearchSettings
from app.algorithms.seating.state import State, member_in_violation


@dataclass
class Annealing:
    """What the moves share: the state, who may move where, the temperature and the weights."""

    state: State
    rng: random.Random
    settings: SearchSettings
    movable: dict[int, list[int]]
    movable_sets: dict[int, set[int]]
    mov_tab: dict[int, list[list[int]]]
    groups_by_round: dict[int, list[list[int]]]
    free_rounds: list[int]
    relabel: list[int]
    best_partner: bool
    w_rep: float
    temperature: float
    w_exc: float
    tenure: int
    it: int = 0
    best_cost: float = 0.0
    best_plan: list[list[int]] = field(default_factory=list)
    best_hard: bool = False
    last_improvement: int = 0
    tabu: dict[tuple[int, int, int], int] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.rand = self.rng.random

    def weighted(self, dd: tuple[int, float, float, float, int]) -> float:
        return W_CONSTRAINT * dd[1] + self.w_exc * dd[3] + self.w_rep * dd[0] + W_DIVERSITY * dd[2] + W_MOVE * dd[4]

    def accept(self, delta: float) -> bool:
        return delta <= 0 or self.rand() < math.exp(-delta / self.temperature)

    def keep_if_best(self) -> None:
        cost = self.state.cost
        if cost < self.best_cost - 1e-7:
            self.best_cost = cost
            self.best_plan = [list(p) for p in self.state.plan]
            self.best_hard = self.state.hard_ok() and self.state.rep == 0
            self.last_improvement = self.it

    def shift(self, r: int) -> bool:
        """One member from a full table to a table with a free seat."""
        state, rand = self.state, self.rand
        plan_r = state.plan[r]
        sizes = [len(tab) for tab in state.tables[r]]
        hi, lo = max(sizes), min(sizes)
        if hi == lo:
            return False
        mv = self.movable[r]
        a = mv[int(rand() * len(mv))]
        t1 = plan_r[a]
        if sizes[t1] != hi:
            return False
        candidates = [t for t in range(state.t_count) if sizes[t] == lo]
        t2 = candidates[int(rand() * len(candidates))]
        before = state.search_cost(self.w_exc, self.w_rep)
        state.move(r, a, t2)
        delta = state.search_cost(self.w_exc, self.w_rep) - before
        if delta <= 0 or rand() < math.exp(-delta / self.temperature):
            self.mov_tab[r][t1].remove(a)
            self.mov_tab[r][t2].append(a)
            return True
        state.move(r, a, t1)
        return False

    def block_swap(self, r: int) -> bool:
        """A group kept together changes places with as many members of another table."""
        state, rand = self.state, self.rand
        plan_r = state.plan[r]
        gs = self.groups_by_round[r]
        group = gs[int(rand() * len(gs))]
        t1 = plan_r[group[0]]
        t2 = int(rand() * (state.t_count - 1))
        if t2 >= t1:
            t2 += 1
        partners = list(self.mov_tab[r][t2])
        if len(partners) < len(group):
            return False
        self.rng.shuffle(partners)
        partners = partners[: len(group)]
        before = state.search_cost(self.w_exc, self.w_rep)
        for i in group:
            state.move(r, i, t2)
        for b in partners:
            state.move(r, b, t1)
        delta = state.search_cost(self.w_exc, self.w_rep) - before
        if delta <= 0 or rand() < math.exp(-delta / self.temperature):
            for b in partners:
                self.mov_tab[r][t2].remove(b)
                self.mov_tab[r][t1].append(b)
            return True
        for b in partners:
            state.move(r, b, t2)
        for i in group:
            state.move(r, i, t1)
        return False

    def rename(self) -> bool:
        """Two members exchange places in every round: repeats stay as they are (the
        meetings are only renamed), only the tables' compositions change."""
        state, rand, relabel = self.state, self.rand, self.relabel
        plan = state.plan
        a = relabel[int(rand() * len(relabel))]
        b = relabel[int(rand() * len(relabel))]
        if a == b or state.cells[a] == state.cells[b]:
            return False
        d_l1 = d_exc = 0.0
        for rr in self.free_rounds:
            if plan[rr][a] != plan[rr][b]:
                _r, _c, l1, ex, _m = state.swap_delta(rr, a, b, diversity_only=True)
                d_l1 += l1
                d_exc += ex
        delta = self.w_exc * d_exc + W_DIVERSITY * d_l1
        if delta > 0 and rand() >= math.exp(-delta / self.temperature):
            return False
        for rr in self.free_rounds:
            if plan[rr][a] != plan[rr][b]:
                state.swap_apply(rr, a, b, *state.swap_delta(rr, a, b))
        return True

    def _member_to_move(self, r: int, share: float) -> tuple[int, int]:
        """A movable member of round r, preferably (with probability ``share``) one who
        meets someone at their table again; and their table."""
        state, rand = self.state, self.rand
        plan_r = state.plan[r]
        mv = self.movable[r]
        a = mv[int(rand() * len(mv))]
        t1 = plan_r[a]
        if state.rep and (share >= 1.0 or rand() < share):
            for _ in range(6):
                ma = state.meet[a]
                if any(ma[x] > 1 for x in state.tables[r][t1]):
                    break
                a = mv[int(rand() * len(mv))]
                t1 = plan_r[a]
        return a, t1

    def _other_table(self, t1: int) -> int:
        t2 = int(self.rand() * (self.state.t_count - 1))
        return t2 + 1 if t2 >= t1 else t2

    def pair_exchange(self, r: int) -> bool:
        """A swap, repaired by the best second swap between the same two tables: a pair of
        members changes places with another pair, which can keep the tables' composition
        where a single swap cannot."""
        state, rand, mov_tab = self.state, self.rand, self.mov_tab
        a, t1 = self._member_to_move(r, 1.0)
        t2 = self._other_table(t1)
        cand = mov_tab[r][t2]
        if not cand:
            return False
        b = cand[int(rand() * len(cand))]
        d1 = state.swap_delta(r, a, b)
        state.swap_apply(r, a, b, *d1)
        total1 = self.weighted(d1)
        best_dl = math.inf
        pick = (-1, -1)
        best_dd = d1
        for c in mov_tab[r][t1]:
            if c == b:
                continue
            for d in mov_tab[r][t2]:
                if d == a:
                    continue
                dd = state.swap_delta(r, c, d)
                dl = self.weighted(dd)
                if dl < best_dl:
                    best_dl, pick, best_dd = dl, (c, d), dd
        total = total1 + best_dl
        if pick[0] < 0 or (total > 0 and rand() >= math.exp(-total / self.temperature)):
            state.swap_apply(r, a, b, *state.swap_delta(r, a, b))  # undo
            return False
        state.swap_apply(r, pick[0], pick[1], *best_dd)
        return True

    def swap(self, r: int) -> bool:
        """Two members of different tables of round r change places; for a member in
        conflict, the best exchange at any table (``targeted_swap``)."""
        state, rand, settings = self.state, self.rand, self.settings
        a, t1 = self._member_to_move(r, 0.9)
        t2 = self._other_table(t1)
        cand = self.mov_tab[r][t2]
        if not cand:
            return False
        meet = state.meet
        wide = settings.wide and state.rep and any(meet[a][x] > 1 for x in state.tables[r][t1])
        if settings.wide and not wide and state.exc > EPS and rand() < 0.5:
            # a member at a table that breaks the ±1 rule, in a value it has too many
            # of (or, if the table has too few of a value, anyone there)
            picked = member_in_violation(state, r, rand, self.movable_sets[r])
            if picked >= 0:
                a = picked
                t1 = state.plan[r][a]
                wide = True
        if wide:
            self.targeted_swap(r, a, t1)
            return False
        if self.best_partner:
            # the best partner at the other table (most swaps across tables would
            # break the diversity; this looks at the few that keep it)
            delta = math.inf
            b = -1
            deltas = (0, 0.0, 0.0, 0.0, 0)
            for cb_ in cand:
                dd = state.swap_delta(r, a, cb_)
                dl = self.weighted(dd)
                if dl < delta:
                    delta, b, deltas = dl, cb_, dd
        else:
            b = cand[int(rand() * len(cand))]
            deltas = state.swap_delta(r, a, b)
            delta = self.weighted(deltas)
        if delta > 0 and rand() >= math.exp(-delta / self.temperature):
            return False
        state.swap_apply(r, a, b, *deltas)
        return True

    def targeted_swap(self, r: int, a: int, t1: int) -> None:
        """A member who meets someone again: look at every table where they would meet
        nobody a second time, and take the best exchange there (tabu: members do not go
        straight back to the table they just left)."""
        state, rand, tabu, it = self.state, self.rand, self.tabu, self.it
        plan_r = state.plan[r]
        delta = math.inf
        b = -1
        deltas = (0, 0.0, 0.0, 0.0, 0)
        ma = state.meet[a]
        for tt in range(state.t_count):
            if tt == t1:
                continue
            if state.rep and any(ma[x] > 0 for x in state.tables[r][tt]) and rand() < 0.8:
                continue
            for cb_ in self.mov_tab[r][tt]:
                if tabu.get((r, cb_, t1), -1) > it or tabu.get((r, a, tt), -1) > it:
                    continue
                dd = state.swap_delta(r, a, cb_)
                dl = self.weighted(dd)
                dl += rand() * 1e-3
                if dl < delta:
                    delta, b, deltas = dl, cb_, dd
        if b < 0:
            return
        if delta > 0 and rand() >= math.exp(-delta / self.temperature):
            return
        tabu[(r, a, t1)] = it + self.tenure
        tabu[(r, b, plan_r[b])] = it + self.tenure
        state.swap_apply(r, a, b, *deltas)
        self.keep_if_best()
