"""Alembic environment for speechqa's schema, run programmatically by ``store.migrate``.

The caller passes an open connection in ``config.attributes["connection"]``; the upgrade
runs inside the caller's transaction, so on PostgreSQL a failed migration leaves nothing
half-applied (its DDL is transactional).
"""

from __future__ import annotations

from alembic import context
from sqlalchemy import text

import speechqa.report.models
import speechqa.review.models  # noqa: F401  (the review tables share Base.metadata)
from speechqa import search_index  # noqa: F401  (its table too)
from speechqa.review import calibration, claims  # noqa: F401  (their tables too)
from speechqa.store import Base

# Any 64-bit number unique to this project: serialises concurrent upgrades on PostgreSQL.
_PG_MIGRATION_LOCK = 0x5EEC_A0A0

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("speechqa migrations run through speechqa.store.migrate(engine)")

if connection.dialect.name == "postgresql":
    connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _PG_MIGRATION_LOCK})

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=connection.dialect.name == "sqlite",  # SQLite cannot ALTER most things
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
