"""Recommendations: the list on the left, the chosen recommendation on the right.

The right side has the current text (saved as a new version, never overwritten), the
initiatives, the amendments (accept / reject, each shown as a change against its
version), the version history with a side-by-side comparison, and the minority
statement. Merging and the final wording are buttons above.
"""

from __future__ import annotations

import datetime as dt
import html
from pathlib import Path

from PySide6.QtCore import QDateTime, QEvent, QItemSelectionModel, QLocale, QObject, QSettings, Qt, QTimeZone
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.changes import Changes
from app.io.recommendations_import import import_recommendations
from app.io.tabular import ImportFailed
from app.services import recommendations as rs
from app.services.errors import ServiceError
from ui.context import AppContext
from ui.errors import error_text, problem_text
from ui.formats import qdate, qtime
from ui.page import EmptyState, Page, table_view
from ui.recommendations.compare import CompareDialog, CompareView
from ui.recommendations.dialogs import AmendmentDialog, MergeDialog, RecommendationDialog
from ui.recommendations.models import ID_ROLE, STATUS_ICONS, RecommendationListModel, status_words
from ui.theme import DONE, MUTED, ROW_HEIGHT, TEXT, WARNING, icon

AUTHOR_KEY = "recommendations/author"


def local_time(value: dt.datetime) -> str:
    """A stored UTC time in the user's locale and time zone."""
    stamp = QDateTime(qdate(value.date()), qtime(value.time()), QTimeZone.utc()).toLocalTime()
    return QLocale().toString(stamp, QLocale.FormatType.ShortFormat)


def _button(text: str, icon_name: str, tip: str = "") -> QPushButton:
    b = QPushButton(icon(icon_name), text)
    if tip:
        b.setToolTip(tip)
    return b


def _tree(headers: list[str]) -> QTreeWidget:
    tree = QTreeWidget()
    tree.setHeaderLabels(headers)
    tree.setRootIsDecorated(False)
    tree.setUniformRowHeights(True)
    tree.setAlternatingRowColors(False)
    tree.setStyleSheet(f"QTreeWidget::item {{ min-height: {ROW_HEIGHT}px; }}")
    return tree


class RecommendationsPage(Page):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.current_id: int | None = None
        self.detail: rs.RecommendationDetail | None = None
        self._editor_rec_id: int | None = None
        self._editor_base_id: int | None = None
        self._filling = False
        self._removed: rs.InitiativeInfo | None = None
        self.dialog: QDialog | None = None
        self.compare_dialog: CompareDialog | None = None
        self.import_box: QMessageBox | None = None
        self._refreshing = False
        self._unsaved: dict[int, tuple[int | None, str]] = {}
        self._unsaved_minority: dict[int, str] = {}  # recommendation -> (base version, text)

        self.new_action = QAction(icon("mdi6.plus"), self.tr("New recommendation…"), self)
        self.new_action.setShortcut(QKeySequence("Ctrl+N"))
        self.new_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.new_action.setToolTip(self.tr("Draft a new recommendation (Ctrl+N)"))
        self.new_action.triggered.connect(self.new_recommendation)
        self.addAction(self.new_action)
        self.import_action = QAction(icon("mdi6.file-import-outline"), self.tr("Import from a spreadsheet…"), self)
        self.import_action.setToolTip(self.tr("Import recommendations from CSV or Excel (code, title, theme, text)"))
        self.import_action.triggered.connect(self.choose_import_file)
        self.find_action = QAction(self.tr("Search"), self)
        self.find_action.setShortcut(QKeySequence("Ctrl+F"))
        self.find_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.find_action.triggered.connect(self._find)
        self.addAction(self.find_action)
        self.save_action = QAction(self.tr("Save as new version"), self)
        self.save_action.setShortcut(QKeySequence("Ctrl+S"))
        self.save_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.save_action.triggered.connect(self.save_version)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.stack = QStackedWidget()
        outer.addWidget(self.stack)

        # -- empty state
        self.empty_state = EmptyState(
            self.tr(
                "No recommendations yet. Draft the assembly's recommendations here: every edit is kept "
                "as a version, tables propose amendments, and the final wording goes to the vote."
            ),
            self.new_action,
        )
        self.empty_import = QPushButton(self.import_action.icon(), self.import_action.text())
        self.empty_import.setToolTip(self.import_action.toolTip())
        self.empty_import.clicked.connect(self.import_action.trigger)
        empty_layout = self.empty_state.layout()
        assert isinstance(empty_layout, QVBoxLayout)
        import_row = QHBoxLayout()
        import_row.addWidget(self.empty_import)
        import_row.addStretch(1)
        empty_layout.insertLayout(empty_layout.count() - 1, import_row)
        self.empty_state.setMaximumWidth(720)
        empty = QWidget()
        wrapper = QHBoxLayout(empty)
        wrapper.addWidget(self.empty_state, 4)
        wrapper.addStretch(1)
        self.stack.addWidget(empty)

        # -- list and detail
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        self.stack.addWidget(splitter)
        splitter.addWidget(self._build_list())
        splitter.addWidget(self._build_detail())
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        self.splitter = splitter
        self._sized = False

        self.refresh()

    # ------------------------------------------------------------------ building

    def _find(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _build_list(self) -> QWidget:
        box = QWidget()
        col = QVBoxLayout(box)
        col.setContentsMargins(24, 16, 8, 16)
        col.setSpacing(8)
        row = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search (Ctrl+F)"))
        self.search.setToolTip(self.tr("Search the codes, titles, themes and texts (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.addAction(icon("mdi6.magnify"), QLineEdit.ActionPosition.LeadingPosition)
        self.search.textChanged.connect(lambda _t: self.refresh())
        self.theme_filter = QComboBox()
        self.theme_filter.setMinimumContentsLength(8)
        self.theme_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.theme_filter.setToolTip(self.tr("Show one theme only"))
        self.theme_filter.currentIndexChanged.connect(lambda _i: self.refresh() if not self._filling else None)
        row.addWidget(self.search, 1)
        row.addWidget(self.theme_filter)
        col.addLayout(row)
        self.model = RecommendationListModel(self)
        self.table = table_view(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setShowGrid(False)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(RecommendationListModel.TITLE, QHeaderView.ResizeMode.Stretch)
        for c in (RecommendationListModel.CODE, RecommendationListModel.VERSIONS):
            header.setSectionResizeMode(c, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(RecommendationListModel.THEME, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(RecommendationListModel.STATUS, QHeaderView.ResizeMode.Interactive)
        self.table.setColumnWidth(RecommendationListModel.THEME, 88)
        self.table.setColumnWidth(RecommendationListModel.STATUS, 108)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        box.setMinimumWidth(280)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.table.installEventFilter(self)
        col.addWidget(self.table, 1)
        bottom = QHBoxLayout()
        self.count_label = QLabel()
        self.count_label.setObjectName("figureCaption")
        bottom.addWidget(self.count_label, 1)
        self.list_import = QPushButton(self.import_action.icon(), self.tr("Import…"))
        self.list_import.setToolTip(self.import_action.toolTip())
        self.list_import.clicked.connect(self.import_action.trigger)
        bottom.addWidget(self.list_import)
        col.addLayout(bottom)
        return box

    def _build_detail(self) -> QWidget:
        self.detail_stack = QStackedWidget()
        hint = QLabel(self.tr("Choose a recommendation on the left."))
        hint.setObjectName("emptyStateText")
        hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.detail_stack.addWidget(hint)

        pane = QWidget()
        pane.addAction(self.save_action)
        col = QVBoxLayout(pane)
        col.setContentsMargins(8, 16, 24, 16)
        col.setSpacing(8)
        self.heading = QLabel()
        self.heading.setObjectName("detailHeading")
        self.heading.setStyleSheet("font-size: 15pt; font-weight: 600;")
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        col.addWidget(self.heading)
        facts_row = QHBoxLayout()
        self.status_icon = QLabel()
        self.facts = QLabel()
        self.facts.setObjectName("figureCaption")
        self.facts.setWordWrap(True)
        self.facts.setTextFormat(Qt.TextFormat.RichText)
        self.facts.linkActivated.connect(self.go_to_code)
        facts_row.addWidget(self.status_icon)
        facts_row.addWidget(self.facts, 1)
        col.addLayout(facts_row)

        buttons = QHBoxLayout()
        self.details_button = _button(
            self.tr("Edit…"), "mdi6.pencil-outline", self.tr("Edit the code, title, theme and origin table")
        )
        self.details_button.clicked.connect(self.edit_details)
        self.merge_button = _button(self.tr("Merge…"), "mdi6.call-merge", self.tr("Merge another draft into this one"))
        self.merge_button.clicked.connect(self.merge)
        self.final_button = _button(
            self.tr("Mark final"),
            "mdi6.check-decagram",
            self.tr("The current version becomes the final wording that goes to the vote"),
        )
        self.final_button.clicked.connect(self.toggle_final)
        self.withdraw_button = _button(self.tr("Withdraw"), "mdi6.close-circle-outline")
        self.withdraw_button.clicked.connect(self.toggle_withdrawn)
        for b in (self.details_button, self.merge_button, self.final_button, self.withdraw_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        col.addLayout(buttons)

        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.hide()
        col.addWidget(self.message)

        self.tabs = QTabWidget()
        self.tabs.setUsesScrollButtons(True)
        self.tabs.addTab(self._build_text_tab(), self.tr("Text"))
        self.tabs.addTab(self._build_initiatives_tab(), self.tr("Initiatives"))
        self.tabs.addTab(self._build_amendments_tab(), self.tr("Amendments"))
        self.tabs.addTab(self._build_history_tab(), self.tr("History"))
        self.tabs.addTab(self._build_minority_tab(), self.tr("Minority"))
        self.tabs.setTabToolTip(4, self.tr("Minority statement"))
        col.addWidget(self.tabs, 1)
        self.detail_stack.addWidget(pane)
        return self.detail_stack

    def _build_text_tab(self) -> QWidget:
        tab = QWidget()
        col = QVBoxLayout(tab)
        col.setContentsMargins(8, 8, 8, 8)
        self.version_line = QLabel()
        self.version_line.setObjectName("figureCaption")
        self.version_line.setWordWrap(True)
        self.version_line.setTextFormat(Qt.TextFormat.PlainText)
        col.addWidget(self.version_line)
        self.editor = QPlainTextEdit()
        self.editor.setTabChangesFocus(True)
        self.editor.setStyleSheet("font-size: 12pt;")
        col.addWidget(self.editor, 1)
        row = QHBoxLayout()
        self.author = QLineEdit(str(QSettings().value(AUTHOR_KEY, "") or ""))
        self.author.setPlaceholderText(self.tr("Your name"))
        self.author.setToolTip(self.tr("Who made this change"))
        self.author_table = QComboBox()
        self.author_table.setToolTip(self.tr("The table the change comes from"))
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("Note (optional)"))
        self.note.setToolTip(self.tr("A note about this version, e.g. after the plenary"))
        self.save_button = QPushButton(icon("mdi6.content-save-outline", "#ffffff"), self.tr("Save as new version"))
        self.save_button.setObjectName("primaryButton")
        self.save_button.setToolTip(self.tr("Keep the old text and save this as a new version (Ctrl+S)"))
        self.save_button.clicked.connect(self.save_version)
        for w in (self.author, self.note):
            w.setMinimumWidth(80)
        self.author_table.setMinimumContentsLength(8)
        self.author_table.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        row.addWidget(self.author, 2)
        row.addWidget(self.author_table, 1)
        row.addWidget(self.note, 3)
        col.addLayout(row)
        save_row = QHBoxLayout()
        self.unsaved_label = QLabel()
        self.unsaved_label.setObjectName("warning")
        save_row.addWidget(self.unsaved_label)
        save_row.addStretch(1)
        save_row.addWidget(self.save_button)
        self.editor.textChanged.connect(self._update_unsaved)
        col.addLayout(save_row)
        return tab

    def _build_initiatives_tab(self) -> QWidget:
        tab = QWidget()
        col = QVBoxLayout(tab)
        col.setContentsMargins(8, 8, 8, 8)
        hint = QLabel(self.tr("Concrete initiatives under this recommendation. Double-click one to edit it."))
        hint.setObjectName("figureCaption")
        hint.setWordWrap(True)
        col.addWidget(hint)
        self.initiative_list = QListWidget()
        self.initiative_list.setStyleSheet(f"QListWidget::item {{ min-height: {ROW_HEIGHT}px; padding: 0 4px; }}")
        self.initiative_list.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.initiative_list.itemChanged.connect(self._initiative_edited)
        self.initiative_list.currentRowChanged.connect(lambda _r: self._update_initiative_buttons())
        col.addWidget(self.initiative_list, 1)
        add_row = QHBoxLayout()
        self.new_initiative = QLineEdit()
        self.new_initiative.setPlaceholderText(self.tr("A new initiative – press Enter to add it"))
        self.new_initiative.returnPressed.connect(self.add_initiative)
        self.add_initiative_button = _button(self.tr("Add"), "mdi6.plus")
        self.add_initiative_button.clicked.connect(self.add_initiative)
        add_row.addWidget(self.new_initiative, 1)
        add_row.addWidget(self.add_initiative_button)
        col.addLayout(add_row)
        row = QHBoxLayout()
        self.up_button = _button(self.tr("Up"), "mdi6.arrow-up", self.tr("Move the initiative up"))
        self.up_button.clicked.connect(lambda: self.move_initiative(-1))
        self.down_button = _button(self.tr("Down"), "mdi6.arrow-down", self.tr("Move the initiative down"))
        self.down_button.clicked.connect(lambda: self.move_initiative(1))
        self.remove_button = _button(self.tr("Remove"), "mdi6.delete-outline")
        self.remove_button.clicked.connect(self.remove_initiative)
        self.undo_remove = QPushButton(icon("mdi6.undo"), self.tr("Undo remove"))
        self.undo_remove.clicked.connect(self.undo_remove_initiative)
        self.undo_remove.hide()
        for b in (self.up_button, self.down_button, self.remove_button, self.undo_remove):
            row.addWidget(b)
        row.addStretch(1)
        col.addLayout(row)
        return tab

    def _build_amendments_tab(self) -> QWidget:
        tab = QWidget()
        col = QVBoxLayout(tab)
        col.setContentsMargins(8, 8, 8, 8)
        self.amendment_list = _tree(
            [self.tr("No."), self.tr("Against"), self.tr("Proposed by"), self.tr("Status"), self.tr("Rationale")]
        )
        self.amendment_list.setMinimumHeight(4 * ROW_HEIGHT)
        self.amendment_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.amendment_list.setMaximumHeight(6 * ROW_HEIGHT)
        self.amendment_list.currentItemChanged.connect(lambda *_: self._show_amendment())
        col.addWidget(self.amendment_list)
        row = QHBoxLayout()
        self.propose_button = _button(
            self.tr("Propose…"), "mdi6.plus", self.tr("Propose an amendment to the current version")
        )
        self.propose_button.clicked.connect(self.propose_amendment)
        self.accept_button = _button(self.tr("Accept"), "mdi6.check", self.tr("Its text becomes a new version"))
        self.accept_button.clicked.connect(self.accept_amendment)
        self.reject_button = _button(self.tr("Reject"), "mdi6.close")
        self.reject_button.clicked.connect(self.reject_amendment)
        self.repropose_button = _button(
            self.tr("Propose again…"),
            "mdi6.restore",
            self.tr("Start a new amendment against the current version with this amendment's wording"),
        )
        self.repropose_button.clicked.connect(self.repropose_amendment)
        self.amendment_compare_button = _button(
            self.tr("Compare…"), "mdi6.compare-horizontal", self.tr("Show the change in a large side-by-side view")
        )
        self.amendment_compare_button.clicked.connect(self.compare_amendment)
        for b in (self.propose_button, self.accept_button, self.reject_button, self.amendment_compare_button):
            row.addWidget(b)
        row.addStretch(1)
        col.addLayout(row)
        note_row = QHBoxLayout()
        self.amendment_note = QLabel()
        self.amendment_note.setWordWrap(True)
        self.amendment_note.setTextFormat(Qt.TextFormat.PlainText)
        note_row.addWidget(self.amendment_note, 1)
        note_row.addWidget(self.repropose_button, 0, Qt.AlignmentFlag.AlignTop)
        col.addLayout(note_row)
        self.amendment_compare = CompareView()
        col.addWidget(self.amendment_compare, 1)
        col.addStretch(0)
        return tab

    def _build_history_tab(self) -> QWidget:
        tab = QWidget()
        col = QVBoxLayout(tab)
        col.setContentsMargins(8, 8, 8, 8)
        hint = QLabel(
            self.tr(
                "Every saved text is kept. Choose one version to compare it with the one before, "
                "or two (Ctrl+click) to compare them."
            )
        )
        hint.setObjectName("figureCaption")
        hint.setWordWrap(True)
        col.addWidget(hint)
        self.version_list = _tree(
            [self.tr("Version"), self.tr("Saved"), self.tr("By"), self.tr("Table"), self.tr("Note")]
        )
        self.version_list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.version_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.version_list.itemDoubleClicked.connect(lambda *_: self.compare_selected())
        self.version_list.itemSelectionChanged.connect(self._update_history_buttons)
        col.addWidget(self.version_list, 1)
        self.version_preview = QPlainTextEdit()
        self.version_preview.setReadOnly(True)
        self.version_preview.setPlaceholderText(self.tr("Choose a version to read its text here."))
        col.addWidget(self.version_preview, 1)
        row = QHBoxLayout()
        self.compare_button = _button(
            self.tr("Compare…"), "mdi6.compare-horizontal", self.tr("Show two versions side by side")
        )
        self.compare_button.clicked.connect(self.compare_selected)
        self.restore_button = _button(
            self.tr("Restore"), "mdi6.restore", self.tr("Save this older text again as a new version")
        )
        self.restore_button.clicked.connect(self.restore_version)
        self.final_version_button = _button(
            self.tr("Use as final"), "mdi6.check-decagram", self.tr("Mark this version as the final wording")
        )
        self.final_version_button.clicked.connect(self.mark_selected_final)
        for b in (self.compare_button, self.restore_button, self.final_version_button):
            row.addWidget(b)
        row.addStretch(1)
        col.addLayout(row)
        return tab

    def _build_minority_tab(self) -> QWidget:
        tab = QWidget()
        col = QVBoxLayout(tab)
        col.setContentsMargins(8, 8, 8, 8)
        hint = QLabel(self.tr("A minority's statement, printed beside the recommendation in the report."))
        hint.setObjectName("figureCaption")
        hint.setWordWrap(True)
        col.addWidget(hint)
        self.minority = QPlainTextEdit()
        self.minority.setTabChangesFocus(True)
        col.addWidget(self.minority, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        self.minority_button = _button(self.tr("Save statement"), "mdi6.content-save-outline")
        self.minority_button.clicked.connect(self.save_minority)
        row.addWidget(self.minority_button)
        col.addLayout(row)
        return tab

    # ------------------------------------------------------------------ page API

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._sized:  # the list gets about two fifths, the detail the rest
            self._sized = True
            total = max(1, sum(self.splitter.sizes()) or self.width())
            left = max(280, min(640, round(total * 0.42), total - 600))
            self.splitter.setSizes([left, max(1, total - left)])

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table and event.type() == QEvent.Type.Resize:
            self._fit_columns()
        return super().eventFilter(watched, event)

    def _fit_columns(self) -> None:
        """A narrow list drops the theme column (the theme is in the filter and the detail),
        a very narrow one the version count too (the detail's history has it)."""
        width = self.table.width()
        self.table.setColumnHidden(RecommendationListModel.THEME, width < 500)
        self.table.setColumnHidden(RecommendationListModel.VERSIONS, width < 380)
        self.table.setColumnWidth(RecommendationListModel.THEME, 150 if width > 620 else 88)

    def primary_action(self) -> QAction:
        return self.new_action

    def on_changes(self, changes: Changes) -> None:
        if changes & (Changes.RECOMMENDATIONS | Changes.SEATING | Changes.ASSEMBLY):
            self.refresh()

    def event(self, ev: QEvent) -> bool:
        # Ctrl+N is also File ▸ New assembly; inside this page it means a new recommendation.
        if (
            ev.type() == QEvent.Type.ShortcutOverride
            and isinstance(ev, QKeyEvent)
            and QKeySequence(ev.keyCombination()) == self.new_action.shortcut()
        ):
            ev.accept()
            return True
        return super().event(ev)

    def keyPressEvent(self, ev: QKeyEvent) -> None:
        if QKeySequence(ev.keyCombination()) == self.new_action.shortcut():
            ev.accept()
            self.new_action.trigger()
            return
        super().keyPressEvent(ev)

    # ------------------------------------------------------------------ refreshing

    def refresh(self) -> None:
        self._filling = True
        try:
            chosen = self.theme_filter.currentData()
            self.theme_filter.clear()
            self.theme_filter.addItem(self.tr("All themes"), None)
            for theme in rs.themes(self.ctx.db, self.ctx.assembly_id):
                self.theme_filter.addItem(theme, theme)
                if theme == chosen:
                    self.theme_filter.setCurrentIndex(self.theme_filter.count() - 1)
        finally:
            self._filling = False
        theme = self.theme_filter.currentData()
        rows = rs.list_recommendations(self.ctx.db, self.ctx.assembly_id, search=self.search.text(), theme=theme)
        filtered = bool(self.search.text().strip()) or theme is not None
        total = len(rs.list_recommendations(self.ctx.db, self.ctx.assembly_id)) if filtered else len(rows)
        self.stack.setCurrentIndex(0 if total == 0 else 1)
        keep = self.current_id
        self._refreshing = True  # the model reset and reselection below are not the user's
        try:
            self.model.load(rows)
            row = self.model.row_of(keep) if keep is not None else -1
            if row < 0 and rows:
                row = 0
            if row >= 0:
                self.table.selectionModel().setCurrentIndex(
                    self.model.index(row, 0),
                    QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
                )
        finally:
            self._refreshing = False
        if filtered:
            self.count_label.setText(self.tr("{0} of {1} shown").format(len(rows), total))
        else:
            self.count_label.setText(self.tr("%n recommendation(s)", "", total))
        if row >= 0:
            if self.model.items[row].id != keep:
                self._hide_message()
            self.show_recommendation(self.model.items[row].id)
        else:
            self.show_recommendation(None)

    def _row_changed(self, current: object, _previous: object) -> None:
        if self._refreshing:
            return
        index = self.table.currentIndex()
        rec_id = index.data(ID_ROLE) if index.isValid() else None
        if rec_id != self.current_id:
            self._hide_message()
            self._removed = None
            self.undo_remove.hide()
        self.show_recommendation(rec_id)

    def show_recommendation(self, rec_id: int | None) -> None:
        self.current_id = rec_id
        if rec_id is None:
            self.detail = None
            self.detail_stack.setCurrentIndex(0)
            return
        try:
            d = rs.get_recommendation(self.ctx.db, rec_id)
        except ServiceError:
            self.detail = None
            self.detail_stack.setCurrentIndex(0)
            return
        previous = self.detail
        if previous is not None and previous.id != d.id and self._has_unsaved_edit(previous):
            # Switching to another recommendation keeps the typed text for when we come back.
            self._unsaved[previous.id] = (self._editor_base_id, self.editor.toPlainText())
        if (
            previous is not None
            and previous.id != d.id
            and self.minority.document().isModified()
            and self.minority.toPlainText().strip() != previous.minority_statement
        ):
            self._unsaved_minority[previous.id] = self.minority.toPlainText()
        self.detail = d
        self.detail_stack.setCurrentIndex(1)
        self._filling = True
        try:
            self._fill_header(d)
            self._fill_text(d)
            self._fill_initiatives(d)
            self._fill_amendments(d)
            self._fill_history(d)
            stashed_minority = self._unsaved_minority.pop(d.id, None) if self._editor_rec_id != d.id else None
            if stashed_minority is not None:
                self.minority.setPlainText(stashed_minority)
                self.minority.document().setModified(True)
            elif not self.minority.document().isModified() or self._editor_rec_id != d.id:
                self.minority.setPlainText(d.minority_statement)
                self.minority.document().setModified(False)
        finally:
            self._filling = False
        self._editor_rec_id = d.id
        self._update_unsaved()
        self._update_initiative_buttons()
        self._update_history_buttons()
        self._show_amendment()

    @staticmethod
    def _code_link(code: str) -> str:
        return f'<a href="code:{html.escape(code)}">{html.escape(code)}</a>'

    def go_to_code(self, link: str) -> None:
        """Show the recommendation a "code:A3" link names (clearing the filters if needed)."""
        code = link.removeprefix("code:")
        row = next((i for i, r in enumerate(self.model.items) if r.code == code), -1)
        if row < 0:
            self.search.clear()
            self.theme_filter.setCurrentIndex(0)
            row = next((i for i, r in enumerate(self.model.items) if r.code == code), -1)
        if row >= 0:
            self.table.selectRow(row)

    def _fill_header(self, d: rs.RecommendationDetail) -> None:
        self.heading.setText(f"{d.code}  {d.title}")
        open_count = sum(1 for a in d.amendments if a.status == "proposed")
        if d.status == "merged" and d.merged_into_code:
            status = self.tr("Merged into {0}").format(self._code_link(d.merged_into_code))
        else:
            status = html.escape(status_words(self, d.status, d.merged_into_code, open_count))
        facts = [status]
        if d.theme:
            facts.append(html.escape(self.tr("Theme: {0}").format(d.theme)))
        if d.origin_table_label:
            facts.append(html.escape(self.tr("From {0}").format(d.origin_table_label)))
        facts.append(self.tr("%n version(s)", "", len(d.versions)))
        if d.final_version_id is not None:
            number = next((v.number for v in d.versions if v.id == d.final_version_id), 0)
            facts.append(self.tr("final wording: version {0}").format(number))
        if d.merged_from:
            facts.append(self.tr("merged from {0}").format(", ".join(self._code_link(c) for c in d.merged_from)))
        self.facts.setText(" · ".join(facts))
        name, colour = STATUS_ICONS.get(d.status, STATUS_ICONS["draft"])
        self.status_icon.setPixmap(icon(name, colour).pixmap(20, 20))
        draft = d.status == "draft"
        self.details_button.setEnabled(d.status != "merged")
        self.merge_button.setEnabled(draft)
        self.final_button.setEnabled(d.status in ("draft", "final"))
        if d.status == "final":
            self.final_button.setText(self.tr("Reopen"))
            self.final_button.setIcon(icon("mdi6.lock-open-outline"))
            self.final_button.setToolTip(self.tr("Back to draft; the final wording is cleared"))
        else:
            self.final_button.setText(self.tr("Mark final"))
            self.final_button.setIcon(icon("mdi6.check-decagram"))
            self.final_button.setToolTip(self.tr("The current version becomes the final wording that goes to the vote"))
        self.withdraw_button.setEnabled(d.status != "merged")
        if d.status == "withdrawn":
            self.withdraw_button.setText(self.tr("Restore"))
            self.withdraw_button.setIcon(icon("mdi6.restore"))
        else:
            self.withdraw_button.setText(self.tr("Withdraw"))
            self.withdraw_button.setIcon(icon("mdi6.close-circle-outline"))

    def _version_title(self, v: rs.VersionInfo, d: rs.RecommendationDetail | None = None) -> str:
        parts = [self.tr("Version {0}").format(v.number)]
        who = ", ".join(x for x in (v.author, v.table_label) if x)
        if who:
            parts.append(who)
        parts.append(local_time(v.created_at))
        if d is not None and v.id == d.final_version_id:
            parts.append(self.tr("final wording"))
        elif d is not None and d.current is not None and v.id == d.current.id:
            parts.append(self.tr("current"))
        return " · ".join(parts)

    def _update_unsaved(self) -> None:
        d = self.detail
        dirty = d is not None and d.editable and self.editor.toPlainText().strip() != d.text
        self.unsaved_label.setText(self.tr("⚠ Not saved yet") if dirty else "")

    def _has_unsaved_edit(self, d: rs.RecommendationDetail) -> bool:
        return (
            self._editor_rec_id == d.id
            and d.editable
            and self.editor.document().isModified()
            and self.editor.toPlainText().strip() != d.text
        )

    def _fill_text(self, d: rs.RecommendationDetail) -> None:
        current = d.current
        same = self._editor_rec_id == d.id
        unsaved = same and self.editor.document().isModified() and current is not None
        if unsaved and current is not None and self.editor.toPlainText().strip() == current.text:
            unsaved = False
        stashed = self._unsaved.pop(d.id, None) if not same else None
        if stashed is not None and d.editable:
            self._editor_base_id, text = stashed
            self.editor.setPlainText(text)
            self.editor.document().setModified(True)
            unsaved = True
        if not unsaved:
            self.editor.setPlainText(d.text)
            self.editor.document().setModified(False)
            self._editor_base_id = current.id if current is not None else None
        if current is not None:
            line = self._version_title(current, d)
            if current.note:
                line += f" · {current.note}"
            if unsaved and self._editor_base_id != current.id:
                line = self.tr("A newer version was saved meanwhile ({0}); your edit is not saved yet.").format(line)
            elif unsaved:
                line = self.tr("Your edit is not saved yet (based on {0}).").format(line)
            self.version_line.setText(line)
        else:
            self.version_line.setText(self.tr("No text yet."))
        editable = d.editable
        self.editor.setReadOnly(not editable)
        for w in (self.author, self.author_table, self.note, self.save_button, self.unsaved_label):
            w.setVisible(editable)
        self.save_action.setEnabled(editable)
        if not editable:
            reason = {
                "final": self.tr("This is the final wording. Reopen it for editing to change it."),
                "merged": self.tr("Merged into {0}; its history is kept here.").format(d.merged_into_code),
                "withdrawn": self.tr("Withdrawn. Restore it to edit it again."),
            }.get(d.status, "")
            self.editor.setPlaceholderText(reason)
            self.version_line.setText(self.version_line.text() + (f" — {reason}" if reason else ""))
        chosen = self.author_table.currentData()
        self.author_table.clear()
        self.author_table.addItem(self.tr("(no table)"), None)
        for t in rs.table_choices(self.ctx.db, self.ctx.assembly_id):
            self.author_table.addItem(t.label, t.id)
            if t.id == chosen:
                self.author_table.setCurrentIndex(self.author_table.count() - 1)

    def _fill_initiatives(self, d: rs.RecommendationDetail) -> None:
        row = self.initiative_list.currentRow()
        self.initiative_list.clear()
        for n, i in enumerate(d.initiatives, start=1):
            item = QListWidgetItem(i.text)
            item.setData(ID_ROLE, i.id)
            item.setToolTip(self.tr("Initiative {0}").format(n))
            flags = item.flags()
            if d.editable:
                flags |= Qt.ItemFlag.ItemIsEditable
            item.setFlags(flags)
            self.initiative_list.addItem(item)
        if d.initiatives:
            self.initiative_list.setCurrentRow(max(0, min(row, len(d.initiatives) - 1)))
        self.tabs.setTabText(1, self.tr("Initiatives ({0})").format(len(d.initiatives)))
        self.new_initiative.setEnabled(d.editable)
        self.add_initiative_button.setEnabled(d.editable)

    def _fill_amendments(self, d: rs.RecommendationDetail) -> None:
        current = self.amendment_list.currentItem()
        current_id = current.data(0, ID_ROLE) if current is not None else None
        self.amendment_list.clear()
        select: QTreeWidgetItem | None = None
        current_number = d.current.number if d.current else 0
        for a in d.amendments:
            if a.outdated:
                status = self.tr("Outdated (text now at version {0})").format(current_number)
                ic = icon("mdi6.alert-outline", WARNING)
            elif a.status == "proposed":
                status = self.tr("Proposed")
                ic = icon("mdi6.timer-sand", TEXT)
            elif a.status == "accepted":
                status = self.tr("Accepted")
                ic = icon("mdi6.check-circle-outline", DONE)
            else:
                status = self.tr("Rejected")
                ic = icon("mdi6.close-circle-outline", MUTED)
            who = ", ".join(x for x in (a.proposed_by, a.table_label) if x)
            item = QTreeWidgetItem(
                [str(a.id), self.tr("version {0}").format(a.version_number), who, status, a.rationale]
            )
            item.setIcon(3, ic)
            item.setData(0, ID_ROLE, a.id)
            item.setToolTip(3, status)
            self.amendment_list.addTopLevelItem(item)
            if a.id == current_id or (current_id is None and a.status == "proposed" and select is None):
                select = item
        for c in range(4):
            self.amendment_list.resizeColumnToContents(c)
        if select is None and self.amendment_list.topLevelItemCount():
            select = self.amendment_list.topLevelItem(self.amendment_list.topLevelItemCount() - 1)
        if select is not None:
            self.amendment_list.setCurrentItem(select)
        open_count = sum(1 for a in d.amendments if a.status == "proposed")
        self.tabs.setTabText(
            2, self.tr("Amendments ({0} open)").format(open_count) if open_count else self.tr("Amendments")
        )
        self.propose_button.setEnabled(d.editable and d.current is not None)

    def _fill_history(self, d: rs.RecommendationDetail) -> None:
        self.version_list.clear()
        for v in reversed(d.versions):
            label = self.tr("Version {0}").format(v.number)
            if v.id == d.final_version_id:
                label += " – " + self.tr("final")
            elif d.current is not None and v.id == d.current.id:
                label += " – " + self.tr("current")
            item = QTreeWidgetItem([label, local_time(v.created_at), v.author, v.table_label, v.note])
            item.setData(0, ID_ROLE, v.id)
            if v.note:
                item.setToolTip(4, v.note)
            if v.id == d.final_version_id:
                item.setIcon(0, icon("mdi6.check-decagram", DONE))
            self.version_list.addTopLevelItem(item)
        for c in range(4):
            self.version_list.resizeColumnToContents(c)
        self.tabs.setTabText(3, self.tr("History ({0})").format(len(d.versions)))

    # ------------------------------------------------------------------ feedback

    def _show_error(self, text: str) -> None:
        self.message.setObjectName("error")
        self.message.setText(self.tr("Not done: {0}").format(text))
        self.message.setStyleSheet("color: #b3261e;")
        self.message.show()

    def _hide_message(self) -> None:
        self.message.hide()
        self.message.setText("")

    def _do(self, call: object, message: str) -> bool:
        """Run one service call through the context; a refusal is shown in the pane."""
        assert callable(call)
        try:
            self.ctx.apply(call, message)
        except ServiceError as exc:
            self._show_error(error_text(exc))
            return False
        self._hide_message()
        return True

    def _open(self, dialog: QDialog) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.finished.connect(lambda _r, d=dialog: self._dialog_finished(d))
        dialog.open()

    def _dialog_finished(self, dialog: QDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None

    # ------------------------------------------------------------------ actions

    def new_recommendation(self) -> None:
        dialog = RecommendationDialog(self.ctx, author=self.author.text(), parent=self)

        def created() -> None:
            value = dialog.result_value
            if isinstance(value, rs.RecommendationDetail):
                self.search.clear()
                self.theme_filter.setCurrentIndex(0)
                self.current_id = value.id
                self.refresh()
                self.tabs.setCurrentIndex(0)

        dialog.accepted.connect(created)
        self._open(dialog)

    def edit_details(self) -> None:
        if self.detail is not None:
            self._open(RecommendationDialog(self.ctx, self.detail, parent=self))

    def merge(self) -> None:
        if self.detail is not None:
            self._open(MergeDialog(self.ctx, self.detail, author=self.author.text(), parent=self))

    def save_version(self) -> None:
        d = self.detail
        if d is None or not d.editable:
            return
        text = self.editor.toPlainText()
        author, table_id, note = self.author.text(), self.author_table.currentData(), self.note.text()
        base = self._editor_base_id
        QSettings().setValue(AUTHOR_KEY, author)
        if self._do(
            lambda: rs.save_version(
                self.ctx.db, d.id, text, author=author, table_id=table_id, note=note, based_on_version_id=base
            ),
            self.tr("New version of {0} saved").format(d.code),
        ):
            self.note.clear()

    def toggle_final(self) -> None:
        d = self.detail
        if d is None:
            return
        if d.status == "final":
            self._do(lambda: rs.reopen(self.ctx.db, d.id), self.tr("{0} reopened for editing").format(d.code))
        else:
            if self.editor.document().isModified() and self.editor.toPlainText().strip() != d.text:
                self._show_error(self.tr("the text has unsaved changes; save them as a new version first."))
                return
            self._do(lambda: rs.mark_final(self.ctx.db, d.id), self.tr("Final wording of {0} marked").format(d.code))

    def toggle_withdrawn(self) -> None:
        d = self.detail
        if d is None:
            return
        if d.status == "withdrawn":
            self._do(lambda: rs.reopen(self.ctx.db, d.id), self.tr("{0} restored as a draft").format(d.code))
        else:
            self._do(lambda: rs.withdraw(self.ctx.db, d.id), self.tr("{0} withdrawn").format(d.code))

    def save_minority(self) -> None:
        d = self.detail
        if d is None:
            return
        text = self.minority.toPlainText()
        if self._do(
            lambda: rs.set_minority_statement(self.ctx.db, d.id, text),
            self.tr("Minority statement of {0} saved").format(d.code),
        ):
            self.minority.document().setModified(False)

    # -- initiatives

    def _selected_initiative(self) -> int | None:
        item = self.initiative_list.currentItem()
        return int(item.data(ID_ROLE)) if item is not None else None

    def _update_initiative_buttons(self) -> None:
        editable = self.detail is not None and self.detail.editable
        row, count = self.initiative_list.currentRow(), self.initiative_list.count()
        self.up_button.setEnabled(editable and row > 0)
        self.down_button.setEnabled(editable and 0 <= row < count - 1)
        self.remove_button.setEnabled(editable and row >= 0)

    def add_initiative(self) -> None:
        d = self.detail
        text = self.new_initiative.text()
        if d is None or not text.strip():
            return
        if self._do(
            lambda: rs.add_initiative(self.ctx.db, d.id, text), self.tr("Initiative added to {0}").format(d.code)
        ):
            self.new_initiative.clear()
            self.initiative_list.setCurrentRow(self.initiative_list.count() - 1)

    def _initiative_edited(self, item: QListWidgetItem) -> None:
        if self._filling or self.detail is None:
            return
        iid = int(item.data(ID_ROLE))
        old = next((i.text for i in self.detail.initiatives if i.id == iid), None)
        if old is None or item.text().strip() == old:
            return
        text = item.text()
        if not self._do(lambda: rs.edit_initiative(self.ctx.db, iid, text), self.tr("Initiative changed")):
            self.show_recommendation(self.current_id)

    def move_initiative(self, step: int) -> None:
        iid = self._selected_initiative()
        if iid is None:
            return
        target = self.initiative_list.currentRow() + step
        if self._do(lambda: rs.move_initiative(self.ctx.db, iid, target), self.tr("Initiative moved")):
            self.initiative_list.setCurrentRow(target)

    def remove_initiative(self) -> None:
        iid = self._selected_initiative()
        if iid is None:
            return
        removed: list[rs.InitiativeInfo] = []
        if self._do(lambda: removed.append(rs.remove_initiative(self.ctx.db, iid)), self.tr("Initiative removed")):
            self._removed = removed[0]
            self.undo_remove.show()

    def undo_remove_initiative(self) -> None:
        gone = self._removed
        if gone is None:
            return
        if self._do(
            lambda: rs.add_initiative(self.ctx.db, gone.recommendation_id, gone.text, position=gone.position),
            self.tr("Initiative put back"),
        ):
            self._removed = None
            self.undo_remove.hide()
            self.initiative_list.setCurrentRow(gone.position)

    # -- amendments

    def _selected_amendment(self) -> rs.AmendmentInfo | None:
        item = self.amendment_list.currentItem()
        if item is None or self.detail is None:
            return None
        aid = item.data(0, ID_ROLE)
        return next((a for a in self.detail.amendments if a.id == aid), None)

    def _show_amendment(self) -> None:
        a = self._selected_amendment()
        d = self.detail
        editable = d is not None and d.editable
        self.accept_button.setEnabled(editable and a is not None and a.status == "proposed" and not a.outdated)
        if a is not None and a.status == "rejected":
            self.reject_button.setText(self.tr("Undo reject"))
            self.reject_button.setIcon(icon("mdi6.undo"))
            self.reject_button.setEnabled(editable)
        else:
            self.reject_button.setText(self.tr("Reject"))
            self.reject_button.setIcon(icon("mdi6.close"))
            self.reject_button.setEnabled(
                a is not None and a.status == "proposed" and d is not None and d.status in ("draft", "merged")
            )
        self.repropose_button.setVisible(a is not None and a.outdated)
        self.amendment_compare_button.setEnabled(a is not None)
        self.repropose_button.setEnabled(editable)
        if a is None or d is None:
            self.amendment_note.setText(
                self.tr("No amendments yet. A table can propose a change to the current text.")
                if d is not None and not d.amendments
                else ""
            )
            self.amendment_note.setStyleSheet("")
            self.amendment_compare.hide()
            return
        base = next((v for v in d.versions if v.id == a.version_id), None)
        self.amendment_compare.show()
        who = ", ".join(x for x in (a.proposed_by, a.table_label) if x) or self.tr("unknown")
        self.amendment_compare.set_texts(
            base.text if base else "",
            a.text,
            self._version_title(base, d) if base else self.tr("Version ?"),
            self.tr("Amendment {0} · {1}").format(a.id, who),
        )
        if a.outdated:
            self.amendment_note.setText(
                self.tr(
                    "Outdated: proposed against version {0}, but the text has changed since. Accepting it would "
                    "undo those changes – propose it again on the current text, or reject it."
                ).format(a.version_number)
            )
            self.amendment_note.setStyleSheet("color: #8a5300;")
        else:
            note = a.rationale and self.tr("Rationale: {0}").format(a.rationale)
            self.amendment_note.setText(note or "")
            self.amendment_note.setStyleSheet("")

    def propose_amendment(self, text: str | None = None) -> None:
        d = self.detail
        if d is None or d.current is None:
            return
        self._open(
            AmendmentDialog(
                self.ctx, d, text=text if isinstance(text, str) else None, proposed_by=self.author.text(), parent=self
            )
        )

    def repropose_amendment(self) -> None:
        a = self._selected_amendment()
        if a is not None:
            self.propose_amendment(a.text)

    def accept_amendment(self) -> None:
        a, d = self._selected_amendment(), self.detail
        if a is None or d is None:
            return
        decided_by = self.author.text()
        self._do(
            lambda: rs.accept_amendment(self.ctx.db, a.id, decided_by=decided_by),
            self.tr("Amendment {0} accepted: a new version of {1}").format(a.id, d.code),
        )

    def reject_amendment(self) -> None:
        a = self._selected_amendment()
        if a is None:
            return
        if a.status == "rejected":
            self._do(
                lambda: rs.undo_reject_amendment(self.ctx.db, a.id),
                self.tr("Amendment {0} is open again").format(a.id),
            )
            return
        decided_by = self.author.text()
        self._do(
            lambda: rs.reject_amendment(self.ctx.db, a.id, decided_by=decided_by),
            self.tr("Amendment {0} rejected").format(a.id),
        )

    # -- history

    def _selected_versions(self) -> list[rs.VersionInfo]:
        if self.detail is None:
            return []
        ids = {item.data(0, ID_ROLE) for item in self.version_list.selectedItems()}
        return [v for v in self.detail.versions if v.id in ids]  # oldest first

    def _update_history_buttons(self) -> None:
        chosen = self._selected_versions()
        self.version_preview.setPlainText(chosen[-1].text if len(chosen) == 1 else "")
        d = self.detail
        self.compare_button.setEnabled(d is not None and len(d.versions) > 1 and len(chosen) in (1, 2))
        one = chosen[0] if len(chosen) == 1 else None
        editable = d is not None and d.editable
        self.restore_button.setEnabled(
            editable and one is not None and d is not None and d.current is not None and one.id != d.current.id
        )
        self.final_version_button.setEnabled(editable and one is not None)

    def compare_selected(self) -> None:
        d = self.detail
        chosen = self._selected_versions()
        if d is None or len(d.versions) < 2 or not chosen:
            return
        if len(chosen) >= 2:
            old, new = chosen[0], chosen[-1]
        else:
            new = chosen[0]
            index = d.versions.index(new)
            old = d.versions[index - 1] if index > 0 else d.versions[1]
            if old.number > new.number:
                old, new = new, old
        self.show_comparison(old, new)

    def show_comparison(self, old: rs.VersionInfo, new: rs.VersionInfo) -> None:
        d = self.detail
        self.open_comparison(
            self.tr("{0}: version {1} and version {2}").format(d.code if d else "", old.number, new.number),
            old.text,
            new.text,
            self._version_title(old, d),
            self._version_title(new, d),
        )

    def compare_amendment(self) -> None:
        a, d = self._selected_amendment(), self.detail
        if a is None or d is None:
            return
        view = self.amendment_compare
        self.open_comparison(
            self.tr("{0}: amendment {1}").format(d.code, a.id),
            "".join(s.text for s in view.segments if s.kind != "insert"),
            a.text,
            view.old_heading.text(),
            view.new_heading.text(),
        )

    def open_comparison(self, title: str, old: str, new: str, old_title: str, new_title: str) -> None:
        dialog = CompareDialog(self)
        dialog.setWindowTitle(title)
        dialog.view.set_texts(old, new, old_title, new_title)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.compare_dialog = dialog
        dialog.finished.connect(lambda _r: setattr(self, "compare_dialog", None))
        dialog.open()

    def restore_version(self) -> None:
        chosen = self._selected_versions()
        d = self.detail
        if d is None or len(chosen) != 1:
            return
        v = chosen[0]
        author, base = self.author.text(), d.current.id if d.current else None
        self._do(
            lambda: rs.save_version(
                self.ctx.db,
                d.id,
                v.text,
                author=author,
                note=self.tr("Restored from version {0}").format(v.number),
                based_on_version_id=base,
            ),
            self.tr("Version {0} of {1} restored as a new version").format(v.number, d.code),
        )

    def mark_selected_final(self) -> None:
        chosen = self._selected_versions()
        d = self.detail
        if d is None or len(chosen) != 1:
            return
        v = chosen[0]
        self._do(
            lambda: rs.mark_final(self.ctx.db, d.id, v.id),
            self.tr("Version {0} is the final wording of {1}").format(v.number, d.code),
        )

    # -- import

    def choose_import_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import recommendations"),
            "",
            self.tr("Spreadsheets (*.csv *.xlsx);;All files (*)"),
        )
        if path:
            self.import_file(Path(path))

    def import_file(self, path: Path) -> list[str] | None:
        """Import a file; returns the problems (nothing imported) or None when done."""
        try:
            result = self.ctx.apply(
                lambda: import_recommendations(self.ctx.db, self.ctx.assembly_id, path, author=self.author.text()),
            )
        except ImportFailed as exc:
            problems = [problem_text(p) for p in exc.problems]
            box = QMessageBox(self)
            box.setIcon(QMessageBox.Icon.Warning)
            box.setWindowTitle(self.tr("Nothing imported"))
            box.setText(
                self.tr("{0} has {1} problem(s); nothing was imported. Fix them and import again.").format(
                    path.name, len(problems)
                )
            )
            box.setDetailedText("\n".join(problems))
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.import_box = box
            box.finished.connect(lambda _r: setattr(self, "import_box", None))
            box.open()
            return problems
        except ServiceError as exc:
            self.ctx.status(error_text(exc))
            return [error_text(exc)]
        n = len(result.created)
        self.ctx.status(self.tr("%n recommendation(s) imported", "", n))
        return None
