"""The LEXIMIN solver against the sortition-algorithms library and an independent LP."""

from __future__ import annotations

import itertools
import math
import random

import numpy as np
import pytest
from scipy.optimize import linprog

from app.algorithms import leximin as lx


def random_instance(seed: int, n: int = 24, k: int = 6, households: bool = False) -> lx.Instance:
    rng = random.Random(seed)
    cats = {"age": ["young", "middle", "old"], "gender": ["f", "m"], "area": ["north", "south"]}
    weights = {"age": [0.5, 0.3, 0.2], "gender": [0.6, 0.4], "area": [0.7, 0.3]}
    resp = [tuple(rng.choices(range(len(v)), weights=weights[c])[0] for c, v in cats.items()) for _ in range(n)]
    quotas = {
        ("age", "young"): (1, 3),
        ("age", "middle"): (1, 3),
        ("age", "old"): (1, 3),
        ("gender", "f"): (3, 3),
        ("gender", "m"): (3, 3),
        ("area", "north"): (2, 4),
        ("area", "south"): (2, 4),
    }
    hh = [f"h{i // 2}" if households and i < 10 else None for i in range(n)]
    return lx.Instance(cats, resp, quotas, k, hh, households)


def all_panels(inst: lx.Instance) -> list[tuple[int, ...]]:
    return [p for p in itertools.combinations(range(inst.pool_size), inst.panel_size) if lx.panel_meets_quotas(inst, p)]


def brute_leximin(inst: lx.Instance) -> list[float]:
    """LEXIMIN by plain LPs over every feasible panel, fixing agents by 'can it go higher?'
    (no duals, no profiles: an independent check)."""
    panels = all_panels(inst)
    n, m = inst.pool_size, len(panels)
    a = np.zeros((n, m))
    for j, p in enumerate(panels):
        a[list(p), j] = 1.0
    covered = [i for i in range(n) if a[i].any()]
    fixed: dict[int, float] = {i: 0.0 for i in range(n) if i not in covered}
    while len(fixed) < n:
        unfixed = [i for i in range(n) if i not in fixed]
        # max z: π ≥ 0, Σπ = 1, prob_i ≥ z (unfixed), prob_i ≥ f_i (fixed)
        c = np.zeros(m + 1)
        c[-1] = -1
        rows, rhs = [], []
        for i in unfixed:
            rows.append([*(-a[i]), 1.0])
            rhs.append(0.0)
        for i, f in fixed.items():
            rows.append([*(-a[i]), 0.0])
            rhs.append(-(f - 1e-9))
        res = linprog(c, A_ub=rows, b_ub=rhs, A_eq=[[1.0] * m + [0.0]], b_eq=[1.0], bounds=[(0, None)] * m + [(0, 1)])
        z = res.x[-1]
        for i in unfixed:  # can i get more than z while the others keep ≥ z?
            c2 = np.zeros(m + 1)
            c2[:m] = -a[i]
            rows2 = [[*(-a[t]), 0.0] for t in unfixed if t != i] + [[*(-a[t]), 0.0] for t in fixed]
            rhs2 = [-(z - 1e-9)] * (len(unfixed) - 1) + [-(f - 1e-9) for f in fixed.values()]
            r2 = linprog(
                c2,
                A_ub=rows2 or None,
                b_ub=rhs2 or None,
                A_eq=[[1.0] * m + [0.0]],
                b_eq=[1.0],
                bounds=[(0, None)] * (m + 1),
            )
            if -r2.fun <= z + 1e-7:
                fixed[i] = z
        if not any(i in fixed for i in unfixed):  # pragma: no cover
            raise AssertionError("brute force made no progress")
    return [fixed[i] for i in range(n)]


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_leximin_matches_an_independent_lp(seed: int) -> None:
    inst = random_instance(seed, n=14, k=6)
    lot = lx.solve(inst)
    expected = brute_leximin(inst)
    assert lot.probabilities == pytest.approx(expected, abs=2e-4)
    assert sum(lot.probabilities) == pytest.approx(inst.panel_size, abs=1e-6)


@pytest.mark.parametrize("seed", [4, 5, 6, 7])
def test_min_probability_equals_the_library_maximin(seed: int) -> None:
    inst = random_instance(seed, n=40, k=6)
    lot = lx.solve(inst)
    panels, weights = lx.library_maximin(inst)
    lib = lx.probabilities_of(panels, inst.pool_size, weights)
    assert lot.min_probability >= min(lib) - 1e-6
    assert lot.min_probability == pytest.approx(min(lib), abs=1e-3)


def test_every_panel_meets_the_quotas_and_probabilities_add_up() -> None:
    inst = random_instance(11, n=60, k=6)
    lot = lx.solve(inst)
    rng = random.Random(3)
    for x in lot.panels:
        for _ in range(5):
            assert lx.panel_meets_quotas(inst, lx.concrete_panel(lot, x, rng))
    assert sum(lot.weights) == pytest.approx(1.0)
    assert sum(lot.probabilities) == pytest.approx(inst.panel_size, abs=1e-6)
    tickets = lx.transparent_panels(lot, 1000, random.Random(1))
    assert len(tickets) == 1000
    assert all(lx.panel_meets_quotas(inst, t) for t in tickets)
    tprobs = lx.probabilities_of(tickets, inst.pool_size)
    assert sum(tprobs) == pytest.approx(inst.panel_size)
    # rounding to 1,000 panels costs at most a little of the minimum
    assert min(tprobs) >= lot.min_probability - 0.01


def test_the_paper_small_example_gives_ten_percent() -> None:
    # example_small_20 of Flanigan et al. (2021): 1 female conservative, 99 female liberals,
    # 100 male conservatives; at least 9 of each value in a panel of 20.
    resp = [(0, 1)] + [(0, 0)] * 99 + [(1, 1)] * 100
    cats = {"gender": ["female", "male"], "leaning": ["liberal", "conservative"]}
    quotas = {(c, v): (9, 20) for c, vals in cats.items() for v in vals}
    lot = lx.solve(lx.Instance(cats, resp, quotas, 20))
    assert lot.min_probability == pytest.approx(0.10, abs=1e-6)
    assert lot.model == "profiles"
    assert len(lot.profiles.keys) == 3


def test_household_rule_is_respected_and_matches_the_library() -> None:
    inst = random_instance(8, n=30, k=6, households=True)
    lot = lx.solve(inst)
    assert lot.model.startswith("profiles+households")
    rng = random.Random(0)
    for x in lot.panels:
        assert lx.panel_meets_quotas(inst, lx.concrete_panel(lot, x, rng))
    panels, weights = lx.library_maximin(inst)
    lib = lx.probabilities_of(panels, inst.pool_size, weights)
    assert lot.min_probability == pytest.approx(min(lib), abs=1e-3)


def test_household_probabilities_match_brute_force() -> None:
    inst = random_instance(11, n=14, k=6, households=True)
    lot = lx.solve(inst)
    assert lot.probabilities == pytest.approx(brute_leximin(inst), abs=2e-4)


def test_infeasible_quotas_are_explained() -> None:
    inst = random_instance(1, n=30, k=6)
    quotas = dict(inst.quotas)
    quotas[("gender", "f")] = (5, 6)
    quotas[("gender", "m")] = (3, 6)
    bad = lx.Instance(inst.categories, inst.respondents, quotas, 6)
    problems = lx.explain_infeasible(bad)
    assert any("gender" in p and "minimums add up to 8" in p for p in problems)
    with pytest.raises(lx.QuotaInfeasible):
        lx.solve(bad)
    # a conflict between categories: all young must be women, but there are no young women
    resp = [(0, 1, 0)] * 5 + [(1, 0, 0)] * 5 + [(2, 0, 1)] * 5
    q = {(c, v): (0, 6) for c, vals in inst.categories.items() for v in vals}
    q[("age", "young")] = (2, 6)
    q[("gender", "m")] = (0, 0)
    conflict = lx.Instance(inst.categories, resp, q, 4)
    problems = lx.explain_infeasible(conflict)
    assert problems and any("age = young" in p or "gender = m" in p for p in problems)
    assert any("lower it" in p or "raise it" in p for p in problems)


def test_solving_is_deterministic() -> None:
    inst = random_instance(12, n=50, k=6)
    a, b = lx.solve(inst), lx.solve(inst)
    assert a.panels == b.panels
    assert a.probabilities == b.probabilities


def skewed_instance(seed: int, n: int = 300, k: int = 20) -> lx.Instance:
    """Five categories, quotas from population shares ±1, a pool skewed against them."""
    rng = random.Random(seed)
    cats = {
        "age": ["a", "b", "c", "d"],
        "gender": ["f", "m", "x"],
        "education": ["low", "mid", "high"],
        "area": ["n", "s", "e"],
        "housing": ["own", "rent"],
    }
    share = {
        "age": [0.25, 0.3, 0.3, 0.15],
        "gender": [0.5, 0.45, 0.05],
        "education": [0.3, 0.4, 0.3],
        "area": [0.4, 0.3, 0.3],
        "housing": [0.6, 0.4],
    }
    bias = {
        "age": [0.1, 0.25, 0.35, 0.3],
        "gender": [0.55, 0.42, 0.03],
        "education": [0.15, 0.35, 0.5],
        "area": [0.4, 0.3, 0.3],
        "housing": [0.7, 0.3],
    }
    resp = [tuple(rng.choices(range(len(v)), weights=bias[c])[0] for c, v in cats.items()) for _ in range(n)]
    quotas = {
        (c, v): (max(0, int(s * k) - 1), int(s * k) + 2)
        for c, vals in cats.items()
        for v, s in zip(vals, share[c], strict=True)
    }
    return lx.Instance(cats, resp, quotas, k)


@pytest.mark.parametrize(
    ("seed", "n", "households"),
    [(1, 14, False), (2, 14, False), (1, 24, False), (9, 40, False), (2, 14, True), (4, 24, True)],
)
def test_the_relaxation_shortcut_gives_the_level_by_level_result(seed: int, n: int, households: bool) -> None:
    # these cases go through every path: the walk, the column-generation rescue, and the
    # fallback to level by level when the relaxation's LEXIMIN is not a lottery over panels
    inst = random_instance(seed, n=n, k=6, households=households)
    fast = lx.solve(inst)
    slow = lx.solve(inst, method="levels")
    assert slow.method == "levels"
    assert fast.probabilities == pytest.approx(slow.probabilities, abs=1e-5)
    rng = random.Random(seed)
    for x in fast.panels:
        assert lx.panel_meets_quotas(inst, lx.concrete_panel(fast, x, rng))
    assert sum(fast.weights) == pytest.approx(1.0)


def test_the_relaxation_walk_alone_writes_the_leximin_as_a_lottery() -> None:
    inst = random_instance(9, n=40, k=6)
    prof = lx.build_profiles(inst)
    mip = lx.PanelMip(inst, prof)
    q, _levels = lx._relaxed_leximin(mip, prof.sizes)
    walk = lx._decompose(mip, prof.sizes, q * prof.sizes, None)
    assert walk.ok
    assert sum(walk.weights) == pytest.approx(1.0)
    reached = np.zeros(len(q))
    for x, w in zip(walk.panels, walk.weights, strict=True):
        assert all(0 <= c <= size for c, size in zip(x, prof.sizes, strict=True))
        reached += w * np.array(x) / prof.sizes
    assert reached == pytest.approx(q, abs=1e-8)


def test_the_relaxation_shortcut_on_a_skewed_pool_with_five_categories() -> None:
    inst = skewed_instance(3)
    lot = lx.solve(inst)
    assert lot.method == "relaxation"
    assert lot.probabilities == pytest.approx(lx.solve(inst, method="levels").probabilities, abs=1e-5)
    rng = random.Random(0)
    for x in lot.panels:
        assert lx.panel_meets_quotas(inst, lx.concrete_panel(lot, x, rng))


def test_a_relaxation_that_is_no_lottery_falls_back_to_levels_and_is_still_exact() -> None:
    inst = random_instance(2, n=14, k=6, households=True)
    lot = lx.solve(inst)
    assert lot.method == "levels"
    assert any("solved level by level" in note for note in lot.notes)
    assert lot.probabilities == pytest.approx(brute_leximin(inst), abs=2e-4)


def test_fair_ticket_counts_keep_every_chance_closer_than_largest_remainder() -> None:
    inst = skewed_instance(5, n=400, k=30)
    lot = lx.solve(inst)
    m = 1000
    counts = lx.fair_counts(lot, m)
    assert sum(counts) == m
    for c, w in zip(counts, lot.weights, strict=True):  # still a rounding of every weight
        assert math.floor(w * m) <= c <= math.ceil(w * m)
    per_person = np.array(lot.panels, dtype=float) / lot.profiles.sizes
    want = m * np.array(lot.profile_probability)
    fair_dev = np.abs(np.array(counts) @ per_person - want).max()
    plain_dev = np.abs(np.array(lx.round_counts(lot.weights, m)) @ per_person - want).max()
    assert fair_dev <= plain_dev
    tickets = lx.transparent_panels(lot, m, random.Random(2))
    assert all(lx.panel_meets_quotas(inst, t) for t in tickets)
    probs = np.array(lx.probabilities_of(tickets, inst.pool_size))
    # per person: the profile's deviation, plus at most one ticket from sharing seats within it
    assert np.abs(probs - np.array(lot.probabilities)).max() <= (fair_dev + 1) / m + 1e-9
