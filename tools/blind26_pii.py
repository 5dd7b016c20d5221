"""PII values for blind26 (names, cards, ids, contacts) rendered as labelled pieces.

Each value is made valid first (Luhn, INN, SNILS, RNOKPP, asmens kodas, IBAN) and then said in
the call's style; asr renderings are read back by the checker's own parser.
"""

from __future__ import annotations

import blind26_lang as L
from blind26_build import Ent
from blind26_lang import _w

NAMES = {
    "ru": {
        "m": _w("Дмитрий Сергей Алексей Павел Игорь Николай Роман Тимур Глеб Арсений"),
        "f": _w("Ольга Марина Светлана Наталья Ксения Вероника Людмила Алёна Дарья Зоя"),
        "sur": [
            ("Воронцов", "Воронцова"),
            ("Кудрявцев", "Кудрявцева"),
            ("Белоусов", "Белоусова"),
            ("Лаптев", "Лаптева"),
            ("Шубин", "Шубина"),
            ("Ермолаев", "Ермолаева"),
            ("Гончаров", "Гончарова"),
            ("Зуев", "Зуева"),
            ("Мельников", "Мельникова"),
            ("Данилюк", "Данилюк"),
            ("Тарасов", "Тарасова"),
            ("Рыжов", "Рыжова"),
        ],
        "pat": [
            ("Викторович", "Викторовна"),
            ("Олегович", "Олеговна"),
            ("Геннадьевич", "Геннадьевна"),
            ("Борисович", "Борисовна"),
            ("Степанович", "Степановна"),
            ("Ильич", "Ильинична"),
        ],
    },
    "uk": {
        "m": _w("Тарас Остап Богдан Ярослав Максим Назар Олексій Василь Андрій Юрій"),
        "f": _w("Оксана Галина Ірина Мар'яна Соломія Наталія Христина Леся Тетяна Уляна"),
        "sur": [
            (s, s)
            for s in _w(
                "Коваленко Бондаренко Шевчук Мельничук Савчук Гнатюк Кравчук "
                "Литвиненко Ткачук Дорошенко Онищенко Федорук"
            )
        ],
        "pat": [
            ("Петрович", "Петрівна"),
            ("Іванович", "Іванівна"),
            ("Миколайович", "Миколаївна"),
            ("Степанович", "Степанівна"),
        ],
    },
    "en": {
        "m": _w("Oliver Callum Declan Marcus Rhys Tobias Gareth Nathan Ewan Samuel"),
        "f": _w("Harriet Priya Imogen Fiona Abigail Niamh Rosalind Chloe Tamsin Grace"),
        "sur": [
            (s, s)
            for s in _w(
                "Pemberton Okafor Whitlock McAllister Beddoes Bellamy Chaudhry "
                "Fairweather Lindqvist Ashdown Greenhalgh Mortimer"
            )
        ],
        "pat": [("", "")],
    },
    "lt": {
        "m": _w("Mindaugas Tomas Darius Gediminas Arūnas Žilvinas Paulius Rokas Vytautas Karolis"),
        "f": _w("Rūta Eglė Ieva Jurgita Aušra Giedrė Vaida Laura Dalia Indrė"),
        "sur": [
            ("Kazlauskas", "Kazlauskienė"),
            ("Jankauskas", "Jankauskienė"),
            ("Petrauskas", "Petrauskienė"),
            ("Stankevičius", "Stankevičienė"),
            ("Žukauskas", "Žukauskienė"),
            ("Butkus", "Butkienė"),
            ("Urbonas", "Urbonienė"),
            ("Paulauskas", "Paulauskienė"),
            ("Vasiliauskas", "Vasiliauskienė"),
            ("Navickas", "Navickienė"),
        ],
        "pat": [("", "")],
    },
}
TRANSLIT = dict(
    zip(
        "абвгдеёжзийклмнопрстуфхцчшщъыьэюяіїєґ'",
        [
            *_w("a b v g d e e zh z i y k l m n o p r s t u f kh ts ch sh shch"),
            "",
            "y",
            "",
            *_w("e yu ya i yi ye g"),
            "",
        ],
        strict=True,
    )
)
LT_ASCII = dict(zip("ąčęėįšųūž", "aceeisuuz", strict=True))
DOMAINS = {
    "ru": ["mail", "ru", "yandex", "ru", "bk", "ru"],
    "uk": ["ukr", "net", "i", "ua"],
    "en": ["gmail", "com", "outlook", "com"],
    "lt": ["gmail", "com", "inbox", "lt"],
}
EMAIL_WORDS = {
    "ru": ("собака", "точка"),
    "uk": ("равлик", "крапка"),
    "en": ("at", "dot"),
    "lt": ("eta", "taškas"),
}
STREETS = {
    "ru": [
        ("ул.", "улица", "Лесная"),
        ("ул.", "улица", "Заводская"),
        ("пр.", "проспект", "Мира"),
        ("ул.", "улица", "Строителей"),
        ("ул.", "улица", "Полевая"),
        ("ул.", "улица", "Школьная"),
        ("пер.", "переулок", "Садовый"),
    ],
    "uk": [
        ("вул.", "вулиця", "Зелена"),
        ("вул.", "вулиця", "Садова"),
        ("вул.", "вулиця", "Липова"),
        ("просп.", "проспект", "Перемоги"),
        ("вул.", "вулиця", "Соборна"),
        ("вул.", "вулиця", "Квіткова"),
    ],
    "en": [
        ("", "", "Alder Close"),
        ("", "", "Mill Lane"),
        ("", "", "Hawthorn Road"),
        ("", "", "Quarry Street"),
        ("", "", "Bramble Way"),
        ("", "", "Orchard Crescent"),
    ],
    "lt": [
        ("g.", "gatvė", "Ąžuolų"),
        ("g.", "gatvė", "Liepų"),
        ("g.", "gatvė", "Beržų"),
        ("g.", "gatvė", "Pušų"),
        ("g.", "gatvė", "Klevų"),
        ("g.", "gatvė", "Sodų"),
    ],
}


class Pii:
    """Makes PII values for one call; keys are unique within the call."""

    def __init__(self, lang: str, style: str, rng) -> None:
        self.lang, self.style, self.rng = lang, style, rng
        self.count = 0

    def key(self, kind: str) -> str:
        self.count += 1
        return f"{kind}{self.count}"

    @property
    def asr(self) -> bool:
        return self.style == "asr"

    def _t(self, text: str) -> str:
        return text.lower() if self.asr else text

    # ---- people ----
    def person(self, sex: str | None = None) -> dict:
        names = NAMES[self.lang]
        sex = sex or self.rng.choice("mf")
        first = self.rng.choice(names[sex])
        sur = self.rng.choice(names["sur"])[0 if sex == "m" else 1]
        pat = self.rng.choice(names["pat"])[0 if sex == "m" else 1]
        return {"sex": sex, "first": first, "sur": sur, "pat": pat}

    def name_ent(self, who: dict, form: str, key: str | None = None) -> Ent:
        """form: full (first [pat] sur), short (first sur), sur_first, first_pat, first, sur."""
        parts = {
            "full": [who["first"], who["pat"], who["sur"]],
            "short": [who["first"], who["sur"]],
            "sur_first": [who["sur"], who["first"]],
            "first_pat": [who["first"], who["pat"]],
            "first": [who["first"]],
            "sur": [who["sur"]],
        }[form]
        return Ent("PERSON", key or self.key("p"), self._t(" ".join(p for p in parts if p)))

    # ---- numbers said ----
    def _say(self, digits: str, mode: str | None = None) -> str:
        """Say digits; keep only renderings the independent parser reads back exactly."""
        for _ in range(6):
            text = L.say_digits(self.lang, digits, self.rng, mode)
            try:
                if L.words_to_digits(self.lang, text) == digits:
                    return text
            except ValueError:  # a rendering the parser cannot split unambiguously
                pass
            mode = None
        return L.say_digits(self.lang, digits, self.rng, "digits")

    def _digits_ent(self, kind: str, key: str, written: str, sub: str = "") -> Ent:
        digits = "".join(ch for ch in written if ch.isalnum()).upper()
        if self.asr:
            return Ent(kind, key, self.say_groups(written.replace("-", " ").split()), digits, sub)
        return Ent(kind, key, written, digits, sub)

    def say_groups(self, groups: list[str]) -> str:
        """Say groups one after another; the whole piece must read back, not just each group
        (a group ending in a tens word and one starting with a digit would merge)."""
        target = "".join(groups).upper()
        for attempt in range(8):
            spoken = [
                (self._say(g) if attempt < 7 else self._say(g, "digits"))
                if g.isdigit()
                else " ".join(g.lower())
                for g in groups
            ]
            text = " ".join(spoken)
            try:
                if L.words_to_digits(self.lang, text) == target:
                    return text
            except ValueError:
                pass
        raise AssertionError(f"no readable rendering of {groups}")

    # ---- cards ----
    def card_number(self) -> str:
        rng = self.rng
        kind = rng.choice(
            ["visa", "visa", "mc", "mc", "amex", "mir" if self.lang == "ru" else "maestro"]
        )
        prefix, length = {
            "visa": ("4" + rng.choice(["276", "149", "817", "556"]), 16),
            "mc": (rng.choice(["51", "53", "55"]) + "4", 16),
            "amex": (rng.choice(["34", "37"]), 15),
            "mir": ("220" + rng.choice("0124"), 16),
            "maestro": ("6762", rng.choice([16, 19])),
        }[kind]
        body = prefix + "".join(rng.choice("0123456789") for _ in range(length - 1 - len(prefix)))
        return L.luhn_complete(body)

    def card_groups(self, card: str) -> list[str]:
        sizes = {15: [4, 6, 5], 16: [4, 4, 4, 4], 19: [4, 4, 4, 4, 3]}[len(card)]
        groups, pos = [], 0
        for size in sizes:
            groups.append(card[pos : pos + size])
            pos += size
        return groups

    def card_piece(self, groups: list[str], key: str, joiner: str = " ") -> Ent:
        """joiner: written cards come spaced (" "), dashed ("-") or solid ("")."""
        digits = "".join(groups)
        text = self.say_groups(groups) if self.asr else joiner.join(groups)
        return Ent("CARD", key, text, digits)

    def expiry(self) -> Ent:
        month, year = self.rng.randint(1, 12), self.rng.randint(27, 31)
        if self.asr:
            text = f"{self._say(f'{month:02d}', 'pairs')} {L.cardinal(self.lang, year)}"
        else:
            text = f"{month:02d}/{year}"
        return Ent("EXPIRY", self.key("x"), text)

    def cvv(self, amex: bool = False) -> Ent:
        value = "".join(self.rng.choice("0123456789") for _ in range(4 if amex else 3))
        text = self._say(value, self.rng.choice(["digits", "triples"])) if self.asr else value
        return Ent("CVV", self.key("v"), text)

    # ---- contacts ----
    def phone(self) -> Ent:
        rng = self.rng
        written = {
            "ru": lambda: (
                f"8 9{rng.randint(10, 99)} {rng.randint(200, 999)}-"
                f"{rng.randint(10, 99)}-{rng.randint(0, 99):02d}"
            ),
            "uk": lambda: (
                f"0{rng.choice(['67', '50', '93', '97'])} {rng.randint(200, 999)}"
                f" {rng.randint(10, 99)} {rng.randint(10, 99)}"
            ),
            "en": lambda: f"07{rng.randint(100, 999)} {rng.randint(100000, 999999)}",
            "lt": lambda: f"8 6{rng.randint(10, 99)} {rng.randint(10000, 99999)}",
        }[self.lang]()
        return self._digits_ent("PHONE", self.key("ph"), written)

    def email(self, who: dict) -> Ent:
        first = self._latin(who["first"])
        sur = self._latin(who["sur"])
        user = self.rng.choice([[first, sur], [first[0] + sur], [sur, first[:3]]])
        domain = self.rng.choice(
            [DOMAINS[self.lang][i : i + 2] for i in range(0, len(DOMAINS[self.lang]), 2)]
        )
        if self.asr:
            at, dot = EMAIL_WORDS[self.lang]
            text = f" {dot} ".join(user) + f" {at} " + f" {dot} ".join(domain)
        else:
            text = ".".join(user) + "@" + ".".join(domain)
        return Ent("EMAIL", self.key("e"), text)

    @staticmethod
    def _latin(name: str) -> str:
        low = name.lower()
        return "".join(TRANSLIT.get(ch, LT_ASCII.get(ch, ch)) for ch in low)

    def address(self) -> Ent:
        rng = self.rng
        short, long, name = rng.choice(STREETS[self.lang])
        house, flat = rng.randint(2, 140), rng.randint(1, 180)
        has_flat = rng.random() < 0.7
        if self.lang == "en":
            written = f"{house} {name}" if not has_flat else f"Flat {flat % 30 + 1}, {house} {name}"
            spoken = (
                f"flat {L.cardinal('en', flat % 30 + 1)} " if has_flat else ""
            ) + f"{L.cardinal('en', house)} {name.lower()}"
        elif self.lang == "lt":
            written = f"{name} {short} {house}" + (f"-{flat}" if has_flat else "")
            spoken = f"{name.lower()} {long} {L.cardinal('lt', house)}" + (
                f" butas {L.cardinal('lt', flat)}" if has_flat else ""
            )
        else:
            dom = {"ru": "д.", "uk": "буд."}[self.lang]
            kv = {"ru": ("кв.", "квартира"), "uk": ("кв.", "квартира")}[self.lang]
            first = f"{short} {name}" if short != "пер." else f"{name} {short}"
            written = f"{first}, {dom} {house}" + (f", {kv[0]} {flat}" if has_flat else "")
            head = f"{long} {name.lower()}" if short != "пер." else f"{name.lower()} {long}"
            spoken = (
                f"{head} {'дом' if self.lang == 'ru' else 'будинок'} "
                f"{L.cardinal(self.lang, house)}"
                + (f" {kv[1]} {L.cardinal(self.lang, flat)}" if has_flat else "")
            )
        return Ent("ADDRESS", self.key("a"), spoken if self.asr else written)

    def dob(self) -> Ent:
        rng = self.rng
        year, month, day = rng.randint(1948, 2004), rng.randint(1, 12), rng.randint(1, 28)
        lang = self.lang
        if not self.asr:
            text = {
                "ru": f"{day:02d}.{month:02d}.{year}",
                "uk": f"{day:02d}.{month:02d}.{year}",
                "en": f"{day} {L.MONTHS['en'][month - 1]} {year}",
                "lt": f"{year}-{month:02d}-{day:02d}",
            }[lang]
        elif lang == "en":
            text = (
                f"{L.ordinal_day('en', day)} of {L.MONTHS['en'][month - 1].lower()} "
                f"{self._en_year(year)}"
            )
        elif lang == "lt":
            text = (
                f"{L.cardinal('lt', year)} {L.MONTHS['lt'][month - 1]} {L.ordinal_day('lt', day)}"
            )
        else:
            text = (
                f"{L.ordinal_day(lang, day)} {L.MONTHS[lang][month - 1]} "
                f"{year_genitive(lang, year)}"
            )
        return Ent("DOB", self.key("d"), text)

    @staticmethod
    def _en_year(year: int) -> str:
        if year >= 2000:
            return L.cardinal("en", year)
        rest = year % 100
        tail = L.cardinal("en", rest) if rest >= 10 else f"oh {L.cardinal('en', rest)}"
        return f"nineteen {tail}"


TENS_GEN = {
    "ru": _w(
        "- - двадцатого тридцатого сорокового пятидесятого шестидесятого семидесятого "
        "восьмидесятого девяностого"
    ),
    "uk": _w(
        "- - двадцятого тридцятого сорокового п'ятдесятого шістдесятого сімдесятого "
        "вісімдесятого дев'яностого"
    ),
}


def year_genitive(lang: str, year: int) -> str:
    """ru/uk year as said in a date: тысяча девятьсот пятьдесят седьмого."""
    head = {
        ("ru", 19): "тысяча девятьсот",
        ("ru", 20): "две тысячи",
        ("uk", 19): "тисяча дев'ятсот",
        ("uk", 20): "дві тисячі",
    }[(lang, year // 100)]
    rest = year % 100
    if year == 2000:
        return {"ru": "двухтысячного", "uk": "двохтисячного"}[lang]
    if 1 <= rest <= 20:
        tail = L.to_genitive(lang, L.ORD[lang][rest - 1])
    elif rest % 10 == 0:
        tail = TENS_GEN[lang][rest // 10]
    else:
        tail = (
            f"{L.cardinal(lang, rest - rest % 10)} "
            f"{L.to_genitive(lang, L.ORD[lang][rest % 10 - 1])}"
        )
    return f"{head} {tail}"
