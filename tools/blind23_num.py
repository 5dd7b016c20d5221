"""Number words, spoken digit habits and checksums for the blind23 redaction set.

Written from scratch for this set (no import from speechqa), so the evaluation text does not
inherit the detector's own idea of how numbers are spoken.
"""

from __future__ import annotations

import random

UNITS = {
    "ru": ["ноль", "один", "два", "три", "четыре", "пять", "шесть", "семь", "восемь", "девять"],
    "uk": ["нуль", "один", "два", "три", "чотири", "п'ять", "шість", "сім", "вісім", "дев'ять"],
    "en": ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"],
    "lt": [
        "nulis", "vienas", "du", "trys", "keturi", "penki", "šeši", "septyni", "aštuoni",
        "devyni",
    ],
}
TEENS = {
    "ru": [
        "десять", "одиннадцать", "двенадцать", "тринадцать", "четырнадцать", "пятнадцать",
        "шестнадцать", "семнадцать", "восемнадцать", "девятнадцать",
    ],
    "uk": [
        "десять", "одинадцять", "дванадцять", "тринадцять", "чотирнадцять", "п'ятнадцять",
        "шістнадцять", "сімнадцять", "вісімнадцять", "дев'ятнадцять",
    ],
    "en": [
        "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
        "eighteen", "nineteen",
    ],
    "lt": [
        "dešimt", "vienuolika", "dvylika", "trylika", "keturiolika", "penkiolika", "šešiolika",
        "septyniolika", "aštuoniolika", "devyniolika",
    ],
}
TENS = {
    "ru": [
        "_", "_", "двадцать", "тридцать", "сорок", "пятьдесят", "шестьдесят", "семьдесят",
        "восемьдесят", "девяносто",
    ],
    "uk": [
        "_", "_", "двадцять", "тридцять", "сорок", "п'ятдесят", "шістдесят", "сімдесят",
        "вісімдесят", "дев'яносто",
    ],
    "en": ["_", "_", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"],
    "lt": [
        "_", "_", "dvidešimt", "trisdešimt", "keturiasdešimt", "penkiasdešimt", "šešiasdešimt",
        "septyniasdešimt", "aštuoniasdešimt", "devyniasdešimt",
    ],
}
HUNDREDS = {
    "ru": [
        "_", "сто", "двести", "триста", "четыреста", "пятьсот", "шестьсот", "семьсот",
        "восемьсот", "девятьсот",
    ],
    "uk": [
        "_", "сто", "двісті", "триста", "чотириста", "п'ятсот", "шістсот", "сімсот", "вісімсот",
        "дев'ятсот",
    ],
}


def _below_100(n: int, lang: str) -> list[str]:
    if n < 10:
        return [UNITS[lang][n]]
    if n < 20:
        return [TEENS[lang][n - 10]]
    words = [TENS[lang][n // 10]]
    if n % 10:
        words.append(UNITS[lang][n % 10])
    return words


def _below_1000(n: int, lang: str) -> list[str]:
    hundreds, rest = divmod(n, 100)
    words: list[str] = []
    if hundreds:
        if lang in HUNDREDS:
            words.append(HUNDREDS[lang][hundreds])
        elif lang == "en":
            words += [UNITS["en"][hundreds], "hundred"]
        else:
            words += ["šimtas"] if hundreds == 1 else [UNITS["lt"][hundreds], "šimtai"]
    if rest or not words:
        words += _below_100(rest, lang)
    return words


def _thousand_word(n: int, lang: str) -> list[str]:
    """The thousands part, declined: 'две тысячи', 'п'ять тисяч', 'du tūkstančiai'."""
    if lang == "en":
        return [*_below_1000(n, "en"), "thousand"]
    if lang == "lt":
        if n == 1:
            return ["tūkstantis"]
        last, last2 = n % 10, n % 100
        if last == 0 or 10 <= last2 < 20:
            noun = "tūkstančių"
        else:
            noun = "tūkstantis" if last == 1 else "tūkstančiai"
        return [*_below_1000(n, "lt"), noun]
    one, two = ("одна", "две") if lang == "ru" else ("одна", "дві")
    nouns = ("тысяча", "тысячи", "тысяч") if lang == "ru" else ("тисяча", "тисячі", "тисяч")
    if n == 1:
        return [nouns[0]]
    words = _below_1000(n, lang)
    last, last2 = n % 10, n % 100
    if not 10 <= last2 < 20 and last in (1, 2):
        words[-1] = one if last == 1 else two
    if 10 <= last2 < 20 or last in (0, 5, 6, 7, 8, 9):
        return [*words, nouns[2]]
    return [*words, nouns[0] if last == 1 else nouns[1]]


def cardinal(n: int, lang: str) -> str:
    """Cardinal number 0..999 999 as words (nominative)."""
    assert 0 <= n < 1_000_000, n
    thousands, rest = divmod(n, 1000)
    words: list[str] = []
    if thousands:
        words += _thousand_word(thousands, lang)
    if rest or not words:
        words += _below_1000(rest, lang)
    return " ".join(words)


def digit_words(digits: str, lang: str) -> list[str]:
    return [UNITS[lang][int(d)] for d in digits]


def pair_words(pair: str, lang: str) -> str:
    """Two digits as spoken in a pair; a leading zero is said on its own."""
    if pair[0] == "0":
        zero = "oh" if lang == "en" else UNITS[lang][0]
        return f"{zero} {UNITS[lang][int(pair[1])]}"
    return cardinal(int(pair), lang)


def say_digits(digits: str, lang: str) -> str:
    return " ".join(digit_words(digits, lang))


def say_pairs(digits: str, lang: str) -> str:
    """Pairs; an odd group says its first digit alone ('9 76 06'), because a lone last
    digit after a round ten ('sixty six' for 6-0-6) would be heard as one number."""
    head = UNITS[lang][int(digits[0])] if len(digits) % 2 else ""
    rest = digits[1:] if head else digits
    parts = [pair_words(rest[i:i + 2], lang) for i in range(0, len(rest), 2)]
    return " ".join([head, *parts]) if head else " ".join(parts)


def say_whole(digits: str, lang: str) -> str:
    """A group of up to four digits as one number ('две тысячи двести два'); a leading
    zero makes it digit by digit, and longer groups (Amex 6 and 5) go in pairs."""
    if digits[0] == "0":
        return say_digits(digits, lang)
    if len(digits) > 4:
        return say_pairs(digits, lang)
    return cardinal(int(digits), lang)


# ASR look-alikes: a digit word heard as an ordinary word of the language.
LOOKALIKE = {
    "ru": {"семь": "сем", "восемь": "осень", "шесть": "шерсть", "три": "при", "два": "да"},
    "uk": {"сім": "сем", "вісім": "висім", "шість": "шисть", "два": "дав", "три": "при"},
    "en": {"four": "for", "two": "to", "eight": "ate", "one": "won"},
    "lt": {"du": "tu", "penki": "pinki", "trys": "tris", "septyni": "septini"},
}


def say_lookalike(digits: str, lang: str, rng: random.Random) -> tuple[str, int]:
    """Digit by digit, with one or two digit words turned into look-alike words by ASR."""
    words = digit_words(digits, lang)
    spots = [i for i, w in enumerate(words) if w in LOOKALIKE[lang]]
    chosen = sorted(rng.sample(spots, min(2, len(spots))))
    for i in chosen:
        words[i] = LOOKALIKE[lang][words[i]]
    return " ".join(words), len(chosen)


def say_merged(digits: str, lang: str) -> tuple[str, bool]:
    """Digit by digit, but ASR merges the first fitting pair ('два пять' -> 'двадцать пять')."""
    for i in range(len(digits) - 1):
        a, b = int(digits[i]), int(digits[i + 1])
        if a >= 2 and b >= 1:
            merged = f"{TENS[lang][a]} {UNITS[lang][b]}"
            head = digit_words(digits[:i], lang)
            tail = digit_words(digits[i + 2:], lang)
            return " ".join([*head, merged, *tail]), True
    return say_digits(digits, lang), False


def say_foreign_digits(digits: str, home: str, foreign: str) -> str:
    """Digits said in another language (Russian digits in a Ukrainian call and so on);
    zero stays in the home language, as people tend to keep it."""
    return " ".join(UNITS[home][0] if d == "0" else UNITS[foreign][int(d)] for d in digits)


# --- ordinals (dates) -----------------------------------------------------------------

ORD_GEN = {
    "ru": [
        "_", "первого", "второго", "третьего", "четвёртого", "пятого", "шестого", "седьмого",
        "восьмого", "девятого", "десятого", "одиннадцатого", "двенадцатого", "тринадцатого",
        "четырнадцатого", "пятнадцатого", "шестнадцатого", "семнадцатого", "восемнадцатого",
        "девятнадцатого",
    ],
    "uk": [
        "_", "першого", "другого", "третього", "четвертого", "п'ятого", "шостого", "сьомого",
        "восьмого", "дев'ятого", "десятого", "одинадцятого", "дванадцятого", "тринадцятого",
        "чотирнадцятого", "п'ятнадцятого", "шістнадцятого", "сімнадцятого", "вісімнадцятого",
        "дев'ятнадцятого",
    ],
}
TENS_ORD_GEN = {
    "ru": [
        "_", "_", "двадцатого", "тридцатого", "сорокового", "пятидесятого", "шестидесятого",
        "семидесятого", "восьмидесятого", "девяностого",
    ],
    "uk": [
        "_", "_", "двадцятого", "тридцятого", "сорокового", "п'ятдесятого", "шістдесятого",
        "сімдесятого", "вісімдесятого", "дев'яностого",
    ],
}
EN_ORD = [
    "_", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
    "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
    "seventeenth", "eighteenth", "nineteenth",
]
EN_TENS_ORD = ["_", "_", "twentieth", "thirtieth"]


def ordinal_gen(n: int, lang: str) -> str:
    """ru/uk genitive ordinal 1..99 ('двадцать пятого')."""
    if n < 20:
        return ORD_GEN[lang][n]
    tens, unit = divmod(n, 10)
    if unit == 0:
        return TENS_ORD_GEN[lang][tens]
    return f"{TENS[lang][tens]} {ORD_GEN[lang][unit]}"


def year_gen(year: int, lang: str) -> str:
    """ru/uk year as a genitive ordinal ('тысяча девятьсот восемьдесят седьмого')."""
    head = year - year % 100
    tail = year % 100
    head_words = cardinal(head, lang)
    if tail == 0:
        raise ValueError("round years are not generated")
    return f"{head_words} {ordinal_gen(tail, lang)}"


def en_ordinal(n: int) -> str:
    if n < 20:
        return EN_ORD[n]
    tens, unit = divmod(n, 10)
    return EN_TENS_ORD[tens] if unit == 0 else f"{TENS['en'][tens]} {EN_ORD[unit]}"


def en_year(year: int) -> str:
    hi, lo = divmod(year, 100)
    if lo == 0:
        return f"{cardinal(hi, 'en')} hundred"
    lo_words = f"oh {UNITS['en'][lo]}" if lo < 10 else cardinal(lo, "en")
    return f"{cardinal(hi, 'en')} {lo_words}"


MONTHS = {
    "ru": [
        "_", "январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь",
        "октябрь", "ноябрь", "декабрь",
    ],
    "ru_gen": [
        "_", "января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября",
        "октября", "ноября", "декабря",
    ],
    "uk": [
        "_", "січень", "лютий", "березень", "квітень", "травень", "червень", "липень", "серпень",
        "вересень", "жовтень", "листопад", "грудень",
    ],
    "uk_gen": [
        "_", "січня", "лютого", "березня", "квітня", "травня", "червня", "липня", "серпня",
        "вересня", "жовтня", "листопада", "грудня",
    ],
    "en": [
        "_", "january", "february", "march", "april", "may", "june", "july", "august",
        "september", "october", "november", "december",
    ],
    "lt_gen": [
        "_", "sausio", "vasario", "kovo", "balandžio", "gegužės", "birželio", "liepos",
        "rugpjūčio", "rugsėjo", "spalio", "lapkričio", "gruodžio",
    ],
}
