"""The roster: a sortable, searchable members table with filters and the edit form."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.services.errors import ServiceError
from app.services.members import forget_member, list_categories, list_members
from ui.context import AppContext
from ui.errors import error_text
from ui.members.form import MemberForm
from ui.members.models import MEMBER_ID_ROLE, MembersFilterProxy, MembersTableModel
from ui.page import EmptyState, table_view
from ui.theme import DANGER, icon


def _tip(action: QAction) -> str:
    shortcut = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
    return f"{action.toolTip()} ({shortcut})" if shortcut else action.toolTip()


class RosterView(QWidget):
    """Members list + edit form. ``import_requested``, ``withdraw_requested`` etc. are
    handled by the page, which owns the dialogs."""

    import_requested = Signal()
    withdraw_requested = Signal(int)
    export_requested = Signal()
    print_requested = Signal(str)  # "badges", "signin", "list"

    def __init__(self, ctx: AppContext, import_action: QAction, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.stack = QStackedWidget()
        outer.addWidget(self.stack)
        self.empty = EmptyState(
            self.tr(
                "No members yet. Import the roster from a spreadsheet (CSV or Excel) – or draw the members "
                "in the Lottery area, or add them one by one."
            ),
            import_action,
        )
        self.stack.addWidget(self.empty)

        body = QWidget()
        col = QVBoxLayout(body)
        col.setContentsMargins(24, 16, 24, 16)
        col.setSpacing(8)
        bar = QHBoxLayout()
        bar.setSpacing(8)
        actions_bar = QHBoxLayout()
        actions_bar.setSpacing(8)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search name or number…"))
        self.search.setClearButtonEnabled(True)
        self.search.setToolTip(self.tr("Search as you type over names and member numbers (Ctrl+F)"))
        self.search.setMinimumWidth(280)
        find = QAction(self)
        find.setShortcut(QKeySequence.StandardKey.Find)
        find.setShortcutContext(Qt.ShortcutContext.WindowShortcut)  # only while the roster is visible
        find.triggered.connect(self._find)
        self.addAction(find)
        bar.addWidget(self.search)
        self.status_filter = QComboBox()
        self.status_filter.setToolTip(self.tr("Show members with this status"))
        for text, data in (
            (self.tr("All statuses"), None),
            (self.tr("Active"), "active"),
            (self.tr("Withdrawn"), "withdrawn"),
            (self.tr("Replaced"), "replaced"),
        ):
            self.status_filter.addItem(text, data)
        bar.addWidget(self.status_filter)
        self.value_filter = QComboBox()
        self.value_filter.setToolTip(self.tr("Show members with this category value"))
        self.value_filter.setMinimumWidth(180)
        bar.addWidget(self.value_filter)
        self.count = QLabel()
        self.count.setObjectName("figureCaption")
        bar.addWidget(self.count)
        bar.addStretch(1)

        self.new_action = QAction(icon("mdi6.account-plus-outline"), self.tr("New member"), self)
        self.new_action.setShortcut(QKeySequence("Ctrl+Shift+N"))
        self.new_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.new_action.setToolTip(self.tr("Add a member by hand"))
        self.withdraw_action = QAction(icon("mdi6.account-arrow-right-outline"), self.tr("Withdraw / replace…"), self)
        self.withdraw_action.setShortcut(QKeySequence("Ctrl+Shift+W"))
        self.withdraw_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.withdraw_action.setToolTip(self.tr("Record that the selected member withdrew, and pick a reserve"))
        self.forget_action = QAction(icon("mdi6.account-remove-outline", DANGER), self.tr("Forget…"), self)
        self.forget_action.setToolTip(
            self.tr("Erase the selected member's name and contact data for good (counts stay)")
        )
        self.export_action = QAction(icon("mdi6.file-export-outline"), self.tr("Export…"), self)
        self.export_action.setShortcut(QKeySequence("Ctrl+E"))
        self.export_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.export_action.setToolTip(self.tr("Export the members to CSV or Excel (anonymised unless you choose)"))
        for action in (self.new_action, self.withdraw_action, self.forget_action, self.export_action):
            self.addAction(action)
            button = QToolButton()
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            button.setToolTip(_tip(action))
            actions_bar.addWidget(button)
        self.print_button = QPushButton(icon("mdi6.printer-outline"), self.tr("Print"))
        self.print_button.setToolTip(self.tr("Badges, sign-in sheets and member lists as PDF"))
        menu = QMenu(self.print_button)
        for key, text in (
            ("badges", self.tr("Name badges…")),
            ("signin", self.tr("Sign-in sheet for the day…")),
            ("list", self.tr("Member list…")),
        ):
            act = menu.addAction(text)
            act.triggered.connect(lambda _=False, k=key: self.print_requested.emit(k))
        self.print_button.setMenu(menu)
        actions_bar.addWidget(self.print_button)
        actions_bar.addStretch(1)
        col.addLayout(actions_bar)
        col.addLayout(bar)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        self.model = MembersTableModel(self)
        self.proxy = MembersFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = table_view(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.setAlternatingRowColors(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        splitter.addWidget(self.table)
        self.form = MemberForm(ctx)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.form)
        scroll.setMinimumWidth(360)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        splitter.addWidget(scroll)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([760, 400])
        col.addWidget(splitter, 1)
        self.stack.addWidget(body)
        self.body = body

        self.search.textChanged.connect(self._filter_changed)
        self.status_filter.currentIndexChanged.connect(self._filter_changed)
        self.value_filter.currentIndexChanged.connect(self._filter_changed)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._selection_changed())
        self.new_action.triggered.connect(self.new_member)
        self.withdraw_action.triggered.connect(self._withdraw)
        self.forget_action.triggered.connect(self.forget_selected)
        self.export_action.triggered.connect(self.export_requested.emit)
        self.form.saved.connect(self.select_member)
        self.refresh()

    # -- data --------------------------------------------------------------------------

    def _find(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def refresh(self) -> None:
        keep = self.selected_member_id()
        cats = list_categories(self.ctx.db, self.ctx.assembly_id)
        members = list_members(self.ctx.db, self.ctx.assembly_id)
        self.model.set_members(members, cats)
        self.form.set_categories(cats)
        current = self.value_filter.currentData()
        self.value_filter.blockSignals(True)
        self.value_filter.clear()
        self.value_filter.addItem(self.tr("All categories"), None)
        for c in cats:
            for v in c.values:
                self.value_filter.addItem(f"{c.name}: {v.name}", (c.id, v.id))
        i = self.value_filter.findData(current)
        self.value_filter.setCurrentIndex(max(i, 0))
        self.value_filter.blockSignals(False)
        self._filter_changed()
        self.table.resizeColumnsToContents()
        self.stack.setCurrentWidget(self.body if members else self.empty)
        if keep is not None:
            self.select_member(keep)
        else:
            self._selection_changed()

    def _filter_changed(self) -> None:
        self.proxy.set_search(self.search.text())
        self.proxy.set_status(self.status_filter.currentData())
        value = self.value_filter.currentData()
        self.proxy.set_value(tuple(value) if value is not None else None)
        self.count.setText(self.tr("{0} of {1} members").format(self.proxy.rowCount(), self.model.rowCount()))

    def selected_member_id(self) -> int | None:
        index = self.table.selectionModel().currentIndex()
        if not index.isValid():
            return None
        value = self.proxy.data(self.proxy.index(index.row(), 0), MEMBER_ID_ROLE)
        return int(value) if value is not None else None

    def select_member(self, member_id: int) -> None:
        row = self.model.row_of(member_id)
        if row < 0:
            return
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():
            self._selection_changed()
            return
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        )
        self.table.scrollTo(index)
        self._selection_changed()

    def _selection_changed(self) -> None:
        member_id = self.selected_member_id()
        if self.form.member_id is None and self.form.isEnabled() and member_id is None:
            return  # typing in a new member
        self.form.load(member_id)
        row = self.model.row_of(member_id) if member_id is not None else -1
        member = self.model.member(row) if row >= 0 else None
        self.withdraw_action.setEnabled(member is not None and member.status in ("active", "withdrawn"))
        self.forget_action.setEnabled(member is not None and not member.forgotten)

    # -- actions -----------------------------------------------------------------------

    def new_member(self) -> None:
        self.stack.setCurrentWidget(self.body)
        self.table.selectionModel().clearCurrentIndex()
        self.table.clearSelection()
        self.form.start_new()

    def _withdraw(self) -> None:
        member_id = self.selected_member_id()
        if member_id is not None:
            self.withdraw_requested.emit(member_id)

    def forget_selected(self, confirm: bool = True) -> None:
        member_id = self.selected_member_id()
        if member_id is None:
            return
        row = self.model.row_of(member_id)
        assert row >= 0
        member = self.model.member(row)
        if confirm:
            box = QMessageBox(self)
            box.setIcon(QMessageBox.Icon.Warning)
            box.setWindowTitle(self.tr("Forget member {0}").format(member.number))
            box.setText(
                self.tr("Erase the name and contact data of member {0} ({1}) for good?").format(
                    member.number, member.name
                )
            )
            box.setInformativeText(
                self.tr("Attendance, votes and the anonymous profile stay as counts. This cannot be undone.")
            )
            forget = box.addButton(self.tr("Forget"), QMessageBox.ButtonRole.DestructiveRole)
            forget.setObjectName("dangerButton")
            box.addButton(QMessageBox.StandardButton.Cancel)
            box.setDefaultButton(QMessageBox.StandardButton.Cancel)
            box.exec()
            if box.clickedButton() is not forget:
                return
        try:
            self.ctx.apply(
                lambda: forget_member(self.ctx.db, member_id),
                self.tr("Member {0} forgotten: name and contact data erased").format(member.number),
            )
        except ServiceError as exc:
            QMessageBox.warning(self, self.tr("Forget member"), error_text(exc))
