"""The report and the printouts follow the assembly's language, with a choice per report: a
Finnish assembly's report in Finnish and in Swedish; names with å, ä and ö print as they are."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from app.db import Database
from app.reports.badges import badges_pdf, member_list_pdf
from app.reports.recommendation_report import ReportOptions, build_report
from app.services.assembly import current_assembly, update_assembly
from app.services.members import create_member


def _text(path: Path) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(path).pages)


@pytest.mark.parametrize(
    ("lang", "words"),
    [
        ("fi", ["Sisällys", "Suositukset", "Kansalaisraati"]),
        ("sv", ["Innehåll", "Rekommendationer", "Medborgarrådet"]),
        ("nb", ["Innhold", "Anbefalinger", "Innbyggerpanelet"]),
    ],
)
def test_the_report_in_each_nordic_language(demo_db: Database, tmp_path: Path, lang: str, words: list[str]) -> None:
    out = tmp_path / f"report-{lang}.pdf"
    build_report(demo_db, current_assembly(demo_db).id, out, ReportOptions(lang=lang))
    text = _text(out)
    for word in words:
        assert word in text, (lang, word)
    assert "Contents" not in text and "The recommendations" not in text  # no English headings left


def test_printouts_follow_the_assembly_language_and_print_nordic_names(demo_db: Database, tmp_path: Path) -> None:
    info = current_assembly(demo_db)
    update_assembly(demo_db, info.id, language="fi")
    create_member(demo_db, info.id, first_name="Åsa", last_name="Öberg")
    create_member(demo_db, info.id, first_name="Päivi", last_name="Mäkelä-Åström")
    listing = tmp_path / "jasenet.pdf"
    member_list_pdf(demo_db, info.id, listing)  # no lang: the assembly's (Finnish)
    text = _text(listing)
    assert "Jäsenluettelo" in text and "Öberg" in text and "Mäkelä-Åström" in text and "Päivi" in text
    badges = tmp_path / "kyltit.pdf"
    badges_pdf(demo_db, info.id, badges, lang="sv")  # a choice per printout: Swedish
    text = _text(badges)
    assert "Åsa" in text and "Päivi" in text
