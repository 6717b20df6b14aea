"""The recommendation report for the commissioning body (PDF, reportlab platypus).

``build_report(db, assembly_id, path, options)`` writes the report in Danish or English:
a cover (name, commissioning body, remit, optional logo), the contents with page
numbers, an optional preface, the process, the members and their composition against
the population, attendance, each recommendation with its wording, initiatives and vote
result, minority statements, the evaluation and an appendix with every ballot. The
facilitator picks the sections (``SECTIONS``). All text goes through
``app.i18n.translator``.

The PDF is written to a temporary file beside ``path`` and moved into place when it is
complete, so a cancelled or failed build never leaves half a report.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import tempfile
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    Image,
    KeepTogether,
    ListFlowable,
    ListItem,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.tableofcontents import TableOfContents

from app.db import Database
from app.i18n import LANGUAGES, N_, format_date, format_number, plural_translator, translator
from app.reports import charts
from app.reports.pdf import ACCENT, NumberedDocTemplate, cannot_write, data_table, fonts, styles
from app.reports.report_data import RecommendationData, ReportData, VoteData, gather
from app.reports.sections import SECTION_TITLES, SECTIONS
from app.services.errors import ServiceError

KIND_WORDS = {
    "plenary": "Plenary",
    "presentation": "Presentation",
    "table_dialogue": "Table dialogue",
    "vote": "Vote",
    "break": "Break",
}
METHOD_WORDS = {
    "yes_no_abstain": "Yes / no / abstain",
    "support_scale": "Support scale",
    "approval": "Approval",
    "dots": "Dots",
    "ranking": "Ranking",
}
BASE_WORDS = {
    "valid": "valid votes",
    "cast": "all votes cast",
    "present": "members present",
    "members": "all active members",
}
MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
LOGO_MAX = (6 * cm, 3 * cm)
Progress = Callable[[float, float, str], None]


@dataclass(frozen=True)
class ReportOptions:
    lang: str = "da"
    sections: Sequence[str] = SECTIONS
    preface: str = ""
    logo: Path | bytes | None = None  # a file, or the image itself; None: the assembly's own logo, if any


@dataclass(frozen=True)
class ReportSummary:
    path: Path
    pages: int
    sections: list[str]
    charts: int
    seconds: float
    warnings: list[str] = field(default_factory=list)


def check_sections(sections: Sequence[str]) -> list[str]:
    """The chosen sections in the report's order; an unknown name is a ``ServiceError``."""
    unknown = [s for s in sections if s not in SECTIONS]
    if unknown:
        raise ServiceError(
            "Unknown report section {section!r}; choose from {sections}.",
            section=unknown[0],
            sections=", ".join(SECTIONS),
        )
    return [s for s in SECTIONS if s in sections]


# -------------------------------------------------------------- the template


def escape(text: str) -> str:
    """Text for a reportlab paragraph (its mark-up is XML-like)."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _draft(canvas: Any) -> bool:
    """True during the first of the two passes a report with contents takes: that pass
    only finds the headings' pages, so charts, tables and text need not be drawn."""
    return bool(getattr(getattr(canvas, "_doctemplate", None), "draft", False))


class _Chart(Flowable):
    """A chart (a reportlab ``Drawing``), not drawn during the draft pass."""

    def __init__(self, drawing: Drawing) -> None:
        super().__init__()
        self.drawing = drawing
        self.width, self.height = drawing.width, drawing.height

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        if not _draft(self.canv):
            self.drawing.drawOn(self.canv, 0, 0)


class _Table(Table):
    def draw(self) -> None:
        if not _draft(self.canv):
            super().draw()


class _Paragraph(Paragraph):
    def draw(self) -> None:
        if not _draft(self.canv):
            super().draw()


class _ReportDocTemplate(NumberedDocTemplate):
    """The numbered A4 page, and headings noted for the contents and the PDF outline."""

    draft = False
    _builds = 0
    _multi = False

    def multiBuild(self, story: list[Flowable], *args: Any, **kwargs: Any) -> int:  # noqa: N802
        self._multi, self._builds = True, 0
        passes: int = super().multiBuild(story, *args, **kwargs)
        return passes

    def build(self, flowables: list[Flowable], **kwargs: Any) -> None:
        self._builds += 1
        self.draft = self._multi and self._builds == 1
        super().build(flowables, **kwargs)

    def afterFlowable(self, flowable: Flowable) -> None:  # noqa: N802 (reportlab's name)
        if not isinstance(flowable, Paragraph):
            return
        level = {"ReportH1": 0, "ReportH2": 1}.get(flowable.style.name)
        if level is None:
            return
        text = flowable.getPlainText()
        key = getattr(flowable, "_bookmark", None)
        if key is None:
            key = f"h{id(flowable)}"
        self.canv.bookmarkPage(key)
        self.canv.addOutlineEntry(text, key, level=level, closed=level > 0)
        self.notify("TOCEntry", (level, text, self.page, key))


# ---------------------------------------------------------------- the writer


class _Writer:
    def __init__(self, data: ReportData, options: ReportOptions, progress: Progress | None) -> None:
        self.data = data
        self.options = options
        self._ = translator(options.lang)
        self.n_ = plural_translator(options.lang)  # counts: the form for n in the language
        self.progress = progress or (lambda done, total, text: None)
        self.charts = 0
        self.warnings: list[str] = []
        regular, bold = fonts()
        base = styles()
        self.body = base["Normal"]
        self.small = base["Small"]
        self.cell = base["Cell"]
        self.cell_bold = base["CellBold"]
        self.cell_right = ParagraphStyle("ReportCellRight", parent=self.cell, alignment=TA_RIGHT)
        self.cell_bold_right = ParagraphStyle("ReportCellBoldRight", parent=self.cell_bold, alignment=TA_RIGHT)
        self.h1 = ParagraphStyle("ReportH1", parent=base["Heading1"], spaceBefore=0, spaceAfter=10)
        self.h2 = ParagraphStyle("ReportH2", parent=base["Heading2"], spaceBefore=12, spaceAfter=6)
        self.h3 = ParagraphStyle("ReportH3", parent=base["Heading3"], spaceBefore=8, spaceAfter=4)
        self.title = ParagraphStyle(
            "ReportTitle", parent=base["Title"], fontSize=28, leading=34, alignment=0, spaceAfter=12
        )
        self.subtitle = ParagraphStyle(
            "ReportSubtitle", parent=base["Normal"], fontSize=14, leading=19, textColor=colors.HexColor("#3b4148")
        )
        self.remit = ParagraphStyle(
            "ReportRemit",
            parent=base["Normal"],
            fontName=bold,
            fontSize=15,
            leading=21,
            textColor=colors.HexColor("#0f3f50"),
        )
        self.quote = ParagraphStyle(
            "ReportQuote", parent=base["Normal"], leftIndent=10, textColor=colors.HexColor("#3b4148"), spaceAfter=3
        )
        self.text_style = ParagraphStyle("ReportText", parent=base["Normal"], fontSize=10.5, leading=15, spaceAfter=6)
        self.caption = ParagraphStyle(
            "ReportCaption", parent=base["Small"], textColor=colors.HexColor("#5b636a"), alignment=TA_CENTER
        )
        self.mono = ParagraphStyle("ReportMono", parent=base["Small"], fontName=regular)

    # -- small helpers
    def p(self, text: str, style: ParagraphStyle | None = None) -> Paragraph:
        return _Paragraph(escape(text).replace("\n", "<br/>"), style or self.body)

    def paragraphs(self, text: str, style: ParagraphStyle | None = None) -> list[Flowable]:
        blocks = [b.strip() for b in text.replace("\r\n", "\n").split("\n\n") if b.strip()]
        return [self.p(b, style or self.text_style) for b in blocks]

    def heading(self, text: str, level: int = 1, key: str | None = None) -> Paragraph:
        para = self.p(text, self.h1 if level == 1 else self.h2 if level == 2 else self.h3)
        if key:
            para._bookmark = key
        return para

    def date(self, d: dt.date, weekday: bool = False) -> str:
        _ = self._
        if self.options.lang not in ("da", "en"):  # Babel's long dates: 6. maaliskuuta 2027, 6 mars 2027
            text = format_date(d, self.options.lang, "full" if weekday else "long")
            return text[:1].upper() + text[1:] if weekday else text
        month = _(MONTHS[d.month - 1])
        text = f"{d.day}. {month} {d.year}" if self.options.lang == "da" else f"{d.day} {month} {d.year}"
        if weekday:
            text = f"{_(WEEKDAYS[d.weekday()])} {text}"
        return text

    def date_range(self) -> str:
        days = self.data.days
        if not days:
            return ""
        if len(days) == 1:
            return self.date(days[0].date)
        return f"{self.date(days[0].date)} – {self.date(days[-1].date)}"

    def table(self, rows: list[list[Any]], widths: Sequence[float], align_right: Sequence[int] = ()) -> Table:
        """A data table; columns are widened so no header word is broken (taken from the widest)."""
        regular, bold = fonts()
        widths_pt = [w * cm for w in widths]
        padding = 13.0
        minimum = [
            max((stringWidth(word, bold, 9) for word in str(h).split()), default=0) + padding
            if not isinstance(h, Flowable)
            else 0
            for h in rows[0]
        ]
        for col, need in enumerate(minimum):
            lack = need - widths_pt[col]
            if lack > 0:
                donor = max(range(len(widths_pt)), key=lambda i: widths_pt[i] - minimum[i])
                if donor != col and widths_pt[donor] - minimum[donor] > lack:
                    widths_pt[donor] -= lack
                    widths_pt[col] += lack
        cells: list[list[Any]] = []
        for r, row in enumerate(rows):
            line = []
            for col, c in enumerate(row):
                if isinstance(c, Flowable):
                    line.append(c)
                    continue
                style = self.cell_bold if r == 0 else self.cell
                if col in align_right:
                    style = self.cell_bold_right if r == 0 else self.cell_right
                line.append(_Paragraph(escape(str(c)).replace("\n", "<br/>"), style))
            cells.append(line)
        table = data_table(cells, col_widths=widths_pt)
        table.__class__ = _Table  # the same table, not drawn in the draft pass
        return table

    def chart(self, drawing: Drawing, caption: str = "") -> list[Flowable]:
        self.charts += 1
        parts: list[Flowable] = [Spacer(1, 4), _Chart(drawing)]
        if caption:
            parts.append(self.p(caption, self.caption))
        parts.append(Spacer(1, 6))
        return [KeepTogether(parts)]

    def number(self, value: float, decimals: int = 1) -> str:
        if self.options.lang == "en":
            return f"{value:.{decimals}f}"
        return format_number(value, self.options.lang, decimals)

    def pct(self, share: float | None) -> str:
        return "–" if share is None else charts.pct(share)

    # -- sections
    def cover(self) -> list[Flowable]:
        _ = self._
        d = self.data
        story: list[Flowable] = []
        if self.options.logo is not None:
            story += [_logo(self.options.logo), Spacer(1, 1.2 * cm)]
        else:
            story.append(Spacer(1, 3 * cm))
        story.append(self.p(_("Recommendations"), ParagraphStyle("Kicker", parent=self.subtitle, textColor=ACCENT)))
        story.append(Spacer(1, 4))
        story.append(self.p(d.name, self.title))
        if d.commissioning_body:
            story.append(self.p(_("To {body}").format(body=d.commissioning_body), self.subtitle))
        when = self.date_range()
        if when:
            story.append(Spacer(1, 4))
            story.append(self.p(when, self.subtitle))
        if d.remit:
            story.append(Spacer(1, 1.6 * cm))
            box = Table(
                [[self.p(_("The remit"), self.small)], [self.p(d.remit, self.remit)]],
                colWidths=[16.5 * cm],
                style=TableStyle(
                    [
                        ("LINEBEFORE", (0, 0), (0, -1), 3, ACCENT),
                        ("LEFTPADDING", (0, 0), (-1, -1), 12),
                        ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#f3f7f9")),
                        ("TOPPADDING", (0, 0), (-1, 0), 10),
                        ("BOTTOMPADDING", (0, -1), (-1, -1), 12),
                    ]
                ),
            )
            story.append(box)
        facts = []
        if d.days:
            facts.append(self.n_("{n} meeting day", "{n} meeting days", len(d.days)).format(n=len(d.days)))
        if d.members.active:
            facts.append(self.n_("{n} member", "{n} members", d.members.active).format(n=d.members.active))
        if d.recommendations:
            facts.append(
                self.n_("{n} recommendation", "{n} recommendations", len(d.recommendations)).format(
                    n=len(d.recommendations)
                )
            )
        if facts:
            story += [Spacer(1, 1.2 * cm), self.p(" · ".join(facts), self.subtitle)]
        story.append(PageBreak())
        return story

    def contents(self) -> list[Flowable]:
        _ = self._
        regular, bold = fonts()
        toc = TableOfContents()
        toc.dotsMinLevel = 0
        toc.levelStyles = [
            ParagraphStyle("TOC1", fontName=bold, fontSize=11, leading=16, leftIndent=0, firstLineIndent=0),
            ParagraphStyle("TOC2", fontName=regular, fontSize=9.5, leading=13, leftIndent=14, firstLineIndent=0),
        ]
        return [self.p(_("Contents"), self.title), Spacer(1, 6), toc, PageBreak()]

    def preface(self) -> list[Flowable]:
        if not self.options.preface.strip():
            return []
        return [self.heading(self._("Preface"), key="preface"), *self.paragraphs(self.options.preface), PageBreak()]

    def process(self) -> list[Flowable]:
        _ = self._
        d = self.data
        story: list[Flowable] = [self.heading(_("The process"), key="process")]
        if d.description:
            story += self.paragraphs(d.description)
        summary = []
        if d.days:
            summary.append(
                self.n_(
                    "The assembly met on {n} day, {when}.", "The assembly met on {n} days, {when}.", len(d.days)
                ).format(n=len(d.days), when=self.date_range())
            )
        if d.experts:
            summary.append(
                self.n_(
                    "It heard {n} expert or stakeholder.", "It heard {n} experts and stakeholders.", len(d.experts)
                ).format(n=len(d.experts))
            )
        if d.tables:
            summary.append(
                _("The members worked at {tables} tables in {rounds} rounds of seating.").format(
                    tables=d.tables, rounds=d.rounds
                )
            )
        if d.questions:
            summary.append(
                self.n_(
                    "The tables sent {n} question to the experts.",
                    "The tables sent {n} questions to the experts.",
                    d.questions,
                ).format(n=d.questions)
            )
        if summary:
            story.append(self.p(" ".join(summary), self.text_style))
        else:
            story.append(self.p(_("No meeting days have been planned yet."), self.text_style))
        if d.days:
            story.append(self.heading(_("The meeting days"), 2))
            rows: list[list[Any]] = [[_("Day"), _("Date"), _("Theme"), _("Venue"), _("Time")]]
            for day in d.days:
                rows.append(
                    [
                        str(day.number),
                        self.date(day.date, weekday=True),
                        day.title,
                        day.venue,
                        f"{day.start:%H:%M}–{day.end:%H:%M}",
                    ]
                )
            story.append(self.table(rows, [1.2, 4.6, 4.5, 3.5, 2.7]))
        if any(day.agenda for day in d.days):
            story.append(self.heading(_("The program"), 2))
            for day in d.days:
                if not day.agenda:
                    continue
                rows = [[_("Time"), _("What"), _("Programme item")]]
                for line in day.agenda:
                    if line.kind == "break":
                        continue
                    rows.append([f"{line.start:%H:%M}", _(KIND_WORDS.get(line.kind, line.kind)), line.title])
                title = _("Day {n}").format(n=day.number) + f" – {self.date(day.date)}"
                if day.title:
                    title += f": {day.title}"
                story.append(CondPageBreak(min(2.5 + 0.7 * len(rows), 12) * cm))
                story.append(self.heading(title, 3))
                if len(rows) > 1:
                    story.append(self.table(rows, [1.5, 3.6, 11.4]))
        if d.experts:
            story.append(self.heading(_("The experts heard"), 2))
            rows = [[_("Name"), _("Role and organisation"), _("Perspective"), _("Presentation")]]
            for e in d.experts:
                role = ", ".join(x for x in (e.role, e.organisation) if x)
                rows.append([e.name, role, e.perspective, "; ".join(e.presentations)])
            story.append(self.table(rows, [3.6, 4.8, 3.2, 4.9]))
        story.append(PageBreak())
        return story

    def members(self) -> list[Flowable]:
        _ = self._
        m = self.data.members
        story: list[Flowable] = [self.heading(_("The members"), key="members")]
        if m.draw is not None:
            draw = m.draw
            text = _(
                "The members were drawn by stratified lottery on {date} from a pool of {pool} citizens who "
                "answered the invitation. The lottery drew {panel} members and {reserves} reserves with the "
                "{algorithm} algorithm, so that the assembly mirrors the population on the categories below."
            ).format(
                date=self.date(draw.created_at.date()),
                pool=draw.pool_size,
                panel=draw.panel_size,
                reserves=draw.reserves,
                algorithm=draw.algorithm,
            )
            story.append(self.p(text, self.text_style))
            details = [
                [_("Random seed"), draw.seed],
                [_("Fingerprint of the lottery's inputs"), _grouped(draw.inputs_hash)],
            ]
            if draw.min_probability:
                details.append(
                    [_("Lowest chance of selection in the pool"), self.number(draw.min_probability * 100, 1) + " %"]
                )
            if draw.transparent_number is not None:
                details.append([_("Public draw number"), str(draw.transparent_number)])
            t = Table(
                [[self.p(a, self.cell_bold), self.p(b, self.mono)] for a, b in details],
                colWidths=[6 * cm, 10.5 * cm],
                style=TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]),
            )
            story.append(t)
        elif m.total:
            story.append(
                self.p(
                    _(
                        "The {n} members were recruited by lottery; the lottery itself was not recorded in Tingsted."
                    ).format(n=m.total),
                    self.text_style,
                )
            )
        else:
            story.append(self.p(_("No members have been drawn yet."), self.text_style))
        if m.total:
            story.append(Spacer(1, 6))
            parts = [self.n_("{n} member is active.", "{n} members are active.", m.active).format(n=m.active)]
            if m.withdrawn or m.replaced:
                parts.append(_("{w} withdrew and {r} were replaced by reserves.").format(w=m.withdrawn, r=m.replaced))
            story.append(self.p(" ".join(parts), self.text_style))
        for category in m.categories:
            total = category.members_total
            if not category.values:
                continue
            story.append(CondPageBreak(7 * cm))
            story.append(self.heading(category.name, 2))
            if total:
                fig = charts.composition_chart(
                    [v.name for v in category.values],
                    [v.target for v in category.values],
                    [v.members / total for v in category.values],
                    _,
                    counts=[v.members for v in category.values],
                )
                story += self.chart(fig, _("Members compared with the population: {name}").format(name=category.name))
            rows: list[list[Any]] = [
                [_("Value"), _("Population"), _("Quota"), _("Members"), _("Share"), _("Difference")]
            ]
            for v in category.values:
                share = v.members / total if total else None
                quota = ""
                if v.min_quota is not None or v.max_quota is not None:
                    low = v.min_quota if v.min_quota is not None else 0
                    quota = f"{low}–{v.max_quota if v.max_quota is not None else ''}"
                diff = ""
                if share is not None and v.target is not None:
                    diff = f"{(share - v.target) * 100:+.0f} " + _("points")
                rows.append([v.name, self.pct(v.target), quota, str(v.members), self.pct(share), diff])
            story.append(self.table(rows, [4.0, 2.6, 2.0, 2.6, 2.2, 3.1], align_right=(1, 2, 3, 4, 5)))
        story.append(PageBreak())
        return story

    def attendance(self) -> list[Flowable]:
        _ = self._
        days = self.data.attendance
        story: list[Flowable] = [self.heading(_("Attendance"), key="attendance")]
        if not days:
            story += [self.p(_("No attendance has been recorded yet."), self.text_style), PageBreak()]
            return story
        series = [
            (_("Present"), [d.present for d in days], charts.BLUE),
            (_("Late"), [d.late for d in days], charts.SKY),
            (_("Left early"), [d.left_early for d in days], charts.YELLOW),
            (_("Absent"), [d.absent for d in days], charts.VERMILLION),
            (_("Not recorded"), [d.not_recorded for d in days], charts.GREY),
        ]
        series = [s for s in series if any(s[1])]
        missing = [d for d in days if d.present + d.late + d.left_early + d.absent == 0]
        days = [d for d in days if d not in missing]
        series = [
            (label, [n for n, d in zip(numbers, self.data.attendance, strict=False) if d not in missing], colour)
            for label, numbers, colour in series
        ]
        series = [s for s in series if any(s[1])]
        labels = [_("Day {n}").format(n=d.number) for d in days]
        story += self.chart(charts.attendance_chart(labels, series, _), _("Attendance per meeting day"))
        rows: list[list[Any]] = [
            [_("Day"), _("Date"), _("Present"), _("Late"), _("Left early"), _("Absent"), _("Not recorded")]
        ]
        for d in days:
            rows.append([str(d.number), self.date(d.date), d.present, d.late, d.left_early, d.absent, d.not_recorded])
        story.append(self.table(rows, [1.1, 3.2, 2.0, 2.3, 2.2, 2.5, 3.2], align_right=(2, 3, 4, 5, 6)))
        if missing:
            story.append(Spacer(1, 6))
            story.append(
                self.p(
                    _("No check-ins were recorded on day {days}.").format(
                        days=", ".join(str(d.number) for d in missing)
                    ),
                    self.small,
                )
            )
        story.append(PageBreak())
        return story

    def recommendations(self) -> list[Flowable]:
        _ = self._
        recs = self.data.recommendations
        story: list[Flowable] = [self.heading(_("The recommendations"), key="recommendations")]
        if not recs:
            return [*story, self.p(_("No recommendations have been written yet."), self.text_style), PageBreak()]
        voted = [(r, r.votes[-1]) for r in recs if r.votes and r.votes[-1].support_share is not None]
        adopted = sum(1 for _r, v in voted if v.adopted)
        intro = self.n_(
            "The assembly worked out {n} recommendation.", "The assembly worked out {n} recommendations.", len(recs)
        ).format(n=len(recs))
        if voted:
            intro += " " + _("{a} of the {v} put to the vote reached the support threshold.").format(
                a=adopted, v=len(voted)
            )
        story.append(self.p(intro, self.text_style))
        if len(voted) > 1:
            threshold = next((v.threshold for _r, v in voted if v.threshold is not None), None)
            fig = charts.items_chart(
                [f"{r.code} {r.title}" for r, _v in voted], [v.support_share or 0.0 for _r, v in voted], threshold, _
            )
            story += self.chart(fig, _("Support for each recommendation in its final vote"))
        for index, rec in enumerate(recs):
            self.progress(40 + 40 * index / max(len(recs), 1), 100, _("Recommendation {code}").format(code=rec.code))
            story += self.recommendation(rec)
        story.append(PageBreak())
        return story

    def recommendation(self, rec: RecommendationData) -> list[Flowable]:
        _ = self._
        title = f"{rec.code} {rec.title}".strip()
        head: list[Flowable] = [CondPageBreak(6 * cm), self.heading(title, 2, key=f"rec{rec.id}")]
        facts = []
        if rec.theme:
            facts.append(_("Theme") + f": {rec.theme}")
        if rec.origin_table:
            facts.append(_("From table {t}").format(t=rec.origin_table))
        if rec.is_final:
            facts.append(_("Final wording (version {n})").format(n=rec.version_number))
        elif rec.version_number is not None:
            facts.append(_("Latest version {n} – not yet final").format(n=rec.version_number))
        if facts:
            head.append(self.p(" · ".join(facts), self.small))
            head.append(Spacer(1, 4))
        text = self.paragraphs(rec.text) or [self.p(_("(no text yet)"), self.text_style)]
        story: list[Flowable] = [KeepTogether(head + text[:1]), *text[1:]]
        if rec.initiatives:
            items = [ListItem(self.p(i, self.text_style), leftIndent=14) for i in rec.initiatives]
            initiatives: list[Flowable] = [
                self.p(_("Initiatives"), self.h3),
                ListFlowable(items, bulletType="1", bulletFontName=fonts()[0], bulletFontSize=10.5, leftIndent=14),
            ]
            story.append(KeepTogether(initiatives))
        for vote in rec.votes:
            story.append(self.vote_block(vote, rec.code))
        if not rec.votes and self.data.ballots:
            story.append(self.p(_("Not put to the vote."), self.small))
        if rec.minority_statement and "minority" not in self.options.sections:
            story.append(self.minority_box(rec))
        story.append(Spacer(1, 10))
        return story

    def vote_block(self, vote: VoteData, code: str = "") -> Flowable:
        _ = self._
        # the code in the heading names the recommendation should the vote start a page
        title = _("Vote: {title}").format(title=vote.ballot_title)
        parts: list[Flowable] = [self.p(f"{code} · {title}" if code else title, self.h3)]
        labelled = [(label, vote.counts.get(key, 0), support, blank) for key, label, support, blank in vote.options]
        if vote.method in ("yes_no_abstain", "support_scale") and labelled:
            parts.append(
                _Chart(
                    charts.support_drawing(
                        labelled, vote.base_count, vote.threshold, vote.support_share, vote.adopted, _
                    )
                )
            )
            self.charts += 1
            line = _("{valid} valid votes, {blank} blank, {spoilt} spoilt; shares of {base}.").format(
                valid=vote.valid, blank=vote.blank, spoilt=vote.spoilt, base=_(BASE_WORDS.get(vote.base, vote.base))
            )
        else:
            counts = ", ".join(f"{label}: {n}" for label, n, _s, _b in labelled)
            line = _(METHOD_WORDS.get(vote.method, vote.method)) + (f" – {counts}" if counts else "")
            if vote.rank is not None:
                line += " – " + _("place {n}").format(n=vote.rank)
        parts.append(self.p(line, self.small))
        if vote.checksum:
            parts.append(self.p(_("Checksum of the sealed result") + f": {_grouped(vote.checksum)}", self.mono))
        return KeepTogether(parts)

    def minority_box(self, rec: RecommendationData) -> Flowable:
        _ = self._
        return KeepTogether(
            [
                self.p(_("Minority statement"), self.h3),
                *self.paragraphs(rec.minority_statement, self.quote),
            ]
        )

    def minority(self) -> list[Flowable]:
        _ = self._
        recs = [r for r in self.data.recommendations if r.minority_statement.strip()]
        story: list[Flowable] = [self.heading(_("Minority statements"), key="minority")]
        if not recs:
            return [*story, self.p(_("No minority statements were recorded."), self.text_style), PageBreak()]
        story.append(
            self.p(_("Members who could not support a recommendation could add a minority statement."), self.text_style)
        )
        for rec in recs:
            story.append(
                KeepTogether(
                    [self.heading(f"{rec.code} {rec.title}", 3), *self.paragraphs(rec.minority_statement, self.quote)]
                )
            )
        story.append(PageBreak())
        return story

    def evaluation(self) -> list[Flowable]:
        _ = self._
        results = [r for r in self.data.evaluation if r.survey.questions]
        story: list[Flowable] = [self.heading(_("Evaluation"), key="evaluation")]
        if not results or not any(r.survey.responses for r in results):
            return [*story, self.p(_("No evaluation answers have been entered yet."), self.text_style), PageBreak()]
        for result in results:
            survey = result.survey
            title = survey.title
            if survey.day_number is not None:
                title += " – " + _("Day {n}").format(n=survey.day_number)
            story.append(CondPageBreak(6 * cm))
            story.append(self.heading(title, 2))
            story.append(
                self.p(
                    self.n_("{n} member answered.", "{n} members answered.", survey.responses).format(
                        n=survey.responses
                    ),
                    self.text_style,
                )
            )
            likert = [q for q in result.questions if q.question.kind == "likert" and q.n]
            groups: dict[tuple[str, ...], list[Any]] = {}
            for q in likert:
                labels = tuple(q.question.label(v) for v in q.question.scale)
                groups.setdefault(labels, []).append(q)
            for labels, qs in groups.items():
                rows_data = [(q.question.text, [q.counts.get(v, 0) for v in q.question.scale]) for q in qs]
                story += self.chart(charts.likert_chart(rows_data, [_(x) for x in labels], _))
            if likert:
                rows: list[list[Any]] = [[_("Question"), _("Answers"), _("Average"), _("Agree")]]
                for q in likert:
                    rows.append(
                        [
                            q.question.text,
                            str(q.n),
                            f"{self.number(q.mean)} / {q.question.scale_max}" if q.mean is not None else "–",
                            self.pct(q.agree_share),
                        ]
                    )
                story.append(self.table(rows, [10.0, 2.0, 2.4, 2.1], align_right=(1, 2, 3)))
            for q in result.questions:
                if q.question.kind != "text" or not q.texts:
                    continue
                parts: list[Flowable] = [self.p(q.question.text, self.h3)]
                counted = Counter(" ".join(t.split()) for t in q.texts).most_common()
                shown = counted[:8]
                parts += [self.p(f"“{t}”" + (f" ({n}×)" if n > 1 else ""), self.quote) for t, n in shown]
                rest = sum(n for _t, n in counted[len(shown) :])
                if rest:
                    parts.append(
                        self.p(
                            self.n_("… and {n} more answer.", "… and {n} more answers.", rest).format(n=rest),
                            self.small,
                        )
                    )
                story.append(KeepTogether(parts[:3]))
                story += parts[3:]
        story.append(PageBreak())
        return story

    def ballots(self) -> list[Flowable]:
        _ = self._
        story: list[Flowable] = [self.heading(_("Appendix: all ballots"), key="ballots")]
        ballots = self.data.ballots
        if not ballots:
            return [*story, self.p(_("No ballot has been closed yet."), self.text_style)]
        days = {d.id: d for d in self.data.days}
        for b in ballots:
            story.append(CondPageBreak(7 * cm))
            story.append(self.heading(b.title, 2))
            if b.question:
                story.append(self.p(b.question, self.text_style))
            facts = [
                [_("Method"), _(METHOD_WORDS.get(b.method, b.method))],
                [_("Secret ballot"), _("yes") if b.secret else _("no")],
                [
                    _("Threshold"),
                    self.pct(b.threshold) + (" " + _("of") + " " + _(BASE_WORDS.get(b.base, b.base)))
                    if b.threshold is not None
                    else "–",
                ],
                [_("Members eligible / present / voted"), f"{b.eligible} / {b.present} / {b.cast}"],
            ]
            if b.day_id in days:
                day = days[b.day_id]
                facts.insert(0, [_("Day"), f"{day.number} – {self.date(day.date)}"])
            if b.checksum:
                facts.append([_("Checksum of the sealed result"), _grouped(b.checksum)])
            story.append(
                Table(
                    [[self.p(a, self.cell_bold), self.p(str(v), self.cell)] for a, v in facts],
                    colWidths=[5.5 * cm, 11 * cm],
                    style=TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]),
                )
            )
            shares = [i.support_share for i in b.items]
            if len(b.items) > 1 and all(s is not None for s in shares):
                story += self.chart(charts.items_chart([_item_label(i) for i in b.items], shares, b.threshold, _))
            options = list(b.options)
            wide = len(options) > 6  # too many options for a column each: one cell lists them
            header = [
                _("Item"),
                *([_("Votes")] if wide else [o.label for o in options]),
                _("Support level"),
                _("Result"),
            ]
            rows: list[list[Any]] = [header]
            for item in b.items:
                if item.adopted is True:
                    verdict = _("adopted")
                elif item.adopted is False:
                    verdict = _("not adopted")
                elif item.rank is not None:
                    verdict = _("place {n}").format(n=item.rank)
                else:
                    verdict = "–"
                if wide:
                    counts = ["\n".join(f"{o.label}: {item.counts.get(o.key, 0)}" for o in options)]
                else:
                    counts = [str(item.counts.get(o.key, 0)) for o in options]
                rows.append([_item_label(item), *counts, self.pct(item.support_share), verdict])
            n_cols = 1 if wide else len(options)
            rest = 16.5 - 5.5 - 2.0 - 2.4
            widths = [5.5, *[rest / max(n_cols, 1)] * n_cols, 2.0, 2.4]
            story.append(Spacer(1, 6))
            right = (n_cols + 1,) if wide else tuple(range(1, n_cols + 2))
            story.append(self.table(rows, widths, align_right=right))
            story.append(Spacer(1, 8))
        return story

    # -- the whole report
    def story(self, sections: list[str]) -> list[Flowable]:
        story = self.cover()
        steps = len(sections)
        for index, name in enumerate(sections):
            self.progress(10 + 70 * index / max(steps, 1), 100, self._(SECTION_TITLES[name]))
            story += getattr(self, name)()
        while story and isinstance(story[-1], PageBreak):
            story.pop()
        return story


def _item_label(item: Any) -> str:
    """ "A1 Title" – without repeating the code when the label already starts with it."""
    label = str(item.label).strip()
    code = str(item.code or "").strip()
    if not code or label.startswith(code):
        return label
    return f"{code} {label}"


def _grouped(text: str, size: int = 8) -> str:
    """A long checksum in groups of ``size`` characters, so it can wrap."""
    return " ".join(text[i : i + size] for i in range(0, len(text), size))


_NOT_AN_IMAGE = N_("{file}: cannot be read as an image (use PNG or JPEG)")


def _logo(source: Path | bytes) -> Flowable:
    import io

    name = source.name if isinstance(source, Path) else "logo"
    try:
        image = Image(str(source) if isinstance(source, Path) else io.BytesIO(source))
        width, height = image.imageWidth, image.imageHeight
    except Exception as exc:  # reportlab/PIL errors for files that are not images
        raise ServiceError(_NOT_AN_IMAGE, file=name) from exc
    if not width or not height:
        raise ServiceError(_NOT_AN_IMAGE, file=name)
    factor = min(LOGO_MAX[0] / width, LOGO_MAX[1] / height)
    image.drawWidth, image.drawHeight = width * factor, height * factor
    image.hAlign = "LEFT"
    return image


def check_output(path: Path) -> None:
    """A one-line ``ServiceError`` when ``path`` cannot be written."""
    folder = path.parent
    if path.is_dir():
        raise ServiceError("{path}: is a folder; give a file name ending in .pdf", path=path)
    if not folder.exists():
        raise ServiceError("{folder}: no such folder", folder=folder)
    if not os.access(folder, os.W_OK):
        raise ServiceError("{folder}: cannot write there (no permission)", folder=folder)
    if path.exists() and not os.access(path, os.W_OK):
        raise ServiceError("{path}: cannot overwrite it (no permission, or open in another program)", path=path)


def build_report(
    db: Database,
    assembly_id: int,
    path: str | Path,
    options: ReportOptions | None = None,
    progress: Progress | None = None,
) -> ReportSummary:
    """Write the recommendation report to ``path``; ``progress(done, total, text)`` may raise to cancel."""
    import time

    started = time.perf_counter()
    options = options or ReportOptions()
    path = Path(path)
    if options.lang not in LANGUAGES:
        raise ServiceError("Unknown language {language!r}: use da, en, sv, nb or fi.", language=options.lang)
    sections = check_sections(options.sections)
    logo: Path | bytes | None = options.logo
    if isinstance(logo, str | Path):
        logo = Path(logo)
        if not logo.is_file():
            raise ServiceError("{path}: no such image file", path=logo)
    elif logo is None:  # the logo stored with the assembly (Assembly settings)
        from app.services.assembly import assembly_logo

        logo = assembly_logo(db, assembly_id)
    if logo is not None:
        _logo(logo)
    check_output(path)
    say = progress or (lambda done, total, text: None)
    _ = translator(options.lang)
    say(2, 100, _("Collecting the data"))
    data = gather(db, assembly_id)
    writer = _Writer(data, ReportOptions(options.lang, sections, options.preface, logo), say)
    story = writer.story(sections)
    say(85, 100, _("Laying out the pages"))
    fd, tmp_name = tempfile.mkstemp(prefix=".report-", suffix=".pdf", dir=path.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        doc = _ReportDocTemplate(
            tmp,
            assembly_name=data.name,
            title=f"{_('Recommendations')} – {data.name}",
            page_word=_("Page"),
            of_word=_("of"),
            subject=data.remit,
            lang=options.lang,
        )
        if "contents" in sections:
            doc.multiBuild(story)
        else:
            doc.build(story)
        pages = doc.page
        try:
            os.replace(tmp, path)
        except OSError as exc:  # e.g. the old report is open in a PDF viewer (Windows)
            raise cannot_write(path, exc) from exc
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    say(100, 100, _("Done"))
    return ReportSummary(path, pages, sections, writer.charts, time.perf_counter() - started, writer.warnings)
