from __future__ import annotations

import datetime as dt

import pytest

from app.db import Database
from app.services import audit, program
from app.services.assembly import AssemblyInfo
from app.services.errors import NotFound, ServiceError


def _day(db: Database, assembly: AssemblyInfo, date: str = "2026-03-07") -> program.Day:
    return program.create_day(
        db,
        assembly.id,
        dt.date.fromisoformat(date),
        title="Day one",
        venue="Rådhuset",
        start_time=dt.time(9, 0),
        end_time=dt.time(12, 0),
    )


def test_times_follow_the_durations_and_reordering(db: Database, assembly: AssemblyInfo) -> None:
    day = _day(db, assembly)
    a = program.add_item(db, day.id, "Welcome", duration_min=15)
    b = program.add_item(db, day.id, "Expert talk", kind="presentation", duration_min=45, room="Sal A")
    c = program.add_item(db, day.id, "Coffee", kind="break", duration_min=20)
    prog = program.day_program(db, day.id)
    assert [(e.title, f"{e.start:%H:%M}", f"{e.end:%H:%M}") for e in prog.items] == [
        ("Welcome", "09:00", "09:15"),
        ("Expert talk", "09:15", "10:00"),
        ("Coffee", "10:00", "10:20"),
    ]
    prog = program.move_item(db, c.id, 0)
    assert [e.title for e in prog.items] == ["Coffee", "Welcome", "Expert talk"]
    assert f"{prog.items[2].start:%H:%M}" == "09:35"
    prog = program.move_down(db, c.id)
    assert [e.title for e in prog.items] == ["Welcome", "Coffee", "Expert talk"]
    prog = program.move_up(db, b.id)
    assert [e.title for e in prog.items] == ["Welcome", "Expert talk", "Coffee"]
    prog = program.move_up(db, a.id)  # already first: stays
    assert [e.position for e in prog.items] == [0, 1, 2]
    program.update_item(db, a.id, duration_min=30)
    assert f"{program.day_program(db, day.id).items[2].start:%H:%M}" == "10:15"
    prog = program.reorder(db, day.id, [c.id, b.id, a.id])
    assert [e.title for e in prog.items] == ["Coffee", "Expert talk", "Welcome"]
    with pytest.raises(ServiceError):
        program.reorder(db, day.id, [c.id, b.id])


def test_a_day_that_does_not_fit_warns(db: Database, assembly: AssemblyInfo) -> None:
    day = _day(db, assembly)  # 09:00–12:00
    program.add_item(db, day.id, "Long dialogue", kind="table_dialogue", duration_min=150)
    prog = program.day_program(db, day.id)
    assert prog.fits and not prog.warnings and not prog.items[0].overrun
    program.add_item(db, day.id, "Vote", kind="vote", duration_min=45)
    prog = program.day_program(db, day.id)
    assert not prog.fits
    assert prog.over_min == 15
    assert [e.overrun for e in prog.items] == [False, True]
    assert "12:15" in prog.warnings[0] and "15 min" in prog.warnings[0]


def test_bad_input_changes_nothing(db: Database, assembly: AssemblyInfo) -> None:
    day = _day(db, assembly)
    item = program.add_item(db, day.id, "Welcome", duration_min=15)
    for kwargs in ({"duration_min": 0}, {"duration_min": "ten"}, {"kind": "party"}, {"title": "  "}):
        with pytest.raises(ServiceError):
            program.update_item(db, item.id, **kwargs)
    with pytest.raises(ServiceError):
        program.add_item(db, day.id, "X", kind="nope")
    with pytest.raises(ServiceError):
        program.update_day(db, day.id, end_time=dt.time(8, 0))
    with pytest.raises(ServiceError):
        program.create_day(db, assembly.id, dt.date(2026, 3, 7))  # same date
    with pytest.raises(NotFound):
        program.delete_item(db, 9999)
    prog = program.day_program(db, day.id)
    assert [(e.title, e.duration_min, e.kind) for e in prog.items] == [("Welcome", 15, "plenary")]
    assert prog.day.end_time == dt.time(12, 0)


def test_days_are_numbered_by_date_and_copied_as_templates(db: Database, assembly: AssemblyInfo) -> None:
    later = _day(db, assembly, "2026-04-04")
    earlier = _day(db, assembly, "2026-03-07")
    assert [(d.number, d.id) for d in program.list_days(db, assembly.id)] == [(1, earlier.id), (2, later.id)]
    program.add_item(db, earlier.id, "Welcome", duration_min=15, notes="Mic check")
    program.add_item(db, earlier.id, "Dialogue", kind="table_dialogue", duration_min=60)
    copy = program.copy_day(db, earlier.id, dt.date(2026, 5, 2), title="Day three")
    prog = program.day_program(db, copy.id)
    assert [(e.title, e.duration_min, e.notes) for e in prog.items] == [
        ("Welcome", 15, "Mic check"),
        ("Dialogue", 60, ""),
    ]
    assert copy.number == 3 and copy.venue == "Rådhuset" and copy.title == "Day three"
    assert program.find_day(db, assembly.id, "3").id == copy.id
    assert program.find_day(db, assembly.id, "2026-04-04").id == later.id
    with pytest.raises(ServiceError):  # bad hours: nothing is copied
        program.copy_day(db, earlier.id, dt.date(2026, 6, 6), start_time=dt.time(12), end_time=dt.time(11))
    assert len(program.list_days(db, assembly.id)) == 3
    with pytest.raises(NotFound):
        program.find_day(db, assembly.id, "9")
    with pytest.raises(ServiceError):
        program.find_day(db, assembly.id, "tomorrow")
    program.delete_day(db, earlier.id)
    assert [d.number for d in program.list_days(db, assembly.id)] == [1, 2]
    assert any(e.action == "copied" for e in audit.entries(db, assembly.id, "meeting_day"))


def test_now_and_next(db: Database, assembly: AssemblyInfo) -> None:
    day = _day(db, assembly)
    program.add_item(db, day.id, "Welcome", duration_min=15)
    program.add_item(db, day.id, "Talk", duration_min=45)
    program.add_item(db, day.id, "Coffee", kind="break", duration_min=20)
    before = program.now_and_next(db, day.id, dt.time(8, 30))
    assert before.state == "before" and before.now is None and before.next is not None
    assert before.next.title == "Welcome"
    running = program.now_and_next(db, day.id, dt.time(9, 20))
    assert running.state == "running"
    assert running.now is not None and running.now.title == "Talk"
    assert running.next is not None and running.next.title == "Coffee"
    assert running.minutes_left == 40
    after = program.now_and_next(db, day.id, dt.time(11, 0))
    assert after.state == "after" and after.now is None and after.next is None
    assert program.day_for(db, assembly.id, dt.date(2026, 3, 1)) == program.get_day(db, day.id)


def test_format_duration() -> None:
    assert program.format_duration(90) == "1 h 30 min"
    assert program.format_duration(45) == "45 min"
    assert program.format_duration(120) == "2 h"
