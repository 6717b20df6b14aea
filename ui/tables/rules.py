"""The "Rules and hosts" dialog of the Tables page: each table's name and host, and the
seating rules planning keeps (members kept together at one table, members kept apart),
with the rounds whose seating breaks a rule.

Every change is one service call through ``ctx.apply`` (stored at once, broadcast as
``Changes.SEATING``); a refusal is said inside the dialog, in the UI language. Ctrl+Z (or
Undo) puts back the last table name or host typed over and the last rule removed, step
by step, while the dialog is open.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QBrush, QColor, QKeyEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.changes import Changes
from app.services import tables as ts
from app.services.errors import ServiceError
from ui.context import AppContext
from ui.errors import error_text
from ui.page import error_label
from ui.theme import ROW_HEIGHT, WARNING, icon

ID_ROLE = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True)
class _TableBefore:
    """A table's name and host before an edit (what Undo puts back)."""

    table_id: int
    number: int
    name: str
    host_name: str


def _caption(text: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName("figureCaption")
    label.setWordWrap(True)
    return label


def _heading(text: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName("cardTitle")
    return label


class RulesDialog(QDialog):
    """Table names and hosts (edited in place) and the list of seating rules."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Rules and hosts"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.resize(960, 800)
        self._filling = False
        self._saving = False
        self.rule_dialog: RuleDialog | None = None
        self._tables_before: dict[int, _TableBefore] = {}  # as stored, to know what an edit replaced
        self._rules: dict[int, ts.RuleInfo] = {}  # as listed, to know what a removal took away
        self.history: list[_TableBefore | ts.RuleInfo] = []  # what Undo puts back, newest last
        self.undo_action = QAction(icon("mdi6.undo"), self.tr("Undo"), self)
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.undo_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.undo_action.triggered.connect(self.undo)
        self.addAction(self.undo_action)

        col = QVBoxLayout(self)
        col.setContentsMargins(16, 16, 16, 16)
        col.setSpacing(8)

        col.addWidget(_heading(self.tr("Tables and hosts")))
        self.tables_caption = _caption(
            self.tr(
                "Double-click a name or a host to change it (or select it and press F2), Enter saves. "
                "A host is a person from the staff, not a member; a table without a name is called "
                "by its number."
            )
        )
        col.addWidget(self.tables_caption)
        self.tables = QTableWidget(0, 3)
        self.tables.setHorizontalHeaderLabels([self.tr("No."), self.tr("Name"), self.tr("Host")])
        self.tables.verticalHeader().hide()
        self.tables.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
        self.tables.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tables.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        header = self.tables.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.tables.itemChanged.connect(self._table_edited)
        col.addWidget(self.tables)
        self.no_tables = _caption(
            self.tr(
                "No tables yet. Choose the number of tables on the Tables page and plan all rounds; "
                "then give the tables names and hosts here."
            )
        )
        col.addWidget(self.no_tables)

        col.addSpacing(8)
        col.addWidget(_heading(self.tr("Seating rules")))
        col.addWidget(
            _caption(
                self.tr(
                    "Planning and rebalancing keep these rules in every round. A move by hand that breaks "
                    "one is shown here and as a warning on the board."
                )
            )
        )
        self.rules = QTableWidget(0, 4)
        self.rules.setHorizontalHeaderLabels(
            [self.tr("Rule"), self.tr("Label"), self.tr("Members"), self.tr("In the seating")]
        )
        self.rules.verticalHeader().hide()
        self.rules.verticalHeader().setMinimumSectionSize(ROW_HEIGHT)
        self.rules.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.rules.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.rules.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.rules.setWordWrap(True)
        header = self.rules.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        self.rules.setColumnWidth(1, 200)
        self.rules.itemSelectionChanged.connect(self._selection_changed)
        self.rules.installEventFilter(self)
        # long lists of members wrap: rows grow to fit once the columns have their widths
        header.sectionResized.connect(lambda *_: self._fit_rows())
        col.addWidget(self.rules, 1)
        self.no_rules = _caption(
            self.tr(
                "No rules yet. Keep together, e.g., everyone who needs sign-language interpretation; "
                "keep apart, e.g., members of one family."
            )
        )
        col.addWidget(self.no_rules)

        buttons = QHBoxLayout()
        self.add_together_button = QPushButton(icon("mdi6.link-variant"), self.tr("Add together…"))
        self.add_together_button.setToolTip(self.tr("Members who sit at the same table in every round"))
        self.add_together_button.clicked.connect(lambda: self.add_rule(ts.TOGETHER))
        self.add_apart_button = QPushButton(icon("mdi6.link-variant-off"), self.tr("Add apart…"))
        self.add_apart_button.setToolTip(self.tr("Members of whom no two sit at the same table"))
        self.add_apart_button.clicked.connect(lambda: self.add_rule(ts.APART))
        self.remove_button = QPushButton(icon("mdi6.delete-outline"), self.tr("Remove"))
        self.remove_button.setToolTip(self.tr("Remove the selected rule (Delete)"))
        self.remove_button.clicked.connect(self.remove_selected)
        buttons.addWidget(self.add_together_button)
        buttons.addWidget(self.add_apart_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        self.undo_button = QPushButton(icon("mdi6.undo"), self.tr("Undo"))
        self.undo_button.clicked.connect(self.undo_action.trigger)
        buttons.addWidget(self.undo_button)
        col.addLayout(buttons)

        self.error = error_label()
        col.addWidget(self.error)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        box.rejected.connect(self.reject)
        col.addWidget(box)

        ctx.changed.connect(self._changes)
        self.reload()
        self._update_undo()

    # -- showing ----------------------------------------------------------------------

    def _changes(self, changes: object) -> None:
        if isinstance(changes, Changes) and changes & (Changes.SEATING | Changes.MEMBERS):
            self.reload()

    def reload(self) -> None:
        b = ts.board(self.ctx.db, self.ctx.assembly_id)
        if not self._saving:
            self._fill_tables(b)
        self._fill_rules(b)

    def _fill_tables(self, b: ts.Board) -> None:
        self._filling = True
        try:
            self.tables.setRowCount(len(b.tables))
            for row, t in enumerate(b.tables):
                number = QTableWidgetItem(str(t.number))
                number.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                number.setData(ID_ROLE, t.id)
                number.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.tables.setItem(row, 0, number)
                self.tables.setItem(row, 1, QTableWidgetItem(t.name))
                self.tables.setItem(row, 2, QTableWidgetItem(t.host_name))
        finally:
            self._filling = False
        self._tables_before = {t.id: _TableBefore(t.id, t.number, t.name, t.host_name) for t in b.tables}
        # every table in view without scrolling, up to twelve
        shown = min(max(len(b.tables), 1), 12)
        height = self.tables.horizontalHeader().sizeHint().height() + shown * ROW_HEIGHT + 4
        self.tables.setFixedHeight(height)
        self.tables.setVisible(bool(b.tables))
        self.no_tables.setVisible(not b.tables)
        self.tables_caption.setVisible(bool(b.tables))

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        self._fit_rows()

    def _fit_rows(self) -> None:
        """Rows as high as their wrapped text, with air above and below (≥ 30 px)."""
        self.rules.resizeRowsToContents()
        for row in range(self.rules.rowCount()):
            self.rules.setRowHeight(row, max(ROW_HEIGHT, self.rules.rowHeight(row) + 8))

    def _fill_rules(self, b: ts.Board) -> None:
        selected = self.selected_rule()
        rules = ts.list_rules(self.ctx.db, self.ctx.assembly_id)
        self._rules = {r.id: r for r in rules}
        broken = ts.broken_rules(b)
        seated = any(b.seating.get(r.id) for r in b.rounds)
        self.rules.setRowCount(len(rules))
        for row, rule in enumerate(rules):
            together = rule.kind == ts.TOGETHER
            kind = QTableWidgetItem(
                icon("mdi6.link-variant" if together else "mdi6.link-variant-off"),
                self.tr("Keep together") if together else self.tr("Keep apart"),
            )
            kind.setData(ID_ROLE, rule.id)
            names = [
                m.display_name if m.active else self.tr("{0} (withdrawn)").format(m.display_name) for m in rule.members
            ]
            if rule.id in broken:
                rounds = ", ".join(str(n) for n in broken[rule.id])
                text = self.tr("broken in round {0}") if len(broken[rule.id]) == 1 else self.tr("broken in rounds {0}")
                state = QTableWidgetItem("⚠ " + text.format(rounds))
                state.setForeground(QBrush(QColor(WARNING)))
            elif seated:
                state = QTableWidgetItem("✓ " + self.tr("kept in every round"))
            else:
                state = QTableWidgetItem(self.tr("not planned yet"))
            cells = [kind, QTableWidgetItem(rule.label or "–"), QTableWidgetItem(", ".join(names)), state]
            for k, item in enumerate(cells):
                self.rules.setItem(row, k, item)
            if rule.id == selected:
                self.rules.selectRow(row)
        self._fit_rows()
        self.no_rules.setVisible(not rules)
        self._selection_changed()

    def selected_rule(self) -> int | None:
        rows = self.rules.selectionModel().selectedRows()
        if not rows:
            return None
        item = self.rules.item(rows[0].row(), 0)
        return int(item.data(ID_ROLE)) if item is not None else None

    def _selection_changed(self) -> None:
        self.remove_button.setEnabled(self.selected_rule() is not None)

    def _say(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

    # -- tables -----------------------------------------------------------------------

    def _table_edited(self, item: QTableWidgetItem) -> None:
        if self._filling or item.column() == 0:
            return
        row = item.row()
        number = self.tables.item(row, 0)
        name, host = self.tables.item(row, 1), self.tables.item(row, 2)
        if number is None or name is None or host is None:
            return
        table_id = int(number.data(ID_ROLE))
        new_name, new_host = name.text(), host.text()
        before = self._tables_before.get(table_id)
        db = self.ctx.db
        self._saving = True
        try:
            info = self.ctx.apply(
                lambda: ts.set_host(db, table_id, new_host, name=new_name),
                self.tr("Table {0} saved").format(number.text()),
            )
        except ServiceError as exc:
            self._say(self.tr("Not saved: {0}").format(error_text(exc)))
            self._saving = False
            self.reload()
            return
        finally:
            self._saving = False
        self._say("")
        self._filling = True
        try:  # as stored (spaces tidied)
            name.setText(info.name)
            host.setText(info.host_name)
        finally:
            self._filling = False
        self._tables_before[table_id] = _TableBefore(table_id, info.number, info.name, info.host_name)
        if before is not None and (before.name, before.host_name) != (info.name, info.host_name):
            self._remember(before)

    # -- rules ------------------------------------------------------------------------

    def add_rule(self, kind: str) -> RuleDialog:
        """Open the member picker for a new rule (returned; it stores the rule on OK)."""
        dialog = RuleDialog(self.ctx, kind, self)
        dialog.accepted.connect(lambda: self._added(dialog))
        self.rule_dialog = dialog
        dialog.open()
        return dialog

    def _added(self, dialog: RuleDialog) -> None:
        self._say("")
        if dialog.rule_id is None:
            return
        for row in range(self.rules.rowCount()):
            item = self.rules.item(row, 0)
            if item is not None and item.data(ID_ROLE) == dialog.rule_id:
                self.rules.selectRow(row)
        self.rules.setFocus()

    def remove_selected(self) -> None:
        rule_id = self.selected_rule()
        if rule_id is None:
            return
        rule = self._rules.get(rule_id)
        row = self.rules.currentRow()
        label_item = self.rules.item(row, 1)
        kind_item = self.rules.item(row, 0)
        label = label_item.text() if label_item is not None and label_item.text() != "–" else ""
        what = label or (kind_item.text() if kind_item is not None else "")
        db = self.ctx.db
        try:
            self.ctx.apply(
                lambda: ts.remove_constraint(db, rule_id),
                self.tr("Rule removed: {0}").format(what),
            )
        except ServiceError as exc:
            self._say(self.tr("Not removed: {0}").format(error_text(exc)))
            self.reload()
            return
        self._say("")
        if rule is not None:
            self._remember(rule)
        if self.rules.rowCount():
            self.rules.selectRow(min(row, self.rules.rowCount() - 1))

    # -- undo -------------------------------------------------------------------------

    def _remember(self, before: _TableBefore | ts.RuleInfo) -> None:
        self.history.append(before)
        self._update_undo()

    def _update_undo(self) -> None:
        general = self.tr("Puts back a table's name or host, or a removed rule, step by step (Ctrl+Z).")
        if not self.history:
            tip = self.tr("Nothing to undo.") + "\n" + general
        elif isinstance(self.history[-1], _TableBefore):
            tip = self.tr("Undo: the name and host of table {0}").format(self.history[-1].number) + "\n" + general
        else:
            tip = self.tr("Undo: the removal of a rule") + "\n" + general
        for widget in (self.undo_action, self.undo_button):
            widget.setEnabled(bool(self.history))
            widget.setToolTip(tip)

    def undo(self) -> None:
        """Put back what the last edit replaced (through the services)."""
        if not self.history:
            return
        last = self.history.pop()
        db, aid = self.ctx.db, self.ctx.assembly_id
        try:
            if isinstance(last, _TableBefore):
                self.ctx.apply(
                    lambda: ts.set_host(db, last.table_id, last.host_name, name=last.name),
                    self.tr("Undone: table {0} has its name and host again").format(last.number),
                )
            else:
                ids = [m.id for m in last.members]
                self.ctx.apply(
                    lambda: ts.add_constraint(db, aid, last.kind, ids, last.label),
                    self.tr("Undone: the rule is back"),
                )
        except ServiceError as exc:
            self._say(self.tr("Not undone: {0}").format(error_text(exc)))
            self.reload()
        else:
            self._say("")
        self._update_undo()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if (
            watched is self.rules
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Delete
        ):
            self.remove_selected()
            return True
        return super().eventFilter(watched, event)


class RuleDialog(QDialog):
    """Pick the members of a new rule: search by name, number or need; tick them."""

    def __init__(self, ctx: AppContext, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.kind = kind
        self.rule_id: int | None = None
        together = kind == ts.TOGETHER
        self.setWindowTitle(self.tr("Keep together") if together else self.tr("Keep apart"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.resize(560, 640)
        col = QVBoxLayout(self)
        col.setContentsMargins(16, 16, 16, 16)
        col.setSpacing(8)
        col.addWidget(
            _caption(
                self.tr("These members sit at the same table in every round.")
                if together
                else self.tr("No two of these members sit at the same table in any round.")
            )
        )
        form = QFormLayout()
        self.label = QLineEdit()
        self.label.setMaxLength(ts.LABEL_MAX)
        self.label.setPlaceholderText(
            self.tr("e.g. sign-language interpretation") if together else self.tr("e.g. one family")
        )
        form.addRow(self.tr("&Label"), self.label)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Name, number or need; Enter ticks the first match"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._filter)
        self.search.installEventFilter(self)
        form.addRow(self.tr("&Search"), self.search)
        col.addLayout(form)

        self.members = QListWidget()
        self.members.setUniformItemSizes(True)
        board = ts.board(ctx.db, ctx.assembly_id)
        for m in board.members:
            text = f"#{m.number}  {m.display_name}"
            if m.needs:
                text += f"  ({m.needs})"
            item = QListWidgetItem(text)
            item.setData(ID_ROLE, m.id)
            item.setData(Qt.ItemDataRole.UserRole + 2, f"#{m.number} {m.display_name} {m.needs}".casefold())
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.members.addItem(item)
        self.members.setStyleSheet(f"QListWidget::item {{ min-height: {ROW_HEIGHT - 4}px; }}")
        self.members.itemChanged.connect(self._update)
        col.addWidget(self.members, 1)
        self.chosen = QLabel()
        self.chosen.setWordWrap(True)
        col.addWidget(self.chosen)
        self.error = error_label()
        col.addWidget(self.error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Add rule"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        col.addWidget(self.buttons)
        self._update()
        self.search.setFocus()

    def items(self) -> list[QListWidgetItem]:
        return [self.members.item(i) for i in range(self.members.count())]

    def chosen_ids(self) -> list[int]:
        return [int(i.data(ID_ROLE)) for i in self.items() if i.checkState() == Qt.CheckState.Checked]

    def _filter(self, text: str) -> None:
        words = text.casefold().split()
        for item in self.items():
            haystack = str(item.data(Qt.ItemDataRole.UserRole + 2))
            item.setHidden(not all(w in haystack for w in words))

    def _update(self) -> None:
        chosen = [i for i in self.items() if i.checkState() == Qt.CheckState.Checked]
        if chosen:
            names = ", ".join(i.text().split("  ")[1] for i in chosen)
            self.chosen.setText(self.tr("{0} chosen: {1}").format(len(chosen), names))
        else:
            self.chosen.setText(self.tr("Tick at least two members."))
        self.ok_button.setEnabled(len(chosen) >= 2)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.search and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.search.text().strip():
                visible = [i for i in self.items() if not i.isHidden()]
                if visible:
                    first = visible[0]
                    checked = first.checkState() == Qt.CheckState.Checked
                    first.setCheckState(Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked)
                    self.search.clear()
                return True
            if event.key() == Qt.Key.Key_Down:
                visible = [i for i in self.items() if not i.isHidden()]
                if visible:
                    self.members.setCurrentItem(visible[0])
                    self.members.setFocus()
                return True
        return super().eventFilter(watched, event)

    def accept(self) -> None:
        ids = self.chosen_ids()
        db, aid, kind, label = self.ctx.db, self.ctx.assembly_id, self.kind, self.label.text()
        together = kind == ts.TOGETHER
        what = label.strip() or (self.tr("keep together") if together else self.tr("keep apart"))
        try:
            self.rule_id = self.ctx.apply(
                lambda: ts.add_constraint(db, aid, kind, ids, label),
                self.tr("Rule added: {0} ({1} members)").format(what, len(ids)),
            )
        except ServiceError as exc:
            self.error.setText(self.tr("Not added: {0}").format(error_text(exc)))
            self.error.show()
            return
        super().accept()
