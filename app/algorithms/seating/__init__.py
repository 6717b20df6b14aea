"""The table allocation optimiser, on plain arrays (no database, no Qt).

The modules: ``problem`` (what to plan, the figures of a plan, ``evaluate``), ``designs``
(known resolvable designs), ``state`` (the incremental state of the search and the first
plan), ``tabu`` (the tabu search), ``annealing`` (the annealing, one function per move
kind), ``search`` (``optimise``) and ``settings`` (the tuning switches, one frozen value).

Members are numbered ``0..n-1``, tables ``0..T-1``, rounds ``0..R-1``. A plan is a list
per round of the table of each member (``-1``: not seated in that round, e.g. absent).

The method
----------
First a tabu search over swaps within a round (``tabu.tabu_search``), after Dotú & Van
Hentenryck's local search for the social golfer problem, with strategic oscillation on
the ±1 rule: each step looks at a few members in conflict (in a repeated pair, at a
table with a count outside ±1 of its share, kept apart from someone at the table, or
moved away from the stored seat), evaluates every exchange of each of them with a
member of another table in the same round, and makes the best exchange that is not
tabu (a member may not go back to the table they just left for a random number of
steps; a tabu exchange is allowed if it gives the best plan so far). It minimises the
repeats plus λ times the number of counts outside ±1 (plus the constraint violations
and moves); λ grows while the plan breaks the ±1 rule and shrinks while it keeps it,
because the exchanges that keep every table within ±1 are few (about 4 % of them in
the realistic benchmark) and a search confined to them gets stuck. While some count is
outside ±1, half the steps instead *rename* two members (they exchange places in every
round, which keeps every meeting). The best plan kept is the best one within ±1. The
change of the repeats and of the ±1 counts is computed inline from the pair-meeting
matrix and per-table value counts, and the repeated pairs are kept in a list so that
conflicts are found without a scan. After a while without a better plan, a few random
exchanges shake the plan up. On a plain schedule (no categories) this reaches zero
repeats far sooner than the annealing (Kirkman's schoolgirls in under 100 steps).

When the tabu search cannot bring every table within ±1 within half its steps (e.g.
pins that make it hard), the simulated annealing below takes what is left of the
budget (the tabu search's best plan stays the best so far).

The annealing uses a tabu list too, over moves that keep the table sizes balanced:

- a *swap* of two members at different tables of one round (sizes unchanged); for a
  member who meets someone again (or sits at a table that breaks the ±1 rule) the
  search looks at every table where they would meet nobody a second time and takes
  the best exchange there, and a member may not go straight back to the table they
  just left (tabu); otherwise it takes the best partner at one random other table;
- a *pair exchange*: a swap repaired by the best second swap between the same two
  tables, which can keep a table's composition where one swap cannot;
- a *renaming*: two members exchange places in every round at once – the meetings
  are only renamed, so the repeats stay as they are, and only the compositions change
  (used when no round is fixed);
- a *shift* of one member from a table with ⌈n/T⌉ to one with ⌊n/T⌋ members when the
  tables cannot all be the same size, and a *block swap* that moves a "together" group.

The objective is a weighted sum, evaluated incrementally:

- constraint violations (an "apart" pair at one table, a "together" pair split),
  weight ``W_CONSTRAINT``; pinned seats are never moved at all;
- diversity beyond ±1: for every table, category value and round whose count is more
  than ±1 from the table's proportional share, that deviation, weight ``W_EXCESS`` (so
  crossing the line costs at once, not by the hundredth);
- repeated encounters: a pair that sits together in k > 1 rounds counts k − 1, weight
  ``W_REPEAT``, kept in a pair-meeting count matrix;
- the diversity deviation itself (GroupSelect's L1 measure: |count − proportional|
  summed over tables, categories and values), weight ``W_DIVERSITY``;
- when re-planning (rebalance), each present member moved from the stored plan,
  weight ``W_MOVE``.

A swap changes only two tables, so its cost change needs the two tables' members (for
the meeting counts) and the four cells per category whose counts change: a few
microseconds in pure Python. The temperature falls geometrically over a cycle of
iterations and is raised again after a cycle; the search stops at the iteration
budget, at the time limit, or once every hard rule holds, nothing repeats and the best
plan has not improved for a while. Every random choice comes from
``random.Random(seed)`` and every schedule counts iterations, not seconds, so one seed
gives one plan (unless the time limit cuts a search short).

Why annealing and not CP-SAT: it needs nothing beyond the standard library and NumPy
(venue laptops, a PyInstaller bundle), it handles the soft L1 objective and the repeat
counts naturally, and it can be stopped at any moment with the best plan so far
(cancel, time limit). A per-round MIP with HiGHS (already a dependency) was tried
for the realistic benchmark and did worse than the annealing in the same time.

Known designs: a schedule in which nobody meets anyone twice is a *resolvable design*;
local search finds one easily when there is slack, but for tight instances such as the
social golfers (32/8×4/9) it is hard. When the numbers fit a construction – the cosets
of pairwise trivially intersecting subspaces of GF(2)^k; the spreads of the lines of
PG(k−1, 2) (a packing of PG(3,2) *is* Kirkman's solution); the parallel classes of the
affine plane AG(2, p); or a *row-shift design* (members on a grid of ⌈n/T⌉ rows × T
columns, row i shifted by σ_k(i) in round k, with the shifts found by a small
backtracking so that any two rows meet at a different offset in every round) – the
search starts from it, with similar members in the same row, and then looks after
the categories while keeping the repeats down.

What it reaches (``benchmarks/bench_tables.py``): zero repeats for Kirkman's
schoolgirls (also by the search alone, in a few hundredths of a second) and the social
golfers (from the construction; the search alone ends at about 10 repeats). For a
realistic assembly of 100 members with 4 categories (5, 2, 3 and 4 values) at 12 tables
over 5 rounds, every table is within ±1 in every value but zero repeats is NOT reached:
some 35–60 repeated pairs of the 1 840 meetings in 5 s, depending on the draw of the
members and the load of the machine (about 31 in 60 s; a random shuffle: about 265, with
deviations up to ±3.75–5). The difficulty rises steeply with the rounds: the same
assemblies reach zero repeats within ±1 over 3 rounds in about a second of CPU, over 4
rounds some 5 repeats remain after 60 s, and over 5 rounds even two of the four
categories (gender and education) leave a few repeats. Smaller assemblies (60 members,
4 categories, 10 tables, 3 rounds) reach zero repeats within ±1 in a fraction of a
second.

Designs, then renaming (tried, not used): a plan without repeats keeps none when its
members are renamed (any member may take any point of the design), so one could build a
design without repeats first and then search only over renamings for the ±1 rule. With
the row-shift design of the realistic assembly that does not work. An annealing over
renamings (swapping two members in every round) ends with 45–60 counts outside ±1
(starting from about 300; 3 million steps: 47), a tabu search over them with about 100,
and a MIP over the member types (HiGHS, 6 800 binaries) finds none in 60 s; even for age
alone (5 values; 500 binaries) or gender and education no renaming was found in 20 s.
In a row-shift design every table takes exactly one member of every row in every round,
so a category that is not constant on the rows is balanced only where the rows' patterns
cancel under five different shifts at once; but a design without rows (found by the
search with no categories) fares no better (the annealing ends at about 50): a fixed
design leaves too little freedom for 840 count ranges. Renamings mixed with the rare
exchanges within a round that keep zero repeats (about one accepted per 10 000 tries)
end near 50 as well. Also tried and dropped: pairs of members always at tables t and
t + 6, and quadruples on the cosets of ⟨3⟩ in Z12 (looser conditions for repeats, but
the searches did worse than the plain tabu search); planning round by round, by the
search (29–40 repeats) or by a MIP that forbids the earlier meetings (the third round not
found within 30 s); and CP-SAT (OR-Tools 9.15, outside the project: the tables of every
two rounds as AllDifferent pairs, 2 workers), which found no plan in 60 s for 5 rounds,
nor in 30 s for 3 rounds, which the tabu search plans in a second.

More tried later (throwaway code outside the project, on the three benchmark draws;
none is used). Two of the searches were compiled C, about 100 times the speed of this
module:

- a plain annealing over exchanges: 35 million moves for 3 rounds, while 4 rounds end
  at 1 repeat and 1 count outside ±1 after a billion moves, and 5 rounds at 13 and 5
  after two billion. With gender and education alone the annealing does find a plan
  (in 127 million moves), and with age or area alone too;
- this module's tabu search, with every exchange of every member in conflict
  evaluated at each step: 3 rounds in 0.2 s, while 4 rounds still have 2–4 repeats
  after 300 s and 5 rounds 19 after 100 s;
- CP-SAT (OR-Tools 9.15) round by round, with "at most one member from each table of
  an earlier round" as the rule against repeats: round 3 is found in 5 s, but not
  round 4 (or, for one draw, not round 3) in 30 s;
- CP-SAT as a large-neighbourhood search: 20 members freed in every round at a time,
  ±1 kept as a hard rule and the repeats minimised. It brings 36 repeats down to 31
  and then nothing more in 4 minutes;
- a search only over renamings of a design with no repeat at all. Two designs were
  tried. One was the net of 3 mutually orthogonal Latin squares of order 12 (from
  orthomorphisms of Z2×Z2×Z3): 144 places with 44 left empty, so members can also move
  to an empty place. It ends with 37–78 counts outside ±1. The other was AG(2, 13)
  with one strata class of lines per category, so that every table takes one member
  from each stratum. Even with perfectly matched members it leaves 12–34 counts
  outside ±1 per category, because what a table misses is a multiplicative coset of
  Z13*.

Every method meets the same wall between 3 and 4 rounds. With 12 tables of 8–9 and most
of the ±1 ranges only two values wide, a plan with no repeat is a code of 100 words in
Z12^5 with distance 4. The Singleton bound for such a code is 144 words, so 100 is
close to it; and its words must also balance 14 values on all 60 tables. Whether such a
plan exists for these draws is not known: none was found, and none was proven
impossible.
"""

from app.algorithms.seating.designs import known_design
from app.algorithms.seating.problem import (
    EPS,
    TOLERANCE,
    W_CONSTRAINT,
    W_DIVERSITY,
    W_EXCESS,
    W_MOVE,
    W_REPEAT,
    InfeasibleProblem,
    OptimisationCancelled,
    ProgressFn,
    SeatingProblem,
    SeatingQuality,
    SeatingResult,
    count_bounds,
    evaluate,
    pair_rounds_bound,
    repeats_bound,
    same_table,
)
from app.algorithms.seating.search import optimise, random_plan
from app.algorithms.seating.settings import DEFAULT, SearchSettings

__all__ = [
    "DEFAULT",
    "EPS",
    "TOLERANCE",
    "W_CONSTRAINT",
    "W_DIVERSITY",
    "W_EXCESS",
    "W_MOVE",
    "W_REPEAT",
    "InfeasibleProblem",
    "OptimisationCancelled",
    "ProgressFn",
    "SearchSettings",
    "SeatingProblem",
    "SeatingQuality",
    "SeatingResult",
    "count_bounds",
    "evaluate",
    "known_design",
    "optimise",
    "pair_rounds_bound",
    "random_plan",
    "repeats_bound",
    "same_table",
]
