"""The table allocation optimiser, on plain arrays (no database, no Qt).

Members are numbered ``0..n-1``, tables ``0..T-1``, rounds ``0..R-1``. A plan is a list
per round of the table of each member (``-1``: not seated in that round, e.g. absent).

The method
----------
First a tabu search over swaps within a round (``_tabu_search``), after Dotú & Van
Hentenryck's local search for the social golfer problem, with strategic oscillation on
the ±1 rule: each step looks at a few members in conflict (in a repeated pair, at a
table with a count outside ±1 of its share, kept apart from someone at the table, or
moved away from the stored seat), evaluates every exchange of each of them with a
member of another table in the same round, and makes the best exchange that is not
tabu (a member may not go back to the table they just left for a random number of
steps; a tabu exchange is allowed if it gives the best plan so far). It minimises the
repeats plus λ times the number of counts outside ±1 (plus the constraint violations
and moves); λ grows while the plan breaks the ±1 rule and shrinks while it keeps it,
because the exchanges that keep every table within ±1 are few (about 4 % of them in
the realistic benchmark) and a search confined to them gets stuck. While some count is
outside ±1, half the steps instead *rename* two members (they exchange places in every
round, which keeps every meeting). The best plan kept is the best one within ±1. The
change of the repeats and of the ±1 counts is computed inline from the pair-meeting
matrix and per-table value counts, and the repeated pairs are kept in a list so that
conflicts are found without a scan. After a while without a better plan, a few random
exchanges shake the plan up. On a plain schedule (no categories) this reaches zero
repeats far sooner than the annealing (Kirkman's schoolgirls in under 100 steps).

When the tabu search cannot bring every table within ±1 within half its steps (e.g.
pins that make it hard), the simulated annealing below takes what is left of the
budget (the tabu search's best plan stays the best so far).

The annealing uses a tabu list too, over moves that keep the table sizes balanced:

- a *swap* of two members at different tables of one round (sizes unchanged); for a
  member who meets someone again (or sits at a table that breaks the ±1 rule) the
  search looks at every table where they would meet nobody a second time and takes
  the best exchange there, and a member may not go straight back to the table they
  just left (tabu); otherwise it takes the best partner at one random other table;
- a *pair exchange*: a swap repaired by the best second swap between the same two
  tables, which can keep a table's composition where one swap cannot;
- a *renaming*: two members exchange places in every round at once – the meetings
  are only renamed, so the repeats stay as they are, and only the compositions change
  (used when no round is fixed);
- a *shift* of one member from a table with ⌈n/T⌉ to one with ⌊n/T⌋ members when the
  tables cannot all be the same size, and a *block swap* that moves a "together" group.

The objective is a weighted sum, evaluated incrementally:

- constraint violations (an "apart" pair at one table, a "together" pair split),
  weight ``W_CONSTRAINT``; pinned seats are never moved at all;
- diversity beyond ±1: for every table, category value and round whose count is more
  than ±1 from the table's proportional share, that deviation, weight ``W_EXCESS`` (so
  crossing the line costs at once, not by the hundredth);
- repeated encounters: a pair that sits together in k > 1 rounds counts k − 1, weight
  ``W_REPEAT``, kept in a pair-meeting count matrix;
- the diversity deviation itself (GroupSelect's L1 measure: |count − proportional|
  summed over tables, categories and values), weight ``W_DIVERSITY``;
- when re-planning (rebalance), each present member moved from the stored plan,
  weight ``W_MOVE``.

A swap changes only two tables, so its cost change needs the two tables' members (for
the meeting counts) and the four cells per category whose counts change: a few
microseconds in pure Python. The temperature falls geometrically over a cycle of
iterations and is raised again after a cycle; the search stops at the iteration
budget, at the time limit, or once every hard rule holds, nothing repeats and the best
plan has not improved for a while. Every random choice comes from
``random.Random(seed)`` and every schedule counts iterations, not seconds, so one seed
gives one plan (unless the time limit cuts a search short).

Why annealing and not CP-SAT: it needs nothing beyond the standard library and NumPy
(venue laptops, a PyInstaller bundle), it handles the soft L1 objective and the repeat
counts naturally, and it can be stopped at any moment with the best plan so far
(cancel, time limit). A per-round MIP with HiGHS (already a dependency) was tried
for the realistic benchmark and did worse than the annealing in the same time.

Known designs: a schedule in which nobody meets anyone twice is a *resolvable design*;
local search finds one easily when there is slack, but for tight instances such as the
social golfers (32/8×4/9) it is hard. When the numbers fit a construction – the cosets
of pairwise trivially intersecting subspaces of GF(2)^k; the spreads of the lines of
PG(k−1, 2) (a packing of PG(3,2) *is* Kirkman's solution); the parallel classes of the
affine plane AG(2, p); or a *row-shift design* (members on a grid of ⌈n/T⌉ rows × T
columns, row i shifted by σ_k(i) in round k, with the shifts found by a small
backtracking so that any two rows meet at a different offset in every round) – the
search starts from it, with similar members in the same row, and then looks after
the categories while keeping the repeats down.

What it reaches (``benchmarks/bench_tables.py``): zero repeats for Kirkman's
schoolgirls (also by the search alone, in a few hundredths of a second) and the social
golfers (from the construction; the search alone ends at about 10 repeats). For a
realistic assembly of 100 members with 4 categories (5, 2, 3 and 4 values) at 12 tables
over 5 rounds, every table is within ±1 in every value but zero repeats is NOT reached:
some 35–60 repeated pairs of the 1 840 meetings in 5 s, depending on the draw of the
members and the load of the machine (about 31 in 60 s; a random shuffle: about 265, with
deviations up to ±3.75–5). The difficulty rises steeply with the rounds: the same
assemblies reach zero repeats within ±1 over 3 rounds in about a second of CPU, over 4
rounds some 5 repeats remain after 60 s, and over 5 rounds even two of the four
categories (gender and education) leave a few repeats. Smaller assemblies (60 members,
4 categories, 10 tables, 3 rounds) reach zero repeats within ±1 in a fraction of a
second.

Designs, then renaming (tried, not used): a plan without repeats keeps none when its
members are renamed (any member may take any point of the design), so one could build a
design without repeats first and then search only over renamings for the ±1 rule. With
the row-shift design of the realistic assembly that does not work. An annealing over
renamings (swapping two members in every round) ends with 45–60 counts outside ±1
(starting from about 300; 3 million steps: 47), a tabu search over them with about 100,
and a MIP over the member types (HiGHS, 6 800 binaries) finds none in 60 s; even for age
alone (5 values; 500 binaries) or gender and education no renaming was found in 20 s.
In a row-shift design every table takes exactly one member of every row in every round,
so a category that is not constant on the rows is balanced only where the rows' patterns
cancel under five different shifts at once; but a design without rows (found by the
search with no categories) fares no better (the annealing ends at about 50): a fixed
design leaves too little freedom for 840 count ranges. Renamings mixed with the rare
exchanges within a round that keep zero repeats (about one accepted per 10 000 tries)
end near 50 as well. Also tried and dropped: pairs of members always at tables t and
t + 6, and quadruples on the cosets of ⟨3⟩ in Z12 (looser conditions for repeats, but
the searches did worse than the plain tabu search); planning round by round, by the
search (29–40 repeats) or by a MIP that forbids the earlier meetings (the third round not
found within 30 s); and CP-SAT (OR-Tools 9.15, outside the project: the tables of every
two rounds as AllDifferent pairs, 2 workers), which found no plan in 60 s for 5 rounds,
nor in 30 s for 3 rounds, which the tabu search plans in a second.

More tried later (throwaway code outside the project, on the three benchmark draws;
none is used). Two of the searches were compiled C, about 100 times the speed of this
module:

- a plain annealing over exchanges: 35 million moves for 3 rounds, while 4 rounds end
  at 1 repeat and 1 count outside ±1 after a billion moves, and 5 rounds at 13 and 5
  after two billion. With gender and education alone the annealing does find a plan
  (in 127 million moves), and with age or area alone too;
- this module's tabu search, with every exchange of every member in conflict
  evaluated at each step: 3 rounds in 0.2 s, while 4 rounds still have 2–4 repeats
  after 300 s and 5 rounds 19 after 100 s;
- CP-SAT (OR-Tools 9.15) round by round, with "at most one member from each table of
  an earlier round" as the rule against repeats: round 3 is found in 5 s, but not
  round 4 (or, for one draw, not round 3) in 30 s;
- CP-SAT as a large-neighbourhood search: 20 members freed in every round at a time,
  ±1 kept as a hard rule and the repeats minimised. It brings 36 repeats down to 31
  and then nothing more in 4 minutes;
- a search only over renamings of a design with no repeat at all. Two designs were
  tried. One was the net of 3 mutually orthogonal Latin squares of order 12 (from
  orthomorphisms of Z2×Z2×Z3): 144 places with 44 left empty, so members can also move
  to an empty place. It ends with 37–78 counts outside ±1. The other was AG(2, 13)
  with one strata class of lines per category, so that every table takes one member
  from each stratum. Even with perfectly matched members it leaves 12–34 counts
  outside ±1 per category, because what a table misses is a multiplicative coset of
  Z13*.

Every method meets the same wall between 3 and 4 rounds. With 12 tables of 8–9 and most
of the ±1 ranges only two values wide, a plan with no repeat is a code of 100 words in
Z12^5 with distance 4. The Singleton bound for such a code is 144 words, so 100 is
close to it; and its words must also balance 14 values on all 60 tables. Whether such a
plan exists for these draws is not known: none was found, and none was proven
impossible.
"""

from __future__ import annotations

import itertools
import math
import random
import time
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

# Search settings (chosen by the benchmark; see the module text).
_W_REP_SEARCH = 10.0  # repeat weight when starting from a construction (100 and 30 did worse)
_T_SCALE = 1.0  # temperature scale when starting from a construction
_WIDE = True  # targeted moves: the best exchange for a member in conflict (with tabu)
_OSC = 1.0  # share of W_EXCESS at the start of a cycle (1: no oscillation)
_DOUBLE_SHARE = 0.1  # share of pair exchanges (a swap repaired by a second one)
_RELABEL_ONLY = 0.0  # share of the budget spent only renaming members (keeps meetings)
_TABU = True  # the tabu search first (see _tabu_search)
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
    )


# ------------------------------------------------------- known resolvable designs


def _gf2_subspaces(k: int, j: int) -> list[int]:
    """All j-dimensional subspaces of GF(2)^k, each as a bitmask of its nonzero vectors."""
    seen: set[int] = set()
    out: list[int] = []
    for basis in itertools.combinations(range(1, 2**k), j):
        span = {0}
        for b in basis:
            span |= {x ^ b for x in span}
        if len(span) != 2**j:
            continue
        mask = 0
        for x in span:
            if x:
                mask |= 1 << x
        if mask not in seen:
            seen.add(mask)
            out.append(mask)
    return out


def _disjoint_family(items: list[int], want: int, rng: random.Random, budget: int = 200_000) -> list[int] | None:
    """``want`` pairwise disjoint bitmasks from ``items`` (randomised backtracking)."""
    order = list(items)
    rng.shuffle(order)
    nodes = 0

    def search(start: int, used: int, chosen: list[int]) -> list[int] | None:
        nonlocal nodes
        if len(chosen) == want:
            return list(chosen)
        for idx in range(start, len(order)):
            nodes += 1
            if nodes > budget:
                return None
            m = order[idx]
            if m & used:
                continue
            if len(order) - idx < want - len(chosen):
                return None
            chosen.append(m)
            found = search(idx + 1, used | m, chosen)
            if found is not None:
                return found
            chosen.pop()
        return None

    return search(0, 0, [])


def _affine_gf2(n: int, t_count: int, rounds: int, rng: random.Random) -> list[list[int]] | None:
    k = n.bit_length() - 1
    size = n // t_count
    if n != 2**k or size * t_count != n or size < 2 or size & (size - 1) or k > 6:
        return None
    j = size.bit_length() - 1
    if rounds * (size - 1) > n - 1:
        return None
    family = _disjoint_family(_gf2_subspaces(k, j), rounds, rng)
    if family is None:
        return None
    plan: list[list[int]] = []
    for mask in family:
        sub = [x for x in range(1, n) if mask >> x & 1] + [0]
        table_of: dict[int, int] = {}
        plan_r = [-1] * n
        for x in range(n):
            if plan_r[x] >= 0:
                continue
            t = len(table_of)
            table_of[x] = t
            for w in sub:
                plan_r[x ^ w] = t
        plan.append(plan_r)
    return plan


def _projective_gf2(n: int, t_count: int, rounds: int, rng: random.Random) -> list[list[int]] | None:
    """Spreads of lines of PG(k−1, 2): points are the nonzero vectors of GF(2)^k (n = 2^k − 1)."""
    k = (n + 1).bit_length() - 1
    if n + 1 != 2**k or t_count * 3 != n or k % 2 or k > 6:
        return None
    if rounds * 2 > n - 1:
        return None
    lines: list[tuple[int, int, int]] = sorted(
        {tuple(sorted((a, b, a ^ b))) for a in range(1, n + 1) for b in range(a + 1, n + 1)}  # type: ignore[misc]
    )
    line_index = {ln: i for i, ln in enumerate(lines)}
    by_point: dict[int, list[tuple[int, int, int]]] = {p: [ln for ln in lines if p in ln] for p in range(1, n + 1)}
    spreads: list[int] = []  # bitmask over line indices

    def find_spreads(covered: int, chosen: list[int]) -> None:
        if len(spreads) > 5000:
            return
        if len(chosen) == t_count:
            mask = 0
            for li in chosen:
                mask |= 1 << li
            spreads.append(mask)
            return
        p = next(q for q in range(1, n + 1) if not covered >> q & 1)
        for ln in by_point[p]:
            if any(covered >> q & 1 for q in ln):
                continue
            chosen.append(line_index[ln])
            find_spreads(covered | (1 << ln[0]) | (1 << ln[1]) | (1 << ln[2]), chosen)
            chosen.pop()

    find_spreads(0, [])
    family = _disjoint_family(spreads, rounds, rng)
    if family is None:
        return None
    plan: list[list[int]] = []
    for mask in family:
        plan_r = [-1] * n
        chosen = [lines[i] for i in range(len(lines)) if mask >> i & 1]
        for t, ln in enumerate(chosen):
            for p in ln:
                plan_r[p - 1] = t
        plan.append(plan_r)
    return plan


def _affine_plane(n: int, t_count: int, rounds: int) -> list[list[int]] | None:
    """The parallel classes of AG(2, p) for a prime p (n = p², tables of p, ≤ p + 1 rounds)."""
    p = t_count
    if p < 2 or p * p != n or rounds > p + 1 or any(p % d == 0 for d in range(2, int(p**0.5) + 1)):
        return None
    plan: list[list[int]] = []
    for slope in range(p + 1):
        plan_r = [0] * n
        for x in range(p):
            for y in range(p):
                plan_r[x * p + y] = x if slope == p else (y - slope * x) % p
        plan.append(plan_r)
    return plan[:rounds]


def _row_shift(n: int, t_count: int, rounds: int, rng: random.Random, budget: int = 60_000) -> list[list[int]] | None:
    """Members on a grid of ⌈n/T⌉ rows × T columns; in round k the member in row i,
    column j sits at table (j + σ_k(i)) mod T. Two members of one row never meet; two of
    rows i ≠ i' meet in round k only if their columns differ by σ_k(i') − σ_k(i), so
    when these differences are distinct over the rounds for every pair of rows, nobody
    meets anyone twice. The shifts σ are found by a small randomised backtracking
    (a partial difference matrix over Z_T). Each table takes one member from each row,
    so rows of similar members give tables that mirror the assembly."""
    rows = -(-n // t_count)
    if rounds < 1 or rows > t_count or rounds > t_count:
        return None
    sig = [[0] * rows for _ in range(rounds)]
    order = [(k, i) for k in range(1, rounds) for i in range(1, rows)]
    used = {(k, m): {0} for k in range(rounds) for m in range(k)}
    nodes = 0

    def search(pos: int) -> bool:
        nonlocal nodes
        if pos == len(order):
            return True
        k, i = order[pos]
        values = list(range(t_count))
        rng.shuffle(values)
        for v in values:
            nodes += 1
            if nodes > budget:
                return False
            diffs = [(v - sig[m][i]) % t_count for m in range(k)]
            if any(d in used[(k, m)] for m, d in enumerate(diffs)):
                continue
            sig[k][i] = v
            for m, d in enumerate(diffs):
                used[(k, m)].add(d)
            if search(pos + 1):
                return True
            for m, d in enumerate(diffs):
                used[(k, m)].discard(d)
        return False

    if not search(0):
        return None
    return [[(p % t_count + sig[k][p // t_count]) % t_count for p in range(n)] for k in range(rounds)]


def known_design(n: int, t_count: int, rounds: int, seed: int = 0) -> tuple[str, list[list[int]]] | None:
    """A schedule with no repeated encounter from a known construction, if the numbers fit."""
    rng = random.Random(seed)
    for name, build in (
        ("affine GF(2) cosets", lambda: _affine_gf2(n, t_count, rounds, rng)),
        ("PG(k-1,2) line spreads", lambda: _projective_gf2(n, t_count, rounds, rng)),
        ("affine plane AG(2,p)", lambda: _affine_plane(n, t_count, rounds)),
        ("row-shift difference design", lambda: _row_shift(n, t_count, rounds, rng)),
    ):
        plan = build()
        if plan is not None and len(plan) == rounds:
            return name, plan
    return None


# ------------------------------------------------------------------- the search


class _State:
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


def _initial_plan(problem: SeatingProblem, rng: random.Random) -> list[list[int]]:
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


def _member_in_violation(state: _State, r: int, rand: Callable[[], float], movable: set[int]) -> int:
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


_TENURE = (3, 12)  # tabu tenure: a random number of steps in [low, low + span)
_P_RELABEL = 0.5  # share of the steps (while some count is outside ±1) that rename two members
_PICKS = 16  # members in conflict whose exchanges one step looks at
_STALL = 500  # steps without a better plan before the search is shaken up
_LAMBDA = (1.0, 0.05, 50.0)  # weight of a count outside ±1, in repeats: start, least, most


@dataclass
class _TabuOutcome:
    best_plan: list[list[int]]
    best_cost: float  # the full cost (``_State.cost``) of the best plan
    best_hard: bool  # the best plan keeps every hard rule and repeats nothing
    steps: int
    stopped_by: str  # "target", "iterations", "time limit", "no ±1"


def _tabu_search(
    state: _State,
    movable: dict[int, list[int]],
    rng: random.Random,
    max_steps: int,
    deadline: float,
    should_stop: Callable[[], bool] | None,
    progress: ProgressFn | None,
    step_cost: int,
    total_iterations: int,
    relabel: list[int],
) -> _TabuOutcome:
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
        return _TabuOutcome([list(p) for p in plan], state.cost, state.hard_ok() and state.rep == 0, 0, "iterations")
    state.start_tracking()
    lam, lam_min, lam_max = _LAMBDA
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
    t_low, t_span = _TENURE
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
        if step - max(last_best, last_shake) > _STALL:
            shake()
            last_shake = step
            continue
        if viol and relabel and rand() < _P_RELABEL:
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
        for _pick in range(_PICKS):
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
    return _TabuOutcome(best_plan, best_cost, best_hard, step, stopped_by)


def optimise(
    problem: SeatingProblem,
    *,
    seed: int = 0,
    time_limit: float = 30.0,
    max_iterations: int | None = None,
    progress: ProgressFn | None = None,
    should_stop: Callable[[], bool] | None = None,
    use_designs: bool = True,
    _relabel_first: bool = False,
    _best_partner: bool = True,
) -> SeatingResult:
    """Plan the seating; see the module text for the method."""
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
    if plan is None and plain and problem.present is None and problem.n_categories and _relabel_first:
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
        )
        plan = first.plan
        construction = first.construction or "search without categories"
        relabel_phase = 1
    if plan is None:
        plan = _initial_plan(problem, rng)
    free_rounds = [r for r in range(rounds) if r not in problem.fixed]
    state = _State(problem, plan, free_rounds)

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
        relabel_phase = int(max_iterations * _RELABEL_ONLY) if relabel_ok else 0
    t_start, t_end = 8.0, 0.05
    if from_design:  # the temperatures follow the weight of a repeat
        t_start, t_end = t_start * _T_SCALE, t_end * _T_SCALE

    best_cost = state.cost
    best_plan = [list(p) for p in plan]
    best_hard = state.hard_ok() and state.rep == 0
    last_improvement = 0
    stopped_by = "iterations"
    it = 0
    temperature = t_start
    w_exc = W_EXCESS
    ratio = math.log(t_end / t_start)
    active_rounds = [r for r in free_rounds if len(movable[r]) >= 1 and t_count > 1]
    if not active_rounds or t_count < 2 or n < 2:
        max_iterations = 0

    rand = rng.random
    best_partner = problem.n_categories > 0 and _best_partner
    w_rep = _W_REP_SEARCH if from_design else W_REPEAT
    double_ok = problem.n_categories > 0 and _DOUBLE_SHARE > 0
    tabu: dict[tuple[int, int, int], int] = {}
    tenure = 10 + n // 5
    meet = state.meet
    cells = state.cells
    exp = math.exp
    if max_iterations and _TABU:
        # first the tabu search; the annealing takes what is left of the budget when
        # the tabu search cannot bring every table within ±1
        # one step of the tabu search looks at some _PICKS × (members of other tables)
        # exchanges; it counts for about an eighth of that many iterations of the budget
        seated = sum(len(movable[r]) for r in active_rounds) / len(active_rounds)
        step_cost = max(1, int(_PICKS * seated * (t_count - 1) / t_count / 8))
        outcome = _tabu_search(
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
        )
        it = outcome.steps * step_cost
        best_plan, best_cost, best_hard = outcome.best_plan, outcome.best_cost, outcome.best_hard
        last_improvement = it
        if outcome.stopped_by != "no ±1":
            stopped_by = outcome.stopped_by
            max_iterations = it
        state.recompute()
    while it < max_iterations:
        if it & 255 == 0:
            k = it % cycle
            temperature = t_start * exp(ratio * k / cycle)
            # optional strategic oscillation: crossing the ±1 line is cheaper early in a
            # cycle and costs the full weight at its end
            w_exc = W_EXCESS * (_OSC + (1 - _OSC) * (k / cycle) ** 2)
            if should_stop is not None and should_stop():
                raise OptimisationCancelled()
            if time.perf_counter() - started > time_limit:
                stopped_by = "time limit"
                break
            if it & 8191 == 0:
                if progress is not None:
                    progress(it, max_iterations, f"repeats {state.rep}, deviation {state.l1:.1f}")
                state.recompute()
            if best_hard and it - last_improvement > patience:
                stopped_by = "target"
                break
        it += 1
        r = active_rounds[int(rand() * len(active_rounds))]
        plan_r = plan[r]
        roll = rand()
        if it < relabel_phase:
            roll = 0.2  # only exchanges that keep the meetings
        if roll < 0.08 and uneven[r]:
            # shift one member from a full table to a table with a free seat
            tabs = state.tables[r]
            sizes = [len(tab) for tab in tabs]
            hi, lo = max(sizes), min(sizes)
            if hi == lo:
                continue
            a = movable[r][int(rand() * len(movable[r]))]
            t1 = plan_r[a]
            if sizes[t1] != hi:
                continue
            candidates = [t for t in range(t_count) if sizes[t] == lo]
            t2 = candidates[int(rand() * len(candidates))]
            before = state.search_cost(w_exc, w_rep)
            state.move(r, a, t2)
            delta = state.search_cost(w_exc, w_rep) - before
            if delta <= 0 or rand() < exp(-delta / temperature):
                mov_tab[r][t1].remove(a)
                mov_tab[r][t2].append(a)
            else:
                state.move(r, a, t1)
                continue
        elif roll < 0.12 and groups_by_round[r]:
            gs = groups_by_round[r]
            group = gs[int(rand() * len(gs))]
            t1 = plan_r[group[0]]
            t2 = int(rand() * (t_count - 1))
            if t2 >= t1:
                t2 += 1
            partners = list(mov_tab[r][t2])
            if len(partners) < len(group):
                continue
            rng.shuffle(partners)
            partners = partners[: len(group)]
            before = state.search_cost(w_exc, w_rep)
            for i in group:
                state.move(r, i, t2)
            for b in partners:
                state.move(r, b, t1)
            delta = state.search_cost(w_exc, w_rep) - before
            if delta <= 0 or rand() < exp(-delta / temperature):
                for b in partners:
                    mov_tab[r][t2].remove(b)
                    mov_tab[r][t1].append(b)
            else:
                for b in partners:
                    state.move(r, b, t2)
                for i in group:
                    state.move(r, i, t1)
                continue
        elif roll < 0.4 and relabel_ok:
            # exchange two members in every round: repeats stay as they are (the
            # meetings are only renamed), only the tables' compositions change
            a = relabel[int(rand() * len(relabel))]
            b = relabel[int(rand() * len(relabel))]
            if a == b or cells[a] == cells[b]:
                continue
            d_l1 = d_exc = 0.0
            for rr in free_rounds:
                ta, tb = plan[rr][a], plan[rr][b]
                if ta != tb:
                    _r, _c, l1, ex, _m = state.swap_delta(rr, a, b, diversity_only=True)
                    d_l1 += l1
                    d_exc += ex
            delta = w_exc * d_exc + W_DIVERSITY * d_l1
            if delta > 0 and rand() >= exp(-delta / temperature):
                continue
            for rr in free_rounds:
                if plan[rr][a] != plan[rr][b]:
                    state.swap_apply(rr, a, b, *state.swap_delta(rr, a, b))
        elif double_ok and rand() < _DOUBLE_SHARE:
            # a swap, repaired by the best second swap between the same two tables: a pair
            # of members changes places with another pair, which can keep the tables'
            # composition where a single swap cannot
            mv = movable[r]
            a = mv[int(rand() * len(mv))]
            t1 = plan_r[a]
            if state.rep:
                for _ in range(6):
                    ma = meet[a]
                    if any(ma[x] > 1 for x in state.tables[r][t1]):
                        break
                    a = mv[int(rand() * len(mv))]
                    t1 = plan_r[a]
            t2 = int(rand() * (t_count - 1))
            if t2 >= t1:
                t2 += 1
            cand = mov_tab[r][t2]
            if not cand:
                continue
            b = cand[int(rand() * len(cand))]
            d1 = state.swap_delta(r, a, b)
            state.swap_apply(r, a, b, *d1)
            total1 = W_CONSTRAINT * d1[1] + w_exc * d1[3] + w_rep * d1[0] + W_DIVERSITY * d1[2] + W_MOVE * d1[4]
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
                    dl = W_CONSTRAINT * dd[1] + w_exc * dd[3] + w_rep * dd[0] + W_DIVERSITY * dd[2] + W_MOVE * dd[4]
                    if dl < best_dl:
                        best_dl, pick, best_dd = dl, (c, d), dd
            total = total1 + best_dl
            if pick[0] < 0 or (total > 0 and rand() >= exp(-total / temperature)):
                state.swap_apply(r, a, b, *state.swap_delta(r, a, b))  # undo
                continue
            state.swap_apply(r, pick[0], pick[1], *best_dd)
        else:
            mv = movable[r]
            a = mv[int(rand() * len(mv))]
            t1 = plan_r[a]
            if state.rep and rand() < 0.9:
                # prefer a member who meets someone at this table again
                for _ in range(6):
                    ma = meet[a]
                    if any(ma[x] > 1 for x in state.tables[r][t1]):
                        break
                    a = mv[int(rand() * len(mv))]
                    t1 = plan_r[a]
            t2 = int(rand() * (t_count - 1))
            if t2 >= t1:
                t2 += 1
            cand = mov_tab[r][t2]
            if not cand:
                continue
            wide = _WIDE and state.rep and any(meet[a][x] > 1 for x in state.tables[r][t1])
            if _WIDE and not wide and state.exc > EPS and rand() < 0.5:
                # a member at a table that breaks the ±1 rule, in a value it has too many
                # of (or, if the table has too few of a value, anyone there)
                picked = _member_in_violation(state, r, rand, movable_sets[r])
                if picked >= 0:
                    a = picked
                    t1 = plan_r[a]
                    wide = True
            if wide:
                # a member who meets someone again: look at every table where they would
                # meet nobody a second time, and take the best exchange there (tabu:
                # members do not go straight back to the table they just left)
                delta = math.inf
                b = -1
                deltas = (0, 0.0, 0.0, 0.0, 0)
                ma = meet[a]
                for tt in range(t_count):
                    if tt == t1:
                        continue
                    if state.rep and any(ma[x] > 0 for x in state.tables[r][tt]) and rand() < 0.8:
                        continue
                    for cb_ in mov_tab[r][tt]:
                        if tabu.get((r, cb_, t1), -1) > it or tabu.get((r, a, tt), -1) > it:
                            continue
                        dd = state.swap_delta(r, a, cb_)
                        dl = W_CONSTRAINT * dd[1] + w_exc * dd[3] + w_rep * dd[0] + W_DIVERSITY * dd[2] + W_MOVE * dd[4]
                        dl += rand() * 1e-3
                        if dl < delta:
                            delta, b, deltas = dl, cb_, dd
                if b < 0:
                    continue
                if delta > 0 and rand() >= exp(-delta / temperature):
                    continue
                tabu[(r, a, t1)] = it + tenure
                tabu[(r, b, plan_r[b])] = it + tenure
                state.swap_apply(r, a, b, *deltas)
                cost = state.cost
                if cost < best_cost - 1e-7:
                    best_cost = cost
                    best_plan = [list(p) for p in plan]
                    best_hard = state.hard_ok() and state.rep == 0
                    last_improvement = it
                continue
            if best_partner:
                # the best partner at the other table (most swaps across tables would
                # break the diversity; this looks at the few that keep it)
                delta = math.inf
                b = -1
                deltas = (0, 0.0, 0.0, 0.0, 0)
                for cb_ in cand:
                    dd = state.swap_delta(r, a, cb_)
                    dl = W_CONSTRAINT * dd[1] + w_exc * dd[3] + w_rep * dd[0] + W_DIVERSITY * dd[2] + W_MOVE * dd[4]
                    if dl < delta:
                        delta, b, deltas = dl, cb_, dd
            else:
                b = cand[int(rand() * len(cand))]
                d_rep, d_con, d_l1, d_exc, d_mov = deltas = state.swap_delta(r, a, b)
                delta = W_CONSTRAINT * d_con + w_exc * d_exc + w_rep * d_rep + W_DIVERSITY * d_l1 + W_MOVE * d_mov
            if delta > 0 and rand() >= exp(-delta / temperature):
                continue
            state.swap_apply(r, a, b, *deltas)
        cost = state.cost
        if cost < best_cost - 1e-7:
            best_cost = cost
            best_plan = [list(p) for p in plan]
            best_hard = state.hard_ok() and state.rep == 0
            last_improvement = it

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
