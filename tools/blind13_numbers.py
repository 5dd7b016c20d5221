"""Number words, check digits and identifier generators for the blind13 redaction set.

Written from scratch for blind13 so the set shares no code with the detector it measures.
"""

from __future__ import annotations

import datetime as dt
import random

# --- number words ---------------------------------------------------------------------

_RU = {
    "u": ["ноль", "один", "два", "три", "четыре", "пять", "шесть", "семь", "восемь", "девять"],
    "t": [
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
    "d": [
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
    "h": [
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
}
_UK = {
    "u": ["нуль", "один", "два", "три", "чотири", "п'ять", "шість", "сім", "вісім", "дев'ять"],
    "t": [
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
    "d": [
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
    "h": [
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
_EN = {
    "u": ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"],
    "t": [
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
    "d": ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"],
}
_LT = {
    "u": [
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
    "t": [
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
    "d": [
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
TABLES = {"ru": _RU, "uk": _UK, "en": _EN, "lt": _LT}


def _below_100(lang: str, n: int) -> list[str]:
    t = TABLES[lang]
    if n < 10:
        return [t["u"][n]]
    if n < 20:
        return [t["t"][n - 10]]
    tens, unit = divmod(n, 10)
    return [t["d"][tens]] + ([t["u"][unit]] if unit else [])


def _hundreds(lang: str, h: int) -> list[str]:
    if lang in ("ru", "uk"):
        return [TABLES[lang]["h"][h]]
    if lang == "en":
        return [_EN["u"][h], "hundred"]
    return ["šimtas"] if h == 1 else [_LT["u"][h], "šimtai"]


def _thousands(lang: str, k: int) -> list[str]:
    if lang == "ru":
        return {
            1: ["тысяча"],
            2: ["две", "тысячи"],
            3: ["три", "тысячи"],
            4: ["четыре", "тысячи"],
        }.get(k, [_RU["u"][k], "тысяч"])
    if lang == "uk":
        return {
            1: ["тисяча"],
            2: ["дві", "тисячі"],
            3: ["три", "тисячі"],
            4: ["чотири", "тисячі"],
        }.get(k, [_UK["u"][k], "тисяч"])
    if lang == "en":
        return [_EN["u"][k], "thousand"]
    return ["tūkstantis"] if k == 1 else [_LT["u"][k], "tūkstančiai"]


def cardinal(lang: str, n: int) -> list[str]:
    """Cardinal words for 0..9999 (the masculine/default form)."""
    if n == 0:
        return [TABLES[lang]["u"][0]]
    words: list[str] = []
    k, rest = divmod(n, 1000)
    if k:
        words += _thousands(lang, k)
    h, rest = divmod(rest, 100)
    if h:
        words += _hundreds(lang, h)
    if rest:
        words += _below_100(lang, rest)
    return words


def group_words(lang: str, group: str, rng: random.Random) -> list[str]:
    """How one chunk of a digit string is read aloud (leading zeros read as zero words)."""
    zero = TABLES[lang]["u"][0]
    if lang == "en":
        zero = rng.choice(["oh", "oh", "zero"])
    if lang == "ru" and rng.random() < 0.15:
        zero = "нуль"
    if len(group) == 1:
        return [zero] if group == "0" else cardinal(lang, int(group))
    if group[0] == "0":
        return [zero, *group_words(lang, group[1:], rng)]
    if lang == "en" and len(group) == 2 and group[0] == group[1] and rng.random() < 0.5:
        return ["double", _EN["u"][int(group[0])]]
    if lang == "en" and len(group) == 4:  # English callers read four digits as two pairs
        return group_words(lang, group[:2], rng) + group_words(lang, group[2:], rng)
    if lang == "en" and len(group) == 3 and rng.random() < 0.6:
        return group_words(lang, group[0], rng) + group_words(lang, group[1:], rng)
    return cardinal(lang, int(group))


def chunk(digits: str, rng: random.Random, habit: str) -> list[str]:
    """Split a digit string the way a caller of the given habit reads it."""
    sizes = {
        "single": [1],
        "pairs": [2, 2, 2, 1],
        "triples": [3, 2, 3],
        "mixed": [1, 2, 2, 3, 4],
        "fours": [4, 4, 2],
    }[habit]
    out, i = [], 0
    while i < len(digits):
        size = min(rng.choice(sizes), len(digits) - i)
        out.append(digits[i : i + size])
        i += size
    return out


HOMOPHONES = {
    "en": {"four": ["for"], "two": ["to", "too"], "eight": ["ate"]},
    "ru": {"один": ["одна"]},
    "uk": {"один": ["одна"]},
    "lt": {},
}


def spoken_words(
    lang: str, groups: list[str], rng: random.Random, noise: float = 0.06
) -> list[str]:
    words: list[str] = []
    for group in groups:
        for word in group_words(lang, group, rng):
            alt = HOMOPHONES[lang].get(word)
            words.append(rng.choice(alt) if alt and rng.random() < noise else word)
    return words


# --- ordinals and months for dates -----------------------------------------------------

_RU_ORD_GEN_U = [
    "первого",
    "второго",
    "третьего",
    "четвёртого",
    "пятого",
    "шестого",
    "седьмого",
    "восьмого",
    "девятого",
]
_RU_ORD_GEN_T = [
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
]
_RU_ORD_GEN_D = [
    "",
    "",
    "двадцатого",
    "тридцатого",
    "сорокового",
    "пятидесятого",
    "шестидесятого",
    "семидесятого",
    "восьмидесятого",
    "девяностого",
]
_UK_ORD_GEN_U = [
    "першого",
    "другого",
    "третього",
    "четвертого",
    "п'ятого",
    "шостого",
    "сьомого",
    "восьмого",
    "дев'ятого",
]
_UK_ORD_GEN_T = [
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
]
_UK_ORD_GEN_D = [
    "",
    "",
    "двадцятого",
    "тридцятого",
    "сорокового",
    "п'ятдесятого",
    "шістдесятого",
    "сімдесятого",
    "вісімдесятого",
    "дев'яностого",
]
_EN_ORD_U = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"]
_EN_ORD_T = [
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
]
_EN_ORD_D = ["", "", "twentieth", "thirtieth"]
_LT_ORD_ACC_U = [
    "pirmą",
    "antrą",
    "trečią",
    "ketvirtą",
    "penktą",
    "šeštą",
    "septintą",
    "aštuntą",
    "devintą",
]
_LT_ORD_ACC_T = [
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
]
_LT_ORD_GPL_U = [
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
_LT_ORD_GPL_T = [
    "dešimtų",
    "vienuoliktų",
    "dvyliktų",
    "tryliktų",
    "keturioliktų",
    "penkioliktų",
    "šešioliktų",
    "septynioliktų",
    "aštuonioliktų",
    "devynioliktų",
]
_LT_ORD_GPL_D = [
    "",
    "",
    "dvidešimtų",
    "trisdešimtų",
    "keturiasdešimtų",
    "penkiasdešimtų",
    "šešiasdešimtų",
    "septyniasdešimtų",
    "aštuoniasdešimtų",
    "devyniasdešimtų",
]

MONTHS = {
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


def _ord(n: int, units: list[str], teens: list[str], tens_ord: list[str], lang: str) -> list[str]:
    if n < 10:
        return [units[n - 1]]
    if n < 20:
        return [teens[n - 10]]
    tens, unit = divmod(n, 10)
    if unit == 0:
        return [tens_ord[tens]]
    return [TABLES[lang]["d"][tens], units[unit - 1]]


def ordinal(lang: str, n: int) -> list[str]:
    """Day ordinal (ru/uk genitive, en plain, lt accusative) for 1..31."""
    if lang == "ru":
        return _ord(n, _RU_ORD_GEN_U, _RU_ORD_GEN_T, _RU_ORD_GEN_D, lang)
    if lang == "uk":
        return _ord(n, _UK_ORD_GEN_U, _UK_ORD_GEN_T, _UK_ORD_GEN_D, lang)
    if lang == "en":
        return _ord(n, _EN_ORD_U, _EN_ORD_T, _EN_ORD_D, lang)
    return _ord(n, _LT_ORD_ACC_U, _LT_ORD_ACC_T, ["", "", "dvidešimtą", "trisdešimtą"], lang)


def year_words(lang: str, year: int) -> list[str]:
    """A year as said in a date: ru/uk genitive ('...пятого года'), en pairs, lt genitive plural."""
    if lang == "en":
        hi, lo = divmod(year, 100)
        if lo == 0:
            return cardinal("en", year)
        tail = ["oh", _EN["u"][lo]] if lo < 10 else _below_100("en", lo)
        return (
            (cardinal("en", 2000) + _below_100("en", lo))
            if hi == 20 and lo < 10
            else _below_100("en", hi) + tail
        )
    head = year - year % 100
    lo = year % 100
    if lang == "ru":
        prefix = cardinal("ru", head)
        body = _ord(lo, _RU_ORD_GEN_U, _RU_ORD_GEN_T, _RU_ORD_GEN_D, "ru") if lo else []
        return (prefix + body if lo else ["двухтысячного"]) + ["года"]
    if lang == "uk":
        prefix = cardinal("uk", head)
        body = _ord(lo, _UK_ORD_GEN_U, _UK_ORD_GEN_T, _UK_ORD_GEN_D, "uk") if lo else []
        return (prefix + body if lo else ["двохтисячного"]) + ["року"]
    prefix = cardinal("lt", head)
    body = _ord(lo, _LT_ORD_GPL_U, _LT_ORD_GPL_T, _LT_ORD_GPL_D, "lt")
    return prefix + body + ["metų"]


# --- check digits -------------------------------------------------------------------------


def luhn_ok(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def luhn_complete(body: str) -> str:
    for last in "0123456789":
        if luhn_ok(body + last):
            return body + last
    raise AssertionError(body)


def iban_ok(iban: str) -> bool:
    s = iban[4:] + iban[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97 == 1


def iban_make(country: str, bban: str) -> str:
    s = bban + country + "00"
    check = 98 - int("".join(str(int(c, 36)) for c in s)) % 97
    return f"{country}{check:02d}{bban}"


def _inn_digit(digits: str, weights: list[int]) -> str:
    return str(sum(int(d) * w for d, w in zip(digits, weights, strict=False)) % 11 % 10)


_INN_W10 = [2, 4, 10, 3, 5, 9, 4, 6, 8]
_INN_W11 = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
_INN_W12 = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]


def inn_ok(inn: str) -> bool:
    if len(inn) == 10:
        return inn[9] == _inn_digit(inn, _INN_W10)
    return (
        len(inn) == 12
        and inn[10] == _inn_digit(inn, _INN_W11)
        and inn[11] == _inn_digit(inn, _INN_W12)
    )


def inn_make(rng: random.Random, length: int = 12) -> str:
    region = rng.choice(["77", "50", "78", "16", "66", "54", "23", "63"])
    if length == 10:
        body = region + "".join(rng.choice("0123456789") for _ in range(7))
        return body + _inn_digit(body, _INN_W10)
    body = region + "".join(rng.choice("0123456789") for _ in range(8))
    body += _inn_digit(body, _INN_W11)
    return body + _inn_digit(body, _INN_W12)


def snils_check(nine: str) -> str:
    total = sum(int(d) * (9 - i) for i, d in enumerate(nine))
    if total > 101:
        total %= 101
    return "00" if total in (100, 101) else f"{total:02d}"


def snils_ok(snils: str) -> bool:
    return len(snils) == 11 and int(snils[:9]) > 1001998 and snils[9:] == snils_check(snils[:9])


def snils_make(rng: random.Random) -> str:
    nine = str(rng.randint(100000000, 999999999))
    return nine + snils_check(nine)


_RNOKPP_W = [-1, 5, 7, 9, 4, 6, 10, 5, 7]


def rnokpp_ok(code: str) -> bool:
    total = sum(int(d) * w for d, w in zip(code[:9], _RNOKPP_W, strict=True))
    return len(code) == 10 and code[9] == str(total % 11 % 10)


def rnokpp_make(rng: random.Random, born: dt.date, female: bool) -> str:
    days = (born - dt.date(1899, 12, 31)).days
    serial = f"{rng.randint(0, 999):03d}"
    sex = rng.choice("02468" if female else "13579")
    body = f"{days:05d}{serial}{sex}"
    total = sum(int(d) * w for d, w in zip(body, _RNOKPP_W, strict=True))
    return body + str(total % 11 % 10)


def lt_code_check(ten: str) -> str:
    w1 = [1, 2, 3, 4, 5, 6, 7, 8, 9, 1]
    w2 = [3, 4, 5, 6, 7, 8, 9, 1, 2, 3]
    s = sum(int(d) * w for d, w in zip(ten, w1, strict=True)) % 11
    if s == 10:
        s = sum(int(d) * w for d, w in zip(ten, w2, strict=True)) % 11
        if s == 10:
            s = 0
    return str(s)


def lt_code_ok(code: str) -> bool:
    return len(code) == 11 and code[10] == lt_code_check(code[:10])


def lt_code_make(rng: random.Random, born: dt.date, female: bool) -> str:
    century = 3 if born.year < 2000 else 5
    ten = f"{century + int(female)}{born:%y%m%d}{rng.randint(0, 999):03d}"
    return ten + lt_code_check(ten)


def ni_make(rng: random.Random) -> str:
    first = rng.choice("ABCEGHJKLMNPRSTWXYZ")
    second = rng.choice("ABCEGHJKLMNPRSTWXYZ")
    while first + second in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
        second = rng.choice("ABCEHJKLMPRSTWXY")
    return first + second + f"{rng.randint(0, 999999):06d}" + rng.choice("ABCD")


def ni_ok(ni: str) -> bool:
    return (
        len(ni) == 9
        and ni[:2].isalpha()
        and ni[2:8].isdigit()
        and ni[8] in "ABCD"
        and not set(ni[:2]) & set("DFIQUV")
        and ni[1] != "O"
    )


def ssn_make(rng: random.Random) -> str:
    area = rng.choice([a for a in range(1, 900) if a != 666])
    return f"{area:03d}{rng.randint(1, 99):02d}{rng.randint(1, 9999):04d}"


def ssn_ok(ssn: str) -> bool:
    return (
        len(ssn) == 9
        and ssn[:3] not in ("000", "666")
        and ssn[0] != "9"
        and ssn[3:5] != "00"
        and ssn[5:] != "0000"
    )


def card_make(rng: random.Random) -> str:
    kind = rng.choices(
        ["visa16", "mc", "mir", "amex", "visa13", "maestro", "unionpay"], [30, 22, 20, 8, 5, 8, 7]
    )[0]
    if kind == "visa16":
        body, length = "4" + str(rng.randint(10000, 99999)), 16
    elif kind == "mc":
        body, length = str(rng.choice([51, 52, 53, 54, 55, 2221, 2720])), 16
    elif kind == "mir":
        body, length = "220" + str(rng.randint(0, 4)), 16
    elif kind == "amex":
        body, length = str(rng.choice([34, 37])), 15
    elif kind == "visa13":
        body, length = "4", 13
    elif kind == "maestro":
        body, length = str(rng.choice([6762, 6759, 5018])), rng.choice([18, 19])
    else:
        body, length = "62" + str(rng.randint(10, 99)), rng.choice([17, 19])
    while len(body) < length - 1:
        body += rng.choice("0123456789")
    return luhn_complete(body)
