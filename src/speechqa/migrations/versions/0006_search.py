"""Transcript search (lemmas per transcript and speaker role, indexed by the database),
review claims and calibration sessions (their scores in tables of their own, so they never
touch a call's final result).

SQLite: ``search_fts``, an FTS5 table over ``search_docs.lemmas`` (external content, kept in
step by triggers). PostgreSQL: a generated ``tsvector`` column (config 'simple': the words are
lemmatised by speechqa already) with a GIN index. Existing transcripts are indexed by
``speechqa index`` (lemmatising needs the analysers, not SQL), not by this migration.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-30
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "search_docs",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("transcript_pk", sa.Integer(), nullable=False),
        sa.Column("role", sa.String(16), nullable=False),
        sa.Column("lemmas", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["transcript_pk"], ["transcripts.id"],
                                name="fk_search_docs_transcript_pk_transcripts"),
        sa.PrimaryKeyConstraint("id", name="pk_search_docs"),
        sa.UniqueConstraint("transcript_pk", "role", name="uq_search_docs_transcript_pk_role"),
    )
    op.create_index("ix_search_docs_transcript_pk", "search_docs", ["transcript_pk"])
    if op.get_bind().dialect.name == "postgresql":
        op.execute(
            "ALTER TABLE search_docs ADD COLUMN tsv tsvector "
            "GENERATED ALWAYS AS (to_tsvector('simple', lemmas)) STORED"
        )
        op.execute("CREATE INDEX ix_search_docs_tsv ON search_docs USING gin (tsv)")
    else:
        op.execute(
            "CREATE VIRTUAL TABLE search_fts USING fts5(lemmas, content='search_docs', "
            "content_rowid='id', tokenize='unicode61 remove_diacritics 0')"
        )
        op.execute(
            "CREATE TRIGGER search_docs_ai AFTER INSERT ON search_docs BEGIN "
            "INSERT INTO search_fts(rowid, lemmas) VALUES (new.id, new.lemmas); END"
        )
        op.execute(
            "CREATE TRIGGER search_docs_ad AFTER DELETE ON search_docs BEGIN "
            "INSERT INTO search_fts(search_fts, rowid, lemmas) "
            "VALUES ('delete', old.id, old.lemmas); END"
        )
        op.execute(
            "CREATE TRIGGER search_docs_au AFTER UPDATE ON search_docs BEGIN "
            "INSERT INTO search_fts(search_fts, rowid, lemmas) "
            "VALUES ('delete', old.id, old.lemmas); "
            "INSERT INTO search_fts(rowid, lemmas) VALUES (new.id, new.lemmas); END"
        )
    op.create_table(
        "review_claims",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("scorecard_pk", sa.Integer(), nullable=False),
        sa.Column("user_pk", sa.Integer(), nullable=False),
        sa.Column("user_name", sa.String(64), nullable=False),
        sa.Column("claimed_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["scorecard_pk"], ["scorecards.id"],
                                name="fk_review_claims_scorecard_pk_scorecards"),
        sa.ForeignKeyConstraint(["user_pk"], ["users.id"], name="fk_review_claims_user_pk_users"),
        sa.PrimaryKeyConstraint("id", name="pk_review_claims"),
        sa.UniqueConstraint("scorecard_pk", name="uq_review_claims_scorecard_pk"),
    )
    op.create_index("ix_review_claims_expires_at", "review_claims", ["expires_at"])
    _calibration_tables()


def _calibration_tables() -> None:
    op.create_table(
        "calibration_sessions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("created_by", sa.String(64), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_calibration_sessions"),
    )
    def fk(table: str, column: str, target: str) -> sa.ForeignKeyConstraint:
        return sa.ForeignKeyConstraint([column], [f"{target}.id"],
                                       name=f"fk_{table}_{column}_{target}")

    op.create_table(
        "calibration_calls",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("session_pk", sa.Integer(), nullable=False),
        sa.Column("scorecard_pk", sa.Integer(), nullable=False),
        fk("calibration_calls", "session_pk", "calibration_sessions"),
        fk("calibration_calls", "scorecard_pk", "scorecards"),
        sa.PrimaryKeyConstraint("id", name="pk_calibration_calls"),
        sa.UniqueConstraint("session_pk", "scorecard_pk",
                            name="uq_calibration_calls_session_pk_scorecard_pk"),
    )
    op.create_index("ix_calibration_calls_session_pk", "calibration_calls", ["session_pk"])
    op.create_table(
        "calibration_reviewers",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("session_pk", sa.Integer(), nullable=False),
        sa.Column("user_pk", sa.Integer(), nullable=False),
        sa.Column("user_name", sa.String(64), nullable=False),
        fk("calibration_reviewers", "session_pk", "calibration_sessions"),
        fk("calibration_reviewers", "user_pk", "users"),
        sa.PrimaryKeyConstraint("id", name="pk_calibration_reviewers"),
        sa.UniqueConstraint("session_pk", "user_pk",
                            name="uq_calibration_reviewers_session_pk_user_pk"),
    )
    op.create_index("ix_calibration_reviewers_session_pk", "calibration_reviewers",
                    ["session_pk"])
    op.create_table(
        "calibration_scores",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("session_pk", sa.Integer(), nullable=False),
        sa.Column("scorecard_pk", sa.Integer(), nullable=False),
        sa.Column("user_pk", sa.Integer(), nullable=False),
        sa.Column("item_id", sa.Text(), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        fk("calibration_scores", "session_pk", "calibration_sessions"),
        fk("calibration_scores", "scorecard_pk", "scorecards"),
        fk("calibration_scores", "user_pk", "users"),
        sa.PrimaryKeyConstraint("id", name="pk_calibration_scores"),
        sa.UniqueConstraint("session_pk", "scorecard_pk", "user_pk", "item_id",
                            name="uq_calibration_scores_session_pk_scorecard_pk_user_pk_item_id"),
    )
    op.create_index("ix_calibration_scores_session_pk", "calibration_scores", ["session_pk"])


def downgrade() -> None:
    for table in ("calibration_scores", "calibration_reviewers", "calibration_calls",
                  "calibration_sessions"):
        op.drop_table(table)
    op.drop_table("review_claims")
    if op.get_bind().dialect.name != "postgresql":
        for suffix in ("ai", "ad", "au"):
            op.execute(f"DROP TRIGGER search_docs_{suffix}")
        op.execute("DROP TABLE search_fts")
    op.drop_table("search_docs")
