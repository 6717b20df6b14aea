"""Counting: the tally of a ballot from its hand counts, papers and device votes, the
bases (present, eligible), and the live tally the projector shows."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.algorithms import tally
from app.db import Database
from app.models import (
    Attendance,
    AttendanceStatus,
    Ballot,
    BallotState,
    HandCount,
    Member,
    MemberStatus,
    Vote,
)
from app.services.voting._base import OPTION_METHODS, BallotResult, ItemResult, OptionInfo, VotesAdded, _Meta, _meta

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


def _from_sealed(b: Ballot | _Meta) -> BallotResult:
    data = dict(b.result or {})
    return BallotResult(
        **{k: v for k, v in data.items() if k not in ("options", "items")},
        options=[OptionInfo(**o) for o in data["options"]],
        items=[ItemResult(**i) for i in data["items"]],
        state=b.state,
        checksum=b.checksum,
    )


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
