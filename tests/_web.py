"""A small review store for the web tests, seeded without ASR: transcripts and scorecards are
built directly and saved with ``store.save_call``; one call points at a few real seconds cut
from a bundled sample so the player has something to play.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import soundfile

from speechqa.audio import load
from speechqa.review import accounts
from speechqa.schema import (
    AudioInfo,
    CallMetrics,
    Evidence,
    Flag,
    ItemResult,
    Scorecard,
    Sentiment,
    SentimentSummary,
    Transcript,
    Turn,
    Word,
)
from speechqa.store import CallInfo, Store, open_store

SAMPLES = Path(__file__).resolve().parent.parent / "audio_samples"
HOSTILE_SCRIPT = "<script>alert(1)</script>"
HOSTILE_IMG = '"><img src=x onerror=alert(1)>'
PASSWORD = "correct-horse-9"
# name -> (role, teams, agent_id)
USERS = {
    "root": ("admin", (), None),
    "sup": ("supervisor", ("north",), None),
    "sup2": ("supervisor", ("south",), None),
    "aud": ("auditor", (), None),
    "ag1": ("agent", (), "a1"),
    "ag2": ("agent", (), "a2"),
}


def cut_sample(directory: Path, seconds: float = 6.0) -> Path:
    """The first seconds of the bundled English sample as a 16 kHz WAV."""
    audio = load(SAMPLES / "call_en_mono.mp3")
    path = directory / "clip.wav"
    soundfile.write(path, audio.mono()[: int(seconds * audio.sample_rate)], audio.sample_rate)
    return path


def _words(text: str, start: float, end: float) -> list[Word]:
    tokens = text.split()
    step = (end - start) / max(1, len(tokens))
    return [Word(text=token, start=round(start + i * step, 2), end=round(start + (i + 1) * step, 2),
                 probability=0.9) for i, token in enumerate(tokens)]


def _turn(role: str, start: float, end: float, text: str, sentiment: str = "neutral") -> Turn:
    return Turn(
        speaker="SPEAKER_00" if role == "agent" else "SPEAKER_01", role=role, start=start,
        end=end, text=text, words=_words(text, start, end), language="en",
        sentiment=Sentiment(label=sentiment, score=0.8),
    )


def _scorecard(call_id: str, *, greeting: str, disclosure: str, flags: list[Flag],
               needs_review: bool, sentiment: str, duration: float) -> Scorecard:
    items = [
        ItemResult(id="greeting", title="Greeting", section="opening", status=greeting,
                   weight=2, earned=2 if greeting == "passed" else 0,
                   reason="greeting phrase found" if greeting == "passed" else "no greeting",
                   evidence=[Evidence(turn_index=0, start=0.74, end=1.23, text="good morning",
                                      rule_id="greeting.phrases")]
                   if greeting == "passed" else []),
        ItemResult(id="disclosure", title="Recording disclosure", section="opening",
                   status=disclosure, weight=3, earned=3 if disclosure == "passed" else 0,
                   critical=True, reason="no disclosure phrase in the first 30 s"
                   if disclosure == "failed" else "disclosure found",
                   evidence=[Evidence(turn_index=2, start=4.0, end=5.0, text="is recorded",
                                      rule_id="disclosure.phrases")]
                   if disclosure == "passed" else []),
    ]
    score = sum(item.earned for item in items)
    auto_failed = any(item.critical and item.status == "failed" for item in items)
    return Scorecard(
        call_id=call_id, checklist_id="support", checklist_version="2", language="en",
        items=items, score=score, max_score=5, percent=0 if auto_failed else score / 5 * 100,
        auto_failed=auto_failed,
        sentiment=SentimentSummary(customer_sentiment=sentiment, customer_start="neutral",
                                   customer_end=sentiment),
        metrics=CallMetrics(duration=duration, talk_ratio={"agent": 0.55, "customer": 0.45},
                            silence_seconds=0.8, longest_silence=0.5, overtalk_count=1,
                            overtalk_seconds=0.3),
        flags=flags, needs_review=needs_review,
    )


def seed(store: Store, clip: Path) -> dict[str, int]:
    """Four calls, six users; returns scorecard ids by call id."""
    calls = [
        # call id, agent, team, started, text of turn 1, greeting, disclosure, flags, review?
        ("call-critical", "a1", "north", datetime(2026, 11, 20, 9, 0, tzinfo=UTC),
         "I want to cancel my plan", "passed", "failed",
         [Flag(code="missing_disclosure", severity="critical", reason="no disclosure"),
          Flag(code="negative_customer", severity="warning", reason="angry", start=2.5,
               end=3.8)], True, "negative"),
        ("call-hostile", "a2", "north", datetime(2026, 11, 21, 9, 0, tzinfo=UTC),
         f"{HOSTILE_SCRIPT} and {HOSTILE_IMG}", "failed", "passed",
         [Flag(code="long_silence", severity="warning", reason="silence", start=3.0,
               end=4.0)], True, "neutral"),
        ("call-south", "a3", "south", datetime(2026, 11, 22, 9, 0, tzinfo=UTC),
         "my invoice is wrong", "passed", "passed",
         [Flag(code="negative_customer", severity="warning", reason="upset")], True,
         "negative"),
        ("call-fine", "a1", "north", datetime(2026, 11, 23, 9, 0, tzinfo=UTC),
         "thanks, that is all", "passed", "passed", [], False, "positive"),
    ]
    ids: dict[str, int] = {}
    for index, (call_id, agent, team, started, text, greeting, disclosure, flags, review,
                sentiment) in enumerate(calls):
        duration = 6.0
        transcript = Transcript(
            call_id=call_id,
            audio=AudioInfo(path=str(clip), sha256=f"{index:064x}", format="wav",
                            duration=duration, sample_rate=16000, channels=1),
            language="en", diarization_source="given",
            turns=[
                _turn("agent", 0.5, 2.2, "Hello good morning how can I help"),
                _turn("customer", 2.4, 3.9, text, sentiment),
                _turn("agent", 4.0, 5.6, "this call is recorded for quality"),
            ],
        )
        card = _scorecard(call_id, greeting=greeting, disclosure=disclosure, flags=flags,
                          needs_review=review, sentiment=sentiment, duration=duration)
        path = str(clip) if call_id == "call-critical" else f"/nonexistent/{call_id}.wav"
        store.save_call(CallInfo(call_id=call_id, path=path, agent_id=agent, queue="billing",
                                 team=team, started_at=started), transcript, card)
    for row in store.iter_scorecards():
        ids[row.call.call_id] = row.id
    for name, (role, teams, agent_id) in USERS.items():
        accounts.create_user(store, name, role, PASSWORD, teams=teams, agent_id=agent_id)
    return ids


def seeded_store(directory: Path, url: str | None = None) -> tuple[Store, dict[str, int]]:
    """A seeded store: an SQLite file in ``directory`` unless ``url`` names another database."""
    store = open_store(url or f"sqlite:///{directory / 'web.db'}")
    return store, seed(store, cut_sample(directory))
