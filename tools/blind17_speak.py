"""How the blind17 speakers say digit strings: one function per dictation habit.

Each function takes the digits of one group and returns its words, so the generator
can mix habits group by group and still know which digits every word stands for.
"""

from __future__ import annotations

from blind17_words import UNITS, number

ZERO_WORDS = {"ru": ["ноль"], "uk": ["нуль", "нуль", "ноль"], "en": ["oh", "zero"], "lt": ["nulis"]}


def digit_word(ch: str, lang: str, zero: str) -> str:
    return zero if ch == "0" else UNITS[lang][int(ch)]


def by_digit(ds: str, lang: str, zero: str) -> str:
    return " ".join(digit_word(c, lang, zero) for c in ds)


def whole(ds: str, lang: str, zero: str) -> str:
    """The group as one number; leading zeros said one by one, as people do."""
    lead = len(ds) - len(ds.lstrip("0"))
    head = [zero] * lead
    rest = ds[lead:]
    return " ".join(head + ([number(int(rest), lang)] if rest else []))


def by_pairs(ds: str, lang: str, zero: str) -> str:
    if lang == "en" and len(ds) == 4 and ds.endswith("00") and ds[0] != "0":
        return f"{number(int(ds[:2]), 'en')} hundred"
    return " ".join(whole(ds[i : i + 2], lang, zero) for i in range(0, len(ds), 2))


def by_triples(ds: str, lang: str, zero: str) -> str:
    return " ".join(whole(ds[i : i + 3], lang, zero) for i in range(0, len(ds), 3))


def one_then_triple(ds: str, lang: str, zero: str) -> str:
    """ "4 276": the first digit alone, then the other three as one number."""
    return " ".join([digit_word(ds[0], lang, zero), whole(ds[1:], lang, zero)])


def doubles(ds: str, lang: str, zero: str) -> str:
    """English "double seven", "triple oh"; other digits one by one."""
    out: list[str] = []
    i = 0
    while i < len(ds):
        run = 1
        while i + run < len(ds) and ds[i + run] == ds[i] and run < 3:
            run += 1
        word = digit_word(ds[i], lang, zero)
        out.append({1: word, 2: f"double {word}", 3: f"triple {word}"}[run])
        i += run
    return " ".join(out)


HABITS = {
    "digits": by_digit,
    "whole": whole,
    "pairs": by_pairs,
    "triples": by_triples,
    "one_triple": one_then_triple,
    "doubles": doubles,
}


def speak(ds: str, lang: str, zero: str, habit: str) -> str:
    if habit == "one_triple" and len(ds) != 4:
        habit = "pairs"
    if habit == "doubles" and lang != "en":
        habit = "digits"
    return HABITS[habit](ds, lang, zero)
