"""``tingsted votes import`` and ``tingsted results``."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from app.cli import main
from app.db import Database
from app.services import voting
from app.services.assembly import AssemblyInfo
from tests.app.test_voting import make_members, make_recommendations


@pytest.fixture
def scale_ballot(db: Database, assembly: AssemblyInfo) -> int:
    make_members(db, assembly.id, 10)
    recs = make_recommendations(db, assembly.id, 3)
    b = voting.create_ballot(
        db, assembly.id, "Støtte", "support_scale", recommendation_ids=recs, threshold=0.8, secret=True
    )
    voting.open_ballot(db, b.id)
    return b.id


def _path(db: Database) -> str:
    assert db.path is not None
    return str(db.path)


def test_import_papers_with_danish_and_english_words(db: Database, assembly: AssemblyInfo, tmp_path: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:  # fmt: skip
    make_members(db, assembly.id, 10)
    recs = make_recommendations(db, assembly.id, 2)
    b = voting.create_ballot(db, assembly.id, "JN", "yes_no_abstain", recommendation_ids=recs, threshold=0.5)
    voting.open_ballot(db, b.id)
    f = tmp_path / "papers.csv"
    f.write_text(
        "paper;A1;A2;ugyldig\n1;ja;nej;\n2;yes;No;\n3;hverken;blank;\n4;;;x\n5;Ja;abstain;\n", encoding="utf-8"
    )
    assert main(["votes", "import", _path(db), "--ballot", str(b.id), str(f)]) == 0
    assert "5 papers counted" in capsys.readouterr().out
    r = voting.ballot_result(db, b.id)
    assert r.items[0].counts == {"yes": 3, "no": 0, "abstain": 1}
    assert r.items[1].counts == {"yes": 0, "no": 2, "abstain": 2}  # an empty cell is blank (abstain)
    assert (r.items[0].spoilt, r.cast) == (1, 5)


def test_import_lists_every_bad_row_and_imports_nothing(db: Database, scale_ballot: int, tmp_path: Path,
                                                        capsys: pytest.CaptureFixture[str]) -> None:  # fmt: skip
    f = tmp_path / "papers.csv"
    f.write_text("paper,A1,A2,A3\n1,5,4,3\n2,6,4,3\nx,5,5,5\n1,5,5,5\n5,ja,2,1\n", encoding="utf-8")
    assert main(["votes", "import", _path(db), "--ballot", str(scale_ballot), str(f)]) == 1
    err = capsys.readouterr().err
    assert "row 3, column A1: “6” is not an option" in err
    assert "row 4, column paper" in err
    assert "row 5, column paper: paper 1 is also in row 2" in err
    assert "row 6, column A1: “ja” is not an option" in err
    assert "nothing imported: 4 problem(s)" in err
    assert "Traceback" not in err
    assert voting.ballot_result(db, scale_ballot).cast == 0
    assert voting.typed_paper_numbers(db, scale_ballot) == set()


def test_import_refuses_a_file_without_the_ballots_columns(db: Database, scale_ballot: int, tmp_path: Path,
                                                           capsys: pytest.CaptureFixture[str]) -> None:  # fmt: skip
    f = tmp_path / "papers.csv"
    f.write_text("nummer,A1,B7\n1,5,5\n", encoding="utf-8")
    assert main(["votes", "import", _path(db), "--ballot", str(scale_ballot), str(f)]) == 1
    err = capsys.readouterr().err
    assert "no column “paper”" not in err  # "nummer" is a paper column
    assert "column A2: no column for A2" in err
    assert "column B7: not an item of this ballot" in err


def test_import_into_a_closed_ballot_or_a_missing_one_fails(db: Database, scale_ballot: int, tmp_path: Path,
                                                            capsys: pytest.CaptureFixture[str]) -> None:  # fmt: skip
    f = tmp_path / "papers.csv"
    f.write_text("paper,A1,A2,A3\n1,5,4,3\n", encoding="utf-8")
    assert main(["votes", "import", _path(db), "--ballot", str(scale_ballot), str(tmp_path / "none.csv")]) == 1
    assert "no such file" in capsys.readouterr().err
    assert main(["votes", "import", _path(db), "--ballot", "999", str(f)]) == 1
    assert "No ballot with id 999" in capsys.readouterr().err
    voting.close_ballot(db, scale_ballot)
    assert main(["votes", "import", _path(db), "--ballot", str(scale_ballot), str(f)]) == 1
    assert "open ballot only" in capsys.readouterr().err


def test_results_json_and_csv(db: Database, scale_ballot: int, tmp_path: Path,
                              capsys: pytest.CaptureFixture[str]) -> None:  # fmt: skip
    f = tmp_path / "papers.csv"
    f.write_text("paper,A1,A2,A3\n" + "".join(f"{n},5,2,{5 if n < 9 else 1}\n" for n in range(1, 11)))
    assert main(["votes", "import", _path(db), "--ballot", str(scale_ballot), str(f)]) == 0
    voting.close_ballot(db, scale_ballot)
    capsys.readouterr()
    assert main(["results", _path(db), "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert len(data) == 1
    rec = data[0]
    for key in ("id", "title", "method", "secret", "state", "threshold", "base", "eligible", "present", "cast"):
        assert key in rec
    assert (rec["method"], rec["secret"], rec["state"], rec["threshold"], rec["cast"]) == (
        "support_scale", True, "closed", 0.8, 10
    )  # fmt: skip
    assert rec["checksum"] and len(rec["checksum"]) == 64
    items = rec["items"]
    assert [i["recommendation"] for i in items] == ["A1", "A2", "A3"]
    assert items[0]["counts"] == {"5": 10, "4": 0, "3": 0, "2": 0, "1": 0}
    assert [i["adopted"] for i in items] == [True, False, True]  # A3: 8 of 10 is exactly 80 %
    assert items[2]["support_share"] == pytest.approx(0.8)

    assert main(["results", _path(db), "--format", "csv"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert len(rows) == 3
    assert rows[0]["recommendation"] == "A1" and rows[0]["adopted"] == "true"
    assert json.loads(rows[1]["counts"])["2"] == 10
    assert rows[0]["eligible"] == "10" and rows[0]["base"] == "valid"


def test_results_refuses_a_file_that_is_not_a_database(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    f = tmp_path / "x.txt"
    f.write_text("hello")
    assert main(["results", str(f)]) == 1
    assert "not a Tingsted database" in capsys.readouterr().err
    with pytest.raises(SystemExit) as exc:
        main(["results", str(f), "--format", "xml"])
    assert exc.value.code == 2


def test_papers_typed_in_while_the_file_is_read_are_named_by_row(
    db: Database, scale_ballot: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.io import paper_ballots
    from app.io.tabular import ImportFailed

    f = tmp_path / "papers.csv"
    f.write_text("paper,A1,A2,A3\n1,5,4,3\n2,5,5,5\n3,1,2,3\n4,4,4,4\n", encoding="utf-8")
    items = [str(i.id) for i in voting.get_ballot(db, scale_ballot).items]
    real_read = paper_ballots._read

    def read_while_helpers_type(*args: object) -> object:
        result = real_read(*args)  # type: ignore[arg-type]
        for number in (4, 2):  # a helper at the keyboard, double entry, meanwhile
            voting.enter_paper(db, scale_ballot, number, dict.fromkeys(items, "5"), entry=1)
        return result

    monkeypatch.setattr(paper_ballots, "_read", read_while_helpers_type)
    with pytest.raises(ImportFailed) as failed:
        paper_ballots.import_paper_ballots(db, scale_ballot, f)
    problems = failed.value.problems
    assert [(p.row, p.column) for p in problems] == [(3, "paper"), (5, "paper")]
    assert "paper 2 was typed in for this ballot meanwhile" in problems[0].message
    assert "stemmeseddel 4" in problems[1].text("da")
    assert voting.typed_paper_numbers(db, scale_ballot) == {2, 4}  # nothing of the file imported
    assert voting.ballot_result(db, scale_ballot).cast == 0
