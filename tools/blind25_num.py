"""Number words (ru/uk/en/lt), a greedy reader of spoken numbers, and the checksums.

The reader is what makes the asr set honest: every spoken value is parsed back the way a
listener would hear it ("сорок" followed by "семь" is 47, never 40 and 7), and a reading
that would be heard wrong is regenerated instead of being labelled with the wrong digits.
"""

from __future__ import annotations

import random

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
    "ru": "- - двадцать тридцать сорок пятьдесят шестьдесят семьдесят восемьдесят девяносто",
    "uk": "- - двадцять тридцять сорок п'ятдесят шістдесят сімдесят вісімдесят дев'яносто",
    "en": "- - twenty thirty forty fifty sixty seventy eighty ninety",
    "lt": (
        "- - dvidešimt trisdešimt keturiasdešimt penkiasdešimt šešiasdešimt "
        "septyniasdešimt aštuoniasdešimt devyniasdešimt"
    ),
}
TENS = {lang: words.split() for lang, words in TENS.items()}
HUNDREDS = {
    "ru": [
        "-",
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
        "-",
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
# Words that multiply the unit before them, and the feminine "two" used before thousands.
HUNDRED_MULT = {"en": {"hundred"}, "lt": {"šimtai"}}
THOUSAND = {
    "ru": {"тысяча", "тысячи", "тысяч"},
    "uk": {"тисяча", "тисячі", "тисяч"},
    "en": {"thousand"},
    "lt": {"tūkstantis", "tūkstančiai", "tūkstančių"},
}
EXTRA_UNITS = {"ru": {"две": 2, "одна": 1}, "uk": {"дві": 2, "одна": 1}, "en": {"oh": 0}, "lt": {}}
MULTI = {"double": 2, "triple": 3}


def _thousands(lang: str, n: int) -> str:
    if lang == "ru":
        return {1: "тысяча", 2: "две тысячи", 3: "три тысячи", 4: "четыре тысячи"}.get(
            n, f"{UNITS['ru'][n]} тысяч"
        )
    if lang == "uk":
        return {1: "тисяча", 2: "дві тисячі", 3: "три тисячі", 4: "чотири тисячі"}.get(
            n, f"{UNITS['uk'][n]} тисяч"
        )
    if lang == "en":
        return f"{UNITS['en'][n]} thousand"
    return "tūkstantis" if n == 1 else f"{UNITS['lt'][n]} tūkstančiai"


def _hundreds(lang: str, n: int) -> str:
    if lang in HUNDREDS:
        return HUNDREDS[lang][n]
    if lang == "en":
        return f"{UNITS['en'][n]} hundred"
    return "šimtas" if n == 1 else f"{UNITS['lt'][n]} šimtai"


def cardinal(lang: str, n: int, en_and: bool = False) -> str:
    """Say 0..9999 as one number ("сорок семь", "four hundred and six")."""
    assert 0 <= n <= 9999
    if n == 0:
        return UNITS[lang][0]
    words: list[str] = []
    if n >= 1000:
        words.append(_thousands(lang, n // 1000))
    if n % 1000 >= 100:
        words.append(_hundreds(lang, n % 1000 // 100))
    rest = n % 100
    if rest and words and lang == "en" and en_and:
        words.append("and")
    if 10 <= rest <= 19:
        words.append(TEENS[lang][rest - 10])
    elif rest:
        if rest >= 20:
            words.append(TENS[lang][rest // 10])
        if rest % 10:
            words.append(UNITS[lang][rest % 10])
    return " ".join(words)


def digit_word(lang: str, d: str, en_oh: bool = False) -> str:
    if lang == "en" and d == "0" and en_oh:
        return "oh"
    return UNITS[lang][int(d)]


def say_chunk(lang: str, chunk: str, mode: str, rng: random.Random) -> str:
    """Say one chunk of digits: one by one, in pairs, or as one number (no leading zero)."""
    en_oh = rng.random() < 0.7
    if mode == "whole" and chunk[0] != "0" and len(chunk) <= 4:
        return cardinal(lang, int(chunk), en_and=rng.random() < 0.5)
    if mode == "pairs" and len(chunk) >= 2:
        parts = [chunk[i : i + 2] for i in range(0, len(chunk), 2)]
        return " ".join(
            say_chunk(lang, p, "whole" if p[0] != "0" else "digits", rng) for p in parts
        )
    words: list[str] = []
    i = 0
    while i < len(chunk):
        if lang == "en" and i + 1 < len(chunk) and chunk[i] == chunk[i + 1] and rng.random() < 0.5:
            words += ["double", digit_word(lang, chunk[i], en_oh)]
            i += 2
            continue
        words.append(digit_word(lang, chunk[i], en_oh))
        i += 1
    return " ".join(words)


def _lookup(lang: str) -> dict[str, tuple[str, int]]:
    table: dict[str, tuple[str, int]] = {}
    for i, w in enumerate(UNITS[lang]):
        table[w] = ("unit", i)
    for w, v in EXTRA_UNITS[lang].items():
        table[w] = ("unit", v)
    for i, w in enumerate(TEENS[lang]):
        table[w] = ("teen", 10 + i)
    for i, w in enumerate(TENS[lang]):
        if w != "-":
            table[w] = ("tens", 10 * i)
    for i, w in enumerate(HUNDREDS.get(lang, [])):
        if w != "-":
            table[w] = ("hundred", 100 * i)
    if lang == "lt":
        table["šimtas"] = ("hundred", 100)
    for w in HUNDRED_MULT.get(lang, ()):
        table[w] = ("hmult", 100)
    for w in THOUSAND[lang]:
        table[w] = ("thousand", 1000)
    if lang == "en":
        table.update({w: ("multi", v) for w, v in MULTI.items()})
        table["and"] = ("and", 0)
    return table


LOOKUP = {lang: _lookup(lang) for lang in UNITS}


def is_number_word(lang: str, token: str) -> bool:
    return token in LOOKUP[lang] and token != "and"


def read_numbers(lang: str, tokens: list[str]) -> list[str]:
    """Greedy listener: the digit strings a run of number words is heard as."""
    table = LOOKUP[lang]
    out: list[str] = []
    i = 0

    def kind(j: int) -> tuple[str, int]:
        return table.get(tokens[j], ("?", 0)) if j < len(tokens) else ("end", 0)

    while i < len(tokens):
        k, v = kind(i)
        if k == "multi":
            nk, nv = kind(i + 1)
            if nk != "unit":
                raise ValueError(f"'{tokens[i]}' not followed by a digit")
            out.append(str(nv) * v)
            i += 2
            continue
        if k == "unit" and v == 0:
            out.append("0")
            i += 1
            continue
        start, total = i, 0
        if k == "unit" and kind(i + 1)[0] == "thousand":
            total, i = v * 1000, i + 2
        elif k == "thousand":
            total, i = 1000, i + 1
        k, v = kind(i)
        if k == "hundred":
            total, i = total + v, i + 1
        elif k == "unit" and v and kind(i + 1)[0] == "hmult":
            total, i = total + v * 100, i + 2
        if i > start and kind(i)[0] == "and" and kind(i + 1)[0] in ("unit", "teen", "tens"):
            i += 1
        k, v = kind(i)
        if k == "teen":
            total, i = total + v, i + 1
        elif k == "tens":
            total, i = total + v, i + 1
            k2, v2 = kind(i)
            if k2 == "unit" and v2:
                total, i = total + v2, i + 1
        elif k == "unit" and v:
            total, i = total + v, i + 1
        if i == start:
            raise ValueError(f"not a number word: '{tokens[i]}'")
        out.append(str(total))
    return out


def heard_digits(lang: str, text: str) -> str:
    return "".join(read_numbers(lang, text.split()))


def say_digits(
    lang: str,
    digits: str,
    rng: random.Random,
    sizes: list[int] | None = None,
    modes: tuple[str, ...] = ("digits", "pairs", "whole"),
) -> str:
    """Say a digit string in chunks, re-drawing until a listener hears the same digits."""
    for _ in range(40):
        cut = sizes or _random_sizes(len(digits), rng)
        chunks, pos = [], 0
        for size in cut:
            chunks.append(digits[pos : pos + size])
            pos += size
        if pos < len(digits):
            chunks.append(digits[pos:])
        text = " ".join(say_chunk(lang, c, rng.choice(modes), rng) for c in chunks if c)
        if heard_digits(lang, text) == digits:
            return text
    text = say_chunk(lang, digits, "digits", rng)
    assert heard_digits(lang, text) == digits
    return text


def _random_sizes(n: int, rng: random.Random) -> list[int]:
    sizes: list[int] = []
    while sum(sizes) < n:
        sizes.append(rng.choice((2, 2, 3, 4, 4)))
    return sizes


# --- checksums -------------------------------------------------------------------------------


def luhn_ok(number: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(number)):
        d = int(ch)
        if i % 2:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def make_card(rng: random.Random, prefix: str, length: int) -> str:
    body = prefix + "".join(rng.choice("0123456789") for _ in range(length - len(prefix) - 1))
    for d in "0123456789":
        if luhn_ok(body + d):
            return body + d
    raise AssertionError("no Luhn digit")


INN_W11 = (7, 2, 4, 10, 3, 5, 9, 4, 6, 8)
INN_W12 = (3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8)


def inn12_ok(s: str) -> bool:
    if len(s) != 12 or not s.isdigit():
        return False
    d = [int(c) for c in s]
    c11 = sum(w * x for w, x in zip(INN_W11, d, strict=False)) % 11 % 10
    c12 = sum(w * x for w, x in zip(INN_W12, d, strict=False)) % 11 % 10
    return d[10] == c11 and d[11] == c12


def make_inn12(rng: random.Random) -> str:
    region = rng.choice(("77", "50", "78", "16", "66", "54", "23"))
    body = region + "".join(rng.choice("0123456789") for _ in range(8))
    d = [int(c) for c in body]
    d.append(sum(w * x for w, x in zip(INN_W11, d, strict=False)) % 11 % 10)
    d.append(sum(w * x for w, x in zip(INN_W12, d, strict=False)) % 11 % 10)
    out = "".join(map(str, d))
    assert inn12_ok(out)
    return out


def snils_check(nine: str) -> str:
    total = sum(int(c) * (9 - i) for i, c in enumerate(nine))
    if total > 101:
        total %= 101
    return "00" if total in (100, 101) else f"{total:02d}"


def snils_ok(s: str) -> bool:
    return len(s) == 11 and s.isdigit() and snils_check(s[:9]) == s[9:]


def make_snils(rng: random.Random) -> str:
    nine = str(rng.randint(2_000_000, 999_999_999)).zfill(9)
    return nine + snils_check(nine)


RNOKPP_W = (-1, 5, 7, 9, 4, 6, 10, 5, 7)


def rnokpp_ok(s: str) -> bool:
    if len(s) != 10 or not s.isdigit():
        return False
    total = sum(w * int(c) for w, c in zip(RNOKPP_W, s, strict=False))
    return total % 11 % 10 == int(s[9])


def make_rnokpp(rng: random.Random, days_since_1899: int, male: bool) -> str:
    while True:
        mid = f"{rng.randint(0, 999):03d}"
        sex = rng.choice("13579" if male else "02468")
        nine = f"{days_since_1899:05d}{mid}{sex}"
        total = sum(w * int(c) for w, c in zip(RNOKPP_W, nine, strict=False))
        out = nine + str(total % 11 % 10)
        if rnokpp_ok(out):
            return out


def asmens_kodas_ok(s: str) -> bool:
    if len(s) != 11 or not s.isdigit():
        return False
    d = [int(c) for c in s]
    k = sum(w * x for w, x in zip((1, 2, 3, 4, 5, 6, 7, 8, 9, 1), d, strict=False)) % 11
    if k == 10:
        k = sum(w * x for w, x in zip((3, 4, 5, 6, 7, 8, 9, 1, 2, 3), d, strict=False)) % 11
        k = 0 if k == 10 else k
    return d[10] == k


def make_asmens_kodas(rng: random.Random, year: int, month: int, day: int, male: bool) -> str:
    century = (3 if male else 4) if year < 2000 else (5 if male else 6)
    while True:
        ten = f"{century}{year % 100:02d}{month:02d}{day:02d}{rng.randint(0, 999):03d}"
        for k in "0123456789":
            if asmens_kodas_ok(ten + k):
                return ten + k


def iban_ok(iban: str) -> bool:
    s = iban.replace(" ", "")
    moved = s[4:] + s[:4]
    number = "".join(str(int(c, 36)) for c in moved)
    return len(s) > 14 and int(number) % 97 == 1


def make_iban(rng: random.Random, country: str, bban: str) -> str:
    moved = bban + country + "00"
    check = 98 - int("".join(str(int(c, 36)) for c in moved)) % 97
    out = f"{country}{check:02d}{bban}"
    assert iban_ok(out)
    return out


def group4(s: str) -> str:
    return " ".join(s[i : i + 4] for i in range(0, len(s), 4))


def ni_ok(s: str) -> bool:
    s = s.replace(" ", "")
    return (
        len(s) == 9
        and s[0] not in "DFIQUV"
        and s[1] not in "DFIQUVO"
        and s[:2].isalpha()
        and s[2:8].isdigit()
        and s[8] in "ABCD"
    )


def ssn_ok(s: str) -> bool:
    d = s.replace("-", "")
    return (
        len(d) == 9
        and d.isdigit()
        and d[:3] not in ("000", "666")
        and d[0] != "9"
        and d[3:5] != "00"
        and d[5:] != "0000"
    )


def self_test() -> None:
    """The checkers agree with published valid examples before they judge the set."""
    assert luhn_ok("4111111111111111") and not luhn_ok("4111111111111112")
    assert inn12_ok("500100732259")
    assert snils_ok("11223344595")
    assert asmens_kodas_ok("33309240064")
    assert iban_ok("GB82WEST12345698765432") and iban_ok("LT121000011101001000")
    assert iban_ok("UA213223130000026007233566001")
    assert heard_digits("ru", "сорок семь ноль пять") == "4705"
    assert heard_digits("en", "four hundred and six double oh") == "40600"
    assert heard_digits("lt", "du šimtai trisdešimt keturi") == "234"
    assert heard_digits("uk", "дві тисячі двадцять п'ять") == "2025"
