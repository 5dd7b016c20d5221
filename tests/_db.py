"""Database fixtures for the store, batch and export tests: every test runs on SQLite and,
when ``SPEECHQA_TEST_PG_URL`` names a server (``scripts/postgres.sh`` prints one), on a fresh
PostgreSQL database of its own. Also builders for small but valid transcripts and scorecards.
"""

from __future__ import annotations

import json
import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from speechqa.schema import (
    AudioInfo,
    CallMetrics,
    Evidence,
    Flag,
    ItemResult,
    Scorecard,
    SentimentSummary,
    Transcript,
    Turn,
    Word,
)
from speechqa.store import alembic_config, create_db_engine

PG_ENV = "SPEECHQA_TEST_PG_URL"


def fresh_pg_database() -> Iterator[str]:
    """A new, empty database on the test server, dropped afterwards."""
    admin_url = os.environ.get(PG_ENV)
    if not admin_url:
        pytest.skip(f"PostgreSQL tests need {PG_ENV}: export {PG_ENV}=$(scripts/postgres.sh)")
    name = f"speechqa_t_{uuid.uuid4().hex[:12]}"
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield make_url(admin_url).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture(
    name="db_url", params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)]
)
def db_fixture(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """``db_url``: an empty database, an SQLite file, then a PostgreSQL database.

    Test modules import ``db_fixture`` to register it; the tests ask for ``db_url``.
    """
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'results.db'}"
    else:
        yield from fresh_pg_database()


def make_transcript(sha256: str, call_id: str = "call-1", duration: float = 30.0) -> Transcript:
    words = [Word(text="Добрый", start=0.5, end=0.9, probability=0.9),
             Word(text="день", start=0.9, end=1.2, probability=0.8)]
    return Transcript(
        call_id=call_id,
        audio=AudioInfo(path=f"/calls/{call_id}.wav", sha256=sha256, format="wav",
                        duration=duration, sample_rate=8000, channels=1),
        language="ru",
        turns=[
            Turn(speaker="SPEAKER_00", role="agent", start=0.5, end=1.2, text="Добрый день",
                 words=words, language="ru"),
            Turn(speaker="SPEAKER_01", role="customer", start=1.5, end=3.0,
                 text="Здравствуйте, у меня не работает интернет", language="ru"),
        ],
        diarization_source="pyannote",
    )


def make_scorecard(
    call_id: str = "call-1", version: str = "1.0", greeting: str = "passed"
) -> Scorecard:
    earned = 2.0 if greeting == "passed" else 0.0
    return Scorecard(
        call_id=call_id,
        checklist_id="default",
        checklist_version=version,
        language="ru",
        items=[
            ItemResult(id="greeting", title="Greeting", section="opening", status=greeting,
                       weight=2, earned=earned, reason="greeting phrase found",
                       evidence=[Evidence(turn_index=0, start=0.5, end=1.2, text="Добрый день",
                                          rule_id="greeting.phrases")]),
            ItemResult(id="disclosure", title="Recording disclosure", status="failed",
                       weight=3, earned=0, critical=True, reason="no disclosure phrase"),
            ItemResult(id="transfer", title="Transfer announced", status="not_applicable",
                       weight=1, earned=0, reason="no transfer"),
        ],
        score=earned,
        max_score=5,
        percent=earned / 5 * 100,
        auto_failed=True,
        sentiment=SentimentSummary(customer_sentiment="negative"),
        metrics=CallMetrics(duration=30.0, talk_ratio={"agent": 0.4, "customer": 0.6}),
        flags=[Flag(code="missing_disclosure", severity="critical", reason="no disclosure"),
               Flag(code="negative_customer", severity="warning", reason="customer upset",
                    start=1.5, end=3.0)],
        needs_review=True,
    )


TABLES_0001 = (
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
            for table in TABLES_0001
        }
    engine.dispose()
    return counts
