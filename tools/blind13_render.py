"""Written and ASR-style surface forms of every blind13 entity and decoy value.

Each renderer returns the text to put in a turn; ASR forms are lower case, digit-free and
punctuation-free, with the reading habits, fillers and self-repairs a phone caller produces.
"""

from __future__ import annotations

import datetime as dt
import random
import re

import blind13_numbers as num

FILLERS = {
    "ru": ["э-э", "ну", "так"],
    "uk": ["е-е", "ну", "так"],
    "en": ["uh", "um", "uh"],
    "lt": ["ee", "nu", "tai"],
}
REPAIRS = {
    "ru": ["ой нет", "нет извините", "то есть"],
    "uk": ["ой ні", "ні вибачте", "тобто"],
    "en": ["no sorry", "sorry i mean", "no wait"],
    "lt": ["ne atsiprašau", "tai yra", "ne ne"],
}
PLUS = {"ru": "плюс", "uk": "плюс", "en": "plus", "lt": "plius"}


def asrify(text: str) -> str:
    """Lower-case, punctuation-free text as an ASR engine emits it."""
    text = text.replace("№", " номер ").lower()
    text = re.sub(r"[«»\"“”„:;!?.,()—–/]", " ", text)
    text = re.sub(r"(?<!\w)-|-(?!\w)", " ", text)
    return " ".join(text.split())


def spoken_digits(
    lang: str, digits: str, rng: random.Random, habit: str | None = None, messy: bool = True
) -> str:
    """Digits read aloud in chunks; sometimes a filler or a self-repair inside the number."""
    habit = habit or rng.choice(["single", "pairs", "triples", "mixed", "mixed"])
    groups = num.chunk(digits, rng, habit)
    words: list[str] = []
    repaired = False
    for i, group in enumerate(groups):
        if messy and 0 < i < len(groups) and rng.random() < 0.06:
            words.append(rng.choice(FILLERS[lang]))
        if messy and not repaired and i > 0 and rng.random() < 0.07:
            wrong = "".join(rng.choice("123456789") for _ in group)
            if wrong != group:
                words += num.spoken_words(lang, [wrong], rng) + rng.choice(REPAIRS[lang]).split()
                repaired = True
        words += num.spoken_words(lang, [group], rng)
    return " ".join(words)


# --- cards ---------------------------------------------------------------------------------


def card_written(card: str, rng: random.Random) -> str:
    n = len(card)
    if n == 15:
        return rng.choice([f"{card[:4]} {card[4:10]} {card[10:]}", card])
    style = rng.choice(["fours", "fours", "dash", "run", "odd"])
    if style == "run":
        return card
    if style == "odd":
        cut = sorted(rng.sample(range(2, n - 1), 2))
        return f"{card[: cut[0]]} {card[cut[0] : cut[1]]} {card[cut[1] :]}"
    groups = [card[i : i + 4] for i in range(0, n, 4)]
    return ("-" if style == "dash" else " ").join(groups)


def split_points(n: int, parts: int, rng: random.Random) -> list[tuple[int, int]]:
    cuts = sorted(rng.sample(range(3, n - 2), parts - 1))
    bounds = [0, *cuts, n]
    return [(bounds[i], bounds[i + 1]) for i in range(parts)]


def digits_text(
    lang: str,
    style: str,
    digits: str,
    rng: random.Random,
    habit: str | None = None,
    messy: bool = True,
) -> str:
    if style == "written":
        return digits
    return spoken_digits(lang, digits, rng, habit, messy)


def expiry(lang: str, style: str, month: int, year: int, rng: random.Random) -> str:
    if style == "written":
        return rng.choice(
            [f"{month:02d}/{year:02d}", f"{month:02d}/{year:02d}", f"{month:02d}.20{year:02d}"]
        )
    m = (
        num.group_words(lang, f"{month:02d}", rng)
        if rng.random() < 0.7
        else num.cardinal(lang, month)
    )
    if lang == "en" and rng.random() < 0.4:
        return " ".join([num.MONTHS["en"][month - 1].lower(), *num.cardinal("en", 2000 + year)])
    return " ".join(m + num.cardinal(lang, year))


# --- phones ----------------------------------------------------------------------------------


def phone_value(lang: str, rng: random.Random) -> str:
    if lang == "ru":
        return "79" + "".join(rng.choice("0123456789") for _ in range(9))
    if lang == "uk":
        return (
            "380"
            + rng.choice(["50", "63", "66", "67", "68", "73", "93", "95", "97", "99"])
            + "".join(rng.choice("0123456789") for _ in range(7))
        )
    if lang == "en":
        if rng.random() < 0.6:
            return "447" + "".join(rng.choice("0123456789") for _ in range(9))
        return (
            "1"
            + rng.choice(["415", "312", "617", "206"])
            + str(rng.randint(2, 9))
            + "".join(rng.choice("0123456789") for _ in range(6))
        )
    return "3706" + "".join(rng.choice("0123456789") for _ in range(7))


def phone(lang: str, style: str, value: str, rng: random.Random) -> str:
    """A phone number as written or said, in national or international form."""
    intl = rng.random() < 0.4
    if lang == "ru":
        cc, nat, trunk = "7", value[1:], "8"
    elif lang == "uk":
        cc, nat, trunk = "380", value[3:], "0"
    elif lang == "lt":
        cc, nat, trunk = "370", value[3:], "8"
    elif value.startswith("44"):
        cc, nat, trunk = "44", value[2:], "0"
    else:
        cc, nat, trunk, intl = "1", value[1:], "", rng.random() < 0.3
    if style == "written":
        if lang == "ru":
            return (
                f"+7 {nat[:3]} {nat[3:6]}-{nat[6:8]}-{nat[8:]}"
                if intl
                else rng.choice(
                    [
                        f"8 ({nat[:3]}) {nat[3:6]}-{nat[6:8]}-{nat[8:]}",
                        f"8{nat}",
                        f"8-{nat[:3]}-{nat[3:]}",
                    ]
                )
            )
        if lang == "uk":
            return (
                f"+380 {nat[:2]} {nat[2:5]} {nat[5:7]} {nat[7:]}"
                if intl
                else rng.choice(
                    [
                        f"0{nat[:2]}-{nat[2:5]}-{nat[5:7]}-{nat[7:]}",
                        f"0{nat}",
                        f"(0{nat[:2]}) {nat[2:5]} {nat[5:]}",
                    ]
                )
            )
        if lang == "lt":
            return (
                f"+370 {nat[:3]} {nat[3:]}"
                if intl
                else rng.choice([f"8 {nat[:3]} {nat[3:]}", f"8{nat}", f"8-{nat[:3]}-{nat[3:]}"])
            )
        if cc == "44":
            return (
                f"+44 {nat[:4]} {nat[4:7]} {nat[7:]}"
                if intl
                else rng.choice([f"0{nat[:4]} {nat[4:]}", f"0{nat}"])
            )
        return (
            f"+1 {nat[:3]}-{nat[3:6]}-{nat[6:]}"
            if intl
            else rng.choice(
                [f"({nat[:3]}) {nat[3:6]}-{nat[6:]}", f"{nat[:3]}-{nat[3:6]}-{nat[6:]}"]
            )
        )
    head = (
        ([PLUS[lang], *num.spoken_words(lang, list(cc), rng)])
        if intl
        else (num.spoken_words(lang, [trunk], rng) if trunk else [])
    )
    if lang == "ru" or (lang == "uk" and not intl):
        groups = (
            [nat[:3], nat[3:6], nat[6:8], nat[8:]]
            if lang == "ru"
            else [nat[:2], nat[2:5], nat[5:7], nat[7:]]
        )
        if lang == "ru" and rng.random() < 0.3:
            groups = list(nat[:3]) + groups[1:]
        body = (
            spoken_digits(lang, "".join(groups), rng, "single", messy=False)
            if rng.random() < 0.2
            else " ".join(num.spoken_words(lang, groups, rng))
        )
    else:
        body = spoken_digits(lang, nat, rng)
    return " ".join([*head, body])


def hotline(lang: str, style: str, rng: random.Random) -> str:
    """A company's own hotline: not personal data."""
    if lang == "ru":
        digits = "8800" + str(rng.randint(100, 999)) + str(rng.randint(10, 99)) * 2
        w = f"8 800 {digits[4:7]}-{digits[7:9]}-{digits[9:]}"
    elif lang == "uk":
        digits = "0800" + str(rng.randint(100000, 999999))
        w = f"0 800 {digits[4:7]} {digits[7:]}"
    elif lang == "en":
        digits = "0800" + str(rng.randint(100000, 999999))
        w = f"0800 {digits[4:7]} {digits[7:]}"
    else:
        digits = str(rng.choice([1817, 1888, 1634, 1590]))
        w = digits
    return w if style == "written" else spoken_digits(lang, digits, rng, "pairs", messy=False)


# --- dates, money, times ----------------------------------------------------------------------


def date_spoken(lang: str, day: int, month: int) -> list[str]:
    if lang == "en":
        return ["the", *num.ordinal("en", day), "of", num.MONTHS["en"][month - 1].lower()]
    if lang == "lt":
        return [num.MONTHS["lt"][month - 1], *num.ordinal("lt", day)]
    return [*num.ordinal(lang, day), num.MONTHS[lang][month - 1]]


def dob(lang: str, style: str, born: dt.date, rng: random.Random) -> str:
    if style == "written":
        if lang == "lt":
            return rng.choice(
                [
                    born.isoformat(),
                    f"{born.year} m. {num.MONTHS['lt'][born.month - 1]} {born.day} d.",
                ]
            )
        if lang == "en":
            return rng.choice(
                [f"{born:%d/%m/%Y}", f"{born.day} {num.MONTHS['en'][born.month - 1]} {born.year}"]
            )
        return rng.choice(
            [f"{born:%d.%m.%Y}", f"{born.day} {num.MONTHS[lang][born.month - 1]} {born.year}"]
        )
    if lang == "lt":
        return " ".join(num.year_words("lt", born.year) + date_spoken("lt", born.day, born.month))
    return " ".join(date_spoken(lang, born.day, born.month) + num.year_words(lang, born.year))


def appointment(lang: str, style: str, rng: random.Random) -> str:
    day, month = rng.randint(1, 28), rng.randint(1, 12)
    if style == "written":
        if lang == "lt":
            return f"{num.MONTHS['lt'][month - 1]} {day} d."
        if lang == "en":
            return f"{day} {num.MONTHS['en'][month - 1]}"
        return f"{day} {num.MONTHS[lang][month - 1]}"
    return " ".join(date_spoken(lang, day, month))


def clock(lang: str, style: str, rng: random.Random) -> str:
    h, m = rng.randint(8, 20), rng.choice([0, 15, 20, 30, 40, 45])
    if style == "written":
        return f"{h}:{m:02d}"
    words = num.cardinal(lang, h) + (
        num.cardinal(lang, m)
        if m
        else {
            "ru": ["ноль", "ноль"],
            "uk": ["нуль", "нуль"],
            "en": ["o'clock"],
            "lt": ["nulis", "nulis"],
        }[lang]
    )
    return " ".join(words)


CURRENCY = {"ru": "рублей", "uk": "гривень", "en": "pounds", "lt": "eurų"}


def money(lang: str, style: str, rng: random.Random) -> str:
    amount = rng.choice([rng.randint(2, 99) * 10, rng.randint(2, 95) * 100 + 50])
    if amount % 100 == 50 and amount > 1000 and lang in ("ru", "uk", "lt"):
        amount -= 50
    if style == "written":
        return f"{amount} {CURRENCY[lang]}"
    return " ".join([*num.cardinal(lang, amount), CURRENCY[lang]])


def count(lang: str, style: str, n: int) -> str:
    return str(n) if style == "written" else " ".join(num.cardinal(lang, n))


def year(lang: str, style: str, y: int) -> str:
    if style == "written":
        return {"ru": f"{y} года", "uk": f"{y} року", "en": str(y), "lt": f"{y} metų"}[lang]
    return " ".join(num.year_words(lang, y))


# --- letters, identifiers, e-mails, addresses --------------------------------------------------

LATIN_NAMES = {
    "ru": dict(
        zip(
            "ABCDEFGHIJKLMNOPQRSTUVWXYZ",
            [
                "эй",
                "би",
                "си",
                "ди",
                "и",
                "эф",
                "джи",
                "эйч",
                "ай",
                "джей",
                "кей",
                "эл",
                "эм",
                "эн",
                "оу",
                "пи",
                "кью",
                "ар",
                "эс",
                "ти",
                "ю",
                "ви",
                "дабл-ю",
                "экс",
                "уай",
                "зед",
            ],
            strict=True,
        )
    ),
    "uk": dict(
        zip(
            "ABCDEFGHIJKLMNOPQRSTUVWXYZ",
            [
                "ей",
                "бі",
                "сі",
                "ді",
                "і",
                "еф",
                "джі",
                "ейч",
                "ай",
                "джей",
                "кей",
                "ел",
                "ем",
                "ен",
                "оу",
                "пі",
                "к'ю",
                "ар",
                "ес",
                "ті",
                "ю",
                "ві",
                "дабл-ю",
                "екс",
                "уай",
                "зет",
            ],
            strict=True,
        )
    ),
    "en": {c: c.lower() for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZ"},
    "lt": dict(
        zip(
            "ABCDEFGHIJKLMNOPQRSTUVWXYZ",
            [
                "a",
                "bė",
                "cė",
                "dė",
                "e",
                "ef",
                "gė",
                "ha",
                "i",
                "jot",
                "ka",
                "el",
                "em",
                "en",
                "o",
                "pė",
                "ku",
                "er",
                "es",
                "tė",
                "u",
                "vė",
                "dablvė",
                "iks",
                "igrek",
                "zė",
            ],
            strict=True,
        )
    ),
}
CYR_LETTER = {
    "К": "ка",
    "В": "ве",
    "М": "ем",
    "Н": "ен",
    "Т": "те",
    "С": "ес",
    "Е": "е",
    "А": "а",
    "О": "о",
    "Р": "ер",
}


def letters_spoken(lang: str, letters: str) -> str:
    return " ".join(LATIN_NAMES[lang][c] for c in letters)


def grouped(value: str, size: int = 4) -> str:
    return " ".join(value[i : i + size] for i in range(0, len(value), size))


def iban(lang: str, style: str, value: str, rng: random.Random) -> str:
    if style == "written":
        return rng.choice([grouped(value), value, grouped(value)])
    letters = value[:2]
    rest = value[2:]
    words: list[str] = [letters_spoken(lang, letters)]
    run = ""
    for ch in rest:
        if ch.isdigit():
            run += ch
            continue
        if run:
            words.append(spoken_digits(lang, run, rng, messy=False))
            run = ""
        words.append(letters_spoken(lang, ch))
    if run:
        words.append(spoken_digits(lang, run, rng))
    return " ".join(words)


def ni_number(style: str, value: str, rng: random.Random) -> str:
    if style == "written":
        return rng.choice([f"{value[:2]} {value[2:4]} {value[4:6]} {value[6:8]} {value[8]}", value])
    return " ".join(
        [
            letters_spoken("en", value[:2]),
            spoken_digits("en", value[2:8], rng),
            letters_spoken("en", value[8]),
        ]
    )


def ssn(style: str, value: str, rng: random.Random) -> str:
    if style == "written":
        return f"{value[:3]}-{value[3:5]}-{value[5:]}"
    return spoken_digits("en", value, rng, rng.choice(["single", "mixed"]))


def snils(style: str, value: str, rng: random.Random) -> str:
    if style == "written":
        return rng.choice([f"{value[:3]}-{value[3:6]}-{value[6:9]} {value[9:]}", value])
    return spoken_digits("ru", value, rng, rng.choice(["triples", "mixed"]))


def ru_passport(style: str, value: str, rng: random.Random) -> str:
    if style == "written":
        return rng.choice(
            [
                f"{value[:2]} {value[2:4]} {value[4:]}",
                f"{value[:4]} {value[4:]}",
                f"{value[:4]} № {value[4:]}",
            ]
        )
    return " ".join(
        [
            " ".join(num.spoken_words("ru", [value[:2], value[2:4]], rng)),
            spoken_digits("ru", value[4:], rng, rng.choice(["triples", "pairs"])),
        ]
    )


def uk_booklet(style: str, value: str, rng: random.Random) -> str:
    if style == "written":
        return rng.choice([f"{value[:2]} {value[2:]}", value])
    return " ".join(
        [
            CYR_LETTER[value[0]],
            CYR_LETTER[value[1]],
            spoken_digits("uk", value[2:], rng, rng.choice(["triples", "pairs"])),
        ]
    )


EMAIL_WORDS = {
    "ru": ("точка", "собака", "нижнее подчёркивание", "дефис"),
    "uk": ("крапка", "равлик", "нижнє підкреслення", "дефіс"),
    "en": ("dot", "at", "underscore", "dash"),
    "lt": ("taškas", "eta", "apatinis brūkšnys", "brūkšnelis"),
}
DOMAINS = {
    "ru": ["mail.ru", "yandex.ru", "gmail.com", "rambler.ru", "bk.ru"],
    "uk": ["ukr.net", "gmail.com", "i.ua", "meta.ua"],
    "en": ["gmail.com", "outlook.com", "btinternet.com", "yahoo.co.uk", "icloud.com"],
    "lt": ["gmail.com", "one.lt", "inbox.lt", "yahoo.com"],
}


def email_value(login: str, lang: str, rng: random.Random) -> str:
    return f"{login}@{rng.choice(DOMAINS[lang])}"


def email(lang: str, style: str, value: str, rng: random.Random) -> str:
    """An address as written, or as said: words for dot/at, digits as numbers."""
    if style == "written":
        return value
    dot, at, under, dash = EMAIL_WORDS[lang]
    out: list[str] = []
    for piece in re.findall(r"[a-z]+|\d+|[._@-]", value):
        if piece == ".":
            out.append(dot)
        elif piece == "@":
            out.append(at)
        elif piece == "_":
            out.append(under)
        elif piece == "-":
            out.append(dash)
        elif piece.isdigit():
            out.append(
                " ".join(num.group_words(lang, piece, rng))
                if len(piece) <= 2
                else spoken_digits(lang, piece, rng, "pairs", messy=False)
            )
        else:
            out.append(piece)
    return " ".join(out)
