"""A Russian call for the search tests: inflected forms of one root in both speakers' turns."""

from __future__ import annotations

from datetime import UTC, datetime

from speechqa.schema import AudioInfo, Transcript, Turn, Word
from speechqa.store import CallInfo

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
