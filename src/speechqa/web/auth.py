"""Who is asking, and whether a state-changing request really came from our own page.

Two ways in: a session cookie (browsers) or ``Authorization: Bearer`` (scripts, from
``speechqa users token``). Sessions and tokens live in the store (``review.accounts``); this
module only moves them between HTTP and the domain layer.

CSRF: every POST/PUT/PATCH/DELETE made with the session cookie must carry the session's own
token, in the ``X-CSRF-Token`` header (htmx requests, set by ``app.js``) or the ``csrf_token``
form field (plain forms). The login form, made before any session exists, is protected by a
double-submit token: a random cookie whose value the form must repeat. Bearer requests carry
no ambient credential, so they need no token.
"""

from __future__ import annotations

import hmac
import secrets
from dataclasses import dataclass
from typing import Literal

from fastapi import Request
from starlette.concurrency import run_in_threadpool

from speechqa.review import accounts
from speechqa.review.accounts import User

SESSION_COOKIE = "speechqa_session"
LOGIN_COOKIE = "speechqa_login_csrf"
CSRF_HEADER = "x-csrf-token"
CSRF_FIELD = "csrf_token"
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})


class LoginRequired(Exception):
    """No valid session or token: pages redirect to the login form, the API answers 401."""


class CSRFRejected(Exception):
    """A state-changing request without the token of the session it rides on (403)."""


@dataclass(frozen=True)
class Auth:
    user: User
    via: Literal["session", "token"]
    csrf_token: str | None


def _bearer(request: Request) -> str | None:
    header = request.headers.get("authorization", "")
    scheme, _, token = header.partition(" ")
    return token.strip() if scheme.lower() == "bearer" and token.strip() else None


def resolve(request: Request) -> Auth | None:
    """The caller's identity, looked up once per request (it touches the session's last-seen)."""
    if "auth" in request.scope.setdefault("state", {}):
        return request.state.auth
    store = request.app.state.store
    auth: Auth | None = None
    if "authorization" in request.headers:
        # An explicit credential is the only one considered: a bad token never falls back
        # to a cookie the browser happened to send along.
        token = _bearer(request)
        user = accounts.user_for_token(store, token) if token else None
        if user is not None and not user.disabled:
            auth = Auth(user, "token", None)
    elif session_id := request.cookies.get(SESSION_COOKIE):
        found = accounts.session_user(
            store, session_id, idle_timeout_s=request.app.state.settings.idle_timeout_s
        )
        if found is not None and not found[0].disabled:
            auth = Auth(found[0], "session", found[1])
    request.state.auth = auth
    return auth


def current_user(request: Request) -> User:
    """FastAPI dependency: the signed-in user, or ``LoginRequired``."""
    auth = resolve(request)
    if auth is None:
        raise LoginRequired
    return auth.user


def login_token(request: Request) -> str:
    """The pre-session double-submit token for the login form (new one if the cookie is absent)."""
    return request.cookies.get(LOGIN_COOKIE) or secrets.token_urlsafe(32)


def form_token(request: Request) -> str:
    """The token a page puts in its forms and its ``csrf-token`` meta tag."""
    auth = resolve(request)
    if auth is not None and auth.csrf_token:
        return auth.csrf_token
    return login_token(request)


async def csrf_guard(request: Request) -> None:
    """App-wide dependency: refuse a cookie-authenticated unsafe request without its token."""
    if request.method in SAFE_METHODS:
        return
    auth = await run_in_threadpool(resolve, request)
    if auth is not None and auth.via == "token":
        return
    if auth is not None:
        expected = auth.csrf_token
    elif "authorization" in request.headers:
        return  # a failed bearer attempt: the route answers 401, there is no cookie to abuse
    else:
        expected = request.cookies.get(LOGIN_COOKIE)
    sent = request.headers.get(CSRF_HEADER)
    content_type = request.headers.get("content-type", "")
    if sent is None and content_type.startswith(
        ("application/x-www-form-urlencoded", "multipart/form-data")
    ):
        value = (await request.form()).get(CSRF_FIELD)
        sent = value if isinstance(value, str) else None
    if not expected or not sent or not hmac.compare_digest(expected, sent):
        raise CSRFRejected
