"""Review claims: a supervisor who opens a call for review holds it for a while, so that two
supervisors do not review the same call at once.

A claim is one row per scorecard (unique in the database, so two simultaneous openers cannot
both win) with an expiry; an expired claim is as good as none and is taken over by the next
reviewer who opens the call. Claims are advisory: they are shown in the queue and on the call
page, they do not lock the call (the stale-edit checks protect the data itself). An admin, or
the holder, can release a claim; an admin's release of someone else's claim is audited.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime, timedelta

from sqlalchemy import ForeignKey, String, case, delete, or_, select
from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Mapped, defer, mapped_column

from speechqa.review import Forbidden
from speechqa.review.accounts import User
from speechqa.review.models import AuditRow
from speechqa.review.service import REVIEWERS, QueuePage, _scorecard
from speechqa.store import Base, ScorecardRow, Store, utcnow

DEFAULT_TTL_S = 30 * 60


class ClaimRow(Base):
    __tablename__ = "review_claims"

    id: Mapped[int] = mapped_column(primary_key=True)
    scorecard_pk: Mapped[int] = mapped_column(ForeignKey("scorecards.id"), unique=True)
    user_pk: Mapped[int] = mapped_column(ForeignKey("users.id"))
    user_name: Mapped[str] = mapped_column(String(64))
    claimed_at: Mapped[datetime] = mapped_column(default=utcnow)
    expires_at: Mapped[datetime] = mapped_column(index=True)


@dataclass(frozen=True)
class Claim:
    scorecard_id: int
    user_id: int
    user_name: str
    claimed_at: datetime
    expires_at: datetime


def _view(row: ClaimRow) -> Claim:
    return Claim(row.scorecard_pk, row.user_pk, row.user_name, row.claimed_at, row.expires_at)


def _renewal_step(ttl_s: int) -> float:
    """How stale a holder's expiry may get before reopening the call renews it: a tenth of the
    claim's time, at most a minute (as sessions are touched)."""
    return min(60.0, ttl_s / 10)


def claim(
    store: Store, user: User, scorecard_id: int, *, ttl_s: int = DEFAULT_TTL_S,
    now: datetime | None = None,
) -> Claim | None:
    """Claim (or renew one's own claim on) a call the user opened for review; answers the
    claim now in force: someone else's when they hold it, None for a role that cannot review.
    The holder's own claim is renewed only once its expiry lags ``_renewal_step`` behind."""
    now = now or utcnow()
    expires = now + timedelta(seconds=ttl_s)
    with store.sessions() as session:
        # visibility check (without the scorecard's JSON body, not needed here)
        _scorecard(session, user, scorecard_id, defer(ScorecardRow.body))
        row = session.scalar(select(ClaimRow).where(ClaimRow.scorecard_pk == scorecard_id))
        held = row is not None and row.expires_at > now
        if user.role not in REVIEWERS or (held and row.user_pk != user.id):
            return _view(row) if held else None
        if held and (row.expires_at - expires).total_seconds() > -_renewal_step(ttl_s):
            # Reopened within the renewal step: the claim is fresh enough, and a write on
            # every page view would queue the other readers behind a write lock.
            return _view(row)
    _take(store, user, scorecard_id, now, expires)
    return current(store, [scorecard_id], now=now).get(scorecard_id)


def _take(store: Store, user: User, scorecard_id: int, now: datetime,
          expires: datetime) -> None:
    """Insert the claim, or take over an expired one, or renew one's own: one upsert
    statement in autocommit, so the write lock is held only while the database runs it
    (SQLite: never across the Python work of a transaction, where a thread waiting for the
    interpreter lock would keep every other writer sleeping). A live claim of someone else
    is left alone; two simultaneous openers cannot both win (one row per scorecard)."""
    insert = sqlite_insert if store.engine.dialect.name == "sqlite" else postgresql_insert
    statement = insert(ClaimRow).values(
        scorecard_pk=scorecard_id, user_pk=user.id, user_name=user.name, claimed_at=now,
        expires_at=expires)
    taken = statement.excluded
    statement = statement.on_conflict_do_update(
        index_elements=[ClaimRow.scorecard_pk],
        set_={
            "claimed_at": case((ClaimRow.user_pk == taken.user_pk, ClaimRow.claimed_at),
                               else_=taken.claimed_at),
            "user_pk": taken.user_pk, "user_name": taken.user_name,
            "expires_at": taken.expires_at,
        },
        where=or_(ClaimRow.user_pk == taken.user_pk, ClaimRow.expires_at <= now),
    )
    with store.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
        connection.execute(statement)


def current(
    store: Store, scorecard_ids: Sequence[int], *, now: datetime | None = None
) -> dict[int, Claim]:
    """Unexpired claims on these calls, by scorecard id."""
    if not scorecard_ids:
        return {}
    now = now or utcnow()
    with store.sessions() as session:
        rows = session.scalars(select(ClaimRow).where(
            ClaimRow.scorecard_pk.in_(list(scorecard_ids)), ClaimRow.expires_at > now))
        return {row.scorecard_pk: _view(row) for row in rows}


def with_claims(store: Store, page: QueuePage, *, now: datetime | None = None) -> QueuePage:
    """The queue page with each row's ``claimed_by`` filled in."""
    claims = current(store, [row.scorecard_id for row in page.rows], now=now)
    rows = [replace(row, claimed_by=claims[row.scorecard_id].user_name)
            if row.scorecard_id in claims else row for row in page.rows]
    return replace(page, rows=rows)


def release(store: Store, user: User, scorecard_id: int) -> None:
    """End a claim: its holder may, an admin may (audited); nobody else."""
    with store.sessions.begin() as session:
        _scorecard(session, user, scorecard_id)
        row = session.scalar(select(ClaimRow).where(ClaimRow.scorecard_pk == scorecard_id))
        if row is None:
            return
        if row.user_pk != user.id and user.role != "admin":
            raise Forbidden("only the holder or an admin can release a claim")
        if row.user_pk != user.id:
            session.add(AuditRow(
                actor=user.name, actor_role=user.role, action="claim_released",
                scorecard_pk=scorecard_id, target="claim", old_value=row.user_name,
                new_value=None, comment="",
            ))
        session.execute(delete(ClaimRow).where(ClaimRow.id == row.id))
