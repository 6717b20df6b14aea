"""Ballots and votes: define a ballot, open/close/publish it, capture votes, tally, seal.

The package along its seams: ``ballots`` (define, open, close, publish, reveal),
``papers`` (typed paper ballots, double entry, imports of papers), ``hand_counts``,
``devices`` (a member's own vote), ``counting`` (the tally, the bases, the live tally),
``seal`` (canonical result and checksum); ``_base`` holds what they share. Import from
the package: ``from app.services import voting``.

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

from app.services.voting._base import (
    BASE_LABELS,
    BASES,
    BLANK_WORDS,
    CANNOT_CHANGE,
    CHOICE_WORDS,
    DEFAULT_OPTIONS,
    METHOD_LABELS,
    METHODS,
    NO_TICK_WORDS,
    OPTION_METHODS,
    PAPER_METHODS,
    STATE_LABELS,
    TICK_WORDS,
    BallotInfo,
    BallotResult,
    CountedPaper,
    HandCountCheck,
    ItemInfo,
    ItemResult,
    Mismatch,
    OptionInfo,
    PapersAlreadyTyped,
    PaperSaved,
    PaperStatus,
    RecommendationChoice,
    SealCheck,
    TooManyVotes,
    VotesAdded,
    parse_choice,
)
from app.services.voting.ballots import (
    EDITABLE,
    TableChoice,
    close_ballot,
    create_ballot,
    delete_ballot,
    get_ballot,
    list_ballots,
    open_ballot,
    publish_ballot,
    recommendation_choices,
    seal_ballot,
    set_revealed,
    table_choices,
    update_ballot,
)
from app.services.voting.counting import (
    LiveContext,
    LiveCount,
    LiveTally,
    ballot_result,
    list_results,
    live_count,
    live_tally,
)
from app.services.voting.devices import (
    cast_vote,
)
from app.services.voting.hand_counts import (
    hand_counts,
    set_hand_count,
)
from app.services.voting.papers import (
    enter_paper,
    import_papers,
    next_paper_number,
    paper_entry,
    paper_status,
    typed_paper_numbers,
    votes_added,
)
from app.services.voting.seal import (
    canonical_json,
    canonical_result,
    checksum_of,
    verify_seal,
)

__all__ = [
    "METHODS",
    "BASES",
    "OPTION_METHODS",
    "PAPER_METHODS",
    "METHOD_LABELS",
    "BASE_LABELS",
    "STATE_LABELS",
    "CANNOT_CHANGE",
    "DEFAULT_OPTIONS",
    "CHOICE_WORDS",
    "BLANK_WORDS",
    "TICK_WORDS",
    "NO_TICK_WORDS",
    "OptionInfo",
    "ItemResult",
    "BallotResult",
    "ItemInfo",
    "BallotInfo",
    "RecommendationChoice",
    "PaperStatus",
    "Mismatch",
    "CountedPaper",
    "VotesAdded",
    "PaperSaved",
    "HandCountCheck",
    "SealCheck",
    "PapersAlreadyTyped",
    "TooManyVotes",
    "parse_choice",
    "recommendation_choices",
    "TableChoice",
    "table_choices",
    "create_ballot",
    "EDITABLE",
    "update_ballot",
    "delete_ballot",
    "get_ballot",
    "list_ballots",
    "open_ballot",
    "close_ballot",
    "seal_ballot",
    "publish_ballot",
    "set_revealed",
    "enter_paper",
    "votes_added",
    "paper_status",
    "paper_entry",
    "typed_paper_numbers",
    "next_paper_number",
    "import_papers",
    "set_hand_count",
    "hand_counts",
    "cast_vote",
    "ballot_result",
    "LiveTally",
    "LiveContext",
    "live_tally",
    "LiveCount",
    "live_count",
    "list_results",
    "canonical_result",
    "canonical_json",
    "checksum_of",
    "verify_seal",
]
