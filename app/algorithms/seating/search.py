"""``optimise``: where the search starts (a known design, or a first plan), then the
tabu search, then the annealing with what is left of the budget."""

from __future__ import annotations

import math
import random
import time
from collections.abc import Callable

from app.algorithms.seating.annealing import Annealing
from app.algorithms.seating.designs import known_design
from app.algorithms.seating.problem import (
    W_EXCESS,
    W_REPEAT,
    InfeasibleProblem,
    OptimisationCancelled,
    ProgressFn,
    SeatingProblem,
    SeatingResult,
    evaluate,
)
from app.algorithms.seating.settings import DEFAULT, SearchSettings
from app.algorithms.seating.state import State, initial_plan
from app.algorithms.seating.tabu import tabu_search


def optimise(
    problem: SeatingProblem,
    *,
    seed: int = 0,
    time_limit: float = 30.0,
    max_iterations: int | None = None,
    progress: ProgressFn | None = None,
    should_stop: Callable[[], bool] | None = None,
    use_designs: bool = True,
    settings: SearchSettings = DEFAULT,
) -> SeatingResult:
    """Plan the seating; see the package text for the method."""
    started = time.perf_counter()
    n, t_count, rounds = problem.n_members, problem.n_tables, problem.n_rounds
    _validate(problem)
    rng = random.Random(seed)
    construction = ""
    plan: list[list[int]] | None = None
    relabel_phase = 0
    plain = not (problem.pinned or problem.together or problem.apart or problem.fixed or problem.previous)
    if use_designs and plain and problem.present is None:
        design = known_design(n, t_count, rounds, seed)
        if design is not None:
            construction, base = design
            perm = list(range(n))
            rng.shuffle(perm)  # member perm[x] takes the design's point x
            if problem.n_categories:
                # similar members on neighbouring points (the rows of a row-shift design)
                by_values = sorted(range(problem.n_categories), key=lambda c: -len({v[c] for v in problem.values}))
                perm.sort(key=lambda i: [problem.values[i][c] for c in by_values])
                for start in range(0, n, t_count):  # but no pattern within a row
                    row = perm[start : start + t_count]
                    rng.shuffle(row)
                    perm[start : start + t_count] = row
                relabel_phase = 1
            plan = [[0] * n for _ in range(rounds)]
            for r in range(rounds):
                for x in range(n):
                    plan[r][perm[x]] = base[r][x]
    if plan is None and plain and problem.present is None and problem.n_categories and settings.relabel_first:
        # Two stages: first a schedule without repeats, ignoring the categories; then
        # members are exchanged in every round at once (which keeps the meetings) until
        # the tables are diverse; then the full search polishes.
        skeleton = SeatingProblem(n, t_count, rounds)
        first = optimise(
            skeleton,
            seed=seed,
            time_limit=time_limit / 2,
            progress=None,
            should_stop=should_stop,
            use_designs=use_designs,
            settings=settings,
        )
        plan = first.plan
        construction = first.construction or "search without categories"
        relabel_phase = 1
    if plan is None:
        plan = initial_plan(problem, rng)
    free_rounds = [r for r in range(rounds) if r not in problem.fixed]
    state = State(problem, plan, free_rounds)

    locked: set[tuple[int, int]] = set(problem.pinned)
    grouped: set[int] = {i for g in problem.together for i in g}
    movable: dict[int, list[int]] = {}
    for r in free_rounds:
        movable[r] = [i for i in range(n) if plan[r][i] >= 0 and (r, i) not in locked and i not in grouped]
    groups_by_round: dict[int, list[list[int]]] = {}
    for r in free_rounds:
        gs = []
        for g in problem.together:
            members = [i for i in g if plan[r][i] >= 0]
            if members and not any((r, i) in locked for i in members):
                gs.append(members)
        groups_by_round[r] = gs
    uneven = {r: sum(1 for i in range(n) if plan[r][i] >= 0) % t_count != 0 for r in free_rounds}
    # movable members per (round, table) for choosing the swap partner
    mov_tab: dict[int, list[list[int]]] = {}
    for r in free_rounds:
        lists: list[list[int]] = [[] for _ in range(t_count)]
        for i in movable[r]:
            lists[plan[r][i]].append(i)
        mov_tab[r] = lists
    state.mov_tab = mov_tab
    # members who can be exchanged in every round at once (a pure renaming)
    relabel_ok = bool(problem.n_categories) and not problem.fixed and not problem.previous
    movable_sets = {r: set(movable[r]) for r in free_rounds}
    relabel = [
        i
        for i in range(n)
        if all(i in movable_sets[r] for r in free_rounds) and not state.weight[i] and i not in grouped
    ]
    relabel_ok = relabel_ok and len(relabel) > 1

    if max_iterations is None:
        max_iterations = max(200_000, 4000 * max(1, len(free_rounds)) * max(1, t_count))
    cycle = max(20_000, min(max_iterations // 4, 600 * n * max(1, len(free_rounds))))
    patience = max(20_000, cycle // 2)
    from_design = bool(relabel_phase)
    if relabel_phase:
        relabel_phase = int(max_iterations * settings.relabel_only) if relabel_ok else 0
    t_start, t_end = 8.0, 0.05
    if from_design:  # the temperatures follow the weight of a repeat
        t_start, t_end = t_start * settings.t_scale, t_end * settings.t_scale

    best_cost = state.cost
    best_plan = [list(p) for p in plan]
    best_hard = state.hard_ok() and state.rep == 0
    stopped_by = "iterations"
    it = 0
    ratio = math.log(t_end / t_start)
    active_rounds = [r for r in free_rounds if len(movable[r]) >= 1 and t_count > 1]
    if not active_rounds or t_count < 2 or n < 2:
        max_iterations = 0

    best_partner = problem.n_categories > 0 and settings.best_partner
    w_rep = settings.w_rep_search if from_design else W_REPEAT
    double_ok = problem.n_categories > 0 and settings.double_share > 0
    tenure = 10 + n // 5
    exp = math.exp
    ann = Annealing(
        state=state,
        rng=rng,
        settings=settings,
        movable=movable,
        movable_sets=movable_sets,
        mov_tab=mov_tab,
        groups_by_round=groups_by_round,
        free_rounds=free_rounds,
        relabel=relabel,
        best_partner=best_partner,
        w_rep=w_rep,
        temperature=t_start,
        w_exc=W_EXCESS,
        tenure=tenure,
        best_cost=best_cost,
        best_plan=best_plan,
        best_hard=best_hard,
    )
    rand = ann.rand
    if max_iterations and settings.tabu:
        # first the tabu search; the annealing takes what is left of the budget when
        # the tabu search cannot bring every table within ±1
        # one step of the tabu search looks at some picks × (members of other tables)
        # exchanges; it counts for about an eighth of that many iterations of the budget
        seated = sum(len(movable[r]) for r in active_rounds) / len(active_rounds)
        step_cost = max(1, int(settings.picks * seated * (t_count - 1) / t_count / 8))
        outcome = tabu_search(
            state,
            movable,
            rng,
            max_iterations // step_cost,
            started + time_limit,
            should_stop,
            progress,
            step_cost,
            max_iterations,
            relabel if relabel_ok else [],
            settings,
        )
        it = outcome.steps * step_cost
        ann.best_plan, ann.best_cost, ann.best_hard = outcome.best_plan, outcome.best_cost, outcome.best_hard
        ann.last_improvement = it
        if outcome.stopped_by != "no ±1":
            stopped_by = outcome.stopped_by
            max_iterations = it
        state.recompute()
    osc = settings.osc
    while it < max_iterations:
        if it & 255 == 0:
            k = it % cycle
            ann.temperature = t_start * exp(ratio * k / cycle)
            # optional strategic oscillation: crossing the ±1 line is cheaper early in a
            # cycle and costs the full weight at its end
            ann.w_exc = W_EXCESS * (osc + (1 - osc) * (k / cycle) ** 2)
            if should_stop is not None and should_stop():
                raise OptimisationCancelled()
            if time.perf_counter() - started > time_limit:
                stopped_by = "time limit"
                break
            if it & 8191 == 0:
                if progress is not None:
                    progress(it, max_iterations, f"repeats {state.rep}, deviation {state.l1:.1f}")
                state.recompute()
            if ann.best_hard and it - ann.last_improvement > patience:
                stopped_by = "target"
                break
        it += 1
        ann.it = it
        r = active_rounds[int(rand() * len(active_rounds))]
        roll = rand()
        if it < relabel_phase:
            roll = 0.2  # only exchanges that keep the meetings
        if roll < 0.08 and uneven[r]:
            changed = ann.shift(r)
        elif roll < 0.12 and groups_by_round[r]:
            changed = ann.block_swap(r)
        elif roll < 0.4 and relabel_ok:
            changed = ann.rename()
        elif double_ok and rand() < settings.double_share:
            changed = ann.pair_exchange(r)
        else:
            changed = ann.swap(r)
        if changed:
            ann.keep_if_best()

    best_plan = ann.best_plan
    quality = evaluate(problem, best_plan)
    if progress is not None:
        progress(max_iterations, max_iterations, "done")
    return SeatingResult(
        plan=best_plan,
        quality=quality,
        iterations=it,
        seconds=time.perf_counter() - started,
        construction=construction,
        stopped_by=stopped_by,
    )


def _validate(problem: SeatingProblem) -> None:
    n, t_count = problem.n_members, problem.n_tables
    if t_count < 1:
        raise InfeasibleProblem("there must be at least one table")
    if problem.n_rounds < 1:
        raise InfeasibleProblem("there must be at least one round")
    if problem.values and len(problem.values) != n:
        raise InfeasibleProblem("every member needs a row of category values")
    if not problem.values:
        problem.values = [[] for _ in range(n)]
    for (r, i), t in problem.pinned.items():
        if not (0 <= r < problem.n_rounds and 0 <= i < n and 0 <= t < t_count):
            raise InfeasibleProblem("a pinned seat names a round, member or table that does not exist")
    for a, b in problem.apart:
        if a == b:
            raise InfeasibleProblem("a member cannot be kept apart from themself")
        for group in problem.together:
            if a in group and b in group:
                raise InfeasibleProblem("two members are both kept together and kept apart")


def random_plan(problem: SeatingProblem, seed: int = 0) -> list[list[int]]:
    """The baseline: a plain random shuffle into balanced tables, round by round."""
    rng = random.Random(seed)
    plan = []
    for r in range(problem.n_rounds):
        seated = [i for i in range(problem.n_members) if problem.is_present(r, i)]
        rng.shuffle(seated)
        plan_r = [-1] * problem.n_members
        for pos, i in enumerate(seated):
            plan_r[i] = pos % problem.n_tables
        plan.append(plan_r)
    return plan
