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


# what fits the columns (app/models.py Assembly)
TEXT_LIMITS = {"name": 200, "commissioning_body": 200, "town": 120}
# a logo is stored in the assembly file, so it travels with it; a report cover needs no more
LOGO_MAX_BYTES = 2 * 1024 * 1024
_LOGO_KINDS = {b"\x89PNG\r\n\x1a\n": "png", b"\xff\xd8\xff": "jpeg"}

# the default name of a new assembly, in the assembly's language (`tingsted init`, the window)
DEFAULT_NAMES = {
    "da": "Nyt borgerting",
    "en": "New citizens' assembly",
    "sv": "Nytt medborgarråd",
    "nb": "Nytt borgerpanel",
    "fi": "Uusi kansalaisraati",
}


def default_name(language: str) -> str:
    """A new assembly's name until it is given one, in ``language`` (English if unknown)."""
    return DEFAULT_NAMES.get(language, DEFAULT_NAMES["en"])


def check_details(fields: dict[str, object]) -> dict[str, object]:
    """The assembly's fields made tidy (text stripped), or a ``ServiceError`` naming the first
    that is wrong."""
    out = dict(fields)
    for key in ("name", "commissioning_body", "remit", "town", "description"):
        if key in out:
            out[key] = str(out[key] or "").strip()
    if "name" in out and not out["name"]:
        raise ServiceError("An assembly needs a name.")
    length = {key: len(str(out.get(key, ""))) for key in TEXT_LIMITS}
    if length["name"] > TEXT_LIMITS["name"]:
        raise ServiceError(
            "The name is {length} characters long; at most {limit} fit.",
            length=length["name"],
            limit=TEXT_LIMITS["name"],
        )
    if length["commissioning_body"] > TEXT_LIMITS["commissioning_body"]:
        raise ServiceError(
            "The commissioning body is {length} characters long; at most {limit} fit.",
            length=length["commissioning_body"],
            limit=TEXT_LIMITS["commissioning_body"],
        )
    if length["town"] > TEXT_LIMITS["town"]:
        raise ServiceError(
            "The town is {length} characters long; at most {limit} fit.",
            length=length["town"],
            limit=TEXT_LIMITS["town"],
        )
    if "language" in out and out["language"] not in LANGUAGES:
        raise ServiceError("Unknown language {language!r}: use da, en, sv, nb or fi.", language=out["language"])
    if "support_threshold" in out:
        value = out["support_threshold"]
        if isinstance(value, bool) or not isinstance(value, int | float) or not 0 < value <= 1:
            raise ServiceError("The support threshold is a share between 0 and 1 (e.g. 0.8 for 80 %).")
        out["support_threshold"] = float(value)
    return out


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
    fields = check_details(
        {
            "name": name,
            "commissioning_body": commissioning_body,
            "remit": remit,
            "language": language,
            "support_threshold": support_threshold,
            "town": town,
        }
    )
    name = str(fields["name"])
    commissioning_body, remit, town = (str(fields[k]) for k in ("commissioning_body", "remit", "town"))
    support_threshold = float(fields["support_threshold"])  # type: ignore[arg-type]
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
    """Change the assembly's own details (the settings screen): name, remit question,
    commissioning body, town, description, language (of its report, printouts and phone
    pages), the default support threshold of its ballots and its ``logo`` (PNG or JPEG
    bytes, None removes it). One transaction; a wrong value changes nothing."""
    allowed = {"name", "commissioning_body", "remit", "language", "support_threshold", "town", "description", "logo"}
    unknown = set(fields) - allowed
    if unknown:
        raise ServiceError("Cannot change {fields} of an assembly.", fields=", ".join(sorted(unknown)))
    fields = check_details(fields)
    logo = fields.get("logo")
    if logo is not None:
        if not isinstance(logo, bytes):
            raise ServiceError("The logo must be a PNG or JPEG image.")
        check_logo(logo)
    with db.session() as s:
        a = get_or_raise(s, Assembly, assembly_id, NotFound("No assembly with id {id}.", id=assembly_id))
        for key, value in fields.items():
            setattr(a, key, value)
        audit.record(
            s,
            a.id,
            "assembly",
            a.id,
            "updated",
            {k: (f"{len(v)} bytes" if isinstance(v, bytes) else str(v)) for k, v in fields.items()},
        )
        return _info(a)


def logo_kind(data: bytes) -> str | None:
    """``"png"`` or ``"jpeg"`` by the file's first bytes, else None."""
    return next((kind for magic, kind in _LOGO_KINDS.items() if data.startswith(magic)), None)


def check_logo(data: bytes) -> None:
    """A ``ServiceError`` unless ``data`` is a PNG or JPEG of at most 2 MB."""
    if len(data) > LOGO_MAX_BYTES:
        raise ServiceError(
            "The logo is {size} MB; at most {limit} MB fit.",
            size=round(len(data) / 1024 / 1024, 1),
            limit=LOGO_MAX_BYTES // 1024 // 1024,
        )
    if logo_kind(data) is None:
        raise ServiceError("The logo must be a PNG or JPEG image.")


def set_logo(db: Database, assembly_id: int, data: bytes | None) -> None:
    """Store the assembly's logo (PNG or JPEG, at most 2 MB) in the assembly file, or remove
    it (``None``). The report's cover uses it unless a report is given another."""
    update_assembly(db, assembly_id, logo=data)


def assembly_logo(db: Database, assembly_id: int) -> bytes | None:
    with db.read() as s:
        a = s.get(Assembly, assembly_id)
        if a is None:
            raise NotFound("No assembly with id {id}.", id=assembly_id)
        return a.logo


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
