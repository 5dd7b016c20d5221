"""Identity values in both styles, each with the check that re-verifies it from the text.

Every maker returns a list of labelled segments (one per breath), so a caller can say them in
one turn or let the agent cut in between ("Серия 45 12" — "Номер?" — "345678").
"""

from __future__ import annotations

import datetime as dt
import random

import blind25_num as num
import blind25_speak as speak
from blind25_build import Val, asr_plain
from blind25_world import CITIES, EMAIL_DOMAINS, STREETS, Person

NI_FIRST = "ABCEGHJKLMNPRSTWXYZ"
NI_SECOND = "ABCEGHJKLMNPRSTWXYZ"


def _say(
    lang: str,
    asr: bool,
    digits: str,
    rng: random.Random,
    sizes: list[int],
    written: str,
    modes: tuple[str, ...] = ("digits", "pairs", "whole"),
) -> str:
    if not asr:
        return written
    if lang == "en":
        modes = ("digits",)
    return speak.spoken(lang, digits, rng, sizes, modes)


def birth(rng: random.Random) -> dt.date:
    return dt.date(rng.randint(1951, 2004), rng.randint(1, 12), rng.randint(1, 28))


def dob_vals(lang: str, asr: bool, born: dt.date, rng: random.Random, key: str) -> list[Val]:
    return [Val(key, "DOB", speak.dob(lang, asr, born.year, born.month, born.day, rng))]


def phone_vals(lang: str, asr: bool, rng: random.Random, key: str, split: bool) -> list[Val]:
    text, digits = speak.phone(lang, asr, rng)
    words = text.split()
    if split and len(words) >= 4:
        cut = len(words) // 2
        head, tail = " ".join(words[:cut]), " ".join(words[cut:])
        heard = num.heard_digits(lang, head) if asr else "".join(c for c in head if c.isdigit())
        if digits.startswith(heard):
            return [
                Val(key, "PHONE", head, "digits", digits),
                Val(key, "PHONE", tail, "digits", digits),
            ]
    return [Val(key, "PHONE", text, "digits", digits)]


def email_vals(
    lang: str, asr: bool, person: Person, rng: random.Random, key: str, spell: bool
) -> list[Val]:
    user = rng.choice(
        [
            [person.lat_first, person.lat_last],
            [person.lat_first[0] + person.lat_last],
            [person.lat_last, person.lat_first[:3]],
        ]
    )
    domain = rng.choice(EMAIL_DOMAINS[lang])
    if not asr and rng.random() < 0.3:
        user = [user[0] + str(rng.randint(70, 99)), *user[1:]]
    vals = [Val(key, "EMAIL", speak.email(lang, asr, user, domain, rng))]
    if spell:
        vals.append(Val(key, "EMAIL", speak.spell(asr, person.lat_last)))
    return vals


def address_vals(lang: str, asr: bool, rng: random.Random, key: str, split: bool) -> list[Val]:
    street = rng.choice(STREETS[lang])
    city = rng.choice(CITIES[lang]) if rng.random() < 0.3 else ""
    house, flat = rng.randint(2, 180), rng.randint(1, 240)
    full = speak.address(lang, asr, rng, street, house, flat, rng.random() < 0.4, city)
    if split and lang != "en":
        marker = {
            "ru": (" квартира", ", кв."),
            "uk": (" квартира", ", кв."),
            "lt": (" butas", "-"),
        }[lang]
        cut = full.find(marker[0] if asr or marker[0] in full else marker[1])
        if lang == "lt" and not asr:
            cut = -1
        if cut > 0:
            head = full[:cut].rstrip(",")
            tail = full[cut:].lstrip(", ")
            return [Val(key, "ADDRESS", head), Val(key, "ADDRESS", tail)]
    return [Val(key, "ADDRESS", full)]


def passport_vals(lang: str, asr: bool, rng: random.Random, key: str, split: bool) -> list[Val]:
    if lang == "ru":
        series = f"{rng.choice(['45', '46', '40', '92', '63'])}{rng.randint(0, 24):02d}"
        number = f"{rng.randint(100000, 999999)}"
        s_text = _say(lang, asr, series, rng, [2, 2], f"{series[:2]} {series[2:]}")
        n_text = _say(lang, asr, number, rng, [3, 3], number)
        if split:
            return [
                Val(key, "PASSPORT", s_text, "digits", series + number),
                Val(key, "PASSPORT", n_text, "digits", series + number),
            ]
        return [Val(key, "PASSPORT", f"{s_text} {n_text}", "digits", series + number)]
    if lang == "uk" and not asr and rng.random() < 0.5:
        value = rng.choice(["СН", "КВ", "ЕК", "МЕ"]) + f"{rng.randint(100000, 999999)}"
        return [Val(key, "PASSPORT", f"{value[:2]} {value[2:]}", "digits", value)]
    digits = {"uk": 9, "en": 9, "lt": 8}[lang]
    value = str(rng.randint(10 ** (digits - 1), 10**digits - 1))
    if lang == "uk":
        value = "00" + value[2:]
    sizes = [3, 3, 3] if digits == 9 else [2, 2, 2, 2]
    return [Val(key, "PASSPORT", _say(lang, asr, value, rng, sizes, value), "digits", value)]


def national_vals(
    lang: str, asr: bool, person: Person, born: dt.date, rng: random.Random, key: str, kind: str
) -> list[Val]:
    """INN / SNILS / RNOKPP / asmens kodas / NI / SSN, each verifiable from the text."""
    if kind == "inn12":
        value = num.make_inn12(rng)
        written, sizes = value, [2, 2, 2, 2, 2, 2]
    elif kind == "snils":
        value = num.make_snils(rng)
        written, sizes = f"{value[:3]}-{value[3:6]}-{value[6:9]} {value[9:]}", [3, 3, 3, 2]
    elif kind == "rnokpp":
        days = (born - dt.date(1899, 12, 31)).days
        value = num.make_rnokpp(rng, days, person.male)
        written, sizes = value, [2, 3, 3, 2]
    elif kind == "asmens":
        value = num.make_asmens_kodas(rng, born.year, born.month, born.day, person.male)
        written, sizes = value, [1, 2, 2, 2, 2, 2]
    elif kind == "ssn":
        value = f"{rng.randint(100, 665)}{rng.randint(10, 99)}{rng.randint(1000, 9999)}"
        written, sizes = f"{value[:3]}-{value[3:5]}-{value[5:]}", [3, 2, 4]
    else:
        letters = rng.choice(NI_FIRST) + rng.choice(NI_SECOND)
        digits = f"{rng.randint(0, 999999):06d}"
        value = letters + digits + rng.choice("ABCD")
        written = f"{letters} {digits[:2]} {digits[2:4]} {digits[4:]} {value[-1]}"
        if asr:
            spoken = speak.spoken(lang, digits, rng, [2, 2, 2], ("pairs", "digits"))
            text = f"{letters[0].lower()} {letters[1].lower()} {spoken} {value[-1].lower()}"
            return [Val(key, "NATIONAL_ID", text, "ni", value)]
        return [Val(key, "NATIONAL_ID", written, "ni", value)]
    text = _say(lang, asr, value, rng, sizes, written)
    return [Val(key, "NATIONAL_ID", text, kind, value)]


def account_vals(lang: str, asr: bool, rng: random.Random, key: str) -> tuple[str, list[Val]]:
    """(kind, values): an IBAN in writing where the country uses one, else a contract no."""
    if not asr and lang in ("uk", "lt", "en") and rng.random() < 0.6:
        if lang == "uk":
            bban = f"{rng.choice(['322313', '305299', '320649'])}" + "".join(
                rng.choice("0123456789") for _ in range(19)
            )
            iban = num.make_iban(rng, "UA", bban)
        elif lang == "lt":
            bban = rng.choice(["73000", "70440", "40100"]) + "".join(
                rng.choice("0123456789") for _ in range(11)
            )
            iban = num.make_iban(rng, "LT", bban)
        else:
            bban = rng.choice(["NWBK", "BARC", "LOYD"]) + "".join(
                rng.choice("0123456789") for _ in range(14)
            )
            iban = num.make_iban(rng, "GB", bban)
        return "iban", [Val(key, "ACCOUNT", num.group4(iban), "iban", iban)]
    length = rng.choice((8, 10)) if lang != "en" else 8
    value = str(rng.randint(10 ** (length - 1), 10**length - 1))
    written = value if rng.random() < 0.6 else f"{value[:4]}-{value[4:]}"
    sizes = [2] * (length // 2)
    text = _say(lang, asr, value, rng, sizes, written, ("pairs", "digits"))
    return "contract", [Val(key, "ACCOUNT", text, "digits", value)]


def name_plain(asr: bool, text: str) -> str:
    return asr_plain(text) if asr else text
