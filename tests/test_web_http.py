"""HTTP-level tests of the review web app: every route for every role, CSRF, headers, Range,
stale edits, lockout, escaping and the JSON API, through FastAPI's TestClient."""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

import pytest
from _web import HOSTILE_IMG, HOSTILE_SCRIPT, PASSWORD, USERS, seeded_store
from fastapi.testclient import TestClient

from speechqa.review import InvalidLogin, accounts
from speechqa.web.app import WebSettings, create_app
from speechqa.web.i18n import choose_language, negotiate

ROLES = [None, *USERS]  # None: not signed in
TOKEN_RE = re.compile(r'name="csrf-token" content="([^"]+)"')


@pytest.fixture(scope="module")
def shared(tmp_path_factory: pytest.TempPathFactory):
    """One seeded store for the read-only matrix tests."""
    store, ids = seeded_store(tmp_path_factory.mktemp("web"))
    yield store, ids
    store.close()


@pytest.fixture
def fresh(tmp_path: Path):
    """A store of its own for tests that change things."""
    store, ids = seeded_store(tmp_path)
    yield store, ids
    store.close()


def client_for(store, name: str | None, **settings) -> TestClient:
    client = TestClient(create_app(store, WebSettings(**settings)), follow_redirects=False)
    if name is not None:
        login(client, name)
    return client


def login(client: TestClient, name: str, password: str = PASSWORD):
    page = client.get("/login")
    token = re.search(r'name="csrf_token" value="([^"]+)"', page.text).group(1)
    return client.post("/login", data={"name": name, "password": password,
                                       "csrf_token": token, "next": "/queue"})


def csrf(client: TestClient, path: str = "/queue") -> str:
    return TOKEN_RE.search(client.get(path).text).group(1)


# Pages by role ------------------------------------------------------------------------------

# who may see call-critical (team north, agent a1)
SEES_CRITICAL = {"root": True, "sup": True, "sup2": False, "aud": True, "ag1": True,
                 "ag2": False}


@pytest.mark.parametrize("name", ROLES)
def test_queue_page_by_role(shared, name):
    store, _ids = shared
    response = client_for(store, name).get("/queue")
    if name is None:
        assert response.status_code == 303
        assert response.headers["location"].startswith("/login?next=")
        return
    assert response.status_code == 200
    # worst first: critical flags, then auto-fail, then warnings, then the newest
    calls = re.findall(r'class="call-link">([^<]+)<', response.text)
    expected = {
        "root": ["call-critical", "call-south", "call-hostile"],
        "aud": ["call-critical", "call-south", "call-hostile"],
        "sup": ["call-critical", "call-hostile"], "sup2": ["call-south"],
        "ag1": ["call-critical"], "ag2": ["call-hostile"],
    }[name]
    assert calls == expected


@pytest.mark.parametrize("name", ROLES)
@pytest.mark.parametrize("suffix", ["", "/audio", "/peaks"])
def test_call_routes_by_role(shared, name, suffix):
    store, ids = shared
    response = client_for(store, name).get(f"/calls/{ids['call-critical']}{suffix}")
    if name is None:
        assert response.status_code == 303
        return
    assert response.status_code == (200 if SEES_CRITICAL[name] else 403)
    if suffix == "/peaks" and SEES_CRITICAL[name]:
        data = response.json()
        assert data["duration"] == pytest.approx(6.0, abs=0.05)
        assert len(data["peaks"]) == 1200 and max(data["peaks"]) == 1.0


def test_missing_call_is_404(shared):
    store, _ids = shared
    assert client_for(store, "root").get("/calls/9999").status_code == 404
    assert client_for(store, "root").get("/api/v1/calls/9999").status_code == 404


@pytest.mark.parametrize("name", ROLES)
def test_audit_and_users_pages_by_role(shared, name):
    store, ids = shared
    client = client_for(store, name)
    audit = client.get("/audit")
    export = client.get("/audit/export?format=json")
    users = client.get("/admin/users")
    if name is None:
        assert {audit.status_code, export.status_code, users.status_code} == {303}
        return
    assert audit.status_code == 200 and export.status_code == 200
    assert users.status_code == (200 if name == "root" else 403)
    one = client.get(f"/audit/export?format=csv&scorecard_id={ids['call-critical']}")
    assert one.status_code == (200 if SEES_CRITICAL[name] else 403)


@pytest.mark.parametrize("name", ROLES)
def test_api_reads_by_role(shared, name):
    store, ids = shared
    client = client_for(store, name)
    sid = ids["call-critical"]
    answers = {path: client.get(path) for path in (
        "/api/v1/me", "/api/v1/queue", "/api/v1/filters", f"/api/v1/calls/{sid}",
        "/api/v1/audit",
    )}
    if name is None:
        assert {response.status_code for response in answers.values()} == {401}
        return
    assert answers["/api/v1/me"].json()["name"] == name
    assert answers["/api/v1/queue"].status_code == 200
    assert answers[f"/api/v1/calls/{sid}"].status_code == (200 if SEES_CRITICAL[name] else 403)


def test_openapi_documents_the_api(shared):
    store, _ids = shared
    schema = client_for(store, None).get("/api/v1/openapi.json").json()
    for path in ("/api/v1/queue", "/api/v1/calls/{scorecard_id}",
                 "/api/v1/calls/{scorecard_id}/items/{item_id}/override",
                 "/api/v1/calls/{scorecard_id}/review", "/api/v1/audit"):
        assert path in schema["paths"]
    assert "/queue" not in schema["paths"]  # HTML pages are not part of the API


# Writes by role ------------------------------------------------------------------------------


OVERRIDERS = {"root": 303, "sup": 303, "sup2": 403, "aud": 403, "ag1": 403, "ag2": 403}


@pytest.mark.parametrize("name", list(USERS))
def test_override_by_role(fresh, name):
    store, ids = fresh
    client = client_for(store, name)
    sid = ids["call-critical"]
    response = client.post(f"/calls/{sid}/items/disclosure/override", data={
        "status": "passed", "comment": "disclosure was in the IVR", "version": "0",
        "csrf_token": csrf(client),
    })
    assert response.status_code == OVERRIDERS[name]
    detail = client_for(store, "root").get(f"/api/v1/calls/{sid}").json()
    item = next(item for item in detail["items"] if item["item_id"] == "disclosure")
    assert item["final_status"] == ("passed" if OVERRIDERS[name] == 303 else "failed")
    assert item["automatic_status"] == "failed"  # the machine's result is kept


@pytest.mark.parametrize("name", list(USERS))
def test_review_comment_and_admin_writes_by_role(fresh, name):
    store, ids = fresh
    client = client_for(store, name)
    token = csrf(client)
    sid = ids["call-critical"]
    review = client.post(f"/calls/{sid}/review", data={
        "status": "in_review", "version": "0", "csrf_token": token})
    comment = client.post(f"/calls/{sid}/comments", data={"text": "hi", "csrf_token": token})
    create = client.post("/admin/users", data={
        "name": "newbie", "role": "auditor", "password": "longenough1", "csrf_token": token})
    disable = client.post("/admin/users/ag2/disable", data={"csrf_token": token})
    reviewer = name in ("root", "sup")
    assert review.status_code == (303 if reviewer else 403)
    assert comment.status_code == (303 if reviewer else 403)
    assert create.status_code == (303 if name == "root" else 403)
    assert disable.status_code == (303 if name == "root" else 403)
    names = {user.name: user for user in accounts.list_users(store)}
    assert ("newbie" in names) == (name == "root")
    assert names["ag2"].disabled == (name == "root")


def test_every_write_needs_the_csrf_token(fresh):
    store, ids = fresh
    client = client_for(store, "root")
    sid = ids["call-critical"]
    writes = [
        (f"/calls/{sid}/items/disclosure/override",
         {"status": "passed", "comment": "x", "version": "0"}),
        (f"/calls/{sid}/review", {"status": "in_review", "version": "0"}),
        (f"/calls/{sid}/comments", {"text": "x"}),
        ("/admin/users", {"name": "x1", "role": "auditor", "password": "longenough1"}),
        ("/admin/users/ag2/disable", {}),
        ("/admin/users/ag2/password", {"password": "longenough2"}),
        ("/profile/language", {"language": "ru"}),
        ("/logout", {}),
    ]
    for path, data in writes:
        assert client.post(path, data=data).status_code == 403, path
        assert client.post(path, data={**data, "csrf_token": "forged"}).status_code == 403
        assert client.post(path, data=data, headers={"X-CSRF-Token": "forged"}).status_code == 403
    api = client.post(f"/api/v1/calls/{sid}/review",
                      json={"status": "in_review", "expected_version": 0})
    assert api.status_code == 403  # a cookie-authenticated API write needs the header too
    assert client.get(f"/api/v1/audit?scorecard_id={sid}").json() == []  # nothing happened
    # the token from the page, as header (htmx) or field (forms), is accepted
    token = csrf(client)
    assert client.post(f"/calls/{sid}/comments", data={"text": "ok"},
                       headers={"X-CSRF-Token": token}).status_code == 303


def test_login_form_needs_its_double_submit_token(fresh):
    store, _ids = fresh
    client = client_for(store, None)
    response = client.post("/login", data={"name": "sup", "password": PASSWORD})
    assert response.status_code == 403
    assert login(client, "sup").status_code == 303


# API with a bearer token --------------------------------------------------------------------


def test_bearer_token_api_round_trip(fresh):
    store, ids = fresh
    token = accounts.issue_token(store, "sup", "script")
    client = TestClient(create_app(store), headers={"Authorization": f"Bearer {token}"})
    sid = ids["call-critical"]
    queue = client.get("/api/v1/queue", params={"flag_code": "missing_disclosure"}).json()
    assert [row["call_id"] for row in queue["rows"]] == ["call-critical"]
    assert queue["total"] == 1
    item = client.post(f"/api/v1/calls/{sid}/items/disclosure/override", json={
        "status": "passed", "comment": "said in IVR", "expected_version": 0}).json()
    assert item["final_status"] == "passed" and item["version"] == 1
    stale = client.post(f"/api/v1/calls/{sid}/items/disclosure/override", json={
        "status": "failed", "comment": "no", "expected_version": 0})
    assert stale.status_code == 409 and stale.json()["detail"]
    blank = client.post(f"/api/v1/calls/{sid}/items/disclosure/override", json={
        "status": "failed", "comment": "   ", "expected_version": 1})
    assert blank.status_code == 422
    audit = client.get("/api/v1/audit", params={"scorecard_id": sid}).json()
    assert audit[0]["action"] and audit[0]["actor"] == "sup" and audit[0]["comment"]
    bad = TestClient(create_app(store), headers={"Authorization": "Bearer nope"})
    assert bad.get("/api/v1/queue").status_code == 401
    assert bad.post(f"/api/v1/calls/{sid}/comments", json={"text": "x"}).status_code == 401


# Call page: stale edits, escaping, htmx partials --------------------------------------------


def test_stale_override_is_refused_and_the_draft_kept(fresh):
    store, ids = fresh
    sid = ids["call-critical"]
    first, second = client_for(store, "sup"), client_for(store, "root")
    token1, token2 = csrf(first, f"/calls/{sid}"), csrf(second, f"/calls/{sid}")
    url = f"/calls/{sid}/items/disclosure/override"
    assert first.post(url, data={"status": "passed", "comment": "IVR said it",
                                 "version": "0", "csrf_token": token1}).status_code == 303
    stale = second.post(url, data={"status": "not_applicable", "comment": "my draft",
                                   "version": "0", "csrf_token": token2},
                        headers={"HX-Request": "true"})
    assert stale.status_code == 409
    assert "my draft" in stale.text  # the second reviewer's text is not lost
    assert "IVR said it" in stale.text  # and they see what changed meanwhile
    final = client_for(store, "aud").get(f"/api/v1/calls/{sid}").json()
    item = next(item for item in final["items"] if item["item_id"] == "disclosure")
    assert item["final_status"] == "passed" and item["version"] == 1
    plain = second.post(url, data={"status": "failed", "comment": "x", "version": "0",
                                   "csrf_token": token2})
    assert plain.status_code == 409


def test_htmx_override_returns_the_item_and_out_of_band_panels(fresh):
    store, ids = fresh
    sid = ids["call-critical"]
    client = client_for(store, "sup")
    response = client.post(
        f"/calls/{sid}/items/disclosure/override",
        data={"status": "passed", "comment": "said in IVR", "version": "0"},
        headers={"HX-Request": "true", "X-CSRF-Token": csrf(client)},
    )
    assert response.status_code == 200
    assert response.text.lstrip().startswith('<article class="item passed overridden"')
    assert 'id="audit" hx-swap-oob="true"' in response.text
    assert 'id="score" hx-swap-oob="true"' in response.text
    assert "said in IVR" in response.text


def test_hostile_text_renders_inert(shared):
    store, ids = shared
    page = client_for(store, "root").get(f"/calls/{ids['call-hostile']}").text
    assert HOSTILE_SCRIPT not in page and HOSTILE_IMG not in page and "<img" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "&#34;&gt;&lt;img" in page and "onerror=alert(1)&gt;" in page
    scripts = re.findall(r"<script[^>]*>", page)
    assert all('src="/static/' in tag for tag in scripts)


def test_security_headers_and_cookie_flags(fresh):
    store, _ids = fresh
    client = client_for(store, None, secure_cookies=True)
    client.base_url = client.base_url.copy_with(scheme="https")  # Secure cookies need HTTPS
    page = client.get("/login")
    csp = page.headers["content-security-policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp
    assert "default-src 'self'" in csp and "frame-ancestors 'none'" in csp
    assert page.headers["x-content-type-options"] == "nosniff"
    assert page.headers["x-frame-options"] == "DENY"
    assert "Secure" in page.headers["set-cookie"]
    token = re.search(r'name="csrf_token" value="([^"]+)"', page.text).group(1)
    response = client.post("/login", data={"name": "sup", "password": PASSWORD,
                                           "csrf_token": token})
    cookie = next(value for value in response.headers.get_list("set-cookie")
                  if value.startswith("speechqa_session="))
    assert "HttpOnly" in cookie and "SameSite=lax" in cookie and "Secure" in cookie
    plain = client_for(store, None).get("/login").headers["set-cookie"]
    assert "Secure" not in plain


def test_open_redirect_is_refused(fresh):
    store, _ids = fresh
    client = client_for(store, None)
    page = client.get("/login")
    token = re.search(r'name="csrf_token" value="([^"]+)"', page.text).group(1)
    response = client.post("/login", data={"name": "sup", "password": PASSWORD,
                                           "csrf_token": token, "next": "//evil.example/"})
    assert response.headers["location"] == "/queue"


def test_idle_session_expires(fresh):
    store, _ids = fresh
    client = client_for(store, "sup", idle_timeout_s=1)
    assert client.get("/queue").status_code == 200
    import time

    time.sleep(1.5)
    assert client.get("/queue").status_code == 303


def test_logout_ends_the_session(fresh):
    store, _ids = fresh
    client = client_for(store, "sup")
    cookie = client.cookies.get("speechqa_session")
    assert client.post("/logout", data={"csrf_token": csrf(client)}).status_code == 303
    again = TestClient(create_app(store), follow_redirects=False)
    again.cookies.set("speechqa_session", cookie)
    assert again.get("/queue").status_code == 303  # the old cookie opens nothing


def test_repeated_wrong_passwords_lock_the_account(fresh):
    store, _ids = fresh
    client = client_for(store, None)
    statuses = [login(client, "sup", "wrong-password").status_code for _ in range(5)]
    assert statuses == [401, 401, 401, 401, 429]  # the fifth failure locks the account
    locked = login(client, "sup")  # even the right password, while locked
    assert locked.status_code == 429 and int(locked.headers["retry-after"]) > 0
    unknown = login(client, "nobody", "wrong-password")
    assert unknown.status_code == 401  # same answer whether the user exists or not


# Audio -------------------------------------------------------------------------------------


def test_audio_ranges(shared):
    store, ids = shared
    client = client_for(store, "sup")
    url = f"/calls/{ids['call-critical']}/audio"
    whole = client.get(url)
    assert whole.status_code == 200 and whole.headers["accept-ranges"] == "bytes"
    assert whole.headers["content-type"] == "audio/wav"
    size = len(whole.content)
    part = client.get(url, headers={"Range": "bytes=100-199"})
    assert part.status_code == 206
    assert part.headers["content-range"] == f"bytes 100-199/{size}"
    assert part.content == whole.content[100:200]
    tail = client.get(url, headers={"Range": "bytes=-10"})
    assert tail.status_code == 206 and tail.content == whole.content[-10:]
    beyond = client.get(url, headers={"Range": f"bytes={size + 10}-"})
    assert beyond.status_code == 416
    assert beyond.headers["content-range"] == f"bytes */{size}"


def test_transcript_only_call_has_no_player(shared):
    store, ids = shared
    client = client_for(store, "root")
    page = client.get(f"/calls/{ids['call-hostile']}").text
    assert 'id="no-audio"' in page and "<audio" not in page
    assert client.get(f"/calls/{ids['call-hostile']}/audio").status_code == 404


# Queue filters, pagination, export, languages -----------------------------------------------


def test_queue_filters_and_counts(shared):
    store, _ids = shared
    client = client_for(store, "root")

    def calls(**params):
        page = client.get("/queue", params=params).text
        return re.findall(r'class="call-link">([^<]+)<', page)

    assert calls(team="south") == ["call-south"]
    assert calls(agent_id="a2") == ["call-hostile"]
    assert calls(flag_code="long_silence") == ["call-hostile"]
    assert calls(failed_item="greeting") == ["call-hostile"]
    assert calls(customer_sentiment="negative") == ["call-critical", "call-south"]
    assert calls(date_from="2026-11-21", date_to="2026-11-21") == ["call-hostile"]
    assert calls(checklist="support@2", language="en") == [
        "call-critical", "call-south", "call-hostile"]
    assert "3 calls" in client.get("/queue").text
    assert calls(include_reviewed=["false", "true"]) == calls()  # the checkbox wins
    bad = client.get("/queue", params={"date_from": "yesterday"})
    assert bad.status_code == 422


def test_audit_csv_export_neutralises_formulas(fresh):
    store, ids = fresh
    sid = ids["call-critical"]
    client = client_for(store, "sup")
    client.post(f"/calls/{sid}/comments", data={"text": "=HYPERLINK(\"x\")",
                                                 "csrf_token": csrf(client)})
    export = client.get(f"/audit/export?scorecard_id={sid}&format=csv")
    assert export.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(export.text)))
    assert rows and rows[0]["actor"] == "sup"
    assert all(not value.startswith("=") for row in rows for value in row.values() if value)


def test_language_from_profile_or_browser(fresh):
    store, _ids = fresh
    assert negotiate("lt-LT,lt;q=0.9,en;q=0.5") == "lt"
    assert negotiate("de-DE,uk;q=0.4,ru;q=0.8") == "ru"
    assert negotiate("fr") == "en"
    assert choose_language("uk", "ru") == "uk"
    client = client_for(store, "sup")
    client.headers["Accept-Language"] = "ru-RU,ru;q=0.9"
    page = client.get("/queue").text
    assert '<html lang="ru">' in page and "Звонки на проверку" in page
    client.post("/profile/language", data={"language": "lt", "csrf_token": csrf(client)})
    page = client.get("/queue").text
    assert '<html lang="lt">' in page and "Skambučiai peržiūrai" in page
    client.post("/profile/language", data={"language": "uk", "csrf_token": csrf(client)})
    page = client.get("/queue").text
    assert "Дзвінки на перевірку" in page
    assert "лист. 2026" in page or "листопада 2026" in page  # Babel's Ukrainian dates


def test_serve_command_defaults_and_first_start_hint(tmp_path, monkeypatch):
    import uvicorn
    from typer.testing import CliRunner

    from speechqa.cli import app

    calls = []
    monkeypatch.setattr(uvicorn, "run", lambda asgi, **options: calls.append(options))
    db = f"sqlite:///{tmp_path / 'empty.db'}"
    result = CliRunner().invoke(app, ["serve", "--db", db])
    assert result.exit_code == 0, result.output
    assert "users add" in result.output and "--role admin" in result.output
    assert calls[0]["host"] == "127.0.0.1" and calls[0]["port"] == 8000
    assert calls[0]["proxy_headers"] is False  # proxy headers only when asked
    assert "warning" not in result.output
    result = CliRunner().invoke(app, ["serve", "--db", db, "--host", "0.0.0.0"])
    assert "plain HTTP on 0.0.0.0" in result.output
    result = CliRunner().invoke(app, ["serve", "--db", db, "--host", "0.0.0.0", "--port", "9000",
                                      "--proxy-headers", "--secure-cookies"])
    assert result.exit_code == 0, result.output
    assert calls[2]["proxy_headers"] is True and calls[2]["port"] == 9000
    assert "warning" not in result.output


def test_reviewed_calls_leave_the_queue_but_stay_in_the_agents_list(fresh):
    store, ids = fresh
    supervisor = client_for(store, "sup")
    sid = ids["call-critical"]
    assert supervisor.post(f"/calls/{sid}/review", data={
        "status": "reviewed", "version": "0", "csrf_token": csrf(supervisor)}).status_code == 303

    def calls(client, **params):
        return re.findall(r'class="call-link">([^<]+)<', client.get("/queue", params=params).text)

    assert calls(supervisor) == ["call-hostile"]
    assert calls(supervisor, include_reviewed="true") == ["call-critical", "call-hostile"]
    agent = client_for(store, "ag1")
    assert calls(agent) == ["call-critical"]  # to acknowledge or dispute
    assert calls(agent, include_reviewed="false") == []


def test_queue_pagination(shared, monkeypatch):
    from speechqa.web import pages

    store, _ids = shared
    client = client_for(store, "root")
    monkeypatch.setattr(pages, "PER_PAGE", 1)
    first = client.get("/queue", params={"language": "en"}).text
    assert re.findall(r'class="call-link">([^<]+)<', first) == ["call-critical"]
    assert "3 calls · page 1 of 3" in first
    next_link = re.search(r'<a href="([^"]+)" rel="next"', first).group(1)
    assert "language=en" in next_link and "page=2" in next_link
    second = client.get(next_link.replace("&amp;", "&")).text
    assert re.findall(r'class="call-link">([^<]+)<', second) == ["call-south"]
    api = client.get("/api/v1/queue", params={"per_page": 1, "page": 3}).json()
    assert [row["call_id"] for row in api["rows"]] == ["call-hostile"] and api["total"] == 3


def test_item_titles_follow_the_checklists_languages(fresh):
    import yaml

    from speechqa.checklist import DEFAULT_CHECKLIST, load_checklist, parse_checklist
    from speechqa.store import ChecklistVersion
    from speechqa.web.titles import item_titles

    store, ids = fresh
    data = yaml.safe_load(DEFAULT_CHECKLIST.read_text("utf-8"))
    data["id"], data["version"] = "support", "2"
    greeting = next(item for item in data["items"] if item["id"] == "greeting")
    greeting["titles"] = {"ru": "Приветствует клиента", "lt": "Pasisveikina su klientu"}
    body = yaml.safe_dump(data, allow_unicode=True)
    parse_checklist(body)
    with store.sessions.begin() as session:
        session.add(ChecklistVersion(checklist_id="support", version="2",
                                     content_hash="0" * 64, body=body))
    client = client_for(store, "sup")
    url = f"/calls/{ids['call-critical']}"
    client.headers["Accept-Language"] = "ru"
    assert "Приветствует клиента" in client.get(url).text
    client.headers["Accept-Language"] = "lt"
    assert "Pasisveikina su klientu" in client.get(url).text
    client.headers["Accept-Language"] = "uk"  # no Ukrainian title: the scored one
    assert "<h3>Greeting" in client.get(url).text
    shipped = load_checklist()
    assert set(item_titles(store, "default", shipped.version)) == {i.id for i in shipped.items}
    assert item_titles(store, "../../etc/passwd", "1") == {}


def test_htmx_refusals_land_in_the_notice_area(fresh):
    store, ids = fresh
    sid = ids["call-critical"]
    auditor = client_for(store, "aud")
    response = auditor.post(
        f"/calls/{sid}/items/disclosure/override",
        data={"status": "passed", "comment": "no", "version": "0"},
        headers={"HX-Request": "true", "X-CSRF-Token": csrf(auditor)},
    )
    assert response.status_code == 403
    assert response.headers["hx-retarget"] == "#notice"
    assert "Forbidden" in response.text and "<html" not in response.text
    supervisor = client_for(store, "sup")
    missing = supervisor.post(f"/calls/{sid}/review", data={"csrf_token": csrf(supervisor)})
    assert missing.status_code == 422 and "<html" in missing.text  # a page, not raw JSON
    assert "status" in missing.text
    api = supervisor.post(f"/api/v1/calls/{sid}/review", json={},
                          headers={"X-CSRF-Token": csrf(supervisor)})
    assert api.status_code == 422 and isinstance(api.json()["detail"], list)


@pytest.mark.postgres
def test_review_flow_on_postgresql(tmp_path):
    from _db import fresh_pg_database

    databases = fresh_pg_database()
    url = next(databases)
    store, ids = seeded_store(tmp_path, url)
    try:
        sid = ids["call-critical"]
        client = client_for(store, "sup")
        assert re.findall(r'class="call-link">([^<]+)<', client.get("/queue").text) == [
            "call-critical", "call-hostile"]
        url_override = f"/calls/{sid}/items/disclosure/override"
        token = csrf(client)
        assert client.post(url_override, data={"status": "passed", "comment": "IVR",
                                                "version": "0", "csrf_token": token}
                           ).status_code == 303
        assert client.post(url_override, data={"status": "failed", "comment": "late",
                                                "version": "0", "csrf_token": token}
                           ).status_code == 409
        rows = client.get(f"/audit/export?scorecard_id={sid}&format=json").json()
        assert [row["action"] for row in rows] == ["item_override"]
        assert client.get(f"/calls/{sid}/audio", headers={"Range": "bytes=0-9"}
                          ).status_code == 206
    finally:
        store.close()
        next(databases, None)


@pytest.mark.parametrize("name", ROLES)
def test_api_writes_and_account_routes_by_role(fresh, name):
    store, ids = fresh
    sid = ids["call-critical"]
    client = client_for(store, name)
    token = csrf(client, "/login" if name is None else "/queue")
    headers = {"X-CSRF-Token": token}
    override = client.post(f"/api/v1/calls/{sid}/items/disclosure/override", headers=headers,
                           json={"status": "passed", "comment": "x", "expected_version": 0})
    review = client.post(f"/api/v1/calls/{sid}/review", headers=headers,
                         json={"status": "in_review", "expected_version": 0})
    comment = client.post(f"/api/v1/calls/{sid}/comments", headers=headers, json={"text": "x"})
    password = client.post("/admin/users/ag2/password",
                           data={"password": "another-pass-1", "csrf_token": token})
    language = client.post("/profile/language",
                           data={"language": "lt", "csrf_token": token, "next": "/audit"})
    if name is None:
        assert {override.status_code, review.status_code, comment.status_code} == {401}
        assert password.status_code == language.status_code == 303  # to the login form
        assert password.headers["location"].startswith("/login")
        return
    expected = 200 if name in ("root", "sup") else 403
    assert (override.status_code, review.status_code, comment.status_code) == (expected,) * 3
    assert password.status_code == (303 if name == "root" else 403)
    assert language.status_code == 303 and language.headers["location"] == "/audit"
    assert accounts.get_user_by_name(store, name).locale == "lt"
    with pytest.raises(InvalidLogin):  # only the admin's reset took effect
        accounts.authenticate(store, "ag2", "another-pass-1" if name != "root" else PASSWORD)
