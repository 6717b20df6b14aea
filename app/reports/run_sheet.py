"""A day's program on paper.

The **run sheet** is for facilitators and table hosts: every item with its times, room,
who leads it, the presentations and the internal notes, the experts of the day and the
tables with their hosts. The **handout** is the members' program: times, titles,
presentations and rooms — no internal notes, no responsibilities, no contact data.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer

from app.db import Database
from app.i18n import format_date, supported, translator
from app.reports.pdf import NumberedDocTemplate, data_table, styles
from app.services import experts, program
from app.services.assembly import get_assembly

WEEKDAYS = {
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
    "da": ("mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"),
}
MONTHS = {
    "en": (
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ),
    "da": (
        "januar", "februar", "marts", "april", "maj", "juni",
        "juli", "august", "september", "oktober", "november", "december",
    ),
}  # fmt: skip
KIND_WORDS = {
    "plenary": "Plenary",
    "presentation": "Presentation",
    "table_dialogue": "Table dialogue",
    "vote": "Vote",
    "break": "Break",
}


def long_date(d: dt.date, lang: str) -> str:
    if supported(lang) not in WEEKDAYS:  # Swedish, Norwegian, Finnish: Babel's full date
        text = format_date(d, supported(lang), "full")
        return text[:1].upper() + text[1:]
    lang = lang if lang in WEEKDAYS else "en"
    weekday, month = WEEKDAYS[lang][d.weekday()], MONTHS[lang][d.month - 1]
    if lang == "da":
        return f"{weekday} {d.day}. {month} {d.year}"
    return f"{weekday} {d.day} {month} {d.year}"


def _p(text: str, style: str = "Cell") -> Paragraph:
    return Paragraph(escape(text).replace("\n", "<br/>"), styles()[style])


def write_run_sheet(
    db: Database, day_id: int, path: str | Path, *, handout: bool = False, lang: str | None = None
) -> Path:
    """Write the run sheet (or with ``handout=True`` the members' program) of a day."""
    path = Path(path)
    if not path.parent.exists():
        from app.services.errors import ServiceError

        raise ServiceError("{folder}: no such folder", folder=path.parent)
    prog = program.day_program(db, day_id)
    day = prog.day
    info = get_assembly(db, day.assembly_id)
    lang = lang or info.language
    _ = translator(supported(lang))
    sheet = styles()

    title = _("Program") if handout else _("Run sheet")
    heading = f"{title} – {_('Day {0}').format(day.number)}"
    doc = NumberedDocTemplate(path, assembly_name=info.name, title=heading, page_word=_("Page"), of_word=_("of"))
    story: list[Flowable] = [Paragraph(escape(heading), sheet["Title"])]
    date_text = long_date(day.date, lang)
    sub = [date_text[:1].upper() + date_text[1:]]
    if day.title:
        sub.insert(0, day.title)
    story.append(Paragraph(escape(" · ".join(sub)), sheet["Heading2"]))
    where = f"{day.start_time:%H:%M}–{day.end_time:%H:%M}"
    if day.venue:
        where = f"{day.venue} · {where}"
    story.append(Paragraph(escape(where), sheet["Normal"]))
    story.append(Spacer(1, 4 * mm))

    if not prog.items:
        story.append(Paragraph(escape(_("The program for this day is not planned yet.")), sheet["Normal"]))
        doc.build(story)
        return path

    if not handout and not prog.fits:
        story.append(
            Paragraph(
                "<b>⚠ "
                + escape(
                    _("The day does not fit its hours: the agenda ends at {0}, {1} after the day's end.").format(
                        f"{prog.end:%H:%M}", program.format_duration(prog.over_min)
                    )
                )
                + "</b>",
                sheet["Normal"],
            )
        )
        story.append(Spacer(1, 3 * mm))

    rows: list[list[Any]] = []
    if handout:
        rows.append([_("Time"), _("Program"), _("Room")])
        for e in prog.items:
            what = f"<b>{escape(e.title)}</b>"
            for pres in e.presentations:
                what += f"<br/>{escape(pres.removeprefix(e.title + ' – '))}"
            rows.append([_p(f"{e.start:%H:%M}–{e.end:%H:%M}"), Paragraph(what, sheet["Cell"]), _p(e.room)])
        widths = [28 * mm, 112 * mm, 30 * mm]
    else:
        rows.append([_("Time"), _("Min."), _("What"), _("Room"), _("Responsible")])
        for e in prog.items:
            what = (
                f"<b>{escape(e.title)}</b> <font color='#4a525a'>({escape(_(KIND_WORDS.get(e.kind, e.kind)))})</font>"
            )
            for pres in e.presentations:
                what += f"<br/>▸ {escape(pres.removeprefix(e.title + ' – '))}"
            if e.notes:
                what += f"<br/><i>{escape(e.notes).replace(chr(10), '<br/>')}</i>"
            time_text = f"{e.start:%H:%M}–{e.end:%H:%M}"
            if e.overrun:
                time_text += "\n" + _("after the day's end")
            rows.append(
                [_p(time_text), _p(str(e.duration_min)), Paragraph(what, sheet["Cell"]), _p(e.room), _p(e.responsible)]
            )
        widths = [27 * mm, 11 * mm, 80 * mm, 24 * mm, 28 * mm]
    table = data_table(rows, col_widths=widths)
    if not handout:
        overrun_rows = [r for r, e in enumerate(prog.items, start=1) if e.overrun]
        for r in overrun_rows:
            table.setStyle([("TEXTCOLOR", (0, r), (0, r), colors.HexColor("#8a5300"))])
    story.append(table)
    story.append(Spacer(1, 2 * mm))
    story.append(
        Paragraph(
            escape(
                _("Ends at {0} · {1} planned").format(f"{prog.end:%H:%M}", program.format_duration(prog.planned_min))
            ),
            sheet["Small"],
        )
    )

    if not handout:
        story += _experts_section(db, day.assembly_id, {e.id: e for e in prog.items}, _)
        story += _tables_section(db, day.assembly_id, _)
    doc.build(story)
    return path


def _experts_section(db: Database, assembly_id: int, entries: dict[int, program.Entry], _: Any) -> list[Flowable]:
    sheet = styles()
    pres = [p for p in experts.list_presentations(db, assembly_id) if p.agenda_item_id in entries]
    if not pres:
        return []
    by_id = {e.id: e for e in experts.list_experts(db, assembly_id)}
    rows: list[list[Any]] = [[_("Expert"), _("Role and organisation"), _("Presentation"), _("Materials")]]
    for p in pres:
        e = by_id.get(p.expert_id)
        role = ", ".join(x for x in (e.role, e.organisation) if x) if e else ""
        if e and e.perspective:
            role += f" ({e.perspective})"
        entry = entries[p.agenda_item_id] if p.agenda_item_id is not None else None
        when = f"{entry.start:%H:%M}" if entry else ""
        rows.append([_p(p.expert_name), _p(role), _p(f"{when}  {p.title}"), _p(str(p.materials))])
    return [
        Spacer(1, 6 * mm),
        KeepTogether(
            [
                Paragraph(escape(_("Experts of the day")), sheet["Heading2"]),
                data_table(rows, col_widths=[36 * mm, 48 * mm, 64 * mm, 22 * mm]),
            ]
        ),
    ]


def _tables_section(db: Database, assembly_id: int, _: Any) -> list[Flowable]:
    from sqlalchemy import select

    from app.models import AssemblyTable

    sheet = styles()
    with db.read() as s:
        tables = s.scalars(
            select(AssemblyTable).where(AssemblyTable.assembly_id == assembly_id).order_by(AssemblyTable.number)
        ).all()
        rows: list[list[Any]] = [[_("Table"), _("Table host"), _("Room")]]
        rows += [[_p(t.name or str(t.number)), _p(t.host_name), _p(t.room)] for t in tables]
    if len(rows) == 1:
        return []
    return [
        Spacer(1, 6 * mm),
        KeepTogether(
            [
                Paragraph(escape(_("Tables and table hosts")), sheet["Heading2"]),
                data_table(rows, col_widths=[30 * mm, 90 * mm, 50 * mm]),
            ]
        ),
    ]
