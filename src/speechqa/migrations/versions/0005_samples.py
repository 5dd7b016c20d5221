"""Review samples: the calls ``speechqa sample`` drew for manual review, with seed and
parameters so a draw can be repeated and checked. And the talk and silence seconds of each
scorecard as columns, copied from its JSON body: the audit report sums them over 100 000
scorecards, which took PostgreSQL ~5 s per number when it had to parse every body.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-30
"""

from __future__ import annotations

import json

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

JSON = sa.JSON().with_variant(postgresql.JSONB(), "postgresql")
_METRIC_COLUMNS = ("agent_talk_s", "customer_talk_s", "silence_s")
_BACKFILL_CHUNK = 2000


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
    with op.batch_alter_table("scorecards", recreate="never") as batch:
        for name in _METRIC_COLUMNS:
            batch.add_column(sa.Column(name, sa.Double(), nullable=True))
    _backfill_metrics()


def _backfill_metrics() -> None:
    """Fill the new columns from the scorecards already stored, a chunk at a time."""
    scorecards = sa.table(
        "scorecards", sa.column("id", sa.Integer()), sa.column("body", sa.Text()),
        *(sa.column(name, sa.Double()) for name in _METRIC_COLUMNS),
    )
    bind = op.get_bind()
    last = 0
    while True:
        rows = bind.execute(
            sa.select(scorecards.c.id, scorecards.c.body)
            .where(scorecards.c.id > last).order_by(scorecards.c.id).limit(_BACKFILL_CHUNK)
        ).all()
        if not rows:
            return
        values = []
        for pk, body in rows:
            try:
                metrics = json.loads(body).get("metrics") or {}
            except (TypeError, ValueError, AttributeError):
                metrics = {}
            talk = metrics.get("talk_seconds") or {}
            values.append({"pk": pk, "agent_talk_s": talk.get("agent"),
                           "customer_talk_s": talk.get("customer"),
                           "silence_s": metrics.get("silence_seconds")})
        bind.execute(
            sa.update(scorecards).where(scorecards.c.id == sa.bindparam("pk")).values(
                {name: sa.bindparam(name) for name in _METRIC_COLUMNS}
            ),
            values,
        )
        last = rows[-1][0]


def downgrade() -> None:
    with op.batch_alter_table("scorecards", recreate="never") as batch:
        for name in _METRIC_COLUMNS:
            batch.drop_column(name)
    op.drop_index("ix_review_sample_calls_scorecard_pk", table_name="review_sample_calls")
    op.drop_index("ix_review_sample_calls_sample_id", table_name="review_sample_calls")
    op.drop_table("review_sample_calls")
    op.drop_table("review_samples")
