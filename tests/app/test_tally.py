"""The pure tally functions: every method, ties, blank and spoilt, bases and thresholds."""

from __future__ import annotations

import itertools

import pytest

from app.algorithms import tally
from app.algorithms.tally import Option

YNA = [Option("yes", True), Option("no"), Option("abstain", is_blank=True)]
SCALE = [Option("5", True), Option("4", True), Option("3", True), Option("2"), Option("1")]


def test_yes_no_abstain_counts_blank_and_spoilt() -> None:
    t = tally.tally_options(YNA, {"yes": 7, "no": 2, "abstain": 1, None: 2}, spoilt=3)
    assert t.counts == {"yes": 7, "no": 2, "abstain": 1}
    assert (t.valid, t.blank, t.spoilt, t.support, t.cast) == (9, 3, 3, 7, 15)


def test_unknown_option_and_negative_count_are_refused() -> None:
    with pytest.raises(ValueError):
        tally.tally_options(YNA, {"maybe": 1})
    with pytest.raises(ValueError):
        tally.tally_options(YNA, {"yes": -1})


@pytest.mark.parametrize(
    ("base", "expected"),
    [("valid", 8 / 10), ("cast", 8 / 12), ("present", 8 / 16), ("members", 8 / 20)],
)
def test_support_share_by_base(base: str, expected: float) -> None:
    t = tally.tally_options(SCALE, {"5": 4, "4": 2, "3": 2, "2": 1, "1": 1, None: 1}, spoilt=1)
    share = tally.support_share(t.support or 0, base, valid=t.valid, cast=t.cast, present=16, eligible=20)
    assert share == pytest.approx(expected)


def test_support_share_of_an_empty_base_is_none() -> None:
    assert tally.support_share(0, "valid", valid=0, cast=0, present=0, eligible=0) is None
    with pytest.raises(ValueError):
        tally.base_size("everyone", valid=1, cast=1, present=1, eligible=1)


def test_threshold_is_reached_at_exactly_the_threshold() -> None:
    assert tally.adopted(0.8, 0.8) is True
    assert tally.adopted(8 / 10, 0.8) is True  # float arithmetic must not spoil exactly 80 %
    assert tally.adopted(0.7999, 0.8) is False
    assert tally.adopted(None, 0.8) is False
    assert tally.adopted(0.5, None) is None
    # 4 of 5 is 80 %: adopted; 39 of 49 (79.6 %) is not
    assert tally.adopted(4 / 5, 0.8) is True
    assert tally.adopted(39 / 49, 0.8) is False


def test_competition_ranks_share_ties() -> None:
    assert tally.competition_ranks({"a": 5, "b": 7, "c": 5, "d": 1}) == {"b": 1, "a": 2, "c": 2, "d": 4}


def test_approval_ranks_and_blank() -> None:
    papers = [{"a", "b"}, {"a"}, set(), {"b", "c"}, {"a", "c"}]
    result = tally.tally_approval(["a", "b", "c"], papers, spoilt=1)
    assert {k: r.counts["approve"] for k, r in result.items()} == {"a": 3, "b": 2, "c": 2}
    assert {k: r.scores["rank"] for k, r in result.items()} == {"a": 1, "b": 2, "c": 2}
    assert result["a"].valid == 4 and result["a"].blank == 1 and result["a"].spoilt == 1
    with pytest.raises(ValueError):
        tally.tally_approval(["a"], [{"z"}])


def test_dots_cumulative_and_not() -> None:
    papers = [{"a": 3}, {"a": 1, "b": 2}, {}, {"c": 1, "b": 1}]
    result = tally.tally_dots(["a", "b", "c"], papers, dots=3, cumulative=True)
    assert {k: r.counts["dots"] for k, r in result.items()} == {"a": 4, "b": 3, "c": 1}
    assert [result[k].scores["rank"] for k in "abc"] == [1, 2, 3]
    assert result["a"].scores["share_of_dots"] == pytest.approx(0.5)
    assert result["a"].valid == 3 and result["a"].blank == 1
    with pytest.raises(ValueError, match="only 3"):
        tally.tally_dots(["a", "b"], [{"a": 2, "b": 2}], dots=3, cumulative=True)
    with pytest.raises(ValueError, match="one dot per item"):
        tally.tally_dots(["a", "b"], [{"a": 2}], dots=3, cumulative=False)
    assert tally.dots_problem({"a": 1, "b": 1}, 2, False) is None


def test_dots_tie_shares_rank() -> None:
    result = tally.tally_dots(["a", "b", "c"], [{"a": 1, "b": 1}, {"c": 1}], dots=2, cumulative=False)
    assert [result[k].scores["rank"] for k in "abc"] == [1, 1, 1]


def _papers(spec: list[tuple[int, str]]) -> list[dict[str, int]]:
    """Expand (count, "ABC") into papers ranking A first, B second, …"""
    out = []
    for count, order in spec:
        out += [{k: i + 1 for i, k in enumerate(order)} for _ in range(count)]
    return out


def test_schulze_wikipedia_example() -> None:
    # The 45-voter example from the Schulze method article: winner E, order E > A > C > B > D.
    papers = _papers([(5, "ACBED"), (5, "ADECB"), (8, "BEDAC"), (3, "CABED"), (7, "CAEBD"),
                      (2, "CBADE"), (7, "DCEBA"), (8, "EBADC")])  # fmt: skip
    tiers = tally.schulze(list("ABCDE"), papers)
    assert tiers == [["E"], ["A"], ["C"], ["B"], ["D"]]


def test_schulze_condorcet_winner_and_cycle_tie() -> None:
    assert tally.schulze(list("abc"), _papers([(3, "abc"), (2, "bca"), (1, "cab")]))[0] == ["a"]
    # a perfect three-way cycle: all tied
    assert tally.schulze(list("abc"), _papers([(1, "abc"), (1, "bca"), (1, "cab")])) == [["a", "b", "c"]]
    # no papers at all: all tied
    assert tally.schulze(list("ab"), []) == [["a", "b"]]


def test_schulze_with_equal_ranks_and_unranked_items() -> None:
    papers = [{"a": 1, "b": 1}, {"a": 1}, {"b": 1, "c": 2}]
    tiers = tally.schulze(list("abc"), papers)
    # a beats b 1:1? a>b on paper 2 only; b>a on paper 3 only -> tie; both beat c
    assert tiers == [["a", "b"], ["c"]]


def test_schulze_order_is_a_strict_weak_order_on_random_profiles() -> None:
    import random

    rng = random.Random(7)
    items = list("abcde")
    for _ in range(30):
        papers = [dict(zip(rng.sample(items, 5), range(1, 6), strict=True)) for _ in range(rng.randint(1, 12))]
        tiers = tally.schulze(items, papers)
        assert sorted(itertools.chain.from_iterable(tiers)) == items
        # a Condorcet winner, when there is one, is alone at the top
        d = tally.pairwise(items, papers)
        winners = [a for a in items if all(d[a, b] > d[b, a] for b in items if b != a)]
        if winners:
            assert tiers[0] == winners


def test_borda_points_and_ranking_tally() -> None:
    papers = _papers([(2, "abc"), (1, "cba")]) + [{}]
    result = tally.tally_ranking(list("abc"), papers, spoilt=2)
    assert {k: r.scores["borda"] for k, r in result.items()} == {"a": 4, "b": 3, "c": 2}
    assert {k: r.scores["rank"] for k, r in result.items()} == {"a": 1, "b": 2, "c": 3}
    assert {k: r.counts["first"] for k, r in result.items()} == {"a": 2, "b": 0, "c": 1}
    assert result["a"].valid == 3 and result["a"].blank == 1 and result["a"].spoilt == 2


def test_borda_and_schulze_can_disagree() -> None:
    # b is the Condorcet winner (beats a 3:2 and c 3:2) but a wins on Borda points (7 to 6)
    papers = _papers([(3, "bac"), (2, "acb")])
    result = tally.tally_ranking(list("abc"), papers)
    assert result["b"].scores["rank"] == 1
    assert result["a"].scores["borda_rank"] == 1 and result["b"].scores["borda_rank"] == 2


def test_ranking_rejects_a_rank_out_of_range() -> None:
    with pytest.raises(ValueError, match="outside"):
        tally.tally_ranking(list("ab"), [{"a": 3}])
    assert tally.ranks_from_tiers([["a", "b"], ["c"]]) == {"a": 1, "b": 1, "c": 3}
