"""Recommendations: drafts with every version kept, initiatives, amendments, merges and
the final wording.

A recommendation's text is never overwritten: every edit adds a ``RecommendationVersion``
(who, which table, when, a note); the current text is the highest-numbered version. An
amendment is proposed against one version and carries the whole proposed text; accepting
it adds a version with that text. An amendment proposed against a version that is no
longer the current one is *outdated*: it cannot be accepted (it would silently undo the
edits made since), only compared, rejected or proposed again against the current text.

Merging two drafts keeps both: the one merged away is marked ``merged`` with
``merged_into_id``, keeps its own versions, and hands its initiatives over to the one it
was merged into, which gets a new version with the merged text.

Every state change is written to the audit log in the same transaction.
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from types import EllipsisType

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.db import Database
from app.i18n import N_, Message, Term
from app.models import (
    Amendment,
    AmendmentStatus,
    Assembly,
    AssemblyTable,
    Initiative,
    Recommendation,
    RecommendationStatus,
    RecommendationVersion,
    utcnow,
)
from app.services import audit
from app.services.errors import NotFound, ServiceError, get_or_raise

CODE_MAX = 20
TITLE_MAX = 300
THEME_MAX = 200
NAME_MAX = 200
CODE_PATTERN = re.compile(r"^[A-Za-zÆØÅæøå0-9][A-Za-zÆØÅæøå0-9._-]*$")
INITIATIVE_SEPARATOR = "|"


class OutdatedAmendment(ServiceError):
    """An amendment proposed against a version that is no longer the current one."""


# ----------------------------------------------------------------------- results


@dataclass(frozen=True)
class VersionInfo:
    id: int
    recommendation_id: int
    number: int
    text: str
    author: str
    table_id: int | None
    table_label: str
    note: str
    created_at: dt.datetime


@dataclass(frozen=True)
class InitiativeInfo:
    id: int
    recommendation_id: int
    position: int
    text: str


@dataclass(frozen=True)
class AmendmentInfo:
    id: int
    recommendation_id: int
    version_id: int
    version_number: int
    text: str
    rationale: str
    proposed_by: str
    table_id: int | None
    table_label: str
    status: str
    created_at: dt.datetime
    decided_at: dt.datetime | None
    result_version_id: int | None
    outdated: bool  # still proposed, but against a version that is no longer the current one


@dataclass(frozen=True)
class RecommendationSummary:
    id: int
    code: str
    title: str
    theme: str
    origin_table_id: int | None
    origin_table_label: str
    status: str
    versions: int
    current_version_id: int | None
    current_version_number: int
    initiatives: int
    open_amendments: int
    final_version_id: int | None
    merged_into_id: int | None
    merged_into_code: str
    position: int


@dataclass(frozen=True)
class RecommendationDetail:
    id: int
    assembly_id: int
    code: str
    title: str
    theme: str
    origin_table_id: int | None
    origin_table_label: str
    status: str
    final_version_id: int | None
    merged_into_id: int | None
    merged_into_code: str
    merged_from: list[str]  # codes of the drafts merged into this one
    minority_statement: str
    position: int
    created_at: dt.datetime
    versions: list[VersionInfo] = field(default_factory=list)
    initiatives: list[InitiativeInfo] = field(default_factory=list)
    amendments: list[AmendmentInfo] = field(default_factory=list)

    @property
    def current(self) -> VersionInfo | None:
        return self.versions[-1] if self.versions else None

    @property
    def text(self) -> str:
        """The current text (the final wording once it is marked)."""
        if self.final_version_id is not None:
            for v in self.versions:
                if v.id == self.final_version_id:
                    return v.text
        return self.versions[-1].text if self.versions else ""

    @property
    def editable(self) -> bool:
        return self.status == RecommendationStatus.DRAFT


@dataclass(frozen=True)
class TableChoice:
    id: int
    number: int
    label: str


@dataclass(frozen=True)
class DiffSegment:
    kind: str  # "equal", "insert" (only in b) or "delete" (only in a)
    text: str


@dataclass(frozen=True)
class ImportResult:
    created: list[RecommendationSummary]


# ----------------------------------------------------------------------- helpers


def _table_label(t: AssemblyTable | None) -> str:
    if t is None:
        return ""
    return t.name.strip() or f"Table {t.number}"


def _table_labels(s: Session, assembly_id: int) -> dict[int, str]:
    rows = s.scalars(select(AssemblyTable).where(AssemblyTable.assembly_id == assembly_id)).all()
    return {t.id: _table_label(t) for t in rows}


def _rec(s: Session, recommendation_id: int) -> Recommendation:
    missing = NotFound("No recommendation with id {id}.", id=recommendation_id)
    return get_or_raise(s, Recommendation, recommendation_id, missing)


def _current_version(s: Session, rec_id: int) -> RecommendationVersion | None:
    return s.scalars(
        select(RecommendationVersion)
        .where(RecommendationVersion.recommendation_id == rec_id)
        .order_by(RecommendationVersion.number.desc())
        .limit(1)
    ).first()


def _require_draft(rec: Recommendation, refusal: str) -> None:
    """``refusal``: the message when ``rec`` is no draft, "Cannot … {code}: {why}." (``N_``)."""
    if rec.status == RecommendationStatus.DRAFT:
        return
    why = {
        RecommendationStatus.FINAL: Message("its wording is final; reopen it first"),
        RecommendationStatus.MERGED: Message("it was merged into another recommendation"),
        RecommendationStatus.WITHDRAWN: Message("it was withdrawn; restore it first"),
    }.get(RecommendationStatus(rec.status)) or Message("it is {status}", status=_status(rec.status))
    raise ServiceError(refusal, code=rec.code, why=why)


def _status(status: str) -> Term:
    """A recommendation's or amendment's status as a word inside a message."""
    return Term(status, "recommendation" if status in set(RecommendationStatus) else "amendment")


def _check_table(s: Session, assembly_id: int, table_id: int | None) -> None:
    if table_id is None:
        return
    t = s.get(AssemblyTable, table_id)
    if t is None or t.assembly_id != assembly_id:
        raise ServiceError("No table with id {id} in this assembly.", id=table_id)


def _clean_text(text: str, empty: str = N_("The text cannot be empty.")) -> str:
    cleaned = text.replace("\r\n", "\n").strip()
    if not cleaned:
        raise ServiceError(empty)
    return cleaned


def _clean_name(value: str, too_long: str) -> str:
    """``too_long``: the message, with ``{limit}``, for a name that is too long (``N_``)."""
    value = value.strip()
    if len(value) > NAME_MAX:
        raise ServiceError(too_long, limit=NAME_MAX)
    return value


def code_problem(code: str) -> Message | None:
    if not code:
        return Message("a recommendation needs a code (e.g. A1)")
    if len(code) > CODE_MAX:
        return Message("the code {code!r} is longer than {limit} characters", code=code, limit=CODE_MAX)
    if not CODE_PATTERN.match(code):
        return Message("the code {code!r} may hold only letters, digits, '.', '-' and '_' (e.g. A1)", code=code)
    return None


def title_problem(title: str) -> Message | None:
    if not title:
        return Message("a recommendation needs a title")
    if len(title) > TITLE_MAX:
        return Message("the title is longer than {limit} characters", limit=TITLE_MAX)
    return None


def _code_taken(s: Session, assembly_id: int, code: str, except_id: int | None = None) -> bool:
    q = select(Recommendation.id).where(
        Recommendation.assembly_id == assembly_id, func.lower(Recommendation.code) == code.lower()
    )
    if except_id is not None:
        q = q.where(Recommendation.id != except_id)
    return s.scalar(q) is not None


def _version_info(v: RecommendationVersion, labels: dict[int, str]) -> VersionInfo:
    return VersionInfo(
        v.id,
        v.recommendation_id,
        v.number,
        v.text,
        v.author,
        v.table_id,
        labels.get(v.table_id, "") if v.table_id is not None else "",
        v.note,
        v.created_at,
    )


def _amendment_info(
    a: Amendment, numbers: dict[int, int], current_id: int | None, labels: dict[int, str]
) -> AmendmentInfo:
    return AmendmentInfo(
        a.id,
        a.recommendation_id,
        a.version_id,
        numbers.get(a.version_id, 0),
        a.text,
        a.rationale,
        a.proposed_by,
        a.table_id,
        labels.get(a.table_id, "") if a.table_id is not None else "",
        a.status,
        a.created_at,
        a.decided_at,
        a.result_version_id,
        a.status == AmendmentStatus.PROPOSED and a.version_id != current_id,
    )


def _detail(s: Session, rec: Recommendation) -> RecommendationDetail:
    labels = _table_labels(s, rec.assembly_id)
    versions = s.scalars(
        select(RecommendationVersion)
        .where(RecommendationVersion.recommendation_id == rec.id)
        .order_by(RecommendationVersion.number)
    ).all()
    numbers = {v.id: v.number for v in versions}
    current_id = versions[-1].id if versions else None
    initiatives = s.scalars(
        select(Initiative).where(Initiative.recommendation_id == rec.id).order_by(Initiative.position, Initiative.id)
    ).all()
    amendments = s.scalars(
        select(Amendment).where(Amendment.recommendation_id == rec.id).order_by(Amendment.created_at, Amendment.id)
    ).all()
    merged_into = s.get(Recommendation, rec.merged_into_id) if rec.merged_into_id is not None else None
    merged_from = s.scalars(
        select(Recommendation.code).where(Recommendation.merged_into_id == rec.id).order_by(Recommendation.code)
    ).all()
    return RecommendationDetail(
        id=rec.id,
        assembly_id=rec.assembly_id,
        code=rec.code,
        title=rec.title,
        theme=rec.theme,
        origin_table_id=rec.origin_table_id,
        origin_table_label=labels.get(rec.origin_table_id, "") if rec.origin_table_id is not None else "",
        status=rec.status,
        final_version_id=rec.final_version_id,
        merged_into_id=rec.merged_into_id,
        merged_into_code=merged_into.code if merged_into is not None else "",
        merged_from=list(merged_from),
        minority_statement=rec.minority_statement,
        position=rec.position,
        created_at=rec.created_at,
        versions=[_version_info(v, labels) for v in versions],
        initiatives=[InitiativeInfo(i.id, i.recommendation_id, i.position, i.text) for i in initiatives],
        amendments=[_amendment_info(a, numbers, current_id, labels) for a in amendments],
    )


def _add_version(
    s: Session,
    rec: Recommendation,
    text: str,
    *,
    author: str,
    table_id: int | None,
    note: str,
) -> RecommendationVersion:
    current = _current_version(s, rec.id)
    v = RecommendationVersion(
        recommendation_id=rec.id,
        number=(current.number + 1) if current is not None else 1,
        text=text,
        author=author,
        table_id=table_id,
        note=note,
    )
    s.add(v)
    s.flush()
    return v


def _renumber_initiatives(s: Session, rec_id: int) -> list[Initiative]:
    items = list(
        s.scalars(
            select(Initiative)
            .where(Initiative.recommendation_id == rec_id)
            .order_by(Initiative.position, Initiative.id)
        ).all()
    )
    for pos, item in enumerate(items):
        item.position = pos
    return items


# ------------------------------------------------------------------------- reading


def table_choices(db: Database, assembly_id: int) -> list[TableChoice]:
    """The assembly's tables, for choosing an origin or an author's table."""
    with db.read() as s:
        rows = s.scalars(
            select(AssemblyTable).where(AssemblyTable.assembly_id == assembly_id).order_by(AssemblyTable.number)
        ).all()
        return [TableChoice(t.id, t.number, _table_label(t)) for t in rows]


def themes(db: Database, assembly_id: int) -> list[str]:
    """The themes in use, alphabetically."""
    with db.read() as s:
        rows = s.scalars(
            select(Recommendation.theme)
            .where(Recommendation.assembly_id == assembly_id, Recommendation.theme != "")
            .distinct()
        ).all()
        return sorted(rows, key=str.casefold)


def list_recommendations(
    db: Database,
    assembly_id: int,
    *,
    search: str = "",
    theme: str | None = None,
    statuses: Iterable[str] | None = None,
) -> list[RecommendationSummary]:
    """Recommendations in their order; ``search`` looks in the code, title, theme and the
    current text (case-insensitive); ``theme`` keeps one theme only."""
    needle = search.strip().casefold()
    wanted = set(statuses) if statuses is not None else None
    with db.read() as s:
        labels = _table_labels(s, assembly_id)
        recs = s.scalars(
            select(Recommendation)
            .where(Recommendation.assembly_id == assembly_id)
            .order_by(Recommendation.position, Recommendation.code)
        ).all()
        codes = {r.id: r.code for r in recs}
        version_rows = s.execute(
            select(
                RecommendationVersion.recommendation_id,
                RecommendationVersion.id,
                RecommendationVersion.number,
                RecommendationVersion.text,
            )
            .join(Recommendation, Recommendation.id == RecommendationVersion.recommendation_id)
            .where(Recommendation.assembly_id == assembly_id)
            .order_by(RecommendationVersion.recommendation_id, RecommendationVersion.number)
        ).all()
        counts: dict[int, int] = {}
        current: dict[int, tuple[int, int, str]] = {}
        for rec_id, vid, number, text in version_rows:
            counts[rec_id] = counts.get(rec_id, 0) + 1
            current[rec_id] = (vid, number, text)
        initiative_counts = dict(
            s.execute(
                select(Initiative.recommendation_id, func.count(Initiative.id))
                .join(Recommendation, Recommendation.id == Initiative.recommendation_id)
                .where(Recommendation.assembly_id == assembly_id)
                .group_by(Initiative.recommendation_id)
            ).all()
        )
        open_counts = dict(
            s.execute(
                select(Amendment.recommendation_id, func.count(Amendment.id))
                .join(Recommendation, Recommendation.id == Amendment.recommendation_id)
                .where(Recommendation.assembly_id == assembly_id, Amendment.status == AmendmentStatus.PROPOSED)
                .group_by(Amendment.recommendation_id)
            ).all()
        )
        out: list[RecommendationSummary] = []
        for r in recs:
            if theme is not None and r.theme != theme:
                continue
            if wanted is not None and r.status not in wanted:
                continue
            cur = current.get(r.id)
            if needle:
                hay = " ".join((r.code, r.title, r.theme, cur[2] if cur else "")).casefold()
                if needle not in hay:
                    continue
            out.append(
                RecommendationSummary(
                    id=r.id,
                    code=r.code,
                    title=r.title,
                    theme=r.theme,
                    origin_table_id=r.origin_table_id,
                    origin_table_label=labels.get(r.origin_table_id, "") if r.origin_table_id is not None else "",
                    status=r.status,
                    versions=counts.get(r.id, 0),
                    current_version_id=cur[0] if cur else None,
                    current_version_number=cur[1] if cur else 0,
                    initiatives=int(initiative_counts.get(r.id, 0)),
                    open_amendments=int(open_counts.get(r.id, 0)),
                    final_version_id=r.final_version_id,
                    merged_into_id=r.merged_into_id,
                    merged_into_code=codes.get(r.merged_into_id, "") if r.merged_into_id is not None else "",
                    position=r.position,
                )
            )
        return out


def get_recommendation(db: Database, recommendation_id: int) -> RecommendationDetail:
    """One recommendation with all its versions, initiatives and amendments."""
    with db.read() as s:
        return _detail(s, _rec(s, recommendation_id))


def find_by_code(db: Database, assembly_id: int, code: str) -> RecommendationDetail:
    with db.read() as s:
        rec = s.scalars(
            select(Recommendation).where(
                Recommendation.assembly_id == assembly_id, func.lower(Recommendation.code) == code.strip().lower()
            )
        ).first()
        if rec is None:
            raise NotFound("No recommendation with the code {code!r}.", code=code)
        return _detail(s, rec)


def get_version(db: Database, version_id: int) -> VersionInfo:
    with db.read() as s:
        v = get_or_raise(s, RecommendationVersion, version_id, NotFound("No version with id {id}.", id=version_id))
        rec = _rec(s, v.recommendation_id)
        return _version_info(v, _table_labels(s, rec.assembly_id))


def next_code(db: Database, assembly_id: int, prefix: str = "A") -> str:
    """The next free code with ``prefix``: A1, A2, … (after the highest number in use)."""
    with db.read() as s:
        codes = s.scalars(select(Recommendation.code).where(Recommendation.assembly_id == assembly_id)).all()
    used = {c.lower() for c in codes}
    pattern = re.compile(rf"^{re.escape(prefix)}(\d+)$", re.IGNORECASE)
    highest = max((int(m.group(1)) for c in codes if (m := pattern.match(c))), default=0)
    n = highest + 1
    while f"{prefix}{n}".lower() in used:
        n += 1
    return f"{prefix}{n}"


# ------------------------------------------------------------------------ creating


def create_recommendation(
    db: Database,
    assembly_id: int,
    code: str,
    title: str,
    text: str,
    *,
    theme: str = "",
    origin_table_id: int | None = None,
    author: str = "",
    table_id: int | None = None,
    note: str = "",
    initiatives: Sequence[str] = (),
) -> RecommendationDetail:
    """A new draft with its first version (by ``author`` at ``table_id``, which defaults to
    the origin table) and, optionally, its initiatives."""
    code = code.strip()
    title = title.strip()
    theme = theme.strip()
    for problem in (code_problem(code), title_problem(title)):
        if problem:
            raise ServiceError("{problem}.", problem=problem.capitalised())
    if len(theme) > THEME_MAX:
        raise ServiceError("The theme is longer than {limit} characters.", limit=THEME_MAX)
    text = _clean_text(text, N_("The text of a recommendation cannot be empty."))
    author = _clean_name(author, N_("The author's name is longer than {limit} characters."))
    cleaned_initiatives = [t.strip() for t in initiatives if t.strip()]
    if table_id is None:
        table_id = origin_table_id
    with db.session() as s:
        if s.get(Assembly, assembly_id) is None:
            raise NotFound("No assembly with id {id}.", id=assembly_id)
        if _code_taken(s, assembly_id, code):
            raise ServiceError("The code {code} is already used by another recommendation; choose another.", code=code)
        _check_table(s, assembly_id, origin_table_id)
        _check_table(s, assembly_id, table_id)
        position = s.scalar(
            select(func.coalesce(func.max(Recommendation.position), -1)).where(
                Recommendation.assembly_id == assembly_id
            )
        )
        rec = Recommendation(
            assembly_id=assembly_id,
            code=code,
            title=title,
            theme=theme,
            origin_table_id=origin_table_id,
            position=int(position if position is not None else -1) + 1,
        )
        s.add(rec)
        s.flush()
        v = _add_version(s, rec, text, author=author, table_id=table_id, note=note.strip() or "First draft")
        for pos, item in enumerate(cleaned_initiatives):
            s.add(Initiative(recommendation_id=rec.id, position=pos, text=item))
        s.flush()
        audit.record(
            s,
            assembly_id,
            "recommendation",
            rec.id,
            "created",
            {"code": code, "title": title, "version": v.number, "initiatives": len(cleaned_initiatives)},
            actor=author,
        )
        return _detail(s, rec)


def update_details(
    db: Database,
    recommendation_id: int,
    *,
    code: str | None = None,
    title: str | None = None,
    theme: str | None = None,
    origin_table_id: int | None | EllipsisType = ...,
) -> RecommendationDetail:
    """Change the code, title, theme or origin table (the text changes by versions)."""
    with db.session() as s:
        rec = _rec(s, recommendation_id)
        changed: dict[str, str] = {}
        if code is not None:
            code = code.strip()
            problem = code_problem(code)
            if problem:
                raise ServiceError("{problem}.", problem=problem.capitalised())
            if _code_taken(s, rec.assembly_id, code, except_id=rec.id):
                raise ServiceError(
                    "The code {code} is already used by another recommendation; choose another.", code=code
                )
            if code != rec.code:
                changed["code"] = f"{rec.code} → {code}"
                rec.code = code
        if title is not None:
            title = title.strip()
            problem = title_problem(title)
            if problem:
                raise ServiceError("{problem}.", problem=problem.capitalised())
            if title != rec.title:
                changed["title"] = title
                rec.title = title
        if theme is not None:
            theme = theme.strip()
            if len(theme) > THEME_MAX:
                raise ServiceError("The theme is longer than {limit} characters.", limit=THEME_MAX)
            if theme != rec.theme:
                changed["theme"] = theme
                rec.theme = theme
        if not isinstance(origin_table_id, EllipsisType):
            _check_table(s, rec.assembly_id, origin_table_id)
            if origin_table_id != rec.origin_table_id:
                changed["origin_table_id"] = str(origin_table_id)
                rec.origin_table_id = origin_table_id
        if changed:
            audit.record(s, rec.assembly_id, "recommendation", rec.id, "details_changed", changed)
        return _detail(s, rec)


def save_version(
    db: Database,
    recommendation_id: int,
    text: str,
    *,
    author: str = "",
    table_id: int | None = None,
    note: str = "",
    based_on_version_id: int | None = None,
) -> VersionInfo:
    """Save ``text`` as a new version. ``based_on_version_id`` is the version the editor
    started from: if someone has saved a newer one meanwhile, nothing is saved and the
    error says so (no edit is silently overwritten)."""
    text = _clean_text(text)
    author = _clean_name(author, N_("The author's name is longer than {limit} characters."))
    with db.session() as s:
        rec = _rec(s, recommendation_id)
        _require_draft(rec, N_("Cannot edit the text of {code}: {why}."))
        _check_table(s, rec.assembly_id, table_id)
        current = _current_version(s, rec.id)
        if based_on_version_id is not None and current is not None and current.id != based_on_version_id:
            raise ServiceError(
                "{code} was changed meanwhile (it is now at version {version}); "
                "copy your text, reload the recommendation and apply your edit to the new version.",
                code=rec.code,
                version=current.number,
            )
        if current is not None and current.text == text:
            raise ServiceError("The text is the same as version {version}; nothing to save.", version=current.number)
        v = _add_version(s, rec, text, author=author, table_id=table_id, note=note.strip())
        audit.record(s, rec.assembly_id, "recommendation", rec.id, "version_saved", {"version": v.number}, actor=author)
        return _version_info(v, _table_labels(s, rec.assembly_id))


# ---------------------------------------------------------------------- initiatives


def add_initiative(db: Database, recommendation_id: int, text: str, *, position: int | None = None) -> InitiativeInfo:
    """Add an initiative at the end (or at ``position``, 0 = first)."""
    text = _clean_text(text, N_("An initiative cannot be empty."))
    with db.session() as s:
        rec = _rec(s, recommendation_id)
        _require_draft(rec, N_("Cannot add initiatives to {code}: {why}."))
        items = _renumber_initiatives(s, rec.id)
        pos = len(items) if position is None else max(0, min(position, len(items)))
        for item in items[pos:]:
            item.position += 1
        new = Initiative(recommendation_id=rec.id, position=pos, text=text)
        s.add(new)
        s.flush()
        audit.record(s, rec.assembly_id, "recommendation", rec.id, "initiative_added", {"initiative": new.id})
        return InitiativeInfo(new.id, rec.id, new.position, new.text)


def _initiative(s: Session, initiative_id: int) -> tuple[Initiative, Recommendation]:
    item = get_or_raise(s, Initiative, initiative_id, NotFound("No initiative with id {id}.", id=initiative_id))
    return item, _rec(s, item.recommendation_id)


def edit_initiative(db: Database, initiative_id: int, text: str) -> InitiativeInfo:
    text = _clean_text(text, N_("An initiative cannot be empty."))
    with db.session() as s:
        item, rec = _initiative(s, initiative_id)
        _require_draft(rec, N_("Cannot edit the initiatives of {code}: {why}."))
        if item.text != text:
            audit.record(
                s,
                rec.assembly_id,
                "recommendation",
                rec.id,
                "initiative_edited",
                {"initiative": item.id, "was": item.text},
            )
            item.text = text
        return InitiativeInfo(item.id, rec.id, item.position, item.text)


def move_initiative(db: Database, initiative_id: int, position: int) -> list[InitiativeInfo]:
    """Move an initiative to ``position`` (0 = first); returns the new order."""
    with db.session() as s:
        item, rec = _initiative(s, initiative_id)
        _require_draft(rec, N_("Cannot reorder the initiatives of {code}: {why}."))
        items = _renumber_initiatives(s, rec.id)
        items.remove(item)
        position = max(0, min(position, len(items)))
        items.insert(position, item)
        for pos, it in enumerate(items):
            it.position = pos
        audit.record(
            s, rec.assembly_id, "recommendation", rec.id, "initiative_moved", {"initiative": item.id, "to": position}
        )
        return [InitiativeInfo(i.id, rec.id, i.position, i.text) for i in items]


def reorder_initiatives(db: Database, recommendation_id: int, initiative_ids: Sequence[int]) -> list[InitiativeInfo]:
    """Put all of a recommendation's initiatives in the given order."""
    with db.session() as s:
        rec = _rec(s, recommendation_id)
        _require_draft(rec, N_("Cannot reorder the initiatives of {code}: {why}."))
        items = {i.id: i for i in _renumber_initiatives(s, rec.id)}
        if sorted(initiative_ids) != sorted(items) or len(set(initiative_ids)) != len(initiative_ids):
            raise ServiceError("The new order must name each initiative of the recommendation exactly once.")
        for pos, iid in enumerate(initiative_ids):
            items[iid].position = pos
        audit.record(
            s, rec.assembly_id, "recommendation", rec.id, "initiatives_reordered", {"order": list(initiative_ids)}
        )
        return [InitiativeInfo(iid, rec.id, pos, items[iid].text) for pos, iid in enumerate(initiative_ids)]


def remove_initiative(db: Database, initiative_id: int) -> InitiativeInfo:
    """Remove an initiative; returns it (so the UI can offer to put it back)."""
    with db.session() as s:
        item, rec = _initiative(s, initiative_id)
        _require_draft(rec, N_("Cannot remove initiatives from {code}: {why}."))
        info = InitiativeInfo(item.id, rec.id, item.position, item.text)
        s.delete(item)
        s.flush()
        _renumber_initiatives(s, rec.id)
        audit.record(
            s,
            rec.assembly_id,
            "recommendation",
            rec.id,
            "initiative_removed",
            {"initiative": info.id, "text": info.text},
        )
        return info


# ----------------------------------------------------------------------- amendments


def propose_amendment(
    db: Database,
    recommendation_id: int,
    text: str,
    *,
    version_id: int | None = None,
    rationale: str = "",
    proposed_by: str = "",
    table_id: int | None = None,
) -> AmendmentInfo:
    """Propose ``text`` as the new wording, against ``version_id`` (default: the current
    version)."""
    text = _clean_text(text, N_("The amended text cannot be empty."))
    proposed_by = _clean_name(proposed_by, N_("The proposer's name is longer than {limit} characters."))
    with db.session() as s:
        rec = _rec(s, recommendation_id)
        _require_draft(rec, N_("Cannot amend {code}: {why}."))
        _check_table(s, rec.assembly_id, table_id)
        current = _current_version(s, rec.id)
        if version_id is None:
            if current is None:
                raise ServiceError("{code} has no text yet to amend.", code=rec.code)
            version = current
        else:
            found = s.get(RecommendationVersion, version_id)
            if found is None or found.recommendation_id != rec.id:
                raise ServiceError("Version id {id} is not a version of {code}.", id=version_id, code=rec.code)
            version = found
        if version.text == text:
            raise ServiceError("The amendment does not change anything in version {version}.", version=version.number)
        a = Amendment(
            recommendation_id=rec.id,
            version_id=version.id,
            text=text,
            rationale=rationale.strip(),
            proposed_by=proposed_by,
            table_id=table_id,
        )
        s.add(a)
        s.flush()
        audit.record(
            s,
            rec.assembly_id,
            "recommendation",
            rec.id,
            "amendment_proposed",
            {"amendment": a.id, "version": version.number},
            actor=proposed_by,
        )
        numbers = {version.id: version.number}
        return _amendment_info(a, numbers, current.id if current else None, _table_labels(s, rec.assembly_id))


def _amendment_info_read(s: Session, a: Amendment, rec: Recommendation) -> AmendmentInfo:
    """``_amendment_info`` with the version numbers, current version and table labels read."""
    versions = s.execute(
        select(RecommendationVersion.id, RecommendationVersion.number).where(
            RecommendationVersion.recommendation_id == rec.id
        )
    ).all()
    current = _current_version(s, rec.id)
    return _amendment_info(
        a, {vid: n for vid, n in versions}, current.id if current else None, _table_labels(s, rec.assembly_id)
    )


def _amendment(s: Session, amendment_id: int) -> tuple[Amendment, Recommendation]:
    a = get_or_raise(s, Amendment, amendment_id, NotFound("No amendment with id {id}.", id=amendment_id))
    return a, _rec(s, a.recommendation_id)


def accept_amendment(db: Database, amendment_id: int, *, decided_by: str = "") -> VersionInfo:
    """Accept an amendment: its text becomes a new version. An amendment against an
    outdated version is refused (``OutdatedAmendment``): accepting it would undo the
    changes made since."""
    with db.session() as s:
        a, rec = _amendment(s, amendment_id)
        if a.status != AmendmentStatus.PROPOSED:
            raise ServiceError("This amendment was already {status}.", status=_status(a.status))
        _require_draft(rec, N_("Cannot accept amendments to {code}: {why}."))
        current = _current_version(s, rec.id)
        base = s.get(RecommendationVersion, a.version_id)
        if current is None or base is None or current.id != base.id:
            base_no = base.number if base is not None else "?"
            cur_no = current.number if current is not None else "?"
            raise OutdatedAmendment(
                "This amendment was proposed against version {base} of {code}, but the text is now at "
                "version {current}. Accepting it would undo the changes since; compare it with the current "
                "text and propose it again against the current version, or reject it.",
                base=base_no,
                code=rec.code,
                current=cur_no,
            )
        who = a.proposed_by or decided_by
        note = f"Amendment {a.id} accepted" + (f" (proposed by {a.proposed_by})" if a.proposed_by else "")
        v = _add_version(s, rec, a.text, author=who, table_id=a.table_id, note=note)
        a.status = AmendmentStatus.ACCEPTED
        a.decided_at = utcnow()
        a.result_version_id = v.id
        audit.record(
            s,
            rec.assembly_id,
            "recommendation",
            rec.id,
            "amendment_accepted",
            {"amendment": a.id, "version": v.number},
            actor=decided_by,
        )
        return _version_info(v, _table_labels(s, rec.assembly_id))


def reject_amendment(db: Database, amendment_id: int, *, decided_by: str = "", reason: str = "") -> AmendmentInfo:
    with db.session() as s:
        a, rec = _amendment(s, amendment_id)
        if a.status != AmendmentStatus.PROPOSED:
            raise ServiceError("This amendment was already {status}.", status=_status(a.status))
        if rec.status not in (RecommendationStatus.DRAFT, RecommendationStatus.MERGED):
            _require_draft(rec, N_("Cannot reject amendments to {code}: {why}."))
        a.status = AmendmentStatus.REJECTED
        a.decided_at = utcnow()
        detail: dict[str, object] = {"amendment": a.id}
        if reason.strip():
            detail["reason"] = reason.strip()
        audit.record(s, rec.assembly_id, "recommendation", rec.id, "amendment_rejected", detail, actor=decided_by)
        return _amendment_info_read(s, a, rec)


def undo_reject_amendment(db: Database, amendment_id: int) -> AmendmentInfo:
    """Put a rejected amendment back to proposed (a slip of the hand at the desk)."""
    with db.session() as s:
        a, rec = _amendment(s, amendment_id)
        if a.status != AmendmentStatus.REJECTED:
            raise ServiceError(
                "Only a rejected amendment can be put back; this one is {status}.", status=_status(a.status)
            )
        _require_draft(rec, N_("Cannot reopen amendments to {code}: {why}."))
        a.status = AmendmentStatus.PROPOSED
        a.decided_at = None
        audit.record(s, rec.assembly_id, "recommendation", rec.id, "amendment_unrejected", {"amendment": a.id})
        return _amendment_info_read(s, a, rec)


# ---------------------------------------------------------------- merge, final, …


def merge_recommendations(
    db: Database,
    keep_id: int,
    other_id: int,
    text: str,
    *,
    title: str | None = None,
    author: str = "",
    table_id: int | None = None,
    note: str = "",
) -> RecommendationDetail:
    """Merge draft ``other_id`` into draft ``keep_id``: ``keep_id`` gets a new version with
    the merged ``text`` (and ``title`` if given) and the other's initiatives after its own;
    the other is marked merged (``merged_into_id``) and keeps its versions."""
    if keep_id == other_id:
        raise ServiceError("Choose two different recommendations to merge.")
    text = _clean_text(text, N_("The merged text cannot be empty."))
    author = _clean_name(author, N_("The author's name is longer than {limit} characters."))
    with db.session() as s:
        keep = _rec(s, keep_id)
        other = _rec(s, other_id)
        if keep.assembly_id != other.assembly_id:
            raise ServiceError("Only recommendations of the same assembly can be merged.")
        _require_draft(keep, N_("Cannot merge into {code}: {why}."))
        _require_draft(other, N_("Cannot merge {code}: {why}."))
        _check_table(s, keep.assembly_id, table_id)
        if title is not None:
            title = title.strip()
            problem = title_problem(title)
            if problem:
                raise ServiceError("{problem}.", problem=problem.capitalised())
            keep.title = title
        v = _add_version(
            s, keep, text, author=author, table_id=table_id, note=note.strip() or f"Merged with {other.code}"
        )
        own = _renumber_initiatives(s, keep.id)
        theirs = s.scalars(
            select(Initiative)
            .where(Initiative.recommendation_id == other.id)
            .order_by(Initiative.position, Initiative.id)
        ).all()
        for offset, item in enumerate(theirs):
            item.recommendation_id = keep.id
            item.position = len(own) + offset
        other.status = RecommendationStatus.MERGED
        other.merged_into_id = keep.id
        s.flush()
        detail = {"merged": other.code, "into": keep.code, "version": v.number, "initiatives_moved": len(theirs)}
        audit.record(s, keep.assembly_id, "recommendation", keep.id, "merged_from", detail, actor=author)
        audit.record(s, keep.assembly_id, "recommendation", other.id, "merged_into", detail, actor=author)
        return _detail(s, keep)


def mark_final(db: Database, recommendation_id: int, version_id: int | None = None) -> RecommendationDetail:
    """Mark a version (default: the current one) as the final wording. Refused while
    amendments are still open."""
    with db.session() as s:
        rec = _rec(s, recommendation_id)
        _require_draft(rec, N_("Cannot mark the final wording of {code}: {why}."))
        open_count = s.scalar(
            select(func.count(Amendment.id)).where(
                Amendment.recommendation_id == rec.id, Amendment.status == AmendmentStatus.PROPOSED
            )
        )
        if open_count:
            raise ServiceError(
                "{code} has {count} open amendment(s); accept or reject them before marking the final wording.",
                code=rec.code,
                count=open_count,
            )
        if version_id is None:
            version = _current_version(s, rec.id)
            if version is None:
                raise ServiceError("{code} has no text yet.", code=rec.code)
        else:
            found = s.get(RecommendationVersion, version_id)
            if found is None or found.recommendation_id != rec.id:
                raise ServiceError("Version id {id} is not a version of {code}.", id=version_id, code=rec.code)
            version = found
        rec.final_version_id = version.id
        rec.status = RecommendationStatus.FINAL
        audit.record(s, rec.assembly_id, "recommendation", rec.id, "marked_final", {"version": version.number})
        return _detail(s, rec)


def reopen(db: Database, recommendation_id: int) -> RecommendationDetail:
    """Back to draft from final (clears the final wording) or from withdrawn."""
    with db.session() as s:
        rec = _rec(s, recommendation_id)
        if rec.status not in (RecommendationStatus.FINAL, RecommendationStatus.WITHDRAWN):
            raise ServiceError(
                "{code} is {status}; only a final or withdrawn recommendation can be reopened.",
                code=rec.code,
                status=_status(rec.status),
            )
        was = rec.status
        rec.status = RecommendationStatus.DRAFT
        rec.final_version_id = None
        audit.record(s, rec.assembly_id, "recommendation", rec.id, "reopened", {"was": was})
        return _detail(s, rec)


def withdraw(db: Database, recommendation_id: int, *, reason: str = "") -> RecommendationDetail:
    """Withdraw a recommendation (kept with its history; can be reopened)."""
    with db.session() as s:
        rec = _rec(s, recommendation_id)
        if rec.status in (RecommendationStatus.WITHDRAWN, RecommendationStatus.MERGED):
            raise ServiceError("{code} is already {status}.", code=rec.code, status=_status(rec.status))
        was = rec.status
        rec.status = RecommendationStatus.WITHDRAWN
        rec.final_version_id = None
        detail = {"was": was}
        if reason.strip():
            detail["reason"] = reason.strip()
        audit.record(s, rec.assembly_id, "recommendation", rec.id, "withdrawn", detail)
        return _detail(s, rec)


def set_minority_statement(db: Database, recommendation_id: int, text: str) -> RecommendationDetail:
    """The minority's statement printed beside the recommendation (empty to remove)."""
    text = text.replace("\r\n", "\n").strip()
    with db.session() as s:
        rec = _rec(s, recommendation_id)
        if rec.status in (RecommendationStatus.MERGED, RecommendationStatus.WITHDRAWN):
            raise ServiceError(
                "{code} is {status}; it has no minority statement.", code=rec.code, status=_status(rec.status)
            )
        if text != rec.minority_statement:
            rec.minority_statement = text
            audit.record(
                s,
                rec.assembly_id,
                "recommendation",
                rec.id,
                "minority_statement_set" if text else "minority_statement_removed",
                {"length": len(text)},
            )
        return _detail(s, rec)


# ---------------------------------------------------------------------- comparing

# Words keep their inner punctuation ("500.000", "SU'en", "15-25"); other punctuation
# and runs of white space are tokens of their own.
_TOKEN = re.compile(r"\s+|\w+(?:[.,'’/-]\w+)*|[^\w\s]", re.UNICODE)


def _tokens(text: str) -> list[str]:
    return _TOKEN.findall(text)


def compare_versions(a: str, b: str) -> list[DiffSegment]:
    """Word-level differences from ``a`` (older) to ``b`` (newer), as segments in reading
    order: "equal" text is in both, "delete" only in ``a``, "insert" only in ``b``.

    Joining the equal and delete segments gives ``a``; the equal and insert ones give ``b``.
    """
    ta, tb = _tokens(a), _tokens(b)
    matcher = difflib.SequenceMatcher(None, ta, tb, autojunk=False)
    raw: list[DiffSegment] = []
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            raw.append(DiffSegment("equal", "".join(ta[i1:i2])))
        else:
            if i2 > i1:
                raw.append(DiffSegment("delete", "".join(ta[i1:i2])))
            if j2 > j1:
                raw.append(DiffSegment("insert", "".join(tb[j1:j2])))
    # Whitespace alone between two changes reads better as part of the change.
    merged: list[DiffSegment] = []
    for seg in raw:
        if merged and merged[-1].kind == seg.kind:
            merged[-1] = DiffSegment(seg.kind, merged[-1].text + seg.text)
        else:
            merged.append(seg)
    return merged


@dataclass(frozen=True)
class DiffStats:
    words_added: int
    words_removed: int

    @property
    def unchanged(self) -> bool:
        return self.words_added == 0 and self.words_removed == 0


def diff_stats(segments: Sequence[DiffSegment]) -> DiffStats:
    def words(text: str) -> int:
        # "500.000 kr." is two words; a lone "." is none.
        return sum(1 for chunk in text.split() if any(c.isalnum() for c in chunk))

    return DiffStats(
        sum(words(s.text) for s in segments if s.kind == "insert"),
        sum(words(s.text) for s in segments if s.kind == "delete"),
    )


def compare_stored_versions(db: Database, older_id: int, newer_id: int) -> list[DiffSegment]:
    a = get_version(db, older_id)
    b = get_version(db, newer_id)
    return compare_versions(a.text, b.text)


# ------------------------------------------------------------------------- import


@dataclass(frozen=True)
class NewRecommendation:
    """One checked row of an import (``app.io.recommendations_import`` reads the file)."""

    code: str
    title: str
    theme: str
    text: str
    initiatives: list[str]
    table_id: int | None


@dataclass(frozen=True)
class ImportContext:
    """What an import checks its rows against: the codes in use and the tables by number."""

    codes: set[str]  # lower case
    tables: dict[int, int]  # table number → id


def import_context(db: Database, assembly_id: int) -> ImportContext:
    with db.read() as s:
        if s.get(Assembly, assembly_id) is None:
            raise NotFound("No assembly with id {id}.", id=assembly_id)
        codes = {
            c.lower() for c in s.scalars(select(Recommendation.code).where(Recommendation.assembly_id == assembly_id))
        }
        tables = {
            t.number: t.id for t in s.scalars(select(AssemblyTable).where(AssemblyTable.assembly_id == assembly_id))
        }
    return ImportContext(codes, tables)


def create_imported(
    db: Database, assembly_id: int, rows: Sequence[NewRecommendation], *, author: str, source: str
) -> ImportResult:
    """Create the checked rows of an import in one transaction, after the assembly's
    last recommendation (``source`` is the file's name, for the audit log)."""
    created_ids: list[int] = []
    with db.session() as s:
        taken = {
            c.lower() for c in s.scalars(select(Recommendation.code).where(Recommendation.assembly_id == assembly_id))
        }
        clash = next((r.code for r in rows if r.code.lower() in taken), None)
        if clash is not None:
            raise ServiceError("The code {code} is already used in this assembly.", code=clash)
        start = s.scalar(
            select(func.coalesce(func.max(Recommendation.position), -1)).where(
                Recommendation.assembly_id == assembly_id
            )
        )
        position = int(start if start is not None else -1)
        for row in rows:
            position += 1
            rec = Recommendation(
                assembly_id=assembly_id,
                code=row.code,
                title=row.title,
                theme=row.theme,
                origin_table_id=row.table_id,
                position=position,
            )
            s.add(rec)
            s.flush()
            text = row.text.replace("\r\n", "\n")
            _add_version(s, rec, text, author=author, table_id=row.table_id, note="Imported from a file")
            for pos, item in enumerate(row.initiatives):
                s.add(Initiative(recommendation_id=rec.id, position=pos, text=item))
            created_ids.append(rec.id)
        audit.record(
            s,
            assembly_id,
            "recommendation",
            None,
            "imported",
            {"file": source, "count": len(rows), "codes": [r.code for r in rows]},
            actor=author,
        )
    wanted = set(created_ids)
    return ImportResult([r for r in list_recommendations(db, assembly_id) if r.id in wanted])
