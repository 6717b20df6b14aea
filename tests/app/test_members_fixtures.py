"""Builders shared by the members tests (no tests here): a small assembly with
categories, days, members, a seating and reserves from a draw, made through the ORM."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from app.db import Database
from app.models import (
    AssemblyTable,
    Category,
    CategoryValue,
    Draw,
    DrawSelection,
    MeetingDay,
    Member,
    MemberContact,
    MemberValue,
    Respondent,
    RespondentContact,
    RespondentValue,
    Round,
    Seating,
)

AGE = ["16-24", "25-39", "40-59", "60+"]
GENDER = ["Kvinde", "Mand"]
FIRST = ["Anna", "Bo", "Carl", "Dorte", "Emil", "Freja", "Gustav", "Hanne", "Ida", "Jens", "Karen", "Lars"]
LAST = ["Jensen", "Nielsen", "Hansen", "Pedersen", "Andersen", "Ærø", "Østergård", "Åberg", "Larsen", "Sørensen"]


@dataclass
class Built:
    assembly_id: int
    age: int  # category ids
    gender: int
    values: dict[str, int] = field(default_factory=dict)  # value name -> id
    days: list[int] = field(default_factory=list)
    members: list[int] = field(default_factory=list)
    reserves: list[int] = field(default_factory=list)  # respondent ids by draw rank
    tables: list[int] = field(default_factory=list)


def build(
    db: Database,
    assembly_id: int,
    *,
    members: int = 12,
    days: int = 2,
    reserves: list[tuple[str, str, str, str]] | None = None,
    seat: bool = True,
) -> Built:
    """Members numbered 1…n with names from FIRST × LAST, ages and genders in turn."""
    with db.session() as s:
        cats = []
        for pos, (name, values) in enumerate([("Alder", AGE), ("Køn", GENDER)]):
            cat = Category(assembly_id=assembly_id, name=name, position=pos)
            cat.values = [CategoryValue(name=v, position=i) for i, v in enumerate(values)]
            s.add(cat)
            cats.append(cat)
        s.flush()
        built = Built(assembly_id, cats[0].id, cats[1].id)
        built.values = {v.name: v.id for c in cats for v in c.values}
        for d in range(days):
            day = MeetingDay(assembly_id=assembly_id, number=d + 1, date=dt.date(2026, 2, 7) + dt.timedelta(days=7 * d))
            s.add(day)
            s.flush()
            built.days.append(day.id)
        for i in range(members):
            m = Member(assembly_id=assembly_id, number=i + 1)
            m.contact = MemberContact(
                first_name=FIRST[i % len(FIRST)],
                last_name=LAST[(i // len(FIRST) + i) % len(LAST)],
                email=f"m{i + 1}@example.dk",
            )
            s.add(m)
            s.flush()
            s.add(MemberValue(member_id=m.id, category_id=cats[0].id, value_id=cats[0].values[i % 4].id))
            s.add(MemberValue(member_id=m.id, category_id=cats[1].id, value_id=cats[1].values[i % 2].id))
            built.members.append(m.id)
        if seat and built.days:
            tables = [AssemblyTable(assembly_id=assembly_id, number=n) for n in (1, 2, 3)]
            s.add_all(tables)
            rnd = Round(assembly_id=assembly_id, number=1, day_id=built.days[0])
            s.add(rnd)
            s.flush()
            built.tables = [t.id for t in tables]
            for i, mid in enumerate(built.members):
                s.add(Seating(round_id=rnd.id, member_id=mid, table_id=tables[i % 3].id))
        if reserves:
            draw = Draw(assembly_id=assembly_id, algorithm="test", panel_size=members, seed="1", inputs_hash="x")
            s.add(draw)
            s.flush()
            for rank, (first, last, age, gender) in enumerate(reserves, start=1):
                r = Respondent(assembly_id=assembly_id, external_id=f"R{rank}", status="reserve")
                r.contact = RespondentContact(first_name=first, last_name=last, email=f"r{rank}@example.dk")
                s.add(r)
                s.flush()
                s.add(RespondentValue(respondent_id=r.id, category_id=cats[0].id, value_id=built.values[age]))
                s.add(RespondentValue(respondent_id=r.id, category_id=cats[1].id, value_id=built.values[gender]))
                s.add(DrawSelection(draw_id=draw.id, respondent_id=r.id, role="reserve", rank=rank))
                built.reserves.append(r.id)
    return built
