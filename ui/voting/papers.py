"""The Papers tab: the fast keyboard form for paper ballots (single or double entry) and
the papers whose two entries disagree."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont, QIntValidator
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.services import voting
from app.services.errors import ServiceError
from ui.errors import error_text
from ui.theme import DONE, WARNING, icon

if TYPE_CHECKING:
    from ui.voting.page import VotingPage


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
            self.tr("Counted: {0} papers ({1} spoilt) · typed once: {2} · disagreeing: {3}").format(
                str(status.agreed), str(status.spoilt), str(len(status.waiting)), str(len(status.mismatches))
            )
        )
        if status.waiting:
            shown = ", ".join(str(n) for n in status.waiting[:12]) + (" …" if len(status.waiting) > 12 else "")
            self.waiting.setText(self.tr("Typed once, waiting for the other entry: paper {0}").format(shown))
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
                icon("mdi6.alert-outline", WARNING),
                self.tr("Paper {0} – ").format(str(m.paper_number)) + detail,
            )
            item.setData(Qt.ItemDataRole.UserRole, m.paper_number)
            self.mismatches.addItem(item)
        if self.mismatches.count():
            self.mismatches.setCurrentRow(0)
        else:
            none = self.tr("None – all papers typed twice agree.")
            placeholder = QListWidgetItem(icon("mdi6.check", DONE), none)
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
            if self.isVisible() and self.paper.isEnabled():
                # Alt+1 / Alt+2 chose the entry: the keyboard goes on to the paper number,
                # not left on the radio button where typing saves nothing
                self.paper.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _next_number(self) -> None:
        if self.info is None:
            return
        self.paper.setText(str(voting.next_paper_number(self.page.ctx.db, self.info.id, self.entry)))
        self.paper.selectAll()

    def _update_mode(self) -> None:
        if self.resolving is not None:
            self.mode.setText(self.tr("Resolving paper {0}: type what the paper says").format(str(self.resolving)))
        elif self.info is not None and self.info.double_entry:
            self.mode.setText(self.tr("Double entry: entry {0}").format(str(self.entry)))
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
                self.feedback.setText(self.tr("“{0}” is not a key here.").format(ch))
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
        hint = self.tr("press Enter to save") if missing <= 0 else self.tr("{0} more").format(str(missing))
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
            self._say(
                self.tr("Type one key for each of the {0} items (or mark the paper spoilt).").format(
                    str(len(self.info.items))
                ),
                "error",
            )
            return
        number = int(number_text)
        choices = {} if self.spoilt.isChecked() else self._choices()
        entry = self.entry
        ballot_id = self.info.id
        spoilt = self.spoilt.isChecked()
        try:
            saved = self.page.ctx.apply(
                lambda: voting.enter_paper(self.page.ctx.db, ballot_id, number, choices, entry=entry, spoilt=spoilt),
            )
        except ServiceError as exc:
            self._say(error_text(exc), "error")
            return
        if saved.outcome == "counted":
            self._say(self.tr("✓ Paper {0} counted.").format(str(number)), "ok")
        elif saved.outcome == "waiting":
            self._say(self.tr("Paper {0} saved; it counts when the other entry agrees.").format(str(number)), "ok")
        else:
            self._say(
                self.tr("⚠ Paper {0}: the two entries disagree – see the list below.").format(str(number)), "warning"
            )
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
