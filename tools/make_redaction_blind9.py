"""Write benchmarks/data/redaction_blind9.jsonl: a blind labelled redaction set (issue 12).

    python tools/make_redaction_blind9.py [--out benchmarks/data/redaction_blind9.jsonl]

Written by a helper who never saw the detector, so the set measures it honestly. Seeded and
deterministic: each exchange is built from reusable dialogue steps (a card read in pieces, a
birth date corrected two turns later, a parking fine with only decoy numbers...) phrased
natively in ru/uk/en/lt, in written style or as ASR would print it (lower case, no
punctuation, numbers as words with fillers). Every exchange is validated before it is
written: span text round-trips, word pieces match the whitespace words the scorer uses,
no word is in two entities and every identifier's check digits hold.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import blind9_lang as L

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "benchmarks" / "data" / "redaction_blind9.jsonl"
SEED = 20261130
PER_LANG = {"ru": 200, "uk": 100, "en": 100, "lt": 100}
PUNCT_LEADING = tuple(",.?!:;)»…")


class Ent:
    """One spoken piece of an entity; pieces sharing a key form one labelled entity."""

    def __init__(self, key: int, kind: str, text: str, check: tuple[str, str] | None = None):
        self.key, self.kind, self.text, self.check = key, kind, text, check


class Ctx:
    """Everything one exchange needs: language, style, randomness and entity numbering."""

    def __init__(self, lang: str, style: str, rng: random.Random):
        self.lang, self.style, self.rng = lang, style, rng
        self.asr = style == "asr"
        self.next_key = 0
        self.tags: set[str] = set()
        self.agent = rng.choice(AGENTS[lang])
        self.female = rng.random() < 0.5

    def t(self, **by_lang):
        value = by_lang[self.lang]
        return self.rng.choice(value) if isinstance(value, list) else value

    def ent(
        self, kind: str, text: str, key: int | None = None, check: tuple[str, str] | None = None
    ) -> Ent:
        if key is None:
            key = self.new_key()
        self.tags.add(kind.lower())
        return Ent(key, kind, text, check)

    def new_key(self) -> int:
        self.next_key += 1
        return self.next_key

    def f(self, p: float = 0.4) -> str:
        """A filler as ASR prints hesitations; nothing in written style."""
        if not self.asr or self.rng.random() > p:
            return ""
        return self.rng.choice(FILLERS[self.lang])

    def n(self, value: int) -> str:
        return L.words(value, self.lang, self.rng) if self.asr else str(value)

    def digits(self, groups: list[str], sep: str = " ", habit: str | None = None) -> str:
        if not self.asr:
            return sep.join(groups)
        if self.lang == "en" and habit not in ("single", "pairs"):
            # English speakers read long numbers digit by digit or in pairs, not as hundreds
            habit = self.rng.choice(["single", "single", "pairs"])
        return L.speak_groups(groups, self.lang, self.rng, habit)

    def money(self, amount: int, accusative: bool = False) -> str:
        cur = {"ru": "рублей", "uk": "гривень", "lt": "eurų", "en": "pounds"}[self.lang]
        if self.asr:
            said = L.words(amount, self.lang, self.rng)
            if accusative and self.lang in ("ru", "uk"):
                said = re.sub(r"^(тысяча|тисяча)", lambda m: m.group(1)[:-1] + "у", said)
            return said + " " + cur
        if self.lang == "en":
            return f"£{amount:,}"
        text = f"{amount:,}".replace(",", " ")
        return f"{text} {cur}"

    def time(self, hour: int, minute: int) -> str:
        if not self.asr:
            return (
                f"{hour}:{minute:02d}"
                if self.lang != "en"
                else (f"{(hour - 1) % 12 + 1}:{minute:02d}{' am' if hour < 12 else ' pm'}")
            )
        if self.lang == "en":
            h = (hour - 1) % 12 + 1
            tail = (
                "o'clock"
                if minute == 0
                else (L.words(minute, "en") if minute >= 10 else "oh " + L.words(minute, "en"))
            )
            return f"{L.words(h, 'en')} {tail}".replace("o'clock", "o clock")
        if self.lang == "uk":
            hour_text = UK_HOUR_LOCATIVE[hour]
            mins = "" if minute == 0 else " " + L.words(minute, "uk")
            return hour_text + mins
        mins = (
            ""
            if minute == 0
            else " "
            + (
                L.words(minute, self.lang)
                if minute >= 10
                else L.zero_word(self.lang, self.rng) + " " + L.words(minute, self.lang)
            )
        )
        return L.words(hour, self.lang) + mins

    def at(self, hour: int, minute: int) -> str:
        """'о 16:30' / 'об одинадцятій' / 'в 16:30' / 'at 4:30 pm': a time with its preposition."""
        said = self.time(hour, minute)
        if self.lang == "uk":
            return ("об " if said.startswith("один") else "о ") + said
        return {"ru": "в ", "en": "at ", "lt": ""}[self.lang] + said

    def day(self, day: int, month: int) -> str:
        """A non-birth date (appointment, payment): never labelled."""
        month_name = L.MONTHS_GEN[self.lang][month]
        if self.lang == "lt":
            return (
                f"{month_name} {L.day_ordinal(day, 'lt')} dieną"
                if self.asr
                else f"{month_name} {day} d."
            )
        if self.lang == "en":
            return (
                f"the {L.day_ordinal(day, 'en')} of {month_name.lower()}"
                if self.asr
                else f"{day} {month_name}"
            )
        return (
            f"{L.day_ordinal(day, self.lang)} {month_name}" if self.asr else f"{day} {month_name}"
        )


UK_HOUR_LOCATIVE = dict(
    enumerate(
        [
            "_",
            "першій",
            "другій",
            "третій",
            "четвертій",
            "п'ятій",
            "шостій",
            "сьомій",
            "восьмій",
            "дев'ятій",
            "десятій",
            "одинадцятій",
            "дванадцятій",
            "тринадцятій",
            "чотирнадцятій",
            "п'ятнадцятій",
            "шістнадцятій",
            "сімнадцятій",
            "вісімнадцятій",
            "дев'ятнадцятій",
            "двадцятій",
        ]
    )
)
UK_HOUR_LOCATIVE.update({21: "двадцять першій", 22: "двадцять другій"})
# how a caller addresses the agent by name (Ukrainian and Lithuanian use the vocative)
AGENT_VOCATIVE = {
    "Оксана": "Оксано",
    "Богдан": "Богдане",
    "Ірина": "Ірино",
    "Тарас": "Тарасе",
    "Соломія": "Соломіє",
    "Андрій": "Андрію",
    "Христина": "Христино",
    "Mindaugas": "Mindaugai",
    "Eglė": "Egle",
    "Tomas": "Tomai",
    "Gintarė": "Gintare",
    "Lukas": "Lukai",
    "Dovilė": "Dovile",
}
MALE_AGENTS = {"Дмитрий", "Кирилл", "Тимур", "Богдан", "Тарас", "Андрій"}
# agent verbs written in the feminine, and their masculine forms for male agents
AGENT_MASCULINE = {
    "ru": {
        "Записала": "Записал",
        "записала": "записал",
        "Приняла": "Принял",
        "Исправила": "Исправил",
        "Поняла": "Понял",
    },
    "uk": {
        "Записала": "Записав",
        "записала": "записав",
        "Прийняла": "Прийняв",
        "Виправила": "Виправив",
        "Зрозуміла": "Зрозумів",
    },
}
AGENTS = {
    "ru": ["Анна", "Дмитрий", "Олеся", "Кирилл", "Марина", "Тимур", "Вероника"],
    "uk": ["Оксана", "Богдан", "Ірина", "Тарас", "Соломія", "Андрій", "Христина"],
    "en": ["Sophie", "Daniel", "Priya", "Liam", "Megan", "Tom", "Gareth"],
    "lt": ["Rasa", "Mindaugas", "Eglė", "Tomas", "Gintarė", "Lukas", "Dovilė"],
}
FILLERS = {
    "ru": ["э-э", "ну", "так", "м-м", "вот", "щас", "значит"],
    "uk": ["е-е", "ну", "так", "м-м", "от", "зараз", "значить"],
    "en": ["uh", "um", "erm", "so", "right", "okay"],
    "lt": ["ee", "nu", "taip", "mm", "žodžiu", "tuoj"],
}
ACKS = {
    "ru": ["ага", "да", "так", "угу", "записываю", "да дальше"],
    "uk": ["ага", "так", "угу", "записую", "так далі", "далі"],
    "en": ["yep", "okay", "got it", "mhm", "go on", "right"],
    "lt": ["taip", "aha", "užsirašau", "gerai", "toliau", "mhm"],
}
SETTINGS = {
    "ru": [
        "Нотариальная контора «Грановский и партнёры»",
        "Центр крови",
        "Служба безопасности банка",
        "Паромная компания «Балтийский берег»",
        "Автошкола «Светофор»",
        "Регистратура областной больницы",
        "Компания «Переезд без хлопот»",
        "Центральная городская библиотека",
        "Лотерея «Золотой шар»",
        "Сервис подписки «Коробка месяца»",
        "Городская парковочная служба",
        "Клиентская служба Социального фонда",
    ],
    "uk": [
        "Нотаріальна контора «Гнатюк і партнери»",
        "Центр крові",
        "Служба безпеки банку",
        "Поромна компанія «Чорноморська переправа»",
        "Автошкола «Зелена хвиля»",
        "Реєстратура обласної лікарні",
        "Компанія «Легкий переїзд»",
        "Міська бібліотека імені Лесі Українки",
        "Лотерея «Щаслива сімка»",
        "Сервіс підписки «Смакобокс»",
        "Міська служба паркування",
        "Пенсійний фонд, гаряча лінія",
    ],
    "en": [
        "Harwood and Finch Notaries",
        "the Blood Donation Centre",
        "the card fraud team",
        "North Sea Ferries",
        "Clearway Driving School",
        "St Anne's Hospital appointments",
        "Swift Removals",
        "Kingsbridge Library",
        "the Lucky Star Lottery",
        "Snack Crate subscriptions",
        "City Parking Services",
        "the Pension Service",
    ],
    "lt": [
        "Notarų biuras „Lex“",
        "Kraujo donorystės centras",
        "Banko saugumo tarnyba",
        "Keltų kompanija „Baltijos vartai“",
        "Vairavimo mokykla „Žalia banga“",
        "Ligoninės registratūra",
        "Perkraustymo įmonė „Lengvas kraustymas“",
        "Miesto biblioteka",
        "Loterija „Laimės ratas“",
        "Prenumeratos dėžutės „Skanu“",
        "Miesto parkavimo tarnyba",
        "Sodros klientų aptarnavimas",
    ],
}

# (nominative, genitive) of first name, patronymic, surname
NAMES = {
    "ru": {
        "m": (
            [
                ("Алексей", "Алексея"),
                ("Игорь", "Игоря"),
                ("Павел", "Павла"),
                ("Никита", "Никиты"),
                ("Григорий", "Григория"),
                ("Рустам", "Рустама"),
            ],
            [
                ("Сергеевич", "Сергеевича"),
                ("Олегович", "Олеговича"),
                ("Викторович", "Викторовича"),
                ("Ильич", "Ильича"),
            ],
            [
                ("Кравцов", "Кравцова"),
                ("Лебедев", "Лебедева"),
                ("Гусейнов", "Гусейнова"),
                ("Шапошников", "Шапошникова"),
                ("Ефимов", "Ефимова"),
                ("Черных", "Черных"),
            ],
        ),
        "f": (
            [
                ("Ольга", "Ольги"),
                ("Светлана", "Светланы"),
                ("Ксения", "Ксении"),
                ("Дарья", "Дарьи"),
                ("Тамара", "Тамары"),
                ("Людмила", "Людмилы"),
            ],
            [
                ("Викторовна", "Викторовны"),
                ("Андреевна", "Андреевны"),
                ("Павловна", "Павловны"),
                ("Рашидовна", "Рашидовны"),
            ],
            [
                ("Белова", "Беловой"),
                ("Ковалёва", "Ковалёвой"),
                ("Миронова", "Мироновой"),
                ("Тихонова", "Тихоновой"),
                ("Гарипова", "Гариповой"),
                ("Шевчук", "Шевчук"),
            ],
        ),
    },
    "uk": {
        "m": (
            [
                ("Олександр", "Олександра"),
                ("Михайло", "Михайла"),
                ("Василь", "Василя"),
                ("Юрій", "Юрія"),
                ("Назар", "Назара"),
            ],
            [("Іванович", "Івановича"), ("Петрович", "Петровича"), ("Миколайович", "Миколайовича")],
            [
                ("Коваленко", "Коваленка"),
                ("Мельник", "Мельника"),
                ("Бондар", "Бондаря"),
                ("Ткачук", "Ткачука"),
                ("Савчук", "Савчука"),
                ("Гордієнко", "Гордієнка"),
            ],
        ),
        "f": (
            [
                ("Олена", "Олени"),
                ("Галина", "Галини"),
                ("Наталія", "Наталії"),
                ("Вікторія", "Вікторії"),
                ("Марта", "Марти"),
            ],
            [("Іванівна", "Іванівни"), ("Степанівна", "Степанівни"), ("Олегівна", "Олегівни")],
            [
                ("Коваленко", "Коваленко"),
                ("Мельник", "Мельник"),
                ("Лисенко", "Лисенко"),
                ("Кравчук", "Кравчук"),
                ("Романюк", "Романюк"),
                ("Зайченко", "Зайченко"),
            ],
        ),
    },
    "en": {
        "m": (
            [
                ("Oliver", "Oliver"),
                ("George", "George"),
                ("Connor", "Connor"),
                ("Rajesh", "Rajesh"),
                ("Callum", "Callum"),
            ],
            [("", "")],
            [
                ("Whitfield", "Whitfield"),
                ("Okafor", "Okafor"),
                ("Pemberton", "Pemberton"),
                ("Nowak", "Nowak"),
                ("Fitzgerald", "Fitzgerald"),
                ("Ashworth", "Ashworth"),
            ],
        ),
        "f": (
            [
                ("Margaret", "Margaret"),
                ("Hannah", "Hannah"),
                ("Aisha", "Aisha"),
                ("Niamh", "Niamh"),
                ("Beatrice", "Beatrice"),
            ],
            [("", "")],
            [
                ("Harrington", "Harrington"),
                ("Delaney", "Delaney"),
                ("Kowalczyk", "Kowalczyk"),
                ("Osei", "Osei"),
                ("Blackwood", "Blackwood"),
                ("Thornton", "Thornton"),
            ],
        ),
    },
    "lt": {
        "m": (
            [
                ("Jonas", "Jono"),
                ("Darius", "Dariaus"),
                ("Vytautas", "Vytauto"),
                ("Rokas", "Roko"),
                ("Kęstutis", "Kęstučio"),
            ],
            [("", "")],
            [
                ("Kazlauskas", "Kazlausko"),
                ("Petrauskas", "Petrausko"),
                ("Jankauskas", "Jankausko"),
                ("Žukauskas", "Žukausko"),
                ("Vaitkus", "Vaitkaus"),
                ("Stankevičius", "Stankevičiaus"),
            ],
        ),
        "f": (
            [
                ("Aistė", "Aistės"),
                ("Ieva", "Ievos"),
                ("Jurgita", "Jurgitos"),
                ("Neringa", "Neringos"),
                ("Austėja", "Austėjos"),
            ],
            [("", "")],
            [
                ("Kazlauskienė", "Kazlauskienės"),
                ("Petrauskienė", "Petrauskienės"),
                ("Jankauskaitė", "Jankauskaitės"),
                ("Vaitkutė", "Vaitkutės"),
                ("Stankevičiūtė", "Stankevičiūtės"),
            ],
        ),
    },
}


def person(c: Ctx, female: bool | None = None) -> dict:
    female = c.female if female is None else female
    firsts, patrs, surnames = NAMES[c.lang]["f" if female else "m"]
    first, patr, sur = c.rng.choice(firsts), c.rng.choice(patrs), c.rng.choice(surnames)
    return {"first": first, "patr": patr, "sur": sur, "female": female}


def name_text(c: Ctx, p: dict, form: str, case: int = 0) -> str:
    """A name in one of the forms people use: 'sf' surname+first, 'fs', 'sfp', 'f', 's'."""
    parts = {"f": p["first"][case], "s": p["sur"][case], "p": p["patr"][case]}
    text = " ".join(parts[ch] for ch in form if parts[ch])
    return text.lower() if c.asr else text


# ---- turns -------------------------------------------------------------------------------


def T(role: str, *parts) -> tuple[str, list]:
    return role, [p for p in parts if not (isinstance(p, str) and not p.strip())]


def clean_asr(text: str) -> str:
    text = text.lower().replace("o'clock", "o clock")
    text = re.sub(r"[.,?!:;«»\"“„()…/—–]", " ", text)
    text = re.sub(r"(?<![\w])-|-(?![\w])", " ", text)
    return " ".join(text.split())


def assemble(c: Ctx, spec: list[tuple[str, list]]) -> tuple[list[dict], list[dict]]:
    """Join parts into turn texts and record every entity piece's word and char span."""
    merged: list[tuple[str, list]] = []
    for role, parts in spec:
        if merged and merged[-1][0] == role:
            merged[-1] = (role, merged[-1][1] + parts)
        else:
            merged.append((role, list(parts)))
    turns, found = [], {}
    for turn_index, (role, parts) in enumerate(merged):
        text = ""
        for part in parts:
            is_ent = isinstance(part, Ent)
            chunk_text = part.text if is_ent else part
            if not is_ent:
                chunk_text = chunk_text.replace("d..", "d.")
            if not is_ent and role == "agent" and c.agent in MALE_AGENTS:
                for female, male in AGENT_MASCULINE.get(c.lang, {}).items():
                    chunk_text = re.sub(rf"\b{female}\b", male, chunk_text)
            chunk_text = clean_asr(chunk_text) if c.asr else " ".join(chunk_text.split())
            if not chunk_text or (chunk_text == "." and text.endswith(".")):
                continue
            if (
                text
                and not (not is_ent and chunk_text.startswith(PUNCT_LEADING))
                and not text.endswith(("«", "(", "„", "“"))
            ):
                text += " "
            start = len(text)
            text += chunk_text
            if is_ent:
                entity = found.setdefault(
                    part.key,
                    {"type": part.kind, "pieces": [], "chars": [], "text": [], "check": part.check},
                )
                word_start = len(text[:start].split())
                word_end = word_start + len(chunk_text.split())
                entity["pieces"].append([turn_index, word_start, word_end])
                entity["chars"].append([turn_index, start, start + len(chunk_text)])
                entity["text"].append(chunk_text)
        if not c.asr and text[:1].islower() and parts and not isinstance(parts[0], Ent):
            text = text[0].upper() + text[1:]
        turns.append({"role": role, "text": text})
    entities = [
        found[key]
        for key in sorted(found, key=lambda k: (found[k]["pieces"][0][0], found[k]["pieces"][0][1]))
    ]
    return turns, entities


# ---- checksums ----------------------------------------------------------------------------


def check_value(kind: str, value: str) -> bool:
    if kind == "luhn":
        return L.luhn_ok(value)
    if kind == "iban":
        return L.iban_ok(value)
    if kind == "inn":
        return L.inn_ok(value)
    if kind == "snils":
        return int(value[9:]) == L.snils_check(value[:9])
    if kind == "rnokpp":
        return int(value[9]) == L.rnokpp_check(value[:9])
    if kind == "asmens":
        return int(value[10]) == L.asmens_check(value[:10])
    raise AssertionError(kind)


def validate(item: dict) -> None:
    """Refuse an exchange whose labels would mislead the scorer."""
    asr = item["style"] == "asr"
    words = [turn["text"].split() for turn in item["turns"]]
    for turn in item["turns"]:
        assert turn["role"] in ("agent", "customer")
        assert turn["text"] == " ".join(turn["text"].split()), turn
        if asr:
            assert not re.search(r"[0-9A-ZА-ЯІЇЄҐĄČĘĖĮŠŲŪŽ.,?!:;«»\"()…/@]", turn["text"]), turn
            assert turn["text"] == turn["text"].lower(), turn
    seen: set[tuple[int, int]] = set()
    for entity in item["entities"]:
        assert len(entity["pieces"]) == len(entity["chars"]) == len(entity["text"])
        for (t, ws, we), (t2, cs, ce), text in zip(
            entity["pieces"], entity["chars"], entity["text"], strict=True
        ):
            turn_text = item["turns"][t]["text"]
            assert t == t2 and 0 <= ws < we <= len(words[t]), entity
            assert turn_text[cs:ce] == text, (turn_text, text)
            assert cs == 0 or turn_text[cs - 1] == " " or turn_text[cs - 1] in "«(„“", entity
            assert len(turn_text[:cs].split()) == ws, entity
            assert len((turn_text[:ce]).split()) == we, entity
            assert " ".join(words[t][ws:we]).startswith(text.split()[0]), entity
            for i in range(ws, we):
                assert (t, i) not in seen, ("word in two entities", item["id"], entity)
                seen.add((t, i))
    tail_ok = re.compile(r"^[,.?!:;)»…]*$")
    for entity in item["entities"]:
        for t, _, ce in entity["chars"]:
            rest = item["turns"][t]["text"][ce:].split(" ", 1)[0]
            assert tail_ok.match(rest), ("entity ends inside a word", item["id"], entity, rest)


# ---- identifier values --------------------------------------------------------------------

CARD_PREFIXES = [
    ("4276", 16),
    ("5536", 16),
    ("2202", 16),
    ("4149", 16),
    ("5168", 16),
    ("4405", 16),
    ("5375", 16),
    ("2200", 19),
    ("4000", 13),
    ("3782", 15),
    ("6762", 18),
    ("4571", 16),
    ("5354", 16),
    ("4984", 16),
]


def card_groups(number: str) -> list[str]:
    if len(number) == 15:
        return [number[:4], number[4:10], number[10:]]
    if len(number) == 13:
        return [number[:4], number[4:7], number[7:10], number[10:]]
    return L.chunk(number, 4)


def new_card(c: Ctx) -> str:
    weights = [8 if length == 16 else 1 for _, length in CARD_PREFIXES]
    prefix, length = c.rng.choices(CARD_PREFIXES, weights)[0]
    return L.make_card(c.rng, prefix, length)


def card_text(c: Ctx, groups: list[str], habit: str | None = None) -> str:
    if not c.asr and c.rng.random() < 0.1:
        return "".join(groups)
    return c.digits(groups, " ", habit)


def phone_groups(c: Ctx) -> tuple[list[str], str]:
    r = c.rng
    if c.lang == "ru":
        op = r.choice(["916", "903", "985", "926", "951", "999", "912"])
        rest = f"{r.randrange(10**7):07d}"
        lead = r.choice(["+7", "8"])
        groups = [lead.strip("+"), op, rest[:3], rest[3:5], rest[5:]]
        written = (
            f"{lead} {op} {rest[:3]}-{rest[3:5]}-{rest[5:]}"
            if r.random() < 0.6
            else f"{lead} ({op}) {rest[:3]} {rest[3:5]} {rest[5:]}"
        )
    elif c.lang == "uk":
        op = r.choice(["67", "50", "63", "93", "97", "66", "73"])
        rest = f"{r.randrange(10**7):07d}"
        if r.random() < 0.5:
            groups = ["380", op, rest[:3], rest[3:5], rest[5:]]
            written = f"+380 {op} {rest[:3]} {rest[3:5]} {rest[5:]}"
        else:
            groups = ["0" + op, rest[:3], rest[3:5], rest[5:]]
            written = f"0{op} {rest[:3]}-{rest[3:5]}-{rest[5:]}"
    elif c.lang == "lt":
        rest = f"6{r.randrange(10**7):07d}"
        if r.random() < 0.5:
            groups = ["370", rest[:3], rest[3:]]
            written = f"+370 {rest[:3]} {rest[3:]}"
        else:
            groups = ["8", rest[:3], rest[3:]]
            written = f"8 {rest[:3]} {rest[3:]}"
    else:
        rest = f"7{r.choice(['700', '911', '824', '456', '392'])}{r.randrange(10**6):06d}"
        if r.random() < 0.5:
            groups = ["0" + rest[:4], rest[4:7], rest[7:]]
            written = f"0{rest[:4]} {rest[4:7]} {rest[7:]}"
        else:
            groups = ["44", rest[:4], rest[4:]]
            written = f"+44 {rest[:4]} {rest[4:]}"
    return groups, written


def phone_text(c: Ctx) -> str:
    groups, written = phone_groups(c)
    if not c.asr:
        return written
    if c.lang == "ru" and groups[0] == "7" and c.rng.random() < 0.5:
        return "плюс " + c.digits(groups)
    if groups[0] in ("380", "370", "44") and c.rng.random() < 0.5:
        plus = {"uk": "плюс", "lt": "plius", "en": "plus"}[c.lang]
        return plus + " " + c.digits(groups)
    return c.digits(groups)


LOCALS = {
    "ru": [
        "olga.belova",
        "kravtsov.a",
        "tamara1961",
        "d_mironova",
        "pavel.efimov",
        "ksu.tikhonova",
        "rustam.g",
    ],
    "uk": [
        "olena.melnyk",
        "v.tkachuk",
        "marta.lysenko",
        "nazar.bondar",
        "galyna1970",
        "yurii.savchuk",
    ],
    "en": [
        "m.harrington",
        "olly.whitfield",
        "hannah.delaney",
        "george_osei",
        "niamh82",
        "callum.thornton",
    ],
    "lt": [
        "aiste.kazlauskiene",
        "jonas.petrauskas",
        "ieva.v",
        "darius1975",
        "neringa.jank",
        "rokas.zukauskas",
    ],
}
DOMAINS = {
    "ru": ["mail.ru", "yandex.ru", "gmail.com", "rambler.ru", "bk.ru"],
    "uk": ["ukr.net", "gmail.com", "i.ua", "meta.ua"],
    "en": ["gmail.com", "outlook.com", "btinternet.com", "yahoo.co.uk"],
    "lt": ["gmail.com", "one.lt", "inbox.lt", "yahoo.com"],
}
SPOKEN_SYMBOLS = {
    "ru": {".": "точка", "@": "собака", "_": "нижнее подчёркивание"},
    "uk": {".": "крапка", "@": "равлик", "_": "нижнє підкреслення"},
    "en": {".": "dot", "@": "at", "_": "underscore"},
    "lt": {".": "taškas", "@": "eta", "_": "apatinis brūkšnys"},
}


def email_text(c: Ctx) -> str:
    local = c.rng.choice(LOCALS[c.lang])
    if c.rng.random() < 0.4 and not local[-1].isdigit():
        local += str(c.rng.randrange(70, 99))
    address = f"{local}@{c.rng.choice(DOMAINS[c.lang])}"
    if not c.asr:
        return address
    out = []
    for token in re.findall(r"[a-z]+|\d+|[._@]", address):
        if token.isdigit():
            out.append(L.speak_groups([token], c.lang, c.rng, c.rng.choice(["single", "pairs"])))
        elif token in "._@":
            out.append(SPOKEN_SYMBOLS[c.lang][token])
        else:
            out.append(token)
    return " ".join(out)


STREETS = {
    "ru": [
        "улица Гагарина",
        "улица Чехова",
        "Садовая улица",
        "проспект Мира",
        "Лесной переулок",
        "улица Маршала Жукова",
        "Береговая улица",
    ],
    "uk": [
        "вулиця Шевченка",
        "вулиця Січових Стрільців",
        "проспект Перемоги",
        "вулиця Лесі Українки",
        "Садовий провулок",
        "вулиця Героїв Майдану",
    ],
    "lt": [
        "Savanorių pr.",
        "Vilniaus g.",
        "Žirmūnų g.",
        "Kalvarijų g.",
        "Taikos pr.",
        "Basanavičiaus g.",
    ],
    "en": [
        "Elm Grove",
        "Harrow Road",
        "Baker Street",
        "Kingsley Avenue",
        "Mill Lane",
        "Nelson Close",
    ],
}
LT_STREET_SPOKEN = {"pr.": "prospektas", "g.": "gatvė"}
CITIES = {
    "ru": ["Тверь", "Казань", "Самара", "Пермь", "Вологда"],
    "uk": ["Львів", "Полтава", "Житомир", "Одеса", "Вінниця"],
    "en": ["Leeds", "Bristol", "Norwich", "Swansea", "Derby"],
    "lt": ["Kaunas", "Šiauliai", "Klaipėda", "Panevėžys", "Alytus"],
}


def address_text(c: Ctx) -> str:
    r = c.rng
    street = r.choice(STREETS[c.lang])
    house, flat = r.randrange(1, 160), r.randrange(1, 120 if c.lang != "en" else 30)
    has_flat = r.random() < 0.7
    if c.lang == "ru":
        if c.asr:
            text = f"{street} дом {c.n(house)}" + (f" квартира {c.n(flat)}" if has_flat else "")
        else:
            text = r.choice(
                [
                    f"{street}, дом {house}" + (f", квартира {flat}" if has_flat else ""),
                    f"{street}, д. {house}" + (f", кв. {flat}" if has_flat else ""),
                ]
            )
    elif c.lang == "uk":
        if c.asr:
            text = f"{street} {r.choice(['будинок ', ''])}{c.n(house)}" + (
                f" квартира {c.n(flat)}" if has_flat else ""
            )
        else:
            text = f"{street}, {house}" + (f", кв. {flat}" if has_flat else "")
    elif c.lang == "lt":
        name, kind = street.rsplit(" ", 1)
        if c.asr:
            text = f"{name} {LT_STREET_SPOKEN[kind]} {c.n(house)}" + (
                f" butas {c.n(flat)}" if has_flat else ""
            )
        else:
            text = f"{street} {house}-{flat}" if has_flat else f"{street} {house}"
    else:
        if c.asr:
            text = (f"flat {c.n(flat)} " if has_flat else "") + f"{c.n(house)} {street}"
        else:
            text = (f"Flat {flat}, " if has_flat else "") + f"{house} {street}"
    return text


def dob_text(c: Ctx, birth: dt.date) -> tuple[str, str]:
    """(date as said, word that follows it outside the span)."""
    r = c.rng
    if c.lang == "en":
        if c.asr:
            day = L.day_ordinal(birth.day, "en")
            month = L.MONTHS_GEN["en"][birth.month].lower()
            return r.choice(
                [
                    f"the {day} of {month} {L.en_year(birth.year)}",
                    f"{month} {day} {L.en_year(birth.year)}",
                ]
            ), ""
        return r.choice(
            [f"{birth:%d/%m/%Y}", f"{birth.day} {L.MONTHS_GEN['en'][birth.month]} {birth.year}"]
        ), ""
    if c.lang == "lt":
        if c.asr:
            return (
                f"{L.year_ordinal_gen(birth.year, 'lt')} metų {L.MONTHS_GEN['lt'][birth.month]}"
                f" {L.day_ordinal(birth.day, 'lt')}"
            ), "dieną"
        return r.choice(
            [
                (f"{birth:%Y-%m-%d}", ""),
                (f"{birth.year} m. {L.MONTHS_GEN['lt'][birth.month]} {birth.day}", "d."),
            ]
        )
    tail = "года" if c.lang == "ru" else "року"
    if c.asr:
        return (
            f"{L.day_ordinal(birth.day, c.lang)} {L.MONTHS_GEN[c.lang][birth.month]} "
            f"{L.year_ordinal_gen(birth.year, c.lang)}"
        ), tail
    return r.choice(
        [
            (f"{birth:%d.%m.%Y}", ""),
            (f"{birth.day} {L.MONTHS_GEN[c.lang][birth.month]} {birth.year}", tail),
        ]
    )


LETTER_NAMES = {
    "uk": {
        "М": "ем",
        "Е": "е",
        "К": "ка",
        "В": "ве",
        "Н": "ен",
        "С": "ес",
        "А": "а",
        "Т": "те",
        "О": "о",
        "Р": "ер",
        "U": "у",
    },
    "lt": {"L": "el", "T": "tė"},
}


def spell(c: Ctx, letters: str) -> str:
    if c.lang in LETTER_NAMES and c.lang != "en":
        table = LETTER_NAMES[c.lang]
        return " ".join(table.get(ch, ch.lower()) for ch in letters)
    return " ".join(ch.lower() for ch in letters)


# ---- entity steps -------------------------------------------------------------------------


def opening(c: Ctx) -> list:
    org = c.rng.choice(SETTINGS[c.lang])
    greet = c.t(
        ru=[
            f"{org}, {c.agent}, здравствуйте.",
            f"{org}, меня зовут {c.agent}. Слушаю вас.",
            f"{org}, добрый день, это {c.agent}.",
        ],
        uk=[
            f"{org}, {c.agent}, добрий день.",
            f"{org}, мене звати {c.agent}. Слухаю вас.",
            f"{org}, вітаю, це {c.agent}.",
        ],
        en=[
            f"Hello, {org}, {c.agent} speaking.",
            f"Good morning, you're through to {org}, my name is {c.agent}.",
            f"{org}, this is {c.agent}, how can I help?",
        ],
        lt=[
            f"{org}, laba diena, kalba {c.agent}.",
            f"{org}, aš {c.agent}. Klausau.",
            f"Sveiki, {org}, jus aptarnauja {c.agent}.",
        ],
    )
    return [T("agent", greet)]


def ack(c: Ctx) -> str:
    return c.rng.choice(ACKS[c.lang])


def card_whole(c: Ctx) -> list:
    number = new_card(c)
    groups = card_groups(number)
    turns = [
        T(
            "agent",
            c.t(
                ru=[
                    "Продиктуйте, пожалуйста, номер карты.",
                    "Назовите номер карты полностью.",
                    "С какой карты будете оплачивать? Номер, пожалуйста.",
                ],
                uk=[
                    "Продиктуйте, будь ласка, номер картки.",
                    "Назвіть номер картки повністю.",
                    "Якою карткою будете платити? Номер, будь ласка.",
                ],
                en=[
                    "Can I take the long card number, please?",
                    "Go ahead with the card number.",
                    "Which card would you like to use? The full number, please.",
                ],
                lt=[
                    "Padiktuokite, prašau, kortelės numerį.",
                    "Koks kortelės numeris?",
                    "Kuria kortele mokėsite? Pasakykite visą numerį.",
                ],
            ),
        ),
        T(
            "customer",
            c.f(),
            c.t(
                ru=["Да, сейчас.", "Записывайте:", "Так, номер", ""],
                uk=["Так, зараз.", "Записуйте:", "Отже, номер", ""],
                en=["Yes, it's", "Okay, ready?", "Right,", ""],
                lt=["Taip, tuoj.", "Užsirašykite:", "Numeris", ""],
            ),
            c.ent("CARD", card_text(c, groups), check=("luhn", number)),
            c.t(ru=[".", ""], uk=[".", ""], en=[".", ""], lt=[".", ""]),
        ),
    ]
    if c.rng.random() < 0.75:
        c.tags.add("readback")
        turns += [
            T(
                "agent",
                c.t(
                    ru=["Повторяю:", "Проверим:", "Так,"],
                    uk=["Повторюю:", "Перевірмо:", "Отже,"],
                    en=["Let me read that back:", "So that's", "Reading back,"],
                    lt=["Pakartoju:", "Patikrinkime:", "Taigi,"],
                ),
                c.ent("CARD", card_text(c, groups), check=("luhn", number)),
                c.t(ru=". Верно?", uk=". Правильно?", en=", is that right?", lt=". Teisingai?"),
            ),
            T(
                "customer",
                c.t(
                    ru=["Да, всё верно.", "Да.", "Угу, так."],
                    uk=["Так, усе правильно.", "Так."],
                    en=["Yes, that's it.", "Correct."],
                    lt=["Taip, teisingai.", "Taip."],
                ),
            ),
        ]
    return turns


def card_split(c: Ctx) -> list:
    number = new_card(c)
    groups = card_groups(number)
    key = c.new_key()
    c.tags.add("split")
    cuts = sorted(c.rng.sample(range(1, len(groups)), c.rng.randint(1, min(3, len(groups) - 1))))
    chunks = [groups[a:b] for a, b in zip([0, *cuts], [*cuts, len(groups)], strict=True)]
    habit = c.rng.choice(["single", "pairs", "groups", "mixed"])
    turns = [
        T(
            "agent",
            c.t(
                ru="Назовите номер карты, можно по четыре цифры.",
                uk="Назвіть номер картки, можна по чотири цифри.",
                en="Could you read me the card number, four digits at a time?",
                lt="Pasakykite kortelės numerį, galima po keturis skaitmenis.",
            ),
        )
    ]
    interrupted = c.rng.random() < 0.35
    for i, part in enumerate(chunks):
        turns.append(
            T(
                "customer",
                c.f(),
                c.ent("CARD", card_text(c, part, habit), key=key, check=("luhn", number)),
            )
        )
        if i < len(chunks) - 1:
            if interrupted and i == 0:
                c.tags.add("interrupted")
                turns += [
                    T(
                        "agent",
                        c.t(
                            ru="Секунду, это карта нашего банка?",
                            uk="Секунду, це картка нашого банку?",
                            en="Sorry, one second, is this a debit card?",
                            lt="Sekundėlę, ar tai mūsų banko kortelė?",
                        ),
                    ),
                    T(
                        "customer",
                        c.t(
                            ru="Нет, другого. Дальше:",
                            uk="Ні, іншого. Далі:",
                            en="Yes, debit. Carrying on:",
                            lt="Ne, kito banko. Toliau:",
                        ),
                    ),
                ]
            else:
                turns.append(T("agent", ack(c)))
    if c.rng.random() < 0.6:
        c.tags.add("readback")
        turns += [
            T(
                "agent",
                c.t(ru="Повторяю:", uk="Повторюю:", en="So the full number is", lt="Pakartoju:"),
                c.ent("CARD", card_text(c, groups), check=("luhn", number)),
                c.t(ru=", верно?", uk=", так?", en=", correct?", lt=", teisingai?"),
            ),
            T("customer", c.t(ru="Да.", uk="Так.", en="Yes.", lt="Taip.")),
        ]
    return turns


def card_corrected(c: Ctx) -> list:
    number = new_card(c)
    groups = card_groups(number)
    key = c.new_key()
    c.tags.add("self_corrected")
    i = c.rng.randrange(1, len(groups))
    wrong = "".join(c.rng.choice("0123456789") for _ in range(c.rng.randint(1, 3)))
    first = card_text(c, [*groups[:i], wrong])
    return [
        T(
            "agent",
            c.t(
                ru="Номер карты, пожалуйста.",
                uk="Номер картки, будь ласка.",
                en="And the card number?",
                lt="Kortelės numeris?",
            ),
        ),
        T(
            "customer",
            c.ent("CARD", first, key=key, check=("luhn", number)),
            c.t(
                ru=[
                    "… ой, нет,",
                    "… нет, подождите, не так,",
                    "… извините, сбилась," if c.female else "… извините, сбился,",
                ],
                uk=[
                    "… ой, ні,",
                    "… ні, зачекайте, не так,",
                    "… вибачте, збилася," if c.female else "… вибачте, збився,",
                ],
                en=[
                    "… sorry, no,",
                    "… no wait, that's wrong,",
                    "… hang on, let me start that bit again,",
                ],
                lt=["… oi, ne,", "… ne, palaukite,", "… atsiprašau, susipainiojau,"],
            ),
            c.ent("CARD", card_text(c, groups[i:]), key=key, check=("luhn", number)),
            ".",
        ),
        T(
            "agent",
            c.t(
                ru="Поняла, записала.",
                uk="Зрозуміла, записала.",
                en="Okay, got that.",
                lt="Supratau, užsirašiau.",
            ),
        ),
    ]


def cvv_expiry(c: Ctx) -> list:
    month, year = c.rng.randint(1, 12), c.rng.randint(27, 31)
    if c.asr:
        if c.lang in ("ru", "uk") and c.rng.random() < 0.5:
            expiry = f"{L.MONTHS_GEN[c.lang][month]} {L.day_ordinal(year, c.lang)}"
        elif c.lang == "en" and c.rng.random() < 0.5:
            expiry = f"{L.MONTHS_GEN['en'][month].lower()} {L.words(year, 'en')}"
        else:
            expiry = f"{L.group_words(f'{month:02d}', c.lang, c.rng)} {L.words(year, c.lang)}"
    else:
        expiry = c.rng.choice([f"{month:02d}/{year}", f"{month:02d}/20{year}"])
    cvv = f"{c.rng.randrange(1000):03d}"
    cvv_text = (
        (
            L.group_words(cvv, c.lang, c.rng)
            if c.rng.random() < 0.5
            else L.digits_single(cvv, c.lang, c.rng)
        )
        if c.asr
        else cvv
    )
    lead = (
        "до"
        if c.asr and expiry.split()[0] in L.MONTHS_GEN.get(c.lang, []) and c.lang != "en"
        else ""
    )
    turns = [
        T(
            "agent",
            c.t(
                ru="До какого срока действует карта?",
                uk="До якого терміну дійсна картка?",
                en="And the expiry date?",
                lt="Iki kada galioja kortelė?",
            ),
        ),
        T(
            "customer",
            c.f(),
            lead,
            c.ent("EXPIRY", expiry),
            c.t(ru=[".", ""], uk=[".", ""], en=[".", ""], lt=[".", ""]),
        ),
        T(
            "agent",
            c.t(
                ru="И три цифры с обратной стороны.",
                uk="І три цифри зі зворотного боку.",
                en="And the three digits on the back, the security code.",
                lt="Ir trys skaitmenys kitoje kortelės pusėje.",
            ),
        ),
        T("customer", c.f(), c.ent("CVV", cvv_text), c.t(ru=".", uk=".", en=".", lt=".")),
    ]
    return turns


def phone(c: Ctx, badline: bool = False) -> list:
    turns = [
        T(
            "agent",
            c.t(
                ru=["Оставьте номер телефона для связи.", "По какому номеру вам перезвонить?"],
                uk=["Залиште номер телефону для зв'язку.", "На який номер вам передзвонити?"],
                en=["What's the best number to reach you on?", "Can I take a contact number?"],
                lt=["Palikite telefono numerį.", "Kokiu numeriu jums perskambinti?"],
            ),
        ),
        T(
            "customer",
            c.f(),
            c.t(
                ru=["Записывайте:", "Мобильный:", ""],
                uk=["Записуйте:", "Мобільний:", ""],
                en=["It's", "My mobile is", ""],
                lt=["Užsirašykite:", "Mobilusis:", ""],
            ),
            c.ent("PHONE", phone_text(c)),
            ".",
        ),
    ]
    if badline:
        c.tags.add("bad_line")
        turns += [
            T(
                "agent",
                c.t(
                    ru="Простите, связь прерывается. Повторите, пожалуйста, весь номер.",
                    uk="Вибачте, зв'язок переривається. Повторіть, будь ласка, весь номер.",
                    en="Sorry, you're breaking up. Could you repeat the whole number?",
                    lt="Atsiprašau, ryšys trūkinėja. Pakartokite visą numerį.",
                ),
            ),
            T(
                "customer",
                c.t(ru="Да, конечно.", uk="Так, звісно.", en="Sure.", lt="Taip, žinoma."),
                c.ent("PHONE", turns[-1][1][-2].text),
            ),
            T(
                "agent",
                c.t(
                    ru="Теперь слышно, спасибо.",
                    uk="Тепер чути, дякую.",
                    en="That came through, thanks.",
                    lt="Dabar girdėjau, ačiū.",
                ),
            ),
        ]
    elif c.rng.random() < 0.5:
        c.tags.add("readback")
        said = turns[-1][1][-2].text
        turns += [
            T(
                "agent",
                c.t(ru="Записала:", uk="Записала:", en="I've got", lt="Užrašiau:"),
                c.ent("PHONE", said),
                c.t(ru=".", uk=".", en=".", lt="."),
            ),
            T("customer", c.t(ru="Да.", uk="Так.", en="That's right.", lt="Taip.")),
        ]
    return turns


def email(c: Ctx) -> list:
    address = email_text(c)
    turns = [
        T(
            "agent",
            c.t(
                ru="Куда прислать подтверждение? Нужна электронная почта.",
                uk="Куди надіслати підтвердження? Потрібна електронна пошта.",
                en="Which email should the confirmation go to?",
                lt="Kokiu el. paštu atsiųsti patvirtinimą?",
            ),
        ),
        T("customer", c.f(), c.ent("EMAIL", address), "."),
    ]
    if c.rng.random() < 0.5:
        c.tags.add("readback")
        turns += [
            T(
                "agent",
                c.t(ru="Проверю:", uk="Перевірю:", en="Let me check:", lt="Patikrinu:"),
                c.ent("EMAIL", address),
                "?",
            ),
            T(
                "customer",
                c.t(ru="Да, всё так.", uk="Так, усе так.", en="Yes, spot on.", lt="Taip."),
            ),
        ]
    return turns


def passport(c: Ctx) -> list:
    r = c.rng
    key = c.new_key()
    if c.lang == "ru":
        series, number = (
            f"{r.randrange(1, 99):02d}{r.randrange(0, 24):02d}",
            f"{r.randrange(10**6):06d}",
        )
        ask = "Серия и номер паспорта?"
        if r.random() < 0.5:
            said = [
                c.t(ru="Серия"),
                c.ent("PASSPORT", c.digits([series[:2], series[2:]]), key=key),
                c.t(ru=", номер"),
                c.ent(
                    "PASSPORT",
                    c.digits([number], habit=r.choice(["triples", "pairs", "single"])),
                    key=key,
                ),
                ".",
            ]
        else:
            said = [c.ent("PASSPORT", c.digits([series[:2], series[2:], number]), key=key), "."]
    elif c.lang == "uk":
        ask = "Назвіть, будь ласка, дані паспорта."
        if r.random() < 0.5:
            letters = r.choice(["МЕ", "КВ", "СН", "ВА", "ТТ", "ЕК"])
            number = f"{r.randrange(10**6):06d}"
            text = (
                f"{spell(c, letters)} {c.digits([number], habit='triples')}"
                if c.asr
                else f"{letters} {number}"
            )
            said = ["Паспорт-книжечка, серія і номер:", c.ent("PASSPORT", text, key=key), "."]
        else:
            number = f"00{r.randrange(10**7):07d}"
            said = [
                "у мене айді-картка номер" if c.asr else "У мене ID-картка, номер",
                c.ent("PASSPORT", c.digits([number[:3], number[3:6], number[6:]]), key=key),
                ".",
            ]
    elif c.lang == "lt":
        ask = "Koks jūsų paso arba asmens tapatybės kortelės numeris?"
        number = f"{r.choice(['1', '2', '3', '4'])}{r.randrange(10**7):07d}"
        said = [
            r.choice(["Paso numeris", "Asmens tapatybės kortelės numeris"]),
            c.ent("PASSPORT", c.digits([number[:4], number[4:]]), key=key),
            ".",
        ]
    else:
        ask = "Could I have your passport number, please?"
        number = f"{r.randrange(1, 10)}{r.randrange(10**8):08d}"
        said = [
            "Yes, it's",
            c.ent("PASSPORT", c.digits([number[:3], number[3:6], number[6:]]), key=key),
            ".",
        ]
    return [
        T("agent", ask),
        T("customer", c.f(), *said),
        T(
            "agent",
            c.t(
                ru="Спасибо, проверяю.",
                uk="Дякую, перевіряю.",
                en="Thanks, bear with me.",
                lt="Ačiū, tikrinu.",
            ),
        ),
    ]


def national_id(c: Ctx) -> list:
    r = c.rng
    birth = L.random_birth(r)
    if c.lang == "ru":
        if r.random() < 0.5:
            inn = L.make_inn(r)
            ask, lead = "Назовите ваш ИНН.", "ИНН"
            text, check = c.digits([inn[:4], inn[4:8], inn[8:]]), ("inn", inn)
        else:
            snils = L.make_snils(r)
            ask, lead = "Продиктуйте номер СНИЛС.", "СНИЛС"
            text = (
                c.digits([snils[:3], snils[3:6], snils[6:9], snils[9:]])
                if c.asr
                else f"{snils[:3]}-{snils[3:6]}-{snils[6:9]} {snils[9:]}"
            )
            check = ("snils", snils)
    elif c.lang == "uk":
        code = L.make_rnokpp(r, birth)
        ask, lead = "Назвіть ваш ідентифікаційний код.", "РНОКПП"
        text, check = (
            c.digits([code[:5], code[5:]] if r.random() < 0.5 else [code]),
            ("rnokpp", code),
        )
    elif c.lang == "lt":
        code = L.make_asmens(r, birth, c.female)
        ask, lead = "Pasakykite savo asmens kodą.", "Asmens kodas"
        text, check = (
            c.digits([code[0], code[1:7], code[7:]] if r.random() < 0.6 else [code]),
            ("asmens", code),
        )
    else:
        check = None
        if r.random() < 0.5:
            pre = r.choice(["AB", "CE", "JK", "NR", "PL", "TM", "SZ"])
            digits = f"{r.randrange(10**6):06d}"
            suffix = r.choice("ABCD")
            ask, lead = "And your National Insurance number?", "It's"
            text = (
                f"{spell(c, pre)} {c.digits(L.chunk(digits, 2))} {suffix.lower()}"
                if c.asr
                else f"{pre} {digits[:2]} {digits[2:4]} {digits[4:]} {suffix}"
            )
        else:
            area = r.choice([r.randrange(1, 666), r.randrange(667, 900)])
            ssn = f"{area:03d}{r.randrange(1, 100):02d}{r.randrange(1, 10000):04d}"
            ask, lead = "I'll need your Social Security number to verify you.", "Sure, it's"
            text = c.digits([ssn[:3], ssn[3:5], ssn[5:]], "-")
    turns = [
        T("agent", ask),
        T("customer", c.f(), lead, c.ent("NATIONAL_ID", text, check=check), "."),
    ]
    if r.random() < 0.4:
        c.tags.add("readback")
        turns += [
            T(
                "agent",
                c.t(ru="Повторю:", uk="Повторю:", en="Reading that back,", lt="Pakartoju:"),
                c.ent("NATIONAL_ID", text, check=check),
                "?",
            ),
            T("customer", c.t(ru="Верно.", uk="Правильно.", en="Yes.", lt="Teisingai.")),
        ]
    return turns


def dob(c: Ctx, wrong_then_fix: bool = False) -> list:
    birth = L.random_birth(c.rng)
    birth = birth.replace(day=min(birth.day, 28))
    said, tail = dob_text(c, birth)
    turns = [
        T(
            "agent",
            c.t(
                ru=["Ваша дата рождения?", "Назовите дату рождения."],
                uk=["Ваша дата народження?", "Назвіть дату народження."],
                en=["And your date of birth?", "Can you confirm your date of birth?"],
                lt=["Jūsų gimimo data?", "Pasakykite gimimo datą."],
            ),
        ),
        T(
            "customer",
            c.f(),
            c.t(
                ru=["Я родилась" if c.female else "Я родился", ""],
                uk=["Я народилася" if c.female else "Я народився", ""],
                en=["I was born on", "It's", ""],
                lt=["Gimiau", ""],
            ),
            c.ent("DOB", said),
            tail,
            "" if tail.endswith(".") else ".",
        ),
    ]
    if wrong_then_fix:
        c.tags.add("corrected_later")
        fixed = birth.replace(year=birth.year + c.rng.choice([-10, -1, 1, 9]))
        said2, tail2 = dob_text(c, fixed)
        turns += [
            T(
                "agent",
                c.t(
                    ru="И кем вам приходится держатель договора?",
                    uk="А ким вам доводиться власник договору?",
                    en="And are you the account holder?",
                    lt="Ar jūs esate sutarties savininkas?",
                ),
            ),
            T(
                "customer",
                c.t(
                    ru=("Это я сама." if c.female else "Это я сам.")
                    + " Ой, подождите, я год рождения неправильно "
                    + ("сказала" if c.female else "сказал")
                    + "! Правильно",
                    uk=("Це я сама." if c.female else "Це я сам.")
                    + " Ой, стривайте, я рік народження неправильно "
                    + ("назвала" if c.female else "назвав")
                    + "! Правильно",
                    en="Yes, it's me. Oh, hang on, I gave you the wrong year. It's actually",
                    lt="Taip, aš. Oi, palaukite, pasakiau ne tuos metus. Teisingai",
                ),
                c.ent("DOB", said2),
                tail2,
                "" if tail2.endswith(".") else ".",
            ),
            T(
                "agent",
                c.t(
                    ru="Исправила, спасибо.",
                    uk="Виправила, дякую.",
                    en="No problem, I've changed it.",
                    lt="Pataisiau, ačiū.",
                ),
            ),
        ]
    return turns


def iban_value(c: Ctx) -> str:
    r = c.rng
    if c.lang == "uk":
        bban = (
            r.choice(["322313", "305299", "320649", "380805"])
            + "00000"
            + f"{r.randrange(10**14):014d}"
        )
        return L.make_iban(r, "UA", bban)
    if c.lang == "lt":
        return L.make_iban(
            r, "LT", r.choice(["73000", "70440", "40100", "72900"]) + f"{r.randrange(10**11):011d}"
        )
    bank = r.choice(["NWBK", "BARC", "LOYD", "MIDL"])
    return L.make_iban(r, "GB", bank + f"{r.randrange(10**6):06d}{r.randrange(10**8):08d}")


def iban_text(c: Ctx, iban: str) -> str:
    if not c.asr:
        return " ".join(L.chunk(iban, 4)) if c.rng.random() < 0.7 else iban
    letters = re.findall(r"[A-Z]+|\d+", iban)
    out = []
    for token in letters:
        out.append(
            spell(c, token) if token.isalpha() else c.digits(L.chunk(token, 4), habit="mixed")
        )
    return " ".join(out)


def account(c: Ctx) -> list:
    r = c.rng
    check = None
    if c.lang != "ru" and r.random() < 0.55:
        iban = iban_value(c)
        check = ("iban", iban)
        ask = c.t(
            uk="Назвіть IBAN, на який повернути кошти.",
            en="What's the IBAN for the refund?",
            lt="Kokia sąskaita, IBAN, grąžinti pinigus?",
        )
        lead = c.t(uk="Рахунок", en="It's", lt="Sąskaita")
        text = iban_text(c, iban)
    else:
        kind = r.randrange(3)
        if kind == 0:
            number = f"{r.randrange(10**9, 10**10)}"
            groups = [number[:4], number[4:7], number[7:]]
            ask = c.t(
                ru="Номер лицевого счёта, пожалуйста.",
                uk="Номер особового рахунку, будь ласка.",
                en="Can I take your customer account number?",
                lt="Koks jūsų kliento sąskaitos numeris?",
            )
            lead = c.t(ru="Лицевой счёт", uk="Особовий рахунок", en="It's", lt="Numeris")
        elif kind == 1:
            number = f"{r.randrange(10**7, 10**8)}"
            groups = [number[:4], number[4:]]
            ask = c.t(
                ru="Какой номер договора?",
                uk="Який номер договору?",
                en="What's the agreement number?",
                lt="Koks sutarties numeris?",
            )
            lead = c.t(
                ru="Договор номер",
                uk="Договір номер",
                en="Agreement number",
                lt="Sutarties numeris",
            )
        else:
            number = f"{r.randrange(10**9, 10**10)}"
            groups = [number[:3], number[3:6], number[6:]]
            ask = c.t(
                ru="Назовите номер полиса.",
                uk="Назвіть номер поліса.",
                en="And the policy number?",
                lt="Koks poliso numeris?",
            )
            lead = c.t(ru="Полис", uk="Поліс", en="The policy number is", lt="Poliso numeris")
        text = c.digits(groups, r.choice([" ", "-"]))
    turns = [T("agent", ask), T("customer", c.f(), lead, c.ent("ACCOUNT", text, check=check), ".")]
    if r.random() < 0.35:
        c.tags.add("readback")
        turns += [
            T(
                "agent",
                c.t(ru="Записала:", uk="Записала:", en="So that's", lt="Užrašiau:"),
                c.ent("ACCOUNT", text, check=check),
                ".",
            ),
            T("customer", c.t(ru="Да.", uk="Так.", en="Yes.", lt="Taip.")),
        ]
    return turns


def address(c: Ctx) -> list:
    city = c.rng.choice(CITIES[c.lang])
    text = address_text(c)
    city_lead = c.t(ru=f"Город {city},", uk=f"Місто {city},", en="", lt=f"{city},")
    city_tail = c.t(ru="", uk="", en=f", {city}.", lt="")
    turns = [
        T(
            "agent",
            c.t(
                ru=["Куда приехать грузчикам? Адрес.", "Ваш адрес проживания?"],
                uk=["Куди під'їхати? Адреса.", "Ваша адреса проживання?"],
                en=["What's the address?", "And where are we collecting from?"],
                lt=["Koks adresas?", "Kur jūs gyvenate?"],
            ),
        ),
        T(
            "customer",
            c.f(),
            city_lead if c.rng.random() < 0.6 else "",
            c.ent("ADDRESS", text),
            city_tail or ".",
        ),
    ]
    if c.rng.random() < 0.4:
        c.tags.add("readback")
        turns += [
            T(
                "agent",
                c.t(ru="Значит,", uk="Отже,", en="So that's", lt="Taigi,"),
                c.ent("ADDRESS", text),
                "?",
            ),
            T(
                "customer",
                c.t(
                    ru="Да, подъезд со двора.",
                    uk="Так, вхід з двору.",
                    en="Yes, the blue door.",
                    lt="Taip, įėjimas iš kiemo.",
                ),
            ),
        ]
    return turns


def person_step(c: Ctx) -> list:
    p = person(c)
    form = c.rng.choice(
        {
            "ru": ["sfp", "fs", "sf"],
            "uk": ["sfp", "fs", "sf"],
            "en": ["fs"],
            "lt": ["fs", "fs", "sf"],
        }[c.lang]
    )
    said = name_text(c, p, form)
    turns = [
        T(
            "agent",
            c.t(
                ru=["Как к вам обращаться?", "Назовите, пожалуйста, фамилию, имя и отчество."],
                uk=["Як до вас звертатися?", "Назвіть, будь ласка, прізвище, ім'я та по батькові."],
                en=["Can I take your full name?", "Who am I speaking to?"],
                lt=["Kaip į jus kreiptis?", "Pasakykite savo vardą ir pavardę."],
            ),
        ),
        T(
            "customer",
            c.f(),
            c.t(
                ru=["Меня зовут", ""],
                uk=["Мене звати", ""],
                en=["It's", "My name's"],
                lt=["Mano vardas", "Aš"],
            ),
            c.ent("PERSON", said),
            ".",
        ),
    ]
    if c.rng.random() < 0.6:
        c.tags.add("readback")
        if c.lang == "ru" and p["patr"][0]:
            back = [c.ent("PERSON", name_text(c, p, "fp")), ", спасибо. Чем могу помочь?"]
        elif c.lang == "uk" and p["patr"][0]:
            back = ["Записала:", c.ent("PERSON", name_text(c, p, "sfp")), "."]
        elif c.lang == "en":
            back = [
                "Thank you, Mrs" if p["female"] else "Thank you, Mr",
                c.ent("PERSON", name_text(c, p, "s")),
                ".",
            ]
        else:
            back = [
                "Ačiū, ponia" if p["female"] else "Ačiū, pone",
                c.ent("PERSON", lt_vocative(c, p)),
                ".",
            ]
        turns.append(T("agent", *back))
    return turns


def lt_vocative(c: Ctx, p: dict) -> str:
    """Lithuanian address form of a surname ('pone Kazlauskai', 'ponia Petrauskiene')."""
    sur = p["sur"][0]
    for end, voc in (
        ("ienė", "iene"),
        ("aitė", "aite"),
        ("utė", "ute"),
        ("iūtė", "iūte"),
        ("ius", "iau"),
        ("as", "ai"),
        ("us", "au"),
    ):
        if sur.endswith(end):
            sur = sur[: -len(end)] + voc
            break
    return sur.lower() if c.asr else sur


def third_party(c: Ctx) -> list:
    p = person(c, female=c.rng.random() < 0.5)
    rel = c.t(
        ru="моей мамы" if p["female"] else "моего отца",
        uk="моєї мами" if p["female"] else "мого батька",
        en="my mother's" if p["female"] else "my father's",
        lt="mamos" if p["female"] else "tėčio",
    )
    c.tags.add("third_party")
    return [
        T(
            "customer",
            c.t(
                ru=f"Я звоню по поводу записи {rel}.",
                uk=f"Я телефоную щодо запису {rel}.",
                en=f"I'm calling about {rel} appointment.",
                lt=f"Skambinu dėl {rel} vizito.",
            ),
        ),
        T(
            "agent",
            c.t(
                ru="Как зовут пациента?",
                uk="Як звати пацієнта?",
                en="What's the patient's name?",
                lt="Koks paciento vardas ir pavardė?",
            ),
        ),
        T(
            "customer",
            c.f(),
            c.ent(
                "PERSON",
                name_text(c, p, c.rng.choice(["sfp", "fs"]) if c.lang in ("ru", "uk") else "fs"),
            ),
            ".",
        ),
        T(
            "agent",
            c.t(ru="Вижу, на имя", uk="Бачу, на ім'я", en="Yes, I can see", lt="Matau, yra"),
            c.ent("PERSON", name_text(c, p, "sf", 1)),
            c.t(
                ru="есть запись, приём",
                uk="є запис, прийом",
                en="is booked in for",
                lt="registracija",
            ),
            c.day(c.rng.randint(1, 28), c.rng.randint(1, 12)),
            ".",
        ),
    ]


def interpreter(c: Ctx) -> list:
    p = person(c, female=c.rng.random() < 0.5)
    she = p["female"]
    c.tags.add("interpreter")
    birth = L.random_birth(c.rng)
    said, tail = dob_text(c, birth.replace(day=min(birth.day, 28)))
    return [
        T(
            "customer",
            c.t(
                ru="Здравствуйте, я переводчик, звоню от имени",
                uk="Добрий день, я перекладач, телефоную від імені",
                en="Hello, I'm an interpreter calling on behalf of",
                lt="Laba diena, esu vertėjas, skambinu",
            ),
            c.ent(
                "PERSON",
                name_text(
                    c, p, "fs" if c.lang in ("en", "lt") else "sf", 0 if c.lang == "en" else 1
                ),
            ),
            c.t(
                ru=", " + ("она" if she else "он") + " не говорит по-русски.",
                uk=", " + ("вона" if she else "він") + " не розмовляє українською.",
                en=", " + ("she" if she else "he") + " doesn't speak English.",
                lt="vardu, " + ("ji" if she else "jis") + " nekalba lietuviškai.",
            ),
        ),
        T(
            "agent",
            c.t(
                ru="Хорошо. Дата рождения клиента?",
                uk="Добре. Дата народження клієнта?",
                en="That's fine. What's the client's date of birth?",
                lt="Gerai. Kliento gimimo data?",
            ),
        ),
        T(
            "customer",
            c.t(
                ru="Минуту, уточню. " + ("Она" if she else "Он") + " говорит:",
                uk="Хвилинку, уточню. " + ("Вона" if she else "Він") + " каже:",
                en="One moment. " + ("She" if she else "He") + " says",
                lt="Minutėlę, paklausiu. " + ("Ji" if she else "Jis") + " sako:",
            ),
            c.ent("DOB", said),
            tail,
            "" if tail.endswith(".") else ".",
        ),
    ]


def teen_for_parent(c: Ctx) -> list:
    p = person(c, female=True)
    c.tags.add("third_party")
    age = c.rng.choice([14, 15, 16])
    return [
        T(
            "customer",
            c.t(
                ru="Здравствуйте, я звоню за маму, она сейчас на работе. Её зовут",
                uk="Добрий день, я дзвоню за маму, вона зараз на роботі. Її звати",
                en="Hi, I'm ringing for my mum, she's at work. Her name's",
                lt="Sveiki, skambinu už mamą, ji dabar darbe. Jos vardas",
            ),
            c.ent(
                "PERSON",
                name_text(c, p, c.rng.choice(["sfp", "fs"]) if c.lang in ("ru", "uk") else "fs"),
            ),
            ".",
        ),
        T(
            "agent",
            c.t(
                ru="А сколько вам лет?",
                uk="А скільки вам років?",
                en="And how old are you?",
                lt="O kiek jums metų?",
            ),
        ),
        T(
            "customer",
            c.t(
                ru=f"{c.n(age)}. Она сказала, что можно.",
                uk=f"{c.n(age)}. Вона сказала, що можна.",
                en=f"{c.n(age)}. She said it's fine.",
                lt=f"{c.n(age)}. Ji sakė, kad galima.",
            ),
        ),
    ]


def letter_account(c: Ctx) -> list:
    p = person(c)
    number = f"{c.rng.randrange(10**9, 10**10)}"
    c.tags.add("reading_letter")
    return [
        T(
            "customer",
            c.t(
                ru="Мне пришло письмо, зачитаю: получатель —",
                uk="Мені прийшов лист, зачитаю: отримувач —",
                en="I've had a letter, I'll read it out: Dear",
                lt="Gavau laišką, perskaitysiu: gavėjas",
            ),
            c.t(ru="", uk="", en="Mrs" if p["female"] else "Mr", lt=""),
            c.ent(
                "PERSON",
                name_text(
                    c, p, "s" if c.lang == "en" else ("sfp" if c.lang in ("ru", "uk") else "fs")
                ),
            ),
            c.t(
                ru=", лицевой счёт",
                uk=", особовий рахунок",
                en=", your account number",
                lt=", sąskaitos numeris",
            ),
            c.ent("ACCOUNT", c.digits([number[:4], number[4:7], number[7:]])),
            c.t(
                ru=", сумма к оплате",
                uk=", сума до сплати",
                en=", amount due",
                lt=", mokėtina suma",
            ),
            c.money(c.rng.randrange(5, 400) * 10),
            ".",
        ),
        T(
            "agent",
            c.t(
                ru="Да, вижу это начисление.",
                uk="Так, бачу це нарахування.",
                en="Yes, I can see that bill.",
                lt="Taip, matau šį mokestį.",
            ),
        ),
    ]


# ---- decoy steps: numbers and name-like words that are not PII ---------------------------


def d_amount(c: Ctx) -> list:
    r = c.rng
    amount, days = r.randrange(3, 900) * 10, r.choice([5, 7, 10])
    d, m = r.randint(1, 28), r.randint(1, 12)
    return [
        T(
            "customer",
            c.t(
                ru=f"У меня {c.day(d, m)} списали {c.money(amount, True)}, а я ничего не "
                + ("оплачивала" if c.female else "оплачивал")
                + ".",
                uk=f"У мене {c.day(d, m)} списали {c.money(amount, True)}, а я нічого не "
                + ("оплачувала" if c.female else "оплачував")
                + ".",
                en=f"You took {c.money(amount)} on {c.day(d, m)} and I never authorised it.",
                lt=f"{c.day(d, m)} iš mano sąskaitos buvo nuskaičiuota "
                f"{c.money(amount)}, o aš nieko nepirkau.",
            ),
        ),
        T(
            "agent",
            c.t(
                ru=f"Вижу операцию. Деньги вернутся за {c.n(days)} дней.",
                uk=f"Бачу операцію. Гроші повернуться за {c.n(days)} днів.",
                en=f"I can see it. The refund will take up to {c.n(days)} working days.",
                lt=f"Matau operaciją. Pinigai grįš per {c.n(10)} dienų.",
            ),
        ),
    ]


def d_appointment(c: Ctx) -> list:
    r = c.rng
    d, m, h, mi, room = (
        r.randint(1, 28),
        r.randint(1, 12),
        r.randint(8, 18),
        r.choice([0, 15, 30, 45]),
        r.randint(101, 420),
    )
    return [
        T(
            "agent",
            c.t(
                ru=f"Могу предложить {c.day(d, m)} {c.at(h, mi)}, кабинет {c.n(room)}.",
                uk=f"Можу запропонувати {c.day(d, m)} {c.at(h, mi)}, кабінет {c.n(room)}.",
                en=f"I've got {c.day(d, m)} {c.at(h, mi)}, room {c.n(room)}.",
                lt=f"Galiu pasiūlyti {c.day(d, m)}, {c.time(h, mi)}, kabinetas {c.n(room)}.",
            ),
        ),
        T(
            "customer",
            c.f(),
            c.t(
                ru="Подходит. Сколько длится приём?",
                uk="Підходить. Скільки триває прийом?",
                en="That works. How long will it take?",
                lt="Tinka. Kiek laiko truks?",
            ),
        ),
        T(
            "agent",
            c.t(
                ru=f"Примерно {c.n(40)} минут.",
                uk=f"Приблизно {c.n(40)} хвилин.",
                en=f"About {c.n(40)} minutes.",
                lt=f"Apie {c.n(40)} minučių.",
            ),
        ),
    ]


def d_order(c: Ctx) -> list:
    r = c.rng
    order = f"{r.randrange(10**7, 10**8)}"
    d, m = r.randint(1, 28), r.randint(1, 12)
    return [
        T(
            "customer",
            c.t(
                ru="Номер заказа",
                uk="Номер замовлення",
                en="My order number is",
                lt="Užsakymo numeris",
            ),
            c.digits([order[:4], order[4:]]),
            ".",
        ),
        T(
            "agent",
            c.t(
                ru=f"Заказ передан в доставку, ожидайте {c.day(d, m)}.",
                uk=f"Замовлення передано в доставку, очікуйте {c.day(d, m)}.",
                en=f"It's been dispatched, due on {c.day(d, m)}.",
                lt=f"Užsakymas išsiųstas, pristatysime {c.day(d, m)}.",
            ),
        ),
    ]


def d_card_ending(c: Ctx) -> list:
    last4 = f"{c.rng.randrange(10**4):04d}"
    return [
        T(
            "agent",
            c.t(
                ru="С какой карты списать?",
                uk="З якої картки списати?",
                en="Which card shall I charge?",
                lt="Iš kurios kortelės nuskaičiuoti?",
            ),
        ),
        T(
            "customer",
            c.t(
                ru="С той, что заканчивается на",
                uk="З тієї, що закінчується на",
                en="The one ending in",
                lt="Iš tos, kurios numeris baigiasi",
            ),
            c.digits([last4], habit=c.rng.choice(["single", "pairs"])),
            ".",
        ),
        T(
            "agent",
            c.t(
                ru="Карта, оканчивающаяся на",
                uk="Картка, що закінчується на",
                en="Card ending",
                lt="Kortelė, kurios pabaiga",
            ),
            c.digits([last4], habit="single"),
            c.t(
                ru=", списание прошло.",
                uk=", списання пройшло.",
                en=", that's gone through.",
                lt=", mokėjimas praėjo.",
            ),
        ),
    ]


def d_hotline(c: Ctx) -> list:
    hot = {
        "ru": ["8", "800", "555", "01", "20"],
        "uk": ["0", "800", "503", "320"],
        "en": ["0800", "169", "0190"],
        "lt": ["1", "8", "8", "3"],
    }[c.lang]
    choice = c.rng.randint(1, 5)
    return [
        T(
            "agent",
            c.t(
                ru="Для этого позвоните на горячую линию",
                uk="Для цього зателефонуйте на гарячу лінію",
                en="For that you'll need to ring our helpline on",
                lt="Dėl to skambinkite trumpuoju numeriu",
            ),
            c.digits(hot, " ", habit="groups"),
            c.t(
                ru=f"и в меню нажмите {c.n(choice)}.",
                uk=f"і в меню натисніть {c.n(choice)}.",
                en=f"and choose option {c.n(choice)}.",
                lt=f"ir meniu spauskite {c.n(choice)}.",
            ),
        ),
        T(
            "customer",
            c.t(
                ru="Это бесплатно?",
                uk="Це безкоштовно?",
                en="Is that free to call?",
                lt="Ar tai nemokama?",
            ),
        ),
        T(
            "agent",
            c.t(
                ru="Да, круглосуточно.",
                uk="Так, цілодобово.",
                en="Yes, twenty-four hours.",
                lt="Taip, visą parą.",
            ),
        ),
    ]


def d_meter(c: Ctx) -> list:
    reading, qty = c.rng.randrange(1000, 9999), c.rng.randint(5, 20)
    return [
        T(
            "customer",
            c.t(
                ru=f"Хочу передать показания счётчика: {c.n(reading)}, "
                f"и ещё заказать {c.n(qty)} коробок.",
                uk=f"Хочу передати показники лічильника: {c.n(reading)}, "
                f"і ще замовити {c.n(qty)} коробок.",
                en=f"I want to give a meter reading, {c.n(reading)}, and order {c.n(qty)} boxes.",
                lt=f"Noriu pateikti skaitiklio rodmenis: {c.n(reading)}, ir dar užsisakyti dėžių.",
            ),
        ),
        T(
            "agent",
            c.t(
                ru="Приняла. Коробки привезут вместе с грузчиками.",
                uk="Прийняла. Коробки привезуть разом із вантажниками.",
                en="Got it. The boxes come with the crew.",
                lt="Priėmiau. Dėžes atveš kartu su krovikais.",
            ),
        ),
    ]


def d_tariff(c: Ctx) -> list:
    pct, fee = c.rng.choice([10, 12, 15, 20]), c.rng.randrange(9, 99) * 10
    return [
        T(
            "customer",
            c.t(
                ru="Сколько стоит подписка?",
                uk="Скільки коштує підписка?",
                en="How much is the subscription?",
                lt="Kiek kainuoja prenumerata?",
            ),
        ),
        T(
            "agent",
            c.t(
                ru=f"Тариф «Базовый» — {c.money(fee)} в месяц, "
                f"при оплате за год скидка {c.n(pct)} процентов.",
                uk=f"Тариф «Базовий» — {c.money(fee)} на місяць, "
                f"при оплаті за рік знижка {c.n(pct)} відсотків.",
                en=f"The Basic plan is {c.money(fee)} a month, "
                f"with {c.n(pct)} percent off if you pay yearly.",
                lt=f"Planas „Bazinis“ – {c.money(fee)} per mėnesį, "
                f"mokant už metus nuolaida {c.n(pct)} procentų.",
            ),
        ),
    ]


NEAR_STREET = {
    "ru": [
        "улицей Гагарина",
        "улицей Чехова",
        "Садовой улицей",
        "проспектом Мира",
        "улицей Маршала Жукова",
    ],
    "uk": [
        "вулиці Шевченка",
        "проспекту Перемоги",
        "вулиці Лесі Українки",
        "вулиці Героїв Майдану",
    ],
    "en": ["Baker Street", "Harrow Road", "Kingsley Avenue", "Nelson Close"],
    "lt": ["Vilniaus gatvės", "Savanorių prospekto", "Žirmūnų gatvės", "Basanavičiaus gatvės"],
}
LT_LOCATIVE = {
    "Kaunas": "Kaune",
    "Šiauliai": "Šiauliuose",
    "Klaipėda": "Klaipėdoje",
    "Panevėžys": "Panevėžyje",
    "Alytus": "Alytuje",
}


def d_city_street(c: Ctx) -> list:
    city = c.rng.choice(CITIES[c.lang])
    near = c.rng.choice(NEAR_STREET[c.lang])
    return [
        T(
            "customer",
            c.t(
                ru=f"Я сейчас в городе {city}, у вас есть отделение где-нибудь рядом с {near}?",
                uk=f"Я зараз у місті {city}, у вас є відділення десь біля {near}?",
                en=f"I'm in {city} at the moment, have you got a branch near {near}?",
                lt=f"Dabar esu {LT_LOCATIVE.get(city, city)}, ar turite skyrių prie {near}?",
            ),
        ),
        T(
            "agent",
            c.t(
                ru="Да, через два квартала, открыто до восьми.",
                uk="Так, за два квартали, працює до восьмої.",
                en="Yes, two streets away, open till eight.",
                lt="Taip, už dviejų kvartalų, dirba iki aštuonių.",
            ),
        ),
    ]


def d_namelike(c: Ctx) -> list:
    """Pets, companies and streets named after people, people by role, name-like common words."""
    lines = c.t(
        ru=[
            (
                "Я оставлю кота Барсика у соседки, можно грузчикам прийти без меня?",
                "Можно, бригадир позвонит вам за час.",
            ),
            (
                "Мебель везём из салона «Мебель от Петровича», это ваш партнёр?",
                "Да, с «Петровичем» работаем, упаковку берём на себя.",
            ),
            (
                "Мой юрист сказал, что доверенность нужно заверить у нотариуса.",
                "Верно, нотариус примет вас в порядке очереди.",
            ),
            (
                "Надежды уже никакой, третий раз звоню, а свекровь всё ждёт ответа.",
                "Понимаю, сейчас всё проверю.",
            ),
            (
                "Скажите, а у вас на Пушкинской улице тоже принимают кровь?",
                "Да, пункт на Пушкинской работает по субботам.",
            ),
        ],
        uk=[
            (
                "Я залишу пса Бровка в сусідки, можна вантажникам приїхати без мене?",
                "Можна, бригадир зателефонує вам за годину.",
            ),
            (
                "Меблі веземо з салону «Меблі від Степановича», це ваш партнер?",
                "Так, зі «Степановичем» працюємо.",
            ),
            (
                "Мій юрист сказав, що довіреність треба завірити в нотаріуса.",
                "Так, нотаріус прийме вас у порядку черги.",
            ),
            (
                "Надії вже ніякої, втретє телефоную, а свекруха все чекає відповіді.",
                "Розумію, зараз усе перевірю.",
            ),
            (
                "Скажіть, а на вулиці Франка теж приймають кров?",
                "Так, пункт на Франка працює щосуботи.",
            ),
        ],
        en=[
            (
                "I'll leave the dog, Biscuit, with the neighbour, can the crew start without me?",
                "Yes, the foreman will ring an hour before.",
            ),
            (
                "The sofa's coming from Harvey Norman, do you deal with them?",
                "We do, we'll handle the packing.",
            ),
            (
                "My solicitor says the will has to be witnessed before I sign.",
                "That's right, bring it to the office.",
            ),
            (
                "I just want to pay the bill and mark the account as closed.",
                "Of course, I can close it today.",
            ),
            (
                "Is the donation centre on Victoria Road open on Saturdays?",
                "Yes, Victoria Road is open till two.",
            ),
        ],
        lt=[
            (
                "Katiną Murkį paliksiu pas kaimynę, ar krovikai gali pradėti be manęs?",
                "Gali, brigadininkas paskambins prieš valandą.",
            ),
            (
                "Baldus vežame iš salono „Pas Joną“, ar tai jūsų partneris?",
                "Taip, su „Pas Joną“ dirbame.",
            ),
            (
                "Mano advokatas sakė, kad įgaliojimą reikia patvirtinti pas notarą.",
                "Teisingai, notaras priims eilės tvarka.",
            ),
            (
                "Vilties jau jokios, skambinu trečią kartą, o uošvė vis laukia atsakymo.",
                "Suprantu, tuoj patikrinsiu.",
            ),
            (
                "Ar Gedimino prospekte irgi priimate kraują?",
                "Taip, punktas Gedimino prospekte dirba šeštadieniais.",
            ),
        ],
    )
    c.tags.add("namelike")
    return [T("customer", lines[0]), T("agent", lines[1])]


def d_ticket(c: Ctx) -> list:
    r = c.rng
    ticket, cabin = f"{r.randrange(10**5, 10**6)}", r.randint(10, 99)
    h, m = r.randint(6, 22), r.choice([0, 10, 30, 40])
    d, mo = r.randint(1, 28), r.randint(1, 12)
    return [
        T(
            "customer",
            c.t(
                ru="У меня билет на паром, номер брони",
                uk="У мене квиток на пором, номер бронювання",
                en="I've got a ferry booking, reference",
                lt="Turiu kelto bilietą, rezervacijos numeris",
            ),
            c.digits([ticket], habit=r.choice(["triples", "single", "pairs"])),
            ".",
        ),
        T(
            "agent",
            c.t(
                ru=f"Вижу: отправление {c.day(d, mo)} {c.at(h, m)}, каюта {c.n(cabin)}.",
                uk=f"Бачу: відправлення {c.day(d, mo)} {c.at(h, m)}, каюта {c.n(cabin)}.",
                en=f"Yes, sailing on {c.day(d, mo)} {c.at(h, m)}, cabin {c.n(cabin)}.",
                lt=f"Matau: išplaukimas {c.day(d, mo)}, {c.time(h, m)}, kajutė {c.n(cabin)}.",
            ),
        ),
        T(
            "customer",
            c.t(
                ru="Можно перенести на день позже?",
                uk="Можна перенести на день пізніше?",
                en="Can I move it a day later?",
                lt="Ar galima perkelti dieną vėliau?",
            ),
        ),
        T(
            "agent",
            c.t(
                ru=f"Да, доплата {c.money(r.randrange(2, 20) * 10)}.",
                uk=f"Так, доплата {c.money(r.randrange(2, 20) * 10)}.",
                en=f"Yes, there's a {c.money(r.randrange(2, 20) * 10)} change fee.",
                lt=f"Taip, priemoka {c.money(r.randrange(2, 20) * 10)}.",
            ),
        ),
    ]


def d_closing(c: Ctx) -> list:
    """The caller thanks the agent by name: the agent's own name is not PII."""
    c.tags.add("agent_name")
    name = AGENT_VOCATIVE.get(c.agent, c.agent)
    return [
        T(
            "customer",
            c.t(
                ru=f"Спасибо, {name}, вы очень помогли.",
                uk=f"Дякую, {name}, ви дуже допомогли.",
                en=f"Thanks, {name}, you've been really helpful.",
                lt=f"Ačiū, {name}, labai padėjote.",
            ),
        ),
        T(
            "agent",
            c.t(
                ru="Всего доброго!",
                uk="Гарного дня!",
                en="You're welcome, bye now.",
                lt="Geros dienos!",
            ),
        ),
    ]


def d_reason(c: Ctx) -> list:
    """A short first request with a duration or quantity, so openings differ."""
    n = c.rng.choice([3, 4])
    return [
        T(
            "customer",
            c.t(
                ru=[
                    f"Добрый день, я по поводу переноса, уже {c.n(n)} недели жду.",
                    f"Здравствуйте, у меня вопрос по подписке на {c.n(n * 3)} месяцев.",
                ],
                uk=[
                    f"Добрий день, я щодо перенесення, вже {c.n(n)} тижні чекаю.",
                    f"Вітаю, у мене питання щодо підписки на {c.n(n * 3)} місяців.",
                ],
                en=[
                    f"Hi, it's about rescheduling, I've been waiting {c.n(n)} weeks.",
                    f"Hello, I've a question about my {c.n(n * 3)} month plan.",
                ],
                lt=[
                    "Laba diena, dėl perkėlimo, laukiu jau kelias savaites.",
                    f"Sveiki, turiu klausimą dėl prenumeratos, mokėjau už {c.n(12)} mėnesių.",
                ],
            ),
        )
    ]


# ---- templates and output -----------------------------------------------------------------

ENTITY_TEMPLATES = {
    "card_whole": [card_whole, d_closing],
    "card_split_cvv": [card_split, cvv_expiry],
    "card_corrected": [card_corrected, cvv_expiry],
    "card_whole_cvv": [card_whole, cvv_expiry],
    "card_split": [card_split],
    "fraud_refund_card": [d_amount, card_whole],
    "card_ending_then_new_card": [d_card_ending, card_split],
    "phone": [phone],
    "phone_bad_line": [lambda c: phone(c, badline=True)],
    "email_phone": [email, phone],
    "passport": [person_step, passport],
    "national_id": [national_id],
    "dob_person": [person_step, dob],
    "dob_corrected": [lambda c: dob(c, wrong_then_fix=True)],
    "account": [account],
    "address_moving": [address, d_meter],
    "address_person": [person_step, address],
    "third_party": [third_party, d_appointment],
    "interpreter": [interpreter, national_id],
    "teen_for_parent": [teen_for_parent, phone],
    "letter_account": [letter_account],
    "notary_identity": [person_step, passport, address],
    "blood_donor_registration": [person_step, dob, phone, email],
    "pension_office": [national_id, address],
    "driving_school_enrolment": [person_step, email, passport],
}
# card templates that appear twice in each cycle, so that cards outnumber the rest as in real calls
CARD_TWICE = ["card_whole", "card_split_cvv", "card_corrected"]
# decoy templates that appear twice in each cycle, to keep decoy-only exchanges above 40 %
DECOY_TWICE = [
    "decoy_amount",
    "decoy_appointment",
    "decoy_namelike",
    "decoy_card_ending",
    "decoy_order",
    "decoy_ferry",
    "decoy_city",
    "decoy_tariff",
]
DECOY_TEMPLATES = {
    "decoy_amount": [d_amount, d_closing],
    "decoy_appointment": [d_reason, d_appointment],
    "decoy_order": [d_order],
    "decoy_card_ending": [d_card_ending],
    "decoy_hotline": [d_hotline],
    "decoy_meter": [d_meter],
    "decoy_tariff": [d_tariff, d_card_ending],
    "decoy_city": [d_city_street, d_appointment],
    "decoy_namelike": [d_namelike, d_closing],
    "decoy_ferry": [d_ticket],
    "decoy_mixed": [d_reason, d_order, d_hotline],
    "decoy_agent_name": [d_tariff, d_closing],
}


def template_cycle(lang: str, style: str) -> list[str]:
    """Every template once per cycle (some twice), shuffled per language and style."""
    names = sorted(ENTITY_TEMPLATES) + CARD_TWICE + sorted(DECOY_TEMPLATES) + DECOY_TWICE
    random.Random(f"{SEED}-{lang}-{style}").shuffle(names)
    return names


def make_item(lang: str, style: str, index: int, number: int) -> dict:
    rng = random.Random(f"{SEED}-{lang}-{index}")
    c = Ctx(lang, style, rng)
    cycle = template_cycle(lang, style)
    name = cycle[(index // 2) % len(cycle)]
    decoy = name in DECOY_TEMPLATES
    steps = DECOY_TEMPLATES[name] if decoy else ENTITY_TEMPLATES[name]
    body = [turn for step in steps for turn in step(c)]
    spec = opening(c)
    if body[0][0] == "agent" and rng.random() < 0.3:
        spec += d_reason(c)
    spec += body
    turns, entities = assemble(c, spec)
    checks = [entity.pop("check") for entity in entities]
    tags = sorted(c.tags) if entities else sorted(c.tags | {"decoy", "no_entity"})
    item = {
        "id": f"b9-{lang}-{'a' if style == 'asr' else 'w'}-{number:04d}",
        "lang": lang,
        "style": style,
        "split": "blind9",
        "template": f"{lang}_{name}",
        "tags": tags,
        "turns": turns,
        "entities": entities,
    }
    validate(item)
    for entity, check in zip(entities, checks, strict=True):
        if check is None:
            continue
        assert check_value(*check), (item["id"], check)
        if style == "written" and "self_corrected" not in c.tags:
            said = re.sub(r"[^0-9A-Z]", "", "".join(entity["text"]))
            assert said == check[1], (item["id"], said, check)
    return item


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    jobs = [
        (lang, "asr" if i % 2 else "written", i)
        for lang, count in PER_LANG.items()
        for i in range(count)
    ]
    random.Random(SEED).shuffle(jobs)
    items = [make_item(lang, style, i, number) for number, (lang, style, i) in enumerate(jobs, 1)]
    cells = Counter(
        (e["type"], item["lang"], item["style"]) for item in items for e in item["entities"]
    )
    types = sorted({key[0] for key in cells})
    missing = [
        (kind, lang, style)
        for kind in types
        for lang in PER_LANG
        for style in ("written", "asr")
        if cells[(kind, lang, style)] < 2
    ]
    cards = sum(v for k, v in cells.items() if k[0] == "CARD")
    assert cards >= 150, cards
    assert len({item["template"] for item in items if item["lang"] == "lt"}) >= 30
    for kind in types:
        print(
            kind,
            " ".join(
                f"{lang}/{style[0]}={cells[(kind, lang, style)]}"
                for lang in PER_LANG
                for style in ("written", "asr")
            ),
        )
    assert not missing, ("too few examples of", missing)
    args.out.write_text(
        "".join(json.dumps(item, ensure_ascii=False) + "\n" for item in items), encoding="utf-8"
    )
    decoys = sum(1 for item in items if not item["entities"])
    print(
        f"{len(items)} exchanges, {decoys} without entities ({decoys / len(items):.0%}), "
        f"{sum(cells.values())} entities, {cards} cards -> {args.out}"
    )


if __name__ == "__main__":
    main()
