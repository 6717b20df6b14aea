from __future__ import annotations

import datetime as dt

import pytest

from app.db import Database
from app.models import AgendaItem, MeetingDay
from app.services.assembly import AssemblyInfo, create_assembly, overview, update_assembly
from app.services.errors import ServiceError


def test_create_assembly_needs_a_name(db: Database) -> None:
    with pytest.raises(ServiceError):
        create_assembly(db, "   ")


def test_update_rolls_back_on_bad_field(db: Database, assembly: AssemblyInfo) -> None:
    with pytest.raises(ServiceError):
        update_assembly(db, assembly.id, name="Ny", colour="red")
    assert overview(db, assembly.id).assembly.name == "Testtinget"


def test_overview_counts_and_next_item(db: Database, assembly: AssemblyInfo) -> None:
    with db.session() as s:
        day = MeetingDay(
            assembly_id=assembly.id,
            number=1,
            date=dt.date(2027, 2, 6),
            start_time=dt.time(9, 0),
            end_time=dt.time(16, 0),
        )
        day.agenda_items = [
            AgendaItem(position=0, title="Velkomst", duration_min=30),
            AgendaItem(position=1, title="Oplæg", duration_min=45, kind="presentation"),
        ]
        s.add(day)
    data = overview(db, assembly.id, now=dt.datetime(2027, 2, 6, 9, 40))
    assert [d.number for d in data.days] == [1]
    assert [n.title for n in data.next_items] == ["Oplæg"]
    assert data.next_items[0].start == dt.time(9, 30)
    assert data.members_active == 0
