"""Transcript search (lemmas per transcript and speaker role, indexed by the database) and
review claims.

SQLite: ``search_fts``, an FTS5 table over ``search_docs.lemmas`` (external content, kept in
step by triggers). PostgreSQL: a generated ``tsvector`` column (config 'simple': the words are
lemmatised by speechqa already) with a GIN index. Existing transcripts are indexed by
``speechqa index`` (lemmatising needs the analysers, not SQL), not by this migration.

Revision ID: 0007
Revises: 0003
Create Date: 2026-11-30
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0003"
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


def downgrade() -> None:
    op.drop_table("review_claims")
    if op.get_bind().dialect.name != "postgresql":
        for suffix in ("ai", "ad", "au"):
            op.execute(f"DROP TRIGGER search_docs_{suffix}")
        op.execute("DROP TABLE search_fts")
    op.drop_table("search_docs")
