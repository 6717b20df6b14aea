"""The tabu search over exchanges within a round (the first stage of ``optimise``)."""

from __future__ import annotations

import math
import random
import time
from collections.abc import Callable
from dataclasses import dataclass

from app.algorithms.seating.problem import (
    EPS,
    W_CONSTRAINT,
    W_MOVE,
    W_REPEAT,
    OptimisationCancelled,
    ProgressFn,
    count_bounds,
)
from app.algorithms.seating.settings import SearchSettings
from app.algorithms.seating.state import State


@dataclass
class TabuOutcome:
    best_plan: list[list[int]]
    best_cost: float  # the full cost (``State.cost``) of the best plan
    best_hard: bool  # the best plan keeps every hard rule and repeats nothing
    steps: int
    stopped_by: str  # "target", "iterations", "time limit", "no ±1"


def tabu_search(
    state: State,
    movable: dict[int, list[int]],
    rng: random.Random,
    max_steps: int,
    deadline: float,
    should_stop: Callable[[], bool] | None,
    progress: ProgressFn | None,
    step_cost: int,
    total_iterations: int,
    relabel: list[int],
    settings: SearchSettings,
) -> TabuOutcome:
    """Tabu search over swaps within a round, after Dotú & Van Hentenryck's search for
    the social golfer problem, with strategic oscillation on the ±1 rule.

    Each step takes a member in conflict (in a repeated pair, at a table with a count
    outside ±1 of its share, kept apart from someone at the table, or moved away from the
    stored seat), looks at every exchange with a member of another table in the same
    round and makes the best one that is not tabu (a tabu one only if it gives a plan
    better than the best so far); a member may not go back to the table they left for
    a random number of steps. The search minimises the repeats plus λ times the number
    of counts outside ±1 (plus the constraint violations and moves); λ grows while the
    plan breaks the ±1 rule and shrinks while it keeps it, so the search crosses the
    line now and then instead of being stuck in the few exchanges that keep every table
    within ±1. The best plan is the best one within ±1. After a long time without a
    better plan, a few random exchanges shake the plan up."""
    problem = state.problem
    plan = state.plan
    tables = state.tables
    counts = state.counts
    meet = state.meet
    cells = state.cells
    mov_tab = state.mov_tab
    t_count = state.t_count
    n_cat = problem.n_categories
    rand = rng.random
    rounds = [r for r in state.free_rounds if len(movable[r]) >= 1]
    movable_sets = {r: set(movable[r]) for r in rounds}
    has_w = any(state.weight)
    prev_rounds = [r for r in rounds if r in state.previous]
    slow = has_w or bool(prev_rounds)
    # the counts each table may have of each value (sizes do not change in a swap)
    lo: dict[int, list[list[int]]] = {}
    hi: dict[int, list[list[int]]] = {}
    viol = 0  # counts outside their range, summed (0 exactly when every table is within ±1)
    for r in rounds:
        share = state.shares[r]
        lo[r] = []
        hi[r] = []
        for t in range(t_count):
            size = len(tables[r][t])
            bounds = [count_bounds(size * s) for s in share]
            lo_t = [lo_k for lo_k, _hi in bounds]
            hi_t = [hi_k for _lo, hi_k in bounds]
            lo[r].append(lo_t)
            hi[r].append(hi_t)
            for k, cnt in enumerate(counts[r][t]):
                viol += max(0, lo_t[k] - cnt, cnt - hi_t[k])
    relabel_set = set(relabel)
    if not rounds or t_count < 2:
        return TabuOutcome([list(p) for p in plan], state.cost, state.hard_ok() and state.rep == 0, 0, "iterations")
    state.start_tracking()
    lam, lam_min, lam_max = settings.lam
    lam_viol = lam * W_REPEAT

    def true_objective() -> float:
        return W_CONSTRAINT * state.violations + W_REPEAT * state.rep + W_MOVE * state.moved

    def snapshot() -> tuple[list[list[int]], float, bool]:
        return [list(p) for p in plan], state.cost, state.hard_ok() and state.rep == 0

    # the best plan: the best within ±1, else the one with the lowest full cost
    best_feasible = viol == 0
    best_obj = true_objective() if best_feasible else state.cost
    best_plan, best_cost, best_hard = snapshot()
    last_best = 0
    last_shake = 0
    tabu: dict[tuple[int, int, int], int] = {}
    step = 0
    stopped_by = "iterations"
    patience = max(200, max_steps // 10)
    t_low, t_span = settings.tenure
    feasible_steps = 0

    def violating_member() -> tuple[int, int]:
        bad: list[tuple[int, int, int, bool]] = []
        for r in rounds:
            for t in range(t_count):
                cnt, lo_t, hi_t = counts[r][t], lo[r][t], hi[r][t]
                for k in range(len(cnt)):
                    if cnt[k] < lo_t[k]:
                        bad.append((r, t, k, False))
                    elif cnt[k] > hi_t[k]:
                        bad.append((r, t, k, True))
        if not bad:
            return -1, -1
        r, t, k, too_many = bad[int(rand() * len(bad))]
        options = [i for i in mov_tab[r][t] if (k in cells[i]) == too_many]
        if not options:
            return -1, -1
        return r, options[int(rand() * len(options))]

    def pick() -> tuple[int, int]:
        """A round and a movable member in conflict there (or (-1, -1))."""
        if viol and rand() < 0.5:
            r, a = violating_member()
            if a >= 0:
                return r, a
        if state.violations > 0.5 and rand() < 0.5:
            bad = [
                (r, x)
                for a, b in problem.apart
                for r in rounds
                if plan[r][a] >= 0 and plan[r][a] == plan[r][b]
                for x in (a, b)
                if x in movable_sets[r]
            ]
            if bad:
                return bad[int(rand() * len(bad))]
        pairs = state.pair_list
        if pairs and (not prev_rounds or rand() < 0.7):
            for _ in range(4):
                a, b = pairs[int(rand() * len(pairs))]
                options = [
                    (r, x) for r in rounds if plan[r][a] == plan[r][b] >= 0 for x in (a, b) if x in movable_sets[r]
                ]
                if options:
                    return options[int(rand() * len(options))]
        if prev_rounds and state.moved:
            r = prev_rounds[int(rand() * len(prev_rounds))]
            prev = state.previous[r]
            away = [i for i in movable[r] if prev[i] >= 0 and plan[r][i] != prev[i]]
            if away:
                return r, away[int(rand() * len(away))]
        r = rounds[int(rand() * len(rounds))]
        return r, movable[r][int(rand() * len(movable[r]))]

    def viol_delta(r: int, a: int, b: int) -> int:
        t1, t2 = plan[r][a], plan[r][b]
        cnt1, cnt2 = counts[r][t1], counts[r][t2]
        lo1, lo2, hi1, hi2 = lo[r][t1], lo[r][t2], hi[r][t1], hi[r][t2]
        ca, cb = cells[a], cells[b]
        d = 0
        for c in range(n_cat):
            va, vb = ca[c], cb[c]
            if va != vb:
                if va >= 0:
                    x = cnt1[va]
                    d += 1 if x <= lo1[va] else (-1 if x > hi1[va] else 0)
                    x = cnt2[va]
                    d += 1 if x >= hi2[va] else (-1 if x < lo2[va] else 0)
                if vb >= 0:
                    x = cnt1[vb]
                    d += 1 if x >= hi1[vb] else (-1 if x < lo1[vb] else 0)
                    x = cnt2[vb]
                    d += 1 if x <= lo2[vb] else (-1 if x > hi2[vb] else 0)
        return d

    def shake() -> None:
        """A few random exchanges that do not break the ±1 rule further."""
        nonlocal viol
        done = 0
        for _ in range(200):
            if done >= 3 + len(rounds):
                break
            r = rounds[int(rand() * len(rounds))]
            mv = movable[r]
            a, b = mv[int(rand() * len(mv))], mv[int(rand() * len(mv))]
            if plan[r][a] == plan[r][b]:
                continue
            dv = viol_delta(r, a, b)
            if dv > 0:
                continue
            dd = state.swap_delta(r, a, b)
            if dd[1] > EPS:
                continue
            state.swap_apply(r, a, b, *dd)
            viol += dv
            done += 1

    while step < max_steps:
        if step & 7 == 0:
            if should_stop is not None and should_stop():
                raise OptimisationCancelled()
            if time.perf_counter() > deadline:
                stopped_by = "time limit"
                break
            if step & 1023 == 0:
                if progress is not None:
                    progress(
                        step * step_cost,
                        total_iterations,
                        f"repeats {state.rep}, deviation {state.l1:.1f}",
                    )
                if step:
                    state.recompute()
        if best_hard and (not prev_rounds or step - last_best > patience):
            stopped_by = "target"
            break
        if not best_feasible and step >= max_steps // 2:
            stopped_by = "no ±1"  # the annealing takes over
            break
        step += 1
        # strategic oscillation: the weight of the ±1 rule follows how often it holds
        if viol == 0:
            feasible_steps += 1
        if step % 10 == 0:
            if feasible_steps == 10:
                lam = max(lam_min, lam * 0.8)
            elif feasible_steps == 0:
                lam = min(lam_max, lam * 1.25)
            lam_viol = lam * W_REPEAT
            feasible_steps = 0
        if step - max(last_best, last_shake) > settings.stall:
            shake()
            last_shake = step
            continue
        if viol and relabel and rand() < settings.p_relabel:
            # two members exchange places in every round: the meetings are only renamed,
            # so the repeats stay as they are and only the compositions change
            r, a = violating_member()
            if a < 0 or a not in relabel_set:
                continue
            best_dv = 1 << 30
            choice = -1
            ties = 0
            for b in relabel:
                if b == a or cells[a] == cells[b] or tabu.get((-1, a, b), 0) > step:
                    continue
                dv = 0
                for rr in rounds:
                    if plan[rr][a] != plan[rr][b]:
                        dv += viol_delta(rr, a, b)
                if dv < best_dv:
                    best_dv, choice, ties = dv, b, 1
                elif dv == best_dv:
                    ties += 1
                    if rand() * ties < 1.0:
                        choice = b
            if choice < 0 or best_dv > 0:
                continue
            b = choice
            for rr in rounds:
                if plan[rr][a] != plan[rr][b]:
                    viol += viol_delta(rr, a, b)
                    state.swap_apply(rr, a, b, *state.swap_delta(rr, a, b))
            tabu[(-1, a, b)] = tabu[(-1, b, a)] = step + t_low + int(rand() * t_span)
            if viol == 0:
                obj = true_objective()
                if not best_feasible or obj < best_obj - 1e-7:
                    best_feasible = True
                    best_obj = obj
                    best_plan, best_cost, best_hard = snapshot()
                    last_best = step
            continue
        current = true_objective()
        best_delta = math.inf
        choice = -1
        choice_dv = 0
        choice_ra = (-1, -1)
        ties = 0
        for _pick in range(settings.picks):
            r, a = pick()
            if a < 0:
                continue
            plan_r = plan[r]
            t1 = plan_r[a]
            tabs = tables[r]
            tab1 = tabs[t1]
            ma = meet[a]
            loss_a = 0
            for x in tab1:
                if x != a and ma[x] > 1:
                    loss_a += 1
            for t2 in range(t_count):
                if t2 == t1:
                    continue
                cand = mov_tab[r][t2]
                if not cand:
                    continue
                tab2 = tabs[t2]
                a_tabu = tabu.get((r, a, t2), 0) > step
                gain_a = 0
                for y in tab2:
                    if ma[y] > 0:
                        gain_a += 1
                for b in cand:
                    dv = viol_delta(r, a, b) if n_cat else 0
                    mb = meet[b]
                    d_rep = gain_a - loss_a - (ma[b] > 0)
                    for x in tab1:
                        if x != a and mb[x] > 0:
                            d_rep += 1
                    for y in tab2:
                        if y != b and mb[y] > 1:
                            d_rep -= 1
                    d_true = W_REPEAT * d_rep
                    if slow:
                        dd = state.swap_delta(r, a, b)
                        d_true += W_CONSTRAINT * dd[1] + W_MOVE * dd[4]
                    delta = d_true + lam_viol * dv
                    # a tabu exchange only if it gives the best plan within ±1 so far
                    if (a_tabu or tabu.get((r, b, t1), 0) > step) and not (
                        viol + dv == 0 and current + d_true < best_obj - 1e-7 and best_feasible
                    ):
                        continue
                    if delta < best_delta - 1e-9:
                        best_delta, choice, choice_dv, ties = delta, b, dv, 1
                        choice_ra = (r, a)
                    elif delta < best_delta + 1e-9:
                        ties += 1
                        if rand() * ties < 1.0:
                            choice, choice_dv = b, dv
                            choice_ra = (r, a)
        if choice < 0:
            continue
        b = choice
        r, a = choice_ra
        plan_r = plan[r]
        t1, t2 = plan_r[a], plan_r[b]
        state.swap_apply(r, a, b, *state.swap_delta(r, a, b))
        viol += choice_dv
        tabu[(r, a, t1)] = step + t_low + int(rand() * t_span)
        tabu[(r, b, t2)] = step + t_low + int(rand() * t_span)
        if viol == 0:
            obj = true_objective()
            if not best_feasible or obj < best_obj - 1e-7:
                best_feasible = True
                best_obj = obj
                best_plan, best_cost, best_hard = snapshot()
                last_best = step
        elif not best_feasible and state.cost < best_obj - 1e-7:
            best_obj = state.cost
            best_plan, best_cost, best_hard = snapshot()
            last_best = step
    state.track_pairs = False
    return TabuOutcome(best_plan, best_cost, best_hard, step, stopped_by)
