"""How card numbers, expiry dates and codes are said (asr) or typed (written) in blind21.

Every function returns text together with the digits it stands for, so the generator can
check that a CARD entity's digits are the card's digits without parsing words back.
"""

from __future__ import annotations

import itertools
import random

from blind21_lang import UNITS, chunk_words, digit_word, luhn_complete, number

# Card kinds: (prefixes, length, group layout).
CARD_KINDS = {
    "mir": (["2200", "2201", "2202", "2204"], 16, (4, 4, 4, 4)),
    "visa": (["4"], 16, (4, 4, 4, 4)),
    "mc": (["51", "53", "55", "2221", "2706"], 16, (4, 4, 4, 4)),
    "unionpay": (["62"], 16, (4, 4, 4, 4)),
    "prostir": (["9804"], 16, (4, 4, 4, 4)),
    "amex": (["34", "37"], 15, (4, 6, 5)),
    "visa13": (["4"], 13, (4, 4, 5)),
    "maestro19": (["6759", "5018"], 19, (4, 4, 4, 4, 3)),
}


def make_card(kind: str, rng: random.Random) -> tuple[str, tuple[int, ...]]:
    prefixes, length, layout = CARD_KINDS[kind]
    return luhn_complete(rng.choice(prefixes), length, rng), layout


def split_groups(card: str, layout: tuple[int, ...]) -> list[str]:
    out, start = [], 0
    for size in layout:
        out.append(card[start:start + size])
        start += size
    return out


def zero_word(lang: str, rng: random.Random) -> str | None:
    return rng.choice(["oh", "oh", "zero"]) if lang == "en" else None


# Digit nouns ("пятёрка", "нолик") that some callers use for every digit (ru/uk/lt).
DIGIT_NOUNS = {
    "ru": ["нолик", "единичка", "двойка", "тройка", "четвёрка", "пятёрка", "шестёрка",
           "семёрка", "восьмёрка", "девятка"],
    "uk": ["нулик", "одиничка", "двійка", "трійка", "четвірка", "п'ятірка", "шістка",
           "сімка", "вісімка", "дев'ятка"],
    "lt": ["nulis", "vienetas", "dvejetas", "trejetas", "ketvertas", "penketas", "šešetas",
           "septynetas", "aštuonetas", "devynetas"],
}

# A digit word the recogniser turned into a similar real word (the caller then repeats).
MISHEARD = {
    "ru": {"3": "при", "6": "шерсть", "5": "опять"},
    "uk": {"3": "при", "7": "сім'я", "5": "п'ята"},
    "en": {"4": "for", "2": "to", "8": "ate"},
    "lt": {"3": "tris", "6": "šešis", "7": "septynis"},
}


def say_digits(lang: str, group: str, zero: str | None) -> str:
    return " ".join(digit_word(lang, d, zero) for d in group)


def say_pair(lang: str, pair: str, zero: str | None) -> str:
    if pair[0] == "0":
        return say_digits(lang, pair, zero)
    return number(lang, int(pair))


def say_group(lang: str, group: str, mode: str, zero: str | None) -> str:
    """One card group in a spoken mode: digits, pairs, whole, dd_pair (two digits then a
    pair: "пять пять девятнадцать"), pair_dd, nouns (digit nouns)."""
    if mode == "digits" or (mode == "whole" and group[0] == "0"):
        return say_digits(lang, group, zero)
    if mode == "nouns" and lang in DIGIT_NOUNS:
        return " ".join(DIGIT_NOUNS[lang][int(d)] for d in group)
    if mode == "nouns":
        return say_digits(lang, group, zero)
    if mode == "whole":
        return chunk_words(lang, group, zero)
    if len(group) % 2 == 1 or len(group) < 4:
        head = group[0] if len(group) % 2 == 1 else ""
        rest = group[len(head):]
        words = [say_digits(lang, head, zero)] if head else []
        words += [say_pair(lang, rest[i:i + 2], zero) for i in range(0, len(rest), 2)]
        return " ".join(words)
    if mode == "dd_pair":
        return f"{say_digits(lang, group[:2], zero)} {say_pair(lang, group[2:4], zero)}" + (
            f" {say_group(lang, group[4:], 'pairs', zero)}" if len(group) > 4 else "")
    if mode == "pair_dd":
        return f"{say_pair(lang, group[:2], zero)} {say_digits(lang, group[2:4], zero)}" + (
            f" {say_group(lang, group[4:], 'pairs', zero)}" if len(group) > 4 else "")
    return " ".join(say_pair(lang, group[i:i + 2], zero) for i in range(0, len(group), 2))


def say_threes(lang: str, card: str, zero: str | None) -> list[tuple[str, str]]:
    """The card regrouped by threes, each said as one number ("пятьсот пятьдесят три")."""
    chunks = [card[i:i + 3] for i in range(0, len(card), 3)]
    return [(chunk_words(lang, chunk, zero), chunk) for chunk in chunks]


def type_threes(card: str) -> str:
    return " ".join(card[i:i + 3] for i in range(0, len(card), 3))


def type_uneven(card: str, rng: random.Random) -> list[str]:
    """Typed with uneven gaps, as copied from a phone screen by hand ("4276 381 04957 2214")."""
    while True:
        bounds = [0, *sorted(rng.sample(range(2, len(card) - 1), 3)), len(card)]
        if all(b - a >= 2 for a, b in itertools.pairwise(bounds)):
            return [card[a:b] for a, b in itertools.pairwise(bounds)]


def type_letters(card: str, rng: random.Random) -> str:
    """Chat typing with the letter O for 0 and l for 1 in one or two places."""
    spots = [i for i, d in enumerate(card) if d in "01"]
    chosen = set(rng.sample(spots, min(2, len(spots))))
    chars = [("O" if d == "0" else "l") if i in chosen else d for i, d in enumerate(card)]
    return "".join(chars)


def read_letters(text: str) -> str:
    return text.replace("O", "0").replace("l", "1")


# ---- expiry and code ---------------------------------------------------------------------

def expiry_written(lang: str, month: int, year: int, mode: str) -> str:
    if mode == "dot_full":
        return f"{month:02d}.{year}"
    if mode == "iso":
        return f"{year}-{month:02d}"
    return f"{month:02d}/{year % 100:02d}"


def expiry_spoken(lang: str, month: int, year: int, mode: str, rng: random.Random) -> str:
    """asr expiry: mm as digits or a number, the year as a number (or two digits in en)."""
    zero = zero_word(lang, rng) or UNITS[lang][0]
    mm = f"{zero} {UNITS[lang][month]}" if month < 10 and mode != "bare" else number(lang, month)
    yy = number(lang, year % 100)
    if lang == "en" and mode == "digit_year":
        yy = " ".join(UNITS["en"][int(d)] for d in f"{year % 100:02d}")
    return f"{mm} {yy}"


def cvv_spoken(lang: str, cvv: str, mode: str, zero: str | None) -> str:
    """CVV digit by digit, as pair + digit ("пятнадцать три") or digit + pair."""
    if mode == "pair_digit" and cvv[0] != "0" and len(cvv) == 3:
        return f"{number(lang, int(cvv[:2]))} {digit_word(lang, cvv[2], zero)}"
    if mode == "digit_pair" and cvv[1] != "0" and len(cvv) == 3:
        return f"{digit_word(lang, cvv[0], zero)} {number(lang, int(cvv[1:]))}"
    return say_digits(lang, cvv, zero)


def make_cvv(length: int, rng: random.Random) -> str:
    return "".join(str(rng.randrange(10)) for _ in range(length))
