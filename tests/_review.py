"""A review store with calls of several teams, agents, flags and checklist versions, and
one user of every role: shared by the review service, accounts, CLI and web tests.

Scorecards are built by hand (no ASR, no models) so each test knows exactly which flags,
statuses and times every call has; ``real_call`` adds one scored by the real checklist.
"""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime

import pytest
from argon2 import PasswordHasher

from speechqa.review import accounts
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
)
from speechqa.store import CallInfo, Store

PASSWORD = "correct horse 1"

# call_id: team, queue, agent, started_at, language, sentiment, disclosure status,
#          flag severities, needs_review, checklist version
CALLS: dict[str, tuple] = {
    "n1": ("north", "billing", "A1", datetime(2026, 11, 1, 10, tzinfo=UTC), "ru", "negative",
           "failed", ("critical", "warning"), True, "1.0"),
    "n2": ("north", "sales", "A2", datetime(2026, 11, 2, 10, tzinfo=UTC), "en", "neutral",
           "passed", ("warning", "warning"), True, "1.0"),
    "n3": ("north", "billing", "A1", datetime(2026, 11, 3, 10, tzinfo=UTC), "ru", "positive",
           "passed", ("warning",), True, "1.0"),
    "s1": ("south", "billing", "B1", datetime(2026, 11, 4, 10, tzinfo=UTC), "uk", "negative",
           "passed", ("critical", "critical"), True, "1.0"),
    "q1": (None, "north", "A3", None, "lt", "neutral", "passed", ("info",), True, "1.0"),
    "ok": ("north", "billing", "A1", datetime(2026, 11, 5, 10, tzinfo=UTC), "ru", "positive",
           "passed", (), False, "1.0"),
}
# n3 scored again by a second checklist version that auto-fails it.
SECOND_VERSION = ("n3", "2.0", "failed", ())

USERS = {
    "ada": ("admin", (), None),
    "sam": ("supervisor", ("north",), None),
    "sue": ("supervisor", ("south",), None),
    "aud": ("auditor", (), None),
    "a1": ("agent", (), "A1"),
    "a2": ("agent", (), "A2"),
}


@pytest.fixture(name="fast_hashing")
def fast_hashing_fixture(monkeypatch):
    """Cheap argon2 parameters: the tests create many users; the default costs ~0.1 s each."""
    hasher = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
    monkeypatch.setattr(accounts, "_hasher", lambda: hasher)


def sha(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


def transcript(call_id: str, language: str = "ru", text: str = "Добрый день") -> Transcript:
    return Transcript(
        call_id=call_id,
        audio=AudioInfo(path=f"/calls/{call_id}.wav", sha256=sha(call_id), format="wav",
                        duration=60.0, sample_rate=8000, channels=1),
        language=language,
        turns=[
            Turn(speaker="SPEAKER_00", role="agent", start=0.5, end=2.0, text=text),
            Turn(speaker="SPEAKER_01", role="customer", start=2.5, end=5.0,
                 text="У меня не работает интернет"),
        ],
        diarization_source="pyannote",
    )


def scorecard(
    call_id: str, *, version: str = "1.0", disclosure: str = "failed",
    severities: tuple[str, ...] = (), language: str = "ru", sentiment: str = "neutral",
    needs_review: bool = True,
) -> Scorecard:
    items = [
        ItemResult(id="greeting", title="Greeting", section="opening", status="passed",
                   weight=2, earned=2, reason="greeting phrase found",
                   evidence=[Evidence(turn_index=0, start=0.5, end=2.0, text="Добрый день",
                                      rule_id="greeting.phrases")]),
        ItemResult(id="disclosure", title="Recording disclosure", status=disclosure,
                   weight=3, earned=3 if disclosure == "passed" else 0, critical=True,
                   reason="no disclosure phrase" if disclosure == "failed" else "said"),
        ItemResult(id="transfer", title="Transfer announced", status="not_applicable",
                   weight=1, earned=0, reason="no transfer"),
    ]
    auto_failed = disclosure == "failed"
    earned = sum(item.earned for item in items)
    return Scorecard(
        call_id=call_id, checklist_id="default", checklist_version=version, language=language,
        items=items, score=0 if auto_failed else earned, max_score=5,
        percent=0 if auto_failed else 100 * earned / 5, auto_failed=auto_failed,
        sentiment=SentimentSummary(customer_sentiment=sentiment),
        metrics=CallMetrics(duration=60.0),
        flags=[
            Flag(code=f"{severity}_{number}", severity=severity, reason=f"{severity} flag",
                 start=float(number), end=float(number) + 1)
            for number, severity in enumerate(severities)
        ],
        needs_review=needs_review,
    )


def seed_calls(store: Store) -> dict[str, int]:
    """Store the calls above; returns scorecard ids by call id ("n3@2.0" for the second)."""
    ids: dict[str, int] = {}
    for call_id, (team, queue, agent, started, language, sentiment, disclosure, severities,
                  needs_review, version) in CALLS.items():
        info = CallInfo(call_id=call_id, path=f"/calls/{call_id}.wav", agent_id=agent,
                        queue=queue, team=team, started_at=started)
        store.save_call(info, transcript(call_id, language), scorecard(
            call_id, version=version, disclosure=disclosure, severities=severities,
            language=language, sentiment=sentiment, needs_review=needs_review,
        ))
    call_id, version, disclosure, severities = SECOND_VERSION
    team, queue, agent, started, language, sentiment, *_ = CALLS[call_id]
    store.save_call(
        CallInfo(call_id=call_id, path=f"/calls/{call_id}.wav", agent_id=agent, queue=queue,
                 team=team, started_at=started),
        transcript(call_id, language),
        scorecard(call_id, version=version, disclosure=disclosure, severities=severities,
                  language=language, sentiment=sentiment),
    )
    for row in store.iter_scorecards():
        key = row.call.call_id
        ids[key if row.checklist_version == "1.0" else f"{key}@{row.checklist_version}"] = row.id
    return ids


def seed_users(store: Store) -> dict[str, accounts.User]:
    return {
        name: accounts.create_user(store, name, role, PASSWORD, teams=teams, agent_id=agent)
        for name, (role, teams, agent) in USERS.items()
    }
