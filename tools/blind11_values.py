# ruff: noqa: E501 -- transcript lines and value tables read better unwrapped
"""Per-language values (entities and decoys) for the blind11 set, each in a written and an ASR form."""

from __future__ import annotations

import random

from blind11_ids import (
    make_asmens_kodas,
    make_card,
    make_iban,
    make_inn,
    make_rnokpp,
    make_snils,
    spell_digits,
)

LETTERS = {
    "ru": {"М": "эм", "К": "ка", "Е": "е", "В": "вэ"},
    "uk": {"М": "ем", "К": "ка", "Е": "е", "В": "ве", "А": "а", "Н": "ен"},
}
PLUS = {"ru": "плюс", "uk": "плюс", "en": "plus", "lt": "plius"}
DOT = {"ru": "точка", "uk": "крапка", "en": "dot", "lt": "taškas"}
AT = {"ru": "собака", "uk": "равлик", "en": "at", "lt": "eta"}

NAMES = {  # (nominative, accusative/genitive used by templates, first name, surname, email stem)
    "ru": [
        (
            "Игорь Валентинович Жуков",
            "Игоря Валентиновича Жукова",
            "Игорь Валентинович",
            "Жуков",
            "zhukov.igor",
        ),
        (
            "Тимур Рашидович Галиев",
            "Тимура Рашидовича Галиева",
            "Тимур Рашидович",
            "Галиев",
            "t.galiev",
        ),
        (
            "Степан Ильич Воронцов",
            "Степана Ильича Воронцова",
            "Степан Ильич",
            "Воронцов",
            "vorontsov.s",
        ),
        (
            "Вероника Павловна Зуева",
            "Веронику Павловну Зуеву",
            "Вероника Павловна",
            "Зуева",
            "nika.zueva",
        ),
        (
            "Лилия Маратовна Сафина",
            "Лилию Маратовну Сафину",
            "Лилия Маратовна",
            "Сафина",
            "liliya.safina",
        ),
        (
            "Ксения Игоревна Белоусова",
            "Ксению Игоревну Белоусову",
            "Ксения Игоревна",
            "Белоусова",
            "kbelousova",
        ),
        (
            "Дарья Сергеевна Ломова-Кирш",
            "Дарью Сергеевну Ломову-Кирш",
            "Дарья Сергеевна",
            "Ломова-Кирш",
            "lomova.d",
        ),
        (
            "Глеб Андреевич Тихонов",
            "Глеба Андреевича Тихонова",
            "Глеб Андреевич",
            "Тихонов",
            "gleb.tikhonov",
        ),
    ],
    "uk": [
        (
            "Богдан Остапович Ковальчук",
            "Богдана Остаповича Ковальчука",
            "Богдан Остапович",
            "Ковальчук",
            "b.kovalchuk",
        ),
        (
            "Ярослав Миколайович Гнатюк",
            "Ярослава Миколайовича Гнатюка",
            "Ярослав Миколайович",
            "Гнатюк",
            "hnatiuk.ya",
        ),
        (
            "Тарас Іванович Бойко",
            "Тараса Івановича Бойка",
            "Тарас Іванович",
            "Бойко",
            "taras.boiko",
        ),
        (
            "Оксана Петрівна Дмитренко",
            "Оксану Петрівну Дмитренко",
            "Оксана Петрівна",
            "Дмитренко",
            "oksana.dm",
        ),
        (
            "Соломія Андріївна Левчук",
            "Соломію Андріївну Левчук",
            "Соломія Андріївна",
            "Левчук",
            "solomiia.l",
        ),
        (
            "Мирослава Василівна Ткачук",
            "Мирославу Василівну Ткачук",
            "Мирослава Василівна",
            "Ткачук",
            "myroslava.t",
        ),
    ],
    "en": [
        ("Harriet Colquhoun", "Harriet Colquhoun", "Harriet", "Colquhoun", "h.colquhoun"),
        ("Declan O'Rourke", "Declan O'Rourke", "Declan", "O'Rourke", "declan.orourke"),
        ("Priya Raghunathan", "Priya Raghunathan", "Priya", "Raghunathan", "priya.r"),
        (
            "Marcus Fairweather-Lyle",
            "Marcus Fairweather-Lyle",
            "Marcus",
            "Fairweather-Lyle",
            "mfairweather",
        ),
        ("Siobhan Mulcahy", "Siobhan Mulcahy", "Siobhan", "Mulcahy", "siobhan.mulcahy"),
        ("Tobias Wren", "Tobias Wren", "Tobias", "Wren", "toby.wren"),
    ],
    "lt": [
        ("Rimantas Žukauskas", "Rimanto Žukausko", "Rimantas", "Žukauskas", "rimantas.z"),
        ("Gintarė Vaitkutė", "Gintarės Vaitkutės", "Gintarė", "Vaitkutė", "gintare.v"),
        ("Mindaugas Petrauskas", "Mindaugo Petrausko", "Mindaugas", "Petrauskas", "m.petrauskas"),
        ("Aušra Kazlauskienė", "Aušros Kazlauskienės", "Aušra", "Kazlauskienė", "ausra.kaz"),
        ("Tomas Jankauskas", "Tomo Jankausko", "Tomas", "Jankauskas", "tomas.jank"),
        ("Eglė Stankevičienė", "Eglės Stankevičienės", "Eglė", "Stankevičienė", "egle.stank"),
    ],
}
NAMES["ru"] += [
    ("Анна-Мария Левандовская", "Анну-Марию Левандовскую", "Анна-Мария", "Левандовская", "a.levandovskaya"),
    ("Рустам Ильдарович Хабибуллин", "Рустама Ильдаровича Хабибуллина", "Рустам Ильдарович", "Хабибуллин", "rustam.kh"),
]
NAMES["uk"].append(("Остап Романович Федорів", "Остапа Романовича Федоріва", "Остап Романович", "Федорів", "ostap.fedoriv"))
NAMES["en"].append(("Nkechi Adeyemi-Clarke", "Nkechi Adeyemi-Clarke", "Nkechi", "Adeyemi-Clarke", "nkechi.ac"))
NAMES["lt"].append(("Žygimantas Bružas", "Žygimanto Bružo", "Žygimantas", "Bružas", "zygis.bruzas"))
ADDRESSES = {
    "ru": [
        ("ул. Садовая, д. 14, кв. 52", "улица садовая дом четырнадцать квартира пятьдесят два"),
        ("проспект Мира, 118, кв. 7", "проспект мира сто восемнадцать квартира семь"),
        ("Лесной переулок, дом 3", "лесной переулок дом три"),
        ("ул. Кирова, 41/2, кв. 305", "улица кирова сорок один дробь два квартира триста пять"),
    ],
    "uk": [
        ("вул. Шевченка, 27, кв. 9", "вулиця шевченка двадцять сім квартира дев'ять"),
        (
            "просп. Перемоги, 64, кв. 112",
            "проспект перемоги шістдесят чотири квартира сто дванадцять",
        ),
        ("вул. Липова, буд. 5", "вулиця липова будинок п'ять"),
    ],
    "en": [
        ("14 Larkfield Road, Flat 3", "fourteen larkfield road flat three"),
        ("221 Harbour Street", "two twenty-one harbour street"),
        ("7 Mill Lane", "seven mill lane"),
    ],
    "lt": [
        ("Vilniaus g. 31-4", "vilniaus gatvė trisdešimt vienas butas keturi"),
        ("Žalgirio g. 112, butas 18", "žalgirio gatvė šimtas dvylika butas aštuoniolika"),
        ("Liepų g. 6", "liepų gatvė šeši"),
    ],
}
DOBS = {
    "ru": [
        ("14.03.1987", "четырнадцатого марта восемьдесят седьмого"),
        ("2 ноября 1961", "второго ноября тысяча девятьсот шестьдесят первого"),
        ("29.07.1994", "двадцать девятого июля девяносто четвёртого"),
    ],
    "uk": [
        ("14.03.1987", "чотирнадцятого березня вісімдесят сьомого"),
        ("2 листопада 1961", "другого листопада тисяча дев'ятсот шістдесят першого"),
    ],
    "en": [
        ("14 March 1987", "fourteenth of march nineteen eighty-seven"),
        ("02/11/1961", "second of november nineteen sixty-one"),
    ],
    "lt": [
        ("1987-03-14", "tūkstantis devyni šimtai aštuoniasdešimt septintųjų kovo keturioliktą"),
        ("1961 m. lapkričio 2", "šešiasdešimt pirmųjų lapkričio antrą"),
    ],
}
DECOYS = {  # kind -> list of (written, asr)
    "ru": {
        "amount": [
            ("1 250 рублей", "тысяча двести пятьдесят рублей"),
            ("480 ₽", "четыреста восемьдесят рублей"),
            ("3 тысячи", "три тысячи"),
        ],
        "time": [("14:30", "четырнадцать тридцать"), ("10:15", "десять пятнадцать")],
        "date": [("5 декабря", "пятого декабря"), ("12 января", "двенадцатого января")],
        "hotline": [
            ("8 800 555-12-40", "восемь восемьсот пятьсот пятьдесят пять двенадцать сорок")
        ],
    },
    "uk": {
        "amount": [
            ("1 250 гривень", "тисяча двісті п'ятдесят гривень"),
            ("480 грн", "чотириста вісімдесят гривень"),
        ],
        "time": [("14:30", "чотирнадцятої тридцять"), ("9:00", "дев'ятої ранку")],
        "date": [("5 грудня", "п'ятого грудня"), ("12 січня", "дванадцятого січня")],
        "hotline": [("0 800 500 335", "нуль вісімсот п'ятсот триста тридцять п'ять")],
    },
    "en": {
        "amount": [
            ("£125.40", "a hundred and twenty-five pounds forty"),
            ("$480", "four hundred eighty dollars"),
        ],
        "time": [("2:30 pm", "half two"), ("9 am", "nine in the morning")],
        "date": [("5 December", "the fifth of december"), ("the 12th", "the twelfth")],
        "hotline": [("0800 731 4400", "oh eight hundred seven three one four four double oh")],
    },
    "lt": {
        "amount": [
            ("125 Eur", "šimtas dvidešimt penki eurai"),
            ("48,50 €", "keturiasdešimt aštuoni eurai penkiasdešimt centų"),
        ],
        "time": [("14:30", "keturiolika trisdešimt"), ("10:15", "dešimt penkiolika")],
        "date": [("gruodžio 5 d.", "gruodžio penktą"), ("sausio 12 d.", "sausio dvyliktą")],
        "hotline": [("1850", "vienas aštuoni penki nulis")],
    },
}
DECOYS["ru"]["seat"] = [("ряд 12, места 7 и 8", "ряд двенадцать места семь и восемь")]
DECOYS["uk"]["seat"] = [("ряд 12, місця 7 і 8", "ряд дванадцять місця сім і вісім")]
DECOYS["en"]["seat"] = [("row 12, seats 7 and 8", "row twelve seats seven and eight")]
DECOYS["lt"]["seat"] = [("12 eilė, 7 ir 8 vietos", "dvylikta eilė septinta ir aštunta vietos")]
AGENTS = {
    "ru": ["Марина", "Алёна", "Полина"],
    "uk": ["Ірина", "Ганна", "Вікторія"],
    "en": ["Megan", "Callum", "Aisha"],
    "lt": ["Rūta", "Aistė", "Indrė"],
}
FILLERS = {
    "ru": ["э-э", "ну", "м-м", "так"],
    "uk": ["е-е", "ну", "м-м", "так"],
    "en": ["uh", "um", "er", "like"],
    "lt": ["ee", "nu", "mm", "tai"],
}
COUNTRY = {"ru": ("7", "9"), "uk": ("380", "6"), "en": ("44", "7"), "lt": ("370", "6")}


def _group(digits: str, sizes: list[int], sep: str = " ") -> str:
    out, i = [], 0
    for size in sizes:
        out.append(digits[i : i + size])
        i += size
    if i < len(digits):
        out.append(digits[i:])
    return sep.join(part for part in out if part)


class Values:
    """Draws the values one exchange needs, keeping written and ASR forms side by side."""

    def __init__(self, lang: str, rng: random.Random) -> None:
        self.lang, self.rng = lang, rng
        self.card = make_card(rng, rng.choice([16, 16, 16, 16, 13, 18, 19]))
        self.person = rng.choice(NAMES[lang])
        self.third = rng.choice([n for n in NAMES[lang] if n != self.person])
        self.agent = rng.choice(AGENTS[lang])
        self.habit = rng.choice(["single", "pairs", "triples", "mixed"])
        cc, lead = COUNTRY[lang]
        self.phone_local = lead + "".join(
            rng.choice("0123456789") for _ in range(9 if lang != "lt" else 7)
        )
        self.phone_cc = cc

    def digits(self, digits: str, habit: str | None = None) -> str:
        return spell_digits(digits, self.lang, self.rng, habit or self.habit)

    def card_groups(self) -> list[str]:
        c = self.card
        return [c[i : i + 4] for i in range(0, len(c), 4)]

    def card_written(self) -> str:
        return self.rng.choice(
            [" ".join(self.card_groups()), self.card, "-".join(self.card_groups())]
        )

    def phone(self) -> tuple[str, str]:
        local, cc = self.phone_local, self.phone_cc
        if self.lang == "ru":
            written = self.rng.choice(
                [
                    f"+7 {local[:3]} {local[3:6]}-{local[6:8]}-{local[8:]}",
                    f"8{local}",
                    f"8 ({local[:3]}) {local[3:]}",
                ]
            )
        else:
            written = self.rng.choice(
                [
                    f"+{cc} {_group(local, [3, 3, 3])}",
                    f"+{cc}{local}",
                    f"0{_group(local, [2, 3, 4])}" if self.lang != "lt" else f"8 {local}",
                ]
            )
        spoken = (
            f"{PLUS[self.lang]} {self.digits(cc, 'single')} " if self.rng.random() < 0.6 else ""
        )
        return written, spoken + self.digits(local)

    def email(self) -> tuple[str, str]:
        stem = self.person[4]
        domain = self.rng.choice(
            [
                "gmail.com",
                "mail.ru"
                if self.lang == "ru"
                else "ukr.net"
                if self.lang == "uk"
                else "yahoo.co.uk"
                if self.lang == "en"
                else "inbox.lt",
            ]
        )
        spoken = (f"{stem} {AT[self.lang]} {domain}").replace(".", f" {DOT[self.lang]} ")
        spoken = spoken.replace("_", " ").replace("'", "")
        return f"{stem}@{domain}", " ".join(spoken.split())

    def passport(self) -> tuple[str, str]:
        rng = self.rng
        if self.lang == "ru":
            series, number = (
                f"{rng.randint(1, 99):02d}{rng.randint(0, 25):02d}",
                f"{rng.randint(0, 999999):06d}",
            )
            return f"{series} {number}", f"{self.digits(series, 'pairs')} {self.digits(number)}"
        if self.lang == "uk" and rng.random() < 0.5:
            letters, number = rng.choice(["МК", "ВЕ", "КА", "НА"]), f"{rng.randint(0, 999999):06d}"
            return f"{letters} {number}", " ".join(
                LETTERS["uk"][c] for c in letters
            ) + " " + self.digits(number)
        number = (
            f"{rng.randint(0, 99999999):08d}"
            if self.lang == "lt"
            else f"{rng.randint(0, 999999999):09d}"
        )
        return number, self.digits(number)

    def national_id(self) -> tuple[str, str, str]:
        rng, lang = self.rng, self.lang
        if lang == "ru" and rng.random() < 0.5:
            inn = make_inn(rng)
            return inn, self.digits(inn), "inn"
        if lang == "ru":
            snils = make_snils(rng)
            return (
                f"{snils[:3]}-{snils[3:6]}-{snils[6:9]} {snils[9:]}",
                self.digits(snils, "triples"),
                "snils",
            )
        if lang == "uk":
            code = make_rnokpp(rng)
            return code, self.digits(code), "rnokpp"
        if lang == "lt":
            code = make_asmens_kodas(rng)
            return code, self.digits(code), "asmens_kodas"
        if rng.random() < 0.5:
            pre = rng.choice(["QQ", "AB", "JT", "NE"])
            six, suf = f"{rng.randint(0, 999999):06d}", rng.choice("ABCD")
            return (
                f"{pre} {six[:2]} {six[2:4]} {six[4:]} {suf}",
                f"{pre[0].lower()} {pre[1].lower()} {self.digits(six)} {suf.lower()}",
                "uk_ni",
            )
        ssn = f"{rng.randint(100, 665)}{rng.randint(1, 99):02d}{rng.randint(1, 9999):04d}"
        return f"{ssn[:3]}-{ssn[3:5]}-{ssn[5:]}", self.digits(ssn), "us_ssn"

    def account(self) -> tuple[str, str, str]:
        rng, lang = self.rng, self.lang
        kind = rng.choice(
            ["iban", "contract", "policy", "iban"]
            if lang != "ru"
            else ["bank", "contract", "policy", "lic"]
        )
        if kind == "iban":
            iban = make_iban(rng, {"uk": "UA", "en": "GB", "lt": "LT"}[lang])
            written = " ".join(iban[i : i + 4] for i in range(0, len(iban), 4))
            letters = " ".join(c.lower() for c in iban[:2])
            rest = iban[4:]
            if lang == "en":
                letters += (
                    " " + self.digits(iban[2:4]) + " " + " ".join(c.lower() for c in rest[:4])
                )
                rest = rest[4:]
            else:
                letters += " " + self.digits(iban[2:4])
            return written, f"{letters} {self.digits(rest)}", kind
        length = {"bank": 20, "contract": 8, "policy": 10, "lic": 10}[kind]
        digits = "".join(rng.choice("0123456789") for _ in range(length))
        if kind == "bank":
            digits = "40817810" + digits[8:]
        return digits, self.digits(digits), kind

    def cvv(self) -> tuple[str, str]:
        code = f"{self.rng.randint(0, 999):03d}"
        return code, self.digits(code, self.rng.choice(["single", "triples"]))

    def expiry(self) -> tuple[str, str]:
        month, year = f"{self.rng.randint(1, 12):02d}", f"{self.rng.randint(26, 32)}"
        return f"{month}/{year}", f"{self.digits(month, 'pairs')} {self.digits(year, 'pairs')}"

    def pick(self, table: dict, kind: str) -> tuple[str, str]:
        return self.rng.choice(table[self.lang] if kind == "" else table[self.lang][kind])

    def ref_number(self) -> tuple[str, str]:
        digits = "".join(self.rng.choice("0123456789") for _ in range(self.rng.choice([6, 7, 9])))
        return digits, self.digits(digits)

    def last4(self) -> tuple[str, str]:
        return self.card[-4:], self.digits(self.card[-4:])

    def filler(self) -> str:
        return self.rng.choice(FILLERS[self.lang])
