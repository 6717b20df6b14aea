"""Categories, values, population targets and the lottery's min/max quotas.

**How quotas are computed from population targets** (``quotas_from_targets``): for a
panel of ``k`` members and a value whose share of the population is ``s`` (shares are
normalised to add up to 1 within their category), the ideal number is ``k·s``; the
quota is

    min = max(0, ⌊k·s⌋ − tolerance)      max = min(k, ⌈k·s⌉ + tolerance)

so with tolerance 0 each value gets its ideal number rounded down or up (e.g. 22 % of 50
= 11 → exactly 11; 14 % of 50 = 7 → exactly 7; 50.5 % of 50 = 25.25 → 25 or 26). The
per-category minimums never add up to more than ``k`` and the maximums never to less, so
each category on its own can always be met. A value without a target keeps no quota
(0 … k). The facilitator may then change any quota by hand (``set_quota``).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select

from app.db import Database
from app.io.pool import read_quota_table
from app.models import Assembly, Category, CategoryValue, RespondentValue
from app.services import audit
from app.services.errors import NotFound, ServiceError, get_or_raise


@dataclass(frozen=True)
class ValueInfo:
    id: int
    name: str
    position: int
    population_share: float | None
    min_quota: int | None
    max_quota: int | None
    pool_count: int
    aliases: str


@dataclass(frozen=True)
class CategoryInfo:
    id: int
    name: str
    position: int
    values: tuple[ValueInfo, ...]


def quotas_from_targets(
    shares: Sequence[float | None], panel_size: int, tolerance: int = 0
) -> list[tuple[int, int] | None]:
    """(min, max) per value from population shares (see the module docstring)."""
    if panel_size < 1:
        raise ServiceError("The panel size must be at least 1.")
    if tolerance < 0:
        raise ServiceError("The tolerance cannot be negative.")
    known = [s for s in shares if s is not None]
    total = sum(known)
    out: list[tuple[int, int] | None] = []
    for s in shares:
        if s is None or total <= 0:
            out.append(None)
            continue
        ideal = panel_size * s / total
        lo = max(0, math.floor(ideal + 1e-9) - tolerance)
        hi = min(panel_size, math.ceil(ideal - 1e-9) + tolerance)
        out.append((lo, hi))
    return out


def list_categories(db: Database, assembly_id: int) -> list[CategoryInfo]:
    """The categories with their values, targets, quotas and how many respondents have each."""
    with db.read() as s:
        counts: dict[int, int] = {
            int(vid): int(n)
            for vid, n in s.execute(select(RespondentValue.value_id, func.count()).group_by(RespondentValue.value_id))
        }
        cats = s.scalars(select(Category).where(Category.assembly_id == assembly_id).order_by(Category.position)).all()
        return [
            CategoryInfo(
                c.id,
                c.name,
                c.position,
                tuple(
                    ValueInfo(
                        v.id,
                        v.name,
                        v.position,
                        v.population_share,
                        v.min_quota,
                        v.max_quota,
                        int(counts.get(v.id, 0)),
                        v.aliases,
                    )
                    for v in c.values
                ),
            )
            for c in cats
        ]


def apply_targets(db: Database, assembly_id: int, panel_size: int, tolerance: int = 0) -> list[CategoryInfo]:
    """Set every value's quota from its population target for ``panel_size`` members."""
    with db.session() as s:
        if s.get(Assembly, assembly_id) is None:
            raise NotFound("No assembly with id {id}.", id=assembly_id)
        cats = s.scalars(select(Category).where(Category.assembly_id == assembly_id)).all()
        if not any(v.population_share is not None for c in cats for v in c.values):
            raise ServiceError("No population targets yet: enter each value's share of the population first.")
        for c in cats:
            quotas = quotas_from_targets([v.population_share for v in c.values], panel_size, tolerance)
            for v, q in zip(c.values, quotas, strict=True):
                v.min_quota, v.max_quota = q if q is not None else (None, None)
        audit.record(s, assembly_id, "quotas", None, "from_targets", {"panel_size": panel_size, "tolerance": tolerance})
    return list_categories(db, assembly_id)


def _value(s: object, value_id: int) -> CategoryValue:
    from sqlalchemy.orm import Session

    assert isinstance(s, Session)
    return get_or_raise(s, CategoryValue, value_id, NotFound("No category value with id {id}.", id=value_id))


def set_quota(db: Database, value_id: int, min_quota: int | None, max_quota: int | None) -> ValueInfo:
    """Change one value's quota by hand (None = no bound)."""
    for q in (min_quota, max_quota):
        if q is not None and q < 0:
            raise ServiceError("A quota cannot be negative.")
    if min_quota is not None and max_quota is not None and min_quota > max_quota:
        raise ServiceError("The minimum {low} is above the maximum {high}.", low=min_quota, high=max_quota)
    with db.session() as s:
        v = _value(s, value_id)
        v.min_quota, v.max_quota = min_quota, max_quota
        cat = s.get(Category, v.category_id)
        assert cat is not None
        audit.record(
            s,
            cat.assembly_id,
            "quota",
            v.id,
            "set",
            {"value": f"{cat.name} = {v.name}", "min": min_quota, "max": max_quota},
        )
        return ValueInfo(v.id, v.name, v.position, v.population_share, v.min_quota, v.max_quota, 0, v.aliases)


def set_population_share(db: Database, value_id: int, share: float | None) -> None:
    """A value's share of the population (0–1), or None."""
    if share is not None and not 0 <= share <= 1:
        raise ServiceError("A population share is between 0 and 1 (e.g. 0.25 for 25 %).")
    with db.session() as s:
        v = _value(s, value_id)
        v.population_share = share
        cat = s.get(Category, v.category_id)
        assert cat is not None
        audit.record(s, cat.assembly_id, "target", v.id, "set", {"value": f"{cat.name} = {v.name}", "share": share})


def import_quotas(db: Database, assembly_id: int, path: str | Path) -> list[CategoryInfo]:
    """Read a ``feature,value,min,max`` file (optionally with ``population_share``):
    missing categories and values are created, quotas and targets set. All or nothing."""
    rows = read_quota_table(path)
    with db.session() as s:
        if s.get(Assembly, assembly_id) is None:
            raise NotFound("No assembly with id {id}.", id=assembly_id)
        cats = {c.name.casefold(): c for c in s.scalars(select(Category).where(Category.assembly_id == assembly_id))}
        for row in rows:
            cat = cats.get(row.category.casefold())
            if cat is None:
                cat = Category(assembly_id=assembly_id, name=row.category, position=len(cats))
                s.add(cat)
                s.flush()
                cats[row.category.casefold()] = cat
            value = next((v for v in cat.values if v.name.casefold() == row.value.casefold()), None)
            if value is None:
                value = CategoryValue(category_id=cat.id, name=row.value, position=len(cat.values))
                s.add(value)
                s.flush()
                s.refresh(cat)
            if row.min is not None or row.max is not None:
                value.min_quota, value.max_quota = row.min, row.max
            if row.population_share is not None:
                value.population_share = row.population_share
        audit.record(s, assembly_id, "quotas", None, "imported", {"file": Path(path).name, "rows": len(rows)})
    return list_categories(db, assembly_id)
