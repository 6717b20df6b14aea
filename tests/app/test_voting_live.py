"""The live tally: counting what each write added equals a fresh tally, vote after vote."""

from __future__ import annotations

import random
from typing import Any

import pytest

from app.db import Database
from app.services import voting
from app.services.assembly import AssemblyInfo
from app.services.errors import ServiceError
from tests.app.test_voting import make_members, make_recommendations

METHODS = ["yes_no_abstain", "support_scale", "approval", "dots", "ranking"]


def random_choices(rng: random.Random, info: voting.BallotInfo, cumulative: bool) -> dict[str, Any]:
    items = [str(i.id) for i in info.items]
    if info.method in voting.OPTION_METHODS:
        keys: list[Any] = [o.key for o in info.options] + [None]
        return {i: rng.choice(keys) for i in items}
    if info.method == "approval":
        return {i: rng.random() < 0.4 for i in items}
    if info.method == "dots":
        paper = dict.fromkeys(items, 0)
        for _ in range(rng.randint(0, info.dots)):
            item = rng.choice(items)
            if cumulative or paper[item] == 0:
                paper[item] += 1
        return paper
    ranks = list(range(1, len(items) + 1))
    rng.shuffle(ranks)
    return {i: (r if rng.random() < 0.8 else None) for i, r in zip(items, ranks, strict=True)}


@pytest.mark.parametrize("method", METHODS)
@pytest.mark.parametrize("double_entry", [False, True])
def test_live_count_equals_a_fresh_tally_after_every_vote(
    db: Database, assembly: AssemblyInfo, method: str, double_entry: bool
) -> None:
    rng = random.Random(f"{method}-{double_entry}")
    members = make_members(db, assembly.id, 40)
    recs = make_recommendations(db, assembly.id, 4)
    cumulative = rng.random() < 0.5
    info = voting.create_ballot(db, assembly.id, "Live", method, recommendation_ids=recs, threshold=0.6,
                                double_entry=double_entry, dots=3, cumulative=cumulative)  # fmt: skip
    voting.open_ballot(db, info.id)
    if method != "ranking":  # hand counts before the live count starts are part of its totals
        key = info.options[0].key
        voting.set_hand_count(db, info.id, {info.items[0].id: {key: 2}})
    live = voting.live_count(db, info.id)
    assert live.result == voting.live_tally(db, info.id).result
    voters = iter(members)
    counted = 0

    def count(write: Any) -> Any:
        """Add what the write added to the live count; it must equal a fresh tally."""
        nonlocal counted
        added = voting.votes_added(write)
        assert added is not None and live.add(added)
        counted += len(added.papers)
        assert live.result == voting.live_tally(db, info.id).result
        return write

    for number in range(1, 46):
        choices = random_choices(rng, info, cumulative)
        spoilt = rng.random() < 0.12
        if rng.random() < 0.25:
            count(voting.cast_vote(db, info.id, next(voters), choices))
        elif not double_entry:
            count(voting.enter_paper(db, info.id, number, choices, spoilt=spoilt))
        else:
            count(voting.enter_paper(db, info.id, number, choices, entry=1, spoilt=spoilt))
            second = random_choices(rng, info, cumulative) if rng.random() < 0.3 else choices
            if count(voting.enter_paper(db, info.id, number, second, entry=2, spoilt=spoilt)).outcome == "mismatch":
                count(voting.enter_paper(db, info.id, number, choices, entry=0, spoilt=spoilt))
    assert live.result.cast - (2 if method != "ranking" else 0) == counted == 45
    assert any(i.spoilt for i in live.result.items)


def test_live_count_refuses_other_ballots_and_sealed_results(db: Database, assembly: AssemblyInfo) -> None:
    recs = make_recommendations(db, assembly.id, 2)
    a = voting.create_ballot(db, assembly.id, "A", "yes_no_abstain", recommendation_ids=recs, double_entry=False)
    b = voting.create_ballot(db, assembly.id, "B", "yes_no_abstain", recommendation_ids=recs, double_entry=False)
    voting.open_ballot(db, a.id)
    voting.open_ballot(db, b.id)
    live = voting.live_count(db, a.id)
    saved = voting.enter_paper(db, b.id, 1, {str(b.items[0].id): "yes"})
    assert saved.added is not None and not live.add(saved.added)
    assert live.result.cast == 0
    voting.enter_paper(db, a.id, 1, {str(a.items[0].id): "yes"})
    voting.close_ballot(db, a.id)
    sealed = voting.live_count(db, a.id)
    assert sealed.result.checksum and sealed.result.cast == 1
    assert not sealed.add(voting.VotesAdded(a.id, (voting.CountedPaper({a.items[0].id: "no"}),)))
    assert sealed.result == voting.ballot_result(db, a.id)


def test_what_a_write_added(db: Database, assembly: AssemblyInfo) -> None:
    members = make_members(db, assembly.id, 2)
    recs = make_recommendations(db, assembly.id, 2)
    b = voting.create_ballot(db, assembly.id, "JN", "yes_no_abstain", recommendation_ids=recs)
    voting.open_ballot(db, b.id)
    one, two = (i.id for i in b.items)
    first = voting.enter_paper(db, b.id, 1, {str(one): "yes"}, entry=1)
    assert first.outcome == "waiting" and first.added == voting.VotesAdded(b.id, ())
    second = voting.enter_paper(db, b.id, 1, {str(one): "yes"}, entry=2)
    assert second.added == voting.VotesAdded(b.id, (voting.CountedPaper({one: "yes", two: None}),))
    spoilt = voting.enter_paper(db, b.id, 2, {}, entry=1, spoilt=True)
    spoilt = voting.enter_paper(db, b.id, 2, {}, entry=2, spoilt=True)
    assert voting.votes_added(spoilt) == voting.VotesAdded(b.id, (voting.CountedPaper({}, True),))
    device = voting.cast_vote(db, b.id, members[0], {str(two): "no"})
    assert voting.votes_added(device) == voting.VotesAdded(b.id, (voting.CountedPaper({one: None, two: "no"}),))
    assert voting.votes_added(None) is None and voting.votes_added(3) is None
    with pytest.raises(ServiceError):  # refused writes return nothing, count nothing
        voting.cast_vote(db, b.id, members[0], {str(two): "no"})
