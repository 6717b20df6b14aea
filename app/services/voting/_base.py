"""What the voting modules share: constants, the result and info types, the ballot's
metadata, state checks, and how a paper's choices are checked and stored."""

from __future__ import annotations

import json
import secrets
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, cast

from sqlalchemy import JSON, Table, insert, select
from sqlalchemy.orm import Session

from app.algorithms import tally
from app.i18n import N_, Message, Term, gettext
from app.models import (
    Assembly,
    Ballot,
    BallotItem,
    BallotMethod,
    BallotOption,
    PaperEntry,
    PercentageBase,
    Recommendation,
    Vote,
)
from app.services.errors import NotFound, ServiceError, get_or_raise

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
    return get_or_raise(s, Ballot, ballot_id, NotFound("No ballot with id {id}.", id=ballot_id))


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


def _counted_paper(b: Ballot | _Meta, choices: Mapping[str, Any], spoilt: bool) -> CountedPaper:
    """A paper as ``_add_votes`` stored it (one choice per item, none when spoilt)."""
    if spoilt:
        return CountedPaper({}, True)
    return CountedPaper({item.id: choices.get(str(item.id)) for item in b.items}, False)
