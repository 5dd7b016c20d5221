"""Old stores upgrade to the newest schema without losing a row, on SQLite and PostgreSQL."""

from __future__ import annotations

import json

from _db import db_fixture  # noqa: F401  (registers db_url)
from alembic import command
from sqlalchemy import text

from speechqa.store import alembic_config, create_db_engine, migrate, open_store, schema_head

TABLES = (
    "runs", "calls", "transcripts", "scorecards", "item_results", "flags", "item_overrides",
    "failures",
)


def populate_revision_0001(url: str) -> dict[str, int]:
    """A store left by speechqa 0.1.0 (revision 0001) with two calls and one of everything."""
    engine = create_db_engine(url)
    with engine.begin() as connection:
        command.upgrade(alembic_config(connection), "0001")
        now = "2026-11-01 10:00:00"
        connection.execute(text(
            "INSERT INTO runs (id, kind, status, started_at, host, pid, speechqa_version, "
            "options, done, skipped, failed, audio_seconds) VALUES "
            "(1, 'batch', 'finished', :now, 'h', 1, '0.1.0', '{}', 2, 0, 1, 60)"), {"now": now})
        for pk, extra in (
            (1, {"team": "north", "customer_id": "C-9", "direction": "Inbound", "vip": True}),
            (2, {}),
        ):
            connection.execute(text(
                "INSERT INTO calls (id, sha256, call_id, path, agent_id, queue, duration, extra, "
                "created_at, run_id) VALUES (:pk, :sha, :cid, '/x.wav', 'A1', 'billing', 30, "
                ":extra, :now, 1)"),
                {"pk": pk, "sha": f"{pk:064d}", "cid": f"c{pk}", "extra": json.dumps(extra),
                 "now": now})
            connection.execute(text(
                "INSERT INTO transcripts (id, call_pk, schema_version, body, created_at) "
                "VALUES (:pk, :pk, '1.0', '{}', :now)"), {"pk": pk, "now": now})
            connection.execute(text(
                "INSERT INTO scorecards (id, call_pk, transcript_pk, checklist_id, "
                "checklist_version, schema_version, score, max_score, percent, auto_failed, "
                "needs_review, customer_sentiment, body, created_at) VALUES (:pk, :pk, :pk, "
                "'default', '1.0', '1.0', 1, 2, 50, false, true, 'neutral', '{}', :now)"),
                {"pk": pk, "now": now})
            connection.execute(text(
                "INSERT INTO item_results (id, scorecard_pk, item_id, title, status, weight, "
                "earned, critical, reason, evidence) VALUES (:pk, :pk, 'greeting', 'G', "
                "'failed', 1, 0, true, 'none', '[]')"), {"pk": pk})
            connection.execute(text(
                "INSERT INTO flags (scorecard_pk, code, severity, reason) "
                "VALUES (:pk, 'missed_critical', 'critical', 'r')"), {"pk": pk})
        connection.execute(text(
            "INSERT INTO item_overrides (item_result_pk, reviewer, created_at, old_status, "
            "new_status, comment) VALUES (1, 'sup', :now, 'failed', 'passed', 'heard it')"),
            {"now": now})
        connection.execute(text(
            "INSERT INTO failures (run_id, path, stage, error_type, message, created_at) "
            "VALUES (1, '/bad.wav', 'decode', 'AudioError', 'corrupt', :now)"), {"now": now})
        counts = {
            table: connection.execute(text(f"SELECT count(*) FROM {table}")).scalar_one()
            for table in TABLES
        }
    engine.dispose()
    return counts


def test_a_revision_0001_store_upgrades_without_losing_a_row(db_url):
    before = populate_revision_0001(db_url)
    with open_store(db_url) as store:  # upgrades to the newest revision
        with store.engine.connect() as connection:
            after = {
                table: connection.execute(text(f"SELECT count(*) FROM {table}")).scalar_one()
                for table in TABLES
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
