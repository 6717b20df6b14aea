"""Benchmark of the table allocation optimiser (``app.services.seating_optimiser``).

Run: ``.venv/bin/python benchmarks/bench_tables.py [--long]``. Prints, for each instance, the
repeats, share of pairs met, worst deviation from proportional and the time:

- Kirkman's schoolgirls: 15 members, 5 tables of 3, 7 rounds (zero repeats exist);
- social golfers: 32 members, 8 tables of 4, 9 rounds (zero repeats exist);
- a realistic assembly: 100 members, 4 categories, 12 tables, 5 rounds (target: every
  table within ±1 of proportional in every value and zero repeats, under 5 s);
- the same assembly seated by a plain random shuffle (the baseline).

The first two are also run with the finite-geometry construction switched off, to show
what the search alone reaches. The realistic assembly is also planned with the annealing
alone (the method before the tabu search, ``_TABU`` off), for comparison.
"""

from __future__ import annotations

import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import app.services.seating_optimiser as so  # noqa: E402
from app.services.seating_optimiser import (  # noqa: E402
    SeatingProblem,
    SeatingQuality,
    evaluate,
    optimise,
    random_plan,
)


def realistic(seed: int = 2024) -> SeatingProblem:
    """100 members with age (5), gender (2), education (3) and area (4) drawn by shares."""
    rng = random.Random(seed)
    categories = [
        [0.12, 0.2, 0.25, 0.23, 0.2],
        [0.5, 0.5],
        [0.3, 0.45, 0.25],
        [0.3, 0.25, 0.25, 0.2],
    ]
    values = [[rng.choices(range(len(c)), weights=c)[0] for c in categories] for _ in range(100)]
    return SeatingProblem(100, 12, 5, values=values)


def line(name: str, q: SeatingQuality, seconds: float, cpu: float, note: str = "") -> None:
    print(
        f"{name:<48} repeats {q.repeats:>4}   pairs met {q.pairs_met_share:6.1%}   "
        f"worst dev {q.worst_deviation:5.2f} {'ok ' if q.within_one else 'NOT'} ±1   "
        f"L1 {q.diversity_deviation:6.1f}   {seconds:6.2f} s wall {cpu:6.2f} s CPU  {note}",
        flush=True,
    )


def run(name: str, problem: SeatingProblem, **kwargs: object) -> None:
    cpu = time.process_time()
    res = optimise(problem, **kwargs)  # type: ignore[arg-type]
    cpu = time.process_time() - cpu
    start = f"start: {res.construction}; " if res.construction else ""
    line(name, res.quality, res.seconds, cpu, f"({start}{res.iterations} moves; stopped by {res.stopped_by})")


def main() -> None:
    seed = 1
    for name, n, t, r in (("Kirkman's schoolgirls 15/5x3/7", 15, 5, 7), ("social golfers 32/8x4/9", 32, 8, 9)):
        run(name, SeatingProblem(n, t, r), seed=seed, time_limit=60)
        run(
            "  the same, search alone (no construction)",
            SeatingProblem(n, t, r),
            seed=seed,
            time_limit=30,
            use_designs=False,
            max_iterations=2_000_000,
        )
    problem = realistic()
    run("realistic 100 members/4 cat./12 tables/5 rounds", problem, seed=seed, time_limit=5)
    so._TABU = False
    try:
        run("  the same, annealing alone (no tabu search)", realistic(), seed=seed, time_limit=5)
    finally:
        so._TABU = True
    started, cpu = time.perf_counter(), time.process_time()
    baseline = evaluate(problem, random_plan(problem, seed))
    line("  the same, plain random shuffle", baseline, time.perf_counter() - started, time.process_time() - cpu)
    if "--long" not in sys.argv:
        print("(run with --long for the same assembly with 60 s, with and without the construction)")
        return
    run("  the same, optimiser with 60 s", realistic(), seed=seed, time_limit=60, max_iterations=3_000_000)
    run(
        "  the same, 60 s, search alone (no construction)",
        realistic(),
        seed=seed,
        time_limit=60,
        max_iterations=3_000_000,
        use_designs=False,
    )


if __name__ == "__main__":
    main()
