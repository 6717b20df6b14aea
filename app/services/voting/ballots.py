"""Defining a ballot and moving it through its states: draft → open → closed → published."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from app.db import Database
from app.i18n import N_, Term
from app.models import (
    Assembly,
    AssemblyTable,
    Ballot,
    BallotState,
    MeetingDay,
    Recommendation,
    RecommendationStatus,
    utcnow,
)
from app.services import audit
from app.services.errors import NotFound, ServiceError
from app.services.voting._base import (
    CANNOT_CHANGE,
    METHOD_LABELS,
    PAPER_METHODS,
    BallotInfo,
    BallotResult,
    RecommendationChoice,
    _apply_options,
    _ballot,
    _default_options,
    _info,
    _info_of,
    _items_from,
    _language,
    _meta,
    _require_state,
    _settings,
    _validate_common,
)
from app.services.voting.counting import _eligible, _from_sealed, _present
from app.services.voting.papers import _paper_status
from app.services.voting.seal import _seal


def recommendation_choices(db: Database, assembly_id: int) -> list[RecommendationChoice]:
    """Recommendations that can be put to a vote (not merged or withdrawn)."""
    with db.read() as s:
        rows = s.scalars(
            select(Recommendation)
            .where(
                Recommendation.assembly_id == assembly_id,
                Recommendation.status.in_([RecommendationStatus.DRAFT, RecommendationStatus.FINAL]),
            )
            .order_by(Recommendation.position, Recommendation.code)
        ).all()
        return [RecommendationChoice(r.id, r.code, r.title, r.status) for r in rows]


@dataclass(frozen=True)
class TableChoice:
    id: int
    number: int
    name: str


def table_choices(db: Database, assembly_id: int) -> list[TableChoice]:
    """The assembly's tables, for counts per table."""
    with db.read() as s:
        rows = s.scalars(
            select(AssemblyTable).where(AssemblyTable.assembly_id == assembly_id).order_by(AssemblyTable.number)
        ).all()
        return [TableChoice(t.id, t.number, t.name) for t in rows]


def create_ballot(
    db: Database,
    assembly_id: int,
    title: str,
    method: str,
    *,
    recommendation_ids: Sequence[int] = (),
    labels: Sequence[str] = (),
    question: str = "",
    secret: bool = True,
    threshold: float | None = None,
    base: str = "valid",
    show_live: bool = False,
    day_id: int | None = None,
    dots: int = 3,
    cumulative: bool = True,
    double_entry: bool = True,
    option_labels: Mapping[str, str] | None = None,
    support_keys: Iterable[str] | None = None,
    actor: str = "",
) -> BallotInfo:
    """A new draft ballot on the given recommendations (and/or free-text items)."""
    title = title.strip()
    if not title:
        raise ServiceError("A ballot needs a title.")
    _validate_common(method, base, threshold, dots)
    with db.session() as s:
        if s.get(Assembly, assembly_id) is None:
            raise NotFound("No assembly with id {id}.", id=assembly_id)
        if day_id is not None:
            day = s.get(MeetingDay, day_id)
            if day is None or day.assembly_id != assembly_id:
                raise NotFound("No meeting day with id {id}.", id=day_id)
        b = Ballot(
            assembly_id=assembly_id,
            title=title,
            question=question.strip(),
            method=method,
            secret=secret,
            threshold=threshold,
            base=base,
            show_live=show_live,
            day_id=day_id,
            settings={"dots": dots, "cumulative": cumulative, "double_entry": double_entry},
        )
        b.items = _items_from(s, assembly_id, recommendation_ids, labels)
        b.options = _default_options(method, _language(s, assembly_id))
        _apply_options(b, option_labels, support_keys)
        s.add(b)
        s.flush()
        audit.record(s, assembly_id, "ballot", b.id, "created", {"title": title, "method": method}, actor)
        return _info(s, b)


EDITABLE = {
    "title",
    "question",
    "method",
    "secret",
    "threshold",
    "base",
    "show_live",
    "day_id",
    "dots",
    "cumulative",
    "double_entry",
    "recommendation_ids",
    "labels",
    "option_labels",
    "support_keys",
}


def update_ballot(db: Database, ballot_id: int, actor: str = "", **fields: Any) -> BallotInfo:
    """Change a draft ballot. ``show_live`` may also change while it is open."""
    unknown = set(fields) - EDITABLE
    if unknown:
        raise ServiceError("Cannot change {fields} of a ballot.", fields=", ".join(sorted(unknown)))
    with db.session() as s:
        b = _ballot(s, ballot_id)
        if set(fields) - {"show_live"}:
            _require_state(b, BallotState.DRAFT, refusal=CANNOT_CHANGE)
        else:
            _require_state(b, BallotState.DRAFT, BallotState.OPEN, refusal=CANNOT_CHANGE)
        settings = _settings(b)
        method = fields.get("method", b.method)
        base = fields.get("base", b.base)
        threshold = fields.get("threshold", b.threshold)
        dots = int(fields.get("dots", settings.get("dots", 3)))
        _validate_common(method, base, threshold, dots)
        if "title" in fields:
            title = str(fields["title"]).strip()
            if not title:
                raise ServiceError("A ballot needs a title.")
            b.title = title
        if "question" in fields:
            b.question = str(fields["question"]).strip()
        for key in ("secret", "show_live"):
            if key in fields:
                setattr(b, key, bool(fields[key]))
        if "day_id" in fields:
            day_id = fields["day_id"]
            if day_id is not None:
                day = s.get(MeetingDay, day_id)
                if day is None or day.assembly_id != b.assembly_id:
                    raise NotFound("No meeting day with id {id}.", id=day_id)
            b.day_id = day_id
        b.base = base
        b.threshold = threshold
        if method != b.method:
            b.method = method
            b.options = _default_options(method, _language(s, b.assembly_id))
        settings["dots"] = dots
        for key in ("cumulative", "double_entry"):
            if key in fields:
                settings[key] = bool(fields[key])
        b.settings = settings
        if "recommendation_ids" in fields or "labels" in fields:
            b.items = _items_from(s, b.assembly_id, fields.get("recommendation_ids", ()), fields.get("labels", ()))
        _apply_options(b, fields.get("option_labels"), fields.get("support_keys"))
        s.flush()
        audit.record(
            s, b.assembly_id, "ballot", b.id, "updated", {k: repr(v) for k, v in sorted(fields.items())}, actor
        )
        return _info(s, b)


def delete_ballot(db: Database, ballot_id: int, actor: str = "") -> None:
    """Delete a draft ballot (an open or closed one is kept for the record)."""
    with db.session() as s:
        b = _ballot(s, ballot_id)
        _require_state(
            b,
            BallotState.DRAFT,
            refusal=N_("Cannot delete the ballot: ballot “{title}” is {state} (it must be {allowed})."),
        )
        audit.record(s, b.assembly_id, "ballot", b.id, "deleted", {"title": b.title}, actor)
        s.delete(b)


def get_ballot(db: Database, ballot_id: int) -> BallotInfo:
    with db.read() as s:
        return _info_of(_meta(s, ballot_id))


def list_ballots(db: Database, assembly_id: int) -> list[BallotInfo]:
    with db.read() as s:
        ids = s.scalars(select(Ballot.id).where(Ballot.assembly_id == assembly_id).order_by(Ballot.id)).all()
        return [_info_of(_meta(s, i)) for i in ids]


# ------------------------------------------------------------------------- states


def open_ballot(db: Database, ballot_id: int, actor: str = "") -> BallotInfo:
    with db.session() as s:
        b = _ballot(s, ballot_id)
        _require_state(
            b,
            BallotState.DRAFT,
            refusal=N_("Cannot open the ballot: ballot “{title}” is {state} (it must be {allowed})."),
        )
        if not b.items:
            raise ServiceError("Ballot “{title}” has nothing to vote on: add recommendations first.", title=b.title)
        if b.method in PAPER_METHODS and len(b.items) < 2:
            raise ServiceError(
                "{method} needs at least two items to choose between.",
                method=Term(METHOD_LABELS[b.method], "voting method"),
            )
        b.state = BallotState.OPEN
        b.opened_at = utcnow()
        audit.record(s, b.assembly_id, "ballot", b.id, "opened", {"title": b.title}, actor)
        return _info(s, b)


def close_ballot(db: Database, ballot_id: int, *, force: bool = False, actor: str = "") -> BallotResult:
    """Close an open ballot and seal its result.

    Refuses while typed papers are unresolved (typed once, or entries that disagree),
    unless ``force`` – then those papers are left out of the count.
    """
    with db.session() as s:
        b = _ballot(s, ballot_id)
        _require_state(
            b,
            BallotState.OPEN,
            refusal=N_("Cannot close the ballot: ballot “{title}” is {state} (it must be {allowed})."),
        )
        status = _paper_status(s, b)
        if not force and (status.waiting or status.mismatches):
            disagree = ", ".join(str(m.paper_number) for m in status.mismatches)
            once = ", ".join(str(n) for n in status.waiting)
            if disagree and once:
                raise ServiceError(
                    "Cannot close yet: entries disagree on paper {disagree}; paper {once} typed only once.",
                    disagree=disagree,
                    once=once,
                )
            if disagree:
                raise ServiceError("Cannot close yet: entries disagree on paper {disagree}.", disagree=disagree)
            raise ServiceError("Cannot close yet: paper {once} typed only once.", once=once)
        b.present_count = _present(s, b)
        b.eligible_count = _eligible(s, b.assembly_id)
        b.state = BallotState.CLOSED
        b.closed_at = utcnow()
        _seal(s, b)
        audit.record(
            s,
            b.assembly_id,
            "ballot",
            b.id,
            "closed",
            {"checksum": b.checksum, "left_out": [m.paper_number for m in status.mismatches] + status.waiting},
            actor,
        )
        return _from_sealed(b)


def seal_ballot(db: Database, ballot_id: int, actor: str = "") -> BallotResult:
    """Seal a closed ballot that has no sealed result yet (e.g. one built by the demo)."""
    with db.session() as s:
        b = _ballot(s, ballot_id)
        _require_state(
            b,
            BallotState.CLOSED,
            BallotState.PUBLISHED,
            refusal=N_("Cannot seal the result: ballot “{title}” is {state} (it must be {allowed})."),
        )
        if b.checksum is not None:
            raise ServiceError("Ballot “{title}” is already sealed.", title=b.title)
        if b.present_count is None:
            b.present_count = _present(s, b)
        if b.eligible_count is None:
            b.eligible_count = _eligible(s, b.assembly_id)
        if b.closed_at is None:
            b.closed_at = utcnow()
        _seal(s, b)
        audit.record(s, b.assembly_id, "ballot", b.id, "sealed", {"checksum": b.checksum}, actor)
        return _from_sealed(b)


def publish_ballot(db: Database, ballot_id: int, actor: str = "") -> BallotInfo:
    with db.session() as s:
        b = _ballot(s, ballot_id)
        _require_state(
            b,
            BallotState.CLOSED,
            refusal=N_("Cannot publish the result: ballot “{title}” is {state} (it must be {allowed})."),
        )
        if b.checksum is None:
            b.present_count = b.present_count if b.present_count is not None else _present(s, b)
            b.eligible_count = b.eligible_count if b.eligible_count is not None else _eligible(s, b.assembly_id)
            _seal(s, b)
        b.state = BallotState.PUBLISHED
        b.published_at = utcnow()
        b.revealed = True
        audit.record(s, b.assembly_id, "ballot", b.id, "published", {"checksum": b.checksum}, actor)
        return _info(s, b)


def set_revealed(db: Database, ballot_id: int, revealed: bool = True, actor: str = "") -> BallotInfo:
    """Show (or hide again) the results on the projector."""
    with db.session() as s:
        b = _ballot(s, ballot_id)
        _require_state(
            b,
            BallotState.OPEN,
            BallotState.CLOSED,
            BallotState.PUBLISHED,
            refusal=N_("Cannot reveal the result: ballot “{title}” is {state} (it must be {allowed})."),
        )
        if b.state == BallotState.PUBLISHED and not revealed:
            raise ServiceError("A published result stays visible.")
        b.revealed = revealed
        audit.record(s, b.assembly_id, "ballot", b.id, "revealed" if revealed else "hidden", {}, actor)
        return _info(s, b)
