"""The check-in desk: one input, Enter checks in the top match, big feedback, counts.

Keyboard only: type a member number or the first letters of a name; Up/Down choose
among the matches; Enter checks in (when the text could be several members – "lone"
with two Lones – Enter asks which one and checks in nobody); F2 late, F3 left early, F4 absent (then type a
reason and press Enter, or Esc); Ctrl+Z undoes the last check-in. The roster is kept
in memory (``CheckinIndex``) so typing never touches the database; a check-in is
committed before the screen says it is done.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QFont, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.services.checkin import (
    CheckinEntry,
    CheckinIndex,
    CheckinResult,
    ValueCount,
    check_in,
    counts_of,
    default_day,
    is_behind,
    roster_for_day,
    undo_check_in,
)
from app.services.errors import ServiceError
from app.services.members import CategoryInfo, list_categories
from app.services.program import list_days
from ui.context import AppContext
from ui.errors import error_text
from ui.page import EmptyState
from ui.theme import icon

FEEDBACK_STYLES = {
    "ok": "background: #e3f1e6; color: #1e6b34; border: 2px solid #1e6b34;",
    "warning": "background: #fbf0dc; color: #7a4a00; border: 2px solid #b7791f;",
    "error": "background: #f9e1df; color: #b3261e; border: 2px solid #b3261e;",
    "idle": "background: #ffffff; color: #3b4148; border: 2px dashed #b8c0c6;",
}


class CheckinView(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.index = CheckinIndex([])
        self.categories: list[CategoryInfo] = []
        self.matches: list[CheckinEntry] = []
        self.undo_stack: list[CheckinResult] = []
        self.pending: tuple[CheckinEntry, str] | None = None
        self.day_id: int | None = None
        self._value_rows: dict[tuple[int, int], tuple[QProgressBar, QLabel]] = {}
        self._value_widgets: list[QWidget] = []

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.empty = EmptyState(
            self.tr("Check-in needs meeting days. Plan the days in the Program area, then come back here.")
        )
        outer.addWidget(self.empty)
        self.body = QWidget()
        outer.addWidget(self.body)
        row = QHBoxLayout(self.body)
        row.setContentsMargins(24, 16, 24, 16)
        row.setSpacing(24)

        left = QVBoxLayout()
        left.setSpacing(12)
        day_row = QHBoxLayout()
        day_label = QLabel(self.tr("Meeting day"))
        self.day_box = QComboBox()
        self.day_box.setMinimumWidth(260)
        self.day_box.setToolTip(self.tr("The day members are checked in for"))
        day_row.addWidget(day_label)
        day_row.addWidget(self.day_box)
        day_row.addStretch(1)
        left.addLayout(day_row)

        self.input = QLineEdit()
        self.input.setObjectName("checkinInput")
        big = QFont()
        big.setPointSize(26)
        self.input.setFont(big)
        # the style sheet's min-height would win over setMinimumHeight: say it there
        self.input.setStyleSheet("QLineEdit#checkinInput { min-height: 48px; }")
        self.input.setPlaceholderText(self.tr("Member number or first letters of the name"))
        self.input.setToolTip(
            self.tr(
                "Type a number or a name, Enter checks in the member. Up/Down choose. "
                "F2 late · F3 left early · F4 absent · Ctrl+Z undo · Esc clear"
            )
        )
        left.addWidget(self.input)

        # the status and member on one line, the reason below it at full width (side by
        # side, a long name left the field a sliver at 1366×768)
        self.reason_row = QWidget()
        rr = QGridLayout(self.reason_row)
        rr.setContentsMargins(0, 0, 0, 0)
        rr.setVerticalSpacing(4)
        self.reason_label = QLabel()
        self.reason_label.setStyleSheet("font-size: 14pt; font-weight: 600;")
        hint = QLabel(self.tr("Enter saves · Esc cancels"))
        hint.setObjectName("figureCaption")
        self.reason = QLineEdit()
        self.reason.setObjectName("checkinReason")
        self.reason.setPlaceholderText(self.tr("Reason (optional)"))
        self.reason.setStyleSheet("QLineEdit#checkinReason { font-size: 14pt; min-height: 30px; }")
        rr.addWidget(self.reason_label, 0, 0)
        rr.addWidget(hint, 0, 1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        rr.addWidget(self.reason, 1, 0, 1, 2)
        rr.setColumnStretch(0, 1)
        self.reason_row.hide()
        left.addWidget(self.reason_row)

        self.match_list = QListWidget()
        self.match_list.setObjectName("checkinMatches")
        self.match_list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.match_list.setStyleSheet(
            "QListWidget { font-size: 14pt; background: #ffffff; border: 1px solid #d5dadd; }"
            " QListWidget::item { min-height: 36px; padding-left: 8px; }"
            " QListWidget::item:selected { background: #d3e6ee; color: #0f3f50; font-weight: 600; }"
        )
        self.match_list.setMaximumHeight(6 * 40)
        self.match_list.setMinimumHeight(2 * 40)
        self.match_list.itemDoubleClicked.connect(lambda _i: self.confirm())
        left.addWidget(self.match_list)

        self.feedback = QLabel()
        self.feedback.setObjectName("checkinFeedback")
        self.feedback.setWordWrap(True)
        self.feedback.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.feedback.setMinimumHeight(130)
        left.addWidget(self.feedback)

        buttons = QHBoxLayout()
        self.desk_actions: dict[str, QAction] = {}
        for key, text, shortcut, tip, glyph in (
            (
                "present",
                self.tr("Check in"),
                "Enter",
                self.tr("Check in the chosen member"),
                "mdi6.account-check-outline",
            ),
            ("late", self.tr("Late"), "F2", self.tr("Arrived late (then a reason, Enter)"), "mdi6.clock-alert-outline"),
            ("left_early", self.tr("Left early"), "F3", self.tr("Left early (then a reason, Enter)"), "mdi6.exit-run"),
            (
                "absent",
                self.tr("Absent"),
                "F4",
                self.tr("Absent (then a reason, Enter)"),
                "mdi6.account-cancel-outline",
            ),
            ("undo", self.tr("Undo"), "Ctrl+Z", self.tr("Undo the last check-in"), "mdi6.undo"),
        ):
            action = QAction(icon(glyph), text, self)
            if key != "present":  # Enter is handled by the input itself
                action.setShortcut(QKeySequence(shortcut))
                action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            key_text = QKeySequence(shortcut).toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(f"{tip} ({key_text})")
            action.setIconText(f"{text}  {key_text}")  # the key on the button, not only in the tooltip
            self.addAction(action)
            button = QToolButton()
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setMinimumHeight(40)
            buttons.addWidget(button)
            self.desk_actions[key] = action
        buttons.addStretch(1)
        left.addLayout(buttons)
        left.addStretch(1)
        row.addLayout(left, 3)

        right = QFrame()
        right.setObjectName("card")
        right.setMinimumWidth(320)
        rc = QVBoxLayout(right)
        rc.setContentsMargins(16, 16, 16, 16)
        title = QLabel(self.tr("Here now"))
        title.setObjectName("cardTitle")
        rc.addWidget(title)
        self.total = QLabel()
        self.total.setObjectName("checkinTotal")
        self.total.setStyleSheet("font-size: 30pt; font-weight: 700; color: #0f3f50;")
        rc.addWidget(self.total)
        self.breakdown = QLabel()
        self.breakdown.setObjectName("figureCaption")
        self.breakdown.setWordWrap(True)
        rc.addWidget(self.breakdown)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setStyleSheet("QScrollArea, QScrollArea > QWidget > QWidget { background: transparent; }")
        self.by_value = QWidget()
        self.by_value_grid = QGridLayout(self.by_value)
        self.by_value_grid.setContentsMargins(0, 8, 0, 0)
        self.by_value_grid.setVerticalSpacing(6)
        scroll.setWidget(self.by_value)
        rc.addWidget(scroll, 1)
        row.addWidget(right, 2)

        self.input.textChanged.connect(self._search)
        self.input.installEventFilter(self)
        self.reason.installEventFilter(self)
        self.day_box.currentIndexChanged.connect(self._day_changed)
        self.desk_actions["present"].triggered.connect(self.confirm)
        self.desk_actions["late"].triggered.connect(lambda: self.start_pending("late"))
        self.desk_actions["left_early"].triggered.connect(lambda: self.start_pending("left_early"))
        self.desk_actions["absent"].triggered.connect(lambda: self.start_pending("absent"))
        self.desk_actions["undo"].triggered.connect(self.undo)
        self._show_feedback("idle", self.tr("Ready: type a number or a name"))
        self.refresh_days()

    # -- data ------------------------------------------------------------------------

    def refresh_days(self) -> None:
        days = list_days(self.ctx.db, self.ctx.assembly_id)
        self.body.setVisible(bool(days))
        self.empty.setVisible(not days)
        keep = self.day_id or default_day(self.ctx.db, self.ctx.assembly_id)
        self.day_box.blockSignals(True)
        self.day_box.clear()
        for d in days:
            label = self.tr("Day {0} – {1}").format(d.number, d.date.strftime("%d.%m.%Y"))
            if d.title:
                label += f" – {d.title}"
            self.day_box.addItem(label, d.id)
        i = self.day_box.findData(keep)
        self.day_box.setCurrentIndex(max(i, 0))
        self.day_box.blockSignals(False)
        self.day_id = self.day_box.currentData()
        self.reload()

    def _day_changed(self) -> None:
        self.day_id = self.day_box.currentData()
        self.undo_stack.clear()
        self.cancel_pending()
        self.reload()

    def reload(self) -> None:
        """Re-read the roster of the day into memory (after any change)."""
        if self.day_id is None:
            self.index.replace_all([])
            self.categories = []
        else:
            self.index.replace_all(roster_for_day(self.ctx.db, self.ctx.assembly_id, self.day_id))
            self.categories = list_categories(self.ctx.db, self.ctx.assembly_id)
        self._search()
        self._update_counts()

    def focus_input(self) -> None:
        self.input.setFocus()

    # -- typing ----------------------------------------------------------------------

    def _status_text(self, e: CheckinEntry) -> str:
        if e.status is None:
            return self.tr("not checked in")
        words = {
            "present": self.tr("✓ here"),
            "late": self.tr("✓ here (late)"),
            "left_early": self.tr("left early"),
            "absent": self.tr("absent"),
        }
        return words.get(e.status, e.status)

    def _search(self) -> None:
        self.matches = self.index.search(self.input.text(), limit=6)
        self.match_list.clear()
        for e in self.matches:
            table = self.tr(" · table {0}").format(e.table) if e.table else ""
            item = QListWidgetItem(f"{e.number:>4}   {e.name}   —   {self._status_text(e)}{table}")
            self.match_list.addItem(item)
        # a member is highlighted only when Enter would check that one in; when the text could
        # be several ("lone" with two Lones) nobody is, until Up/Down chooses one
        certain = CheckinIndex.certain(self.input.text(), self.matches)
        if certain is not None:
            self.match_list.setCurrentRow(self.matches.index(certain))
        else:
            self.match_list.setCurrentRow(-1)
        if not self.matches and self.input.text().strip():
            self._show_feedback("warning", self.tr("No member matches “{0}”").format(self.input.text().strip()))

    def current_match(self) -> CheckinEntry | None:
        """The member chosen: the one the text points at, or the one chosen with Up/Down."""
        row = self.match_list.currentRow()
        return self.matches[row] if 0 <= row < len(self.matches) else None

    def _ask_which(self) -> None:
        """The text matches several members: check in nobody and ask which one."""
        self._show_feedback(
            "warning",
            self.tr("{0} members match “{1}” – which one?").format(len(self.matches), self.input.text().strip()),
            self.tr("Choose with ↓ ↑ and press Enter, or type more of the name or the number"),
        )
        self.input.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if watched is self.input:
                if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                    self.confirm()
                    return True
                if key in (Qt.Key.Key_Down, Qt.Key.Key_Up) and self.matches:
                    if self.current_match() is None:  # nobody chosen yet: Down the first, Up the last
                        row = 0 if key == Qt.Key.Key_Down else len(self.matches) - 1
                    else:
                        step = 1 if key == Qt.Key.Key_Down else -1
                        row = min(max(self.match_list.currentRow() + step, 0), len(self.matches) - 1)
                    self.match_list.setCurrentRow(row)
                    return True
                if key == Qt.Key.Key_Escape:
                    self.input.clear()
                    return True
                if key == Qt.Key.Key_Z and event.modifiers() & Qt.KeyboardModifier.ControlModifier:
                    self.undo()
                    return True
            elif watched is self.reason:
                if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                    self.confirm_pending()
                    return True
                if key == Qt.Key.Key_Escape:
                    self.cancel_pending()
                    return True
        return super().eventFilter(watched, event)

    # -- checking in -----------------------------------------------------------------

    def confirm(self) -> None:
        """Enter: check in the chosen match as present."""
        if self.pending is not None:
            self.confirm_pending()
            return
        entry = self.current_match()
        if entry is None:
            if len(self.matches) > 1:
                self._ask_which()
            elif self.input.text().strip():
                self._show_feedback("error", self.tr("No member matches “{0}”").format(self.input.text().strip()))
            return
        if entry.status in ("present", "late"):
            when = entry.checked_in_at.strftime("%H:%M") if entry.checked_in_at else ""
            table = self.tr("Table {0}").format(entry.table) if entry.table else ""
            self._show_feedback(
                "warning",
                self.tr("{0} is already checked in {1}").format(entry.name, when).strip(),
                table,
            )
            self.input.clear()
            return
        if entry.status == "left_early":
            self._show_feedback(
                "warning",
                self.tr("{0} has been recorded as left early").format(entry.name),
                self.tr("Ctrl+Z undoes it if that was a slip"),
            )
            self.input.clear()
            return
        self._record(entry, "present", "")

    def start_pending(self, status: str) -> None:
        entry = self.pending[0] if self.pending else self.current_match()
        if entry is None:
            if len(self.matches) > 1:
                self._ask_which()
                return
            self._show_feedback("error", self.tr("First type a number or a name, then the key."))
            self.input.setFocus()
            return
        words = {"late": self.tr("Late"), "left_early": self.tr("Left early"), "absent": self.tr("Absent")}
        self.pending = (entry, status)
        self.reason_label.setText(f"{words[status]}: {entry.number} {entry.name}")
        # the banner is about this member now, not the one checked in before
        self._show_feedback("idle", self.tr("{0}: {1} – a reason, then Enter").format(entry.name, words[status]))
        self.reason.clear()
        self.reason_row.show()
        self.reason.setFocus()

    def confirm_pending(self) -> None:
        if self.pending is None:
            return
        entry, status = self.pending
        reason = self.reason.text()
        self.cancel_pending()
        self._record(entry, status, reason)

    def cancel_pending(self) -> None:
        if self.pending is not None:
            self._show_feedback("idle", self.tr("Ready: type a number or a name"))
        self.pending = None
        self.reason_row.hide()
        self.reason.clear()
        self.input.setFocus()

    def _record(self, entry: CheckinEntry, status: str, reason: str) -> None:
        if self.day_id is None:
            return
        day_id = self.day_id
        try:
            result = self.ctx.apply(
                lambda: check_in(self.ctx.db, entry.member_id, day_id, status, reason)
            )
        except ServiceError as exc:
            self._show_feedback("error", error_text(exc))
            return
        # committed: now say so
        self.undo_stack.append(result)
        table = self.tr("Table {0}").format(result.table) if result.table else self.tr("No table today yet")
        if status == "present":
            self._show_feedback("ok", self.tr("✓ {0} checked in").format(result.name or result.number), table)
            self.ctx.status(self.tr("{0} (no. {1}) checked in").format(result.name, result.number))
        else:
            words = {"late": self.tr("late"), "left_early": self.tr("left early"), "absent": self.tr("absent")}
            extra = f" – {result.reason}" if result.reason else ""
            kind = "ok" if status == "late" else "warning"
            self._show_feedback(kind, f"{result.name}: {words[status]}{extra}", table if status == "late" else "")
            self.ctx.status(self.tr("{0} (no. {1}) recorded as {2}").format(result.name, result.number, words[status]))
        self.input.clear()
        self.input.setFocus()

    def undo(self) -> None:
        if self.pending is not None:
            self.cancel_pending()
            return
        if not self.undo_stack:
            self._show_feedback("warning", self.tr("Nothing to undo"))
            return
        result = self.undo_stack.pop()
        try:
            self.ctx.apply(lambda: undo_check_in(self.ctx.db, result))
        except ServiceError as exc:
            self.undo_stack.append(result)
            self._show_feedback("error", error_text(exc))
            return
        # say what was undone: a check-in, or a late / left early / absent record
        undone = {
            "present": self.tr("Check-in of {0} (no. {1}) undone"),
            "late": self.tr("Late arrival of {0} (no. {1}) undone"),
            "left_early": self.tr("“Left early” for {0} (no. {1}) undone"),
            "absent": self.tr("Absence of {0} (no. {1}) undone"),
        }.get(result.status, self.tr("Check-in of {0} (no. {1}) undone"))
        text = undone.format(result.name, result.number)
        self._show_feedback("warning", text, self._status_now(result))
        self.ctx.status(text)
        self.input.setFocus()

    def _status_now(self, result: CheckinResult) -> str:
        """After an undo: what the member's record is now."""
        status = result.previous_status  # what undo put back
        if status is None:
            return self.tr("Now: not checked in")
        return self.tr("Now: {0}").format(
            {
                "present": self.tr("here"),
                "late": self.tr("here (late)"),
                "left_early": self.tr("left early"),
                "absent": self.tr("absent"),
            }.get(status, status)
        )

    # -- showing ---------------------------------------------------------------------

    def _show_feedback(self, kind: str, text: str, detail: str = "") -> None:
        restyle = kind != getattr(self, "feedback_kind", None)
        self.feedback_kind = kind
        size = 30 if kind != "idle" else 16
        html = f"<div style='font-size:{size}pt; font-weight:700'>{_esc(text)}</div>"
        if detail:
            html += f"<div style='font-size:24pt; font-weight:600; margin-top:8px'>{_esc(detail)}</div>"
        self.feedback.setText(html)
        if not restyle:  # re-polishing a style sheet is the slow part; only on a change of kind
            return
        self.feedback.setStyleSheet(
            f"QLabel#checkinFeedback {{ {FEEDBACK_STYLES[kind]} border-radius: 12px; padding: 16px; }}"
        )

    def feedback_text(self) -> str:
        from PySide6.QtGui import QTextDocument

        doc = QTextDocument()
        doc.setHtml(self.feedback.text())
        return doc.toPlainText()

    def _update_counts(self) -> None:
        counts = counts_of(self.index.entries, self.categories)
        self.total.setText(self.tr("{0} / {1}").format(counts.here, counts.expected))
        self.breakdown.setText(
            self.tr("present {0} · late {1} · left early {2} · absent {3} · not yet {4}").format(
                counts.present, counts.late, counts.left_early, counts.absent, counts.not_checked_in
            )
        )
        keys = [(v.category_id, v.value_id) for v in counts.by_value]
        if keys != list(self._value_rows):
            self._rebuild_value_rows(counts.by_value)
        for v in counts.by_value:
            bar, flag = self._value_rows[(v.category_id, v.value_id)]
            bar.setRange(0, max(v.expected, 1))
            bar.setValue(v.here)
            bar.setFormat(f"{v.here} / {v.expected}")
            behind = is_behind(counts, v)
            flag.setText(self.tr("⚠ behind") if behind else "")
            flag.setToolTip(
                self.tr("Fewer of these members are here than of the assembly as a whole") if behind else ""
            )

    def _rebuild_value_rows(self, by_value: tuple[ValueCount, ...]) -> None:
        for w in self._value_widgets:
            w.hide()
            w.setParent(None)
            w.deleteLater()
        self._value_widgets = []
        self._value_rows = {}
        r = 0
        last_cat = None
        for v in by_value:
            if v.category_id != last_cat:
                head = QLabel(v.category)
                head.setStyleSheet("font-weight: 600; margin-top: 6px;")
                self.by_value_grid.addWidget(head, r, 0, 1, 3)
                self._value_widgets.append(head)
                r += 1
                last_cat = v.category_id
            name = QLabel(v.value)
            name.setWordWrap(True)
            name.setMaximumWidth(170)
            bar = QProgressBar()
            bar.setMinimumWidth(110)
            bar.setTextVisible(True)
            bar.setFixedHeight(22)
            bar.setStyleSheet(
                "QProgressBar { border: 1px solid #b8c0c6; border-radius: 4px; background: #ffffff;"
                " text-align: center; } QProgressBar::chunk { background: #8fc1d3; }"
            )
            flag = QLabel()
            flag.setObjectName("warning")
            self.by_value_grid.addWidget(name, r, 0)
            self.by_value_grid.addWidget(bar, r, 1)
            self.by_value_grid.addWidget(flag, r, 2)
            self._value_widgets += [name, bar, flag]
            self._value_rows[(v.category_id, v.value_id)] = (bar, flag)
            r += 1
        self.by_value_grid.setRowStretch(r, 1)
        self.by_value_grid.setColumnStretch(1, 1)


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
