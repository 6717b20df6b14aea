"""Phone voting benchmark (issue 15 item 9): N simulated phones fetch the open ballot and
vote at once, over real HTTP on loopback, against `tingsted phones serve` in its own process.

    .venv/bin/python benchmarks/bench_phones.py [--n 100 500 2000] [--secret]

Prints, for each N: the time until every vote is acknowledged, the latency (GET + POST per
phone) median and p99, votes lost (acknowledged but not stored, or never acknowledged) and
doubled (stored more than once), and the server's CPU time. Targets: 500 phones within 2 s
with p99 < 1 s; 2,000 within 10 s; 0 lost, 0 doubled. The machine is shared: figures are
noisy under load.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import signal
import ssl
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import httpx  # noqa: E402

from app.db import create_database, open_database  # noqa: E402
from app.models import Member, Recommendation  # noqa: E402
from app.services import phones, voting  # noqa: E402
from app.services.assembly import create_assembly  # noqa: E402


def make_db(path: Path, n: int, secret: bool) -> tuple[list[str], int, list[str]]:
    db = create_database(path)
    try:
        a = create_assembly(db, "Benchtinget")
        with db.session() as s:
            s.add_all(Member(assembly_id=a.id, number=i + 1) for i in range(n))
            recs = [Recommendation(assembly_id=a.id, code=f"A{i}", title=f"A{i}", position=i) for i in range(3)]
            s.add_all(recs)
            s.flush()
            rec_ids = [r.id for r in recs]
        tokens = [link.token for link in phones.issue_links(db, a.id)]
        b = voting.create_ballot(db, a.id, "Bench", "support_scale", recommendation_ids=rec_ids, secret=secret)
        voting.open_ballot(db, b.id)
        return tokens, b.id, [str(i.id) for i in b.items]
    finally:
        db.dispose()


async def storm(url: str, tokens: list[str], ballot_id: int) -> tuple[float, list[float], int]:
    """Every phone is its own client with its own connection (as real phones are; one
    shared httpx pool of thousands of connections spends its time scanning the pool)."""
    latencies: list[float] = []
    acked = 0
    tls = ssl.create_default_context()  # unused on http://, but made once instead of per client
    start = time.perf_counter()

    async def phone(i: int) -> None:
        nonlocal acked
        auth = {"Authorization": f"Bearer {tokens[i]}"}
        async with httpx.AsyncClient(base_url=url, timeout=60, verify=tls) as client:
            t0 = time.perf_counter()
            for _attempt in range(5):
                try:
                    got = await client.get("/api/ballot", headers=auth)
                    items = [str(it["id"]) for it in got.json()["items"]]
                    r = await client.post(
                        f"/api/ballots/{ballot_id}/votes",
                        headers=auth,
                        json={"choices": {it: str(1 + (i + k) % 5) for k, it in enumerate(items)},
                              "submission": f"bench-{i:06d}"},
                    )  # fmt: skip
                except httpx.HTTPError:
                    continue
                if r.status_code == 200:
                    acked += 1
                    latencies.append(time.perf_counter() - t0)
                    return

    await asyncio.gather(*(phone(i) for i in range(len(tokens))))
    return time.perf_counter() - start, latencies, acked


def _worker(url: str, tokens: list[str], ballot_id: int, start_at: float) -> tuple[float, list[float], int, float]:
    """One client process: waits for the common start, runs its phones; (end, latencies,
    acknowledged, its CPU time)."""
    time.sleep(max(0.0, start_at - time.time()))
    cpu0 = time.process_time()
    _wall, latencies, acked = asyncio.run(storm(url, tokens, ballot_id))
    return time.time(), latencies, acked, time.process_time() - cpu0


def clients(url: str, tokens: list[str], ballot_id: int, k: int) -> tuple[float, list[float], int, float]:
    """The phones spread over ``k`` client processes (one Python process cannot play 2,000
    phones as fast as the server answers them); (wall, latencies, acknowledged, client CPU)."""
    if k <= 1:
        cpu0 = time.process_time()
        wall, lat, acked = asyncio.run(storm(url, tokens, ballot_id))
        return wall, lat, acked, time.process_time() - cpu0
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(k) as pool:
        start_at = time.time() + 2.0  # every process started and waiting
        futures = [pool.submit(_worker, url, tokens[j::k], ballot_id, start_at) for j in range(k)]
        results = [f.result() for f in futures]
    end = max(r[0] for r in results)
    return end - start_at, [x for r in results for x in r[1]], sum(r[2] for r in results), sum(r[3] for r in results)


def cpu_of(pid: int) -> float:
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except (OSError, IndexError, ValueError):
        return float("nan")


def run(n: int, secret: bool, k: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench.tingsted"
        tokens, ballot_id, _items = make_db(path, n, secret)
        proc = subprocess.Popen(
            [sys.executable, "-m", "tingsted", "phones", "serve", str(path), "--host", "127.0.0.1", "--port", "0"],
            stdout=subprocess.PIPE,
            text=True,
        )
        assert proc.stdout is not None
        url = proc.stdout.readline().strip()
        try:
            cpu0 = cpu_of(proc.pid)
            wall, lat, acked, client_cpu = clients(url, tokens, ballot_id, k)
            cpu = cpu_of(proc.pid) - cpu0
        finally:
            proc.send_signal(signal.SIGTERM)
            proc.wait(30)
        db = open_database(path)
        try:
            stored = phones.voted_by_phone(db, ballot_id)
            cast = voting.ballot_result(db, ballot_id).cast
        finally:
            db.dispose()
        lat.sort()
        p99 = lat[min(len(lat) - 1, int(0.99 * len(lat)))] if lat else float("nan")
        lost = n - min(acked, stored)
        doubled = max(0, cast - stored) + max(0, stored - n)
        print(
            f"N={n:5d} {'secret' if secret else 'named '} clients={k}  all acknowledged in {wall:6.2f} s  "
            f"latency median {statistics.median(lat) if lat else float('nan'):.3f} s  p99 {p99:.3f} s  "
            f"acked {acked}  stored {stored}  lost {lost}  doubled {doubled}  "
            f"server CPU {cpu:.2f} s  client CPU {client_cpu:.2f} s",
            flush=True,
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, nargs="+", default=[100, 500, 2000])
    parser.add_argument("--secret", action="store_true", help="a secret ballot (votes stored in groups of 5)")
    parser.add_argument("--clients", type=int, default=2, help="client processes playing the phones (default 2)")
    args = parser.parse_args()
    for n in args.n:
        run(n, args.secret, args.clients)


if __name__ == "__main__":
    main()
