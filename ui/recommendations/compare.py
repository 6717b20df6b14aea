"""Two texts side by side with the word-level differences marked.

The older text is on the left with removed words struck through in red; the newer text
is on the right with added words underlined in green. Colour is never the only cue: the
marks are a strike-through and an underline, each pane's heading says what it marks, and
a line counts the words added and removed.
"""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QScrollBar,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.services.recommendations import DiffSegment, compare_versions, diff_stats

DELETE_STYLE = "color:#9c1f17; background-color:#fde4e1; text-decoration:line-through;"
INSERT_STYLE = "color:#155a2a; background-color:#dff3e3; text-decoration:underline;"


def _escape(text: str) -> str:
    return html.escape(text).replace("\n", "<br>")


def _marked(text: str, style: str) -> str:
    """``text`` in a marked span, with its leading/trailing spaces left unmarked."""
    core = text.strip()
    if not core:
        return _escape(text)
    start = text.index(core)
    lead, trail = text[:start], text[start + len(core) :]
    return f'{_escape(lead)}<span style="{style}">{_escape(core)}</span>{_escape(trail)}'


def side_html(segments: Sequence[DiffSegment], side: str) -> str:
    """HTML for one side: ``"old"`` shows equal + deleted text, ``"new"`` equal + inserted."""
    parts: list[str] = []
    for seg in segments:
        if seg.kind == "equal":
            parts.append(_escape(seg.text))
        elif seg.kind == "delete" and side == "old":
            parts.append(_marked(seg.text, DELETE_STYLE))
        elif seg.kind == "insert" and side == "new":
            parts.append(_marked(seg.text, INSERT_STYLE))
    body = "".join(parts)
    return f'<div style="font-size:11.5pt; line-height:145%;">{body}</div>'


class CompareView(QWidget):
    """Two QTextBrowsers, scrolled together, with headings and a legend."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(8)
        self.old_heading = QLabel()
        self.old_heading.setObjectName("cardTitle")
        self.old_heading.setWordWrap(True)
        self.new_heading = QLabel()
        self.new_heading.setObjectName("cardTitle")
        self.new_heading.setWordWrap(True)
        for heading in (self.old_heading, self.new_heading):
            heading.setTextFormat(Qt.TextFormat.PlainText)
        struck = self.tr("struck through, red")
        underlined = self.tr("underlined, green")
        self.old_marks = QLabel(self.tr("Removed: {0}").format(f'<span style="{DELETE_STYLE}">{struck}</span>'))
        self.new_marks = QLabel(self.tr("Added: {0}").format(f'<span style="{INSERT_STYLE}">{underlined}</span>'))
        for label in (self.old_marks, self.new_marks):
            label.setObjectName("figureCaption")
            label.setTextFormat(Qt.TextFormat.RichText)
            label.setWordWrap(True)
        self.old_browser = QTextBrowser()
        self.old_browser.setObjectName("compareOld")
        self.new_browser = QTextBrowser()
        self.new_browser.setObjectName("compareNew")
        for browser in (self.old_browser, self.new_browser):
            browser.setOpenLinks(False)
            browser.setMinimumHeight(96)
            browser.setMinimumWidth(160)
        self.summary = QLabel()
        self.summary.setObjectName("compareSummary")
        self.summary.setWordWrap(True)
        bottom_left = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom
        grid.addWidget(self.old_heading, 0, 0, bottom_left)
        grid.addWidget(self.new_heading, 0, 1, bottom_left)
        grid.addWidget(self.old_browser, 1, 0)
        grid.addWidget(self.new_browser, 1, 1)
        grid.addWidget(self.old_marks, 2, 0)
        grid.addWidget(self.new_marks, 2, 1)
        grid.addWidget(self.summary, 3, 0, 1, 2)
        grid.setRowStretch(1, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        self._syncing = False
        self._link(self.old_browser.verticalScrollBar(), self.new_browser.verticalScrollBar())
        self._link(self.new_browser.verticalScrollBar(), self.old_browser.verticalScrollBar())
        self.segments: list[DiffSegment] = []

    def _link(self, source: QScrollBar, target: QScrollBar) -> None:
        def follow(value: int) -> None:
            if self._syncing:
                return
            self._syncing = True
            try:
                span = max(1, source.maximum() - source.minimum())
                target.setValue(target.minimum() + round((value - source.minimum()) / span * target.maximum()))
            finally:
                self._syncing = False

        source.valueChanged.connect(follow)

    def set_texts(self, old: str, new: str, old_title: str, new_title: str) -> None:
        self.segments = compare_versions(old, new)
        self.old_heading.setText(old_title)
        self.new_heading.setText(new_title)
        self.old_browser.setHtml(side_html(self.segments, "old"))
        self.new_browser.setHtml(side_html(self.segments, "new"))
        stats = diff_stats(self.segments)
        if stats.unchanged and old == new:
            self.summary.setText(self.tr("The two texts are the same."))
        elif stats.unchanged:
            self.summary.setText(self.tr("Only punctuation or spacing differs."))
        else:
            added = self.tr("%n word(s) added", "", stats.words_added)
            removed = self.tr("%n word(s) removed", "", stats.words_removed)
            self.summary.setText(added + ", " + removed + ".")


class CompareDialog(QDialog):
    """A window-modal dialog around a ``CompareView``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Compare versions"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 16)
        self.view = CompareView(self)
        layout.addWidget(self.view, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(1000, 560)
