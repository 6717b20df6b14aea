"""Known resolvable designs: schedules in which nobody meets anyone twice, from finite
geometry and a row-shift difference construction (see the package text)."""

from __future__ import annotations

import itertools
import random


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
