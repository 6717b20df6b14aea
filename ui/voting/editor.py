"""The Ballot tab: the definition of a ballot (title, question, method, items, options,
threshold, base, secrecy, show live), editable while it is a draft."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.services import voting
from ui.theme import ROW_HEIGHT, icon
from ui.voting.models import base_words, method_words


class BallotEditor(QWidget):
    """The definition of a ballot. Editable while it is a draft (show live also later)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.info: voting.BallotInfo | None = None
        outer = QVBoxLayout(self)
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(8)
        self.title_edit = QLineEdit()
        self.question_edit = QPlainTextEdit()
        self.question_edit.setFixedHeight(56)
        self.method = QComboBox()
        for key, words in method_words().items():
            self.method.addItem(words, key)
        self.threshold_on = QCheckBox(self.tr("Adoption &threshold"))
        self.threshold = QDoubleSpinBox()
        self.threshold.setRange(1, 100)
        self.threshold.setDecimals(0)
        self.threshold.setSuffix(" %")
        self.threshold.setValue(80)
        self.threshold_on.toggled.connect(self.threshold.setEnabled)
        threshold_row = QHBoxLayout()
        threshold_row.addWidget(self.threshold_on)
        threshold_row.addWidget(self.threshold)
        threshold_row.addStretch(1)
        self.base = QComboBox()
        for key, words in base_words().items():
            self.base.addItem(words, key)
        self.day = QComboBox()
        self.secret = QCheckBox(self.tr("Secret ballot"))
        self.secret.setToolTip(self.tr("Who voted is stored apart from what was voted, with nothing linking them"))
        self.show_live = QCheckBox(self.tr("Show the count live on the projector"))
        self.show_live.setToolTip(self.tr("Otherwise the count stays hidden until you reveal it"))
        self.double_entry = QCheckBox(self.tr("Double entry of paper ballots"))
        self.double_entry.setToolTip(self.tr("Two helpers type each paper; a paper counts when both agree"))
        self.dots = QSpinBox()
        self.dots.setRange(1, 99)
        self.cumulative = QCheckBox(self.tr("Several dots on one item"))
        dots_row = QHBoxLayout()
        dots_row.addWidget(self.dots)
        dots_row.addWidget(self.cumulative)
        dots_row.addStretch(1)
        self.dots_box = self._wrap(dots_row)
        for combo in (self.method, self.base, self.day):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(14)

        def label(text: str, buddy: QWidget) -> QLabel:
            w = QLabel(text)
            w.setBuddy(buddy)
            return w

        grid.addWidget(label(self.tr("&Title"), self.title_edit), 0, 0)
        grid.addWidget(self.title_edit, 0, 1, 1, 3)
        grid.addWidget(label(self.tr("&Question"), self.question_edit), 1, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.question_edit, 1, 1, 1, 3)
        grid.addWidget(label(self.tr("&Method"), self.method), 2, 0)
        grid.addWidget(self.method, 2, 1)
        grid.addWidget(label(self.tr("Percentage &base"), self.base), 2, 2)
        grid.addWidget(self.base, 2, 3)
        self.dots_label = label(self.tr("Dots per member"), self.dots)
        grid.addWidget(self.dots_label, 3, 0)
        grid.addWidget(self.dots_box, 3, 1)
        grid.addWidget(label(self.tr("Meeting &day"), self.day), 3, 2)
        grid.addWidget(self.day, 3, 3)
        grid.addWidget(self._wrap(threshold_row), 4, 0, 1, 2)
        grid.addWidget(self.secret, 4, 2, 1, 2)
        grid.addWidget(self.show_live, 5, 0, 1, 2)
        grid.addWidget(self.double_entry, 5, 2, 1, 2)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        outer.addLayout(grid)

        lists = QHBoxLayout()
        items_box = QVBoxLayout()
        items_box.addWidget(QLabel(self.tr("Recommendations voted on")))
        self.items = QListWidget()
        self.items.setObjectName("ballotItems")
        items_box.addWidget(self.items, 1)
        lists.addLayout(items_box, 3)
        options_box = QVBoxLayout()
        self.options_label = QLabel(self.tr("Options (double-click a label to edit it)"))
        options_box.addWidget(self.options_label)
        self.options = QTableWidget(0, 3)
        self.options.setHorizontalHeaderLabels([self.tr("Key"), self.tr("Label"), self.tr("Support")])
        self.options.verticalHeader().hide()
        self.options.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
        header = self.options.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        options_box.addWidget(self.options, 1)
        lists.addLayout(options_box, 2)
        outer.addLayout(lists, 1)
        self.save_button = QPushButton(icon("mdi6.content-save-outline", "#ffffff"), self.tr("Save ballot"))
        self.save_button.setObjectName("primaryButton")
        self.save_button.setToolTip(self.tr("Save the ballot (Ctrl+S)"))
        outer.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignRight)
        self.method.currentIndexChanged.connect(self._method_shown)

    @staticmethod
    def _wrap(layout: QHBoxLayout) -> QWidget:  # a row of widgets as one form field
        w = QWidget()
        layout.setContentsMargins(0, 0, 0, 0)
        w.setLayout(layout)
        return w

    def _method_shown(self) -> None:
        method = self.method.currentData()
        self.dots_box.setVisible(method == "dots")
        self.dots_label.setVisible(method == "dots")
        self.dots_box.setEnabled(self._draft())
        is_options = method in voting.OPTION_METHODS
        self.options.setVisible(is_options)
        self.options_label.setVisible(is_options)

    def _draft(self) -> bool:
        return self.info is not None and self.info.state == "draft"

    def load(
        self,
        info: voting.BallotInfo,
        recommendations: list[voting.RecommendationChoice],
        days: list[tuple[int, str]],
    ) -> None:
        self.info = info
        self.title_edit.setText(info.title)
        self.title_edit.setCursorPosition(0)
        self.question_edit.setPlainText(info.question)
        self.method.blockSignals(True)
        self.method.setCurrentIndex(max(0, self.method.findData(info.method)))
        self.method.blockSignals(False)
        self.threshold_on.setChecked(info.threshold is not None)
        self.threshold.setValue(round((info.threshold or 0.8) * 100))
        self.threshold.setEnabled(info.threshold is not None)
        self.base.setCurrentIndex(max(0, self.base.findData(info.base)))
        self.day.clear()
        self.day.addItem(self.tr("No particular day"), None)
        for day_id, text in days:
            self.day.addItem(text, day_id)
        self.day.setCurrentIndex(max(0, self.day.findData(info.day_id)))
        self.secret.setChecked(info.secret)
        self.show_live.setChecked(info.show_live)
        self.double_entry.setChecked(info.double_entry)
        self.dots.setValue(info.dots)
        self.cumulative.setChecked(info.cumulative)
        chosen = {i.recommendation_id for i in info.items}
        self.items.clear()
        for rec in recommendations:
            item = QListWidgetItem(f"{rec.code}  {rec.title}")
            item.setData(Qt.ItemDataRole.UserRole, rec.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if rec.id in chosen else Qt.CheckState.Unchecked)
            item.setSizeHint(QSize(0, 28))
            self.items.addItem(item)
        self.options.setRowCount(len(info.options))
        for row, o in enumerate(info.options):
            key = QTableWidgetItem(o.key)
            key.setFlags(Qt.ItemFlag.ItemIsEnabled)
            label = QTableWidgetItem(o.label)
            support = QTableWidgetItem(self.tr("blank") if o.is_blank else "")
            flags = Qt.ItemFlag.ItemIsEnabled
            if not o.is_blank:
                flags |= Qt.ItemFlag.ItemIsUserCheckable
                support.setCheckState(Qt.CheckState.Checked if o.counts_as_support else Qt.CheckState.Unchecked)
            support.setFlags(flags)
            self.options.setItem(row, 0, key)
            self.options.setItem(row, 1, label)
            self.options.setItem(row, 2, support)
        draft = info.state == "draft"
        for w in (
            self.title_edit,
            self.question_edit,
            self.method,
            self.threshold_on,
            self.base,
            self.day,
            self.secret,
            self.double_entry,
            self.items,
            self.options,
        ):
            w.setEnabled(draft)
        self.threshold.setEnabled(draft and info.threshold is not None)
        self.show_live.setEnabled(info.state in ("draft", "open"))
        self.save_button.setVisible(info.state in ("draft", "open"))
        self._method_shown()

    def values(self) -> dict[str, Any]:
        """The fields for ``voting.update_ballot``."""
        assert self.info is not None
        if self.info.state != "draft":
            return {"show_live": self.show_live.isChecked()}
        recs = [
            int(self.items.item(n).data(Qt.ItemDataRole.UserRole))
            for n in range(self.items.count())
            if self.items.item(n).checkState() == Qt.CheckState.Checked
        ]
        out: dict[str, Any] = {
            "title": self.title_edit.text(),
            "question": self.question_edit.toPlainText(),
            "method": self.method.currentData(),
            "threshold": self.threshold.value() / 100 if self.threshold_on.isChecked() else None,
            "base": self.base.currentData(),
            "day_id": self.day.currentData(),
            "secret": self.secret.isChecked(),
            "show_live": self.show_live.isChecked(),
            "double_entry": self.double_entry.isChecked(),
            "dots": self.dots.value(),
            "cumulative": self.cumulative.isChecked(),
        }
        if recs != [i.recommendation_id for i in self.info.items]:
            out["recommendation_ids"] = recs
        if out["method"] == self.info.method:
            labels: dict[str, str] = {}
            support: list[str] = []
            for row in range(self.options.rowCount()):
                key_item, label_item, support_item = (self.options.item(row, c) for c in range(3))
                if key_item is None or label_item is None or support_item is None:
                    continue
                labels[key_item.text()] = label_item.text()
                if support_item.checkState() == Qt.CheckState.Checked:
                    support.append(key_item.text())
            out["option_labels"] = labels
            out["support_keys"] = support
        return out

