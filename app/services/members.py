"""Members: the roster, its profile and contact data, withdrawals, replacements, forgetting.

A member has a number (assigned automatically, continuing after the highest), a profile
(one value per category, ``member_value``) and contact data kept apart
(``member_contact``). Withdrawing marks a member ``withdrawn`` with a date and reason;
replacing turns a reserve from the lottery into a new member who ``replaces`` the
withdrawn one (who becomes ``replaced``, contract 3). Forgetting erases the person's name
and contact data but keeps the anonymous profile, attendance and votes.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.db import Database
from app.i18n import Term
from app.models import (
    Attendance,
    AttendanceStatus,
    AuditLog,
    Category,
    CategoryValue,
    DrawSelection,
    Member,
    MemberContact,
    MemberStatus,
    MemberValue,
    Respondent,
    RespondentContact,
    RespondentStatus,
    RespondentValue,
)
from app.services import audit
from app.services.errors import NotFound, ServiceError, get_or_raise

EMAIL_RE = re.compile(r"^[^@\s,;]+@[^@\s,;]+\.[^@\s,;.]{2,}$")
PHONE_ALLOWED_RE = re.compile(r"^\+?[\d\s\-().]+$")
CONTACT_FIELDS = ("email", "phone", "address", "postcode", "needs", "notes")
HERE = (AttendanceStatus.PRESENT.value, AttendanceStatus.LATE.value)
FORGOTTEN_NAME = "(forgotten)"


# ----------------------------------------------------------------- value objects


@dataclass(frozen=True)
class ValueInfo:
    id: int
    name: str
    aliases: tuple[str, ...]


@dataclass(frozen=True)
class CategoryInfo:
    id: int
    name: str
    values: tuple[ValueInfo, ...]

    def value_name(self, value_id: int | None) -> str:
        return next((v.name for v in self.values if v.id == value_id), "")


@dataclass(frozen=True)
class MemberInfo:
    id: int
    number: int
    status: str
    first_name: str
    last_name: str
    values: dict[int, int]  # category id -> value id
    value_names: dict[int, str]  # category id -> value name
    joined_on: dt.date | None
    withdrawn_on: dt.date | None
    withdrawn_reason: str
    replaces_id: int | None
    replaced_by_id: int | None
    forgotten: bool
    respondent_id: int | None
    days_present: int = 0

    @property
    def name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()


@dataclass(frozen=True)
class ContactInfo:
    email: str = ""
    phone: str = ""
    address: str = ""
    postcode: str = ""
    needs: str = ""
    notes: str = ""


@dataclass(frozen=True)
class MemberDetail:
    member: MemberInfo
    contact: ContactInfo
    replaces_number: int | None
    replaced_by_number: int | None
    history: tuple[str, ...] = field(default_factory=tuple)


@dataclass(frozen=True)
class ReserveCandidate:
    respondent_id: int
    first_name: str
    last_name: str
    draw_rank: int | None
    values: dict[int, int]  # category id -> value id
    value_names: dict[int, str]
    matches: int  # categories with the same value as the withdrawn member
    categories: int
    distance: int  # how far the profile stays from the target after adding them (0 = restored)

    @property
    def name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()


@dataclass(frozen=True)
class ReplacementEvent:
    withdrawn_id: int
    withdrawn_number: int
    withdrawn_on: dt.date | None
    reason: str
    replacement_id: int | None
    replacement_number: int | None


# ----------------------------------------------------------------- validation


def valid_email(text: str) -> bool:
    return bool(EMAIL_RE.match(text.strip()))


def valid_phone(text: str) -> bool:
    """A phone number: digits with spaces, dashes, dots or brackets, 8–15 digits,
    optionally a leading + (Danish numbers have 8 digits)."""
    text = text.strip()
    if not PHONE_ALLOWED_RE.match(text):
        return False
    digits = sum(c.isdigit() for c in text)
    return 8 <= digits <= 15


def _check_contact(email: str, phone: str) -> None:
    if email and not valid_email(email):
        raise ServiceError("{email!r} is not an e-mail address (like navn@example.dk).", email=email)
    if phone and not valid_phone(phone):
        raise ServiceError("{phone!r} is not a phone number (8 digits, or + and the country code).", phone=phone)


# ----------------------------------------------------------------- reading


def _categories(s: Session, assembly_id: int) -> list[CategoryInfo]:
    cats = s.scalars(
        select(Category).where(Category.assembly_id == assembly_id).order_by(Category.position, Category.id)
    ).all()
    out = []
    for c in cats:
        values = tuple(
            ValueInfo(v.id, v.name, tuple(a.strip() for a in (v.aliases or "").split(";") if a.strip()))
            for v in c.values
        )
        out.append(CategoryInfo(c.id, c.name, values))
    return out


def list_categories(db: Database, assembly_id: int) -> list[CategoryInfo]:
    """The assembly's categories and their values, in their order."""
    with db.read() as s:
        return _categories(s, assembly_id)


def _member_infos(s: Session, assembly_id: int, member_ids: list[int] | None = None) -> list[MemberInfo]:
    q = select(Member).where(Member.assembly_id == assembly_id)
    if member_ids is not None:
        q = q.where(Member.id.in_(member_ids))
    members = s.scalars(q.order_by(Member.number)).all()
    ids = [m.id for m in members]
    value_names = {
        v.id: v.name for v in s.scalars(select(CategoryValue).join(Category).where(Category.assembly_id == assembly_id))
    }
    values: dict[int, dict[int, int]] = defaultdict(dict)
    names: dict[int, tuple[str, str]] = {}
    present: dict[int, int] = {}
    if ids:
        mv_q = select(MemberValue).join(Member, Member.id == MemberValue.member_id)
        mv_q = mv_q.where(Member.assembly_id == assembly_id)
        for mv in s.scalars(mv_q):
            values[mv.member_id][mv.category_id] = mv.value_id
        c_q = select(MemberContact.member_id, MemberContact.first_name, MemberContact.last_name).join(
            Member, Member.id == MemberContact.member_id
        )
        for mid, first, last in s.execute(c_q.where(Member.assembly_id == assembly_id)):
            names[mid] = (first, last)
        a_q = (
            select(Attendance.member_id, func.count())
            .join(Member, Member.id == Attendance.member_id)
            .where(Member.assembly_id == assembly_id, Attendance.status.in_(HERE))
            .group_by(Attendance.member_id)
        )
        present = {mid: int(n) for mid, n in s.execute(a_q)}
    replaced_by = dict(
        s.execute(
            select(Member.replaces_id, Member.id).where(
                Member.assembly_id == assembly_id, Member.replaces_id.is_not(None)
            )
        ).all()
    )
    out = []
    for m in members:
        first, last = names.get(m.id, ("", ""))
        if m.forgotten:
            first, last = FORGOTTEN_NAME, ""
        vals = values.get(m.id, {})
        out.append(
            MemberInfo(
                id=m.id,
                number=m.number,
                status=m.status,
                first_name=first,
                last_name=last,
                values=dict(vals),
                value_names={c: value_names.get(v, "") for c, v in vals.items()},
                joined_on=m.joined_on,
                withdrawn_on=m.withdrawn_on,
                withdrawn_reason=m.withdrawn_reason,
                replaces_id=m.replaces_id,
                replaced_by_id=replaced_by.get(m.id),
                forgotten=m.forgotten,
                respondent_id=m.respondent_id,
                days_present=present.get(m.id, 0),
            )
        )
    return out


def list_members(db: Database, assembly_id: int) -> list[MemberInfo]:
    """Every member (all statuses), by number."""
    with db.read() as s:
        return _member_infos(s, assembly_id)


def _get(s: Session, member_id: int) -> Member:
    return get_or_raise(s, Member, member_id, NotFound("No member with id {id}.", id=member_id))


def get_member(db: Database, member_id: int) -> MemberDetail:
    """One member with contact data and replacement history."""
    with db.read() as s:
        m = _get(s, member_id)
        info = _member_infos(s, m.assembly_id, [m.id])[0]
        c = m.contact
        contact = ContactInfo(*(getattr(c, f) for f in CONTACT_FIELDS)) if c is not None else ContactInfo()
        replaces = s.get(Member, m.replaces_id) if m.replaces_id else None
        successor = s.scalars(select(Member).where(Member.replaces_id == m.id)).first()
        history = []
        if m.joined_on:
            history.append(f"joined {m.joined_on.isoformat()}")
        if replaces is not None:
            history.append(f"replaces no. {replaces.number}")
        if m.withdrawn_on or m.status != MemberStatus.ACTIVE:
            when = m.withdrawn_on.isoformat() if m.withdrawn_on else "?"
            reason = f": {m.withdrawn_reason}" if m.withdrawn_reason else ""
            history.append(f"withdrew {when}{reason}")
        if successor is not None:
            history.append(f"replaced by no. {successor.number}")
        if m.forgotten:
            history.append("personal data erased")
        return MemberDetail(
            info,
            contact,
            replaces.number if replaces else None,
            successor.number if successor else None,
            tuple(history),
        )


def next_member_number(db: Database, assembly_id: int) -> int:
    with db.read() as s:
        return _next_number(s, assembly_id)


def _next_number(s: Session, assembly_id: int) -> int:
    highest = s.scalar(select(func.max(Member.number)).where(Member.assembly_id == assembly_id))
    return int(highest or 0) + 1


def _check_values(s: Session, assembly_id: int, values: dict[int, int]) -> None:
    cats = {c.id: c for c in _categories(s, assembly_id)}
    for cat_id, value_id in values.items():
        cat = cats.get(cat_id)
        if cat is None:
            raise ServiceError("Category {category} does not belong to this assembly.", category=cat_id)
        if value_id not in {v.id for v in cat.values}:
            raise ServiceError("That value is not one of the values of {category}.", category=cat.name)


def _set_values(s: Session, member: Member, values: dict[int, int]) -> None:
    existing = {mv.category_id: mv for mv in member.values}
    for cat_id, value_id in values.items():
        if cat_id in existing:
            existing[cat_id].value_id = value_id
        else:
            member.values.append(MemberValue(category_id=cat_id, value_id=value_id))


# ----------------------------------------------------------------- writing


def create_member(
    db: Database,
    assembly_id: int,
    *,
    first_name: str,
    last_name: str = "",
    values: dict[int, int] | None = None,
    contact: ContactInfo | None = None,
    number: int | None = None,
    joined_on: dt.date | None = None,
) -> MemberInfo:
    """A new active member; the number continues after the highest unless given."""
    first_name, last_name = first_name.strip(), last_name.strip()
    if not first_name and not last_name:
        raise ServiceError("A member needs a name.")
    contact = contact or ContactInfo()
    _check_contact(contact.email, contact.phone)
    with db.session() as s:
        values = values or {}
        _check_values(s, assembly_id, values)
        if number is None:
            number = _next_number(s, assembly_id)
        elif number < 1:
            raise ServiceError("Member numbers start at 1.")
        elif s.scalar(select(Member.id).where(Member.assembly_id == assembly_id, Member.number == number)):
            raise ServiceError("Member number {number} is taken.", number=number)
        m = Member(assembly_id=assembly_id, number=number, status=MemberStatus.ACTIVE, joined_on=joined_on)
        m.contact = MemberContact(
            first_name=first_name, last_name=last_name, **{f: getattr(contact, f).strip() for f in CONTACT_FIELDS}
        )
        s.add(m)
        s.flush()
        _set_values(s, m, values)
        s.flush()
        audit.record(s, assembly_id, "member", m.id, "created", {"number": number})
        return _member_infos(s, assembly_id, [m.id])[0]


def update_member(
    db: Database,
    member_id: int,
    *,
    first_name: str | None = None,
    last_name: str | None = None,
    values: dict[int, int] | None = None,
    contact: ContactInfo | None = None,
) -> MemberInfo:
    """Change a member's name, profile values or contact data (what is given)."""
    if contact is not None:
        _check_contact(contact.email, contact.phone)
    with db.session() as s:
        m = _get(s, member_id)
        if m.forgotten and (first_name or last_name or contact):
            raise ServiceError(
                "Member {number} was forgotten: their personal data cannot be added again.", number=m.number
            )
        if m.contact is None:
            m.contact = MemberContact()
        changed: list[str] = []
        if first_name is not None or last_name is not None:
            first = (first_name if first_name is not None else m.contact.first_name).strip()
            last = (last_name if last_name is not None else m.contact.last_name).strip()
            if not first and not last:
                raise ServiceError("A member needs a name.")
            m.contact.first_name, m.contact.last_name = first, last
            changed.append("name")
        if values is not None:
            _check_values(s, m.assembly_id, values)
            _set_values(s, m, values)
            changed.append("profile")
        if contact is not None:
            for f in CONTACT_FIELDS:
                setattr(m.contact, f, getattr(contact, f).strip())
            changed.append("contact")
        s.flush()
        audit.record(s, m.assembly_id, "member", m.id, "updated", {"changed": changed})
        return _member_infos(s, m.assembly_id, [m.id])[0]


def withdraw_member(db: Database, member_id: int, *, on: dt.date | None = None, reason: str = "") -> MemberInfo:
    """Mark an active member as withdrawn (from ``on``, with a reason)."""
    with db.session() as s:
        m = _get(s, member_id)
        if m.status != MemberStatus.ACTIVE:
            raise ServiceError("Member {number} is {status}, not active.", number=m.number, status=Term(m.status))
        m.status = MemberStatus.WITHDRAWN
        m.withdrawn_on = on or dt.date.today()
        m.withdrawn_reason = reason.strip()
        audit.record(
            s, m.assembly_id, "member", m.id, "withdrawn", {"on": m.withdrawn_on.isoformat(), "reason": reason}
        )
        s.flush()
        return _member_infos(s, m.assembly_id, [m.id])[0]


def reinstate_member(db: Database, member_id: int) -> MemberInfo:
    """Undo a withdrawal that was not yet followed by a replacement."""
    with db.session() as s:
        m = _get(s, member_id)
        if m.status != MemberStatus.WITHDRAWN:
            raise ServiceError(
                "Member {number} is {status}; only a withdrawn member can be reinstated.",
                number=m.number,
                status=Term(m.status),
            )
        m.status = MemberStatus.ACTIVE
        m.withdrawn_on = None
        m.withdrawn_reason = ""
        audit.record(s, m.assembly_id, "member", m.id, "reinstated")
        s.flush()
        return _member_infos(s, m.assembly_id, [m.id])[0]


# ----------------------------------------------------------------- replacement


def _reserve_rows(s: Session, assembly_id: int) -> list[tuple[Respondent, int | None]]:
    taken = select(Member.respondent_id).where(Member.assembly_id == assembly_id, Member.respondent_id.is_not(None))
    respondents = s.scalars(
        select(Respondent).where(
            Respondent.assembly_id == assembly_id,
            Respondent.status == RespondentStatus.RESERVE,
            Respondent.id.not_in(taken),
        )
    ).all()
    ranks: dict[int, int] = {}
    if respondents:
        rows = s.execute(
            select(DrawSelection.respondent_id, DrawSelection.rank)
            .where(
                DrawSelection.respondent_id.in_([r.id for r in respondents]),
                DrawSelection.role == "reserve",
            )
            .order_by(DrawSelection.draw_id)
        ).all()
        for rid, rank in rows:  # the latest draw wins
            if rank is not None:
                ranks[rid] = rank
    return [(r, ranks.get(r.id)) for r in respondents]


def reserve_candidates(db: Database, member_id: int) -> list[ReserveCandidate]:
    """The reserves who could replace ``member_id``, best first.

    Ranked by how well they restore the assembly's category profile: the target is
    the profile of the active members plus the withdrawn members not yet replaced
    (i.e. the assembly as drawn). First the number of categories in which the reserve
    has the same value as the member they replace, then how far the profile stays from
    the target with them added (fewer members off), then the lottery's reserve order.
    """
    with db.read() as s:
        m = _get(s, member_id)
        cats = _categories(s, m.assembly_id)
        target_members = s.scalars(
            select(Member.id).where(
                Member.assembly_id == m.assembly_id,
                Member.status.in_([MemberStatus.ACTIVE, MemberStatus.WITHDRAWN]),
            )
        ).all()
        active = set(
            s.scalars(
                select(Member.id).where(Member.assembly_id == m.assembly_id, Member.status == MemberStatus.ACTIVE)
            ).all()
        )
        target: Counter[tuple[int, int]] = Counter()
        current: Counter[tuple[int, int]] = Counter()
        mine: dict[int, int] = {}
        for mv in s.scalars(select(MemberValue).where(MemberValue.member_id.in_(target_members))):
            target[(mv.category_id, mv.value_id)] += 1
            if mv.member_id in active:
                current[(mv.category_id, mv.value_id)] += 1
            if mv.member_id == m.id:
                mine[mv.category_id] = mv.value_id
        if m.status == MemberStatus.ACTIVE:  # asking before the withdrawal is recorded
            for cat_id, value_id in mine.items():
                current[(cat_id, value_id)] -= 1
        value_names = {v.id: v.name for c in cats for v in c.values}
        rows = _reserve_rows(s, m.assembly_id)
        rvalues: dict[int, dict[int, int]] = defaultdict(dict)
        contacts: dict[int, tuple[str, str]] = {}
        if rows:
            ids = [r.id for r, _ in rows]
            for rv in s.scalars(select(RespondentValue).where(RespondentValue.respondent_id.in_(ids))):
                rvalues[rv.respondent_id][rv.category_id] = rv.value_id
            for rc in s.scalars(select(RespondentContact).where(RespondentContact.respondent_id.in_(ids))):
                contacts[rc.respondent_id] = (rc.first_name, rc.last_name)

        def distance(extra: dict[int, int]) -> int:
            total = 0
            for c in cats:
                for v in c.values:
                    have = current[(c.id, v.id)] + (1 if extra.get(c.id) == v.id else 0)
                    total += abs(target[(c.id, v.id)] - have)
            return total

        out = []
        for r, rank in rows:
            vals = rvalues.get(r.id, {})
            first, last = contacts.get(r.id, ("", r.external_id))
            out.append(
                ReserveCandidate(
                    respondent_id=r.id,
                    first_name=first,
                    last_name=last,
                    draw_rank=rank,
                    values=dict(vals),
                    value_names={c: value_names.get(v, "") for c, v in vals.items()},
                    matches=sum(1 for c, v in mine.items() if vals.get(c) == v),
                    categories=len(cats),
                    distance=distance(vals),
                )
            )
        out.sort(
            key=lambda c: (
                -c.matches,
                c.distance,
                c.draw_rank if c.draw_rank is not None else 10**9,
                c.last_name,
                c.first_name,
            )
        )
        return out


def replace_member(
    db: Database, member_id: int, respondent_id: int, *, on: dt.date | None = None, reason: str = ""
) -> MemberInfo:
    """Replace a withdrawn member (an active one is withdrawn first, ``on``/``reason``)
    by a reserve: the reserve becomes a new member who replaces them (contract 3)."""
    with db.session() as s:
        m = _get(s, member_id)
        if m.status == MemberStatus.ACTIVE:
            m.status = MemberStatus.WITHDRAWN
            m.withdrawn_on = on or dt.date.today()
            m.withdrawn_reason = reason.strip()
            audit.record(
                s, m.assembly_id, "member", m.id, "withdrawn", {"on": m.withdrawn_on.isoformat(), "reason": reason}
            )
        elif m.status != MemberStatus.WITHDRAWN:
            raise ServiceError("Member {number} has already been replaced.", number=m.number)
        r = s.get(Respondent, respondent_id)
        if r is None or r.assembly_id != m.assembly_id:
            raise NotFound("No respondent with id {id} in this assembly.", id=respondent_id)
        if r.status != RespondentStatus.RESERVE:
            raise ServiceError("Respondent {respondent} is not a reserve.", respondent=r.external_id)
        if s.scalar(select(Member.id).where(Member.respondent_id == r.id)):
            raise ServiceError("Respondent {respondent} is already a member.", respondent=r.external_id)
        draw_id = s.scalar(
            select(DrawSelection.draw_id)
            .where(DrawSelection.respondent_id == r.id)
            .order_by(DrawSelection.draw_id.desc())
            .limit(1)
        )
        new = Member(
            assembly_id=m.assembly_id,
            number=_next_number(s, m.assembly_id),
            status=MemberStatus.ACTIVE,
            respondent_id=r.id,
            draw_id=draw_id,
            joined_on=on or dt.date.today(),
            replaces_id=m.id,
        )
        rc = r.contact
        new.contact = MemberContact(
            first_name=rc.first_name if rc else "",
            last_name=rc.last_name if rc else r.external_id,
            email=rc.email if rc else "",
            phone=rc.phone if rc else "",
            address=rc.address if rc else "",
            postcode=rc.postcode if rc else "",
        )
        s.add(new)
        s.flush()
        for rv in r.values:
            new.values.append(MemberValue(category_id=rv.category_id, value_id=rv.value_id))
        m.status = MemberStatus.REPLACED
        r.status = RespondentStatus.SELECTED
        s.flush()
        audit.record(s, m.assembly_id, "member", m.id, "replaced", {"by_number": new.number, "respondent_id": r.id})
        audit.record(s, m.assembly_id, "member", new.id, "created", {"number": new.number, "replaces": m.number})
        return _member_infos(s, m.assembly_id, [new.id])[0]


def replacement_history(db: Database, assembly_id: int) -> list[ReplacementEvent]:
    """Every withdrawal, with its replacement when there is one, by date."""
    with db.read() as s:
        withdrawn = s.scalars(
            select(Member).where(
                Member.assembly_id == assembly_id,
                Member.status.in_([MemberStatus.WITHDRAWN, MemberStatus.REPLACED]),
            )
        ).all()
        successors = {
            m.replaces_id: m
            for m in s.scalars(select(Member).where(Member.assembly_id == assembly_id, Member.replaces_id.is_not(None)))
        }
        out = []
        for m in withdrawn:
            succ = successors.get(m.id)
            out.append(
                ReplacementEvent(
                    m.id,
                    m.number,
                    m.withdrawn_on,
                    m.withdrawn_reason,
                    succ.id if succ else None,
                    succ.number if succ else None,
                )
            )
        out.sort(key=lambda e: (e.withdrawn_on or dt.date.min, e.withdrawn_number))
        return out


# ----------------------------------------------------------------- privacy


def forget_member(db: Database, member_id: int) -> MemberInfo:
    """Erase the member's name and contact data (and the pool's copy of them).

    The member number, anonymous profile, attendance and votes stay, so the counts
    in reports do not change. This cannot be undone.
    """
    with db.session() as s:
        m = _get(s, member_id)
        if m.forgotten:
            raise ServiceError("Member {number} has already been forgotten.", number=m.number)
        if m.contact is not None:
            s.delete(m.contact)
        m.forgotten = True
        m.withdrawn_reason = ""  # free text may name the person
        for entry in s.scalars(select(AuditLog).where(AuditLog.entity == "member", AuditLog.entity_id == m.id)):
            if entry.detail.get("reason"):
                entry.detail = {**entry.detail, "reason": ""}
        if m.respondent_id is not None:
            r = s.get(Respondent, m.respondent_id)
            if r is not None and r.contact is not None:
                s.delete(r.contact)
        s.flush()
        audit.record(s, m.assembly_id, "member", m.id, "forgotten", {"number": m.number})
        s.flush()
        return _member_infos(s, m.assembly_id, [m.id])[0]


def add_alias(value: CategoryValue, alias: str) -> None:
    """Add ``alias`` to ``value.aliases`` (inside the caller's transaction)."""
    existing = [a for a in (value.aliases or "").split(";") if a.strip()]
    if alias.casefold() not in {a.casefold() for a in existing} and alias.casefold() != value.name.casefold():
        value.aliases = ";".join([*existing, alias])[:200]
