"""Ballots and votes: define a ballot, open/close/publish it, capture votes, tally, seal.

A ballot votes on one or more items (usually recommendations) with one method
(``BallotMethod``). Its life: draft → open → closed → published; every change of state
is written to the audit log. Votes go into an *open* ballot only, from three sources
that feed one tally: hand counts (total or per table), typed paper ballots (double
entry: entry 1 and 2 must agree, or a resolution – entry 0 – decides), and devices
(``cast_vote``; kept ready for phone voting with one-time tokens later).

Secret ballots: ``vote_cast`` holds who voted (device voting only), ``vote`` what was
voted, with a random key, no member, no timestamp, no paper number, in a WITHOUT ROWID
table, so nothing links the two.

On close the canonical result (JSON with sorted keys) is stored in ``Ballot.result`` and
its SHA-256 in ``Ballot.checksum``; ``verify_seal`` checks both against the votes.

Contract 2 (used by the Reports helper and the demo): ``OptionInfo``, ``ItemResult``,
``BallotResult``, ``ballot_result`` and ``list_results``.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import os
import secrets
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, cast

from sqlalchemy import JSON, Table, delete, func, insert, select
from sqlalchemy.orm import Session

from app.algorithms import tally
from app.db import Database
from app.i18n import N_, Message, Term, gettext
from app.models import (
    Assembly,
    AssemblyTable,
    Attendance,
    AttendanceStatus,
    Ballot,
    BallotItem,
    BallotMethod,
    BallotOption,
    BallotState,
    HandCount,
    MeetingDay,
    Member,
    MemberStatus,
    PaperEntry,
    PercentageBase,
    Recommendation,
    RecommendationStatus,
    Vote,
    VoteCast,
    VoteSource,
    utcnow,
)
from app.services import audit
from app.services.errors import NotFound, ServiceError

METHODS = tuple(m.value for m in BallotMethod)
BASES = tuple(b.value for b in PercentageBase)
OPTION_METHODS = (BallotMethod.YES_NO_ABSTAIN.value, BallotMethod.SUPPORT_SCALE.value)
PAPER_METHODS = (BallotMethod.APPROVAL.value, BallotMethod.DOTS.value, BallotMethod.RANKING.value)

METHOD_LABELS = {
    "yes_no_abstain": "Yes / no / abstain",
    "support_scale": "Support scale",
    "approval": "Approval",
    "dots": "Dot voting",
    "ranking": "Ranking",
}
BASE_LABELS = {
    "valid": "valid votes cast",
    "cast": "all votes cast",
    "present": "members present",
    "members": "all members",
}
STATE_LABELS = {"draft": "Draft", "open": "Open", "closed": "Closed", "published": "Published"}
CANNOT_CHANGE = N_("Cannot change the ballot: ballot “{title}” is {state} (it must be {allowed}).")

# (key, English label, counts as support, is blank)
DEFAULT_OPTIONS: dict[str, list[tuple[str, str, bool, bool]]] = {
    "yes_no_abstain": [("yes", "Yes", True, False), ("no", "No", False, False), ("abstain", "Abstain", False, True)],
    "support_scale": [
        ("5", "Strongly support", True, False),
        ("4", "Support", True, False),
        ("3", "Can live with it", True, False),
        ("2", "Oppose", False, False),
        ("1", "Strongly oppose", False, False),
    ],
    "approval": [("approve", "Approve", True, False)],
    "dots": [("dots", "Dots", False, False)],
    "ranking": [("first", "First preferences", False, False)],
}

# Words for the option methods, in English and Danish (lower case).
CHOICE_WORDS: dict[str, dict[str, str]] = {
    "yes_no_abstain": {
        "yes": "yes", "y": "yes", "ja": "yes", "j": "yes",
        "no": "no", "n": "no", "nej": "no",
        "abstain": "abstain", "a": "abstain", "blank": "abstain", "b": "abstain", "hverken": "abstain",
        "h": "abstain", "undlader": "abstain", "u": "abstain", "0": "abstain",
    },
}  # fmt: skip
BLANK_WORDS = {"", "-", ".", "0", "blank", "b", "blankt", "hverken", "h", "none"}
TICK_WORDS = {"x", "1", "yes", "y", "ja", "j", "✓", "true", "+"}
NO_TICK_WORDS = {"", "-", ".", "0", "no", "n", "nej", "false"}


# ----------------------------------------------------------------------- contract 2


@dataclass(frozen=True)
class OptionInfo:
    key: str
    label: str
    counts_as_support: bool
    is_blank: bool


@dataclass(frozen=True)
class ItemResult:
    item_id: int
    recommendation_id: int | None
    code: str
    label: str
    counts: dict[str, int]  # option key -> number (dots: dots; ranking: first preferences)
    valid: int
    blank: int
    spoilt: int
    support_share: float | None  # share of the ballot's base that supports; None if n/a
    adopted: bool | None  # against the threshold; None if no threshold
    rank: int | None  # ranking/dots/approval order (1 = first), else None
    scores: dict[str, float]  # method extras (e.g. Borda points); may be empty


@dataclass(frozen=True)
class BallotResult:
    id: int
    title: str
    question: str
    method: str
    secret: bool
    state: str
    threshold: float | None
    base: str
    eligible: int
    present: int
    cast: int
    options: list[OptionInfo]
    items: list[ItemResult]
    checksum: str | None
    day_id: int | None


# ------------------------------------------------------------------ other dataclasses


@dataclass(frozen=True)
class ItemInfo:
    id: int
    recommendation_id: int | None
    code: str
    label: str


@dataclass(frozen=True)
class BallotInfo:
    """A ballot as the Voting page lists and edits it."""

    id: int
    title: str
    question: str
    method: str
    secret: bool
    state: str
    threshold: float | None
    base: str
    show_live: bool
    revealed: bool
    day_id: int | None
    dots: int
    cumulative: bool
    double_entry: bool
    items: list[ItemInfo]
    options: list[OptionInfo]
    checksum: str | None


@dataclass(frozen=True)
class RecommendationChoice:
    id: int
    code: str
    title: str
    status: str


@dataclass(frozen=True)
class PaperStatus:
    """Where the typing of the paper ballots stands."""

    agreed: int  # papers counted (entries agree or resolved)
    spoilt: int  # of those, spoilt
    waiting: list[int]  # paper numbers typed once only
    mismatches: list[Mismatch]


@dataclass(frozen=True)
class Mismatch:
    paper_number: int
    first: dict[str, Any]  # item id (text) -> choice, entry 1
    second: dict[str, Any]  # entry 2
    first_spoilt: bool
    second_spoilt: bool
    items: list[int]  # ids of the items that differ (all when spoilt differs)


@dataclass(frozen=True)
class CountedPaper:
    """One paper (or device vote) as it was counted: item id -> choice (None = blank),
    or spoilt (then no choices)."""

    choices: Mapping[int, Any]
    spoilt: bool = False


@dataclass(frozen=True)
class VotesAdded:
    """What one committed write added to a ballot's count: the papers it counted, and
    nothing else (a typing that waits for its second entry adds none). A live tally
    (``LiveCount.add``) adds them to its totals instead of reading every vote again.
    In memory only, never stored: nothing in it says who voted or when."""

    ballot_id: int
    papers: tuple[CountedPaper, ...] = ()


@dataclass(frozen=True)
class PaperSaved:
    """What happened to a typed paper."""

    paper_number: int
    entry: int
    outcome: str  # "counted", "waiting" (for the other entry), "mismatch"
    added: VotesAdded | None = None  # the paper as counted (no papers unless "counted")


@dataclass(frozen=True)
class HandCountCheck:
    item_id: int
    total: int
    present: int
    over: bool


@dataclass(frozen=True)
class SealCheck:
    ok: bool
    message: str


class PapersAlreadyTyped(ServiceError):
    """An import refused because some of its paper numbers were typed in for the ballot
    in the meantime (e.g. by a helper at the keyboard while the file was being read)."""

    @property
    def numbers(self) -> list[int]:
        return [int(n) for n in str(self.params.get("numbers", "")).split(", ") if n]


class TooManyVotes(ServiceError):
    """A hand count adds up to more votes than members present (``force`` saves anyway)."""


# ---------------------------------------------------------------------- helpers


def _ballot(s: Session, ballot_id: int) -> Ballot:
    b = s.get(Ballot, ballot_id)
    if b is None:
        raise NotFound("No ballot with id {id}.", id=ballot_id)
    return b


def _language(s: Session, assembly_id: int) -> str:
    a = s.get(Assembly, assembly_id)
    return a.language if a is not None else "en"


def _default_options(method: str, lang: str) -> list[BallotOption]:
    return [
        BallotOption(key=k, label=gettext(label, lang), position=i, counts_as_support=sup, is_blank=blank)
        for i, (k, label, sup, blank) in enumerate(DEFAULT_OPTIONS[method])
    ]


def _settings(b: Ballot | _Meta) -> dict[str, Any]:
    return dict(b.settings or {})


def _dots(b: Ballot | _Meta) -> int:
    return int(_settings(b).get("dots", 3))


def _cumulative(b: Ballot | _Meta) -> bool:
    return bool(_settings(b).get("cumulative", True))


def _double_entry(b: Ballot | _Meta) -> bool:
    return bool(_settings(b).get("double_entry", True))


@dataclass(frozen=True)
class _OptionRow:
    id: int
    key: str
    label: str
    counts_as_support: bool
    is_blank: bool


@dataclass(frozen=True)
class _Meta:
    """A ballot's definition read with three lean queries (the live tally runs per vote)."""

    id: int
    assembly_id: int
    title: str
    question: str
    method: str
    secret: bool
    state: str
    threshold: float | None
    base: str
    day_id: int | None
    settings: dict[str, Any]
    show_live: bool
    revealed: bool
    present_count: int | None
    eligible_count: int | None
    result: dict[str, Any] | None
    checksum: str | None
    items: list[ItemInfo]
    options: list[_OptionRow]

    @property
    def dots(self) -> int:
        return int(self.settings.get("dots", 3))

    @property
    def cumulative(self) -> bool:
        return bool(self.settings.get("cumulative", True))

    @property
    def double_entry(self) -> bool:
        return bool(self.settings.get("double_entry", True))


def _meta(s: Session, ballot_id: int) -> _Meta:
    b = Ballot.__table__.c
    row = s.execute(select(Ballot.__table__).where(b.id == ballot_id)).mappings().first()
    if row is None:
        raise NotFound("No ballot with id {id}.", id=ballot_id)
    items = [
        ItemInfo(item_id, rec_id, code if code is not None else str(position + 1), label)
        for item_id, rec_id, position, label, code in s.execute(
            select(
                BallotItem.id, BallotItem.recommendation_id, BallotItem.position, BallotItem.label, Recommendation.code
            )
            .outerjoin(Recommendation, Recommendation.id == BallotItem.recommendation_id)
            .where(BallotItem.ballot_id == ballot_id)
            .order_by(BallotItem.position, BallotItem.id)
        )
    ]
    options = [
        _OptionRow(*r)
        for r in s.execute(
            select(BallotOption.id, BallotOption.key, BallotOption.label, BallotOption.counts_as_support,
                   BallotOption.is_blank)
            .where(BallotOption.ballot_id == ballot_id)
            .order_by(BallotOption.position, BallotOption.id)
        )
    ]  # fmt: skip
    return _Meta(
        id=row["id"],
        assembly_id=row["assembly_id"],
        title=row["title"],
        question=row["question"],
        method=row["method"],
        secret=bool(row["secret"]),
        state=row["state"],
        threshold=row["threshold"],
        base=row["base"],
        day_id=row["day_id"],
        settings=dict(row["settings"] or {}),
        show_live=bool(row["show_live"]),
        revealed=bool(row["revealed"]),
        present_count=row["present_count"],
        eligible_count=row["eligible_count"],
        result=row["result"],
        checksum=row["checksum"],
        items=items,
        options=options,
    )


def _info_of(m: _Meta) -> BallotInfo:
    return BallotInfo(
        id=m.id,
        title=m.title,
        question=m.question,
        method=m.method,
        secret=m.secret,
        state=m.state,
        threshold=m.threshold,
        base=m.base,
        show_live=m.show_live,
        revealed=m.revealed,
        day_id=m.day_id,
        dots=m.dots,
        cumulative=m.cumulative,
        double_entry=m.double_entry,
        items=list(m.items),
        options=[OptionInfo(o.key, o.label, o.counts_as_support, o.is_blank) for o in m.options],
        checksum=m.checksum,
    )


def _info(s: Session, b: Ballot) -> BallotInfo:
    s.flush()
    return _info_of(_meta(s, b.id))


def _state(state: str) -> Term:
    """A ballot's state as a word inside a message ("closed"; in Danish "lukket")."""
    return Term(state, "ballot")


def _either(states: Sequence[str]) -> Term | Message:
    """Where a ballot must be: "open", "draft or open", "open, closed or published"."""
    terms = [_state(s) for s in states]
    if len(terms) == 1:
        return terms[0]
    if len(terms) == 2:
        return Message("{first} or {second}", first=terms[0], second=terms[1])
    return Message("{first}, {second} or {third}", first=terms[0], second=terms[1], third=terms[2])


def _require_state(b: Ballot | _Meta, *states: str, refusal: str) -> None:
    """``refusal``: the message when ``b`` is in none of ``states`` (an ``N_`` template with
    ``{title}``, ``{state}`` and ``{allowed}``)."""
    if b.state not in states:
        raise ServiceError(refusal, title=b.title, state=_state(b.state), allowed=_either(states))


def _validate_common(method: str, base: str, threshold: float | None, dots: int) -> None:
    if method not in METHODS:
        raise ServiceError(
            "Unknown voting method {method!r}: use one of {choices}.", method=method, choices=", ".join(METHODS)
        )
    if base not in BASES:
        raise ServiceError(
            "Unknown percentage base {base!r}: use one of {choices}.", base=base, choices=", ".join(BASES)
        )
    if threshold is not None and not 0 < threshold <= 1:
        raise ServiceError("The threshold is a share between 0 and 1 (e.g. 0.8 for 80 %).")
    if method == "dots" and not 1 <= dots <= 99:
        raise ServiceError("Dot voting needs between 1 and 99 dots per member.")


def _items_from(
    s: Session, assembly_id: int, recommendation_ids: Sequence[int], labels: Sequence[str]
) -> list[BallotItem]:
    items: list[BallotItem] = []
    seen: set[int] = set()
    for rid in recommendation_ids:
        if rid in seen:
            raise ServiceError("A recommendation can be on a ballot only once.")
        seen.add(rid)
        rec = s.get(Recommendation, rid)
        if rec is None or rec.assembly_id != assembly_id:
            raise NotFound("No recommendation with id {id}.", id=rid)
        items.append(BallotItem(recommendation_id=rid, position=len(items), label=rec.title))
    for label in labels:
        if not label.strip():
            raise ServiceError("An item on a ballot needs a text.")
        items.append(BallotItem(recommendation_id=None, position=len(items), label=label.strip()))
    return items


def _apply_options(b: Ballot, option_labels: Mapping[str, str] | None, support_keys: Iterable[str] | None) -> None:
    keys = {o.key for o in b.options}
    if option_labels:
        unknown = set(option_labels) - keys
        if unknown:
            raise ServiceError("This ballot has no option {keys}.", keys=", ".join(sorted(unknown)))
        for o in b.options:
            if o.key in option_labels:
                label = option_labels[o.key].strip()
                if not label:
                    raise ServiceError("An option needs a label.")
                o.label = label
    if support_keys is not None:
        chosen = set(support_keys)
        unknown = chosen - keys
        if unknown:
            raise ServiceError("This ballot has no option {keys}.", keys=", ".join(sorted(unknown)))
        for o in b.options:
            if o.is_blank and o.key in chosen:
                raise ServiceError("“{label}” is a blank vote and cannot count as support.", label=o.label)
            o.counts_as_support = o.key in chosen


# --------------------------------------------------------------------- defining


def recommendation_choices(db: Database, assembly_id: int) -> list[RecommendationChoice]:
    """Recommendations that can be put to a vote (not merged or withdrawn)."""
    with db.read() as s:
        rows = s.scalars(
            select(Recommendation)
            .where(
                Recommendation.assembly_id == assembly_id,
                Recommendation.status.in_([RecommendationStatus.DRAFT, RecommendationStatus.FINAL]),
            )
            .order_by(Recommendation.position, Recommendation.code)
        ).all()
        return [RecommendationChoice(r.id, r.code, r.title, r.status) for r in rows]


@dataclass(frozen=True)
class TableChoice:
    id: int
    number: int
    name: str


def table_choices(db: Database, assembly_id: int) -> list[TableChoice]:
    """The assembly's tables, for counts per table."""
    with db.read() as s:
        rows = s.scalars(
            select(AssemblyTable).where(AssemblyTable.assembly_id == assembly_id).order_by(AssemblyTable.number)
        ).all()
        return [TableChoice(t.id, t.number, t.name) for t in rows]


def create_ballot(
    db: Database,
    assembly_id: int,
    title: str,
    method: str,
    *,
    recommendation_ids: Sequence[int] = (),
    labels: Sequence[str] = (),
    question: str = "",
    secret: bool = True,
    threshold: float | None = None,
    base: str = "valid",
    show_live: bool = False,
    day_id: int | None = None,
    dots: int = 3,
    cumulative: bool = True,
    double_entry: bool = True,
    option_labels: Mapping[str, str] | None = None,
    support_keys: Iterable[str] | None = None,
    actor: str = "",
) -> BallotInfo:
    """A new draft ballot on the given recommendations (and/or free-text items)."""
    title = title.strip()
    if not title:
        raise ServiceError("A ballot needs a title.")
    _validate_common(method, base, threshold, dots)
    with db.session() as s:
        if s.get(Assembly, assembly_id) is None:
            raise NotFound("No assembly with id {id}.", id=assembly_id)
        if day_id is not None:
            day = s.get(MeetingDay, day_id)
            if day is None or day.assembly_id != assembly_id:
                raise NotFound("No meeting day with id {id}.", id=day_id)
        b = Ballot(
            assembly_id=assembly_id,
            title=title,
            question=question.strip(),
            method=method,
            secret=secret,
            threshold=threshold,
            base=base,
            show_live=show_live,
            day_id=day_id,
            settings={"dots": dots, "cumulative": cumulative, "double_entry": double_entry},
        )
        b.items = _items_from(s, assembly_id, recommendation_ids, labels)
        b.options = _default_options(method, _language(s, assembly_id))
        _apply_options(b, option_labels, support_keys)
        s.add(b)
        s.flush()
        audit.record(s, assembly_id, "ballot", b.id, "created", {"title": title, "method": method}, actor)
        return _info(s, b)


EDITABLE = {
    "title",
    "question",
    "method",
    "secret",
    "threshold",
    "base",
    "show_live",
    "day_id",
    "dots",
    "cumulative",
    "double_entry",
    "recommendation_ids",
    "labels",
    "option_labels",
    "support_keys",
}


def update_ballot(db: Database, ballot_id: int, actor: str = "", **fields: Any) -> BallotInfo:
    """Change a draft ballot. ``show_live`` may also change while it is open."""
    unknown = set(fields) - EDITABLE
    if unknown:
        raise ServiceError("Cannot change {fields} of a ballot.", fields=", ".join(sorted(unknown)))
    with db.session() as s:
        b = _ballot(s, ballot_id)
        if set(fields) - {"show_live"}:
            _require_state(b, BallotState.DRAFT, refusal=CANNOT_CHANGE)
        else:
            _require_state(b, BallotState.DRAFT, BallotState.OPEN, refusal=CANNOT_CHANGE)
        settings = _settings(b)
        method = fields.get("method", b.method)
        base = fields.get("base", b.base)
        threshold = fields.get("threshold", b.threshold)
        dots = int(fields.get("dots", settings.get("dots", 3)))
        _validate_common(method, base, threshold, dots)
        if "title" in fields:
            title = str(fields["title"]).strip()
            if not title:
                raise ServiceError("A ballot needs a title.")
            b.title = title
        if "question" in fields:
            b.question = str(fields["question"]).strip()
        for key in ("secret", "show_live"):
            if key in fields:
                setattr(b, key, bool(fields[key]))
        if "day_id" in fields:
            day_id = fields["day_id"]
            if day_id is not None:
                day = s.get(MeetingDay, day_id)
                if day is None or day.assembly_id != b.assembly_id:
                    raise NotFound("No meeting day with id {id}.", id=day_id)
            b.day_id = day_id
        b.base = base
        b.threshold = threshold
        if method != b.method:
            b.method = method
            b.options = _default_options(method, _language(s, b.assembly_id))
        settings["dots"] = dots
        for key in ("cumulative", "double_entry"):
            if key in fields:
                settings[key] = bool(fields[key])
        b.settings = settings
        if "recommendation_ids" in fields or "labels" in fields:
            b.items = _items_from(s, b.assembly_id, fields.get("recommendation_ids", ()), fields.get("labels", ()))
        _apply_options(b, fields.get("option_labels"), fields.get("support_keys"))
        s.flush()
        audit.record(
            s, b.assembly_id, "ballot", b.id, "updated", {k: repr(v) for k, v in sorted(fields.items())}, actor
        )
        return _info(s, b)


def delete_ballot(db: Database, ballot_id: int, actor: str = "") -> None:
    """Delete a draft ballot (an open or closed one is kept for the record)."""
    with db.session() as s:
        b = _ballot(s, ballot_id)
        _require_state(
            b,
            BallotState.DRAFT,
            refusal=N_("Cannot delete the ballot: ballot “{title}” is {state} (it must be {allowed})."),
        )
        audit.record(s, b.assembly_id, "ballot", b.id, "deleted", {"title": b.title}, actor)
        s.delete(b)


def get_ballot(db: Database, ballot_id: int) -> BallotInfo:
    with db.read() as s:
        return _info_of(_meta(s, ballot_id))


def list_ballots(db: Database, assembly_id: int) -> list[BallotInfo]:
    with db.read() as s:
        ids = s.scalars(select(Ballot.id).where(Ballot.assembly_id == assembly_id).order_by(Ballot.id)).all()
        return [_info_of(_meta(s, i)) for i in ids]


# ------------------------------------------------------------------------- states


def open_ballot(db: Database, ballot_id: int, actor: str = "") -> BallotInfo:
    with db.session() as s:
        b = _ballot(s, ballot_id)
        _require_state(
            b,
            BallotState.DRAFT,
            refusal=N_("Cannot open the ballot: ballot “{title}” is {state} (it must be {allowed})."),
        )
        if not b.items:
            raise ServiceError("Ballot “{title}” has nothing to vote on: add recommendations first.", title=b.title)
        if b.method in PAPER_METHODS and len(b.items) < 2:
            raise ServiceError(
                "{method} needs at least two items to choose between.",
                method=Term(METHOD_LABELS[b.method], "voting method"),
            )
        b.state = BallotState.OPEN
        b.opened_at = utcnow()
        audit.record(s, b.assembly_id, "ballot", b.id, "opened", {"title": b.title}, actor)
        return _info(s, b)


def close_ballot(db: Database, ballot_id: int, *, force: bool = False, actor: str = "") -> BallotResult:
    """Close an open ballot and seal its result.

    Refuses while typed papers are unresolved (typed once, or entries that disagree),
    unless ``force`` – then those papers are left out of the count.
    """
    with db.session() as s:
        b = _ballot(s, ballot_id)
        _require_state(
            b,
            BallotState.OPEN,
            refusal=N_("Cannot close the ballot: ballot “{title}” is {state} (it must be {allowed})."),
        )
        status = _paper_status(s, b)
        if not force and (status.waiting or status.mismatches):
            disagree = ", ".join(str(m.paper_number) for m in status.mismatches)
            once = ", ".join(str(n) for n in status.waiting)
            if disagree and once:
                raise ServiceError(
                    "Cannot close yet: entries disagree on paper {disagree}; paper {once} typed only once.",
                    disagree=disagree,
                    once=once,
                )
            if disagree:
                raise ServiceError("Cannot close yet: entries disagree on paper {disagree}.", disagree=disagree)
            raise ServiceError("Cannot close yet: paper {once} typed only once.", once=once)
        b.present_count = _present(s, b)
        b.eligible_count = _eligible(s, b.assembly_id)
        b.state = BallotState.CLOSED
        b.closed_at = utcnow()
        _seal(s, b)
        audit.record(
            s,
            b.assembly_id,
            "ballot",
            b.id,
            "closed",
            {"checksum": b.checksum, "left_out": [m.paper_number for m in status.mismatches] + status.waiting},
            actor,
        )
        return _from_sealed(b)


def seal_ballot(db: Database, ballot_id: int, actor: str = "") -> BallotResult:
    """Seal a closed ballot that has no sealed result yet (e.g. one built by the demo)."""
    with db.session() as s:
        b = _ballot(s, ballot_id)
        _require_state(
            b,
            BallotState.CLOSED,
            BallotState.PUBLISHED,
            refusal=N_("Cannot seal the result: ballot “{title}” is {state} (it must be {allowed})."),
        )
        if b.checksum is not None:
            raise ServiceError("Ballot “{title}” is already sealed.", title=b.title)
        if b.present_count is None:
            b.present_count = _present(s, b)
        if b.eligible_count is None:
            b.eligible_count = _eligible(s, b.assembly_id)
        if b.closed_at is None:
            b.closed_at = utcnow()
        _seal(s, b)
        audit.record(s, b.assembly_id, "ballot", b.id, "sealed", {"checksum": b.checksum}, actor)
        return _from_sealed(b)


def publish_ballot(db: Database, ballot_id: int, actor: str = "") -> BallotInfo:
    with db.session() as s:
        b = _ballot(s, ballot_id)
        _require_state(
            b,
            BallotState.CLOSED,
            refusal=N_("Cannot publish the result: ballot “{title}” is {state} (it must be {allowed})."),
        )
        if b.checksum is None:
            b.present_count = b.present_count if b.present_count is not None else _present(s, b)
            b.eligible_count = b.eligible_count if b.eligible_count is not None else _eligible(s, b.assembly_id)
            _seal(s, b)
        b.state = BallotState.PUBLISHED
        b.published_at = utcnow()
        b.revealed = True
        audit.record(s, b.assembly_id, "ballot", b.id, "published", {"checksum": b.checksum}, actor)
        return _info(s, b)


def set_revealed(db: Database, ballot_id: int, revealed: bool = True, actor: str = "") -> BallotInfo:
    """Show (or hide again) the results on the projector."""
    with db.session() as s:
        b = _ballot(s, ballot_id)
        _require_state(
            b,
            BallotState.OPEN,
            BallotState.CLOSED,
            BallotState.PUBLISHED,
            refusal=N_("Cannot reveal the result: ballot “{title}” is {state} (it must be {allowed})."),
        )
        if b.state == BallotState.PUBLISHED and not revealed:
            raise ServiceError("A published result stays visible.")
        b.revealed = revealed
        audit.record(s, b.assembly_id, "ballot", b.id, "revealed" if revealed else "hidden", {}, actor)
        return _info(s, b)


# ---------------------------------------------------------------------- choices


def parse_choice(method: str, options: Sequence[OptionInfo], text: str, *, n_items: int = 0) -> Any:
    """A typed choice (a key press, a CSV cell) as the value stored for the method.

    Option methods: an option key or None (blank); approval: True/False; dots: a number;
    ranking: a rank or None (unranked). Raises ``ServiceError`` for what it cannot read.
    """
    raw = str(text).strip()
    word = raw.lower()
    if method in OPTION_METHODS:
        keys = {o.key.lower(): o.key for o in options}
        labels = {o.label.lower(): o.key for o in options}
        if word in keys:
            return keys[word]
        if word in labels:
            return labels[word]
        mapped = CHOICE_WORDS.get(method, {}).get(word)
        if mapped is not None and mapped in keys.values():
            return mapped
        if word in BLANK_WORDS:
            blank = [o.key for o in options if o.is_blank]
            return blank[0] if blank else None
        # the keys of the option methods are fixed ("yes, no, abstain"); in Danish "ja, nej, hverken"
        allowed = Term(", ".join(o.key for o in options), "choices")
        raise ServiceError("“{raw}” is not an option here (use {allowed}, or leave blank).", raw=raw, allowed=allowed)
    if method == "approval":
        if word in TICK_WORDS:
            return True
        if word in NO_TICK_WORDS:
            return False
        raise ServiceError("“{raw}” is not a tick (use x or 1 for a tick, 0 or empty for none).", raw=raw)
    if method == "dots":
        if word in ("", "-", "."):
            return 0
        if not word.isdigit():
            raise ServiceError("“{raw}” is not a number of dots.", raw=raw)
        return int(word)
    if method == "ranking":
        if word in ("", "-", ".", "0"):
            return None
        if not word.isdigit() or not 1 <= int(word) <= max(n_items, 1):
            raise ServiceError("“{raw}” is not a rank (use 1–{n}, or leave empty).", raw=raw, n=n_items)
        return int(word)
    raise ServiceError("Unknown voting method {method!r}.", method=method)


def _check_paper(b: Ballot | _Meta, choices: Mapping[str, Any], spoilt: bool) -> dict[str, Any]:
    """Validate one paper's choices (item id text -> value); returns them normalised."""
    item_ids = {str(i.id) for i in b.items}
    unknown = set(map(str, choices)) - item_ids
    if unknown:
        raise ServiceError("Ballot “{title}” has no item {items}.", title=b.title, items=", ".join(sorted(unknown)))
    if spoilt:
        return {}
    out: dict[str, Any] = {}
    keys = {o.key for o in b.options}
    for item in b.items:
        value = choices.get(str(item.id), choices.get(item.id))  # type: ignore[call-overload]
        if b.method in OPTION_METHODS:
            if value is not None and value not in keys:
                raise ServiceError("“{value}” is not an option of ballot “{title}”.", value=value, title=b.title)
        elif b.method == "approval":
            value = bool(value)
        elif b.method == "dots":
            value = int(value or 0)
        elif b.method == "ranking" and value is not None:
            value = int(value)
            if not 1 <= value <= len(b.items):
                raise ServiceError("Rank {rank} is outside 1–{n}.", rank=value, n=len(b.items))
        out[str(item.id)] = value
    if b.method == "dots":
        problem = tally.dots_problem(out, _dots(b), _cumulative(b))
        if problem:
            raise ServiceError(
                "Not a valid dot paper: {problem} (mark it spoilt if that is what it says).", problem=problem
            )
    return out


def _random_key() -> str:
    """128 random bits as 32 hex digits: a key that says nothing about when or who."""
    return secrets.token_hex(16)


_VOTE_TABLE = cast(Table, Vote.__table__)
_PAPER_TABLE = cast(Table, PaperEntry.__table__)


def _bulk_insert(s: Session, table: Table, columns: Sequence[str], rows: list[tuple[Any, ...]]) -> None:
    """Insert many rows (JSON columns already serialised to text); on SQLite straight
    through the driver's executemany: an import of thousands of papers would otherwise
    spend most of its time in per-row parameter handling."""
    if not rows:
        return
    conn = s.connection()
    if conn.dialect.name == "sqlite":
        placeholders = ", ".join("?" for _ in columns)
        conn.exec_driver_sql(f"INSERT INTO {table.name} ({', '.join(columns)}) VALUES ({placeholders})", rows)
        return
    json_columns = {c.name for c in table.c if isinstance(c.type, JSON)}
    s.execute(
        insert(table),
        [{c: (json.loads(v) if c in json_columns else v) for c, v in zip(columns, row, strict=True)} for row in rows],
    )


def _add_votes(
    s: Session, b: Ballot | _Meta, choices: Mapping[str, Any], spoilt: bool, paper_number: int | None, source: str
) -> None:
    """The Vote rows of one paper: one per item, one random paper key, nothing else."""
    paper_key = _random_key()
    number = None if b.secret else paper_number
    rows = [
        {
            "id": _random_key(),
            "ballot_id": b.id,
            "item_id": item.id,
            "ballot_paper": paper_key,
            "source": str(source),
            "paper_number": number,
            "choice": None if spoilt else choices.get(str(item.id)),
            "spoilt": spoilt,
        }
        for item in b.items
    ]
    s.execute(insert(_VOTE_TABLE), rows)


# ----------------------------------------------------------------- paper ballots


def enter_paper(
    db: Database,
    ballot_id: int,
    paper_number: int,
    choices: Mapping[str, Any],
    *,
    entry: int = 1,
    spoilt: bool = False,
    entered_by: str = "",
) -> PaperSaved:
    """Store one typing of a paper (entry 1 or 2, or 0 to resolve a mismatch).

    With double entry, a paper is counted when entries 1 and 2 agree, or when a
    resolution is typed. Retyping an entry of a paper that is not counted yet replaces it.
    Committed before it returns: what the screen shows as counted is stored.
    """
    if entry not in (0, 1, 2):
        raise ServiceError("An entry is 1 or 2 (or 0 for a resolution).")
    if paper_number < 1:
        raise ServiceError("Paper numbers start at 1.")
    with db.session() as s:
        b = _meta(s, ballot_id)
        _require_state(
            b, BallotState.OPEN, refusal=N_("Cannot count papers: ballot “{title}” is {state} (it must be {allowed}).")
        )
        normal = _check_paper(b, choices, spoilt)
        rows = {
            e.entry: e
            for e in s.scalars(
                select(PaperEntry).where(PaperEntry.ballot_id == b.id, PaperEntry.paper_number == paper_number)
            )
        }
        if _paper_counted(b, rows):
            raise ServiceError("Paper {number} is already counted.", number=paper_number)
        if entry == 0 and not (1 in rows and 2 in rows):
            raise ServiceError("Paper {number} has no disagreeing entries to resolve.", number=paper_number)
        if entry == 2 and not _double_entry(b):
            raise ServiceError("Ballot “{title}” is typed once only (no second entry).", title=b.title)
        row = rows.get(entry)
        if row is None:
            row = PaperEntry(ballot_id=b.id, paper_number=paper_number, entry=entry)
            s.add(row)
            rows[entry] = row
        row.choices = normal
        row.spoilt = spoilt
        row.entered_by = entered_by
        if entry == 0:
            audit.record(s, b.assembly_id, "ballot", b.id, "paper resolved", {"paper": paper_number}, entered_by)
        counted: tuple[CountedPaper, ...] = ()
        if _paper_counted(b, rows):
            agreed = rows[0] if 0 in rows else rows[1]
            _add_votes(s, b, agreed.choices, agreed.spoilt, paper_number, VoteSource.PAPER)
            counted = (_counted_paper(b, agreed.choices, bool(agreed.spoilt)),)
            outcome = "counted"
        elif 1 in rows and 2 in rows:
            outcome = "mismatch"
        else:
            outcome = "waiting"
        return PaperSaved(paper_number, entry, outcome, VotesAdded(b.id, counted))


def _counted_paper(b: Ballot | _Meta, choices: Mapping[str, Any], spoilt: bool) -> CountedPaper:
    """A paper as ``_add_votes`` stored it (one choice per item, none when spoilt)."""
    if spoilt:
        return CountedPaper({}, True)
    return CountedPaper({item.id: choices.get(str(item.id)) for item in b.items}, False)


def votes_added(detail: object) -> VotesAdded | None:
    """The votes a write added, from what its service call returned (``enter_paper``,
    ``cast_vote``); None when the call says nothing about votes (read everything again)."""
    if isinstance(detail, VotesAdded):
        return detail
    if isinstance(detail, PaperSaved):
        return detail.added
    return None


def _paper_counted(b: Ballot | _Meta, rows: Mapping[int, PaperEntry]) -> bool:
    if 0 in rows:
        return True
    if not _double_entry(b):
        return 1 in rows
    if 1 in rows and 2 in rows:
        return _same(rows[1], rows[2])
    return False


def _same(a: PaperEntry, b: PaperEntry) -> bool:
    return bool(a.spoilt) == bool(b.spoilt) and (a.spoilt or dict(a.choices) == dict(b.choices))


def _paper_status(s: Session, b: Ballot | _Meta) -> PaperStatus:
    by_paper: dict[int, dict[int, PaperEntry]] = defaultdict(dict)
    for e in s.scalars(select(PaperEntry).where(PaperEntry.ballot_id == b.id)):
        by_paper[e.paper_number][e.entry] = e
    agreed = spoilt = 0
    waiting: list[int] = []
    mismatches: list[Mismatch] = []
    for number in sorted(by_paper):
        rows = by_paper[number]
        if _paper_counted(b, rows):
            agreed += 1
            spoilt += bool((rows[0] if 0 in rows else rows[1]).spoilt)
        elif 1 in rows and 2 in rows:
            one, two = rows[1], rows[2]
            if one.spoilt != two.spoilt:
                differ = [i.id for i in b.items]
            else:
                differ = [i.id for i in b.items if one.choices.get(str(i.id)) != two.choices.get(str(i.id))]
            mismatches.append(
                Mismatch(number, dict(one.choices), dict(two.choices), bool(one.spoilt), bool(two.spoilt), differ)
            )
        else:
            waiting.append(number)
    return PaperStatus(agreed, spoilt, waiting, mismatches)


def paper_status(db: Database, ballot_id: int) -> PaperStatus:
    with db.read() as s:
        return _paper_status(s, _ballot(s, ballot_id))


def paper_entry(db: Database, ballot_id: int, paper_number: int, entry: int) -> tuple[dict[str, Any], bool] | None:
    """The choices and spoilt flag of one typing, or None when not typed."""
    with db.read() as s:
        row = s.scalars(
            select(PaperEntry).where(
                PaperEntry.ballot_id == ballot_id, PaperEntry.paper_number == paper_number, PaperEntry.entry == entry
            )
        ).first()
        return (dict(row.choices), bool(row.spoilt)) if row is not None else None


def typed_paper_numbers(db: Database, ballot_id: int) -> set[int]:
    """The numbers of the papers typed in for this ballot (in any entry)."""
    with db.read() as s:
        return set(s.scalars(select(PaperEntry.paper_number).where(PaperEntry.ballot_id == ballot_id)))


def next_paper_number(db: Database, ballot_id: int, entry: int) -> int:
    """The paper number after the highest one typed in this entry."""
    with db.read() as s:
        top = s.scalar(
            select(func.max(PaperEntry.paper_number)).where(
                PaperEntry.ballot_id == ballot_id, PaperEntry.entry == entry
            )
        )
        return int(top or 0) + 1


def import_papers(
    db: Database,
    ballot_id: int,
    papers: Sequence[tuple[int, Mapping[str, Any], bool]],
    *,
    entered_by: str = "import",
) -> int:
    """Count many already-checked papers (paper number, choices, spoilt) in one transaction.

    Used by the CLI import: each paper is stored as an agreed resolution (entry 0), so it
    counts at once. Nothing is stored if any paper is wrong or already typed.
    """
    with db.session() as s:
        b = _meta(s, ballot_id)
        _require_state(
            b, BallotState.OPEN, refusal=N_("Cannot import papers: ballot “{title}” is {state} (it must be {allowed}).")
        )
        taken = set(s.scalars(select(PaperEntry.paper_number).where(PaperEntry.ballot_id == b.id)))
        seen: set[int] = set()
        entries: list[tuple[Any, ...]] = []
        votes: list[tuple[Any, ...]] = []
        number_on_vote = not b.secret
        item_ids = [i.id for i in b.items]
        as_json: dict[Any, str] = {}  # a handful of distinct choices, serialised once

        def dumped(value: Any) -> str:
            key = (type(value), value)
            if key not in as_json:
                as_json[key] = json.dumps(value)
            return as_json[key]

        source = VoteSource.PAPER.value
        # all the random keys at once: 16 random bytes (32 hex digits) each
        pool = os.urandom(16 * len(papers) * (len(item_ids) + 1)).hex()
        next_key = iter(pool[k : k + 32] for k in range(0, len(pool), 32)).__next__
        clashes = sorted({number for number, _choices, _spoilt in papers if number in taken})
        if clashes:
            raise PapersAlreadyTyped(
                "Papers already typed in for this ballot: {numbers}.", numbers=", ".join(map(str, clashes))
            )
        for number, choices, spoilt in papers:
            if number in seen:
                raise ServiceError("Paper {number} is twice in the import.", number=number)
            seen.add(number)
            normal = _check_paper(b, choices, spoilt)
            entries.append((b.id, number, 0, spoilt, json.dumps(normal), entered_by))
            key = next_key()
            on_vote = number if number_on_vote else None
            for item_id in item_ids:
                choice = None if spoilt else normal.get(str(item_id))
                votes.append((next_key(), b.id, item_id, key, source, on_vote, dumped(choice), spoilt))
        votes.sort()  # by the random key: the order of the b-tree, and nothing else
        _bulk_insert(
            s, _PAPER_TABLE, ("ballot_id", "paper_number", "entry", "spoilt", "choices", "entered_by"), entries
        )
        _bulk_insert(
            s,
            _VOTE_TABLE,
            ("id", "ballot_id", "item_id", "ballot_paper", "source", "paper_number", "choice", "spoilt"),
            votes,
        )
        audit.record(s, b.assembly_id, "ballot", b.id, "papers imported", {"papers": len(entries)}, entered_by)
        return len(entries)


# ------------------------------------------------------------------- hand counts


def set_hand_count(
    db: Database,
    ballot_id: int,
    counts: Mapping[int, Mapping[str, int]],
    *,
    table_id: int | None = None,
    force: bool = False,
    entered_by: str = "",
) -> list[HandCountCheck]:
    """Store the hand count (item id -> option key -> number), in total or for one table.

    Replaces the earlier count of the same table (or the earlier total). Refuses when an
    item's counts add up to more than the members present, unless ``force``.
    """
    with db.session() as s:
        b = _ballot(s, ballot_id)
        _require_state(
            b,
            BallotState.OPEN,
            refusal=N_("Cannot enter a hand count: ballot “{title}” is {state} (it must be {allowed})."),
        )
        if b.method == "ranking":
            raise ServiceError("A ranking cannot be counted by hand; type the papers instead.")
        if table_id is not None:
            table = s.get(AssemblyTable, table_id)
            if table is None or table.assembly_id != b.assembly_id:
                raise NotFound("No table with id {id}.", id=table_id)
        items = {i.id: i for i in b.items}
        options = {o.key: o for o in b.options}
        for item_id, per_option in counts.items():
            if item_id not in items:
                raise ServiceError("Ballot “{title}” has no item {items}.", title=b.title, items=item_id)
            for key, n in per_option.items():
                if key not in options:
                    raise ServiceError("“{value}” is not an option of ballot “{title}”.", value=key, title=b.title)
                if int(n) < 0:
                    raise ServiceError("A count cannot be negative.")
        existing = s.scalars(select(HandCount).where(HandCount.ballot_id == b.id)).all()
        if table_id is None and any(h.table_id is not None for h in existing):
            raise ServiceError("This ballot is counted per table; enter each table's count (or clear them first).")
        if table_id is not None and any(h.table_id is None for h in existing):
            raise ServiceError("This ballot already has a total count; per-table counts would count twice.")
        s.execute(
            delete(HandCount).where(
                HandCount.ballot_id == b.id,
                HandCount.table_id.is_(None) if table_id is None else HandCount.table_id == table_id,
            )
        )
        for item_id, per_option in counts.items():
            for key, n in per_option.items():
                if int(n):
                    s.add(
                        HandCount(
                            ballot_id=b.id,
                            item_id=item_id,
                            option_id=options[key].id,
                            table_id=table_id,
                            count=int(n),
                            entered_by=entered_by,
                        )
                    )
        s.flush()
        checks = _hand_checks(s, b)
        over = [c for c in checks if c.over]
        if over and not force:
            c = over[0]
            raise TooManyVotes(
                "The counts add up to {total} votes on “{item}”, but only {present} members are present."
                " Check the numbers (or save anyway).",
                total=c.total,
                item=items[c.item_id].label,
                present=c.present,
            )
        audit.record(
            s,
            b.assembly_id,
            "ballot",
            b.id,
            "hand count",
            {"table_id": table_id, "counts": {str(k): dict(v) for k, v in counts.items()}},
            entered_by,
        )
        return checks


def _hand_totals(s: Session, b: Ballot | _Meta) -> dict[int, dict[str, int]]:
    keys = {o.id: o.key for o in b.options}
    out: dict[int, dict[str, int]] = defaultdict(dict)
    rows = s.execute(
        select(HandCount.item_id, HandCount.option_id, func.sum(HandCount.count))
        .where(HandCount.ballot_id == b.id)
        .group_by(HandCount.item_id, HandCount.option_id)
    )
    for item_id, option_id, n in rows:
        out[item_id][keys[option_id]] = int(n or 0)
    return out


def _hand_checks(s: Session, b: Ballot | _Meta) -> list[HandCountCheck]:
    present = _present(s, b)
    totals = _hand_totals(s, b)
    papers = _paper_count(s, b)
    checks = []
    for item in b.items:
        total = sum(totals.get(item.id, {}).values()) + papers
        checks.append(HandCountCheck(item.id, total, present, total > present))
    return checks


def hand_counts(db: Database, ballot_id: int, table_id: int | None = None) -> dict[int, dict[str, int]]:
    """The hand count of one table (or the total count): item id -> option key -> number."""
    with db.read() as s:
        b = _ballot(s, ballot_id)
        keys = {o.id: o.key for o in b.options}
        q = select(HandCount).where(HandCount.ballot_id == b.id)
        q = q.where(HandCount.table_id.is_(None) if table_id is None else HandCount.table_id == table_id)
        out: dict[int, dict[str, int]] = defaultdict(dict)
        for h in s.scalars(q):
            out[h.item_id][keys[h.option_id]] = h.count
        return dict(out)


# ----------------------------------------------------------------- device votes


def cast_vote(db: Database, ballot_id: int, member_id: int, choices: Mapping[str, Any]) -> VotesAdded:
    """One member's vote from a device: who voted goes to ``vote_cast``, what was voted
    to ``vote`` (no member, no time, random keys), in one transaction. Returns the vote
    as counted (for a live tally; it holds no member).

    The capture from phones (one-time ``BallotToken``s) is a later issue; this is the
    storage it will use.
    """
    with db.session() as s:
        b = _ballot(s, ballot_id)
        _require_state(
            b, BallotState.OPEN, refusal=N_("Cannot vote: ballot “{title}” is {state} (it must be {allowed}).")
        )
        member = s.get(Member, member_id)
        if member is None or member.assembly_id != b.assembly_id or member.status != MemberStatus.ACTIVE:
            raise ServiceError("Only active members of the assembly can vote.")
        if s.get(VoteCast, (b.id, member_id)) is not None:
            raise ServiceError("This member has already voted in this ballot.")
        normal = _check_paper(b, choices, False)
        s.add(VoteCast(ballot_id=b.id, member_id=member_id))
        _add_votes(s, b, normal, False, None, VoteSource.DEVICE)
        return VotesAdded(b.id, (_counted_paper(b, normal, False),))


# ------------------------------------------------------------------------ tally


def _present(s: Session, b: Ballot | _Meta) -> int:
    """Contract 5: present or late on the ballot's day; else the active members."""
    if b.present_count is not None and b.state in (BallotState.CLOSED, BallotState.PUBLISHED):
        return b.present_count
    if b.day_id is not None:
        here = s.scalar(
            select(func.count())
            .select_from(Attendance)
            .join(Member, Member.id == Attendance.member_id)
            .where(
                Attendance.day_id == b.day_id,
                Member.assembly_id == b.assembly_id,
                Attendance.status.in_([AttendanceStatus.PRESENT, AttendanceStatus.LATE]),
            )
        )
        checked_in = s.scalar(select(func.count()).select_from(Attendance).where(Attendance.day_id == b.day_id))
        if checked_in:
            return int(here or 0)
    return _eligible(s, b.assembly_id)


def _eligible(s: Session, assembly_id: int) -> int:
    return int(
        s.scalar(
            select(func.count(Member.id)).where(Member.assembly_id == assembly_id, Member.status == MemberStatus.ACTIVE)
        )
        or 0
    )


def _paper_count(s: Session, b: Ballot | _Meta) -> int:
    return int(s.scalar(select(func.count(func.distinct(Vote.ballot_paper))).where(Vote.ballot_id == b.id)) or 0)


class _Counts:
    """The running totals a ballot's result is computed from, for every method a sum
    over papers: the full tally folds every stored vote into one (``_read_counts``), a
    live tally adds each new paper to the one it holds (``LiveCount``) – the same code,
    so the two cannot disagree. Ranking keeps its papers (Schulze needs them all and is
    recomputed each time; ranking ballots are rare and short)."""

    def __init__(self, b: _Meta) -> None:
        self.method = b.method
        self.item_ids = [i.id for i in b.items]
        self.dots = b.dots
        self.cumulative = b.cumulative
        # option methods: per item, choice -> vote rows; spoilt rows; all rows
        self.choices: dict[int, Counter[str | None]] = {i: Counter() for i in self.item_ids}
        self.spoilt_rows: Counter[int] = Counter()
        self.rows: Counter[int] = Counter()
        # approval (ticks) and dots (dots) per item; papers valid / blank / spoilt
        self.per_item: Counter[int] = Counter()
        self.valid = self.blank = self.spoilt = 0
        self.rankings: list[dict[int, int]] = []  # ranking: the papers that are not spoilt

    def add_rows(self, item_id: int, choice: Any, spoilt: bool, n: int) -> None:
        """Option methods: ``n`` vote rows of one item with one choice."""
        if item_id not in self.choices:
            return
        self.rows[item_id] += n  # every paper has one vote row per item
        if spoilt:
            self.spoilt_rows[item_id] += n
        else:
            self.choices[item_id][choice] += n

    def add_paper(self, choices: Mapping[int, Any], spoilt: bool) -> None:
        """One paper: item id -> choice (as stored), or spoilt."""
        if self.method in OPTION_METHODS:
            for item_id in self.item_ids:
                self.add_rows(item_id, None if spoilt else choices.get(item_id), spoilt, 1)
            return
        if spoilt:
            self.spoilt += 1
        elif self.method == "approval":
            ticked = {i for i, v in choices.items() if v}
            if not ticked <= set(self.item_ids):
                raise ValueError("a paper ticks an item that is not on the ballot")
            if ticked:
                self.valid += 1
                self.per_item.update(ticked)
            else:
                self.blank += 1
        elif self.method == "dots":
            paper = {i: int(v or 0) for i, v in choices.items()}
            if not set(paper) <= set(self.item_ids):
                raise ValueError("a paper gives dots to an item that is not on the ballot")
            problem = tally.dots_problem(paper, self.dots, self.cumulative)
            if problem:
                raise ValueError(problem)
            if sum(paper.values()) == 0:
                self.blank += 1
            else:
                self.valid += 1
                self.per_item.update({k: n for k, n in paper.items() if n})
        else:
            self.rankings.append({i: int(v) for i, v in choices.items() if v is not None})

    def papers_cast(self) -> int:
        if self.method in OPTION_METHODS:
            return max(self.rows.values(), default=0)
        if self.method == "ranking":
            return len(self.rankings) + self.spoilt
        return self.valid + self.blank + self.spoilt

    def tallies(
        self, options: Sequence[tally.Option], hand: Mapping[int, Mapping[str, int]]
    ) -> dict[int, tally.ItemTally]:
        item_ids = self.item_ids
        if self.method in OPTION_METHODS:
            out = {}
            for item_id in item_ids:
                counts = self.choices[item_id]
                extra = hand.get(item_id)
                if extra:
                    counts = counts.copy()
                    for key, n in extra.items():
                        counts[key] += n
                out[item_id] = tally.tally_options(options, counts, self.spoilt_rows[item_id])
            return out
        extra_papers = {i: sum(hand.get(i, {}).values()) for i in item_ids}
        if self.method == "approval":
            return tally.approval_from_counts(
                item_ids, self.per_item, valid=self.valid, blank=self.blank, spoilt=self.spoilt, extra=extra_papers
            )
        if self.method == "dots":
            return tally.dots_from_totals(
                item_ids, self.per_item, valid=self.valid, blank=self.blank, spoilt=self.spoilt, extra=extra_papers
            )
        return tally.tally_ranking(item_ids, self.rankings, self.spoilt)


def _read_counts(s: Session, b: _Meta) -> _Counts:
    """Every stored vote of the ballot, folded into its totals."""
    counts = _Counts(b)
    if b.method in OPTION_METHODS:
        for item_id, choice, spoilt, n in s.execute(
            select(Vote.item_id, Vote.choice, Vote.spoilt, func.count())
            .where(Vote.ballot_id == b.id)
            .group_by(Vote.item_id, Vote.choice, Vote.spoilt)
        ):
            counts.add_rows(item_id, choice, bool(spoilt), n)
        return counts
    papers: dict[str, dict[int, Any]] = defaultdict(dict)
    spoilt_papers: set[str] = set()
    for paper, item_id, choice, spoilt in s.execute(
        select(Vote.ballot_paper, Vote.item_id, Vote.choice, Vote.spoilt).where(Vote.ballot_id == b.id)
    ):
        if spoilt:
            spoilt_papers.add(paper)
            papers.setdefault(paper, {})
        else:
            papers[paper][item_id] = choice
    for key, choices in papers.items():
        counts.add_paper(choices, key in spoilt_papers)
    return counts


def _tally(s: Session, b: _Meta, present: int | None = None, eligible: int | None = None) -> BallotResult:
    if present is None:
        present = _present(s, b)
    if eligible is None:
        eligible = b.eligible_count if b.eligible_count is not None else _eligible(s, b.assembly_id)
    return _result(b, _read_counts(s, b), _hand_totals(s, b), present, eligible)


def _result(
    b: _Meta, counts: _Counts, hand: Mapping[int, Mapping[str, int]], present: int, eligible: int
) -> BallotResult:
    """The result from the ballot's totals, hand counts and turnout figures."""
    options = [tally.Option(o.key, o.counts_as_support, o.is_blank) for o in b.options]
    per_item = counts.tallies(options, hand)
    papers_cast = counts.papers_cast()
    item_ids = counts.item_ids
    hand_cast = max((sum(hand.get(i, {}).values()) for i in item_ids), default=0)
    items = []
    for item in b.items:
        t = per_item[item.id]
        share = None
        if t.support is not None:
            share = tally.support_share(
                t.support, b.base, valid=t.valid, cast=t.cast, present=present, eligible=eligible
            )
        scores = dict(t.scores)
        rank_score = scores.pop("rank", None)
        items.append(
            ItemResult(
                item_id=item.id,
                recommendation_id=item.recommendation_id,
                code=item.code,
                label=item.label,
                counts=dict(t.counts),
                valid=t.valid,
                blank=t.blank,
                spoilt=t.spoilt,
                support_share=share,
                adopted=tally.adopted(share, b.threshold) if t.support is not None else None,
                rank=int(rank_score) if rank_score is not None else None,
                scores=scores,
            )
        )
    return BallotResult(
        id=b.id,
        title=b.title,
        question=b.question,
        method=b.method,
        secret=b.secret,
        state=b.state,
        threshold=b.threshold,
        base=b.base,
        eligible=eligible,
        present=present,
        cast=papers_cast + hand_cast,
        options=[OptionInfo(o.key, o.label, o.counts_as_support, o.is_blank) for o in b.options],
        items=items,
        checksum=b.checksum,
        day_id=b.day_id,
    )


# ----------------------------------------------------------------------- sealing


def canonical_result(result: BallotResult) -> dict[str, Any]:
    """The sealed part of a result: everything but the state and the checksum."""
    data = dataclasses.asdict(result)
    data.pop("state")
    data.pop("checksum")
    return data


def canonical_json(data: Mapping[str, Any]) -> str:
    return json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False)


def checksum_of(data: Mapping[str, Any]) -> str:
    return hashlib.sha256(canonical_json(data).encode("utf-8")).hexdigest()


def _seal(s: Session, b: Ballot) -> None:
    s.flush()
    data = json.loads(canonical_json(canonical_result(_tally(s, _meta(s, b.id)))))
    b.result = data
    b.checksum = checksum_of(data)


def _from_sealed(b: Ballot | _Meta) -> BallotResult:
    data = dict(b.result or {})
    return BallotResult(
        **{k: v for k, v in data.items() if k not in ("options", "items")},
        options=[OptionInfo(**o) for o in data["options"]],
        items=[ItemResult(**i) for i in data["items"]],
        state=b.state,
        checksum=b.checksum,
    )


def verify_seal(db: Database, ballot_id: int) -> SealCheck:
    """Is the sealed result intact (checksum) and does it still match the votes?"""
    with db.read() as s:
        b = _ballot(s, ballot_id)
        if b.result is None or b.checksum is None:
            return SealCheck(False, Message("Ballot “{title}” has no sealed result.", title=b.title))
        if checksum_of(b.result) != b.checksum:
            return SealCheck(
                False, Message("The stored result does not match its checksum: it was changed after sealing.")
            )
        recount = json.loads(canonical_json(canonical_result(_tally(s, _meta(s, b.id)))))
        if checksum_of(recount) != b.checksum:
            return SealCheck(False, Message("A recount of the votes differs from the sealed result."))
        return SealCheck(True, Message("Sealed result intact (SHA-256 {checksum}).", checksum=b.checksum))


# ------------------------------------------------------------------- contract 2


def ballot_result(db: Database, ballot_id: int) -> BallotResult:
    """The result of one ballot: the sealed result when there is one, else tallied now."""
    with db.read() as s:
        m = _meta(s, ballot_id)
        if m.result is not None and m.checksum is not None:
            return _from_sealed(m)
        return _tally(s, m)


@dataclass(frozen=True)
class LiveTally:
    """What the projector needs, read in one session.

    ``context`` is the ballot's definition and the present/eligible counts; hand it back
    to the next ``live_tally`` call while only votes have changed (``Changes.VOTES``) and
    only the votes are read again.
    """

    result: BallotResult
    revealed: bool
    show_live: bool
    context: LiveContext


@dataclass(frozen=True)
class LiveContext:
    meta: _Meta
    present: int
    eligible: int


def live_tally(db: Database, ballot_id: int, context: LiveContext | None = None) -> LiveTally:
    with db.read() as s:
        if context is None or context.meta.id != ballot_id:
            m = _meta(s, ballot_id)
            present = _present(s, m)
            eligible = m.eligible_count if m.eligible_count is not None else _eligible(s, m.assembly_id)
            context = LiveContext(m, present, eligible)
        m = context.meta
        if m.result is not None and m.checksum is not None:
            result = _from_sealed(m)
        else:
            result = _tally(s, m, context.present, context.eligible)
        return LiveTally(result, m.revealed, m.show_live, context)


class LiveCount:
    """A ballot's tally kept current vote by vote, without reading the votes again.

    ``live_count`` reads the ballot once (definition, turnout figures, hand counts and
    every vote, folded into running totals); ``add`` then counts what a committed write
    added (``VotesAdded``: the papers ``enter_paper`` or ``cast_vote`` returned) into
    those totals, and ``result`` is computed from them by the same code as a full tally
    (``_Counts``/``_result``), so it equals ``live_tally`` after every vote. Anything
    else – a ballot edited, hand counts, an import, votes deleted, attendance – needs a
    new ``live_count``. Holds no session and no ORM object; not shared between threads.
    """

    def __init__(
        self,
        meta: _Meta,
        present: int,
        eligible: int,
        counts: _Counts | None,
        hand: Mapping[int, Mapping[str, int]],
    ) -> None:
        self._meta = meta
        self._present = present
        self._eligible = eligible
        self._counts = counts  # None once the result is sealed
        self._hand = hand
        self._result: BallotResult | None = None

    @property
    def ballot_id(self) -> int:
        return self._meta.id

    @property
    def revealed(self) -> bool:
        return self._meta.revealed

    @property
    def show_live(self) -> bool:
        return self._meta.show_live

    def add(self, added: VotesAdded) -> bool:
        """Count the papers of one write. False (and nothing counted) when they belong
        to another ballot or this one's result is sealed: read it again instead."""
        if added.ballot_id != self._meta.id or self._counts is None:
            return False
        for paper in added.papers:
            self._counts.add_paper(paper.choices, paper.spoilt)
        if added.papers:
            self._result = None
        return True

    @property
    def result(self) -> BallotResult:
        if self._result is None:
            if self._counts is None:
                self._result = _from_sealed(self._meta)
            else:
                self._result = _result(self._meta, self._counts, self._hand, self._present, self._eligible)
        return self._result


def live_count(db: Database, ballot_id: int) -> LiveCount:
    """Read a ballot once for a live tally (see ``LiveCount``)."""
    with db.read() as s:
        m = _meta(s, ballot_id)
        present = _present(s, m)
        eligible = m.eligible_count if m.eligible_count is not None else _eligible(s, m.assembly_id)
        if m.result is not None and m.checksum is not None:
            return LiveCount(m, present, eligible, None, {})
        return LiveCount(m, present, eligible, _read_counts(s, m), _hand_totals(s, m))


def list_results(
    db: Database, assembly_id: int, *, states: Iterable[str] = ("closed", "published")
) -> list[BallotResult]:
    """Results of the assembly's ballots in the given states, oldest first."""
    wanted = list(states)
    with db.read() as s:
        ids = s.scalars(
            select(Ballot.id).where(Ballot.assembly_id == assembly_id, Ballot.state.in_(wanted)).order_by(Ballot.id)
        ).all()
        out = []
        for ballot_id in ids:
            m = _meta(s, ballot_id)
            out.append(_from_sealed(m) if m.result is not None and m.checksum is not None else _tally(s, m))
        return out
