"""The ballot on the projector: the question, the options, turnout, and – once the
facilitator reveals it (or the ballot is set to show live) – the tally with bars.

Rows are built once per ballot and then only updated in place: labels get new text,
bars glide to their new width (``ResultBar`` animates its value), so the picture never
flickers while votes come in, and Qt repaints only the labels and bars that changed.

The tally is read once (``voting.live_count``); after that a vote that was committed
through ``ctx.apply`` arrives with what it added (the broadcast's result: ``enter_paper``'s
or ``cast_vote``'s ``VotesAdded``), and the view adds it to its running totals instead of
reading every vote again. Any other change (the ballot edited, hand counts, an import,
attendance, a change without that detail) reads the ballot again.

A closed ballot shows adopted / not adopted against the threshold line, always with a
word and a sign, never by colour alone.

``ResultsOverviewView`` lists every published ballot's items with their verdicts,
a page at a time.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEasingCurve, QEvent, QRectF, Qt, QTimer, QVariantAnimation
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QGridLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from app.changes import Changes
from app.services import voting
from app.services.errors import NotFound
from ui.context import AppContext
from ui.projector.base import BODY_PX, HEADING_PX, MAX_LINES, ProjectorView
from ui.projector.parts import ElidedLabel, set_font
from ui.theme import OKABE_ITO

ANIMATION_MS = 350
ROWS_MAX = 7  # never more than about seven lines on the wall


def _is_light(widget: QWidget) -> bool:
    return widget.palette().color(widget.backgroundRole()).lightnessF() > 0.5


def short_label(code: str, label: str) -> str:
    """A recommendation's title without its code in front ("A1. Et hus" → "Et hus")."""
    text = label.strip()
    if code and text.startswith(code):
        rest = text[len(code) :].lstrip(" .:–-)")
        return rest or text
    return text


def percent(share: float | None) -> str:
    if share is None:
        return "–"
    return f"{share * 100:.0f} %"


class ResultBar(QWidget):
    """A horizontal bar (0..1) that glides to a new value, with an optional threshold line."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFixedHeight(32)
        self.target = 0.0
        self.shown = 0.0
        self.threshold: float | None = None
        self.colour = QColor(OKABE_ITO[1])  # on the dark theme
        self.colour_on_light: QColor | None = QColor(OKABE_ITO[4])
        self._anim = QVariantAnimation(self)
        self._anim.setDuration(ANIMATION_MS)
        self._anim.setEasingCurve(QEasingCurve.Type.OutCubic)
        self._anim.valueChanged.connect(self._step)

    def set_value(self, value: float, animate: bool = True) -> None:
        value = max(0.0, min(1.0, value))
        if abs(value - self.target) < 1e-9:
            return
        self.target = value
        self._anim.stop()
        if animate and self.isVisible():
            # setting the end of a stopped animation emits its value at the old progress
            # (the new end, if it had finished): the bar would be repainted for nothing
            self._anim.blockSignals(True)
            self._anim.setStartValue(float(self.shown))
            self._anim.setEndValue(float(value))
            self._anim.blockSignals(False)
            self._anim.start()
        else:
            self._step(value)

    def set_threshold(self, threshold: float | None) -> None:
        if threshold != self.threshold:
            self.threshold = threshold
            self.update()

    def set_colour(self, colour: QColor, on_light: QColor | None = None) -> None:
        """The fill; ``on_light`` is used on the light theme (decided when painting)."""
        if colour != self.colour or on_light != self.colour_on_light:
            self.colour = colour
            self.colour_on_light = on_light
            self.update()

    def _step(self, value: object) -> None:
        shown = float(value)  # type: ignore[arg-type]
        if shown != self.shown:  # an animation starts where the bar is: nothing to repaint yet
            self.shown = shown
            self.update()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        light = _is_light(self)
        rect = QRectF(self.rect()).adjusted(0, 2, 0, -2)
        radius = rect.height() / 5
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("#dde2e6") if light else QColor("#262b31"))
        painter.drawRoundedRect(rect, radius, radius)
        if self.shown > 0:
            fill = QRectF(rect)
            fill.setWidth(max(rect.height() / 3, rect.width() * self.shown))
            painter.setBrush(self.colour_on_light if light and self.colour_on_light is not None else self.colour)
            painter.drawRoundedRect(fill, radius, radius)
        if self.threshold is not None:
            x = rect.left() + rect.width() * self.threshold
            pen = QPen(QColor("#000000") if light else QColor("#ffffff"))
            pen.setWidthF(max(3.0, self.height() / 9))
            painter.setPen(pen)
            painter.drawLine(int(x), 0, int(x), self.height())


@dataclass
class _Row:
    """The widgets of one line of the tally, kept and updated in place."""

    code: QLabel
    title: ElidedLabel
    bar: ResultBar
    value: QLabel
    verdict: QLabel

    def widgets(self) -> list[QWidget]:
        return [self.code, self.title, self.bar, self.value, self.verdict]


class BallotView(ProjectorView):
    """One ballot: question, options/items, turnout; results once revealed."""

    def __init__(self, ctx: AppContext, ballot_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ballot_id = ballot_id
        self._structure: tuple[object, ...] = ()
        self.rows: dict[str, _Row] = {}
        self.order: list[str] = []
        self.result: voting.BallotResult | None = None
        self.results_visible = False
        self._bars_shown = False
        self.live: voting.LiveCount | None = None  # the running tally while only votes arrive
        self._stretch = -1  # the bar column's stretch as last set
        self._value_sample = "100 %"  # the widest text the value column can get

        outer = QVBoxLayout(self)
        self.heading = QLabel()
        self.heading.setObjectName("projectorHeading")
        self.heading.setWordWrap(True)
        self.question = ElidedLabel(name="projectorMuted")
        self.grid = QGridLayout()
        self.grid.setColumnStretch(1, 3)
        self.grid.setColumnStretch(2, 4)
        self.options_line = ElidedLabel(name="projectorBody")
        self.turnout = QLabel()
        self.turnout.setObjectName("projectorHeading")
        self.turnout.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.legend = ElidedLabel(name="projectorMuted")
        self.footer = ElidedLabel(name="projectorAccent")
        outer.addWidget(self.heading)
        outer.addWidget(self.question)
        outer.addSpacing(16)
        outer.addLayout(self.grid)
        outer.addStretch(1)
        outer.addWidget(self.turnout)
        outer.addStretch(1)
        outer.addWidget(self.options_line)
        outer.addWidget(self.legend)
        outer.addWidget(self.footer)
        ctx.changed.connect(self._changed)
        self.refresh()

    # -- data ---------------------------------------------------------------------------

    def set_ballot(self, ballot_id: int | None) -> None:
        if ballot_id != self.ballot_id:
            self.ballot_id = ballot_id
            self.refresh()

    def _changed(self, changes: object, result: object = None) -> None:
        if not isinstance(changes, Changes):
            return
        relevant = Changes.BALLOTS | Changes.RECOMMENDATIONS | Changes.ATTENDANCE | Changes.MEMBERS | Changes.VOTES
        if not changes & relevant:
            return
        if changes & ~Changes.AUDIT == Changes.VOTES and self.live is not None:
            added = voting.votes_added(result)
            if added is not None and added.ballot_id != self.live.ballot_id:
                return  # votes into another ballot
            if added is not None and self.live.add(added):
                if added.papers:  # a paper typed once (waiting for entry 2) adds nothing
                    self._show(self.live.result)
                    self._paint_now()
                return
        self.refresh()  # anything else: read the ballot and all its votes again

    def _paint_now(self) -> None:
        """Lay out and repaint what this vote changed now, before the other listeners of
        the broadcast and the rest of the handler that committed the vote run (the paper
        form's feedback, the facilitator's window): the projector shows the new count in
        the first frame after the commit. Only the changed labels and bars are painted."""
        if self.isVisible():
            QCoreApplication.sendPostedEvents(self, QEvent.Type.LayoutRequest)
            QCoreApplication.sendPostedEvents(self.window(), QEvent.Type.UpdateRequest)

    def refresh(self) -> None:
        live = None
        if self.ballot_id is not None:
            try:
                live = voting.live_count(self.ctx.db, self.ballot_id)
            except NotFound:
                live = None
        self.live = live
        if live is None:
            self.result = None
            self.heading.setText(self.tr("No ballot chosen"))
            self.question.setText("")
            self._structure = ()
            self._build([])
            for label in (self.footer, self.legend, self.options_line, self.turnout):
                label.setText("")
            return
        self._show(live.result)

    def _show(self, result: voting.BallotResult) -> None:
        assert self.live is not None
        self.result = result
        self.results_visible = self.live.revealed or self.live.show_live or result.state == "published"
        self.heading.setText(result.title)
        self.question.setText(result.question)
        self._update(result)

    # -- layout -----------------------------------------------------------------------

    def _mode(self, r: voting.BallotResult) -> str:
        if r.method in voting.OPTION_METHODS and len(r.items) == 1:
            return "options"
        if r.method == "ranking":
            return "ranking"
        return "items"

    def _build(self, keys: list[tuple[str, str, str]]) -> None:
        """(Re)build the rows: only when the ballot's structure changes, never per vote."""
        for row in self.rows.values():
            for w in row.widgets():
                self.grid.removeWidget(w)
                w.deleteLater()
        self.rows = {}
        for key, code, title in keys:
            code_label = QLabel(code)
            code_label.setObjectName("projectorAccent")
            row = _Row(code_label, ElidedLabel(title), ResultBar(), QLabel(), QLabel())
            row.value.setObjectName("projectorBody")
            row.value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            row.verdict.setObjectName("projectorHeading")
            self.rows[key] = row
        self.order = [k for k, _, _ in keys]
        self._place()
        self.apply_scale()

    def _place(self) -> None:
        for i, key in enumerate(self.order):
            for col, w in enumerate(self.rows[key].widgets()):
                self.grid.addWidget(w, i, col)

    def _update(self, r: voting.BallotResult) -> None:
        mode = self._mode(r)
        if mode == "options":
            keys = [(o.key, "", o.label) for o in r.options]
        else:
            keys = [(str(i.item_id), i.code, short_label(i.code, i.label)) for i in r.items]
        structure = (r.id, mode, tuple(keys))
        if structure != self._structure:
            self._structure = structure
            self._build(keys)
        sample = self._widest_value(r, mode)
        if sample != self._value_sample:
            self._value_sample = sample
            self._fit_values()
        final = r.state in ("closed", "published")
        show = self.results_visible
        if mode == "options":
            item = r.items[0]
            total = max(1, item.valid + item.blank)
            for n, o in enumerate(r.options):
                row = self.rows[o.key]
                count = item.counts.get(o.key, 0)
                row.bar.set_colour(QColor(OKABE_ITO[(n + 1) % len(OKABE_ITO)]), None)
                row.bar.set_value(count / total if show else 0.0)
                row.bar.set_threshold(None)
                row.value.setText(f"{count}  ({count * 100 / total:.0f} %)" if show else "")
                row.verdict.setText("")
            self._set_final_line(r, item if final and show else None)
        elif mode == "ranking":
            best = max((i.scores.get("borda", 0.0) for i in r.items), default=0.0) or 1.0
            ordered = sorted(r.items, key=lambda i: (i.rank or 0, -i.scores.get("borda", 0.0))) if show else r.items
            new_order = [str(i.item_id) for i in ordered]
            if new_order != self.order:
                self.order = new_order
                self._place()
            for i in r.items:
                row = self.rows[str(i.item_id)]
                row.bar.set_colour(QColor(OKABE_ITO[1]), QColor(OKABE_ITO[4]))
                row.bar.set_value(i.scores.get("borda", 0.0) / best if show else 0.0)
                row.bar.set_threshold(None)
                row.value.setText(self.tr("{0} Borda").format(f"{i.scores.get('borda', 0):g}") if show else "")
                row.verdict.setText(f"{i.rank}." if show and i.rank else "")
            self.legend.setText(
                self.tr("Order by the Schulze method; bars show Borda points.") if show else self._hidden_text(r)
            )
        else:
            counts = [next(iter(i.counts.values()), 0) for i in r.items]
            most = max(counts, default=0) or 1
            for i, count in zip(r.items, counts, strict=True):
                row = self.rows[str(i.item_id)]
                row.bar.set_colour(QColor(OKABE_ITO[1]), QColor(OKABE_ITO[4]))
                if final and i.adopted is not None:
                    row.bar.set_colour(QColor(OKABE_ITO[2] if i.adopted else OKABE_ITO[0]), None)
                if i.support_share is not None:
                    row.bar.set_value(i.support_share if show else 0.0)
                    row.bar.set_threshold(r.threshold if show else None)
                    row.value.setText(percent(i.support_share) if show else "")
                else:
                    row.bar.set_value(count / most if show else 0.0)
                    row.bar.set_threshold(None)
                    row.value.setText(str(count) if show else "")
                verdict = self._verdict(i) if final and show else ""
                if final and show and not verdict and i.rank is not None:
                    verdict = f"{i.rank}."
                row.verdict.setText(verdict)
            if not show:
                self.legend.setText(self._hidden_text(r))
            elif r.threshold is not None and any(i.support_share is not None for i in r.items):
                self.legend.setText(
                    self.tr("Line: threshold {0} of {1}").format(percent(r.threshold), self._base_words(r.base))
                )
            elif r.method == "dots":
                total = sum(counts)
                self.legend.setText(self.tr("Bars: dots per item ({0} dots in all)").format(total))
            elif r.method == "approval":
                self.legend.setText(self.tr("Bars: share of {0} that approve").format(self._base_words(r.base)))
            else:
                self.legend.setText("")
        for row in self.rows.values():
            row.bar.setVisible(show)
            row.value.setVisible(show)
        self._bars_shown = show
        self._set_bar_stretch()
        if r.method in voting.OPTION_METHODS and mode != "options":
            self.options_line.setText(" · ".join(o.label for o in r.options))
        else:
            self.options_line.setText("")
        self.options_line.setVisible(bool(self.options_line.text()))
        if not show and r.state == "open":
            self.turnout.setText(self.tr("{0} of {1} have voted").format(r.cast, r.present))
        else:
            self.turnout.setText("")
        self.turnout.setVisible(bool(self.turnout.text()))
        self.footer.setText(self.tr("Voting open") if self.turnout.text() else self._turnout(r))

    @staticmethod
    def _widest_value(r: voting.BallotResult, mode: str) -> str:
        if mode == "items" and any(i.support_share is not None for i in r.items):
            return "100 %"
        most = max(r.eligible, r.present, r.cast, sum(sum(i.counts.values()) for i in r.items), 1)
        digits = "8" * (len(str(most)) + 1)  # one digit more than any count so far
        if mode == "options":
            return f"{digits}  (100 %)"
        if mode == "ranking":
            return f"{digits} Borda"
        return digits

    def _set_final_line(self, r: voting.BallotResult, item: voting.ItemResult | None) -> None:
        if item is None:
            self.legend.setText(self._hidden_text(r) if not self.results_visible else "")
            return
        text = self.tr("Support: {0} of {1}").format(percent(item.support_share), self._base_words(r.base))
        if item.adopted is not None:
            text += "  ·  " + self._verdict(item)
        self.legend.setText(text)

    def _verdict(self, item: voting.ItemResult) -> str:
        if item.adopted is None:
            return ""
        return "✓ " + self.tr("Adopted") if item.adopted else "✗ " + self.tr("Not adopted")

    def _base_words(self, base: str) -> str:
        words = {
            "valid": self.tr("valid votes"),
            "cast": self.tr("votes cast"),
            "present": self.tr("members present"),
            "members": self.tr("all members"),
        }
        return words.get(base, base)

    def _hidden_text(self, r: voting.BallotResult) -> str:
        if r.state == "draft":
            return self.tr("Voting has not started yet.")
        if r.state == "open":
            return self.tr("Voting is open. Results are shown when the count is revealed.")
        return self.tr("Voting is closed. Results are shown shortly.")

    def _turnout(self, r: voting.BallotResult) -> str:
        state = {
            "draft": self.tr("Not open yet"),
            "open": self.tr("Voting open"),
            "closed": self.tr("Voting closed"),
            "published": self.tr("Final result"),
        }.get(r.state, r.state)
        return self.tr("{0}  ·  {1} of {2} present have voted").format(state, r.cast, r.present)

    # -- scale ------------------------------------------------------------------------

    def _set_bar_stretch(self) -> None:
        # on a narrow (4:3) projector the titles get more of the width
        wide = self.width() >= 1400
        stretch = (4 if wide else 2) if self._bars_shown else 0
        if stretch != self._stretch:  # setting it lays the whole view out again, even unchanged
            self._stretch = stretch
            self.grid.setColumnStretch(2, stretch)

    def apply_scale(self) -> None:
        self._set_bar_stretch()
        m = self.px(72)
        self.set_margins(m, self.px(48), self.px(40))
        set_font(self.heading, self.px(HEADING_PX), bold=True)
        set_font(self.question, self.px(BODY_PX * 0.8))
        set_font(self.legend, self.px(BODY_PX * 0.7))
        set_font(self.footer, self.px(BODY_PX * 0.8), bold=True)
        set_font(self.options_line, self.px(BODY_PX * 0.8))
        set_font(self.turnout, self.px(HEADING_PX * 1.1), bold=True)
        n = max(1, len(self.rows))
        # rows shrink a little when there are many, never below 70 % of body text
        body = self.px(BODY_PX * (1.0 if n <= 5 else max(0.7, 5.5 / n)))
        self.grid.setHorizontalSpacing(self.px(24))
        self.grid.setVerticalSpacing(self.px(28 if n <= 5 else 16))
        for row in self.rows.values():
            set_font(row.code, body, bold=True)
            set_font(row.title, body)
            set_font(row.value, body, bold=True)
            set_font(row.verdict, body, bold=True)
            row.bar.setFixedHeight(max(10, round(body * 0.9)))
        self._fit_values()

    def _fit_values(self) -> None:
        """The value column as wide as the widest text it can get, so a count growing
        from "9 %" to "10 %" never lays the rows out again (which repaints every bar)."""
        for row in self.rows.values():
            font = row.value.font()
            needed = QFontMetrics(font).horizontalAdvance(self._value_sample) + 8
            row.value.setMinimumWidth(max(needed, round(font.pixelSize() * 3.2)))


@dataclass(frozen=True)
class OverviewLine:
    heading: bool
    code: str
    text: str
    value: str
    verdict: str


class ResultsOverviewView(ProjectorView):
    """All published ballots: each item's result and verdict, a page of lines at a time."""

    PAGE_MS = 12_000

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.lines: list[OverviewLine] = []
        self.page = 0
        outer = QVBoxLayout(self)
        self.heading = QLabel(self.tr("Results"))
        self.heading.setObjectName("projectorHeading")
        self.grid = QGridLayout()
        self.grid.setColumnStretch(1, 1)
        self.cells: list[tuple[QLabel, ElidedLabel, QLabel, QLabel]] = []
        for i in range(MAX_LINES - 1):
            code = QLabel()
            code.setObjectName("projectorAccent")
            text = ElidedLabel()
            value = QLabel()
            value.setObjectName("projectorBody")
            value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            verdict = QLabel()
            verdict.setObjectName("projectorHeading")
            for col, w in enumerate((code, text, value, verdict)):
                self.grid.addWidget(w, i, col)
            self.cells.append((code, text, value, verdict))
        self.footer = ElidedLabel(name="projectorMuted")
        outer.addWidget(self.heading)
        outer.addSpacing(16)
        outer.addLayout(self.grid)
        outer.addStretch(1)
        outer.addWidget(self.footer)
        self.timer = QTimer(self)
        self.timer.setInterval(self.PAGE_MS)
        self.timer.timeout.connect(self.next_page)
        self.timer.start()
        ctx.changed.connect(self._changed)
        self.refresh()

    def _changed(self, changes: object) -> None:
        if isinstance(changes, Changes) and changes & (Changes.BALLOTS | Changes.RECOMMENDATIONS):
            self.refresh()

    @property
    def pages(self) -> int:
        per = len(self.cells)
        return max(1, -(-len(self.lines) // per))

    def refresh(self) -> None:
        lines: list[OverviewLine] = []
        for r in voting.list_results(self.ctx.db, self.ctx.assembly_id, states=("published",)):
            lines.append(OverviewLine(True, "", r.title, "", ""))
            for i in r.items:
                if i.support_share is not None:
                    value = percent(i.support_share)
                elif i.rank is not None:
                    value = f"{i.rank}."
                else:
                    value = ""
                verdict = ""
                if i.adopted is not None:
                    verdict = "✓ " + self.tr("Adopted") if i.adopted else "✗ " + self.tr("Not adopted")
                lines.append(OverviewLine(False, i.code, short_label(i.code, i.label), value, verdict))
        self.lines = lines
        self.page = min(self.page, self.pages - 1)
        self._show_page()

    def next_page(self) -> None:
        self.page = (self.page + 1) % self.pages
        self._show_page()

    def _show_page(self) -> None:
        per = len(self.cells)
        chunk = self.lines[self.page * per : (self.page + 1) * per]
        for n, (code, text, value, verdict) in enumerate(self.cells):
            line = chunk[n] if n < len(chunk) else None
            code.setText(line.code if line else "")
            text.setText(line.text if line else "")
            text.setObjectName("projectorMuted" if line and line.heading else "projectorBody")
            text.style().unpolish(text)
            text.style().polish(text)
            value.setText(line.value if line else "")
            verdict.setText(line.verdict if line else "")
        if not self.lines:
            self.footer.setText(self.tr("No results have been published yet."))
        elif self.pages > 1:
            self.footer.setText(self.tr("Page {0} of {1}").format(self.page + 1, self.pages))
        else:
            self.footer.setText("")
        self.apply_scale()

    def apply_scale(self) -> None:
        m = self.px(72)
        self.set_margins(m, self.px(48), self.px(40))
        set_font(self.heading, self.px(HEADING_PX), bold=True)
        set_font(self.footer, self.px(BODY_PX * 0.7))
        body = self.px(BODY_PX * 0.85)
        self.grid.setHorizontalSpacing(self.px(24))
        self.grid.setVerticalSpacing(self.px(12))
        for n, (code, text, value, verdict) in enumerate(self.cells):
            chunk_index = self.page * len(self.cells) + n
            is_heading = chunk_index < len(self.lines) and self.lines[chunk_index].heading
            set_font(code, body, bold=True)
            set_font(text, body, bold=is_heading)
            set_font(value, body, bold=True)
            set_font(verdict, body, bold=True)
