"""Voting's refusals and paper-ballot import problems read as Danish (app/locale/da.json),
while ``str()`` stays English for the CLI and the logs."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.db import Database
from app.io.paper_ballots import import_paper_ballots
from app.io.tabular import ImportFailed
from app.services import voting
from app.services.assembly import AssemblyInfo
from app.services.errors import NotFound, ServiceError
from tests.app.test_voting import make_members, make_recommendations


def _item_ids(info: voting.BallotInfo) -> list[str]:
    return [str(i.id) for i in info.items]


def test_a_vote_into_a_closed_ballot_is_refused_in_danish(db: Database, assembly: AssemblyInfo) -> None:
    make_members(db, assembly.id, 5)
    recs = make_recommendations(db, assembly.id, 2)
    b = voting.create_ballot(db, assembly.id, "Trafik", "yes_no_abstain", recommendation_ids=recs[:1])
    item = _item_ids(b)[0]
    voting.open_ballot(db, b.id)
    voting.enter_paper(db, b.id, 1, {item: "yes"}, entry=1)
    voting.enter_paper(db, b.id, 1, {item: "yes"}, entry=2)
    voting.close_ballot(db, b.id)

    with pytest.raises(ServiceError) as caught:
        voting.enter_paper(db, b.id, 2, {item: "no"})
    assert str(caught.value) == "Cannot count papers: ballot “Trafik” is closed (it must be open)."
    assert caught.value.localised("da") == (
        "Der kan ikke tastes stemmesedler ind i afstemningen «Trafik»: den er lukket (den skal være åben)."
    )
    with pytest.raises(ServiceError) as caught:
        voting.set_hand_count(db, b.id, {int(item): {"yes": 1}})
    assert caught.value.localised("da") == (
        "Der kan ikke indtastes en håndoptælling i afstemningen «Trafik»: den er lukket (den skal være åben)."
    )
    # a state and where it must be, both translated: "a draft", "open, closed or published"
    draft = voting.create_ballot(db, assembly.id, "Kladden", "approval", recommendation_ids=recs)
    with pytest.raises(ServiceError) as caught:
        voting.set_revealed(db, draft.id)
    assert str(caught.value) == (
        "Cannot reveal the result: ballot “Kladden” is draft (it must be open, closed or published)."
    )
    assert caught.value.localised("da") == (
        "Resultatet af afstemningen «Kladden» kan ikke vises: afstemningen er en kladde"
        " (den skal være åben, lukket eller offentliggjort)."
    )
    with pytest.raises(NotFound) as missing:
        voting.get_ballot(db, 4711)
    assert missing.value.localised("da") == "Der findes ingen afstemning med id 4711."


def test_paper_refusals_name_the_paper_in_danish(db: Database, assembly: AssemblyInfo) -> None:
    make_members(db, assembly.id, 3)
    recs = make_recommendations(db, assembly.id, 3)
    b = voting.create_ballot(db, assembly.id, "Prikker", "dots", recommendation_ids=recs, dots=2, cumulative=False)
    a1, a2, _a3 = _item_ids(b)
    voting.open_ballot(db, b.id)
    with pytest.raises(ServiceError) as caught:
        voting.enter_paper(db, b.id, 1, {a1: 2})
    assert str(caught.value) == (
        "Not a valid dot paper: at most one dot per item on this ballot (mark it spoilt if that is what it says)."
    )
    assert caught.value.localised("da") == (
        "Stemmesedlen er ikke gyldig ved prikafstemning: højst én prik pr. punkt i denne afstemning"
        " (markér den som ugyldig, hvis det virkelig er det, der står på den)."
    )
    voting.enter_paper(db, b.id, 1, {a1: 1, a2: 1}, entry=1)
    voting.enter_paper(db, b.id, 2, {a1: 1}, entry=1)
    voting.enter_paper(db, b.id, 2, {a2: 1}, entry=2)
    with pytest.raises(ServiceError) as caught:
        voting.close_ballot(db, b.id)
    assert str(caught.value) == "Cannot close yet: entries disagree on paper 2; paper 1 typed only once."
    assert caught.value.localised("da") == (
        "Afstemningen kan ikke lukkes endnu: de to indtastninger af stemmeseddel 2 er forskellige;"
        " stemmeseddel 1 er kun tastet én gang."
    )
    # the option words a facilitator may write, in Danish
    yes_no = voting.create_ballot(db, assembly.id, "JN", "yes_no_abstain", recommendation_ids=recs[:1]).options
    with pytest.raises(ServiceError) as caught:
        voting.parse_choice("yes_no_abstain", yes_no, "måske")
    assert str(caught.value) == "“måske” is not an option here (use yes, no, abstain, or leave blank)."
    assert caught.value.localised("da") == (
        "«måske» er ikke en svarmulighed her (brug ja, nej, hverken, eller lad feltet stå tomt for blank)."
    )
    assert [voting.parse_choice("yes_no_abstain", yes_no, w) for w in ("ja", "nej", "hverken")] == [
        "yes",
        "no",
        "abstain",
    ]
    with pytest.raises(ServiceError) as caught:
        voting.parse_choice("ranking", [], "9", n_items=3)
    assert caught.value.localised("da") == (
        "«9» er ikke en plads i prioriteringen (brug 1–3, eller lad feltet stå tomt)."
    )


def test_too_many_hand_counted_votes_are_explained_in_danish(db: Database, assembly: AssemblyInfo) -> None:
    make_members(db, assembly.id, 4)
    recs = make_recommendations(db, assembly.id, 1)
    b = voting.create_ballot(db, assembly.id, "Håndsoprækning", "yes_no_abstain", recommendation_ids=recs)
    voting.open_ballot(db, b.id)
    with pytest.raises(voting.TooManyVotes) as caught:
        voting.set_hand_count(db, b.id, {b.items[0].id: {"yes": 3, "no": 3}})
    assert caught.value.localised("da") == (
        "Optællingen giver 6 stemmer på «Anbefaling 1», men der er kun 4 fremmødte medlemmer."
        " Kontrollér tallene (eller gem alligevel)."
    )
    assert voting.hand_counts(db, b.id) == {}  # refused: nothing stored


def test_the_seal_check_reads_in_danish(db: Database, assembly: AssemblyInfo) -> None:
    from app.i18n import Message

    make_members(db, assembly.id, 2)
    recs = make_recommendations(db, assembly.id, 1)
    b = voting.create_ballot(db, assembly.id, "Segl", "yes_no_abstain", recommendation_ids=recs)
    voting.open_ballot(db, b.id)
    unsealed = voting.verify_seal(db, b.id)
    assert not unsealed.ok and isinstance(unsealed.message, Message)
    assert unsealed.message.localised("da") == "Afstemningen «Segl» har intet forseglet resultat."
    sealed = voting.close_ballot(db, b.id)
    check = voting.verify_seal(db, b.id)
    assert check.ok and check.message == f"Sealed result intact (SHA-256 {sealed.checksum})."
    assert isinstance(check.message, Message)
    assert check.message.localised("da") == f"Det forseglede resultat er intakt (SHA-256 {sealed.checksum})."


def test_a_paper_ballot_file_with_bad_cells_gives_danish_problems(
    db: Database, assembly: AssemblyInfo, tmp_path: Path
) -> None:
    make_members(db, assembly.id, 10)
    recs = make_recommendations(db, assembly.id, 2)
    b = voting.create_ballot(db, assembly.id, "Støtte", "support_scale", recommendation_ids=recs, threshold=0.8)
    voting.open_ballot(db, b.id)
    path = tmp_path / "sedler.csv"
    path.write_text("stemmeseddel;A1;A2;ugyldig\n1;5;4;\n2;6;4;\nx;5;5;\n1;5;5;\n5;5;3;måske\n", encoding="utf-8")
    with pytest.raises(ImportFailed) as failed:
        import_paper_ballots(db, b.id, path)
    danish = [p.localised("da") for p in failed.value.problems]
    assert danish == [
        "Række 3, kolonne «A1»: «6» er ikke en svarmulighed her"
        " (brug 5, 4, 3, 2, 1, eller lad feltet stå tomt for blank).",
        "Række 4, kolonne «stemmeseddel»: «x» er ikke et stemmesedelnummer (1, 2, 3 …)",
        "Række 5, kolonne «stemmeseddel»: stemmeseddel 1 står også i række 2",
        "Række 6, kolonne «ugyldig»: «måske»: skriv x for en ugyldig stemmeseddel",
    ]
    # the same problems in English for the CLI and the log
    assert str(failed.value.problems[0]) == (
        "row 3, column A1: “6” is not an option here (use 5, 4, 3, 2, 1, or leave blank)."
    )
    assert voting.typed_paper_numbers(db, b.id) == set()  # nothing imported

    # a file without the ballot's columns, and a dot paper over the limit
    path.write_text("nr;A1;B7\n1;5;5\n", encoding="utf-8")
    with pytest.raises(ImportFailed) as failed:
        import_paper_ballots(db, b.id, path)
    assert failed.value.localised("da").splitlines() == [
        "Kolonne «A2»: ingen kolonne til A2 (Anbefaling 2)",
        "Kolonne «B7»: ikke et punkt i denne afstemning (punkterne er A1, A2)",
    ]
    dots = voting.create_ballot(db, assembly.id, "Prikker", "dots", recommendation_ids=recs, dots=3)
    voting.open_ballot(db, dots.id)
    path.write_text("paper,A1,A2\n1,2,2\n", encoding="utf-8")
    with pytest.raises(ImportFailed) as failed:
        import_paper_ballots(db, dots.id, path)
    assert failed.value.localised("da") == (
        "Række 2: der er givet 4 prikker, men kun 3 er tilladt"
        " (skriv x i kolonnen «ugyldig», hvis stemmesedlen er ugyldig)"
    )
    assert (
        str(failed.value) == "row 2: 4 dots given, only 3 allowed (write x in the spoilt column if the paper is spoilt)"
    )


def test_an_import_into_a_closed_ballot_or_an_unreadable_file_is_refused_in_danish(
    db: Database, assembly: AssemblyInfo, tmp_path: Path
) -> None:
    make_members(db, assembly.id, 3)
    recs = make_recommendations(db, assembly.id, 1)
    b = voting.create_ballot(db, assembly.id, "Lukket", "yes_no_abstain", recommendation_ids=recs)
    voting.open_ballot(db, b.id)
    empty = tmp_path / "tom.csv"
    empty.write_text("\n", encoding="utf-8")
    with pytest.raises(ImportFailed) as failed:
        import_paper_ballots(db, b.id, empty)
    assert failed.value.localised("da") == "tom.csv: filen er tom"
    voting.close_ballot(db, b.id)
    with pytest.raises(ServiceError) as caught:
        import_paper_ballots(db, b.id, empty)
    assert caught.value.localised("da") == (
        "Afstemningen «Lukket» er lukket: stemmesedler kan kun tælles med i en åben afstemning."
    )
