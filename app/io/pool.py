"""Importing the pool of respondents and the quota table (CSV or XLSX).

The pool file has one row per respondent: an id column (``id``, ``external_id``,
``respondent``, ``løbenummer`` …), optionally ``household`` and contact columns
(first name, last name, e-mail, phone, address, postcode, in English or Danish), and one
column per category, headed by the category's name. Values are matched to the
category's values by name or alias, ignoring case. When the assembly has no categories
yet, every other column becomes a category with the values found in it.

The quota file uses the layout of ``sortition-algorithms``: ``feature,value,min,max``
(also ``category,name,min,max``), optionally with a ``population_share`` (or
``target``) column: a share (0.25) or a percentage (25 %).

Both readers report every bad row by spreadsheet row and column; the imports write
nothing while problems remain (``ImportFailed``).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
from sqlalchemy import delete, func, select

from app.db import Database
from app.io.tabular import (
    ImportFailed,
    ImportProblem,
    TableReadError,
    guess_columns,
    normalise_header,
    read_table,
    spreadsheet_row,
)
from app.models import (
    Assembly,
    Category,
    CategoryValue,
    Draw,
    Member,
    Respondent,
    RespondentContact,
    RespondentValue,
)
from app.services import audit
from app.services.errors import NotFound, ServiceError

ID_WORDS = ("id", "external_id", "external id", "respondent", "respondent id", "løbenummer", "lobenummer", "nr")
CONTACT_WORDS: dict[str, tuple[str, ...]] = {
    "household": ("household", "husstand", "household id", "address id"),
    "first_name": ("first name", "firstname", "given name", "fornavn"),
    "last_name": ("last name", "lastname", "surname", "efternavn"),
    "email": ("email", "e-mail", "mail"),
    "phone": ("phone", "telephone", "mobile", "telefon", "tlf", "mobil"),
    "address": ("address", "street", "adresse"),
    "postcode": ("postcode", "zip", "postal code", "postnummer", "postnr"),
}


@dataclass(frozen=True)
class QuotaRow:
    category: str
    value: str
    min: int | None
    max: int | None
    population_share: float | None


@dataclass(frozen=True)
class PoolRow:
    external_id: str
    household: str | None
    values: dict[str, str]  # category name -> value name (as in the categories)
    contact: dict[str, str]


@dataclass(frozen=True)
class PoolImportResult:
    respondents: int
    categories_created: tuple[str, ...]
    replaced: int


# ------------------------------------------------------------------------- quota files


def _parse_share(text: str) -> float | None:
    t = text.replace("%", "").replace(",", ".").strip()
    if not t:
        return None
    share = float(t)
    if "%" in text or share > 1:
        share /= 100
    if not 0 <= share <= 1:
        raise ValueError(text)
    return share


def read_quota_table(path: str | Path) -> list[QuotaRow]:
    """The rows of a ``feature,value,min,max`` file; raises ``ImportFailed``."""
    try:
        frame = read_table(path)
    except TableReadError as exc:
        raise ImportFailed([ImportProblem.from_error(None, None, exc)]) from exc
    cols = guess_columns(
        frame.columns,
        {
            "feature": ("category", "kategori", "feature"),
            "value": ("name", "værdi", "vaerdi", "value"),
            "min": ("minimum", "min"),
            "max": ("maximum", "max"),
            "population_share": ("target", "share", "population", "andel", "population share"),
        },
    )
    problems: list[ImportProblem] = []
    for needed in ("feature", "value"):
        if needed not in cols:
            problems.append(ImportProblem(None, needed, "this column is missing (the layout is feature,value,min,max)"))
    if "min" not in cols and "max" not in cols and "population_share" not in cols:
        problems.append(ImportProblem(None, "min", "give min and max columns, or a population_share column"))
    if problems:
        raise ImportFailed(problems)
    rows: list[QuotaRow] = []
    seen: dict[tuple[str, str], int] = {}
    for index, rec in frame.iterrows():
        r = spreadsheet_row(int(str(index)))
        feature = rec[cols["feature"]]
        value = rec[cols["value"]]
        if not feature:
            problems.append(ImportProblem(r, cols["feature"], "the category is empty"))
            continue
        if not value:
            problems.append(ImportProblem(r, cols["value"], "the value is empty"))
            continue
        key = (feature.casefold(), value.casefold())
        if key in seen:
            problems.append(
                ImportProblem(
                    r,
                    cols["value"],
                    "{feature} = {value} is already on row {earlier}",
                    feature=feature,
                    value=value,
                    earlier=seen[key],
                )
            )
            continue
        seen[key] = r
        bounds: dict[str, int | None] = {}
        for name in ("min", "max"):
            text = rec[cols[name]] if name in cols else ""
            if text == "":
                bounds[name] = None
                continue
            try:
                number = float(text.replace(",", "."))
                if number != int(number) or number < 0:
                    raise ValueError
                bounds[name] = int(number)
            except ValueError:
                problems.append(ImportProblem(r, cols[name], "{text!r} is not a whole number of people", text=text))
        share = None
        if "population_share" in cols:
            try:
                share = _parse_share(rec[cols["population_share"]])
            except ValueError:
                problems.append(
                    ImportProblem(
                        r, cols["population_share"], "{text!r} is not a share", text=rec[cols["population_share"]]
                    )
                )
        lo, hi = bounds.get("min"), bounds.get("max")
        if lo is not None and hi is not None and lo > hi:
            problems.append(
                ImportProblem(r, cols.get("min"), "the minimum {low} is above the maximum {high}", low=lo, high=hi)
            )
        rows.append(QuotaRow(feature, value, lo, hi, share))
    if not rows and not problems:
        problems.append(ImportProblem(None, None, "the file has no quota rows"))
    if problems:
        raise ImportFailed(problems)
    return rows


# -------------------------------------------------------------------------- pool files


def _columns(frame: pd.DataFrame) -> tuple[str | None, dict[str, str]]:
    ids = guess_columns(frame.columns, {"id": ID_WORDS})
    contact = guess_columns([c for c in frame.columns if c != ids.get("id")], CONTACT_WORDS)
    return ids.get("id"), contact


def _lookup(values: Mapping[str, list[str]]) -> dict[str, str]:
    """text (folded) -> value name, from names and aliases."""
    out: dict[str, str] = {}
    for name, aliases in values.items():
        out[name.casefold()] = name
        for alias in aliases:
            if alias.strip():
                out.setdefault(alias.strip().casefold(), name)
    return out


def read_pool_table(
    path: str | Path, categories: Mapping[str, Mapping[str, list[str]]] | None
) -> tuple[list[PoolRow], dict[str, list[str]]]:
    """The respondents of a pool file, checked against ``categories`` (category name →
    value name → aliases). With ``categories`` None (or empty), every column that is not
    the id, household or contact data becomes a category with the values found in it.

    Returns the rows and the categories used (name → value names, in order of first
    appearance for new ones). Raises ``ImportFailed`` listing every problem.
    """
    try:
        frame = read_table(path)
    except TableReadError as exc:
        raise ImportFailed([ImportProblem.from_error(None, None, exc)]) from exc
    id_col, contact_cols = _columns(frame)
    problems: list[ImportProblem] = []
    if id_col is None:
        problems.append(ImportProblem(None, "id", "no id column (call it id or external_id)"))
    used = {id_col, *contact_cols.values()}
    cat_cols: dict[str, str] = {}  # category -> column
    if categories:
        by_norm = {normalise_header(c): c for c in frame.columns}
        for cat in categories:
            col = by_norm.get(normalise_header(cat))
            if col is None:
                problems.append(
                    ImportProblem(None, cat, "the file has no column for the category {category}", category=cat)
                )
            else:
                cat_cols[cat] = col
        lookups = {cat: _lookup(vals) for cat, vals in categories.items()}
        found: dict[str, list[str]] = {cat: list(vals) for cat, vals in categories.items()}
    else:
        for col in frame.columns:
            if col not in used and col:
                cat_cols[col] = col
        if not cat_cols:
            problems.append(ImportProblem(None, None, "the file has no category columns (age band, gender, …)"))
        found = {cat: [] for cat in cat_cols}
        lookups = {}
    if problems:
        raise ImportFailed(problems)
    assert id_col is not None
    rows: list[PoolRow] = []
    seen: dict[str, int] = {}
    for index, rec in frame.iterrows():
        r = spreadsheet_row(int(str(index)))
        ext = rec[id_col]
        bad = False
        if not ext:
            problems.append(ImportProblem(r, id_col, "the id is empty"))
            bad = True
        elif len(ext) > 64:
            problems.append(ImportProblem(r, id_col, "the id is longer than 64 characters"))
            bad = True
        elif ext.casefold() in seen:
            problems.append(
                ImportProblem(
                    r, id_col, "the id {id} is already on row {earlier}", id=ext, earlier=seen[ext.casefold()]
                )
            )
            bad = True
        else:
            seen[ext.casefold()] = r
        values: dict[str, str] = {}
        for cat, col in cat_cols.items():
            text = rec[col]
            if not text:
                problems.append(ImportProblem(r, col, "no value for {category}", category=cat))
                bad = True
                continue
            if categories:
                name = lookups[cat].get(text.casefold())
                if name is None:
                    known = ", ".join(categories[cat])
                    problems.append(
                        ImportProblem(
                            r,
                            col,
                            "{text!r} is not a value of {category} (values: {known})",
                            text=text,
                            category=cat,
                            known=known,
                        )
                    )
                    bad = True
                    continue
                values[cat] = name
            else:
                existing = next((v for v in found[cat] if v.casefold() == text.casefold()), None)
                if existing is None:
                    if len(text) > 100:
                        problems.append(ImportProblem(r, col, "the value is longer than 100 characters"))
                        bad = True
                        continue
                    found[cat].append(text)
                    existing = text
                values[cat] = existing
        email = rec[contact_cols["email"]] if "email" in contact_cols else ""
        if email and ("@" not in email or " " in email):
            problems.append(ImportProblem(r, contact_cols["email"], "{email!r} is not an e-mail address", email=email))
            bad = True
        if not bad:
            contact = {k: rec[c] for k, c in contact_cols.items() if k != "household"}
            household = rec[contact_cols["household"]] if "household" in contact_cols else ""
            rows.append(PoolRow(ext, household or None, values, contact))
    if not rows and not problems:
        problems.append(ImportProblem(None, None, "the file has no respondents"))
    if problems:
        raise ImportFailed(problems)
    if not categories:
        found = {cat: sorted(vals, key=_natural) for cat, vals in found.items()}
    return rows, found


def _natural(text: str) -> tuple[object, ...]:
    """Sort key putting "16-24" before "25-39" before "60+" (numbers as numbers)."""
    import re

    return tuple(int(part) if part.isdigit() else part.casefold() for part in re.split(r"(\d+)", text))


# ------------------------------------------------------------------------ into the database


def _categories(db: Database, assembly_id: int) -> dict[str, dict[str, list[str]]]:
    with db.read() as s:
        cats = s.scalars(select(Category).where(Category.assembly_id == assembly_id).order_by(Category.position)).all()
        return {c.name: {v.name: v.aliases.split(";") if v.aliases else [] for v in c.values} for c in cats}


def import_pool(db: Database, assembly_id: int, path: str | Path, *, replace: bool = False) -> PoolImportResult:
    """Import the respondents of a pool file (one transaction, or nothing).

    ``replace`` removes the pool first; that is refused once a draw has been recorded.
    An id already in the pool is a problem of its row.
    """
    categories = _categories(db, assembly_id)
    rows, found = read_pool_table(path, categories or None)
    with db.session() as s:
        if s.get(Assembly, assembly_id) is None:
            raise NotFound("No assembly with id {id}.", id=assembly_id)
        replaced = 0
        if replace:
            draws = s.scalar(select(func.count(Draw.id)).where(Draw.assembly_id == assembly_id)) or 0
            members = s.scalar(
                select(func.count(Member.id)).where(
                    Member.assembly_id == assembly_id, Member.respondent_id.is_not(None)
                )
            )
            if draws or members:
                raise ServiceError("The pool cannot be replaced after a draw; import more respondents instead.")
            replaced = s.scalar(select(func.count(Respondent.id)).where(Respondent.assembly_id == assembly_id)) or 0
            s.execute(delete(Respondent).where(Respondent.assembly_id == assembly_id))
        else:
            existing = set(
                x.casefold()
                for x in s.scalars(select(Respondent.external_id).where(Respondent.assembly_id == assembly_id))
            )
            clashes = [row.external_id for row in rows if row.external_id.casefold() in existing]
            if clashes:
                shown = ", ".join(clashes[:5]) + (" …" if len(clashes) > 5 else "")
                raise ImportFailed(
                    [
                        ImportProblem(
                            None, "id", "{count} ids are already in the pool ({shown})", count=len(clashes), shown=shown
                        )
                    ]
                )
        created: list[str] = []
        value_ids: dict[tuple[str, str], int] = {}
        cat_ids: dict[str, int] = {}
        position = s.scalar(select(func.count(Category.id)).where(Category.assembly_id == assembly_id)) or 0
        for cat_name, values in found.items():
            cat = s.scalars(
                select(Category).where(Category.assembly_id == assembly_id, Category.name == cat_name)
            ).first()
            if cat is None:
                if len(cat_name) > 100:
                    raise ImportFailed([ImportProblem(None, cat_name, "the column name is too long for a category")])
                cat = Category(assembly_id=assembly_id, name=cat_name, position=position)
                position += 1
                s.add(cat)
                s.flush()
                created.append(cat_name)
            cat_ids[cat_name] = cat.id
            have = {v.name: v for v in cat.values}
            for pos, value in enumerate(values):
                v = have.get(value)
                if v is None:
                    v = CategoryValue(category_id=cat.id, name=value, position=len(have) + pos)
                    s.add(v)
                    s.flush()
                value_ids[(cat_name, value)] = v.id
        for row in rows:
            resp = Respondent(assembly_id=assembly_id, external_id=row.external_id, household=row.household)
            s.add(resp)
            s.flush()
            for cat_name, value in row.values.items():
                s.add(
                    RespondentValue(
                        respondent_id=resp.id, category_id=cat_ids[cat_name], value_id=value_ids[(cat_name, value)]
                    )
                )
            if any(row.contact.values()):
                s.add(RespondentContact(respondent_id=resp.id, **row.contact))
        audit.record(
            s,
            assembly_id,
            "pool",
            None,
            "imported",
            {"file": Path(path).name, "respondents": len(rows), "replaced": replaced, "categories_created": created},
        )
        return PoolImportResult(len(rows), tuple(created), replaced)
