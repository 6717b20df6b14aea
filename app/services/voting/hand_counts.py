"""Hand counts: totals per option, for the whole room or per table."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from app.db import Database
from app.i18n import N_
from app.models import (
    AssemblyTable,
    Ballot,
    BallotState,
    HandCount,
)
from app.services import audit
from app.services.errors import NotFound, ServiceError
from app.services.voting._base import HandCountCheck, TooManyVotes, _ballot, _Meta, _require_state
from app.services.voting.counting import _hand_totals, _paper_count, _present

# ------------------------------------------------------------------- hand counts


def set_hand_count(
    db: Database,
    ballot_id: int,
    counts: Mapping[int, Mapping[str, int]],
    *,
    table_id: int | None = None,
    force: bool = False,
    entered_by: str = "",
) -> list[HandCountCheck]:
    """Store the hand count (item id -> option key -> number), in total or for one table.

    Replaces the earlier count of the same table (or the earlier total). Refuses when an
    item's counts add up to more than the members present, unless ``force``.
    """
    with db.session() as s:
        b = _ballot(s, ballot_id)
        _require_state(
            b,
            BallotState.OPEN,
            refusal=N_("Cannot enter a hand count: ballot “{title}” is {state} (it must be {allowed})."),
        )
        if b.method == "ranking":
            raise ServiceError("A ranking cannot be counted by hand; type the papers instead.")
        if table_id is not None:
            table = s.get(AssemblyTable, table_id)
            if table is None or table.assembly_id != b.assembly_id:
                raise NotFound("No table with id {id}.", id=table_id)
        items = {i.id: i for i in b.items}
        options = {o.key: o for o in b.options}
        for item_id, per_option in counts.items():
            if item_id not in items:
                raise ServiceError("Ballot “{title}” has no item {items}.", title=b.title, items=item_id)
            for key, n in per_option.items():
                if key not in options:
                    raise ServiceError("“{value}” is not an option of ballot “{title}”.", value=key, title=b.title)
                if int(n) < 0:
                    raise ServiceError("A count cannot be negative.")
        existing = s.scalars(select(HandCount).where(HandCount.ballot_id == b.id)).all()
        if table_id is None and any(h.table_id is not None for h in existing):
            raise ServiceError("This ballot is counted per table; enter each table's count (or clear them first).")
        if table_id is not None and any(h.table_id is None for h in existing):
            raise ServiceError("This ballot already has a total count; per-table counts would count twice.")
        s.execute(
            delete(HandCount).where(
                HandCount.ballot_id == b.id,
                HandCount.table_id.is_(None) if table_id is None else HandCount.table_id == table_id,
            )
        )
        for item_id, per_option in counts.items():
            for key, n in per_option.items():
                if int(n):
                    s.add(
                        HandCount(
                            ballot_id=b.id,
                            item_id=item_id,
                            option_id=options[key].id,
                            table_id=table_id,
                            count=int(n),
                            entered_by=entered_by,
                        )
                    )
        s.flush()
        checks = _hand_checks(s, b)
        over = [c for c in checks if c.over]
        if over and not force:
            c = over[0]
            raise TooManyVotes(
                "The counts add up to {total} votes on “{item}”, but only {present} members are present."
                " Check the numbers (or save anyway).",
                total=c.total,
                item=items[c.item_id].label,
                present=c.present,
            )
        audit.record(
            s,
            b.assembly_id,
            "ballot",
            b.id,
            "hand count",
            {"table_id": table_id, "counts": {str(k): dict(v) for k, v in counts.items()}},
            entered_by,
        )
        return checks


def _hand_checks(s: Session, b: Ballot | _Meta) -> list[HandCountCheck]:
    present = _present(s, b)
    totals = _hand_totals(s, b)
    papers = _paper_count(s, b)
    checks = []
    for item in b.items:
        total = sum(totals.get(item.id, {}).values()) + papers
        checks.append(HandCountCheck(item.id, total, present, total > present))
    return checks


def hand_counts(db: Database, ballot_id: int, table_id: int | None = None) -> dict[int, dict[str, int]]:
    """The hand count of one table (or the total count): item id -> option key -> number."""
    with db.read() as s:
        b = _ballot(s, ballot_id)
        keys = {o.id: o.key for o in b.options}
        q = select(HandCount).where(HandCount.ballot_id == b.id)
        q = q.where(HandCount.table_id.is_(None) if table_id is None else HandCount.table_id == table_id)
        out: dict[int, dict[str, int]] = defaultdict(dict)
        for h in s.scalars(q):
            out[h.item_id][keys[h.option_id]] = h.count
        return dict(out)
