"""Secret means secret on disk (issue 15 item 5), by carrying out the attacks: replay a copy
of the -wal frame by frame, read the page order of the main file, compare backups."""

from __future__ import annotations

import sqlite3
import struct
import threading
from pathlib import Path

from starlette.testclient import TestClient

from app.db import Database
from app.phones.server import create_app
from app.services import phones, voting
from app.services.assembly import AssemblyInfo
from tests.app.test_voting import make_members, make_recommendations


def replay(main: bytes, wal: bytes) -> list[bytes]:
    """The database as it stood after each commit recorded in ``wal`` (frame by frame, as
    SQLite itself reads it), starting from the main file."""
    if len(wal) < 32:
        return []
    page_size, salt = struct.unpack(">I", wal[8:12])[0], wal[16:24]
    image = bytearray(main)
    states = []
    off = 32
    while off + 24 + page_size <= len(wal):
        pgno, commit = struct.unpack(">II", wal[off : off + 8])
        if wal[off + 8 : off + 16] != salt:
            break
        end = pgno * page_size
        if len(image) < end:
            image.extend(b"\0" * (end - len(image)))
        image[end - page_size : end] = wal[off + 24 : off + 24 + page_size]
        if commit:
            del image[commit * page_size :]
            states.append(bytes(image))
        off += 24 + page_size
    return states


def counts(image: bytes, tmp: Path, ballot_id: int) -> tuple[int, int]:
    """(has-voted rows, device votes) of a ballot in one database image."""
    path = tmp / "state.db"
    data = bytearray(image)
    data[18:20] = b"\x01\x01"  # open the image on its own, without a -wal
    path.write_bytes(bytes(data))
    con = sqlite3.connect(f"file:{path}?immutable=1", uri=True)
    try:
        cast = con.execute("SELECT count(*) FROM vote_cast WHERE ballot_id = ?", (ballot_id,)).fetchone()[0]
        votes = con.execute(
            "SELECT count(DISTINCT ballot_paper) FROM vote WHERE ballot_id = ? AND source = 'device'", (ballot_id,)
        ).fetchone()[0]
    finally:
        con.close()
    return cast, votes


def steps(db: Database, tmp: Path, ballot_id: int) -> list[int]:
    """How many votes each commit in a copy of the -wal added."""
    assert db.path is not None
    main, wal = db.path.read_bytes(), Path(f"{db.path}-wal").read_bytes()
    seen = [counts(image, tmp, ballot_id) for image in replay(main, wal)]
    out = []
    for (c0, v0), (c1, v1) in zip(seen, seen[1:], strict=False):
        assert c1 - c0 == v1 - v0  # who voted and what was voted move together
        if c1 != c0:
            out.append(c1 - c0)
    return out


def _secret_ballot(db: Database, assembly: AssemblyInfo, n: int) -> tuple[list[phones.IssuedLink], voting.BallotInfo]:
    make_members(db, assembly.id, n)
    recs = make_recommendations(db, assembly.id, 3)
    links = phones.issue_links(db, assembly.id)
    b = voting.create_ballot(db, assembly.id, "Hemmelig", "ranking", recommendation_ids=recs, secret=True)
    voting.open_ballot(db, b.id)
    return links, b


def _vote_all(client: TestClient, links: list[phones.IssuedLink], b: voting.BallotInfo) -> list[int]:
    ids = [str(i.id) for i in b.items]
    statuses: list[int] = []

    def one(k: int, link: phones.IssuedLink) -> None:
        r = client.post(
            f"/api/ballots/{b.id}/votes",
            headers={"Authorization": f"Bearer {link.token}"},
            json={
                "choices": dict(zip(ids, [1 + (k + j) % 3 for j in range(3)], strict=True)),
                "submission": f"s-{k:07d}",
            },
        )
        statuses.append(r.status_code)

    threads = [threading.Thread(target=one, args=(k, link)) for k, link in enumerate(links)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return statuses


def test_secret_phone_votes_are_committed_in_groups_of_five(db: Database, assembly: AssemblyInfo) -> None:
    links, b = _secret_ballot(db, assembly, 5)
    app = create_app(db, base_url="http://x", group=5)
    ctx = app.state.ctx
    ids = [str(i.id) for i in b.items]
    with TestClient(app) as client:
        answers: list[int] = []
        threads = [
            threading.Thread(
                target=lambda link=link: answers.append(
                    client.post(
                        f"/api/ballots/{b.id}/votes",
                        headers={"Authorization": f"Bearer {link.token}"},
                        json={
                            "choices": dict(zip(ids, (1, 2, 3), strict=True)),
                            "submission": f"sub-{link.member_id:05d}",
                        },
                    ).status_code
                )
            )
            for link in links[:4]
        ]
        for t in threads:
            t.start()
        for _ in range(2000):  # until the writer holds the four (a condition, not a timing)
            if ctx.writer.held(b.id) == 4:
                break
            threading.Event().wait(0.01)
        assert ctx.writer.held(b.id) == 4
        assert phones.voted_by_phone(db, b.id) == 0 and answers == []  # nothing stored, nobody answered
        assert _vote_all(client, links[4:], b) == [200]
        for t in threads:
            t.join()
        assert answers == [200] * 4
        assert phones.voted_by_phone(db, b.id) == 5


def _until(condition: object) -> None:
    for _ in range(3000):  # a condition, not a timing: at most 30 s
        if condition():  # type: ignore[operator]
            return
        threading.Event().wait(0.01)
    raise AssertionError("the condition never held")


def test_a_copy_of_the_wal_links_no_member_to_a_choice_more_finely_than_five(
    db: Database, assembly: AssemblyInfo, tmp_path: Path
) -> None:
    links, b = _secret_ballot(db, assembly, 23)
    app = create_app(db, base_url="http://x", group=5)
    writer = app.state.ctx.writer
    with TestClient(app) as client:
        statuses: list[int] = []
        storm = threading.Thread(target=lambda: statuses.extend(_vote_all(client, links, b)))
        storm.start()
        _until(lambda: phones.voted_by_phone(db, b.id) + writer.held(b.id) == 23)
        # the attacker copies the database and its -wal while the ballot is open
        found = steps(db, tmp_path, b.id)
        assert found and min(found) >= 5, found
        assert sum(found) == phones.voted_by_phone(db, b.id) >= 15
        # closing: the facilitator's Close flushes the votes still waiting, then the file is rewritten
        writer.flush(b.id)
        storm.join()
        assert statuses == [200] * 23
        voting.close_ballot(db, b.id)
        _until(lambda: b.id in writer.scrubbed)
    assert db.path is not None
    wal = Path(f"{db.path}-wal")
    assert not wal.exists() or replay(db.path.read_bytes(), wal.read_bytes()) == []
    assert voting.ballot_result(db, b.id).cast == 23


def test_the_attack_finds_single_votes_when_they_are_committed_one_by_one(
    db: Database, assembly: AssemblyInfo, tmp_path: Path
) -> None:
    """The control: the same replay sees each vote land when votes are not grouped (so the
    test above can fail)."""
    links, b = _secret_ballot(db, assembly, 8)
    ids = [str(i.id) for i in b.items]
    for k, link in enumerate(links):
        phones.submit_vote(db, link.member_id, b.id, dict(zip(ids, (1, 2, 3), strict=True)), f"one-{k:05d}")
    assert steps(db, tmp_path, b.id) == [1] * 8


def cell_order(path: Path, table: str) -> list[list[int]]:
    """For each leaf page of ``table`` (in key order), where each row's cell lies in the
    page, in key order. SQLite fills a page from its end, so the cells' offsets tell the
    order in which rows were written: the attack on "the page order of the main file"."""
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        page_size = con.execute("PRAGMA page_size").fetchone()[0]
        pages = [
            r[0]
            for r in con.execute(
                "SELECT pageno FROM dbstat WHERE name = ? AND pagetype = 'leaf' ORDER BY path", (table,)
            )
        ]
    finally:
        con.close()
    data = path.read_bytes()
    out = []
    for pageno in pages:
        page = data[(pageno - 1) * page_size : pageno * page_size]
        head = 100 if pageno == 1 else 0
        n = struct.unpack(">H", page[head + 3 : head + 5])[0]
        out.append([struct.unpack(">H", page[head + 8 + 2 * i : head + 10 + 2 * i])[0] for i in range(n)])
    return out


def written_in_key_order(order: list[list[int]]) -> bool:
    return all(offsets == sorted(offsets, reverse=True) for offsets in order)


def test_after_close_no_file_keeps_the_order_of_voting(db: Database, assembly: AssemblyInfo) -> None:
    from app import backup

    links, b = _secret_ballot(db, assembly, 60)
    ids = [str(i.id) for i in b.items]
    # the writer's groups of five, the members voting in reverse order of their numbers
    voters = list(reversed(links))
    for k in range(0, 60, 5):
        phones.submit_votes(
            db,
            [
                phones.VoteRequest(v.member_id, b.id, dict(zip(ids, (1, 2, 3), strict=True)), f"s-{v.member_id:06d}")
                for v in voters[k : k + 5]
            ],
        )
    during = backup.make_backup(db)  # an automatic backup while the ballot is open
    assert during is not None
    # the attack works on the backup made while open: the rows lie in the order of voting
    assert not written_in_key_order(cell_order(during.path, "vote_cast"))
    assert not written_in_key_order(cell_order(during.path, "phone_submission"))

    voting.close_ballot(db, b.id)
    done = phones.scrub_after_close(db, b.id)
    assert done.vacuumed and done.wal_emptied and done.backups_replaced == 1
    assert db.path is not None
    for path in (db.path, during.path):
        # the tables that name members (``vote`` names none and is keyed at random: VACUUM
        # rewrites it in key order too, its cells then spread by the b-tree's balancing)
        for table in ("vote_cast", "phone_submission"):
            assert written_in_key_order(cell_order(path, table)), (path.name, table)
        con = sqlite3.connect(str(path))
        try:
            assert con.execute("PRAGMA freelist_count").fetchone() == (0,)  # no stale pages with old rows
        finally:
            con.close()
    wal = Path(f"{db.path}-wal")
    assert not wal.exists() or wal.stat().st_size == 0
    assert voting.ballot_result(db, b.id).cast == 60
