"""Number words, check digits and ID makers for the blind10 redaction set.

Written from scratch (no import from speechqa) so the set stays independent of the detector.
"""

from __future__ import annotations

import random
import string

DIGITS = {
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


def below_1000(n: int, lang: str) -> str:
    """Cardinal 0..999 in the nominative, the way callers say money and digit groups."""
    if n < 10:
        return DIGITS[lang][n]
    words: list[str] = []
    hundreds, rest = divmod(n, 100)
    if hundreds:
        if lang in HUNDREDS:
            words.append(HUNDREDS[lang][hundreds])
        elif lang == "en":
            words += [DIGITS["en"][hundreds], "hundred"]
        else:
            words += ["šimtas"] if hundreds == 1 else [DIGITS["lt"][hundreds], "šimtai"]
    if 10 <= rest < 20:
        words.append(TEENS[lang][rest - 10])
    elif rest:
        tens, unit = divmod(rest, 10)
        if tens:
            words.append(TENS[lang][tens])
        if unit:
            words.append(DIGITS[lang][unit])
    return " ".join(words)


def _plural(lang: str, n: int, forms: tuple[str, str, str]) -> str:
    """Pick the noun form after n: ru/uk one/few/many, lt one/few/many(10-20, tens)."""
    if lang in ("ru", "uk"):
        if n % 10 == 1 and n % 100 != 11:
            return forms[0]
        if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
            return forms[1]
        return forms[2]
    if lang == "lt":
        if n % 10 == 0 or 11 <= n % 100 <= 19:
            return forms[2]
        return forms[0] if n % 10 == 1 else forms[1]
    return forms[0] if n == 1 else forms[2]


def cardinal(n: int, lang: str) -> str:
    """Cardinal below a million (money, mileage, counts)."""
    thousands, rest = divmod(n, 1000)
    if not thousands:
        return below_1000(n, lang)
    if lang == "en":
        head = below_1000(thousands, lang) + " thousand"
    elif lang == "lt":
        head = ("" if thousands == 1 else below_1000(thousands, lang) + " ") + _plural(
            "lt", thousands, ("tūkstantis", "tūkstančiai", "tūkstančių")
        )
    else:
        forms = ("тысяча", "тысячи", "тысяч") if lang == "ru" else ("тисяча", "тисячі", "тисяч")
        words = below_1000(thousands, lang).split()
        if words[-1] == "один":
            words[-1] = "одна"
        elif words[-1] == "два":
            words[-1] = "две" if lang == "ru" else "дві"
        head = ("" if thousands == 1 else " ".join(words) + " ") + _plural(lang, thousands, forms)
    return head if not rest else head + " " + below_1000(rest, lang)


def noun(lang: str, n: int, forms: tuple[str, str, str]) -> str:
    return _plural(lang, n, forms)


def say_digits(digits: str, lang: str, rng: random.Random, habit: str | None = None) -> str:
    """Spoken form of a digit string in one of the reading habits callers use."""
    habit = habit or rng.choice(["single", "pairs", "triples", "mixed"])
    out: list[str] = []
    pos = 0
    while pos < len(digits):
        if habit == "single":
            size = 1
        elif habit == "pairs":
            size = 2
        elif habit == "triples":
            size = 3
        else:
            size = rng.choice([1, 2, 2, 3])
        chunk = digits[pos : pos + size]
        pos += size
        # A group ending in 0 read as a number ("twenty", "сто") would merge with the next
        # group when heard, so callers (and we) read such inner groups digit by digit.
        merges = chunk.endswith("0") and pos < len(digits)
        if len(chunk) == 1 or chunk.startswith("0") or merges:
            for digit in chunk:
                word = DIGITS[lang][int(digit)]
                if lang == "en" and digit == "0" and rng.random() < 0.7:
                    word = "oh"
                out.append(word)
        else:
            out.append(below_1000(int(chunk), lang))
    return " ".join(out)


def group(digits: str, sizes: list[int], sep: str = " ") -> str:
    """Written grouping such as 3-3-4 or 2-2-2-2."""
    parts, pos = [], 0
    for size in sizes:
        if pos >= len(digits):
            break
        parts.append(digits[pos : pos + size])
        pos += size
    if pos < len(digits):
        parts.append(digits[pos:])
    return sep.join(parts)


def rand_digits(rng: random.Random, n: int, first_nonzero: bool = True) -> str:
    head = str(rng.randint(1, 9)) if first_nonzero else str(rng.randint(0, 9))
    return head + "".join(str(rng.randint(0, 9)) for _ in range(n - 1))


def luhn_ok(number: str) -> bool:
    total = 0
    for index, char in enumerate(reversed(number)):
        digit = int(char)
        if index % 2:
            digit = digit * 2 - 9 if digit > 4 else digit * 2
        total += digit
    return total % 10 == 0


def card_number(rng: random.Random, length: int | None = None) -> str:
    """Luhn-valid card number, 13-19 digits, with a realistic issuer prefix."""
    length = length or rng.choice([16, 16, 16, 16, 15, 19, 13, 18, 17, 14])
    prefix = rng.choice(["4", "51", "53", "55", "2200", "2202", "34", "37", "6011", "35"])
    body = prefix + "".join(str(rng.randint(0, 9)) for _ in range(length - len(prefix) - 1))
    for check in "0123456789":
        if luhn_ok(body + check):
            return body + check
    raise AssertionError("unreachable")


def inn_ok(inn: str) -> bool:
    digits = [int(c) for c in inn]
    w11 = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
    w12 = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
    c11 = sum(a * b for a, b in zip(w11, digits, strict=False)) % 11 % 10
    c12 = sum(a * b for a, b in zip(w12, digits, strict=False)) % 11 % 10
    return len(inn) == 12 and digits[10] == c11 and digits[11] == c12


def inn(rng: random.Random) -> str:
    base = rand_digits(rng, 10)
    w11 = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
    base += str(sum(a * int(b) for a, b in zip(w11, base, strict=False)) % 11 % 10)
    w12 = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
    return base + str(sum(a * int(b) for a, b in zip(w12, base, strict=False)) % 11 % 10)


def _snils_check(nine: str) -> int:
    total = sum(int(c) * (9 - i) for i, c in enumerate(nine))
    if total < 100:
        return total
    if total in (100, 101):
        return 0
    total %= 101
    return 0 if total == 100 else total


def snils_ok(snils: str) -> bool:
    return len(snils) == 11 and int(snils[9:]) == _snils_check(snils[:9])


def snils(rng: random.Random) -> str:
    nine = str(rng.randint(2000000, 999999999)).zfill(9)
    return nine + f"{_snils_check(nine):02d}"


RNOKPP_WEIGHTS = [-1, 5, 7, 9, 4, 6, 10, 5, 7]


def rnokpp_ok(code: str) -> bool:
    total = sum(w * int(c) for w, c in zip(RNOKPP_WEIGHTS, code, strict=False))
    return len(code) == 10 and total % 11 % 10 == int(code[9])


def rnokpp(rng: random.Random) -> str:
    nine = rand_digits(rng, 9, first_nonzero=True)
    total = sum(w * int(c) for w, c in zip(RNOKPP_WEIGHTS, nine, strict=False))
    return nine + str(total % 11 % 10)


def _ak_check(ten: str) -> int:
    for weights in ([1, 2, 3, 4, 5, 6, 7, 8, 9, 1], [3, 4, 5, 6, 7, 8, 9, 1, 2, 3]):
        rest = sum(w * int(c) for w, c in zip(weights, ten, strict=False)) % 11
        if rest != 10:
            return rest
    return 0


def asmens_kodas_ok(code: str) -> bool:
    return len(code) == 11 and int(code[10]) == _ak_check(code[:10])


def asmens_kodas(rng: random.Random, year: int, month: int, day: int) -> str:
    female = rng.random() < 0.5
    first = (3 if year < 2000 else 5) + (1 if female else 0)
    ten = f"{first}{year % 100:02d}{month:02d}{day:02d}{rng.randint(0, 999):03d}"
    return ten + str(_ak_check(ten))


def iban_ok(iban: str) -> bool:
    moved = iban[4:] + iban[:4]
    numeric = "".join(str(int(c, 36)) for c in moved)
    return int(numeric) % 97 == 1


def iban(rng: random.Random, country: str) -> str:
    if country == "LT":
        bban = rng.choice(["73000", "70440", "40100", "21400"]) + rand_digits(rng, 11, False)
    elif country == "UA":
        bban = rng.choice(["305299", "322001", "320478"]) + "0000" + rand_digits(rng, 15, False)
    else:
        bban = rng.choice(["NWBK", "BARC", "LOYD", "MIDL"]) + rand_digits(rng, 14, False)
    numeric = "".join(str(int(c, 36)) for c in bban + country + "00")
    check = 98 - int(numeric) % 97
    return f"{country}{check:02d}{bban}"


def uk_ni(rng: random.Random) -> str:
    letters = "ABCEGHJKLMNPRSTWXYZ"
    first = rng.choice(letters.replace("Z", ""))
    second = rng.choice(letters.replace("O", ""))
    return first + second + rand_digits(rng, 6, False) + rng.choice("ABCD")


def us_ssn(rng: random.Random) -> str:
    area = rng.choice([n for n in range(1, 900) if n != 666])
    return f"{area:03d}{rng.randint(1, 99):02d}{rng.randint(1, 9999):04d}"


def ssn_ok(ssn: str) -> bool:
    return (
        ssn[:3] not in ("000", "666") and ssn[0] != "9" and ssn[3:5] != "00" and ssn[5:] != "0000"
    )


def latin_letters(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.ascii_uppercase) for _ in range(n))


def _word_values(lang: str) -> dict[str, tuple[str, int]]:
    table: dict[str, tuple[str, int]] = {}
    for value, word in enumerate(DIGITS[lang]):
        table[word] = ("unit", value)
    for value, word in enumerate(TEENS[lang]):
        table[word] = ("teen", 10 + value)
    for value, word in enumerate(TENS[lang]):
        if word != "_":
            table[word] = ("tens", 10 * value)
    if lang in HUNDREDS:
        for value, word in enumerate(HUNDREDS[lang]):
            if word != "_":
                table[word] = ("hundred", 100 * value)
    if lang == "en":
        table["oh"] = ("unit", 0)
    if lang == "lt":
        table["šimtas"] = ("hundred", 100)
    return table


def spoken_to_digits(text: str, lang: str) -> str | None:
    """Parse digit words back to the digit string (None if a word is not a number word)."""
    table = _word_values(lang)
    words = text.split()
    out, index = "", 0
    while index < len(words):
        word = words[index]
        nxt = words[index + 1] if index + 1 < len(words) else None
        if word not in table:
            return None
        kind, value = table[word]
        if kind == "unit" and nxt in ("hundred", "šimtai") and value > 0:
            kind, value = "hundred", value * 100
            index += 1
        index += 1
        if kind in ("unit", "teen"):
            out += str(value)
            continue
        total, stage = value, kind
        while index < len(words) and words[index] in table:
            next_kind, next_value = table[words[index]]
            if (stage == "hundred" and next_kind in ("tens", "teen")) or (
                stage in ("hundred", "tens") and next_kind == "unit" and next_value > 0
            ):
                total += next_value
                stage = "tens" if next_kind == "tens" else "done"
                index += 1
                if stage == "done":
                    break
            else:
                break
        out += str(total)
    return out
