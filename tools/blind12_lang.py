"""Number words, name declension and check digits for the blind12 redaction set.

Written from scratch for blind12 so that the set shares no code with the detector or with
earlier sets; every check digit is computed here, never taken from speechqa.
"""

from __future__ import annotations

import random

# ---------------------------------------------------------------- number words
WORDS = {
    "ru": {
        "units": [
            "ноль",
            "один",
            "два",
            "три",
            "четыре",
            "пять",
            "шесть",
            "семь",
            "восемь",
            "девять",
        ],
        "teens": [
            "десять",
            "одиннадцать",
            "двенадцать",
            "тринадцать",
            "четырнадцать",
            "пятнадцать",
            "шестнадцать",
            "семнадцать",
            "восемнадцать",
            "девятнадцать",
        ],
        "tens": [
            "_",
            "_",
            "двадцать",
            "тридцать",
            "сорок",
            "пятьдесят",
            "шестьдесят",
            "семьдесят",
            "восемьдесят",
            "девяносто",
        ],
        "hundreds": [
            "_",
            "сто",
            "двести",
            "триста",
            "четыреста",
            "пятьсот",
            "шестьсот",
            "семьсот",
            "восемьсот",
            "девятьсот",
        ],
        "thousands": [
            "",
            "тысяча",
            "две тысячи",
            "три тысячи",
            "четыре тысячи",
            "пять тысяч",
            "шесть тысяч",
            "семь тысяч",
            "восемь тысяч",
            "девять тысяч",
        ],
    },
    "uk": {
        "units": [
            "нуль",
            "один",
            "два",
            "три",
            "чотири",
            "п'ять",
            "шість",
            "сім",
            "вісім",
            "дев'ять",
        ],
        "teens": [
            "десять",
            "одинадцять",
            "дванадцять",
            "тринадцять",
            "чотирнадцять",
            "п'ятнадцять",
            "шістнадцять",
            "сімнадцять",
            "вісімнадцять",
            "дев'ятнадцять",
        ],
        "tens": [
            "_",
            "_",
            "двадцять",
            "тридцять",
            "сорок",
            "п'ятдесят",
            "шістдесят",
            "сімдесят",
            "вісімдесят",
            "дев'яносто",
        ],
        "hundreds": [
            "_",
            "сто",
            "двісті",
            "триста",
            "чотириста",
            "п'ятсот",
            "шістсот",
            "сімсот",
            "вісімсот",
            "дев'ятсот",
        ],
        "thousands": [
            "",
            "тисяча",
            "дві тисячі",
            "три тисячі",
            "чотири тисячі",
            "п'ять тисяч",
            "шість тисяч",
            "сім тисяч",
            "вісім тисяч",
            "дев'ять тисяч",
        ],
    },
    "en": {
        "units": ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"],
        "teens": [
            "ten",
            "eleven",
            "twelve",
            "thirteen",
            "fourteen",
            "fifteen",
            "sixteen",
            "seventeen",
            "eighteen",
            "nineteen",
        ],
        "tens": [
            "_",
            "_",
            "twenty",
            "thirty",
            "forty",
            "fifty",
            "sixty",
            "seventy",
            "eighty",
            "ninety",
        ],
        "hundreds": ["_"]
        + [
            f"{u} hundred"
            for u in ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
        ],
        "thousands": [""]
        + [
            f"{u} thousand"
            for u in ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
        ],
    },
    "lt": {
        "units": [
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
        "teens": [
            "dešimt",
            "vienuolika",
            "dvylika",
            "trylika",
            "keturiolika",
            "penkiolika",
            "šešiolika",
            "septyniolika",
            "aštuoniolika",
            "devyniolika",
        ],
        "tens": [
            "_",
            "_",
            "dvidešimt",
            "trisdešimt",
            "keturiasdešimt",
            "penkiasdešimt",
            "šešiasdešimt",
            "septyniasdešimt",
            "aštuoniasdešimt",
            "devyniasdešimt",
        ],
        "hundreds": ["_", "šimtas"]
        + [
            f"{u} šimtai"
            for u in ["du", "trys", "keturi", "penki", "šeši", "septyni", "aštuoni", "devyni"]
        ],
        "thousands": ["", "tūkstantis"]
        + [
            f"{u} tūkstančiai"
            for u in ["du", "trys", "keturi", "penki", "šeši", "septyni", "aštuoni", "devyni"]
        ],
    },
}


def cardinal(number: int, lang: str) -> str:
    """Cardinal 0..9999 in the nominative, as a caller says an amount or a group."""
    table = WORDS[lang]
    if number == 0:
        return table["units"][0]
    words: list[str] = []
    thousands, rest = divmod(number, 1000)
    if thousands:
        words.append(table["thousands"][thousands])
    hundreds, rest = divmod(rest, 100)
    if hundreds:
        words.append(table["hundreds"][hundreds])
    if 10 <= rest < 20:
        words.append(table["teens"][rest - 10])
    else:
        tens, unit = divmod(rest, 10)
        if tens:
            words.append(table["tens"][tens])
        if unit:
            words.append(table["units"][unit])
    return " ".join(words)


def speak_chunk(chunk: str, lang: str, rng: random.Random) -> list[str]:
    """One digit chunk as words: leading zeros read one by one, the rest as a number."""
    units = WORDS[lang]["units"]
    if lang == "en" and len(chunk) == 2 and chunk[0] == chunk[1] and rng.random() < 0.7:
        return ["double", speak_chunk(chunk[0], lang, rng)[0]]
    if lang == "en" and len(chunk) == 3 and len(set(chunk)) == 1 and rng.random() < 0.6:
        return ["triple", speak_chunk(chunk[0], lang, rng)[0]]
    if len(chunk) == 1:
        if lang == "en" and chunk == "0" and rng.random() < 0.6:
            return ["oh"]
        return [units[int(chunk)]]
    if chunk[0] == "0":
        return speak_chunk("0", lang, rng) + speak_chunk(chunk[1:], lang, rng)
    if lang == "en" and len(chunk) == 4 and rng.random() < 0.6:
        return speak_chunk(chunk[:2], lang, rng) + speak_chunk(chunk[2:], lang, rng)
    return cardinal(int(chunk), lang).split()


def speak_groups(groups: list[str], lang: str, rng: random.Random) -> list[list[str]]:
    """Each written group as words, in a reading habit drawn per call (digits, pairs...)."""
    habit = rng.choice(["singles", "pairs", "triples", "natural", "mixed", "natural"])
    spoken: list[list[str]] = []
    for group in groups:
        if habit == "singles":
            sizes = [1] * len(group)
        elif habit == "pairs":
            sizes = [2] * (len(group) // 2) + [1] * (len(group) % 2)
        elif habit == "triples":
            sizes = [3] * (len(group) // 3) + [len(group) % 3] * bool(len(group) % 3)
        elif habit == "natural" and len(group) <= 4:
            sizes = [len(group)]
        else:
            sizes = []
            left = len(group)
            while left:
                size = min(left, rng.choice([1, 2, 2, 3]))
                sizes.append(size)
                left -= size
        words: list[str] = []
        position = 0
        for size in sizes:
            words += speak_chunk(group[position : position + size], lang, rng)
            position += size
        spoken.append(words)
    return spoken


PLUS = {"ru": "плюс", "uk": "плюс", "en": "plus", "lt": "plius"}

# ordinal stems for spoken dates
RU_ORD_GEN = {
    1: "первого",
    2: "второго",
    3: "третьего",
    4: "четвёртого",
    5: "пятого",
    6: "шестого",
    7: "седьмого",
    8: "восьмого",
    9: "девятого",
    10: "десятого",
    11: "одиннадцатого",
    12: "двенадцатого",
    13: "тринадцатого",
    14: "четырнадцатого",
    15: "пятнадцатого",
    16: "шестнадцатого",
    17: "семнадцатого",
    18: "восемнадцатого",
    19: "девятнадцатого",
    20: "двадцатого",
    30: "тридцатого",
    40: "сорокового",
    50: "пятидесятого",
    60: "шестидесятого",
    70: "семидесятого",
    80: "восьмидесятого",
    90: "девяностого",
}
UK_ORD_GEN = {
    1: "першого",
    2: "другого",
    3: "третього",
    4: "четвертого",
    5: "п'ятого",
    6: "шостого",
    7: "сьомого",
    8: "восьмого",
    9: "дев'ятого",
    10: "десятого",
    11: "одинадцятого",
    12: "дванадцятого",
    13: "тринадцятого",
    14: "чотирнадцятого",
    15: "п'ятнадцятого",
    16: "шістнадцятого",
    17: "сімнадцятого",
    18: "вісімнадцятого",
    19: "дев'ятнадцятого",
    20: "двадцятого",
    30: "тридцятого",
    40: "сорокового",
    50: "п'ятдесятого",
    60: "шістдесятого",
    70: "сімдесятого",
    80: "вісімдесятого",
    90: "дев'яностого",
}
LT_ORD_STEM = {
    1: "pirm",
    2: "antr",
    3: "treči",
    4: "ketvirt",
    5: "penkt",
    6: "šešt",
    7: "septint",
    8: "aštunt",
    9: "devint",
    10: "dešimt",
    11: "vienuolikt",
    12: "dvylikt",
    13: "trylikt",
    14: "keturiolikt",
    15: "penkiolikt",
    16: "šešiolikt",
    17: "septyniolikt",
    18: "aštuoniolikt",
    19: "devyniolikt",
    20: "dvidešimt",
    30: "trisdešimt",
    40: "keturiasdešimt",
    50: "penkiasdešimt",
    60: "šešiasdešimt",
    70: "septyniasdešimt",
    80: "aštuoniasdešimt",
    90: "devyniasdešimt",
}
EN_ORD = {
    1: "first",
    2: "second",
    3: "third",
    4: "fourth",
    5: "fifth",
    6: "sixth",
    7: "seventh",
    8: "eighth",
    9: "ninth",
    10: "tenth",
    11: "eleventh",
    12: "twelfth",
    13: "thirteenth",
    14: "fourteenth",
    15: "fifteenth",
    16: "sixteenth",
    17: "seventeenth",
    18: "eighteenth",
    19: "nineteenth",
    20: "twentieth",
    30: "thirtieth",
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


def _compound_ordinal(number: int, table: dict[int, str], lang: str) -> str:
    if number in table:
        return table[number]
    tens, unit = divmod(number, 10)
    return f"{WORDS[lang]['tens'][tens]} {table[unit]}"


def ordinal_gen(number: int, lang: str) -> str:
    """Genitive ordinal (ru/uk "двенадцатого"), the form used in spoken dates."""
    return _compound_ordinal(number, RU_ORD_GEN if lang == "ru" else UK_ORD_GEN, lang)


def lt_ordinal(number: int, ending: str) -> str:
    if number in LT_ORD_STEM:
        return LT_ORD_STEM[number] + ending
    tens, unit = divmod(number, 10)
    return f"{WORDS['lt']['tens'][tens]} {LT_ORD_STEM[unit]}{ending}"


def en_ordinal(number: int) -> str:
    if number in EN_ORD:
        return EN_ORD[number]
    tens, unit = divmod(number, 10)
    return f"{WORDS['en']['tens'][tens]} {EN_ORD[unit]}"


def spoken_year(year: int, lang: str, form: str) -> str:
    """A year read aloud: ru/uk/lt ordinal ending on the last element, en in pairs."""
    century, rest = divmod(year, 100)
    if lang == "en":
        if century == 20:
            return "two thousand" + (f" and {cardinal(rest, 'en')}" if rest else "")
        tail = cardinal(rest, "en") if rest >= 10 else "oh " + cardinal(rest, "en")
        return f"{cardinal(century, 'en')} {tail}"
    head = cardinal(year - rest, lang) if rest else ""
    if lang == "lt":
        if not rest:
            return "dutūkstantųjų"
        return f"{head} {lt_ordinal(rest, form)}".strip()
    if not rest:
        return {"ru": "двухтысячного", "uk": "двохтисячного"}[lang]
    return f"{head} {ordinal_gen(rest, lang)}".strip()


# ---------------------------------------------------------------- names
RU_CASES = ["nom", "gen", "dat", "acc", "ins", "prep"]


def decline_ru(word: str, kind: str) -> list[str]:
    """Six Russian case forms of a first name, patronymic or surname (regular patterns)."""
    if kind == "m":
        if word.endswith("ский") or word.endswith("цкий"):
            b = word[:-2]
            return [word, b + "ого", b + "ому", b + "ого", b + "им", b + "ом"]
        if word.endswith("ий"):
            b = word[:-2]
            return [word, b + "ия", b + "ию", b + "ия", b + "ием", b + "ии"]
        if word[-1] in "йь":
            b = word[:-1]
            return [word, b + "я", b + "ю", b + "я", b + "ем", b + "е"]
        if word[-1] in "ая":
            return decline_ru(word, "f")
        ins = "ым" if word.endswith(("ов", "ев", "ёв", "ин", "ын")) else "ом"
        return [word, word + "а", word + "у", word + "а", word + ins, word + "е"]
    if kind == "fs":  # female surname -ова/-ина/-ская
        if word.endswith("ая"):
            b = word[:-2]
            return [word, b + "ой", b + "ой", b + "ую", b + "ой", b + "ой"]
        b = word[:-1]
        return [word, b + "ой", b + "ой", b + "у", b + "ой", b + "ой"]
    if word.endswith("ия"):
        b = word[:-2]
        return [word, b + "ии", b + "ии", b + "ию", b + "ией", b + "ии"]
    if word.endswith("я"):
        b = word[:-1]
        return [word, b + "и", b + "е", b + "ю", b + "ей", b + "е"]
    b = word[:-1]
    gen = b + ("и" if b[-1] in "гкхжшчщ" else "ы")
    ins = b + ("ей" if b[-1] in "жшчщц" else "ой")
    return [word, gen, b + "е", b + "у", ins, b + "е"]


RU_MALE = [
    "Алексей",
    "Дмитрий",
    "Игорь",
    "Степан",
    "Роман",
    "Глеб",
    "Тимур",
    "Арсений",
    "Николай",
    "Виктор",
    "Евгений",
    "Борис",
]
RU_FEMALE = [
    "Ольга",
    "Марина",
    "Светлана",
    "Людмила",
    "Вера",
    "Мария",
    "Наталия",
    "Ксения",
    "Елена",
    "Галина",
    "Дарья",
    "Зинаида",
]
RU_DIMIN_M = ["Саша", "Коля", "Дима", "Лёша", "Петя", "Серёжа", "Гоша"]
RU_DIMIN_F = ["Таня", "Маша", "Наташа", "Танюша", "Валюша", "Саша"]
RU_SUR = [
    "Петров",
    "Смирнов",
    "Кузнецов",
    "Воробьёв",
    "Лебедев",
    "Зайцев",
    "Соловьёв",
    "Ильин",
    "Фомин",
    "Щербаков",
    "Ковальский",
    "Завадский",
]
RU_PAT_M = ["Иванович", "Петрович", "Сергеевич", "Аркадьевич", "Олегович"]
RU_PAT_F = ["Ивановна", "Петровна", "Сергеевна", "Николаевна", "Аркадьевна"]


def ru_female_surname(surname: str) -> str:
    return surname[:-2] + "ая" if surname.endswith("ий") else surname + "а"


UK_CASES = ["nom", "gen", "dat", "acc", "ins", "voc"]
UK_NAMES_M = {
    "Тарас": "Тарас Тараса Тарасу Тараса Тарасом Тарасе",
    "Андрій": "Андрій Андрія Андрію Андрія Андрієм Андрію",
    "Богдан": "Богдан Богдана Богданові Богдана Богданом Богдане",
    "Олег": "Олег Олега Олегу Олега Олегом Олеже",
    "Василь": "Василь Василя Василю Василя Василем Василю",
    "Остап": "Остап Остапа Остапу Остапа Остапом Остапе",
    "Юрко": "Юрко Юрка Юркові Юрка Юрком Юрку",
    "Петрик": "Петрик Петрика Петрикові Петрика Петриком Петрику",
}
UK_NAMES_F = {
    "Олена": "Олена Олени Олені Олену Оленою Олено",
    "Оксана": "Оксана Оксани Оксані Оксану Оксаною Оксано",
    "Наталія": "Наталія Наталії Наталії Наталію Наталією Наталіє",
    "Ганна": "Ганна Ганни Ганні Ганну Ганною Ганно",
    "Соломія": "Соломія Соломії Соломії Соломію Соломією Соломіє",
    "Галя": "Галя Галі Галі Галю Галею Галю",
    "Христина": "Христина Христини Христині Христину Христиною Христино",
}
UK_SUR_M = {
    "Коваленко": "Коваленко Коваленка Коваленкові Коваленка Коваленком Коваленку",
    "Шевчук": "Шевчук Шевчука Шевчукові Шевчука Шевчуком Шевчуку",
    "Мельник": "Мельник Мельника Мельникові Мельника Мельником Мельнику",
    "Левицький": "Левицький Левицького Левицькому Левицького Левицьким Левицький",
    "Бондаренко": "Бондаренко Бондаренка Бондаренкові Бондаренка Бондаренком Бондаренку",
    "Гнатюк": "Гнатюк Гнатюка Гнатюкові Гнатюка Гнатюком Гнатюку",
}
UK_SUR_F = {
    "Коваленко": "Коваленко " * 6,
    "Шевчук": "Шевчук " * 6,
    "Мельник": "Мельник " * 6,
    "Левицька": "Левицька Левицької Левицькій Левицьку Левицькою Левицька",
    "Бондаренко": "Бондаренко " * 6,
    "Гнатюк": "Гнатюк " * 6,
}
UK_PAT = {
    "m": "Петрович Петровича Петровичу Петровича Петровичем Петровичу",
    "f": "Петрівна Петрівни Петрівні Петрівну Петрівною Петрівно",
}

LT_CASES = ["nom", "gen", "dat", "acc", "ins", "loc", "voc"]


def decline_lt(word: str) -> list[str]:
    """Seven Lithuanian case forms for names ending -as, -ius, -is, -ė, -a."""
    if word.endswith("ius"):
        b = word[:-3]
        return [word, b + "iaus", b + "iui", b + "ių", b + "iumi", b + "iuje", b + "iau"]
    if word.endswith("tis"):
        b = word[:-3]
        return [word, b + "čio", b + "čiui", b + "tį", b + "čiu", b + "tyje", b + "ti"]
    if word.endswith("as"):
        b = word[:-2]
        return [word, b + "o", b + "ui", b + "ą", b + "u", b + "e", b + "ai"]
    if word.endswith("ė"):
        b = word[:-1]
        return [word, b + "ės", b + "ei", b + "ę", b + "e", b + "ėje", b + "e"]
    b = word[:-1]
    return [word, b + "os", b + "ai", b + "ą", b + "a", b + "oje", b + "a"]


LT_MALE = [
    "Jonas",
    "Tomas",
    "Mantas",
    "Andrius",
    "Paulius",
    "Darius",
    "Vytautas",
    "Jonukas",
    "Tomukas",
    "Kęstutis",
]
LT_FEMALE = [
    "Rūta",
    "Eglė",
    "Giedrė",
    "Ieva",
    "Laura",
    "Aušra",
    "Dalia",
    "Rūtelė",
    "Eglutė",
    "Gintarė",
]
LT_SUR_M = [
    "Kazlauskas",
    "Jankauskas",
    "Žukauskas",
    "Mickevičius",
    "Stankevičius",
    "Paulauskas",
    "Petraitis",
]
LT_SUR_F = [
    "Kazlauskienė",
    "Jankauskaitė",
    "Žukauskienė",
    "Mickevičiūtė",
    "Stankevičienė",
    "Paulauskaitė",
    "Petraitytė",
]

EN_FIRST = [
    "Sarah",
    "Michael",
    "Priya",
    "Tom",
    "Olivia",
    "Kwame",
    "Fiona",
    "Gareth",
    "Aisha",
    "Declan",
    "Bethany",
    "Raj",
    "Maggie",
    "Billy",
    "Harriet",
    "Connor",
]
EN_SUR = [
    "Mitchell",
    "Kowalski",
    "O'Neill",
    "Patel",
    "Henderson",
    "Okafor",
    "Whitaker",
    "Nguyen",
    "McAllister",
    "Davies",
    "Brennan",
    "Fairclough",
]


# ---------------------------------------------------------------- check digits
def luhn_check_digit(body: str) -> str:
    total = 0
    for index, char in enumerate(reversed(body)):
        digit = int(char)
        if index % 2 == 0:
            digit *= 2
            if digit > 9:
                digit -= 9
        total += digit
    return str((10 - total % 10) % 10)


def luhn_valid(number: str) -> bool:
    return luhn_check_digit(number[:-1]) == number[-1]


def iban_check(country: str, bban: str) -> str:
    rearranged = bban + country + "00"
    numeric = "".join(str(int(c, 36)) for c in rearranged)
    return f"{98 - int(numeric) % 97:02d}"


def iban_valid(iban: str) -> bool:
    rearranged = iban[4:] + iban[:4]
    return int("".join(str(int(c, 36)) for c in rearranged)) % 97 == 1


def inn12(first10: str) -> str:
    w11 = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
    d11 = sum(int(d) * w for d, w in zip(first10, w11, strict=True)) % 11 % 10
    body = first10 + str(d11)
    w12 = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
    d12 = sum(int(d) * w for d, w in zip(body, w12, strict=True)) % 11 % 10
    return body + str(d12)


def snils_check(first9: str) -> str:
    total = sum(int(d) * (9 - i) for i, d in enumerate(first9))
    if total < 100:
        return f"{total:02d}"
    if total in (100, 101):
        return "00"
    rest = total % 101
    return "00" if rest == 100 else f"{rest:02d}"


def rnokpp_check(first9: str) -> str:
    weights = [-1, 5, 7, 9, 4, 6, 10, 5, 7]
    return str(sum(int(d) * w for d, w in zip(first9, weights, strict=True)) % 11 % 10)


def lt_code_check(first10: str) -> str:
    w1 = [1, 2, 3, 4, 5, 6, 7, 8, 9, 1]
    rest = sum(int(d) * w for d, w in zip(first10, w1, strict=True)) % 11
    if rest == 10:
        w2 = [3, 4, 5, 6, 7, 8, 9, 1, 2, 3]
        rest = sum(int(d) * w for d, w in zip(first10, w2, strict=True)) % 11
        if rest == 10:
            rest = 0
    return str(rest)


# ---------------------------------------------------------------- reading words back
def _word_table(lang: str) -> dict[str, tuple[str, int]]:
    table = WORDS[lang]
    words: dict[str, tuple[str, int]] = {table["units"][0]: ("Z", 0)}
    for value, word in enumerate(table["units"][1:], 1):
        words[word] = ("U", value)
    for value, word in enumerate(table["teens"]):
        words[word] = ("N", 10 + value)
    for value, word in enumerate(table["tens"][2:], 2):
        words[word] = ("X", 10 * value)
    extra = {
        "ru": {
            "две": ("U", 2),
            "одна": ("U", 1),
            "тысяча": ("T", 1000),
            "тысячи": ("TM", 0),
            "тысяч": ("TM", 0),
        },
        "uk": {
            "дві": ("U", 2),
            "одна": ("U", 1),
            "тисяча": ("T", 1000),
            "тисячі": ("TM", 0),
            "тисяч": ("TM", 0),
        },
        "en": {
            "oh": ("Z", 0),
            "hundred": ("HM", 0),
            "thousand": ("TM", 0),
            "double": ("D", 2),
            "triple": ("D", 3),
        },
        "lt": {
            "šimtas": ("H", 100),
            "šimtai": ("HM", 0),
            "tūkstantis": ("T", 1000),
            "tūkstančiai": ("TM", 0),
        },
    }[lang]
    words.update(extra)
    if lang in ("ru", "uk"):
        for value, word in enumerate(table["hundreds"][1:], 1):
            words[word] = ("H", 100 * value)
    return words


def spoken_digits(text: str, lang: str, skip: set[str]) -> str | None:
    """Digits a listener writes down for spoken words; None if a word is not a number word."""
    table = _word_table(lang)
    out: list[str] = []
    current: list = []  # [value, last class]
    repeat = 1

    def flush() -> None:
        if current:
            out.append(str(current[0]))
            current.clear()

    for word in text.split():
        if word in skip:
            continue
        if word not in table:
            return None
        kind, value = table[word]
        last = current[1] if current else None
        if kind == "D":
            repeat = value
            continue
        if kind == "Z":
            flush()
            out.append("0" * repeat)
        elif kind == "U" and repeat > 1:
            flush()
            out.append(str(value) * repeat)
        elif kind == "U" and last in ("T", "H", "X"):
            current[0] += value
            current[1] = "U"
        elif kind in ("N", "X") and last in ("T", "H"):
            current[0] += value
            current[1] = kind
        elif kind == "H" and last == "T":
            current[0] += value
            current[1] = "H"
        elif kind == "HM" and last == "U":
            current[0] *= 100
            current[1] = "H"
        elif kind == "TM" and last == "U":
            current[0] *= 1000
            current[1] = "T"
        elif kind in ("HM", "TM"):
            return None
        else:
            flush()
            current[:] = [value, kind]
        repeat = 1
    flush()
    return "".join(out)
