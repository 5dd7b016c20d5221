"""Numbers, dates and check digits for the fourth blind redaction set.

Used by tools/make_redaction_blind4.py.

Written independently of speechqa.redact so that the set cannot inherit its readings: every
spoken form here is how a caller in that language would say it, not what a parser expects.
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
        "",
        "",
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
        "",
        "",
        "двадцять",
        "тридцять",
        "сорок",
        "п'ятдесят",
        "шістдесят",
        "сімдесят",
        "вісімдесят",
        "дев'яносто",
    ],
    "en": ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"],
    "lt": [
        "",
        "",
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
        "",
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
        "",
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
THOUSANDS = {
    "ru": [
        "",
        "тысяча",
        "две тысячи",
        "три тысячи",
        "четыре тысячи",
        "пять тысяч",
        "шесть тысяч",
        "семь тысяч",
        "восемь тысяч",
        "девять тысяч",
    ],
    "uk": [
        "",
        "тисяча",
        "дві тисячі",
        "три тисячі",
        "чотири тисячі",
        "п'ять тисяч",
        "шість тисяч",
        "сім тисяч",
        "вісім тисяч",
        "дев'ять тисяч",
    ],
}
ZERO_ALT = {
    "ru": ["ноль", "ноль", "нолик"],
    "uk": ["нуль", "нуль", "нолик"],
    "en": ["zero", "oh", "oh", "nought"],
    "lt": ["nulis"],
}


def below_hundred(n: int, lang: str) -> str:
    if n < 10:
        return UNITS[lang][n]
    if n < 20:
        return TEENS[lang][n - 10]
    tens, unit = divmod(n, 10)
    head = TENS[lang][tens]
    return head if unit == 0 else f"{head} {UNITS[lang][unit]}"


def number_words(n: int, lang: str, rng: random.Random | None = None) -> str:
    """Cardinal 0..9999 as a caller says it (English sometimes with 'and')."""
    if n < 100:
        return below_hundred(n, lang)
    parts: list[str] = []
    thousands, rest = divmod(n, 1000)
    hundreds, tail = divmod(rest, 100)
    if lang in ("ru", "uk"):
        if thousands:
            parts.append(THOUSANDS[lang][thousands])
        if hundreds:
            parts.append(HUNDREDS[lang][hundreds])
    elif lang == "en":
        if thousands:
            parts.append(f"{UNITS[lang][thousands]} thousand")
        if hundreds:
            parts.append(f"{UNITS[lang][hundreds]} hundred")
        if tail and rng is not None and rng.random() < 0.4:
            parts.append("and")
    else:
        if thousands:
            parts.append(
                "tūkstantis" if thousands == 1 else f"{UNITS[lang][thousands]} tūkstančiai"
            )
        if hundreds:
            parts.append("šimtas" if hundreds == 1 else f"{UNITS[lang][hundreds]} šimtai")
    if tail:
        parts.append(below_hundred(tail, lang))
    return " ".join(parts)


def zero(lang: str, rng: random.Random) -> str:
    return rng.choice(ZERO_ALT[lang])


def single_digits(digits: str, lang: str, rng: random.Random) -> str:
    """Digit by digit; English callers say 'double'/'triple' for runs."""
    words: list[str] = []
    i = 0
    while i < len(digits):
        d = digits[i]
        run = 1
        while i + run < len(digits) and digits[i + run] == d and run < 3:
            run += 1
        word = zero(lang, rng) if d == "0" else UNITS[lang][int(d)]
        if lang == "en" and run >= 2 and rng.random() < 0.7:
            words.append(f"{'double' if run == 2 else 'triple'} {word}")
            i += run
            continue
        words.append(word)
        i += 1
    return " ".join(words)


def group_words(group: str, lang: str, rng: random.Random, mode: str) -> str:
    """One written group read as a caller would: digit by digit, in pairs, as a whole number."""
    if mode == "single" or (group.startswith("0") and len(group) > 1 and mode != "pairs"):
        if group.startswith("0") and mode != "single":
            lead = len(group) - len(group.lstrip("0"))
            rest = group[lead:]
            head = single_digits(group[:lead], lang, rng)
            return head if not rest else f"{head} {group_words(rest, lang, rng, mode)}"
        return single_digits(group, lang, rng)
    if mode == "pairs":
        out = []
        for k in range(0, len(group), 2):
            pair = group[k : k + 2]
            if len(pair) == 1 or pair[0] == "0":
                out.append(single_digits(pair, lang, rng))
            else:
                out.append(below_hundred(int(pair), lang))
        return " ".join(out)
    return number_words(int(group), lang, rng)


def read_groups(groups: list[str], lang: str, rng: random.Random, mode: str | None = None) -> str:
    modes = ["single", "pairs", "whole"]
    out = []
    for group in groups:
        chosen = mode or rng.choice(modes)
        if chosen == "whole" and len(group) > 4:
            chosen = "pairs"
        out.append(group_words(group, lang, rng, chosen))
    return " ".join(out)


def chunk(digits: str, sizes: list[int]) -> list[str]:
    out, i = [], 0
    for size in sizes:
        if i >= len(digits):
            break
        out.append(digits[i : i + size])
        i += size
    if i < len(digits):
        out.append(digits[i:])
    return out


# --- check digits --------------------------------------------------------------------------


def luhn_complete(body: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return body + str((10 - total % 10) % 10)


def luhn_ok(number: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(number)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def iban(country: str, bban: str) -> str:
    moved = bban + country + "00"
    numeric = "".join(str(int(c, 36)) for c in moved)
    return f"{country}{98 - int(numeric) % 97:02d}{bban}"


def iban_ok(value: str) -> bool:
    moved = value[4:] + value[:4]
    return int("".join(str(int(c, 36)) for c in moved)) % 97 == 1


def inn12(rng: random.Random) -> str:
    body = f"{rng.choice([77, 50, 78, 66, 16, 23, 54, 61]):02d}" + "".join(
        str(rng.randrange(10)) for _ in range(8)
    )
    w1 = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
    c1 = sum(int(d) * w for d, w in zip(body, w1, strict=True)) % 11 % 10
    body += str(c1)
    w2 = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
    return body + str(sum(int(d) * w for d, w in zip(body, w2, strict=True)) % 11 % 10)


def inn10(rng: random.Random) -> str:
    body = f"{rng.choice([77, 50, 78, 52]):02d}" + "".join(str(rng.randrange(10)) for _ in range(7))
    w = [2, 4, 10, 3, 5, 9, 4, 6, 8]
    return body + str(sum(int(d) * k for d, k in zip(body, w, strict=True)) % 11 % 10)


def snils(rng: random.Random) -> str:
    body = "".join(str(rng.randrange(10)) for _ in range(9))
    if body < "001001998":
        body = "1" + body[1:]
    total = sum(int(d) * (9 - i) for i, d in enumerate(body))
    if total > 101:
        total %= 101
    check = 0 if total in (100, 101) else total
    return body + f"{check:02d}"


def rnokpp(rng: random.Random, birth_days: int) -> str:
    body = f"{birth_days:05d}" + "".join(str(rng.randrange(10)) for _ in range(4))
    w = [-1, 5, 7, 9, 4, 6, 10, 5, 7]
    return body + str(sum(int(d) * k for d, k in zip(body, w, strict=True)) % 11 % 10)


def asmens_kodas(rng: random.Random, year: int, month: int, day: int, female: bool) -> str:
    century = 3 if year < 2000 else 5
    body = f"{century + int(female)}{year % 100:02d}{month:02d}{day:02d}" + "".join(
        str(rng.randrange(10)) for _ in range(3)
    )
    w1 = [1, 2, 3, 4, 5, 6, 7, 8, 9, 1]
    check = sum(int(d) * w for d, w in zip(body, w1, strict=True)) % 11
    if check == 10:
        w2 = [3, 4, 5, 6, 7, 8, 9, 1, 2, 3]
        check = sum(int(d) * w for d, w in zip(body, w2, strict=True)) % 11
        if check == 10:
            check = 0
    return body + str(check)


# --- ordinals for dates of birth ---------------------------------------------------------------

ORD_GEN = {  # genitive ordinals: «пятнадцатого марта», «вісімдесят сьомого року»
    "ru": [
        "",
        "первого",
        "второго",
        "третьего",
        "четвёртого",
        "пятого",
        "шестого",
        "седьмого",
        "восьмого",
        "девятого",
        "десятого",
        "одиннадцатого",
        "двенадцатого",
        "тринадцатого",
        "четырнадцатого",
        "пятнадцатого",
        "шестнадцатого",
        "семнадцатого",
        "восемнадцатого",
        "девятнадцатого",
        "двадцатого",
    ],
    "uk": [
        "",
        "першого",
        "другого",
        "третього",
        "четвертого",
        "п'ятого",
        "шостого",
        "сьомого",
        "восьмого",
        "дев'ятого",
        "десятого",
        "одинадцятого",
        "дванадцятого",
        "тринадцятого",
        "чотирнадцятого",
        "п'ятнадцятого",
        "шістнадцятого",
        "сімнадцятого",
        "вісімнадцятого",
        "дев'ятнадцятого",
        "двадцятого",
    ],
}
ORD_GEN_TENS = {
    "ru": {
        2: "двадцатого",
        3: "тридцатого",
        4: "сорокового",
        5: "пятидесятого",
        6: "шестидесятого",
        7: "семидесятого",
        8: "восьмидесятого",
        9: "девяностого",
    },
    "uk": {
        2: "двадцятого",
        3: "тридцятого",
        4: "сорокового",
        5: "п'ятдесятого",
        6: "шістдесятого",
        7: "сімдесятого",
        8: "вісімдесятого",
        9: "дев'яностого",
    },
}
EN_ORD = [
    "",
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
    "twentieth",
]
LT_ORD_ACC = [
    "",
    "pirmą",
    "antrą",
    "trečią",
    "ketvirtą",
    "penktą",
    "šeštą",
    "septintą",
    "aštuntą",
    "devintą",
    "dešimtą",
    "vienuoliktą",
    "dvyliktą",
    "tryliktą",
    "keturioliktą",
    "penkioliktą",
    "šešioliktą",
    "septynioliktą",
    "aštuonioliktą",
    "devynioliktą",
    "dvidešimtą",
]
LT_ORD_GENPL = [
    "",
    "pirmų",
    "antrų",
    "trečių",
    "ketvirtų",
    "penktų",
    "šeštų",
    "septintų",
    "aštuntų",
    "devintų",
]
LT_TENS_GENPL = {
    5: "penkiasdešimtų",
    6: "šešiasdešimtų",
    7: "septyniasdešimtų",
    8: "aštuoniasdešimtų",
    9: "devyniasdešimtų",
}
MONTHS_GEN = {
    "ru": [
        "января",
        "февраля",
        "марта",
        "апреля",
        "мая",
        "июня",
        "июля",
        "августа",
        "сентября",
        "октября",
        "ноября",
        "декабря",
    ],
    "uk": [
        "січня",
        "лютого",
        "березня",
        "квітня",
        "травня",
        "червня",
        "липня",
        "серпня",
        "вересня",
        "жовтня",
        "листопада",
        "грудня",
    ],
    "en": [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ],
    "lt": [
        "sausio",
        "vasario",
        "kovo",
        "balandžio",
        "gegužės",
        "birželio",
        "liepos",
        "rugpjūčio",
        "rugsėjo",
        "spalio",
        "lapkričio",
        "gruodžio",
    ],
}


def ordinal_gen(n: int, lang: str) -> str:
    """Genitive ordinal 1..99 in ru/uk (day of month, last part of a year)."""
    if n <= 20:
        return ORD_GEN[lang][n]
    tens, unit = divmod(n, 10)
    if unit == 0:
        return ORD_GEN_TENS[lang][tens]
    return f"{TENS[lang][tens]} {ORD_GEN[lang][unit]}"


def en_ordinal(n: int) -> str:
    if n <= 20:
        return EN_ORD[n]
    tens, unit = divmod(n, 10)
    if unit == 0:
        return "thirtieth"
    return f"{TENS['en'][tens]} {EN_ORD[unit]}"


def lt_day(n: int) -> str:
    if n <= 20:
        return LT_ORD_ACC[n]
    tens, unit = divmod(n, 10)
    if unit == 0:
        return "trisdešimtą"
    return f"{TENS['lt'][tens]} {LT_ORD_ACC[unit]}"


def spoken_year(year: int, lang: str, rng: random.Random) -> str:
    """A birth year as said aloud, often without the century."""
    short = rng.random() < 0.4 and year < 2000
    if lang in ("ru", "uk"):
        head = "" if short else ("тысяча девятьсот" if lang == "ru" else "тисяча дев'ятсот")
        if year >= 2000:
            rest = year - 2000
            if rest == 0:
                return "двухтысячного" if lang == "ru" else "двохтисячного"
            head = "две тысячи" if lang == "ru" else "дві тисячі"
            return f"{head} {ordinal_gen(rest, lang)}"
        tail = ordinal_gen(year % 100, lang)
        return f"{head} {tail}".strip()
    if lang == "en":
        if year >= 2000:
            return (
                f"two thousand and {below_hundred(year - 2000, 'en')}"
                if year > 2000
                else "two thousand"
            )
        tail = (
            below_hundred(year % 100, "en") if year % 100 >= 10 else f"oh {UNITS['en'][year % 10]}"
        )
        return tail if short else f"nineteen {tail}"
    tens, unit = divmod(year % 100, 10)
    if year >= 2000:
        tail = LT_ORD_GENPL[unit] if year % 100 < 10 else "dešimtų"
        return f"du tūkstančiai {tail}"
    tail = LT_TENS_GENPL[tens] if unit == 0 else f"{TENS['lt'][tens]} {LT_ORD_GENPL[unit]}"
    return tail if short else f"tūkstantis devyni šimtai {tail}"
