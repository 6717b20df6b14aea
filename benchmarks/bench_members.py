"""Members benchmarks: roster import and check-in lookup as you type.

    .venv/bin/python benchmarks/bench_members.py

Targets (issue 3): a 5,000-row roster from file to committed in under 2 s; the check-in
lookup as you type on a 500-member assembly in under 30 ms per keystroke. Prints the
figures with a baseline measured in the same run.
"""

from __future__ import annotations

import os
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app.db import Database, create_database  # noqa: E402
from app.io.roster import import_roster, read_roster  # noqa: E402
from app.io.tabular import read_table  # noqa: E402
from app.models import Category, CategoryValue, MeetingDay, Member, MemberContact, MemberValue  # noqa: E402
from app.services.assembly import create_assembly  # noqa: E402

FIRST = ["Anna", "Søren", "Åse", "Jørgen", "Mette", "Lars", "Pia", "Ida", "Uffe", "Karen", "Bo", "Freja", "Emil"]
LAST = ["Jensen", "Ærø", "Østergård", "Højgaard", "Nielsen", "Hansen", "Kjærsgaard", "Sørensen", "Løkke", "Berg"]
AGES = ["16-24", "25-39", "40-59", "60+"]


def make_assembly(folder: Path, name: str) -> tuple[Database, int]:
    db = create_database(folder / f"{name}.tingsted")
    a = create_assembly(db, "Benchmark")
    with db.session() as s:
        for pos, (cname, values) in enumerate([("Alder", AGES), ("Køn", ["Kvinde", "Mand"])]):
            cat = Category(assembly_id=a.id, name=cname, position=pos)
            cat.values = [CategoryValue(name=v, position=i) for i, v in enumerate(values)]
            s.add(cat)
        s.add(MeetingDay(assembly_id=a.id, number=1, date=__import__("datetime").date(2026, 2, 7)))
    return db, a.id


def write_roster(path: Path, rows: int) -> None:
    rnd = random.Random(1)
    lines = ["Fornavn;Efternavn;E-mail;Telefon;Alder;Køn;Adresse;Postnr"]
    for i in range(rows):
        first, last = rnd.choice(FIRST), rnd.choice(LAST)
        lines.append(
            f"{first};{last};person{i}@example.dk;{20000000 + i};{rnd.randint(16, 90)};"
            f"{rnd.choice(['Kvinde', 'Mand', 'K', 'M'])};Vejen {i};{4700 + i % 50}"
        )
    path.write_text("\r\n".join(lines) + "\r\n", encoding="cp1252")  # Danish Excel: Latin-1 and semicolons


def bench_import(folder: Path, rows: int = 5000, runs: int = 3) -> None:
    path = folder / "roster.csv"
    write_roster(path, rows)
    times, cpu_times, read_times, raw_times = [], [], [], []
    for run in range(runs):
        db, assembly_id = make_assembly(folder, f"import{run}")
        with db.read() as s:
            kvinde = s.query(CategoryValue).filter_by(name="Kvinde").one()
            mand = s.query(CategoryValue).filter_by(name="Mand").one().id
            value_map = {kvinde.category_id: {"K": kvinde.id, "M": mand}}
        t0, c0 = time.perf_counter(), time.process_time()
        frame = read_roster(path)
        result = import_roster(db, assembly_id, frame, value_map=value_map)
        times.append(time.perf_counter() - t0)
        cpu_times.append(time.process_time() - c0)
        assert result.imported == rows, result
        db.dispose()
        # baseline 1: only reading the file
        t0 = time.perf_counter()
        read_table(path)
        read_times.append(time.perf_counter() - t0)
        # baseline 2: the same rows straight into SQLite with executemany, no checks
        con = sqlite3.connect(folder / f"raw{run}.sqlite")
        con.execute("PRAGMA journal_mode=WAL")
        con.execute("PRAGMA synchronous=FULL")
        con.execute("CREATE TABLE m (id INTEGER PRIMARY KEY, first TEXT, last TEXT, email TEXT, phone TEXT)")
        rows_raw = [tuple(r) for r in frame[["Fornavn", "Efternavn", "E-mail", "Telefon"]].itertuples(index=False)]
        t0 = time.perf_counter()
        with con:
            con.executemany("INSERT INTO m (first, last, email, phone) VALUES (?, ?, ?, ?)", rows_raw)
        raw_times.append(time.perf_counter() - t0)
        con.close()
    best = min(times)
    print(
        f"roster import, {rows} rows (Latin-1, semicolons, values mapped), file → committed "
        f"(load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs):"
    )
    print(
        f"  best {best * 1000:.0f} ms, median {statistics.median(times) * 1000:.0f} ms over {runs} runs "
        f"(target < 2000 ms: {'OK' if best < 2 else 'MISSED'})"
    )
    print(
        f"  CPU time of this process: best {min(cpu_times) * 1000:.0f} ms (the rest is waiting: disk sync, other work)"
    )
    print(
        f"  baseline: reading the file only {min(read_times) * 1000:.0f} ms; "
        f"raw sqlite executemany of the names {min(raw_times) * 1000:.0f} ms"
    )


def make_members(db: Database, assembly_id: int, n: int) -> None:
    rnd = random.Random(2)
    with db.session() as s:
        cats = s.query(Category).order_by(Category.position).all()
        for i in range(n):
            m = Member(assembly_id=assembly_id, number=i + 1)
            m.contact = MemberContact(first_name=rnd.choice(FIRST), last_name=rnd.choice(LAST))
            s.add(m)
            s.flush()
            for c in cats:
                s.add(MemberValue(member_id=m.id, category_id=c.id, value_id=rnd.choice(c.values).id))


def bench_lookup(folder: Path, n: int = 500) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from app.services.checkin import CheckinIndex, roster_for_day
    from ui.context import AppContext
    from ui.members.checkin import CheckinView

    db, assembly_id = make_assembly(folder, "lookup")
    make_members(db, assembly_id, n)
    with db.read() as s:
        day_id = s.query(MeetingDay).one().id
    entries = roster_for_day(db, assembly_id, day_id)
    queries = ["ø", "øs", "øst", "åse", "åse h", "jør", "jørgen ø", "4", "42", "421", "k", "ka", "kar", "karen j"]

    index = CheckinIndex(entries)
    per_search = []
    for _ in range(20):
        for q in queries:
            t0 = time.perf_counter()
            index.search(q)
            per_search.append(time.perf_counter() - t0)

    def naive(q: str) -> list[object]:  # baseline: lower() every name on every keystroke, sort all
        q = q.lower()
        hits = [e for e in entries if e.name.lower().startswith(q) or str(e.number).startswith(q)]
        return sorted(hits, key=lambda e: e.name.lower())[:8]

    per_naive = []
    for _ in range(20):
        for q in queries:
            t0 = time.perf_counter()
            naive(q)
            per_naive.append(time.perf_counter() - t0)

    app = QApplication.instance() or QApplication([])
    ctx = AppContext(db, assembly_id)
    view = CheckinView(ctx)
    view.resize(1280, 800)
    view.show()
    app.processEvents()
    per_key, per_key_cpu = [], []
    for word in ["søren", "østergård", "421", "karen jensen", "åse højgaard", "mette l"] * 5:
        view.input.clear()
        for ch in word:
            t0, c0 = time.perf_counter(), time.process_time()
            QTest.keyClicks(view.input, ch)
            app.processEvents()
            per_key.append(time.perf_counter() - t0)
            per_key_cpu.append(time.process_time() - c0)
    t0 = time.perf_counter()
    QTest.keyClick(view.input, Qt.Key.Key_Return)
    app.processEvents()
    commit = time.perf_counter() - t0
    view.close()

    def ms(xs: list[float]) -> str:
        xs = sorted(xs)
        return (
            f"median {statistics.median(xs) * 1000:.3f} ms, p95 {xs[int(len(xs) * 0.95)] * 1000:.3f} ms, "
            f"max {xs[-1] * 1000:.3f} ms"
        )

    p95 = sorted(per_key)[int(len(per_key) * 0.95)]
    print(f"check-in lookup as you type, {n} members (load average now {os.getloadavg()[0]:.1f}):")
    print(f"  index search per keystroke: {ms(per_search)}")
    print(f"  baseline naive scan:        {ms(per_naive)}")
    print(
        f"  whole screen per keystroke (search + match list, Qt offscreen, {len(per_key)} keys): {ms(per_key)} "
        f"(target < 30 ms at p95: {'OK' if p95 < 0.030 else 'MISSED'})"
    )
    print(f"  the same, CPU time of this process only (not waiting for other processes): {ms(per_key_cpu)}")
    print(f"  Enter → check-in committed and shown (incl. reloading the day's roster): {commit * 1000:.1f} ms")


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        bench_import(folder)
        bench_lookup(folder)


if __name__ == "__main__":
    main()
