"""Builders for stores with known results, for the report tests (no ASR, no models)."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import datetime

from speechqa.schema import (
    AudioInfo,
    CallMetrics,
    Flag,
    ItemResult,
    Scorecard,
    SentimentSummary,
    Transcript,
    Turn,
)
from speechqa.store import CallInfo, ItemResultRow, Store

# (id, title, weight, critical)
ITEMS = (
    ("disclosure", "Запис розмови: попередження", 3.0, True),
    ("greeting", "Pasisveikina ir prisistato", 2.0, False),
    ("transfer", "Announces the transfer", 1.0, False),
)


@dataclass
class KnownCall:
    call_id: str
    agent: str | None
    started_at: datetime
    statuses: dict[str, str]
    team: str | None = None
    queue: str | None = None
    customer_id: str | None = None
    version: str = "1.0"
    sentiment: str = "neutral"
    flags: list[str] = field(default_factory=list)
    duration: float = 120.0


def transcript_for(call: KnownCall) -> Transcript:
    sha = hashlib.sha256(call.call_id.encode()).hexdigest()
    return Transcript(
        call_id=call.call_id,
        audio=AudioInfo(path=f"/calls/{call.call_id}.wav", sha256=sha, format="wav",
                        duration=call.duration, sample_rate=8000, channels=2),
        language="uk",
        turns=[
            Turn(speaker="L", role="agent", start=0.0, end=4.0, text="Добрий день"),
            Turn(speaker="R", role="customer", start=5.0, end=9.0, text="Привіт"),
        ],
        diarization_source="stereo_channels",
    )


def scorecard_for(call: KnownCall) -> Scorecard:
    results = [
        ItemResult(id=item_id, title=title, status=call.statuses[item_id], weight=weight,
                   earned=weight if call.statuses[item_id] == "passed" else 0.0,
                   critical=critical, reason=f"{item_id} {call.statuses[item_id]}")
        for item_id, title, weight, critical in ITEMS
    ]
    applicable = [r for r in results if r.status != "not_applicable"]
    max_score = sum(r.weight for r in applicable)
    earned = sum(r.earned for r in applicable)
    auto_failed = any(r.critical and r.status == "failed" for r in results)
    return Scorecard(
        call_id=call.call_id, checklist_id="audit", checklist_version=call.version,
        language="uk", items=results, score=0.0 if auto_failed else earned,
        max_score=max_score,
        percent=0.0 if auto_failed else (100.0 * earned / max_score if max_score else 100.0),
        auto_failed=auto_failed,
        sentiment=SentimentSummary(customer_sentiment=call.sentiment),
        metrics=CallMetrics(duration=call.duration,
                            talk_seconds={"agent": 60.0, "customer": 40.0},
                            silence_seconds=20.0),
        flags=[Flag(code=code, severity="critical", reason=code) for code in call.flags],
        needs_review=bool(call.flags),
    )


def add_calls(store: Store, calls: list[KnownCall]) -> None:
    for call in calls:
        info = CallInfo(call_id=call.call_id, path=f"/calls/{call.call_id}.wav",
                        agent_id=call.agent, queue=call.queue, team=call.team,
                        customer_id=call.customer_id, started_at=call.started_at)
        assert store.save_call(info, transcript_for(call), scorecard_for(call))


def override(store: Store, call_id: str, item_id: str, new_status: str,
             version: str = "1.0") -> None:
    """A reviewer's override of one item of a call's scorecard."""
    from sqlalchemy import select

    from speechqa.store import Call, ScorecardRow

    with store.sessions() as session:
        pk = session.scalar(
            select(ItemResultRow.id)
            .join(ScorecardRow, ScorecardRow.id == ItemResultRow.scorecard_pk)
            .join(Call, Call.id == ScorecardRow.call_pk)
            .where(Call.call_id == call_id, ItemResultRow.item_id == item_id,
                   ScorecardRow.checklist_version == version)
        )
    store.record_override(pk, new_status, "supervisor", "listened to it")
