"""Unredacted transcripts, kept apart from the redacted ones (only with --keep-unredacted),
so that only an admin-facing function ever reads them.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-30
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "unredacted_transcripts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("call_pk", sa.Integer(), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("run_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["call_pk"], ["calls.id"],
                                name="fk_unredacted_transcripts_call_pk_calls"),
        sa.ForeignKeyConstraint(["run_id"], ["runs.id"],
                                name="fk_unredacted_transcripts_run_id_runs"),
        sa.PrimaryKeyConstraint("id", name="pk_unredacted_transcripts"),
        sa.UniqueConstraint("call_pk", name="uq_unredacted_transcripts_call_pk"),
    )


def downgrade() -> None:
    op.drop_table("unredacted_transcripts")
