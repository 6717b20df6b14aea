"""Withdraw a member and pick the reserve who replaces them (best match first)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.services.errors import ServiceError
from app.services.members import (
    get_member,
    list_categories,
    replace_member,
    replacement_history,
    reserve_candidates,
    withdraw_member,
)
from ui.context import AppContext
from ui.errors import error_text
from ui.formats import qdate
from ui.theme import ROW_HEIGHT


class WithdrawDialog(QDialog):
    """For an active member: date and reason, then "Withdraw only" or "Withdraw and
    replace" with the chosen reserve. For a withdrawn member: only the replacement."""

    def __init__(self, ctx: AppContext, member_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.member_id = member_id
        self.detail = get_member(ctx.db, member_id)
        m = self.detail.member
        self.already_withdrawn = m.status == "withdrawn"
        self.setWindowTitle(self.tr("Withdraw and replace member {0}").format(m.number))
        self.resize(1000, 600)
        col = QVBoxLayout(self)
        col.setSpacing(8)
        cats = list_categories(ctx.db, ctx.assembly_id)
        profile = ", ".join(m.value_names.get(c.id, "–") for c in cats)
        head = QLabel(self.tr("<b>Member {0}: {1}</b> – {2}").format(m.number, m.name, profile))
        head.setTextFormat(Qt.TextFormat.RichText)
        col.addWidget(head)

        form = QFormLayout()
        self.date = QDateEdit()
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        when = m.withdrawn_on or dt.date.today()
        self.date.setDate(qdate(when))
        self.reason = QLineEdit(m.withdrawn_reason)
        self.reason.setPlaceholderText(self.tr("e.g. moved away, illness, no longer wishes to take part"))
        form.addRow(self.tr("Withdrawn on"), self.date)
        form.addRow(self.tr("Reason"), self.reason)
        if self.already_withdrawn:
            self.date.setEnabled(False)
            self.reason.setEnabled(False)
        col.addLayout(form)

        self.candidates = reserve_candidates(ctx.db, member_id)
        caption = QLabel(
            self.tr(
                "Reserves, best first: the same values as member {0} first, then those who bring the "
                "assembly's profile closest to how it was drawn, then the lottery's reserve order."
            ).format(m.number)
        )
        caption.setWordWrap(True)
        caption.setObjectName("figureCaption")
        col.addWidget(caption)
        headers = [self.tr("Name"), *[c.name for c in cats], self.tr("Same values"), self.tr("Reserve no.")]
        self.table = QTableWidget(len(self.candidates), len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        for r, cand in enumerate(self.candidates):
            cells = [cand.name]
            for c in cats:
                same = cand.values.get(c.id) == m.values.get(c.id)
                cells.append(("✓ " if same else "") + cand.value_names.get(c.id, "–"))
            cells.append(self.tr("{0} of {1}").format(cand.matches, cand.categories))
            cells.append("" if cand.draw_rank is None else str(cand.draw_rank))
            for k, text in enumerate(cells):
                self.table.setItem(r, k, QTableWidgetItem(text))
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        col.addWidget(self.table, 1)
        self.no_reserves = QLabel(
            self.tr("There are no reserves left. Draw more in the Lottery area, or add a member by hand.")
        )
        self.no_reserves.setObjectName("warning")
        self.no_reserves.setVisible(not self.candidates)
        col.addWidget(self.no_reserves)

        history = replacement_history(ctx.db, ctx.assembly_id)
        if history:
            lines = []
            for h in history:
                on = (
                    QLocale().toString(qdate(h.withdrawn_on), QLocale.FormatType.ShortFormat) if h.withdrawn_on else "?"
                )
                by = (
                    self.tr("replaced by no. {0}").format(h.replacement_number)
                    if h.replacement_number
                    else self.tr("not replaced yet")
                )
                number = self.tr("No.")
                lines.append(f"{number} {h.withdrawn_number} – {on} – {h.reason or '–'} – {by}")
            hist = QLabel(self.tr("Withdrawals so far:") + "\n" + "\n".join(lines))
            hist.setObjectName("figureCaption")
            hist.setWordWrap(True)
            col.addWidget(hist)

        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.hide()
        col.addWidget(self.error)
        buttons = QDialogButtonBox()
        self.withdraw_only = QPushButton(self.tr("Withdraw only"))
        self.replace_button = QPushButton(self.tr("Withdraw and replace"))
        if self.already_withdrawn:
            self.withdraw_only.hide()
            self.replace_button.setText(self.tr("Replace"))
        self.replace_button.setObjectName("primaryButton")
        self.replace_button.setEnabled(bool(self.candidates))
        buttons.addButton(self.withdraw_only, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.replace_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.rejected.connect(self.reject)
        self.withdraw_only.clicked.connect(self.do_withdraw)
        self.replace_button.clicked.connect(self.do_replace)
        col.addWidget(buttons)
        if self.candidates:
            self.table.selectRow(0)
        self.result_number: int | None = None

    def _date(self) -> dt.date:
        d = self.date.date()
        return dt.date(d.year(), d.month(), d.day())

    def do_withdraw(self) -> None:
        try:
            self.ctx.apply(
                lambda: withdraw_member(self.ctx.db, self.member_id, on=self._date(), reason=self.reason.text()),
                self.tr("Member {0} withdrawn").format(self.detail.member.number),
            )
        except ServiceError as exc:
            self.error.setText(error_text(exc))
            self.error.show()
            return
        self.accept()

    def do_replace(self) -> None:
        row = self.table.currentRow()
        if not 0 <= row < len(self.candidates):
            self.error.setText(self.tr("Choose the reserve who replaces the member."))
            self.error.show()
            return
        cand = self.candidates[row]
        try:
            new = self.ctx.apply(
                lambda: replace_member(
                    self.ctx.db, self.member_id, cand.respondent_id, on=self._date(), reason=self.reason.text()
                ),
            )
        except ServiceError as exc:
            self.error.setText(error_text(exc))
            self.error.show()
            return
        self.result_number = new.number
        self.ctx.status(
            self.tr("{0} replaces member {1} as member {2}").format(cand.name, self.detail.member.number, new.number)
        )
        self.accept()
