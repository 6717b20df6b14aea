"""The welcome view: the assembly's name and its remit question."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QVBoxLayout, QWidget

from app.changes import Changes
from app.services.assembly import get_assembly
from app.services.program import list_days
from ui.context import AppContext
from ui.formats import qdate
from ui.projector.base import BODY_PX, HEADING_PX, ProjectorView, body_label, heading_label, projector_font


class WelcomeView(ProjectorView):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        layout = QVBoxLayout(self)
        self.name = heading_label()
        self.name.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.remit = body_label()
        self.remit.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.body = body_label(name="projectorMuted")
        self.body.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addStretch(2)
        layout.addWidget(self.name)
        layout.addSpacing(24)
        layout.addWidget(self.remit)
        layout.addStretch(1)
        layout.addWidget(self.body)
        layout.addStretch(1)
        ctx.changed.connect(self._changed)
        self.refresh()

    def refresh(self, today: dt.date | None = None) -> None:
        info = get_assembly(self.ctx.db, self.ctx.assembly_id)
        self.name.setText(info.name)
        # the remit is in the assembly's language: Danish quotes for a Danish assembly
        quotes = ("»", "«") if info.language == "da" else ("“", "”")
        self.remit.setText(f"{quotes[0]}{info.remit}{quotes[1]}" if info.remit else "")
        today = today or dt.date.today()
        day = next((d for d in list_days(self.ctx.db, self.ctx.assembly_id) if d.date >= today), None)
        parts = [info.commissioning_body] if info.commissioning_body else []
        if day is not None:
            date = QLocale().toString(qdate(day.date), self.tr("dddd d MMMM yyyy"))
            parts.append(self.tr("Day {0} · {1}").format(day.number, date))
        self.body.setText(" · ".join(parts))

    def _changed(self, changes: object) -> None:
        if isinstance(changes, Changes) and changes & (Changes.ASSEMBLY | Changes.PROGRAM):
            self.refresh()

    def apply_scale(self) -> None:
        m = self.px(96)
        self.set_margins(m, self.px(48), self.px(48))
        self.name.setFont(projector_font(self.px(HEADING_PX * 1.1), bold=True))
        self.remit.setFont(projector_font(self.px(BODY_PX * 1.2)))
        self.body.setFont(projector_font(self.px(BODY_PX)))
