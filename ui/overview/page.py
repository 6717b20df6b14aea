"""Overview: the remit, the days, the figures and what is next on the agenda."""

from __future__ import annotations

import datetime as dt
from html import escape

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.changes import Changes
from app.services.assembly import overview
from ui.context import AppContext
from ui.formats import qdate, qtime
from ui.page import Page, card, scrolling_grid
from ui.theme import MUTED, icon

ACCENT_DARK = "#0f3f50"


class OverviewPage(Page):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.settings_action = QAction(icon("mdi6.cog-outline"), self.tr("Assembly settings…"), self)
        self.settings_action.setToolTip(
            self.tr("The assembly's name, remit question, commissioning body, language, threshold and logo (Ctrl+,)")
        )
        self.settings_action.triggered.connect(lambda: self.open_settings())
        self.settings_dialog: QWidget | None = None
        grid = scrolling_grid(self)

        remit_card, remit_layout = card(self.tr("Remit"))
        self.remit = QLabel()
        self.remit.setWordWrap(True)
        self.remit.setStyleSheet("font-size: 14pt;")
        self.commissioner = QLabel()
        self.commissioner.setObjectName("figureCaption")
        remit_layout.addWidget(self.remit)
        remit_layout.addWidget(self.commissioner)
        # with no remit yet: the way to write it, right where it is missing
        self.write_remit = QPushButton(icon("mdi6.pencil-outline"), self.tr("Write the remit question…"))
        self.write_remit.setObjectName("primaryButton")
        self.write_remit.clicked.connect(lambda: self.open_settings("remit"))
        remit_row = QHBoxLayout()
        remit_row.addWidget(self.write_remit)
        remit_row.addStretch(1)
        remit_layout.addLayout(remit_row)
        grid.addWidget(remit_card, 0, 0, 1, 2)

        figures_card, figures_layout = card(self.tr("The assembly in figures"))
        figures_row = QHBoxLayout()
        figures_row.setSpacing(32)
        self.figures: dict[str, QLabel] = {}
        for key, caption in (
            ("members", self.tr("members")),
            ("pool", self.tr("respondents in the pool")),
            ("days", self.tr("meeting days")),
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

        days_card, days_layout = card(self.tr("Meeting days"))
        self.days = QLabel()
        self.days.setTextFormat(Qt.TextFormat.RichText)
        self.days.setWordWrap(True)
        days_layout.addWidget(self.days)
        days_layout.addStretch(1)
        grid.addWidget(days_card, 2, 0)

        next_card, next_layout = card(self.tr("Next on the agenda"))
        self.next = QLabel()
        self.next.setTextFormat(Qt.TextFormat.RichText)
        self.next.setWordWrap(True)
        next_layout.addWidget(self.next)
        next_layout.addStretch(1)
        grid.addWidget(next_card, 2, 1)
        grid.setRowStretch(3, 1)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        self.refresh()

    def primary_action(self) -> QAction | None:
        return self.settings_action

    def main_field(self) -> QWidget | None:
        return self.write_remit if self.write_remit.isVisibleTo(self) else None

    def open_settings(self, focus: str = "name") -> QWidget:
        """The assembly settings dialog (modal, so one is open at a time)."""
        from ui.overview.settings import AssemblySettingsDialog

        dialog = AssemblySettingsDialog(self.ctx, self, focus)
        self.settings_dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def kind_word(self, kind: str) -> str:
        words = {
            "plenary": self.tr("Plenary"),
            "presentation": self.tr("Presentation"),
            "table_dialogue": self.tr("Table dialogue"),
            "vote": self.tr("Vote"),
            "break": self.tr("Break"),
        }
        return words.get(kind, kind)

    def short_date(self, locale: QLocale, date: dt.date) -> str:
        # the text is a Qt date format, e.g. "Sat 6 Feb 2027"; Danish: "ddd d. MMM yyyy"
        return locale.toString(qdate(date), self.tr("ddd d MMM yyyy"))

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

    def refresh(self, now: dt.datetime | None = None) -> None:
        """Show the current figures; ``now`` decides which days are held and what is next."""
        now = now or dt.datetime.now()
        data = overview(self.ctx.db, self.ctx.assembly_id, now)
        today = now.date()
        locale = QLocale()
        self.remit.setText(data.assembly.remit or self.tr("No remit question yet."))
        self.write_remit.setVisible(not data.assembly.remit)
        self.commissioner.setText(
            self.tr("Commissioned by {0}").format(data.assembly.commissioning_body)
            if data.assembly.commissioning_body
            else ""
        )
        for key, value in (
            ("members", data.members_active),
            ("pool", data.pool),
            ("days", len(data.days)),
            ("tables", data.tables),
            ("recommendations", data.recommendations),
            ("ballots", data.ballots_open),
        ):
            self.figures[key].setText(locale.toString(value))
        if data.days:
            upcoming = next((d.id for d in data.days if d.date > today), None)
            rows = []
            held, next_, today_word = self.tr("held"), self.tr("next"), self.tr("today")
            for d in data.days:
                if d.date < today:
                    mark = f"<span style='color:{MUTED}'>✓ {escape(held)}</span>"
                elif d.date == today:
                    mark = f"<b style='color:{ACCENT_DARK}'>▶ {escape(today_word)}</b>"
                elif d.id == upcoming:
                    mark = f"<b style='color:{ACCENT_DARK}'>{escape(next_)}</b>"
                else:
                    mark = ""
                day_label = self.tr("Day {0}").format(d.number)
                venue = f"<br><span style='color:{MUTED}'>{escape(d.venue)}</span>" if d.venue else ""
                rows.append(
                    "<tr>"
                    f"<td style='padding:4px 12px 4px 0'><b>{escape(day_label)}</b></td>"
                    f"<td style='padding:4px 12px 4px 0; white-space:nowrap'>{escape(self.short_date(locale, d.date))}"
                    f"</td><td style='padding:4px 12px 4px 0'>{escape(d.title)}{venue}</td>"
                    f"<td style='padding:4px 0'>{mark}</td></tr>"
                )
            self.days.setText(f"<table>{''.join(rows)}</table>")
        else:
            self.days.setText(self.tr("No meeting days planned yet. Add them under Program."))
        if data.next_items:
            rows = []
            now_word = self.tr("now")
            for n in data.next_items:
                when = self.tr("Day {0}, {1}").format(n.day_number, self.short_date(locale, n.date))
                start = locale.toString(qtime(n.start), QLocale.FormatType.ShortFormat)
                if dt.datetime.combine(n.date, n.start) <= now:  # under way
                    when = f"{now_word} · {when}"
                rows.append(
                    "<tr>"
                    f"<td style='padding:4px 12px 4px 0; white-space:nowrap'><b>{escape(start)}</b></td>"
                    f"<td style='padding:4px 0'><b>{escape(n.title)}</b><br>"
                    f"<span style='color:{MUTED}'>{escape(self.kind_word(n.kind))} · {escape(when)}</span></td>"
                    "</tr>"
                )
            self.next.setText(f"<table>{''.join(rows)}</table>")
        else:
            self.next.setText(self.tr("Nothing more on the agenda."))
