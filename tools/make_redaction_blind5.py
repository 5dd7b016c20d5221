"""Write benchmarks/data/redaction_blind5.jsonl, the fifth blind labelled redaction set.

Written without looking at the detector, its tests or the earlier sets: companies,
scenarios, names and phrasing are this file's own, and every check digit (Luhn, IBAN
mod-97, INN, SNILS, RNOKPP, asmens kodas) is computed here so nothing is borrowed from
``speechqa.redact``. Texts are assembled from labelled pieces, so token and character
spans are exact by construction and checked again before writing.

    python tools/make_redaction_blind5.py [--out benchmarks/data/redaction_blind5.jsonl]
"""

# ruff: noqa: E501 -- phrase tables keep one phrase per line in four languages
from __future__ import annotations

import argparse
import json
import random
import re
from datetime import date
from itertools import pairwise
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "benchmarks" / "data" / "redaction_blind5.jsonl"
TYPES = {"CARD", "CVV", "EXPIRY", "PHONE", "EMAIL", "PASSPORT", "NATIONAL_ID", "DOB",
         "ACCOUNT", "ADDRESS", "PERSON"}

# ---------------------------------------------------------------- number words

RU = {
    "units": ["ноль", "один", "два", "три", "четыре", "пять", "шесть", "семь", "восемь", "девять"],
    "teens": ["десять", "одиннадцать", "двенадцать", "тринадцать", "четырнадцать", "пятнадцать", "шестнадцать", "семнадцать", "восемнадцать", "девятнадцать"],
    "tens": ["", "", *["двадцать", "тридцать", "сорок", "пятьдесят", "шестьдесят", "семьдесят", "восемьдесят", "девяносто"]],
    "hund": ["", *["сто", "двести", "триста", "четыреста", "пятьсот", "шестьсот", "семьсот", "восемьсот", "девятьсот"]],
    "thou": ["", "тысяча", "две тысячи", "три тысячи", "четыре тысячи", "пять тысяч",
             "шесть тысяч", "семь тысяч", "восемь тысяч", "девять тысяч"],
    "ord_units": ["", "первого", "второго", "третьего", "четвёртого", "пятого", "шестого",
                  "седьмого", "восьмого", "девятого"],
    "ord_teens": ["десятого", "одиннадцатого", "двенадцатого", "тринадцатого", "четырнадцатого", "пятнадцатого", "шестнадцатого", "семнадцатого", "восемнадцатого", "девятнадцатого"],
    "ord_tens": ["", "", *["двадцатого", "тридцатого", "сорокового", "пятидесятого", "шестидесятого", "семидесятого", "восьмидесятого", "девяностого"]],
    "months": ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"],
    "y1900": "тысяча девятьсот", "y2000": "две тысячи",
}
UK = {
    "units": ["нуль", "один", "два", "три", "чотири", "п'ять", "шість", "сім", "вісім", "дев'ять"],
    "teens": ["десять", "одинадцять", "дванадцять", "тринадцять", "чотирнадцять", "п'ятнадцять", "шістнадцять", "сімнадцять", "вісімнадцять", "дев'ятнадцять"],
    "tens": ["", "", *["двадцять", "тридцять", "сорок", "п'ятдесят", "шістдесят", "сімдесят", "вісімдесят", "дев'яносто"]],
    "hund": ["", *["сто", "двісті", "триста", "чотириста", "п'ятсот", "шістсот", "сімсот", "вісімсот", "дев'ятсот"]],
    "thou": ["", "тисяча", "дві тисячі", "три тисячі", "чотири тисячі", "п'ять тисяч",
             "шість тисяч", "сім тисяч", "вісім тисяч", "дев'ять тисяч"],
    "ord_units": ["", "першого", "другого", "третього", "четвертого", "п'ятого", "шостого",
                  "сьомого", "восьмого", "дев'ятого"],
    "ord_teens": ["десятого", "одинадцятого", "дванадцятого", "тринадцятого", "чотирнадцятого", "п'ятнадцятого", "шістнадцятого", "сімнадцятого", "вісімнадцятого", "дев'ятнадцятого"],
    "ord_tens": ["", "", *["двадцятого", "тридцятого", "сорокового", "п'ятдесятого", "шістдесятого", "сімдесятого", "вісімдесятого", "дев'яностого"]],
    "months": ["січня", "лютого", "березня", "квітня", "травня", "червня", "липня", "серпня", "вересня", "жовтня", "листопада", "грудня"],
    "y1900": "тисяча дев'ятсот", "y2000": "дві тисячі",
}
EN = {
    "units": ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"],
    "teens": ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"],
    "tens": ["", "", *["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]],
    "ord_units": ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh",
                  "eighth", "ninth"],
    "ord_teens": ["tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth"],
    "ord_tens": ["", "", "twentieth", "thirtieth"],
    "months": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
}
LT = {
    "units": ["nulis", "vienas", "du", "trys", "keturi", "penki", "šeši", "septyni", "aštuoni", "devyni"],
    "teens": ["dešimt", "vienuolika", "dvylika", "trylika", "keturiolika", "penkiolika", "šešiolika", "septyniolika", "aštuoniolika", "devyniolika"],
    "tens": ["", "", *["dvidešimt", "trisdešimt", "keturiasdešimt", "penkiasdešimt", "šešiasdešimt", "septyniasdešimt", "aštuoniasdešimt", "devyniasdešimt"]],
    "ord_day": ["", "pirmą", "antrą", "trečią", "ketvirtą", "penktą", "šeštą", "septintą",
                "aštuntą", "devintą"],
    "ord_day_teens": ["dešimtą", "vienuoliktą", "dvyliktą", "tryliktą", "keturioliktą", "penkioliktą", "šešioliktą", "septynioliktą", "aštuonioliktą", "devynioliktą"],
    "ord_year_units": ["", "pirmų", "antrų", "trečių", "ketvirtų", "penktų", "šeštų",
                       "septintų", "aštuntų", "devintų"],
    "ord_year_teens": ["dešimtų", "vienuoliktų", "dvyliktų", "tryliktų", "keturioliktų", "penkioliktų", "šešioliktų", "septynioliktų", "aštuonioliktų", "devynioliktų"],
    "ord_year_tens": ["", "", *["dvidešimtų", "trisdešimtų", "keturiasdešimtų", "penkiasdešimtų", "šešiasdešimtų", "septyniasdešimtų", "aštuoniasdešimtų", "devyniasdešimtų"]],
    "months": ["sausio", "vasario", "kovo", "balandžio", "gegužės", "birželio", "liepos", "rugpjūčio", "rugsėjo", "spalio", "lapkričio", "gruodžio"],
}
WORDS = {"ru": RU, "uk": UK, "en": EN, "lt": LT}


def below_100(n: int, lang: str) -> str:
    w = WORDS[lang]
    if n < 10:
        return w["units"][n]
    if n < 20:
        return w["teens"][n - 10]
    tens, unit = divmod(n, 10)
    return w["tens"][tens] + ("" if unit == 0 else " " + w["units"][unit])


def hundreds(n: int, lang: str) -> str:
    """Cardinal for 0..999, the way a caller says a group of a number."""
    if n < 100:
        return below_100(n, lang)
    h, rest = divmod(n, 100)
    if lang in ("ru", "uk"):
        head = WORDS[lang]["hund"][h]
    elif lang == "en":
        head = below_100(h, "en") + " hundred"
    else:
        head = "šimtas" if h == 1 else below_100(h, "lt") + " šimtai"
    return head if rest == 0 else head + " " + below_100(rest, lang)


def cardinal(n: int, lang: str) -> str:
    """Cardinal for 0..9999."""
    if n < 1000:
        return hundreds(n, lang)
    th, rest = divmod(n, 1000)
    if lang in ("ru", "uk"):
        head = WORDS[lang]["thou"][th]
    elif lang == "en":
        head = below_100(th, "en") + " thousand"
    else:
        head = "tūkstantis" if th == 1 else below_100(th, "lt") + " tūkstančiai"
    return head if rest == 0 else head + " " + hundreds(rest, lang)


def say_group(group: str, lang: str, rng: random.Random) -> str:
    """One group of digits as a caller says it: leading zeros one by one, then a number."""
    zero = WORDS[lang]["units"][0]
    if lang == "en" and rng.random() < 0.5:
        zero = "oh"
    if lang == "en" and len(group) == 4 and group[0] != "0" and group[2] != "0":
        return f"{below_100(int(group[:2]), 'en')} {below_100(int(group[2:]), 'en')}"
    words = []
    i = 0
    while i < len(group) - 1 and group[i] == "0":
        words.append(zero)
        i += 1
    words.append(cardinal(int(group[i:]), lang))
    return " ".join(words)


def say_digits(digits: str, lang: str, rng: random.Random) -> str:
    return " ".join(say_group(d, lang, rng) for d in digits)


def chunk(digits: str, sizes: list[int]) -> list[str]:
    out, i = [], 0
    for size in sizes:
        if i >= len(digits):
            break
        out.append(digits[i:i + size])
        i += size
    if i < len(digits):
        out.append(digits[i:])
    return out


def say_chunks(chunks: list[str], lang: str, rng: random.Random) -> str:
    return " ".join(say_group(c, lang, rng) if len(c) <= 4 else say_digits(c, lang, rng)
                    for c in chunks)


def spoken_number(digits: str, lang: str, rng: random.Random, sizes: list[int] | None = None) -> str:
    """A digit string as ASR words: digit by digit, in pairs, or in the given groups."""
    mode = rng.choice(["digits", "pairs", "groups", "mixed"]) if sizes is None else "groups"
    if mode == "digits":
        return say_digits(digits, lang, rng)
    if mode == "pairs":
        return say_chunks(chunk(digits, [2] * 20), lang, rng)
    if mode == "mixed":
        parts = chunk(digits, [rng.choice([1, 2, 3]) for _ in range(20)])
        return say_chunks(parts, lang, rng)
    return say_chunks(chunk(digits, sizes or [4] * 5), lang, rng)


def ordinal_gen(n: int, lang: str) -> str:
    """Genitive ordinal (ru/uk) for days and years, English ordinal otherwise."""
    w = WORDS[lang]
    if n < 10:
        return w["ord_units"][n]
    if n < 20:
        return w["ord_teens"][n - 10]
    tens, unit = divmod(n, 10)
    if unit == 0:
        return w["ord_tens"][tens]
    return w["tens"][tens] + " " + w["ord_units"][unit]


def year_words(y: int, lang: str) -> str:
    if y == 2000:
        return {"ru": "двухтысячного", "uk": "двохтисячного", "en": "two thousand",
                "lt": "dutūkstantųjų"}[lang]
    if lang in ("ru", "uk"):
        head = WORDS[lang]["y1900"] if y < 2000 else WORDS[lang]["y2000"]
        return head + " " + ordinal_gen(y % 100, lang)
    if lang == "en":
        if y < 2000:
            return "nineteen " + below_100(y % 100, "en")
        return "two thousand " + below_100(y % 100, "en")
    w = LT
    rest = y % 100
    head = "tūkstantis devyni šimtai" if y < 2000 else "du tūkstančiai"
    if rest < 10:
        tail = w["ord_year_units"][rest]
    elif rest < 20:
        tail = w["ord_year_teens"][rest - 10]
    elif rest % 10 == 0:
        tail = w["ord_year_tens"][rest // 10]
    else:
        tail = w["tens"][rest // 10] + " " + w["ord_year_units"][rest % 10]
    return head + " " + tail


def lt_day(n: int) -> str:
    if n < 10:
        return LT["ord_day"][n]
    if n < 20:
        return LT["ord_day_teens"][n - 10]
    if n % 10 == 0:
        return {20: "dvidešimtą", 30: "trisdešimtą"}[n]
    return LT["tens"][n // 10] + " " + LT["ord_day"][n % 10]


def en_ordinal(n: int) -> str:
    if n < 10:
        return EN["ord_units"][n]
    if n < 20:
        return EN["ord_teens"][n - 10]
    if n % 10 == 0:
        return EN["ord_tens"][n // 10]
    return EN["tens"][n // 10] + " " + EN["ord_units"][n % 10]


def day_month(d: date, lang: str) -> tuple[str, str]:
    """A calendar day (no year) written and spoken: used for appointments and birthdays."""
    if lang in ("ru", "uk"):
        m = WORDS[lang]["months"][d.month - 1]
        return f"{d.day} {m}", f"{ordinal_gen(d.day, lang)} {m}"
    if lang == "en":
        m = EN["months"][d.month - 1]
        return f"{d.day} {m}", f"the {en_ordinal(d.day)} of {m.lower()}"
    m = LT["months"][d.month - 1]
    return f"{m} {d.day} d.", f"{m} {lt_day(d.day)}"


# ---------------------------------------------------------------- check digits

def luhn_complete(body: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return body + str((10 - total % 10) % 10)


def luhn_ok(number: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(number)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


CARD_PREFIXES = {13: ["4"], 15: ["34", "37"], 16: ["4", "51", "53", "2200", "2202", "5168", "4149"],
                 18: ["6762"], 19: ["4", "2201", "6250"]}


def make_card(rng: random.Random, length: int | None = None) -> str:
    length = length or rng.choice([16] * 10 + [13, 15, 15, 18, 19, 19])
    prefix = rng.choice(CARD_PREFIXES[length])
    body = prefix + "".join(rng.choice("0123456789") for _ in range(length - 1 - len(prefix)))
    card = luhn_complete(body)
    assert luhn_ok(card) and len(card) == length
    return card


def iban(country: str, bban: str) -> str:
    rearranged = bban + country + "00"
    numeric = "".join(str(int(ch, 36)) for ch in rearranged)
    check = 98 - int(numeric) % 97
    return f"{country}{check:02d}{bban}"


def iban_ok(code: str) -> bool:
    rearranged = code[4:] + code[:4]
    return int("".join(str(int(ch, 36)) for ch in rearranged)) % 97 == 1


def rnd_digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def make_iban(rng: random.Random, lang: str) -> str:
    if lang == "lt":
        code = iban("LT", rng.choice(["73000", "70440", "40100", "21400"]) + rnd_digits(rng, 11))
    elif lang == "uk":
        code = iban("UA", rng.choice(["305299", "322001", "380805"]) + rnd_digits(rng, 19))
    else:
        code = iban("GB", rng.choice(["NWBK", "BARC", "LOYD"]) + rnd_digits(rng, 14))
    assert iban_ok(code)
    return code


def make_inn(rng: random.Random) -> str:
    body = rng.choice(["77", "50", "78", "16", "66"]) + rnd_digits(rng, 8)
    w1 = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
    d11 = sum(int(a) * b for a, b in zip(body, w1, strict=True)) % 11 % 10
    body += str(d11)
    w2 = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
    return body + str(sum(int(a) * b for a, b in zip(body, w2, strict=True)) % 11 % 10)


def make_snils(rng: random.Random) -> str:
    body = rnd_digits(rng, 9)
    total = sum(int(d) * (9 - i) for i, d in enumerate(body))
    if total > 101:
        total %= 101
    check = 0 if total in (100, 101) else total
    return body + f"{check:02d}"


def make_rnokpp(rng: random.Random, born: date, female: bool) -> str:
    days = (born - date(1899, 12, 31)).days
    body = f"{days:05d}" + rnd_digits(rng, 3)
    gender = rng.choice("02468" if female else "13579")
    body += gender
    weights = [-1, 5, 7, 9, 4, 6, 10, 5, 7]
    return body + str(sum(int(a) * b for a, b in zip(body, weights, strict=True)) % 11 % 10)


def make_asmens_kodas(rng: random.Random, born: date, female: bool) -> str:
    century = (3 if born.year < 2000 else 5) + (1 if female else 0)
    body = f"{century}{born:%y%m%d}" + rnd_digits(rng, 3)
    s = sum(int(a) * b for a, b in zip(body, [1, 2, 3, 4, 5, 6, 7, 8, 9, 1], strict=True)) % 11
    if s == 10:
        s = sum(int(a) * b for a, b in zip(body, [3, 4, 5, 6, 7, 8, 9, 1, 2, 3], strict=True)) % 11
        if s == 10:
            s = 0
    return body + str(s)


def make_ni(rng: random.Random) -> str:
    return (rng.choice(["JH", "NP", "SK", "AB", "WL", "TC", "PR"]) + rnd_digits(rng, 6)
            + rng.choice("ABCD"))


def make_ssn(rng: random.Random) -> str:
    return f"{rng.randint(101, 665):03d}-{rng.randint(10, 99):02d}-{rng.randint(1000, 9899):04d}"


# ---------------------------------------------------------------- people and places

FIRST = {
    "ru": {"m": ["Артём", "Геннадий", "Родион", "Тимофей", "Всеволод", "Эдуард", "Ярослав", "Лев"],
           "f": ["Василиса", "Алевтина", "Зарина", "Ульяна", "Снежана", "Лидия", "Эльвира", "Арина"]},
    "uk": {"m": ["Остап", "Назар", "Ярема", "Богдан", "Орест", "Данило", "Любомир"],
           "f": ["Соломія", "Мирослава", "Злата", "Уляна", "Христина", "Ганна", "Ярина"]},
    "en": {"m": ["Callum", "Rhys", "Nathaniel", "Owen", "Marcus", "Tobias", "Declan"],
           "f": ["Siobhan", "Harriet", "Amara", "Imogen", "Keeley", "Rosalind", "Priya"]},
    "lt": {"m": ["Vytautas", "Gediminas", "Arūnas", "Karolis", "Žygimantas", "Linas"],
           "f": ["Eglė", "Gintarė", "Ieva", "Simona", "Vaida", "Rasa"]},
}
PATRONYMIC = {"ru": {"m": ["Игоревич", "Рашидович", "Аркадьевич", "Степанович"],
                     "f": ["Игоревна", "Рашидовна", "Аркадьевна", "Степановна"]},
              "uk": {"m": ["Петрович", "Ігорович", "Васильович"],
                     "f": ["Петрівна", "Ігорівна", "Василівна"]}}
SURNAME = {
    "ru": [("Горбунов", "Горбунова"), ("Шамсутдинов", "Шамсутдинова"), ("Лавренёв", "Лавренёва"),
           ("Кудрявцев", "Кудрявцева"), ("Прохоров", "Прохорова"), ("Белоусов", "Белоусова"),
           ("Ким", "Ким"), ("Дорошенко", "Дорошенко")],
    "uk": [("Гуменюк", "Гуменюк"), ("Савчук", "Савчук"), ("Литвиненко", "Литвиненко"),
           ("Федорів", "Федорів"), ("Костенко", "Костенко"), ("Романюк", "Романюк"),
           ("Заїка", "Заїка"), ("Стельмах", "Стельмах")],
    "en": [(s, s) for s in ["Pembroke", "Achterberg", "Oyelaran", "Fairclough", "Mulcahy",
                            "Thistlethwaite", "Nakamura", "Dunmore"]],
    "lt": [("Jankauskas", "Jankauskienė"), ("Stankevičius", "Stankevičienė"),
           ("Paulauskas", "Paulauskaitė"), ("Urbonas", "Urbonienė"), ("Mockus", "Mockutė"),
           ("Navickas", "Navickaitė"), ("Sabaliauskas", "Sabaliauskienė")],
}
TRANSLIT = str.maketrans({
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh", "з": "z",
    "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
    "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh",
    "щ": "sch", "ы": "y", "э": "e", "ю": "yu", "я": "ya", "ь": "", "ъ": "", "і": "i", "ї": "yi",
    "є": "ye", "ґ": "g", "'": "", "ą": "a", "č": "c", "ę": "e", "ė": "e", "į": "i", "š": "s",
    "ų": "u", "ū": "u", "ž": "z"})
AGENT = {"ru": ["Алина", "Денис", "Марат", "Ксения", "Полина"], "uk": ["Ірина", "Андрій", "Вікторія"],
         "en": ["Becky", "Tom", "Jas", "Niall"], "lt": ["Agnė", "Rokas", "Justė"]}
COMPANY = {"ru": ["банк «Северный кредит»", "компания «Домовой сервис»", "оператор «МегаЛайн»",
                  "страховая «Оберег»", "магазин «Полка»"],
           "uk": ["«Дніпро-Банк»", "«ЕнергоЗбут Поділля»", "«Тепла оселя»", "«Кур'єр-Експрес»"],
           "en": ["Harbourside Energy", "Kestrel Mobile", "Brightwater Insurance", "Foxglove Bank"],
           "lt": ["„Baltijos kreditas“", "„Nemuno energija“", "„Vilties draudimas“", "„Greitas kurjeris“"]}
CITY = {"ru": ["Казань", "Екатеринбург", "Тверь", "Самара", "Новосибирск"],
        "uk": ["Львів", "Вінниця", "Полтава", "Одеса", "Чернігів"],
        "en": ["Leeds", "Bristol", "Norwich", "Swansea", "Dundee"],
        "lt": ["Kaunas", "Klaipėda", "Šiauliai", "Panevėžys", "Vilnius"]}
STREET = {"ru": [("улица", "ул.", "Малая Бронная"), ("улица", "ул.", "Заводская"),
                 ("проспект", "пр-т", "Победы"), ("улица", "ул.", "Луговая"),
                 ("переулок", "пер.", "Кривоколенный")],
          "uk": [("вулиця", "вул.", "Городоцька"), ("вулиця", "вул.", "Січових Стрільців"),
                 ("проспект", "просп.", "Перемоги"), ("вулиця", "вул.", "Лесі Українки")],
          "en": [("Road", "Rd", "Kestrel"), ("Avenue", "Ave", "Marlowe"),
                 ("Lane", "Lane", "Pennington"), ("Close", "Close", "Abbey"),
                 ("Street", "St", "Harcourt")],
          "lt": [("gatvė", "g.", "Žirmūnų"), ("prospektas", "pr.", "Savanorių"),
                 ("gatvė", "g.", "Kalvarijų"), ("gatvė", "g.", "Vytauto")]}


VOCATIVE_ENDINGS = {
    "lt": [("as", "ai"), ("is", "i"), ("ė", "e")],
    "uk": [("ович", "овичу"), ("івна", "івно"), ("ія", "іє"), ("а", "о"), ("о", "е"), ("", "е")],
}


def vocative(name: str, lang: str) -> str:
    """The form used to address someone: Lithuanian and Ukrainian agents use it."""
    for ending, replacement in VOCATIVE_ENDINGS[lang]:
        if name.endswith(ending):
            return name[: len(name) - len(ending)] + replacement
    return name


class Person:
    def __init__(self, rng: random.Random, lang: str) -> None:
        self.lang = lang
        self.female = rng.random() < 0.5
        g = "f" if self.female else "m"
        self.first = rng.choice(FIRST[lang][g])
        self.last = rng.choice(SURNAME[lang])[1 if self.female else 0]
        self.patronymic = rng.choice(PATRONYMIC[lang][g]) if lang in PATRONYMIC else ""
        self.born = date(rng.randint(1952, 2005), rng.randint(1, 12), rng.randint(1, 28))

    def full(self, rng: random.Random) -> str:
        forms = [f"{self.first} {self.last}", f"{self.last} {self.first}"]
        if self.patronymic:
            forms += [f"{self.last} {self.first} {self.patronymic}"] * 2
        return rng.choice(forms)

    def polite(self) -> str:
        return f"{self.first} {self.patronymic}" if self.patronymic else self.first

    def address_form(self) -> tuple[str, str]:
        """How an agent addresses the caller: a title (not part of the name) and the name."""
        if self.lang == "en":
            return ("Mrs " if self.female else "Mr "), self.last
        if self.lang == "lt":
            return ("ponia " if self.female else "pone "), vocative(self.first, "lt")
        if self.lang == "uk":
            return "", vocative(self.first, "uk") + " " + vocative(self.patronymic, "uk")
        return "", self.polite()

    def login(self, rng: random.Random) -> str:
        first = self.first.lower().translate(TRANSLIT)
        last = self.last.lower().translate(TRANSLIT)
        return rng.choice([f"{first}.{last}", f"{first[0]}.{last}", f"{last}{self.born.year % 100:02d}",
                           f"{first}_{last}", f"{last}.{first[0]}"])


# ---------------------------------------------------------------- value renderings (written, asr)

def group_written(digits: str, sizes: list[int], sep: str = " ") -> str:
    return sep.join(chunk(digits, sizes))


CARD_GROUPINGS = {13: [[4, 4, 5], [4, 3, 3, 3], [13]], 15: [[4, 6, 5], [4, 4, 4, 3], [15]],
                  16: [[4, 4, 4, 4], [16], [2, 2, 4, 4, 4], [4, 4, 2, 2, 2, 2], [3, 3, 3, 3, 4],
                       [8, 8], [4, 4, 8]],
                  18: [[4, 4, 4, 4, 2], [6, 6, 6], [18]],
                  19: [[4, 4, 4, 4, 3], [6, 13], [19], [4, 4, 4, 7]]}


def card_pair(card: str, lang: str, rng: random.Random) -> tuple[str, str]:
    sizes = rng.choice(CARD_GROUPINGS[len(card)])
    sep = rng.choice([" "] * 5 + ["-"]) if len(sizes) > 1 else " "
    asr_sizes = rng.choice([[4] * 5, [2] * 10, [1] * 19, [4, 4, 2, 2, 2, 2, 3], None])
    return group_written(card, sizes, sep), spoken_number(card, lang, rng, asr_sizes)


def digits_pair(digits: str, lang: str, rng: random.Random, sizes: list[int] | None = None,
                sep: str = " ") -> tuple[str, str]:
    written = group_written(digits, sizes, sep) if sizes else digits
    return written, spoken_number(digits, lang, rng, rng.choice([sizes, None]))


LETTERS = {
    "uk": {"U": "у", "A": "а", "С": "ес", "Н": "ен", "К": "ка", "М": "ем", "Е": "е", "Т": "те",
           "В": "ве", "О": "о", "Р": "ер"},
    "en": {ch: ch.lower() for ch in "ABCDEFGHIJKLMNOPQRSTUVWXYZ"},
    "lt": {"L": "el", "T": "te"},
}


def code_pair(code: str, lang: str, rng: random.Random, sizes: list[int] | None = None) -> tuple[str, str]:
    """A code of letters and digits (IBAN, NI number, passport): letters by name, digits as words."""
    spoken = []
    run = ""
    for ch in code:
        if ch.isdigit():
            run += ch
            continue
        if run:
            spoken.append(spoken_number(run, lang, rng))
            run = ""
        if ch != " ":
            spoken.append(LETTERS[lang][ch])
    if run:
        spoken.append(spoken_number(run, lang, rng))
    return (group_written(code, sizes) if sizes else code), " ".join(spoken)


def dob_pair(born: date, lang: str, rng: random.Random) -> tuple[str, str, str, str]:
    """Birth date written and spoken, plus the word that may follow it outside the span."""
    v = rng.randrange(3)
    w = WORDS[lang]
    if lang in ("ru", "uk"):
        tail = " года" if lang == "ru" else " року"
        if v == 0:
            return f"{born:%d.%m.%Y}", f"{ordinal_gen(born.day, lang)} {w['months'][born.month - 1]} {year_words(born.year, lang)}", "", tail
        if v == 1:
            return (f"{born.day} {w['months'][born.month - 1]} {born.year}",
                    f"{ordinal_gen(born.day, lang)} {w['months'][born.month - 1]} {year_words(born.year, lang)}",
                    tail, tail)
        return (f"{born:%d.%m.%y}",
                f"{say_group(f'{born.day:02d}', lang, rng)} {say_group(f'{born.month:02d}', lang, rng)} "
                f"{ordinal_gen(born.year % 100, lang) if born.year < 2000 else year_words(born.year, lang)}",
                "", tail)
    if lang == "en":
        year = year_words(born.year, "en")
        month = EN["months"][born.month - 1]
        if v == 0:
            return f"{born:%d/%m/%Y}", f"the {en_ordinal(born.day)} of {month.lower()} {year}", "", ""
        if v == 1:
            return f"{month} {born.day}, {born.year}", f"{month.lower()} {en_ordinal(born.day)} {year}", "", ""
        return (f"{born.day} {month} {born.year}",
                f"{cardinal(born.day, 'en')} {cardinal(born.month, 'en')} {below_100(born.year % 100, 'en')}",
                "", "")
    month = LT["months"][born.month - 1]
    if v == 0:
        return f"{born:%Y-%m-%d}", f"{year_words(born.year, 'lt')} metų {month} {lt_day(born.day)}", "", ""
    if v == 1:
        return (f"{born.year} m. {month} {born.day} d.",
                f"{year_words(born.year, 'lt')} metų {month} {lt_day(born.day)}", "", " dieną")
    return (f"{born:%Y.%m.%d}",
            f"{cardinal(born.year, 'lt')} {say_group(f'{born.month:02d}', 'lt', rng)} "
            f"{say_group(f'{born.day:02d}', 'lt', rng)}", "", "")


def phone_pair(lang: str, rng: random.Random) -> tuple[str, str]:
    if lang == "ru":
        body = "9" + rnd_digits(rng, 9)
        v = rng.randrange(4)
        spoken = spoken_number(body, lang, rng, rng.choice([[3, 3, 2, 2], [3, 3, 4], None]))
        if v == 0:
            return f"+7 {body[:3]} {body[3:6]}-{body[6:8]}-{body[8:]}", "плюс семь " + spoken
        if v == 1:
            return f"8 ({body[:3]}) {body[3:6]} {body[6:8]} {body[8:]}", "восемь " + spoken
        if v == 2:
            return f"8{body}", "восемь " + spoken
        return f"+7{body}", "плюс семь " + spoken
    if lang == "uk":
        body = rng.choice(["67", "50", "63", "93", "97", "66"]) + rnd_digits(rng, 7)
        spoken = spoken_number(body, lang, rng, rng.choice([[2, 3, 2, 2], None]))
        if rng.random() < 0.5:
            return f"+380 {body[:2]} {body[2:5]} {body[5:7]} {body[7:]}", "плюс триста вісімдесят " + spoken
        return f"0{body[:2]} {body[2:5]} {body[5:]}", "нуль " + spoken
    if lang == "en":
        if rng.random() < 0.6:
            body = "7" + rnd_digits(rng, 9)
            spoken = say_digits("0" + body, "en", rng)
            if rng.random() < 0.5:
                return f"0{body[:4]} {body[4:]}", spoken
            return f"+44 {body[:4]} {body[4:]}", "plus four four " + say_digits(body, "en", rng)
        area, mid, end = rnd_digits(rng, 3).replace("0", "4"), rnd_digits(rng, 3), rnd_digits(rng, 4)
        return f"({area}) {mid}-{end}", f"{say_digits(area, 'en', rng)} {say_digits(mid, 'en', rng)} {say_digits(end, 'en', rng)}"
    body = "6" + rnd_digits(rng, 7)
    spoken = spoken_number(body, lang, rng, rng.choice([[3, 2, 3], [3, 5], None]))
    if rng.random() < 0.5:
        return f"+370 {body[:3]} {body[3:]}", "plius trys šimtai septyniasdešimt " + spoken
    return f"8 {body[:3]} {body[3:]}", "aštuoni " + spoken


AT_DOT = {"ru": (["собака", "эт"], "точка", "нижнее подчёркивание"),
          "uk": (["равлик", "собачка"], "крапка", "нижнє підкреслення"),
          "en": (["at"], "dot", "underscore"), "lt": (["eta"], "taškas", "apatinis brūkšnys")}
DOMAINS = {"ru": ["mail.ru", "yandex.ru", "bk.ru", "gmail.com"], "uk": ["ukr.net", "i.ua", "gmail.com"],
           "en": ["gmail.com", "outlook.com", "btinternet.com", "yahoo.co.uk"],
           "lt": ["gmail.com", "one.lt", "inbox.lt"]}


def email_pair(person: Person, lang: str, rng: random.Random) -> tuple[str, str]:
    local = person.login(rng)
    domain = rng.choice(DOMAINS[lang])
    at, dot, under = AT_DOT[lang]
    at_word = rng.choice(at)
    spoken = []
    for part in re.split(r"([._@])", f"{local}@{domain}"):
        if part == ".":
            spoken.append(dot)
        elif part == "_":
            spoken.append(under)
        elif part == "@":
            spoken.append(at_word)
        elif part:
            m = re.match(r"([a-z]+)(\d*)$", part)
            spoken.append(m.group(1))
            if m.group(2):
                spoken.append(spoken_number(m.group(2), lang, rng, [2]))
    return f"{local}@{domain}", " ".join(spoken)


def address_pair(lang: str, rng: random.Random) -> tuple[str, str]:
    long, short, name = rng.choice(STREET[lang])
    house = rng.randint(1, 140)
    flat = rng.choice([None, rng.randint(1, 180)])
    if lang == "ru":
        w = f"{short} {name}, д. {house}" + (f", кв. {flat}" if flat else "")
        if rng.random() < 0.4:
            w = f"{long} {name} {house}" + (f"-{flat}" if flat else "")
        a = f"{long} {name.lower()} дом {cardinal(house, lang)}" + (f" квартира {cardinal(flat, lang)}" if flat else "")
    elif lang == "uk":
        w = f"{short} {name}, {house}" + (f", кв. {flat}" if flat else "")
        a = f"{long} {name.lower()} будинок {cardinal(house, lang)}" + (f" квартира {cardinal(flat, lang)}" if flat else "")
    elif lang == "en":
        w = (f"Flat {flat}, " if flat else "") + f"{house} {name} {rng.choice([long, short])}"
        a = (f"flat {cardinal(flat, lang)} " if flat else "") + f"{cardinal(house, lang)} {name.lower()} {long.lower()}"
    else:
        w = f"{name} {short} {house}" + (f"-{flat}" if flat else "")
        a = f"{name.lower()} {long} {cardinal(house, lang)}" + (f" butas {cardinal(flat, lang)}" if flat else "")
    return w, a


def money_pair(lang: str, rng: random.Random) -> tuple[str, str]:
    amount = rng.choice([350, 1250, 499, 2780, 90, 15, 4300, 6999, 120])
    unit = {"ru": ("руб.", "рублей"), "uk": ("грн", "гривень"), "en": ("pounds", "pounds"),
            "lt": ("eurų", "eurų")}[lang]
    if lang == "en":
        return f"£{amount}", f"{cardinal(amount, lang)} {unit[1]}"
    return f"{amount} {unit[0]}", f"{cardinal(amount, lang)} {unit[1]}"


def time_pair(lang: str, rng: random.Random) -> tuple[str, str]:
    h, m = rng.randint(8, 19), rng.choice([0, 15, 30, 45])
    spoken = cardinal(h, lang) + ("" if m == 0 else " " + cardinal(m, lang))
    return f"{h}:{m:02d}", spoken


def plain_number(digits: str, lang: str, rng: random.Random) -> tuple[str, str]:
    return digits, spoken_number(digits, lang, rng)


# ---------------------------------------------------------------- record builder

PUNCT = re.compile(r"[.,!?;:«»\"“„()…—–]")
PLACEHOLDER = re.compile(r"(\{\w+\})")


class E:
    """A labelled piece: several pieces with the same key make one entity."""

    def __init__(self, key: str, kind: str, pair: tuple[str, str]) -> None:
        self.key, self.kind, self.pair = key, kind, pair


class N:
    """An unlabelled number or code, written in digits or spoken as words by style."""

    def __init__(self, pair: tuple[str, str]) -> None:
        self.pair = pair


class Rec:
    def __init__(self, lang: str, style: str) -> None:
        self.lang, self.style = lang, style
        self.turns: list[dict] = []
        self.entities: dict[str, dict] = {}

    def say(self, role: str, fmt: str, **vals: E | N | tuple[str, str]) -> None:
        """Add a turn from a format string whose {name} slots hold pieces or numbers."""
        asr = self.style == "asr"
        parts = PLACEHOLDER.split(fmt)
        text = ""
        spans: list[tuple[str, str, int, int]] = []
        for index, part in enumerate(parts):
            if index % 2 == 0:
                if asr:
                    part = re.sub(r"\s+", " ", PUNCT.sub(" ", part).lower())
                    if index == 0:
                        part = part.lstrip()
                    if index == len(parts) - 1:
                        part = part.rstrip()
                text += part
                continue
            value = vals[part[1:-1]]
            pair = value.pair if isinstance(value, (E, N)) else value
            rendered = pair[1] if asr else pair[0]
            if isinstance(value, E):
                spans.append((value.key, value.kind, len(text), len(text) + len(rendered)))
            text += rendered
        turn_index = len(self.turns)
        self.turns.append({"role": role, "text": text})
        for key, kind, start, end in spans:
            entity = self.entities.setdefault(key, {"type": kind, "pieces": [], "chars": [], "text": []})
            assert entity["type"] == kind, key
            first_tok = len(text[:start].split())
            entity["pieces"].append([turn_index, first_tok, first_tok + len(text[start:end].split())])
            entity["chars"].append([turn_index, start, end])
            entity["text"].append(text[start:end])

    def record(self, rid: str, template: str, tags: list[str]) -> dict:
        return {"id": rid, "lang": self.lang, "style": self.style, "split": "blind5",
                "template": template, "tags": sorted(set(tags)), "turns": self.turns,
                "entities": list(self.entities.values())}


def check(record: dict) -> None:
    """Spans must sit on whole tokens, match their text, and not overlap."""
    assert record["entities"] is not None
    seen: set[tuple[int, int]] = set()
    for turn in record["turns"]:
        if record["style"] == "asr":
            assert not re.search(r"\d", turn["text"]), (record["id"], turn["text"])
            assert turn["text"] == turn["text"].lower(), (record["id"], turn["text"])
        assert turn["text"] == turn["text"].strip() and "  " not in turn["text"], record["id"]
    for entity in record["entities"]:
        assert entity["type"] in TYPES
        for (t, s, e), (ct, cs, ce), txt in zip(entity["pieces"], entity["chars"], entity["text"], strict=True):
            text = record["turns"][t]["text"]
            assert t == ct and text[cs:ce] == txt and txt == txt.strip() and txt, record["id"]
            assert cs == 0 or text[cs - 1] == " ", (record["id"], text, txt)
            assert ce == len(text) or not text[ce].isalnum(), (record["id"], text, txt)
            tokens = text.split()
            assert " ".join(tokens[s:e]).startswith(txt.split()[0]) and s < e <= len(tokens)
            assert tokens[e - 1].startswith(txt.split()[-1]), (record["id"], tokens[e - 1], txt)
            for i in range(s, e):
                assert (t, i) not in seen, record["id"]
                seen.add((t, i))


# ---------------------------------------------------------------- phrases

def w(text: str) -> tuple[str, str]:
    """An unlabelled word or name that keeps its casing only in the written style."""
    return text, re.sub(r"\s+", " ", PUNCT.sub(" ", text).lower()).strip()


PH: dict[str, dict[str, list[str]]] = {
    "greet": {
        "ru": ["{co}, меня зовут {ag}, слушаю вас.", "Добрый день, {co}, {ag}. Чем могу помочь?",
               "Здравствуйте! {ag}, {co}.", "{co}, оператор {ag}, здравствуйте."],
        "uk": ["{co}, мене звати {ag}, слухаю вас.", "Добрий день, {co}, це {ag}. Чим можу допомогти?",
               "Вітаю! {ag}, {co}, говоріть."],
        "en": ["Thanks for calling {co}, you're through to {ag}, how can I help?",
               "Hello, {co}, {ag} speaking.", "Morning, this is {ag} at {co}. What can I do for you today?"],
        "lt": ["{co}, mano vardas {ag}, klausau.", "Laba diena, {co}, kalba {ag}. Kuo galiu padėti?",
               "Sveiki, čia {ag} iš {co}."]},
    "card_ask": {
        "ru": ["Назовите номер карты, пожалуйста.", "Продиктуйте, пожалуйста, номер карты полностью.",
               "Так, давайте номер карты, с которой будете оплачивать.",
               "Мне нужен номер карты, цифры на лицевой стороне."],
        "uk": ["Назвіть, будь ласка, номер картки.", "Продиктуйте номер картки повністю, будь ласка.",
               "Добре, тоді мені потрібен номер картки, з якої платите."],
        "en": ["Can I take the long number across the front of the card?",
               "Okay, go ahead with the card number when you're ready.", "What's the card number, please?"],
        "lt": ["Padiktuokite kortelės numerį, prašau.", "Gerai, sakykite kortelės numerį.",
               "Koks jūsų mokėjimo kortelės numeris?"]},
    "card_give": {
        "ru": ["{card}", "Да, сейчас... {card}.", "Так, э-э, {card}.", "Пишите: {card}",
               "Ммм, секунду, очки возьму... Вот: {card}.", "Номер {card}, карта «Мир»."],
        "uk": ["{card}", "Так, зараз... {card}.", "Записуйте: {card}.", "Е-е, секундочку... {card}.",
               "Номер картки {card}."],
        "en": ["Yeah, it's {card}.", "Right, {card}.",
               "Hang on, let me get it out of my purse... okay, {card}.", "{card}", "It's a Visa, {card}."],
        "lt": ["{card}", "Taip, užsirašykite: {card}.", "Ėėė, sekundėlę... {card}.", "Gerai, {card}.",
               "Numeris {card}."]},
    "readback": {
        "ru": ["Повторяю: {rb}, верно?", "Проверяем: {rb}. Всё так?", "Записала {rb}, правильно?",
               "Так, {rb}, да?"],
        "uk": ["Повторюю: {rb}, правильно?", "Перевіримо: {rb}. Так?", "Записала {rb}, вірно?"],
        "en": ["Let me read that back: {rb}, is that right?", "So that's {rb}?", "I've got {rb}, correct?"],
        "lt": ["Pakartoju: {rb}, teisingai?", "Užsirašiau {rb}, ar teisingai?", "Taigi {rb}, taip?"]},
    "yes": {"ru": ["Да.", "Да, всё верно.", "Угу.", "Верно."], "uk": ["Так.", "Так, вірно.", "Ага."],
            "en": ["Yes.", "Yep, that's it.", "That's right."], "lt": ["Taip.", "Taip, teisingai.", "Aha."]},
    "exp_ask": {
        "ru": ["Срок действия?", "И срок действия карты, месяц и год.", "До какого месяца действует карта?"],
        "uk": ["Термін дії?", "Вкажіть термін дії картки.", "До якого місяця дійсна картка?"],
        "en": ["And the expiry date?", "What's the expiry on it?", "Valid until when?"],
        "lt": ["Galiojimo data?", "Iki kada galioja kortelė?", "Kokia galiojimo pabaiga?"]},
    "exp_give": {
        "ru": ["{exp}", "До {exp}.", "Там написано {exp}.", "Э-э, {exp}."],
        "uk": ["{exp}", "До {exp}.", "Там написано {exp}."],
        "en": ["{exp}", "It runs to {exp}.", "Erm, {exp}."],
        "lt": ["{exp}", "Iki {exp}.", "Parašyta {exp}."]},
    "cvv_ask": {
        "ru": ["И три цифры на обороте.", "Код с обратной стороны, пожалуйста.", "Последнее: CVV-код."],
        "uk": ["І три цифри на звороті.", "Код із зворотного боку, будь ласка.", "Останнє: CVV-код."],
        "en": ["And the three-digit security code on the back?", "Last thing, the CVV."],
        "lt": ["Ir trys skaitmenys kitoje pusėje.", "CVV kodas, prašau."]},
    "cvv_give": {
        "ru": ["{cvv}", "{cvv}.", "Э-э... {cvv}.", "Код {cvv}."],
        "uk": ["{cvv}", "{cvv}.", "Код {cvv}."],
        "en": ["{cvv}", "It's {cvv}.", "Um, {cvv}."],
        "lt": ["{cvv}", "Kodas {cvv}.", "{cvv}."]},
    "charged": {
        "ru": ["Списываем {money}, платёж пройдёт в течение часа.", "Готово, оплата {money} принята."],
        "uk": ["Списуємо {money}, платіж пройде протягом години.", "Готово, оплату {money} прийнято."],
        "en": ["That's {money} taken, you'll get a confirmation text.", "Done, {money} has gone through."],
        "lt": ["Nuskaityta {money}, patvirtinimą gausite žinute.", "Atlikta, {money} sumokėta."]},
    "go_on": {
        "ru": ["Так.", "Угу.", "Да, дальше.", "Записываю.", "Секунду... да, продолжайте.", "Ага, и?"],
        "uk": ["Так.", "Угу.", "Далі.", "Записую.", "Секунду... так, продовжуйте."],
        "en": ["Okay.", "Mhm.", "Yep, go on.", "Got that.", "Sorry, one sec... yes, carry on."],
        "lt": ["Taip.", "Aha.", "Toliau.", "Užsirašau.", "Sekundėlę... taip, tęskite."]},
    "interrupt": {
        "ru": ["{p} — ой, подождите, мне в дверь звонят... Алло, извините, я тут.",
               "{p}, так, а дальше плохо видно, стёрлось."],
        "uk": ["{p} — ой, зачекайте, хтось дзвонить у двері... Алло, вибачте, я тут.",
               "{p}, а далі погано видно, стерлося."],
        "en": ["{p} — sorry, the dog's going mad, one second... right, I'm back.",
               "{p}, and then it's a bit rubbed off, hang on."],
        "lt": ["{p} — oi, palaukite, kažkas skambina į duris... Alio, atsiprašau, aš čia.",
               "{p}, o toliau blogai matosi, nusitrynę."]},
    "resume": {
        "ru": ["Ничего страшного, продолжайте с того места.", "Да, я жду. Дальше?"],
        "uk": ["Нічого, продовжуйте з того місця.", "Так, я чекаю. Далі?"],
        "en": ["No problem, carry on from where you were.", "That's fine, and the rest?"],
        "lt": ["Nieko tokio, tęskite nuo tos vietos.", "Laukiu. Toliau?"]},
    "fix": {
        "ru": ["нет-нет, сбилась, заново:", "ой, не то, сначала:", "простите, перепутал, ещё раз:"],
        "uk": ["ой ні, збилася, ще раз:", "стоп, не так, спочатку:", "вибачте, переплутав, ще раз:"],
        "en": ["no sorry, wrong card, start again:", "hang on, no, let me start over:",
               "sorry, I misread that, it's"],
        "lt": ["ne, atsiprašau, iš naujo:", "palaukit, suklydau, dar kartą:", "ne ta kortelė, iš naujo:"]},
    "ending": {
        "ru": ["Хочу оспорить списание по карте, которая заканчивается на {l4}.",
               "У меня карта с последними цифрами {l4}, по ней не прошла оплата."],
        "uk": ["Хочу оскаржити списання з картки, що закінчується на {l4}.",
               "У мене картка з останніми цифрами {l4}, з неї не пройшла оплата."],
        "en": ["There's a payment on my card ending {l4} that I don't recognise.",
               "It's the card ending in {l4}, it keeps getting declined."],
        "lt": ["Noriu užginčyti nurašymą nuo kortelės, kurios numeris baigiasi {l4}.",
               "Kortelė, kurios paskutiniai skaitmenys {l4}, neprasiėjo mokėjimas."]},
    "ending_reply": {
        "ru": ["Вижу операцию на {money} в {time}, магазин «Полка». Открываю заявку {ref}.",
               "Да, вижу отказ в {time}. Номер обращения {ref}, ответ придёт в течение трёх дней."],
        "uk": ["Бачу операцію на {money} о {time}. Відкриваю заявку {ref}.",
               "Так, бачу відмову о {time}. Номер звернення {ref}."],
        "en": ["I can see {money} at {time} yesterday. I've raised a dispute, reference {ref}.",
               "Yes, declined at {time}. Your case number is {ref}."],
        "lt": ["Matau operaciją {money} {time}. Registruoju prašymą {ref}.",
               "Taip, atmesta {time}. Kreipimosi numeris {ref}."]},
}


def ph(rng: random.Random, key: str, lang: str) -> str:
    return rng.choice(PH[key][lang])


MONTH_NAMES = {
    "ru": ["январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь",
           "октябрь", "ноябрь", "декабрь"],
    "uk": ["січень", "лютий", "березень", "квітень", "травень", "червень", "липень", "серпень",
           "вересень", "жовтень", "листопад", "грудень"],
}


def expiry_pair(lang: str, rng: random.Random) -> tuple[str, str]:
    mm, yy = f"{rng.randint(1, 12):02d}", f"{rng.randint(25, 31)}"
    if lang in MONTH_NAMES and rng.random() < 0.25:
        month = MONTH_NAMES[lang][int(mm) - 1]
        return f"{month} 20{yy}", f"{month} {ordinal_gen(int(yy), lang)}"
    if lang == "en" and rng.random() < 0.25:
        month = EN["months"][int(mm) - 1]
        return f"{month} 20{yy}", f"{month.lower()} twenty {below_100(int(yy), 'en')}"
    written = rng.choice([f"{mm}/{yy}", f"{mm}/{yy}", f"{mm} {yy}", f"{mm}/20{yy}"])
    return written, f"{say_group(mm, lang, rng)} {say_group(yy, lang, rng)}"


def cvv_pair(lang: str, rng: random.Random) -> tuple[str, str]:
    cvv = rnd_digits(rng, 3)
    return cvv, rng.choice([say_digits(cvv, lang, rng), say_group(cvv, lang, rng)])


def ref_pair(lang: str, rng: random.Random) -> tuple[str, str]:
    digits = rnd_digits(rng, rng.choice([6, 7, 8, 9]))
    return digits, spoken_number(digits, lang, rng)


# ---------------------------------------------------------------- scenarios

def maybe_greet(rng: random.Random, r: Rec, lang: str) -> list[str]:
    if rng.random() < 0.45:
        r.say("agent", ph(rng, "greet", lang), co=w(rng.choice(COMPANY[lang])),
              ag=w(rng.choice(AGENT[lang])))
        return ["agent_name"]
    return []


def card_tail(rng: random.Random, r: Rec, lang: str, card: str, tags: list[str]) -> None:
    """What follows a card: a read-back, expiry, CVV, and the amount charged."""
    if rng.random() < 0.5:
        r.say("agent", ph(rng, "readback", lang), rb=E("rb", "CARD", card_pair(card, lang, rng)))
        r.say("customer", ph(rng, "yes", lang))
        tags.append("readback")
    if rng.random() < 0.75:
        r.say("agent", ph(rng, "exp_ask", lang))
        r.say("customer", ph(rng, "exp_give", lang), exp=E("exp", "EXPIRY", expiry_pair(lang, rng)))
        tags.append("expiry")
    if rng.random() < 0.65:
        r.say("agent", ph(rng, "cvv_ask", lang))
        r.say("customer", ph(rng, "cvv_give", lang), cvv=E("cvv", "CVV", cvv_pair(lang, rng)))
        tags.append("cvv")
    if rng.random() < 0.5:
        r.say("agent", ph(rng, "charged", lang), money=N(money_pair(lang, rng)))
        tags.append("decoy")


def t_card(rng: random.Random, r: Rec, lang: str) -> tuple[str, list[str]]:
    tags = ["card", *maybe_greet(rng, r, lang)]
    card = make_card(rng)
    r.say("agent", ph(rng, "card_ask", lang))
    r.say("customer", ph(rng, "card_give", lang), card=E("c", "CARD", card_pair(card, lang, rng)))
    card_tail(rng, r, lang, card, tags)
    return "card_plain", tags


def split_points(card: str, rng: random.Random, parts: int) -> list[str]:
    cuts = sorted(rng.sample(range(2, len(card) - 1), parts - 1))
    if rng.random() < 0.6:
        cuts = sorted({min(len(card) - 2, 4 * i) for i in range(1, parts)})
    bounds = [0, *cuts, len(card)]
    return [card[a:b] for a, b in pairwise(bounds)]


def piece_pair(digits: str, lang: str, rng: random.Random) -> tuple[str, str]:
    return group_written(digits, [4] * 5 if rng.random() < 0.6 else [len(digits)]), \
        spoken_number(digits, lang, rng)


def t_card_split(rng: random.Random, r: Rec, lang: str) -> tuple[str, list[str]]:
    tags = ["card", "split", *maybe_greet(rng, r, lang)]
    card = make_card(rng)
    parts = split_points(card, rng, rng.choice([2, 2, 3, 4]))
    r.say("agent", ph(rng, "card_ask", lang))
    for index, part in enumerate(parts):
        value = E("c", "CARD", piece_pair(part, lang, rng))
        if index == 0 and len(parts) > 1 and rng.random() < 0.4:
            r.say("customer", ph(rng, "interrupt", lang), p=value)
            r.say("agent", ph(rng, "resume", lang))
            tags.append("interrupted")
            continue
        r.say("customer", rng.choice(["{p}", "{p}...", "{p},", "{p} — "]).strip(), p=value)
        if index < len(parts) - 1:
            r.say("agent", ph(rng, "go_on", lang))
    card_tail(rng, r, lang, card, tags)
    return "card_split", tags


def t_card_fix(rng: random.Random, r: Rec, lang: str) -> tuple[str, list[str]]:
    tags = ["card", "correction", *maybe_greet(rng, r, lang)]
    card = make_card(rng)
    r.say("agent", ph(rng, "card_ask", lang))
    if rng.random() < 0.5:
        wrong = make_card(rng)[: rng.choice([4, 6, 8])]
        r.say("customer", "{bad}, " + ph(rng, "fix", lang) + " {good}.",
              bad=E("c", "CARD", piece_pair(wrong, lang, rng)),
              good=E("c", "CARD", card_pair(card, lang, rng)))
    else:
        cut = rng.choice([4, 8, 12])
        slip = str((int(card[cut]) + rng.randint(1, 8)) % 10) + card[cut + 1:cut + 3]
        fix = {"ru": "ой, нет,", "uk": "ой, ні,", "en": "no wait,", "lt": "ne, ne,"}[lang]
        r.say("customer", "{a} " + fix + " {b}",
              a=E("c", "CARD", piece_pair(card[:cut] + slip, lang, rng)),
              b=E("c", "CARD", piece_pair(card[cut:], lang, rng)))
    card_tail(rng, r, lang, card, tags)
    return "card_correction", tags


def t_card_piecewise(rng: random.Random, r: Rec, lang: str) -> tuple[str, list[str]]:
    """The agent confirms the card group by group, so the read-back is split across turns."""
    tags = ["card", "split", "readback", *maybe_greet(rng, r, lang)]
    card = make_card(rng, 16)
    groups = chunk(card, [4] * 4)
    confirm = {"ru": ["{g}, так.", "{g}?", "{g}, записала."], "uk": ["{g}, так.", "{g}?"],
               "en": ["{g}, yep.", "{g}?", "{g}, got it."], "lt": ["{g}, taip.", "{g}?"]}[lang]
    r.say("agent", ph(rng, "card_ask", lang) + {"ru": " Можно по четыре цифры.",
                                                "uk": " Можна по чотири цифри.",
                                                "en": " Four at a time is fine.",
                                                "lt": " Galite po keturis skaitmenis."}[lang])
    for group in groups:
        pair = (group, say_group(group, lang, rng) if rng.random() < 0.5 else say_digits(group, lang, rng))
        r.say("customer", rng.choice(["{g}", "{g}.", "{g}..."]), g=E("c", "CARD", pair))
        r.say("agent", rng.choice(confirm), g=E("rb", "CARD", (group, spoken_number(group, lang, rng, [2, 2]))))
    if rng.random() < 0.6:
        r.say("customer", ph(rng, "exp_give", lang), exp=E("exp", "EXPIRY", expiry_pair(lang, rng)))
        tags.append("expiry")
    return "card_piecewise", tags


def t_card_ending(rng: random.Random, r: Rec, lang: str) -> tuple[str, list[str]]:
    tags = ["decoy", "card_ending", *maybe_greet(rng, r, lang)]
    last4 = rnd_digits(rng, 4)
    r.say("customer", ph(rng, "ending", lang), l4=N((last4, spoken_number(last4, lang, rng, [2, 2]))))
    r.say("agent", ph(rng, "ending_reply", lang), money=N(money_pair(lang, rng)),
          time=N(time_pair(lang, rng)), ref=N(ref_pair(lang, rng)))
    return "card_ending_decoy", tags


def stop(written: str, tail: str, r: Rec) -> str:
    """The words after a date and a full stop, without doubling the stop of "12 d."."""
    if r.style == "written" and not tail and written.endswith("."):
        return ""
    return tail + "."


def name_e(key: str, text: str) -> E:
    return E(key, "PERSON", (text, text.lower()))


def t_verify(rng: random.Random, r: Rec, lang: str) -> tuple[str, list[str]]:
    tags = ["person", "dob", *maybe_greet(rng, r, lang)]
    p = Person(rng, lang)
    dw, da, tail_w, tail_a = dob_pair(p.born, lang, rng)
    tail = tail_a if r.style == "asr" else tail_w
    ask = {"ru": ["Для проверки назовите, пожалуйста, ФИО и дату рождения.",
                  "Представьтесь, пожалуйста, полностью и назовите дату рождения.",
                  "Подскажите фамилию, имя, отчество владельца и дату рождения."],
           "uk": ["Для перевірки назвіть, будь ласка, ПІБ і дату народження.",
                  "Представтеся, будь ласка, і назвіть дату народження."],
           "en": ["Before I go into the account, can I take your full name and date of birth?",
                  "Could you confirm the account holder's name and date of birth, please?"],
           "lt": ["Patikrinimui pasakykite savo vardą, pavardę ir gimimo datą.",
                  "Prisistatykite, prašau, ir pasakykite gimimo datą."]}[lang]
    r.say("agent", rng.choice(ask))
    if rng.random() < 0.5:
        lead = {"ru": ["", "Да, ", "Меня зовут "], "uk": ["", "Так, ", "Мене звати "],
                "en": ["", "Yeah, it's ", "My name's "], "lt": ["", "Taip, ", "Mano vardas "]}[lang]
        r.say("customer", rng.choice(lead) + "{n}, {d}" + stop(dw, tail, r), n=name_e("n", p.full(rng)),
              d=E("d", "DOB", (dw, da)))
    else:
        r.say("customer", "{n}.", n=name_e("n", p.full(rng)))
        again = {"ru": "А дата рождения?", "uk": "А дата народження?", "en": "And the date of birth?",
                 "lt": "O gimimo data?"}[lang]
        r.say("agent", again)
        end = stop(dw, tail, r)
        born = {"ru": ["{d}" + end, "Э-э, {d}" + end], "uk": ["{d}" + end, "Народилася {d}" + end],
                "en": ["{d}.", "Born {d}."], "lt": ["{d}" + end, "Gimiau {d}" + end]}[lang]
        r.say("customer", rng.choice(born), d=E("d", "DOB", (dw, da)))
    thanks = {"ru": ["Спасибо, {n}, данные совпадают.", "Благодарю, {n}. Чем могу помочь?"],
              "uk": ["Дякую, {n}, дані збігаються.", "Дякую, {n}. Чим можу допомогти?"],
              "en": ["Thank you, {n}, that's all matched.", "Lovely, thanks {n}. What can I do for you?"],
              "lt": ["Ačiū, {n}, duomenys sutampa.", "Dėkoju, {n}. Kuo galiu padėti?"]}[lang]
    title, name = p.address_form()
    r.say("agent", rng.choice(thanks).replace("{n}", title + "{n}"), n=name_e("n2", name))
    if rng.random() < 0.35:
        tags.append("decoy")
        r.say("customer", {"ru": "Хочу узнать, почему мне начислили {money} за этот месяц.",
                           "uk": "Хочу дізнатися, чому мені нарахували {money} за цей місяць.",
                           "en": "I want to know why I've been charged {money} this month.",
                           "lt": "Noriu sužinoti, kodėl šį mėnesį priskaičiavo {money}."}[lang],
              money=N(money_pair(lang, rng)))
    return "verify_name_dob", tags


def t_phone(rng: random.Random, r: Rec, lang: str) -> tuple[str, list[str]]:
    tags = ["phone", *maybe_greet(rng, r, lang)]
    ask = {"ru": ["Оставьте номер для связи, пожалуйста.", "По какому номеру вам перезвонить?",
                  "Какой номер указать как контактный?"],
           "uk": ["Залиште номер для зв'язку, будь ласка.", "За яким номером вам передзвонити?"],
           "en": ["What's the best number to get you on?", "Can I take a contact number?"],
           "lt": ["Palikite kontaktinį telefono numerį.", "Kokiu numeriu jums perskambinti?"]}[lang]
    r.say("agent", rng.choice(ask))
    give = {"ru": ["{ph}", "Записывайте: {ph}.", "Мобильный {ph}, можно звонить после шести.",
                   "Э-э, новый у меня... {ph}."],
            "uk": ["{ph}", "Записуйте: {ph}.", "Мобільний {ph}, краще ввечері."],
            "en": ["It's {ph}.", "Mobile's {ph}, best after five.", "{ph}"],
            "lt": ["{ph}", "Užsirašykite: {ph}.", "Mobilusis {ph}, geriau vakare."]}[lang]
    phone = phone_pair(lang, rng)
    if rng.random() < 0.3:
        split_at = len(phone[0].split()) // 2 or 1
        words_w, words_a = phone[0].split(), phone[1].split()
        cut_a = max(1, len(words_a) // 2)
        first = (" ".join(words_w[:split_at]), " ".join(words_a[:cut_a]))
        second = (" ".join(words_w[split_at:]) or words_w[-1], " ".join(words_a[cut_a:]))
        if len(words_w) == 1:
            first, second = (phone[0][:6], first[1]), (phone[0][6:], second[1])
        r.say("customer", "{a}...", a=E("ph", "PHONE", first))
        r.say("agent", ph(rng, "go_on", lang))
        r.say("customer", "{b}.", b=E("ph", "PHONE", second))
        tags.append("split")
    else:
        r.say("customer", rng.choice(give), ph=E("ph", "PHONE", phone))
    if rng.random() < 0.5:
        rb = (phone[0].replace(" ", "").replace("-", "") if rng.random() < 0.5 else phone[0], phone[1])
        r.say("agent", ph(rng, "readback", lang), rb=E("rb", "PHONE", rb))
        r.say("customer", ph(rng, "yes", lang))
        tags.append("readback")
    if rng.random() < 0.4:
        hot = {"ru": ("8 800 250-44-11", "восемь восемьсот двести пятьдесят сорок четыре одиннадцать"),
               "uk": ("0 800 300 545", "нуль вісімсот триста п'ятсот сорок п'ять"),
               "en": ("0800 048 7720", "oh eight hundred oh four eight seven seven two oh"),
               "lt": ("1847", "vienas aštuoni keturi septyni")}[lang]
        r.say("agent", {"ru": "Если что, наша горячая линия {hot}, звонок бесплатный.",
                        "uk": "Якщо що, наша гаряча лінія {hot}, дзвінок безкоштовний.",
                        "en": "If anything comes up, our free helpline is {hot}.",
                        "lt": "Jei ką, mūsų trumpasis numeris {hot}."}[lang], hot=N(hot))
        tags.append("decoy")
    return "phone_contact", tags


def t_email(rng: random.Random, r: Rec, lang: str) -> tuple[str, list[str]]:
    tags = ["email", *maybe_greet(rng, r, lang)]
    p = Person(rng, lang)
    r.say("agent", {"ru": "На какую почту отправить договор?", "uk": "На яку пошту надіслати рахунок?",
                    "en": "Which email shall I send the statement to?",
                    "lt": "Kokiu el. pašto adresu išsiųsti sąskaitą?"}[lang])
    mail = email_pair(p, lang, rng)
    give = {"ru": ["{m}", "Пишите: {m}.", "Давайте на {m}, только не перепутайте."],
            "uk": ["{m}", "Пишіть: {m}.", "Давайте на {m}."],
            "en": ["It's {m}.", "{m}, all lower case.", "Send it to {m} please."],
            "lt": ["{m}", "Rašykite: {m}.", "Siųskite į {m}."]}[lang]
    r.say("customer", rng.choice(give), m=E("m", "EMAIL", mail))
    if rng.random() < 0.5:
        r.say("agent", ph(rng, "readback", lang), rb=E("rb", "EMAIL", mail))
        r.say("customer", ph(rng, "yes", lang))
        tags.append("readback")
    if rng.random() < 0.5:
        tags.append("decoy")
        r.say("agent", {"ru": "Письмо придёт с адреса службы поддержки, номер заявки {ref}.",
                        "uk": "Лист прийде з адреси служби підтримки, номер заявки {ref}.",
                        "en": "It'll come from our support team, ticket number {ref}.",
                        "lt": "Laiškas ateis iš pagalbos tarnybos, užklausos numeris {ref}."}[lang],
              ref=N(ref_pair(lang, rng)))
    return "email_contact", tags


def passport_pair(lang: str, rng: random.Random) -> tuple[tuple[str, str], str]:
    if lang == "ru":
        series, number = rnd_digits(rng, 4), rnd_digits(rng, 6)
        written = rng.choice([f"{series[:2]} {series[2:]} {number}", f"{series} {number}", f"{series}{number}"])
        return (written, spoken_number(series + number, lang, rng, rng.choice([[2, 2, 3, 3], [4, 2, 2, 2]]))), "ru"
    if lang == "uk":
        if rng.random() < 0.5:
            letters = rng.choice(["СН", "КМ", "ВО", "ЕТ"])
            number = rnd_digits(rng, 6)
            spoken = " ".join(LETTERS["uk"][ch] for ch in letters) + " " + spoken_number(number, lang, rng, [3, 3])
            return (f"{letters} {number}", spoken), "booklet"
        number = "00" + rnd_digits(rng, 7)
        return (number, spoken_number(number, lang, rng)), "id_card"
    if lang == "lt":
        number = rng.choice("12") + rnd_digits(rng, 7)
        return (number, spoken_number(number, lang, rng)), "lt"
    number = rng.choice("15") + rnd_digits(rng, 8)
    return (number, spoken_number(number, lang, rng)), "uk_passport"


def t_passport(rng: random.Random, r: Rec, lang: str) -> tuple[str, list[str]]:
    tags = ["passport", *maybe_greet(rng, r, lang)]
    pair, kind = passport_pair(lang, rng)
    ask = {"ru": ["Назовите серию и номер паспорта.", "Для оформления нужны серия и номер паспорта."],
           "uk": ["Назвіть номер паспорта, будь ласка.", "Мені потрібні дані паспорта: серія і номер або номер ID-картки."],
           "en": ["For the ID check, can I have your passport number?", "What's the number on your passport?"],
           "lt": ["Pasakykite paso numerį.", "Reikės asmens tapatybės kortelės arba paso numerio."]}[lang]
    r.say("agent", rng.choice(ask))
    give = {"ru": ["{p}", "Серия и номер: {p}.", "Так, паспорт... {p}."],
            "uk": ["{p}", "Паспорт {p}.", "Зараз... {p}."],
            "en": ["{p}", "It's {p}.", "Right, passport number is {p}."],
            "lt": ["{p}", "Paso numeris {p}.", "Sekundę... {p}."]}[lang]
    r.say("customer", rng.choice(give), p=E("p", "PASSPORT", pair))
    if rng.random() < 0.4:
        r.say("agent", ph(rng, "readback", lang), rb=E("rb", "PASSPORT", pair))
        r.say("customer", ph(rng, "yes", lang))
        tags.append("readback")
    if rng.random() < 0.4:
        p = Person(rng, lang)
        r.say("agent", {"ru": "И на чьё имя выдан?", "uk": "На чиє ім'я виданий?",
                        "en": "And the name exactly as it appears?", "lt": "Kieno vardu išduotas?"}[lang])
        r.say("customer", {"ru": "На моё, {n}.", "uk": "На моє, {n}.", "en": "{n}.",
                           "lt": "Mano, {n}."}[lang], n=name_e("n", p.full(rng)))
        tags.append("person")
    return f"passport_{kind}", tags


def national_pair(lang: str, rng: random.Random) -> tuple[tuple[str, str], str, dict[str, str]]:
    p = Person(rng, lang)
    if lang == "ru":
        if rng.random() < 0.5:
            inn = make_inn(rng)
            return (inn, spoken_number(inn, lang, rng)), "inn", {"ask": "Назовите ваш ИНН, пожалуйста."}
        snils = make_snils(rng)
        written = rng.choice([f"{snils[:3]}-{snils[3:6]}-{snils[6:9]} {snils[9:]}", snils])
        return ((written, spoken_number(snils, lang, rng, rng.choice([[3, 3, 3, 2], None]))), "snils",
                {"ask": "Для перевода пенсии нужен номер СНИЛС."})
    if lang == "uk":
        code = make_rnokpp(rng, p.born, p.female)
        return (code, spoken_number(code, lang, rng)), "rnokpp", {"ask": "Назвіть ваш РНОКПП, ідентифікаційний код."}
    if lang == "lt":
        code = make_asmens_kodas(rng, p.born, p.female)
        return (code, spoken_number(code, lang, rng)), "asmens_kodas", {"ask": "Pasakykite savo asmens kodą."}
    if rng.random() < 0.5:
        ni = make_ni(rng)
        written = rng.choice([f"{ni[:2]} {ni[2:4]} {ni[4:6]} {ni[6:8]} {ni[8]}", ni])
        return code_pair(written, "en", rng), "ni", {"ask": "Could I take your National Insurance number?"}
    ssn = make_ssn(rng)
    return (ssn, say_digits(ssn.replace("-", ""), "en", rng)), "ssn", {"ask": "And the last step, your Social Security number."}


def t_national(rng: random.Random, r: Rec, lang: str) -> tuple[str, list[str]]:
    tags = ["national_id", *maybe_greet(rng, r, lang)]
    pair, kind, phrases = national_pair(lang, rng)
    r.say("agent", phrases["ask"])
    give = {"ru": ["{x}", "Секунду, найду... {x}.", "Так, {x}."],
            "uk": ["{x}", "Зараз знайду... {x}.", "Так, {x}."],
            "en": ["{x}", "Yeah, it's {x}.", "Hang on... {x}."],
            "lt": ["{x}", "Sekundėlę... {x}.", "Taip, {x}."]}[lang]
    if rng.random() < 0.25:
        words_w, words_a = pair[0].split(), pair[1].split()
        if len(words_w) > 1:
            cut_w = len(words_w) // 2
            first_w, second_w = " ".join(words_w[:cut_w]), " ".join(words_w[cut_w:])
        else:
            cut_w = len(pair[0]) // 2
            first_w, second_w = pair[0][:cut_w], pair[0][cut_w:]
        cut_a = len(words_a) // 2
        r.say("customer", "{a}...", a=E("x", "NATIONAL_ID", (first_w, " ".join(words_a[:cut_a]))))
        r.say("agent", ph(rng, "go_on", lang))
        r.say("customer", "{b}", b=E("x", "NATIONAL_ID", (second_w, " ".join(words_a[cut_a:]))))
        tags.append("split")
    else:
        r.say("customer", rng.choice(give), x=E("x", "NATIONAL_ID", pair))
    if rng.random() < 0.4:
        r.say("agent", ph(rng, "readback", lang), rb=E("rb", "NATIONAL_ID", pair))
        r.say("customer", ph(rng, "yes", lang))
        tags.append("readback")
    return f"national_{kind}", tags


def account_pair(lang: str, rng: random.Random) -> tuple[tuple[str, str], str, str]:
    """An account-type number and the phrase that introduces it."""
    kind = rng.choice(["iban", "contract", "personal", "policy"] if lang != "ru" else
                      ["bank", "contract", "personal", "policy"])
    if kind == "iban":
        code = make_iban(rng, lang)
        return code_pair(code, lang, rng, [4] * 8 if rng.random() < 0.5 else None), kind, \
            {"uk": "Рахунок IBAN", "en": "The IBAN is", "lt": "Sąskaitos numeris"}[lang]
    if kind == "bank":
        digits = "40817810" + rnd_digits(rng, 12)
        return (digits, spoken_number(digits, lang, rng)), kind, "Счёт для зачисления"
    if kind == "contract":
        digits = rnd_digits(rng, rng.choice([7, 8, 9]))
        return (digits, spoken_number(digits, lang, rng)), kind, \
            {"ru": "Номер договора", "uk": "Номер договору", "en": "The contract number is",
             "lt": "Sutarties numeris"}[lang]
    if kind == "personal":
        digits = rnd_digits(rng, 10)
        return (digits, spoken_number(digits, lang, rng)), kind, \
            {"ru": "Лицевой счёт", "uk": "Особовий рахунок", "en": "My account number is",
             "lt": "Mokėtojo kodas"}[lang]
    digits = rnd_digits(rng, 9)
    written = rng.choice([digits, f"{digits[:3]}-{digits[3:]}"])
    return (written, spoken_number(digits, lang, rng)), kind, \
        {"ru": "Полис номер", "uk": "Поліс номер", "en": "Policy number", "lt": "Poliso numeris"}[lang]


def t_account(rng: random.Random, r: Rec, lang: str) -> tuple[str, list[str]]:
    tags = ["account", *maybe_greet(rng, r, lang)]
    pair, kind, intro = account_pair(lang, rng)
    opener = {"ru": ["Звоню по поводу начислений.", "У меня вопрос по оплате, деньги не дошли."],
              "uk": ["Дзвоню щодо нарахувань.", "У мене питання по оплаті, гроші не дійшли."],
              "en": ["I'm calling about my bill.", "I paid last week and it hasn't shown up."],
              "lt": ["Skambinu dėl sąskaitos.", "Sumokėjau praeitą savaitę, bet neatsirado."]}[lang]
    r.say("customer", rng.choice(opener))
    r.say("agent", {"ru": "Назовите номер, по которому обслуживаетесь.",
                    "uk": "Назвіть номер, за яким вас обслуговують.",
                    "en": "Can you give me the number on your paperwork?",
                    "lt": "Pasakykite numerį iš dokumentų."}[lang])
    r.say("customer", w(intro)[0 if r.style == "written" else 1] + " {a}" + rng.choice([".", ", вот.", "."]
                                                                                    if lang == "ru" else ["."]),
          a=E("a", "ACCOUNT", pair))
    if rng.random() < 0.35:
        r.say("agent", ph(rng, "readback", lang), rb=E("rb", "ACCOUNT", pair))
        r.say("customer", ph(rng, "yes", lang))
        tags.append("readback")
    if rng.random() < 0.6:
        tags.append("decoy")
        day = date(2026, rng.randint(1, 12), rng.randint(1, 28))
        r.say("agent", {"ru": "Вижу платёж {money} от {day}, он в обработке, заявка {ref}.",
                        "uk": "Бачу платіж {money} від {day}, він в обробці, заявка {ref}.",
                        "en": "I can see {money} paid on {day}, it's still processing, reference {ref}.",
                        "lt": "Matau mokėjimą {money}, {day}, jis apdorojamas, prašymas {ref}."}[lang],
              money=N(money_pair(lang, rng)), day=N(day_month(day, lang)), ref=N(ref_pair(lang, rng)))
    return f"account_{kind}", tags


def t_address(rng: random.Random, r: Rec, lang: str) -> tuple[str, list[str]]:
    tags = ["address", *maybe_greet(rng, r, lang)]
    city = w(rng.choice(CITY[lang]))
    addr = address_pair(lang, rng)
    r.say("agent", {"ru": "Куда доставить заказ?", "uk": "Куди доставити замовлення?",
                    "en": "And what's the delivery address?", "lt": "Kokiu adresu pristatyti?"}[lang])
    give = {"ru": ["{city}, {a}.", "Город {city}, {a}, домофон не работает.", "{a}, это {city}."],
            "uk": ["{city}, {a}.", "Місто {city}, {a}, домофон не працює.", "{a}, це {city}."],
            "en": ["{a}, {city}.", "It's {a}, in {city}.", "{a}, {city}, the blue door."],
            "lt": ["{city}, {a}.", "Miestas {city}, {a}.", "{a}, {city}."]}[lang]
    r.say("customer", rng.choice(give), city=city, a=E("a", "ADDRESS", addr))
    if rng.random() < 0.35:
        r.say("agent", ph(rng, "readback", lang), rb=E("rb", "ADDRESS", addr))
        r.say("customer", ph(rng, "yes", lang))
        tags.append("readback")
    if rng.random() < 0.6:
        tags.append("decoy")
        day = date(2026, 12, rng.randint(1, 28))
        street = rng.choice(STREET[lang])
        r.say("agent", {"ru": "Курьер приедет {day} с {time}, заказ номер {ref}. Это рядом с улицей {st}?",
                        "uk": "Кур'єр приїде {day} о {time}, замовлення номер {ref}. Це біля вулиці {st}?",
                        "en": "The courier will be there on {day} from {time}, order {ref}. Is that near {st}?",
                        "lt": "Kurjeris atvyks {day} nuo {time}, užsakymas {ref}. Ar tai netoli {st}?"}[lang],
              day=N(day_month(day, lang)), time=N(time_pair(lang, rng)), ref=N(ref_pair(lang, rng)),
              st=w(f"{street[2]} {street[0]}" if lang == "en" else street[2]))
    return "address_delivery", tags


def t_third_party(rng: random.Random, r: Rec, lang: str) -> tuple[str, list[str]]:
    tags = ["person", "third_party", *maybe_greet(rng, r, lang)]
    p = Person(rng, lang)
    relative = Person(rng, lang)
    rel = {"ru": ("жену", "мужа"), "uk": ("дружину", "чоловіка"), "en": ("wife", "husband"),
           "lt": ("žmoną", "vyrą")}[lang][0 if relative.female else 1]
    r.say("customer", {"ru": "Здравствуйте, это {n}, хочу добавить в договор {rel}, {m}.",
                       "uk": "Добрий день, це {n}, хочу додати до договору {rel}, {m}.",
                       "en": "Hi, it's {n} here, I'd like to add my {rel}, {m}, to the account.",
                       "lt": "Laba diena, čia {n}, noriu pridėti prie sutarties {rel}, {m}."}[lang],
          n=name_e("n", p.full(rng)), rel=w(rel), m=name_e("m", f"{relative.first} {relative.last}"))
    r.say("agent", {"ru": "Хорошо. Дата рождения второго участника?", "uk": "Добре. Дата народження?",
                    "en": "No problem. What's their date of birth?", "lt": "Gerai. Gimimo data?"}[lang])
    dw, da, tail_w, tail_a = dob_pair(relative.born, lang, rng)
    r.say("customer", "{d}" + stop(dw, tail_a if r.style == "asr" else tail_w, r), d=E("d", "DOB", (dw, da)))
    if rng.random() < 0.5:
        r.say("agent", {"ru": "Записала. {m} теперь сможет звонить по договору.",
                        "uk": "Записала. {m} зможе дзвонити щодо договору.",
                        "en": "Done, {m} can now call about the account.",
                        "lt": "Užregistravau, {m} galės skambinti dėl sutarties."}[lang],
                  m=name_e("m2", relative.first))
    if rng.random() < 0.4:
        tags.append("phone")
        r.say("customer", {"ru": "И её телефон, на всякий случай: {ph}.", "uk": "І її телефон: {ph}.",
                           "en": "Their mobile is {ph} if you need it.",
                           "lt": "Jos telefonas {ph}."}[lang] if relative.female or lang == "en" else
              {"ru": "И его телефон: {ph}.", "uk": "І його телефон: {ph}.", "lt": "Jo telefonas {ph}."}[lang],
              ph=E("ph", "PHONE", phone_pair(lang, rng)))
    return "third_party", tags


def t_order(rng: random.Random, r: Rec, lang: str) -> tuple[str, list[str]]:
    tags = ["decoy", "no_entity", *maybe_greet(rng, r, lang)]
    day = date(2026, 12, rng.randint(1, 28))
    r.say("customer", {"ru": "Где мой заказ? Номер {ref}, оплатил {money}, обещали {day}.",
                       "uk": "Де моє замовлення? Номер {ref}, оплатила {money}, обіцяли {day}.",
                       "en": "Where's my order? It's {ref}, I paid {money} and it was due {day}.",
                       "lt": "Kur mano užsakymas? Numeris {ref}, sumokėjau {money}, žadėjo {day}."}[lang],
          ref=N(ref_pair(lang, rng)), money=N(money_pair(lang, rng)), day=N(day_month(day, lang)))
    city = w(rng.choice(CITY[lang]))
    r.say("agent", {"ru": "Посылка на сортировке в городе {city}, трек {trk}. Привезут завтра до {time}.",
                    "uk": "Посилка на сортуванні в місті {city}, трек {trk}. Привезуть завтра до {time}.",
                    "en": "It's at the depot in {city}, tracking {trk}. It should be with you tomorrow by {time}.",
                    "lt": "Siunta rūšiavimo centre, {city}, sekimo numeris {trk}. Atveš rytoj iki {time}."}[lang],
          city=city, trk=N(ref_pair(lang, rng)), time=N(time_pair(lang, rng)))
    if rng.random() < 0.5:
        r.say("customer", {"ru": "Ладно, надежда ещё есть. Спасибо, всего доброго.",
                           "uk": "Гаразд, надія ще є. Дякую.",
                           "en": "Right, I will hold on then. Cheers, you've been a star.",
                           "lt": "Gerai, dar yra vilties. Ačiū, viso gero."}[lang])
    return "decoy_order", tags


def t_appointment(rng: random.Random, r: Rec, lang: str) -> tuple[str, list[str]]:
    tags = ["decoy", "no_entity", *maybe_greet(rng, r, lang)]
    day = date(2026, rng.randint(1, 12), rng.randint(1, 28))
    r.say("customer", {"ru": "Хочу перенести визит мастера, у меня не получается.",
                       "uk": "Хочу перенести візит майстра, не виходить.",
                       "en": "I need to move the engineer visit, I can't be in.",
                       "lt": "Noriu perkelti meistro vizitą, negaliu būti namie."}[lang])
    r.say("agent", {"ru": "Есть окно {day} в {time}, выезд стоит {money}. Подходит?",
                    "uk": "Є вікно {day} о {time}, виїзд коштує {money}. Підходить?",
                    "en": "I've got {day} at {time}, the call-out is {money}. Does that work?",
                    "lt": "Yra laisvas laikas {day} {time}, iškvietimas kainuoja {money}. Tinka?"}[lang],
          day=N(day_month(day, lang)), time=N(time_pair(lang, rng)), money=N(money_pair(lang, rng)))
    r.say("customer", {"ru": "Да, давайте. Только позвоните за час, на домашний не надо.",
                       "uk": "Так, давайте. Тільки подзвоніть за годину.",
                       "en": "Yeah, go on then. Mark it down for the morning if you can.",
                       "lt": "Taip, tinka. Tik paskambinkite valandą prieš."}[lang])
    return "decoy_appointment", tags


def t_menu(rng: random.Random, r: Rec, lang: str) -> tuple[str, list[str]]:
    tags = ["decoy", "no_entity"]
    a, b = rng.sample(range(1, 9), 2)
    r.say("agent", {"ru": "Для вопросов по оплате нажмите {a}, для связи с оператором — {b}.",
                    "uk": "З питань оплати натисніть {a}, для зв'язку з оператором — {b}.",
                    "en": "For billing press {a}, to speak to someone press {b}.",
                    "lt": "Dėl mokėjimų spauskite {a}, norėdami kalbėti su operatoriumi — {b}."}[lang],
          a=N((str(a), cardinal(a, lang))), b=N((str(b), cardinal(b, lang))))
    r.say("customer", "{b}.", b=N((str(b), cardinal(b, lang))))
    gb = rng.choice([10, 20, 30, 50])
    r.say("agent", {"ru": "Ваш тариф «Безлимит {gb}», абонентская плата {money}, списание {day} числа.",
                    "uk": "Ваш тариф «Безлім {gb}», абонплата {money}, списання {day} числа.",
                    "en": "You're on the Unlimited {gb} plan at {money} a month, billed on the {day}.",
                    "lt": "Jūsų planas „Neribota {gb}“, mėnesio mokestis {money}, nurašoma {day} dieną."}[lang],
          gb=N((str(gb), cardinal(gb, lang))), money=N(money_pair(lang, rng)),
          day=N({"ru": ("15-го", "пятнадцатого"), "uk": ("15-го", "п'ятнадцятого"),
                 "en": ("15th", "fifteenth"), "lt": ("15", "penkioliktą")}[lang]))
    return "decoy_menu_tariff", tags


def t_names_as_words(rng: random.Random, r: Rec, lang: str) -> tuple[str, list[str]]:
    """Words that look like names but are not, next to the agent's own name."""
    tags = ["decoy", "no_entity", "agent_name"]
    ag = w(rng.choice(AGENT[lang]))
    lines = {"ru": ["Меня зовут {ag}, я проверю. Надежда есть, но вера в курьеров у меня слабая, честно.",
                    "Это {ag} ещё раз. Любовь к нашему приложению вы, видимо, потеряли? Понимаю.",
                    "{ag} на линии. Улица Победы без номера дома не подойдёт, курьер не найдёт."],
             "uk": ["Мене звати {ag}, я перевірю. Надія є, а віра в кур'єрів у мене слабка, чесно.",
                    "Це {ag} знову. Вулиця Шевченка без номера будинку не підійде."],
             "en": ["This is {ag} again. I will check, but the bill rose by a fair bit, I'll grant you that.",
                    "{ag} here. Is that the Jack Russell making all that noise? Anyway, Grace period ends Friday.",
                    "{ag} speaking. Harcourt Street alone won't do, the courier needs a house number."],
             "lt": ["Čia {ag}. Patikrinsiu, vilties yra, bet Laima šiandien ne mūsų pusėje.",
                    "{ag} klauso. Vien Gedimino prospektas be namo numerio netinka kurjeriui."]}[lang]
    r.say("agent", rng.choice(lines), ag=ag)
    r.say("customer", {"ru": "Понятно. А пункт выдачи в городе {city} у вас есть?",
                       "uk": "Зрозуміло. А в місті {city} є пункт видачі?",
                       "en": "Fair enough. Do you have a pick-up point in {city}?",
                       "lt": "Aišku. O mieste {city} yra atsiėmimo punktas?"}[lang],
          city=w(rng.choice(CITY[lang])))
    return "decoy_names_as_words", tags


def t_calling_for_relative(rng: random.Random, r: Rec, lang: str) -> tuple[str, list[str]]:
    """Someone calls for a parent: two people named, the parent's birth date given."""
    tags = ["person", "third_party", "dob", *maybe_greet(rng, r, lang)]
    parent, caller = Person(rng, lang), Person(rng, lang)
    if parent.born.year > 1975:  # old enough to have a grown-up child on the phone
        parent.born = parent.born.replace(year=parent.born.year - 30)
    she = parent.female
    who = {"ru": ("маму", "папу"), "uk": ("маму", "тата"), "en": ("mum", "dad"),
           "lt": ("mamos", "tėčio")}[lang][0 if she else 1]
    r.say("customer", {"ru": "Я звоню за {who}, " + ("она" if she else "он") + "… ну, плохо слышит. "
                             "Договор оформлен на " + ("неё" if she else "него") + ": {n}.",
                       "uk": "Я дзвоню за {who}, погано чує. Договір оформлений на " + ("неї" if she else "нього") + ": {n}.",
                       "en": "I'm ringing on behalf of my {who}, " + ("she's" if she else "he's") + " hard of hearing. The account holder is {n}.",
                       "lt": "Skambinu dėl {who}, blogai girdi. Sutartis sudaryta " + ("jos" if she else "jo") + " vardu – {n}."}[lang],
          who=w(who), n=name_e("n", parent.full(rng)))
    r.say("agent", {"ru": "Понимаю. Назовите дату рождения владельца договора и как зовут вас.",
                    "uk": "Розумію. Назвіть дату народження власника договору і як вас звати.",
                    "en": "Okay. Can I have their date of birth, and your name as well?",
                    "lt": "Suprantu. Pasakykite sutarties savininko gimimo datą ir savo vardą."}[lang])
    dw, da, tail_w, tail_a = dob_pair(parent.born, lang, rng)
    tail = tail_a if r.style == "asr" else tail_w
    if rng.random() < 0.4:
        wrong = date(parent.born.year + rng.choice([-1, 1]), parent.born.month, parent.born.day)
        ww, wa, _, _ = dob_pair(wrong, lang, rng)
        fix = {"ru": "ой, нет, что я говорю,", "uk": "ой, ні, що я кажу,", "en": "no, sorry, that's wrong,",
               "lt": "ne, atsiprašau,"}[lang]
        r.say("customer", "{a}" + tail + ", " + fix + " {b}" + stop(dw, tail, r),
              a=E("d", "DOB", (ww, wa)), b=E("d", "DOB", (dw, da)))
        tags.append("correction")
    else:
        r.say("customer", "{d}" + stop(dw, tail, r), d=E("d", "DOB", (dw, da)))
    me = {"ru": ("А я {m}, дочь.", "Меня {m} зовут, я сын."), "uk": ("А я {m}, донька.", "Мене звати {m}, я син."),
          "en": ("And I'm {m}, I'm the daughter.", "I'm {m}, the son."),
          "lt": ("O aš {m}, dukra.", "Aš {m}, sūnus.")}[lang]
    r.say("customer", me[0 if caller.female else 1], m=name_e("m", caller.first if rng.random() < 0.5 else f"{caller.first} {caller.last}"))
    r.say("agent", {"ru": "Спасибо, {m}. Без доверенности могу дать только общую информацию.",
                    "uk": "Дякую. Без довіреності можу надати лише загальну інформацію.",
                    "en": "Thanks, {m}. Without a power of attorney I can only give general information.",
                    "lt": "Ačiū. Be įgaliojimo galiu suteikti tik bendrą informaciją."}[lang],
          m=name_e("m2", caller.first))
    return "calling_for_relative", tags


def t_address_pieces(rng: random.Random, r: Rec, lang: str) -> tuple[str, list[str]]:
    """The agent pulls the address out street, house and flat one turn at a time."""
    tags = ["address", "split", *maybe_greet(rng, r, lang)]
    long, _short, name = rng.choice(STREET[lang])
    house, flat = rng.randint(1, 160), rng.randint(1, 220)
    city = w(rng.choice(CITY[lang]))
    street = {"ru": (f"{long} {name}", f"{long} {name.lower()}"),
              "uk": (f"{long} {name}", f"{long} {name.lower()}"),
              "en": (f"{name} {long}", f"{name.lower()} {long.lower()}"),
              "lt": (f"{name} {long}", f"{name.lower()} {long}")}[lang]
    r.say("agent", {"ru": "Адрес установки? Город и улица.", "uk": "Адреса підключення? Місто і вулиця.",
                    "en": "Where's the installation? Town and street first.",
                    "lt": "Įrengimo adresas? Miestas ir gatvė."}[lang])
    r.say("customer", "{city}, {s}.", city=city, s=E("a", "ADDRESS", street))
    r.say("agent", {"ru": "Дом?", "uk": "Будинок?", "en": "House number?", "lt": "Namo numeris?"}[lang])
    r.say("customer", rng.choice(["{h}.", "{h}, корпус нет." if lang == "ru" else "{h}."]),
          h=E("a", "ADDRESS", (str(house), cardinal(house, lang))))
    r.say("agent", {"ru": "Квартира?", "uk": "Квартира?", "en": "And is it a flat?", "lt": "Butas?"}[lang])
    flat_words = {"ru": "квартира", "uk": "квартира", "en": "flat", "lt": "butas"}[lang]
    r.say("customer", "{f}" + rng.choice([".", ", третий этаж." if lang == "ru" else "."]),
          f=E("a", "ADDRESS", (f"{flat_words.capitalize()} {flat}", f"{flat_words} {cardinal(flat, lang)}")))
    if rng.random() < 0.5:
        tags.append("decoy")
        r.say("agent", {"ru": "Мастер будет в субботу с {t1} до {t2}.", "uk": "Майстер буде в суботу з {t1} до {t2}.",
                        "en": "The engineer will come Saturday between {t1} and {t2}.",
                        "lt": "Meistras atvyks šeštadienį nuo {t1} iki {t2}."}[lang],
              t1=N(("9:00", cardinal(9, lang))), t2=N(("13:00", cardinal(13, lang))))
    return "address_pieces", tags


def t_phone_fix(rng: random.Random, r: Rec, lang: str) -> tuple[str, list[str]]:
    """A caller misreads their own number and starts again: one entity, both attempts."""
    tags = ["phone", "correction", *maybe_greet(rng, r, lang)]
    phone, old = phone_pair(lang, rng), phone_pair(lang, rng)
    wrong_w = old[0][: len(old[0]) // 2].rstrip(" -(")
    wrong_a = " ".join(old[1].split()[: max(2, len(old[1].split()) // 3)])
    r.say("agent", {"ru": "На какой номер прислать код?", "uk": "На який номер надіслати код?",
                    "en": "Which number should the code go to?", "lt": "Kokiu numeriu atsiųsti kodą?"}[lang])
    fix = {"ru": "ой, это старый, сейчас... вот:", "uk": "ой, це старий, зараз... ось:",
           "en": "oh that's my old one, hang on... it's", "lt": "oi, čia senas, dabar... štai:"}[lang]
    r.say("customer", "{a}, " + fix + " {b}.", a=E("ph", "PHONE", (wrong_w, wrong_a)),
          b=E("ph", "PHONE", phone))
    r.say("agent", {"ru": "Код отправлен, действует пять минут.", "uk": "Код надіслано, діє п'ять хвилин.",
                    "en": "Sent, it's valid for five minutes.", "lt": "Išsiųsta, galioja penkias minutes."}[lang])
    return "phone_correction", tags


def t_birthday_promo(rng: random.Random, r: Rec, lang: str) -> tuple[str, list[str]]:
    """Dates that are not birth dates: a payment date, a promo, a contract start."""
    tags = ["decoy", "no_entity", *maybe_greet(rng, r, lang)]
    paid = date(2026, rng.randint(1, 11), rng.randint(1, 28))
    start = date(rng.randint(2019, 2025), rng.randint(1, 12), rng.randint(1, 28))
    r.say("customer", {"ru": "Я оплатил {paid}, а мне пишут, что долг.", "uk": "Я заплатив {paid}, а пишуть, що борг.",
                       "en": "I paid on {paid} and now you're saying I owe money.",
                       "lt": "Sumokėjau {paid}, o man rašo, kad esu skolingas."}[lang],
          paid=N(day_month(paid, lang)))
    r.say("agent", {"ru": "Договор у вас с {start}, скидка ко дню рождения была {money}, она закончилась.",
                    "uk": "Договір у вас з {start}, знижка до дня народження була {money}, вона закінчилася.",
                    "en": "Your contract started {start}, and the birthday discount of {money} has ended.",
                    "lt": "Sutartis galioja nuo {start}, gimtadienio nuolaida {money} baigėsi."}[lang],
          start=N((f"{start:%d.%m.%Y}", f"{day_month(start, lang)[1]} {cardinal(start.year, lang)}")),
          money=N(money_pair(lang, rng)))
    return "decoy_dates", tags


TEMPLATES = [(t_card, 12), (t_card_split, 7), (t_card_fix, 4), (t_card_piecewise, 3),
             (t_card_ending, 4), (t_verify, 8), (t_phone, 6), (t_email, 6), (t_passport, 6),
             (t_national, 6), (t_account, 6), (t_address, 6), (t_third_party, 5),
             (t_order, 5), (t_appointment, 4), (t_menu, 3), (t_names_as_words, 3),
             (t_calling_for_relative, 4), (t_address_pieces, 3), (t_phone_fix, 3),
             (t_birthday_promo, 3)]
QUOTA = {"ru": 200, "uk": 100, "en": 100, "lt": 100}


def build(seed: int = 5) -> list[dict]:
    """Every language gets the scenarios in the same proportions (a shuffled pool per language)."""
    rng = random.Random(seed)
    order = [lang for lang, count in QUOTA.items() for _ in range(count)]
    rng.shuffle(order)
    pool = [func for func, weight in TEMPLATES for _ in range(weight)]
    queues = {}
    for lang, count in QUOTA.items():
        queue = []
        while len(queue) < count:
            batch = pool[:]
            rng.shuffle(batch)
            queue += batch
        queues[lang] = queue
    counters = {lang: 0 for lang in QUOTA}
    per_scenario: dict[tuple[str, str], int] = {}
    records = []
    for index, lang in enumerate(order, start=1):
        func = queues[lang][counters[lang]]
        counters[lang] += 1
        # Alternate the style within each scenario and language, so both styles see every one.
        seen = per_scenario[lang, func.__name__] = per_scenario.get((lang, func.__name__), 0) + 1
        offset = [func for func, _ in TEMPLATES].index(func)  # odd counts fall to both styles
        style = "written" if (seen + offset) % 2 else "asr"
        rec = Rec(lang, style)
        name, tags = func(rng, rec, lang)
        record = rec.record(f"b5-{lang}-{style[0]}-{index:04d}", f"{lang}_{name}", tags)
        check(record)
        records.append(record)
    return records


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    records = build()
    args.out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records),
                        encoding="utf-8")
    types: dict[str, int] = {}
    for record in records:
        for entity in record["entities"]:
            types[entity["type"]] = types.get(entity["type"], 0) + 1
    print(f"{len(records)} records, {sum(types.values())} entities: {dict(sorted(types.items()))}")


if __name__ == "__main__":
    main()
