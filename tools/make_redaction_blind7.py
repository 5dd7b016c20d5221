"""Write blind redaction evaluation set 7 (issue 12): a seeded, deterministic generator.

    python tools/make_redaction_blind7.py   # writes benchmarks/data/redaction_blind7.jsonl
                                            # and redaction_blind7.README.md (counts)

Why a generator and not hand-written lines: every span must round-trip to its text and
every check digit (Luhn, IBAN mod-97, INN, SNILS, RNOKPP, asmens kodas) must be right, and
that is only dependable when computed. The author never saw the detector (see the README
next to the data file), so the phrasings here are an independent sample of how callers
give their details on the phone. Nothing is imported from speechqa on purpose.
"""

from __future__ import annotations

import datetime as dt
import json
import random
import re
import string
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "benchmarks" / "data" / "redaction_blind7.jsonl"
README_OUT = ROOT / "benchmarks" / "data" / "redaction_blind7.README.md"
SEED = 7_2026_11_30
COUNTS = {"ru": 200, "uk": 100, "en": 100, "lt": 100}

# --------------------------------------------------------------------------- numbers as words


def _words(text: str) -> list[str]:
    return text.split()


RU_UNITS = ["ноль", "один", "два", "три", "четыре", "пять", "шесть", "семь", "восемь", "девять"]
RU_TEENS = _words(
    "десять одиннадцать двенадцать тринадцать четырнадцать пятнадцать "
    "шестнадцать семнадцать восемнадцать девятнадцать"
)
RU_TENS = [
    "",
    "",
    *_words("двадцать тридцать сорок пятьдесят шестьдесят семьдесят восемьдесят девяносто"),
]
RU_HUNDREDS = [
    "",
    *_words("сто двести триста четыреста пятьсот шестьсот семьсот восемьсот девятьсот"),
]
UK_UNITS = ["нуль", "один", "два", "три", "чотири", "п'ять", "шість", "сім", "вісім", "дев'ять"]
UK_TEENS = _words(
    "десять одинадцять дванадцять тринадцять чотирнадцять п'ятнадцять "
    "шістнадцять сімнадцять вісімнадцять дев'ятнадцять"
)
UK_TENS = [
    "",
    "",
    *_words("двадцять тридцять сорок п'ятдесят шістдесят сімдесят вісімдесят дев'яносто"),
]
UK_HUNDREDS = ["", *_words("сто двісті триста чотириста п'ятсот шістсот сімсот вісімсот дев'ятсот")]
EN_UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
EN_TEENS = _words("ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen")
EN_TENS = ["", "", *["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]]
LT_UNITS = _words("nulis vienas du trys keturi penki šeši septyni aštuoni devyni")
LT_TEENS = _words(
    "dešimt vienuolika dvylika trylika keturiolika penkiolika šešiolika "
    "septyniolika aštuoniolika devyniolika"
)
LT_TENS = [
    "",
    "",
    *_words(
        "dvidešimt trisdešimt keturiasdešimt penkiasdešimt šešiasdešimt "
        "septyniasdešimt aštuoniasdešimt devyniasdešimt"
    ),
]


def _below_100(n: int, units: list[str], teens: list[str], tens: list[str]) -> list[str]:
    if n < 10:
        return [units[n]]
    if n < 20:
        return [teens[n - 10]]
    return [tens[n // 10]] + ([units[n % 10]] if n % 10 else [])


def cardinal(n: int, lang: str) -> str:
    """0..9999 as a spoken cardinal (masculine / default gender)."""
    tables = {
        "ru": (RU_UNITS, RU_TEENS, RU_TENS),
        "uk": (UK_UNITS, UK_TEENS, UK_TENS),
        "en": (EN_UNITS, EN_TEENS, EN_TENS),
        "lt": (LT_UNITS, LT_TEENS, LT_TENS),
    }[lang]
    if n < 100:
        return " ".join(_below_100(n, *tables))
    words: list[str] = []
    thousands, rest = divmod(n, 1000)
    if thousands:
        if lang == "ru":
            words += {
                1: ["тысяча"],
                2: ["две", "тысячи"],
                3: ["три", "тысячи"],
                4: ["четыре", "тысячи"],
            }.get(thousands, [RU_UNITS[thousands], "тысяч"])
        elif lang == "uk":
            words += {
                1: ["тисяча"],
                2: ["дві", "тисячі"],
                3: ["три", "тисячі"],
                4: ["чотири", "тисячі"],
            }.get(thousands, [UK_UNITS[thousands], "тисяч"])
        elif lang == "en":
            words += [EN_UNITS[thousands], "thousand"]
        else:
            words += ["tūkstantis"] if thousands == 1 else [LT_UNITS[thousands], "tūkstančiai"]
    hundreds, rest = divmod(rest, 100)
    if hundreds:
        if lang == "ru":
            words.append(RU_HUNDREDS[hundreds])
        elif lang == "uk":
            words.append(UK_HUNDREDS[hundreds])
        elif lang == "en":
            words += [EN_UNITS[hundreds], "hundred"]
        else:
            words += ["šimtas"] if hundreds == 1 else [LT_UNITS[hundreds], "šimtai"]
    if rest:
        words += _below_100(rest, *tables)
    return " ".join(words)


ZERO = {
    "ru": ["ноль", "ноль", "нуль"],
    "uk": ["нуль", "нуль", "нуль", "ноль"],
    "en": ["zero", "oh", "oh"],
    "lt": ["nulis"],
}


def zero_word(lang: str, rng: random.Random) -> str:
    return rng.choice(ZERO[lang])


def digit_word(d: str, lang: str, rng: random.Random) -> str:
    return zero_word(lang, rng) if d == "0" else cardinal(int(d), lang)


def say_digits(s: str, lang: str, rng: random.Random) -> str:
    """Digit by digit; English callers sometimes say "double five"."""
    words, i = [], 0
    while i < len(s):
        if lang == "en" and i + 1 < len(s) and s[i] == s[i + 1] and rng.random() < 0.5:
            words.append("double " + digit_word(s[i], lang, rng))
            i += 2
            continue
        words.append(digit_word(s[i], lang, rng))
        i += 1
    return " ".join(words)


def say_whole(s: str, lang: str, rng: random.Random) -> str:
    """A group as one number, leading zeros said as zeros ("ноль сорок два")."""
    lead = len(s) - len(s.lstrip("0"))
    if lead == len(s):
        return say_digits(s, lang, rng)
    head = [zero_word(lang, rng) for _ in range(lead)]
    body = s[lead:]
    if lang == "en" and len(body) == 4:
        return " ".join([*head, say_pairs(body, lang, rng)])
    if lang == "en" and len(body) == 3:
        return " ".join([*head, cardinal(int(body[0]), lang), say_whole(body[1:], lang, rng)])
    return " ".join([*head, cardinal(int(body), lang)])


def say_pairs(s: str, lang: str, rng: random.Random) -> str:
    chunks = [s[i : i + 2] for i in range(0, len(s), 2)]
    return " ".join(say_whole(c, lang, rng) for c in chunks)


def say_group(s: str, lang: str, rng: random.Random, mode: str = "mixed") -> str:
    if mode == "mixed":
        mode = rng.choice(["digits", "pairs", "whole"] if len(s) <= 4 else ["digits", "pairs"])
    return {"digits": say_digits, "pairs": say_pairs, "whole": say_whole}[mode](s, lang, rng)


def split_groups(s: str, sizes: list[int]) -> list[str]:
    out, i = [], 0
    for size in sizes:
        if i >= len(s):
            break
        out.append(s[i : i + size])
        i += size
    if i < len(s):
        out.append(s[i:])
    return out


def uneven_sizes(n: int, rng: random.Random) -> list[int]:
    sizes: list[int] = []
    while sum(sizes) < n:
        sizes.append(min(rng.choice([2, 3, 3, 4, 4, 4, 5, 6]), n - sum(sizes)))
    return sizes


# ordinals for dates -----------------------------------------------------------------------

RU_ORD = _words(
    "первого второго третьего четвёртого пятого шестого седьмого восьмого "
    "девятого десятого одиннадцатого двенадцатого тринадцатого четырнадцатого пятнадцатого "
    "шестнадцатого семнадцатого восемнадцатого девятнадцатого"
)
RU_ORD_TENS = {
    2: "двадцатого",
    3: "тридцатого",
    4: "сорокового",
    5: "пятидесятого",
    6: "шестидесятого",
    7: "семидесятого",
    8: "восьмидесятого",
    9: "девяностого",
}
UK_ORD = _words(
    "першого другого третього четвертого п'ятого шостого сьомого восьмого "
    "дев'ятого десятого одинадцятого дванадцятого тринадцятого чотирнадцятого п'ятнадцятого "
    "шістнадцятого сімнадцятого вісімнадцятого дев'ятнадцятого"
)
UK_ORD_TENS = {
    2: "двадцятого",
    3: "тридцятого",
    4: "сорокового",
    5: "п'ятдесятого",
    6: "шістдесятого",
    7: "сімдесятого",
    8: "вісімдесятого",
    9: "дев'яностого",
}
EN_ORD = _words(
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh "
    "twelfth thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth"
)
EN_ORD_TENS = {2: "twentieth", 3: "thirtieth"}
LT_ORD_ACC = _words(
    "pirmą antrą trečią ketvirtą penktą šeštą septintą aštuntą devintą "
    "dešimtą vienuoliktą dvyliktą tryliktą keturioliktą penkioliktą šešioliktą septynioliktą "
    "aštuonioliktą devynioliktą"
)
LT_ORD_ACC_TENS = {2: "dvidešimtą", 3: "trisdešimtą"}
LT_ORD_GEN = _words(
    "pirmųjų antrųjų trečiųjų ketvirtųjų penktųjų šeštųjų septintųjų "
    "aštuntųjų devintųjų dešimtųjų vienuoliktųjų dvyliktųjų tryliktųjų keturioliktųjų "
    "penkioliktųjų šešioliktųjų septynioliktųjų aštuonioliktųjų devynioliktųjų"
)
LT_ORD_GEN_TENS = {
    2: "dvidešimtųjų",
    3: "trisdešimtųjų",
    4: "keturiasdešimtųjų",
    5: "penkiasdešimtųjų",
    6: "šešiasdešimtųjų",
    7: "septyniasdešimtųjų",
    8: "aštuoniasdešimtųjų",
    9: "devyniasdešimtųjų",
}
ORD = {
    "ru": (RU_ORD, RU_ORD_TENS),
    "uk": (UK_ORD, UK_ORD_TENS),
    "en": (EN_ORD, EN_ORD_TENS),
    "lt": (LT_ORD_ACC, LT_ORD_ACC_TENS),
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


def ordinal(n: int, lang: str, table: tuple | None = None) -> str:
    """1..99 as the date ordinal each language uses (ru/uk genitive, lt accusative)."""
    units, tens = table or ORD[lang]
    if n < 20:
        return units[n - 1]
    if n % 10 == 0:
        return tens[n // 10]
    return f"{cardinal(n - n % 10, lang)} {units[n % 10 - 1]}"


def year_ordinal(year: int, lang: str) -> str:
    """A year as said in a date: «тысяча девятьсот восемьдесят седьмого», "nineteen eighty"."""
    if lang == "en":
        if year >= 2000:
            return "two thousand" + (f" and {cardinal(year - 2000, lang)}" if year > 2000 else "")
        rest = year % 100
        tail = f"oh {cardinal(rest, lang)}" if rest < 10 else cardinal(rest, lang)
        return f"nineteen {tail}"
    table = {
        "ru": (RU_ORD, RU_ORD_TENS),
        "uk": (UK_ORD, UK_ORD_TENS),
        "lt": (LT_ORD_GEN, LT_ORD_GEN_TENS),
    }[lang]
    rest = year % 100
    if year >= 2000:
        head = {"ru": "две тысячи", "uk": "дві тисячі", "lt": "du tūkstančiai"}[lang]
        if rest == 0:
            return {"ru": "двухтысячного", "uk": "двохтисячного", "lt": "dutūkstantųjų"}[lang]
        return f"{head} {ordinal(rest, lang, table)}"
    head = {"ru": "тысяча девятьсот", "uk": "тисяча дев'ятсот", "lt": "tūkstantis devyni šimtai"}[
        lang
    ]
    return f"{head} {ordinal(rest, lang, table)}"


def luhn_complete(prefix: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(prefix)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            d = d - 9 if d > 9 else d
        total += d
    return prefix + str((10 - total % 10) % 10)


def luhn_ok(number: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(number)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            d = d - 9 if d > 9 else d
        total += d
    return total % 10 == 0


CARD_PREFIXES = [
    ("4", 16),
    ("4", 16),
    ("4", 13),
    ("51", 16),
    ("53", 16),
    ("55", 16),
    ("2200", 16),
    ("2202", 16),
    ("2204", 16),
    ("37", 15),
    ("34", 15),
    ("6759", 18),
    ("6763", 19),
    ("4", 19),
    ("62", 17),
    ("2221", 16),
]


def make_card(rng: random.Random, length: int | None = None) -> str:
    prefix, size = rng.choice(CARD_PREFIXES)
    if length:
        size = length
    body = prefix + "".join(rng.choice(string.digits) for _ in range(size - len(prefix) - 1))
    return luhn_complete(body)


def iban_check(country: str, bban: str) -> str:
    rearranged = bban + country + "00"
    numeric = "".join(str(int(ch, 36)) for ch in rearranged)
    return f"{98 - int(numeric) % 97:02d}"


def iban_ok(iban: str) -> bool:
    rearranged = iban[4:] + iban[:4]
    return int("".join(str(int(ch, 36)) for ch in rearranged)) % 97 == 1


def make_iban(country: str, rng: random.Random) -> str:
    digits = lambda n: "".join(rng.choice(string.digits) for _ in range(n))  # noqa: E731
    bban = {
        "LT": lambda: rng.choice(["73000", "70440", "40100", "21400"]) + digits(11),
        "UA": lambda: rng.choice(["305299", "322001", "320649", "300528"]) + digits(19),
        "GB": lambda: rng.choice(["NWBK", "BARC", "LOYD", "MIDL"]) + digits(14),
        "DE": lambda: digits(18),
    }[country]()
    return country + iban_check(country, bban) + bban


def make_inn(rng: random.Random) -> str:
    base = rng.choice(["77", "50", "78", "66", "16", "54"]) + "".join(
        rng.choice(string.digits) for _ in range(8)
    )
    w1 = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
    d11 = sum(int(a) * b for a, b in zip(base, w1, strict=True)) % 11 % 10
    w2 = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
    with11 = base + str(d11)
    d12 = sum(int(a) * b for a, b in zip(with11, w2, strict=True)) % 11 % 10
    return with11 + str(d12)


def inn_ok(inn: str) -> bool:
    w1 = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
    w2 = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
    d11 = sum(int(a) * b for a, b in zip(inn[:10], w1, strict=True)) % 11 % 10
    d12 = sum(int(a) * b for a, b in zip(inn[:11], w2, strict=True)) % 11 % 10
    return len(inn) == 12 and int(inn[10]) == d11 and int(inn[11]) == d12


def snils_check(nine: str) -> str:
    total = sum(int(d) * w for d, w in zip(nine, range(9, 0, -1), strict=True))
    if total < 100:
        return f"{total:02d}"
    if total in (100, 101):
        return "00"
    rest = total % 101
    return "00" if rest == 100 else f"{rest:02d}"


def make_snils(rng: random.Random) -> str:
    nine = str(rng.randint(2_000_000, 999_999_999)).zfill(9)
    return nine + snils_check(nine)


def rnokpp_for(birth: dt.date, female: bool, rng: random.Random) -> str:
    days = (birth - dt.date(1899, 12, 31)).days
    serial = rng.randint(0, 999)
    sex = rng.choice([0, 2, 4, 6, 8] if female else [1, 3, 5, 7, 9])
    nine = f"{days:05d}{serial:03d}{sex}"
    weights = [-1, 5, 7, 9, 4, 6, 10, 5, 7]
    check = sum(int(a) * b for a, b in zip(nine, weights, strict=True)) % 11 % 10
    return nine + str(check)


def rnokpp_ok(code: str) -> bool:
    weights = [-1, 5, 7, 9, 4, 6, 10, 5, 7]
    return sum(int(a) * b for a, b in zip(code[:9], weights, strict=True)) % 11 % 10 == int(code[9])


def asmens_kodas_for(birth: dt.date, female: bool, rng: random.Random) -> str:
    century = 3 if birth.year < 2000 else 5
    ten = f"{century + female}{birth:%y%m%d}{rng.randint(0, 999):03d}"
    check = sum(int(d) * w for d, w in zip(ten, [1, 2, 3, 4, 5, 6, 7, 8, 9, 1], strict=True)) % 11
    if check == 10:
        check = (
            sum(int(d) * w for d, w in zip(ten, [3, 4, 5, 6, 7, 8, 9, 1, 2, 3], strict=True)) % 11
        )
        check = 0 if check == 10 else check
    return ten + str(check)


def asmens_kodas_ok(code: str) -> bool:
    ten = code[:10]
    check = sum(int(d) * w for d, w in zip(ten, [1, 2, 3, 4, 5, 6, 7, 8, 9, 1], strict=True)) % 11
    if check == 10:
        check = (
            sum(int(d) * w for d, w in zip(ten, [3, 4, 5, 6, 7, 8, 9, 1, 2, 3], strict=True)) % 11
        )
        check = 0 if check == 10 else check
    return check == int(code[10])


# --------------------------------------------------------------------------- exchange builder


@dataclass(frozen=True)
class Piece:
    """Text that belongs to entity `key`; plain `str` parts around it are not PII."""

    key: str
    text: str


@dataclass(frozen=True)
class F:
    """A filler said between two pieces of one entity (not labelled)."""

    text: str


Seg = str | F
PUNCT_ATTACH = ".,!?;:…)»"
ASR_TOKEN = re.compile(r"^[^\W\d_]+(?:['’-][^\W\d_]+)*$")
EDGE_PUNCT = set(".,!?;:…()«»\"'—-")

FILLERS = {
    "ru": ["э-э", "так", "ну", "м-м", "сейчас", "секунду", "значит"],
    "uk": ["е-е", "так", "ну", "зараз", "секундочку", "значить", "м-м"],
    "en": ["uh", "um", "er", "hang on", "right", "let me see"],
    "lt": ["ee", "taip", "na", "palaukit", "sekundėlę", "mmm"],
}


@dataclass
class Ex:
    lang: str
    style: str
    rng: random.Random
    turns: list[tuple[str, list]] = field(default_factory=list)
    types: dict[str, str] = field(default_factory=dict)
    checks: list[tuple[str, str]] = field(default_factory=list)
    tags: set[str] = field(default_factory=set)

    @property
    def asr(self) -> bool:
        return self.style == "asr"

    def p(self, options):
        """Pick this language's phrasing (a dict by language of strings or lists)."""
        value = options[self.lang] if isinstance(options, dict) else options
        return self.rng.choice(value) if isinstance(value, list) else value

    def w(self, written: str, spoken: str) -> str:
        return spoken if self.asr else written

    def key(self, etype: str, check: tuple[str, str] | None = None) -> str:
        key = f"e{len(self.types)}"
        self.types[key] = etype
        self.tags.add(etype.lower())
        if check:
            self.checks.append(check)
        return key

    def a(self, *parts) -> None:
        self.turns.append(("agent", _flatten(parts)))

    def c(self, *parts) -> None:
        self.turns.append(("customer", _flatten(parts)))

    def piece(self, key: str, segs: list[Seg] | str) -> list:
        """Entity text with any fillers inside it turned into unlabelled gaps."""
        if isinstance(segs, str):
            segs = [segs]
        out: list = []
        for seg in segs:
            if isinstance(seg, F):
                out.append(seg.text)
            elif out and isinstance(out[-1], Piece):
                out[-1] = Piece(key, out[-1].text + " " + seg)
            else:
                out.append(Piece(key, seg))
        return out

    def ent(self, etype: str, segs: list[Seg] | str, check=None) -> list:
        return self.piece(self.key(etype, check), segs)

    def filler(self) -> str:
        return self.rng.choice(FILLERS[self.lang])

    # numbers in non-PII text ---------------------------------------------------------
    def num(self, n: int) -> str:
        return cardinal(n, self.lang) if self.asr else str(n)

    def money(self, n: int) -> str:
        """Amounts end in 0 or lie in 11-19, so the noun always takes its many-form."""
        if self.asr:
            noun = {"ru": "рублей", "uk": "гривень", "en": "pounds", "lt": "eurų"}[self.lang]
            return f"{cardinal(n, self.lang)} {noun}"
        return {"ru": f"{n} руб.", "uk": f"{n} грн", "en": f"£{n}", "lt": f"{n} eurų"}[self.lang]

    def time(self, h: int, m: int) -> str:
        """A clock time as said after «в», «о», "at" (the only places it is used)."""
        if not self.asr:
            return f"{h}:{m:02d}"
        lang = self.lang
        if lang == "lt" and m == 0:
            return f"{ordinal(h, 'lt')} valandą"
        if lang == "uk":
            hour = UK_HOUR_LOC[h - 1]
        else:
            hour = cardinal(h - 12 if lang == "en" and h > 12 else h, lang)
        if m == 0:
            return hour + (" o'clock" if lang == "en" else "")
        zero = {"ru": "ноль", "uk": "нуль", "en": "oh", "lt": "nulis"}[lang]
        minutes = cardinal(m, lang) if m >= 10 else f"{zero} {cardinal(m, lang)}"
        return f"{hour} {minutes}"

    def hour_gen(self, h: int) -> str:
        """«с десяти до двух», «з дев'ятої до шостої»: hours after a preposition."""
        if not self.asr or self.lang not in HOURS_GEN:
            return self.time(h, 0)
        return HOURS_GEN[self.lang][h]

    def date(self, d: int, m: int) -> str:
        month = MONTHS_GEN[self.lang][m - 1]
        if not self.asr:
            return {
                "ru": f"{d} {month}",
                "uk": f"{d} {month}",
                "en": f"{d} {month}",
                "lt": f"{month} {d} d.",
            }[self.lang]
        if self.lang == "en":
            return f"the {ordinal(d, 'en')} of {month.lower()}"
        if self.lang == "lt":
            return f"{month} {ordinal(d, 'lt')} dieną"
        return f"{ordinal(d, self.lang)} {month}"

    def code(self, digits: str) -> str:
        """A non-PII number (order, ticket, tracking) said the way people say them."""
        if not self.asr:
            return digits
        sizes = uneven_sizes(len(digits), self.rng)
        return " ".join(say_group(g, self.lang, self.rng) for g in split_groups(digits, sizes))


UK_HOUR_LOC = [
    *_words(
        "першій другій третій четвертій п'ятій шостій сьомій восьмій дев'ятій десятій "
        "одинадцятій дванадцятій тринадцятій чотирнадцятій п'ятнадцятій шістнадцятій "
        "сімнадцятій вісімнадцятій дев'ятнадцятій двадцятій"
    ),
    "двадцять першій",
    "двадцять другій",
    "двадцять третій",
]
HOURS_GEN = {
    "ru": {9: "девяти", 10: "десяти", 14: "двух", 18: "шести"},
    "uk": {9: "дев'ятої", 10: "десятої", 14: "другої", 18: "шостої"},
}


def _flatten(parts) -> list:
    out: list = []
    for part in parts:
        if isinstance(part, list | tuple):
            out.extend(_flatten(part))
        elif part:
            out.append(part)
    return out


def asr_clean(text: str) -> str:
    """Lower-case, no punctuation: how the recogniser's output looks."""
    text = text.lower()
    text = re.sub(r"[«»\"“”„.,!?;:…()/—–]", " ", text)
    text = re.sub(r"(?<![^\W\d_])-|-(?![^\W\d_])", " ", text)
    return " ".join(text.split())


# --------------------------------------------------------------------------- rendering + checks


def render(ex: Ex, item_id: str, template: str) -> dict:
    turns_out: list[dict] = []
    spans: dict[str, list[tuple[int, int, int, str]]] = {k: [] for k in ex.types}
    for ti, (role, parts) in enumerate(ex.turns):
        text = ""
        for part in parts:
            if isinstance(part, Piece):
                chunk, key = " ".join(part.text.split()), part.key
            else:
                chunk, key = (asr_clean(part) if ex.asr else " ".join(part.split())), None
                chunk = re.sub(r"(?<!\.)\.\.(?!\.)", ".", chunk)  # "5 d." ending a sentence
            if not ex.asr and key is None and chunk.startswith(".") and text.endswith("."):
                chunk = chunk[1:].strip()  # "7 d." + "." must not become "7 d.."
            if not chunk:
                continue
            if not text and not ex.asr and key is None:
                chunk = chunk[0].upper() + chunk[1:]
            if text and not (not ex.asr and key is None and chunk[0] in PUNCT_ATTACH):
                text += " "
            if key is not None:
                spans[key].append((ti, len(text), len(text) + len(chunk), chunk))
            text += chunk
        turns_out.append({"role": role, "text": text})
    entities = []
    owner: dict[tuple[int, int], str] = {}
    for key, pieces in spans.items():
        assert pieces, f"{item_id}: entity {key} has no text"
        words, chars, texts = [], [], []
        for ti, start, end, chunk in pieces:
            text = turns_out[ti]["text"]
            assert text[start:end] == chunk, (item_id, chunk)
            tokens = [(m.start(), m.end()) for m in re.finditer(r"\S+", text)]
            hit = [i for i, (s, e) in enumerate(tokens) if s < end and e > start]
            assert hit, (item_id, chunk)
            for i in hit:
                s, e = tokens[i]
                outside = text[s:start] if s < start else ""
                outside += text[end:e] if e > end else ""
                assert all(ch in EDGE_PUNCT for ch in outside), (item_id, chunk, text[s:e])
                cell = (ti, i)
                assert owner.get(cell, key) == key, f"{item_id}: word {cell} in two entities"
                owner[cell] = key
            words.append([ti, hit[0], hit[-1] + 1])
            chars.append([ti, start, end])
            texts.append(chunk)
        entities.append({"type": ex.types[key], "pieces": words, "chars": chars, "text": texts})
    entities.sort(key=lambda ent: (ent["pieces"][0][0], ent["pieces"][0][1]))
    for turn in turns_out:
        assert turn["text"], f"{item_id}: empty turn"
        if ex.asr:
            for token in turn["text"].split():
                assert ASR_TOKEN.match(token) and token == token.lower(), (item_id, token)
    for kind, value in ex.checks:
        assert CHECKERS[kind](value), (item_id, kind, value)
    tags = sorted(ex.tags) if entities else sorted(ex.tags | {"no_entity"})
    return {
        "id": item_id,
        "lang": ex.lang,
        "style": ex.style,
        "split": "blind7",
        "template": template,
        "tags": tags,
        "turns": turns_out,
        "entities": entities,
    }


CHECKERS = {
    "luhn": lambda v: v.isdigit() and 13 <= len(v) <= 19 and luhn_ok(v),
    "iban": lambda v: iban_ok(v),
    "inn": inn_ok,
    "snils": lambda v: snils_check(v[:9]) == v[9:],
    "rnokpp": rnokpp_ok,
    "asmens": asmens_kodas_ok,
}


# --------------------------------------------------------------------------- people and places


@dataclass(frozen=True)
class Person:
    first: str
    first_gen: str
    last: str
    last_gen: str
    middle: str  # patronymic (ru/uk) or "" ; for lt the vocative of the surname
    middle_gen: str
    female: bool
    latin: str  # "first.last" for e-mail addresses


RU_PEOPLE = [
    Person(
        "Валентина",
        "Валентины",
        "Кузьмина",
        "Кузьминой",
        "Петровна",
        "Петровны",
        True,
        "valentina.kuzmina",
    ),
    Person(
        "Геннадий",
        "Геннадия",
        "Шубин",
        "Шубина",
        "Аркадьевич",
        "Аркадьевича",
        False,
        "gennadiy.shubin",
    ),
    Person(
        "Зинаида",
        "Зинаиды",
        "Обухова",
        "Обуховой",
        "Семёновна",
        "Семёновны",
        True,
        "zinaida.obuhova",
    ),
    Person(
        "Тимур",
        "Тимура",
        "Гарипов",
        "Гарипова",
        "Рустамович",
        "Рустамовича",
        False,
        "timur.garipov",
    ),
    Person(
        "Людмила",
        "Людмилы",
        "Ершова",
        "Ершовой",
        "Викторовна",
        "Викторовны",
        True,
        "lyudmila.ershova",
    ),
    Person("Олег", "Олега", "Бармин", "Бармина", "Игоревич", "Игоревича", False, "oleg.barmin"),
    Person(
        "Эльвира",
        "Эльвиры",
        "Хабибуллина",
        "Хабибуллиной",
        "Ринатовна",
        "Ринатовны",
        True,
        "elvira.habibullina",
    ),
    Person(
        "Степан", "Степана", "Корнилов", "Корнилова", "Ильич", "Ильича", False, "stepan.kornilov"
    ),
    Person(
        "Нина", "Нины", "Дроздова", "Дроздовой", "Фёдоровна", "Фёдоровны", True, "nina.drozdova"
    ),
    Person(
        "Артём", "Артёма", "Лысенко", "Лысенко", "Дмитриевич", "Дмитриевича", False, "artem.lysenko"
    ),
    Person(
        "Полина",
        "Полины",
        "Сафронова",
        "Сафроновой",
        "Андреевна",
        "Андреевны",
        True,
        "polina.safronova",
    ),
    Person(
        "Борис", "Бориса", "Голубев", "Голубева", "Маркович", "Марковича", False, "boris.golubev"
    ),
    Person("Раиса", "Раисы", "Мухина", "Мухиной", "Степановна", "Степановны", True, "raisa.muhina"),
    Person("Ефим", "Ефима", "Зайцев", "Зайцева", "Львович", "Львовича", False, "efim.zaytsev"),
]
UK_PEOPLE = [
    Person(
        "Галина",
        "Галини",
        "Ковальчук",
        "Ковальчук",
        "Степанівна",
        "Степанівни",
        True,
        "halyna.kovalchuk",
    ),
    Person(
        "Богдан",
        "Богдана",
        "Мельничук",
        "Мельничука",
        "Іванович",
        "Івановича",
        False,
        "bohdan.melnychuk",
    ),
    Person("Оксана", "Оксани", "Гнатюк", "Гнатюк", "Петрівна", "Петрівни", True, "oksana.hnatiuk"),
    Person(
        "Тарас",
        "Тараса",
        "Бондаренко",
        "Бондаренка",
        "Миколайович",
        "Миколайовича",
        False,
        "taras.bondarenko",
    ),
    Person(
        "Ярослава",
        "Ярослави",
        "Кравець",
        "Кравець",
        "Олегівна",
        "Олегівни",
        True,
        "yaroslava.kravets",
    ),
    Person(
        "Остап", "Остапа", "Савчук", "Савчука", "Васильович", "Васильовича", False, "ostap.savchuk"
    ),
    Person(
        "Лариса",
        "Лариси",
        "Дмитренко",
        "Дмитренко",
        "Ігорівна",
        "Ігорівни",
        True,
        "larysa.dmytrenko",
    ),
    Person(
        "Василь",
        "Василя",
        "Приходько",
        "Приходька",
        "Григорович",
        "Григоровича",
        False,
        "vasyl.prykhodko",
    ),
    Person(
        "Соломія",
        "Соломії",
        "Левицька",
        "Левицької",
        "Андріївна",
        "Андріївни",
        True,
        "solomiia.levytska",
    ),
    Person(
        "Назар", "Назара", "Ткачук", "Ткачука", "Романович", "Романовича", False, "nazar.tkachuk"
    ),
    Person("Ганна", "Ганни", "Литвин", "Литвин", "Федорівна", "Федорівни", True, "hanna.lytvyn"),
    Person(
        "Євген",
        "Євгена",
        "Сидоренко",
        "Сидоренка",
        "Олексійович",
        "Олексійовича",
        False,
        "yevhen.sydorenko",
    ),
]
EN_PEOPLE = [
    Person("Margaret", "Margaret's", "Holloway", "Holloway's", "", "", True, "margaret.holloway"),
    Person("Derek", "Derek's", "Okafor", "Okafor's", "", "", False, "derek.okafor"),
    Person("Priya", "Priya's", "Raman", "Raman's", "", "", True, "priya.raman"),
    Person("Graham", "Graham's", "Whitlock", "Whitlock's", "", "", False, "graham.whitlock"),
    Person("Siobhan", "Siobhan's", "Kearney", "Kearney's", "", "", True, "siobhan.kearney"),
    Person("Tomasz", "Tomasz's", "Nowak", "Nowak's", "", "", False, "tomasz.nowak"),
    Person("Eleanor", "Eleanor's", "Pike", "Pike's", "", "", True, "eleanor.pike"),
    Person("Kwame", "Kwame's", "Mensah", "Mensah's", "", "", False, "kwame.mensah"),
    Person("Fiona", "Fiona's", "Drummond", "Drummond's", "", "", True, "fiona.drummond"),
    Person("Rupert", "Rupert's", "Ashby", "Ashby's", "", "", False, "rupert.ashby"),
    Person(
        "Doreen", "Doreen's", "Fairweather", "Fairweather's", "", "", True, "doreen.fairweather"
    ),
    Person("Hamid", "Hamid's", "Qureshi", "Qureshi's", "", "", False, "hamid.qureshi"),
]
LT_PEOPLE = [
    Person(
        "Ona", "Onos", "Kazlauskienė", "Kazlauskienės", "Kazlauskiene", "", True, "ona.kazlauskiene"
    ),
    Person(
        "Vytautas", "Vytauto", "Žemaitis", "Žemaičio", "Žemaiti", "", False, "vytautas.zemaitis"
    ),
    Person(
        "Rasa",
        "Rasos",
        "Paulauskaitė",
        "Paulauskaitės",
        "Paulauskaite",
        "",
        True,
        "rasa.paulauskaite",
    ),
    Person("Algirdas", "Algirdo", "Butkus", "Butkaus", "Butkau", "", False, "algirdas.butkus"),
    Person(
        "Danutė",
        "Danutės",
        "Stankevičienė",
        "Stankevičienės",
        "Stankevičiene",
        "",
        True,
        "danute.stankeviciene",
    ),
    Person(
        "Mindaugas",
        "Mindaugo",
        "Jankauskas",
        "Jankausko",
        "Jankauskai",
        "",
        False,
        "mindaugas.jankauskas",
    ),
    Person(
        "Irena",
        "Irenos",
        "Vasiliauskienė",
        "Vasiliauskienės",
        "Vasiliauskiene",
        "",
        True,
        "irena.vasiliauskiene",
    ),
    Person(
        "Rimantas",
        "Rimanto",
        "Petrauskas",
        "Petrausko",
        "Petrauskai",
        "",
        False,
        "rimantas.petrauskas",
    ),
    Person(
        "Gintarė",
        "Gintarės",
        "Navickaitė",
        "Navickaitės",
        "Navickaite",
        "",
        True,
        "gintare.navickaite",
    ),
    Person("Kęstutis", "Kęstučio", "Urbonas", "Urbono", "Urbonai", "", False, "kestutis.urbonas"),
    Person("Aldona", "Aldonos", "Mockienė", "Mockienės", "Mockiene", "", True, "aldona.mockiene"),
    Person("Julius", "Juliaus", "Sabonis", "Sabonio", "Saboni", "", False, "julius.sabonis"),
]
PEOPLE = {"ru": RU_PEOPLE, "uk": UK_PEOPLE, "en": EN_PEOPLE, "lt": LT_PEOPLE}
AGENTS = {
    "ru": ["Алина", "Денис", "Кристина", "Максим", "Вероника", "Руслан"],
    "uk": ["Анастасія", "Дмитро", "Вікторія", "Андрій", "Марта", "Роман"],
    "en": ["Chloe", "Ben", "Sasha", "Marcus", "Abigail", "Liam"],
    "lt": ["Eglė", "Tomas", "Justina", "Lukas", "Ieva", "Paulius"],
}

STREETS = {
    "ru": [
        ("ул. Садовая", "улица садовая"),
        ("проспект Мира", "проспект мира"),
        ("ул. Профсоюзная", "улица профсоюзная"),
        ("Заречный переулок", "заречный переулок"),
        ("ул. Карла Маркса", "улица карла маркса"),
        ("бульвар Победы", "бульвар победы"),
        ("ул. Маршала Жукова", "улица маршала жукова"),
    ],
    "uk": [
        ("вул. Січових Стрільців", "вулиця січових стрільців"),
        ("просп. Перемоги", "проспект перемоги"),
        ("вул. Зелена", "вулиця зелена"),
        ("вул. Лесі Українки", "вулиця лесі українки"),
        ("пров. Ярий", "провулок ярий"),
        ("бульв. Шевченка", "бульвар шевченка"),
    ],
    "en": [
        ("Willow Crescent", "willow crescent"),
        ("Maple Avenue", "maple avenue"),
        ("Hartley Road", "hartley road"),
        ("Station Lane", "station lane"),
        ("Queen's Drive", "queen's drive"),
        ("Nelson Street", "nelson street"),
    ],
    "lt": [
        ("Žalgirio g.", "žalgirio gatvė"),
        ("Savanorių pr.", "savanorių prospektas"),
        ("Liepų g.", "liepų gatvė"),
        ("Vytauto g.", "vytauto gatvė"),
        ("Taikos pr.", "taikos prospektas"),
        ("Kalvarijų g.", "kalvarijų gatvė"),
    ],
}
CITIES = {
    "ru": ["Казани", "Твери", "Самаре", "Екатеринбурге", "Воронеже"],
    "uk": ["Києві", "Львові", "Вінниці", "Полтаві", "Черкасах"],
    "en": ["Leeds", "Bristol", "Norwich", "Swansea", "Croydon"],
    "lt": ["Vilniuje", "Kaune", "Klaipėdoje", "Šiauliuose", "Panevėžyje"],
}


# --------------------------------------------------------------------------- how values are said


def num_segs(
    ex: Ex,
    digits: str,
    sizes: list[int] | None = None,
    filler_p: float = 0.0,
    sep: str = " ",
    mode: str = "mixed",
) -> list[Seg]:
    """A long number in groups; fillers between groups split the entity into pieces."""
    groups = split_groups(digits, sizes or uneven_sizes(len(digits), ex.rng))
    segs: list[Seg] = []
    for i, group in enumerate(groups):
        if i and ex.rng.random() < filler_p:
            segs.append(F(ex.filler()))
        text = say_group(group, ex.lang, ex.rng, mode) if ex.asr else group
        if segs and isinstance(segs[-1], str) and not ex.asr:
            segs[-1] += sep + text
        else:
            segs.append(text)
    return segs


def card_written(number: str, rng: random.Random) -> str:
    style = rng.choice(["4", "4", "4", "solid", "dash", "uneven"])
    if style == "solid":
        return number
    if style == "dash":
        return "-".join(split_groups(number, [4] * 5))
    sizes = [4] * 5 if style == "4" else uneven_sizes(len(number), rng)
    if len(number) == 15 and style == "4":
        sizes = [4, 6, 5]
    return " ".join(split_groups(number, sizes))


def card_segs(ex: Ex, number: str, filler_p: float = 0.0) -> list[Seg]:
    if not ex.asr:
        return [card_written(number, ex.rng)]
    sizes = ex.rng.choice([[4] * 5, [4] * 5, [2] * 10, uneven_sizes(len(number), ex.rng)])
    return num_segs(ex, number, sizes, filler_p)


def letters_spoken(letters: str, lang: str) -> str:
    names = {
        "ru": {
            "А": "а",
            "В": "вэ",
            "Е": "е",
            "К": "ка",
            "М": "эм",
            "Н": "эн",
            "Р": "эр",
            "С": "эс",
            "Т": "тэ",
            "Х": "ха",
        },
        "uk": {
            "А": "а",
            "В": "ве",
            "Е": "е",
            "К": "ка",
            "М": "ем",
            "Н": "ен",
            "Р": "ер",
            "С": "ес",
            "Т": "те",
            "Х": "ха",
            "Ю": "ю",
            "О": "о",
        },
        "lt": {"L": "el", "T": "tė", "U": "u", "A": "a"},
    }.get(lang, {})
    return " ".join(names.get(ch, ch.lower()) for ch in letters)


def phone_segs(ex: Ex) -> list[Seg]:
    r, lang = ex.rng, ex.lang
    dig = lambda n: "".join(r.choice(string.digits) for _ in range(n))  # noqa: E731
    if lang == "ru":
        body = r.choice(["912", "903", "926", "985", "961", "999", "915"]) + dig(7)
        if not ex.asr:
            a, b, c, d = body[:3], body[3:6], body[6:8], body[8:]
            return [
                r.choice(
                    [
                        f"+7 {a} {b}-{c}-{d}",
                        f"8 ({a}) {b} {c} {d}",
                        f"8{body}",
                        f"+7{body}",
                        f"8-{a}-{b}-{c}-{d}",
                    ]
                )
            ]
        head = r.choice(["восемь", "плюс семь", "восьмёрка"])
        return [head, *num_segs(ex, body, [3, 3, 2, 2], 0.25)]
    if lang == "uk":
        body = r.choice(["67", "50", "93", "97", "66", "73"]) + dig(7)
        if not ex.asr:
            return [
                r.choice(
                    [
                        f"+380 {body[:2]} {body[2:5]} {body[5:7]} {body[7:]}",
                        f"0{body[:2]} {body[2:5]}-{body[5:7]}-{body[7:]}",
                        f"0{body}",
                        f"+380{body}",
                    ]
                )
            ]
        head = r.choice(["нуль", "плюс три вісім нуль", "нуль"])
        return [head, *num_segs(ex, body, [2, 3, 2, 2], 0.25)]
    if lang == "lt":
        body = "6" + dig(7)
        if not ex.asr:
            return [
                r.choice(
                    [
                        f"+370 {body[:3]} {body[3:]}",
                        f"8 {body[:3]} {body[3:]}",
                        f"8{body}",
                        f"+370 {body[:3]} {body[3:5]} {body[5:]}",
                    ]
                )
            ]
        head = r.choice(["aštuoni", "plius trys septyni nulis", "aštuoni"])
        return [head, *num_segs(ex, body, r.choice([[3, 5], [3, 2, 3], [1, 2, 2, 3]]), 0.2)]
    if r.random() < 0.7:
        body = "07" + r.choice(["700", "723", "841", "956", "519"]) + dig(6)
        if not ex.asr:
            return [
                r.choice(
                    [
                        f"{body[:5]} {body[5:]}",
                        body,
                        f"{body[:5]} {body[5:8]} {body[8:]}",
                        f"+44 {body[1:5]} {body[5:]}",
                    ]
                )
            ]
        return num_segs(ex, body, r.choice([[5, 6], [5, 3, 3], [2, 3, 3, 3]]), 0.2, mode="digits")
    body = r.choice(["415", "312", "617", "206"]) + "555" + dig(4)
    if not ex.asr:
        return [f"({body[:3]}) {body[3:6]}-{body[6:]}"]
    return num_segs(ex, body, [3, 3, 4], 0.2)


DOMAINS = {
    "ru": [
        ("mail.ru", "мейл точка ру"),
        ("yandex.ru", "яндекс точка ру"),
        ("gmail.com", "джимейл точка ком"),
        ("bk.ru", "бэ ка точка ру"),
    ],
    "uk": [
        ("ukr.net", "укр крапка нет"),
        ("gmail.com", "джимейл крапка ком"),
        ("i.ua", "і крапка юа"),
        ("meta.ua", "мета крапка юа"),
    ],
    "en": [
        ("gmail.com", "gmail dot com"),
        ("outlook.com", "outlook dot com"),
        ("btinternet.com", "b t internet dot com"),
        ("yahoo.co.uk", "yahoo dot co dot uk"),
    ],
    "lt": [
        ("gmail.com", "gmail taškas com"),
        ("inbox.lt", "inbox taškas el tė"),
        ("yahoo.com", "yahoo taškas com"),
        ("splius.lt", "splius taškas el tė"),
    ],
}
INITIALS = {
    "в": "вэ",
    "г": "гэ",
    "з": "зэ",
    "т": "тэ",
    "л": "эль",
    "с": "эс",
    "н": "эн",
    "б": "бэ",
    "р": "эр",
    "ф": "эф",
    "м": "эм",
    "к": "ка",
    "д": "дэ",
    "п": "пэ",
    "х": "ха",
    "ш": "ша",
    "g": "gee",
    "d": "dee",
    "t": "tee",
    "p": "pee",
    "k": "kay",
    "h": "aitch",
    "r": "ar",
    "f": "ef",
    "m": "em",
    "s": "es",
}
INITIALS_UK = {
    "г": "ге",
    "в": "ве",
    "т": "те",
    "л": "ел",
    "с": "ес",
    "н": "ен",
    "б": "бе",
    "р": "ер",
    "м": "ем",
    "к": "ка",
    "д": "де",
    "п": "пе",
    "х": "ха",
    "з": "зе",
}
AT = {"ru": ["собака", "собачка"], "uk": ["равлик", "собачка"], "en": ["at"], "lt": ["eta", "eta"]}
DOT = {"ru": "точка", "uk": "крапка", "en": "dot", "lt": "taškas"}


def email_segs(ex: Ex, person: Person) -> list[Seg]:
    r = ex.rng
    first, last = person.latin.split(".")
    year = r.choice(["", "", str(r.randint(50, 99)), str(r.randint(1, 30)).zfill(2)])
    shape = r.choice(["dot", "initial", "plain"])
    domain, domain_said = r.choice(DOMAINS[ex.lang])
    if shape == "initial":
        local = f"{first[0]}.{last}{year}"
    elif shape == "dot":
        local = f"{first}.{last}{year}"
    else:
        local = f"{last}{year}"
    if not ex.asr:
        return [f"{local}@{domain}"]
    native_first, native_last = first, last
    if ex.lang in ("ru", "uk"):
        native_first, native_last = person.first.lower(), person.last.lower()
    said = []
    if shape == "initial":
        table = INITIALS_UK if ex.lang == "uk" else INITIALS
        said += [table.get(native_first[0], native_first[0]), DOT[ex.lang]]
    elif shape == "dot":
        said += [native_first, DOT[ex.lang]]
    said.append(native_last)
    if year:
        said.append(say_whole(year, ex.lang, r))
    said += [r.choice(AT[ex.lang]), domain_said]
    return [" ".join(said)]


def dob_parts(ex: Ex, key: str, birth: dt.date) -> list:
    """The birth date as an entity, with «года»/«року»/"dieną" left outside the span."""
    r, lang = ex.rng, ex.lang
    month = MONTHS_GEN[lang][birth.month - 1]
    if not ex.asr:
        choice = r.random()
        if choice < 0.4:
            text = (
                f"{birth:%Y-%m-%d}"
                if lang == "lt"
                else f"{birth:%m/%d/%Y}"
                if lang == "en" and r.random() < 0.3
                else f"{birth:%d.%m.%Y}"
                if lang != "en"
                else f"{birth:%d/%m/%Y}"
            )
            return ex.piece(key, text)
        if lang == "en":
            return ex.piece(
                key,
                r.choice(
                    [f"{birth.day} {month} {birth.year}", f"{month} {birth.day}, {birth.year}"]
                ),
            )
        if lang == "lt":
            return [*ex.piece(key, f"{birth.year} m. {month} {birth.day}"), "d."]
        tail = {"ru": "года", "uk": "року"}[lang]
        return [
            *ex.piece(key, f"{birth.day} {month} {birth.year}"),
            tail if r.random() < 0.7 else "",
        ]
    if r.random() < 0.25:
        digits = f"{birth:%d%m}" + (f"{birth:%y}" if r.random() < 0.5 else f"{birth:%Y}")
        return ex.piece(key, num_segs(ex, digits, [2, 2, len(digits) - 4], 0.0))
    if lang == "en":
        year = year_ordinal(birth.year, "en")
        if r.random() < 0.5:
            return ["the", *ex.piece(key, f"{ordinal(birth.day, 'en')} of {month.lower()} {year}")]
        return ex.piece(key, f"{month.lower()} {ordinal(birth.day, 'en')} {year}")
    if lang == "lt":
        return [
            *ex.piece(
                key, f"{year_ordinal(birth.year, 'lt')} metų {month} {ordinal(birth.day, 'lt')}"
            ),
            "dieną",
        ]
    tail = {"ru": "года", "uk": "року"}[lang]
    return [
        *ex.piece(key, f"{ordinal(birth.day, lang)} {month} {year_ordinal(birth.year, lang)}"),
        tail,
    ]


def birth_date(rng: random.Random) -> dt.date:
    return dt.date(rng.randint(1938, 2006), rng.randint(1, 12), rng.randint(1, 28))


def passport_segs(ex: Ex, person: Person, birth: dt.date) -> tuple[list[Seg], str]:
    """(segments, kind): the document kinds that belong to this language's callers."""
    r, lang = ex.rng, ex.lang
    dig = lambda n: "".join(r.choice(string.digits) for _ in range(n))  # noqa: E731
    if lang == "ru":
        series = r.choice(["45", "46", "92", "36", "63", "77"]) + f"{r.randint(0, 24):02d}"
        number = dig(6)
        if not ex.asr:
            return [
                r.choice(
                    [
                        f"{series[:2]} {series[2:]} {number}",
                        f"{series} {number}",
                        f"{series}{number}",
                    ]
                )
            ], "ru_passport"
        return num_segs(
            ex, series + number, r.choice([[2, 2, 3, 3], [2, 2, 6], [4, 6]]), 0.2
        ), "ru_passport"
    if lang == "uk":
        if r.random() < 0.5:
            letters = r.choice(["КВ", "МЕ", "ТТ", "СН", "ЕК", "НМ", "АА", "ВК"])
            number = dig(6)
            if not ex.asr:
                return [f"{letters} {number}"], "ua_booklet"
            return [
                letters_spoken(letters, "uk"),
                *num_segs(ex, number, [3, 3], 0.15),
            ], "ua_booklet"
        number = "00" + dig(7)
        if not ex.asr:
            return [number], "ua_id_card"
        return num_segs(
            ex, number, r.choice([[3, 3, 3], [2, 3, 4], [9]]), 0.15, mode="digits"
        ), "ua_id_card"
    if lang == "lt":
        number = r.choice(["2", "1"]) + dig(7)
        if not ex.asr:
            return [number], "lt_passport"
        return num_segs(ex, number, r.choice([[2, 3, 3], [4, 4], [2, 2, 2, 2]]), 0.2), "lt_passport"
    number = r.choice(["5", "1", "3"]) + dig(8)
    if not ex.asr:
        return [number], "passport_generic"
    return num_segs(ex, number, [3, 3, 3], 0.2, mode="digits"), "passport_generic"


def national_id_segs(ex: Ex, person: Person, birth: dt.date) -> tuple[list[Seg], str, tuple]:
    r, lang = ex.rng, ex.lang
    if lang == "ru":
        if r.random() < 0.5:
            inn = make_inn(r)
            text = inn if r.random() < 0.6 else f"{inn[:4]} {inn[4:8]} {inn[8:]}"
            segs = (
                [text]
                if not ex.asr
                else num_segs(ex, inn, r.choice([[4, 4, 4], [2, 2, 2, 2, 2, 2], [3, 3, 3, 3]]), 0.2)
            )
            return segs, "inn", ("inn", inn)
        snils = make_snils(r)
        text = f"{snils[:3]}-{snils[3:6]}-{snils[6:9]} {snils[9:]}"
        segs = [text] if not ex.asr else num_segs(ex, snils, [3, 3, 3, 2], 0.2)
        return segs, "snils", ("snils", snils)
    if lang == "uk":
        code = rnokpp_for(birth, person.female, r)
        segs = (
            [code]
            if not ex.asr
            else num_segs(
                ex,
                code,
                r.choice([[5, 5], [3, 3, 4], [2, 2, 2, 2, 2], [10]]),
                0.2,
                mode=r.choice(["mixed", "digits"]),
            )
        )
        return segs, "rnokpp", ("rnokpp", code)
    if lang == "lt":
        code = asmens_kodas_for(birth, person.female, r)
        segs = (
            [code]
            if not ex.asr
            else num_segs(
                ex,
                code,
                r.choice([[1, 6, 4], [3, 4, 4], [1, 2, 2, 2, 4], [11]]),
                0.2,
                mode=r.choice(["mixed", "digits"]),
            )
        )
        return segs, "asmens_kodas", ("asmens", code)
    if r.random() < 0.6:
        prefix = r.choice(["AB", "CE", "JH", "KL", "NP", "PR", "SN", "TW", "WK", "ZR"])
        digits = "".join(r.choice(string.digits) for _ in range(6))
        suffix = r.choice("ABCD")
        if not ex.asr:
            return (
                [
                    r.choice(
                        [
                            f"{prefix} {digits[:2]} {digits[2:4]} {digits[4:]} {suffix}",
                            f"{prefix}{digits}{suffix}",
                        ]
                    )
                ],
                "uk_ni",
                (),
            )
        said = " ".join([*prefix.lower(), say_pairs(digits, "en", r), suffix.lower()])
        return [said], "uk_ni", ()
    area = r.choice([r.randint(1, 665), r.randint(667, 899)])
    group, serial = r.randint(1, 99), r.randint(1, 9999)
    ssn = f"{area:03d}{group:02d}{serial:04d}"
    if not ex.asr:
        return [f"{ssn[:3]}-{ssn[3:5]}-{ssn[5:]}"], "us_ssn", ()
    return num_segs(ex, ssn, [3, 2, 4], 0.2, mode="digits"), "us_ssn", ()


def account_segs(ex: Ex, kind: str) -> tuple[list[Seg], tuple]:
    """kind: iban, bank, contract, policy, personal (utility personal-account)."""
    r, lang = ex.rng, ex.lang
    dig = lambda n: "".join(r.choice(string.digits) for _ in range(n))  # noqa: E731
    if kind == "iban" or (kind == "bank" and lang in ("uk", "lt")):
        country = {"uk": "UA", "lt": "LT", "en": "GB", "ru": "DE"}[lang]
        iban = make_iban(country, r)
        if not ex.asr:
            grouped = " ".join(iban[i : i + 4] for i in range(0, len(iban), 4))
            return [r.choice([grouped, iban, grouped])], ("iban", iban)
        lead = {"uk": "у а", "lt": "el tė"}.get(lang, " ".join(iban[:2].lower()))
        segs: list[Seg] = [lead]
        rest = iban[2:]
        if country == "GB":
            segs.append(say_whole(rest[:2], lang, r) + " " + " ".join(rest[2:6].lower()))
            segs += num_segs(ex, rest[6:], [4, 4, 4, 2], 0.15)
        else:
            segs += num_segs(ex, rest, [2] + [4] * 8, 0.15)
        return segs, ("iban", iban)
    if kind == "bank":  # ru / en plain account numbers
        number = ("40817810" + dig(12)) if lang == "ru" else dig(8)
        if not ex.asr:
            return [
                number
                if lang == "en"
                else f"{number[:5]} {number[5:8]} {number[8]} {number[9:13]} {number[13:]}"
            ], ()
        return num_segs(ex, number, [5, 3, 1, 4, 7] if lang == "ru" else [4, 4], 0.2), ()
    if kind == "contract":
        number = dig(r.choice([7, 8, 10]))
    elif kind == "policy":
        number = dig(r.choice([10, 12]))
    else:
        number = dig(r.choice([9, 10, 12]))
    if not ex.asr:
        return [r.choice([number, " ".join(split_groups(number, [3, 3, 4, 4]))])], ()
    return num_segs(ex, number, uneven_sizes(len(number), r), 0.25), ()


def address_segs(ex: Ex) -> list[Seg]:
    r, lang = ex.rng, ex.lang
    street, street_said = r.choice(STREETS[lang])
    house, flat = r.randint(1, 140), r.randint(1, 180)
    corp = r.random() < 0.2
    if not ex.asr:
        if lang == "ru":
            return [
                r.choice(
                    [
                        f"{street}, д. {house}" + (", корп. 2" if corp else "") + f", кв. {flat}",
                        f"{street}, {house}-{flat}",
                        f"{street}, дом {house}, квартира {flat}",
                    ]
                )
            ]
        if lang == "uk":
            return [
                r.choice(
                    [
                        f"{street}, {house}, кв. {flat}",
                        f"{street}, буд. {house}",
                        f"{street}, {house}/{flat}",
                    ]
                )
            ]
        if lang == "lt":
            return [
                r.choice(
                    [
                        f"{street} {house}-{flat}",
                        f"{street} {house}, butas {flat}",
                        f"{street} {house}",
                    ]
                )
            ]
        return [
            r.choice(
                [
                    f"{house} {street}",
                    f"Flat {flat}, {house} {street}",
                    f"{house}{r.choice('ABC')} {street}",
                ]
            )
        ]
    h, f = cardinal(house, lang), cardinal(flat, lang)
    if lang == "ru":
        return [
            r.choice(
                [
                    f"{street_said} дом {h}" + (" корпус два" if corp else "") + f" квартира {f}",
                    f"{street_said} {h} квартира {f}",
                    f"{street_said} дом {h}",
                ]
            )
        ]
    if lang == "uk":
        return [
            r.choice(
                [
                    f"{street_said} будинок {h} квартира {f}",
                    f"{street_said} {h} квартира {f}",
                    f"{street_said} {h}",
                ]
            )
        ]
    if lang == "lt":
        return [
            r.choice(
                [
                    f"{street_said} {h} butas {f}",
                    f"{street_said} {h} {f}",
                    f"{street_said} namas {h}",
                ]
            )
        ]
    return [
        r.choice(
            [
                f"{say_whole(str(house), 'en', r)} {street_said}",
                f"flat {f} {say_whole(str(house), 'en', r)} {street_said}",
            ]
        )
    ]


def person_name(ex: Ex, person: Person, form: str = "full", case: str = "nom") -> str:
    """The name as people say it: full (with patronymic), first+last, first+middle, last."""
    gen = case == "gen"
    first = person.first_gen if gen else person.first
    last = person.last_gen if gen else person.last
    middle = person.middle_gen if gen else person.middle
    if ex.lang in ("en", "lt"):
        middle = ""
    options = {
        "full": f"{last} {first} {middle}"
        if middle and ex.rng.random() < 0.4
        else f"{first} {middle} {last}"
        if middle
        else f"{first} {last}",
        "fl": f"{first} {last}",
        "fm": f"{first} {middle}" if middle else first,
        "last": last,
        "first": first,
    }
    text = " ".join(options[form].split())
    return text.lower() if ex.asr else text


# --------------------------------------------------------------------------- reusable flows

OK = {
    "ru": ["Да.", "Угу.", "Так.", "Записываю.", "Хорошо.", "Да, дальше."],
    "uk": ["Так.", "Угу.", "Записую.", "Добре.", "Так, далі."],
    "en": ["Yes.", "Mhm.", "Okay.", "Got that.", "Right, go on."],
    "lt": ["Taip.", "Aha.", "Gerai.", "Užsirašiau.", "Taip, toliau."],
}
YES = {
    "ru": ["Да, всё верно.", "Верно.", "Да-да, правильно.", "Так и есть."],
    "uk": ["Так, усе правильно.", "Вірно.", "Так-так, правильно.", "Саме так."],
    "en": ["Yes, that's right.", "Correct.", "That's it, yes.", "Spot on."],
    "lt": ["Taip, teisingai.", "Teisingai.", "Taip, viskas gerai.", "Būtent."],
}
CHECK = {
    "ru": ["Проверяю:", "Повторяю:", "Записываю:", "Итак,"],
    "uk": ["Перевіряю:", "Повторюю:", "Записую:", "Отже,"],
    "en": ["Let me read that back:", "So that's", "I've got", "Just to confirm,"],
    "lt": ["Pakartoju:", "Patikrinu:", "Užsirašiau:", "Taigi,"],
}
RIGHT = {
    "ru": ["Верно?", "Всё правильно?", "Так?"],
    "uk": ["Правильно?", "Вірно?", "Так?"],
    "en": ["Is that right?", "Correct?", "Yes?"],
    "lt": ["Teisingai?", "Ar gerai?", "Taip?"],
}
REPEAT_Q = {
    "ru": ["Повторить?", "Может, ещё раз продиктовать?", "Повторить медленнее?"],
    "uk": ["Повторити?", "Може, ще раз продиктувати?", "Повторити повільніше?"],
    "en": ["Shall I repeat that?", "Do you want me to say it again?", "Want me to go slower?"],
    "lt": ["Pakartoti?", "Gal dar kartą padiktuoti?", "Pakartoti lėčiau?"],
}
REPEAT_YES = {
    "ru": ["Да, будьте добры, ещё раз.", "Давайте ещё раз, помедленнее."],
    "uk": ["Так, будь ласка, ще раз.", "Давайте ще раз, повільніше."],
    "en": ["Yes please, once more.", "Go on then, a bit slower."],
    "lt": ["Taip, prašau, dar kartą.", "Gerai, tik lėčiau."],
}
OOPS = {
    "ru": [
        "ой, нет, подождите, сбилась,",
        "нет-нет, не так,",
        "стоп, это не та карта,",
        "ой, простите, перепутал,",
    ],
    "uk": [
        "ой, ні, зачекайте, збилася,",
        "ні-ні, не так,",
        "стоп, це не та картка,",
        "ой, вибачте, переплутав,",
    ],
    "en": [
        "oh no, wait, sorry, wrong one,",
        "no, hang on, let me start again,",
        "sorry, I lost my place,",
    ],
    "lt": ["oi, ne, palaukit, susipainiojau,", "ne ne, ne taip,", "stop, ne ta kortelė,"],
}


def flow_card(ex: Ex, mode: str | None = None) -> None:
    r = ex.rng
    number = make_card(r)
    check = ("luhn", number)
    mode = mode or r.choice(["one", "split", "split", "correction", "repeat", "echo"])
    ex.tags.add("card_" + mode)
    ex.a(
        ex.p(
            {
                "ru": [
                    "Продиктуйте, пожалуйста, номер карты.",
                    "Назовите номер карты, с которой будете платить.",
                    "Записываю номер карты, говорите.",
                ],
                "uk": [
                    "Продиктуйте, будь ласка, номер картки.",
                    "Назвіть номер картки, з якої будете платити.",
                    "Записую номер картки, кажіть.",
                ],
                "en": [
                    "Could you read me the long number on the front of the card?",
                    "Go ahead with the card number whenever you're ready.",
                    "What's the card number, please?",
                ],
                "lt": [
                    "Padiktuokite, prašau, kortelės numerį.",
                    "Sakykite kortelės numerį, užsirašau.",
                    "Koks mokėjimo kortelės numeris?",
                ],
            }
        )
    )
    intro = ex.p(
        {
            "ru": ["", "Так, пишите:", "Сейчас, очки надену... Значит,", "Записывайте:"],
            "uk": ["", "Так, пишіть:", "Зараз, окуляри знайду... Отже,", "Записуйте:"],
            "en": ["", "Right, it's", "Hold on, glasses... okay,", "Ready? It's"],
            "lt": ["", "Rašykit:", "Palaukit, akinius užsidėsiu... Taigi,", "Gerai,"],
        }
    )
    if mode == "one":
        ex.c(intro, ex.ent("CARD", card_segs(ex, number, 0.2), check), ".")
    elif mode in ("split", "echo"):
        key = ex.key("CARD", check)
        sizes = r.choice([[4, 4, 4, 4, 4], [6, 5, 8], [4, 8, 8], [3, 4, 5, 8], [8, 11]])
        chunks = split_groups(number, sizes)
        for i, chunk in enumerate(chunks):
            lead = (
                intro
                if i == 0
                else ex.p(
                    {
                        "ru": ["", "дальше", "потом", "так,"],
                        "uk": ["", "далі", "потім", "так,"],
                        "en": ["", "then", "next", "and"],
                        "lt": ["", "toliau", "paskui", "ir"],
                    }
                )
            )
            if ex.asr:
                said = num_segs(ex, chunk, None, 0.2)
            elif r.random() < 0.2:  # typists keep what the caller said in words
                said = [say_group(chunk, ex.lang, r, "whole" if len(chunk) <= 4 else "pairs")]
                ex.tags.add("digits_in_words")
            else:
                said = card_segs(ex, chunk)
            ex.c(lead, ex.piece(key, said), ".")
            if i < len(chunks) - 1:
                if mode == "echo" and len(chunk) >= 4:
                    echo = chunk if not ex.asr else say_digits(chunk, ex.lang, r)
                    ex.a(
                        ex.ent("CARD", echo),
                        ex.p({"ru": ", так.", "uk": ", так.", "en": ", yes.", "lt": ", taip."}),
                    )
                else:
                    ex.a(ex.p(OK))
        ex.tags.add("split")
    elif mode == "correction":
        key = ex.key("CARD", check)
        wrong = number[: r.choice([4, 6, 8])]
        wrong = wrong[:-1] + str((int(wrong[-1]) + 3) % 10)
        ex.c(
            intro,
            ex.piece(key, num_segs(ex, wrong, [4, 4])),
            "...",
            ex.p(OOPS),
            ex.piece(key, card_segs(ex, number)),
            ".",
        )
        ex.tags.add("correction")
    else:  # repeat
        ex.c(intro, ex.ent("CARD", card_segs(ex, number, 0.2), check), ".", ex.p(REPEAT_Q))
        ex.a(ex.p(REPEAT_YES))
        ex.c(ex.ent("CARD", card_segs(ex, number, 0.3), check), ".")
        ex.tags.add("repeat")
    if r.random() < 0.75:
        said = (
            " ".join(split_groups(number, [4] * 5))
            if not ex.asr
            else say_digits(number, ex.lang, r)
        )
        ex.a(ex.p(CHECK), ex.ent("CARD", said, check), ".", ex.p(RIGHT))
        ex.c(ex.p(YES))
        ex.tags.add("readback")
    flow_expiry_cvv(ex, len(number) == 15)
    if r.random() < 0.4:
        last4 = number[-4:]
        said = last4 if not ex.asr else say_group(last4, ex.lang, r)
        ex.a(
            ex.p(
                {
                    "ru": f"Готово, оплата по карте, оканчивающейся на {said}, прошла.",
                    "uk": f"Готово, оплата карткою, що закінчується на {said}, пройшла.",
                    "en": f"Done, the payment on the card ending {said} has gone through.",
                    "lt": f"Atlikta, mokėjimas kortele, kurios pabaiga {said}, praėjo.",
                }
            )
        )
        ex.tags.add("decoy_last4")


def flow_expiry_cvv(ex: Ex, amex: bool = False) -> None:
    r = ex.rng
    if r.random() < 0.8:
        mm, yy = f"{r.randint(1, 12):02d}", f"{r.randint(26, 32)}"
        ex.a(
            ex.p(
                {
                    "ru": ["Срок действия карты?", "До какого месяца и года действует?"],
                    "uk": ["Термін дії картки?", "До якого місяця й року дійсна?"],
                    "en": ["And the expiry date?", "When does it expire?"],
                    "lt": ["Kortelės galiojimo data?", "Iki kada galioja?"],
                }
            )
        )
        if ex.asr:
            text = r.choice(
                [
                    f"{say_whole(mm, ex.lang, r)} {say_whole(yy, ex.lang, r)}",
                    f"{say_digits(mm, ex.lang, r)} {say_whole(yy, ex.lang, r)}",
                ]
            )
        else:
            text = r.choice([f"{mm}/{yy}", f"{mm}/{yy}", f"{mm} {yy}", f"{mm}.20{yy}"])
        pre = ex.p(
            {
                "ru": ["", "До", "Там написано"],
                "uk": ["", "До", "Там написано"],
                "en": ["", "It says", "Valid to"],
                "lt": ["", "Iki", "Parašyta"],
            }
        )
        ex.c(pre, ex.ent("EXPIRY", text), ".")
    if r.random() < 0.8:
        cvv = "".join(r.choice(string.digits) for _ in range(4 if amex else 3))
        ex.a(
            ex.p(
                {
                    "ru": ["И три цифры на обратной стороне.", "Код с оборота карты?"],
                    "uk": ["І три цифри на звороті.", "Код зі зворотного боку картки?"],
                    "en": ["And the security code on the back?", "The three digits on the back?"],
                    "lt": ["Ir trys skaitmenys kitoje pusėje.", "Apsaugos kodas kitoje pusėje?"],
                }
            )
            if not amex
            else ex.p(
                {
                    "ru": "И четыре цифры кода над номером.",
                    "uk": "І чотири цифри коду над номером.",
                    "en": "And the four-digit code above the number.",
                    "lt": "Ir keturženklis kodas virš numerio.",
                }
            )
        )
        text = (
            cvv
            if not ex.asr
            else r.choice([say_digits(cvv, ex.lang, r), say_whole(cvv, ex.lang, r)])
        )
        ex.c(
            ex.p(
                {
                    "ru": ["", "э-э", "Так,"],
                    "uk": ["", "е-е", "Так,"],
                    "en": ["", "uh", "It's"],
                    "lt": ["", "ee", "Taip,"],
                }
            ),
            ex.ent("CVV", text),
            ".",
        )


def flow_phone(ex: Ex, whose: str = "own") -> None:
    r = ex.rng
    if whose == "own":
        ex.a(
            ex.p(
                {
                    "ru": [
                        "Оставьте номер телефона для связи.",
                        "По какому номеру вам перезвонить?",
                    ],
                    "uk": [
                        "Залиште номер телефону для зв'язку.",
                        "На який номер вам передзвонити?",
                    ],
                    "en": [
                        "What's the best number to reach you on?",
                        "Can I take a contact number?",
                    ],
                    "lt": ["Palikite telefono numerį.", "Kokiu numeriu jums perskambinti?"],
                }
            )
        )
    else:
        ex.a(
            ex.p(
                {
                    "ru": "А номер телефона родственника есть?",
                    "uk": "А номер телефону родича є?",
                    "en": "And a number for them?",
                    "lt": "O artimojo telefono numeris?",
                }
            )
        )
    segs = phone_segs(ex)
    mode = r.choice(["one", "one", "split", "correction", "repeat"])
    pre = ex.p(
        {
            "ru": ["", "Записывайте,", "Мобильный:", "Сейчас посмотрю... вот,"],
            "uk": ["", "Записуйте,", "Мобільний:", "Зараз гляну... ось,"],
            "en": ["", "It's", "My mobile is", "Let me find it... here,"],
            "lt": ["", "Rašykit,", "Mobilusis:", "Tuoj pažiūrėsiu... štai,"],
        }
    )
    if mode == "split" and len(segs) >= 3:
        key = ex.key("PHONE")
        cut = len(segs) // 2 + (1 if isinstance(segs[len(segs) // 2], F) else 0)
        ex.c(pre, ex.piece(key, segs[:cut]), "...")
        ex.a(ex.p(OK))
        ex.c(ex.piece(key, segs[cut:]), ".")
        ex.tags.add("split")
    elif mode == "correction":
        key = ex.key("PHONE")
        old = next(s for s in phone_segs(ex) if isinstance(s, str))
        if not ex.asr:
            tokens = old.split()
            old = " ".join(tokens[:2]) if len(tokens) > 2 else old[: len(old) // 2]
        ex.c(
            pre,
            ex.piece(key, old),
            ex.p(
                {
                    "ru": "... ой, нет, это старый номер. Новый:",
                    "uk": "... ой, ні, це старий номер. Новий:",
                    "en": "... no wait, that's my old number. The new one is",
                    "lt": "... oi, ne, čia senas numeris. Naujas:",
                }
            ),
            ex.piece(key, segs),
            ".",
        )
        ex.tags.add("correction")
    else:
        ex.c(pre, ex.ent("PHONE", segs), ".", ex.p(REPEAT_Q) if mode == "repeat" else "")
        if mode == "repeat":
            ex.a(
                ex.p(
                    {
                        "ru": "Нет, всё записано, спасибо.",
                        "uk": "Ні, все записано, дякую.",
                        "en": "No, I've got it, thanks.",
                        "lt": "Ne, spėjau, ačiū.",
                    }
                )
            )
    if r.random() < 0.6:
        again = phone_again(ex, segs)
        ex.a(ex.p(CHECK), ex.ent("PHONE", again), ".", ex.p(RIGHT))
        ex.c(ex.p(YES))
        ex.tags.add("readback")


def phone_again(ex: Ex, segs: list[Seg]) -> str:
    """The agent's read-back: same words without the caller's fillers."""
    return " ".join(s for s in segs if isinstance(s, str))


def flow_email(ex: Ex, person: Person) -> None:
    ex.a(
        ex.p(
            {
                "ru": [
                    "Куда прислать подтверждение? Продиктуйте электронную почту.",
                    "Назовите, пожалуйста, адрес электронной почты.",
                ],
                "uk": [
                    "Куди надіслати підтвердження? Продиктуйте електронну пошту.",
                    "Назвіть, будь ласка, адресу електронної пошти.",
                ],
                "en": [
                    "What email address should the confirmation go to?",
                    "Could I take your email address?",
                ],
                "lt": [
                    "Kur atsiųsti patvirtinimą? Padiktuokite el. pašto adresą.",
                    "Koks jūsų elektroninio pašto adresas?",
                ],
            }
        )
    )
    segs = email_segs(ex, person)
    ex.c(
        ex.p(
            {
                "ru": ["", "Пишите:", "Почта"],
                "uk": ["", "Пишіть:", "Пошта"],
                "en": ["", "It's", "Sure, it's"],
                "lt": ["", "Rašykit:", "Paštas"],
            }
        ),
        ex.ent("EMAIL", segs),
        ".",
    )
    if ex.rng.random() < 0.5:
        ex.a(ex.p(CHECK), ex.ent("EMAIL", segs[0]), ".", ex.p(RIGHT))
        ex.c(ex.p(YES))
        ex.tags.add("readback")


def flow_name(ex: Ex, person: Person) -> None:
    ex.a(
        ex.p(
            {
                "ru": [
                    "Как к вам обращаться?",
                    "Назовите, пожалуйста, фамилию, имя и отчество.",
                    "На кого оформляем?",
                ],
                "uk": [
                    "Як до вас звертатися?",
                    "Назвіть, будь ласка, прізвище, ім'я та по батькові.",
                    "На кого оформлюємо?",
                ],
                "en": [
                    "Can I take your full name?",
                    "Who am I speaking with?",
                    "What name is it under?",
                ],
                "lt": [
                    "Kaip jus vadinti?",
                    "Pasakykite vardą ir pavardę.",
                    "Kieno vardu įforminame?",
                ],
            }
        )
    )
    ex.c(
        ex.p(
            {
                "ru": ["", "Меня зовут", "Это", "Записывайте:"],
                "uk": ["", "Мене звати", "Це", "Записуйте:"],
                "en": ["", "It's", "My name's", "This is"],
                "lt": ["", "Mane vadina", "Čia", "Rašykit:"],
            }
        ),
        ex.ent("PERSON", person_name(ex, person, "full")),
        ".",
    )
    if ex.rng.random() < 0.6:
        polite(ex, person)


def polite(ex: Ex, person: Person) -> None:
    """The agent addresses the caller by name: still the caller's name, still PERSON."""
    if ex.lang == "en":
        title = "Mrs" if person.female else "Mr"
        ex.a(
            "Thank you,",
            title if not ex.asr else title.lower(),
            ex.ent("PERSON", person_name(ex, person, "last")),
            ".",
        )
    elif ex.lang == "lt":
        title = "ponia" if person.female else "pone"
        voc = person.middle.lower() if ex.asr else person.middle
        ex.a("Ačiū,", title, ex.ent("PERSON", voc), ".")
    elif ex.lang == "uk":
        name = UK_VOCATIVE[person.first]
        ex.a("Дякую,", ex.ent("PERSON", name.lower() if ex.asr else name), ".")
    else:
        ex.a("Спасибо,", ex.ent("PERSON", person_name(ex, person, "fm")), ".")


UK_VOCATIVE = {
    "Галина": "Галино Степанівно",
    "Богдан": "Богдане Івановичу",
    "Оксана": "Оксано Петрівно",
    "Тарас": "Тарасе Миколайовичу",
    "Ярослава": "Ярославо Олегівно",
    "Остап": "Остапе Васильовичу",
    "Лариса": "Ларисо Ігорівно",
    "Василь": "Василю Григоровичу",
    "Соломія": "Соломіє Андріївно",
    "Назар": "Назаре Романовичу",
    "Ганна": "Ганно Федорівно",
    "Євген": "Євгене Олексійовичу",
}


RELATIVE = {  # (accusative, why they cannot call themselves), by whether she is female
    "ru": {
        True: [
            ("маму", "она сама плохо слышит"),
            ("бабушку", "она сама плохо слышит"),
            ("свекровь", "она сейчас в больнице"),
        ],
        False: [
            ("отца", "он сам плохо слышит"),
            ("дедушку", "он сам плохо слышит"),
            ("мужа", "он сейчас в больнице"),
        ],
    },
    "uk": {
        True: [
            ("маму", "вона сама погано чує"),
            ("бабусю", "вона сама погано чує"),
            ("свекруху", "вона зараз у лікарні"),
        ],
        False: [
            ("батька", "він сам погано чує"),
            ("дідуся", "він сам погано чує"),
            ("чоловіка", "він зараз у лікарні"),
        ],
    },
    "en": {
        True: [
            ("my mum", "she can't hear well on the phone"),
            ("my nan", "she can't hear well on the phone"),
            ("my wife", "she's in hospital at the moment"),
        ],
        False: [
            ("my dad", "he can't hear well on the phone"),
            ("my grandad", "he can't hear well on the phone"),
            ("my husband", "he's in hospital at the moment"),
        ],
    },
    "lt": {
        True: [
            ("mamą", "ji pati blogai girdi"),
            ("močiutę", "ji pati blogai girdi"),
            ("žmoną", "ji dabar ligoninėje"),
        ],
        False: [
            ("tėtį", "jis pats blogai girdi"),
            ("senelį", "jis pats blogai girdi"),
            ("vyrą", "jis dabar ligoninėje"),
        ],
    },
}


def flow_relative_name(ex: Ex, relative: Person) -> None:
    acc, why = ex.rng.choice(RELATIVE[ex.lang][relative.female])
    ex.c(
        ex.p(
            {
                "ru": f"Я звоню за {acc}, {why}. Это",
                "uk": f"Я телефоную за {acc}, {why}. Це",
                "en": f"I'm calling for {acc}, {why}. It's",
                "lt": f"Skambinu už {acc}, {why}. Tai",
            }
        ),
        ex.ent("PERSON", person_name(ex, relative, "full")),
        ".",
    )
    ex.a(
        ex.p(
            {
                "ru": "Хорошо. А вы кем приходитесь и как вас зовут?",
                "uk": "Добре. А ви ким доводитеся і як вас звати?",
                "en": "That's fine. And who am I talking to?",
                "lt": "Gerai. O kas jūs ir kaip jūsų vardas?",
            }
        )
    )


def flow_dob(ex: Ex, birth: dt.date, whose: str = "own") -> None:
    ex.a(
        ex.p(
            {
                "ru": ["Дата рождения?", "Назовите дату рождения."],
                "uk": ["Дата народження?", "Назвіть дату народження."],
                "en": ["And your date of birth?", "Date of birth, please?"],
                "lt": ["Gimimo data?", "Pasakykite gimimo datą."],
            }
        )
        if whose == "own"
        else ex.p(
            {
                "ru": "А дата рождения того, за кого звоните?",
                "uk": "А дата народження людини, за яку телефонуєте?",
                "en": "And their date of birth?",
                "lt": "O artimojo gimimo data?",
            }
        )
    )
    key = ex.key("DOB")
    pre = ex.p(
        {
            "ru": ["", "Значит,", "Так,"],
            "uk": ["", "Отже,", "Так,"],
            "en": ["", "It's", "That's"],
            "lt": ["", "Taip,", "Gimimo data"],
        }
    )
    ex.c(pre, dob_parts(ex, key, birth), ".")


def flow_passport(ex: Ex, person: Person, birth: dt.date) -> None:
    ex.a(
        ex.p(
            {
                "ru": ["Серия и номер паспорта?", "Продиктуйте данные паспорта: серию и номер."],
                "uk": ["Номер паспорта, будь ласка.", "Продиктуйте серію та номер паспорта."],
                "en": ["Could I have your passport number?", "What's the passport number?"],
                "lt": ["Paso numeris?", "Padiktuokite paso arba tapatybės kortelės numerį."],
            }
        )
    )
    segs, kind = passport_segs(ex, person, birth)
    ex.tags.add(kind)
    pre = ex.p(
        {
            "ru": ["", "Сейчас, достану... вот:", "Серия"],
            "uk": ["", "Зараз дістану... ось:", "Так,"],
            "en": ["", "Hang on, getting it out... right,", "It's"],
            "lt": ["", "Tuoj ištrauksiu... štai:", "Taip,"],
        }
    )
    ex.c(pre, ex.ent("PASSPORT", segs), ".")
    if ex.rng.random() < 0.4:
        ex.a(
            ex.p(CHECK),
            ex.ent("PASSPORT", " ".join(s for s in segs if isinstance(s, str))),
            ".",
            ex.p(RIGHT),
        )
        ex.c(ex.p(YES))
        ex.tags.add("readback")


def flow_national_id(ex: Ex, person: Person, birth: dt.date) -> None:
    segs, kind, check = national_id_segs(ex, person, birth)
    ex.tags.add(kind)
    label = {
        "inn": "ИНН",
        "snils": "СНИЛС",
        "rnokpp": "РНОКПП",
        "asmens_kodas": "asmens kodą",
        "uk_ni": "National Insurance number",
        "us_ssn": "Social Security number",
    }[kind]
    ask = {
        "ru": f"Назовите, пожалуйста, {label}.",
        "uk": "Назвіть, будь ласка, ідентифікаційний код.",
        "en": f"And the {label}?",
        "lt": f"Pasakykite {label}.",
    }[ex.lang]
    ex.a(ask)
    pre = ex.p(
        {
            "ru": ["", "Сейчас, в бумагах посмотрю... вот,", "Так,"],
            "uk": ["", "Зараз у папері подивлюся... ось,", "Код"],
            "en": ["", "Let me find the letter... here it is,", "It's"],
            "lt": ["", "Tuoj pažiūrėsiu dokumente... štai,", "Kodas"],
        }
    )
    ex.c(pre, ex.ent("NATIONAL_ID", segs, check or None), ".")
    if ex.rng.random() < 0.35:
        ex.a(
            ex.p(CHECK),
            ex.ent("NATIONAL_ID", " ".join(s for s in segs if isinstance(s, str)), check or None),
            ".",
            ex.p(RIGHT),
        )
        ex.c(ex.p(YES))
        ex.tags.add("readback")


ACCOUNT_ASK = {
    "iban": {
        "ru": "Продиктуйте IBAN счёта для возврата.",
        "uk": "Продиктуйте IBAN рахунку.",
        "en": "Could you give me the IBAN for the refund?",
        "lt": "Padiktuokite sąskaitos IBAN numerį.",
    },
    "bank": {
        "ru": "Номер счёта, куда перечислить?",
        "uk": "Номер рахунку, куди перерахувати?",
        "en": "What's the account number?",
        "lt": "Koks sąskaitos numeris?",
    },
    "contract": {
        "ru": "Номер договора, пожалуйста.",
        "uk": "Номер договору, будь ласка.",
        "en": "What's your agreement number?",
        "lt": "Sutarties numeris?",
    },
    "policy": {
        "ru": "Номер полиса?",
        "uk": "Номер поліса?",
        "en": "And the policy number?",
        "lt": "Poliso numeris?",
    },
    "personal": {
        "ru": "Назовите номер лицевого счёта.",
        "uk": "Назвіть номер особового рахунку.",
        "en": "What's the customer account number on the bill?",
        "lt": "Koks jūsų mokėtojo kodas sąskaitoje?",
    },
}


def flow_account(ex: Ex, kind: str) -> None:
    if kind == "iban" and ex.lang == "ru":  # Russian banks give 20-digit account numbers
        kind = "bank"
    ex.a(ACCOUNT_ASK[kind][ex.lang])
    segs, check = account_segs(ex, kind)
    ex.tags.add("account_" + kind)
    pre = ex.p(
        {
            "ru": ["", "Вот, по квитанции:", "Так, секунду... "],
            "uk": ["", "Ось, за квитанцією:", "Так, секундочку... "],
            "en": ["", "From the letter, it's", "Okay, it's"],
            "lt": ["", "Iš sąskaitos:", "Taip, sekundėlę... "],
        }
    )
    if ex.rng.random() < 0.3 and len(segs) >= 3:
        key = ex.key("ACCOUNT", check or None)
        half = len(segs) // 2
        while isinstance(segs[half], F):
            half += 1
        ex.c(pre, ex.piece(key, segs[:half]), "...")
        ex.a(ex.p(OK))
        ex.c(ex.piece(key, segs[half:]), ".")
        ex.tags.add("split")
    else:
        ex.c(pre, ex.ent("ACCOUNT", segs, check or None), ".")


def flow_address(ex: Ex) -> None:
    ex.a(
        ex.p(
            {
                "ru": ["Адрес доставки?", "Назовите адрес регистрации."],
                "uk": ["Адреса доставки?", "Назвіть адресу реєстрації."],
                "en": ["What's the address?", "And the delivery address?"],
                "lt": ["Koks adresas?", "Pristatymo adresas?"],
            }
        )
    )
    city = ex.rng.choice(CITIES[ex.lang])
    pre = {"ru": f"В {city},", "uk": f"У {city},", "en": f"In {city},", "lt": f"{city},"}[ex.lang]
    if ex.rng.random() < 0.5:
        pre = ""
    ex.c(pre, ex.ent("ADDRESS", address_segs(ex)), ".")


# --------------------------------------------------------------------------- decoys (not PII)


def greet(ex: Ex, company: dict[str, str]) -> None:
    """The agent's own name opens almost every call and is deliberately not PII."""
    name, firm = ex.rng.choice(AGENTS[ex.lang]), company[ex.lang]
    ex.a(
        ex.p(
            {
                "ru": [
                    f"{firm}, меня зовут {name}, слушаю вас.",
                    f"Здравствуйте, {firm}, {name}.",
                    f"{firm}, оператор {name}, добрый день.",
                ],
                "uk": [
                    f"{firm}, мене звати {name}, слухаю вас.",
                    f"Добрий день, {firm}, {name}.",
                    f"{firm}, оператор {name}, вітаю.",
                ],
                "en": [
                    f"{firm}, you're speaking to {name}, how can I help?",
                    f"Good morning, {firm}, {name} speaking.",
                    f"Hi, {firm}, it's {name}.",
                ],
                "lt": [
                    f"{firm}, jus aptarnauja {name}, klausau.",
                    f"Laba diena, {firm}, čia {name}.",
                    f"{firm}, sveiki, kalba {name}.",
                ],
            }
        )
    )


def close(ex: Ex) -> None:
    ex.a(
        ex.p(
            {
                "ru": ["Спасибо за звонок, всего доброго.", "Всё оформлено. Хорошего дня!"],
                "uk": ["Дякую за дзвінок, гарного дня.", "Усе оформлено. Всього доброго!"],
                "en": ["Thanks for calling, have a good day.", "That's all sorted. Bye now."],
                "lt": ["Ačiū, kad paskambinote, geros dienos.", "Viskas sutvarkyta. Viso gero!"],
            }
        )
    )
    if ex.rng.random() < 0.6:
        ex.c(
            ex.p(
                {
                    "ru": ["До свидания.", "Спасибо, до свидания."],
                    "uk": ["До побачення.", "Дякую, до побачення."],
                    "en": ["Bye.", "Cheers, bye."],
                    "lt": ["Viso gero.", "Ačiū, iki."],
                }
            )
        )


def amount(ex: Ex) -> str:
    """Sums that fit the currency; all take the noun's many-form (see Ex.money)."""
    if ex.lang in ("en", "lt"):
        return ex.money(ex.rng.choice([40, 120, 250, 70, 540, 90, 310, 15, 860, 30]))
    return ex.money(ex.rng.choice([350, 480, 1200, 2490, 760, 5400, 990, 3150, 120, 8700]))


def d_money(ex: Ex) -> None:
    ex.a(
        ex.p(
            {
                "ru": [f"Сумма к оплате {amount(ex)}.", f"Это будет стоить {amount(ex)}."],
                "uk": [f"До сплати {amount(ex)}.", f"Це коштуватиме {amount(ex)}."],
                "en": [f"That comes to {amount(ex)}.", f"It'll be {amount(ex)} in total."],
                "lt": [f"Mokėti reikės {amount(ex)}.", f"Tai kainuos {amount(ex)}."],
            }
        )
    )
    ex.tags.add("decoy_money")


def d_appointment(ex: Ex) -> None:
    r = ex.rng
    d, m = r.randint(1, 28), r.randint(1, 12)
    t1, t2 = (
        ex.time(r.randint(8, 11), r.choice([0, 30, 15])),
        ex.time(r.randint(13, 18), r.choice([0, 30, 45])),
    )
    ex.a(
        ex.p(
            {
                "ru": f"Есть окно {ex.date(d, m)} в {t1} или в {t2}.",
                "uk": f"Є вільний час {ex.date(d, m)} о {t1} або о {t2}.",
                "en": f"I've got {ex.date(d, m)} at {t1} or {t2}.",
                "lt": f"Yra laisvas laikas {ex.date(d, m)} {t1} arba {t2}.",
            }
        )
    )
    ex.c(
        ex.p(
            {
                "ru": f"Давайте в {t2}, я до обеда работаю.",
                "uk": f"Давайте о {t2}, зранку я працюю.",
                "en": f"{t2} please, I work mornings.",
                "lt": f"Geriau {t2}, ryte dirbu.",
            }
        )
    )
    ex.tags.add("decoy_date")


def d_reference(ex: Ex, what: str) -> None:
    digits = "".join(ex.rng.choice(string.digits) for _ in range(ex.rng.choice([6, 8, 9, 12])))
    label = {
        "order": {
            "ru": "Номер заказа",
            "uk": "Номер замовлення",
            "en": "Your order number is",
            "lt": "Užsakymo numeris",
        },
        "ticket": {
            "ru": "Номер обращения",
            "uk": "Номер звернення",
            "en": "Your reference number is",
            "lt": "Kreipinio numeris",
        },
        "tracking": {
            "ru": "Трек-номер",
            "uk": "Номер накладної",
            "en": "The tracking number is",
            "lt": "Siuntos numeris",
        },
    }[what][ex.lang]
    ex.a(
        f"{label} {ex.code(digits)}.",
        ex.p({"ru": "Запишите.", "uk": "Запишіть.", "en": "Jot that down.", "lt": "Užsirašykite."}),
    )
    ex.tags.add("decoy_" + what)


def hotline(ex: Ex) -> str:
    r = ex.rng
    digits = {
        "ru": "8800" + str(r.randint(1000000, 9999999)),
        "uk": "0800" + str(r.randint(100000, 999999)),
        "en": "0800" + str(r.randint(1000000, 9999999)),
        "lt": r.choice(["1855", "1816", "8700" + str(r.randint(10000, 99999))]),
    }[ex.lang]
    if not ex.asr:
        return {
            "ru": f"8 800 {digits[4:7]}-{digits[7:9]}-{digits[9:]}",
            "uk": f"0 800 {digits[4:7]} {digits[7:]}",
            "en": f"0800 {digits[4:7]} {digits[7:]}",
            "lt": digits if len(digits) == 4 else f"8 700 {digits[4:]}",
        }[ex.lang]
    return ex.code(digits)


def d_hotline(ex: Ex) -> None:
    ex.a(
        ex.p(
            {
                "ru": f"По этому вопросу звоните на горячую линию {hotline(ex)}, это бесплатно.",
                "uk": f"З цього питання телефонуйте на гарячу лінію {hotline(ex)}, це безкоштовно.",
                "en": f"For that you'll want the helpline on {hotline(ex)}, it's free to call.",
                "lt": f"Šiuo klausimu skambinkite karštąja linija {hotline(ex)}, tai nemokama.",
            }
        )
    )
    ex.tags.add("decoy_hotline")


def d_menu(ex: Ex) -> None:
    n1, n2 = ex.rng.sample(range(1, 9), 2)
    ex.a(
        ex.p(
            {
                "ru": f"В следующий раз в меню нажмите {ex.num(n1)}, потом {ex.num(n2)}, "
                "так будет быстрее.",
                "uk": f"Наступного разу в меню натисніть {ex.num(n1)}, потім {ex.num(n2)}, "
                "так буде швидше.",
                "en": f"Next time press {ex.num(n1)} and then {ex.num(n2)} in the menu, "
                "it's quicker.",
                "lt": f"Kitą kartą meniu spauskite {ex.num(n1)}, paskui {ex.num(n2)}, "
                "bus greičiau.",
            }
        )
    )
    ex.tags.add("decoy_menu")


def d_street(ex: Ex) -> None:
    street = ex.p(
        {
            "ru": ["на улице Пушкина", "на проспекте Гагарина", "на улице Чехова"],
            "uk": ["на вулиці Франка", "на проспекті Бандери", "на вулиці Коцюбинського"],
            "en": ["on Churchill Way", "on Victoria Road", "on King Street"],
            "lt": ["Gedimino prospekte", "Maironio gatvėje", "Basanavičiaus gatvėje"],
        }
    )
    ex.c(
        ex.p(
            {
                "ru": f"Это ваш пункт {street}, возле рынка?",
                "uk": f"Це ваше відділення {street}, біля ринку?",
                "en": f"Is that your branch {street}, near the market?",
                "lt": f"Ar tai jūsų skyrius {street}, prie turgaus?",
            }
        )
    )
    ex.a(
        ex.p(
            {
                "ru": "Да, именно там, работаем до восьми.",
                "uk": "Так, саме там, працюємо до восьмої.",
                "en": "That's the one, open till eight.",
                "lt": "Taip, dirba iki aštuonių.",
            }
        )
    )
    ex.tags.add("decoy_street")


def reason(ex: Ex, text: dict[str, str | list[str]]) -> None:
    ex.c(ex.p(text))


def pick_people(ex: Ex, n: int = 1) -> list[Person]:
    return ex.rng.sample(PEOPLE[ex.lang], n)


def pick_person(ex: Ex, female: bool, besides: Person | None = None) -> Person:
    return ex.rng.choice([p for p in PEOPLE[ex.lang] if p.female == female and p != besides])


# --------------------------------------------------------------------------- settings with PII


def s_pharmacy_prepay(ex: Ex) -> None:
    greet(
        ex,
        {
            "ru": "Аптека «Доктор Столетов»",
            "uk": "Аптека «Подорожник»",
            "en": "Boots online pharmacy",
            "lt": "Eurovaistinė",
        },
    )
    reason(
        ex,
        {
            "ru": [
                "Хочу оплатить заказ заранее, там инсулин, чтобы не разобрали.",
                "Мне надо предоплату внести за лекарства для отца.",
            ],
            "uk": [
                "Хочу оплатити замовлення заздалегідь, там інсулін.",
                "Мені треба внести передоплату за ліки для батька.",
            ],
            "en": [
                "I'd like to pay for my prescription order in advance.",
                "I need to prepay my dad's repeat prescription.",
            ],
            "lt": [
                "Noriu iš anksto apmokėti užsakymą, ten insulinas.",
                "Reikia sumokėti už tėčio vaistus iš anksto.",
            ],
        },
    )
    d_money(ex)
    if ex.rng.random() < 0.5:
        flow_name(ex, pick_people(ex)[0])
    flow_card(ex)
    close(ex)


def s_car_leasing(ex: Ex) -> None:
    person, birth = pick_people(ex)[0], birth_date(ex.rng)
    greet(
        ex,
        {
            "ru": "«Автолизинг Плюс»",
            "uk": "«Лізинг Авто Україна»",
            "en": "Northway Car Leasing",
            "lt": "„Auto lizingas“",
        },
    )
    reason(
        ex,
        {
            "ru": "Я по заявке на лизинг, мне сказали перезвонить и уточнить данные.",
            "uk": "Я щодо заявки на лізинг, мені сказали передзвонити й уточнити дані.",
            "en": "I'm ringing about my leasing application, you asked me to confirm details.",
            "lt": "Skambinu dėl lizingo paraiškos, prašėte patikslinti duomenis.",
        },
    )
    flow_name(ex, person)
    flow_dob(ex, birth)
    flow_passport(ex, person, birth)
    if ex.rng.random() < 0.5:
        flow_national_id(ex, person, birth)
    ex.a(
        ex.p(
            {
                "ru": f"Ежемесячный платёж составит {amount(ex)}.",
                "uk": f"Щомісячний платіж становитиме {amount(ex)}.",
                "en": f"The monthly payment would be {amount(ex)}.",
                "lt": f"Mėnesio įmoka bus {amount(ex)}.",
            }
        )
    )
    flow_phone(ex)
    close(ex)


def s_pension_fund(ex: Ex) -> None:
    person, birth = pick_people(ex)[0], birth_date(ex.rng)
    birth = birth.replace(year=ex.rng.randint(1938, 1962))
    greet(
        ex,
        {
            "ru": "Социальный фонд, горячая линия",
            "uk": "Пенсійний фонд України",
            "en": "The Pension Service",
            "lt": "Sodra",
        },
    )
    for_relative = ex.rng.random() < 0.4
    if not for_relative:
        reason(
            ex,
            {
                "ru": "Доченька, мне пенсию пересчитать должны были, а ничего не пришло.",
                "uk": "Доню, мені пенсію мали перерахувати, а нічого не прийшло.",
                "en": "Hello love, my pension was meant to go up and nothing's come through.",
                "lt": "Dukrele, man turėjo perskaičiuoti pensiją, o nieko negavau.",
            },
        )
    if for_relative:
        caller = pick_person(ex, female=True, besides=person)
        flow_relative_name(ex, person)
        ex.c(
            ex.p({"ru": "Меня зовут", "uk": "Мене звати", "en": "My name's", "lt": "Mano vardas"}),
            ex.ent("PERSON", person_name(ex, caller, "fl")),
            ".",
        )
        flow_dob(ex, birth, "other")
        ex.tags.add("two_people")
    else:
        flow_name(ex, person)
        flow_dob(ex, birth)
    flow_national_id(ex, person, birth)
    d_pension_dates(ex)
    close(ex)


def d_pension_dates(ex: Ex) -> None:
    r = ex.rng
    ex.a(
        ex.p(
            {
                "ru": f"Перерасчёт сделан, доплата {amount(ex)} придёт "
                f"{ex.date(r.randint(3, 25), r.randint(1, 12))}.",
                "uk": f"Перерахунок зроблено, доплата {amount(ex)} надійде "
                f"{ex.date(r.randint(3, 25), r.randint(1, 12))}.",
                "en": f"It's been recalculated, the extra {amount(ex)} will be paid on "
                f"{ex.date(r.randint(3, 25), r.randint(1, 12))}.",
                "lt": f"Perskaičiuota, priedas {amount(ex)} bus išmokėtas "
                f"{ex.date(r.randint(3, 25), r.randint(1, 12))}.",
            }
        )
    )
    ex.tags.add("decoy_date")


def s_university(ex: Ex) -> None:
    person, birth = pick_people(ex)[0], birth_date(ex.rng)
    birth = birth.replace(year=ex.rng.randint(2003, 2008))
    greet(
        ex,
        {
            "ru": "Приёмная комиссия университета",
            "uk": "Приймальна комісія університету",
            "en": "University admissions office",
            "lt": "Universiteto priėmimo komisija",
        },
    )
    reason(
        ex,
        {
            "ru": "Документы подавали онлайн, а в личном кабинете пишет, что паспорт не загружен.",
            "uk": "Документи подавали онлайн, а в кабінеті пише, що паспорт не завантажено.",
            "en": "I applied online but the portal says my passport details are missing.",
            "lt": "Pateikiau dokumentus internetu, o sistemoje rašo, kad nėra paso duomenų.",
        },
    )
    flow_name(ex, person)
    flow_passport(ex, person, birth)
    flow_email(ex, person)
    r = ex.rng
    ex.a(
        ex.p(
            {
                "ru": f"Вступительный экзамен {ex.date(r.randint(1, 28), 7)} в {ex.time(10, 0)}, "
                f"аудитория {ex.num(r.randint(101, 420))}.",
                "uk": f"Вступний іспит {ex.date(r.randint(1, 28), 7)} о {ex.time(10, 0)}, "
                "аудиторія "
                f"{ex.num(r.randint(101, 420))}.",
                "en": f"The entrance test is on {ex.date(r.randint(1, 28), 7)} at "
                f"{ex.time(10, 0)}, "
                f"room {ex.num(r.randint(101, 420))}.",
                "lt": f"Stojamasis egzaminas {ex.date(r.randint(1, 28), 7)} {ex.time(10, 0)}, "
                f"auditorija {ex.num(r.randint(101, 420))}.",
            }
        )
    )
    close(ex)


PETS = {
    "ru": ["Барсик", "Марсель", "Пуговка", "Граф"],
    "uk": ["Рудик", "Бублик", "Мурчик", "Лорд"],
    "en": ["Biscuit", "Winston", "Poppy", "Duke"],
    "lt": ["Murkis", "Reksas", "Pūkė", "Barbora"],
}


def s_vet_clinic(ex: Ex) -> None:
    person = pick_people(ex)[0]
    pet = ex.rng.choice(PETS[ex.lang])
    greet(
        ex,
        {
            "ru": "Ветклиника «Айболит»",
            "uk": "Ветклініка «Лапа»",
            "en": "Riverside Vets",
            "lt": "Veterinarijos klinika „Keturkojis“",
        },
    )
    reason(
        ex,
        {
            "ru": f"У меня кот {pet} второй день не ест, можно к врачу?",
            "uk": f"У мене кіт {pet} другий день не їсть, можна до лікаря?",
            "en": f"My dog {pet} hasn't eaten for two days, can I bring him in?",
            "lt": f"Mano katinas {pet} antrą dieną neėda, ar galima pas gydytoją?",
        },
    )
    d_appointment(ex)
    ex.a(
        ex.p(
            {
                "ru": "На кого записываем, на хозяина?",
                "uk": "На кого записуємо, на власника?",
                "en": "And whose name shall I put the booking under?",
                "lt": "Kieno vardu registruojame?",
            }
        )
    )
    ex.c(
        ex.p({"ru": "Да, на меня,", "uk": "Так, на мене,", "en": "Mine,", "lt": "Mano,"}),
        ex.ent("PERSON", person_name(ex, person, "fl")),
        ".",
    )
    flow_phone(ex)
    ex.a(
        ex.p(
            {
                "ru": f"Ждём вас. Первичный приём стоит {amount(ex)}.",
                "uk": f"Чекаємо на вас. Первинний прийом коштує {amount(ex)}.",
                "en": f"See you both then. The consultation is {amount(ex)}.",
                "lt": f"Laukiame jūsų. Pirminė konsultacija kainuoja {amount(ex)}.",
            }
        )
    )
    close(ex)


def s_ticketing(ex: Ex) -> None:
    person = pick_people(ex)[0]
    greet(
        ex,
        {
            "ru": "Билетный оператор «Партер»",
            "uk": "Квитковий сервіс «Концерт.ua»",
            "en": "Ticketline box office",
            "lt": "„Bilietų pasaulis“",
        },
    )
    reason(
        ex,
        {
            "ru": "Хочу два билета на «Щелкунчика», на сайте оплата не проходит.",
            "uk": "Хочу два квитки на «Лускунчика», на сайті оплата не проходить.",
            "en": "I want two tickets for the Saturday matinee, the website keeps failing.",
            "lt": "Noriu dviejų bilietų į „Spragtuką“, svetainėje nepavyksta sumokėti.",
        },
    )
    r = ex.rng
    ex.a(
        ex.p(
            {
                "ru": f"Ряд {ex.num(r.randint(3, 20))}, места {ex.num(r.randint(1, 15))} и "
                f"{ex.num(r.randint(16, 30))}, всего {amount(ex)}.",
                "uk": f"Ряд {ex.num(r.randint(3, 20))}, місця {ex.num(r.randint(1, 15))} і "
                f"{ex.num(r.randint(16, 30))}, разом {amount(ex)}.",
                "en": f"Row {ex.num(r.randint(3, 20))}, seats {ex.num(r.randint(1, 15))} and "
                f"{ex.num(r.randint(16, 30))}, {amount(ex)} altogether.",
                "lt": f"Eilė {ex.num(r.randint(3, 20))}, vietos {ex.num(r.randint(1, 15))} ir "
                f"{ex.num(r.randint(16, 30))}, iš viso {amount(ex)}.",
            }
        )
    )
    flow_card(ex, ex.rng.choice(["one", "repeat", "split"]))
    flow_email(ex, person)
    d_reference(ex, "order")
    close(ex)


def s_crypto(ex: Ex) -> None:
    person = pick_people(ex)[0]
    greet(
        ex,
        {
            "ru": "Служба поддержки криптобиржи",
            "uk": "Підтримка криптобіржі",
            "en": "Coinvault support",
            "lt": "Kriptovaliutų biržos pagalba",
        },
    )
    reason(
        ex,
        {
            "ru": "Не могу вывести деньги на карту, пишет ошибка верификации.",
            "uk": "Не можу вивести гроші, пише помилку верифікації.",
            "en": "My withdrawal's been stuck for three days, it says verification failed.",
            "lt": "Negaliu išsiimti pinigų, rašo verifikacijos klaida.",
        },
    )
    ex.a(
        ex.p(
            {
                "ru": "Назовите почту, на которую зарегистрирован аккаунт.",
                "uk": "Назвіть пошту, на яку зареєстровано акаунт.",
                "en": "What email is the account registered to?",
                "lt": "Kokiu el. paštu registruota paskyra?",
            }
        )
    )
    ex.c(ex.ent("EMAIL", email_segs(ex, person)), ".")
    flow_account(ex, "iban")
    d_reference(ex, "ticket")
    ex.a(
        ex.p(
            {
                "ru": f"Заявка на вывод {amount(ex)} будет обработана в течение суток.",
                "uk": f"Заявку на виведення {amount(ex)} оброблять протягом доби.",
                "en": f"The {amount(ex)} withdrawal will be processed within a day.",
                "lt": f"Išmokėjimas {amount(ex)} bus apdorotas per parą.",
            }
        )
    )
    close(ex)


def s_mobile_operator(ex: Ex) -> None:
    person, birth = pick_person(ex, female=True), birth_date(ex.rng)
    greet(
        ex,
        {
            "ru": "Мобильный оператор, служба поддержки",
            "uk": "Київстар, служба підтримки",
            "en": "Vodafone customer services",
            "lt": "Telia klientų aptarnavimas",
        },
    )
    reason(
        ex,
        {
            "ru": "Хочу переоформить сим-карту на себя, она на покойного мужа была.",
            "uk": "Хочу переоформити сім-картку на себе, вона була на покійного чоловіка.",
            "en": "I need to move my late husband's SIM into my name.",
            "lt": "Noriu perrašyti SIM kortelę savo vardu, ji buvo velionio vyro.",
        },
    )
    flow_name(ex, person)
    flow_passport(ex, person, birth)
    flow_address(ex)
    ex.a(
        ex.p(
            {
                "ru": "Тариф «Мой разговор» сохранится, абонплата прежняя.",
                "uk": "Тариф «Смарт Сім'я» залишиться, абонплата та сама.",
                "en": "You'll keep the Unlimited Max plan at the same monthly price.",
                "lt": "Planas „Laisvė Plius“ lieka, mėnesio mokestis tas pats.",
            }
        )
    )
    close(ex)


def s_courier_locker(ex: Ex) -> None:
    greet(
        ex,
        {
            "ru": "Служба доставки «Постамат Экспресс»",
            "uk": "Нова пошта, поштомати",
            "en": "InPost lockers helpline",
            "lt": "LP EXPRESS paštomatai",
        },
    )
    reason(
        ex,
        {
            "ru": "Мне посылка пришла в постамат, а код не приходит.",
            "uk": "Мені посилка прийшла в поштомат, а код не приходить.",
            "en": "My parcel's in a locker but I never got the code.",
            "lt": "Siunta atkeliavo į paštomatą, bet negavau kodo.",
        },
    )
    d_reference(ex, "tracking")
    flow_phone(ex)
    if ex.rng.random() < 0.5:
        ex.a(
            ex.p(
                {
                    "ru": "Можем перенаправить курьером. Куда доставить?",
                    "uk": "Можемо переадресувати кур'єром. Куди доставити?",
                    "en": "We can send it out by courier instead. Where to?",
                    "lt": "Galime pristatyti kurjeriu. Kur pristatyti?",
                }
            )
        )
        ex.c(ex.ent("ADDRESS", address_segs(ex)), ".")
    else:
        d_street(ex)
    close(ex)


def s_hotel(ex: Ex) -> None:
    caller, mother = pick_people(ex, 2)
    mother = pick_person(ex, female=True, besides=caller)
    r = ex.rng
    greet(
        ex,
        {
            "ru": "Гостиница «Волжская Ривьера»",
            "uk": "Готель «Дністер»",
            "en": "The Grand Harbour Hotel",
            "lt": "Viešbutis „Neringa“",
        },
    )
    reason(
        ex,
        {
            "ru": f"Хочу забронировать номер для мамы с {ex.date(r.randint(1, 14), 8)} на неделю.",
            "uk": f"Хочу забронювати номер для мами з {ex.date(r.randint(1, 14), 8)} до "
            f"{ex.date(r.randint(15, 28), 8)}.",
            "en": f"I'd like to book a room for my mum from {ex.date(r.randint(1, 14), 8)} to "
            f"{ex.date(r.randint(15, 28), 8)}.",
            "lt": "Noriu užsakyti kambarį mamai savaitei, ji atvyks "
            f"{ex.date(r.randint(1, 14), 8)}.",
        },
    )
    ex.a(
        ex.p(
            {
                "ru": "На чьё имя бронь?",
                "uk": "На чиє ім'я бронювання?",
                "en": "Whose name is the booking in?",
                "lt": "Kieno vardu rezervacija?",
            }
        )
    )
    ex.c(
        ex.p({"ru": "На её имя:", "uk": "На її ім'я:", "en": "Hers,", "lt": "Jos vardu:"}),
        ex.ent("PERSON", person_name(ex, mother, "full")),
        ex.p(
            {
                "ru": ". А платить буду я,",
                "uk": ". А платитиму я,",
                "en": ". But I'm paying, I'm",
                "lt": ". O mokėsiu aš,",
            }
        ),
        ex.ent("PERSON", person_name(ex, caller, "fl")),
        ".",
    )
    flow_card(ex)
    flow_phone(ex)
    close(ex)


def s_municipal(ex: Ex) -> None:
    greet(
        ex,
        {
            "ru": "Единый расчётный центр",
            "uk": "Центр надання адміністративних послуг",
            "en": "City council, council tax team",
            "lt": "Vilniaus vandenys, klientų aptarnavimas",
        },
    )
    reason(
        ex,
        {
            "ru": "Мне пришла квитанция за воду в три раза больше, чем обычно.",
            "uk": "Мені прийшла платіжка за воду втричі більша, ніж зазвичай.",
            "en": "My bill's come through three times what it normally is.",
            "lt": "Gavau sąskaitą už vandenį tris kartus didesnę nei paprastai.",
        },
    )
    flow_account(ex, "personal")
    flow_address(ex)
    ex.a(
        ex.p(
            {
                "ru": f"Вижу начисление {amount(ex)}, это перерасчёт по счётчику.",
                "uk": f"Бачу нарахування {amount(ex)}, це перерахунок за лічильником.",
                "en": f"I can see a charge of {amount(ex)}, that's a meter adjustment.",
                "lt": f"Matau priskaičiuota {amount(ex)}, tai perskaičiavimas pagal skaitiklį.",
            }
        )
    )
    close(ex)


def s_debt_collection(ex: Ex) -> None:
    person, birth = pick_people(ex)[0], birth_date(ex.rng)
    greet(
        ex,
        {
            "ru": "Коллекторское агентство «Кредит Экспресс»",
            "uk": "Колекторська компанія «Фінгарант»",
            "en": "Lowell Financial collections",
            "lt": "Skolų išieškojimo bendrovė „Intrum“",
        },
    )
    ex.a(
        ex.p(
            {
                "ru": "Для подтверждения личности назовите фамилию, имя, отчество.",
                "uk": "Для підтвердження особи назвіть прізвище, ім'я, по батькові.",
                "en": "To confirm who I'm speaking with, can I take your full name?",
                "lt": "Tapatybei patvirtinti pasakykite vardą ir pavardę.",
            }
        )
    )
    ex.c(
        ex.ent("PERSON", person_name(ex, person, "full")),
        ex.p(
            {
                "ru": ". Только у меня уже всё оплачено!",
                "uk": ". Тільки в мене вже все сплачено!",
                "en": ". But I've paid it all off already!",
                "lt": ". Bet aš jau viską sumokėjau!",
            }
        ),
    )
    flow_dob(ex, birth)
    if ex.rng.random() < 0.5:
        flow_national_id(ex, person, birth)
    flow_account(ex, "contract")
    r = ex.rng
    ex.a(
        ex.p(
            {
                "ru": f"По договору остаток {amount(ex)}, последний платёж был "
                f"{ex.date(r.randint(1, 28), r.randint(1, 12))}.",
                "uk": f"За договором залишок {amount(ex)}, останній платіж був "
                f"{ex.date(r.randint(1, 28), r.randint(1, 12))}.",
                "en": f"There's {amount(ex)} outstanding, last payment received "
                f"{ex.date(r.randint(1, 28), r.randint(1, 12))}.",
                "lt": f"Liko {amount(ex)}, paskutinė įmoka gauta "
                f"{ex.date(r.randint(1, 28), r.randint(1, 12))}.",
            }
        )
    )
    close(ex)


def s_medical_lab(ex: Ex) -> None:
    person, birth = pick_person(ex, female=True), birth_date(ex.rng)
    greet(
        ex,
        {
            "ru": "Лаборатория «Гемотест»",
            "uk": "Лабораторія «Сінево»",
            "en": "Synlab patient line",
            "lt": "Medicina Practica laboratorija",
        },
    )
    reason(
        ex,
        {
            "ru": "Я сдавала кровь в понедельник, а результаты так и не пришли на почту.",
            "uk": "Я здавала кров у понеділок, а результати так і не прийшли на пошту.",
            "en": "I had bloods taken on Monday and the results never arrived by email.",
            "lt": "Pirmadienį daviau kraujo, o rezultatų el. paštu negavau.",
        },
    )
    d_reference(ex, "order")
    flow_name(ex, person)
    flow_dob(ex, birth)
    if ex.rng.random() < 0.4:
        flow_national_id(ex, person, birth)
    flow_email(ex, person)
    close(ex)


def s_insurance(ex: Ex) -> None:
    person = pick_people(ex)[0]
    greet(
        ex,
        {
            "ru": "Страховая компания «Согласие»",
            "uk": "Страхова компанія «Оранта»",
            "en": "Direct Line claims",
            "lt": "ERGO draudimas",
        },
    )
    reason(
        ex,
        {
            "ru": "У меня ДТП было, хочу узнать, что с выплатой.",
            "uk": "У мене була ДТП, хочу дізнатися, що з виплатою.",
            "en": "I had a bump in the car park and want to check on my claim.",
            "lt": "Turėjau avariją, noriu sužinoti dėl išmokos.",
        },
    )
    flow_account(ex, "policy")
    flow_name(ex, person)
    r = ex.rng
    ex.a(
        ex.p(
            {
                "ru": f"Заявление зарегистрировано {ex.date(r.randint(1, 28), r.randint(1, 12))}, "
                "эксперт позвонит.",
                "uk": f"Заяву зареєстровано {ex.date(r.randint(1, 28), r.randint(1, 12))}, експерт "
                "зателефонує.",
                "en": f"The claim was logged on {ex.date(r.randint(1, 28), r.randint(1, 12))}, an "
                "assessor will ring you.",
                "lt": f"Prašymas užregistruotas {ex.date(r.randint(1, 28), r.randint(1, 12))}, "
                "ekspertas paskambins.",
            }
        )
    )
    flow_phone(ex)
    close(ex)


def s_elderly_card(ex: Ex) -> None:
    person = pick_people(ex)[0]
    greet(
        ex,
        {
            "ru": "Почта России, оплата подписки",
            "uk": "Укрпошта, передплата видань",
            "en": "Radio Times subscriptions",
            "lt": "Lietuvos paštas, prenumerata",
        },
    )
    reason(
        ex,
        {
            "ru": "Внучка сказала, можно по телефону газету выписать. Я карточку держу, вот.",
            "uk": "Онука сказала, можна по телефону газету передплатити. Я картку тримаю.",
            "en": "My granddaughter said I could renew over the phone. I've got the card here.",
            "lt": "Anūkė sakė, galima telefonu užsiprenumeruoti laikraštį. Kortelę laikau.",
        },
    )
    flow_name(ex, person)
    d_money(ex)
    flow_card(ex, ex.rng.choice(["split", "repeat", "correction"]))
    close(ex)


def s_nonnative_phone(ex: Ex) -> None:
    greet(
        ex,
        {
            "ru": "Такси «Максим», бюро находок",
            "uk": "Таксі Uklon, служба підтримки",
            "en": "Addison Lee lost property",
            "lt": "Bolt, pamestų daiktų skyrius",
        },
    )
    reason(
        ex,
        {
            "ru": "Я вчера... как сказать... телефон забыл в машина. Не мой, друг телефон.",
            "uk": "Я вчора... як сказати... телефон забув у машина. Друга телефон.",
            "en": "Yesterday I am forget my bag in the car, please. Black bag, small.",
            "lt": "Aš vakar... kaip pasakyti... palikau krepšys mašinoj. Juodas krepšys.",
        },
    )
    ex.a(
        ex.p(
            {
                "ru": "Оставьте номер, водитель перезвонит.",
                "uk": "Залиште номер, водій передзвонить.",
                "en": "Leave me a number and the driver will call you.",
                "lt": "Palikite numerį, vairuotojas paskambins.",
            }
        )
    )
    key = ex.key("PHONE")
    segs = phone_segs(ex)
    strs = [s for s in segs if isinstance(s, str)]
    ex.c(
        ex.p(
            {
                "ru": "Да, да. Номер",
                "uk": "Так, так. Номер",
                "en": "Yes. Number is",
                "lt": "Taip. Numeris",
            }
        ),
        ex.piece(key, strs[:2] if ex.asr else strs[0][: len(strs[0]) // 2]),
        ex.p(
            {
                "ru": "... нет, извините, неправильно. Снова:",
                "uk": "... ні, вибачте, неправильно. Знову:",
                "en": "... no, sorry, wrong. Again:",
                "lt": "... ne, atsiprašau, neteisingai. Iš naujo:",
            }
        ),
    )
    ex.a(ex.p({"ru": "Не спешите.", "uk": "Не поспішайте.", "en": "No rush.", "lt": "Neskubėkit."}))
    ex.c(ex.piece(key, segs), ".")
    ex.tags.update({"correction", "split"})
    ex.a(ex.p(CHECK), ex.ent("PHONE", phone_again(ex, segs)), ".", ex.p(RIGHT))
    ex.c(
        ex.p(
            {
                "ru": "Да, да, правильно.",
                "uk": "Так, так, правильно.",
                "en": "Yes, yes, correct.",
                "lt": "Taip, taip, teisingai.",
            }
        )
    )
    close(ex)


def s_long_story(ex: Ex) -> None:
    greet(
        ex,
        {
            "ru": "Мебельная фабрика «Лазурит», служба доставки",
            "uk": "Меблі «Епіцентр», доставка",
            "en": "DFS delivery team",
            "lt": "„Jysk“ pristatymo skyrius",
        },
    )
    key = ex.key("PHONE")
    segs = phone_segs(ex)
    ex.c(
        ex.p(
            {
                "ru": "Слушайте, у меня тут целая история. Диван должны были привезти в субботу, я "
                "отпросилась с работы, сижу жду, никто не едет. Звоню курьеру, а он говорит, "
                "что звонил мне на номер",
                "uk": "Слухайте, у мене тут ціла історія. Диван мали привезти в суботу, я "
                "відпросилася з роботи, сиджу чекаю, ніхто не їде. Дзвоню кур'єру, а він "
                "каже, що дзвонив мені на номер",
                "en": "Right, so it's a long story. The sofa was due Saturday, I took the day off, "
                "waited all day, nobody came. I rang the driver and he says he called me on",
                "lt": "Klausykit, čia visa istorija. Sofą turėjo atvežti šeštadienį, išsiprašiau "
                "iš darbo, sėdžiu laukiu, niekas neatvažiuoja. Skambinu kurjeriui, o jis "
                "sako, kad skambino man numeriu",
            }
        ),
        ex.piece(key, segs),
        ex.p(
            {
                "ru": ", а это вообще не мой номер, это соседки, и она, конечно, не взяла. И вот "
                "теперь я не знаю, когда привезут.",
                "uk": ", а це взагалі не мій номер, це сусідки, і вона, звісно, не взяла. І тепер "
                "я "
                "не знаю, коли привезуть.",
                "en": ", which isn't even my number, it's my neighbour's, and of course she didn't "
                "pick up. So now I've no idea when it's coming.",
                "lt": ", o tai visai ne mano numeris, kaimynės, ir ji, aišku, neatsiliepė. Dabar "
                "nežinau, kada atveš.",
            }
        ),
    )
    ex.a(
        ex.p(
            {
                "ru": "Приношу извинения. Давайте исправим номер в заказе.",
                "uk": "Перепрошую. Давайте виправимо номер у замовленні.",
                "en": "I'm so sorry. Let's fix the number on the order.",
                "lt": "Atsiprašome. Pataisykime numerį užsakyme.",
            }
        )
    )
    flow_phone(ex)
    if ex.rng.random() < 0.6:
        flow_address(ex)
    d_appointment(ex)
    close(ex)


def s_refund_iban(ex: Ex) -> None:
    caller = pick_person(ex, female=True)
    holder = pick_person(ex, female=False)
    greet(
        ex,
        {
            "ru": "Интернет-магазин «Всё для дачи»",
            "uk": "Інтернет-магазин «Rozetka»",
            "en": "Argos customer support",
            "lt": "Internetinė parduotuvė „Pigu.lt“",
        },
    )
    reason(
        ex,
        {
            "ru": "Я вернула культиватор, а деньги так и не пришли.",
            "uk": "Я повернула пилосос, а гроші так і не прийшли.",
            "en": "I sent the lawnmower back weeks ago and still no refund.",
            "lt": "Grąžinau dulkių siurblį, o pinigų vis dar negavau.",
        },
    )
    d_reference(ex, "order")
    ex.a(
        ex.p(
            {
                "ru": "Возврат на карту невозможен, нужен банковский счёт. Кто владелец счёта?",
                "uk": "Повернення на картку неможливе, потрібен рахунок. Хто власник рахунку?",
                "en": "We can't refund to the card, we need a bank account. Whose account is it?",
                "lt": "Grąžinti į kortelę negalime, reikia sąskaitos. Kas sąskaitos savininkas?",
            }
        )
    )
    ex.c(
        ex.p(
            {
                "ru": "Счёт на сына,",
                "uk": "Рахунок на сина,",
                "en": "It's my son's account,",
                "lt": "Sąskaita sūnaus,",
            }
        ),
        ex.ent("PERSON", person_name(ex, holder, "fl")),
        ex.p(
            {
                "ru": ". Он мне номер продиктовал, у меня записано.",
                "uk": ". Він мені номер продиктував, у мене записано.",
                "en": ". He's given me the number, I've got it written here.",
                "lt": ". Jis man davė numerį, turiu užsirašiusi.",
            }
        ),
    )
    flow_account(ex, "iban")
    if ex.rng.random() < 0.5:
        flow_name(ex, caller)
    close(ex)


def s_dental(ex: Ex) -> None:
    parent, child = pick_people(ex, 2)
    birth = birth_date(ex.rng).replace(year=ex.rng.randint(2012, 2020))
    greet(
        ex,
        {
            "ru": "Детская стоматология «Зубная фея»",
            "uk": "Дитяча стоматологія «Усмішка»",
            "en": "Smile Kids dental practice",
            "lt": "Vaikų odontologijos klinika „Šypsenėlė“",
        },
    )
    reason(
        ex,
        {
            "ru": "Хочу записать ребёнка, жалуется на зуб.",
            "uk": "Хочу записати дитину, у неї болить зуб.",
            "en": "I'd like to book my little one in, toothache.",
            "lt": "Noriu užregistruoti vaiką, skauda dantį.",
        },
    )
    ex.a(
        ex.p(
            {
                "ru": "Фамилия и имя ребёнка?",
                "uk": "Прізвище та ім'я дитини?",
                "en": "Child's name?",
                "lt": "Vaiko vardas ir pavardė?",
            }
        )
    )
    ex.c(ex.ent("PERSON", person_name(ex, child, "fl")), ".")
    flow_dob(ex, birth, "other")
    d_appointment(ex)
    ex.a(
        ex.p(
            {
                "ru": "А ваше имя и телефон?",
                "uk": "А ваше ім'я і телефон?",
                "en": "And your name and number?",
                "lt": "O jūsų vardas ir telefonas?",
            }
        )
    )
    ex.c(ex.ent("PERSON", person_name(ex, parent, "fl")), ".")
    flow_phone(ex)
    close(ex)


def s_car_service(ex: Ex) -> None:
    greet(
        ex,
        {
            "ru": "Автосервис «Мастер Шкода»",
            "uk": "СТО «Автодоктор»",
            "en": "Kwik Fit Swindon",
            "lt": "Autoservisas „Ratų centras“",
        },
    )
    reason(
        ex,
        {
            "ru": "Моя Лада Веста у вас на ремонте, хочу оплатить картой заранее.",
            "uk": "Моя Шкода Октавія у вас на ремонті, хочу оплатити карткою заздалегідь.",
            "en": "My Ford Fiesta's with you, I want to pay for the repair by card now.",
            "lt": "Mano „Škoda Octavia“ pas jus, noriu apmokėti remontą kortele.",
        },
    )
    d_money(ex)
    flow_card(ex, "correction" if ex.rng.random() < 0.6 else "one")
    close(ex)


def s_gym(ex: Ex) -> None:
    person = pick_people(ex)[0]
    greet(
        ex,
        {
            "ru": "Фитнес-клуб «Олимп»",
            "uk": "Фітнес-клуб «Спорт Лайф»",
            "en": "PureGym membership team",
            "lt": "Sporto klubas „Impuls“",
        },
    )
    reason(
        ex,
        {
            "ru": "Хочу продлить абонемент, в приложении карта не привязывается.",
            "uk": "Хочу продовжити абонемент, у застосунку картка не прив'язується.",
            "en": "I want to renew my membership, the app won't take my card.",
            "lt": "Noriu pratęsti abonementą, programėlėje kortelė neprisiriša.",
        },
    )
    flow_name(ex, person)
    flow_card(ex, ex.rng.choice(["echo", "split"]))
    ex.a(
        ex.p(
            {
                "ru": "Годовой абонемент продлён, спасибо.",
                "uk": "Річний абонемент продовжено, дякуємо.",
                "en": "You're renewed for twelve months.",
                "lt": "Metinis abonementas pratęstas.",
            }
        )
    )
    close(ex)


def s_travel_agency(ex: Ex) -> None:
    caller, wife = pick_person(ex, female=False), pick_person(ex, female=True)
    b1, b2 = birth_date(ex.rng), birth_date(ex.rng)
    greet(
        ex,
        {
            "ru": "Турагентство «Пегас»",
            "uk": "Туроператор «Аньекс Тур»",
            "en": "Sunway Holidays",
            "lt": "Kelionių agentūra „Novaturas“",
        },
    )
    reason(
        ex,
        {
            "ru": "Мы с женой тур купили, вы просили паспортные данные обоих.",
            "uk": "Ми з дружиною тур купили, ви просили паспортні дані обох.",
            "en": "We booked a holiday, you asked for both our passport numbers.",
            "lt": "Su žmona nusipirkome kelionę, prašėte abiejų pasų duomenų.",
        },
    )
    flow_name(ex, caller)
    flow_passport(ex, caller, b1)
    ex.a(
        ex.p(
            {
                "ru": "Теперь второго туриста: ФИО и паспорт.",
                "uk": "Тепер другого туриста: ПІБ і паспорт.",
                "en": "Now the second traveller: name and passport.",
                "lt": "Dabar antrojo keliautojo vardas ir pasas.",
            }
        )
    )
    segs, kind = passport_segs(ex, wife, b2)
    ex.tags.add(kind)
    ex.c(
        ex.p({"ru": "Жена,", "uk": "Дружина,", "en": "My wife,", "lt": "Žmona,"}),
        ex.ent("PERSON", person_name(ex, wife, "full")),
        ex.p({"ru": ", паспорт", "uk": ", паспорт", "en": ", passport", "lt": ", pasas"}),
        ex.ent("PASSPORT", segs),
        ".",
    )
    flow_dob(ex, b2, "other")
    close(ex)


def s_tax_office(ex: Ex) -> None:
    person, birth = pick_person(ex, female=False), birth_date(ex.rng)
    greet(
        ex,
        {
            "ru": "Налоговая служба, контакт-центр",
            "uk": "Податкова служба, контакт-центр",
            "en": "HMRC income tax helpline",
            "lt": "VMI mokesčių informacijos centras",
        },
    )
    reason(
        ex,
        {
            "ru": "Мне вычет за лечение зубов не вернули, хотя я всё подавал в марте.",
            "uk": "Мені не повернули податкову знижку за навчання сина, хоча я все подавав.",
            "en": "I've had a letter saying I've underpaid, which can't be right.",
            "lt": "Negrąžino man gyventojų pajamų mokesčio permokos, nors deklaravau kovą.",
        },
    )
    key = ex.key("NATIONAL_ID")
    segs, kind, check = national_id_segs(ex, person, birth)
    if check:
        ex.checks.append(check)
    ex.tags.add(kind)
    ex.a(
        ex.p(
            {
                "ru": "Назовите ИНН или СНИЛС, пожалуйста.",
                "uk": "Назвіть, будь ласка, РНОКПП.",
                "en": "Can I take your National Insurance or reference number?",
                "lt": "Pasakykite asmens kodą, prašau.",
            }
        )
    )
    strs = [seg for seg in segs if isinstance(seg, str)]
    if len(strs) >= 2:
        ex.c(
            ex.piece(key, strs[:1]),
            ex.p(
                {
                    "ru": "... так, дальше не видно, очки...",
                    "uk": "... так, далі не бачу, окуляри...",
                    "en": "... hang on, can't read the rest...",
                    "lt": "... palaukit, toliau nematau, akiniai...",
                }
            ),
        )
        ex.a(
            ex.p(
                {
                    "ru": "Не торопитесь.",
                    "uk": "Не поспішайте.",
                    "en": "Take your time.",
                    "lt": "Neskubėkite.",
                }
            )
        )
        ex.c(ex.piece(key, strs[1:]), ".")
        ex.tags.add("split")
    else:
        ex.c(ex.piece(key, segs), ".")
    said = " ".join(strs)
    ex.a(ex.p(CHECK), ex.ent("NATIONAL_ID", said, check or None), ".", ex.p(RIGHT))
    ex.c(ex.p(YES))
    ex.tags.add("readback")
    ex.a(
        ex.p(
            {
                "ru": f"Вижу декларацию от {ex.date(ex.rng.randint(1, 28), 3)}, возврат "
                f"{amount(ex)} одобрен.",
                "uk": f"Бачу декларацію від {ex.date(ex.rng.randint(1, 28), 3)}, повернення "
                f"{amount(ex)} погоджено.",
                "en": f"I can see the return from {ex.date(ex.rng.randint(1, 28), 3)}, there's "
                f"{amount(ex)} owed to you, actually.",
                "lt": f"Matau deklaraciją, grąžinimas {amount(ex)} patvirtintas.",
            }
        )
    )
    polite(ex, person)
    close(ex)


# --------------------------------------------------------------------------- decoy-only settings


def n_clinic_reschedule(ex: Ex) -> None:
    greet(
        ex,
        {
            "ru": "Поликлиника номер три, регистратура",
            "uk": "Сімейна амбулаторія, реєстратура",
            "en": "Parkside Surgery reception",
            "lt": "Poliklinikos registratūra",
        },
    )
    reason(
        ex,
        {
            "ru": "Мне надо перенести приём к кардиологу, я не успеваю.",
            "uk": "Мені треба перенести прийом до кардіолога, не встигаю.",
            "en": "I need to move my appointment with the nurse, I can't make it.",
            "lt": "Reikia perkelti vizitą pas kardiologą, nespėju.",
        },
    )
    d_appointment(ex)
    if ex.rng.random() < 0.5:
        d_money(ex)
    ex.a(
        ex.p(
            {
                "ru": "Перенесли. Приходите за пятнадцать минут, кабинет на втором этаже.",
                "uk": "Перенесено. Приходьте за п'ятнадцять хвилин, кабінет на другому поверсі.",
                "en": "Done. Please come ten minutes early, it's upstairs.",
                "lt": "Perkėliau. Atvykite penkiolika minučių anksčiau, kabinetas antrame aukšte.",
            }
        )
    )
    close(ex)


def n_parcel_status(ex: Ex) -> None:
    greet(
        ex,
        {
            "ru": "СДЭК, служба поддержки",
            "uk": "Meest, служба підтримки",
            "en": "Evri customer help",
            "lt": "DPD Lietuva",
        },
    )
    reason(
        ex,
        {
            "ru": "Где моя посылка? Должна была прийти ещё во вторник.",
            "uk": "Де моя посилка? Мала прийти ще у вівторок.",
            "en": "Where's my parcel? It was due Tuesday.",
            "lt": "Kur mano siunta? Turėjo būti antradienį.",
        },
    )
    d_reference(ex, "tracking")
    r = ex.rng
    ex.a(
        ex.p(
            {
                "ru": "Посылка на сортировке, доставим "
                f"{ex.date(r.randint(1, 28), r.randint(1, 12))} с {ex.hour_gen(10)} до "
                f"{ex.hour_gen(14)}.",
                "uk": "Посилка на сортуванні, доставимо "
                f"{ex.date(r.randint(1, 28), r.randint(1, 12))} з {ex.hour_gen(10)} до "
                f"{ex.hour_gen(14)}.",
                "en": "It's at the depot, it'll be with you "
                f"{ex.date(r.randint(1, 28), r.randint(1, 12))} between {ex.time(10, 0)} and "
                f"{ex.time(14, 0)}.",
                "lt": "Siunta rūšiavimo centre, pristatysime "
                f"{ex.date(r.randint(1, 28), r.randint(1, 12))} "
                f"{ex.time(10, 0)}–{ex.time(14, 0)}.",
            }
        )
    )
    d_street(ex)
    close(ex)


def n_tariff_change(ex: Ex) -> None:
    greet(
        ex,
        {
            "ru": "МТС, служба поддержки",
            "uk": "lifecell, служба підтримки",
            "en": "EE customer services",
            "lt": "Bitė, klientų aptarnavimas",
        },
    )
    reason(
        ex,
        {
            "ru": "Хочу тариф подешевле, я интернетом почти не пользуюсь.",
            "uk": "Хочу тариф дешевший, інтернетом майже не користуюся.",
            "en": "I want a cheaper plan, I hardly use any data.",
            "lt": "Noriu pigesnio plano, internetu beveik nesinaudoju.",
        },
    )
    ex.a(
        ex.p(
            {
                "ru": f"Есть тариф «Забугорище» за {amount(ex)} и «Безлимитище» за {amount(ex)} в "
                "месяц.",
                "uk": f"Є тариф «Смарт Лайф» за {amount(ex)} і «Легкий» за {amount(ex)} на місяць.",
                "en": f"There's the Essentials plan at {amount(ex)} or Smart Saver at {amount(ex)} "
                "a month.",
                "lt": f"Yra planas „Mini“ už {amount(ex)} ir „Laisvė“ už {amount(ex)} per mėnesį.",
            }
        )
    )
    ex.c(
        ex.p(
            {
                "ru": "Давайте первый.",
                "uk": "Давайте перший.",
                "en": "The first one, please.",
                "lt": "Pirmąjį, prašau.",
            }
        )
    )
    d_menu(ex)
    close(ex)


def n_card_last4(ex: Ex) -> None:
    last4 = f"{ex.rng.randint(0, 9999):04d}"
    said = last4 if not ex.asr else say_group(last4, ex.lang, ex.rng)
    greet(
        ex,
        {
            "ru": "Банк, служба поддержки",
            "uk": "ПриватБанк, служба підтримки",
            "en": "Nationwide card services",
            "lt": "Swedbank klientų aptarnavimas",
        },
    )
    ex.c(
        ex.p(
            {
                "ru": f"У меня списали деньги с карты, которая заканчивается на {said}, а я ничего "
                "не покупала.",
                "uk": f"З картки, що закінчується на {said}, списали гроші, а я нічого "
                "не купувала.",
                "en": f"There's a payment on my card ending {said} that I didn't make.",
                "lt": f"Iš kortelės, kurios pabaiga {said}, nuskaičiuoti pinigai, o aš nieko "
                "nepirkau.",
            }
        )
    )
    ex.a(
        ex.p(
            {
                "ru": f"Вижу операцию на {amount(ex)} в "
                f"{ex.time(ex.rng.randint(1, 23), ex.rng.choice([5, 17, 42]))}. Карту с "
                f"окончанием {said} блокирую.",
                "uk": f"Бачу операцію на {amount(ex)} о "
                f"{ex.time(ex.rng.randint(1, 23), ex.rng.choice([5, 17, 42]))}. Картку із "
                f"закінченням {said} блокую.",
                "en": f"I can see {amount(ex)} at "
                f"{ex.time(ex.rng.randint(1, 12), ex.rng.choice([5, 17, 42]))}. I'm blocking "
                f"the card ending {said} now.",
                "lt": f"Matau operaciją {amount(ex)} "
                f"{ex.time(ex.rng.randint(1, 23), ex.rng.choice([5, 17, 42]))}. Kortelę, "
                f"kurios pabaiga {said}, blokuoju.",
            }
        )
    )
    ex.c(
        ex.p(
            {
                "ru": "Вся надежда на вас, честное слово. Веры банкам у меня уже никакой.",
                "uk": "Уся надія на вас, чесне слово. Віри в банки вже ніякої.",
                "en": "Mark my words, I'll bill them for my time. Will you sort it?",
                "lt": "Visa viltis į jus, tikrai. Rasa ant žolės, o aš jau skambinu bankui.",
            }
        )
    )
    d_hotline(ex)
    ex.tags.add("decoy_last4")
    ex.tags.add("decoy_namelike")
    close(ex)


def n_city_info(ex: Ex) -> None:
    greet(
        ex,
        {
            "ru": "Справочная служба города",
            "uk": "Контакт-центр міста",
            "en": "Leeds City Council",
            "lt": "Savivaldybės informacijos centras",
        },
    )
    reason(
        ex,
        {
            "ru": "Подскажите, где у вас выдают парковочные разрешения?",
            "uk": "Підкажіть, де у вас видають дозволи на паркування?",
            "en": "Where do I go to get a resident parking permit?",
            "lt": "Pasakykite, kur išduodami leidimai parkuotis?",
        },
    )
    ex.a(
        ex.p(
            {
                "ru": f"В центре услуг на улице Ленина, с {ex.hour_gen(9)} до {ex.hour_gen(18)}, в "
                f"субботу до {ex.hour_gen(14)}.",
                "uk": f"У ЦНАПі на вулиці Шевченка, з {ex.hour_gen(9)} до {ex.hour_gen(18)}, у "
                "суботу "
                f"до {ex.hour_gen(14)}.",
                "en": f"At the civic centre on Victoria Street, {ex.hour_gen(9)} till "
                f"{ex.time(17, 0)}, Saturdays till {ex.time(13, 0)}.",
                "lt": f"Paslaugų centre Gedimino prospekte, nuo {ex.time(9, 0)} iki "
                f"{ex.time(18, 0)}.",
            }
        )
    )
    d_hotline(ex)
    d_street(ex)
    close(ex)


def n_ticket_ref(ex: Ex) -> None:
    greet(
        ex,
        {
            "ru": "РЖД, справочная",
            "uk": "Укрзалізниця, довідкова",
            "en": "Trainline help",
            "lt": "LTG Link, informacija",
        },
    )
    reason(
        ex,
        {
            "ru": "Я вернул билет на поезд, когда придут деньги?",
            "uk": "Я повернув квиток на потяг, коли прийдуть гроші?",
            "en": "I got a refund on my train ticket, when will the money show up?",
            "lt": "Grąžinau traukinio bilietą, kada gausiu pinigus?",
        },
    )
    d_reference(ex, "ticket")
    r = ex.rng
    ex.a(
        ex.p(
            {
                "ru": f"Поезд {ex.num(r.randint(10, 120))}, вагон {ex.num(r.randint(1, 14))}, "
                "место "
                f"{ex.num(r.randint(1, 54))}. Возврат {amount(ex)} до семи рабочих дней.",
                "uk": f"Потяг {ex.num(r.randint(10, 120))}, вагон {ex.num(r.randint(1, 14))}, "
                "місце "
                f"{ex.num(r.randint(1, 54))}. Повернення {amount(ex)} до семи робочих днів.",
                "en": f"Coach {ex.num(r.randint(1, 14))}, seat {ex.num(r.randint(1, 54))}. The "
                f"{amount(ex)} refund takes up to seven working days.",
                "lt": f"Traukinys {ex.num(r.randint(10, 120))}, vagonas "
                f"{ex.num(r.randint(1, 14))}, "
                f"vieta {ex.num(r.randint(1, 54))}. Grąžinimas {amount(ex)} iki septynių "
                "darbo dienų.",
            }
        )
    )
    close(ex)


def n_pharmacy_products(ex: Ex) -> None:
    greet(
        ex,
        {
            "ru": "Аптека «Ригла»",
            "uk": "Аптека «АНЦ»",
            "en": "Lloydspharmacy",
            "lt": "Camelia vaistinė",
        },
    )
    reason(
        ex,
        {
            "ru": "Есть у вас «Кагоцел» и «Арбидол»? И ещё «Доктор Мом» сироп.",
            "uk": "Чи є у вас «Цитрамон» і «Нурофен»? І ще сироп «Доктор Мом».",
            "en": "Have you got Calpol and Gaviscon? And Dr Beckmann stain remover, the shop "
            "said you might.",
            "lt": "Ar turite „Ibumetin“ ir „Daktaras Mamas“ sirupą?",
        },
    )
    ex.a(
        ex.p(
            {
                "ru": f"«Кагоцел» есть, {amount(ex)}, «Доктор Мом» закончился, будет в четверг.",
                "uk": f"«Нурофен» є, {amount(ex)}, «Доктор Мом» закінчився, буде в четвер.",
                "en": f"Calpol's {amount(ex)}, Gaviscon's out until Thursday.",
                "lt": f"„Ibumetin“ yra, {amount(ex)}, sirupo nebėra, bus ketvirtadienį.",
            }
        )
    )
    d_reference(ex, "order")
    close(ex)


def n_pension_schedule(ex: Ex) -> None:
    greet(
        ex,
        {
            "ru": "Негосударственный пенсионный фонд «Будущее»",
            "uk": "Недержавний пенсійний фонд «Надійний»",
            "en": "Aviva pensions",
            "lt": "Pensijų fondas „Luminor“",
        },
    )
    reason(
        ex,
        {
            "ru": "Когда в этом месяце выплата? И договор у меня с какого числа действует?",
            "uk": "Коли цього місяця виплата? І з якого числа діє мій договір?",
            "en": "When's this month's payment? And when did my plan actually start?",
            "lt": "Kada šį mėnesį išmoka? Ir nuo kada galioja mano sutartis?",
        },
    )
    d_pension_dates(ex)
    r = ex.rng
    ex.a(
        ex.p(
            {
                "ru": f"Договор заключён {ex.date(r.randint(1, 28), r.randint(1, 12))}, взнос "
                f"{amount(ex)} в месяц.",
                "uk": f"Договір укладено {ex.date(r.randint(1, 28), r.randint(1, 12))}, внесок "
                f"{amount(ex)} на місяць.",
                "en": f"The plan started {ex.date(r.randint(1, 28), r.randint(1, 12))}, "
                f"contributions of {amount(ex)} a month.",
                "lt": f"Sutartis sudaryta {ex.date(r.randint(1, 28), r.randint(1, 12))}, įmoka "
                f"{amount(ex)} per mėnesį.",
            }
        )
    )
    close(ex)


def n_crypto_status(ex: Ex) -> None:
    greet(
        ex,
        {
            "ru": "Поддержка криптобиржи",
            "uk": "Підтримка криптобіржі",
            "en": "Coinvault support",
            "lt": "Kriptovaliutų biržos pagalba",
        },
    )
    reason(
        ex,
        {
            "ru": "Я отправил перевод в биткоинах четыре часа назад, а он всё висит.",
            "uk": "Я відправив переказ у біткоїнах чотири години тому, а він досі висить.",
            "en": "I sent some bitcoin four hours ago and it's still pending.",
            "lt": "Prieš keturias valandas išsiunčiau bitkoinų, o pervedimas vis kabo.",
        },
    )
    d_reference(ex, "ticket")
    ex.a(
        ex.p(
            {
                "ru": f"Сеть перегружена, комиссия была {amount(ex)}. Подтверждений пока "
                f"{ex.num(2)} из {ex.num(6)}.",
                "uk": f"Мережа перевантажена, комісія була {amount(ex)}. Підтверджень поки "
                f"{ex.num(2)} з {ex.num(6)}.",
                "en": f"The network's congested, the fee was {amount(ex)}. It's on {ex.num(2)} of "
                f"{ex.num(6)} confirmations.",
                "lt": f"Tinklas perkrautas, mokestis buvo {amount(ex)}. Patvirtinimų kol kas "
                f"{ex.num(2)} iš {ex.num(6)}.",
            }
        )
    )
    close(ex)


def n_ivr_callback(ex: Ex) -> None:
    greet(
        ex,
        {
            "ru": "Служба такси «Везёт»",
            "uk": "Служба таксі «Оптимальне»",
            "en": "Street Cars Ltd",
            "lt": "Taksi „Ekipažas“",
        },
    )
    reason(
        ex,
        {
            "ru": "Мне нужна машина на завтра к шести утра до вокзала.",
            "uk": "Мені потрібна машина на завтра на шосту ранку до вокзалу.",
            "en": "I need a car tomorrow at six to the station.",
            "lt": "Rytoj šeštą ryto reikia automobilio iki stoties.",
        },
    )
    ex.a(
        ex.p(
            {
                "ru": f"Заказ принят, подача в {ex.time(5, 50)}, примерно {amount(ex)}.",
                "uk": f"Замовлення прийнято, подача о {ex.time(5, 50)}, орієнтовно {amount(ex)}.",
                "en": f"Booked, the car will be outside at {ex.time(5, 50)}, about {amount(ex)}.",
                "lt": f"Užsakymas priimtas, atvažiuos {ex.time(5, 50)}, apie {amount(ex)}.",
            }
        )
    )
    d_menu(ex)
    d_street(ex)
    close(ex)


def n_vet_reminder(ex: Ex) -> None:
    pet = ex.rng.choice(PETS[ex.lang])
    greet(
        ex,
        {
            "ru": "Ветклиника «Белый клык»",
            "uk": "Ветклініка «Вет-Сервіс»",
            "en": "Medivet Hove",
            "lt": "Veterinarijos klinika „Augintinis“",
        },
    )
    ex.a(
        ex.p(
            {
                "ru": f"Напоминаем: прививка питомцу по кличке {pet} назначена "
                f"{ex.date(ex.rng.randint(1, 28), ex.rng.randint(1, 12))}.",
                "uk": f"Нагадуємо: щеплення улюбленця на ім'я {pet} заплановане "
                f"{ex.date(ex.rng.randint(1, 28), ex.rng.randint(1, 12))}.",
                "en": f"Just a reminder {pet} is due a booster on "
                f"{ex.date(ex.rng.randint(1, 28), ex.rng.randint(1, 12))}.",
                "lt": f"Primename: augintinio, vardu {pet}, skiepas numatytas "
                f"{ex.date(ex.rng.randint(1, 28), ex.rng.randint(1, 12))}.",
            }
        )
    )
    ex.c(
        ex.p(
            {
                "ru": "Ой, спасибо, а во сколько?",
                "uk": "Ой, дякую, а о котрій?",
                "en": "Oh thanks, what time?",
                "lt": "Ačiū, o kelintą valandą?",
            }
        )
    )
    ex.a(
        ex.p(
            {
                "ru": f"В {ex.time(16, 30)}, стоимость {amount(ex)}.",
                "uk": f"О {ex.time(16, 30)}, вартість {amount(ex)}.",
                "en": f"{ex.time(16, 30)}, and it's {amount(ex)}.",
                "lt": f"{ex.time(16, 30)}, kaina {amount(ex)}.",
            }
        )
    )
    close(ex)


ENTITY_SETTINGS = [
    s_pharmacy_prepay,
    s_car_leasing,
    s_pension_fund,
    s_university,
    s_vet_clinic,
    s_ticketing,
    s_crypto,
    s_mobile_operator,
    s_courier_locker,
    s_hotel,
    s_municipal,
    s_debt_collection,
    s_medical_lab,
    s_insurance,
    s_elderly_card,
    s_nonnative_phone,
    s_long_story,
    s_refund_iban,
    s_dental,
    s_car_service,
    s_gym,
    s_travel_agency,
    s_tax_office,
]
DECOY_SETTINGS = [
    n_clinic_reschedule,
    n_parcel_status,
    n_tariff_change,
    n_card_last4,
    n_city_info,
    n_ticket_ref,
    n_pharmacy_products,
    n_pension_schedule,
    n_crypto_status,
    n_ivr_callback,
    n_vet_reminder,
]
CARD_SETTINGS = {s_pharmacy_prepay, s_ticketing, s_hotel, s_elderly_card, s_car_service, s_gym}
DECOY_SHARE = 0.44


def plan(block: int, rng: random.Random) -> list:
    """Every setting at least once per language and style; decoys at DECOY_SHARE."""
    decoys = max(len(DECOY_SETTINGS), round(block * DECOY_SHARE))
    entities = block - decoys
    chosen = list(DECOY_SETTINGS) + rng.choices(DECOY_SETTINGS, k=decoys - len(DECOY_SETTINGS))
    extra = entities - len(ENTITY_SETTINGS)
    weights = [3 if s in CARD_SETTINGS else 1 for s in ENTITY_SETTINGS]
    chosen += list(ENTITY_SETTINGS) + rng.choices(ENTITY_SETTINGS, weights, k=extra)
    rng.shuffle(chosen)
    return chosen


def build() -> list[dict]:
    rng = random.Random(SEED)
    items: list[dict] = []
    for lang, total in COUNTS.items():
        for style in ("written", "asr"):
            for setting in plan(total // 2, rng):
                ex = Ex(lang, style, random.Random(rng.random()))
                setting(ex)
                if setting in DECOY_SETTINGS:
                    ex.tags.add("decoy")
                item_id = f"b7-{lang}-{'a' if style == 'asr' else 'w'}-{len(items) + 1:04d}"
                name = setting.__name__.split("_", 1)[1]
                items.append(render(ex, item_id, f"{lang}_{name}"))
    order = random.Random(SEED + 1)
    order.shuffle(items)
    return items


def stats(items: list[dict]) -> dict:
    per_type: Counter = Counter()
    no_entity = 0
    for item in items:
        no_entity += not item["entities"]
        for ent in item["entities"]:
            per_type[(ent["type"], item["lang"], item["style"])] += 1
    return {
        "per_type": per_type,
        "no_entity": no_entity,
        "total": len(items),
        "templates": Counter(
            item["lang"] for item in {(i["lang"], i["template"]): i for i in items}.values()
        ),
    }


README = """\
# Blind redaction evaluation set 7 (issue 12)

`redaction_blind7.jsonl`: {total} call-centre exchanges in Russian, Ukrainian, English and
Lithuanian with every PII/PCI span labelled, {entities} entities in all. Written by the helper
session **r12blind7** from scratch, with its own generator `tools/make_redaction_blind7.py`
(seeded, deterministic: re-running it rewrites this file and the data byte for byte).

## Blindness: what the author opened, and nothing else

- `/work/notes/COMMON.md` (project rules).
- `head -n 2 benchmarks/data/redaction_blind5.jsonl`: the record format only.
- `benchmarks/bench_redaction.py` from the top to the end of `score_item` (the scoring rule).
- `pyproject.toml` (the ruff settings) and `ls` of `tools/` and `benchmarks/data/` (names only).
- `git log --oneline -3` on this branch once, after committing (own commits and one
  unrelated checklist commit).

Not opened: anything under `src/speechqa/`, any `tests/` file, any other `redaction_*` data
file or README (blind, blind2-6, dev*, eval), any `tools/make_redaction_*.py` or
`tools/blind4_*.py`, any `benchmarks/results/redaction*` file, git history about redaction.
The detector and `bench_redaction.py` were never run. All check digits (Luhn, IBAN mod-97,
Russian INN and SNILS, Ukrainian RNOKPP, Lithuanian asmens kodas) are computed by the
generator itself; it imports nothing from `speechqa`.

## Record format

One JSON object a line: `id` (`b7-<lang>-<a|w>-NNNN`), `lang`, `style` (`written` or `asr`),
`split` (`blind7`), `template` (`<lang>_<setting>`), `tags`, `turns` (`role` agent|customer,
`text`), `entities` (`type`, `pieces` = `[turn, start_word, end_word]` over `text.split()`,
`chars` = `[turn, start_char, end_char]`, `text` = the characters of each piece). Written
pieces may sit inside a token that also carries trailing punctuation (`9012.`); the word
span covers that token, the char span does not cover the punctuation.

The generator refuses to write the set unless: every piece's characters equal its `text`;
the tokens a piece touches hold nothing else but punctuation; no word belongs to two
entities; every ASR turn is lower case with no digits and no punctuation (letters,
in-word hyphens and the Ukrainian apostrophe only); every card passes Luhn, every IBAN
mod-97, every INN/SNILS/RNOKPP/asmens kodas its own check.

## Labelling policy (issue 12)

- CARD: 13-19 digits, Luhn-valid (Visa 13/16/19, Mastercard, Mir, Amex 15, Maestro 18/19,
  UnionPay 17). CVV (3 digits, Amex 4) and EXPIRY only where a card is being taken.
- PHONE, EMAIL (in ASR spelled out: «собака», «равлик», "at", "eta", «точка», "dot"...).
- PASSPORT: Russian series+number, Ukrainian booklet (two letters + 6 digits) and ID card
  (9 digits), Lithuanian (8 digits), generic 9-digit (English callers).
- NATIONAL_ID: INN (12 digits), SNILS, RNOKPP, asmens kodas, UK NI number, US SSN.
- DOB: the birth date only; «года», «року», "dieną", "d." stay outside. In Lithuanian ASR
  the year comes first, so the inner word "metų" is inside the span
  ("... septintųjų metų kovo penktą" + "dieną" outside).
- ACCOUNT: IBAN (LT, UA, GB), Russian 20-digit bank accounts, contract, insurance policy
  and utility personal-account numbers.
- ADDRESS: street + house number (+ flat/korpus); the city stays outside.
- PERSON: callers and third parties (relatives, account holders, children) in any form,
  including the agent addressing the caller («Тимур Рустамович», «Остапе Васильовичу»,
  "Mrs Holloway" with "Mrs" outside, "ponia Kazlauskiene" with "ponia" outside).
  The agent's own name in the greeting is NOT labelled, nor are company names that look
  like names («Доктор Столетов», «Айболит», «Мастер Шкода», "Addison Lee"), pet names
  (Барсик, Winston, Barbora), streets named after people without a house number
  (улица Пушкина, Gedimino prospektas), product names («Доктор Мом», "Dr Beckmann"), car
  models («Лада Веста», "Ford Fiesta") and name-like common
  words («надежда», «вера», "will", "mark", "bill", "rasa", "viltis").
- Not PII, never labelled (decoys): money amounts, times, appointment, delivery, payment,
  contract and exam dates, "card ending in 1234", menu choices, order, tracking, ticket
  and reference numbers, seats and rooms, hotlines, tariffs, cities alone, streets
  without a house number.
- Every mention is its own entity: the caller's dictation, the caller repeating it
  ("shall I repeat?") and each agent read-back. A number split across turns, interrupted
  by fillers or self-corrected is ONE entity with several pieces; abandoned digits are
  included (e.g. the first digits of an old phone number before "no, that's my old
  number"), fillers between pieces are not labelled.
- Labelling choice to note: when the agent echoes a chunk of a card while the caller is
  still dictating it («1771, так.»), the echo is labelled CARD as a read-back of card digits
  (tag `card_echo`), unlike the decoy "card ending in 1234" said after payment.

## Counts

Exchanges: {total}; {no_entity} ({share}) have no entity at all, only decoys
({decoy_only} exchanges come from the decoy-only settings).

| lang | written | asr | templates |
|---|---|---|---|
{records}

Entities per type, language and style:

{table}

Tags (phenomena; one exchange can carry several): {tags}.

## Content

34 settings per language (22 with PII, 11 decoy-only, plus a tax-office one): pharmacy
prepayment, car leasing, pension fund, university admissions, veterinary clinic, ticketing,
crypto exchange support, mobile operator SIM re-registration, parcel lockers, hotel booking
for a relative, municipal utility bills, debt collection, medical lab results, insurance
claims, elderly callers renewing a subscription, a non-native caller at a taxi lost-property
desk, a long complaint with a phone number in the middle, a refund to a relative's account,
a children's dentist, a car service, a gym, a travel agency taking two passports, a tax
office; decoy-only: clinic rescheduling, parcel status, tariff change, a disputed payment on
"the card ending in ...", city information, train refunds, pharmacy products, pension
payment dates, crypto transfer status, taxi booking by IVR, vet reminders.
Written style: normal case, punctuation, digits in many layouts (4-4-4-4, solid, dashes,
uneven groups, a chunk typed in words). ASR style: lower case, no punctuation, numbers as
words digit by digit, in pairs, as hundreds/thousands or mixed per group, "oh"/«ноль»/
«нуль»/"nulis", "double five", fillers inside numbers.

## How to score it (once)

    python benchmarks/bench_redaction.py --data benchmarks/data/redaction_blind7.jsonl \\
        --out benchmarks/results/redaction-blind7.json

Score it exactly once and report that figure; do not tune the detector on this file.

## Known limits

- Synthetic: the ASR style is simulated from the written phrasing (no recogniser errors,
  no misheard words); real ASR would also split and merge words differently.
- One author wrote all 34 settings, and each setting is the same dialogue skeleton in four
  languages with its own phrasing; templates share reusable flows (card, phone, e-mail...).
- Names come from 12-14 per language and repeat; Lithuanian and Ukrainian vocatives are
  hand-written for these names only.
- Russian callers never give an IBAN (they give 20-digit accounts); English bank details
  are IBANs or 8-digit account numbers without sort codes.
- English phone numbers are UK mobiles or US 555 numbers; passports for English callers
  are a generic 9-digit number.
- The agent's partial echo of card chunks is labelled CARD (see above); a detector that
  treats short digit runs as non-PII will miss these by design of this set.
"""


def type_table(items: list[dict]) -> list[str]:
    per_type = stats(items)["per_type"]
    cols = [(lang, style) for lang in COUNTS for style in ("written", "asr")]
    head = "| type | " + " | ".join(f"{lang} {style}" for lang, style in cols) + " | all |"
    rows = [head, "|" + "---|" * (len(cols) + 2)]
    for etype in sorted({t for t, _, _ in per_type}):
        counts = [per_type[(etype, lang, style)] for lang, style in cols]
        rows.append(f"| {etype} | " + " | ".join(map(str, counts)) + f" | {sum(counts)} |")
    totals = [
        sum(n for (_, lang, style), n in per_type.items() if (lang, style) == col) for col in cols
    ]
    rows.append("| all | " + " | ".join(map(str, totals)) + f" | {sum(totals)} |")
    return rows


def write_readme(items: list[dict]) -> None:
    info = stats(items)
    records = Counter((item["lang"], item["style"]) for item in items)
    tags = Counter(tag for item in items for tag in item["tags"])
    decoy_only = sum(1 for item in items if "decoy" in item["tags"])
    text = README.format(
        total=info["total"],
        no_entity=info["no_entity"],
        share=f"{info['no_entity'] / info['total']:.0%}",
        decoy_only=decoy_only,
        records="\n".join(
            f"| {lang} | {records[(lang, 'written')]} | {records[(lang, 'asr')]} | "
            f"{info['templates'][lang]} |"
            for lang in COUNTS
        ),
        table="\n".join(type_table(items)),
        entities=sum(len(item["entities"]) for item in items),
        tags=", ".join(f"{tag} {tags[tag]}" for tag in sorted(tags) if tag.islower()),
    )
    README_OUT.write_text(text, encoding="utf-8")


def main() -> None:
    items = build()
    with OUT.open("w", encoding="utf-8") as fh:
        for item in items:
            fh.write(json.dumps(item, ensure_ascii=False) + "\n")
    write_readme(items)
    info = stats(items)
    print(
        f"{info['total']} exchanges, {info['no_entity']} without entities "
        f"({info['no_entity'] / info['total']:.0%}); templates per language "
        f"{dict(info['templates'])}"
    )
    print("\n".join(type_table(items)))


if __name__ == "__main__":
    main()
