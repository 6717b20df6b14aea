"""The incremental state of the search (meetings, counts per table and value, costs) and
the first plan it starts from."""

from __future__ import annotations

import itertools
import random
from collections.abc import Callable

from app.algorithms.seating.problem import (
    EPS,
    TOLERANCE,
    W_CONSTRAINT,
    W_DIVERSITY,
    W_EXCESS,
    W_MOVE,
    W_REPEAT,
    InfeasibleProblem,
    SeatingProblem,
    _shares,
)


class State:
    """The incremental state of the search."""

    def __init__(self, problem: SeatingProblem, plan: list[list[int]], free_rounds: list[int]) -> None:
        n, t_count = problem.n_members, problem.n_tables
        self.problem = problem
        self.n = n
        self.t_count = t_count
        self.plan = plan
        self.free_rounds = free_rounds
        n_cat = problem.n_categories
        # global value index per member: one per category (or -1)
        self.offsets: list[int] = []
        total = 0
        for c in range(n_cat):
            self.offsets.append(total)
            total += 1 + max((problem.values[i][c] for i in range(n)), default=-1)
        self.n_cells = total
        self.cells: list[list[int]] = [
            [self.offsets[c] + problem.values[i][c] if problem.values[i][c] >= 0 else -1 for c in range(n_cat)]
            for i in range(n)
        ]
        self.tables: list[list[list[int]]] = []
        self.counts: list[list[list[int]]] = []
        self.shares: list[list[float]] = []
        for r, plan_r in enumerate(plan):
            tabs: list[list[int]] = [[] for _ in range(t_count)]
            for i, t in enumerate(plan_r):
                if t >= 0:
                    tabs[t].append(i)
            self.tables.append(tabs)
            cnt = [[0] * total for _ in range(t_count)]
            for i, t in enumerate(plan_r):
                if t >= 0:
                    for k in self.cells[i]:
                        if k >= 0:
                            cnt[t][k] += 1
            self.counts.append(cnt)
            share_r = [0.0] * total
            for c, sh in enumerate(_shares(problem, r, plan_r)):
                for v, s in enumerate(sh):
                    share_r[self.offsets[c] + v] = s
            self.shares.append(share_r)
        self.meet: list[list[int]] = [[0] * n for _ in range(n)]
        for tabs in self.tables:
            for tab in tabs:
                for a, b in itertools.combinations(tab, 2):
                    self.meet[a][b] += 1
                    self.meet[b][a] += 1
        # pair weights: apart pairs cost when together, together pairs cost when apart
        self.weight: list[dict[int, float]] = [{} for _ in range(n)]
        self.together_pairs = 0
        for a, b in problem.apart:
            self.weight[a][b] = self.weight[a].get(b, 0.0) + 1.0
            self.weight[b][a] = self.weight[b].get(a, 0.0) + 1.0
        for group in problem.together:
            for a, b in itertools.combinations(group, 2):
                self.weight[a][b] = self.weight[a].get(b, 0.0) - 1.0
                self.weight[b][a] = self.weight[b].get(a, 0.0) - 1.0
        self.previous: dict[int, list[int]] = problem.previous
        self.mov_tab: dict[int, list[list[int]]] = {}
        # the repeated pairs (met more than once), kept by swap_apply once track_pairs is set
        self.track_pairs = False
        self.pair_list: list[tuple[int, int]] = []
        self.pair_pos: dict[tuple[int, int], int] = {}
        self.recompute()

    def start_tracking(self) -> None:
        """List the repeated pairs and keep the list up to date in ``swap_apply``."""
        self.pair_list = []
        self.pair_pos = {}
        for a in range(self.n):
            row = self.meet[a]
            for b in range(a + 1, self.n):
                if row[b] > 1:
                    self.pair_add(a, b)
        self.track_pairs = True

    def pair_add(self, a: int, b: int) -> None:
        key = (a, b) if a < b else (b, a)
        if key not in self.pair_pos:
            self.pair_pos[key] = len(self.pair_list)
            self.pair_list.append(key)

    def pair_drop(self, a: int, b: int) -> None:
        key = (a, b) if a < b else (b, a)
        idx = self.pair_pos.pop(key, -1)
        if idx < 0:
            return
        last = self.pair_list.pop()
        if idx < len(self.pair_list):
            self.pair_list[idx] = last
            self.pair_pos[last] = idx

    # cost of one cell: (L1, excess)
    @staticmethod
    def cell(count: int, target: float) -> tuple[float, float]:
        d = abs(count - target)
        return d, (d if d > TOLERANCE + EPS else 0.0)

    def table_cells(self, r: int, t: int) -> tuple[float, float]:
        size = len(self.tables[r][t])
        share = self.shares[r]
        cnt = self.counts[r][t]
        l1 = exc = 0.0
        for k in range(self.n_cells):
            d = abs(cnt[k] - size * share[k])
            l1 += d
            if d > TOLERANCE + EPS:
                exc += d
        return l1, exc

    def recompute(self) -> None:
        """All components from scratch (start, and to correct float drift)."""
        self.rep = 0
        for a in range(self.n):
            row = self.meet[a]
            for b in range(a + 1, self.n):
                if row[b] > 1:
                    self.rep += row[b] - 1
        self.l1 = self.exc = 0.0
        self.con = 0.0
        self.moved = 0
        for r in self.free_rounds:
            for t in range(self.t_count):
                l1, exc = self.table_cells(r, t)
                self.l1 += l1
                self.exc += exc
                tab = self.tables[r][t]
                for a, b in itertools.combinations(tab, 2):
                    self.con += self.weight[a].get(b, 0.0)
            prev = self.previous.get(r)
            if prev is not None:
                self.moved += sum(1 for i, t in enumerate(self.plan[r]) if t >= 0 and prev[i] >= 0 and t != prev[i])
        # together pairs are counted as −1 when together; shift so that 0 = all kept
        self.con_offset = 0.0
        for r in self.free_rounds:
            for group in self.problem.together:
                seated = [i for i in group if self.plan[r][i] >= 0]
                self.con_offset += len(seated) * (len(seated) - 1) / 2

    @property
    def violations(self) -> float:
        return self.con + self.con_offset

    @property
    def cost(self) -> float:
        return (
            W_CONSTRAINT * self.violations
            + W_EXCESS * self.exc
            + W_REPEAT * self.rep
            + W_DIVERSITY * self.l1
            + W_MOVE * self.moved
        )

    def search_cost(self, w_excess: float, w_repeat: float = W_REPEAT) -> float:
        return (
            W_CONSTRAINT * self.violations
            + w_excess * self.exc
            + w_repeat * self.rep
            + W_DIVERSITY * self.l1
            + W_MOVE * self.moved
        )

    def hard_ok(self) -> bool:
        return self.violations < 0.5 and self.exc < EPS

    # ---- a swap of two members at different tables of one round (sizes unchanged)
    def swap_delta(self, r: int, a: int, b: int, diversity_only: bool = False) -> tuple[int, float, float, float, int]:
        """The change of (repeats, constraints, L1, excess, moved) if a and b swapped."""
        plan_r = self.plan[r]
        t1, t2 = plan_r[a], plan_r[b]
        tab1 = self.tables[r][t1]
        tab2 = self.tables[r][t2]
        d_rep = 0
        d_con = 0.0
        d_mov = 0
        if not diversity_only:
            ma = self.meet[a]
            mb = self.meet[b]
            for x in tab1:
                if x != a:
                    if ma[x] > 1:
                        d_rep -= 1
                    if mb[x] > 0:
                        d_rep += 1
            for y in tab2:
                if y != b:
                    if ma[y] > 0:
                        d_rep += 1
                    if mb[y] > 1:
                        d_rep -= 1
            wa = self.weight[a]
            wb = self.weight[b]
            if wa or wb:
                for x in tab1:
                    if x != a:
                        d_con += wb.get(x, 0.0) - wa.get(x, 0.0)
                for y in tab2:
                    if y != b:
                        d_con += wa.get(y, 0.0) - wb.get(y, 0.0)
            prev = self.previous.get(r)
            if prev is not None:
                pa, pb = prev[a], prev[b]
                if pa >= 0:
                    d_mov += (t2 != pa) - (t1 != pa)
                if pb >= 0:
                    d_mov += (t1 != pb) - (t2 != pb)
        d_l1 = d_exc = 0.0
        ca = self.cells[a]
        cb = self.cells[b]
        if ca:
            cnt1 = self.counts[r][t1]
            cnt2 = self.counts[r][t2]
            s1 = len(tab1)
            s2 = len(tab2)
            share = self.shares[r]
            limit = TOLERANCE + EPS
            for c in range(len(ca)):
                va = ca[c]
                vb = cb[c]
                if va == vb:
                    continue
                if va >= 0:
                    target = s1 * share[va]
                    old = abs(cnt1[va] - target)
                    new = abs(cnt1[va] - 1 - target)
                    d_l1 += new - old
                    d_exc += (new if new > limit else 0.0) - (old if old > limit else 0.0)
                    target = s2 * share[va]
                    old = abs(cnt2[va] - target)
                    new = abs(cnt2[va] + 1 - target)
                    d_l1 += new - old
                    d_exc += (new if new > limit else 0.0) - (old if old > limit else 0.0)
                if vb >= 0:
                    target = s1 * share[vb]
                    old = abs(cnt1[vb] - target)
                    new = abs(cnt1[vb] + 1 - target)
                    d_l1 += new - old
                    d_exc += (new if new > limit else 0.0) - (old if old > limit else 0.0)
                    target = s2 * share[vb]
                    old = abs(cnt2[vb] - target)
                    new = abs(cnt2[vb] - 1 - target)
                    d_l1 += new - old
                    d_exc += (new if new > limit else 0.0) - (old if old > limit else 0.0)
        return d_rep, d_con, d_l1, d_exc, d_mov

    def swap_apply(
        self, r: int, a: int, b: int, d_rep: int, d_con: float, d_l1: float, d_exc: float, d_mov: int
    ) -> None:
        plan_r = self.plan[r]
        t1, t2 = plan_r[a], plan_r[b]
        tab1 = self.tables[r][t1]
        tab2 = self.tables[r][t2]
        meet = self.meet
        ma = meet[a]
        mb = meet[b]
        for x in tab1:
            if x != a:
                ma[x] -= 1
                meet[x][a] -= 1
                mb[x] += 1
                meet[x][b] += 1
        for y in tab2:
            if y != b:
                mb[y] -= 1
                meet[y][b] -= 1
                ma[y] += 1
                meet[y][a] += 1
        if self.track_pairs:
            for x in tab1:
                if x != a:
                    if ma[x] == 1:
                        self.pair_drop(a, x)
                    if mb[x] == 2:
                        self.pair_add(b, x)
            for y in tab2:
                if y != b:
                    if mb[y] == 1:
                        self.pair_drop(b, y)
                    if ma[y] == 2:
                        self.pair_add(a, y)
        tab1[tab1.index(a)] = b
        tab2[tab2.index(b)] = a
        plan_r[a] = t2
        plan_r[b] = t1
        ca = self.cells[a]
        cb = self.cells[b]
        if ca:
            cnt1 = self.counts[r][t1]
            cnt2 = self.counts[r][t2]
            for c in range(len(ca)):
                va = ca[c]
                vb = cb[c]
                if va != vb:
                    if va >= 0:
                        cnt1[va] -= 1
                        cnt2[va] += 1
                    if vb >= 0:
                        cnt1[vb] += 1
                        cnt2[vb] -= 1
        mov = self.mov_tab.get(r)
        if mov is not None:
            m1 = mov[t1]
            m2 = mov[t2]
            if a in m1:
                m1.remove(a)
                m2.append(a)
            if b in m2:
                m2.remove(b)
                m1.append(b)
        self.rep += d_rep
        self.con += d_con
        self.l1 += d_l1
        self.exc += d_exc
        self.moved += d_mov

    # ---- a general move (sizes may change); used for shifts and block swaps
    def move(self, r: int, i: int, t_new: int) -> None:
        plan_r = self.plan[r]
        t_old = plan_r[i]
        tabs = self.tables[r]
        l1a, exa = self.table_cells(r, t_old)
        l1b, exb = self.table_cells(r, t_new)
        meet_i = self.meet[i]
        w = self.weight[i]
        old_tab = tabs[t_old]
        old_tab.remove(i)
        for x in old_tab:
            if meet_i[x] > 1:
                self.rep -= 1
            meet_i[x] -= 1
            self.meet[x][i] -= 1
            if w:
                self.con -= w.get(x, 0.0)
        for y in tabs[t_new]:
            if meet_i[y] > 0:
                self.rep += 1
            meet_i[y] += 1
            self.meet[y][i] += 1
            if w:
                self.con += w.get(y, 0.0)
        tabs[t_new].append(i)
        plan_r[i] = t_new
        cnt = self.counts[r]
        for k in self.cells[i]:
            if k >= 0:
                cnt[t_old][k] -= 1
                cnt[t_new][k] += 1
        l1a2, exa2 = self.table_cells(r, t_old)
        l1b2, exb2 = self.table_cells(r, t_new)
        self.l1 += l1a2 + l1b2 - l1a - l1b
        self.exc += exa2 + exb2 - exa - exb
        prev = self.previous.get(r)
        if prev is not None and prev[i] >= 0:
            self.moved += (t_new != prev[i]) - (t_old != prev[i])


def initial_plan(problem: SeatingProblem, rng: random.Random) -> list[list[int]]:
    """A first plan: fixed rounds as given, stored plans kept where they can be, pins and
    together groups placed, everyone else filled in to balanced sizes."""
    n, t_count = problem.n_members, problem.n_tables
    plan: list[list[int]] = []
    for r in range(problem.n_rounds):
        if r in problem.fixed:
            plan.append(list(problem.fixed[r]))
            continue
        seated = [i for i in range(n) if problem.is_present(r, i)]
        m = len(seated)
        low, extra = divmod(m, t_count)
        plan_r = [-1] * n
        sizes = [0] * t_count
        placed: set[int] = set()
        for i in seated:
            t = problem.pinned.get((r, i))
            if t is not None:
                plan_r[i] = t
                sizes[t] += 1
                placed.add(i)
        if max(sizes, default=0) > low + (1 if extra else 0):
            raise InfeasibleProblem(f"round {r + 1}: more members are pinned to one table than it has seats")
        for group in problem.together:
            members = [i for i in group if problem.is_present(r, i)]
            if not members:
                continue
            pinned_tables = {plan_r[i] for i in members if i in placed}
            if len(pinned_tables) > 1:
                raise InfeasibleProblem(f"round {r + 1}: members kept together are pinned to different tables")
            if len(members) > low + (1 if extra else 0):
                raise InfeasibleProblem("a group kept together is larger than a table")
            if pinned_tables:
                t = next(iter(pinned_tables))
            else:
                room = [low + 1 - sizes[t] for t in range(t_count)]
                best = max(room)
                t = rng.choice([t for t in range(t_count) if room[t] == best])
            for i in members:
                if i not in placed:
                    plan_r[i] = t
                    sizes[t] += 1
                    placed.add(i)
        # which tables get the extra member: those already fullest, then those the stored
        # plan fills most with members seated now (so a stored plan that still fits is
        # kept as it is), then random
        prev = problem.previous.get(r)
        stored = [0] * t_count
        if prev is not None:
            for i in seated:
                if 0 <= prev[i] < t_count:
                    stored[prev[i]] += 1
        capacity = [low] * t_count
        order = sorted(range(t_count), key=lambda t: (-sizes[t], -stored[t], rng.random()))
        for t in order[:extra]:
            capacity[t] += 1
        if any(sizes[t] > capacity[t] for t in range(t_count)):
            raise InfeasibleProblem(f"round {r + 1}: the pinned seats and groups kept together do not fit")
        rest = [i for i in seated if i not in placed]
        rng.shuffle(rest)
        if prev is not None:  # keep stored seats first
            later = []
            for i in rest:
                t = prev[i]
                if 0 <= t < t_count and sizes[t] < capacity[t]:
                    plan_r[i] = t
                    sizes[t] += 1
                else:
                    later.append(i)
            rest = later
        for i in rest:
            t = max(range(t_count), key=lambda t: (capacity[t] - sizes[t], -t))
            plan_r[i] = t
            sizes[t] += 1
        plan.append(plan_r)
    return plan


def member_in_violation(state: State, r: int, rand: Callable[[], float], movable: set[int]) -> int:
    """A movable member at a table of round r whose composition is off by more than ±1."""
    share = state.shares[r]
    limit = TOLERANCE + EPS
    bad: list[tuple[int, int, bool]] = []
    for t, tab in enumerate(state.tables[r]):
        size = len(tab)
        cnt = state.counts[r][t]
        for k in range(state.n_cells):
            d = cnt[k] - size * share[k]
            if d > limit or d < -limit:
                bad.append((t, k, d > 0))
    if not bad:
        return -1
    t, k, too_many = bad[int(rand() * len(bad))]
    cells = state.cells
    options = [i for i in state.tables[r][t] if i in movable and (k in cells[i]) == too_many]
    if not options:
        return -1
    return options[int(rand() * len(options))]
