"""Value makers for blind27: each returns the written text or the asr words of one PII value
(or one decoy number), so that the scenes only decide who says what, in which language."""

from __future__ import annotations

import random

import blind27_lang as L
from blind27_build import asr_plain
from blind27_phrases import CURRENCY, MONTHS

CARD_KINDS = [  # (prefix, length, groups)
    ("4", 16, (4, 4, 4, 4)), ("51", 16, (4, 4, 4, 4)), ("55", 16, (4, 4, 4, 4)),
    ("2221", 16, (4, 4, 4, 4)), ("37", 15, (4, 6, 5)), ("4", 13, (4, 4, 5)),
    ("6759", 19, (4, 4, 4, 4, 3)), ("4", 16, (4, 4, 4, 4)),
]


def rand_digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def make_card(rng: random.Random) -> tuple[str, list[str]]:
    prefix, length, groups = rng.choice(CARD_KINDS)
    number = L.luhn_complete(prefix + rand_digits(rng, length - len(prefix) - 1))
    out, pos = [], 0
    for g in groups:
        out.append(number[pos:pos + g])
        pos += g
    return number, out


def say_group(group: str, lang: str, rng: random.Random) -> str:
    modes = ["digits", "pairs"] if lang == "en" else ["digits", "pairs", "whole"]
    return L.group_words(group, lang, rng.choice(modes))


def say_number(n: int, lang: str) -> str:
    """Cardinals under 10 000 for amounts and decoys."""
    if n < 1000:
        return L.under_1000(n, lang)
    thousands, rest = divmod(n, 1000)
    if lang == "en":
        head = L.UNITS[lang][thousands] + " thousand"
    elif lang == "lt":
        head = "tūkstantis" if thousands == 1 else L.UNITS[lang][thousands] + " tūkstančiai"
    elif lang == "ru":
        head = {1: "тысяча", 2: "две тысячи", 3: "три тысячи", 4: "четыре тысячи"}.get(
            thousands, L.UNITS[lang][thousands] + " тысяч")
    else:
        head = {1: "тисяча", 2: "дві тисячі", 3: "три тисячі", 4: "чотири тисячі"}.get(
            thousands, L.UNITS[lang][thousands] + " тисяч")
    return head if rest == 0 else head + " " + L.under_1000(rest, lang)


def amount(rng: random.Random, lang: str, style: str) -> str:
    n = rng.randint(15, 9800)
    cents = rng.choice([0, 0, 50, 99])
    if style == "asr":
        return say_number(n, lang) + " " + CURRENCY[lang]
    text = f"{n:,}".replace(",", " ")
    return (text + (f",{cents:02d}" if cents else "")) + " " + CURRENCY[lang]


def expiry(rng: random.Random) -> tuple[int, int]:
    return rng.randint(1, 12), rng.randint(27, 33)


def expiry_month_words(month: int, lang: str) -> str:
    return L.digit_words(f"{month:02d}", lang) if month < 10 else L.under_100(month, lang)


def cvv_words(cvv: str, lang: str, rng: random.Random) -> str:
    if len(cvv) == 3 and cvv[0] != "0" and rng.random() < 0.4:
        return L.under_1000(int(cvv), lang)
    return L.digit_words(cvv, lang)


def phone(rng: random.Random, region: str) -> tuple[str, list[str]]:
    """Written phone and its digit groups, as numbered in the region (no leading '+')."""
    if region == "ru":
        g = ["8", "9" + rand_digits(rng, 2), rand_digits(rng, 3), rand_digits(rng, 2),
             rand_digits(rng, 2)]
        return f"{g[0]} {g[1]} {g[2]}-{g[3]}-{g[4]}", g
    if region == "uk":
        g = ["0" + rng.choice(["67", "50", "93", "97"]), rand_digits(rng, 3),
             rand_digits(rng, 2), rand_digits(rng, 2)]
        return " ".join(g), g
    if region == "en":
        g = ["07" + rand_digits(rng, 3), rand_digits(rng, 6)]
        return " ".join(g), g
    g = ["8", "6" + rand_digits(rng, 2), rand_digits(rng, 5)]
    return " ".join(g), g


EMAIL_WORDS = {"ru": ("собака", "точка"), "uk": ("равлик", "крапка"), "en": ("at", "dot"),
               "lt": ("eta", "taškas")}
DOMAINS = ["gmail.com", "ukr.net", "inbox.lt", "yandex.ru", "outlook.com", "mail.ru"]
TRANSLIT = str.maketrans({
    "а": "a", "б": "b", "в": "v", "г": "h", "ґ": "g", "д": "d", "е": "e", "є": "ye", "ё": "yo",
    "ж": "zh", "з": "z", "и": "y", "і": "i", "ї": "yi", "й": "y", "к": "k", "л": "l", "м": "m",
    "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh",
    "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ь": "", "ы": "y", "э": "e", "ю": "yu",
    "я": "ya", "'": "", "ą": "a", "č": "c", "ę": "e", "ė": "e", "į": "i", "š": "s", "ų": "u",
    "ū": "u", "ž": "z"})


def email(rng: random.Random, given: str, surname: str, lang: str, style: str) -> str:
    user_a = given.lower().translate(TRANSLIT)
    user_b = surname.lower().translate(TRANSLIT)
    domain = rng.choice(DOMAINS)
    at, dot = EMAIL_WORDS[lang]
    name, tld = domain.split(".")
    if rng.random() < 0.5:
        if style == "asr":
            return f"{user_a} {dot} {user_b} {at} {name} {dot} {tld}"
        return f"{user_a}.{user_b}@{domain}"
    if style == "asr":
        return f"{user_a[0]} {user_b} {at} {name} {dot} {tld}"
    return f"{user_a[0]}{user_b}@{domain}"


def dob(rng: random.Random, lang: str, style: str) -> str:
    year, month, day = rng.randint(1948, 2004), rng.randint(1, 12), rng.randint(1, 28)
    if style == "asr":
        return f"{L.under_100(day, lang)} {MONTHS[lang][month - 1]} {L.year_words(year, lang)}"
    if lang == "en":
        return f"{day} {MONTHS['en'][month - 1]} {year}"
    if lang == "lt":
        return f"{year}-{month:02d}-{day:02d}"
    return f"{day:02d}.{month:02d}.{year}"


def national_id(rng: random.Random, kind: str) -> tuple[str, str, str]:
    """(internal kind for checks, value, written text)."""
    if kind == "INN":
        value = L.inn_complete(rng.choice(["77", "50", "78", "39"]) + rand_digits(rng, 8))
        return "INN", value, value
    if kind == "SNILS":
        body = str(rng.randint(100_000_000, 999_999_999))
        value = body + L.snils_check(body)
        return "SNILS", value, f"{body[:3]}-{body[3:6]}-{body[6:]} {value[9:]}"
    if kind == "RNOKPP":
        value = L.rnokpp_complete(str(rng.randint(2, 4)) + rand_digits(rng, 8))
        return "RNOKPP", value, value
    if kind == "ASMENS":
        year, month, day = rng.randint(50, 99), rng.randint(1, 12), rng.randint(1, 28)
        body = f"{rng.choice('34')}{year:02d}{month:02d}{day:02d}{rand_digits(rng, 3)}"
        value = body + L.asmens_check(body)
        return "ASMENS", value, value
    if kind == "NI":
        letters = rng.choice(["AB", "JK", "NP", "SE", "TW", "CR"])
        nums = rand_digits(rng, 6)
        suffix = rng.choice("ABCD")
        return "NATIONAL_ID", letters + nums + suffix, \
            f"{letters} {nums[:2]} {nums[2:4]} {nums[4:]} {suffix}"
    area = rng.randint(100, 665)
    value = f"{area}{rng.randint(10, 99)}{rng.randint(1000, 9999)}"
    return "NATIONAL_ID", value, f"{value[:3]}-{value[3:5]}-{value[5:]}"


def say_id(value: str, written: str, kind: str, lang: str) -> str:
    """asr form: checksummed ids digit by digit (so the check can re-read them), NI letters
    as single letters."""
    if kind == "NATIONAL_ID" and written[:2].isalpha():
        return " ".join([written[0].lower(), written[1].lower(), L.digit_words(value[2:8], lang),
                         value[8].lower()])
    return L.digit_words(value, lang)


def passport(rng: random.Random, kind: str, lang: str, style: str) -> str:
    if kind == "ru":
        series, number = rand_digits(rng, 4), rand_digits(rng, 6)
        if style == "asr":
            return L.group_words(series[:2], lang, "pairs") + " " + \
                L.group_words(series[2:], lang, "pairs") + " " + L.digit_words(number, lang)
        return f"{series[:2]} {series[2:]} {number}"
    if kind == "ua_book":
        letters = rng.choice(["КВ", "МЕ", "СН", "ТТ"])
        number = rand_digits(rng, 6)
        if style == "asr":
            names = {"К": "ка", "В": "ве", "М": "ем", "Е": "е", "С": "ес", "Н": "ен", "Т": "те"}
            return " ".join(names[ch] for ch in letters) + " " + L.digit_words(number, lang)
        return f"{letters} {number}"
    length = {"ua_id": 9, "lt": 8, "generic": 9}[kind]
    number = ("00" if kind == "ua_id" else str(rng.randint(1, 9))) + rand_digits(rng, length - 2)
    if kind == "generic" and rng.random() < 0.5:
        number = number[:length - 1]
        if style == "asr":
            return "l x " + L.digit_words(number, lang)
        return "LX" + number
    return L.digit_words(number, lang) if style == "asr" else number


def iban(rng: random.Random, country: str) -> str:
    bban = rand_digits(rng, 16) if country == "LT" else "3" + rand_digits(rng, 24)
    return L.iban_complete(country, bban)


def iban_text(value: str, lang: str, style: str) -> str:
    if style == "asr":
        return value[:2].lower() + " " + L.digit_words(value[2:], lang)
    return " ".join(value[i:i + 4] for i in range(0, len(value), 4))


STREETS = {
    "ru": [("проспект Гедимино", "Вильнюс"), ("улица Пилимо", "Вильнюс"),
           ("улица Садовая", "Рига"), ("улица Саксаганского", "Киев")],
    "uk": [("Грін-лейн", "Лондон"), ("вулиця Хрещатик", "Київ"), ("вулиця Шопена", "Луцьк"),
           ("Оксфорд-роуд", "Манчестер")],
    "en": [("Green Lane", "London"), ("Pylimo g.", "Vilnius"), ("Khreshchatyk Street", "Kyiv"),
           ("Mill Road", "Cambridge")],
    "lt": [("Pylimo g.", "Vilnius"), ("Savanorių pr.", "Kaunas"), ("Chreščatyko g.", "Kyjivas"),
           ("Taikos g.", "Klaipėda")],
}
HOUSE_WORDS = {"ru": ("дом", "квартира"), "uk": ("будинок", "квартира"), "en": ("", "flat"),
               "lt": ("", "butas")}


def address(rng: random.Random, lang: str, style: str) -> tuple[str, bool]:
    """Street, house, flat and town (town inside the span); returns (text, town_included)."""
    street, town = rng.choice(STREETS[lang])
    house, flat = rng.randint(1, 140), rng.randint(1, 90)
    with_town = rng.random() < 0.6
    house_w, flat_w = HOUSE_WORDS[lang]
    if style == "asr":
        parts = [asr_plain(street), house_w, L.under_1000(house, lang), flat_w,
                 L.under_100(flat, lang)]
        if with_town:
            parts.append(asr_plain(town))
        return " ".join(p for p in parts if p), with_town
    if lang == "en":
        text = f"Flat {flat}, {house} {street}" if not street.endswith("g.") else \
            f"{street} {house}-{flat}"
    elif lang == "lt":
        text = f"{street} {house}-{flat}"
    elif lang == "ru":
        text = f"{street}, д. {house}, кв. {flat}"
    else:
        text = f"{street}, буд. {house}, кв. {flat}"
    return (text + f", {town}" if with_town else text), with_town
