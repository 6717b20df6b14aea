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

Each tab is its own module (``editor``, ``papers``, ``hand_count``, ``result``); they ask
and warn through the page (``ask``, ``warn``), so one pair of dialogs serves them all.

Every write goes through ``ctx.apply``: it is committed before the screen shows it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.changes import Changes
from app.services import voting
from app.services.errors import ServiceError
from app.services.program import list_days
from ui.context import AppContext
from ui.errors import error_text
from ui.page import EmptyState, Page, table_view
from ui.theme import MUTED, icon
from ui.voting.editor import BallotEditor
from ui.voting.hand_count import HandCountForm
from ui.voting.models import STATE_ICONS, BallotsModel, state_words
from ui.voting.papers import PaperForm
from ui.voting.result import ResultPanel

T = TypeVar("T")


def confirm(parent: QWidget, title: str, text: str) -> bool:
    """Ask before a change of state (tests replace this)."""
    answer = QMessageBox.question(
        parent, title, text, QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel
    )
    return answer == QMessageBox.StandardButton.Yes


def show_error(parent: QWidget, text: str) -> None:
    """Say what went wrong (tests replace this)."""
    QMessageBox.warning(parent, QCoreApplication.translate("VotingPage", "Voting"), text)


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
        self.list = table_view(self.model)
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

    def ask(self, parent: QWidget, title: str, text: str) -> bool:
        """Ask before a change (the tabs ask through here)."""
        return confirm(parent, title, text)

    def warn(self, parent: QWidget, text: str) -> None:
        """Say what went wrong (the tabs say it through here)."""
        show_error(parent, text)

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
        name, colour = STATE_ICONS.get(info.state, ("mdi6.help", MUTED))
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

    def _run(self, call: Callable[[], T], message: str = "") -> T | None:
        try:
            return self.ctx.apply(call, message)
        except ServiceError as exc:
            show_error(self, error_text(exc))
            return None

    def new_ballot(self) -> None:
        count = len(self.model.ballots) + 1
        info = self._run(
            lambda: voting.create_ballot(
                self.ctx.db,
                self.ctx.assembly_id,
                self.tr("Ballot {0}").format(str(count)),
                "support_scale",
                threshold=0.8,
            ),
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
            lambda: voting.update_ballot(self.ctx.db, ballot_id, **values), self.tr("Ballot saved")
        )
        if self.editor.info is not None and self.editor.info.id == ballot_id:
            # a refused change (e.g. a bad title) shows the stored ballot again
            self._show_ballot(ballot_id, full=True)

    def delete_ballot(self) -> None:
        if self.current_id is None:
            return
        info = voting.get_ballot(self.ctx.db, self.current_id)
        if not confirm(
            self, self.tr("Delete draft"), self.tr("Delete the draft ballot “{0}”?").format(info.title)
        ):
            return
        ballot_id = info.id
        self.current_id = None
        self._run(lambda: voting.delete_ballot(self.ctx.db, ballot_id), self.tr("Draft deleted"))

    def open_ballot(self) -> None:
        if self.current_id is None:
            return
        self.save_ballot()
        info = voting.get_ballot(self.ctx.db, self.current_id)
        text = self.tr(
            "Open “{0}” for voting? Its method, items and options cannot be changed once it is open."
        ).format(info.title)
        if confirm(self, self.tr("Open voting"), text):
            ballot_id = info.id
            self._run(lambda: voting.open_ballot(self.ctx.db, ballot_id), self.tr("Voting is open"))

    def close_ballot(self) -> None:
        if self.current_id is None:
            return
        info = voting.get_ballot(self.ctx.db, self.current_id)
        status = voting.paper_status(self.ctx.db, info.id)
        text = self.tr("Close “{0}”? No more votes can be added, and the result is sealed.").format(info.title)
        force = False
        if status.waiting or status.mismatches:
            text += "\n\n" + self.tr(
                "{0} papers are typed only once and {1} disagree: they will NOT be counted."
            ).format(str(len(status.waiting)), str(len(status.mismatches)))
            force = True
        if confirm(self, self.tr("Close voting"), text):
            ballot_id = info.id
            self._run(
                lambda: voting.close_ballot(self.ctx.db, ballot_id, force=force),
                self.tr("Voting closed and the result sealed"),
            )

    def publish_ballot(self) -> None:
        if self.current_id is None:
            return
        info = voting.get_ballot(self.ctx.db, self.current_id)
        text = self.tr("Publish the result of “{0}”? It is then shown in the results overview.").format(info.title)
        if confirm(self, self.tr("Publish result"), text):
            ballot_id = info.id
            self._run(
                lambda: voting.publish_ballot(self.ctx.db, ballot_id), self.tr("Result published")
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
