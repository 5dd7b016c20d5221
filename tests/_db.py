"""Database fixtures for the store, batch and export tests: every test runs on SQLite and,
when ``SPEECHQA_TEST_PG_URL`` names a server (``scripts/postgres.sh`` prints one), on a fresh
PostgreSQL database of its own. Also builders for small but valid transcripts and scorecards.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
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
