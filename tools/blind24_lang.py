"""Number words (ru/uk/en/lt, 0-9999) and check digits for the blind24 redaction set.

Written from scratch so the set shares no code with the detector it measures.
"""

from __future__ import annotations


def _words(line: str) -> list[str]:
    return line.split()


UNITS = {
    "ru": _words("ноль один два три четыре пять шесть семь восемь девять"),
    "uk": _words("нуль один два три чотири п'ять шість сім вісім дев'ять"),
    "en": _words("zero one two three four five six seven eight nine"),
    "lt": _words("nulis vienas du trys keturi penki šeši septyni aštuoni devyni"),
}
TEENS = {
    "ru": _words("десять одиннадцать двенадцать тринадцать четырнадцать пятнадцать шестнадцать "
           "семнадцать восемнадцать девятнадцать"),
    "uk": _words("десять одинадцять дванадцять тринадцять чотирнадцять п'ятнадцять шістнадцять "
           "сімнадцять вісімнадцять дев'ятнадцять"),
    "en": _words("ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen "
           "nineteen"),
    "lt": _words("dešimt vienuolika dvylika trylika keturiolika penkiolika šešiolika septyniolika "
           "aštuoniolika devyniolika"),
}
TENS = {
    "ru": "_ _ двадцать тридцать сорок пятьдесят шестьдесят семьдесят восемьдесят девяносто",
    "uk": "_ _ двадцять тридцять сорок п'ятдесят шістдесят сімдесят вісімдесят дев'яносто",
    "en": "_ _ twenty thirty forty fifty sixty seventy eighty ninety",
    "lt": ("_ _ dvidešimt trisdešimt keturiasdešimt penkiasdešimt šešiasdešimt "
           "septyniasdešimt aštuoniasdešimt devyniasdešimt"),
}
HUNDREDS = {
    "ru": "_ сто двести триста четыреста пятьсот шестьсот семьсот восемьсот девятьсот",
    "uk": "_ сто двісті триста чотириста п'ятсот шістсот сімсот вісімсот дев'ятсот",
}


def _below_100(n: int, lang: str) -> list[str]:
    if n < 10:
        return [UNITS[lang][n]]
    if n < 20:
        return [TEENS[lang][n - 10]]
    tens = TENS[lang].split()[n // 10]
    return [tens] if n % 10 == 0 else [tens, UNITS[lang][n % 10]]


def _below_1000(n: int, lang: str) -> list[str]:
    if n < 100:
        return _below_100(n, lang)
    head: list[str]
    if lang in HUNDREDS:
        head = [HUNDREDS[lang].split()[n // 100]]
    elif lang == "en":
        head = [UNITS["en"][n // 100], "hundred"]
    else:
        head = ["šimtas"] if n // 100 == 1 else [UNITS["lt"][n // 100], "šimtai"]
    rest = n % 100
    if not rest:
        return head
    if lang == "en":
        return [*head, "and", *_below_100(rest, lang)]
    return head + _below_100(rest, lang)


def _thousands(k: int, lang: str) -> list[str]:
    if lang == "en":
        return [*_below_100(k, "en"), "thousand"]
    if lang == "lt":
        return ["tūkstantis"] if k == 1 else [UNITS["lt"][k], "tūkstančiai"]
    if k == 1:
        return ["тысяча"] if lang == "ru" else ["тисяча"]
    if lang == "ru":
        word = {2: "две", 3: "три", 4: "четыре"}.get(k, UNITS["ru"][k])
        return [word, "тысячи" if k < 5 else "тысяч"]
    word = {2: "дві"}.get(k, UNITS["uk"][k])
    return [word, "тисячі" if k < 5 else "тисяч"]


def number_words(n: int, lang: str) -> str:
    """Cardinal number 0-9999 as a speech recogniser would write it (no digits)."""
    assert 0 <= n <= 9999, n
    if n == 0:
        return UNITS[lang][0]
    words: list[str] = []
    if n >= 1000:
        words += _thousands(n // 1000, lang)
    if n % 1000:
        words += _below_1000(n % 1000, lang)
    return " ".join(words)


def digit_words(digits: str, lang: str, oh: bool = False) -> str:
    """Digit by digit; English callers often say "oh" for zero."""
    names = UNITS[lang]
    return " ".join("oh" if (oh and d == "0") else names[int(d)] for d in digits)


def pair_words(digits: str, lang: str) -> str:
    """Two digits at a time; a pair with a leading zero is said digit by digit."""
    out = []
    for i in range(0, len(digits), 2):
        chunk = digits[i:i + 2]
        if len(chunk) == 1 or chunk[0] == "0":
            out.append(digit_words(chunk, lang, oh=lang == "en"))
        else:
            out.append(number_words(int(chunk), lang))
    return " ".join(out)


def luhn_ok(number: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(number)):
        d = int(ch)
        if i % 2 == 1:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def luhn_complete(body: str) -> str:
    """Append the one check digit that makes body Luhn-valid."""
    for d in "0123456789":
        if luhn_ok(body + d):
            return body + d
    raise AssertionError(body)


def iban_ok(iban: str) -> bool:
    s = iban.replace(" ", "")
    moved = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in moved)) % 97 == 1


def iban_make(country: str, bban: str) -> str:
    moved = bban + country + "00"
    check = 98 - int("".join(str(int(c, 36)) for c in moved)) % 97
    return f"{country}{check:02d}{bban}"


def inn12_ok(inn: str) -> bool:
    d = [int(c) for c in inn]
    w1 = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
    w2 = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
    c1 = sum(a * b for a, b in zip(w1, d, strict=False)) % 11 % 10
    c2 = sum(a * b for a, b in zip(w2, d, strict=False)) % 11 % 10
    return len(d) == 12 and d[10] == c1 and d[11] == c2


def inn12_make(body10: str) -> str:
    for a in range(10):
        for b in range(10):
            cand = f"{body10}{a}{b}"
            if inn12_ok(cand):
                return cand
    raise AssertionError(body10)


def rnokpp_ok(code: str) -> bool:
    w = [-1, 5, 7, 9, 4, 6, 10, 5, 7]
    d = [int(c) for c in code]
    return len(d) == 10 and sum(a * b for a, b in zip(w, d, strict=False)) % 11 % 10 == d[9]


def rnokpp_make(body9: str) -> str:
    return next(body9 + c for c in "0123456789" if rnokpp_ok(body9 + c))


def asmens_ok(code: str) -> bool:
    d = [int(c) for c in code]
    w1 = [1, 2, 3, 4, 5, 6, 7, 8, 9, 1]
    w2 = [3, 4, 5, 6, 7, 8, 9, 1, 2, 3]
    r = sum(a * b for a, b in zip(w1, d, strict=False)) % 11
    if r == 10:
        r = sum(a * b for a, b in zip(w2, d, strict=False)) % 11
        r = 0 if r == 10 else r
    return len(d) == 11 and r == d[10]


def asmens_make(body10: str) -> str:
    return next(body10 + c for c in "0123456789" if asmens_ok(body10 + c))


def self_test() -> None:
    """The checkers must accept published valid examples before they judge our values."""
    assert inn12_ok("500100732259")
    assert asmens_ok("33309240064")
    assert iban_ok("GB82WEST12345698765432") and iban_ok("LT121000011101001000")
    assert luhn_ok("4111111111111111") and not luhn_ok("4111111111111112")
    assert number_words(2204, "ru") == "две тысячи двести четыре"
    assert number_words(115, "en") == "one hundred and fifteen"
