"""Dialogue builder and value renderers (written vs ASR) for the blind10 redaction set."""

from __future__ import annotations

import itertools
import random
import re

from blind10_numbers import DIGITS, below_1000, cardinal, group, noun, say_digits

FILLERS = {
    "ru": ["э-э", "ну", "так", "м-м", "сейчас"],
    "uk": ["е-е", "ну", "так", "зараз", "м-м"],
    "en": ["uh", "um", "so", "er", "okay"],
    "lt": ["ė", "nu", "tai", "mm", "palaukit"],
}
PUNCT = re.compile(r"[.,!?;:«»„“”\"()/#№+@£€]|—|–")


def asr_text(text: str) -> str:
    """Lower-case, punctuation-free form of a written phrase (phrases carry no digits)."""
    text = PUNCT.sub(" ", text.lower()).replace(" - ", " ")
    return " ".join(text.split())


class Dialog:
    """Accumulates turns made of plain and labelled parts, then derives word/char spans."""

    def __init__(self, lang: str, style: str, rng: random.Random) -> None:
        self.lang, self.style, self.rng = lang, style, rng
        self.asr = style == "asr"
        self.turns: list[tuple[str, list[tuple[str, int | None]]]] = []
        self.types: list[str] = []
        # Raw value (for checksums) and the digits actually said (for round-trip checks).
        self.values: list[tuple[str | None, str | None]] = []
        self.tags: set[str] = set()

    def ent(self, kind: str, value: str | None = None, spoken: str | None = None) -> int:
        self.types.append(kind)
        self.values.append((value, spoken or value))
        self.tags.add(kind.lower())
        return len(self.types) - 1

    def pick(self, **variants: list[str]) -> str:
        text = self.rng.choice(variants[self.lang])
        return asr_text(text) if self.asr else text

    def say(self, role: str, *parts) -> None:
        items: list[tuple[str, int | None]] = []
        if self.asr and role == "customer" and self.rng.random() < 0.35:
            items.append((self.rng.choice(FILLERS[self.lang]), None))
        for part in parts:
            if isinstance(part, tuple):
                items.append(part)
            elif part:
                items.append((part.replace("..", "."), None))  # "pr." + "." at a sentence end
        self.turns.append((role, items))

    def build(self) -> tuple[list[dict], list[dict]]:
        turns, spans = [], {}
        for index, (role, items) in enumerate(self.turns):
            text = ""
            for part, eid in items:
                glue = "" if (not text or part[0] in ",.?!;:") else " "
                start = len(text) + len(glue)
                text += glue + part
                if eid is not None:
                    spans.setdefault(eid, []).append((index, start, len(text)))
            turns.append({"role": role, "text": text})
        entities = []
        for eid, kind in enumerate(self.types):
            chars = spans.get(eid, [])
            if not chars:
                raise AssertionError(f"entity {kind} never said")
            pieces = [word_span(turns[t]["text"], t, s, e) for t, s, e in chars]
            entities.append(
                {
                    "type": kind,
                    "pieces": pieces,
                    "chars": [list(c) for c in chars],
                    "text": [turns[t]["text"][s:e] for t, s, e in chars],
                }
            )
        return turns, entities


def word_span(text: str, turn: int, start: int, end: int) -> list[int]:
    """Whitespace-word indexes [first, last+1) that the char span [start, end) touches."""
    first = last = None
    for index, match in enumerate(re.finditer(r"\S+", text)):
        if match.end() > start and match.start() < end:
            first = index if first is None else first
            last = index
    assert first is not None and last is not None
    return [turn, first, last + 1]


def digits_out(d: Dialog, digits: str, written: str, habit: str | None = None) -> str:
    return say_digits(digits, d.lang, d.rng, habit) if d.asr else written


def money(d: Dialog, amount: int) -> str:
    forms = {
        "ru": ("рубль", "рубля", "рублей"),
        "uk": ("гривня", "гривні", "гривень"),
        "en": ("pound", "pounds", "pounds"),
        "lt": ("euras", "eurai", "eurų"),
    }[d.lang]
    if d.asr:
        words = cardinal(amount, d.lang)
        if d.lang == "uk":
            words = re.sub(r"\bодин$", "одна", re.sub(r"\bдва$", "дві", words))

        return words + " " + noun(d.lang, amount, forms)
    text = f"{amount:,}".replace(",", " ")
    return {
        "ru": f"{text} {noun(d.lang, amount, forms)}",
        "uk": f"{text} грн",
        "en": f"£{amount:,}",
        "lt": f"{text} €",
    }[d.lang]


def clock(d: Dialog, hour: int, minute: int) -> str:
    if not d.asr:
        return f"{hour}:{minute:02d}"
    if minute == 0:
        tail = {"ru": "ноль ноль", "uk": "нуль нуль", "en": "o'clock", "lt": "nulis nulis"}[d.lang]
        return below_1000(hour, d.lang) + " " + tail
    return (
        below_1000(hour, d.lang)
        + " "
        + (
            "oh " + DIGITS["en"][minute]
            if d.lang == "en" and minute < 10
            else below_1000(minute, d.lang)
        )
    )


def chunks(digits: str, rng: random.Random, parts: int) -> list[str]:
    cuts = sorted(rng.sample(range(2, len(digits) - 1), parts - 1))
    bounds = [0, *cuts, len(digits)]
    return [digits[a:b] for a, b in itertools.pairwise(bounds)]


def written_card(digits: str, rng: random.Random) -> str:
    if len(digits) == 16 and rng.random() < 0.8:
        return group(digits, [4, 4, 4, 4], rng.choice([" ", " ", "-"]))
    if len(digits) == 15 and rng.random() < 0.7:
        return group(digits, [4, 6, 5])
    return digits
