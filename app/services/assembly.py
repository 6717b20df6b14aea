"""The assembly itself: create, read, edit, and the Overview's figures."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import func, select

from app.db import Database
from app.i18n import LANGUAGES
from app.models import (
    AgendaItem,
    Assembly,
    AssemblyTable,
    Ballot,
    BallotState,
    MeetingDay,
    Member,
    MemberStatus,
    Recommendation,
    RecommendationStatus,
    Respondent,
)
from app.services import audit
from app.services.errors import NotFound, ServiceError, get_or_raise


@dataclass(frozen=True)
class AssemblyInfo:
    id: int
    name: str
    commissioning_body: str
    remit: str
    language: str
    support_threshold: float
    town: str
    description: str


@dataclass(frozen=True)
class DayInfo:
    id: int
    number: int
    date: dt.date
    title: str
    venue: str
    start_time: dt.time
    end_time: dt.time


@dataclass(frozen=True)
class NextItem:
    day_number: int
    date: dt.date
    start: dt.time
    title: str
    kind: str


@dataclass(frozen=True)
class Overview:
    assembly: AssemblyInfo
    days: list[DayInfo]
    members_active: int
    members_total: int
    pool: int
    tables: int
    recommendations: int
    ballots_open: int
    next_items: list[NextItem] = field(default_factory=list)


def _info(a: Assembly) -> AssemblyInfo:
    return AssemblyInfo(
        a.id, a.name, a.commissioning_body, a.remit, a.language, a.support_threshold, a.town, a.description
    )


def create_assembly(
    db: Database,
    name: str,
    *,
    commissioning_body: str = "",
    remit: str = "",
    language: str = "da",
    support_threshold: float = 0.8,
    town: str = "",
) -> AssemblyInfo:
    name = name.strip()
    if not name:
        raise ServiceError("An assembly needs a name.")
    if language not in LANGUAGES:
        raise ServiceError("Unknown language {language!r}: use da, en, sv, nb or fi.", language=language)
    if not 0 < support_threshold <= 1:
        raise ServiceError("The support threshold is a share between 0 and 1 (e.g. 0.8 for 80 %).")
    with db.session() as s:
        a = Assembly(
            name=name,
            commissioning_body=commissioning_body,
            remit=remit,
            language=language,
            support_threshold=support_threshold,
            town=town,
        )
        s.add(a)
        s.flush()
        audit.record(s, a.id, "assembly", a.id, "created", {"name": name})
        return _info(a)


def current_assembly(db: Database) -> AssemblyInfo:
    """The assembly of this database (a database holds one assembly)."""
    with db.read() as s:
        a = s.scalars(select(Assembly).order_by(Assembly.id).limit(1)).first()
        if a is None:
            raise NotFound("This database holds no assembly yet.")
        return _info(a)


def get_assembly(db: Database, assembly_id: int) -> AssemblyInfo:
    with db.read() as s:
        a = get_or_raise(s, Assembly, assembly_id, NotFound("No assembly with id {id}.", id=assembly_id))
        return _info(a)


def update_assembly(db: Database, assembly_id: int, **fields: object) -> AssemblyInfo:
    allowed = {"name", "commissioning_body", "remit", "language", "support_threshold", "town", "description"}
    unknown = set(fields) - allowed
    if unknown:
        raise ServiceError("Cannot change {fields} of an assembly.", fields=", ".join(sorted(unknown)))
    if "name" in fields and not str(fields["name"]).strip():
        raise ServiceError("An assembly needs a name.")
    with db.session() as s:
        a = get_or_raise(s, Assembly, assembly_id, NotFound("No assembly with id {id}.", id=assembly_id))
        for key, value in fields.items():
            setattr(a, key, value)
        audit.record(s, a.id, "assembly", a.id, "updated", {k: str(v) for k, v in fields.items()})
        return _info(a)


def _next_items(s: object, assembly_id: int, now: dt.datetime, limit: int) -> list[NextItem]:
    from sqlalchemy.orm import Session

    assert isinstance(s, Session)
    out: list[NextItem] = []
    days = s.scalars(
        select(MeetingDay)
        .where(MeetingDay.assembly_id == assembly_id, MeetingDay.date >= now.date())
        .order_by(MeetingDay.date)
    ).all()
    for day in days:
        items = s.scalars(select(AgendaItem).where(AgendaItem.day_id == day.id).order_by(AgendaItem.position)).all()
        start = dt.datetime.combine(day.date, day.start_time)
        for item in items:
            end = start + dt.timedelta(minutes=item.duration_min)
            if end > now:
                out.append(NextItem(day.number, day.date, start.time(), item.title, item.kind))
                if len(out) >= limit:
                    return out
            start = end
    return out


def overview(db: Database, assembly_id: int, now: dt.datetime | None = None) -> Overview:
    """Figures for the Overview page; ``now`` decides what is next on the agenda."""
    now = now or dt.datetime.now()
    with db.read() as s:
        a = get_or_raise(s, Assembly, assembly_id, NotFound("No assembly with id {id}.", id=assembly_id))

        def count(q: object) -> int:
            return int(s.scalar(q) or 0)  # type: ignore[call-overload]

        members_total = count(select(func.count(Member.id)).where(Member.assembly_id == assembly_id))
        members_active = count(
            select(func.count(Member.id)).where(Member.assembly_id == assembly_id, Member.status == MemberStatus.ACTIVE)
        )
        pool = count(select(func.count(Respondent.id)).where(Respondent.assembly_id == assembly_id))
        tables = count(select(func.count(AssemblyTable.id)).where(AssemblyTable.assembly_id == assembly_id))
        recs = count(
            select(func.count(Recommendation.id)).where(
                Recommendation.assembly_id == assembly_id,
                Recommendation.status.in_([RecommendationStatus.DRAFT, RecommendationStatus.FINAL]),
            )
        )
        ballots_open = count(
            select(func.count(Ballot.id)).where(Ballot.assembly_id == assembly_id, Ballot.state == BallotState.OPEN)
        )
        days = [
            DayInfo(d.id, d.number, d.date, d.title, d.venue, d.start_time, d.end_time)
            for d in s.scalars(
                select(MeetingDay).where(MeetingDay.assembly_id == assembly_id).order_by(MeetingDay.date)
            )
        ]
        return Overview(
            assembly=_info(a),
            days=days,
            members_active=members_active,
            members_total=members_total,
            pool=pool,
            tables=tables,
            recommendations=recs,
            ballots_open=ballots_open,
            next_items=_next_items(s, assembly_id, now, 4),
        )
