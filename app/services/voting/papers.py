"""Typed paper ballots: double entry (entry 1 and 2 must agree, or a resolution –
entry 0 – decides), their status, and importing a file of papers."""

from __future__ import annotations

import json
import os
from collections import defaultdict
from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.db import Database
from app.i18n import N_
from app.models import (
    Ballot,
    BallotState,
    PaperEntry,
    VoteSource,
)
from app.services import audit
from app.services.errors import ServiceError
from app.services.voting._base import (
    _PAPER_TABLE,
    _VOTE_TABLE,
    CountedPaper,
    Mismatch,
    PapersAlreadyTyped,
    PaperSaved,
    PaperStatus,
    VotesAdded,
    _add_votes,
    _ballot,
    _bulk_insert,
    _check_paper,
    _counted_paper,
    _double_entry,
    _Meta,
    _meta,
    _require_state,
)

# ----------------------------------------------------------------- paper ballots


def enter_paper(
    db: Database,
    ballot_id: int,
    paper_number: int,
    choices: Mapping[str, Any],
    *,
    entry: int = 1,
    spoilt: bool = False,
    entered_by: str = "",
) -> PaperSaved:
    """Store one typing of a paper (entry 1 or 2, or 0 to resolve a mismatch).

    With double entry, a paper is counted when entries 1 and 2 agree, or when a
    resolution is typed. Retyping an entry of a paper that is not counted yet replaces it.
    Committed before it returns: what the screen shows as counted is stored.
    """
    if entry not in (0, 1, 2):
        raise ServiceError("An entry is 1 or 2 (or 0 for a resolution).")
    if paper_number < 1:
        raise ServiceError("Paper numbers start at 1.")
    with db.session() as s:
        b = _meta(s, ballot_id)
        _require_state(
            b, BallotState.OPEN, refusal=N_("Cannot count papers: ballot “{title}” is {state} (it must be {allowed}).")
        )
        normal = _check_paper(b, choices, spoilt)
        rows = {
            e.entry: e
            for e in s.scalars(
                select(PaperEntry).where(PaperEntry.ballot_id == b.id, PaperEntry.paper_number == paper_number)
            )
        }
        if _paper_counted(b, rows):
            raise ServiceError("Paper {number} is already counted.", number=paper_number)
        if entry == 0 and not (1 in rows and 2 in rows):
            raise ServiceError("Paper {number} has no disagreeing entries to resolve.", number=paper_number)
        if entry == 2 and not _double_entry(b):
            raise ServiceError("Ballot “{title}” is typed once only (no second entry).", title=b.title)
        row = rows.get(entry)
        if row is None:
            row = PaperEntry(ballot_id=b.id, paper_number=paper_number, entry=entry)
            s.add(row)
            rows[entry] = row
        row.choices = normal
        row.spoilt = spoilt
        row.entered_by = entered_by
        if entry == 0:
            audit.record(s, b.assembly_id, "ballot", b.id, "paper resolved", {"paper": paper_number}, entered_by)
        counted: tuple[CountedPaper, ...] = ()
        if _paper_counted(b, rows):
            agreed = rows[0] if 0 in rows else rows[1]
            _add_votes(s, b, agreed.choices, agreed.spoilt, paper_number, VoteSource.PAPER)
            counted = (_counted_paper(b, agreed.choices, bool(agreed.spoilt)),)
            outcome = "counted"
        elif 1 in rows and 2 in rows:
            outcome = "mismatch"
        else:
            outcome = "waiting"
        return PaperSaved(paper_number, entry, outcome, VotesAdded(b.id, counted))


def votes_added(detail: object) -> VotesAdded | None:
    """The votes a write added, from what its service call returned (``enter_paper``,
    ``cast_vote``); None when the call says nothing about votes (read everything again)."""
    if isinstance(detail, VotesAdded):
        return detail
    if isinstance(detail, PaperSaved):
        return detail.added
    return None


def _paper_counted(b: Ballot | _Meta, rows: Mapping[int, PaperEntry]) -> bool:
    if 0 in rows:
        return True
    if not _double_entry(b):
        return 1 in rows
    if 1 in rows and 2 in rows:
        return _same(rows[1], rows[2])
    return False


def _same(a: PaperEntry, b: PaperEntry) -> bool:
    return bool(a.spoilt) == bool(b.spoilt) and (a.spoilt or dict(a.choices) == dict(b.choices))


def _paper_status(s: Session, b: Ballot | _Meta) -> PaperStatus:
    by_paper: dict[int, dict[int, PaperEntry]] = defaultdict(dict)
    for e in s.scalars(select(PaperEntry).where(PaperEntry.ballot_id == b.id)):
        by_paper[e.paper_number][e.entry] = e
    agreed = spoilt = 0
    waiting: list[int] = []
    mismatches: list[Mismatch] = []
    for number in sorted(by_paper):
        rows = by_paper[number]
        if _paper_counted(b, rows):
            agreed += 1
            spoilt += bool((rows[0] if 0 in rows else rows[1]).spoilt)
        elif 1 in rows and 2 in rows:
            one, two = rows[1], rows[2]
            if one.spoilt != two.spoilt:
                differ = [i.id for i in b.items]
            else:
                differ = [i.id for i in b.items if one.choices.get(str(i.id)) != two.choices.get(str(i.id))]
            mismatches.append(
                Mismatch(number, dict(one.choices), dict(two.choices), bool(one.spoilt), bool(two.spoilt), differ)
            )
        else:
            waiting.append(number)
    return PaperStatus(agreed, spoilt, waiting, mismatches)


def paper_status(db: Database, ballot_id: int) -> PaperStatus:
    with db.read() as s:
        return _paper_status(s, _ballot(s, ballot_id))


def paper_entry(db: Database, ballot_id: int, paper_number: int, entry: int) -> tuple[dict[str, Any], bool] | None:
    """The choices and spoilt flag of one typing, or None when not typed."""
    with db.read() as s:
        row = s.scalars(
            select(PaperEntry).where(
                PaperEntry.ballot_id == ballot_id, PaperEntry.paper_number == paper_number, PaperEntry.entry == entry
            )
        ).first()
        return (dict(row.choices), bool(row.spoilt)) if row is not None else None


def typed_paper_numbers(db: Database, ballot_id: int) -> set[int]:
    """The numbers of the papers typed in for this ballot (in any entry)."""
    with db.read() as s:
        return set(s.scalars(select(PaperEntry.paper_number).where(PaperEntry.ballot_id == ballot_id)))


def next_paper_number(db: Database, ballot_id: int, entry: int) -> int:
    """The paper number after the highest one typed in this entry."""
    with db.read() as s:
        top = s.scalar(
            select(func.max(PaperEntry.paper_number)).where(
                PaperEntry.ballot_id == ballot_id, PaperEntry.entry == entry
            )
        )
        return int(top or 0) + 1


def import_papers(
    db: Database,
    ballot_id: int,
    papers: Sequence[tuple[int, Mapping[str, Any], bool]],
    *,
    entered_by: str = "import",
) -> int:
    """Count many already-checked papers (paper number, choices, spoilt) in one transaction.

    Used by the CLI import: each paper is stored as an agreed resolution (entry 0), so it
    counts at once. Nothing is stored if any paper is wrong or already typed.
    """
    with db.session() as s:
        b = _meta(s, ballot_id)
        _require_state(
            b, BallotState.OPEN, refusal=N_("Cannot import papers: ballot “{title}” is {state} (it must be {allowed}).")
        )
        taken = set(s.scalars(select(PaperEntry.paper_number).where(PaperEntry.ballot_id == b.id)))
        seen: set[int] = set()
        entries: list[tuple[Any, ...]] = []
        votes: list[tuple[Any, ...]] = []
        number_on_vote = not b.secret
        item_ids = [i.id for i in b.items]
        as_json: dict[Any, str] = {}  # a handful of distinct choices, serialised once

        def dumped(value: Any) -> str:
            key = (type(value), value)
            if key not in as_json:
                as_json[key] = json.dumps(value)
            return as_json[key]

        source = VoteSource.PAPER.value
        # all the random keys at once: 16 random bytes (32 hex digits) each
        pool = os.urandom(16 * len(papers) * (len(item_ids) + 1)).hex()
        next_key = iter(pool[k : k + 32] for k in range(0, len(pool), 32)).__next__
        clashes = sorted({number for number, _choices, _spoilt in papers if number in taken})
        if clashes:
            raise PapersAlreadyTyped(
                "Papers already typed in for this ballot: {numbers}.", numbers=", ".join(map(str, clashes))
            )
        for number, choices, spoilt in papers:
            if number in seen:
                raise ServiceError("Paper {number} is twice in the import.", number=number)
            seen.add(number)
            normal = _check_paper(b, choices, spoilt)
            entries.append((b.id, number, 0, spoilt, json.dumps(normal), entered_by))
            key = next_key()
            on_vote = number if number_on_vote else None
            for item_id in item_ids:
                choice = None if spoilt else normal.get(str(item_id))
                votes.append((next_key(), b.id, item_id, key, source, on_vote, dumped(choice), spoilt))
        votes.sort()  # by the random key: the order of the b-tree, and nothing else
        _bulk_insert(
            s, _PAPER_TABLE, ("ballot_id", "paper_number", "entry", "spoilt", "choices", "entered_by"), entries
        )
        _bulk_insert(
            s,
            _VOTE_TABLE,
            ("id", "ballot_id", "item_id", "ballot_paper", "source", "paper_number", "choice", "spoilt"),
            votes,
        )
        audit.record(s, b.assembly_id, "ballot", b.id, "papers imported", {"papers": len(entries)}, entered_by)
        return len(entries)
