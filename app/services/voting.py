"""Ballots and votes: define a ballot, open/close/publish it, capture votes, tally, seal.

Contract 2 (used by the Reports helper and the demo): ``OptionInfo``, ``ItemResult``,
``BallotResult``, ``ballot_result`` and ``list_results``.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from app.db import Database


@dataclass(frozen=True)
class OptionInfo:
    key: str
    label: str
    counts_as_support: bool
    is_blank: bool


@dataclass(frozen=True)
class ItemResult:
    item_id: int
    recommendation_id: int | None
    code: str
    label: str
    counts: dict[str, int]  # option key -> number (dots: dots; ranking: first preferences)
    valid: int
    blank: int
    spoilt: int
    support_share: float | None  # share of the ballot's base that supports; None if n/a
    adopted: bool | None  # against the threshold; None if no threshold
    rank: int | None  # ranking/dots/approval order (1 = first), else None
    scores: dict[str, float]  # method extras (e.g. Borda points); may be empty


@dataclass(frozen=True)
class BallotResult:
    id: int
    title: str
    question: str
    method: str
    secret: bool
    state: str
    threshold: float | None
    base: str
    eligible: int
    present: int
    cast: int
    options: list[OptionInfo]
    items: list[ItemResult]
    checksum: str | None
    day_id: int | None


def ballot_result(db: Database, ballot_id: int) -> BallotResult:
    """The result of one ballot: the sealed result when closed, else tallied now."""
    raise NotImplementedError


def list_results(
    db: Database, assembly_id: int, *, states: Iterable[str] = ("closed", "published")
) -> list[BallotResult]:
    """Results of the assembly's ballots in the given states, oldest first."""
    raise NotImplementedError
