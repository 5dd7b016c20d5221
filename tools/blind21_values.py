"""Profile values for blind21 (phone, email, birth date, passport, national id, address,
account) in both styles, each built with its check digits where one exists."""

from __future__ import annotations

import datetime
import random
import re

from blind21_lang import (
    MONTHS_GEN,
    chunk_words,
    digits_words,
    en_ordinal,
    en_year,
    iban_valid,
    lt_ordinal,
    make_asmens_kodas,
    make_iban,
    make_rnokpp,
    make_ru_account,
    make_snils,
    number,
    ordinal_genitive,
    rnokpp_valid,
    ru_account_key_valid,
    snils_check,
)

ABBREV = {"ул.": "улица", "пр.": "проспект", "ш.": "шоссе", "вул.": "вулиця",
          "просп.": "проспект", "бульв.": "бульвар", "g.": "gatvė", "pr.": "prospektas",
          "д.": "дом", "кв.": "квартира", "буд.": "будинок", "кв": "квартира",
          "b.": "butas"}
DOMAINS = {"ru": ["mail.ru", "yandex.ru"], "uk": ["ukr.net", "gmail.com"],
           "en": ["outlook.com", "btinternet.com"], "lt": ["gmail.com", "inbox.lt"]}
UNDERSCORE = {"ru": "нижнее подчёркивание", "uk": "нижнє підкреслення", "en": "underscore",
              "lt": "apatinis brūkšnys"}
PLUS = {"ru": "плюс", "uk": "плюс", "en": "plus", "lt": "plius"}


def _zero(lang: str) -> str | None:
    return "oh" if lang == "en" else None


def spoken_groups(lang: str, groups: list[str]) -> str:
    return " ".join(chunk_words(lang, g, _zero(lang)) for g in groups)


def phone(lang: str, asr: bool, rng: random.Random) -> str:
    r = rng.randrange
    groups = {
        "ru": ["+7", f"9{r(10, 99)}", f"{r(100, 999)}", f"{r(10, 99)}", f"{r(10, 99)}"],
        "uk": ["+380", rng.choice(["67", "50", "93", "97"]), f"{r(100, 999)}", f"{r(10, 99)}",
               f"{r(10, 99)}"],
        "en": [f"07{r(100, 999)}", f"{r(100, 999)}", f"{r(100, 999)}"],
        "lt": ["+370", f"6{r(10, 99)}", f"{r(10000, 99999)}"],
    }[lang]
    if not asr:
        if lang == "ru":
            return f"{groups[0]} {groups[1]} {groups[2]}-{groups[3]}-{groups[4]}"
        return " ".join(groups)
    words = []
    for group in groups:
        if group.startswith("+"):
            words += [PLUS[lang], chunk_words(lang, group[1:])]
        elif len(group) > 3 or lang in ("en", "lt"):
            words.append(digits_words(lang, group, _zero(lang)))
        else:
            words.append(chunk_words(lang, group, _zero(lang)))
    return " ".join(words)


AT_DOT = {"ru": ("собака", "точка"), "uk": ("равлик", "крапка"), "en": ("at", "dot"),
          "lt": ("eta", "taškas")}


def _say_address_part(lang: str, text: str) -> list[str]:
    words: list[str] = []
    for index, piece in enumerate(re.split(r"([._])", text)):
        if piece == ".":
            words.append(AT_DOT[lang][1])
        elif piece == "_":
            words.append(UNDERSCORE[lang])
        elif index % 2 == 0 and piece:
            for run in re.findall(r"[a-z]+|\d+", piece):
                words.append(digits_words(lang, run, _zero(lang)) if run.isdigit() else run)
    return words


def email(lang: str, asr: bool, user: str, rng: random.Random) -> str:
    domain = rng.choice(DOMAINS[lang])
    if not asr:
        return f"{user}@{domain}"
    local, host = _say_address_part(lang, user), _say_address_part(lang, domain)
    return " ".join([*local, AT_DOT[lang][0], *host])


def dob(lang: str, asr: bool, rng: random.Random) -> tuple[str, datetime.date]:
    date = datetime.date(rng.randrange(1950, 2003), rng.randrange(1, 13), rng.randrange(1, 29))
    if not asr:
        if lang == "en":
            return f"{date.day} {MONTHS_GEN['en'][date.month]} {date.year}", date
        if lang == "lt":
            return date.isoformat(), date
        return date.strftime("%d.%m.%Y"), date
    if lang == "en":
        year = en_year(date.year) if date.year < 2000 else \
            f"two thousand and {number('en', date.year % 100)}"
        return f"{en_ordinal(date.day)} of {MONTHS_GEN['en'][date.month].lower()} {year}", date
    if lang == "lt":
        return (f"{number('lt', date.year)} metų {MONTHS_GEN['lt'][date.month]} "
                f"{lt_ordinal(date.day, 'ą')}"), date
    head = {"ru": ("тысяча девятьсот", "две тысячи"), "uk": ("тисяча дев'ятсот", "дві тисячі")}
    if date.year == 2000:
        year = {"ru": "двухтысячного", "uk": "двотисячного"}[lang]
    else:
        year = f"{head[lang][date.year >= 2000]} {ordinal_genitive(lang, date.year % 100)}"
    return f"{ordinal_genitive(lang, date.day)} {MONTHS_GEN[lang][date.month]} {year}", date


def passport(lang: str, asr: bool, rng: random.Random) -> str:
    r = rng.randrange
    if lang == "ru":
        groups = [f"{r(10, 99)}", f"{r(10, 99)}", f"{r(100000, 999999)}"]
        if asr:
            return spoken_groups(lang, [groups[0], groups[1], groups[2][:3], groups[2][3:]])
        return " ".join(groups)
    size = {"uk": 9, "en": 9, "lt": 8}[lang]
    value = "".join(str(r(10)) for _ in range(size))
    return digits_words(lang, value, _zero(lang)) if asr else value


def national_id(lang: str, asr: bool, rng: random.Random) -> str:
    """ru SNILS, uk RNOKPP, lt asmens kodas (check digits valid), en NI number."""
    if lang == "ru":
        value = make_snils(rng)
        assert snils_check(value[:9]) == value[9:]
        groups = [value[0:3], value[3:6], value[6:9], value[9:]]
        if asr:
            return spoken_groups(lang, groups)
        return f"{groups[0]}-{groups[1]}-{groups[2]} {groups[3]}"
    if lang == "uk":
        value = make_rnokpp(rng.randrange(18000, 37000), rng, rng.random() < 0.5)
        assert rnokpp_valid(value)
        return digits_words(lang, value) if asr else value
    if lang == "lt":
        value = make_asmens_kodas(rng.randrange(1950, 2003), rng.randrange(1, 13),
                                  rng.randrange(1, 29), rng.random() < 0.5, rng)
        return digits_words(lang, value) if asr else value
    letters = rng.choice(["JT", "NP", "SK", "AB", "RW"])
    pairs = [f"{rng.randrange(10, 99)}" for _ in range(3)]
    suffix = rng.choice("ABCD")
    if asr:
        return " ".join([*letters.lower(), *(number("en", int(p)) for p in pairs),
                         suffix.lower()])
    return f"{letters} {' '.join(pairs)} {suffix}"


def address(lang: str, asr: bool, street: str, rng: random.Random) -> str:
    house, flat = rng.randrange(2, 160), rng.randrange(1, 240)
    written = {
        "ru": f"{street}, д. {house}, кв. {flat}",
        "uk": f"{street}, буд. {house}, кв. {flat}",
        "en": f"Flat {flat}, {house} {street}",
        "lt": f"{street} {house}-{flat}",
    }[lang]
    if not asr:
        return written
    words = []
    for token in written.replace(",", "").replace("-", " ").split():
        if token.isdigit():
            words.append(number(lang, int(token)))
        else:
            words.append(ABBREV.get(token, token).lower())
    return " ".join(words)


def account(lang: str, asr: bool, kind: str, rng: random.Random) -> str:
    """kind 'contract': 10 digits after a cue; 'bank': IBAN (uk/en/lt) or ru 20-digit account."""
    if kind == "contract":
        value = f"{rng.randrange(1, 10)}" + "".join(str(rng.randrange(10)) for _ in range(9))
        if asr:
            return " ".join(chunk_words(lang, value[i:i + 2], _zero(lang))
                            for i in range(0, 10, 2))
        return value
    if lang == "ru":
        value = make_ru_account("044525225", "40817810", rng)
        assert ru_account_key_valid("044525225", value)
        return spoken_groups(lang, [value[i:i + 2] for i in range(0, 20, 2)]) if asr else value
    country, bban = {
        "uk": ("UA", "305299" + "".join(str(rng.randrange(10)) for _ in range(19))),
        "lt": ("LT", "73000" + "".join(str(rng.randrange(10)) for _ in range(11))),
        "en": ("GB", "NWBK601613" + "".join(str(rng.randrange(10)) for _ in range(8))),
    }[lang]
    iban = make_iban(country, bban)
    assert iban_valid(iban)
    if asr:
        head = " ".join(iban[:2].lower())
        return f"{head} {digits_words(lang, iban[2:4])} " + " ".join(
            digits_words(lang, c) if c.isdigit() else c.lower() for c in iban[4:])
    return " ".join(iban[i:i + 4] for i in range(0, len(iban), 4))


def ean13(rng: random.Random) -> str:
    body = "46" + "".join(str(rng.randrange(10)) for _ in range(10))
    total = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(body))
    return body + str((10 - total % 10) % 10)

