"""Fixtures for the phone server: an assembly with members, links and ballots."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from starlette.testclient import TestClient

from app.db import Database
from app.models import MeetingDay
from app.phones.server import Throttle, create_app
from app.services import checkin, phones, voting
from app.services.assembly import AssemblyInfo
from tests.app.test_voting import make_members, make_recommendations


@dataclass
class Phones:
    db: Database
    assembly_id: int
    members: list[int]
    links: dict[int, phones.IssuedLink]  # member id -> link
    recs: list[int]
    day_id: int

    def auth(self, member_id: int) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.links[member_id].token}"}

    def ballot(
        self, method: str = "yes_no_abstain", *, secret: bool = False, day: bool = False, **kw: object
    ) -> voting.BallotInfo:
        b = voting.create_ballot(
            self.db,
            self.assembly_id,
            f"Afstemning {method}",
            method,
            recommendation_ids=self.recs[:3] if method != "yes_no_abstain" else self.recs[:1],
            secret=secret,
            day_id=self.day_id if day else None,
            **kw,  # type: ignore[arg-type]
        )
        voting.open_ballot(self.db, b.id)
        return b


@pytest.fixture
def ph(db: Database, assembly: AssemblyInfo) -> Phones:
    members = make_members(db, assembly.id, 12)
    recs = make_recommendations(db, assembly.id, 4)
    with db.session() as s:
        day = MeetingDay(assembly_id=assembly.id, number=1, date=dt.date(2026, 3, 7))
        s.add(day)
        s.flush()
        day_id = day.id
    links = {link.member_id: link for link in phones.issue_links(db, assembly.id)}
    for m in members[:8]:
        checkin.check_in(db, m, day_id, "present")
    checkin.check_in(db, members[8], day_id, "late")
    checkin.check_in(db, members[9], day_id, "left_early")
    checkin.check_in(db, members[10], day_id, "absent")
    return Phones(db, assembly.id, members, links, recs, day_id)


@pytest.fixture
def client(ph: Phones) -> Iterator[TestClient]:
    app = create_app(ph.db, base_url="http://192.0.2.10:8765", group=1, throttle=Throttle(free=3, limit=8))
    with TestClient(app) as c:
        yield c
