"""Language data and check-digit arithmetic for the blind22 redaction set.

Written from scratch for tools/make_redaction_blind22.py so that the set shares no code with
the detector it measures: number words (ru/uk/en/lt), dates, phonetic spelling alphabets,
declined names, and the checksums (Luhn, IBAN mod 97, INN-12, SNILS, RNOKPP, asmens kodas,
Russian account key) that make the synthetic values look like real ones to a validator.
"""

from __future__ import annotations

import datetime as dt

DIGITS = {
    "ru": ["ноль", "один", "два", "три", "четыре", "пять", "шесть", "семь", "восемь", "девять"],
    "uk": ["нуль", "один", "два", "три", "чотири", "п'ять", "шість", "сім", "вісім", "дев'ять"],
    "en": ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"],
    "lt": ["nulis", "vienas", "du", "trys", "keturi", "penki", "šeši", "septyni", "aštuoni",
           "devyni"],
}
_TEENS = {
    "ru": ["десять", "одиннадцать", "двенадцать", "тринадцать", "четырнадцать", "пятнадцать",
           "шестнадцать", "семнадцать", "восемнадцать", "девятнадцать"],
    "uk": ["десять", "одинадцять", "дванадцять", "тринадцять", "чотирнадцять", "п'ятнадцять",
           "шістнадцять", "сімнадцять", "вісімнадцять", "дев'ятнадцять"],
    "en": ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
           "seventeen", "eighteen", "nineteen"],
    "lt": ["dešimt", "vienuolika", "dvylika", "trylika", "keturiolika", "penkiolika",
           "šešiolika", "septyniolika", "aštuoniolika", "devyniolika"],
}
_TENS = {
    "ru": ["", "", "двадцать", "тридцать", "сорок", "пятьдесят", "шестьдесят", "семьдесят",
           "восемьдесят", "девяносто"],
    "uk": ["", "", "двадцять", "тридцять", "сорок", "п'ятдесят", "шістдесят", "сімдесят",
           "вісімдесят", "дев'яносто"],
    "en": ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty",
           "ninety"],
    "lt": ["", "", "dvidešimt", "trisdešimt", "keturiasdešimt", "penkiasdešimt",
           "šešiasdešimt", "septyniasdešimt", "aštuoniasdešimt", "devyniasdešimt"],
}
_HUNDREDS = {
    "ru": ["", "сто", "двести", "триста", "четыреста", "пятьсот", "шестьсот", "семьсот",
           "восемьсот", "девятьсот"],
    "uk": ["", "сто", "двісті", "триста", "чотириста", "п'ятсот", "шістсот", "сімсот",
           "вісімсот", "дев'ятсот"],
}


def _below_1000(n: int, lang: str, feminine: bool = False) -> list[str]:
    """Words for 1..999; `feminine` gives ru/uk одна/две(дві) before 'thousand'."""
    words: list[str] = []
    hundreds, rest = divmod(n, 100)
    if hundreds:
        if lang in ("ru", "uk"):
            words.append(_HUNDREDS[lang][hundreds])
        elif lang == "en":
            words += [DIGITS["en"][hundreds], "hundred"]
            if rest:
                words.append("and")
        else:
            words += ["šimtas"] if hundreds == 1 else [DIGITS["lt"][hundreds], "šimtai"]
    tens, units = divmod(rest, 10)
    if tens == 1:
        words.append(_TEENS[lang][units])
    else:
        if tens:
            words.append(_TENS[lang][tens])
        if units:
            word = DIGITS[lang][units]
            if feminine and lang == "ru" and units in (1, 2):
                word = "одна" if units == 1 else "две"
            if feminine and lang == "uk" and units in (1, 2):
                word = "одна" if units == 1 else "дві"
            words.append(word)
    return words


def _plural(n: int, one: str, few: str, many: str, lang: str) -> str:
    """Slavic/Lithuanian noun agreement after a number."""
    last, last_two = n % 10, n % 100
    if lang == "lt":
        if last == 0 or 10 <= last_two <= 19:
            return many
        return one if last == 1 else few
    if last == 1 and last_two != 11:
        return one
    if 2 <= last <= 4 and not 12 <= last_two <= 14:
        return few
    return many


_THOUSAND = {"ru": ("тысяча", "тысячи", "тысяч"), "uk": ("тисяча", "тисячі", "тисяч"),
             "lt": ("tūkstantis", "tūkstančiai", "tūkstančių")}


def cardinal(n: int, lang: str) -> str:
    """Cardinal number 0..999 999 in words, as a caller says it."""
    assert 0 <= n < 1_000_000
    if n == 0:
        return DIGITS[lang][0]
    thousands, rest = divmod(n, 1000)
    words: list[str] = []
    if thousands:
        if lang == "en":
            words += [*_below_1000(thousands, "en"), "thousand"]
            if rest and rest < 100:
                words.append("and")
        else:
            if thousands > 1:
                words += _below_1000(thousands, lang, feminine=True)
            words.append(_plural(thousands, *_THOUSAND[lang], lang))
    if rest:
        words += _below_1000(rest, lang)
    return " ".join(words)


def digit_words(digits: str, lang: str, zero: str | None = None) -> str:
    """One word per digit; `zero` overrides the word for 0 (en 'oh')."""
    return " ".join((zero if d == "0" and zero else DIGITS[lang][int(d)]) for d in digits)


def chunk_words(chunk: str, lang: str, zero: str | None = None) -> str:
    """A run of digits said as one number, or digit by digit when it starts with zero."""
    if chunk.startswith("0") or len(chunk) == 1:
        return digit_words(chunk, lang, zero)
    return cardinal(int(chunk), lang)


# --- ordinals and dates -------------------------------------------------------------------

_ORD_GEN = {
    "ru": {1: "первого", 2: "второго", 3: "третьего", 4: "четвёртого", 5: "пятого",
           6: "шестого", 7: "седьмого", 8: "восьмого", 9: "девятого", 10: "десятого",
           11: "одиннадцатого", 12: "двенадцатого", 13: "тринадцатого", 14: "четырнадцатого",
           15: "пятнадцатого", 16: "шестнадцатого", 17: "семнадцатого", 18: "восемнадцатого",
           19: "девятнадцатого", 20: "двадцатого", 30: "тридцатого", 40: "сорокового",
           50: "пятидесятого", 60: "шестидесятого", 70: "семидесятого", 80: "восьмидесятого",
           90: "девяностого"},
    "uk": {1: "першого", 2: "другого", 3: "третього", 4: "четвертого", 5: "п'ятого",
           6: "шостого", 7: "сьомого", 8: "восьмого", 9: "дев'ятого", 10: "десятого",
           11: "одинадцятого", 12: "дванадцятого", 13: "тринадцятого", 14: "чотирнадцятого",
           15: "п'ятнадцятого", 16: "шістнадцятого", 17: "сімнадцятого", 18: "вісімнадцятого",
           19: "дев'ятнадцятого", 20: "двадцятого", 30: "тридцятого", 40: "сорокового",
           50: "п'ятдесятого", 60: "шістдесятого", 70: "сімдесятого", 80: "вісімдесятого",
           90: "дев'яностого"},
    "lt": {1: "pirmų", 2: "antrų", 3: "trečių", 4: "ketvirtų", 5: "penktų", 6: "šeštų",
           7: "septintų", 8: "aštuntų", 9: "devintų", 10: "dešimtų", 11: "vienuoliktų",
           12: "dvyliktų", 13: "tryliktų", 14: "keturioliktų", 15: "penkioliktų",
           16: "šešioliktų", 17: "septynioliktų", 18: "aštuonioliktų", 19: "devynioliktų",
           20: "dvidešimtų", 30: "trisdešimtų", 40: "keturiasdešimtų", 50: "penkiasdešimtų",
           60: "šešiasdešimtų", 70: "septyniasdešimtų", 80: "aštuoniasdešimtų",
           90: "devyniasdešimtų"},
}
_LT_DAY_ACC = {1: "pirmą", 2: "antrą", 3: "trečią", 4: "ketvirtą", 5: "penktą", 6: "šeštą",
               7: "septintą", 8: "aštuntą", 9: "devintą", 10: "dešimtą", 11: "vienuoliktą",
               12: "dvyliktą", 13: "tryliktą", 14: "keturioliktą", 15: "penkioliktą",
               16: "šešioliktą", 17: "septynioliktą", 18: "aštuonioliktą",
               19: "devynioliktą", 20: "dvidešimtą", 30: "trisdešimtą"}
_EN_ORD = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth",
           7: "seventh", 8: "eighth", 9: "ninth", 10: "tenth", 11: "eleventh", 12: "twelfth",
           13: "thirteenth", 14: "fourteenth", 15: "fifteenth", 16: "sixteenth",
           17: "seventeenth", 18: "eighteenth", 19: "nineteenth", 20: "twentieth",
           30: "thirtieth"}


def _ordinal_below_100(n: int, table: dict[int, str], lang: str) -> list[str]:
    if n in table:
        return [table[n]]
    tens, units = divmod(n, 10)
    return [_TENS[lang][tens], table[units]]


def ordinal_gen(n: int, lang: str) -> str:
    """ru/uk genitive (lt genitive plural) ordinal 1..2099 without round hundreds: a day or year."""
    table = _ORD_GEN[lang]
    if n < 100:
        return " ".join(_ordinal_below_100(n, table, lang))
    thousands, rest = divmod(n, 1000)
    assert rest % 100, "round hundreds are not needed"
    head = cardinal(thousands * 1000 + rest // 100 * 100, lang)
    return " ".join([head, *_ordinal_below_100(rest % 100, table, lang)])


def en_ordinal(n: int) -> str:
    if n in _EN_ORD:
        return _EN_ORD[n]
    tens, units = divmod(n, 10)
    return f"{_TENS['en'][tens]} {_EN_ORD[units]}"


def lt_day_acc(n: int) -> str:
    if n in _LT_DAY_ACC:
        return _LT_DAY_ACC[n]
    tens, units = divmod(n, 10)
    return f"{_TENS['lt'][tens]} {_LT_DAY_ACC[units]}"


def en_year(year: int) -> str:
    """'nineteen eighty seven', 'two thousand and four'."""
    if 2000 <= year < 2010:
        return "two thousand and " + DIGITS["en"][year - 2000] if year > 2000 else "two thousand"
    head, tail = divmod(year, 100)
    tail_words = cardinal(tail, "en") if tail >= 10 else f"oh {DIGITS['en'][tail]}"
    return f"{cardinal(head, 'en')} {tail_words}"


MONTHS = {
    "ru": ["январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь",
           "октябрь", "ноябрь", "декабрь"],
    "uk": ["січень", "лютий", "березень", "квітень", "травень", "червень", "липень", "серпень",
           "вересень", "жовтень", "листопад", "грудень"],
    "en": ["january", "february", "march", "april", "may", "june", "july", "august",
           "september", "october", "november", "december"],
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


# --- check digits ---------------------------------------------------------------------------

def luhn_ok(digits: str) -> bool:
    total = 0
    for index, char in enumerate(reversed(digits)):
        value = int(char)
        if index % 2:
            value = value * 2 - 9 if value > 4 else value * 2
        total += value
    return total % 10 == 0


def luhn_complete(body: str) -> str:
    """Append the Luhn check digit."""
    for check in "0123456789":
        if luhn_ok(body + check):
            return body + check
    raise AssertionError("unreachable")


def iban_ok(iban: str) -> bool:
    compact = iban.replace(" ", "")
    moved = compact[4:] + compact[:4]
    numeric = "".join(str(int(char, 36)) for char in moved)
    return int(numeric) % 97 == 1


def iban_make(country: str, bban: str) -> str:
    numeric = "".join(str(int(char, 36)) for char in bban + country + "00")
    check = 98 - int(numeric) % 97
    return f"{country}{check:02d}{bban}"


def inn12_ok(inn: str) -> bool:
    digits = [int(char) for char in inn]
    w11 = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
    w12 = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
    c11 = sum(a * b for a, b in zip(w11, digits, strict=False)) % 11 % 10
    c12 = sum(a * b for a, b in zip(w12, digits, strict=False)) % 11 % 10
    return len(digits) == 12 and digits[10] == c11 and digits[11] == c12


def inn12_make(body10: str) -> str:
    for a in "0123456789":
        for b in "0123456789":
            if inn12_ok(body10 + a + b):
                return body10 + a + b
    raise AssertionError("unreachable")


def snils_check(body9: str) -> str:
    """The two control digits of a Russian SNILS (pension insurance number)."""
    total = sum(int(d) * (9 - i) for i, d in enumerate(body9))
    if total > 101:
        total %= 101
    return "00" if total in (100, 101) else f"{total:02d}"


def rnokpp_make(birth: dt.date, serial3: str, female: bool) -> str:
    """uk RNOKPP: days since 1899-12-31, serial, sex digit (even = female), check digit."""
    days = (birth - dt.date(1899, 12, 31)).days
    for sex in "0123456789":
        if (int(sex) % 2 == 0) != female:
            continue
        body = f"{days:05d}{serial3}{sex}"
        weights = [-1, 5, 7, 9, 4, 6, 10, 5, 7]
        check = sum(w * int(d) for w, d in zip(weights, body, strict=True)) % 11 % 10
        return body + str(check)
    raise AssertionError("unreachable")


def rnokpp_ok(code: str) -> bool:
    weights = [-1, 5, 7, 9, 4, 6, 10, 5, 7]
    check = sum(w * int(d) for w, d in zip(weights, code[:9], strict=True)) % 11 % 10
    return len(code) == 10 and int(code[9]) == check


def asmens_kodas_ok(code: str) -> bool:
    digits = [int(char) for char in code]
    first = sum(d * w for d, w in zip(digits, [1, 2, 3, 4, 5, 6, 7, 8, 9, 1], strict=False))
    check = first % 11
    if check == 10:
        second = sum(d * w for d, w in zip(digits, [3, 4, 5, 6, 7, 8, 9, 1, 2, 3],
                                           strict=False))
        check = second % 11 % 10
    return len(code) == 11 and digits[10] == check


def asmens_kodas_make(birth: dt.date, serial3: str, female: bool) -> str:
    century = 3 if birth.year < 2000 else 5
    body = f"{century + int(female)}{birth:%y%m%d}{serial3}"
    for check in "0123456789":
        if asmens_kodas_ok(body + check):
            return body + check
    raise AssertionError("unreachable")


def ru_account_ok(account: str, bic: str) -> bool:
    """The key digit of a Russian bank account, checked with the bank's BIC."""
    number = bic[-3:] + account
    weights = [7, 1, 3] * 8
    return len(account) == 20 and sum(int(d) * w for d, w in zip(number, weights,
                                                                     strict=False)) % 10 == 0


def ru_account_make(body: str, bic: str) -> str:
    """`body` is 20 digits; position 9 (the key) is replaced until the account checks."""
    for key in "0123456789":
        account = body[:8] + key + body[9:]
        if ru_account_ok(account, bic):
            return account
    raise AssertionError("unreachable")


def self_test() -> None:
    """Published valid examples, so the checks themselves are checked."""
    assert luhn_ok("4111111111111111") and not luhn_ok("4111111111111112")
    assert iban_ok("GB82WEST12345698765432") and iban_ok("LT121000011101001000")
    assert inn12_ok("500100732259")
    assert asmens_kodas_ok("33309240064")
    assert snils_check("112233445") == "95"
    assert cardinal(4276, "ru") == "четыре тысячи двести семьдесят шесть"
    assert cardinal(2201, "uk") == "дві тисячі двісті один"
    assert cardinal(1152, "lt") == "tūkstantis šimtas penkiasdešimt du"
    assert cardinal(412, "en") == "four hundred and twelve"
    assert ordinal_gen(1987, "ru") == "тысяча девятьсот восемьдесят седьмого"


# --- people ----------------------------------------------------------------------------------
# Each person: sex, first name, patronymic (ru/uk, may be ""), surname, diminutive, and the full
# name in every case the exchanges need. ru forms come from the rules below; uk/lt are listed.

CASES = ("nom", "gen", "dat", "acc", "ins", "loc")


def _ru_first(name: str, sex: str) -> dict[str, str]:
    if sex == "m":
        if name.endswith("ий"):
            stem, ends = name[:-2], ("ий", "ия", "ию", "ия", "ием", "ии")
        elif name.endswith(("й", "ь")):
            stem, ends = name[:-1], (name[-1], "я", "ю", "я", "ем", "е")
        else:
            stem, ends = name, ("", "а", "у", "а", "ом", "е")
    elif name.endswith("ия"):
        stem, ends = name[:-2], ("ия", "ии", "ии", "ию", "ией", "ии")
    elif name.endswith("я"):
        stem, ends = name[:-1], ("я", "и", "е", "ю", "ей", "е")
    else:
        stem = name[:-1]
        soft = stem[-1] in "гкхжшчщ"
        hush = stem[-1] in "жшчщц"
        ends = ("а", "и" if soft else "ы", "е", "у", "ей" if hush else "ой", "е")
    return {case: stem + end for case, end in zip(CASES, ends, strict=True)}


def _ru_patronymic(name: str, sex: str) -> dict[str, str]:
    if not name:
        return dict.fromkeys(CASES, "")
    if sex == "m":
        ends = ("", "а", "у", "а", "ем", "е")
        return {case: name + end for case, end in zip(CASES, ends, strict=True)}
    ends = ("а", "ы", "е", "у", "ой", "е")
    return {case: name[:-1] + end for case, end in zip(CASES, ends, strict=True)}


def _ru_surname(name: str, sex: str) -> dict[str, str]:
    if name.endswith(("ко", "их", "ых")):
        return dict.fromkeys(CASES, name)
    if sex == "m":
        ends = ("", "а", "у", "а", "ым", "е")
        return {case: name + end for case, end in zip(CASES, ends, strict=True)}
    ends = ("а", "ой", "ой", "у", "ой", "ой")
    return {case: name[:-1] + end for case, end in zip(CASES, ends, strict=True)}


def _ru_person(first: str, patronymic: str, surname: str, sex: str, dim: str) -> dict:
    f, p, s = _ru_first(first, sex), _ru_patronymic(patronymic, sex), _ru_surname(surname, sex)
    d = _ru_first(dim, "f" if dim.endswith(("а", "я")) else sex)
    person = {"sex": sex, "first": first, "patronymic": patronymic, "surname": surname,
              "dim": d, "first_cases": f, "surname_cases": s,
              "fp": {c: f"{f[c]} {p[c]}" for c in CASES} if patronymic else None}
    person.update({c: " ".join(x for x in (f[c], p[c], s[c]) if x) for c in CASES})
    person["fs"] = {c: f"{f[c]} {s[c]}" for c in CASES}
    return person


RU_PEOPLE = [
    _ru_person("Вера", "Сергеевна", "Лапина", "f", "Верочка"),
    _ru_person("Геннадий", "Петрович", "Сомов", "m", "Гена"),
    _ru_person("Тимофей", "Андреевич", "Белов", "m", "Тимоша"),
    _ru_person("Алиса", "Олеговна", "Гусева", "f", "Алиска"),
    _ru_person("Наталья", "Игоревна", "Черных", "f", "Наташа"),
    _ru_person("Степан", "Аркадьевич", "Горбунов", "m", "Стёпа"),
    _ru_person("Лидия", "Марковна", "Федосеева", "f", "Лида"),
    _ru_person("Олег", "Викторович", "Гринько", "m", "Олежка"),
    _ru_person("Александра", "Юрьевна", "Котова", "f", "Шура"),
    _ru_person("Борис", "Ефимович", "Рудаков", "m", "Боря"),
]


def _listed(sex: str, first: str, patronymic: str, surname: str, dim: str,
            forms: dict[str, str], voc: str, first_cases: dict[str, str]) -> dict:
    person = {"sex": sex, "first": first, "patronymic": patronymic, "surname": surname,
              "dim": {"nom": dim}, "voc": voc, "first_cases": first_cases,
              "surname_cases": dict.fromkeys(CASES, surname), "fp": None, "fs": None}
    person.update(forms)
    return person


def _uk(sex: str, first: str, patronymic: str, surname: str, dim: str, voc: str,
        rows: list[tuple[str, str, str]]) -> dict:
    """rows: (first, patronymic, surname) for gen, dat, acc, ins, loc."""
    nom = (first, patronymic, surname)
    table = dict(zip(CASES, [nom, *rows], strict=True))
    forms = {c: " ".join(x for x in table[c] if x) for c in CASES}
    person = _listed(sex, first, patronymic, surname, dim, forms, voc,
                     {c: table[c][0] for c in CASES})
    person["surname_cases"] = {c: table[c][2] for c in CASES}
    person["fs"] = {c: f"{table[c][0]} {table[c][2]}" for c in CASES}
    if patronymic:
        person["fp"] = {c: f"{table[c][0]} {table[c][1]}" for c in CASES}
    return person


UK_PEOPLE = [
    _uk("f", "Олена", "Петрівна", "Коваль", "Оленка", "Олено Петрівно", [
        ("Олени", "Петрівни", "Коваль"), ("Олені", "Петрівні", "Коваль"),
        ("Олену", "Петрівну", "Коваль"), ("Оленою", "Петрівною", "Коваль"),
        ("Олені", "Петрівні", "Коваль")]),
    _uk("m", "Богдан", "Іванович", "Ткачук", "Богданчик", "Богдане Івановичу", [
        ("Богдана", "Івановича", "Ткачука"), ("Богданові", "Івановичу", "Ткачуку"),
        ("Богдана", "Івановича", "Ткачука"), ("Богданом", "Івановичем", "Ткачуком"),
        ("Богданові", "Івановичу", "Ткачукові")]),
    _uk("f", "Ярина", "", "Гнатюк", "Яринка", "Ярино", [
        ("Ярини", "", "Гнатюк"), ("Ярині", "", "Гнатюк"), ("Ярину", "", "Гнатюк"),
        ("Яриною", "", "Гнатюк"), ("Ярині", "", "Гнатюк")]),
    _uk("m", "Тарас", "", "Бондаренко", "Тарасик", "Тарасе", [
        ("Тараса", "", "Бондаренка"), ("Тарасові", "", "Бондаренку"),
        ("Тараса", "", "Бондаренка"), ("Тарасом", "", "Бондаренком"),
        ("Тарасові", "", "Бондаренку")]),
    _uk("f", "Людмила", "Іванівна", "Кравець", "Люда", "Людмило Іванівно", [
        ("Людмили", "Іванівни", "Кравець"), ("Людмилі", "Іванівні", "Кравець"),
        ("Людмилу", "Іванівну", "Кравець"), ("Людмилою", "Іванівною", "Кравець"),
        ("Людмилі", "Іванівні", "Кравець")]),
    _uk("m", "Андрій", "", "Савчук", "Андрійко", "Андрію", [
        ("Андрія", "", "Савчука"), ("Андрієві", "", "Савчуку"), ("Андрія", "", "Савчука"),
        ("Андрієм", "", "Савчуком"), ("Андрієві", "", "Савчукові")]),
    _uk("m", "Остап", "Григорович", "Левчук", "Остапчик", "Остапе Григоровичу", [
        ("Остапа", "Григоровича", "Левчука"), ("Остапові", "Григоровичу", "Левчуку"),
        ("Остапа", "Григоровича", "Левчука"), ("Остапом", "Григоровичем", "Левчуком"),
        ("Остапові", "Григоровичу", "Левчукові")]),
    _uk("f", "Мирослава", "", "Мельничук", "Мирося", "Мирославо", [
        ("Мирослави", "", "Мельничук"), ("Мирославі", "", "Мельничук"),
        ("Мирославу", "", "Мельничук"), ("Мирославою", "", "Мельничук"),
        ("Мирославі", "", "Мельничук")]),
]


def _lt(sex: str, first: str, surname: str, dim: str, voc: str,
        rows: list[tuple[str, str]]) -> dict:
    """rows: (first, surname) for gen, dat, acc, ins, loc."""
    table = dict(zip(CASES, [(first, surname), *rows], strict=True))
    forms = {c: f"{table[c][0]} {table[c][1]}" for c in CASES}
    person = _listed(sex, first, "", surname, dim, forms, voc,
                     {c: table[c][0] for c in CASES})
    person["surname_cases"] = {c: table[c][1] for c in CASES}
    person["fs"] = forms
    return person


LT_PEOPLE = [
    _lt("f", "Gintarė", "Žukauskienė", "Gintarėlė", "Gintare", [
        ("Gintarės", "Žukauskienės"), ("Gintarei", "Žukauskienei"),
        ("Gintarę", "Žukauskienę"), ("Gintare", "Žukauskiene"),
        ("Gintarėje", "Žukauskienėje")]),
    _lt("m", "Mindaugas", "Petrauskas", "Mindaugėlis", "Mindaugai", [
        ("Mindaugo", "Petrausko"), ("Mindaugui", "Petrauskui"), ("Mindaugą", "Petrauską"),
        ("Mindaugu", "Petrausku"), ("Mindauge", "Petrauske")]),
    _lt("f", "Aistė", "Kazlauskaitė", "Aistutė", "Aiste", [
        ("Aistės", "Kazlauskaitės"), ("Aistei", "Kazlauskaitei"), ("Aistę", "Kazlauskaitę"),
        ("Aiste", "Kazlauskaite"), ("Aistėje", "Kazlauskaitėje")]),
    _lt("m", "Darius", "Jankauskas", "Dariukas", "Dariau", [
        ("Dariaus", "Jankausko"), ("Dariui", "Jankauskui"), ("Darių", "Jankauską"),
        ("Dariumi", "Jankausku"), ("Dariuje", "Jankauske")]),
    _lt("f", "Laima", "Stankevičienė", "Laimutė", "Laima", [
        ("Laimos", "Stankevičienės"), ("Laimai", "Stankevičienei"),
        ("Laimą", "Stankevičienę"), ("Laima", "Stankevičiene"),
        ("Laimoje", "Stankevičienėje")]),
    _lt("m", "Vytenis", "Balčiūnas", "Vytukas", "Vyteni", [
        ("Vytenio", "Balčiūno"), ("Vyteniui", "Balčiūnui"), ("Vytenį", "Balčiūną"),
        ("Vyteniu", "Balčiūnu"), ("Vytenyje", "Balčiūne")]),
    _lt("f", "Jūratė", "Butkienė", "Jūrelė", "Jūrate", [
        ("Jūratės", "Butkienės"), ("Jūratei", "Butkienei"), ("Jūratę", "Butkienę"),
        ("Jūrate", "Butkiene"), ("Jūratėje", "Butkienėje")]),
    _lt("m", "Saulius", "Vasiliauskas", "Saulukas", "Sauliau", [
        ("Sauliaus", "Vasiliausko"), ("Sauliui", "Vasiliauskui"), ("Saulių", "Vasiliauską"),
        ("Sauliumi", "Vasiliausku"), ("Sauliuje", "Vasiliauske")]),
]


def _en(sex: str, first: str, surname: str, dim: str) -> dict:
    forms = dict.fromkeys(CASES, f"{first} {surname}")
    person = _listed(sex, first, "", surname, dim, forms, first,
                     dict.fromkeys(CASES, first))
    person["fs"] = forms
    return person


EN_PEOPLE = [
    _en("f", "Helen", "Marsh", "Nell"), _en("m", "Gareth", "Pryce", "Gaz"),
    _en("f", "Siobhan", "O'Leary", "Shiv"), _en("m", "Rajesh", "Patel", "Raj"),
    _en("f", "Margaret", "Holloway", "Maggie"), _en("m", "Callum", "Reid", "Cal"),
    _en("f", "Niamh", "Gallagher", "Nee"), _en("m", "Derek", "Fairbanks", "Del"),
]

PEOPLE = {"ru": RU_PEOPLE, "uk": UK_PEOPLE, "lt": LT_PEOPLE, "en": EN_PEOPLE}

# Spelling alphabets people use on the phone in their own language (letter -> code word).
PHONETIC = {
    "ru": {"А": "Анна", "Б": "Борис", "В": "Василий", "Г": "Григорий", "Д": "Дмитрий",
           "Е": "Елена", "Ж": "Женя", "З": "Зинаида", "И": "Иван", "К": "Константин",
           "Л": "Леонид", "М": "Михаил", "Н": "Николай", "О": "Ольга", "П": "Павел",
           "Р": "Роман", "С": "Семён", "Т": "Татьяна", "У": "Ульяна", "Ф": "Фёдор",
           "Х": "Харитон", "Ц": "Цапля", "Ч": "Человек", "Ш": "Шура", "Ю": "Юрий", "Я": "Яков"},
    "uk": {"А": "Андрій", "Б": "Богдан", "В": "Василь", "Г": "Григорій", "Д": "Дмитро",
           "Е": "Еней", "К": "Київ", "Л": "Леонід", "М": "Марія", "Н": "Наталка", "О": "Олена",
           "П": "Петро", "Р": "Роман", "С": "Степан", "Т": "Тарас", "У": "Україна",
           "Ч": "Чернігів", "Ш": "Шура", "Ю": "Юрій", "Я": "Яків"},
    "lt": {"A": "Adomas", "B": "Birutė", "D": "Darius", "E": "Elena", "I": "Ignas",
           "J": "Jonas", "K": "Kazys", "L": "Laima", "N": "Nida", "P": "Petras", "R": "Rūta",
           "S": "Saulius", "T": "Tomas", "U": "Ugnė", "V": "Vytautas"},
    "en": {"A": "Apple", "C": "Charlie", "D": "David", "E": "Edward", "H": "Harry",
           "I": "India", "L": "London", "M": "Mother", "O": "Orange", "P": "Peter",
           "R": "Robert", "S": "Sugar", "T": "Tommy", "W": "William", "Y": "Yellow"},
}


def _word_table(lang: str) -> dict[str, tuple[str, int]]:
    """Number word -> (kind, value), kinds: unit, teen, tens, hundreds, hundred, thousand."""
    table: dict[str, tuple[str, int]] = {}
    for value, word in enumerate(DIGITS[lang]):
        table[word] = ("unit", value)
    for value, word in enumerate(_TEENS[lang]):
        table[word] = ("teen", 10 + value)
    for value, word in enumerate(_TENS[lang]):
        if word:
            table[word] = ("tens", value * 10)
    if lang in _HUNDREDS:
        for value, word in enumerate(_HUNDREDS[lang]):
            if word:
                table[word] = ("hundreds", value * 100)
        table["одна"] = ("unit", 1)
        table["две" if lang == "ru" else "дві"] = ("unit", 2)
    if lang == "en":
        table.update({"oh": ("unit", 0), "hundred": ("hundred", 100),
                      "thousand": ("thousand", 1000)})
    if lang == "lt":
        table.update({"šimtas": ("hundreds", 100), "šimtai": ("hundred", 100)})
    for word in _THOUSAND.get(lang, ()):
        table[word] = ("thousand", 1000)
    return table


_ORDER = {"unit": 0, "teen": 1, "tens": 2, "hundreds": 3, "hundred": 3, "thousand": 4}


def _joins(last: int, kind: str, number: int, tail: int) -> bool:
    """Whether a number word continues the number before it (last = order of that word)."""
    if kind == "thousand":
        return last < 4
    if kind == "hundred":
        return last == 0 and tail != 0
    if kind == "hundreds":
        return last == 4
    if kind in ("tens", "teen"):
        return last in (3, 4)
    return number != 0 and last in (2, 3, 4)


def words_to_digits(text: str, lang: str) -> str:
    """Read spoken digits back: each maximal well-formed number becomes its decimal digits.

    Used only to check that what the generator wrote in words says the digits it claims.
    """
    table = _word_table(lang)
    out: list[str] = []
    value = tail = 0
    last = -1  # order of the previous word in the current number; -1: no number open
    for token in text.split():
        if lang == "en" and token == "and":
            continue
        kind, number = table[token]
        if last >= 0 and _joins(last, kind, number, tail):
            if kind == "thousand":
                value = max(value, 1) * 1000
            elif kind == "hundred":
                value += tail * 99
            else:
                value += number
        else:
            if last >= 0:
                out.append(str(value))
            if kind == "hundred":
                raise ValueError(text)
            value = 1000 if kind == "thousand" else number
        tail = number if kind == "unit" else 0
        last = _ORDER[kind]
        if kind == "unit" and number == 0 and value == 0:
            out.append("0")
            last = -1
    if last >= 0:
        out.append(str(value))
    return "".join(out)
