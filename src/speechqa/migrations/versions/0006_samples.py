"""Review samples: the calls ``speechqa sample`` drew for manual review, with seed and
parameters so a draw can be repeated and checked.

Revision ID: 0006
Revises: 0002
Create Date: 2026-11-30
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision = "0006"
down_revision = "0002"
branch_labels = None
depends_on = None

JSON = sa.JSON().with_variant(postgresql.JSONB(), "postgresql")


def upgrade() -> None:
    op.create_table(
        "review_samples",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by", sa.String(255), nullable=False),
        sa.Column("seed", sa.Integer(), nullable=False),
        sa.Column("params", JSON, nullable=False),
        sa.Column("call_count", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_review_samples"),
    )
    op.create_table(
        "review_sample_calls",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("sample_id", sa.Integer(), nullable=False),
        sa.Column("scorecard_pk", sa.Integer(), nullable=False),
        sa.Column("call_pk", sa.Integer(), nullable=False),
        sa.Column("agent_id", sa.Text(), nullable=True),
        sa.Column("stratum", sa.String(16), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["sample_id"], ["review_samples.id"],
            name="fk_review_sample_calls_sample_id_review_samples",
        ),
        sa.ForeignKeyConstraint(
            ["scorecard_pk"], ["scorecards.id"],
            name="fk_review_sample_calls_scorecard_pk_scorecards",
        ),
        sa.ForeignKeyConstraint(
            ["call_pk"], ["calls.id"], name="fk_review_sample_calls_call_pk_calls"
        ),
        sa.PrimaryKeyConstraint("id", name="pk_review_sample_calls"),
    )
    op.create_index(
        "ix_review_sample_calls_sample_id", "review_sample_calls", ["sample_id"]
    )
    op.create_index(
        "ix_review_sample_calls_scorecard_pk", "review_sample_calls", ["scorecard_pk"]
    )


def downgrade() -> None:
    op.drop_index("ix_review_sample_calls_scorecard_pk", table_name="review_sample_calls")
    op.drop_index("ix_review_sample_calls_sample_id", table_name="review_sample_calls")
    op.drop_table("review_sample_calls")
    op.drop_table("review_samples")
