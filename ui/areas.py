"""The areas of the main window, in the glossary's order.

Each area's page lives in ``ui/<key>/page.py`` as the class named here (imported when
the area is first shown); its purpose is the rail's tooltip.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication


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
            QCoreApplication.translate("Areas", "Overview"),
            "mdi6.view-dashboard-outline",
            "OverviewPage",
            QCoreApplication.translate("Areas", "The assembly at a glance: remit, days, members and what is next."),
        ),
        Area(
            "members",
            QCoreApplication.translate("Areas", "Members"),
            "mdi6.account-group-outline",
            "MembersPage",
            QCoreApplication.translate(
                "Areas",
                "The members of the assembly: import the roster, check members in on the day, "
                "record withdrawals and replacements.",
            ),
        ),
        Area(
            "lottery",
            QCoreApplication.translate("Areas", "Lottery"),
            "mdi6.dice-multiple-outline",
            "LotteryPage",
            QCoreApplication.translate("Areas", "Draw the members from the pool of respondents by stratified lottery."),
        ),
        Area(
            "tables",
            QCoreApplication.translate("Areas", "Tables"),
            "mdi6.table-chair",
            "TablesPage",
            QCoreApplication.translate("Areas", "Seat the members at small, diverse tables for each round."),
        ),
        Area(
            "program",
            QCoreApplication.translate("Areas", "Program"),
            "mdi6.calendar-clock-outline",
            "ProgramPage",
            QCoreApplication.translate("Areas", "Plan the days: agenda, experts, presentations and questions."),
        ),
        Area(
            "recommendations",
            QCoreApplication.translate("Areas", "Recommendations"),
            "mdi6.file-document-edit-outline",
            "RecommendationsPage",
            QCoreApplication.translate("Areas", "Draft, amend and finalise the assembly's recommendations."),
        ),
        Area(
            "voting",
            QCoreApplication.translate("Areas", "Voting"),
            "mdi6.vote-outline",
            "VotingPage",
            QCoreApplication.translate("Areas", "Vote on the recommendations and show the tally on the projector."),
        ),
        Area(
            "reports",
            QCoreApplication.translate("Areas", "Reports"),
            "mdi6.file-chart-outline",
            "ReportsPage",
            QCoreApplication.translate(
                "Areas", "Export the recommendation report, the evaluation and the data behind them."
            ),
        ),
    ]
