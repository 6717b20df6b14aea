from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.db import Database
from app.io.recommendations_import import import_recommendations
from app.io.tabular import ImportFailed
from app.models import AssemblyTable, Recommendation, RecommendationVersion
from app.services import audit
from app.services import recommendations as rs
from app.services.assembly import AssemblyInfo
from app.services.errors import NotFound, ServiceError

TEXT = "Kommunen skal etablere et ungeråd med egen pulje til lokale projekter."


@pytest.fixture
def tables(db: Database, assembly: AssemblyInfo) -> list[int]:
    with db.session() as s:
        rows = [AssemblyTable(assembly_id=assembly.id, number=n, name="" if n != 2 else "Bord Syd") for n in (1, 2, 3)]
        s.add_all(rows)
        s.flush()
        return [t.id for t in rows]


@pytest.fixture
def rec(db: Database, assembly: AssemblyInfo, tables: list[int]) -> rs.RecommendationDetail:
    return rs.create_recommendation(
        db,
        assembly.id,
        "A1",
        "Et ungeråd",
        TEXT,
        theme="Unge",
        origin_table_id=tables[0],
        author="Mette",
        initiatives=["Valg på skolerne", "  ", "Pulje på 500.000 kr."],
    )


def version_count(db: Database, rec_id: int) -> int:
    with db.read() as s:
        return int(
            s.scalar(
                select(func.count(RecommendationVersion.id)).where(RecommendationVersion.recommendation_id == rec_id)
            )
            or 0
        )


# ------------------------------------------------------------------ create and versions


def test_create_keeps_first_version_with_author_and_table(db: Database, rec: rs.RecommendationDetail) -> None:
    assert rec.code == "A1" and rec.status == "draft" and rec.theme == "Unge"
    assert rec.origin_table_label == "Table 1"
    assert [v.number for v in rec.versions] == [1]
    v1 = rec.versions[0]
    assert v1.text == TEXT and v1.author == "Mette" and v1.table_label == "Table 1"
    assert [i.text for i in rec.initiatives] == ["Valg på skolerne", "Pulje på 500.000 kr."]
    assert [e.action for e in audit.entries(db, rec.assembly_id, "recommendation", rec.id)] == ["created"]


def test_code_is_unique_in_the_assembly_case_insensitively(
    db: Database, assembly: AssemblyInfo, rec: rs.RecommendationDetail
) -> None:
    with pytest.raises(ServiceError, match="already used"):
        rs.create_recommendation(db, assembly.id, "a1", "Andet", "Tekst")
    with pytest.raises(ServiceError, match="code"):
        rs.create_recommendation(db, assembly.id, "A 2", "Andet", "Tekst")
    with pytest.raises(ServiceError, match="empty"):
        rs.create_recommendation(db, assembly.id, "A2", "Andet", "   ")
    with pytest.raises(ServiceError, match="table"):
        rs.create_recommendation(db, assembly.id, "A2", "Andet", "Tekst", origin_table_id=9999)
    assert [r.code for r in rs.list_recommendations(db, assembly.id)] == ["A1"]
    assert rs.next_code(db, assembly.id) == "A2"


def test_every_edit_is_a_new_kept_version(db: Database, rec: rs.RecommendationDetail, tables: list[int]) -> None:
    v2 = rs.save_version(db, rec.id, TEXT + " Rådet mødes fire gange om året.", author="Ali", table_id=tables[1])
    v3 = rs.save_version(db, rec.id, "Et helt nyt forslag.", author="Bo", note="omskrevet")
    detail = rs.get_recommendation(db, rec.id)
    assert [(v.number, v.author, v.table_label, v.note) for v in detail.versions] == [
        (1, "Mette", "Table 1", "First draft"),
        (2, "Ali", "Bord Syd", ""),
        (3, "Bo", "", "omskrevet"),
    ]
    assert detail.versions[0].text == TEXT  # the first text is still there
    assert detail.text == "Et helt nyt forslag." and detail.current == v3
    assert v2.created_at <= v3.created_at
    summary = rs.list_recommendations(db, rec.assembly_id)[0]
    assert summary.versions == 3 and summary.current_version_number == 3
    assert [e.action for e in audit.entries(db, rec.assembly_id, "recommendation", rec.id)][-2:] == [
        "version_saved",
        "version_saved",
    ]


def test_saving_the_same_text_or_over_a_newer_version_is_refused(db: Database, rec: rs.RecommendationDetail) -> None:
    with pytest.raises(ServiceError, match="same as version 1"):
        rs.save_version(db, rec.id, TEXT + "  \n")
    first = rec.versions[0].id
    rs.save_version(db, rec.id, "Laptop A's edit.", based_on_version_id=first)
    with pytest.raises(ServiceError, match="changed meanwhile"):
        rs.save_version(db, rec.id, "Laptop B's edit.", based_on_version_id=first)
    assert version_count(db, rec.id) == 2


def test_list_search_and_theme_filter(db: Database, assembly: AssemblyInfo, rec: rs.RecommendationDetail) -> None:
    rs.create_recommendation(db, assembly.id, "B1", "Grønne tage", "Alle nye tage skal være grønne.", theme="Klima")
    rs.create_recommendation(db, assembly.id, "B2", "Cykelstier", "Flere cykelstier til skolerne.", theme="Klima")
    assert [r.code for r in rs.list_recommendations(db, assembly.id)] == ["A1", "B1", "B2"]
    assert [r.code for r in rs.list_recommendations(db, assembly.id, theme="Klima")] == ["B1", "B2"]
    assert [r.code for r in rs.list_recommendations(db, assembly.id, search="grønne")] == ["B1"]
    assert [r.code for r in rs.list_recommendations(db, assembly.id, search="pulje")] == ["A1"]  # the text
    assert rs.themes(db, assembly.id) == ["Klima", "Unge"]
    assert rs.find_by_code(db, assembly.id, "b2").title == "Cykelstier"
    with pytest.raises(NotFound):
        rs.get_recommendation(db, 4242)


def test_update_details(db: Database, assembly: AssemblyInfo, rec: rs.RecommendationDetail, tables: list[int]) -> None:
    rs.create_recommendation(db, assembly.id, "A2", "Andet", "Tekst")
    with pytest.raises(ServiceError, match="already used"):
        rs.update_details(db, rec.id, code="A2")
    d = rs.update_details(db, rec.id, code="U1", title="Ungerådet", origin_table_id=tables[1])
    assert (d.code, d.title, d.origin_table_label) == ("U1", "Ungerådet", "Bord Syd")
    d = rs.update_details(db, rec.id, origin_table_id=None)
    assert d.origin_table_id is None and d.title == "Ungerådet"


# ----------------------------------------------------------------------- initiatives


def test_initiatives_add_edit_reorder_remove(db: Database, rec: rs.RecommendationDetail) -> None:
    a, b = rec.initiatives
    c = rs.add_initiative(db, rec.id, "Årlig evaluering")
    first = rs.add_initiative(db, rec.id, "Først dette", position=0)
    assert [i.text for i in rs.get_recommendation(db, rec.id).initiatives] == [
        "Først dette",
        "Valg på skolerne",
        "Pulje på 500.000 kr.",
        "Årlig evaluering",
    ]
    rs.edit_initiative(db, b.id, "Pulje på 750.000 kr.")
    rs.move_initiative(db, first.id, 3)
    order = rs.reorder_initiatives(db, rec.id, [c.id, a.id, b.id, first.id])
    assert [i.position for i in order] == [0, 1, 2, 3]
    removed = rs.remove_initiative(db, a.id)
    assert removed.text == "Valg på skolerne"
    items = rs.get_recommendation(db, rec.id).initiatives
    assert [(i.position, i.text) for i in items] == [
        (0, "Årlig evaluering"),
        (1, "Pulje på 750.000 kr."),
        (2, "Først dette"),
    ]
    with pytest.raises(ServiceError, match="exactly once"):
        rs.reorder_initiatives(db, rec.id, [c.id, c.id, first.id])
    with pytest.raises(ServiceError, match="cannot be empty"):
        rs.edit_initiative(db, c.id, " ")


# ------------------------------------------------------------------------- amendments


def test_accepting_an_amendment_makes_a_new_version(
    db: Database, rec: rs.RecommendationDetail, tables: list[int]
) -> None:
    amended = TEXT.replace("ungeråd", "ungeråd på 15 medlemmer")
    a = rs.propose_amendment(db, rec.id, amended, rationale="Klarere", proposed_by="Bord 3", table_id=tables[2])
    assert a.version_number == 1 and a.status == "proposed" and not a.outdated
    v = rs.accept_amendment(db, a.id, decided_by="ordstyrer")
    assert v.number == 2 and v.text == amended and v.table_id == tables[2] and "Amendment" in v.note
    detail = rs.get_recommendation(db, rec.id)
    (stored,) = detail.amendments
    assert stored.status == "accepted" and stored.result_version_id == v.id and stored.decided_at is not None
    with pytest.raises(ServiceError, match="already accepted"):
        rs.accept_amendment(db, a.id)
    actions = [e.action for e in audit.entries(db, rec.assembly_id, "recommendation", rec.id)]
    assert actions[-2:] == ["amendment_proposed", "amendment_accepted"]


def test_rejecting_an_amendment_keeps_the_text(db: Database, rec: rs.RecommendationDetail) -> None:
    a = rs.propose_amendment(db, rec.id, "Noget helt andet.")
    rejected = rs.reject_amendment(db, a.id, reason="Flertal imod")
    assert rejected.status == "rejected"
    assert rs.get_recommendation(db, rec.id).text == TEXT and version_count(db, rec.id) == 1
    with pytest.raises(ServiceError, match="already rejected"):
        rs.reject_amendment(db, a.id)
    back = rs.undo_reject_amendment(db, a.id)
    assert back.status == "proposed" and back.decided_at is None
    rs.reject_amendment(db, a.id)
    with pytest.raises(ServiceError, match="Only a rejected"):
        rs.undo_reject_amendment(db, rs.propose_amendment(db, rec.id, "Tredje.").id)
    rejected_entries = [
        e for e in audit.entries(db, rec.assembly_id, "recommendation", rec.id) if e.detail.get("reason")
    ]
    assert rejected_entries[0].detail["reason"] == "Flertal imod"


def test_amendment_against_an_outdated_version_is_flagged_and_refused(
    db: Database, rec: rs.RecommendationDetail
) -> None:
    v1 = rec.versions[0].id
    first = rs.propose_amendment(db, rec.id, TEXT + " Første ændring.")
    second = rs.propose_amendment(db, rec.id, TEXT + " Anden ændring.", version_id=v1)
    rs.accept_amendment(db, first.id)
    detail = rs.get_recommendation(db, rec.id)
    by_id = {a.id: a for a in detail.amendments}
    assert by_id[second.id].outdated and by_id[second.id].version_number == 1
    assert not by_id[first.id].outdated  # decided, so not "outdated"
    with pytest.raises(rs.OutdatedAmendment, match="version 1 .* now at version 2"):
        rs.accept_amendment(db, second.id)
    assert version_count(db, rec.id) == 2
    # It can still be proposed again against the current text, and the old one rejected.
    again = rs.propose_amendment(db, rec.id, detail.text + " Anden ændring.")
    assert not again.outdated and again.version_number == 2
    rs.reject_amendment(db, second.id)
    assert rs.accept_amendment(db, again.id).number == 3


def test_amendment_must_change_something_and_name_a_version_of_this_recommendation(
    db: Database, assembly: AssemblyInfo, rec: rs.RecommendationDetail
) -> None:
    other = rs.create_recommendation(db, assembly.id, "A2", "Andet", "Tekst")
    with pytest.raises(ServiceError, match="does not change"):
        rs.propose_amendment(db, rec.id, TEXT)
    with pytest.raises(ServiceError, match="not a version of A1"):
        rs.propose_amendment(db, rec.id, "x", version_id=other.versions[0].id)


# ---------------------------------------------------------------------------- merge


def test_merge_two_drafts_keeps_both_histories(
    db: Database, assembly: AssemblyInfo, rec: rs.RecommendationDetail
) -> None:
    other = rs.create_recommendation(
        db, assembly.id, "A2", "Ungdomshus", "Et ungdomshus i midtbyen.", initiatives=["Find en bygning"]
    )
    rs.save_version(db, other.id, "Et ungdomshus i midtbyen, åbent om aftenen.")
    merged = rs.merge_recommendations(
        db, rec.id, other.id, "Et ungeråd og et ungdomshus.", title="Unge i byen", author="Redaktion"
    )
    assert merged.title == "Unge i byen" and merged.text == "Et ungeråd og et ungdomshus."
    assert [v.number for v in merged.versions] == [1, 2] and merged.versions[-1].note == "Merged with A2"
    assert [i.text for i in merged.initiatives] == ["Valg på skolerne", "Pulje på 500.000 kr.", "Find en bygning"]
    assert [i.position for i in merged.initiatives] == [0, 1, 2]
    assert merged.merged_from == ["A2"]
    gone = rs.get_recommendation(db, other.id)
    assert gone.status == "merged" and gone.merged_into_id == rec.id and gone.merged_into_code == "A1"
    assert [v.number for v in gone.versions] == [1, 2]  # its history is kept
    assert gone.initiatives == []
    with pytest.raises(ServiceError, match="merged"):
        rs.save_version(db, other.id, "Mere")
    with pytest.raises(ServiceError, match="merged"):
        rs.merge_recommendations(db, rec.id, other.id, "igen")
    with pytest.raises(ServiceError, match="two different"):
        rs.merge_recommendations(db, rec.id, rec.id, "x")
    assert audit.entries(db, assembly.id, "recommendation", other.id)[-1].action == "merged_into"


# ---------------------------------------------------------------- final, withdraw, …


def test_mark_final_wording(db: Database, rec: rs.RecommendationDetail) -> None:
    rs.save_version(db, rec.id, "Version to.")
    a = rs.propose_amendment(db, rec.id, "Version tre.")
    with pytest.raises(ServiceError, match="open amendment"):
        rs.mark_final(db, rec.id)
    rs.reject_amendment(db, a.id)
    final = rs.mark_final(db, rec.id, version_id=rec.versions[0].id)
    assert final.status == "final" and final.final_version_id == rec.versions[0].id
    assert final.text == TEXT  # the final wording, not the newest version
    with pytest.raises(ServiceError, match="final"):
        rs.save_version(db, rec.id, "Ændring efter slut")
    with pytest.raises(ServiceError, match="final"):
        rs.add_initiative(db, rec.id, "Mere")
    reopened = rs.reopen(db, rec.id)
    assert reopened.status == "draft" and reopened.final_version_id is None
    assert rs.mark_final(db, rec.id).final_version_id == reopened.versions[-1].id
    actions = [e.action for e in audit.entries(db, rec.assembly_id, "recommendation", rec.id)]
    assert actions.count("marked_final") == 2 and "reopened" in actions


def test_minority_statement_and_withdraw(db: Database, rec: rs.RecommendationDetail) -> None:
    d = rs.set_minority_statement(db, rec.id, "Et mindretal ønsker ikke en pulje.")
    assert d.minority_statement.startswith("Et mindretal")
    w = rs.withdraw(db, rec.id, reason="Trukket af bordet")
    assert w.status == "withdrawn"
    with pytest.raises(ServiceError, match="withdrawn"):
        rs.propose_amendment(db, rec.id, "x")
    with pytest.raises(ServiceError, match="already withdrawn"):
        rs.withdraw(db, rec.id)
    assert rs.reopen(db, rec.id).status == "draft"
    actions = [e.action for e in audit.entries(db, rec.assembly_id, "recommendation", rec.id)]
    assert actions[-3:] == ["minority_statement_set", "withdrawn", "reopened"]


def test_bad_input_changes_nothing(db: Database, rec: rs.RecommendationDetail) -> None:
    before = audit.entries(db, rec.assembly_id)
    with pytest.raises(ServiceError):
        rs.save_version(db, rec.id, "Ny tekst", table_id=424242)
    with pytest.raises(ServiceError):
        rs.merge_recommendations(db, rec.id, 424242, "x")
    assert audit.entries(db, rec.assembly_id) == before
    assert version_count(db, rec.id) == 1


# ------------------------------------------------------------------------ comparing


def rebuild(segments: list[rs.DiffSegment]) -> tuple[str, str]:
    old = "".join(s.text for s in segments if s.kind != "insert")
    new = "".join(s.text for s in segments if s.kind != "delete")
    return old, new


def test_compare_versions_marks_words() -> None:
    a = "Kommunen skal etablere et ungeråd med egen pulje."
    b = "Kommunen skal straks etablere et stort ungeråd uden pulje."
    segs = rs.compare_versions(a, b)
    assert rebuild(segs) == (a, b)
    assert [(s.kind, s.text.strip()) for s in segs if s.kind != "equal"] == [
        ("insert", "straks"),
        ("insert", "stort"),
        ("delete", "med egen"),
        ("insert", "uden"),
    ]
    stats = rs.diff_stats(segs)
    assert (stats.words_added, stats.words_removed) == (3, 2)


def test_compare_versions_edge_cases() -> None:
    assert rs.compare_versions("", "") == []
    assert rs.compare_versions("", "Ny tekst") == [rs.DiffSegment("insert", "Ny tekst")]
    assert rs.compare_versions("Samme tekst.", "Samme tekst.") == [rs.DiffSegment("equal", "Samme tekst.")]
    segs = rs.compare_versions("Linje et.\nLinje to.", "Linje et!\nLinje to.")
    assert rebuild(segs) == ("Linje et.\nLinje to.", "Linje et!\nLinje to.")
    assert [(s.kind, s.text) for s in segs if s.kind != "equal"] == [("delete", "."), ("insert", "!")]
    assert rs.diff_stats(rs.compare_versions("a b", "a b")).unchanged


def test_compare_stored_versions(db: Database, rec: rs.RecommendationDetail) -> None:
    v2 = rs.save_version(db, rec.id, TEXT.replace("lokale", "små lokale"))
    segs = rs.compare_stored_versions(db, rec.versions[0].id, v2.id)
    assert [(s.kind, s.text) for s in segs if s.kind != "equal"] == [("insert", "små ")]


# -------------------------------------------------------------------------- import


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_import_creates_recommendations_with_initiatives(
    db: Database, assembly: AssemblyInfo, tables: list[int], tmp_path: Path
) -> None:
    f = write(
        tmp_path / "anbefalinger.csv",
        "code,title,theme,text,initiatives,table\n"
        'A1,Ungeråd,Unge,"Et ungeråd, valgt på skolerne.",Valg | Pulje |,2\n'
        "K1,Grønne tage,Klima,Alle nye tage skal være grønne.,,\n",
    )
    result = import_recommendations(db, assembly.id, f)
    assert [r.code for r in result.created] == ["A1", "K1"]
    a1 = rs.find_by_code(db, assembly.id, "A1")
    assert a1.text == "Et ungeråd, valgt på skolerne." and a1.origin_table_label == "Bord Syd"
    assert [i.text for i in a1.initiatives] == ["Valg", "Pulje"]
    assert a1.versions[0].note == "Imported from a file"
    assert audit.entries(db, assembly.id, "recommendation")[-1].action == "imported"


def test_import_reports_every_bad_row_and_imports_nothing(
    db: Database, assembly: AssemblyInfo, rec: rs.RecommendationDetail, tmp_path: Path
) -> None:
    f = write(
        tmp_path / "bad.csv",
        "kode;titel;tema;tekst;initiativer;bord\n"
        "B1;God;Klima;En fin tekst;;\n"  # row 2: fine
        "a1;Dublet;Unge;Tekst;;\n"  # row 3: code used in the assembly
        ";Uden kode;;Tekst;;\n"  # row 4: no code
        "B1;Igen;;Tekst;;\n"  # row 5: same code as row 2
        "B3;;;;;\n"  # row 6: no title, no text
        "B4;Bord;;Tekst;;9\n",  # row 7: no such table
    )
    with pytest.raises(ImportFailed) as caught:
        import_recommendations(db, assembly.id, f)
    problems = caught.value.problems
    assert [(p.row, p.column) for p in problems] == [
        (3, "kode"),
        (4, "kode"),
        (5, "kode"),
        (6, "titel"),
        (6, "tekst"),
        (7, "bord"),
    ]
    assert "row 2" in str(problems[2])
    assert [r.code for r in rs.list_recommendations(db, assembly.id)] == ["A1"]


def test_import_missing_columns_and_unreadable_file(db: Database, assembly: AssemblyInfo, tmp_path: Path) -> None:
    with pytest.raises(ImportFailed) as caught:
        import_recommendations(db, assembly.id, write(tmp_path / "x.csv", "code,theme\nA1,Unge\n"))
    assert {p.column for p in caught.value.problems} == {"title", "text"}
    with pytest.raises(ImportFailed, match="no such file"):
        import_recommendations(db, assembly.id, tmp_path / "missing.csv")
    with db.read() as s:
        assert s.scalar(select(func.count(Recommendation.id))) == 0


def test_word_counts_ignore_punctuation_and_keep_numbers_whole() -> None:
    segs = rs.compare_versions("En pulje.", "En pulje på 500.000 kr.")
    assert rs.diff_stats(segs) == rs.DiffStats(words_added=3, words_removed=0)
    assert rs.diff_stats(rs.compare_versions("Slut.", "Slut!")).unchanged
