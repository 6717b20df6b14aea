"""The Voting page: ballots, the ballot editor, capturing votes, results, the projector.

Left, the assembly's ballots with their state. Right, the chosen ballot: its state and
the buttons that move it on (open, close, publish – each confirmed), the projector
buttons (show the ballot, reveal the count), and four tabs:

- **Ballot**: title, question, method, the recommendations voted on, the options (labels
  editable, which count as support), threshold, percentage base, secrecy, show live;
- **Papers**: the fast keyboard form for paper ballots – paper number, Enter, one key
  per item, Enter saves and moves on; entry 1 or 2 (double entry) and the list of
  papers whose entries disagree, to resolve;
- **Hand count**: counts per option, for the whole room or one table, checked against
  the members present;
- **Result**: the tally per item, the sealed checksum and a check of it.

Every write goes through ``ctx.apply``: it is committed before the screen shows it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, QSize, Qt, QTimer
from PySide6.QtGui import QAction, QFont, QIntValidator, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.changes import Changes
from app.services import voting
from app.services.assembly import list_days
from app.services.errors import ServiceError
from ui.context import AppContext
from ui.errors import error_text, message_text
from ui.page import EmptyState, Page
from ui.theme import icon
from ui.voting.models import STATE_ICONS, BallotsModel, ResultModel, base_words, method_words, state_words

T = TypeVar("T")


def key_help(method: str) -> str:
    """The keys of the paper form, per method."""

    return {
        "yes_no_abstain": QCoreApplication.translate(
            "PaperForm", "Keys: j / y = yes · n = no · a / b / h / 0 = abstain (blank)"
        ),
        "support_scale": QCoreApplication.translate("PaperForm", "Keys: 5 … 1 = the scale step · 0 or . = blank"),
        "approval": QCoreApplication.translate("PaperForm", "Keys: x or 1 = ticked · 0, . or space = not ticked"),
        "dots": QCoreApplication.translate("PaperForm", "Keys: the number of dots on each item (0 for none)"),
        "ranking": QCoreApplication.translate(
            "PaperForm", "Keys: the rank given to each item (1 = first) · 0 or . = not ranked"
        ),
    }.get(method, "")


def confirm(parent: QWidget, title: str, text: str) -> bool:
    """Ask before a change of state (tests replace this)."""
    answer = QMessageBox.question(
        parent, title, text, QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel
    )
    return answer == QMessageBox.StandardButton.Yes


def show_error(parent: QWidget, text: str) -> None:
    """Say what went wrong (tests replace this)."""
    QMessageBox.warning(parent, QCoreApplication.translate("VotingPage", "Voting"), text)


def _table(model: Any) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(32)
    view.horizontalHeader().setStretchLastSection(True)
    view.setWordWrap(False)
    return view


# ------------------------------------------------------------------------- the editor


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
        self.options.verticalHeader().setDefaultSectionSize(30)
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


# ----------------------------------------------------------------------- paper entry


class PaperForm(QWidget):
    """Typing paper ballots: paper number, Enter, one key per item, Enter saves."""

    def __init__(self, page: VotingPage) -> None:
        super().__init__(page)
        self.page = page
        self.info: voting.BallotInfo | None = None
        self.resolving: int | None = None  # paper number being resolved (entry 0)
        outer = QVBoxLayout(self)

        top = QHBoxLayout()
        self.entry1 = QRadioButton(self.tr("Entry &1"))
        self.entry2 = QRadioButton(self.tr("Entry &2"))
        self.entry1.setChecked(True)
        self.entry_group = QButtonGroup(self)
        self.entry_group.addButton(self.entry1, 1)
        self.entry_group.addButton(self.entry2, 2)
        self.entry_group.idToggled.connect(self._entry_changed)
        self.mode = QLabel()
        self.mode.setObjectName("cardTitle")
        top.addWidget(self.entry1)
        top.addWidget(self.entry2)
        top.addSpacing(24)
        top.addWidget(self.mode, 1)
        outer.addLayout(top)

        form = QFormLayout()
        self.paper = QLineEdit()
        self.paper.setObjectName("paperNumber")
        self.paper.setValidator(QIntValidator(1, 999_999, self))
        self.paper.setMaximumWidth(160)
        big = QFont(self.paper.font())
        big.setPointSizeF(max(13.0, big.pointSizeF() * 1.4))
        self.paper.setFont(big)
        self.keys = QLineEdit()
        self.keys.setObjectName("paperKeys")
        self.keys.setFont(big)
        self.keys.setMaximumWidth(360)
        self.spoilt = QCheckBox(self.tr("&Spoilt paper"))
        self.preview = QLabel()
        self.preview.setWordWrap(True)
        self.preview.setTextFormat(Qt.TextFormat.PlainText)
        self.key_help = QLabel()
        self.key_help.setObjectName("figureCaption")
        self.feedback = QLabel()
        self.feedback.setWordWrap(True)
        form.addRow(self.tr("Paper &number"), self.paper)
        form.addRow(self.tr("&Choices"), self.keys)
        form.addRow("", self.key_help)
        form.addRow("", self.preview)
        form.addRow("", self.spoilt)
        form.addRow("", self.feedback)
        outer.addLayout(form)

        self.status = QLabel()
        self.status.setObjectName("cardTitle")
        outer.addWidget(self.status)
        self.waiting = QLabel()
        self.waiting.setWordWrap(True)
        outer.addWidget(self.waiting)
        box = QGroupBox(self.tr("Papers whose two entries disagree"))
        box_layout = QVBoxLayout(box)
        self.mismatches = QListWidget()
        self.mismatches.setObjectName("mismatches")
        self.resolve_button = QPushButton(icon("mdi6.scale-balance"), self.tr("&Resolve the selected paper"))
        self.resolve_button.setToolTip(
            self.tr("Look at the paper itself and type what it says (Enter on the list does the same)")
        )
        box_layout.addWidget(self.mismatches)
        box_layout.addWidget(self.resolve_button)
        outer.addWidget(box, 1)

        self.paper.returnPressed.connect(self._paper_entered)
        self.keys.textEdited.connect(self._keys_edited)
        self.keys.returnPressed.connect(self.save)
        self.spoilt.toggled.connect(lambda _on: self._update_preview())
        self.resolve_button.clicked.connect(self.resolve_selected)
        self.mismatches.itemActivated.connect(lambda _item: self.resolve_selected())

    # -- state --------------------------------------------------------------------------

    @property
    def entry(self) -> int:
        if self.resolving is not None:
            return 0
        return 2 if self.entry2.isChecked() else 1

    def load(self, info: voting.BallotInfo) -> None:
        changed = self.info is None or self.info.id != info.id
        self.info = info
        self.entry2.setEnabled(info.double_entry)
        if not info.double_entry:
            self.entry1.setChecked(True)
        self.keys.setMaxLength(len(info.items))
        self.key_help.setText(key_help(info.method))
        open_ = info.state == "open"
        for w in (self.paper, self.keys, self.spoilt, self.resolve_button, self.entry1, self.entry2):
            w.setEnabled(open_ and (w is not self.entry2 or info.double_entry))
        if changed:
            self.resolving = None
            self.keys.clear()
            self.feedback.setText("" if open_ else self.tr("Papers are typed in while the ballot is open."))
            self._next_number()
        self.refresh_status()
        self._update_mode()
        self._update_preview()

    def refresh_status(self) -> None:
        if self.info is None:
            return
        status = voting.paper_status(self.page.ctx.db, self.info.id)
        self.status.setText(
            self.tr("Counted: %1 papers (%2 spoilt) · typed once: %3 · disagreeing: %4")
            .replace("%1", str(status.agreed))
            .replace("%2", str(status.spoilt))
            .replace("%3", str(len(status.waiting)))
            .replace("%4", str(len(status.mismatches)))
        )
        if status.waiting:
            shown = ", ".join(str(n) for n in status.waiting[:12]) + (" …" if len(status.waiting) > 12 else "")
            self.waiting.setText(self.tr("Typed once, waiting for the other entry: paper %1").replace("%1", shown))
        else:
            self.waiting.setText("")
        self.waiting.setVisible(bool(status.waiting))
        codes = {str(i.id): i.code for i in self.info.items}
        self.mismatches.clear()
        for m in status.mismatches:
            if m.first_spoilt != m.second_spoilt:
                detail = self.tr("one entry says spoilt")
            else:
                detail = "; ".join(
                    f"{codes.get(str(i), i)}: {self._show(m.first.get(str(i)))} ≠ {self._show(m.second.get(str(i)))}"
                    for i in m.items
                )
            item = QListWidgetItem(
                icon("mdi6.alert-outline", "#8a5300"),
                self.tr("Paper %1 – ").replace("%1", str(m.paper_number)) + detail,
            )
            item.setData(Qt.ItemDataRole.UserRole, m.paper_number)
            self.mismatches.addItem(item)
        if self.mismatches.count():
            self.mismatches.setCurrentRow(0)
        else:
            none = self.tr("None – all papers typed twice agree.")
            placeholder = QListWidgetItem(icon("mdi6.check", "#1e6b34"), none)
            placeholder.setFlags(Qt.ItemFlag.NoItemFlags)
            self.mismatches.addItem(placeholder)
        self.resolve_button.setEnabled(bool(status.mismatches) and self.info.state == "open")

    def _show(self, value: Any) -> str:
        if value is None:
            return self.tr("blank")
        if value is True:
            return "x"
        if value is False:
            return "–"
        return str(value)

    def _entry_changed(self, _id: int, checked: bool) -> None:
        if checked:
            self.resolving = None
            self._next_number()
            self._update_mode()

    def _next_number(self) -> None:
        if self.info is None:
            return
        self.paper.setText(str(voting.next_paper_number(self.page.ctx.db, self.info.id, self.entry)))
        self.paper.selectAll()

    def _update_mode(self) -> None:
        if self.resolving is not None:
            self.mode.setText(
                self.tr("Resolving paper %1: type what the paper says").replace("%1", str(self.resolving))
            )
        elif self.info is not None and self.info.double_entry:
            self.mode.setText(self.tr("Double entry: entry %1").replace("%1", str(self.entry)))
        else:
            self.mode.setText(self.tr("Single entry"))

    # -- typing -------------------------------------------------------------------------

    def _paper_entered(self) -> None:
        if self.paper.text().strip():
            self.keys.setFocus()
            self.keys.selectAll()

    def _parse(self, ch: str) -> Any:
        assert self.info is not None
        return voting.parse_choice(self.info.method, self.info.options, ch, n_items=len(self.info.items))

    def _keys_edited(self, text: str) -> None:
        if self.info is None:
            return
        good = []
        for ch in text:
            try:
                self._parse(ch)
                good.append(ch)
            except ServiceError:
                self.feedback.setObjectName("error")
                self.feedback.setText(self.tr("“%1” is not a key here.").replace("%1", ch))
                self._repolish(self.feedback)
        if len(good) != len(text):
            self.keys.setText("".join(good))
        self._update_preview()

    def _choices(self) -> dict[str, Any]:
        assert self.info is not None
        return {str(item.id): self._parse(ch) for item, ch in zip(self.info.items, self.keys.text(), strict=False)}

    def _label(self, value: Any) -> str:
        assert self.info is not None
        if self.info.method in voting.OPTION_METHODS:
            if value is None:
                return self.tr("blank")
            return next((o.label for o in self.info.options if o.key == value), str(value))
        return self._show(value)

    def _update_preview(self) -> None:
        if self.info is None:
            self.preview.setText("")
            return
        if self.spoilt.isChecked():
            self.preview.setText(self.tr("The whole paper is spoilt: press Enter to save it."))
            return
        typed = self.keys.text()
        parts = []
        for n, item in enumerate(self.info.items):
            shown = self._label(self._parse(typed[n])) if n < len(typed) else "…"
            parts.append(f"{item.code}: {shown}")
        missing = len(self.info.items) - len(typed)
        hint = self.tr("press Enter to save") if missing <= 0 else self.tr("%1 more").replace("%1", str(missing))
        self.preview.setText("   ".join(parts) + f"   ({hint})")

    def save(self) -> None:
        if self.info is None:
            return
        number_text = self.paper.text().strip()
        if not number_text.isdigit() or int(number_text) < 1:
            self._say(self.tr("Type the paper's number first."), "error")
            self.paper.setFocus()
            return
        if not self.spoilt.isChecked() and len(self.keys.text()) < len(self.info.items):
            self._say(self.tr("Type one key for each of the %1 items (or mark the paper spoilt).").replace(
                "%1", str(len(self.info.items))), "error")  # fmt: skip
            return
        number = int(number_text)
        choices = {} if self.spoilt.isChecked() else self._choices()
        entry = self.entry
        ballot_id = self.info.id
        spoilt = self.spoilt.isChecked()
        try:
            saved = self.page.ctx.apply(
                lambda: voting.enter_paper(self.page.ctx.db, ballot_id, number, choices, entry=entry, spoilt=spoilt),
                Changes.VOTES,
            )
        except ServiceError as exc:
            self._say(error_text(exc), "error")
            return
        if saved.outcome == "counted":
            self._say(self.tr("✓ Paper %1 counted.").replace("%1", str(number)), "ok")
        elif saved.outcome == "waiting":
            self._say(
                self.tr("Paper %1 saved; it counts when the other entry agrees.").replace("%1", str(number)), "ok"
            )
        else:
            self._say(self.tr("⚠ Paper %1: the two entries disagree – see the list below.").replace(
                "%1", str(number)), "warning")  # fmt: skip
        self.page.ctx.status(self.feedback.text())
        # The counters and the list of disagreeing papers follow a moment later, with the
        # page's refresh after a burst of votes (VotingPage.on_changes): reading every
        # typed paper here would hold up the projector's repaint of the new tally.
        self.resolving = None
        self.keys.clear()
        self.spoilt.setChecked(False)
        if entry == 0:
            self._next_number()
        else:
            self.paper.setText(str(number + 1))
        self.paper.setFocus()
        self.paper.selectAll()
        self._update_mode()
        self._update_preview()

    def resolve_selected(self) -> None:
        item = self.mismatches.currentItem()
        if item is None:
            return
        self.resolving = int(item.data(Qt.ItemDataRole.UserRole))
        self.paper.setText(str(self.resolving))
        self.keys.clear()
        self.spoilt.setChecked(False)
        self._update_mode()
        self._update_preview()
        self.keys.setFocus()

    def _say(self, text: str, kind: str) -> None:
        self.feedback.setText(text)
        if self.feedback.objectName() != kind:  # re-styling repaints much of the window
            self.feedback.setObjectName(kind)
            self._repolish(self.feedback)

    @staticmethod
    def _repolish(w: QWidget) -> None:
        w.style().unpolish(w)
        w.style().polish(w)


# ------------------------------------------------------------------------ hand count


class HandCountForm(QWidget):
    """Counts per item and option, for the whole room or one table."""

    def __init__(self, page: VotingPage) -> None:
        super().__init__(page)
        self.page = page
        self.info: voting.BallotInfo | None = None
        self.present = 0
        self.spins: dict[tuple[int, str], QSpinBox] = {}
        outer = QVBoxLayout(self)
        top = QHBoxLayout()
        self.table_choice = QComboBox()
        top.addWidget(QLabel(self.tr("Counted at")))
        top.addWidget(self.table_choice, 1)
        outer.addLayout(top)
        self.grid = QTableWidget(0, 0)
        self.grid.verticalHeader().setDefaultSectionSize(34)
        outer.addWidget(self.grid, 1)
        self.check = QLabel()
        self.check.setWordWrap(True)
        outer.addWidget(self.check)
        self.save_button = QPushButton(icon("mdi6.content-save-outline"), self.tr("Save &count"))
        self.save_button.setObjectName("primaryButton")
        outer.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.table_choice.currentIndexChanged.connect(lambda _n: self._load_counts())
        self.save_button.clicked.connect(self.save)

    def load(self, info: voting.BallotInfo, present: int) -> None:
        changed = self.info is None or self.info.id != info.id
        self.info = info
        self.present = present
        if changed:
            self.table_choice.blockSignals(True)
            self.table_choice.clear()
            self.table_choice.addItem(self.tr("The whole room (total)"), None)
            for t in voting.table_choices(self.page.ctx.db, self.page.ctx.assembly_id):
                self.table_choice.addItem(
                    self.tr("Table %1").replace("%1", str(t.number)) + (f" – {t.name}" if t.name else ""), t.id
                )
            self.table_choice.blockSignals(False)
            self._build()
            self._load_counts()
        enabled = info.state == "open" and info.method != "ranking"
        self.grid.setEnabled(enabled)
        self.save_button.setEnabled(enabled)
        self.table_choice.setEnabled(enabled)
        self._check()

    def _build(self) -> None:
        assert self.info is not None
        info = self.info
        self.spins = {}
        self.grid.clear()
        self.grid.setRowCount(len(info.items))
        self.grid.setColumnCount(len(info.options) + 1)
        self.grid.setHorizontalHeaderLabels([o.label for o in info.options] + [self.tr("Total")])
        self.grid.setVerticalHeaderLabels([i.code for i in info.items])
        for row, item in enumerate(info.items):
            for col, option in enumerate(info.options):
                spin = QSpinBox()
                spin.setRange(0, 9999)
                spin.setAccessibleName(f"{item.code} {option.label}")
                spin.valueChanged.connect(lambda _v: self._check())
                self.grid.setCellWidget(row, col, spin)
                self.spins[(item.id, option.key)] = spin
            total = QTableWidgetItem("0")
            total.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.grid.setItem(row, len(info.options), total)
        self.grid.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)

    def _load_counts(self) -> None:
        if self.info is None:
            return
        counts = voting.hand_counts(self.page.ctx.db, self.info.id, self.table_choice.currentData())
        for (item_id, key), spin in self.spins.items():
            spin.blockSignals(True)
            spin.setValue(counts.get(item_id, {}).get(key, 0))
            spin.blockSignals(False)
        self._check()

    def counts(self) -> dict[int, dict[str, int]]:
        out: dict[int, dict[str, int]] = {}
        for (item_id, key), spin in self.spins.items():
            out.setdefault(item_id, {})[key] = spin.value()
        return out

    def _check(self) -> None:
        if self.info is None:
            return
        over = []
        for row, (item_id, per_option) in enumerate(self.counts().items()):
            total = sum(per_option.values())
            cell = self.grid.item(row, len(self.info.options))
            if cell is not None:
                cell.setText(str(total))
            if total > self.present:
                over.append(next(i.code for i in self.info.items if i.id == item_id))
        if over:
            self.check.setObjectName("warning")
            self.check.setText(
                self.tr("⚠ More votes than members present (%1) on %2.")
                .replace("%1", str(self.present))
                .replace("%2", ", ".join(over))
            )
        else:
            self.check.setObjectName("figureCaption")
            self.check.setText(self.tr("%1 members present.").replace("%1", str(self.present)))
        self.check.style().unpolish(self.check)
        self.check.style().polish(self.check)

    def save(self) -> None:
        if self.info is None:
            return
        ballot_id = self.info.id
        table_id = self.table_choice.currentData()
        counts = self.counts()
        ctx = self.page.ctx

        def run(force: bool) -> list[voting.HandCountCheck]:
            return ctx.apply(
                lambda: voting.set_hand_count(ctx.db, ballot_id, counts, table_id=table_id, force=force),
                Changes.VOTES,
                self.tr("Hand count saved"),
            )

        try:
            run(False)
        except voting.TooManyVotes as exc:
            if confirm(self, self.tr("More votes than members present"), error_text(exc)):
                try:
                    run(True)
                except ServiceError as again:
                    show_error(self, error_text(again))
        except ServiceError as exc:
            show_error(self, error_text(exc))


# -------------------------------------------------------------------------- results


class ResultPanel(QWidget):
    def __init__(self, page: VotingPage) -> None:
        super().__init__(page)
        self.page = page
        self.ballot_id: int | None = None
        outer = QVBoxLayout(self)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        outer.addWidget(self.summary)
        self.model = ResultModel(self)
        self.table = _table(self.model)
        self.table.setObjectName("resultTable")
        outer.addWidget(self.table, 1)
        seal_row = QHBoxLayout()
        self.seal = QLabel()
        self.seal.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.seal.setWordWrap(True)
        self.verify_button = QPushButton(icon("mdi6.shield-check-outline"), self.tr("&Verify the seal"))
        seal_row.addWidget(self.seal, 1)
        seal_row.addWidget(self.verify_button)
        outer.addLayout(seal_row)
        self.verify_button.clicked.connect(self.verify)

    def load(self, result: voting.BallotResult) -> None:
        self.ballot_id = result.id
        self.model.load(result)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        if self.model.columnCount() > 1:
            header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        bases = base_words()
        parts = [
            self.tr("Cast: %1").replace("%1", str(result.cast)),
            self.tr("present: %1").replace("%1", str(result.present)),
            self.tr("members: %1").replace("%1", str(result.eligible)),
            self.tr("base: %1").replace("%1", bases.get(result.base, result.base).lower()),
        ]
        if result.threshold is not None:
            parts.append(self.tr("threshold: %1 %").replace("%1", f"{result.threshold * 100:.0f}"))
        self.summary.setText(" · ".join(parts))
        if result.checksum:
            self.seal.setText(self.tr("Sealed result, SHA-256: %1").replace("%1", result.checksum))
        elif result.state in ("draft", "open"):
            self.seal.setText(self.tr("The result is sealed when the ballot is closed."))
        else:
            self.seal.setText(self.tr("Closed without a sealed result yet: publishing seals it."))
        self.verify_button.setEnabled(result.checksum is not None)

    def verify(self) -> None:
        if self.ballot_id is None:
            return
        check = voting.verify_seal(self.page.ctx.db, self.ballot_id)
        if check.ok:
            QMessageBox.information(self, self.tr("Seal intact"), message_text(check.message))
        else:
            show_error(self, message_text(check.message))


# ----------------------------------------------------------------------------- page


class VotingPage(Page):
    title = "Voting"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.title = self.tr("Voting")
        self.current_id: int | None = None
        self._loading = False
        self._votes_timer = QTimer(self)
        self._votes_timer.setSingleShot(True)
        self._votes_timer.setInterval(150)
        self._votes_timer.timeout.connect(lambda: self.reload(votes_only=True))
        self._stale = False  # votes arrived while the page was hidden
        self._states = state_words()

        self.new_action = QAction(icon("mdi6.plus"), self.tr("New ballot"), self)
        self.new_action.setShortcut(QKeySequence("Ctrl+Shift+N"))
        self.new_action.setToolTip(self.tr("New ballot (Ctrl+Shift+N)"))
        self.new_action.triggered.connect(self.new_ballot)
        self.save_action = QAction(self.tr("Save ballot"), self)
        self.save_action.setShortcut(QKeySequence("Ctrl+S"))
        self.save_action.triggered.connect(self.save_ballot)
        self.reveal_action = QAction(icon("mdi6.eye-outline"), self.tr("Reveal the count"), self)
        self.reveal_action.setShortcut(QKeySequence("Ctrl+R"))
        self.reveal_action.setToolTip(self.tr("Show the count on the projector (Ctrl+R)"))
        self.reveal_action.setCheckable(True)
        self.reveal_action.triggered.connect(self.toggle_reveal)
        self.project_action = QAction(icon("mdi6.projector-screen-outline"), self.tr("Show on projector"), self)
        self.project_action.setShortcut(QKeySequence("Ctrl+Shift+P"))
        self.project_action.setToolTip(self.tr("Show this ballot on the projector (Ctrl+Shift+P)"))
        self.project_action.triggered.connect(self.show_on_projector)
        self.overview_action = QAction(icon("mdi6.format-list-checks"), self.tr("Results overview on projector"), self)
        self.overview_action.triggered.connect(self.show_overview)
        self.papers_action = QAction(self.tr("Type papers"), self)
        self.papers_action.setShortcut(QKeySequence("Ctrl+E"))
        self.papers_action.triggered.connect(self.go_to_papers)
        for action in (self.new_action, self.save_action, self.reveal_action, self.project_action, self.papers_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)

        self.stack = QStackedWidget()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 16)
        layout.addWidget(self.stack)
        self.empty = EmptyState(
            self.tr(
                "Vote on the recommendations: create a ballot, open it, type the paper ballots or hand counts, "
                "and show the tally on the projector."
            ),
            self.new_action,
        )
        self.stack.addWidget(self.empty)

        splitter = QSplitter()
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 8, 0)
        self.model = BallotsModel(self)
        self.list = _table(self.model)
        self.list.setObjectName("ballotList")
        header = self.list.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.list.setColumnHidden(1, True)  # the method is in the editor
        self.list.setColumnHidden(3, True)
        left_layout.addWidget(self.list, 1)
        buttons = QHBoxLayout()
        new_button = QPushButton(icon("mdi6.plus"), self.tr("New ballot"))
        new_button.setToolTip(self.new_action.toolTip())
        new_button.clicked.connect(self.new_action.trigger)
        self.delete_button = QPushButton(icon("mdi6.delete-outline"), self.tr("Delete draft"))
        self.delete_button.clicked.connect(self.delete_ballot)
        overview_button = QPushButton(icon("mdi6.format-list-checks"), self.tr("Results overview"))
        overview_button.setToolTip(self.tr("Show all published results on the projector"))
        overview_button.clicked.connect(self.show_overview)
        buttons.addWidget(new_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        left_layout.addLayout(buttons)
        splitter.addWidget(left)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(8, 0, 0, 0)
        head = QHBoxLayout()
        self.heading = QLabel()
        self.heading.setObjectName("cardTitle")
        self.state_icon = QLabel()
        self.state_label = QLabel()
        self.state_label.setObjectName("cardTitle")
        head.addWidget(self.heading, 1)
        head.addWidget(self.state_icon)
        head.addWidget(self.state_label)
        right_layout.addLayout(head)
        actions = QHBoxLayout()
        self.open_button = QPushButton(icon("mdi6.play-circle-outline"), self.tr("Open…"))
        self.close_button = QPushButton(icon("mdi6.lock-outline"), self.tr("Close…"))
        self.publish_button = QPushButton(icon("mdi6.check-decagram-outline"), self.tr("Publish…"))
        self.project_button = QPushButton(icon("mdi6.projector-screen-outline"), self.tr("Project"))
        self.project_button.setToolTip(self.project_action.toolTip())
        self.reveal_button = QPushButton(icon("mdi6.eye-outline"), self.tr("Reveal"))
        self.reveal_button.setToolTip(self.reveal_action.toolTip())
        self.reveal_button.setCheckable(True)
        for b in (self.open_button, self.close_button, self.publish_button):
            actions.addWidget(b)
        actions.addStretch(1)
        actions.addWidget(overview_button)
        actions.addWidget(self.project_button)
        actions.addWidget(self.reveal_button)
        right_layout.addLayout(actions)
        self.open_button.clicked.connect(self.open_ballot)
        self.close_button.clicked.connect(self.close_ballot)
        self.publish_button.clicked.connect(self.publish_ballot)
        self.project_button.clicked.connect(self.show_on_projector)
        self.reveal_button.clicked.connect(self.toggle_reveal)

        self.tabs = QTabWidget()
        self.editor = BallotEditor()
        self.papers = PaperForm(self)
        self.hand = HandCountForm(self)
        self.result_panel = ResultPanel(self)
        self.tabs.addTab(self.editor, icon("mdi6.form-select"), self.tr("Ballot"))
        self.tabs.addTab(self.papers, icon("mdi6.keyboard-outline"), self.tr("Papers"))
        self.tabs.addTab(self.hand, icon("mdi6.hand-back-right-outline"), self.tr("Hand count"))
        self.tabs.addTab(self.result_panel, icon("mdi6.chart-bar"), self.tr("Result"))
        right_layout.addWidget(self.tabs, 1)
        self.editor.save_button.clicked.connect(self.save_ballot)
        self.editor.method.currentIndexChanged.connect(lambda _n: self.save_ballot())
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        self._sized = False
        self.stack.addWidget(splitter)
        self.main = splitter

        self.list.selectionModel().currentRowChanged.connect(lambda cur, _prev: self._select_row(cur.row()))
        self.reload()

    # -- page API ---------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        if self._stale:  # votes came in while another page was shown
            self._stale = False
            self.reload(votes_only=True)
        if not self._sized and self.width() > 0:
            self._sized = True  # the list gets a quarter, the chosen ballot the rest
            total = max(800, self.main.width())
            self.main.setSizes([total // 4, total - total // 4])

    def primary_action(self) -> QAction:
        return self.new_action

    def on_changes(self, changes: Changes) -> None:
        if changes & (Changes.BALLOTS | Changes.RECOMMENDATIONS | Changes.PROGRAM | Changes.SEATING):
            self._votes_timer.stop()
            self.reload()
        elif changes & (Changes.VOTES | Changes.ATTENDANCE | Changes.MEMBERS):
            if not self.isVisible():  # e.g. phone votes while the facilitator is elsewhere
                self._stale = True
                return
            # Votes arrive one per Enter: refresh the lists a moment later, once for a burst,
            # so the projector repaints the new tally first.
            self._votes_timer.start()

    # -- loading ------------------------------------------------------------------------

    def reload(self, votes_only: bool = False) -> None:
        ballots = voting.list_ballots(self.ctx.db, self.ctx.assembly_id)
        cast = {b.id: voting.ballot_result(self.ctx.db, b.id).cast for b in ballots}
        keep = self.current_id
        self.model.load(ballots, cast)
        self.stack.setCurrentWidget(self.main if ballots else self.empty)
        if not ballots:
            self.current_id = None
            return
        row = self.model.row_of(keep) if keep is not None else -1
        if row < 0:
            row = 0
        self._loading = True
        try:
            self.list.selectionModel().setCurrentIndex(
                self.model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
            )
        finally:
            self._loading = False
        self._show_ballot(ballots[row].id, full=not votes_only or ballots[row].id != keep)

    def _select_row(self, row: int) -> None:
        if not self._loading and 0 <= row < len(self.model.ballots):
            self._show_ballot(self.model.ballots[row].id, full=True)

    def _show_ballot(self, ballot_id: int, full: bool) -> None:
        info = voting.get_ballot(self.ctx.db, ballot_id)
        result = voting.ballot_result(self.ctx.db, ballot_id)
        self.current_id = ballot_id
        self.heading.setText(info.title)
        name, colour = STATE_ICONS.get(info.state, ("mdi6.help", "#5b636a"))
        self.state_icon.setPixmap(icon(name, colour).pixmap(20, 20))
        secret = self.tr("secret") if info.secret else self.tr("open (not secret)")
        self.state_label.setText(f"{self._states.get(info.state, info.state)} · {secret}")
        self.open_button.setEnabled(info.state == "draft")
        self.close_button.setEnabled(info.state == "open")
        self.publish_button.setEnabled(info.state == "closed")
        self.delete_button.setEnabled(info.state == "draft")
        revealed = info.revealed or info.state == "published"
        self.reveal_button.setChecked(revealed)
        self.reveal_action.setChecked(revealed)
        self.reveal_button.setEnabled(info.state in ("open", "closed"))
        self.reveal_button.setText(self.tr("Revealed") if revealed else self.tr("Reveal"))
        if full:
            recs = voting.recommendation_choices(self.ctx.db, self.ctx.assembly_id)
            # recommendations already on the ballot stay listed even if merged/withdrawn since
            known = {r.id for r in recs}
            recs += [
                voting.RecommendationChoice(i.recommendation_id, i.code, i.label, "")
                for i in info.items
                if i.recommendation_id is not None and i.recommendation_id not in known
            ]
            days = [
                (d.id, f"{d.number}. {d.date.isoformat()} {d.title}")
                for d in list_days(self.ctx.db, self.ctx.assembly_id)
            ]
            self.editor.load(info, recs, days)
        self.papers.load(info)
        self.hand.load(info, result.present)
        self.result_panel.load(result)

    # -- actions ------------------------------------------------------------------------

    def _run(self, call: Callable[[], T], changes: Changes, message: str = "") -> T | None:
        try:
            return self.ctx.apply(call, changes, message)
        except ServiceError as exc:
            show_error(self, error_text(exc))
            return None

    def new_ballot(self) -> None:
        count = len(self.model.ballots) + 1
        info = self._run(
            lambda: voting.create_ballot(
                self.ctx.db,
                self.ctx.assembly_id,
                self.tr("Ballot %1").replace("%1", str(count)),
                "support_scale",
                threshold=0.8,
            ),
            Changes.BALLOTS,
            self.tr("New ballot created"),
        )
        if info is not None:
            self.current_id = info.id
            self.reload()
            self.tabs.setCurrentWidget(self.editor)
            self.editor.title_edit.setFocus()
            self.editor.title_edit.selectAll()

    def save_ballot(self) -> None:
        if self.current_id is None or self.editor.info is None or self.editor.info.id != self.current_id:
            return
        if self.editor.info.state not in ("draft", "open"):
            return
        values = self.editor.values()
        ballot_id = self.current_id
        self._run(
            lambda: voting.update_ballot(self.ctx.db, ballot_id, **values), Changes.BALLOTS, self.tr("Ballot saved")
        )
        if self.editor.info is not None and self.editor.info.id == ballot_id:
            # a refused change (e.g. a bad title) shows the stored ballot again
            self._show_ballot(ballot_id, full=True)

    def delete_ballot(self) -> None:
        if self.current_id is None:
            return
        info = voting.get_ballot(self.ctx.db, self.current_id)
        if not confirm(
            self, self.tr("Delete draft"), self.tr("Delete the draft ballot “%1”?").replace("%1", info.title)
        ):
            return
        ballot_id = info.id
        self.current_id = None
        self._run(lambda: voting.delete_ballot(self.ctx.db, ballot_id), Changes.BALLOTS, self.tr("Draft deleted"))

    def open_ballot(self) -> None:
        if self.current_id is None:
            return
        self.save_ballot()
        info = voting.get_ballot(self.ctx.db, self.current_id)
        text = self.tr(
            "Open “%1” for voting? Its method, items and options cannot be changed once it is open."
        ).replace("%1", info.title)
        if confirm(self, self.tr("Open voting"), text):
            ballot_id = info.id
            self._run(lambda: voting.open_ballot(self.ctx.db, ballot_id), Changes.BALLOTS, self.tr("Voting is open"))

    def close_ballot(self) -> None:
        if self.current_id is None:
            return
        info = voting.get_ballot(self.ctx.db, self.current_id)
        status = voting.paper_status(self.ctx.db, info.id)
        text = self.tr("Close “%1”? No more votes can be added, and the result is sealed.").replace("%1", info.title)
        force = False
        if status.waiting or status.mismatches:
            text += "\n\n" + self.tr(
                "%1 papers are typed only once and %2 disagree: they will NOT be counted."
            ).replace("%1", str(len(status.waiting))).replace("%2", str(len(status.mismatches)))
            force = True
        if confirm(self, self.tr("Close voting"), text):
            ballot_id = info.id
            self._run(
                lambda: voting.close_ballot(self.ctx.db, ballot_id, force=force),
                Changes.BALLOTS | Changes.VOTES,
                self.tr("Voting closed and the result sealed"),
            )

    def publish_ballot(self) -> None:
        if self.current_id is None:
            return
        info = voting.get_ballot(self.ctx.db, self.current_id)
        text = self.tr("Publish the result of “%1”? It is then shown in the results overview.").replace(
            "%1", info.title
        )
        if confirm(self, self.tr("Publish result"), text):
            ballot_id = info.id
            self._run(
                lambda: voting.publish_ballot(self.ctx.db, ballot_id), Changes.BALLOTS, self.tr("Result published")
            )

    def toggle_reveal(self) -> None:
        if self.current_id is None:
            return
        info = voting.get_ballot(self.ctx.db, self.current_id)
        if info.state not in ("open", "closed"):
            self.reveal_button.setChecked(info.revealed or info.state == "published")
            return
        reveal = not info.revealed
        ballot_id = info.id
        self._run(
            lambda: voting.set_revealed(self.ctx.db, ballot_id, reveal),
            Changes.BALLOTS,
            self.tr("Count revealed on the projector") if reveal else self.tr("Count hidden"),
        )
        if reveal:
            self.show_on_projector()

    def show_on_projector(self) -> None:
        from ui.projector.ballot import BallotView

        projector = self.ctx.projector
        if projector is None or self.current_id is None:
            self.ctx.status(self.tr("The projector is not available."))
            return
        ballot_id = self.current_id
        projector.show_view("ballot", lambda: BallotView(self.ctx, ballot_id))
        view = projector.view("ballot")
        if isinstance(view, BallotView):
            view.set_ballot(ballot_id)
        if not projector.is_open:
            projector.open()
        self.ctx.status(self.tr("The ballot is on the projector"))

    def show_overview(self) -> None:
        from ui.projector.ballot import ResultsOverviewView

        projector = self.ctx.projector
        if projector is None:
            self.ctx.status(self.tr("The projector is not available."))
            return
        projector.show_view("ballot_results", lambda: ResultsOverviewView(self.ctx))
        if not projector.is_open:
            projector.open()
        self.ctx.status(self.tr("The results overview is on the projector"))

    def go_to_papers(self) -> None:
        self.tabs.setCurrentWidget(self.papers)
        self.papers.paper.setFocus()
        self.papers.paper.selectAll()
