"""The mono-audio sentiment bench's failure analysis (benchmarks/bench_sentiment_mono.py): the
recognised words put back into the gold turns, mono turns given their true roles, how pure
the mono customer is, the cause a mono error is filed under, and the reliability shrink it
cross-validates; and the adapter that renders the written tuning calls
(benchmarks/make_sentiment_audio.py). Synthetic transcripts, no model."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import numpy as np
import pytest

from speechqa.schema import Sentiment, Transcript, Turn, Word

BENCHMARKS = Path(__file__).resolve().parents[1] / "benchmarks"


def _load(name: str):
    sys.path.insert(0, str(BENCHMARKS))
    try:
        spec = importlib.util.spec_from_file_location(name, BENCHMARKS / f"{name}.py")
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module  # dataclasses look their module up by name
        spec.loader.exec_module(module)
        return module
    finally:
        sys.path.remove(str(BENCHMARKS))


@pytest.fixture(scope="module")
def bench():
    return _load("bench_sentiment_mono")


def _words(text: str, start: float, step: float = 0.5, probability: float = 0.9) -> list[Word]:
    return [Word(text=w, start=start + i * step, end=start + i * step + 0.4,
                 probability=probability) for i, w in enumerate(text.split())]


def _gold() -> Transcript:
    turns = [
        Turn(speaker="agent", role="agent", start=0.0, end=2.0, text="Bank, how can I help"),
        Turn(speaker="customer", role="customer", start=3.0, end=4.0, text="Great, thank you"),
        Turn(speaker="agent", role="agent", start=5.0, end=6.0, text="Anything else"),
    ]
    return Transcript(call_id="c1", language="en", turns=turns)


def _merged_mono() -> Transcript:
    """Diarisation glued the customer's thanks onto the agent's greeting."""
    words = _words("bank how can i help", 0.0, 0.4) + _words("great thank you", 3.0, 0.3)
    turns = [
        Turn(speaker="S0", role="agent", start=0.0, end=3.9, text=" ".join(w.text for w in words),
             words=words),
        Turn(speaker="S1", role="customer", start=5.0, end=6.0, text="anything else",
             words=_words("anything else", 5.0)),
    ]
    return Transcript(call_id="c1", language="en", turns=turns)


def test_recognised_words_go_back_into_the_gold_turns_with_gold_roles(bench):
    call = bench.MonoCall("c1", "set", "en", "positive", False, _gold(), _merged_mono())
    regrouped = bench.asr_in_gold_turns(call)
    assert [(t.role, t.text) for t in regrouped.turns] == [
        ("agent", "bank how can i help"), ("customer", "great thank you"),
        ("agent", "anything else")]


def test_mono_turns_get_the_role_most_of_their_words_really_have(bench):
    call = bench.MonoCall("c1", "set", "en", "positive", False, _gold(), _merged_mono())
    assert [t.role for t in bench.mono_with_true_roles(call).turns] == ["agent", "agent"]
    found = bench.diagnostics(call)
    # the mono "customer" is the agent's closing question; the real customer's words are lost
    assert found["customer_purity"] == 0.0
    assert found["customer_recall"] == 0.0
    assert found["speakers"] == 2


def test_mono_errors_are_filed_under_the_first_cause_that_explains_them(bench):
    call = bench.MonoCall("c1", "set", "lt", "positive", False, _gold(), _merged_mono())
    pure = {"customer_purity": 1.0, "customer_recall": 1.0}
    right = {"gold": "positive", "asr_in_gold_turns": "positive",
             "mono_true_roles": "positive", "mono": "positive"}
    assert bench.failure_class(call, right, pure) is None
    assert bench.failure_class(call, right | {"gold": "neutral", "mono": "neutral"}, pure) \
        == "wrong from gold text too (model or aggregation)"
    assert bench.failure_class(call, right | {"mono": "neutral"},
                               {"customer_purity": 0.1, "customer_recall": 0.1}) \
        == "roles swapped"
    assert bench.failure_class(call, right | {"mono": "neutral",
                                              "asr_in_gold_turns": "negative"}, pure) \
        == "ASR text (Lithuanian: unintelligible)"
    assert bench.failure_class(call, right | {"mono": "neutral"},
                               {"customer_purity": 0.6, "customer_recall": 1.0}) \
        == "turns merged across speakers (diarisation)"
    assert bench.failure_class(call, right | {"mono": "neutral", "mono_true_roles": "neutral"},
                               pure) == "turn segmentation"


def test_reliability_shrink_moves_unheard_turns_to_neutral_and_leaves_gold_alone(bench):
    scores = {"negative": 0.9, "neutral": 0.05, "positive": 0.05}
    sentiment = Sentiment(label="negative", score=0.9, scores=scores)
    garbled = Turn(speaker="S1", role="customer", start=0, end=2, text="lama ir nas",
                   words=_words("lama ir nas", 0, probability=0.3), sentiment=sentiment)
    half = garbled.model_copy(update={"words": _words("lama ir nas", 0, probability=0.55)})
    gold = garbled.model_copy(update={"words": []})
    assert np.allclose(bench.shrunk_probabilities(garbled, 0.4, 0.7), [0, 1, 0])
    assert np.allclose(bench.shrunk_probabilities(half, 0.4, 0.7), [0.45, 0.525, 0.025])
    assert np.allclose(bench.shrunk_probabilities(gold, 0.4, 0.7), [0.9, 0.05, 0.05])
    assert np.allclose(bench.shrunk_probabilities(garbled, 0.0, 0.0), [0.9, 0.05, 0.05])


def test_written_calls_get_the_review_reasons_their_anger_labels_imply():
    adapter = _load("make_sentiment_audio")
    assert adapter.review_reasons({"angry_customer": False, "angry_intensity": "none"}) == []
    assert adapter.review_reasons({"angry_customer": True, "angry_intensity": "anger"}) == [
        "angry_customer"]
    assert adapter.review_reasons({"angry_customer": True,
                                   "angry_intensity": "legal_threat"}) == [
        "angry_customer", "legal_threat"]
    assert adapter.review_reasons({"angry_customer": True,
                                   "angry_intensity": "escalation"}) == [
        "angry_customer", "escalation_request"]
