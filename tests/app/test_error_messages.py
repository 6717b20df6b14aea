"""Errors from app/ speak the user's language: every message a converted module raises is a
template with named parameters, and each template has a Danish translation."""

from __future__ import annotations

import ast
import json
import string
from pathlib import Path

import pytest

from app.db import Database
from app.i18n import LOCALE_DIR, LocalisedError, Term, format_message
from app.io.pool import import_pool, read_quota_table
from app.io.roster import guess_mapping, import_roster, preview_roster, read_roster
from app.io.tabular import ImportFailed, ImportProblem, TableReadError
from app.services.assembly import AssemblyInfo
from app.services.errors import NotFound, ServiceError
from app.services.members import create_member, list_categories, withdraw_member

ROOT = Path(__file__).resolve().parents[2]

# Modules whose errors and import problems are templates. Still to convert (the areas other
# helpers were working on): services/sortition.py, quotas.py and app/cli/.
CONVERTED = [
    "app/services/assembly.py",
    "app/services/checkin.py",
    "app/services/members.py",
    "app/services/evaluation.py",
    "app/services/experts.py",
    "app/services/program.py",
    "app/services/questions.py",
    "app/services/recommendations.py",
    "app/services/voting/_base.py",
    "app/services/voting/ballots.py",
    "app/services/voting/papers.py",
    "app/services/voting/hand_counts.py",
    "app/services/voting/devices.py",
    "app/services/voting/seal.py",
    "app/services/phones.py",
    "app/phones/server.py",
    "app/algorithms/tally.py",
    "app/io/tabular.py",
    "app/io/roster.py",
    "app/io/evaluation_import.py",
    "app/io/paper_ballots.py",
    "app/io/recommendations_import.py",
    "app/io/pool.py",
    "app/services/quotas.py",
    "app/services/sortition.py",
    "app/algorithms/leximin.py",
    "app/io/exports.py",
    "app/io/members_export.py",
    "app/db.py",
    "app/backup.py",
    "app/reports/badges.py",
    "app/reports/pdf.py",
    "app/reports/recommendation_report.py",
    "app/reports/report_data.py",
    "app/reports/run_sheet.py",
    "app/reports/table_lists.py",
]

# the callables whose message is a template, and where the template is among their arguments
TEMPLATE_ARG = {
    "ServiceError": 0,
    "NotFound": 0,
    "OutdatedAmendment": 0,
    "TooManyVotes": 0,
    "PapersAlreadyTyped": 0,
    "TableReadError": 0,
    "DatabaseError": 0,
    "ImportProblem": 2,
    "Message": 0,
    "N_": 0,  # a template defined here and raised by a helper (its fields are filled there)
}


def _name(func: ast.expr) -> str:
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return ""


def _templates(path: Path) -> list[tuple[int, ast.expr, ast.expr, set[str]]]:
    """(line, callable, template node, keyword names) of every error/problem built in ``path``."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Call) and _name(node.func) in TEMPLATE_ARG:
            index = TEMPLATE_ARG[_name(node.func)]
            if len(node.args) > index:
                found.append((node.lineno, node.func, node.args[index], {k.arg for k in node.keywords if k.arg}))
    return found


def _fields(template: str) -> set[str]:
    return {name.split(".")[0].split("[")[0] for _, name, _, _ in string.Formatter().parse(template) if name}


def catalogue(lang: str) -> dict[str, str]:
    """msgid → translation of app/locale/<lang>/…/tingsted.po (and, until it is folded in,
    the old da.json that other branches may still add to)."""
    from babel.messages.pofile import read_po

    found: dict[str, str] = {}
    po = LOCALE_DIR / lang / "LC_MESSAGES" / "tingsted.po"
    with po.open("rb") as fp:
        for m in read_po(fp):
            if m.id and not isinstance(m.id, tuple) and m.string:
                found[f"{m.context}|{m.id}" if m.context else m.id] = str(m.string)
    old = LOCALE_DIR / f"{lang}.json"
    if old.exists():
        found = {**json.loads(old.read_text(encoding="utf-8")), **found}
    return found


@pytest.fixture(scope="module")
def danish() -> dict[str, str]:
    return catalogue("da")


@pytest.mark.parametrize("module", CONVERTED)
def test_every_message_is_a_template_with_a_danish_translation(module: str, danish: dict[str, str]) -> None:
    calls = _templates(ROOT / module)
    assert calls, f"{module} raises no errors any more? update CONVERTED"
    wrong = []
    for line, call, node, keywords in calls:
        where = f"{module}:{line}"
        if isinstance(node, ast.Name) and _name(call) != "N_":
            continue  # a template handed in by the caller, marked with N_ there (checked there)
        if not (isinstance(node, ast.Constant) and isinstance(node.value, str)):
            wrong.append(f"{where}: the message is not a literal template (an f-string or an expression)")
            continue
        template = node.value
        fields = _fields(template)
        if _name(call) != "N_" and fields != keywords:
            wrong.append(f"{where}: {template!r} has fields {sorted(fields)} but is given {sorted(keywords)}")
        if template not in danish:
            wrong.append(f"{where}: no Danish for {template!r} in app/locale/da/LC_MESSAGES/tingsted.po")
        elif _fields(danish[template]) != fields:
            wrong.append(f"{where}: the Danish of {template!r} does not use the same fields")
    assert not wrong, "\n".join(wrong)


def test_the_danish_catalog_has_no_broken_templates(danish: dict[str, str]) -> None:
    broken = [k for k, v in danish.items() if _fields(k) != _fields(v)]
    assert not broken


# --------------------------------------------------------------------------- the mechanism


def test_an_error_keeps_its_english_text_and_gives_the_danish() -> None:
    exc = NotFound("No member with id {id}.", id=12)
    assert str(exc) == "No member with id 12."
    assert exc.localised("en") == "No member with id 12."
    assert exc.localised("da") == "Der findes intet medlem med id 12."
    assert isinstance(exc, ServiceError) and isinstance(exc, LocalisedError)


def test_a_plain_message_still_works_and_is_left_as_it_is() -> None:
    exc = ServiceError("Something {odd} happened")
    assert str(exc) == "Something {odd} happened"
    assert exc.localised("da") == "Something {odd} happened"  # no translation: English


def test_terms_and_decimals_follow_the_language() -> None:
    text = format_message("Member {number} is {status}, not active.", {"number": 7, "status": Term("withdrawn")}, "da")
    assert text == "Medlem nr. 7 er udtrådt, ikke aktivt."
    assert format_message("{x} of {y:.1f}", {"x": 0.5, "y": 2.25}, "da") == "0,5 of 2,2"
    # the same English word, two Danish ones: a context tells them apart
    assert Term("withdrawn").translated("da") == "udtrådt"
    assert Term("withdrawn", "recommendation").translated("da") == "trukket tilbage"
    assert Term("withdrawn", "no such context").translated("da") == "udtrådt"
    assert format_message("{x} of {y:.1f}", {"x": 0.5, "y": 2.25}, "en") == "0.5 of 2.2"


def test_a_translation_that_does_not_fit_falls_back_to_english(monkeypatch: pytest.MonkeyPatch) -> None:
    import app.i18n as i18n

    monkeypatch.setattr(i18n, "gettext", lambda text, lang="en": "Ødelagt {nope}" if lang == "da" else text)
    assert ServiceError("Member number {number} is taken.", number=3).localised("da") == ("Member number 3 is taken.")


def test_an_import_problem_reads_as_before_in_english_and_in_danish() -> None:
    p = ImportProblem(7, "alder", "{text!r} is not an age", text="gammel")
    assert str(p) == "row 7, column alder: 'gammel' is not an age"
    assert p.message == "'gammel' is not an age"
    assert p.text("da") == "«gammel» er ikke en alder"
    assert p.localised("da") == "Række 7, kolonne «alder»: «gammel» er ikke en alder"
    assert p == ImportProblem(7, "alder", "'gammel' is not an age")  # equal by what it says
    whole_file = ImportProblem.from_error(None, None, TableReadError("{file}: the file is empty", file="x.csv"))
    assert str(whole_file) == "x.csv: the file is empty"
    assert whole_file.localised("da") == "x.csv: filen er tom"


def test_errors_survive_pickling_with_their_parameters() -> None:
    import pickle

    exc = pickle.loads(pickle.dumps(NotFound("No member with id {id}.", id=5)))
    assert type(exc) is NotFound and exc.localised("da") == "Der findes intet medlem med id 5."


# ------------------------------------------------------------------ through real services


def test_a_service_refuses_in_danish(db: Database, assembly: AssemblyInfo) -> None:
    first = create_member(db, assembly.id, first_name="Ada", last_name="Lund")
    with pytest.raises(ServiceError) as caught:
        create_member(db, assembly.id, first_name="Bo", last_name="Holm", number=first.number)
    assert str(caught.value) == f"Member number {first.number} is taken."
    assert caught.value.localised("da") == f"Medlemsnummer {first.number} er allerede i brug."

    withdraw_member(db, first.id)
    with pytest.raises(ServiceError) as caught:
        withdraw_member(db, first.id)
    assert caught.value.localised("da") == f"Medlem nr. {first.number} er udtrådt, ikke aktivt."

    with pytest.raises(NotFound) as missing:
        withdraw_member(db, 9999)
    assert missing.value.localised("da") == "Der findes intet medlem med id 9999."


def test_a_roster_with_bad_rows_gives_danish_problems(db: Database, assembly: AssemblyInfo, tmp_path: Path) -> None:
    path = tmp_path / "roster.csv"
    path.write_text(
        "Fornavn;Efternavn;E-mail;Nr\n"
        "Ada;Lund;ada@example.dk;1\n"
        "Bo;Holm;ikke-en-adresse;2\n"
        ";;;3\n"
        "Cy;Dam;cy@example.dk;1\n",
        encoding="utf-8",
    )
    frame = read_roster(path)
    mapping = guess_mapping(list(frame.columns), list_categories(db, assembly.id))
    preview = preview_roster(db, assembly.id, frame, mapping)
    lines = [p.localised("da") for p in preview.problems]
    assert "Række 3, kolonne «E-mail»: «ikke-en-adresse» er ikke en e-mailadresse" in lines
    assert "Række 4, kolonne «Fornavn»: navnet mangler" in lines
    assert "Række 5, kolonne «Nr»: medlemsnummer 1 bruges også i række 2" in lines
    assert "row 3, column E-mail: 'ikke-en-adresse' is not an e-mail address" in [str(p) for p in preview.problems]
    with pytest.raises(ImportFailed) as failed:
        import_roster(db, assembly.id, path)
    assert "Række 3, kolonne «E-mail»" in failed.value.localised("da")


def test_an_unreadable_file_is_reported_in_danish(db: Database, assembly: AssemblyInfo, tmp_path: Path) -> None:
    path = tmp_path / "empty.csv"
    path.write_text("  \n", encoding="utf-8")
    with pytest.raises(ImportFailed) as failed:
        import_roster(db, assembly.id, path)
    assert failed.value.localised("da") == "empty.csv: filen er tom"


def test_a_nested_error_and_a_date_read_as_danish(db: Database, assembly: AssemblyInfo, tmp_path: Path) -> None:
    import datetime as dt

    from app.io.evaluation_import import import_answers
    from app.services.evaluation import add_question, add_response, create_survey
    from app.services.program import create_day

    survey = create_survey(db, assembly.id, "Dag 1")
    add_question(db, survey.id, "Hvor tilfreds var du?", code="Q1")
    with pytest.raises(ServiceError) as caught:
        add_response(db, survey.id, {"Q1": "meget"})
    assert str(caught.value) == "Question Q1: 'meget' is neither a number from 1 to 5 nor a label."
    assert caught.value.localised("da") == (
        "Spørgsmål Q1: «meget» er hverken et tal fra 1 til 5 eller en af skalaens etiketter."
    )
    path = tmp_path / "svar.csv"
    path.write_text("Q1\n4\n9\n", encoding="utf-8")
    with pytest.raises(ImportFailed) as failed:
        import_answers(db, survey.id, path)
    assert failed.value.localised("da") == "Række 3, kolonne «Q1»: 9 ligger uden for skalaen 1–5"

    create_day(db, assembly.id, dt.date(2027, 3, 6))
    with pytest.raises(ServiceError) as clash:
        create_day(db, assembly.id, dt.date(2027, 3, 6))
    assert str(clash.value) == "There is already a meeting day on 2027-03-06."
    assert clash.value.localised("da") == "Der er allerede en mødedag den 06.03.2027."


def test_a_recommendation_refuses_in_danish(db: Database, assembly: AssemblyInfo) -> None:
    from app.services.recommendations import create_recommendation, mark_final, save_version

    rec = create_recommendation(db, assembly.id, "A1", "Cykelstier", text="Flere cykelstier.")
    with pytest.raises(ServiceError) as bad_code:
        create_recommendation(db, assembly.id, "A 2", "Busser", text="Flere busser.")
    assert bad_code.value.localised("da") == (
        "Koden «A 2» må kun indeholde bogstaver, cifre, «.», «-» og «_» (f.eks. A1)."
    )
    assert str(bad_code.value) == "The code 'A 2' may hold only letters, digits, '.', '-' and '_' (e.g. A1)."
    mark_final(db, rec.id)
    with pytest.raises(ServiceError) as final:
        save_version(db, rec.id, "Endnu flere cykelstier.")
    assert str(final.value) == "Cannot edit the text of A1: its wording is final; reopen it first."
    assert final.value.localised("da") == "Teksten til A1 kan ikke redigeres: ordlyden er endelig; genåbn den først."
    with pytest.raises(ServiceError) as again:
        mark_final(db, rec.id)
    assert again.value.localised("da") == (
        "Den endelige ordlyd af A1 kan ikke fastlægges: ordlyden er endelig; genåbn den først."
    )


def test_a_message_is_its_english_text_and_translates() -> None:
    import pickle

    from app.i18n import Message

    note = Message("No column for {category}: the members get no {category} value.", category="Køn")
    assert note == "No column for Køn: the members get no Køn value."
    assert note.localised("da") == "Ingen kolonne til Køn: medlemmerne får ingen værdi for Køn."
    part = Message("a recommendation needs a title").capitalised()
    assert str(ServiceError("{problem}.", problem=part)) == "A recommendation needs a title."
    assert ServiceError("{problem}.", problem=part).localised("da") == "En anbefaling skal have en titel."
    assert pickle.loads(pickle.dumps(part)).localised("da") == "En anbefaling skal have en titel"


# ------------------------------------------------------------- opening files, reports


def test_a_file_that_is_not_an_assembly_is_refused_in_danish(tmp_path: Path) -> None:
    import sqlite3

    from app.db import DatabaseError, create_database, open_database

    notes = tmp_path / "noter.txt"
    notes.write_text("Husk kaffe til dag 2", encoding="utf-8")
    with pytest.raises(DatabaseError) as caught:
        open_database(notes)
    assert str(caught.value) == f"{notes}: not a Tingsted database (not an SQLite file)"
    assert caught.value.localised("da") == f"{notes}: er ikke en Tingsted-fil (filen er slet ikke en database)"

    other = tmp_path / "andet.db"
    con = sqlite3.connect(other)
    con.execute("CREATE TABLE udgifter (beløb INTEGER)")
    con.commit()
    con.close()
    with pytest.raises(DatabaseError) as caught:
        open_database(other)
    assert caught.value.localised("da") == f"{other}: er ikke en Tingsted-fil (det er en anden slags database)"

    with pytest.raises(DatabaseError) as caught:
        open_database(tmp_path / "væk.tingsted")
    assert caught.value.localised("da") == f"{tmp_path / 'væk.tingsted'}: filen findes ikke"

    # a file from a newer Tingsted is not "upgraded" into an Alembic error
    newer = tmp_path / "nyere.tingsted"
    create_database(newer).dispose()
    con = sqlite3.connect(newer)
    con.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    con.commit()
    con.close()
    with pytest.raises(DatabaseError) as caught:
        open_database(newer)
    assert "newer version of Tingsted" in str(caught.value)
    assert caught.value.localised("da") == (
        f"{newer}: filen er gemt med en nyere version af Tingsted; opdatér Tingsted for at åbne den"
    )


def test_a_locked_file_is_in_use_not_foreign(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import functools
    import sqlite3

    from app.db import DatabaseError, create_database, open_database

    path = tmp_path / "dag1.tingsted"
    create_database(path).dispose()
    holder = sqlite3.connect(path)
    try:
        holder.execute("PRAGMA locking_mode=EXCLUSIVE")
        holder.execute("BEGIN EXCLUSIVE")
        # give up at once instead of waiting the usual five seconds for the lock
        monkeypatch.setattr(sqlite3, "connect", functools.partial(sqlite3.connect, timeout=0))
        with pytest.raises(DatabaseError) as caught:
            open_database(path)
    finally:
        holder.close()
    assert str(caught.value) == f"{path}: another program is using the file; close it there and try again"
    assert caught.value.localised("da") == f"{path}: filen er i brug i et andet program; luk den dér, og prøv igen"


def test_report_errors_read_as_danish(db: Database, assembly: AssemblyInfo, tmp_path: Path) -> None:
    from app.reports.recommendation_report import ReportOptions, build_report
    from app.reports.table_lists import write_place_cards, write_table_lists

    with pytest.raises(ServiceError) as caught:
        build_report(db, assembly.id, tmp_path / "a.pdf", ReportOptions(sections=["forord"]))
    assert str(caught.value).startswith("Unknown report section 'forord'; choose from contents, preface, ")
    assert caught.value.localised("da").startswith(
        "Ukendt afsnit «forord» i rapporten; vælg blandt contents, preface, "
    )
    with pytest.raises(ServiceError) as caught:
        build_report(db, assembly.id, tmp_path / "mangler" / "a.pdf")
    assert caught.value.localised("da") == f"{tmp_path / 'mangler'}: mappen findes ikke"
    logo = tmp_path / "logo.png"
    logo.write_text("ikke et billede")
    with pytest.raises(ServiceError) as caught:
        build_report(db, assembly.id, tmp_path / "a.pdf", ReportOptions(logo=logo))
    assert caught.value.localised("da") == "logo.png: kan ikke læses som et billede (brug PNG eller JPEG)"
    with pytest.raises(ServiceError) as caught:
        write_table_lists(db, assembly.id, tmp_path / "borde.pdf")
    assert str(caught.value) == "There is no seating to print yet."
    assert caught.value.localised("da") == "Der er endnu ingen bordplan at udskrive."
    with pytest.raises(NotFound) as missing:
        write_place_cards(db, assembly.id, 4242, tmp_path / "kort.pdf")
    assert missing.value.localised("da") == "Der findes ingen bordrunde med id 4242."
    assert not list(tmp_path.glob("*.pdf"))


def test_a_pdf_that_cannot_be_written_is_explained_in_danish(
    db: Database, assembly: AssemblyInfo, tmp_path: Path
) -> None:
    from app.reports.badges import member_list_pdf
    from app.reports.pdf import cannot_write

    folder = tmp_path / "medlemmer.pdf"
    folder.mkdir()  # a folder where the file should go
    with pytest.raises(ServiceError) as caught:
        member_list_pdf(db, assembly.id, folder)
    assert str(caught.value) == f"{folder}: is a folder; give a file name ending in .pdf"
    assert caught.value.localised("da") == f"{folder}: er en mappe; angiv et filnavn, der ender på .pdf"
    with pytest.raises(ServiceError) as caught:
        member_list_pdf(db, assembly.id, tmp_path / "væk" / "medlemmer.pdf")
    assert caught.value.localised("da") == f"{tmp_path / 'væk'}: mappen findes ikke"
    # the old printout open in a PDF viewer (Windows refuses to overwrite it)
    old = tmp_path / "gammel.pdf"
    old.write_bytes(b"%PDF-1.4")
    refused = cannot_write(old, PermissionError(13, "Permission denied", str(old)))
    assert refused.localised("da") == (
        f"{old}: kan ikke overskrives (ingen tilladelse, eller den er åben i et andet program)"
    )


def test_a_backup_copy_that_cannot_be_made_says_why(db: Database, tmp_path: Path) -> None:
    from app.db import DatabaseError, backup_copy

    folder = tmp_path / "kopier"
    folder.mkdir()
    with pytest.raises(DatabaseError) as caught:
        backup_copy(db, folder)
    assert caught.value.localised("da") == f"{folder}: er en mappe; giv sikkerhedskopien et filnavn"
    notes = tmp_path / "noter.txt"
    notes.write_text("ikke en database", encoding="utf-8")
    with pytest.raises(DatabaseError) as caught:
        backup_copy(db, notes)
    assert caught.value.localised("da").startswith(f"{notes}: sikkerhedskopien kunne ikke skrives (")
    assert notes.read_text(encoding="utf-8") == "ikke en database"


def test_pool_and_quota_files_with_bad_rows_give_danish_problems(
    db: Database, assembly: AssemblyInfo, tmp_path: Path
) -> None:
    quotas = tmp_path / "categories.csv"
    quotas.write_text("feature,value,min,max\nkøn,kvinde,2,3\nkøn,kvinde,1,2\nkøn,mand,5,4\n", encoding="utf-8")
    with pytest.raises(ImportFailed) as failed:
        read_quota_table(quotas)
    lines = [p.localised("da") for p in failed.value.problems]
    assert any("køn = kvinde står allerede i række 2" in line for line in lines), lines
    assert any("minimum 5 er større end maksimum 4" in line for line in lines), lines
    pool = tmp_path / "pool.csv"
    pool.write_text("id,køn\nr1,kvinde\nr1,mand\nr3,\n", encoding="utf-8")
    with pytest.raises(ImportFailed) as failed:
        import_pool(db, assembly.id, pool)
    lines = [p.localised("da") for p in failed.value.problems]
    assert any("id'et r1 står allerede i række 2" in line for line in lines), lines
    assert any("ingen værdi for køn" in line for line in lines), lines
    assert any("r1 is already on row 2" in str(p) for p in failed.value.problems)
