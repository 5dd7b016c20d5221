"""Shared helpers of the redaction tests: what the detector finds, as readable pairs, and
card numbers made and said the ways the tests need."""

from __future__ import annotations

from num2words import num2words

from speechqa.redact import checksums, detect


def found(turns: list[str], lang: str, roles: list[str] | None = None) -> list[tuple[str, str]]:
    """(type, the words of each piece joined by " | ") for every entity found in ``turns``;
    every turn is the customer's unless ``roles`` says otherwise."""
    words = [turn.split() for turn in turns]
    roles = roles or ["customer"] * len(turns)
    return [
        (f.type, " | ".join(" ".join(words[t][s:e]) for t, s, e in f.pieces))
        for f in detect(words, roles, lang)
    ]


def luhn_complete(body: str) -> str:
    """``body`` with the check digit that makes it Luhn-valid."""
    return next(body + d for d in "0123456789" if checksums.luhn(body + d))


def said(digits: str, lang: str, words: dict[str, str] | None = None) -> str:
    """Digit by digit, with some digits said in the colloquial ``words`` given."""
    words = words or {}
    return " ".join(words.get(d) or num2words(int(d), lang=lang) for d in digits)


def thousands(digits: str, lang: str) -> str:
    """A card read as four-digit numbers: "четыре тысячи двести семьдесят шесть ..."."""
    return " ".join(num2words(int(digits[i:i + 4]), lang=lang).replace(",", "")
                    .replace("-", " ") for i in range(0, len(digits), 4))


def masked(turns: list[str], lang: str, roles: list[str], kind: str) -> dict[int, list[str]]:
    """The words of each turn that a finding of ``kind`` covers."""
    words = [turn.split() for turn in turns]
    out: dict[int, list[str]] = {}
    for finding in detect(words, roles, lang):
        if finding.type == kind:
            for turn, start, end in finding.pieces:
                out.setdefault(turn, []).extend(words[turn][start:end])
    return out


def of_type(kind: str, turns: list[str], lang: str, roles: list[str]) -> list[str]:
    """The words of each ``kind`` entity found (see ``found``)."""
    return [text for found_kind, text in found(turns, lang, roles) if found_kind == kind]
