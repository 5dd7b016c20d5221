"""Non-PII numbers for blind26 (amounts, dates, times, units, order numbers) in both styles.

Every `{slot}` a template names gets a fresh value here; a trailing digit ({money2}) just asks
for another value of the same kind.
"""

from __future__ import annotations

import blind26_lang as L
from blind26_pii import year_genitive

UNITS = {
    "ru": {
        "money": ("", ("рубль", "рубля", "рублей")),
        "days": ("", ("день", "дня", "дней")),
        "hours": ("", ("час", "часа", "часов")),
        "minutes": ("", ("минуту", "минуты", "минут")),
        "pct": ("%", ("процент", "процента", "процентов")),
        "speed": ("Мбит/с", ("мегабит", "мегабита", "мегабит")),
        "gb": ("ГБ", ("гигабайт", "гигабайта", "гигабайт")),
        "kwh": ("кВт·ч", ("киловатт-час", "киловатт-часа", "киловатт-часов")),
        "km": ("км", ("километр", "километра", "километров")),
        "cubic": ("м³", ("куб", "куба", "кубов")),
        "kg": ("кг", ("килограмм", "килограмма", "килограммов")),
        "months": ("", ("месяц", "месяца", "месяцев")),
    },
    "uk": {
        "money": ("", ("гривня", "гривні", "гривень")),
        "days": ("", ("день", "дні", "днів")),
        "hours": ("", ("годину", "години", "годин")),
        "minutes": ("", ("хвилину", "хвилини", "хвилин")),
        "pct": ("%", ("відсоток", "відсотки", "відсотків")),
        "speed": ("Мбіт/с", ("мегабіт", "мегабіти", "мегабіт")),
        "gb": ("ГБ", ("гігабайт", "гігабайти", "гігабайт")),
        "kwh": ("кВт·год", ("кіловат-година", "кіловат-години", "кіловат-годин")),
        "km": ("км", ("кілометр", "кілометри", "кілометрів")),
        "cubic": ("м³", ("куб", "куби", "кубів")),
        "kg": ("кг", ("кілограм", "кілограми", "кілограмів")),
        "months": ("", ("місяць", "місяці", "місяців")),
    },
    "en": {
        "money": ("", ("pound", "", "pounds")),
        "days": ("", ("day", "", "days")),
        "hours": ("", ("hour", "", "hours")),
        "minutes": ("", ("minute", "", "minutes")),
        "pct": ("%", ("percent", "", "percent")),
        "speed": ("Mbps", ("megabit", "", "megabits")),
        "gb": ("GB", ("gigabyte", "", "gigabytes")),
        "kwh": ("kWh", ("kilowatt hour", "", "kilowatt hours")),
        "km": ("", ("mile", "", "miles")),
        "cubic": ("m³", ("cubic metre", "", "cubic metres")),
        "kg": ("kg", ("kilo", "", "kilos")),
        "months": ("", ("month", "", "months")),
    },
    "lt": {
        "money": ("Eur", ("euras", "eurai", "eurų")),
        "days": ("", ("dieną", "dienas", "dienų")),
        "hours": ("", ("valandą", "valandas", "valandų")),
        "minutes": ("", ("minutę", "minutes", "minučių")),
        "pct": ("%", ("procentas", "procentai", "procentų")),
        "speed": ("Mb/s", ("megabitas", "megabitai", "megabitų")),
        "gb": ("GB", ("gigabaitas", "gigabaitai", "gigabaitų")),
        "kwh": ("kWh", ("kilovatvalandė", "kilovatvalandės", "kilovatvalandžių")),
        "km": ("km", ("kilometras", "kilometrai", "kilometrų")),
        "cubic": ("m³", ("kubas", "kubai", "kubų")),
        "kg": ("kg", ("kilogramas", "kilogramai", "kilogramų")),
        "months": ("", ("mėnesį", "mėnesius", "mėnesių")),
    },
}
RANGES = {
    "money": (90, 48000),
    "days": (3, 14),
    "hours": (3, 72),
    "minutes": (5, 45),
    "pct": (3, 40),
    "speed": (5, 1000),
    "gb": (5, 60),
    "kwh": (110, 960),
    "km": (3, 240),
    "cubic": (3, 40),
    "kg": (3, 32),
    "months": (2, 11),
}
MONEY = {"ru": (90, 9800), "uk": (40, 4800), "en": (6, 900), "lt": (5, 900)}
ROUND = {"minutes": [5, 10, 15, 20, 30, 40, 45], "hours": [2, 3, 4, 5, 6, 8, 12, 24, 48]}
FEM = {("uk", "money"), ("uk", "hours"), ("uk", "minutes"), ("uk", "kwh"), ("ru", "minutes")}


class SlotBag:
    """Gives templates their slot values; explicit values (names, entities) win."""

    def __init__(self, lang: str, style: str, rng, **fixed) -> None:
        self.lang, self.style, self.rng, self.fixed = lang, style, rng, fixed

    def __getitem__(self, name: str):
        if name in self.fixed:
            return self.fixed[name]
        kind = name.rstrip("0123456789")
        return getattr(self, f"_{kind}")() if hasattr(self, f"_{kind}") else self._unit(kind)

    @property
    def asr(self) -> bool:
        return self.style == "asr"

    def _words(self, n: int, fem: bool = False) -> str:
        return L.cardinal(self.lang, n, fem)

    def _unit(self, kind: str, n: int | None = None) -> str:
        lo, hi = MONEY[self.lang] if kind == "money" else RANGES[kind]
        if n is None and kind in ROUND:
            n = self.rng.choice(ROUND[kind])
        n = n if n is not None else self.rng.randint(lo, hi)
        if kind == "money" and n > 1000:
            n -= n % 10
        suffix, forms = UNITS[self.lang][kind]
        word = forms[L.plural_form(self.lang, n)]
        if self.asr:
            return f"{self._words(n, (self.lang, kind) in FEM)} {word}"
        if kind == "money" and self.lang == "en":
            return f"£{n}" + (
                f".{self.rng.choice(['50', '99', '20', '75'])}" if self.rng.random() < 0.4 else ""
            )
        number = f"{n:,}".replace(",", " ") if n >= 10000 else str(n)
        return f"{number}{suffix}" if suffix == "%" else f"{number} {suffix or word}"

    def _n(self) -> str:
        n = self.rng.randint(2, 19)
        return self._words(n) if self.asr else str(n)

    def _floor(self) -> str:
        return self._n()

    def _big(self) -> str:
        n = self.rng.randint(120, 9800)
        return self._words(n) if self.asr else str(n)

    def _order(self) -> str:
        digits = str(self.rng.randint(1, 9)) + "".join(
            self.rng.choice("0123456789") for _ in range(self.rng.randint(6, 8))
        )
        return L.say_digits(self.lang, digits, self.rng) if self.asr else digits

    def _ending(self) -> str:
        digits = "".join(self.rng.choice("0123456789") for _ in range(4))
        return L.say_digits(self.lang, digits, self.rng, "pairs") if self.asr else digits

    def _menu(self) -> str:
        n = self.rng.randint(1, 6)
        return self._words(n) if self.asr else str(n)

    def _time(self) -> str:
        hour, minute = self.rng.randint(8, 19), self.rng.choice([0, 15, 30, 45, 0, 30])
        if self.lang == "en":
            h12 = hour - 12 if hour > 12 else hour
            if not self.asr:
                return f"{h12}:{minute:02d} {'pm' if hour >= 12 else 'am'}"
            if minute == 0:
                return f"{self._words(h12)} o'clock"
            return f"{self._words(h12)} {self._words(minute)}"
        if not self.asr:
            return f"{hour}:{minute:02d}"
        zero = {"ru": "ноль ноль", "uk": "нуль нуль", "lt": "nulis nulis"}[self.lang]
        return f"{self._words(hour)} {self._words(minute) if minute else zero}"

    def _date(self, genitive: bool = False) -> str:
        day, month = self.rng.randint(1, 28), self.rng.randint(1, 12)
        lang = self.lang
        if not self.asr:
            return {
                "en": f"{day} {L.MONTHS['en'][month - 1]}",
                "lt": f"{L.MONTHS['lt'][month - 1]} {day} d.",
            }.get(lang, f"{day} {L.MONTHS[lang][month - 1]}")
        if lang == "en":
            return f"the {L.ordinal_day('en', day)} of {L.MONTHS['en'][month - 1].lower()}"
        if lang == "lt":
            return f"{L.MONTHS['lt'][month - 1]} {L.ordinal_day('lt', day)}"
        ordinal = L.ordinal_day(lang, day)
        ordinal = L.to_genitive(lang, ordinal) if genitive else ordinal
        return f"{ordinal} {L.MONTHS[lang][month - 1]}"

    def _dgen(self) -> str:
        return self._date(genitive=True)

    def _year(self) -> str:
        year = self.rng.randint(2012, 2024)
        if not self.asr:
            return str(year)
        if self.lang in ("ru", "uk"):
            return year_genitive(self.lang, year)
        if self.lang == "en":
            return f"twenty {self._words(year % 100)}"
        return self._words(year)

    def _model(self) -> str:
        name, letters, num = self.rng.choice(
            [
                ("Archer", "C", 6),
                ("Keenetic", "KN", 1010),
                ("Galaxy", "A", 54),
                ("Redmi", "", 13),
                ("Bosch", "WAN", 28),
                ("Zyxel", "VMG", 3625),
            ]
        )
        if self.asr:
            spelled = " ".join(letters.lower())
            return " ".join(p for p in (name.lower(), spelled, self._words(num)) if p)
        return f"{name} {letters}{num}"

    def _hotline(self) -> str:
        digits = {"ru": "88003014417", "uk": "0800503112", "en": "08009174402", "lt": "1878"}[
            self.lang
        ]
        if self.asr:
            return L.say_digits(self.lang, digits, self.rng, "digits")
        return {
            "ru": "8 800 301-44-17",
            "uk": "0 800 503 112",
            "en": "0800 917 4402",
            "lt": "1878",
        }[self.lang]
