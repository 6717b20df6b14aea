from __future__ import annotations

import pytest

from app.db import Database
from app.models import AssemblyTable
from app.services import experts, questions
from app.services.assembly import AssemblyInfo
from app.services.errors import NotFound, ServiceError


def _tables(db: Database, assembly_id: int) -> list[int]:
    with db.session() as s:
        rows = [AssemblyTable(assembly_id=assembly_id, number=n, host_name=f"Host {n}") for n in (1, 2, 3)]
        s.add_all(rows)
        s.flush()
        return [t.id for t in rows]


def test_submit_group_select_answer_and_project(db: Database, assembly: AssemblyInfo) -> None:
    t1, t2, t3 = _tables(db, assembly.id)
    e = experts.create_expert(db, assembly.id, "Jens Hansen", role="Economist")
    q1 = questions.submit(db, assembly.id, "What does it cost?", table_id=t1, expert_id=e.id)
    q2 = questions.submit(db, assembly.id, "Who pays  for it?", table_id=t2)
    q3 = questions.submit(db, assembly.id, "How much will it cost us?", table_id=t3, expert_id=e.id)
    assert q1.table_label == "Table 1" and q1.expert_name == "Jens Hansen" and q1.status == "submitted"
    assert q2.text == "Who pays for it?"
    with pytest.raises(ServiceError):
        questions.submit(db, assembly.id, "   ")
    with pytest.raises(NotFound):
        questions.submit(db, assembly.id, "Why?", table_id=9999)

    grouped = questions.group(db, [q3.id, q1.id], "Cost")
    assert {g.group_key for g in grouped} == {"Cost"}
    order = [q.id for q in questions.list_questions(db, assembly.id)]
    assert order == [q1.id, q3.id, q2.id]  # the group stands together

    questions.select_questions(db, [q1.id])
    shown = questions.set_on_projector(db, [q1.id, q2.id])
    assert all(q.on_projector for q in shown)
    assert questions.list_questions(db, assembly.id, status="selected")[0].id == q1.id
    assert [q.id for q in questions.projected_questions(db, assembly.id)] == [q1.id, q2.id]
    assert questions.list_questions(db, assembly.id, expert_id=e.id)[0].id == q1.id

    answered = questions.mark_answered(db, [q1.id])
    assert answered[0].status == "answered" and not answered[0].on_projector
    assert [q.id for q in questions.projected_questions(db, assembly.id)] == [q2.id]
    with pytest.raises(ServiceError):
        questions.set_status(db, [q2.id], "maybe")
    assert questions.clear_projector(db, assembly.id) == 1
    assert questions.projected_questions(db, assembly.id) == []


def test_the_projector_takes_at_most_three(db: Database, assembly: AssemblyInfo) -> None:
    ids = [questions.submit(db, assembly.id, f"Question {n}?").id for n in range(7)]
    questions.set_on_projector(db, ids[:3])
    with pytest.raises(ServiceError, match="At most 3"):
        questions.set_on_projector(db, ids[5:6])
    assert len(questions.projected_questions(db, assembly.id)) == 3
    questions.set_status(db, [ids[6]], "discarded")
    questions.set_on_projector(db, [ids[0]], False)
    with pytest.raises(ServiceError, match="discarded"):
        questions.set_on_projector(db, [ids[6]])
