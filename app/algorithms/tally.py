"""Counting votes: pure functions, no database, so every method can be tested exhaustively.

The methods and what they count:

- **option methods** (yes/no/abstain, the support scale): each item gets one option key per
  paper (or a hand count per option). ``None`` or a blank option (abstain, blank) is a
  *blank* vote; a spoilt paper is *spoilt*; everything else is *valid*.
- **approval**: a paper ticks any number of items. A paper that ticks nothing is blank.
- **dots**: a paper spreads at most N dots over the items (several on one item only when
  the ballot is cumulative). A paper with no dots is blank.
- **ranking**: a paper gives ranks 1, 2, … to items (equal ranks allowed, unranked items
  come last). The winner order is Schulze's; Borda points are shown beside it
  (an item scores one point for every item it is ranked strictly above on a paper).

Support shares use the ballot's **percentage base**: ``valid`` (valid votes on the item),
``cast`` (valid + blank + spoilt), ``present`` (members present) or ``members`` (all
active members). A share meets the threshold when it is at least the threshold.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TypeVar

from app.i18n import Message

BASES = ("valid", "cast", "present", "members")
EPSILON = 1e-9

K = TypeVar("K", bound=Hashable)


@dataclass(frozen=True)
class Option:
    key: str
    counts_as_support: bool = False
    is_blank: bool = False


@dataclass(frozen=True)
class ItemTally:
    """The count of one item (or, for approval/dots/ranking, one alternative)."""

    counts: dict[str, int]
    valid: int
    blank: int
    spoilt: int
    support: int | None = None  # votes counting as support (option methods, approval)
    scores: dict[str, float] = field(default_factory=dict)

    @property
    def cast(self) -> int:
        return self.valid + self.blank + self.spoilt


# ----------------------------------------------------------------- shares and thresholds


def base_size(base: str, *, valid: int, cast: int, present: int, eligible: int) -> int:
    """The number a support share is divided by."""
    if base == "valid":
        return valid
    if base == "cast":
        return cast
    if base == "present":
        return present
    if base == "members":
        return eligible
    raise ValueError(f"unknown percentage base {base!r}")


def support_share(support: int, base: str, *, valid: int, cast: int, present: int, eligible: int) -> float | None:
    """``support`` as a share of the base; None when the base is zero."""
    size = base_size(base, valid=valid, cast=cast, present=present, eligible=eligible)
    if size <= 0:
        return None
    return support / size


def adopted(share: float | None, threshold: float | None) -> bool | None:
    """Whether a share reaches the threshold (None without a threshold; no share → not adopted)."""
    if threshold is None:
        return None
    if share is None:
        return False
    return share + EPSILON >= threshold


# ------------------------------------------------------------------------ option methods


def tally_options(options: Sequence[Option], choices: Mapping[str | None, int], spoilt: int = 0) -> ItemTally:
    """Count one item of an option method.

    ``choices`` maps an option key (or None for an empty choice) to how many papers or
    hand-counted votes chose it. Unknown keys raise ``ValueError``.
    """
    by_key = {o.key: o for o in options}
    counts = {o.key: 0 for o in options}
    valid = blank = support = 0
    for key, n in choices.items():
        if n < 0:
            raise ValueError("a count cannot be negative")
        if key is None or key == "":
            blank += n
            continue
        option = by_key.get(key)
        if option is None:
            raise ValueError(f"unknown option {key!r}")
        counts[key] += n
        if option.is_blank:
            blank += n
        else:
            valid += n
            if option.counts_as_support:
                support += n
    return ItemTally(counts=counts, valid=valid, blank=blank, spoilt=spoilt, support=support)


# ------------------------------------------------------------------------------ ranks


def competition_ranks(scores: Mapping[K, float]) -> dict[K, int]:
    """1-based ranks, highest score first; equal scores share a rank ("1, 1, 3")."""
    ordered = sorted(scores.values(), reverse=True)
    return {k: 1 + sum(1 for s in ordered if s > v + EPSILON) for k, v in scores.items()}


def ranks_from_tiers(tiers: Sequence[Sequence[K]]) -> dict[K, int]:
    """Ranks from an order with ties (a list of tiers): tied items share a rank."""
    ranks: dict[K, int] = {}
    position = 1
    for tier in tiers:
        for k in tier:
            ranks[k] = position
        position += len(tier)
    return ranks


# -------------------------------------------------------------------------- approval


def tally_approval(
    items: Sequence[K], papers: Iterable[Iterable[K]], spoilt: int = 0, extra: Mapping[K, int] | None = None
) -> dict[K, ItemTally]:
    """Approval: each paper is the set of items it ticks; ``extra`` adds hand counts."""
    approvals: Counter[K] = Counter()
    valid = blank = 0
    known = set(items)
    for paper in papers:
        ticked = set(paper)
        if not ticked <= known:
            raise ValueError("a paper ticks an item that is not on the ballot")
        if ticked:
            valid += 1
            approvals.update(ticked)
        else:
            blank += 1
    return approval_from_counts(items, approvals, valid=valid, blank=blank, spoilt=spoilt, extra=extra)


def approval_from_counts(
    items: Sequence[K],
    approvals: Mapping[K, int],
    *,
    valid: int,
    blank: int,
    spoilt: int = 0,
    extra: Mapping[K, int] | None = None,
) -> dict[K, ItemTally]:
    """Approval from running totals (ticks per item, valid and blank papers): what
    ``tally_approval`` counts papers into, and what a live tally adds each paper to."""
    ticks: Counter[K] = Counter({k: approvals.get(k, 0) for k in items})
    for k, n in (extra or {}).items():
        ticks[k] += n
    hand = max((extra or {}).values(), default=0)
    ranks = competition_ranks({k: float(ticks[k]) for k in items})
    return {
        k: ItemTally(
            counts={"approve": ticks[k]},
            valid=valid + hand,
            blank=blank,
            spoilt=spoilt,
            support=ticks[k],
            scores={"rank": float(ranks[k])},
        )
        for k in items
    }


# ------------------------------------------------------------------------------ dots


def dots_problem(paper: Mapping[K, int], dots: int, cumulative: bool) -> Message | None:
    """Why a dot paper is not valid (a translatable ``Message``), or None."""
    if any(n < 0 for n in paper.values()):
        return Message("a number of dots cannot be negative")
    total = sum(paper.values())
    if total > dots:
        return Message("{total} dots given, only {dots} allowed", total=total, dots=dots)
    if not cumulative and any(n > 1 for n in paper.values()):
        return Message("at most one dot per item on this ballot")
    return None


def tally_dots(
    items: Sequence[K],
    papers: Iterable[Mapping[K, int]],
    *,
    dots: int,
    cumulative: bool,
    spoilt: int = 0,
    extra: Mapping[K, int] | None = None,
) -> dict[K, ItemTally]:
    """Dot voting: dots per item; a paper over the limit raises ``ValueError``."""
    totals: Counter[K] = Counter()
    valid = blank = 0
    known = set(items)
    for paper in papers:
        if not set(paper) <= known:
            raise ValueError("a paper gives dots to an item that is not on the ballot")
        problem = dots_problem(paper, dots, cumulative)
        if problem:
            raise ValueError(problem)
        if sum(paper.values()) == 0:
            blank += 1
            continue
        valid += 1
        totals.update({k: n for k, n in paper.items() if n})
    return dots_from_totals(items, totals, valid=valid, blank=blank, spoilt=spoilt, extra=extra)


def dots_from_totals(
    items: Sequence[K],
    totals: Mapping[K, int],
    *,
    valid: int,
    blank: int,
    spoilt: int = 0,
    extra: Mapping[K, int] | None = None,
) -> dict[K, ItemTally]:
    """Dot voting from running totals (dots per item, valid and blank papers)."""
    per_item: Counter[K] = Counter({k: totals.get(k, 0) for k in items})
    for k, n in (extra or {}).items():
        per_item[k] += n
    all_dots = sum(per_item.values())
    ranks = competition_ranks({k: float(per_item[k]) for k in items})
    return {
        k: ItemTally(
            counts={"dots": per_item[k]},
            valid=valid,
            blank=blank,
            spoilt=spoilt,
            support=None,
            scores={"share_of_dots": (per_item[k] / all_dots) if all_dots else 0.0, "rank": float(ranks[k])},
        )
        for k in items
    }


# ---------------------------------------------------------------------------- ranking


def _prefers(paper: Mapping[K, int], a: K, b: K) -> bool:
    """On this paper, is ``a`` ranked strictly above ``b`` (unranked = below every rank)?"""
    ra = paper.get(a)
    rb = paper.get(b)
    if ra is None:
        return False
    return rb is None or ra < rb


def pairwise(items: Sequence[K], papers: Sequence[Mapping[K, int]]) -> dict[tuple[K, K], int]:
    """d[a, b]: the number of papers ranking a strictly above b."""
    d: dict[tuple[K, K], int] = {(a, b): 0 for a in items for b in items if a != b}
    for paper in papers:
        for a in items:
            for b in items:
                if a != b and _prefers(paper, a, b):
                    d[a, b] += 1
    return d


def schulze(items: Sequence[K], papers: Sequence[Mapping[K, int]]) -> list[list[K]]:
    """The Schulze winner order as tiers (items in one tier are tied).

    Strongest paths by winning votes (Floyd–Warshall), then repeatedly take the items
    no remaining item beats.
    """
    d = pairwise(items, papers)
    p: dict[tuple[K, K], int] = {}
    for a in items:
        for b in items:
            if a != b:
                p[a, b] = d[a, b] if d[a, b] > d[b, a] else 0
    for k in items:
        for i in items:
            if i == k:
                continue
            for j in items:
                if j in (i, k):
                    continue
                p[i, j] = max(p[i, j], min(p[i, k], p[k, j]))
    remaining = list(items)
    tiers: list[list[K]] = []
    while remaining:
        tier = [a for a in remaining if not any(p[b, a] > p[a, b] for b in remaining if b != a)]
        if not tier:  # cannot happen (the Schulze relation is transitive); stay safe
            tier = list(remaining)
        tiers.append(tier)
        remaining = [a for a in remaining if a not in tier]
    return tiers


def borda(items: Sequence[K], papers: Sequence[Mapping[K, int]]) -> dict[K, float]:
    """Borda points: one point for every item ranked strictly below on each paper."""
    points = {k: 0.0 for k in items}
    for paper in papers:
        for a in items:
            points[a] += sum(1 for b in items if b != a and _prefers(paper, a, b))
    return points


def ranking_problem(paper: Mapping[K, int], n_items: int) -> Message | None:
    """Why a ranking paper is not valid (a translatable ``Message``), or None (ranks 1..n,
    equal ranks allowed)."""
    for r in paper.values():
        if not 1 <= r <= n_items:
            return Message("rank {rank} is outside 1–{n}", rank=r, n=n_items)
    return None


def tally_ranking(items: Sequence[K], papers: Iterable[Mapping[K, int]], spoilt: int = 0) -> dict[K, ItemTally]:
    """Ranking: Schulze order (``rank``), Borda points and first preferences."""
    known = set(items)
    ranked: list[Mapping[K, int]] = []
    blank = 0
    for paper in papers:
        if not set(paper) <= known:
            raise ValueError("a paper ranks an item that is not on the ballot")
        problem = ranking_problem(paper, len(items))
        if problem:
            raise ValueError(problem)
        if paper:
            ranked.append(paper)
        else:
            blank += 1
    tiers = schulze(items, ranked)
    ranks = ranks_from_tiers(tiers)
    points = borda(items, ranked)
    borda_ranks = competition_ranks(points)
    firsts: Counter[K] = Counter()
    for paper in ranked:
        best = min(paper.values())
        firsts.update(k for k, r in paper.items() if r == best)
    return {
        k: ItemTally(
            counts={"first": firsts[k]},
            valid=len(ranked),
            blank=blank,
            spoilt=spoilt,
            support=None,
            scores={"rank": float(ranks[k]), "borda": points[k], "borda_rank": float(borda_ranks[k])},
        )
        for k in items
    }
