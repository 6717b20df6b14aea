"""Importing the roster of members from a spreadsheet (CSV or XLSX).

The steps the import dialog (and ``tingsted members import``) go through:

1. ``read_roster(path)`` reads the file (UTF-8 or Latin-1, comma or semicolon, XLSX);
2. ``guess_mapping(headers, categories)`` proposes which column is what, from common
   English and Danish headers (fornavn, efternavn, navn, e-mail, telefon, alder, køn,
   uddannelse, bopæl, postnummer, medlemsnummer …); the user may correct it;
3. ``preview_roster(db, assembly_id, frame, mapping, value_map)`` checks every row and
   lists every problem by spreadsheet row and column, and every category value the
   assembly does not know (with a suggestion, e.g. "K" → "Kvinde");
4. ``import_roster(...)`` writes everything in one transaction, or nothing: it raises
   ``ImportFailed`` while problems remain, unless ``skip_bad_rows`` is chosen.

A mapping is ``{file header: target}``; targets are the keys of ``BASIC_FIELDS``
("first_name", "email", …) or ``"category:<id>"``; a header not in the mapping is
ignored. A value map is ``{category id: {text in the file: value id}}``; with
``remember=True`` the texts are stored as the values' aliases for next time.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import pandas as pd
from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from app.db import Database
from app.i18n import Message, Term
from app.io.safe_cells import unneutralise
from app.io.tabular import (
    ImportFailed,
    ImportProblem,
    TableReadError,
    normalise_header,
    read_table,
    spreadsheet_row,
)
from app.models import CategoryValue, MeetingDay, Member, MemberContact, MemberStatus, MemberValue
from app.services import audit
from app.services.members import CategoryInfo, ValueInfo, _categories, add_alias, valid_email, valid_phone

# field -> (label, header words it goes by)
BASIC_FIELDS: dict[str, tuple[str, tuple[str, ...]]] = {
    "number": ("Member number", ("member number", "medlemsnummer", "medlemsnr", "nr", "no", "number", "nummer")),
    "first_name": ("First name", ("first name", "firstname", "given name", "fornavn", "fornavne")),
    "last_name": ("Last name", ("last name", "lastname", "surname", "family name", "efternavn")),
    "name": ("Full name", ("name", "full name", "navn", "fulde navn", "fuldt navn")),
    "email": ("E-mail", ("email", "e-mail", "mail", "e-mail-adresse", "emailadresse", "email address")),
    "phone": ("Phone", ("phone", "telephone", "mobile", "telefon", "tlf", "tlf.", "tlfnr", "mobil", "telefonnummer")),
    "address": ("Address", ("address", "street", "adresse", "vejnavn")),
    "postcode": ("Postcode", ("postcode", "zip", "postal code", "postnummer", "postnr", "post nr")),
    "age": ("Age (a number)", ("age", "alder")),
    "birth_year": ("Birth year", ("birth year", "year of birth", "fødselsår", "født", "foedselsaar")),
    "needs": ("Needs", ("needs", "behov", "hensyn", "særlige behov")),
}

# Words that name a category in files and in the assembly, by role.
CATEGORY_ROLES: dict[str, tuple[str, ...]] = {
    "age": ("age", "age band", "age group", "alder", "aldersgruppe", "aldersgrupper"),
    "gender": ("gender", "sex", "køn", "kon"),
    "education": ("education", "uddannelse", "uddannelsesniveau", "education level"),
    "area": ("area", "region", "residence", "bopæl", "område", "geografi", "district", "zone", "by"),
}

REQUIRED_NAME = "a first or last name"
BAND_RANGE = re.compile(r"^\s*(\d+)\s*(?:-|–|—|til|to)\s*(\d+)\s*(?:år|years?)?\s*$", re.IGNORECASE)
BAND_PLUS = re.compile(r"^\s*(\d+)\s*(?:\+|år\s*\+|og\s+derover|and\s+over|or\s+older)\s*$", re.IGNORECASE)
BAND_UNDER = re.compile(r"^\s*(?:under|<)\s*(\d+)\s*(?:år|years?)?\s*$", re.IGNORECASE)


def target_label(target: str, categories: list[CategoryInfo]) -> str:
    if target.startswith("category:"):
        cid = int(target.split(":", 1)[1])
        return next((c.name for c in categories if c.id == cid), target)
    return BASIC_FIELDS[target][0] if target in BASIC_FIELDS else target


def category_role(name: str) -> str | None:
    norm = normalise_header(name)
    for role, words in CATEGORY_ROLES.items():
        if norm in {normalise_header(w) for w in words}:
            return role
    return None


# ----------------------------------------------------------------- reading


def read_roster(path: str | Path) -> pd.DataFrame:
    """The file as text cells (see ``app.io.tabular.read_table``); a file that cannot be
    read at all raises ``ImportFailed`` with one problem saying why."""
    try:
        return read_table(path)
    except TableReadError as exc:
        raise ImportFailed([ImportProblem.from_error(None, None, exc)]) from exc


def guess_mapping(headers: list[str], categories: list[CategoryInfo]) -> dict[str, str]:
    """{header: target} for the headers recognised (each target used once)."""
    mapping: dict[str, str] = {}
    used_targets: set[str] = set()
    norm = {h: normalise_header(h) for h in headers}
    # 1. categories by their own name
    for c in categories:
        key = normalise_header(c.name)
        for h in headers:
            if h not in mapping and norm[h] == key:
                mapping[h] = f"category:{c.id}"
                used_targets.add(mapping[h])
                break
    # 2. the basic fields
    for target, (_label, words) in BASIC_FIELDS.items():
        keys = [normalise_header(target)] + [normalise_header(w) for w in words]
        for key in keys:
            hit = next((h for h in headers if h not in mapping and norm[h] == key), None)
            if hit is not None:
                mapping[hit] = target
                used_targets.add(target)
                break
    # 3. categories by role ("køn" in the file, "Gender" in the assembly)
    for c in categories:
        target = f"category:{c.id}"
        role = category_role(c.name)
        if target in used_targets or role is None:
            continue
        if role == "age" and ("age" in used_targets or "birth_year" in used_targets):
            continue  # the age column is read as a number and put in its band
        role_words = {normalise_header(w) for w in CATEGORY_ROLES[role]}
        hit = next((h for h in headers if h not in mapping and norm[h] in role_words), None)
        if hit is not None:
            mapping[hit] = target
            used_targets.add(target)
    return mapping


# ----------------------------------------------------------------- checking


@dataclass(frozen=True)
class UnknownValue:
    """A text in a category column the assembly does not know."""

    category_id: int
    category: str
    column: str
    text: str
    rows: tuple[int, ...]
    suggestion: int | None  # a value id that looks right (e.g. "K" → Kvinde), or None


@dataclass(frozen=True)
class RosterRow:
    row: int  # spreadsheet row
    number: int | None
    first_name: str
    last_name: str
    email: str
    phone: str
    address: str
    postcode: str
    needs: str
    values: dict[int, int]  # category id -> value id
    ok: bool

    @property
    def name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()


@dataclass(frozen=True)
class RosterPreview:
    headers: tuple[str, ...]
    mapping: dict[str, str]
    rows: tuple[RosterRow, ...]
    problems: tuple[ImportProblem, ...]
    unknown_values: tuple[UnknownValue, ...]
    notes: tuple[str, ...] = field(default_factory=tuple)

    @property
    def bad_rows(self) -> frozenset[int]:
        return frozenset(p.row for p in self.problems if p.row is not None)

    @property
    def file_problems(self) -> tuple[ImportProblem, ...]:
        """Problems with the whole file (no row): skipping rows cannot fix these."""
        return tuple(p for p in self.problems if p.row is None)

    @property
    def good_rows(self) -> int:
        return sum(1 for r in self.rows if r.ok)


@dataclass(frozen=True)
class ImportResult:
    imported: int
    skipped: int
    first_number: int | None
    last_number: int | None
    remembered: int = 0


@lru_cache(maxsize=65536)
def _fold(text: str) -> str:
    return normalise_header(text)


def _value_lookup(c: CategoryInfo) -> dict[str, int]:
    out: dict[str, int] = {}
    for v in c.values:
        out.setdefault(_fold(v.name), v.id)
    for v in c.values:
        for a in v.aliases:
            out.setdefault(_fold(a), v.id)
    return out


def _suggest(c: CategoryInfo, text: str) -> int | None:
    """A value whose name starts with ``text`` (or the other way round), if only one."""
    key = _fold(text)
    if not key:
        return None
    hits = [v.id for v in c.values if _fold(v.name).startswith(key) or key.startswith(_fold(v.name))]
    return hits[0] if len(hits) == 1 else None


def parse_band(name: str) -> tuple[int, int] | None:
    """The ages an age band's name covers: "25-39" → (25, 39), "60+" → (60, 120)."""
    m = BAND_RANGE.match(name)
    if m:
        return int(m.group(1)), int(m.group(2))
    m = BAND_PLUS.match(name)
    if m:
        return int(m.group(1)), 120
    m = BAND_UNDER.match(name)
    if m:
        return 0, int(m.group(1)) - 1
    return None


def band_for_age(c: CategoryInfo, age: int) -> int | None:
    return _bands(c.values).get(age)


@lru_cache(maxsize=64)
def _bands(values: tuple[ValueInfo, ...]) -> dict[int, int]:
    """age -> value id, for the values whose names are age bands."""
    out: dict[int, int] = {}
    for v in values:
        band = parse_band(v.name)
        if band:
            for age in range(band[0], band[1] + 1):
                out.setdefault(age, v.id)
    return out


def _reference_year(s: Session, assembly_id: int) -> int:
    first = s.scalar(
        select(MeetingDay.date).where(MeetingDay.assembly_id == assembly_id).order_by(MeetingDay.date).limit(1)
    )
    return (first or dt.date.today()).year


def _analyse(
    s: Session,
    assembly_id: int,
    frame: pd.DataFrame,
    mapping: Mapping[str, str],
    value_map: Mapping[int, Mapping[str, int]] | None,
) -> RosterPreview:
    categories = _categories(s, assembly_id)
    cats = {c.id: c for c in categories}
    headers = tuple(str(h) for h in frame.columns)
    problems: list[ImportProblem] = []
    notes: list[str] = []
    mapping = {h: t for h, t in mapping.items() if t}

    # --- the mapping itself
    by_target: dict[str, str] = {}
    for h, t in mapping.items():
        if h not in headers:
            problems.append(ImportProblem(None, h, "this column is not in the file"))
            continue
        if t.startswith("category:"):
            try:
                cid = int(t.split(":", 1)[1])
            except ValueError:
                cid = -1
            if cid not in cats:
                problems.append(ImportProblem(None, h, "unknown category {target!r}", target=t))
                continue
        elif t not in BASIC_FIELDS:
            problems.append(ImportProblem(None, h, "unknown field {target!r}", target=t))
            continue
        if t in by_target:
            problems.append(
                ImportProblem(
                    None,
                    h,
                    "{field} is already read from column {other}",
                    field=Term(target_label(t, categories)) if t in BASIC_FIELDS else target_label(t, categories),
                    other=by_target[t],
                )
            )
            continue
        by_target[t] = h
    if not ({"first_name", "last_name", "name"} & set(by_target)):
        problems.append(
            ImportProblem(
                None, None, "no column with the members' names (first name/fornavn, last name/efternavn or name/navn)"
            )
        )
    age_cat = next((c for c in categories if category_role(c.name) == "age"), None)
    for c in categories:
        t = f"category:{c.id}"
        if t in by_target:
            continue
        if c is age_cat and ("age" in by_target or "birth_year" in by_target):
            continue
        notes.append(Message("No column for {category}: the members get no {category} value.", category=c.name))
    if ("age" in by_target or "birth_year" in by_target) and age_cat is None:
        notes.append(Message("The assembly has no age category: the age column is not used."))
    ref_year = _reference_year(s, assembly_id)

    # --- existing members, for duplicates and numbers
    existing_numbers = set(s.scalars(select(Member.number).where(Member.assembly_id == assembly_id)))
    existing_people: dict[str, int] = {}
    for ex_number, first, last, email, phone in s.execute(
        select(
            Member.number, MemberContact.first_name, MemberContact.last_name, MemberContact.email, MemberContact.phone
        )
        .join(MemberContact, MemberContact.member_id == Member.id)
        .where(Member.assembly_id == assembly_id, Member.status != MemberStatus.REPLACED)
    ):
        for key in _person_keys(first, last, email, phone):
            existing_people.setdefault(key, ex_number)

    lookups = {c.id: _value_lookup(c) for c in categories}
    extra = {cid: {_fold(k): v for k, v in m.items()} for cid, m in (value_map or {}).items()}
    unknown: dict[tuple[int, str], list[int]] = defaultdict(list)
    unknown_col: dict[tuple[int, str], str] = {}
    seen_people: dict[str, int] = {}
    seen_numbers: dict[int, int] = {}
    rows: list[RosterRow] = []

    if any(p.row is None for p in problems):
        return RosterPreview(headers, dict(mapping), (), tuple(problems), (), tuple(notes))

    columns = {t: frame[h].tolist() for t, h in by_target.items()}
    n = len(frame)
    index = frame.index.tolist()

    def cell(target: str, i: int) -> str:
        # A name such as "=1+1" is kept as typed (every export neutralises it again); the
        # quote Tingsted's own export put in front of it is taken off (app.io.safe_cells).
        col = columns.get(target)
        return unneutralise(str(col[i]).strip()) if col is not None else ""

    for i in range(n):
        row = spreadsheet_row(index[i])
        row_problems: list[ImportProblem] = []
        first, last = cell("first_name", i), cell("last_name", i)
        full = cell("name", i)
        if full and not first and not last:
            parts = full.split()
            if "," in full:  # "Jensen, Anna"
                last_part, _, first_part = full.partition(",")
                first, last = first_part.strip(), last_part.strip()
            else:
                first, last = " ".join(parts[:-1]) if len(parts) > 1 else full, parts[-1] if len(parts) > 1 else ""
        if not first and not last:
            col = by_target.get("first_name") or by_target.get("name") or by_target.get("last_name")
            row_problems.append(ImportProblem(row, col, "missing name"))
        email = cell("email", i)
        if email and not valid_email(email):
            row_problems.append(
                ImportProblem(row, by_target["email"], "{email!r} is not an e-mail address", email=email)
            )
        phone = cell("phone", i)
        if phone and not valid_phone(phone):
            row_problems.append(
                ImportProblem(
                    row,
                    by_target["phone"],
                    "{phone!r} is not a phone number (8 digits, or + and country code)",
                    phone=phone,
                )
            )
        number: int | None = None
        raw_number = cell("number", i)
        if raw_number:
            text = raw_number[:-2] if raw_number.endswith(".0") else raw_number
            if not text.isdigit() or int(text) < 1:
                row_problems.append(
                    ImportProblem(row, by_target["number"], "{text!r} is not a member number", text=raw_number)
                )
            else:
                number = int(text)
                if number in existing_numbers:
                    row_problems.append(
                        ImportProblem(
                            row, by_target["number"], "member number {number} is already taken", number=number
                        )
                    )
                elif number in seen_numbers:
                    row_problems.append(
                        ImportProblem(
                            row,
                            by_target["number"],
                            "member number {number} is also used in row {first_row}",
                            number=number,
                            first_row=seen_numbers[number],
                        )
                    )
                else:
                    seen_numbers[number] = row
        values: dict[int, int] = {}
        for c in categories:
            t = f"category:{c.id}"
            if t in by_target:
                text = cell(t, i)
                col = by_target[t]
                if not text:
                    row_problems.append(ImportProblem(row, col, "missing {category}", category=c.name))
                    continue
                key = _fold(text)
                vid = extra.get(c.id, {}).get(key) or lookups[c.id].get(key)
                if vid is None and c is age_cat and text.isdigit():
                    vid = band_for_age(c, int(text))
                    if vid is None:
                        row_problems.append(ImportProblem(row, col, "age {age} is in none of the age bands", age=text))
                        continue
                if vid is None:
                    unknown[(c.id, text)].append(row)
                    unknown_col[(c.id, text)] = col
                    known = ", ".join(v.name for v in c.values)
                    row_problems.append(
                        ImportProblem(
                            row,
                            col,
                            "{text!r} is not a value of {category} (known: {known})",
                            text=text,
                            category=c.name,
                            known=known,
                        )
                    )
                    continue
                values[c.id] = vid
            elif c is age_cat:
                age_text, col = cell("age", i), by_target.get("age")
                if not age_text and "birth_year" in by_target:
                    year_text, col = cell("birth_year", i), by_target["birth_year"]
                    if year_text:
                        year = year_text[:-2] if year_text.endswith(".0") else year_text
                        if not year.isdigit() or not 1900 <= int(year) <= ref_year:
                            row_problems.append(ImportProblem(row, col, "{text!r} is not a birth year", text=year_text))
                            continue
                        age_text = str(ref_year - int(year))
                if col is None:
                    continue
                if not age_text:
                    row_problems.append(ImportProblem(row, col, "missing age"))
                    continue
                age_clean = age_text[:-2] if age_text.endswith(".0") else age_text
                if not age_clean.isdigit():
                    vid = lookups[c.id].get(_fold(age_text)) or extra.get(c.id, {}).get(_fold(age_text))
                    if vid is None:
                        row_problems.append(ImportProblem(row, col, "{text!r} is not an age", text=age_text))
                        continue
                else:
                    vid = band_for_age(c, int(age_clean))
                    if vid is None:
                        row_problems.append(
                            ImportProblem(row, col, "age {age} is in none of the age bands", age=age_clean)
                        )
                        continue
                values[c.id] = vid
        keys = _person_keys(first, last, email, phone)
        dup_col = by_target.get("email") if email else (by_target.get("first_name") or by_target.get("name"))
        for key in keys:
            if key in existing_people:
                row_problems.append(
                    ImportProblem(
                        row,
                        dup_col,
                        "{name} is already member no. {number}",
                        name=f"{first} {last}",
                        number=existing_people[key],
                    )
                )
                break
            if key in seen_people:
                row_problems.append(
                    ImportProblem(
                        row, dup_col, "the same person as in row {first_row} (duplicate)", first_row=seen_people[key]
                    )
                )
                break
        for key in keys:
            seen_people.setdefault(key, row)
        problems.extend(row_problems)
        rows.append(
            RosterRow(
                row,
                number,
                first,
                last,
                email,
                phone,
                cell("address", i),
                cell("postcode", i),
                cell("needs", i),
                values,
                not row_problems,
            )
        )
    if n == 0:
        problems.append(ImportProblem(None, None, "the file has no rows below the header"))
    unknown_values = tuple(
        UnknownValue(cid, cats[cid].name, unknown_col[(cid, text)], text, tuple(rs), _suggest(cats[cid], text))
        for (cid, text), rs in unknown.items()
    )
    return RosterPreview(headers, dict(mapping), tuple(rows), tuple(problems), unknown_values, tuple(notes))


def _person_keys(first: str, last: str, email: str, phone: str) -> list[str]:
    """Keys under which two rows are the same person: the e-mail, or the name with the
    phone number."""
    keys = []
    if email:
        keys.append("e:" + email.strip().casefold())
    name = _fold(f"{first}{last}")
    digits = "".join(c for c in phone if c.isdigit())[-8:]
    if name and digits:
        keys.append(f"n:{name}:{digits}")
    return keys


def preview_roster(
    db: Database,
    assembly_id: int,
    frame: pd.DataFrame,
    mapping: Mapping[str, str],
    value_map: Mapping[int, Mapping[str, int]] | None = None,
) -> RosterPreview:
    """Check every row against the assembly; writes nothing."""
    with db.read() as s:
        return _analyse(s, assembly_id, frame, mapping, value_map)


def import_roster(
    db: Database,
    assembly_id: int,
    source: str | Path | pd.DataFrame,
    mapping: Mapping[str, str] | None = None,
    value_map: Mapping[int, Mapping[str, int]] | None = None,
    *,
    skip_bad_rows: bool = False,
    remember: bool = False,
    joined_on: dt.date | None = None,
) -> ImportResult:
    """Import the roster in one transaction, or raise ``ImportFailed`` and write nothing.

    Without a ``mapping`` the guessed one is used. Rows with problems are skipped only
    when ``skip_bad_rows`` is given (problems with the whole file always stop it).
    """
    frame = source if isinstance(source, pd.DataFrame) else read_roster(source)
    with db.session() as s:
        if mapping is None:
            mapping = guess_mapping([str(c) for c in frame.columns], _categories(s, assembly_id))
        preview = _analyse(s, assembly_id, frame, mapping, value_map)
        if preview.file_problems or (preview.problems and not skip_bad_rows):
            raise ImportFailed(list(preview.problems))
        good = [r for r in preview.rows if r.ok]
        if not good:
            raise ImportFailed(list(preview.problems) or [ImportProblem(None, None, "no rows to import")])
        numbers = set(s.scalars(select(Member.number).where(Member.assembly_id == assembly_id)))
        numbers |= {r.number for r in good if r.number is not None}
        next_number = max(numbers, default=0) + 1
        member_rows: list[dict[str, object]] = []
        for r in good:
            number = r.number
            if number is None:
                number = next_number
                next_number += 1
            member_rows.append(
                {
                    "assembly_id": assembly_id,
                    "number": number,
                    "status": MemberStatus.ACTIVE.value,
                    "joined_on": joined_on,
                    "withdrawn_reason": "",
                    "forgotten": False,
                }
            )
        # Core inserts (executemany; RETURNING in parameter order for the new ids): the
        # ORM's bulk path costs more than the checks for a few thousand rows.
        conn = s.connection()
        member_table, contact_table, value_table = Member.__table__, MemberContact.__table__, MemberValue.__table__
        ids = list(
            conn.execute(
                insert(member_table).returning(member_table.c.id, sort_by_parameter_order=True),  # type: ignore[arg-type]
                member_rows,
            ).scalars()
        )
        conn.execute(
            insert(contact_table),  # type: ignore[arg-type]
            [
                {
                    "member_id": mid,
                    "first_name": r.first_name,
                    "last_name": r.last_name,
                    "email": r.email,
                    "phone": r.phone,
                    "address": r.address,
                    "postcode": r.postcode,
                    "needs": r.needs,
                    "notes": "",
                }
                for mid, r in zip(ids, good, strict=True)
            ],
        )
        value_rows = [
            {"member_id": mid, "category_id": cid, "value_id": vid}
            for mid, r in zip(ids, good, strict=True)
            for cid, vid in r.values.items()
        ]
        if value_rows:
            conn.execute(insert(value_table), value_rows)  # type: ignore[arg-type]
        remembered = 0
        if remember and value_map:
            for mapped in value_map.values():
                for text, vid in mapped.items():
                    value = s.get(CategoryValue, vid)
                    if value is not None and text.strip() and ";" not in text:
                        before = value.aliases
                        add_alias(value, text.strip())
                        remembered += value.aliases != before
        audit.record(
            s,
            assembly_id,
            "member",
            None,
            "imported",
            {"rows": len(good), "skipped": len(preview.rows) - len(good)},
        )
        numbers_used = [int(str(m["number"])) for m in member_rows]
        return ImportResult(
            len(good),
            len(preview.rows) - len(good),
            min(numbers_used),
            max(numbers_used),
            remembered,
        )
