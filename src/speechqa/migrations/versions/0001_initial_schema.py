"""Initial schema: runs, calls, transcripts, scorecards, item results, flags, failures,
and the append-only item_overrides audit table for supervisor review.

Revision ID: 0001
Revises:
Create Date: 2026-11-23
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

JSON = sa.JSON().with_variant(postgresql.JSONB(), "postgresql")


def _timestamp(name: str, nullable: bool = False) -> sa.Column:
    return sa.Column(name, sa.DateTime(timezone=True), nullable=nullable)


def _pk(table: str) -> sa.PrimaryKeyConstraint:
    return sa.PrimaryKeyConstraint("id", name=f"pk_{table}")


def _fk(table: str, column: str, target: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        [column], [f"{target}.id"], name=f"fk_{table}_{column}_{target}"
    )


def upgrade() -> None:
    op.create_table(
        "runs",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        _timestamp("started_at"),
        _timestamp("finished_at", nullable=True),
        sa.Column("source", sa.Text(), nullable=True),
        sa.Column("engine", sa.String(16), nullable=True),
        sa.Column("workers", sa.Integer(), nullable=True),
        sa.Column("checklist_id", sa.String(128), nullable=True),
        sa.Column("checklist_version", sa.String(64), nullable=True),
        sa.Column("host", sa.String(255), nullable=False),
        sa.Column("pid", sa.Integer(), nullable=False),
        sa.Column("speechqa_version", sa.String(32), nullable=False),
        sa.Column("options", JSON, nullable=False),
        sa.Column("done", sa.Integer(), nullable=False),
        sa.Column("skipped", sa.Integer(), nullable=False),
        sa.Column("failed", sa.Integer(), nullable=False),
        sa.Column("audio_seconds", sa.Double(), nullable=False),
        sa.Column("wall_seconds", sa.Double(), nullable=True),
        _pk("runs"),
    )
    op.create_table(
        "calls",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("call_id", sa.Text(), nullable=False),
        sa.Column("path", sa.Text(), nullable=False),
        sa.Column("agent_id", sa.Text(), nullable=True),
        sa.Column("queue", sa.Text(), nullable=True),
        _timestamp("started_at", nullable=True),
        sa.Column("language", sa.String(16), nullable=True),
        sa.Column("duration", sa.Double(), nullable=False),
        sa.Column("channels", sa.Integer(), nullable=True),
        sa.Column("sample_rate", sa.Integer(), nullable=True),
        sa.Column("format", sa.String(32), nullable=True),
        sa.Column("extra", JSON, nullable=False),
        _timestamp("created_at"),
        sa.Column("run_id", sa.Integer(), nullable=True),
        _fk("calls", "run_id", "runs"),
        _pk("calls"),
        sa.UniqueConstraint("sha256", name="uq_calls_sha256"),
    )
    # Reports per agent or queue over a period filter on these pairs.
    op.create_index("ix_calls_agent_id_started_at", "calls", ["agent_id", "started_at"])
    op.create_index("ix_calls_queue_started_at", "calls", ["queue", "started_at"])
    op.create_index("ix_calls_started_at", "calls", ["started_at"])
    op.create_index("ix_calls_call_id", "calls", ["call_id"])

    op.create_table(
        "failures",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("run_id", sa.Integer(), nullable=True),
        sa.Column("sha256", sa.String(64), nullable=True),
        sa.Column("path", sa.Text(), nullable=False),
        sa.Column("call_id", sa.Text(), nullable=True),
        sa.Column("checklist_id", sa.String(128), nullable=True),
        sa.Column("checklist_version", sa.String(64), nullable=True),
        sa.Column("stage", sa.String(32), nullable=False),
        sa.Column("error_type", sa.String(128), nullable=False),
        sa.Column("message", sa.Text(), nullable=False),
        _timestamp("created_at"),
        _timestamp("resolved_at", nullable=True),
        _fk("failures", "run_id", "runs"),
        _pk("failures"),
    )
    op.create_index("ix_failures_run_id", "failures", ["run_id"])
    op.create_index(
        "ix_failures_sha256_checklist_id_checklist_version",
        "failures", ["sha256", "checklist_id", "checklist_version"],
    )

    op.create_table(
        "transcripts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("call_pk", sa.Integer(), nullable=False),
        sa.Column("schema_version", sa.String(16), nullable=False),
        sa.Column("language", sa.String(16), nullable=True),
        sa.Column("asr_model", sa.Text(), nullable=True),
        sa.Column("body", sa.Text(), nullable=False),
        _timestamp("created_at"),
        sa.Column("run_id", sa.Integer(), nullable=True),
        _fk("transcripts", "call_pk", "calls"),
        _fk("transcripts", "run_id", "runs"),
        _pk("transcripts"),
        sa.UniqueConstraint("call_pk", name="uq_transcripts_call_pk"),
    )

    op.create_table(
        "scorecards",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("call_pk", sa.Integer(), nullable=False),
        sa.Column("transcript_pk", sa.Integer(), nullable=False),
        sa.Column("checklist_id", sa.String(128), nullable=False),
        sa.Column("checklist_version", sa.String(64), nullable=False),
        sa.Column("schema_version", sa.String(16), nullable=False),
        sa.Column("language", sa.String(16), nullable=True),
        sa.Column("score", sa.Double(), nullable=False),
        sa.Column("max_score", sa.Double(), nullable=False),
        sa.Column("percent", sa.Double(), nullable=False),
        sa.Column("auto_failed", sa.Boolean(), nullable=False),
        sa.Column("needs_review", sa.Boolean(), nullable=False),
        sa.Column("customer_sentiment", sa.String(16), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        _timestamp("created_at"),
        sa.Column("run_id", sa.Integer(), nullable=True),
        _fk("scorecards", "call_pk", "calls"),
        _fk("scorecards", "run_id", "runs"),
        _fk("scorecards", "transcript_pk", "transcripts"),
        _pk("scorecards"),
        sa.UniqueConstraint(
            "call_pk", "checklist_id", "checklist_version",
            name="uq_scorecards_call_pk_checklist_id_checklist_version",
        ),
    )
    op.create_index(
        "ix_scorecards_checklist_id_checklist_version",
        "scorecards", ["checklist_id", "checklist_version"],
    )
    op.create_index("ix_scorecards_needs_review", "scorecards", ["needs_review"])

    op.create_table(
        "flags",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("scorecard_pk", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(64), nullable=False),
        sa.Column("severity", sa.String(16), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("start_s", sa.Double(), nullable=True),
        sa.Column("end_s", sa.Double(), nullable=True),
        _fk("flags", "scorecard_pk", "scorecards"),
        _pk("flags"),
    )
    op.create_index("ix_flags_code", "flags", ["code"])
    op.create_index("ix_flags_scorecard_pk", "flags", ["scorecard_pk"])

    op.create_table(
        "item_results",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("scorecard_pk", sa.Integer(), nullable=False),
        sa.Column("item_id", sa.String(128), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("section", sa.String(255), nullable=True),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("weight", sa.Double(), nullable=False),
        sa.Column("earned", sa.Double(), nullable=False),
        sa.Column("critical", sa.Boolean(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("evidence", JSON, nullable=False),
        _fk("item_results", "scorecard_pk", "scorecards"),
        _pk("item_results"),
        sa.UniqueConstraint(
            "scorecard_pk", "item_id", name="uq_item_results_scorecard_pk_item_id"
        ),
    )
    op.create_index("ix_item_results_item_id_status", "item_results", ["item_id", "status"])

    op.create_table(
        "item_overrides",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("item_result_pk", sa.Integer(), nullable=False),
        sa.Column("reviewer", sa.String(255), nullable=False),
        _timestamp("created_at"),
        sa.Column("old_status", sa.String(16), nullable=False),
        sa.Column("new_status", sa.String(16), nullable=False),
        sa.Column("comment", sa.Text(), nullable=False),
        _fk("item_overrides", "item_result_pk", "item_results"),
        _pk("item_overrides"),
    )
    op.create_index("ix_item_overrides_item_result_pk", "item_overrides", ["item_result_pk"])
    _forbid_changes("item_overrides")


def _forbid_changes(table: str) -> None:
    """Make ``table`` append-only in the database itself, whatever client writes to it."""
    message = f"{table} is append-only: add a new row instead"
    if op.get_bind().dialect.name == "postgresql":
        op.execute(
            f"CREATE FUNCTION {table}_append_only() RETURNS trigger LANGUAGE plpgsql AS "
            f"$$ BEGIN RAISE EXCEPTION '{message}'; END $$"
        )
        op.execute(
            f"CREATE TRIGGER {table}_append_only BEFORE UPDATE OR DELETE ON {table} "
            f"FOR EACH ROW EXECUTE FUNCTION {table}_append_only()"
        )
    else:
        for action in ("UPDATE", "DELETE"):
            op.execute(
                f"CREATE TRIGGER {table}_no_{action.lower()} BEFORE {action} ON {table} "
                f"BEGIN SELECT RAISE(ABORT, '{message}'); END"
            )


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER item_overrides_append_only ON item_overrides")
        op.execute("DROP FUNCTION item_overrides_append_only()")
    for table in (
        "item_overrides", "item_results", "flags", "scorecards", "transcripts", "failures",
        "calls", "runs",
    ):
        op.drop_table(table)
