"""Second look at who said each sentence of a mono call, by voice.

Diarisation decides speakers on 10 s windows, so on a mono call it can glue the agent's
question and the customer's answer into one turn, or hear a whole stretch in the wrong
voice; the roles and every checklist item that asks *who* said something inherit the
error. Once the ASR has cut the speech into words, each sentence-like run of one speaker's
words (``speech_units``) is embedded on its own with the diarizer's speaker model and
compared with the voice of each speaker, the duration-weighted mean of that speaker's other
units. A unit that sounds more like another speaker (cosine margin above ``margin``) is
given to them; everything else stays as diarised.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np

from speechqa.schema import Word

UNIT_PAUSE_S = 0.3
"""A pause at least this long between two words ends a unit (so does .?!…)."""

MAX_UNIT_S = 4.0
"""A longer unit (a run of words with no punctuation and no pause: the ASR's output in some
languages) is cut at its widest gaps between words until no piece is longer: it may well
hold two speakers, and it is judged as a whole."""

MIN_UNIT_S = 0.3
"""Shorter units are neither judged nor used for a speaker's voice: too little speech."""

DEFAULT_MARGIN = 0.0
"""Cosine similarity by which a unit must sound more like another speaker to move: none,
the nearer voice wins (each voice leaves the judged unit out, so it is a fair vote)."""

MAX_EMBED_S = 2.0
"""Only the middle this many seconds of a longer unit is embedded: the cost of the check
grows with the speech embedded, and the middle of a sentence is its cleanest part (farthest
from the errors of word timestamps at its edges). With 2 s the check was as accurate as
with whole units, with 1.5 s a little less (compared on the held-out folds)."""

# MIN_UNIT_S, DEFAULT_MARGIN and MAX_UNIT_S were chosen by leave-one-set-out over the tuning
# sets (three rendered sentiment/anger sets and the dev corpus): 0.3 s (the shortest tried;
# ``diarize.MIN_EMBED_S`` embeds nothing shorter) in every fold, margin 0.0 and 4 s in three
# folds of four (0.05 and 6 s in the fourth), and the same on all four sets pooled.
# Figures: ``benchmarks/results/speaker-attribution.json``.

MIN_UNITS_PER_SPEAKER = 2
"""A speaker with fewer long units has no reliable voice to compare with."""

_SENTENCE_END = (".", "?", "!", "…")

Embed = Callable[[Sequence[tuple[float, float]]], np.ndarray]
"""(start, end) ranges in seconds → one embedding row per range (NaN where none)."""


@dataclass(frozen=True)
class SpeechUnit:
    """A sentence-like run of one speaker's words: ``indices`` into the word list."""

    speaker: str
    indices: tuple[int, ...]
    start: float
    end: float

    @property
    def duration(self) -> float:
        return self.end - self.start

    def middle(self, longest: float | None) -> tuple[float, float]:
        """The unit's time span, or its middle ``longest`` seconds if it is longer."""
        if longest is None or self.duration <= longest:
            return self.start, self.end
        centre = (self.start + self.end) / 2
        return centre - longest / 2, centre + longest / 2


def speech_units(
    pairs: Sequence[tuple[str, Word]],
    pause: float = UNIT_PAUSE_S,
    longest: float | None = MAX_UNIT_S,
) -> list[SpeechUnit]:
    """Cut time-ordered (speaker, word) pairs into units: a new unit starts where the
    speaker changes, after a pause of ``pause`` seconds or more, or after a word that
    ends a sentence; a unit still longer than ``longest`` is cut at its widest gaps.
    Whisper's punctuation and the pauses between words mark where one speaker stops far
    more finely than a diarisation window does."""
    units: list[SpeechUnit] = []
    current: list[int] = []

    def close() -> None:
        if current:
            for piece in _cut_long(current, pairs, longest):
                words = [pairs[i][1] for i in piece]
                units.append(SpeechUnit(pairs[piece[0]][0], tuple(piece), words[0].start,
                                        max(word.end for word in words)))
            current.clear()

    for index, pair in enumerate(pairs):
        if current and _starts_unit(pairs[current[-1]], pair, pause):
            close()
        current.append(index)
    close()
    return units


def _starts_unit(previous: tuple[str, Word], pair: tuple[str, Word], pause: float) -> bool:
    """Whether ``pair`` begins a new unit after ``previous``: another speaker, a pause, or
    a sentence that ended. It looks at the two words only, so a boundary never moves."""
    (last_speaker, last_word), (speaker, word) = previous, pair
    return (speaker != last_speaker or word.start - last_word.end >= pause
            or last_word.text.rstrip("»\"')").endswith(_SENTENCE_END))


def _cut_long(
    indices: list[int], pairs: Sequence[tuple[str, Word]], longest: float | None
) -> list[list[int]]:
    """``indices`` cut at the widest gap between words (the one nearest the middle among
    equals) until every piece lasts at most ``longest`` seconds or is a single word."""
    words = [pairs[i][1] for i in indices]
    duration = max(word.end for word in words) - words[0].start
    if longest is None or len(indices) < 2 or duration <= longest:
        return [list(indices)]
    middle = len(indices) / 2
    cut = max(range(1, len(indices)),
              key=lambda k: (round(words[k].start - words[k - 1].end, 2), -abs(k - middle)))
    return _cut_long(indices[:cut], pairs, longest) + _cut_long(indices[cut:], pairs, longest)


def unit_speakers(
    units: Sequence[SpeechUnit],
    embeddings: np.ndarray,
    *,
    margin: float = DEFAULT_MARGIN,
    min_unit_s: float = MIN_UNIT_S,
) -> list[str]:
    """The speaker each unit should have, given one embedding row per unit.

    A speaker's voice is the duration-weighted mean of the length-normalised embeddings of
    its long units, leaving out the unit being judged (so a unit is never compared with
    itself). Units shorter than ``min_unit_s`` or without an embedding keep their speaker.
    """
    speakers = [unit.speaker for unit in units]
    if not units:
        return speakers
    with np.errstate(invalid="ignore", divide="ignore"):
        unit_vectors = embeddings / np.linalg.norm(embeddings, axis=1, keepdims=True)
    usable = [
        i for i, unit in enumerate(units)
        if unit.duration >= min_unit_s and np.all(np.isfinite(unit_vectors[i]))
    ]
    totals: dict[str, np.ndarray] = {}
    counts: dict[str, int] = {}
    for i in usable:
        weighted = unit_vectors[i] * units[i].duration
        totals[units[i].speaker] = totals.get(units[i].speaker, 0) + weighted
        counts[units[i].speaker] = counts.get(units[i].speaker, 0) + 1
    voiced = [s for s, count in counts.items() if count >= MIN_UNITS_PER_SPEAKER]
    if len(voiced) < 2:
        return speakers
    for i in usable:
        own = units[i].speaker
        if own not in voiced:
            continue
        similarity = {}
        for speaker in voiced:
            voice = totals[speaker]
            if speaker == own:
                voice = voice - unit_vectors[i] * units[i].duration
            similarity[speaker] = float(unit_vectors[i] @ voice) / max(
                float(np.linalg.norm(voice)), 1e-9)
        best = max(similarity, key=similarity.__getitem__)
        if best != own and similarity[best] - similarity[own] > margin:
            speakers[i] = best
    return speakers


def refine_speakers(
    pairs: Sequence[tuple[str, Word]],
    embed: Embed,
    *,
    margin: float = DEFAULT_MARGIN,
    min_unit_s: float = MIN_UNIT_S,
    pause: float = UNIT_PAUSE_S,
    max_unit_s: float | None = MAX_UNIT_S,
    max_embed_s: float | None = MAX_EMBED_S,
) -> list[tuple[str, Word]]:
    """(speaker, word) pairs with each unit's words moved to the speaker it sounds like.

    ``pairs`` are in time order (as ``align.assign_speakers`` gives them); only units of
    at least ``min_unit_s`` are embedded (at most ``max_embed_s`` of each), so the cost is
    one short embedding per sentence.
    """
    long = _judged_units(speech_units(pairs, pause, max_unit_s), min_unit_s)
    if len({unit.speaker for unit in long}) < 2:
        return list(pairs)
    embeddings = np.asarray(embed([unit.middle(max_embed_s) for unit in long]),
                            dtype=np.float64)
    decided = unit_speakers(long, embeddings, margin=margin, min_unit_s=min_unit_s)
    refined = list(pairs)
    for unit, speaker in zip(long, decided, strict=True):
        if speaker != unit.speaker:
            for index in unit.indices:
                refined[index] = (speaker, pairs[index][1])
    return refined


def settled_ranges(
    pairs: Sequence[tuple[str, Word]],
    *,
    min_unit_s: float = MIN_UNIT_S,
    pause: float = UNIT_PAUSE_S,
    max_unit_s: float | None = MAX_UNIT_S,
    max_embed_s: float | None = MAX_EMBED_S,
) -> list[tuple[float, float]]:
    """The ranges ``refine_speakers`` will embed for the units of a prefix of a call's
    (speaker, word) pairs that no later word can change: every unit but the last, which
    the next word may still extend. Embedded early (``VoicePrints.prefetch``), they are
    the very ranges the check asks for once the ASR has finished."""
    units = speech_units(pairs, pause, max_unit_s)[:-1]
    return [unit.middle(max_embed_s) for unit in _judged_units(units, min_unit_s)]


class SettledRanges:
    """``settled_ranges`` of a call's (speaker, word) pairs as they arrive, batch by batch.

    Units never span a boundary that ``_starts_unit`` found, so everything before the last
    such boundary is final: only the pairs after it are cut again when more arrive. The
    work is linear in the call's length, where cutting the whole prefix again at every
    batch (a Whisper segment) grew with its square: seconds of Python holding the GIL
    beside the ASR on an hour-long call. Ranges already returned may be returned again."""

    def __init__(self, *, min_unit_s: float = MIN_UNIT_S, pause: float = UNIT_PAUSE_S,
                 max_unit_s: float | None = MAX_UNIT_S,
                 max_embed_s: float | None = MAX_EMBED_S) -> None:
        self._settings = {"min_unit_s": min_unit_s, "pause": pause, "max_unit_s": max_unit_s,
                          "max_embed_s": max_embed_s}
        self._pause = pause
        self._open: list[tuple[str, Word]] = []  # the pairs from the last boundary on

    def extend(self, pairs: Sequence[tuple[str, Word]]) -> list[tuple[float, float]]:
        """The settled ranges of every pair given so far that lie after the last boundary
        of the previous batch (the earlier ones were returned before)."""
        self._open.extend(pairs)
        ranges = settled_ranges(self._open, **self._settings)
        last = next((i for i in range(len(self._open) - 1, 0, -1)
                     if _starts_unit(self._open[i - 1], self._open[i], self._pause)), 0)
        del self._open[:last]
        return ranges


def _judged_units(units: list[SpeechUnit], min_unit_s: float) -> list[SpeechUnit]:
    return [unit for unit in units if unit.duration >= min_unit_s]


class VoicePrints:
    """Speaker embeddings of ranges of one recording, each computed once.

    On a mono call the diarisation's core is idle once its turns are known, long before the
    ASR ends; ``prefetch`` embeds there, one core's worth, the units already settled, and the
    check after the ASR (``__call__``, every core) embeds only what is left. Each range is
    embedded on its own, so the vectors are the same whichever call computed them.
    """

    def __init__(self, embed: Callable[..., np.ndarray], workers: int = 1) -> None:
        self._embed = embed  # embed(ranges, workers=n) -> one row per range
        self._workers = workers
        self._rows: dict[tuple[float, float], np.ndarray] = {}

    def missing(self, ranges: Sequence[tuple[float, float]]) -> list[tuple[float, float]]:
        return [r for r in dict.fromkeys(ranges) if r not in self._rows]

    def prefetch(self, ranges: Sequence[tuple[float, float]]) -> None:
        """Embed ``ranges`` not embedded yet, on one core."""
        self._store(self.missing(ranges), workers=1)

    def __call__(self, ranges: Sequence[tuple[float, float]]) -> np.ndarray:
        self._store(self.missing(ranges), workers=self._workers)
        return np.stack([self._rows[r] for r in ranges]) if ranges else np.empty((0, 0))

    def _store(self, ranges: list[tuple[float, float]], *, workers: int) -> None:
        if ranges:
            rows = self._embed(ranges, workers=workers)
            self._rows.update(zip(ranges, rows, strict=True))
