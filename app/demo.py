"""The demo assembly "Borgertinget i Sundby", built fresh from the files in ``data/demo``.

The files are made by ``scripts/make_demo_data.py`` (seeded, deterministic): a pool of 600
respondents, a recorded draw of 50 members and 10 reserves (made by the lottery service:
LEXIMIN, quotas from the population targets, so the Lottery page can reproduce it from its
seed and number), five meeting days with full agendas, seven experts and their
presentations, eight tables with hosts, five table rotations, attendance for day 1,
twelve draft recommendations with versions, initiatives and amendments, a closed
support-scale ballot with its paper votes (its result is tallied by the voting service),
an open yes/no ballot, questions from the tables to the experts and an evaluation of
day 1. Every name is invented.

``build_demo`` writes it all straight through the ORM in one transaction (the services
validate user input; this data is checked by ``tests/app/test_demo.py`` instead).
``fresh_demo`` gives a new copy quickly for the GUI's ``--demo``: the demo is built once
into a template in the data folder, keyed by a hash of the data files, this module and the
migrations, and copied from there afterwards.

The data files keep one fixed calendar (day 1 on Saturday 6 February 2027), so they stay
byte-for-byte reproducible; a new demo is moved in time by whole weeks when it is made (a
fresh copy, or ``tingsted init --demo``), so that day 1 is always within the coming week and
a newcomer sees an assembly about to start. The template in the cache keeps the files'
calendar: the move happens on the copy, so a template built on an earlier day never shows
stale dates. ``today=as_recorded()`` keeps the files' dates (the tests use it).
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import json
import os
import shutil
from pathlib import Path
from typing import Any

from sqlalchemy import Date, DateTime, bindparam, insert, select, update

from app.db import MIGRATIONS_DIR, Database, DatabaseError, create_database, open_database
from app.models import (
    AgendaItem,
    Amendment,
    Assembly,
    AssemblyTable,
    Attendance,
    AuditLog,
    Ballot,
    BallotItem,
    BallotOption,
    Base,
    Category,
    CategoryValue,
    Draw,
    DrawSelection,
    Expert,
    Initiative,
    MeetingDay,
    Member,
    MemberContact,
    MemberValue,
    Presentation,
    Question,
    Recommendation,
    RecommendationVersion,
    Respondent,
    RespondentContact,
    RespondentValue,
    Round,
    Seating,
    Survey,
    SurveyAnswer,
    SurveyQuestion,
    SurveyResponse,
    Vote,
    VoteCast,
)

DATA_DIR = Path(__file__).resolve().parent.parent / "data" / "demo"
# Every id below is assigned here, so the whole demo goes in with a few bulk inserts.
ASSEMBLY_ID = 1


def _json(name: str) -> Any:
    return json.loads((DATA_DIR / name).read_text(encoding="utf-8"))


def _csv(name: str) -> list[dict[str, str]]:
    with (DATA_DIR / name).open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def _ts(text: str | None) -> dt.datetime | None:
    return dt.datetime.fromisoformat(text) if text else None


def recorded_first_day() -> dt.date:
    """Day 1 as the data files have it."""
    return dt.date.fromisoformat(_json("program.json")["days"][0]["date"])


def as_recorded() -> dt.date:
    """The "today" for which a new demo keeps the data files' own dates."""
    return recorded_first_day() - dt.timedelta(days=1)


def weeks_to_move(today: dt.date) -> int:
    """Whole weeks to move the files' calendar so that day 1 falls in the 7 days after ``today``
    (whole weeks keep every day on its weekday: the demo meets on Saturdays and Sundays)."""
    return -(((recorded_first_day() - today).days - 1) // 7)


def build_demo(path: str | Path, *, overwrite: bool = False, today: dt.date | None = None) -> Database:
    """Create the demo assembly in a new database at ``path``, day 1 in the week after
    ``today`` (the real today unless given)."""
    db = create_database(path, overwrite=overwrite)
    try:
        _build_into(db)
        move_in_time(db, weeks_to_move(today or dt.date.today()))
    except Exception:
        db.dispose()
        raise
    return db


def _build_into(db: Database) -> None:
    with db.session() as s:
        _fill(s)
    _seal_closed_ballots(db)


def move_in_time(db: Database, weeks: int) -> None:
    """Move every date and time stamp in the database by ``weeks`` (one transaction).

    Every table's Date and DateTime columns, so that whatever the demo holds – days,
    check-ins, versions, votes opened and closed, the audit log – keeps its order and its
    distance to the meeting days. Nothing sealed depends on a date (a ballot's checksum
    covers its counts only)."""
    if not weeks:
        return
    delta = dt.timedelta(weeks=weeks)
    with db.session() as s:
        for table in Base.metadata.sorted_tables:
            stamped = [c for c in table.columns if isinstance(c.type, Date | DateTime)]
            keys = list(table.primary_key.columns)
            if not stamped or not keys:
                continue
            rows = s.execute(select(*keys, *stamped)).all()
            changes = []
            for row in rows:
                values = {c.name: getattr(row, c.name) for c in stamped}
                if all(v is None for v in values.values()):
                    continue
                changes.append(
                    {
                        **{f"k_{k.name}": getattr(row, k.name) for k in keys},
                        **{name: (v + delta if v is not None else None) for name, v in values.items()},
                    }
                )
            if changes:
                where = [k == bindparam(f"k_{k.name}") for k in keys]
                s.execute(
                    update(table).where(*where).values({c.name: bindparam(c.name) for c in stamped}),
                    changes,
                    execution_options={"synchronize_session": False},
                )


def _seal_closed_ballots(db: Database) -> None:
    """The closed ballot gets its sealed result (canonical JSON + SHA-256) from the voting
    service, as closing it in the app would have done."""
    from app.services import voting

    for result in voting.list_results(db, ASSEMBLY_ID, states=("closed", "published")):
        if result.checksum is None:
            voting.seal_ballot(db, result.id, actor="demo")


def _fill(s: Any) -> None:  # noqa: C901 – one straight walk through the files
    a_id = ASSEMBLY_ID
    meta = _json("assembly.json")
    s.add(Assembly(id=a_id, **meta["assembly"]))
    s.flush()

    # categories and values
    cat_id: dict[str, int] = {}
    value_id: dict[tuple[str, str], int] = {}
    next_value = 1
    for pos, cat in enumerate(meta["categories"], start=0):
        cid = pos + 1
        cat_id[cat["name"]] = cid
        s.add(Category(id=cid, assembly_id=a_id, name=cat["name"], position=pos))
        for vpos, v in enumerate(cat["values"]):
            value_id[(cat["name"], v["name"])] = next_value
            lo, hi = v.get("quota") or (None, None)  # the quotas the draw was made with
            s.add(
                CategoryValue(
                    id=next_value,
                    category_id=cid,
                    name=v["name"],
                    position=vpos,
                    population_share=v["population_share"],
                    min_quota=lo,
                    max_quota=hi,
                    aliases=v.get("aliases", ""),
                )
            )
            next_value += 1
    s.flush()

    # the pool
    draw_meta = meta["draw"]
    drawn_at = dt.datetime.fromisoformat(draw_meta["created_at"])
    pool = _csv("respondents.csv")
    draw_rows = {r["external_id"]: r for r in _csv("draw.csv")}
    respondent_id: dict[str, int] = {}
    respondents, contacts, values = [], [], []
    for rid, row in enumerate(pool, start=1):
        ext = row["external_id"]
        respondent_id[ext] = rid
        role = draw_rows[ext]["role"]
        respondents.append(
            {
                "id": rid,
                "assembly_id": a_id,
                "external_id": ext,
                "household": row["household"] or None,
                "status": "selected" if role == "member" else "reserve" if role == "reserve" else "pool",
                "imported_at": drawn_at - dt.timedelta(days=14),
            }
        )
        contacts.append(
            {
                "respondent_id": rid,
                **{k: row[k] for k in ("first_name", "last_name", "email", "phone", "address", "postcode")},
            }
        )
        for cname, cid in cat_id.items():
            values.append({"respondent_id": rid, "category_id": cid, "value_id": value_id[(cname, row[cname])]})
    s.execute(insert(Respondent), respondents)
    s.execute(insert(RespondentContact), contacts)
    s.execute(insert(RespondentValue), values)

    # the draw: made by the lottery service in scripts/make_demo_data.py, recorded as
    # ``sortition.record_draw`` records one, so "Reproduce draw" recomputes it
    record = draw_meta["report"]
    s.add(
        Draw(
            id=1,
            assembly_id=a_id,
            created_at=drawn_at,
            algorithm=draw_meta["algorithm"],
            panel_size=draw_meta["panel_size"],
            reserves=draw_meta["reserves"],
            seed=draw_meta["seed"],
            inputs_hash=record["inputs_hash"],
            min_probability=record["min_probability"],
            transparent_number=draw_meta["transparent_number"],
            report={**record, "demo": True, "note": draw_meta["note"]},
        )
    )
    s.flush()
    s.execute(
        insert(DrawSelection),
        [
            {
                "draw_id": 1,
                "respondent_id": respondent_id[ext],
                "probability": float(r["probability"]),
                "role": r["role"] or None,
                "rank": int(r["rank"]) if r["rank"] else None,
            }
            for ext, r in draw_rows.items()
        ],
    )

    # members: profile and contact copied from the respondent
    by_ext = {row["external_id"]: row for row in pool}
    member_id: dict[int, int] = {}
    members, member_contacts, member_values = [], [], []
    for ext, r in sorted(draw_rows.items(), key=lambda kv: int(kv[1]["member_number"] or 0)):
        if r["role"] != "member":
            continue
        number = int(r["member_number"])
        member_id[number] = number  # member ids follow the numbers
        row = by_ext[ext]
        members.append(
            {
                "id": number,
                "assembly_id": a_id,
                "number": number,
                "status": "active",
                "respondent_id": respondent_id[ext],
                "draw_id": 1,
                "joined_on": drawn_at.date(),
                "withdrawn_reason": "",
                "forgotten": False,
            }
        )
        member_contacts.append(
            {
                "member_id": number,
                **{k: row[k] for k in ("first_name", "last_name", "email", "phone", "address", "postcode")},
                "needs": r["needs"],
                "notes": "",
            }
        )
        for cname, cid in cat_id.items():
            member_values.append({"member_id": number, "category_id": cid, "value_id": value_id[(cname, row[cname])]})
    s.execute(insert(Member), members)
    s.execute(insert(MemberContact), member_contacts)
    s.execute(insert(MemberValue), member_values)

    # program: days, agenda, experts, presentations
    program = _json("program.json")
    expert_id: dict[str, int] = {}
    for eid, e in enumerate(program["experts"], start=1):
        expert_id[e["key"]] = eid
        s.add(
            Expert(
                id=eid,
                assembly_id=a_id,
                **{k: e[k] for k in ("name", "role", "organisation", "bio", "perspective", "email", "phone")},
            )
        )
    experts_by_key = {e["key"]: e for e in program["experts"]}
    day_id: dict[int, int] = {}
    item_id = 0
    presentation_id: dict[str, int] = {}
    for number, d in enumerate(program["days"], start=1):
        day_id[number] = number
        s.add(
            MeetingDay(
                id=number,
                assembly_id=a_id,
                number=number,
                date=dt.date.fromisoformat(d["date"]),
                title=d["title"],
                venue=d["venue"],
                start_time=dt.time.fromisoformat(d["start_time"]),
                end_time=dt.time.fromisoformat(d["end_time"]),
            )
        )
        s.flush()
        for pos, item in enumerate(d["agenda"]):
            item_id += 1
            s.add(
                AgendaItem(
                    id=item_id,
                    day_id=number,
                    position=pos,
                    kind=item["kind"],
                    title=item["title"],
                    duration_min=item["duration_min"],
                    responsible=item["responsible"],
                    room=item["room"],
                )
            )
            if item["expert"]:
                s.flush()
                key = item["expert"]
                pid = len(presentation_id) + 1
                presentation_id[key] = pid
                pres = experts_by_key[key]["presentation"]
                s.add(
                    Presentation(
                        id=pid,
                        assembly_id=a_id,
                        expert_id=expert_id[key],
                        agenda_item_id=item_id,
                        title=pres["title"],
                        summary=pres["summary"],
                    )
                )
    s.flush()

    # tables, rounds and seatings (one round per day)
    for t in _csv("tables.csv"):
        n = int(t["number"])
        s.add(AssemblyTable(id=n, assembly_id=a_id, number=n, name=t["name"], host_name=t["host_name"], room=t["room"]))
    seating = _csv("seating.csv")
    rounds = sorted({int(r["round"]) for r in seating})
    for n in rounds:
        s.add(Round(id=n, assembly_id=a_id, number=n, day_id=day_id.get(n), title=f"Runde {n}"))
    s.flush()
    s.execute(
        insert(Seating),
        [
            {
                "round_id": int(r["round"]),
                "member_id": member_id[int(r["member_number"])],
                "table_id": int(r["table"]),
                "pinned": False,
            }
            for r in seating
        ],
    )

    # attendance on day 1
    s.execute(
        insert(Attendance),
        [
            {
                "member_id": member_id[int(r["member_number"])],
                "day_id": day_id[int(r["day"])],
                "status": r["status"],
                "reason": r["reason"],
                "checked_in_at": _ts(r["checked_in_at"]),
                "updated_at": _ts(r["checked_in_at"]) or dt.datetime.combine(dt.date(2027, 2, 6), dt.time(10, 0)),
            }
            for r in _csv("attendance.csv")
        ],
    )

    # questions from the tables to the experts
    for pos, q in enumerate(_csv("questions.csv")):
        s.add(
            Question(
                assembly_id=a_id,
                table_id=int(q["table"]),
                expert_id=expert_id[q["expert"]],
                presentation_id=presentation_id.get(q["expert"]),
                text=q["text"],
                group_key=q["group_key"],
                status=q["status"],
                position=pos,
                created_at=dt.datetime(2027, 2, 6, 11, 30) + dt.timedelta(minutes=pos),
            )
        )

    # recommendations with versions, initiatives and amendments
    recs = _json("recommendations.json")
    rec_id: dict[str, int] = {}
    version_id: dict[tuple[str, int], int] = {}
    vid = 0
    for rid, r in enumerate(recs["recommendations"], start=1):
        rec_id[r["code"]] = rid
        s.add(
            Recommendation(
                id=rid,
                assembly_id=a_id,
                code=r["code"],
                title=r["title"],
                theme=r["theme"],
                origin_table_id=r["origin_table"],
                status="draft",
                position=r["position"],
                created_at=dt.datetime(2027, 2, 6, 13, 30) + dt.timedelta(minutes=rid),
            )
        )
        s.flush()
        for v in r["versions"]:
            vid += 1
            version_id[(r["code"], v["number"])] = vid
            s.add(
                RecommendationVersion(
                    id=vid,
                    recommendation_id=rid,
                    number=v["number"],
                    text=v["text"],
                    author=v["author"],
                    table_id=v["table"],
                    note=v["note"],
                    created_at=dt.datetime(2027, 2, 6, 13, 30) + dt.timedelta(minutes=rid * 3 + v["number"] * 20),
                )
            )
        for pos, text in enumerate(r["initiatives"]):
            s.add(Initiative(recommendation_id=rid, position=pos, text=text))
    s.flush()
    for am in recs["amendments"]:
        s.add(
            Amendment(
                recommendation_id=rec_id[am["code"]],
                version_id=version_id[(am["code"], am["version"])],
                text=am["text"],
                rationale=am["rationale"],
                proposed_by=f"Bord {am['table']}",
                table_id=am["table"],
                status=am["status"],
                created_at=dt.datetime(2027, 2, 6, 14, 40),
                decided_at=dt.datetime(2027, 2, 6, 15, 10) if am["status"] != "proposed" else None,
                result_version_id=version_id[(am["code"], am["result_version"])] if am["result_version"] else None,
            )
        )

    # ballots, their options and items, the votes and who has voted
    ballot_id: dict[str, int] = {}
    item_of: dict[tuple[str, str], int] = {}
    bid_item = 0
    for bid, b in enumerate(_json("ballots.json")["ballots"], start=1):
        ballot_id[b["key"]] = bid
        s.add(
            Ballot(
                id=bid,
                assembly_id=a_id,
                day_id=day_id[b["day"]],
                title=b["title"],
                question=b["question"],
                method=b["method"],
                secret=b["secret"],
                threshold=b["threshold"],
                base=b["base"],
                state=b["state"],
                show_live=False,
                revealed=b["state"] == "closed",
                settings={},
                present_count=b["present_count"],
                eligible_count=b["eligible_count"],
                created_at=dt.datetime(2027, 2, 6, 12, 0),
                opened_at=_ts(b["opened_at"]),
                closed_at=_ts(b["closed_at"]),
                result=None,  # the voting service tallies a closed ballot without a sealed result
            )
        )
        s.flush()
        for pos, o in enumerate(b["options"]):
            s.add(BallotOption(ballot_id=bid, position=pos, **o))
        for pos, code in enumerate(b["items"]):
            bid_item += 1
            item_of[(b["key"], code)] = bid_item
            rec = next(r for r in recs["recommendations"] if r["code"] == code)
            s.add(
                BallotItem(
                    id=bid_item,
                    ballot_id=bid,
                    recommendation_id=rec_id[code],
                    position=pos,
                    label=f"{code}. {rec['title']}",
                )
            )
    s.flush()
    papers: dict[tuple[str, str], str] = {}
    votes = []
    for v in _csv("votes.csv"):
        paper_key = (v["ballot"], v["paper"])
        if paper_key not in papers:
            papers[paper_key] = _random_key()
        spoilt = v["spoilt"] == "1"
        votes.append(
            {
                "id": _random_key(),
                "ballot_id": ballot_id[v["ballot"]],
                "item_id": item_of[(v["ballot"], v["item"])],
                "ballot_paper": papers[paper_key],
                "source": v["source"],
                "paper_number": None,  # secret ballots keep no paper numbers
                "choice": None if spoilt else v["choice"],
                "spoilt": spoilt,
            }
        )
    for v in votes:
        s.add(Vote(**v))
    s.execute(
        insert(VoteCast),
        [
            {"ballot_id": ballot_id[r["ballot"]], "member_id": member_id[int(r["member_number"])]}
            for r in _csv("vote_cast.csv")
        ],
    )

    # the evaluation of day 1
    survey = _json("survey.json")
    s.add(Survey(id=1, assembly_id=a_id, day_id=day_id[survey["day"]], title=survey["title"]))
    s.flush()
    question_id: dict[str, int] = {}
    for pos, q in enumerate(survey["questions"], start=1):
        question_id[q["code"]] = pos
        s.add(
            SurveyQuestion(
                id=pos,
                survey_id=1,
                position=pos - 1,
                code=q["code"],
                kind=q["kind"],
                text=q["text"],
                scale_min=1,
                scale_max=5,
                labels=q["labels"],
            )
        )
    s.flush()
    answers = _csv("survey_answers.csv")
    responses = {int(r["response"]): r["respondent_key"] for r in answers}
    s.execute(
        insert(SurveyResponse), [{"id": n, "survey_id": 1, "respondent_key": key} for n, key in responses.items()]
    )
    s.execute(
        insert(SurveyAnswer),
        [
            {
                "response_id": int(r["response"]),
                "question_id": question_id[r["question"]],
                "value_int": int(r["value_int"]) if r["value_int"] else None,
                "value_text": r["value_text"] or None,
            }
            for r in answers
        ],
    )

    # the record of what happened
    for at, entity, eid, action, detail in [
        (
            drawn_at,
            "draw",
            1,
            "drawn",
            {
                "algorithm": draw_meta["algorithm"],
                "seed": draw_meta["seed"],
                "number": draw_meta["transparent_number"],
                "panel_size": draw_meta["panel_size"],
                "reserves": draw_meta["reserves"],
                "inputs_hash": record["inputs_hash"],
                "superseded": [],
            },
        ),
        (drawn_at + dt.timedelta(minutes=5), "draw", 1, "members_made", {"members": draw_meta["panel_size"]}),
        (dt.datetime(2027, 2, 6, 15, 32), "ballot", ballot_id["closed"], "opened", {}),
        (dt.datetime(2027, 2, 6, 15, 51), "ballot", ballot_id["closed"], "closed", {}),
        (dt.datetime(2027, 2, 6, 15, 55), "ballot", ballot_id["open"], "opened", {}),
    ]:
        s.add(
            AuditLog(assembly_id=a_id, at=at, actor="demo", entity=entity, entity_id=eid, action=action, detail=detail)
        )


def _random_key() -> str:
    import uuid

    return uuid.uuid4().hex


# ------------------------------------------------------------ a quick fresh copy


def template_key() -> str:
    """A hash of everything the demo is made from: data files, this module, migrations."""
    h = hashlib.sha256()
    files = sorted(DATA_DIR.glob("*")) + [Path(__file__)] + sorted((MIGRATIONS_DIR / "versions").glob("*.py"))
    for f in files:
        if f.is_file():
            h.update(f.name.encode())
            h.update(f.read_bytes())
    return h.hexdigest()[:16]


def fresh_demo(target: Path, cache_dir: Path, *, today: dt.date | None = None) -> Database:
    """A new copy of the demo at ``target``, copied from a template built once in ``cache_dir``
    (in the data files' calendar) and moved in time so that day 1 is in the week after
    ``today`` (the real today unless given)."""
    cache_dir.mkdir(parents=True, exist_ok=True)
    template = cache_dir / f"demo-template-{template_key()}.tingsted"
    if not template.exists():
        for old in cache_dir.glob("demo-template-*.tingsted*"):
            if not old.name.endswith(".part"):  # another start may be building one right now
                old.unlink(missing_ok=True)
        partial = cache_dir / f"{template.name}.{os.getpid()}.part"
        for suffix in ("", "-wal", "-shm"):
            Path(f"{partial}{suffix}").unlink(missing_ok=True)
        db = create_database(partial)
        try:
            _build_into(db)
        except Exception:
            db.dispose()
            raise
        with db.engine.connect() as conn:  # everything into the main file before copying it
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        db.dispose()
        for suffix in ("-wal", "-shm"):
            Path(f"{partial}{suffix}").unlink(missing_ok=True)
        partial.replace(template)
    for suffix in ("", "-wal", "-shm"):
        Path(f"{target}{suffix}").unlink(missing_ok=True)
    shutil.copyfile(template, target)
    try:
        # the key covers the migrations, so the copy is at the newest revision already
        db = open_database(target, upgrade_schema=False)
    except DatabaseError:
        template.unlink(missing_ok=True)
        raise
    try:
        move_in_time(db, weeks_to_move(today or dt.date.today()))
    except Exception:
        db.dispose()
        raise
    return db
