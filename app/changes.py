"""What a change touched, so each screen (and the projector) refreshes only if it cares.

A service that writes is one transaction; the UI runs it and then broadcasts the
matching ``Changes`` on one application-level signal (Anki's ``OpChanges`` pattern).
"""

from __future__ import annotations

import enum


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
    ALL = ASSEMBLY | POOL | MEMBERS | ATTENDANCE | SEATING | PROGRAM | RECOMMENDATIONS | BALLOTS | VOTES | EVALUATION
