"""Masking a transcript: typed placeholders in words and turn text, spans kept without values.

Each masked stretch of words becomes one placeholder word (``[CARD]``) spanning the masked
words' time range, so every later stage (checklist evidence, exports, subtitles, the audio
redaction) works from the redacted transcript and still knows *when* something was said.
"""

from __future__ import annotations

from collections.abc import Sequence

from speechqa.redact.detect import ENTITY_TYPES, detect
from speechqa.schema import Redaction, RedactionSpan, Transcript, Turn, Word

MODES = ("none", "text", "text+audio")
_EDGE = "\"'«»“”„([{"
_TAIL = "\"'«»“”)]}.,!?;:…"


def parse_types(value: str | Sequence[str] | None) -> tuple[str, ...]:
    """Entity types from "CARD,PHONE" (or "all"); unknown names raise ValueError."""
    if value is None:
        return ENTITY_TYPES
    names = value.split(",") if isinstance(value, str) else list(value)
    names = [name.strip().upper() for name in names if name.strip()]
    if not names or names == ["ALL"]:
        return ENTITY_TYPES
    unknown = [name for name in names if name not in ENTITY_TYPES]
    if unknown:
        raise ValueError(f"unknown entity type {', '.join(unknown)}; "
                         f"known: {', '.join(ENTITY_TYPES)}")
    return tuple(name for name in ENTITY_TYPES if name in names)


def _turn_tokens(turn: Turn) -> list[str]:
    return [word.text for word in turn.words] if turn.words else turn.text.split()


def _placeholder(kind: str, first: str, last: str) -> str:
    lead = first[: len(first) - len(first.lstrip(_EDGE))]
    trail = last[len(last.rstrip(_TAIL)):]
    return f"{lead}[{kind}]{trail}"


def redact_transcript(
    transcript: Transcript,
    types: Sequence[str] = ENTITY_TYPES,
    mode: str = "text",
) -> Transcript:
    """A copy of ``transcript`` with every entity of ``types`` masked, spans recorded."""
    if mode not in ("text", "text+audio"):
        raise ValueError(f"redaction mode must be text or text+audio, not {mode!r}")
    turn_words = [_turn_tokens(turn) for turn in transcript.turns]
    roles = [turn.role for turn in transcript.turns]
    findings = detect(turn_words, roles, transcript.language, types)
    by_turn: dict[int, list[tuple[int, int, str]]] = {}
    for finding in findings:
        for turn, start, end in finding.pieces:
            by_turn.setdefault(turn, []).append((start, end, finding.type))
    turns: list[Turn] = []
    spans: list[RedactionSpan] = []
    for index, turn in enumerate(transcript.turns):
        ranges = sorted(by_turn.get(index, []))
        if not ranges:
            turns.append(turn.model_copy(deep=True))
            continue
        new_turn, turn_spans = _mask_turn(turn, index, turn_words[index], ranges)
        turns.append(new_turn)
        spans += turn_spans
    return transcript.model_copy(update={
        "turns": turns,
        "redaction": Redaction(mode=mode, types=list(types), spans=spans),
    })


def _mask_turn(
    turn: Turn, index: int, tokens: list[str], ranges: list[tuple[int, int, str]]
) -> tuple[Turn, list[RedactionSpan]]:
    words: list[Word] = []
    texts: list[str] = []
    spans: list[RedactionSpan] = []
    cursor = 0
    for start, end, kind in ranges:
        for position in range(cursor, start):
            texts.append(tokens[position])
            if turn.words:
                words.append(turn.words[position].model_copy())
        text = _placeholder(kind, tokens[start], tokens[end - 1])
        if turn.words:
            begin, finish = turn.words[start].start, turn.words[end - 1].end
            words.append(Word(text=text, start=begin, end=finish))
        else:
            begin, finish = turn.start, turn.end
        spans.append(RedactionSpan(type=kind, turn=index, start=round(begin, 3),
                                   end=round(finish, 3), word=len(texts)))
        texts.append(text)
        cursor = end
    for position in range(cursor, len(tokens)):
        texts.append(tokens[position])
        if turn.words:
            words.append(turn.words[position].model_copy())
    update = {"text": " ".join(texts), "words": words if turn.words else []}
    return turn.model_copy(update=update, deep=True), spans

