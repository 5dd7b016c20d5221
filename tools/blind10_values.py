"""Personal values (names, dates, addresses, IDs) rendered per language and style."""

from __future__ import annotations

from blind10_numbers import (
    asmens_kodas,
    below_1000,
    cardinal,
    group,
    iban,
    inn,
    rand_digits,
    rnokpp,
    snils,
    uk_ni,
    us_ssn,
)
from blind10_render import Dialog, digits_out

NAMES = {
    "ru": {
        "m": [
            ("Тимофей", "Гаврилов"),
            ("Аркадий", "Лещенко"),
            ("Глеб", "Сорокин"),
            ("Эдуард", "Мкртчян"),
            ("Фёдор", "Буров"),
            ("Джонатан", "Миллер"),
        ],
        "f": [
            ("Ульяна", "Гаврилова"),
            ("Вероника", "Сорокина"),
            ("Лилия", "Хабибуллина"),
            ("Зинаида", "Петрова-Водкина"),
            ("Ханна", "Шмидт"),
            ("Дарина", "Буро́ва".replace("\u0301", "")),
        ],
    },
    "uk": {
        "m": [
            ("Остап", "Гнатюк"),
            ("Ярема", "Кравчук"),
            ("Богдан", "Шевчишин"),
            ("Тарас", "Дорош"),
            ("Патрік", "О'Ніл"),
            ("Левко", "Ничипорук"),
        ],
        "f": [
            ("Соломія", "Гнатюк"),
            ("Ярина", "Кравчук"),
            ("Мирослава", "Дорош"),
            ("Оксана", "Ковальчук-Бойко"),
            ("Злата", "Шевчишин"),
            ("Емілія", "Новак"),
        ],
    },
    "en": {
        "m": [
            ("Callum", "Fairweather"),
            ("Desmond", "Okafor"),
            ("Rhys", "Pemberton"),
            ("Tomasz", "Wiśniewski"),
            ("Hugo", "Latimer"),
            ("Nikhil", "Bannerjee"),
        ],
        "f": [
            ("Imogen", "Fairweather"),
            ("Priya", "Bannerjee"),
            ("Siobhan", "Doyle"),
            ("Harriet", "Clarke-Wood"),
            ("Maeve", "Kowalczyk"),
            ("Yasmin", "Latimer"),
        ],
    },
    "lt": {
        "m": [
            ("Mantas", "Žukauskas"),
            ("Darius", "Stankevičius"),
            ("Vytenis", "Paulauskas"),
            ("Gediminas", "Rimkus"),
            ("Andrius", "Balčiūnas"),
            ("Oliveris", "Braunas"),
        ],
        "f": [
            ("Gintarė", "Žukauskienė"),
            ("Austėja", "Stankevičiūtė"),
            ("Rūta", "Paulauskaitė"),
            ("Eglė", "Rimkienė-Balčiūnė"),
            ("Ieva", "Balčiūnaitė"),
            ("Kamilė", "Braun"),
        ],
    },
}
AGENTS = {
    "ru": ["Алина", "Кирилл", "Маргарита"],
    "uk": ["Олеся", "Денис", "Віра"],
    "en": ["Becky", "Martin", "Joanne"],
    "lt": ["Laura", "Tomas", "Neringa"],
}
MONTHS_GEN = {
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
ORD_GEN = {
    "ru": [
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
        "двадцатого",
    ],
    "uk": [
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
        "двадцятого",
    ],
    "en": [
        "first",
        "second",
        "third",
        "fourth",
        "fifth",
        "sixth",
        "seventh",
        "eighth",
        "ninth",
        "tenth",
        "eleventh",
        "twelfth",
        "thirteenth",
        "fourteenth",
        "fifteenth",
        "sixteenth",
        "seventeenth",
        "eighteenth",
        "nineteenth",
        "twentieth",
    ],
    "lt": [
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
    ],
}
TENS_ORD = {
    "ru": {
        2: "двадцатого",
        3: "тридцатого",
        4: "сорокового",
        5: "пятидесятого",
        6: "шестидесятого",
        7: "семидесятого",
        8: "восьмидесятого",
        9: "девяностого",
    },
    "uk": {
        2: "двадцятого",
        3: "тридцятого",
        4: "сорокового",
        5: "п'ятдесятого",
        6: "шістдесятого",
        7: "сімдесятого",
        8: "вісімдесятого",
        9: "дев'яностого",
    },
}
LT_YEAR_ORD = [
    "_",
    "pirmųjų",
    "antrųjų",
    "trečiųjų",
    "ketvirtųjų",
    "penktųjų",
    "šeštųjų",
    "septintųjų",
    "aštuntųjų",
    "devintųjų",
]
LT_TENS_ORD = {
    1: "dešimtųjų",
    2: "dvidešimtųjų",
    3: "trisdešimtųjų",
    4: "keturiasdešimtųjų",
    5: "penkiasdešimtųjų",
    6: "šešiasdešimtųjų",
    7: "septyniasdešimtųjų",
    8: "aštuoniasdešimtųjų",
    9: "devyniasdešimtųjų",
}


def person(d: Dialog, sex: str | None = None) -> tuple[str, str]:
    sex = sex or d.rng.choice("mf")
    first, last = d.rng.choice(NAMES[d.lang][sex])
    return (first.lower(), last.lower()) if d.asr else (first, last)


def spelled(d: Dialog, word: str) -> str:
    letters = [c for c in word if c.isalpha()]
    return " ".join(letters) if d.asr else "-".join(c.upper() for c in letters)


def _ord_day(lang: str, day: int) -> str:
    table = ORD_GEN[lang]
    if day <= 20:
        return table[day - 1]
    tens, unit = divmod(day, 10)
    if lang == "en":
        head = "twenty" if tens == 2 else "thirty"
        return (
            table[19] if day == 20 else ("thirtieth" if day == 30 else f"{head} {table[unit - 1]}")
        )
    if lang == "lt":
        head = "dvidešimt" if tens == 2 else "trisdešimt"
        return head + " " + table[unit - 1] if unit else ("trisdešimtą" if tens == 3 else table[19])
    head = {"ru": ("двадцать", "тридцать"), "uk": ("двадцять", "тридцять")}[lang][tens - 2]
    return head + " " + table[unit - 1] if unit else TENS_ORD[lang][tens]


def _year_ord(lang: str, year: int, short: bool) -> str:
    """Genitive ordinal year as in «восемьдесят седьмого», with or without the century."""
    rest = year % 100
    tens, unit = divmod(rest, 10)
    if lang == "lt":
        if rest == 0:
            return "dutūkstantųjų"
        if 11 <= rest <= 19:
            tail = below_1000(rest, "lt")[:-1] + "tųjų"  # vienuolika -> vienuoliktųjų
        else:
            tail = LT_YEAR_ORD[unit] if unit else LT_TENS_ORD[tens]
        mid = below_1000(tens * 10, "lt") + " " if rest >= 20 and unit else ""
        head = "tūkstantis devyni šimtai " if year < 2000 else "du tūkstančiai "
        short = short and year < 2000
        return (head if not short else "") + mid + tail
    if rest == 0:
        return "двухтысячного" if lang == "ru" else "двохтисячного"
    if rest < 20:
        tail = ORD_GEN[lang][rest - 1]
        mid = ""
    else:
        tail = ORD_GEN[lang][unit - 1] if unit else TENS_ORD[lang][tens]
        mid = below_1000(tens * 10, lang) + " " if unit else ""
    if short and year < 2000:
        return mid + tail
    head = (
        ("тысяча девятьсот " if lang == "ru" else "тисяча дев'ятсот ")
        if year < 2000
        else ("две тысячи " if lang == "ru" else "дві тисячі ")
    )
    return head + mid + tail


def dob(d: Dialog, year: int, month: int, day: int) -> tuple[str, str]:
    """(span text, word that stays outside the span such as «года»)."""
    rng, lang = d.rng, d.lang
    if not d.asr:
        form = rng.randrange(3)
        if lang == "en":
            return (
                [
                    f"{day} {MONTHS_GEN['en'][month - 1]} {year}",
                    f"{MONTHS_GEN['en'][month - 1]} {day}, {year}",
                    f"{day:02d}/{month:02d}/{year}",
                ][form],
                "",
            )
        if lang == "lt":
            return (
                [
                    f"{year}-{month:02d}-{day:02d}",
                    f"{year} m. {MONTHS_GEN['lt'][month - 1]} {day}",
                    f"{year}.{month:02d}.{day:02d}",
                ][form],
                "d." if form == 1 else "",
            )
        tail = "года" if lang == "ru" else "року"
        return (
            [
                f"{day:02d}.{month:02d}.{year}",
                f"{day} {MONTHS_GEN[lang][month - 1]} {year}",
                f"{day}.{month:02d}.{year % 100:02d}",
            ][form],
            tail if form == 1 else "",
        )
    if lang == "en":
        yy = year % 100
        year_words = (
            (
                ("nineteen " if year < 2000 else "twenty ")
                + ("oh " + below_1000(yy, "en") if yy < 10 else below_1000(yy, "en"))
            )
            if rng.random() < 0.8
            else cardinal(year, "en").replace("thousand", "thousand and")
        )
        month_name = MONTHS_GEN["en"][month - 1].lower()
        if rng.random() < 0.5:
            return f"{month_name} {_ord_day('en', day)} {year_words}", ""
        return f"the {_ord_day('en', day)} of {month_name} {year_words}", ""
    if lang == "lt":
        return (
            f"{_year_ord('lt', year, rng.random() < 0.3)} metų "
            f"{MONTHS_GEN['lt'][month - 1]} {_ord_day('lt', day)}",
            "dieną",
        )
    if rng.random() < 0.3:
        return (
            " ".join(
                [
                    say_month_num(d, day),
                    say_month_num(d, month),
                    cardinal(year, lang) if rng.random() < 0.5 else below_1000(year % 100, lang),
                ]
            ),
            "",
        )
    return (
        f"{_ord_day(lang, day)} {MONTHS_GEN[lang][month - 1]} "
        f"{_year_ord(lang, year, rng.random() < 0.5)}",
        "года" if lang == "ru" else "року",
    )


def say_month_num(d: Dialog, value: int) -> str:
    return (
        below_1000(value, d.lang)
        if value >= 10
        else (d.rng.choice(["", DIGITS_ZERO[d.lang] + " "]) + below_1000(value, d.lang))
    )


DIGITS_ZERO = {"ru": "ноль", "uk": "нуль", "en": "oh", "lt": "nulis"}

STREETS = {
    "ru": [
        ("улица", "Садовая"),
        ("проспект", "Мира"),
        ("переулок", "Кривоколенный"),
        ("улица", "Большая Полянка"),
        ("бульвар", "Рокоссовского"),
    ],
    "uk": [
        ("вулиця", "Січових Стрільців"),
        ("проспект", "Перемоги"),
        ("провулок", "Тихий"),
        ("вулиця", "Володимирська"),
        ("бульвар", "Лесі Українки"),
    ],
    "en": [
        ("", "Mallow Road"),
        ("", "Kingfisher Close"),
        ("", "Albion Street"),
        ("", "Tanner's Lane"),
        ("", "Oakhurst Avenue"),
    ],
    "lt": [
        ("", "Žirmūnų g."),
        ("", "Savanorių pr."),
        ("", "Pylimo g."),
        ("", "Taikos pr."),
        ("", "Liepų g."),
    ],
}
CITIES = {
    "ru": ["Казань", "Тверь", "Самара"],
    "uk": ["Вінниця", "Житомир", "Полтава"],
    "en": ["Leeds", "Bristol", "Norwich"],
    "lt": ["Kaunas", "Šiauliai", "Panevėžys"],
}


def address(d: Dialog) -> tuple[str, str]:
    """(span: street + house (+ flat), street alone for decoys)."""
    kind, street = d.rng.choice(STREETS[d.lang])
    house = d.rng.randint(2, 120)
    flat = d.rng.choice([None, d.rng.randint(1, 30 if d.lang == "en" else 240)])
    lang = d.lang
    if d.asr:
        street_w = (
            (kind + " " + street)
            .strip()
            .lower()
            .replace("g.", "gatvė")
            .replace("pr.", "prospektas")
            .replace("'", "")
        )
        house_w = cardinal(house, lang)
        if lang == "ru":
            text = f"{street_w} дом {house_w}" + (
                f" квартира {cardinal(flat, lang)}" if flat else ""
            )
        elif lang == "uk":
            text = f"{street_w} будинок {house_w}" + (
                f" квартира {cardinal(flat, lang)}" if flat else ""
            )
        elif lang == "en":
            text = (f"flat {cardinal(flat, lang)} " if flat else "") + f"{house_w} {street_w}"
        else:
            text = f"{street_w} {house_w}" + (f" butas {cardinal(flat, lang)}" if flat else "")
        return text, street_w
    short = {
        "улица": "ул.",
        "проспект": "просп.",
        "переулок": "пер.",
        "бульвар": "б-р",
        "вулиця": "вул.",
        "провулок": "пров.",
    }
    street_full = (short.get(kind, kind) + " " if kind else "") + street
    if lang == "ru":
        text = f"{street_full}, д. {house}" + (f", кв. {flat}" if flat else "")
    elif lang == "uk":
        text = f"{street_full}, буд. {house}" + (f", кв. {flat}" if flat else "")
    elif lang == "en":
        text = (f"Flat {flat}, " if flat else "") + f"{house} {street}"
    else:
        text = f"{street} {house}" + (f"-{flat}" if flat else "")
    return text, street_full


def national_id(d: Dialog) -> tuple[str, str, str]:
    """(kind label, raw digits, rendered) for the language's national identifiers."""
    rng = d.rng
    if d.lang == "ru":
        if rng.random() < 0.5:
            raw = inn(rng)
            return "ИНН", raw, digits_out(d, raw, raw)
        raw = snils(rng)
        return "СНИЛС", raw, digits_out(d, raw, f"{raw[:3]}-{raw[3:6]}-{raw[6:9]} {raw[9:]}")
    if d.lang == "uk":
        raw = rnokpp(rng)
        return "РНОКПП", raw, digits_out(d, raw, raw)
    if d.lang == "lt":
        year, month, day = rng.randint(1950, 2004), rng.randint(1, 12), rng.randint(1, 28)
        raw = asmens_kodas(rng, year, month, day)
        return "asmens kodas", raw, digits_out(d, raw, raw)
    if rng.random() < 0.6:
        raw = uk_ni(rng)
        if d.asr:
            letters = " ".join(raw[:2].lower())
            return "NI", raw, f"{letters} {say_digits_en(d, raw[2:8])} {raw[8].lower()}"
        return "NI", raw, f"{raw[:2]} {raw[2:4]} {raw[4:6]} {raw[6:8]} {raw[8]}"
    raw = us_ssn(rng)
    return "SSN", raw, digits_out(d, raw, f"{raw[:3]}-{raw[3:5]}-{raw[5:]}")


def say_digits_en(d: Dialog, digits: str) -> str:
    from blind10_numbers import say_digits

    return say_digits(digits, "en", d.rng)


UA_LETTERS = {
    "А": "а",
    "В": "ве",
    "Е": "е",
    "К": "ка",
    "М": "ем",
    "Н": "ен",
    "О": "о",
    "Р": "ер",
    "С": "ес",
    "Т": "те",
}
RU_LETTERS = UA_LETTERS


def passport(d: Dialog) -> tuple[str, str]:
    rng = d.rng
    if d.lang == "ru":
        raw = f"{rng.randint(1, 99):02d}{rng.randint(0, 24):02d}" + rand_digits(rng, 6)
        return raw, digits_out(
            d, raw, rng.choice([f"{raw[:2]} {raw[2:4]} {raw[4:]}", f"{raw[:4]} {raw[4:]}"])
        )
    if d.lang == "uk":
        if rng.random() < 0.5:
            series = "".join(rng.choice(list(UA_LETTERS)) for _ in range(2))
            number = rand_digits(rng, 6)
            if d.asr:
                return series + number, " ".join(UA_LETTERS[c] for c in series) + " " + digits_out(
                    d, number, number
                )
            return series + number, f"{series} {number}"
        raw = "00" + rand_digits(rng, 7)
        return raw, digits_out(d, raw, raw)
    if d.lang == "lt":
        raw = rand_digits(rng, 8, False)
        return raw, digits_out(d, raw, raw)
    raw = rand_digits(rng, 9)
    return raw, digits_out(d, raw, raw)


def account(d: Dialog) -> tuple[str, str]:
    """(label word, rendered account) — IBAN or a domestic account number."""
    rng = d.rng
    if d.lang == "ru":
        raw = "40817810" + rand_digits(rng, 12, False)
        return raw, digits_out(d, raw, rng.choice([raw, group(raw, [5, 3, 1, 4, 7])]))
    country = {"uk": "UA", "lt": "LT", "en": "GB"}[d.lang]
    code = iban(rng, country)
    if not d.asr:
        return code, " ".join(code[i : i + 4] for i in range(0, len(code), 4))
    letters = [c for c in code if c.isalpha()]
    spoken_letters = {"UA": "у а", "LT": "el te", "GB": "g b"}[country]
    if d.lang == "en":
        bank = " ".join(c.lower() for c in code[4:8])
        return (
            code,
            f"{spoken_letters} {say_digits_en(d, code[2:4])} {bank} {say_digits_en(d, code[8:])}",
        )
    assert letters
    from blind10_numbers import say_digits

    return code, f"{spoken_letters} {say_digits(code[2:], d.lang, rng)}"
