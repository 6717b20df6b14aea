"""The common look of every printout: A4, the assembly's name and page numbers in the
footer, Danish characters right (DejaVu Sans when installed, else Helvetica, whose
Latin-1 covers æ, ø, å), and styles shared by all PDFs."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle, StyleSheet1, getSampleStyleSheet
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Paragraph, Table, TableStyle

from app.services.errors import ServiceError

ACCENT = colors.HexColor("#1f6f8b")
GRID = colors.HexColor("#c9d0d5")
HEADER_BG = colors.HexColor("#eef2f4")
FONT_DIRS = (Path("/usr/share/fonts/truetype/dejavu"), Path("/usr/share/fonts/dejavu"))


@cache
def fonts() -> tuple[str, str]:
    """(regular, bold) font names; registers DejaVu Sans if it is on the machine."""
    for folder in FONT_DIRS:
        regular, bold = folder / "DejaVuSans.ttf", folder / "DejaVuSans-Bold.ttf"
        if regular.exists() and bold.exists():
            pdfmetrics.registerFont(TTFont("DejaVuSans", str(regular)))
            pdfmetrics.registerFont(TTFont("DejaVuSans-Bold", str(bold)))
            pdfmetrics.registerFontFamily("DejaVuSans", normal="DejaVuSans", bold="DejaVuSans-Bold")
            return "DejaVuSans", "DejaVuSans-Bold"
    return "Helvetica", "Helvetica-Bold"


def escape(text: object) -> str:
    """Text from the user (a name, a title, a note) as reportlab paragraph mark-up: the one
    place every printout escapes it, so ``<b>Fed`` prints as typed instead of failing, and
    ``<font size=80>`` is not obeyed (issue 14.2). Line breaks become ``<br/>``."""
    return (
        str(text)
        .replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace('"', "&quot;")
        .replace("\n", "<br/>")
    )


def para(text: object, style: ParagraphStyle) -> Paragraph:
    """A paragraph of plain text (escaped): what every user text in a PDF goes through."""
    return Paragraph(escape(text), style)


@cache
def styles() -> StyleSheet1:
    regular, bold = fonts()
    sheet = getSampleStyleSheet()
    for name in ("Normal", "BodyText", "Bullet", "Code"):
        sheet[name].fontName = regular
    sheet["Normal"].fontSize = 10
    sheet["Normal"].leading = 13.5
    for name, size in (("Title", 24), ("Heading1", 18), ("Heading2", 14), ("Heading3", 12)):
        sheet[name].fontName = bold
        sheet[name].fontSize = size
        sheet[name].leading = size * 1.25
        sheet[name].textColor = colors.HexColor("#0f3f50") if name != "Title" else colors.black
    sheet.add(ParagraphStyle("Small", parent=sheet["Normal"], fontSize=8.5, leading=11))
    sheet.add(ParagraphStyle("Cell", parent=sheet["Normal"], fontSize=9, leading=11.5))
    sheet.add(ParagraphStyle("CellBold", parent=sheet["Cell"], fontName=bold))
    return sheet


class _NumberedCanvas(Canvas):
    """Holds the pages back until the end so the footer can say "page x of y"."""

    footer_left = ""
    page_word = "Page"
    of_word = "of"

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._pages: list[dict[str, Any]] = []

    def showPage(self) -> None:  # noqa: N802 (reportlab's name)
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for state in self._pages:
            self.__dict__.update(state)
            self._draw_footer(total)
            super().showPage()
        super().save()

    def _draw_footer(self, total: int) -> None:
        regular, _ = fonts()
        self.saveState()
        self.setFont(regular, 8.5)
        self.setFillColor(colors.HexColor("#4a525a"))
        self.drawString(20 * mm, 11 * mm, self.footer_left)
        self.drawRightString(A4[0] - 20 * mm, 11 * mm, f"{self.page_word} {self._pageNumber} {self.of_word} {total}")
        self.restoreState()


class NumberedDocTemplate(BaseDocTemplate):
    """A4 with the assembly's name and "page x of y" in the footer.

    ``doc.build(story)`` as usual; pass ``page_word``/``of_word`` translated.
    """

    def __init__(
        self,
        path: str | Path,
        *,
        assembly_name: str,
        title: str,
        page_word: str = "Page",
        of_word: str = "of",
        **kwargs: Any,
    ) -> None:
        super().__init__(
            str(path),
            pagesize=A4,
            leftMargin=20 * mm,
            rightMargin=20 * mm,
            topMargin=18 * mm,
            bottomMargin=20 * mm,
            title=title,
            author=assembly_name,
            **kwargs,
        )
        self.assembly_name = assembly_name
        self.page_word = page_word
        self.of_word = of_word
        frame = Frame(self.leftMargin, self.bottomMargin, self.width, self.height, id="body")
        self.addPageTemplates([PageTemplate(id="page", frames=[frame])])

    def build(self, flowables: list[Flowable], **kwargs: Any) -> None:
        name, page_word, of_word = self.assembly_name, self.page_word, self.of_word

        class FooterCanvas(_NumberedCanvas):
            footer_left = name

        FooterCanvas.page_word = page_word
        FooterCanvas.of_word = of_word
        kwargs.setdefault("canvasmaker", FooterCanvas)
        try:
            super().build(flowables, **kwargs)
        except OSError as exc:
            if exc.filename is None or Path(exc.filename) != Path(self.filename):
                raise
            raise cannot_write(Path(self.filename), exc) from exc


def cannot_write(path: Path, exc: OSError) -> ServiceError:
    """Why a PDF could not be written to ``path``, in the facilitator's words (a file open in
    a PDF viewer cannot be overwritten on Windows, a folder given as the file name, …)."""
    if path.is_dir():
        return ServiceError("{path}: is a folder; give a file name ending in .pdf", path=path)
    if not path.parent.is_dir():
        return ServiceError("{folder}: no such folder", folder=path.parent)
    if isinstance(exc, PermissionError):
        if path.exists():
            return ServiceError("{path}: cannot overwrite it (no permission, or open in another program)", path=path)
        return ServiceError("{folder}: cannot write there (no permission)", folder=path.parent)
    return ServiceError("{path}: cannot be written ({reason})", path=path, reason=exc.strerror or str(exc))


def data_table(
    rows: Sequence[Sequence[Any]], col_widths: Sequence[float] | None = None, header_rows: int = 1, zebra: bool = True
) -> Table:
    """A table that repeats its header on each page and never splits a row."""
    table = Table(list(rows), colWidths=col_widths, repeatRows=header_rows, splitInRow=0)
    _, bold = fonts()
    commands: list[tuple[Any, ...]] = [
        ("FONTNAME", (0, 0), (-1, header_rows - 1), bold),
        ("FONTNAME", (0, header_rows), (-1, -1), fonts()[0]),
        ("FONTSIZE", (0, 0), (-1, -1), 9),
        ("BACKGROUND", (0, 0), (-1, header_rows - 1), HEADER_BG),
        ("LINEBELOW", (0, header_rows - 1), (-1, header_rows - 1), 0.8, ACCENT),
        ("LINEBELOW", (0, header_rows), (-1, -1), 0.25, GRID),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]
    if zebra:
        for r in range(header_rows, len(rows)):
            if (r - header_rows) % 2 == 1:
                commands.append(("BACKGROUND", (0, r), (-1, r), colors.HexColor("#f7f9fa")))
    table.setStyle(TableStyle(commands))
    return table
