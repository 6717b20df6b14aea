"""Members as data frames, for the members export and the Reports area's data export.

Contract 1 (see the issues' CONTRACTS): ``members_frame`` has one row per member —
``member_number``, one column per category (the category's name as header), ``status``,
``days_present`` — and, only ``with_contacts``, the personal data ``first_name``,
``last_name``, ``email``, ``phone``, ``address``, ``postcode``. ``attendance_frame`` has
``member_number, day, date, status, reason`` and no names.

Frames carry ``frame.attrs["personal_data"]`` (True/False) so every writer can say
whether the file holds personal data.
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

import pandas as pd
from sqlalchemy import func, select

from app.db import Database
from app.models import (
    Attendance,
    AttendanceStatus,
    Category,
    CategoryValue,
    MeetingDay,
    Member,
    MemberContact,
    MemberValue,
)

CONTACT_COLUMNS = ("first_name", "last_name", "email", "phone", "address", "postcode")
HERE = (AttendanceStatus.PRESENT.value, AttendanceStatus.LATE.value, AttendanceStatus.LEFT_EARLY.value)


def members_frame(db: Database, assembly_id: int, *, with_contacts: bool = False) -> pd.DataFrame:
    """One row per member, ordered by member number (see the module's docstring).

    ``days_present`` counts the days the member came (present, late or left early).
    """
    with db.read() as s:
        categories = s.scalars(
            select(Category).where(Category.assembly_id == assembly_id).order_by(Category.position, Category.id)
        ).all()
        value_names = {
            v.id: v.name
            for v in s.scalars(select(CategoryValue).join(Category).where(Category.assembly_id == assembly_id))
        }
        members = s.scalars(select(Member).where(Member.assembly_id == assembly_id).order_by(Member.number)).all()
        values: dict[int, dict[int, str]] = defaultdict(dict)
        for mv in s.scalars(
            select(MemberValue)
            .join(Member, Member.id == MemberValue.member_id)
            .where(Member.assembly_id == assembly_id)
        ):
            values[mv.member_id][mv.category_id] = value_names.get(mv.value_id, "")
        days_present = dict(
            s.execute(
                select(Attendance.member_id, func.count())
                .join(Member, Member.id == Attendance.member_id)
                .where(Member.assembly_id == assembly_id, Attendance.status.in_(HERE))
                .group_by(Attendance.member_id)
            ).all()
        )
        contacts: dict[int, MemberContact] = {}
        if with_contacts:
            contacts = {
                c.member_id: c
                for c in s.scalars(
                    select(MemberContact)
                    .join(Member, Member.id == MemberContact.member_id)
                    .where(Member.assembly_id == assembly_id)
                )
            }
        rows = []
        for m in members:
            row: dict[str, object] = {"member_number": m.number}
            for c in categories:
                row[c.name] = values[m.id].get(c.id, "")
            row["status"] = m.status
            row["days_present"] = int(days_present.get(m.id, 0))
            if with_contacts:
                contact = contacts.get(m.id)
                for col in CONTACT_COLUMNS:
                    row[col] = getattr(contact, col) if contact is not None else ""
            rows.append(row)
        columns = ["member_number", *[c.name for c in categories], "status", "days_present"]
        if with_contacts:
            columns += list(CONTACT_COLUMNS)
    frame = pd.DataFrame(rows, columns=columns)
    frame["member_number"] = frame["member_number"].astype("int64")
    frame["days_present"] = frame["days_present"].astype("int64")
    frame.attrs["personal_data"] = bool(with_contacts)
    return frame


def attendance_frame(db: Database, assembly_id: int) -> pd.DataFrame:
    """One row per recorded attendance: ``member_number, day, date, status, reason``.

    ``day`` is the meeting day's number; members not checked in on a day have no row.
    """
    with db.read() as s:
        rows = s.execute(
            select(Member.number, MeetingDay.number, MeetingDay.date, Attendance.status, Attendance.reason)
            .join(Member, Member.id == Attendance.member_id)
            .join(MeetingDay, MeetingDay.id == Attendance.day_id)
            .where(Member.assembly_id == assembly_id)
            .order_by(MeetingDay.date, MeetingDay.number, Member.number)
        ).all()
    frame = pd.DataFrame([tuple(r) for r in rows], columns=["member_number", "day", "date", "status", "reason"])
    frame.attrs["personal_data"] = False
    return frame


PERSONAL_NOTE = "This file contains personal data (names and contact data). Handle and delete it as agreed."
ANONYMOUS_NOTE = "This file contains no personal data: members appear by number only."


def suggested_file_name(*, with_contacts: bool, suffix: str = ".xlsx") -> str:
    """A file name that says whether the export holds personal data."""
    return ("members-PERSONAL-DATA" if with_contacts else "members-anonymised") + suffix


def readme_path(path: Path) -> Path:
    """The README written beside a CSV export (a CSV has no room for the note itself)."""
    return path.with_name(f"{path.stem}-README.txt")


def export_members(
    db: Database, assembly_id: int, path: str | Path, *, with_contacts: bool = False
) -> tuple[int, bool]:
    """Write the members (and their attendance) to ``path`` (.csv or .xlsx).

    A CSV gets one row per member with ``days_present`` — standard CSV, one header row,
    that ``tingsted members import`` and other tools read as it is; whether it holds
    personal data is said in a README beside it (``readme_path``). An XLSX has the sheets
    "Members", "Attendance" and "About" (which says whether personal data is inside) and
    says it in its document properties too. Text cells are neutralised against formula
    injection (``app.io.safe_cells``). Returns (members written, personal data or not).
    """
    from app.io.safe_cells import safe_frame
    from app.services.errors import ServiceError

    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in (".csv", ".xlsx"):
        raise ServiceError("{file}: choose a file name ending in .csv or .xlsx", file=path.name)
    if not path.parent.exists():
        raise ServiceError("{folder}: no such folder", folder=str(path.parent))
    frame = safe_frame(members_frame(db, assembly_id, with_contacts=with_contacts))
    note = PERSONAL_NOTE if with_contacts else ANONYMOUS_NOTE
    try:
        if suffix == ".csv":
            frame.to_csv(path, index=False, encoding="utf-8-sig")
            readme_path(path).write_text(
                f"{path.name}: {note}\nPERSONAL DATA: {'YES' if with_contacts else 'no'}\n"
                "Standard CSV: UTF-8 with a byte-order mark, comma separated, one header row.\n",
                encoding="utf-8",
            )
        else:
            attendance = safe_frame(attendance_frame(db, assembly_id))
            about = pd.DataFrame(
                {
                    "item": ["personal_data", "note", "members"],
                    "value": ["yes" if with_contacts else "no", note, str(len(frame))],
                }
            )
            with pd.ExcelWriter(path, engine="openpyxl") as writer:
                frame.to_excel(writer, sheet_name="Members", index=False)
                attendance.to_excel(writer, sheet_name="Attendance", index=False)
                about.to_excel(writer, sheet_name="About", index=False)
                mark_personal_data(writer.book, with_contacts, note)
    except OSError as exc:
        raise ServiceError("{path}: cannot be written ({reason})", path=str(path), reason=exc.strerror) from exc
    return len(frame), with_contacts


def mark_personal_data(book: object, personal: bool, note: str) -> None:
    """Say in an openpyxl workbook's document properties whether it holds personal data."""
    props = book.properties  # type: ignore[attr-defined]
    props.title = "Tingsted export – " + ("PERSONAL DATA" if personal else "no personal data")
    props.subject = note
    props.keywords = "personal data" if personal else "anonymised"
    props.description = note
