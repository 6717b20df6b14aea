"""Attendance on a meeting day: check-in at the desk, late, left early, absent, undo.

Contract 5: ``Attendance.status`` is present, late, absent or left_early; no row means
"not checked in yet". "Here" means present or late.

``CheckinIndex`` is the in-memory roster the check-in screen searches as the facilitator
types (by member number or the first letters of a name); it holds plain values, no
session, so a keystroke never touches the database. Only confirming writes.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db import Database
from app.i18n import Term
from app.models import (
    AssemblyTable,
    Attendance,
    AttendanceStatus,
    MeetingDay,
    Member,
    MemberStatus,
    Round,
    Seating,
    utcnow,
)
from app.services import audit
from app.services.errors import NotFound, ServiceError, get_or_raise
from app.services.members import _categories, _member_infos

STATUSES = tuple(s.value for s in AttendanceStatus)
HERE = (AttendanceStatus.PRESENT.value, AttendanceStatus.LATE.value)


@dataclass(frozen=True)
class CheckinEntry:
    member_id: int
    number: int
    first_name: str
    last_name: str
    status: str | None  # None: not checked in yet
    reason: str
    checked_in_at: dt.datetime | None
    values: dict[int, int]
    value_names: dict[int, str]
    table: str | None  # today's table (first round of the day), if seated

    @property
    def name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()


@dataclass(frozen=True)
class CheckinResult:
    """What a check-in did, and what was there before (for undo)."""

    member_id: int
    day_id: int
    number: int
    name: str
    status: str
    reason: str
    table: str | None
    previous_status: str | None
    previous_reason: str
    previous_checked_in_at: dt.datetime | None


@dataclass(frozen=True)
class ValueCount:
    category_id: int
    category: str
    value_id: int
    value: str
    here: int
    expected: int


@dataclass(frozen=True)
class DayCounts:
    expected: int  # active members
    present: int
    late: int
    left_early: int
    absent: int
    not_checked_in: int
    by_value: tuple[ValueCount, ...]

    @property
    def here(self) -> int:
        return self.present + self.late


# ----------------------------------------------------------------- reading


def _day(s: Session, day_id: int) -> MeetingDay:
    return get_or_raise(s, MeetingDay, day_id, NotFound("No meeting day with id {id}.", id=day_id))


def default_day(db: Database, assembly_id: int, today: dt.date | None = None) -> int | None:
    """Today's meeting day, else the next one, else the last one (None: no days)."""
    today = today or dt.date.today()
    with db.read() as s:
        days = s.scalars(
            select(MeetingDay).where(MeetingDay.assembly_id == assembly_id).order_by(MeetingDay.date)
        ).all()
        if not days:
            return None
        for d in days:
            if d.date >= today:
                return d.id
        return days[-1].id


def tables_today(s: Session, assembly_id: int, day_id: int) -> dict[int, str]:
    """member id -> the table of the day's first round (contract 4)."""
    rounds = s.scalars(
        select(Round).where(Round.assembly_id == assembly_id, Round.day_id == day_id).order_by(Round.number)
    ).all()
    out: dict[int, str] = {}
    for rnd in rounds:
        rows = s.execute(
            select(Seating.member_id, AssemblyTable.number, AssemblyTable.name)
            .join(AssemblyTable, AssemblyTable.id == Seating.table_id)
            .where(Seating.round_id == rnd.id)
        ).all()
        for member_id, number, name in rows:
            out.setdefault(member_id, name or str(number))
    return out


def roster_for_day(db: Database, assembly_id: int, day_id: int) -> list[CheckinEntry]:
    """The active members (and anyone already recorded that day) with their status."""
    with db.read() as s:
        _day(s, day_id)
        recorded = {a.member_id: a for a in s.scalars(select(Attendance).where(Attendance.day_id == day_id))}
        tables = tables_today(s, assembly_id, day_id)
        out = []
        for m in _member_infos(s, assembly_id):
            if m.status != MemberStatus.ACTIVE and m.id not in recorded:
                continue
            a = recorded.get(m.id)
            out.append(
                CheckinEntry(
                    m.id,
                    m.number,
                    m.first_name,
                    m.last_name,
                    a.status if a else None,
                    a.reason if a else "",
                    a.checked_in_at if a else None,
                    m.values,
                    m.value_names,
                    tables.get(m.id),
                )
            )
        return out


def day_counts(db: Database, assembly_id: int, day_id: int) -> DayCounts:
    """Running counts for the desk: here/expected overall and per category value."""
    entries = roster_for_day(db, assembly_id, day_id)
    with db.read() as s:
        cats = _categories(s, assembly_id)
    return counts_of(entries, cats)


def counts_of(entries: Iterable[CheckinEntry], categories: Iterable[object]) -> DayCounts:
    """``DayCounts`` of a roster (also used by the screen on its in-memory roster)."""
    from app.services.members import CategoryInfo

    entries = list(entries)
    status = Counter(e.status for e in entries)
    by_value = []
    for c in categories:
        assert isinstance(c, CategoryInfo)
        for v in c.values:
            group = [e for e in entries if e.values.get(c.id) == v.id]
            by_value.append(
                ValueCount(c.id, c.name, v.id, v.name, sum(1 for e in group if e.status in HERE), len(group))
            )
    return DayCounts(
        expected=len(entries),
        present=status[AttendanceStatus.PRESENT.value],
        late=status[AttendanceStatus.LATE.value],
        left_early=status[AttendanceStatus.LEFT_EARLY.value],
        absent=status[AttendanceStatus.ABSENT.value],
        not_checked_in=status[None],
        by_value=tuple(by_value),
    )


# ----------------------------------------------------------------- writing


def check_in(
    db: Database,
    member_id: int,
    day_id: int,
    status: str = AttendanceStatus.PRESENT,
    reason: str = "",
    *,
    at: dt.datetime | None = None,
) -> CheckinResult:
    """Record a member's attendance on a day (committed when this returns)."""
    status = str(status)
    if status not in STATUSES:
        raise ServiceError(
            "Unknown attendance {status!r}: use one of {choices}.", status=status, choices=", ".join(STATUSES)
        )
    with db.session() as s:
        m = get_or_raise(s, Member, member_id, NotFound("No member with id {id}.", id=member_id))
        day = _day(s, day_id)
        if day.assembly_id != m.assembly_id:
            raise ServiceError("That meeting day belongs to another assembly.")
        if m.status != MemberStatus.ACTIVE:
            raise ServiceError(
                "Member {number} is {status}, not an active member.", number=m.number, status=Term(m.status)
            )
        a = s.get(Attendance, (member_id, day_id))
        previous = (a.status, a.reason, a.checked_in_at) if a else (None, "", None)
        now = at or utcnow()
        if a is None:
            a = Attendance(member_id=member_id, day_id=day_id)
            s.add(a)
        a.status = status
        a.reason = reason.strip()
        if status in (AttendanceStatus.PRESENT, AttendanceStatus.LATE):
            a.checked_in_at = a.checked_in_at if previous[0] in HERE and previous[2] else now
        elif status == AttendanceStatus.ABSENT:
            a.checked_in_at = None
        s.flush()
        audit.record(s, m.assembly_id, "attendance", m.id, "checked_in", {"day_id": day_id, "status": status})
        contact = m.contact
        name = "" if m.forgotten or contact is None else f"{contact.first_name} {contact.last_name}".strip()
        table = tables_today(s, m.assembly_id, day_id).get(m.id)
        return CheckinResult(
            member_id, day_id, m.number, name, status, a.reason, table, previous[0], previous[1], previous[2]
        )


def undo_check_in(db: Database, result: CheckinResult) -> None:
    """Put back what was there before ``result`` (no row, or the earlier status)."""
    with db.session() as s:
        m = get_or_raise(s, Member, result.member_id, NotFound("No member with id {id}.", id=result.member_id))
        a = s.get(Attendance, (result.member_id, result.day_id))
        if result.previous_status is None:
            if a is not None:
                s.delete(a)
        else:
            if a is None:
                a = Attendance(member_id=result.member_id, day_id=result.day_id)
                s.add(a)
            a.status = result.previous_status
            a.reason = result.previous_reason
            a.checked_in_at = result.previous_checked_in_at
        audit.record(s, m.assembly_id, "attendance", m.id, "undone", {"day_id": result.day_id})


def clear_attendance(db: Database, member_id: int, day_id: int) -> None:
    """Forget a member's attendance on a day (back to "not checked in")."""
    with db.session() as s:
        a = s.get(Attendance, (member_id, day_id))
        if a is None:
            return
        m = s.get(Member, member_id)
        s.delete(a)
        audit.record(s, m.assembly_id if m else None, "attendance", member_id, "cleared", {"day_id": day_id})


# ----------------------------------------------------------------- lookup


def fold(text: str) -> str:
    """Case- and accent-insensitive form for matching ("Østergård" → "østergard");
    æ, ø, å stay letters of their own."""
    text = text.casefold()
    keep = {"æ", "ø", "å"}
    out = []
    for ch in text:
        if ch in keep:
            out.append(ch)
            continue
        out.extend(c for c in unicodedata.normalize("NFKD", ch) if not unicodedata.combining(c))
    return "".join(out)


class CheckinIndex:
    """Finds members as the facilitator types: a member number, or the first letters
    of a first name, last name or the whole name ("an je" finds Anna Jensen).

    Best first: exact number, then number prefix, then names; among equals, members not
    yet checked in come first, then by name.
    """

    def __init__(self, entries: Iterable[CheckinEntry]) -> None:
        self._rows: list[tuple[CheckinEntry, str, tuple[str, ...], str]] = []
        self.replace_all(entries)

    def replace_all(self, entries: Iterable[CheckinEntry]) -> None:
        self._rows = []
        for e in entries:
            full = fold(e.name)
            self._rows.append((e, full, tuple(full.split()), str(e.number)))
        self._by_id = {row[0].member_id: i for i, row in enumerate(self._rows)}

    def update(self, entry: CheckinEntry) -> None:
        """Replace one member's entry (after a check-in) without rebuilding."""
        i = self._by_id.get(entry.member_id)
        if i is None:
            self.replace_all([*(r[0] for r in self._rows), entry])
            return
        _, full, words, number = self._rows[i]
        self._rows[i] = (entry, full, words, number)

    def entry(self, member_id: int) -> CheckinEntry | None:
        i = self._by_id.get(member_id)
        return self._rows[i][0] if i is not None else None

    @property
    def entries(self) -> list[CheckinEntry]:
        return [r[0] for r in self._rows]

    def search(self, query: str, limit: int = 8) -> list[CheckinEntry]:
        query = fold(query).strip()
        if not query:
            return []
        scored: list[tuple[int, int, str, int, CheckinEntry]] = []
        if query.isdigit():
            for e, full, _words, number in self._rows:
                if number == query:
                    scored.append((0, 0, full, e.number, e))
                elif number.startswith(query):
                    scored.append((1, 0, "", e.number, e))  # by number
        else:
            parts = query.split()
            for e, full, words, _number in self._rows:
                if full.startswith(query):
                    rank = 2
                elif len(parts) == 1 and any(w.startswith(query) for w in words[1:]):
                    rank = 3
                elif len(parts) > 1 and _words_match(parts, words):
                    rank = 4
                else:
                    continue
                scored.append((rank, 0 if e.status is None else 1, full, e.number, e))
        scored.sort(key=lambda t: t[:4])
        return [t[4] for t in scored[:limit]]

    @staticmethod
    def certain(query: str, matches: list[CheckinEntry]) -> CheckinEntry | None:
        """The one member ``query`` points at without a choice, or None when it could be
        several (``"lone"`` with two Lones): the only match, the member with exactly that
        number, or the only one with exactly that name."""
        if len(matches) == 1:
            return matches[0]
        query = fold(query).strip()
        if not query or not matches:
            return None
        if query.isdigit():
            exact = [e for e in matches if str(e.number) == query]
        else:
            exact = [e for e in matches if fold(e.name) == " ".join(query.split())]
        return exact[0] if len(exact) == 1 else None


def is_behind(counts: DayCounts, value: ValueCount) -> bool:
    """Whether a category value is clearly behind the day as a whole, worth a warning at
    the desk: the check-in is under way (a quarter of the day's members, at least five, are
    here), the value has at least three members, and at least two fewer of them are here
    than its share of the whole – one late bus is not a pattern."""
    if counts.expected == 0 or value.expected < 3:
        return False
    if counts.here < max(5, counts.expected / 4):
        return False
    overall = counts.here / counts.expected
    return value.expected * overall - value.here >= 2 and value.here / value.expected < overall * 0.75


def _words_match(parts: list[str], words: tuple[str, ...]) -> bool:
    """Every typed part starts a different word of the name, in order."""
    i = 0
    for part in parts:
        while i < len(words) and not words[i].startswith(part):
            i += 1
        if i == len(words):
            return False
        i += 1
    return True
