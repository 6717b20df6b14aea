"""The day's agenda with NOW and NEXT, read from the back of the hall.

At most seven lines: the day as heading, then NOW, NEXT and up to three items after,
and one line with the time left of the current item. Before the day starts it shows the
first items; a day that is not running (another date, not started) is shown as a plain
preview of its first items.
"""

from __future__ import annotations

from PySide6.QtCore import QDate, QLocale, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QGridLayout, QLabel, QVBoxLayout, QWidget

from app.changes import Changes
from app.services import program
from app.services.errors import NotFound
from ui.context import AppContext
from ui.projector.base import BODY_PX, HEADING_PX, ProjectorView
from ui.projector.parts import ElidedLabel, repolish, set_font
from ui.projector.state import ProjectorState

ROWS = 5  # NOW, NEXT and three after


class AgendaView(ProjectorView):
    def __init__(self, ctx: AppContext, state: ProjectorState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.state = state
        outer = QVBoxLayout(self)
        self.heading = ElidedLabel(name="projectorHeading")
        outer.addWidget(self.heading)
        self.grid = QGridLayout()
        self.grid.setColumnStretch(2, 1)
        self.tags: list[QLabel] = []
        self.times: list[QLabel] = []
        self.titles: list[ElidedLabel] = []
        for row in range(ROWS):
            tag = QLabel()
            tag.setObjectName("agendaTag")
            time_label = QLabel()
            time_label.setObjectName("projectorMuted")
            title = ElidedLabel()
            self.grid.addWidget(tag, row, 0)
            self.grid.addWidget(time_label, row, 1)
            self.grid.addWidget(title, row, 2)
            self.tags.append(tag)
            self.times.append(time_label)
            self.titles.append(title)
        outer.addLayout(self.grid)
        outer.addStretch(1)
        self.footer = ElidedLabel(name="projectorMuted")
        outer.addWidget(self.footer)
        self.timer = QTimer(self)
        self.timer.setInterval(15_000)
        self.timer.timeout.connect(self.refresh)
        self.timer.start()
        ctx.changed.connect(self._changed)
        state.changed.connect(self.refresh)
        self.refresh()

    def _changed(self, changes: object) -> None:
        if isinstance(changes, Changes) and changes & (Changes.PROGRAM | Changes.ASSEMBLY):
            self.refresh()

    def _day(self) -> program.Day | None:
        now = self.state.now()
        if self.state.day_id is not None:
            try:
                return program.get_day(self.ctx.db, self.state.day_id)
            except NotFound:
                pass
        return program.day_for(self.ctx.db, self.ctx.assembly_id, now.date())

    def refresh(self) -> None:
        self._fill()
        self.apply_scale()

    def _fill(self) -> None:
        day = self._day()
        for row in range(ROWS):
            self._set_row(row, "", "", "")
        self.footer.setText("")
        if day is None:
            self.heading.setText(self.tr("Program"))
            self.footer.setText(self.tr("The program is not planned yet."))
            return
        qdate = QDate(day.date.year, day.date.month, day.date.day)
        date_text = QLocale().toString(qdate, "dddd d MMMM")
        self.heading.setText(day.title or self.tr("Day {0}").format(day.number))
        self.date_text = date_text
        now = self.state.now()
        live = day.date == now.date() or (self.state.day_id == day.id and self.state.day_started_at is not None)
        prog = program.day_program(self.ctx.db, day.id)
        if not prog.items:
            self.footer.setText(self.tr("The program for this day is not planned yet."))
            return
        if not live:
            for row, entry in enumerate(prog.items[:ROWS]):
                self._set_row(row, "", f"{entry.start:%H:%M}", entry.title)
            self.footer.setText(f"{date_text} · {day.start_time:%H:%M}–{prog.end:%H:%M}")
            return
        nn = program.now_and_next(self.ctx.db, day.id, now.time(), later=ROWS - 2)
        rows: list[tuple[str, program.Entry]] = []
        if nn.now is not None:
            rows.append(("now", nn.now))
        if nn.next is not None:
            rows.append(("next", nn.next))
        rows += [("", e) for e in nn.later]
        if nn.state == "before":
            later = [e for e in prog.items if e.id != (nn.next.id if nn.next else None)]
            rows += [("", e) for e in later[: ROWS - len(rows)]]
        for row, (tag, entry) in enumerate(rows[:ROWS]):
            word = {"now": self.tr("NOW"), "next": self.tr("NEXT")}.get(tag, "")
            self._set_row(row, word, f"{entry.start:%H:%M}", entry.title, tag)
        if nn.state == "running" and nn.now is not None and nn.minutes_left is not None:
            self.footer.setText(
                self.tr("{0} · NOW until {1}, {2} min left").format(date_text, f"{nn.now.end:%H:%M}", nn.minutes_left)
            )
        elif nn.state == "before":
            self.footer.setText(self.tr("{0} · we start at {1}").format(date_text, f"{day.start_time:%H:%M}"))
        else:
            self.footer.setText(self.tr("That was the program for today. Thank you!"))

    def _set_row(self, row: int, tag: str, time_text: str, title: str, kind: str = "") -> None:
        self.tags[row].setText(tag)
        self.times[row].setText(time_text)
        self.titles[row].setText(title)
        self.titles[row].setObjectName("projectorHeading" if kind == "now" else "projectorBody")
        self.tags[row].setProperty("tag", kind)
        repolish(self.tags[row])
        repolish(self.titles[row])

    def apply_scale(self) -> None:
        m = self.px(80)
        self.set_margins(m, self.px(56), self.px(48), self.px(32))
        self.grid.setHorizontalSpacing(self.px(40))
        self.grid.setVerticalSpacing(self.px(40))
        set_font(self.heading, self.px(HEADING_PX), bold=True)
        for row in range(ROWS):
            big = row == 0 and self.tags[0].property("tag") == "now"
            set_font(self.tags[row], self.px(BODY_PX), bold=True)
            set_font(self.times[row], self.px(BODY_PX * (1.25 if big else 1)))
            set_font(self.titles[row], self.px(BODY_PX * (1.25 if big else 1)), bold=big)
        set_font(self.footer, self.px(BODY_PX))

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        self.refresh()
        super().showEvent(event)
