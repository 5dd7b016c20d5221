"""Write benchmarks/data/redaction_blind3.jsonl, the third blind labelled redaction set.

    python tools/make_redaction_blind3.py [--out benchmarks/data/redaction_blind3.jsonl]

Why a generator: the labels must point at exact token and character spans, so every turn is
assembled from pieces (plain text and labelled values) and the spans are computed, never typed.
Check digits (Luhn, IBAN mod 97, INN, SNILS, RNOKPP, asmens kodas) are computed here on purpose,
independently of the detector, so that the set does not inherit the detector's mistakes.
The output is deterministic for a given seed. Labelling policy: see redaction_blind3.README.md.
"""

from __future__ import annotations

import argparse
import datetime as dt
import itertools
import json
import random
import re
import string
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "benchmarks" / "data" / "redaction_blind3.jsonl"
SEED = 20261130
TYPES = ("CARD", "CVV", "EXPIRY", "PHONE", "EMAIL", "PASSPORT", "NATIONAL_ID", "DOB",
         "ACCOUNT", "ADDRESS", "PERSON")
PUNCT = ",.!?;:«»\"()…—–„“"

# --------------------------------------------------------------------------------------------
# Assembly: a turn is a list of parts, each plain text or a labelled value (E).


@dataclass
class E:
    """One labelled piece; pieces sharing a key form one entity (split or interrupted)."""

    key: str
    type: str
    text: str


def asr_clean(text: str) -> str:
    """Lower case and no punctuation, as the ASR style in the set is written."""
    text = text.replace("...", " ").lower()
    for mark in PUNCT:
        text = text.replace(mark, " ")
    text = re.sub(r"(?<!\w)-(?!\w)", " ", text)
    lead = " " if text[:1].isspace() else ""
    tail = " " if text[-1:].isspace() else ""
    core = " ".join(text.split())
    return (lead + core + tail) if core else (" " if lead or tail else "")


def assemble(turns: list[tuple[str, list]], style: str) -> tuple[list[dict], list[dict]]:
    """Join parts into turn texts and compute every entity's token pieces and char spans."""
    out_turns: list[dict] = []
    entities: dict[str, dict] = {}
    for turn_index, (role, parts) in enumerate(turns):
        text = ""
        spans: list[tuple[E, int, int]] = []
        for part in parts:
            raw = part.text if isinstance(part, E) else part
            chunk = asr_clean(raw) if style == "asr" else raw
            if isinstance(part, E):
                chunk = chunk.strip()
                assert chunk, part
                if text and not text[-1].isspace() and text[-1] not in "«(\"":
                    text += " "
                spans.append((part, len(text), len(text) + len(chunk)))
                text += chunk
                continue
            if text.endswith(" ") and chunk.startswith(" "):
                chunk = chunk.lstrip()
            if text.endswith(".") and chunk.startswith(".") and not chunk.startswith(".."):
                chunk = chunk[1:]
            if not text:
                chunk = chunk.lstrip()
            if (style == "asr" and text and chunk and not text[-1].isspace()
                    and not chunk[0].isspace()):
                chunk = " " + chunk
            text += chunk
        text = text.rstrip()
        out_turns.append({"role": role, "text": text})
        tokens = [(m.start(), m.end()) for m in re.finditer(r"\S+", text)]
        for ent, start, end in spans:
            covered = [i for i, (s, e) in enumerate(tokens) if s < end and e > start]
            first, last = covered[0], covered[-1]
            lead = text[tokens[first][0]:start]
            trail = text[end:tokens[last][1]]
            assert all(c in PUNCT + "'\"" for c in lead + trail), (text, ent, lead, trail)
            record = entities.setdefault(ent.key, {"type": ent.type, "pieces": [], "chars": [],
                                                   "text": []})
            assert record["type"] == ent.type, ent
            record["pieces"].append([turn_index, first, last + 1])
            record["chars"].append([turn_index, start, end])
            record["text"].append(text[start:end])
    return out_turns, list(entities.values())


def check_record(record: dict) -> None:
    """Every piece must point at the tokens and characters that hold its text."""
    for entity in record["entities"]:
        assert entity["type"] in TYPES
        assert len(entity["pieces"]) == len(entity["chars"]) == len(entity["text"])
        for (t, s, e), (ct, cs, ce), value in zip(entity["pieces"], entity["chars"],
                                                  entity["text"], strict=True):
            assert t == ct
            text = record["turns"][t]["text"]
            tokens = text.split()
            assert 0 <= s < e <= len(tokens)
            assert text[cs:ce] == value
            assert value in " ".join(tokens[s:e])
            assert tokens[s].strip(PUNCT + "'\"") and tokens[e - 1].strip(PUNCT + "'\"")


# --------------------------------------------------------------------------------------------
# Check digits, computed here independently.


def luhn_digit(body: str) -> str:
    total = 0
    for index, char in enumerate(reversed(body)):
        value = int(char)
        if index % 2 == 0:
            value *= 2
            if value > 9:
                value -= 9
        total += value
    return str((10 - total % 10) % 10)


def luhn_ok(number: str) -> bool:
    return luhn_digit(number[:-1]) == number[-1]


def iban(country: str, bban: str) -> str:
    def as_number(text: str) -> int:
        return int("".join(str(int(c, 36)) for c in text))
    check = 98 - as_number(bban + country + "00") % 97
    return f"{country}{check:02d}{bban}"


def iban_ok(value: str) -> bool:
    value = value.replace(" ", "")
    moved = value[4:] + value[:4]
    return int("".join(str(int(c, 36)) for c in moved)) % 97 == 1


def inn10(body9: str) -> str:
    weights = [2, 4, 10, 3, 5, 9, 4, 6, 8]
    return body9 + str(sum(int(d) * w for d, w in zip(body9, weights, strict=True)) % 11 % 10)


def inn12(body10: str) -> str:
    w11 = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
    w12 = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
    d11 = str(sum(int(d) * w for d, w in zip(body10, w11, strict=True)) % 11 % 10)
    d12 = str(sum(int(d) * w for d, w in zip(body10 + d11, w12, strict=True)) % 11 % 10)
    return body10 + d11 + d12


def snils(body9: str) -> str:
    total = sum(int(d) * (9 - i) for i, d in enumerate(body9))
    if total < 100:
        check = total
    elif total in (100, 101):
        check = 0
    else:
        check = total % 101
        check = 0 if check == 100 else check
    return body9 + f"{check:02d}"


def rnokpp(birth: dt.date, serial3: str, male: bool, rng: random.Random) -> str:
    days = (birth - dt.date(1899, 12, 31)).days
    sex_digit = rng.choice("13579" if male else "02468")
    body = f"{days:05d}{serial3}{sex_digit}"
    weights = [-1, 5, 7, 9, 4, 6, 10, 5, 7]
    return body + str(sum(int(d) * w for d, w in zip(body, weights, strict=True)) % 11 % 10)


def asmens_kodas(birth: dt.date, male: bool, serial3: str) -> str:
    century = 3 if birth.year < 2000 else 5
    body = f"{century + (0 if male else 1)}{birth:%y%m%d}{serial3}"
    w1 = [1, 2, 3, 4, 5, 6, 7, 8, 9, 1]
    w2 = [3, 4, 5, 6, 7, 8, 9, 1, 2, 3]
    check = sum(int(d) * w for d, w in zip(body, w1, strict=True)) % 11
    if check == 10:
        check = sum(int(d) * w for d, w in zip(body, w2, strict=True)) % 11
        check = 0 if check == 10 else check
    return body + str(check)


# --------------------------------------------------------------------------------------------
# Number words in the four languages.

RU_UNITS = ["ноль", "один", "два", "три", "четыре", "пять", "шесть", "семь", "восемь", "девять"]
RU_TEENS = ["десять", "одиннадцать", "двенадцать", "тринадцать", "четырнадцать", "пятнадцать",
            "шестнадцать", "семнадцать", "восемнадцать", "девятнадцать"]
RU_TENS = ["", "", "двадцать", "тридцать", "сорок", "пятьдесят", "шестьдесят", "семьдесят",
           "восемьдесят", "девяносто"]
RU_HUNDREDS = ["", "сто", "двести", "триста", "четыреста", "пятьсот", "шестьсот", "семьсот",
               "восемьсот", "девятьсот"]
UK_UNITS = ["нуль", "один", "два", "три", "чотири", "п'ять", "шість", "сім", "вісім", "дев'ять"]
UK_TEENS = ["десять", "одинадцять", "дванадцять", "тринадцять", "чотирнадцять", "п'ятнадцять",
            "шістнадцять", "сімнадцять", "вісімнадцять", "дев'ятнадцять"]
UK_TENS = ["", "", "двадцять", "тридцять", "сорок", "п'ятдесят", "шістдесят", "сімдесят",
           "вісімдесят", "дев'яносто"]
UK_HUNDREDS = ["", "сто", "двісті", "триста", "чотириста", "п'ятсот", "шістсот", "сімсот",
               "вісімсот", "дев'ятсот"]
LT_UNITS = ["nulis", "vienas", "du", "trys", "keturi", "penki", "šeši", "septyni", "aštuoni",
            "devyni"]
LT_TEENS = ["dešimt", "vienuolika", "dvylika", "trylika", "keturiolika", "penkiolika",
            "šešiolika", "septyniolika", "aštuoniolika", "devyniolika"]
LT_TENS = ["", "", "dvidešimt", "trisdešimt", "keturiasdešimt", "penkiasdešimt",
           "šešiasdešimt", "septyniasdešimt", "aštuoniasdešimt", "devyniasdešimt"]
EN_UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
EN_TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
            "seventeen", "eighteen", "nineteen"]
EN_TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def _below_1000(n: int, lang: str) -> list[str]:
    units, teens, tens = {"ru": (RU_UNITS, RU_TEENS, RU_TENS), "uk": (UK_UNITS, UK_TEENS, UK_TENS),
                          "lt": (LT_UNITS, LT_TEENS, LT_TENS),
                          "en": (EN_UNITS, EN_TEENS, EN_TENS)}[lang]
    words: list[str] = []
    hundreds, rest = divmod(n, 100)
    if hundreds:
        if lang == "ru":
            words.append(RU_HUNDREDS[hundreds])
        elif lang == "uk":
            words.append(UK_HUNDREDS[hundreds])
        elif lang == "lt":
            words += ["šimtas"] if hundreds == 1 else [LT_UNITS[hundreds], "šimtai"]
        else:
            words += [EN_UNITS[hundreds], "hundred"]
            if rest and random.random() < 0.5:
                words.append("and")
    if 10 <= rest < 20:
        words.append(teens[rest - 10])
    else:
        if rest >= 20:
            words.append(tens[rest // 10])
        if rest % 10:
            words.append(units[rest % 10])
    return words


def num_words(n: int, lang: str) -> str:
    """Cardinal number in words, 0..999999, the way it is said aloud."""
    if n == 0:
        return {"ru": "ноль", "uk": "нуль", "lt": "nulis", "en": "zero"}[lang]
    thousands, rest = divmod(n, 1000)
    words: list[str] = []
    if thousands:
        last, last2 = thousands % 10, thousands % 100
        if lang in ("ru", "uk"):
            head = _below_1000(thousands, lang) if thousands > 1 else []
            if head and last in (1, 2) and not 10 <= last2 < 20:
                head[-1] = {"ru": ["одна", "две"], "uk": ["одна", "дві"]}[lang][last - 1]
            if last == 1 and not 10 <= last2 < 20:
                noun = "тысяча" if lang == "ru" else "тисяча"
            elif 2 <= last <= 4 and not 10 <= last2 < 20:
                noun = "тысячи" if lang == "ru" else "тисячі"
            else:
                noun = "тысяч" if lang == "ru" else "тисяч"
            words += [*head, noun]
        elif lang == "lt":
            head = _below_1000(thousands, lang) if thousands > 1 else []
            if last == 1 and not 10 <= last2 < 20:
                noun = "tūkstantis"
            elif last == 0 or 10 <= last2 < 20:
                noun = "tūkstančių"
            else:
                noun = "tūkstančiai"
            words += [*head, noun]
        else:
            words += [*_below_1000(thousands, lang), "thousand"]
    if rest:
        words += _below_1000(rest, lang)
    return " ".join(words)


ZERO = {"ru": ["ноль", "ноль", "нуль"], "uk": ["нуль", "нуль", "ноль"], "lt": ["nulis"],
        "en": ["zero", "oh", "oh"]}


def digit_word(d: str, lang: str) -> str:
    if d == "0":
        return random.choice(ZERO[lang])
    return num_words(int(d), lang)


def chunk_words(chunk: str, lang: str) -> str:
    """A chunk of digits read as one number, leading zeros read one by one ("ноль пять")."""
    stripped = chunk.lstrip("0")
    zeros = [digit_word("0", lang) for _ in range(len(chunk) - len(stripped))]
    if not stripped:
        return " ".join(zeros)
    return " ".join([*zeros, num_words(int(stripped), lang)])


EN_DOUBLE = {"2": "double", "3": "triple"}


def en_singles(digits: str) -> list[str]:
    """English digits one by one, with the British "double four" habit now and then."""
    words: list[str] = []
    i = 0
    while i < len(digits):
        run = 1
        while i + run < len(digits) and digits[i + run] == digits[i] and run < 3:
            run += 1
        if run >= 2 and random.random() < 0.6:
            words += [EN_DOUBLE[str(run)], digit_word(digits[i], "en")]
            i += run
        else:
            words.append(digit_word(digits[i], "en"))
            i += 1
    return words


def read_digits(digits: str, lang: str, how: str) -> str:
    """Say a digit group: one by one, in pairs, in triples, or as one number."""
    if how == "single":
        if lang == "en":
            return " ".join(en_singles(digits))
        return " ".join(digit_word(d, lang) for d in digits)
    if how == "whole":
        return chunk_words(digits, lang)
    size = {"pairs": 2, "triples": 3}[how]
    parts = [digits[i:i + size] for i in range(0, len(digits), size)]
    if len(parts) > 1 and len(parts[-1]) == 1:
        last4 = parts[-2] + parts[-1]
        parts[-2:] = [last4] if size == 2 else [last4[:2], last4[2:]]
    return " ".join(chunk_words(p, lang) for p in parts)


def read_groups(groups: list[str], lang: str, hows: tuple[str, ...] = ("single", "pairs",
                "whole", "triples")) -> list[str]:
    """Words for each written group, one reading style per call, mixed now and then."""
    base = random.choice(hows)
    out = []
    for group in groups:
        how = base if random.random() < 0.8 else random.choice(hows)
        if how == "whole" and len(group) > 4:
            how = "triples"
        out.append(read_digits(group, lang, how))
    return out


SLIPS = {
    "en": {"four": ["for"], "two": ["to", "too"], "eight": ["ate"], "oh": ["o"]},
    "ru": {"девяносто": ["девяноста"], "ноль": ["нолик"], "семь": ["сем"], "пять": ["пяти"]},
    "uk": {"п'ять": ["пять"], "шість": ["шесть"], "сім": ["сем"], "дев'ять": ["девять"]},
    "lt": {"nulis": ["nuli"], "trys": ["tris"], "aštuoni": ["astuoni"], "šeši": ["sesi"]},
}


def slip(text: str, lang: str, rate: float = 0.12) -> str:
    """ASR-ish slips on number words (homophones, dropped diacritics, surzhyk)."""
    out = []
    for word in text.split():
        options = SLIPS[lang].get(word)
        out.append(random.choice(options) if options and random.random() < rate else word)
    return " ".join(out)


RU_ORD_GEN_UNITS = ["", "первого", "второго", "третьего", "четвёртого", "пятого", "шестого",
                    "седьмого", "восьмого", "девятого"]
RU_ORD_GEN_TEENS = ["десятого", "одиннадцатого", "двенадцатого", "тринадцатого",
                    "четырнадцатого", "пятнадцатого", "шестнадцатого", "семнадцатого",
                    "восемнадцатого", "девятнадцатого"]
RU_ORD_GEN_TENS = ["", "", "двадцатого", "тридцатого", "сорокового", "пятидесятого",
                   "шестидесятого", "семидесятого", "восьмидесятого", "девяностого"]
UK_ORD_GEN_UNITS = ["", "першого", "другого", "третього", "четвертого", "п'ятого", "шостого",
                    "сьомого", "восьмого", "дев'ятого"]
UK_ORD_GEN_TEENS = ["десятого", "одинадцятого", "дванадцятого", "тринадцятого",
                    "чотирнадцятого", "п'ятнадцятого", "шістнадцятого", "сімнадцятого",
                    "вісімнадцятого", "дев'ятнадцятого"]
UK_ORD_GEN_TENS = ["", "", "двадцятого", "тридцятого", "сорокового", "п'ятдесятого",
                   "шістдесятого", "сімдесятого", "вісімдесятого", "дев'яностого"]
LT_ORD_ACC_UNITS = ["", "pirmą", "antrą", "trečią", "ketvirtą", "penktą", "šeštą", "septintą",
                    "aštuntą", "devintą"]
LT_ORD_ACC_TEENS = ["dešimtą", "vienuoliktą", "dvyliktą", "tryliktą", "keturioliktą",
                    "penkioliktą", "šešioliktą", "septynioliktą", "aštuonioliktą",
                    "devynioliktą"]
LT_ORD_ACC_TENS = ["", "", "dvidešimtą", "trisdešimtą"]
LT_ORD_GPL_UNITS = ["", "pirmų", "antrų", "trečių", "ketvirtų", "penktų", "šeštų", "septintų",
                    "aštuntų", "devintų"]
LT_ORD_GPL_TEENS = ["dešimtų", "vienuoliktų", "dvyliktų", "tryliktų", "keturioliktų",
                    "penkioliktų", "šešioliktų", "septynioliktų", "aštuonioliktų",
                    "devynioliktų"]
LT_ORD_GPL_TENS = ["", "", "dvidešimtų", "trisdešimtų", "keturiasdešimtų", "penkiasdešimtų",
                   "šešiasdešimtų", "septyniasdešimtų", "aštuoniasdešimtų", "devyniasdešimtų"]
EN_ORD = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
          "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
          "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth"]


def ordinal(n: int, lang: str) -> str:
    """Ordinal below 100: genitive in ru/uk ("пятого"), accusative in lt (day), plain in en."""
    tables = {"ru": (RU_ORD_GEN_UNITS, RU_ORD_GEN_TEENS, RU_ORD_GEN_TENS, RU_TENS),
              "uk": (UK_ORD_GEN_UNITS, UK_ORD_GEN_TEENS, UK_ORD_GEN_TENS, UK_TENS),
              "lt": (LT_ORD_ACC_UNITS, LT_ORD_ACC_TEENS, LT_ORD_ACC_TENS, LT_TENS),
              "ltg": (LT_ORD_GPL_UNITS, LT_ORD_GPL_TEENS, LT_ORD_GPL_TENS, LT_TENS)}
    if lang == "en":
        if n <= 20:
            return EN_ORD[n]
        tens, unit = divmod(n, 10)
        return EN_TENS[tens] + " " + EN_ORD[unit] if unit else EN_TENS[tens][:-1] + "ieth"
    units, teens, tens_ord, tens_card = tables[lang]
    if n < 10:
        return units[n]
    if n < 20:
        return teens[n - 10]
    tens, unit = divmod(n, 10)
    return tens_card[tens] + " " + units[unit] if unit else tens_ord[tens]


def year_words(year: int, lang: str, short: bool = False) -> str:
    """A birth year said aloud: "тысяча девятьсот восемьдесят пятого", "nineteen eighty-five"."""
    if lang == "en":
        if year >= 2000:
            return "two thousand" + (" and " + num_words(year - 2000, "en") if year > 2000 else "")
        tail = year % 100
        tail_words = ("oh " + EN_UNITS[tail]) if tail < 10 else num_words(tail, "en")
        return tail_words if short else "nineteen " + tail_words
    key = "ltg" if lang == "lt" else lang
    if year == 2000:
        return {"ru": "двухтысячного", "uk": "двохтисячного", "lt": "dvitūkstantųjų"}[lang]
    if year > 2000:
        head = {"ru": "две тысячи", "uk": "дві тисячі", "lt": "du tūkstančiai"}[lang]
        return head + " " + ordinal(year - 2000, key)
    if short:
        return ordinal(year % 100, key)
    head = {"ru": "тысяча девятьсот", "uk": "тисяча дев'ятсот",
            "lt": "tūkstantis devyni šimtai"}[lang]
    return head + " " + ordinal(year % 100, key)


# --------------------------------------------------------------------------------------------
# Values and how they are written or said.


def digits(n: int, first_nonzero: bool = False) -> str:
    out = "".join(random.choice(string.digits) for _ in range(n))
    if first_nonzero and out[0] == "0":
        out = random.choice("123456789") + out[1:]
    return out


CARD_KINDS = [("4276", 16), ("4279", 16), ("2200", 16), ("2202", 16), ("5469", 16),
              ("5168", 16), ("5375", 16), ("4149", 16), ("4441", 16), ("5355", 16),
              ("4169", 16), ("5226", 16), ("4", 16), ("51", 16), ("2204", 19), ("6250", 19),
              ("37", 15), ("34", 15), ("36", 14), ("4", 13), ("6763", 18), ("6759", 17),
              ("6011", 16), ("2201", 16)]
CARD_GROUPS = {13: [[4, 4, 5], [4, 3, 3, 3]], 14: [[4, 6, 4]], 15: [[4, 6, 5]],
               16: [[4, 4, 4, 4]], 17: [[4, 4, 4, 5]], 18: [[4, 4, 4, 6], [6, 12]],
               19: [[4, 4, 4, 4, 3], [6, 13], [4, 4, 4, 7]]}


def make_card() -> str:
    prefix, length = random.choice(CARD_KINDS)
    body = prefix + digits(length - len(prefix) - 1)
    number = body + luhn_digit(body)
    assert luhn_ok(number) and 13 <= len(number) <= 19
    return number


def split_by(number: str, sizes: list[int]) -> list[str]:
    out, i = [], 0
    for size in sizes:
        out.append(number[i:i + size])
        i += size
    if i < len(number):
        out.append(number[i:])
    return [g for g in out if g]


def card_groups(number: str, spoken: bool) -> list[str]:
    """The groups a card is written or read in; spoken ones are sometimes odd (3-5-4-4)."""
    sizes = random.choice(CARD_GROUPS[len(number)])
    if spoken and random.random() < 0.35:
        sizes = []
        left = len(number)
        while left > 0:
            size = min(left, random.choice([2, 3, 4, 4, 5]))
            sizes.append(size)
            left -= size
    return split_by(number, sizes)


def write_card(number: str) -> str:
    groups = card_groups(number, False)
    style = random.random()
    if style < 0.55:
        return " ".join(groups)
    if style < 0.7:
        return "-".join(groups)
    if style < 0.85:
        return number
    if len(groups) >= 4:
        return f"{groups[0]} {groups[1]}{groups[2]} {''.join(groups[3:])}"
    return " ".join(groups)


LANG_HOWS = {"ru": ("single", "pairs", "whole", "triples", "pairs"),
             "uk": ("single", "pairs", "whole", "triples", "pairs"),
             "lt": ("single", "single", "pairs", "whole"),
             "en": ("single", "single", "pairs", "triples")}


def say_number(value: str, lang: str, groups: list[str] | None = None,
               hows: tuple[str, ...] | None = None) -> str:
    groups = groups or [value]
    return slip(" ".join(read_groups(groups, lang, hows or LANG_HOWS[lang])), lang)


def render_card(number: str, lang: str, style: str) -> str:
    if style == "written":
        return write_card(number)
    return say_number(number, lang, card_groups(number, True))


def card_chunks(number: str, lang: str, style: str, pieces: int) -> list[str]:
    """A card cut into consecutive chunks (for numbers said across turns)."""
    groups = card_groups(number, style == "asr")
    cut = sorted(random.sample(range(1, len(groups)), min(pieces - 1, len(groups) - 1)))
    bounds = [0, *cut, len(groups)]
    out = []
    for a, b in itertools.pairwise(bounds):
        chunk = groups[a:b]
        if style == "written":
            out.append(" ".join(chunk))
        else:
            out.append(say_number("".join(chunk), lang, chunk))
    return out


MONTHS = {
    "ru_gen": ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
               "сентября", "октября", "ноября", "декабря"],
    "uk_gen": ["січня", "лютого", "березня", "квітня", "травня", "червня", "липня", "серпня",
               "вересня", "жовтня", "листопада", "грудня"],
    "ru_nom": ["январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август",
               "сентябрь", "октябрь", "ноябрь", "декабрь"],
    "uk_nom": ["січень", "лютий", "березень", "квітень", "травень", "червень", "липень",
               "серпень", "вересень", "жовтень", "листопад", "грудень"],
    "lt_gen": ["sausio", "vasario", "kovo", "balandžio", "gegužės", "birželio", "liepos",
               "rugpjūčio", "rugsėjo", "spalio", "lapkričio", "gruodžio"],
    "en": ["January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"],
}


def make_expiry() -> tuple[int, int]:
    return random.randint(1, 12), random.randint(25, 32)


def render_expiry(month: int, year: int, lang: str, style: str) -> str:
    if style == "written":
        return random.choice([f"{month:02d}/{year}", f"{month:02d}/20{year}", f"{month:02d}.{year}",
                              f"{month:02d}/{year}", f"{month:02d} {year}"])
    mm = chunk_words(f"{month:02d}", lang) if random.random() < 0.6 else num_words(month, lang)
    yy = num_words(year, lang)
    if random.random() < 0.3:
        if lang == "ru":
            return f"{MONTHS['ru_nom'][month - 1]} {ordinal(year, 'ru')} года"
        if lang == "uk":
            return f"{MONTHS['uk_nom'][month - 1]} {ordinal(year, 'uk')} року"
        if lang == "lt":
            return f"dvidešimt {ordinal(year - 20, 'ltg')} metų {MONTHS['lt_gen'][month - 1]}"
        return f"{MONTHS['en'][month - 1].lower()} twenty {num_words(year - 20, 'en')}"
    return slip(f"{mm} {yy}", lang)


def render_cvv(cvv: str, lang: str, style: str) -> str:
    if style == "written":
        return cvv
    return say_number(cvv, lang, None, ("single", "single", "whole"))


# Phones: (digits, written forms, spoken groups) per country.


def make_phone(country: str) -> tuple[str, list[str]]:
    """A phone number written one of several national or international ways, and its groups."""
    if country == "ru":
        code = random.choice(["916", "903", "926", "985", "999", "921", "952", "495", "812"])
        sub = digits(7, True)
        a, b, c = sub[:3], sub[3:5], sub[5:]
        intl = random.random() < 0.5
        written = random.choice(
            [f"+7 {code} {a}-{b}-{c}", f"+7 ({code}) {a}-{b}-{c}", f"+7{code}{sub}",
             f"+7 {code} {a} {b} {c}"] if intl else
            [f"8 ({code}) {a}-{b}-{c}", f"8-{code}-{a}-{b}-{c}", f"8{code}{sub}",
             f"8 {code} {a} {b} {c}", f"{code} {a}-{b}-{c}"])
        lead = ["+7"] if intl else (["8"] if not written.startswith(code) else [])
        return written, [*lead, code, a, b, c]
    if country == "uk":
        op = random.choice(["67", "50", "63", "93", "97", "68", "66", "73", "44"])
        sub = digits(7, True)
        a, b, c = sub[:3], sub[3:5], sub[5:]
        intl = random.random() < 0.45
        written = random.choice(
            [f"+380 {op} {a} {b} {c}", f"+380{op}{sub}", f"+38 (0{op}) {a}-{b}-{c}"] if intl else
            [f"0{op} {a} {b} {c}", f"(0{op}) {a}-{b}-{c}", f"0{op}{sub}", f"0{op}-{a}-{b}{c}"])
        lead = ["+380", op] if intl else ["0" + op]
        return written, [*lead, a, b, c]
    if country == "lt":
        sub = "6" + digits(7)
        intl = random.random() < 0.5
        written = random.choice(
            [f"+370 {sub[:3]} {sub[3:]}", f"+370{sub}", f"+370 {sub[:1]} {sub[1:4]} {sub[4:]}"]
            if intl else [f"8 {sub[:3]} {sub[3:]}", f"8{sub}", f"8-{sub[:3]}-{sub[3:]}",
                          f"8 {sub[:3]} {sub[3:5]} {sub[5:]}"])
        lead = ["+370"] if intl else ["8"]
        return written, [*lead, sub[:3], sub[3:5], sub[5:]]
    if country == "gb":
        mob = random.random() < 0.6
        if mob:
            sub = "7" + digits(9)
            intl = random.random() < 0.35
            written = (f"+44 {sub[:4]} {sub[4:]}" if intl else
                       random.choice([f"0{sub[:4]} {sub[4:]}", f"0{sub}",
                                      f"0{sub[:4]} {sub[4:7]} {sub[7:]}"]))
            groups = (["+44", sub[:4], sub[4:]] if intl else ["0" + sub[:4], sub[4:7], sub[7:]])
            return written, groups
        area = random.choice(["20", "161", "131", "113", "117"])
        sub = digits(10 - len(area), True)
        written = f"0{area} {sub[:len(sub) - 4]} {sub[-4:]}"
        return written, ["0" + area, sub[:-4], sub[-4:]]
    area = random.choice(["415", "212", "646", "312", "617", "503", "720"])
    sub = "555" + digits(4) if random.random() < 0.3 else digits(3, True) + digits(4)
    written = random.choice([f"({area}) {sub[:3]}-{sub[3:]}", f"{area}-{sub[:3]}-{sub[3:]}",
                             f"+1 {area} {sub[:3]} {sub[3:]}", f"{area}.{sub[:3]}.{sub[3:]}"])
    groups = ([] if not written.startswith("+1") else ["+1"]) + [area, sub[:3], sub[3:]]
    return written, groups


PLUS = {"ru": "плюс", "uk": "плюс", "lt": "plius", "en": "plus"}


EMAIL_AT = {"ru": ["собака", "собака", "собачка", "эт"],
            "uk": ["собака", "равлик", "ет", "собачка"], "lt": ["eta", "eta", "et"], "en": ["at"]}
EMAIL_DOT = {"ru": "точка", "uk": "крапка", "lt": "taškas", "en": "dot"}
EMAIL_UNDERSCORE = {"ru": "нижнее подчёркивание", "uk": "нижнє підкреслення",
                    "lt": "apatinis brūkšnys", "en": "underscore"}
DOMAINS = {
    "ru": [("mail.ru", "мейл"), ("yandex.ru", "яндекс"), ("gmail.com", "джимейл"),
           ("bk.ru", "бэ ка"), ("list.ru", "лист"), ("rambler.ru", "рамблер")],
    "uk": [("ukr.net", "укр"), ("gmail.com", "джимейл"), ("i.ua", "ай"), ("meta.ua", "мета")],
    "lt": [("gmail.com", "gmail"), ("inbox.lt", "inbox"), ("one.lt", "one"),
           ("yahoo.com", "jahu")],
    "en": [("gmail.com", "gmail"), ("outlook.com", "outlook"), ("yahoo.co.uk", "yahoo"),
           ("hotmail.com", "hotmail"), ("icloud.com", "icloud"), ("btinternet.com", "bt internet")],
}
TLD_SPOKEN = {"ru": {"ru": "ру", "com": "ком", "ua": "юа", "net": "нет", "lt": "лт"},
              "uk": {"ru": "ру", "com": "ком", "ua": "юа", "net": "нет"},
              "lt": {"lt": "lt", "com": "com", "ru": "ru"},
              "en": {"com": "com", "co": "co", "uk": "uk", "net": "net"}}
CYR = {"a": "а", "b": "б", "c": "ц", "d": "д", "e": "е", "f": "ф", "g": "г", "h": "х", "i": "и",
       "j": "й", "k": "к", "l": "л", "m": "м", "n": "н", "o": "о", "p": "п", "r": "р", "s": "с",
       "t": "т", "u": "у", "v": "в", "y": "ы", "z": "з", "w": "в", "x": "кс", "q": "к"}


DIGRAPHS = {"shch": "щ", "sh": "ш", "ch": "ч", "kh": "х", "zh": "ж", "ts": "ц", "ya": "я",
            "yu": "ю", "yo": "ё", "iy": "ий", "ia": "ия", "ii": "ий"}


def cyrillic(word: str) -> str:
    """How a Russian or Ukrainian ASR spells a Latin name it heard inside an email."""
    out, i = "", 0
    while i < len(word):
        for size in (4, 2):
            if word[i:i + size] in DIGRAPHS:
                out += DIGRAPHS[word[i:i + size]]
                i += size
                break
        else:
            out += CYR.get(word[i], word[i])
            i += 1
    return out


def make_email(lang: str, first: str, last: str) -> tuple[str, list[str]]:
    """An address and its local-part words (names, digits, separators) for saying it aloud."""
    year = random.choice(["", "", str(random.randint(70, 99)), str(random.randint(1970, 2004)),
                          digits(2)])
    shape = random.random()
    if shape < 0.3:
        words = [first, ".", last]
    elif shape < 0.5:
        words = [first[0], ".", last]
    elif shape < 0.65:
        words = [first, "_", last]
    elif shape < 0.8:
        words = [last]
    else:
        words = [first + last]
    if year:
        words.append(year)
    domain, domain_spoken = random.choice(DOMAINS[lang])
    return "".join(words) + "@" + domain, [*words, "@", domain, domain_spoken]


def render_email(lang: str, style: str, first: str, last: str,
                 native: tuple[str, str] | None = None) -> str:
    address, words = make_email(lang, first, last)
    if style == "written":
        return address
    *local, _, domain, domain_spoken = words
    said = []
    for word in local:
        if word == ".":
            said.append(EMAIL_DOT[lang])
        elif word == "_":
            said.append(EMAIL_UNDERSCORE[lang])
        elif word.isdigit():
            said.append(say_number(word, lang, None, ("whole", "pairs", "single")))
        elif lang in ("ru", "uk") and random.random() < 0.6:
            heard = {first: native[0], last: native[1], first + last: native[0] + native[1]}
            said.append(heard.get(word) or cyrillic(word) if native else cyrillic(word))
        else:
            said.append(word)
    tld = domain.split(".")[1:]
    tail = [TLD_SPOKEN[lang].get(t, t) if random.random() < 0.7 else t for t in tld]
    domain_words = [domain_spoken] + [w for t in tail for w in (EMAIL_DOT[lang], t)]
    return " ".join([*said, random.choice(EMAIL_AT[lang]), *domain_words])


# People. ru names are declined by rule; uk/lt forms are written out (nominative, genitive,
# dative, vocative of the first name).

RU_PEOPLE = [
    ("Иван", "Петрович", "Соколов", "m"), ("Мария", "Сергеевна", "Кузнецова", "f"),
    ("Всеволод", "Игоревич", "Белоусов", "m"), ("Злата", "Андреевна", "Воронцова", "f"),
    ("Рустам", "Рашидович", "Хабибуллин", "m"), ("Алсу", "Ильдаровна", "Гарипова", "f"),
    ("Тимофей", "Аркадьевич", "Лебедев", "m"), ("Евдокия", "Павловна", "Шевчук", "f"),
    ("Глеб", "Олегович", "Миронов", "m"), ("Василиса", "Дмитриевна", "Черных", "f"),
    ("Эльдар", "Маратович", "Алиев", "m"), ("Ульяна", "Викторовна", "Ким", "f"),
    ("Савелий", "Никитич", "Зайцев", "m"), ("Вера", "Николаевна", "Орлова", "f"),
    ("Надежда", "Ивановна", "Гусева", "f"), ("Любовь", "Михайловна", "Фролова", "f"),
    ("Никита", "Александрович", "Воробьёв", "m"), ("Лейла", "Руслановна", "Мамедова", "f"),
    ("Феликс", "Эдуардович", "Гольдман", "m"), ("Аркадий", "Львович", "Берг", "m"),
    ("Дмитрий", "Сергеевич", "Рыжиков", "m"), ("Екатерина", "Юрьевна", "Полякова", "f"),
    ("Ярослав", "Витальевич", "Ковальский", "m"), ("Инна", "Олеговна", "Ковальская", "f"),
    ("Артём", "Денисович", "Цой", "m"), ("Прохор", "Ильич", "Дубовицкий", "m"),
    ("Серафима", "Георгиевна", "Ладыгина", "f"), ("Оскар", "Тимурович", "Нурмагомедов", "m"),
]
RU_LATIN = {"Иван": "ivan", "Мария": "maria", "Всеволод": "vsevolod", "Злата": "zlata",
            "Рустам": "rustam", "Алсу": "alsu", "Тимофей": "timofey", "Евдокия": "evdokia",
            "Глеб": "gleb", "Василиса": "vasilisa", "Эльдар": "eldar", "Ульяна": "ulyana",
            "Савелий": "saveliy", "Вера": "vera", "Надежда": "nadya", "Любовь": "lyuba",
            "Никита": "nikita", "Лейла": "leyla", "Феликс": "felix", "Аркадий": "arkadiy",
            "Дмитрий": "dima", "Екатерина": "katya", "Ярослав": "yaroslav", "Инна": "inna",
            "Артём": "artem", "Прохор": "prokhor", "Серафима": "sima", "Оскар": "oskar"}
RU_SURNAME_LATIN = {"Соколов": "sokolov", "Кузнецова": "kuznetsova", "Белоусов": "belousov",
                    "Воронцова": "vorontsova", "Хабибуллин": "khabibullin",
                    "Гарипова": "garipova", "Лебедев": "lebedev", "Шевчук": "shevchuk",
                    "Миронов": "mironov", "Черных": "chernykh", "Алиев": "aliev", "Ким": "kim",
                    "Зайцев": "zaitsev", "Орлова": "orlova", "Гусева": "guseva",
                    "Фролова": "frolova", "Воробьёв": "vorobyov", "Мамедова": "mamedova",
                    "Гольдман": "goldman", "Берг": "berg", "Рыжиков": "ryzhikov",
                    "Полякова": "polyakova", "Ковальский": "kovalsky",
                    "Ковальская": "kovalskaya", "Цой": "tsoy", "Дубовицкий": "dubovitsky",
                    "Ладыгина": "ladygina", "Нурмагомедов": "nurmagomedov"}
RU_NICK_LATIN = {"nadya", "lyuba", "dima", "katya", "sima"}
CASES = {"gen": 0, "dat": 1, "acc": 2, "ins": 3}


def ru_first(name: str, sex: str, case: str) -> str:
    i = CASES[case]
    if sex == "m":
        if name.endswith("й"):
            return name[:-1] + ["я", "ю", "я", "ем"][i]
        if name.endswith("а"):
            return name[:-1] + ["ы", "е", "у", "ой"][i]
        return name + ["а", "у", "а", "ом"][i]
    if name.endswith("ия"):
        return name[:-1] + ["и", "и", "ю", "ей"][i]
    if name.endswith("а"):
        soft = name[-2] in "гкхжшчщ"
        return name[:-1] + [("и" if soft else "ы"), "е", "у", "ой"][i]
    if name.endswith("ь"):
        return name[:-1] + ["и", "и", "ь", "ью"][i]
    return name


def ru_patronymic(name: str, sex: str, case: str) -> str:
    i = CASES[case]
    if sex == "m":
        return name + ["а", "у", "а", "ем"][i]
    return name[:-1] + ["ы", "е", "у", "ой"][i]


def ru_surname(name: str, sex: str, case: str) -> str:
    i = CASES[case]
    if sex == "m":
        if name.endswith("ий"):
            return name[:-2] + ["ого", "ому", "ого", "им"][i]
        if name.endswith("ой"):
            return name[:-1] + ["я", "ю", "я", "ем"][i]
        if re.search("(ов|ев|ёв|ин|ын)$", name):
            return name + ["а", "у", "а", "ым"][i]
        return name + ["а", "у", "а", "ом"][i]
    if name.endswith("ая"):
        return name[:-2] + ["ой", "ой", "ую", "ой"][i]
    if re.search("(ова|ева|ина|ына)$", name):
        return name[:-1] + ["ой", "ой", "у", "ой"][i]
    return name


def ru_name(person: tuple, parts: str, case: str = "nom") -> str:
    """parts: letters f (first), p (patronymic), s (surname) in the order wanted, e.g. "sfp"."""
    first, patronymic, surname, sex = person
    forms = {"f": first, "p": patronymic, "s": surname}
    if case != "nom":
        forms = {"f": ru_first(first, sex, case), "p": ru_patronymic(patronymic, sex, case),
                 "s": ru_surname(surname, sex, case)}
    return " ".join(forms[c] for c in parts)


UK_PEOPLE = [
    ("Олена Коваленко", "Олени Коваленко", "Олені Коваленко", "Олено", "Петрівна", "f",
     "olena", "kovalenko"),
    ("Тарас Шевчук", "Тараса Шевчука", "Тарасові Шевчуку", "Тарасе", "Іванович", "m",
     "taras", "shevchuk"),
    ("Богдана Ткачук", "Богдани Ткачук", "Богдані Ткачук", "Богдано", "Степанівна", "f",
     "bohdana", "tkachuk"),
    ("Остап Гнатюк", "Остапа Гнатюка", "Остапові Гнатюку", "Остапе", "Ярославович", "m",
     "ostap", "hnatiuk"),
    ("Соломія Павлишин", "Соломії Павлишин", "Соломії Павлишин", "Соломіє", "Романівна", "f",
     "solomiia", "pavlyshyn"),
    ("Мирослав Дзюба", "Мирослава Дзюби", "Мирославу Дзюбі", "Мирославе", "Олегович", "m",
     "myroslav", "dziuba"),
    ("Ярина Бондаренко", "Ярини Бондаренко", "Ярині Бондаренко", "Ярино", "Василівна", "f",
     "yaryna", "bondarenko"),
    ("Назар Кравець", "Назара Кравця", "Назарові Кравцю", "Назаре", "Богданович", "m",
     "nazar", "kravets"),
    ("Віра Мельник", "Віри Мельник", "Вірі Мельник", "Віро", "Миколаївна", "f",
     "vira", "melnyk"),
    ("Андрій Литвиненко", "Андрія Литвиненка", "Андрієві Литвиненку", "Андрію", "Петрович",
     "m", "andrii", "lytvynenko"),
    ("Надія Костенко", "Надії Костенко", "Надії Костенко", "Надіє", "Іванівна", "f",
     "nadiia", "kostenko"),
    ("Ігор Панчишин", "Ігоря Панчишина", "Ігореві Панчишину", "Ігорю", "Михайлович", "m",
     "ihor", "panchyshyn"),
    ("Ярема Опанасенко", "Яреми Опанасенка", "Яремі Опанасенку", "Яремо", "Тарасович", "m",
     "yarema", "opanasenko"),
    ("Христина Савчук", "Христини Савчук", "Христині Савчук", "Христино", "Андріївна", "f",
     "khrystyna", "savchuk"),
    ("Любомир Гуцуляк", "Любомира Гуцуляка", "Любомирові Гуцуляку", "Любомире", "Дмитрович",
     "m", "liubomyr", "hutsuliak"),
    ("Орися Винничук", "Орисі Винничук", "Орисі Винничук", "Орисю", "Олексіївна", "f",
     "orysia", "vynnychuk"),
]
LT_PEOPLE = [
    ("Jonas Petraitis", "Jono Petraičio", "Jonui Petraičiui", "Jonai", "", "m", "jonas",
     "petraitis"),
    ("Rūta Kazlauskienė", "Rūtos Kazlauskienės", "Rūtai Kazlauskienei", "Rūta", "", "f",
     "ruta", "kazlauskiene"),
    ("Gintarė Jankauskaitė", "Gintarės Jankauskaitės", "Gintarei Jankauskaitei", "Gintare", "",
     "f", "gintare", "jankauskaite"),
    ("Mindaugas Vasiliauskas", "Mindaugo Vasiliausko", "Mindaugui Vasiliauskui", "Mindaugai",
     "", "m", "mindaugas", "vasiliauskas"),
    ("Žygimantas Butkus", "Žygimanto Butkaus", "Žygimantui Butkui", "Žygimantai", "", "m",
     "zygimantas", "butkus"),
    ("Aistė Žukauskaitė", "Aistės Žukauskaitės", "Aistei Žukauskaitei", "Aiste", "", "f",
     "aiste", "zukauskaite"),
    ("Vytautas Stankevičius", "Vytauto Stankevičiaus", "Vytautui Stankevičiui", "Vytautai", "",
     "m", "vytautas", "stankevicius"),
    ("Eglė Paulauskienė", "Eglės Paulauskienės", "Eglei Paulauskienei", "Egle", "", "f",
     "egle", "paulauskiene"),
    ("Dovydas Kairys", "Dovydo Kairio", "Dovydui Kairiui", "Dovydai", "", "m", "dovydas",
     "kairys"),
    ("Giedrė Navickienė", "Giedrės Navickienės", "Giedrei Navickienei", "Giedre", "", "f",
     "giedre", "navickiene"),
    ("Laurynas Grigas", "Lauryno Grigo", "Laurynui Grigui", "Laurynai", "", "m", "laurynas",
     "grigas"),
    ("Gintaras Žemaitis", "Gintaro Žemaičio", "Gintarui Žemaičiui", "Gintarai", "", "m",
     "gintaras", "zemaitis"),
    ("Saulė Rimkutė", "Saulės Rimkutės", "Saulei Rimkutei", "Saule", "", "f", "saule",
     "rimkute"),
    ("Olga Ivanova", "Olgos Ivanovos", "Olgai Ivanovai", "Olga", "", "f", "olga", "ivanova"),
    ("Rasa Urbonienė", "Rasos Urbonienės", "Rasai Urbonienei", "Rasa", "", "f", "rasa",
     "urboniene"),
    ("Kęstutis Šimkus", "Kęstučio Šimkaus", "Kęstučiui Šimkui", "Kęstuti", "", "m", "kestutis",
     "simkus"),
    ("Ugnė Bernotaitė", "Ugnės Bernotaitės", "Ugnei Bernotaitei", "Ugne", "", "f", "ugne",
     "bernotaite"),
]
EN_PEOPLE = [("Siobhan", "O'Neill"), ("Chukwuemeka", "Okafor"), ("Priya", "Raghunathan"),
             ("Grace", "Whitfield"), ("Will", "Thornton"), ("May", "Lindqvist"),
             ("Bartholomew", "Finch"), ("Agnieszka", "Wojcik"), ("Mohammed", "Al-Sayed"),
             ("Rhys", "Pritchard"), ("Hope", "Adeyemi"), ("Declan", "McAllister"),
             ("Xiaoling", "Zhou"), ("Bill", "Henderson"), ("Penny", "Okonkwo"),
             ("Dolores", "Fairweather"), ("Tobias", "Ngata"), ("Eilidh", "MacLeod"),
             ("Hamish", "Drummond"), ("Oluwaseun", "Bakare")]
AGENTS = {"ru": ["Ольга", "Дарья", "Кирилл", "Анастасия", "Марат", "Ксения", "Роман", "Вера"],
          "uk": ["Ірина", "Максим", "Дарина", "Святослав", "Юлія", "Богдан"],
          "lt": ["Indrė", "Tomas", "Karolina", "Paulius", "Ugnė", "Mantas"],
          "en": ["Daniel", "Chloe", "Aisha", "Connor", "Megan", "Ravi", "Grace"]}
NICKNAMES = {"ru": ["Маша", "Саша", "Женя", "Лёха", "Танюша", "Вовка"],
             "uk": ["Оля", "Сашко", "Тарасик", "Іванко", "Марічка"],
             "lt": ["Vytas", "Jonukas", "Aistutė", "Mindė"],
             "en": ["Liz", "Bob", "Jonno", "Kate", "Alfie"]}


def person(lang: str) -> dict:
    """A person with the forms the phrasebooks need and Latin parts for an email."""
    if lang == "ru":
        p = random.choice(RU_PEOPLE)
        return {"p": p, "first": p[0], "last": p[2], "sex": p[3], "full": ru_name(p, "fs"),
                "lat": (RU_LATIN[p[0]], RU_SURNAME_LATIN[p[2]]),
                "native": (cyrillic(RU_LATIN[p[0]]) if RU_LATIN[p[0]] in RU_NICK_LATIN
                           else p[0].lower(), p[2].lower())}
    if lang in ("uk", "lt"):
        p = random.choice(UK_PEOPLE if lang == "uk" else LT_PEOPLE)
        first, last = p[0].split(" ", 1)
        return {"p": p, "first": first, "last": last, "sex": p[5], "full": p[0], "gen": p[1],
                "dat": p[2], "voc": p[3], "patr": p[4], "lat": (p[6], p[7]),
                "native": (first.lower(), last.lower()) if lang == "uk" else None}
    first, last = random.choice(EN_PEOPLE)
    return {"first": first, "last": last, "full": f"{first} {last}", "sex": "?",
            "lat": (first.lower(), re.sub("[^a-z]", "", last.lower())), "native": None}


# Documents, identity numbers, dates of birth, accounts, addresses.

LETTERS_UK_BOOKLET = "АВЕКМНОРСТ"
LETTERS_SPOKEN = {"А": "а", "В": "ве", "Е": "е", "К": "ка", "М": "ем", "Н": "ен", "О": "о",
                  "Р": "ер", "С": "ес", "Т": "те"}


def render_passport(kind: str, lang: str, style: str) -> str:
    """ru: series + number; uk: booklet (two letters) or ID card; lt; gb/us."""
    written = style == "written"
    if kind == "ru":
        series, number = digits(4, True), digits(6, True)
        if written:
            return random.choice([f"{series[:2]} {series[2:]} {number}", f"{series} {number}",
                                  f"{series}{number}", f"{series} № {number}"])
        return say_number(series + number, lang, [series[:2], series[2:], number])
    if kind == "uk_booklet":
        letters = "".join(random.choice(LETTERS_UK_BOOKLET) for _ in range(2))
        number = digits(6, True)
        if written:
            return random.choice([f"{letters} {number}", f"{letters}{number}",
                                  f"{letters} № {number}"])
        spoken = (" ".join(LETTERS_SPOKEN[c] for c in letters) if random.random() < 0.5
                  else letters.lower())
        return spoken + " " + say_number(number, lang, [number[:3], number[3:]])
    if kind == "uk_id":
        number = "00" + digits(7, True) if random.random() < 0.5 else digits(9, True)
        return number if written else say_number(number, lang, [number[:3], number[3:6],
                                                                number[6:]])
    if kind == "lt":
        number = random.choice("12") + digits(7)
        return number if written else say_number(number, lang, [number[:4], number[4:]])
    if kind == "gb":
        number = digits(9, True)
        return number if written else say_number(number, lang, [number[:3], number[3:6],
                                                                number[6:]])
    letter = random.choice("ACEFGHJKLMN")
    number = digits(8, True)
    if written:
        return random.choice([letter + number, digits(9, True)])
    return letter.lower() + " " + say_number(number, lang, [number[:4], number[4:]])


def en_suffix(day: int) -> str:
    if 4 <= day <= 20 or day % 10 > 3 or day % 10 == 0:
        return "th"
    return ["st", "nd", "rd"][day % 10 - 1]


def birth_date() -> dt.date:
    return dt.date(1948, 1, 1) + dt.timedelta(days=random.randint(0, 365 * 57))


def render_dob(date: dt.date, lang: str, style: str) -> str:
    """A birth date as written in that country or as people say it."""
    d, m, y = date.day, date.month, date.year
    if style == "written":
        if lang == "ru":
            month = MONTHS["ru_gen"][m - 1]
            return random.choice([f"{d:02d}.{m:02d}.{y}", f"{d} {month} {y}",
                                  f"{d} {month} {y} года", f"{d}.{m}.{y % 100:02d}",
                                  f"{d:02d}/{m:02d}/{y}"])
        if lang == "uk":
            month = MONTHS["uk_gen"][m - 1]
            return random.choice([f"{d:02d}.{m:02d}.{y}", f"{d} {month} {y}",
                                  f"{d} {month} {y} року", f"{d:02d}.{m:02d}.{y % 100:02d}"])
        if lang == "lt":
            month = MONTHS["lt_gen"][m - 1]
            return random.choice([f"{y}-{m:02d}-{d:02d}", f"{y} m. {month} {d} d.",
                                  f"{y}.{m:02d}.{d:02d}", f"{y} {month} {d}"])
        month = MONTHS["en"][m - 1]
        return random.choice([f"{d:02d}/{m:02d}/{y}", f"{month} {d}, {y}",
                              f"{d} {month} {y}", f"{m}/{d}/{y % 100:02d}",
                              f"{d}{en_suffix(d)} of {month} {y}"])
    if lang in ("ru", "uk"):
        months = MONTHS[f"{lang}_gen"]
        year_word = {"ru": "года", "uk": "року"}[lang]
        shape = random.random()
        if shape < 0.45:
            return f"{ordinal(d, lang)} {months[m - 1]} {year_words(y, lang)} {year_word}"
        if shape < 0.65:
            return f"{ordinal(d, lang)} {months[m - 1]} {year_words(y, lang, short=True)}"
        if shape < 0.85:
            return " ".join([chunk_words(f"{d:02d}", lang), chunk_words(f"{m:02d}", lang),
                             num_words(y, lang) if random.random() < 0.5 else
                             say_number(str(y), lang, [str(y)[:2], str(y)[2:]], ("pairs",))])
        return f"{ordinal(d, lang)} {ordinal(m, lang)} {year_words(y, lang)}"
    if lang == "lt":
        shape = random.random()
        months = MONTHS["lt_gen"]
        if shape < 0.5:
            return f"{year_words(y, 'lt')} metų {months[m - 1]} {ordinal(d, 'lt')}"
        if shape < 0.75:
            return f"{num_words(y, 'lt')} {months[m - 1]} {num_words(d, 'lt')}"
        return f"{months[m - 1]} {ordinal(d, 'lt')} {year_words(y, 'lt')} metų"
    month = MONTHS["en"][m - 1].lower()
    shape = random.random()
    if shape < 0.35:
        return f"the {ordinal(d, 'en')} of {month} {year_words(y, 'en')}"
    if shape < 0.6:
        return f"{month} {ordinal(d, 'en')} {year_words(y, 'en')}"
    if shape < 0.8:
        return f"{month} the {ordinal(d, 'en')} {year_words(y, 'en', short=True)}"
    return " ".join(en_singles(f"{d:02d}") + en_singles(f"{m:02d}") + [year_words(y, "en")])


def make_national_id(kind: str, sex: str = "m") -> tuple[str, str, list[str]]:
    """(value, written form, groups to say) for the national identity numbers of the set."""
    male = sex != "f"
    if kind == "inn12":
        value = inn12(random.choice(["77", "50", "78", "16", "02", "66"]) + digits(8))
        return value, value, [value[:4], value[4:8], value[8:]]
    if kind == "inn10":
        value = inn10(random.choice(["77", "50", "78", "54"]) + digits(7))
        return value, value, [value[:4], value[4:7], value[7:]]
    if kind == "snils":
        body = digits(9, True)
        value = snils(body)
        written = random.choice([f"{value[:3]}-{value[3:6]}-{value[6:9]} {value[9:]}",
                                 f"{value[:3]}-{value[3:6]}-{value[6:9]}-{value[9:]}", value])
        return value, written, [value[:3], value[3:6], value[6:9], value[9:]]
    if kind == "rnokpp":
        value = rnokpp(birth_date(), digits(3), male, random)
        return value, value, [value[:5], value[5:]] if random.random() < 0.3 else \
            [value[:3], value[3:6], value[6:8], value[8:]]
    if kind == "ak":
        value = asmens_kodas(birth_date(), male, digits(3))
        return value, value, [value[:1], value[1:7], value[7:]]
    if kind == "nino":
        first = random.choice("ABCEGHJKLMNOPRSTWXYZ")
        second = random.choice("ABCEGHJKLMNPRSTWXYZ")
        body = digits(6)
        suffix = random.choice("ABCD")
        written = random.choice([f"{first}{second} {body[:2]} {body[2:4]} {body[4:]} {suffix}",
                                 f"{first}{second}{body}{suffix}"])
        return first + second + body + suffix, written, [first, second, body, suffix]
    area = random.choice([n for n in range(1, 900) if n != 666])
    group, serial = random.randint(1, 99), random.randint(1, 9999)
    value = f"{area:03d}{group:02d}{serial:04d}"
    written = random.choice([f"{area:03d}-{group:02d}-{serial:04d}", value])
    return value, written, [value[:3], value[3:5], value[5:]]


def render_national_id(kind: str, lang: str, style: str, sex: str = "m") -> str:
    value, written, groups = make_national_id(kind, sex)
    if style == "written":
        return written
    if kind == "nino":
        letters = " ".join(groups[0] + groups[1]).lower()
        middle = say_number(groups[2], "en", None, ("pairs", "single"))
        return f"{letters} {middle} {groups[3].lower()}"
    return say_number(value, lang, groups)


def make_account(kind: str) -> tuple[str, list[str]]:
    """(written form, groups to say) for IBANs and account, contract and policy numbers."""
    if kind == "iban_lt":
        value = iban("LT", random.choice(["73000", "70440", "72300", "40100"]) + digits(11))
    elif kind == "iban_ua":
        value = iban("UA", random.choice(["305299", "322001", "300528", "320649"]) + "0000"
                     + digits(15))
    elif kind == "iban_gb":
        value = iban("GB", random.choice(["NWBK", "BARC", "LOYD", "MIDL"]) + digits(14))
    else:
        value = ""
    if value:
        assert iban_ok(value)
        grouped = " ".join(value[i:i + 4] for i in range(0, len(value), 4))
        written = grouped if random.random() < 0.7 else value
        return written, [value[i:i + 4] for i in range(0, len(value), 4)]
    if kind == "ru_account":
        value = random.choice(["40817810", "40817978", "42301810"]) + digits(12)
        return value, [value[:5], value[5:8], value[8:9], value[9:13], value[13:]]
    if kind == "contract":
        value = random.choice([digits(8, True), f"{digits(2, True)}-{digits(6)}",
                               f"{digits(4, True)}/{digits(2, True)}", digits(10, True)])
        return value, re.split("[-/]", value)
    if kind in ("policy", "policy_ru"):
        prefix = random.choice(["ХХХ", "ААС", "ТТТ"] if kind == "policy_ru" else
                               ["PL", "AB", "HX"])
        value = f"{prefix} {digits(10)}" if kind == "policy_ru" else f"{prefix}{digits(8)}"
        return value, [value]
    if kind == "personal_account":
        value = digits(random.choice([7, 9, 10, 12]), True)
        return value, [value[i:i + 3] for i in range(0, len(value), 3)]
    value = digits(8, True)
    return value, [value[:4], value[4:]]


LETTER_WORDS = {"ru": {"ХХХ": "икс икс икс", "ААС": "а а эс", "ТТТ": "тэ тэ тэ"},
                "uk": {"AB": "а бе", "PL": "пе ел", "UA": "у а"},
                "lt": {"PL": "pė el", "AB": "a bė", "LT": "el tė"},
                "en": {"PL": "p l", "AB": "a b"}}


def render_account(kind: str, lang: str, style: str) -> str:
    written, groups = make_account(kind)
    if style == "written":
        return written
    words = []
    for group in groups:
        letters = re.match("[A-ZА-Я]+", group)
        if letters:
            prefix = letters.group(0)
            spoken = LETTER_WORDS.get(lang, {}).get(prefix) or " ".join(prefix).lower()
            words.append(spoken)
            group = group[len(prefix):].strip()
        if group:
            words.append(say_number(group, lang))
    return " ".join(words)


ADDRESS_STREETS = {
    "ru": [("ул.", "улица", "Ленина"), ("ул.", "улица", "Профсоюзная"), ("ул.", "улица", "Садовая"),
           ("пр-т", "проспект", "Мира"), ("пр-т", "проспект", "Маршала Жукова"),
           ("пер.", "переулок", "Кривоколенный"), ("ул.", "улица", "Академика Королёва"),
           ("б-р", "бульвар", "Яна Райниса"), ("ш.", "шоссе", "Варшавское"),
           ("ул.", "улица", "Красных Зорь"), ("наб.", "набережная", "Обводного канала")],
    "uk": [("вул.", "вулиця", "Шевченка"), ("вул.", "вулиця", "Січових Стрільців"),
           ("вул.", "вулиця", "Городоцька"), ("просп.", "проспект", "Незалежності"),
           ("бульв.", "бульвар", "Лесі Українки"), ("вул.", "вулиця", "Героїв Майдану"),
           ("пров.", "провулок", "Костомарова"), ("вул.", "вулиця", "Грушевського")],
    "lt": [("pr.", "prospektas", "Gedimino"), ("g.", "gatvė", "Žalgirio"),
           ("pr.", "prospektas", "Savanorių"), ("al.", "alėja", "Laisvės"),
           ("g.", "gatvė", "Pylimo"), ("g.", "gatvė", "Kalvarijų"), ("g.", "gatvė", "Ąžuolyno"),
           ("g.", "gatvė", "Šilo"), ("pr.", "prospektas", "Taikos")],
    "en": [("St", "street", "Baker"), ("Rd", "road", "Elm"), ("Ave", "avenue", "Kingsley"),
           ("Lane", "lane", "Church"), ("Dr", "drive", "Maple"), ("Rd", "road", "Victoria"),
           ("Crescent", "crescent", "Ashgrove"), ("Close", "close", "Wren")],
}


def render_address(lang: str, style: str) -> str:
    """Street with house number (and often a flat), in the local order and abbreviations."""
    short, full, name = random.choice(ADDRESS_STREETS[lang])
    house = random.choice([random.randint(1, 40), random.randint(1, 160)])
    flat = random.choice([None, random.randint(1, 20), random.randint(1, 250)])
    letter = random.choice(["", "", "", "А" if lang in ("ru", "uk") else "A"])
    spoken = style == "asr"
    if lang == "ru":
        if spoken:
            out = random.choice([f"улица {name}" if full == "улица" else f"{full} {name}", name])
            out += f" дом {num_words(house, 'ru')}" if random.random() < 0.7 else \
                f" {num_words(house, 'ru')}"
            if random.random() < 0.2:
                out += f" корпус {num_words(random.randint(1, 5), 'ru')}"
            if flat:
                out += f" квартира {num_words(flat, 'ru')}"
            return out.lower()
        street = random.choice([f"{short} {name}", f"{full} {name}", name])
        if full in ("проспект", "шоссе", "набережная") and street.startswith(full):
            street = f"{name} {full}" if full == "шоссе" else street
        sep = random.choice([", д. ", " д. ", ", ", ", дом "])
        out = f"{street}{sep}{house}{letter}"
        if flat:
            out += random.choice([f", кв. {flat}", f" кв {flat}", f"-{flat}", f", квартира {flat}"])
        return out
    if lang == "uk":
        if spoken:
            out = f"{full} {name}" + random.choice([" будинок ", " "]) + num_words(house, "uk")
            if flat:
                out += random.choice([" квартира ", " кв "]) + num_words(flat, "uk")
            return out.lower()
        out = f"{random.choice([short, full])} {name}{random.choice([', ', ', буд. ', ' '])}"
        out += f"{house}{letter}"
        if flat:
            out += random.choice([f", кв. {flat}", f"/{flat}", f", квартира {flat}"])
        return out
    if lang == "lt":
        if spoken:
            out = f"{name} {full} {num_words(house, 'lt')}"
            if flat:
                out += random.choice([" butas ", " buto numeris ", " "]) + num_words(flat, "lt")
            return out.lower()
        out = f"{name} {random.choice([short, short, full])} {house}{letter}"
        if flat:
            out += random.choice([f"-{flat}", f", butas {flat}", f", bt. {flat}"])
        return out
    if spoken:
        out = f"{num_words(house, 'en')} {name} {full}"
        if flat:
            out = random.choice([f"flat {num_words(flat, 'en')} {out}",
                                 f"{out} apartment {num_words(flat, 'en')}"])
        return out.lower()
    out = f"{house}{letter} {name} {random.choice([short, full.title()])}"
    if flat:
        out = random.choice([f"Flat {flat}, {out}", f"{out}, Apt {flat}", f"{out}, Flat {flat}"])
    return out


# --------------------------------------------------------------------------------------------
# Everyday non-PII values said next to the PII (the hard negatives).


def num_text(n: int, lang: str, style: str) -> str:
    return str(n) if style == "written" else num_words(n, lang)


def money(lang: str, style: str) -> str:
    amount = random.choice([random.randint(2, 99) * 10, random.randint(1, 60) * 100,
                            random.randint(3, 90) * 1000, random.randint(2, 9) * 10])
    if style == "written":
        shown = f"{amount:,}".replace(",", " " if lang != "en" else ",")
        return {"ru": random.choice([f"{shown} рублей", f"{shown} ₽", f"{shown} руб."]),
                "uk": random.choice([f"{shown} гривень", f"{shown} грн"]),
                "lt": random.choice([f"{shown} eurų", f"{shown} €", f"{shown} Eur"]),
                "en": random.choice([f"£{shown}", f"${shown}", f"{shown} pounds"])}[lang]
    unit = {"ru": "рублей", "uk": "гривень", "lt": "eurų", "en": random.choice(["pounds",
                                                                                 "dollars"])}
    return f"{num_words(amount, lang)} {unit[lang]}"


def clock(lang: str, style: str, hour: int | None = None) -> str:
    hour = hour or random.randint(8, 20)
    minute = random.choice([0, 15, 30, 45])
    if style == "written":
        if lang == "en":
            return f"{hour % 12 or 12}:{minute:02d} {'am' if hour < 12 else 'pm'}"
        return f"{hour}:{minute:02d}" if lang != "lt" else f"{hour}.{minute:02d}"
    words = num_words(hour if lang != "en" else hour % 12 or 12, lang)
    if minute:
        words += " " + num_words(minute, lang)
    elif lang == "en":
        words += " o'clock"
    return words


def day_date(lang: str, style: str) -> str:
    """An appointment or delivery date: not a date of birth, not to be redacted."""
    m, d = random.randint(1, 12), random.randint(1, 28)
    if style == "written":
        return {"ru": f"{d} {MONTHS['ru_gen'][m - 1]}", "uk": f"{d} {MONTHS['uk_gen'][m - 1]}",
                "lt": f"{MONTHS['lt_gen'][m - 1]} {d} d.",
                "en": random.choice([f"{d} {MONTHS['en'][m - 1]}",
                                     f"{MONTHS['en'][m - 1]} {d}"])}[lang]
    return {"ru": f"{ordinal(d, 'ru')} {MONTHS['ru_gen'][m - 1]}",
            "uk": f"{ordinal(d, 'uk')} {MONTHS['uk_gen'][m - 1]}",
            "lt": f"{MONTHS['lt_gen'][m - 1]} {ordinal(d, 'lt')}",
            "en": f"the {ordinal(d, 'en')} of {MONTHS['en'][m - 1]}"}[lang]


def order_number(lang: str, style: str) -> str:
    value = random.choice([digits(8, True), digits(6, True), digits(11, True),
                           f"{digits(3, True)}-{digits(4)}"])
    if style == "written":
        return value
    return say_number(value.replace("-", ""), lang, value.split("-"))


def tracking_number(lang: str, style: str) -> str:
    body = digits(8, True)
    code = random.choice(["RA", "LB", "CP", "RR", "UA", "LT"])
    value = f"{code}{body}{random.choice(['CN', 'RU', 'LT', 'UA', 'GB'])}"
    if lang == "uk" and random.random() < 0.5:
        value = "20" + digits(12)
    if style == "written":
        return value
    letters = [c.lower() for c in value if c.isalpha()]
    numbers = "".join(c for c in value if c.isdigit())
    return " ".join([*letters[:2], say_number(numbers, lang), *letters[2:]])


def last4(lang: str, style: str) -> str:
    value = digits(4)
    hows = ("single", "pairs") if lang == "en" else ("single", "pairs", "whole")
    return value if style == "written" else say_number(value, lang, None, hows)


# --------------------------------------------------------------------------------------------
# Phrasebook: how agents and customers actually put it, several ways per language.

PB: dict[str, dict[str, list[str]]] = {
    "greet": {
        "ru": ["Здравствуйте, банк «Северный», меня зовут {agent}, чем могу помочь?",
               "Добрый день, {agent}, служба поддержки, слушаю вас.",
               "Компания «Домотел», оператор {agent}, здравствуйте.",
               "Здравствуйте! Это {agent}, страховая «Гарант-Полис». Чем помочь?"],
        "uk": ["Добрий день, ПриватБанк, мене звати {agent}, чим можу допомогти?",
               "Вітаю, служба підтримки, {agent}, слухаю вас.",
               "Доброго дня, Київстар, оператор {agent}."],
        "lt": ["Laba diena, Swedbank, jus aptarnauja {agent}, kuo galiu padėti?",
               "Sveiki, Telia klientų aptarnavimas, mano vardas {agent}.",
               "Labas, čia {agent} iš Ignitis, klausau jūsų."],
        "en": ["Good morning, Brightwater Energy, you're speaking to {agent}, how can I help?",
               "Hi, thanks for calling Northgate Bank, my name's {agent}.",
               "Hello, customer services, {agent} speaking."],
    },
    "card_ask": {
        "ru": ["Продиктуйте, пожалуйста, номер карты.",
               "Назовите номер карты полностью, с лицевой стороны.",
               "Мне нужен номер карты, на которую делать возврат.",
               "Какой номер у новой карты?", "Диктуйте номер карты, я записываю."],
        "uk": ["Продиктуйте, будь ласка, номер картки.",
               "Назвіть повний номер картки з лицьового боку.",
               "Мені потрібен номер картки, на яку робити повернення.",
               "Який номер у нової картки?"],
        "lt": ["Prašau padiktuoti kortelės numerį.", "Kokiu kortelės numeriu grąžinti pinigus?",
               "Pasakykite visą kortelės numerį iš priekinės pusės.",
               "Koks naujos kortelės numeris?"],
        "en": ["Could you read me the long number on the front of the card?",
               "What's the card number, please?", "Can I take the long card number?",
               "Go ahead with the card number whenever you're ready."],
    },
    "card_give": {
        "ru": ["{card}", "Да, записывайте: {card}.", "Так, сейчас... {card}.",
               "Номер карты {card}, она на меня оформлена.", "Пишите: {card}. Это Мир.",
               "Значит, {card}, вроде всё.", "Э-э, {card}."],
        "uk": ["{card}", "Так, записуйте: {card}.", "Зараз... {card}.",
               "Номер картки {card}, вона на мене.", "Пишіть: {card}, це Приват.",
               "Ну, {card}, начебто все."],
        "lt": ["{card}", "Taip, užsirašykite: {card}.", "Tuoj... {card}.",
               "Kortelės numeris {card}, ji mano vardu.", "Rašykite: {card}, tai Swedbank."],
        "en": ["{card}", "Yeah, it's {card}.", "Right, got it here... {card}.",
               "It's a Visa, {card}.", "OK so the number is {card}.", "Erm, {card}."],
    },
    "exp_ask": {
        "ru": ["А срок действия?", "Какой срок действия указан на карте?",
               "До какого месяца и года действует карта?"],
        "uk": ["А термін дії?", "Який термін дії вказаний на картці?",
               "До якого місяця і року діє картка?"],
        "lt": ["Koks galiojimo laikas?", "Iki kada galioja kortelė?"],
        "en": ["And the expiry date?", "What's the expiry on it?",
               "When does it expire, month and year?"],
    },
    "exp_give": {
        "ru": ["{exp}.", "Срок действия {exp}.", "Там написано {exp}.", "Так... {exp}."],
        "uk": ["{exp}.", "Там написано {exp}.", "Термін {exp}.", "Зараз... {exp}."],
        "lt": ["{exp}.", "Galioja iki {exp}.", "Parašyta {exp}."],
        "en": ["{exp}.", "It expires {exp}.", "Says {exp} on the front."],
    },
    "cvv_ask": {
        "ru": ["И три цифры на обороте.", "Назовите код с обратной стороны карты.",
               "Теперь CVC-код, пожалуйста."],
        "uk": ["І три цифри на звороті.", "Назвіть код зі зворотного боку картки.",
               "Тепер CVV-код, будь ласка."],
        "lt": ["Ir tris skaitmenis kitoje pusėje.", "Koks CVV kodas?"],
        "en": ["And the three digits on the back?", "Security code on the back, please."],
    },
    "cvv_give": {
        "ru": ["{cvv}.", "Код {cvv}.", "Там {cvv}, вроде.", "Сейчас переверну... {cvv}."],
        "uk": ["{cvv}.", "Код {cvv}.", "Там {cvv}.", "Зараз переверну... {cvv}."],
        "lt": ["{cvv}.", "Kodas {cvv}.", "Ten parašyta {cvv}."],
        "en": ["{cvv}.", "It's {cvv}.", "Hang on, flipping it over... {cvv}."],
    },
    "backchannel": {
        "ru": ["Да.", "Угу.", "Так, записываю.", "Дальше.", "Ага, слушаю.",
               "Секундочку, не успеваю... Да, продолжайте."],
        "uk": ["Так.", "Угу.", "Записую.", "Далі.", "Ага.",
               "Стривайте, я не встигаю записати... Продовжуйте."],
        "lt": ["Taip.", "Aha.", "Užsirašau.", "Toliau.", "Klausau.",
               "Palaukite, nespėju užsirašyti... Tęskite."],
        "en": ["Yep.", "Mm-hm.", "OK, go on.", "Got that, and then?",
               "Sorry, hang on, I'm just typing that in... OK, carry on."],
    },
    "card_start": {
        "ru": ["Так, первые цифры {c}...", "{c}...", "Номер {c}...", "Значит, {c}"],
        "uk": ["Перші цифри {c}...", "{c}...", "Номер {c}..."],
        "lt": ["Pirmi skaitmenys {c}...", "{c}...", "Numeris {c}..."],
        "en": ["It's {c}...", "{c}...", "Right, first bit's {c}..."],
    },
    "card_mid": {
        "ru": ["{c}...", "Дальше {c}...", "Потом {c}..."],
        "uk": ["{c}...", "Далі {c}...", "Потім {c}..."],
        "lt": ["{c}...", "Toliau {c}...", "Paskui {c}..."],
        "en": ["{c}...", "Then {c}...", "Next bit {c}..."],
    },
    "card_cont": {
        "ru": ["{c}.", "Дальше {c}.", "И последние {c}.", "{c}, всё."],
        "uk": ["{c}.", "Далі {c}.", "І останні {c}.", "{c}, все."],
        "lt": ["{c}.", "Toliau {c}.", "Ir paskutiniai {c}.", "{c}, viskas."],
        "en": ["{c}.", "Then {c}.", "And the last bit is {c}.", "{c}, that's it."],
    },
    "readback": {
        "ru": ["Повторяю: {v}, всё верно?", "Проверим: {v}. Так?", "Записываю: {v}, верно?"],
        "uk": ["Повторюю: {v}, правильно?", "Записую: {v}, так?", "Перевіримо: {v}?"],
        "lt": ["Pakartoju: {v}, teisingai?", "Užsirašiau {v}, ar teisingai?"],
        "en": ["Let me read that back: {v}, is that right?", "So that's {v}?",
               "I've got {v}, correct?"],
    },
    "confirm": {
        "ru": ["Да, верно.", "Всё так.", "Да.", "Ага, правильно."],
        "uk": ["Так, правильно.", "Все вірно.", "Так."],
        "lt": ["Taip, teisingai.", "Viskas gerai.", "Taip."],
        "en": ["That's right.", "Yes, spot on.", "Correct."],
    },
    "deny_repeat": {
        "ru": ["Нет, не так. Ещё раз: {v}.", "Нет-нет, давайте заново: {v}."],
        "uk": ["Ні, не так. Ще раз: {v}.", "Ні, давайте спочатку: {v}."],
        "lt": ["Ne, ne taip. Dar kartą: {v}.", "Ne, iš naujo: {v}."],
        "en": ["No, that's not it. Again: {v}.", "No, sorry, let me start over: {v}."],
    },
    "self_correct": {
        "ru": ["{a}... ой, нет, извините, {b}.", "{a}... не, не то, {b}."],
        "uk": ["{a}... ой, ні, вибачте, {b}.", "{a}... ні, не те, {b}."],
        "lt": ["{a}... ne, atsiprašau, {b}.", "{a}... oi, ne ta, {b}."],
        "en": ["{a}... sorry, no, {b}.", "{a}... no wait, that's wrong, {b}."],
    },
    "last4": {
        "ru": ["Вижу списание {money} с карты, оканчивающейся на {l4}, от {date}.",
               "Это карта на {l4}?", "Последние четыре цифры {l4}, верно?",
               "Платёж {money} прошёл по карте *{l4} в {time}."],
        "uk": ["Бачу списання {money} з картки, що закінчується на {l4}, від {date}.",
               "Це картка на {l4}?", "Останні чотири цифри {l4}, так?"],
        "lt": ["Matau {money} nuskaitymą iš kortelės, kurios paskutiniai skaitmenys {l4}.",
               "Ar tai kortelė, kuri baigiasi {l4}?", "Paskutiniai keturi skaitmenys {l4}?"],
        "en": ["I can see a charge of {money} on the card ending in {l4}, on {date}.",
               "Is that the one ending {l4}?", "Last four digits {l4}, yeah?"],
    },
    "last4_reply": {
        "ru": ["Да, карта на {l4}, зарплатная.", "Да, она. Но {money} я не тратил.",
               "Нет, у меня другая, на {l4}."],
        "uk": ["Так, картка на {l4}, зарплатна.", "Так, вона. Але {money} я не витрачала."],
        "lt": ["Taip, ta pati. Bet {money} aš neišleidau.", "Ne, mano baigiasi {l4}."],
        "en": ["Yeah, that's the one. But I never spent {money}.",
               "No, mine ends in {l4}, the debit one."],
    },
    "phone_ask": {
        "ru": ["Какой номер телефона для связи?", "Оставьте номер, мы перезвоним.",
               "Назовите номер, привязанный к карте.", "На какой номер прислать код?"],
        "uk": ["Який номер телефону для зв'язку?", "Залиште номер, ми передзвонимо.",
               "На який номер надіслати код?"],
        "lt": ["Koks jūsų telefono numeris?", "Palikite numerį, perskambinsime.",
               "Kokiu numeriu galime susisiekti?"],
        "en": ["What's the best number to reach you on?", "Can I get a contact number?",
               "Which mobile should we text the code to?"],
    },
    "phone_give": {
        "ru": ["{phone}.", "Мой номер {phone}.", "Запишите: {phone}.",
               "Звоните на {phone}, это рабочий.", "Лучше на мобильный, {phone}."],
        "uk": ["{phone}.", "Мій номер {phone}.", "Записуйте: {phone}.",
               "Краще на мобільний, {phone}."],
        "lt": ["{phone}.", "Mano numeris {phone}.", "Užsirašykite: {phone}.",
               "Geriau skambinkite į mobilųjį, {phone}."],
        "en": ["{phone}.", "It's {phone}.", "Best to use my mobile, {phone}.",
               "You can get me on {phone}."],
    },
    "email_ask": {
        "ru": ["На какую почту отправить договор?", "Продиктуйте электронную почту.",
               "Какой у вас email?"],
        "uk": ["На яку пошту надіслати договір?", "Продиктуйте електронну пошту."],
        "lt": ["Kokiu el. paštu atsiųsti sutartį?", "Padiktuokite el. pašto adresą."],
        "en": ["What email address shall I send it to?", "Could you spell out your email?"],
    },
    "email_give": {
        "ru": ["{email}", "Пишите: {email}.", "Почта {email}.", "Да, {email}, маленькими буквами."],
        "uk": ["{email}", "Пишіть: {email}.", "Пошта {email}.", "Так, {email}, маленькими."],
        "lt": ["{email}", "Rašykite: {email}.", "Mano paštas {email}."],
        "en": ["{email}", "It's {email}.", "Yeah, {email}, all lower case."],
    },
    "passport_ask": {
        "ru": ["Назовите серию и номер паспорта.", "Мне нужны паспортные данные.",
               "Продиктуйте паспорт, пожалуйста."],
        "uk": ["Назвіть серію та номер паспорта.", "Продиктуйте номер документа."],
        "lt": ["Koks jūsų paso numeris?", "Prašau nurodyti asmens dokumento numerį."],
        "en": ["Can I take your passport number?", "What's the number on your passport?"],
    },
    "passport_give": {
        "ru": ["{pp}.", "Паспорт {pp}.", "Серия и номер {pp}.", "Сейчас достану... {pp}."],
        "uk": ["{pp}.", "Паспорт {pp}."],
        "lt": ["{pp}.", "Paso numeris {pp}.", "Asmens tapatybės kortelės numeris {pp}."],
        "en": ["{pp}.", "It's {pp}.", "Passport number {pp}."],
    },
    "passport_give_booklet": {"uk": ["{pp}.", "Паспорт {pp}.", "Паспорт старого зразка, {pp}.",
                                     "Книжечка, {pp}."]},
    "passport_give_id": {"uk": ["{pp}.", "Це ID-картка, номер {pp}.", "Номер ID-картки {pp}.",
                                "Пластиковий, номер {pp}."]},
    "dob_ask": {
        "ru": ["Назовите дату рождения для проверки.", "Подтвердите, пожалуйста, дату рождения.",
               "Когда вы родились?"],
        "uk": ["Назвіть дату народження для перевірки.",
               "Підтвердіть, будь ласка, дату народження."],
        "lt": ["Prašau nurodyti gimimo datą.", "Kada gimėte?"],
        "en": ["Can I take your date of birth to verify?", "And your date of birth?"],
    },
    "dob_give": {
        "ru": ["{dob}.", "Я родилась {dob}.", "{dob}, а что?", "Дата рождения {dob}.",
               "Я родился {dob}."],
        "uk": ["{dob}.", "Я народився {dob}.", "Дата народження {dob}.",
               "Я народилася {dob}."],
        "lt": ["{dob}.", "Gimiau {dob}.", "Gimimo data {dob}."],
        "en": ["{dob}.", "It's {dob}.", "I was born on {dob}."],
    },
    "address_ask": {
        "ru": ["Куда доставить?", "Назовите адрес регистрации.", "По какому адресу подключение?"],
        "uk": ["Куди доставити?", "Адреса реєстрації?", "За якою адресою підключення?"],
        "lt": ["Kur pristatyti?", "Koks registracijos adresas?"],
        "en": ["What's the delivery address?", "And the address on the account?"],
    },
    "address_give": {
        "ru": ["{addr}.", "Адрес: {addr}.", "Москва, {addr}.",
               "Казань, {addr}, домофон не работает."],
        "uk": ["{addr}.", "Київ, {addr}.", "Львів, {addr}, третій поверх."],
        "lt": ["{addr}.", "Vilnius, {addr}.", "Kaunas, {addr}, trečias aukštas."],
        "en": ["{addr}.", "It's {addr}, Leeds.", "{addr}, Manchester."],
    },
    "name_ask": {
        "ru": ["Как я могу к вам обращаться?", "Назовите, пожалуйста, ФИО полностью.",
               "Представьтесь, пожалуйста."],
        "uk": ["Як я можу до вас звертатися?", "Назвіть, будь ласка, ПІБ повністю."],
        "lt": ["Kaip galėčiau į jus kreiptis?", "Prašau prisistatyti."],
        "en": ["Who am I speaking to?", "Can I take your full name?"],
    },
    "name_give": {
        "ru": ["Меня зовут {name}.", "Это {name}, по поводу заявки.", "{name}.",
               "Да, {name}, я ваш клиент уже лет десять."],
        "uk": ["Мене звати {name}.", "Це {name}, щодо заявки.", "{name}."],
        "lt": ["Mano vardas {name}.", "Čia {name}, skambinau vakar.", "{name}."],
        "en": ["My name's {name}.", "It's {name} here.", "This is {name}, I called yesterday.",
               "{name}."],
    },
    "name_thanks": {
        "ru": ["Спасибо, {n}. Чем могу помочь?", "{n}, подскажите, что случилось?"],
        "uk": ["Дякую, {n}. Чим допомогти?", "{n}, що сталося?"],
        "lt": ["Ačiū, {n}. Kuo galiu padėti?", "{n}, kas nutiko?"],
        "en": ["Thanks, {n}. What can I do for you?", "Lovely, {n}, what's happened?"],
    },
    "third_party_f": {
        "ru": ["Карта на маму, {name}.", "Посылку получит {name}, соседка.",
               "{name} сказала, что вы звонили.", "Договор на жену, {name}."],
        "uk": ["Картка на маму, {name}.", "Посилку отримає {name}, сусідка.",
               "{name} казала, що ви дзвонили."],
        "lt": ["Kortelė mamos vardu, {name}.", "Siuntinį paims {name}.",
               "{name} sakė, kad skambinote."],
        "en": ["The card's in my partner's name, {name}.", "My neighbour {name} will collect it.",
               "{name} said you rang earlier."],
    },
    "third_party_m": {
        "ru": ["Карта на отца, {name}.", "Посылку получит {name}, сосед.",
               "{name} сказал, что вы звонили.", "Договор на мужа, {name}."],
        "uk": ["Картка на тата, {name}.", "Посилку отримає {name}, сусід.",
               "{name} казав, що ви дзвонили."],
        "lt": ["Kortelė tėčio vardu, {name}.", "Siuntinį paims {name}.",
               "{name} sakė, kad skambinote."],
        "en": ["The card's in my partner's name, {name}.", "My neighbour {name} will collect it.",
               "{name} said you rang earlier."],
    },
}


def fill(lang: str, key: str, **slots) -> list:
    """A random phrasing of `key`, with its {slots} replaced by text or labelled pieces."""
    template = random.choice(PB[key][lang])
    parts: list = []
    for chunk in re.split(r"(\{\w+\})", template):
        if chunk.startswith("{") and chunk.endswith("}"):
            value = slots[chunk[1:-1]]
            parts += value if isinstance(value, list) else [value]
        elif chunk:
            parts.append(chunk)
    return parts


def said(template: str, **slots) -> list:
    """Like fill() for one given template."""
    parts: list = []
    for chunk in re.split(r"(\{\w+\})", template):
        if chunk.startswith("{") and chunk.endswith("}"):
            value = slots[chunk[1:-1]]
            parts += value if isinstance(value, list) else [value]
        elif chunk:
            parts.append(chunk)
    return parts


def pick(options: dict[str, list[str]], lang: str) -> str:
    return random.choice(options[lang])


# --------------------------------------------------------------------------------------------
# Hard negatives: everyday numbers, names that are words, streets without a house number.

NEGATIVES: dict[str, list[list[tuple[str, str]]]] = {
    "ru": [
        [("customer", "Здравствуйте, у меня заказ {order}, до сих пор не пришёл."),
         ("agent", "Вижу, заказ передан в доставку {date}, трек-номер {track}."),
         ("customer", "А курьер во сколько будет?"), ("agent", "С {time} до {time2}.")],
        [("agent", "Для оплаты нажмите {menu}, для связи с оператором — {menu2}."),
         ("customer", "Я нажимал {menu}, ничего не произошло.")],
        [("customer", "Почему с меня списали {money}? У меня же тариф «Безлимит»."),
         ("agent", "Это абонентская плата, плюс {money2} за роуминг {date}.")],
        [("customer", "Я сейчас на Тверской, отделение на проспекте Мира работает?"),
         ("agent", "Да, с {time} до {time2}, без перерыва.")],
        [("customer", "Вера в ваш банк у меня пропала, честно."),
         ("agent", "Понимаю. Надежда есть, давайте разберёмся."),
         ("customer", "Любовь к вашим кэшбэкам прошла ещё {date}.")],
        [("customer", "Купила айфон за {money}, а пришёл совсем другой телефон."),
         ("agent", "Обращение зарегистрировано под номером {order}, ответ в течение трёх дней.")],
        [("customer", "Карта на {l4}, кредитная, там долг {money}?"),
         ("agent", "Задолженность {money2}, минимальный платёж до {date}.")],
        [("agent", "Код из СМС никому не называйте, даже сотрудникам банка."),
         ("customer", "Хорошо. А лимит сейчас какой?"), ("agent", "Лимит {money} в сутки.")],
        [("customer", "Розы, которые заказывала, завяли, а букет стоил {money}."),
         ("agent", "Оформим возврат, номер заявки {order}.")],
        [("agent", "Если что, звоните на горячую линию {hotline}, это бесплатно."),
         ("customer", "Спасибо, до свидания.")],
        [("customer", "Мне {age} года, и я первый раз такое вижу!"),
         ("agent", "Приносим извинения, компенсация {money} придёт {date}.")],
        [("customer", "Я из Казани, переехала в Екатеринбург, как поменять регион?"),
         ("agent", "В приложении «Мой МТС», раздел «Профиль».")],
        [("agent", "Ваш платёж {money} зачислен {date} в {time}."),
         ("customer", "А почему тогда пени начислили?")],
        [("customer", "Мастер обещал прийти {date} после {time}, но не пришёл."),
         ("agent", "Переносим на {date2}, с {time2}.")],
    ],
    "uk": [
        [("customer", "Доброго дня, замовлення {order} досі не прийшло."),
         ("agent", "Бачу, посилка на відділенні з {date}, номер накладної {track}.")],
        [("agent", "Щоб перевірити баланс, натисніть {menu}, оператор — {menu2}."),
         ("customer", "Я натискала {menu}, нічого.")],
        [("customer", "Чому з мене зняли {money}? У мене ж тариф «Смарт»."),
         ("agent", "Це абонплата за місяць і ще {money2} за роумінг.")],
        [("customer", "Надія тільки на вас, бо віра в людей вже пропала."),
         ("agent", "Зробимо все можливе, відповідь буде {date}.")],
        [("customer", "Я зараз на Хрещатику, відділення на Грушевського працює?"),
         ("agent", "Так, з {time} до {time2}.")],
        [("customer", "Картка на {l4}, кредитна, який там борг?"),
         ("agent", "Заборгованість {money}, мінімальний платіж до {date}.")],
        [("agent", "Якщо що, телефонуйте на гарячу лінію {hotline}, дзвінки безкоштовні."),
         ("customer", "Дякую, гарного дня.")],
        [("customer", "Мені {age} роки, я такого ще не бачила!"),
         ("agent", "Перепрошуємо, компенсацію {money} зарахуємо {date}.")],
        [("customer", "Я з Харкова, переїхала до Львова, як змінити адресу доставки?"),
         ("agent", "У застосунку, розділ «Профіль».")],
        [("agent", "Ваш платіж {money} зараховано {date} о {time}."),
         ("customer", "А чому тоді нарахували пеню?")],
        [("customer", "Калина в палісаднику засохла від вашого добрива, я ж заплатила {money}."),
         ("agent", "Заявка {order}, експерт приїде {date}.")],
    ],
    "lt": [
        [("customer", "Laba diena, užsakymas {order} vis dar neatėjo."),
         ("agent", "Matau, siunta paštomate nuo {date}, siuntos numeris {track}.")],
        [("agent", "Norėdami sužinoti likutį, spauskite {menu}, operatorius — {menu2}."),
         ("customer", "Spaudžiau {menu}, nieko neįvyko.")],
        [("customer", "Kodėl nuskaitė {money}? Mano planas juk neribotas."),
         ("agent", "Tai mėnesio mokestis ir dar {money2} už tarptinklinį ryšį.")],
        [("customer", "Gintaro apyrankė, kurią užsakiau, dar neatėjo, o mokėjau {money}."),
         ("agent", "Užsakymas {order} bus pristatytas {date}.")],
        [("customer", "Užsakiau rūtų puokštę vestuvėms, o atvežė rožes."),
         ("agent", "Atsiprašome, grąžinsime {money} iki {date}.")],
        [("customer", "Aš dabar Gedimino prospekte, ar skyrius Pylimo gatvėje dirba?"),
         ("agent", "Taip, nuo {time} iki {time2}.")],
        [("customer", "Kortelė, kuri baigiasi {l4}, kokia ten skola?"),
         ("agent", "Skola {money}, minimali įmoka iki {date}.")],
        [("agent", "Jei ką, skambinkite trumpuoju numeriu {hotline}."),
         ("customer", "Ačiū, viso gero.")],
        [("customer", "Man {age} metai, ir pirmą kartą tokį dalyką matau!"),
         ("agent", "Atsiprašome, kompensacija {money} bus pervesta {date}.")],
        [("customer", "Vilties nebeturiu, kad kas nors sutvarkys internetą."),
         ("agent", "Meistras atvyks {date} po {time}.")],
        [("customer", "Esu iš Klaipėdos, persikėliau į Kauną, kaip pakeisti adresą?"),
         ("agent", "Savitarnoje, skiltyje „Profilis“.")],
        [("agent", "Jūsų mokėjimas {money} įskaitytas {date} {time}."),
         ("customer", "Tai kodėl priskaičiavo delspinigius?")],
    ],
    "en": [
        [("customer", "Hi, my order {order} still hasn't turned up."),
         ("agent", "It went out on {date}, tracking number {track}.")],
        [("agent", "To pay a bill press {menu}, to speak to an adviser press {menu2}."),
         ("customer", "I pressed {menu} and it just hung up on me.")],
        [("customer", "Why has my bill gone up to {money}? I'm on the Unlimited plan."),
         ("agent", "That's the monthly charge plus {money2} in roaming from {date}.")],
        [("customer", "Will that be sorted by {date}? I'll need it by {time}."),
         ("agent", "I'd hope so. May I put you on hold for a minute?")],
        [("customer", "Is there a grace period? To be frank, I can't pay {money} this month."),
         ("agent", "Yes, you've got until {date}.")],
        [("customer", "I'm on High Street now, is the branch on Church Lane open?"),
         ("agent", "Yes, from {time} till {time2}.")],
        [("customer", "The card ending in {l4}, what's the balance on it?"),
         ("agent", "It's {money}, minimum payment due {date}.")],
        [("agent", "If you need us again, the free number is {hotline}."),
         ("customer", "Brilliant, cheers.")],
        [("customer", "I'm {age} and I've never been treated like this!"),
         ("agent", "I'm sorry, I've put {money} credit on the account.")],
        [("agent", "Can you confirm the last four of your social?"), ("customer", "{l4}."),
         ("agent", "Thanks, that matches.")],
        [("customer", "I'm calling from Leeds, I moved up from Bristol on {date}."),
         ("agent", "No problem, I'll mark it as urgent.")],
        [("customer", "Hope you can help, the engineer never came on {date}."),
         ("agent", "Sorry about that, I've rebooked {date2} between {time} and {time2}.")],
    ],
}
HOTLINES = {"ru": [["8", "800", "555", "35", "35"], ["8", "800", "200", "00", "23"]],
            "uk": [["0", "800", "500", "335"], ["0", "800", "300", "545"]],
            "lt": [["1884"], ["1816"], ["8", "700", "55", "400"]],
            "en": [["0800", "123", "4567"], ["1", "800", "642", "7676"]]}
AGES = [22, 23, 24, 32, 33, 34, 42, 43, 44, 52, 53, 54, 62, 63, 64]


def negative_slots(lang: str, style: str) -> dict[str, str]:
    hotline = random.choice(HOTLINES[lang])
    start, end = sorted(random.sample(range(8, 21), 2))
    return {"money": money(lang, style), "money2": money(lang, style),
            "time": clock(lang, style, start), "time2": clock(lang, style, end),
            "date": day_date(lang, style), "date2": day_date(lang, style),
            "order": order_number(lang, style), "track": tracking_number(lang, style),
            "l4": last4(lang, style), "menu": num_text(random.randint(1, 9), lang, style),
            "menu2": num_text(random.randint(0, 9), lang, style),
            "hotline": " ".join(hotline) if style == "written" else
            " ".join(say_number(g, lang, None, ("whole", "single")) for g in hotline),
            "age": num_text(random.choice(AGES), lang, style)}


def negative(lang: str, style: str) -> tuple[str, list[str], list]:
    slots = negative_slots(lang, style)
    if random.random() < 0.15:
        turns = [("agent", fill(lang, "last4", **slots)),
                 ("customer", fill(lang, "last4_reply", **slots))]
        return f"{lang}_negative_card_last4", ["hard_negative", "last4"], turns
    index = random.randrange(len(NEGATIVES[lang]))
    turns = [(role, said(text, **slots)) for role, text in NEGATIVES[lang][index]]
    return f"{lang}_negative_{index:02d}", ["hard_negative"], turns


DECOY_LINES = {
    "ru": ["Сумма к оплате {money}, списание {date}.", "Перезвоним вам {date} после {time}.",
           "Номер обращения {order}, сохраните его.", "Заявка {order} закрыта {date}."],
    "uk": ["До сплати {money}, списання {date}.", "Передзвонимо {date} після {time}.",
           "Номер звернення {order}."],
    "lt": ["Mokėti {money}, nuskaitymas {date}.", "Perskambinsime {date} po {time}.",
           "Kreipinio numeris {order}."],
    "en": ["That's {money} due on {date}.", "We'll call you back on {date} after {time}.",
           "Your reference is {order}, keep hold of that."],
}


def decoy_turn(lang: str, style: str) -> tuple[str, list]:
    return ("agent", said(random.choice(DECOY_LINES[lang]), **negative_slots(lang, style)))


# --------------------------------------------------------------------------------------------
# Exchanges with PII. Each returns (template name, tags, turns).


def greeting(lang: str) -> tuple[str, list]:
    """The agent's self-introduction: its first name is labelled PERSON (project policy)."""
    return ("agent", fill(lang, "greet", agent=E("agent", "PERSON", random.choice(AGENTS[lang]))))


def wrong_digit(number: str) -> str:
    i = random.randrange(len(number))
    return number[:i] + str((int(number[i]) + random.randint(1, 9)) % 10) + number[i + 1:]


def sc_card(lang: str, style: str) -> tuple[str, list[str], list]:
    number = make_card()
    variant = random.choices(["basic", "split", "readback", "slip", "deny"],
                             weights=[4, 3, 2, 1.3, 0.9])[0]
    tags = ["card", variant]
    turns: list = [("agent", fill(lang, "card_ask"))]

    def card(key: str = "card", value: str = number) -> E:
        return E(key, "CARD", render_card(value, lang, style))

    if variant == "split":
        chunks = card_chunks(number, lang, style, random.choice([2, 2, 3]))
        turns.append(("customer", fill(lang, "card_start", c=E("card", "CARD", chunks[0]))))
        for index, chunk in enumerate(chunks[1:], start=2):
            turns.append(("agent", fill(lang, "backchannel")))
            key = "card_cont" if index == len(chunks) else "card_mid"
            turns.append(("customer", fill(lang, key, c=E("card", "CARD", chunk))))
    elif variant == "slip":
        head = wrong_digit(number[:random.randint(3, 5)])
        wrong = head if style == "written" else say_number(head, lang, None, ("single",))
        turns.append(("customer", fill(lang, "self_correct", a=E("card", "CARD", wrong),
                                       b=card())))
    else:
        turns.append(("customer", fill(lang, "card_give", card=card())))
    if variant == "readback":
        turns.append(("agent", fill(lang, "readback", v=card("card_readback"))))
        turns.append(("customer", fill(lang, "confirm")))
    if variant == "deny":
        turns.append(("agent", fill(lang, "readback",
                                    v=card("card_misread", wrong_digit(number)))))
        turns.append(("customer", fill(lang, "deny_repeat", v=card("card_again"))))
    if random.random() < 0.65:
        month, year = make_expiry()
        turns.append(("agent", fill(lang, "exp_ask")))
        turns.append(("customer", fill(lang, "exp_give", exp=E("exp", "EXPIRY",
                                                               render_expiry(month, year, lang,
                                                                             style)))))
        tags.append("expiry")
        if random.random() < 0.65:
            cvv = digits(4 if len(number) == 15 else 3)
            turns.append(("agent", fill(lang, "cvv_ask")))
            turns.append(("customer", fill(lang, "cvv_give",
                                           cvv=E("cvv", "CVV", render_cvv(cvv, lang, style)))))
            tags.append("cvv")
    return f"{lang}_card_{variant}", tags, turns


PHONE_COUNTRIES = {"ru": ["ru"] * 6 + ["uk", "lt"], "uk": ["uk"] * 7 + ["lt"],
                   "lt": ["lt"] * 6 + ["gb", "ru"], "en": ["gb", "gb", "us"]}


def phone_words(groups: list[str], lang: str) -> str:
    words = []
    for group in groups:
        if group.startswith("+"):
            words.append(PLUS[lang] + " " + say_number(group[1:], lang, None, ("whole", "single")))
        else:
            hows = ("single", "single", "pairs") if lang == "en" else ("single", "pairs", "whole")
            words.append(say_number(group, lang, None, hows))
    return " ".join(words)


def sc_phone(lang: str, style: str) -> tuple[str, list[str], list]:
    written, groups = make_phone(random.choice(PHONE_COUNTRIES[lang]))
    variant = random.choices(["basic", "readback", "split"], weights=[5, 2, 2])[0]

    def render(part_groups: list[str]) -> str:
        if style == "written":
            return written if part_groups == groups else " ".join(part_groups)
        return phone_words(part_groups, lang)

    turns: list = [("agent", fill(lang, "phone_ask"))]
    if variant == "split":
        cut = random.randint(1, len(groups) - 1)
        turns.append(("customer", fill(lang, "card_start",
                                       c=E("phone", "PHONE", render(groups[:cut])))))
        turns.append(("agent", fill(lang, "backchannel")))
        turns.append(("customer", fill(lang, "card_cont",
                                       c=E("phone", "PHONE", render(groups[cut:])))))
    else:
        turns.append(("customer", fill(lang, "phone_give", phone=E("phone", "PHONE",
                                                                   render(groups)))))
    if variant == "readback":
        turns.append(("agent", fill(lang, "readback", v=E("phone_rb", "PHONE", render(groups)))))
        turns.append(("customer", fill(lang, "confirm")))
    return f"{lang}_phone_{variant}", ["phone", variant], turns


def sc_email(lang: str, style: str) -> tuple[str, list[str], list]:
    who = person(lang)
    address = render_email(lang, style, *who["lat"], native=who["native"])
    turns: list = [("agent", fill(lang, "email_ask")),
                   ("customer", fill(lang, "email_give", email=E("email", "EMAIL", address)))]
    if random.random() < 0.3:
        turns.append(("agent", fill(lang, "readback", v=E("email_rb", "EMAIL", address))))
        turns.append(("customer", fill(lang, "confirm")))
    return f"{lang}_email", ["email"], turns


PASSPORT_KINDS = {"ru": ["ru"], "uk": ["uk_booklet", "uk_id"], "lt": ["lt"], "en": ["gb", "us"]}
SERIES_NUMBER = {"ru": ["Серия {s}, номер {n}.",
                        "Серия {s} номер {n}, выдан в две тысячи десятом."],
                 "uk": ["Серія {s}, номер {n}.", "Серія {s} номер {n}."]}


def sc_passport(lang: str, style: str) -> tuple[str, list[str], list]:
    kind = random.choice(PASSPORT_KINDS[lang])
    turns: list = [("agent", fill(lang, "passport_ask"))]
    if kind in ("ru", "uk_booklet") and random.random() < 0.4:
        if kind == "ru":
            head, number = digits(4, True), digits(6, True)
            series = (random.choice([f"{head[:2]} {head[2:]}", head]) if style == "written"
                      else say_number(head, lang, [head[:2], head[2:]]))
        else:
            head, number = "".join(random.choice(LETTERS_UK_BOOKLET) for _ in range(2)), \
                digits(6, True)
            series = head if style == "written" else " ".join(LETTERS_SPOKEN[c] for c in head)
        if style == "asr":
            number = say_number(number, lang, [number[:3], number[3:]])
        turns.append(("customer", said(random.choice(SERIES_NUMBER[lang]),
                                       s=E("pp", "PASSPORT", series),
                                       n=E("pp", "PASSPORT", number))))
        return f"{lang}_passport_series_number", ["passport", "pieces"], turns
    key = {"uk_booklet": "passport_give_booklet", "uk_id": "passport_give_id"}.get(
        kind, "passport_give")
    turns.append(("customer", fill(lang, key,
                                   pp=E("pp", "PASSPORT", render_passport(kind, lang, style)))))
    return f"{lang}_passport_{kind}", ["passport"], turns


NATID = {
    "ru": {"inn12": (["Назовите ваш ИНН.", "Для налогового вычета нужен ИНН."],
                     ["ИНН {nid}.", "Мой ИНН {nid}.", "{nid}, это ИНН.", "Записывайте: {nid}."]),
           "snils": (["Продиктуйте СНИЛС.", "Нужен номер СНИЛС."],
                     ["СНИЛС {nid}.", "{nid}.", "Номер {nid}, на зелёной карточке."]),
           "inn10": (["Какой ИНН у вашей организации?"],
                     ["ИНН {nid}.", "ИНН компании {nid}."])},
    "uk": {"rnokpp": (["Назвіть ваш ідентифікаційний код.", "Продиктуйте РНОКПП.",
                       "Потрібен ваш ІПН."],
                      ["{nid}.", "Код {nid}.", "Мій ІПН {nid}.", "Ідентифікаційний номер {nid}."])},
    "lt": {"ak": (["Prašau nurodyti asmens kodą.", "Koks jūsų asmens kodas?"],
                  ["{nid}.", "Asmens kodas {nid}.", "Mano asmens kodas {nid}.",
                   "Tuoj... {nid}."])},
    "en": {"nino": (["Can I take your National Insurance number?"],
                    ["{nid}.", "It's {nid}.", "NI number's {nid}."]),
           "ssn": (["I'll need your Social Security number.", "What's your SSN?"],
                   ["{nid}.", "Sure, it's {nid}.", "Social is {nid}."])},
}
NATID_WEIGHTS = {"ru": {"inn12": 5, "snils": 4, "inn10": 1}, "uk": {"rnokpp": 1},
                 "lt": {"ak": 1}, "en": {"nino": 1, "ssn": 1}}


def sc_national_id(lang: str, style: str) -> tuple[str, list[str], list]:
    kinds = NATID_WEIGHTS[lang]
    kind = random.choices(list(kinds), weights=list(kinds.values()))[0]
    asks, gives = NATID[lang][kind]
    sex = random.choice("mf")
    turns = [("agent", said(random.choice(asks))),
             ("customer", said(random.choice(gives), nid=E("nid", "NATIONAL_ID",
                                                           render_national_id(kind, lang, style,
                                                                              sex))))]
    return f"{lang}_national_id_{kind}", ["national_id"], turns


def sc_dob(lang: str, style: str) -> tuple[str, list[str], list]:
    date = birth_date()
    turns: list = [("agent", fill(lang, "dob_ask")),
                   ("customer", fill(lang, "dob_give",
                                     dob=E("dob", "DOB", render_dob(date, lang, style))))]
    if random.random() < 0.3:
        turns.append(("agent", fill(lang, "readback",
                                    v=E("dob_rb", "DOB", render_dob(date, lang, style)))))
        turns.append(("customer", fill(lang, "confirm")))
    return f"{lang}_dob", ["dob"], turns


ACCOUNTS = {
    "ru": {"contract": (["Назовите номер договора."],
                        ["Номер договора {acc}.", "Договор {acc}.", "По договору {acc}."]),
           "personal_account": (["Продиктуйте лицевой счёт."],
                                ["Лицевой счёт {acc}.", "{acc}, это лицевой счёт."]),
           "ru_account": (["На какой счёт перечислить возврат?"],
                          ["Счёт {acc}, в Сбере.", "Реквизиты: счёт {acc}."]),
           "policy_ru": (["Номер полиса подскажете?"], ["Полис ОСАГО {acc}.", "Полис {acc}."])},
    "uk": {"iban_ua": (["На який рахунок повернути кошти?"],
                       ["IBAN {acc}.", "Рахунок {acc}.", "{acc}, це в Монобанку."]),
           "contract": (["Назвіть номер договору."], ["Номер договору {acc}.", "Договір {acc}."]),
           "personal_account": (["Назвіть особовий рахунок."],
                                ["Особовий рахунок {acc}.", "{acc}."])},
    "lt": {"iban_lt": (["Į kokią sąskaitą pervesti?"],
                       ["{acc}.", "Sąskaitos numeris {acc}.", "IBAN {acc}."]),
           "contract": (["Koks sutarties numeris?"], ["Sutarties numeris {acc}.", "{acc}."]),
           "policy": (["Koks draudimo poliso numeris?"], ["Poliso numeris {acc}."])},
    "en": {"iban_gb": (["Which account should the refund go to?"],
                       ["IBAN's {acc}.", "The IBAN is {acc}."]),
           "personal_account": (["What's your account number?"],
                                ["It's {acc}.", "Account number {acc}."]),
           "policy": (["Do you have your policy number handy?"],
                      ["Policy number {acc}.", "Yeah, {acc}."])},
}


def sc_account(lang: str, style: str) -> tuple[str, list[str], list]:
    kind = random.choice(list(ACCOUNTS[lang]))
    asks, gives = ACCOUNTS[lang][kind]
    turns: list = [("agent", said(random.choice(asks))),
                   ("customer", said(random.choice(gives),
                                     acc=E("acc", "ACCOUNT", render_account(kind, lang, style))))]
    if lang == "en" and kind == "personal_account" and random.random() < 0.5:
        sort = f"{digits(2, True)}-{digits(2)}-{digits(2)}"
        spoken = sort if style == "written" else say_number(sort.replace("-", ""), lang,
                                                             sort.split("-"))
        turns.append(("agent", said("And the sort code?")))
        turns.append(("customer", said("{s}.", s=E("sort", "ACCOUNT", spoken))))
    return f"{lang}_account_{kind}", ["account"], turns


def sc_address(lang: str, style: str) -> tuple[str, list[str], list]:
    turns = [("agent", fill(lang, "address_ask")),
             ("customer", fill(lang, "address_give",
                               addr=E("addr", "ADDRESS", render_address(lang, style))))]
    return f"{lang}_address", ["address"], turns


RU_DECLINED = {"gen": ["Звоню по поводу карты {n}.", "Это счёт {n}, я по доверенности."],
               "dat": ["Передайте {n}, что я перезвоню.", "Позвоните {n} вечером, пожалуйста."],
               "acc": ["Доверенность оформлена на {n}.", "Перевыпустите карту на {n}."],
               "ins": ["Я вчера разговаривала с {n}, мне обещали перезвонить.",
                       "Договор заключён с {n}, я по доверенности."]}
UK_DECLINED = {"gen": ["Дзвоню щодо картки {n}.", "Довіреність від імені {n}."],
               "dat": ["Передайте {n}, що я передзвоню.", "Зателефонуйте {n}, будь ласка."]}
LT_DECLINED = {"gen": ["Skambinu dėl {n} kortelės.", "Įgaliojimas {n} vardu."],
               "dat": ["Perduokite {n}, kad perskambinsiu.", "Paskambinkite {n}, prašau."]}
EN_BEHALF = ["I'm calling on behalf of {n}.", "Could you pass a message to {n}?",
             "The account holder is {n}, I've got power of attorney.",
             "It was {n} who set it up."]
NICK_LINES = {"ru": ["Это {n}, жена его, он сейчас в больнице.", "{n} сказал, что вы звонили."],
              "uk": ["Це {n}, його дружина.", "{n} казав, що ви дзвонили."],
              "lt": ["Čia {n}, jos brolis.", "{n} sakė, kad skambinote."],
              "en": ["It's {n}, his daughter.", "{n} said you'd rung the house."]}
SURNAME_FIRST = {"ru": "Назовите, пожалуйста, ФИО полностью.",
                 "uk": "Назвіть, будь ласка, ПІБ повністю.",
                 "lt": "Prašau pasakyti pavardę ir vardą.",
                 "en": "Surname first, then first name, please."}


def name_form(lang: str, who: dict) -> str:
    if lang == "ru":
        return ru_name(who["p"], random.choice(["f", "fs", "fp", "fps", "sfp", "fs"]))
    if lang == "uk" and random.random() < 0.2:
        return f"{who['first']} {who['patr']} {who['last']}"
    return random.choice([who["first"], who["full"], who["full"]])


def address_form(lang: str, who: dict) -> str:
    """How the agent then addresses the customer: ru first name (+ patronymic), uk/lt vocative."""
    if lang == "ru":
        return ru_name(who["p"], random.choice(["f", "fp"]))
    if lang in ("uk", "lt"):
        return who["voc"]
    return random.choice([who["first"], who["last"]])


TITLES = {"uk": {"m": "пане ", "f": "пані "}, "lt": {"m": "pone ", "f": "ponia "},
          "en": {"?": ""}, "ru": {"m": "", "f": ""}}


def sc_person(lang: str, style: str) -> tuple[str, list[str], list]:
    who = person(lang)
    variant = random.choices(["cue", "third", "declined", "surname_first", "nickname"],
                             weights=[4, 2.5, 3, 2, 1])[0]
    turns: list = []
    if variant == "cue":
        turns.append(("agent", fill(lang, "name_ask")))
        turns.append(("customer", fill(lang, "name_give",
                                       name=E("name", "PERSON", name_form(lang, who)))))
        if random.random() < 0.7:
            title = TITLES[lang].get(who["sex"], "") if random.random() < 0.5 else ""
            turns.append(("agent", fill(lang, "name_thanks",
                                        n=[title, E("name_back", "PERSON",
                                                    address_form(lang, who))])))
    elif variant == "third":
        sex = "f" if who["sex"] == "f" else "m"
        turns.append(("customer", fill(lang, f"third_party_{sex}",
                                       name=E("name", "PERSON", name_form(lang, who)))))
        turns.append(("agent", said(pick({"ru": ["Хорошо, записываю."], "uk": ["Добре, записую."],
                                          "lt": ["Gerai, užsirašiau."],
                                          "en": ["OK, noted."]}, lang))))
    elif variant == "declined":
        if lang == "ru":
            case = random.choice(list(RU_DECLINED))
            form = ru_name(who["p"], random.choice(["fs", "sfp", "fp", "f"]), case)
            line = random.choice(RU_DECLINED[case])
        elif lang in ("uk", "lt"):
            table = UK_DECLINED if lang == "uk" else LT_DECLINED
            case = random.choice(list(table))
            form = who[case]
            line = random.choice(table[case])
        else:
            form, line = who["full"], random.choice(EN_BEHALF)
        turns.append(("customer", said(line, n=E("name", "PERSON", form))))
        turns.append(("agent", said(pick({"ru": ["Понятно, сейчас проверю."],
                                          "uk": ["Зрозуміло, зараз перевірю."],
                                          "lt": ["Supratau, tuoj patikrinsiu."],
                                          "en": ["Understood, let me check."]}, lang))))
    elif variant == "surname_first":
        if lang == "ru":
            form = ru_name(who["p"], "sfp")
        elif lang == "uk":
            form = f"{who['last']} {who['first']} {who['patr']}"
        elif lang == "lt":
            form = f"{who['last']} {who['first']}"
        else:
            form = f"{who['last']}, {who['first']}"
        turns.append(("agent", said(SURNAME_FIRST[lang])))
        turns.append(("customer", said("{n}.", n=E("name", "PERSON", form))))
    else:
        turns.append(("customer", said(random.choice(NICK_LINES[lang]),
                                       n=E("name", "PERSON", random.choice(NICKNAMES[lang])))))
    return f"{lang}_person_{variant}", ["person", variant], turns


IDENTITY = {"ru": ("Для проверки назовите ФИО и дату рождения.",
                   ["{n}, {d}.", "{n}, {born} {d}.", "{n}... дата рождения {d}."],
                   "И адрес регистрации?"),
            "uk": ("Для перевірки назвіть ПІБ і дату народження.",
                   ["{n}, {d}.", "{n}, {born} {d}."], "І адреса реєстрації?"),
            "lt": ("Patikrinimui pasakykite vardą, pavardę ir gimimo datą.",
                   ["{n}, {d}.", "{n}, {born} {d}."], "O deklaruotos gyvenamosios vietos adresas?"),
            "en": ("For security, can I take your full name and date of birth?",
                   ["{n}, {d}.", "It's {n}, {born} {d}."], "And the first line of your address?")}


def sc_identity(lang: str, style: str) -> tuple[str, list[str], list]:
    who = person(lang)
    ask, answers, ask_address = IDENTITY[lang]
    full = (ru_name(who["p"], random.choice(["sfp", "fps", "fs"])) if lang == "ru"
            else who["full"])
    female = who["sex"] == "f"
    born = {"ru": "родилась" if female else "родился",
            "uk": "народилася" if female else "народився", "lt": "gimiau", "en": "born"}[lang]
    turns: list = [("agent", said(ask)),
                   ("customer", said(random.choice(answers), n=E("name", "PERSON", full),
                                     born=born,
                                     d=E("dob", "DOB", render_dob(birth_date(), lang, style))))]
    if random.random() < 0.5:
        turns.append(("agent", said(ask_address)))
        turns.append(("customer", said("{a}.", a=E("addr", "ADDRESS",
                                                   render_address(lang, style)))))
    return f"{lang}_identity_check", ["person", "dob", "identity"], turns


MIXED = {
    "ru": [("customer", "Хочу вернуть {money} на карту {card}, заказ {order} так и не пришёл."),
           ("customer", "Меня зовут {name}, телефон {phone}, перезвоните после {time}."),
           ("agent", "{addressed}, по договору {acc} долг {money}, оплатить нужно до {date}."),
           ("customer", "Доставьте {date}, адрес {addr}, я дома после {time}.")],
    "uk": [("customer", "Хочу повернути {money} на картку {card}, бо замовлення {order} так і "
                        "не прийшло."),
           ("customer", "Мене звати {name}, телефон {phone}, передзвоніть після {time}."),
           ("agent", "{addressed}, за договором {acc} борг {money}, сплатити треба до {date}."),
           ("customer", "Доставте {date}, адреса {addr}, я вдома після {time}.")],
    "lt": [("customer", "Noriu susigrąžinti {money} į kortelę {card}, nes užsakymas {order} taip "
                        "ir neatėjo."),
           ("customer", "Mano vardas {name}, telefonas {phone}, perskambinkite po {time}."),
           ("agent", "{addressed}, pagal sutartį {acc} skola {money}, sumokėti reikia iki {date}."),
           ("customer", "Pristatykite {date}, adresas {addr}, būsiu namie po {time}.")],
    "en": [("customer", "I want the {money} refunded to my card, {card}, because order {order} "
                        "never came."),
           ("customer", "My name's {name}, my number's {phone}, call me after {time}."),
           ("agent", "{addressed}, on account {acc} there's {money} outstanding, due by {date}."),
           ("customer", "Can you deliver on {date} to {addr}? I'm in after {time}.")],
}
MIXED_ACCOUNT = {"ru": "contract", "uk": "contract", "lt": "contract", "en": "personal_account"}


def sc_mixed(lang: str, style: str) -> tuple[str, list[str], list]:
    """PII and everyday numbers in one breath: the value must be masked, the rest not."""
    index = random.randrange(len(MIXED[lang]))
    role, template = MIXED[lang][index]
    who = person(lang)
    written, groups = make_phone(random.choice(PHONE_COUNTRIES[lang]))
    slots = negative_slots(lang, style)
    slots.update(
        card=E("card", "CARD", render_card(make_card(), lang, style)),
        name=E("name", "PERSON", name_form(lang, who)),
        addressed=E("name", "PERSON", address_form(lang, who)),
        phone=E("phone", "PHONE", written if style == "written" else phone_words(groups, lang)),
        acc=E("acc", "ACCOUNT", render_account(MIXED_ACCOUNT[lang], lang, style)),
        addr=E("addr", "ADDRESS", render_address(lang, style)))
    opener = {"customer": ("agent", said(pick({"ru": ["Слушаю вас.", "Да, говорите."],
                                               "uk": ["Слухаю вас.", "Так, кажіть."],
                                               "lt": ["Klausau jūsų.", "Taip, sakykite."],
                                               "en": ["Go ahead.", "Yes, I'm listening."]},
                                              lang))),
              "agent": ("customer", said(pick({"ru": ["Ну и сколько там?"],
                                               "uk": ["Ну і скільки там?"],
                                               "lt": ["Tai kiek ten?"],
                                               "en": ["So what do I owe?"]}, lang)))}[role]
    turns = [opener, (role, said(template, **slots))]
    return f"{lang}_mixed_{index:02d}", ["mixed", "decoy"], turns


SCENARIOS = [(sc_card, 18), (sc_mixed, 7), (sc_phone, 8), (sc_email, 6), (sc_passport, 7),
             (sc_national_id, 8), (sc_dob, 6), (sc_account, 8), (sc_address, 7),
             (sc_person, 9), (sc_identity, 5), (negative, 21)]
PER_LANGUAGE = {"ru": 288, "uk": 144, "en": 144, "lt": 144}


def schedule(count: int) -> list:
    """Scenarios for one language and style in fixed shares (largest remainder), shuffled,
    so every type shows up in every language and style."""
    total = sum(w for _, w in SCENARIOS)
    shares = [(s, count * w / total) for s, w in SCENARIOS]
    plan = {s: int(x) for s, x in shares}
    for s, _ in sorted(shares, key=lambda sx: sx[1] - int(sx[1]), reverse=True):
        if sum(plan.values()) < count:
            plan[s] += 1
    out = [s for s, n in plan.items() for _ in range(n)]
    random.shuffle(out)
    return out


def make_exchange(lang: str, style: str, scenario) -> tuple[str, list[str], list]:
    template, tags, turns = scenario(lang, style)
    if random.random() < 0.18:
        turns = [greeting(lang), *turns]
        tags = [*tags, "agent_intro"]
    if scenario is not negative and random.random() < 0.3:
        turns = [*turns, decoy_turn(lang, style)]
        tags = [*tags, "decoy"]
    return template, tags, turns


def build() -> list[dict]:
    random.seed(SEED)
    records = []
    seen: set[tuple[str, ...]] = set()
    for lang, count in PER_LANGUAGE.items():
        for style in ("written", "asr"):
            for number, scenario in enumerate(schedule(count // 2), start=1):
                while True:
                    template, tags, turns = make_exchange(lang, style, scenario)
                    out_turns, entities = assemble(turns, style)
                    texts = tuple(turn["text"] for turn in out_turns)
                    if texts not in seen:
                        seen.add(texts)
                        break
                record = {"id": f"b3-{lang}-{'w' if style == 'written' else 'a'}-{number:04d}",
                          "lang": lang, "style": style, "split": "blind3",
                          "template": template, "tags": tags, "turns": out_turns,
                          "entities": entities}
                check_record(record)
                if style == "asr":
                    assert not any(c.isdigit() for t in out_turns for c in t["text"]), record
                records.append(record)
    return records


def summary(records: list[dict]) -> dict:
    """Counts the README quotes, and the floors the issue sets, checked."""
    per_type = Counter()
    for record in records:
        for entity in record["entities"]:
            per_type[(entity["type"], record["lang"], record["style"])] += 1
    cards = sum(v for (t, _, _), v in per_type.items() if t == "CARD")
    negatives = sum(1 for r in records if not r["entities"] or "decoy" in r["tags"]
                    or "hard_negative" in r["tags"])
    entities = sum(per_type.values())
    assert len(records) >= 500 and entities >= 550 and cards >= 90
    assert negatives >= 0.35 * len(records)
    assert len({r["id"] for r in records}) == len(records)
    return {"records": len(records), "entities": entities, "cards": cards,
            "negative_or_decoy_records": negatives,
            "no_entity_records": sum(1 for r in records if not r["entities"]),
            "per_type": per_type}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    records = build()
    stats = summary(records)
    with args.out.open("w", encoding="utf-8") as handle:
        for record in records:
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    print(f"{stats['records']} records, {stats['entities']} entities, {stats['cards']} cards, "
          f"{stats['negative_or_decoy_records']} negative or decoy records "
          f"({stats['no_entity_records']} with no entity) -> {args.out}")
    langs, styles = ("ru", "uk", "en", "lt"), ("written", "asr")
    print("| type | " + " | ".join(f"{la} {st[0]}" for la in langs for st in styles) + " | all |")
    for kind in TYPES:
        row = [stats["per_type"][(kind, la, st)] for la in langs for st in styles]
        print(f"| {kind} | " + " | ".join(map(str, row)) + f" | {sum(row)} |")


if __name__ == "__main__":
    main()
