"""Number words and check-digit helpers for the blind18 redaction set (own code, no speechqa)."""

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


def _below_100(n: int, lang: str) -> list[str]:
    if n < 10:
        return [UNITS[lang][n]]
    if n < 20:
        return [TEENS[lang][n - 10]]
    return [TENS[lang][n // 10]] + ([UNITS[lang][n % 10]] if n % 10 else [])


def _below_1000(n: int, lang: str) -> list[str]:
    if n < 100:
        return _below_100(n, lang)
    head, rest = divmod(n, 100)
    if lang in HUNDREDS:
        words = [HUNDREDS[lang][head]]
    elif lang == "en":
        words = [UNITS[lang][head], "hundred"]
    else:
        words = ["šimtas"] if head == 1 else [UNITS[lang][head], "šimtai"]
    if rest:
        words += (["and"] if lang == "en" and rest < 10 else []) + _below_100(rest, lang)
    return words


def _thousands(k: int, lang: str) -> list[str]:
    if lang == "en":
        return [*_below_1000(k, lang), "thousand"]
    if lang == "lt":
        if k == 1:
            return ["tūkstantis"]
        return [*_below_1000(k, lang), "tūkstančiai" if k < 10 else "tūkstančių"]
    last, last2 = k % 10, k % 100
    few = {"ru": ["одна", "две"], "uk": ["одна", "дві"]}[lang]
    words = _below_1000(k, lang)
    if last in (1, 2) and not 10 < last2 < 20:
        words[-1] = few[last - 1]
    if lang == "ru":
        noun = (
            "тысяча"
            if last == 1 and last2 != 11
            else ("тысячи" if last in (2, 3, 4) and not 10 < last2 < 20 else "тысяч")
        )
    else:
        noun = (
            "тисяча"
            if last == 1 and last2 != 11
            else ("тисячі" if last in (2, 3, 4) and not 10 < last2 < 20 else "тисяч")
        )
    if k == 1:
        return [noun]
    return [*words, noun]


def number_words(n: int, lang: str) -> str:
    """Cardinal as words, up to 999 999 (enough for amounts, years and card groups)."""
    if n < 1000:
        return " ".join(_below_1000(n, lang))
    k, rest = divmod(n, 1000)
    words = _thousands(k, lang)
    if rest:
        words += _below_1000(rest, lang)
    return " ".join(words)


def luhn_ok(number: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(number)):
        d = int(ch)
        if i % 2:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def luhn_complete(body: str) -> str:
    for d in "0123456789":
        if luhn_ok(body + d):
            return body + d
    raise AssertionError(body)


def iban_ok(iban: str) -> bool:
    s = iban[4:] + iban[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97 == 1


def iban_make(country: str, bban: str) -> str:
    digits = "".join(str(int(c, 36)) for c in bban + country + "00")
    return f"{country}{98 - int(digits) % 97:02d}{bban}"


def inn12(body10: str) -> str:
    w1 = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
    d11 = sum(int(a) * b for a, b in zip(body10, w1, strict=False)) % 11 % 10
    s = body10 + str(d11)
    w2 = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
    return s + str(sum(int(a) * b for a, b in zip(s, w2, strict=False)) % 11 % 10)


def inn_ok(inn: str) -> bool:
    return len(inn) == 12 and inn12(inn[:10]) == inn


def rnokpp(body9: str) -> str:
    w = [-1, 5, 7, 9, 4, 6, 10, 5, 7]
    return body9 + str(sum(int(a) * b for a, b in zip(body9, w, strict=False)) % 11 % 10)


def rnokpp_ok(code: str) -> bool:
    return len(code) == 10 and rnokpp(code[:9]) == code


def asmens_kodas(body10: str) -> str:
    w1 = [1, 2, 3, 4, 5, 6, 7, 8, 9, 1]
    s = sum(int(a) * b for a, b in zip(body10, w1, strict=False)) % 11
    if s == 10:
        w2 = [3, 4, 5, 6, 7, 8, 9, 1, 2, 3]
        s = sum(int(a) * b for a, b in zip(body10, w2, strict=False)) % 11
        s = 0 if s == 10 else s
    return body10 + str(s)


def asmens_kodas_ok(code: str) -> bool:
    return len(code) == 11 and asmens_kodas(code[:10]) == code
