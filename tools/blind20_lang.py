"""Number words, month names, ordinals and check digits for the blind20 redaction set.

Written from scratch for blind20 (ru/uk/en/lt) so that the set shares no code with the
detector or with earlier blind sets; the generator relies on these to say numbers the way an
ASR transcript writes them and to make every card, IBAN and ID number carry a valid checksum.
"""

from __future__ import annotations

import itertools
import random

ZERO = {"ru": "ноль", "uk": "нуль", "en": "zero", "lt": "nulis"}
UNITS = {
    "ru": ["ноль", "один", "два", "три", "четыре", "пять", "шесть", "семь", "восемь", "девять"],
    "uk": ["нуль", "один", "два", "три", "чотири", "п'ять", "шість", "сім", "вісім", "дев'ять"],
    "en": ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"],
    "lt": ["nulis", "vienas", "du", "trys", "keturi", "penki", "šeši", "septyni", "aštuoni",
           "devyni"],
}
TEENS = {
    "ru": ["десять", "одиннадцать", "двенадцать", "тринадцать", "четырнадцать", "пятнадцать",
           "шестнадцать", "семнадцать", "восемнадцать", "девятнадцать"],
    "uk": ["десять", "одинадцять", "дванадцять", "тринадцять", "чотирнадцять", "п'ятнадцять",
           "шістнадцять", "сімнадцять", "вісімнадцять", "дев'ятнадцять"],
    "en": ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
           "seventeen", "eighteen", "nineteen"],
    "lt": ["dešimt", "vienuolika", "dvylika", "trylika", "keturiolika", "penkiolika",
           "šešiolika", "septyniolika", "aštuoniolika", "devyniolika"],
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
THOUSAND = {"ru": ("тысяча", "тысячи", "тысяч"), "uk": ("тисяча", "тисячі", "тисяч"),
            "lt": ("tūkstantis", "tūkstančiai", "tūkstančių")}
FEMININE = {"ru": {1: "одна", 2: "две"}, "uk": {1: "одна", 2: "дві"}}


def plural(n: int, lang: str, forms: tuple[str, str, str]) -> str:
    """Pick the noun form a count needs (one / few / many); English uses forms[0] for 1."""
    if lang == "en":
        return forms[0] if n == 1 else forms[1]
    if lang == "lt":
        if n % 10 == 1 and n % 100 != 11:
            return forms[0]
        if 2 <= n % 10 <= 9 and not 12 <= n % 100 <= 19:
            return forms[1]
        return forms[2]
    if n % 10 == 1 and n % 100 != 11:
        return forms[0]
    if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
        return forms[1]
    return forms[2]


def _below_thousand(n: int, lang: str, feminine: bool = False) -> list[str]:
    words: list[str] = []
    hundreds, rest = divmod(n, 100)
    if hundreds:
        if lang == "en":
            words += [UNITS["en"][hundreds], "hundred"]
            if rest:
                words.append("and")
        elif lang == "lt":
            words += ["šimtas"] if hundreds == 1 else [UNITS["lt"][hundreds], "šimtai"]
        else:
            words.append(HUNDREDS[lang][hundreds])
    if 10 <= rest <= 19:
        words.append(TEENS[lang][rest - 10])
    else:
        tens, unit = divmod(rest, 10)
        if tens:
            words.append(TENS[lang][tens])
        if unit:
            if feminine and lang in FEMININE and unit in FEMININE[lang]:
                words.append(FEMININE[lang][unit])
            else:
                words.append(UNITS[lang][unit])
    return words


def cardinal(n: int, lang: str, feminine: bool = False) -> str:
    """0..999999 as words, the nominative form an ASR writes for a spoken number."""
    assert 0 <= n < 1_000_000
    if n == 0:
        return ZERO[lang]
    thousands, rest = divmod(n, 1000)
    words: list[str] = []
    if thousands:
        if lang == "en":
            words += [*_below_thousand(thousands, "en"), "thousand"]
        elif thousands == 1 and lang in ("ru", "uk", "lt"):
            words.append(THOUSAND[lang][0])
        else:
            words += _below_thousand(thousands, lang, feminine=lang in ("ru", "uk"))
            words.append(plural(thousands, lang, THOUSAND[lang]))
        if lang == "en" and 0 < rest < 100:
            words.append("and")
    if rest:
        words += _below_thousand(rest, lang, feminine)
    return " ".join(words)


def say_digits(digits: str, lang: str, zero: str | None = None) -> str:
    """Digit by digit; `zero` swaps in a colloquial zero ("oh", surzhyk "ноль")."""
    return " ".join(zero if (d == "0" and zero) else UNITS[lang][int(d)] for d in digits)


def say_pairs(digits: str, lang: str, zero: str | None = None) -> str:
    """Two digits at a time as tens+units; a leading zero is said on its own ("ноль семь")."""
    out = []
    for i in range(0, len(digits), 2):
        chunk = digits[i:i + 2]
        if len(chunk) == 1 or chunk[0] == "0":
            out.append(say_digits(chunk, lang, zero))
        else:
            out.append(cardinal(int(chunk), lang))
    return " ".join(out)


def say_whole(digits: str, lang: str, zero: str | None = None) -> str:
    """A group as one number ("четыре тысячи сто восемь"); leading zeros said separately."""
    stripped = digits.lstrip("0")
    lead = say_digits(digits[: len(digits) - len(stripped)], lang, zero)
    return " ".join(part for part in (lead, cardinal(int(stripped), lang) if stripped else "")
                    if part)


REPEATS = {
    "ru": {2: ["два нуля", "две единицы", "две двойки", "две тройки", "две четвёрки",
               "две пятёрки", "две шестёрки", "две семёрки", "две восьмёрки", "две девятки"],
           3: ["три нуля", "три единицы", "три двойки", "три тройки", "три четвёрки",
               "три пятёрки", "три шестёрки", "три семёрки", "три восьмёрки", "три девятки"]},
    "uk": {2: ["два нулі", "дві одиниці", "дві двійки", "дві трійки", "дві четвірки",
               "дві п'ятірки", "дві шістки", "дві сімки", "дві вісімки", "дві дев'ятки"],
           3: ["три нулі", "три одиниці", "три двійки", "три трійки", "три четвірки",
               "три п'ятірки", "три шістки", "три сімки", "три вісімки", "три дев'ятки"]},
    "lt": {2: ["du nuliai"], 3: ["trys nuliai"]},
}


def say_repeats(digits: str, lang: str, zero: str | None = None) -> str:
    """Digit by digit, but runs of 2-3 equal digits said as a count ("две семёрки",
    "double five", lt only for zeros "du nuliai"), as people do with repeated digits."""
    out, i = [], 0
    while i < len(digits):
        j = i
        while j < len(digits) and digits[j] == digits[i] and j - i < 3:
            j += 1
        run, d = j - i, int(digits[i])
        if run >= 2 and lang == "en":
            out.append(("double " if run == 2 else "triple ") + (zero or UNITS["en"][d]))
        elif run >= 2 and lang in ("ru", "uk"):
            out.append(REPEATS[lang][run][d])
        elif run >= 2 and lang == "lt" and d == 0:
            out.append(REPEATS["lt"][run][0])
        else:
            out.append(say_digits(digits[i:j], lang, zero))
        i = j
    return " ".join(out)


def has_run(digits: str) -> bool:
    return any(a == b for a, b in itertools.pairwise(digits))


MONTHS = {
    "ru": ["январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август",
           "сентябрь", "октябрь", "ноябрь", "декабрь"],
    "uk": ["січень", "лютий", "березень", "квітень", "травень", "червень", "липень",
           "серпень", "вересень", "жовтень", "листопад", "грудень"],
    "en": ["January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"],
    "lt": ["sausis", "vasaris", "kovas", "balandis", "gegužė", "birželis", "liepa",
           "rugpjūtis", "rugsėjis", "spalis", "lapkritis", "gruodis"],
}
MONTHS_GEN = {
    "ru": ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
           "сентября", "октября", "ноября", "декабря"],
    "uk": ["січня", "лютого", "березня", "квітня", "травня", "червня", "липня", "серпня",
           "вересня", "жовтня", "листопада", "грудня"],
    "en": MONTHS["en"],
    "lt": ["sausio", "vasario", "kovo", "balandžio", "gegužės", "birželio", "liepos",
           "rugpjūčio", "rugsėjo", "spalio", "lapkričio", "gruodžio"],
}

# Ordinal endings: ru/uk genitive ("двадцать девятого"), lt genitive plural for years
# ("dvidešimt devintų") and accusative for days ("dvyliktą"), en plain ordinals.
ORD = {
    "ru": (["", "первого", "второго", "третьего", "четвёртого", "пятого", "шестого",
            "седьмого", "восьмого", "девятого"],
           ["десятого", "одиннадцатого", "двенадцатого", "тринадцатого", "четырнадцатого",
            "пятнадцатого", "шестнадцатого", "семнадцатого", "восемнадцатого",
            "девятнадцатого"],
           ["", "", "двадцатого", "тридцатого", "сорокового", "пятидесятого", "шестидесятого",
            "семидесятого", "восьмидесятого", "девяностого"]),
    "uk": (["", "першого", "другого", "третього", "четвертого", "п'ятого", "шостого",
            "сьомого", "восьмого", "дев'ятого"],
           ["десятого", "одинадцятого", "дванадцятого", "тринадцятого", "чотирнадцятого",
            "п'ятнадцятого", "шістнадцятого", "сімнадцятого", "вісімнадцятого",
            "дев'ятнадцятого"],
           ["", "", "двадцятого", "тридцятого", "сорокового", "п'ятдесятого", "шістдесятого",
            "сімдесятого", "вісімдесятого", "дев'яностого"]),
    "lt_gen": (["", "pirmų", "antrų", "trečių", "ketvirtų", "penktų", "šeštų", "septintų",
                "aštuntų", "devintų"],
               ["dešimtų", "vienuoliktų", "dvyliktų", "tryliktų", "keturioliktų",
                "penkioliktų", "šešioliktų", "septynioliktų", "aštuonioliktų",
                "devynioliktų"],
               ["", "", "dvidešimtų", "trisdešimtų", "keturiasdešimtų", "penkiasdešimtų",
                "šešiasdešimtų", "septyniasdešimtų", "aštuoniasdešimtų", "devyniasdešimtų"]),
    "lt_acc": (["", "pirmą", "antrą", "trečią", "ketvirtą", "penktą", "šeštą", "septintą",
                "aštuntą", "devintą"],
               ["dešimtą", "vienuoliktą", "dvyliktą", "tryliktą", "keturioliktą",
                "penkioliktą", "šešioliktą", "septynioliktą", "aštuonioliktą",
                "devynioliktą"],
               ["", "", "dvidešimtą", "trisdešimtą", "", "", "", "", "", ""]),
    "en": (["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
            "ninth"],
           ["tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
            "sixteenth", "seventeenth", "eighteenth", "nineteenth"],
           ["", "", "twentieth", "thirtieth", "fortieth", "fiftieth", "sixtieth",
            "seventieth", "eightieth", "ninetieth"]),
}


def ordinal(n: int, table: str) -> str:
    """Ordinal of 1..2999 with every word cardinal but the last (how years are said)."""
    units, teens, tens = ORD[table]
    lang = table[:2]
    rest = n % 100
    if rest == 0:
        raise ValueError(f"no ordinal for round {n}")
    head = n - rest
    if 10 <= rest <= 19:
        last = teens[rest - 10]
    elif rest % 10 == 0:
        last = tens[rest // 10]
    else:
        last = units[rest % 10]
        head += rest - rest % 10
    assert last, f"ordinal {n} {table}"
    return f"{cardinal(head, lang)} {last}" if head else last


def say_year_en(year: int) -> str:
    """Years as English speakers say them: "nineteen eighty seven", "two thousand and five",
    "twenty twenty nine"."""
    if 2000 <= year <= 2009:
        return "two thousand" + (f" and {UNITS['en'][year % 10]}" if year % 10 else "")
    head, tail = divmod(year, 100)
    tail_words = f"oh {UNITS['en'][tail]}" if tail < 10 else cardinal(tail, "en")
    return f"{cardinal(head, 'en')} {tail_words}"


# ---- check digits -------------------------------------------------------------------------

def luhn_ok(number: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(number)):
        d = int(ch)
        if i % 2 == 1:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def luhn_complete(body: str) -> str:
    """Append the Luhn check digit to `body`."""
    for check in "0123456789":
        if luhn_ok(body + check):
            return body + check
    raise AssertionError(body)


def make_card(rng: random.Random, prefix: str, length: int) -> str:
    body = prefix + "".join(rng.choice("0123456789") for _ in range(length - len(prefix) - 1))
    return luhn_complete(body)


def iban_ok(iban: str) -> bool:
    moved = iban[4:] + iban[:4]
    numeric = "".join(str(int(ch, 36)) for ch in moved)
    return int(numeric) % 97 == 1


def make_iban(country: str, bban: str) -> str:
    moved = bban + country + "00"
    numeric = "".join(str(int(ch, 36)) for ch in moved)
    check = 98 - int(numeric) % 97
    iban = f"{country}{check:02d}{bban}"
    assert iban_ok(iban)
    return iban


def inn12_ok(inn: str) -> bool:
    """Russian personal INN: two check digits over weighted sums mod 11 mod 10."""
    w1 = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
    w2 = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
    d = [int(c) for c in inn]
    c1 = sum(a * b for a, b in zip(w1, d[:10], strict=True)) % 11 % 10
    c2 = sum(a * b for a, b in zip(w2, d[:11], strict=True)) % 11 % 10
    return len(d) == 12 and d[10] == c1 and d[11] == c2


def make_inn12(rng: random.Random, region: str) -> str:
    while True:
        body = region + "".join(rng.choice("0123456789") for _ in range(8))
        for a in "0123456789":
            for b in "0123456789":
                if inn12_ok(body + a + b):
                    return body + a + b


def rnokpp_ok(code: str) -> bool:
    """Ukrainian taxpayer number: weights (-1,5,7,9,4,6,10,5,7), sum mod 11 mod 10."""
    w = [-1, 5, 7, 9, 4, 6, 10, 5, 7]
    d = [int(c) for c in code]
    return len(d) == 10 and sum(a * b for a, b in zip(w, d[:9], strict=True)) % 11 % 10 == d[9]


def make_rnokpp(rng: random.Random, days_since_1899: int, female: bool) -> str:
    """First five digits are the birth date (days after 31.12.1899), the 9th digit's
    parity is the sex, as real RNOKPPs are built."""
    while True:
        mid = "".join(rng.choice("0123456789") for _ in range(3))
        sex = rng.choice("02468" if female else "13579")
        body = f"{days_since_1899:05d}{mid}{sex}"
        for c in "0123456789":
            if rnokpp_ok(body + c):
                return body + c


def asmens_kodas_ok(code: str) -> bool:
    d = [int(c) for c in code]
    if len(d) != 11:
        return False
    s = sum(a * b for a, b in zip([1, 2, 3, 4, 5, 6, 7, 8, 9, 1], d[:10], strict=True)) % 11
    if s == 10:
        s = sum(a * b for a, b in zip([3, 4, 5, 6, 7, 8, 9, 1, 2, 3], d[:10],
                                      strict=True)) % 11
        s = 0 if s == 10 else s
    return s == d[10]


def make_asmens_kodas(rng: random.Random, year: int, month: int, day: int,
                      female: bool) -> str:
    century = 3 if year < 2000 else 5
    head = f"{century + int(female)}{year % 100:02d}{month:02d}{day:02d}"
    while True:
        body = head + "".join(rng.choice("0123456789") for _ in range(3))
        for c in "0123456789":
            if asmens_kodas_ok(body + c):
                return body + c


def make_ni(rng: random.Random) -> str:
    """UK National Insurance number: valid prefix letters, six digits, suffix A-D."""
    first = rng.choice("ABCEGHJKLMNPRSTWXYZ")
    second = rng.choice("ABCEGHJKLMNPRSTWXYZ")
    while first + second in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
        second = rng.choice("ABCEHJKLMPRSTWXY")
    digits = "".join(rng.choice("0123456789") for _ in range(6))
    return f"{first}{second}{digits}{rng.choice('ABCD')}"


def self_test() -> None:
    """The check functions must accept published valid examples."""
    assert inn12_ok("500100732259")
    assert asmens_kodas_ok("33309240064")
    assert iban_ok("GB82WEST12345698765432")
    assert iban_ok("LT121000011101001000")
    assert luhn_ok("4111111111111111") and not luhn_ok("4111111111111112")
    assert cardinal(4108, "ru") == "четыре тысячи сто восемь"
    assert cardinal(2345, "uk") == "дві тисячі триста сорок п'ять"
    assert cardinal(1987, "lt") == "tūkstantis devyni šimtai aštuoniasdešimt septyni"
    assert ordinal(2029, "ru") == "две тысячи двадцать девятого"
    assert ordinal(1987, "uk") == "тисяча дев'ятсот вісімдесят сьомого"
    assert say_repeats("7710", "ru") == "две семёрки один ноль"
    assert say_year_en(2005) == "two thousand and five"
