"""Import the roster: choose the file, check the guessed columns, map unknown values,
see every problem by row and column, then import all rows (or, by choice, the good ones)."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.io.roster import (
    BASIC_FIELDS,
    ImportResult,
    RosterPreview,
    guess_mapping,
    import_roster,
    preview_roster,
    read_roster,
)
from app.io.tabular import ImportFailed, ImportProblem
from app.services.members import CategoryInfo, list_categories
from ui.context import AppContext
from ui.errors import message_text, problem_message
from ui.theme import ROW_HEIGHT


class ImportDialog(QDialog):
    def __init__(self, ctx: AppContext, path: str | Path | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Import members from a spreadsheet"))
        self.resize(980, 720)
        self.frame: pd.DataFrame | None = None
        self.path: Path | None = None
        self.preview: RosterPreview | None = None
        self.result_info: ImportResult | None = None
        self.categories: list[CategoryInfo] = list_categories(ctx.db, ctx.assembly_id)
        self.mapping_boxes: dict[str, QComboBox] = {}
        self.value_boxes: list[tuple[int, str, QComboBox]] = []

        col = QVBoxLayout(self)
        col.setSpacing(8)
        row = QHBoxLayout()
        self.file_label = QLabel(self.tr("Choose a CSV or Excel file with one member per row."))
        self.file_label.setWordWrap(True)
        choose = QPushButton(self.tr("Choose file…"))
        choose.clicked.connect(self.choose_file)
        self.reload_button = QPushButton(self.tr("Read the file again"))
        self.reload_button.setToolTip(
            self.tr("After fixing the problems in the spreadsheet and saving it, read it again (Ctrl+R)")
        )
        self.reload_button.setShortcut("Ctrl+R")
        self.reload_button.setEnabled(False)
        self.reload_button.clicked.connect(self.reload)
        row.addWidget(self.file_label, 1)
        row.addWidget(self.reload_button)
        row.addWidget(choose)
        col.addLayout(row)

        splitter = QSplitter(Qt.Orientation.Vertical)
        top = QWidget()
        top_row = QHBoxLayout(top)
        top_row.setContentsMargins(0, 0, 0, 0)
        columns_box = QGroupBox(self.tr("1. Columns: what each column of the file holds"))
        cb = QVBoxLayout(columns_box)
        self.columns = QTableWidget(0, 3)
        self.columns.setHorizontalHeaderLabels([self.tr("Column in the file"), self.tr("Read as"), self.tr("Example")])
        self._table_look(self.columns)
        cb.addWidget(self.columns)
        top_row.addWidget(columns_box, 3)
        values_box = QGroupBox(self.tr("2. Values the assembly does not know"))
        vb = QVBoxLayout(values_box)
        self.values = QTableWidget(0, 4)
        self.values.setHorizontalHeaderLabels(
            [self.tr("Category"), self.tr("In the file"), self.tr("Rows"), self.tr("Means")]
        )
        self._table_look(self.values)
        vb.addWidget(self.values)
        self.remember = QCheckBox(self.tr("Remember these for the next import"))
        self.remember.setChecked(True)
        vb.addWidget(self.remember)
        top_row.addWidget(values_box, 2)
        splitter.addWidget(top)

        problems_box = QGroupBox(self.tr("3. Problems, by row and column"))
        pb = QVBoxLayout(problems_box)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        pb.addWidget(self.summary)
        self.problems = QTableWidget(0, 3)
        self.problems.setHorizontalHeaderLabels([self.tr("Row"), self.tr("Column"), self.tr("Problem")])
        self._table_look(self.problems)
        pb.addWidget(self.problems)
        self.notes = QLabel()
        self.notes.setObjectName("warning")
        self.notes.setWordWrap(True)
        pb.addWidget(self.notes)
        splitter.addWidget(problems_box)
        col.addWidget(splitter, 1)

        self.skip = QCheckBox(self.tr("Skip the rows with problems and import only the good rows"))
        self.skip.toggled.connect(self._update_button)
        col.addWidget(self.skip)
        buttons = QDialogButtonBox()
        self.import_button = QPushButton(self.tr("Import"))
        self.import_button.setObjectName("primaryButton")
        self.import_button.setEnabled(False)
        buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.rejected.connect(self.reject)
        self.import_button.clicked.connect(self.do_import)
        col.addWidget(buttons)
        if path is not None:
            self.load(path)

    @staticmethod
    def _table_look(table: QTableWidget) -> None:
        table.verticalHeader().hide()
        table.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        table.horizontalHeader().setStretchLastSection(True)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)

    # -- the file --------------------------------------------------------------------

    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Roster file"), "", self.tr("Spreadsheets (*.csv *.xlsx *.txt);;All files (*)")
        )
        if path:
            self.load(path)

    def reload(self) -> None:
        """Read the same file again, keeping the chosen columns and value meanings."""
        if self.path is None:
            return
        mapping = self.mapping()
        values = {(cid, text): box.currentData() for cid, text, box in self.value_boxes}
        self.load(self.path)
        for h, box in self.mapping_boxes.items():
            if h in mapping:
                box.setCurrentIndex(max(box.findData(mapping[h]), 0))
        for cid, text, box in self.value_boxes:
            if (cid, text) in values:
                box.setCurrentIndex(max(box.findData(values[(cid, text)]), 0))
        self.refresh_preview()

    def load(self, path: str | Path) -> None:
        path = Path(path)
        self.path = path
        self.reload_button.setEnabled(True)
        self.file_label.setText(str(path))
        try:
            self.frame = read_roster(path)
        except ImportFailed as exc:
            self.frame = None
            self.preview = None
            self.columns.setRowCount(0)
            self.values.setRowCount(0)
            self._show_problems(list(exc.problems), [])
            self.summary.setText(self.tr("The file cannot be read."))
            self.summary.setObjectName("error")
            self._restyle(self.summary)
            self._update_button()
            return
        headers = [str(c) for c in self.frame.columns]
        guess = guess_mapping(headers, self.categories)
        self.columns.setRowCount(len(headers))
        self.mapping_boxes = {}
        for r, h in enumerate(headers):
            self.columns.setItem(r, 0, QTableWidgetItem(h))
            box = QComboBox()
            box.addItem(self.tr("(ignore)"), "")
            labels = self.field_labels()
            for key, (label, _words) in BASIC_FIELDS.items():
                box.addItem(labels.get(key, label), key)
            for c in self.categories:
                box.addItem(self.tr("Category: {0}").format(c.name), f"category:{c.id}")
            box.setCurrentIndex(max(box.findData(guess.get(h, "")), 0))
            box.currentIndexChanged.connect(self.refresh_preview)
            self.columns.setCellWidget(r, 1, box)
            examples = [v for v in self.frame[h].tolist() if v][:3]
            self.columns.setItem(r, 2, QTableWidgetItem(", ".join(examples)))
            self.mapping_boxes[h] = box
        self.values.setRowCount(0)
        self.value_boxes = []
        self.refresh_preview()

    def field_labels(self) -> dict[str, str]:
        return {
            "number": self.tr("Member number"),
            "first_name": self.tr("First name"),
            "last_name": self.tr("Last name"),
            "name": self.tr("Full name"),
            "email": self.tr("E-mail"),
            "phone": self.tr("Phone"),
            "address": self.tr("Address"),
            "postcode": self.tr("Postcode"),
            "age": self.tr("Age (a number)"),
            "birth_year": self.tr("Birth year"),
            "needs": self.tr("Needs"),
        }

    def mapping(self) -> dict[str, str]:
        return {h: box.currentData() for h, box in self.mapping_boxes.items() if box.currentData()}

    def value_map(self) -> dict[int, dict[str, int]]:
        out: dict[int, dict[str, int]] = {}
        for cid, text, box in self.value_boxes:
            vid = box.currentData()
            if vid is not None:
                out.setdefault(cid, {})[text] = int(vid)
        return out

    # -- the preview -----------------------------------------------------------------

    def refresh_preview(self) -> None:
        if self.frame is None:
            return
        chosen = self.value_map()
        self.preview = preview_roster(self.ctx.db, self.ctx.assembly_id, self.frame, self.mapping(), chosen)
        # unknown values: keep earlier choices, add new ones with their suggestion
        unknown = list(self.preview.unknown_values)
        known_keys = {(cid, text) for cid, text, _ in self.value_boxes}
        cats = {c.id: c for c in self.categories}
        for u in unknown:
            if (u.category_id, u.text) in known_keys:
                continue
            r = self.values.rowCount()
            self.values.insertRow(r)
            self.values.setItem(r, 0, QTableWidgetItem(u.category))
            self.values.setItem(r, 1, QTableWidgetItem(u.text))
            rows = ", ".join(str(x) for x in u.rows[:8]) + ("…" if len(u.rows) > 8 else "")
            self.values.setItem(r, 2, QTableWidgetItem(rows))
            box = QComboBox()
            box.addItem(self.tr("(choose a value)"), None)
            for v in cats[u.category_id].values:
                box.addItem(v.name, v.id)
            box.setToolTip(self.tr("What '{0}' means in {1}").format(u.text, u.category))
            self.values.setCellWidget(r, 3, box)
            self.value_boxes.append((u.category_id, u.text, box))
            if u.suggestion is not None:
                box.setCurrentIndex(box.findData(u.suggestion))
            box.currentIndexChanged.connect(self.refresh_preview)
        if any(u.suggestion is not None for u in unknown) and self.value_map() != chosen:
            self.refresh_preview()  # the suggestions fill the map; check again with them
            return
        self._show_problems(list(self.preview.problems), list(self.preview.notes))
        p = self.preview
        bad = len(p.bad_rows)
        if p.file_problems:
            self.summary.setText(self.tr("The file cannot be imported as it is: see the problems below."))
            self.summary.setObjectName("error")
        elif p.problems:
            self.summary.setText(
                self.tr(
                    "{0} rows ready, {1} rows with problems. Fix the file or the choices above, "
                    "or choose to skip the rows with problems."
                ).format(p.good_rows, bad)
            )
            self.summary.setObjectName("warning")
        else:
            self.summary.setText(self.tr("✓ All %n row(s) are ready to import.", "", p.good_rows))
            self.summary.setObjectName("ok")
        self._restyle(self.summary)
        self.skip.setEnabled(bool(p.problems) and not p.file_problems and p.good_rows > 0)
        if not self.skip.isEnabled():
            self.skip.setChecked(False)
        self._update_button()

    def _show_problems(self, problems: list[ImportProblem], notes: list[str]) -> None:
        self.problems.setRowCount(len(problems))
        for r, prob in enumerate(problems):
            # the message in the UI's language; row and column as the file has them
            cells = ["" if prob.row is None else str(prob.row), prob.column or "", problem_message(prob)]
            for k, text in enumerate(cells):
                self.problems.setItem(r, k, QTableWidgetItem(text))
        self.notes.setText("\n".join(message_text(n) for n in notes))
        self.notes.setVisible(bool(notes))

    @staticmethod
    def _restyle(widget: QWidget) -> None:
        widget.style().unpolish(widget)
        widget.style().polish(widget)

    def _update_button(self) -> None:
        p = self.preview
        if p is None or p.file_problems or not p.rows:
            self.import_button.setEnabled(False)
            self.import_button.setText(self.tr("Import"))
            return
        if p.problems and not self.skip.isChecked():
            self.import_button.setEnabled(False)
            self.import_button.setText(self.tr("Import"))
            return
        self.import_button.setEnabled(p.good_rows > 0)
        self.import_button.setText(self.tr("Import %n member(s)", "", p.good_rows))

    def do_import(self) -> None:
        if self.frame is None:
            return
        frame, mapping, value_map = self.frame, self.mapping(), self.value_map()
        try:
            result = self.ctx.apply(
                lambda: import_roster(
                    self.ctx.db,
                    self.ctx.assembly_id,
                    frame,
                    mapping,
                    value_map,
                    skip_bad_rows=self.skip.isChecked(),
                    remember=self.remember.isChecked(),
                ),
            )
        except ImportFailed as exc:
            self._show_problems(list(exc.problems), [])
            self.summary.setText(self.tr("Nothing was imported."))
            self.summary.setObjectName("error")
            self._restyle(self.summary)
            return
        self.result_info = result
        message = self.tr("%n member(s) imported", "", result.imported)
        if result.skipped:
            message += self.tr("; %n row(s) with problems skipped", "", result.skipped)
        self.ctx.status(message)
        self.accept()
