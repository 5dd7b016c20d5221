"""Accounts of the review app: argon2 hashes, roles and scopes, DB-persisted login lockout
with back-off, API tokens, web sessions with idle timeout, and the ``speechqa users`` CLI."""

from __future__ import annotations

import subprocess
import sys
from datetime import timedelta

import pytest
from _db import db_fixture  # noqa: F401  (registers db_url)
from _review import PASSWORD, fast_hashing_fixture  # noqa: F401  (registers fast_hashing)
from sqlalchemy import select, text

from speechqa.review import Forbidden, InvalidInput, InvalidLogin, LoginLocked, NotFound
from speechqa.review import accounts as ac
from speechqa.review import service as sv
from speechqa.review.models import ApiToken, UserRow, WebSession
from speechqa.store import open_store, utcnow


@pytest.fixture
def store(db_url, fast_hashing):
    with open_store(db_url) as opened:
        yield opened


def test_a_password_is_stored_as_an_argon2_hash_only(db_url):
    with open_store(db_url) as store:  # the real (default) argon2 parameters
        user = ac.create_user(store, "ada", "admin", PASSWORD)
        with store.sessions() as session:
            stored = session.scalar(select(UserRow.password_hash))
        assert stored.startswith("$argon2id$") and PASSWORD not in stored
        assert ac.authenticate(store, "ada", PASSWORD) == user


def test_there_is_no_user_until_one_is_created(store):
    assert not ac.has_any_user(store)
    assert ac.list_users(store) == []
    ac.create_user(store, "ada", "admin", PASSWORD)
    assert ac.has_any_user(store)


def test_users_have_roles_and_scopes(store):
    sup = ac.create_user(store, "sam", "supervisor", PASSWORD, teams=["north", " south ", "north"],
                         locale="uk")
    agent = ac.create_user(store, "a1", "agent", PASSWORD, agent_id="A1")
    assert (sup.role, sup.teams, sup.locale, sup.agent_id) == ("supervisor", ("north", "south"),
                                                               "uk", None)
    assert (agent.role, agent.agent_id, agent.teams) == ("agent", "A1", ())
    assert [u.name for u in ac.list_users(store)] == ["a1", "sam"]
    assert ac.get_user(store, sup.id) == sup == ac.get_user_by_name(store, "sam")
    assert ac.set_locale(store, sup.id, "lt").locale == "lt"
    with pytest.raises(NotFound):
        ac.get_user_by_name(store, "nobody")
    with pytest.raises(NotFound):
        ac.get_user(store, 999)


@pytest.mark.parametrize(
    ("name", "role", "password", "options", "message"),
    [
        ("bob", "root", PASSWORD, {}, "role 'root'"),
        ("bob", "admin", "short", {}, "at least 8"),
        ("bob", "admin", "x" * 2000, {}, "at most"),
        ("bob smith", "admin", PASSWORD, {}, "user name"),
        ("", "admin", PASSWORD, {}, "user name"),
        ("bob", "agent", PASSWORD, {}, "agent-id"),
        ("bob", "supervisor", PASSWORD, {"agent_id": "A1", "teams": ["t"]}, "only agent"),
        ("bob", "supervisor", PASSWORD, {}, "at least one --team"),
        ("bob", "supervisor", PASSWORD, {"teams": [" "]}, "blank"),
        ("bob", "admin", PASSWORD, {"locale": "<script>"}, "locale"),
    ],
)
def test_bad_accounts_are_refused_with_a_reason(store, name, role, password, options, message):
    with pytest.raises(InvalidInput, match=message):
        ac.create_user(store, name, role, password, **options)
    assert not ac.has_any_user(store)


def test_a_name_is_taken_once(store):
    ac.create_user(store, "ada", "admin", PASSWORD)
    with pytest.raises(InvalidInput, match="exists already"):
        ac.create_user(store, "ada", "auditor", PASSWORD)


def test_wrong_name_and_wrong_password_get_the_same_answer(store):
    ac.create_user(store, "ada", "admin", PASSWORD)
    with pytest.raises(InvalidLogin) as unknown:
        ac.authenticate(store, "nobody", PASSWORD)
    with pytest.raises(InvalidLogin) as wrong:
        ac.authenticate(store, "ada", "not the password")
    assert str(unknown.value) == str(wrong.value)


def test_repeated_failures_lock_the_account_with_growing_back_off(store, db_url):
    ac.create_user(store, "ada", "admin", PASSWORD)
    now = utcnow()
    for _ in range(4):
        with pytest.raises(InvalidLogin):
            ac.authenticate(store, "ada", "wrong password", now=now)
    with pytest.raises(LoginLocked) as locked:
        ac.authenticate(store, "ada", "wrong password", now=now)
    assert locked.value.retry_after_s == 30
    # Even the right password is refused while locked.
    with pytest.raises(LoginLocked) as still:
        ac.authenticate(store, "ada", PASSWORD, now=now + timedelta(seconds=10))
    assert still.value.retry_after_s == 20
    # After the lock, each further failure doubles it: 60 s, 120 s, ... at most 15 min.
    later = now + timedelta(seconds=31)
    with pytest.raises(LoginLocked) as doubled:
        ac.authenticate(store, "ada", "wrong password", now=later)
    assert doubled.value.retry_after_s == 60
    assert [ac.lock_seconds(n) for n in (4, 5, 6, 7, 8, 9, 10, 30)] == [
        0, 30, 60, 120, 240, 480, 900, 900]
    # The lockout is in the database: another process (a second server worker) sees it.
    with open_store(db_url) as other, pytest.raises(LoginLocked):
        ac.authenticate(other, "ada", PASSWORD, now=later + timedelta(seconds=1))
    # Once it expires, the right password works and resets the count.
    user = ac.authenticate(store, "ada", PASSWORD, now=later + timedelta(seconds=61))
    assert user.name == "ada"
    [status] = ac.user_statuses(store)
    assert (status.failed_logins, status.locked_until) == (0, None)
    audit = sv.audit_log(store, user)
    assert [e.action for e in audit].count("login_locked") == 2


def test_set_password_lifts_a_lockout_and_ends_sessions(store):
    ada = ac.create_user(store, "ada", "admin", PASSWORD)
    session_id, _ = ac.create_session(store, ada)
    for _ in range(5):
        with pytest.raises((InvalidLogin, LoginLocked)):
            ac.authenticate(store, "ada", "wrong password")
    ac.set_password(store, "ada", "a brand new one")
    assert ac.session_user(store, session_id, idle_timeout_s=3600) is None
    with pytest.raises(InvalidLogin):
        ac.authenticate(store, "ada", PASSWORD)
    assert ac.authenticate(store, "ada", "a brand new one") == ada
    with pytest.raises(InvalidInput):
        ac.set_password(store, "ada", "short")
    with pytest.raises(NotFound):
        ac.set_password(store, "nobody", "long enough")


def test_a_disabled_user_cannot_log_in_use_a_session_or_a_token(store):
    ada = ac.create_user(store, "ada", "admin", PASSWORD)
    ac.create_user(store, "aud", "auditor", PASSWORD)
    session_id, _ = ac.create_session(store, ada)
    token = ac.issue_token(store, "ada", "nightly report")
    assert ac.user_for_token(store, token) == ada
    assert ac.disable_user(store, "ada").disabled
    with pytest.raises(InvalidLogin):
        ac.authenticate(store, "ada", PASSWORD)
    assert ac.session_user(store, session_id, idle_timeout_s=3600) is None
    assert ac.user_for_token(store, token) is None
    with pytest.raises(InvalidInput, match="disabled"):
        ac.issue_token(store, "ada")


def test_tokens_are_random_shown_once_and_stored_hashed(store):
    ada = ac.create_user(store, "ada", "admin", PASSWORD)
    first, second = ac.issue_token(store, "ada"), ac.issue_token(store, "ada", "ci")
    assert first != second and first.startswith("sqa_") and len(first) > 40
    with store.sessions() as session:
        stored = session.scalars(select(ApiToken.token_sha256)).all()
    assert first not in stored and len(stored) == 2
    assert ac.user_for_token(store, second) == ada
    assert ac.user_for_token(store, first[:-1] + ("A" if first[-1] != "A" else "B")) is None
    assert ac.user_for_token(store, "Bearer nonsense") is None
    with store.sessions() as session:
        assert session.scalar(select(ApiToken.last_used_at).where(ApiToken.label == "ci"))


def test_sessions_expire_when_idle_and_end_on_logout(store):
    ada = ac.create_user(store, "ada", "admin", PASSWORD)
    session_id, csrf = ac.create_session(store, ada)
    other_id, other_csrf = ac.create_session(store, ada)
    assert session_id != other_id and csrf != other_csrf
    with store.sessions() as session:
        assert session_id not in session.scalars(select(WebSession.session_sha256)).all()
    now = utcnow()
    assert ac.session_user(store, session_id, idle_timeout_s=600, now=now) == (ada, csrf)
    # Each use moves the idle deadline on.
    later = now + timedelta(seconds=500)
    assert ac.session_user(store, session_id, idle_timeout_s=600, now=later) == (ada, csrf)
    assert ac.session_user(store, session_id, idle_timeout_s=600,
                           now=later + timedelta(seconds=601)) is None
    # Expired means gone, even with a longer timeout afterwards.
    assert ac.session_user(store, session_id, idle_timeout_s=10**6) is None
    ac.end_session(store, other_id)
    assert ac.session_user(store, other_id, idle_timeout_s=600) is None
    assert ac.session_user(store, "made-up", idle_timeout_s=600) is None


def test_only_admins_manage_users_and_every_change_is_audited(store):
    ada = ac.create_user(store, "ada", "admin", PASSWORD)
    sam = ac.create_user(store, "sam", "supervisor", PASSWORD, teams=["north"], actor=ada)
    with pytest.raises(Forbidden):
        ac.create_user(store, "eve", "admin", PASSWORD, actor=sam)
    for change in (lambda: ac.disable_user(store, "ada", actor=sam),
                   lambda: ac.set_password(store, "ada", "taken over!", actor=sam),
                   lambda: ac.issue_token(store, "ada", actor=sam)):
        with pytest.raises(Forbidden):
            change()
    with pytest.raises(InvalidInput, match="own account"):
        ac.disable_user(store, "ada", actor=ada)
    ac.set_password(store, "sam", "another secret", actor=ada)
    ac.issue_token(store, "sam", "script", actor=ada)
    ac.disable_user(store, "sam", actor=ada)
    trail = [(e.actor, e.action, e.target) for e in reversed(sv.audit_log(store, ada))]
    assert trail[0][1:] == ("user_created", "user:ada") and trail[0][0].startswith("cli:")
    assert trail[1:] == [
        ("ada", "user_created", "user:sam"), ("ada", "password_set", "user:sam"),
        ("ada", "token_issued", "user:sam"), ("ada", "user_disabled", "user:sam"),
    ]
    assert sv.audit_log(store, sam) == []  # account changes are for admins and auditors


def test_an_outdated_hash_is_upgraded_at_login(db_url, monkeypatch):
    from argon2 import PasswordHasher

    weak = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
    with open_store(db_url) as store:
        monkeypatch.setattr(ac, "_hasher", lambda: weak)
        ac.create_user(store, "ada", "admin", PASSWORD)
        monkeypatch.undo()
        ac.authenticate(store, "ada", PASSWORD)
        with store.engine.connect() as connection:
            upgraded = connection.execute(text("SELECT password_hash FROM users")).scalar_one()
        assert not PasswordHasher().check_needs_rehash(upgraded)


# The CLI ----------------------------------------------------------------------------------


def _users(*args: str, stdin: str = "") -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "speechqa.cli", "users", *args],
        input=stdin, capture_output=True, text=True, timeout=120,
    )


def test_the_users_cli(tmp_path):
    db = f"sqlite:///{tmp_path / 'review.db'}"
    listed = _users("list", "--db", db)
    assert listed.returncode == 0 and "no users yet" in listed.stderr
    added = _users("add", "ada", "--role", "admin", "--password-stdin", "--db", db,
                   stdin=PASSWORD + "\n")
    assert added.returncode == 0, added.stderr
    added = _users("add", "sam", "--role", "supervisor", "--team", "north", "--team", "south",
                   "--password-stdin", "--db", db, stdin=PASSWORD + "\n")
    assert added.returncode == 0, added.stderr
    refused = _users("add", "bob", "--role", "agent", "--password-stdin", "--db", db,
                     stdin=PASSWORD + "\n")
    assert refused.returncode == 1 and "needs --agent-id" in refused.stderr
    short = _users("add", "bob", "--role", "auditor", "--password-stdin", "--db", db,
                   stdin="short\n")
    assert short.returncode == 1 and "at least 8" in short.stderr
    no_password = _users("add", "bob", "--role", "auditor", "--db", db)
    assert no_password.returncode == 1 and "--password-stdin" in no_password.stderr
    table = _users("list", "--db", db)
    assert "ada" in table.stdout and "north, south" in table.stdout

    token = _users("token", "sam", "--label", "ci", "--db", db)
    assert token.returncode == 0 and "not shown again" in token.stderr
    secret = token.stdout.strip()
    assert _users("set-password", "sam", "--password-stdin", "--db", db,
                  stdin="new password 2\n").returncode == 0
    assert _users("disable", "sam", "--db", db).returncode == 0
    assert "disabled" in _users("list", "--db", db).stdout
    missing = _users("disable", "nobody", "--db", db)
    assert missing.returncode == 1 and "no user named 'nobody'" in missing.stderr

    with open_store(db) as store:
        assert ac.user_for_token(store, secret) is None  # sam is disabled
        with pytest.raises(InvalidLogin):
            ac.authenticate(store, "sam", "new password 2")
        assert ac.authenticate(store, "ada", PASSWORD).role == "admin"
    for command in ("add", "list", "disable", "set-password", "token"):
        helped = _users(command, "--help")
        assert helped.returncode == 0 and "Usage" in helped.stdout


def test_abandoned_sessions_are_purged_when_a_new_one_starts(store):
    ada = ac.create_user(store, "ada", "admin", PASSWORD)
    old_id, _ = ac.create_session(store, ada)
    with store.engine.begin() as connection:
        connection.execute(
            WebSession.__table__.update().values(last_seen_at=utcnow() - timedelta(days=31))
        )
    ac.create_session(store, ada)
    with store.sessions() as session:
        assert len(session.scalars(select(WebSession)).all()) == 1
    assert ac.session_user(store, old_id, idle_timeout_s=10**8) is None
