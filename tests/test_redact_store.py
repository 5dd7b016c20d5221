"""Migration 0004 and the unredacted-transcript table: no stored row is lost on upgrade, and
the unredacted transcript lives only in its own table."""

from __future__ import annotations

import hashlib

from _db import (  # noqa: F401  (db_fixture registers db_url)
    db_fixture,
    make_scorecard,
    make_transcript,
    populate_revision_0001,
)
from sqlalchemy import inspect, select, text

from speechqa.redact import redact_transcript
from speechqa.schema import Turn
from speechqa.store import (
    CallInfo,
    TranscriptRow,
    UnredactedTranscriptRow,
    open_store,
)

CARD = "4276380012345679"


def _sha(name: str) -> str:
    return hashlib.sha256(name.encode()).hexdigest()


def _with_card(sha256: str, call_id: str):
    transcript = make_transcript(sha256, call_id=call_id)
    turn = Turn(speaker="SPEAKER_01", role="customer", start=4, end=9,
                text=f"Номер карты {CARD[:4]} {CARD[4:8]} {CARD[8:12]} {CARD[12:]}")
    return transcript.model_copy(update={"turns": [*transcript.turns, turn]})


def test_upgrade_from_0001_keeps_every_row(db_url):
    before = populate_revision_0001(db_url)
    with open_store(db_url) as store, store.engine.connect() as connection:
        assert "unredacted_transcripts" in inspect(connection).get_table_names()
        after = {
            table: connection.execute(text(f"SELECT count(*) FROM {table}")).scalar_one()
            for table in before
        }
    assert after == before


def test_unredacted_transcript_is_stored_apart(db_url):
    raw = _with_card(_sha("card"), "card-call")
    redacted = redact_transcript(raw)
    with open_store(db_url) as store:
        assert store.save_call(CallInfo(call_id="card-call", path="/calls/card.wav"), redacted,
                               make_scorecard(call_id="card-call"), unredacted=raw)
        with store.sessions() as session:
            bodies = session.scalars(select(TranscriptRow.body)).all()
            assert len(session.scalars(select(UnredactedTranscriptRow)).all()) == 1
        assert all(CARD[:4] not in body for body in bodies)
        assert "[CARD]" in bodies[0]
        kept = store.unredacted_transcript(_sha("card"))
        assert kept is not None and CARD[:4] in kept.turns[-1].text
        assert store.unredacted_transcript(_sha("other")) is None


def test_nothing_unredacted_is_kept_by_default(db_url):
    redacted = redact_transcript(_with_card(_sha("d"), "d"))
    with open_store(db_url) as store:
        store.save_call(CallInfo(call_id="d", path="/calls/d.wav"), redacted, None)
        assert store.unredacted_transcript(_sha("d")) is None
