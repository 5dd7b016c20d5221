"""Blind labelled redaction evaluation set 6 (issue 12): a seeded, deterministic generator.

    python tools/make_redaction_blind6.py [--out benchmarks/data/redaction_blind6.jsonl]

Written by a helper session that never opened the detector, its tests, or earlier redaction
sets and generators, so the set measures the detector on phrasing its author did not tune for.
Every check digit (Luhn, IBAN mod-97, INN, SNILS, RNOKPP, asmens kodas) is computed here, and
a validator asserts that every labelled span's words and characters round-trip before writing.
"""

from __future__ import annotations

import argparse
import json
import random
import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "benchmarks" / "data" / "redaction_blind6.jsonl"
SEED = 61206
PLAN = {"ru": 200, "uk": 100, "en": 100, "lt": 100}
DECOY_SHARE = 0.43

# ---------------------------------------------------------------- numbers as words

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
THOUSAND_FORMS = {
    "ru": ("тысяча", "тысячи", "тысяч"),
    "uk": ("тисяча", "тисячі", "тисяч"),
    "lt": ("tūkstantis", "tūkstančiai", "tūkstančių"),
}


def plural_index(lang: str, n: int) -> int:
    """Which of three noun forms agrees with n (one / few / many), per the language's rule."""
    if lang == "en":
        return 0 if n == 1 else 2
    if lang == "lt":
        if n % 10 == 1 and n % 100 != 11:
            return 0
        if 2 <= n % 10 <= 9 and not 12 <= n % 100 <= 19:
            return 1
        return 2
    if n % 10 == 1 and n % 100 != 11:
        return 0
    if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
        return 1
    return 2


def _below_hundred(lang: str, n: int) -> list[str]:
    if n < 10:
        return [UNITS[lang][n]]
    if n < 20:
        return [TEENS[lang][n - 10]]
    tens, unit = divmod(n, 10)
    return [TENS[lang][tens]] + ([UNITS[lang][unit]] if unit else [])


def _below_thousand(lang: str, n: int, rng: random.Random | None = None) -> list[str]:
    hundreds, rest = divmod(n, 100)
    words: list[str] = []
    if hundreds:
        if lang in HUNDREDS:
            words.append(HUNDREDS[lang][hundreds])
        elif lang == "lt":
            words += ["šimtas"] if hundreds == 1 else [UNITS["lt"][hundreds], "šimtai"]
        else:
            words += [UNITS["en"][hundreds], "hundred"]
            if rest and rng is not None and rng.random() < 0.4:
                words.append("and")
    if rest or not words:
        words += _below_hundred(lang, rest)
    return words


def cardinal(lang: str, n: int, rng: random.Random | None = None) -> str:
    """n (0..999 999) as spoken words, the way an ASR transcript would write it."""
    thousands, rest = divmod(n, 1000)
    words: list[str] = []
    if thousands:
        if lang == "en":
            words += [*_below_thousand("en", thousands, rng), "thousand"]
        else:
            lead = _below_thousand(lang, thousands)
            if (
                lang in ("ru", "uk")
                and thousands % 10 in (1, 2)
                and thousands % 100 not in (11, 12)
            ):
                lead[-1] = {"ru": ("одна", "две"), "uk": ("одна", "дві")}[lang][thousands % 10 - 1]
            if thousands == 1 and lang in ("ru", "uk", "lt"):
                lead = []
            words += [*lead, THOUSAND_FORMS[lang][plural_index(lang, thousands)]]
    if rest or not words:
        words += _below_thousand(lang, rest, rng)
    return " ".join(words)


def zero_word(lang: str, rng: random.Random) -> str:
    if lang == "en":
        return "oh" if rng.random() < 0.6 else "zero"
    if lang == "uk" and rng.random() < 0.3:
        return "ноль"
    return UNITS[lang][0]


def say_digit_by_digit(lang: str, digits: str, rng: random.Random) -> str:
    words: list[str] = []
    i = 0
    while i < len(digits):
        d = digits[i]
        if lang == "en" and i + 1 < len(digits) and digits[i + 1] == d and rng.random() < 0.5:
            words += ["double", "oh" if d == "0" else UNITS["en"][int(d)]]
            i += 2
            continue
        words.append(zero_word(lang, rng) if d == "0" else UNITS[lang][int(d)])
        i += 1
    return " ".join(words)


def say_group(lang: str, digits: str, rng: random.Random) -> str:
    """A chunk said as one number; leading zeros are said one by one first."""
    stripped = digits.lstrip("0")
    zeros = [zero_word(lang, rng) for _ in range(len(digits) - len(stripped))]
    return " ".join(zeros + ([cardinal(lang, int(stripped), rng)] if stripped else []))


def say_pairs(lang: str, digits: str, rng: random.Random) -> str:
    chunks = []
    start = 0
    if len(digits) % 2:
        chunks.append(digits[0] if rng.random() < 0.5 else digits[:3])
        start = len(chunks[0])
    chunks += [digits[i : i + 2] for i in range(start, len(digits), 2)]
    return " ".join(say_group(lang, c, rng) for c in chunks)


def say_number(lang: str, digits: str, rng: random.Random, mode: str | None = None) -> str:
    """A digit string spoken digit by digit, in pairs, as one number, or mixed."""
    mode = mode or rng.choice(["digit", "digit", "pair", "group", "mix"])
    if lang == "en" and mode == "group" and len(digits) > 3:
        mode = "pair"  # English speakers do not read a card group as 'four thousand ...'
    if mode == "digit":
        return say_digit_by_digit(lang, digits, rng)
    if mode == "pair":
        return say_pairs(lang, digits, rng)
    if mode == "group" and len(digits) <= 4:
        return say_group(lang, digits, rng)
    if mode == "group":
        return say_pairs(lang, digits, rng)
    parts: list[str] = []
    i = 0
    while i < len(digits):
        size = rng.choice([1, 2, 2, 3])
        chunk = digits[i : i + size]
        speak = say_group if len(chunk) < 3 or lang != "en" else say_digit_by_digit
        parts.append(rng.choice([say_digit_by_digit, speak])(lang, chunk, rng))
        i += size
    return " ".join(parts)


ORDINAL_GEN = {  # genitive ordinals 1..31 for dates ("пятнадцатого марта")
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
        "двадцатого",
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
        "двадцятого",
    ],
    "en": [
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
        "twentieth",
    ],
    "lt": [
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
        "dvidešimtą",
    ],
}
THIRTIETH = {"ru": "тридцатого", "uk": "тридцятого", "en": "thirtieth", "lt": "trisdešimtą"}
TENS_ORDINAL_GEN = {  # year endings: "восьмидесятого", "вісімдесятого", "aštuoniasdešimtų"
    "ru": [
        "",
        "десятого",
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
        "десятого",
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
        "dešimtų",
        "dvidešimtų",
        "trisdešimtų",
        "keturiasdešimtų",
        "penkiasdešimtų",
        "šešiasdešimtų",
        "septyniasdešimtų",
        "aštuoniasdešimtų",
        "devyniasdešimtų",
    ],
}
UNIT_ORDINAL_YEAR_LT = [
    "",
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
TEEN_ORDINAL_YEAR_LT = [
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


def day_ordinal(lang: str, day: int) -> str:
    if day <= 20:
        return ORDINAL_GEN[lang][day - 1]
    if day == 30:
        return THIRTIETH[lang]
    tens = {"ru": "двадцать", "uk": "двадцять", "en": "twenty", "lt": "dvidešimt"}
    if day > 30:
        tens = {"ru": "тридцать", "uk": "тридцять", "en": "thirty", "lt": "trisdešimt"}
    return f"{tens[lang]} {ORDINAL_GEN[lang][day % 10 - 1]}"


def year_ordinal(lang: str, year: int, short: bool) -> str:
    """A birth year as an ordinal in the genitive ('восемьдесят пятого', 'penktų')."""
    century, yy = divmod(year, 100)
    if lang == "lt":
        if yy < 10:
            last = UNIT_ORDINAL_YEAR_LT[yy]
        elif yy < 20:
            last = TEEN_ORDINAL_YEAR_LT[yy - 10]
        elif yy % 10 == 0:
            last = TENS_ORDINAL_GEN["lt"][yy // 10]
        else:
            last = f"{TENS['lt'][yy // 10]} {UNIT_ORDINAL_YEAR_LT[yy % 10]}"
        if year == 2000:
            return "dutūkstantųjų"
        head = "tūkstantis devyni šimtai" if century == 19 else "du tūkstančiai"
        return last if short and century == 19 else f"{head} {last}"
    if year == 2000:
        return {"ru": "двухтысячного", "uk": "двохтисячного"}[lang]
    if yy < 10 or yy < 20:
        last = ORDINAL_GEN[lang][yy - 1]
    elif yy % 10 == 0:
        last = TENS_ORDINAL_GEN[lang][yy // 10]
    else:
        last = f"{TENS[lang][yy // 10]} {ORDINAL_GEN[lang][yy % 10 - 1]}"
    head = {"ru": ("тысяча девятьсот", "две тысячи"), "uk": ("тисяча дев'ятсот", "дві тисячі")}[
        lang
    ][century - 19]
    return last if short and century == 19 else f"{head} {last}"


def year_en(year: int, rng: random.Random) -> str:
    century, yy = divmod(year, 100)
    if century == 20:
        return "two thousand" + (
            f" and {cardinal('en', yy)}"
            if yy and rng.random() < 0.5
            else f" {cardinal('en', yy)}"
            if yy
            else ""
        )
    return "nineteen " + (f"oh {UNITS['en'][yy]}" if yy < 10 else cardinal("en", yy))


# ---------------------------------------------------------------- check digits


def luhn_complete(payload: str) -> str:
    """Append the Luhn check digit that makes payload + digit valid."""
    total = 0
    for i, ch in enumerate(reversed(payload)):
        d = int(ch)
        if i % 2 == 0:
            d = d * 2 - 9 if d * 2 > 9 else d * 2
        total += d
    return payload + str((10 - total % 10) % 10)


def luhn_valid(number: str) -> bool:
    return luhn_complete(number[:-1]) == number


def iban_complete(country: str, bban: str) -> str:
    """The ISO 13616 IBAN for a country and basic account number (mod-97 check digits)."""
    rearranged = bban + country + "00"
    numeric = "".join(str(int(ch, 36)) for ch in rearranged)
    return f"{country}{98 - int(numeric) % 97:02d}{bban}"


def iban_valid(iban: str) -> bool:
    numeric = "".join(str(int(ch, 36)) for ch in iban[4:] + iban[:4])
    return int(numeric) % 97 == 1


def inn12_complete(payload: str) -> str:
    """Russian personal INN: 10 digits plus two weighted mod-11 check digits."""
    w11 = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
    w12 = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
    d11 = sum(int(a) * b for a, b in zip(payload, w11, strict=True)) % 11 % 10
    with11 = payload + str(d11)
    d12 = sum(int(a) * b for a, b in zip(with11, w12, strict=True)) % 11 % 10
    return with11 + str(d12)


def snils_complete(payload: str) -> str:
    """Russian SNILS: 9 digits plus a two-digit control (weights 9..1, mod 101)."""
    total = sum(int(d) * (9 - i) for i, d in enumerate(payload))
    control = total % 101
    if control == 100:
        control = 0
    return payload + f"{control:02d}"


def rnokpp_complete(payload: str) -> str:
    """Ukrainian RNOKPP (tax number): 9 digits plus (weighted sum mod 11) mod 10."""
    weights = [-1, 5, 7, 9, 4, 6, 10, 5, 7]
    return payload + str(sum(int(a) * b for a, b in zip(payload, weights, strict=True)) % 11 % 10)


def asmens_kodas_complete(payload: str) -> str:
    """Lithuanian personal code: 10 digits plus the two-pass mod-11 check digit."""
    first = sum(int(d) * w for d, w in zip(payload, [1, 2, 3, 4, 5, 6, 7, 8, 9, 1], strict=True))
    if first % 11 != 10:
        return payload + str(first % 11)
    second = sum(int(d) * w for d, w in zip(payload, [3, 4, 5, 6, 7, 8, 9, 1, 2, 3], strict=True))
    return payload + str(0 if second % 11 == 10 else second % 11)


# ---------------------------------------------------------------- dialogue assembly

MARK_OPEN, MARK_MID, MARK_CLOSE = "\x01", "\x02", "\x03"
MARK_RE = re.compile("\x01(\\w+)\x02(.*?)\x03", re.S)
ASR_STRIP = re.compile(r"[.,!?;:«»\"“”„()…/]")
ASR_DASH = re.compile(r"(?<!\S)[-—–]+(?!\S)")


def to_asr(text: str) -> str:
    """Written phrase -> ASR transcript style: lower case, no punctuation."""
    text = ASR_STRIP.sub(" ", text.replace("—", " ").replace("–", " "))
    return ASR_DASH.sub(" ", text).lower()


@dataclass
class Dialog:
    """Turns whose entity mentions are marked inline; build() turns marks into offsets."""

    lang: str
    style: str
    template: str
    turns: list[tuple[str, str]] = field(default_factory=list)
    types: dict[str, str] = field(default_factory=dict)
    tags: set[str] = field(default_factory=set)

    @property
    def asr(self) -> bool:
        return self.style == "asr"

    def new(self, etype: str) -> str:
        key = f"e{len(self.types)}"
        self.types[key] = etype
        return key

    def mark(self, key: str, text: str) -> str:
        assert text.strip() == text and text, (self.template, text)
        return f"{MARK_OPEN}{key}{MARK_MID}{text}{MARK_CLOSE}"

    def ent(self, etype: str, text: str) -> str:
        """A one-piece entity of etype, marked inline."""
        return self.mark(self.new(etype), text)

    def a(self, *parts: str) -> None:
        self.turns.append(("agent", " ".join(p for p in parts if p)))

    def c(self, *parts: str) -> None:
        self.turns.append(("customer", " ".join(p for p in parts if p)))

    def build(self) -> tuple[list[dict], list[dict]]:
        turns: list[dict] = []
        spans: dict[str, list[tuple[int, int, int]]] = {}
        for index, (role, raw) in enumerate(self.turns):
            out = ""
            position = 0
            segments: list[tuple[str | None, str]] = []
            for match in MARK_RE.finditer(raw):
                segments.append((None, raw[position : match.start()]))
                segments.append((match.group(1), match.group(2)))
                position = match.end()
            segments.append((None, raw[position:]))
            for key, text in segments:
                if key is None:
                    text = re.sub(r"\s+", " ", to_asr(text) if self.asr else text)
                    if not out or out.endswith(" "):
                        text = text.lstrip()
                    elif not self.asr:
                        text = re.sub(r"^ ([,.!?;:])", r"\1", text)
                    if not self.asr:  # "12 d." closing a sentence keeps one full stop
                        text = re.sub(r"(?<!\.)\.\.(?!\.)", ".", text)
                    if not self.asr:
                        text = re.sub(
                            r"([!?] )(\w)", lambda m: m.group(1) + m.group(2).upper(), text
                        )
                    out += text
                else:
                    if self.asr and out and not out.endswith(" "):
                        out += " "
                    spans.setdefault(key, []).append((index, len(out), len(out) + len(text)))
                    out += text
            out = out.rstrip()
            if not self.asr and "@" not in out.split()[0]:
                out = out[:1].upper() + out[1:]  # a written turn starts with a capital
            if not self.asr and out[-1].isalnum():
                out += "."  # a written transcript closes every sentence
            turns.append({"role": role, "text": out})
        entities = []
        for key, pieces in sorted(spans.items(), key=lambda kv: kv[1][0]):
            words, chars, texts = [], [], []
            for turn, start, end in pieces:
                line = turns[turn]["text"]
                tokens = [(m.start(), m.end()) for m in re.finditer(r"\S+", line)]
                covered = [i for i, (s, e) in enumerate(tokens) if e > start and s < end]
                words.append([turn, covered[0], covered[-1] + 1])
                chars.append([turn, start, end])
                texts.append(line[start:end])
            entities.append(
                {"type": self.types[key], "pieces": words, "chars": chars, "text": texts}
            )
        missing = set(self.types) - set(spans)
        assert not missing, (self.template, missing)
        return turns, entities


def validate(record: dict) -> None:
    """Every span must round-trip: chars give the text, words cover exactly those chars."""
    turns = [t["text"] for t in record["turns"]]
    taken: dict[tuple[int, int], str] = {}
    assert record["style"] in ("written", "asr") and record["lang"] in PLAN
    for turn in record["turns"]:
        assert turn["role"] in ("agent", "customer") and turn["text"].strip() == turn["text"]
        assert turn["text"], record["id"]
        if record["style"] == "asr":
            assert not re.search(r"[0-9A-ZА-ЯЁІЇЄҐĄČĘĖĮŠŲŪŽ.,!?;:«»()@/+]", turn["text"]), (
                record["id"],
                turn["text"],
            )
    for entity in record["entities"]:
        assert len(entity["pieces"]) == len(entity["chars"]) == len(entity["text"])
        for (wt, ws, we), (ct, cs, ce), text in zip(
            entity["pieces"], entity["chars"], entity["text"], strict=True
        ):
            assert wt == ct and 0 <= ws < we and 0 <= cs < ce
            line = turns[ct]
            assert line[cs:ce] == text and text.strip() == text, (record["id"], text)
            tokens = [(m.start(), m.end()) for m in re.finditer(r"\S+", line)]
            assert (
                tokens[ws][0] <= cs < tokens[ws][1] and tokens[we - 1][0] < ce <= tokens[we - 1][1]
            ), (record["id"], text)
            left, right = line[tokens[ws][0] : cs], line[ce : tokens[we - 1][1]]
            assert not re.search(r"\w", left + right), (record["id"], text, left, right)
            if record["style"] == "asr":
                assert left == right == "", (record["id"], text)
            for i in range(ws, we):
                assert (wt, i) not in taken, (record["id"], "overlap", text)
                taken[(wt, i)] = entity["type"]


# ---------------------------------------------------------------- people, places, numbers


@dataclass
class Person:
    """One person's name in the case forms the dialogues need."""

    first: str
    last: str
    first_gen: str
    last_gen: str
    first_voc: str = ""
    last_voc: str = ""
    patronymic: str = ""
    patronymic_gen: str = ""
    female: bool = False
    latin: tuple[str, str] = ("", "")


def _ru_surname(stem: str, female: bool) -> tuple[str, str]:
    if stem.endswith(("ов", "ев", "ёв", "ин")):
        return (stem + "а", stem + "ой") if female else (stem, stem + "а")
    if stem.endswith(("енко", "ко")) or female:
        return stem, stem
    return stem, stem + "а"


RU_MALE = [
    ("Сергей", "Сергея"),
    ("Андрей", "Андрея"),
    ("Дмитрий", "Дмитрия"),
    ("Алексей", "Алексея"),
    ("Михаил", "Михаила"),
    ("Игорь", "Игоря"),
    ("Николай", "Николая"),
    ("Павел", "Павла"),
    ("Виктор", "Виктора"),
    ("Артём", "Артёма"),
    ("Евгений", "Евгения"),
    ("Роман", "Романа"),
    ("Григорий", "Григория"),
    ("Тимур", "Тимура"),
    ("Константин", "Константина"),
    ("Илья", "Ильи"),
    ("Рустам", "Рустама"),
    ("Лев", "Льва"),
]
RU_FEMALE = [
    ("Анна", "Анны"),
    ("Ольга", "Ольги"),
    ("Елена", "Елены"),
    ("Наталья", "Натальи"),
    ("Татьяна", "Татьяны"),
    ("Ирина", "Ирины"),
    ("Светлана", "Светланы"),
    ("Марина", "Марины"),
    ("Юлия", "Юлии"),
    ("Людмила", "Людмилы"),
    ("Галина", "Галины"),
    ("Вероника", "Вероники"),
    ("Ксения", "Ксении"),
    ("Зарина", "Зарины"),
    ("Алла", "Аллы"),
    ("Дарья", "Дарьи"),
]
RU_PATRONYMIC = [
    ("Петрович", "Петровича", "Петровна", "Петровны"),
    ("Николаевич", "Николаевича", "Николаевна", "Николаевны"),
    ("Александрович", "Александровича", "Александровна", "Александровны"),
    ("Викторович", "Викторовича", "Викторовна", "Викторовны"),
    ("Сергеевич", "Сергеевича", "Сергеевна", "Сергеевны"),
    ("Ильич", "Ильича", "Ильинична", "Ильиничны"),
    ("Олегович", "Олеговича", "Олеговна", "Олеговны"),
    ("Геннадьевич", "Геннадьевича", "Геннадьевна", "Геннадьевны"),
    ("Романович", "Романовича", "Романовна", "Романовны"),
    ("Юрьевич", "Юрьевича", "Юрьевна", "Юрьевны"),
    ("Рашидович", "Рашидовича", "Рашидовна", "Рашидовны"),
]
RU_SURNAMES = [
    "Соколов",
    "Кузнецов",
    "Воробьёв",
    "Белоусов",
    "Лаптев",
    "Зайцев",
    "Тихонов",
    "Гусейнов",
    "Карпенко",
    "Шевчук",
    "Мельников",
    "Ершов",
    "Рябинин",
    "Голубев",
    "Хабибуллин",
    "Дорофеев",
    "Никитин",
    "Пономарёв",
    "Горбунов",
    "Фёдоров",
    "Сафронов",
    "Кочетков",
    "Лысенко",
    "Абрамов",
]

UK_MALE = [
    ("Олександр", "Олександра", "Олександре"),
    ("Андрій", "Андрія", "Андрію"),
    ("Богдан", "Богдана", "Богдане"),
    ("Тарас", "Тараса", "Тарасе"),
    ("Дмитро", "Дмитра", "Дмитре"),
    ("Василь", "Василя", "Василю"),
    ("Юрій", "Юрія", "Юрію"),
    ("Остап", "Остапа", "Остапе"),
    ("Ігор", "Ігоря", "Ігорю"),
    ("Микола", "Миколи", "Миколо"),
    ("Сергій", "Сергія", "Сергію"),
    ("Володимир", "Володимира", "Володимире"),
    ("Назар", "Назара", "Назаре"),
]
UK_FEMALE = [
    ("Оксана", "Оксани", "Оксано"),
    ("Наталія", "Наталії", "Наталіє"),
    ("Ірина", "Ірини", "Ірино"),
    ("Олена", "Олени", "Олено"),
    ("Марія", "Марії", "Маріє"),
    ("Тетяна", "Тетяни", "Тетяно"),
    ("Галина", "Галини", "Галино"),
    ("Соломія", "Соломії", "Соломіє"),
    ("Вікторія", "Вікторії", "Вікторіє"),
    ("Христина", "Христини", "Христино"),
    ("Людмила", "Людмили", "Людмило"),
    ("Ярослава", "Ярослави", "Ярославо"),
]
UK_PATRONYMIC = [
    ("Петрович", "Петровича", "Петрівна", "Петрівни"),
    ("Іванович", "Івановича", "Іванівна", "Іванівни"),
    ("Миколайович", "Миколайовича", "Миколаївна", "Миколаївни"),
    ("Васильович", "Васильовича", "Василівна", "Василівни"),
    ("Олегович", "Олеговича", "Олегівна", "Олегівни"),
    ("Богданович", "Богдановича", "Богданівна", "Богданівни"),
    ("Степанович", "Степановича", "Степанівна", "Степанівни"),
    ("Андрійович", "Андрійовича", "Андріївна", "Андріївни"),
]
UK_SURNAMES = [
    "Коваленко",
    "Шевченко",
    "Бондаренко",
    "Ткаченко",
    "Кравченко",
    "Савченко",
    "Мельничук",
    "Ковальчук",
    "Поліщук",
    "Гнатюк",
    "Ковальський",
    "Яремчук",
    "Бондар",
    "Мельник",
    "Лисенко",
    "Остапчук",
    "Грищенко",
    "Петрук",
    "Вербицький",
    "Дячук",
]

EN_MALE = [
    "James",
    "Oliver",
    "Daniel",
    "Thomas",
    "Michael",
    "Callum",
    "Rhys",
    "Nathan",
    "Samuel",
    "Aidan",
    "Marcus",
    "Ravi",
    "Kwame",
    "Connor",
    "Patrick",
    "Ethan",
]
EN_FEMALE = [
    "Sophie",
    "Charlotte",
    "Emily",
    "Hannah",
    "Megan",
    "Priya",
    "Chloe",
    "Bethany",
    "Aisha",
    "Lauren",
    "Niamh",
    "Rebecca",
    "Imogen",
    "Grace",
    "Fiona",
    "Zara",
]
EN_SURNAMES = [
    "Whitfield",
    "Okafor",
    "Harrison",
    "Patel",
    "McAllister",
    "Brennan",
    "Fletcher",
    "Gallagher",
    "Thornton",
    "Nakamura",
    "Hughes",
    "Donnelly",
    "Ashworth",
    "Kowalski",
    "Pemberton",
    "Sinclair",
    "Achebe",
    "Rowntree",
    "Oduya",
    "Campbell",
]

LT_MALE = [
    ("Jonas", "Jono", "Jonai"),
    ("Tomas", "Tomo", "Tomai"),
    ("Mantas", "Manto", "Mantai"),
    ("Darius", "Dariaus", "Dariau"),
    ("Andrius", "Andriaus", "Andriau"),
    ("Paulius", "Pauliaus", "Pauliau"),
    ("Lukas", "Luko", "Lukai"),
    ("Marius", "Mariaus", "Mariau"),
    ("Vytautas", "Vytauto", "Vytautai"),
    ("Rokas", "Roko", "Rokai"),
    ("Kęstutis", "Kęstučio", "Kęstuti"),
    ("Algirdas", "Algirdo", "Algirdai"),
    ("Žilvinas", "Žilvino", "Žilvinai"),
]
LT_FEMALE = [
    ("Ona", "Onos", "Ona"),
    ("Rūta", "Rūtos", "Rūta"),
    ("Eglė", "Eglės", "Egle"),
    ("Laura", "Lauros", "Laura"),
    ("Giedrė", "Giedrės", "Giedre"),
    ("Inga", "Ingos", "Inga"),
    ("Aistė", "Aistės", "Aiste"),
    ("Vaida", "Vaidos", "Vaida"),
    ("Jurgita", "Jurgitos", "Jurgita"),
    ("Simona", "Simonos", "Simona"),
    ("Gintarė", "Gintarės", "Gintare"),
    ("Dalia", "Dalios", "Dalia"),
    ("Živilė", "Živilės", "Živile"),
]
LT_SURNAMES = [
    ("Petrait", "is"),
    ("Kazlausk", "as"),
    ("Jankausk", "as"),
    ("Žukausk", "as"),
    ("Paulausk", "as"),
    ("Vasiliausk", "as"),
    ("Navick", "as"),
    ("Urbon", "as"),
    ("Butk", "us"),
    ("Stankevič", "ius"),
    ("Balčiūn", "as"),
    ("Mock", "us"),
    ("Gudait", "is"),
    ("Sakalausk", "as"),
    ("Rimk", "us"),
    ("Grigon", "is"),
]
LT_SURNAME_FORMS = {  # male nom/gen/voc, married nom/gen/voc, maiden nom/gen/voc endings
    "as": ("as", "o", "ai", "ienė", "ienės", "iene", "aitė", "aitės", "aite"),
    "is": ("is", "io", "i", "ienė", "ienės", "iene", "ytė", "ytės", "yte"),
    "us": ("us", "aus", "au", "ienė", "ienės", "iene", "utė", "utės", "ute"),
    "ius": ("ius", "iaus", "iau", "ienė", "ienės", "iene", "iūtė", "iūtės", "iūte"),
}

TRANSLIT = dict(
    zip(
        "абвгдеёжзийклмнопрстуфхцчшщъыьэюяіїєґ'",
        [
            "a",
            "b",
            "v",
            "g",
            "d",
            "e",
            "e",
            "zh",
            "z",
            "i",
            "y",
            "k",
            "l",
            "m",
            "n",
            "o",
            "p",
            "r",
            "s",
            "t",
            "u",
            "f",
            "kh",
            "ts",
            "ch",
            "sh",
            "shch",
            "",
            "y",
            "",
            "e",
            "yu",
            "ya",
            "i",
            "yi",
            "ye",
            "g",
            "",
        ],
        strict=True,
    )
)
LT_PLAIN = str.maketrans("ąčęėįšųūž", "aceeisuuz")


def latin(name: str) -> str:
    low = name.lower()
    return "".join(TRANSLIT.get(ch, ch) for ch in low).translate(LT_PLAIN)


def make_person(lang: str, rng: random.Random, female: bool | None = None) -> Person:
    female = rng.random() < 0.5 if female is None else female
    if lang == "ru":
        first, first_gen = rng.choice(RU_FEMALE if female else RU_MALE)
        pat = rng.choice(RU_PATRONYMIC)
        last, last_gen = _ru_surname(rng.choice(RU_SURNAMES), female)
        person = Person(
            first,
            last,
            first_gen,
            last_gen,
            first,
            last,
            pat[2] if female else pat[0],
            pat[3] if female else pat[1],
            female,
        )
    elif lang == "uk":
        first, first_gen, first_voc = rng.choice(UK_FEMALE if female else UK_MALE)
        pat = rng.choice(UK_PATRONYMIC)
        stem = rng.choice(UK_SURNAMES)
        if female:
            last = last_gen = last_voc = stem
            if stem.endswith("ький"):
                last, last_gen = stem[:-2] + "а", stem[:-2] + "ої"
                last_voc = last
        elif stem.endswith("ький"):
            last, last_gen, last_voc = stem, stem[:-2] + "ого", stem
        elif stem.endswith("о"):
            last, last_gen, last_voc = stem, stem[:-1] + "а", stem[:-1] + "у"
        else:
            soft = stem.endswith("р") and stem == "Бондар"
            last, last_gen, last_voc = (
                stem,
                stem + ("я" if soft else "а"),
                stem + ("ю" if soft else "у"),
            )
        person = Person(
            first,
            last,
            first_gen,
            last_gen,
            first_voc,
            last_voc,
            pat[2] if female else pat[0],
            pat[3] if female else pat[1],
            female,
        )
    elif lang == "en":
        first = rng.choice(EN_FEMALE if female else EN_MALE)
        last = rng.choice(EN_SURNAMES)
        person = Person(first, last, first, last, first, last, female=female)
    else:
        first, first_gen, first_voc = rng.choice(LT_FEMALE if female else LT_MALE)
        stem, kind = rng.choice(LT_SURNAMES)
        ends = LT_SURNAME_FORMS[kind]
        offset = (3 if rng.random() < 0.6 else 6) if female else 0
        if female and offset == 6 and kind == "is" and stem.endswith("č"):
            stem = stem[:-1] + "t"
        male_stem = stem[:-1] + "č" if kind == "is" and stem.endswith("t") else stem
        gen_stem = male_stem if offset == 0 else stem
        person = Person(
            first,
            stem + ends[offset],
            first_gen,
            gen_stem + ends[offset + 1] if offset == 0 else stem + ends[offset + 1],
            first_voc,
            stem + ends[offset + 2],
            female=female,
        )
    person.latin = (latin(person.first), latin(person.last))
    return person


RU_STREETS = [
    ("улица", "ул.", "Садовая"),
    ("улица", "ул.", "Гагарина"),
    ("проспект", "пр-т", "Мира"),
    ("переулок", "пер.", "Лесной"),
    ("улица", "ул.", "Маршала Жукова"),
    ("улица", "ул.", "Школьная"),
    ("бульвар", "б-р", "Рокоссовского"),
    ("улица", "ул.", "Профсоюзная"),
    ("шоссе", "ш.", "Волоколамское"),
    ("улица", "ул.", "Академика Павлова"),
    ("набережная", "наб.", "Луговая"),
    ("улица", "ул.", "Чкалова"),
]
RU_CITIES = [
    "Казани",
    "Твери",
    "Самаре",
    "Екатеринбурге",
    "Новосибирске",
    "Ярославле",
    "Перми",
    "Калуге",
    "Тюмени",
    "Иркутске",
]
UK_STREETS = [
    ("вулиця", "вул.", "Шевченка"),
    ("вулиця", "вул.", "Січових Стрільців"),
    ("проспект", "просп.", "Перемоги"),
    ("вулиця", "вул.", "Грушевського"),
    ("бульвар", "бульв.", "Лесі Українки"),
    ("вулиця", "вул.", "Зелена"),
    ("провулок", "пров.", "Тихий"),
    ("вулиця", "вул.", "Городоцька"),
    ("вулиця", "вул.", "Героїв Крут"),
    ("вулиця", "вул.", "Соборна"),
]
UK_CITIES = [
    "Львові",
    "Києві",
    "Вінниці",
    "Полтаві",
    "Чернігові",
    "Ужгороді",
    "Житомирі",
    "Одесі",
    "Рівному",
    "Тернополі",
]
EN_STREETS = [
    "Mulberry Lane",
    "Station Road",
    "Kingsley Avenue",
    "Orchard Close",
    "Victoria Street",
    "Elm Grove",
    "Ashford Crescent",
    "Maple Drive",
    "Chapel Walk",
    "Harbour View",
    "Beechwood Gardens",
    "Mill Lane",
]
EN_CITIES = [
    "Leeds",
    "Bristol",
    "Leicester",
    "Norwich",
    "Swansea",
    "Dundee",
    "Sheffield",
    "Derby",
    "Reading",
    "Belfast",
]
LT_STREETS = [
    ("Žalgirio", "g.", "gatvė"),
    ("Savanorių", "pr.", "prospektas"),
    ("Taikos", "g.", "gatvė"),
    ("Vytauto", "g.", "gatvė"),
    ("Ateities", "g.", "gatvė"),
    ("Liepų", "g.", "gatvė"),
    ("Kalvarijų", "g.", "gatvė"),
    ("Pušyno", "g.", "gatvė"),
    ("Birutės", "g.", "gatvė"),
    ("Gedimino", "pr.", "prospektas"),
]
LT_CITIES = [
    "Vilniuje",
    "Kaune",
    "Klaipėdoje",
    "Šiauliuose",
    "Panevėžyje",
    "Alytuje",
    "Utenoje",
    "Marijampolėje",
    "Telšiuose",
]
CITIES = {"ru": RU_CITIES, "uk": UK_CITIES, "en": EN_CITIES, "lt": LT_CITIES}

MONTHS_GEN = {
    "ru": "января февраля марта апреля мая июня июля августа сентября октября ноября декабря",
    "uk": "січня лютого березня квітня травня червня липня серпня вересня жовтня листопада грудня",
    "en": "January February March April May June July August September October November December",
    "lt": "sausio vasario kovo balandžio gegužės birželio liepos rugpjūčio rugsėjo spalio "
    "lapkričio gruodžio",
}
MONTHS_NOM = {
    "ru": "январь февраль март апрель май июнь июль август сентябрь октябрь ноябрь декабрь",
    "uk": "січень лютий березень квітень травень червень липень серпень вересень жовтень "
    "листопад грудень",
    "en": MONTHS_GEN["en"],
    "lt": "sausis vasaris kovas balandis gegužė birželis liepa rugpjūtis rugsėjis spalis "
    "lapkritis gruodis",
}
FILLERS = {
    "ru": ["э-э", "ну", "так", "значит", "м-м", "сейчас", "вот"],
    "uk": ["е-е", "ну", "так", "зараз", "м-м", "от"],
    "en": ["uh", "um", "so", "right", "er", "okay"],
    "lt": ["nu", "ee", "tai", "mmm", "žodžiu", "taip"],
}

PLUS = {"ru": "плюс", "uk": "плюс", "en": "plus", "lt": "plius"}
AT = {
    "ru": ["собака", "собака", "эт"],
    "uk": ["собака", "равлик", "ет"],
    "en": ["at"],
    "lt": ["eta", "eta", "et"],
}
DOT = {"ru": "точка", "uk": "крапка", "en": "dot", "lt": "taškas"}
UNDERSCORE = {
    "ru": "нижнее подчёркивание",
    "uk": "нижнє підкреслення",
    "en": "underscore",
    "lt": "apatinis brūkšnys",
}
DASH_WORD = {"ru": "дефис", "uk": "дефіс", "en": "dash", "lt": "brūkšnelis"}
CURRENCY = {
    "ru": ("рубль", "рубля", "рублей"),
    "uk": ("гривня", "гривні", "гривень"),
    "en": ("pound", "pounds", "pounds"),
    "lt": ("euras", "eurai", "eurų"),
}
LETTER_NAMES = {
    "ru": dict(
        zip(
            "АБВГДЕЖЗИКЛМНОПРСТУФХЦЧШЭЮЯ",
            [
                "а",
                "бэ",
                "вэ",
                "гэ",
                "дэ",
                "е",
                "жэ",
                "зэ",
                "и",
                "ка",
                "эл",
                "эм",
                "эн",
                "о",
                "пэ",
                "эр",
                "эс",
                "тэ",
                "у",
                "эф",
                "ха",
                "цэ",
                "че",
                "ша",
                "э",
                "ю",
                "я",
            ],
            strict=True,
        )
    ),
    "uk": dict(
        zip(
            "АБВГДЕЄЖЗИІКЛМНОПРСТУФХЦЧШЮЯ",
            [
                "а",
                "бе",
                "ве",
                "ге",
                "де",
                "е",
                "є",
                "же",
                "зе",
                "и",
                "і",
                "ка",
                "ел",
                "ем",
                "ен",
                "о",
                "пе",
                "ер",
                "ес",
                "те",
                "у",
                "еф",
                "ха",
                "це",
                "че",
                "ша",
                "ю",
                "я",
            ],
            strict=True,
        )
    ),
    "en": {ch: ch.lower() for ch in "ABCDEFGHIJKLMNOPQRSTUVWXYZ"},
    "lt": {ch: ch.lower() for ch in "ABCDEFGHIJKLMNOPRSTUVYZ"},
}
UNIT_FORMS = {
    "days": {
        "ru": ("день", "дня", "дней"),
        "uk": ("день", "дні", "днів"),
        "en": ("day", "days", "days"),
        "lt": ("dieną", "dienas", "dienų"),
    },
    "hours": {
        "ru": ("час", "часа", "часов"),
        "uk": ("годину", "години", "годин"),
        "en": ("hour", "hours", "hours"),
        "lt": ("valandą", "valandas", "valandų"),
    },
    "months": {
        "ru": ("месяц", "месяца", "месяцев"),
        "uk": ("місяць", "місяці", "місяців"),
        "en": ("month", "months", "months"),
        "lt": ("mėnuo", "mėnesiai", "mėnesių"),
    },
}
IBAN_COUNTRY_WORDS = {"UA": {"uk": "у а"}, "LT": {"lt": "el tė"}, "GB": {"en": "g b"}}
CARD_BRANDS = [
    ("4", 16),
    ("4", 16),
    ("4", 16),
    ("51", 16),
    ("53", 16),
    ("55", 16),
    ("2200", 16),
    ("2202", 16),
    ("2204", 16),
    ("34", 15),
    ("37", 15),
    ("62", 19),
    ("6762", 19),
    ("4", 13),
    ("5018", 18),
    ("2201", 16),
]
CARD_GROUPS = {
    13: [4, 4, 5],
    15: [4, 6, 5],
    16: [4, 4, 4, 4],
    18: [4, 4, 4, 6],
    19: [4, 4, 4, 4, 3],
}


def split_sizes(text: str, sizes: list[int]) -> list[str]:
    out, start = [], 0
    for size in sizes:
        out.append(text[start : start + size])
        start += size
    assert start == len(text)
    return out


class Speaker:
    """Renders values for one dialogue's language and style (digits written, or words)."""

    def __init__(self, d: Dialog, rng: random.Random) -> None:
        self.d, self.rng, self.lang = d, rng, d.lang
        self.mode = rng.choice(["digit", "digit", "pair", "group", "mix"])

    @property
    def asr(self) -> bool:
        return self.d.asr

    def pick(self, options: list[str] | str) -> str:
        if isinstance(options, str):
            options = options.split("|")
        return self.rng.choice(options)

    def p(self, key: str, **values: str) -> str:
        """One phrasing variant of a scripted line, filled in."""
        return self.pick(PHRASES[self.lang][key]).format(**values)

    def pair(self, question: str, answer: str, **values: str) -> tuple[str, str]:
        """A question and the answer variant written for it (same index, wrapped)."""
        asks, replies = (
            PHRASES[self.lang][question].split("|"),
            PHRASES[self.lang][answer].split("|"),
        )
        index = self.rng.randrange(len(asks))
        return (asks[index].format(**values), replies[index % len(replies)].format(**values))

    def fix(self, key: str) -> str:
        """A self-correction after a number: a dash in writing, just the words in speech."""
        return ("— " if not self.asr else "") + self.p(key)

    def percent(self, n: int) -> str:
        if not self.asr:
            return f"{n}%"
        words = {
            "ru": ("процент", "процента", "процентов"),
            "uk": ("відсоток", "відсотки", "відсотків"),
            "en": ("percent",) * 3,
            "lt": ("procentas", "procentai", "procentų"),
        }[self.lang]
        return f"{cardinal(self.lang, n)} {words[plural_index(self.lang, n)]}"

    def count(self, n: int, unit: str) -> str:
        """A number with its noun in the agreeing form ('5 дней', '2 dienas')."""
        return f"{self.num(n)} {UNIT_FORMS[unit][self.lang][plural_index(self.lang, n)]}"

    def filler(self, chance: float = 0.5) -> str:
        if self.asr and self.rng.random() < chance:
            return self.rng.choice(FILLERS[self.lang])
        return ""

    def low(self, text: str) -> str:
        return text.lower() if self.asr else text

    # numbers that are never PII --------------------------------------------------------
    def num(self, n: int) -> str:
        if self.asr:
            return cardinal(self.lang, n, self.rng)
        if n >= 10000:
            return f"{n:,}".replace(",", "," if self.lang == "en" else " ")
        return str(n)

    def money(self, n: int) -> str:
        if self.lang in ("en", "lt"):
            n = max(5, round(n / 25))  # amounts are drawn on a rouble scale
        elif self.lang == "uk":
            n = max(5, int(round(n / 2, -1)))
        unit = CURRENCY[self.lang][plural_index(self.lang, n)]
        if self.lang == "en":
            return f"{cardinal('en', n, self.rng)} pounds" if self.asr else f"£{n:,}"
        return f"{self.num(n)} {unit}"

    def time(self, hour: int, minute: int) -> str:
        if not self.asr:
            return f"{hour}:{minute:02d}" if self.lang == "en" else f"{hour:02d}:{minute:02d}"
        if self.lang == "en":
            hour12 = hour - 12 if hour > 12 else hour
            if minute == 0:
                return f"{cardinal('en', hour12)} o'clock"
            tail = f"oh {UNITS['en'][minute]}" if minute < 10 else cardinal("en", minute)
            return f"{cardinal('en', hour12)} {tail}"
        zero = UNITS[self.lang][0]
        if minute == 0:
            tail = f"{zero} {zero}"
        elif minute < 10:
            tail = f"{zero} {UNITS[self.lang][minute]}"
        else:
            tail = cardinal(self.lang, minute)
        return f"{cardinal(self.lang, hour)} {tail}"

    def date(self, day: int, month: int) -> str:
        """An appointment-style date (never a birth date) in a 'when' context."""
        if self.lang == "en":
            name = MONTHS_GEN["en"].split()[month - 1]
            if self.asr:
                return f"{name.lower()} {day_ordinal('en', day)}"
            return f"{day} {name}" if self.rng.random() < 0.5 else f"{name} {day}"
        month_gen = MONTHS_GEN[self.lang].split()[month - 1]
        if self.lang == "lt":
            return f"{month_gen} {day_ordinal('lt', day)}" if self.asr else f"{month_gen} {day} d."
        return f"{day_ordinal(self.lang, day)} {month_gen}" if self.asr else f"{day} {month_gen}"

    def digits(self, digits: str, mode: str | None = None) -> str:
        return say_number(self.lang, digits, self.rng, mode or self.mode) if self.asr else digits

    def chunk(self, chunk: str, mode: str | None = None) -> str:
        """One dictated chunk: digits, '+code', or letters (spelled in ASR)."""
        if not self.asr:
            return chunk
        if chunk.startswith("+"):
            return f"{PLUS[self.lang]} {self.chunk(chunk[1:], mode)}"
        if chunk in IBAN_COUNTRY_WORDS and self.lang in IBAN_COUNTRY_WORDS[chunk]:
            return IBAN_COUNTRY_WORDS[chunk][self.lang]
        if chunk.isdigit():
            return say_number(self.lang, chunk, self.rng, mode or self.mode)
        return " ".join(
            LETTER_NAMES[self.lang].get(ch, ch.lower())
            if ch.isalpha()
            else say_number(self.lang, ch, self.rng, "digit")
            for ch in chunk
            if ch.strip()
        )

    def chunks(self, chunks: list[str], sep: str = " ") -> str:
        if not self.asr:
            return sep.join(chunks)
        mode = self.mode if self.rng.random() < 0.7 else None
        return " ".join(self.chunk(c, mode) for c in chunks)

    # card data ---------------------------------------------------------------------------
    def card(self) -> tuple[str, list[str]]:
        prefix, length = self.rng.choice(CARD_BRANDS)
        body = prefix + "".join(
            str(self.rng.randrange(10)) for _ in range(length - len(prefix) - 1)
        )
        number = luhn_complete(body)
        assert luhn_valid(number) and 13 <= len(number) <= 19
        return number, split_sizes(number, CARD_GROUPS[length])

    def card_text(self, groups: list[str]) -> str:
        if self.asr:
            return self.chunks(groups)
        return self.pick([" ".join(groups), " ".join(groups), "-".join(groups), "".join(groups)])

    def expiry(self) -> str:
        month, year = self.rng.randint(1, 12), self.rng.randint(26, 33)
        if not self.asr:
            return self.pick(
                [
                    f"{month:02d}/{year}",
                    f"{month:02d}/{year}",
                    f"{month:02d}/20{year}",
                    f"{month:02d}.{year}",
                    f"{month:02d} {year}",
                ]
            )
        zero = zero_word(self.lang, self.rng)
        mm = f"{zero} {UNITS[self.lang][month]}" if month < 10 else cardinal(self.lang, month)
        yy = cardinal(self.lang, year)
        forms = [f"{mm} {yy}", f"{mm} {yy}", f"{mm} {cardinal(self.lang, 2000 + year)}"]
        if self.lang in ("ru", "uk"):
            ordinal = (
                f"{TENS[self.lang][year // 10]} {ORDINAL_GEN[self.lang][year % 10 - 1]}"
                if year % 10
                else TENS_ORDINAL_GEN[self.lang][year // 10]
            )
            forms.append(f"{MONTHS_NOM[self.lang].split()[month - 1]} {ordinal}")
        if self.lang == "en":
            forms.append(f"{MONTHS_NOM['en'].split()[month - 1].lower()} {yy}")
        return self.rng.choice(forms)

    def cvv(self, length: int = 3) -> str:
        code = f"{self.rng.randint(1, 10**length - 1):0{length}d}"
        modes = ["digit"] if self.lang == "en" else ["digit", "digit", "group"]
        return self.digits(code, self.rng.choice(modes))

    # contact data ------------------------------------------------------------------------
    def phone(self) -> list[str]:
        r = self.rng
        if self.lang == "ru":
            code = r.choice(
                [
                    "903",
                    "905",
                    "910",
                    "915",
                    "916",
                    "925",
                    "926",
                    "962",
                    "977",
                    "985",
                    "999",
                    "951",
                    "919",
                ]
            )
            return [
                r.choice(["+7", "+7", "8"]),
                code,
                f"{r.randint(100, 999)}",
                f"{r.randint(0, 99):02d}",
                f"{r.randint(0, 99):02d}",
            ]
        if self.lang == "uk":
            code = r.choice(["50", "63", "66", "67", "68", "73", "93", "95", "96", "97", "98"])
            if r.random() < 0.5:
                return [
                    "+380",
                    code,
                    f"{r.randint(100, 999)}",
                    f"{r.randint(0, 99):02d}",
                    f"{r.randint(0, 99):02d}",
                ]
            return [
                "0" + code,
                f"{r.randint(100, 999)}",
                f"{r.randint(0, 99):02d}",
                f"{r.randint(0, 99):02d}",
            ]
        if self.lang == "en":
            if r.random() < 0.6:
                mobile = f"{r.randint(7400, 7999)}"
                head = ["+44", mobile] if r.random() < 0.5 else ["0" + mobile]
                return [*head, f"{r.randint(100, 999)}", f"{r.randint(100, 999)}"]
            return [
                "+1",
                f"{r.randint(201, 989)}",
                f"{r.randint(201, 989)}",
                f"{r.randint(0, 9999):04d}",
            ]
        return [
            r.choice(["+370", "+370", "8"]),
            f"6{r.randint(0, 99):02d}",
            f"{r.randint(0, 99999):05d}",
        ]

    def phone_text(self, chunks: list[str]) -> str:
        if self.asr:
            return self.chunks(chunks)
        if self.lang == "ru" and len(chunks) == 5 and self.rng.random() < 0.5:
            return f"{chunks[0]} ({chunks[1]}) {chunks[2]}-{chunks[3]}-{chunks[4]}"
        if self.rng.random() < 0.2:
            return "".join(chunks)
        return " ".join(chunks)

    def email(self, person: Person) -> tuple[str, list[str]]:
        """The address and its spoken parts (local pieces, separators, domain pieces)."""
        r = self.rng
        first, last = person.latin
        local = r.choice(
            [
                f"{first}.{last}",
                f"{first[0]}.{last}",
                f"{last}{r.randint(1, 99)}",
                f"{first}_{last}",
                f"{first}{r.randint(70, 99)}",
                f"{last}.{first}",
            ]
        )
        domain = r.choice(
            {
                "ru": ["mail.ru", "yandex.ru", "gmail.com", "bk.ru", "inbox.ru", "rambler.ru"],
                "uk": ["ukr.net", "gmail.com", "i.ua", "meta.ua"],
                "en": ["gmail.com", "outlook.com", "yahoo.co.uk", "hotmail.com", "btinternet.com"],
                "lt": ["gmail.com", "one.lt", "inbox.lt", "yahoo.com"],
            }[self.lang]
        )
        return f"{local}@{domain}", re.findall(r"[a-z]+|[0-9]+|[._@]", f"{local}@{domain}")

    def email_text(self, address: str, parts: list[str]) -> str:
        if not self.asr:
            return address
        words = []
        for part in parts:
            if part == "@":
                words.append(self.pick(AT[self.lang]))
            elif part == ".":
                words.append(DOT[self.lang])
            elif part == "_":
                words.append(UNDERSCORE[self.lang])
            elif part.isdigit():
                words.append(say_number(self.lang, part, self.rng, "group"))
            else:
                words.append(part)
        return " ".join(words)

    # names -------------------------------------------------------------------------------
    def person(self, female: bool | None = None) -> Person:
        return make_person(self.lang, self.rng, female)

    def spelled(self, word: str) -> str:
        letters = [ch.upper() for ch in word if ch.isalpha()]
        if self.asr:
            return " ".join(ch.lower() for ch in letters)
        return self.pick([", ".join(letters), "-".join(letters), " ".join(letters)])

    # dates of birth ------------------------------------------------------------------------
    def birth_date(self) -> tuple[int, int, int]:
        return self.rng.randint(1946, 2005), self.rng.randint(1, 12), self.rng.randint(1, 28)

    def dob(self, when: tuple[int, int, int]) -> tuple[str, str]:
        """(the labelled span, the words after it that stay outside: 'года', 'року', 'd.')."""
        year, month, day = when
        r, lang = self.rng, self.lang
        if not self.asr:
            numeric = r.choice(
                [
                    f"{day:02d}.{month:02d}.{year}",
                    f"{day}.{month:02d}.{year}",
                    f"{day:02d}/{month:02d}/{year}",
                ]
            )
            if lang == "lt":
                return r.choice(
                    [
                        (f"{year}-{month:02d}-{day:02d}", ""),
                        (f"{year} m. {MONTHS_GEN['lt'].split()[month - 1]} {day}", "d."),
                        (f"{year}-{month:02d}-{day:02d}", ""),
                    ]
                )
            if lang == "en":
                name = MONTHS_GEN["en"].split()[month - 1]
                return r.choice(
                    [
                        (numeric, ""),
                        (f"{day} {name} {year}", ""),
                        (f"{name} {day}, {year}", ""),
                        (f"{day}/{month}/{year}", ""),
                    ]
                )
            tail = {"ru": r.choice(["года", "г."]), "uk": r.choice(["року", "р."])}[lang]
            return r.choice(
                [
                    (numeric, ""),
                    (numeric, ""),
                    (f"{day} {MONTHS_GEN[lang].split()[month - 1]} {year}", tail),
                ]
            )
        month_gen = MONTHS_GEN[lang].split()[month - 1].lower()
        if lang == "en":
            return r.choice(
                [
                    (f"{day_ordinal('en', day)} of {month_gen} {year_en(year, r)}", ""),
                    (f"{month_gen} {day_ordinal('en', day)} {year_en(year, r)}", ""),
                    (
                        f"{say_number('en', f'{day:02d}', r, 'digit')} "
                        f"{say_number('en', f'{month:02d}', r, 'digit')} {year_en(year, r)}",
                        "",
                    ),
                ]
            )
        if lang == "lt":
            short = r.random() < 0.5
            return r.choice(
                [
                    (
                        f"{year_ordinal('lt', year, short)} metų {month_gen} "
                        f"{day_ordinal('lt', day)}",
                        r.choice(["dieną", ""]),
                    ),
                    (
                        f"{say_group('lt', str(year), r)} {say_pairs('lt', f'{month:02d}', r)} "
                        f"{cardinal('lt', day)}",
                        "",
                    ),
                ]
            )
        tail = {"ru": "года", "uk": "року"}[lang]
        short = r.random() < 0.4
        spoken_year = (
            say_group(lang, str(year), r)
            if r.random() < 0.5 or year >= 2000
            else cardinal(lang, year % 100)
        )
        return r.choice(
            [
                (
                    f"{day_ordinal(lang, day)} {month_gen} {year_ordinal(lang, year, short)}",
                    r.choice([tail, tail, ""]),
                ),
                (
                    f"{cardinal(lang, day)} {say_pairs(lang, f'{month:02d}', r)} {spoken_year}",
                    "",
                ),
            ]
        )

    # identity documents and accounts -------------------------------------------------------
    def passport(self) -> list[str]:
        r = self.rng
        if self.lang == "ru":
            if r.random() < 0.8:
                return [
                    f"{r.randint(1, 99):02d}",
                    f"{r.randint(0, 24):02d}",
                    f"{r.randint(0, 999999):06d}",
                ]
            return [f"{r.randint(70, 77)}", f"{r.randint(0, 9999999):07d}"]
        if self.lang == "uk":
            if r.random() < 0.5:
                return [
                    r.choice(["СН", "КА", "МЕ", "ВК", "ЕР", "ТТ", "АА", "НК", "КС"]),
                    f"{r.randint(0, 999999):06d}",
                ]
            return [f"00{r.randint(1000000, 9999999)}"]
        if self.lang == "en":
            if r.random() < 0.6:
                return [f"{r.randint(100000000, 999999999)}"]
            return [r.choice("ACEF") + f"{r.randint(10000000, 99999999)}"]
        return [f"{r.randint(10000000, 39999999)}"]

    def passport_text(self, chunks: list[str]) -> str:
        if self.asr:
            return self.chunks(chunks)
        if self.lang == "ru" and len(chunks) == 3 and self.rng.random() < 0.4:
            return f"{chunks[0]}{chunks[1]} {chunks[2]}"
        return " ".join(chunks)

    def national_id(self, when: tuple[int, int, int], female: bool) -> tuple[str, list[str]]:
        """(kind, chunks) of a checksummed national identifier in this language."""
        r = self.rng
        year, month, day = when
        if self.lang == "ru":
            if r.random() < 0.5:
                inn = inn12_complete(f"{r.randint(1, 92):02d}{r.randint(0, 99999999):08d}")
                return "inn", split_sizes(
                    inn, r.choice([[4, 4, 4], [3, 3, 3, 3], [12], [2, 2, 6, 2]])
                )
            snils = snils_complete(f"{r.randint(2000000, 999999999):09d}")
            return "snils", [snils[:3], snils[3:6], snils[6:9], snils[9:]]
        if self.lang == "uk":
            days = (date(year, month, day) - date(1899, 12, 31)).days
            serial = f"{r.randint(0, 999):03d}" + str(
                r.choice([0, 2, 4, 6, 8]) if female else r.choice([1, 3, 5, 7, 9])
            )
            code = rnokpp_complete(f"{days:05d}{serial}")
            return "rnokpp", split_sizes(code, r.choice([[10], [5, 5], [3, 3, 4], [2, 4, 4]]))
        if self.lang == "lt":
            gender = (4 if female else 3) if year < 2000 else (6 if female else 5)
            code = asmens_kodas_complete(
                f"{gender}{year % 100:02d}{month:02d}{day:02d}{r.randint(0, 999):03d}"
            )
            return "asmens", split_sizes(
                code, r.choice([[11], [1, 6, 4], [3, 4, 4], [1, 2, 2, 2, 4]])
            )
        if r.random() < 0.55:
            prefix = r.choice(["AB", "CE", "JK", "PR", "SK", "WL", "NH", "TM", "YS", "EH"])
            return "ni", [
                prefix,
                f"{r.randint(0, 99):02d}",
                f"{r.randint(0, 99):02d}",
                f"{r.randint(0, 99):02d}",
                r.choice("ABCD"),
            ]
        area = r.choice([n for n in range(1, 900) if n != 666])
        return "ssn", [f"{area:03d}", f"{r.randint(1, 99):02d}", f"{r.randint(1, 9999):04d}"]

    def national_id_text(self, kind: str, chunks: list[str]) -> str:
        if self.asr:
            return self.chunks(chunks)
        if kind == "snils":
            return f"{chunks[0]}-{chunks[1]}-{chunks[2]} {chunks[3]}"
        if kind == "ssn":
            return "-".join(chunks)
        if kind == "ni":
            return self.pick([" ".join(chunks), "".join(chunks)])
        return self.pick([" ".join(chunks), "".join(chunks)])

    def iban(self) -> list[str]:
        r = self.rng
        if self.lang == "uk":
            bban = (
                f"{r.choice(['305299', '322001', '320478', '380805', '351005'])}"
                f"{r.randint(0, 10**19 - 1):019d}"
            )
            code = iban_complete("UA", bban)
        elif self.lang == "lt":
            bban = (
                f"{r.choice(['73000', '70440', '72300', '40100', '32500'])}"
                f"{r.randint(0, 10**11 - 1):011d}"
            )
            code = iban_complete("LT", bban)
        elif self.lang == "en":
            bban = (
                r.choice(["NWBK", "BARC", "LOYD", "MIDL", "HBUK"])
                + f"{r.randint(100000, 999999)}{r.randint(0, 99999999):08d}"
            )
            code = iban_complete("GB", bban)
        else:
            account = f"40817810{r.randint(0, 9)}{r.randint(0, 10**11 - 1):011d}"
            return split_sizes(
                account, r.choice([[5, 3, 1, 4, 7], [4, 4, 4, 4, 4], [20], [5, 5, 5, 5]])
            )
        assert iban_valid(code)
        return [code[:2], code[2:4]] + [code[i : i + 4] for i in range(4, len(code), 4)]

    def iban_text(self, chunks: list[str]) -> str:
        if self.asr:
            return self.chunks(chunks)
        if chunks[0].isalpha():
            head = chunks[0] + chunks[1]
            return self.pick([" ".join([head, *chunks[2:]]), "".join(chunks)])
        return " ".join(chunks) if len(chunks) > 1 else chunks[0]

    def account(self) -> tuple[str, list[str]]:
        """(kind, chunks) of a contract, policy or personal-account number."""
        r = self.rng
        kinds = {
            "ru": ["ls", "contract", "osago", "oms", "ls"],
            "uk": ["ls", "contract", "policy", "ls"],
            "en": ["account", "policy", "account", "contract"],
            "lt": ["payer", "contract", "policy", "payer"],
        }[self.lang]
        kind = r.choice(kinds)
        if kind == "osago":
            return kind, [
                r.choice(["ХХХ", "ТТТ", "ААС", "ККК", "МММ"]),
                f"{r.randint(0, 10**10 - 1):010d}",
            ]
        if kind == "oms":
            value = f"{r.randint(10**15, 10**16 - 1)}"
            return kind, split_sizes(value, [4, 4, 4, 4])
        if kind == "contract":
            return kind, [f"{r.randint(10, 99)}", f"{r.randint(100000, 9999999)}"]
        if kind == "policy":
            letters = {
                "uk": ["ЕР", "АМ", "ЕК"],
                "en": ["HX", "MT", "PL"],
                "lt": ["DR", "KP", "BT"],
            }[self.lang]
            return kind, [r.choice(letters), f"{r.randint(100000, 99999999)}"]
        size = {"ru": r.choice([10, 12]), "uk": r.choice([8, 10]), "en": 8, "lt": r.choice([7, 9])}[
            self.lang
        ]
        value = f"{r.randint(10 ** (size - 1), 10**size - 1)}"
        if size > 8 and r.random() < 0.5:
            return kind, split_sizes(value, [size // 2, size - size // 2])
        return kind, [value]

    def account_text(self, kind: str, chunks: list[str]) -> str:
        if self.asr:
            return self.chunks(chunks)
        if kind == "contract":
            return self.pick([f"{chunks[0]}-{chunks[1]}", f"{chunks[0]}/{chunks[1]}"])
        if kind == "policy":
            return self.pick([f"{chunks[0]}-{chunks[1]}", f"{chunks[0]} {chunks[1]}"])
        return " ".join(chunks)

    def address(self) -> tuple[list[str], str]:
        """(pieces street / house / flat as they would be dictated, the city outside)."""
        r, lang = self.rng, self.lang
        house, flat = r.randint(1, 160), r.randint(1, 240)
        city = r.choice(CITIES[lang])
        has_flat = r.random() < 0.7
        if lang == "ru":
            kind, abbr, name = r.choice(RU_STREETS)
            block = r.random() < 0.2
            if self.asr:
                street = f"{kind} {name.lower()}" if r.random() < 0.6 else f"{name.lower()} {kind}"
                parts = [
                    street,
                    f"дом {cardinal('ru', house)}"
                    + (f" корпус {cardinal('ru', r.randint(1, 4))}" if block else ""),
                ]
                return parts + ([f"квартира {cardinal('ru', flat)}"] if has_flat else []), city
            street = r.choice([f"{abbr} {name}", f"{kind} {name}"])
            parts = [
                street,
                r.choice([f"д. {house}", f"дом {house}"])
                + (f", корп. {r.randint(1, 4)}" if block else ""),
            ]
            return parts + (
                [r.choice([f"кв. {flat}", f"квартира {flat}"])] if has_flat else []
            ), city
        if lang == "uk":
            kind, abbr, name = r.choice(UK_STREETS)
            if self.asr:
                parts = [f"{kind} {name.lower()}", f"будинок {cardinal('uk', house)}"]
                return parts + ([f"квартира {cardinal('uk', flat)}"] if has_flat else []), city
            parts = [
                r.choice([f"{abbr} {name}", f"{kind} {name}"]),
                r.choice([f"буд. {house}", f"будинок {house}", f"{house}"]),
            ]
            return parts + (
                [r.choice([f"кв. {flat}", f"квартира {flat}"])] if has_flat else []
            ), city
        if lang == "en":
            street = r.choice(EN_STREETS)
            if self.asr:
                line = f"{cardinal('en', house)} {street.lower()}"
                return ([f"flat {cardinal('en', flat % 30 + 1)}"] if has_flat else []) + [
                    line
                ], city
            return ([f"Flat {flat % 30 + 1}"] if has_flat else []) + [f"{house} {street}"], city
        name, abbr, word = r.choice(LT_STREETS)
        if self.asr:
            parts = [f"{name.lower()} {word}", cardinal("lt", house)]
            return parts + ([f"butas {cardinal('lt', flat)}"] if has_flat else []), city
        if has_flat and r.random() < 0.5:
            return [f"{name} {abbr} {house}-{flat}"], city
        return [f"{name} {abbr} {house}"] + ([f"butas {flat}"] if has_flat else []), city


# ---------------------------------------------------------------- scenario building blocks

AGENT_NAMES = {
    "ru": [
        "Анна",
        "Дмитрий",
        "Ольга",
        "Кирилл",
        "Екатерина",
        "Максим",
        "Алина",
        "Денис",
        "Валерия",
        "Степан",
        "Надежда",
        "Вера",
    ],
    "uk": [
        "Олена",
        "Максим",
        "Дарина",
        "Андрій",
        "Катерина",
        "Віталій",
        "Надія",
        "Ілля",
        "Анастасія",
        "Роман",
        "Віра",
    ],
    "en": ["Jess", "Tom", "Priya", "Gareth", "Kelly", "Liam", "Hope", "Dean", "Faith", "Rob"],
    "lt": [
        "Rasa",
        "Tadas",
        "Viltė",
        "Mindaugas",
        "Ieva",
        "Justas",
        "Gabija",
        "Karolis",
        "Saulė",
        "Domas",
    ],
}
COMPANIES = {
    "ru": {
        "bank": [
            "банк «Северный Кредит»",
            "«Волга-Финанс Банк»",
            "банк «Прайм Сбережения»",
            "«Уральский Расчётный Банк»",
        ],
        "insurer": ["страховая компания «Добрыня»", "«Гарант-Полис»", "«Надёжный Щит»"],
        "telecom": ["«Связь-Регион»", "«Ласточка Телеком»", "«Облако Мобайл»"],
        "utility": ["«Горводоканал Сервис»", "расчётный центр «ЕИРЦ Заречье»", "«Теплосеть Плюс»"],
        "delivery": ["служба доставки «Быстрый Ёж»", "«Посылка-Экспресс»", "«КурьерЛайн»"],
        "clinic": [
            "клиника «Доктор Айболит»",
            "медцентр «Здоровье Семьи»",
            "поликлиника «Медлайн»",
        ],
        "airline": ["авиакомпания «Северный Ветер»", "«Аэро-Байкал»"],
        "gov": ["МФЦ «Мои документы»", "центр госуслуг"],
        "shop": ["интернет-магазин «Мебель Михалыча»", "магазин «Василиса»", "«Технопарк Онлайн»"],
    },
    "uk": {
        "bank": ["банк «Дніпровський Кредит»", "«Карпати Банк»", "банк «Ощадний Дім»"],
        "insurer": ["страхова компанія «Оберіг»", "«Провідна Страхова»", "«Берегиня-Поліс»"],
        "telecom": ["«Зв'язок Плюс»", "«Ластівка Мобайл»", "«Хмара Телеком»"],
        "utility": ["«Міськводоканал»", "«Теплоенерго Сервіс»", "«Обленерго Збут»"],
        "delivery": ["служба доставки «Швидкий Їжак»", "«Посилка Експрес»", "«Кур'єр-Ліга»"],
        "clinic": ["клініка «Добробут Плюс»", "медцентр «Здорова Родина»"],
        "airline": ["авіакомпанія «Небесна Ліга»", "«Карпатські Авіалінії»"],
        "gov": ["ЦНАП", "центр надання адміністративних послуг"],
        "shop": ["інтернет-магазин «Меблі від Петровича»", "магазин «Оксана Текстиль»"],
    },
    "en": {
        "bank": ["Harbourside Bank", "Northgate Building Society", "Kestrel Savings"],
        "insurer": ["Harper & Lowe Insurance", "Bluebell Home Cover", "Sterling Motor Insurance"],
        "telecom": ["Skyline Mobile", "Fenwick Broadband", "Ripple Telecom"],
        "utility": ["Riverside Water", "Lumen Energy", "Northern Gas Supply"],
        "delivery": ["Parcelbird", "Swift Hedgehog Couriers", "Tandem Logistics"],
        "clinic": ["Meadowview Clinic", "St Brigid's Health Centre"],
        "airline": ["Aurora Air", "Celtic Wings"],
        "gov": ["the Council Tax office", "the vehicle licensing service"],
        "shop": ["Jack Rabbit Furniture", "Florence & Grace Homeware", "Matilda's Kitchen"],
    },
    "lt": {
        "bank": ["„Baltijos kreditas“", "„Nemuno bankas“", "„Aušros taupymo bankas“"],
        "insurer": ["draudimo bendrovė „Gintarė“", "„Saugus rytojus“", "„Vėtrungė“ draudimas"],
        "telecom": ["„Banga“", "„Kregždė Mobile“", "„Debesis Telecom“"],
        "utility": ["„Miesto vandenys“", "„Šilumos tinklai“", "„Elektros tiekimas“"],
        "delivery": ["kurjerių tarnyba „Ežiukas“", "„Siuntų ekspresas“"],
        "clinic": ["klinika „Šeimos gydytojas“", "„Sveikatos centras“"],
        "airline": ["„Baltic Wings“", "„Aistė Air“"],
        "gov": ["„Sodra“", "Registrų centras"],
        "shop": ["e. parduotuvė „Baldai pas Joną“", "„Rūta Home“"],
    },
}


def name_text(sp: Speaker, person: Person, form: str) -> str:
    """A person's name in one of the forms callers use; titles are never included."""
    lang = sp.lang
    if form == "full":
        if lang in ("ru", "uk"):
            order = sp.rng.choice(
                [
                    [person.last, person.first, person.patronymic],
                    [person.first, person.patronymic, person.last],
                    [person.first, person.last],
                ]
            )
            return sp.low(" ".join(order))
        return sp.low(f"{person.first} {person.last}")
    if form == "gen":
        if lang in ("ru", "uk"):
            return sp.low(
                sp.pick(
                    [
                        f"{person.last_gen} {person.first_gen} {person.patronymic_gen}",
                        f"{person.first_gen} {person.last_gen}",
                    ]
                )
            )
        return sp.low(f"{person.first_gen} {person.last_gen}")
    if form == "polite":
        if lang == "uk":  # both words in the vocative: «Тарасе Петровичу», «Оксано Петрівно»
            patronymic = person.patronymic[:-1] + "о" if person.female else person.patronymic + "у"
            return sp.low(f"{person.first_voc} {patronymic}")
        if lang == "ru":
            return sp.low(f"{person.first_voc} {person.patronymic}")
        return sp.low(person.last_voc)
    if form == "voc":
        return sp.low(sp.pick([person.first_voc, person.last_voc]))
    if form == "first":
        return sp.low(person.first)
    return sp.low(person.last)


TITLE = {
    "ru": ("", ""),
    "uk": ("пане", "пані"),
    "en": ("Mr", "Mrs|Ms|Miss"),
    "lt": ("pone", "ponia"),
}


def address_to(d: Dialog, sp: Speaker, person: Person) -> str:
    """How the agent addresses the caller by name: title (unlabelled) + marked name."""
    lang = d.lang
    if lang == "ru":
        return d.ent("PERSON", name_text(sp, person, "polite"))
    title = sp.pick(TITLE[lang][1 if person.female else 0])
    title = sp.low(title)
    name = person.last_voc if lang == "en" or sp.rng.random() < 0.5 else person.first_voc
    if lang == "uk" and sp.rng.random() < 0.4:
        return d.ent("PERSON", name_text(sp, person, "polite"))
    return f"{title} {d.ent('PERSON', sp.low(name))}"


def greet(d: Dialog, sp: Speaker, sector: str) -> None:
    company = sp.pick(COMPANIES[d.lang][sector])
    agent = sp.low(sp.pick(AGENT_NAMES[d.lang]))
    d.a(sp.p("greet", company=company, agent=agent))


def dictate(
    d: Dialog, sp: Speaker, etype: str, texts: list[str], key: str | None = None, intro: str = ""
) -> str:
    """The caller gives one value over several turns; the agent acknowledges each part."""
    key = key or d.new(etype)
    for i, text in enumerate(texts):
        d.c(intro if i == 0 else sp.filler(0.3), d.mark(key, text))
        if i < len(texts) - 1:
            d.a(sp.p("ack"))
    return key


def group_plan(chunks: list[str], rng: random.Random) -> list[list[str]]:
    """How many chunks a caller says per turn when dictating across turns."""
    if len(chunks) <= 2:
        return [chunks[:1], chunks[1:]] if len(chunks) == 2 else [chunks]
    cut = rng.choice([1, 2]) if len(chunks) > 3 else 1
    out, i = [], 0
    while i < len(chunks):
        out.append(chunks[i : i + cut])
        i += cut
    return out


def chunk_texts(sp: Speaker, parts: list[list[str]], sep: str = " ") -> list[str]:
    return [sp.chunks(part, sep) for part in parts]


def readback(d: Dialog, sp: Speaker, etype: str, text: str) -> None:
    d.a(sp.p("rb"), d.ent(etype, text) + ("" if sp.asr else "."), sp.p("rb_q"))
    d.c(sp.p("yes"))


# ---------------------------------------------------------------- scenarios with PII


def card_tail(d: Dialog, sp: Speaker, amount: int, cvv_len: int = 3) -> None:
    d.a(sp.p("ask_expiry"))
    d.c(sp.filler(0.4), d.ent("EXPIRY", sp.expiry()))
    d.a(sp.p("ask_cvv"))
    d.c(sp.filler(0.4), d.ent("CVV", sp.cvv(cvv_len)))
    d.a(sp.p("pay_done", amount=sp.money(amount)))
    d.tags.update({"expiry", "cvv"})


def s_card_groups(d: Dialog, sp: Speaker) -> None:
    greet(d, sp, sp.pick(["bank", "telecom", "shop", "utility"]))
    amount = sp.rng.randint(3, 240) * 50
    d.c(sp.p("purpose_pay", amount=sp.money(amount)))
    d.a(sp.p("ask_card"))
    number, groups = sp.card()
    d.tags.add("card")
    if sp.rng.random() < 0.35:
        d.c(sp.p("card_intro"), d.ent("CARD", sp.card_text(groups)))
    else:
        d.tags.add("split")
        dictate(d, sp, "CARD", chunk_texts(sp, group_plan(groups, sp.rng)))
    if sp.rng.random() < 0.65:
        d.tags.add("readback")
        readback(d, sp, "CARD", sp.card_text(groups))
    card_tail(d, sp, amount, 4 if len(number) == 15 else 3)


def s_card_correction(d: Dialog, sp: Speaker) -> None:
    greet(d, sp, sp.pick(["bank", "shop", "airline"]))
    amount = sp.rng.randint(10, 400) * 25
    d.c(sp.p("purpose_pay", amount=sp.money(amount)))
    d.a(sp.p("ask_card"))
    number, groups = sp.card()
    key = d.new("CARD")
    d.tags.update({"card", "correction"})
    wrong = list(groups[1])
    wrong[-1] = str((int(wrong[-1]) + 3) % 10)
    first = sp.chunks([groups[0], "".join(wrong)])
    rest = sp.chunks(groups[1:])
    if sp.rng.random() < 0.5:
        d.c(d.mark(key, first), sp.fix("self_fix"), d.mark(key, rest))
    else:
        d.c(d.mark(key, first))
        d.a(sp.p("ack"))
        d.c(sp.p("self_fix"), d.mark(key, rest))
    readback(d, sp, "CARD", sp.card_text(groups))
    card_tail(d, sp, amount, 4 if len(number) == 15 else 3)


def s_card_interrupted(d: Dialog, sp: Speaker) -> None:
    greet(d, sp, sp.pick(["telecom", "bank", "utility"]))
    amount = sp.rng.randint(2, 60) * 100
    d.c(sp.p("purpose_topup", amount=sp.money(amount)))
    d.a(sp.p("ask_card"))
    number, groups = sp.card()
    key = d.new("CARD")
    d.tags.update({"card", "interrupted", "split"})
    half = len(groups) // 2
    d.c(sp.filler(0.3), d.mark(key, sp.chunks(groups[:half])))
    question, answer = sp.pair("interrupt_q", "interrupt_a")
    d.c(question)
    d.a(answer)
    d.c(sp.p("go_on"), d.mark(key, sp.chunks(groups[half:])))
    if sp.rng.random() < 0.5:
        readback(d, sp, "CARD", sp.card_text(groups))
    card_tail(d, sp, amount, 4 if len(number) == 15 else 3)


def s_card_one_turn(d: Dialog, sp: Speaker) -> None:
    greet(d, sp, sp.pick(["shop", "airline", "insurer"]))
    amount = sp.rng.randint(20, 900) * 10
    d.c(sp.p("purpose_pay", amount=sp.money(amount)))
    d.a(sp.p("ask_card_all"))
    number, groups = sp.card()
    d.tags.update({"card", "expiry", "cvv", "one_turn"})
    d.c(
        sp.p(
            "card_all",
            card=d.ent("CARD", sp.card_text(groups)),
            exp=d.ent("EXPIRY", sp.expiry()),
            cvv=d.ent("CVV", sp.cvv(4 if len(number) == 15 else 3)),
        )
    )
    d.a(sp.p("pay_done", amount=sp.money(amount)))


def s_card_block(d: Dialog, sp: Speaker) -> None:
    greet(d, sp, "bank")
    d.c(sp.p("purpose_block"))
    person = sp.person()
    d.a(sp.p("ask_name"))
    d.c(sp.filler(0.3), d.ent("PERSON", name_text(sp, person, "full")))
    d.a(sp.p("ask_dob"))
    dob, tail = sp.dob(sp.birth_date())
    d.c(sp.filler(0.3), d.ent("DOB", dob), tail)
    d.a(sp.p("ask_card_block"))
    _, groups = sp.card()
    if sp.rng.random() < 0.5:
        dictate(d, sp, "CARD", chunk_texts(sp, group_plan(groups, sp.rng)))
    else:
        d.c(d.ent("CARD", sp.card_text(groups)))
    d.a(
        sp.p(
            "last_operation",
            amount=sp.money(sp.rng.randint(3, 900) * 10),
            time=sp.time(sp.rng.randint(8, 22), sp.rng.choice([0, 15, 30, 45, 5, 50])),
        )
    )
    d.c(sp.p("not_me"))
    d.a(sp.p("block_done", last4=sp.digits("".join(groups)[-4:]), name=address_to(d, sp, person)))
    d.tags.update({"card", "person", "dob", "decoy_card_ending"})


def s_card_third_party(d: Dialog, sp: Speaker) -> None:
    greet(d, sp, sp.pick(["telecom", "shop", "clinic"]))
    amount = sp.rng.randint(5, 300) * 20
    mother = sp.rng.random() < 0.5  # the variants are written mother first, then husband
    d.c(
        PHRASES[d.lang]["purpose_pay_other"]
        .split("|")[0 if mother else 1]
        .format(amount=sp.money(amount))
    )
    d.a(sp.p("ask_holder"))
    holder = sp.person(female=mother)
    d.c(sp.p("holder_is", name=d.ent("PERSON", name_text(sp, holder, "gen"))))
    d.a(sp.p("ask_card"))
    number, groups = sp.card()
    dictate(d, sp, "CARD", chunk_texts(sp, group_plan(groups, sp.rng)))
    d.tags.update({"card", "person", "third_party", "split"})
    card_tail(d, sp, amount, 4 if len(number) == 15 else 3)


def s_expiry_hesitant(d: Dialog, sp: Speaker) -> None:
    greet(d, sp, sp.pick(["bank", "shop", "telecom"]))
    amount = sp.rng.randint(5, 120) * 100
    d.c(sp.p("purpose_pay", amount=sp.money(amount)))
    d.a(sp.p("ask_card"))
    number, groups = sp.card()
    d.c(sp.p("card_intro"), d.ent("CARD", sp.card_text(groups)))
    d.a(sp.p("ask_expiry"))
    key = d.new("EXPIRY")
    d.c(sp.filler(0.6), d.mark(key, sp.expiry()), sp.fix("expiry_fix"), d.mark(key, sp.expiry()))
    d.a(sp.p("ask_cvv"))
    d.c(sp.p("cvv_wait"))
    d.a(sp.p("ack"))
    d.c(d.ent("CVV", sp.cvv(4 if len(number) == 15 else 3)))
    d.a(sp.p("pay_done", amount=sp.money(amount)))
    d.tags.update({"card", "expiry", "cvv", "correction"})


def s_phone_update(d: Dialog, sp: Speaker) -> None:
    greet(d, sp, sp.pick(["bank", "telecom", "insurer", "clinic"]))
    d.c(sp.p("purpose_phone"))
    person = sp.person()
    d.a(sp.p("ask_name"))
    d.c(d.ent("PERSON", name_text(sp, person, "full")))
    d.a(sp.p("ask_phone", name=address_to(d, sp, person)))
    chunks = sp.phone()
    if sp.rng.random() < 0.5:
        d.c(sp.p("phone_intro"), d.ent("PHONE", sp.phone_text(chunks)))
    else:
        dictate(d, sp, "PHONE", chunk_texts(sp, [chunks[:2], chunks[2:]]))
        d.tags.add("split")
    readback(d, sp, "PHONE", sp.phone_text(chunks))
    d.a(sp.p("saved"))
    d.tags.update({"phone", "person", "readback"})


def s_phone_correction(d: Dialog, sp: Speaker) -> None:
    greet(d, sp, sp.pick(["delivery", "clinic", "telecom", "gov"]))
    d.c(sp.p("purpose_callback"))
    d.a(sp.p("ask_phone_plain"))
    chunks = sp.phone()
    key = d.new("PHONE")
    wrong = chunks[-1][:-1] + str((int(chunks[-1][-1]) + 4) % 10)
    d.c(d.mark(key, sp.chunks(chunks[:-1])))
    d.a(sp.p("ack"))
    d.c(d.mark(key, sp.chunk(wrong)), sp.fix("self_fix"), d.mark(key, sp.chunk(chunks[-1])))
    readback(d, sp, "PHONE", sp.phone_text(chunks))
    d.a(sp.p("callback_done", time=sp.time(sp.rng.randint(9, 19), sp.rng.choice([0, 30]))))
    d.tags.update({"phone", "correction", "split", "readback"})


def s_email_update(d: Dialog, sp: Speaker) -> None:
    greet(d, sp, sp.pick(["bank", "insurer", "shop", "airline", "utility"]))
    d.c(sp.p("purpose_email"))
    person = sp.person()
    address, parts = sp.email(person)
    d.a(sp.p("ask_email"))
    d.c(sp.p("email_intro"), d.ent("EMAIL", sp.email_text(address, parts)))
    if sp.rng.random() < 0.4:
        d.a(sp.p("ask_spell_email"))
        d.c(d.ent("EMAIL", sp.email_text(address, parts)))
    readback(d, sp, "EMAIL", sp.email_text(address, parts))
    d.a(sp.p("saved"))
    d.tags.update({"email", "readback"})


def s_contacts_both(d: Dialog, sp: Speaker) -> None:
    greet(d, sp, sp.pick(["bank", "telecom", "clinic", "shop"]))
    d.c(sp.p("purpose_contacts"))
    person = sp.person()
    d.a(sp.p("ask_name"))
    d.c(d.ent("PERSON", name_text(sp, person, "full")))
    d.a(sp.p("ask_phone", name=address_to(d, sp, person)))
    d.c(sp.filler(0.4), d.ent("PHONE", sp.phone_text(sp.phone())))
    d.a(sp.p("ask_email"))
    address, parts = sp.email(person)
    d.c(sp.p("email_intro"), d.ent("EMAIL", sp.email_text(address, parts)))
    d.a(sp.p("saved"))
    d.tags.update({"phone", "email", "person"})


def s_verify_identity(d: Dialog, sp: Speaker) -> None:
    greet(d, sp, sp.pick(["bank", "insurer", "gov", "telecom"]))
    d.c(sp.p("purpose_generic"))
    person = sp.person()
    d.a(sp.p("ask_name"))
    d.c(d.ent("PERSON", name_text(sp, person, "full")))
    d.a(sp.p("ask_dob"))
    dob, tail = sp.dob(sp.birth_date())
    d.c(d.ent("DOB", dob), tail)
    d.a(sp.p("ask_passport"))
    d.c(sp.filler(0.4), d.ent("PASSPORT", sp.passport_text(sp.passport())))
    d.a(sp.p("verified", name=address_to(d, sp, person)))
    d.tags.update({"person", "dob", "passport"})


def s_passport_split(d: Dialog, sp: Speaker) -> None:
    greet(d, sp, sp.pick(["gov", "bank", "airline", "insurer"]))
    d.c(sp.p("purpose_doc"))
    d.a(sp.p("ask_passport"))
    chunks = sp.passport()
    if len(chunks) > 1:
        key = d.new("PASSPORT")
        d.c(sp.filler(0.4), d.mark(key, sp.chunks(chunks[:-1])))
        d.a(sp.p("ask_number"))
        d.c(sp.filler(0.4), d.mark(key, sp.chunk(chunks[-1])))
    else:
        digits = chunks[0]
        cut = len(digits) // 2
        dictate(d, sp, "PASSPORT", [sp.chunk(digits[:cut]), sp.chunk(digits[cut:])])
    readback(d, sp, "PASSPORT", sp.passport_text(chunks))
    d.a(sp.p("doc_done", date=sp.date(sp.rng.randint(1, 28), sp.rng.randint(1, 12))))
    d.tags.update({"passport", "split", "readback"})


def s_national_id(d: Dialog, sp: Speaker) -> None:
    greet(d, sp, sp.pick(["gov", "bank", "insurer"]))
    d.c(sp.p("purpose_tax"))
    person = sp.person()
    kind, chunks = sp.national_id(sp.birth_date(), person.female)
    d.a(sp.p(f"ask_id_{kind}"))
    if len(chunks) > 2 and sp.rng.random() < 0.5:
        dictate(d, sp, "NATIONAL_ID", chunk_texts(sp, group_plan(chunks, sp.rng)))
    else:
        d.c(sp.filler(0.4), d.ent("NATIONAL_ID", sp.national_id_text(kind, chunks)))
    if sp.rng.random() < 0.6:
        readback(d, sp, "NATIONAL_ID", sp.national_id_text(kind, chunks))
    d.a(sp.p("saved"))
    d.tags.update({"national_id", kind})


def s_iban_refund(d: Dialog, sp: Speaker) -> None:
    greet(d, sp, sp.pick(["shop", "insurer", "airline", "utility"]))
    amount = sp.rng.randint(4, 500) * 10
    d.c(
        sp.p(
            "purpose_refund",
            amount=sp.money(amount),
            order=sp.digits(f"{sp.rng.randint(100000, 9999999)}"),
        )
    )
    d.a(sp.p("ask_iban"))
    chunks = sp.iban()
    if len(chunks) > 2:
        dictate(d, sp, "ACCOUNT", chunk_texts(sp, group_plan(chunks, sp.rng)))
    else:
        d.c(d.ent("ACCOUNT", sp.iban_text(chunks)))
    d.a(sp.p("ask_holder_acc"))
    holder = sp.person()
    d.c(d.ent("PERSON", name_text(sp, holder, sp.pick(["full", "full", "gen"]))))
    d.a(
        sp.p(
            "refund_done",
            amount=sp.money(amount),
            days=sp.count(sp.rng.choice([3, 5, 7, 10]), "days"),
        )
    )
    d.tags.update({"account", "iban", "person", "decoy_order"})


def s_utility_meter(d: Dialog, sp: Speaker) -> None:
    greet(d, sp, "utility")
    d.c(sp.p("purpose_meter"))
    d.a(sp.p("ask_ls"))
    kind, chunks = sp.account()
    kind = "ls"
    d.c(sp.filler(0.4), d.ent("ACCOUNT", sp.account_text(kind, chunks)))
    d.a(sp.p("ask_address"))
    parts, city = sp.address()
    key = d.new("ADDRESS")
    d.c(
        sp.p("city_is", city=city), d.mark(key, ", ".join(parts) if not sp.asr else " ".join(parts))
    )
    d.a(sp.p("ask_readings"))
    d.c(
        sp.p("readings", cold=sp.num(sp.rng.randint(100, 999)), hot=sp.num(sp.rng.randint(50, 600)))
    )
    d.a(sp.p("meter_done", amount=sp.money(sp.rng.randint(400, 9000))))
    d.tags.update({"account", "address", "decoy_numbers"})


def s_insurance_claim(d: Dialog, sp: Speaker) -> None:
    greet(d, sp, "insurer")
    d.c(
        sp.p(
            "purpose_claim",
            date=sp.date(sp.rng.randint(1, 28), sp.rng.randint(1, 12)),
            time=sp.time(sp.rng.randint(7, 21), sp.rng.choice([0, 10, 20, 40])),
        )
    )
    d.a(sp.p("ask_policy"))
    kind, chunks = sp.account()
    d.c(sp.filler(0.4), d.ent("ACCOUNT", sp.account_text(kind, chunks)))
    d.a(sp.p("ask_driver"))
    driver = sp.person()
    d.c(sp.p("driver_is", name=d.ent("PERSON", name_text(sp, driver, "full"))))
    d.a(sp.p("ask_driver_dob"))
    dob, tail = sp.dob(sp.birth_date())
    d.c(d.ent("DOB", dob), tail)
    d.a(sp.p("claim_done", ticket=sp.digits(f"{sp.rng.randint(10000, 999999)}")))
    d.tags.update({"account", "person", "dob", "third_party", "decoy_ticket"})


def s_delivery_address(d: Dialog, sp: Speaker) -> None:
    greet(d, sp, "delivery")
    d.c(sp.p("purpose_delivery", order=sp.digits(f"{sp.rng.randint(1000000, 99999999)}")))
    d.a(sp.p("ask_street"))
    parts, city = sp.address()
    key = d.new("ADDRESS")
    d.c(sp.p("city_is", city=city), d.mark(key, parts[0]))
    asks = PHRASES[d.lang]["ask_more_address"].split("|")
    sp.rng.shuffle(asks)
    for index, part in enumerate(parts[1:]):
        d.a(asks[index % len(asks)])
        d.c(sp.filler(0.3), d.mark(key, part))
    readback(d, sp, "ADDRESS", ", ".join(parts) if not sp.asr else " ".join(parts))
    d.a(sp.p("ask_phone_courier"))
    d.c(d.ent("PHONE", sp.phone_text(sp.phone())))
    d.a(
        sp.p(
            "delivery_window",
            date=sp.date(sp.rng.randint(1, 28), sp.rng.randint(1, 12)),
            time=sp.time(sp.rng.randint(9, 14), 0),
            time2=sp.time(sp.rng.randint(15, 21), 0),
        )
    )
    d.tags.update({"address", "phone", "split", "decoy_order", "readback"})


def s_relative_call(d: Dialog, sp: Speaker) -> None:
    greet(d, sp, sp.pick(["clinic", "bank", "insurer", "utility"]))
    relative = sp.person()
    d.c(
        sp.p(
            "relative_intro_f" if relative.female else "relative_intro_m",
            name=d.ent("PERSON", name_text(sp, relative, "full")),
        )
    )
    d.a(sp.p("ask_dob_rel"))
    dob, tail = sp.dob(sp.birth_date())
    d.c(sp.filler(0.4), d.ent("DOB", dob), tail)
    d.a(sp.p("ask_caller_name"))
    caller = sp.person()
    d.c(d.ent("PERSON", name_text(sp, caller, sp.pick(["full", "first"]))))
    d.a(sp.p("relative_done"))
    d.tags.update({"person", "dob", "third_party"})


def s_name_spelled(d: Dialog, sp: Speaker) -> None:
    greet(d, sp, sp.pick(["bank", "airline", "gov", "insurer", "clinic"]))
    d.c(sp.p("purpose_generic"))
    person = sp.person()
    d.a(sp.p("ask_name"))
    d.c(d.ent("PERSON", name_text(sp, person, "full")))
    d.a(sp.p("ask_spell"))
    d.c(sp.p("spell_intro"), d.ent("PERSON", sp.spelled(person.last)))
    readback(d, sp, "PERSON", sp.low(person.last))
    d.a(sp.p("verified", name=address_to(d, sp, person)))
    d.tags.update({"person", "spelled", "readback"})


def s_contract_lookup(d: Dialog, sp: Speaker) -> None:
    greet(d, sp, sp.pick(["telecom", "utility", "bank", "insurer"]))
    d.c(sp.p("purpose_contract"))
    d.a(sp.p("ask_contract"))
    kind, chunks = sp.account()
    if len(chunks) > 1 and sp.rng.random() < 0.5:
        dictate(d, sp, "ACCOUNT", [sp.chunk(c) for c in chunks])
    else:
        d.c(sp.filler(0.4), d.ent("ACCOUNT", sp.account_text(kind, chunks)))
    d.a(
        sp.p(
            "ticket_note",
            ticket=sp.digits(f"{sp.rng.randint(100000, 9999999)}"),
            days=sp.count(sp.rng.choice([2, 3, 5]), "days"),
        )
    )
    d.c(sp.p("thanks"))
    d.tags.update({"account", "decoy_ticket"})


def s_clinic(d: Dialog, sp: Speaker) -> None:
    greet(d, sp, "clinic")
    d.c(sp.p("purpose_clinic"))
    person = sp.person()
    d.a(sp.p("ask_name"))
    d.c(d.ent("PERSON", name_text(sp, person, "full")))
    d.a(sp.p("ask_dob"))
    dob, tail = sp.dob(sp.birth_date())
    d.c(d.ent("DOB", dob), tail)
    d.a(sp.p("ask_med_policy"))
    kind, chunks = sp.account()
    d.c(sp.filler(0.3), d.ent("ACCOUNT", sp.account_text(kind, chunks)))
    d.a(
        sp.p(
            "slot_offer",
            date=sp.date(sp.rng.randint(1, 28), sp.rng.randint(1, 12)),
            time=sp.time(sp.rng.randint(8, 18), sp.rng.choice([0, 20, 40, 30])),
            room=sp.num(sp.rng.randint(101, 412)),
        )
    )
    d.c(sp.p("thanks"))
    d.tags.update({"person", "dob", "account", "decoy_date"})


def s_airline(d: Dialog, sp: Speaker) -> None:
    greet(d, sp, "airline")
    flight = sp.digits(f"{sp.rng.randint(100, 9999)}")
    d.c(
        sp.p(
            "purpose_flight",
            flight=flight,
            date=sp.date(sp.rng.randint(1, 28), sp.rng.randint(1, 12)),
        )
    )
    d.a(sp.p("ask_passenger"))
    person = sp.person()
    d.c(d.ent("PERSON", name_text(sp, person, "full")))
    d.a(sp.p("ask_passport"))
    d.c(d.ent("PASSPORT", sp.passport_text(sp.passport())))
    d.a(sp.p("ask_dob"))
    dob, tail = sp.dob(sp.birth_date())
    d.c(d.ent("DOB", dob), tail)
    d.a(
        sp.p(
            "flight_done",
            seat=sp.num(sp.rng.randint(3, 32)),
            time=sp.time(sp.rng.randint(5, 23), sp.rng.choice([5, 15, 35, 50])),
        )
    )
    d.tags.update({"person", "passport", "dob", "decoy_flight"})


def s_agent_readback(d: Dialog, sp: Speaker) -> None:
    greet(d, sp, sp.pick(["bank", "insurer", "utility", "telecom"]))
    d.c(sp.p("purpose_generic"))
    person = sp.person()
    d.a(sp.p("ask_name"))
    d.c(d.ent("PERSON", name_text(sp, person, "full")))
    dob, tail = sp.dob(sp.birth_date())
    parts, city = sp.address()
    address = ", ".join(parts) if not sp.asr else " ".join(parts)
    d.a(
        sp.p(
            "record_check",
            dob=d.ent("DOB", dob) + (f" {tail}" if tail else ""),
            address=d.ent("ADDRESS", address),
            city=city,
        )
    )
    if sp.rng.random() < 0.5:
        d.c(sp.p("yes"))
    else:
        new_parts = sp.address()[0]
        d.c(
            sp.p("moved"),
            d.ent("ADDRESS", ", ".join(new_parts) if not sp.asr else " ".join(new_parts)),
        )
        d.a(sp.p("saved"))
    d.tags.update({"person", "dob", "address", "agent_readback"})


def s_gov_service(d: Dialog, sp: Speaker) -> None:
    greet(d, sp, "gov")
    d.c(sp.p("purpose_gov"))
    person = sp.person()
    when = sp.birth_date()
    kind, chunks = sp.national_id(when, person.female)
    d.a(sp.p(f"ask_id_{kind}"))
    d.c(sp.filler(0.3), d.ent("NATIONAL_ID", sp.national_id_text(kind, chunks)))
    d.a(sp.p("ask_passport"))
    d.c(d.ent("PASSPORT", sp.passport_text(sp.passport())))
    d.a(sp.p("ask_address"))
    parts, city = sp.address()
    d.c(
        sp.p("city_is", city=city),
        d.ent("ADDRESS", ", ".join(parts) if not sp.asr else " ".join(parts)),
    )
    d.a(sp.p("gov_done", days=sp.count(sp.rng.choice([5, 10, 14, 30]), "days")))
    d.tags.update({"national_id", "passport", "address", kind})


def s_loan_contract(d: Dialog, sp: Speaker) -> None:
    greet(d, sp, "bank")
    d.c(sp.p("purpose_loan"))
    d.a(sp.p("ask_contract"))
    chunks = [f"{sp.rng.randint(10, 99)}", f"{sp.rng.randint(100000, 9999999)}"]
    d.c(sp.filler(0.3), d.ent("ACCOUNT", sp.account_text("contract", chunks)))
    d.a(sp.p("ask_dob"))
    dob, tail = sp.dob(sp.birth_date())
    d.c(d.ent("DOB", dob), tail)
    d.a(
        sp.p(
            "loan_info",
            amount=sp.money(sp.rng.randint(20, 900) * 1000),
            date=sp.date(sp.rng.randint(1, 28), sp.rng.randint(1, 12)),
            amount2=sp.money(sp.rng.randint(15, 400) * 100),
        )
    )
    d.c(sp.p("thanks"))
    d.tags.update({"account", "dob", "decoy_money"})


PII_SCENARIOS = {
    "card_groups": (s_card_groups, 5),
    "card_correction": (s_card_correction, 3),
    "card_interrupted": (s_card_interrupted, 3),
    "card_one_turn": (s_card_one_turn, 3),
    "card_block": (s_card_block, 2),
    "card_third_party": (s_card_third_party, 2),
    "expiry_hesitant": (s_expiry_hesitant, 2),
    "phone_update": (s_phone_update, 2),
    "phone_correction": (s_phone_correction, 2),
    "email_update": (s_email_update, 3),
    "contacts_both": (s_contacts_both, 2),
    "verify_identity": (s_verify_identity, 2),
    "passport_split": (s_passport_split, 2),
    "national_id": (s_national_id, 3),
    "iban_refund": (s_iban_refund, 2),
    "utility_meter": (s_utility_meter, 1),
    "insurance_claim": (s_insurance_claim, 1),
    "delivery_address": (s_delivery_address, 2),
    "relative_call": (s_relative_call, 1),
    "name_spelled": (s_name_spelled, 1),
    "contract_lookup": (s_contract_lookup, 1),
    "clinic": (s_clinic, 1),
    "airline": (s_airline, 1),
    "agent_readback": (s_agent_readback, 1),
    "gov_service": (s_gov_service, 1),
    "loan_contract": (s_loan_contract, 1),
}


# ---------------------------------------------------------------- decoy-only scenarios

DECOY_STREETS = {
    "ru": ["Гагарина", "Чкалова", "Маршала Жукова", "Академика Павлова", "Ленина"],
    "uk": ["Шевченка", "Грушевського", "Січових Стрільців", "Героїв Крут"],
    "en": ["Victoria Street", "Station Road", "the High Street", "Mill Lane"],
    "lt": ["Žalgirio", "Vytauto", "Taikos", "Kalvarijų", "Birutės"],
}
HOTLINES = {
    "ru": ["8", "800", "250", "31", "17"],
    "uk": ["0", "800", "30", "45", "67"],
    "en": ["0800", "917", "4420"],
    "lt": ["8", "700", "55", "123"],
}
DECOY_FLOWS = {
    "decoy_tariff": ("telecom", ["c:tariff_q", "a:tariff_a", "c:tariff_q2", "a:tariff_a2"]),
    "decoy_tracking": ("delivery", ["c:track_q", "a:track_a", "c:track_q2", "a:track_a2"]),
    "decoy_card_ending": ("bank", ["c:cend_q", "a:cend_a", "c:cend_q2", "a:cend_a2"]),
    "decoy_appointment": ("clinic", ["c:appt_q", "a:appt_a", "c:appt_q2", "a:appt_a2"]),
    "decoy_hotline": ("bank", ["c:hot_q", "a:hot_a", "c:hot_q2", "a:hot_a2"]),
    "decoy_balance": ("utility", ["c:bal_q", "a:bal_a", "c:bal_q2", "a:bal_a2"]),
    "decoy_flight": ("airline", ["c:fl_q", "a:fl_a", "c:fl_q2", "a:fl_a2"]),
    "decoy_outage": ("utility", ["c:out_q", "a:out_a", "c:out_q2", "a:out_a2"]),
    "decoy_name_words": ("insurer", ["c:nw_q", "a:nw_a", "c:nw_q2", "a:nw_a2"]),
    "decoy_refund": ("shop", ["c:ref_q", "a:ref_a", "c:ref_q2", "a:ref_a2"]),
    "decoy_loan_terms": ("bank", ["c:loan_q", "a:loan_a", "c:loan_q2", "a:loan_a2"]),
    "decoy_branch": ("gov", ["c:br_q", "a:br_a", "c:br_q2", "a:br_a2"]),
}


def run_decoy(d: Dialog, sp: Speaker, name: str) -> None:
    """A call full of numbers and names that are not PII; nothing in it is labelled."""
    sector, steps = DECOY_FLOWS[name]
    r = sp.rng
    values = {
        "amount": sp.money(r.randint(3, 400) * 10),
        "amount2": sp.money(r.randint(2, 90) * 50),
        "time": sp.time(r.randint(8, 13), r.choice([0, 15, 30, 45])),
        "time2": sp.time(r.randint(14, 21), r.choice([0, 30])),
        "date": sp.date(r.randint(1, 28), r.randint(1, 12)),
        "date2": sp.date(r.randint(1, 28), r.randint(1, 12)),
        "order": sp.digits(f"{r.randint(100000, 99999999)}"),
        "ticket": sp.digits(f"{r.randint(10000, 9999999)}"),
        "tracking": sp.digits(f"{r.randint(10**11, 10**13)}"),
        "hotline": sp.chunks(HOTLINES[d.lang]),
        "city": r.choice(CITIES[d.lang]),
        "street": r.choice(DECOY_STREETS[d.lang]),
        "last4": sp.digits(f"{r.randint(0, 9999):04d}"),
        "menu": sp.num(r.randint(1, 5)),
        "menu2": sp.num(r.randint(6, 9)),
        "percent": sp.percent(r.randint(8, 29)),
        "months": sp.count(r.choice([12, 24, 36, 48, 60]), "months"),
        "flight": sp.digits(f"{r.randint(100, 9999)}"),
        "flight2": sp.digits(f"{r.randint(100, 9999)}"),
        "seat": sp.num(r.randint(2, 33)),
        "speed": sp.num(r.choice([100, 200, 300, 500])),
        "room": sp.num(r.randint(101, 420)),
        "days": sp.count(r.choice([3, 5, 7, 10, 14]), "days"),
        "hours": sp.count(r.choice([2, 3, 4, 6]), "hours"),
        "gb": sp.num(r.choice([10, 20, 30, 50])),
    }
    if name == "decoy_loan_terms":
        values["amount"] = sp.money(r.randint(50, 900) * 1000)
    greet(d, sp, sector)
    for ask, reply in zip(steps[::2], steps[1::2], strict=True):
        question, answer = sp.pair(ask[2:], reply[2:], **values)
        d.c(question)
        d.a(answer)
    d.a(sp.p("close"))
    d.tags.update({"decoy", "no_entity"})


# ---------------------------------------------------------------- phrasing ("|" = variants)

PHRASES_RU = {
    "greet": "{company}, меня зовут {agent}, слушаю вас.|Здравствуйте, {company}, {agent}. Чем "
    "могу помочь?|Добрый день! {company}, оператор {agent}.|{company}, добрый вечер, "
    "{agent} на линии.",
    "ack": "Так.|Да, записываю.|Угу, дальше.|Ага.|Так, следующие.|Записано.|Да-да, продолжайте.",
    "rb": "Повторяю:|Проверяем:|Давайте сверим:|Итак, записано:|Зачитываю:",
    "rb_q": "Верно?|Всё правильно?|Так?|Всё так?|Всё верно?",
    "yes": "Да, верно.|Да.|Угу, всё так.|Правильно.|Да-да, всё верно.",
    "saved": "Спасибо, данные обновлены.|Записано, изменения вступят в силу сразу.|Готово, "
    "сохранено в анкете.",
    "thanks": "Ясно, спасибо.|Хорошо, спасибо большое.|Отлично, спасибо.",
    "close": "Могу ещё чем-то помочь?|Хорошего дня!|Всего доброго, до свидания.|Спасибо за звонок.",
    "self_fix": "ой, нет, подождите,|нет-нет, стоп, не так,|извините, не то,|секунду, "
    "неправильно,|ой, там не так,",
    "card_intro": "Пишите:|Записывайте.|Так, номер|Сейчас, вот:|Да, пожалуйста:",
    "purpose_pay": "Хочу оплатить заказ картой, там {amount}.|Мне нужно внести платёж, "
    "{amount}.|Можно оплатить по телефону? Сумма {amount}.|Здравствуйте, "
    "хочу погасить задолженность, {amount}.",
    "ask_card": "Назовите, пожалуйста, номер карты.|Продиктуйте номер карты полностью.|Хорошо, "
    "диктуйте номер карты, я записываю.|Какой номер карты?",
    "ask_expiry": "До какого месяца действует карта?|Срок действия карты?|Теперь срок, "
    "месяц и год.|Что указано в сроке действия?",
    "ask_cvv": "И три цифры на обороте.|Назовите код с обратной стороны.|Последний шаг — "
    "CVV-код.|Код безопасности, пожалуйста.",
    "pay_done": "Платёж на {amount} прошёл, чек придёт по СМС.|Оплата {amount} принята, "
    "спасибо.|Готово, списано {amount}.",
    "purpose_topup": "Хочу пополнить баланс на {amount}.|Положите, пожалуйста, {amount} на "
    "счёт.|Можно пополнить на {amount} с карты?",
    "interrupt_q": "Подождите, а это вообще безопасно, по телефону диктовать?|Ой, а вы "
    "комиссию возьмёте?|Секунду, у меня вторая линия... всё, я тут. А "
    "разговор записывается?",
    "interrupt_a": "Да, всё защищено, номер карты у нас не сохраняется.|Комиссии нет, "
    "продолжайте.|Да, записывается, но данные карты маскируются.",
    "go_on": "Ладно. Дальше:|Хорошо, тогда дальше|Ага, продолжаю:|Так, на чём мы остановились...",
    "ask_card_all": "Назовите номер карты, срок действия и код с обратной стороны.|Мне нужны "
    "номер карты, срок и CVV.",
    "card_all": "Номер {card}, срок {exp}, код {cvv}.|Карта {card}, срок действия {exp}, "
    "на обороте {cvv}.|Так: {card}, {exp}, код {cvv}.",
    "purpose_block": "У меня украли сумку с картой, надо срочно заблокировать.|Не могу найти "
    "карту, заблокируйте, пожалуйста.|Пришла смс о списании, но это не моя "
    "покупал.",
    "ask_name": "Назовите, пожалуйста, ваши фамилию, имя и отчество.|Как к вам обращаться? "
    "Полностью, пожалуйста.|Представьтесь, пожалуйста.|Скажите ваше ФИО.",
    "ask_dob": "Дата рождения?|Назовите дату рождения, пожалуйста.|И для проверки — дату "
    "вашего рождения.|Когда вы родились?",
    "ask_card_block": "Назовите номер карты, которую блокируем.|Номер карты помните? Продиктуйте.",
    "last_operation": "Вижу последнюю операцию на {amount} в {time}.|Последнее списание — "
    "{amount}, время {time}.",
    "not_me": "Это не я!|Нет, это точно не моя покупка.|В это время карта была у меня дома!",
    "block_done": "Карта, оканчивающаяся на {last4}, заблокирована, {name}. Перевыпуск "
    "бесплатный.|Всё, {name}, карта с окончанием {last4} заблокирована.",
    "purpose_pay_other": "Я хочу оплатить за маму, там {amount}, карта не моя.|Оплачу "
    "картой мужа, можно? Сумма {amount}.",
    "ask_holder": "На чьё имя выпущена карта?|Кто владелец карты?",
    "holder_is": "Карта оформлена на имя {name}.|На имя {name}, это мой родственник.|Она "
    "выпущена на имя {name}.",
    "expiry_fix": "ой, нет, это старая, на новой|нет, подождите, вот|хотя нет, правильно",
    "cvv_wait": "Сейчас переверну, тут стёрлось немного...|Минутку, очки надену.",
    "purpose_phone": "У меня сменился номер телефона, хочу обновить.|Нужно поменять контактный "
    "номер.|У меня новый номер, старый не работает.",
    "ask_phone": "Хорошо, {name}, диктуйте новый номер.|Спасибо, {name}. Какой номер записать?",
    "phone_intro": "Записывайте:|Новый номер|Вот:|Так, пишите",
    "purpose_callback": "Мне обещали перезвонить и не перезвонили.|Хочу заказать обратный звонок.",
    "ask_phone_plain": "На какой номер вам перезвонить?|Оставьте номер для связи.",
    "callback_done": "Специалист перезвонит сегодня до {time}.|Перезвоним в течение дня, "
    "ориентировочно в {time}.",
    "purpose_email": "Хочу, чтобы счета приходили на почту.|Поменяйте мне электронную "
    "почту.|Не приходят письма, наверное, почта указана неправильно.",
    "ask_email": "Продиктуйте адрес электронной почты.|Какой у вас имейл?|На какую почту "
    "отправлять?",
    "email_intro": "Пишите:|Так,|Это|Записывайте:",
    "ask_spell_email": "Повторите помедленнее, пожалуйста.|Ещё раз, пожалуйста, плохо слышно.",
    "purpose_contacts": "Хочу обновить контактные данные.|После переезда всё поменялось — и "
    "телефон, и почту.",
    "purpose_generic": "Хочу узнать, что у меня с заявкой.|Мне нужна справка о закрытии "
    "счёта.|Хочу изменить тариф обслуживания.|Не могу войти в личный "
    "кабинет.",
    "ask_passport": "Назовите серию и номер паспорта.|Продиктуйте данные паспорта: серия, "
    "номер.|Паспорт под рукой? Серию и номер, пожалуйста.",
    "verified": "Спасибо, {name}, вы идентифицированы.|Всё совпадает, {name}. Слушаю "
    "вас.|Отлично, {name}, проверку прошли.",
    "purpose_doc": "У меня новый паспорт, нужно внести данные.|Хочу обновить паспортные данные.",
    "ask_number": "Это серия. А номер?|Так, серия есть. Номер?",
    "doc_done": "Данные обновятся до {date}.|Заявку приняли, изменения будут до {date}.",
    "purpose_tax": "Мне нужно подать заявление на вычет.|Хочу получить справку для налоговой.",
    "ask_id_inn": "Назовите ваш ИНН.|Продиктуйте ИНН, двенадцать цифр.",
    "ask_id_snils": "Назовите номер СНИЛС.|Мне понадобится ваш СНИЛС.",
    "purpose_refund": "Заказ {order} вернули давно, а деньги, {amount}, так и не пришли.|Хочу "
    "вернуть {amount} за заказ {order}.",
    "ask_iban": "Продиктуйте номер счёта для возврата.|На какой счёт перечислить? Двадцать цифр.",
    "ask_holder_acc": "На кого открыт счёт?|Получатель — кто?",
    "refund_done": "Возврат {amount} оформлен, деньги придут через {days}.|Готово, "
    "{amount} поступят через {days}.",
    "purpose_meter": "Хочу передать показания счётчиков.|Передаю показания воды.",
    "ask_ls": "Назовите номер лицевого счёта.|Лицевой счёт, пожалуйста.",
    "ask_address": "Адрес, пожалуйста.|Назовите адрес.|По какому адресу?|Адрес регистрации?",
    "city_is": "В {city},|Я в {city},|Это в {city},|Живу в {city},",
    "ask_readings": "Диктуйте показания.|Какие показания?",
    "readings": "Холодная {cold}, горячая {hot}.|Холодная вода — {cold}, горячая — {hot}.",
    "meter_done": "Принято. Начислено {amount} за месяц.|Принято, к оплате будет {amount}.",
    "purpose_claim": "Со мной случилась авария {date} около {time}.|"
    "У меня ДТП было {date}, в {time}.",
    "ask_policy": "Назовите номер полиса.|Продиктуйте серию и номер полиса.",
    "ask_driver": "Кто был за рулём второй машины?|Данные второго участника есть?",
    "driver_is": "Да, водитель — {name}.|Второй водитель — {name}, данные из "
    "протокола ГИБДД.|За рулём — {name}, есть в европротоколе.",
    "ask_driver_dob": "Дату рождения водителя знаете?|А дата рождения у него в протоколе?",
    "claim_done": "Убыток зарегистрирован, номер обращения {ticket}.|Заявка {ticket} создана, "
    "ждите звонка эксперта.",
    "purpose_delivery": "По заказу {order} хочу поменять адрес доставки.|Заказ {order}, "
    "курьер не может найти адрес.",
    "ask_street": "Назовите новый адрес.|Диктуйте адрес.|Какой адрес доставки?",
    "ask_more_address": "Так, дальше?|Дом, квартира?|Угу, а дальше?|Записано, дальше.",
    "ask_phone_courier": "Телефон для курьера?|Куда курьер будет звонить?",
    "delivery_window": "Доставим {date} с {time} до {time2}.|Курьер будет {date}, "
    "интервал {time} — {time2}.",
    "relative_intro_f": "Я звоню по поводу мамы, {name}, она сама не может.|Здравствуйте, "
    "я насчёт бабушки — {name}.",
    "relative_intro_m": "Звоню за отца — {name}, он в больнице.|Я по поводу брата, {name}.",
    "ask_dob_rel": "Назовите его или её дату рождения.|Дата рождения владельца?",
    "ask_caller_name": "А вы кем приходитесь? Как вас зовут?|Представьтесь, пожалуйста.",
    "relative_done": "Спасибо, передам запрос, нужна будет доверенность.|Записано, перезвоним.",
    "ask_spell": "Продиктуйте фамилию по буквам.|По буквам, пожалуйста, фамилию.",
    "spell_intro": "По буквам:|Да:|Так:",
    "purpose_contract": "Хочу расторгнуть договор.|Подскажите, что с моим договором, "
    "интернет не работает.",
    "ask_contract": "Назовите номер договора.|Номер договора, пожалуйста.|Продиктуйте "
    "номер договора или лицевого счёта.",
    "ticket_note": "Создано обращение {ticket}, ответ будет через {days}.|Номер заявки "
    "{ticket}, срок — {days}.",
    "purpose_clinic": "Хочу записаться к терапевту.|Нужна запись на анализы.",
    "ask_med_policy": "Назовите номер полиса ОМС.|И номер полиса, пожалуйста.",
    "slot_offer": "Есть запись {date} в {time}, кабинет {room}.|Могу предложить {date}, "
    "{time}, кабинет {room}.",
    "purpose_flight": "У меня рейс {flight} {date}, хочу добавить багаж.|Хочу "
    "зарегистрироваться на рейс {flight}, он {date}.",
    "ask_passenger": "Фамилия и имя пассажира?|На кого оформлен билет?",
    "flight_done": "Готово, место {seat}, вылет в {time}.|Регистрация пройдена, место "
    "{seat}, посадка в {time}.",
    "record_check": "По анкете: дата рождения {dob}, адрес в {city} — {address}. Всё "
    "актуально?|У нас записано: родились {dob}, проживаете в {city}, "
    "{address}. Верно?",
    "moved": "Нет, адрес сменился, теперь|Адрес уже другой:",
    "purpose_gov": "Хочу оформить пособие, что нужно?|Мне нужно подать заявление на загранпаспорт.",
    "gov_done": "Заявление принято, решение через {days}.|Готово, ответ придёт через {days}.",
    "purpose_loan": "Хочу узнать остаток по кредиту.|Можно досрочно погасить кредит?",
    "loan_info": "Остаток {amount}, следующий платёж {date} — {amount2}.|Долг {amount}, "
    "ближайший платёж {amount2}, до {date}.",
    # decoys
    "tariff_q": "Хочу сменить тариф, слишком дорого.|Какие у вас тарифы на интернет?",
    "tariff_a": "Есть «Домашний» — {amount} в месяц, скорость {speed} мегабит.|Могу "
    "предложить тариф за {amount}, там {gb} гигабайт и безлимит на звонки.",
    "tariff_q2": "А переход бесплатный?|С какого числа подключите?",
    "tariff_a2": "Да, бесплатно, тариф начнёт действовать {date}.|Подключим {date}, "
    "списание будет с нового месяца.",
    "track_q": "Где моя посылка? Трек-номер {tracking}.|Отследите, пожалуйста, {tracking}.",
    "track_a": "Посылка в {city}, ожидаемая доставка {date}.|Она прибыла на сортировку в "
    "{city}, привезём {date}.",
    "track_q2": "А забрать самому можно?|Курьер во сколько приедет?",
    "track_a2": "Пункт выдачи на улице {street}, работает с {time} до {time2}.|Курьер "
    "приедет с {time} до {time2}, пункт выдачи тоже есть — на улице {street}.",
    "cend_q": "У меня списали деньги непонятно за что.|Не могу понять, что за списание.",
    "cend_a": "Вижу по карте, оканчивающейся на {last4}, списание {amount} {date}.|Карта с "
    "последними цифрами {last4}: {date} списано {amount}.",
    "cend_q2": "А вернуть можно?|Это подписка какая-то?",
    "cend_a2": "Открыт спор на {amount2}, рассмотрение займёт {days}.|Да, подписка. "
    "Подписка отменена, вернём {amount2} через {days}.",
    "appt_q": "У меня приём {date}, хочу перенести.|Можно перенести приём с {date}?",
    "appt_a": "Есть окно {date2} в {time}.|Могу предложить {date2}, {time}.",
    "appt_q2": "Подходит. В какой кабинет?|Хорошо, а куда идти?",
    "appt_a2": "Кабинет {room}, подойдите к {time2}.|Второй этаж, кабинет {room}, начало "
    "в {time2}.",
    "hot_q": "Как мне связаться со службой безопасности?|Куда звонить, если карта заблокирована?",
    "hot_a": "Звоните на бесплатную линию {hotline}, в меню нажмите {menu}.|Горячая линия "
    "{hotline}, далее кнопка {menu}.",
    "hot_q2": "А по выходным работают?|А если из-за границы?",
    "hot_a2": "Круглосуточно. Для сотрудника нажмите {menu2}.|Работают с {time} до {time2}, "
    "в меню выберите {menu2}.",
    "bal_q": "Сколько мне платить за этот месяц?|Какая у меня задолженность?",
    "bal_a": "К оплате {amount}, срок до {date}.|Задолженность {amount}, оплатить нужно до {date}.",
    "bal_q2": "Мне кажется, там ошибка в начислении.|Почему так много?",
    "bal_a2": "Заявка {ticket} на перерасчёт создана, пока оплатите {amount2}.|Обращение "
    "{ticket}, после проверки вернём {amount2}.",
    "fl_q": "Рейс {flight} {date} задерживается?|У меня рейс {flight} {date}, что с ним?",
    "fl_a": "Вылет перенесён на {time}, рейс {flight2}.|Да, задержка, новый рейс {flight2} "
    "в {time}.",
    "fl_q2": "Можно поменять место?|А доплата за багаж какая?",
    "fl_a2": "Доплата {amount}, место {seat} свободно.|Багаж — {amount}, место {seat} за вами.",
    "out_q": "У нас в {city} на улице {street} нет света.|В {city}, улица {street}, свет "
    "отключили.",
    "out_a": "Авария, заявка {ticket}, бригада будет около {time}.|Знаем, обращение "
    "{ticket}, ориентировочно к {time}.",
    "out_q2": "А надолго?|Когда дадут?",
    "out_a2": "Примерно {hours}.|Ремонт займёт {hours}, не больше.",
    "nw_q": "Есть ли надежда, что страховка покроет ремонт?|Я уже ни во что не верю, "
    "вторую неделю жду.",
    "nw_a": "Надежда есть, вера тоже пригодится — эксперт посмотрит на этой неделе.|Понимаю. "
    "Любовь к порядку у нас есть, проверим сроки.",
    "nw_q2": "А тариф «Семейный» что покрывает?|Это полис «Мир и Надежда» у меня?",
    "nw_a2": "Да, «Семейный» покрывает ремонт и эвакуатор.|Верно, программа «Мир и "
    "Надежда», всё включено.",
    "ref_q": "Где мой возврат по заказу {order}?|Заказ {order} отменили, а деньги?",
    "ref_a": "Возврат {amount} отправлен {date}.|Вижу возврат {amount}, отправлен {date}.",
    "ref_q2": "А когда придут?|Почему так долго?",
    "ref_a2": "Банк зачисляет через {days}.|Обычно это занимает {days}.",
    "loan_q": "Какие условия по кредиту наличными?|Хочу взять кредит на ремонт.",
    "loan_a": "До {amount} под {percent} на {months}.|Можем одобрить {amount}, ставка "
    "{percent}, срок {months}.",
    "loan_q2": "А досрочно гасить можно?|Когда первый платёж?",
    "loan_a2": "Да, без комиссии. Первый платёж {date}, около {amount2}.|Первый взнос "
    "{date}, примерно {amount2}.",
    "br_q": "Где у вас отделение в {city}?|Есть отделение в {city}?",
    "br_a": "На улице {street}, работает с {time} до {time2}.|Ближайшее — улица {street}, "
    "часы работы с {time} до {time2}.",
    "br_q2": "А в праздники?|По субботам работаете?",
    "br_a2": "{date} выходной, в остальные дни как обычно.|Да, кроме {date}.",
}

PHRASES_UK = {
    "greet": "{company}, мене звати {agent}, слухаю вас.|Добрий день, {company}, {agent}. Чим "
    "можу допомогти?|Вітаю! {company}, оператор {agent}.|{company}, добрий вечір, на "
    "лінії {agent}.",
    "ack": "Так.|Так, записую.|Угу, далі.|Ага.|Так, наступні.|Записано.|Так-так, продовжуйте.",
    "rb": "Повторюю:|Перевіряємо:|Давайте звіримо:|Отже, записано:|Зачитую:",
    "rb_q": "Правильно?|Усе вірно?|Так?|Усе так?",
    "yes": "Так, правильно.|Так.|Угу, все так.|Вірно.|Так-так, усе правильно.",
    "saved": "Дякую, дані оновлено.|Записано, зміни діятимуть одразу.|Готово, збережено в анкеті.",
    "thanks": "Зрозуміло, дякую.|Добре, щиро дякую.|Чудово, дякую.",
    "close": "Можу ще чимось допомогти?|Гарного дня!|Усього доброго, до побачення.|Дякуємо "
    "за дзвінок.",
    "self_fix": "ой, ні, зачекайте,|ні-ні, стоп, не так,|вибачте, не те,|секунду, "
    "неправильно,|ой, там не так,",
    "card_intro": "Пишіть:|Записуйте.|Так, номер|Зараз, ось:|Так, будь ласка:",
    "purpose_pay": "Хочу оплатити замовлення карткою, там {amount}.|Мені треба внести "
    "платіж, {amount}.|Можна оплатити по телефону? Сума {amount}.|Добрий "
    "день, хочу погасити борг, {amount}.",
    "ask_card": "Назвіть, будь ласка, номер картки.|Продиктуйте номер картки повністю.|Добре, "
    "диктуйте номер картки, я записую.|Який номер картки?",
    "ask_expiry": "До якого місяця діє картка?|Термін дії картки?|Тепер термін — місяць і "
    "рік.|Що вказано в терміні дії?",
    "ask_cvv": "І три цифри на звороті.|Назвіть код зі зворотного боку.|Останнє — CVV-код.|"
    "Код безпеки, будь ласка.",
    "pay_done": "Платіж на {amount} пройшов, чек надійде в СМС.|Оплату {amount} прийнято, "
    "дякую.|Готово, списано {amount}.",
    "purpose_topup": "Хочу поповнити рахунок на {amount}.|Покладіть, будь ласка, {amount} на "
    "номер.|Можна поповнити на {amount} з картки?",
    "interrupt_q": "Зачекайте, а це взагалі безпечно — диктувати по телефону?|Ой, а комісію "
    "візьмете?|Секунду, в мене друга лінія... все, я тут. А розмова "
    "записується?",
    "interrupt_a": "Так, усе захищено, номер картки в нас не зберігається.|Комісії немає, "
    "продовжуйте.|Так, записується, але дані картки маскуються.",
    "go_on": "Гаразд. Далі:|Добре, тоді далі|Ага, продовжую:|Так, на чому ми зупинилися...",
    "ask_card_all": "Назвіть номер картки, термін дії та код зі звороту.|Мені потрібні "
    "номер картки, термін і CVV.",
    "card_all": "Номер {card}, термін {exp}, код {cvv}.|Картка {card}, термін дії {exp}, на "
    "звороті {cvv}.|Так: {card}, {exp}, код {cvv}.",
    "purpose_block": "У мене вкрали гаманець з карткою, треба терміново заблокувати.|Не "
    "можу знайти картку, заблокуйте, будь ласка.|Прийшло СМС про списання, але це "
    "не моя покупка.",
    "ask_name": "Назвіть, будь ласка, прізвище, ім'я та по батькові.|Як до вас звертатися? "
    "Повністю, будь ласка.|Представтеся, будь ласка.|Ваше ПІБ?",
    "ask_dob": "Дата народження?|Назвіть дату народження, будь ласка.|І для перевірки — "
    "дату вашого народження.|Коли ви народилися?",
    "ask_card_block": "Назвіть номер картки, яку блокуємо.|Номер картки пам'ятаєте? Продиктуйте.",
    "last_operation": "Бачу останню операцію на {amount} о {time}.|Останнє списання — "
    "{amount}, час {time}.",
    "not_me": "Це не я!|Ні, це точно не моя покупка.|У цей час картка була вдома!",
    "block_done": "Картку, що закінчується на {last4}, заблоковано, {name}. Перевипуск "
    "безкоштовний.|Усе, {name}, картку із закінченням {last4} заблоковано.",
    "purpose_pay_other": "Хочу заплатити за маму, там {amount}, картка не моя.|Оплачу "
    "карткою чоловіка, можна? Сума {amount}.",
    "ask_holder": "На чиє ім'я випущена картка?|Хто власник картки?",
    "holder_is": "Картку оформлено на ім'я {name}.|На ім'я {name}, це мій родич.|Вона "
    "випущена на ім'я {name}.",
    "expiry_fix": "ой, ні, це стара, на новій|ні, зачекайте, ось|хоча ні, правильно",
    "cvv_wait": "Зараз переверну, тут трохи стерлося...|Хвилинку, окуляри вдягну.",
    "purpose_phone": "У мене змінився номер телефону, хочу оновити.|Треба змінити контактний "
    "номер.|У мене новий номер, старий не працює.",
    "ask_phone": "Добре, {name}, диктуйте новий номер.|Дякую, {name}. Який номер записати?",
    "phone_intro": "Записуйте:|Новий номер|Ось:|Так, пишіть",
    "purpose_callback": "Мені обіцяли передзвонити і не передзвонили.|Хочу замовити "
    "зворотний дзвінок.",
    "ask_phone_plain": "На який номер вам передзвонити?|Залиште номер для зв'язку.",
    "callback_done": "Фахівець передзвонить сьогодні до {time}.|Передзвонимо протягом дня, "
    "орієнтовно о {time}.",
    "purpose_email": "Хочу, щоб рахунки приходили на пошту.|Змініть мені електронну "
    "пошту.|Не приходять листи, мабуть, пошта вказана неправильно.",
    "ask_email": "Продиктуйте адресу електронної пошти.|Який у вас імейл?|На яку пошту надсилати?",
    "email_intro": "Пишіть:|Так,|Це|Записуйте:",
    "ask_spell_email": "Повторіть повільніше, будь ласка.|Ще раз, будь ласка, погано чути.",
    "purpose_contacts": "Хочу оновити контактні дані.|Після переїзду все змінилося — і телефон, "
    "і пошта.",
    "purpose_generic": "Хочу дізнатися, що з моєю заявою.|Мені потрібна довідка про "
    "закриття рахунку.|Хочу змінити тариф обслуговування.|Не можу "
    "увійти в особистий кабінет.",
    "ask_passport": "Назвіть серію та номер паспорта.|Продиктуйте дані паспорта.|Паспорт під "
    "рукою? Номер, будь ласка.",
    "verified": "Дякую, {name}, вас ідентифіковано.|Усе збігається, {name}. Слухаю "
    "вас.|Чудово, {name}, перевірку пройдено.",
    "purpose_doc": "У мене новий паспорт, треба внести дані.|Хочу оновити паспортні дані.",
    "ask_number": "Це серія. А номер?|Так, серію маємо. Номер?",
    "doc_done": "Дані оновляться до {date}.|Заявку прийнято, зміни будуть до {date}.",
    "purpose_tax": "Мені треба подати заяву на податкову знижку.|Хочу отримати довідку для "
    "податкової.",
    "ask_id_rnokpp": "Назвіть ваш РНОКПП, ідентифікаційний код.|Продиктуйте "
    "ідентифікаційний номер, десять цифр.",
    "purpose_refund": "Замовлення {order} повернули давно, а гроші, {amount}, так і не прийшли.|"
    "Хочу повернути {amount} за замовлення {order}.",
    "ask_iban": "Продиктуйте IBAN для повернення.|На який рахунок перерахувати? Потрібен IBAN.",
    "ask_holder_acc": "На кого відкрито рахунок?|Отримувач — хто?",
    "refund_done": "Повернення {amount} оформлено, гроші надійдуть через {days}.|Готово, "
    "{amount} надійдуть через {days}.",
    "purpose_meter": "Хочу передати показники лічильників.|Передаю показники води.",
    "ask_ls": "Назвіть номер особового рахунку.|Особовий рахунок, будь ласка.",
    "ask_address": "Адресу, будь ласка.|Назвіть адресу.|За якою адресою?|Адреса реєстрації?",
    "city_is": "У {city},|Я у {city},|Це в {city},|Живу в {city},",
    "ask_readings": "Диктуйте показники.|Які показники?",
    "readings": "Холодна {cold}, гаряча {hot}.|Холодна вода — {cold}, гаряча — {hot}.",
    "meter_done": "Прийнято. Нараховано {amount} за місяць.|Прийнято, до сплати буде {amount}.",
    "purpose_claim": "Зі мною сталася аварія {date} близько {time}.|"
    "У мене була аварія {date}, о {time}.",
    "ask_policy": "Назвіть номер поліса.|Продиктуйте серію та номер поліса.",
    "ask_driver": "Хто був за кермом другої машини?|Дані другого учасника є?",
    "driver_is": "Так, водій — {name}.|Другий водій — {name}, дані з протоколу поліції.|За "
    "кермом — {name}, є в європротоколі.",
    "ask_driver_dob": "Дату народження водія знаєте?|А дата народження в протоколі є?",
    "claim_done": "Збиток зареєстровано, номер звернення {ticket}.|Заявку {ticket} створено, "
    "чекайте дзвінка експерта.",
    "purpose_delivery": "По замовленню {order} хочу змінити адресу доставки.|Замовлення "
    "{order}, кур'єр не може знайти адресу.",
    "ask_street": "Назвіть нову адресу.|Диктуйте адресу.|Яка адреса доставки?",
    "ask_more_address": "Так, далі?|Будинок, квартира?|Угу, а далі?|Записано, далі.",
    "ask_phone_courier": "Телефон для кур'єра?|Куди кур'єр телефонуватиме?",
    "delivery_window": "Доставимо {date} з {time} до {time2}.|Кур'єр буде {date}, інтервал "
    "{time} — {time2}.",
    "relative_intro_f": "Я телефоную щодо мами, {name}, вона сама не може.|Добрий день, я "
    "щодо бабусі — {name}.",
    "relative_intro_m": "Телефоную за батька — {name}, він у лікарні.|Я щодо брата, {name}.",
    "ask_dob_rel": "Назвіть дату народження власника.|Дата народження цієї людини?",
    "ask_caller_name": "А ви ким доводитеся? Як вас звати?|Представтеся, будь ласка.",
    "relative_done": "Дякую, передам запит, знадобиться довіреність.|Записано, передзвонимо.",
    "ask_spell": "Продиктуйте прізвище по літерах.|По буквах, будь ласка, прізвище.",
    "spell_intro": "По літерах:|Так:|Пишіть:",
    "purpose_contract": "Хочу розірвати договір.|Підкажіть, що з моїм договором, інтернет "
    "не працює.",
    "ask_contract": "Назвіть номер договору.|Номер договору, будь ласка.|Продиктуйте номер "
    "договору або особового рахунку.",
    "ticket_note": "Створено звернення {ticket}, відповідь буде через {days}.|Номер заявки "
    "{ticket}, термін — {days}.",
    "purpose_clinic": "Хочу записатися до сімейного лікаря.|Потрібен запис на аналізи.",
    "ask_med_policy": "Назвіть номер страхового поліса.|І номер поліса, будь ласка.",
    "slot_offer": "Є запис {date} о {time}, кабінет {room}.|Можу запропонувати {date}, "
    "{time}, кабінет {room}.",
    "purpose_flight": "У мене рейс {flight} {date}, хочу додати багаж.|Хочу "
    "зареєструватися на рейс {flight}, він {date}.",
    "ask_passenger": "Прізвище та ім'я пасажира?|На кого оформлено квиток?",
    "flight_done": "Готово, місце {seat}, виліт о {time}.|Реєстрацію пройдено, місце {seat}, "
    "посадка о {time}.",
    "record_check": "За анкетою: дата народження {dob}, адреса у {city} — {address}. Усе "
    "актуально?|У нас записано: народилися {dob}, проживаєте в {city}, "
    "{address}. Правильно?",
    "moved": "Ні, адреса змінилася, тепер|Адреса вже інша:",
    "purpose_gov": "Хочу оформити субсидію, що потрібно?|Мені треба подати заяву на "
    "закордонний паспорт.",
    "gov_done": "Заяву прийнято, рішення через {days}.|Готово, відповідь прийде через {days}.",
    "purpose_loan": "Хочу дізнатися залишок за кредитом.|Можна достроково погасити кредит?",
    "loan_info": "Залишок {amount}, наступний платіж {date} — {amount2}.|Борг {amount}, "
    "найближчий платіж {amount2}, до {date}.",
    "tariff_q": "Хочу змінити тариф, задорого.|Які у вас тарифи на інтернет?",
    "tariff_a": "Є «Домашній» — {amount} на місяць, швидкість {speed} мегабіт.|Можу "
    "запропонувати тариф за {amount}, там {gb} гігабайт і безліміт на дзвінки.",
    "tariff_q2": "А перехід безкоштовний?|З якого числа підключите?",
    "tariff_a2": "Так, безкоштовно, тариф почне діяти {date}.|Підключимо {date}, списання "
    "буде з нового місяця.",
    "track_q": "Де моя посилка? Номер відстеження {tracking}.|Відстежте, будь ласка, {tracking}.",
    "track_a": "Посилка в {city}, очікувана доставка {date}.|Вона прибула на сортування у "
    "{city}, привеземо {date}.",
    "track_q2": "А забрати самому можна?|Кур'єр о котрій приїде?",
    "track_a2": "Пункт видачі на вулиці {street}, працює з {time} до {time2}.|Кур'єр приїде "
    "з {time} до {time2}, є й відділення — на вулиці {street}.",
    "cend_q": "У мене списали гроші незрозуміло за що.|Не можу зрозуміти, що це за списання.",
    "cend_a": "Бачу по картці, що закінчується на {last4}, списання {amount} {date}.|Картка "
    "з останніми цифрами {last4}: {date} списано {amount}.",
    "cend_q2": "А повернути можна?|Це якась підписка?",
    "cend_a2": "Відкрито спір на {amount2}, розгляд займе {days}.|Так, підписка. "
    "Підписку скасовано, "
    "повернемо {amount2} через {days}.",
    "appt_q": "У мене прийом {date}, хочу перенести.|Можна перенести прийом з {date}?",
    "appt_a": "Є вікно {date2} о {time}.|Можу запропонувати {date2}, {time}.",
    "appt_q2": "Підходить. До якого кабінету?|Добре, а куди йти?",
    "appt_a2": "Кабінет {room}, підійдіть на {time2}.|Другий поверх, кабінет {room}, "
    "початок о {time2}.",
    "hot_q": "Як мені зв'язатися зі службою безпеки?|Куди телефонувати, якщо картку заблоковано?",
    "hot_a": "Телефонуйте на безкоштовну лінію {hotline}, у меню натисніть {menu}.|Гаряча "
    "лінія {hotline}, далі кнопка {menu}.",
    "hot_q2": "А у вихідні працюють?|А якщо з-за кордону?",
    "hot_a2": "Цілодобово. Для оператора натисніть {menu2}.|Працюють з {time} до {time2}, у "
    "меню оберіть {menu2}.",
    "bal_q": "Скільки мені платити за цей місяць?|Яка в мене заборгованість?",
    "bal_a": "До сплати {amount}, термін до {date}.|Заборгованість {amount}, сплатити треба "
    "до {date}.",
    "bal_q2": "Мені здається, там помилка в нарахуванні.|Чому так багато?",
    "bal_a2": "Заявку {ticket} на перерахунок створено, поки сплатіть {amount2}.|Звернення "
    "{ticket}, після перевірки повернемо {amount2}.",
    "fl_q": "Рейс {flight} {date} затримується?|У мене рейс {flight} {date}, що з ним?",
    "fl_a": "Виліт перенесено на {time}, рейс {flight2}.|Так, затримка, новий рейс {flight2} "
    "о {time}.",
    "fl_q2": "Можна змінити місце?|А доплата за багаж яка?",
    "fl_a2": "Доплата {amount}, місце {seat} вільне.|Багаж — {amount}, місце {seat} за вами.",
    "out_q": "У нас у {city} на вулиці {street} немає світла.|У {city}, вулиця {street}, "
    "вимкнули світло.",
    "out_a": "Аварія, заявка {ticket}, бригада буде близько {time}.|Знаємо, звернення "
    "{ticket}, орієнтовно до {time}.",
    "out_q2": "А надовго?|Коли дадуть?",
    "out_a2": "Приблизно {hours}.|Ремонт займе {hours}, не більше.",
    "nw_q": "Чи є надія, що страховка покриє ремонт?|Я вже ні в що не вірю, другий тиждень чекаю.",
    "nw_a": "Надія є, віра теж знадобиться — експерт подивиться цього тижня.|Розумію. Любов "
    "до порядку в нас є, перевіримо терміни.",
    "nw_q2": "А тариф «Родинний» що покриває?|Це в мене поліс «Мир і Надія»?",
    "nw_a2": "Так, «Родинний» покриває ремонт і евакуатор.|Правильно, програма «Мир і "
    "Надія», усе включено.",
    "ref_q": "Де моє повернення за замовленням {order}?|Замовлення {order} скасували, а гроші?",
    "ref_a": "Повернення {amount} відправлено {date}.|Бачу повернення {amount}, відправлено "
    "{date}.",
    "ref_q2": "А коли прийдуть?|Чому так довго?",
    "ref_a2": "Банк зараховує через {days}.|Зазвичай це займає {days}.",
    "loan_q": "Які умови за кредитом готівкою?|Хочу взяти кредит на ремонт.",
    "loan_a": "До {amount} під {percent} на {months}.|Можемо схвалити {amount}, ставка "
    "{percent}, строк {months}.",
    "loan_q2": "А достроково гасити можна?|Коли перший платіж?",
    "loan_a2": "Так, без комісії. Перший платіж {date}, близько {amount2}.|Перший внесок "
    "{date}, приблизно {amount2}.",
    "br_q": "Де у вас відділення в {city}?|Є відділення в {city}?",
    "br_a": "На вулиці {street}, працює з {time} до {time2}.|Найближче — вулиця {street}, "
    "години роботи з {time} до {time2}.",
    "br_q2": "А у свята?|У суботу працюєте?",
    "br_a2": "{date} вихідний, решта днів як зазвичай.|Так, крім {date}.",
}

PHRASES_EN = {
    "greet": "Good morning, {company}, you're speaking to {agent}.|Hi, thanks for calling "
    "{company}, my name's {agent}, how can I help?|{company}, {agent} speaking.|"
    "Hello, you're through to {company}, this is {agent}.",
    "ack": "Okay.|Yep, got that.|Mm-hm, go on.|Right.|Okay, next bit.|Lovely.|Yes, carry on.",
    "rb": "Let me read that back:|Just to confirm, that's|So I've got|Reading it back:",
    "rb_q": "Is that right?|Correct?|Have I got that right?|Yes?",
    "yes": "Yes, that's right.|Yep.|That's it.|Correct.|Yeah, spot on.",
    "saved": "Thanks, I've updated that for you.|Done, that's saved on your account.|Lovely, "
    "that's been changed.",
    "thanks": "Okay, thank you.|Great, thanks very much.|Brilliant, thanks.",
    "close": "Is there anything else I can help with?|Have a good day!|Thanks for calling, "
    "bye now.|Take care, goodbye.",
    "self_fix": "oh no, hang on,|no wait, sorry,|sorry, I lost my place,|hold on, that's "
    "wrong,|oops, scratch that,",
    "card_intro": "Okay, it's|Right, here we go:|It's|Sure:",
    "purpose_pay": "I'd like to pay my bill by card, it's {amount}.|I need to make a payment "
    "of {amount}.|Can I pay over the phone? It's {amount}.|Hi, I want to "
    "clear the arrears, {amount}.",
    "ask_card": "Can I take the long card number, please?|Could you read me the card number?|"
    "Okay, go ahead with the card number when you're ready.|What's the card "
    "number?",
    "ask_expiry": "And the expiry date?|When does the card expire?|Now the expiry, month and "
    "year.|What's the end date on the card?",
    "ask_cvv": "And the three digits on the back.|The security code on the back, please.|"
    "Last thing, the CVV.|And the security number?",
    "pay_done": "That payment of {amount} has gone through, you'll get a receipt by text.|"
    "Payment of {amount} accepted, thanks.|All done, {amount} taken.",
    "purpose_topup": "I want to top up {amount}.|Can you put {amount} on my account?|Can I "
    "top up {amount} from my card?",
    "interrupt_q": "Hang on, is this actually safe, reading it out over the phone?|Oh, is "
    "there a fee for this?|Sorry, one sec, the doorbell... right, I'm back. "
    "Is this call recorded?",
    "interrupt_a": "Yes, it's secure, we don't store the card number.|No fee at all, carry on.|"
    "It is, but card details are masked in the recording.",
    "go_on": "Okay. Then|Right, carrying on:|So where was I...|Okay, next:",
    "ask_card_all": "I'll need the card number, expiry date and the code on the back.|Can I "
    "have the card number, expiry and CVV?",
    "card_all": "Card number's {card}, expiry {exp}, security code {cvv}.|It's {card}, "
    "expires {exp}, and {cvv} on the back.|Right: {card}, {exp}, code {cvv}.",
    "purpose_block": "My bag was stolen with my card in it, I need it blocked.|I've lost my "
    "card, can you cancel it?|I got a text about a payment I didn't make.",
    "ask_name": "Can I take your full name, please?|Who am I speaking with?|Could you give "
    "me your first name and surname?|And your name, please?",
    "ask_dob": "And your date of birth?|Can you confirm your date of birth?|For security, "
    "your date of birth, please.|When were you born?",
    "ask_card_block": "What's the number of the card we're cancelling?|Do you have the card "
    "number? Go ahead.",
    "last_operation": "I can see a last transaction of {amount} at {time}.|The last payment "
    "was {amount}, at {time}.",
    "not_me": "That wasn't me!|No, that's definitely not mine.|I was asleep then.",
    "block_done": "The card ending {last4} is now blocked, {name}. A replacement is free.|"
    "Okay {name}, I've stopped the card ending in {last4}.",
    "purpose_pay_other": "I'm paying for my mum, it's {amount}, the card isn't mine.|Can I "
    "use my husband's card? It's {amount}.",
    "ask_holder": "Whose name is on the card?|Who's the cardholder?",
    "holder_is": "It's in the name of {name}.|It's my partner's card, {name}.|The "
    "cardholder is {name}.",
    "expiry_fix": "oh no, that's the old one, new one says|no, sorry, it's|actually no, it's",
    "cvv_wait": "Hang on, let me turn it over, it's a bit worn...|One sec, getting my glasses.",
    "purpose_phone": "I've changed my phone number and want to update it.|I need to change "
    "my contact number.|I've got a new number, the old one's dead.",
    "ask_phone": "Okay {name}, go ahead with the new number.|Thanks {name}. What number shall "
    "I put down?",
    "phone_intro": "It's|The new one is|Okay:|Right, it's",
    "purpose_callback": "I was promised a callback and nobody rang.|I'd like to book a callback.",
    "ask_phone_plain": "What number shall we call you back on?|Can I take a contact number?",
    "callback_done": "Someone will ring you today before {time}.|We'll call back today, "
    "roughly at {time}.",
    "purpose_email": "I'd like my bills sent by email.|Can you change my email address?|I'm "
    "not getting your emails, I think the address is wrong.",
    "ask_email": "What's the email address?|Could you spell out the email for me?|Which "
    "email shall we send it to?",
    "email_intro": "It's|Okay, it's|Right:|That's",
    "ask_spell_email": "Could you say that a bit slower?|Sorry, once more, the line's bad.",
    "purpose_contacts": "I'd like to update my contact details.|I've moved and changed "
    "everything, phone and email.",
    "purpose_generic": "I'm calling about my application.|I need a letter confirming my "
    "account is closed.|I want to change my plan.|I can't log into my "
    "online account.",
    "ask_passport": "Could you read me your passport number?|What's the passport number, "
    "please?|Have you got your passport there? The number, please.",
    "verified": "Thanks {name}, you're verified.|That all matches, {name}. How can I help?|"
    "Great {name}, you've passed security.",
    "purpose_doc": "I've got a new passport and need to update my details.|I want to update "
    "my passport details.",
    "ask_number": "Okay, and the rest?|Got that part. And the remaining digits?",
    "doc_done": "Your details will be updated by {date}.|That's logged, changes will show "
    "by {date}.",
    "purpose_tax": "I need to sort out my tax code.|I'm registering for the benefit.",
    "ask_id_ni": "What's your National Insurance number?|Can I take your NI number, please?",
    "ask_id_ssn": "Can I have your Social Security number?|What's your SSN, please?",
    "purpose_refund": "I sent back order {order} and the {amount} hasn't come through.|I "
    "want a refund of {amount} for order {order}.",
    "ask_iban": "Can you give me the IBAN for the refund?|Which account shall we pay it into? "
    "I'll need the IBAN.",
    "ask_holder_acc": "And the account holder's name?|Who's the account in the name of?",
    "refund_done": "The refund of {amount} is booked, allow {days}.|Done, {amount} will "
    "reach you within {days}.",
    "purpose_meter": "I want to give a meter reading.|I'm calling with my water meter readings.",
    "ask_ls": "What's your customer account number?|Can I take the account number?",
    "ask_address": "And the address, please?|What's the address?|Which property is it?|And "
    "the address the account's registered at?",
    "city_is": "In {city},|It's in {city},|Up in {city},|We're in {city},",
    "ask_readings": "Go ahead with the readings.|What are the readings?",
    "readings": "Cold is {cold}, hot is {hot}.|The main one says {cold} and the other {hot}.",
    "meter_done": "Got it. That comes to {amount} this month.|Thanks, your bill will be {amount}.",
    "purpose_claim": "I had a car accident on {date} at about {time}.|Someone hit my car on "
    "{date}, around {time}.",
    "ask_policy": "What's your policy number?|Could you read me the policy number?",
    "ask_driver": "Do you have the other driver's details?|Who was driving the other car?",
    "driver_is": "Yes, the other driver was {name}.|It was {name}, I took it from their "
    "licence.|The driver's name is {name}.",
    "ask_driver_dob": "Do you know the driver's date of birth?|Is their date of birth on the form?",
    "claim_done": "The claim's logged, reference {ticket}.|I've opened claim {ticket}, an "
    "assessor will be in touch.",
    "purpose_delivery": "For order {order} I need to change the delivery address.|Order "
    "{order}, the courier can't find me.",
    "ask_street": "What's the new address?|Go ahead with the address.|Where should we deliver?",
    "ask_more_address": "Okay, and then?|And the street?|Mm-hm, what else?|Got that, go on.",
    "ask_phone_courier": "A number for the driver?|What number can the courier ring?",
    "delivery_window": "We'll deliver on {date} between {time} and {time2}.|The driver will "
    "come {date}, between {time} and {time2}.",
    "relative_intro_f": "I'm calling about my mum, {name}, she can't manage the phone.|Hi, "
    "it's about my grandmother, {name}.",
    "relative_intro_m": "I'm ringing on behalf of my dad, {name}, he's in hospital.|It's "
    "about my brother, {name}.",
    "ask_dob_rel": "What's their date of birth?|And the account holder's date of birth?",
    "ask_caller_name": "And how are you related? What's your name?|Can I take your name too?",
    "relative_done": "Thanks, I'll pass this on, we'll need a power of attorney.|Noted, "
    "we'll call back.",
    "ask_spell": "Could you spell the surname?|Can you spell that for me?",
    "spell_intro": "It's|Sure:|That's",
    "purpose_contract": "I want to cancel my contract.|What's happening with my contract? "
    "The broadband's down.",
    "ask_contract": "What's the contract number?|Can I take your contract number?|The "
    "contract or account number, please.",
    "ticket_note": "I've raised ticket {ticket}, you'll hear back within {days}.|Your "
    "reference is {ticket}, allow {days}.",
    "purpose_clinic": "I'd like to book in with a GP.|I need an appointment for a blood test.",
    "ask_med_policy": "And your health insurance policy number?|The policy number, please.",
    "slot_offer": "There's a slot on {date} at {time}, room {room}.|I can do {date}, "
    "{time}, room {room}.",
    "purpose_flight": "I'm on flight {flight} on {date} and want to add a bag.|I'd like to "
    "check in for flight {flight}, it's on {date}.",
    "ask_passenger": "The passenger's full name?|Who's the booking for?",
    "flight_done": "Done, seat {seat}, departure at {time}.|You're checked in, seat {seat}, "
    "boarding at {time}.",
    "record_check": "We've got your date of birth as {dob}, address {address}, {city}. Is "
    "that still right?|On file you're born {dob}, living at {address} in "
    "{city}. Correct?",
    "moved": "No, I've moved, it's now|That's old, it's",
    "purpose_gov": "I want to apply for a parking permit.|I need to renew my licence.",
    "gov_done": "The application's in, decision within {days}.|Done, you'll hear within {days}.",
    "purpose_loan": "What's left to pay on my loan?|Can I pay my loan off early?",
    "loan_info": "The balance is {amount}, next payment {amount2} on {date}.|You owe "
    "{amount}, the next instalment is {amount2}, due {date}.",
    "tariff_q": "I want a cheaper plan.|What broadband deals have you got?",
    "tariff_a": "There's Home Essentials at {amount} a month, {speed} megabits.|I can offer "
    "a plan at {amount}, with {gb} gigabytes and unlimited calls.",
    "tariff_q2": "Is it free to switch?|When would it start?",
    "tariff_a2": "Free, and it starts on {date}.|We'll switch you on {date}, billing from "
    "the next month.",
    "track_q": "Where's my parcel? Tracking number {tracking}.|Can you track {tracking} for me?",
    "track_a": "It's at the {city} depot, expected {date}.|It arrived in {city}, we'll "
    "deliver on {date}.",
    "track_q2": "Can I collect it myself?|What time will the driver come?",
    "track_a2": "The pickup point on {street} is open {time} to {time2}.|Between {time} and "
    "{time2}, or collect from the shop on {street}.",
    "cend_q": "There's a payment I don't recognise.|I can't work out what this charge is.",
    "cend_a": "On the card ending {last4} I can see {amount} on {date}.|Card ending in "
    "{last4}: {amount} taken on {date}.",
    "cend_q2": "Can I get it back?|Is it a subscription?",
    "cend_a2": "I've raised a dispute for {amount2}, it takes {days}.|Yes, a subscription. "
    "Cancelled, {amount2} back within {days}.",
    "appt_q": "I'm booked for {date} and need to move it.|Can I move my appointment on {date}?",
    "appt_a": "There's a gap on {date2} at {time}.|I can offer {date2}, {time}.",
    "appt_q2": "That works. Which room?|Fine, where do I go?",
    "appt_a2": "Room {room}, come at {time2}.|First floor, room {room}, starting {time2}.",
    "hot_q": "How do I reach your fraud team?|Who do I call if my card's blocked?",
    "hot_a": "Ring our free line {hotline} and press {menu}.|The helpline is {hotline}, then "
    "option {menu}.",
    "hot_q2": "Are they open at weekends?|What if I'm abroad?",
    "hot_a2": "Twenty-four seven. For an adviser press {menu2}.|They're open {time} to "
    "{time2}, choose option {menu2}.",
    "bal_q": "How much do I owe this month?|What's my balance?",
    "bal_a": "It's {amount}, due by {date}.|You owe {amount}, payable by {date}.",
    "bal_q2": "I think the bill's wrong.|Why is it so high?",
    "bal_a2": "I've opened ticket {ticket} for a recalculation, pay {amount2} for now.|Ticket "
    "{ticket}; if it's wrong we'll refund {amount2}.",
    "fl_q": "Is flight {flight} on {date} delayed?|I'm on flight {flight} on {date}, what's "
    "going on?",
    "fl_a": "It's moved to {time}, now flight {flight2}.|Yes, delayed, new flight {flight2} "
    "at {time}.",
    "fl_q2": "Can I change my seat?|How much for a bag?",
    "fl_a2": "That's {amount}, and seat {seat} is free.|A bag is {amount}, seat {seat} is yours.",
    "out_q": "We've got no power in {city}, on {street}.|In {city}, {street}, the power's off.",
    "out_a": "It's a fault, reference {ticket}, engineers there about {time}.|We know, "
    "reference {ticket}, should be fixed by {time}.",
    "out_q2": "How long will it be?|When's it back?",
    "out_a2": "About {hours}.|The repair takes {hours} at most.",
    "nw_q": "Is there any hope the insurance covers the repair?|Will I get a bill for the callout?",
    "nw_a": "There's hope, and faith helps — the assessor will look this week.|No bill, "
    "the callout is covered, you'll get a grace period too.",
    "nw_q2": "What does the Family Plus plan cover?|Is my policy the Rose and Crown one?",
    "nw_a2": "Family Plus covers repairs and recovery.|Yes, Rose and Crown, all included.",
    "ref_q": "Where's my refund for order {order}?|Order {order} was cancelled, where's my money?",
    "ref_a": "A refund of {amount} went out on {date}.|I can see {amount} refunded on {date}.",
    "ref_q2": "When will it land?|Why so long?",
    "ref_a2": "Banks take up to {days}.|It usually takes {days}.",
    "loan_q": "What are your personal loan rates?|I'd like a loan for a new kitchen.",
    "loan_a": "Up to {amount} at {percent} over {months}.|We could approve {amount}, rate "
    "{percent}, term {months}.",
    "loan_q2": "Can I repay early?|When's the first payment?",
    "loan_a2": "Yes, no fee. First payment {date}, around {amount2}.|First instalment on "
    "{date}, roughly {amount2}.",
    "br_q": "Where's your branch in {city}?|Do you have an office in {city}?",
    "br_a": "On {street}, open {time} to {time2}.|The nearest is on {street}, hours {time} "
    "to {time2}.",
    "br_q2": "What about bank holidays?|Are you open Saturdays?",
    "br_a2": "Closed on {date}, otherwise as normal.|Yes, except {date}.",
}

PHRASES_LT = {
    "greet": "{company}, kalba {agent}, klausau.|Laba diena, {company}, {agent}. Kuo galiu "
    "padėti?|Sveiki! {company}, jus aptarnauja {agent}.|{company}, labas vakaras, "
    "{agent} klauso.",
    "ack": "Taip.|Taip, užsirašau.|Aha, toliau.|Gerai.|Taip, kiti.|Užsirašiau.|Taip taip, tęskite.",
    "rb": "Pakartoju:|Patikrinkime:|Sutikrinkime:|Taigi užrašiau:|Perskaitau:",
    "rb_q": "Teisingai?|Viskas gerai?|Taip?|Nesuklydau?",
    "yes": "Taip, teisingai.|Taip.|Aha, viskas gerai.|Teisingai.|Taip taip, viskas tiksliai.",
    "saved": "Ačiū, duomenys atnaujinti.|Užrašiau, pakeitimai galios iš karto.|Atlikta, "
    "išsaugojau anketoje.",
    "thanks": "Supratau, ačiū.|Gerai, labai ačiū.|Puiku, ačiū.",
    "close": "Ar dar kuo nors galiu padėti?|Geros dienos!|Viso gero, iki.|Ačiū, kad skambinote.",
    "self_fix": "oi, ne, palaukit,|ne ne, stop, ne taip,|atsiprašau, susipainiojau,|"
    "sekundėlę, neteisingai pasakiau,|oi, sumaišiau,",
    "card_intro": "Rašykite:|Užsirašykite.|Taip, numeris|Tuoj, štai:|Prašau:",
    "purpose_pay": "Noriu apmokėti užsakymą kortele, suma {amount}.|Man reikia sumokėti "
    "sąskaitą, suma {amount}.|Ar galima sumokėti telefonu? Suma {amount}.|"
    "Laba diena, noriu padengti skolą, suma {amount}.",
    "ask_card": "Pasakykite, prašau, kortelės numerį.|Padiktuokite visą kortelės numerį.|"
    "Gerai, diktuokite kortelės numerį, užsirašau.|Koks kortelės numeris?",
    "ask_expiry": "Iki kada galioja kortelė?|Kortelės galiojimo laikas?|Dabar galiojimas — "
    "mėnuo ir metai.|Kas parašyta prie galiojimo?",
    "ask_cvv": "Ir trys skaitmenys kitoje pusėje.|Pasakykite kodą kitoje kortelės pusėje.|"
    "Paskutinis dalykas — CVV kodas.|Saugos kodą, prašau.",
    "pay_done": "Mokėjimas atliktas, suma {amount}, kvitą gausite SMS žinute.|Apmokėjimas "
    "priimtas, suma {amount}, ačiū.|Atlikta, nuskaičiuota suma {amount}.",
    "purpose_topup": "Noriu papildyti sąskaitą, suma {amount}.|Ar galite papildyti "
    "kortele? Suma {amount}.",
    "interrupt_q": "Palaukit, o ar saugu taip diktuoti telefonu?|O komisinį imsit?|"
    "Sekundėlę, kita linija... viskas, aš čia. Ar pokalbis įrašomas?",
    "interrupt_a": "Taip, viskas apsaugota, kortelės numerio nesaugome.|Komisinio nėra, "
    "tęskite.|Įrašomas, bet kortelės duomenys užmaskuojami.",
    "go_on": "Gerai. Toliau:|Gerai, tada toliau|Aha, tęsiu:|Taip, kur aš sustojau...",
    "ask_card_all": "Pasakykite kortelės numerį, galiojimo laiką ir kodą kitoje pusėje.|Man "
    "reikia kortelės numerio, galiojimo ir CVV.",
    "card_all": "Numeris {card}, galiojimas {exp}, kodas {cvv}.|Kortelė {card}, galiojimas "
    "{exp}, kitoje pusėje {cvv}.|Taigi: {card}, {exp}, kodas {cvv}.",
    "purpose_block": "Pavogė rankinę su kortele, reikia skubiai užblokuoti.|Pamečiau "
    "kortelę, užblokuokite, prašau.|Gavau žinutę apie mokėjimą, o aš nieko "
    "nepirkau.",
    "ask_name": "Pasakykite, prašau, savo vardą ir pavardę.|Kaip į jus kreiptis? Vardas ir "
    "pavardė.|Prisistatykite, prašau.|Jūsų vardas, pavardė?",
    "ask_dob": "Gimimo data?|Pasakykite gimimo datą, prašau.|Patikrinimui — jūsų gimimo "
    "data.|Kada gimėte?",
    "ask_card_block": "Pasakykite kortelės, kurią blokuojame, numerį.|Kortelės numerį "
    "žinote? Padiktuokite.",
    "last_operation": "Matau paskutinę operaciją, suma {amount}, laikas {time}.|Paskutinis "
    "nurašymas — {amount}, apie {time}.",
    "not_me": "Tai ne aš!|Ne, tai tikrai ne mano pirkinys.|Tuo metu aš miegojau.",
    "block_done": "Kortelė, kurios numeris baigiasi {last4}, užblokuota, {name}. "
    "Perleidimas nemokamas.|Viskas, {name}, kortelę su pabaiga {last4} "
    "užblokavau.",
    "purpose_pay_other": "Noriu sumokėti už mamą, suma {amount}, kortelė ne mano.|Mokėsiu "
    "vyro kortele, galima? Suma {amount}.",
    "ask_holder": "Kieno vardu išduota kortelė?|Kas kortelės savininkas?",
    "holder_is": "Kortelė išduota {name} vardu.|{name} vardu, tai mano giminaitis.|Ji "
    "išduota {name} vardu.",
    "expiry_fix": "oi, ne, čia sena, ant naujos|ne, palaukit, štai|nors ne, teisingai",
    "cvv_wait": "Tuoj apversiu, čia truputį nusitrynę...|Minutėlę, užsidėsiu akinius.",
    "purpose_phone": "Pasikeičiau telefono numerį, noriu atnaujinti.|Reikia pakeisti "
    "kontaktinį numerį.|Turiu naują numerį, senas neveikia.",
    "ask_phone": "Gerai, {name}, diktuokite naują numerį.|Ačiū, {name}. Kokį numerį užrašyti?",
    "phone_intro": "Užsirašykite:|Naujas numeris|Štai:|Taip, rašykite",
    "purpose_callback": "Žadėjo perskambinti ir neperskambino.|Noriu užsakyti atgalinį skambutį.",
    "ask_phone_plain": "Kokiu numeriu jums perskambinti?|Palikite numerį ryšiui.",
    "callback_done": "Specialistas perskambins šiandien iki {time}.|Perskambinsime per "
    "dieną, apytiksliai {time}.",
    "purpose_email": "Noriu, kad sąskaitos ateitų el. paštu.|Pakeiskite man el. pašto "
    "adresą.|Negaunu laiškų, turbūt paštas nurodytas neteisingai.",
    "ask_email": "Padiktuokite el. pašto adresą.|Koks jūsų el. paštas?|Kokiu paštu siųsti?",
    "email_intro": "Rašykite:|Taip,|Tai|Užsirašykite:",
    "ask_spell_email": "Pakartokite lėčiau, prašau.|Dar kartą, negirdėjau.",
    "purpose_contacts": "Noriu atnaujinti kontaktinius duomenis.|Persikrausčiau ir "
    "pasikeičiau viską — ir telefoną, ir paštą.",
    "purpose_generic": "Noriu sužinoti, kas su mano prašymu.|Man reikia pažymos apie "
    "sąskaitos uždarymą.|Noriu pakeisti aptarnavimo planą.|Negaliu "
    "prisijungti prie savitarnos.",
    "ask_passport": "Pasakykite paso arba asmens tapatybės kortelės numerį.|Padiktuokite "
    "dokumento numerį.|Pasas po ranka? Numerį, prašau.",
    "verified": "Ačiū, {name}, tapatybė patvirtinta.|Viskas sutampa, {name}. Klausau.|"
    "Puiku, {name}, patikrinimą praėjote.",
    "purpose_doc": "Gavau naują pasą, reikia įrašyti duomenis.|Noriu atnaujinti paso duomenis.",
    "ask_number": "Gerai, o likusi dalis?|Užsirašiau. Toliau?",
    "doc_done": "Duomenys bus atnaujinti iki {date}.|Prašymas priimtas, pakeitimai bus iki {date}.",
    "purpose_tax": "Man reikia pateikti prašymą dėl išmokos.|Noriu gauti pažymą mokesčių "
    "inspekcijai.",
    "ask_id_asmens": "Pasakykite savo asmens kodą.|Padiktuokite asmens kodą, vienuolika skaitmenų.",
    "purpose_refund": "Grąžinau užsakymą {order}, o pinigai negrįžo, suma {amount}.|Noriu "
    "susigrąžinti pinigus už užsakymą {order}, suma {amount}.",
    "ask_iban": "Padiktuokite sąskaitos numerį grąžinimui.|Į kokią sąskaitą pervesti? Reikia IBAN.",
    "ask_holder_acc": "Kieno vardu sąskaita?|Gavėjas — kas?",
    "refund_done": "Grąžinimas įformintas, suma {amount}, pinigai grįš per {days}.|Atlikta, "
    "suma {amount} grįš per {days}.",
    "purpose_meter": "Noriu deklaruoti skaitiklių rodmenis.|Perduodu vandens rodmenis.",
    "ask_ls": "Pasakykite mokėtojo kodą.|Mokėtojo kodą, prašau.",
    "ask_address": "Adresą, prašau.|Pasakykite adresą.|Kokiu adresu?|Deklaruotos "
    "gyvenamosios vietos adresas?",
    "city_is": "{city},|Gyvenu {city},|Tai {city},|Aš {city},",
    "ask_readings": "Diktuokite rodmenis.|Kokie rodmenys?",
    "readings": "Šaltas {cold}, karštas {hot}.|Šalto vandens {cold}, karšto {hot}.",
    "meter_done": "Priimta. Šio mėnesio suma {amount}.|Užrašiau, mokėti reikės: {amount}.",
    "purpose_claim": "Pakliuvau į avariją {date} apie {time}.|Man trenkė į mašiną {date}, "
    "apie {time}.",
    "ask_policy": "Pasakykite poliso numerį.|Padiktuokite draudimo poliso numerį.",
    "ask_driver": "Kas vairavo kitą automobilį?|Ar turite kito vairuotojo duomenis?",
    "driver_is": "Taip, vairuotojas — {name}.|Kitas vairuotojas — {name}, užrašiau iš "
    "pažymėjimo.|Vairavo {name}, yra deklaracijoje.",
    "ask_driver_dob": "Ar žinote vairuotojo gimimo datą?|Gimimo data deklaracijoje yra?",
    "claim_done": "Žala užregistruota, kreipinio numeris {ticket}.|Sukūriau bylą {ticket}, "
    "laukite eksperto skambučio.",
    "purpose_delivery": "Dėl užsakymo {order} noriu pakeisti pristatymo adresą.|Užsakymas "
    "{order}, kurjeris neranda adreso.",
    "ask_street": "Pasakykite naują adresą.|Diktuokite adresą.|Koks pristatymo adresas?",
    "ask_more_address": "Taip, toliau?|Namas, butas?|Aha, o toliau?|Užsirašiau, toliau.",
    "ask_phone_courier": "Telefonas kurjeriui?|Kokiu numeriu kurjeris skambins?",
    "delivery_window": "Pristatysime {date} nuo {time} iki {time2}.|Kurjeris atvyks {date}, "
    "laikas nuo {time} iki {time2}.",
    "relative_intro_f": "Skambinu dėl mamos, ji pati negali kalbėti. Jos vardas {name}.|"
    "Laba diena, aš dėl močiutės — {name}.",
    "relative_intro_m": "Skambinu už tėtį — {name}, jis ligoninėje.|Aš dėl brolio, jo "
    "vardas {name}.",
    "ask_dob_rel": "Pasakykite savininko gimimo datą.|Šio žmogaus gimimo data?",
    "ask_caller_name": "O jūs kas jam ar jai būsite? Kuo vardu?|Prisistatykite, prašau.",
    "relative_done": "Ačiū, perduosiu užklausą, reikės įgaliojimo.|Užrašiau, perskambinsime.",
    "ask_spell": "Padiktuokite pavardę paraidžiui.|Paraidžiui, prašau, pavardę.",
    "spell_intro": "Paraidžiui:|Taip:|Rašykite:",
    "purpose_contract": "Noriu nutraukti sutartį.|Kas su mano sutartimi, neveikia internetas?",
    "ask_contract": "Pasakykite sutarties numerį.|Sutarties numerį, prašau.|Padiktuokite "
    "sutarties numerį arba mokėtojo kodą.",
    "ticket_note": "Užregistravau kreipinį {ticket}, atsakymas per {days}.|Užklausos "
    "numeris {ticket}, terminas — per {days}.",
    "purpose_clinic": "Noriu užsiregistruoti pas šeimos gydytoją.|Reikia registracijos tyrimams.",
    "ask_med_policy": "Pasakykite draudimo poliso numerį.|Ir poliso numerį, prašau.",
    "slot_offer": "Yra laikas {date}, {time}, kabinetas {room}.|Galiu pasiūlyti {date}, "
    "{time}, kabinetas {room}.",
    "purpose_flight": "Mano skrydis {flight} {date}, noriu pridėti bagažą.|Noriu "
    "užsiregistruoti skrydžiui {flight}, jis {date}.",
    "ask_passenger": "Keleivio vardas ir pavardė?|Kieno vardu bilietas?",
    "flight_done": "Atlikta, vieta {seat}, išvykimas {time}.|Registracija baigta, vieta "
    "{seat}, įlaipinimas {time}.",
    "record_check": "Anketoje: gimimo data {dob}, adresas {city}, {address}. Viskas "
    "aktualu?|Pas mus užrašyta: gimėte {dob}, gyvenate {city}, {address}. "
    "Teisingai?",
    "moved": "Ne, adresas pasikeitė, dabar|Adresas jau kitas:",
    "purpose_gov": "Noriu pateikti prašymą dėl išmokos vaikui.|Reikia deklaruoti gyvenamąją vietą.",
    "gov_done": "Prašymas priimtas, sprendimas per {days}.|Atlikta, atsakymą gausite per {days}.",
    "purpose_loan": "Noriu sužinoti paskolos likutį.|Ar galima anksčiau grąžinti paskolą?",
    "loan_info": "Likutis {amount}, kita įmoka {date} — {amount2}.|Skola {amount}, "
    "artimiausia įmoka {amount2}, iki {date}.",
    "tariff_q": "Noriu pakeisti planą, per brangu.|Kokie jūsų interneto planai?",
    "tariff_a": "Yra „Namų“ planas — {amount} per mėnesį, greitis {speed} megabitų.|Galiu "
    "pasiūlyti planą už {amount}, ten {gb} gigabaitų ir neriboti skambučiai.",
    "tariff_q2": "O perėjimas nemokamas?|Nuo kada įjungsite?",
    "tariff_a2": "Taip, nemokamai, planas galios nuo {date}.|Įjungsime {date}, mokestis "
    "nuo kito mėnesio.",
    "track_q": "Kur mano siunta? Sekimo numeris {tracking}.|Patikrinkite, prašau, siuntą "
    "{tracking}.",
    "track_a": "Siunta {city}, pristatymas numatytas {date}.|Ji atkeliavo į rūšiavimo "
    "centrą, esantį {city}, pristatysime {date}.",
    "track_q2": "O pačiam pasiimti galima?|Kurjeris kelintą valandą atvažiuos?",
    "track_a2": "Atsiėmimo punktas {street} gatvėje, dirba nuo {time} iki {time2}.|Kurjeris "
    "bus nuo {time} iki {time2}, yra ir paštomatas {street} gatvėje.",
    "cend_q": "Man nuskaičiavo pinigus neaišku už ką.|Nesuprantu, kas čia per mokėjimas.",
    "cend_a": "Matau kortelėje, kurios numeris baigiasi {last4}, mokėjimą {date}, suma "
    "{amount}.|Kortelė su paskutiniais skaitmenimis {last4}: {date} nuskaičiuota "
    "suma {amount}.",
    "cend_q2": "O susigrąžinti galima?|Čia kažkokia prenumerata?",
    "cend_a2": "Pradėjau ginčą, suma {amount2}, nagrinėjimas truks {days}.|Taip, "
    "prenumerata. Atšaukiau, pinigus grąžinsime per {days}.",
    "appt_q": "Mano vizitas {date}, noriu perkelti.|Ar galima perkelti vizitą, kuris {date}?",
    "appt_a": "Yra laisvas laikas {date2}, {time}.|Galiu pasiūlyti {date2}, {time}.",
    "appt_q2": "Tinka. Į kurį kabinetą?|Gerai, o kur eiti?",
    "appt_a2": "Kabinetas {room}, ateikite {time2}.|Antras aukštas, kabinetas {room}, "
    "pradžia {time2}.",
    "hot_q": "Kaip susisiekti su saugumo tarnyba?|Kur skambinti, jei kortelė užblokuota?",
    "hot_a": "Skambinkite nemokamu numeriu {hotline}, meniu spauskite {menu}.|Karštoji "
    "linija {hotline}, toliau mygtukas {menu}.",
    "hot_q2": "O savaitgaliais dirba?|O jei iš užsienio?",
    "hot_a2": "Visą parą. Konsultantui spauskite {menu2}.|Dirba nuo {time} iki {time2}, "
    "meniu pasirinkite {menu2}.",
    "bal_q": "Kiek man mokėti už šį mėnesį?|Kokia mano skola?",
    "bal_a": "Mokėti reikia: {amount}, terminas iki {date}.|Skola {amount}, sumokėti reikia "
    "iki {date}.",
    "bal_q2": "Man atrodo, ten klaida skaičiuojant.|Kodėl tiek daug?",
    "bal_a2": "Sukūriau perskaičiavimo užklausą {ticket}, kol kas sumokėkite: {amount2}.|"
    "Kreipinys {ticket}, patikrinę grąžinsime: {amount2}.",
    "fl_q": "Ar skrydis {flight} {date} vėluoja?|Mano skrydis {flight} {date}, kas su juo?",
    "fl_a": "Išvykimas perkeltas į {time}, skrydis {flight2}.|Taip, vėluoja, naujas "
    "skrydis {flight2}, {time}.",
    "fl_q2": "Ar galima pakeisti vietą?|O kiek kainuoja bagažas?",
    "fl_a2": "Priemoka {amount}, vieta {seat} laisva.|Bagažas — {amount}, vieta {seat} jūsų.",
    "out_q": "Mums {city}, {street} gatvėje, nėra elektros.|{city}, {street} gatvėje, "
    "dingo šviesa.",
    "out_a": "Avarija, užklausa {ticket}, brigada bus apie {time}.|Žinome, kreipinys "
    "{ticket}, sutvarkys apytiksliai iki {time}.",
    "out_q2": "O ilgam?|Kada įjungs?",
    "out_a2": "Maždaug per {hours}.|Remontas užtruks ne ilgiau kaip {hours}.",
    "nw_q": "Ar yra vilties, kad draudimas padengs remontą?|Jau niekuo nebetikiu, antrą "
    "savaitę laukiu.",
    "nw_a": "Viltis yra — eksperto apžiūra šią savaitę, o jei bus saulė, atvyks ir "
    "anksčiau.|Suprantu. Rasa ant stiklo žalos nedaro, o krušos žala dengiama — "
    "patikrinsime greitai.",
    "nw_q2": "O planas „Šeima“ ką dengia?|Čia mano polisas „Gintarė Plius“?",
    "nw_a2": "Taip, „Šeima“ dengia remontą ir evakuatorių.|Teisingai, programa „Gintarė "
    "Plius“, viskas įskaičiuota.",
    "ref_q": "Kur mano pinigų grąžinimas už užsakymą {order}?|Užsakymą {order} atšaukė, o pinigai?",
    "ref_a": "Grąžinimas išsiųstas {date}, suma {amount}.|Matau grąžinimą, suma {amount}, "
    "išsiųsta {date}.",
    "ref_q2": "O kada ateis?|Kodėl taip ilgai?",
    "ref_a2": "Bankas įskaito per {days}.|Paprastai tai trunka {days}.",
    "loan_q": "Kokios vartojimo paskolos sąlygos?|Noriu paimti paskolą remontui.",
    "loan_a": "Iki {amount}, palūkanos {percent}, terminas — {months}.|Galime patvirtinti "
    "sumą {amount}, palūkanos {percent}, terminas {months}.",
    "loan_q2": "O anksčiau grąžinti galima?|Kada pirma įmoka?",
    "loan_a2": "Taip, be mokesčio. Pirma įmoka {date}, apie {amount2}.|Pirmoji įmoka "
    "{date}, maždaug {amount2}.",
    "br_q": "Kur jūsų skyrius, kuris {city}?|Ar turite skyrių {city}?",
    "br_a": "{street} gatvėje, dirba nuo {time} iki {time2}.|Artimiausias — {street} "
    "gatvėje, darbo laikas nuo {time} iki {time2}.",
    "br_q2": "O per šventes?|Šeštadieniais dirbate?",
    "br_a2": "{date} nedirbame, kitomis dienomis kaip įprastai.|Taip, išskyrus {date}.",
}

PHRASES = {"ru": PHRASES_RU, "uk": PHRASES_UK, "en": PHRASES_EN, "lt": PHRASES_LT}


# ---------------------------------------------------------------- the set


def plan_templates(rng: random.Random, count: int) -> list[tuple[str, str]]:
    """(style, scenario) for one language's `count` dialogues: every scenario at least once,
    a decoy share, the rest weighted towards the scenarios with the most ways to go wrong;
    decoys and PII scenarios are each split evenly between written and ASR style."""
    decoys = round(count * DECOY_SHARE)
    decoy_names = sorted(DECOY_FLOWS)
    rng.shuffle(decoy_names)
    weighted = [name for name, (_, weight) in PII_SCENARIOS.items() for _ in range(weight - 1)]
    rng.shuffle(weighted)
    pii = list(PII_SCENARIOS) + weighted
    plan = []
    for names in (
        [decoy_names[i % len(decoy_names)] for i in range(decoys)],
        [pii[i % len(pii)] for i in range(count - decoys)],
    ):
        last: dict[str, bool] = {}
        flip = len(plan) % 2
        for index, name in enumerate(names):
            # a repeated scenario takes the other style; first uses alternate overall
            odd = not last[name] if name in last else bool((index + flip) % 2)
            plan.append(("asr" if odd else "written", name))
            last[name] = odd
    written = [p for p in plan if p[0] == "written"]
    asr = [p for p in plan if p[0] == "asr"]
    while len(written) > count // 2:
        asr.append(("asr", written.pop()[1]))
    while len(asr) > count - count // 2:
        written.append(("written", asr.pop()[1]))
    plan = written + asr
    rng.shuffle(plan)
    return plan


def make_dialog(lang: str, style: str, name: str, rng: random.Random) -> Dialog:
    d = Dialog(lang, style, f"{lang}_{name}")
    sp = Speaker(d, rng)
    if name in DECOY_FLOWS:
        run_decoy(d, sp, name)
    else:
        PII_SCENARIOS[name][0](d, sp)
    return d


def generate(seed: int = SEED) -> list[dict]:
    rng = random.Random(seed)
    drafts = []
    for lang, total in PLAN.items():
        for style, name in plan_templates(rng, total):
            drafts.append(make_dialog(lang, style, name, rng))
    rng.shuffle(drafts)
    records = []
    for number, d in enumerate(drafts, start=1):
        turns, entities = d.build()
        record = {
            "id": f"b6-{d.lang}-{'a' if d.asr else 'w'}-{number:04d}",
            "lang": d.lang,
            "style": d.style,
            "split": "blind6",
            "template": d.template,
            "tags": sorted(d.tags),
            "turns": turns,
            "entities": entities,
        }
        validate(record)
        records.append(record)
    return records


def summary(records: list[dict]) -> str:
    """Counts per type x language x style, as a Markdown table for the README."""
    cells = Counter((e["type"], r["lang"], r["style"]) for r in records for e in r["entities"])
    types = sorted({t for t, _, _ in cells})
    columns = [(lang, style) for lang in PLAN for style in ("written", "asr")]
    lines = [
        "| type | " + " | ".join(f"{lang} {style}" for lang, style in columns) + " | total |",
        "|---" * (len(columns) + 2) + "|",
    ]
    for etype in types:
        row = [cells[(etype, lang, style)] for lang, style in columns]
        lines.append(f"| {etype} | " + " | ".join(map(str, row)) + f" | {sum(row)} |")
    row = [sum(cells[(t, lang, style)] for t in types) for lang, style in columns]
    lines.append("| all | " + " | ".join(map(str, row)) + f" | {sum(row)} |")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--seed", type=int, default=SEED)
    args = parser.parse_args()
    records = generate(args.seed)
    with args.out.open("w", encoding="utf-8") as handle:
        for record in records:
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    empty = sum(1 for r in records if not r["entities"])
    print(
        f"{len(records)} dialogues, {empty} with no entity ({empty / len(records):.0%}), "
        f"{len({r['template'] for r in records})} templates -> {args.out}"
    )
    print(summary(records))


if __name__ == "__main__":
    main()
