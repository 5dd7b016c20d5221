"""Write the blind labelled redaction set 8 (issue 12): benchmarks/data/redaction_blind8.jsonl.

    python tools/make_redaction_blind8.py [--out PATH] [--seed 8]

Written by a helper that never saw the detector, its tests or earlier sets, so the figures it
yields are an honest outside view. Everything is seeded and deterministic; every check digit
(Luhn, IBAN mod-97, INN, SNILS, RNOKPP, asmens kodas) is computed here, and a validator checks
every span against the whitespace words the scorer uses before anything is written.
"""

from __future__ import annotations

import argparse
import json
import random
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "benchmarks" / "data" / "redaction_blind8.jsonl"
TYPES = (
    "CARD",
    "CVV",
    "EXPIRY",
    "PHONE",
    "EMAIL",
    "PASSPORT",
    "NATIONAL_ID",
    "DOB",
    "ACCOUNT",
    "ADDRESS",
    "PERSON",
)
COUNTS = {"ru": 200, "uk": 100, "en": 100, "lt": 100}
DECOY_SHARE = 0.44

# ---------------------------------------------------------------- check digits


def luhn_digit(payload: str) -> str:
    """The digit that makes payload + digit pass Luhn."""
    total = 0
    for index, char in enumerate(reversed(payload)):
        value = int(char) * (2 if index % 2 == 0 else 1)
        total += value - 9 if value > 9 else value
    return str((10 - total % 10) % 10)


def luhn_ok(number: str) -> bool:
    return luhn_digit(number[:-1]) == number[-1]


def iban_numeric(text: str) -> int:
    return int("".join(str(int(ch, 36)) for ch in text))


def make_iban(country: str, bban: str) -> str:
    check = 98 - iban_numeric(bban + country + "00") % 97
    return f"{country}{check:02d}{bban}"


def iban_ok(iban: str) -> bool:
    return iban_numeric(iban[4:] + iban[:4]) % 97 == 1


def inn_digits(first10: str) -> str:
    """Russian 12-digit personal INN from its first ten digits."""
    w11 = (7, 2, 4, 10, 3, 5, 9, 4, 6, 8)
    d11 = sum(int(a) * b for a, b in zip(first10, w11, strict=True)) % 11 % 10
    w12 = (3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8)
    d12 = sum(int(a) * b for a, b in zip(first10 + str(d11), w12, strict=True)) % 11 % 10
    return first10 + str(d11) + str(d12)


def snils_check(first9: str) -> str:
    total = sum(int(d) * (9 - i) for i, d in enumerate(first9))
    if total > 101:
        total %= 101
    return "00" if total in (100, 101) else f"{total:02d}"


def rnokpp_check(first9: str) -> str:
    weights = (-1, 5, 7, 9, 4, 6, 10, 5, 7)
    return str(sum(int(a) * b for a, b in zip(first9, weights, strict=True)) % 11 % 10)


def asmens_check(first10: str) -> str:
    for weights in ((1, 2, 3, 4, 5, 6, 7, 8, 9, 1), (3, 4, 5, 6, 7, 8, 9, 1, 2, 3)):
        rest = sum(int(a) * b for a, b in zip(first10, weights, strict=True)) % 11
        if rest != 10:
            return str(rest)
    return "0"


# ---------------------------------------------------------------- number words

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
FEMININE = {
    "ru": {"один": "одна", "два": "две"},
    "uk": {"один": "одна", "два": "дві"},
    "lt": {
        "vienas": "viena",
        "du": "dvi",
        "keturi": "keturios",
        "penki": "penkios",
        "šeši": "šešios",
        "septyni": "septynios",
        "aštuoni": "aštuonios",
        "devyni": "devynios",
    },
}


def plural(lang: str, n: int, forms: tuple[str, str, str]) -> str:
    """Noun form after the numeral n: one / few / many (ru, uk, lt rules)."""
    if lang == "en":
        return forms[0] if n == 1 else forms[1]
    if lang == "lt":
        if n % 10 == 0 or 11 <= n % 100 <= 19:
            return forms[2]
        return forms[0] if n % 10 == 1 else forms[1]
    if n % 10 == 1 and n % 100 != 11:
        return forms[0]
    if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
        return forms[1]
    return forms[2]


def below_100(lang: str, n: int) -> list[str]:
    if n < 10:
        return [UNITS[lang][n]]
    if n < 20:
        return [TEENS[lang][n - 10]]
    words = [TENS[lang][n // 10]]
    if n % 10:
        words.append(UNITS[lang][n % 10])
    if lang == "en" and n % 10:
        return [f"{words[0]} {words[1]}"]
    return words


def below_1000(lang: str, n: int) -> list[str]:
    if n < 100:
        return below_100(lang, n)
    if lang == "en":
        words = [UNITS["en"][n // 100], "hundred"]
        if n % 100:
            words += below_100(lang, n % 100)
        return words
    if lang == "lt":
        head = (
            ["šimtas"]
            if n // 100 == 1
            else [UNITS["lt"][n // 100], plural("lt", n // 100, ("šimtas", "šimtai", "šimtų"))]
        )
    else:
        head = [HUNDREDS[lang][n // 100]]
    return head + (below_100(lang, n % 100) if n % 100 else [])


def cardinal(lang: str, n: int, fem: bool = False) -> str:
    """Spoken cardinal for 0..999 999 999 in lang, as an ASR system would write it."""
    if n >= 1_000_000:
        millions, rest = divmod(n, 1_000_000)
        noun = {
            "ru": ("миллион", "миллиона", "миллионов"),
            "uk": ("мільйон", "мільйони", "мільйонів"),
            "en": ("million", "million", ""),
            "lt": ("milijonas", "milijonai", "milijonų"),
        }[lang]
        words = [cardinal(lang, millions), plural(lang, millions, noun)]
        if rest:
            words.append(cardinal(lang, rest, fem))
        return " ".join(words)
    if n >= 1000:
        thousands, rest = divmod(n, 1000)
        if lang == "en":
            words = [cardinal("en", thousands), "thousand"]
        else:
            noun = {
                "ru": ("тысяча", "тысячи", "тысяч"),
                "uk": ("тисяча", "тисячі", "тисяч"),
                "lt": ("tūkstantis", "tūkstančiai", "tūkstančių"),
            }[lang]
            count = [] if thousands == 1 else [cardinal(lang, thousands, fem=lang != "lt")]
            words = [*count, plural(lang, thousands, noun)]
        if rest:
            words.append(cardinal(lang, rest, fem))
        return " ".join(words)
    words = below_1000(lang, n)
    if fem and lang in FEMININE and words:
        last = words[-1].split(" ")
        last[-1] = FEMININE[lang].get(last[-1], last[-1])
        words[-1] = " ".join(last)
    return " ".join(words)


ORD_GEN = {  # genitive (ru, uk) / genitive plural definite (lt) ordinals, for dates and years
    "ru": [
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
    ],
    "uk": [
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
    ],
    "lt": [
        "pirmųjų",
        "antrųjų",
        "trečiųjų",
        "ketvirtųjų",
        "penktųjų",
        "šeštųjų",
        "septintųjų",
        "aštuntųjų",
        "devintųjų",
        "dešimtųjų",
        "vienuoliktųjų",
        "dvyliktųjų",
        "tryliktųjų",
        "keturioliktųjų",
        "penkioliktųjų",
        "šešioliktųjų",
        "septynioliktųjų",
        "aštuonioliktųjų",
        "devynioliktųjų",
    ],
}
ORD_GEN_TENS = {
    "ru": [
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
    ],
    "uk": [
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
    ],
    "lt": [
        "",
        "",
        "dvidešimtųjų",
        "trisdešimtųjų",
        "keturiasdešimtųjų",
        "penkiasdešimtųjų",
        "šešiasdešimtųjų",
        "septyniasdešimtųjų",
        "aštuoniasdešimtųjų",
        "devyniasdešimtųjų",
    ],
}
LT_DAY = [
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
]
LT_DAY_TENS = ["", "", "dvidešimtą", "trisdešimtą"]
EN_ORD = [
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
]
EN_ORD_TENS = ["", "", "twentieth", "thirtieth"]


def ordinal(lang: str, n: int) -> str:
    """Day/year-ending ordinal 1..99 in the case a date needs (ru/uk gen, lt, en)."""
    if lang == "en":
        units, tens, tens_ord = EN_ORD, TENS["en"], EN_ORD_TENS
    elif lang == "lt-day":
        units, tens, tens_ord, lang = LT_DAY, TENS["lt"], LT_DAY_TENS, "lt"
    else:
        units, tens, tens_ord = ORD_GEN[lang], TENS[lang], ORD_GEN_TENS[lang]
    if n < 20:
        return units[n - 1]
    if n % 10 == 0:
        return tens_ord[n // 10]
    return f"{tens[n // 10]} {units[n % 10 - 1]}"


def spoken_year(lang: str, year: int) -> str:
    """Year as said in a date: ru/uk/lt ordinal genitive, en 'nineteen eighty seven'."""
    if lang == "en":
        if year < 2000:
            return f"{cardinal('en', year // 100)} {cardinal('en', year % 100)}"
        return f"two thousand and {cardinal('en', year % 100)}"
    head = {
        "ru": ("тысяча девятьсот", "две тысячи"),
        "uk": ("тисяча дев'ятсот", "дві тисячі"),
        "lt": ("tūkstantis devyni šimtai", "du tūkstančiai"),
    }[lang]
    return f"{head[0] if year < 2000 else head[1]} {ordinal(lang, year % 100)}"


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
ZERO = {"ru": "ноль", "uk": "нуль", "en": "zero", "lt": "nulis"}


def group_words(lang: str, group: str, rng: random.Random) -> str:
    """One digit group as people say it: leading zeros one by one, the rest as a number."""
    if len(group) > 1 and group[0] == "0":
        zero = "oh" if lang == "en" and rng.random() < 0.6 else ZERO[lang]
        return f"{zero} {group_words(lang, group[1:], rng)}"
    if lang == "en" and len(group) == 4 and group[2] != "0":
        return f"{cardinal('en', int(group[:2]))} {cardinal('en', int(group[2:]))}"
    return cardinal(lang, int(group))


def digit_words(lang: str, digits: str, rng: random.Random) -> str:
    words: list[str] = []
    index = 0
    while index < len(digits):
        if (
            lang == "en"
            and index + 1 < len(digits)
            and digits[index] == digits[index + 1]
            and rng.random() < 0.5
        ):
            digit = "oh" if digits[index] == "0" else UNITS["en"][int(digits[index])]
            words.append(f"double {digit}")
            index += 2
            continue
        words.append(UNITS[lang][int(digits[index])])
        index += 1
    return " ".join(words)


HABITS = ("digits", "pairs", "triples", "quads", "mixed")


def split_sizes(length: int, habit: str, rng: random.Random) -> list[int]:
    if habit == "digits":
        return [1] * length
    size = {"pairs": 2, "triples": 3, "quads": 4}.get(habit)
    sizes: list[int] = []
    left = length
    while left:
        step = size or rng.choice((1, 2, 2, 3, 3, 4))
        step = min(step, left)
        sizes.append(step)
        left -= step
    return sizes


def _speak_once(lang: str, digits: str, habit: str, rng: random.Random) -> str:
    if habit == "digits":
        return digit_words(lang, digits, rng)
    parts, index = [], 0
    for size in split_sizes(len(digits), habit, rng):
        parts.append(group_words(lang, digits[index : index + size], rng))
        index += size
    return " ".join(parts)


def speak_digits(lang: str, digits: str, habit: str, rng: random.Random) -> str:
    """A digit string read aloud in one reading habit (digit by digit, pairs, ... mixed).

    A grouping a listener would hear as another number ("сорок" + "пять" for 4-0-5) is
    redrawn, so every spoken number in the set parses back to exactly its digits.
    """
    for attempt in range(12):
        text = _speak_once(lang, digits, habit if attempt < 6 else "mixed", rng)
        if parse_spoken(lang, text) == digits:
            return text
    text = _speak_once(lang, digits, "digits", rng)
    assert parse_spoken(lang, text) == digits, (lang, digits, text)
    return text


def _lexicon(lang: str) -> dict[str, tuple[str, int]]:
    lex: dict[str, tuple[str, int]] = {}
    for value, word in enumerate(UNITS[lang]):
        lex[word] = ("unit", value)
    for word_map in (FEMININE.get(lang, {}),):
        for masc, fem in word_map.items():
            lex[fem] = lex[masc]
    for value, word in enumerate(TEENS[lang]):
        lex[word] = ("teen", value + 10)
    for value, word in enumerate(TENS[lang]):
        if word:
            lex[word] = ("ten", value * 10)
    for value, word in enumerate(HUNDREDS.get(lang, [])):
        if word:
            lex[word] = ("hund", value * 100)
    extra = {
        "en": {"oh": ("unit", 0), "hundred": ("hmul", 100), "thousand": ("thou", 1000)},
        "lt": {
            "šimtas": ("hund", 100),
            "šimtai": ("hmul", 100),
            "šimtų": ("hmul", 100),
            "tūkstantis": ("thou", 1000),
            "tūkstančiai": ("thou", 1000),
            "tūkstančių": ("thou", 1000),
        },
        "ru": {w: ("thou", 1000) for w in ("тысяча", "тысячи", "тысяч")},
        "uk": {w: ("thou", 1000) for w in ("тисяча", "тисячі", "тисяч")},
    }[lang]
    lex.update(extra)
    return lex


LEXICON = {lang: _lexicon(lang) for lang in UNITS}


def parse_spoken(lang: str, text: str) -> str | None:
    """Digits a listener writes down for a spoken number; None if a word is not a numeral."""
    out: list[str] = []
    cur, stage, last_unit = None, 0, 0
    words = text.split()
    index = 0
    while index < len(words):
        word = words[index]
        if lang == "en" and word == "double" and index + 1 < len(words):
            digit = LEXICON["en"].get(words[index + 1])
            if digit is None or digit[0] != "unit":
                return None
            if cur is not None:
                out.append(str(cur))
            cur, stage = None, 0
            out.append(str(digit[1]) * 2)
            index += 2
            continue
        entry = LEXICON[lang].get(word)
        if entry is None:
            return None
        kind, value = entry
        if kind == "unit" and value == 0:
            if cur is not None:
                out.append(str(cur))
            cur, stage = None, 0
            out.append("0")
        elif kind == "hmul":
            if stage != 4 or last_unit >= 10 or cur is None:
                return None
            cur, stage = cur - last_unit + last_unit * 100, 2
        elif kind == "thou":
            if cur is not None and cur >= 1000:
                return None
            cur, stage = (cur or 1) * 1000, 1
        else:
            limit = {"hund": 1, "ten": 2, "unit": 3, "teen": 2}[kind]
            if stage > limit:
                out.append(str(cur))
                cur, stage = None, 0
            cur = (cur or 0) + value
            stage = {"hund": 2, "ten": 3, "unit": 4, "teen": 4}[kind]
            last_unit = value
        index += 1
    if cur is not None:
        out.append(str(cur))
    return "".join(out)


# ---------------------------------------------------------------- segments and context


@dataclass
class E:
    """A labelled span inside a turn; pieces sharing a key form one entity."""

    type: str
    text: str
    key: str | None = None


Seg = str | E


@dataclass
class Turn:
    role: str
    segs: list[Seg]


@dataclass
class Ctx:
    lang: str
    style: str
    rng: random.Random
    keys: int = 0
    tags: set[str] = field(default_factory=set)

    @property
    def asr(self) -> bool:
        return self.style == "asr"

    def key(self) -> str:
        self.keys += 1
        return f"k{self.keys}"

    def pick(self, options):
        return self.rng.choice(options) if isinstance(options, list | tuple) else options

    def t(self, ru, uk, en, lt) -> str:
        """The line for this language (a list means phrasing variants)."""
        return self.pick({"ru": ru, "uk": uk, "en": en, "lt": lt}[self.lang])

    def n(self, value: int, fem: bool = False) -> str:
        return cardinal(self.lang, value, fem) if self.asr else str(value)

    def habit(self) -> str:
        return self.rng.choice(HABITS)

    def dg(self, digits: str, habit: str | None = None, group: int = 0) -> str:
        """Digits: written as digits (optionally grouped), spoken in a reading habit."""
        if self.asr:
            return speak_digits(self.lang, digits, habit or self.habit(), self.rng)
        if group:
            return " ".join(digits[i : i + group] for i in range(0, len(digits), group))
        return digits

    def money(self, whole: int, cents: int | None = None) -> str:
        cur = {
            "ru": (("рубль", "рубля", "рублей"), ("копейка", "копейки", "копеек"), "₽"),
            "uk": (("гривня", "гривні", "гривень"), ("копійка", "копійки", "копійок"), "грн"),
            "en": (("pound", "pounds", ""), ("penny", "pence", ""), "£"),
            "lt": (("euras", "eurai", "eurų"), ("centas", "centai", "centų"), "€"),
        }
        big, small, sign = cur[self.lang]
        if whole == 0 and cents:
            if not self.asr:
                return f"{cents}p" if self.lang == "en" else f"0,{cents:02d} {sign}"
            return (
                f"{cardinal(self.lang, cents, self.lang in ('ru', 'uk'))} "
                f"{plural(self.lang, cents, small)}"
            )
        if not self.asr:
            if self.lang == "en":
                return f"£{whole:,}" + (f".{cents:02d}" if cents is not None else "")
            body = f"{whole:,}".replace(",", " ") + (f",{cents:02d}" if cents is not None else "")
            return f"{body} {sign}"
        fem_big = self.lang == "uk"
        words = f"{cardinal(self.lang, whole, fem_big)} {plural(self.lang, whole, big)}"
        if cents:
            fem_small = self.lang in ("ru", "uk")
            words += f" {cardinal(self.lang, cents, fem_small)} {plural(self.lang, cents, small)}"
        return words

    def clock(self, hour: int, minute: int, case: str = "at") -> str:
        """A time of day; spoken in the case its preposition needs ('at' or 'from/to/after')."""
        if not self.asr:
            return f"{hour}:{minute:02d}"
        if self.lang == "en":
            h12 = cardinal("en", hour % 12 or 12)
            if minute == 0:
                return f"{h12} o'clock" if case == "at" else h12
            return f"{h12} {group_words('en', f'{minute:02d}', self.rng)}"
        if self.lang == "ru":
            if case == "gen":
                mins = {0: "", 30: " тридцати"}[minute]
                return f"{RU_HOUR_GEN[hour]}{mins}"
            mins = "ноль ноль" if minute == 0 else group_words("ru", f"{minute:02d}", self.rng)
            return f"{cardinal('ru', hour)} {mins}"
        if self.lang == "uk":
            word = (UK_HOUR_GEN if case == "gen" else UK_HOUR_LOC)[hour]
            if minute == 0:
                return word
            mins = (
                "тридцяти"
                if case == "gen" and minute == 30
                else group_words("uk", f"{minute:02d}", self.rng)
            )
            return f"{word} {mins}"
        word = LT_HOUR_GEN[hour] if case == "gen" else ordinal("lt-day", hour)
        if minute == 0:
            return word if case == "gen" else f"{word} valandą"
        if minute < 10:
            return f"{word} nulis {cardinal('lt', minute, fem=True)}"
        return f"{word} {cardinal('lt', minute, fem=True)}"

    def date(self, day: int, month: int) -> str:
        """A calendar date that is NOT a birth date (appointments, payments)."""
        mon = MONTHS_GEN[self.lang][month - 1]
        if self.lang == "en":
            return f"{mon.lower()} {ordinal('en', day)}" if self.asr else f"{mon} {day}"
        if self.lang == "lt":
            return f"{mon} {ordinal('lt-day', day)}" if self.asr else f"{mon} {day} d."
        return f"{ordinal(self.lang, day)} {mon}" if self.asr else f"{day} {mon}"

    def local(self, rub_low: int, rub_high: int) -> int:
        """A price drawn in roubles and converted to this caller's currency."""
        rate = {"ru": 1.0, "uk": 2.2, "en": 110.0, "lt": 95.0}[self.lang]
        value = self.rng.randint(rub_low, rub_high) / rate
        return max(1, int(round(value, -1)) if value > 200 else round(value))

    def q(self, n: int, ru, uk, en, lt, fem: bool = False) -> str:
        """A count with its noun in the right form (one / few / many)."""
        forms = {"ru": ru, "uk": uk, "en": en, "lt": lt}[self.lang]
        return f"{self.n(n, fem)} {plural(self.lang, n, forms)}"

    def year_gen(self, year: int) -> str:
        return spoken_year(self.lang, year) if self.asr else str(year)

    def year_acc(self, year: int) -> str:
        """'за 2024 год': the year as an ordinal in the accusative (2021..2029)."""
        if not self.asr:
            return str(year)
        if self.lang == "en":
            return spoken_year("en", year)
        tail = {
            "ru": "первый второй третий четвёртый пятый шестой седьмой восьмой девятый",
            "uk": "перший другий третій четвертий п'ятий шостий сьомий восьмий дев'ятий",
            "lt": "pirmuosius antruosius trečiuosius ketvirtuosius penktuosius šeštuosius "
            "septintuosius aštuntuosius devintuosius",
        }[self.lang].split()
        head = {
            "ru": "две тысячи двадцать",
            "uk": "дві тисячі двадцять",
            "lt": "du tūkstančiai dvidešimt",
        }[self.lang]
        return f"{head} {tail[year % 10 - 1]}"

    def ack(self) -> str:
        return self.pick(
            self.t(
                ["Ага.", "Да.", "Так, записываю.", "Угу.", "Дальше."],
                ["Ага.", "Так.", "Записую.", "Угу.", "Далі."],
                ["Okay.", "Yes.", "Uh-huh.", "Got it.", "Go on."],
                ["Taip.", "Aha.", "Gerai.", "Užsirašau.", "Toliau."],
            )
        )

    def filler(self) -> str:
        return self.pick(
            self.t(
                ["э-э", "ммм", "сейчас", "так"],
                ["е-е", "ммм", "зараз", "так"],
                ["um", "uh", "hang on", "er"],
                ["ee", "mmm", "palaukit", "tuoj"],
            )
        )


def A(*segs) -> Turn:
    return Turn("agent", flatten(segs))


def C(*segs) -> Turn:
    return Turn("customer", flatten(segs))


def flatten(segs) -> list[Seg]:
    out: list[Seg] = []
    for seg in segs:
        if isinstance(seg, list | tuple):
            out.extend(flatten(seg))
        elif isinstance(seg, E) or seg:
            out.append(seg)
    return out


# ---------------------------------------------------------------- rendering

ASR_DROP = re.compile(r"[^\w\s'’-]")
ASR_LOOSE = re.compile(r"(?<![^\W_])['’-]|['’-](?![^\W_])")
NO_SPACE_BEFORE = tuple(",.!?;:)»…")
ASR_OK = re.compile(r"^[a-zа-яёіїєґąčęėįšųūž' -]+$")


def asr_text(text: str) -> str:
    text = ASR_DROP.sub(" ", text.lower().replace("’", "'"))
    text = ASR_LOOSE.sub(" ", text)
    return " ".join(text.split())


def render(turns: list[Turn], style: str) -> tuple[list[dict], list[dict]]:
    """Turns of segments -> scorer records: texts plus entities with word pieces and chars."""
    out_turns: list[dict] = []
    spans: dict[str, list[tuple[int, int, int, str]]] = {}
    order: list[str] = []
    auto = 0
    for turn_index, turn in enumerate(turns):
        text = ""
        for seg in turn.segs:
            raw = seg.text if isinstance(seg, E) else seg
            piece = asr_text(raw) if style == "asr" else raw.strip()
            if not piece:
                continue
            glue = (
                ""
                if not text
                or (
                    style == "written"
                    and (piece.startswith(NO_SPACE_BEFORE) or text.endswith(("«", "(")))
                )
                else " "
            )
            if piece.startswith(".") and text.endswith("."):
                piece = piece[1:].strip()  # 'd.' + '.' -> one full stop
                if not piece:
                    continue
            if re.match(r"(одинадцят|восьм)", piece) and text.endswith(" о"):
                text += "б"  # Ukrainian 'об' before a vowel: об одинадцятій
            start = len(text) + len(glue)
            text += glue + piece
            if isinstance(seg, E):
                if seg.key is None:
                    auto += 1
                    name = f"auto{auto}"
                else:
                    name = seg.key
                if name not in spans:
                    spans[name] = []
                    order.append(name)
                spans[name].append((turn_index, start, len(text), seg.type))
        out_turns.append({"role": turn.role, "text": text})
    entities = []
    for name in order:
        kinds = {span[3] for span in spans[name]}
        assert len(kinds) == 1, (name, kinds)
        pieces: list[list[int]] = []
        chars: list[list[int]] = []
        for turn_index, start, end, _ in spans[name]:
            words = [m.span() for m in re.finditer(r"\S+", out_turns[turn_index]["text"])]
            hit = [i for i, (ws, we) in enumerate(words) if ws < end and we > start]
            if pieces and pieces[-1][0] == turn_index and pieces[-1][2] == hit[0]:
                pieces[-1][2] = hit[-1] + 1
                chars[-1][2] = end
            else:
                pieces.append([turn_index, hit[0], hit[-1] + 1])
                chars.append([turn_index, start, end])
        entities.append(
            {
                "type": kinds.pop(),
                "pieces": pieces,
                "chars": chars,
                "text": [out_turns[t]["text"][s:e] for t, s, e in chars],
            }
        )
    return out_turns, entities


# ---------------------------------------------------------------- people and values

# (nominative, genitive) first names; surnames as (masc nom, masc gen, fem nom, fem gen)
FIRST = {
    "ru": {
        "m": [
            ("Сергей", "Сергея"),
            ("Дмитрий", "Дмитрия"),
            ("Николай", "Николая"),
            ("Павел", "Павла"),
            ("Игорь", "Игоря"),
            ("Олег", "Олега"),
            ("Виктор", "Виктора"),
            ("Михаил", "Михаила"),
            ("Алексей", "Алексея"),
            ("Григорий", "Григория"),
            ("Лев", "Льва"),
            ("Роман", "Романа"),
        ],
        "f": [
            ("Анна", "Анны"),
            ("Ольга", "Ольги"),
            ("Татьяна", "Татьяны"),
            ("Елена", "Елены"),
            ("Марина", "Марины"),
            ("Наталья", "Натальи"),
            ("Светлана", "Светланы"),
            ("Галина", "Галины"),
            ("Людмила", "Людмилы"),
            ("Вера", "Веры"),
            ("Надежда", "Надежды"),
            ("Любовь", "Любови"),
        ],
    },
    "uk": {
        "m": [
            ("Тарас", "Тараса"),
            ("Олександр", "Олександра"),
            ("Богдан", "Богдана"),
            ("Василь", "Василя"),
            ("Андрій", "Андрія"),
            ("Юрій", "Юрія"),
            ("Микола", "Миколи"),
            ("Петро", "Петра"),
            ("Дмитро", "Дмитра"),
            ("Степан", "Степана"),
        ],
        "f": [
            ("Оксана", "Оксани"),
            ("Ганна", "Ганни"),
            ("Наталія", "Наталії"),
            ("Ірина", "Ірини"),
            ("Олена", "Олени"),
            ("Марія", "Марії"),
            ("Людмила", "Людмили"),
            ("Тетяна", "Тетяни"),
            ("Соломія", "Соломії"),
            ("Надія", "Надії"),
        ],
    },
    "en": {
        "m": [
            (n, n)
            for n in ["John", "David", "Peter", "Michael", "Gareth", "Samuel", "Oliver", "Frank"]
        ],
        "f": [
            (n, n)
            for n in ["Sarah", "Emily", "Hannah", "Margaret", "Lucy", "Rose", "Grace", "Joan"]
        ],
    },
    "lt": {
        "m": [
            ("Jonas", "Jono"),
            ("Tomas", "Tomo"),
            ("Mindaugas", "Mindaugo"),
            ("Darius", "Dariaus"),
            ("Paulius", "Pauliaus"),
            ("Andrius", "Andriaus"),
            ("Vytautas", "Vytauto"),
            ("Giedrius", "Giedriaus"),
            ("Kęstutis", "Kęstučio"),
        ],
        "f": [
            ("Rūta", "Rūtos"),
            ("Asta", "Astos"),
            ("Jurgita", "Jurgitos"),
            ("Ieva", "Ievos"),
            ("Rasa", "Rasos"),
            ("Laura", "Lauros"),
            ("Aušra", "Aušros"),
            ("Dalia", "Dalios"),
            ("Eglė", "Eglės"),
        ],
    },
}
SURNAMES = {
    "ru": [
        ("Медведев", "Медведева", "Медведева", "Медведевой"),
        ("Зайцев", "Зайцева", "Зайцева", "Зайцевой"),
        ("Соловьёв", "Соловьёва", "Соловьёва", "Соловьёвой"),
        ("Кузнецов", "Кузнецова", "Кузнецова", "Кузнецовой"),
        ("Голубев", "Голубева", "Голубева", "Голубевой"),
        ("Воронин", "Воронина", "Воронина", "Ворониной"),
        ("Ковальский", "Ковальского", "Ковальская", "Ковальской"),
        ("Белых", "Белых", "Белых", "Белых"),
        ("Морозов", "Морозова", "Морозова", "Морозовой"),
        ("Гусев", "Гусева", "Гусева", "Гусевой"),
        ("Орлов", "Орлова", "Орлова", "Орловой"),
        ("Сорокин", "Сорокина", "Сорокина", "Сорокиной"),
    ],
    "uk": [
        ("Шевчук", "Шевчука", "Шевчук", "Шевчук"),
        ("Ткаченко", "Ткаченка", "Ткаченко", "Ткаченко"),
        ("Левицький", "Левицького", "Левицька", "Левицької"),
        ("Мельник", "Мельника", "Мельник", "Мельник"),
        ("Коваль", "Коваля", "Коваль", "Коваль"),
        ("Бондаренко", "Бондаренка", "Бондаренко", "Бондаренко"),
        ("Гребенюк", "Гребенюка", "Гребенюк", "Гребенюк"),
        ("Савчук", "Савчука", "Савчук", "Савчук"),
        ("Вовк", "Вовка", "Вовк", "Вовк"),
        ("Кравець", "Кравця", "Кравець", "Кравець"),
    ],
    "en": [
        (n, n, n, n)
        for n in [
            "Baker",
            "Fisher",
            "Young",
            "Wood",
            "Hill",
            "Cook",
            "Mason",
            "Rose",
            "Bird",
            "Hughes",
            "Patel",
            "Walsh",
        ]
    ],
    "lt": [
        ("Kazlauskas", "Kazlausko", "Kazlauskienė", "Kazlauskienės"),
        ("Petrauskas", "Petrausko", "Petrauskaitė", "Petrauskaitės"),
        ("Butkus", "Butkaus", "Butkienė", "Butkienės"),
        ("Stankevičius", "Stankevičiaus", "Stankevičiūtė", "Stankevičiūtės"),
        ("Jankauskas", "Jankausko", "Jankauskienė", "Jankauskienės"),
        ("Navickas", "Navicko", "Navickienė", "Navickienės"),
        ("Žukauskas", "Žukausko", "Žukauskaitė", "Žukauskaitės"),
        ("Vaitkus", "Vaitkaus", "Vaitkutė", "Vaitkutės"),
        ("Vilkas", "Vilko", "Vilkienė", "Vilkienės"),
    ],
}
PATRONYMIC = {  # (masc nom, masc gen, fem nom, fem gen)
    "ru": [
        ("Иванович", "Ивановича", "Ивановна", "Ивановны"),
        ("Петрович", "Петровича", "Петровна", "Петровны"),
        ("Сергеевич", "Сергеевича", "Сергеевна", "Сергеевны"),
        ("Викторович", "Викторовича", "Викторовна", "Викторовны"),
        ("Николаевич", "Николаевича", "Николаевна", "Николаевны"),
    ],
    "uk": [
        ("Іванович", "Івановича", "Іванівна", "Іванівни"),
        ("Петрович", "Петровича", "Петрівна", "Петрівни"),
        ("Васильович", "Васильовича", "Василівна", "Василівни"),
        ("Миколайович", "Миколайовича", "Миколаївна", "Миколаївни"),
    ],
}
WORK_DAYS = (
    ("рабочий день", "рабочих дня", "рабочих дней"),
    ("робочий день", "робочі дні", "робочих днів"),
    ("working day", "working days", ""),
    ("darbo diena", "darbo dienos", "darbo dienų"),
)
SQUARE_METRES = (
    ("квадратный метр", "квадратных метра", "квадратных метров"),
    ("квадратний метр", "квадратні метри", "квадратних метрів"),
    ("square metre", "square metres", ""),
    ("kvadratinis metras", "kvadratiniai metrai", "kvadratinių metrų"),
)
RU_HOUR_GEN = [
    "ноля",
    "одного",
    "двух",
    "трёх",
    "четырёх",
    "пяти",
    "шести",
    "семи",
    "восьми",
    "девяти",
    "десяти",
    "одиннадцати",
    "двенадцати",
    "тринадцати",
    "четырнадцати",
    "пятнадцати",
    "шестнадцати",
    "семнадцати",
    "восемнадцати",
    "девятнадцати",
    "двадцати",
    "двадцати одного",
    "двадцати двух",
    "двадцати трёх",
]
_UK_ORD = [
    "перш",
    "друг",
    "трет",
    "четверт",
    "п'ят",
    "шост",
    "сьом",
    "восьм",
    "дев'ят",
    "десят",
    "одинадцят",
    "дванадцят",
    "тринадцят",
    "чотирнадцят",
    "п'ятнадцят",
    "шістнадцят",
    "сімнадцят",
    "вісімнадцят",
    "дев'ятнадцят",
    "двадцят",
]
UK_HOUR_LOC = (
    ["нульовій"]
    + [f"{stem}ій" for stem in _UK_ORD]
    + ["двадцять першій", "двадцять другій", "двадцять третій"]
)
UK_HOUR_GEN = (
    ["нульової"]
    + [f"{stem}ої" if stem != "трет" else "третьої" for stem in _UK_ORD]
    + ["двадцять першої", "двадцять другої", "двадцять третьої"]
)
LT_HOUR_GEN = [
    "nulinės",
    *[
        "pirmos",
        "antros",
        "trečios",
        "ketvirtos",
        "penktos",
        "šeštos",
        "septintos",
        "aštuntos",
        "devintos",
        "dešimtos",
        "vienuoliktos",
        "dvyliktos",
        "tryliktos",
        "keturioliktos",
        "penkioliktos",
        "šešioliktos",
        "septynioliktos",
        "aštuonioliktos",
        "devynioliktos",
        "dvidešimtos",
    ],
    "dvidešimt pirmos",
    "dvidešimt antros",
    "dvidešimt trečios",
]
AGENTS = {
    "ru": ["Алина", "Ксения", "Виктория", "Полина"],
    "uk": ["Христина", "Софія", "Дарина"],
    "en": ["Chloe", "Ryan", "Priya", "Tom"],
    "lt": ["Greta", "Agnė", "Simona"],
}


@dataclass
class Person:
    first: str
    first_gen: str
    last: str
    last_gen: str
    patr: str = ""
    patr_gen: str = ""
    female: bool = False


def person(c: Ctx, female: bool | None = None) -> Person:
    female = c.rng.random() < 0.5 if female is None else female
    first = c.rng.choice(FIRST[c.lang]["f" if female else "m"])
    last = c.rng.choice(SURNAMES[c.lang])
    patr = c.rng.choice(PATRONYMIC.get(c.lang, [("", "", "", "")]))
    if female:
        return Person(first[0], first[1], last[2], last[3], patr[2], patr[3], True)
    return Person(first[0], first[1], last[0], last[1], patr[0], patr[1], False)


def full_name(c: Ctx, p: Person, gen: bool = False) -> str:
    """A caller's full name in the form people give it on the phone."""
    first, last, patr = (p.first_gen, p.last_gen, p.patr_gen) if gen else (p.first, p.last, p.patr)
    if c.lang in ("ru", "uk") and c.rng.random() < 0.5:
        return f"{last} {first} {patr}"
    return f"{first} {last}"


def card_number(c: Ctx, kind: str | None = None) -> str:
    kind = kind or c.rng.choice(
        ["visa", "mc", "mir", "maestro19", "visa13", "amex"]
        if c.lang == "ru"
        else ["visa", "mc", "maestro19", "visa13", "amex"]
    )
    prefix, length = {
        "visa": ("4", 16),
        "mc": (f"5{c.rng.randint(1, 5)}", 16),
        "mir": (f"220{c.rng.randint(0, 4)}", 16),
        "amex": (c.rng.choice(["34", "37"]), 15),
        "maestro19": (c.rng.choice(["6762", "6304", "5018"]), 19),
        "visa13": ("4", 13),
    }[kind]
    body = prefix + "".join(str(c.rng.randint(0, 9)) for _ in range(length - len(prefix) - 1))
    return body + luhn_digit(body)


def chunk(value: str, sizes: list[int]) -> list[str]:
    out, index = [], 0
    for size in sizes:
        out.append(value[index : index + size])
        index += size
    assert index == len(value), (value, sizes)
    return out


def card_sizes(c: Ctx, length: int) -> list[int]:
    options = {
        16: [[4, 4, 4, 4], [8, 8], [6, 6, 4], [4, 4, 8], [4, 12]],
        15: [[4, 6, 5], [5, 5, 5], [4, 4, 7]],
        19: [[4, 4, 4, 4, 3], [8, 8, 3], [6, 6, 7]],
        13: [[4, 4, 5], [6, 7], [4, 9]],
    }[length]
    return c.rng.choice(options)


def rand_digits(c: Ctx, n: int, first_nonzero: bool = True) -> str:
    head = str(c.rng.randint(1, 9)) if first_nonzero else str(c.rng.randint(0, 9))
    return head + "".join(str(c.rng.randint(0, 9)) for _ in range(n - 1))


def expiry(c: Ctx) -> str:
    month, year = c.rng.randint(1, 12), c.rng.randint(26, 31)
    if not c.asr:
        return c.pick([f"{month:02d}/{year}", f"{month:02d}/{year}", f"{month:02d}.{year}"])
    mm = group_words(c.lang, f"{month:02d}", c.rng)
    yy = cardinal(c.lang, year)
    slash = {"ru": "дробь", "uk": "скісна", "en": "slash", "lt": "brūkšnys"}[c.lang]
    return c.pick([f"{mm} {yy}", f"{mm} {slash} {yy}", f"{mm} {yy}"])


def cvv(c: Ctx, length: int = 3) -> str:
    return c.dg(rand_digits(c, length, first_nonzero=False), c.pick(["digits", "triples"]))


def phone(c: Ctx) -> tuple[str, str]:
    """(digits, rendered) for a personal phone number in the caller's country."""
    r = c.rng
    if c.lang == "ru":
        digits = "9" + rand_digits(c, 9)
        lead = r.choice(["8", "+7"])
        if c.asr:
            head = "восемь" if lead == "8" else "плюс семь"
            body = " ".join(group_words("ru", g, r) for g in chunk(digits, [3, 3, 2, 2]))
            return (
                lead + digits,
                f"{head} {body}"
                if r.random() < 0.7
                else f"{head} {speak_digits('ru', digits, c.habit(), r)}",
            )
        return lead + digits, r.choice(
            [
                f"{lead} {digits[:3]} {digits[3:6]}-{digits[6:8]}-{digits[8:]}",
                f"{lead}{digits}",
                f"{lead} ({digits[:3]}) {digits[3:6]} {digits[6:8]} {digits[8:]}",
            ]
        )
    if c.lang == "uk":
        digits = "0" + r.choice(["67", "50", "63", "93", "97", "66", "73"]) + rand_digits(c, 7)
        if c.asr:
            body = " ".join(group_words("uk", g, r) for g in chunk(digits, [3, 3, 2, 2]))
            return digits, body if r.random() < 0.7 else speak_digits("uk", digits, "digits", r)
        return digits, r.choice(
            [
                f"{digits[:3]} {digits[3:6]} {digits[6:8]} {digits[8:]}",
                f"+38{digits}",
                f"({digits[:3]}) {digits[3:6]}-{digits[6:8]}-{digits[8:]}",
            ]
        )
    if c.lang == "en":
        if r.random() < 0.6:
            digits = "07" + rand_digits(c, 9)
            if c.asr:
                return digits, speak_digits("en", digits, "digits", r)
            return digits, r.choice(
                [f"{digits[:5]} {digits[5:]}", digits, f"+44 {digits[1:5]} {digits[5:]}"]
            )
        digits = str(r.randint(201, 989)) + str(r.randint(200, 989)) + rand_digits(c, 4)
        if c.asr:
            return digits, speak_digits("en", digits, r.choice(["digits", "mixed"]), r)
        return digits, r.choice(
            [
                f"({digits[:3]}) {digits[3:6]}-{digits[6:]}",
                f"{digits[:3]}-{digits[3:6]}-{digits[6:]}",
            ]
        )
    digits = "6" + rand_digits(c, 7)
    lead = r.choice(["8", "+370"])
    if c.asr:
        head = "aštuoni" if lead == "8" else "plius trys šimtai septyniasdešimt"
        return lead + digits, f"{head} {speak_digits('lt', digits, c.habit(), r)}"
    return lead + digits, r.choice(
        [
            f"{lead} {digits[:3]} {digits[3:]}",
            f"{lead}{digits}",
            f"{lead} {digits[:1]} {digits[1:4]} {digits[4:]}",
        ]
    )


LATIN_NAMES = {
    "ru": ["oleg", "tanya", "natali", "sergey", "galina", "misha", "vera", "roman"],
    "uk": ["taras", "oksana", "bogdan", "iryna", "solomiia", "petro", "nadia"],
    "en": ["john", "sarah", "emily", "gareth", "lucy", "sam", "maggie"],
    "lt": ["jonas", "ruta", "asta", "tomas", "ieva", "darius", "egle"],
}
LATIN_LAST = [
    "medvedev",
    "zaitseva",
    "koval",
    "melnyk",
    "baker",
    "fisher",
    "petrauskas",
    "butkiene",
    "orlova",
    "savchuk",
    "wood",
    "vilkas",
    "soloviev",
]
DOMAINS = {
    "ru": ["mail.ru", "yandex.ru", "gmail.com", "bk.ru", "rambler.ru"],
    "uk": ["ukr.net", "gmail.com", "i.ua", "meta.ua"],
    "en": ["gmail.com", "outlook.com", "yahoo.co.uk", "btinternet.com", "hotmail.com"],
    "lt": ["gmail.com", "inbox.lt", "one.lt", "yahoo.com"],
}
SAY_DOT = {"ru": "точка", "uk": "крапка", "en": "dot", "lt": "taškas"}
SAY_AT = {
    "ru": ["собака", "собачка"],
    "uk": ["равлик", "собачка"],
    "en": ["at"],
    "lt": ["eta", "eta"],
}
SAY_UNDER = {
    "ru": "нижнее подчёркивание",
    "uk": "нижнє підкреслення",
    "en": "underscore",
    "lt": "apatinis brūkšnys",
}
SAY_DOMAIN = {
    "ru": {
        "gmail": "джимейл",
        "mail": "мэйл",
        "yandex": "яндекс",
        "ru": "ру",
        "com": "ком",
        "bk": "бэ ка",
        "rambler": "рамблер",
    },
    "uk": {
        "gmail": "джимейл",
        "ukr": "укр",
        "net": "нет",
        "i": "ай",
        "ua": "юа",
        "meta": "мета",
        "com": "ком",
    },
}


def email_parts(c: Ctx) -> tuple[list[str], str]:
    """(local-part pieces, domain) so a template can dictate them across turns."""
    r = c.rng
    first, last = r.choice(LATIN_NAMES[c.lang]), r.choice(LATIN_LAST)
    sep = r.choice([".", "_", ""])
    local = [first, sep, last] if sep else [first + last]
    if r.random() < 0.4:
        local.append(str(r.randint(70, 99)) if r.random() < 0.6 else str(r.randint(1, 30)))
    return local, r.choice(DOMAINS[c.lang])


def say_email_token(c: Ctx, token: str) -> str:
    if token == ".":
        return SAY_DOT[c.lang]
    if token == "_":
        return SAY_UNDER[c.lang]
    if token.isdigit():
        return c.pick([cardinal(c.lang, int(token)), digit_words(c.lang, token, c.rng)])
    if c.lang in SAY_DOMAIN and c.rng.random() < 0.5:
        return SAY_DOMAIN[c.lang].get(token, token)
    return token


def email_text(c: Ctx, local: list[str], domain: str) -> str:
    if not c.asr:
        return "".join(local) + "@" + domain
    words = [say_email_token(c, tok) for tok in local]
    words.append(c.pick(SAY_AT[c.lang]))
    for index, part in enumerate(domain.split(".")):
        if index:
            words.append(SAY_DOT[c.lang])
        words.append(say_email_token(c, part))
    return " ".join(words)


def dob_value(c: Ctx, child: bool = False) -> tuple[int, int, int]:
    year = c.rng.randint(2012, 2021) if child else c.rng.randint(1941, 1999)
    return c.rng.randint(1, 28), c.rng.randint(1, 12), year


def dob_segs(c: Ctx, day: int, month: int, year: int, key: str | None = None) -> list[Seg]:
    """A birth date: the span holds day, month and year; 'года'/'року'/'m.'/'d.' stay out."""
    key = key or c.key()
    mon = MONTHS_GEN[c.lang][month - 1]
    if not c.asr:
        if c.rng.random() < 0.45:
            if c.lang == "lt":
                return [E("DOB", f"{year}-{month:02d}-{day:02d}", key)]
            if c.lang == "en":
                return [
                    E("DOB", c.pick([f"{day:02d}/{month:02d}/{year}", f"{mon} {day}, {year}"]), key)
                ]
            return [E("DOB", f"{day:02d}.{month:02d}.{year}", key)]
        if c.lang == "ru":
            return [E("DOB", f"{day} {mon} {year}", key), "года"]
        if c.lang == "uk":
            return [E("DOB", f"{day} {mon} {year}", key), "року"]
        if c.lang == "en":
            return [E("DOB", f"{day} {mon} {year}", key)]
        return [E("DOB", str(year), key), "m.", E("DOB", f"{mon} {day}", key), "d."]
    if c.rng.random() < 0.25:
        digits = f"{day:02d}{month:02d}{year}" if c.lang != "lt" else f"{year}{month:02d}{day:02d}"
        return [E("DOB", speak_digits(c.lang, digits, c.pick(["digits", "pairs"]), c.rng), key)]
    if c.lang == "ru":
        return [E("DOB", f"{ordinal('ru', day)} {mon} {spoken_year('ru', year)}", key), "года"]
    if c.lang == "uk":
        return [E("DOB", f"{ordinal('uk', day)} {mon} {spoken_year('uk', year)}", key), "року"]
    if c.lang == "en":
        return [
            E(
                "DOB",
                c.pick(
                    [
                        f"{ordinal('en', day)} of {mon.lower()} ",
                        f"{mon.lower()} {ordinal('en', day)} ",
                    ]
                )
                + spoken_year("en", year),
                key,
            )
        ]
    return [
        E("DOB", spoken_year("lt", year), key),
        "metų",
        E("DOB", f"{mon} {ordinal('lt-day', day)}", key),
        "dieną",
    ]


STREETS = {
    "ru": [
        ("улица Гагарина", "ул. Гагарина"),
        ("улица Чехова", "ул. Чехова"),
        ("проспект Мира", "пр-т Мира"),
        ("Садовая улица", "ул. Садовая"),
        ("улица Маршала Жукова", "ул. Маршала Жукова"),
        ("Лесной переулок", "пер. Лесной"),
        ("улица Пушкина", "ул. Пушкина"),
    ],
    "uk": [
        ("вулиця Шевченка", "вул. Шевченка"),
        ("вулиця Лесі Українки", "вул. Лесі Українки"),
        ("проспект Перемоги", "просп. Перемоги"),
        ("вулиця Франка", "вул. Франка"),
        ("вулиця Садова", "вул. Садова"),
        ("бульвар Дружби Народів", "бул. Дружби Народів"),
    ],
    "en": [
        ("baker street", "Baker Street"),
        ("mill lane", "Mill Lane"),
        ("victoria road", "Victoria Road"),
        ("church street", "Church Street"),
        ("oak avenue", "Oak Avenue"),
        ("king edward drive", "King Edward Drive"),
    ],
    "lt": [
        ("Gedimino prospektas", "Gedimino pr."),
        ("Vytauto gatvė", "Vytauto g."),
        ("Žalgirio gatvė", "Žalgirio g."),
        ("Savanorių prospektas", "Savanorių pr."),
        ("Basanavičiaus gatvė", "J. Basanavičiaus g."),
        ("Liepų gatvė", "Liepų g."),
    ],
}


def address(c: Ctx) -> str:
    """Street + house (+ flat); the city is never part of the span."""
    street = c.rng.choice(STREETS[c.lang])
    house, flat = c.rng.randint(1, 180), c.rng.randint(1, 240) if c.rng.random() < 0.7 else 0
    if c.asr:
        h, f = cardinal(c.lang, house), cardinal(c.lang, flat)
        if c.lang == "ru":
            return f"{street[0]} дом {h}" + (f" квартира {f}" if flat else "")
        if c.lang == "uk":
            return f"{street[0]} будинок {h}" + (f" квартира {f}" if flat else "")
        if c.lang == "en":
            return (f"flat {f} " if flat else "") + f"{h} {street[0]}"
        return f"{street[0]} {h}" + (f" butas {f}" if flat else "")
    if c.lang == "ru":
        return c.pick(
            [
                f"{street[1]}, д. {house}" + (f", кв. {flat}" if flat else ""),
                f"{street[0]}, дом {house}" + (f", квартира {flat}" if flat else ""),
            ]
        )
    if c.lang == "uk":
        return c.pick(
            [
                f"{street[1]}, {house}" + (f", кв. {flat}" if flat else ""),
                f"{street[0]}, будинок {house}" + (f", квартира {flat}" if flat else ""),
            ]
        )
    if c.lang == "en":
        return (f"Flat {flat}, " if flat else "") + f"{house} {street[1]}"
    return c.pick(
        [
            f"{street[1]} {house}" + (f"-{flat}" if flat else ""),
            f"{street[0]} {house}" + (f", butas {flat}" if flat else ""),
        ]
    )


def iban(c: Ctx) -> str:
    if c.lang == "uk":
        return make_iban("UA", c.pick(["305299", "322001", "380805"]) + rand_digits(c, 19, False))
    if c.lang == "lt":
        return make_iban("LT", c.pick(["73000", "70440", "72300"]) + rand_digits(c, 11, False))
    return make_iban("GB", c.pick(["NWBK", "BARC", "LOYD"]) + rand_digits(c, 14))


def iban_text(c: Ctx, value: str) -> str:
    if not c.asr:
        return c.pick([" ".join(value[i : i + 4] for i in range(0, len(value), 4)), value])
    letters = " ".join(ch.lower() for ch in value[:2])
    if c.lang == "en":
        bank = " ".join(ch.lower() for ch in value[4:8])
        return (
            f"{letters} {speak_digits('en', value[2:4], 'digits', c.rng)} {bank} "
            f"{speak_digits('en', value[8:], c.habit(), c.rng)}"
        )
    name = {"uk": "у а", "lt": "el te"}[c.lang]
    return f"{name} {speak_digits(c.lang, value[2:], c.habit(), c.rng)}"


def national_id(c: Ctx) -> tuple[str, str, str]:
    """(kind, raw value, rendered text) for the caller's country."""
    r = c.rng
    if c.lang == "ru":
        if r.random() < 0.5:
            raw = inn_digits(f"{r.randint(1, 92):02d}" + rand_digits(c, 8, False))
            return "inn", raw, c.dg(raw, group=0)
        body = rand_digits(c, 9)
        raw = body + snils_check(body)
        text = c.dg(raw, "triples") if c.asr else f"{raw[:3]}-{raw[3:6]}-{raw[6:9]} {raw[9:]}"
        return "snils", raw, text
    if c.lang == "uk":
        body = rand_digits(c, 9)
        raw = body + rnokpp_check(body)
        return "rnokpp", raw, c.dg(raw)
    if c.lang == "lt":
        gender = r.choice("34")
        body = (
            f"{gender}{r.randint(45, 99):02d}{r.randint(1, 12):02d}{r.randint(1, 28):02d}"
            + rand_digits(c, 3, False)
        )
        raw = body + asmens_check(body)
        return "asmens", raw, c.dg(raw, c.pick(["digits", "digits", "mixed"]))
    if r.random() < 0.5:
        first = r.choice("ABCEGHJKLMNPRSTWXYZ")
        second = r.choice("ABCEGHJKLMNPRSTWXYZ")
        while first + second in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            second = r.choice("ABCEGHJKLMNPRSTWXYZ")
        digits, tail = rand_digits(c, 6), r.choice("ABCD")
        raw = f"{first}{second}{digits}{tail}"
        if c.asr:
            return (
                "ni",
                raw,
                (
                    f"{first.lower()} {second.lower()} "
                    f"{speak_digits('en', digits, c.pick(['digits', 'pairs']), r)} "
                    f"{tail.lower()}"
                ),
            )
        return "ni", raw, f"{first}{second} {digits[:2]} {digits[2:4]} {digits[4:]} {tail}"
    area = r.randint(1, 665)
    raw = f"{area:03d}{r.randint(1, 99):02d}{r.randint(1, 9999):04d}"
    return "ssn", raw, c.dg(raw, "digits") if c.asr else f"{raw[:3]}-{raw[3:5]}-{raw[5:]}"


UK_LETTERS = {
    "А": "а",
    "В": "ве",
    "Е": "е",
    "К": "ка",
    "М": "ем",
    "Н": "ен",
    "О": "о",
    "С": "ес",
    "Т": "те",
}


def passport(c: Ctx) -> tuple[str, list[str]]:
    """(kind, pieces): Russian series and number are two pieces around the word 'номер'."""
    r = c.rng
    if c.lang == "ru":
        series, number = f"{r.randint(1, 99):02d}{r.randint(0, 25):02d}", rand_digits(c, 6)
        return "ru", [c.dg(series, c.pick(["pairs", "digits"]), 2), c.dg(number)]
    if c.lang == "uk":
        if r.random() < 0.5:
            letters = "".join(r.choice(list(UK_LETTERS)) for _ in range(2))
            number = rand_digits(c, 6)
            if c.asr:
                spoken = " ".join(UK_LETTERS[ch] for ch in letters)
                return "uk_book", [f"{spoken} {c.dg(number)}"]
            return "uk_book", [f"{letters} {number}"]
        return "uk_id", [c.dg("00" + rand_digits(c, 7), c.pick(["digits", "triples"]))]
    if c.lang == "lt":
        return "lt", [c.dg(str(r.randint(2, 3)) + rand_digits(c, 7, False))]
    return "generic", [c.dg(rand_digits(c, 9), c.pick(["digits", "triples"]))]


# ---------------------------------------------------------------- PII templates


def card_pieces(c: Ctx, card: str, key: str, habit: str) -> list[Turn]:
    """Customer dictates a card in chunks over several turns, the agent nudging between."""
    turns: list[Turn] = []
    parts = chunk(card, card_sizes(c, len(card)))
    for index, part in enumerate(parts):
        lead = c.filler() if c.rng.random() < 0.25 else ""
        turns.append(C(lead, E("CARD", c.dg(part, habit, group=4), key)))
        if index + 1 < len(parts):
            turns.append(A(c.ack()))
    return turns


def readback(c: Ctx, card: str) -> Turn:
    """Agent reads the whole number back: its own entity."""
    return A(
        c.t(
            ["Повторяю:", "Проверим:", "Записала:"],
            ["Повторюю:", "Перевіримо:"],
            ["Let me read that back:", "So that's"],
            ["Pakartosiu:", "Tikrinu:"],
        ),
        E("CARD", c.dg(card, c.pick(["digits", "pairs", "quads"]), group=4)),
        c.t(
            ["— верно?", ", правильно?"],
            ["— правильно?", ", вірно?"],
            [", is that right?", "— correct?"],
            [", teisingai?", "— ar gerai?"],
        ),
    )


def t_fraud_card_split(c: Ctx) -> list[Turn]:
    agent, card, key = c.pick(AGENTS[c.lang]), card_number(c), c.key()
    turns = [
        A(
            c.t(
                f"Служба безопасности банка, {agent}. Чем могу помочь?",
                f"Служба безпеки банку, {agent}. Чим можу допомогти?",
                f"Fraud prevention team, this is {agent}. How can I help?",
                f"Banko saugumo tarnyba, kalba {agent}. Kuo galiu padėti?",
            )
        ),
        C(
            c.t(
                "Мне пришло сообщение, что с карты списали",
                "Мені прийшло повідомлення, що з картки списали",
                "I've just had a text saying",
                "Gavau žinutę, kad nuo kortelės nuskaičiavo",
            ),
            c.money(c.local(900, 48000), c.rng.randint(1, 99)),
            c.t(
                ", а я ничего не покупала!",
                ", а я нічого не купувала!",
                "went to some online shop, and it wasn't me!",
                ", bet aš nieko nepirkau!",
            ),
        ),
        A(
            c.t(
                [
                    "Понимаю. Продиктуйте, пожалуйста, номер карты полностью.",
                    "Сейчас разберёмся. Назовите номер карты, можно по четыре цифры.",
                ],
                [
                    "Зрозуміло. Продиктуйте, будь ласка, повний номер картки.",
                    "Зараз розберемося. Назвіть номер картки, можна частинами.",
                ],
                [
                    "Right, let's sort it out. Can you read me the full card number?",
                    "I see. Read me the long number on the front, a few digits at a time.",
                ],
                [
                    "Supratau. Padiktuokite, prašau, visą kortelės numerį.",
                    "Tuoj išsiaiškinsim. Sakykite kortelės numerį dalimis.",
                ],
            )
        ),
    ]
    turns += card_pieces(c, card, key, c.habit())
    turns += [
        readback(c, card),
        C(
            c.t(
                ["Да, всё так.", f"Да, {agent}, всё верно."],  # the agent's name is not PII
                ["Так, усе правильно."],
                ["Yes, that's it.", f"Yeah, that's right, {agent}."],
                ["Taip, teisingai."],
            )
        ),
        A(
            c.t("Вижу операцию", "Бачу операцію", "I can see a payment on", "Matau operaciją"),
            c.date(c.rng.randint(1, 28), c.rng.randint(1, 12)),
            c.t("в", "о", "at", ""),
            c.clock(c.rng.randint(7, 23), c.rng.randint(0, 59)),
            c.t(
                ". Для сверки назовите срок действия карты.",
                ". Для звірки назвіть термін дії картки.",
                ". To confirm, what's the expiry date?",
                ". Patikrinimui pasakykite galiojimo datą.",
            ),
        ),
        C(c.t("Там написано", "Там написано", "It says", "Parašyta"), E("EXPIRY", expiry(c)), "."),
        A(
            c.t(
                "Спасибо. Карту, которая заканчивается на",
                "Дякую. Картку, що закінчується на",
                "Thanks. The card ending in",
                "Ačiū. Kortelę, kurios numeris baigiasi",
            ),
            c.dg(card[-4:], "pairs"),
            c.t(
                ", блокирую, новую выпустим в течение недели.",
                ", блокую, нову випустимо протягом тижня.",
                "is blocked now; a new one will be with you within a week.",
                ", blokuoju, naują išleisime per savaitę.",
            ),
        ),
    ]
    return turns


def t_refund_card_correction(c: Ctx) -> list[Turn]:
    agent, card, key = (
        c.pick(AGENTS[c.lang]),
        card_number(c, c.pick(["visa", "mc", "visa13", "maestro19"])),
        c.key(),
    )
    order = rand_digits(c, 9)
    cut = c.rng.choice([4, 6, 8])
    wrong = card[: cut - 1] + str((int(card[cut - 1]) + 3) % 10)
    turns = [
        A(
            c.t(
                f"Маркетплейс «Ярмарка», {agent}, слушаю вас.",
                f"Маркетплейс «Базар», {agent}, слухаю вас.",
                f"MarketHub customer care, {agent} speaking.",
                f"Prekyvietė „Turgus“, {agent}, klausau.",
            )
        ),
        C(
            c.t(
                "Я хочу вернуть деньги за заказ номер",
                "Хочу повернути гроші за замовлення номер",
                "I want a refund for order number",
                "Noriu grąžinti pinigus už užsakymą numeris",
            ),
            c.dg(order, c.pick(["triples", "digits"])),
            c.t(
                ", пылесос пришёл разбитый.",
                ", пилосос прийшов розбитий.",
                ", the hoover arrived cracked.",
                ", dulkių siurblys atvažiavo sudaužytas.",
            ),
        ),
        A(
            c.t(
                "Вижу заказ на",
                "Бачу замовлення на",
                "I can see the order for",
                "Matau užsakymą už",
            ),
            c.money(c.local(2000, 19000), c.rng.randint(0, 99)),
            c.t(
                ". Деньги вернём на карту — продиктуйте её номер.",
                ". Гроші повернемо на картку — продиктуйте її номер.",
                ". We'll refund it to a card, what's the card number?",
                ". Pinigus grąžinsime į kortelę — padiktuokite jos numerį.",
            ),
        ),
        C(
            E("CARD", c.dg(wrong, c.habit(), group=4), key),
            c.t(
                ["… нет, не так, сначала:", "— ой, нет, не так. Заново:"],
                ["… ні, стоп, не так. Спочатку:", "— ой, ні, помилилася. Заново:"],
                ["… no, scratch that, from the start:", "— sorry, wrong, again:"],
                ["… ne, palaukite, ne taip. Iš naujo:", "— oi, ne. Iš pradžių:"],
            ),
            E("CARD", c.dg(card, c.habit(), group=4), key),
        ),
        readback(c, card),
        C(
            c.t(
                ["Да.", "Угу, так."],
                ["Так.", "Ага, так."],
                ["Yep.", "That's right."],
                ["Taip.", "Teisingai."],
            )
        ),
        A(
            c.t(
                "Возврат оформлен, деньги придут за",
                "Повернення оформлено, гроші прийдуть за",
                "Done, the money should reach you in",
                "Grąžinimas įformintas, pinigai ateis per",
            ),
            c.n(c.pick([5, 7, 10])),
            c.t("рабочих дней.", "робочих днів.", "working days.", "darbo dienų."),
        ),
    ]
    if c.lang == "lt":
        days = c.pick([5, 7, 10])
        turns[-1] = A(
            "Grąžinimas įformintas, terminas —",
            c.n(days, fem=True),
            plural("lt", days, ("darbo diena", "darbo dienos", "darbo dienų")) + ".",
        )
    return turns


def t_airline_card(c: Ctx) -> list[Turn]:
    agent, key = c.pick(AGENTS[c.lang]), c.key()
    card = card_number(c, c.pick(["amex", "visa", "mc", "maestro19"]))
    flight = f"{c.pick(['SU', 'UT', 'PS', 'BT', 'BA', 'FR'])} {c.rng.randint(100, 2999)}"
    flight_said = c.n(int(flight.split()[1])) if c.asr else flight
    parts = chunk(card, card_sizes(c, len(card)))
    habit = c.habit()
    said: list[Seg] = []
    run = ""
    for index, part in enumerate(parts):
        run += part
        if index + 1 == len(parts) or c.rng.random() < 0.6:
            # a filler or pause splits the number into pieces of one entity
            said.append(E("CARD", c.dg(run, habit, group=4), key))
            run = ""
            if index + 1 < len(parts):
                said.append(c.pick([c.filler(), c.filler() + ","] + ([] if c.asr else ["…"])))
    return [
        A(
            c.t(
                f"Авиакомпания «Северный ветер», {agent}, здравствуйте.",
                f"Авіакомпанія «Небосхил», {agent}, доброго дня.",
                f"SkyBridge Airways, {agent} speaking, how can I help?",
                f"Oro linijos „Paukštis“, {agent}, laba diena.",
            )
        ),
        C(
            c.t("Мой рейс", "Мій рейс", "My flight", "Mano skrydį"),
            flight_said,
            c.t("", "", "on", ""),
            c.date(c.rng.randint(1, 28), c.rng.randint(1, 12)),
            c.t(
                "отменили, мне надо улететь сегодня.",
                "скасували, мені треба вилетіти сьогодні.",
                "was cancelled and I need to fly today.",
                "atšaukė, man reikia išskristi šiandien.",
            ),
        ),
        A(
            c.t(
                "Есть место на рейс в",
                "Є місце на рейс о",
                "There's a seat on the",
                "Yra vieta į skrydį",
            ),
            c.clock(c.rng.randint(15, 23), c.pick([0, 15, 40, 55])),
            c.t(", доплата", ", доплата", "departure, the fare difference is", ", priemoka"),
            c.money(c.local(4000, 39000), c.pick([0, 50, 99])),
            c.t(
                ". Оплатите картой?",
                ". Оплатите карткою?",
                ". Will you pay by card?",
                ". Mokėsite kortele?",
            ),
        ),
        C(
            c.t(
                ["Да, записывайте:", "Да, сейчас достану… вот:"],
                ["Так, записуйте:", "Так, зараз дістану… ось:"],
                ["Yes, here we go:", "Yeah, hang on… right:"],
                ["Taip, užsirašykite:", "Taip, tuoj išsitrauksiu… štai:"],
            ),
            said,
        ),
        readback(c, card),
        C(c.t("Да, правильно.", "Так, правильно.", "Yes.", "Taip.")),
        A(c.t("Срок действия?", "Термін дії?", "And the expiry date?", "Galiojimo data?")),
        C(E("EXPIRY", expiry(c))),
        A(
            c.t(
                ["И код безопасности на обороте.", "И три цифры с обратной стороны."],
                ["І код безпеки на звороті.", "І три цифри зі зворотного боку."],
                ["And the security code, please.", "And the three digits on the back."],
                ["Ir saugos kodą kitoje pusėje.", "Ir tris skaitmenis kitoje pusėje."],
            )
            if card[:2] not in ("34", "37")
            else c.t(
                "И четыре цифры на лицевой стороне, над номером.",
                "І чотири цифри на лицьовому боці, над номером.",
                "And the four-digit code on the front, above the number.",
                "Ir keturis skaitmenis priekinėje pusėje, virš numerio.",
            )
        ),
        C(c.pick(["", c.filler()]), E("CVV", cvv(c, 4 if card[:2] in ("34", "37") else 3))),
        A(
            c.t(
                "Оплата прошла. Номер брони",
                "Оплата пройшла. Номер бронювання",
                "That's gone through. Your booking reference is",
                "Apmokėta. Rezervacijos numeris",
            ),
            c.dg(rand_digits(c, 6), "pairs"),
            c.t(", вылет в", ", виліт о", ", boarding closes at", ", išskrisite"),
            c.clock(c.rng.randint(15, 23), c.pick([5, 20, 35])),
            ".",
        ),
    ]


def t_gym_card(c: Ctx) -> list[Turn]:
    agent, card = (
        c.pick(AGENTS[c.lang]),
        card_number(
            c, c.pick(["visa", "mc", "mir"] if c.lang == "ru" else ["visa", "mc", "visa13"])
        ),
    )
    trainer = person(c, female=False if c.lang == "lt" else None)
    months = c.pick([3, 6, 12])
    price = c.rng.randint(90, 600) * 100 if c.lang in ("ru", "uk") else c.rng.randint(90, 900)
    return [
        A(
            c.t(
                f"Фитнес-клуб «Атлант», администратор {agent}.",
                f"Фітнес-клуб «Олімп», адміністратор {agent}.",
                f"Ironworks Gym, {agent} on the front desk.",
                f"Sporto klubas „Ąžuolas“, administratorė {agent}.",
            )
        ),
        C(
            c.t(
                "Хочу продлить абонемент на",
                "Хочу продовжити абонемент на",
                "I'd like to renew my membership for",
                "Noriu pratęsti abonementą, terminas —",
            ),
            c.q(
                months,
                ("месяц", "месяца", "месяцев"),
                ("місяць", "місяці", "місяців"),
                ("month", "months", ""),
                ("mėnuo", "mėnesiai", "mėnesių"),
            ),
            c.t(
                ["и ходить на персональные. Тренер —", "и записаться на персональные, тренер —"],
                ["і записатися до тренера", "і ходити на персональні до"],
                ["and book sessions with", "and carry on with my PT,"],
                [
                    "; dar noriu asmeninių treniruočių, treneris —",
                    "; ir asmeninės treniruotės, treneris —",
                ],
            ),
            E(
                "PERSON",
                f"{trainer.first_gen} {trainer.last_gen}"
                if c.lang == "uk"
                else f"{trainer.first} {trainer.last}",
            ),
            ".",
        ),
        A(
            c.t("Абонемент стоит", "Абонемент коштує", "That comes to", "Abonementas kainuoja"),
            c.money(price),
            c.t(", со скидкой", ", зі знижкою", ", or with the", ", su nuolaida"),
            c.n(c.pick([10, 15, 20])),
            c.t(
                "процентов — дешевле. Картой?",
                "відсотків — дешевше. Карткою?",
                "percent loyalty discount a bit less. Card?",
                "procentų — pigiau. Kortele?",
            ),
        ),
        C(
            c.t("Да, номер", "Так, номер", "Yes, the number is", "Taip, numeris"),
            E("CARD", c.dg(card, "pairs" if c.rng.random() < 0.5 else c.habit(), group=4)),
            c.t(", действует до", ", дійсна до", ", expires", ", galioja iki"),
            E("EXPIRY", expiry(c)),
            c.t(", код", ", код", ", and the code is", ", kodas"),
            E("CVV", cvv(c)),
            ".",
        ),
        A(
            c.t(
                ["Оплата прошла. Тренировки по вторникам в", "Готово. Ждём вас во вторник в"],
                ["Оплата пройшла. Тренування по вівторках о", "Готово. Чекаємо у вівторок о"],
                ["Payment's gone through. Sessions are Tuesdays at", "All set, see you Tuesday at"],
                ["Apmokėta. Treniruotės antradieniais", "Gerai. Laukiame antradienį"],
            ),
            c.clock(c.rng.randint(7, 20), c.pick([0, 30])),
            ".",
        ),
    ]


def t_utilities_elderly_card(c: Ctx) -> list[Turn]:
    card, account, key2 = (
        card_number(c),
        rand_digits(c, 10),
        c.key(),
    )
    habit = c.pick(["digits", "quads", "pairs"])
    first = C(
        c.t(
            ["Милая, я по квитанции… Карта моя вот:", "Дочка, я оплатить хочу. Карта:"],
            ["Доню, я за квитанцією… Картка ось:", "Дитино, хочу заплатити. Картка:"],
            [
                "Hello dear, I want to pay my bill. My card is",
                "Hello love, it's about the bill. The card says",
            ],
            [
                "Labas, vaikeli, noriu sumokėti sąskaitą. Kortelė štai:",
                "Sveiki, mokėti noriu. Kortelė:",
            ],
        ),
        E("CARD", c.dg(card, habit, group=4)),
    )
    return [
        A(
            c.t(
                "Расчётный центр ЖКХ, слушаю.",
                "Розрахунковий центр, слухаю.",
                "Southern Water billing, how can I help?",
                "Komunalinių paslaugų centras, klausau.",
            )
        ),
        first,
        A(
            c.t(
                [
                    "Извините, связь прерывается. Повторите номер карты помедленнее.",
                    "Не расслышала, повторите, пожалуйста.",
                ],
                ["Вибачте, погано чути. Повторіть номер картки повільніше."],
                ["Sorry, you broke up there. Could you repeat the card number slowly?"],
                ["Atsiprašau, blogai girdėti. Pakartokite numerį lėčiau."],
            )
        ),
        C(
            c.t(
                "Сейчас, очки надену…",
                "Зараз, окуляри вдягну…",
                "Let me get my glasses…",
                "Tuoj, akinius užsidėsiu…",
            ),
            E("CARD", c.dg(card, "digits", group=4), key2),
        ),
        readback(c, card),
        C(c.t("Вроде так.", "Наче так.", "I think so, yes.", "Rodos, taip.")),
        A(
            c.t(
                "И номер лицевого счёта из квитанции, вверху справа.",
                "І номер особового рахунку з квитанції, вгорі праворуч.",
                "And your customer account number from the top of the bill.",
                "Ir mokėtojo kodą iš sąskaitos viršaus.",
            )
        ),
        C(E("ACCOUNT", c.dg(account, c.habit()))),
        A(
            c.t("К оплате", "До сплати", "The balance is", "Mokėti"),
            c.money(
                c.rng.randint(1200, 9800) if c.lang in ("ru", "uk") else c.rng.randint(40, 320),
                c.rng.randint(1, 99),
            ),
            c.t(
                ", из них вода по тарифу",
                ", з них вода за тарифом",
                ", water at",
                ", iš jų vanduo pagal tarifą",
            ),
            c.money(
                c.rng.randint(30, 90) if c.lang in ("ru", "uk") else c.rng.randint(1, 4),
                c.rng.randint(1, 99),
            ),
            c.t(
                "за кубометр. Списываю?",
                "за кубометр. Списую?",
                "per cubic metre. Shall I take it?",
                "už kubinį metrą. Nuskaičiuoju?",
            ),
        ),
        C(
            c.t(
                "Списывай, дочка, спасибо.",
                "Списуйте, дякую.",
                "Yes please, thank you.",
                "Taip, ačiū.",
            )
        ),
    ]


def address_by_name(c: Ctx, p: Person, question: str) -> Turn:
    """Agent thanks the caller by name (labelled) where the language needs no vocative."""
    if c.lang == "ru":
        name = f"{p.first} {p.patr}" if c.rng.random() < 0.6 else p.first
        return A("Спасибо,", E("PERSON", name), ".", question)
    if c.lang == "en":
        title = "Mrs" if p.female else "Mr"
        if c.rng.random() < 0.5:
            return A("Thanks,", title, E("PERSON", p.last), ".", question)
        return A("Thanks,", E("PERSON", p.first), ".", question)
    return A(c.t("", "Дякую.", "", "Ačiū."), question)


def t_telemed_patient(c: Ctx) -> list[Turn]:
    agent, p = c.pick(AGENTS[c.lang]), person(c)
    _, phone_text = phone(c)
    local, domain = email_parts(c)
    d, m, y = dob_value(c)
    name = full_name(c, p)
    return [
        A(
            c.t(
                f"Онлайн-клиника «Доктор рядом», оператор {agent}. Как вас зовут?",
                f"Онлайн-клініка «Лікар поруч», оператор {agent}. Як вас звати?",
                f"MediCall online clinic, {agent} here. Can I take your name?",
                f"Nuotolinė klinika „Gydytojas šalia“, operatorė {agent}. Kaip jūsų vardas?",
            )
        ),
        C(
            c.t("Меня зовут", "Мене звати", "It's", "Mano vardas"),
            E("PERSON", name),
            c.t(
                ", хочу консультацию терапевта по видеосвязи.",
                ", хочу консультацію терапевта відеозв'язком.",
                ", I'd like a video appointment with a GP.",
                ", noriu vaizdo konsultacijos pas šeimos gydytoją.",
            ),
        ),
        A(c.t("Дата рождения?", "Дата народження?", "And your date of birth?", "Gimimo data?")),
        C(dob_segs(c, d, m, y)),
        address_by_name(
            c,
            p,
            c.t(
                "Номер телефона для видеозвонка?",
                "Номер телефону для відеодзвінка?",
                "What's the best number for the video call?",
                "Telefono numeris vaizdo skambučiui?",
            ),
        ),
        C(E("PHONE", phone_text)),
        A(
            c.t(
                "И электронную почту — туда придёт ссылка.",
                "І електронну пошту — туди прийде посилання.",
                "And an email for the link?",
                "Ir el. paštą — ten atsiųsime nuorodą.",
            )
        ),
        *(
            [
                C(
                    c.t(
                        "Простите, что? Плохо слышно.",
                        "Перепрошую, що? Погано чути.",
                        "Sorry, say again?",
                        "Atsiprašau, ką? Blogai girdėti.",
                    )
                ),
                A(
                    c.t(
                        "Адрес электронной почты.",
                        "Адресу електронної пошти.",
                        "Your email.",
                        "El. pašto adresą.",
                    )
                ),
            ]
            if c.rng.random() < 0.5
            else []
        ),
        C(E("EMAIL", email_text(c, local, domain))),
        A(
            c.t("Записала вас", "Записала вас", "You're booked for", "Užrašiau jus"),
            c.date(c.rng.randint(1, 28), c.rng.randint(1, 12)),
            c.t(", в", ", о", "at", ","),
            c.clock(c.rng.randint(8, 19), c.pick([0, 20, 40])),
            c.t(
                ". Консультация длится",
                ". Консультація триває",
                ". It lasts",
                ". Konsultacija trunka",
            ),
            c.n(c.pick([20, 30, 40])),
            c.t("минут, стоимость", "хвилин, вартість", "minutes and costs", "minučių, kaina"),
            c.money(c.pick([1500, 2200, 990]) if c.lang in ("ru", "uk") else c.pick([35, 49, 60])),
            ".",
        ),
    ]


def passport_segs(c: Ctx, key: str | None = None) -> list[Seg]:
    key = key or c.key()
    kind, pieces = passport(c)
    if kind == "ru":
        return [
            c.t(["серия", ""], "", "", ""),
            E("PASSPORT", pieces[0], key),
            c.pick(["номер", ",", "номер"]),
            E("PASSPORT", pieces[1], key),
        ]
    return [E("PASSPORT", pieces[0], key)]


def t_visa_passport(c: Ctx) -> list[Turn]:
    agent, p = c.pick(AGENTS[c.lang]), person(c, female=True)
    d, m, y = dob_value(c)
    return [
        A(
            c.t(
                f"Визовый центр, {agent}. Слушаю вас.",
                f"Візовий центр, {agent}. Слухаю вас.",
                f"Visa application centre, {agent} speaking.",
                f"Vizų centras, {agent}. Klausau.",
            )
        ),
        C(
            c.t(
                "Я записывалась на подачу документов",
                "Я записувалася на подачу документів",
                "I've got an appointment to hand in my documents on",
                "Buvau užsiregistravusi dokumentų pateikimui",
            ),
            c.date(c.rng.randint(1, 28), c.rng.randint(1, 12)),
            c.t(
                ", хочу перенести.",
                ", хочу перенести.",
                ", and I need to move it.",
                ", noriu perkelti.",
            ),
        ),
        A(
            c.t(
                "Назовите, пожалуйста, фамилию и имя как в паспорте.",
                "Назвіть, будь ласка, прізвище та ім'я як у паспорті.",
                "Can I have your full name as it appears in the passport?",
                "Pasakykite vardą ir pavardę, kaip parašyta pase.",
            )
        ),
        C(E("PERSON", f"{p.last} {p.first}" if c.lang != "en" else f"{p.first} {p.last}")),
        A(c.t("Номер паспорта?", "Номер паспорта?", "And the passport number?", "Paso numeris?")),
        C(c.pick([c.filler(), ""]), passport_segs(c)),
        A(c.t("И дата рождения.", "І дата народження.", "And date of birth.", "Ir gimimo data.")),
        C(dob_segs(c, d, m, y)),
        A(
            c.t("Нашла. Свободно", "Знайшла. Вільно", "Found you. We have", "Radau. Laisva"),
            c.date(c.rng.randint(1, 28), c.rng.randint(1, 12)),
            c.t("в", "о", "at", ""),
            c.clock(c.rng.randint(9, 16), c.pick([0, 15, 30, 45])),
            c.t(", окно", ", вікно", ", window", ", langelis"),
            c.n(c.rng.randint(2, 14)),
            c.t(
                ". Сервисный сбор",
                ". Сервісний збір",
                ". The service fee is",
                ". Paslaugos mokestis",
            ),
            c.money(
                c.pick([2450, 1890, 3100]) if c.lang in ("ru", "uk") else c.pick([45, 38, 27]),
                c.pick([0, 50]),
            ),
            ".",
        ),
    ]


def t_insurance_claim(c: Ctx) -> list[Turn]:
    agent, other = c.pick(AGENTS[c.lang]), person(c, female=False)
    caller = person(c)
    policy = c.dg(rand_digits(c, 10), c.habit())
    series = {"ru": c.pick(["ХХХ", "ТТТ", "ААС"]), "uk": c.pick(["ЕР", "АМ"]), "en": "", "lt": ""}[
        c.lang
    ]
    if series and c.asr:
        series = {
            "ХХХ": "икс икс икс",
            "ТТТ": "тэ тэ тэ",
            "ААС": "а а эс",
            "ЕР": "е ер",
            "АМ": "а ем",
        }[series]
    _, phone_text = phone(c)
    return [
        A(
            c.t(
                f"Страховая «Надёжный полис», урегулирование убытков, {agent}.",
                f"Страхова «Щит», врегулювання збитків, {agent}.",
                f"Harbour Insurance claims line, {agent} speaking.",
                f"Draudimas „Skydas“, žalų skyrius, {agent}.",
            )
        ),
        C(
            c.t(
                f"Я в аварию {'попала' if caller.female else 'попал'}, вчера вечером, на "
                "перекрёстке Ленина и Садовой.",
                f"Я {'потрапила' if caller.female else 'потрапив'} у ДТП вчора ввечері, на "
                "перехресті Франка і Садової.",
                "I've had a bump, last night at the junction of Station Road and King Street.",
                "Pakliuvau į avariją vakar vakare, Gedimino ir Pylimo sankryžoje.",
            )
        ),
        A(
            c.t(
                "Номер полиса, пожалуйста.",
                "Номер поліса, будь ласка.",
                "Can I have your policy number?",
                "Poliso numeris?",
            )
        ),
        C(E("ACCOUNT", f"{series} {policy}".strip())),
        A(
            c.t("Полис на имя", "Поліс на ім'я", "That's the policy for", "Polisas"),
            E("PERSON", full_name(c, caller, gen=c.lang != "en")),
            c.t(
                ", верно? Кто второй участник?",
                ", правильно? Хто другий учасник?",
                ", correct? Who was the other driver?",
                "vardu, teisingai? Kas antras dalyvis?",
            ),
        ),
        C(
            c.t(
                "Да. Второй — водитель такси,",
                "Так. Другий — таксист,",
                "Yes. The other one was a cabbie,",
                "Taip. Kitas — taksistas,",
            ),
            E("PERSON", f"{other.first} {other.last}"),
            c.t(
                ", вот его телефон:",
                ", ось його телефон:",
                ", his number's",
                ", štai jo telefonas:",
            ),
            E("PHONE", phone_text),
            ".",
        ),
        A(
            c.t(
                "Записала. Номер вашего обращения",
                "Записала. Номер вашого звернення",
                "Your claim reference is",
                "Jūsų pranešimo numeris",
            ),
            c.dg(rand_digits(c, 7), c.pick(["triples", "digits"])),
            c.t(
                ". Оценщик приедет через",
                ". Оцінювач приїде через",
                ". An assessor will call within",
                ". Vertintojas atvyks per",
            ),
            c.q(
                2 if c.lang == "lt" else c.pick([2, 3]),
                ("день", "дня", "дней"),
                ("день", "дні", "днів"),
                ("day", "days", ""),
                ("dieną", "dienas", "dienų"),
                fem=c.lang == "lt",
            ),
            c.t(", франшиза", ", франшиза", "; your excess is", ", franšizė"),
            c.money(c.t(15000, 9000, 250, 300)),
            ".",
        ),
    ]


def t_tax_spouse(c: Ctx) -> list[Turn]:
    agent, spouse = c.pick(AGENTS[c.lang]), person(c, female=c.rng.random() < 0.5)
    kind, _raw, id_text = national_id(c)
    wife = spouse.female
    year = c.rng.randint(2021, 2025)
    label = {
        "inn": "ИНН",
        "snils": "СНИЛС",
        "rnokpp": "РНОКПП",
        "asmens": "asmens kodas",
        "ni": "National Insurance number",
        "ssn": "Social Security number",
    }[kind]
    return [
        A(
            c.t(
                f"Налоговая консультация «Декларант», {agent}.",
                f"Податкова консультація «Декларант», {agent}.",
                f"TaxWise advice line, {agent} speaking.",
                f"Mokesčių konsultacijos, {agent}.",
            )
        ),
        C(
            c.t(
                "Я звоню за "
                + ("жену" if wife else "мужа")
                + ", она" * wife
                + ", он" * (not wife)
                + " на работе. Нужен вычет за лечение за",
                "Я дзвоню за "
                + ("дружину" if wife else "чоловіка")
                + ", вона" * wife
                + ", він" * (not wife)
                + " на роботі. Потрібна податкова знижка за лікування за",
                f"I'm calling for my {'wife' if wife else 'husband'}, "
                f"{'she' if wife else 'he'}'s at work. It's the medical expenses claim for",
                "Skambinu dėl "
                + ("žmonos" if wife else "vyro")
                + ", "
                + ("ji" if wife else "jis")
                + " darbe. Dėl gydymo išlaidų už",
            ),
            c.year_acc(year),
            c.t("год.", "рік.", ".", "metus."),
        ),
        A(
            c.t(
                ["Как зовут супруга?", "Назовите ФИО супруга."]
                if not wife
                else ["Как зовут супругу?", "Назовите ФИО супруги."],
                "Як звати " + ("дружину?" if wife else "чоловіка?"),
                "What's your " + ("wife's" if wife else "husband's") + " full name?",
                "Koks " + ("žmonos" if wife else "vyro") + " vardas ir pavardė?",
            )
        ),
        C(E("PERSON", full_name(c, spouse))),
        A(c.t(f"И {label}", f"І {label}", f"And the {label}?", f"Ir {label}?")),
        C(
            c.t(
                ["Сейчас найду… вот:", "Записывайте:"],
                ["Зараз знайду… ось:", "Записуйте:"],
                ["Let me find it… here:", "Right, it's"],
                ["Tuoj rasiu… štai:", "Užsirašykite:"],
            ),
            E("NATIONAL_ID", id_text),
        ),
        A(
            c.t("Вернуть можно", "Повернути можна", "You can get back", "Susigrąžinti galima"),
            c.n(c.pick([13, 18, 20])),
            c.t(
                "процентов, максимум",
                "відсотків, максимум",
                "percent, up to",
                "procentų, daugiausia",
            ),
            c.money(c.t(19500, 15600, 1200, 800)),
            c.t(
                ". Декларацию подать до",
                ". Декларацію подати до",
                ". File by",
                ". Deklaraciją pateikti iki",
            ),
            c.date(c.pick([30, 1, 31]), c.pick([4, 5, 1])),
            ".",
        ),
    ]


def t_kindergarten(c: Ctx) -> list[Turn]:
    agent, child, parent = c.pick(AGENTS[c.lang]), person(c), person(c, female=True)
    d, m, y = dob_value(c, child=True)
    kind, _raw, id_text = national_id(c)
    if c.lang == "en":
        id_label, id_line = "", []
    else:
        id_label = {
            "ru": "СНИЛС ребёнка" if kind == "snils" else "ИНН ребёнка",
            "uk": "РНОКПП дитини",
            "lt": "vaiko asmens kodo",
        }[c.lang]
        id_line = [
            A(c.t(f"Нужен {id_label}.", f"Потрібен {id_label}.", "", f"Reikia {id_label}.")),
            C(E("NATIONAL_ID", id_text)),
        ]
    return [
        A(
            c.t(
                "Детский сад номер",
                "Дитячий садок номер",
                "Little Acorns nursery,",
                "Lopšelis-darželis",
            ),
            c.t(c.n(c.rng.randint(3, 240)), c.n(c.rng.randint(3, 240)), "", "„Saulutė“"),
            c.t(
                f", заведующая на совещании, я {agent}.",
                f", завідувачка на нараді, я {agent}.",
                f"{agent} speaking, the manager's out.",
                f", vedėja pasitarime, kalba {agent}.",
            ),
        ),
        C(
            c.t(
                "Хочу записать ребёнка в группу «Солнышко».",
                "Хочу записати дитину до групи «Сонечко».",
                "I'd like to register my child for the Ladybirds room.",
                "Noriu užrašyti vaiką į „Boružėlių“ grupę.",
            )
        ),
        A(
            c.t(
                "Фамилия и имя ребёнка?",
                "Прізвище та ім'я дитини?",
                "Child's full name?",
                "Vaiko vardas ir pavardė?",
            )
        ),
        C(
            E(
                "PERSON",
                f"{child.last} {child.first}"
                if c.lang in ("ru", "uk")
                else f"{child.first} {child.last}",
            )
        ),
        A(c.t("Дата рождения?", "Дата народження?", "Date of birth?", "Gimimo data?")),
        C(dob_segs(c, d, m, y)),
        *id_line,
        A(c.t("Адрес проживания?", "Адреса проживання?", "Home address?", "Gyvenamoji vieta?")),
        C(
            c.t("Город тот же,", "Місто те саме,", "Same town,", "Miestas tas pats,"),
            E("ADDRESS", address(c)),
            ".",
        ),
        A(
            c.t(
                "Кто будет забирать ребёнка?",
                "Хто забиратиме дитину?",
                "Who'll be collecting?",
                "Kas pasiims vaiką?",
            )
        ),
        C(
            c.t("Я или бабушка,", "Я або бабуся,", "Me or their gran,", "Aš arba močiutė,"),
            E(
                "PERSON",
                f"{parent.first} {parent.patr}"
                if c.lang == "ru"
                else f"{parent.first} {parent.last}",
            ),
            ".",
        ),
        A(
            c.t("Оплата", "Оплата", "Fees are", "Mokestis"),
            c.money(c.t(3200, 2750, 180, 95)),
            c.t(
                "в месяц, группа с",
                "на місяць, група з",
                "a month, open from",
                "per mėnesį, grupė nuo",
            ),
            c.clock(7, c.pick([0, 30]), "gen"),
            c.t("до", "до", "to", "iki"),
            c.clock(c.pick([18, 19]), 0, "gen"),
            ".",
        ),
    ]


def t_realestate(c: Ctx) -> list[Turn]:
    agent, owner = c.pick(AGENTS[c.lang]), person(c)
    _, phone_text = phone(c)
    rooms, area, floor = c.rng.randint(1, 4), c.rng.randint(28, 120), c.rng.randint(1, 16)
    price = (
        c.rng.randint(45, 190) * 100000 if c.lang in ("ru", "uk") else c.rng.randint(90, 450) * 1000
    )
    return [
        A(
            c.t(
                f"Агентство недвижимости «Ключ», {agent}.",
                f"Агенція нерухомості «Оселя», {agent}.",
                f"Hartley & Stone estate agents, {agent} speaking.",
                f"Nekilnojamojo turto agentūra „Raktas“, {agent}.",
            )
        ),
        C(
            c.t(
                "Хочу выставить квартиру на продажу, я собственник,",
                "Хочу виставити квартиру на продаж, я власник,",
                "I'd like to put my flat on the market, I'm the owner,",
                "Noriu parduoti butą, aš savininkas,",
            ),
            E("PERSON", full_name(c, owner)),
            ".",
        ),
        A(c.t("Адрес квартиры?", "Адреса квартири?", "What's the address?", "Buto adresas?")),
        C(
            c.t(
                "Центр, у метро «Пушкинская»:",
                "Центр, біля метро «Університет»:",
                "It's near Victoria station:",
                "Senamiestis, netoli Vokiečių gatvės:",
            ),
            E("ADDRESS", address(c)),
            ".",
        ),
        A(
            c.t(
                "Сколько комнат, площадь, этаж?",
                "Скільки кімнат, площа, поверх?",
                "Bedrooms, floor area, which floor?",
                "Kiek kambarių, plotas, aukštas?",
            )
        ),
        C(
            c.n(rooms, fem=c.lang != "lt"),
            c.t(
                "комнаты," if 2 <= rooms <= 4 else "комната,",
                "кімнати," if 2 <= rooms <= 4 else "кімната,",
                "bedrooms," if rooms > 1 else "bedroom,",
                "kambariai," if rooms > 1 else "kambarys,",
            ),
            c.q(area, *SQUARE_METRES),
            ",",
            c.t("этаж", "поверх", "floor", "aukštas"),
            c.n(floor),
            c.t(". Хочу", ". Хочу", ". I'm hoping for", ". Noriu"),
            c.money(price),
            ".",
        ),
        A(
            c.t("Комиссия агентства", "Комісія агенції", "Our fee is", "Agentūros mokestis"),
            c.n(c.pick([2, 3])),
            c.t(
                "процента. Телефон для связи?",
                "відсотки. Телефон для зв'язку?",
                "percent. Best contact number?",
                "procentai. Kontaktinis telefonas?",
            ),
        ),
        C(
            c.t(
                ["Мобильный:", "Пишите:"],
                ["Мобільний:", "Пишіть:"],
                ["Mobile's", "It's"],
                ["Mobilusis:", "Rašykite:"],
            ),
            E("PHONE", phone_text),
        ),
        A(
            c.t(
                "Фотограф приедет в субботу в",
                "Фотограф приїде в суботу о",
                "Our photographer can come Saturday at",
                "Fotografas atvyks šeštadienį",
            ),
            c.clock(c.rng.randint(10, 17), 0),
            ".",
        ),
    ]


def t_utilities_meter(c: Ctx) -> list[Turn]:
    account = c.dg(rand_digits(c, c.pick([8, 10, 12])), c.habit(), group=0)
    old, new = c.rng.randint(1000, 9000), 0
    new = old + c.rng.randint(40, 400)
    return [
        A(
            c.t(
                "Водоканал, оператор слушает.",
                "Водоканал, оператор слухає.",
                "Thames Meter Services, how can I help?",
                "Vandentiekis, operatorė klauso.",
            )
        ),
        C(
            c.t(
                "Мне насчитали воду по нормативу, а счётчик стоит!",
                "Мені нарахували воду за нормою, а лічильник стоїть!",
                "You've billed me an estimate but I've got a meter!",
                "Man priskaičiavo vandenį pagal normą, o skaitiklis yra!",
            )
        ),
        A(
            c.t(
                "Номер лицевого счёта?",
                "Номер особового рахунку?",
                "Your account number?",
                "Mokėtojo kodas?",
            )
        ),
        C(E("ACCOUNT", account)),
        A(c.t("Адрес?", "Адреса?", "And the property address?", "Adresas?")),
        C(E("ADDRESS", address(c))),
        A(
            c.t(
                "Какие показания сейчас?",
                "Які зараз показники?",
                "What's the reading now?",
                "Kokie dabar rodmenys?",
            )
        ),
        C(
            c.q(
                new,
                ("куб", "куба", "кубов"),
                ("куб", "куби", "кубів"),
                ("cubic metre", "cubic metres", ""),
                ("kubas", "kubai", "kubų"),
            ),
            c.t(
                ", а в прошлом месяце было",
                ", а минулого місяця було",
                ", and last month it was",
                ", o praeitą mėnesį buvo",
            ),
            c.n(old),
            ".",
        ),
        A(
            c.t(
                "Сделаю перерасчёт по тарифу",
                "Зроблю перерахунок за тарифом",
                "I'll rebill at",
                "Perskaičiuosiu pagal tarifą",
            ),
            c.money(
                c.rng.randint(20, 70) if c.lang in ("ru", "uk") else c.rng.randint(1, 3),
                c.rng.randint(1, 99),
            ),
            c.t(
                "за куб, заявка номер",
                "за куб, заявка номер",
                "a cubic metre; the ticket number is",
                "už kubą, prašymo numeris",
            ),
            c.dg(rand_digits(c, 6), "triples"),
            ".",
        ),
    ]


def t_refund_account(c: Ctx) -> list[Turn]:
    agent, p = c.pick(AGENTS[c.lang]), person(c)
    if c.lang == "ru":
        raw = "40817810" + rand_digits(c, 12, False)
        value = c.dg(raw, c.habit(), group=4 if c.rng.random() < 0.5 else 0)
        label, ask = "счёт", "Номер счёта, двадцать цифр?"
    else:
        raw = iban(c)
        value = iban_text(c, raw)
        label, ask = "IBAN", c.t("", "Ваш IBAN?", "Your IBAN, please?", "Jūsų IBAN?")
    amount = c.money(c.local(30000, 290000), c.rng.randint(1, 99))
    return [
        A(
            c.t(
                f"Турагентство «Глобус», {agent}.",
                f"Турагенція «Мандрівка», {agent}.",
                f"Sunseeker Holidays, {agent} speaking.",
                f"Kelionių agentūra „Vėjas“, {agent}.",
            )
        ),
        C(
            c.t(
                "Тур отменили, обещали вернуть",
                "Тур скасували, обіцяли повернути",
                "You cancelled my holiday and promised a refund of",
                "Kelionę atšaukė, žadėjo grąžinti",
            ),
            amount,
            c.t(
                ". Куда вам прислать реквизиты?",
                ". Куди надіслати реквізити?",
                ".",
                ". Kur atsiųsti rekvizitus?",
            ),
        ),
        A(
            c.t(
                "Продиктуйте, я внесу. На кого оформлен договор?",
                "Продиктуйте, я внесу. На кого оформлено договір?",
                "Read them to me. Whose name is the booking under?",
                "Padiktuokite. Kieno vardu sutartis?",
            )
        ),
        C(c.t("На меня,", "На мене,", "Mine,", "Mano,"), E("PERSON", full_name(c, p)), "."),
        A(c.t("Номер договора?", "Номер договору?", "The contract number?", "Sutarties numeris?")),
        C(E("ACCOUNT", c.dg(rand_digits(c, 7), c.habit()))),
        A(ask),
        C(
            c.t(
                f"Сейчас, из приложения… {label}",
                f"Зараз, з застосунку… {label}",
                f"From my banking app… {label}",
                f"Iš programėlės… {label}",
            ),
            E("ACCOUNT", value),
        ),
        A(
            c.t("Возврат", "Повернення", "The refund of", "Grąžinimas"),
            amount,
            c.t("уйдёт до", "надійде до", "will be sent by", "bus išsiųstas iki"),
            c.date(c.rng.randint(1, 28), c.rng.randint(1, 12)),
            ".",
        ),
    ]


def t_car_service(c: Ctx) -> list[Turn]:
    agent, p = c.pick(AGENTS[c.lang]), person(c)
    _, phone_text = phone(c)
    mileage = c.rng.randint(12, 240) * 1000
    return [
        A(
            c.t(
                f"Автосервис «Мотор», мастер-приёмщик {agent}.",
                f"СТО «Мотор», майстер-приймальник {agent}.",
                f"Kwik Garage, {agent} speaking.",
                f"Autoservisas „Variklis“, {agent}.",
            )
        ),
        C(
            c.t(
                "Машина у вас с понедельника, заказ-наряд номер",
                "Машина у вас з понеділка, наряд номер",
                "You've had my car since Monday, job sheet",
                "Mašina pas jus nuo pirmadienio, užsakymo numeris",
            ),
            c.dg(rand_digits(c, 5), "triples"),
            c.t(
                ". Когда заберу?",
                ". Коли заберу?",
                ". When can I collect it?",
                ". Kada galėsiu pasiimti?",
            ),
        ),
        A(
            c.t(
                "Назовите номер договора обслуживания.",
                "Назвіть номер договору обслуговування.",
                "Can I take your service plan number?",
                "Pasakykite aptarnavimo sutarties numerį.",
            )
        ),
        C(E("ACCOUNT", c.dg(rand_digits(c, 8), c.habit()))),
        A(
            c.t("Договор оформлен на имя", "Договір оформлено на ім'я", "That's under", "Sutartis"),
            E(
                "PERSON",
                full_name(c, p, gen=c.lang in ("ru", "uk", "lt"))
                if c.lang != "en"
                else f"{p.first} {p.last}",
            ),
            c.t(". Пробег", ". Пробіг", ". Mileage", "vardu. Rida"),
            c.n(mileage),
            c.t(
                "километров, меняем ремень ГРМ, итого",
                "кілометрів, міняємо ремінь ГРМ, разом",
                "miles, we're doing the cambelt, total",
                "kilometrų, keičiame diržą, iš viso",
            ),
            c.money(c.rng.randint(80, 900) * (100 if c.lang in ("ru", "uk") else 1)),
            c.t(
                ". Куда позвонить, когда будет готово?",
                ". Куди подзвонити, коли буде готово?",
                ". Where shall I ring you when it's ready?",
                ". Kur paskambinti, kai bus paruošta?",
            ),
        ),
        C(
            c.t(
                ["На этот номер не надо, лучше на мобильный жены:", "Лучше на другой:"],
                ["Краще на інший номер:", "На мобільний:"],
                ["Not this one, try", "Use my mobile,"],
                ["Geriau kitu numeriu:", "Į mobilųjį:"],
            ),
            E("PHONE", phone_text),
        ),
        A(
            c.t(
                "Хорошо, ориентировочно в четверг после",
                "Добре, орієнтовно в четвер після",
                "Should be Thursday after",
                "Gerai, tikriausiai ketvirtadienį po",
            ),
            c.clock(c.pick([14, 15, 16]), 0, "gen"),
            ".",
        ),
    ]


def t_email_correction(c: Ctx) -> list[Turn]:
    agent, key = c.pick(AGENTS[c.lang]), c.key()
    local, domain = email_parts(c)
    wrong_domain = c.pick([d for d in DOMAINS[c.lang] if d != domain])
    return [
        A(
            c.t(
                f"Поддержка онлайн-школы «Знайка», {agent}.",
                f"Підтримка онлайн-школи «Розумники», {agent}.",
                f"BrightPath Tutors support, {agent} here.",
                f"Internetinės mokyklos „Žinukas“ pagalba, {agent}.",
            )
        ),
        C(
            c.t(
                "Не приходят письма с домашкой для сына.",
                "Не приходять листи з домашкою для сина.",
                "My son isn't getting his homework emails.",
                "Negaunu laiškų su sūnaus namų darbais.",
            )
        ),
        A(
            c.t(
                "Какая почта указана в профиле?",
                "Яка пошта вказана в профілі?",
                "Which email is on the account?",
                "Koks el. paštas nurodytas paskyroje?",
            )
        ),
        C(
            E("EMAIL", email_text(c, local, wrong_domain), key),
            c.t(
                ["… ой, нет, не так,", "— нет, стоп, это старая,"],
                ["… ой, ні, не так,", "— ні, стоп, це стара,"],
                ["… no, sorry, scratch that,", "— no wait, that's the old one,"],
                ["… ne, palaukite, ne taip,", "— ne, čia senas,"],
            ),
            E("EMAIL", email_text(c, local, domain), key),
        ),
        A(
            c.t("Повторяю:", "Повторюю:", "So that's", "Pakartoju:"),
            E("EMAIL", email_text(c, local, domain)),
            "?",
        ),
        C(c.t("Да, верно.", "Так, вірно.", "That's it.", "Taip.")),
        A(
            c.t(
                "Вижу, письма уходили на старый адрес. Исправила, урок в",
                "Бачу, листи йшли на стару адресу. Виправила, урок о",
                "They were going to the old address. Fixed; his lesson is at",
                "Laiškai ėjo senu adresu. Pataisiau, pamoka",
            ),
            c.clock(c.rng.randint(15, 19), c.pick([0, 30])),
            c.t(
                ", тариф «Стандарт»,",
                ", тариф «Стандарт»,",
                ", Standard plan,",
                ", planas „Standartas“,",
            ),
            c.money(c.t(2900, 1490, 29, 35)),
            c.t("в месяц.", "на місяць.", "a month.", "per mėnesį."),
        ),
    ]


def t_phone_split(c: Ctx) -> list[Turn]:
    agent, key = c.pick(AGENTS[c.lang]), c.key()
    raw, _ = phone(c)
    digits = raw.lstrip("+")
    cut = len(digits) - c.pick([4, 5, 7])
    first, second = digits[:cut], digits[cut:]
    wrong = second[:2][::-1] if second[:2] != second[:2][::-1] else "00"
    return [
        A(
            c.t(
                f"Служба доставки «Стрела», {agent}.",
                f"Служба доставки «Блискавка», {agent}.",
                f"Parcelwise deliveries, {agent} speaking.",
                f"Kurjerių tarnyba „Strėlė“, {agent}.",
            )
        ),
        C(
            c.t(
                "Курьер не может до меня дозвониться, у него старый номер. Посылка",
                "Кур'єр не може до мене додзвонитися, у нього старий номер. Посилка",
                "The courier can't reach me, he's got my old number. Parcel",
                "Kurjeris negali man prisiskambinti, jis turi seną numerį. Siunta",
            ),
            c.dg(rand_digits(c, 10), c.pick(["triples", "digits"])),
            ".",
        ),
        A(
            c.t(
                "Диктуйте новый номер.",
                "Диктуйте новий номер.",
                "Go ahead with the new number.",
                "Sakykite naują numerį.",
            )
        ),
        C(E("PHONE", c.dg(first, c.habit()), key)),
        A(
            c.t(
                ["Так…", "Угу, дальше."],
                ["Так…", "Ага, далі."],
                ["Yep…", "Okay, and?"],
                ["Taip…", "Aha, toliau."],
            )
        ),
        C(
            E("PHONE", c.dg(wrong, "pairs"), key),
            c.t(
                ["— ой, нет, не так:", "… нет, подождите:"],
                ["— ой, ні, не так:", "… ні, стоп:"],
                ["— no, scratch that:", "… sorry, no:"],
                ["— ne, palaukite:", "… ne taip:"],
            ),
            E("PHONE", c.dg(second, c.habit()), key),
        ),
        A(
            c.t("Записала:", "Записала:", "So that's", "Užsirašiau:"),
            E("PHONE", c.dg(digits, c.pick(["digits", "triples", "mixed"]))),
            c.t(", верно?", ", вірно?", "?", ", teisingai?"),
        ),
        C(
            c.t(
                "Да. И пусть приедет после",
                "Так. І хай приїде після",
                "Yes. And ask him to come after",
                "Taip. Ir tegul atvažiuoja po",
            ),
            c.clock(c.pick([17, 18, 19]), 0, "gen"),
            c.t(
                ", я на работе до шести.",
                ", я на роботі до шостої.",
                ", I'm at work till six.",
                ", iki šešių dirbu.",
            ),
        ),
    ]


def t_bank_kyc(c: Ctx) -> list[Turn]:
    agent, p = c.pick(AGENTS[c.lang]), person(c)
    d, m, y = dob_value(c)
    kind, _raw, id_text = national_id(c)
    label = {
        "inn": "ИНН",
        "snils": "СНИЛС",
        "rnokpp": "ідентифікаційний код",
        "asmens": "asmens kodą",
        "ni": "National Insurance number",
        "ssn": "Social Security number",
    }[kind]
    return [
        A(
            c.t(
                f"Банк «Восход», отдел онлайн-кредитов, {agent}. Для заявки нужна "
                "идентификация. Ваше ФИО?",
                f"Банк «Світанок», відділ онлайн-кредитів, {agent}. Для заявки потрібна "
                "ідентифікація. Ваше ПІБ?",
                f"Northgate Bank loans, {agent}. I need to confirm who I'm speaking to. Full name?",
                f"Bankas „Aušra“, paskolų skyrius, {agent}. Reikia jus identifikuoti. Vardas, "
                "pavardė?",
            )
        ),
        C(E("PERSON", full_name(c, p))),
        A(c.t("Дата рождения?", "Дата народження?", "Date of birth?", "Gimimo data?")),
        C(
            c.t(
                ["", "Родилась" if p.female else "Родился"],
                ["", "Народилася" if p.female else "Народився"],
                ["", "Born on the"],
                ["", "Gimiau"],
            ),
            dob_segs(c, d, m, y),
        ),
        A(
            c.t(
                "Паспорт, серия и номер.",
                "Паспорт, номер.",
                "Passport number?",
                "Paso arba asmens tapatybės kortelės numeris?",
            )
        ),
        C(passport_segs(c)),
        A(c.t(f"И {label}.", f"І {label}.", f"And your {label}.", f"Ir {label}.")),
        C(E("NATIONAL_ID", id_text)),
        A(
            c.t(
                "Спасибо. Сумма кредита",
                "Дякую. Сума кредиту",
                "Thanks. You asked for",
                "Ačiū. Paskolos suma",
            ),
            c.money(
                c.rng.randint(50, 900) * 1000
                if c.lang in ("ru", "uk")
                else c.rng.randint(2, 25) * 1000
            ),
            c.t("на", "на", "over", ", terminas —"),
            c.n(c.pick([12, 18, 60])),
            c.t("месяцев, ставка", "місяців, ставка", "months at", "mėnesių, palūkanos"),
            c.n(c.pick([12, 16, 18, 19])),
            c.t("процентов годовых.", "відсотків річних.", "percent APR.", "procentų per metus."),
        ),
    ]


def t_school_trip(c: Ctx) -> list[Turn]:
    agent, parent, kid = c.pick(AGENTS[c.lang]), person(c, True), person(c, False)
    grade = c.n(c.rng.randint(1, 11))
    local, domain = email_parts(c)
    _, phone_text = phone(c)
    return [
        A(
            c.t("Школа номер", "Школа номер", "St Mary's Primary, office,", "Mokykla"),
            c.t(c.n(c.rng.randint(2, 180)), c.n(c.rng.randint(2, 180)), "", "„Saulėtekis“"),
            c.t(
                f", секретарь {agent}.",
                f", секретар {agent}.",
                f"{agent} speaking.",
                f", sekretorė {agent}.",
            ),
        ),
        C(
            c.t("Я мама", "Я мама", "Hi, I'm the mum of", "Esu"),
            E(
                "PERSON",
                f"{kid.first} {kid.last}" if c.lang == "en" else f"{kid.first_gen} {kid.last_gen}",
            ),
            c.t(", ученика", ", учня", ", he's in Year", "mama,"),
            ""
            if c.lang == "lt"
            else grade + "-Б класу,"
            if c.lang == "uk" and not c.asr
            else grade,
            c.t(
                "«Б» класса," if not c.asr else "б класса",
                "" if not c.asr else "б класу",
                ",",
                "",
            ),
            c.t(
                "хочу записать его на экскурсию в Казань.",
                "хочу записати його на екскурсію до Львова.",
                "it's about the trip to York.",
                "noriu užrašyti jį į ekskursiją į Trakus.",
            ),
        ),
        A(
            c.t("Стоимость", "Вартість", "It's", "Kaina"),
            c.money(c.t(6500, 4200, 85, 45)),
            c.t(", выезд", ", виїзд", ", leaving on", ", išvykstame"),
            c.date(c.rng.randint(1, 28), c.rng.randint(1, 12)),
            c.t("в", "о", "at", ""),
            c.clock(7, c.pick([0, 30])),
            c.t(
                ". Ваше имя и контакты для родительского чата?",
                ". Ваше ім'я і контакти для батьківського чату?",
                ". Can I take your name and contact details?",
                ". Jūsų vardas ir kontaktai tėvų grupei?",
            ),
        ),
        C(
            E("PERSON", full_name(c, parent)),
            c.t(", телефон", ", телефон", ", mobile", ", telefonas"),
            E("PHONE", phone_text),
            c.t(", почта", ", пошта", ", email", ", el. paštas"),
            E("EMAIL", email_text(c, local, domain)),
            ".",
        ),
        A(
            c.t(
                "Спасибо, добавлю в список. Классный руководитель перезвонит.",
                "Дякую, додам до списку. Класна керівниця передзвонить.",
                "Lovely, I'll add him. His class teacher will be in touch.",
                "Ačiū, įrašysiu. Auklėtoja paskambins.",
            )
        ),
    ]


# ---------------------------------------------------------------- decoy templates (no PII)


def d_clinic_reschedule(c: Ctx) -> list[Turn]:
    agent = c.pick(AGENTS[c.lang])
    return [
        A(
            c.t(
                f"Клиника «Семейный доктор», {agent}, здравствуйте.",
                f"Клініка «Сімейний лікар», {agent}, вітаю.",
                f"Riverside Health Centre, {agent} speaking.",
                f"Klinika „Šeimos gydytojas“, {agent}, laba diena.",
            )
        ),
        C(
            c.t(
                "Я записана к кардиологу",
                "Я записана до кардіолога",
                "I'm booked in with the cardiologist on",
                "Esu užsiregistravusi pas kardiologą",
            ),
            c.date(c.rng.randint(1, 28), c.rng.randint(1, 12)),
            c.t("на", "о", "at", ""),
            c.clock(c.rng.randint(8, 18), c.pick([0, 15, 30, 45])),
            c.t(
                ", а у меня смена. Можно позже?",
                ", а в мене зміна. Можна пізніше?",
                ", but I'm on shift. Anything later?",
                ", bet dirbu. Ar galima vėliau?",
            ),
        ),
        A(
            c.t("Есть окно", "Є вікно", "I've got", "Yra laikas"),
            c.date(c.rng.randint(1, 28), c.rng.randint(1, 12)),
            c.t("в", "о", "at", ""),
            c.clock(c.rng.randint(15, 19), c.pick([10, 30, 50])),
            c.t(", кабинет", ", кабінет", ", room", ", kabinetas"),
            c.n(c.rng.randint(101, 420)),
            c.t(", третий этаж.", ", третій поверх.", ", third floor.", ", trečias aukštas."),
        ),
        C(
            c.t(
                "Подходит. А сколько стоит приём?",
                "Підходить. А скільки коштує прийом?",
                "That works. How much is it?",
                "Tinka. Kiek kainuoja vizitas?",
            )
        ),
        A(
            c.t("Повторный —", "Повторний —", "A follow-up is", "Pakartotinis —"),
            c.money(c.t(1850, 650, 55, 40), c.pick([None, 50])),
            c.t(", ЭКГ ещё", ", ЕКГ ще", ", plus the ECG at", ", EKG dar"),
            c.money(c.t(700, 450, 25, 18)),
            c.t(". Приём длится", ". Прийом триває", ". Allow", ". Vizitas trunka"),
            c.n(c.pick([20, 30, 40])),
            c.t("минут.", "хвилин.", "minutes.", "minučių."),
        ),
    ]


def d_flight_delay(c: Ctx) -> list[Turn]:
    number = c.rng.randint(100, 2999)
    code = c.pick(["SU", "PS", "BT", "BA", "U2"])
    flight = c.n(number) if c.asr else f"{code} {number}"
    return [
        C(
            c.t("Рейс", "Рейс", "Flight", "Skrydžio"),
            flight,
            c.t("задерживают уже на", "затримують уже на", "has been delayed", "vėlavimas jau"),
            c.n(c.pick([3, 4]), fem=True),
            c.t(
                "часа, что с компенсацией?",
                "години, що з компенсацією?",
                "hours, what about compensation?",
                "valandos, kas su kompensacija?",
            ),
        ),
        A(
            c.t(
                "Новое время вылета",
                "Новий виліт о",
                "New departure time is",
                "Išskrisite",
            ),
            c.clock(c.rng.randint(13, 23), c.pick([5, 25, 45])),
            c.t(", выход", ", вихід", ", gate", ", vartai"),
            c.n(c.rng.randint(2, 38)),
            c.t(
                ". Положены талоны на питание на",
                ". Належать талони на харчування на",
                ". You're entitled to meal vouchers worth",
                ". Priklauso maisto talonai už",
            ),
            c.money(c.t(700, 500, 15, 20)),
            ".",
        ),
        C(
            c.t("А багаж? У меня", "А багаж? У мене", "And my bag? It's", "O bagažas? Turiu"),
            c.n(c.pick([23, 32, 18])),
            c.t("кг.", "кг.", "kilos.", "kg."),
            c.t("Место", "Місце", "Seat", "Vieta"),
            c.n(c.rng.randint(3, 33)) + (c.pick(["A", "C", "F"]) if not c.asr else ""),
            ".",
        ),
        A(
            c.t(
                "Багаж перегрузят автоматически. Компенсация до",
                "Багаж перевантажать автоматично. Компенсація до",
                "Your bag will be transferred. Compensation is up to",
                "Bagažas bus perkeltas automatiškai. Kompensacija iki",
            ),
            c.money(c.t(600, 400, 350, 250)) if c.lang != "ru" else c.money(52000),
            c.t(
                ", заявку оставьте на сайте, номер обращения",
                ", заявку залиште на сайті, номер звернення",
                "; claim online, your case number is",
                "; prašymą pateikite svetainėje, numeris",
            ),
            c.dg(rand_digits(c, 8), c.pick(["triples", "pairs"])),
            ".",
        ),
    ]


def d_meter_tariff(c: Ctx) -> list[Turn]:
    day, night = c.rng.randint(10000, 60000), c.rng.randint(5000, 30000)
    return [
        C(
            c.t(
                "Хочу передать показания. День",
                "Хочу передати показники. День",
                "I'm ringing with my meter readings. Day",
                "Noriu perduoti rodmenis. Dieninis",
            ),
            c.n(day),
            c.t(", ночь", ", ніч", ", night", ", naktinis"),
            c.n(night),
            ".",
        ),
        A(
            c.t(
                "Принято. Тариф день",
                "Прийнято. Тариф день",
                "Thanks. Day rate is",
                "Priimta. Dieninis tarifas",
            ),
            c.money(c.rng.randint(4, 9) if c.lang in ("ru", "uk") else 0, c.rng.randint(10, 99)),
            c.t(", ночь", ", ніч", ", night", ", naktinis"),
            c.money(c.rng.randint(2, 4) if c.lang in ("ru", "uk") else 0, c.rng.randint(10, 99)),
            c.t(
                "за киловатт-час.", "за кіловат-годину.", "per kilowatt hour.", "už kilovatvalandę."
            ),
        ),
        C(
            c.t(
                "А почему в прошлом месяце было",
                "А чому минулого місяця було",
                "Why was last month",
                "Kodėl praeitą mėnesį buvo",
            ),
            c.money(
                c.rng.randint(1200, 4000) if c.lang in ("ru", "uk") else c.rng.randint(60, 200),
                c.rng.randint(1, 99),
            ),
            c.t(
                "? И свет на улице Гагарина отключали на",
                "? І світло на вулиці Франка вимикали на",
                "? And the power on Church Street was off for",
                "? Ir Vytauto gatvėje elektros nebuvo",
            ),
            c.n(c.pick([10, 12])),
            c.t("часов.", "годин.", "hours.", "valandų."),
        ),
        A(
            c.t(
                "Был перерасчёт за",
                "Був перерахунок за",
                "That included a correction for",
                "Buvo perskaičiavimas už",
            ),
            c.year_acc(c.pick([2023, 2024, 2025])),
            c.t("год, плюс", "рік, плюс", ", plus", "metus, plius"),
            c.n(c.pick([12, 11, 15])),
            c.t(
                "процентов индексации. Отключение было плановое, с",
                "відсотків індексації. Відключення було планове, з",
                "percent indexation. The outage was planned, from",
                "procentų indeksacija. Atjungimas buvo planinis, nuo",
            ),
            c.clock(9, 0, "gen"),
            c.t("до", "до", "to", "iki"),
            c.clock(c.pick([15, 16]), 0, "gen"),
            ".",
        ),
    ]


def d_order_tracking(c: Ctx) -> list[Turn]:
    agent = c.pick(AGENTS[c.lang])
    return [
        A(
            c.t(
                f"Маркетплейс «Ярмарка», {agent}.",
                f"Маркетплейс «Базар», {agent}.",
                f"MarketHub, {agent} speaking.",
                f"Prekyvietė „Turgus“, {agent}.",
            )
        ),
        C(
            c.t(
                "Где мой заказ? Номер",
                "Де моє замовлення? Номер",
                "Where's my order? It's",
                "Kur mano užsakymas? Numeris",
            ),
            c.dg(rand_digits(c, 9), c.habit()),
            c.t(", обещали до", ", обіцяли до", ", you said by", ", žadėjo iki"),
            c.date(c.rng.randint(1, 28), c.rng.randint(1, 12)),
            ".",
        ),
        A(
            c.t(
                "Посылка в пункте выдачи в ТЦ «Галерея», на улице Пушкина, трек-номер",
                "Посилка у відділенні «Нової пошти» на вулиці Богдана Хмельницького, ТТН",
                "It's at the Sainsbury's collection point on Baker Street, tracking number",
                "Siunta paštomate prie „Maximos“ Gedimino prospekte, siuntos numeris",
            ),
            c.dg(rand_digits(c, c.pick([12, 14])), c.pick(["triples", "quads", "digits"])),
            c.t(
                ". Срок хранения —",
                ". Термін зберігання —",
                ". It'll be held for",
                ". Saugojimo terminas —",
            ),
            c.q(
                c.pick([5, 7]),
                ("день", "дня", "дней"),
                ("день", "дні", "днів"),
                ("day", "days", ""),
                ("diena", "dienos", "dienų"),
                fem=True,
            ),
            ".",
        ),
        C(
            c.t("Там", "Там", "There were", "Ten"),
            c.n(c.pick([2, 3, 4]), fem=True),
            c.t("коробки, на", "коробки, на", "boxes, totalling", "dėžės, už"),
            c.money(
                c.rng.randint(1500, 24000) if c.lang in ("ru", "uk") else c.rng.randint(30, 400),
                c.rng.randint(1, 99),
            ),
            c.t(
                ", шоколад «Алёнка» тоже?",
                ", цукерки «Рошен» теж?",
                ", the Ben & Jerry's too?",
                ", ir „Rūta“ šokoladas?",
            ),
        ),
        A(
            c.t(
                "Да, всё одним отправлением, работают с",
                "Так, усе одним відправленням, працюють з",
                "Yes, one consignment; they're open from",
                "Taip, viena siunta, dirba nuo",
            ),
            c.clock(c.pick([8, 9, 10]), 0, "gen"),
            c.t("до", "до", "till", "iki"),
            c.clock(c.pick([21, 22]), 0, "gen"),
            ".",
        ),
    ]


def d_gym_schedule(c: Ctx) -> list[Turn]:
    return [
        C(
            c.t(
                "Подскажите расписание пилатеса и сколько стоит разовое.",
                "Підкажіть розклад пілатесу і скільки коштує разове.",
                "What time's Pilates, and how much is a drop-in?",
                "Koks pilateso tvarkaraštis ir kiek kainuoja vienkartinis?",
            )
        ),
        A(
            c.t(
                "Пилатес в зале «Спартак» по понедельникам в",
                "Пілатес у залі «Дніпро» по понеділках о",
                "Pilates is in the Wellington studio, Mondays at",
                "Pilatesas „Žalgirio“ salėje pirmadieniais",
            ),
            c.clock(c.rng.randint(7, 20), c.pick([0, 30])),
            c.t(", занятие", ", заняття", ", classes run", ", užsiėmimas"),
            c.n(c.pick([40, 50, 60])),
            c.t("минут, разовое", "хвилин, разове", "minutes, drop-in", "minučių, vienkartinis"),
            c.money(c.t(900, 350, 12, 10)),
            ".",
        ),
        C(
            c.t(
                "А если взять на год?",
                "А якщо взяти на рік?",
                "And if I sign up for a year?",
                "O jei imti metams?",
            )
        ),
        A(
            c.t("Скидка", "Знижка", "You'd get", "Nuolaida"),
            c.n(c.pick([15, 20, 30])),
            c.t("процентов, выйдет", "відсотків, вийде", "percent off, so", "procentų, išeis"),
            c.money(
                c.rng.randint(180, 450) * 100 if c.lang in ("ru", "uk") else c.rng.randint(300, 700)
            ),
            c.t(
                ". Тренер — мастер спорта, очень рекомендую.",
                ". Тренерка — майстриня спорту, раджу.",
                ". The instructor's brilliant, honestly.",
                ". Trenerė — sporto meistrė, rekomenduoju.",
            ),
        ),
        C(
            c.t(
                "Хорошо, приду в понедельник.",
                "Добре, прийду в понеділок.",
                "Great, I'll come Monday.",
                "Gerai, ateisiu pirmadienį.",
            )
        ),
    ]


def d_card_ending(c: Ctx) -> list[Turn]:
    last4 = rand_digits(c, 4, False)
    hotline = {
        "ru": ("8800" + rand_digits(c, 7), "восемь восемьсот"),
        "uk": ("0800" + rand_digits(c, 6), "нуль вісімсот"),
        "en": ("0800" + rand_digits(c, 6), "oh eight hundred"),
        "lt": ("1" + rand_digits(c, 3), ""),
    }[c.lang]
    hot = (
        hotline[0]
        if not c.asr
        else (
            hotline[1]
            + " "
            + speak_digits(c.lang, hotline[0][4:], c.pick(["triples", "pairs"]), c.rng)
        ).strip()
        if c.lang != "lt"
        else speak_digits("lt", hotline[0], "digits", c.rng)
    )
    return [
        C(
            c.t(
                "У меня карта не проходит, та, что заканчивается на",
                "У мене картка не проходить, та, що закінчується на",
                "My card keeps getting declined, the one ending in",
                "Neveikia kortelė, ta, kurios numeris baigiasi",
            ),
            c.dg(last4, c.pick(["pairs", "digits"])),
            ".",
        ),
        A(
            c.t(
                "Вижу, сработал лимит: на покупки в интернете",
                "Бачу, спрацював ліміт: на покупки в інтернеті",
                "I can see it hit the online limit of",
                "Matau, suveikė limitas: pirkiniams internete",
            ),
            c.money(c.t(50000, 30000, 1000, 1500)),
            c.t("в сутки, а было", "на добу, а було", "a day, and there were", "per parą, o buvo"),
            c.n(c.pick([3, 4]), fem=True),
            c.t("операции на", "операції на", "payments totalling", "operacijos už"),
            c.money(
                c.rng.randint(100, 900) * 100
                if c.lang in ("ru", "uk")
                else c.rng.randint(900, 1400),
                c.rng.randint(1, 99),
            ),
            ".",
        ),
        C(
            c.t("Поднимите до", "Підніміть до", "Can you raise it to", "Padidinkite iki"),
            c.money(c.t(100000, 60000, 2500, 3000)),
            "?",
        ),
        A(
            c.t(
                "Готово, номер заявки",
                "Готово, номер заявки",
                "Done, your request number is",
                "Padaryta, prašymo numeris",
            ),
            c.dg(rand_digits(c, 7), "triples"),
            c.t(
                ". Если что — горячая линия",
                ". Якщо що — гаряча лінія",
                ". Any trouble, call",
                ". Jei kas — trumpasis numeris",
            ),
            hot,
            c.t(", круглосуточно.", ", цілодобово.", ", twenty-four seven.", ", visą parą."),
        ),
    ]


def d_mobile_tariff(c: Ctx) -> list[Turn]:
    agent = c.pick(AGENTS[c.lang])
    return [
        A(
            c.t(
                f"Оператор связи «Волна», {agent}.",
                f"Оператор «Хвиля», {agent}.",
                f"Orbit Mobile, {agent} here.",
                f"Operatorius „Banga“, {agent}.",
            )
        ),
        C(
            c.t(
                "Хочу сменить тариф «Максим» на что-то дешевле.",
                "Хочу змінити тариф «Максимум» на дешевший.",
                "I want to move off the Max plan to something cheaper.",
                "Noriu pakeisti planą „Maksimalus“ į pigesnį.",
            )
        ),
        A(
            c.t("Есть «Лайт»:", "Є «Лайт»:", "There's Lite:", "Yra „Lengvas“:"),
            c.n(c.pick([10, 15, 20])),
            c.t("гигабайт,", "гігабайт,", "gigs,", "gigabaitų,"),
            c.n(c.pick([300, 500])),
            c.t("минут, за", "хвилин, за", "minutes, for", "minučių, už"),
            c.money(c.t(450, 250, 12, 9), c.pick([None, 99])),
            c.t("в месяц.", "на місяць.", "a month.", "per mėnesį."),
        ),
        C(
            c.t(
                "А роуминг в Турции?",
                "А роумінг у Польщі?",
                "And roaming in Spain?",
                "O tarptinklinis ryšys Latvijoje?",
            )
        ),
        A(
            c.t("Пакет на", "Пакет на", "A", "Paketas"),
            c.n(7),
            c.t("дней —", "днів —", "day bundle is", "dienoms —"),
            c.money(c.t(590, 150, 5, 3)),
            c.t(", переход с", ", перехід з", "; the switch happens on", ", perėjimas nuo"),
            c.date(1, c.rng.randint(1, 12)),
            c.t(", без доплат.", ", без доплат.", ", no charge.", ", be mokesčio."),
        ),
    ]


def d_tax_deadlines(c: Ctx) -> list[Turn]:
    return [
        C(
            c.t(
                "Я сдаю квартиру, какой налог платить и до какого числа?",
                "Я здаю квартиру, який податок платити і до якого числа?",
                "I rent out a flat, how much tax do I pay and when's it due?",
                "Nuomoju butą, kokį mokestį mokėti ir iki kada?",
            )
        ),
        A(
            c.t(
                "Как самозанятый —",
                "Як ФОП третьої групи —",
                "Basic rate is",
                "Pagal verslo liudijimą arba",
            ),
            c.n(c.pick([13, 15, 20])),
            c.t(
                "процентов с дохода, оплата до",
                "відсотків з доходу, сплата до",
                "percent; pay by",
                "procentų nuo pajamų, sumokėti iki",
            ),
            c.date(c.pick([28, 19, 31, 1]), c.rng.randint(1, 12)),
            c.t("следующего месяца.", "наступного кварталу.", ".", "."),
        ),
        C(
            c.t("За", "За", "For", "Už"),
            c.year_acc(c.pick([2024, 2025])),
            c.t("год я получил", "рік я отримав", ", I got", "metus gavau"),
            c.money(
                c.rng.randint(200, 900) * 1000
                if c.lang in ("ru", "uk")
                else c.rng.randint(6, 20) * 1000
            ),
            c.t(
                ". Пени будут?", ". Пеня буде?", ". Will there be a penalty?", ". Bus delspinigiai?"
            ),
        ),
        A(
            c.t(
                "Если опоздать, начислят пени за каждый день. Консультация у нас стоит",
                "Якщо запізнитися, нарахують пеню. Консультація в нас коштує",
                "Late payment means interest. A session with an adviser is",
                "Pavėlavus skaičiuojami delspinigiai. Konsultacija kainuoja",
            ),
            c.money(c.t(2500, 800, 60, 45)),
            ".",
        ),
    ]


def d_pet_clinic(c: Ctx) -> list[Turn]:
    pet = c.t(
        ["Барсик", "Марс", "Тимофей", "Граф"],
        ["Мурчик", "Бакс", "Тарас", "Ричард"],
        ["Oscar", "Monty", "Alfie", "Mr Darcy"],
        ["Reksas", "Murkis", "Margis", "Ponas Tomas"],
    )
    years = c.pick([5, 7, 9])
    return [
        C(
            c.t(
                f"Коту нужна прививка, его зовут {pet}, ему",
                f"Котові потрібне щеплення, його звуть {pet}, йому",
                f"My cat {pet} needs his booster, he's",
                f"Katinui reikia skiepų, jo vardas {pet}, jam",
            ),
            c.n(years),
            c.t("лет, вес", "років, вага", "years old and weighs", "metai, svoris"),
            c.n(c.pick([4, 5, 6])),
            c.t("кило.", "кіло.", "kilos.", "kilogramai."),
        ),
        A(
            c.t(
                "Последняя вакцинация была",
                "Останнє щеплення було",
                "Last vaccination was",
                "Paskutinė vakcinacija buvo",
            ),
            c.date(c.rng.randint(1, 28), c.rng.randint(1, 12)),
            c.year_gen(c.pick([2023, 2024])),
            c.t(
                "года, пора. Комплексная стоит",
                "року, вже час. Комплексна коштує",
                ", so it's due. The combined one is",
                ("metų" if c.asr else "m.") + ", jau laikas. Kompleksinė kainuoja",
            ),
            c.money(c.t(2300, 650, 48, 35)),
            ".",
        ),
        C(
            c.t(
                "Запишите нас на субботу, к любому врачу.",
                "Запишіть нас на суботу, до будь-якого лікаря.",
                f"Put {pet} down for Saturday, any vet is fine.",
                "Užrašykite mus šeštadieniui, pas bet kurį gydytoją.",
            )
        ),
        A(
            c.t("Суббота,", "У суботу о", "Saturday at", "Šeštadienį"),
            c.clock(c.rng.randint(9, 15), c.pick([0, 20, 40])),
            c.t(", кабинет", ", кабінет", ", room", ", kabinetas"),
            c.n(c.rng.randint(1, 9)),
            c.t(
                ". Корм «Роял Канин» со скидкой",
                ". Корм зі знижкою",
                ". Royal Canin is",
                ". Pašarui nuolaida",
            ),
            c.n(c.pick([10, 15])),
            c.t("процентов.", "відсотків.", "percent off this week.", "procentų."),
        ),
    ]


def d_car_booking(c: Ctx) -> list[Turn]:
    return [
        C(
            c.t(
                "Хочу записать «Форд Фокус» на ТО, пробег",
                "Хочу записати «Шкоду Октавію» на ТО, пробіг",
                "I'd like to book the Ford Fiesta in for a service, it's done",
                "Noriu užregistruoti „Volkswagen Golf“ techninei apžiūrai, rida",
            ),
            c.n(c.rng.randint(30, 190) * 1000),
            c.t("километров.", "кілометрів.", "miles.", "kilometrų."),
        ),
        A(
            c.t("Ближайшее —", "Найближче —", "Earliest is", "Artimiausias laikas —"),
            c.date(c.rng.randint(1, 28), c.rng.randint(1, 12)),
            c.t("на", "о", "at", ","),
            c.clock(c.rng.randint(8, 17), c.pick([0, 30])),
            c.t(
                ", это сервис на проспекте Королёва, возле «Макдоналдса». Масло и фильтры —",
                ", це сервіс на проспекті Гагаріна, біля «Епіцентру». Масло і фільтри —",
                ", at our Morrison Road site next to McDonald's. Oil and filters come to",
                ", servisas Savanorių prospekte prie „Lidl“. Alyva ir filtrai —",
            ),
            c.money(
                c.rng.randint(40, 140) * 100 if c.lang in ("ru", "uk") else c.rng.randint(120, 320),
                c.pick([None, 50]),
            ),
            ".",
        ),
        C(
            c.t(
                "Работа сколько по времени?",
                "Скільки часу триває робота?",
                "How long will it take?",
                "Kiek laiko užtruks?",
            )
        ),
        A(
            c.t("Займёт", "Триватиме", "About", "Trukmė —"),
            c.q(
                c.pick([2, 3]),
                ("час", "часа", "часов"),
                ("годину", "години", "годин"),
                ("hour", "hours", ""),
                ("valanda", "valandos", "valandų"),
                fem=c.lang in ("uk", "lt"),
            ),
            c.t(
                ", можно подождать в зоне отдыха, кофе бесплатно.",
                ", можна почекати в зоні відпочинку.",
                ", you can wait in the lounge.",
                ", galite palaukti poilsio zonoje.",
            ),
        ),
    ]


def d_realestate_viewing(c: Ctx) -> list[Turn]:
    return [
        C(
            c.t(
                "Я по объявлению, двушка у метро «Маяковская», ещё актуально?",
                "Я за оголошенням, двокімнатна біля метро «Тараса Шевченка», ще актуально?",
                "I'm calling about the two-bed near Victoria station, still available?",
                "Skambinu dėl dviejų kambarių buto prie Vytauto gatvės, dar aktualu?",
            )
        ),
        A(
            c.t("Да,", "Так,", "Yes,", "Taip,"),
            c.q(c.rng.randint(38, 75), *SQUARE_METRES),
            ",",
            c.n(c.rng.randint(2, 17)),
            c.t("этаж, аренда", "поверх, оренда", "floor, rent is", "aukštas, nuoma"),
            c.money(
                c.rng.randint(25, 90) * 1000
                if c.lang in ("ru", "uk")
                else c.rng.randint(6, 25) * 100
            ),
            c.t(
                "в месяц плюс коммуналка.",
                "на місяць плюс комуналка.",
                "a month plus bills.",
                "per mėnesį plius komunaliniai.",
            ),
        ),
        C(
            c.t(
                "Залог какой? И можно с собакой, у меня корги Бублик?",
                "Застава яка? І чи можна з котом Василем?",
                "What's the deposit? And is a dog OK? She's a spaniel called Duchess.",
                "Koks užstatas? Ar galima su šunimi Rikiu?",
            )
        ),
        A(
            c.t(
                "Залог — месяц, с животными можно. Показ завтра в",
                "Застава — місяць, з тваринами можна. Перегляд завтра о",
                "Five weeks' deposit, pets fine. Viewing tomorrow at",
                "Užstatas — mėnesio nuoma, su gyvūnais galima. Apžiūra rytoj",
            ),
            c.clock(c.rng.randint(10, 19), c.pick([0, 30])),
            c.t(
                ", встречаемся у выхода номер",
                ", зустрічаємося біля виходу номер",
                ", meet at exit",
                ", susitinkam prie įėjimo",
            ),
            c.n(c.pick([2, 3, 4])),
            ".",
        ),
    ]


def d_insurance_status(c: Ctx) -> list[Turn]:
    return [
        C(
            c.t(
                "Узнать статус выплаты, номер убытка",
                "Дізнатися статус виплати, номер справи",
                "Checking on my claim, reference",
                "Noriu sužinoti išmokos būseną, bylos numeris",
            ),
            c.dg(rand_digits(c, 8), c.pick(["triples", "pairs", "digits"])),
            ".",
        ),
        A(
            c.t("Решение принято", "Рішення ухвалено", "It was approved on", "Sprendimas priimtas"),
            c.date(c.rng.randint(1, 28), c.rng.randint(1, 12)),
            c.t(", к выплате", ", до виплати", ", payout", ", išmoka"),
            c.money(
                c.rng.randint(20, 380) * 1000
                if c.lang in ("ru", "uk")
                else c.rng.randint(800, 6000),
                c.rng.randint(1, 99),
            ),
            c.t(", это", ", це", ", that's", ", tai"),
            c.n(c.pick([70, 80])),
            c.t(
                "процентов от оценки.",
                "відсотків від оцінки.",
                "percent of the estimate.",
                "procentų nuo įvertinimo.",
            ),
        ),
        C(
            c.t(
                "А остальное? Ремонт в «Автомире» стоил больше.",
                "А решта? Ремонт в «Автосвіті» коштував більше.",
                "What about the rest? Kwik Fit charged more.",
                "O likusi dalis? Remontas „Autopasaulyje“ kainavo daugiau.",
            )
        ),
        A(
            c.t("Износ деталей", "Знос деталей", "Depreciation on parts,", "Detalių nusidėvėjimas"),
            c.n(c.pick([15, 20, 30])),
            c.t(
                "процентов. Срок выплаты —",
                "відсотків. Строк виплати —",
                "percent. Payment takes",
                "procentų. Išmokėjimo terminas —",
            ),
            c.q(c.pick([5, 7, 10]), *WORK_DAYS, fem=True),
            ".",
        ),
    ]


def d_kindergarten_schedule(c: Ctx) -> list[Turn]:
    return [
        C(
            c.t(
                "Подскажите, в новогодние садик работает?",
                "Підкажіть, на свята садочок працює?",
                "Is the nursery open over Christmas?",
                "Ar per šventes darželis dirba?",
            )
        ),
        A(
            c.t("Закрыты с", "Зачинено з", "We close from", "Nedirbame nuo"),
            c.date(31, 12),
            c.t("до", "до", "to", "iki"),
            c.date(c.pick([8, 9]), 1),
            c.t(
                ". Дежурная группа номер",
                ". Чергова група номер",
                ". The holiday club in room",
                ". Budinti grupė numeris",
            ),
            c.n(c.rng.randint(1, 12)),
            c.t("работает с", "працює з", "runs from", "dirba nuo"),
            c.clock(7, 30, "gen"),
            c.t("до", "до", "to", "iki"),
            c.clock(18, 0, "gen"),
            ".",
        ),
        C(
            c.t(
                "А утренник когда? Воспитательница говорила, нужен костюм Снегурочки.",
                "А ранок коли? Вихователька казала, потрібен костюм сніжинки.",
                "And the nativity play? The teacher said he's a shepherd.",
                "O kada šventė? Auklėtoja sakė, reikia snaigės kostiumo.",
            )
        ),
        A(
            c.t("Утренник", "Ранок", "The play's on", "Šventė"),
            c.date(c.rng.randint(20, 27), 12),
            c.t("в", "о", "at", ""),
            c.clock(c.pick([10, 11]), 0),
            c.t(
                ", сбор на подарки",
                ", збір на подарунки",
                ", and we're collecting",
                ", rinkliava dovanoms",
            ),
            c.money(c.t(1000, 500, 5, 10)),
            c.t("с ребёнка.", "з дитини.", "per child.", "vaikui."),
        ),
    ]


def d_embassy_info(c: Ctx) -> list[Turn]:
    return [
        C(
            c.t(
                "Сколько делается виза и сколько стоит?",
                "Скільки робиться віза і скільки коштує?",
                "How long does the visa take and what's the fee?",
                "Kiek laiko daroma viza ir kiek kainuoja?",
            )
        ),
        A(
            c.t("Консульский сбор", "Консульський збір", "The fee is", "Konsulinis mokestis"),
            c.money(c.pick([90, 80, 115]))
            if c.lang in ("en", "lt")
            else [c.n(c.pick([80, 90])), c.t("евро", "євро", "", "")],
            c.t(", срок —", ", термін —", ", processing takes", ", terminas —"),
            c.n(c.pick([10, 15])),
            c.t("рабочих дней.", "робочих днів.", "working days.", "darbo dienų."),
        ),
        C(
            c.t(
                "А в субботу вы работаете? На Чистых прудах?",
                "А в суботу працюєте? На Подолі?",
                "Are you open Saturdays? The office on Victoria Street?",
                "Ar dirbate šeštadienį? Tas skyrius Konstitucijos prospekte?",
            )
        ),
        A(
            c.t("В субботу с", "У суботу з", "Saturdays from", "Šeštadieniais nuo"),
            c.clock(9, 0, "gen"),
            c.t("до", "до", "till", "iki"),
            c.clock(c.pick([13, 14]), 0, "gen"),
            c.t(
                ", окна с первого по",
                ", вікна з першого по",
                ", windows one to",
                ", langeliai nuo pirmo iki",
            ),
            c.t(["пятое", "шестое"], ["п'яте", "шосте"], ["five", "six"], ["penkto", "šešto"]),
            c.t(
                ". Фото три на четыре делают на месте.",
                ". Фото три на чотири роблять на місці.",
                ". Passport photos can be taken here.",
                ". Nuotraukas galima pasidaryti vietoje.",
            ),
        ),
    ]


# ---------------------------------------------------------------- assembly and validation

PII_TEMPLATES = [
    t_fraud_card_split,
    t_refund_card_correction,
    t_airline_card,
    t_gym_card,
    t_utilities_elderly_card,
    t_telemed_patient,
    t_visa_passport,
    t_insurance_claim,
    t_tax_spouse,
    t_kindergarten,
    t_realestate,
    t_utilities_meter,
    t_refund_account,
    t_car_service,
    t_email_correction,
    t_phone_split,
    t_bank_kyc,
    t_school_trip,
]
CARD_TEMPLATES = [
    t_fraud_card_split,
    t_refund_card_correction,
    t_airline_card,
    t_gym_card,
    t_utilities_elderly_card,
]
DECOY_TEMPLATES = [
    d_clinic_reschedule,
    d_flight_delay,
    d_meter_tariff,
    d_order_tracking,
    d_gym_schedule,
    d_card_ending,
    d_mobile_tariff,
    d_tax_deadlines,
    d_pet_clinic,
    d_car_booking,
    d_realestate_viewing,
    d_insurance_status,
    d_kindergarten_schedule,
    d_embassy_info,
]


def template_name(lang: str, func) -> str:
    return f"{lang}_{func.__name__[2:]}"


def plan(seed: int) -> list[tuple[str, str, object]]:
    """Every template in every language and style; decoys ~44 %, card templates doubled."""
    rng = random.Random(seed)
    jobs = []
    for lang, total in COUNTS.items():
        for style in ("written", "asr"):
            count = total // 2
            decoys = round(count * DECOY_SHARE)
            pii_cycle = PII_TEMPLATES + CARD_TEMPLATES
            rng.shuffle(pii_cycle)
            decoy_cycle = DECOY_TEMPLATES[:]
            rng.shuffle(decoy_cycle)
            jobs += [(lang, style, decoy_cycle[i % len(decoy_cycle)]) for i in range(decoys)]
            jobs += [(lang, style, pii_cycle[i % len(pii_cycle)]) for i in range(count - decoys)]
    rng.shuffle(jobs)
    return jobs


def make_record(index: int, lang: str, style: str, func, seed: int) -> dict:
    c = Ctx(lang, style, random.Random(f"{seed}-{index}"))
    turns, entities = render(func(c), style)
    tags = {e["type"].lower() for e in entities}
    if any(len({p[0] for p in e["pieces"]}) > 1 for e in entities):
        tags.add("split")
    if any(len(e["pieces"]) > 1 for e in entities):
        tags.add("pieces")
    if any(turns[e["pieces"][0][0]]["role"] == "agent" for e in entities):
        tags.add("agent_says")
    if func in DECOY_TEMPLATES:
        tags.add("decoy")
    if not entities:
        tags.add("no_entity")
    letter = "a" if style == "asr" else "w"
    return {
        "id": f"b8-{lang}-{letter}-{index:04d}",
        "lang": lang,
        "style": style,
        "split": "blind8",
        "template": template_name(lang, func),
        "tags": sorted(tags),
        "turns": turns,
        "entities": entities,
    }


def spoken_or_written_digits(lang: str, style: str, text: str) -> str | None:
    if style == "written":
        return re.sub(r"\D", "", text)
    return parse_spoken(lang, text)


def check_number(record: dict, entity: dict) -> None:
    """Checksums hold for cards and national ids, spoken or written."""
    lang, style = record["lang"], record["style"]
    texts = entity["text"]
    if entity["type"] == "CARD":
        # a self-corrected number keeps its abandoned digits: some tail of pieces is the card
        for start in range(len(texts)):
            digits = "".join(spoken_or_written_digits(lang, style, t) or "x" for t in texts[start:])
            if digits.isdigit() and 13 <= len(digits) <= 19 and luhn_ok(digits):
                return
        raise AssertionError(f"{record['id']}: card fails Luhn: {texts}")
    if entity["type"] == "NATIONAL_ID" and lang != "en":
        digits = spoken_or_written_digits(lang, style, " ".join(texts))
        assert digits and digits.isdigit(), (record["id"], texts)
        ok = {
            ("ru", 12): lambda d: inn_digits(d[:10]) == d,
            ("ru", 11): lambda d: snils_check(d[:9]) == d[9:],
            ("uk", 10): lambda d: rnokpp_check(d[:9]) == d[9],
            ("lt", 11): lambda d: asmens_check(d[:10]) == d[10],
        }[(lang, len(digits))]
        assert ok(digits), (record["id"], texts)
    if entity["type"] == "ACCOUNT" and style == "written" and re.match(r"[A-Z]{2}\d\d", texts[0]):
        assert iban_ok(texts[0].replace(" ", "")), (record["id"], texts)


def validate(record: dict) -> None:
    """Every span round-trips and lines up with the scorer's whitespace words."""
    turns = record["turns"]
    assert record["id"] and record["lang"] in COUNTS and record["style"] in ("written", "asr")
    for turn in turns:
        assert turn["role"] in ("agent", "customer") and turn["text"].strip(), record["id"]
        if record["style"] == "asr":
            assert ASR_OK.match(turn["text"]), (record["id"], turn["text"])
            assert not re.search(r"\d", turn["text"]), record["id"]
    seen: set[tuple[int, int]] = set()
    for entity in record["entities"]:
        assert entity["type"] in TYPES, entity
        assert len(entity["pieces"]) == len(entity["chars"]) == len(entity["text"])
        for (turn, start, end), (cturn, cstart, cend), text in zip(
            entity["pieces"], entity["chars"], entity["text"], strict=True
        ):
            assert turn == cturn
            line = turns[turn]["text"]
            assert line[cstart:cend] == text and text == text.strip() and text, (record["id"], text)
            words = [m.span() for m in re.finditer(r"\S+", line)]
            hit = [i for i, (ws, we) in enumerate(words) if ws < cend and we > cstart]
            assert hit == list(range(start, end)), (record["id"], text, hit, start, end)
            for i in hit:
                ws, we = words[i]
                rest = line[ws : max(ws, cstart)] + line[min(we, cend) : we]
                assert not re.search(r"\w", rest), (record["id"], line[ws:we], text)
                assert (turn, i) not in seen, (record["id"], "word in two entities", text)
                seen.add((turn, i))
        check_number(record, entity)


def stats(records: list[dict]) -> dict:
    by_type: Counter = Counter()
    for record in records:
        for entity in record["entities"]:
            by_type[(entity["type"], record["lang"], record["style"])] += 1
    decoy_only = sum(1 for r in records if not r["entities"])
    return {
        "by_type": by_type,
        "decoy_only": decoy_only,
        "records": Counter((r["lang"], r["style"]) for r in records),
        "templates": {
            lang: len({r["template"] for r in records if r["lang"] == lang}) for lang in COUNTS
        },
        "multi_piece": sum(1 for r in records for e in r["entities"] if len(e["pieces"]) > 1),
    }


def count_table(info: dict) -> str:
    cols = [(lang, style) for lang in COUNTS for style in ("written", "asr")]
    head = "| type | " + " | ".join(f"{lang} {style}" for lang, style in cols) + " | total |"
    lines = [head, "|" + "---|" * (len(cols) + 2)]
    for kind in TYPES:
        row = [info["by_type"][(kind, lang, style)] for lang, style in cols]
        lines.append(f"| {kind} | " + " | ".join(map(str, row)) + f" | {sum(row)} |")
    totals = [sum(info["by_type"][(k, lang, style)] for k in TYPES) for lang, style in cols]
    lines.append("| **all** | " + " | ".join(map(str, totals)) + f" | {sum(totals)} |")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--seed", type=int, default=8)
    args = parser.parse_args()
    records = [
        make_record(index, lang, style, func, args.seed)
        for index, (lang, style, func) in enumerate(plan(args.seed), start=1)
    ]
    for record in records:
        validate(record)
    ids = [r["id"] for r in records]
    assert len(set(ids)) == len(ids)
    info = stats(records)
    assert info["decoy_only"] >= 0.4 * len(records), info["decoy_only"]
    assert sum(n for (k, _, _), n in info["by_type"].items() if k == "CARD") >= 150
    for kind in TYPES:
        for lang in COUNTS:
            for style in ("written", "asr"):
                assert info["by_type"][(kind, lang, style)] > 0, (kind, lang, style)
    assert min(info["templates"].values()) >= 30, info["templates"]
    args.out.write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8"
    )
    print(
        f"{len(records)} records, {info['decoy_only']} without any entity "
        f"({info['decoy_only'] / len(records):.0%}), {info['multi_piece']} multi-piece "
        f"entities, templates per language {info['templates']}"
    )
    print(count_table(info))


if __name__ == "__main__":
    main()
