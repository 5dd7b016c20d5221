"""Numbers as ASR writes them, in ru/uk/en/lt: digits, number words, digit-by-digit.

Card and phone numbers are read out in groups ("четыре тысячи двести семьдесят шесть,
тридцать восемь ноль ноль", "four two seven six, double three"), so a spoken number is a
sequence of *groups*, each a composed number; its digit string is the concatenation of the
groups. The tables are small closed classes per language, merged into one lookup: a call's
detected language is sometimes wrong, and the words hardly collide across languages.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

# kind: zero, unit (1-9), teen (10-19), tens (20-90), hundreds (100-900 in one word),
# hundred (a multiplier: en "hundred", lt "šimtas"), thousand (a multiplier).
_WORDS: dict[str, tuple[str, int]] = {}


def _add(kind: str, value: int, *words: str) -> None:
    for word in words:
        _WORDS[word] = (kind, value)
        folded = fold(word)
        _WORDS.setdefault(folded, (kind, value))


def fold(word: str) -> str:
    """Lower case without diacritics, ё→е and one apostrophe: how ASR variants differ."""
    word = word.lower().replace("ё", "е").replace("’", "'").replace("ʼ", "'").replace("`", "'")
    if word.isascii():
        return word
    # Keep Cyrillic й/ї as they are (NFD would strip their marks), fold Latin diacritics.
    out = []
    for char in word:
        if "a" <= unicodedata.normalize("NFD", char)[0] <= "z":
            out.append(unicodedata.normalize("NFD", char)[0])
        else:
            out.append(char)
    return "".join(out)


# Russian
# Diminutives («нолик») and the ASR's clipped «сем» are how digits get dictated.
_add("zero", 0, "ноль", "нуль", "ноля", "нуля", "нолик", "нулик", "нолика", "нулика")
_add("unit", 7, "сем")
# «восьмёрка» for the trunk prefix: «восьмёрка девятьсот двадцать шесть ...» is 8 926 ...
_add("unit", 8, "восьмёрка", "восьмерка", "восьмёрку", "восьмерку", "вісімка", "вісімку")
# A digit named as a noun inside a dictation («двойка пятёрка нолик», «шістка сімка»,
# "šešetas ketvertas"): callers say a card's digits so to keep 2 and 3 apart on a bad line.
# A lone «девятка» stays a one-digit run, which no entity reads without a cue.
for value, words in enumerate([
        ("единичка", "единица", "одиничка", "одиниця", "vienetas"),
        ("двойка", "двійка", "dvejetas"), ("тройка", "трійка", "trejetas"),
        ("четвёрка", "четвірка", "ketvertas"), ("пятёрка", "п'ятірка", "penketas"),
        ("шестёрка", "шістка", "šešetas"), ("семёрка", "сімка", "septynetas"),
        ("aštuonetas",), ("девятка", "дев'ятка", "devynetas")], start=1):
    _add("unit", value, *words)
_add("unit", 1, "один", "одна", "одно", "одного", "одной", "одну")
_add("unit", 2, "два", "две", "двух")
_add("unit", 3, "три", "трех", "трёх")
_add("unit", 4, "четыре", "четырех", "четырёх")
for value, word in enumerate(["пять", "шесть", "семь", "восемь", "девять"], start=5):
    _add("unit", value, word, word[:-1] + "и")
_teens_ru = ["десять", "одиннадцать", "двенадцать", "тринадцать", "четырнадцать", "пятнадцать",
             "шестнадцать", "семнадцать", "восемнадцать", "девятнадцать"]
for value, word in enumerate(_teens_ru, start=10):
    _add("teen", value, word, word[:-1] + "и")
for value, word in zip(range(20, 100, 10), ["двадцать", "тридцать", "сорок", "пятьдесят",
                                             "шестьдесят", "семьдесят", "восемьдесят", "девяносто"],
                       strict=True):
    _add("tens", value, word)
for value, word in zip(range(100, 1000, 100), ["сто", "двести", "триста", "четыреста", "пятьсот",
                                                "шестьсот", "семьсот", "восемьсот", "девятьсот"],
                       strict=True):
    _add("hundreds", value, word)
# The singular form ("тысяча", "tūkstantis") is 1000 said alone (or after "одна"): value 1.
_add("thousand", 1, "тысяча", "тысячу")
_add("thousand", 1000, "тысячи", "тысяч")

# Ukrainian
_add("zero", 0, "нуль", "ноль", "нулик", "нолик")
_add("unit", 1, "один", "одна", "одне", "одно", "одного", "одну")
_add("unit", 2, "два", "дві", "двох")
_add("unit", 3, "три", "трьох")
_add("unit", 4, "чотири", "чотирьох")
_add("unit", 5, "п'ять", "пять")
_add("unit", 6, "шість")
_add("unit", 7, "сім")
_add("unit", 8, "вісім")
_add("unit", 9, "дев'ять")
_teens_uk = ["десять", "одинадцять", "дванадцять", "тринадцять", "чотирнадцять", "п'ятнадцять",
             "шістнадцять", "сімнадцять", "вісімнадцять", "дев'ятнадцять"]
for value, word in enumerate(_teens_uk, start=10):
    _add("teen", value, word)
for value, word in zip(range(20, 100, 10), ["двадцять", "тридцять", "сорок", "п'ятдесят",
                                             "шістдесят", "сімдесят", "вісімдесят", "дев'яносто"],
                       strict=True):
    _add("tens", value, word)
for value, word in zip(range(100, 1000, 100), ["сто", "двісті", "триста", "чотириста", "п'ятсот",
                                                "шістсот", "сімсот", "вісімсот", "дев'ятсот"],
                       strict=True):
    _add("hundreds", value, word)
_add("thousand", 1, "тисяча", "тисячу")
_add("thousand", 1000, "тисячі", "тисяч")

# English ("oh" is a zero only next to other digits: see WEAK_ZERO)
_add("zero", 0, "zero", "nought", "naught", "nil")
for value, word in enumerate(["one", "two", "three", "four", "five", "six", "seven", "eight",
                              "nine"], start=1):
    _add("unit", value, word)
for value, word in enumerate(["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen",
                              "sixteen", "seventeen", "eighteen", "nineteen"], start=10):
    _add("teen", value, word)
for value, word in zip(range(20, 100, 10), ["twenty", "thirty", "forty", "fifty", "sixty",
                                             "seventy", "eighty", "ninety"], strict=True):
    _add("tens", value, word)
_add("hundred", 100, "hundred")
_add("thousand", 1000, "thousand")

# Lithuanian (masculine and feminine; ASR often drops the diacritics: fold() adds those)
_add("zero", 0, "nulis", "nulio", "nulį", "nuli")
_lt_units = [("vienas", "viena"), ("du", "dvi"), ("trys", "trys"), ("keturi", "keturios"),
             ("penki", "penkios"), ("šeši", "šešios"), ("septyni", "septynios"),
             ("aštuoni", "aštuonios"), ("devyni", "devynios")]
for value, words in enumerate(_lt_units, start=1):
    _add("unit", value, *words)
# accusatives, as in "plius tris šimtai ..." or "vieną du"
_add("unit", 1, "vieną")
_add("unit", 3, "tris")
for value, word in enumerate(["keturis", "penkis", "šešis", "septynis", "aštuonis", "devynis"],
                             start=4):
    _add("unit", value, word)
for value, word in enumerate(["dešimt", "vienuolika", "dvylika", "trylika", "keturiolika",
                              "penkiolika", "šešiolika", "septyniolika", "aštuoniolika",
                              "devyniolika"], start=10):
    _add("teen", value, word)
for value, word in zip(range(20, 100, 10), ["dvidešimt", "trisdešimt", "keturiasdešimt",
                                             "penkiasdešimt", "šešiasdešimt", "septyniasdešimt",
                                             "aštuoniasdešimt", "devyniasdešimt"], strict=True):
    _add("tens", value, word)
# the singular "šimtas" is one hundred, as "tūkstantis" is one thousand: "penki šimtas
# keturiasdešimt du" is 5 and 142 (five hundred is "penki šimtai")
_add("hundred", 1, "šimtas")
_add("hundred", 100, "šimtai", "šimtų", "šimto", "šimtus")
_add("thousand", 1, "tūkstantis", "tūkstančio")
_add("thousand", 1000, "tūkstančiai", "tūkstančių")

# Zero said the English way in a Russian or Ukrainian call («зиро», «зіро», «зеро»): some
# callers read every zero so, and the ASR writes it in Cyrillic.
_add("zero", 0, "зиро", "зіро", "зеро")
# Lithuanian ASR slips: the long "y" written "i" («septini», «devini», «dvilika»), and the
# "e" of «penki» heard as "i" («pinki»).
for word, value, kind in (("septini", 7, "unit"), ("devini", 9, "unit"), ("pinki", 5, "unit"),
                          ("dvilika", 12, "teen"), ("septiniolika", 17, "teen"),
                          ("deviniolika", 19, "teen"), ("septiniasdešimt", 70, "tens"),
                          ("deviniasdešimt", 90, "tens")):
    _add(kind, value, word)

# A digit named as a noun after a count, the ru/uk/lt "double five": «две семёрки», «три
# нуля», «дві п'ятірки», "du nuliai" say the digit that many times. (Only after a count: a
# «девятка» alone is as often a car or a bus.)
_COUNTED_DIGITS = {fold(word): digit for digit, words in enumerate([
    ("нуля", "ноля", "нули", "нулі", "nuliai", "nulius"),
    ("единицы", "одиниці", "vienetai"),
    ("двойки", "двійки", "dvejetai"),
    ("тройки", "трійки", "trejetai"),
    ("четвёрки", "четвірки", "ketvertai"),
    ("пятёрки", "п'ятірки", "penketai"),
    ("шестёрки", "шістки", "šešetai"),
    ("семёрки", "сімки", "septynetai"),
    ("восьмёрки", "вісімки", "aštuonetai"),
    ("девятки", "дев'ятки", "devynetai"),
]) for word in words}
_COUNTS = {fold(word): count for count, words in ((2, ("два", "две", "дві", "du", "dvi")),
                                                   (3, ("три", "trys")),
                                                   (4, ("четыре", "чотири", "keturi")))
           for word in words}


def counted_digit(count: str, noun: str) -> tuple[NumberToken, NumberToken] | None:
    """The readings of a count and the digit noun after it («две семёрки»: seven twice),
    or None when the two words are no such pair."""
    times, digit = _COUNTS.get(fold(count)), _COUNTED_DIGITS.get(fold(noun))
    if times is None or digit is None:
        return None
    return NumberToken("repeat", times), NumberToken("zero" if digit == 0 else "unit", digit)


WEAK_ZERO = frozenset({"oh", "o"})
REPEATERS = {"double": 2, "triple": 3, "treble": 3, "дважды": 2, "двічі": 2}
# digits with the separators people type between groups: "4276-1234", "2202*6061", "4852_7050"
_DIGITS = re.compile(r"^\+?\d(?:[\d\-./*_]*\d)?$")
# A typed or OCR'd number with a letter for a look-alike digit ("52O3", "S684", "347l6575"):
# at least three real digits and at most two such letters, never a decade ("1990s").
_LOOK_ALIKES = str.maketrans("olisb", "01158")
_LOOK_ALIKE_SLIP = re.compile(r"^(?=(?:\D*\d){3})(?!(?:\D*[olisb]){3})(?!\d+0s$)[\dolisb]+$")
# "job 2025-11-1252", "maketas 2025-11-9842": a year and month stamped before a serial is
# an order's or a proof's reference (a date's day has two digits), never a card or phone
_DATED_REFERENCE = re.compile(r"(?:19|20)\d\d-(?:0[1-9]|1[0-2])-\d{3,}\W*$")


@dataclass(frozen=True)
class NumberToken:
    """A token's numeric reading: literal digits or a number word of some kind."""

    kind: str  # digits, zero, unit, teen, tens, hundreds, hundred, thousand, repeat
    value: int = 0
    digits: str = ""


def read_token(norm: str) -> NumberToken | None:
    """The numeric reading of one normalised token, or None."""
    if not norm:
        return None
    if _DATED_REFERENCE.match(norm):
        return None
    if _DIGITS.match(norm):
        return NumberToken("digits", digits=re.sub(r"\D", "", norm))
    if _LOOK_ALIKE_SLIP.match(norm):
        return NumberToken("digits", digits=norm.translate(_LOOK_ALIKES))
    if norm in REPEATERS:
        return NumberToken("repeat", REPEATERS[norm])
    entry = _WORDS.get(norm) or _WORDS.get(fold(norm))
    if entry is not None:
        return NumberToken(entry[0], entry[1])
    if "-" in norm:  # "twenty-five"
        parts = [read_token(part) for part in norm.split("-") if part]
        if parts and all(p is not None and p.kind != "digits" for p in parts):
            tens, unit = parts[0], parts[-1]
            if len(parts) == 2 and tens.kind == "tens" and unit.kind == "unit":
                return NumberToken("tens", tens.value + unit.value)
    return None


class _Group:
    """One composed number being read: thousands, hundreds, tens, units."""

    def __init__(self) -> None:
        self.thousands: int | None = None
        self.hundreds: int | None = None
        self.tens: int | None = None
        self.units: int | None = None

    @property
    def empty(self) -> bool:
        return self.thousands is None and self.below_thousand_empty

    @property
    def below_thousand_empty(self) -> bool:
        return self.hundreds is None and self.tens is None and self.units is None

    def value(self) -> int:
        below = (self.hundreds or 0) + (self.tens or 0) + (self.units or 0)
        return (self.thousands or 0) * 1000 + below


def split_readings(tokens: list[NumberToken]) -> list[str]:
    """Other readings of a run, each with one group closed early: "три тысячи восемьсот
    двенадцать" is 3812 as speech but 3800-12 as a card's groups; a checksum decides."""
    greedy = "".join(spoken_groups(tokens))
    readings = []
    for index in range(1, len(tokens)):
        reading = "".join(spoken_groups(tokens[:index]) + spoken_groups(tokens[index:]))
        if reading != greedy and reading not in readings:
            readings.append(reading)
    return readings


def spoken_groups(tokens: list[NumberToken]) -> list[str]:
    """Digit strings of the groups a run of number tokens reads as, in order.

    Greedy composition, the way people say numbers: "сорок два" is one group (42), "два
    сорок" two groups (2, 40). Zeros and literal digits are groups of their own; "double
    five" is "55".
    """
    groups: list[str] = []
    group = _Group()

    def close() -> None:
        nonlocal group
        if not group.empty:
            groups.append(str(group.value()))
        group = _Group()

    repeat = 1
    for token in tokens:
        kind = token.kind
        if kind == "repeat":
            close()
            repeat = token.value
            continue
        if kind in ("digits", "zero") or (repeat > 1 and kind == "unit"):
            close()
            digit = token.digits if kind == "digits" else str(token.value)
            groups.append(digit * repeat)
        elif kind == "unit":
            if group.units is not None or (group.tens is not None and group.tens < 20):
                close()
            group.units = token.value
        elif kind in ("teen", "tens"):
            if group.tens is not None or group.units is not None:
                close()
            group.tens = token.value
        elif kind == "hundreds":
            if not group.below_thousand_empty:
                close()
            group.hundreds = token.value
        elif kind == "hundred":
            if token.value == 1 and group.units not in (None, 1):
                close()  # "penki šimtas ...": the singular after another digit starts anew
                group.hundreds = 100
            elif group.hundreds is None and group.tens is None and group.units is not None:
                group.hundreds, group.units = group.units * 100, None
            elif group.below_thousand_empty:
                group.hundreds = 100
            else:
                close()
                group.hundreds = 100
        elif kind == "thousand":
            if token.value == 1 and not group.empty and group.units != 1:
                # "...двести сорок три тысяча сто": a singular "тысяча" after a number not
                # ending in one starts the next group (1000), it does not multiply.
                close()
                group.thousands = 1
            elif group.thousands is not None:
                # "три тысячи восемьсот одна тысяча...": the words after the hundreds begin
                # the next four-digit group, as cards are read.
                if group.units is not None:
                    carry, group.units = group.units, None
                else:
                    carry, group.tens = group.tens or 0, None
                close()
                group.thousands = carry or 1
            else:
                group.thousands = group.value() or 1
            group.hundreds = group.tens = group.units = None
        repeat = 1
    close()
    return groups


def words_to_digits(words: list[str]) -> str:
    """Digit string of number words (tests and tools): ``["сорок", "два", "ноль"]`` → "420"."""
    tokens = [read_token(fold(word)) for word in words if fold(word) != "and"]
    if any(token is None for token in tokens):
        raise ValueError(f"not a number: {' '.join(words)}")
    return "".join(spoken_groups([t for t in tokens if t is not None]))


def digits_apart(said: str, heard: str) -> int:
    """In how many places two digit strings of one length differ: a read-back or a
    correction with one digit misheard is one apart."""
    return sum(a != b for a, b in zip(said, heard, strict=True))
