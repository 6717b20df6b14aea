"""Members: the roster (import, edit, withdraw/replace, forget, export, print) and the
check-in desk, as two parts of one page switched by a segmented control."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QAction, QDesktopServices, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QButtonGroup,
    QFileDialog,
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.changes import Changes
from app.io.members_export import export_members, suggested_file_name
from app.services.errors import ServiceError
from ui import tasks
from ui.context import AppContext
from ui.errors import error_text
from ui.members.checkin import CheckinView
from ui.members.import_dialog import ImportDialog
from ui.members.roster import RosterView
from ui.members.withdraw_dialog import WithdrawDialog
from ui.page import Page
from ui.theme import icon


def _segment_icon(name: str) -> QIcon:
    """Dark when off, white on the accent when the segment is checked."""
    dark, white = icon(name), icon(name, "#ffffff")
    result = QIcon()
    for size in (16, 20, 24, 32):
        for mode in (QIcon.Mode.Normal, QIcon.Mode.Active):
            result.addPixmap(dark.pixmap(size, size), mode, QIcon.State.Off)
            result.addPixmap(white.pixmap(size, size), mode, QIcon.State.On)
    return result


class MembersPage(Page):
    title = "Members"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.import_action = QAction(icon("mdi6.table-arrow-down"), self.tr("Import members…"), self)
        self.import_action.setShortcut(QKeySequence("Ctrl+I"))
        self.import_action.setToolTip(self.tr("Import the roster from a CSV or Excel file"))
        self.import_action.triggered.connect(lambda: self.open_import())
        self.addAction(self.import_action)

        col = QVBoxLayout(self)
        col.setContentsMargins(0, 0, 0, 0)
        col.setSpacing(0)
        switch = QHBoxLayout()
        switch.setContentsMargins(24, 12, 24, 0)
        switch.setSpacing(0)
        self.segments = QButtonGroup(self)
        self.roster_button = QPushButton(_segment_icon("mdi6.account-group-outline"), self.tr("Roster"))
        self.checkin_button = QPushButton(_segment_icon("mdi6.account-check-outline"), self.tr("Check-in"))
        self.roster_button.setToolTip(self.tr("The members: edit, withdraw and replace, print (Alt+R)"))
        self.checkin_button.setToolTip(self.tr("The check-in desk for a meeting day (Alt+C)"))
        for number, key in enumerate(("Alt+R", "Alt+C")):
            switch_action = QAction(self)
            switch_action.setShortcut(QKeySequence(key))
            switch_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            switch_action.triggered.connect(lambda _=False, n=number: self.show_part(n))
            self.addAction(switch_action)
        for i, b in enumerate((self.roster_button, self.checkin_button)):
            b.setCheckable(True)
            b.setMinimumWidth(150)
            side = ("left", "right") if i == 0 else ("right", "left")
            radius = (
                f"border-top-{side[0]}-radius: 6px; border-bottom-{side[0]}-radius: 6px;"
                f" border-top-{side[1]}-radius: 0; border-bottom-{side[1]}-radius: 0;"
            )
            b.setStyleSheet(f"QPushButton {{ {radius} }} QPushButton:checked {{ background: #1f6f8b; color: white; }}")
            self.segments.addButton(b, i)
            switch.addWidget(b)
        switch.addStretch(1)
        col.addLayout(switch)

        self.stack = QStackedWidget()
        self.roster = RosterView(ctx, self.import_action)
        self.checkin = CheckinView(ctx)
        self.stack.addWidget(self.roster)
        self.stack.addWidget(self.checkin)
        col.addWidget(self.stack, 1)
        self.segments.idClicked.connect(self.show_part)
        self.roster_button.setChecked(True)

        self.roster.import_requested.connect(self.open_import)
        self.roster.withdraw_requested.connect(self.open_withdraw)
        self.roster.export_requested.connect(lambda: self.export())
        self.roster.print_requested.connect(lambda kind: self.print_pdf(kind))
        self._tasks: list[tasks.Task] = []
        self._roster_dirty = False

    # -- the two parts ---------------------------------------------------------------

    def show_part(self, part: int) -> None:
        self.segments.button(part).setChecked(True)
        self.stack.setCurrentIndex(part)
        if part == 0 and self._roster_dirty:
            self._roster_dirty = False
            self.roster.refresh()
        if part == 0 and self.isVisible():
            self.focus_main_field()
        if part == 1:
            self.checkin.reload()
            self.checkin.focus_input()

    def show_checkin(self) -> None:
        self.show_part(1)

    def show_roster(self) -> None:
        self.show_part(0)

    def primary_action(self) -> QAction | None:
        return self.import_action

    def on_changes(self, changes: Changes) -> None:
        if changes & (Changes.MEMBERS | Changes.ASSEMBLY | Changes.ATTENDANCE):
            if self.stack.currentWidget() is self.roster:
                self.roster.refresh()
            else:  # e.g. at the check-in desk: refresh when the roster is shown again
                self._roster_dirty = True
        if changes & (Changes.PROGRAM | Changes.ASSEMBLY):
            self.checkin.refresh_days()
        elif changes & (Changes.MEMBERS | Changes.ATTENDANCE | Changes.SEATING):
            self.checkin.reload()

    def on_shown(self) -> None:
        if self.stack.currentWidget() is self.checkin:
            self.checkin.focus_input()

    def main_field(self) -> QWidget | None:
        if self.stack.currentWidget() is self.checkin:
            return self.checkin.input
        return self.roster.search

    # -- dialogs ---------------------------------------------------------------------

    def open_import(self, path: str | Path | None = None) -> ImportDialog:
        dialog = ImportDialog(self.ctx, path, self)
        if path is None:
            dialog.open()
            if dialog.frame is None:
                dialog.choose_file()
        else:
            dialog.open()
        return dialog

    def open_withdraw(self, member_id: int) -> WithdrawDialog:
        dialog = WithdrawDialog(self.ctx, member_id, self)
        dialog.open()
        return dialog

    # -- export and print ------------------------------------------------------------

    def export(self, path: str | Path | None = None, with_contacts: bool | None = None) -> None:
        if with_contacts is None:
            box = QMessageBox(self)
            box.setWindowTitle(self.tr("Export members"))
            box.setText(self.tr("Export the members anonymised, or with names and contact data?"))
            box.setInformativeText(
                self.tr("Anonymised: member number, profile, status and attendance – no personal data.")
            )
            anon = box.addButton(self.tr("Anonymised"), QMessageBox.ButtonRole.AcceptRole)
            personal = box.addButton(self.tr("With names and contact data"), QMessageBox.ButtonRole.ActionRole)
            box.addButton(QMessageBox.StandardButton.Cancel)
            box.setDefaultButton(anon)
            box.exec()
            if box.clickedButton() not in (anon, personal):
                return
            with_contacts = box.clickedButton() is personal
        if path is None:
            # the suggested name says whether the file holds personal data (issue 14.14)
            chosen, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Export members"),
                suggested_file_name(with_contacts=with_contacts),
                self.tr("Excel (*.xlsx);;CSV (*.csv)"),
            )
            if not chosen:
                return
            path = chosen
        try:
            count, personal_data = export_members(self.ctx.db, self.ctx.assembly_id, path, with_contacts=with_contacts)
        except ServiceError as exc:
            QMessageBox.warning(self, self.tr("Export members"), error_text(exc))
            return
        kind = (
            self.tr("contains personal data (names and contact data)")
            if personal_data
            else self.tr("anonymised, no personal data")
        )
        self.ctx.status(self.tr("{0} members exported to {1} – {2}").format(count, Path(path).name, kind))

    def print_pdf(self, kind: str, path: str | Path | None = None, open_after: bool = True) -> tasks.Task | None:
        from app.reports import badges

        titles = {"badges": self.tr("Name badges"), "signin": self.tr("Sign-in sheet"), "list": self.tr("Member list")}
        if path is None:
            default = {"badges": "badges.pdf", "signin": "sign-in-sheet.pdf", "list": "members.pdf"}[kind]
            chosen, _ = QFileDialog.getSaveFileName(self, titles[kind], default, self.tr("PDF (*.pdf)"))
            if not chosen:
                return None
            path = chosen
        db, assembly_id, target = self.ctx.db, self.ctx.assembly_id, Path(path)
        fn: Callable[[Any], int]
        if kind == "badges":
            fn = lambda _c: badges.badges_pdf(db, assembly_id, target)  # noqa: E731
        elif kind == "signin":
            day_id = self.checkin.day_id
            if day_id is None:
                QMessageBox.information(self, titles[kind], self.tr("The assembly has no meeting days yet."))
                return None
            fn = lambda _c: badges.signin_sheet_pdf(db, assembly_id, day_id, target)  # noqa: E731
        else:
            fn = lambda _c: badges.member_list_pdf(db, assembly_id, target)  # noqa: E731
        self.ctx.status(self.tr("Printing {0}…").format(titles[kind].lower()))
        task = tasks.start(fn, self)
        self._tasks.append(task)

        def done(count: object) -> None:
            self.ctx.status(
                self.tr("{0} saved to {1} ({2} members; contains names)").format(titles[kind], target.name, count)
            )
            if open_after:
                QDesktopServices.openUrl(QUrl.fromLocalFile(str(target)))

        def failed(exc: object, _trace: str) -> None:
            QMessageBox.warning(self, titles[kind], self.tr("Could not print: {0}").format(error_text(exc)))

        task.finished.connect(done)
        task.failed.connect(failed)
        return task
