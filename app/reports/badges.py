"""Printouts for the members: name badges, sign-in sheets and member lists (A4 PDF).

Badges: eight per page (2 × 4, 85 × 60 mm, with cut marks), the first name in large
type, the full name, the member number, the table for each round when known, and a
dashed box where a QR code will go later. Sign-in sheets: one per meeting day, active
members in alphabetical order with a wide signature column. Member lists: number, name,
profile and status (and contact data only when asked for). Every printout names the
personal data it holds.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, Table, TableStyle
from sqlalchemy import select

from app.db import Database
from app.i18n import supported, translator
from app.models import AssemblyTable, MeetingDay, Member, MemberContact, MemberStatus, Round, Seating
from app.reports.pdf import ACCENT, GRID, NumberedDocTemplate, data_table, fonts, para, styles
from app.services.assembly import get_assembly
from app.services.checkin import roster_for_day
from app.services.errors import NotFound
from app.services.members import MemberInfo, list_categories, list_members

BADGE_W = 85 * mm
BADGE_H = 60 * mm


def _lang(db: Database, assembly_id: int, lang: str | None) -> tuple[str, Callable[[str], str], str]:
    info = get_assembly(db, assembly_id)
    language = lang or info.language
    return info.name, translator(supported(language)), language


def _fit(canvas: object, text: str, font: str, size: float, width: float, minimum: float = 8) -> float:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    while size > minimum and stringWidth(text, font, size) > width:
        size -= 0.5
    return size


class Badge(Flowable):
    """One name badge, drawn straight on the canvas."""

    def __init__(
        self, first: str, full: str, number: int, tables: list[tuple[str, str]], assembly: str, number_word: str
    ) -> None:
        super().__init__()
        self.first, self.full, self.number = first, full, number
        self.tables, self.assembly, self.number_word = tables, assembly, number_word
        self.width, self.height = BADGE_W, BADGE_H

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        c = self.canv
        regular, bold = fonts()
        w, h = self.width, self.height
        # cut marks at the corners
        c.setStrokeColor(colors.HexColor("#9aa4ab"))
        c.setLineWidth(0.4)
        for x, y, dx, dy in ((0, 0, 1, 1), (w, 0, -1, 1), (0, h, 1, -1), (w, h, -1, -1)):
            c.line(x, y, x + dx * 4 * mm, y)
            c.line(x, y, x, y + dy * 4 * mm)
        c.setStrokeColor(colors.HexColor("#d5dadd"))
        c.setLineWidth(0.3)
        c.rect(0, 0, w, h, stroke=1, fill=0)  # a faint outline to cut along
        pad = 5 * mm
        # accent band with the assembly's name
        c.setFillColor(ACCENT)
        c.rect(0, h - 9 * mm, w, 9 * mm, stroke=0, fill=1)
        c.setFillColor(colors.white)
        size = _fit(c, self.assembly, bold, 9, w - 2 * pad)
        c.setFont(bold, size)
        c.drawString(pad, h - 6 * mm, self.assembly)
        # first name, large
        c.setFillColor(colors.black)
        qr = 20 * mm
        text_w = w - 2 * pad - qr - 3 * mm
        size = _fit(c, self.first, bold, 28, text_w, 12)
        c.setFont(bold, size)
        c.drawString(pad, h - 9 * mm - 5 * mm - size * 0.8, self.first)
        y = h - 9 * mm - 5 * mm - size * 0.8 - 6 * mm
        size = _fit(c, self.full, regular, 12, text_w, 7)
        c.setFont(regular, size)
        c.drawString(pad, y, self.full)
        # member number
        c.setFont(bold, 11)
        c.setFillColor(colors.HexColor("#0f3f50"))
        c.drawString(pad, y - 7 * mm, f"{self.number_word} {self.number}")
        # tables per round
        c.setFillColor(colors.HexColor("#22272b"))
        if self.tables:
            line = "   ".join(f"{r}: {t}" for r, t in self.tables)
            size = _fit(c, line, regular, 9, w - 2 * pad, 6)
            c.setFont(regular, size)
            c.drawString(pad, 5 * mm, line)
        # QR placeholder
        c.setStrokeColor(colors.HexColor("#6b747b"))
        c.setDash(2, 2)
        c.rect(w - pad - qr, h - 9 * mm - 4 * mm - qr, qr, qr, stroke=1, fill=0)
        c.setDash()
        c.setFont(regular, 7)
        c.setFillColor(colors.HexColor("#6b747b"))
        c.drawCentredString(w - pad - qr / 2, h - 9 * mm - 4 * mm - qr / 2 - 2, "QR")


def _tables_by_round(
    db: Database, assembly_id: int, round_word: str, table_word: str
) -> dict[int, list[tuple[str, str]]]:
    out: dict[int, list[tuple[str, str]]] = defaultdict(list)
    with db.read() as s:
        rows = s.execute(
            select(Seating.member_id, Round.number, Round.title, AssemblyTable.number, AssemblyTable.name)
            .join(Round, Round.id == Seating.round_id)
            .join(AssemblyTable, AssemblyTable.id == Seating.table_id)
            .where(Round.assembly_id == assembly_id)
            .order_by(Round.number)
        ).all()
    for member_id, rnum, _rtitle, tnum, tname in rows:
        out[member_id].append((f"{round_word} {rnum}", tname or f"{table_word} {tnum}"))
    return out


def badges_pdf(
    db: Database, assembly_id: int, path: str | Path, *, member_ids: list[int] | None = None, lang: str | None = None
) -> int:
    """Badges for the active members (or ``member_ids``), by number; returns how many."""
    name, _, _lang_code = _lang(db, assembly_id, lang)
    members = [
        m
        for m in list_members(db, assembly_id)
        if not m.forgotten and (m.id in member_ids if member_ids is not None else m.status == MemberStatus.ACTIVE)
    ]
    tables = _tables_by_round(db, assembly_id, _("Round"), _("Table"))
    badges = [
        Badge(m.first_name or m.last_name, m.name, m.number, tables.get(m.id, []), name, _("No.")) for m in members
    ]
    doc = NumberedDocTemplate(path, assembly_name=name, title=_("Name badges"), page_word=_("Page"), of_word=_("of"))
    story: list[Flowable] = []
    if not badges:
        story.append(para(_("There are no active members to print badges for."), styles()["Normal"]))
    for start in range(0, len(badges), 8):
        chunk: list[Flowable | str] = list(badges[start : start + 8])
        while len(chunk) % 2:
            chunk.append("")
        grid = [chunk[i : i + 2] for i in range(0, len(chunk), 2)]
        t = Table(grid, colWidths=[BADGE_W, BADGE_W], rowHeights=[BADGE_H] * len(grid))
        t.setStyle(
            TableStyle(
                [
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                    ("TOPPADDING", (0, 0), (-1, -1), 0),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
                ]
            )
        )
        story.append(t)
    doc.build(story)
    return len(badges)


def _sort_key(m: MemberInfo) -> tuple[str, str, int]:
    return (m.last_name.casefold(), m.first_name.casefold(), m.number)


def signin_sheet_pdf(db: Database, assembly_id: int, day_id: int, path: str | Path, *, lang: str | None = None) -> int:
    """The day's sign-in sheet: active members alphabetically, with a signature column."""
    name, _, lang_code = _lang(db, assembly_id, lang)
    with db.read() as s:
        day = s.get(MeetingDay, day_id)
        if day is None or day.assembly_id != assembly_id:
            raise NotFound("No meeting day with id {id}.", id=day_id)
        day_number, day_date, day_title = day.number, day.date, day.title
    entries = [e for e in roster_for_day(db, assembly_id, day_id) if e.first_name != "(forgotten)"]
    entries.sort(key=lambda e: (e.last_name.casefold(), e.first_name.casefold(), e.number))
    st = styles()
    doc = NumberedDocTemplate(path, assembly_name=name, title=_("Sign-in sheet"), page_word=_("Page"), of_word=_("of"))
    date_text = day_date.strftime("%d.%m.%Y") if lang_code == "da" else day_date.isoformat()
    heading = f"{_('Sign-in sheet')} – {_('Day')} {day_number}, {date_text}"
    story: list[Flowable] = [para(heading, st["Heading1"])]
    if day_title:
        story.append(para(day_title, st["Normal"]))
    story.append(para(_("Contains personal data (names). Keep it safe and shred it after use."), st["Small"]))
    story.append(Spacer(1, 4 * mm))
    rows: list[list[object]] = [[_("No."), _("Last name"), _("First name"), _("Table"), _("Signature")]]
    for e in entries:
        rows.append(
            [
                str(e.number),
                para(e.last_name, st["Cell"]),
                para(e.first_name, st["Cell"]),
                para(e.table or "", st["Cell"]),
                "",
            ]
        )
    table = data_table(rows, col_widths=[14 * mm, 42 * mm, 38 * mm, 18 * mm, 58 * mm], zebra=False)
    table.setStyle(
        TableStyle(
            [
                ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white]),
                ("TOPPADDING", (0, 1), (-1, -1), 7),
                ("BOTTOMPADDING", (0, 1), (-1, -1), 7),
                ("LINEBEFORE", (4, 1), (4, -1), 0.4, GRID),
                ("VALIGN", (0, 1), (-1, -1), "MIDDLE"),
            ]
        )
    )
    story.append(table)
    doc.build(story)
    return len(entries)


def member_list_pdf(
    db: Database, assembly_id: int, path: str | Path, *, with_contacts: bool = False, lang: str | None = None
) -> int:
    """All members by number: name, profile and status (+ e-mail and phone if asked)."""
    name, _, _code = _lang(db, assembly_id, lang)
    cats = list_categories(db, assembly_id)
    members = list_members(db, assembly_id)
    contacts: dict[int, tuple[str, str]] = {}
    if with_contacts:
        with db.read() as s:
            for mid, email, phone in s.execute(
                select(MemberContact.member_id, MemberContact.email, MemberContact.phone)
                .join(Member, Member.id == MemberContact.member_id)
                .where(Member.assembly_id == assembly_id)
            ):
                contacts[mid] = (email, phone)
    st = styles()
    doc = NumberedDocTemplate(path, assembly_name=name, title=_("Member list"), page_word=_("Page"), of_word=_("of"))
    story: list[Flowable] = [para(_("Member list"), st["Heading1"])]
    note = (
        _("Contains personal data (names, e-mail and phone). Keep it safe.")
        if with_contacts
        else _("Contains personal data (names). Keep it safe.")
    )
    story += [para(note, st["Small"]), Spacer(1, 4 * mm)]
    status_words = {"active": _("active"), "withdrawn": _("withdrawn"), "replaced": _("replaced")}
    header: list[object] = [_("No."), _("Name"), *[c.name for c in cats], _("Status")]
    if with_contacts:
        header += [_("E-mail"), _("Phone")]
    rows: list[list[object]] = [header]
    for m in members:
        display = _("(forgotten)") if m.forgotten else m.name
        row: list[object] = [str(m.number), para(display, st["Cell"])]
        row += [m.value_names.get(c.id, "") for c in cats]
        row.append(status_words.get(m.status, m.status))
        if with_contacts:
            email, phone = contacts.get(m.id, ("", ""))
            row += [para(email, st["Cell"]), phone]
        rows.append(row)
    total = doc.width
    if with_contacts:
        fixed = [10 * mm, 40 * mm, *[20 * mm] * len(cats), 18 * mm]
        email_w = max(total - sum(fixed) - 26 * mm, 30 * mm)
        widths = [*fixed, email_w, 26 * mm]
    else:
        cat_w = min(30 * mm, max(total - 10 * mm - 60 * mm - 22 * mm, 20 * mm) / max(len(cats), 1))
        widths = [10 * mm, total - 10 * mm - 22 * mm - cat_w * len(cats), *[cat_w] * len(cats), 22 * mm]
    story.append(data_table(rows, col_widths=widths))
    doc.build(story)
    return len(members)
