"""The voting service: ballots, states, papers with double entry, hand counts, sealing."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from app.db import Database
from app.models import (
    Attendance,
    AuditLog,
    Ballot,
    MeetingDay,
    Member,
    PaperEntry,
    Recommendation,
    Vote,
)
from app.services import voting
from app.services.assembly import AssemblyInfo
from app.services.errors import NotFound, ServiceError


def make_members(db: Database, assembly_id: int, n: int) -> list[int]:
    with db.session() as s:
        members = [Member(assembly_id=assembly_id, number=i + 1) for i in range(n)]
        s.add_all(members)
        s.flush()
        return [m.id for m in members]


def make_recommendations(db: Database, assembly_id: int, n: int) -> list[int]:
    with db.session() as s:
        recs = [
            Recommendation(assembly_id=assembly_id, code=f"A{i + 1}", title=f"Anbefaling {i + 1}", position=i)
            for i in range(n)
        ]
        s.add_all(recs)
        s.flush()
        return [r.id for r in recs]


def make_day(db: Database, assembly_id: int, present: list[int], absent: list[int] = ()) -> int:  # type: ignore[assignment]
    with db.session() as s:
        day = MeetingDay(assembly_id=assembly_id, number=1, date=dt.date(2026, 3, 7))
        s.add(day)
        s.flush()
        for m in present:
            s.add(Attendance(member_id=m, day_id=day.id, status="present"))
        for m in absent:
            s.add(Attendance(member_id=m, day_id=day.id, status="absent"))
        return day.id


@pytest.fixture
def setup(db: Database, assembly: AssemblyInfo) -> tuple[Database, int, list[int], list[int]]:
    members = make_members(db, assembly.id, 20)
    recs = make_recommendations(db, assembly.id, 6)
    return db, assembly.id, members, recs


def items_of(info: voting.BallotInfo) -> list[str]:
    return [str(i.id) for i in info.items]


# ----------------------------------------------------------------- defining and states


def test_create_scale_ballot_with_danish_default_labels(setup) -> None:  # type: ignore[no-untyped-def]
    db, aid, _, recs = setup
    b = voting.create_ballot(db, aid, "Afstemning 1", "support_scale", recommendation_ids=recs, threshold=0.8)
    assert b.state == "draft" and len(b.items) == 6
    assert [i.code for i in b.items] == ["A1", "A2", "A3", "A4", "A5", "A6"]
    assert [o.key for o in b.options] == ["5", "4", "3", "2", "1"]
    assert b.options[0].label == "Støtter helt"  # the assembly speaks Danish
    assert [o.counts_as_support for o in b.options] == [True, True, True, False, False]


def test_options_are_editable_and_support_is_configurable(setup) -> None:  # type: ignore[no-untyped-def]
    db, aid, _, recs = setup
    b = voting.create_ballot(db, aid, "B", "support_scale", recommendation_ids=recs[:2])
    b = voting.update_ballot(db, b.id, option_labels={"3": "Kan leve med det"}, support_keys=["5", "4"])
    assert b.options[2].label == "Kan leve med det"
    assert [o.counts_as_support for o in b.options] == [True, True, False, False, False]
    with pytest.raises(ServiceError, match="no option 9"):
        voting.update_ballot(db, b.id, support_keys=["9"])
    y = voting.create_ballot(db, aid, "Y", "yes_no_abstain", recommendation_ids=recs[:1])
    with pytest.raises(ServiceError, match="blank vote"):
        voting.update_ballot(db, y.id, support_keys=["yes", "abstain"])


def test_bad_input_changes_nothing(setup) -> None:  # type: ignore[no-untyped-def]
    db, aid, _, recs = setup
    for kwargs in ({"method": "lottery"}, {"base": "everyone"}, {"threshold": 80}, {"title": " "}):
        args = {"title": "T", "method": "support_scale", **kwargs}
        with pytest.raises(ServiceError):
            voting.create_ballot(db, aid, args.pop("title"), args.pop("method"), recommendation_ids=recs, **args)
    with pytest.raises(NotFound):
        voting.create_ballot(db, aid, "T", "approval", recommendation_ids=[9999])
    assert voting.list_ballots(db, aid) == []


def test_state_rules_and_audit_log(setup) -> None:  # type: ignore[no-untyped-def]
    db, aid, _, recs = setup
    b = voting.create_ballot(db, aid, "B", "yes_no_abstain", recommendation_ids=recs[:1])
    item = items_of(b)[0]
    with pytest.raises(ServiceError, match="draft"):
        voting.enter_paper(db, b.id, 1, {item: "yes"})
    with pytest.raises(ServiceError):
        voting.close_ballot(db, b.id)
    with pytest.raises(ServiceError):
        voting.publish_ballot(db, b.id)
    voting.open_ballot(db, b.id)
    with pytest.raises(ServiceError, match="change the ballot"):
        voting.update_ballot(db, b.id, title="New")
    voting.update_ballot(db, b.id, show_live=True)  # allowed while open
    voting.enter_paper(db, b.id, 1, {item: "yes"}, entry=1)
    voting.enter_paper(db, b.id, 1, {item: "yes"}, entry=2)
    voting.close_ballot(db, b.id)
    # no votes into a closed ballot
    with pytest.raises(ServiceError, match="closed"):
        voting.enter_paper(db, b.id, 2, {item: "no"})
    with pytest.raises(ServiceError, match="closed"):
        voting.set_hand_count(db, b.id, {int(item): {"yes": 1}})
    with pytest.raises(ServiceError):
        voting.delete_ballot(db, b.id)
    voting.publish_ballot(db, b.id)
    with pytest.raises(ServiceError):
        voting.open_ballot(db, b.id)
    with db.read() as s:
        actions = s.scalars(select(AuditLog.action).where(AuditLog.entity == "ballot").order_by(AuditLog.id)).all()
    assert actions == ["created", "opened", "updated", "closed", "published"]
    assert voting.get_ballot(db, b.id).revealed is True


def test_a_ballot_needs_items_and_paper_methods_two(setup) -> None:  # type: ignore[no-untyped-def]
    db, aid, _, recs = setup
    empty = voting.create_ballot(db, aid, "Empty", "yes_no_abstain")
    with pytest.raises(ServiceError, match="nothing to vote on"):
        voting.open_ballot(db, empty.id)
    one = voting.create_ballot(db, aid, "One", "ranking", recommendation_ids=recs[:1])
    with pytest.raises(ServiceError, match="two items"):
        voting.open_ballot(db, one.id)
    voting.delete_ballot(db, empty.id)
    assert [b.title for b in voting.list_ballots(db, aid)] == ["One"]


# ----------------------------------------------------------------------- double entry


def test_double_entry_counts_agreed_papers_and_lists_mismatches(setup) -> None:  # type: ignore[no-untyped-def]
    db, aid, _, recs = setup
    b = voting.create_ballot(db, aid, "Scale", "support_scale", recommendation_ids=recs, threshold=0.8, secret=False)
    voting.open_ballot(db, b.id)
    ids = items_of(b)
    paper1 = dict(zip(ids, ["5", "4", "3", "2", "1", "5"], strict=True))
    paper2 = dict(zip(ids, ["1", "1", "1", "1", "1", "1"], strict=True))
    assert voting.enter_paper(db, b.id, 1, paper1, entry=1).outcome == "waiting"
    assert voting.enter_paper(db, b.id, 1, paper1, entry=2).outcome == "counted"
    voting.enter_paper(db, b.id, 2, paper2, entry=1)
    typo = {**paper2, ids[3]: "2"}
    assert voting.enter_paper(db, b.id, 2, typo, entry=2).outcome == "mismatch"
    voting.enter_paper(db, b.id, 3, {}, entry=1, spoilt=True)
    status = voting.paper_status(db, b.id)
    assert status.agreed == 1 and status.waiting == [3]
    assert [m.paper_number for m in status.mismatches] == [2]
    assert status.mismatches[0].items == [int(ids[3])]
    # an uncounted paper may be retyped; a counted one may not
    voting.enter_paper(db, b.id, 3, {}, entry=2, spoilt=True)
    with pytest.raises(ServiceError, match="already counted"):
        voting.enter_paper(db, b.id, 1, paper1, entry=2)
    with pytest.raises(ServiceError, match="Cannot close yet: entries disagree on paper 2"):
        voting.close_ballot(db, b.id)
    with pytest.raises(ServiceError, match="no disagreeing"):
        voting.enter_paper(db, b.id, 4, paper1, entry=0)
    assert voting.enter_paper(db, b.id, 2, paper2, entry=0).outcome == "counted"
    status = voting.paper_status(db, b.id)
    assert (status.agreed, status.spoilt, status.waiting, status.mismatches) == (3, 1, [], [])
    result = voting.close_ballot(db, b.id)
    first = result.items[0]
    assert first.counts == {"5": 1, "4": 0, "3": 0, "2": 0, "1": 1}
    assert (first.valid, first.blank, first.spoilt) == (2, 0, 1)
    assert result.cast == 3
    # an open ballot keeps the paper number on its votes
    with db.read() as s:
        assert sorted({v.paper_number for v in s.scalars(select(Vote))}) == [1, 2, 3]


def test_single_entry_ballot_counts_at_once(setup) -> None:  # type: ignore[no-untyped-def]
    db, aid, _, recs = setup
    b = voting.create_ballot(db, aid, "Quick", "yes_no_abstain", recommendation_ids=recs[:1], double_entry=False)
    voting.open_ballot(db, b.id)
    assert voting.enter_paper(db, b.id, 1, {items_of(b)[0]: "no"}).outcome == "counted"
    with pytest.raises(ServiceError, match="typed once"):
        voting.enter_paper(db, b.id, 2, {items_of(b)[0]: "no"}, entry=2)
    assert voting.ballot_result(db, b.id).items[0].counts["no"] == 1


def test_a_bad_paper_is_refused(setup) -> None:  # type: ignore[no-untyped-def]
    db, aid, _, recs = setup
    b = voting.create_ballot(db, aid, "Dots", "dots", recommendation_ids=recs[:3], dots=2, cumulative=False)
    voting.open_ballot(db, b.id)
    a, bb, c = items_of(b)
    with pytest.raises(ServiceError, match="one dot per item"):
        voting.enter_paper(db, b.id, 1, {a: 2})
    with pytest.raises(ServiceError, match="only 2"):
        voting.enter_paper(db, b.id, 1, {a: 1, bb: 1, c: 1})
    with pytest.raises(ServiceError, match="no item"):
        voting.enter_paper(db, b.id, 1, {"99999": 1})
    with db.read() as s:
        assert s.scalars(select(PaperEntry)).all() == []


# ------------------------------------------------------------------- methods end to end


def _count(db: Database, ballot_id: int, papers: list[dict[str, object]], spoilt: int = 0) -> None:
    b = voting.get_ballot(db, ballot_id)
    rows = [(n + 1, p, False) for n, p in enumerate(papers)]
    rows += [(len(papers) + k + 1, {}, True) for k in range(spoilt)]
    voting.import_papers(db, b.id, rows)


def test_approval_dots_and_ranking_results(setup) -> None:  # type: ignore[no-untyped-def]
    db, aid, _, recs = setup
    ap = voting.create_ballot(db, aid, "Approval", "approval", recommendation_ids=recs[:3], threshold=0.5)
    voting.open_ballot(db, ap.id)
    a, b, c = items_of(ap)
    _count(db, ap.id, [{a: True, b: True}, {a: True}, {}, {c: True}], spoilt=1)
    r = voting.ballot_result(db, ap.id)
    assert [i.counts["approve"] for i in r.items] == [2, 1, 1]
    assert [i.rank for i in r.items] == [1, 2, 2]
    assert r.items[0].support_share == pytest.approx(2 / 3) and r.items[0].adopted is True
    assert r.items[1].adopted is False
    assert (r.items[0].blank, r.items[0].spoilt, r.cast) == (1, 1, 5)

    dots = voting.create_ballot(db, aid, "Dots", "dots", recommendation_ids=recs[:3], dots=3)
    voting.open_ballot(db, dots.id)
    a, b, c = items_of(dots)
    _count(db, dots.id, [{a: 3}, {b: 2, c: 1}, {b: 1}])
    r = voting.ballot_result(db, dots.id)
    assert [i.counts["dots"] for i in r.items] == [3, 3, 1]
    assert [i.rank for i in r.items] == [1, 1, 3]
    assert r.items[0].support_share is None and r.items[0].adopted is None

    rk = voting.create_ballot(db, aid, "Rank", "ranking", recommendation_ids=recs[:3])
    voting.open_ballot(db, rk.id)
    a, b, c = items_of(rk)
    _count(db, rk.id, [{a: 1, b: 2, c: 3}] * 3 + [{b: 1, c: 2, a: 3}] * 2 + [{}])
    r = voting.ballot_result(db, rk.id)
    assert [i.rank for i in r.items] == [1, 2, 3]
    assert [i.scores["borda"] for i in r.items] == [6, 7, 2]
    assert [i.counts["first"] for i in r.items] == [3, 2, 0]
    assert r.items[0].blank == 1


@pytest.mark.parametrize(
    ("base", "share", "adopted"),
    [("valid", 8 / 9, True), ("cast", 8 / 11, False), ("present", 8 / 10, True), ("members", 8 / 20, False)],
)
def test_bases_and_threshold(setup, base: str, share: float, adopted: bool) -> None:  # type: ignore[no-untyped-def]
    db, aid, members, recs = setup
    day = make_day(db, aid, present=members[:10], absent=members[10:12])
    b = voting.create_ballot(
        db, aid, "Y", "yes_no_abstain", recommendation_ids=recs[:1], threshold=0.8, base=base, day_id=day
    )
    voting.open_ballot(db, b.id)
    item = items_of(b)[0]
    _count(db, b.id, [{item: "yes"}] * 8 + [{item: "no"}] + [{item: "abstain"}], spoilt=1)
    r = voting.close_ballot(db, b.id)
    assert (r.present, r.eligible, r.cast) == (10, 20, 11)
    assert r.items[0].support_share == pytest.approx(share)
    assert r.items[0].adopted is adopted


def test_present_falls_back_to_active_members_without_check_ins(setup) -> None:  # type: ignore[no-untyped-def]
    db, aid, members, recs = setup
    day = make_day(db, aid, present=[])
    b = voting.create_ballot(db, aid, "Y", "yes_no_abstain", recommendation_ids=recs[:1], day_id=day)
    assert voting.ballot_result(db, b.id).present == 20


# ------------------------------------------------------------------------- hand counts


def test_hand_counts_total_and_per_table_with_the_present_check(setup) -> None:  # type: ignore[no-untyped-def]
    from app.models import AssemblyTable

    db, aid, members, recs = setup
    day = make_day(db, aid, present=members[:12])
    with db.session() as s:
        t1, t2 = AssemblyTable(assembly_id=aid, number=1), AssemblyTable(assembly_id=aid, number=2)
        s.add_all([t1, t2])
        s.flush()
        tables = [t1.id, t2.id]
    b = voting.create_ballot(db, aid, "Y", "yes_no_abstain", recommendation_ids=recs[:1], day_id=day, threshold=0.5)
    voting.open_ballot(db, b.id)
    item = b.items[0].id
    voting.set_hand_count(db, b.id, {item: {"yes": 4, "no": 1}}, table_id=tables[0])
    voting.set_hand_count(db, b.id, {item: {"yes": 3, "no": 2, "abstain": 1}}, table_id=tables[1])
    # retyping a table's count replaces it
    voting.set_hand_count(db, b.id, {item: {"yes": 5, "no": 1}}, table_id=tables[0])
    r = voting.ballot_result(db, b.id)
    assert r.items[0].counts == {"yes": 8, "no": 3, "abstain": 1}
    assert r.cast == 12
    with pytest.raises(ServiceError, match="13 votes.*only 12 members are present"):
        voting.set_hand_count(db, b.id, {item: {"yes": 6, "no": 1}}, table_id=tables[0])
    assert voting.hand_counts(db, b.id, tables[0]) == {item: {"yes": 5, "no": 1}}  # unchanged
    checks = voting.set_hand_count(db, b.id, {item: {"yes": 6, "no": 1}}, table_id=tables[0], force=True)
    assert checks[0].over and checks[0].total == 13
    with pytest.raises(ServiceError, match="per table"):
        voting.set_hand_count(db, b.id, {item: {"yes": 1}})
    with pytest.raises(ServiceError, match="not an option"):
        voting.set_hand_count(db, b.id, {item: {"maybe": 1}}, table_id=tables[1])


# ------------------------------------------------------------------------------ sealing


def test_close_seals_the_result_and_verify_detects_tampering(setup) -> None:  # type: ignore[no-untyped-def]
    import hashlib
    import json

    db, aid, _, recs = setup
    b = voting.create_ballot(db, aid, "Y", "yes_no_abstain", recommendation_ids=recs[:2], threshold=0.8)
    voting.open_ballot(db, b.id)
    x, y = items_of(b)
    _count(db, b.id, [{x: "yes", y: "no"}] * 4 + [{x: "no", y: "yes"}])
    r = voting.close_ballot(db, b.id)
    with db.read() as s:
        ballot = s.get(Ballot, b.id)
        assert ballot is not None and ballot.result is not None
        canonical = json.dumps(ballot.result, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
        assert hashlib.sha256(canonical.encode()).hexdigest() == ballot.checksum == r.checksum
    assert r.items[0].adopted is True and r.items[1].adopted is False
    assert voting.verify_seal(db, b.id).ok
    assert voting.ballot_result(db, b.id) == r
    # tamper with the stored result
    with db.session() as s:
        ballot = s.get(Ballot, b.id)
        assert ballot is not None
        data = dict(ballot.result or {})
        data["cast"] = 99
        ballot.result = data
    check = voting.verify_seal(db, b.id)
    assert not check.ok and "checksum" in check.message


def test_a_closed_unsealed_ballot_is_tallied_on_the_fly_and_can_be_sealed(setup) -> None:  # type: ignore[no-untyped-def]
    db, aid, _, recs = setup
    b = voting.create_ballot(db, aid, "Y", "yes_no_abstain", recommendation_ids=recs[:1])
    voting.open_ballot(db, b.id)
    _count(db, b.id, [{items_of(b)[0]: "yes"}] * 3)
    with db.session() as s:  # the demo closes ballots straight through the ORM
        ballot = s.get(Ballot, b.id)
        assert ballot is not None
        ballot.state = "closed"
    r = voting.ballot_result(db, b.id)
    assert r.checksum is None and r.items[0].counts["yes"] == 3
    assert [x.id for x in voting.list_results(db, aid)] == [b.id]
    sealed = voting.seal_ballot(db, b.id)
    assert sealed.checksum and voting.verify_seal(db, b.id).ok
    with pytest.raises(ServiceError, match="already sealed"):
        voting.seal_ballot(db, b.id)
    assert voting.list_results(db, aid, states=("published",)) == []


def test_parse_choice_words_in_english_and_danish() -> None:
    yna = [
        voting.OptionInfo("yes", "Ja", True, False),
        voting.OptionInfo("no", "Nej", False, False),
        voting.OptionInfo("abstain", "Hverken for eller imod", False, True),
    ]
    words = [("yes", "yes"), ("JA", "yes"), ("j", "yes"), ("nej", "no"), ("No", "no"), ("blank", "abstain"),
             ("hverken", "abstain"), ("abstain", "abstain"), ("", "abstain")]  # fmt: skip
    for word, key in words:
        assert voting.parse_choice("yes_no_abstain", yna, word) == key
    with pytest.raises(ServiceError, match="not an option"):
        voting.parse_choice("yes_no_abstain", yna, "måske")
    scale = [voting.OptionInfo(str(k), str(k), k > 2, False) for k in range(5, 0, -1)]
    assert voting.parse_choice("support_scale", scale, "4") == "4"
    assert voting.parse_choice("support_scale", scale, "") is None
    with pytest.raises(ServiceError):
        voting.parse_choice("support_scale", scale, "6")
    assert voting.parse_choice("approval", [], "x") is True
    assert voting.parse_choice("approval", [], "") is False
    assert voting.parse_choice("dots", [], "2") == 2
    assert voting.parse_choice("ranking", [], "3", n_items=3) == 3
    with pytest.raises(ServiceError):
        voting.parse_choice("ranking", [], "4", n_items=3)
