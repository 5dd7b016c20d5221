"""Supervisor review: users, API tokens, web sessions, review states, comments, audit log;
item overrides get a per-item sequence number.

``review_comments`` and ``audit_log`` are append-only in the database itself, like
``item_overrides`` (0001): triggers refuse UPDATE and DELETE whatever client writes. The new
``item_overrides.seq`` (1, 2, ... per item, unique) makes two simultaneous edits of one item
collide; existing overrides are numbered in the order they were made.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-30
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

JSON = sa.JSON().with_variant(postgresql.JSONB(), "postgresql")
APPEND_ONLY = ("review_comments", "audit_log")


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
        "users",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(64), nullable=False),
        sa.Column("role", sa.String(16), nullable=False),
        sa.Column("teams", JSON, nullable=False),
        sa.Column("agent_id", sa.Text(), nullable=True),
        sa.Column("password_hash", sa.Text(), nullable=False),
        sa.Column("disabled", sa.Boolean(), nullable=False),
        sa.Column("locale", sa.String(16), nullable=True),
        _timestamp("created_at"),
        sa.Column("failed_logins", sa.Integer(), nullable=False),
        _timestamp("locked_until", nullable=True),
        _pk("users"),
        sa.UniqueConstraint("name", name="uq_users_name"),
    )
    op.create_table(
        "api_tokens",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("user_pk", sa.Integer(), nullable=False),
        sa.Column("token_sha256", sa.String(64), nullable=False),
        sa.Column("label", sa.Text(), nullable=False),
        _timestamp("created_at"),
        _timestamp("last_used_at", nullable=True),
        _fk("api_tokens", "user_pk", "users"),
        _pk("api_tokens"),
        sa.UniqueConstraint("token_sha256", name="uq_api_tokens_token_sha256"),
    )
    op.create_index("ix_api_tokens_user_pk", "api_tokens", ["user_pk"])
    op.create_table(
        "web_sessions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("session_sha256", sa.String(64), nullable=False),
        sa.Column("user_pk", sa.Integer(), nullable=False),
        sa.Column("csrf_token", sa.String(64), nullable=False),
        _timestamp("created_at"),
        _timestamp("last_seen_at"),
        _fk("web_sessions", "user_pk", "users"),
        _pk("web_sessions"),
        sa.UniqueConstraint("session_sha256", name="uq_web_sessions_session_sha256"),
    )
    op.create_index("ix_web_sessions_user_pk", "web_sessions", ["user_pk"])
    op.create_table(
        "reviews",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("scorecard_pk", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("reviewer", sa.String(64), nullable=True),
        _timestamp("updated_at"),
        _fk("reviews", "scorecard_pk", "scorecards"),
        _pk("reviews"),
        sa.UniqueConstraint("scorecard_pk", name="uq_reviews_scorecard_pk"),
    )
    op.create_index("ix_reviews_status", "reviews", ["status"])
    op.create_table(
        "review_comments",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("scorecard_pk", sa.Integer(), nullable=False),
        sa.Column("author", sa.String(64), nullable=False),
        sa.Column("author_role", sa.String(16), nullable=False),
        _timestamp("created_at"),
        sa.Column("body", sa.Text(), nullable=False),
        _fk("review_comments", "scorecard_pk", "scorecards"),
        _pk("review_comments"),
    )
    op.create_index("ix_review_comments_scorecard_pk", "review_comments", ["scorecard_pk"])
    op.create_table(
        "audit_log",
        sa.Column("id", sa.Integer(), nullable=False),
        _timestamp("created_at"),
        sa.Column("actor", sa.String(64), nullable=False),
        sa.Column("actor_role", sa.String(16), nullable=False),
        sa.Column("action", sa.String(32), nullable=False),
        sa.Column("scorecard_pk", sa.Integer(), nullable=True),
        sa.Column("target", sa.Text(), nullable=False),
        sa.Column("old_value", sa.Text(), nullable=True),
        sa.Column("new_value", sa.Text(), nullable=True),
        sa.Column("comment", sa.Text(), nullable=False),
        _fk("audit_log", "scorecard_pk", "scorecards"),
        _pk("audit_log"),
    )
    op.create_index("ix_audit_log_created_at", "audit_log", ["created_at"])
    op.create_index("ix_audit_log_scorecard_pk_id", "audit_log", ["scorecard_pk", "id"])
    for table in APPEND_ONLY:
        _forbid_changes(table)
    _number_item_overrides()


def _number_item_overrides() -> None:
    """Add ``item_overrides.seq`` and number the existing rows, each item from 1.

    The table refuses updates by design, so its guard is lifted for this one statement and
    put back in the same transaction. A plain ALTER TABLE: recreating the table on SQLite
    would drop its triggers.
    """
    with op.batch_alter_table("item_overrides", recreate="never") as batch:
        batch.add_column(sa.Column("seq", sa.Integer(), nullable=True))
    _allow_changes("item_overrides")
    op.execute(
        "UPDATE item_overrides SET seq = (SELECT count(*) FROM item_overrides AS earlier "
        "WHERE earlier.item_result_pk = item_overrides.item_result_pk "
        "AND earlier.id <= item_overrides.id)"
    )
    _forbid_changes("item_overrides")
    op.create_index(
        "ix_item_overrides_item_result_pk_seq", "item_overrides", ["item_result_pk", "seq"],
        unique=True,
    )


def _forbid_changes(table: str) -> None:
    """Make ``table`` append-only in the database itself (the same triggers as 0001)."""
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


def _allow_changes(table: str) -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute(f"DROP TRIGGER {table}_append_only ON {table}")
        op.execute(f"DROP FUNCTION {table}_append_only()")
    else:
        for action in ("update", "delete"):
            op.execute(f"DROP TRIGGER {table}_no_{action}")


def downgrade() -> None:
    op.drop_index("ix_item_overrides_item_result_pk_seq", table_name="item_overrides")
    with op.batch_alter_table("item_overrides", recreate="never") as batch:
        batch.drop_column("seq")
    for table in APPEND_ONLY:
        _allow_changes(table)
    for table in (
        "audit_log", "review_comments", "reviews", "web_sessions", "api_tokens", "users",
    ):
        op.drop_table(table)
