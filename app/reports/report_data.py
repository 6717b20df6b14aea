"""Everything the recommendation report shows, gathered read-only into plain dataclasses.

``gather(db, assembly_id)`` runs a handful of queries in one read session and returns
``ReportData``; every part is empty (never missing) when an area has no data yet, so a
report can be built at any stage of the assembly. Vote results come from the Voting
area (contract 2: ``app.services.voting.list_results``), imported lazily.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, select

from app.db import Database
from app.models import (
    AgendaItem,
    Assembly,
    AssemblyTable,
    Attendance,
    Category,
    CategoryValue,
    Draw,
    Expert,
    MeetingDay,
    Member,
    MemberStatus,
    MemberValue,
    Presentation,
    Question,
    Recommendation,
    RecommendationStatus,
    RecommendationVersion,
    Respondent,
    Round,
)
from app.services.errors import NotFound


@dataclass(frozen=True)
class AgendaLine:
    start: dt.time
    minutes: int
    kind: str
    title: str


@dataclass(frozen=True)
class DayData:
    id: int
    number: int
    date: dt.date
    title: str
    venue: str
    start: dt.time
    end: dt.time
    agenda: list[AgendaLine]


@dataclass(frozen=True)
class ExpertData:
    name: str
    role: str
    organisation: str
    perspective: str
    presentations: list[str]  # titles


@dataclass(frozen=True)
class DrawData:
    created_at: dt.datetime
    algorithm: str
    panel_size: int
    reserves: int
    seed: str
    inputs_hash: str
    min_probability: float | None
    transparent_number: int | None
    pool_size: int


@dataclass(frozen=True)
class ValueShare:
    name: str
    target: float | None  # the population's share
    min_quota: int | None
    max_quota: int | None
    members: int  # active members with this value
    pool: int  # respondents with this value


@dataclass(frozen=True)
class CategoryData:
    name: str
    values: list[ValueShare]

    @property
    def members_total(self) -> int:
        return sum(v.members for v in self.values)


@dataclass(frozen=True)
class AttendanceDay:
    number: int
    date: dt.date
    present: int
    late: int
    left_early: int
    absent: int
    not_recorded: int


@dataclass(frozen=True)
class VoteData:
    """One recommendation's result in one ballot (contract 2's ``ItemResult`` flattened)."""

    ballot_id: int
    ballot_title: str
    method: str
    threshold: float | None
    base: str
    options: list[tuple[str, str, bool, bool]]  # key, label, counts as support, is blank
    counts: dict[str, int]
    valid: int
    blank: int
    spoilt: int
    base_count: int
    support_share: float | None
    adopted: bool | None
    rank: int | None
    checksum: str | None


@dataclass(frozen=True)
class RecommendationData:
    id: int
    code: str
    title: str
    theme: str
    status: str
    text: str
    version_number: int | None
    is_final: bool
    versions: int
    initiatives: list[str]
    minority_statement: str
    origin_table: str
    votes: list[VoteData] = field(default_factory=list)


@dataclass(frozen=True)
class MembersData:
    active: int
    total: int
    withdrawn: int
    replaced: int
    pool: int
    draw: DrawData | None
    categories: list[CategoryData]


@dataclass(frozen=True)
class ReportData:
    assembly_id: int
    name: str
    commissioning_body: str
    remit: str
    town: str
    description: str
    threshold: float
    days: list[DayData]
    experts: list[ExpertData]
    tables: int
    rounds: int
    questions: int
    members: MembersData
    attendance: list[AttendanceDay]
    recommendations: list[RecommendationData]
    ballots: list[Any]  # contract 2's BallotResult
    evaluation: list[Any]  # app.services.evaluation.SurveyResult


def _ballot_results(db: Database, assembly_id: int) -> list[Any]:
    try:
        from app.services.voting import list_results
    except ImportError:  # the Voting area is not there yet
        return []
    try:
        return list(list_results(db, assembly_id))
    except NotImplementedError:
        return []


def _base_count(ballot: Any, item: Any) -> int:
    base = getattr(ballot, "base", "valid")
    if base == "cast":
        return int(item.valid + item.blank + item.spoilt)
    if base == "present":
        return int(ballot.present)
    if base == "members":
        return int(ballot.eligible)
    return int(item.valid)


def _votes_by_recommendation(ballots: list[Any]) -> dict[int, list[VoteData]]:
    out: dict[int, list[VoteData]] = defaultdict(list)
    for b in ballots:
        options = [(o.key, o.label, o.counts_as_support, o.is_blank) for o in b.options]
        for item in b.items:
            if item.recommendation_id is None:
                continue
            out[item.recommendation_id].append(
                VoteData(
                    b.id,
                    b.title,
                    b.method,
                    b.threshold,
                    b.base,
                    options,
                    dict(item.counts),
                    item.valid,
                    item.blank,
                    item.spoilt,
                    _base_count(b, item),
                    item.support_share,
                    item.adopted,
                    item.rank,
                    b.checksum,
                )
            )
    return out


def gather(db: Database, assembly_id: int) -> ReportData:
    """Read everything the report needs (one read session, plus the vote results)."""
    ballots = _ballot_results(db, assembly_id)
    evaluation: list[Any] = []
    try:
        from app.services.evaluation import evaluation_results

        evaluation = evaluation_results(db, assembly_id)
    except ImportError:  # pragma: no cover
        evaluation = []
    votes = _votes_by_recommendation(ballots)

    with db.read() as s:
        a = s.get(Assembly, assembly_id)
        if a is None:
            raise NotFound("No assembly with id {id}.", id=assembly_id)

        # -- days and program
        days: list[DayData] = []
        day_rows = s.scalars(select(MeetingDay).where(MeetingDay.assembly_id == assembly_id).order_by(MeetingDay.date))
        items_by_day: dict[int, list[AgendaItem]] = defaultdict(list)
        for item in s.scalars(
            select(AgendaItem)
            .join(MeetingDay, MeetingDay.id == AgendaItem.day_id)
            .where(MeetingDay.assembly_id == assembly_id)
            .order_by(AgendaItem.position)
        ):
            items_by_day[item.day_id].append(item)
        for d in day_rows:
            start = dt.datetime.combine(d.date, d.start_time)
            lines = []
            for item in items_by_day[d.id]:
                lines.append(AgendaLine(start.time(), item.duration_min, item.kind, item.title))
                start += dt.timedelta(minutes=item.duration_min)
            days.append(DayData(d.id, d.number, d.date, d.title, d.venue, d.start_time, d.end_time, lines))

        presentations: dict[int, list[str]] = defaultdict(list)
        for p in s.scalars(select(Presentation).where(Presentation.assembly_id == assembly_id)):
            presentations[p.expert_id].append(p.title)
        experts = [
            ExpertData(e.name, e.role, e.organisation, e.perspective, presentations.get(e.id, []))
            for e in s.scalars(select(Expert).where(Expert.assembly_id == assembly_id).order_by(Expert.name))
        ]

        def count(q: Any) -> int:
            return int(s.scalar(q) or 0)

        tables = count(select(func.count(AssemblyTable.id)).where(AssemblyTable.assembly_id == assembly_id))
        rounds = count(select(func.count(Round.id)).where(Round.assembly_id == assembly_id))
        questions = count(select(func.count(Question.id)).where(Question.assembly_id == assembly_id))

        # -- members, the draw and the composition
        status_counts = Counter(
            dict(
                s.execute(
                    select(Member.status, func.count()).where(Member.assembly_id == assembly_id).group_by(Member.status)
                ).all()
            )
        )
        pool = count(select(func.count(Respondent.id)).where(Respondent.assembly_id == assembly_id))
        draw_row = s.scalars(
            select(Draw).where(Draw.assembly_id == assembly_id).order_by(Draw.created_at.desc(), Draw.id.desc())
        ).first()
        draw = None
        if draw_row is not None:
            draw = DrawData(
                draw_row.created_at,
                draw_row.algorithm,
                draw_row.panel_size,
                draw_row.reserves,
                draw_row.seed,
                draw_row.inputs_hash,
                draw_row.min_probability,
                draw_row.transparent_number,
                int((draw_row.report or {}).get("pool_size", pool) or pool),
            )
        member_counts = Counter(
            dict(
                s.execute(
                    select(MemberValue.value_id, func.count())
                    .join(Member, Member.id == MemberValue.member_id)
                    .where(Member.assembly_id == assembly_id, Member.status == MemberStatus.ACTIVE)
                    .group_by(MemberValue.value_id)
                ).all()
            )
        )
        from app.models import RespondentValue

        pool_counts = Counter(
            dict(
                s.execute(
                    select(RespondentValue.value_id, func.count())
                    .join(Respondent, Respondent.id == RespondentValue.respondent_id)
                    .where(Respondent.assembly_id == assembly_id)
                    .group_by(RespondentValue.value_id)
                ).all()
            )
        )
        categories = []
        values_by_category: dict[int, list[CategoryValue]] = defaultdict(list)
        for v in s.scalars(
            select(CategoryValue)
            .join(Category, Category.id == CategoryValue.category_id)
            .where(Category.assembly_id == assembly_id)
            .order_by(CategoryValue.position, CategoryValue.id)
        ):
            values_by_category[v.category_id].append(v)
        for c in s.scalars(
            select(Category).where(Category.assembly_id == assembly_id).order_by(Category.position, Category.id)
        ):
            categories.append(
                CategoryData(
                    c.name,
                    [
                        ValueShare(
                            v.name,
                            v.population_share,
                            v.min_quota,
                            v.max_quota,
                            int(member_counts.get(v.id, 0)),
                            int(pool_counts.get(v.id, 0)),
                        )
                        for v in values_by_category[c.id]
                    ],
                )
            )
        members = MembersData(
            active=int(status_counts.get(MemberStatus.ACTIVE.value, 0)),
            total=int(sum(status_counts.values())),
            withdrawn=int(status_counts.get(MemberStatus.WITHDRAWN.value, 0)),
            replaced=int(status_counts.get(MemberStatus.REPLACED.value, 0)),
            pool=pool,
            draw=draw,
            categories=categories,
        )

        # -- attendance per day
        per_day: dict[int, Counter[str]] = defaultdict(Counter)
        for day_id, status, n in s.execute(
            select(Attendance.day_id, Attendance.status, func.count())
            .join(Member, Member.id == Attendance.member_id)
            .where(Member.assembly_id == assembly_id)
            .group_by(Attendance.day_id, Attendance.status)
        ):
            per_day[day_id][status] += int(n)
        attendance = []
        if any(per_day.values()):
            for day in days:
                counter = per_day.get(day.id, Counter())
                recorded = sum(counter.values())
                attendance.append(
                    AttendanceDay(
                        day.number,
                        day.date,
                        counter.get("present", 0),
                        counter.get("late", 0),
                        counter.get("left_early", 0),
                        counter.get("absent", 0),
                        max(members.active - recorded, 0),
                    )
                )

        # -- recommendations
        table_names = {
            t.id: (t.name or str(t.number))
            for t in s.scalars(select(AssemblyTable).where(AssemblyTable.assembly_id == assembly_id))
        }
        latest: dict[int, RecommendationVersion] = {}
        version_counts: Counter[int] = Counter()
        by_id: dict[int, RecommendationVersion] = {}
        for ver in s.scalars(
            select(RecommendationVersion)
            .join(Recommendation, Recommendation.id == RecommendationVersion.recommendation_id)
            .where(Recommendation.assembly_id == assembly_id)
            .order_by(RecommendationVersion.number)
        ):
            latest[ver.recommendation_id] = ver
            version_counts[ver.recommendation_id] += 1
            by_id[ver.id] = ver
        recommendations = []
        recs = s.scalars(
            select(Recommendation)
            .where(
                Recommendation.assembly_id == assembly_id,
                Recommendation.status.in_([RecommendationStatus.DRAFT, RecommendationStatus.FINAL]),
            )
            .order_by(Recommendation.position, Recommendation.code)
        ).all()
        from app.models import Initiative

        initiatives: dict[int, list[str]] = defaultdict(list)
        for i in s.scalars(
            select(Initiative)
            .join(Recommendation, Recommendation.id == Initiative.recommendation_id)
            .where(Recommendation.assembly_id == assembly_id)
            .order_by(Initiative.position, Initiative.id)
        ):
            initiatives[i.recommendation_id].append(i.text)
        for r in recs:
            final = by_id.get(r.final_version_id) if r.final_version_id else None
            version = final or latest.get(r.id)
            recommendations.append(
                RecommendationData(
                    r.id,
                    r.code,
                    r.title,
                    r.theme,
                    r.status,
                    version.text if version else "",
                    version.number if version else None,
                    final is not None,
                    version_counts.get(r.id, 0),
                    initiatives.get(r.id, []),
                    r.minority_statement or "",
                    table_names.get(r.origin_table_id, "") if r.origin_table_id else "",
                    votes.get(r.id, []),
                )
            )

        return ReportData(
            assembly_id=a.id,
            name=a.name,
            commissioning_body=a.commissioning_body,
            remit=a.remit,
            town=a.town,
            description=a.description,
            threshold=a.support_threshold,
            days=days,
            experts=experts,
            tables=tables,
            rounds=rounds,
            questions=questions,
            members=members,
            attendance=attendance,
            recommendations=recommendations,
            ballots=ballots,
            evaluation=evaluation,
        )
