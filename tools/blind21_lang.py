"""Number words, ordinals, month names and check-digit rules for the blind21 generator.

Written from scratch so the blind set shares no code with the detector it is meant to test.
Number words cover 0-999 999 in ru/uk/en/lt; ordinals cover the date forms the set uses.
Started by the first blind21 helper, trimmed to what the generator uses by the second.
"""

from __future__ import annotations

import random

UNITS = {
    "ru": ["ноль", "один", "два", "три", "четыре", "пять", "шесть", "семь", "восемь",
           "девять", "десять", "одиннадцать", "двенадцать", "тринадцать", "четырнадцать",
           "пятнадцать", "шестнадцать", "семнадцать", "восемнадцать", "девятнадцать"],
    "uk": ["нуль", "один", "два", "три", "чотири", "п'ять", "шість", "сім", "вісім",
           "дев'ять", "десять", "одинадцять", "дванадцять", "тринадцять", "чотирнадцять",
           "п'ятнадцять", "шістнадцять", "сімнадцять", "вісімнадцять", "дев'ятнадцять"],
    "en": ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
           "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
           "seventeen", "eighteen", "nineteen"],
    "lt": ["nulis", "vienas", "du", "trys", "keturi", "penki", "šeši", "septyni", "aštuoni",
           "devyni", "dešimt", "vienuolika", "dvylika", "trylika", "keturiolika",
           "penkiolika", "šešiolika", "septyniolika", "aštuoniolika", "devyniolika"],
}
TENS = {
    "ru": ["", "", "двадцать", "тридцать", "сорок", "пятьдесят", "шестьдесят", "семьдесят",
           "восемьдесят", "девяносто"],
    "uk": ["", "", "двадцять", "тридцять", "сорок", "п'ятдесят", "шістдесят", "сімдесят",
           "вісімдесят", "дев'яносто"],
    "en": ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty",
           "ninety"],
    "lt": ["", "", "dvidešimt", "trisdešimt", "keturiasdešimt", "penkiasdešimt",
           "šešiasdešimt", "septyniasdešimt", "aštuoniasdešimt", "devyniasdešimt"],
}
HUNDREDS = {
    "ru": ["", "сто", "двести", "триста", "четыреста", "пятьсот", "шестьсот", "семьсот",
           "восемьсот", "девятьсот"],
    "uk": ["", "сто", "двісті", "триста", "чотириста", "п'ятсот", "шістсот", "сімсот",
           "вісімсот", "дев'ятсот"],
}
FEMININE = {"ru": {1: "одна", 2: "две"}, "uk": {1: "одна", 2: "дві"}}


def plural_form(lang: str, n: int, forms: tuple[str, str, str]) -> str:
    """Pick the noun form a count needs: (one, few, many) for ru/uk/lt."""
    last2, last = n % 100, n % 10
    if lang == "lt":
        if last == 0 or 10 <= last2 <= 19:
            return forms[2]
        return forms[0] if last == 1 else forms[1]
    if 11 <= last2 <= 14:
        return forms[2]
    if last == 1:
        return forms[0]
    return forms[1] if 2 <= last <= 4 else forms[2]


def _below_thousand(lang: str, n: int, feminine: bool = False, en_and: bool = False) -> list[str]:
    words: list[str] = []
    hundreds, rest = divmod(n, 100)
    if hundreds:
        if lang == "en":
            words += [UNITS["en"][hundreds], "hundred"]
            if rest and en_and:
                words.append("and")
        elif lang == "lt":
            words += ["šimtas"] if hundreds == 1 else [UNITS["lt"][hundreds], "šimtai"]
        else:
            words.append(HUNDREDS[lang][hundreds])
    if rest == 0:
        return words or [UNITS[lang][0]]
    tens, unit = divmod(rest, 10)
    if rest < 20:
        small = [rest]
    else:
        words.append(TENS[lang][tens])
        small = [unit] if unit else []
    for value in small:
        if feminine and lang in FEMININE and value in FEMININE[lang]:
            words.append(FEMININE[lang][value])
        else:
            words.append(UNITS[lang][value])
    return words


def number(lang: str, n: int, feminine: bool = False, en_and: bool = False) -> str:
    """Cardinal number words, 0-999 999 (thousands agree in gender and case form)."""
    if not 0 <= n < 1_000_000:
        raise ValueError(n)
    thousands, rest = divmod(n, 1000)
    words: list[str] = []
    if thousands:
        if lang == "en":
            words += [*_below_thousand("en", thousands, en_and=en_and), "thousand"]
        elif lang == "lt":
            head = [] if thousands == 1 else _below_thousand("lt", thousands)
            words += [*head, plural_form("lt", thousands,
                                         ("tūkstantis", "tūkstančiai", "tūkstančių"))]
        else:
            head = [] if thousands == 1 else _below_thousand(lang, thousands, feminine=True)
            noun = ("тысяча", "тысячи", "тысяч") if lang == "ru" else ("тисяча", "тисячі", "тисяч")
            words += [*head, plural_form(lang, thousands, noun)]
        if rest == 0:
            return " ".join(words)
        if lang == "en" and en_and and rest < 100:
            words.append("and")
    words += _below_thousand(lang, rest, feminine=feminine, en_and=en_and)
    return " ".join(words)


def digit_word(lang: str, digit: str, zero: str | None = None) -> str:
    """One digit as a word; `zero` overrides the word for 0 (en "oh", uk surzhyk "ноль")."""
    if digit == "0" and zero:
        return zero
    return UNITS[lang][int(digit)]


def chunk_words(lang: str, chunk: str, zero: str | None = None, en_and: bool = False) -> str:
    """A digit chunk said as one number; leading zeros are said one by one first."""
    stripped = chunk.lstrip("0")
    head = [digit_word(lang, "0", zero) for _ in range(len(chunk) - len(stripped))]
    if stripped:
        head.append(number(lang, int(stripped), en_and=en_and))
    return " ".join(head)


def digits_words(lang: str, digits: str, zero: str | None = None) -> str:
    return " ".join(digit_word(lang, d, zero) for d in digits)


# ---- ordinals -------------------------------------------------------------------------

_RU_GEN = ["", "первого", "второго", "третьего", "четвёртого", "пятого", "шестого", "седьмого",
           "восьмого", "девятого", "десятого", "одиннадцатого", "двенадцатого", "тринадцатого",
           "четырнадцатого", "пятнадцатого", "шестнадцатого", "семнадцатого",
           "восемнадцатого", "девятнадцатого"]
_RU_GEN_TENS = ["", "", "двадцатого", "тридцатого", "сорокового", "пятидесятого",
                "шестидесятого", "семидесятого", "восьмидесятого", "девяностого"]
_UK_GEN = ["", "першого", "другого", "третього", "четвертого", "п'ятого", "шостого", "сьомого",
           "восьмого", "дев'ятого", "десятого", "одинадцятого", "дванадцятого",
           "тринадцятого", "чотирнадцятого", "п'ятнадцятого", "шістнадцятого",
           "сімнадцятого", "вісімнадцятого", "дев'ятнадцятого"]
_UK_GEN_TENS = ["", "", "двадцятого", "тридцятого", "сорокового", "п'ятдесятого",
                "шістдесятого", "сімдесятого", "вісімдесятого", "дев'яностого"]
# Lithuanian ordinal stems 1-19 and round tens; endings are added per case.
_LT_STEM = ["", "pirm", "antr", "treči", "ketvirt", "penkt", "šešt", "septint", "aštunt",
            "devint", "dešimt", "vienuolikt", "dvylikt", "trylikt", "keturiolikt",
            "penkiolikt", "šešiolikt", "septyniolikt", "aštuoniolikt", "devyniolikt"]
_LT_TEN_STEM = ["", "", "dvidešimt", "trisdešimt", "keturiasdešimt", "penkiasdešimt",
                "šešiasdešimt", "septyniasdešimt", "aštuoniasdešimt", "devyniasdešimt"]
_EN_ORD = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
           "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
           "sixteenth", "seventeenth", "eighteenth", "nineteenth"]
_EN_ORD_TENS = ["", "", "twentieth", "thirtieth"]


def ordinal_genitive(lang: str, n: int) -> str:
    """ru/uk genitive ordinal 1-99 ("двадцать девятого", "вісімдесят сьомого")."""
    gen, gen_tens = (_RU_GEN, _RU_GEN_TENS) if lang == "ru" else (_UK_GEN, _UK_GEN_TENS)
    if n < 20:
        return gen[n]
    tens, unit = divmod(n, 10)
    return f"{TENS[lang][tens]} {gen[unit]}" if unit else gen_tens[tens]


def lt_ordinal(n: int, ending: str) -> str:
    """Lithuanian ordinal 1-99 with one case ending on its last word (i: nom. pl. masc.,
    ais: instr. pl. masc., ą: acc. sg. fem.)."""
    def stem_word(stem: str) -> str:
        if stem == "treči" and ending == "i":
            return "treti"
        return stem + ending

    if n < 20:
        return stem_word(_LT_STEM[n])
    tens, unit = divmod(n, 10)
    if unit:
        return f"{_LT_TEN_STEM[tens]} {stem_word(_LT_STEM[unit])}"
    return stem_word(_LT_TEN_STEM[tens])


def en_ordinal(n: int) -> str:
    if n < 20:
        return _EN_ORD[n]
    tens, unit = divmod(n, 10)
    return f"{TENS['en'][tens]} {_EN_ORD[unit]}" if unit else _EN_ORD_TENS[tens]


def en_year(year: int) -> str:
    """'nineteen eighty seven', 'nineteen oh five'."""
    head, tail = divmod(year, 100)
    if tail == 0:
        return f"{number('en', head)} hundred"
    tail_words = f"oh {UNITS['en'][tail]}" if tail < 10 else number("en", tail)
    return f"{number('en', head)} {tail_words}"


MONTHS_GEN = {
    "ru": ["", "января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
           "сентября", "октября", "ноября", "декабря"],
    "uk": ["", "січня", "лютого", "березня", "квітня", "травня", "червня", "липня", "серпня",
           "вересня", "жовтня", "листопада", "грудня"],
    "en": ["", "January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"],
    "lt": ["", "sausio", "vasario", "kovo", "balandžio", "gegužės", "birželio", "liepos",
           "rugpjūčio", "rugsėjo", "spalio", "lapkričio", "gruodžio"],
}


# ---- check digits -----------------------------------------------------------------------

def luhn_valid(digits: str) -> bool:
    total = 0
    for index, char in enumerate(reversed(digits)):
        value = int(char)
        if index % 2 == 1:
            value = value * 2 - 9 if value > 4 else value * 2
        total += value
    return total % 10 == 0


def luhn_complete(prefix: str, length: int, rng: random.Random) -> str:
    """A Luhn-valid number of `length` digits starting with `prefix`."""
    body = prefix + "".join(str(rng.randrange(10)) for _ in range(length - len(prefix) - 1))
    for check in "0123456789":
        if luhn_valid(body + check):
            return body + check
    raise AssertionError(body)


def iban_valid(iban: str) -> bool:
    moved = iban[4:] + iban[:4]
    return int("".join(str(int(c, 36)) for c in moved)) % 97 == 1


def make_iban(country: str, bban: str) -> str:
    moved = bban + country + "00"
    check = 98 - int("".join(str(int(c, 36)) for c in moved)) % 97
    return f"{country}{check:02d}{bban}"


def snils_check(first9: str) -> str:
    """СНИЛС control number: weighted sum 9..1, reduced mod 101, 100 -> 00."""
    total = sum(int(d) * w for d, w in zip(first9, range(9, 0, -1), strict=True))
    if total > 101:
        total %= 101
    return "00" if total in (100, 101) else f"{total:02d}"


def make_snils(rng: random.Random) -> str:
    first9 = f"{rng.randrange(2_000_000, 999_999_999):09d}"
    return first9 + snils_check(first9)


def rnokpp_valid(code: str) -> bool:
    weights = [-1, 5, 7, 9, 4, 6, 10, 5, 7]
    total = sum(int(d) * w for d, w in zip(code[:9], weights, strict=True))
    return len(code) == 10 and total % 11 % 10 == int(code[9])


def make_rnokpp(days_since_1899: int, rng: random.Random, female: bool) -> str:
    """uk RNOKPP: 5 digits of days since 31.12.1899, 3 serial, sex digit, check digit."""
    while True:
        serial = f"{rng.randrange(1000):03d}"
        sex = str(rng.choice([0, 2, 4, 6, 8]) if female else rng.choice([1, 3, 5, 7, 9]))
        body = f"{days_since_1899:05d}{serial}{sex}"
        for check in "0123456789":
            if rnokpp_valid(body + check):
                return body + check


def asmens_kodas_check(first10: str) -> int:
    d = [int(c) for c in first10]
    total = sum(a * b for a, b in zip(d, [1, 2, 3, 4, 5, 6, 7, 8, 9, 1], strict=True)) % 11
    if total != 10:
        return total
    total = sum(a * b for a, b in zip(d, [3, 4, 5, 6, 7, 8, 9, 1, 2, 3], strict=True)) % 11
    return 0 if total == 10 else total


def make_asmens_kodas(year: int, month: int, day: int, female: bool, rng: random.Random) -> str:
    century = 3 if year < 2000 else 5
    first = str(century + (1 if female else 0))
    first10 = f"{first}{year % 100:02d}{month:02d}{day:02d}{rng.randrange(1000):03d}"
    return first10 + str(asmens_kodas_check(first10))


def ru_account_key_valid(bic: str, account: str) -> bool:
    """Russian 20-digit account: last three BIC digits + account, weights 7-1-3, sum % 10 == 0."""
    digits = bic[-3:] + account
    weights = [7, 1, 3] * 8
    return len(account) == 20 and sum(
        int(d) * w for d, w in zip(digits, weights[:23], strict=True)) % 10 == 0


def make_ru_account(bic: str, prefix: str, rng: random.Random) -> str:
    rest = "".join(str(rng.randrange(10)) for _ in range(20 - len(prefix) - 1))
    for key in "0123456789":
        account = prefix + key + rest
        if ru_account_key_valid(bic, account):
            return account
    raise AssertionError(prefix)


def self_test() -> None:
    """Run the check rules on published valid examples before trusting them."""
    assert asmens_kodas_check("3330924006") == 4
    assert iban_valid("GB82WEST12345698765432")
    assert iban_valid("LT121000011101001000")
    assert luhn_valid("4111111111111111")
    assert snils_check("112233445") == "95"
    assert make_iban("GB", "WEST12345698765432") == "GB82WEST12345698765432"
    assert number("ru", 2022) == "две тысячи двадцать два"
    assert number("uk", 21_001, feminine=True) == "двадцять одна тисяча одна"
    assert number("lt", 12_300) == "dvylika tūkstančių trys šimtai"
    assert number("en", 105, en_and=True) == "one hundred and five"
    assert lt_ordinal(87, "ais") == "aštuoniasdešimt septintais"
    assert lt_ordinal(3, "ą") == "trečią"
    assert lt_ordinal(23, "i") == "dvidešimt treti"
