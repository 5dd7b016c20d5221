"""Conversation metrics from turn timings: talk ratio, silence, overtalk, interruptions, pace.

Computed from the turns alone, so they work the same on gold transcripts, stereo channel
splits and diarised mono audio. Speakers are grouped by role when roles are known, else by
diarisation label.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable

from speechqa.schema import CallMetrics, Transcript, Turn

BACKCHANNEL_MAX_S = 1.0
"""An agent turn this short that starts over the customer is a backchannel («угу»), not an
interruption."""


def turn_role(turn: Turn) -> str:
    """The turn's role; a bare 'agent'/'customer' speaker label counts as the role."""
    if turn.role != "unknown":
        return turn.role
    speaker = turn.speaker.strip().lower()
    return speaker if speaker in ("agent", "customer") else "unknown"


def _merge(intervals: Iterable[tuple[float, float]]) -> list[tuple[float, float]]:
    merged: list[tuple[float, float]] = []
    for start, end in sorted(intervals):
        if merged and start <= merged[-1][1]:
            if end > merged[-1][1]:
                merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    return merged


def _intersections(a: list[tuple[float, float]], b: list[tuple[float, float]]):
    i = j = 0
    out = []
    while i < len(a) and j < len(b):
        start, end = max(a[i][0], b[j][0]), min(a[i][1], b[j][1])
        if end > start:
            out.append((start, end))
        if a[i][1] < b[j][1]:
            i += 1
        else:
            j += 1
    return out


def compute_metrics(transcript: Transcript) -> CallMetrics:
    """Talk share per role, silences between speech, overtalk and pace for one call."""
    turns = [t for t in transcript.turns if t.end > t.start]
    keys = [turn_role(t) if turn_role(t) != "unknown" else t.speaker for t in turns]
    by_key: dict[str, list[tuple[float, float]]] = {}
    for key, turn in zip(keys, turns, strict=True):
        by_key.setdefault(key, []).append((turn.start, turn.end))
    merged = {key: _merge(spans) for key, spans in by_key.items()}
    talk = {key: round(sum(e - s for s, e in spans), 3) for key, spans in merged.items()}
    total_talk = sum(talk.values())
    ratio = {key: round(value / total_talk, 4) for key, value in talk.items()} if total_talk else {}

    speech = _merge(span for spans in merged.values() for span in spans)
    longest, longest_start, silence = 0.0, None, 0.0
    for (_, previous_end), (start, _) in itertools.pairwise(speech):
        gap = start - previous_end
        silence += gap
        if gap > longest:
            longest, longest_start = gap, previous_end

    overlaps: list[tuple[float, float]] = []
    names = sorted(merged)
    for index, first in enumerate(names):
        for second in names[index + 1 :]:
            overlaps.extend(_intersections(merged[first], merged[second]))
    overlaps = _merge(overlaps)

    customer = merged.get("customer", [])
    interruptions = 0
    for key, turn in zip(keys, turns, strict=True):
        if (
            key == "agent"
            and turn.duration > BACKCHANNEL_MAX_S
            and any(s < turn.start < e for s, e in customer)
        ):
            interruptions += 1

    words: dict[str, int] = {}
    probabilities = []
    for key, turn in zip(keys, turns, strict=True):
        words[key] = words.get(key, 0) + (len(turn.words) or len(turn.text.split()))
        probabilities.extend(w.probability for w in turn.words if w.probability is not None)
    pace = {key: round(words.get(key, 0) / (talk[key] / 60), 1) for key in talk if talk[key] > 0}

    return CallMetrics(
        duration=round(max(transcript.duration, speech[-1][1] if speech else 0.0), 3),
        talk_ratio=ratio,
        talk_seconds=talk,
        longest_silence=round(longest, 3),
        longest_silence_start=None if longest_start is None else round(longest_start, 3),
        silence_seconds=round(silence, 3),
        overtalk_count=len(overlaps),
        overtalk_seconds=round(sum(e - s for s, e in overlaps), 3),
        agent_interruptions=interruptions,
        words_per_minute=pace,
        mean_word_probability=(
            round(sum(probabilities) / len(probabilities), 4) if probabilities else None
        ),
    )
