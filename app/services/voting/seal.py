"""Sealing: the canonical result of a closed ballot, its SHA-256 checksum, and checking it."""

from __future__ import annotations

import dataclasses
import hashlib
import json
from collections.abc import Mapping
from typing import Any

from sqlalchemy.orm import Session

from app.db import Database
from app.i18n import Message
from app.models import (
    Ballot,
)
from app.services.voting._base import BallotResult, SealCheck, _ballot, _meta
from app.services.voting.counting import _tally

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
