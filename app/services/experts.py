"""Experts and stakeholders, their presentations in the agenda, and the materials.

An expert's e-mail and phone are private: they are kept for the secretariat and never
printed on a handout or shown on the projector. Materials (slides, PDFs) are stored in
the database itself (``Material.content``) so a backup of the assembly carries them.
"""

from __future__ import annotations

import mimetypes
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.db import Database
from app.i18n import Term
from app.models import AgendaItem, Assembly, Expert, Material, MeetingDay, Presentation
from app.services import audit
from app.services.errors import NotFound, ServiceError, get_or_raise

MAX_MATERIAL_BYTES = 200 * 1024 * 1024


@dataclass(frozen=True)
class ExpertInfo:
    id: int
    name: str
    role: str
    organisation: str
    bio: str
    perspective: str
    email: str
    phone: str
    presentations: int = 0

    @property
    def first_name(self) -> str:
        return self.name.split()[0] if self.name.split() else ""


@dataclass(frozen=True)
class PresentationInfo:
    id: int
    expert_id: int
    expert_name: str
    title: str
    summary: str
    agenda_item_id: int | None
    agenda_label: str  # "Day 2, 10:15 – Title" or ""
    materials: int


@dataclass(frozen=True)
class MaterialInfo:
    id: int
    presentation_id: int
    filename: str
    mime_type: str
    size: int


EXPERT_FIELDS = ("name", "role", "organisation", "bio", "perspective", "email", "phone")


def _info(e: Expert, count: int = 0) -> ExpertInfo:
    return ExpertInfo(e.id, e.name, e.role, e.organisation, e.bio, e.perspective, e.email, e.phone, count)


def _get_expert(s: Session, expert_id: int) -> Expert:
    return get_or_raise(s, Expert, expert_id, NotFound("No expert with id {id}.", id=expert_id))


def _get_presentation(s: Session, presentation_id: int) -> Presentation:
    return get_or_raise(s, Presentation, presentation_id, NotFound("No presentation with id {id}.", id=presentation_id))


def _clean_expert(fields: dict[str, Any]) -> dict[str, str]:
    unknown = set(fields) - set(EXPERT_FIELDS)
    if unknown:
        raise ServiceError("Cannot set {fields} of an expert.", fields=", ".join(sorted(unknown)))
    clean = {k: str(v or "").strip() for k, v in fields.items()}
    if "name" in clean and not clean["name"]:
        raise ServiceError("An expert needs a name.")
    if clean.get("email") and "@" not in clean["email"]:
        raise ServiceError("{email!r} is not an e-mail address.", email=clean["email"])
    for key, limit in (("name", 200), ("role", 200), ("organisation", 200), ("perspective", 200), ("phone", 50)):
        if len(clean.get(key, "")) > limit:
            raise ServiceError(
                "An expert's {field} can be at most {limit} characters.", field=Term(key, "expert"), limit=limit
            )
    return clean


def list_experts(db: Database, assembly_id: int) -> list[ExpertInfo]:
    with db.read() as s:
        counts = dict(
            s.execute(
                select(Presentation.expert_id, func.count(Presentation.id))
                .where(Presentation.assembly_id == assembly_id)
                .group_by(Presentation.expert_id)
            ).all()
        )
        experts = s.scalars(select(Expert).where(Expert.assembly_id == assembly_id).order_by(Expert.name)).all()
        return [_info(e, int(counts.get(e.id, 0))) for e in experts]


def get_expert(db: Database, expert_id: int) -> ExpertInfo:
    with db.read() as s:
        return _info(_get_expert(s, expert_id))


def create_expert(db: Database, assembly_id: int, name: str, **fields: Any) -> ExpertInfo:
    clean = _clean_expert({"name": name, **fields})
    with db.session() as s:
        if s.get(Assembly, assembly_id) is None:
            raise NotFound("No assembly with id {id}.", id=assembly_id)
        e = Expert(assembly_id=assembly_id, **clean)
        s.add(e)
        s.flush()
        audit.record(s, assembly_id, "expert", e.id, "created", {"name": e.name})
        return _info(e)


def update_expert(db: Database, expert_id: int, **fields: Any) -> ExpertInfo:
    clean = _clean_expert(fields)
    with db.session() as s:
        e = _get_expert(s, expert_id)
        for key, value in clean.items():
            setattr(e, key, value)
        # contact data is private: the log says that it changed, not what it is
        audit.record(s, e.assembly_id, "expert", e.id, "updated", {"fields": sorted(clean)})
        return _info(e)


def delete_expert(db: Database, expert_id: int) -> None:
    """Delete an expert with their presentations and materials."""
    with db.session() as s:
        e = _get_expert(s, expert_id)
        for p in s.scalars(select(Presentation).where(Presentation.expert_id == e.id)):
            s.delete(p)
        s.flush()
        audit.record(s, e.assembly_id, "expert", e.id, "deleted", {"name": e.name})
        s.delete(e)


# -------------------------------------------------------------------- presentations


def _agenda_label(s: Session, item_id: int | None) -> str:
    if item_id is None:
        return ""
    item = s.get(AgendaItem, item_id)
    if item is None:
        return ""
    from app.services.program import _program

    day = s.get(MeetingDay, item.day_id)
    assert day is not None
    entry = next((e for e in _program(s, day).items if e.id == item.id), None)
    start = f"{entry.start:%H:%M}" if entry else ""
    return f"Day {day.number}, {start} – {item.title}"


def _presentation(s: Session, p: Presentation) -> PresentationInfo:
    expert = s.get(Expert, p.expert_id)
    count = s.scalar(select(func.count(Material.id)).where(Material.presentation_id == p.id)) or 0
    return PresentationInfo(
        p.id,
        p.expert_id,
        expert.name if expert else "",
        p.title,
        p.summary,
        p.agenda_item_id,
        _agenda_label(s, p.agenda_item_id),
        int(count),
    )


def _check_agenda_item(s: Session, assembly_id: int, item_id: int | None) -> None:
    if item_id is None:
        return
    item = get_or_raise(s, AgendaItem, item_id, NotFound("No agenda item with id {id}.", id=item_id))
    day = s.get(MeetingDay, item.day_id)
    if day is None or day.assembly_id != assembly_id:
        raise ServiceError("That agenda item belongs to another assembly.")


def list_presentations(
    db: Database, assembly_id: int, *, expert_id: int | None = None, agenda_item_id: int | None = None
) -> list[PresentationInfo]:
    with db.read() as s:
        q = select(Presentation).where(Presentation.assembly_id == assembly_id)
        if expert_id is not None:
            q = q.where(Presentation.expert_id == expert_id)
        if agenda_item_id is not None:
            q = q.where(Presentation.agenda_item_id == agenda_item_id)
        return [_presentation(s, p) for p in s.scalars(q.order_by(Presentation.id))]


def create_presentation(
    db: Database, expert_id: int, title: str, *, agenda_item_id: int | None = None, summary: str = ""
) -> PresentationInfo:
    title = str(title or "").strip()
    if not title:
        raise ServiceError("A presentation needs a title.")
    with db.session() as s:
        e = _get_expert(s, expert_id)
        _check_agenda_item(s, e.assembly_id, agenda_item_id)
        p = Presentation(
            assembly_id=e.assembly_id,
            expert_id=e.id,
            title=title,
            summary=summary.strip(),
            agenda_item_id=agenda_item_id,
        )
        s.add(p)
        s.flush()
        audit.record(s, e.assembly_id, "presentation", p.id, "created", {"title": title, "expert": e.id})
        return _presentation(s, p)


_UNSET: Any = object()


def update_presentation(
    db: Database,
    presentation_id: int,
    *,
    title: str | None = None,
    summary: str | None = None,
    agenda_item_id: int | None = _UNSET,
) -> PresentationInfo:
    """Change a presentation; ``agenda_item_id=None`` takes it off the agenda."""
    with db.session() as s:
        p = _get_presentation(s, presentation_id)
        if title is not None:
            if not title.strip():
                raise ServiceError("A presentation needs a title.")
            p.title = title.strip()
        if summary is not None:
            p.summary = summary.strip()
        if agenda_item_id is not _UNSET:
            _check_agenda_item(s, p.assembly_id, agenda_item_id)
            p.agenda_item_id = agenda_item_id
        s.flush()
        audit.record(s, p.assembly_id, "presentation", p.id, "updated", {"agenda_item": p.agenda_item_id})
        return _presentation(s, p)


def delete_presentation(db: Database, presentation_id: int) -> None:
    with db.session() as s:
        p = _get_presentation(s, presentation_id)
        audit.record(s, p.assembly_id, "presentation", p.id, "deleted", {"title": p.title})
        s.delete(p)


# ------------------------------------------------------------------------ materials


def list_materials(db: Database, presentation_id: int) -> list[MaterialInfo]:
    with db.read() as s:
        rows = s.execute(
            select(
                Material.id,
                Material.presentation_id,
                Material.filename,
                Material.mime_type,
                func.length(Material.content),
            )
            .where(Material.presentation_id == presentation_id)
            .order_by(Material.id)
        ).all()
        return [MaterialInfo(r[0], r[1], r[2], r[3], int(r[4] or 0)) for r in rows]


def add_material(
    db: Database, presentation_id: int, filename: str, content: bytes, *, mime_type: str | None = None
) -> MaterialInfo:
    name = Path(str(filename or "")).name.strip()
    if not name:
        raise ServiceError("A material needs a file name.")
    if not content:
        raise ServiceError("{file} is empty.", file=name)
    if len(content) > MAX_MATERIAL_BYTES:
        raise ServiceError("{file} is larger than {limit} MB.", file=name, limit=MAX_MATERIAL_BYTES // (1024 * 1024))
    mime = mime_type or mimetypes.guess_type(name)[0] or "application/octet-stream"
    with db.session() as s:
        p = _get_presentation(s, presentation_id)
        m = Material(presentation_id=p.id, filename=name, mime_type=mime, content=bytes(content))
        s.add(m)
        s.flush()
        audit.record(s, p.assembly_id, "material", m.id, "added", {"filename": name, "size": len(content)})
        return MaterialInfo(m.id, p.id, name, mime, len(content))


def import_material(db: Database, presentation_id: int, path: Path) -> MaterialInfo:
    """Attach a file from disk."""
    path = Path(path)
    if not path.is_file():
        raise ServiceError("{path}: no such file", path=str(path))
    try:
        content = path.read_bytes()
    except OSError as exc:
        raise ServiceError("{path}: cannot be read ({reason})", path=str(path), reason=exc.strerror) from exc
    return add_material(db, presentation_id, path.name, content)


def material_content(db: Database, material_id: int) -> tuple[MaterialInfo, bytes]:
    with db.read() as s:
        m = get_or_raise(s, Material, material_id, NotFound("No material with id {id}.", id=material_id))
        return MaterialInfo(m.id, m.presentation_id, m.filename, m.mime_type, len(m.content)), bytes(m.content)


def export_material(db: Database, material_id: int, folder: Path) -> Path:
    """Write a material to ``folder`` under its own name (to open it or hand it on)."""
    info, content = material_content(db, material_id)
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / info.filename
    target.write_bytes(content)
    return target


def delete_material(db: Database, material_id: int) -> None:
    with db.session() as s:
        m = get_or_raise(s, Material, material_id, NotFound("No material with id {id}.", id=material_id))
        p = s.get(Presentation, m.presentation_id)
        audit.record(s, p.assembly_id if p else None, "material", m.id, "deleted", {"filename": m.filename})
        s.delete(m)
