"""Number words, month names and check digits for the blind17 redaction set.

Kept apart from the generator so the spoken forms of every number are written once
and the checksum code can be re-checked on its own.
"""

from __future__ import annotations

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
        "-",
        "-",
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
        "-",
        "-",
        "двадцять",
        "тридцять",
        "сорок",
        "п'ятдесят",
        "шістдесят",
        "сімдесят",
        "вісімдесят",
        "дев'яносто",
    ],
    "en": ["-", "-", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"],
    "lt": [
        "-",
        "-",
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
        "-",
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
        "-",
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
    "ru": ["", "тысяча", "две тысячи", "три тысячи", "четыре тысячи"]
    + [f"{w} тысяч" for w in UNITS["ru"][5:]],
    "uk": ["", "тисяча", "дві тисячі", "три тисячі", "чотири тисячі"]
    + [f"{w} тисяч" for w in UNITS["uk"][5:]],
    "en": [""] + [f"{w} thousand" for w in UNITS["en"][1:]],
    "lt": ["", "tūkstantis"] + [f"{w} tūkstančiai" for w in UNITS["lt"][2:]],
}
MONTHS = {
    "ru": [
        "январь",
        "февраль",
        "март",
        "апрель",
        "май",
        "июнь",
        "июль",
        "август",
        "сентябрь",
        "октябрь",
        "ноябрь",
        "декабрь",
    ],
    "uk": [
        "січень",
        "лютий",
        "березень",
        "квітень",
        "травень",
        "червень",
        "липень",
        "серпень",
        "вересень",
        "жовтень",
        "листопад",
        "грудень",
    ],
    "en": [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ],
    "lt": [
        "sausis",
        "vasaris",
        "kovas",
        "balandis",
        "gegužė",
        "birželis",
        "liepa",
        "rugpjūtis",
        "rugsėjis",
        "spalis",
        "lapkritis",
        "gruodis",
    ],
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
    "en": MONTHS["en"],
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
# Card expiry years said as "до конца двадцать седьмого": genitive ordinals 2025..2033.
YEAR_ORD_GEN = {
    "ru": {
        25: "двадцать пятого",
        26: "двадцать шестого",
        27: "двадцать седьмого",
        28: "двадцать восьмого",
        29: "двадцать девятого",
        30: "тридцатого",
        31: "тридцать первого",
        32: "тридцать второго",
        33: "тридцать третьего",
    },
    "uk": {
        25: "двадцять п'ятого",
        26: "двадцять шостого",
        27: "двадцять сьомого",
        28: "двадцять восьмого",
        29: "двадцять дев'ятого",
        30: "тридцятого",
        31: "тридцять першого",
        32: "тридцять другого",
        33: "тридцять третього",
    },
}


def _hundreds(n: int, lang: str) -> list[str]:
    if lang in HUNDREDS:
        return [HUNDREDS[lang][n]]
    if lang == "en":
        return [UNITS["en"][n], "hundred"]
    return ["šimtas"] if n == 1 else [UNITS["lt"][n], "šimtai"]


def number(n: int, lang: str) -> str:
    """Cardinal 0..9999 as words (no "and", no hyphens: the asr style)."""
    assert 0 <= n <= 9999, n
    if n == 0:
        return UNITS[lang][0]
    out: list[str] = []
    if n >= 1000:
        out.append(THOUSANDS[lang][n // 1000])
    if n % 1000 >= 100:
        out += _hundreds(n % 1000 // 100, lang)
    rest = n % 100
    if 10 <= rest < 20:
        out.append(TEENS[lang][rest - 10])
    else:
        if rest >= 20:
            out.append(TENS[lang][rest // 10])
        if rest % 10:
            out.append(UNITS[lang][rest % 10])
    return " ".join(out)


def luhn_ok(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def luhn_complete(body: str) -> str:
    for check in "0123456789":
        if luhn_ok(body + check):
            return body + check
    raise AssertionError(body)


def iban_ok(iban: str) -> bool:
    s = iban.replace(" ", "")
    moved = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in moved)) % 97 == 1


def iban_make(country: str, bban: str) -> str:
    moved = bban + country + "00"
    check = 98 - int("".join(str(int(c, 36)) for c in moved)) % 97
    iban = f"{country}{check:02d}{bban}"
    assert iban_ok(iban)
    return iban


def inn12(body10: str) -> str:
    w11 = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
    w12 = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
    d11 = sum(int(c) * w for c, w in zip(body10, w11, strict=True)) % 11 % 10
    s11 = body10 + str(d11)
    d12 = sum(int(c) * w for c, w in zip(s11, w12, strict=True)) % 11 % 10
    return s11 + str(d12)


def inn12_ok(inn: str) -> bool:
    return len(inn) == 12 and inn12(inn[:10]) == inn


def snils(body9: str) -> str:
    total = sum(int(c) * (9 - i) for i, c in enumerate(body9))
    check = total if total < 100 else (0 if total in (100, 101) else total % 101)
    check = 0 if check == 100 else check
    return f"{body9}{check:02d}"


def rnokpp(body9: str) -> str:
    weights = [-1, 5, 7, 9, 4, 6, 10, 5, 7]
    return body9 + str(sum(int(c) * w for c, w in zip(body9, weights, strict=True)) % 11 % 10)


def asmens_kodas(body10: str) -> str:
    w1 = [1, 2, 3, 4, 5, 6, 7, 8, 9, 1]
    w2 = [3, 4, 5, 6, 7, 8, 9, 1, 2, 3]
    check = sum(int(c) * w for c, w in zip(body10, w1, strict=True)) % 11
    if check == 10:
        check = sum(int(c) * w for c, w in zip(body10, w2, strict=True)) % 11
        check = 0 if check == 10 else check
    return body10 + str(check)
