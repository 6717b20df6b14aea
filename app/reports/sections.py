"""The sections of the recommendation report (a light module: the CLI's help lists them
without importing reportlab)."""

from __future__ import annotations

# The sections a facilitator can pick, in the report's order. The cover is always there.
SECTIONS = (
    "contents",
    "preface",
    "process",
    "members",
    "attendance",
    "recommendations",
    "minority",
    "evaluation",
    "ballots",
)
SECTION_TITLES = {
    "contents": "Contents",
    "preface": "Preface",
    "process": "The process",
    "members": "The members",
    "attendance": "Attendance",
    "recommendations": "The recommendations",
    "minority": "Minority statements",
    "evaluation": "Evaluation",
    "ballots": "Appendix: all ballots",
}
