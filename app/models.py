"""The Tingsted data model: one SQLAlchemy 2.0 typed ORM for every glossary term.

Conventions:
- every table belongs (directly or through its parent) to one ``Assembly``;
- enumerations are stored as short strings; the allowed values are the ``StrEnum``
  classes below (validated by the services, not by CHECK constraints, so adding a value
  needs no migration);
- personal data lives in its own tables (``member_contact``, ``respondent_contact``,
  ``expert.email/phone``) so it can be left out of exports and erased on request;
- secret ballots: ``vote_cast`` records *who* voted, ``vote`` records *what* was voted;
  ``vote`` has a random text primary key and no timestamp, and is a WITHOUT ROWID table,
  so neither its key nor its storage order links a vote to a voter.

The schema is created and upgraded by the Alembic revisions in ``app/migrations``; a
test checks that they agree with these classes.
"""

from __future__ import annotations

import datetime as dt
import enum
import uuid
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    Time,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def new_uuid() -> str:
    return uuid.uuid4().hex


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {dict[str, Any]: JSON, list[Any]: JSON}


# --------------------------------------------------------------------------- enums


class AgendaKind(enum.StrEnum):
    PLENARY = "plenary"
    PRESENTATION = "presentation"
    TABLE_DIALOGUE = "table_dialogue"
    VOTE = "vote"
    BREAK = "break"


class MemberStatus(enum.StrEnum):
    ACTIVE = "active"
    WITHDRAWN = "withdrawn"
    REPLACED = "replaced"


class RespondentStatus(enum.StrEnum):
    POOL = "pool"
    SELECTED = "selected"
    RESERVE = "reserve"


class AttendanceStatus(enum.StrEnum):
    PRESENT = "present"
    LATE = "late"
    ABSENT = "absent"
    LEFT_EARLY = "left_early"


class ConstraintKind(enum.StrEnum):
    TOGETHER = "together"
    APART = "apart"


class QuestionStatus(enum.StrEnum):
    SUBMITTED = "submitted"
    SELECTED = "selected"
    ANSWERED = "answered"
    DISCARDED = "discarded"


class RecommendationStatus(enum.StrEnum):
    DRAFT = "draft"
    FINAL = "final"
    MERGED = "merged"
    WITHDRAWN = "withdrawn"


class AmendmentStatus(enum.StrEnum):
    PROPOSED = "proposed"
    ACCEPTED = "accepted"
    REJECTED = "rejected"


class BallotMethod(enum.StrEnum):
    YES_NO_ABSTAIN = "yes_no_abstain"
    SUPPORT_SCALE = "support_scale"
    APPROVAL = "approval"
    DOTS = "dots"
    RANKING = "ranking"


class BallotState(enum.StrEnum):
    DRAFT = "draft"
    OPEN = "open"
    CLOSED = "closed"
    PUBLISHED = "published"


class PercentageBase(enum.StrEnum):
    VALID = "valid"  # valid votes cast
    CAST = "cast"  # all cast, including blank and spoilt
    PRESENT = "present"  # members present on the day
    MEMBERS = "members"  # all active members


class VoteSource(enum.StrEnum):
    PAPER = "paper"
    DEVICE = "device"


class SurveyQuestionKind(enum.StrEnum):
    LIKERT = "likert"
    TEXT = "text"


# ------------------------------------------------------------------ the assembly


class Assembly(Base):
    __tablename__ = "assembly"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    commissioning_body: Mapped[str] = mapped_column(String(200), default="")
    remit: Mapped[str] = mapped_column(Text, default="")
    language: Mapped[str] = mapped_column(String(8), default="da")
    support_threshold: Mapped[float] = mapped_column(Float, default=0.8)
    town: Mapped[str] = mapped_column(String(120), default="")
    description: Mapped[str] = mapped_column(Text, default="")
    logo: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)  # PNG or JPEG, for the report's cover
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)

    days: Mapped[list[MeetingDay]] = relationship(
        back_populates="assembly", order_by="MeetingDay.date", cascade="all, delete-orphan"
    )
    categories: Mapped[list[Category]] = relationship(
        back_populates="assembly", order_by="Category.position", cascade="all, delete-orphan"
    )


class MeetingDay(Base):
    __tablename__ = "meeting_day"

    id: Mapped[int] = mapped_column(primary_key=True)
    assembly_id: Mapped[int] = mapped_column(ForeignKey("assembly.id", ondelete="CASCADE"), index=True)
    number: Mapped[int] = mapped_column(Integer)
    date: Mapped[dt.date] = mapped_column(Date)
    title: Mapped[str] = mapped_column(String(200), default="")
    venue: Mapped[str] = mapped_column(String(200), default="")
    start_time: Mapped[dt.time] = mapped_column(Time, default=dt.time(9, 0))
    end_time: Mapped[dt.time] = mapped_column(Time, default=dt.time(16, 0))

    assembly: Mapped[Assembly] = relationship(back_populates="days")
    agenda_items: Mapped[list[AgendaItem]] = relationship(
        back_populates="day", order_by="AgendaItem.position", cascade="all, delete-orphan"
    )


class AgendaItem(Base):
    """A timed block of a day. Start times are derived from the day's start and the
    durations of the items before it, so reordering recomputes them."""

    __tablename__ = "agenda_item"

    id: Mapped[int] = mapped_column(primary_key=True)
    day_id: Mapped[int] = mapped_column(ForeignKey("meeting_day.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(20), default=AgendaKind.PLENARY)
    title: Mapped[str] = mapped_column(String(200))
    duration_min: Mapped[int] = mapped_column(Integer, default=30)
    responsible: Mapped[str] = mapped_column(String(200), default="")
    room: Mapped[str] = mapped_column(String(120), default="")
    notes: Mapped[str] = mapped_column(Text, default="")

    day: Mapped[MeetingDay] = relationship(back_populates="agenda_items")


# ------------------------------------------------------- categories and the pool


class Category(Base):
    """A stratification dimension (age band, gender, education, area)."""

    __tablename__ = "category"
    __table_args__ = (UniqueConstraint("assembly_id", "name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    assembly_id: Mapped[int] = mapped_column(ForeignKey("assembly.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(100))
    position: Mapped[int] = mapped_column(Integer, default=0)
    diversify_tables: Mapped[bool] = mapped_column(Boolean, default=True)

    assembly: Mapped[Assembly] = relationship(back_populates="categories")
    values: Mapped[list[CategoryValue]] = relationship(
        back_populates="category", order_by="CategoryValue.position", cascade="all, delete-orphan"
    )


class CategoryValue(Base):
    """One value of a category, with its share of the population and optional quotas
    (``min_quota``/``max_quota``: member counts for the lottery's panel)."""

    __tablename__ = "category_value"
    __table_args__ = (UniqueConstraint("category_id", "name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    category_id: Mapped[int] = mapped_column(ForeignKey("category.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(100))
    position: Mapped[int] = mapped_column(Integer, default=0)
    population_share: Mapped[float | None] = mapped_column(Float)
    min_quota: Mapped[int | None] = mapped_column(Integer)
    max_quota: Mapped[int | None] = mapped_column(Integer)
    aliases: Mapped[str] = mapped_column(String(200), default="")  # ";"-separated, e.g. "K;F"

    category: Mapped[Category] = relationship(back_populates="values")


class Respondent(Base):
    """A volunteer in the pool. Contact data is in ``respondent_contact``."""

    __tablename__ = "respondent"
    __table_args__ = (UniqueConstraint("assembly_id", "external_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    assembly_id: Mapped[int] = mapped_column(ForeignKey("assembly.id", ondelete="CASCADE"), index=True)
    external_id: Mapped[str] = mapped_column(String(64))
    household: Mapped[str | None] = mapped_column(String(200))
    status: Mapped[str] = mapped_column(String(20), default=RespondentStatus.POOL)
    imported_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)

    values: Mapped[list[RespondentValue]] = relationship(cascade="all, delete-orphan")
    contact: Mapped[RespondentContact | None] = relationship(cascade="all, delete-orphan", uselist=False)


class RespondentValue(Base):
    __tablename__ = "respondent_value"

    respondent_id: Mapped[int] = mapped_column(ForeignKey("respondent.id", ondelete="CASCADE"), primary_key=True)
    category_id: Mapped[int] = mapped_column(ForeignKey("category.id", ondelete="CASCADE"), primary_key=True)
    value_id: Mapped[int] = mapped_column(ForeignKey("category_value.id", ondelete="CASCADE"), index=True)


class RespondentContact(Base):
    __tablename__ = "respondent_contact"

    respondent_id: Mapped[int] = mapped_column(ForeignKey("respondent.id", ondelete="CASCADE"), primary_key=True)
    first_name: Mapped[str] = mapped_column(String(100), default="")
    last_name: Mapped[str] = mapped_column(String(100), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    phone: Mapped[str] = mapped_column(String(50), default="")
    address: Mapped[str] = mapped_column(String(300), default="")
    postcode: Mapped[str] = mapped_column(String(20), default="")


# -------------------------------------------------------------------- lottery


class Draw(Base):
    """One lottery draw, recorded so observers can reproduce it."""

    __tablename__ = "draw"

    id: Mapped[int] = mapped_column(primary_key=True)
    assembly_id: Mapped[int] = mapped_column(ForeignKey("assembly.id", ondelete="CASCADE"), index=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    algorithm: Mapped[str] = mapped_column(String(40))
    panel_size: Mapped[int] = mapped_column(Integer)
    reserves: Mapped[int] = mapped_column(Integer, default=0)
    seed: Mapped[str] = mapped_column(String(100))
    inputs_hash: Mapped[str] = mapped_column(String(64))
    min_probability: Mapped[float | None] = mapped_column(Float)
    transparent_number: Mapped[int | None] = mapped_column(Integer)
    report: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)

    selections: Mapped[list[DrawSelection]] = relationship(cascade="all, delete-orphan")


class DrawSelection(Base):
    """A respondent's selection probability in a draw, and whether they were drawn as a
    member or as a reserve (``rank`` orders the reserves)."""

    __tablename__ = "draw_selection"

    draw_id: Mapped[int] = mapped_column(ForeignKey("draw.id", ondelete="CASCADE"), primary_key=True)
    respondent_id: Mapped[int] = mapped_column(ForeignKey("respondent.id", ondelete="CASCADE"), primary_key=True)
    probability: Mapped[float] = mapped_column(Float, default=0.0)
    role: Mapped[str | None] = mapped_column(String(20))  # "member", "reserve" or None
    rank: Mapped[int | None] = mapped_column(Integer)


# -------------------------------------------------------------------- members


class Member(Base):
    """A person drawn into the assembly. Contact data is in ``member_contact``."""

    __tablename__ = "member"
    __table_args__ = (UniqueConstraint("assembly_id", "number"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    assembly_id: Mapped[int] = mapped_column(ForeignKey("assembly.id", ondelete="CASCADE"), index=True)
    number: Mapped[int] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(20), default=MemberStatus.ACTIVE)
    respondent_id: Mapped[int | None] = mapped_column(ForeignKey("respondent.id", ondelete="SET NULL"))
    draw_id: Mapped[int | None] = mapped_column(ForeignKey("draw.id", ondelete="SET NULL"))
    joined_on: Mapped[dt.date | None] = mapped_column(Date)
    withdrawn_on: Mapped[dt.date | None] = mapped_column(Date)
    withdrawn_reason: Mapped[str] = mapped_column(Text, default="")
    replaces_id: Mapped[int | None] = mapped_column(ForeignKey("member.id", ondelete="SET NULL"))
    forgotten: Mapped[bool] = mapped_column(Boolean, default=False)

    values: Mapped[list[MemberValue]] = relationship(cascade="all, delete-orphan")
    contact: Mapped[MemberContact | None] = relationship(cascade="all, delete-orphan", uselist=False)


class MemberValue(Base):
    __tablename__ = "member_value"

    member_id: Mapped[int] = mapped_column(ForeignKey("member.id", ondelete="CASCADE"), primary_key=True)
    category_id: Mapped[int] = mapped_column(ForeignKey("category.id", ondelete="CASCADE"), primary_key=True)
    value_id: Mapped[int] = mapped_column(ForeignKey("category_value.id", ondelete="CASCADE"), index=True)


class MemberContact(Base):
    """Personal data of a member, kept apart from the profile; erased by "forget"."""

    __tablename__ = "member_contact"

    member_id: Mapped[int] = mapped_column(ForeignKey("member.id", ondelete="CASCADE"), primary_key=True)
    first_name: Mapped[str] = mapped_column(String(100), default="")
    last_name: Mapped[str] = mapped_column(String(100), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    phone: Mapped[str] = mapped_column(String(50), default="")
    address: Mapped[str] = mapped_column(String(300), default="")
    postcode: Mapped[str] = mapped_column(String(20), default="")
    needs: Mapped[str] = mapped_column(String(200), default="")  # e.g. "sign language"
    notes: Mapped[str] = mapped_column(Text, default="")


class Attendance(Base):
    """Member × meeting day."""

    __tablename__ = "attendance"

    member_id: Mapped[int] = mapped_column(ForeignKey("member.id", ondelete="CASCADE"), primary_key=True)
    day_id: Mapped[int] = mapped_column(ForeignKey("meeting_day.id", ondelete="CASCADE"), primary_key=True)
    status: Mapped[str] = mapped_column(String(20), default=AttendanceStatus.PRESENT)
    reason: Mapped[str] = mapped_column(Text, default="")
    checked_in_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)


# --------------------------------------------------------------------- tables


class AssemblyTable(Base):
    """A small deliberation group ("table") with its table host."""

    __tablename__ = "assembly_table"
    __table_args__ = (UniqueConstraint("assembly_id", "number"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    assembly_id: Mapped[int] = mapped_column(ForeignKey("assembly.id", ondelete="CASCADE"), index=True)
    number: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(String(100), default="")
    host_name: Mapped[str] = mapped_column(String(200), default="")
    room: Mapped[str] = mapped_column(String(120), default="")


class Round(Base):
    """One table rotation; optionally tied to a meeting day."""

    __tablename__ = "round"
    __table_args__ = (UniqueConstraint("assembly_id", "number"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    assembly_id: Mapped[int] = mapped_column(ForeignKey("assembly.id", ondelete="CASCADE"), index=True)
    number: Mapped[int] = mapped_column(Integer)
    day_id: Mapped[int | None] = mapped_column(ForeignKey("meeting_day.id", ondelete="SET NULL"))
    title: Mapped[str] = mapped_column(String(200), default="")


class Seating(Base):
    """member → table within one round; ``pinned`` marks a fixed seat."""

    __tablename__ = "seating"

    round_id: Mapped[int] = mapped_column(ForeignKey("round.id", ondelete="CASCADE"), primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("member.id", ondelete="CASCADE"), primary_key=True)
    table_id: Mapped[int] = mapped_column(ForeignKey("assembly_table.id", ondelete="CASCADE"), index=True)
    pinned: Mapped[bool] = mapped_column(Boolean, default=False)


class SeatingConstraint(Base):
    """Members kept together at one table, or kept apart."""

    __tablename__ = "seating_constraint"

    id: Mapped[int] = mapped_column(primary_key=True)
    assembly_id: Mapped[int] = mapped_column(ForeignKey("assembly.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(20))
    label: Mapped[str] = mapped_column(String(200), default="")

    members: Mapped[list[SeatingConstraintMember]] = relationship(cascade="all, delete-orphan")


class SeatingConstraintMember(Base):
    __tablename__ = "seating_constraint_member"

    constraint_id: Mapped[int] = mapped_column(
        ForeignKey("seating_constraint.id", ondelete="CASCADE"), primary_key=True
    )
    member_id: Mapped[int] = mapped_column(ForeignKey("member.id", ondelete="CASCADE"), primary_key=True)


# ----------------------------------------------------------- experts and program


class Expert(Base):
    """A speaker (expert or stakeholder). ``email``/``phone`` are private."""

    __tablename__ = "expert"

    id: Mapped[int] = mapped_column(primary_key=True)
    assembly_id: Mapped[int] = mapped_column(ForeignKey("assembly.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(200), default="")
    organisation: Mapped[str] = mapped_column(String(200), default="")
    bio: Mapped[str] = mapped_column(Text, default="")
    perspective: Mapped[str] = mapped_column(String(200), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    phone: Mapped[str] = mapped_column(String(50), default="")


class Presentation(Base):
    """An expert's slot in the agenda."""

    __tablename__ = "presentation"

    id: Mapped[int] = mapped_column(primary_key=True)
    assembly_id: Mapped[int] = mapped_column(ForeignKey("assembly.id", ondelete="CASCADE"), index=True)
    expert_id: Mapped[int] = mapped_column(ForeignKey("expert.id", ondelete="CASCADE"), index=True)
    agenda_item_id: Mapped[int | None] = mapped_column(ForeignKey("agenda_item.id", ondelete="SET NULL"), index=True)
    title: Mapped[str] = mapped_column(String(200))
    summary: Mapped[str] = mapped_column(Text, default="")


class Material(Base):
    """A file (slides, PDF) attached to a presentation, stored in the database so a
    backup carries it."""

    __tablename__ = "material"

    id: Mapped[int] = mapped_column(primary_key=True)
    presentation_id: Mapped[int] = mapped_column(ForeignKey("presentation.id", ondelete="CASCADE"), index=True)
    filename: Mapped[str] = mapped_column(String(255))
    mime_type: Mapped[str] = mapped_column(String(100), default="application/octet-stream")
    content: Mapped[bytes] = mapped_column(LargeBinary)
    added_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class Question(Base):
    """A question a table sends to an expert. Similar questions share a ``group_key``."""

    __tablename__ = "question"

    id: Mapped[int] = mapped_column(primary_key=True)
    assembly_id: Mapped[int] = mapped_column(ForeignKey("assembly.id", ondelete="CASCADE"), index=True)
    table_id: Mapped[int | None] = mapped_column(ForeignKey("assembly_table.id", ondelete="SET NULL"))
    expert_id: Mapped[int | None] = mapped_column(ForeignKey("expert.id", ondelete="SET NULL"))
    presentation_id: Mapped[int | None] = mapped_column(ForeignKey("presentation.id", ondelete="SET NULL"))
    text: Mapped[str] = mapped_column(Text)
    group_key: Mapped[str] = mapped_column(String(100), default="")
    status: Mapped[str] = mapped_column(String(20), default=QuestionStatus.SUBMITTED)
    on_projector: Mapped[bool] = mapped_column(Boolean, default=False)
    position: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


# -------------------------------------------------------------- recommendations


class Recommendation(Base):
    __tablename__ = "recommendation"
    __table_args__ = (UniqueConstraint("assembly_id", "code"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    assembly_id: Mapped[int] = mapped_column(ForeignKey("assembly.id", ondelete="CASCADE"), index=True)
    code: Mapped[str] = mapped_column(String(20))
    title: Mapped[str] = mapped_column(String(300))
    theme: Mapped[str] = mapped_column(String(200), default="")
    origin_table_id: Mapped[int | None] = mapped_column(ForeignKey("assembly_table.id", ondelete="SET NULL"))
    status: Mapped[str] = mapped_column(String(20), default=RecommendationStatus.DRAFT)
    final_version_id: Mapped[int | None] = mapped_column(
        ForeignKey("recommendation_version.id", ondelete="SET NULL", use_alter=True)
    )
    merged_into_id: Mapped[int | None] = mapped_column(ForeignKey("recommendation.id", ondelete="SET NULL"))
    minority_statement: Mapped[str] = mapped_column(Text, default="")
    position: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)

    versions: Mapped[list[RecommendationVersion]] = relationship(
        order_by="RecommendationVersion.number",
        cascade="all, delete-orphan",
        foreign_keys="RecommendationVersion.recommendation_id",
    )
    initiatives: Mapped[list[Initiative]] = relationship(order_by="Initiative.position", cascade="all, delete-orphan")


class RecommendationVersion(Base):
    """One kept version of a recommendation's text (every edit makes a new one)."""

    __tablename__ = "recommendation_version"
    __table_args__ = (UniqueConstraint("recommendation_id", "number"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    recommendation_id: Mapped[int] = mapped_column(ForeignKey("recommendation.id", ondelete="CASCADE"), index=True)
    number: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    author: Mapped[str] = mapped_column(String(200), default="")
    table_id: Mapped[int | None] = mapped_column(ForeignKey("assembly_table.id", ondelete="SET NULL"))
    note: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class Initiative(Base):
    """A concrete initiative under a recommendation."""

    __tablename__ = "initiative"

    id: Mapped[int] = mapped_column(primary_key=True)
    recommendation_id: Mapped[int] = mapped_column(ForeignKey("recommendation.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    text: Mapped[str] = mapped_column(Text)


class Amendment(Base):
    """A change proposed against one version; accepting it creates a new version."""

    __tablename__ = "amendment"

    id: Mapped[int] = mapped_column(primary_key=True)
    recommendation_id: Mapped[int] = mapped_column(ForeignKey("recommendation.id", ondelete="CASCADE"), index=True)
    version_id: Mapped[int] = mapped_column(ForeignKey("recommendation_version.id", ondelete="CASCADE"))
    text: Mapped[str] = mapped_column(Text)
    rationale: Mapped[str] = mapped_column(Text, default="")
    proposed_by: Mapped[str] = mapped_column(String(200), default="")
    table_id: Mapped[int | None] = mapped_column(ForeignKey("assembly_table.id", ondelete="SET NULL"))
    status: Mapped[str] = mapped_column(String(20), default=AmendmentStatus.PROPOSED)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    decided_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    result_version_id: Mapped[int | None] = mapped_column(ForeignKey("recommendation_version.id", ondelete="SET NULL"))


# --------------------------------------------------------------------- voting


class Ballot(Base):
    """A vote on one or more recommendations (its ``items``) with one method.

    ``settings`` holds method details: for dots ``{"dots": 3, "cumulative": true}``,
    for the support scale the editable labels live in ``ballot_option``.
    ``result``/``checksum`` are sealed when the ballot is closed.
    """

    __tablename__ = "ballot"

    id: Mapped[int] = mapped_column(primary_key=True)
    assembly_id: Mapped[int] = mapped_column(ForeignKey("assembly.id", ondelete="CASCADE"), index=True)
    day_id: Mapped[int | None] = mapped_column(ForeignKey("meeting_day.id", ondelete="SET NULL"))
    title: Mapped[str] = mapped_column(String(300))
    question: Mapped[str] = mapped_column(Text, default="")
    method: Mapped[str] = mapped_column(String(20))
    secret: Mapped[bool] = mapped_column(Boolean, default=True)
    threshold: Mapped[float | None] = mapped_column(Float)
    base: Mapped[str] = mapped_column(String(20), default=PercentageBase.VALID)
    state: Mapped[str] = mapped_column(String(20), default=BallotState.DRAFT)
    show_live: Mapped[bool] = mapped_column(Boolean, default=False)
    revealed: Mapped[bool] = mapped_column(Boolean, default=False)
    settings: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    present_count: Mapped[int | None] = mapped_column(Integer)  # frozen at close
    eligible_count: Mapped[int | None] = mapped_column(Integer)  # frozen at close
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    opened_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    closed_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    published_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    result: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    checksum: Mapped[str | None] = mapped_column(String(64))

    items: Mapped[list[BallotItem]] = relationship(order_by="BallotItem.position", cascade="all, delete-orphan")
    options: Mapped[list[BallotOption]] = relationship(order_by="BallotOption.position", cascade="all, delete-orphan")


class BallotItem(Base):
    """One thing voted on within a ballot (usually a recommendation)."""

    __tablename__ = "ballot_item"

    id: Mapped[int] = mapped_column(primary_key=True)
    ballot_id: Mapped[int] = mapped_column(ForeignKey("ballot.id", ondelete="CASCADE"), index=True)
    recommendation_id: Mapped[int | None] = mapped_column(ForeignKey("recommendation.id", ondelete="SET NULL"))
    position: Mapped[int] = mapped_column(Integer, default=0)
    label: Mapped[str] = mapped_column(String(300))


class BallotOption(Base):
    """An answer option (yes/no/abstain, a scale step). ``counts_as_support`` says which
    options count towards the threshold; ``is_blank`` marks abstain/blank."""

    __tablename__ = "ballot_option"

    id: Mapped[int] = mapped_column(primary_key=True)
    ballot_id: Mapped[int] = mapped_column(ForeignKey("ballot.id", ondelete="CASCADE"), index=True)
    key: Mapped[str] = mapped_column(String(40))
    label: Mapped[str] = mapped_column(String(200))
    position: Mapped[int] = mapped_column(Integer, default=0)
    counts_as_support: Mapped[bool] = mapped_column(Boolean, default=False)
    is_blank: Mapped[bool] = mapped_column(Boolean, default=False)


class HandCount(Base):
    """A tally typed in by hand: a count per item and option, in total or for one table."""

    __tablename__ = "hand_count"

    id: Mapped[int] = mapped_column(primary_key=True)
    ballot_id: Mapped[int] = mapped_column(ForeignKey("ballot.id", ondelete="CASCADE"), index=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("ballot_item.id", ondelete="CASCADE"))
    option_id: Mapped[int] = mapped_column(ForeignKey("ballot_option.id", ondelete="CASCADE"))
    table_id: Mapped[int | None] = mapped_column(ForeignKey("assembly_table.id", ondelete="SET NULL"))
    count: Mapped[int] = mapped_column(Integer)
    entered_by: Mapped[str] = mapped_column(String(100), default="")


class PaperEntry(Base):
    """One typing of a paper ballot. Double entry: entry 1 and entry 2 of the same paper
    are compared; once they agree (or a resolution is typed as entry 0), the paper's
    choices become ``vote`` rows."""

    __tablename__ = "paper_entry"
    __table_args__ = (UniqueConstraint("ballot_id", "paper_number", "entry"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    ballot_id: Mapped[int] = mapped_column(ForeignKey("ballot.id", ondelete="CASCADE"), index=True)
    paper_number: Mapped[int] = mapped_column(Integer)
    entry: Mapped[int] = mapped_column(Integer)  # 1, 2, or 0 for a resolution
    spoilt: Mapped[bool] = mapped_column(Boolean, default=False)
    choices: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)  # item id -> choice
    entered_by: Mapped[str] = mapped_column(String(100), default="")


class Vote(Base):
    """What was voted on one item: no member, no timestamp, a random key, no rowid.

    ``choice`` is the option key (yes/no, scale step), a list of option keys (approval),
    a mapping option → dots, or a ranking list, depending on the ballot's method.
    A whole paper/device ballot shares one random ``ballot_paper`` key so ranking and dot
    methods can be tallied per paper; that key is random too.
    """

    __tablename__ = "vote"
    __table_args__ = {"sqlite_with_rowid": False}

    id: Mapped[str] = mapped_column(String(32), primary_key=True, default=new_uuid)
    ballot_id: Mapped[int] = mapped_column(ForeignKey("ballot.id", ondelete="CASCADE"), index=True)
    item_id: Mapped[int | None] = mapped_column(ForeignKey("ballot_item.id", ondelete="CASCADE"))
    ballot_paper: Mapped[str] = mapped_column(String(32), default=new_uuid)
    source: Mapped[str] = mapped_column(String(20), default=VoteSource.PAPER)
    paper_number: Mapped[int | None] = mapped_column(Integer)  # only for open paper ballots
    choice: Mapped[Any] = mapped_column(JSON)
    spoilt: Mapped[bool] = mapped_column(Boolean, default=False)


class VoteCast(Base):
    """Who has voted in a ballot (device voting): no link to ``vote``, no timestamp."""

    __tablename__ = "vote_cast"
    __table_args__ = {"sqlite_with_rowid": False}

    ballot_id: Mapped[int] = mapped_column(ForeignKey("ballot.id", ondelete="CASCADE"), primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("member.id", ondelete="CASCADE"), primary_key=True)


class BallotToken(Base):
    """A one-time token for voting from a phone (later). Stores only the token's hash and
    whether it was used, never which member received it."""

    __tablename__ = "ballot_token"
    __table_args__ = {"sqlite_with_rowid": False}

    token_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    ballot_id: Mapped[int] = mapped_column(ForeignKey("ballot.id", ondelete="CASCADE"), index=True)
    used: Mapped[bool] = mapped_column(Boolean, default=False)


class PhoneLink(Base):
    """A member's personal voting link (issue 15): only the SHA-256 of its token and of its
    short join code are stored. One row per member: a new link replaces the row, so the old
    link stops working."""

    __tablename__ = "phone_link"

    member_id: Mapped[int] = mapped_column(ForeignKey("member.id", ondelete="CASCADE"), primary_key=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    code_hash: Mapped[str] = mapped_column(String(64), unique=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class PhoneSubmission(Base):
    """The submission id a phone chose for its vote and the receipt it got, so the same
    submission gets the same answer again. Keyed like ``vote_cast`` (ballot, member): no
    link to ``vote``, no time, no rowid."""

    __tablename__ = "phone_submission"
    __table_args__ = {"sqlite_with_rowid": False}

    ballot_id: Mapped[int] = mapped_column(ForeignKey("ballot.id", ondelete="CASCADE"), primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("member.id", ondelete="CASCADE"), primary_key=True)
    submission_hash: Mapped[str] = mapped_column(String(64))
    receipt: Mapped[str] = mapped_column(String(16))


class PaperHandout(Base):
    """The desk handed this member a paper ballot for this ballot: the member's phone link
    is closed for it (each member counted once across phone and paper)."""

    __tablename__ = "paper_handout"
    __table_args__ = {"sqlite_with_rowid": False}

    ballot_id: Mapped[int] = mapped_column(ForeignKey("ballot.id", ondelete="CASCADE"), primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("member.id", ondelete="CASCADE"), primary_key=True)


# ----------------------------------------------------------------- evaluation


class Survey(Base):
    """An evaluation survey for one day (``day_id``) or the whole assembly."""

    __tablename__ = "survey"

    id: Mapped[int] = mapped_column(primary_key=True)
    assembly_id: Mapped[int] = mapped_column(ForeignKey("assembly.id", ondelete="CASCADE"), index=True)
    day_id: Mapped[int | None] = mapped_column(ForeignKey("meeting_day.id", ondelete="SET NULL"))
    title: Mapped[str] = mapped_column(String(200))

    questions: Mapped[list[SurveyQuestion]] = relationship(
        order_by="SurveyQuestion.position", cascade="all, delete-orphan"
    )


class SurveyQuestion(Base):
    __tablename__ = "survey_question"

    id: Mapped[int] = mapped_column(primary_key=True)
    survey_id: Mapped[int] = mapped_column(ForeignKey("survey.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    code: Mapped[str] = mapped_column(String(40))
    kind: Mapped[str] = mapped_column(String(20), default=SurveyQuestionKind.LIKERT)
    text: Mapped[str] = mapped_column(Text)
    scale_min: Mapped[int] = mapped_column(Integer, default=1)
    scale_max: Mapped[int] = mapped_column(Integer, default=5)
    labels: Mapped[list[Any]] = mapped_column(JSON, default=list)


class SurveyResponse(Base):
    """One anonymous filled-in survey."""

    __tablename__ = "survey_response"

    id: Mapped[int] = mapped_column(primary_key=True)
    survey_id: Mapped[int] = mapped_column(ForeignKey("survey.id", ondelete="CASCADE"), index=True)
    respondent_key: Mapped[str] = mapped_column(String(64), default="")


class SurveyAnswer(Base):
    __tablename__ = "survey_answer"

    response_id: Mapped[int] = mapped_column(ForeignKey("survey_response.id", ondelete="CASCADE"), primary_key=True)
    question_id: Mapped[int] = mapped_column(ForeignKey("survey_question.id", ondelete="CASCADE"), primary_key=True)
    value_int: Mapped[int | None] = mapped_column(Integer)
    value_text: Mapped[str | None] = mapped_column(Text)


class SurveyTaken(Base):
    """Who has answered a survey from a phone (once per member per survey): no link to
    the anonymous ``survey_response``, no time, no rowid. ``submission_hash`` lets a phone
    that lost the answer send again safely."""

    __tablename__ = "survey_taken"
    __table_args__ = {"sqlite_with_rowid": False}

    survey_id: Mapped[int] = mapped_column(ForeignKey("survey.id", ondelete="CASCADE"), primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("member.id", ondelete="CASCADE"), primary_key=True)
    submission_hash: Mapped[str] = mapped_column(String(64))


# ------------------------------------------------------------------ audit log


class AuditLog(Base):
    """A state change (ballot opened, member withdrawn, …) for the record."""

    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(primary_key=True)
    assembly_id: Mapped[int | None] = mapped_column(ForeignKey("assembly.id", ondelete="CASCADE"), index=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    actor: Mapped[str] = mapped_column(String(100), default="")
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[int | None] = mapped_column(Integer)
    action: Mapped[str] = mapped_column(String(40))
    detail: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
