"""Lottery: import the pool, set targets and quotas, draw the members fairly (LEXIMIN),
see the panel against the pool and the population, and make the drawn panel members."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

# The Qt canvas class directly: no global backend switch (matplotlib.use) at import.
from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from matplotlib.figure import Figure
from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
)  # noqa: E402
from PySide6.QtGui import QAction, QKeySequence  # noqa: E402
from PySide6.QtWidgets import (  # noqa: E402
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.changes import Changes  # noqa: E402
from app.i18n import Message  # noqa: E402
from app.io.pool import import_pool  # noqa: E402
from app.io.tabular import ImportFailed  # noqa: E402
from app.services import quotas, sortition  # noqa: E402
from app.services.errors import ServiceError  # noqa: E402
from ui import tasks  # noqa: E402
from ui.context import AppContext  # noqa: E402
from ui.errors import error_text, message_text, problem_text  # noqa: E402
from ui.page import EmptyState, Page, card  # noqa: E402
from ui.theme import OKABE_ITO, ROW_HEIGHT, icon  # noqa: E402

IndexLike = QModelIndex | QPersistentModelIndex


def percent(share: float) -> str:
    """A chance as a percentage in the UI's locale ("4,96 %" in Danish)."""
    return QLocale().toString(100 * share, "f", 2) + " %"


@dataclass
class _Row:
    category: str
    value: quotas.ValueInfo


class QuotaModel(QAbstractTableModel):
    """Values with pool counts, population targets and quotas; edits go to the services."""

    COLUMNS = ("Category", "Value", "In pool", "Target %", "Min", "Max")

    @staticmethod
    def headers() -> list[str]:
        return [
            QCoreApplication.translate("LotteryPage", "Category"),
            QCoreApplication.translate("LotteryPage", "Value"),
            QCoreApplication.translate("LotteryPage", "In pool"),
            QCoreApplication.translate("LotteryPage", "Target %"),
            QCoreApplication.translate("LotteryPage", "Min"),
            QCoreApplication.translate("LotteryPage", "Max"),
        ]

    def __init__(self, page: LotteryPage) -> None:
        super().__init__(page)
        self.page = page
        self.rows: list[_Row] = []

    def reload(self, categories: list[quotas.CategoryInfo]) -> None:
        self.beginResetModel()
        self.rows = [_Row(c.name, v) for c in categories for v in c.values]
        self.endResetModel()

    def rowCount(self, parent: IndexLike = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: IndexLike = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers()[section]
        return None

    def flags(self, index: IndexLike) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid() and index.column() >= 3:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: IndexLike, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        v = row.value
        col = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if col == 0:
                return row.category
            if col == 1:
                return v.name
            if col == 2:
                return str(v.pool_count)
            if col == 3:
                return "" if v.population_share is None else f"{v.population_share * 100:.1f}"
            if col == 4:
                return "" if v.min_quota is None else str(v.min_quota)
            if col == 5:
                return "" if v.max_quota is None else str(v.max_quota)
        if role == Qt.ItemDataRole.TextAlignmentRole and col >= 2:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def setData(self, index: IndexLike, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid() or role != Qt.ItemDataRole.EditRole or index.column() < 3:
            return False
        v = self.rows[index.row()].value
        text = str(value).strip().replace(",", ".").replace("%", "")
        try:
            if index.column() == 3:
                share = None if text == "" else float(text) / 100
                self.page.ctx.apply(
                    lambda: quotas.set_population_share(self.page.ctx.db, v.id, share),
                    QCoreApplication.translate("LotteryPage", "Target changed"),
                )
            else:
                number = None if text == "" else int(float(text))
                lo, hi = (number, v.max_quota) if index.column() == 4 else (v.min_quota, number)
                self.page.ctx.apply(
                    lambda: quotas.set_quota(self.page.ctx.db, v.id, lo, hi),
                    QCoreApplication.translate("LotteryPage", "Quota changed"),
                )
        except ValueError:
            self.page.show_error(QCoreApplication.translate("LotteryPage", "Type a number."))
            return False
        except ServiceError as exc:
            self.page.show_error(error_text(exc))
            return False
        return True


class CompositionChart(FigureCanvasQTAgg):
    """One small bar chart per category: panel vs pool vs population target (in %)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        self.figure = Figure(figsize=(7, 3.2), dpi=100)
        super().__init__(self.figure)
        self.setParent(parent)
        self.setMinimumHeight(360)

    def show_composition(self, composition: list[sortition.Composition], labels: tuple[str, str, str]) -> None:
        self.figure.clear()
        n = max(len(composition), 1)
        axes = self.figure.subplots(1, n, squeeze=False)[0]
        colours = (OKABE_ITO[4], OKABE_ITO[1], OKABE_ITO[0])  # blue, sky blue, orange
        for ax, comp in zip(axes, composition, strict=False):
            panel_total = sum(comp.panel) or 1
            pool_total = sum(comp.pool) or 1
            xs = range(len(comp.values))
            width = 0.27
            ax.bar(
                [x - width for x in xs],
                [100 * p / panel_total for p in comp.panel],
                width,
                color=colours[0],
                label=labels[0],
            )
            ax.bar(
                list(xs),
                [100 * p / pool_total for p in comp.pool],
                width,
                color=colours[1],
                label=labels[1],
                hatch="//",
                edgecolor="white",
            )
            ax.bar(
                [x + width for x in xs],
                [100 * (t or 0) for t in comp.target],
                width,
                color=colours[2],
                label=labels[2],
                hatch="..",
                edgecolor="white",
            )
            ax.set_title(comp.category, fontsize=10)
            ax.set_xticks(
                list(xs),
                [v if len(v) <= 10 else v[:9] + "…" for v in comp.values],
                rotation=35,
                ha="right",
                fontsize=8,
            )
            ax.tick_params(axis="y", labelsize=8)
            ax.set_ylabel("%", fontsize=8)
            ax.spines[["top", "right"]].set_visible(False)
        if composition:
            handles, names = axes[0].get_legend_handles_labels()
            self.figure.legend(handles, names, loc="upper center", ncol=3, fontsize=8, frameon=False)
        self.figure.subplots_adjust(left=0.07, right=0.99, top=0.82, bottom=0.3, wspace=0.45)
        self.draw_idle()


class LotteryPage(Page):
    title = "Lottery"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.title = self.tr("Lottery")
        self.task: tasks.Task | None = None
        self.lottery: sortition.LotteryResult | None = None
        self.legacy_min: float | None = None
        self._reproduced_draw: int | None = None
        self._settings_from_draw: int | None = None  # the draw whose settings the form shows

        self.draw_action = QAction(icon("mdi6.dice-multiple-outline"), self.tr("Draw"), self)
        self.draw_action.setShortcut(QKeySequence("Ctrl+D"))
        self.draw_action.setToolTip(self.tr("Draw the members by stratified lottery (Ctrl+D)"))
        self.draw_action.triggered.connect(self.start_draw)
        self.addAction(self.draw_action)
        self.import_action = QAction(icon("mdi6.table-arrow-down"), self.tr("Import the pool…"), self)
        self.import_action.setToolTip(self.tr("Import the respondents from a CSV or Excel file"))
        self.import_action.triggered.connect(lambda: self.import_pool_file())

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.stack = QStackedWidget()
        outer.addWidget(self.stack)
        self.empty = EmptyState(
            self.tr(
                "The lottery draws the members from the pool of respondents who answered the invitation, "
                "with quotas so the assembly mirrors the population. Start by importing the pool."
            ),
            self.import_action,
        )
        self.stack.addWidget(self.empty)

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget()
        scroll.setWidget(body)
        self.stack.addWidget(scroll)
        grid = QGridLayout(body)
        grid.setContentsMargins(16, 16, 16, 16)
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(16)

        # --- left: pool, quotas table
        left, left_box = card(self.tr("Pool, targets and quotas"))
        self.pool_label = QLabel()
        buttons = QHBoxLayout()
        self.import_button = QPushButton(icon("mdi6.table-arrow-down"), self.tr("Import pool…"))
        self.import_button.clicked.connect(lambda: self.import_pool_file())
        self.quota_import_button = QPushButton(icon("mdi6.file-table-outline"), self.tr("Import quotas…"))
        self.quota_import_button.setToolTip(self.tr("A file in the layout feature,value,min,max"))
        self.quota_import_button.clicked.connect(lambda: self.import_quota_file())
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.quota_import_button)
        buttons.addStretch(1)
        left_box.addWidget(self.pool_label)
        left_box.addLayout(buttons)
        self.model = QuotaModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setMinimumHeight(320)
        left_box.addWidget(self.table)
        rule = QLabel(
            self.tr(
                "Quotas from targets: min = ⌊size × share⌋ − tolerance, max = ⌈size × share⌉ + tolerance "
                "(shares normalised within each category). Double-click a cell to change it."
            )
        )
        rule.setWordWrap(True)
        rule.setObjectName("figureCaption")
        left_box.addWidget(rule)
        grid.addWidget(left, 0, 0, 2, 1)

        # --- right: draw settings
        settings, settings_box = card(self.tr("Draw"))
        form = QFormLayout()
        self.size_spin = QSpinBox()
        self.size_spin.setRange(1, 10000)
        self.size_spin.setValue(50)
        self.reserves_spin = QSpinBox()
        self.reserves_spin.setRange(0, 1000)
        self.reserves_spin.setValue(10)
        self.tolerance_spin = QSpinBox()
        self.tolerance_spin.setRange(0, 100)
        self.tolerance_spin.setValue(1)  # one seat of leeway: far fairer chances, panel still on target
        self.tolerance_spin.setToolTip(self.tr("How far a quota may go beyond the rounded target"))
        self.apply_targets_button = QPushButton(self.tr("Quotas from targets"))
        self.apply_targets_button.clicked.connect(self.apply_targets)
        tol_row = QHBoxLayout()
        tol_row.addWidget(self.tolerance_spin)
        tol_row.addWidget(self.apply_targets_button)
        self.algorithm_combo = QComboBox()
        self.algorithm_combo.addItem(self.tr("LEXIMIN (fairest, recommended)"), "leximin")
        self.algorithm_combo.addItem(self.tr("Maximin (Tingsted, the lowest chance only)"), "maximin")
        self.algorithm_combo.addItem(self.tr("Maximin (sortition-algorithms, slow)"), "library-maximin")
        self.algorithm_combo.addItem(self.tr("Legacy greedy (sortition-algorithms)"), "legacy")
        self.household_check = QCheckBox(self.tr("At most one person per household"))
        self.seed_edit = QLineEdit(sortition.new_seed())
        self.seed_edit.setToolTip(self.tr("Write the seed down: with it, anyone can reproduce the draw"))
        self.number_edit = QLineEdit()
        self.number_edit.setPlaceholderText(self.tr("000–999, from dice or balls (optional)"))
        self.number_edit.setMaxLength(3)
        form.addRow(self.tr("Panel size"), self.size_spin)
        form.addRow(self.tr("Reserves"), self.reserves_spin)
        form.addRow(self.tr("Tolerance"), tol_row)
        form.addRow(self.tr("Method"), self.algorithm_combo)
        form.addRow("", self.household_check)
        form.addRow(self.tr("Seed"), self.seed_edit)
        form.addRow(self.tr("Public number"), self.number_edit)
        settings_box.addLayout(form)
        run_row = QHBoxLayout()
        self.draw_button = QPushButton(icon("mdi6.dice-multiple-outline", "#ffffff"), self.tr("Draw"))
        self.draw_button.setObjectName("primaryButton")
        self.draw_button.setToolTip(self.draw_action.toolTip())
        self.draw_button.clicked.connect(self.start_draw)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setEnabled(False)
        self.cancel_button.setVisible(False)
        self.cancel_button.clicked.connect(self.cancel_draw)
        run_row.addWidget(self.draw_button)
        run_row.addWidget(self.cancel_button)
        run_row.addStretch(1)
        settings_box.addLayout(run_row)
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.setVisible(False)
        self.progress_label = QLabel()
        self.progress_label.setObjectName("figureCaption")
        settings_box.addWidget(self.progress)
        settings_box.addWidget(self.progress_label)
        self.message = QLabel()
        self.message.setWordWrap(True)
        settings_box.addWidget(self.message)
        grid.addWidget(settings, 0, 1)

        # --- right: the result
        result, result_box = card(self.tr("The drawn panel"))
        self.draw_label = QLabel(self.tr("No draw yet."))
        self.draw_label.setWordWrap(True)
        self.draw_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.draw_label.setMinimumHeight(72)
        self.draw_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        result_box.addWidget(self.draw_label)
        self.members_button = QPushButton(
            icon("mdi6.account-multiple-plus-outline"), self.tr("Make the drawn panel members")
        )
        self.members_button.clicked.connect(self.make_members)
        self.members_button.setEnabled(False)
        self.reproduce_action = QAction(icon("mdi6.restore"), self.tr("Reproduce draw"), self)
        self.reproduce_action.setToolTip(
            self.tr(
                "Recompute the recorded draw from its pool, quotas and seed, and check that the same panel comes out"
            )
        )
        self.reproduce_action.triggered.connect(self.start_reproduce)
        self.addAction(self.reproduce_action)
        self.reproduce_button = QPushButton(icon("mdi6.restore"), self.tr("Reproduce draw"))
        self.reproduce_button.setToolTip(self.reproduce_action.toolTip())
        self.reproduce_button.clicked.connect(self.start_reproduce)
        self.reproduce_button.setVisible(False)
        self.reproduce_result = QLabel()
        self.reproduce_result.setWordWrap(True)
        self.reproduce_result.setVisible(False)
        for button in (self.members_button, self.reproduce_button):  # one per line: the quota table keeps its width
            row = QHBoxLayout()
            row.addWidget(button)
            row.addStretch(1)
            result_box.addLayout(row)
        result_box.addWidget(self.reproduce_result)
        grid.addWidget(result, 1, 1)

        # --- bottom: chart and fairness
        chart_card, chart_card_box = card(self.tr("Panel, pool and population (%)"))
        self.chart = CompositionChart()
        chart_card_box.addWidget(self.chart)
        grid.addWidget(chart_card, 2, 0)
        fair, fair_box = card(self.tr("Fairness: chance of being selected"))
        self.fairness_label = QLabel(self.tr("Draw to see each respondent's chance."))
        self.fairness_label.setWordWrap(True)
        self.fairness_label.setTextFormat(Qt.TextFormat.PlainText)
        fair_box.addWidget(self.fairness_label)
        fair_box.addStretch(1)
        grid.addWidget(fair, 2, 1)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        self.refresh()

    # ------------------------------------------------------------------ helpers
    def primary_action(self) -> QAction | None:
        return self.draw_action

    def show_error(self, text: str) -> None:
        self.message.setObjectName("error")
        self.message.setStyleSheet("")
        self.message.setText(text)
        self.message.style().unpolish(self.message)
        self.message.style().polish(self.message)

    def show_info(self, text: str) -> None:
        self.message.setObjectName("ok")
        self.message.setText(text)
        self.message.style().unpolish(self.message)
        self.message.style().polish(self.message)

    def on_changes(self, changes: Changes) -> None:
        if changes & (Changes.POOL | Changes.ASSEMBLY | Changes.MEMBERS):
            QTimer.singleShot(0, self.refresh)  # not while a table editor is committing

    def refresh(self) -> None:
        cats = quotas.list_categories(self.ctx.db, self.ctx.assembly_id)
        pool = max((sum(v.pool_count for v in c.values) for c in cats), default=0)
        self.stack.setCurrentIndex(1 if pool else 0)
        self.model.reload(cats)
        self.pool_label.setText(self.tr("%n respondent(s) in the pool", "", pool))
        latest = sortition.latest_draw(self.ctx.db, self.ctx.assembly_id)
        if latest is None:
            self.draw_label.setText(self.tr("No draw yet."))
            self.members_button.setEnabled(False)
            self.members_button.setVisible(False)
            self.reproduce_button.setVisible(False)
            self.reproduce_action.setEnabled(False)
            return
        if latest.id != self._reproduced_draw:
            self.reproduce_result.setVisible(False)
        if latest.id != self._settings_from_draw:
            # the form starts from what the latest draw used (a reopened file, the demo)
            self._settings_from_draw = latest.id
            self.size_spin.setValue(latest.panel_size)
            self.reserves_spin.setValue(latest.reserves)
            self.household_check.setChecked(bool(latest.report.get("household_rule", False)))
        can_reproduce = sortition.can_reproduce(latest)
        self.reproduce_button.setVisible(can_reproduce)
        self.reproduce_button.setEnabled(can_reproduce and self.task is None)
        self.reproduce_action.setEnabled(can_reproduce and self.task is None)
        summary = sortition.draw_summary(self.ctx.db, latest.id)
        self._show_summary(summary)

    def _show_summary(self, summary: sortition.DrawSummary) -> None:
        d = summary.draw
        number = "" if d.transparent_number is None else self.tr(", number {0}").format(f"{d.transparent_number:03d}")
        lines = [
            self.tr("Draw {0} ({1}): {2} members and {3} reserves; seed {4}{5}.").format(
                str(d.id),
                sortition.METHODS.get(sortition.method_of(d.algorithm, d.report), d.algorithm),
                str(len(summary.selected)),
                str(len(summary.reserves)),
                d.seed,
                number,
            ),
            self.tr("Inputs hash {0}…").format(d.inputs_hash[:16]),
        ]
        if d.members_made:
            lines.append(self.tr("✓ The drawn panel are members."))
        elif d.report.get("superseded_by"):
            lines.append(self.tr("Superseded by a later draw."))
        else:
            lines.append(self.tr("The drawn panel are not members yet."))
        self.draw_label.setText("\n".join(lines))
        can_make = not d.members_made and not d.report.get("superseded_by") and d.algorithm in sortition.ALGORITHMS
        self.members_button.setEnabled(can_make)
        self.members_button.setVisible(can_make)
        self.chart.show_composition(summary.composition, (self.tr("Panel"), self.tr("Pool"), self.tr("Population")))
        fair = [
            self.tr("Lowest chance: {0}   highest: {1}   average: {2}").format(
                percent(summary.min_probability), percent(summary.max_probability), percent(summary.mean_probability)
            ),
        ]
        if self.legacy_min is not None and self.lottery is not None and self.lottery.inputs_hash == d.inputs_hash:
            if self.legacy_min > 0:
                fair.append(
                    self.tr("Legacy greedy method (estimated from {0} draws): lowest chance {1}").format(
                        str(sortition.LEGACY_REPEATS), percent(self.legacy_min)
                    )
                )
            else:
                fair.append(
                    self.tr(
                        "Legacy greedy method: some respondents were never chosen in {0} draws (lowest chance ≈ 0 %)"
                    ).format(str(sortition.LEGACY_REPEATS))
                )
        model = d.report.get("model")
        recorded = d.report.get("model_message")
        if isinstance(recorded, dict) and isinstance(recorded.get("template"), str):
            model = message_text(Message(recorded["template"], **dict(recorded.get("params") or {})))
        if model:
            fair.append(self.tr("Model: {0}").format(str(model)))
        fair.append(self.tr("Lowest chances:"))
        for low in summary.lowest[:6]:
            fair.append(f"  {low.external_id}  {percent(low.probability)}  ({low.profile})")
        self.fairness_label.setText("\n".join(fair))

    # ------------------------------------------------------------------ actions
    def import_pool_file(self, path: str | None = None) -> bool:
        if path is None:
            path, _ = QFileDialog.getOpenFileName(
                self, self.tr("Import the pool"), "", self.tr("Spreadsheets (*.csv *.xlsx);;All files (*)")
            )
            if not path:
                return False
        try:
            result = self.ctx.apply(
                lambda: import_pool(self.ctx.db, self.ctx.assembly_id, Path(path)),
            )
        except ImportFailed as exc:
            shown = "\n".join(problem_text(p) for p in exc.problems[:12])
            more = len(exc.problems) - 12
            if more > 0:
                shown += "\n" + self.tr("… and %n more", "", more)
            self.show_error(self.tr("Nothing was imported:") + "\n" + shown)
            self.stack.setCurrentIndex(1)
            return False
        except ServiceError as exc:
            self.show_error(error_text(exc))
            return False
        self.refresh()
        text = self.tr("%n respondent(s) imported", "", result.respondents)
        self.ctx.status(text)
        self.show_info(text)
        return True

    def import_quota_file(self, path: str | None = None) -> bool:
        if path is None:
            path, _ = QFileDialog.getOpenFileName(
                self, self.tr("Import quotas"), "", self.tr("Spreadsheets (*.csv *.xlsx);;All files (*)")
            )
            if not path:
                return False
        try:
            self.ctx.apply(
                lambda: quotas.import_quotas(self.ctx.db, self.ctx.assembly_id, Path(path)),
                self.tr("Quotas imported"),
            )
        except ImportFailed as exc:
            self.show_error(
                self.tr("Nothing was imported:") + "\n" + "\n".join(problem_text(p) for p in exc.problems[:12])
            )
            return False
        except ServiceError as exc:
            self.show_error(error_text(exc))
            return False
        self.refresh()
        self.show_info(self.tr("Quotas imported"))
        return True

    def apply_targets(self) -> None:
        size, tol = self.size_spin.value(), self.tolerance_spin.value()
        try:
            self.ctx.apply(
                lambda: quotas.apply_targets(self.ctx.db, self.ctx.assembly_id, size, tol),
                self.tr("Quotas set from the targets"),
            )
        except ServiceError as exc:
            self.show_error(error_text(exc))
            return
        self.refresh()
        self.show_info(self.tr("Quotas set from the targets for a panel of {0}").format(str(size)))

    def start_draw(self) -> None:
        if self.task is not None:
            return
        number_text = self.number_edit.text().strip()
        number = None
        if number_text:
            if not number_text.isdigit():
                self.show_error(self.tr("The public number is three digits, 000–999."))
                return
            number = int(number_text)
        db, aid = self.ctx.db, self.ctx.assembly_id
        blocked = sortition.new_draw_blocked(db, aid)
        if blocked:
            self.show_error(self.tr("Members were already made from a draw; a new draw is not possible."))
            return
        size, reserves = self.size_spin.value(), self.reserves_spin.value()
        algorithm = str(self.algorithm_combo.currentData())
        household = self.household_check.isChecked()
        seed = self.seed_edit.text().strip() or sortition.new_seed()

        def work(control: tasks.TaskControl) -> tuple[sortition.LotteryResult, float | None]:
            def progress(share: float, text: str) -> None:
                control.progress(share * 80, 100, text)

            lottery = sortition.compute_lottery(
                db, aid, size, algorithm=algorithm, household_rule=household, progress=progress
            )
            legacy = None
            if algorithm != "legacy":
                control.progress(80, 100, "legacy comparison")
                freq = sortition.legacy_estimate(
                    db,
                    aid,
                    size,
                    household_rule=household,
                    draws=sortition.LEGACY_REPEATS,
                    progress=lambda s, t: control.progress(80 + 20 * s, 100, t),
                )
                legacy = min(freq) if freq else None
            else:
                legacy = lottery.min_probability
            return lottery, legacy

        self.task = self._start_task(work)
        self.task.finished.connect(lambda result: self._finished(result, reserves, seed, number))
        self.task.failed.connect(self._failed)
        self.task.cancelled.connect(self._cancelled)

    def _start_task(self, work: Any) -> tasks.Task:
        self.draw_button.setEnabled(False)
        self.draw_action.setEnabled(False)
        self.reproduce_button.setEnabled(False)
        self.reproduce_action.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self.cancel_button.setVisible(True)
        self.progress.setVisible(True)
        self.progress.setValue(0)
        self.message.setText("")
        task = tasks.start(work, self)
        task.progressed.connect(self._progressed)
        return task

    def start_reproduce(self) -> None:
        """Recompute the latest recorded draw from its inputs and seed, in a worker, and say
        whether the same panel (and reserves) came out. Reads only."""
        if self.task is not None:
            return
        latest = sortition.latest_draw(self.ctx.db, self.ctx.assembly_id)
        if latest is None or not sortition.can_reproduce(latest):
            return
        db, draw_id = self.ctx.db, latest.id

        def work(control: tasks.TaskControl) -> sortition.Reproduction:
            return sortition.reproduce_draw(db, draw_id, progress=lambda s, t: control.progress(s * 100, 100, t))

        self.reproduce_result.setVisible(False)
        self.task = self._start_task(work)
        self.task.finished.connect(lambda result: self._reproduced(result, latest))
        self.task.failed.connect(self._reproduce_failed)
        self.task.cancelled.connect(self._reproduce_cancelled)

    def _reproduced(self, result: object, draw: sortition.DrawInfo) -> None:
        self._end_task()
        assert isinstance(result, sortition.Reproduction)
        self._reproduced_draw = draw.id
        if not result.same_inputs:
            if not result.recomputable:
                text = self.tr(
                    "✗ This draw has no recorded quotas (it was not made by this lottery); it cannot be recomputed."
                )
            else:
                text = self.tr("✗ Cannot reproduce: the pool's data changed since the draw (the inputs hash differs).")
            ok = False
        elif result.same_panel and result.same_reserves:
            text = self.tr(
                "✓ Reproduced: draw {0} recomputed from seed {1} gives the same panel and the same reserves."
            ).format(str(draw.id), draw.seed)
            ok = True
        elif result.same_panel:
            text = self.tr("✗ Not reproduced: the same panel came out, but the reserves differ.")
            ok = False
        else:
            text = self.tr("✗ Not reproduced: a different panel came out.")
            ok = False
        self.reproduce_result.setObjectName("ok" if ok else "error")
        self.reproduce_result.setText(text)
        self.reproduce_result.style().unpolish(self.reproduce_result)
        self.reproduce_result.style().polish(self.reproduce_result)
        self.reproduce_result.setVisible(True)
        self.ctx.status(text)
        self.refresh()

    def _reproduce_cancelled(self) -> None:
        self._end_task()
        self.show_info(self.tr("The reproduction was cancelled."))

    def cancel_draw(self) -> None:
        if self.task is not None:
            self.task.cancel()
            self.progress_label.setText(self.tr("Cancelling…"))

    def _progressed(self, done: float, total: float, text: str) -> None:
        self.progress.setValue(int(100 * done / total) if total else 0)
        self.progress_label.setText(text)

    def _end_task(self) -> None:
        self.task = None
        self.draw_button.setEnabled(True)
        self.draw_action.setEnabled(True)
        self.reproduce_button.setEnabled(True)
        self.reproduce_action.setEnabled(self.reproduce_button.isVisible())
        self.cancel_button.setEnabled(False)
        self.cancel_button.setVisible(False)
        self.progress.setVisible(False)
        self.progress_label.setText("")

    def _finished(self, result: object, reserves: int, seed: str, number: int | None) -> None:
        self._end_task()
        assert isinstance(result, tuple)
        lottery, legacy = result
        self.lottery = lottery
        self.legacy_min = legacy
        try:
            info = self.ctx.apply(
                lambda: sortition.record_draw(self.ctx.db, lottery, reserves=reserves, seed=seed, number=number),
            )
        except ServiceError as exc:
            self.show_error(error_text(exc))
            return
        text = self.tr("Drew {0} members and {1} reserves; lowest chance {2}").format(
            str(info.panel_size), str(info.reserves), percent(lottery.min_probability)
        )
        self.ctx.status(text)
        self.show_info(text)
        self.refresh()

    def _failed(self, exc: object, _tb: str) -> None:
        self._end_task()
        self.show_error(
            error_text(exc)
            if isinstance(exc, ServiceError)
            else self.tr("The draw failed: {0}").format(error_text(exc))
        )

    def _reproduce_failed(self, exc: object, _tb: str) -> None:
        self._end_task()
        self.show_error(
            error_text(exc)
            if isinstance(exc, ServiceError)
            else self.tr("The reproduction failed: {0}").format(error_text(exc))
        )

    def _cancelled(self) -> None:
        self._end_task()
        self.show_info(self.tr("The draw was cancelled; nothing changed."))

    def make_members(self) -> None:
        latest = sortition.latest_draw(self.ctx.db, self.ctx.assembly_id)
        if latest is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Make members"),
            self.tr("Make the {0} drawn respondents members of the assembly?").format(str(latest.panel_size)),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.make_members_now(latest.id)

    def make_members_now(self, draw_id: int) -> int:
        try:
            made = self.ctx.apply(lambda: sortition.make_members(self.ctx.db, draw_id))
        except ServiceError as exc:
            self.show_error(error_text(exc))
            return 0
        self.refresh()
        text = self.tr("%n member(s) made from the draw", "", made)
        self.ctx.status(text)
        self.show_info(text)
        return made
