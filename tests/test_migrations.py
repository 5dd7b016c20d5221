"""Old stores upgrade to the newest schema without losing a row, on SQLite and PostgreSQL."""

from __future__ import annotations

import json

from _db import TABLES_0001, db_fixture, populate_revision_0001  # noqa: F401
from alembic import command
from sqlalchemy import text

from speechqa.store import alembic_config, create_db_engine, migrate, open_store, schema_head


def test_a_revision_0001_store_upgrades_without_losing_a_row(db_url):
    before = populate_revision_0001(db_url)
    with open_store(db_url) as store:  # upgrades to the newest revision
        with store.engine.connect() as connection:
            after = {
                table: connection.execute(text(f"SELECT count(*) FROM {table}")).scalar_one()
                for table in TABLES_0001
            }
            version = connection.execute(text("SELECT version_num FROM alembic_version"))
            assert version.scalar_one() == schema_head()
        assert after == before
        rows = {row.call.call_id: row for row in store.iter_scorecards()}
        first, second = rows["c1"].call, rows["c2"].call
        assert (first.team, first.customer_id, first.direction) == ("north", "C-9", "Inbound")
        assert first.extra == {"vip": True}
        assert (second.team, second.customer_id, second.extra) == (None, None, {})


def test_a_downgrade_to_0001_gives_the_manifest_values_back(db_url):
    populate_revision_0001(db_url)
    engine = create_db_engine(db_url)
    migrate(engine)
    with engine.begin() as connection:
        command.downgrade(alembic_config(connection), "0001")
        extra = connection.execute(text("SELECT extra FROM calls WHERE id = 1")).scalar_one()
    engine.dispose()
    extra = json.loads(extra) if isinstance(extra, str) else extra
    assert extra == {"vip": True, "team": "north", "customer_id": "C-9", "direction": "Inbound"}
