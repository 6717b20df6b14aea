"""Phones: members vote from their own phones (issue 15).

Personal links
    Every member has one personal link ``/v/TOKEN`` (a random token of 192 bits) and a
    short join code (``ABCD-EFGH``, typed at ``/join`` by a member without a camera). Only
    the SHA-256 of each is stored (``phone_link``); issuing a new link replaces the row,
    so the old link and code stop working.

Who may vote
    An active member of the ballot's assembly. A ballot whose meeting day is set accepts
    only members checked in that day as present or late (not absent, not left early).

Counted once across phone and paper
    The desk marks a member who takes a paper ballot (``hand_out_paper``): a
    ``paper_handout`` row (ballot, member). From then on that member's phone is refused for
    that ballot ("you took a paper ballot"). A member who has voted by phone
    (``vote_cast``) cannot be handed a paper ballot. So every member is in at most one of
    the two, for named and for secret ballots alike; papers are counted without names, as
    before. ``paper_holders`` / ``take_back_paper`` let the desk see and undo it.

Phone votes
    ``submit_votes`` stores many phone votes in one transaction (the server's writer
    thread batches them; secret ballots in shuffled groups of at least five). Each vote
    carries a ``submission`` id chosen by the phone: the same submission gets the same
    receipt again – never a second vote; a different submission from a member who has
    voted gets ``AlreadyVoted``. The receipt is random and says nothing about the choice.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import random
import re
import secrets
import threading
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, insert, select, text
from sqlalchemy.orm import Session

from app.db import Database
from app.i18n import Term
from app.models import (
    Assembly,
    Attendance,
    AttendanceStatus,
    Ballot,
    BallotState,
    MeetingDay,
    Member,
    MemberStatus,
    PaperHandout,
    PhoneLink,
    PhoneSubmission,
    VoteCast,
    VoteSource,
)
from app.services.errors import NotFound, ServiceError
from app.services.voting import BallotResult, ballot_result
from app.services.voting._base import _add_votes, _check_paper, _Meta, _meta

CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I: easy to type from a screen
CODE_LENGTH = 8
SUBMISSION_RE = re.compile(r"^[A-Za-z0-9_-]{8,64}$")
HERE = (AttendanceStatus.PRESENT.value, AttendanceStatus.LATE.value)


# ------------------------------------------------------------------------ errors


class PhoneRefusal(ServiceError):
    """A phone's request refused; ``status`` is the HTTP status the API answers with."""

    status = 403


class UnknownLink(PhoneRefusal):
    """An unknown or revoked token or join code."""

    status = 403


class NotEligible(PhoneRefusal):
    """Not checked in for the ballot's day, not an active member, or took a paper ballot."""

    status = 403


class AlreadyVoted(PhoneRefusal):
    status = 409


class BallotNotOpen(PhoneRefusal):
    status = 423


class InvalidChoices(PhoneRefusal):
    status = 422


# ---------------------------------------------------------------------- dataclasses


@dataclass(frozen=True)
class IssuedLink:
    """A link just issued: the only time the token and code are known in clear."""

    member_id: int
    member_number: int
    token: str
    code: str  # "ABCD-EFGH"

    @property
    def path(self) -> str:
        return f"/v/{self.token}"

    def url(self, base_url: str) -> str:
        return base_url.rstrip("/") + self.path


@dataclass(frozen=True)
class PhoneMember:
    """Who a token or code belongs to (the server keeps this per request only)."""

    member_id: int
    assembly_id: int
    number: int
    language: str  # the assembly's language ("da", "en")


@dataclass(frozen=True)
class PhoneOption:
    key: str
    label: str


@dataclass(frozen=True)
class PhoneItem:
    id: int
    code: str
    label: str


@dataclass(frozen=True)
class PhoneBallot:
    """A ballot as one member sees it on the phone."""

    id: int
    title: str
    question: str
    method: str  # yes_no_abstain, support_scale, approval, dots, ranking
    secret: bool
    state: str  # open, closed, published
    items: list[PhoneItem]
    options: list[PhoneOption]  # yes_no_abstain / support_scale: the keys to send; else informative
    dots: int | None  # dots: the budget per member; else None
    cumulative: bool | None  # dots: may one item get more than one dot; else None
    has_voted: bool
    took_paper: bool  # the desk handed this member a paper ballot: the phone cannot vote
    refusal: NotEligible | None  # why this member may not vote (``.localised(lang)``), None if they may
    revealed: bool
    result: BallotResult | None  # only once revealed on the projector

    @property
    def can_vote(self) -> bool:
        return self.state == BallotState.OPEN and not self.has_voted and self.refusal is None

    def as_json(self, lang: str = "en") -> dict[str, Any]:
        """The JSON the API sends (``GET /api/ballot``); the refusal in ``lang``."""
        out: dict[str, Any] = {
            "id": self.id,
            "title": self.title,
            "question": self.question,
            "method": self.method,
            "secret": self.secret,
            "state": self.state,
            "items": [{"id": i.id, "code": i.code, "label": i.label} for i in self.items],
            "options": [{"key": o.key, "label": o.label} for o in self.options],
            "has_voted": self.has_voted,
            "took_paper": self.took_paper,
            "can_vote": self.can_vote,
            "refusal": None if self.refusal is None else self.refusal.localised(lang),
            "revealed": self.revealed,
            "result": None,
        }
        if self.method == "dots":
            out["dots"] = self.dots
            out["cumulative"] = self.cumulative
        if self.result is not None:
            out["result"] = {
                "cast": self.result.cast,
                "present": self.result.present,
                "items": [
                    {
                        "id": r.item_id,
                        "label": r.label,
                        "counts": r.counts,
                        "valid": r.valid,
                        "blank": r.blank,
                        "support_share": r.support_share,
                        "adopted": r.adopted,
                        "rank": r.rank,
                    }
                    for r in self.result.items
                ],
            }
        return out


@dataclass(frozen=True)
class VoteRequest:
    """One phone vote as the server received it."""

    member_id: int
    ballot_id: int
    choices: Mapping[str, Any]
    submission: str


@dataclass(frozen=True)
class Receipt:
    """A phone vote committed (or the same submission seen again: ``repeated``)."""

    ballot_id: int
    submission: str
    receipt: str  # random, 12 characters; says nothing about the choice
    repeated: bool = False

    def as_json(self) -> dict[str, Any]:
        return {"ballot_id": self.ballot_id, "submission": self.submission, "receipt": self.receipt, "counted": True}


# ------------------------------------------------------------------------ links


def _hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def normalise_code(code: str) -> str:
    """A typed join code as stored: capitals, no spaces or dashes, O→0 … folded."""
    return re.sub(r"[^A-Z0-9]", "", code.upper().replace("O", "0").replace("I", "1"))


def _new_code() -> str:
    raw = "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))
    return f"{raw[:4]}-{raw[4:]}"


def _issue(s: Session, m: Member) -> IssuedLink:
    token = secrets.token_urlsafe(24)  # 192 random bits
    code = _new_code()
    row = s.get(PhoneLink, m.id)
    if row is None:
        row = PhoneLink(member_id=m.id)
        s.add(row)
    row.token_hash = _hash(token)
    row.code_hash = _hash(normalise_code(code))
    return IssuedLink(m.id, m.number, token, code)


def issue_link(db: Database, member_id: int) -> IssuedLink:
    """A new personal link and join code for a member; the old ones stop working."""
    with db.session() as s:
        m = s.get(Member, member_id)
        if m is None:
            raise NotFound("No member with id {id}.", id=member_id)
        if m.status != MemberStatus.ACTIVE:
            raise ServiceError(
                "Member {number} is {status}, not an active member.", number=m.number, status=Term(m.status)
            )
        return _issue(s, m)


def issue_links(db: Database, assembly_id: int) -> list[IssuedLink]:
    """New links for every active member (badges, ``tingsted phones links``): all old links
    stop working. In member-number order."""
    with db.session() as s:
        members = s.scalars(
            select(Member)
            .where(Member.assembly_id == assembly_id, Member.status == MemberStatus.ACTIVE)
            .order_by(Member.number)
        ).all()
        return [_issue(s, m) for m in members]


def revoke_link(db: Database, member_id: int) -> None:
    """The member's link and code stop working (no new one)."""
    with db.session() as s:
        s.execute(delete(PhoneLink).where(PhoneLink.member_id == member_id))


def _member_by(s: Session, column: Any, digest: str) -> PhoneMember:
    row = s.execute(
        select(Member.id, Member.assembly_id, Member.number, Member.status, Assembly.language)
        .join(PhoneLink, PhoneLink.member_id == Member.id)
        .join(Assembly, Assembly.id == Member.assembly_id)
        .where(column == digest)
    ).first()
    if row is None:
        raise UnknownLink("This voting link is not known or has been replaced; ask the check-in desk for a new one.")
    if row.status != MemberStatus.ACTIVE:
        raise UnknownLink("This voting link is not known or has been replaced; ask the check-in desk for a new one.")
    return PhoneMember(row.id, row.assembly_id, row.number, row.language or "en")


def member_for_token(db: Database, token: str) -> PhoneMember:
    """Who holds ``token``; ``UnknownLink`` if nobody (unknown or replaced)."""
    with db.read() as s:
        return _member_by(s, PhoneLink.token_hash, _hash(token))


def member_for_code(db: Database, code: str) -> PhoneMember:
    """Who holds the typed join ``code`` (case, spaces and dashes do not matter)."""
    with db.read() as s:
        return _member_by(s, PhoneLink.code_hash, _hash(normalise_code(code)))


def token_for_code(db: Database, code: str) -> IssuedLink:
    """A member who typed a valid join code gets a fresh personal link for that phone
    (the code keeps working; the earlier link is replaced)."""
    pm = member_for_code(db, code)
    with db.session() as s:
        m = s.get(Member, pm.member_id)
        assert m is not None
        row = s.get(PhoneLink, m.id)
        assert row is not None
        token = secrets.token_urlsafe(24)
        row.token_hash = _hash(token)
        return IssuedLink(m.id, m.number, token, code)


# --------------------------------------------------------------------- eligibility


@dataclass(frozen=True)
class _State:
    """What decides one member's standing in one ballot (read for many members at once)."""

    status: str | None  # the member's status; None: not a member of the ballot's assembly
    voted: bool
    paper: bool
    attendance: str | None
    submission: tuple[str, str] | None  # (submission hash, receipt) of the phone vote


def _states(s: Session, b: _Meta, member_ids: Sequence[int]) -> tuple[dict[int, _State], int | None]:
    """The standing of these members in ``b`` with one query per table, and the number of
    the ballot's day."""
    ids = sorted(set(member_ids))
    status = dict(
        s.execute(select(Member.id, Member.status).where(Member.id.in_(ids), Member.assembly_id == b.assembly_id)).all()
    )
    voted = set(s.scalars(select(VoteCast.member_id).where(VoteCast.ballot_id == b.id, VoteCast.member_id.in_(ids))))
    paper = set(
        s.scalars(select(PaperHandout.member_id).where(PaperHandout.ballot_id == b.id, PaperHandout.member_id.in_(ids)))
    )
    subs = {
        m: (h, r)
        for m, h, r in s.execute(
            select(PhoneSubmission.member_id, PhoneSubmission.submission_hash, PhoneSubmission.receipt).where(
                PhoneSubmission.ballot_id == b.id, PhoneSubmission.member_id.in_(ids)
            )
        ).all()
    }
    here: dict[int, str] = {}
    day_number = None
    if b.day_id is not None:
        here = dict(
            s.execute(
                select(Attendance.member_id, Attendance.status).where(
                    Attendance.day_id == b.day_id, Attendance.member_id.in_(ids)
                )
            ).all()
        )
        day_number = s.scalar(select(MeetingDay.number).where(MeetingDay.id == b.day_id))
        if day_number is None:
            day_number = b.day_id
    out = {m: _State(status.get(m), m in voted, m in paper, here.get(m), subs.get(m)) for m in ids}
    return out, day_number


_ONE_STATE = text(
    "SELECT m.status,"
    " EXISTS(SELECT 1 FROM vote_cast WHERE ballot_id = :b AND member_id = :m),"
    " EXISTS(SELECT 1 FROM paper_handout WHERE ballot_id = :b AND member_id = :m),"
    " (SELECT status FROM attendance WHERE member_id = :m AND day_id = :d),"
    " (SELECT number FROM meeting_day WHERE id = :d)"
    " FROM member AS m WHERE m.id = :m AND m.assembly_id = :a"
)


def _state_one(s: Session, b: _Meta, member_id: int) -> tuple[_State, int | None]:
    """One member's standing in ``b`` with one query (a phone asking for its ballot)."""
    row = s.execute(_ONE_STATE, {"b": b.id, "m": member_id, "d": b.day_id, "a": b.assembly_id}).first()
    if row is None:
        return _State(None, False, False, None, None), b.day_id
    day_number = row[4] if row[4] is not None else b.day_id
    return _State(row[0], bool(row[1]), bool(row[2]), row[3], None), day_number


def _refusal_of(b: _Meta, st: _State, day_number: int | None) -> NotEligible | None:
    """Why a member may not vote in ``b`` (a plain sentence, localisable), or None."""
    if st.status != MemberStatus.ACTIVE:
        return NotEligible("Only active members of the assembly can vote.")
    if st.paper:
        return NotEligible("You took a paper ballot for this vote, so you vote on paper, not on the phone.")
    if b.day_id is not None and st.attendance not in HERE:
        if st.attendance == AttendanceStatus.LEFT_EARLY:
            return NotEligible(
                "You are marked as having left early on day {day}, so you cannot vote in this ballot.", day=day_number
            )
        return NotEligible(
            "You are not checked in for day {day}. Please check in at the desk first; then you can vote.",
            day=day_number,
        )
    return None


def _refusal(s: Session, b: _Meta, member_id: int) -> NotEligible | None:
    states, day_number = _states(s, b, [member_id])
    return _refusal_of(b, states[member_id], day_number)


def _phone_ballot(s: Session, b: _Meta, member_id: int) -> PhoneBallot:
    st, day_number = _state_one(s, b, member_id)
    voted = st.voted
    took_paper = st.paper
    refusal = None if voted else _refusal_of(b, st, day_number)
    return PhoneBallot(
        id=b.id,
        title=b.title,
        question=b.question,
        method=b.method,
        secret=b.secret,
        state=b.state,
        items=[PhoneItem(i.id, i.code, i.label) for i in b.items],
        options=[PhoneOption(o.key, o.label) for o in b.options],
        dots=b.dots if b.method == "dots" else None,
        cumulative=b.cumulative if b.method == "dots" else None,
        has_voted=voted,
        took_paper=took_paper,
        refusal=refusal,
        revealed=b.revealed,
        result=None,
    )


def _with_result(db: Database, pb: PhoneBallot) -> PhoneBallot:
    if pb.revealed and pb.state in (BallotState.CLOSED, BallotState.PUBLISHED):
        from dataclasses import replace

        return replace(pb, result=ballot_result(db, pb.id))
    return pb


def open_ballots_for(db: Database, member_id: int) -> list[PhoneBallot]:
    """The open ballots of the member's assembly as this member sees them, the most
    recently opened first."""
    with db.read() as s:
        m = s.get(Member, member_id)
        if m is None:
            raise NotFound("No member with id {id}.", id=member_id)
        ids = s.scalars(
            select(Ballot.id)
            .where(Ballot.assembly_id == m.assembly_id, Ballot.state == BallotState.OPEN)
            .order_by(Ballot.opened_at.desc(), Ballot.id.desc())
        ).all()
        return [_phone_ballot(s, _meta(s, i), member_id) for i in ids]


def open_ballot_for(db: Database, member_id: int) -> PhoneBallot | None:
    """The open ballot the member's phone shows (the most recently opened), or None."""
    ballots = open_ballots_for(db, member_id)
    return ballots[0] if ballots else None


class OpenBallots:
    """The server's cache of the open ballots' definitions (read again after ``invalidate``,
    which the server calls on every change to the ballots), so a phone asking for its
    ballot costs a few primary-key look-ups, not the whole definition."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self._lock = threading.Lock()
        self._metas: dict[int, list[_Meta]] = {}

    def invalidate(self) -> None:
        with self._lock:
            self._metas = {}

    def _open(self, assembly_id: int) -> list[_Meta]:
        with self._lock:
            metas = self._metas.get(assembly_id)
        if metas is None:
            with self.db.read() as s:
                ids = s.scalars(
                    select(Ballot.id)
                    .where(Ballot.assembly_id == assembly_id, Ballot.state == BallotState.OPEN)
                    .order_by(Ballot.opened_at.desc(), Ballot.id.desc())
                ).all()
                metas = [_meta(s, i) for i in ids]
            with self._lock:
                self._metas[assembly_id] = metas
        return metas

    def for_member(self, member: PhoneMember) -> PhoneBallot | None:
        """Like ``open_ballot_for``."""
        metas = self._open(member.assembly_id)
        if not metas:
            return None
        with self.db.read() as s:
            return _phone_ballot(s, metas[0], member.member_id)


def current_ballot_for(db: Database, member_id: int) -> PhoneBallot | None:
    """What the phone shows now: the open ballot; else the most recently closed one (to
    say "voting has closed", with its result once revealed); None before any ballot."""
    pb = open_ballot_for(db, member_id)
    if pb is not None:
        return pb
    with db.read() as s:
        m = s.get(Member, member_id)
        if m is None:
            raise NotFound("No member with id {id}.", id=member_id)
        last = s.scalar(
            select(Ballot.id)
            .where(
                Ballot.assembly_id == m.assembly_id,
                Ballot.state.in_([BallotState.CLOSED, BallotState.PUBLISHED]),
            )
            .order_by(Ballot.closed_at.desc(), Ballot.id.desc())
            .limit(1)
        )
        if last is None:
            return None
        pb = _phone_ballot(s, _meta(s, last), member_id)
    return _with_result(db, pb)


def ballot_for(db: Database, member_id: int, ballot_id: int) -> PhoneBallot:
    """One ballot (open, closed or published) as this member sees it; a draft, or a
    ballot of another assembly, is ``NotFound``."""
    with db.read() as s:
        m = s.get(Member, member_id)
        b = s.get(Ballot, ballot_id)
        if m is None or b is None or b.assembly_id != m.assembly_id or b.state == BallotState.DRAFT:
            raise NotFound("No ballot with id {id}.", id=ballot_id)
        pb = _phone_ballot(s, _meta(s, ballot_id), member_id)
    return _with_result(db, pb)


def check_eligible(db: Database, member_id: int, ballot_id: int) -> None:
    """Raise ``NotEligible`` with a plain sentence when the member may not vote in it."""
    with db.read() as s:
        b = _meta(s, ballot_id)
        why = _refusal(s, b, member_id)
    if why is not None:
        raise why


# ------------------------------------------------------------------------- votes


def valid_submission(submission: object) -> str:
    """The submission id a phone sent, checked (8–64 letters, digits, - or _)."""
    if not isinstance(submission, str) or not SUBMISSION_RE.match(submission):
        raise InvalidChoices("“submission” must be 8–64 letters, digits, “-” or “_”, chosen at random by the phone.")
    return submission


def _new_receipt() -> str:
    return secrets.token_hex(6)


def _one(
    b: _Meta,
    req: VoteRequest,
    st: _State,
    day_number: int | None,
    done: dict[int, tuple[str, str]],
) -> tuple[Receipt, dict[str, Any] | None]:
    """Check one vote of a batch against the stored state and the batch so far. Returns the
    receipt and the normalised choices to store (None: a repeat, store nothing)."""
    digest = _hash(req.submission)
    seen = done.get(req.member_id) or st.submission
    if seen is None and st.voted:
        raise AlreadyVoted("You have already voted in this ballot.")
    if seen is not None:
        if seen[0] == digest:
            return Receipt(b.id, req.submission, seen[1], repeated=True), None
        raise AlreadyVoted("You have already voted in this ballot.")
    if b.state != BallotState.OPEN:
        raise BallotNotOpen("Voting on “{title}” has closed.", title=b.title)
    why = _refusal_of(b, st, day_number)
    if why is not None:
        raise why
    if not isinstance(req.choices, Mapping):
        raise InvalidChoices("“choices” must map each item id to a choice.")
    try:
        normal = _check_paper(b, req.choices, False)
    except ServiceError as exc:
        raise InvalidChoices(exc.template, **exc.params) from exc
    except (TypeError, ValueError) as exc:
        raise InvalidChoices("Not a valid choice for this ballot ({reason}).", reason=str(exc)) from exc
    receipt = _new_receipt()
    done[req.member_id] = (digest, receipt)
    return Receipt(b.id, req.submission, receipt), normal


def submit_votes(db: Database, requests: Sequence[VoteRequest]) -> list[Receipt | PhoneRefusal | NotFound]:
    """Store many phone votes in one transaction; one answer per request, in order (a
    receipt, or the refusal of that one request – the others are stored all the same).

    Within the transaction the votes are written in a random order, each with its
    ``vote_cast`` and ``phone_submission`` rows, so a batch of secret votes shows on disk
    only as one group. Nothing is stored when the commit fails (then this raises).
    """
    answers: list[Receipt | PhoneRefusal | NotFound] = []
    to_store: list[tuple[_Meta, VoteRequest, Receipt, dict[str, Any]]] = []
    with db.session() as s:
        metas: dict[int, _Meta | NotFound] = {}
        states: dict[int, tuple[dict[int, _State], int | None]] = {}
        for ballot_id in {req.ballot_id for req in requests}:
            try:
                metas[ballot_id] = b = _meta(s, ballot_id)
            except NotFound as exc:
                metas[ballot_id] = exc
                continue
            states[ballot_id] = _states(s, b, [req.member_id for req in requests if req.ballot_id == ballot_id])
        done: dict[int, dict[int, tuple[str, str]]] = {}
        for req in requests:
            try:
                found = metas[req.ballot_id]
                if isinstance(found, NotFound):
                    raise found
                b = found
                member_states, day_number = states[b.id]
                receipt, normal = _one(b, req, member_states[req.member_id], day_number, done.setdefault(b.id, {}))
                answers.append(receipt)
                if normal is not None:
                    to_store.append((b, req, receipt, normal))
            except (PhoneRefusal, NotFound) as exc:
                answers.append(exc)
        random.SystemRandom().shuffle(to_store)
        if to_store:
            s.execute(
                insert(VoteCast.__table__),  # type: ignore[arg-type]
                [{"ballot_id": b.id, "member_id": req.member_id} for b, req, _, _ in to_store],
            )
            s.execute(
                insert(PhoneSubmission.__table__),  # type: ignore[arg-type]
                [
                    {
                        "ballot_id": b.id,
                        "member_id": req.member_id,
                        "submission_hash": _hash(req.submission),
                        "receipt": r.receipt,
                    }
                    for b, req, r, _ in to_store
                ],
            )
            for b, _req, _r, normal in to_store:
                _add_votes(s, b, normal, False, None, VoteSource.DEVICE)
    return answers


def submit_vote(db: Database, member_id: int, ballot_id: int, choices: Mapping[str, Any], submission: str) -> Receipt:
    """One phone vote in its own transaction (tests, scripts); raises the refusal."""
    answer = submit_votes(db, [VoteRequest(member_id, ballot_id, choices, valid_submission(submission))])[0]
    if isinstance(answer, Exception):
        raise answer
    return answer


# ------------------------------------------------------------------ paper ballots


def hand_out_paper(db: Database, ballot_id: int, member_id: int) -> None:
    """The desk hands this member a paper ballot: the member's phone is closed for this
    ballot. Refused when the member has voted by phone already."""
    with db.session() as s:
        b = s.get(Ballot, ballot_id)
        m = s.get(Member, member_id)
        if b is None:
            raise NotFound("No ballot with id {id}.", id=ballot_id)
        if m is None or m.assembly_id != b.assembly_id:
            raise NotFound("No member with id {id}.", id=member_id)
        if s.get(VoteCast, (ballot_id, member_id)) is not None:
            raise ServiceError(
                "Member {number} has already voted by phone in “{title}”: no paper ballot.",
                number=m.number,
                title=b.title,
            )
        if s.get(PaperHandout, (ballot_id, member_id)) is None:
            s.add(PaperHandout(ballot_id=ballot_id, member_id=member_id))


def take_back_paper(db: Database, ballot_id: int, member_id: int) -> None:
    """Undo ``hand_out_paper`` (the paper came back unused): the phone may vote again."""
    with db.session() as s:
        s.execute(delete(PaperHandout).where(PaperHandout.ballot_id == ballot_id, PaperHandout.member_id == member_id))


def paper_holders(db: Database, ballot_id: int) -> set[int]:
    """Member ids handed a paper ballot for this ballot."""
    with db.read() as s:
        return set(s.scalars(select(PaperHandout.member_id).where(PaperHandout.ballot_id == ballot_id)))


def voted_by_phone(db: Database, ballot_id: int) -> int:
    """How many members have voted from a device in this ballot."""
    with db.read() as s:
        return len(s.scalars(select(VoteCast.member_id).where(VoteCast.ballot_id == ballot_id)).all())


# ------------------------------------------------------------ secrecy on disk


@dataclass(frozen=True)
class Scrubbed:
    """What ``scrub_after_close`` did."""

    vacuumed: bool
    wal_emptied: bool
    backups_replaced: int


def scrub_after_close(db: Database, ballot_id: int, *, settings: Any = None) -> Scrubbed:
    """After a secret ballot closes: rewrite the database file (VACUUM: every table in key
    order, no free pages with old rows), empty its -wal (a TRUNCATE checkpoint), and replace
    every automatic backup made since the ballot opened with a copy of the rewritten file –
    so no file shows in which order members voted, nor which batch a member's vote was in.
    Does nothing for a named ballot or one still open."""
    from app import backup
    from app.db import backup_copy

    with db.read() as s:
        b = s.get(Ballot, ballot_id)
        if b is None:
            raise NotFound("No ballot with id {id}.", id=ballot_id)
        secret, state, opened_at = b.secret, b.state, b.opened_at
    if not secret or state == BallotState.OPEN or db.engine.dialect.name != "sqlite":
        return Scrubbed(False, False, 0)
    with db.engine.connect() as conn:
        raw = conn.connection.dbapi_connection
        assert raw is not None
        raw.execute("PRAGMA secure_delete=ON")
        raw.execute("VACUUM")
        busy, _log, _done = raw.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    replaced = 0
    if db.path is not None and opened_at is not None:
        # backups are named in local time; opened_at is UTC
        opened_local = opened_at.replace(tzinfo=dt.UTC).astimezone().replace(tzinfo=None, microsecond=0)
        for info in backup.list_backups(db.path, settings):
            if info.made_at >= opened_local:
                backup_copy(db, info.path)
                replaced += 1
    return Scrubbed(True, busy == 0, replaced)


# ------------------------------------------------------------ the day's evaluation


@dataclass(frozen=True)
class PhoneQuestion:
    id: int
    code: str
    kind: str  # "likert" or "text"
    text: str
    scale_min: int
    scale_max: int
    labels: list[str]


@dataclass(frozen=True)
class PhoneSurvey:
    """An evaluation survey as one member sees it on the phone."""

    id: int
    title: str
    day_number: int | None
    questions: list[PhoneQuestion]
    answered: bool

    def as_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "title": self.title,
            "day_number": self.day_number,
            "answered": self.answered,
            "questions": [
                {"id": q.id, "code": q.code, "kind": q.kind, "text": q.text, "scale_min": q.scale_min,
                 "scale_max": q.scale_max, "labels": q.labels}
                for q in self.questions
            ],
        }  # fmt: skip


def surveys_for(db: Database, member_id: int) -> list[PhoneSurvey]:
    """The assembly's evaluation surveys that have questions, each with whether this member
    has answered it from a phone."""
    from app.models import SurveyTaken
    from app.services import evaluation

    with db.read() as s:
        m = s.get(Member, member_id)
        if m is None:
            raise NotFound("No member with id {id}.", id=member_id)
        taken = set(s.scalars(select(SurveyTaken.survey_id).where(SurveyTaken.member_id == member_id)))
        assembly_id = m.assembly_id
    out = []
    for info in evaluation.list_surveys(db, assembly_id):
        if not info.questions:
            continue
        questions = [
            PhoneQuestion(q.id, q.code, q.kind, q.text, q.scale_min, q.scale_max, list(q.labels))
            for q in info.questions
        ]
        out.append(PhoneSurvey(info.id, info.title, info.day_number, questions, info.id in taken))
    return out


def submit_survey(db: Database, member_id: int, survey_id: int, answers: Mapping[str, Any], submission: str) -> Receipt:
    """Store one member's answers to a survey anonymously (``survey_response`` holds no
    member; ``survey_taken`` who answered, apart), once per member per survey: the same
    submission again gets the same receipt; another one ``AlreadyVoted``."""
    from app.models import Survey, SurveyTaken
    from app.services import evaluation

    valid_submission(submission)
    digest = _hash(submission)
    with db.session() as s:
        m = s.get(Member, member_id)
        survey = s.get(Survey, survey_id)
        if survey is None or m is None or survey.assembly_id != m.assembly_id:
            raise NotFound("No survey with id {id}.", id=survey_id)
        if m.status != MemberStatus.ACTIVE:
            raise NotEligible("Only active members of the assembly can answer.")
        row = s.get(SurveyTaken, (survey_id, member_id))
        if row is not None:
            if row.submission_hash == digest:
                return Receipt(survey_id, submission, digest[:12], repeated=True)
            raise AlreadyVoted("You have already answered this survey.")
        questions = {str(q.id): evaluation._question_info(q) for q in survey.questions}
        checked: dict[int, tuple[int | None, str | None]] = {}
        for key, value in answers.items():
            q = questions.get(str(key))
            if q is None:
                raise InvalidChoices("The survey has no question {key!r}.", key=key)
            try:
                checked[q.id] = evaluation.validate_answer(q, value)
            except ServiceError as exc:
                raise InvalidChoices("Question {code}: {problem}.", code=q.code, problem=exc) from exc
        if not any(v != (None, None) for v in checked.values()):
            raise InvalidChoices("The response has no answers.")
        s.add(SurveyTaken(survey_id=survey_id, member_id=member_id, submission_hash=digest))
        evaluation._add_response(s, survey, checked, "")
    return Receipt(survey_id, submission, digest[:12])
