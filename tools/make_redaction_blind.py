"""Write benchmarks/data/redaction_blind.jsonl, the held-out PII/PCI redaction set.

Why a separate generator: the blind set was written without looking at the detector, its
patterns or its tuning set, so its score is an honest held-out figure. Never tune on it.

Each utterance comes from a hand-written template (many call-centre kinds, four languages)
filled with generated values: card numbers with a valid Luhn digit, INN/SNILS/RNOKPP/asmens
kodas/IBAN with valid checksums. "asr" style renders everything the way a recogniser writes
speech (lower case, no punctuation, numbers as words, small slips); "written" style keeps digits
and punctuation. Labels are half-open word ranges over ``text.split()`` per turn.

Run: ``python tools/make_redaction_blind.py`` (deterministic, fixed seed).
"""

from __future__ import annotations

import json
import random
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from num2words import num2words

SEED = 20261130
PER_LANG = 120
NEGATIVE_SHARE = 0.4
OUT = Path(__file__).resolve().parents[1] / "benchmarks" / "data" / "redaction_blind.jsonl"
LANGS = ("ru", "uk", "en", "lt")

# --------------------------------------------------------------------------- checksums


def luhn_complete(body: str) -> str:
    """Append the Luhn check digit to ``body``."""
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


def inn_complete(body: str) -> str:
    """Russian INN: 9 digits -> 10 (legal entity), 10 digits -> 12 (person)."""

    def check(digits: str, weights: list[int]) -> str:
        return str(sum(int(d) * w for d, w in zip(digits, weights, strict=True)) % 11 % 10)

    if len(body) == 9:
        return body + check(body, [2, 4, 10, 3, 5, 9, 4, 6, 8])
    first = body + check(body, [7, 2, 4, 10, 3, 5, 9, 4, 6, 8])
    return first + check(first, [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8])


def snils_check(body: str) -> str:
    total = sum(int(d) * (9 - i) for i, d in enumerate(body))
    if total > 101:
        total %= 101
    return "00" if total in (100, 101) else f"{total:02d}"


def rnokpp_complete(body: str) -> str:
    weights = [-1, 5, 7, 9, 4, 6, 10, 5, 7]
    return body + str(sum(int(d) * w for d, w in zip(body, weights, strict=True)) % 11 % 10)


def asmens_kodas_complete(body: str) -> str:
    w1 = [1, 2, 3, 4, 5, 6, 7, 8, 9, 1]
    w2 = [3, 4, 5, 6, 7, 8, 9, 1, 2, 3]
    s = sum(int(d) * w for d, w in zip(body, w1, strict=True)) % 11
    if s == 10:
        s = sum(int(d) * w for d, w in zip(body, w2, strict=True)) % 11
        if s == 10:
            s = 0
    return body + str(s)


def asmens_kodas_ok(code: str) -> bool:
    return asmens_kodas_complete(code[:10]) == code


def iban_complete(country: str, bban: str) -> str:
    rearranged = bban + country + "00"
    numeric = "".join(str(int(c, 36)) for c in rearranged)
    return f"{country}{98 - int(numeric) % 97:02d}{bban}"


def iban_ok(iban: str) -> bool:
    rearranged = iban[4:] + iban[:4]
    return int("".join(str(int(c, 36)) for c in rearranged)) % 97 == 1


# --------------------------------------------------------------------------- spoken numbers

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
PLUS = {"ru": "плюс", "uk": "плюс", "en": "plus", "lt": "plius"}


def words(n: int, lang: str, rng: random.Random) -> str:
    """Cardinal number as a speaker says it (no 'одна тысяча', optional English 'and')."""
    s = num2words(n, lang=lang).replace("-", " ").replace(",", "")
    if lang == "ru":
        s = re.sub(r"^одна тысяча", "тысяча", s)
    elif lang == "uk":
        s = re.sub(r"^одна тисяча", "тисяча", s)
    elif lang == "lt":
        s = re.sub(r"^vienas (tūkstantis|šimtas)", r"\1", s)
    elif lang == "en" and rng.random() < 0.5:
        s = s.replace(" and ", " ")
    return s


def digit_words(s: str, lang: str, rng: random.Random) -> str:
    out: list[str] = []
    i = 0
    while i < len(s):
        d = int(s[i])
        if lang == "en" and i + 1 < len(s) and s[i + 1] == s[i] and rng.random() < 0.4:
            out.append("double " + DIGITS["en"][d])
            i += 2
            continue
        out.append("oh" if lang == "en" and d == 0 and rng.random() < 0.5 else DIGITS[lang][d])
        i += 1
    return " ".join(out)


def group_words(g: str, lang: str, rng: random.Random) -> str:
    """A digit group read as one number, leading zeros read as 'zero'."""
    if len(g) == 1 or g.startswith("0"):
        if len(g) > 1 and g[0] == "0" and g[1] != "0":
            return digit_words(g[0], lang, rng) + " " + group_words(g[1:], lang, rng)
        return digit_words(g, lang, rng)
    return words(int(g), lang, rng)


def read_digits(s: str, lang: str, rng: random.Random, mode: str | None = None) -> str:
    """Read a digit string digit by digit, in pairs, triples or fours, as callers do."""
    mode = mode or rng.choice(["d", "d", "p", "t", "q"])
    if lang == "en" and mode == "q":
        mode = "p"  # English speakers say "forty-five fifty-six", not "four thousand..."
    if mode == "d":
        return digit_words(s, lang, rng)
    size = {"p": 2, "t": 3, "q": 4}[mode]
    groups = [s[i : i + size] for i in range(0, len(s), size)]
    if len(groups) > 1 and len(groups[-1]) == 1:
        groups[-2:] = (
            [groups[-2] + groups[-1]]
            if size < 3
            else [groups[-2][:-1], groups[-2][-1] + groups[-1]]
        )
    return " ".join(group_words(g, lang, rng) for g in groups)


def read_groups(groups: list[str], lang: str, rng: random.Random) -> str:
    return " ".join(
        group_words(g, lang, rng)
        if len(g) <= 3 and rng.random() < 0.6
        else read_digits(g, lang, rng)
        for g in groups
    )


def plural(n: int, lang: str, forms: tuple[str, str, str]) -> str:
    """Pick the noun form for ``n`` (one / few / many) by the language's rule."""
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


LT_FEMININE = {
    "vienas": "viena",
    "du": "dvi",
    "keturi": "keturios",
    "penki": "penkios",
    "šeši": "šešios",
    "septyni": "septynios",
    "aštuoni": "aštuonios",
    "devyni": "devynios",
}


def feminine_lt(s: str) -> str:
    """Lithuanian numerals agree in gender with a feminine noun: 'penkios dienos'."""
    head, _, last = s.rpartition(" ")
    return (head + " " if head else "") + LT_FEMININE.get(last, last)


def feminine_uk(s: str) -> str:
    """Ukrainian hryvnia is feminine: 'одна гривня', 'дві гривні'."""
    return re.sub(r"(^| )один$", r"\1одна", re.sub(r"(^| )два$", r"\1дві", s))


# ordinals in the genitive (ru/uk "двенадцатого", lt "-tų") for dates and years
ORD = {
    "ru": (
        [
            "-",
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
        ],
        [
            "-",
            "-",
            "двадцатого",
            "тридцатого",
            "сорокового",
            "пятидесятого",
            "шестидесятого",
            "семидесятого",
            "восьмидесятого",
            "девяностого",
        ],
        [
            "-",
            "-",
            "двадцать",
            "тридцать",
            "сорок",
            "пятьдесят",
            "шестьдесят",
            "семьдесят",
            "восемьдесят",
            "девяносто",
        ],
    ),
    "uk": (
        [
            "-",
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
        ],
        [
            "-",
            "-",
            "двадцятого",
            "тридцятого",
            "сорокового",
            "п'ятдесятого",
            "шістдесятого",
            "сімдесятого",
            "вісімдесятого",
            "дев'яностого",
        ],
        [
            "-",
            "-",
            "двадцять",
            "тридцять",
            "сорок",
            "п'ятдесят",
            "шістдесят",
            "сімдесят",
            "вісімдесят",
            "дев'яносто",
        ],
    ),
    "lt": (
        [
            "-",
            "pirmų",
            "antrų",
            "trečių",
            "ketvirtų",
            "penktų",
            "šeštų",
            "septintų",
            "aštuntų",
            "devintų",
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
        ],
        [
            "-",
            "-",
            "dvidešimtų",
            "trisdešimtų",
            "keturiasdešimtų",
            "penkiasdešimtų",
            "šešiasdešimtų",
            "septyniasdešimtų",
            "aštuoniasdešimtų",
            "devyniasdešimtų",
        ],
        [
            "-",
            "-",
            "dvidešimt",
            "trisdešimt",
            "keturiasdešimt",
            "penkiasdešimt",
            "šešiasdešimt",
            "septyniasdešimt",
            "aštuoniasdešimt",
            "devyniasdešimt",
        ],
    ),
}
LT_DAY_ACC = [
    "-",
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
]


def ordinal_gen(n: int, lang: str) -> str:
    units, tens_ord, tens_card = ORD[lang]
    if n < 20:
        return units[n]
    t, u = divmod(n, 10)
    return tens_ord[t] if u == 0 else f"{tens_card[t]} {units[u]}"


def lt_day(n: int) -> str:
    if n <= 20:
        return LT_DAY_ACC[n]
    t, u = divmod(n, 10)
    return ORD["lt"][2][t] + ("ą" if u == 0 else " " + LT_DAY_ACC[u])


def year_gen(y: int, lang: str, rng: random.Random) -> str:
    """Year as an ordinal in the genitive: 'тысяча девятьсот восемьдесят пятого'."""
    if lang == "en":
        if 2000 <= y < 2010:
            return "two thousand " + words(y - 2000, "en", rng) if y > 2000 else "two thousand"
        return (
            words(y // 100, "en", rng)
            + " "
            + ("oh " + words(y % 100, "en", rng) if y % 100 < 10 else words(y % 100, "en", rng))
        )
    head = {
        "ru": ("тысяча девятьсот", "две тысячи", "двухтысячного"),
        "uk": ("тисяча дев'ятсот", "дві тисячі", "двохтисячного"),
        "lt": ("tūkstantis devyni šimtai", "du tūkstančiai", "dutūkstantųjų"),
    }[lang]
    if y == 2000:
        return head[2]
    if y < 2000 and rng.random() < 0.3 and lang != "lt":
        return ordinal_gen(y % 100, lang)  # "восемьдесят пятого года"
    return (head[0] if y < 2000 else head[1]) + " " + ordinal_gen(y % 100, lang)


MONTHS = {
    "ru": [
        "января",
        "февраля",
        "марта",
        "апреля",
        "мая",
        "июня",
        "июля",
        "августа",
        "сентября",
        "октября",
        "ноября",
        "декабря",
    ],
    "uk": [
        "січня",
        "лютого",
        "березня",
        "квітня",
        "травня",
        "червня",
        "липня",
        "серпня",
        "вересня",
        "жовтня",
        "листопада",
        "грудня",
    ],
    "en": [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ],
    "lt": [
        "sausio",
        "vasario",
        "kovo",
        "balandžio",
        "gegužės",
        "birželio",
        "liepos",
        "rugpjūčio",
        "rugsėjo",
        "spalio",
        "lapkričio",
        "gruodžio",
    ],
}
MONTHS_NOM = {
    "ru": [
        "январь",
        "февраль",
        "март",
        "апрель",
        "май",
        "июнь",
        "июль",
        "август",
        "сентябрь",
        "октябрь",
        "ноябрь",
        "декабрь",
    ],
    "uk": [
        "січень",
        "лютий",
        "березень",
        "квітень",
        "травень",
        "червень",
        "липень",
        "серпень",
        "вересень",
        "жовтень",
        "листопад",
        "грудень",
    ],
    "en": MONTHS["en"],
    "lt": [
        "sausis",
        "vasaris",
        "kovas",
        "balandis",
        "gegužė",
        "birželis",
        "liepa",
        "rugpjūtis",
        "rugsėjis",
        "spalis",
        "lapkritis",
        "gruodis",
    ],
}

# --------------------------------------------------------------------------- people and places

NAMES = {
    "ru": {
        "m": [
            "Иван",
            "Алексей",
            "Дмитрий",
            "Сергей",
            "Андрей",
            "Михаил",
            "Николай",
            "Павел",
            "Олег",
            "Виктор",
            "Артём",
            "Геннадий",
        ],
        "f": [
            "Анна",
            "Мария",
            "Елена",
            "Ольга",
            "Татьяна",
            "Наталья",
            "Светлана",
            "Ирина",
            "Екатерина",
            "Юлия",
            "Людмила",
            "Вера",
        ],
        "last": [
            "Петров",
            "Смирнов",
            "Кузнецов",
            "Соколов",
            "Попов",
            "Лебедев",
            "Козлов",
            "Новиков",
            "Морозов",
            "Волков",
            "Фёдоров",
            "Белоусов",
            "Тарасов",
            "Гусев",
            "Ковалёв",
            "Зайцев",
            "Орлов",
        ],
        "last_fixed": ["Шевчук", "Ким", "Коваленко", "Дзюба", "Гринберг"],
        "patr": [
            ("Иванович", "Ивановна"),
            ("Сергеевич", "Сергеевна"),
            ("Петрович", "Петровна"),
            ("Алексеевич", "Алексеевна"),
            ("Николаевич", "Николаевна"),
            ("Викторович", "Викторовна"),
            ("Андреевич", "Андреевна"),
            ("Михайлович", "Михайловна"),
            ("Олегович", "Олеговна"),
        ],
    },
    "uk": {
        "m": [
            "Олександр",
            "Андрій",
            "Богдан",
            "Віталій",
            "Дмитро",
            "Тарас",
            "Юрій",
            "Максим",
            "Остап",
            "Василь",
            "Роман",
        ],
        "f": [
            "Оксана",
            "Наталія",
            "Ірина",
            "Олена",
            "Галина",
            "Тетяна",
            "Юлія",
            "Марія",
            "Соломія",
            "Христина",
            "Лариса",
        ],
        "last": [],
        "last_fixed": [
            "Шевченко",
            "Коваленко",
            "Бондаренко",
            "Ткаченко",
            "Кравчук",
            "Мельник",
            "Бойко",
            "Лисенко",
            "Савчук",
            "Руденко",
            "Мороз",
            "Поліщук",
            "Гнатюк",
            "Дорошенко",
            "Литвиненко",
        ],
        "patr": [
            ("Олександрович", "Олександрівна"),
            ("Петрович", "Петрівна"),
            ("Іванович", "Іванівна"),
            ("Васильович", "Василівна"),
            ("Миколайович", "Миколаївна"),
            ("Степанович", "Степанівна"),
        ],
    },
    "en": {
        "m": [
            "James",
            "Michael",
            "David",
            "Daniel",
            "Thomas",
            "Mohammed",
            "Oliver",
            "Ethan",
            "Robert",
            "Kwame",
            "Liam",
        ],
        "f": [
            "Sarah",
            "Emily",
            "Laura",
            "Grace",
            "Priya",
            "Rachel",
            "Hannah",
            "Chloe",
            "Aisha",
            "Megan",
            "Fiona",
        ],
        "last_fixed": [
            "Miller",
            "Johnson",
            "O'Brien",
            "Clarke",
            "Thompson",
            "Patel",
            "Khan",
            "Bennett",
            "Wright",
            "Okafor",
            "Harris",
            "Nguyen",
            "Fitzgerald",
            "Kowalski",
            "Hughes",
        ],
        "last": [],
        "patr": [],
    },
    "lt": {
        "m": [
            "Jonas",
            "Tomas",
            "Mantas",
            "Lukas",
            "Darius",
            "Andrius",
            "Paulius",
            "Vytautas",
            "Giedrius",
            "Rokas",
        ],
        "f": [
            "Rūta",
            "Eglė",
            "Ieva",
            "Laura",
            "Greta",
            "Aistė",
            "Jurgita",
            "Indrė",
            "Lina",
            "Vaida",
        ],
        "last_m": [
            "Kazlauskas",
            "Petrauskas",
            "Jankauskas",
            "Stankevičius",
            "Vasiliauskas",
            "Žukauskas",
            "Butkus",
            "Paulauskas",
            "Urbonas",
            "Navickas",
        ],
        "last_f": [
            "Kazlauskienė",
            "Petrauskaitė",
            "Jankauskaitė",
            "Stankevičiūtė",
            "Vasiliauskienė",
            "Žukauskaitė",
            "Butkienė",
            "Paulauskienė",
            "Urbonaitė",
            "Navickienė",
        ],
        "last": [],
        "last_fixed": [],
        "patr": [],
    },
}
AGENTS = {
    "ru": ["Ольга", "Марина", "Денис", "Кирилл", "Алина", "Светлана", "Игорь"],
    "uk": ["Оксана", "Ярослав", "Ірина", "Денис", "Катерина", "Назар"],
    "en": ["Jessica", "Mark", "Tyler", "Kelly", "Sam", "Natalie"],
    "lt": ["Agnė", "Justas", "Simona", "Karolis", "Monika", "Deividas"],
}
CITIES = {
    "ru": ["Казань", "Самара", "Пермь", "Тверь", "Воронеж", "Екатеринбург", "Новосибирск"],
    "uk": ["Київ", "Львів", "Харків", "Дніпро", "Вінниця", "Полтава", "Житомир"],
    "en": ["Leeds", "Bristol", "Manchester", "Denver", "Portland", "Glasgow"],
    "lt": ["Vilnius", "Kaunas", "Klaipėda", "Šiauliai", "Panevėžys", "Alytus"],
}
# (written street forms, spoken street form)
STREETS = {
    "ru": [
        (["ул. Ленина", "улица Ленина"], "улица ленина"),
        (["ул. Садовая", "Садовая улица"], "садовая улица"),
        (["пр-т Мира", "проспект Мира"], "проспект мира"),
        (["ул. Гагарина", "улица Гагарина"], "улица гагарина"),
        (["Лесная ул.", "улица Лесная"], "улица лесная"),
        (["Комсомольский пр-т", "Комсомольский проспект"], "комсомольский проспект"),
        (["пер. Тихий", "Тихий переулок"], "тихий переулок"),
        (["ш. Энтузиастов", "шоссе Энтузиастов"], "шоссе энтузиастов"),
    ],
    "uk": [
        (["вул. Шевченка", "вулиця Шевченка"], "вулиця шевченка"),
        (["вул. Хрещатик", "Хрещатик"], "хрещатик"),
        (["просп. Перемоги", "проспект Перемоги"], "проспект перемоги"),
        (["вул. Івана Франка", "вулиця Франка"], "вулиця франка"),
        (["бульв. Лесі Українки", "бульвар Лесі Українки"], "бульвар лесі українки"),
        (["вул. Сагайдачного", "вулиця Сагайдачного"], "вулиця сагайдачного"),
        (["пров. Квітневий", "провулок Квітневий"], "провулок квітневий"),
    ],
    "en": [
        (["Baker Street", "Baker St."], "baker street"),
        (["Maple Avenue", "Maple Ave."], "maple avenue"),
        (["Church Lane"], "church lane"),
        (["Kingsley Road", "Kingsley Rd"], "kingsley road"),
        (["Elm Drive", "Elm Dr."], "elm drive"),
        (["Victoria Crescent"], "victoria crescent"),
        (["Sunset Boulevard", "Sunset Blvd"], "sunset boulevard"),
    ],
    "lt": [
        (["Gedimino pr.", "Gedimino prospektas"], "gedimino prospektas"),
        (["Vilniaus g.", "Vilniaus gatvė"], "vilniaus gatvė"),
        (["Laisvės al.", "Laisvės alėja"], "laisvės alėja"),
        (["Savanorių pr.", "Savanorių prospektas"], "savanorių prospektas"),
        (["Žalgirio g.", "Žalgirio gatvė"], "žalgirio gatvė"),
        (["Taikos pr.", "Taikos prospektas"], "taikos prospektas"),
        (["Ukmergės g.", "Ukmergės gatvė"], "ukmergės gatvė"),
    ],
}
TRANSLIT = dict(
    zip(
        "абвгдеёжзийклмнопрстуфхцчшщъыьэюяіїєґ",
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
        ],
        strict=True,
    )
)
LT_ASCII = str.maketrans("ąčęėįšųūž", "aceeisuuz")
EMAIL_DOMAINS = {
    "ru": ["mail.ru", "yandex.ru", "gmail.com", "bk.ru", "rambler.ru"],
    "uk": ["ukr.net", "gmail.com", "i.ua", "meta.ua"],
    "en": ["gmail.com", "outlook.com", "yahoo.co.uk", "hotmail.com", "icloud.com"],
    "lt": ["gmail.com", "inbox.lt", "one.lt", "yahoo.com"],
}
EMAIL_ROLES = {
    "ru": ["info", "zakaz", "buh"],
    "uk": ["info", "office", "zamovlennia"],
    "en": ["info", "office", "sales"],
    "lt": ["info", "biuras", "uzsakymai"],
}
EMAIL_WORDS = {  # dot, at, underscore, domain spoken forms are Latin as recognisers write them
    "ru": ("точка", ["собака", "собачка"], "нижнее подчёркивание"),
    "uk": ("крапка", ["собака", "равлик"], "нижнє підкреслення"),
    "en": ("dot", ["at"], "underscore"),
    "lt": ("taškas", ["eta"], "apatinis brūkšnys"),
}
CURRENCY = {
    "ru": [(("рубль", "рубля", "рублей"), "{n} руб."), (("рубль", "рубля", "рублей"), "{n} ₽")],
    "uk": [
        (("гривня", "гривні", "гривень"), "{n} грн"),
        (("гривня", "гривні", "гривень"), "{n} грн."),
    ],
    "en": [(("dollar", "", "dollars"), "${n}"), (("pound", "", "pounds"), "£{n}")],
    "lt": [(("euras", "eurai", "eurų"), "{n} €"), (("euras", "eurai", "eurų"), "{n} eurų")],
}
NOUNS = {
    "years": {
        "ru": ("год", "года", "лет"),
        "uk": ("рік", "роки", "років"),
        "en": ("year", "", "years"),
        "lt": ("metus", "metus", "metų"),
    },
    "months": {
        "ru": ("месяц", "месяца", "месяцев"),
        "uk": ("місяць", "місяці", "місяців"),
        "en": ("month", "", "months"),
        "lt": ("mėnuo", "mėnesiai", "mėnesių"),
    },
    "days": {
        "ru": ("день", "дня", "дней"),
        "uk": ("день", "дні", "днів"),
        "en": ("day", "", "days"),
        "lt": ("diena", "dienos", "dienų"),
    },
    "pct": {
        "ru": ("процент", "процента", "процентов"),
        "uk": ("відсоток", "відсотки", "відсотків"),
        "en": ("percent", "", "percent"),
        "lt": ("procentas", "procentai", "procentų"),
    },
    "people": {
        "ru": ("человек", "человека", "человек"),
        "uk": ("людина", "людини", "людей"),
        "en": ("person", "", "people"),
        "lt": ("žmogus", "žmonės", "žmonių"),
    },
    "gb": {
        "ru": ("гигабайт", "гигабайта", "гигабайт"),
        "uk": ("гігабайт", "гігабайти", "гігабайтів"),
        "en": ("gigabyte", "", "gigabytes"),
        "lt": ("gigabaitas", "gigabaitai", "gigabaitų"),
    },
}
MODELS = [
    ("Galaxy A", "", 54),
    ("iPhone", " ", 13),
    ("Redmi Note", " ", 12),
    ("Archer C", "", 6),
    ("Pixel", " ", 7),
    ("Bosch WAN", "", 28),
    ("ThinkPad T", "", 480),
    ("Xiaomi Mi Band", " ", 8),
]
LETTER_NAMES = {
    "ru": {
        "Х": "икс",
        "Р": "эр",
        "Т": "тэ",
        "М": "эм",
        "А": "а",
        "К": "ка",
        "Е": "е",
        "В": "вэ",
        "С": "эс",
        "Д": "дэ",
    },
    "uk": {
        "К": "ка",
        "Н": "ен",
        "М": "ем",
        "Е": "е",
        "Т": "те",
        "С": "ес",
        "А": "а",
        "В": "ве",
        "О": "о",
        "Р": "ер",
    },
}


# --------------------------------------------------------------------------- slot values


@dataclass
class Ctx:
    lang: str
    style: str
    rng: random.Random
    values: dict = field(default_factory=dict)

    @property
    def asr(self) -> bool:
        return self.style == "asr"


def person(ctx: Ctx, key: str, sex: str = "") -> dict:
    if key not in ctx.values:
        r, lang = ctx.rng, ctx.lang
        pool = NAMES[lang]
        sex = sex or r.choice("mf")
        first = r.choice(pool[sex])
        if lang == "lt":
            last = r.choice(pool["last_m" if sex == "m" else "last_f"])
        else:
            fixed = pool["last_fixed"]
            last = r.choice(pool["last"] + fixed) if pool["last"] else r.choice(fixed)
            if lang == "ru" and last in pool["last"] and sex == "f":
                last += "а"
        patr = r.choice(pool["patr"])[0 if sex == "m" else 1] if pool["patr"] else ""
        ctx.values[key] = {"first": first, "last": last, "patr": patr, "sex": sex}
    return ctx.values[key]


def card_number(ctx: Ctx) -> str:
    if "card" not in ctx.values:
        r = ctx.rng
        kind = r.choice(["visa", "visa", "mc", "mir", "amex", "maestro19", "visa13", "mir"])
        prefix, length = {
            "visa": ("4" + r.choice(["276", "279", "149", "556", "817"]), 16),
            "mc": (r.choice(["51", "53", "54", "55"]) + str(r.randint(10, 99)), 16),
            "mir": ("220" + str(r.randint(0, 4)), 16),
            "amex": (r.choice(["34", "37"]), 15),
            "maestro19": ("6" + r.choice(["304", "759", "761"]), 19),
            "visa13": ("4", 13),
        }[kind]
        body = prefix + "".join(str(r.randint(0, 9)) for _ in range(length - len(prefix) - 1))
        num = luhn_complete(body)
        assert luhn_ok(num) and 13 <= len(num) <= 19
        ctx.values["card"] = num
    return ctx.values["card"]


def card_groups(num: str) -> list[str]:
    if len(num) == 15:
        return [num[:4], num[4:10], num[10:]]
    return [num[i : i + 4] for i in range(0, len(num), 4)]


def render_card(ctx: Ctx, part: str = "") -> str:
    num = card_number(ctx)
    groups = card_groups(num)
    if part:
        half = (len(groups) + 1) // 2
        groups = groups[:half] if part == "1" else groups[half:]
    if not ctx.asr:
        sep = ctx.values.setdefault("card_sep", ctx.rng.choice([" ", " ", "-", ""]))
        return sep.join(groups)
    mode = ctx.values.setdefault("card_mode", ctx.rng.choice(["d", "p", "q", "g"]))
    if mode == "g" and ctx.lang != "en":
        return " ".join(group_words(g, ctx.lang, ctx.rng) for g in groups)
    if mode == "g":
        mode = "p"
    return " ".join(read_digits(g, ctx.lang, ctx.rng, mode) for g in groups)


def phone_groups(ctx: Ctx) -> tuple[str, list[str], str]:
    """(plus-prefix or '', digit groups, written form)."""
    if "phone" not in ctx.values:
        r = ctx.rng

        def dig(n: int) -> str:
            return "".join(str(r.randint(0, 9)) for _ in range(n))

        lang = ctx.lang
        if lang == "ru":
            op = "9" + dig(2)
            a, b, c = dig(3), dig(2), dig(2)
            variant = r.randrange(3)
            if variant == 0:
                v = ("+", ["7", op, a, b, c], f"+7 {op} {a}-{b}-{c}")
            elif variant == 1:
                v = ("", ["8", op, a, b, c], f"8 ({op}) {a}-{b}-{c}")
            else:
                v = ("", ["8", op, a, b, c], f"8{op}{a}{b}{c}")
        elif lang == "uk":
            op = r.choice(["67", "50", "63", "93", "97", "66", "73"])
            a, b, c = dig(3), dig(2), dig(2)
            if r.random() < 0.5:
                v = ("+", ["380", op, a, b, c], f"+380 {op} {a} {b} {c}")
            else:
                v = ("", ["0" + op, a, b, c], f"(0{op}) {a}-{b}-{c}")
        elif lang == "en":
            if r.random() < 0.5:
                area, a, b = str(r.randint(201, 989)), "555", "01" + dig(2)
                v = ("", [area, a, b], r.choice([f"({area}) {a}-{b}", f"{area}-{a}-{b}"]))
            else:
                a, b = "7700", "900" + dig(3)
                if r.random() < 0.5:
                    v = ("", ["0" + a, b], f"0{a} {b}")
                else:
                    v = ("+", ["44", a, b], f"+44 {a} {b}")
        else:
            a, b = "6" + dig(2), dig(5)
            variant = r.randrange(3)
            if variant == 0:
                v = ("+", ["370", a, b], f"+370 {a} {b}")
            elif variant == 1:
                v = ("", ["8", a, b], f"8 {a} {b}")
            else:
                v = ("", ["8", a, b], f"8{a}{b}")
        ctx.values["phone"] = v
    return ctx.values["phone"]


def render_phone(ctx: Ctx, part: str = "") -> str:
    plus, groups, written = phone_groups(ctx)
    half = (len(groups) + 1) // 2
    if not ctx.asr:
        if not part:
            return written
        if part == "1":
            return plus + " ".join(groups[:half])
        return "-".join(groups[half:])
    sel = groups if not part else (groups[:half] if part == "1" else groups[half:])
    text = read_groups(sel, ctx.lang, ctx.rng)
    if plus and part != "2":
        text = PLUS[ctx.lang] + " " + text
    return text


def render_email(ctx: Ctx) -> str:
    if "email" not in ctx.values:
        r = ctx.rng
        p = person(ctx, "NAME")
        first, last = p["first"].lower(), p["last"].lower().replace("'", "")
        if ctx.lang in ("ru", "uk"):
            first = "".join(TRANSLIT.get(c, c) for c in first)
            last = "".join(TRANSLIT.get(c, c) for c in last)
        if ctx.lang == "lt":
            first, last = first.translate(LT_ASCII), last.translate(LT_ASCII)
        shape = r.randrange(5)
        num = str(r.randint(70, 99)) if r.random() < 0.5 else str(r.randint(1, 9))
        local = [
            [first, ".", last],
            [first[0], ".", last],
            [last, "_", num],
            [first, last, num],
            [r.choice(EMAIL_ROLES[ctx.lang]), ".", last],
        ][shape]
        ctx.values["email"] = (local, r.choice(EMAIL_DOMAINS[ctx.lang]))
    local, domain = ctx.values["email"]
    if not ctx.asr:
        return "".join(local) + "@" + domain
    dot, ats, under = EMAIL_WORDS[ctx.lang]
    out = []
    for tok in local:
        if tok == ".":
            out.append(dot)
        elif tok == "_":
            out.append(under)
        elif tok.isdigit():
            out.append(read_digits(tok, ctx.lang, ctx.rng, ctx.rng.choice(["d", "p"])))
        else:
            out.append(tok)
    out.append(ctx.rng.choice(ats))
    out.append(f" {dot} ".join(domain.split(".")))
    return " ".join(out)


def dob_value(ctx: Ctx, key: str, child: bool = False) -> tuple[int, int, int]:
    if key not in ctx.values:
        r = ctx.rng
        year = r.randint(2008, 2020) if child else r.randint(1941, 2006)
        ctx.values[key] = (year, r.randint(1, 12), r.randint(1, 28))
    return ctx.values[key]


def render_date(ctx: Ctx, y: int | None, m: int, d: int) -> str:
    """A date with (DOB) or without (appointment) a year."""
    lang, r = ctx.lang, ctx.rng
    if not ctx.asr:
        if y is None:
            return r.choice(
                {
                    "ru": [f"{d} {MONTHS['ru'][m - 1]}", f"{d:02d}.{m:02d}"],
                    "uk": [f"{d} {MONTHS['uk'][m - 1]}", f"{d:02d}.{m:02d}"],
                    "en": [
                        f"{MONTHS['en'][m - 1]} {d}",
                        f"the {num2words(d, to='ordinal_num')} of {MONTHS['en'][m - 1]}",
                    ],
                    "lt": [f"{MONTHS['lt'][m - 1]} {d} d.", f"{m:02d}-{d:02d}"],
                }[lang]
            )
        return r.choice(
            {
                "ru": [
                    f"{d:02d}.{m:02d}.{y}",
                    f"{d} {MONTHS['ru'][m - 1]} {y} г.",
                    f"{d:02d}.{m:02d}.{y} г.",
                ],
                "uk": [f"{d:02d}.{m:02d}.{y}", f"{d} {MONTHS['uk'][m - 1]} {y} р."],
                "en": [f"{MONTHS['en'][m - 1]} {d}, {y}", f"{d:02d}/{m:02d}/{y}", f"{m}/{d}/{y}"],
                "lt": [f"{y}-{m:02d}-{d:02d}", f"{y} m. {MONTHS['lt'][m - 1]} {d} d."],
            }[lang]
        )
    if lang in ("ru", "uk"):
        day = ordinal_gen(d, lang) + " " + MONTHS[lang][m - 1]
        if y is None:
            return day
        if r.random() < 0.2:
            dd, mm = group_words(f"{d:02d}", lang, r), group_words(f"{m:02d}", lang, r)
            return f"{dd} {mm} {words(y, lang, r)}"  # "двенадцать ноль три ..."
        return f"{day} {year_gen(y, lang, r)} {'года' if lang == 'ru' else 'року'}"
    if lang == "en":
        month = MONTHS["en"][m - 1].lower()
        dd = num2words(d, lang="en", to="ordinal").replace("-", " ")
        day = r.choice([f"{month} {dd}", f"the {dd} of {month}"])
        return day if y is None else f"{day} {year_gen(y, 'en', r)}"
    day = f"{MONTHS['lt'][m - 1]} {lt_day(d)}"
    if y is None:
        return day
    return f"{year_gen(y, 'lt', r)} metų {day}"


def digits_of(r: random.Random, n: int, first_nonzero: bool = False) -> str:
    s = "".join(str(r.randint(0, 9)) for _ in range(n))
    return str(r.randint(1, 9)) + s[1:] if first_nonzero else s


def letters_spoken(letters: str, lang: str) -> str:
    if lang in LETTER_NAMES:
        return " ".join(LETTER_NAMES[lang][c] for c in letters)
    return " ".join(letters.lower())


def render_code(ctx: Ctx, letters: str, digits: str, written: str) -> str:
    """A code of letters + digits: written as given, spoken letter names then digit groups."""
    if not ctx.asr:
        return written
    spoken = read_digits(digits, ctx.lang, ctx.rng)
    return (letters_spoken(letters, ctx.lang) + " " + spoken) if letters else spoken


def render_passport(ctx: Ctx) -> str:
    r, lang = ctx.rng, ctx.lang
    if lang == "ru":
        series, number = digits_of(r, 4, True), digits_of(r, 6)
        written = r.choice(
            [f"{series} {number}", f"{series[:2]} {series[2:]} {number}", f"{series}{number}"]
        )
        if ctx.asr:
            return (
                read_digits(series, lang, r, r.choice(["p", "d"]))
                + " "
                + read_digits(number, lang, r)
            )
        return written
    if lang == "uk":
        if r.random() < 0.5:
            letters = r.choice(["КН", "МЕ", "СА", "ВО", "ТТ", "АР", "КМ"])
            number = digits_of(r, 6)
            return render_code(
                ctx, letters, number, r.choice([f"{letters} {number}", f"{letters}{number}"])
            )
        number = "00" + digits_of(r, 7)
        return render_code(ctx, "", number, number)
    if lang == "lt":
        number = digits_of(r, 8, True)
        return render_code(ctx, "", number, number)
    number = digits_of(r, 9, True)
    return render_code(ctx, "", number, number)


def render_national_id(ctx: Ctx, kind: str) -> str:
    r, lang = ctx.rng, ctx.lang
    if kind == "INN":
        num = inn_complete(digits_of(r, 10 if r.random() < 0.75 else 9, True))
        return render_code(ctx, "", num, num)
    if kind == "SNILS":
        body = digits_of(r, 9, True)
        check = snils_check(body)
        written = r.choice([f"{body[:3]}-{body[3:6]}-{body[6:]} {check}", body + check])
        if ctx.asr:
            return read_groups([body[:3], body[3:6], body[6:], check], lang, r)
        return written
    if kind == "RNOKPP":
        num = rnokpp_complete(digits_of(r, 9, True))
        return render_code(ctx, "", num, num)
    if kind == "AK":
        y, m, d = dob_value(ctx, "DOB")
        sex = person(ctx, "NAME")["sex"]
        first = (3 if y < 2000 else 5) + (0 if sex == "m" else 1)
        code = asmens_kodas_complete(f"{first}{y % 100:02d}{m:02d}{d:02d}{digits_of(r, 3)}")
        assert asmens_kodas_ok(code)
        return render_code(ctx, "", code, code)
    if kind == "NINO":
        pre = r.choice(["AB", "JT", "NP", "KC", "WL", "SR"])
        dg = digits_of(r, 6)
        suf = r.choice("ABCD")
        written = r.choice([f"{pre} {dg[:2]} {dg[2:4]} {dg[4:]} {suf}", f"{pre}{dg}{suf}"])
        if ctx.asr:
            return f"{letters_spoken(pre, 'en')} {read_digits(dg, 'en', r)} {suf.lower()}"
        return written
    # SSN
    area = str(r.randint(101, 665))
    grp, ser = f"{r.randint(1, 99):02d}", f"{r.randint(1, 9999):04d}"
    if ctx.asr:
        return read_groups([area, grp, ser], "en", r)
    return f"{area}-{grp}-{ser}"


def render_iban(ctx: Ctx) -> str:
    r, lang = ctx.rng, ctx.lang
    if lang == "uk":
        iban = iban_complete("UA", r.choice(["305299", "322001", "351005"]) + digits_of(r, 19))
    elif lang == "lt":
        iban = iban_complete(
            "LT", r.choice(["73000", "70440", "72300", "40100"]) + digits_of(r, 11)
        )
    elif lang == "en":
        iban = iban_complete("GB", r.choice(["NWBK", "BARC", "LOYD"]) + digits_of(r, 14))
    else:  # Russia has no IBAN: a 20-digit current account number
        acc = "40817810" + digits_of(r, 12)
        if ctx.asr:
            return read_digits(acc, lang, r)
        return r.choice([acc, f"{acc[:5]} {acc[5:8]} {acc[8]} {acc[9:13]} {acc[13:]}"])
    assert iban_ok(iban)
    if ctx.asr:
        letters = iban[:2] if lang != "en" else iban[:2] + iban[4:8]
        digits = iban[2:4] + (iban[8:] if lang == "en" else iban[4:])
        if lang == "en":
            return (
                f"{letters_spoken(iban[:2], 'en')} {read_digits(iban[2:4], 'en', r)} "
                f"{letters_spoken(iban[4:8], 'en')} {read_digits(iban[8:], 'en', r)}"
            )
        return f"{letters_spoken(letters, 'en')} {read_digits(digits, lang, r)}"
    return r.choice([iban, " ".join(iban[i : i + 4] for i in range(0, len(iban), 4))])


def render_account(ctx: Ctx, kind: str) -> str:
    """Contract, policy, personal-account numbers (only ACCOUNT in their context)."""
    r = ctx.rng
    if kind == "policy" and ctx.lang == "ru":
        series = r.choice(["ХХХ", "ТТТ", "ААС"])
        num = digits_of(r, 10)
        return render_code(ctx, series, num, f"{series} {num}")
    if kind == "policy" and ctx.lang == "uk":
        series = r.choice(["ЕР", "АМ", "ЕР"])
        num = digits_of(r, 9)
        return render_code(ctx, series, num, f"{series}-{num}")
    if kind == "policy":
        num = digits_of(r, 7, True)
        pre = r.choice(["PL", "HX", "MT"])
        return render_code(ctx, pre, num, r.choice([f"{pre}-{num}", f"{pre}{num}"]))
    if kind == "contract":
        a, b = digits_of(r, 2, True), digits_of(r, 6)
        if ctx.asr:
            return group_words(a, ctx.lang, r) + " " + read_digits(b, ctx.lang, r)
        return r.choice([f"{a}-{b}", f"{a}/{b}", f"{a}{b}"])
    num = digits_of(r, r.choice([8, 9, 10]), True)  # personal / customer account
    return render_code(ctx, "", num, num)


def render_address(ctx: Ctx) -> str:
    r, lang = ctx.rng, ctx.lang
    written_forms, spoken = r.choice(STREETS[lang])
    street = r.choice(written_forms)
    house, flat = r.randint(1, 160), r.randint(1, 240)
    has_flat = r.random() < 0.75
    w = lambda n: words(n, lang, r)  # noqa: E731
    if lang == "ru":
        if ctx.asr:
            return f"{spoken} дом {w(house)}" + (f" квартира {w(flat)}" if has_flat else "")
        return r.choice(
            [
                f"{street}, д. {house}" + (f", кв. {flat}" if has_flat else ""),
                f"{street}, дом {house}" + (f", квартира {flat}" if has_flat else ""),
                f"{street} {house}" + (f"-{flat}" if has_flat else ""),
            ]
        )
    if lang == "uk":
        if ctx.asr:
            return f"{spoken} будинок {w(house)}" + (f" квартира {w(flat)}" if has_flat else "")
        return r.choice(
            [
                f"{street}, буд. {house}" + (f", кв. {flat}" if has_flat else ""),
                f"{street}, {house}" + (f", кв. {flat}" if has_flat else ""),
            ]
        )
    if lang == "en":
        if ctx.asr:
            num = (
                read_digits(str(house), "en", r, "d")
                if house > 99 and r.random() < 0.5
                else w(house)
            )
            return f"{num} {spoken}" + (f" apartment {w(flat)}" if has_flat else "")
        return r.choice(
            [
                f"{house} {street}" + (f", Apt {flat}" if has_flat else ""),
                (f"Flat {flat}, " if has_flat else "") + f"{house} {street}",
            ]
        )
    if ctx.asr:
        return f"{spoken} {w(house)}" + (f" butas {w(flat)}" if has_flat else "")
    return r.choice(
        [
            f"{street} {house}" + (f"-{flat}" if has_flat else ""),
            f"{street} {house}" + (f", butas {flat}" if has_flat else ""),
        ]
    )


def render_name(ctx: Ctx, key: str, arg: str) -> str:
    shape, _, sex = arg.partition(",")
    p = person(ctx, key, sex)
    if shape == "full":
        if p["patr"] and ctx.rng.random() < 0.6:
            return ctx.rng.choice(
                [f"{p['last']} {p['first']} {p['patr']}", f"{p['first']} {p['patr']} {p['last']}"]
            )
        return ctx.rng.choice([f"{p['first']} {p['last']}", f"{p['last']} {p['first']}"])
    if shape == "last":
        return p["last"]
    if shape == "fp":  # first name + patronymic used as identity (ru/uk), else first + last
        return f"{p['first']} {p['patr']}" if p["patr"] else f"{p['first']} {p['last']}"
    return p["first"]


def render_expiry(ctx: Ctx) -> str:
    r, lang = ctx.rng, ctx.lang
    m, y = r.randint(1, 12), r.randint(25, 31)
    if not ctx.asr:
        return r.choice([f"{m:02d}/{y}", f"{m:02d}/20{y}", f"{m:02d}.{y}"])
    if r.random() < 0.5:
        return f"{group_words(f'{m:02d}', lang, r)} {words(y, lang, r)}"
    if lang == "ru":
        return f"{MONTHS_NOM['ru'][m - 1]} {year_gen(2000 + y, 'ru', r)} года"
    if lang == "uk":
        return f"{MONTHS_NOM['uk'][m - 1]} {year_gen(2000 + y, 'uk', r)} року"
    if lang == "en":
        return f"{MONTHS['en'][m - 1].lower()} twenty {words(y, 'en', r)}"
    return f"{year_gen(2000 + y, 'lt', r)} metų {MONTHS_NOM['lt'][m - 1]}"


def render_number(ctx: Ctx, n: int, noun_key: str | None = None, written: str | None = None) -> str:
    lang = ctx.lang
    noun = plural(n, lang, NOUNS[noun_key][lang]) if noun_key else ""
    if ctx.asr:
        text = words(n, lang, ctx.rng)
        if lang == "lt" and noun_key == "days":
            text = feminine_lt(text)
    else:
        text = written or str(n)
    return f"{text} {noun}".strip()


def render_money(ctx: Ctx, key: str) -> str:
    r, lang = ctx.rng, ctx.lang
    n = r.choice(
        [r.randint(2, 99) * 10, r.randint(100, 9999), r.randint(1, 60) * 100, r.randint(11, 99)]
    )
    forms, fmt = r.choice(CURRENCY[lang])
    if ctx.asr:
        num = words(n, lang, r)
        if lang == "uk":
            num = feminine_uk(num)
        return f"{num} {plural(n, lang, forms)}"
    shown = f"{n:,}".replace(",", " " if lang != "en" else ",") if r.random() < 0.5 else str(n)
    return fmt.format(n=shown)


def render_time(ctx: Ctx) -> str:
    r, lang = ctx.rng, ctx.lang
    h, mm = r.randint(8, 17), r.choice([0, 0, 15, 30, 30, 45, 10, 20])
    if "time_h" in ctx.values:  # a second time in the same call is a later one
        h = min(20, ctx.values["time_h"] + r.randint(1, 9))
    ctx.values["time_h"] = h
    if not ctx.asr:
        if lang == "en" and r.random() < 0.6:
            return f"{(h - 1) % 12 + 1}:{mm:02d} {'am' if h < 12 else 'pm'}"
        return f"{h}:{mm:02d}"
    if lang == "en":
        hh = words((h - 1) % 12 + 1, "en", r)
        return hh + (
            " o'clock" if mm == 0 else f" {words(mm, 'en', r)}" if mm >= 10 else " oh five"
        )
    tail = {"ru": "ноль ноль", "uk": "нуль нуль", "lt": "nulis nulis"}[lang]
    if lang == "uk":
        return UK_HOURS_LOC[h - 8] + ("" if mm == 0 else " " + words(mm, lang, r))
    return words(h, lang, r) + " " + (tail if mm == 0 else words(mm, lang, r))


UK_HOURS_LOC = [
    "восьмій",
    "дев'ятій",
    "десятій",
    "одинадцятій",
    "дванадцятій",
    "тринадцятій",
    "чотирнадцятій",
    "п'ятнадцятій",
    "шістнадцятій",
    "сімнадцятій",
    "вісімнадцятій",
    "дев'ятнадцятій",
    "двадцятій",
]


def render_slot(ctx: Ctx, slot: str) -> str:
    """Render one template slot; the slot name decides the value and its format."""
    r, lang = ctx.rng, ctx.lang
    base, _, arg = slot.partition(":")
    if base == "CARD":
        return render_card(ctx, arg)
    if base == "CVV":
        cvv = digits_of(r, 4 if len(card_number(ctx)) == 15 else 3)
        return (
            render_code(ctx, "", cvv, cvv)
            if not ctx.asr
            else read_digits(cvv, lang, r, r.choice(["d", "t"]))
        )
    if base == "EXP":
        return render_expiry(ctx)
    if base == "PHONE":
        return render_phone(ctx, arg)
    if base == "EMAIL":
        return render_email(ctx)
    if base == "PASS":
        return render_passport(ctx)
    if base in ("INN", "SNILS", "RNOKPP", "AK", "NINO", "SSN"):
        return render_national_id(ctx, base)
    if base == "DOB":
        return render_date(ctx, *dob_value(ctx, "DOB", child=arg == "child"))
    if base == "IBAN":
        return render_iban(ctx)
    if base == "ACC":
        return render_account(ctx, arg or "account")
    if base == "ADDR":
        return render_address(ctx)
    if base in ("NAME", "NAME2"):
        return render_name(ctx, base, arg or "full")
    # ---- not PII
    if base == "AGENT":
        return ctx.values.setdefault("agent", r.choice(AGENTS[lang]))
    if base == "CITY":
        return r.choice(CITIES[lang])
    if base == "MONEY":
        return render_money(ctx, slot)
    if base == "TIME":
        return render_time(ctx)
    if base == "DATE":
        return render_date(ctx, None, r.randint(1, 12), r.randint(1, 28))
    if base == "LAST4":
        last4 = ctx.values.setdefault("last4", digits_of(r, 4))
        return last4 if not ctx.asr else read_digits(last4, lang, r, r.choice(["d", "p", "q"]))
    if base == "ORDER":
        n = str(r.randint(100, 99999))
        return (
            ("№ " + n if lang in ("ru", "uk") and r.random() < 0.5 else n)
            if not ctx.asr
            else read_digits(n, lang, r, r.choice(["d", "p", "t", "q"]))
        )
    if base == "MENU":  # a menu key or a 1..N rating
        return render_number(ctx, r.randint(1, int(arg or 9)))
    if base == "PCT":
        n = r.choice([3, 5, 7, 10, 12, 15, 20, 25, 30, 50, 2, 21])
        if ctx.asr:
            return render_number(ctx, n, "pct")
        return f"{n}%" if r.random() < 0.6 else render_number(ctx, n, "pct")
    if base in ("YEARS", "MONTHS", "DAYS", "PEOPLE", "GB"):
        hi = {"YEARS": 25, "MONTHS": 36, "DAYS": 10, "PEOPLE": 6, "GB": 100}[base]
        return render_number(ctx, r.randint(2, hi), base.lower() if base != "PEOPLE" else "people")
    if base in ("FLOOR", "ROOM", "COUNT"):
        return render_number(ctx, r.randint(2, 25 if base == "FLOOR" else 420))
    if base == "YEAR":
        y = r.randint(2005, 2023)
        return str(y) if not ctx.asr else year_gen(y, lang, r)
    if base == "MODEL":
        name, joiner, num = r.choice(MODELS)
        if ctx.asr:
            return f"{name.lower()} {words(num, lang, r)}"
        return f"{name}{joiner}{num}"
    raise KeyError(slot)


PII_TYPES = {
    "CARD": "CARD",
    "CVV": "CVV",
    "EXP": "EXPIRY",
    "PHONE": "PHONE",
    "EMAIL": "EMAIL",
    "PASS": "PASSPORT",
    "INN": "NATIONAL_ID",
    "SNILS": "NATIONAL_ID",
    "RNOKPP": "NATIONAL_ID",
    "AK": "NATIONAL_ID",
    "NINO": "NATIONAL_ID",
    "SSN": "NATIONAL_ID",
    "DOB": "DOB",
    "IBAN": "ACCOUNT",
    "ACC": "ACCOUNT",
    "ADDR": "ADDRESS",
    "NAME": "PERSON",
    "NAME2": "PERSON",
}
ENTITY_TYPES = set(PII_TYPES.values())
SPLIT_SLOTS = {"CARD:1": "CARD", "CARD:2": "CARD", "PHONE:1": "PHONE", "PHONE:2": "PHONE"}

# --------------------------------------------------------------------------- templates
# "A:" agent, "C:" customer; {SLOT} or {SLOT:arg}. Templates 1xx ru, 2xx uk, 3xx en, 4xx lt;
# x50+ are hard negatives (no PII at all).

TEMPLATES: dict[str, list[tuple[int, list[str]]]] = {
    "ru": [
        (
            101,
            [
                "A: Для оплаты назовите, пожалуйста, номер карты.",
                "C: Да, записывайте: {CARD}.",
                "A: Срок действия и код с обратной стороны?",
                "C: {EXP}, код {CVV}.",
            ],
        ),
        (
            102,
            [
                "A: Диктуйте номер карты, я записываю.",
                "C: {CARD:1}",
                "C: {CARD:2}, всё.",
                "A: Спасибо, проверяю.",
            ],
        ),
        (
            103,
            [
                "A: Компания «Связьком», меня зовут {AGENT}. Как к вам обращаться?",
                "C: Меня зовут {NAME}, звоню с номера {PHONE}.",
            ],
        ),
        (
            104,
            [
                "A: Назовите номер полиса и дату рождения страхователя.",
                "C: Полис {ACC:policy}, дата рождения {DOB}.",
                "A: Благодарю, нашла.",
            ],
        ),
        (
            105,
            [
                "A: Для записи в МФЦ нужны серия и номер паспорта.",
                "C: Серия и номер {PASS}.",
                "A: Спасибо, {NAME:fp}, ваш приём {DATE}.",
            ],
        ),
        (
            106,
            [
                "C: Мой ИНН {INN}, проверьте, пожалуйста, почему начислен налог.",
                "A: Вижу, ИНН совпадает. Сумма к оплате {MONEY}.",
            ],
        ),
        (
            107,
            [
                "A: Поликлиника, регистратура. Назовите ваш СНИЛС.",
                "C: СНИЛС {SNILS}.",
                "A: Записала вас к терапевту, приём {DATE} в {TIME}.",
            ],
        ),
        (
            108,
            [
                "A: Куда доставить заказ?",
                "C: Город {CITY}, {ADDR}.",
                "A: Курьер приедет {DATE}, доставка {MONEY}.",
            ],
        ),
        (
            109,
            [
                "A: Продиктуйте электронную почту для чека.",
                "C: {EMAIL}",
                "A: Повторяю: {EMAIL}, верно?",
                "C: Да, верно.",
            ],
        ),
        (
            110,
            [
                "C: Переведите остаток на мой счёт {IBAN}, пожалуйста.",
                "A: Хорошо, перевод займёт {DAYS}.",
            ],
        ),
        (
            111,
            [
                "C: Я звоню по поводу мамы, её зовут {NAME2:full,f}.",
                "A: Дата рождения?",
                "C: {DOB}, живёт по адресу {ADDR}.",
            ],
        ),
        (
            112,
            [
                "A: Назовите номер договора.",
                "C: Договор {ACC:contract}.",
                "A: Задолженность {MONEY}, оплатить нужно до {DATE}.",
            ],
        ),
        (113, ["C: Мой номер {PHONE:1}", "A: Так.", "C: {PHONE:2}.", "A: Записала."]),
        (
            114,
            [
                "A: У вас карта, которая заканчивается на {LAST4}?",
                "C: Нет, другая, вот номер: {CARD}.",
            ],
        ),
        (
            115,
            [
                "A: Для верификации назовите фамилию, имя и отчество.",
                "C: {NAME}.",
                "A: И номер телефона, привязанный к счёту.",
                "C: {PHONE}.",
            ],
        ),
        (116, ["A: Ваша фамилия?", "C: {NAME:last}.", "A: Лицевой счёт назовёте?", "C: {ACC}."]),
        (
            117,
            [
                "C: Хочу сменить почту в личном кабинете на {EMAIL}.",
                "A: Хорошо. Для подтверждения — ваша дата рождения?",
                "C: {DOB}.",
            ],
        ),
        (
            118,
            [
                "A: Назовите адрес подключения интернета.",
                "C: {ADDR}, этаж {FLOOR}.",
                "A: Тариф «Домашний {GB}» подойдёт?",
            ],
        ),
        (
            151,
            [
                "A: Банк «Восток», меня зовут {AGENT}, слушаю вас.",
                "C: Почему у меня списали {MONEY}?",
                "A: Это плата за обслуживание, {PCT} от суммы.",
            ],
        ),
        (
            152,
            [
                "A: Операция по карте, оканчивающейся на {LAST4}, прошла {DATE} в {TIME}.",
                "C: Да, это я покупал, всё нормально.",
            ],
        ),
        (
            153,
            [
                "C: Я нажал {MENU}, а меня соединили не с тем отделом.",
                "A: Извините, меня зовут {AGENT}, сейчас переключу.",
            ],
        ),
        (
            154,
            [
                "A: Ваш заказ {ORDER} будет доставлен {DATE}.",
                "C: А во сколько?",
                "A: С {TIME} до {TIME}.",
            ],
        ),
        (
            155,
            [
                "C: Я ваш клиент уже {YEARS}, а тариф «Максимум» подорожал на {MONEY}.",
                "A: Понимаю, могу предложить скидку {PCT}.",
            ],
        ),
        (
            156,
            [
                "C: Телефон {MODEL} не включается после обновления.",
                "A: Гарантия на него {MONTHS}, привезите в сервис.",
            ],
        ),
        (
            157,
            [
                "C: У нас этаж {FLOOR}, в подъезде нет света уже {DAYS}.",
                "A: Заявка передана аварийной службе.",
            ],
        ),
        (
            158,
            [
                "A: Ставка по вкладу {PCT} годовых, минимальная сумма {MONEY}.",
                "C: А если положить на {MONTHS}?",
                "A: Тогда ставка выше.",
            ],
        ),
        (
            159,
            [
                "A: Обращение зарегистрировано под номером {ORDER}.",
                "C: Когда ответите?",
                "A: Ответ придёт за {DAYS}.",
            ],
        ),
        (
            160,
            [
                "C: В семье нас {PEOPLE}, нужна страховка на всех.",
                "A: Стоимость полиса от {MONEY} в год.",
            ],
        ),
        (
            161,
            ["A: Приём перенесён, теперь он {DATE}, кабинет {ROOM}.", "C: Хорошо, буду в {TIME}."],
        ),
        (
            162,
            [
                "C: Я с {YEAR} года у вас обслуживаюсь, и такое впервые.",
                "A: Спасибо, что остаётесь с нами, меня зовут {AGENT}.",
            ],
        ),
        (
            163,
            [
                "C: Последние четыре цифры карты {LAST4}, списание было на {MONEY}.",
                "A: Вижу, возврат поступит за {DAYS}.",
            ],
        ),
        (
            164,
            [
                "A: Вы подключены к тарифу «Смарт {GB}», абонентская плата {MONEY}.",
                "C: А можно подешевле?",
                "A: Нажмите {MENU} в меню, там все тарифы.",
            ],
        ),
    ],
    "uk": [
        (
            201,
            [
                "A: Назвіть, будь ласка, номер картки для оплати.",
                "C: {CARD}.",
                "A: Термін дії?",
                "C: {EXP}, а CVV {CVV}.",
            ],
        ),
        (202, ["A: Диктуйте номер картки.", "C: {CARD:1}", "A: Так, далі.", "C: {CARD:2}."]),
        (
            203,
            [
                "A: «Київстар», мене звати {AGENT}. Як до вас звертатися?",
                "C: Мене звати {NAME}, мій номер {PHONE}.",
            ],
        ),
        (
            204,
            [
                "A: Для оформлення потрібні серія та номер паспорта.",
                "C: Паспорт {PASS}.",
                "A: Дякую, {NAME:fp}.",
            ],
        ),
        (
            205,
            [
                "A: Назвіть ваш ідентифікаційний код.",
                "C: РНОКПП {RNOKPP}.",
                "A: Дякую, субсидію нараховано, {MONEY}.",
            ],
        ),
        (
            206,
            [
                "C: Мені потрібно оновити адресу доставки: {CITY}, {ADDR}.",
                "A: Оновила, посилка прийде {DATE}.",
            ],
        ),
        (207, ["A: Продиктуйте електронну пошту.", "C: {EMAIL}.", "A: Надіслала лист на {EMAIL}."]),
        (
            208,
            [
                "C: Поверніть кошти на мій рахунок {IBAN}.",
                "A: Добре, повернення {MONEY} за {DAYS}.",
            ],
        ),
        (
            209,
            [
                "A: Назвіть номер поліса та дату народження.",
                "C: Поліс {ACC:policy}, народилася {DOB}.",
            ],
        ),
        (
            210,
            [
                "C: Я телефоную щодо батька, {NAME2:full,m}.",
                "A: Його дата народження?",
                "C: {DOB}.",
            ],
        ),
        (
            211,
            [
                "A: Назвіть номер особового рахунку за газ.",
                "C: {ACC}.",
                "A: Борг {MONEY}, показник лічильника прийнято.",
            ],
        ),
        (212, ["C: Запишіть мій номер: {PHONE:1}", "C: {PHONE:2}.", "A: Записала, дякую."]),
        (
            213,
            [
                "A: Ваша картка закінчується на {LAST4}?",
                "C: Ні, це стара. Нова — {CARD}.",
                "A: Зрозуміла.",
            ],
        ),
        (
            214,
            [
                "A: Прізвище, ім'я, по батькові повністю.",
                "C: {NAME}.",
                "A: Дата народження?",
                "C: {DOB}.",
            ],
        ),
        (
            215,
            [
                "A: Номер договору, будь ласка.",
                "C: Договір {ACC:contract}.",
                "A: Бачу, у вас тариф «Максимальний».",
            ],
        ),
        (
            216,
            [
                "C: Моє прізвище {NAME:last}, я записана до лікаря.",
                "A: Так, бачу, прийом {DATE} о {TIME}.",
            ],
        ),
        (217, ["A: Для ID-картки вкажіть номер документа.", "C: Номер {PASS}, РНОКПП {RNOKPP}."]),
        (218, ["A: Куди доставити меблі?", "C: {ADDR}, поверх {FLOOR}, ліфта немає."]),
        (
            251,
            [
                "A: «ПриватБанк», мене звати {AGENT}.",
                "C: Чому з мене зняли {MONEY}?",
                "A: Це комісія {PCT} за переказ.",
            ],
        ),
        (
            252,
            [
                "C: Останні чотири цифри картки {LAST4}, оплата не пройшла.",
                "A: Спробуйте ще раз через {DAYS}.",
            ],
        ),
        (253, ["C: Я натиснула {MENU}, але нічого не сталося.", "A: Спробуйте натиснути {MENU}."]),
        (
            254,
            [
                "A: Ваше замовлення {ORDER} прибуде {DATE}.",
                "C: О котрій?",
                "A: Орієнтовно о {TIME}.",
            ],
        ),
        (
            255,
            [
                "C: Я ваш абонент уже {YEARS}, а тариф подорожчав на {MONEY}.",
                "A: Можу запропонувати знижку {PCT}.",
            ],
        ),
        (
            256,
            [
                "C: Пральна машина {MODEL} протікає.",
                "A: Гарантія на неї {MONTHS}, майстер приїде {DATE}.",
            ],
        ),
        (
            257,
            [
                "C: У нас поверх {FLOOR}, води немає вже {DAYS}.",
                "A: Передаю заявку аварійній службі.",
            ],
        ),
        (258, ["A: Депозит під {PCT} річних на {MONTHS}.", "C: А мінімальна сума?", "A: {MONEY}."]),
        (
            259,
            [
                "A: Вашу заявку зареєстровано за номером {ORDER}.",
                "C: Коли буде відповідь?",
                "A: За {DAYS}.",
            ],
        ),
        (260, ["A: Запис до лікаря {DATE}, кабінет {ROOM}.", "C: О {TIME} підійде."]),
        (
            261,
            [
                "C: Я з вами з {YEAR} року, вперше таке.",
                "A: Перепрошую, мене звати {AGENT}, зараз допоможу.",
            ],
        ),
        (
            262,
            [
                "A: На тарифі «Смарт {GB}» абонплата {MONEY}.",
                "C: А сімейний є? Нас у родині {PEOPLE}.",
                "A: Так, натисніть {MENU}.",
            ],
        ),
    ],
    "en": [
        (
            301,
            [
                "A: Can I take the long number on the card, please?",
                "C: Sure, it's {CARD}.",
                "A: And the expiry date?",
                "C: {EXP}, and the security code is {CVV}.",
            ],
        ),
        (
            302,
            [
                "A: Go ahead with the card number when you're ready.",
                "C: {CARD:1}",
                "A: Okay.",
                "C: {CARD:2}.",
            ],
        ),
        (
            303,
            [
                "A: Thank you for calling Northwind Mobile, I'm {AGENT}. Who am I speaking with?",
                "C: Hi, this is {NAME}, calling about my number {PHONE}.",
            ],
        ),
        (
            304,
            [
                "A: Could you confirm your policy number and date of birth?",
                "C: Policy number {ACC:policy}, born {DOB}.",
            ],
        ),
        (
            305,
            [
                "A: For the passport renewal I need your current passport number.",
                "C: It's {PASS}.",
                "A: Thanks, {NAME:fp}, that's all done.",
            ],
        ),
        (
            306,
            [
                "A: To verify, may I have your National Insurance number?",
                "C: Yes, {NINO}.",
                "A: Thank you, your refund is {MONEY}.",
            ],
        ),
        (
            307,
            [
                "A: Last thing, your social security number?",
                "C: {SSN}.",
                "A: Great, your appointment is on {DATE} at {TIME}.",
            ],
        ),
        (
            308,
            [
                "A: What's the delivery address?",
                "C: {ADDR}, {CITY}.",
                "A: Perfect, it'll arrive on {DATE}.",
            ],
        ),
        (
            309,
            [
                "A: What email should we send the receipt to?",
                "C: {EMAIL}",
                "A: So that's {EMAIL}?",
                "C: Yes.",
            ],
        ),
        (
            310,
            [
                "C: Please send the refund to my account, the IBAN is {IBAN}.",
                "A: Sure, allow {DAYS}.",
            ],
        ),
        (
            311,
            [
                "C: I'm calling on behalf of my father, {NAME2:full,m}.",
                "A: What's his date of birth?",
                "C: {DOB}. He lives at {ADDR}.",
            ],
        ),
        (
            312,
            [
                "A: Can you give me your account number?",
                "C: It's {ACC}.",
                "A: I see a balance of {MONEY} due on {DATE}.",
            ],
        ),
        (313, ["C: My cell is {PHONE:1}", "C: {PHONE:2}.", "A: Got it, thanks."]),
        (314, ["A: Is that the card ending in {LAST4}?", "C: No, a new one: {CARD}."]),
        (
            315,
            [
                "A: Can I get your full name for the record?",
                "C: {NAME}.",
                "A: And a contact number?",
                "C: {PHONE}.",
            ],
        ),
        (
            316,
            [
                "A: What's the surname on the booking?",
                "C: {NAME:last}.",
                "A: I've found it, party of {PEOPLE}.",
            ],
        ),
        (
            317,
            [
                "C: I'd like to update my email to {EMAIL}.",
                "A: Sure, can you confirm your date of birth?",
                "C: {DOB}.",
            ],
        ),
        (
            318,
            [
                "A: Which address is the meter at?",
                "C: {ADDR}.",
                "A: And the contract number?",
                "C: {ACC:contract}.",
            ],
        ),
        (
            351,
            [
                "A: Thanks for calling First Union Bank, this is {AGENT}.",
                "C: Why was I charged {MONEY} this month?",
                "A: That's the overdraft fee, {PCT} of the balance.",
            ],
        ),
        (
            352,
            [
                "A: I see a transaction on the card ending {LAST4} on {DATE} at {TIME}.",
                "C: Yes, that was me.",
            ],
        ),
        (
            353,
            [
                "C: I pressed {MENU} and it put me through to billing.",
                "A: Sorry about that, I'm {AGENT}, I'll transfer you.",
            ],
        ),
        (
            354,
            [
                "A: Your order {ORDER} will arrive on {DATE}.",
                "C: What time?",
                "A: Between {TIME} and {TIME}.",
            ],
        ),
        (
            355,
            [
                "C: I've been with you for {YEARS} and my bill went up by {MONEY}.",
                "A: I can offer {PCT} off for a year.",
            ],
        ),
        (356, ["C: My {MODEL} won't charge.", "A: It's still under warranty for {MONTHS}."]),
        (
            357,
            [
                "C: We're on floor {FLOOR} and the heating has been off for {DAYS}.",
                "A: I've escalated it to maintenance.",
            ],
        ),
        (
            358,
            [
                "A: The savings rate is {PCT} and the minimum deposit is {MONEY}.",
                "C: What if I lock it for {MONTHS}?",
            ],
        ),
        (
            359,
            ["A: Your ticket number is {ORDER}.", "C: How long will it take?", "A: Up to {DAYS}."],
        ),
        (360, ["A: Your appointment is moved to {DATE}, room {ROOM}.", "C: Fine, {TIME} works."]),
        (361, ["C: I've been a member since {YEAR}.", "A: Thanks for your loyalty, I'm {AGENT}."]),
        (
            362,
            [
                "A: The Unlimited {GB} plan is {MONEY} a month.",
                "C: Is there a family plan for {PEOPLE}?",
                "A: Yes, press {MENU} for family plans.",
            ],
        ),
        (
            363,
            [
                "C: The last four digits are {LAST4} and it was declined for {MONEY}.",
                "A: Let me check the reason.",
            ],
        ),
    ],
    "lt": [
        (
            401,
            [
                "A: Prašau padiktuoti kortelės numerį.",
                "C: {CARD}.",
                "A: Galiojimo data?",
                "C: {EXP}, saugos kodas {CVV}.",
            ],
        ),
        (
            402,
            ["A: Sakykite kortelės numerį, užsirašau.", "C: {CARD:1}", "A: Taip.", "C: {CARD:2}."],
        ),
        (
            403,
            [
                "A: „Telia“, mano vardas {AGENT}. Kaip galiu į jus kreiptis?",
                "C: Aš {NAME}, skambinu dėl numerio {PHONE}.",
            ],
        ),
        (404, ["A: Nurodykite asmens kodą.", "C: {AK}.", "A: Ačiū, radau jūsų sutartį."]),
        (405, ["A: Paso numeris, prašau.", "C: {PASS}.", "A: Ačiū, {NAME:fp}."]),
        (406, ["A: Kur pristatyti siuntą?", "C: {CITY}, {ADDR}.", "A: Kurjeris atvyks {DATE}."]),
        (407, ["A: Koks jūsų el. pašto adresas?", "C: {EMAIL}.", "A: Pakartoju: {EMAIL}."]),
        (408, ["C: Grąžinkite pinigus į sąskaitą {IBAN}.", "A: Gerai, terminas – {DAYS}."]),
        (409, ["A: Poliso numeris ir gimimo data?", "C: Polisas {ACC:policy}, gimiau {DOB}."]),
        (410, ["C: Skambinu dėl mamos, ji {NAME2:full,f}.", "A: Gimimo data?", "C: {DOB}."]),
        (411, ["A: Koks jūsų mokėtojo kodas?", "C: {ACC}.", "A: Skola {MONEY}."]),
        (412, ["C: Mano telefonas {PHONE:1}", "C: {PHONE:2}.", "A: Užsirašiau."]),
        (
            413,
            ["A: Ar tai kortelė, kurios paskutiniai skaitmenys {LAST4}?", "C: Ne, nauja: {CARD}."],
        ),
        (
            414,
            [
                "A: Jūsų vardas ir pavardė?",
                "C: {NAME}.",
                "A: Kontaktinis telefonas?",
                "C: {PHONE}.",
            ],
        ),
        (
            415,
            ["A: Sutarties numeris?", "C: {ACC:contract}.", "A: Matau, planas „Neribotas {GB}“."],
        ),
        (
            416,
            ["C: Mano pavardė {NAME:last}, turiu vizitą pas gydytoją.", "A: Taip, {DATE} {TIME}."],
        ),
        (417, ["C: Noriu pakeisti el. paštą į {EMAIL}.", "A: Nurodykite asmens kodą.", "C: {AK}."]),
        (418, ["A: Objekto adresas?", "C: {ADDR}, aukštas {FLOOR}.", "A: Meistras atvyks {DATE}."]),
        (
            451,
            [
                "A: „Swedbank“, mano vardas {AGENT}.",
                "C: Kodėl nuskaičiuota suma yra {MONEY}?",
                "A: Tai mokestis, {PCT} nuo sumos.",
            ],
        ),
        (
            452,
            [
                "A: Mokėjimas kortele, kurios paskutiniai skaitmenys {LAST4}, atliktas {DATE}.",
                "C: Taip, tai aš pirkau.",
            ],
        ),
        (
            453,
            [
                "C: Paspaudžiau {MENU}, bet sujungė ne ten.",
                "A: Atsiprašau, aš {AGENT}, tuoj sujungsiu.",
            ],
        ),
        (
            454,
            [
                "A: Užsakymas {ORDER} bus pristatytas {DATE}.",
                "C: Kelintą valandą?",
                "A: Apie {TIME}.",
            ],
        ),
        (
            455,
            [
                "C: Esu jūsų klientas nuo {YEAR} metų, o mėnesinis mokestis dabar {MONEY}.",
                "A: Galiu pasiūlyti nuolaidą – {PCT}.",
            ],
        ),
        (456, ["C: Telefonas {MODEL} neįsijungia.", "A: Garantijos terminas – {MONTHS}."]),
        (
            457,
            [
                "C: Gyvename daugiabutyje, aukštas {FLOOR}, liftas neveikia, praėjo jau {DAYS}.",
                "A: Perduosiu užklausą.",
            ],
        ),
        (
            458,
            ["A: Indėlio palūkanos {PCT}, minimali suma {MONEY}.", "C: O jei terminas {MONTHS}?"],
        ),
        (
            459,
            [
                "A: Jūsų užklausos numeris {ORDER}.",
                "C: Kada atsakysite?",
                "A: Atsakymo terminas – {DAYS}.",
            ],
        ),
        (460, ["A: Vizitas perkeltas į {DATE}, kabinetas {ROOM}.", "C: Gerai, {TIME} tinka."]),
        (461, ["C: Esu klientė nuo {YEAR} metų.", "A: Ačiū, kad esate su mumis, aš {AGENT}."]),
        (
            462,
            [
                "A: Plano „Neribotas {GB}“ kaina – {MONEY} per mėnesį.",
                "C: O jei mūsų šeimoje {PEOPLE}?",
                "A: Spauskite {MENU}.",
            ],
        ),
    ],
}

# Second batch: values without a cue word, several entities in one turn, read-backs, third
# parties, and more look-alike numbers that are not PII.
TEMPLATES["ru"] += [
    (
        119,
        [
            "A: Клиника «Здоровье», регистратура. На кого записываем?",
            "C: На сына, {NAME2:full,m}, дата рождения {DOB:child}.",
            "A: Приём {DATE} в {TIME}, кабинет {ROOM}.",
        ],
    ),
    (
        120,
        [
            "C: Вопрос по налоговому вычету. ИНН {INN}, СНИЛС {SNILS}.",
            "A: Спасибо, рассмотрение займёт {MONTHS}.",
        ],
    ),
    (121, ["A: Как с вами лучше связаться?", "C: Пишите на {EMAIL} или звоните {PHONE}."]),
    (
        122,
        [
            "C: Хочу сделать перевод. Получатель — {NAME2}, карта {CARD}.",
            "A: Комиссия составит {PCT}, подтверждаете?",
            "C: Да.",
        ],
    ),
    (
        123,
        [
            "A: Адрес регистрации как в паспорте?",
            "C: {ADDR}.",
            "A: И серию, номер паспорта.",
            "C: {PASS}.",
        ],
    ),
    (
        124,
        [
            "C: Перезвоните мне, пожалуйста, на {PHONE}.",
            "A: Повторяю: {PHONE}, правильно?",
            "C: Да, всё так.",
        ],
    ),
    (
        125,
        [
            "C: Карта {CARD}, действует до {EXP}, на обороте {CVV}.",
            "A: Спасибо, оплата {MONEY} прошла.",
        ],
    ),
    (
        126,
        [
            "A: Назовите номер договора страхования и ФИО страхователя.",
            "C: Договор {ACC:contract}, страхователь {NAME}.",
        ],
    ),
    (
        165,
        [
            "A: Пункт выдачи работает с {TIME} до {TIME}.",
            "C: А в выходные?",
            "A: В выходные выходной, меня зовут {AGENT}, обращайтесь.",
        ],
    ),
    (166, ["C: Сколько стоит замена экрана на {MODEL}?", "A: {MONEY}, срок ремонта {DAYS}."]),
    (167, ["A: Оцените, пожалуйста, разговор от одного до пяти.", "C: {MENU:5}.", "A: Спасибо!"]),
    (
        168,
        [
            "A: Ваш кешбэк за месяц {MONEY}, это {PCT} от покупок.",
            "C: А по карте, которая заканчивается на {LAST4}, тоже начисляется?",
            "A: Да.",
        ],
    ),
    (
        169,
        [
            "C: Счётчик показывает {COUNT}, а в квитанции больше.",
            "A: Передайте показания до {DATE}, пересчитаем.",
        ],
    ),
]
TEMPLATES["uk"] += [
    (
        219,
        [
            "A: Клініка «Добробут», реєстратура. На кого записуємо?",
            "C: На доньку, {NAME2:full,f}, народилася {DOB:child}.",
            "A: Прийом {DATE} о {TIME}.",
        ],
    ),
    (220, ["C: Мій РНОКПП {RNOKPP}, а телефон {PHONE}.", "A: Дякую, перевірила, все збігається."]),
    (221, ["A: Як з вами зв'язатися?", "C: Пишіть на {EMAIL}, або дзвоніть {PHONE}."]),
    (222, ["C: Переказ на картку {CARD}, отримувач {NAME2}.", "A: Комісія {PCT}, підтверджуєте?"]),
    (223, ["A: Адреса реєстрації?", "C: {CITY}, {ADDR}.", "A: Номер паспорта?", "C: {PASS}."]),
    (224, ["C: Передзвоніть на {PHONE}.", "A: Повторюю: {PHONE}, вірно?", "C: Так."]),
    (
        225,
        [
            "C: Картка {CARD}, діє до {EXP}, код на звороті {CVV}.",
            "A: Дякую, оплату {MONEY} проведено.",
        ],
    ),
    (226, ["A: Ваш IBAN для виплати?", "C: {IBAN}.", "A: Кошти надійдуть за {DAYS}."]),
    (
        263,
        [
            "A: Відділення відчиняється о {TIME}, зачиняється о {TIME}.",
            "C: А в суботу?",
            "A: У суботу вихідний.",
        ],
    ),
    (264, ["C: Скільки коштує заміна екрана на {MODEL}?", "A: {MONEY}, ремонт займе {DAYS}."]),
    (265, ["A: Оцініть розмову від одного до п'яти.", "C: {MENU:5}.", "A: Дякую!"]),
    (
        266,
        [
            "A: Кешбек за місяць {MONEY}, це {PCT} від покупок.",
            "C: А картка, що закінчується на {LAST4}, теж бере участь?",
        ],
    ),
    (
        267,
        ["C: Лічильник показує {COUNT}, а в рахунку більше.", "A: Передайте показники до {DATE}."],
    ),
]
TEMPLATES["en"] += [
    (
        319,
        [
            "A: Riverside Clinic, who is the appointment for?",
            "C: My son, {NAME2:full,m}, date of birth {DOB:child}.",
            "A: Booked for {DATE} at {TIME}.",
        ],
    ),
    (
        320,
        ["C: My social is {SSN} and the phone on file is {PHONE}.", "A: Thanks, you're verified."],
    ),
    (321, ["A: What's the best way to reach you?", "C: Email me at {EMAIL} or call {PHONE}."]),
    (322, ["C: I want to pay {NAME2} using this card, {CARD}.", "A: There's a {PCT} fee, okay?"]),
    (
        323,
        [
            "A: What's the address on your driving licence?",
            "C: {ADDR}.",
            "A: And your passport number?",
            "C: {PASS}.",
        ],
    ),
    (324, ["C: Call me back on {PHONE}.", "A: That's {PHONE}, correct?", "C: Correct."]),
    (
        325,
        [
            "C: Card is {CARD}, expires {EXP}, code on the back {CVV}.",
            "A: Thanks, {MONEY} has gone through.",
        ],
    ),
    (326, ["A: Can I take your NI number and your full name?", "C: {NINO}, {NAME}."]),
    (
        364,
        [
            "A: The store is open from {TIME} till {TIME}.",
            "C: And on Sundays?",
            "A: Closed on Sundays.",
        ],
    ),
    (365, ["C: How much is a screen repair for a {MODEL}?", "A: {MONEY}, it takes {DAYS}."]),
    (366, ["A: Please rate this call from one to five.", "C: {MENU:5}.", "A: Thank you!"]),
    (
        367,
        [
            "A: Your cashback this month is {MONEY}, that's {PCT} of your spending.",
            "C: Does the card ending {LAST4} earn it too?",
        ],
    ),
    (
        368,
        [
            "C: The meter reads {COUNT} but the bill says more.",
            "A: Send the reading before {DATE}.",
        ],
    ),
]
TEMPLATES["lt"] += [
    (
        419,
        [
            "A: Klinika „Sveikata“, kam registruojame?",
            "C: Sūnui, {NAME2:full,m}, gimė {DOB:child}.",
            "A: Vizitas {DATE} {TIME}.",
        ],
    ),
    (420, ["C: Mano asmens kodas {AK}, telefonas {PHONE}.", "A: Ačiū, patikrinau."]),
    (421, ["A: Kaip su jumis susisiekti?", "C: Rašykite {EMAIL} arba skambinkite {PHONE}."]),
    (
        422,
        ["C: Pervedimas į kortelę {CARD}, gavėjas {NAME2}.", "A: Mokestis – {PCT}, patvirtinate?"],
    ),
    (
        423,
        [
            "A: Deklaruotos gyvenamosios vietos adresas?",
            "C: {CITY}, {ADDR}.",
            "A: Paso numeris?",
            "C: {PASS}.",
        ],
    ),
    (424, ["C: Perskambinkite {PHONE}.", "A: Kartoju: {PHONE}, teisingai?", "C: Taip."]),
    (425, ["C: Kortelė {CARD}, galioja iki {EXP}, kodas {CVV}.", "A: Ačiū, mokėjimas atliktas."]),
    (
        426,
        ["A: Sąskaitos numeris išmokai?", "C: {IBAN}.", "A: Pinigus gausite, terminas – {DAYS}."],
    ),
    (
        463,
        ["A: Skyrius dirba nuo {TIME} iki {TIME}.", "C: O šeštadienį?", "A: Šeštadienį nedirbame."],
    ),
    (464, ["C: Kiek kainuoja {MODEL} ekrano keitimas?", "A: Kaina – {MONEY}, terminas – {DAYS}."]),
    (465, ["A: Įvertinkite pokalbį nuo vieno iki penkių.", "C: {MENU:5}.", "A: Ačiū!"]),
    (
        466,
        [
            "A: Pinigų grąžinimas už mėnesį – {MONEY}, tai {PCT} pirkinių sumos.",
            "C: O kortelė, kurios paskutiniai skaitmenys {LAST4}, irgi dalyvauja?",
        ],
    ),
    (
        467,
        ["C: Skaitiklis rodo {COUNT}, o sąskaitoje daugiau.", "A: Pateikite rodmenis iki {DATE}."],
    ),
]

FILLERS = {
    "ru": ["э", "ну", "так", "вот"],
    "uk": ["е", "ну", "так", "от"],
    "en": ["uh", "um", "so", "like"],
    "lt": ["ee", "nu", "tai", "žodžiu"],
}
SLOT_RE = re.compile(r"\{([A-Z0-9]+(?::[a-z0-9,]+)?)\}")


def asr_word(word: str) -> str:
    w = re.sub(r"[^\w']", "", word.lower())
    return w.strip("'")


def build_turn(ctx: Ctx, role: str, template: str, counter: Counter) -> tuple[list[str], list]:
    """Fill one turn; return its words and, per word, the entity key (or None)."""
    text, spans, pos = "", [], 0
    for m in SLOT_RE.finditer(template):
        literal = template[pos : m.start()]
        if text.endswith(".") and literal.startswith("."):  # "1985 г." + "." -> one dot
            literal = literal[1:]
        text += literal
        slot = m.group(1)
        value = render_slot(ctx, slot)
        base = slot.split(":")[0]
        if base in PII_TYPES:
            if slot in SPLIT_SLOTS:
                key = SPLIT_SLOTS[slot]
            else:
                counter[base] += 1
                key = f"{base}#{counter[base]}"
            spans.append((len(text), len(text) + len(value), key, PII_TYPES[base]))
        else:
            spans.append((len(text), len(text) + len(value), "", ""))
        text += value
        pos = m.end()
    tail = template[pos:]
    text += tail[1:] if text.endswith(".") and tail.startswith(".") else tail
    tokens, labels = [], []
    for m in re.finditer(r"\S+", text):
        hit = [s for s in spans if s[0] < m.end() and m.start() < s[1]]
        assert len(hit) <= 1, (template, text)
        tokens.append(m.group())
        labels.append((hit[0][2], hit[0][3]) if hit else None)
    if ctx.asr:
        pairs = [
            (asr_word(part), lab)
            for t, lab in zip(tokens, labels, strict=True)
            for part in re.split(r"[-–—/]", t)
        ]
        pairs = [p for p in pairs if p[0]]
        free = [i for i, p in enumerate(pairs) if p[1] is None]  # template words, not values
        if len(free) > 3 and ctx.rng.random() < 0.15:  # a recogniser drops a word
            del pairs[ctx.rng.choice(free)]
        if ctx.rng.random() < 0.25 and role == "customer":
            pairs.insert(0, (ctx.rng.choice(FILLERS[ctx.lang]), None))
        tokens = [p[0] for p in pairs]
        labels = [p[1] for p in pairs]
    labels = [lab if lab and lab[0] else None for lab in labels]
    return tokens, labels


def build_utterance(
    lang: str, style: str, tid: int, turns_tpl: list[str], rng: random.Random, uid: str
) -> dict:
    ctx = Ctx(lang, style, rng)
    counter: Counter = Counter()
    turns, entities = [], {}
    for ti, line in enumerate(turns_tpl):
        who, _, body = line.partition(": ")
        role = {"A": "agent", "C": "customer"}[who]
        tokens, labels = build_turn(ctx, role, body, counter)
        turns.append({"role": role, "text": " ".join(tokens)})
        i = 0
        while i < len(tokens):
            if labels[i] is None:
                i += 1
                continue
            key, etype = labels[i]
            j = i
            while j < len(tokens) and labels[j] == labels[i]:
                j += 1
            entities.setdefault(key, {"type": etype, "pieces": []})["pieces"].append([ti, i, j])
            i = j
    return {
        "id": uid,
        "lang": lang,
        "style": style,
        "template": tid,
        "split": "blind",
        "turns": turns,
        "entities": list(entities.values()),
    }


def check(item: dict) -> None:
    assert 2 <= len(item["turns"]) <= 4, item["id"]
    for t in item["turns"]:
        assert t["text"].strip(), item["id"]
        if item["style"] == "asr":
            assert not re.search(r"[0-9]", t["text"]), (item["id"], t["text"])
            assert t["text"] == t["text"].lower(), item["id"]
    for e in item["entities"]:
        assert e["type"] in ENTITY_TYPES
        for ti, a, b in e["pieces"]:
            assert 0 <= ti < len(item["turns"]) and 0 <= a < b <= len(
                item["turns"][ti]["text"].split()
            ), item["id"]
        if e["type"] == "CARD" and item["style"] == "written":
            t0 = item["turns"]
            digits = "".join(
                re.sub(r"\D", "", w)
                for ti, a, b in e["pieces"]
                for w in t0[ti]["text"].split()[a:b]
            )
            assert 13 <= len(digits) <= 19 and luhn_ok(digits), (item["id"], digits)


def main() -> None:
    rng = random.Random(SEED)
    items = []
    for lang in LANGS:
        positives = [t for t in TEMPLATES[lang] if t[0] % 100 < 50]
        negatives = [t for t in TEMPLATES[lang] if t[0] % 100 >= 50]
        n_neg = round(PER_LANG * NEGATIVE_SHARE)
        picks = [positives[i % len(positives)] for i in range(PER_LANG - n_neg)]
        picks += [negatives[i % len(negatives)] for i in range(n_neg)]
        # alternate styles over picks grouped by template: every template gets both styles
        # and each language is exactly half asr, half written
        picks.sort(key=lambda t: t[0])
        styled = [(t, ("asr", "written")[i % 2]) for i, t in enumerate(picks)]
        rng.shuffle(styled)
        for k, ((tid, tpl), style) in enumerate(styled):
            item = build_utterance(lang, style, tid, tpl, rng, f"{lang}-blind-{k + 1:04d}")
            check(item)
            items.append(item)
    OUT.write_text(
        "".join(json.dumps(i, ensure_ascii=False) + "\n" for i in items), encoding="utf-8"
    )
    n_negative = sum(1 for i in items if not i["entities"])
    by = Counter((i["lang"], i["style"]) for i in items)
    types = Counter(e["type"] for i in items for e in i["entities"])
    print(f"wrote {len(items)} utterances to {OUT}: {n_negative} without PII")
    print(dict(sorted(by.items())))
    print(dict(sorted(types.items())))
    assert len(items) >= 480 and n_negative * 3 >= len(items)


if __name__ == "__main__":
    main()
