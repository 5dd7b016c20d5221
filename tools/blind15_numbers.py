"""Check digits and spoken numbers for the blind15 redaction set, written from scratch."""

from __future__ import annotations

import random

UNITS = {
    "ru": ["ноль", "один", "два", "три", "четыре", "пять", "шесть", "семь", "восемь", "девять"],
    "uk": ["нуль", "один", "два", "три", "чотири", "п'ять", "шість", "сім", "вісім", "дев'ять"],
    "en": ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"],
    "lt": [
        "nulis",
        "vienas",
        "du",
        "trys",
        "keturi",
        "penki",
        "šeši",
        "septyni",
        "aštuoni",
        "devyni",
    ],
}
TEENS = {
    "ru": [
        "десять",
        "одиннадцать",
        "двенадцать",
        "тринадцать",
        "четырнадцать",
        "пятнадцать",
        "шестнадцать",
        "семнадцать",
        "восемнадцать",
        "девятнадцать",
    ],
    "uk": [
        "десять",
        "одинадцять",
        "дванадцять",
        "тринадцять",
        "чотирнадцять",
        "п'ятнадцять",
        "шістнадцять",
        "сімнадцять",
        "вісімнадцять",
        "дев'ятнадцять",
    ],
    "en": [
        "ten",
        "eleven",
        "twelve",
        "thirteen",
        "fourteen",
        "fifteen",
        "sixteen",
        "seventeen",
        "eighteen",
        "nineteen",
    ],
    "lt": [
        "dešimt",
        "vienuolika",
        "dvylika",
        "trylika",
        "keturiolika",
        "penkiolika",
        "šešiolika",
        "septyniolika",
        "aštuoniolika",
        "devyniolika",
    ],
}
TENS = {
    "ru": "_ _ двадцать тридцать сорок пятьдесят шестьдесят семьдесят восемьдесят девяносто",
    "uk": "_ _ двадцять тридцять сорок п'ятдесят шістдесят сімдесят вісімдесят дев'яносто",
    "en": "_ _ twenty thirty forty fifty sixty seventy eighty ninety",
    "lt": (
        "_ _ dvidešimt trisdešimt keturiasdešimt penkiasdešimt šešiasdešimt "
        "septyniasdešimt aštuoniasdešimt devyniasdešimt"
    ),
}
HUNDREDS = {
    "ru": [
        "_",
        "сто",
        "двести",
        "триста",
        "четыреста",
        "пятьсот",
        "шестьсот",
        "семьсот",
        "восемьсот",
        "девятьсот",
    ],
    "uk": [
        "_",
        "сто",
        "двісті",
        "триста",
        "чотириста",
        "п'ятсот",
        "шістсот",
        "сімсот",
        "вісімсот",
        "дев'ятсот",
    ],
    "en": [""] + [f"{u} hundred" for u in UNITS["en"][1:]],
    "lt": ["", "šimtas"] + [f"{u} šimtai" for u in UNITS["lt"][2:]],
}


def say(number: int, lang: str) -> str:
    """Say 0..999 in words (the range every chunk of a spoken number falls in)."""
    if number < 10:
        return UNITS[lang][number]
    if number < 20:
        return TEENS[lang][number - 10]
    if number < 100:
        tens, unit = divmod(number, 10)
        word = TENS[lang].split()[tens]
        return word if unit == 0 else f"{word} {UNITS[lang][unit]}"
    hundreds, rest = divmod(number, 100)
    head = HUNDREDS[lang][hundreds]
    return head if rest == 0 else f"{head} {say(rest, lang)}"


def say_digits(digits: str, lang: str, rng: random.Random) -> str:
    """Read a digit string the way callers do: a random mix of single digits, pairs, triples."""
    words, i = [], 0
    while i < len(digits):
        size = rng.choice([1, 1, 2, 2, 3])
        chunk = digits[i : i + size]
        if chunk[0] == "0" or len(chunk) < size:
            chunk = digits[i]
        words.append(say(int(chunk), lang))
        i += len(chunk)
    return " ".join(words)


def luhn_complete(body: str) -> str:
    """Append the Luhn check digit."""
    total = 0
    for index, char in enumerate(reversed(body)):
        digit = int(char)
        if index % 2 == 0:
            digit *= 2
            if digit > 9:
                digit -= 9
        total += digit
    return body + str((10 - total % 10) % 10)


def luhn_ok(number: str) -> bool:
    total = 0
    for index, char in enumerate(reversed(number)):
        digit = int(char)
        if index % 2 == 1:
            digit *= 2
            if digit > 9:
                digit -= 9
        total += digit
    return total % 10 == 0


def iban(country: str, bban: str) -> str:
    """Build an IBAN whose mod-97 check holds."""
    moved = bban + country + "00"
    numeric = "".join(str(int(c, 36)) for c in moved)
    return f"{country}{98 - int(numeric) % 97:02d}{bban}"


def iban_ok(value: str) -> bool:
    moved = value[4:] + value[:4]
    return int("".join(str(int(c, 36)) for c in moved)) % 97 == 1


def _weighted(digits: str, weights: list[int]) -> int:
    return sum(int(d) * w for d, w in zip(digits, weights, strict=False))


def inn12(body: str) -> str:
    """Russian personal INN: 10 digits + two check digits."""
    first = _weighted(body, [7, 2, 4, 10, 3, 5, 9, 4, 6, 8]) % 11 % 10
    body += str(first)
    second = _weighted(body, [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]) % 11 % 10
    return body + str(second)


def snils(body: str) -> str:
    """SNILS: 9 digits + 2-digit checksum (weights 9..1, mod 101, 100/101 -> 00)."""
    total = _weighted(body, list(range(9, 0, -1)))
    check = total % 101
    if check == 100:
        check = 0
    return body + f"{check:02d}"


def rnokpp(body: str) -> str:
    """Ukrainian RNOKPP: 9 digits + check digit."""
    check = _weighted(body, [-1, 5, 7, 9, 4, 6, 10, 5, 7]) % 11 % 10
    return body + str(check)


def asmens_kodas(body: str) -> str:
    """Lithuanian personal code: 10 digits + check digit (two weight rounds)."""
    check = _weighted(body, [1, 2, 3, 4, 5, 6, 7, 8, 9, 1]) % 11
    if check == 10:
        check = _weighted(body, [3, 4, 5, 6, 7, 8, 9, 1, 2, 3]) % 11
        if check == 10:
            check = 0
    return body + str(check)
