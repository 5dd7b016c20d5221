"""Number words (ru/uk/en/lt) and checksums for the blind27 redaction set.

Written from scratch for this set so that nothing is shared with the detector under test.
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
THOUSAND = {
    "ru": ("тысяча", "две тысячи"),
    "uk": ("тисяча", "дві тисячі"),
    "en": ("one thousand", "two thousand"),
    "lt": ("tūkstantis", "du tūkstančiai"),
}

DIGIT_WORDS: dict[str, str] = {}
for _lang, _words in UNITS.items():
    for _d, _w in enumerate(_words):
        DIGIT_WORDS[_w] = str(_d)
DIGIT_WORDS["oh"] = "0"


def digit_words(digits: str, lang: str) -> str:
    """Digit by digit; English sometimes says zero as 'oh' like real callers."""
    return " ".join("oh" if lang == "en" and d == "0" else UNITS[lang][int(d)] for d in digits)


def under_100(n: int, lang: str) -> str:
    if n < 10:
        return UNITS[lang][n]
    if n < 20:
        return TEENS[lang][n - 10]
    tens, unit = divmod(n, 10)
    return TENS[lang][tens] + ("" if unit == 0 else " " + UNITS[lang][unit])


def under_1000(n: int, lang: str) -> str:
    if n < 100:
        return under_100(n, lang)
    hundreds, rest = divmod(n, 100)
    if lang in HUNDREDS:
        head = HUNDREDS[lang][hundreds]
    elif lang == "en":
        head = UNITS[lang][hundreds] + " hundred"
    else:
        head = "šimtas" if hundreds == 1 else UNITS[lang][hundreds] + " šimtai"
    if rest == 0:
        return head
    joiner = " and " if lang == "en" else " "
    return head + joiner + under_100(rest, lang)


def year_words(year: int, lang: str) -> str:
    """Years as people say them: 'nineteen seventy five', 'тысяча девятьсот ...'."""
    if lang == "en":
        if year >= 2000:
            return "two thousand" + ("" if year == 2000 else " and " + under_100(year - 2000, lang))
        return under_100(year // 100, lang) + " " + under_100(year % 100, lang)
    thousands, rest = divmod(year, 1000)
    head = THOUSAND[lang][thousands - 1]
    return head + ("" if rest == 0 else " " + under_1000(rest, lang))


def group_words(group: str, lang: str, mode: str) -> str:
    """Say a digit group: 'digits' one by one, 'pairs' as two-digit numbers, 'whole' as a
    number. A group or pair with a leading zero is always read digit by digit."""
    if mode == "whole" and group[0] != "0" and len(group) <= 3:
        return under_1000(int(group), lang)
    if mode in ("pairs", "whole") and len(group) % 2 == 0:
        parts = [group[i : i + 2] for i in range(0, len(group), 2)]
        return " ".join(
            digit_words(p, lang) if p[0] == "0" else under_100(int(p), lang) for p in parts
        )
    return digit_words(group, lang)


def luhn_ok(number: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(number)):
        d = int(ch)
        if i % 2 == 1:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def luhn_complete(prefix: str) -> str:
    for d in "0123456789":
        if luhn_ok(prefix + d):
            return prefix + d
    raise AssertionError(prefix)


def _weighted(digits: str, weights: list[int]) -> int:
    return sum(int(d) * w for d, w in zip(digits, weights, strict=False))


INN10_W = [2, 4, 10, 3, 5, 9, 4, 6, 8]
INN11_W = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
INN12_W = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]


def inn_ok(inn: str) -> bool:
    if len(inn) == 10:
        return _weighted(inn, INN10_W) % 11 % 10 == int(inn[9])
    if len(inn) == 12:
        return _weighted(inn, INN11_W) % 11 % 10 == int(inn[10]) and _weighted(
            inn, INN12_W
        ) % 11 % 10 == int(inn[11])
    return False


def inn_complete(body: str) -> str:
    if len(body) == 9:
        return body + str(_weighted(body, INN10_W) % 11 % 10)
    body += str(_weighted(body, INN11_W) % 11 % 10)
    return body + str(_weighted(body, INN12_W) % 11 % 10)


def snils_check(body: str) -> str:
    total = sum(int(d) * (9 - i) for i, d in enumerate(body))
    if total < 100:
        return f"{total:02d}"
    if total in (100, 101):
        return "00"
    rest = total % 101
    return "00" if rest == 100 else f"{rest:02d}"


def snils_ok(snils: str) -> bool:
    return len(snils) == 11 and int(snils[:9]) > 1001998 and snils_check(snils[:9]) == snils[9:]


RNOKPP_W = [-1, 5, 7, 9, 4, 6, 10, 5, 7]


def rnokpp_ok(code: str) -> bool:
    return len(code) == 10 and _weighted(code, RNOKPP_W) % 11 % 10 == int(code[9])


def rnokpp_complete(body: str) -> str:
    return body + str(_weighted(body, RNOKPP_W) % 11 % 10)


def asmens_check(body: str) -> str:
    first = _weighted(body, [1, 2, 3, 4, 5, 6, 7, 8, 9, 1]) % 11
    if first != 10:
        return str(first)
    second = _weighted(body, [3, 4, 5, 6, 7, 8, 9, 1, 2, 3]) % 11
    return "0" if second == 10 else str(second)


def asmens_ok(code: str) -> bool:
    return len(code) == 11 and asmens_check(code[:10]) == code[10]


def _iban_number(iban: str) -> int:
    moved = iban[4:] + iban[:4]
    return int("".join(str(int(ch, 36)) for ch in moved))


def iban_ok(iban: str) -> bool:
    return len(iban) > 15 and _iban_number(iban) % 97 == 1


def iban_complete(country: str, bban: str) -> str:
    check = 98 - _iban_number(country + "00" + bban) % 97
    return f"{country}{check:02d}{bban}"


def self_test() -> None:
    """The checkers must accept published valid examples before they judge our data."""
    assert luhn_ok("4111111111111111") and not luhn_ok("4111111111111112")
    assert inn_ok("500100732259") and inn_ok("7707083893")
    assert snils_ok("11223344595")
    assert asmens_ok("33309240064")
    assert iban_ok("GB82WEST12345698765432") and iban_ok("LT121000011101001000")
    assert rnokpp_ok(rnokpp_complete("123456789"))
    assert year_words(1975, "ru") == "тысяча девятьсот семьдесят пять"
    assert group_words("4786", "ru", "pairs") == "сорок семь восемьдесят шесть"
