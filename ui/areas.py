"""The areas of the main window, in the glossary's order.

Each area's page lives in ``ui/<key>/page.py`` as the class named here; an area whose
page is not built yet shows a placeholder with its purpose.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication


def _tr(text: str) -> str:
    return QCoreApplication.translate("Areas", text)


@dataclass(frozen=True)
class Area:
    key: str
    title: str
    icon: str  # a qtawesome Material Design Icons name
    page_class: str
    purpose: str


def areas() -> list[Area]:
    return [
        Area(
            "overview",
            _tr("Overview"),
            "mdi6.view-dashboard-outline",
            "OverviewPage",
            _tr("The assembly at a glance: remit, days, members and what is next."),
        ),
        Area(
            "members",
            _tr("Members"),
            "mdi6.account-group-outline",
            "MembersPage",
            _tr(
                "The members of the assembly: import the roster, check members in on the day, "
                "record withdrawals and replacements."
            ),
        ),
        Area(
            "lottery",
            _tr("Lottery"),
            "mdi6.dice-multiple-outline",
            "LotteryPage",
            _tr("Draw the members from the pool of respondents by stratified lottery."),
        ),
        Area(
            "tables",
            _tr("Tables"),
            "mdi6.table-chair",
            "TablesPage",
            _tr("Seat the members at small, diverse tables for each round."),
        ),
        Area(
            "program",
            _tr("Program"),
            "mdi6.calendar-clock-outline",
            "ProgramPage",
            _tr("Plan the days: agenda, experts, presentations and questions."),
        ),
        Area(
            "recommendations",
            _tr("Recommendations"),
            "mdi6.file-document-edit-outline",
            "RecommendationsPage",
            _tr("Draft, amend and finalise the assembly's recommendations."),
        ),
        Area(
            "voting",
            _tr("Voting"),
            "mdi6.vote-outline",
            "VotingPage",
            _tr("Vote on the recommendations and show the tally on the projector."),
        ),
        Area(
            "reports",
            _tr("Reports"),
            "mdi6.file-chart-outline",
            "ReportsPage",
            _tr("Export the recommendation report, the evaluation and the data behind them."),
        ),
    ]
