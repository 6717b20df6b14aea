"""Secret means secret: the raw SQLite file holds who voted apart from what was voted."""

from __future__ import annotations

import itertools
import sqlite3

from app.db import Database
from app.services import voting
from app.services.assembly import AssemblyInfo
from tests.app.test_voting import make_members, make_recommendations


def _raw(db: Database) -> sqlite3.Connection:
    assert db.path is not None
    return sqlite3.connect(str(db.path))


def test_a_secret_ballot_stores_no_link_between_voter_and_vote(db: Database, assembly: AssemblyInfo) -> None:
    members = make_members(db, assembly.id, 20)
    recs = make_recommendations(db, assembly.id, 4)
    b = voting.create_ballot(db, assembly.id, "Hemmelig", "ranking", recommendation_ids=recs, secret=True)
    voting.open_ballot(db, b.id)
    item_ids = [str(i.id) for i in b.items]
    # 20 members vote, each with a different ranking, in member order
    cast_order = []
    for member_id, perm in zip(members, itertools.permutations(range(1, 5)), strict=False):
        ranking = dict(zip(item_ids, perm, strict=True))
        voting.cast_vote(db, b.id, member_id, ranking)
        cast_order.append(tuple(perm))
    # and 5 paper ballots typed twice
    for n in range(1, 6):
        for entry in (1, 2):
            voting.enter_paper(db, b.id, n, dict(zip(item_ids, (1, 2, 3, 4), strict=True)), entry=entry)

    con = _raw(db)
    try:
        # 1. the vote table has no member, no time, no paper number column in use
        columns = {row[1] for row in con.execute("PRAGMA table_info(vote)")}
        assert columns == {"id", "ballot_id", "item_id", "ballot_paper", "source", "paper_number", "choice", "spoilt"}
        assert not any("member" in c or "time" in c or c.endswith("_at") for c in columns)
        assert con.execute("SELECT count(*) FROM vote WHERE paper_number IS NOT NULL").fetchone() == (0,)
        # 2. no rowid (insertion order) on vote or vote_cast: both are WITHOUT ROWID tables
        for table in ("vote", "vote_cast", "ballot_token"):
            sql = con.execute("SELECT sql FROM sqlite_master WHERE name = ?", (table,)).fetchone()[0]
            assert "WITHOUT ROWID" in sql.upper(), table
        # 3. vote_cast holds only (ballot, member): no time, no order, no key into vote
        assert {row[1] for row in con.execute("PRAGMA table_info(vote_cast)")} == {"ballot_id", "member_id"}
        assert con.execute("SELECT count(*) FROM vote_cast").fetchone() == (20,)
        # 4. no table references both vote and member
        tables = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        for table in tables:
            targets = {r[2] for r in con.execute(f"PRAGMA foreign_key_list('{table}')")}
            assert not {"vote", "member"} <= targets, table
            assert "vote" not in targets, f"{table} points at a vote"
        # 5. keys are random 32-hex strings, and the stored order is the order of the keys,
        #    which is not the order in which the members voted
        rows = con.execute("SELECT id, ballot_paper, choice FROM vote WHERE source = 'device'").fetchall()
        assert all(len(r[0]) == 32 and int(r[0], 16) >= 0 for r in rows)
        assert [r[0] for r in rows] == sorted(r[0] for r in rows)
        stored_paper_order = list(dict.fromkeys(r[1] for r in rows))
        assert len(stored_paper_order) == 20
        by_paper = con.execute("SELECT ballot_paper, item_id, choice FROM vote WHERE source = 'device'").fetchall()
        rankings: dict[str, dict[int, int]] = {}
        for paper, item, choice in by_paper:
            rankings.setdefault(paper, {})[item] = int(choice)
        stored = [tuple(rankings[p][int(i)] for i in item_ids) for p in sorted(rankings)]
        assert sorted(stored) == sorted(cast_order)  # every vote is there …
        assert stored != cast_order  # … but not in the order cast (chance 1 in 20!)
        # 6. the audit log names no member for votes
        details = [r[0] for r in con.execute("SELECT detail FROM audit_log WHERE entity = 'ballot'")]
        assert not any("member" in d for d in details)
    finally:
        con.close()


def test_an_open_ballot_keeps_the_paper_number(db: Database, assembly: AssemblyInfo) -> None:
    recs = make_recommendations(db, assembly.id, 1)
    b = voting.create_ballot(db, assembly.id, "Åben", "yes_no_abstain", recommendation_ids=recs, secret=False)
    voting.open_ballot(db, b.id)
    voting.import_papers(db, b.id, [(7, {str(b.items[0].id): "yes"}, False)])
    con = _raw(db)
    try:
        assert con.execute("SELECT paper_number FROM vote").fetchall() == [(7,)]
    finally:
        con.close()


def test_a_member_votes_once(db: Database, assembly: AssemblyInfo) -> None:
    import pytest

    from app.services.errors import ServiceError

    members = make_members(db, assembly.id, 2)
    recs = make_recommendations(db, assembly.id, 1)
    b = voting.create_ballot(db, assembly.id, "Y", "yes_no_abstain", recommendation_ids=recs)
    voting.open_ballot(db, b.id)
    voting.cast_vote(db, b.id, members[0], {str(b.items[0].id): "yes"})
    with pytest.raises(ServiceError, match="already voted"):
        voting.cast_vote(db, b.id, members[0], {str(b.items[0].id): "no"})
    assert voting.ballot_result(db, b.id).items[0].counts == {"yes": 1, "no": 0, "abstain": 0}
