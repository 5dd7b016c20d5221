"""Conversation metrics from turn timings."""

from __future__ import annotations

import pytest
from checklist_helpers import make_transcript

from speechqa.metrics import compute_metrics
from speechqa.schema import Transcript, Turn, Word


def test_talk_ratio_silence_and_overtalk():
    transcript = make_transcript(
        [
            ("agent", 0.0, 10.0, "a " * 20),
            ("customer", 9.0, 14.0, "b " * 10),  # 1 s overtalk
            ("agent", 30.0, 40.0, "c " * 20),  # 16 s silence before
            ("customer", 35.0, 36.0, "угу"),  # backchannel: overtalk, not an interruption
        ],
        duration=42.0,
    )
    metrics = compute_metrics(transcript)
    assert metrics.duration == 42.0
    assert metrics.talk_seconds == {"agent": 20.0, "customer": 6.0}
    assert metrics.talk_ratio["agent"] == pytest.approx(20 / 26, abs=1e-3)
    assert metrics.longest_silence == pytest.approx(16.0)
    assert metrics.longest_silence_start == pytest.approx(14.0)
    assert metrics.silence_seconds == pytest.approx(16.0)
    assert metrics.overtalk_count == 2
    assert metrics.overtalk_seconds == pytest.approx(2.0)
    assert metrics.words_per_minute["agent"] == pytest.approx(40 / (20 / 60))


def test_agent_interruptions_count_agent_turns_started_over_the_customer():
    transcript = make_transcript(
        [
            ("customer", 0.0, 10.0, "long complaint"),
            ("agent", 8.0, 12.0, "sorry to interrupt you"),
            ("agent", 12.5, 12.9, "ok"),
        ]
    )
    assert compute_metrics(transcript).agent_interruptions == 1


def test_unknown_roles_group_by_speaker_and_word_probabilities_average():
    transcript = Transcript(
        call_id="x",
        turns=[
            Turn(
                speaker="SPEAKER_00",
                start=0,
                end=2,
                text="hi there",
                words=[
                    Word(text="hi", start=0, end=1, probability=0.9),
                    Word(text="there", start=1, end=2, probability=0.5),
                ],
            ),
            Turn(speaker="SPEAKER_01", start=2, end=3, text="hello"),
        ],
    )
    metrics = compute_metrics(transcript)
    assert set(metrics.talk_ratio) == {"SPEAKER_00", "SPEAKER_01"}
    assert metrics.mean_word_probability == pytest.approx(0.7)


def test_empty_and_degenerate_transcripts():
    assert compute_metrics(Transcript(call_id="empty")).talk_ratio == {}
    zero = make_transcript([("agent", 5.0, 5.0, "")])
    metrics = compute_metrics(zero)
    assert metrics.overtalk_count == 0 and metrics.longest_silence == 0
