"""Overview: the remit, the days, the figures and what is next on the agenda."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from app.changes import Changes
from app.services.assembly import overview
from ui.context import AppContext
from ui.page import Page

KIND_WORDS = {
    "plenary": "Plenary",
    "presentation": "Presentation",
    "table_dialogue": "Table dialogue",
    "vote": "Vote",
    "break": "Break",
}


def _card(title: str) -> tuple[QFrame, QVBoxLayout]:
    frame = QFrame()
    frame.setObjectName("card")
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(16, 16, 16, 16)
    layout.setSpacing(8)
    heading = QLabel(title)
    heading.setObjectName("cardTitle")
    layout.addWidget(heading)
    return frame, layout


class OverviewPage(Page):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        body = QWidget()
        body.setObjectName("pageContainer")
        scroll.setWidget(body)
        grid = QGridLayout(body)
        grid.setContentsMargins(24, 24, 24, 24)
        grid.setSpacing(16)

        remit_card, remit_layout = _card(self.tr("Remit"))
        self.remit = QLabel()
        self.remit.setWordWrap(True)
        self.remit.setStyleSheet("font-size: 14pt;")
        self.commissioner = QLabel()
        self.commissioner.setObjectName("figureCaption")
        remit_layout.addWidget(self.remit)
        remit_layout.addWidget(self.commissioner)
        grid.addWidget(remit_card, 0, 0, 1, 2)

        figures_card, figures_layout = _card(self.tr("The assembly in figures"))
        figures_row = QHBoxLayout()
        figures_row.setSpacing(32)
        self.figures: dict[str, QLabel] = {}
        for key, caption in (
            ("members", self.tr("members")),
            ("pool", self.tr("respondents in the pool")),
            ("tables", self.tr("tables")),
            ("recommendations", self.tr("recommendations")),
            ("ballots", self.tr("open ballots")),
        ):
            cell = QVBoxLayout()
            cell.setSpacing(0)
            number = QLabel("0")
            number.setObjectName("figure")
            label = QLabel(caption)
            label.setObjectName("figureCaption")
            cell.addWidget(number)
            cell.addWidget(label)
            cell.addStretch(1)
            figures_row.addLayout(cell)
            self.figures[key] = number
        figures_row.addStretch(1)
        figures_layout.addLayout(figures_row)
        grid.addWidget(figures_card, 1, 0, 1, 2)

        days_card, days_layout = _card(self.tr("Meeting days"))
        self.days = QLabel()
        self.days.setTextFormat(Qt.TextFormat.RichText)
        self.days.setWordWrap(True)
        days_layout.addWidget(self.days)
        days_layout.addStretch(1)
        grid.addWidget(days_card, 2, 0)

        next_card, next_layout = _card(self.tr("Next on the agenda"))
        self.next = QLabel()
        self.next.setTextFormat(Qt.TextFormat.RichText)
        self.next.setWordWrap(True)
        next_layout.addWidget(self.next)
        next_layout.addStretch(1)
        grid.addWidget(next_card, 2, 1)
        grid.setRowStretch(3, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        self.refresh()

    def on_changes(self, changes: Changes) -> None:
        if changes & (
            Changes.ASSEMBLY
            | Changes.MEMBERS
            | Changes.POOL
            | Changes.SEATING
            | Changes.PROGRAM
            | Changes.RECOMMENDATIONS
            | Changes.BALLOTS
        ):
            self.refresh()

    def refresh(self) -> None:
        data = overview(self.ctx.db, self.ctx.assembly_id)
        locale = QLocale()
        self.remit.setText(data.assembly.remit or self.tr("No remit question yet."))
        self.commissioner.setText(
            self.tr("Commissioned by {0}").format(data.assembly.commissioning_body)
            if data.assembly.commissioning_body
            else ""
        )
        self.figures["members"].setText(str(data.members_active))
        self.figures["pool"].setText(str(data.pool))
        self.figures["tables"].setText(str(data.tables))
        self.figures["recommendations"].setText(str(data.recommendations))
        self.figures["ballots"].setText(str(data.ballots_open))
        if data.days:
            rows = "".join(
                f"<tr><td style='padding:4px 16px 4px 0'><b>{self.tr('Day {0}').format(d.number)}</b></td>"
                f"<td style='padding:4px 16px 4px 0'>{locale.toString(d.date, QLocale.FormatType.LongFormat)}</td>"
                f"<td style='padding:4px 0'>{d.title}</td></tr>"
                for d in data.days
            )
            self.days.setText(f"<table>{rows}</table>")
        else:
            self.days.setText(self.tr("No meeting days planned yet. Add them under Program."))
        if data.next_items:
            rows = "".join(
                f"<tr><td style='padding:4px 16px 4px 0'>{self.tr('Day {0}').format(n.day_number)}, "
                f"{n.start.strftime('%H:%M')}</td>"
                f"<td style='padding:4px 16px 4px 0'><b>{n.title}</b></td>"
                f"<td style='padding:4px 0; color:#5b636a'>{self.tr(KIND_WORDS.get(n.kind, n.kind))}</td></tr>"
                for n in data.next_items
            )
            self.next.setText(f"<table>{rows}</table>")
        else:
            self.next.setText(self.tr("Nothing more on the agenda."))
