"""Calibration sessions: blind scoring, agreement figures (checked against scikit-learn and a
hand-worked Fleiss example), isolation from final results, and the routes for every role."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from _web import PASSWORD, USERS, seeded_store
from fastapi.testclient import TestClient
from sklearn.metrics import cohen_kappa_score

from speechqa.review import Forbidden, InvalidInput, accounts, calibration, service
from speechqa.web.app import WebSettings, create_app

TOKEN_RE = re.compile(r'name="csrf-token" content="([^"]+)"')
CALLS = ("call-critical", "call-hostile", "call-south", "call-fine")
# reviewer -> call -> (greeting, disclosure)
SCORES = {
    "sup": {"call-critical": ("passed", "failed"), "call-hostile": ("passed", "passed"),
            "call-south": ("failed", "passed"), "call-fine": ("passed", "passed")},
    "root": {"call-critical": ("passed", "failed"), "call-hostile": ("failed", "passed"),
             "call-south": ("failed", "failed"), "call-fine": ("passed", "not_applicable")},
}


@pytest.fixture
def store_ids(tmp_path: Path):
    store, ids = seeded_store(tmp_path)
    yield store, ids
    store.close()


def user(store, name: str):
    return accounts.get_user_by_name(store, name)


def make_session(store, ids, reviewers=("sup", "root"), creator="root") -> int:
    return calibration.create_session(store, user(store, creator), "November calibration",
                                      [ids[call] for call in CALLS], list(reviewers))


def score_all(store, ids, session_id, names=("sup", "root")) -> None:
    for name in names:
        for call, (greeting, disclosure) in SCORES[name].items():
            calibration.submit(store, user(store, name), session_id, ids[call],
                               {"greeting": greeting, "disclosure": disclosure})


def expected_figures(store, ids) -> dict[str, dict]:
    """The figures worked out independently: scikit-learn's kappa, plain counting."""
    root = user(store, "root")
    machine = {call: {item.item_id: item.automatic_status
                      for item in service.call_detail(store, root, ids[call]).items}
               for call in CALLS}
    out = {}
    for index, item in enumerate(("greeting", "disclosure")):
        first = [SCORES["sup"][call][index] for call in CALLS]
        second = [SCORES["root"][call][index] for call in CALLS]
        agree = sum(a == b for a, b in zip(first, second, strict=True))
        with_machine = sum(status == machine[call][item] for call in CALLS
                           for status in (SCORES["sup"][call][index],
                                          SCORES["root"][call][index]))
        out[item] = {"percent": 100 * agree / len(CALLS),
                     "kappa": cohen_kappa_score(first, second),
                     "machine": 100 * with_machine / (2 * len(CALLS))}
    return out


def test_two_reviewers_agreement_matches_scikit_learn(store_ids):
    store, ids = store_ids
    session_id = make_session(store, ids)
    score_all(store, ids, session_id)
    figures = {row.item_id: row for row in
               calibration.agreement(store, user(store, "root"), session_id)}
    for item, expected in expected_figures(store, ids).items():
        row = figures[item]
        assert row.calls == 4 and row.kappa_kind == "cohen"
        assert row.percent_all_agree == pytest.approx(expected["percent"])
        assert row.kappa == pytest.approx(expected["kappa"])
        assert row.percent_with_machine == pytest.approx(expected["machine"])


def test_fleiss_kappa_on_a_worked_example():
    # Fleiss (1971)-style toy: 4 subjects, 3 raters, 2 categories.
    ratings = [["a", "a", "a"], ["a", "a", "b"], ["b", "b", "b"], ["a", "b", "b"]]
    # P_i = 1, 1/3, 1, 1/3 -> P̄ = 2/3; p_a = p_b = 1/2 -> Pe = 1/2; kappa = 1/3
    assert calibration.fleiss_kappa(ratings) == pytest.approx(1 / 3)
    assert calibration.fleiss_kappa([["a", "a"], ["a", "a"]]) is None  # one category only
    assert calibration.cohen_kappa([("a", "a"), ("b", "b")]) == pytest.approx(1.0)


def test_three_reviewers_use_fleiss(store_ids):
    store, ids = store_ids
    accounts.create_user(store, "sup3", "supervisor", PASSWORD, teams=["north"])
    session_id = make_session(store, ids, reviewers=("sup", "root", "sup3"))
    SCORES["sup3"] = SCORES["sup"]
    try:
        score_all(store, ids, session_id, names=("sup", "root", "sup3"))
    finally:
        del SCORES["sup3"]
    row = next(row for row in calibration.agreement(store, user(store, "root"), session_id)
               if row.item_id == "greeting")
    ratings = [[SCORES["sup"][c][0], SCORES["root"][c][0], SCORES["sup"][c][0]] for c in CALLS]
    assert row.kappa_kind == "fleiss"
    assert row.kappa == pytest.approx(calibration.fleiss_kappa(ratings))


def test_scoring_is_blind_until_submitted(store_ids):
    store, ids = store_ids
    session_id = make_session(store, ids)
    sid = ids["call-critical"]
    calibration.submit(store, user(store, "root"), session_id, sid,
                       {"greeting": "passed", "disclosure": "failed"})
    blind = calibration.scoring_view(store, user(store, "sup"), session_id, sid)
    assert all(item.machine is None and item.others == {} for item in blind.items)
    with pytest.raises(Forbidden):  # the agreement too, until every call is scored
        calibration.agreement(store, user(store, "sup"), session_id)
    calibration.submit(store, user(store, "sup"), session_id, sid,
                       {"greeting": "failed", "disclosure": "failed"})
    seen = {item.item_id: item for item in
            calibration.scoring_view(store, user(store, "sup"), session_id, sid).items}
    assert seen["greeting"].machine == "passed" and seen["greeting"].others == {"root": "passed"}
    with pytest.raises(InvalidInput):  # once only
        calibration.submit(store, user(store, "sup"), session_id, sid,
                           {"greeting": "passed", "disclosure": "failed"})
    with pytest.raises(InvalidInput):  # every item needs a status
        calibration.submit(store, user(store, "sup"), session_id, ids["call-fine"],
                           {"greeting": "passed"})


def test_calibration_never_changes_the_final_result(store_ids):
    store, ids = store_ids
    root = user(store, "root")
    before = {call: service.call_detail(store, root, ids[call]) for call in CALLS}
    queue_before = service.queue(store, root)
    session_id = make_session(store, ids)
    score_all(store, ids, session_id)
    for call in CALLS:
        after = service.call_detail(store, root, ids[call])
        assert [i.final_status for i in after.items] == [
            i.final_status for i in before[call].items]
        assert after.review == before[call].review and after.audit == before[call].audit
    assert service.queue(store, root) == queue_before


def test_who_may_create_and_open(store_ids):
    store, ids = store_ids
    with pytest.raises(Forbidden):
        make_session(store, ids, creator="aud")
    with pytest.raises(Forbidden):  # sup2 (team south) may not see the north calls
        make_session(store, ids, creator="sup2")
    with pytest.raises(InvalidInput):
        make_session(store, ids, reviewers=("sup", "ag1"))
    with pytest.raises(InvalidInput):
        make_session(store, ids, reviewers=("sup",))
    session_id = make_session(store, ids)
    for name in ("ag1", "sup2"):
        with pytest.raises(Forbidden):
            calibration.get_session(store, user(store, name), session_id)
    assert calibration.get_session(store, user(store, "aud"), session_id).reviewers == (
        "sup", "root")
    with pytest.raises(Forbidden):  # an auditor watches, never scores
        calibration.submit(store, user(store, "aud"), session_id, ids["call-fine"],
                           {"greeting": "passed", "disclosure": "passed"})


# Routes ----------------------------------------------------------------------------------


def client_for(store, name: str | None) -> TestClient:
    client = TestClient(create_app(store, WebSettings()), follow_redirects=False)
    if name is not None:
        page = client.get("/login")
        token = re.search(r'name="csrf_token" value="([^"]+)"', page.text).group(1)
        client.post("/login", data={"name": name, "password": PASSWORD, "csrf_token": token})
        client.headers["X-CSRF-Token"] = TOKEN_RE.search(client.get("/queue").text).group(1)
    return client


@pytest.fixture(scope="module")
def web(tmp_path_factory: pytest.TempPathFactory):
    store, ids = seeded_store(tmp_path_factory.mktemp("calibration"))
    session_id = make_session(store, ids)
    score_all(store, ids, session_id)
    yield store, ids, session_id
    store.close()


OPENS = {"root": 200, "sup": 200, "aud": 200, "sup2": 403, "ag1": 403, "ag2": 403}
CREATES = {"root": 200, "sup": 200, "aud": 403, "sup2": 403, "ag1": 403, "ag2": 403}


@pytest.mark.parametrize("name", [None, *USERS])
def test_session_routes_by_role(web, name):
    store, ids, session_id = web
    client = client_for(store, name)
    page = client.get(f"/calibration/{session_id}")
    api = client.get(f"/api/v1/calibration/{session_id}")
    listing = client.get("/calibration")
    created = client.post("/api/v1/calibration", json={
        "name": "x", "scorecard_ids": [ids["call-critical"]], "reviewers": ["sup", "root"]})
    if name is None:
        assert (page.status_code, api.status_code, listing.status_code) == (303, 401, 303)
        assert created.status_code == 403  # the CSRF guard answers first
        return
    assert page.status_code == api.status_code == OPENS[name]
    assert listing.status_code == 200
    assert created.status_code == CREATES[name]
    if OPENS[name] != 200:
        return
    shown = dict(re.findall(r'data-item="([^"]+)">\s*<td>[^<]*</td><td class="num">\d+</td>\s*'
                            r'<td class="num percent-agree">[^<]*</td>\s*'
                            r'<td class="num kappa" title="cohen">([^<]+)</td>', page.text))
    expected = expected_figures(store, ids)
    assert {item: float(value) for item, value in shown.items()} == pytest.approx(
        {item: round(figures["kappa"], 3) for item, figures in expected.items()})
    agreement = {row["item_id"]: row for row in api.json()["agreement"]}
    assert agreement["greeting"]["kappa"] == pytest.approx(expected["greeting"]["kappa"])


def test_scoring_form_submits_and_then_compares(tmp_path: Path):
    store, ids = seeded_store(tmp_path)
    try:
        session_id = make_session(store, ids)
        sid = ids["call-critical"]
        sup = client_for(store, "sup")
        form = sup.get(f"/calibration/{session_id}/calls/{sid}")
        assert 'id="score-form"' in form.text and 'class="machine"' not in form.text
        assert sup.get(f"/api/v1/calibration/{session_id}").json()["agreement"] is None
        posted = sup.post(f"/calibration/{session_id}/calls/{sid}",
                          data={"item:greeting": "failed", "item:disclosure": "failed"})
        assert posted.status_code == 303
        after = sup.get(f"/calibration/{session_id}/calls/{sid}")
        assert 'id="comparison"' in after.text and 'class="machine"' in after.text
        again = sup.post(f"/api/v1/calibration/{session_id}/calls/{sid}",
                         json={"statuses": {"greeting": "passed", "disclosure": "failed"}})
        assert again.status_code == 422
        aud = client_for(store, "aud")
        refused = aud.post(f"/api/v1/calibration/{session_id}/calls/{ids['call-fine']}",
                           json={"statuses": {"greeting": "passed", "disclosure": "passed"}})
        assert refused.status_code == 403
    finally:
        store.close()
