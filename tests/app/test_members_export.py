"""Contract 1: the members and attendance frames, and the members export file."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pandas as pd
import pytest

from app.db import Database
from app.io.members_export import attendance_frame, export_members, members_frame
from app.models import Attendance, Category, CategoryValue, MeetingDay, Member, MemberContact, MemberValue
from app.services.assembly import AssemblyInfo
from app.services.errors import ServiceError


@pytest.fixture
def two_members(db: Database, assembly: AssemblyInfo) -> Database:
    with db.session() as s:
        cat = Category(assembly_id=assembly.id, name="Køn", position=0)
        cat.values = [CategoryValue(name="Kvinde", position=0), CategoryValue(name="Mand", position=1)]
        s.add(cat)
        day = MeetingDay(assembly_id=assembly.id, number=1, date=dt.date(2026, 2, 7))
        s.add(day)
        s.flush()
        m1 = Member(assembly_id=assembly.id, number=1)
        m1.contact = MemberContact(first_name="Åse", last_name="Ørsted", email="aase@example.dk")
        m2 = Member(assembly_id=assembly.id, number=2, status="withdrawn")
        s.add_all([m1, m2])
        s.flush()
        s.add_all(
            [
                MemberValue(member_id=m1.id, category_id=cat.id, value_id=cat.values[0].id),
                MemberValue(member_id=m2.id, category_id=cat.id, value_id=cat.values[1].id),
                Attendance(member_id=m1.id, day_id=day.id, status="late", reason="tog"),
            ]
        )
    return db


def test_members_frame_is_anonymous_by_default(two_members: Database, assembly: AssemblyInfo) -> None:
    frame = members_frame(two_members, assembly.id)
    assert list(frame.columns) == ["member_number", "Køn", "status", "days_present"]
    assert frame.to_dict("records") == [
        {"member_number": 1, "Køn": "Kvinde", "status": "active", "days_present": 1},
        {"member_number": 2, "Køn": "Mand", "status": "withdrawn", "days_present": 0},
    ]
    assert frame.attrs["personal_data"] is False


def test_members_frame_with_contacts(two_members: Database, assembly: AssemblyInfo) -> None:
    frame = members_frame(two_members, assembly.id, with_contacts=True)
    assert frame.loc[0, "first_name"] == "Åse"
    assert frame.loc[0, "last_name"] == "Ørsted"
    assert frame.loc[1, "email"] == ""
    assert frame.attrs["personal_data"] is True


def test_attendance_frame_has_no_names(two_members: Database, assembly: AssemblyInfo) -> None:
    frame = attendance_frame(two_members, assembly.id)
    assert list(frame.columns) == ["member_number", "day", "date", "status", "reason"]
    assert frame.to_dict("records") == [
        {"member_number": 1, "day": 1, "date": dt.date(2026, 2, 7), "status": "late", "reason": "tog"}
    ]


def test_export_csv_says_it_is_anonymous(two_members: Database, assembly: AssemblyInfo, tmp_path: Path) -> None:
    path = tmp_path / "members.csv"
    assert export_members(two_members, assembly.id, path) == (2, False)
    text = path.read_text(encoding="utf-8-sig")
    assert text.splitlines()[0].startswith("member_number,")
    assert "Åse" not in text
    back = pd.read_csv(path, encoding="utf-8-sig")
    assert list(back["member_number"]) == [1, 2]


def test_export_xlsx_with_contacts_says_so(two_members: Database, assembly: AssemblyInfo, tmp_path: Path) -> None:
    path = tmp_path / "members.xlsx"
    assert export_members(two_members, assembly.id, path, with_contacts=True) == (2, True)
    sheets = pd.read_excel(path, sheet_name=None)
    assert set(sheets) == {"Members", "Attendance", "About"}
    assert sheets["Members"].loc[0, "last_name"] == "Ørsted"
    about = dict(zip(sheets["About"]["item"], sheets["About"]["value"], strict=True))
    assert about["personal_data"] == "yes"


def test_export_refuses_other_formats(two_members: Database, assembly: AssemblyInfo, tmp_path: Path) -> None:
    with pytest.raises(ServiceError, match=r"\.csv or \.xlsx"):
        export_members(two_members, assembly.id, tmp_path / "members.pdf")
