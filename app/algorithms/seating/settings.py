"""The optimiser's tuning switches, as one value (the benchmark passes variants of it)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class SearchSettings:
    """How the search runs; the defaults are what the benchmark chose (see the package text)."""

    # the annealing
    w_rep_search: float = 10.0  # repeat weight when starting from a construction (100 and 30 did worse)
    t_scale: float = 1.0  # temperature scale when starting from a construction
    wide: bool = True  # targeted moves: the best exchange for a member in conflict (with tabu)
    osc: float = 1.0  # share of W_EXCESS at the start of a cycle (1: no oscillation)
    double_share: float = 0.1  # share of pair exchanges (a swap repaired by a second one)
    relabel_only: float = 0.0  # share of the budget spent only renaming members (keeps meetings)
    relabel_first: bool = False  # first a schedule without categories, then renamings (tried, not used)
    best_partner: bool = True  # a plain swap takes the best partner at the other table
    # the tabu search
    tabu: bool = True  # the tabu search first (see ``tabu.tabu_search``)
    tenure: tuple[int, int] = (3, 12)  # tabu tenure: a random number of steps in [low, low + span)
    p_relabel: float = 0.5  # share of the steps (while some count is outside ±1) that rename two members
    picks: int = 16  # members in conflict whose exchanges one step looks at
    stall: int = 500  # steps without a better plan before the search is shaken up
    lam: tuple[float, float, float] = (1.0, 0.05, 50.0)  # weight of a count outside ±1, in repeats


DEFAULT = SearchSettings()
