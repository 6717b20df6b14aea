"""Votes from devices: who voted goes to ``vote_cast``, what was voted to ``vote``."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from app.db import Database
from app.i18n import N_
from app.models import (
    BallotState,
    Member,
    MemberStatus,
    VoteCast,
    VoteSource,
)
from app.services.errors import ServiceError
from app.services.voting._base import VotesAdded, _add_votes, _ballot, _check_paper, _counted_paper, _require_state

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
