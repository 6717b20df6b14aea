"""The phones' JSON API through HTTP (Starlette's TestClient): every rule of issue 15 item 8."""

from __future__ import annotations

import json

from starlette.testclient import TestClient

from app.services import phones, voting
from tests.phones.conftest import Phones


def _vote(client: TestClient, ph: Phones, member: int, ballot_id: int, choices: dict, submission: str = "sub-00000001"):
    return client.post(
        f"/api/ballots/{ballot_id}/votes",
        headers=ph.auth(member),
        json={"choices": choices, "submission": submission},
    )


def test_the_open_ballot_as_a_member_sees_it(client: TestClient, ph: Phones) -> None:
    assert client.get("/api/ballot", headers=ph.auth(ph.members[0])).status_code == 404
    b = ph.ballot("dots", dots=4, cumulative=False)
    r = client.get("/api/ballot", headers=ph.auth(ph.members[0]))
    assert r.status_code == 200
    data = r.json()
    assert data["id"] == b.id and data["method"] == "dots" and data["state"] == "open"
    assert [i["id"] for i in data["items"]] == [i.id for i in b.items]
    assert data["dots"] == 4 and data["cumulative"] is False
    assert data["has_voted"] is False and data["can_vote"] is True and data["result"] is None


def test_a_vote_is_stored_once_and_the_same_submission_gets_the_same_receipt(client: TestClient, ph: Phones) -> None:
    b = ph.ballot()
    item = str(b.items[0].id)
    m = ph.members[0]
    first = _vote(client, ph, m, b.id, {item: "yes"}, "abcdefgh-1")
    assert first.status_code == 200, first.text
    again = _vote(client, ph, m, b.id, {item: "yes"}, "abcdefgh-1")
    assert again.status_code == 200 and again.json() == first.json()
    other = _vote(client, ph, m, b.id, {item: "no"}, "abcdefgh-2")
    assert other.status_code == 409 and other.json()["error"] == "already_voted"
    assert client.get("/api/ballot", headers=ph.auth(m)).json()["has_voted"] is True
    result = voting.ballot_result(ph.db, b.id)
    assert result.items[0].counts.get("yes") == 1 and result.items[0].counts.get("no", 0) == 0
    assert phones.voted_by_phone(ph.db, b.id) == 1


def test_unknown_and_replaced_links_are_refused(client: TestClient, ph: Phones) -> None:
    b = ph.ballot()
    item = str(b.items[0].id)
    r = client.get("/api/ballot", headers={"Authorization": "Bearer not-a-token"})
    assert r.status_code == 403 and r.json()["error"] == "unknown_link" and r.json()["message"]
    assert client.get("/api/ballot").status_code == 403
    m = ph.members[1]
    old = ph.links[m]
    new = phones.issue_link(ph.db, m)
    r = client.get("/api/ballot", headers={"Authorization": f"Bearer {old.token}"})
    assert r.status_code == 403
    r = client.post(
        f"/api/ballots/{b.id}/votes",
        headers={"Authorization": f"Bearer {new.token}"},
        json={"choices": {item: "yes"}, "submission": "zzzzzzzz"},
    )
    assert r.status_code == 200


def test_a_ballot_with_a_day_takes_only_members_checked_in_that_day(client: TestClient, ph: Phones) -> None:
    b = ph.ballot(day=True)
    item = str(b.items[0].id)
    assert _vote(client, ph, ph.members[0], b.id, {item: "yes"}).status_code == 200  # present
    assert _vote(client, ph, ph.members[8], b.id, {item: "yes"}).status_code == 200  # late
    for m, words in (
        (ph.members[9], "left early"),
        (ph.members[10], "not checked in"),
        (ph.members[11], "not checked in"),
    ):
        seen = client.get("/api/ballot", headers=ph.auth(m)).json()
        assert seen["can_vote"] is False and seen["refusal"]  # in the assembly's language (Danish here)
        r = _vote(client, ph, m, b.id, {item: "yes"})
        assert r.status_code == 403 and r.json()["error"] == "not_eligible" and words in r.json()["message"]
    assert voting.ballot_result(ph.db, b.id).cast == 2


def test_invalid_choices_get_422_and_change_nothing(client: TestClient, ph: Phones) -> None:
    b = ph.ballot()
    item = str(b.items[0].id)
    for choices in ({item: "maybe"}, {"999999": "yes"}, {item: ["yes"]}):
        r = _vote(client, ph, ph.members[0], b.id, choices)
        assert r.status_code == 422, (choices, r.text)
        assert r.json()["message"]
    d = ph.ballot("dots", dots=3, cumulative=False)
    items = [str(i.id) for i in d.items]
    r = _vote(client, ph, ph.members[0], d.id, {items[0]: 2, items[1]: 1})
    assert r.status_code == 422
    r = _vote(client, ph, ph.members[0], d.id, {items[0]: 5})
    assert r.status_code == 422
    for body in ({"choices": [], "submission": "abcdefgh"}, {"choices": {}, "submission": "x"}, {"choices": {}}):
        r = client.post(f"/api/ballots/{b.id}/votes", headers=ph.auth(ph.members[0]), json=body)
        assert r.status_code == 422
    assert voting.ballot_result(ph.db, b.id).cast == 0 and phones.voted_by_phone(ph.db, b.id) == 0


def test_a_ballot_that_is_not_open_is_refused(client: TestClient, ph: Phones) -> None:
    b = ph.ballot()
    item = str(b.items[0].id)
    voting.close_ballot(ph.db, b.id)
    r = _vote(client, ph, ph.members[0], b.id, {item: "yes"})
    assert r.status_code == 423 and r.json()["error"] == "ballot_not_open"
    assert _vote(client, ph, ph.members[0], 424242, {item: "yes"}).status_code == 404
    draft = voting.create_ballot(ph.db, ph.assembly_id, "Kladde", "yes_no_abstain", recommendation_ids=ph.recs[:1])
    r = _vote(client, ph, ph.members[0], draft.id, {str(draft.items[0].id): "yes"})
    assert r.status_code == 423


def test_bad_requests_get_a_clear_4xx(client: TestClient, ph: Phones) -> None:
    b = ph.ballot()
    url = f"/api/ballots/{b.id}/votes"
    h = ph.auth(ph.members[0])
    r = client.post(
        url,
        headers=h,
        content=b"x" * 200_000,
    )
    assert r.status_code in (413, 415)
    r = client.post(url, headers={**h, "Content-Type": "application/json"}, content=b"{" * 200_000)
    assert r.status_code == 413 and r.json()["message"]
    r = client.post(url, headers={**h, "Content-Type": "text/plain"}, content=b"{}")
    assert r.status_code == 415
    r = client.post(url, headers={**h, "Content-Type": "application/json"}, content=b"{not json")
    assert r.status_code == 400 and r.json()["error"] == "invalid_json"
    r = client.post(url, headers={**h, "Content-Type": "application/json"}, content="[" * 5000 + "]" * 5000)
    assert r.status_code in (400, 422)
    r = client.post(url, headers={**h, "Content-Type": "application/json"}, content=b"\xff\xfe")
    assert r.status_code == 400
    r = client.post("/api/ballots/abc/votes", headers=h, json={})
    assert r.status_code == 404 and r.json()["error"] == "not_found"
    r = client.delete("/api/ballot", headers=h)
    assert r.status_code == 405
    assert voting.ballot_result(ph.db, b.id).cast == 0


def test_token_guessing_slows_down_and_is_refused(client: TestClient, ph: Phones) -> None:
    ph.ballot()
    statuses = [client.get("/api/ballot", headers={"Authorization": f"Bearer guess{n}"}).status_code for n in range(10)]
    assert statuses[:8] == [403] * 8
    assert statuses[8:] == [429, 429]
    # the real link from the same device is refused too while the block lasts
    assert client.get("/api/ballot", headers=ph.auth(ph.members[0])).status_code == 429


def test_a_member_who_took_a_paper_ballot_cannot_vote_by_phone(client: TestClient, ph: Phones) -> None:
    b = ph.ballot()
    item = str(b.items[0].id)
    phones.hand_out_paper(ph.db, b.id, ph.members[0])
    r = _vote(client, ph, ph.members[0], b.id, {item: "yes"})
    assert r.status_code == 403 and "paper" in r.json()["message"]
    assert _vote(client, ph, ph.members[1], b.id, {item: "yes"}).status_code == 200
    try:
        phones.hand_out_paper(ph.db, b.id, ph.members[1])
    except phones.ServiceError as exc:
        assert "already voted by phone" in str(exc)
    else:
        raise AssertionError("a member who voted by phone got a paper ballot")
    phones.take_back_paper(ph.db, b.id, ph.members[0])
    assert _vote(client, ph, ph.members[0], b.id, {item: "no"}).status_code == 200


def test_the_result_shows_only_once_revealed(client: TestClient, ph: Phones) -> None:
    b = ph.ballot()
    item = str(b.items[0].id)
    assert _vote(client, ph, ph.members[0], b.id, {item: "yes"}).status_code == 200
    voting.close_ballot(ph.db, b.id)
    seen = client.get(f"/api/ballots/{b.id}", headers=ph.auth(ph.members[0])).json()
    assert seen["state"] == "closed" and seen["result"] is None
    assert client.get("/api/current", headers=ph.auth(ph.members[0])).json()["ballot"]["state"] == "closed"
    voting.set_revealed(ph.db, b.id, True)
    seen = client.get(f"/api/ballots/{b.id}", headers=ph.auth(ph.members[0])).json()
    assert seen["result"]["items"][0]["counts"]["yes"] == 1


def test_every_method_takes_a_phone_vote(client: TestClient, ph: Phones) -> None:
    cases = {
        "support_scale": lambda ids: {ids[0]: "5", ids[1]: "1", ids[2]: "3"},
        "approval": lambda ids: {ids[0]: True, ids[1]: False, ids[2]: True},
        "dots": lambda ids: {ids[0]: 2, ids[1]: 1},
        "ranking": lambda ids: {ids[0]: 2, ids[1]: 1, ids[2]: 3},
    }
    for method, make in cases.items():
        b = ph.ballot(method)
        ids = [str(i.id) for i in b.items]
        r = _vote(client, ph, ph.members[0], b.id, make(ids), f"sub-{method}")
        assert r.status_code == 200, (method, r.text)
        voting.close_ballot(ph.db, b.id)
        assert voting.ballot_result(ph.db, b.id).cast == 1, method


def test_a_join_code_gives_a_link(client: TestClient, ph: Phones) -> None:
    code = ph.links[ph.members[2]].code
    r = client.post("/api/join", json={"code": code.lower().replace("-", " ")})
    assert r.status_code == 200, r.text
    token = r.json()["token"]
    assert r.json()["url"] == f"http://192.0.2.10:8765/v/{token}"
    me = client.get("/api/me", headers={"Authorization": f"Bearer {token}"}).json()
    assert me["member_number"] == 3
    assert client.post("/api/join", json={"code": "AAAA-AAAA"}).status_code == 403


def test_the_event_stream_tells_when_a_ballot_opens(ph: Phones) -> None:
    import threading

    from app.phones.server import create_app

    app = create_app(ph.db, base_url="http://x", group=1)
    with TestClient(app) as c, c.stream("GET", f"/api/events?token={ph.links[ph.members[0]].token}") as r:
        assert r.status_code == 200 and r.headers["content-type"].startswith("text/event-stream")
        lines = r.iter_lines()
        seen: list[str] = []
        for line in lines:
            seen.append(line)
            if line.startswith("event: hello"):
                break
        threading.Thread(target=ph.ballot).start()
        for line in lines:
            if line.startswith("data:"):
                data = json.loads(line[5:])
                if data["kind"] == "ballot":
                    break
        app.state.ctx.closing.set()


def test_the_evaluation_is_answered_once_and_anonymously(client: TestClient, ph: Phones) -> None:
    from app.services import evaluation

    sv = evaluation.create_survey(ph.db, ph.assembly_id, "Dag 1")
    q1 = evaluation.add_question(ph.db, sv.id, "Hvor tilfreds var du?", scale_min=1, scale_max=5)
    q2 = evaluation.add_question(ph.db, sv.id, "Hvad kan blive bedre?", kind="text")
    h = ph.auth(ph.members[0])
    listed = client.get("/api/surveys", headers=h).json()["surveys"]
    assert [s["id"] for s in listed] == [sv.id] and listed[0]["answered"] is False
    url = f"/api/surveys/{sv.id}/responses"
    bad = client.post(url, headers=h, json={"answers": {str(q1.id): 9}, "submission": "survey-001"})
    assert bad.status_code == 422 and bad.json()["message"]
    body = {"answers": {str(q1.id): 4, str(q2.id): "Mere kaffe"}, "submission": "survey-001"}
    first = client.post(url, headers=h, json=body)
    assert first.status_code == 200, first.text
    assert client.post(url, headers=h, json=body).json() == first.json()  # the same submission: the same answer
    other = client.post(url, headers=h, json={**body, "submission": "survey-002"})
    assert other.status_code == 409
    assert client.get("/api/surveys", headers=h).json()["surveys"][0]["answered"] is True
    result = evaluation.survey_results(ph.db, sv.id)
    assert result.survey.responses == 1  # in the existing evaluation results (charts, report)
    import sqlite3

    assert ph.db.path is not None
    con = sqlite3.connect(str(ph.db.path))
    try:  # the response names nobody: no member column, no respondent key
        assert con.execute("SELECT respondent_key FROM survey_response").fetchall() == [("",)]
        assert not any("member" in r[1] for r in con.execute("PRAGMA table_info(survey_response)"))
    finally:
        con.close()
