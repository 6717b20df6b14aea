"""Reports: the recommendation report (sections, language, preface, logo, a preview of
the first pages), the evaluation (surveys, answers, results as charts) and the data
export. Building a report runs in a worker (``ui.tasks``) with progress and cancel."""

from __future__ import annotations

import re
import threading
from html import escape
from pathlib import Path
from typing import Any

from PySide6.QtCore import QLocale, QSize, Qt, QUrl
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence, QPixmap
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.changes import Changes
from app.i18n import LANGUAGE_NAMES, supported
from app.io.tabular import ImportFailed
from app.reports.sections import SECTIONS
from app.services.assembly import get_assembly
from app.services.errors import ServiceError
from app.services.program import list_days
from app.settings import data_dir
from ui import tasks
from ui.context import AppContext
from ui.errors import error_text, problem_text
from ui.page import Page, card, scrolling_grid
from ui.theme import icon

PREVIEW_PAGES = 3
PREVIEW_WIDTH = 300


def _slug(text: str) -> str:
    text = text.lower().replace("æ", "ae").replace("ø", "oe").replace("å", "aa")
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-") or "assembly"


def render_preview(path: Path, pages: int = PREVIEW_PAGES, width: int = PREVIEW_WIDTH) -> list[QPixmap]:
    """The first pages of a PDF as pixmaps (Qt's PDF module)."""
    from PySide6.QtPdf import QPdfDocument

    document = QPdfDocument()
    try:
        if document.load(str(path)) != QPdfDocument.Error.None_:
            return []
        out = []
        for number in range(min(pages, document.pageCount())):
            size = document.pagePointSize(number)
            height = int(width * size.height() / max(size.width(), 1))
            image = document.render(number, QSize(width, height))
            out.append(QPixmap.fromImage(image))
        return out
    finally:
        document.close()


class ReportTab(QWidget):
    """Choose the sections, language, preface and logo; build; preview; open the folder."""

    def __init__(self, page: ReportsPage) -> None:
        super().__init__()
        self.setObjectName("pageContainer")
        self.page = page
        self.ctx = page.ctx
        self.task: tasks.Task | None = None
        self.last_path: Path | None = None
        self._default_path: str | None = None
        row = QHBoxLayout(self)
        row.setContentsMargins(24, 24, 24, 24)
        row.setSpacing(16)

        form_card, form = card(self.tr("Recommendation report"))
        form_card.setMaximumWidth(520)
        intro = QLabel(
            self.tr(
                "The report for the commissioning body: choose what it contains, add a preface and a logo, "
                "then build it as a PDF."
            )
        )
        intro.setWordWrap(True)
        form.addWidget(intro)
        titles = {
            "contents": self.tr("Contents"),
            "preface": self.tr("Preface"),
            "process": self.tr("Process and experts"),
            "members": self.tr("Members and composition"),
            "attendance": self.tr("Attendance"),
            "recommendations": self.tr("Recommendations and votes"),
            "minority": self.tr("Minority statements"),
            "evaluation": self.tr("Evaluation"),
            "ballots": self.tr("Appendix: all ballots"),
        }
        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        self.section_boxes: dict[str, QCheckBox] = {}
        for index, key in enumerate(SECTIONS):
            box = QCheckBox(titles[key])
            box.setChecked(True)
            box.setObjectName(f"section_{key}")
            self.section_boxes[key] = box
            grid.addWidget(box, index, 0)
        form.addLayout(grid)

        fields = QFormLayout()
        fields.setVerticalSpacing(8)
        self.language = QComboBox()
        for code, name in LANGUAGE_NAMES.items():  # the assembly's language by default; one per report
            self.language.addItem(name, code)
        fields.addRow(self.tr("Language"), self.language)
        self.preface = QPlainTextEdit()
        self.preface.setPlaceholderText(self.tr("A few words to the commissioning body (optional)"))
        self.preface.setFixedHeight(96)
        fields.addRow(self.tr("Preface"), self.preface)
        logo_row = QHBoxLayout()
        self.logo = QLineEdit()
        self.logo.setPlaceholderText(self.tr("No logo"))
        self.logo.setReadOnly(True)
        choose_logo = QPushButton(self.tr("Choose…"))
        choose_logo.clicked.connect(self._choose_logo)
        clear_logo = QPushButton(self.tr("Remove"))
        clear_logo.clicked.connect(self.logo.clear)
        logo_row.addWidget(self.logo, 1)
        logo_row.addWidget(choose_logo)
        logo_row.addWidget(clear_logo)
        fields.addRow(self.tr("Logo"), logo_row)
        out_row = QHBoxLayout()
        self.output = QLineEdit()
        choose_out = QPushButton(self.tr("Choose…"))
        choose_out.clicked.connect(self._choose_output)
        out_row.addWidget(self.output, 1)
        out_row.addWidget(choose_out)
        fields.addRow(self.tr("Save as"), out_row)
        form.addLayout(fields)

        buttons = QHBoxLayout()
        self.build_button = QPushButton(icon("mdi6.file-pdf-box", "#ffffff"), self.tr("Build report"))
        self.build_button.setObjectName("primaryButton")
        self.build_button.clicked.connect(self.build)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setEnabled(False)
        self.cancel_button.clicked.connect(self.cancel)
        self.open_button = QPushButton(icon("mdi6.folder-open-outline"), self.tr("Open folder"))
        self.open_button.setEnabled(False)
        self.open_button.clicked.connect(self.open_folder)
        buttons.addWidget(self.build_button)
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        buttons.addWidget(self.open_button)
        form.addLayout(buttons)
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.setValue(0)
        self.progress.setTextVisible(True)
        form.addWidget(self.progress)
        self.message = QLabel(" ")
        self.message.setWordWrap(True)
        form.addWidget(self.message)
        form.addStretch(1)
        row.addWidget(form_card, 0)

        preview_card, preview_layout = card(self.tr("Preview of the first pages"))
        self.preview_scroll = QScrollArea()
        self.preview_scroll.setWidgetResizable(True)
        self.preview_scroll.setFrameShape(QFrame.Shape.NoFrame)
        holder = QWidget()
        self.preview_layout = QHBoxLayout(holder)
        self.preview_layout.setSpacing(12)
        self.preview_layout.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.preview_empty = QLabel(self.tr("Build the report to see its first pages here."))
        self.preview_empty.setObjectName("emptyStateText")
        self.preview_empty.setWordWrap(True)
        self.preview_layout.addWidget(self.preview_empty)
        self.preview_scroll.setWidget(holder)
        preview_layout.addWidget(self.preview_scroll, 1)
        self.preview_labels: list[QLabel] = []
        row.addWidget(preview_card, 1)
        self.reset_defaults()

    # -- settings
    def reset_defaults(self) -> None:
        """The assembly's language and a file name from its name; a path the user typed stays."""
        info = get_assembly(self.ctx.db, self.ctx.assembly_id)
        if self._default_path is None:
            index = self.language.findData(supported(info.language))
            self.language.setCurrentIndex(max(index, 0))
        if self._default_path is None or self.output.text() == self._default_path:
            self._default_path = str(self.default_output(info.name))
            self.output.setText(self._default_path)

    def default_output(self, name: str) -> Path:
        folder = self.ctx.db.path.parent if self.ctx.db.path is not None else data_dir()
        return folder / f"{_slug(name)}-report.pdf"

    def sections(self) -> list[str]:
        return [key for key, box in self.section_boxes.items() if box.isChecked()]

    def _choose_logo(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose a logo"), "", self.tr("Images (*.png *.jpg *.jpeg)")
        )
        if path:
            self.logo.setText(path)

    def _choose_output(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the report as"), self.output.text(), "PDF (*.pdf)")
        if path:
            self.output.setText(path if path.lower().endswith(".pdf") else f"{path}.pdf")

    # -- building
    def build(self) -> None:
        if self.task is not None:
            return
        from app.reports.recommendation_report import ReportOptions, build_report

        path = Path(self.output.text().strip() or self.default_output("report"))
        logo = Path(self.logo.text()) if self.logo.text().strip() else None
        options = ReportOptions(
            lang=str(self.language.currentData()),
            sections=self.sections(),
            preface=self.preface.toPlainText(),
            logo=logo,
        )
        db, assembly_id = self.ctx.db, self.ctx.assembly_id
        self.build_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self.open_button.setEnabled(False)
        self.progress.setValue(0)
        self._say(self.tr("Building the report…"))
        connected = threading.Event()

        def work(control: tasks.TaskControl) -> Any:
            connected.wait(10)  # the signals below are connected before the worker may emit
            return build_report(db, assembly_id, path, options, progress=control.progress)

        task = tasks.start(work, self)
        task.progressed.connect(self._progressed)
        task.finished.connect(self._finished)
        task.failed.connect(self._failed)
        task.cancelled.connect(self._cancelled)
        self.task = task
        connected.set()

    def cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()
            self._say(self.tr("Cancelling…"))

    def _progressed(self, done: float, total: float, text: str) -> None:
        self.progress.setValue(int(100 * done / max(total, 1)))
        if text:
            self.progress.setFormat(f"%p % – {text}")

    def _done(self) -> None:
        self.task = None
        self.build_button.setEnabled(True)
        self.cancel_button.setEnabled(False)
        self.progress.setFormat("%p %")

    def _finished(self, summary: Any) -> None:
        self._done()
        self.progress.setValue(100)
        self.last_path = Path(summary.path)
        self.open_button.setEnabled(True)
        text = self.tr("Report saved: {0} ({1} pages)").format(self.last_path.name, summary.pages)
        self._say(text, "ok")
        self.ctx.status(text)
        self.show_preview(self.last_path)

    def _failed(self, exc: object, _trace: str) -> None:
        self._done()
        self.progress.setValue(0)
        if isinstance(exc, ServiceError | OSError):
            self._say(self.tr("The report could not be built: {0}").format(error_text(exc)), "error")
        else:
            self._say(
                self.tr("The report could not be built ({0}). Please report this.").format(type(exc).__name__), "error"
            )

    def _cancelled(self) -> None:
        self._done()
        self.progress.setValue(0)
        self._say(self.tr("Cancelled; no report was written."), "warning")

    def _say(self, text: str, kind: str = "") -> None:
        prefix = {"ok": "✓ ", "error": "✗ ", "warning": "⚠ "}.get(kind, "")
        self.message.setObjectName(kind)
        self.message.setText(prefix + text)
        self.message.style().unpolish(self.message)
        self.message.style().polish(self.message)

    def show_preview(self, path: Path) -> None:
        for label in self.preview_labels:
            label.deleteLater()
        self.preview_labels = []
        pixmaps = render_preview(path)
        self.preview_empty.setVisible(not pixmaps)
        for number, pixmap in enumerate(pixmaps, start=1):
            label = QLabel()
            label.setPixmap(pixmap)
            label.setFixedSize(pixmap.size() + QSize(2, 2))
            label.setToolTip(self.tr("Page {0}").format(number))
            label.setStyleSheet("border: 1px solid #d5dadd; background: white;")
            self.preview_layout.addWidget(label)
            self.preview_labels.append(label)

    def open_folder(self) -> None:
        if self.last_path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.last_path.parent)))


class ExportTab(QWidget):
    """Write the data behind the report as CSV files or one XLSX workbook."""

    def __init__(self, page: ReportsPage) -> None:
        super().__init__()
        self.setObjectName("pageContainer")
        self.ctx = page.ctx
        self.last_folder: Path | None = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 24, 24, 24)
        export_card, layout = card(self.tr("Data export"))
        export_card.setMaximumWidth(720)
        intro = QLabel(
            self.tr(
                "Members, attendance, seatings, recommendations with their versions, ballots and results, and the "
                "evaluation answers – with a README that says what each file holds and whether it contains personal "
                "data. Members appear by number only unless you include contact data."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        formats = QHBoxLayout()
        self.csv = QRadioButton(self.tr("CSV files"))
        self.xlsx = QRadioButton(self.tr("One Excel workbook (XLSX)"))
        self.csv.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.csv)
        group.addButton(self.xlsx)
        formats.addWidget(self.csv)
        formats.addWidget(self.xlsx)
        formats.addStretch(1)
        layout.addLayout(formats)
        self.with_contacts = QCheckBox(self.tr("Include names and contact data (personal data)"))
        self.with_contacts.toggled.connect(self._contacts_toggled)
        layout.addWidget(self.with_contacts)
        self.contacts_warning = QLabel(
            self.tr("⚠ The export will contain personal data. Keep it safe and delete it when it is no longer needed.")
        )
        self.contacts_warning.setObjectName("warning")
        self.contacts_warning.setWordWrap(True)
        self.contacts_warning.hide()
        layout.addWidget(self.contacts_warning)
        folder_row = QHBoxLayout()
        self.folder = QLineEdit()
        base = self.ctx.db.path.parent if self.ctx.db.path is not None else data_dir()
        name = get_assembly(self.ctx.db, self.ctx.assembly_id).name
        self.folder.setText(str(base / f"{_slug(name)}-data"))
        choose = QPushButton(self.tr("Choose…"))
        choose.clicked.connect(self._choose)
        folder_row.addWidget(QLabel(self.tr("Folder")))
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(choose)
        layout.addLayout(folder_row)
        buttons = QHBoxLayout()
        self.export_button = QPushButton(icon("mdi6.database-export-outline", "#ffffff"), self.tr("Export data"))
        self.export_button.setObjectName("primaryButton")
        self.export_button.clicked.connect(self.export)
        self.open_button = QPushButton(icon("mdi6.folder-open-outline"), self.tr("Open folder"))
        self.open_button.setEnabled(False)
        self.open_button.clicked.connect(self.open_folder)
        buttons.addWidget(self.export_button)
        buttons.addStretch(1)
        buttons.addWidget(self.open_button)
        layout.addLayout(buttons)
        self.message = QLabel(" ")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        outer.addWidget(export_card)
        outer.addStretch(1)

    def _contacts_toggled(self, on: bool) -> None:
        self.contacts_warning.setVisible(on)

    def _choose(self) -> None:
        path = QFileDialog.getExistingDirectory(self, self.tr("Export to folder"), self.folder.text())
        if path:
            self.folder.setText(path)

    def export(self) -> None:
        from app.io.exports import export_data

        fmt = "xlsx" if self.xlsx.isChecked() else "csv"
        try:
            summary = export_data(
                self.ctx.db,
                self.ctx.assembly_id,
                Path(self.folder.text().strip()),
                fmt=fmt,
                with_contacts=self.with_contacts.isChecked(),
            )
        except ServiceError as exc:
            self.message.setObjectName("error")
            self.message.setText("✗ " + self.tr("Nothing was exported: {0}").format(error_text(exc)))
        else:
            self.last_folder = summary.folder
            self.open_button.setEnabled(True)
            note = self.tr("with personal data") if summary.personal_data else self.tr("no personal data")
            text = self.tr("{0} files written to {1} ({2})").format(len(summary.files), summary.folder, note)
            self.message.setObjectName("ok")
            self.message.setText("✓ " + text)
            self.ctx.status(text)
        self.message.style().unpolish(self.message)
        self.message.style().polish(self.message)

    def open_folder(self) -> None:
        if self.last_folder is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.last_folder)))


class EvaluationTab(QWidget):
    """Define a survey, enter or import its answers, and see the results as charts."""

    def __init__(self, page: ReportsPage) -> None:
        super().__init__()
        self.ctx = page.ctx
        self._chart_key: object = None
        grid = scrolling_grid(self)

        # -- the survey and its questions
        survey_card, survey_layout = card(self.tr("Survey"))
        pick = QHBoxLayout()
        self.survey = QComboBox()
        self.survey.setMinimumWidth(260)
        self.survey.currentIndexChanged.connect(self.refresh_survey)
        pick.addWidget(self.survey, 1)
        survey_layout.addLayout(pick)
        new_row = QHBoxLayout()
        self.new_title = QLineEdit()
        self.new_title.setPlaceholderText(self.tr("Title of a new survey, e.g. “Day 1”"))
        self.new_day = QComboBox()
        create = QPushButton(icon("mdi6.plus"), self.tr("New survey"))
        create.clicked.connect(self.create_survey)
        self.new_title.returnPressed.connect(self.create_survey)
        new_row.addWidget(self.new_title, 1)
        new_row.addWidget(self.new_day)
        new_row.addWidget(create)
        survey_layout.addLayout(new_row)
        self.questions = QLabel()
        self.questions.setWordWrap(True)
        self.questions.setTextFormat(Qt.TextFormat.RichText)
        survey_layout.addWidget(self.questions)
        q_row = QHBoxLayout()
        self.question_text = QLineEdit()
        self.question_text.setPlaceholderText(self.tr("A new question, e.g. “I felt heard at my table”"))
        self.question_kind = QComboBox()
        self.question_kind.addItem(self.tr("Scale 1–5 (disagree – agree)"), "likert")
        self.question_kind.addItem(self.tr("Free text"), "text")
        add_q = QPushButton(icon("mdi6.plus"), self.tr("Add question"))
        add_q.clicked.connect(self.add_question)
        self.question_text.returnPressed.connect(self.add_question)
        q_row.addWidget(self.question_text, 1)
        q_row.addWidget(self.question_kind)
        q_row.addWidget(add_q)
        survey_layout.addLayout(q_row)
        self.survey_message = QLabel(" ")
        self.survey_message.setWordWrap(True)
        survey_layout.addWidget(self.survey_message)
        survey_layout.addStretch(1)
        grid.addWidget(survey_card, 0, 0)

        # -- answers: one by hand, or a file
        answers_card, answers_layout = card(self.tr("Answers"))
        self.answer_form = QFormLayout()
        answers_layout.addLayout(self.answer_form)
        self.answer_widgets: dict[int, QWidget] = {}
        answer_buttons = QHBoxLayout()
        self.save_answer = QPushButton(icon("mdi6.content-save-outline"), self.tr("Save this response"))
        self.save_answer.clicked.connect(self.add_response)
        self.import_button = QPushButton(icon("mdi6.file-import-outline"), self.tr("Import answers…"))
        self.import_button.setToolTip(
            self.tr("A CSV or XLSX file: one row per filled-in form, one column per question code")
        )
        self.import_button.clicked.connect(self._choose_import)
        answer_buttons.addWidget(self.save_answer)
        answer_buttons.addStretch(1)
        answer_buttons.addWidget(self.import_button)
        answers_layout.addLayout(answer_buttons)
        self.problems = QPlainTextEdit()
        self.problems.setReadOnly(True)
        self.problems.setFixedHeight(110)
        self.problems.hide()
        answers_layout.addWidget(self.problems)
        self.answer_message = QLabel(" ")
        self.answer_message.setWordWrap(True)
        answers_layout.addWidget(self.answer_message)
        answers_layout.addStretch(1)
        grid.addWidget(answers_card, 0, 1)

        # -- results
        results_card, results_layout = card(self.tr("Results"))
        self.results_text = QLabel()
        self.results_text.setWordWrap(True)
        self.results_text.setTextFormat(Qt.TextFormat.RichText)
        results_layout.addWidget(self.results_text)
        self.chart = QLabel()
        self.chart.setAlignment(Qt.AlignmentFlag.AlignLeft)
        results_layout.addWidget(self.chart)
        grid.addWidget(results_card, 1, 0, 1, 2)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(2, 1)
        self.loaded = False  # filled when first shown (its chart needs matplotlib, a slow import)

    # -- data
    def current_survey_id(self) -> int | None:
        value = self.survey.currentData()
        return int(value) if value is not None else None

    def refresh(self) -> None:
        from app.services.evaluation import list_surveys

        self.loaded = True
        current = self.current_survey_id()
        self.new_day.clear()
        self.new_day.addItem(self.tr("Whole assembly"), None)
        for day in list_days(self.ctx.db, self.ctx.assembly_id):
            self.new_day.addItem(self.tr("Day {0}").format(day.number), day.id)
        surveys = list_surveys(self.ctx.db, self.ctx.assembly_id)
        self.survey.blockSignals(True)
        self.survey.clear()
        for s in surveys:
            when = self.tr("day {0}").format(s.day_number) if s.day_number is not None else self.tr("whole assembly")
            self.survey.addItem(self.tr("{0} ({1}, {2} responses)").format(s.title, when, s.responses), s.id)
        if current is not None:
            index = self.survey.findData(current)
            if index >= 0:
                self.survey.setCurrentIndex(index)
        self.survey.blockSignals(False)
        self.refresh_survey()

    def refresh_survey(self) -> None:
        from app.services.evaluation import get_survey, survey_results

        survey_id = self.current_survey_id()
        while self.answer_form.rowCount():
            self.answer_form.removeRow(0)
        self.answer_widgets = {}
        has_survey = survey_id is not None
        for control in (self.question_text, self.question_kind, self.save_answer, self.import_button):
            control.setEnabled(has_survey)
        if survey_id is None:
            self.questions.setText(self.tr("No survey yet. Give it a title above and press “New survey”."))
            self.results_text.setText(self.tr("The results appear here once answers are entered."))
            self.chart.clear()
            return
        survey = get_survey(self.ctx.db, survey_id)
        if survey.questions:
            scale, free_text = self.tr("scale"), self.tr("free text")
            items = "".join(
                f"<li><b>{escape(q.code)}</b> – {escape(q.text)} <span style='color:#5b636a'>"
                f"({scale if q.kind == 'likert' else free_text})</span></li>"
                for q in survey.questions
            )
            self.questions.setText(f"<ol style='margin:0'>{items}</ol>")
        else:
            self.questions.setText(self.tr("The survey has no questions yet; add them below."))
        self.save_answer.setEnabled(bool(survey.questions))
        for q in survey.questions:
            widget: QWidget
            if q.kind == "likert":
                spin = QSpinBox()
                spin.setRange(q.scale_min - 1, q.scale_max)
                spin.setSpecialValueText(self.tr("(no answer)"))
                spin.setValue(q.scale_min - 1)
                spin.setToolTip(", ".join(f"{v} = {q.label(v)}" for v in q.scale))
                widget = spin
            else:
                widget = QLineEdit()
            widget.setObjectName(f"answer_{q.code}")
            self.answer_widgets[q.id] = widget
            self.answer_form.addRow(q.code, widget)
        result = survey_results(self.ctx.db, survey_id)
        self.show_results(result)

    def show_results(self, result: Any) -> None:
        likert = [q for q in result.questions if q.question.kind == "likert" and q.n]
        lines = [self.tr("%n response(s)", "", result.survey.responses)]
        for q in likert:
            lines.append(
                self.tr("{0}: average {1} of {2}, %n answer(s)", "", q.n).format(
                    q.question.code, QLocale().toString(float(q.mean or 0), "f", 1), q.question.scale_max
                )
            )
        for q in result.questions:
            if q.question.kind == "text" and q.texts:
                shown = "; ".join(f"“{t}”" for t in q.texts[:3])
                lines.append(f"{q.question.code}: {shown}" + (" …" if len(q.texts) > 3 else ""))
        self.results_text.setText("<br/>".join(lines))
        key = tuple((q.question.id, tuple(sorted(q.counts.items()))) for q in likert)
        if key == self._chart_key:
            return
        self._chart_key = key
        if not likert:
            self.chart.clear()
            return
        from app.i18n import translator
        from app.reports import figures

        lang = get_assembly(self.ctx.db, self.ctx.assembly_id).language
        _ = translator(supported(lang))
        first = likert[0].question
        same = [q for q in likert if q.question.scale == first.scale]
        fig = figures.likert_figure(
            [(q.question.text, [q.counts.get(v, 0) for v in q.question.scale]) for q in same],
            [_(first.label(v)) for v in first.scale],
            _,
        )
        pixmap = QPixmap()
        pixmap.loadFromData(figures.png_bytes(fig, dpi=110))
        self.chart.setPixmap(pixmap)

    # -- actions
    def _ok(self, label: QLabel, text: str, kind: str = "ok") -> None:
        prefix = {"ok": "✓ ", "error": "✗ ", "warning": "⚠ "}.get(kind, "")
        label.setObjectName(kind)
        label.setText(prefix + text)
        label.style().unpolish(label)
        label.style().polish(label)

    def create_survey(self) -> None:
        from app.services.evaluation import create_survey

        title = self.new_title.text().strip()
        day_id = self.new_day.currentData()
        try:
            info = self.ctx.apply(
                lambda: create_survey(self.ctx.db, self.ctx.assembly_id, title, day_id=day_id),
                self.tr("Survey created"),
            )
        except ServiceError as exc:
            self._ok(self.survey_message, error_text(exc), "error")
            return
        self.new_title.clear()
        index = self.survey.findData(info.id)
        self.survey.setCurrentIndex(index)
        self._ok(self.survey_message, self.tr("Survey “{0}” created").format(info.title))

    def add_question(self) -> None:
        from app.services.evaluation import add_question

        survey_id = self.current_survey_id()
        if survey_id is None:
            return
        text = self.question_text.text().strip()
        kind = str(self.question_kind.currentData())
        try:
            q = self.ctx.apply(
                lambda: add_question(self.ctx.db, survey_id, text, kind=kind),
                self.tr("Question added"),
            )
        except ServiceError as exc:
            self._ok(self.survey_message, error_text(exc), "error")
            return
        self.question_text.clear()
        self._ok(self.survey_message, self.tr("Question {0} added").format(q.code))

    def add_response(self) -> None:
        from app.services.evaluation import add_response

        survey_id = self.current_survey_id()
        if survey_id is None:
            return
        answers: dict[int | str, int | str | None] = {}
        for question_id, widget in self.answer_widgets.items():
            if isinstance(widget, QSpinBox):
                answers[question_id] = widget.value() if widget.value() >= widget.minimum() + 1 else None
            elif isinstance(widget, QLineEdit):
                answers[question_id] = widget.text()
        try:
            self.ctx.apply(
                lambda: add_response(self.ctx.db, survey_id, answers),
                self.tr("Response saved"),
            )
        except ServiceError as exc:
            self._ok(self.answer_message, error_text(exc), "error")
            return
        self._ok(self.answer_message, self.tr("Response saved"))

    def _choose_import(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import answers"), "", self.tr("Spreadsheets (*.csv *.xlsx);;All files (*)")
        )
        if path:
            self.import_file(Path(path))

    def ask_replace(self, existing: int) -> bool | None:
        """The survey has answers already: replace them (True), add to them (False), or cancel (None)."""
        box = QMessageBox(self)
        box.setWindowTitle(self.tr("Import answers"))
        box.setText(
            self.tr(
                "The survey has {0} responses already. Replace them with the file's answers (e.g. a corrected "
                "file), or add the file's answers to them?"
            ).format(existing)
        )
        replace = box.addButton(self.tr("Replace"), QMessageBox.ButtonRole.DestructiveRole)
        add = box.addButton(self.tr("Add"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        clicked = box.clickedButton()
        if clicked is replace:
            return True
        if clicked is add:
            return False
        return None

    def import_file(self, path: Path) -> None:
        from app.io.evaluation_import import import_answers
        from app.services.evaluation import get_survey

        survey_id = self.current_survey_id()
        if survey_id is None:
            return
        replace = False
        existing = get_survey(self.ctx.db, survey_id).responses
        if existing:
            choice = self.ask_replace(existing)
            if choice is None:
                return
            replace = choice
        try:
            result = self.ctx.apply(
                lambda: import_answers(self.ctx.db, survey_id, path, replace=replace), ""
            )
        except ImportFailed as exc:
            self.problems.setPlainText("\n".join(problem_text(p) for p in exc.problems))
            self.problems.show()
            self._ok(
                self.answer_message,
                self.tr("{0} problems in {1}; nothing was imported. Correct the file and import it again.").format(
                    len(exc.problems), path.name
                ),
                "error",
            )
            return
        except ServiceError as exc:
            self._ok(self.answer_message, error_text(exc), "error")
            return
        self.problems.hide()
        text = self.tr("{0} responses imported from {1}").format(result.responses, path.name)
        self._ok(self.answer_message, text)
        self.ctx.status(text)


class ReportsPage(Page):
    """The Reports area: the report, the evaluation and the data export as tabs."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.report_tab = ReportTab(self)
        self.evaluation_tab = EvaluationTab(self)
        self.export_tab = ExportTab(self)
        self.tabs.addTab(self.report_tab, icon("mdi6.file-chart-outline"), self.tr("Report"))
        self.tabs.addTab(self.evaluation_tab, icon("mdi6.clipboard-check-outline"), self.tr("Evaluation"))
        self.tabs.addTab(self.export_tab, icon("mdi6.database-export-outline"), self.tr("Data export"))
        layout.addWidget(self.tabs)
        self.tabs.currentChanged.connect(self._tab_changed)
        self.build_action = QAction(icon("mdi6.file-pdf-box"), self.tr("Build report"), self)
        self.build_action.setShortcut(QKeySequence("Ctrl+B"))
        self.build_action.setToolTip(self.tr("Build the recommendation report as a PDF"))
        self.build_action.triggered.connect(self._build)
        self.addAction(self.build_action)

    def primary_action(self) -> QAction:
        return self.build_action

    def _build(self) -> None:
        self.tabs.setCurrentWidget(self.report_tab)
        self.report_tab.build()

    def _tab_changed(self, index: int) -> None:
        if self.tabs.widget(index) is self.evaluation_tab and not self.evaluation_tab.loaded:
            self.evaluation_tab.refresh()

    def on_changes(self, changes: Changes) -> None:
        if changes & (Changes.EVALUATION | Changes.PROGRAM) and self.evaluation_tab.loaded:
            self.evaluation_tab.refresh()
        if changes & Changes.ASSEMBLY and self.report_tab.task is None:
            self.report_tab.reset_defaults()

    def closeEvent(self, event: Any) -> None:  # noqa: N802
        if self.report_tab.task is not None:
            self.report_tab.task.cancel()
        super().closeEvent(event)
