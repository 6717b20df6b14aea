"""Seating rules and table hosts in the tables service: listing rules, refusing rules that
contradict each other, which rounds break a rule, naming tables, and messages in Danish."""

from __future__ import annotations

import pytest

from app.db import Database
from app.models import Category, Member, MemberStatus, SeatingConstraint
from app.services import tables as ts
from app.services.assembly import AssemblyInfo
from app.services.errors import NotFound, ServiceError
from tests.app.test_error_messages import (
    test_every_message_is_a_template_with_a_danish_translation as _every_message_has_danish,
)
from tests.app.test_tables import _members


def _rules(db: Database) -> int:
    with db.read() as s:
        return s.query(SeatingConstraint).count()


def test_every_message_of_the_tables_service_has_danish() -> None:
    import json

    from app.i18n import LOCALE_DIR

    danish = json.loads((LOCALE_DIR / "da.json").read_text(encoding="utf-8"))
    _every_message_has_danish("app/services/tables.py", danish)


def test_rules_are_listed_with_their_members(db: Database, assembly: AssemblyInfo) -> None:
    ids = _members(db, assembly.id, 12)
    together = ts.add_constraint(db, assembly.id, "together", [ids[4], ids[1]], "  tegnsprog  ")
    apart = ts.add_constraint(db, assembly.id, "apart", [ids[2], ids[3], ids[5]], "")
    with db.session() as s:
        s.get(Member, ids[5]).status = MemberStatus.WITHDRAWN  # type: ignore[union-attr]
    rules = ts.list_rules(db, assembly.id)
    assert [r.id for r in rules] == [together, apart]
    assert rules[0].kind == "together" and rules[0].label == "tegnsprog"
    assert [m.number for m in rules[0].members] == [2, 5]
    assert rules[0].members[0].display_name == "Navn01 Hansen (#2)"
    assert [m.active for m in rules[1].members] == [True, True, False]
    ts.remove_constraint(db, together)
    assert [r.id for r in ts.list_rules(db, assembly.id)] == [apart]
    with pytest.raises(NotFound):
        ts.remove_constraint(db, together)


def test_a_rule_that_contradicts_another_is_refused(db: Database, assembly: AssemblyInfo) -> None:
    ids = _members(db, assembly.id, 12)
    ts.add_constraint(db, assembly.id, "together", [ids[0], ids[1]])
    ts.add_constraint(db, assembly.id, "together", [ids[1], ids[2]])  # chains: 1, 2, 3 at one table
    with pytest.raises(ServiceError) as caught:
        ts.add_constraint(db, assembly.id, "apart", [ids[0], ids[2], ids[5]], "uvenner")
    assert str(caught.value) == (
        "Members no. 1 and no. 3 are to be kept together by another rule; they cannot also be kept apart."
    )
    assert caught.value.localised("da") == (
        "Medlem nr. 1 og nr. 3 skal sidde sammen efter en anden regel; de kan ikke også holdes adskilt."
    )
    ts.add_constraint(db, assembly.id, "apart", [ids[0], ids[5]])
    with pytest.raises(ServiceError, match="no. 1 and no. 6 are to be kept apart"):
        ts.add_constraint(db, assembly.id, "together", [ids[5], ids[2]])  # joins 6 to the group of 1
    assert _rules(db) == 3
    # a rule about other members is fine
    ts.add_constraint(db, assembly.id, "together", [ids[7], ids[8]])
    with pytest.raises(ServiceError, match="at most 200 characters"):
        ts.add_constraint(db, assembly.id, "apart", [ids[9], ids[10]], "x" * 201)
    assert _rules(db) == 4


def test_broken_rules_name_the_rounds(db: Database, assembly: AssemblyInfo) -> None:
    ids = _members(db, assembly.id, 12)
    ts.plan_seating(db, assembly.id, tables=3, rounds=2, seed=1, time_limit=10, max_iterations=3000)
    apart = ts.add_constraint(db, assembly.id, "apart", [ids[0], ids[1]])
    together = ts.add_constraint(db, assembly.id, "together", [ids[2], ids[3]])
    b = ts.board(db, assembly.id)
    r1, r2 = b.rounds
    for r in (r1, r2):
        ts.move_member(db, r.id, ids[1], b.seating[r.id][ids[0]])
        other = next(t.id for t in b.tables if t.id != b.seating[r.id][ids[2]])
        ts.move_member(db, r.id, ids[3], other)
    # round 2 is mended
    ts.move_member(db, r2.id, ids[3], b.seating[r2.id][ids[2]])
    other = next(t.id for t in b.tables if t.id != b.seating[r2.id][ids[0]])
    ts.move_member(db, r2.id, ids[1], other)
    broken = ts.broken_rules(ts.board(db, assembly.id))
    assert broken == {apart: [1], together: [1]}


def test_hosts_and_table_names(db: Database, assembly: AssemblyInfo) -> None:
    _members(db, assembly.id, 12)
    ts.plan_seating(db, assembly.id, tables=3, rounds=1, seed=1, time_limit=10, max_iterations=2000)
    t1, t2, _t3 = ts.board(db, assembly.id).tables
    info = ts.set_host(db, t1.id, "  Ditte   Marcussen ", name=" Egen ")
    assert (info.host_name, info.name) == ("Ditte Marcussen", "Egen")
    # only the host: the name stays
    assert ts.set_host(db, t1.id, "Bo").name == "Egen"
    with pytest.raises(ServiceError) as caught:
        ts.set_host(db, t2.id, "Anna", name="Egen")
    assert caught.value.localised("da") == "Bord 1 hedder allerede “Egen”."
    with pytest.raises(ServiceError):
        ts.set_host(db, t2.id, "x" * 201)
    with pytest.raises(ServiceError):
        ts.set_host(db, t2.id, "", name="x" * 101)
    b = ts.board(db, assembly.id)
    assert (b.tables[1].host_name, b.tables[1].name) == ("", "")
    assert b.tables[0].host_name == "Bo"
    with pytest.raises(NotFound):
        ts.set_host(db, 9999, "Bo")


def test_warnings_are_messages_that_read_as_danish(db: Database, assembly: AssemblyInfo) -> None:
    ids = _members(db, assembly.id, 12)
    with db.session() as s:
        for c in s.query(Category).filter(Category.assembly_id == assembly.id):
            c.diversify_tables = True
    ts.plan_seating(db, assembly.id, tables=3, rounds=1, seed=1, time_limit=10, max_iterations=2000)
    ts.add_constraint(db, assembly.id, "apart", [ids[0], ids[1]])
    b = ts.board(db, assembly.id)
    rid = b.rounds[0].id
    t1, t2, t3 = b.tables
    ts.set_host(db, t1.id, "", name="Egen")
    # everyone at t2 moves to t1 except one, and member 2 joins member 1
    for member_id, table_id in b.seating[rid].items():
        if table_id == t2.id and member_id != ids[1]:
            ts.move_member(db, rid, member_id, t1.id)
    ts.move_member(db, rid, ids[1], b.seating[rid][ids[0]])
    # and all women at table 3 to table 1: too many there
    for m in b.members:
        if b.seating[rid].get(m.id) == t3.id and m.values["Køn"] == "Kvinde":
            ts.move_member(db, rid, m.id, t1.id)
    found = ts.warnings(ts.board(db, assembly.id), rid)
    english = [str(w) for w in found]
    assert english[0].startswith("Table sizes differ by more than one: Table 1 · Egen has ")
    assert english[-1] == "Members to be kept apart sit at one table: kept apart."
    danish = [w.localised("da") for w in found]  # type: ignore[attr-defined]
    assert danish[0].startswith("Bordenes størrelse afviger med mere end én: Bord 1 · Egen har ")
    assert "Bord 2 har " in danish[0] or "Bord 3 har " in danish[0]
    assert danish[-1] == "Medlemmer, der skal holdes adskilt, sidder ved samme bord: holdes adskilt."
    shares = [d for d in danish if "forholdsmæssigt er" in d]
    assert shares and all("," in d.rsplit("er ", 1)[1] for d in shares)  # 2,7 not 2.7
