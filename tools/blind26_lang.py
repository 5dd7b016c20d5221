"""Number words, plural forms, dates and checksums for the blind26 redaction set.

Written from scratch for this set (nothing from speechqa) so the labels do not inherit the
detector's own ideas of how numbers are spoken or checked.
"""

from __future__ import annotations


def _w(text: str) -> list[str]:
    """Word tables are kept as running text so they stay readable."""
    return text.split()


RU_ONES = _w(
    "ноль один два три четыре пять шесть семь восемь девять десять одиннадцать "
    "двенадцать тринадцать четырнадцать пятнадцать шестнадцать семнадцать "
    "восемнадцать девятнадцать"
)
RU_TENS = _w("- - двадцать тридцать сорок пятьдесят шестьдесят семьдесят восемьдесят девяносто")
RU_HUNDREDS = _w("- сто двести триста четыреста пятьсот шестьсот семьсот восемьсот девятьсот")
UK_ONES = _w(
    "нуль один два три чотири п'ять шість сім вісім дев'ять десять одинадцять "
    "дванадцять тринадцять чотирнадцять п'ятнадцять шістнадцять сімнадцять "
    "вісімнадцять дев'ятнадцять"
)
UK_TENS = _w("- - двадцять тридцять сорок п'ятдесят шістдесят сімдесят вісімдесят дев'яносто")
UK_HUNDREDS = _w("- сто двісті триста чотириста п'ятсот шістсот сімсот вісімсот дев'ятсот")
LT_ONES = _w(
    "nulis vienas du trys keturi penki šeši septyni aštuoni devyni dešimt vienuolika "
    "dvylika trylika keturiolika penkiolika šešiolika septyniolika aštuoniolika "
    "devyniolika"
)
LT_TENS = _w(
    "- - dvidešimt trisdešimt keturiasdešimt penkiasdešimt šešiasdešimt "
    "septyniasdešimt aštuoniasdešimt devyniasdešimt"
)
EN_ONES = _w(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen "
    "fourteen fifteen sixteen seventeen eighteen nineteen"
)
EN_TENS = ["-", "-", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]

MONTHS = {
    "ru": _w("января февраля марта апреля мая июня июля августа сентября октября ноября декабря"),
    "uk": _w(
        "січня лютого березня квітня травня червня липня серпня вересня жовтня листопада грудня"
    ),
    "en": _w(
        "January February March April May June July August September October November December"
    ),
    "lt": _w(
        "sausio vasario kovo balandžio gegužės birželio liepos rugpjūčio rugsėjo spalio "
        "lapkričio gruodžio"
    ),
}
ORD = {
    "ru": _w(
        "первое второе третье четвёртое пятое шестое седьмое восьмое девятое десятое "
        "одиннадцатое двенадцатое тринадцатое четырнадцатое пятнадцатое шестнадцатое "
        "семнадцатое восемнадцатое девятнадцатое двадцатое"
    ),
    "uk": _w(
        "перше друге третє четверте п'яте шосте сьоме восьме дев'яте десяте одинадцяте "
        "дванадцяте тринадцяте чотирнадцяте п'ятнадцяте шістнадцяте сімнадцяте "
        "вісімнадцяте дев'ятнадцяте двадцяте"
    ),
    "en": _w(
        "first second third fourth fifth sixth seventh eighth ninth tenth eleventh "
        "twelfth thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth "
        "nineteenth twentieth"
    ),
    "lt": _w(
        "pirmą antrą trečią ketvirtą penktą šeštą septintą aštuntą devintą dešimtą "
        "vienuoliktą dvyliktą tryliktą keturioliktą penkioliktą šešioliktą septynioliktą "
        "aštuonioliktą devynioliktą dvidešimtą"
    ),
}
ORD30 = {"ru": "тридцатое", "uk": "тридцяте", "en": "thirtieth", "lt": "trisdešimtą"}
THOUSAND = {
    "ru": ("тысяча", "тысячи", "тысяч"),
    "uk": ("тисяча", "тисячі", "тисяч"),
    "lt": ("tūkstantis", "tūkstančiai", "tūkstančių"),
}


def plural_form(lang: str, n: int) -> int:
    """0 = one, 1 = few, 2 = many (Slavic/Lithuanian rules; English: 0 or 2)."""
    if lang == "en":
        return 0 if n == 1 else 2
    if lang == "lt":
        if 11 <= n % 100 <= 19 or n % 10 == 0:
            return 2
        return 0 if n % 10 == 1 else 1
    if n % 10 == 1 and n % 100 != 11:
        return 0
    if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
        return 1
    return 2


def _below_thousand(lang: str, n: int, fem: bool) -> list[str]:
    words: list[str] = []
    hundreds, rest = divmod(n, 100)
    if lang == "en":
        if hundreds:
            words += [EN_ONES[hundreds], "hundred"] + (["and"] if rest else [])
        if rest >= 20:
            words.append(EN_TENS[rest // 10])
            if rest % 10:
                words.append(EN_ONES[rest % 10])
        elif rest or not words:
            words.append(EN_ONES[rest])
        return words
    ones, tens = {"ru": (RU_ONES, RU_TENS), "uk": (UK_ONES, UK_TENS), "lt": (LT_ONES, LT_TENS)}[
        lang
    ]
    if hundreds:
        if lang == "lt":
            words += ["šimtas"] if hundreds == 1 else [LT_ONES[hundreds], "šimtai"]
        else:
            words.append((RU_HUNDREDS if lang == "ru" else UK_HUNDREDS)[hundreds])
    if rest >= 20:
        words.append(tens[rest // 10])
        if rest % 10:
            words.append(ones[rest % 10])
    elif rest or not words:
        words.append(ones[rest])
    if fem and lang in ("ru", "uk") and words[-1] in ("один", "два") and rest % 100 not in (11, 12):
        words[-1] = {"один": "одна", "два": "две" if lang == "ru" else "дві"}[words[-1]]
    return words


def cardinal(lang: str, n: int, fem: bool = False) -> str:
    """Number 0..999999 in words (nominative)."""
    assert 0 <= n < 1_000_000
    thousands, rest = divmod(n, 1000)
    words: list[str] = []
    if thousands:
        if lang == "en":
            words += [*_below_thousand(lang, thousands, False), "thousand"]
        else:
            form = plural_form(lang, thousands)
            if thousands == 1:
                words.append(THOUSAND[lang][0])
            else:
                words += _below_thousand(lang, thousands, lang in ("ru", "uk"))
                words.append(THOUSAND[lang][form])
        if rest == 0:
            return " ".join(words)
        if lang == "en" and rest < 100:
            words.append("and")
    return " ".join(words + _below_thousand(lang, rest, fem))


def digit_word(lang: str, d: str, rng=None) -> str:
    if d == "0" and lang == "en":
        return "oh" if rng is None or rng.random() < 0.7 else "zero"
    return cardinal(lang, int(d))


def say_digits(lang: str, digits: str, rng, mode: str | None = None) -> str:
    """Say a digit string as Whisper writes it: digit by digit, in pairs or in triples."""
    mode = mode or rng.choice(["digits", "pairs", "pairs", "mixed"])
    out: list[str] = []
    i = 0
    while i < len(digits):
        step = {"digits": 1, "pairs": 2, "triples": 3}.get(mode) or rng.choice([1, 2, 2, 3])
        chunk = digits[i : i + step]
        if chunk[0] == "0" or len(chunk) == 1:
            out += [digit_word(lang, d, rng) for d in chunk]
        else:
            out.append(cardinal(lang, int(chunk)))
        i += step
    return " ".join(out)


def ordinal_day(lang: str, day: int) -> str:
    if day <= 20:
        return ORD[lang][day - 1]
    if day == 30:
        return ORD30[lang]
    tens = {"ru": "двадцать", "uk": "двадцять", "en": "twenty", "lt": "dvidešimt"}
    thirty = {"ru": "тридцать", "uk": "тридцять", "en": "thirty", "lt": "trisdešimt"}
    return f"{(tens if day < 30 else thirty)[lang]} {ORD[lang][day % 10 - 1]}"


def to_genitive(lang: str, ordinal: str) -> str:
    """ru/uk neuter ordinal → genitive (двенадцатое → двенадцатого)."""
    last = ordinal.split()[-1]
    if lang == "ru":
        new = last[:-2] + ("ьего" if last.endswith("ье") else "ого")
    elif lang == "uk":
        new = last[:-1] + ("ього" if last.endswith("є") else "ого")
    else:
        return ordinal
    return " ".join([*ordinal.split()[:-1], new])


# ---- word → digits parser used by the checks (independent of the renderer above) ----


def _vocab(lang: str) -> dict[str, tuple[str, int]]:
    ones, tens = {
        "ru": (RU_ONES, RU_TENS),
        "uk": (UK_ONES, UK_TENS),
        "lt": (LT_ONES, LT_TENS),
        "en": (EN_ONES, EN_TENS),
    }[lang]
    vocab: dict[str, tuple[str, int]] = {}
    for i, w in enumerate(ones):
        vocab[w] = ("one" if i < 10 else "teen", i)
    for i, w in enumerate(tens):
        if i >= 2:
            vocab[w] = ("ten", i * 10)
    if lang in ("ru", "uk"):
        for i, w in enumerate(RU_HUNDREDS if lang == "ru" else UK_HUNDREDS):
            if i:
                vocab[w] = ("hundred", i * 100)
        vocab.update({"одна": ("one", 1), "две": ("one", 2), "дві": ("one", 2)})
    if lang == "en":
        vocab["oh"] = ("one", 0)
    if lang == "lt":
        vocab["šimtas"] = ("hundred", 100)
    return vocab


def words_to_digits(lang: str, text: str) -> str:
    """Read spoken digits back: each number said (0–999) contributes its decimal digits."""
    vocab = _vocab(lang)
    toks = text.split()
    out: list[str] = []
    i = 0
    while i < len(toks):
        tok = toks[i]
        if len(tok) == 1 and tok.isalpha() and tok not in vocab:
            out.append(tok.upper())
            i += 1
            continue
        value, width = 0, 0
        if tok not in vocab:
            raise ValueError(f"cannot read {tok!r} in {text!r}")
        kind, num = vocab[tok]
        if kind == "one" and num == 0:
            out.append("0")
            i += 1
            continue
        # hundreds: ru/uk single word; en "<one> hundred [and]"; lt "šimtas" / "<one> šimtai"
        if kind == "hundred" or tok == "šimtas":
            value, width, i = (num if kind == "hundred" else 100), 3, i + 1
        elif kind == "one" and i + 1 < len(toks) and toks[i + 1] in ("hundred", "šimtai"):
            value, width, i = num * 100, 3, i + 2
            if i < len(toks) and toks[i] == "and":
                i += 1
        if i < len(toks) and toks[i] in vocab:
            kind, num = vocab[toks[i]]
            if kind in ("teen", "ten") or (kind == "one" and num and width == 3):
                value += num
                width = width or 2
                i += 1
                if (
                    kind == "ten"
                    and i < len(toks)
                    and vocab.get(toks[i], ("", 0))[0] == "one"
                    and vocab[toks[i]][1]
                ):
                    value += vocab[toks[i]][1]
                    i += 1
            elif kind == "one" and width == 0:
                value, width, i = num, 1, i + 1
        if width == 0:
            raise ValueError(f"cannot read {tok!r} in {text!r}")
        out.append(str(value).zfill(width))
    return "".join(out)


# ---- checksums ----


def luhn_ok(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def luhn_complete(body: str) -> str:
    for d in "0123456789":
        if luhn_ok(body + d):
            return body + d
    raise AssertionError(body)


def inn12_ok(s: str) -> bool:
    d = [int(c) for c in s]
    w11 = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
    w12 = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
    c11 = sum(a * b for a, b in zip(w11, d[:10], strict=True)) % 11 % 10
    c12 = sum(a * b for a, b in zip(w12, d[:11], strict=True)) % 11 % 10
    return len(d) == 12 and d[10] == c11 and d[11] == c12


def snils_check(body: str) -> int:
    total = sum(int(c) * (9 - i) for i, c in enumerate(body))
    if total < 100:
        return total
    if total in (100, 101):
        return 0
    total %= 101
    return 0 if total == 100 else total


def snils_ok(s: str) -> bool:
    return len(s) == 11 and int(s[9:]) == snils_check(s[:9]) and int(s[:9]) > 1001998


def rnokpp_ok(s: str) -> bool:
    w = [-1, 5, 7, 9, 4, 6, 10, 5, 7]
    return len(s) == 10 and sum(a * int(b) for a, b in zip(w, s[:9], strict=True)) % 11 % 10 == int(
        s[9]
    )


def asmens_check(body: str) -> int:
    d = [int(c) for c in body]
    s = sum(a * b for a, b in zip([1, 2, 3, 4, 5, 6, 7, 8, 9, 1], d, strict=True)) % 11
    if s != 10:
        return s
    s = sum(a * b for a, b in zip([3, 4, 5, 6, 7, 8, 9, 1, 2, 3], d, strict=True)) % 11
    return 0 if s == 10 else s


def asmens_ok(s: str) -> bool:
    return len(s) == 11 and asmens_check(s[:10]) == int(s[10])


def _iban_number(s: str) -> int:
    return int("".join(str(int(c, 36)) for c in s))


def iban_ok(s: str) -> bool:
    return len(s) >= 15 and _iban_number(s[4:] + s[:4]) % 97 == 1


def iban_make(country: str, bban: str) -> str:
    check = 98 - _iban_number(bban + country + "00") % 97
    return f"{country}{check:02d}{bban}"


def self_test() -> None:
    """The checkers agree with published valid examples before they judge our data."""
    assert luhn_ok("4111111111111111") and not luhn_ok("4111111111111112")
    assert inn12_ok("500100732259") and asmens_ok("33309240064")
    assert iban_ok("GB82WEST12345698765432") and iban_ok("LT121000011101001000")
    assert snils_ok("11223344595") and rnokpp_ok(_rnokpp_example())
    assert words_to_digits("ru", "сорок два ноль пять сто двенадцать") == "4205112"
    assert words_to_digits("en", "four hundred and six oh one") == "40601"
    assert words_to_digits("lt", "du šimtai trisdešimt vienas nulis") == "2310"


def _rnokpp_example() -> str:
    body = "312456789"
    w = [-1, 5, 7, 9, 4, 6, 10, 5, 7]
    return body + str(sum(a * int(b) for a, b in zip(w, body, strict=True)) % 11 % 10)
