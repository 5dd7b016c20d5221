"""Number words for ru/uk/en/lt, written here so the blind set shares no code with the detector."""

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
ZERO_ALT = {"ru": "нуль", "uk": "нуль", "en": "oh", "lt": "nulis"}


def below_100(n: int, lang: str) -> str:
    if n < 10:
        return UNITS[lang][n]
    if n < 20:
        return TEENS[lang][n - 10]
    tens, unit = divmod(n, 10)
    return TENS[lang][tens] + ("" if unit == 0 else " " + UNITS[lang][unit])


def below_1000(n: int, lang: str) -> str:
    hundreds, rest = divmod(n, 100)
    if hundreds == 0:
        return below_100(rest, lang)
    if lang in HUNDREDS:
        head = HUNDREDS[lang][hundreds]
    elif lang == "en":
        head = UNITS[lang][hundreds] + " hundred"
    else:
        head = "šimtas" if hundreds == 1 else UNITS[lang][hundreds] + " šimtai"
    return head if rest == 0 else head + " " + below_100(rest, lang)


def thousands(n: int, lang: str) -> str:
    """1000..9999 as a whole number: «четыре тысячи двести тридцать один»."""
    th, rest = divmod(n, 1000)
    if lang == "ru":
        word = {1: "тысяча", 2: "две тысячи"}.get(th) or (
            UNITS[lang][th] + (" тысячи" if th in (3, 4) else " тысяч")
        )
    elif lang == "uk":
        word = {1: "тисяча", 2: "дві тисячі"}.get(th) or (
            UNITS[lang][th] + (" тисячі" if th in (3, 4) else " тисяч")
        )
    elif lang == "en":
        word = UNITS[lang][th] + " thousand"
    else:
        word = "tūkstantis" if th == 1 else UNITS[lang][th] + " tūkstančiai"
    return word if rest == 0 else word + " " + below_1000(rest, lang)
