"""Provenance and call metadata: checklist texts and hashes, model identities, the batch lease,
and team / direction / customer id as columns.

- ``checklist_versions`` keeps the full text and SHA-256 of every checklist version the store
  scored with, so a score can be re-derived after the file changed and one id@version can
  never name two rule sets.
- ``scorecards`` and ``runs`` name the checklist hash; scorecards also the speechqa version and
  the models (ASR, diarisation, sentiment) that produced them.
- ``batch_leases`` holds at most one row per store: the batch that owns it, with a heartbeat.
- ``calls.team``, ``direction`` and ``customer_id`` come from the manifest; reviews, reports and
  the repeat-contact KPI filter on them. Existing rows are filled from ``calls.extra``.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-30
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

JSON = sa.JSON().with_variant(postgresql.JSONB(), "postgresql")
_CALL_COLUMNS = {"team": sa.Text(), "direction": sa.String(16), "customer_id": sa.Text()}


# Plain ALTER TABLE on SQLite (3.35+ drops columns natively): recreating a table would trip
# the foreign keys that other tables hold on it.


def upgrade() -> None:
    op.create_table(
        "checklist_versions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("checklist_id", sa.String(128), nullable=False),
        sa.Column("version", sa.String(64), nullable=False),
        sa.Column("content_hash", sa.String(64), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_checklist_versions"),
        sa.UniqueConstraint(
            "checklist_id", "version", name="uq_checklist_versions_checklist_id_version"
        ),
    )
    op.create_table(
        "batch_leases",
        sa.Column("name", sa.String(64), nullable=False),
        sa.Column("holder", sa.String(255), nullable=False),
        sa.Column("host", sa.String(255), nullable=False),
        sa.Column("pid", sa.Integer(), nullable=False),
        sa.Column("run_id", sa.Integer(), nullable=True),
        sa.Column("acquired_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("heartbeat_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("name", name="pk_batch_leases"),
    )
    with op.batch_alter_table("scorecards", recreate="never") as batch:
        batch.add_column(sa.Column("checklist_hash", sa.String(64), nullable=True))
        batch.add_column(sa.Column("speechqa_version", sa.String(32), nullable=True))
        batch.add_column(sa.Column("models", JSON, nullable=True))
    with op.batch_alter_table("runs", recreate="never") as batch:
        batch.add_column(sa.Column("checklist_hash", sa.String(64), nullable=True))
    with op.batch_alter_table("calls", recreate="never") as batch:
        for name, type_ in _CALL_COLUMNS.items():
            batch.add_column(sa.Column(name, type_, nullable=True))
    op.create_index("ix_calls_team_started_at", "calls", ["team", "started_at"])
    op.create_index("ix_calls_customer_id_started_at", "calls", ["customer_id", "started_at"])
    _fill_call_columns_from_extra()


def _fill_call_columns_from_extra() -> None:
    """Move manifest values that earlier versions kept in ``extra`` into the new columns."""
    calls = sa.table(
        "calls", sa.column("id", sa.Integer()), sa.column("extra", JSON),
        *(sa.column(name, type_) for name, type_ in _CALL_COLUMNS.items()),
    )
    bind = op.get_bind()
    rows = bind.execute(sa.select(calls.c.id, calls.c.extra)).all()
    for call_pk, extra in rows:
        extra = dict(extra or {})
        values = {
            name: str(extra.pop(name))[: 16 if name == "direction" else None]
            for name in _CALL_COLUMNS
            if extra.get(name) is not None
        }
        if values:
            bind.execute(
                sa.update(calls).where(calls.c.id == call_pk).values(extra=extra, **values)
            )


def _return_call_columns_to_extra() -> None:
    """The inverse of the fill above, so a downgrade loses no manifest value."""
    calls = sa.table(
        "calls", sa.column("id", sa.Integer()), sa.column("extra", JSON),
        *(sa.column(name, type_) for name, type_ in _CALL_COLUMNS.items()),
    )
    bind = op.get_bind()
    names = list(_CALL_COLUMNS)
    rows = bind.execute(
        sa.select(calls.c.id, calls.c.extra, *(calls.c[name] for name in names))
    ).all()
    for call_pk, extra, *values in rows:
        kept = {name: value for name, value in zip(names, values, strict=True) if value}
        if kept:
            bind.execute(
                sa.update(calls).where(calls.c.id == call_pk).values(
                    extra={**(extra or {}), **kept}
                )
            )


def downgrade() -> None:
    _return_call_columns_to_extra()
    op.drop_index("ix_calls_customer_id_started_at", table_name="calls")
    op.drop_index("ix_calls_team_started_at", table_name="calls")
    with op.batch_alter_table("calls", recreate="never") as batch:
        for name in _CALL_COLUMNS:
            batch.drop_column(name)
    with op.batch_alter_table("runs", recreate="never") as batch:
        batch.drop_column("checklist_hash")
    with op.batch_alter_table("scorecards", recreate="never") as batch:
        for name in ("models", "speechqa_version", "checklist_hash"):
            batch.drop_column(name)
    op.drop_table("batch_leases")
    op.drop_table("checklist_versions")
