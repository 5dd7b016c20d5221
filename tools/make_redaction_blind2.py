"""Write ``benchmarks/data/redaction_blind2.jsonl``: a second blind labelled set for the
PII/PCI redaction stage (issue 12), made by a helper who never opened the detector, its
tests, its tuning data or its results, so the lead can score it once as an honest figure.

Every exchange comes from a hand-written template below (other companies, people and
wording than the earlier sets) filled with generated values whose checksums are computed
here and asserted (Luhn, IBAN mod 97, INN, SNILS, RNOKPP, asmens kodas). The same template
is rendered ``written`` (typed chat: digits, punctuation, case) or ``asr`` (lower case, no
punctuation, numbers spoken in that language: digit by digit, in pairs, triples or as
thousands, "oh"/"double", fillers inside numbers, values split across turns and read back).
Entities are marked inside the template text, so their spans are computed, not counted by
hand; the script checks that every span's words are exactly the marked text, that no two
spans overlap, and that ASR turns hold no digits or capitals.

    python tools/make_redaction_blind2.py     # fixed seed: the same file every run
"""

from __future__ import annotations

import itertools
import json
import random
import re
import string
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import ClassVar

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "benchmarks" / "data" / "redaction_blind2.jsonl"
SEED = 20261130
LANG_COUNTS = {"ru": 200, "uk": 100, "en": 100, "lt": 100}
SPLIT = "blind2"

# ---------------------------------------------------------------------------------------
# Number words
# ---------------------------------------------------------------------------------------

WORDS = {
    "ru": {
        "units": [
            "ноль", "один", "два", "три", "четыре", "пять", "шесть", "семь", "восемь", "девять",
        ],
        "fem": {1: "одна", 2: "две"},
        "teens": [
            "десять", "одиннадцать", "двенадцать", "тринадцать", "четырнадцать", "пятнадцать",
            "шестнадцать", "семнадцать", "восемнадцать", "девятнадцать",
        ],
        "tens": [
            "", "",
            *[
                "двадцать", "тридцать", "сорок", "пятьдесят", "шестьдесят", "семьдесят",
                "восемьдесят", "девяносто",
            ],
        ],
        "hundreds": [
            "",
            *[
                "сто", "двести", "триста", "четыреста", "пятьсот", "шестьсот", "семьсот",
                "восемьсот", "девятьсот",
            ],
        ],
        "thousand": ("тысяча", "тысячи", "тысяч"),
        "million": ("миллион", "миллиона", "миллионов"),
    },
    "uk": {
        "units": [
            "нуль", "один", "два", "три", "чотири", "п'ять", "шість", "сім", "вісім", "дев'ять",
        ],
        "fem": {1: "одна", 2: "дві"},
        "teens": [
            "десять", "одинадцять", "дванадцять", "тринадцять", "чотирнадцять", "п'ятнадцять",
            "шістнадцять", "сімнадцять", "вісімнадцять", "дев'ятнадцять",
        ],
        "tens": [
            "", "",
            *[
                "двадцять", "тридцять", "сорок", "п'ятдесят", "шістдесят", "сімдесят", "вісімдесят",
                "дев'яносто",
            ],
        ],
        "hundreds": [
            "",
            *[
                "сто", "двісті", "триста", "чотириста", "п'ятсот", "шістсот", "сімсот", "вісімсот",
                "дев'ятсот",
            ],
        ],
        "thousand": ("тисяча", "тисячі", "тисяч"),
        "million": ("мільйон", "мільйони", "мільйонів"),
    },
    "lt": {
        "units": [
            "nulis", "vienas", "du", "trys", "keturi", "penki", "šeši", "septyni", "aštuoni",
            "devyni",
        ],
        "fem": {},
        "teens": [
            "dešimt", "vienuolika", "dvylika", "trylika", "keturiolika", "penkiolika", "šešiolika",
            "septyniolika", "aštuoniolika", "devyniolika",
        ],
        "tens": [
            "", "",
            *[
                "dvidešimt", "trisdešimt", "keturiasdešimt", "penkiasdešimt", "šešiasdešimt",
                "septyniasdešimt", "aštuoniasdešimt", "devyniasdešimt",
            ],
        ],
        "hundreds": ["", "šimtas"]
        + [
            f"{u} šimtai"
            for u in ["du", "trys", "keturi", "penki", "šeši", "septyni", "aštuoni", "devyni"]
        ],
        "thousand": ("tūkstantis", "tūkstančiai", "tūkstančių"),
        "million": ("milijonas", "milijonai", "milijonų"),
    },
    "en": {
        "units": ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"],
        "fem": {},
        "teens": [
            "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
            "eighteen", "nineteen",
        ],
        "tens": [
            "", "",
            *["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"],
        ],
        "hundreds": [""]
        + [
            f"{u} hundred"
            for u in ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
        ],
        "thousand": ("thousand", "thousand", "thousand"),
        "million": ("million", "million", "million"),
    },
}


def plural_index(n: int, lang: str) -> int:
    """Which of the three noun forms (one / few / many) goes with n."""
    if lang == "lt":
        if n % 10 == 1 and n % 100 != 11:
            return 0
        if n % 10 == 0 or 11 <= n % 100 <= 19:
            return 2
        return 1
    if n % 10 == 1 and n % 100 != 11:
        return 0
    if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
        return 1
    return 2


def _below_1000(n: int, lang: str, fem: bool, hyphen: bool) -> list[str]:
    w = WORDS[lang]
    out: list[str] = []
    if n >= 100:
        out.append(w["hundreds"][n // 100])
        n %= 100
        if lang == "en" and n and hyphen:
            out.append("and")
    if n >= 20:
        tens, unit = divmod(n, 10)
        if lang == "en" and unit and hyphen:
            out.append(f"{w['tens'][tens]}-{w['units'][unit]}")
            return out
        out.append(w["tens"][tens])
        n = unit
        if n:
            out.append(w["fem"].get(n, w["units"][n]) if fem else w["units"][n])
        return out
    if n >= 10:
        out.append(w["teens"][n - 10])
    elif n:
        out.append(w["fem"].get(n, w["units"][n]) if fem else w["units"][n])
    return out


def cardinal(n: int, lang: str, fem: bool = False, hyphen: bool = True) -> str:
    """n (0 to 999 999 999) in words; fem for ru/uk feminine nouns (гривня, тысяча)."""
    w = WORDS[lang]
    if n == 0:
        return w["units"][0]
    out: list[str] = []
    millions, rest = divmod(n, 1_000_000)
    thousands, rest = divmod(rest, 1000)
    if millions:
        if not (millions == 1 and lang == "lt"):
            out += _below_1000(millions, lang, False, hyphen)
        out.append(w["million"][plural_index(millions, lang)])
    if thousands:
        one_alone = thousands == 1 and lang in ("lt", "ru", "uk")
        if not one_alone:
            if lang == "en" and thousands == 1:
                out.append("one")
            else:
                out += _below_1000(thousands, lang, lang in ("ru", "uk"), hyphen)
        form = plural_index(thousands, lang)
        if lang == "lt" and thousands % 100 in range(10, 20):
            form = 2
        out.append(w["thousand"][form])
    if rest:
        out += _below_1000(rest, lang, fem, hyphen)
    return " ".join(out)


ZERO = {"ru": ["ноль"], "uk": ["нуль", "нуль", "ноль"], "lt": ["nulis"], "en": ["oh", "zero"]}


def digit_words(digits: str, lang: str, rng: random.Random, doubles: bool = True) -> str:
    """Digit by digit; English sometimes says "double five" / "triple oh"."""
    zero = rng.choice(ZERO[lang])
    out, i = [], 0
    while i < len(digits):
        d = digits[i]
        word = zero if d == "0" else WORDS[lang]["units"][int(d)]
        run = 1
        while i + run < len(digits) and digits[i + run] == d and run < 3:
            run += 1
        if lang == "en" and doubles and run >= 2 and rng.random() < 0.6:
            out.append(("double " if run == 2 else "triple ") + word)
            i += run
            continue
        out.append(word)
        i += 1
    return " ".join(out)


def group_words(group: str, lang: str, rng: random.Random, hyphen: bool = True) -> str:
    """A digit group said as one number; leading zeros said as zeros ("ноль пять")."""
    lead = len(group) - len(group.lstrip("0"))
    if lead == len(group):
        return digit_words(group, lang, rng, doubles=False)
    head = [rng.choice(ZERO[lang]) for _ in range(lead)]
    return " ".join([*head, cardinal(int(group), lang, hyphen=hyphen)])


def chunks(digits: str, sizes: list[int]) -> list[str]:
    out, i = [], 0
    for size in sizes:
        out.append(digits[i : i + size])
        i += size
    assert i == len(digits), (digits, sizes)
    return out


def say_number(digits: str, lang: str, rng: random.Random, mode: str | None = None) -> str:
    """One digit group spoken the ways people dictate it: singly, in pairs, as a number."""
    mode = mode or rng.choice(["digits", "pairs", "number"])
    if mode == "digits":
        return digit_words(digits, lang, rng)
    if mode == "pairs" and len(digits) > 2:
        sizes = [2] * (len(digits) // 2)
        if len(digits) % 2:
            sizes[-1] = 3
        return " ".join(group_words(g, lang, rng) for g in chunks(digits, sizes))
    if len(digits) > 4:
        sizes = {
            5: rng.choice([[3, 2], [2, 3]]),
            6: [3, 3],
            7: [3, 2, 2],
            8: [4, 4],
            9: [3, 3, 3],
            10: [3, 3, 2, 2],
        }.get(len(digits), [2] * (len(digits) // 2))
        sizes[-1] += len(digits) - sum(sizes)
        return " ".join(say_number(g, lang, rng, "number") for g in chunks(digits, sizes))
    if lang == "en" and len(digits) == 4 and digits[0] != "0" and rng.random() < 0.6:
        return " ".join(group_words(g, lang, rng) for g in chunks(digits, [2, 2]))
    return group_words(digits, lang, rng)


# ordinals -------------------------------------------------------------------------------

RU_ORD = {
    1: "перв",
    2: "втор",
    3: "трет",
    4: "четверт",
    5: "пят",
    6: "шест",
    7: "седьм",
    8: "восьм",
    9: "девят",
    10: "десят",
    11: "одиннадцат",
    12: "двенадцат",
    13: "тринадцат",
    14: "четырнадцат",
    15: "пятнадцат",
    16: "шестнадцат",
    17: "семнадцат",
    18: "восемнадцат",
    19: "девятнадцат",
    20: "двадцат",
    30: "тридцат",
    40: "сороков",
    50: "пятидесят",
    60: "шестидесят",
    70: "семидесят",
    80: "восьмидесят",
    90: "девяност",
}
UK_ORD = {
    1: "перш",
    2: "друг",
    3: "трет",
    4: "четверт",
    5: "п'ят",
    6: "шост",
    7: "сьом",
    8: "восьм",
    9: "дев'ят",
    10: "десят",
    11: "одинадцят",
    12: "дванадцят",
    13: "тринадцят",
    14: "чотирнадцят",
    15: "п'ятнадцят",
    16: "шістнадцят",
    17: "сімнадцят",
    18: "вісімнадцят",
    19: "дев'ятнадцят",
    20: "двадцят",
    30: "тридцят",
    40: "сороков",
    50: "п'ятдесят",
    60: "шістдесят",
    70: "сімдесят",
    80: "вісімдесят",
    90: "дев'яност",
}
LT_ORD = {
    1: "pirm",
    2: "antr",
    3: "treči",
    4: "ketvirt",
    5: "penkt",
    6: "šešt",
    7: "septint",
    8: "aštunt",
    9: "devint",
    10: "dešimt",
    11: "vienuolikt",
    12: "dvylikt",
    13: "trylikt",
    14: "keturiolikt",
    15: "penkiolikt",
    16: "šešiolikt",
    17: "septyniolikt",
    18: "aštuoniolikt",
    19: "devyniolikt",
    20: "dvidešimt",
    30: "trisdešimt",
    40: "keturiasdešimt",
    50: "penkiasdešimt",
    60: "šešiasdešimt",
    70: "septyniasdešimt",
    80: "aštuoniasdešimt",
    90: "devyniasdešimt",
}
EN_ORD = {
    1: "first",
    2: "second",
    3: "third",
    4: "fourth",
    5: "fifth",
    6: "sixth",
    7: "seventh",
    8: "eighth",
    9: "ninth",
    10: "tenth",
    11: "eleventh",
    12: "twelfth",
    13: "thirteenth",
    14: "fourteenth",
    15: "fifteenth",
    16: "sixteenth",
    17: "seventeenth",
    18: "eighteenth",
    19: "nineteenth",
    20: "twentieth",
    30: "thirtieth",
}


def _ord_word(n: int, lang: str, case: str) -> str:
    """The ordinal of 1..19 or a round ten in one case: gen (ru/uk -ого), nom neuter
    (ru -ое, uk -е), acc (lt -ą), genpl (lt -ų)."""
    if lang == "ru":
        stem = RU_ORD[n]
        if n == 3:
            return {"gen": "третьего", "nom": "третье"}[case]
        if case == "nom":
            return stem + "ое"
        return stem + "ого"
    if lang == "uk":
        stem = UK_ORD[n]
        if n == 3:
            return {"gen": "третього", "nom": "третє"}[case]
        return stem + ("ого" if case == "gen" else "е")
    if lang == "lt":
        return LT_ORD[n] + ("ą" if case == "acc" else "ų")
    return EN_ORD[n]


def ordinal(n: int, lang: str, case: str) -> str:
    """Ordinal of 1..99 (compound ones keep the tens as a cardinal, as spoken)."""
    if n < 20 or n % 10 == 0:
        return _ord_word(n, lang, case)
    tens, unit = divmod(n, 10)
    if lang == "en":
        return f"{WORDS['en']['tens'][tens]}-{EN_ORD[unit]}"
    return f"{WORDS[lang]['tens'][tens]} {_ord_word(unit, lang, case)}"


def year_ordinal(year: int, lang: str, case: str, short: bool = False) -> str:
    """A year as spoken in a date: «тысяча девятьсот восемьдесят четвёртого»,
    «aštuoniasdešimt ketvirtų»; short drops the century, as people do."""
    head, tail = divmod(year, 100)
    assert tail, year
    century = "" if short else cardinal(head * 100, lang) + " "
    return century + ordinal(tail, lang, case)


GEN_UNITS = {
    "ru": ("", "одного", "двух", "трёх", "четырёх", "пяти", "шести", "семи", "восьми", "девяти"),
    "uk": (
        "", "одного", "двох", "трьох", "чотирьох", "п'яти", "шести", "семи", "восьми", "дев'яти",
    ),
    "lt": (
        "", "vieno", "dviejų", "trijų", "keturių", "penkių", "šešių", "septynių", "aštuonių",
        "devynių",
    ),
}


def cardinal_gen(n: int, lang: str) -> str:
    """Genitive of 1..59 («с девяти до тринадцати», «nuo devynių»): times and counts
    after prepositions, as they are spoken."""
    if lang == "en":
        return cardinal(n, "en")
    tens, unit = divmod(n, 10)
    if n < 10:
        return GEN_UNITS[lang][n]
    if lang == "lt":
        if n < 20:
            return WORDS["lt"]["teens"][n - 10][:-1] + "os" if n > 10 else "dešimties"
        head = WORDS["lt"]["tens"][tens] + "ies"
    else:
        if n < 20:
            return WORDS[lang]["teens"][n - 10][:-1] + "и"
        head = {
            "ru": {2: "двадцати", 3: "тридцати", 4: "сорока", 5: "пятидесяти"},
            "uk": {2: "двадцяти", 3: "тридцяти", 4: "сорока", 5: "п'ятдесяти"},
        }[lang][tens]
    return head + (" " + GEN_UNITS[lang][unit] if unit else "")


MONTHS = {
    "ru": [
        "января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября",
        "октября", "ноября", "декабря",
    ],
    "uk": [
        "січня", "лютого", "березня", "квітня", "травня", "червня", "липня", "серпня", "вересня",
        "жовтня", "листопада", "грудня",
    ],
    "lt": [
        "sausio", "vasario", "kovo", "balandžio", "gegužės", "birželio", "liepos", "rugpjūčio",
        "rugsėjo", "spalio", "lapkričio", "gruodžio",
    ],
    "en": [
        "January", "February", "March", "April", "May", "June", "July", "August", "September",
        "October", "November", "December",
    ],
}
RU_MONTH_NOM = [
    "январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь",
    "ноябрь", "декабрь",
]


def en_year(year: int, rng: random.Random) -> str:
    if year >= 2000:
        return rng.choice(["two thousand and ", "two thousand "]) + cardinal(year - 2000, "en")
    head, tail = divmod(year, 100)
    tail_words = cardinal(tail, "en") if tail >= 10 else "oh " + cardinal(tail, "en")
    return f"{cardinal(head, 'en')} {tail_words}"


# ---------------------------------------------------------------------------------------
# Checksums (each generator asserts its own output)
# ---------------------------------------------------------------------------------------


def luhn_ok(number: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(number)):
        d = int(ch)
        if i % 2:
            d *= 2
            d -= 9 if d > 9 else 0
        total += d
    return total % 10 == 0


def luhn_complete(body: str) -> str:
    for last in "0123456789":
        if luhn_ok(body + last):
            return body + last
    raise AssertionError(body)


def iban_ok(iban: str) -> bool:
    moved = iban[4:] + iban[:4]
    return int("".join(str(int(c, 36)) for c in moved)) % 97 == 1


def iban_make(country: str, bban: str) -> str:
    moved = bban + country + "00"
    check = 98 - int("".join(str(int(c, 36)) for c in moved)) % 97
    iban = f"{country}{check:02d}{bban}"
    assert iban_ok(iban), iban
    return iban


def inn_ok(inn: str) -> bool:
    d = [int(c) for c in inn]
    w11 = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
    w12 = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
    c11 = sum(a * b for a, b in zip(w11, d[:10], strict=True)) % 11 % 10
    c12 = sum(a * b for a, b in zip(w12, d[:11], strict=True)) % 11 % 10
    return len(d) == 12 and d[10] == c11 and d[11] == c12


def snils_check(nine: str) -> int:
    total = sum(int(c) * (9 - i) for i, c in enumerate(nine))
    while total > 101:
        total %= 101
    return 0 if total in (100, 101) else total


def rnokpp_ok(code: str) -> bool:
    w = [-1, 5, 7, 9, 4, 6, 10, 5, 7]
    return len(code) == 10 and sum(
        a * int(b) for a, b in zip(w, code[:9], strict=True)
    ) % 11 % 10 == int(code[9])


def asmens_kodas_check(ten: str) -> int:
    for weights in ([1, 2, 3, 4, 5, 6, 7, 8, 9, 1], [3, 4, 5, 6, 7, 8, 9, 1, 2, 3]):
        rest = sum(a * int(b) for a, b in zip(weights, ten, strict=True)) % 11
        if rest != 10:
            return rest
    return 0


# known answers, so a slip in the formulas cannot pass silently
assert luhn_ok("4532015112830366") and not luhn_ok("4532015112830367")
assert iban_ok("GB82WEST12345698765432") and iban_ok("LT121000011101001000")
assert iban_ok("DE89370400440532013000")
assert inn_ok("500100732259")
assert snils_check("112233445") == 95
assert asmens_kodas_check("3330924006") == 4  # 33309240064, the registry's own example


# ---------------------------------------------------------------------------------------
# People: names with the case forms the templates need
# ---------------------------------------------------------------------------------------

CASES = ("nom", "gen", "dat", "acc", "ins")
RU_SIBILANT = tuple("гкхжшчщ")


def ru_first(name: str) -> dict[str, str]:
    if name.endswith("ий"):
        s = name[:-1]
        return dict(nom=name, gen=s + "я", dat=s + "ю", acc=s + "я", ins=s + "ем")
    if name.endswith(("ей", "ай")):
        s = name[:-1]
        return dict(nom=name, gen=s + "я", dat=s + "ю", acc=s + "я", ins=s + "ем")
    if name.endswith(("ья", "ия")):
        s = name[:-1]
        return dict(
            nom=name,
            gen=s + "и",
            dat=s + ("е" if name.endswith("ья") else "и"),
            acc=s + "ю",
            ins=s + "ей",
        )
    if name.endswith("а"):
        s = name[:-1]
        return dict(
            nom=name,
            gen=s + ("и" if s.endswith(RU_SIBILANT) else "ы"),
            dat=s + "е",
            acc=s + "у",
            ins=s + "ой",
        )
    return dict(nom=name, gen=name + "а", dat=name + "у", acc=name + "а", ins=name + "ом")


def ru_surname(name: str, female: bool) -> dict[str, str]:
    if name.endswith("ский"):
        s = name[:-2]
        if female:
            return dict(nom=s + "ая", gen=s + "ой", dat=s + "ой", acc=s + "ую", ins=s + "ой")
        return dict(nom=name, gen=s + "ого", dat=s + "ому", acc=s + "ого", ins=s + "им")
    if female:
        return dict(
            nom=name + "а", gen=name + "ой", dat=name + "ой", acc=name + "у", ins=name + "ой"
        )
    return dict(nom=name, gen=name + "а", dat=name + "у", acc=name + "а", ins=name + "ым")


def ru_patronymic(father: str, female: bool) -> dict[str, str]:
    stem = {
        "Иван": "Иванов",
        "Сергей": "Сергеев",
        "Андрей": "Андреев",
        "Олег": "Олегов",
        "Николай": "Николаев",
        "Виктор": "Викторов",
        "Михаил": "Михайлов",
        "Юрий": "Юрьев",
        "Петр": "Петров",
        "Владимир": "Владимиров",
        "Геннадий": "Геннадьев",
        "Борис": "Борисов",
    }[father]
    if female:
        s = stem + "н"
        return dict(nom=s + "а", gen=s + "ы", dat=s + "е", acc=s + "у", ins=s + "ой")
    s = stem + "ич"
    return dict(nom=s, gen=s + "а", dat=s + "у", acc=s + "а", ins=s + "ем")


def uk_first(name: str) -> dict[str, str]:
    forms = _uk_first(name)
    stem = name[:-1]
    if name.endswith("ій"):
        forms["voc"] = stem + "ю"
    elif name.endswith("ія"):
        forms["voc"] = stem + "є"
    elif name.endswith("ся"):
        forms["voc"] = stem + "ю"
    elif name.endswith(("а", "о")):
        forms["voc"] = stem + ("о" if name.endswith("а") else "е")
        if name in ("Дмитро", "Петро"):
            forms["voc"] = name[:-2] + "ре"
    else:
        forms["voc"] = name + "е"
    return forms


def _uk_first(name: str) -> dict[str, str]:
    if name.endswith("ся"):
        s = name[:-1]
        return dict(nom=name, gen=s + "і", dat=s + "і", acc=s + "ю", ins=s + "ею")
    if name.endswith("ій"):
        s = name[:-1]
        return dict(nom=name, gen=s + "я", dat=s + "єві", acc=s + "я", ins=s + "єм")
    if name.endswith("ія"):
        s = name[:-1]
        return dict(nom=name, gen=s + "ї", dat=s + "ї", acc=s + "ю", ins=s + "єю")
    if name.endswith("а"):
        s = name[:-1]
        return dict(nom=name, gen=s + "и", dat=s + "і", acc=s + "у", ins=s + "ою")
    if name.endswith("о"):
        s = name[:-1]
        return dict(nom=name, gen=s + "а", dat=s + "ові", acc=s + "а", ins=s + "ом")
    return dict(nom=name, gen=name + "а", dat=name + "ові", acc=name + "а", ins=name + "ом")


def uk_surname(name: str, female: bool) -> dict[str, str]:
    if name.endswith(("ський", "цький")):
        s = name[:-2]
        if female:
            return dict(nom=s + "а", gen=s + "ої", dat=s + "ій", acc=s + "у", ins=s + "ою")
        return dict(nom=name, gen=s + "ого", dat=s + "ому", acc=s + "ого", ins=s + "им")
    if female:  # -енко, -ук, -ник stay as they are for women
        return dict.fromkeys(CASES, name)
    if name.endswith("о"):
        s = name[:-1]
        return dict(nom=name, gen=s + "а", dat=s + "ові", acc=s + "а", ins=s + "ом")
    return dict(nom=name, gen=name + "а", dat=name + "ові", acc=name + "а", ins=name + "ом")


def uk_patronymic(father: str, female: bool) -> dict[str, str]:
    stem = {
        "Іван": "Іван",
        "Петро": "Петр",
        "Михайло": "Михайл",
        "Олександр": "Олександр",
        "Василь": "Василь",
        "Степан": "Степан",
        "Богдан": "Богдан",
        "Миколай": "Миколай",
    }[father]
    if female:
        s = (
            stem + "івна"
            if not stem.endswith(("ь", "й"))
            else stem[:-1] + ("ївна" if stem.endswith("й") else "івна")
        )
        b = s[:-1]
        return dict(nom=s, gen=b + "и", dat=b + "і", acc=b + "у", ins=b + "ою")
    s = stem + "ович" if not stem.endswith(("ь", "й")) else stem[:-1] + "йович"
    if stem.endswith("ь"):
        s = stem[:-1] + "ьович"
    return dict(nom=s, gen=s + "а", dat=s + "у", acc=s + "а", ins=s + "ем")


def lt_first(name: str) -> dict[str, str]:
    if name.endswith("ius"):
        s = name[:-3]
        return dict(nom=name, gen=s + "iaus", dat=s + "iui", acc=s + "ių", ins=s + "iumi")
    if name.endswith("as"):
        s = name[:-2]
        return dict(nom=name, gen=s + "o", dat=s + "ui", acc=s + "ą", ins=s + "u")
    if name.endswith("is"):
        s = name[:-2]
        return dict(nom=name, gen=s + "io", dat=s + "iui", acc=s + "į", ins=s + "iu")
    if name.endswith("a"):
        s = name[:-1]
        return dict(nom=name, gen=s + "os", dat=s + "ai", acc=s + "ą", ins=s + "a")
    assert name.endswith("ė"), name
    s = name[:-1]
    return dict(nom=name, gen=s + "ės", dat=s + "ei", acc=s + "ę", ins=s + "e")


def lt_surname(male_form: str, female: bool, married: bool) -> dict[str, str]:
    if male_form.endswith("us"):
        root = male_form[:-2]
        if not female:
            return dict(
                nom=male_form, gen=root + "aus", dat=root + "ui", acc=root + "ų", ins=root + "umi"
            )
        fem = root + ("ienė" if married else "utė")
    elif male_form.endswith("tis"):
        root = male_form[:-3]
        if not female:
            return dict(
                nom=male_form,
                gen=root + "čio",
                dat=root + "čiui",
                acc=root + "tį",
                ins=root + "čiu",
            )
        fem = root + ("tienė" if married else "tytė")
    elif male_form.endswith("is"):
        root = male_form[:-2]
        if not female:
            return dict(
                nom=male_form, gen=root + "io", dat=root + "iui", acc=root + "į", ins=root + "iu"
            )
        fem = root + ("ienė" if married else "ytė")
    else:
        root = male_form[:-2]
        if not female:
            return dict(
                nom=male_form, gen=root + "o", dat=root + "ui", acc=root + "ą", ins=root + "u"
            )
        fem = root + ("ienė" if married else "aitė")
    s = fem[:-1]
    return dict(nom=fem, gen=s + "ės", dat=s + "ei", acc=s + "ę", ins=s + "e")


RU_MALE = [
    "Иван", "Олег", "Роман", "Тимур", "Глеб", "Степан", "Михаил", "Константин", "Виктор", "Денис",
    "Дмитрий", "Григорий", "Георгий", "Сергей", "Андрей", "Алексей", "Николай", "Артём", "Никита",
    "Вадим", "Эдуард", "Ярослав",
]
RU_FEMALE = [
    "Ольга", "Марина", "Анна", "Елена", "Светлана", "Ирина", "Екатерина", "Людмила", "Алёна",
    "Галина", "Полина", "Наталья", "Дарья", "Юлия", "Ксения", "Мария", "Вера", "Надежда", "Зинаида",
    "Таисия", "Регина",
]
RU_SURNAMES = [
    "Воронцов", "Лапшин", "Белоусов", "Кудрявцев", "Шестаков", "Рябинин", "Мартынов", "Горелов",
    "Трофимов", "Ширяев", "Зубарев", "Ладыгин", "Пахомов", "Сафонов", "Голованов", "Тарасов",
    "Вишневский", "Загорский", "Полянский", "Колесников", "Аверин", "Дьяконов", "Елисеев",
    "Кондратьев",
]
RU_FATHERS = [
    "Иван", "Сергей", "Андрей", "Олег", "Николай", "Виктор", "Михаил", "Юрий", "Петр", "Владимир",
    "Геннадий", "Борис",
]
UK_MALE = [
    "Тарас", "Богдан", "Максим", "Остап", "Назар", "Степан", "Роман", "Олександр", "Андрій", "Юрій",
    "Віталій", "Сергій", "Дмитро", "Петро", "Ярема", "Орест",
]
UK_FEMALE = [
    "Оксана", "Олена", "Ірина", "Галина", "Христина", "Дарина", "Катерина", "Соломія", "Марія",
    "Наталія", "Юлія", "Леся", "Вікторія", "Мирослава",
]
UK_SURNAMES = [
    "Шевчук", "Ковальчук", "Савчук", "Гнатюк", "Романюк", "Сидоренко", "Бондаренко", "Ткаченко",
    "Лисенко", "Марченко", "Кравченко", "Олійник", "Мельник", "Ковальський", "Левицький", "Федорук",
    "Гаврилюк", "Панченко",
]
UK_FATHERS = ["Іван", "Петро", "Михайло", "Олександр", "Василь", "Степан", "Богдан", "Миколай"]
LT_MALE = [
    "Jonas", "Tomas", "Mantas", "Mindaugas", "Vytautas", "Rokas", "Lukas", "Tadas", "Andrius",
    "Paulius", "Darius", "Julius", "Karolis", "Dovydas", "Arnas", "Žilvinas",
]
LT_FEMALE = [
    "Rūta", "Greta", "Ieva", "Lina", "Jurgita", "Simona", "Vaida", "Rasa", "Inga", "Asta", "Eglė",
    "Aistė", "Indrė", "Gintarė", "Ugnė", "Laima", "Dalia",
]
LT_SURNAMES = [
    "Kazlauskas", "Jankauskas", "Žukauskas", "Paulauskas", "Urbonas", "Navickas", "Butkus",
    "Rimkus", "Vaitkus", "Petraitis", "Adomaitis", "Bagdonas", "Mikalauskas", "Stankus",
    "Balčiūnas", "Grigonis", "Šimkus", "Tamošiūnas",
]
EN_MALE = [
    "Oliver", "James", "Liam", "Mohammed", "Gareth", "Daniel", "Marcus", "Ethan", "Callum", "Rhys",
    "Tobias", "Kwame", "Declan", "Will", "Mark", "Bill", "Frank",
]
EN_FEMALE = [
    "Charlotte", "Amelia", "Priya", "Siobhan", "Chloe", "Hannah", "Fiona", "Imogen", "Niamh",
    "Zara", "Megan", "Grace", "Rose", "Hope", "June", "Faith",
]
EN_SURNAMES = [
    "Hughes", "Patel", "O'Connor", "Fletcher", "Whitaker", "Nguyen", "Kowalski", "Brennan",
    "Thornton", "Adeyemi", "MacLeod", "Gallagher", "Pritchard", "Okafor", "Lindqvist", "Baker",
    "Cook", "Hall", "Wood", "Fisher", "Clarke-Wood", "Ashworth", "Devlin",
]


@dataclass
class Person:
    lang: str
    female: bool
    first: dict[str, str]
    last: dict[str, str]
    patronymic: dict[str, str] | None = None
    latin_first: str = ""
    latin_last: str = ""

    def name(self, case: str = "nom", parts: str = "fl") -> str:
        """parts: f first, l last, p patronymic, in the order given ("lfp", "fl")."""
        pick = {"f": self.first, "l": self.last, "p": self.patronymic or {}}
        return " ".join(pick[p][case] for p in parts if pick[p])


TRANSLIT = dict(
    zip(
        "абвгдеёжзийклмнопрстуфхцчшщъыьэюяіїєґ'",
        [
            "a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p",
            "r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya",
            "i", "yi", "ye", "g", "",
        ],
        strict=True,
    )
)
LT_ASCII = str.maketrans("ąčęėįšųūž", "aceeisuuz")


def latin(word: str) -> str:
    word = word.lower()
    if any("а" <= c <= "я" or c in "ёіїєґ" for c in word):
        return "".join(TRANSLIT.get(c, c) for c in word)
    return word.translate(LT_ASCII).replace("'", "")


def make_person(rng: random.Random, lang: str, female: bool | None = None) -> Person:
    female = rng.random() < 0.5 if female is None else female
    if lang == "ru":
        first = rng.choice(RU_FEMALE if female else RU_MALE)
        last = rng.choice(RU_SURNAMES)
        p = Person(
            lang,
            female,
            ru_first(first),
            ru_surname(last, female),
            ru_patronymic(rng.choice(RU_FATHERS), female),
        )
    elif lang == "uk":
        first = rng.choice(UK_FEMALE if female else UK_MALE)
        last = rng.choice(UK_SURNAMES)
        p = Person(
            lang,
            female,
            uk_first(first),
            uk_surname(last, female),
            uk_patronymic(rng.choice(UK_FATHERS), female),
        )
    elif lang == "lt":
        first = rng.choice(LT_FEMALE if female else LT_MALE)
        last = rng.choice(LT_SURNAMES)
        p = Person(lang, female, lt_first(first), lt_surname(last, female, rng.random() < 0.6))
    else:
        first = rng.choice(EN_FEMALE if female else EN_MALE)
        last = rng.choice(EN_SURNAMES)
        p = Person(lang, female, dict.fromkeys(CASES, first), dict.fromkeys(CASES, last))
    p.latin_first, p.latin_last = latin(p.first["nom"]), latin(p.last["nom"])
    return p


# ---------------------------------------------------------------------------------------
# Values, rendered typed or spoken
# ---------------------------------------------------------------------------------------

UK_LETTERS = {
    "А": "а",
    "Б": "бе",
    "В": "ве",
    "Г": "ге",
    "Е": "е",
    "К": "ка",
    "М": "ем",
    "Н": "ен",
    "О": "о",
    "Р": "ер",
    "С": "ес",
    "Т": "те",
    "Х": "ха",
    "І": "і",
}
AT_DOT = {
    "ru": (["собака", "собака", "эт"], ["точка"], ["нижнее подчёркивание"], ["дефис", "тире"]),
    "uk": (["равлик", "собака", "равлик"], ["крапка"], ["нижнє підкреслення"], ["дефіс"]),
    "en": (["at"], ["dot"], ["underscore"], ["dash", "hyphen"]),
    "lt": (["eta"], ["taškas"], ["apatinis brūkšnys"], ["brūkšnelis"]),
}
DOMAINS = {
    "ru": ["mail.ru", "yandex.ru", "gmail.com", "bk.ru", "inbox.ru", "rambler.ru"],
    "uk": ["ukr.net", "gmail.com", "i.ua", "meta.ua"],
    "en": [
        "gmail.com", "outlook.com", "yahoo.co.uk", "btinternet.com", "hotmail.com", "icloud.com",
    ],
    "lt": ["gmail.com", "one.lt", "inbox.lt", "yahoo.com", "takas.lt"],
}
SPOKEN_DOMAIN_PART = {
    "mail": ["мейл", "mail"],
    "yandex": ["яндекс", "yandex"],
    "gmail": ["джимейл", "gmail"],
    "ukr": ["укр", "ukr"],
    "com": ["ком", "com"],
    "ru": ["ру", "ru"],
    "net": ["нет", "net"],
    "ua": ["юа", "ua"],
    "bk": ["бэ ка", "bk"],
    "inbox": ["инбокс", "inbox"],
    "i": ["і", "i"],
    "meta": ["мета", "meta"],
    "rambler": ["рамблер"],
}
FILLERS = {
    "ru": ["э-э", "ээ", "мм", "так", "ну", "сейчас"],
    "uk": ["е-е", "ее", "ну", "зараз", "так"],
    "en": ["uh", "um", "erm", "hang on", "let me see"],
    "lt": ["ėė", "mm", "nu", "tuoj", "taip"],
}


@dataclass
class Date:
    year: int
    month: int
    day: int


class Gen:
    """Values for one exchange in one language and style. Every ``say_*`` returns the
    value's text as it appears in that style (a list of pieces where it can be split)."""

    def __init__(self, rng: random.Random, lang: str, style: str) -> None:
        self.rng, self.lang, self.style = rng, lang, style
        self.asr = style == "asr"

    # --- markup -----------------------------------------------------------------------
    @staticmethod
    def E(kind: str, text: str, key: str = "") -> str:
        """Mark text as (one piece of) an entity; pieces sharing a key form one entity."""
        assert text.strip(), kind
        return f"⟦{kind}#{key}|{text}⟧"

    def pick(self, *options):
        return self.rng.choice(options)

    def filler(self, p: float = 1.0) -> str:
        if self.asr and self.rng.random() < p:
            return self.rng.choice(FILLERS[self.lang])
        return ""

    # --- plain numbers (hard negatives) -------------------------------------------------
    def num(self, n: int, fem: bool = False) -> str:
        if not self.asr:
            return f"{n:,}".replace(",", " ") if n >= 10000 else str(n)
        return cardinal(n, self.lang, fem=fem, hyphen=self.rng.random() < 0.8)

    def digits(self, ds: str, mode: str | None = None) -> str:
        return ds if not self.asr else say_number(ds, self.lang, self.rng, mode)

    def year(self, y: int) -> str:
        """A year outside a date, English style ("twenty nineteen")."""
        if not self.asr:
            return str(y)
        head, tail = divmod(y, 100)
        return (
            f"{cardinal(head, 'en')} {cardinal(tail, 'en')}" if tail >= 10 else en_year(y, self.rng)
        )

    def num_gen(self, n: int) -> str:
        return str(n) if not self.asr else cardinal_gen(n, self.lang)

    def time_gen(self, h: int, m: int = 0) -> str:
        """A time after «с/до/после», «з/до», «nuo/iki»: genitive when spoken."""
        if not self.asr or self.lang == "en":
            return self.time(h, m)
        return cardinal_gen(h, self.lang) + (f" {cardinal_gen(m, self.lang)}" if m else "")

    def money(self, n: int, forms: tuple[str, str, str]) -> str:
        """An amount with its currency noun agreeing (рубль/рубля/рублей)."""
        fem = forms[0] in ("гривня", "гривна")
        form = (0 if n == 1 else 2) if self.lang == "en" else plural_index(n, self.lang)
        return f"{self.num(n, fem=fem)} {forms[form]}"

    def time(self, h: int, m: int) -> str:
        if not self.asr:
            return (
                f"{h}:{m:02d}"
                if self.lang != "en"
                else self.pick(
                    f"{h}:{m:02d}", f"{h % 12 or 12}:{m:02d}" + self.pick(" am", " pm", "")
                )
            )
        if self.lang == "en":
            hh = cardinal(h % 12 or 12, "en")
            if m == 0:
                return hh + self.pick(" o'clock", "")
            return hh + " " + (cardinal(m, "en") if m >= 10 else "oh " + cardinal(m, "en"))
        mm = (
            ""
            if m == 0
            else " "
            + (
                cardinal(m, self.lang)
                if m >= 10
                else ZERO[self.lang][0] + " " + cardinal(m, self.lang)
            )
        )
        return cardinal(h, self.lang) + mm

    # --- dates ------------------------------------------------------------------------
    def birth_date(self) -> Date:
        while True:
            d = Date(self.rng.randint(1948, 2006), self.rng.randint(1, 12), self.rng.randint(1, 28))
            if d.year % 100:
                return d

    def say_date(
        self, d: Date, case: str = "gen", with_year: bool = True, fmt: str | None = None
    ) -> str:
        """A date as a customer gives it; case: ru/uk "gen" («пятнадцатого марта») or
        "nom" («пятнадцатое марта»); lt always accusative day."""
        lang, rng = self.lang, self.rng
        if not self.asr:
            fmt = fmt or rng.choice(
                {
                    "ru": ["num", "num", "words", "short", "words_g"],
                    "uk": ["num", "words", "words_r", "slash"],
                    "en": ["uk", "us", "words", "words_us", "iso"],
                    "lt": ["iso", "iso", "words_lt", "dots"],
                }[lang]
            )
            m = MONTHS[lang][d.month - 1]
            if not with_year:
                return {"en": f"{d.day} {m}", "lt": f"{m} {d.day} d."}.get(lang, f"{d.day} {m}")
            return {
                "num": f"{d.day:02d}.{d.month:02d}.{d.year}",
                "short": f"{d.day:02d}.{d.month:02d}.{d.year % 100:02d}",
                "words": f"{d.day} {m} {d.year}",
                "words_g": f"{d.day} {m} {d.year} г.",
                "words_r": f"{d.day} {m} {d.year} р.",
                "slash": f"{d.day:02d}/{d.month:02d}/{d.year}",
                "uk": f"{d.day:02d}/{d.month:02d}/{d.year}",
                "us": f"{d.month:02d}/{d.day:02d}/{d.year}",
                "words_us": f"{m} {d.day}, {d.year}",
                "iso": f"{d.year}-{d.month:02d}-{d.day:02d}",
                "dots": f"{d.year}.{d.month:02d}.{d.day:02d}",
                "words_lt": f"{d.year} m. {m} {d.day} d.",
            }[fmt]
        if lang in ("ru", "uk"):
            fmt = fmt or rng.choice(["words", "words", "short", "numeric"])
            month = MONTHS[lang][d.month - 1]
            year_word = "года" if lang == "ru" else "року"
            day = ordinal(d.day, lang, case)
            if not with_year:
                return f"{day} {month}"
            if fmt == "numeric":
                return " ".join(
                    [
                        cardinal(d.day, lang),
                        group_words(f"{d.month:02d}", lang, rng),
                        rng.choice(
                            [
                                cardinal(d.year, lang),
                                cardinal(d.year % 100, lang)
                                if d.year % 100 >= 10
                                else group_words(f"{d.year % 100:02d}", lang, rng),
                            ]
                        ),
                    ]
                )
            year = year_ordinal(d.year, lang, "gen", short=fmt == "short" and d.year % 100 >= 10)
            return f"{day} {month} {year}" + rng.choice(["", f" {year_word}"])
        if lang == "lt":
            fmt = fmt or rng.choice(["full", "short", "day_first"])
            month = MONTHS["lt"][d.month - 1]
            day = ordinal(d.day, "lt", "acc") + rng.choice(["", " dieną"])
            if not with_year:
                return f"{month} {day}"
            short = fmt == "short" and d.year % 100 >= 10
            year = year_ordinal(d.year, "lt", "genpl", short=short) + " metų"
            return f"{month} {day} {year}" if fmt == "day_first" else f"{year} {month} {day}"
        fmt = fmt or rng.choice(["of", "us", "numeric"])
        month = MONTHS["en"][d.month - 1].lower()
        day = ordinal(d.day, "en", "")
        if not with_year:
            return rng.choice([f"{day} of {month}", f"{month} {day}"])
        year = en_year(d.year, rng)
        if fmt == "numeric":
            return " ".join(
                [
                    group_words(f"{d.month:02d}", "en", rng),
                    cardinal(d.day, "en"),
                    cardinal(d.year % 100, "en")
                    if d.year % 100 >= 10
                    else "oh " + cardinal(d.year % 100, "en"),
                ]
            )
        return f"{day} of {month} {year}" if fmt == "of" else f"{month} {day} {year}"

    # --- cards ------------------------------------------------------------------------
    def card(self, scheme: str | None = None) -> str:
        rng = self.rng
        scheme = scheme or rng.choice(
            ["visa", "visa", "mc", "mc", "mir", "amex", "visa19", "mir19", "visa13"]
        )
        prefix, length = {
            "visa": ("4", 16),
            "visa13": ("4", 13),
            "visa19": ("4", 19),
            "mc": (rng.choice(["51", "52", "53", "54", "55", str(rng.randint(2221, 2720))]), 16),
            "mir": (f"220{rng.randint(0, 4)}", 16),
            "mir19": (f"220{rng.randint(0, 4)}", 19),
            "amex": (rng.choice(["34", "37"]), 15),
        }[scheme]
        body = prefix + "".join(rng.choice(string.digits) for _ in range(length - 1 - len(prefix)))
        number = luhn_complete(body)
        assert luhn_ok(number) and 13 <= len(number) <= 19
        return number

    @staticmethod
    def card_sizes(number: str) -> list[int]:
        return {13: [4, 4, 5], 15: [4, 6, 5], 16: [4, 4, 4, 4], 19: [4, 4, 4, 4, 3]}[len(number)]

    def say_card(self, number: str, pieces: int = 1, sep: str | None = None) -> list[str]:
        """The card in ``pieces`` runs of whole groups (for turns split between speakers)."""
        groups = chunks(number, self.card_sizes(number))
        if self.asr:
            mode = self.pick("digits", "pairs", "number", "number", "mixed")
            said = [
                say_number(g, self.lang, self.rng, None if mode == "mixed" else mode)
                for g in groups
            ]
            sep = " "
        else:
            sep = sep if sep is not None else self.pick(" ", " ", " ", "-", "")
            said = groups
        cuts = sorted(self.rng.sample(range(1, len(groups)), pieces - 1))
        bounds = [0, *cuts, len(groups)]
        return [sep.join(said[a:b]) for a, b in itertools.pairwise(bounds)]

    def say_last4(self, number: str) -> str:
        return self.digits(number[-4:], self.pick("pairs", "digits", "number"))

    def cvv(self, number: str) -> str:
        return "".join(self.rng.choice(string.digits) for _ in range(4 if len(number) == 15 else 3))

    def say_cvv(self, cvv: str) -> str:
        return (
            cvv
            if not self.asr
            else say_number(cvv, self.lang, self.rng, self.pick("digits", "number"))
        )

    def say_expiry(self) -> str:
        mm, yy = self.rng.randint(1, 12), self.rng.randint(26, 32)
        if not self.asr:
            return self.pick(
                f"{mm:02d}/{yy}",
                f"{mm:02d}/20{yy}",
                f"{mm:02d}/{yy}",
                f"{mm:02d}.{yy}",
                f"{mm:02d} {yy}",
            )
        month = group_words(f"{mm:02d}", self.lang, self.rng)
        year = cardinal(yy, self.lang)
        slash = {"ru": "дробь", "uk": "дріб", "en": "slash", "lt": "brūkšnys"}[self.lang]
        if self.lang == "en" and self.rng.random() < 0.4:
            return f"{MONTHS['en'][mm - 1].lower()} twenty {year}"
        if self.lang == "ru" and self.rng.random() < 0.3:
            return f"{RU_MONTH_NOM[mm - 1]} {ordinal(yy, 'ru', 'gen')} года"
        return self.pick(f"{month} {year}", f"{month} {slash} {year}", f"{month} {year}")

    # --- phones -----------------------------------------------------------------------
    def _rand(self, n: int) -> str:
        return "".join(self.rng.choice(string.digits) for _ in range(n))

    def say_phone(self, kind: str = "") -> list[str]:
        """Groups of a phone number as dictated (join them, or split them across turns)."""
        lang, rng, asr = self.lang, self.rng, self.asr
        if lang == "ru":
            a, b, c, d = "9" + self._rand(2), self._rand(3), self._rand(2), self._rand(2)
            if kind == "city":
                a = self.pick("495", "499", "812", "343", "383")
            if not asr:
                return [
                    self.pick(
                        f"+7 {a} {b}-{c}-{d}",
                        f"8 ({a}) {b}-{c}-{d}",
                        f"8{a}{b}{c}{d}",
                        f"+7{a}{b}{c}{d}",
                        f"8-{a}-{b}-{c}-{d}",
                        f"+7 ({a}) {b}{c}{d}",
                    )
                ]
            head = self.pick("плюс семь", "восемь", "восемь")
            return [
                f"{head} {say_number(a, 'ru', rng, 'number')}",
                say_number(b, "ru", rng, self.pick("number", "number", "digits")),
                group_words(c, "ru", rng),
                group_words(d, "ru", rng),
            ]
        if lang == "uk":
            op = self.pick(
                "050", "066", "067", "068", "073", "093", "095", "096", "097", "098", "099", "063"
            )
            b, c, d = self._rand(3), self._rand(2), self._rand(2)
            if not asr:
                return [
                    self.pick(
                        f"+380 {op[1:]} {b} {c} {d}",
                        f"{op} {b} {c} {d}",
                        f"({op}) {b}-{c}-{d}",
                        f"{op}{b}{c}{d}",
                        f"+380{op[1:]}{b}{c}{d}",
                        f"{op}-{b}-{c}-{d}",
                    )
                ]
            head = self.pick(
                f"плюс триста вісімдесят {group_words(op[1:], 'uk', rng)}",
                group_words(op, "uk", rng),
                digit_words(op, "uk", rng),
            )
            return [
                head,
                say_number(b, "uk", rng, self.pick("number", "digits")),
                group_words(c, "uk", rng),
                group_words(d, "uk", rng),
            ]
        if lang == "lt":
            a, b = "6" + self._rand(2), self._rand(5)
            if not asr:
                return [
                    self.pick(
                        f"+370 {a} {b}",
                        f"8 {a} {b}",
                        f"8{a}{b}",
                        f"+370{a}{b}",
                        f"8-{a}-{b}",
                        f"+370 {a} {b[:2]} {b[2:]}",
                    )
                ]
            head = self.pick(
                "plius trys šimtai septyniasdešimt", "plius trys septyni nulis", "aštuoni",
                "aštuoni",
            )
            tail = self.pick(
                digit_words(b, "lt", rng),
                f"{group_words(b[:2], 'lt', rng)} {group_words(b[2:], 'lt', rng)}",
                f"{group_words(b[:3], 'lt', rng)} {group_words(b[3:], 'lt', rng)}",
            )
            return [f"{head} {say_number(a, 'lt', rng, self.pick('digits', 'number'))}", tail]
        if kind == "us" or (not kind and rng.random() < 0.3):
            a = str(rng.randint(201, 989))
            b, c = str(rng.randint(201, 989)), self._rand(4)
            if not asr:
                return [
                    self.pick(f"({a}) {b}-{c}", f"{a}-{b}-{c}", f"+1 {a} {b} {c}", f"{a}.{b}.{c}")
                ]
            return [
                digit_words(a, "en", rng),
                digit_words(b, "en", rng),
                say_number(c, "en", rng, self.pick("digits", "pairs")),
            ]
        a, b = "07" + str(rng.randint(400, 999)), self._rand(6)
        if kind == "land":
            a, b = self.pick("0161", "0113", "0131", "0117", "0121") + self._rand(1), self._rand(6)
        if not asr:
            return [
                self.pick(
                    f"{a} {b}",
                    f"+44 {a[1:]} {b}",
                    f"{a} {b[:3]} {b[3:]}",
                    f"{a}{b}",
                    f"+44 (0){a[1:]} {b}",
                )
            ]
        return [
            digit_words(a, "en", rng),
            digit_words(b[:3], "en", rng),
            digit_words(b[3:], "en", rng),
        ]

    # --- e-mail -----------------------------------------------------------------------
    def email(self, person: Person | None = None) -> tuple[str, list[str]]:
        """(address, spoken words of its parts) - parts: ('w', word) ('d', digits) ('s', sym)."""
        rng = self.rng
        if person:
            first, last = person.latin_first, person.latin_last.replace("-", "")
        else:
            first = rng.choice(
                [
                    "sunny", "kotik", "travel", "office", "ziedas", "bluefox", "mama", "info",
                    "garage",
                ]
            )
            last = rng.choice(["home", "work", "lt", "shop", "doc", "team", "box"])
        year = str(rng.randint(70, 99)) if rng.random() < 0.5 else ""
        shape = rng.choice(["f.l", "fl", "f_l", "l.f", "f", "l-f"])
        sym = {"f.l": ".", "fl": "", "f_l": "_", "l.f": ".", "f": "", "l-f": "-"}[shape]
        parts: list[tuple[str, str]] = []
        if shape == "f":
            parts = [("w", first)]
        else:
            a, b = (last, first) if shape.startswith("l") else (first, last)
            parts = [("w", a)] + ([("s", sym)] if sym else []) + [("w", b)]
        if year:
            parts.append(("d", year))
        domain = rng.choice(DOMAINS[self.lang])
        address = "".join(p for _, p in parts) + "@" + domain
        return address, [*(f"{k}:{v}" for k, v in parts), f"@:{domain}"]

    def say_email(self, person: Person | None = None) -> str:
        address, parts = self.email(person)
        assert re.fullmatch(r"[a-z0-9._-]+@[a-z0-9.]+\.[a-z]+", address), address
        if not self.asr:
            return address
        at, dot, under, dash = AT_DOT[self.lang]
        native = person is not None and self.lang in ("ru", "uk") and self.rng.random() < 0.5
        out = []
        for part in parts:
            kind, value = part.split(":", 1)
            if kind == "w":
                if native and person is not None:
                    for name in (person.first["nom"], person.last["nom"]):
                        if latin(name).replace("-", "") == value:
                            value = name.lower()
                out.append(value)
            elif kind == "d":
                out.append(say_number(value, self.lang, self.rng, "number"))
            elif kind == "s":
                out.append(self.rng.choice({".": dot, "_": under, "-": dash}[value]))
            else:
                out.append(self.rng.choice(at))
                pieces = value.split(".")
                spoken = [
                    self.rng.choice(SPOKEN_DOMAIN_PART.get(p, [p]))
                    if self.lang in ("ru", "uk")
                    else p
                    for p in pieces
                ]
                out.append(f" {self.rng.choice(dot)} ".join(spoken))
        return " ".join(out)

    # --- identity documents -------------------------------------------------------------
    def say_passport(self, kind: str) -> list[str]:
        """Pieces of a passport number: ru [series, number], others one piece. Kinds: ru,
        ru_foreign, uk_book, uk_id, lt, gen (UK/US style 9 digits)."""
        rng, asr, lang = self.rng, self.asr, self.lang
        if kind == "ru":
            series = f"{rng.randint(1, 99):02d}{rng.randint(0, 25):02d}"
            number = f"{rng.randint(100000, 999999)}"
            if not asr:
                s = self.pick(series, f"{series[:2]} {series[2:]}")
                return [s, number]
            return [
                f"{group_words(series[:2], lang, rng)} {group_words(series[2:], lang, rng)}",
                say_number(number, lang, rng, self.pick("number", "pairs", "digits")),
            ]
        if kind == "ru_foreign":
            number = f"{rng.randint(70, 77)}{rng.randint(1000000, 9999999)}"
            if not asr:
                return [self.pick(f"{number[:2]} {number[2:]}", number)]
            return [
                f"{group_words(number[:2], lang, rng)} "
                f"{say_number(number[2:], lang, rng, self.pick('number', 'digits'))}"
            ]
        if kind == "uk_book":
            letters = self.pick("КВ", "МЕ", "СН", "ТТ", "ЕР", "НК", "ВА", "АН", "ВМ", "КС")
            number = f"{rng.randint(100000, 999999)}"
            if not asr:
                return [self.pick(f"{letters} {number}", f"{letters}{number}")]
            spelled = " ".join(UK_LETTERS[c] for c in letters)
            return [f"{spelled} {say_number(number, lang, rng, self.pick('number', 'pairs'))}"]
        if kind == "uk_id":
            number = f"{rng.randint(0, 9)}{rng.randint(10000000, 99999999)}"
            if not asr:
                return [number]
            return [say_number(number, lang, rng, self.pick("number", "digits"))]
        if kind == "lt":
            number = f"{rng.randint(1, 3)}{rng.randint(1000000, 9999999)}"
            if not asr:
                return [number]
            return [say_number(number, lang, rng, self.pick("number", "digits", "pairs"))]
        number = f"{rng.randint(1, 9)}{rng.randint(10000000, 99999999)}"
        if not asr:
            return [number]
        return [say_number(number, lang, rng, self.pick("digits", "number"))]

    def inn(self) -> str:
        while True:
            body = f"{self.rng.randint(1, 99):02d}" + self._rand(8)
            w11 = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
            c11 = sum(a * int(b) for a, b in zip(w11, body, strict=True)) % 11 % 10
            w12 = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
            c12 = sum(a * int(b) for a, b in zip(w12, body + str(c11), strict=True)) % 11 % 10
            inn = f"{body}{c11}{c12}"
            assert inn_ok(inn)
            return inn

    def snils(self) -> str:
        nine = f"{self.rng.randint(2, 199):03d}" + self._rand(6)
        code = f"{nine}{snils_check(nine):02d}"
        assert snils_check(code[:9]) == int(code[9:])
        return code

    def rnokpp(self, born: Date | None = None) -> str:
        import datetime as dt

        born = born or self.birth_date()
        days = (dt.date(born.year, born.month, born.day) - dt.date(1899, 12, 31)).days
        body = f"{days:05d}{self._rand(3)}{self.rng.randint(0, 9)}"
        w = [-1, 5, 7, 9, 4, 6, 10, 5, 7]
        code = body + str(sum(a * int(b) for a, b in zip(w, body, strict=True)) % 11 % 10)
        assert rnokpp_ok(code)
        return code

    def asmens_kodas(self, born: Date | None = None, female: bool = False) -> str:
        born = born or self.birth_date()
        century = 3 if born.year < 2000 else 5
        ten = (
            f"{century + female}{born.year % 100:02d}{born.month:02d}{born.day:02d}{self._rand(3)}"
        )
        code = ten + str(asmens_kodas_check(ten))
        assert asmens_kodas_check(code[:10]) == int(code[10])
        return code

    def nino(self) -> str:
        first = self.rng.choice("ABCEGHJKLMNOPRSTWXYZ")
        second = self.rng.choice("ABCEGHJKLMNPRSTWXYZ")
        if first + second in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            second = "A"
        return f"{first}{second}{self._rand(6)}{self.rng.choice('ABCD')}"

    def ssn(self) -> str:
        area = self.rng.choice([n for n in range(1, 900) if n != 666])
        return f"{area:03d}{self.rng.randint(1, 99):02d}{self.rng.randint(1, 9999):04d}"

    def say_national(self, kind: str, value: str) -> str:
        rng, lang = self.rng, self.lang
        if not self.asr:
            if kind == "snils":
                return self.pick(
                    f"{value[:3]}-{value[3:6]}-{value[6:9]} {value[9:]}",
                    f"{value[:3]}-{value[3:6]}-{value[6:9]}-{value[9:]}",
                    value,
                )
            if kind == "nino":
                return self.pick(
                    f"{value[:2]} {value[2:4]} {value[4:6]} {value[6:8]} {value[8]}", value
                )
            if kind == "ssn":
                return self.pick(
                    f"{value[:3]}-{value[3:5]}-{value[5:]}", f"{value[:3]} {value[3:5]} {value[5:]}"
                )
            return value
        if kind == "snils":
            return " ".join(
                [
                    say_number(value[:3], lang, rng, "number"),
                    say_number(value[3:6], lang, rng, "number"),
                    say_number(value[6:9], lang, rng, "number"),
                    group_words(value[9:], lang, rng),
                ]
            )
        if kind == "nino":
            letters = " ".join(value[:2].lower())
            middle = self.pick(
                digit_words(value[2:8], "en", rng),
                " ".join(group_words(g, "en", rng) for g in chunks(value[2:8], [2, 2, 2])),
            )
            return f"{letters} {middle} {value[8].lower()}"
        if kind == "ssn":
            return " ".join(digit_words(g, "en", rng) for g in chunks(value, [3, 2, 4]))
        return say_number(value, lang, rng, self.pick("digits", "number", "pairs"))

    # --- accounts ---------------------------------------------------------------------
    def iban(self, country: str) -> str:
        rng = self.rng
        if country == "LT":
            bban = self.pick("73000", "70440", "40100", "72900", "71800") + self._rand(11)
        elif country == "UA":
            bban = (
                self.pick("305299", "300528", "322001", "351005")
                + "0000"
                + self.pick("2620", "2625", "2600")
                + self._rand(11)
            )
        elif country == "GB":
            bban = self.pick("NWBK", "BARC", "LOYD", "HBUK", "MIDL") + self._rand(6) + self._rand(8)
        elif country == "DE":
            bban = self.pick("37040044", "50010517", "10020030") + self._rand(10)
        else:
            bban = self._rand(4) + self._rand(14)
            country = "PL" if rng.random() < 0.5 else "LV"
            if country == "LV":
                bban = self.pick("HABA", "UNLA", "PARX") + self._rand(13)
            else:
                bban = self._rand(24)
        return iban_make(country, bban)

    def say_iban(self, iban: str) -> str:
        rng = self.rng
        if not self.asr:
            return self.pick(" ".join(iban[i : i + 4] for i in range(0, len(iban), 4)), iban)
        out = [self.pick(iban[:2].lower(), " ".join(iban[:2].lower()))]
        rest = iban[2:]
        letters = "".join(c for c in rest[2:6] if c.isalpha())
        if letters:
            out.append(group_words(rest[:2], self.lang, rng))
            out.append(" ".join(letters.lower()))
            rest = rest[6:]
        mode = self.pick("digits", "pairs", "fours")
        if mode == "fours":
            groups = [rest[i : i + 4] for i in range(0, len(rest), 4)]
            out += [group_words(g, self.lang, rng) for g in groups]
        else:
            out.append(say_number(rest, self.lang, rng, mode))
        return " ".join(out)

    def ref_number(self, shape: str) -> str:
        """Contract, policy or loan references: shape letters L, digits 9, others kept."""
        return "".join(
            self.rng.choice(string.ascii_uppercase)
            if c == "L"
            else self.rng.choice(string.digits)
            if c == "9"
            else c
            for c in shape
        )

    def say_ref(self, ref: str) -> str:
        """A reference read aloud: letters spelled, digit runs in groups, separators
        said or dropped."""
        if not self.asr:
            return ref
        out = []
        for run in re.findall(r"[A-ZА-Я]+|\d+|[-/]", ref):
            if run.isdigit():
                out.append(
                    say_number(run, self.lang, self.rng, self.pick("number", "pairs", "digits"))
                )
            elif run in "-/":
                word = {
                    "ru": ["дробь", "тире", ""],
                    "uk": ["дріб", "тире", ""],
                    "en": ["slash", "dash", ""],
                    "lt": ["brūkšnys", ""],
                }[self.lang]
                said = self.rng.choice(word if run == "/" else word[1:])
                if said:
                    out.append(said)
            elif self.lang == "uk" and all(c in UK_LETTERS for c in run):
                out.append(" ".join(UK_LETTERS[c] for c in run))
            else:
                out.append(" ".join(run.lower()))
        return " ".join(out)

    # --- addresses --------------------------------------------------------------------
    RU_STREETS: ClassVar[list[tuple[str, str, str]]] = [
        ("улица Садовая", "улице Садовой", "ул. Садовая"),
        ("улица Маршала Жукова", "улице Маршала Жукова", "ул. Маршала Жукова"),
        ("проспект Мира", "проспекте Мира", "пр-т Мира"),
        ("Лесной переулок", "Лесном переулке", "Лесной пер."),
        ("Никольская улица", "Никольской улице", "Никольская ул."),
        ("бульвар Рокоссовского", "бульваре Рокоссовского", "б-р Рокоссовского"),
        ("Профсоюзная улица", "Профсоюзной улице", "ул. Профсоюзная"),
        ("шоссе Энтузиастов", "шоссе Энтузиастов", "ш. Энтузиастов"),
        ("улица Чкалова", "улице Чкалова", "ул. Чкалова"),
        ("Заречная улица", "Заречной улице", "ул. Заречная"),
        ("улица Академика Павлова", "улице Академика Павлова", "ул. Академика Павлова"),
    ]
    UK_STREETS: ClassVar[list[tuple[str, str, str]]] = [
        ("вулиця Городоцька", "вулиці Городоцькій", "вул. Городоцька"),
        ("проспект Перемоги", "проспекті Перемоги", "просп. Перемоги"),
        ("вулиця Січових Стрільців", "вулиці Січових Стрільців", "вул. Січових Стрільців"),
        ("вулиця Зелена", "вулиці Зеленій", "вул. Зелена"),
        ("бульвар Лесі Українки", "бульварі Лесі Українки", "бульв. Лесі Українки"),
        ("вулиця Грушевського", "вулиці Грушевського", "вул. Грушевського"),
        ("провулок Липовий", "провулку Липовому", "пров. Липовий"),
        ("вулиця Наукова", "вулиці Науковій", "вул. Наукова"),
    ]
    LT_STREETS: ClassVar[list[tuple[str, str, str]]] = [
        ("Savanorių prospektas", "Savanorių prospekte", "Savanorių pr."),
        ("Kalvarijų gatvė", "Kalvarijų gatvėje", "Kalvarijų g."),
        ("Taikos gatvė", "Taikos gatvėje", "Taikos g."),
        ("Žirmūnų gatvė", "Žirmūnų gatvėje", "Žirmūnų g."),
        ("Vytauto gatvė", "Vytauto gatvėje", "Vytauto g."),
        ("Liepų gatvė", "Liepų gatvėje", "Liepų g."),
        ("Baltų prospektas", "Baltų prospekte", "Baltų pr."),
        ("Ozo gatvė", "Ozo gatvėje", "Ozo g."),
    ]
    EN_STREETS: ClassVar[list[str]] = [
        "Elm Grove", "Harcourt Road", "Queen's Park Terrace", "Maple Avenue", "Chapel Lane",
        "Westbourne Street", "Kingsley Close", "Mill Hill Drive", "Oakfield Crescent",
    ]

    def say_address(self, case: str = "nom") -> str:
        """Street, house and usually a flat. ru/uk/lt case "loc" gives the form after
        на/у/в (the preposition itself is not part of the address)."""
        rng, lang, asr = self.rng, self.lang, self.asr
        house = rng.choice([rng.randint(1, 30), rng.randint(1, 150)])
        flat = rng.randint(1, 240) if rng.random() < 0.7 else 0
        if lang == "en":
            street = rng.choice(self.EN_STREETS)
            if not asr:
                house_t = f"{house}{self.pick('', '', 'A', 'B')}"
                return self.pick(
                    f"{house_t} {street}" + (f", Flat {flat}" if flat else ""),
                    (f"Flat {flat}, " if flat else "") + f"{house_t} {street}",
                    f"{house_t} {street}" + (f", Apt {flat}" if flat else ""),
                )
            street = street.lower().replace("'", self.pick("'", ""))
            h = say_number(str(house), "en", rng, "number")
            return (f"flat {cardinal(flat, 'en')} " if flat else "") + f"{h} {street}"
        streets = {"ru": self.RU_STREETS, "uk": self.UK_STREETS, "lt": self.LT_STREETS}[lang]
        nom, loc, short = rng.choice(streets)
        street = loc if case == "loc" else nom
        if lang == "lt":
            if not asr:
                if case == "loc":
                    return f"{street} {house}" + (f", bute {flat}" if flat else "")
                return self.pick(
                    f"{short} {house}" + (f"-{flat}" if flat else ""),
                    f"{short} {house}" + (f", butas {flat}" if flat else ""),
                    f"{street} {house}" + (f"-{flat}" if flat else ""),
                )
            flat_w = ("bute " if case == "loc" else "butas ") + cardinal(flat, "lt")
            return f"{street} {cardinal(house, 'lt')}" + (f" {flat_w}" if flat else "")
        home, apt = {"ru": ("дом", "квартира"), "uk": ("будинок", "квартира")}[lang]
        if not asr:
            korp = self.pick("", "", f", корп. {rng.randint(1, 4)}") if lang == "ru" else ""
            flat_t = {"ru": "кв.", "uk": "кв."}[lang]
            street_t = street if case == "loc" else self.pick(short, nom)
            return self.pick(
                f"{street_t}, {'д.' if lang == 'ru' else 'буд.'} {house}{korp}"
                + (f", {flat_t} {flat}" if flat else ""),
                f"{street_t}, {house}" + (f", {flat_t} {flat}" if flat else ""),
                f"{street_t} {house}" + (f"-{flat}" if flat else ""),
            )
        parts = [street.lower()]
        parts.append(self.pick(f"{home} {cardinal(house, lang)}", cardinal(house, lang)))
        if lang == "ru" and rng.random() < 0.2:
            parts.append(f"корпус {cardinal(rng.randint(1, 4), 'ru')}")
        if flat:
            parts.append(f"{apt} {cardinal(flat, lang)}")
        return " ".join(parts)


# ---------------------------------------------------------------------------------------
# Building a record: markers -> text, character spans and word ranges
# ---------------------------------------------------------------------------------------

MARK = re.compile(r"⟦([A-Z_]+)#(\w*)\|(.*?)⟧", re.S)
ASR_PUNCT = re.compile(r"[,.?!:;«»\"“”„()…/№]|(?<!\w)[-–—]+|[-–—]+(?!\w)")
ENTITY_TYPES = (
    "CARD", "CVV", "EXPIRY", "PHONE", "EMAIL", "PASSPORT", "NATIONAL_ID", "DOB", "ACCOUNT",
    "ADDRESS", "PERSON",
)


def asr_clean(text: str) -> str:
    return ASR_PUNCT.sub(" ", text.replace("’", "'").lower())


def build(turns: list[tuple[str, str]], style: str, uid: int) -> tuple[list[dict], list[dict]]:
    """Turn (role, marked text) pairs into turns and entities with char and word spans."""
    out_turns: list[dict] = []
    entities: dict[str, dict] = {}
    for t, (role, marked) in enumerate(turns):
        assert role in ("agent", "customer"), role
        segments: list[tuple[str, str | None]] = []
        pos = 0
        for m in MARK.finditer(marked):
            segments.append((marked[pos : m.start()], None))
            key = (
                f"{m.group(1)}#{m.group(2)}"
                if m.group(2)
                else f"{m.group(1)}@{uid}:{t}:{m.start()}"
            )
            segments.append((m.group(3), key))
            pos = m.end()
        segments.append((marked[pos:], None))
        assert "⟦" not in "".join(s for s, _ in segments), marked
        if style == "asr":
            segments = [(asr_clean(s), k) for s, k in segments]
        else:  # "г." before "." reads as one full stop
            segments = [
                (
                    s[1:]
                    if k is None and i and s.startswith(".") and segments[i - 1][0].endswith(".")
                    else s,
                    k,
                )
                for i, (s, k) in enumerate(segments)
            ]
            segments = [(s.replace("..", ".") if k is None else s, k) for s, k in segments]
        raw, spans = "", []
        for s, k in segments:
            if k is not None:
                lead = len(s) - len(s.lstrip())
                spans.append((k, len(raw) + lead, len(raw) + len(s.rstrip()), s.strip()))
            raw += s
        # collapse whitespace, keeping a map from raw offsets to final ones
        text, new_at, prev_space = [], {}, True
        for i, ch in enumerate(raw):
            new_at[i] = len(text)
            if ch.isspace():
                if not prev_space:
                    text.append(" ")
                prev_space = True
            else:
                text.append(ch)
                prev_space = False
        new_at[len(raw)] = len(text)
        final = "".join(text).rstrip()
        words = [(m.start(), m.end()) for m in re.finditer(r"\S+", final)]
        for key, a, b, intended in spans:
            a, b = new_at[a], new_at[b]
            value = final[a:b]
            assert " ".join(value.split()) == " ".join(intended.split()), (value, intended)
            inside = [i for i, (ws, we) in enumerate(words) if ws < b and we > a]
            assert inside, (final, value)
            first, last = words[inside[0]], words[inside[-1]]
            # a word may stick out of a span only by punctuation ("14," "(912)")
            assert not re.search(r"\w", final[first[0] : a]), (final, value)
            assert not re.search(r"\w", final[b : last[1]]), (final, value)
            entity = entities.setdefault(
                key,
                {"type": key.split("#")[0].split("@")[0], "pieces": [], "chars": [], "text": []},
            )
            entity["pieces"].append([t, inside[0], inside[-1] + 1])
            entity["chars"].append([t, a, b])
            entity["text"].append(value)
        if style == "asr":
            assert not re.search(r"[0-9A-ZА-ЯЁІЇЄҐĄČĘĖĮŠŲŪŽ]", final), final
        out_turns.append({"role": role, "text": final})
    ents = sorted(entities.values(), key=lambda e: (e["pieces"][0][0], e["pieces"][0][1]))
    cells: dict[tuple[int, int], str] = {}
    for n, e in enumerate(ents):
        assert e["type"] in ENTITY_TYPES, e
        for t, s, end in e["pieces"]:
            for i in range(s, end):
                assert (t, i) not in cells, ("overlap", e, cells[(t, i)])
                cells[(t, i)] = str(n)
    return out_turns, ents


Template = Callable[[Gen], list[tuple[str, str]]]


@dataclass
class Spec:
    name: str
    lang: str
    fn: Template
    tags: tuple[str, ...] = ()
    styles: tuple[str, ...] = ("written", "asr")


TEMPLATES: dict[str, list[Spec]] = {"ru": [], "uk": [], "en": [], "lt": []}


def template(lang: str, *tags: str, styles: tuple[str, ...] = ("written", "asr")):
    def register(fn: Template) -> Template:
        TEMPLATES[lang].append(Spec(fn.__name__, lang, fn, tags, styles))
        return fn

    return register


A, C = "agent", "customer"


# ---------------------------------------------------------------------------------------
# Russian
# ---------------------------------------------------------------------------------------
RUB = ("рубль", "рубля", "рублей")
RU_AGENT_NAMES = ["Ксения", "Артём", "Дарина", "Святослав", "Милена", "Филипп"]


@template("ru", "card")
def ru_card_pay(g: Gen):
    E, card = g.E, g.card()
    return [
        (A, "Как будете оплачивать продление — картой или по счёту?"),
        (C, f"Картой. {g.filler()} Номер {E('CARD', g.say_card(card)[0])}"),
        (A, "Принято. Срок действия?"),
        (C, f"{E('EXPIRY', g.say_expiry())}"),
    ]


@template("ru", "card", "split")
def ru_card_split_turns(g: Gen):
    E, card = g.E, g.card()
    a, b = g.say_card(card, 2)
    return [
        (C, f"Пишите номер карты: {E('CARD', a, 'c')}"),
        (A, g.pick("Так, записала, дальше.", "Угу.", "Да-да, слушаю.")),
        (C, f"{E('CARD', b, 'c')} — всё."),
    ]


@template("ru", "card", "split", "readback")
def ru_card_readback(g: Gen):
    E, card = g.E, g.card()
    a, b, c = g.say_card(card, 3)
    back = g.say_card(card)[0]
    return [
        (C, f"Номер {E('CARD', a, 'c')}, {g.filler()} {E('CARD', b, 'c')}"),
        (C, f"и {E('CARD', c, 'c')}."),
        (A, f"Проверяю: {E('CARD', back)}. Верно?"),
        (C, "Да, всё так."),
    ]


@template("ru", "card", "negative")
def ru_last4_then_full(g: Gen):
    E, old, new = g.E, g.card(), g.card()
    return [
        (A, f"Списание прошло с карты, оканчивающейся на {g.say_last4(old)}. Это ваша?"),
        (
            C,
            f"Она заблокирована уже. Спишите с новой, {E('CARD', g.say_card(new)[0])}, "
            f"срок до {E('EXPIRY', g.say_expiry())}.",
        ),
    ]


@template("ru", "negative")
def ru_last4_only(g: Gen):
    amount = g.rng.choice([1290, 4500, 17850, 349, 76000])
    return [
        (
            C,
            f"У меня два раза списали {g.money(amount, RUB)}, карта на последние цифры "
            f"{g.say_last4(g.card())}.",
        ),
        (
            A,
            f"Вижу два списания от "
            f"{g.say_date(Date(2026, 11, g.rng.randint(1, 28)), 'gen', with_year=False)}. "
            f"Второе вернём в течение {g.num_gen(5)} рабочих дней.",
        ),
    ]


@template("ru", "card", "restart")
def ru_card_restart(g: Gen):
    E, card = g.E, g.card("visa")
    a = g.say_card(card, 2)[0]
    full = g.say_card(card)[0]
    return [
        (C, f"Карта {E('CARD', a, 'c')}… ой, нет, подождите, сначала. {E('CARD', full, 'c')}"),
        (A, "Спасибо, и три цифры с оборота, пожалуйста."),
    ]


@template("ru", "card", "cvv")
def ru_card_cvv(g: Gen):
    E, card = g.E, g.card()
    return [
        (A, "Продиктуйте номер карты, срок и код на обороте."),
        (
            C,
            f"{E('CARD', g.say_card(card)[0])}, срок {E('EXPIRY', g.say_expiry())}, "
            f"код {E('CVV', g.say_cvv(g.cvv(card)))}",
        ),
    ]


@template("ru", "cvv", "expiry")
def ru_cvv_separate(g: Gen):
    E, card = g.E, g.card()
    return [
        (A, "Для подтверждения оплаты нужен CVC-код с обратной стороны карты."),
        (C, f"{g.filler()} {E('CVV', g.say_cvv(g.cvv(card)))}"),
        (A, "И месяц с годом, до которых действует карта?"),
        (C, f"До {E('EXPIRY', g.say_expiry())}, кажется."),
    ]


@template("ru", "phone")
def ru_phone_callback(g: Gen):
    E = g.E
    phone = " ".join(g.say_phone())
    return [
        (C, f"Перезвоните мне на {E('PHONE', phone)}, я сейчас за рулём."),
        (A, f"Хорошо, наберём в течение {g.num_gen(15)} минут."),
    ]


@template("ru", "phone", "split")
def ru_phone_split(g: Gen):
    E = g.E
    p = g.say_phone()
    if len(p) == 1:
        return [(A, "Новый номер для связи?"), (C, f"Записывайте: {E('PHONE', p[0])}")]
    return [
        (A, "Какой номер указать для связи?"),
        (C, f"{E('PHONE', ' '.join(p[:2]), 'p')}"),
        (A, "Так…"),
        (C, f"{E('PHONE', ' '.join(p[2:]), 'p')}"),
    ]


@template("ru", "phone", "negative")
def ru_phone_work_hours(g: Gen):
    E = g.E
    return [
        (
            C,
            f"Рабочий телефон {E('PHONE', ' '.join(g.say_phone('city')))}, звоните "
            f"с {g.time_gen(9)} до {g.time_gen(18, 30)}, добавочный не нужен.",
        ),
        (A, "Записал. Перезвоним завтра до обеда."),
    ]


@template("ru", "phone", "readback")
def ru_phone_readback(g: Gen):
    E = g.E
    return [
        (C, f"Мой мобильный {E('PHONE', ' '.join(g.say_phone()))}"),
        (A, f"Повторю: {E('PHONE', ' '.join(g.say_phone()))}?"),
        (C, "Нет, не тот, последние цифры другие. Давайте лучше на почту."),
    ]


@template("ru", "email")
def ru_email(g: Gen):
    E, p = g.E, make_person(g.rng, "ru")
    return [
        (A, "Куда отправить договор?"),
        (C, f"На почту {E('EMAIL', g.say_email(p))}"),
        (A, "Отправила, проверьте папку «Спам»."),
    ]


@template("ru", "email", "person")
def ru_email_named(g: Gen):
    E, p = g.E, make_person(g.rng, "ru", female=False)
    return [
        (
            C,
            f"Меня зовут {E('PERSON', p.name('nom', 'fl'))}, я писал вам с адреса "
            f"{E('EMAIL', g.say_email(p))}, ответа нет уже неделю.",
        )
    ]


@template("ru", "passport")
def ru_passport_series(g: Gen):
    E = g.E
    s, n = g.say_passport("ru")
    return [
        (A, "Назовите серию и номер паспорта."),
        (C, f"Серия {E('PASSPORT', s, 'p')}, номер {E('PASSPORT', n, 'p')}"),
    ]


@template("ru", "passport", "negative")
def ru_passport_issued(g: Gen):
    E = g.E
    s, n = g.say_passport("ru")
    issued = Date(g.rng.randint(2005, 2024), g.rng.randint(1, 12), g.rng.randint(1, 28))
    return [
        (
            C,
            f"Паспорт {E('PASSPORT', f'{s} {n}')}, выдан {g.say_date(issued, 'gen')}, "
            f"код подразделения {g.digits(str(g.rng.randint(100, 999)))}"
            f"{' ' if g.asr else '-'}{g.digits(str(g.rng.randint(100, 999)))}.",
        ),
        (A, "Спасибо, данные совпадают."),
    ]


@template("ru", "passport")
def ru_foreign_passport(g: Gen):
    E = g.E
    return [
        (
            C,
            f"Загранпаспорт новый, номер {E('PASSPORT', g.say_passport('ru_foreign')[0])}, "
            "билеты оформляли на старый.",
        ),
        (A, "Поняла, перевыпустим бронь."),
    ]


@template("ru", "national_id")
def ru_inn(g: Gen):
    E = g.E
    return [
        (A, "Для налогового вычета понадобится ваш ИНН."),
        (C, f"{g.filler()} {E('NATIONAL_ID', g.say_national('inn', g.inn()))}"),
    ]


@template("ru", "national_id")
def ru_snils(g: Gen):
    E = g.E
    return [
        (
            C,
            f"СНИЛС {E('NATIONAL_ID', g.say_national('snils', g.snils()))}, "
            "а справку я уже загрузил в личный кабинет.",
        ),
        (A, "Вижу, спасибо."),
    ]


@template("ru", "dob")
def ru_dob_question(g: Gen):
    E = g.E
    return [
        (A, "Для идентификации назовите дату рождения."),
        (C, f"{E('DOB', g.say_date(g.birth_date(), 'nom'))}"),
    ]


@template("ru", "dob", "person")
def ru_dob_born(g: Gen):
    E, p = g.E, make_person(g.rng, "ru", female=True)
    return [
        (
            C,
            f"Полис оформлен на маму, {E('PERSON', p.name('acc', 'fp'))}. "
            f"Она родилась {E('DOB', g.say_date(g.birth_date(), 'gen'))}.",
        ),
        (A, "Хорошо, а вы кем ей приходитесь?"), (C, "Дочь."),
    ]


@template("ru", "dob", "negative")
def ru_appointment_then_dob(g: Gen):
    E = g.E
    visit = Date(2026, g.rng.randint(1, 12), g.rng.randint(1, 28))
    return [
        (
            A,
            f"Записала вас к терапевту на {g.say_date(visit, 'nom', with_year=False)} "
            f"в {g.time(g.rng.randint(8, 17), g.pick(0, 15, 30, 45))}. "
            "Подтвердите дату рождения.",
        ),
        (C, f"{g.filler()} {E('DOB', g.say_date(g.birth_date(), 'nom'))}"),
    ]


@template("ru", "account")
def ru_account_20(g: Gen):
    E = g.E
    account = "40817810" + g._rand(12)
    return [
        (A, "На какой счёт вернуть деньги?"),
        (C, f"Счёт {E('ACCOUNT', g.say_ref(account))}, банк тот же."),
    ]


@template("ru", "account")
def ru_loan_contract(g: Gen):
    E = g.E
    ref = g.ref_number(g.pick("99-9999999", "9999-99/99", "999999999999"))
    return [
        (C, f"Хочу досрочно погасить кредит, договор номер {E('ACCOUNT', g.say_ref(ref))}."),
        (A, f"Сумма к погашению — {g.money(g.rng.randint(20000, 900000), RUB)}."),
    ]


@template("ru", "account")
def ru_osago(g: Gen):
    E = g.E
    ref = g.pick("ХХХ", "ТТТ", "ААС") + " " + g._rand(10)
    return [
        (A, "Номер полиса ОСАГО, пожалуйста."),
        (C, f"{E('ACCOUNT', g.say_ref(ref))}"),
        (A, "Нашла, полис действует до конца года."),
    ]


@template("ru", "account")
def ru_iban_lt(g: Gen):
    E = g.E
    return [
        (C, "Я живу в Вильнюсе, переведите возврат на литовский счёт."),
        (C, f"IBAN {E('ACCOUNT', g.say_iban(g.iban('LT')))}"),
        (A, f"Комиссия составит {g.num(2)} процента."),
    ]


@template("ru", "address")
def ru_address_delivery(g: Gen):
    E = g.E
    return [
        (A, "Адрес доставки?"),
        (C, f"{E('ADDRESS', g.say_address())}, домофон не работает, позвоните."),
    ]


@template("ru", "address", "person")
def ru_address_living(g: Gen):
    E, p = g.E, make_person(g.rng, "ru", female=False)
    return [
        (
            C,
            f"Счёт выставлен на {E('PERSON', p.name('acc', 'lf'))}, а он здесь давно "
            f"не живёт. Я собственник, живу на {E('ADDRESS', g.say_address('loc'))}.",
        )
    ]


@template("ru", "person")
def ru_name_intro(g: Gen):
    E, p = g.E, make_person(g.rng, "ru")
    return [
        (
            A,
            f"Служба поддержки «Северной энергосбытовой», меня зовут "
            f"{g.rng.choice(RU_AGENT_NAMES)}. Как к вам обращаться?",
        ),
        (C, f"{E('PERSON', p.name('nom', 'fp'))}."),
        (A, f"{E('PERSON', p.name('nom', 'fp'))}, слушаю вас."),
    ]


@template("ru", "person")
def ru_name_no_cue(g: Gen):
    E, p = g.E, make_person(g.rng, "ru")
    return [
        (A, "С кем я говорю?"),
        (C, f"{E('PERSON', p.name('nom', 'lfp'))}, я владелец счёта."),
        (A, "Спасибо."),
    ]


@template("ru", "person")
def ru_third_party(g: Gen):
    E, p, q = g.E, make_person(g.rng, "ru", female=True), make_person(g.rng, "ru", False)
    return [
        (C, f"Хочу оформить доверенность на жену, {E('PERSON', p.name('acc', 'lfp'))}."),
        (A, f"А сами вы — {E('PERSON', q.name('nom', 'lfp'))}?"),
        (C, "Да."),
    ]


@template("ru", "person")
def ru_third_party_dat(g: Gen):
    E, p = g.E, make_person(g.rng, "ru", female=False)
    return [
        (
            C,
            f"Передайте, пожалуйста, {E('PERSON', p.name('dat', 'fl'))}, что документы "
            f"готовы, он звонил вчера с {g.time_gen(14)} до {g.time_gen(15)}.",
        ),
        (A, "Передам."),
    ]


@template("ru", "person")
def ru_name_word_positive(g: Gen):
    E = g.E
    first = g.pick("Вера", "Надежда", "Любовь")
    last = ru_surname(g.rng.choice(RU_SURNAMES), True)["nom"]
    return [
        (A, "Представьтесь, пожалуйста."),
        (C, f"{g.filler()} {E('PERSON', f'{first} {last}')}. Звоню по заявке мужа."),
    ]


@template("ru", "person", "negative")
def ru_agent_name_only(g: Gen):
    agent = g.rng.choice(RU_AGENT_NAMES)
    return [
        (A, f"Добрый день, компания «Домовой», {agent}, чем помочь?"),
        (C, f"Спасибо, {agent}. Хочу узнать, когда придёт мастер."),
        (
            A,
            f"Мастер будет {g.say_date(Date(2026, 12, g.rng.randint(1, 28)), 'gen', False)}"
            f" с {g.time_gen(10)} до {g.time_gen(14)}.",
        ),
    ]


@template("ru", "negative")
def ru_words_not_names(g: Gen):
    return [
        (C, "Честно, надежды на вас уже никакой, вера в ваш сервис пропала."),
        (A, "Понимаю. Любовь клиентов для нас важна, давайте разберёмся."),
        (C, f"Третий раз за {g.num(2, fem=True)} недели звоню, а слава у вас всё хорошая."),
    ]


@template("ru", "negative")
def ru_companies_streets(g: Gen):
    return [
        (
            C,
            "Перевожу с Тинькофф на Альфу, а деньги висят. В отделении на улице Пушкина "
            "сказали звонить вам.",
        ),
        (A, "Отделение на Пушкина — это наш партнёр «Михайловский», он только принимает наличные."),
        (C, f"А на проспекте Мира отделение работает до {g.time_gen(20)}?"),
    ]


@template("ru", "negative")
def ru_money_big(g: Gen):
    a = g.rng.choice([125400, 1250000, 348900, 2750000])
    b = g.rng.choice([3200, 15750, 48000])
    return [
        (C, f"Мне начислили {g.money(a, RUB)}, а должно быть {g.num(b)}."),
        (A, f"Вижу, перерасчёт сделаем за {g.num(10)} дней, пени — {g.num(0)}."),
    ]


@template("ru", "negative")
def ru_tariff(g: Gen):
    speed = g.rng.choice([100, 300, 500, 1000])
    return [
        (
            A,
            f"Предлагаю тариф «Домашний {g.num(speed)}»: скорость {g.num(speed)} Мбит, "
            f"{g.money(g.rng.choice([590, 750, 990, 1200]), RUB)} в месяц.",
        ),
        (C, f"А на «Старте {g.num(50)}» я сколько плачу?"),
        (A, f"{g.money(g.rng.choice([390, 450, 521]), RUB)}, скидка {g.num(20)} процентов."),
    ]


@template("ru", "negative")
def ru_ivr_menu(g: Gen):
    return [
        (
            A,
            f"Чтобы узнать баланс, нажмите {g.num(1)}. Для связи с оператором "
            f"нажмите {g.num(0)}. Для повтора меню — {g.num(9)}.",
        ),
        (C, f"{g.filler()} Ноль. Ноль! Оператора."),
    ]


@template("ru", "negative")
def ru_order_items(g: Gen):
    return [
        (
            C,
            f"Заказ номер {g.digits(str(g.rng.randint(10000, 99999)))}, там было "
            f"{g.num(3)} позиции, пришло {g.num(2, fem=True)}.",
        ),
        (
            A,
            f"Недостающий товар привезём "
            f"{g.say_date(Date(2026, 12, g.rng.randint(1, 28)), 'gen', False)} "
            f"с {g.time_gen(9)} до {g.time_gen(13)}.",
        ),
    ]


@template("ru", "negative")
def ru_model_years(g: Gen):
    year = g.rng.randint(2009, 2021)
    return [
        (
            C,
            f"Роутер Keenetic Giga, модель {g.digits(str(g.rng.randint(1010, 1812)))}, "
            f"{g.num(year) if not g.asr else year_ordinal(year, 'ru', 'gen')} года выпуска, "
            "с тех пор и пользуюсь.",
        ),
        (A, f"Прошивку обновите до версии {g.num(4)}, потом перезагрузите на {g.num(30)} секунд."),
    ]


@template("ru", "negative")
def ru_percent_floor(g: Gen):
    return [
        (
            C,
            f"Ставка была {g.num(12)} процентов, стала {g.num(19)}. Я вам "
            f"{g.num(g.rng.randint(5, 9))} лет плачу, а вы так.",
        ),
        (
            A,
            f"Повышение с {g.say_date(Date(2026, 1, 1), 'gen', False)} для всех вкладов "
            f"до {g.money(g.rng.choice([300000, 500000, 1400000]), RUB)}.",
        ),
    ]


@template("ru", "dob", "national_id", "passport", "person")
def ru_full_verification(g: Gen):
    E, p = g.E, make_person(g.rng, "ru")
    s, n = g.say_passport("ru")
    return [
        (A, "Для смены номера телефона назовите ФИО, дату рождения и паспорт."),
        (
            C,
            f"{E('PERSON', p.name('nom', 'lfp'))}, "
            f"{E('DOB', g.say_date(g.birth_date(), 'nom'))}, "
            f"паспорт {E('PASSPORT', s, 'p')} {g.filler()} {E('PASSPORT', n, 'p')}",
        ),
        (A, "Спасибо, всё совпало."),
    ]


@template("ru", "phone", "email", "negative")
def ru_contacts_and_numbers(g: Gen):
    E = g.E
    return [
        (
            C,
            f"Почта {E('EMAIL', g.say_email())}, телефон "
            f"{E('PHONE', ' '.join(g.say_phone()))}. Звонить после {g.time_gen(19)}.",
        ),
        (A, f"Принято. Заявка номер {g.digits(str(g.rng.randint(1000, 9999)))} создана."),
    ]


@template("ru", "address", "split")
def ru_address_split(g: Gen):
    E = g.E
    nom, _, short = g.rng.choice(Gen.RU_STREETS)
    house, flat = g.rng.randint(1, 99), g.rng.randint(1, 300)
    street = nom if g.asr else g.pick(nom, short)
    return [
        (A, "Куда направить мастера?"),
        (C, f"{E('ADDRESS', street, 'a')}, {g.filler()}"),
        (A, "Дом?"),
        (
            C,
            E("ADDRESS", f"{g.num(house)}, кв. {g.num(flat)}" if not g.asr
              else f"{g.num(house)} квартира {g.num(flat)}", "a"),
        ),
    ]


@template("ru", "address", "person")
def ru_registered_address(g: Gen):
    E, p = g.E, make_person(g.rng, "ru", female=False)
    return [
        (
            C,
            f"Сын, {E('PERSON', p.name('nom', 'fl'))}, прописан по адресу "
            f"{E('ADDRESS', g.say_address())}, а живёт со мной.",
        ),
        (A, "Квитанции будут приходить на адрес прописки."),
    ]


@template("ru", "person")
def ru_person_instrumental(g: Gen):
    E, p = g.E, make_person(g.rng, "ru", female=False)
    return [
        (
            C,
            f"Я уже договаривался с вашим юристом, и с {E('PERSON', p.name('ins', 'lf'))} "
            "тоже говорил, он собственник соседней квартиры.",
        ),
        (A, "Хорошо, внесу в заявку."),
    ]


@template("ru", "national_id", "negative")
def ru_inn_snils_meter(g: Gen):
    E = g.E
    return [
        (
            C,
            f"Показания счётчика: день {g.digits(g._rand(5), 'digits')}, ночь "
            f"{g.digits(g._rand(5), 'digits')}. И поменяйте СНИЛС в карточке, там старый.",
        ),
        (A, "Назовите новый."),
        (
            C,
            f"{E('NATIONAL_ID', g.say_national('snils', g.snils()))}, а ИНН "
            f"{E('NATIONAL_ID', g.say_national('inn', g.inn()))}",
        ),
    ]


@template("ru", "negative")
def ru_delivery_window(g: Gen):
    d = Date(2026, g.rng.randint(1, 12), g.rng.randint(1, 28))
    return [
        (
            A,
            f"Доставка {g.say_date(d, 'gen', False)}, окно с {g.time_gen(12)} до "
            f"{g.time_gen(16)}, курьер позвонит за {g.num(30)} минут.",
        ),
        (
            C,
            f"А можно {g.say_date(Date(2026, d.month, d.day + 1), 'gen', False)} утром? "
            f"Мне к {g.num(8)} на работу.",
        ),
        (A, f"Утром только {g.num(2)} слота, оплата {g.money(490, RUB)}."),
    ]


# ---------------------------------------------------------------------------------------
# Ukrainian
# ---------------------------------------------------------------------------------------
UAH = ("гривня", "гривні", "гривень")
UK_AGENT_NAMES = ["Злата", "Ярослав", "Вероніка", "Орися", "Данило"]
UK_AGENT_VOC = {
    "Злата": "Злато",
    "Ярослав": "Ярославе",
    "Вероніка": "Вероніко",
    "Орися": "Орисю",
    "Данило": "Даниле",
}


@template("uk", "card")
def uk_card_topup(g: Gen):
    E, card = g.E, g.card(g.pick("visa", "mc", "visa19"))
    return [
        (A, "Поповнення з якої картки робимо?"),
        (
            C,
            f"{g.filler()} З картки {E('CARD', g.say_card(card)[0])}, "
            f"термін дії {E('EXPIRY', g.say_expiry())}",
        ),
        (A, f"Сума — {g.money(g.rng.choice([150, 300, 1200]), UAH)}?"),
        (C, "Так."),
    ]


@template("uk", "card", "split", "readback")
def uk_card_split_readback(g: Gen):
    E, card = g.E, g.card()
    a, b = g.say_card(card, 2)
    return [
        (C, f"Номер картки {E('CARD', a, 'c')}"),
        (A, "Так, далі."),
        (C, f"{E('CARD', b, 'c')}"),
        (A, f"Перевіряю: {E('CARD', g.say_card(card)[0])}, правильно?"),
    ]


@template("uk", "card", "negative")
def uk_card_ending(g: Gen):
    E, old, new = g.E, g.card(), g.card()
    return [
        (C, f"Старою карткою, що закінчується на {g.say_last4(old)}, я вже не користуюсь."),
        (A, "Добре, тоді назвіть нову повністю."),
        (C, f"{E('CARD', g.say_card(new)[0])}, а CVV {E('CVV', g.say_cvv(g.cvv(new)))}"),
    ]


@template("uk", "negative")
def uk_last_digits_only(g: Gen):
    return [
        (
            C,
            f"Останні чотири цифри картки {g.say_last4(g.card())}, з неї двічі зняли "
            f"{g.money(g.rng.choice([249, 1850, 12400]), UAH)}.",
        ),
        (A, f"Бачу. Кошти повернуться протягом {g.num_gen(3)} днів."),
    ]


@template("uk", "card", "cvv", "expiry")
def uk_card_full(g: Gen):
    E, card = g.E, g.card()
    return [
        (A, "Продиктуйте, будь ласка, номер картки, термін дії і три цифри на звороті."),
        (C, f"{E('CARD', g.say_card(card)[0])}"),
        (C, f"{E('EXPIRY', g.say_expiry())}, {g.filler()} {E('CVV', g.say_cvv(g.cvv(card)))}"),
    ]


@template("uk", "phone")
def uk_phone(g: Gen):
    E = g.E
    return [
        (A, "Залиште номер, ми передзвонимо."),
        (C, f"{E('PHONE', ' '.join(g.say_phone()))}, після {g.time_gen(18)} краще не дзвонити."),
    ]


@template("uk", "phone", "split")
def uk_phone_split(g: Gen):
    E = g.E
    p = g.say_phone()
    if len(p) == 1:
        return [(C, f"Мій новий номер {E('PHONE', p[0])}, старий не активний.")]
    return [
        (C, f"Записуйте: {E('PHONE', ' '.join(p[:2]), 'p')}"),
        (A, "Ага."),
        (C, f"{E('PHONE', ' '.join(p[2:]), 'p')}, це Київстар."),
    ]


@template("uk", "email")
def uk_email(g: Gen):
    E, p = g.E, make_person(g.rng, "uk")
    return [
        (A, "На яку пошту надіслати рахунок?"),
        (C, f"{E('EMAIL', g.say_email(p))}"),
        (A, "Надіслала."),
    ]


@template("uk", "email", "phone")
def uk_contacts(g: Gen):
    E = g.E
    return [
        (
            C,
            f"Моя пошта {E('EMAIL', g.say_email())}, а телефон той самий, "
            f"{E('PHONE', ' '.join(g.say_phone()))}.",
        )
    ]


@template("uk", "passport")
def uk_passport_book(g: Gen):
    E = g.E
    return [
        (A, "Серія та номер паспорта?"),
        (C, f"У мене ще книжечка, {E('PASSPORT', g.say_passport('uk_book')[0])}"),
    ]


@template("uk", "passport")
def uk_id_card(g: Gen):
    E = g.E
    return [
        (
            C,
            f"Паспорт у формі ID-картки, номер {E('PASSPORT', g.say_passport('uk_id')[0])}, "
            f"дійсний до {'2030' if not g.asr else year_ordinal(2030, 'uk', 'gen')} року.",
        ),
        (A, "Дякую, записала."),
    ]


@template("uk", "national_id")
def uk_rnokpp(g: Gen):
    E = g.E
    return [
        (A, "Потрібен ваш РНОКПП, тобто ідентифікаційний код."),
        (C, f"{g.filler()} {E('NATIONAL_ID', g.say_national('rnokpp', g.rnokpp()))}"),
    ]


@template("uk", "national_id", "person")
def uk_ipn_named(g: Gen):
    E, p = g.E, make_person(g.rng, "uk")
    return [
        (
            C,
            f"Податковий номер {E('NATIONAL_ID', g.say_national('rnokpp', g.rnokpp()))}, "
            f"договір на {E('PERSON', p.name('acc', 'lfp'))}.",
        )
    ]


@template("uk", "dob")
def uk_dob(g: Gen):
    E = g.E
    return [
        (A, "Вашу дату народження, будь ласка."),
        (C, f"{E('DOB', g.say_date(g.birth_date(), 'nom'))}"),
    ]


@template("uk", "dob", "negative")
def uk_dob_visit(g: Gen):
    E = g.E
    visit = Date(2026, g.rng.randint(1, 12), g.rng.randint(1, 28))
    return [
        (
            A,
            f"Записую вас на {g.say_date(visit, 'nom', False)}, час — "
            f"{g.time(g.rng.randint(8, 17), g.pick(0, 30))}.",
        ),
        (
            C,
            f"Добре. Я народився {E('DOB', g.say_date(g.birth_date(), 'gen'))}, якщо "
            "треба для картки.",
        ),
    ]


@template("uk", "account")
def uk_iban(g: Gen):
    E = g.E
    return [
        (C, f"Поверніть кошти на рахунок {E('ACCOUNT', g.say_iban(g.iban('UA')))}"),
        (A, f"Повернення займе до {g.num_gen(5)} банківських днів."),
    ]


@template("uk", "account")
def uk_contract(g: Gen):
    E = g.E
    ref = g.ref_number(g.pick("9999/99999", "99-9999999", "ЛЛ-999999"))
    ref = ref.translate(str.maketrans(string.ascii_uppercase, ("АВЕКМНОРСТХІ" * 3)[:26]))
    return [
        (A, "Номер вашого договору?"),
        (C, f"Договір {E('ACCOUNT', g.say_ref(ref))}, страхування авто."),
    ]


@template("uk", "account")
def uk_personal_account(g: Gen):
    E = g.E
    return [
        (C, f"Особовий рахунок {E('ACCOUNT', g.say_ref(g._rand(g.pick(8, 10))))}, газ."),
        (A, f"Заборгованість {g.money(g.rng.randint(200, 5000), UAH)}."),
    ]


@template("uk", "address")
def uk_address(g: Gen):
    E = g.E
    return [(A, "Адреса доставки?"), (C, f"{E('ADDRESS', g.say_address())}, під'їзд {g.num(2)}.")]


@template("uk", "address", "person")
def uk_address_loc(g: Gen):
    E, p = g.E, make_person(g.rng, "uk")
    return [
        (
            C,
            f"Я {E('PERSON', p.name('nom', 'fl'))}, мешкаю на "
            f"{E('ADDRESS', g.say_address('loc'))}, і вже тиждень немає світла.",
        )
    ]


@template("uk", "person")
def uk_name_intro(g: Gen):
    E, p = g.E, make_person(g.rng, "uk")
    return [
        (A, f"«Укртелесервіс», мене звати {g.rng.choice(UK_AGENT_NAMES)}. Як до вас звертатися?"),
        (C, f"Мене звати {E('PERSON', p.name('nom', 'fl'))}."),
        (A, f"{'Пані' if p.female else 'Пане'} {E('PERSON', p.first['voc'])}, чим допомогти?"),
    ]


@template("uk", "person")
def uk_third_party(g: Gen):
    E, p = g.E, make_person(g.rng, "uk", female=False)
    return [
        (
            C,
            f"Телефонував мій чоловік, {E('PERSON', p.name('nom', 'fp'))}, "
            "йому сказали, що заявку закрито.",
        ),
        (A, f"Так, бачу дзвінок від {E('PERSON', p.name('gen', 'lf'))}."),
    ]


@template("uk", "person")
def uk_person_dat(g: Gen):
    E, p = g.E, make_person(g.rng, "uk")
    return [
        (C, f"Передайте документи {E('PERSON', p.name('dat', 'lfp'))}, це мій представник."),
        (A, "Потрібна довіреність."),
    ]


@template("uk", "person", "negative")
def uk_agent_only(g: Gen):
    agent = g.rng.choice(UK_AGENT_NAMES)
    return [
        (A, f"Доброго дня, {agent}, «Енергозбут», слухаю вас."),
        (
            C,
            f"{UK_AGENT_VOC[agent]}, підкажіть тариф на "
            f"{g.say_date(Date(2026, 1, 1), 'gen', False)}.",
        ),
        (A, f"{g.num(4, fem=True)} гривні {g.num(32, fem=True)} копійки за кіловат-годину."),
    ]


@template("uk", "negative")
def uk_words_names(g: Gen):
    return [
        (C, "Надії на швидке вирішення вже немає, віра у ваш сервіс зникла."),
        (A, "Розумію. Слава богу, що ви подзвонили, зараз усе перевіримо."),
        (C, f"Любов до вашої компанії в мене закінчилась ще {g.num_gen(2)} років тому."),
    ]


@template("uk", "negative")
def uk_companies(g: Gen):
    return [
        (C, "Посилку відправили «Новою поштою», а оплачував через Приватбанк."),
        (A, "Відділення на вулиці Тараса Шевченка зараз на ремонті."),
        (C, f"А те, що на проспекті Бандери, працює до {g.time_gen(20)}?"),
    ]


@template("uk", "negative")
def uk_tariff_speed(g: Gen):
    return [
        (
            A,
            f"Тариф «Оптимальний {g.num(300)}»: швидкість {g.num(300)} мегабіт, "
            f"{g.money(g.rng.choice([250, 320, 400]), UAH)} на місяць.",
        ),
        (C, f"А якщо взяти на {g.num(12)} місяців, знижка {g.num(15)} відсотків?"),
        (A, "Так, і роутер безкоштовно."),
    ]


@template("uk", "negative")
def uk_money_amounts(g: Gen):
    return [
        (
            C,
            f"Мені нарахували {g.money(g.rng.choice([48250, 125000, 1300000]), UAH)}, "
            f"а в договорі було {g.money(g.rng.choice([1200, 3450]), UAH)}.",
        ),
        (A, f"Перерахунок зробимо до {g.say_date(Date(2026, 12, 15), 'gen', False)}."),
    ]


@template("uk", "negative")
def uk_order_menu(g: Gen):
    return [
        (
            A,
            f"Щоб перевірити статус, натисніть {g.num(3)}. Щоб поговорити з оператором, "
            f"— {g.num(0)}.",
        ),
        (
            C,
            f"Замовлення {g.digits(str(g.rng.randint(100000, 999999)))}, "
            f"{g.num(4)} товари, доставка на {g.say_date(Date(2026, 12, 20), 'nom', False)}.",
        ),
    ]


@template("uk", "negative")
def uk_years_model(g: Gen):
    return [
        (
            C,
            f"Пральна машина Bosch, серія {g.num(6)}, "
            f"{'2019' if not g.asr else year_ordinal(2019, 'uk', 'gen')} року випуску, "
            f"гарантія {g.num(3)} роки.",
        ),
        (A, f"Майстер прийде завтра з {g.time_gen(9)} до {g.time_gen(12)}."),
    ]


@template("uk", "dob", "passport", "person")
def uk_verification(g: Gen):
    E, p = g.E, make_person(g.rng, "uk")
    return [
        (A, "Для перевірки: прізвище, ім'я, по батькові та дата народження."),
        (C, f"{E('PERSON', p.name('nom', 'lfp'))}, {E('DOB', g.say_date(g.birth_date(), 'nom'))}"),
        (A, "І номер паспорта."),
        (C, f"{E('PASSPORT', g.say_passport(g.pick('uk_book', 'uk_id'))[0])}"),
    ]


# ---------------------------------------------------------------------------------------
# English
# ---------------------------------------------------------------------------------------
GBP = ("pound", "pounds", "pounds")
EN_AGENT_NAMES = ["Jordan", "Aoife", "Sanjay", "Bethany", "Callum"]


@template("en", "card")
def en_card_payment(g: Gen):
    E, card = g.E, g.card()
    return [
        (A, "How would you like to pay the balance today?"),
        (C, f"On my debit card. {g.filler()} It's {E('CARD', g.say_card(card)[0])}"),
        (A, "And the expiry date?"),
        (C, f"{E('EXPIRY', g.say_expiry())}"),
    ]


@template("en", "card", "split")
def en_card_split(g: Gen):
    E, card = g.E, g.card()
    a, b, c = g.say_card(card, 3)
    return [
        (C, f"Right, the long number is {E('CARD', a, 'c')}"),
        (A, "Mm-hm."),
        (C, f"{E('CARD', b, 'c')}, {g.filler()}"),
        (C, f"{E('CARD', c, 'c')}. Sorry, I'm reading it off the card."),
    ]


@template("en", "card", "readback", "cvv")
def en_card_readback(g: Gen):
    E, card = g.E, g.card()
    return [
        (C, f"Card number {E('CARD', g.say_card(card)[0])}."),
        (
            A,
            f"Let me read that back: {E('CARD', g.say_card(card)[0])}. And the three digits "
            "on the back?",
        ),
        (C, f"{E('CVV', g.say_cvv(g.cvv(card)))}"),
    ]


@template("en", "card", "negative")
def en_card_ending_then_new(g: Gen):
    E, old, new = g.E, g.card(), g.card()
    return [
        (A, f"I can see the card ending in {g.say_last4(old)} on file. Is that the one?"),
        (
            C,
            f"No, that one expired. Use the new one: {E('CARD', g.say_card(new)[0])}, "
            f"expires {E('EXPIRY', g.say_expiry())}.",
        ),
    ]


@template("en", "negative")
def en_card_ending_only(g: Gen):
    return [
        (
            C,
            f"You charged my card twice, the one ending in {g.say_last4(g.card())}, and "
            f"it was {g.money(g.rng.choice([49, 120, 1299]), GBP)} each time.",
        ),
        (A, f"I'm sorry about that. The refund takes {g.num(3)} to {g.num(5)} working days."),
    ]


@template("en", "card", "restart")
def en_card_restart(g: Gen):
    E, card = g.E, g.card("mc")
    first = g.say_card(card, 2)[0]
    return [
        (
            C,
            f"It's {E('CARD', first, 'c')}… no wait, hang on, I'll start again. "
            f"{E('CARD', g.say_card(card)[0], 'c')}",
        ),
        (A, "Got it, thanks."),
    ]


@template("en", "phone")
def en_phone_uk(g: Gen):
    E = g.E
    return [
        (A, "What's the best number to reach you on?"),
        (C, f"My mobile, {E('PHONE', ' '.join(g.say_phone()))}. After {g.time(5, 0)} is best."),
    ]


@template("en", "phone", "split", "readback")
def en_phone_split_readback(g: Gen):
    E = g.E
    p = g.say_phone(g.pick("", "land", "us"))
    if len(p) == 1:
        return [
            (C, f"You can call me on {E('PHONE', p[0])}."),
            (A, f"So that's {E('PHONE', p[0])}?"),
            (C, "That's the one."),
        ]
    return [
        (C, f"It's {E('PHONE', p[0], 'p')}"),
        (A, "Yep."),
        (C, f"{E('PHONE', ' '.join(p[1:]), 'p')}"),
        (A, f"So, {E('PHONE', ' '.join(p))}. Perfect."),
    ]


@template("en", "email")
def en_email(g: Gen):
    E, p = g.E, make_person(g.rng, "en")
    return [
        (A, "Can I take an email address for the confirmation?"),
        (C, f"Yeah, it's {E('EMAIL', g.say_email(p))}"),
        (A, "Lovely, that's gone through."),
    ]


@template("en", "email", "person")
def en_email_named(g: Gen):
    E, p = g.E, make_person(g.rng, "en")
    return [
        (
            C,
            f"Hi, my name's {E('PERSON', p.name('nom', 'fl'))}, I emailed you from "
            f"{E('EMAIL', g.say_email(p))} last week and heard nothing.",
        )
    ]


@template("en", "passport")
def en_passport(g: Gen):
    E = g.E
    return [
        (A, "For the travel insurance I need your passport number."),
        (C, f"Sure, {g.filler()} {E('PASSPORT', g.say_passport('gen')[0])}"),
        (A, "Thank you."),
    ]


@template("en", "national_id")
def en_nino(g: Gen):
    E = g.E
    return [
        (A, "And your National Insurance number?"),
        (C, f"{E('NATIONAL_ID', g.say_national('nino', g.nino()))}"),
    ]


@template("en", "national_id")
def en_ssn(g: Gen):
    E = g.E
    return [
        (
            C,
            "The form asks for my social, it's "
            f"{E('NATIONAL_ID', g.say_national('ssn', g.ssn()))}.",
        ),
        (A, "You don't need to give me that over the phone, but it's noted securely."),
    ]


@template("en", "dob")
def en_dob(g: Gen):
    E = g.E
    return [
        (A, "Can you confirm your date of birth?"),
        (C, f"{E('DOB', g.say_date(g.birth_date()))}"),
    ]


@template("en", "dob", "negative")
def en_dob_appointment(g: Gen):
    E = g.E
    visit = Date(2026, g.rng.randint(1, 12), g.rng.randint(1, 28))
    return [
        (
            A,
            f"You're booked in for {g.say_date(visit, with_year=False)} at "
            f"{g.time(g.rng.randint(9, 16), g.pick(0, 15, 30))}.",
        ),
        (C, f"Great. Do you need my birthday? It's {E('DOB', g.say_date(g.birth_date()))}."),
    ]


@template("en", "account")
def en_iban(g: Gen):
    E = g.E
    return [
        (
            C,
            "Please send the refund to my IBAN, "
            f"{E('ACCOUNT', g.say_iban(g.iban(g.pick('GB', 'DE'))))}",
        ),
        (A, f"Refunds take up to {g.num(10)} days."),
    ]


@template("en", "account")
def en_policy(g: Gen):
    E = g.E
    ref = g.ref_number(g.pick("LL-9999-9999", "LLL99999999", "99999999"))
    return [
        (A, "Do you have your policy number handy?"),
        (C, f"Yeah, {E('ACCOUNT', g.say_ref(ref))}"),
    ]


@template("en", "account")
def en_account_sort(g: Gen):
    E = g.E
    acc = g._rand(8)
    return [
        (
            C,
            f"My account number is {E('ACCOUNT', g.say_ref(acc))}, sort code "
            f"{E('ACCOUNT', g.say_ref(g._rand(2) + '-' + g._rand(2) + '-' + g._rand(2)))}.",
        ),
        (A, "Thanks, the direct debit's updated."),
    ]


@template("en", "address")
def en_address(g: Gen):
    E = g.E
    return [
        (A, "And the delivery address?"),
        (C, f"{E('ADDRESS', g.say_address())}, it's the blue door."),
    ]


@template("en", "address", "person")
def en_address_moved(g: Gen):
    E, p = g.E, make_person(g.rng, "en")
    return [
        (
            C,
            f"I've moved, I'm now at {E('ADDRESS', g.say_address())}. The account's "
            f"in my partner's name, {E('PERSON', p.name('nom', 'fl'))}.",
        )
    ]


@template("en", "person")
def en_name_intro(g: Gen):
    E, p = g.E, make_person(g.rng, "en")
    agent = g.rng.choice(EN_AGENT_NAMES)
    return [
        (
            A,
            f"Thanks for calling Brightwater Energy, you're speaking with {agent}. "
            "Who am I speaking to?",
        ),
        (C, f"{E('PERSON', p.name('nom', 'fl'))}"),
        (A, f"Thanks, {E('PERSON', p.first['nom'])}. How can I help?"),
    ]


@template("en", "person")
def en_name_words(g: Gen):
    E = g.E
    first = g.pick("Will", "Mark", "Grace", "Hope", "Bill", "June")
    last = g.rng.choice(EN_SURNAMES)
    return [
        (A, "Can I take your name please?"),
        (
            C,
            f"{E('PERSON', f'{first} {last}')}. It's about my wife's account, "
            f"{E('PERSON', make_person(g.rng, 'en', True).name('nom', 'fl'))}.",
        ),
    ]


@template("en", "person")
def en_third_party(g: Gen):
    E, p = g.E, make_person(g.rng, "en", female=False)
    return [
        (C, f"My son {E('PERSON', p.first['nom'])} set it up, he's at uni now."),
        (A, f"Is {E('PERSON', p.name('nom', 'fl'))} the account holder?"),
        (C, "Yes, I'm just his mum."),
    ]


@template("en", "person", "negative")
def en_agent_name_only(g: Gen):
    agent = g.rng.choice(EN_AGENT_NAMES)
    return [
        (A, f"Good afternoon, Northgate Water, {agent} speaking."),
        (
            C,
            f"Hi {agent}. I'll be quick, will the engineer still come on "
            f"{g.say_date(Date(2026, 12, g.rng.randint(1, 28)), with_year=False)}?",
        ),
        (A, f"Yes, between {g.time(8, 0)} and {g.time(12, 0)}."),
    ]


@template("en", "negative")
def en_word_names(g: Gen):
    return [
        (C, "I will pay the bill, but mark my words, I'm not happy."),
        (A, "I understand. As a gesture of goodwill we'll waive the late fee."),
        (C, "Fine. I hope it doesn't happen again. Grace period is how long?"),
        (A, f"{g.num(14)} days from June."),
    ]


@template("en", "negative")
def en_companies(g: Gen):
    return [
        (C, "I ordered it from John Lewis and paid with my Marks and Spencer card."),
        (A, "Ah, those go through Ted Baker's partner scheme, not us."),
        (C, "Then who do I call, Wells Fargo?"),
    ]


@template("en", "negative")
def en_broadband(g: Gen):
    return [
        (
            A,
            f"The Fibre {g.num(500)} plan gives you {g.num(500)} megabits for "
            f"{g.money(g.rng.choice([32, 45, 60]), GBP)} a month, {g.num(24)} month contract.",
        ),
        (C, f"And the router? I've got the Hub {g.num(4)} from {g.year(2019)}."),
        (A, f"That's fine. Press {g.num(2)} after the call to rate me."),
    ]


@template("en", "negative")
def en_money_big(g: Gen):
    return [
        (
            C,
            f"The mortgage is {g.money(g.rng.choice([245000, 312500, 189950]), GBP)} "
            f"over {g.num(25)} years at {g.num(4)} point {g.num(5)} percent.",
        ),
        (
            A,
            f"Your next payment of {g.money(g.rng.choice([1245, 980]), GBP)} is due on the "
            f"{g.say_date(Date(2026, 12, 1), with_year=False)}.",
        ),
    ]


@template("en", "negative")
def en_order_ticket(g: Gen):
    return [
        (
            C,
            f"Order number {g.digits(str(g.rng.randint(10000, 99999)))}, I ordered "
            f"{g.num(3)} tickets for the {g.time(7, 30)} show but got {g.num(2)}.",
        ),
        (
            A,
            f"I've raised ticket {g.digits(str(g.rng.randint(1000, 9999)))} for that. "
            f"You're caller number {g.num(4)} today with this issue.",
        ),
    ]


@template("en", "negative")
def en_model_year(g: Gen):
    return [
        (
            C,
            f"It's the Galaxy S{' ' if g.asr else ''}{g.num(24)}, bought in "
            f"{g.year(2024)}, {g.num(256)} gig.",
        ),
        (
            A,
            f"Models from {g.year(2023)} onwards get the update. Reboot and hold for "
            f"{g.num(10)} seconds.",
        ),
    ]


@template("en", "dob", "person", "national_id")
def en_verification(g: Gen):
    E, p = g.E, make_person(g.rng, "en")
    return [
        (A, "Security questions first: full name, date of birth and National Insurance number."),
        (
            C,
            f"{E('PERSON', p.name('nom', 'fl'))}, "
            f"{E('DOB', g.say_date(g.birth_date()))}, "
            f"{E('NATIONAL_ID', g.say_national('nino', g.nino()))}",
        ),
    ]


@template("en", "email", "phone", "negative")
def en_contact_change(g: Gen):
    E = g.E
    return [
        (
            C,
            f"Update my email to {E('EMAIL', g.say_email())} and my number to "
            f"{E('PHONE', ' '.join(g.say_phone()))}, please.",
        ),
        (A, f"Done. It'll show within {g.num(24)} hours."),
    ]


# ---------------------------------------------------------------------------------------
# Lithuanian
# ---------------------------------------------------------------------------------------
EUR = ("euras", "eurai", "eurų")
LT_AGENT_NAMES = ["Gabija", "Domantas", "Kamilė", "Emilis", "Austėja"]
LT_AGENT_VOC = {
    "Gabija": "Gabija",
    "Domantas": "Domantai",
    "Kamilė": "Kamile",
    "Emilis": "Emili",
    "Austėja": "Austėja",
}


@template("lt", "card")
def lt_card_pay(g: Gen):
    E, card = g.E, g.card()
    return [
        (A, "Kaip norėsite apmokėti?"),
        (
            C,
            f"Kortele. {g.filler()} Numeris {E('CARD', g.say_card(card)[0])}, galioja iki "
            f"{E('EXPIRY', g.say_expiry())}.",
        ),
    ]


@template("lt", "card", "split")
def lt_card_split(g: Gen):
    E, card = g.E, g.card()
    a, b = g.say_card(card, 2)
    return [
        (C, f"Kortelės numeris {E('CARD', a, 'c')}"),
        (A, g.pick("Taip, klausau.", "Aha.", "Užsirašiau, toliau.")),
        (C, f"{E('CARD', b, 'c')}, viskas."),
    ]


@template("lt", "card", "readback")
def lt_card_readback(g: Gen):
    E, card = g.E, g.card()
    return [
        (C, f"{E('CARD', g.say_card(card)[0])}"),
        (A, f"Pakartosiu: {E('CARD', g.say_card(card)[0])}. Teisingai?"),
        (C, "Taip, teisingai."),
    ]


@template("lt", "card", "negative", "cvv")
def lt_card_ending_then_new(g: Gen):
    E, old, new = g.E, g.card(), g.card()
    return [
        (A, f"Sistemoje matau kortelę, kurios paskutiniai skaitmenys {g.say_last4(old)}."),
        (
            C,
            f"Ta nebegalioja. Nurašykite nuo naujos, {E('CARD', g.say_card(new)[0])}, "
            f"CVV kodas {E('CVV', g.say_cvv(g.cvv(new)))}.",
        ),
    ]


@template("lt", "negative")
def lt_last4_only(g: Gen):
    return [
        (
            C,
            f"Nuo kortelės, kuri baigiasi skaitmenimis {g.say_last4(g.card())}, du kartus "
            f"nuskaičiavo {g.money(g.rng.choice([30, 60, 15, 90, 40]), EUR)}.",
        ),
        (A, "Matau. Pinigus grąžinsime per kelias darbo dienas."),
    ]


@template("lt", "cvv", "expiry")
def lt_cvv_expiry(g: Gen):
    E, card = g.E, g.card()
    return [
        (A, "Prašau padiktuoti tris skaitmenis kitoje kortelės pusėje."),
        (C, f"{g.filler()} {E('CVV', g.say_cvv(g.cvv(card)))}"),
        (A, "Ir galiojimo data?"),
        (C, f"{E('EXPIRY', g.say_expiry())}"),
    ]


@template("lt", "phone")
def lt_phone(g: Gen):
    E = g.E
    return [
        (
            C,
            f"Mano telefono numeris {E('PHONE', ' '.join(g.say_phone()))}, skambinkite nuo "
            f"{g.time_gen(9)} iki {g.time_gen(17)}.",
        ),
        (A, "Gerai, paskambinsime rytoj."),
    ]


@template("lt", "phone", "split")
def lt_phone_split(g: Gen):
    E = g.E
    p = g.say_phone()
    if len(p) == 1:
        return [
            (A, "Koks jūsų kontaktinis numeris?"),
            (C, f"{E('PHONE', p[0])}"),
            (A, f"Pakartoju: {E('PHONE', p[0])}."),
        ]
    return [
        (C, f"Užsirašykite: {E('PHONE', p[0], 'p')}"),
        (A, "Taip."),
        (C, f"{E('PHONE', p[1], 'p')}"),
    ]


@template("lt", "email")
def lt_email(g: Gen):
    E, p = g.E, make_person(g.rng, "lt")
    return [
        (A, "Kokiu el. pašto adresu atsiųsti sąskaitą?"),
        (C, f"{E('EMAIL', g.say_email(p))}"),
        (A, "Išsiunčiau."),
    ]


@template("lt", "email", "phone")
def lt_contacts(g: Gen):
    E = g.E
    return [
        (
            C,
            f"Pakeiskite mano el. paštą į {E('EMAIL', g.say_email())}, o telefonas lieka "
            f"tas pats, {E('PHONE', ' '.join(g.say_phone()))}.",
        )
    ]


@template("lt", "passport")
def lt_passport(g: Gen):
    E = g.E
    doc = g.pick("Paso", "Asmens tapatybės kortelės")
    return [
        (A, "Reikės jūsų asmens dokumento numerio."),
        (
            C,
            f"{doc} numeris {E('PASSPORT', g.say_passport('lt')[0])}, galioja iki "
            f"{g.num(2031) if not g.asr else 'du tūkstančiai trisdešimt pirmų'} metų.",
        ),
    ]


@template("lt", "national_id")
def lt_asmens_kodas(g: Gen):
    E = g.E
    return [
        (A, "Prašau pasakyti savo asmens kodą."),
        (C, f"{g.filler()} {E('NATIONAL_ID', g.say_national('ak', g.asmens_kodas()))}"),
    ]


@template("lt", "national_id", "person")
def lt_ak_named(g: Gen):
    E, p = g.E, make_person(g.rng, "lt")
    code = g.asmens_kodas(female=p.female)
    return [
        (
            C,
            f"Aš {E('PERSON', p.name('nom', 'fl'))}, asmens kodas "
            f"{E('NATIONAL_ID', g.say_national('ak', code))}.",
        ),
        (A, "Ačiū, radau jūsų sutartį."),
    ]


@template("lt", "dob")
def lt_dob(g: Gen):
    E = g.E
    return [(A, "Jūsų gimimo data?"), (C, f"{E('DOB', g.say_date(g.birth_date()))}")]


@template("lt", "dob", "negative")
def lt_dob_visit(g: Gen):
    E = g.E
    visit = Date(2026, g.rng.randint(1, 12), g.rng.randint(1, 28))
    return [
        (
            A,
            f"Užregistravau jus vizitui {g.say_date(visit, with_year=False)}, "
            f"{g.time(g.rng.randint(8, 16), g.pick(30, 20, 40))}.",
        ),
        (
            C,
            f"Gerai. Mano gimimo data {E('DOB', g.say_date(g.birth_date()))}, jei reikia kortelei.",
        ),
    ]


@template("lt", "account")
def lt_iban(g: Gen):
    E = g.E
    return [
        (C, f"Grąžinkite pinigus į mano sąskaitą {E('ACCOUNT', g.say_iban(g.iban('LT')))}"),
        (A, "Pinigai grįš per kelias darbo dienas."),
    ]


@template("lt", "account")
def lt_contract(g: Gen):
    E = g.E
    what = g.pick("Sutarties", "Draudimo poliso", "Paskolos sutarties")
    ref = g.ref_number(g.pick("9999-9999-9", "LL9999999", "9999999999"))
    return [
        (A, "Ar turite sutarties numerį?"),
        (C, f"{what} numeris {E('ACCOUNT', g.say_ref(ref))}"),
    ]


@template("lt", "address")
def lt_address(g: Gen):
    E = g.E
    city = g.pick("Vilnius", "Kaunas", "Klaipėda", "Šiauliai")
    return [(A, "Koks pristatymo adresas?"), (C, f"{E('ADDRESS', g.say_address())}, {city}.")]


@template("lt", "address", "person")
def lt_address_loc(g: Gen):
    E, p = g.E, make_person(g.rng, "lt")
    return [
        (
            C,
            f"Čia {E('PERSON', p.name('nom', 'fl'))}. Gyvenu "
            f"{E('ADDRESS', g.say_address('loc'))}, ir jau savaitę nėra karšto vandens.",
        )
    ]


@template("lt", "person")
def lt_name_intro(g: Gen):
    E, p = g.E, make_person(g.rng, "lt")
    return [
        (
            A,
            f"„Baltijos ryšys“, mano vardas {g.rng.choice(LT_AGENT_NAMES)}. Kaip galiu į "
            "jus kreiptis?",
        ),
        (
            C,
            f"Mano vardas {E('PERSON', p.first['nom'], 'n')}, pavardė "
            f"{E('PERSON', p.last['nom'], 'n')}.",
        ),
    ]


@template("lt", "person")
def lt_third_party(g: Gen):
    E, p = g.E, make_person(g.rng, "lt", female=False)
    return [
        (C, f"Sąskaita išrašyta mano vyro {E('PERSON', p.name('gen', 'fl'))} vardu."),
        (A, f"Ar {E('PERSON', p.first['nom'])} galėtų pats paskambinti?"),
    ]


@template("lt", "person")
def lt_person_dat(g: Gen):
    E, p = g.E, make_person(g.rng, "lt")
    return [
        (C, f"Perduokite {E('PERSON', p.name('dat', 'fl'))}, kad dokumentai paruošti."),
        (A, "Perduosiu."),
    ]


@template("lt", "person")
def lt_rasa_name(g: Gen):
    E = g.E
    last = lt_surname(g.rng.choice(LT_SURNAMES), True, g.rng.random() < 0.5)["nom"]
    first = g.pick("Rasa", "Laima", "Dalia")
    return [(A, "Su kuo kalbu?"), (C, f"{E('PERSON', f'{first} {last}')}, skambinu dėl sąskaitos.")]


@template("lt", "person", "negative")
def lt_agent_only(g: Gen):
    agent = g.rng.choice(LT_AGENT_NAMES)
    return [
        (A, f"Laba diena, „Vilniaus šilumos tinklai“, {agent}, klausau."),
        (C, f"Laba diena, {LT_AGENT_VOC[agent]}. Kada bus įjungtas šildymas?"),
        (A, f"Planuojame {g.say_date(Date(2026, 10, 15), with_year=False)}"),
    ]


@template("lt", "negative")
def lt_words_names(g: Gen):
    return [
        (C, "Kurjeris paliko siuntinį lauke, ryte buvo tokia rasa, kad dėžė visa šlapia."),
        (A, "Atsiprašome. Laimė, kad prekė supakuota į plėvelę."),
        (
            C,
            "Mano viltis buvo, kad gintaro apyrankė atkeliaus sveika. Aušra dar nebuvo "
            "išaušusi, kai jis atvažiavo.",
        ),
    ]


@template("lt", "negative")
def lt_companies_streets(g: Gen):
    return [
        (C, "Užsakiau per „Senukus“, mokėjau per „Swedbank“, o siuntinys atėjo per „Omnivą“."),
        (A, "Jūsų siuntinys yra paštomate Gedimino prospekte."),
        (C, f"Tas prie Vytauto gatvės dar veikia iki {g.time_gen(20)}?"),
    ]


@template("lt", "negative")
def lt_tariff(g: Gen):
    return [
        (
            A,
            f"Planas „Neribotas {g.num(5)}{' ' if g.asr else ''}G“: {g.num(50)} GB, "
            f"{g.money(g.rng.choice([12, 15, 19]), EUR)} per mėnesį, greitis "
            f"{g.num(300)} megabitų per sekundę.",
        ),
        (C, f"O jei pasirašysiu sutartį dvejiems metams, nuolaida {g.num(20)} procentų?"),
        (A, "Taip."),
    ]


@template("lt", "negative")
def lt_money(g: Gen):
    return [
        (
            C,
            f"Sąskaitos suma — {g.money(g.rng.choice([1250, 14300, 2400000]), EUR)}, "
            f"o turėjo būti {g.money(g.rng.choice([85, 133]), EUR)}.",
        ),
        (A, f"Perskaičiuosime per {g.num(10)} dienų."),
    ]


@template("lt", "negative")
def lt_order_menu(g: Gen):
    return [
        (A, f"Norėdami sužinoti užsakymo būseną, spauskite {g.num(1)}, operatorius — {g.num(0)}."),
        (
            C,
            f"Užsakymo numeris {g.digits(str(g.rng.randint(10000, 99999)))}, "
            f"{g.num(3)} prekės, pristatymas {g.say_date(Date(2026, 12, 4), with_year=False)}"
            ".",
        ),
    ]


@template("lt", "dob", "national_id", "person")
def lt_verification(g: Gen):
    E, p = g.E, make_person(g.rng, "lt")
    born = g.birth_date()
    return [
        (A, "Patikrinimui: vardas, pavardė ir gimimo data."),
        (C, f"{E('PERSON', p.name('nom', 'fl'))}, {E('DOB', g.say_date(born))}"),
        (A, "Ir asmens kodas?"),
        (C, f"{E('NATIONAL_ID', g.say_national('ak', g.asmens_kodas(born, p.female)))}"),
    ]


# ---------------------------------------------------------------------------------------
# More shapes per language (passports, addresses and e-mails split, read back, corrected)
# ---------------------------------------------------------------------------------------


@template("en", "passport", "split")
def en_passport_split(g: Gen):
    E = g.E
    number = f"{g.rng.randint(1, 9)}{g.rng.randint(10000000, 99999999)}"
    a, b = number[:4], number[4:]
    if g.asr:
        a, b = say_number(a, "en", g.rng), say_number(b, "en", g.rng, "digits")
    return [
        (A, "Passport number, please, exactly as printed."),
        (C, f"{E('PASSPORT', a, 'p')}, {g.filler()}"),
        (A, "Go on."),
        (C, f"{E('PASSPORT', b, 'p')}. It's a British one, renewed in {g.year(2022)}."),
    ]


@template("en", "address", "readback")
def en_address_readback(g: Gen):
    E = g.E
    address = g.say_address()
    return [
        (C, f"It should go to {E('ADDRESS', address)}"),
        (A, f"So that's {E('ADDRESS', address)}?"),
        (C, f"Yes. Deliver after {g.time(2, 0)} if you can."),
    ]


@template("en", "cvv", "expiry")
def en_cvv_expiry(g: Gen):
    E, card = g.E, g.card(g.pick("amex", "visa"))
    return [
        (A, "The security code on the back, or on the front for Amex?"),
        (C, f"{E('CVV', g.say_cvv(g.cvv(card)))}, and it runs out {E('EXPIRY', g.say_expiry())}"),
    ]


@template("en", "person")
def en_person_mid_sentence(g: Gen):
    E, p, q = g.E, make_person(g.rng, "en"), make_person(g.rng, "en")
    return [
        (
            C,
            f"I spoke to your colleague yesterday and she said {E('PERSON', p.name('nom', 'fl'))} "
            f"would call me back, but nobody did. {E('PERSON', q.name('nom', 'fl'))} from "
            "next door had the same problem.",
        )
    ]


@template("uk", "address", "split")
def uk_address_split(g: Gen):
    E = g.E
    nom, _, short = g.rng.choice(Gen.UK_STREETS)
    house, flat = g.rng.randint(1, 120), g.rng.randint(1, 200)
    tail = f"{house}, кв. {flat}" if not g.asr else f"будинок {g.num(house)} квартира {g.num(flat)}"
    return [
        (A, "Куди направити майстра?"),
        (C, f"{E('ADDRESS', nom if g.asr else g.pick(nom, short), 'a')}"),
        (A, "А номер будинку?"),
        (C, f"{E('ADDRESS', tail, 'a')}"),
    ]


@template("uk", "email", "correction")
def uk_email_correction(g: Gen):
    E, p = g.E, make_person(g.rng, "uk")
    return [
        (C, f"Пошта {E('EMAIL', g.say_email(p))}"),
        (C, f"Ой, ні, стривайте, це стара. Нова — {E('EMAIL', g.say_email(p))}"),
        (A, "Записала нову."),
    ]


@template("uk", "person")
def uk_person_ins(g: Gen):
    E, p = g.E, make_person(g.rng, "uk", female=False)
    return [
        (
            C,
            f"Я вже розмовляла з {E('PERSON', p.name('ins', 'lf'))}, він обіцяв "
            f"перерахунок до {g.say_date(Date(2026, 12, 10), 'gen', False)}.",
        ),
        (A, "Бачу його коментар у заявці."),
    ]


@template("uk", "passport", "dob")
def uk_passport_dob(g: Gen):
    E = g.E
    return [
        (A, "Для переоформлення потрібні номер паспорта і дата народження."),
        (
            C,
            f"ID-картка {E('PASSPORT', g.say_passport('uk_id')[0])}, народилася "
            f"{E('DOB', g.say_date(g.birth_date(), 'gen'))}",
        ),
    ]


@template("lt", "address", "readback")
def lt_address_readback(g: Gen):
    E = g.E
    address = g.say_address()
    return [
        (C, f"Adresas {E('ADDRESS', address)}"),
        (A, f"Pakartoju: {E('ADDRESS', address)}, teisingai?"),
        (C, "Taip, ir skambinkite prieš atvažiuodami."),
    ]


@template("lt", "passport", "split")
def lt_passport_split(g: Gen):
    E = g.E
    number = g.say_passport("lt")[0] if not g.asr else None
    if number is None:
        raw = f"{g.rng.randint(1, 3)}{g.rng.randint(1000000, 9999999)}"
        a, b = say_number(raw[:4], "lt", g.rng), say_number(raw[4:], "lt", g.rng)
    else:
        a, b = number[:4], number[4:]
    return [
        (C, f"Paso numeris {E('PASSPORT', a, 'p')}"),
        (A, "Taip."),
        (C, f"{E('PASSPORT', b, 'p')}, pasas naujas."),
    ]


@template("lt", "email", "person")
def lt_email_named(g: Gen):
    E, p = g.E, make_person(g.rng, "lt")
    return [
        (
            C,
            f"Rašiau jums iš {E('EMAIL', g.say_email(p))}, pasirašiau "
            f"{E('PERSON', p.name('nom', 'fl'))}, bet atsakymo negavau.",
        )
    ]


@template("lt", "person")
def lt_person_ins(g: Gen):
    E, p = g.E, make_person(g.rng, "lt", female=False)
    return [
        (C, f"Kalbėjau su {E('PERSON', p.name('ins', 'fl'))}, jis žadėjo perskambinti."),
        (A, "Matau jo komentarą, perskaičiavimas jau atliktas."),
    ]


@template("en", "passport", "dob")
def en_passport_dob(g: Gen):
    E = g.E
    return [
        (A, "To hold the booking I need the lead passenger's passport number and date of birth."),
        (C, f"Passport {E('PASSPORT', g.say_passport('gen')[0])}, and I was born "
            f"{E('DOB', g.say_date(g.birth_date()))}"),
    ]


@template("en", "expiry", "cvv", "split")
def en_card_then_expiry(g: Gen):
    E, card = g.E, g.card()
    a, b = g.say_card(card, 2)
    return [
        (C, f"{E('CARD', a, 'c')}"),
        (C, f"{E('CARD', b, 'c')}"),
        (A, "Thanks. Expiry and the code on the back?"),
        (C, f"{E('EXPIRY', g.say_expiry())}, {g.filler()} {E('CVV', g.say_cvv(g.cvv(card)))}"),
    ]


@template("en", "phone", "correction")
def en_phone_correction(g: Gen):
    E = g.E
    return [
        (C, f"Ring me on {E('PHONE', ' '.join(g.say_phone()))}, no, sorry, that's the old one. "
            f"It's {E('PHONE', ' '.join(g.say_phone()))} now."),
        (A, "No problem, I've updated it."),
    ]


@template("en", "account")
def en_loan_reference(g: Gen):
    E = g.E
    ref = g.ref_number(g.pick("LN99999999", "99999999-99", "LL999999L"))
    return [
        (C, f"I'm ringing about the car loan, reference {E('ACCOUNT', g.say_ref(ref))}."),
        (A, f"Thanks. You've got {g.num(14)} payments left."),
    ]


@template("en", "negative")
def en_voucher_dates(g: Gen):
    return [
        (C, f"The voucher says it expires {g.digits('12')}/{g.digits('31')}, is that still okay?"
            if not g.asr else
            f"the voucher says it expires {g.digits('12')} {g.digits('31')} is that still okay"),
        (A, f"Yes, and the parcel's due on the {g.num(3)}rd between {g.time(9, 0)} and "
            f"{g.time(13, 0)}." if not g.asr else
            f"yes and the parcel's due on the third between {g.time(9, 0)} and {g.time(13, 0)}"),
    ]


@template("uk", "expiry", "cvv")
def uk_expiry_cvv(g: Gen):
    E, card = g.E, g.card()
    return [
        (A, "Термін дії картки?"),
        (C, f"{E('EXPIRY', g.say_expiry())}"),
        (A, "І три цифри CVV на звороті."),
        (C, f"{g.filler()} {E('CVV', g.say_cvv(g.cvv(card)))}"),
    ]


@template("uk", "passport", "split")
def uk_passport_split(g: Gen):
    E = g.E
    letters = g.pick("КВ", "МЕ", "СН", "ТТ", "ЕР", "НК")
    number = str(g.rng.randint(100000, 999999))
    said_letters = letters if not g.asr else " ".join(UK_LETTERS[c] for c in letters)
    return [
        (C, f"Паспорт старого зразка, серія {E('PASSPORT', said_letters, 'p')}"),
        (A, "Номер?"),
        (C, f"{E('PASSPORT', g.digits(number, g.pick('number', 'pairs')), 'p')}"),
    ]


@template("uk", "phone", "correction")
def uk_phone_correction(g: Gen):
    E = g.E
    return [
        (C, f"Номер {E('PHONE', ' '.join(g.say_phone()))}… ні, це робочий. Краще мобільний, "
            f"{E('PHONE', ' '.join(g.say_phone()))}"),
        (A, "Записала мобільний."),
    ]


@template("uk", "account")
def uk_loan(g: Gen):
    E = g.E
    ref = g.ref_number(g.pick("999999999", "99-999999", "9999/999"))
    return [
        (C, f"Кредитний договір {E('ACCOUNT', g.say_ref(ref))}, хочу закрити достроково."),
        (A, f"Залишок — {g.money(g.rng.randint(3000, 90000), UAH)}."),
    ]


@template("uk", "negative")
def uk_promo(g: Gen):
    return [
        (A, f"Промокод діє до {g.say_date(Date(2026, 12, 31), 'gen', False)}, знижка "
            f"{g.num(25)} відсотків, мінімальне замовлення — {g.money(1500, UAH)}."),
        (C, f"А доставку на вечір, час — {g.time(18, 30)}, можна? Ліфта немає, поверхів у "
            f"будинку {g.num(9)}."),
    ]


@template("lt", "passport", "dob")
def lt_passport_dob(g: Gen):
    E = g.E
    return [
        (A, "Bilietui reikės paso numerio ir gimimo datos."),
        (C, f"Pasas {E('PASSPORT', g.say_passport('lt')[0])}, gimimo data "
            f"{E('DOB', g.say_date(g.birth_date()))}"),
    ]


@template("lt", "expiry", "cvv")
def lt_expiry_cvv(g: Gen):
    E, card = g.E, g.card()
    return [
        (C, f"Kortelės numeris {E('CARD', g.say_card(card)[0])}"),
        (A, "Iki kada galioja?"),
        (C, f"Iki {E('EXPIRY', g.say_expiry())}, o kodas {E('CVV', g.say_cvv(g.cvv(card)))}"),
    ]


@template("lt", "account")
def lt_payer_code(g: Gen):
    E = g.E
    return [
        (A, "Prašau pasakyti mokėtojo kodą, jis yra sąskaitos viršuje."),
        (C, f"{E('ACCOUNT', g.say_ref(g._rand(g.pick(7, 8, 10))))}"),
        (A, f"Įsiskolinimas {g.money(g.rng.choice([12, 47, 113]), EUR)}."),
    ]


@template("lt", "account", "split")
def lt_iban_split(g: Gen):
    E = g.E
    iban = g.iban("LT")
    a, b = iban[:10], iban[10:]
    if g.asr:
        a = f"{g.pick('lt', 'l t')} {group_words(a[2:4], 'lt', g.rng)} " \
            f"{say_number(a[4:], 'lt', g.rng, 'digits')}"
        b = say_number(b, "lt", g.rng, g.pick("digits", "pairs"))
    return [
        (C, f"Sąskaita {E('ACCOUNT', a, 'i')}"),
        (A, "Taip, toliau."),
        (C, f"{E('ACCOUNT', b, 'i')}"),
    ]


@template("lt", "phone", "correction")
def lt_phone_correction(g: Gen):
    E = g.E
    return [
        (C, f"Skambinkite {E('PHONE', ' '.join(g.say_phone()))}… ne, atsiprašau, tas senas. "
            f"Naujas {E('PHONE', ' '.join(g.say_phone()))}."),
        (A, "Pakeičiau."),
    ]


@template("ru", "negative")
def ru_promo(g: Gen):
    return [
        (A, f"Промокод действует до {g.say_date(Date(2026, 12, 31), 'gen', False)}, скидка "
            f"{g.num(25)} процентов, минимальная сумма заказа — {g.money(1500, RUB)}."),
        (C, f"А на {g.num(3)} коробки скидка суммируется? И курьер к {g.num_gen(18)} успеет?"),
    ]


@template("uk", "national_id", "readback")
def uk_rnokpp_readback(g: Gen):
    E = g.E
    code = g.rnokpp()
    return [
        (C, "Для субсидії мій податковий номер "
            f"{E('NATIONAL_ID', g.say_national('rnokpp', code))}"),
        (A, f"Повторюю: {E('NATIONAL_ID', g.say_national('rnokpp', code))}, так?"),
        (C, "Так, усе правильно."),
    ]


@template("en", "national_id", "split")
def en_ssn_split(g: Gen):
    E = g.E
    ssn = g.ssn()
    a, b = ssn[:5], ssn[5:]
    if g.asr:
        a = f"{digit_words(a[:3], 'en', g.rng)} {digit_words(a[3:], 'en', g.rng)}"
        b = say_number(b, "en", g.rng, g.pick("digits", "pairs"))
    else:
        a = f"{a[:3]}-{a[3:]}"
    return [
        (C, f"My social security number starts {E('NATIONAL_ID', a, 's')}"),
        (A, "And the last four?"),
        (C, f"{E('NATIONAL_ID', b, 's')}"),
    ]


@template("lt", "email", "correction")
def lt_email_correction(g: Gen):
    E, p = g.E, make_person(g.rng, "lt")
    return [
        (C, f"El. paštas {E('EMAIL', g.say_email(p))}, ai ne, palaukit, tas senas."),
        (C, f"Teisingas {E('EMAIL', g.say_email(p))}"),
        (A, "Užrašiau naują adresą."),
    ]


# ---------------------------------------------------------------------------------------
# The set
# ---------------------------------------------------------------------------------------


def generate() -> list[dict]:
    rng = random.Random(SEED)
    records: list[dict] = []
    uid = 0
    for lang, total in LANG_COUNTS.items():
        for style in ("written", "asr"):
            specs = [s for s in TEMPLATES[lang] if style in s.styles]
            queue: list[Spec] = []
            for _ in range(total // 2):
                if not queue:
                    queue = specs[:]
                    rng.shuffle(queue)
                spec = queue.pop()
                uid += 1
                gen = Gen(random.Random(rng.getrandbits(64)), lang, style)
                turns, entities = build(spec.fn(gen), style, uid)
                records.append(
                    {
                        "id": f"b2-{lang}-{style[0]}-{uid:04d}",
                        "lang": lang,
                        "style": style,
                        "split": SPLIT,
                        "template": spec.name,
                        "tags": sorted(
                            {*spec.tags} - {"negative"}
                            | ({"hard_negative"} if "negative" in spec.tags else set())
                        ),
                        "turns": turns,
                        "entities": entities,
                    }
                )
    return records


def summary(records: list[dict]) -> str:
    table: Counter = Counter()
    for r in records:
        for e in r["entities"]:
            table[(e["type"], r["lang"], r["style"])] += 1
    langs, styles = list(LANG_COUNTS), ("written", "asr")
    head = "| type | " + " | ".join(f"{la} {st[0]}" for la in langs for st in styles) + " | all |"
    lines = [head, "|" + "---|" * (2 + len(langs) * len(styles))]
    for kind in ENTITY_TYPES:
        row = [table[(kind, la, st)] for la in langs for st in styles]
        lines.append(f"| {kind} | " + " | ".join(map(str, row)) + f" | {sum(row)} |")
    by = Counter((r["lang"], r["style"]) for r in records)
    empty = Counter((r["lang"], r["style"]) for r in records if not r["entities"])
    neg = Counter((r["lang"], r["style"]) for r in records if "hard_negative" in r["tags"])
    for label, counts in (("records", by), ("no entity", empty), ("with hard negatives", neg)):
        row = [counts[(la, st)] for la in langs for st in styles]
        lines.append(f"| {label} | " + " | ".join(map(str, row)) + f" | {sum(row)} |")
    return "\n".join(lines)


def check_written(records: list[dict]) -> int:
    """Re-read the typed values from the finished file and re-check their checksums, so a
    slip between generating a value and writing it cannot pass. Returns values checked."""
    checked = 0
    for r in records:
        if r["style"] != "written":
            continue
        for e in r["entities"]:
            text = "".join(e["text"])
            digits = re.sub(r"\D", "", text)
            compact = re.sub(r"[\s-]", "", text).rstrip(".,")
            if e["type"] == "CARD":
                # split cards: the pieces together; a restarted card: its last, full piece
                last = re.sub(r"\D", "", e["text"][-1])
                assert any(13 <= len(n) <= 19 and luhn_ok(n) for n in (digits, last)), e
                checked += 1
            elif e["type"] == "ACCOUNT" and re.fullmatch(r"[A-Z]{2}\d\d[A-Z0-9]{11,30}", compact):
                assert iban_ok(compact), e
                checked += 1
            elif e["type"] == "NATIONAL_ID" and len(digits) in (10, 11, 12) and r["lang"] != "en":
                check = {("ru", 12): inn_ok, ("uk", 10): rnokpp_ok,
                         ("ru", 11): lambda d: snils_check(d[:9]) == int(d[9:]),
                         ("lt", 11): lambda d: asmens_kodas_check(d[:10]) == int(d[10])}
                assert check[(r["lang"], len(digits))](digits), e
                checked += 1
    return checked


def main() -> None:
    records = generate()
    assert len({r["id"] for r in records}) == len(records)
    print(f"checksums re-checked on {check_written(records)} written values")
    OUT.write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8"
    )
    print(f"{len(records)} records -> {OUT.relative_to(ROOT)}")
    print(summary(records))


if __name__ == "__main__":
    main()
