"""Check-digit identifiers and number spelling for the blind11 redaction set.

Written from the public algorithms (Luhn, ISO 13616 mod-97, FNS INN, PFR SNILS,
DRFO RNOKPP, Lithuanian asmens kodas) so the set never depends on project code.
"""

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
    "ru": [
        "_",
        "_",
        "двадцать",
        "тридцать",
        "сорок",
        "пятьдесят",
        "шестьдесят",
        "семьдесят",
        "восемьдесят",
        "девяносто",
    ],
    "uk": [
        "_",
        "_",
        "двадцять",
        "тридцять",
        "сорок",
        "п'ятдесят",
        "шістдесят",
        "сімдесят",
        "вісімдесят",
        "дев'яносто",
    ],
    "en": ["_", "_", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"],
    "lt": [
        "_",
        "_",
        "dvidešimt",
        "trisdešimt",
        "keturiasdešimt",
        "penkiasdešimt",
        "šešiasdešimt",
        "septyniasdešimt",
        "aštuoniasdešimt",
        "devyniasdešimt",
    ],
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
}


def below_100(n: int, lang: str) -> str:
    if n < 10:
        return UNITS[lang][n]
    if n < 20:
        return TEENS[lang][n - 10]
    tens, unit = divmod(n, 10)
    if lang == "en" and unit:
        return f"{TENS[lang][tens]}-{UNITS[lang][unit]}"
    return TENS[lang][tens] + (f" {UNITS[lang][unit]}" if unit else "")


def below_1000(n: int, lang: str) -> str:
    hundreds, rest = divmod(n, 100)
    if not hundreds:
        return below_100(n, lang)
    if lang in HUNDREDS:
        head = HUNDREDS[lang][hundreds]
    elif lang == "en":
        head = f"{UNITS[lang][hundreds]} hundred"
    else:
        head = "šimtas" if hundreds == 1 else f"{UNITS[lang][hundreds]} šimtai"
    return head + (f" {below_100(rest, lang)}" if rest else "")


def spell_chunk(chunk: str, lang: str) -> str:
    """Spell a digit chunk the way people read it: leading zeros one by one, then the number."""
    words = []
    while len(chunk) > 1 and chunk[0] == "0":
        words.append("oh" if lang == "en" else UNITS[lang][0])
        chunk = chunk[1:]
    words.append(below_1000(int(chunk), lang))
    return " ".join(words)


def spell_digits(digits: str, lang: str, rng: random.Random, habit: str | None = None) -> str:
    """Spell digits in a reading habit: singles, pairs, triples or a mix."""
    habit = habit or rng.choice(["single", "pairs", "triples", "mixed", "single"])
    out, i = [], 0
    while i < len(digits):
        size = {"single": 1, "pairs": 2, "triples": 3}.get(habit) or rng.choice([1, 2, 2, 3])
        out.append(spell_chunk(digits[i : i + size], lang))
        i += size
    return " ".join(out)


def luhn_ok(number: str) -> bool:
    total = 0
    for index, char in enumerate(reversed(number)):
        digit = int(char)
        if index % 2:
            digit = digit * 2 - 9 if digit > 4 else digit * 2
        total += digit
    return total % 10 == 0


def make_card(rng: random.Random, length: int = 16) -> str:
    prefix = rng.choice(["4", "51", "53", "2200", "2202", "4169", "5375", "37", "6011"])
    if prefix == "37":
        length = 15
    body = prefix + "".join(rng.choice("0123456789") for _ in range(length - len(prefix) - 1))
    return next(body + d for d in "0123456789" if luhn_ok(body + d))


def iban_ok(iban: str) -> bool:
    moved = iban[4:] + iban[:4]
    return int("".join(str(int(c, 36)) for c in moved)) % 97 == 1


def make_iban(rng: random.Random, country: str) -> str:
    lengths = {"LT": 16, "UA": 25, "GB": 14, "DE": 18}
    if country == "GB":
        bban = rng.choice(["NWBK", "BARC", "MIDL"]) + "".join(
            rng.choice("0123456789") for _ in range(14)
        )
    else:
        bban = "".join(rng.choice("0123456789") for _ in range(lengths[country]))
    numeric = "".join(str(int(c, 36)) for c in bban + country + "00")
    check = 98 - int(numeric) % 97
    return f"{country}{check:02d}{bban}"


def inn_ok(inn: str) -> bool:
    d = [int(c) for c in inn]
    w1 = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
    w2 = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
    return (
        len(d) == 12
        and sum(a * b for a, b in zip(w1, d, strict=False)) % 11 % 10 == d[10]
        and sum(a * b for a, b in zip(w2, d, strict=False)) % 11 % 10 == d[11]
    )


def make_inn(rng: random.Random) -> str:
    while True:
        base = "".join(rng.choice("0123456789") for _ in range(10))
        d = [int(c) for c in base]
        d.append(
            sum(a * b for a, b in zip([7, 2, 4, 10, 3, 5, 9, 4, 6, 8], d, strict=False)) % 11 % 10
        )
        d.append(
            sum(a * b for a, b in zip([3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8], d, strict=False))
            % 11
            % 10
        )
        inn = "".join(map(str, d))
        if inn_ok(inn):
            return inn


def snils_check(nine: str) -> int:
    total = sum(int(c) * (9 - i) for i, c in enumerate(nine))
    if total < 100:
        return total
    if total in (100, 101):
        return 0
    total %= 101
    return 0 if total == 100 else total


def make_snils(rng: random.Random) -> str:
    nine = str(rng.randint(100_000_000, 999_999_999))
    return nine + f"{snils_check(nine):02d}"


def rnokpp_check(nine: str) -> int:
    weights = [-1, 5, 7, 9, 4, 6, 10, 5, 7]
    return sum(int(c) * w for c, w in zip(nine, weights, strict=False)) % 11 % 10


def make_rnokpp(rng: random.Random) -> str:
    nine = str(rng.randint(200_000_000, 399_999_999))
    return nine + str(rnokpp_check(nine))


def ak_check(ten: str) -> int:
    d = [int(c) for c in ten]
    s = sum(a * b for a, b in zip([1, 2, 3, 4, 5, 6, 7, 8, 9, 1], d, strict=False)) % 11
    if s != 10:
        return s
    s = sum(a * b for a, b in zip([3, 4, 5, 6, 7, 8, 9, 1, 2, 3], d, strict=False)) % 11
    return 0 if s == 10 else s


def make_asmens_kodas(rng: random.Random) -> str:
    ten = (
        rng.choice("3456") + f"{rng.randint(50, 99):02d}{rng.randint(1, 12):02d}"
        f"{rng.randint(1, 28):02d}{rng.randint(0, 999):03d}"
    )
    return ten + str(ak_check(ten))
