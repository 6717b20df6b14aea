"""What a change touched, so each screen (and the projector) refreshes only if it cares.

A service that writes is one transaction. The database records which tables each unit
of work wrote (``app.db.Database``), turns them into ``Changes`` with ``changes_of``
and, after the commit, tells its subscribers (``Database.subscribe``): the UI broadcasts
them on one application-level signal (Anki's ``OpChanges`` pattern). No service and no
screen names the ``Changes`` of a write by hand: the tables say it.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from dataclasses import dataclass


class Changes(enum.Flag):
    NONE = 0
    ASSEMBLY = enum.auto()  # name, remit, settings, categories
    POOL = enum.auto()  # respondents, draws
    MEMBERS = enum.auto()  # members, contact data, status
    ATTENDANCE = enum.auto()  # check-ins
    SEATING = enum.auto()  # tables, rounds, seatings, constraints
    PROGRAM = enum.auto()  # days, agenda, experts, presentations, questions
    RECOMMENDATIONS = enum.auto()
    BALLOTS = enum.auto()  # ballot definitions and states
    VOTES = enum.auto()  # votes, counts, papers
    EVALUATION = enum.auto()
    AUDIT = enum.auto()  # the audit log (written beside most changes; no screen shows it yet)
    ALL = (
        ASSEMBLY | POOL | MEMBERS | ATTENDANCE | SEATING | PROGRAM | RECOMMENDATIONS | BALLOTS | VOTES | EVALUATION
    ) | AUDIT


# Every table of ``app.models`` and what a write to it changes (a test checks that each
# table has its flag; a table added to the models without one fails it).
TABLE_CHANGES: dict[str, Changes] = {
    "assembly": Changes.ASSEMBLY,
    "category": Changes.ASSEMBLY,
    "category_value": Changes.ASSEMBLY,
    "respondent": Changes.POOL,
    "respondent_value": Changes.POOL,
    "respondent_contact": Changes.POOL,
    "draw": Changes.POOL,
    "draw_selection": Changes.POOL,
    "member": Changes.MEMBERS,
    "member_value": Changes.MEMBERS,
    "member_contact": Changes.MEMBERS,
    "attendance": Changes.ATTENDANCE,
    "assembly_table": Changes.SEATING,
    "round": Changes.SEATING,
    "seating": Changes.SEATING,
    "seating_constraint": Changes.SEATING,
    "seating_constraint_member": Changes.SEATING,
    "meeting_day": Changes.PROGRAM,
    "agenda_item": Changes.PROGRAM,
    "expert": Changes.PROGRAM,
    "presentation": Changes.PROGRAM,
    "material": Changes.PROGRAM,
    "question": Changes.PROGRAM,
    "recommendation": Changes.RECOMMENDATIONS,
    "recommendation_version": Changes.RECOMMENDATIONS,
    "initiative": Changes.RECOMMENDATIONS,
    "amendment": Changes.RECOMMENDATIONS,
    "ballot": Changes.BALLOTS,
    "ballot_item": Changes.BALLOTS,
    "ballot_option": Changes.BALLOTS,
    "hand_count": Changes.VOTES,
    "paper_entry": Changes.VOTES,
    "vote": Changes.VOTES,
    "vote_cast": Changes.VOTES,
    "ballot_token": Changes.VOTES,
    "phone_link": Changes.MEMBERS,
    "phone_submission": Changes.VOTES,
    "paper_handout": Changes.VOTES,
    "survey": Changes.EVALUATION,
    "survey_question": Changes.EVALUATION,
    "survey_response": Changes.EVALUATION,
    "survey_answer": Changes.EVALUATION,
    "survey_taken": Changes.EVALUATION,
    "audit_log": Changes.AUDIT,
}

# Tables that are no part of an assembly's data (the schema's own bookkeeping).
IGNORED_TABLES = frozenset({"alembic_version"})


def changes_of(tables: Iterable[str]) -> Changes:
    """What writing ``tables`` changed. A table this map does not know changes
    everything (``Changes.ALL``): a screen refreshing once too often is better than one
    showing something that is no longer stored."""
    out = Changes.NONE
    for name in tables:
        if name not in IGNORED_TABLES:
            out |= TABLE_CHANGES.get(name, Changes.ALL)
    return out


@dataclass(frozen=True)
class ChangeEvent:
    """A commit, as the database's subscribers hear of it.

    ``local``: committed by this process (False: seen from another process or laptop).
    ``recorded``: committed inside a ``Database.recording()`` block of its thread, whose
    owner announces it itself (with what the call returned); other subscribers may skip it.
    """

    changes: Changes
    local: bool = True
    recorded: bool = False
