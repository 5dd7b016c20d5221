"""Check digits and spoken numbers for the blind14 set, written apart from speechqa."""

from __future__ import annotations

import random

DIGITS = {
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
    "ru": "_ сто двести триста четыреста пятьсот шестьсот семьсот восемьсот девятьсот",
    "uk": "_ сто двісті триста чотириста п'ятсот шістсот сімсот вісімсот дев'ятсот",
}
FILLERS = {
    "ru": ["э-э", "ну", "м-м", "так"],
    "uk": ["е-е", "ну", "м-м", "так"],
    "en": ["uh", "um", "er", "so"],
    "lt": ["ee", "nu", "mm", "tai"],
}


def number_words(lang: str, n: int) -> str:
    """0..999 as words; why: ASR transcripts spell numbers out."""
    if n < 10:
        return DIGITS[lang][n]
    if n < 20:
        return TEENS[lang][n - 10]
    if n < 100:
        tens = TENS[lang].split()[n // 10]
        return tens if n % 10 == 0 else f"{tens} {DIGITS[lang][n % 10]}"
    h, rest = divmod(n, 100)
    if lang in HUNDREDS:
        head = HUNDREDS[lang].split()[h]
    elif lang == "en":
        head = f"{DIGITS['en'][h]} hundred"
    else:
        head = "šimtas" if h == 1 else f"{DIGITS['lt'][h]} šimtai"
    return head if rest == 0 else f"{head} {number_words(lang, rest)}"


def speak_digits(lang: str, digits: str, rng: random.Random, habit: str | None = None) -> str:
    """Spell a digit string the way people read it: singly, in pairs, or in threes."""
    habit = habit or rng.choice(["single", "pairs", "triples", "mixed"])
    words: list[str] = []
    i = 0
    while i < len(digits):
        size = {"single": 1, "pairs": 2, "triples": 3}.get(habit) or rng.choice([1, 2, 2, 3])
        chunk = digits[i : i + size]
        i += size
        if chunk[0] == "0" and len(chunk) > 1:
            words.append(DIGITS[lang][0])
            chunk = chunk[1:]
        words.append(
            number_words(lang, int(chunk))
            if len(chunk) > 1 and chunk[0] != "0"
            else " ".join(DIGITS[lang][int(c)] for c in chunk)
        )
    return " ".join(words)


def luhn_ok(number: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(number)):
        d = int(ch) * (2 if i % 2 else 1)
        total += d - 9 if d > 9 else d
    return total % 10 == 0


def luhn_complete(body: str) -> str:
    for d in "0123456789":
        if luhn_ok(body + d):
            return body + d
    raise AssertionError(body)


def inn_ok(inn: str) -> bool:
    d = [int(c) for c in inn]
    w11 = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
    w12 = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
    c11 = sum(a * b for a, b in zip(w11, d, strict=False)) % 11 % 10
    c12 = sum(a * b for a, b in zip(w12, d, strict=False)) % 11 % 10
    return len(d) == 12 and d[10] == c11 and d[11] == c12


def make_inn(rng: random.Random) -> str:
    body = "77" + "".join(rng.choice("0123456789") for _ in range(8))
    for a in "0123456789":
        for b in "0123456789":
            if inn_ok(body + a + b):
                return body + a + b
    raise AssertionError(body)


def snils_check(body: str) -> str:
    s = sum(int(c) * (9 - i) for i, c in enumerate(body))
    if s < 100:
        return f"{s:02d}"
    if s in (100, 101):
        return "00"
    s %= 101
    return "00" if s == 100 else f"{s:02d}"


def make_snils(rng: random.Random) -> str:
    body = str(rng.randint(100000000, 999999999))
    return body + snils_check(body)


def rnokpp_ok(code: str) -> bool:
    w = [-1, 5, 7, 9, 4, 6, 10, 5, 7]
    return (sum(a * int(b) for a, b in zip(w, code, strict=False)) % 11) % 10 == int(code[9])


def make_rnokpp(rng: random.Random) -> str:
    body = "".join(rng.choice("0123456789") for _ in range(9))
    w = [-1, 5, 7, 9, 4, 6, 10, 5, 7]
    return body + str((sum(a * int(b) for a, b in zip(w, body, strict=False)) % 11) % 10)


def asmens_ok(code: str) -> bool:
    d = [int(c) for c in code]
    s = sum(d[i] * (i % 9 + 1) for i in range(10)) % 11
    if s == 10:
        s = sum(d[i] * ((i + 2) % 9 + 1) for i in range(10)) % 11
        s = 0 if s == 10 else s
    return len(d) == 11 and d[10] == s


def make_asmens(rng: random.Random, year: int, month: int, day: int, female: bool) -> str:
    gen = (5 if year >= 2000 else 3) + (1 if female else 0)
    body = f"{gen}{year % 100:02d}{month:02d}{day:02d}{rng.randint(0, 999):03d}"
    for k in "0123456789":
        if asmens_ok(body + k):
            return body + k
    raise AssertionError(body)


def iban_ok(iban: str) -> bool:
    s = iban[4:] + iban[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97 == 1


def make_iban(rng: random.Random, country: str) -> str:
    bban = {
        "LT": lambda: "7300" + "0" + "".join(rng.choice("0123456789") for _ in range(11)),
        "UA": lambda: "305299" + "0" * 5 + "".join(rng.choice("0123456789") for _ in range(14)),
        "GB": lambda: "NWBK" + "".join(rng.choice("0123456789") for _ in range(14)),
        "DE": lambda: "".join(rng.choice("0123456789") for _ in range(18)),
    }[country]()
    s = bban + country + "00"
    check = 98 - int("".join(str(int(c, 36)) for c in s)) % 97
    return f"{country}{check:02d}{bban}"
