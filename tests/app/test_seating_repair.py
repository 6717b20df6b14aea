"""The exact fewest-moves seating of a round after check-in (``seating_repair``)."""

from __future__ import annotations

import itertools
import random

from app.algorithms.seating import SeatingProblem, evaluate, optimise
from app.services.seating_repair import fewest_moves


def _problem(n: int, tables: int, rounds: int, seed: int) -> SeatingProblem:
    rng = random.Random(seed)
    values = [[rng.randrange(2), rng.choice([0, 0, 1, 2])] for _ in range(n)]
    return SeatingProblem(n, tables, rounds, values=values)


def _valid(problem: SeatingProblem, r: int, row: list[int]) -> bool:
    """Sizes within one and every table within ±1, judged by ``evaluate`` on that round."""
    single = SeatingProblem(problem.n_members, problem.n_tables, 1, values=problem.values)
    q = evaluate(single, [row])
    return q.size_spread <= 1 and q.within_one


def _moves(before: list[int], after: list[int]) -> int:
    return sum(1 for b, a in zip(before, after, strict=True) if a >= 0 and b >= 0 and a != b)


def _seatings(n: int, here: list[int], tables: int) -> list[list[int]]:
    out = []
    for choice in itertools.product(range(tables), repeat=len(here)):
        row = [-1] * n
        for i, t in zip(here, choice, strict=True):
            row[i] = t
        out.append(row)
    return out


def test_fewest_moves_is_the_least_any_valid_seating_needs() -> None:
    for seed in range(4):
        problem = _problem(11, 3, 2, seed)
        stored = optimise(problem, seed=seed, max_iterations=4_000).plan
        absent = {seed, seed + 3}
        problem.present = [[i not in absent for i in range(11)], [True] * 11]
        problem.previous = {0: stored[0], 1: stored[1]}
        row = fewest_moves(problem, 0)
        assert row is not None
        assert all(row[i] == -1 for i in absent) and all(row[i] >= 0 for i in range(11) if i not in absent)
        assert _valid(problem, 0, row)
        # every seating of the nine present members at three tables, by brute force
        here = [i for i in range(11) if i not in absent]
        least = min(_moves(stored[0], full) for full in _seatings(11, here, 3) if _valid(problem, 0, full))
        assert _moves(stored[0], row) == least


def test_fewest_moves_keeps_pins_and_the_together_and_apart_rules() -> None:
    problem = _problem(24, 4, 2, 5)
    stored = optimise(problem, seed=1, max_iterations=4_000).plan
    problem.present = [[i not in (0, 1, 2) for i in range(24)], [True] * 24]
    problem.previous = {0: stored[0], 1: stored[1]}
    other = (stored[0][3] + 1) % 4
    problem.pinned = {(0, 3): other}
    problem.together = [[4, 5, 6]]
    problem.apart = [(7, 8)]
    row = fewest_moves(problem, 0)
    assert row is not None
    assert row[3] == other
    assert row[4] == row[5] == row[6]
    assert row[7] != row[8]
    assert _valid(problem, 0, row)


def test_no_seating_keeping_every_rule_gives_none() -> None:
    problem = _problem(12, 3, 1, 2)
    stored = optimise(problem, seed=1, max_iterations=2_000).plan
    problem.present = [[i != 0 for i in range(12)]]
    problem.previous = {0: stored[0]}
    problem.together = [[1, 2, 3, 4, 5]]  # five together, but a table has at most four
    assert fewest_moves(problem, 0) is None


def test_a_stored_plan_that_still_fits_is_kept_by_the_search() -> None:
    problem = _problem(30, 4, 3, 7)  # 30 at 4 tables: two tables of 8, two of 7
    first = optimise(problem, seed=2, max_iterations=6_000)
    assert first.quality.within_one
    again = SeatingProblem(30, 4, 3, values=problem.values, previous=dict(enumerate(first.plan)))
    result = optimise(again, seed=9, max_iterations=6_000)
    assert result.quality.moved == 0
    assert result.quality.repeats <= first.quality.repeats
