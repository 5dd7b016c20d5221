"""Supervisor review: accounts and roles, the review queue, overrides, workflow and audit.

The domain layer under the web app (``speechqa serve``) and the ``speechqa users`` commands.
Every function takes a ``speechqa.store.Store`` and checks permissions itself, so the web
layer cannot forget one; the errors below map one-to-one onto HTTP statuses.
"""

from __future__ import annotations

from typing import Any

from speechqa.errors import SpeechQAError


class ReviewError(SpeechQAError):
    """Base of every error the review layer raises on purpose; the message is user-facing."""


class Forbidden(ReviewError):
    """The user's role or scope does not allow this (HTTP 403)."""


class NotFound(ReviewError):
    """No such call, item or user, or one the user may not know exists (HTTP 404)."""


class StaleEdit(ReviewError):
    """Someone changed the item or review after the page was loaded (HTTP 409).

    ``current`` is the newer state (an ``ItemView`` or ``ReviewView``), so the page can show
    what changed instead of losing either edit.
    """

    def __init__(self, message: str, current: Any) -> None:
        super().__init__(message)
        self.current = current


class InvalidInput(ReviewError):
    """A request that cannot be carried out as asked (HTTP 422)."""


class InvalidLogin(ReviewError):
    """Wrong name or password, or a disabled account: one message for all (HTTP 401)."""

    def __init__(self, message: str = "invalid user name or password") -> None:
        super().__init__(message)


class LoginLocked(ReviewError):
    """Too many failed logins: the account is locked for ``retry_after_s`` seconds (429)."""

    def __init__(self, retry_after_s: int) -> None:
        super().__init__(
            f"too many failed logins: try again in {retry_after_s} s"
        )
        self.retry_after_s = retry_after_s


__all__ = [
    "Forbidden",
    "InvalidInput",
    "InvalidLogin",
    "LoginLocked",
    "NotFound",
    "ReviewError",
    "StaleEdit",
]
