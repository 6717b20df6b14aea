"""The demo assembly: its counts and the invariants other areas rely on."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.db import Database
from app.demo import DATA_DIR, fresh_demo
from app.models import (
    AgendaItem,
    Assembly,
    AssemblyTable,
    Attendance,
    Ballot,
    Category,
    DrawSelection,
    Expert,
    MeetingDay,
    Member,
    MemberContact,
    MemberValue,
    Presentation,
    Recommendation,
    RecommendationVersion,
    Respondent,
    RespondentContact,
    Round,
    Seating,
    SurveyResponse,
    Vote,
    VoteCast,
)

ROOT = Path(__file__).resolve().parents[2]


def _count(db: Database, model: type) -> int:
    with db.read() as s:
        return int(s.scalar(select(func.count()).select_from(model)) or 0)


def test_counts(demo_db: Database) -> None:
    assert _count(demo_db, Assembly) == 1
    assert _count(demo_db, Respondent) == 600
    assert _count(demo_db, RespondentContact) == 600
    assert _count(demo_db, Member) == 50
    assert _count(demo_db, MemberContact) == 50
    assert _count(demo_db, MemberValue) == 50 * 4
    assert _count(demo_db, MeetingDay) == 5
    assert _count(demo_db, Expert) == 7
    assert _count(demo_db, Presentation) == 7
    assert _count(demo_db, AssemblyTable) == 8
    assert _count(demo_db, Round) == 5
    assert _count(demo_db, Recommendation) == 12
    assert _count(demo_db, SurveyResponse) == 40
    with demo_db.read() as s:
        a = s.scalars(select(Assembly)).one()
        assert a.name == "Borgertinget i Sundby"
        assert "bæredygtigt Sundby" in a.remit
        assert all(t.host_name for t in s.scalars(select(AssemblyTable)))


def test_categories_have_population_targets_that_sum_to_one(demo_db: Database) -> None:
    with demo_db.read() as s:
        cats = s.scalars(select(Category).order_by(Category.position)).all()
        assert [c.name for c in cats] == ["Alder", "Køn", "Uddannelse", "Bopæl"]
        for c in cats:
            assert sum(v.population_share or 0 for v in c.values) == pytest.approx(1.0, abs=1e-6), c.name


def test_members_come_from_the_draw_and_match_the_targets(demo_db: Database) -> None:
    with demo_db.read() as s:
        members = s.scalars(select(Member).order_by(Member.number)).all()
        assert [m.number for m in members] == list(range(1, 51))
        assert all(m.status == "active" and m.draw_id is not None for m in members)
        respondents = {r.id: r for r in s.scalars(select(Respondent))}
        assert all(respondents[m.respondent_id].status == "selected" for m in members if m.respondent_id)
        selections = s.scalars(select(DrawSelection)).all()
        roles = Counter(sel.role for sel in selections)
        assert roles["member"] == 50 and 8 <= roles["reserve"] <= 12
        reserves = sorted((sel.rank or 0) for sel in selections if sel.role == "reserve")
        assert reserves == list(range(1, len(reserves) + 1))
        assert {respondents[sel.respondent_id].status for sel in selections if sel.role == "reserve"} == {"reserve"}
        assert all(sel.probability > 0 for sel in selections if sel.role == "member")
        # contact data copied from the respondent
        for m in members[:5]:
            rc = s.get(RespondentContact, m.respondent_id)
            mc = s.get(MemberContact, m.id)
            assert rc is not None and mc is not None and (mc.first_name, mc.email) == (rc.first_name, rc.email)
        # the profile stays within two members of each population target
        for cat in s.scalars(select(Category)):
            got = Counter(s.scalars(select(MemberValue.value_id).where(MemberValue.category_id == cat.id)).all())
            for v in cat.values:
                assert abs(got[v.id] - (v.population_share or 0) * 50) <= 2, (cat.name, v.name)
        # no household drawn twice
        households = [respondents[m.respondent_id].household for m in members if m.respondent_id]
        households = [h for h in households if h]
        assert len(households) == len(set(households))


def test_every_member_is_seated_once_per_round_in_balanced_tables(demo_db: Database) -> None:
    with demo_db.read() as s:
        member_ids = set(s.scalars(select(Member.id)))
        days = {d.id for d in s.scalars(select(MeetingDay))}
        for rnd in s.scalars(select(Round).order_by(Round.number)):
            assert rnd.day_id in days
            seats = s.scalars(select(Seating).where(Seating.round_id == rnd.id)).all()
            assert sorted(x.member_id for x in seats) == sorted(member_ids)
            sizes = Counter(x.table_id for x in seats)
            assert len(sizes) == 8 and max(sizes.values()) - min(sizes.values()) <= 1
        # mixed: in round 1, no table is all one gender
        gender = s.scalars(select(Category).where(Category.name == "Køn")).one()
        rows = s.execute(
            select(MemberValue.member_id, MemberValue.value_id).where(MemberValue.category_id == gender.id)
        )
        value_of = {member: value for member, value in rows}
        first = s.scalars(select(Seating).where(Seating.round_id == 1)).all()
        for table in {x.table_id for x in first}:
            assert len({value_of[x.member_id] for x in first if x.table_id == table}) == 2


def test_days_are_future_weekends_with_full_agendas(demo_db: Database) -> None:
    with demo_db.read() as s:
        days = s.scalars(select(MeetingDay).order_by(MeetingDay.date)).all()
        assert [d.number for d in days] == [1, 2, 3, 4, 5]
        for d in days:
            assert d.date > dt.date(2026, 11, 23) and d.date.weekday() in (5, 6)
            assert 2 <= d.date.month <= 5
            items = s.scalars(select(AgendaItem).where(AgendaItem.day_id == d.id)).all()
            kinds = {i.kind for i in items}
            assert {"plenary", "table_dialogue", "break"} <= kinds
            span = dt.datetime.combine(d.date, d.end_time) - dt.datetime.combine(d.date, d.start_time)
            assert sum(i.duration_min for i in items) == span.total_seconds() / 60
        presentations = s.scalars(select(Presentation)).all()
        agenda_kind = {i.id: i.kind for i in s.scalars(select(AgendaItem))}
        assert all(agenda_kind[p.agenda_item_id] == "presentation" for p in presentations if p.agenda_item_id)


def test_attendance_on_day_one_only(demo_db: Database) -> None:
    with demo_db.read() as s:
        rows = s.scalars(select(Attendance)).all()
        assert {r.day_id for r in rows} == {1}
        status = Counter(r.status for r in rows)
        assert len(rows) == 50 and status["present"] >= 40 and status["late"] >= 1 and status["absent"] >= 1


def test_recommendations_have_versions_and_initiatives(demo_db: Database) -> None:
    with demo_db.read() as s:
        for rec in s.scalars(select(Recommendation)):
            versions = s.scalars(
                select(RecommendationVersion.number).where(RecommendationVersion.recommendation_id == rec.id)
            ).all()
            assert 2 <= len(versions) <= 3 and sorted(versions) == list(range(1, len(versions) + 1))
            assert rec.initiatives and rec.theme and rec.origin_table_id


def test_ballots(demo_db: Database) -> None:
    with demo_db.read() as s:
        ballots = {b.state: b for b in s.scalars(select(Ballot))}
        closed, open_ = ballots["closed"], ballots["open"]
        assert closed.method == "support_scale" and closed.secret and closed.threshold == 0.8
        assert closed.base == "valid" and len(closed.items) == 6
        # either left for the voting service to tally, or sealed by it as closing would have done
        assert closed.result is None or (closed.checksum and closed.result["cast"] == 45)
        assert [o.key for o in closed.options] == ["5", "4", "3", "2", "1"]
        votes = s.scalars(select(Vote).where(Vote.ballot_id == closed.id)).all()
        papers = Counter(v.ballot_paper for v in votes)
        assert 40 <= len(papers) <= 50 and set(papers.values()) == {6}
        assert all(v.paper_number is None for v in votes)  # secret: nothing links a paper to a voter
        assert open_.method == "yes_no_abstain" and len(open_.items) == 2
        open_votes = s.scalars(select(Vote).where(Vote.ballot_id == open_.id)).all()
        cast = s.scalars(select(VoteCast).where(VoteCast.ballot_id == open_.id)).all()
        assert len({v.ballot_paper for v in open_votes}) == len(cast) > 0
        assert {v.choice for v in open_votes} <= {"yes", "no", "abstain"}


def test_the_demo_draw_is_a_tingsted_draw_that_reproduces(demo_db: Database) -> None:
    """The recorded draw was made by the lottery service (LEXIMIN, quotas from the targets,
    a public number 000–999), so recomputing it from its seed gives the same panel and
    reserves, and the members are that panel."""
    from app.services import sortition

    draw = sortition.latest_draw(demo_db, 1)
    assert draw is not None and draw.algorithm == "leximin" and sortition.can_reproduce(draw)
    assert draw.transparent_number is not None and 0 <= draw.transparent_number <= 999
    assert draw.members_made and draw.report["household_rule"] is True
    with demo_db.read() as s:
        quotas = {
            c.name: {v.name: [v.min_quota, v.max_quota] for v in c.values}
            for c in s.scalars(select(Category).order_by(Category.position))
        }
        probabilities = s.scalars(select(DrawSelection.probability)).all()
    assert draw.report["quotas"] == quotas  # the quotas shown are the ones the draw used
    assert sum(probabilities) == pytest.approx(50, abs=1e-3)
    assert min(probabilities) == pytest.approx(draw.min_probability, abs=1e-6) and draw.min_probability > 0.03
    result = sortition.reproduce_draw(demo_db, draw.id)
    assert (result.same_inputs, result.same_panel, result.same_reserves) == (True, True, True), result.message


def test_fresh_demo_copies_a_cached_template(tmp_path: Path) -> None:
    first = fresh_demo(tmp_path / "a.tingsted", tmp_path / "cache")
    first.dispose()
    templates = list((tmp_path / "cache").glob("demo-template-*.tingsted"))
    assert len(templates) == 1
    stamp = templates[0].stat().st_mtime_ns
    second = fresh_demo(tmp_path / "b.tingsted", tmp_path / "cache")
    try:
        assert _count(second, Member) == 50
    finally:
        second.dispose()
    assert templates[0].stat().st_mtime_ns == stamp  # reused, not rebuilt


def test_generator_reproduces_the_committed_files(tmp_path: Path) -> None:
    """The data files are exactly what the committed generator makes."""
    before = {p.name: p.read_bytes() for p in DATA_DIR.iterdir()}
    out = tmp_path / "demo"
    script = (ROOT / "scripts" / "make_demo_data.py").read_text(encoding="utf-8")
    patched = tmp_path / "make_demo_data.py"
    patched.write_text(
        script.replace('OUT = Path(__file__).resolve().parent.parent / "data" / "demo"', f"OUT = Path({str(out)!r})"),
        encoding="utf-8",
    )
    subprocess.run([sys.executable, str(patched)], check=True, capture_output=True)
    after = {p.name: p.read_bytes() for p in out.iterdir()}
    assert after == before


def _calendar(db: Database) -> tuple[list[dt.date], list[dt.datetime], list[dt.datetime]]:
    with db.read() as s:
        days = list(s.scalars(select(MeetingDay.date).order_by(MeetingDay.number)))
        checkins = list(s.scalars(select(Attendance.checked_in_at).where(Attendance.checked_in_at.is_not(None))))
        versions = list(s.scalars(select(RecommendationVersion.created_at).order_by(RecommendationVersion.id)))
    return days, sorted(checkins), versions


RECORDED_DAYS = [
    dt.date(2027, 2, 6),
    dt.date(2027, 3, 7),
    dt.date(2027, 4, 10),
    dt.date(2027, 4, 25),
    dt.date(2027, 5, 22),
]


def test_demo_fixture_keeps_the_files_calendar(demo_db: Database) -> None:
    assert _calendar(demo_db)[0] == RECORDED_DAYS


@pytest.mark.parametrize(
    "today", [dt.date(2026, 12, 4), dt.date(2027, 2, 6), dt.date(2027, 2, 7), dt.date(2027, 6, 1), dt.date(2031, 8, 15)]
)
def test_a_new_demo_starts_in_the_week_after_today(tmp_path: Path, today: dt.date) -> None:
    """The calendar bomb: the files' days are in 2027, but a demo made on any day shows an
    assembly about to start – every date moved by the same whole number of weeks."""
    from app.demo import build_demo

    recorded = build_demo(tmp_path / "recorded.tingsted", today=dt.date(2027, 2, 1))
    moved = build_demo(tmp_path / "moved.tingsted", today=today)
    try:
        (days0, checkins0, versions0), (days, checkins, versions) = _calendar(recorded), _calendar(moved)
        assert days0 == RECORDED_DAYS
        assert today < days[0] <= today + dt.timedelta(days=7)
        delta = days[0] - days0[0]
        assert delta.days % 7 == 0
        assert [d.weekday() for d in days] == [d.weekday() for d in days0]  # Saturdays stay Saturdays
        assert days == [d + delta for d in days0]
        assert checkins == [t + delta for t in checkins0] and versions == [t + delta for t in versions0]
        with moved.read() as s:  # members joined on the day of the draw, before day 1
            assert all(j is not None and j < days[0] for j in s.scalars(select(Member.joined_on)))
        from app.services import voting

        closed = [r for r in voting.list_results(moved, 1, states=("closed",))]
        assert closed and all(voting.verify_seal(moved, r.id).ok for r in closed)  # the seal ignores dates
    finally:
        recorded.dispose()
        moved.dispose()


def test_a_template_cached_on_an_earlier_day_gives_todays_dates(tmp_path: Path) -> None:
    monday = dt.date(2026, 12, 7)
    first = fresh_demo(tmp_path / "a.tingsted", tmp_path / "cache", today=monday)
    try:
        assert _calendar(first)[0][0] == dt.date(2026, 12, 12)
    finally:
        first.dispose()
    later = monday + dt.timedelta(days=100)
    second = fresh_demo(tmp_path / "b.tingsted", tmp_path / "cache", today=later)
    try:
        day1 = _calendar(second)[0][0]
        assert later < day1 <= later + dt.timedelta(days=7)
    finally:
        second.dispose()
    (template,) = (tmp_path / "cache").glob("demo-template-*.tingsted")
    from app.db import open_database

    kept = open_database(template, upgrade_schema=False)
    try:
        assert _calendar(kept)[0] == RECORDED_DAYS  # the template keeps the files' calendar
    finally:
        kept.dispose()
