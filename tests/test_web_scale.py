"""Transcript search and review claims: the domain functions on SQLite and PostgreSQL, the
routes for every role, and the migration's tables."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from _db import db_fixture  # noqa: F401  (registers db_url)
from _scale import add_russian_call
from _web import PASSWORD, USERS, seeded_store
from fastapi.testclient import TestClient
from sqlalchemy import func, select

from speechqa import search_index
from speechqa.review import Forbidden, InvalidInput, accounts, claims, search, service
from speechqa.store import CallInfo
from speechqa.web.app import WebSettings, create_app

TOKEN_RE = re.compile(r'name="csrf-token" content="([^"]+)"')


@pytest.fixture
def store_ids(tmp_path: Path, db_url: str):
    store, ids = seeded_store(tmp_path, db_url)
    critical = next(row for row in store.iter_scorecards() if row.call.call_id == "call-critical")
    ids["call-ru"] = add_russian_call(store, critical.model())
    yield store, ids
    store.close()


def user(store, name: str):
    return accounts.get_user_by_name(store, name)


def found(store, name: str, text: str, speaker: str | None = None) -> list[str]:
    page = service.queue(store, user(store, name),
                         service.QueueFilters(text=text, speaker=speaker, include_reviewed=True))
    return [row.call_id for row in page.rows]


# Search --------------------------------------------------------------------------------------


def test_an_inflected_russian_word_finds_a_different_form_of_its_root(store_ids):
    store, _ids = store_ids
    # «списали» (verb, past) finds the agent's «списание» (noun) and the customer's own word.
    assert found(store, "root", "списали") == ["call-ru"]
    assert found(store, "root", "списание") == ["call-ru"]
    assert found(store, "root", "средства") == ["call-ru"]  # another case of «средство»
    assert found(store, "root", "деньгами предупреждение") == ["call-ru"]
    assert found(store, "root", "деньгами кошка") == []  # every word is required


def test_search_can_be_limited_to_one_speaker(store_ids):
    store, _ids = store_ids
    assert found(store, "root", "списание", "agent") == ["call-ru"]
    assert found(store, "root", "деньги", "agent") == []
    assert found(store, "root", "деньги", "customer") == ["call-ru"]
    assert found(store, "root", "recorded", "agent") == ["call-critical", "call-south",
                                                         "call-hostile"]
    assert found(store, "root", "recorded", "customer") == []


def test_search_combines_with_the_other_filters_and_the_users_scope(store_ids):
    store, _ids = store_ids
    assert found(store, "sup2", "recorded") == ["call-south"]
    assert found(store, "ag2", "recorded") == ["call-hostile"]
    page = service.queue(store, user(store, "root"), service.QueueFilters(
        text="recorded", flag_code="missing_disclosure"))
    assert [row.call_id for row in page.rows] == ["call-critical"]


def test_query_syntax_is_never_passed_to_the_database(store_ids):
    store, _ids = store_ids
    for hostile in ('" OR *', "NEAR(a b)", "a' | b:*", "списали)) OR ((x"):
        found(store, "root", hostile)  # no SQL/FTS syntax error
    with pytest.raises(InvalidInput):
        found(store, "root", "?!")
    with pytest.raises(InvalidInput):
        found(store, "root", "деньги", "robot")


def test_hits_point_at_the_words_said(store_ids):
    store, ids = store_ids
    detail = service.call_detail(store, user(store, "root"), ids["call-ru"])
    hits = search.hits(detail.transcript, "списали")
    assert [(hit.turn_index, hit.text) for hit in hits] == [(0, "списание"), (1, "списали")]
    assert hits[1].start == detail.transcript.turns[1].words[3].start


def test_index_pending_indexes_transcripts_stored_without_the_index(store_ids):
    store, _ids = store_ids
    with store.sessions.begin() as session:
        for row in session.scalars(select(search_index.SearchDoc)):
            session.delete(row)
    assert found(store, "root", "списали") == []
    assert search_index.pending_count(store) == 5
    assert search_index.index_pending(store, chunk=2) == 5
    assert search_index.pending_count(store) == 0
    assert found(store, "root", "списали") == ["call-ru"]
    with store.sessions() as session:
        assert session.scalar(select(func.count(search_index.SearchDoc.id))) == 10


# Claims --------------------------------------------------------------------------------------


def test_a_claim_holds_until_it_expires_or_is_released(store_ids):
    store, ids = store_ids
    sid = ids["call-critical"]
    now = datetime(2026, 11, 30, 10, tzinfo=UTC)
    mine = claims.claim(store, user(store, "sup"), sid, ttl_s=600, now=now)
    assert mine.user_name == "sup"
    # another reviewer opening it sees the holder, and does not take it
    assert claims.claim(store, user(store, "root"), sid, now=now).user_name == "sup"
    # an agent or auditor opening the call takes nothing
    assert claims.claim(store, user(store, "aud"), sid, now=now).user_name == "sup"
    page = claims.with_claims(store, service.queue(store, user(store, "root")), now=now)
    assert {row.call_id: row.claimed_by for row in page.rows}["call-critical"] == "sup"
    later = now + timedelta(seconds=601)
    assert claims.current(store, [sid], now=later) == {}
    assert claims.claim(store, user(store, "root"), sid, now=later).user_name == "root"
    with pytest.raises(Forbidden):
        claims.release(store, user(store, "sup"), sid)
    claims.release(store, user(store, "root"), sid)
    assert claims.current(store, [sid], now=later) == {}
    with pytest.raises(Forbidden):  # not visible to this supervisor
        claims.claim(store, user(store, "sup2"), sid, now=later)


def test_reopening_ones_own_claim_renews_it_once_a_renewal_step_has_passed(store_ids):
    store, ids = store_ids
    sid, sup = ids["call-critical"], user(store, "sup")
    now = datetime(2026, 11, 30, 10, tzinfo=UTC)
    first = claims.claim(store, sup, sid, ttl_s=600, now=now)
    # within the step (a tenth of the time, at most a minute) the claim stands as it was
    again = claims.claim(store, sup, sid, ttl_s=600, now=now + timedelta(seconds=59))
    assert again == first
    assert claims.current(store, [sid], now=now)[sid].expires_at == first.expires_at
    # past it, reopening pushes the expiry out again, still the same holder since `now`
    later = now + timedelta(seconds=61)
    renewed = claims.claim(store, sup, sid, ttl_s=600, now=later)
    assert renewed.expires_at == later + timedelta(seconds=600)
    assert renewed.claimed_at == first.claimed_at
    assert claims.current(store, [sid], now=later)[sid] == renewed


def test_two_reviewers_opening_a_call_at_once_get_one_holder(store_ids):
    """The claim is one upsert per opener; whichever lands first holds the call and both
    openers are told the same holder, on SQLite (two connections) and PostgreSQL."""
    from concurrent.futures import ThreadPoolExecutor

    store, ids = store_ids
    sid = ids["call-critical"]
    openers = [user(store, "sup"), user(store, "root")] * 4
    with ThreadPoolExecutor(len(openers)) as pool:
        answers = list(pool.map(lambda who: claims.claim(store, who, sid), openers))
    holder = claims.current(store, [sid])[sid].user_name
    assert holder in ("sup", "root")
    assert {answer.user_name for answer in answers} == {holder}


def test_an_admin_release_of_someone_elses_claim_is_audited(store_ids):
    store, ids = store_ids
    sid = ids["call-critical"]
    claims.claim(store, user(store, "sup"), sid)
    claims.release(store, user(store, "root"), sid)
    entry = service.audit_log(store, user(store, "root"), scorecard_id=sid)[0]
    assert (entry.actor, entry.action, entry.old) == ("root", "claim_released", "sup")


# Routes ---------------------------------------------------------------------------------------


def client_for(store, name: str | None) -> TestClient:
    client = TestClient(create_app(store, WebSettings()), follow_redirects=False)
    if name is not None:
        page = client.get("/login")
        token = re.search(r'name="csrf_token" value="([^"]+)"', page.text).group(1)
        client.post("/login", data={"name": name, "password": PASSWORD, "csrf_token": token,
                                    "next": "/queue"})
    return client


@pytest.fixture(scope="module")
def web_store(tmp_path_factory: pytest.TempPathFactory):
    store, ids = seeded_store(tmp_path_factory.mktemp("scale"))
    critical = next(row for row in store.iter_scorecards() if row.call.call_id == "call-critical")
    ids["call-ru"] = add_russian_call(store, critical.model())
    yield store, ids
    store.close()


QUEUE_RU = {"root": ["call-ru"], "aud": ["call-ru"], "sup": ["call-ru"], "sup2": [],
            "ag1": ["call-ru"], "ag2": []}


@pytest.mark.parametrize("name", [None, *USERS])
def test_queue_search_by_role(web_store, name):
    store, _ids = web_store
    response = client_for(store, name).get("/queue", params={"q": "списали"})
    if name is None:
        assert response.status_code == 303
        return
    assert re.findall(r'class="call-link">([^<]+)<', response.text) == QUEUE_RU[name]
    api = client_for(store, name).get("/api/v1/queue", params={"q": "списали"})
    assert [row["call_id"] for row in api.json()["rows"]] == QUEUE_RU[name]


@pytest.mark.parametrize("name", [None, *USERS])
def test_call_page_highlights_hits_by_role(web_store, name):
    store, ids = web_store
    client = client_for(store, name)
    response = client.get(f"/calls/{ids['call-ru']}", params={"q": "списали"})
    hits = client.get(f"/api/v1/calls/{ids['call-ru']}/hits", params={"q": "списали"})
    if name is None:
        assert response.status_code == 303 and hits.status_code == 401
        return
    if not QUEUE_RU[name]:
        assert response.status_code == 403 and hits.status_code == 403
        return
    assert response.status_code == 200
    assert re.findall(r'class="w hit"[^>]*>([^<]+)<', response.text) == ["списание", "списали"]
    assert response.text.count('class="seek time hit-link"') == 2
    assert [hit["text"] for hit in hits.json()] == ["списание", "списали"]
    claims.release(store, user(store, "root"), ids["call-ru"])


CLAIMS_BY = {"root": True, "sup": True, "sup2": False, "aud": False, "ag1": False, "ag2": False}


@pytest.mark.parametrize("name", [None, *USERS])
def test_claim_routes_by_role(web_store, name):
    store, ids = web_store
    sid = ids["call-critical"]
    client = client_for(store, name)
    if name is not None:  # a browser session's API writes carry its CSRF token
        client.headers["X-CSRF-Token"] = TOKEN_RE.search(client.get("/queue").text).group(1)
    response = client.post(f"/api/v1/calls/{sid}/claim")
    if name is None:  # refused by the CSRF guard before the route; reads answer 401
        assert response.status_code == 403
        assert client.get(f"/api/v1/calls/{sid}/claim").status_code == 401
        return
    if not CLAIMS_BY[name]:
        assert response.status_code == 403
        assert claims.current(store, [sid]) == {}
        return
    assert response.status_code == 200 and response.json()["user_name"] == name
    assert client.get(f"/api/v1/calls/{sid}/claim").json()["user_name"] == name
    assert client.delete(f"/api/v1/calls/{sid}/claim").status_code == 200
    assert client.get(f"/api/v1/calls/{sid}/claim").json() is None


def test_opening_a_call_claims_it_and_others_see_the_claim(web_store):
    store, ids = web_store
    sid = ids["call-critical"]
    sup = client_for(store, "sup")
    page = sup.get(f"/calls/{sid}")
    assert "id=\"claim\"" in page.text and "release-claim" in page.text
    root = client_for(store, "root")
    assert "Claimed by sup" in root.get(f"/calls/{sid}").text
    assert "Claimed by sup" in root.get("/queue").text
    aud = client_for(store, "aud").get(f"/calls/{sid}")
    assert "Claimed by sup" in aud.text and "release-claim" not in aud.text
    # a release form without the CSRF token is refused; the admin's with it works
    assert root.post(f"/calls/{sid}/claim/release").status_code == 403
    token = TOKEN_RE.search(root.get("/queue").text).group(1)
    released = root.post(f"/calls/{sid}/claim/release", data={"csrf_token": token})
    assert released.status_code == 303
    assert claims.current(store, [sid]) == {}


# The queue cache --------------------------------------------------------------------------


def test_the_cached_queue_follows_every_change_of_order_or_membership(store_ids):
    store, ids = store_ids
    from speechqa.review.queue_cache import QueueCache

    cache = QueueCache()
    root, sup = user(store, "root"), user(store, "sup")

    def both(**filters) -> list[str]:
        fresh = service.queue(store, root, service.QueueFilters(**filters))
        cached = service.queue(store, root, service.QueueFilters(**filters), cache=cache)
        assert cached == fresh
        return [row.call_id for row in cached.rows]

    first = both()
    hits = cache.hits
    assert both() == first and cache.hits == hits + 1  # nothing changed: from the cache
    # an override that clears the critical item moves the call down
    detail = service.call_detail(store, sup, ids["call-critical"])
    item = next(item for item in detail.items if item.item_id == "disclosure")
    service.override_item(store, sup, ids["call-critical"], "disclosure", "passed", "heard it",
                          expected_version=item.version)
    both()
    # a finished review takes the call out of the queue
    service.set_review_status(store, sup, ids["call-critical"], "reviewed",
                              expected_version=detail.review.version)
    assert "call-critical" not in both()
    # a newly stored call comes in
    like = next(row for row in store.iter_scorecards() if row.call.call_id == "call-hostile")
    card = like.model().model_copy(update={"call_id": "call-new"})
    transcript = store.transcripts([like.call.sha256])[like.call.sha256].model_copy(
        update={"call_id": "call-new"})
    transcript.audio = transcript.audio.model_copy(update={"sha256": "e" * 64})
    store.save_call(CallInfo(call_id="call-new", path="/nonexistent/new.wav", agent_id="a2",
                             team="north"), transcript, card)
    assert "call-new" in both()
    assert "call-new" in both(text="recorded")
    assert cache.misses >= 4


def test_the_queue_cache_keeps_a_bounded_number_of_rows_per_queue():
    from speechqa.review.queue_cache import QueueCache, QueueEntry

    cache = QueueCache(rows_per_entry=4)
    entry = QueueEntry(stamp=(1,), made_at=0.0, ids=list(range(10)))
    built: list[int] = []

    def page(number: int) -> list[int]:
        return cache.page(entry, number, lambda: built.append(number) or [number, number])

    assert page(1) == [1, 1] and page(2) == [2, 2] and page(1) == [1, 1]
    page(3)  # six rows: the least recently shown page (2) goes
    assert list(entry.pages) == [1, 3]
    page(1)
    assert built == [1, 2, 3]


def test_index_command_indexes_what_is_missing(tmp_path: Path):
    from typer.testing import CliRunner

    from speechqa.cli import app

    store, _ids = seeded_store(tmp_path)
    try:
        with store.sessions.begin() as session:
            for row in session.scalars(select(search_index.SearchDoc)):
                session.delete(row)
        runner = CliRunner()
        result = runner.invoke(app, ["index", "--db", store.url, "--no-progress"])
        assert result.exit_code == 0, result.output
        assert "indexed 4 transcripts" in result.output
        assert found(store, "root", "recorded") == ["call-critical", "call-south", "call-hostile"]
        again = runner.invoke(app, ["index", "--db", store.url, "--no-progress"])
        assert "indexed 0 transcripts" in again.output
        assert runner.invoke(app, ["index", "--help"]).exit_code == 0
    finally:
        store.close()


def test_a_worker_process_builds_its_app_from_the_environment(tmp_path: Path, monkeypatch):
    import json

    from speechqa.web.app import SERVE_DB_ENV, SERVE_SETTINGS_ENV, app_from_environment

    store, _ids = seeded_store(tmp_path)
    store.close()
    monkeypatch.setenv(SERVE_DB_ENV, f"sqlite:///{tmp_path / 'web.db'}")
    monkeypatch.setenv(SERVE_SETTINGS_ENV, json.dumps({"claim_ttl_s": 60,
                                                       "secure_cookies": False,
                                                       "idle_timeout_s": 600}))
    app = app_from_environment()
    assert app.state.settings.claim_ttl_s == 60
    client = TestClient(app, follow_redirects=False)
    assert client.get("/login").status_code == 200
    app.state.store.close()
