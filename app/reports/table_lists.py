"""Table lists per round and place cards, as A4 PDFs."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, PageBreak, Paragraph, Spacer, Table, TableStyle

from app.db import Database
from app.i18n import supported, translator
from app.reports.pdf import ACCENT, NumberedDocTemplate, data_table, fonts, styles
from app.services import tables as ts
from app.services.errors import NotFound, ServiceError

CARD_TEXT_WIDTH = 85 * mm - 12 * mm  # a place card's column less the cell padding and some air


def _round_title(tr: Callable[[str], str], r: ts.RoundInfo) -> str:
    text = f"{tr('Round')} {r.number}"
    if r.day_number is not None:
        text += f" · {tr('day')} {r.day_number}"
    if r.date is not None:
        text += f" · {r.date:%d.%m.%Y}"
    return text


def _table_title(tr: Callable[[str], str], t: ts.TableInfo) -> str:
    """ "Table 3" or "Table 3 · Birken": the number is what the room and the projector go by."""
    return f"{tr('Table')} {t.number}" + (f" · {t.name}" if t.name else "")


def write_table_lists(
    db: Database, assembly_id: int, path: str | Path, *, round_ids: list[int] | None = None, lang: str | None = None
) -> Path:
    """One section per round: each table with its host and members (number and name)."""
    b = ts.board(db, assembly_id)
    _ = translator(supported(lang or b.language))
    rounds = [r for r in b.rounds if round_ids is None or r.id in round_ids]
    if not rounds or not any(b.seating.get(r.id) for r in rounds):
        raise ServiceError("There is no seating to print yet.")
    st = styles()
    story: list[Flowable] = [Paragraph(_("Table lists"), st["Title"])]
    for n, r in enumerate(rounds):
        if n:
            story.append(PageBreak())
        story.append(Paragraph(_round_title(_, r), st["Heading1"]))
        for t in b.tables:
            members = b.members_at(r.id, t.id)
            head = _table_title(_, t)
            if t.host_name:
                head += f" – {_('host')}: {t.host_name}"
            if t.room:
                head += f" – {t.room}"
            rows: list[list[object]] = [[_("No."), _("Name"), _("Fixed seat")]]
            for m in members:
                fixed = "✓" if (r.id, m.id) in b.pinned else ""
                rows.append([str(m.number), Paragraph(escape(m.display_name), st["Cell"]), fixed])
            block: list[Flowable] = [
                Paragraph(escape(f"{head} ({len(members)})"), st["Heading3"]),
                data_table(rows, col_widths=[18 * mm, 120 * mm, 30 * mm]),
                Spacer(1, 4 * mm),
            ]
            story.append(CondPageBreak(40 * mm))
            story.append(KeepTogether(block))
    doc = NumberedDocTemplate(
        path, assembly_name=b.assembly_name, title=_("Table lists"), page_word=_("Page"), of_word=_("of")
    )
    doc.build(story)
    return Path(path)


def write_place_cards(
    db: Database, assembly_id: int, round_id: int, path: str | Path, *, lang: str | None = None
) -> Path:
    """Place cards for one round: four to an A4 page, first name large and the table."""
    b = ts.board(db, assembly_id)
    _ = translator(supported(lang or b.language))
    r = next((x for x in b.rounds if x.id == round_id), None)
    if r is None:
        raise NotFound("No seating round with id {id}.", id=round_id)
    seats = b.seating.get(round_id, {})
    tables = {t.id: t for t in b.tables}
    names = ts.public_names(b.members)
    members = sorted((m for m in b.members if m.id in seats), key=lambda m: (tables[seats[m.id]].number, names[m.id]))
    if not members:
        raise ServiceError("There is no seating to print yet.")
    regular, bold = fonts()
    st = styles()
    name_style = ParagraphStyle("CardName", parent=st["Normal"], fontName=bold, fontSize=34, leading=40, alignment=1)
    table_style = ParagraphStyle(
        "CardTable", parent=st["Normal"], fontName=bold, fontSize=20, leading=26, alignment=1, textColor=ACCENT
    )
    small = ParagraphStyle("CardSmall", parent=st["Normal"], fontSize=10, leading=13, alignment=1)
    cells: list[object] = []
    for m in members:
        t = tables[seats[m.id]]
        # one line where it can: a long name ("Frederik Sv.") gets a smaller size, down to 20 pt
        width = stringWidth(names[m.id], bold, 1) or 1
        size = max(20.0, min(name_style.fontSize, CARD_TEXT_WIDTH / width))
        style = ParagraphStyle("CardNameFit", parent=name_style, fontSize=size, leading=size * 1.18)
        cells.append(
            [
                Paragraph(escape(names[m.id]), style),
                Spacer(1, 6 * mm),
                Paragraph(escape(_table_title(_, t)), table_style),
                Paragraph(_round_title(_, r), small),
            ]
        )
    while len(cells) % 4:
        cells.append("")
    story: list[Flowable] = []
    for start in range(0, len(cells), 4):
        grid = Table(
            [[cells[start], cells[start + 1]], [cells[start + 2], cells[start + 3]]],
            colWidths=[85 * mm, 85 * mm],
            rowHeights=[120 * mm, 120 * mm],
        )
        grid.setStyle(
            TableStyle(
                [
                    ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#9aa3a9")),
                    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                    ("FONTNAME", (0, 0), (-1, -1), regular),
                ]
            )
        )
        if start:
            story.append(PageBreak())
        story.append(grid)
    doc = NumberedDocTemplate(
        path, assembly_name=b.assembly_name, title=_("Place cards"), page_word=_("Page"), of_word=_("of")
    )
    doc.build(story)
    return Path(path)
