"""The data behind the report, as CSV files or one XLSX workbook.

``export_data(db, assembly_id, folder, fmt="csv"|"xlsx", with_contacts=False)`` writes
members (anonymised unless ``with_contacts``), attendance, seatings, recommendations
with their versions and initiatives, ballots and their results, and the evaluation
answers, plus a README (a file, or the workbook's first sheet) that says what each file
holds and whether it contains personal data.

Members appear by member number only, unless contacts are asked for. Free-text fields
that may name people (a version's author, a table host, a paper form's key) are left
out of an anonymised export.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pandas as pd
from sqlalchemy import select

from app.db import Database
from app.models import (
    AssemblyTable,
    Ballot,
    Initiative,
    MeetingDay,
    Member,
    Recommendation,
    RecommendationVersion,
    Round,
    Seating,
    Survey,
    SurveyAnswer,
    SurveyQuestion,
    SurveyResponse,
)
from app.services.errors import ServiceError

FORMATS = ("csv", "xlsx")
WORKBOOK = "tingsted-data.xlsx"


@dataclass(frozen=True)
class ExportedTable:
    name: str  # file stem / sheet name
    description: str
    rows: int
    personal_data: bool


@dataclass(frozen=True)
class ExportSummary:
    folder: Path
    fmt: str
    files: list[Path]
    tables: list[ExportedTable]
    personal_data: bool

    def rows(self, name: str) -> int:
        return next(t.rows for t in self.tables if t.name == name)


# ------------------------------------------------------------------ frames


def seatings_frame(db: Database, assembly_id: int, *, with_contacts: bool = False) -> pd.DataFrame:
    with db.read() as s:
        days = {d.id: d.number for d in s.scalars(select(MeetingDay).where(MeetingDay.assembly_id == assembly_id))}
        rows = s.execute(
            select(Round, AssemblyTable, Member.number, Seating.pinned)
            .join(Seating, Seating.round_id == Round.id)
            .join(AssemblyTable, AssemblyTable.id == Seating.table_id)
            .join(Member, Member.id == Seating.member_id)
            .where(Round.assembly_id == assembly_id)
            .order_by(Round.number, AssemblyTable.number, Member.number)
        ).all()
        out = []
        for rnd, table, number, pinned in rows:
            row: dict[str, Any] = {
                "round": rnd.number,
                "round_title": rnd.title,
                "day": days.get(rnd.day_id) if rnd.day_id else None,
                "table": table.number,
                "table_name": table.name,
                "member_number": number,
                "pinned": bool(pinned),
            }
            if with_contacts:
                row["table_host"] = table.host_name
            out.append(row)
    columns = ["round", "round_title", "day", "table", "table_name", "member_number", "pinned"]
    if with_contacts:
        columns.append("table_host")
    return pd.DataFrame(out, columns=columns)


def recommendations_frames(
    db: Database, assembly_id: int, *, with_contacts: bool = False
) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    """(recommendations, versions, initiatives)."""
    with db.read() as s:
        tables = {
            t.id: t.number for t in s.scalars(select(AssemblyTable).where(AssemblyTable.assembly_id == assembly_id))
        }
        recs = s.scalars(
            select(Recommendation)
            .where(Recommendation.assembly_id == assembly_id)
            .order_by(Recommendation.position, Recommendation.code)
        ).all()
        codes = {r.id: r.code for r in recs}
        versions = s.scalars(
            select(RecommendationVersion)
            .join(Recommendation, Recommendation.id == RecommendationVersion.recommendation_id)
            .where(Recommendation.assembly_id == assembly_id)
            .order_by(Recommendation.position, Recommendation.code, RecommendationVersion.number)
        ).all()
        version_numbers = {v.id: v.number for v in versions}
        rec_rows = [
            {
                "code": r.code,
                "title": r.title,
                "theme": r.theme,
                "status": r.status,
                "origin_table": tables.get(r.origin_table_id) if r.origin_table_id else None,
                "final_version": version_numbers.get(r.final_version_id) if r.final_version_id else None,
                "merged_into": codes.get(r.merged_into_id, "") if r.merged_into_id else "",
                "minority_statement": r.minority_statement,
            }
            for r in recs
        ]
        finals = {r.final_version_id for r in recs if r.final_version_id}
        version_rows = []
        for v in versions:
            row: dict[str, Any] = {
                "code": codes.get(v.recommendation_id, ""),
                "version": v.number,
                "final": v.id in finals,
                "created_at": v.created_at.replace(microsecond=0),
                "table": tables.get(v.table_id) if v.table_id else None,
                "note": v.note,
                "text": v.text,
            }
            if with_contacts:
                row["author"] = v.author
            version_rows.append(row)
        initiative_rows = [
            {"code": codes.get(i.recommendation_id, ""), "position": i.position + 1, "text": i.text}
            for i in s.scalars(
                select(Initiative)
                .join(Recommendation, Recommendation.id == Initiative.recommendation_id)
                .where(Recommendation.assembly_id == assembly_id)
                .order_by(Recommendation.position, Recommendation.code, Initiative.position)
            )
        ]
    version_columns = ["code", "version", "final", "created_at", "table", "note", "text"]
    if with_contacts:
        version_columns.append("author")
    return (
        pd.DataFrame(
            rec_rows,
            columns=[
                "code",
                "title",
                "theme",
                "status",
                "origin_table",
                "final_version",
                "merged_into",
                "minority_statement",
            ],
        ),
        pd.DataFrame(version_rows, columns=version_columns),
        pd.DataFrame(initiative_rows, columns=["code", "position", "text"]),
    )


def ballots_frames(db: Database, assembly_id: int) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(ballots, results): every ballot's definition, and the counts of the closed ones
    (contract 2: ``app.services.voting.list_results``)."""
    with db.read() as s:
        days = {d.id: d.number for d in s.scalars(select(MeetingDay).where(MeetingDay.assembly_id == assembly_id))}
        ballots = s.scalars(select(Ballot).where(Ballot.assembly_id == assembly_id).order_by(Ballot.id)).all()
        ballot_rows = [
            {
                "ballot": b.id,
                "title": b.title,
                "question": b.question,
                "day": days.get(b.day_id) if b.day_id else None,
                "method": b.method,
                "secret": b.secret,
                "threshold": b.threshold,
                "base": b.base,
                "state": b.state,
                "eligible": b.eligible_count,
                "present": b.present_count,
                "opened_at": b.opened_at,
                "closed_at": b.closed_at,
                "checksum": b.checksum or "",
            }
            for b in ballots
        ]
    result_rows: list[dict[str, Any]] = []
    try:
        from app.services.voting import list_results

        results = list(list_results(db, assembly_id))
    except (ImportError, NotImplementedError):
        results = []
    for r in results:
        for item in r.items:
            for option in r.options:
                result_rows.append(
                    {
                        "ballot": r.id,
                        "ballot_title": r.title,
                        "item": item.code,
                        "item_label": item.label,
                        "option": option.key,
                        "option_label": option.label,
                        "counts_as_support": option.counts_as_support,
                        "count": item.counts.get(option.key, 0),
                        "valid": item.valid,
                        "blank": item.blank,
                        "spoilt": item.spoilt,
                        "support_share": item.support_share,
                        "adopted": item.adopted,
                        "rank": item.rank,
                        "checksum": r.checksum or "",
                    }
                )
    return (
        pd.DataFrame(
            ballot_rows,
            columns=[
                "ballot",
                "title",
                "question",
                "day",
                "method",
                "secret",
                "threshold",
                "base",
                "state",
                "eligible",
                "present",
                "opened_at",
                "closed_at",
                "checksum",
            ],
        ),
        pd.DataFrame(
            result_rows,
            columns=[
                "ballot",
                "ballot_title",
                "item",
                "item_label",
                "option",
                "option_label",
                "counts_as_support",
                "count",
                "valid",
                "blank",
                "spoilt",
                "support_share",
                "adopted",
                "rank",
                "checksum",
            ],
        ),
    )


def evaluation_frame(db: Database, assembly_id: int, *, with_contacts: bool = False) -> pd.DataFrame:
    """One row per answer: survey, day, response (numbered within the survey), question, value."""
    with db.read() as s:
        days = {d.id: d.number for d in s.scalars(select(MeetingDay).where(MeetingDay.assembly_id == assembly_id))}
        rows = s.execute(
            select(Survey, SurveyResponse, SurveyQuestion, SurveyAnswer)
            .join(SurveyResponse, SurveyResponse.survey_id == Survey.id)
            .join(SurveyAnswer, SurveyAnswer.response_id == SurveyResponse.id)
            .join(SurveyQuestion, SurveyQuestion.id == SurveyAnswer.question_id)
            .where(Survey.assembly_id == assembly_id)
            .order_by(Survey.id, SurveyResponse.id, SurveyQuestion.position)
        ).all()
        numbers: dict[int, dict[int, int]] = {}
        out = []
        for survey, response, question, answer in rows:
            per_survey = numbers.setdefault(survey.id, {})
            number = per_survey.setdefault(response.id, len(per_survey) + 1)
            row: dict[str, Any] = {
                "survey": survey.title,
                "day": days.get(survey.day_id) if survey.day_id else None,
                "response": number,
                "question": question.code,
                "question_text": question.text,
                "kind": question.kind,
                "value": answer.value_int,
                "text": answer.value_text or "",
            }
            if with_contacts:
                row["respondent_key"] = response.respondent_key
            out.append(row)
    columns = ["survey", "day", "response", "question", "question_text", "kind", "value", "text"]
    if with_contacts:
        columns.append("respondent_key")
    return pd.DataFrame(out, columns=columns)


# ------------------------------------------------------------------ writing


def _check_folder(folder: Path) -> None:
    if folder.exists() and not folder.is_dir():
        raise ServiceError("{folder}: is a file, not a folder", folder=str(folder))
    if not folder.exists():
        if not folder.parent.is_dir():
            raise ServiceError("{folder}: no such folder", folder=str(folder.parent))
        try:
            folder.mkdir()
        except OSError as exc:
            raise ServiceError(
                "{folder}: cannot create the folder ({reason})", folder=str(folder), reason=exc.strerror
            ) from exc
    if not os.access(folder, os.W_OK):
        raise ServiceError("{folder}: cannot write there (no permission)", folder=str(folder))


def _readme_text(tables: list[ExportedTable], fmt: str, assembly: str, with_contacts: bool) -> str:
    lines = [
        f"Data export from Tingsted – {assembly}",
        f"Written {dt.datetime.now():%Y-%m-%d %H:%M}.",
        "",
        "PERSONAL DATA: "
        + (
            "YES – this export contains members' names and contact data. Keep it safe and delete "
            "it when it is no longer needed."
            if with_contacts
            else "no – members appear by member number only."
        ),
        "",
        "Files:" if fmt == "csv" else f"Sheets of {WORKBOOK}:",
    ]
    for t in tables:
        name = f"{t.name}.csv" if fmt == "csv" else t.name
        flag = "PERSONAL DATA" if t.personal_data else "no personal data"
        lines.append(f"* {name} ({t.rows} rows, {flag}): {t.description}")
    lines += [
        "",
        "CSV files are UTF-8 with a byte-order mark, comma separated, one header row.",
        "Member numbers link members, attendance, seatings; no file links a member to a secret vote.",
    ]
    return "\n".join(lines) + "\n"


def export_data(
    db: Database,
    assembly_id: int,
    folder: str | Path,
    *,
    fmt: str = "csv",
    with_contacts: bool = False,
    progress: Callable[[float, float, str], None] | None = None,
) -> ExportSummary:
    """Write the assembly's data to ``folder`` (created if its parent exists)."""
    if fmt not in FORMATS:
        raise ServiceError("Unknown export format {format!r}: use csv or xlsx.", format=fmt)
    folder = Path(folder)
    _check_folder(folder)
    say = progress or (lambda done, total, text: None)
    from app.io.members_export import attendance_frame, mark_personal_data, members_frame
    from app.io.safe_cells import safe_frame
    from app.services.assembly import get_assembly

    assembly = get_assembly(db, assembly_id)
    say(5, 100, "members")
    recs, versions, initiatives = recommendations_frames(db, assembly_id, with_contacts=with_contacts)
    ballots, results = ballots_frames(db, assembly_id)
    say(50, 100, "ballots")
    frames: list[tuple[str, str, pd.DataFrame, bool]] = [
        (
            "members",
            "one row per member: member number, profile (one column per category), status, days present"
            + (", and names and contact data" if with_contacts else ""),
            members_frame(db, assembly_id, with_contacts=with_contacts),
            with_contacts,
        ),
        (
            "attendance",
            "one row per member and meeting day checked in: status and reason",
            attendance_frame(db, assembly_id),
            False,
        ),
        (
            "seatings",
            "one row per member, round and table" + (", with the table host" if with_contacts else ""),
            seatings_frame(db, assembly_id, with_contacts=with_contacts),
            with_contacts,
        ),
        (
            "recommendations",
            "one row per recommendation: code, title, theme, status, final version, minority statement",
            recs,
            False,
        ),
        (
            "recommendation_versions",
            "every kept version of every recommendation's text" + (", with its author" if with_contacts else ""),
            versions,
            with_contacts,
        ),
        ("initiatives", "the concrete initiatives under each recommendation", initiatives, False),
        ("ballots", "one row per ballot: method, secrecy, threshold, state, checksum", ballots, False),
        (
            "ballot_results",
            "closed ballots: one row per item and answer option with the count, support and result",
            results,
            False,
        ),
        (
            "evaluation_answers",
            "one row per evaluation answer (anonymous; responses numbered within each survey)"
            + (", with the paper form's key" if with_contacts else ""),
            evaluation_frame(db, assembly_id, with_contacts=with_contacts),
            with_contacts,
        ),
    ]
    tables = [ExportedTable(name, text, len(frame), personal) for name, text, frame, personal in frames]
    readme = _readme_text(tables, fmt, assembly.name, with_contacts)
    files: list[Path] = []
    try:
        if fmt == "csv":
            for index, (name, _text, frame, _p) in enumerate(frames):
                say(60 + 35 * index / len(frames), 100, name)
                path = folder / f"{name}.csv"
                safe_frame(frame).to_csv(path, index=False, encoding="utf-8-sig")
                files.append(path)
            path = folder / "README.txt"
            path.write_text(readme, encoding="utf-8")
            files.append(path)
        else:
            path = folder / WORKBOOK
            about = pd.DataFrame(
                {
                    "sheet": [t.name for t in tables],
                    "rows": [t.rows for t in tables],
                    "personal_data": ["yes" if t.personal_data else "no" for t in tables],
                    "what it holds": [t.description for t in tables],
                }
            )
            note = pd.DataFrame({"README": readme.splitlines()})
            with pd.ExcelWriter(path, engine="openpyxl") as writer:
                safe_frame(about).to_excel(writer, sheet_name="README", index=False)
                safe_frame(note).to_excel(writer, sheet_name="README", index=False, startcol=5)
                for name, _text, frame, _p in frames:
                    safe_frame(frame).to_excel(writer, sheet_name=name[:31], index=False)
                mark_personal_data(
                    writer.book,
                    with_contacts,
                    "This export contains personal data."
                    if with_contacts
                    else "This export contains no personal data.",
                )
            files.append(path)
    except OSError as exc:
        raise ServiceError(
            "{folder}: cannot write the export ({reason})", folder=str(folder), reason=exc.strerror
        ) from exc
    say(100, 100, "done")
    return ExportSummary(folder, fmt, files, tables, with_contacts)
