"""The Tables page: plan the rotations, move members between tables, rebalance, print,
and show "find your table" on the projector."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.changes import Changes
from app.services import tables as ts
from app.services.errors import ServiceError
from app.services.program import list_days
from ui import tasks
from ui.context import AppContext
from ui.errors import error_text, message_text
from ui.page import EmptyState, Page
from ui.tables.board import BoardEdit, BoardModel, TableCard, table_label, text_colour
from ui.tables.rules import RulesDialog
from ui.theme import icon

UNDO_DEPTH = 100


class TablesPage(Page):
    title = "Tables"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.model = BoardModel(ctx, self)
        self.task: tasks.Task | None = None
        self.cards: dict[int, TableCard] = {}
        # the edits by hand that Ctrl+Z can undo, newest last (UI state: the data changes
        # only through the services); planning or rebalancing clears it
        self.history: list[BoardEdit] = []
        self.model.edited.connect(self._edited)
        self.rules_dialog: RulesDialog | None = None

        self.plan_action = QAction(icon("mdi6.auto-fix"), self.tr("Plan all rounds"), self)
        self.plan_action.setShortcut(QKeySequence("Ctrl+Shift+P"))
        self.plan_action.setToolTip(self.tr("Plan every round: diverse tables, as few repeated encounters as possible"))
        self.plan_action.triggered.connect(self.plan_all)
        # the shortcut works while this page (or a widget on it) has the focus
        self.plan_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.addAction(self.plan_action)

        self.undo_action = QAction(icon("mdi6.undo"), self.tr("Undo"), self)
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.undo_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.undo_action.triggered.connect(self.undo)
        self.addAction(self.undo_action)

        self.rules_action = QAction(icon("mdi6.account-multiple-check"), self.tr("Rules and hosts…"), self)
        self.rules_action.setToolTip(
            self.tr("Table names and hosts; members kept together or kept apart when planning")
        )
        self.rules_action.triggered.connect(self.open_rules)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 16, 24, 16)
        outer.setSpacing(8)

        # planning bar
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Tables")))
        self.tables_spin = QSpinBox()
        self.tables_spin.setRange(1, ts.MAX_TABLES)
        bar.addWidget(self.tables_spin)
        bar.addWidget(QLabel(self.tr("Rounds")))
        self.rounds_spin = QSpinBox()
        self.rounds_spin.setRange(1, ts.MAX_ROUNDS)
        bar.addWidget(self.rounds_spin)
        bar.addWidget(QLabel(self.tr("Seed")))
        self.seed_spin = QSpinBox()
        self.seed_spin.setRange(0, 999_999)
        bar.addWidget(self.seed_spin)
        # narrow number fields, so the buttons keep their words on a 1280 px screen
        self.tables_spin.setMaximumWidth(64)
        self.rounds_spin.setMaximumWidth(64)
        self.seed_spin.setMaximumWidth(84)
        self.plan_button = QPushButton(icon("mdi6.auto-fix"), self.tr("Plan all rounds"))
        self.plan_button.setToolTip(self.tr("Plan every round (Ctrl+Shift+P)"))
        self.plan_button.clicked.connect(self.plan_all)
        bar.addWidget(self.plan_button)
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.setFormat(self.tr("Planning… %p %"))
        self.progress.hide()
        bar.addWidget(self.progress, 1)
        self.cancel_button = QPushButton(icon("mdi6.close"), self.tr("Cancel"))
        self.cancel_button.hide()
        self.cancel_button.clicked.connect(self.cancel_plan)
        bar.addWidget(self.cancel_button)
        bar.addStretch(1)
        self.rebalance_button = QPushButton(icon("mdi6.scale-balance"), self.tr("Rebalance today…"))
        self.rebalance_button.setToolTip(
            self.tr("Re-plan today's and later rounds for the members checked in, moving as few as possible")
        )
        self.rebalance_button.clicked.connect(self.rebalance_today)
        bar.addWidget(self.rebalance_button)
        self.print_button = QPushButton(icon("mdi6.printer-outline"), self.tr("Table lists…"))
        self.print_button.setToolTip(self.tr("Table lists per round and place cards as PDF"))
        self.print_button.clicked.connect(self.print_lists)
        bar.addWidget(self.print_button)
        self.projector_button = QPushButton(icon("mdi6.projector-screen-outline"), self.tr("Find your table"))
        self.projector_button.setToolTip(self.tr("Show first names and their table on the projector"))
        self.projector_button.clicked.connect(self.show_on_projector)
        bar.addWidget(self.projector_button)
        outer.addLayout(bar)

        # round, colour, figures
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Round")))
        self.round_combo = QComboBox()
        self.round_combo.setMinimumWidth(200)
        self.round_combo.currentIndexChanged.connect(self._round_chosen)
        row.addWidget(self.round_combo)
        row.addWidget(QLabel(self.tr("Colour by")))
        self.colour_combo = QComboBox()
        self.colour_combo.currentTextChanged.connect(self._colour_chosen)
        row.addWidget(self.colour_combo)
        self.legend = QLabel()
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        row.addWidget(self.legend)
        row.addStretch(1)
        self.undo_button = QPushButton(icon("mdi6.undo"), self.tr("Undo"))
        self.undo_button.clicked.connect(self.undo_action.trigger)
        row.addWidget(self.undo_button)
        self.rules_button = QPushButton(self.rules_action.icon(), self.rules_action.text())
        self.rules_button.setToolTip(self.rules_action.toolTip())
        self.rules_button.clicked.connect(self.rules_action.trigger)
        row.addWidget(self.rules_button)
        self.figures = QLabel()
        self.figures.setObjectName("cardTitle")
        outer.addLayout(row)
        outer.addWidget(self.figures)
        self.warning_label = QLabel()
        self.warning_label.setObjectName("warning")
        self.warning_label.setWordWrap(True)
        outer.addWidget(self.warning_label)
        hint = QLabel(
            self.tr(
                "Drag a member to another table, or select a member and press the table's number to move them; "
                "F fixes the seat (planning keeps it)."
            )
        )
        hint.setObjectName("figureCaption")
        outer.addWidget(hint)

        self.stack = QStackedWidget()
        self.empty = EmptyState(
            self.tr(
                "Seat the members at small, diverse tables for each round. Choose the number of tables "
                "and rounds above and plan all rounds: every table mirrors the assembly, and members "
                "meet as many different fellow members as possible."
            ),
            self.plan_action,
        )
        self.stack.addWidget(self.empty)
        self.board_scroll = QScrollArea()
        self.board_scroll.setWidgetResizable(True)
        self.grid_host = QWidget()
        self.grid = QGridLayout(self.grid_host)
        self.grid.setSpacing(8)
        self.board_scroll.setWidget(self.grid_host)
        self.stack.addWidget(self.board_scroll)
        outer.addWidget(self.stack, 1)

        self.model.changed.connect(self.refresh)
        self._filling = False
        self._init_counts()
        self._update_undo()
        self.refresh()

    # -- Page -------------------------------------------------------------------------

    def primary_action(self) -> QAction:
        return self.plan_action

    def on_changes(self, changes: Changes) -> None:
        if changes & (Changes.SEATING | Changes.MEMBERS | Changes.ASSEMBLY | Changes.PROGRAM):
            self.model.reload()

    # -- showing ----------------------------------------------------------------------

    def _init_counts(self) -> None:
        b = self.model.board
        self.tables_spin.setValue(len(b.tables) or max(1, round(len(b.members) / 7)))
        self.rounds_spin.setValue(len(b.rounds) or max(1, len(list_days(self.ctx.db, self.ctx.assembly_id))))

    def refresh(self) -> None:
        m = self.model
        b = m.board
        self._filling = True
        self.round_combo.clear()
        for r in b.rounds:
            text = self.tr("Round {0}").format(r.number)
            if r.day_number is not None:
                text += self.tr(" · day {0}").format(r.day_number)
            if r.date is not None:
                text += f" ({r.date:%d.%m})"
            self.round_combo.addItem(text, r.id)
        if m.round_id is not None:
            self.round_combo.setCurrentIndex(self.round_combo.findData(m.round_id))
        self.colour_combo.clear()
        for c in b.categories:
            self.colour_combo.addItem(c.name)
        if m.colour_category:
            self.colour_combo.setCurrentText(m.colour_category)
        self._filling = False
        self.legend.setText(
            "  ".join(
                f"<span style='background:{colour}; color:{text_colour(colour)}'>&nbsp;{letter}&nbsp;</span>"
                + ("" if letter == value else f" {value}")
                for value, letter, colour in m.legend()
            )
        )
        seated = bool(b.rounds and b.tables and any(b.seating.get(r.id) for r in b.rounds))
        self.stack.setCurrentWidget(self.board_scroll if seated else self.empty)
        q = m.quality
        if q is not None and seated:
            within = self.tr("all tables within ±1") if q.within_one else self.tr("some tables off by more than ±1")
            loc = QLocale()
            twice = (
                self.tr("no pair sits together more than twice")
                if q.at_most_twice
                else self.tr("some pair sits together in {0} rounds").format(loc.toString(q.most_shared))
            )
            self.figures.setText(
                self.tr(
                    "{0} pairs sit together again – at least {1} is unavoidable · "
                    "{2} of all pairs have met · {3} · {4}"
                ).format(
                    loc.toString(q.repeats),
                    loc.toString(q.repeats_bound),
                    loc.toString(round(100 * q.pairs_met_share)) + " %",
                    twice,
                    within,
                )
            )
            self.figures.setToolTip(
                self.tr("Σ C(k,2) {0} – at least {1} are unavoidable; diversity deviation {2}, worst {3}").format(
                    loc.toString(q.pair_rounds),
                    loc.toString(q.pair_rounds_bound),
                    loc.toString(q.diversity_deviation, "f", 1),
                    loc.toString(q.worst_deviation, "f", 2),
                )
            )
        else:
            self.figures.setText("")
        if m.round_warnings:
            shown = [message_text(w) for w in m.round_warnings[:4]]
            more = len(m.round_warnings) - len(shown)
            text = "⚠ " + self.tr("Warning: ") + " ".join(shown)
            if more:
                text += self.tr(" (and %n more)", "", more)
            self.warning_label.setText(text)
            self.warning_label.show()
        else:
            self.warning_label.setText("")
            self.warning_label.hide()
        self._rebuild_cards()

    def _rebuild_cards(self) -> None:
        b = self.model.board
        ids = [t.id for t in b.tables]
        if list(self.cards) != ids:
            for card in self.cards.values():
                card.setParent(None)
                card.deleteLater()
            self.cards = {}
            columns = 4
            for c in range(columns):  # cards of one width, whatever their titles
                self.grid.setColumnStretch(c, 1)
            for pos, t in enumerate(b.tables):
                card = TableCard(self.model, t)
                self.cards[t.id] = card
                self.grid.addWidget(card, pos // columns, pos % columns)
        else:
            for t in b.tables:
                self.cards[t.id].table = t
        for card in self.cards.values():
            card.refresh()

    def _round_chosen(self, index: int) -> None:
        if self._filling or index < 0:
            return
        self.model.set_round(int(self.round_combo.itemData(index)))

    def _colour_chosen(self, name: str) -> None:
        if self._filling or not name:
            return
        self.model.set_colour_category(name)

    # -- planning ---------------------------------------------------------------------

    def plan_all(self) -> None:
        if self.task is not None:
            return
        db, aid = self.ctx.db, self.ctx.assembly_id
        tables, rounds, seed = self.tables_spin.value(), self.rounds_spin.value(), self.seed_spin.value()

        def work(control: tasks.TaskControl) -> ts.PlanReport:
            return ts.plan_seating(
                db,
                aid,
                tables=tables,
                rounds=rounds,
                seed=seed,
                time_limit=30,
                progress=control.progress,
                should_stop=lambda: control.cancelled,
            )

        self._start(work, self._planned)

    def _start(self, work: Any, done: Any) -> None:
        self.progress.setValue(0)
        self.progress.show()
        self.cancel_button.show()
        self.plan_button.setEnabled(False)
        self.rebalance_button.setEnabled(False)
        task = tasks.start(work, self)
        self.task = task
        task.progressed.connect(self._progressed)
        task.finished.connect(done)
        task.failed.connect(self._failed)
        task.cancelled.connect(self._cancelled)

    def _progressed(self, done: float, total: float, _text: str) -> None:
        self.progress.setValue(int(100 * done / total) if total else 0)

    def _finish(self) -> None:
        self.task = None
        self.progress.hide()
        self.cancel_button.hide()
        self.plan_button.setEnabled(True)
        self.rebalance_button.setEnabled(True)

    def _planned(self, report: object) -> None:
        self._finish()
        assert isinstance(report, ts.PlanReport)
        self._clear_history()  # the plan's commits reach the pages through the change feed
        q = report.quality
        self.ctx.status(
            self.tr("{0} rounds planned: {1} repeats, worst deviation {2}").format(
                report.rounds, q.repeats, QLocale().toString(q.worst_deviation, "f", 2)
            )
        )

    def _failed(self, exc: object, _trace: str) -> None:
        self._finish()
        text = error_text(exc) if isinstance(exc, ServiceError) else self.tr("Planning failed: {0}").format(exc)
        self.warning_label.setText("⚠ " + text)
        self.warning_label.show()
        self.ctx.status(text)

    def _cancelled(self) -> None:
        self._finish()
        self.ctx.status(self.tr("Planning cancelled; nothing was changed"))

    def cancel_plan(self) -> None:
        if self.task is not None:
            self.task.cancel()

    def rebalance_today(self) -> None:
        if self.task is not None:
            return
        r = ts.current_round(self.model.board, dt.date.today())
        day_id = r.day_id if r is not None else None
        if self.model.round_id is not None:
            chosen = next((x for x in self.model.board.rounds if x.id == self.model.round_id), None)
            if chosen is not None and chosen.day_id is not None:
                day_id = chosen.day_id
        if day_id is None:
            self.ctx.status(self.tr("The chosen round belongs to no meeting day"))
            return
        db, aid = self.ctx.db, self.ctx.assembly_id

        def work(control: tasks.TaskControl) -> ts.RebalanceReport:
            return ts.rebalance(
                db, aid, day_id, time_limit=30, progress=control.progress, should_stop=lambda: control.cancelled
            )

        self._start(work, self._rebalanced)

    def _rebalanced(self, report: object) -> None:
        self._finish()
        assert isinstance(report, ts.RebalanceReport)
        self._clear_history()  # the plan's commits reach the pages through the change feed
        self.ctx.status(
            self.tr(
                "Rebalanced for {0} members here: {1} moved today, {2} absent taken off, {3} later seats changed"
            ).format(report.present, report.moved, report.unseated, report.moved_later)
        )

    # -- undo -------------------------------------------------------------------------

    def _edited(self, edit: object) -> None:
        assert isinstance(edit, BoardEdit)
        self.history.append(edit)
        del self.history[:-UNDO_DEPTH]
        self._update_undo()

    def _clear_history(self) -> None:
        self.history.clear()
        self._update_undo()

    def _update_undo(self) -> None:
        general = self.tr(
            "Undo the last move or fixed seat on the board, step by step (Ctrl+Z). "
            "Planning all rounds or rebalancing clears what can be undone."
        )
        if self.history:
            tip = self.tr("Undo: {0}").format(self.history[-1].done) + "\n" + general
        else:
            tip = self.tr("Nothing to undo.") + "\n" + general
        for widget in (self.undo_action, self.undo_button):
            widget.setEnabled(bool(self.history))
            widget.setToolTip(tip)

    def undo(self) -> None:
        """Put back the seat the last edit by hand changed (through the services)."""
        if not self.history or self.task is not None:
            return
        edit = self.history.pop()
        db, rid, mid = self.ctx.db, edit.round_id, edit.member_id
        b = self.model.board
        try:
            if all(m.id != mid for m in b.members):
                # withdrawn meanwhile (Members page): their seat is not put back
                self.ctx.status(self.tr("Not undone: {0} is no longer an active member").format(edit.member_name))
            elif edit.table_before is None:
                self.ctx.apply(
                    lambda: ts.unseat_member(db, rid, mid),
                    self.tr("Undone: {0} has no seat again").format(edit.member_name),
                )
            elif edit.kind == "pin":
                self.ctx.apply(
                    lambda: ts.set_pinned(db, rid, mid, edit.pinned_before),
                    self.tr("Undone: {0}'s seat is fixed again").format(edit.member_name)
                    if edit.pinned_before
                    else self.tr("Undone: {0}'s seat is free again").format(edit.member_name),
                )
            else:
                table_id = edit.table_before
                label = next((table_label(t) for t in b.tables if t.id == table_id), "")
                self.ctx.apply(
                    lambda: ts.move_member(db, rid, mid, table_id, pin=edit.pinned_before),
                    self.tr("Undone: {0} moved back to {1}").format(edit.member_name, label),
                )
        except ServiceError as exc:
            self.ctx.status(self.tr("Could not undo: {0}").format(error_text(exc)))
            self.model.reload()
        self._update_undo()
        # show where the member is now: their round, their chip selected
        if any(r.id == rid for r in self.model.board.rounds):
            self.model.set_round(rid)
            now_at = self.model.table_of(mid)
            card = self.cards.get(now_at) if now_at is not None else None
            if card is not None:
                card.select(mid)

    # -- rules and hosts -----------------------------------------------------------------

    def open_rules(self) -> RulesDialog:
        """The "Rules and hosts" dialog (non-blocking: returned, shown, modal to the window)."""
        if self.rules_dialog is not None and self.rules_dialog.isVisible():
            self.rules_dialog.raise_()
            return self.rules_dialog
        dialog = RulesDialog(self.ctx, self)
        dialog.finished.connect(self._rules_closed)
        self.rules_dialog = dialog
        dialog.show()
        return dialog

    def _rules_closed(self) -> None:
        if self.rules_dialog is not None:
            self.rules_dialog.deleteLater()
            self.rules_dialog = None

    # -- print and project ------------------------------------------------------------

    def print_lists(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Table lists"), "table-lists.pdf", self.tr("PDF (*.pdf)"))
        if path:
            self.write_lists(Path(path))

    def write_lists(self, path: Path) -> None:
        from app.reports.table_lists import write_place_cards, write_table_lists

        write_table_lists(self.ctx.db, self.ctx.assembly_id, path)
        if self.model.round_id is not None:
            cards = path.with_name(path.stem + "-place-cards.pdf")
            write_place_cards(self.ctx.db, self.ctx.assembly_id, self.model.round_id, cards)
        self.ctx.status(self.tr("Table lists saved to {0}").format(path))

    def show_on_projector(self) -> None:
        projector = self.ctx.projector
        if projector is None:
            return
        from ui.projector.find_table import FindTableView

        ctx = self.ctx
        model = self.model
        projector.show_view("find_table", lambda: FindTableView(ctx, round_id=model.round_id))
        view = projector.view("find_table")
        if isinstance(view, FindTableView):
            view.set_round(model.round_id)
        if not projector.is_open:
            projector.open()
