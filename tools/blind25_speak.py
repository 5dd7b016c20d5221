"""How values are written and said: dates, phones, expiry, money, times, addresses, e-mail.

Each renderer returns the text of one value in the exchange's style; callers wrap it in a
labelled `Val` or leave it plain (a decoy), so a value and its decoy look alike.
"""

from __future__ import annotations

import random

import blind25_num as num
from blind25_build import asr_plain
from blind25_world import AT_DOT, MONTHS_GEN

ORD_GEN = {
    "ru": (
        "- первого второго третьего четвёртого пятого шестого седьмого восьмого девятого",
        "десятого одиннадцатого двенадцатого тринадцатого четырнадцатого пятнадцатого "
        "шестнадцатого семнадцатого восемнадцатого девятнадцатого",
        "- - двадцатого тридцатого сорокового пятидесятого шестидесятого семидесятого "
        "восьмидесятого девяностого",
    ),
    "uk": (
        "- першого другого третього четвертого п'ятого шостого сьомого восьмого дев'ятого",
        "десятого одинадцятого дванадцятого тринадцятого чотирнадцятого п'ятнадцятого "
        "шістнадцятого сімнадцятого вісімнадцятого дев'ятнадцятого",
        "- - двадцятого тридцятого сорокового п'ятдесятого шістдесятого сімдесятого "
        "вісімдесятого дев'яностого",
    ),
    "en": (
        "- first second third fourth fifth sixth seventh eighth ninth",
        "tenth eleventh twelfth thirteenth fourteenth fifteenth sixteenth seventeenth "
        "eighteenth nineteenth",
        "- - twentieth thirtieth fortieth fiftieth sixtieth seventieth eightieth ninetieth",
    ),
    "lt": (
        "- pirm antr treči ketvirt penkt šešt septint aštunt devint",
        "dešimt vienuolikt dvylikt trylikt keturiolikt penkiolikt šešiolikt septyniolikt "
        "aštuoniolikt devyniolikt",
        "- - dvidešimt trisdešimt keturiasdešimt penkiasdešimt šešiasdešimt "
        "septyniasdešimt aštuoniasdešimt devyniasdešimt",
    ),
}
ORD_GEN = {lang: tuple(part.split() for part in parts) for lang, parts in ORD_GEN.items()}


def ordinal(lang: str, n: int, lt_ending: str = "ą") -> str:
    """Genitive ordinal (ru/uk "пятого"), en ordinal, lt stem + ending (ą / ų)."""
    units, teens, tens = ORD_GEN[lang]
    end = lt_ending if lang == "lt" else ""
    if n < 10:
        return units[n] + end
    if n < 20:
        return teens[n - 10] + end
    if n % 10 == 0:
        return tens[n // 10] + end
    return f"{num.TENS[lang][n // 10]} {units[n % 10]}{end}"


def say_year(lang: str, year: int) -> str:
    if lang == "en":
        if year >= 2000:
            return "two thousand" + (f" and {num.cardinal('en', year % 100)}" if year % 100 else "")
        yy = year % 100
        tail = f"oh {num.UNITS['en'][yy]}" if yy < 10 else num.cardinal("en", yy)
        return f"nineteen {tail}"
    yy = year % 100
    if lang == "lt":
        head = "tūkstantis devyni šimtai" if year < 2000 else "du tūkstančiai"
        return f"{head} {ordinal('lt', yy, 'ų')}" if yy else "dutūkstantųjų"
    if year == 2000:
        return {"ru": "двухтысячного", "uk": "двохтисячного"}[lang]
    head = {"ru": ("тысяча девятьсот", "две тысячи"), "uk": ("тисяча дев'ятсот", "дві тисячі")}
    return f"{head[lang][year >= 2000]} {ordinal(lang, yy)}"


def dob(lang: str, asr: bool, y: int, m: int, d: int, rng: random.Random) -> str:
    month = MONTHS_GEN[lang][m - 1]
    if not asr:
        forms = {
            "ru": [f"{d:02d}.{m:02d}.{y}", f"{d} {month} {y}"],
            "uk": [f"{d:02d}.{m:02d}.{y}", f"{d} {month} {y}"],
            "en": [f"{d} {month} {y}", f"{d:02d}/{m:02d}/{y}"],
            "lt": [f"{y}-{m:02d}-{d:02d}", f"{y} m. {month} {d}"],
        }
        return rng.choice(forms[lang])
    if lang == "en":
        return rng.choice(
            [
                f"{ordinal('en', d)} of {month.lower()} {say_year('en', y)}",
                f"{month.lower()} {ordinal('en', d)} {say_year('en', y)}",
            ]
        )
    if lang == "lt":
        return f"{say_year('lt', y)} metų {month} {ordinal('lt', d)}"
    return f"{ordinal(lang, d)} {month} {say_year(lang, y)}"


def spoken(
    lang: str,
    digits: str,
    rng: random.Random,
    sizes: list[int] | None = None,
    modes: tuple[str, ...] = ("digits", "pairs", "whole"),
) -> str:
    return num.say_digits(lang, digits, rng, sizes, modes)


def phone(lang: str, asr: bool, rng: random.Random) -> tuple[str, str]:
    """(text, digits) of a mobile number in the country's usual shape."""
    r = rng.randint
    if lang == "ru":
        d = f"89{r(10, 99)}{r(100, 999)}{r(10, 99)}{r(10, 99)}"
        text, sizes = f"8 {d[1:4]} {d[4:7]}-{d[7:9]}-{d[9:]}", [1, 3, 3, 2, 2]
        if rng.random() < 0.4:
            d, text, sizes = d[1:], f"{d[1:4]} {d[4:7]} {d[7:9]} {d[9:]}", [3, 3, 2, 2]
    elif lang == "uk":
        d = f"0{rng.choice(['67', '50', '63', '97', '93'])}{r(100, 999)}{r(10, 99)}{r(10, 99)}"
        text, sizes = f"{d[:3]} {d[3:6]} {d[6:8]} {d[8:]}", [3, 3, 2, 2]
    elif lang == "en":
        d = f"07{r(100, 999)}{r(100000, 999999)}"
        text, sizes = f"{d[:5]} {d[5:]}", [5, 3, 3]
    else:
        d = f"86{r(10, 99)}{r(10000, 99999)}"
        text, sizes = rng.choice([f"8 {d[1:4]} {d[4:]}", d]), [1, 3, 2, 3]
    if not asr:
        return text, d
    modes = ("digits",) if lang in ("en", "lt") else ("whole", "pairs", "digits")
    return spoken(lang, d, rng, sizes, modes), d


def expiry(lang: str, asr: bool, m: int, y: int, rng: random.Random) -> tuple[str, str]:
    if not asr:
        return rng.choice([f"{m:02d}/{y % 100:02d}", f"{m:02d}/{y}", f"{m:02d}.{y % 100:02d}"]), ""
    month = num.say_chunk(lang, f"{m:02d}", "pairs", rng)
    return month, num.cardinal(lang, y % 100)


def money(lang: str, asr: bool, amount: int) -> str:
    if lang == "en":
        return f"£{amount}" if not asr else f"{num.cardinal('en', amount)} pounds"
    last2, last = amount % 100, amount % 10
    few = 2 <= last <= 4 and not 12 <= last2 <= 14
    one = last == 1 and last2 != 11
    unit = {
        "ru": ("рубль", "рубля", "рублей"),
        "uk": ("гривня", "гривні", "гривень"),
        "lt": ("euras", "eurai", "eurų"),
    }[lang]
    if lang == "lt":
        word = unit[0] if one else unit[2] if 10 <= last2 <= 20 or last == 0 else unit[1]
    else:
        word = unit[0] if one else unit[1] if few else unit[2]
    if asr:
        return f"{num.cardinal(lang, amount)} {word}"
    shown = f"{amount // 1000} {amount % 1000:03d}" if amount >= 1000 else str(amount)
    return f"{shown} {word}"


def clock(lang: str, asr: bool, h: int, m: int) -> str:
    if not asr:
        return f"{h}:{m:02d}"
    hour = num.cardinal(lang, h if lang != "en" else (h - 1) % 12 + 1)
    if m == 0:
        return {
            "ru": f"{hour} ноль ноль",
            "uk": f"{hour} нуль нуль",
            "en": f"{hour} o'clock",
            "lt": f"{hour} valandą",
        }[lang]
    minute = (
        num.cardinal(lang, m)
        if m >= 10
        else f"{num.digit_word(lang, '0', True)} {num.UNITS[lang][m]}"
    )
    return f"{hour} {minute}"


def day_month(lang: str, asr: bool, d: int, m: int) -> str:
    month = MONTHS_GEN[lang][m - 1]
    if not asr:
        return f"{month} {d}" if lang == "lt" else f"{d} {month}"
    if lang == "en":
        return f"the {ordinal('en', d)} of {month.lower()}"
    if lang == "lt":
        return f"{month} {ordinal('lt', d)}"
    return f"{ordinal(lang, d)} {month}"


def email(
    lang: str, asr: bool, user: list[str], domain: tuple[str, str], rng: random.Random
) -> str:
    """user parts are joined by a dot; asr says '@' and '.' as words."""
    if not asr:
        return ".".join(user) + "@" + ".".join(domain)
    ats, dot = AT_DOT[lang]
    return f" {dot} ".join(user) + f" {rng.choice(ats)} " + f" {dot} ".join(domain)


def spell(asr: bool, word: str) -> str:
    return " ".join(word) if asr else "-".join(word)


def address(
    lang: str,
    asr: bool,
    rng: random.Random,
    street: tuple[str, str],
    house: int,
    flat: int,
    extra: bool,
    city: str = "",
) -> str:
    """Street with house and flat, optionally entrance and floor, in one breath."""
    short, long = street
    say = (lambda n: num.cardinal(lang, n)) if asr else str
    entrance, floor = rng.randint(1, 6), rng.randint(2, 12)
    if lang == "ru":
        if asr or rng.random() < 0.4:
            parts = [f"{long}, дом {say(house)}", f"квартира {say(flat)}"]
            more = [f"подъезд {say(entrance)}", f"этаж {say(floor)}"]
            town = f"город {city}" if city else ""
        else:
            parts = [f"{short}, д. {house}", f"кв. {flat}"]
            more = [f"подъезд {entrance}", f"этаж {floor}"]
            town = f"г. {city}" if city else ""
    elif lang == "uk":
        if asr or rng.random() < 0.4:
            parts = [f"{long}, будинок {say(house)}", f"квартира {say(flat)}"]
            more = [f"під'їзд {say(entrance)}", f"поверх {say(floor)}"]
            town = f"місто {city}" if city else ""
        else:
            parts = [f"{short}, буд. {house}", f"кв. {flat}"]
            more = [f"під'їзд {entrance}", f"поверх {floor}"]
            town = f"м. {city}" if city else ""
    elif lang == "en":
        parts = [f"Flat {say(flat)}", f"{say(house)} {long if asr else short}"]
        more = [f"{city}"] if city else []
        town = ""
    else:
        if asr:
            parts = [f"{long} {say(house)}", f"butas {say(flat)}"]
            more = [f"{say(entrance)} laiptinė", f"{say(floor)} aukštas"]
        else:
            parts = [f"{short} {house}-{flat}"]
            more = [f"{entrance} laiptinė", f"{floor} aukštas"]
        town = city
    seq = ([town] if town else []) + parts + (more if extra else [])
    text = ", ".join(p for p in seq if p)
    return asr_plain(text) if asr else text
