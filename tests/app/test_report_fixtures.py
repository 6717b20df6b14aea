"""A small but complete assembly for the Reports tests, built straight through the ORM
(the tests must not depend on the demo's content). Imported by the other report tests."""

from __future__ import annotations

import datetime as dt

from app.db import Database
from app.models import (
    AgendaItem,
    AssemblyTable,
    Attendance,
    Ballot,
    BallotItem,
    BallotOption,
    Category,
    CategoryValue,
    Draw,
    Expert,
    MeetingDay,
    Member,
    MemberContact,
    MemberValue,
    Presentation,
    Recommendation,
    RecommendationVersion,
    Round,
    Seating,
    Vote,
)
from app.services import evaluation

SECRET_NAMES = ("Kirsten Ærøboe", "Søren Åkjær")


def populate(db: Database, assembly_id: int) -> dict[str, int]:
    """Two days, 2 categories, 20 members (contacts with names), attendance, two tables,
    three recommendations (one with a minority statement), one closed ballot and a survey."""
    ids: dict[str, int] = {}
    with db.session() as s:
        days = [
            MeetingDay(assembly_id=assembly_id, number=1, date=dt.date(2027, 2, 6), title="Viden", venue="Rådhuset"),
            MeetingDay(
                assembly_id=assembly_id, number=2, date=dt.date(2027, 3, 6), title="Anbefalinger", venue="Hallen"
            ),
        ]
        s.add_all(days)
        s.flush()
        ids["day1"], ids["day2"] = days[0].id, days[1].id
        days[0].agenda_items = [
            AgendaItem(position=0, kind="plenary", title="Velkomst", duration_min=30),
            AgendaItem(position=1, kind="presentation", title="Klima og byen", duration_min=45),
            AgendaItem(position=2, kind="break", title="Frokost", duration_min=45),
            AgendaItem(position=3, kind="table_dialogue", title="Dialog ved bordene", duration_min=90),
        ]
        days[1].agenda_items = [AgendaItem(position=0, kind="vote", title="Afstemning", duration_min=60)]
        s.flush()
        expert = Expert(
            assembly_id=assembly_id,
            name="Dr. Åse Møller",
            role="Forsker",
            organisation="Universitetet",
            email="aase@example.org",
        )
        s.add(expert)
        s.flush()
        s.add(
            Presentation(
                assembly_id=assembly_id,
                expert_id=expert.id,
                title="Klima og byen",
                agenda_item_id=days[0].agenda_items[1].id,
            )
        )
        age = Category(assembly_id=assembly_id, name="Alder", position=0)
        age.values = [
            CategoryValue(name="16-39", position=0, population_share=0.4, min_quota=7, max_quota=9),
            CategoryValue(name="40+", position=1, population_share=0.6, min_quota=11, max_quota=13),
        ]
        gender = Category(assembly_id=assembly_id, name="Køn", position=1)
        gender.values = [
            CategoryValue(name="Kvinde", position=0, population_share=0.5),
            CategoryValue(name="Mand", position=1, population_share=0.5),
        ]
        s.add_all([age, gender])
        s.flush()
        draw = Draw(
            assembly_id=assembly_id,
            algorithm="leximin",
            panel_size=20,
            reserves=4,
            seed="1234",
            inputs_hash="ab" * 32,
            min_probability=0.031,
            report={"pool_size": 120},
        )
        s.add(draw)
        s.flush()
        members = []
        for n in range(1, 21):
            m = Member(assembly_id=assembly_id, number=n, draw_id=draw.id)
            m.values = [
                MemberValue(category_id=age.id, value_id=age.values[0 if n <= 8 else 1].id),
                MemberValue(category_id=gender.id, value_id=gender.values[n % 2].id),
            ]
            name = SECRET_NAMES[n % 2].split()
            m.contact = MemberContact(
                first_name=name[0], last_name=name[1], email=f"m{n}@example.org", phone="12345678"
            )
            members.append(m)
        s.add_all(members)
        s.flush()
        for m in members:
            s.add(Attendance(member_id=m.id, day_id=days[0].id, status="present" if m.number > 2 else "absent"))
            if m.number != 5:
                s.add(Attendance(member_id=m.id, day_id=days[1].id, status="late" if m.number == 7 else "present"))
        tables = [AssemblyTable(assembly_id=assembly_id, number=i, name=f"Bord {i}", host_name="Vært") for i in (1, 2)]
        s.add_all(tables)
        rnd = Round(assembly_id=assembly_id, number=1, day_id=days[0].id, title="Runde 1")
        s.add(rnd)
        s.flush()
        for m in members:
            s.add(Seating(round_id=rnd.id, member_id=m.id, table_id=tables[m.number % 2].id))
        recs = []
        for pos, (code, title, minority) in enumerate(
            [
                ("A1", "Grønne tage på alle nye byggerier", ""),
                ("A2", "Gratis bus for unge under 25 år", "Vi mener, at prisen bør betales af brugerne."),
                ("A3", "Et ungeråd med rigtig indflydelse", ""),
            ]
        ):
            r = Recommendation(
                assembly_id=assembly_id,
                code=code,
                title=title,
                position=pos,
                theme="Klima",
                minority_statement=minority,
                origin_table_id=tables[0].id,
            )
            r.versions = [
                RecommendationVersion(number=1, text=f"Første udkast til {code}.", author="Bord 1"),
                RecommendationVersion(
                    number=2, text=f"Endelig ordlyd for {code}: æ ø å Æ Ø Å.\n\nAnden del.", author=SECRET_NAMES[0]
                ),
            ]
            from app.models import Initiative

            r.initiatives = [
                Initiative(position=0, text=f"Initiativ 1 til {code}"),
                Initiative(position=1, text=f"Initiativ 2 til {code}"),
            ]
            recs.append(r)
        s.add_all(recs)
        s.flush()
        for r in recs:
            r.final_version_id = r.versions[-1].id
            r.status = "final"
        ballot = Ballot(
            assembly_id=assembly_id,
            day_id=days[1].id,
            title="Endelig afstemning",
            question="Støtter du anbefalingen?",
            method="yes_no_abstain",
            secret=True,
            threshold=0.8,
            base="valid",
            state="closed",
            present_count=19,
            eligible_count=20,
        )
        ballot.options = [
            BallotOption(key="yes", label="Ja", position=0, counts_as_support=True),
            BallotOption(key="no", label="Nej", position=1),
            BallotOption(key="abstain", label="Blank", position=2, is_blank=True),
        ]
        ballot.items = [BallotItem(recommendation_id=r.id, position=i, label=r.title) for i, r in enumerate(recs)]
        s.add(ballot)
        s.flush()
        ids["ballot"] = ballot.id
        plan = {0: (17, 2, 0), 1: (12, 6, 1), 2: (16, 3, 0)}
        for i, item in enumerate(ballot.items):
            yes, no, blank = plan[i]
            for key, count in (("yes", yes), ("no", no), ("abstain", blank)):
                for _ in range(count):
                    s.add(Vote(ballot_id=ballot.id, item_id=item.id, choice=key))
    survey = evaluation.create_survey(db, assembly_id, "Evaluering af dag 1", day_id=ids["day1"])
    q1 = evaluation.add_question(db, survey.id, "Jeg følte mig hørt", code="hoert")
    evaluation.add_question(db, survey.id, "Programmet var godt", code="program")
    evaluation.add_question(db, survey.id, "Hvad kan gøres bedre?", kind="text", code="bedre")
    for i in range(12):
        evaluation.add_response(
            db, survey.id, {"hoert": 1 + i % 5, "program": 5 - i % 3, "bedre": "Mere kaffe" if i % 4 == 0 else ""}
        )
    ids["survey"] = survey.id
    ids["q1"] = q1.id
    return ids


def test_populate_builds_a_complete_assembly(db: Database, assembly) -> None:  # type: ignore[no-untyped-def]
    ids = populate(db, assembly.id)
    results = evaluation.survey_results(db, ids["survey"])
    assert results.survey.responses == 12
    assert results.questions[0].n == 12 and results.questions[2].texts == ["Mere kaffe"] * 3
