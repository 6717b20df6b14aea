"""The member edit form: the profile, then the contact data in its own section."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.services.errors import ServiceError
from app.services.members import (
    CategoryInfo,
    ContactInfo,
    create_member,
    get_member,
    next_member_number,
    update_member,
)
from ui.context import AppContext
from ui.errors import error_text
from ui.members.models import status_word


class MemberForm(QWidget):
    """Edit one member, or type in a new one (``start_new``). Saving is one service call."""

    saved = Signal(int)  # member id

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.member_id: int | None = None
        self.categories: list[CategoryInfo] = []
        self.setMinimumWidth(340)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(8)
        self.heading = QLabel()
        self.heading.setObjectName("cardTitle")
        outer.addWidget(self.heading)

        profile = QGroupBox(self.tr("Profile"))
        self.profile_form = QFormLayout(profile)
        self.number = QLabel()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.first_name = QLineEdit()
        self.last_name = QLineEdit()
        self.profile_form.addRow(self.tr("Member number"), self.number)
        self.profile_form.addRow(self.tr("Status"), self.status)
        self.profile_form.addRow(self.tr("First name"), self.first_name)
        self.profile_form.addRow(self.tr("Last name"), self.last_name)
        self.value_boxes: dict[int, QComboBox] = {}
        outer.addWidget(profile)

        contact = QGroupBox(self.tr("Contact data (personal)"))
        contact.setToolTip(
            self.tr("Kept apart from the profile; left out of exports unless you ask; erased by Forget.")
        )
        cform = QFormLayout(contact)
        self.email = QLineEdit()
        self.email.setPlaceholderText("navn@example.dk")
        self.phone = QLineEdit()
        self.phone.setPlaceholderText("12 34 56 78")
        self.address = QLineEdit()
        self.postcode = QLineEdit()
        self.needs = QLineEdit()
        self.needs.setPlaceholderText(self.tr("e.g. wheelchair, sign language, diet"))
        self.notes = QPlainTextEdit()
        self.notes.setFixedHeight(64)
        self.notes.setTabChangesFocus(True)
        cform.addRow(self.tr("E-mail"), self.email)
        cform.addRow(self.tr("Phone"), self.phone)
        cform.addRow(self.tr("Address"), self.address)
        cform.addRow(self.tr("Postcode"), self.postcode)
        cform.addRow(self.tr("Needs"), self.needs)
        cform.addRow(self.tr("Notes"), self.notes)
        self.contact_box = contact
        outer.addWidget(contact)

        self.history = QLabel()
        self.history.setWordWrap(True)
        self.history.setObjectName("figureCaption")
        outer.addWidget(self.history)
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.error.hide()
        outer.addWidget(self.error)

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.save_action = QAction(self.tr("Save"), self)
        self.save_action.setShortcut(QKeySequence.StandardKey.Save)
        self.save_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.save_action.setToolTip(self.tr("Save the member (Ctrl+S)"))
        self.save_action.triggered.connect(self.save)
        self.addAction(self.save_action)
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setObjectName("primaryButton")
        self.save_button.setToolTip(self.save_action.toolTip())
        self.save_button.clicked.connect(self.save)
        buttons.addWidget(self.save_button)
        outer.addLayout(buttons)
        outer.addStretch(1)
        self.setEnabled(False)

    # -- loading ---------------------------------------------------------------------

    def set_categories(self, categories: list[CategoryInfo]) -> None:
        if [(c.id, [v.id for v in c.values]) for c in categories] == [
            (c.id, [v.id for v in c.values]) for c in self.categories
        ]:
            return
        for box in self.value_boxes.values():
            self.profile_form.removeRow(box)
        self.value_boxes = {}
        self.categories = categories
        for c in categories:
            box = QComboBox()
            box.addItem(self.tr("(not known)"), None)
            for v in c.values:
                box.addItem(v.name, v.id)
            self.profile_form.addRow(c.name, box)
            self.value_boxes[c.id] = box

    def _fill(self, first: str, last: str, values: dict[int, int], contact: ContactInfo) -> None:
        self.first_name.setText(first)
        self.last_name.setText(last)
        for cid, box in self.value_boxes.items():
            i = box.findData(values.get(cid))
            box.setCurrentIndex(max(i, 0))
        for name in ("email", "phone", "address", "postcode", "needs"):
            getattr(self, name).setText(getattr(contact, name))
        self.notes.setPlainText(contact.notes)
        self.error.hide()

    def load(self, member_id: int | None) -> None:
        self.member_id = member_id
        if member_id is None:
            self.heading.setText(self.tr("No member selected"))
            self.setEnabled(False)
            return
        detail = get_member(self.ctx.db, member_id)
        m = detail.member
        self.setEnabled(True)
        self.heading.setText(self.tr("Member {0}").format(m.number))
        self.number.setText(str(m.number))
        self.status.setText(status_word(m.status))
        forgotten = m.forgotten
        self._fill("" if forgotten else m.first_name, m.last_name, m.values, detail.contact)
        for w in (self.first_name, self.last_name, self.contact_box):
            w.setEnabled(not forgotten)
        if forgotten:
            self.first_name.setPlaceholderText(self.tr("(forgotten)"))
        lines = []
        if m.joined_on:
            lines.append(self.tr("Joined {0}").format(m.joined_on.isoformat()))
        if detail.replaces_number is not None:
            lines.append(self.tr("Replaces member {0}").format(detail.replaces_number))
        if m.status != "active":
            when = m.withdrawn_on.isoformat() if m.withdrawn_on else "?"
            reason = f" – {m.withdrawn_reason}" if m.withdrawn_reason else ""
            lines.append(self.tr("Withdrew {0}{1}").format(when, reason))
        if detail.replaced_by_number is not None:
            lines.append(self.tr("Replaced by member {0}").format(detail.replaced_by_number))
        if forgotten:
            lines.append(self.tr("Name and contact data erased (forgotten)."))
        self.history.setText("\n".join(lines))
        self.history.setVisible(bool(lines))

    def start_new(self) -> None:
        self.member_id = None
        self.setEnabled(True)
        for w in (self.first_name, self.last_name, self.contact_box):
            w.setEnabled(True)
        number = next_member_number(self.ctx.db, self.ctx.assembly_id)
        self.heading.setText(self.tr("New member"))
        self.number.setText(self.tr("{0} (assigned automatically)").format(number))
        self.status.setText(status_word("active"))
        self._fill("", "", {}, ContactInfo())
        self.history.hide()
        self.first_name.setFocus()

    # -- saving ----------------------------------------------------------------------

    def _values(self) -> dict[int, int]:
        out = {}
        for cid, box in self.value_boxes.items():
            vid = box.currentData()
            if vid is not None:
                out[cid] = int(vid)
        return out

    def _contact(self) -> ContactInfo:
        return ContactInfo(
            email=self.email.text(),
            phone=self.phone.text(),
            address=self.address.text(),
            postcode=self.postcode.text(),
            needs=self.needs.text(),
            notes=self.notes.toPlainText(),
        )

    def save(self) -> None:
        if not self.isEnabled():
            return
        ctx = self.ctx
        try:
            if self.member_id is None:
                info = ctx.apply(
                    lambda: create_member(
                        ctx.db,
                        ctx.assembly_id,
                        first_name=self.first_name.text(),
                        last_name=self.last_name.text(),
                        values=self._values(),
                        contact=self._contact(),
                    ),
                )
                ctx.status(self.tr("Member {0} added").format(info.number))
            else:
                member_id = self.member_id
                forgotten = not self.contact_box.isEnabled()
                info = ctx.apply(
                    lambda: update_member(
                        ctx.db,
                        member_id,
                        first_name=None if forgotten else self.first_name.text(),
                        last_name=None if forgotten else self.last_name.text(),
                        values=self._values(),
                        contact=None if forgotten else self._contact(),
                    ),
                )
                ctx.status(self.tr("Member {0} saved").format(info.number))
        except ServiceError as exc:
            self.error.setText(error_text(exc))
            self.error.show()
            return
        self.error.hide()
        self.member_id = info.id
        self.saved.emit(info.id)
