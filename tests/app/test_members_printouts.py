"""Badges, sign-in sheets and member lists: read the PDFs back."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from app.cli import main
from app.db import Database
from app.models import MemberContact
from app.reports.badges import badges_pdf, member_list_pdf, signin_sheet_pdf
from app.services.assembly import AssemblyInfo
from app.services.members import forget_member, withdraw_member
from tests.app.test_members_fixtures import build


def _text(path: Path) -> list[str]:
    return [p.extract_text() for p in PdfReader(path).pages]


def test_badges_eight_per_page_with_tables(db: Database, assembly: AssemblyInfo, tmp_path: Path) -> None:
    b = build(db, assembly.id, members=10, days=1)
    withdraw_member(db, b.members[9])
    path = tmp_path / "badges.pdf"
    assert badges_pdf(db, assembly.id, path) == 9
    pages = _text(path)
    assert len(pages) == 2
    assert "Freja Ærø" in pages[0] and "Gustav Østergård" in pages[0] and "Hanne Åberg" in pages[0]
    assert "Nr. 1" in pages[0] and "Runde 1: Bord 1" in pages[0] and "QR" in pages[0]
    assert "Ida" in pages[1] and "Jens" not in pages[1]  # no. 10 withdrew
    assert "Side 1 af 2" in pages[0]


def test_badges_in_english(db: Database, assembly: AssemblyInfo, tmp_path: Path) -> None:
    build(db, assembly.id, members=1, days=1)
    path = tmp_path / "badges.pdf"
    badges_pdf(db, assembly.id, path, lang="en")
    assert "No. 1" in _text(path)[0] and "Round 1: Table 1" in _text(path)[0]


def test_signin_sheet_alphabetical(db: Database, assembly: AssemblyInfo, tmp_path: Path) -> None:
    b = build(db, assembly.id, members=6, days=2)
    forget_member(db, b.members[0])
    path = tmp_path / "signin.pdf"
    assert signin_sheet_pdf(db, assembly.id, b.days[1], path) == 5
    text = _text(path)[0]
    assert "Indtjekningsliste – Dag 2, 14.02.2026" in text and "Underskrift" in text
    assert "Indeholder personoplysninger" in text
    order = [text.index(n) for n in ("Andersen", "Hansen", "Nielsen", "Pedersen", "Ærø")]
    assert order == sorted(order)
    assert "(forgotten)" not in text and "(glemt)" not in text


def test_member_list_contacts_only_when_asked(db: Database, assembly: AssemblyInfo, tmp_path: Path) -> None:
    build(db, assembly.id, members=3, days=0)
    plain, full = tmp_path / "plain.pdf", tmp_path / "full.pdf"
    member_list_pdf(db, assembly.id, plain)
    member_list_pdf(db, assembly.id, full, with_contacts=True)
    assert "m1@example.dk" not in _text(plain)[0] and "Anna Jensen" in _text(plain)[0]
    assert "m1@example.dk" in _text(full)[0]
    assert "e-mail og telefon" in _text(full)[0]


def test_cli_print_verbs(
    db: Database, assembly: AssemblyInfo, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    build(db, assembly.id, members=2, days=1)
    assert main(["members", "badges", str(db.path), str(tmp_path / "b.pdf")]) == 0
    assert main(["members", "signin", str(db.path), str(tmp_path / "s.pdf"), "--day", "1"]) == 0
    assert main(["members", "list", str(db.path), str(tmp_path / "l.pdf")]) == 0
    assert "printed 2 badges" in capsys.readouterr().out
    assert main(["members", "signin", str(db.path), str(tmp_path / "s.pdf"), "--day", "9"]) == 1
    assert "no day 9" in capsys.readouterr().err
    assert main(["members", "badges", str(db.path), str(tmp_path / "b.png")]) == 1


HOSTILE = ("<b>Fed", "<font size=80>Stor</font>", "A & B")


def test_names_with_markup_print_as_typed(db: Database, assembly: AssemblyInfo, tmp_path: Path) -> None:
    """Issue 14.2: a name is text, never reportlab mark-up (``<b>`` unclosed used to fail the
    whole printout, ``<font size=80>`` was obeyed)."""
    b = build(db, assembly.id, members=3, days=1)
    with db.session() as s:
        for member_id, last in zip(b.members, HOSTILE, strict=True):
            s.get(MemberContact, member_id).last_name = last
    signin, listing = tmp_path / "signin.pdf", tmp_path / "list.pdf"
    signin_sheet_pdf(db, assembly.id, b.days[0], signin)
    member_list_pdf(db, assembly.id, listing)
    for path in (signin, listing):
        text = "".join(_text(path)[0].split())  # a narrow cell wraps the long one
        assert all("".join(name.split()) in text for name in HOSTILE), text
