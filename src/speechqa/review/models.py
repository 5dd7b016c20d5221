"""Tables of the review app: users, tokens, web sessions, review states, comments, audit.

They share ``speechqa.store.Base`` (one metadata, one migration history). Item overrides
live in ``store.ItemOverride``: the store had them before the app. ``review_comments`` and
``audit_log`` are append-only like ``item_overrides``: migration 0003 adds triggers that
make the database itself refuse UPDATE and DELETE on them.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from speechqa.store import Base, JSONType, utcnow

APPEND_ONLY_TABLES = ("review_comments", "audit_log")


class UserRow(Base):
    """A person who signs in: role, scope (teams or own agent id) and login throttling."""

    __tablename__ = "users"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(64), unique=True)
    role: Mapped[str] = mapped_column(String(16))
    teams: Mapped[list[str]] = mapped_column(JSONType, default=list)
    agent_id: Mapped[str | None] = mapped_column(Text)
    password_hash: Mapped[str] = mapped_column(Text)
    disabled: Mapped[bool] = mapped_column(Boolean, default=False)
    locale: Mapped[str | None] = mapped_column(String(16))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    failed_logins: Mapped[int] = mapped_column(default=0)
    locked_until: Mapped[datetime | None]


class ApiToken(Base):
    """A bearer token for scripts; only its SHA-256 is kept, the token is shown once."""

    __tablename__ = "api_tokens"

    id: Mapped[int] = mapped_column(primary_key=True)
    user_pk: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    token_sha256: Mapped[str] = mapped_column(String(64), unique=True)
    label: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    last_used_at: Mapped[datetime | None]


class WebSession(Base):
    """A signed-in browser: the cookie's SHA-256 (a stolen table opens no session)."""

    __tablename__ = "web_sessions"

    id: Mapped[int] = mapped_column(primary_key=True)
    session_sha256: Mapped[str] = mapped_column(String(64), unique=True)
    user_pk: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    csrf_token: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    last_seen_at: Mapped[datetime] = mapped_column(default=utcnow)


class ReviewRow(Base):
    """The review state of one scorecard; ``version`` counts its changes (stale-edit stamp).

    Only the current state is here; every change is also an ``audit_log`` row.
    """

    __tablename__ = "reviews"

    id: Mapped[int] = mapped_column(primary_key=True)
    scorecard_pk: Mapped[int] = mapped_column(ForeignKey("scorecards.id"), unique=True)
    status: Mapped[str] = mapped_column(String(16), index=True)
    version: Mapped[int] = mapped_column(default=0)
    reviewer: Mapped[str | None] = mapped_column(String(64))
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)


class CommentRow(Base):
    """A general comment on a reviewed call (append-only)."""

    __tablename__ = "review_comments"

    id: Mapped[int] = mapped_column(primary_key=True)
    scorecard_pk: Mapped[int] = mapped_column(ForeignKey("scorecards.id"), index=True)
    author: Mapped[str] = mapped_column(String(64))
    author_role: Mapped[str] = mapped_column(String(16))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    body: Mapped[str] = mapped_column(Text)


class AuditRow(Base):
    """Who did what, when, from which value to which (append-only, enforced by triggers)."""

    __tablename__ = "audit_log"
    __table_args__ = (Index(None, "scorecard_pk", "id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    actor: Mapped[str] = mapped_column(String(64))
    actor_role: Mapped[str] = mapped_column(String(16))
    action: Mapped[str] = mapped_column(String(32))
    scorecard_pk: Mapped[int | None] = mapped_column(ForeignKey("scorecards.id"))
    target: Mapped[str] = mapped_column(Text)
    old_value: Mapped[str | None] = mapped_column(Text)
    new_value: Mapped[str | None] = mapped_column(Text)
    comment: Mapped[str] = mapped_column(Text, default="")
