"""Accounts: users and roles, argon2 password hashes, login throttling, tokens, web sessions.

There is no default account and no default password: the first admin is made with
``speechqa users add``. Secrets that let someone in (session ids, API tokens) are random and
stored only as SHA-256 digests, so a copy of the database opens nothing. Failed logins are
counted in the database, so a lockout holds across server restarts and several workers.
"""

from __future__ import annotations

import functools
import getpass
import hashlib
import math
import re
import secrets
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Literal, get_args

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import delete, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from speechqa.review import Forbidden, InvalidInput, InvalidLogin, LoginLocked, NotFound
from speechqa.review.models import ApiToken, AuditRow, UserRow, WebSession
from speechqa.store import Store, utcnow

Role = Literal["admin", "supervisor", "auditor", "agent"]
ROLES: tuple[str, ...] = get_args(Role)

MIN_PASSWORD_LENGTH = 8
MAX_PASSWORD_LENGTH = 1024  # argon2 takes any length; this only bounds the work per attempt
LOCK_AFTER_FAILURES = 5
FIRST_LOCK_S = 30
MAX_LOCK_S = 15 * 60
TOKEN_PREFIX = "sqa_"
SESSION_RETENTION = timedelta(days=30)

_NAME = re.compile(r"^[\w.@-]{1,64}$")
_LOCALE = re.compile(r"^[a-z]{2,3}([_-][A-Za-z]{2})?$")


@dataclass(frozen=True)
class User:
    """A signed-in person as the rest of the app sees them (never the password hash)."""

    id: int
    name: str
    role: Role
    teams: tuple[str, ...]
    agent_id: str | None
    disabled: bool
    locale: str | None


@dataclass(frozen=True)
class UserStatus:
    """A user plus the throttling state, for ``speechqa users list`` and the admin page."""

    user: User
    failed_logins: int
    locked_until: datetime | None
    created_at: datetime


def _user(row: UserRow) -> User:
    return User(
        id=row.id, name=row.name, role=row.role,  # type: ignore[arg-type]  (checked on write)
        teams=tuple(row.teams or ()), agent_id=row.agent_id, disabled=row.disabled,
        locale=row.locale,
    )


@functools.cache
def _hasher() -> PasswordHasher:
    return PasswordHasher()


@functools.cache
def _dummy_hash() -> str:
    """A hash to verify against when the name is unknown, so both cases take as long."""
    return _hasher().hash(secrets.token_urlsafe(16))


def _digest(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()


def _system_actor() -> tuple[str, str]:
    """Who acted when no signed-in user did: the operator at the command line."""
    try:
        who = getpass.getuser()
    except (KeyError, OSError):
        who = "unknown"
    return f"cli:{who}"[:64], "admin"


def _audit(
    session: Session, actor: User | None, action: str, target: str, *,
    old: str | None = None, new: str | None = None, comment: str = "",
) -> None:
    name, role = (actor.name, actor.role) if actor else _system_actor()
    session.add(AuditRow(
        actor=name, actor_role=role, action=action, target=target, old_value=old,
        new_value=new, comment=comment,
    ))


def _require_admin(actor: User | None) -> None:
    """Account changes come from the CLI (actor None) or from a signed-in admin."""
    if actor is not None and actor.role != "admin":
        raise Forbidden("only an admin can manage users")


def check_password(password: str) -> None:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise InvalidInput(f"the password must have at least {MIN_PASSWORD_LENGTH} characters")
    if len(password) > MAX_PASSWORD_LENGTH:
        raise InvalidInput(f"the password must have at most {MAX_PASSWORD_LENGTH} characters")


def _check_locale(locale: str | None) -> str | None:
    if locale is None:
        return None
    if not _LOCALE.match(locale):
        raise InvalidInput(f"locale {locale!r} is not a language code such as ru, uk, lt, en")
    return locale


def _clean_teams(teams: Iterable[str]) -> list[str]:
    cleaned: list[str] = []
    for team in teams:
        team = team.strip()
        if not team:
            raise InvalidInput("a team name cannot be blank")
        if team not in cleaned:
            cleaned.append(team)
    return cleaned


# Users ------------------------------------------------------------------------------------


def create_user(
    store: Store,
    name: str,
    role: str,
    password: str,
    *,
    teams: Iterable[str] = (),
    agent_id: str | None = None,
    locale: str | None = None,
    actor: User | None = None,
) -> User:
    """Add a user. Supervisors need at least one team; agents need their agent id."""
    _require_admin(actor)
    if not _NAME.match(name):
        raise InvalidInput(
            "a user name is 1-64 letters, digits or . _ @ - (no spaces)"
        )
    if role not in ROLES:
        raise InvalidInput(f"role {role!r} is not one of {', '.join(ROLES)}")
    team_list = _clean_teams(teams)
    agent_id = agent_id.strip() if agent_id else None
    if role == "agent" and not agent_id:
        raise InvalidInput("an agent account needs --agent-id (the agent_id of their calls)")
    if role != "agent" and agent_id:
        raise InvalidInput("only agent accounts have an agent id")
    if role == "supervisor" and not team_list:
        raise InvalidInput("a supervisor needs at least one --team (the calls they review)")
    check_password(password)
    row = UserRow(
        name=name, role=role, teams=team_list, agent_id=agent_id,
        password_hash=_hasher().hash(password), disabled=False,
        locale=_check_locale(locale), failed_logins=0,
    )
    try:
        with store.sessions.begin() as session:
            session.add(row)
            session.flush()
            _audit(session, actor, "user_created", f"user:{name}", new=role,
                   comment=", ".join(team_list) or (agent_id or ""))
    except IntegrityError:
        raise InvalidInput(f"a user named {name!r} exists already") from None
    return _user(row)


def has_any_user(store: Store) -> bool:
    with store.sessions() as session:
        return session.scalar(select(UserRow.id).limit(1)) is not None


def list_users(store: Store) -> list[User]:
    return [status.user for status in user_statuses(store)]


def user_statuses(store: Store) -> list[UserStatus]:
    with store.sessions() as session:
        rows = session.scalars(select(UserRow).order_by(UserRow.name)).all()
        return [
            UserStatus(_user(row), row.failed_logins, row.locked_until, row.created_at)
            for row in rows
        ]


def get_user(store: Store, user_id: int) -> User:
    with store.sessions() as session:
        row = session.get(UserRow, user_id)
        if row is None:
            raise NotFound(f"no user {user_id}")
        return _user(row)


def get_user_by_name(store: Store, name: str) -> User:
    with store.sessions() as session:
        row = session.scalar(select(UserRow).where(UserRow.name == name))
        if row is None:
            raise NotFound(f"no user named {name!r}")
        return _user(row)


def _row_by_name(session: Session, name: str) -> UserRow:
    row = session.scalar(select(UserRow).where(UserRow.name == name))
    if row is None:
        raise NotFound(f"no user named {name!r}")
    return row


def disable_user(store: Store, name: str, *, actor: User | None = None) -> User:
    """Disable an account: its sessions end and its tokens stop working at once."""
    _require_admin(actor)
    with store.sessions.begin() as session:
        row = _row_by_name(session, name)
        if actor is not None and row.id == actor.id:
            raise InvalidInput("an admin cannot disable their own account")
        if not row.disabled:
            row.disabled = True
            session.execute(delete(WebSession).where(WebSession.user_pk == row.id))
            _audit(session, actor, "user_disabled", f"user:{name}", old="enabled",
                   new="disabled")
        return _user(row)


def set_password(store: Store, name: str, password: str, *, actor: User | None = None) -> None:
    """Replace a password; also lifts a lockout and signs the user out everywhere."""
    _require_admin(actor)
    check_password(password)
    password_hash = _hasher().hash(password)
    with store.sessions.begin() as session:
        row = _row_by_name(session, name)
        row.password_hash = password_hash
        row.failed_logins = 0
        row.locked_until = None
        session.execute(delete(WebSession).where(WebSession.user_pk == row.id))
        _audit(session, actor, "password_set", f"user:{name}")


def set_locale(store: Store, user_id: int, locale: str | None) -> User:
    """A user's own language choice (None: follow the browser)."""
    locale = _check_locale(locale)
    with store.sessions.begin() as session:
        row = session.get(UserRow, user_id)
        if row is None:
            raise NotFound(f"no user {user_id}")
        row.locale = locale
        return _user(row)


# Logging in -------------------------------------------------------------------------------


def lock_seconds(failures: int) -> int:
    """Lockout after the ``failures``-th consecutive failure: 30 s, 60 s, 120 s ... 15 min."""
    if failures < LOCK_AFTER_FAILURES:
        return 0
    return min(FIRST_LOCK_S * 2 ** (failures - LOCK_AFTER_FAILURES), MAX_LOCK_S)


def _verify(password_hash: str, password: str) -> bool:
    try:
        return _hasher().verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def authenticate(store: Store, name: str, password: str, *, now: datetime | None = None) -> User:
    """The user with this name and password, or ``InvalidLogin`` / ``LoginLocked``.

    After 5 consecutive failures the account is locked, 30 s at first and twice as long
    after each further failure (at most 15 min); the attempt that locks it already answers
    ``LoginLocked``. A success resets the count. A disabled account fails like a wrong
    password, and an unknown name costs the same hashing time as a known one.
    """
    now = now or utcnow()
    locked_for = 0
    user: User | None = None
    with store.sessions.begin() as session:
        row = session.scalar(select(UserRow).where(UserRow.name == name))
        if row is None:
            _verify(_dummy_hash(), password)
            raise InvalidLogin()
        if row.locked_until is not None and row.locked_until > now:
            raise LoginLocked(math.ceil((row.locked_until - now).total_seconds()))
        if not _verify(row.password_hash, password):
            failures = session.execute(
                update(UserRow)
                .where(UserRow.id == row.id)
                .values(failed_logins=UserRow.failed_logins + 1)
                .returning(UserRow.failed_logins),
                execution_options={"synchronize_session": False},
            ).scalar_one()
            locked_for = lock_seconds(failures)
            if locked_for:
                session.execute(
                    update(UserRow)
                    .where(UserRow.id == row.id)
                    .values(locked_until=now + timedelta(seconds=locked_for)),
                    execution_options={"synchronize_session": False},
                )
                session.add(AuditRow(
                    actor=row.name, actor_role=row.role, action="login_locked",
                    target=f"user:{row.name}",
                    comment=f"{failures} failed logins: locked for {locked_for} s",
                ))
        elif not row.disabled:
            row.failed_logins = 0
            row.locked_until = None
            if _hasher().check_needs_rehash(row.password_hash):
                row.password_hash = _hasher().hash(password)
            user = _user(row)
    if user is not None:
        return user
    if locked_for:
        raise LoginLocked(locked_for)
    raise InvalidLogin()


# API tokens -------------------------------------------------------------------------------


def issue_token(store: Store, name: str, label: str = "", *, actor: User | None = None) -> str:
    """A new bearer token for ``name``; shown once, only its SHA-256 is stored."""
    _require_admin(actor)
    token = TOKEN_PREFIX + secrets.token_urlsafe(32)
    with store.sessions.begin() as session:
        row = _row_by_name(session, name)
        if row.disabled:
            raise InvalidInput(f"user {name!r} is disabled")
        session.add(ApiToken(user_pk=row.id, token_sha256=_digest(token), label=label))
        _audit(session, actor, "token_issued", f"user:{name}", comment=label)
    return token


def user_for_token(store: Store, token: str) -> User | None:
    """The enabled user a bearer token belongs to, or None."""
    if not token.startswith(TOKEN_PREFIX):
        return None
    with store.sessions.begin() as session:
        found = session.execute(
            select(ApiToken, UserRow)
            .join(UserRow, UserRow.id == ApiToken.user_pk)
            .where(ApiToken.token_sha256 == _digest(token))
        ).first()
        if found is None or found[1].disabled:
            return None
        found[0].last_used_at = utcnow()
        return _user(found[1])


# Web sessions -----------------------------------------------------------------------------


def create_session(store: Store, user: User) -> tuple[str, str]:
    """A new browser session: (session id for the cookie, CSRF token for the forms).

    Sessions nobody has used for ``SESSION_RETENTION`` are deleted on the way, so abandoned
    ones do not pile up (any idle timeout the server uses is far shorter).
    """
    session_id = secrets.token_urlsafe(32)
    csrf_token = secrets.token_urlsafe(32)
    with store.sessions.begin() as session:
        session.execute(
            delete(WebSession).where(WebSession.last_seen_at < utcnow() - SESSION_RETENTION)
        )
        session.add(WebSession(
            session_sha256=_digest(session_id), user_pk=user.id, csrf_token=csrf_token,
        ))
    return session_id, csrf_token


def session_user(
    store: Store, session_id: str, *, idle_timeout_s: float, now: datetime | None = None
) -> tuple[User, str] | None:
    """(user, CSRF token) of a live session, touching it; None if unknown, idle or disabled."""
    now = now or utcnow()
    with store.sessions.begin() as session:
        found = session.execute(
            select(WebSession, UserRow)
            .join(UserRow, UserRow.id == WebSession.user_pk)
            .where(WebSession.session_sha256 == _digest(session_id))
        ).first()
        if found is None:
            return None
        web_session, row = found
        if row.disabled or now - web_session.last_seen_at > timedelta(seconds=idle_timeout_s):
            session.delete(web_session)
            return None
        # Touching on every request would make every page view a database write; a
        # granularity of a tenth of the timeout (at most a minute) is precise enough.
        if now - web_session.last_seen_at > timedelta(seconds=min(60, idle_timeout_s / 10)):
            web_session.last_seen_at = now
        return _user(row), web_session.csrf_token


def end_session(store: Store, session_id: str) -> None:
    with store.sessions.begin() as session:
        session.execute(
            delete(WebSession).where(WebSession.session_sha256 == _digest(session_id))
        )
