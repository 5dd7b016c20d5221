"""Words → speaker turns.

Two ways in: words already known per speaker (stereo: one ASR pass per channel), or words
from one mixed ASR pass that are assigned to diarised speaker segments by time. Either way
a turn is a run of one speaker's words without a long pause; turns of different speakers
may overlap, because callers do talk over each other.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from speechqa.schema import Turn, Word

MAX_PAUSE_IN_TURN_S = 1.5
"""A longer pause inside one speaker's speech starts a new turn."""

NEAREST_SEGMENT_TOLERANCE_S = 1.0
"""A word outside every diarised segment goes to the nearest one if it is at most this far."""


@dataclass(frozen=True)
class SpeakerSpan:
    """The part of a diarisation result that alignment needs: who spoke from when to when."""

    speaker: str
    start: float
    end: float


def _overlap(a_start: float, a_end: float, b_start: float, b_end: float) -> float:
    return max(0.0, min(a_end, b_end) - max(a_start, b_start))


class SpeakerAssigner:
    """``assign_speakers`` for words that arrive in batches, in time order (a call the ASR
    is still decoding): each batch continues where the last one stopped, so a word's
    speaker is the same as if all the words had been assigned at once."""

    def __init__(self, spans: Sequence[SpeakerSpan]) -> None:
        self._ordered = sorted(spans, key=lambda span: span.start)
        self._previous: str | None = None
        self._cursor = 0

    def assign(self, words: Iterable[Word]) -> list[tuple[str | None, Word]]:
        ordered = self._ordered
        assigned: list[tuple[str | None, Word]] = []
        for word in words:
            horizon = word.start - NEAREST_SEGMENT_TOLERANCE_S
            while self._cursor < len(ordered) and ordered[self._cursor].end < horizon:
                self._cursor += 1
            overlap_by_speaker: dict[str, float] = {}
            nearest: tuple[float, str] | None = None
            for span in ordered[self._cursor:]:
                if span.start > word.end + NEAREST_SEGMENT_TOLERANCE_S:
                    break
                amount = _overlap(word.start, max(word.end, word.start + 0.01),
                                  span.start, span.end)
                if amount > 0:
                    overlap_by_speaker[span.speaker] = (
                        overlap_by_speaker.get(span.speaker, 0) + amount)
                distance = max(span.start - word.end, word.start - span.end, 0.0)
                if nearest is None or distance < nearest[0]:
                    nearest = (distance, span.speaker)
            if overlap_by_speaker:
                best = max(overlap_by_speaker.values())
                tied = [s for s, amount in overlap_by_speaker.items() if amount >= best - 1e-3]
                speaker = self._previous if self._previous in tied else tied[0]
            elif nearest is not None and nearest[0] <= NEAREST_SEGMENT_TOLERANCE_S:
                speaker = nearest[1]
            else:
                speaker = None
            assigned.append((speaker, word))
            if speaker is not None:
                self._previous = speaker
        return assigned


def assign_speakers(
    words: Sequence[Word], spans: Sequence[SpeakerSpan]
) -> list[tuple[str | None, Word]]:
    """Give each word the speaker whose segments overlap it most.

    Where two speakers overlap the word equally (double talk), the word stays with the
    speaker of the previous word: Whisper transcribes the continuing voice and drops the
    short interjection, so continuity is the better guess. Words far from any segment
    (ASR hallucinations in silence, say) get ``None``.
    """
    return SpeakerAssigner(spans).assign(words)


def _join(words: Iterable[Word]) -> str:
    return " ".join(word.text for word in words).strip()


def build_turns(
    speaker_words: Iterable[tuple[str, Word]],
    *,
    language: str | None = None,
    max_pause: float = MAX_PAUSE_IN_TURN_S,
) -> list[Turn]:
    """Group (speaker, word) pairs into turns, sorted by start time.

    Words are grouped per speaker, so a short interjection by the other speaker in the
    middle of a long turn does not cut that turn in two: both turns are kept and overlap.
    """
    by_speaker: dict[str, list[Word]] = {}
    for speaker, word in speaker_words:
        by_speaker.setdefault(speaker, []).append(word)
    turns: list[Turn] = []
    for speaker, words in by_speaker.items():
        words.sort(key=lambda word: word.start)
        current: list[Word] = []
        for word in words:
            if current and word.start - current[-1].end > max_pause:
                turns.append(_turn(speaker, current, language))
                current = []
            current.append(word)
        if current:
            turns.append(_turn(speaker, current, language))
    turns.sort(key=lambda turn: (turn.start, turn.end))
    return _split_interleaved(turns, language)


def _turn(speaker: str, words: list[Word], language: str | None) -> Turn:
    return Turn(
        speaker=speaker,
        start=words[0].start,
        end=max(word.end for word in words),
        text=_join(words),
        words=list(words),
        language=language,
    )


def _split_interleaved(turns: list[Turn], language: str | None) -> list[Turn]:
    """Cut a turn where another speaker's turn starts and ends inside it *after a pause*.

    Without this, "A: question … [B answers] … A: next question" would be one A turn
    spanning B's answer whenever A's pause around B's answer is shorter than
    ``max_pause``. A real conversational exchange needs the cut; a backchannel spoken
    over continuous speech (no gap in A's words) keeps A's turn whole.
    """
    result: list[Turn] = []
    for turn in turns:
        others = [t for t in turns if t.speaker != turn.speaker and turn.start < t.start < turn.end]
        pieces = [turn.words]
        for other in others:
            next_pieces = []
            for piece in pieces:
                before = [w for w in piece if w.end <= other.start + 0.05]
                after = [w for w in piece if w.start >= other.end - 0.05]
                if before and after and len(before) + len(after) == len(piece):
                    next_pieces.extend([before, after])
                else:
                    next_pieces.append(piece)
            pieces = next_pieces
        result.extend(_turn(turn.speaker, piece, language) for piece in pieces)
    result.sort(key=lambda turn: (turn.start, turn.end))
    return result
