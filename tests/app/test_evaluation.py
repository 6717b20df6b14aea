"""Evaluation surveys: questions, answers, results, and the answers import."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from app.cli import main
from app.db import Database
from app.io.evaluation_import import import_answers
from app.io.tabular import ImportFailed
from app.models import SurveyResponse
from app.services import evaluation as ev
from app.services.errors import ServiceError


@pytest.fixture
def survey(db: Database, assembly) -> ev.SurveyInfo:  # type: ignore[no-untyped-def]
    s = ev.create_survey(db, assembly.id, "Hele forløbet")
    ev.add_question(db, s.id, "Jeg følte mig hørt", code="hoert")
    ev.add_question(
        db, s.id, "Hvor tilfreds er du?", code="tilfreds", scale_min=1, scale_max=3, labels=["Lidt", "Noget", "Meget"]
    )
    ev.add_question(db, s.id, "Kommentar", kind="text", code="kommentar")
    return ev.get_survey(db, s.id)


def test_questions_and_results(db: Database, survey: ev.SurveyInfo) -> None:
    assert [q.code for q in survey.questions] == ["hoert", "tilfreds", "kommentar"]
    assert survey.questions[0].labels[-1] == "Strongly agree"
    ev.add_response(db, survey.id, {"hoert": 5, "tilfreds": "Meget", "kommentar": "Godt"})
    ev.add_response(db, survey.id, {"hoert": "4", "tilfreds": 1})
    ev.add_response(db, survey.id, {survey.questions[0].id: 2})
    result = ev.survey_results(db, survey.id)
    hoert, tilfreds, kommentar = result.questions
    assert hoert.n == 3 and hoert.counts == {1: 0, 2: 1, 3: 0, 4: 1, 5: 1}
    assert hoert.mean == pytest.approx(11 / 3) and hoert.agree_share == pytest.approx(2 / 3)
    assert tilfreds.counts == {1: 1, 2: 0, 3: 1} and kommentar.texts == ["Godt"]
    assert ev.evaluation_results(db, survey.assembly_id)[0].survey.responses == 3


def test_bad_answers_store_nothing(db: Database, survey: ev.SurveyInfo) -> None:
    for answers, message in (
        ({"hoert": 6}, "outside the scale"),
        ({"hoert": "maybe"}, "neither a number"),
        ({"hoert": 2.5}, "whole number"),
        ({"nope": 1}, "no question"),
        ({"hoert": ""}, "no answers"),
    ):
        with pytest.raises(ServiceError, match=message):
            ev.add_response(db, survey.id, answers)
    with db.read() as s:
        assert s.query(SurveyResponse).count() == 0
    with pytest.raises(ServiceError):
        ev.add_question(db, survey.id, "x", code="hoert")
    with pytest.raises(ServiceError):
        ev.add_question(db, survey.id, "x", scale_min=3, scale_max=2)
    with pytest.raises(ServiceError):
        ev.create_survey(db, survey.assembly_id, "  ")


def test_import_answers_from_csv(db: Database, survey: ev.SurveyInfo, tmp_path: Path) -> None:
    path = tmp_path / "svar.csv"
    path.write_text(
        "Nr;hoert;Hvor tilfreds er du?;kommentar;ekstra\n1;5;Meget;Fint;x\n2;3;2;;\n3;;1;Mere kaffe;\n",
        encoding="utf-8",
    )
    result = import_answers(db, survey.id, path)
    assert result.responses == 3 and result.columns["Hvor tilfreds er du?"] == "tilfreds"
    assert result.ignored_columns == ["ekstra"]
    res = ev.survey_results(db, survey.id)
    assert res.questions[0].n == 2 and res.questions[1].counts == {1: 1, 2: 1, 3: 1}
    assert res.questions[2].texts == ["Fint", "Mere kaffe"]
    import_answers(db, survey.id, path)  # added again: counted twice
    assert ev.get_survey(db, survey.id).responses == 6
    import_answers(db, survey.id, path, replace=True)  # a corrected file replaces them
    assert ev.get_survey(db, survey.id).responses == 3


def test_import_reports_every_bad_row_and_writes_nothing(db: Database, survey: ev.SurveyInfo, tmp_path: Path) -> None:
    path = tmp_path / "svar.xlsx"
    pd.DataFrame(
        {
            "hoert": ["5", "7", "x", "2", ""],
            "tilfreds": ["1", "2", "3", "Enormt", ""],
            "kommentar": ["", "", "", "", ""],
        }
    ).to_excel(path, index=False)
    path2 = tmp_path / "svar2.xlsx"
    pd.DataFrame(
        {
            "hoert": ["5", "7", "x", "2", "", "1"],
            "tilfreds": ["1", "2", "3", "Enormt", "", "1"],
            "kommentar": ["", "", "", "", "", "hej"],
        }
    ).to_excel(path2, index=False)
    with pytest.raises(ImportFailed) as info:
        import_answers(db, survey.id, path2)
    problems = [(p.row, p.column) for p in info.value.problems]
    assert problems == [(3, "hoert"), (4, "hoert"), (5, "tilfreds")]
    assert "outside the scale" in str(info.value)
    assert ev.get_survey(db, survey.id).responses == 0
    unknown = tmp_path / "other.csv"
    unknown.write_text("a,b\n1,2\n", encoding="utf-8")
    with pytest.raises(ImportFailed, match="no column matches"):
        import_answers(db, survey.id, unknown)
    with pytest.raises(ImportFailed, match="no such file"):
        import_answers(db, survey.id, tmp_path / "missing.csv")


def test_cli_evaluation_import(db: Database, survey: ev.SurveyInfo, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    good = tmp_path / "good.csv"
    good.write_text("hoert,tilfreds\n4,2\n5,3\n", encoding="utf-8")
    bad = tmp_path / "bad.csv"
    bad.write_text("hoert,tilfreds\n9,2\n5,9\n", encoding="utf-8")
    assert main(["evaluation", str(db.path)]) == 0
    assert "Hele forløbet" in capsys.readouterr().out
    assert main(["evaluation", str(db.path), "--import", str(good)]) == 0
    assert "imported 2 responses" in capsys.readouterr().out
    assert main(["evaluation", str(db.path), "--import", str(bad)]) == 1
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0 and "row 2, column hoert" in err and "1 more problems" in err
    assert ev.get_survey(db, survey.id).responses == 2
