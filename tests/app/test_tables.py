"""The tables service and the CLI: planning, storing, moving, rebalancing, contract 4."""

from __future__ import annotations

import csv
import datetime as dt
from collections import Counter
from pathlib import Path

import pytest

from app.cli import main
from app.db import Database
from app.models import (
    Attendance,
    Category,
    CategoryValue,
    MeetingDay,
    Member,
    MemberContact,
    MemberValue,
    Seating,
)
from app.services import tables as ts
from app.services.assembly import AssemblyInfo
from app.services.errors import ServiceError


def _members(db: Database, assembly_id: int, n: int = 30) -> list[int]:
    with db.session() as s:
        gender = Category(assembly_id=assembly_id, name="Køn", position=0)
        gender.values = [CategoryValue(name="Kvinde", position=0), CategoryValue(name="Mand", position=1)]
        age = Category(assembly_id=assembly_id, name="Alder", position=1)
        age.values = [CategoryValue(name=a, position=i) for i, a in enumerate(["16-29", "30-59", "60+"])]
        s.add_all([gender, age])
        for d in range(2):
            s.add(MeetingDay(assembly_id=assembly_id, number=d + 1, date=dt.date(2026, 3, 7 + 7 * d)))
        s.flush()
        ids = []
        for i in range(n):
            m = Member(assembly_id=assembly_id, number=i + 1)
            m.values = [
                MemberValue(category_id=gender.id, value_id=gender.values[i % 2].id),
                MemberValue(category_id=age.id, value_id=age.values[i % 3].id),
            ]
            m.contact = MemberContact(first_name=f"Navn{i:02d}", last_name="Hansen")
            s.add(m)
            s.flush()
            ids.append(m.id)
        return ids


def test_plan_stores_balanced_diverse_seating(db: Database, assembly: AssemblyInfo) -> None:
    ids = _members(db, assembly.id)
    report = ts.plan_seating(db, assembly.id, tables=4, rounds=2, seed=3, time_limit=20, max_iterations=15_000)
    assert report.rounds == 2 and report.tables == 4 and report.members == 30
    b = ts.board(db, assembly.id)
    assert len(b.tables) == 4 and len(b.rounds) == 2
    # rounds are spread over the days
    assert [r.day_number for r in b.rounds] == [1, 2]
    for r in b.rounds:
        assert set(b.seating[r.id]) == set(ids)
        sizes = Counter(b.seating[r.id].values())
        assert max(sizes.values()) - min(sizes.values()) <= 1
        assert ts.warnings(b, r.id) == []
    q = ts.quality(b)
    assert q.within_one and q.constraint_violations == 0
    assert q.repeats == report.quality.repeats
    # the same seed gives the same plan
    ts.plan_seating(db, assembly.id, seed=3, time_limit=20, max_iterations=15_000)
    assert ts.board(db, assembly.id).seating == b.seating


def test_constraints_and_pins_are_kept(db: Database, assembly: AssemblyInfo) -> None:
    ids = _members(db, assembly.id)
    ts.plan_seating(db, assembly.id, tables=4, rounds=2, seed=1, max_iterations=8_000)
    b = ts.board(db, assembly.id)
    r1 = b.rounds[0]
    t3 = b.tables[2]
    ts.move_member(db, r1.id, ids[0], t3.id, pin=True)
    ts.add_constraint(db, assembly.id, "together", [ids[1], ids[2]], "tegnsprog")
    ts.add_constraint(db, assembly.id, "apart", [ids[3], ids[4]], "")
    ts.plan_seating(db, assembly.id, seed=2, max_iterations=8_000)
    b = ts.board(db, assembly.id)
    assert b.seating[r1.id][ids[0]] == t3.id
    assert (r1.id, ids[0]) in b.pinned
    for r in b.rounds:
        seats = b.seating[r.id]
        assert seats[ids[1]] == seats[ids[2]]
        assert seats[ids[3]] != seats[ids[4]]
    with pytest.raises(ServiceError):
        ts.add_constraint(db, assembly.id, "together", [ids[1]])
    with pytest.raises(ServiceError):
        ts.add_constraint(db, assembly.id, "sideways", ids[:2])


def test_move_shows_warnings_and_contract_4(db: Database, assembly: AssemblyInfo) -> None:
    ids = _members(db, assembly.id, 12)
    ts.plan_seating(db, assembly.id, tables=3, rounds=2, seed=1, max_iterations=8_000)
    b = ts.board(db, assembly.id)
    r1 = b.rounds[0]
    seats = b.seating[r1.id]
    target = next(t for t in b.tables if t.id != seats[ids[0]])
    mates = [m for m, t in seats.items() if t == seats[ids[0]] and m != ids[0]]
    ts.move_member(db, r1.id, ids[0], target.id)
    ts.move_member(db, r1.id, mates[0], target.id)
    ts.move_member(db, r1.id, mates[1], target.id)
    b = ts.board(db, assembly.id)
    assert any("differ by more than one" in w for w in ts.warnings(b, r1.id))
    day1 = r1.day_id
    assert day1 is not None
    today = ts.seating_for_day(db, assembly.id, day1)
    assert today[ids[0]] == target.number
    entries = ts.find_table_entries(b, r1.id)
    assert [e.first_name for e in entries] == sorted(e.first_name for e in entries)
    assert all(" " not in e.first_name for e in entries)  # first names only


def test_rebalance_seats_only_those_here_and_moves_few(db: Database, assembly: AssemblyInfo) -> None:
    ids = _members(db, assembly.id, 32)
    ts.plan_seating(db, assembly.id, tables=4, rounds=2, seed=1, max_iterations=8_000)
    before = ts.board(db, assembly.id)
    r1, r2 = before.rounds
    assert r1.day_id is not None
    absent = {ids[0], ids[5], ids[9]}
    with db.session() as s:
        for m in ids:
            s.add(Attendance(member_id=m, day_id=r1.day_id, status="absent" if m in absent else "present"))
    report = ts.rebalance(db, assembly.id, r1.day_id, seed=1, time_limit=10, max_iterations=15_000)
    after = ts.board(db, assembly.id)
    assert report.present == 29 and report.unseated == 3
    assert report.rounds == [1, 2]
    seats = after.seating[r1.id]
    assert set(seats) == set(ids) - absent
    sizes = Counter(seats.values())
    assert max(sizes.values()) - min(sizes.values()) <= 1
    assert report.moved <= 6
    assert report.quality.constraint_violations == 0
    # round 2 (another day) keeps everybody
    assert set(after.seating[r2.id]) == set(ids)


def test_rebalance_needs_check_ins(db: Database, assembly: AssemblyInfo) -> None:
    _members(db, assembly.id, 8)
    ts.plan_seating(db, assembly.id, tables=2, rounds=1, seed=1, max_iterations=8_000)
    day = ts.board(db, assembly.id).rounds[0].day_id
    assert day is not None
    with pytest.raises(ServiceError, match="Nobody has been checked in"):
        ts.rebalance(db, assembly.id, day)


def test_bad_input_changes_nothing(db: Database, assembly: AssemblyInfo) -> None:
    _members(db, assembly.id, 8)
    with pytest.raises(ServiceError):
        ts.plan_seating(db, assembly.id, tables=0, rounds=2)
    with pytest.raises(ServiceError):
        ts.plan_seating(db, assembly.id, tables=2, rounds=2, diversify=["Hårfarve"])
    with db.read() as s:
        assert s.query(Seating).count() == 0


def _members_csv(path: Path, n: int = 24) -> None:
    with path.open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["id", "gender", "age", "needs"])
        for i in range(n):
            w.writerow([f"M{i:03d}", "F" if i % 2 else "M", ["young", "mid", "old"][i % 3], "sign" if i < 2 else ""])


def test_cli_file_mode(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    members = tmp_path / "members.csv"
    _members_csv(members)
    out = tmp_path / "seating.csv"
    args = ["tables", "plan", "--members", str(members), "--tables", "4", "--rounds", "3", "--seed", "2"]
    args += [
        "--time-limit",
        "10",
        "--max-iterations",
        "15000",
        "--diversify",
        "gender,age",
        "--together",
        "needs=sign",
        "--out",
        str(out),
    ]
    assert main(args) == 0
    text = capsys.readouterr().out
    assert "repeats:" in text and "pairs that met:" in text and "worst deviation" in text
    with out.open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert list(rows[0]) == ["round", "table", "id"]
    assert len(rows) == 3 * 24
    for r in ("1", "2", "3"):
        in_round = [row for row in rows if row["round"] == r]
        assert sorted(row["id"] for row in in_round) == [f"M{i:03d}" for i in range(24)]
        sizes = Counter(row["table"] for row in in_round)
        assert set(sizes) == {"1", "2", "3", "4"} and set(sizes.values()) == {6}
        table_of = {row["id"]: row["table"] for row in in_round}
        assert table_of["M000"] == table_of["M001"]


def test_cli_errors_are_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text("name,gender\nA,F\n", encoding="utf-8")
    assert main(["tables", "plan", "--members", str(bad), "--tables", "2", "--rounds", "1", "--out", "x.csv"]) == 1
    assert "needs an 'id' column" in capsys.readouterr().err
    assert main(["tables", "plan", "--tables", "2", "--rounds", "1"]) == 1
    assert "either --members" in capsys.readouterr().err


def test_cli_db_mode(db: Database, assembly: AssemblyInfo, capsys: pytest.CaptureFixture[str]) -> None:
    _members(db, assembly.id, 16)
    path = db.path
    assert path is not None
    assert (
        main(["tables", "plan", "--db", str(path), "--tables", "4", "--rounds", "2", "--max-iterations", "5000"]) == 0
    )
    assert "stored in" in capsys.readouterr().out
    b = ts.board(db, assembly.id)
    assert len(b.rounds) == 2 and all(len(b.seating[r.id]) == 16 for r in b.rounds)


def _card(member_id: int, first: str, last: str) -> ts.MemberCard:
    return ts.MemberCard(id=member_id, number=member_id, first_name=first, last_name=last, values={})


def test_public_names_tell_shared_first_names_apart() -> None:
    cards = [
        _card(1, "Ali", "Yilmaz"),
        _card(2, "Charlotte", "Andreasen"),
        _card(3, "Charlotte", "Rasmussen"),
        _card(4, "Frederik", "Svendsen"),
        _card(5, "Frederik", "Sørensen"),
        _card(6, "Lars", "Jensen"),
        _card(7, "lars", "Jensen"),
        _card(8, "Lars", "Berg"),
        _card(9, "", "Holm"),
        _card(10, "Ida", ""),
        _card(11, "Ida", "Kjær"),
    ]
    names = ts.public_names(cards)
    assert names == {
        1: "Ali",  # a first name nobody shares stays alone
        2: "Charlotte A.",
        3: "Charlotte R.",
        4: "Frederik Sv.",  # as many letters as it takes
        5: "Frederik Sø.",
        6: "Lars J. #6",  # the same full name: the member number tells them apart
        7: "lars J. #7",
        8: "Lars B.",
        9: "#9",
        10: "Ida",
        11: "Ida K.",
    }
    assert len(set(names.values())) == len(cards)


def test_the_projector_list_and_the_cards_use_public_names_and_table_numbers(
    db: Database, assembly: AssemblyInfo, tmp_path: Path
) -> None:
    from pypdf import PdfReader

    from app.reports.table_lists import write_place_cards, write_table_lists

    ids = _members(db, assembly.id, 12)
    with db.session() as s:
        twins = [s.get(Member, i) for i in ids[:2]]
        twins[0].contact.first_name, twins[0].contact.last_name = "Karen", "Juhl & Co"
        twins[1].contact.first_name, twins[1].contact.last_name = "Karen", "Thomsen"
    ts.plan_seating(db, assembly.id, tables=3, rounds=1, seed=1, max_iterations=2_000)
    b = ts.board(db, assembly.id)
    ts.set_host(db, b.tables[1].id, "Bo", name="Birken")
    b = ts.board(db, assembly.id)
    r1 = b.rounds[0]
    entries = {e.first_name: e for e in ts.find_table_entries(b, r1.id)}
    assert {"Karen J.", "Karen T."} <= set(entries)
    seats = b.seating[r1.id]
    assert entries["Karen J."].table_number == b.table(seats[ids[0]]).number
    assert {e.table_name for e in entries.values()} == {"", "Birken"}

    cards = write_place_cards(db, assembly.id, r1.id, tmp_path / "cards.pdf", lang="en")
    text = "".join(p.extract_text() for p in PdfReader(str(cards)).pages)
    assert "Karen J." in text and "Karen T." in text
    assert "Table 2 · Birken" in text and "Table 1" in text

    lists = write_table_lists(db, assembly.id, tmp_path / "lists.pdf", lang="en")
    text = "".join(p.extract_text() for p in PdfReader(str(lists)).pages)
    assert "Table 2 · Birken – host: Bo" in text
    assert "Karen Juhl & Co" in text  # a name with "&" is printed, not taken for markup
