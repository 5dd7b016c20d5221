"""Values (entities and decoys) for the fourth blind redaction set, written and spoken forms."""

from __future__ import annotations

import datetime as dt
import random

from blind4_words import (
    MONTHS_GEN,
    asmens_kodas,
    chunk,
    en_ordinal,
    iban,
    inn10,
    inn12,
    lt_day,
    luhn_complete,
    luhn_ok,
    number_words,
    ordinal_gen,
    read_groups,
    rnokpp,
    single_digits,
    snils,
    spoken_year,
)

PLUS = {"ru": "плюс", "uk": "плюс", "en": "plus", "lt": "plius"}
AT = {"ru": ["собака", "собачка"], "uk": ["равлик", "собачка"], "en": ["at"], "lt": ["eta"]}
DOT = {"ru": "точка", "uk": "крапка", "en": "dot", "lt": "taškas"}

PEOPLE = {
    "ru": [
        ("Ирина", "Викторовна", "Сомова", "Ирины", "Сомовой", "f"),
        ("Геннадий", "Петрович", "Лужков", "Геннадия", "Лужкова", "m"),
        ("Зарина", "Ахмедовна", "Касимова", "Зарины", "Касимовой", "f"),
        ("Всеволод", "Игоревич", "Ракитин", "Всеволода", "Ракитина", "m"),
        ("Полина", "Андреевна", "Бережная", "Полины", "Бережной", "f"),
        ("Тимур", "Рашидович", "Галиев", "Тимура", "Галиева", "m"),
        ("Надежда", "Олеговна", "Шестакова", "Надежды", "Шестаковой", "f"),
        ("Аркадий", "Семёнович", "Фрейдман", "Аркадия", "Фрейдмана", "m"),
        ("Кристина", "Павловна", "Ушакова", "Кристины", "Ушаковой", "f"),
        ("Степан", "Ильич", "Воронцов", "Степана", "Воронцова", "m"),
        ("Любовь", "Михайловна", "Гречко", "Любови", "Гречко", "f"),
        ("Эдуард", "Витальевич", "Мельцер", "Эдуарда", "Мельцера", "m"),
    ],
    "uk": [
        ("Оксана", "Богданівна", "Гнатюк", "Оксани", "Гнатюк", "f"),
        ("Тарас", "Миколайович", "Кравчук", "Тараса", "Кравчука", "m"),
        ("Соломія", "Ігорівна", "Дмитрук", "Соломії", "Дмитрук", "f"),
        ("Ярема", "Петрович", "Бондар", "Яреми", "Бондаря", "m"),
        ("Галина", "Степанівна", "Литвиненко", "Галини", "Литвиненко", "f"),
        ("Остап", "Васильович", "Мельничук", "Остапа", "Мельничука", "m"),
        ("Наталія", "Юріївна", "Ковалишин", "Наталії", "Ковалишин", "f"),
        ("Богдан", "Андрійович", "Савчук", "Богдана", "Савчука", "m"),
        ("Христина", "Романівна", "Білик", "Христини", "Білик", "f"),
        ("Денис", "Олегович", "Приходько", "Дениса", "Приходька", "m"),
    ],
    "en": [
        ("Gareth", "", "Whitlock", "", "", "m"),
        ("Priya", "", "Raman", "", "", "f"),
        ("Declan", "", "O'Hara", "", "", "m"),
        ("Shauna", "", "McBride", "", "", "f"),
        ("Tobias", "", "Fenwick", "", "", "m"),
        ("Imogen", "", "Castell", "", "", "f"),
        ("Marcus", "", "Delaney", "", "", "m"),
        ("Rosalind", "", "Pike", "", "", "f"),
        ("Kwame", "", "Asante", "", "", "m"),
        ("Bethany", "", "Thornton", "", "", "f"),
    ],
    "lt": [
        ("Rūta", "", "Kazlauskienė", "Rūtos", "Kazlauskienės", "f"),
        ("Mindaugas", "", "Žemaitis", "Mindaugo", "Žemaičio", "m"),
        ("Eglė", "", "Vaitkutė", "Eglės", "Vaitkutės", "f"),
        ("Darius", "", "Stankevičius", "Dariaus", "Stankevičiaus", "m"),
        ("Aistė", "", "Paulauskaitė", "Aistės", "Paulauskaitės", "f"),
        ("Vytautas", "", "Balčiūnas", "Vytauto", "Balčiūno", "m"),
        ("Giedrė", "", "Jankauskienė", "Giedrės", "Jankauskienės", "f"),
        ("Lukas", "", "Urbonas", "Luko", "Urbono", "m"),
        ("Indrė", "", "Mockutė", "Indrės", "Mockutės", "f"),
        ("Tadas", "", "Sabonis", "Tado", "Sabonio", "m"),
    ],
}
VOC_UK = {
    "Оксана": "Оксано",
    "Тарас": "Тарасе",
    "Соломія": "Соломіє",
    "Ярема": "Яремо",
    "Галина": "Галино",
    "Остап": "Остапе",
    "Наталія": "Наталіє",
    "Богдан": "Богдане",
    "Христина": "Христино",
    "Денис": "Денисе",
}
VOC_LT = {
    "Rūta": "Rūta",
    "Mindaugas": "Mindaugai",
    "Eglė": "Egle",
    "Darius": "Dariau",
    "Aistė": "Aiste",
    "Vytautas": "Vytautai",
    "Giedrė": "Giedre",
    "Lukas": "Lukai",
    "Indrė": "Indre",
    "Tadas": "Tadai",
}
# names shouted at someone in the room while the caller reads a number out
CALLED_OUT = {
    "ru": ["Маша", "Тёма", "Серёжа", "Лиза"],
    "uk": ["Марічко", "Андрійку", "Олю"],
    "en": ["Jamie", "Tilly", "Oscar"],
    "lt": ["Ugne", "Jonuk", "Mantai"],
}
AGENTS = {
    "ru": ["Алина", "Максим", "Вероника", "Артём", "Дарья"],
    "uk": ["Ірина", "Максим", "Вікторія", "Андрій", "Марта"],
    "en": ["Chloe", "Liam", "Hannah", "Josh", "Megan"],
    "lt": ["Justė", "Mantas", "Greta", "Karolis", "Ieva"],
}
STREETS = {
    "ru": [
        ("улица", "ул.", "Садовая"),
        ("проспект", "пр-т", "Вернадского"),
        ("улица", "ул.", "Малая Ордынка"),
        ("переулок", "пер.", "Кривоколенный"),
        ("улица", "ул.", "Академика Павлова"),
        ("бульвар", "б-р", "Рокоссовского"),
    ],
    "uk": [
        ("вулиця", "вул.", "Шевченка"),
        ("проспект", "просп.", "Перемоги"),
        ("вулиця", "вул.", "Городоцька"),
        ("вулиця", "вул.", "Січових Стрільців"),
        ("бульвар", "бул.", "Лесі Українки"),
        ("провулок", "пров.", "Рильський"),
    ],
    "en": [
        ("Road", "Rd", "Ashdown"),
        ("Street", "St", "Carlton"),
        ("Avenue", "Ave", "Maple"),
        ("Close", "Cl", "Heather"),
        ("Lane", "Ln", "Millbrook"),
        ("Grove", "Gr", "Elm"),
    ],
    "lt": [
        ("gatvė", "g.", "Savanorių"),
        ("prospektas", "pr.", "Gedimino"),
        ("gatvė", "g.", "Žirmūnų"),
        ("gatvė", "g.", "Taikos"),
        ("gatvė", "g.", "Kalvarijų"),
        ("alėja", "al.", "Laisvės"),
    ],
}
CITIES = {
    "ru": ["Казань", "Самара", "Тверь", "Екатеринбург", "Новосибирск"],
    "uk": ["Львів", "Вінниця", "Одеса", "Харків", "Житомир"],
    "en": ["Leeds", "Bristol", "Glasgow", "Norwich", "Cardiff"],
    "lt": ["Kaunas", "Klaipėda", "Šiauliai", "Panevėžys", "Alytus"],
}
TARIFFS = {
    "ru": ["«Всё своё»", "«Домашний плюс»", "«Безлимит лайт»"],
    "uk": ["«Смарт сім'я»", "«Легкий старт»", "«Домашній максимум»"],
    "en": ["Unlimited Plus", "Family Saver", "Broadband Essentials"],
    "lt": ["„Šeimos planas“", "„Neribota plius“", "„Namų internetas“"],
}
THOUSANDS_OF = {"ru": "тысяч", "uk": "тисяч", "en": "thousand", "lt": "tūkstančių"}
CURRENCY = {
    "ru": ("руб.", "рублей"),
    "uk": ("грн", "гривень"),
    "en": ("£", "pounds"),
    "lt": ("€", "eurų"),
}


def val(kind: str | None, text: str, group: str | None = None) -> tuple:
    return (kind, group, text)


def digits(rng: random.Random, n: int) -> str:
    return "".join(str(rng.randrange(10)) for _ in range(n))


# --- card ------------------------------------------------------------------------------------


def make_card(rng: random.Random) -> str:
    prefix, length = rng.choice(
        [
            ("4", 16),
            ("4", 16),
            ("4", 13),
            ("4", 19),
            ("51", 16),
            ("53", 16),
            ("55", 16),
            ("2221", 16),
            ("2202", 16),
            ("2200", 16),
            ("34", 15),
            ("37", 15),
            ("6011", 16),
            ("62", 17),
            ("62", 18),
            ("62", 19),
            ("35", 16),
            ("5018", 18),
            ("6304", 19),
            ("4", 16),
            ("2204", 16),
            ("4", 14),
        ]
    )
    return luhn_complete(prefix + digits(rng, length - len(prefix) - 1))


def card_groups(card: str, rng: random.Random) -> list[str]:
    if len(card) == 15:
        return chunk(card, rng.choice([[4, 6, 5], [4, 4, 4, 3], [3, 3, 3, 3, 3]]))
    return chunk(
        card,
        rng.choice(
            [
                [4, 4, 4, 4, 4],
                [4, 4, 4, 4, 4],
                [2] * 10,
                [3] * 7,
                [4, 4, 8],
                [6, 6, 6],
                [5, 5, 5, 4],
            ]
        ),
    )


def written_number(groups: list[str], rng: random.Random) -> str:
    sep = rng.choice([" ", " ", " ", "-", ""])
    return sep.join(groups)


def spoken(groups: list[str], lang: str, rng: random.Random, style: str) -> str:
    return written_number(groups, rng) if style == "written" else read_groups(groups, lang, rng)


def card_values(lang: str, style: str, rng: random.Random) -> dict:
    card = make_card(rng)
    assert luhn_ok(card) and 13 <= len(card) <= 19, card
    groups = card_groups(card, rng)
    cut = rng.randrange(1, len(groups))
    mistake = list(card)
    pos = rng.randrange(4, len(card) - 1)
    mistake[pos] = str((int(mistake[pos]) + rng.randrange(1, 9)) % 10)
    wrong_groups = chunk("".join(mistake), [len(g) for g in groups])
    # a correction: the caller starts again from a group; the abandoned digits are kept
    restart = rng.randrange(1, len(groups))
    abandoned = [*groups[:restart], groups[restart][: max(1, len(groups[restart]) // 2)]]
    month, year = rng.randrange(1, 13), rng.randrange(25, 32)
    cvv = digits(rng, 4 if len(card) == 15 else 3)
    out = {
        "card": val("CARD", spoken(groups, lang, rng, style), "card"),
        "card_a": val("CARD", spoken(groups[:cut], lang, rng, style), "split"),
        "card_b": val("CARD", spoken(groups[cut:], lang, rng, style), "split"),
        "card_rb": val("CARD", spoken(groups, lang, rng, style), "readback"),
        "card_wrong": val("CARD", spoken(wrong_groups, lang, rng, style), "wrong"),
        "cx1": val("CARD", spoken(abandoned, lang, rng, style), "fix"),
        "cx2": val("CARD", spoken(groups[restart:], lang, rng, style), "fix"),
        "cvv": val(
            "CVV",
            cvv
            if style == "written"
            else read_groups([cvv], lang, rng, rng.choice(["single", "whole"])),
        ),
        "last4_card": val(
            None, card[-4:] if style == "written" else read_groups([card[-4:]], lang, rng)
        ),
    }
    if style == "written":
        exp = rng.choice(
            [
                f"{month:02d}/{year}",
                f"{month:02d}/{year}",
                f"{month:02d}.{year}",
                f"{month:02d}/20{year}",
            ]
        )
    else:
        if month < 10 and rng.random() < 0.6:
            said_month = single_digits(f"{month:02d}", lang, rng)
        else:
            said_month = number_words(month, lang)
        exp = f"{said_month} {number_words(year, lang)}"
        if lang == "en" and rng.random() < 0.4:
            exp = f"{MONTHS_GEN['en'][month - 1].lower()} twenty {number_words(year - 20, lang)}"
    out["exp"] = val("EXPIRY", exp)
    return out


# --- phone -----------------------------------------------------------------------------------


def phone_groups(lang: str, rng: random.Random) -> tuple[bool, list[str]]:
    if lang == "ru":
        return rng.choice(
            [
                (True, ["7", "9" + digits(rng, 2), digits(rng, 3), digits(rng, 2), digits(rng, 2)]),
                (
                    False,
                    ["8", "9" + digits(rng, 2), digits(rng, 3), digits(rng, 2), digits(rng, 2)],
                ),
            ]
        )
    if lang == "uk":
        op = rng.choice(["67", "50", "63", "93", "97", "66", "73"])
        return rng.choice(
            [
                (True, ["380", op, digits(rng, 3), digits(rng, 2), digits(rng, 2)]),
                (False, ["0" + op, digits(rng, 3), digits(rng, 2), digits(rng, 2)]),
            ]
        )
    if lang == "en":
        return rng.choice(
            [
                (False, ["07" + digits(rng, 3), digits(rng, 3), digits(rng, 3)]),
                (True, ["44", "7" + digits(rng, 3), digits(rng, 6)]),
                (False, [str(rng.randrange(201, 989)), digits(rng, 3), digits(rng, 4)]),
            ]
        )
    return rng.choice(
        [
            (True, ["370", "6" + digits(rng, 2), digits(rng, 5)]),
            (False, ["8", "6" + digits(rng, 2), digits(rng, 5)]),
            (False, ["86" + digits(rng, 2), digits(rng, 2), digits(rng, 3)]),
        ]
    )


def phone_text(lang: str, style: str, rng: random.Random, plus: bool, groups: list[str]) -> str:
    if style == "written":
        if lang == "ru" and not plus and rng.random() < 0.4:
            return f"{groups[0]} ({groups[1]}) {groups[2]}-{groups[3]}-{groups[4]}"
        sep = rng.choice([" ", " ", "-", ""])
        body = sep.join(groups)
        return f"+{body}" if plus else body
    words = read_groups(groups, lang, rng)
    return f"{PLUS[lang]} {words}" if plus else words


def phone_values(lang: str, style: str, rng: random.Random) -> dict:
    plus, groups = phone_groups(lang, rng)
    return {
        "phone": val("PHONE", phone_text(lang, style, rng, plus, groups)),
        "phone_rb": val("PHONE", phone_text(lang, style, rng, plus, groups)),
        "phone2": val("PHONE", phone_text(lang, style, rng, *phone_groups(lang, rng))),
    }


# --- email -----------------------------------------------------------------------------------

TRANSLIT = str.maketrans(
    {
        "а": "a",
        "б": "b",
        "в": "v",
        "г": "g",
        "д": "d",
        "е": "e",
        "ё": "e",
        "ж": "zh",
        "з": "z",
        "и": "i",
        "й": "y",
        "к": "k",
        "л": "l",
        "м": "m",
        "н": "n",
        "о": "o",
        "п": "p",
        "р": "r",
        "с": "s",
        "т": "t",
        "у": "u",
        "ф": "f",
        "х": "kh",
        "ц": "ts",
        "ч": "ch",
        "ш": "sh",
        "щ": "sch",
        "ъ": "",
        "ы": "y",
        "ь": "",
        "э": "e",
        "ю": "yu",
        "я": "ya",
        "і": "i",
        "ї": "yi",
        "є": "ye",
        "ґ": "g",
        "'": "",
        "ū": "u",
        "ė": "e",
        "ž": "z",
        "č": "c",
        "š": "s",
        "ą": "a",
        "ę": "e",
        "į": "i",
        "ų": "u",
    }
)
DOMAINS = {
    "ru": [("mail", "ru"), ("yandex", "ru"), ("gmail", "com"), ("bk", "ru")],
    "uk": [("ukr", "net"), ("gmail", "com"), ("i", "ua"), ("meta", "ua")],
    "en": [("gmail", "com"), ("outlook", "com"), ("btinternet", "com"), ("yahoo", "co.uk")],
    "lt": [("gmail", "com"), ("inbox", "lt"), ("one", "lt"), ("yahoo", "com")],
}


def email_values(lang: str, style: str, rng: random.Random, person: tuple) -> dict:
    first = person[0].lower().translate(TRANSLIT)
    last = person[2].lower().translate(TRANSLIT)
    number = rng.randrange(70, 100)
    host, tld = rng.choice(DOMAINS[lang])
    locals_ = rng.choice([[first, last], [first[0], last], [last, str(number)], [first + last]])
    if style == "written":
        joiner = rng.choice([".", "_", ""]) if len(locals_) > 1 else ""
        return {"email": val("EMAIL", f"{joiner.join(locals_)}@{host}.{tld}")}
    words = []
    for k, part in enumerate(locals_):
        if k:
            words.append(
                DOT[lang]
                if rng.random() < 0.6
                else rng.choice(
                    {
                        "ru": ["нижнее подчёркивание"],
                        "uk": ["нижнє підкреслення"],
                        "en": ["underscore"],
                        "lt": ["apatinis brūkšnys"],
                    }[lang]
                )
            )
        words.append(number_words(int(part), lang) if part.isdigit() else part)
    tail = f"{rng.choice(AT[lang])} {host} {DOT[lang]} {tld.replace('.', ' ' + DOT[lang] + ' ')}"
    return {"email": val("EMAIL", " ".join(words) + " " + tail)}


# --- documents, ids, accounts ------------------------------------------------------------------


def passport_values(lang: str, style: str, rng: random.Random) -> dict:
    if lang == "ru":
        series, number = f"{rng.randrange(1, 99):02d}{rng.randrange(0, 25):02d}", digits(rng, 6)
        groups = rng.choice([[series[:2], series[2:], number], [series, number]])
    elif lang == "uk":
        if rng.random() < 0.5:
            letters = rng.choice(["МЕ", "КВ", "ТТ", "ЕА", "СО", "НК"])
            number = digits(rng, 6)
            if style == "written":
                return {"pass": val("PASSPORT", f"{letters} {number}")}
            said = " ".join(letters.lower()) if rng.random() < 0.5 else letters.lower()
            return {
                "pass": val("PASSPORT", f"{said} {read_groups(chunk(number, [3, 3]), lang, rng)}")
            }
        groups = chunk("00" + digits(rng, 7), rng.choice([[9], [3, 3, 3]]))
    elif lang == "en":
        groups = chunk(
            str(rng.randrange(1, 10)) + digits(rng, 8), rng.choice([[9], [3, 3, 3], [4, 5]])
        )
    else:
        groups = chunk(
            rng.choice(["2", "3", "1"]) + digits(rng, 7), rng.choice([[8], [4, 4], [2, 3, 3]])
        )
    return {"pass": val("PASSPORT", spoken(groups, lang, rng, style))}


def birth(rng: random.Random) -> dt.date:
    return dt.date(1948, 1, 1) + dt.timedelta(days=rng.randrange(0, 365 * 57))


def dob_text(date: dt.date, lang: str, style: str, rng: random.Random) -> str:
    d, m, y = date.day, date.month, date.year
    if style == "written":
        if lang in ("ru", "uk"):
            return rng.choice(
                [
                    f"{d:02d}.{m:02d}.{y}",
                    f"{d} {MONTHS_GEN[lang][m - 1]} {y}",
                    f"{d:02d}.{m:02d}.{y % 100:02d}",
                ]
            )
        if lang == "en":
            return rng.choice(
                [
                    f"{d:02d}/{m:02d}/{y}",
                    f"{MONTHS_GEN['en'][m - 1]} {d}, {y}",
                    f"{d} {MONTHS_GEN['en'][m - 1]} {y}",
                ]
            )
        return rng.choice(
            [
                f"{y}-{m:02d}-{d:02d}",
                f"{y} m. {MONTHS_GEN['lt'][m - 1]} {d} d.",
                f"{y}.{m:02d}.{d:02d}",
            ]
        )
    if lang in ("ru", "uk"):
        return f"{ordinal_gen(d, lang)} {MONTHS_GEN[lang][m - 1]} {spoken_year(y, lang, rng)}"
    if lang == "en":
        month = MONTHS_GEN["en"][m - 1].lower()
        return rng.choice(
            [
                f"{month} {en_ordinal(d)} {spoken_year(y, lang, rng)}",
                f"the {en_ordinal(d)} of {month} {spoken_year(y, lang, rng)}",
            ]
        )
    return f"{spoken_year(y, lang, rng)} metų {MONTHS_GEN['lt'][m - 1]} {lt_day(d)}"


def nid_values(lang: str, style: str, rng: random.Random, date: dt.date, female: bool) -> dict:
    if lang == "ru":
        kind = rng.choice(["inn12", "inn12", "snils", "snils", "inn10"])
        if kind == "snils":
            value = snils(rng)
            if style == "written":
                text = rng.choice([f"{value[:3]}-{value[3:6]}-{value[6:9]} {value[9:]}", value])
            else:
                text = read_groups(chunk(value, [3, 3, 3, 2]), lang, rng)
            return {"nid": val("NATIONAL_ID", text), "nid_kind": val(None, "СНИЛС")}
        value = inn12(rng) if kind == "inn12" else inn10(rng)
        groups = chunk(value, rng.choice([[12], [4, 4, 4], [2, 2, 6, 2], [3, 3, 3, 3]]))
        return {
            "nid": val("NATIONAL_ID", spoken(groups, lang, rng, style)),
            "nid_kind": val(None, "ИНН"),
        }
    if lang == "uk":
        days = (date - dt.date(1899, 12, 31)).days
        value = rnokpp(rng, days)
        groups = chunk(value, rng.choice([[10], [5, 5], [3, 3, 4], [2, 2, 2, 2, 2]]))
        return {"nid": val("NATIONAL_ID", spoken(groups, lang, rng, style))}
    if lang == "lt":
        value = asmens_kodas(rng, date.year, date.month, date.day, female)
        groups = chunk(value, rng.choice([[11], [1, 6, 4], [3, 4, 4], [1, 2, 2, 2, 4]]))
        return {"nid": val("NATIONAL_ID", spoken(groups, lang, rng, style))}
    if rng.random() < 0.5:
        letters = rng.choice(["JK", "AB", "NP", "SR", "TW", "HL", "ZE"])
        nums = digits(rng, 6)
        suffix = rng.choice("ABCD")
        if style == "written":
            text = rng.choice(
                [
                    f"{letters} {nums[:2]} {nums[2:4]} {nums[4:]} {suffix}",
                    f"{letters}{nums}{suffix}",
                ]
            )
        else:
            said = read_groups(chunk(nums, [2, 2, 2]), lang, rng)
            text = f"{' '.join(letters.lower())} {said} {suffix.lower()}"
        return {"nid": val("NATIONAL_ID", text), "nid_kind": val(None, "National Insurance number")}
    area = rng.choice([rng.randrange(1, 666), rng.randrange(667, 900)])
    value = f"{area:03d}{rng.randrange(1, 100):02d}{rng.randrange(1, 10000):04d}"
    groups = chunk(value, [3, 2, 4])
    text = "-".join(groups) if style == "written" else read_groups(groups, lang, rng)
    return {"nid": val("NATIONAL_ID", text), "nid_kind": val(None, "Social Security number")}


def account_values(lang: str, style: str, rng: random.Random) -> dict:
    if lang == "lt":
        value = iban("LT", rng.choice(["73000", "70440", "40100", "72900"]) + digits(rng, 11))
        kind = "iban"
    elif lang == "uk":
        value = iban(
            "UA", rng.choice(["305299", "322001", "351005", "320649"]) + "0" + digits(rng, 18)
        )
        kind = "iban"
    elif lang == "en":
        kind = rng.choice(["iban", "sortcode", "policy"])
        value = iban("GB", rng.choice(["NWBK", "BARC", "LOYD", "MIDL"]) + digits(rng, 14))
    else:
        kind = rng.choice(["account20", "lic", "contract"])
        value = ""
    if kind == "iban":
        groups = chunk(value, [4] * 8)
        if style == "written":
            text = rng.choice([" ".join(groups), value])
        else:
            letters = (
                " ".join(value[:2].lower())
                if lang != "uk" or rng.random() < 0.5
                else {"UA": "у а"}[value[:2]]
            )
            if lang != "en":
                said = read_groups([value[2:4], *chunk(value[4:], [4] * 7)], lang, rng)
                text = f"{letters} {said}"
            else:
                check_said = read_groups([value[2:4]], lang, rng)
                bank = " ".join(value[4:8].lower())
                rest = read_groups(chunk(value[8:], [2, 2, 2, 4, 4]), lang, rng)
                text = f"{letters} {check_said} {bank} {rest}"
        return {"acct": val("ACCOUNT", text), "acct_kind": val(None, "IBAN")}
    if kind == "sortcode":
        sort, acc = chunk(digits(rng, 6), [2, 2, 2]), digits(rng, 8)
        if style == "written":
            return {
                "acct": val("ACCOUNT", f"{'-'.join(sort)} {acc}"),
                "acct_kind": val(None, "sort code and account number"),
            }
        return {
            "acct": val(
                "ACCOUNT",
                read_groups(sort, lang, rng, "single")
                + " "
                + read_groups(chunk(acc, [4, 4]), lang, rng),
            ),
            "acct_kind": val(None, "sort code and account number"),
        }
    if kind == "policy":
        value = rng.choice(["HX", "MTR", "PL"]) + digits(rng, 7)
        letters = "".join(c for c in value if c.isalpha())
        nums = value[len(letters) :]
        if style == "written":
            return {"acct": val("ACCOUNT", value), "acct_kind": val(None, "policy number")}
        return {
            "acct": val(
                "ACCOUNT",
                f"{' '.join(letters.lower())} {read_groups(chunk(nums, [3, 4]), lang, rng)}",
            ),
            "acct_kind": val(None, "policy number"),
        }
    if kind == "account20":
        value = "40817810" + digits(rng, 12)
        groups = chunk(value, rng.choice([[20], [5, 3, 1, 4, 7], [4] * 5]))
        return {
            "acct": val("ACCOUNT", spoken(groups, lang, rng, style)),
            "acct_kind": val(None, "счёт"),
        }
    if kind == "lic":
        groups = chunk(
            digits(rng, rng.choice([10, 11, 12])), rng.choice([[3, 3, 4, 2], [12], [4, 4, 4]])
        )
        return {
            "acct": val("ACCOUNT", spoken(groups, lang, rng, style)),
            "acct_kind": val(None, "лицевой счёт"),
        }
    value = [digits(rng, 2), digits(rng, 6)]
    text = (
        f"{value[0]}-{value[1]}"
        if style == "written"
        else read_groups([value[0], *chunk(value[1], [3, 3])], lang, rng)
    )
    return {"acct": val("ACCOUNT", text), "acct_kind": val(None, "договор")}


def address_values(lang: str, style: str, rng: random.Random) -> dict:
    full, short, name = rng.choice(STREETS[lang])
    house, flat = rng.randrange(1, 180), rng.randrange(1, 240)
    with_flat = rng.random() < 0.6
    w = style == "written"
    hw = str(house) if w else number_words(house, lang, rng)
    fw = str(flat) if w else number_words(flat, lang, rng)
    if lang == "ru":
        street = f"{rng.choice([full, short])} {name}" if w else f"{full} {name.lower()}"
        text = (
            rng.choice([f"{street}, дом {hw}", f"{street}, д. {hw}", f"{street} {hw}"])
            if w
            else rng.choice([f"{street} дом {hw}", f"{street} {hw}"])
        )
        if with_flat:
            text += rng.choice([f", кв. {fw}", f", квартира {fw}"]) if w else f" квартира {fw}"
    elif lang == "uk":
        street = f"{rng.choice([full, short])} {name}" if w else f"{full} {name.lower()}"
        text = f"{street}, {hw}" if w else rng.choice([f"{street} {hw}", f"{street} будинок {hw}"])
        if with_flat:
            text += rng.choice([f", кв. {fw}", f", квартира {fw}"]) if w else f" квартира {fw}"
    elif lang == "en":
        street = f"{name} {rng.choice([full, short])}" if w else f"{name.lower()} {full.lower()}"
        text = f"{hw} {street}"
        if with_flat:
            text = f"Flat {fw}, {text}" if w else f"flat {fw} {text}"
    else:
        street = f"{name} {rng.choice([full, short])}" if w else f"{name.lower()} {full}"
        if w:
            text = f"{street} {house}-{flat}" if with_flat else f"{street} {house}"
        else:
            text = f"{street} {hw}" + (f" butas {fw}" if with_flat else "")
    return {
        "addr": val("ADDRESS", text),
        "city": val(None, rng.choice(CITIES[lang]) if w else rng.choice(CITIES[lang]).lower()),
        "street": val(None, f"{full} {name}" if lang in ("ru", "uk") else f"{name} {full}"),
    }


def person_values(lang: str, style: str, rng: random.Random) -> dict:
    people = rng.sample(PEOPLE[lang], 3)
    first, patr, last = people[0][:3]
    # third parties are women in every template (mother, daughter, partner, account holder)
    women = [p for p in PEOPLE[lang] if p[5] == "f" and p is not people[0]]
    other, caller = rng.sample(women, 2)
    low = (lambda s: s.lower()) if style == "asr" else (lambda s: s)
    if lang == "ru":
        full = rng.choice([f"{first} {patr} {last}", f"{last} {first} {patr}", f"{first} {last}"])
        voc = rng.choice([f"{first} {patr}", first])
        gen = f"{other[3]} {other[4]}"
        third = caller[0]
    elif lang == "uk":
        full = rng.choice([f"{first} {patr} {last}", f"{last} {first}", f"{first} {last}"])
        voc = rng.choice(
            [VOC_UK[first], f"пані {first}" if people[0][5] == "f" else f"пане {VOC_UK[first]}"]
        )
        gen = f"{other[3]} {other[4]}"
        third = caller[0]
    elif lang == "en":
        full = (
            rng.choice([f"{first} {last}", f"{first} {last}", f"{last}, {first}"])
            if style == "written"
            else f"{first} {last}"
        )
        voc = rng.choice([first, f"Mr {last}" if people[0][5] == "m" else f"Ms {last}"])
        gen = f"{other[0]} {other[2]}"
        third = caller[0]
    else:
        full = rng.choice([f"{first} {last}", f"{last} {first}"])
        voc = VOC_LT[first]
        gen = f"{other[3]} {other[4]}"
        third = caller[0]
    out = {
        "bg": val("PERSON", low(rng.choice(CALLED_OUT[lang]))),
        "third_again": val("PERSON", low(third)),
        "name": val("PERSON", low(full)),
        "name_voc": val("PERSON", low(voc)),
        "name_gen": val("PERSON", low(gen)),
        "third": val("PERSON", low(third)),
        "surname": val("PERSON", low(last)),
        "agent": val(None, low(rng.choice(AGENTS[lang]))),
    }
    title, _, bare = voc.partition(" ")
    if title in ("Mr", "Ms", "пане", "пані"):  # the title stays outside the name span
        out["name_voc"] = val("PERSON", low(bare))
        out["title"] = val(None, low(title))
    else:
        out["title"] = val(None, "")
    return out


def decoy_values(lang: str, style: str, rng: random.Random) -> dict:
    w = style == "written"
    amount = rng.choice(
        [rng.randrange(100, 9999), rng.randrange(10, 99) * 100, rng.randrange(1, 60) * 1000]
    )
    short, word = CURRENCY[lang]
    if w:
        num = f"{amount:,}".replace(",", " " if lang != "en" else ",")
        money = f"£{num}" if lang == "en" else f"{num} {short}"
    else:
        money = (
            f"{number_words(amount, lang, rng)} {word}"
            if amount < 10000
            else f"{number_words(amount // 1000, lang)} {THOUSANDS_OF[lang]} {word}"
        )
    hour, minute = rng.randrange(8, 21), rng.choice([0, 15, 30, 45, 10, 20])
    if w:
        time = f"{hour}:{minute:02d}"
    else:
        time = number_words(hour, lang) + ("" if minute == 0 else " " + number_words(minute, lang))
    day, month = rng.randrange(1, 29), rng.randrange(1, 13)
    if w:
        date = {
            "ru": f"{day} {MONTHS_GEN['ru'][month - 1]}",
            "uk": f"{day} {MONTHS_GEN['uk'][month - 1]}",
            "en": f"{MONTHS_GEN['en'][month - 1]} {day}",
            "lt": f"{MONTHS_GEN['lt'][month - 1]} {day} d.",
        }[lang]
    else:
        date = {
            "ru": f"{ordinal_gen(day, 'ru')} {MONTHS_GEN['ru'][month - 1]}",
            "uk": f"{ordinal_gen(day, 'uk')} {MONTHS_GEN['uk'][month - 1]}",
            "en": f"the {en_ordinal(day)} of {MONTHS_GEN['en'][month - 1].lower()}",
            "lt": f"{MONTHS_GEN['lt'][month - 1]} {lt_day(day)}",
        }[lang]
    last4 = digits(rng, 4)
    order = digits(rng, rng.choice([7, 8, 9, 10]))
    order_groups = chunk(order, [3, 3, 4])
    hotline = {
        "ru": ["8", "800", digits(rng, 3), digits(rng, 2), digits(rng, 2)],
        "uk": ["0", "800", digits(rng, 3), digits(rng, 3)],
        "en": ["0800", digits(rng, 3), digits(rng, 4)],
        "lt": ["1", "8", digits(rng, 2)],
    }[lang]
    return {
        "amount": val(None, money),
        "time": val(None, time),
        "date": val(None, date),
        "last4": val(None, last4 if w else read_groups([last4], lang, rng)),
        "order": val(
            None,
            "-".join(order_groups)
            if w and rng.random() < 0.5
            else order
            if w
            else read_groups(order_groups, lang, rng),
        ),
        "hotline": val(None, " ".join(hotline) if w else read_groups(hotline, lang, rng, "single")),
        "tariff": val(
            None,
            rng.choice(TARIFFS[lang]) if w else rng.choice(TARIFFS[lang]).strip("«»„“").lower(),
        ),
        "menu": val(
            None, str(rng.randrange(1, 6)) if w else number_words(rng.randrange(1, 6), lang)
        ),
        "minutes": val(
            None,
            str(rng.choice([5, 10, 15, 20]))
            if w
            else number_words(rng.choice([5, 10, 15, 20]), lang),
        ),
    }


def all_values(lang: str, style: str, rng: random.Random) -> dict:
    values: dict = {}
    date = birth(rng)
    persons = person_values(lang, style, rng)
    values.update(persons)
    values.update(card_values(lang, style, rng))
    values.update(phone_values(lang, style, rng))
    person = rng.choice(PEOPLE[lang])
    values.update(email_values(lang, style, rng, person))
    values.update(passport_values(lang, style, rng))
    values.update(nid_values(lang, style, rng, date, person[5] == "f"))
    values.setdefault("nid_kind", val(None, ""))
    values["dob"] = val("DOB", dob_text(date, lang, style, rng))
    values["dob2"] = val("DOB", dob_text(birth(rng), lang, style, rng))
    values.update(account_values(lang, style, rng))
    values.update(address_values(lang, style, rng))
    values.update(decoy_values(lang, style, rng))
    return values
