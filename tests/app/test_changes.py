"""The change feed: every table has its flag, a commit tells the subscribers what it
wrote, a failed unit of work tells nothing, and a recording learns what it committed."""

from __future__ import annotations

import threading

import pytest
from sqlalchemy import insert, text

from app.changes import IGNORED_TABLES, TABLE_CHANGES, ChangeEvent, Changes, changes_of
from app.db import Database, written_tables
from app.models import Base, MeetingDay
from app.services.assembly import current_assembly, update_assembly
from app.services.errors import ServiceError


def test_every_table_of_the_models_has_a_flag() -> None:
    tables = set(Base.metadata.tables)
    assert tables - set(TABLE_CHANGES) == set(), "tables without a Changes flag"
    assert set(TABLE_CHANGES) - tables == set(), "flags for tables that do not exist"
    assert all(flag and flag != Changes.ALL for flag in TABLE_CHANGES.values())


def test_changes_of_joins_the_flags_and_an_unknown_table_changes_everything() -> None:
    assert changes_of(["vote", "paper_entry"]) == Changes.VOTES
    assert changes_of(["member", "attendance"]) == Changes.MEMBERS | Changes.ATTENDANCE
    assert changes_of([]) == Changes.NONE
    assert changes_of(IGNORED_TABLES) == Changes.NONE
    assert changes_of(["a_table_added_later"]) == Changes.ALL


def test_written_tables_reads_core_orm_and_raw_statements() -> None:
    assert written_tables(insert(MeetingDay)) == {"meeting_day"}
    assert written_tables(text("UPDATE member SET status = 'x'")) == {"member"}
    assert written_tables('INSERT OR REPLACE INTO "vote" (a) VALUES (?)') == {"vote"}
    assert written_tables("DELETE FROM attendance WHERE id = 1") == {"attendance"}
    assert written_tables("SELECT * FROM member") == set()


def test_a_commit_tells_the_subscribers_what_it_wrote(demo_db: Database) -> None:
    seen: list[ChangeEvent] = []
    unsubscribe = demo_db.subscribe(seen.append)
    aid = current_assembly(demo_db).id
    update_assembly(demo_db, aid, remit="Hvad skal vi med havnen?")
    assert [e.changes & ~Changes.AUDIT for e in seen] == [Changes.ASSEMBLY]
    assert seen[0].local and not seen[0].recorded
    current_assembly(demo_db)  # a read tells nothing
    assert len(seen) == 1
    unsubscribe()
    update_assembly(demo_db, aid, remit="Igen")
    assert len(seen) == 1


def test_a_failed_unit_of_work_tells_nothing(demo_db: Database) -> None:
    seen: list[ChangeEvent] = []
    demo_db.subscribe(seen.append)
    aid = current_assembly(demo_db).id
    with demo_db.recording() as rec, pytest.raises(ServiceError):
        update_assembly(demo_db, aid, name="")
    assert seen == [] and rec.changes == Changes.NONE
    with pytest.raises(RuntimeError), demo_db.session() as s:  # written, then rolled back
        s.execute(text("UPDATE assembly SET town = 'X'"))
        raise RuntimeError("stop")
    assert seen == []
    with demo_db.session() as s:  # the next unit of work starts with nothing written
        s.execute(text("SELECT 1"))
    assert seen == []


def test_a_recording_learns_what_its_thread_committed(demo_db: Database) -> None:
    aid = current_assembly(demo_db).id
    seen: list[ChangeEvent] = []
    demo_db.subscribe(seen.append)
    with demo_db.recording() as rec:
        update_assembly(demo_db, aid, remit="Med optagelse")
        other = threading.Thread(target=lambda: update_assembly(demo_db, aid, town="Sundby"))
        other.start()
        other.join()
    assert rec.changes & ~Changes.AUDIT == Changes.ASSEMBLY
    assert [e.recorded for e in seen] == [True, False]  # the other thread's commit is not this recording's


def test_a_failing_subscriber_does_not_undo_the_commit(demo_db: Database) -> None:
    def broken(_event: ChangeEvent) -> None:
        raise ValueError("a subscriber with a bug")

    seen: list[ChangeEvent] = []
    demo_db.subscribe(broken)
    demo_db.subscribe(seen.append)
    aid = current_assembly(demo_db).id
    update_assembly(demo_db, aid, remit="Stadig gemt")
    assert current_assembly(demo_db).remit == "Stadig gemt"
    assert len(seen) == 1
