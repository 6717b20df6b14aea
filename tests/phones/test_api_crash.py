"""`kill -9` of `tingsted phones serve` during a storm of votes (real HTTP, real uvicorn
in a subprocess): every acknowledged vote is stored exactly once, none twice."""

from __future__ import annotations

import asyncio
import csv
import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import httpx

from app.db import Database, open_database
from app.services import phones, voting
from app.services.assembly import AssemblyInfo
from tests.app.test_voting import make_members, make_recommendations

N = 150


def _serve(path: Path) -> tuple[subprocess.Popen[str], str]:
    proc = subprocess.Popen(
        [sys.executable, "-m", "tingsted", "phones", "serve", str(path), "--host", "127.0.0.1", "--port", "0"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None
    first = proc.stdout.readline().strip()
    assert first.startswith("http://127.0.0.1:"), (first, proc.stderr.read() if proc.poll() is not None else "")
    return proc, first


async def _storm(url: str, tokens: list[str], ballot_id: int, item: str, acked: dict[int, dict], kill_at: int,
                 proc: subprocess.Popen[str]) -> None:  # fmt: skip
    limits = httpx.Limits(max_connections=50)
    async with httpx.AsyncClient(base_url=url, timeout=10, limits=limits) as client:

        async def one(i: int) -> None:
            try:
                r = await client.post(
                    f"/api/ballots/{ballot_id}/votes",
                    headers={"Authorization": f"Bearer {tokens[i]}"},
                    json={"choices": {item: "yes" if i % 2 else "no"}, "submission": f"storm-{i:05d}"},
                )
            except httpx.HTTPError:
                return
            if r.status_code == 200:
                acked[i] = r.json()
                if len(acked) == kill_at and proc.poll() is None:
                    os.kill(proc.pid, signal.SIGKILL)

        await asyncio.gather(*(one(i) for i in range(len(tokens))))


def test_kill_9_during_a_storm_loses_no_acknowledged_vote(db: Database, assembly: AssemblyInfo) -> None:
    make_members(db, assembly.id, N)
    recs = make_recommendations(db, assembly.id, 1)
    links = phones.issue_links(db, assembly.id)
    b = voting.create_ballot(db, assembly.id, "Storm", "yes_no_abstain", recommendation_ids=recs, secret=False)
    voting.open_ballot(db, b.id)
    item = str(b.items[0].id)
    path = db.path
    assert path is not None
    db.dispose()

    proc, url = _serve(path)
    acked: dict[int, dict] = {}
    try:
        asyncio.run(_storm(url, [link.token for link in links], b.id, item, acked, N // 3, proc))
    finally:
        if proc.poll() is None:
            os.kill(proc.pid, signal.SIGKILL)
        proc.wait(10)
    assert proc.returncode == -signal.SIGKILL
    assert N // 3 <= len(acked) < N, len(acked)  # killed mid-storm

    # after the restart: every acknowledged vote is there once; resending is safe
    proc, url = _serve(path)
    try:
        with httpx.Client(base_url=url, timeout=10) as client:
            for i in range(N):
                r = client.post(
                    f"/api/ballots/{b.id}/votes",
                    headers={"Authorization": f"Bearer {links[i].token}"},
                    json={"choices": {item: "yes" if i % 2 else "no"}, "submission": f"storm-{i:05d}"},
                )
                assert r.status_code == 200, r.text
                if i in acked:
                    assert r.json() == acked[i]  # the same receipt: not a second vote
    finally:
        proc.send_signal(signal.SIGTERM)
        out, _ = proc.communicate(timeout=15)
    assert proc.returncode == 0 and "stopped" in out
    db2 = open_database(path)
    try:
        result = voting.ballot_result(db2, b.id)
        assert result.cast == N and phones.voted_by_phone(db2, b.id) == N
        assert result.items[0].counts["yes"] == N // 2 and result.items[0].counts["no"] == N - N // 2
    finally:
        db2.dispose()


def test_the_cli_verbs(db: Database, assembly: AssemblyInfo, tmp_path: Path) -> None:
    from app.models import MeetingDay

    make_members(db, assembly.id, 4)
    recs = make_recommendations(db, assembly.id, 2)
    import datetime as dt

    with db.session() as s:
        s.add(MeetingDay(assembly_id=assembly.id, number=1, date=dt.date(2026, 3, 7)))
    b = voting.create_ballot(db, assembly.id, "Cli", "approval", recommendation_ids=recs)
    path = str(db.path)
    db.dispose()

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "tingsted", *args], capture_output=True, text=True, timeout=120)

    listed = json.loads(run("ballots", "list", path, "--format", "json").stdout)
    assert listed[0]["id"] == b.id and listed[0]["state"] == "draft" and len(listed[0]["items"]) == 2
    assert {"id", "title", "method", "state", "items"} <= set(listed[0])
    assert run("ballots", "open", path, str(b.id)).returncode == 0
    assert json.loads(run("ballots", "show", path, str(b.id)).stdout)["state"] == "open"
    r = run("members", "checkin", path, "1", "2", "--day", "1")
    assert r.returncode == 0, r.stderr
    assert run("members", "checkin", path, "99", "--day", "1").returncode == 1
    out = tmp_path / "links.csv"
    r = run("phones", "links", path, "--out", str(out), "--base-url", "http://10.0.0.5:8765")
    assert r.returncode == 0 and "personal data" in r.stderr
    rows = list(csv.reader(out.open(encoding="utf-8")))
    assert rows[0] == ["member_number", "url"] and len(rows) == 5
    assert all(row[1].startswith("http://10.0.0.5:8765/v/") and len(row[1].rsplit("/", 1)[1]) >= 22 for row in rows[1:])
    assert run("ballots", "close", path, str(b.id)).returncode == 0
    assert run("ballots", "reveal", path, str(b.id)).returncode == 0
    assert json.loads(run("ballots", "show", path, str(b.id)).stdout)["revealed"] is True
    r = run("ballots", "open", path, "4242")
    assert r.returncode == 1 and "4242" in r.stderr
