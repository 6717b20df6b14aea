"""Assembly settings: the assembly's own details – its name, the remit question, who
commissioned it, the town, its language (of the report, the printouts and the phone
pages), the default support threshold of its ballots, and a logo for the report's cover.
One Save writes them all in one transaction (``app.services.assembly.update_assembly``)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtGui import QPixmap, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.i18n import LANGUAGE_NAMES, LANGUAGES
from app.services.assembly import TEXT_LIMITS, assembly_logo, check_logo, get_assembly, update_assembly
from app.services.errors import ServiceError
from ui.context import AppContext
from ui.errors import error_text
from ui.files import beside_assembly
from ui.page import error_label

LOGO_PREVIEW = (200, 80)


class AssemblySettingsDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None, focus: str = "name") -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Assembly settings"))
        self.setMinimumWidth(640)
        info = get_assembly(ctx.db, ctx.assembly_id)
        self.logo: bytes | None = assembly_logo(ctx.db, ctx.assembly_id)
        self._logo_changed = False

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 16)
        layout.setSpacing(12)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)

        self.name = QLineEdit(info.name)
        self.name.setMaxLength(TEXT_LIMITS["name"])
        form.addRow(self.tr("&Name"), self.name)
        self.remit = QPlainTextEdit(info.remit)
        self.remit.setTabChangesFocus(True)
        self.remit.setPlaceholderText(self.tr("The question the assembly answers, as the commissioning body put it"))
        self.remit.setMinimumHeight(90)
        form.addRow(self.tr("&Remit question"), self.remit)
        self.commissioning_body = QLineEdit(info.commissioning_body)
        self.commissioning_body.setMaxLength(TEXT_LIMITS["commissioning_body"])
        self.commissioning_body.setPlaceholderText(self.tr("e.g. Sundby Municipality"))
        form.addRow(self.tr("&Commissioned by"), self.commissioning_body)
        self.town = QLineEdit(info.town)
        self.town.setMaxLength(TEXT_LIMITS["town"])
        form.addRow(self.tr("&Town"), self.town)

        self.language = QComboBox()
        for code in LANGUAGES:
            self.language.addItem(LANGUAGE_NAMES[code], code)
        self.language.setCurrentIndex(max(self.language.findData(info.language), 0))
        self.language.setToolTip(self.tr("The language of the report, the printouts and the members' phone pages"))
        form.addRow(self.tr("&Language"), self.language)

        self.threshold = QSpinBox()
        self.threshold.setRange(1, 100)
        self.threshold.setSuffix(" %")
        self.threshold.setValue(round(info.support_threshold * 100))
        self.threshold.setToolTip(
            self.tr("The share of votes a recommendation needs to be adopted; new ballots start with it")
        )
        form.addRow(self.tr("Default &threshold"), self.threshold)

        logo_row = QHBoxLayout()
        self.logo_preview = QLabel()
        self.logo_preview.setObjectName("logoPreview")
        self.logo_preview.setFixedSize(*LOGO_PREVIEW)
        self.logo_preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.logo_preview.setStyleSheet("QLabel#logoPreview { border: 1px dashed #b8c0c6; border-radius: 6px; }")
        choose = QPushButton(self.tr("Choose…"))
        choose.clicked.connect(self.choose_logo)
        self.remove_logo = QPushButton(self.tr("Remove"))
        self.remove_logo.clicked.connect(lambda: self.set_logo(None))
        logo_row.addWidget(self.logo_preview)
        logo_row.addWidget(choose)
        logo_row.addWidget(self.remove_logo)
        logo_row.addStretch(1)
        form.addRow(self.tr("Logo"), logo_row)  # a row of buttons: no buddy, so no mnemonic
        layout.addLayout(form)
        hint = QLabel(self.tr("The logo goes on the report's cover (PNG or JPEG, at most 2 MB)."))
        hint.setObjectName("figureCaption")
        hint.setWordWrap(True)
        layout.addWidget(hint)

        self.error = error_label()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        layout.addWidget(buttons)
        self._show_logo()
        self.first: QWidget = {"remit": self.remit, "threshold": self.threshold}.get(focus, self.name)
        self.first.setFocus()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        self.first.setFocus()  # the field the dialog was opened for has the keyboard

    # -- the logo ----------------------------------------------------------------------

    def choose_logo(self, path: str | Path | None = None) -> None:
        if path is None:
            path, _ = QFileDialog.getOpenFileName(
                self, self.tr("Choose a logo"), beside_assembly(self.ctx), self.tr("Images (*.png *.jpg *.jpeg)")
            )
            if not path:
                return
        try:
            data = Path(path).read_bytes()
            check_logo(data)
        except OSError as exc:
            self._refuse(self.tr("{0}: cannot be read ({1})").format(Path(path).name, exc.strerror or exc))
            return
        except ServiceError as exc:
            self._refuse(error_text(exc))
            return
        self.set_logo(data)

    def set_logo(self, data: bytes | None) -> None:
        self.logo = data
        self._logo_changed = True
        self.error.hide()
        self._show_logo()

    def _show_logo(self) -> None:
        pixmap = QPixmap()
        if self.logo is not None and pixmap.loadFromData(QByteArray(self.logo)):
            self.logo_preview.setPixmap(
                pixmap.scaled(
                    *LOGO_PREVIEW, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
                )
            )
        else:
            self.logo_preview.setPixmap(QPixmap())
            self.logo_preview.setText(self.tr("No logo"))
        self.remove_logo.setEnabled(self.logo is not None)

    # -- saving ------------------------------------------------------------------------

    def _refuse(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def save(self) -> None:
        fields: dict[str, object] = {
            "name": self.name.text(),
            "remit": self.remit.toPlainText(),
            "commissioning_body": self.commissioning_body.text(),
            "town": self.town.text(),
            "language": self.language.currentData(),
            "support_threshold": self.threshold.value() / 100,
        }
        if self._logo_changed:
            fields["logo"] = self.logo
        try:
            info = self.ctx.apply(lambda: update_assembly(self.ctx.db, self.ctx.assembly_id, **fields))
        except ServiceError as exc:
            self._refuse(error_text(exc))
            return
        self.ctx.status(self.tr("The settings of {0} are saved").format(info.name))
        self.accept()
