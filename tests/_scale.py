"""Stores for the review-at-scale tests: a Russian call with inflected forms of one root in
both speakers' turns (search), and calls scored by the shipped checklist (labels, eval)."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from _web import PASSWORD, USERS

from speechqa.checklist import load_checklist
from speechqa.review import accounts
from speechqa.schema import AudioInfo, Transcript, Turn, Word
from speechqa.scoring import score_transcript
from speechqa.store import CallInfo, Store, open_store

RU_AGENT = "Добрый день, вижу списание средств по вашему счёту"
RU_CUSTOMER = "Почему у меня списали деньги без предупреждения"


def _ru_turn(role: str, start: float, end: float, text: str) -> Turn:
    tokens = text.split()
    step = (end - start) / len(tokens)
    words = [Word(text=token, start=round(start + i * step, 2),
                  end=round(start + (i + 1) * step, 2), probability=0.9)
             for i, token in enumerate(tokens)]
    return Turn(speaker="S0" if role == "agent" else "S1", role=role, start=start, end=end,
                text=text, words=words, language="ru")


def add_russian_call(store, like_card, audio_path: str = "/nonexistent/ru.wav") -> int:
    """A Russian call (team north, agent a1, within the first 6 s) reusing a seeded
    scorecard's shape; returns its scorecard id."""
    transcript = Transcript(
        call_id="call-ru", language="ru", diarization_source="given",
        audio=AudioInfo(path=audio_path, sha256="f" * 64, format="wav",
                        duration=6.0, sample_rate=16000, channels=1),
        turns=[_ru_turn("agent", 0.0, 2.8, RU_AGENT),
               _ru_turn("customer", 3.0, 5.8, RU_CUSTOMER)],
    )
    card = like_card.model_copy(update={"call_id": "call-ru", "language": "ru"})
    store.save_call(CallInfo(call_id="call-ru", path=audio_path, agent_id="a1",
                             queue="billing", team="north",
                             started_at=datetime(2026, 11, 24, 9, tzinfo=UTC)),
                    transcript, card)
    return next(row.id for row in store.iter_scorecards() if row.call.call_id == "call-ru")


AGENT_OPEN = ("Good morning, thank you for calling Northwind, my name is Anna. Please note "
              "this call is recorded for quality purposes.")
CUSTOMER = "Hi, my card was charged twice for the same order."
AGENT_CLOSE = "I refunded the second charge. Is there anything else I can help with? Thank you."
SCORED_CALLS = (("c-nov", datetime(2026, 11, 2, 9, tzinfo=UTC)),
                ("c-dec", datetime(2026, 12, 7, 9, tzinfo=UTC)),
                ("c-open", datetime(2026, 12, 8, 9, tzinfo=UTC)))


def _english_transcript(call_id: str, index: int) -> Transcript:
    turns = [("agent", AGENT_OPEN), ("customer", CUSTOMER), ("agent", AGENT_CLOSE)]
    return Transcript(
        call_id=call_id, language="en", diarization_source="given",
        audio=AudioInfo(path=f"/nonexistent/{call_id}.wav", sha256=f"{index:064x}",
                        format="wav", duration=30.0, sample_rate=8000, channels=1),
        turns=[Turn(speaker=role, role=role, start=i * 10.0, end=i * 10.0 + 8, text=text,
                    language="en") for i, (role, text) in enumerate(turns)],
    )


def scored_store(directory: Path) -> tuple[Store, dict[str, int]]:
    """Three English calls (team north) scored by the shipped default checklist (without
    semantic rules, as ``speechqa eval --no-semantic`` rescores them), flagged for review,
    and the web tests' users; scorecard ids by call id."""
    store = open_store(f"sqlite:///{directory / 'labels.db'}")
    checklist = load_checklist()
    for index, (call_id, started) in enumerate(SCORED_CALLS):
        transcript = _english_transcript(call_id, index + 1)
        card = score_transcript(transcript, checklist, semantic=False)
        card = card.model_copy(update={"needs_review": True})
        store.save_call(CallInfo(call_id=call_id, path=transcript.audio.path, agent_id="a1",
                                 team="north", started_at=started), transcript, card)
    ids = {row.call.call_id: row.id for row in store.iter_scorecards()}
    for name, (role, teams, agent_id) in USERS.items():
        accounts.create_user(store, name, role, PASSWORD, teams=teams, agent_id=agent_id)
    return store, ids
