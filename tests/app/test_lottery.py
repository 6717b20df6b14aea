"""The Lottery area: pool import, quotas, the draw on the record, members, the CLI."""

from __future__ import annotations

import csv
import json
import random
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.algorithms import leximin
from app.cli import main
from app.db import Database
from app.io.pool import import_pool, read_quota_table
from app.io.tabular import ImportFailed
from app.models import Draw, DrawSelection, Member, Respondent
from app.services import quotas, sortition
from app.services.assembly import AssemblyInfo
from app.services.errors import ServiceError

AGES = ["16-29", "30-49", "50+"]
GENDERS = ["Kvinde", "Mand"]
AREAS = ["Nord", "Syd"]


def write_pool(path: Path, n: int = 60, seed: int = 1, households: bool = False) -> Path:
    rng = random.Random(seed)
    with path.open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["id", "household", "first_name", "email", "Alder", "Køn", "Område"])
        for i in range(n):
            hh = f"H{i // 2}" if households and i < 20 else ""
            w.writerow(
                [
                    f"R{i:03d}",
                    hh,
                    f"Navn{i}",
                    f"p{i}@example.dk",
                    rng.choice(AGES),
                    rng.choice(GENDERS),
                    rng.choice(AREAS),
                ]
            )
    return path


def write_quotas(path: Path, panel: int = 8) -> Path:
    rows = [
        ("Alder", "16-29", 2, 3, "30"),
        ("Alder", "30-49", 2, 3, "35"),
        ("Alder", "50+", 2, 3, "35"),
        ("Køn", "Kvinde", 4, 4, "50"),
        ("Køn", "Mand", 4, 4, "50"),
        ("Område", "Nord", 3, 5, "50"),
        ("Område", "Syd", 3, 5, "50"),
    ]
    with path.open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["feature", "value", "min", "max", "population_share"])
        w.writerows(rows)
    return path


@pytest.fixture
def pooled(db: Database, assembly: AssemblyInfo, tmp_path: Path) -> AssemblyInfo:
    import_pool(db, assembly.id, write_pool(tmp_path / "pool.csv"))
    quotas.import_quotas(db, assembly.id, write_quotas(tmp_path / "quotas.csv"))
    return assembly


# ------------------------------------------------------------------------------ import


def test_pool_import_creates_categories_and_respondents(db: Database, assembly: AssemblyInfo, tmp_path: Path) -> None:
    result = import_pool(db, assembly.id, write_pool(tmp_path / "pool.csv"))
    assert result.respondents == 60
    assert result.categories_created == ("Alder", "Køn", "Område")
    cats = quotas.list_categories(db, assembly.id)
    assert [v.name for v in cats[0].values] == AGES  # natural order
    assert sum(v.pool_count for v in cats[1].values) == 60


def test_bad_pool_rows_are_all_reported_and_nothing_is_written(
    db: Database, assembly: AssemblyInfo, tmp_path: Path
) -> None:
    import_pool(db, assembly.id, write_pool(tmp_path / "pool.csv", n=10))
    bad = tmp_path / "bad.csv"
    bad.write_text(
        "id,Alder,Køn,Område,email\n"
        "X1,16-29,Kvinde,Nord,a@b.dk\n"
        ",16-29,Kvinde,Nord,\n"
        "X3,99,Kvinde,Nord,\n"
        "X1,50+,Mand,Syd,\n"
        "X5,50+,Mand,,not-an-email\n",
        encoding="utf-8",
    )
    with pytest.raises(ImportFailed) as info:
        import_pool(db, assembly.id, bad)
    rows = sorted({p.row for p in info.value.problems if p.row})
    assert rows == [3, 4, 5, 6]
    assert any("'99' is not a value of Alder" in str(p) for p in info.value.problems)
    with db.read() as s:
        assert s.scalar(select(func.count(Respondent.id))) == 10


def test_quota_file_layout_of_sortition_algorithms(tmp_path: Path) -> None:
    rows = read_quota_table(write_quotas(tmp_path / "q.csv"))
    assert rows[0].category == "Alder" and rows[0].min == 2 and rows[0].max == 3
    assert rows[0].population_share == pytest.approx(0.30)
    bad = tmp_path / "bad.csv"
    bad.write_text("feature,value,min,max\nAlder,16-29,5,2\nAlder,30-49,x,3\n", encoding="utf-8")
    with pytest.raises(ImportFailed) as info:
        read_quota_table(bad)
    assert {p.row for p in info.value.problems} == {2, 3}


def test_quotas_from_targets_rounding_rule() -> None:
    assert quotas.quotas_from_targets([0.22, 0.14, 0.135, 0.505, None], 50) == [
        (11, 11),
        (7, 7),
        (6, 7),
        (25, 26),
        None,
    ]
    # shares normalised within the category: 0.5/0.5 of 9 = 4.5 → 4..5
    assert quotas.quotas_from_targets([1, 1], 9) == [(4, 5), (4, 5)]
    assert quotas.quotas_from_targets([0.5, 0.5], 9, tolerance=1) == [(3, 6), (3, 6)]


def test_apply_targets_sets_every_quota(db: Database, pooled: AssemblyInfo) -> None:
    cats = quotas.apply_targets(db, pooled.id, 10)
    gender = next(c for c in cats if c.name == "Køn")
    assert [(v.min_quota, v.max_quota) for v in gender.values] == [(5, 5), (5, 5)]


# -------------------------------------------------------------------------------- draw


def test_draw_records_panel_reserves_and_probabilities(db: Database, pooled: AssemblyInfo) -> None:
    lottery = sortition.compute_lottery(db, pooled.id, 8)
    assert sum(lottery.probabilities) == pytest.approx(8)
    assert len(lottery.tickets) == 1000
    inst, *_ = sortition._load_instance(db, pooled.id, 8, False)
    assert all(leximin.panel_meets_quotas(inst, t) for t in lottery.tickets)
    info = sortition.record_draw(db, lottery, reserves=5, seed="4711", number=123)
    assert info.transparent_number == 123 and info.seed == "4711"
    assert info.report["versions"]["highspy"]
    assert info.report["inputs_hash"] == lottery.inputs_hash
    with db.read() as s:
        sels = s.scalars(select(DrawSelection).where(DrawSelection.draw_id == info.id)).all()
        assert len(sels) == 60
        assert sum(x.probability for x in sels) == pytest.approx(8)
        members = [x for x in sels if x.role == "member"]
        reserves = sorted((x for x in sels if x.role == "reserve"), key=lambda x: x.rank or 0)
        assert len(members) == 8 and [x.rank for x in reserves] == [1, 2, 3, 4, 5]
        statuses = {r.id: r.status for r in s.scalars(select(Respondent))}
        assert all(statuses[x.respondent_id] == "selected" for x in members)
        assert all(statuses[x.respondent_id] == "reserve" for x in reserves)
    ext = sorted(lottery.external_ids[i] for i in lottery.tickets[123])
    summary = sortition.draw_summary(db, info.id)
    assert sorted(e for e, _ in summary.selected) == ext
    assert sum(summary.composition[1].panel) == 8


def test_same_seed_same_panel_and_reproduction(db: Database, pooled: AssemblyInfo) -> None:
    first = sortition.draw(db, pooled.id, 8, reserves=3, seed="seed-1")
    again = sortition.compute_lottery(db, pooled.id, 8)
    _n, panel, ranked = sortition.pick(
        sortition._load_instance(db, pooled.id, 8, False)[0], again.tickets, "seed-1", None, 3
    )
    summary = sortition.draw_summary(db, first.id)
    assert sorted(again.external_ids[i] for i in panel) == [e for e, _ in summary.selected]
    assert [again.external_ids[i] for i in ranked] == [e for _r, e, _f in summary.reserves]
    check = sortition.reproduce_draw(db, first.id)
    assert check.same_inputs and check.same_panel and check.same_reserves
    other = sortition.record_draw(db, again, reserves=3, seed="seed-2")
    assert (
        sortition.draw_summary(db, other.id).selected != summary.selected
        or other.transparent_number == first.transparent_number
    )


def test_infeasible_quotas_name_the_conflict_and_change_nothing(db: Database, pooled: AssemblyInfo) -> None:
    gender = next(c for c in quotas.list_categories(db, pooled.id) if c.name == "Køn")
    quotas.set_quota(db, gender.values[0].id, 6, 8)
    with pytest.raises(ServiceError) as info:
        sortition.draw(db, pooled.id, 8, reserves=2, seed="1")
    assert "Køn" in str(info.value) and "minimums add up to 10" in str(info.value)
    danish = info.value.localised("da")
    assert danish.startswith("Kvoterne kan ikke overholdes: ") and "Køn" in danish
    assert "minimummerne giver tilsammen 10" in danish, danish
    with db.read() as s:
        assert s.scalar(select(func.count(Draw.id))) == 0
        assert set(s.scalars(select(Respondent.status))) == {"pool"}


def test_make_members_follows_contract_3(db: Database, pooled: AssemblyInfo) -> None:
    info = sortition.draw(db, pooled.id, 8, reserves=2, seed="7")
    assert sortition.make_members(db, info.id) == 8
    with db.read() as s:
        members = s.scalars(select(Member).order_by(Member.number)).all()
        assert [m.number for m in members] == list(range(1, 9))
        assert all(m.draw_id == info.id and m.respondent_id for m in members)
        assert all(len(m.values) == 3 for m in members)
        assert all(m.contact is not None and m.contact.email.endswith("@example.dk") for m in members)
    with pytest.raises(ServiceError):
        sortition.make_members(db, info.id)
    with pytest.raises(ServiceError):
        sortition.draw(db, pooled.id, 8, seed="8")


def test_household_rule_draw(db: Database, assembly: AssemblyInfo, tmp_path: Path) -> None:
    import_pool(db, assembly.id, write_pool(tmp_path / "pool.csv", households=True))
    quotas.import_quotas(db, assembly.id, write_quotas(tmp_path / "quotas.csv"))
    lottery = sortition.compute_lottery(db, assembly.id, 8, household_rule=True)
    assert lottery.model.startswith("profiles+households")
    inst, *_ = sortition._load_instance(db, assembly.id, 8, True)
    assert all(leximin.panel_meets_quotas(inst, t) for t in lottery.tickets)


# --------------------------------------------------------------------------------- CLI


def run_cli(tmp_path: Path, *extra: str) -> tuple[int, Path]:
    out = tmp_path / "out"
    code = main(
        [
            "lottery",
            "draw",
            "--pool",
            str(tmp_path / "pool.csv"),
            "--categories",
            str(tmp_path / "quotas.csv"),
            "--out",
            str(out),
            *extra,
        ]
    )
    return code, out


def test_cli_draw_writes_the_four_files(tmp_path: Path) -> None:
    write_pool(tmp_path / "pool.csv")
    write_quotas(tmp_path / "quotas.csv")
    code, out = run_cli(tmp_path, "--size", "8", "--reserves", "4", "--seed", "99")
    assert code == 0
    with (out / "selected.csv").open(encoding="utf-8") as fh:
        selected = list(csv.DictReader(fh))
    assert len(selected) == 8 and list(selected[0])[0] == "id"
    with (out / "reserves.csv").open(encoding="utf-8") as fh:
        reserves = list(csv.DictReader(fh))
    assert [r["rank"] for r in reserves] == ["1", "2", "3", "4"]
    with (out / "probabilities.csv").open(encoding="utf-8") as fh:
        probs = {r["id"]: float(r["probability"]) for r in csv.DictReader(fh)}
    assert len(probs) == 60 and sum(probs.values()) == pytest.approx(8, abs=1e-3)
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert report["algorithm"] == "leximin" and report["seed"] == "99"
    assert report["min_probability"] == pytest.approx(min(probs.values()), abs=1e-5)
    assert sum(report["achieved"]["Køn"].values()) == 8
    assert report["quotas"]["Køn"]["Kvinde"] == [4, 4]
    assert "highspy" in report["versions"] and "seconds" in report
    # the same seed gives the same panel
    first = [r["id"] for r in selected]
    code, out = run_cli(tmp_path, "--size", "8", "--reserves", "4", "--seed", "99")
    with (out / "selected.csv").open(encoding="utf-8") as fh:
        assert [r["id"] for r in csv.DictReader(fh)] == first


def test_cli_infeasible_and_bad_files(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write_pool(tmp_path / "pool.csv")
    write_quotas(tmp_path / "quotas.csv")
    code, out = run_cli(tmp_path, "--size", "6")
    err = capsys.readouterr().err
    assert code == 1 and "quotas cannot be met" in err and "Køn" in err and len(err.strip().splitlines()) == 1
    assert not out.exists()
    (tmp_path / "quotas.csv").write_text("feature,value\n", encoding="utf-8")
    code, _ = run_cli(tmp_path, "--size", "8")
    assert code == 1
    code = main(
        [
            "lottery",
            "draw",
            "--pool",
            str(tmp_path / "nope.csv"),
            "--categories",
            str(tmp_path / "pool.csv"),
            "--size",
            "8",
            "--out",
            str(tmp_path / "o"),
        ]
    )
    assert code == 1


def test_cli_maximin_is_tingsteds_own_and_the_library_has_its_own_name(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write_pool(tmp_path / "pool.csv")
    write_quotas(tmp_path / "quotas.csv")
    called: list[str] = []
    real = leximin.library_maximin

    def spy(inst: leximin.Instance) -> tuple[list[list[int]], list[float]]:
        called.append("library")
        return real(inst)

    monkeypatch.setattr(leximin, "library_maximin", spy)
    code, out = run_cli(tmp_path, "--size", "8", "--seed", "5", "--algorithm", "maximin")
    assert code == 0 and called == []
    own = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert own["algorithm"] == "maximin" and own["method"].startswith("Tingsted maximin")
    code, out2 = run_cli(tmp_path, "--size", "8", "--seed", "5", "--algorithm", "library-maximin")
    assert code == 0 and called == ["library"]
    lib = json.loads((out2 / "report.json").read_text(encoding="utf-8"))
    assert lib["method"].startswith("sortition-algorithms maximin")
    # both reach the same lowest chance (the maximin optimum)
    assert own["min_probability"] == pytest.approx(lib["min_probability"], abs=1e-4)


def test_a_draw_recorded_as_maximin_before_the_rename_ran_the_library() -> None:
    assert sortition.method_of("maximin", {"algorithm": "maximin"}) == "library-maximin"
    assert sortition.method_of("maximin", {"algorithm": "maximin", "method": "x"}) == "maximin"
    assert sortition.method_of("leximin", {}) == "leximin"
