"""Short, focused dialogs of the Recommendations page: new / edit details, propose an
amendment, merge two drafts. Each calls one service on OK; a refusal is shown inside the
dialog (which stays open, nothing lost)."""

from __future__ import annotations

import html
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.services import recommendations as rs
from app.services.errors import ServiceError
from ui.context import AppContext
from ui.errors import error_text
from ui.page import error_label
from ui.recommendations.compare import CompareView


def table_combo(ctx: AppContext, selected: int | None, none_text: str) -> QComboBox:
    combo = QComboBox()
    combo.addItem(none_text, None)
    for t in rs.table_choices(ctx.db, ctx.assembly_id):
        combo.addItem(t.label, t.id)
        if t.id == selected:
            combo.setCurrentIndex(combo.count() - 1)
    return combo


class ServiceDialog(QDialog):
    """A dialog whose OK runs ``submit()``; a ServiceError keeps it open and says why."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.result_value: Any = None
        self.error = error_label()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    @property
    def ok_button(self) -> Any:
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def submit(self) -> Any:  # pragma: no cover - overridden
        raise NotImplementedError

    def run(self, call: Callable[[], Any], message: str) -> Any:
        return self.ctx.apply(call, message)

    def accept(self) -> None:
        try:
            self.result_value = self.submit()
        except ServiceError as exc:
            self.error.setText(QCoreApplication.translate("ServiceDialog", "Not saved: {0}").format(error_text(exc)))
            self.error.show()
            return
        super().accept()


class RecommendationDialog(ServiceDialog):
    """New recommendation (with its first text and initiatives), or edit the details of
    one (code, title, theme, origin table)."""

    def __init__(
        self,
        ctx: AppContext,
        detail: rs.RecommendationDetail | None = None,
        *,
        author: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ctx, parent)
        self.detail = detail
        self.setWindowTitle(self.tr("New recommendation") if detail is None else self.tr("Edit details"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 16)
        form = QFormLayout()
        form.setVerticalSpacing(8)
        self.code = QLineEdit(detail.code if detail else rs.next_code(ctx.db, ctx.assembly_id))
        self.code.setMaxLength(rs.CODE_MAX)
        self.title_edit = QLineEdit(detail.title if detail else "")
        self.title_edit.setPlaceholderText(self.tr("A short title, e.g. A youth council"))
        self.theme = QComboBox()
        self.theme.setEditable(True)
        self.theme.addItems(rs.themes(ctx.db, ctx.assembly_id))
        self.theme.setCurrentText(detail.theme if detail else "")
        theme_edit = self.theme.lineEdit()
        if theme_edit is not None:
            theme_edit.setPlaceholderText(self.tr("e.g. Climate"))
        self.table = table_combo(ctx, detail.origin_table_id if detail else None, self.tr("(no table)"))
        form.addRow(self.tr("&Code"), self.code)
        form.addRow(self.tr("&Title"), self.title_edit)
        form.addRow(self.tr("T&heme"), self.theme)
        form.addRow(self.tr("From t&able"), self.table)
        self.text: QPlainTextEdit | None = None
        self.initiatives: QPlainTextEdit | None = None
        self.author: QLineEdit | None = None
        if detail is None:
            self.text = QPlainTextEdit()
            self.text.setTabChangesFocus(True)
            self.text.setPlaceholderText(self.tr("The recommendation's first draft"))
            self.text.setMinimumHeight(120)
            self.initiatives = QPlainTextEdit()
            self.initiatives.setTabChangesFocus(True)
            self.initiatives.setPlaceholderText(self.tr("One concrete initiative per line (optional)"))
            self.initiatives.setMaximumHeight(96)
            self.author = QLineEdit(author)
            self.author.setPlaceholderText(self.tr("Who wrote it"))
            form.addRow(self.tr("Te&xt"), self.text)
            form.addRow(self.tr("&Initiatives"), self.initiatives)
            form.addRow(self.tr("Written &by"), self.author)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.ok_button.setText(self.tr("Create") if detail is None else self.tr("Save"))
        self.resize(560, 520 if detail is None else 260)
        self.title_edit.setFocus()

    def submit(self) -> Any:
        table_id = self.table.currentData()
        if self.detail is None:
            assert self.text is not None and self.initiatives is not None and self.author is not None
            text = self.text.toPlainText()
            initiatives = self.initiatives.toPlainText().splitlines()
            author = self.author.text()
            return self.run(
                lambda: rs.create_recommendation(
                    self.ctx.db,
                    self.ctx.assembly_id,
                    self.code.text(),
                    self.title_edit.text(),
                    text,
                    theme=self.theme.currentText(),
                    origin_table_id=table_id,
                    author=author,
                    initiatives=initiatives,
                ),
                self.tr("Recommendation {0} created").format(self.code.text().strip()),
            )
        rec_id = self.detail.id
        return self.run(
            lambda: rs.update_details(
                self.ctx.db,
                rec_id,
                code=self.code.text(),
                title=self.title_edit.text(),
                theme=self.theme.currentText(),
                origin_table_id=table_id,
            ),
            self.tr("Details of {0} saved").format(self.code.text().strip()),
        )


class AmendmentDialog(ServiceDialog):
    """Propose an amendment: the whole new wording, against the current version, with a
    live view of what it changes."""

    def __init__(
        self,
        ctx: AppContext,
        detail: rs.RecommendationDetail,
        *,
        text: str | None = None,
        proposed_by: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ctx, parent)
        current = detail.current
        assert current is not None
        self.detail = detail
        self.version = current
        self.setWindowTitle(self.tr("Propose an amendment to {0}").format(detail.code))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 16)
        intro = QLabel(
            self.tr("Against version {0}. Edit the wording below; what changes is shown underneath.").format(
                current.number
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.text = QPlainTextEdit(text if text is not None else current.text)
        self.text.setTabChangesFocus(True)
        self.text.setMinimumHeight(110)
        layout.addWidget(self.text, 1)
        form = QFormLayout()
        self.rationale = QLineEdit()
        self.rationale.setPlaceholderText(self.tr("Why (optional)"))
        self.proposed_by = QLineEdit(proposed_by)
        self.proposed_by.setPlaceholderText(self.tr("A name or a table"))
        self.table = table_combo(ctx, None, self.tr("(no table)"))
        form.addRow(self.tr("&Rationale"), self.rationale)
        form.addRow(self.tr("Proposed &by"), self.proposed_by)
        row = QHBoxLayout()
        row.addWidget(self.table)
        row.addStretch(1)
        form.addRow(self.tr("At t&able"), row)
        layout.addLayout(form)
        self.preview = CompareView()
        self.preview.setMinimumHeight(200)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.ok_button.setText(self.tr("Propose"))
        self.text.textChanged.connect(self._update_preview)
        self._update_preview()
        self.resize(900, 640)
        self.text.setFocus()

    def _update_preview(self) -> None:
        self.preview.set_texts(
            self.version.text,
            self.text.toPlainText(),
            self.tr("Version {0} (now)").format(self.version.number),
            self.tr("With this amendment"),
        )

    def submit(self) -> Any:
        text = self.text.toPlainText()
        rec_id, version_id = self.detail.id, self.version.id
        rationale, who, table_id = self.rationale.text(), self.proposed_by.text(), self.table.currentData()
        return self.run(
            lambda: rs.propose_amendment(
                self.ctx.db,
                rec_id,
                text,
                version_id=version_id,
                rationale=rationale,
                proposed_by=who,
                table_id=table_id,
            ),
            self.tr("Amendment to {0} proposed").format(self.detail.code),
        )


class MergeDialog(ServiceDialog):
    """Merge another draft into this one: pick it, read both, write the merged text."""

    def __init__(
        self, ctx: AppContext, detail: rs.RecommendationDetail, *, author: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(ctx, parent)
        self.detail = detail
        self.setWindowTitle(self.tr("Merge into {0}").format(detail.code))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 16)
        form = QFormLayout()
        self.other = QComboBox()
        for r in rs.list_recommendations(ctx.db, ctx.assembly_id, statuses=("draft",)):
            if r.id != detail.id:
                self.other.addItem(f"{r.code} – {r.title}", r.id)
        form.addRow(self.tr("&Merge this draft"), self.other)
        form.addRow(self.tr("into"), QLabel(f"<b>{html.escape(detail.code)}</b> – {html.escape(detail.title)}"))
        layout.addLayout(form)
        explain = QLabel(
            self.tr(
                "The other draft is marked as merged and keeps its history; its initiatives "
                "move here. Write the merged wording below."
            )
        )
        explain.setWordWrap(True)
        explain.setObjectName("figureCaption")
        layout.addWidget(explain)
        texts = QHBoxLayout()
        self.this_text = QPlainTextEdit(detail.text)
        self.this_text.setReadOnly(True)
        self.other_text = QPlainTextEdit()
        self.other_text.setReadOnly(True)
        for label, widget in ((detail.code, self.this_text), ("", self.other_text)):
            col = QVBoxLayout()
            heading = QLabel(label)
            heading.setObjectName("cardTitle")
            col.addWidget(heading)
            col.addWidget(widget)
            texts.addLayout(col)
            if widget is self.other_text:
                self.other_heading = heading
        layout.addLayout(texts, 1)
        merged_form = QFormLayout()
        self.title_edit = QLineEdit(detail.title)
        self.merged = QPlainTextEdit()
        self.merged.setTabChangesFocus(True)
        self.merged.setMinimumHeight(120)
        self.author = QLineEdit(author)
        self.author.setPlaceholderText(self.tr("Who wrote the merged text"))
        merged_form.addRow(self.tr("&Title"), self.title_edit)
        merged_form.addRow(self.tr("Merged &text"), self.merged)
        merged_form.addRow(self.tr("Written &by"), self.author)
        layout.addLayout(merged_form, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.ok_button.setText(self.tr("Merge"))
        self.other.currentIndexChanged.connect(self._other_changed)
        self._other_changed()
        self.resize(900, 680)

    def _other_changed(self) -> None:
        other_id = self.other.currentData()
        self.ok_button.setEnabled(other_id is not None)
        if other_id is None:
            self.other_heading.setText(self.tr("(no other draft to merge)"))
            self.other_text.setPlainText("")
            self.merged.setPlainText(self.detail.text)
            return
        other = rs.get_recommendation(self.ctx.db, other_id)
        self.other_heading.setText(other.code)
        self.other_text.setPlainText(other.text)
        self.merged.setPlainText(f"{self.detail.text}\n\n{other.text}")

    def submit(self) -> Any:
        other_id = self.other.currentData()
        if other_id is None:
            raise ServiceError(self.tr("There is no other draft to merge."))
        text, title, author = self.merged.toPlainText(), self.title_edit.text(), self.author.text()
        keep = self.detail.id
        return self.run(
            lambda: rs.merge_recommendations(self.ctx.db, keep, other_id, text, title=title, author=author),
            self.tr("{0} merged into {1}").format(self.other.currentText().split(" – ")[0], self.detail.code),
        )
