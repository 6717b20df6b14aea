"""The audit log of state changes. Called by other services inside their transaction."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db import Database
from app.models import AuditLog


def record(
    session: Session,
    assembly_id: int | None,
    entity: str,
    entity_id: int | None,
    action: str,
    detail: dict[str, Any] | None = None,
    actor: str = "",
) -> None:
    """Add a log line to the caller's transaction (it commits or rolls back with it)."""
    session.add(
        AuditLog(
            assembly_id=assembly_id,
            entity=entity,
            entity_id=entity_id,
            action=action,
            detail=detail or {},
            actor=actor,
        )
    )


@dataclass(frozen=True)
class AuditEntry:
    at: dt.datetime
    actor: str
    entity: str
    entity_id: int | None
    action: str
    detail: dict[str, Any]


def entries(
    db: Database, assembly_id: int, entity: str | None = None, entity_id: int | None = None
) -> list[AuditEntry]:
    with db.read() as s:
        q = select(AuditLog).where(AuditLog.assembly_id == assembly_id)
        if entity is not None:
            q = q.where(AuditLog.entity == entity)
        if entity_id is not None:
            q = q.where(AuditLog.entity_id == entity_id)
        rows = s.scalars(q.order_by(AuditLog.id)).all()
        return [AuditEntry(r.at, r.actor, r.entity, r.entity_id, r.action, dict(r.detail)) for r in rows]
