"""Tables: the small groups, their rounds and who sits where (contract 4).

The optimiser itself works on plain arrays in ``app.algorithms.seating``; this
module reads the assembly into such a problem, runs it and stores the plan. Reading
happens in one read session and writing in one transaction, so a long optimisation
never holds the database.

"The member's table today" is the seating in the round(s) of that day (``Round.day_id``),
lowest round number first. Table hosts are staff (``AssemblyTable.host_name``), not members.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from app.algorithms.seating import (
    InfeasibleProblem,
    OptimisationCancelled,
    SeatingProblem,
    SeatingQuality,
    evaluate,
    optimise,
)
from app.db import Database
from app.i18n import N_, Message
from app.models import (
    Assembly,
    AssemblyTable,
    Attendance,
    AttendanceStatus,
    Category,
    CategoryValue,
    ConstraintKind,
    MeetingDay,
    Member,
    MemberStatus,
    MemberValue,
    Round,
    Seating,
    SeatingConstraint,
    SeatingConstraintMember,
)
from app.services import audit
from app.services.errors import NotFound, ServiceError
from app.services.seating_repair import fewest_moves

HERE = (AttendanceStatus.PRESENT, AttendanceStatus.LATE)
MAX_TABLES = 60
MAX_ROUNDS = 30
NAME_MAX = 100  # AssemblyTable.name
HOST_MAX = 200  # AssemblyTable.host_name
LABEL_MAX = 200  # SeatingConstraint.label
TOGETHER = ConstraintKind.TOGETHER  # the kinds of seating rule, for callers outside app/
APART = ConstraintKind.APART


# ------------------------------------------------------------------ what is read


@dataclass(frozen=True)
class TableInfo:
    id: int
    number: int
    name: str
    host_name: str
    room: str


@dataclass(frozen=True)
class RoundInfo:
    id: int
    number: int
    day_id: int | None
    day_number: int | None
    date: dt.date | None
    title: str


@dataclass(frozen=True)
class CategoryInfo:
    id: int
    name: str
    values: tuple[str, ...]
    diversify: bool


@dataclass(frozen=True)
class MemberCard:
    id: int
    number: int
    first_name: str
    last_name: str
    values: dict[str, str]  # category name -> value name
    needs: str = ""

    @property
    def display_name(self) -> str:
        name = f"{self.first_name} {self.last_name}".strip()
        return name or f"#{self.number}"


@dataclass(frozen=True)
class ConstraintInfo:
    id: int
    kind: str
    label: str
    member_ids: tuple[int, ...]


@dataclass(frozen=True)
class Board:
    """Everything the board, the lists and the projector need, read at once."""

    assembly_name: str
    language: str
    tables: list[TableInfo]
    rounds: list[RoundInfo]
    members: list[MemberCard]  # active members, by number
    categories: list[CategoryInfo]
    seating: dict[int, dict[int, int]]  # round id -> member id -> table id
    pinned: frozenset[tuple[int, int]]  # (round id, member id)
    constraints: list[ConstraintInfo] = field(default_factory=list)

    def table(self, table_id: int) -> TableInfo:
        return next(t for t in self.tables if t.id == table_id)

    def member(self, member_id: int) -> MemberCard:
        return next(m for m in self.members if m.id == member_id)

    def members_at(self, round_id: int, table_id: int) -> list[MemberCard]:
        seats = self.seating.get(round_id, {})
        return [m for m in self.members if seats.get(m.id) == table_id]


@dataclass(frozen=True)
class PlanReport:
    rounds: int
    tables: int
    members: int
    quality: SeatingQuality
    seconds: float
    iterations: int
    construction: str
    stopped_by: str


@dataclass(frozen=True)
class RebalanceReport:
    rounds: list[int]  # round numbers re-planned
    present: int
    moved: int  # present members whose table changed in the day's rounds
    unseated: int  # absent members taken off the day's rounds
    quality: SeatingQuality
    moved_later: int = 0  # seats changed in the later rounds


def _names(s: Session, member_ids: Iterable[int]) -> dict[int, tuple[str, str, str]]:
    from app.models import MemberContact

    ids = list(member_ids)
    out: dict[int, tuple[str, str, str]] = {}
    if not ids:
        return out
    for c in s.scalars(select(MemberContact).where(MemberContact.member_id.in_(ids))):
        out[c.member_id] = (c.first_name, c.last_name, c.needs)
    return out


def _read_board(s: Session, assembly_id: int) -> Board:
    a = s.get(Assembly, assembly_id)
    if a is None:
        raise NotFound("No assembly with id {id}.", id=assembly_id)
    tables = [
        TableInfo(t.id, t.number, t.name, t.host_name, t.room)
        for t in s.scalars(
            select(AssemblyTable).where(AssemblyTable.assembly_id == assembly_id).order_by(AssemblyTable.number)
        )
    ]
    days = {d.id: d for d in s.scalars(select(MeetingDay).where(MeetingDay.assembly_id == assembly_id))}
    rounds = []
    for r in s.scalars(select(Round).where(Round.assembly_id == assembly_id).order_by(Round.number)):
        day = days.get(r.day_id) if r.day_id is not None else None
        rounds.append(
            RoundInfo(r.id, r.number, r.day_id, day.number if day else None, day.date if day else None, r.title)
        )
    cats = list(s.scalars(select(Category).where(Category.assembly_id == assembly_id).order_by(Category.position)))
    cat_infos = [CategoryInfo(c.id, c.name, tuple(v.name for v in c.values), c.diversify_tables) for c in cats]
    cat_name = {c.id: c.name for c in cats}
    value_name = {
        v.id: v.name
        for v in s.scalars(select(CategoryValue).where(CategoryValue.category_id.in_([c.id for c in cats])))
    }
    members = list(
        s.scalars(
            select(Member)
            .where(Member.assembly_id == assembly_id, Member.status == MemberStatus.ACTIVE)
            .order_by(Member.number)
        )
    )
    ids = [m.id for m in members]
    values: dict[int, dict[str, str]] = {i: {} for i in ids}
    if ids:
        for mv in s.scalars(select(MemberValue).where(MemberValue.member_id.in_(ids))):
            if mv.category_id in cat_name:
                values[mv.member_id][cat_name[mv.category_id]] = value_name.get(mv.value_id, "")
    names = _names(s, ids)
    cards = []
    for m in members:
        first, last, needs = ("", "", "") if m.forgotten else names.get(m.id, ("", "", ""))
        cards.append(MemberCard(m.id, m.number, first, last, values[m.id], needs))
    round_ids = [r.id for r in rounds]
    seating: dict[int, dict[int, int]] = {r: {} for r in round_ids}
    pinned: set[tuple[int, int]] = set()
    active = set(ids)
    if round_ids:
        for st in s.scalars(select(Seating).where(Seating.round_id.in_(round_ids))):
            if st.member_id in active:
                seating[st.round_id][st.member_id] = st.table_id
                if st.pinned:
                    pinned.add((st.round_id, st.member_id))
    constraints = [
        ConstraintInfo(c.id, c.kind, c.label, tuple(sorted(cm.member_id for cm in c.members)))
        for c in s.scalars(
            select(SeatingConstraint).where(SeatingConstraint.assembly_id == assembly_id).order_by(SeatingConstraint.id)
        )
    ]
    return Board(a.name, a.language, tables, rounds, cards, cat_infos, seating, frozenset(pinned), constraints)


def board(db: Database, assembly_id: int) -> Board:
    with db.read() as s:
        return _read_board(s, assembly_id)


# ------------------------------------------------------- from a board to a problem


@dataclass
class _Mapping:
    members: list[MemberCard]
    tables: list[TableInfo]
    rounds: list[RoundInfo]
    index: dict[int, int]  # member id -> index
    table_index: dict[int, int]  # table id -> index


def problem_from_board(
    b: Board,
    *,
    rounds: list[RoundInfo] | None = None,
    diversify: Iterable[str] | None = None,
) -> tuple[SeatingProblem, _Mapping]:
    """The optimiser's problem for ``rounds`` of a board (pins and constraints included)."""
    rounds = list(b.rounds if rounds is None else rounds)
    names = set(diversify) if diversify is not None else {c.name for c in b.categories if c.diversify}
    cats = [c for c in b.categories if c.name in names]
    members = list(b.members)
    index = {m.id: i for i, m in enumerate(members)}
    table_index = {t.id: k for k, t in enumerate(b.tables)}
    values = [
        [(c.values.index(m.values[c.name]) if m.values.get(c.name) in c.values else -1) for c in cats] for m in members
    ]
    problem = SeatingProblem(len(members), len(b.tables), len(rounds), values=values)
    for r_pos, r in enumerate(rounds):
        for member_id, table_id in b.seating.get(r.id, {}).items():
            if (r.id, member_id) in b.pinned and member_id in index and table_id in table_index:
                problem.pinned[(r_pos, index[member_id])] = table_index[table_id]
    for c in b.constraints:
        ids = [index[m] for m in c.member_ids if m in index]
        if len(ids) < 2:
            continue
        if c.kind == ConstraintKind.TOGETHER:
            problem.together.append(ids)
        else:
            problem.apart.extend((ids[i], ids[j]) for i in range(len(ids)) for j in range(i + 1, len(ids)))
    return problem, _Mapping(members, list(b.tables), rounds, index, table_index)


def plan_of_board(b: Board, mapping: _Mapping) -> list[list[int]]:
    plan = []
    for r in mapping.rounds:
        seats = b.seating.get(r.id, {})
        row = [-1] * len(mapping.members)
        for member_id, table_id in seats.items():
            if member_id in mapping.index and table_id in mapping.table_index:
                row[mapping.index[member_id]] = mapping.table_index[table_id]
        plan.append(row)
    return plan


def quality(b: Board, diversify: Iterable[str] | None = None) -> SeatingQuality:
    """The figures of the stored seating over all rounds."""
    problem, mapping = problem_from_board(b, diversify=diversify)
    return evaluate(problem, plan_of_board(b, mapping))


def _table_name(t: TableInfo) -> str:
    """ "Table 3", or "Table 3 · Birken": the number is what the room, the place cards and
    the projector go by, so a named table keeps it."""
    if t.name:
        return Message("Table {number} · {name}", number=t.number, name=t.name)
    return Message("Table {number}", number=t.number)


def warnings(b: Board, round_id: int) -> list[str]:
    """The rules a round's seating breaks, in words (the board shows them after a move).

    Each is a ``Message``: its English text, or ``localised(lang)`` for the screen."""
    out: list[str] = []
    seats = b.seating.get(round_id, {})
    if not seats or not b.tables:
        return out
    sizes = {t.id: 0 for t in b.tables}
    for table_id in seats.values():
        if table_id in sizes:
            sizes[table_id] += 1
    # tables nobody sits at in this round are not in use (fewer tables were planned)
    in_use = [t for t in b.tables if sizes[t.id]]
    if max(sizes[t.id] for t in in_use) - min(sizes[t.id] for t in in_use) > 1:
        big = max(in_use, key=lambda t: sizes[t.id])
        small = min(in_use, key=lambda t: sizes[t.id])
        out.append(
            Message(
                "Table sizes differ by more than one: {big} has {big_size}, {small} has {small_size}.",
                big=_table_name(big),
                big_size=sizes[big.id],
                small=_table_name(small),
                small_size=sizes[small.id],
            )
        )
    seated = [m for m in b.members if m.id in seats]
    n = len(seated)
    for c in b.categories:
        if not c.diversify:
            continue
        for v in c.values:
            share = sum(1 for m in seated if m.values.get(c.name) == v) / n if n else 0
            for t in in_use:
                count = sum(1 for m in seated if seats[m.id] == t.id and m.values.get(c.name) == v)
                target = sizes[t.id] * share
                if abs(count - target) > 1 + 1e-9:
                    template = (
                        N_("{table}: too many “{value}” ({category}): {count}, proportional is {target:.1f}.")
                        if count > target
                        else N_("{table}: too few “{value}” ({category}): {count}, proportional is {target:.1f}.")
                    )
                    out.append(
                        Message(
                            template, table=_table_name(t), value=v, category=c.name, count=count, target=float(target)
                        )
                    )
    for con in b.constraints:
        at = [seats[m] for m in con.member_ids if m in seats]
        together = con.kind == ConstraintKind.TOGETHER
        label = con.label or (Message("kept together") if together else Message("kept apart"))
        if together and len(set(at)) > 1:
            out.append(Message("Members to be kept together are split: {rule}.", rule=label))
        if not together and len(set(at)) < len(at):
            out.append(Message("Members to be kept apart sit at one table: {rule}.", rule=label))
    return out


def broken_rules(b: Board) -> dict[int, list[int]]:
    """Seating rule id -> the numbers of the rounds whose stored seating breaks it
    (members not seated in a round, e.g. absent, do not count)."""
    out: dict[int, list[int]] = {}
    for con in b.constraints:
        for r in b.rounds:
            seats = b.seating.get(r.id, {})
            at = [seats[m] for m in con.member_ids if m in seats]
            split = con.kind == ConstraintKind.TOGETHER and len(set(at)) > 1
            shared = con.kind == ConstraintKind.APART and len(set(at)) < len(at)
            if split or shared:
                out.setdefault(con.id, []).append(r.number)
    return out


# ------------------------------------------------------------------ tables, rounds


def _assembly(s: Session, assembly_id: int) -> Assembly:
    a = s.get(Assembly, assembly_id)
    if a is None:
        raise NotFound("No assembly with id {id}.", id=assembly_id)
    return a


def _ensure_tables(s: Session, assembly_id: int, count: int) -> list[AssemblyTable]:
    if not 1 <= count <= MAX_TABLES:
        raise ServiceError("The number of tables must be between 1 and {most}.", most=MAX_TABLES)
    tables = list(
        s.scalars(select(AssemblyTable).where(AssemblyTable.assembly_id == assembly_id).order_by(AssemblyTable.number))
    )
    numbers = {t.number for t in tables}
    number = 1
    while len(tables) < count:
        while number in numbers:
            number += 1
        t = AssemblyTable(assembly_id=assembly_id, number=number)
        s.add(t)
        tables.append(t)
        numbers.add(number)
    s.flush()
    return sorted(tables, key=lambda t: t.number)[:count]


def _ensure_rounds(s: Session, assembly_id: int, count: int) -> list[Round]:
    if not 1 <= count <= MAX_ROUNDS:
        raise ServiceError("The number of rounds must be between 1 and {most}.", most=MAX_ROUNDS)
    rounds = list(s.scalars(select(Round).where(Round.assembly_id == assembly_id).order_by(Round.number)))
    days = list(s.scalars(select(MeetingDay).where(MeetingDay.assembly_id == assembly_id).order_by(MeetingDay.date)))
    numbers = {r.number for r in rounds}
    while len(rounds) < count:
        number = max(numbers, default=0) + 1
        # spread new rounds over the days in order (round k of R on day ⌊k·D/R⌋)
        day = days[min(len(days) - 1, (number - 1) * len(days) // count)] if days else None
        r = Round(assembly_id=assembly_id, number=number, day_id=day.id if day else None, title="")
        s.add(r)
        rounds.append(r)
        numbers.add(number)
    s.flush()
    return sorted(rounds, key=lambda r: r.number)[:count]


def set_host(db: Database, table_id: int, host_name: str, *, name: str | None = None) -> TableInfo:
    """Set a table's host (a name: hosts are staff, not members) and, when given, its name.

    Spaces are tidied; an empty name means "Table <number>". Two tables of an assembly
    cannot share a name (the lists and the projector tell tables apart by it).
    """
    host = " ".join(host_name.split())
    if len(host) > HOST_MAX:
        raise ServiceError("A host's name can be at most {most} characters long.", most=HOST_MAX)
    new_name = None if name is None else " ".join(name.split())
    if new_name is not None and len(new_name) > NAME_MAX:
        raise ServiceError("A table's name can be at most {most} characters long.", most=NAME_MAX)
    with db.session() as s:
        t = s.get(AssemblyTable, table_id)
        if t is None:
            raise NotFound("No table with id {id}.", id=table_id)
        if new_name:
            clash = s.scalar(
                select(AssemblyTable.number).where(
                    AssemblyTable.assembly_id == t.assembly_id,
                    AssemblyTable.name == new_name,
                    AssemblyTable.id != t.id,
                )
            )
            if clash is not None:
                raise ServiceError("Table {number} is already called “{name}”.", number=clash, name=new_name)
        before = {"host_name": t.host_name, "name": t.name}
        t.host_name = host
        if new_name is not None:
            t.name = new_name
        audit.record(
            s, t.assembly_id, "table", t.id, "host", {"host_name": t.host_name, "name": t.name, "before": before}
        )
        return TableInfo(t.id, t.number, t.name, t.host_name, t.room)


# ------------------------------------------------------------------ planning


Progress = Callable[[float, float, str], None]


def plan_seating(
    db: Database,
    assembly_id: int,
    *,
    tables: int | None = None,
    rounds: int | None = None,
    seed: int = 0,
    time_limit: float = 30.0,
    diversify: Iterable[str] | None = None,
    progress: Progress | None = None,
    should_stop: Callable[[], bool] | None = None,
    max_iterations: int | None = None,
) -> PlanReport:
    """Plan every round anew for the active members (pinned seats stay) and store it.

    ``tables``/``rounds``: how many to use (created when missing; None = those there
    are). Runs the optimisation outside any transaction, then writes in one.
    """
    if tables is not None or rounds is not None:
        with db.session() as s:
            _assembly(s, assembly_id)
            if tables is not None:
                _ensure_tables(s, assembly_id, tables)
            if rounds is not None:
                _ensure_rounds(s, assembly_id, rounds)
    b = board(db, assembly_id)
    use_tables = b.tables[:tables] if tables is not None else b.tables
    use_rounds = b.rounds[:rounds] if rounds is not None else b.rounds
    if not use_tables:
        raise ServiceError("There are no tables yet: say how many tables to plan for.")
    if not use_rounds:
        raise ServiceError("There are no rounds yet: say how many rounds to plan.")
    if not b.members:
        raise ServiceError("There are no active members to seat.")
    sub = Board(
        b.assembly_name, b.language, use_tables, use_rounds, b.members, b.categories, b.seating, b.pinned, b.constraints
    )
    names = list(diversify) if diversify is not None else None
    if names is not None:
        unknown = [n for n in names if n not in {c.name for c in b.categories}]
        if unknown:
            raise ServiceError("No category named {names}.", names=", ".join(unknown))
    problem, mapping = problem_from_board(sub, diversify=names)
    try:
        result = optimise(
            problem,
            seed=seed,
            time_limit=time_limit,
            progress=progress,
            should_stop=should_stop,
            max_iterations=max_iterations,
        )
    except InfeasibleProblem as exc:
        raise ServiceError("The seating rules cannot all hold: {reason}.", reason=str(exc)) from exc
    _store(db, assembly_id, mapping, result.plan, "planned", {"seed": seed, "repeats": result.quality.repeats})
    return PlanReport(
        len(use_rounds),
        len(use_tables),
        len(b.members),
        result.quality,
        result.seconds,
        result.iterations,
        result.construction,
        result.stopped_by,
    )


def _store(
    db: Database,
    assembly_id: int,
    mapping: _Mapping,
    plan: list[list[int]],
    action: str,
    detail: dict[str, object],
    *,
    pinned_keep: frozenset[tuple[int, int]] | None = None,
) -> None:
    with db.session() as s:
        round_ids = [r.id for r in mapping.rounds]
        pinned = {
            (st.round_id, st.member_id)
            for st in s.scalars(select(Seating).where(Seating.round_id.in_(round_ids), Seating.pinned.is_(True)))
        }
        s.execute(delete(Seating).where(Seating.round_id.in_(round_ids)))
        for r_pos, r in enumerate(mapping.rounds):
            for i, t in enumerate(plan[r_pos]):
                if t < 0:
                    continue
                member_id = mapping.members[i].id
                s.add(
                    Seating(
                        round_id=r.id,
                        member_id=member_id,
                        table_id=mapping.tables[t].id,
                        pinned=(r.id, member_id) in pinned,
                    )
                )
        audit.record(s, assembly_id, "seating", None, action, {"rounds": [r.number for r in mapping.rounds], **detail})


def rebalance(
    db: Database,
    assembly_id: int,
    day_id: int,
    *,
    seed: int = 0,
    time_limit: float = 10.0,
    progress: Progress | None = None,
    should_stop: Callable[[], bool] | None = None,
    max_iterations: int | None = None,
) -> RebalanceReport:
    """Re-plan the rounds of ``day_id`` and the later ones after check-in.

    The day's rounds seat only the members who are here (present or late); later rounds
    seat every active member. Earlier rounds stay as they are (their meetings count as
    repeats). The day's rounds are seated with the fewest moves of present members that
    keep sizes, diversity and the rules, found exactly (``seating_repair``), and among
    those with the fewest repeats; where no seating keeps them all, the search seats the
    day too, penalising moves. Later rounds are re-planned by the search, which
    penalises moving anyone from their stored table.
    """
    b = board(db, assembly_id)
    with db.read() as s:
        day = s.get(MeetingDay, day_id)
        if day is None or day.assembly_id != assembly_id:
            raise NotFound("No meeting day with id {id}.", id=day_id)
        here = {
            a.member_id
            for a in s.scalars(select(Attendance).where(Attendance.day_id == day_id, Attendance.status.in_(HERE)))
        }
        checked = s.scalar(select(Attendance.member_id).where(Attendance.day_id == day_id).limit(1))
        day_number = day.number
    if checked is None:
        raise ServiceError(
            "Nobody has been checked in on day {day} yet, so there is nothing to rebalance.", day=day_number
        )
    todays = [r for r in b.rounds if r.day_id == day_id]
    if not todays:
        raise ServiceError("No round is planned for day {day}.", day=day_number)
    first = min(r.number for r in todays)
    problem, mapping = problem_from_board(b)
    current = plan_of_board(b, mapping)
    if not b.tables:
        raise ServiceError("There are no tables.")
    replanned: list[int] = []
    present: list[list[bool]] = []
    for r_pos, r in enumerate(mapping.rounds):
        if r.number < first:
            problem.fixed[r_pos] = current[r_pos]
            present.append([row >= 0 for row in current[r_pos]])
            continue
        replanned.append(r.number)
        if r.day_id == day_id:
            present.append([m.id in here for m in mapping.members])
        else:
            present.append([True] * len(mapping.members))
        problem.previous[r_pos] = current[r_pos]
    problem.present = present
    # pins of absent members do not apply
    problem.pinned = {k: t for k, t in problem.pinned.items() if present[k[0]][k[1]]}
    # the day's rounds: the fewest moves that keep every rule, exactly; the search then
    # re-plans the later rounds around them (and the day's rounds too if no such seating exists)
    for r_pos, r in enumerate(mapping.rounds):
        if r.day_id == day_id:
            if progress is not None:
                progress(0, 1, "fewest moves")
            row = fewest_moves(problem, r_pos)
            if row is not None:
                problem.fixed[r_pos] = row
            if should_stop is not None and should_stop():
                raise OptimisationCancelled()
    try:
        result = optimise(
            problem,
            seed=seed,
            time_limit=time_limit,
            progress=progress,
            should_stop=should_stop,
            max_iterations=max_iterations,
        )
    except InfeasibleProblem as exc:
        raise ServiceError("The seating rules cannot all hold: {reason}.", reason=str(exc)) from exc
    moved = moved_later = 0
    unseated = 0
    for r_pos, r in enumerate(mapping.rounds):
        if r.number < first:
            continue
        for i in range(len(mapping.members)):
            before, after = current[r_pos][i], result.plan[r_pos][i]
            if after >= 0 and before >= 0 and before != after:
                if r.day_id == day_id:
                    moved += 1
                else:
                    moved_later += 1
            if after < 0 <= before:
                unseated += 1
    _store(db, assembly_id, mapping, result.plan, "rebalanced", {"day": day_number, "moved": moved})
    return RebalanceReport(replanned, len(here), moved, unseated, result.quality, moved_later)


# ------------------------------------------------------------ editing by hand


def _seat_check(s: Session, round_id: int, member_id: int) -> tuple[Round, Member]:
    r = s.get(Round, round_id)
    if r is None:
        raise NotFound("No round with id {id}.", id=round_id)
    m = s.get(Member, member_id)
    if m is None or m.assembly_id != r.assembly_id:
        raise NotFound("No member with id {id} in this assembly.", id=member_id)
    return r, m


def move_member(db: Database, round_id: int, member_id: int, table_id: int, *, pin: bool | None = None) -> int | None:
    """Seat a member at a table in one round; returns the table they came from."""
    with db.session() as s:
        r, m = _seat_check(s, round_id, member_id)
        t = s.get(AssemblyTable, table_id)
        if t is None or t.assembly_id != r.assembly_id:
            raise NotFound("No table with id {id} in this assembly.", id=table_id)
        seat = s.get(Seating, (round_id, member_id))
        before = seat.table_id if seat is not None else None
        if seat is None:
            seat = Seating(round_id=round_id, member_id=member_id, table_id=table_id, pinned=bool(pin))
            s.add(seat)
        else:
            seat.table_id = table_id
            if pin is not None:
                seat.pinned = pin
        audit.record(s, r.assembly_id, "seating", m.id, "moved", {"round": r.number, "from": before, "to": table_id})
        return before


def unseat_member(db: Database, round_id: int, member_id: int) -> None:
    with db.session() as s:
        r, m = _seat_check(s, round_id, member_id)
        seat = s.get(Seating, (round_id, member_id))
        if seat is not None:
            s.delete(seat)
            audit.record(s, r.assembly_id, "seating", m.id, "unseated", {"round": r.number})


def set_pinned(db: Database, round_id: int, member_id: int, pinned: bool) -> None:
    with db.session() as s:
        r, m = _seat_check(s, round_id, member_id)
        seat = s.get(Seating, (round_id, member_id))
        if seat is None:
            raise ServiceError("Seat the member at a table before fixing the seat.")
        seat.pinned = pinned
        audit.record(s, r.assembly_id, "seating", m.id, "pinned" if pinned else "unpinned", {"round": r.number})


@dataclass(frozen=True)
class RuleMember:
    id: int
    number: int
    name: str  # "" when forgotten
    active: bool

    @property
    def display_name(self) -> str:
        return f"{self.name} (#{self.number})" if self.name else f"#{self.number}"


@dataclass(frozen=True)
class RuleInfo:
    """A seating rule with its members (withdrawn ones too: the optimiser ignores them)."""

    id: int
    kind: str  # ConstraintKind
    label: str
    members: tuple[RuleMember, ...]


def list_rules(db: Database, assembly_id: int) -> list[RuleInfo]:
    """The assembly's seating rules, oldest first, members by number."""
    with db.read() as s:
        _assembly(s, assembly_id)
        rules = list(
            s.scalars(
                select(SeatingConstraint)
                .where(SeatingConstraint.assembly_id == assembly_id)
                .order_by(SeatingConstraint.id)
            )
        )
        ids = {cm.member_id for c in rules for cm in c.members}
        members = {m.id: m for m in s.scalars(select(Member).where(Member.id.in_(ids)))} if ids else {}
        names = _names(s, ids)
        out = []
        for c in rules:
            found = []
            for cm in c.members:
                m = members[cm.member_id]
                first, last, _needs = ("", "", "") if m.forgotten else names.get(m.id, ("", "", ""))
                found.append(RuleMember(m.id, m.number, f"{first} {last}".strip(), m.status == MemberStatus.ACTIVE))
            found.sort(key=lambda r: r.number)
            out.append(RuleInfo(c.id, c.kind, c.label, tuple(found)))
        return out


def _together_groups(rules: Iterable[tuple[str, Iterable[int]]]) -> dict[int, int]:
    """member id -> a representative of the group they must share a table with (rules
    that share a member chain into one group)."""
    parent: dict[int, int] = {}

    def root(x: int) -> int:
        while parent.setdefault(x, x) != x:
            x = parent[x]
        return x

    for kind, ids in rules:
        if kind != ConstraintKind.TOGETHER:
            continue
        ids = list(ids)
        for other in ids[1:]:
            parent[root(other)] = root(ids[0])
    return {x: root(x) for x in parent}


def add_constraint(db: Database, assembly_id: int, kind: str, member_ids: Iterable[int], label: str = "") -> int:
    """Add a rule: ``together`` (all at one table in every round) or ``apart`` (no two of
    them at one table). A rule that contradicts the rules there are is refused."""
    ids = sorted(set(member_ids))
    label = " ".join(label.split())
    if kind not in (ConstraintKind.TOGETHER, ConstraintKind.APART):
        raise ServiceError("Unknown kind {kind!r}: use together or apart.", kind=kind)
    if len(ids) < 2:
        raise ServiceError("A rule about who sits together or apart needs at least two members.")
    if len(label) > LABEL_MAX:
        raise ServiceError("A rule's label can be at most {most} characters long.", most=LABEL_MAX)
    with db.session() as s:
        _assembly(s, assembly_id)
        found = {
            m.id: m.number
            for m in s.scalars(select(Member).where(Member.assembly_id == assembly_id, Member.id.in_(ids)))
        }
        if set(found) != set(ids):
            raise NotFound("Some of the members are not in this assembly.")
        existing = [
            (c.kind, [cm.member_id for cm in c.members])
            for c in s.scalars(select(SeatingConstraint).where(SeatingConstraint.assembly_id == assembly_id))
        ]
        _refuse_contradiction(s, kind, ids, existing)
        c = SeatingConstraint(assembly_id=assembly_id, kind=kind, label=label)
        c.members = [SeatingConstraintMember(member_id=i) for i in ids]
        s.add(c)
        s.flush()
        audit.record(s, assembly_id, "seating_constraint", c.id, "added", {"kind": kind, "members": ids})
        return c.id


def _refuse_contradiction(s: Session, kind: str, ids: list[int], existing: list[tuple[str, list[int]]]) -> None:
    groups = _together_groups([*existing, (kind, ids)])
    aparts = [(k, m) for k, m in existing if k == ConstraintKind.APART]
    if kind == ConstraintKind.APART:
        aparts = [(kind, ids)]
    for _k, members in aparts:
        for i, a in enumerate(members):
            for b in members[i + 1 :]:
                same = a in groups and groups.get(a) == groups.get(b)
                if same and (kind == ConstraintKind.APART or groups[a] == groups[ids[0]]):
                    numbers = dict(s.execute(select(Member.id, Member.number).where(Member.id.in_([a, b]))).all())
                    template = (
                        N_(
                            "Members no. {first} and no. {second} are to be kept together by another rule; "
                            "they cannot also be kept apart."
                        )
                        if kind == ConstraintKind.APART
                        else N_(
                            "Members no. {first} and no. {second} are to be kept apart by another rule; "
                            "they cannot also be kept together."
                        )
                    )
                    raise ServiceError(template, first=numbers[a], second=numbers[b])


def remove_constraint(db: Database, constraint_id: int) -> None:
    with db.session() as s:
        c = s.get(SeatingConstraint, constraint_id)
        if c is None:
            raise NotFound("No seating rule with id {id}.", id=constraint_id)
        audit.record(s, c.assembly_id, "seating_constraint", c.id, "removed", {"kind": c.kind})
        s.delete(c)


# ------------------------------------------------------------ reading for others


def seating_for_day(db: Database, assembly_id: int, day_id: int) -> dict[int, int]:
    """Contract 4: member id -> table number in the day's first round that seats them."""
    with db.read() as s:
        rounds = list(
            s.scalars(
                select(Round).where(Round.assembly_id == assembly_id, Round.day_id == day_id).order_by(Round.number)
            )
        )
        numbers = {
            t.id: t.number for t in s.scalars(select(AssemblyTable).where(AssemblyTable.assembly_id == assembly_id))
        }
        out: dict[int, int] = {}
        for r in rounds:
            for st in s.scalars(select(Seating).where(Seating.round_id == r.id)):
                out.setdefault(st.member_id, numbers[st.table_id])
        return out


@dataclass(frozen=True)
class FindEntry:
    first_name: str  # as public_names() gives it: "Charlotte", or "Charlotte R." where two share it
    table_number: int
    table_name: str


def public_names(members: Iterable[MemberCard]) -> dict[int, str]:
    """What the projector and the place cards call each member: the first name alone, and
    where active members share one, with as much of the last name as tells them apart
    ("Charlotte A.", "Charlotte R."); where even the full names are the same, the member
    number too ("Lars J. #12"). Someone looking for "Charlotte" on the projector must be
    able to tell which table is theirs."""
    groups: dict[str, list[MemberCard]] = {}
    for m in members:
        groups.setdefault(m.first_name.strip().casefold(), []).append(m)
    out: dict[int, str] = {}
    for key, group in groups.items():
        if not key:
            out.update((m.id, f"#{m.number}") for m in group)
            continue
        if len(group) == 1:
            out[group[0].id] = group[0].first_name.strip()
            continue
        lasts = [m.last_name.strip() for m in group]
        distinct = len({last.casefold() for last in lasts})
        longest = max((len(last) for last in lasts), default=0)
        k = next(
            (k for k in range(1, longest + 1) if len({last[:k].casefold() for last in lasts}) == distinct), longest
        )
        full_counts = Counter(last.casefold() for last in lasts)
        for m, last in zip(group, lasts, strict=True):
            name = m.first_name.strip()
            if last:
                name += f" {last[:k]}." if k < len(last) else f" {last}"
            if full_counts[last.casefold()] > 1:
                name += f" #{m.number}"
            out[m.id] = name
    return out


def find_table_entries(b: Board, round_id: int) -> list[FindEntry]:
    """Members with their table for one round, alphabetically (for the projector)."""
    seats = b.seating.get(round_id, {})
    tables = {t.id: t for t in b.tables}
    names = public_names(b.members)
    out = []
    for m in b.members:
        t = tables.get(seats.get(m.id, -1))
        if t is None:
            continue
        out.append(FindEntry(names[m.id], t.number, t.name))
    out.sort(key=lambda e: (e.first_name.casefold(), e.table_number))
    return out


def current_round(b: Board, today: dt.date | None = None) -> RoundInfo | None:
    """The first round of today, else the next round to come, else the last one."""
    if not b.rounds:
        return None
    today = today or dt.date.today()
    dated = [r for r in b.rounds if r.date is not None]
    for r in dated:
        if r.date == today:
            return r
    later = [r for r in dated if r.date is not None and r.date > today]
    if later:
        return min(later, key=lambda r: (r.date, r.number))
    return b.rounds[-1] if dated else b.rounds[0]
