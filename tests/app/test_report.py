"""The recommendation report: read the produced PDF back with pypdf."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from pypdf.generic import ContentStream

from app.cli import main
from app.db import Database
from app.reports.recommendation_report import SECTIONS, ReportOptions, build_report
from app.services.errors import ServiceError
from tests.app.test_report_fixtures import SECRET_NAMES, populate


def _text(path: Path) -> tuple[list[str], PdfReader]:
    reader = PdfReader(str(path))
    return [page.extract_text() or "" for page in reader.pages], reader


def _drawn_rects(reader: PdfReader, page_number: int) -> int:
    """Rectangles drawn on a page (the vector charts' bars and legend keys are rectangles)."""
    page = reader.pages[page_number]
    return sum(1 for _operands, op in ContentStream(page.get_contents(), reader).operations if op == b"re")


def test_full_report_in_english_has_every_section_and_charts(db: Database, assembly, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    populate(db, assembly.id)
    logo = tmp_path / "logo.png"
    from PIL import Image

    Image.new("RGB", (300, 100), "#1f6f8b").save(logo)
    out = tmp_path / "report.pdf"
    steps: list[float] = []
    summary = build_report(
        db,
        assembly.id,
        out,
        ReportOptions(lang="en", preface="Dear council,\n\nHere are our recommendations.", logo=logo),
        progress=lambda done, total, text: steps.append(done),
    )
    pages, reader = _text(out)
    whole = "\n".join(pages)
    assert summary.pages == len(reader.pages) >= 8
    assert steps and steps[-1] == 100
    # cover: name, commissioning body, remit; a contents page with page numbers
    assert "Testtinget" in pages[0] and "Testby Byråd" in pages[0] and "Hvad gør vi?" in pages[0]
    assert "Contents" in pages[1] and "The recommendations" in pages[1]
    for heading in (
        "Preface",
        "The process",
        "The members",
        "Attendance",
        "The recommendations",
        "Minority statements",
        "Evaluation",
        "Appendix: all ballots",
    ):
        assert heading in whole, heading
    # Danish characters come through as text
    assert "Endelig ordlyd for A1: æ ø å Æ Ø Å." in whole
    assert "Dr. Åse Møller" in whole and "Initiativ 2 til A3" in whole
    assert "Vi mener, at prisen bør betales af brugerne." in whole
    assert "Support level: 89 % – adopted" in whole and "not adopted" in whole
    assert "Threshold 80 %" in whole
    # the members section says how they were drawn
    assert "stratified lottery" in whole and "leximin" in whole and "pool of 120" in whole
    # the contents lists the recommendations with page numbers
    assert "A2 Gratis bus for unge under 25 år" in pages[1]
    # no personal data in the report
    for name in SECRET_NAMES:
        assert name.split()[1] not in whole
    # charts are present as vector graphics (and one image: the logo)
    assert summary.charts >= 8
    rec_page = next(i for i, t in enumerate(pages) if "Initiativ 1 til A1" in t)
    assert "Threshold 80 %" in pages[rec_page]
    assert _drawn_rects(reader, rec_page) >= 5  # two bar segments (yes, no) and three legend keys
    members_page = next(i for i, t in enumerate(pages) if "Members compared with the population: Alder" in t)
    assert _drawn_rects(reader, members_page) >= 2 * 2 + 2  # target and member bars per value, legend
    images = sum(len(page.images) for page in reader.pages)
    assert images == 1  # the logo; charts are vectors, not pictures
    assert reader.outline  # bookmarks for the PDF viewer's sidebar


def test_danish_report_and_chosen_sections(db: Database, assembly, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    populate(db, assembly.id)
    out = tmp_path / "rapport.pdf"
    summary = build_report(db, assembly.id, out, ReportOptions(lang="da", sections=["recommendations", "minority"]))
    pages, reader = _text(out)
    whole = "\n".join(pages)
    assert summary.sections == ["recommendations", "minority"]
    assert "Anbefalingerne" in whole and "Mindretalsudtalelser" in whole
    assert "Tærskel 80 %" in whole and "vedtaget" in whole
    assert "Indhold" not in whole and "Fremmøde" not in whole and "Evaluering" not in pages[-1]
    assert "Side 1 af" in pages[0]


def test_report_of_an_empty_assembly_still_builds(db: Database, assembly, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "empty.pdf"
    summary = build_report(db, assembly.id, out, ReportOptions(lang="en", sections=SECTIONS))
    whole = "\n".join(_text(out)[0])
    assert summary.pages >= 3 and summary.charts == 0
    assert "No members have been drawn yet." in whole
    assert "No recommendations have been written yet." in whole
    assert "No ballot has been closed yet." in whole


def test_bad_inputs_are_refused_and_leave_no_file(db: Database, assembly, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ServiceError, match="Unknown report section"):
        build_report(db, assembly.id, tmp_path / "a.pdf", ReportOptions(sections=["nonsense"]))
    with pytest.raises(ServiceError, match="no such folder"):
        build_report(db, assembly.id, tmp_path / "missing" / "a.pdf")
    bad_logo = tmp_path / "logo.png"
    bad_logo.write_text("not an image")
    with pytest.raises(ServiceError, match="cannot be read as an image"):
        build_report(db, assembly.id, tmp_path / "a.pdf", ReportOptions(logo=bad_logo))

    def cancel(done: float, total: float, text: str) -> None:
        if done > 30:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        build_report(db, assembly.id, tmp_path / "a.pdf", progress=cancel)
    assert list(tmp_path.glob("*.pdf")) == []


def test_cli_report(db: Database, assembly, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    populate(db, assembly.id)
    preface = tmp_path / "preface.txt"
    preface.write_text("Forord fra sekretariatet.", encoding="utf-8")
    out = tmp_path / "r.pdf"
    path = str(db.path)
    assert (
        main(["report", path, str(out), "--lang", "da", "--sections", "preface,process", "--preface", str(preface)])
        == 0
    )
    whole = "\n".join(_text(out)[0])
    assert "Forord fra sekretariatet." in whole and "Forløbet" in whole
    assert main(["report", path, str(tmp_path / "nope" / "r.pdf")]) == 1
    assert main(["report", str(tmp_path / "missing.db"), str(out)]) == 1
    assert main(["report", path, str(out), "--sections", "cover,foo"]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 3 and all(line.startswith("tingsted: ") for line in err)


def test_report_verbs_load_only_their_own_cli_module() -> None:
    from app.cli import AREAS, _areas_for

    assert _areas_for(["report", "x.db", "out.pdf"]) == ("reports",)
    assert _areas_for(["--help"]) == AREAS and _areas_for(["init", "x.db"]) == AREAS


def test_a_ballot_with_many_options_fits_the_page(db: Database, assembly, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from app.reports import report_data
    from app.services.voting import BallotResult, ItemResult, OptionInfo

    options = [OptionInfo(f"o{i}", f"Mulighed nummer {i}", i < 3, False) for i in range(9)]
    items = [
        ItemResult(
            i,
            None,
            f"P{i}",
            f"Prioritet {i}",
            {o.key: i + j for j, o in enumerate(options)},
            40,
            0,
            0,
            None,
            None,
            i,
            {},
        )
        for i in range(1, 4)
    ]
    ballot = BallotResult(
        7,
        "Prioritering",
        "Hvad er vigtigst?",
        "ranking",
        True,
        "closed",
        None,
        "valid",
        50,
        45,
        40,
        options,
        items,
        "ff" * 32,
        None,
    )
    monkeypatch.setattr(report_data, "_ballot_results", lambda _db, _id: [ballot])
    out = tmp_path / "wide.pdf"
    build_report(db, assembly.id, out, ReportOptions(lang="da", sections=["ballots"]))
    reader = PdfReader(str(out))
    text = "\n".join(p.extract_text() for p in reader.pages)
    assert "Mulighed nummer 8: 10" in text.replace("\n", " ") and "nr. 2" in text
    assert "Stemmer" in text
