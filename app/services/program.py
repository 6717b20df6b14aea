"""The program: meeting days and their agendas.

An agenda item has no stored start time: it starts when the item before it ends, and the
first item starts at the day's start. Reordering or changing a duration therefore
recomputes every time after it. A day "does not fit its hours" when its items run past
the day's end; each item that ends after the day's end is marked as an overrun.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.db import Database
from app.i18n import Term
from app.models import AgendaItem, AgendaKind, Assembly, MeetingDay, Presentation
from app.services import audit
from app.services.errors import NotFound, ServiceError, get_or_raise

KINDS = tuple(k.value for k in AgendaKind)
MAX_DURATION_MIN = 12 * 60


@dataclass(frozen=True)
class Day:
    id: int
    assembly_id: int
    number: int
    date: dt.date
    title: str
    venue: str
    start_time: dt.time
    end_time: dt.time

    @property
    def available_min(self) -> int:
        return _minutes(self.end_time) - _minutes(self.start_time)


@dataclass(frozen=True)
class Entry:
    """An agenda item with its computed times."""

    id: int
    day_id: int
    position: int
    kind: str
    title: str
    duration_min: int
    responsible: str
    room: str
    notes: str
    start: dt.time
    end: dt.time
    start_min: int  # minutes after midnight (may pass 24 h for a very long day)
    end_min: int
    overrun: bool  # ends after the day's end
    presentations: tuple[str, ...] = ()  # "title – expert" of presentations placed here


@dataclass(frozen=True)
class DayProgram:
    day: Day
    items: list[Entry]
    planned_min: int
    available_min: int
    warnings: list[str] = field(default_factory=list)

    @property
    def fits(self) -> bool:
        return self.planned_min <= self.available_min

    @property
    def over_min(self) -> int:
        return max(0, self.planned_min - self.available_min)

    @property
    def end(self) -> dt.time:
        return _time_of(_minutes(self.day.start_time) + self.planned_min)


@dataclass(frozen=True)
class NowNext:
    """What is on now and next on a day at a given moment."""

    day: Day
    now: Entry | None
    next: Entry | None
    later: list[Entry]
    minutes_left: int | None  # of the current item
    state: str  # "before", "running", "after"


# ------------------------------------------------------------------------- helpers


def _minutes(t: dt.time) -> int:
    return t.hour * 60 + t.minute


def _time_of(minutes: int) -> dt.time:
    minutes = max(0, minutes) % (24 * 60)
    return dt.time(minutes // 60, minutes % 60)


def format_duration(minutes: int) -> str:
    """``90`` → ``1 h 30 min``; ``45`` → ``45 min``."""
    h, m = divmod(abs(minutes), 60)
    sign = "-" if minutes < 0 else ""
    if h and m:
        return f"{sign}{h} h {m:02d} min"
    if h:
        return f"{sign}{h} h"
    return f"{sign}{m} min"


def _day(d: MeetingDay) -> Day:
    return Day(d.id, d.assembly_id, d.number, d.date, d.title, d.venue, d.start_time, d.end_time)


def _get_day(s: Session, day_id: int) -> MeetingDay:
    return get_or_raise(s, MeetingDay, day_id, NotFound("No meeting day with id {id}.", id=day_id))


def _get_item(s: Session, item_id: int) -> AgendaItem:
    return get_or_raise(s, AgendaItem, item_id, NotFound("No agenda item with id {id}.", id=item_id))


def _items(s: Session, day_id: int) -> list[AgendaItem]:
    return list(s.scalars(select(AgendaItem).where(AgendaItem.day_id == day_id).order_by(AgendaItem.position)))


def _renumber_items(items: list[AgendaItem]) -> None:
    for pos, item in enumerate(items):
        item.position = pos


def _renumber_days(s: Session, assembly_id: int) -> None:
    days = s.scalars(
        select(MeetingDay).where(MeetingDay.assembly_id == assembly_id).order_by(MeetingDay.date, MeetingDay.id)
    ).all()
    for number, d in enumerate(days, start=1):
        d.number = number


def _check_times(start: dt.time, end: dt.time) -> None:
    if _minutes(end) <= _minutes(start):
        raise ServiceError("The day must end after it starts ({start:%H:%M}–{end:%H:%M}).", start=start, end=end)


def _check_kind(kind: str) -> str:
    kind = str(kind).strip()
    if kind not in KINDS:
        raise ServiceError(
            "Unknown kind of agenda item {kind!r}: use one of {choices}.", kind=kind, choices=", ".join(KINDS)
        )
    return kind


def _check_duration(value: Any) -> int:
    try:
        minutes = int(value)
    except (TypeError, ValueError) as exc:
        raise ServiceError("A duration is a whole number of minutes, not {value!r}.", value=value) from exc
    if not 1 <= minutes <= MAX_DURATION_MIN:
        raise ServiceError(
            "A duration must be between 1 and {limit} minutes (got {minutes}).", limit=MAX_DURATION_MIN, minutes=minutes
        )
    return minutes


def _check_title(title: Any) -> str:
    text = str(title or "").strip()
    if not text:
        raise ServiceError("An agenda item needs a title.")
    if len(text) > 200:
        raise ServiceError("An agenda item's title can be at most 200 characters.")
    return text


# ---------------------------------------------------------------------------- days


def list_days(db: Database, assembly_id: int) -> list[Day]:
    with db.read() as s:
        days = s.scalars(
            select(MeetingDay).where(MeetingDay.assembly_id == assembly_id).order_by(MeetingDay.date, MeetingDay.id)
        ).all()
        return [_day(d) for d in days]


def get_day(db: Database, day_id: int) -> Day:
    with db.read() as s:
        return _day(_get_day(s, day_id))


def find_day(db: Database, assembly_id: int, ref: str) -> Day:
    """A day by its number (``2``), date (``2026-03-07``) or id (``#5``)."""
    ref = ref.strip()
    days = list_days(db, assembly_id)
    if ref.startswith("#") and ref[1:].isdigit():
        match = [d for d in days if d.id == int(ref[1:])]
    elif ref.isdigit():
        match = [d for d in days if d.number == int(ref)]
    else:
        try:
            date = dt.date.fromisoformat(ref)
        except ValueError as exc:
            raise ServiceError(
                "{ref!r} is not a day: give its number (1, 2, …) or date (YYYY-MM-DD).", ref=ref
            ) from exc
        match = [d for d in days if d.date == date]
    if not match:
        numbers = ", ".join(str(d.number) for d in days) or Term("none")
        raise NotFound("No meeting day {ref!r} (days: {numbers}).", ref=ref, numbers=numbers)
    return match[0]


def create_day(
    db: Database,
    assembly_id: int,
    date: dt.date,
    *,
    title: str = "",
    venue: str = "",
    start_time: dt.time = dt.time(9, 0),
    end_time: dt.time = dt.time(16, 0),
) -> Day:
    _check_times(start_time, end_time)
    with db.session() as s:
        if s.get(Assembly, assembly_id) is None:
            raise NotFound("No assembly with id {id}.", id=assembly_id)
        clash = s.scalar(
            select(func.count(MeetingDay.id)).where(MeetingDay.assembly_id == assembly_id, MeetingDay.date == date)
        )
        if clash:
            raise ServiceError("There is already a meeting day on {date}.", date=date)
        day = MeetingDay(
            assembly_id=assembly_id,
            number=0,
            date=date,
            title=title.strip(),
            venue=venue.strip(),
            start_time=start_time,
            end_time=end_time,
        )
        s.add(day)
        s.flush()
        _renumber_days(s, assembly_id)
        audit.record(s, assembly_id, "meeting_day", day.id, "created", {"date": date.isoformat()})
        s.flush()
        return _day(day)


def update_day(db: Database, day_id: int, **fields: Any) -> Day:
    allowed = {"date", "title", "venue", "start_time", "end_time"}
    unknown = set(fields) - allowed
    if unknown:
        raise ServiceError("Cannot change {fields} of a meeting day.", fields=", ".join(sorted(unknown)))
    with db.session() as s:
        day = _get_day(s, day_id)
        start = fields.get("start_time", day.start_time)
        end = fields.get("end_time", day.end_time)
        if not isinstance(start, dt.time) or not isinstance(end, dt.time):
            raise ServiceError("Start and end must be times of day.")
        _check_times(start, end)
        if "date" in fields:
            date = fields["date"]
            if not isinstance(date, dt.date):
                raise ServiceError("A meeting day's date must be a date.")
            clash = s.scalar(
                select(func.count(MeetingDay.id)).where(
                    MeetingDay.assembly_id == day.assembly_id, MeetingDay.date == date, MeetingDay.id != day.id
                )
            )
            if clash:
                raise ServiceError("There is already a meeting day on {date}.", date=date)
        for key, value in fields.items():
            setattr(day, key, value.strip() if isinstance(value, str) else value)
        s.flush()
        _renumber_days(s, day.assembly_id)
        audit.record(s, day.assembly_id, "meeting_day", day.id, "updated", {k: str(v) for k, v in fields.items()})
        s.flush()
        return _day(day)


def delete_day(db: Database, day_id: int) -> None:
    with db.session() as s:
        day = _get_day(s, day_id)
        assembly_id = day.assembly_id
        audit.record(s, assembly_id, "meeting_day", day.id, "deleted", {"date": day.date.isoformat()})
        s.delete(day)
        s.flush()
        _renumber_days(s, assembly_id)


def copy_day(
    db: Database,
    day_id: int,
    date: dt.date,
    *,
    title: str | None = None,
    venue: str | None = None,
    start_time: dt.time | None = None,
    end_time: dt.time | None = None,
) -> Day:
    """A new day on ``date`` with the same agenda (a template) and, unless given, the
    same title, venue and hours. Presentations are not copied: an expert speaks once."""
    with db.session() as s:
        source = _get_day(s, day_id)
        start = source.start_time if start_time is None else start_time
        end = source.end_time if end_time is None else end_time
        _check_times(start, end)
        clash = s.scalar(
            select(func.count(MeetingDay.id)).where(
                MeetingDay.assembly_id == source.assembly_id, MeetingDay.date == date
            )
        )
        if clash:
            raise ServiceError("There is already a meeting day on {date}.", date=date)
        day = MeetingDay(
            assembly_id=source.assembly_id,
            number=0,
            date=date,
            title=source.title if title is None else title.strip(),
            venue=source.venue if venue is None else venue.strip(),
            start_time=start,
            end_time=end,
        )
        s.add(day)
        s.flush()
        for item in _items(s, source.id):
            s.add(
                AgendaItem(
                    day_id=day.id,
                    position=item.position,
                    kind=item.kind,
                    title=item.title,
                    duration_min=item.duration_min,
                    responsible=item.responsible,
                    room=item.room,
                    notes=item.notes,
                )
            )
        _renumber_days(s, source.assembly_id)
        audit.record(s, source.assembly_id, "meeting_day", day.id, "copied", {"from": source.id})
        s.flush()
        return _day(day)


# -------------------------------------------------------------------------- agenda


def _program(s: Session, day: MeetingDay) -> DayProgram:
    items = _items(s, day.id)
    pres: dict[int, list[str]] = {}
    if items:
        from app.models import Expert

        rows = s.execute(
            select(Presentation.agenda_item_id, Presentation.title, Expert.name)
            .join(Expert, Expert.id == Presentation.expert_id)
            .where(Presentation.agenda_item_id.in_([i.id for i in items]))
            .order_by(Presentation.id)
        ).all()
        for item_id, ptitle, ename in rows:
            if item_id is not None:
                pres.setdefault(int(item_id), []).append(f"{ptitle} – {ename}")
    day_start = _minutes(day.start_time)
    day_end = _minutes(day.end_time)
    entries: list[Entry] = []
    t = day_start
    for item in items:
        end = t + item.duration_min
        entries.append(
            Entry(
                item.id,
                day.id,
                item.position,
                item.kind,
                item.title,
                item.duration_min,
                item.responsible,
                item.room,
                item.notes,
                _time_of(t),
                _time_of(end),
                t,
                end,
                end > day_end,
                tuple(pres.get(item.id, ())),
            )
        )
        t = end
    planned = t - day_start
    available = day_end - day_start
    warnings: list[str] = []
    if planned > available:
        warnings.append(
            f"The day does not fit its hours: the agenda ends at {_time_of(t):%H:%M}, "
            f"{format_duration(planned - available)} after the day's end ({day.end_time:%H:%M})."
        )
    return DayProgram(_day(day), entries, planned, available, warnings)


def day_program(db: Database, day_id: int) -> DayProgram:
    with db.read() as s:
        return _program(s, _get_day(s, day_id))


def add_item(
    db: Database,
    day_id: int,
    title: str,
    *,
    kind: str = AgendaKind.PLENARY,
    duration_min: int = 30,
    responsible: str = "",
    room: str = "",
    notes: str = "",
    position: int | None = None,
) -> Entry:
    """Add an item at ``position`` (0 = first; None = last)."""
    title = _check_title(title)
    kind = _check_kind(kind)
    duration_min = _check_duration(duration_min)
    with db.session() as s:
        day = _get_day(s, day_id)
        items = _items(s, day.id)
        pos = len(items) if position is None else max(0, min(int(position), len(items)))
        item = AgendaItem(
            day_id=day.id,
            position=pos,
            kind=kind,
            title=title,
            duration_min=duration_min,
            responsible=responsible.strip(),
            room=room.strip(),
            notes=notes.strip(),
        )
        s.add(item)
        items.insert(pos, item)
        _renumber_items(items)
        s.flush()
        audit.record(s, day.assembly_id, "agenda_item", item.id, "created", {"title": title})
        return next(e for e in _program(s, day).items if e.id == item.id)


def update_item(db: Database, item_id: int, **fields: Any) -> Entry:
    allowed = {"kind", "title", "duration_min", "responsible", "room", "notes"}
    unknown = set(fields) - allowed
    if unknown:
        raise ServiceError("Cannot change {fields} of an agenda item.", fields=", ".join(sorted(unknown)))
    clean: dict[str, Any] = {}
    for key, value in fields.items():
        if key == "title":
            clean[key] = _check_title(value)
        elif key == "kind":
            clean[key] = _check_kind(value)
        elif key == "duration_min":
            clean[key] = _check_duration(value)
        else:
            clean[key] = str(value or "").strip()
    with db.session() as s:
        item = _get_item(s, item_id)
        for key, value in clean.items():
            setattr(item, key, value)
        s.flush()
        day = item.day
        audit.record(s, day.assembly_id, "agenda_item", item.id, "updated", {k: str(v) for k, v in clean.items()})
        return next(e for e in _program(s, day).items if e.id == item.id)


def delete_item(db: Database, item_id: int) -> None:
    with db.session() as s:
        item = _get_item(s, item_id)
        day = item.day
        audit.record(s, day.assembly_id, "agenda_item", item.id, "deleted", {"title": item.title})
        s.delete(item)
        s.flush()
        _renumber_items(_items(s, day.id))


def move_item(db: Database, item_id: int, position: int) -> DayProgram:
    """Move an item to ``position`` (0 = first; clamped to the agenda)."""
    with db.session() as s:
        item = _get_item(s, item_id)
        day = item.day
        items = [i for i in _items(s, day.id) if i.id != item.id]
        pos = max(0, min(int(position), len(items)))
        old = item.position
        items.insert(pos, item)
        _renumber_items(items)
        s.flush()
        if old != pos:
            audit.record(s, day.assembly_id, "agenda_item", item.id, "moved", {"from": old, "to": pos})
        return _program(s, day)


def move_up(db: Database, item_id: int) -> DayProgram:
    with db.read() as s:
        pos = _get_item(s, item_id).position
    return move_item(db, item_id, max(0, pos - 1))


def move_down(db: Database, item_id: int) -> DayProgram:
    with db.read() as s:
        pos = _get_item(s, item_id).position
    return move_item(db, item_id, pos + 1)


def reorder(db: Database, day_id: int, item_ids: list[int]) -> DayProgram:
    """Put a day's items in the order given (all of them, each once)."""
    with db.session() as s:
        day = _get_day(s, day_id)
        items = {i.id: i for i in _items(s, day.id)}
        if sorted(item_ids) != sorted(items):
            raise ServiceError("A new order must list each of the day's agenda items exactly once.")
        _renumber_items([items[i] for i in item_ids])
        s.flush()
        audit.record(s, day.assembly_id, "meeting_day", day.id, "reordered", {"order": list(item_ids)})
        return _program(s, day)


# ------------------------------------------------------------------ now and next


def day_for(db: Database, assembly_id: int, today: dt.date) -> Day | None:
    """The day to run on ``today``: today's day, else the next one, else the last."""
    days = list_days(db, assembly_id)
    if not days:
        return None
    for d in days:
        if d.date >= today:
            return d
    return days[-1]


def now_and_next(db: Database, day_id: int, now: dt.time, *, later: int = 3) -> NowNext:
    """What runs at ``now`` (a time of day) on a day, what comes next, and a few after."""
    program = day_program(db, day_id)
    t = _minutes(now) + now.second / 60
    items = program.items
    current_index = next((i for i, e in enumerate(items) if e.start_min <= t < e.end_min), None)
    if current_index is not None:
        cur = items[current_index]
        rest = items[current_index + 1 :]
        left = max(0, round(cur.end_min - t + 0.4999))
        return NowNext(program.day, cur, rest[0] if rest else None, rest[1 : 1 + later], left, "running")
    upcoming = [e for e in items if e.start_min > t]
    if upcoming and (not items or t < items[0].start_min):
        return NowNext(program.day, None, upcoming[0], upcoming[1 : 1 + later], None, "before")
    return NowNext(program.day, None, None, [], None, "after" if items else "before")


def assembly_agenda(db: Database, assembly_id: int) -> list[DayProgram]:
    """Every day's program in one read (for choosing where a presentation goes)."""
    with db.read() as s:
        days = s.scalars(
            select(MeetingDay).where(MeetingDay.assembly_id == assembly_id).order_by(MeetingDay.date, MeetingDay.id)
        ).all()
        return [_program(s, d) for d in days]
