"""The lottery: draw the members from the pool by stratified lottery, on the record.

Steps (each a service call):

1. ``compute_lottery`` (read only, the long part, run in a worker): the fairest lottery
   over quota-satisfying panels (``leximin``, this project's solver in
   ``app.algorithms.leximin``; or the library's ``maximin``; or the ``legacy`` greedy
   method), rounded to a **transparent lottery** of 1,000 numbered panels (000–999),
   each equally likely, so the final pick can be a public draw of a 3-digit number.
   The list of panels depends only on the inputs, so it can be published before the
   number is drawn.
2. ``record_draw``: the number (typed in from dice or balls, or derived from the seed)
   picks the panel; the reserves are ranked by a seeded shuffle of the rest of the pool
   (with the household rule, without housemates of those drawn). Writes a ``Draw`` (with
   the inputs' hash, algorithm, versions, seed, number: everything needed to reproduce
   it), a ``DrawSelection`` per respondent (probability, role, rank) and the
   respondents' status (selected / reserve).
3. ``make_members``: the selected respondents become members (contract 3 of the areas:
   ``Member`` + values + contact copied, ``respondent_id``, ``draw_id``, numbers after the
   highest).

``reproduce_draw`` recomputes a recorded draw from its inputs and seed and says whether
the same panel and reserves come out.
"""

from __future__ import annotations

import hashlib
import json
import platform
import random
import secrets
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from importlib import metadata
from typing import Any

from sqlalchemy import func, select

from app.algorithms import leximin
from app.db import Database
from app.i18n import Message, joined
from app.models import (
    Assembly,
    Category,
    Draw,
    DrawSelection,
    Member,
    MemberContact,
    MemberValue,
    Respondent,
    RespondentContact,
    RespondentStatus,
)
from app.services import audit
from app.services.errors import NotFound, ServiceError

ALGORITHMS = ("leximin", "maximin", "library-maximin", "legacy")
# What each name runs, as the page and the draw record name it.
METHODS = {
    "leximin": "Tingsted LEXIMIN (profiles, HiGHS)",
    "maximin": "Tingsted maximin (profiles, HiGHS)",
    "library-maximin": "sortition-algorithms maximin (per person, HiGHS)",
    "legacy": "sortition-algorithms legacy greedy",
}


def method_of(algorithm: str, report: dict[str, Any] | None = None) -> str:
    """The name of what actually ran for a recorded ``algorithm``: draws recorded before the
    names were sorted out (no ``method`` in their report) ran the library's maximin under
    the name ``maximin``."""
    if report is not None and "method" not in report and algorithm == "maximin":
        return "library-maximin"
    return algorithm


TICKETS = 1000
LEGACY_REPEATS = 200

Progress = Callable[[float, str], None]


@dataclass(frozen=True)
class LotteryResult:
    """A computed lottery (nothing stored yet)."""

    assembly_id: int
    algorithm: str
    model: str
    panel_size: int
    household_rule: bool
    respondent_ids: list[int]  # eligible respondents, in the instance's order
    external_ids: list[str]
    probabilities: list[float]  # exact, per respondent
    ticket_probabilities: list[float]  # under the 1,000-panel transparent lottery
    tickets: list[list[int]]  # TICKETS panels of respondent indices (empty for legacy)
    inputs_hash: str
    quotas: dict[str, dict[str, list[int]]]
    seconds: float
    notes: list[str] = field(default_factory=list)

    @property
    def min_probability(self) -> float:
        return min(self.probabilities) if self.probabilities else 0.0

    @property
    def min_ticket_probability(self) -> float:
        return min(self.ticket_probabilities) if self.ticket_probabilities else 0.0


@dataclass(frozen=True)
class DrawInfo:
    id: int
    created_at: Any
    algorithm: str
    panel_size: int
    reserves: int
    seed: str
    inputs_hash: str
    min_probability: float | None
    transparent_number: int | None
    members_made: bool
    report: dict[str, Any]


@dataclass(frozen=True)
class Composition:
    category: str
    values: list[str]
    panel: list[int]
    pool: list[int]
    target: list[float | None]  # population share
    quota: list[tuple[int | None, int | None]]


@dataclass(frozen=True)
class LowChance:
    external_id: str
    profile: str
    probability: float


@dataclass(frozen=True)
class DrawSummary:
    draw: DrawInfo
    composition: list[Composition]
    min_probability: float
    max_probability: float
    mean_probability: float
    lowest: list[LowChance]
    selected: list[tuple[str, str]]  # external id, first name
    reserves: list[tuple[int, str, str]]  # rank, external id, first name


# ------------------------------------------------------------------------------ inputs


def versions() -> dict[str, str]:
    out = {"python": platform.python_version()}
    for dist in ("tingsted", "highspy", "sortition-algorithms", "numpy"):
        try:
            out[dist] = metadata.version(dist)
        except metadata.PackageNotFoundError:  # pragma: no cover
            out[dist] = "unknown"
    return out


def _load_instance(
    db: Database, assembly_id: int, panel_size: int, household_rule: bool, respondent_ids: list[int] | None = None
) -> tuple[leximin.Instance, list[int], list[str], dict[str, dict[str, list[int]]]]:
    """The selection problem from the database: eligible respondents are those not yet
    members (or exactly ``respondent_ids``, when reproducing)."""
    with db.read() as s:
        if s.get(Assembly, assembly_id) is None:
            raise NotFound("No assembly with id {id}.", id=assembly_id)
        cats = s.scalars(select(Category).where(Category.assembly_id == assembly_id).order_by(Category.position)).all()
        if not cats:
            raise ServiceError("There are no categories yet: import the pool or the quotas first.")
        categories = {c.name: [v.name for v in c.values] for c in cats}
        value_index = {v.id: (ci, vi) for ci, c in enumerate(cats) for vi, v in enumerate(c.values)}
        quotas: dict[tuple[str, str], tuple[int, int]] = {}
        quota_report: dict[str, dict[str, list[int]]] = {}
        for c in cats:
            for v in c.values:
                lo = v.min_quota if v.min_quota is not None else 0
                hi = v.max_quota if v.max_quota is not None else panel_size
                quotas[(c.name, v.name)] = (lo, hi)
                quota_report.setdefault(c.name, {})[v.name] = [lo, hi]
        q = select(Respondent).where(Respondent.assembly_id == assembly_id).order_by(Respondent.external_id)
        if respondent_ids is not None:
            q = q.where(Respondent.id.in_(respondent_ids))
        else:
            members = select(Member.respondent_id).where(Member.respondent_id.is_not(None))
            q = q.where(Respondent.id.not_in(members))
        people = s.scalars(q).all()
        rows: list[tuple[int, ...]] = []
        ids: list[int] = []
        ext: list[str] = []
        households: list[str | None] = []
        incomplete: list[str] = []
        for r in people:
            vals = [-1] * len(cats)
            for rv in r.values:
                ci, vi = value_index[rv.value_id]
                vals[ci] = vi
            if -1 in vals:
                incomplete.append(r.external_id)
                continue
            rows.append(tuple(vals))
            ids.append(r.id)
            ext.append(r.external_id)
            households.append(r.household)
        if incomplete:
            shown = ", ".join(incomplete[:5]) + (" …" if len(incomplete) > 5 else "")
            raise ServiceError(
                "{count} respondents lack a value in some category ({shown}).", count=len(incomplete), shown=shown
            )
    if not rows:
        raise ServiceError("The pool is empty: import the respondents first.")
    inst = leximin.Instance(categories, rows, quotas, panel_size, households, household_rule)
    return inst, ids, ext, quota_report


def inputs_hash(inst: leximin.Instance, external_ids: list[str], algorithm: str) -> str:
    """SHA-256 of everything the lottery depends on, in a canonical JSON form."""
    payload = {
        "categories": inst.categories,
        "quotas": sorted([c, v, lo, hi] for (c, v), (lo, hi) in inst.quotas.items()),
        "panel_size": inst.panel_size,
        "household_rule": inst.household_rule,
        "algorithm": algorithm,
        "respondents": [
            [e, list(r), (inst.households[i] if inst.households and inst.household_rule else None)]
            for i, (e, r) in enumerate(zip(external_ids, inst.respondents, strict=True))
        ],
    }
    text = json.dumps(payload, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


# ----------------------------------------------------------------------------- compute


def compute_for_instance(
    inst: leximin.Instance,
    external_ids: list[str],
    algorithm: str,
    progress: Progress | None = None,
    *,
    method: str | None = None,
) -> tuple[list[float], list[float], list[list[int]], str, list[str], str]:
    """(probabilities, ticket probabilities, tickets, model, notes, inputs hash) for an
    instance; raises ``leximin.QuotaInfeasible``. Pure (used by the CLI too). ``method``
    (default: ``algorithm``) is what runs, when a recorded name meant something else
    (see ``method_of``); the hash is always of the recorded name."""
    if algorithm not in ALGORITHMS:
        raise ServiceError(
            "Unknown algorithm {algorithm!r}: use {known}.", algorithm=algorithm, known=", ".join(ALGORITHMS)
        )
    digest = inputs_hash(inst, external_ids, algorithm)
    run = method or algorithm
    leximin.check_feasible(inst)
    ticket_rng = random.Random(f"tickets:{digest}")
    notes: list[str] = []
    if run in ("leximin", "maximin"):
        lot = leximin.solve(inst, objective=run, progress=progress)
        probabilities = lot.probabilities
        tickets = leximin.transparent_panels(lot, TICKETS, ticket_rng)
        model = lot.model
        notes += lot.notes
    elif run == "library-maximin":
        if progress:
            progress(0.0, "sortition-algorithms maximin")
        panels, weights = leximin.library_maximin(inst)
        probabilities = leximin.probabilities_of(panels, inst.pool_size, weights)
        counts = leximin.round_counts(weights, TICKETS)
        tickets = [list(p) for p, c in zip(panels, counts, strict=True) for _ in range(c)]
        model = "per person (sortition-algorithms)"
    else:
        probabilities = leximin.library_legacy(inst, LEGACY_REPEATS, seed=int(digest[:8], 16), progress=progress)
        tickets = []
        model = "per person (sortition-algorithms legacy)"
        notes.append(f"probabilities estimated from {LEGACY_REPEATS} repeated legacy draws")
    ticket_probs = leximin.probabilities_of(tickets, inst.pool_size) if tickets else list(probabilities)
    return probabilities, ticket_probs, tickets, model, notes, digest


def compute_lottery(
    db: Database,
    assembly_id: int,
    panel_size: int,
    *,
    algorithm: str = "leximin",
    household_rule: bool = False,
    progress: Progress | None = None,
) -> LotteryResult:
    """The lottery for the current pool and quotas (reads only). Raises ``ServiceError``
    with the conflicting quotas when no panel can meet them."""
    if panel_size < 1:
        raise ServiceError("The panel size must be at least 1.")
    inst, ids, ext, quota_report = _load_instance(db, assembly_id, panel_size, household_rule)
    started = time.perf_counter()
    try:
        probs, tprobs, tickets, model, notes, digest = compute_for_instance(inst, ext, algorithm, progress)
    except leximin.QuotaInfeasible as exc:
        raise ServiceError("The quotas cannot be met: {conflicts}", conflicts=joined(exc.conflicts)) from exc
    return LotteryResult(
        assembly_id,
        algorithm,
        model,
        panel_size,
        household_rule,
        ids,
        ext,
        probs,
        tprobs,
        tickets,
        digest,
        quota_report,
        time.perf_counter() - started,
        notes,
    )


def new_seed() -> str:
    """A fresh seed (a 9-digit number, easy to read out and write down)."""
    return str(secrets.randbelow(900_000_000) + 100_000_000)


def pick(
    inst: leximin.Instance,
    tickets: list[list[int]],
    seed: str,
    number: int | None,
    reserves: int,
    legacy: bool = False,
) -> tuple[int | None, list[int], list[int]]:
    """(ticket number, panel, ranked reserves) from a seed (and an optional public number)."""
    rng = random.Random(f"draw:{seed}")
    if legacy:
        panel = _legacy_panel(inst, seed)
        number = None
    else:
        if number is None:
            number = rng.randrange(len(tickets))
        if not 0 <= number < len(tickets):
            raise ServiceError("The number must be between 000 and {last}.", last=f"{len(tickets) - 1:03d}")
        panel = list(tickets[number])
    chosen = set(panel)
    blocked: set[str] = set()
    if inst.household_rule and inst.households:
        blocked = {h for i in panel if (h := inst.households[i])}
    rest = [
        i
        for i in range(inst.pool_size)
        if i not in chosen and not (inst.households and inst.household_rule and inst.households[i] in blocked)
    ]
    rrng = random.Random(f"reserves:{seed}:{number}")
    rrng.shuffle(rest)
    ranked: list[int] = []
    seen_households: set[str] = set()
    for i in rest:
        if len(ranked) >= reserves:
            break
        h = inst.households[i] if inst.households and inst.household_rule else None
        if h:
            if h in seen_households:
                continue
            seen_households.add(h)
        ranked.append(i)
    return number, sorted(panel), ranked


def _legacy_panel(inst: leximin.Instance, seed: str) -> list[int]:
    from sortition_algorithms import errors as sa_errors
    from sortition_algorithms.committee_generation.legacy import find_random_sample_legacy_single_attempt
    from sortition_algorithms.utils import set_random_provider

    features, people, cols = leximin.library_inputs(inst)
    base = int(hashlib.sha256(seed.encode()).hexdigest()[:8], 16) or 1
    try:
        for attempt in range(100):
            set_random_provider(base + attempt)
            try:
                committees, _ = find_random_sample_legacy_single_attempt(people, features, inst.panel_size, cols)  # type: ignore[arg-type]
            except (sa_errors.SelectionError, AssertionError):
                continue
            panel = [int(k) for k in committees[0]]
            if leximin.panel_meets_quotas(inst, panel):
                return panel
    finally:
        set_random_provider(None)
    raise ServiceError("The legacy method found no panel meeting the quotas in 100 attempts.")


# ------------------------------------------------------------------------------ record


def _draw_info(d: Draw, members_made: bool) -> DrawInfo:
    return DrawInfo(
        d.id,
        d.created_at,
        d.algorithm,
        d.panel_size,
        d.reserves,
        d.seed,
        d.inputs_hash,
        d.min_probability,
        d.transparent_number,
        members_made,
        dict(d.report or {}),
    )


def record_draw(
    db: Database, lottery: LotteryResult, *, reserves: int = 0, seed: str | None = None, number: int | None = None
) -> DrawInfo:
    """Pick the panel and reserves from ``lottery`` and store the draw (one transaction).

    Refused when members were already made from a draw; an earlier draw that made no
    members yet is superseded (its respondents go back to the pool; it stays on record).
    """
    if reserves < 0:
        raise ServiceError("The number of reserves cannot be negative.")
    seed = (seed or new_seed()).strip()
    if not seed or len(seed) > 100:
        raise ServiceError("The seed must be 1–100 characters.")
    inst, ids, ext, _q = _load_instance(
        db, lottery.assembly_id, lottery.panel_size, lottery.household_rule, lottery.respondent_ids
    )
    if inputs_hash(inst, ext, lottery.algorithm) != lottery.inputs_hash:
        raise ServiceError("The pool or the quotas changed since the lottery was computed; compute it again.")
    if reserves > inst.pool_size - inst.panel_size:
        raise ServiceError(
            "Only {count} respondents are left for the reserve list.", count=inst.pool_size - inst.panel_size
        )
    number, panel, ranked = pick(inst, lottery.tickets, seed, number, reserves, legacy=lottery.algorithm == "legacy")
    with db.session() as s:
        made = s.scalar(
            select(func.count(Member.id)).where(Member.assembly_id == lottery.assembly_id, Member.draw_id.is_not(None))
        )
        if made:
            raise ServiceError("Members were already made from a draw; a new draw is not possible.")
        superseded = []
        for old in s.scalars(select(Draw).where(Draw.assembly_id == lottery.assembly_id)):
            if not old.report.get("superseded_by"):
                superseded.append(old)
        for r in s.scalars(select(Respondent).where(Respondent.assembly_id == lottery.assembly_id)):
            r.status = RespondentStatus.POOL
        counts: dict[str, dict[str, int]] = {c: dict.fromkeys(vals, 0) for c, vals in inst.categories.items()}
        cats = list(inst.categories)
        for i in panel:
            for c, cat in enumerate(cats):
                counts[cat][inst.categories[cat][inst.respondents[i][c]]] += 1
        report = {
            "algorithm": lottery.algorithm,
            "method": METHODS[lottery.algorithm],
            "model": lottery.model,
            # the model note again as its template and parameters, so the page can show it translated
            "model_message": (
                {"template": lottery.model.template, "params": lottery.model.params}
                if isinstance(lottery.model, Message)
                else None
            ),
            "household_rule": lottery.household_rule,
            "seed": seed,
            "number": number,
            "tickets": len(lottery.tickets),
            "inputs_hash": lottery.inputs_hash,
            "quotas": lottery.quotas,
            "achieved": counts,
            "min_probability": lottery.min_probability,
            "min_ticket_probability": lottery.min_ticket_probability,
            "seconds": round(lottery.seconds, 3),
            "versions": versions(),
            "pool": len(ids),
            "notes": lottery.notes,
            "how_to_reproduce": (
                "Recompute the lottery from the same pool and quotas (same inputs hash); the 1,000 panels depend "
                "only on the inputs; the number (or, without one, the seed) picks the panel; the reserves are a "
                "shuffle seeded by the seed and the number."
            ),
        }
        d = Draw(
            assembly_id=lottery.assembly_id,
            algorithm=lottery.algorithm,
            panel_size=lottery.panel_size,
            reserves=reserves,
            seed=seed,
            inputs_hash=lottery.inputs_hash,
            min_probability=lottery.min_probability,
            transparent_number=number,
            report=report,
        )
        s.add(d)
        s.flush()
        for old in superseded:
            old.report = {**(old.report or {}), "superseded_by": d.id}
        rank_of = {i: r for r, i in enumerate(ranked, start=1)}
        chosen = set(panel)
        status_of: dict[int, str] = {}
        for i, rid in enumerate(ids):
            role = "member" if i in chosen else "reserve" if i in rank_of else None
            s.add(
                DrawSelection(
                    draw_id=d.id,
                    respondent_id=rid,
                    probability=float(lottery.probabilities[i]),
                    role=role,
                    rank=rank_of.get(i),
                )
            )
            if role:
                status_of[rid] = RespondentStatus.SELECTED if role == "member" else RespondentStatus.RESERVE
        for r in s.scalars(select(Respondent).where(Respondent.id.in_(list(status_of)))):
            r.status = status_of[r.id]
        audit.record(
            s,
            lottery.assembly_id,
            "draw",
            d.id,
            "drawn",
            {
                "algorithm": lottery.algorithm,
                "seed": seed,
                "number": number,
                "panel_size": lottery.panel_size,
                "reserves": reserves,
                "inputs_hash": lottery.inputs_hash,
                "superseded": [o.id for o in superseded],
            },
        )
        return _draw_info(d, False)


def draw(
    db: Database,
    assembly_id: int,
    panel_size: int,
    *,
    reserves: int = 0,
    seed: str | None = None,
    number: int | None = None,
    algorithm: str = "leximin",
    household_rule: bool = False,
    progress: Progress | None = None,
) -> DrawInfo:
    """Compute the lottery and record the draw in one go."""
    lottery = compute_lottery(
        db, assembly_id, panel_size, algorithm=algorithm, household_rule=household_rule, progress=progress
    )
    return record_draw(db, lottery, reserves=reserves, seed=seed, number=number)


def make_members(db: Database, draw_id: int) -> int:
    """The draw's selected respondents become members (contract 3); returns how many."""
    with db.session() as s:
        d = s.get(Draw, draw_id)
        if d is None:
            raise NotFound("No draw with id {id}.", id=draw_id)
        if d.report.get("superseded_by"):
            raise ServiceError("This draw was superseded by a later one.")
        if s.scalar(select(func.count(Member.id)).where(Member.draw_id == draw_id)):
            raise ServiceError("Members were already made from this draw.")
        number = s.scalar(select(func.max(Member.number)).where(Member.assembly_id == d.assembly_id)) or 0
        chosen = s.scalars(
            select(DrawSelection).where(DrawSelection.draw_id == draw_id, DrawSelection.role == "member")
        ).all()
        respondents = {
            r.id: r for r in s.scalars(select(Respondent).where(Respondent.id.in_([c.respondent_id for c in chosen])))
        }
        made = 0
        for sel in sorted(chosen, key=lambda c: respondents[c.respondent_id].external_id):
            r = respondents[sel.respondent_id]
            number += 1
            m = Member(assembly_id=d.assembly_id, number=number, respondent_id=r.id, draw_id=d.id)
            m.values = [MemberValue(category_id=v.category_id, value_id=v.value_id) for v in r.values]
            contact: RespondentContact | None = r.contact
            if contact is not None:
                m.contact = MemberContact(
                    first_name=contact.first_name,
                    last_name=contact.last_name,
                    email=contact.email,
                    phone=contact.phone,
                    address=contact.address,
                    postcode=contact.postcode,
                )
            s.add(m)
            r.status = RespondentStatus.SELECTED
            made += 1
        audit.record(s, d.assembly_id, "draw", d.id, "members_made", {"members": made})
        return made


# ------------------------------------------------------------------------------- reading


def list_draws(db: Database, assembly_id: int) -> list[DrawInfo]:
    with db.read() as s:
        draws = s.scalars(select(Draw).where(Draw.assembly_id == assembly_id).order_by(Draw.id)).all()
        made = set(
            s.scalars(select(Member.draw_id).where(Member.assembly_id == assembly_id, Member.draw_id.is_not(None)))
        )
        return [_draw_info(d, d.id in made) for d in draws]


def latest_draw(db: Database, assembly_id: int) -> DrawInfo | None:
    draws = list_draws(db, assembly_id)
    return draws[-1] if draws else None


def draw_summary(db: Database, draw_id: int, lowest: int = 8) -> DrawSummary:
    """The drawn panel against the pool and the targets, and the probabilities."""
    with db.read() as s:
        d = s.get(Draw, draw_id)
        if d is None:
            raise NotFound("No draw with id {id}.", id=draw_id)
        made = bool(s.scalar(select(func.count(Member.id)).where(Member.draw_id == draw_id)))
        info = _draw_info(d, made)
        sels = s.scalars(select(DrawSelection).where(DrawSelection.draw_id == draw_id)).all()
        resp = {r.id: r for r in s.scalars(select(Respondent).where(Respondent.assembly_id == d.assembly_id))}
        cats = s.scalars(
            select(Category).where(Category.assembly_id == d.assembly_id).order_by(Category.position)
        ).all()
        value_name = {v.id: (c.name, v.name) for c in cats for v in c.values}
        comp: list[Composition] = []
        profile: dict[int, str] = {}
        for r in resp.values():
            names = {value_name[v.value_id][0]: value_name[v.value_id][1] for v in r.values if v.value_id in value_name}
            profile[r.id] = ", ".join(names.get(c.name, "?") for c in cats)
        for c in cats:
            idx = {v.id: j for j, v in enumerate(c.values)}
            panel = [0] * len(c.values)
            pool = [0] * len(c.values)
            for sel in sels:
                who = resp.get(sel.respondent_id)
                if who is None:
                    continue
                for v in who.values:
                    if v.value_id in idx:
                        pool[idx[v.value_id]] += 1
                        if sel.role == "member":
                            panel[idx[v.value_id]] += 1
            comp.append(
                Composition(
                    c.name,
                    [v.name for v in c.values],
                    panel,
                    pool,
                    [v.population_share for v in c.values],
                    [(v.min_quota, v.max_quota) for v in c.values],
                )
            )
        probs = [sel.probability for sel in sels]
        low = sorted(sels, key=lambda x: (x.probability, resp[x.respondent_id].external_id))[:lowest]

        def first(rid: int) -> str:
            c = resp[rid].contact
            return c.first_name if c is not None else ""

        selected = sorted(
            (resp[x.respondent_id].external_id, first(x.respondent_id)) for x in sels if x.role == "member"
        )
        reserves = sorted(
            (x.rank or 0, resp[x.respondent_id].external_id, first(x.respondent_id))
            for x in sels
            if x.role == "reserve"
        )
        return DrawSummary(
            info,
            comp,
            min(probs) if probs else 0.0,
            max(probs) if probs else 0.0,
            sum(probs) / len(probs) if probs else 0.0,
            [
                LowChance(resp[x.respondent_id].external_id, profile.get(x.respondent_id, ""), x.probability)
                for x in low
            ],
            selected,
            reserves,
        )


def can_reproduce(draw: DrawInfo) -> bool:
    """Whether ``reproduce_draw`` can recompute this draw (made by this lottery, with its
    quotas recorded)."""
    return draw.algorithm in ALGORITHMS and draw.report.get("quotas") is not None


def new_draw_blocked(db: Database, assembly_id: int) -> bool:
    """Whether members were already made from a draw, so ``record_draw`` would refuse a
    new one (ask before computing a lottery for nothing)."""
    with db.read() as s:
        made = s.scalar(
            select(func.count(Member.id)).where(Member.assembly_id == assembly_id, Member.draw_id.is_not(None))
        )
    return bool(made)


@dataclass(frozen=True)
class Reproduction:
    same_inputs: bool
    same_panel: bool
    same_reserves: bool
    message: str
    recomputable: bool = True  # False: the draw was not made by this lottery (nothing was recomputed)


def reproduce_draw(db: Database, draw_id: int, progress: Progress | None = None) -> Reproduction:
    """Recompute a recorded draw from its respondents, quotas and seed (reads only)."""
    with db.read() as s:
        d = s.get(Draw, draw_id)
        if d is None:
            raise NotFound("No draw with id {id}.", id=draw_id)
        sels = s.scalars(select(DrawSelection).where(DrawSelection.draw_id == draw_id)).all()
        rids = [x.respondent_id for x in sels]
        members = sorted(x.respondent_id for x in sels if x.role == "member")
        reserves = [
            x.respondent_id for x in sorted((x for x in sels if x.role == "reserve"), key=lambda x: x.rank or 0)
        ]
        assembly_id, algorithm, size, seed, number = (
            d.assembly_id,
            d.algorithm,
            d.panel_size,
            d.seed,
            d.transparent_number,
        )
        household_rule = bool((d.report or {}).get("household_rule", False))
        run = method_of(d.algorithm, d.report or {})
        quotas = (d.report or {}).get("quotas")
        recorded_hash = d.inputs_hash
    if algorithm not in ALGORITHMS or quotas is None:
        return Reproduction(
            False, False, False, "This draw was not made by Tingsted's lottery; it cannot be recomputed.", False
        )
    inst, ids, ext, _q = _load_instance(db, assembly_id, size, household_rule, rids)
    # use the quotas as recorded (they may have been edited since)
    inst = leximin.Instance(
        inst.categories,
        inst.respondents,
        {(c, v): (int(b[0]), int(b[1])) for c, vals in quotas.items() for v, b in vals.items()},
        size,
        inst.households,
        household_rule,
    )
    digest = inputs_hash(inst, ext, algorithm)
    if digest != recorded_hash:
        return Reproduction(False, False, False, "The pool's data changed since the draw (the inputs hash differs).")
    probs, _tp, tickets, _m, _n, _h = compute_for_instance(inst, ext, algorithm, progress, method=run)
    _num, panel, ranked = pick(inst, tickets, seed, number, len(reserves), legacy=algorithm == "legacy")
    same_panel = sorted(ids[i] for i in panel) == members
    same_reserves = [ids[i] for i in ranked] == reserves
    if same_panel and same_reserves:
        msg = "Reproduced: the same panel and the same reserves came out."
    else:
        msg = "Not reproduced: " + ("the panel differs" if not same_panel else "the reserves differ") + "."
    return Reproduction(True, same_panel, same_reserves, msg)


def legacy_estimate(
    db: Database,
    assembly_id: int,
    panel_size: int,
    *,
    household_rule: bool = False,
    draws: int = LEGACY_REPEATS,
    progress: Progress | None = None,
) -> list[float]:
    """Selection frequencies of the eligible respondents under the legacy greedy method."""
    inst, _ids, ext, _q = _load_instance(db, assembly_id, panel_size, household_rule)
    seed = int(inputs_hash(inst, ext, "legacy")[:8], 16)
    return leximin.library_legacy(inst, draws, seed, progress)
