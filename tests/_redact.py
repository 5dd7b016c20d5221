"""Shared helper of the redaction tests: what the detector finds, as readable pairs."""

from __future__ import annotations

from speechqa.redact import detect


def found(turns: list[str], lang: str, roles: list[str] | None = None) -> list[tuple[str, str]]:
    """(type, the words of each piece joined by " | ") for every entity found in ``turns``;
    every turn is the customer's unless ``roles`` says otherwise."""
    words = [turn.split() for turn in turns]
    roles = roles or ["customer"] * len(turns)
    return [
        (f.type, " | ".join(" ".join(words[t][s:e]) for t, s, e in f.pieces))
        for f in detect(words, roles, lang)
    ]
