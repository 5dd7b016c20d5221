"""Number words, dates and check digits for the blind9 redaction set (written without the detector).

Kept apart from the dialogue templates so that each can be read on its own: everything a
spoken number needs (cardinals, ordinals, dates) in ru/uk/en/lt, and every checksum the
labelled identifiers must satisfy.
"""

from __future__ import annotations

import datetime as dt
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


def _below_hundred(n: int, lang: str) -> str:
    if n < 10:
        return UNITS[lang][n]
    if n < 20:
        return TEENS[lang][n - 10]
    tens, unit = divmod(n, 10)
    return TENS[lang][tens] + ("" if unit == 0 else " " + UNITS[lang][unit])


def _hundreds(h: int, lang: str) -> str:
    if lang in HUNDREDS:
        return HUNDREDS[lang][h]
    if lang == "en":
        return UNITS["en"][h] + " hundred"
    return "šimtas" if h == 1 else UNITS["lt"][h] + " šimtai"


def _thousands(t: int, lang: str) -> str:
    if lang in THOUSANDS:
        return THOUSANDS[lang][t]
    if lang == "en":
        return UNITS["en"][t] + " thousand"
    return "tūkstantis" if t == 1 else UNITS["lt"][t] + " tūkstančiai"


def words(n: int, lang: str, rng: random.Random | None = None) -> str:
    """Cardinal 0..9999 as a speaker says it (en sometimes with 'and')."""
    assert 0 <= n < 10000, n
    if n < 100:
        return _below_hundred(n, lang)
    parts = []
    if n >= 1000:
        high, n = divmod(n, 1000)
        parts.append(_thousands(high, lang))
    if n >= 100:
        h, n = divmod(n, 100)
        parts.append(_hundreds(h, lang))
    if n:
        if lang == "en" and parts and rng is not None and rng.random() < 0.5:
            parts.append("and")
        parts.append(_below_hundred(n, lang))
    return " ".join(parts)


def zero_word(lang: str, rng: random.Random) -> str:
    if lang == "en" and rng.random() < 0.6:
        return "oh"
    if lang == "ru" and rng.random() < 0.15:
        return "нуль"
    return UNITS[lang][0]


def group_words(group: str, lang: str, rng: random.Random) -> str:
    """A digit group read as one number, its leading zeros said one by one."""
    out = []
    stripped = group.lstrip("0")
    out += [zero_word(lang, rng)] * (len(group) - len(stripped))
    if stripped:
        out.append(words(int(stripped), lang, rng))
    return " ".join(out)


def digits_single(digits: str, lang: str, rng: random.Random) -> str:
    out: list[str] = []
    i = 0
    while i < len(digits):
        d = digits[i]
        if lang == "en" and i + 1 < len(digits) and digits[i + 1] == d and rng.random() < 0.5:
            out.append("double " + (zero_word(lang, rng) if d == "0" else UNITS[lang][int(d)]))
            i += 2
            continue
        out.append(zero_word(lang, rng) if d == "0" else UNITS[lang][int(d)])
        i += 1
    return " ".join(out)


def chunk(digits: str, size: int) -> list[str]:
    return [digits[i : i + size] for i in range(0, len(digits), size)]


def speak_groups(groups: list[str], lang: str, rng: random.Random, habit: str | None = None) -> str:
    """Digits as people read them: one by one, in pairs, in triples or group by group."""
    habit = habit or rng.choice(["single", "pairs", "groups", "mixed", "triples"])
    out = []
    for group in groups:
        mode = habit if habit != "mixed" else rng.choice(["single", "pairs", "groups"])
        if mode == "single" or len(group) == 1:
            out.append(digits_single(group, lang, rng))
        elif mode == "pairs":
            out.append(" ".join(group_words(p, lang, rng) for p in chunk(group, 2)))
        elif mode == "triples":
            out.append(" ".join(group_words(p, lang, rng) for p in chunk(group, 3)))
        else:
            out.append(
                group_words(group, lang, rng)
                if len(group) <= 4
                else " ".join(group_words(p, lang, rng) for p in chunk(group, 3))
            )
    return " ".join(out)


# ---- ordinals and dates -------------------------------------------------------------------

RU_ORD_GEN = [
    "_",
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
]
UK_ORD_GEN = [
    "_",
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
]
LT_ORD_ACC = [
    "_",
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
LT_ORD_GEN_PL = [
    "_",
    "pirmųjų",
    "antrųjų",
    "trečiųjų",
    "ketvirtųjų",
    "penktųjų",
    "šeštųjų",
    "septintųjų",
    "aštuntųjų",
    "devintųjų",
]
EN_ORD = [
    "_",
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
MONTHS_GEN = {
    "ru": [
        "_",
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
        "_",
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
    "lt": [
        "_",
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
    "en": [
        "_",
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
}
TENS_ORD_GEN = {
    "ru": {
        2: "двадцатого",
        3: "тридцатого",
        5: "пятидесятого",
        6: "шестидесятого",
        7: "семидесятого",
        8: "восьмидесятого",
        9: "девяностого",
    },
    "uk": {
        2: "двадцятого",
        3: "тридцятого",
        5: "п'ятдесятого",
        6: "шістдесятого",
        7: "сімдесятого",
        8: "вісімдесятого",
        9: "дев'яностого",
    },
    "lt": {
        5: "penkiasdešimtųjų",
        6: "šešiasdešimtųjų",
        7: "septyniasdešimtųjų",
        8: "aštuoniasdešimtųjų",
        9: "devyniasdešimtųjų",
    },
}


def day_ordinal(day: int, lang: str) -> str:
    table = {"ru": RU_ORD_GEN, "uk": UK_ORD_GEN, "lt": LT_ORD_ACC, "en": EN_ORD}[lang]
    if day <= 20:
        return table[day]
    tens, unit = divmod(day, 10)
    if unit == 0:
        return {"ru": "тридцатого", "uk": "тридцятого", "lt": "trisdešimtą", "en": "thirtieth"}[
            lang
        ]
    return TENS[lang][tens] + " " + table[unit]


def year_ordinal_gen(year: int, lang: str) -> str:
    """'тысяча девятьсот восемьдесят седьмого' - the year as it stands before 'года'/'metų'."""
    if year == 2000:
        return {"ru": "двухтысячного", "uk": "двохтисячного", "lt": "dutūkstantųjų"}[lang]
    if year > 2000:
        head = {"ru": "две тысячи", "uk": "дві тисячі", "lt": "du tūkstančiai"}[lang]
        unit = year - 2000
        table = {"ru": RU_ORD_GEN, "uk": UK_ORD_GEN, "lt": LT_ORD_GEN_PL}[lang]
        return head + " " + table[unit]
    head = {"ru": "тысяча девятьсот", "uk": "тисяча дев'ятсот", "lt": "tūkstantis devyni šimtai"}[
        lang
    ]
    tens, unit = divmod(year - 1900, 10)
    if unit == 0:
        return head + " " + TENS_ORD_GEN[lang][tens]
    table = {"ru": RU_ORD_GEN, "uk": UK_ORD_GEN, "lt": LT_ORD_GEN_PL}[lang]
    return head + " " + TENS[lang][tens] + " " + table[unit]


def en_year(year: int) -> str:
    if year >= 2000:
        return "two thousand" + ("" if year == 2000 else " and " + words(year - 2000, "en"))
    high, low = divmod(year, 100)
    return words(high, "en") + " " + (words(low, "en") if low >= 10 else "oh " + words(low, "en"))


def random_birth(rng: random.Random) -> dt.date:
    return dt.date(1950, 1, 1) + dt.timedelta(days=rng.randrange(0, 365 * 58))


# ---- check digits -------------------------------------------------------------------------


def luhn_ok(number: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(number)):
        d = int(ch)
        if i % 2 == 1:
            d = d * 2 - 9 if d * 2 > 9 else d * 2
        total += d
    return total % 10 == 0


def make_card(rng: random.Random, prefix: str, length: int) -> str:
    body = prefix + "".join(rng.choice("0123456789") for _ in range(length - len(prefix) - 1))
    for check in "0123456789":
        if luhn_ok(body + check):
            return body + check
    raise AssertionError("no Luhn digit")


def iban_ok(iban: str) -> bool:
    moved = iban[4:] + iban[:4]
    return int("".join(str(int(ch, 36)) for ch in moved)) % 97 == 1


def make_iban(rng: random.Random, country: str, bban: str) -> str:
    moved = bban + country + "00"
    check = 98 - int("".join(str(int(ch, 36)) for ch in moved)) % 97
    return f"{country}{check:02d}{bban}"


def inn_ok(inn: str) -> bool:
    d = [int(c) for c in inn]
    w1 = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
    w2 = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
    c1 = sum(a * b for a, b in zip(w1, d[:10], strict=True)) % 11 % 10
    c2 = sum(a * b for a, b in zip(w2, d[:11], strict=True)) % 11 % 10
    return len(d) == 12 and d[10] == c1 and d[11] == c2


def make_inn(rng: random.Random) -> str:
    while True:
        base = f"{rng.choice(['77', '50', '78', '63', '16', '54', '66'])}{rng.randrange(10**8):08d}"
        w1 = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
        c1 = sum(a * int(b) for a, b in zip(w1, base, strict=True)) % 11 % 10
        w2 = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
        c2 = sum(a * int(b) for a, b in zip(w2, base + str(c1), strict=True)) % 11 % 10
        inn = base + str(c1) + str(c2)
        if inn_ok(inn):
            return inn


def snils_check(nine: str) -> int:
    s = sum(int(d) * (9 - i) for i, d in enumerate(nine))
    if s > 101:
        s %= 101
    return 0 if s in (100, 101) else s


def make_snils(rng: random.Random) -> str:
    nine = f"{rng.randrange(1002000, 999999999):09d}"
    return nine + f"{snils_check(nine):02d}"


def rnokpp_check(nine: str) -> int:
    weights = [-1, 5, 7, 9, 4, 6, 10, 5, 7]
    return sum(w * int(d) for w, d in zip(weights, nine, strict=True)) % 11 % 10


def make_rnokpp(rng: random.Random, birth: dt.date) -> str:
    days = (birth - dt.date(1899, 12, 31)).days
    nine = f"{days:05d}{rng.randrange(1000):03d}{rng.randrange(10)}"
    return nine + str(rnokpp_check(nine))


def asmens_check(ten: str) -> int:
    d = [int(c) for c in ten]
    s = sum(x * w for x, w in zip(d, [1, 2, 3, 4, 5, 6, 7, 8, 9, 1], strict=True)) % 11
    if s != 10:
        return s
    s = sum(x * w for x, w in zip(d, [3, 4, 5, 6, 7, 8, 9, 1, 2, 3], strict=True)) % 11
    return 0 if s == 10 else s


def make_asmens(rng: random.Random, birth: dt.date, female: bool) -> str:
    century = 3 if birth.year < 2000 else 5
    ten = f"{century + int(female)}{birth:%y%m%d}{rng.randrange(1000):03d}"
    return ten + str(asmens_check(ten))
