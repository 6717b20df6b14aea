"""Check-in: statuses, undo, counts by category, today's table, the as-you-type index."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from app.db import Database
from app.models import Attendance
from app.services.assembly import AssemblyInfo
from app.services.checkin import (
    CheckinIndex,
    DayCounts,
    ValueCount,
    check_in,
    clear_attendance,
    day_counts,
    default_day,
    is_behind,
    roster_for_day,
    undo_check_in,
)
from app.services.errors import ServiceError
from app.services.members import withdraw_member
from tests.app.test_members_fixtures import build


def _attendance(db: Database, member_id: int, day_id: int) -> tuple[str, str] | None:
    with db.read() as s:
        a = s.get(Attendance, (member_id, day_id))
        return (a.status, a.reason) if a else None


def test_check_in_is_committed_and_shows_todays_table(db: Database, assembly: AssemblyInfo) -> None:
    b = build(db, assembly.id, members=6, days=2)
    result = check_in(db, b.members[4], b.days[0])
    assert (result.number, result.name, result.status, result.table) == (5, "Emil Andersen", "present", "2")
    assert result.previous_status is None
    assert _attendance(db, b.members[4], b.days[0]) == ("present", "")
    # not seated on day 2
    assert check_in(db, b.members[4], b.days[1]).table is None


def test_late_left_early_absent_with_reason(db: Database, assembly: AssemblyInfo) -> None:
    b = build(db, assembly.id, members=4, days=1)
    day = b.days[0]
    check_in(db, b.members[0], day, "late", "bus")
    check_in(db, b.members[1], day, "absent", "syg")
    check_in(db, b.members[2], day)
    check_in(db, b.members[2], day, "left_early", "barn hentes")
    assert _attendance(db, b.members[0], day) == ("late", "bus")
    assert _attendance(db, b.members[1], day) == ("absent", "syg")
    assert _attendance(db, b.members[2], day) == ("left_early", "barn hentes")
    with db.read() as s:
        assert s.get(Attendance, (b.members[2], day)).checked_in_at is not None  # type: ignore[union-attr]
    with pytest.raises(ServiceError, match="Unknown attendance"):
        check_in(db, b.members[3], day, "asleep")
    assert _attendance(db, b.members[3], day) is None


def test_undo_restores_what_was_there(db: Database, assembly: AssemblyInfo) -> None:
    b = build(db, assembly.id, members=2, days=1)
    day = b.days[0]
    first = check_in(db, b.members[0], day)
    undo_check_in(db, first)
    assert _attendance(db, b.members[0], day) is None
    check_in(db, b.members[0], day, "late", "tog forsinket")
    second = check_in(db, b.members[0], day, "absent", "fejl")
    undo_check_in(db, second)
    assert _attendance(db, b.members[0], day) == ("late", "tog forsinket")
    clear_attendance(db, b.members[0], day)
    assert _attendance(db, b.members[0], day) is None


def test_withdrawn_members_cannot_check_in(db: Database, assembly: AssemblyInfo) -> None:
    b = build(db, assembly.id, members=3, days=1)
    withdraw_member(db, b.members[0])
    with pytest.raises(ServiceError, match="withdrawn"):
        check_in(db, b.members[0], b.days[0])
    assert [e.number for e in roster_for_day(db, assembly.id, b.days[0])] == [2, 3]


def test_counts_by_category(db: Database, assembly: AssemblyInfo) -> None:
    b = build(db, assembly.id, members=8, days=1)  # ages cycle 16-24, 25-39, 40-59, 60+
    day = b.days[0]
    check_in(db, b.members[0], day)  # 16-24 Kvinde
    check_in(db, b.members[1], day, "late")  # 25-39 Mand
    check_in(db, b.members[2], day, "absent", "syg")
    check_in(db, b.members[3], day, "left_early")
    counts = day_counts(db, assembly.id, day)
    assert (counts.expected, counts.here, counts.present, counts.late) == (8, 2, 1, 1)
    assert (counts.absent, counts.left_early, counts.not_checked_in) == (1, 1, 4)
    by = {(v.category, v.value): (v.here, v.expected) for v in counts.by_value}
    assert by[("Alder", "16-24")] == (1, 2)
    assert by[("Alder", "60+")] == (0, 2)
    assert by[("Køn", "Mand")] == (1, 4)


def test_default_day(db: Database, assembly: AssemblyInfo) -> None:
    b = build(db, assembly.id, members=1, days=3)  # 7, 14, 21 February 2026
    assert default_day(db, assembly.id, dt.date(2026, 2, 14)) == b.days[1]
    assert default_day(db, assembly.id, dt.date(2026, 2, 10)) == b.days[1]
    assert default_day(db, assembly.id, dt.date(2026, 6, 1)) == b.days[2]
    assert default_day(db, assembly.id, dt.date(2025, 1, 1)) == b.days[0]


def test_index_finds_by_number_and_name_prefixes(db: Database, assembly: AssemblyInfo) -> None:
    b = build(db, assembly.id, members=24, days=1)
    index = CheckinIndex(roster_for_day(db, assembly.id, b.days[0]))
    assert [e.number for e in index.search("7")][:1] == [7]
    assert all(str(e.number).startswith("1") for e in index.search("1"))
    assert [e.number for e in index.search("1")][:1] == [1]
    names = [e.name for e in index.search("an")]
    assert names and all(n.split()[0].lower().startswith("an") or " an" in n.lower() for n in names)
    assert index.search("ØSTER")[0].last_name == "Østergård"
    assert index.search("østergard") == []  # ø is a letter of its own, not o
    assert index.search("anna jen")[0].name == "Anna Jensen"
    assert index.search("zzz") == [] and index.search("  ") == []


def test_index_prefers_members_not_yet_checked_in(db: Database, assembly: AssemblyInfo) -> None:
    b = build(db, assembly.id, members=24, days=1)  # Anna no. 1 and Anna no. 13
    day = b.days[0]
    index = CheckinIndex(roster_for_day(db, assembly.id, day))
    first = index.search("anna")[0]
    assert first.number == 1
    check_in(db, first.member_id, day)
    index.replace_all(roster_for_day(db, assembly.id, day))
    assert index.search("anna")[0].number == 13
    with db.read() as s:
        assert s.scalars(select(Attendance)).all()  # the index itself never wrote


def test_certain_is_one_member_or_none(db: Database, assembly: AssemblyInfo) -> None:
    b = build(db, assembly.id, members=24, days=1)  # Anna Jensen no. 1 and Anna … no. 13
    index = CheckinIndex(roster_for_day(db, assembly.id, b.days[0]))
    annas = index.search("anna")
    assert len(annas) >= 2 and CheckinIndex.certain("anna", annas) is None  # which Anna?
    one = index.search("1")
    assert len(one) > 1 and CheckinIndex.certain("1", one) == one[0] and one[0].number == 1
    full = index.search("Anna  JENSEN")
    assert CheckinIndex.certain("Anna  JENSEN", full) is not None
    assert CheckinIndex.certain("anna jen", index.search("anna jen")) == index.search("anna jen")[0]
    assert CheckinIndex.certain("zzz", []) is None


def _counts(here: int, expected: int, value_here: int, value_expected: int) -> tuple[DayCounts, ValueCount]:
    counts = DayCounts(expected, here, 0, 0, 0, expected - here, ())
    return counts, ValueCount(1, "Alder", 1, "16-24", value_here, value_expected)


@pytest.mark.parametrize(
    ("here", "expected", "value_here", "value_expected", "behind"),
    [
        (0, 50, 0, 6, False),  # nobody here yet: nothing to say
        (4, 50, 0, 6, False),  # the first few: too early to tell
        (25, 50, 0, 6, True),  # half the day here, none of the six young
        (25, 50, 2, 6, False),  # two of six against three expected: one person, not a pattern
        (40, 50, 1, 2, False),  # a value of two members: one missing is no warning
        (48, 50, 5, 6, False),  # the desk's end: 5 of 6 is not behind
        (45, 50, 3, 6, True),
    ],
)
def test_behind_only_when_it_means_something(
    here: int, expected: int, value_here: int, value_expected: int, behind: bool
) -> None:
    assert is_behind(*_counts(here, expected, value_here, value_expected)) is behind
