"""Questions the tables send to the experts.

A table host types in a question (``submit``); the facilitator groups similar questions
(they share a ``group_key``), selects the ones that go to the expert, marks them answered
(or discards them), and chooses which are shown on the projector (``on_projector``, in
``position`` order).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.db import Database
from app.models import Assembly, AssemblyTable, Expert, Presentation, Question, QuestionStatus
from app.services import audit
from app.services.errors import NotFound, ServiceError, get_or_raise

STATUSES = tuple(s.value for s in QuestionStatus)
MAX_ON_PROJECTOR = 3  # three questions of up to two lines and a heading: 7 lines (UI.md)
MAX_TEXT = 1000


@dataclass(frozen=True)
class QuestionInfo:
    id: int
    text: str
    table_id: int | None
    table_label: str  # "Table 3" / the table's name
    expert_id: int | None
    expert_name: str
    presentation_id: int | None
    group_key: str
    status: str
    on_projector: bool
    position: int
    created_at: dt.datetime


def _get(s: Session, question_id: int) -> Question:
    return get_or_raise(s, Question, question_id, NotFound("No question with id {id}.", id=question_id))


def _table_label(t: AssemblyTable | None) -> str:
    if t is None:
        return ""
    return t.name or f"Table {t.number}"


def _info(s: Session, q: Question) -> QuestionInfo:
    table = s.get(AssemblyTable, q.table_id) if q.table_id else None
    expert = s.get(Expert, q.expert_id) if q.expert_id else None
    return QuestionInfo(
        q.id,
        q.text,
        q.table_id,
        _table_label(table),
        q.expert_id,
        expert.name if expert else "",
        q.presentation_id,
        q.group_key,
        q.status,
        q.on_projector,
        q.position,
        q.created_at,
    )


def list_questions(
    db: Database,
    assembly_id: int,
    *,
    expert_id: int | None = None,
    status: str | None = None,
    on_projector: bool | None = None,
) -> list[QuestionInfo]:
    """Questions ordered by group, then by position and time of submission."""
    with db.read() as s:
        q = select(Question).where(Question.assembly_id == assembly_id)
        if expert_id is not None:
            q = q.where(Question.expert_id == expert_id)
        if status is not None:
            q = q.where(Question.status == status)
        if on_projector is not None:
            q = q.where(Question.on_projector == on_projector)
        rows = s.scalars(q.order_by(Question.position, Question.id)).all()
        # tables and experts in two queries, not two per question
        tables = {
            t.id: _table_label(t)
            for t in s.scalars(select(AssemblyTable).where(AssemblyTable.assembly_id == assembly_id))
        }
        experts = dict(s.execute(select(Expert.id, Expert.name).where(Expert.assembly_id == assembly_id)).all())
        return [
            QuestionInfo(
                r.id,
                r.text,
                r.table_id,
                tables.get(r.table_id, "") if r.table_id else "",
                r.expert_id,
                experts.get(r.expert_id, "") if r.expert_id else "",
                r.presentation_id,
                r.group_key,
                r.status,
                r.on_projector,
                r.position,
                r.created_at,
            )
            for r in rows
        ]


def projected_questions(db: Database, assembly_id: int) -> list[QuestionInfo]:
    """The questions chosen for the projector, in their order."""
    return list_questions(db, assembly_id, on_projector=True)


def submit(
    db: Database,
    assembly_id: int,
    text: str,
    *,
    table_id: int | None = None,
    expert_id: int | None = None,
    presentation_id: int | None = None,
) -> QuestionInfo:
    text = " ".join(str(text or "").split())
    if not text:
        raise ServiceError("A question needs a text.")
    if len(text) > MAX_TEXT:
        raise ServiceError("A question can be at most {limit} characters.", limit=MAX_TEXT)
    with db.session() as s:
        if s.get(Assembly, assembly_id) is None:
            raise NotFound("No assembly with id {id}.", id=assembly_id)
        if table_id is not None:
            t = s.get(AssemblyTable, table_id)
            if t is None or t.assembly_id != assembly_id:
                raise NotFound("No table with id {id}.", id=table_id)
        if expert_id is not None:
            e = s.get(Expert, expert_id)
            if e is None or e.assembly_id != assembly_id:
                raise NotFound("No expert with id {id}.", id=expert_id)
        if presentation_id is not None:
            p = s.get(Presentation, presentation_id)
            if p is None or p.assembly_id != assembly_id:
                raise NotFound("No presentation with id {id}.", id=presentation_id)
            if expert_id is None:
                expert_id = p.expert_id
        last = s.scalar(select(func.max(Question.position)).where(Question.assembly_id == assembly_id))
        q = Question(
            assembly_id=assembly_id,
            text=text,
            table_id=table_id,
            expert_id=expert_id,
            presentation_id=presentation_id,
            position=(last or 0) + 1,
        )
        s.add(q)
        s.flush()
        audit.record(s, assembly_id, "question", q.id, "submitted", {"table": table_id, "expert": expert_id})
        return _info(s, q)


def edit(db: Database, question_id: int, text: str) -> QuestionInfo:
    text = " ".join(str(text or "").split())
    if not text:
        raise ServiceError("A question needs a text.")
    if len(text) > MAX_TEXT:
        raise ServiceError("A question can be at most {limit} characters.", limit=MAX_TEXT)
    with db.session() as s:
        q = _get(s, question_id)
        q.text = text
        audit.record(s, q.assembly_id, "question", q.id, "edited")
        return _info(s, q)


def group(db: Database, question_ids: list[int], group_key: str) -> list[QuestionInfo]:
    """Give similar questions one ``group_key`` (an empty key ungroups them).
    Grouped questions move next to each other."""
    key = " ".join(str(group_key or "").split())
    if len(key) > 100:
        raise ServiceError("A group name can be at most 100 characters.")
    if not question_ids:
        raise ServiceError("Choose the questions to group.")
    with db.session() as s:
        rows = [_get(s, i) for i in question_ids]
        if len({r.assembly_id for r in rows}) != 1:
            raise ServiceError("Questions of different assemblies cannot be grouped.")
        for r in rows:
            r.group_key = key
        if key:
            # bring the group together where its first question stood
            everyone = list(
                s.scalars(
                    select(Question)
                    .where(Question.assembly_id == rows[0].assembly_id)
                    .order_by(Question.position, Question.id)
                )
            )
            ids = {r.id for r in rows}
            members = [q for q in everyone if q.id in ids]
            at = next(i for i, q in enumerate(everyone) if q.id in ids)
            rest = [q for q in everyone if q.id not in ids]
            ordered = rest[:at] + members + rest[at:]
            for pos, q in enumerate(ordered, start=1):
                q.position = pos
        audit.record(s, rows[0].assembly_id, "question", None, "grouped", {"ids": list(question_ids), "group": key})
        s.flush()
        return [_info(s, r) for r in rows]


def set_status(db: Database, question_ids: list[int], status: str) -> list[QuestionInfo]:
    """Select, mark answered, discard, or put back as submitted. A question that is
    answered or discarded leaves the projector."""
    if status not in STATUSES:
        raise ServiceError(
            "Unknown question status {status!r}: use one of {choices}.", status=status, choices=", ".join(STATUSES)
        )
    if not question_ids:
        raise ServiceError("Choose one or more questions.")
    with db.session() as s:
        rows = [_get(s, i) for i in question_ids]
        for q in rows:
            q.status = status
            if status in (QuestionStatus.ANSWERED, QuestionStatus.DISCARDED):
                q.on_projector = False
            audit.record(s, q.assembly_id, "question", q.id, status)
        s.flush()
        return [_info(s, q) for q in rows]


def select_questions(db: Database, question_ids: list[int]) -> list[QuestionInfo]:
    return set_status(db, question_ids, QuestionStatus.SELECTED)


def mark_answered(db: Database, question_ids: list[int]) -> list[QuestionInfo]:
    return set_status(db, question_ids, QuestionStatus.ANSWERED)


def set_on_projector(db: Database, question_ids: list[int], shown: bool = True) -> list[QuestionInfo]:
    """Choose (or un-choose) questions for the projector; a shown question counts as
    selected. At most ``MAX_ON_PROJECTOR`` are shown at once so the screen stays readable."""
    if not question_ids:
        raise ServiceError("Choose one or more questions.")
    with db.session() as s:
        rows = [_get(s, i) for i in question_ids]
        if shown:
            for q in rows:
                if q.status in (QuestionStatus.DISCARDED,):
                    raise ServiceError("A discarded question cannot be shown; put it back first.")
            assembly_id = rows[0].assembly_id
            already = set(
                s.scalars(select(Question.id).where(Question.assembly_id == assembly_id, Question.on_projector))
            )
            total = len(already | {q.id for q in rows})
            if total > MAX_ON_PROJECTOR:
                raise ServiceError(
                    "At most {limit} questions fit on the projector at once ({total} chosen); take some off first.",
                    limit=MAX_ON_PROJECTOR,
                    total=total,
                )
        for q in rows:
            q.on_projector = shown
            if shown and q.status == QuestionStatus.SUBMITTED:
                q.status = QuestionStatus.SELECTED
            audit.record(s, q.assembly_id, "question", q.id, "shown" if shown else "hidden")
        s.flush()
        return [_info(s, q) for q in rows]


def clear_projector(db: Database, assembly_id: int) -> int:
    with db.session() as s:
        rows = s.scalars(select(Question).where(Question.assembly_id == assembly_id, Question.on_projector)).all()
        for q in rows:
            q.on_projector = False
        if rows:
            audit.record(s, assembly_id, "question", None, "projector_cleared", {"count": len(rows)})
        return len(rows)


def delete(db: Database, question_id: int) -> None:
    with db.session() as s:
        q = _get(s, question_id)
        audit.record(s, q.assembly_id, "question", q.id, "deleted")
        s.delete(q)


def table_choices(db: Database, assembly_id: int) -> list[tuple[int, str]]:
    """(table id, label) for the tables of the assembly, for choosing who asks."""
    with db.read() as s:
        rows = s.scalars(
            select(AssemblyTable).where(AssemblyTable.assembly_id == assembly_id).order_by(AssemblyTable.number)
        ).all()
        return [(t.id, _table_label(t)) for t in rows]
