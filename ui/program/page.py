"""The Program page: the days and their agendas, the experts, the questions to them.

Agenda: choose a day, edit its items (the times follow from the durations), reorder by
dragging or with Ctrl+Up / Ctrl+Down, see overruns and whether the day fits its hours,
start the day (NOW is tracked and shown on the projector), start a countdown for an item,
and print the run sheet or the members' handout.
"""

from __future__ import annotations

import datetime as dt
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QLocale, QModelIndex, Qt, QTime, QTimer, QUrl
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from app.changes import Changes
from app.services import experts, program, questions
from app.services.errors import ServiceError
from ui import tasks
from ui.context import AppContext
from ui.errors import error_text
from ui.page import EmptyState, Page, table_view
from ui.program.models import KIND_ICONS, AgendaModel, ExpertsModel, QuestionsModel, kind_words
from ui.projector import generic
from ui.theme import icon


def open_file(path: Path) -> bool:
    """Open a file with the system's viewer (tests replace this)."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def _qdate(d: dt.date) -> QDate:
    return QDate(d.year, d.month, d.day)


def _pydate(d: QDate) -> dt.date:
    return dt.date(d.year(), d.month(), d.day())


def _pytime(t: QTime) -> dt.time:
    return dt.time(t.hour(), t.minute())


class DayDialog(QDialog):
    """New day / edit day: date, title, venue, start and end."""

    def __init__(self, parent: QWidget, day: program.Day | None = None, title: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(title or (self.tr("Edit day") if day else self.tr("New meeting day")))
        form = QFormLayout(self)
        self.date = QDateEdit()
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.title_edit = QLineEdit()
        self.venue = QLineEdit()
        self.start = QTimeEdit()
        self.start.setDisplayFormat("HH:mm")
        self.end = QTimeEdit()
        self.end.setDisplayFormat("HH:mm")
        if day is not None:
            self.date.setDate(_qdate(day.date))
            self.title_edit.setText(day.title)
            self.venue.setText(day.venue)
            self.start.setTime(QTime(day.start_time.hour, day.start_time.minute))
            self.end.setTime(QTime(day.end_time.hour, day.end_time.minute))
        else:
            self.date.setDate(QDate.currentDate())
            self.start.setTime(QTime(9, 0))
            self.end.setTime(QTime(16, 0))
        form.addRow(self.tr("Date"), self.date)
        form.addRow(self.tr("Title"), self.title_edit)
        form.addRow(self.tr("Venue"), self.venue)
        form.addRow(self.tr("Starts"), self.start)
        form.addRow(self.tr("Ends"), self.end)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def values(self) -> dict[str, Any]:
        return {
            "date": _pydate(self.date.date()),
            "title": self.title_edit.text(),
            "venue": self.venue.text(),
            "start_time": _pytime(self.start.time()),
            "end_time": _pytime(self.end.time()),
        }


class QuestionDialog(QDialog):
    """A table host's question: which table, to which expert, the text."""

    def __init__(self, parent: QWidget, tables: list[tuple[int, str]], expert_list: list[experts.ExpertInfo]) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New question"))
        form = QFormLayout(self)
        self.table = QComboBox()
        self.table.addItem(self.tr("(no table)"), None)
        for tid, label in tables:
            self.table.addItem(label, tid)
        self.expert = QComboBox()
        self.expert.addItem(self.tr("(any expert)"), None)
        for e in expert_list:
            self.expert.addItem(e.name, e.id)
        self.text = QPlainTextEdit()
        self.text.setTabChangesFocus(True)
        self.text.setPlaceholderText(self.tr("The question, as the table wrote it"))
        form.addRow(self.tr("Table"), self.table)
        form.addRow(self.tr("To"), self.expert)
        form.addRow(self.tr("Question"), self.text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)


class ProgramPage(Page):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.days: list[program.Day] = []
        self.day_id: int | None = None
        self._kinds = kind_words()
        self._loading = False

        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 16, 24, 16)
        outer.setSpacing(8)
        self.tabs = QTabWidget()
        outer.addWidget(self.tabs)

        self.new_item_action = QAction(icon("mdi6.plus"), self.tr("New agenda item"), self)
        self.new_item_action.setShortcut(QKeySequence("Ctrl+Shift+N"))
        self.new_item_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.new_item_action.setToolTip(self.tr("Add an item at the end of the day's agenda"))
        self.new_item_action.triggered.connect(self.new_item)
        self.addAction(self.new_item_action)
        self.undo_action = QAction(icon("mdi6.undo"), self.tr("Undo delete"), self)
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.undo_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.undo_action.setToolTip(self.tr("Bring back the agenda item just deleted (Ctrl+Z)"))
        self.undo_action.setEnabled(False)
        self.undo_action.triggered.connect(self.undo_delete)
        self.addAction(self.undo_action)
        self._deleted: program.Entry | None = None
        self.new_day_action = QAction(icon("mdi6.calendar-plus"), self.tr("New day…"), self)
        self.new_day_action.setToolTip(self.tr("Add a meeting day"))
        self.new_day_action.triggered.connect(self.new_day)

        self._build_agenda_tab()
        self._build_experts_tab()
        self._build_questions_tab()

        self.clock_timer = QTimer(self)
        self.clock_timer.setInterval(30_000)
        self.clock_timer.timeout.connect(self._track_now)
        self.clock_timer.start()
        self.reload()

    # ================================================================== agenda tab

    def _build_agenda_tab(self) -> None:
        tab = QWidget()
        col = QVBoxLayout(tab)
        col.setContentsMargins(0, 8, 0, 0)

        bar = QHBoxLayout()
        self.day_combo = QComboBox()
        self.day_combo.setMinimumWidth(280)
        self.day_combo.setToolTip(self.tr("The meeting day to plan or run"))
        self.day_combo.currentIndexChanged.connect(self._day_chosen)
        bar.addWidget(QLabel(self.tr("Day")))
        bar.addWidget(self.day_combo, 1)
        self.day_buttons: list[QPushButton] = []
        for text, slot, tip in (
            (self.tr("New day…"), self.new_day, self.tr("Add a meeting day")),
            (self.tr("Edit day…"), self.edit_day, self.tr("Date, venue, start and end of this day")),
            (self.tr("Copy day…"), self.copy_day, self.tr("A new day with the same agenda, as a template")),
            (self.tr("Delete day"), self.delete_day, self.tr("Delete this day and its agenda")),
        ):
            button = QPushButton(text)
            button.setToolTip(tip)
            button.clicked.connect(slot)
            bar.addWidget(button)
            self.day_buttons.append(button)
        self.runsheet_button = QPushButton(icon("mdi6.printer-outline"), self.tr("Run sheet…"))
        self.runsheet_button.setToolTip(self.tr("A printable PDF of the day for facilitators and table hosts"))
        self.runsheet_button.clicked.connect(lambda: self.export_run_sheet(handout=False))
        self.handout_button = QPushButton(self.tr("Handout…"))
        self.handout_button.setToolTip(self.tr("The day's program for the members (no internal notes)"))
        self.handout_button.clicked.connect(lambda: self.export_run_sheet(handout=True))
        self.day_bars = QWidget()
        bars = QVBoxLayout(self.day_bars)
        bars.setContentsMargins(0, 0, 0, 0)
        bars.addLayout(bar)

        live = QHBoxLayout()
        self.start_day_button = QPushButton(icon("mdi6.play-circle-outline", "#ffffff"), self.tr("Start the day"))
        self.start_day_button.setObjectName("primaryButton")
        self.start_day_button.setToolTip(
            self.tr("Run this day: NOW and NEXT are tracked here and shown on the projector's agenda (F7)")
        )
        self.start_day_button.clicked.connect(self.start_day)
        self.now_label = QLabel()
        self.now_label.setObjectName("cardTitle")
        self.now_label.setWordWrap(True)
        live.addWidget(self.start_day_button)
        live.addWidget(self.now_label, 1)
        live.addWidget(self.runsheet_button)
        live.addWidget(self.handout_button)
        bars.addLayout(live)
        col.addWidget(self.day_bars)

        self.agenda_stack = QStackedWidget()
        self.no_days = EmptyState(
            self.tr(
                "Plan the assembly's days here: each day's agenda, with plenaries, expert presentations, "
                "table dialogues, votes and breaks. Start by adding the first meeting day."
            ),
            self.new_day_action,
        )
        self.agenda_stack.addWidget(self.no_days)

        split = QSplitter(Qt.Orientation.Horizontal)
        left = QWidget()
        lcol = QVBoxLayout(left)
        lcol.setContentsMargins(0, 0, 0, 0)
        self.agenda_model = AgendaModel(self)
        self.agenda_model.move_requested.connect(self.move_item, Qt.ConnectionType.QueuedConnection)
        self.agenda = table_view(self.agenda_model)
        self.agenda.setDragEnabled(True)
        self.agenda.setAcceptDrops(True)
        self.agenda.setDropIndicatorShown(True)
        self.agenda.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.agenda.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.agenda.setDragDropOverwriteMode(False)
        header = self.agenda.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in enumerate((100, 240, 96, 130, 80, 90)):
            self.agenda.setColumnWidth(column, width)
        header.setSectionResizeMode(AgendaModel.TITLE, QHeaderView.ResizeMode.Stretch)
        self.agenda.selectionModel().currentRowChanged.connect(self._item_chosen)
        lcol.addWidget(self.agenda, 1)
        moves = QHBoxLayout()
        self.up_action = QAction(icon("mdi6.arrow-up"), self.tr("Move up"), self)
        self.up_action.setShortcut(QKeySequence("Ctrl+Up"))
        self.up_action.setToolTip(self.tr("Move the item one place earlier (Ctrl+Up)"))
        self.up_action.triggered.connect(lambda: self._move_selected(-1))
        self.down_action = QAction(icon("mdi6.arrow-down"), self.tr("Move down"), self)
        self.down_action.setShortcut(QKeySequence("Ctrl+Down"))
        self.down_action.setToolTip(self.tr("Move the item one place later (Ctrl+Down)"))
        self.down_action.triggered.connect(lambda: self._move_selected(1))
        for action in (self.up_action, self.down_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.agenda.addAction(action)
            button = QPushButton(action.icon(), action.text())
            button.setToolTip(action.toolTip())
            button.clicked.connect(action.trigger)
            moves.addWidget(button)
        add = QPushButton(self.new_item_action.icon(), self.new_item_action.text())
        add.setToolTip(self.tr("Add an item at the end of the day's agenda (Ctrl+Shift+N)"))
        add.clicked.connect(self.new_item_action.trigger)
        moves.addWidget(add)
        moves.addStretch(1)
        lcol.addLayout(moves)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        lcol.addWidget(self.summary)
        split.addWidget(left)

        # the item form
        form_box = QGroupBox(self.tr("Agenda item"))
        form = QFormLayout(form_box)
        self.kind = QComboBox()
        for key, word in self._kinds.items():
            self.kind.addItem(icon(KIND_ICONS[key]), word, key)
        self.title_edit = QLineEdit()
        self.duration = QSpinBox()
        self.duration.setRange(1, program.MAX_DURATION_MIN)
        self.duration.setSuffix(self.tr(" min"))
        self.duration.setSingleStep(5)
        self.responsible = QLineEdit()
        self.responsible.setPlaceholderText(self.tr("Who leads it"))
        self.room = QLineEdit()
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setPlaceholderText(self.tr("Internal notes for facilitators (not on the handout)"))
        self.notes.setMaximumHeight(110)
        self.item_presentations = QLabel()
        self.item_presentations.setWordWrap(True)
        self.item_presentations.setObjectName("figureCaption")
        self.item_presentations.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("Title"), self.title_edit)
        form.addRow(self.tr("Duration"), self.duration)
        form.addRow(self.tr("Responsible"), self.responsible)
        form.addRow(self.tr("Room"), self.room)
        form.addRow(self.tr("Notes"), self.notes)
        form.addRow(self.tr("Presentations"), self.item_presentations)
        self.title_edit.returnPressed.connect(self.save_item)
        buttons = QHBoxLayout()
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setObjectName("primaryButton")
        self.save_button.setToolTip(self.tr("Save the item (Enter in the title)"))
        self.save_button.clicked.connect(self.save_item)
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.setObjectName("dangerButton")
        self.delete_button.clicked.connect(self.delete_item)
        self.countdown_button = QPushButton(icon("mdi6.timer-outline"), self.tr("Countdown"))
        self.countdown_button.setToolTip(self.tr("Set the projector's countdown to this item and show it (F8)"))
        self.countdown_button.clicked.connect(self.countdown_for_item)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.countdown_button)
        buttons.addStretch(1)
        buttons.addWidget(self.delete_button)
        form.addRow(buttons)
        self.form_box = form_box
        split.addWidget(form_box)
        form_box.setMinimumWidth(360)
        form_box.setMaximumWidth(460)
        split.setCollapsible(1, False)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        self.agenda_stack.addWidget(split)
        col.addWidget(self.agenda_stack, 1)
        self.tabs.addTab(tab, icon("mdi6.calendar-clock-outline"), self.tr("Agenda"))

    # -- loading ----------------------------------------------------------------------

    def reload(self) -> None:
        self._places: list[tuple[str, int]] = [
            (self.tr("Day {0}").format(prog.day.number) + f", {e.start:%H:%M} – {e.title}", e.id)
            for prog in program.assembly_agenda(self.ctx.db, self.ctx.assembly_id)
            for e in prog.items
        ]
        self._load_days()
        self._load_experts()
        self._load_questions()

    def on_changes(self, changes: Changes) -> None:
        if changes & (Changes.PROGRAM | Changes.SEATING):
            self.reload()

    def on_shown(self) -> None:
        self._track_now()

    def primary_action(self) -> QAction | None:
        return self.new_item_action if self.days else self.new_day_action

    def _load_days(self) -> None:
        self.days = program.list_days(self.ctx.db, self.ctx.assembly_id)
        ids = [d.id for d in self.days]
        if self.day_id not in ids:
            state = self.ctx.projector.state if self.ctx.projector else None
            live = state.day_id if state is not None and state.day_id in ids else None
            today = program.day_for(self.ctx.db, self.ctx.assembly_id, dt.date.today())
            self.day_id = live or (today.id if today else None)
        self._loading = True
        self.day_combo.clear()
        for d in self.days:
            text = f"{self.tr('Day {0}').format(d.number)} · {QLocale().toString(_qdate(d.date), 'ddd d MMM yyyy')}"
            if d.title:
                text += f" · {d.title}"
            self.day_combo.addItem(text, d.id)
        if self.day_id is not None:
            self.day_combo.setCurrentIndex(ids.index(self.day_id))
        self._loading = False
        self.agenda_stack.setCurrentIndex(1 if self.days else 0)
        self.day_bars.setVisible(bool(self.days))
        for w in (*self.day_buttons[1:], self.runsheet_button, self.handout_button, self.start_day_button):
            w.setEnabled(bool(self.days))
        self._load_agenda()

    def _day_chosen(self, index: int) -> None:
        if self._loading or index < 0:
            return
        self.day_id = self.day_combo.itemData(index)
        self._load_agenda()

    def _load_agenda(self, select_id: int | None = None) -> None:
        current = self.current_entry()
        keep = select_id if select_id is not None else (current.id if current else None)
        prog = program.day_program(self.ctx.db, self.day_id) if self.day_id is not None else None
        self.agenda_model.load(prog, self._now_id(prog))
        if prog is not None:
            day = prog.day
            text = self.tr("{0}–{1} · planned {2} of {3}").format(
                f"{day.start_time:%H:%M}",
                f"{day.end_time:%H:%M}",
                program.format_duration(prog.planned_min),
                program.format_duration(prog.available_min),
            )
            if day.venue:
                text = f"{day.venue} · {text}"
            if prog.fits:
                self.summary.setObjectName("ok")
                self.summary.setText(f"✓ {text} · " + self.tr("the day fits its hours"))
            else:
                self.summary.setObjectName("warning")
                self.summary.setText(
                    "⚠ "
                    + self.tr("The day does not fit its hours: the agenda ends at {0}, {1} too late.").format(
                        f"{prog.end:%H:%M}", program.format_duration(prog.over_min)
                    )
                    + f"\n{text}"
                )
            self.summary.style().unpolish(self.summary)
            self.summary.style().polish(self.summary)
        else:
            self.summary.setText("")
        row = self.agenda_model.row_of(keep) if keep is not None else -1
        if row < 0 and self.agenda_model.items:
            row = 0
        if row >= 0:
            self.agenda.selectRow(row)
            self.agenda.setCurrentIndex(self.agenda_model.index(row, AgendaModel.TITLE))
        self._item_chosen(self.agenda.currentIndex())
        self._track_now()

    def current_entry(self) -> program.Entry | None:
        index = self.agenda.currentIndex() if hasattr(self, "agenda") else QModelIndex()
        return self.agenda_model.entry(index.row()) if index.isValid() else None

    def _item_chosen(self, index: QModelIndex, _previous: QModelIndex | None = None) -> None:
        e = self.agenda_model.entry(index.row()) if index.isValid() else None
        self.form_box.setEnabled(e is not None)
        if e is None:
            for w in (self.title_edit, self.responsible, self.room):
                w.clear()
            self.notes.clear()
            self.item_presentations.clear()
            return
        self.kind.setCurrentIndex(max(0, self.kind.findData(e.kind)))
        self.title_edit.setText(e.title)
        self.title_edit.setCursorPosition(0)
        self.duration.setValue(e.duration_min)
        self.responsible.setText(e.responsible)
        self.room.setText(e.room)
        self.notes.setPlainText(e.notes)
        self.item_presentations.setText("\n".join(e.presentations) or self.tr("none – place one from the Experts tab"))

    # -- live tracking ----------------------------------------------------------------

    def _state_now(self) -> dt.datetime:
        state = self.ctx.projector.state if self.ctx.projector else None
        return state.now() if state is not None else dt.datetime.now()

    def _now_id(self, prog: program.DayProgram | None) -> int | None:
        if prog is None:
            return None
        state = self.ctx.projector.state if self.ctx.projector else None
        now = self._state_now()
        live = prog.day.date == now.date() or (
            state is not None and state.day_id == prog.day.id and state.day_started_at is not None
        )
        if not live:
            return None
        t = now.hour * 60 + now.minute + now.second / 60
        return next((e.id for e in prog.items if e.start_min <= t < e.end_min), None)

    def _track_now(self) -> None:
        prog = self.agenda_model.program
        now_id = self._now_id(prog)
        self.agenda_model.set_now(now_id)
        if prog is None:
            self.now_label.setText("")
            return
        state = self.ctx.projector.state if self.ctx.projector else None
        running = state is not None and state.day_id == prog.day.id and state.day_started_at is not None
        self.start_day_button.setText(self.tr("Day running") if running else self.tr("Start the day"))
        if now_id is None:
            self.now_label.setText(self.tr("Not running now") if not running else self.tr("Outside the day's hours"))
            return
        nn = program.now_and_next(self.ctx.db, prog.day.id, self._state_now().time())
        if nn.now is None:
            self.now_label.setText("")
            return
        text = self.tr("NOW: {0} – {1} min left").format(nn.now.title, nn.minutes_left)
        if nn.next is not None:
            text += "   " + self.tr("NEXT {0}: {1}").format(f"{nn.next.start:%H:%M}", nn.next.title)
        self.now_label.setText(text)

    def start_day(self) -> None:
        if self.day_id is None or self.ctx.projector is None:
            return
        self.ctx.projector.state.start_day(self.day_id)
        generic.show(self.ctx, "agenda")
        self._track_now()
        self.ctx.status(self.tr("The day has started; the projector's agenda follows the clock."))

    def countdown_for_item(self) -> None:
        e = self.current_entry()
        if e is None or self.ctx.projector is None:
            return
        self.ctx.projector.state.countdown.reset(e.duration_min * 60, e.title)
        generic.show(self.ctx, "countdown")
        self.ctx.status(
            self.tr("Countdown set to {0} for “{1}”").format(program.format_duration(e.duration_min), e.title)
        )

    # -- writes -----------------------------------------------------------------------

    def _apply(self, call: Callable[[], Any], message: str) -> Any:
        try:
            return self.ctx.apply(call, message)
        except ServiceError as exc:
            QMessageBox.warning(self, self.tr("Program"), error_text(exc))
            return None

    def new_day(self) -> None:
        dialog = DayDialog(self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        values = dialog.values()
        day = self._apply(
            lambda: program.create_day(self.ctx.db, self.ctx.assembly_id, **values), self.tr("Meeting day added")
        )
        if day is not None:
            self.day_id = day.id
            self._load_days()

    def edit_day(self) -> None:
        if self.day_id is None:
            return
        day = program.get_day(self.ctx.db, self.day_id)
        dialog = DayDialog(self, day)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            values = dialog.values()
            self._apply(lambda: program.update_day(self.ctx.db, day.id, **values), self.tr("Meeting day changed"))

    def copy_day(self) -> None:
        if self.day_id is None:
            return
        day = program.get_day(self.ctx.db, self.day_id)
        dialog = DayDialog(self, day, self.tr("Copy the day as a template"))
        dialog.date.setDate(_qdate(max(day.date, max(d.date for d in self.days)) + dt.timedelta(days=7)))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        values = dialog.values()

        new = self._apply(
            lambda: program.copy_day(self.ctx.db, day.id, **values), self.tr("Day copied with its agenda")
        )
        if new is not None:
            self.day_id = new.id
            self._load_days()

    def delete_day(self) -> None:
        if self.day_id is None:
            return
        day = program.get_day(self.ctx.db, self.day_id)
        answer = QMessageBox.question(
            self,
            self.tr("Delete day"),
            self.tr("Delete day {0} ({1}) and its whole agenda?").format(day.number, day.date.isoformat()),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.day_id = None
            self._apply(lambda: program.delete_day(self.ctx.db, day.id), self.tr("Meeting day deleted"))

    def new_item(self) -> None:
        if self.day_id is None:
            self.new_day()
            return
        day_id = self.day_id
        entry = self._apply(
            lambda: program.add_item(self.ctx.db, day_id, self.tr("New item"), duration_min=30),
            self.tr("Agenda item added"),
        )
        if entry is not None:
            self._load_agenda(select_id=entry.id)
            self.title_edit.setFocus()
            self.title_edit.selectAll()

    def save_item(self) -> None:
        e = self.current_entry()
        if e is None:
            return
        fields = {
            "kind": self.kind.currentData(),
            "title": self.title_edit.text(),
            "duration_min": self.duration.value(),
            "responsible": self.responsible.text(),
            "room": self.room.text(),
            "notes": self.notes.toPlainText(),
        }
        if self._apply(lambda: program.update_item(self.ctx.db, e.id, **fields), self.tr("Agenda item saved")):
            self._load_agenda(select_id=e.id)

    def delete_item(self) -> None:
        e = self.current_entry()
        if e is None:
            return
        def delete() -> bool:
            program.delete_item(self.ctx.db, e.id)
            return True

        done = self._apply(
            delete,
            self.tr("“{0}” deleted – Ctrl+Z brings it back").format(e.title),
        )
        if done:
            self._deleted = e
            self.undo_action.setEnabled(True)

    def undo_delete(self) -> None:
        e = self._deleted
        if e is None:
            return
        self._deleted = None
        self.undo_action.setEnabled(False)
        entry = self._apply(
            lambda: program.add_item(
                self.ctx.db,
                e.day_id,
                e.title,
                kind=e.kind,
                duration_min=e.duration_min,
                responsible=e.responsible,
                room=e.room,
                notes=e.notes,
                position=e.position,
            ),
            self.tr("“{0}” is back").format(e.title),
        )
        if entry is not None:
            self.day_id = e.day_id
            self._load_days()
            self._load_agenda(select_id=entry.id)

    def move_item(self, item_id: int, position: int) -> None:
        if self._apply(lambda: program.move_item(self.ctx.db, item_id, position), self.tr("Agenda reordered")):
            self._load_agenda(select_id=item_id)

    def _move_selected(self, step: int) -> None:
        e = self.current_entry()
        if e is None:
            return
        position = e.position + step
        if 0 <= position < len(self.agenda_model.items):
            self.move_item(e.id, position)

    def export_run_sheet(self, handout: bool = False) -> None:
        if self.day_id is None:
            return
        day = program.get_day(self.ctx.db, self.day_id)
        name = f"{'program' if handout else 'run-sheet'}-day-{day.number}.pdf"
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the handout") if handout else self.tr("Save the run sheet"), name, "PDF (*.pdf)"
        )
        if path:
            self.write_run_sheet(Path(path), handout=handout)

    def write_run_sheet(self, path: Path, *, handout: bool = False) -> tasks.Task:
        from app.reports.run_sheet import write_run_sheet

        db, day_id = self.ctx.db, self.day_id
        assert day_id is not None
        task = tasks.start(lambda control: write_run_sheet(db, day_id, path, handout=handout), self)
        task.finished.connect(lambda _r: self.ctx.status(self.tr("Saved {0}").format(path)))
        task.failed.connect(lambda exc, _tb: QMessageBox.warning(self, self.tr("Run sheet"), error_text(exc)))
        return task

    # ================================================================== experts tab

    def _build_experts_tab(self) -> None:
        self.new_expert_action = QAction(icon("mdi6.account-plus-outline"), self.tr("New expert…"), self)
        self.new_expert_action.triggered.connect(self.new_expert)
        self.experts_stack = QStackedWidget()
        self.experts_stack.addWidget(
            EmptyState(
                self.tr(
                    "The experts and stakeholders who speak to the assembly: their role, organisation and "
                    "perspective, their presentations in the agenda and their slides. Add the first one."
                ),
                self.new_expert_action,
            )
        )
        tab = QWidget()
        self.experts_stack.addWidget(tab)
        row = QHBoxLayout(tab)
        row.setContentsMargins(0, 8, 0, 0)
        left = QVBoxLayout()
        self.experts_model = ExpertsModel(self)
        self.experts_view = table_view(self.experts_model)
        self.experts_view.setMinimumWidth(380)
        self.experts_view.setColumnWidth(0, 180)
        self.experts_view.setColumnWidth(1, 140)
        self.experts_view.setColumnWidth(2, 160)
        self.experts_view.selectionModel().currentRowChanged.connect(lambda _c, _p: self._expert_chosen())
        left.addWidget(self.experts_view, 1)
        new_expert = QPushButton(icon("mdi6.account-plus-outline"), self.tr("New expert"))
        new_expert.clicked.connect(self.new_expert)
        left.addWidget(new_expert, 0, Qt.AlignmentFlag.AlignLeft)
        row.addLayout(left, 3)

        right = QVBoxLayout()
        box = QGroupBox(self.tr("Expert"))
        form = QFormLayout(box)
        self.expert_fields: dict[str, QLineEdit] = {}
        for key, label in (
            ("name", self.tr("Name")),
            ("role", self.tr("Role")),
            ("organisation", self.tr("Organisation")),
            ("perspective", self.tr("Side or perspective")),
        ):
            edit = QLineEdit()
            edit.returnPressed.connect(self.save_expert)
            self.expert_fields[key] = edit
            form.addRow(label, edit)
        self.bio = QPlainTextEdit()
        self.bio.setTabChangesFocus(True)
        self.bio.setMaximumHeight(90)
        form.addRow(self.tr("Short bio"), self.bio)
        private = QLabel(self.tr("Contact (private: never printed, exported or projected)"))
        private.setObjectName("figureCaption")
        form.addRow(private)
        for key, label in (("email", self.tr("E-mail")), ("phone", self.tr("Phone"))):
            edit = QLineEdit()
            edit.setPlaceholderText(self.tr("private – never printed or projected"))
            edit.returnPressed.connect(self.save_expert)
            self.expert_fields[key] = edit
            form.addRow(label, edit)
        buttons = QHBoxLayout()
        save = QPushButton(self.tr("Save"))
        save.setObjectName("primaryButton")
        save.clicked.connect(self.save_expert)
        delete = QPushButton(self.tr("Delete"))
        delete.setObjectName("dangerButton")
        delete.clicked.connect(self.delete_expert)
        buttons.addWidget(save)
        buttons.addStretch(1)
        buttons.addWidget(delete)
        form.addRow(buttons)
        self.expert_box = box
        right.addWidget(box)

        pbox = QGroupBox(self.tr("Presentations and materials"))
        pcol = QVBoxLayout(pbox)
        self.presentations = QListWidget()
        self.presentations.setMaximumHeight(110)
        self.presentations.currentRowChanged.connect(lambda _r: self._presentation_chosen())
        pcol.addWidget(self.presentations)
        prow = QHBoxLayout()
        add_p = QPushButton(self.tr("New presentation…"))
        add_p.clicked.connect(self.new_presentation)
        self.place_combo = QComboBox()
        self.place_combo.setToolTip(self.tr("Where the presentation sits in the agenda"))
        self.place_combo.activated.connect(lambda _i: self.place_presentation())
        del_p = QPushButton(self.tr("Remove"))
        del_p.clicked.connect(self.delete_presentation)
        prow.addWidget(add_p)
        prow.addWidget(self.place_combo, 1)
        prow.addWidget(del_p)
        pcol.addLayout(prow)
        self.materials = QListWidget()
        self.materials.setMaximumHeight(90)
        self.materials.itemActivated.connect(lambda _i: self.open_material())
        pcol.addWidget(self.materials)
        mrow = QHBoxLayout()
        add_m = QPushButton(icon("mdi6.paperclip"), self.tr("Attach file…"))
        add_m.setToolTip(self.tr("Slides or a PDF; stored in the assembly file so a backup carries it"))
        add_m.clicked.connect(self.attach_material)
        open_m = QPushButton(icon("mdi6.open-in-new"), self.tr("Open"))
        open_m.clicked.connect(self.open_material)
        del_m = QPushButton(self.tr("Remove"))
        del_m.clicked.connect(self.delete_material)
        mrow.addWidget(add_m)
        mrow.addWidget(open_m)
        mrow.addStretch(1)
        mrow.addWidget(del_m)
        pcol.addLayout(mrow)
        self.presentation_box = pbox
        right.addWidget(pbox)
        right.addStretch(1)
        row.addLayout(right, 2)
        self.tabs.addTab(self.experts_stack, icon("mdi6.account-tie-voice-outline"), self.tr("Experts"))

    def _load_experts(self, select_id: int | None = None) -> None:
        current = self.current_expert()
        keep = select_id if select_id is not None else (current.id if current else None)
        self.experts_model.load(experts.list_experts(self.ctx.db, self.ctx.assembly_id))
        self.experts_stack.setCurrentIndex(1 if self.experts_model.items else 0)
        row = max(self.experts_model.row_of(keep), 0) if keep is not None else 0
        if self.experts_model.items:
            self.experts_view.selectRow(row)
        self._expert_chosen()

    def current_expert(self) -> experts.ExpertInfo | None:
        if not hasattr(self, "experts_view"):
            return None
        index = self.experts_view.currentIndex()
        items = self.experts_model.items
        return items[index.row()] if index.isValid() and index.row() < len(items) else None

    def _expert_chosen(self) -> None:
        e = self.current_expert()
        self.expert_box.setEnabled(e is not None)
        self.presentation_box.setEnabled(e is not None)
        for key, edit in self.expert_fields.items():
            edit.setText(getattr(e, key) if e else "")
        self.bio.setPlainText(e.bio if e else "")
        self._load_presentations()

    def _load_presentations(self) -> None:
        e = self.current_expert()
        keep = (
            self.presentations.currentItem().data(Qt.ItemDataRole.UserRole)
            if self.presentations.currentItem()
            else None
        )
        self.presentations.clear()
        if e is None:
            self._presentation_chosen()
            return
        for p in experts.list_presentations(self.ctx.db, self.ctx.assembly_id, expert_id=e.id):
            place = p.agenda_label.split(" – ")[0] if p.agenda_label else self.tr("not placed in the agenda")
            files = self.tr("%n file(s)", "", p.materials)
            item = QListWidgetItem(icon("mdi6.presentation"), f"{p.title}  —  {place} · {files}")
            item.setData(Qt.ItemDataRole.UserRole, p.id)
            item.setData(Qt.ItemDataRole.UserRole + 1, p.agenda_item_id)
            self.presentations.addItem(item)
            if p.id == keep:
                self.presentations.setCurrentItem(item)
        if self.presentations.currentRow() < 0 and self.presentations.count():
            self.presentations.setCurrentRow(0)
        self._presentation_chosen()

    def _presentation_id(self) -> int | None:
        item = self.presentations.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def _presentation_chosen(self) -> None:
        pid = self._presentation_id()
        self.materials.clear()
        self.place_combo.clear()
        self.place_combo.addItem(self.tr("(not in the agenda)"), None)
        for label, item_id in getattr(self, "_places", []):
            self.place_combo.addItem(label, item_id)
        self.place_combo.setEnabled(pid is not None)
        if pid is None:
            return
        item = self.presentations.currentItem()
        placed = item.data(Qt.ItemDataRole.UserRole + 1) if item else None
        self.place_combo.setCurrentIndex(max(0, self.place_combo.findData(placed)))
        for m in experts.list_materials(self.ctx.db, pid):
            mitem = QListWidgetItem(icon("mdi6.file-outline"), f"{m.filename}  ({max(1, m.size // 1024)} kB)")
            mitem.setData(Qt.ItemDataRole.UserRole, m.id)
            self.materials.addItem(mitem)
        if self.materials.count():
            self.materials.setCurrentRow(0)

    def new_expert(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("New expert"), self.tr("Name"))
        if ok and name.strip():
            e = self._apply(
                lambda: experts.create_expert(self.ctx.db, self.ctx.assembly_id, name), self.tr("Expert added")
            )
            if e is not None:
                self._load_experts(select_id=e.id)
                self.tabs.setCurrentIndex(1)
                self.expert_fields["role"].setFocus()

    def save_expert(self) -> None:
        e = self.current_expert()
        if e is None:
            return
        fields: dict[str, Any] = {k: w.text() for k, w in self.expert_fields.items()}
        fields["bio"] = self.bio.toPlainText()
        if self._apply(lambda: experts.update_expert(self.ctx.db, e.id, **fields), self.tr("Expert saved")):
            self._load_experts(select_id=e.id)

    def delete_expert(self) -> None:
        e = self.current_expert()
        if e is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Delete expert"), self.tr("Delete {0} with their presentations and materials?").format(e.name)
        )
        if answer == QMessageBox.StandardButton.Yes:
            self._apply(lambda: experts.delete_expert(self.ctx.db, e.id), self.tr("Expert deleted"))

    def new_presentation(self) -> None:
        e = self.current_expert()
        if e is None:
            return
        title, ok = QInputDialog.getText(self, self.tr("New presentation"), self.tr("Title"))
        if ok and title.strip():
            entry = self.current_entry()
            item_id = entry.id if entry is not None and entry.kind == "presentation" else None
            self._apply(
                lambda: experts.create_presentation(self.ctx.db, e.id, title, agenda_item_id=item_id),
                self.tr("Presentation added"),
            )

    def place_presentation(self) -> None:
        pid = self._presentation_id()
        if pid is None:
            return
        item_id = self.place_combo.currentData()
        self._apply(
            lambda: experts.update_presentation(self.ctx.db, pid, agenda_item_id=item_id),
            self.tr("Presentation placed in the agenda") if item_id else self.tr("Presentation taken off the agenda"),
        )

    def delete_presentation(self) -> None:
        pid = self._presentation_id()
        if pid is not None:
            self._apply(lambda: experts.delete_presentation(self.ctx.db, pid), self.tr("Presentation removed"))

    def attach_material(self, path: Path | None = None) -> None:
        pid = self._presentation_id()
        if pid is None:
            QMessageBox.information(self, self.tr("Materials"), self.tr("Add a presentation first."))
            return
        if not path:
            name, _ = QFileDialog.getOpenFileName(
                self,
                self.tr("Attach a file"),
                "",
                self.tr("Slides and documents (*.pdf *.pptx *.ppt *.odp *.key);;All files (*)"),
            )
            if not name:
                return
            path = Path(name)
        chosen = path
        self._apply(
            lambda: experts.import_material(self.ctx.db, pid, chosen), self.tr("{0} attached").format(chosen.name)
        )

    def open_material(self) -> Path | None:
        item = self.materials.currentItem()
        if item is None:
            return None
        folder = Path(tempfile.mkdtemp(prefix="tingsted-"))
        try:
            path = experts.export_material(self.ctx.db, item.data(Qt.ItemDataRole.UserRole), folder)
        except (ServiceError, OSError) as exc:
            QMessageBox.warning(self, self.tr("Materials"), error_text(exc))
            return None
        if not open_file(path):
            QMessageBox.information(
                self,
                self.tr("Materials"),
                self.tr("No program on this laptop opens {0}. It was saved to {1}.").format(path.name, path),
            )
        return path

    def delete_material(self) -> None:
        item = self.materials.currentItem()
        if item is not None:
            mid = item.data(Qt.ItemDataRole.UserRole)
            self._apply(lambda: experts.delete_material(self.ctx.db, mid), self.tr("Material removed"))

    # ================================================================= questions tab

    def _build_questions_tab(self) -> None:
        self.new_question_action = QAction(icon("mdi6.comment-plus-outline"), self.tr("New question…"), self)
        self.new_question_action.triggered.connect(self.new_question)
        self.questions_stack = QStackedWidget()
        self.questions_stack.addWidget(
            EmptyState(
                self.tr(
                    "Questions the tables send to the experts: type them in as the table hosts bring them, "
                    "group similar ones, choose which go to the expert and show them on the projector."
                ),
                self.new_question_action,
            )
        )
        tab = QWidget()
        self.questions_stack.addWidget(tab)
        col = QVBoxLayout(tab)
        col.setContentsMargins(0, 8, 0, 0)
        bar = QHBoxLayout()
        self.question_filter = QComboBox()
        self.question_filter.setToolTip(self.tr("Show the questions to one expert"))
        self.question_filter.currentIndexChanged.connect(lambda _i: self._load_questions())
        new_q = QPushButton(icon("mdi6.comment-plus-outline"), self.tr("New question…"))
        new_q.setToolTip(self.tr("Type in a question a table sends to an expert"))
        new_q.clicked.connect(self.new_question)
        bar.addWidget(QLabel(self.tr("Expert")))
        bar.addWidget(self.question_filter)
        bar.addWidget(new_q)
        bar.addStretch(1)
        self.project_questions = QPushButton(icon("mdi6.projector-screen-outline"), self.tr("Show the questions view"))
        self.project_questions.setToolTip(self.tr("Show the chosen questions on the projector (F9)"))
        self.project_questions.clicked.connect(lambda: generic.show(self.ctx, "questions"))
        bar.addWidget(self.project_questions)
        col.addLayout(bar)
        self.questions_model = QuestionsModel(self)
        self.questions_view = table_view(self.questions_model, multi=True)
        self.questions_view.setColumnWidth(0, 420)
        self.questions_view.setColumnWidth(1, 90)
        self.questions_view.setColumnWidth(2, 150)
        self.questions_view.setColumnWidth(3, 110)
        self.questions_view.setColumnWidth(4, 100)
        col.addWidget(self.questions_view, 1)
        actions = QHBoxLayout()
        for text, tip, slot in (
            (self.tr("Group…"), self.tr("Give similar questions one group name"), self.group_questions),
            (self.tr("Select"), self.tr("These go to the expert"), lambda: self._set_status("selected")),
            (
                self.tr("Answered"),
                self.tr("Mark as answered (leaves the projector)"),
                lambda: self._set_status("answered"),
            ),
            (self.tr("Discard"), self.tr("Not asked"), lambda: self._set_status("discarded")),
            (
                self.tr("On projector"),
                self.tr("Show these on the projector's questions view"),
                lambda: self._project(True),
            ),
            (self.tr("Off projector"), self.tr("Take these off the projector"), lambda: self._project(False)),
        ):
            button = QPushButton(text)
            button.setToolTip(tip)
            button.clicked.connect(slot)
            actions.addWidget(button)
        actions.addStretch(1)
        self.questions_hint = QLabel()
        self.questions_hint.setObjectName("figureCaption")
        actions.addWidget(self.questions_hint)
        col.addLayout(actions)
        self.tabs.addTab(self.questions_stack, icon("mdi6.comment-question-outline"), self.tr("Questions"))

    def _load_questions(self) -> None:
        if self._loading:
            return
        chosen = self.question_filter.currentData()
        self._loading = True
        self.question_filter.clear()
        self.question_filter.addItem(self.tr("All experts"), None)
        for e in experts.list_experts(self.ctx.db, self.ctx.assembly_id):
            self.question_filter.addItem(e.name, e.id)
        self.question_filter.setCurrentIndex(max(0, self.question_filter.findData(chosen)))
        self._loading = False
        expert_id = self.question_filter.currentData()
        items = questions.list_questions(self.ctx.db, self.ctx.assembly_id, expert_id=expert_id)
        self.questions_model.load(items)
        self.questions_stack.setCurrentIndex(1 if items or expert_id is not None else 0)
        shown = sum(1 for q in questions.projected_questions(self.ctx.db, self.ctx.assembly_id))
        self.questions_hint.setText(
            self.tr("{0} of at most {1} on the projector").format(shown, questions.MAX_ON_PROJECTOR)
        )

    def selected_question_ids(self) -> list[int]:
        rows = sorted({i.row() for i in self.questions_view.selectionModel().selectedRows()})
        return [self.questions_model.items[r].id for r in rows if r < len(self.questions_model.items)]

    def new_question(self) -> None:
        dialog = QuestionDialog(
            self,
            questions.table_choices(self.ctx.db, self.ctx.assembly_id),
            experts.list_experts(self.ctx.db, self.ctx.assembly_id),
        )
        if self.question_filter.currentData() is not None:
            dialog.expert.setCurrentIndex(dialog.expert.findData(self.question_filter.currentData()))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        text = dialog.text.toPlainText()
        table_id, expert_id = dialog.table.currentData(), dialog.expert.currentData()
        self._apply(
            lambda: questions.submit(self.ctx.db, self.ctx.assembly_id, text, table_id=table_id, expert_id=expert_id),
            self.tr("Question added"),
        )

    def group_questions(self) -> None:
        ids = self.selected_question_ids()
        if not ids:
            return
        key, ok = QInputDialog.getText(
            self, self.tr("Group questions"), self.tr("A short name for the group (empty: no group)")
        )
        if ok:
            self._apply(
                lambda: questions.group(self.ctx.db, ids, key), self.tr("%n question(s) grouped", "", len(ids))
            )

    def _set_status(self, status: str) -> None:
        ids = self.selected_question_ids()
        if ids:
            self._apply(lambda: questions.set_status(self.ctx.db, ids, status), self.tr("Questions updated"))

    def _project(self, shown: bool) -> None:
        ids = self.selected_question_ids()
        if ids:
            self._apply(
                lambda: questions.set_on_projector(self.ctx.db, ids, shown),
                self.tr("Shown on the projector") if shown else self.tr("Taken off the projector"),
            )
