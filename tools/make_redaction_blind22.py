"""Generate the blind22 redaction evaluation set (450 labelled ru/uk/en/lt exchanges).

    python tools/make_redaction_blind22.py [--seed 2222]
        [--out benchmarks/data/redaction_blind22.jsonl]

Why a generator: offsets are never typed by hand. Every turn is assembled from plain text and
labelled value segments, the token pieces and character spans are computed from them, and the
whole file is checked (spans, asr alphabet, Luhn, check digits, card digits per entity) before
it is written. Output is byte-deterministic for a given seed. Imports nothing from speechqa.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import re
import string
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import blind22_lang as L

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "benchmarks" / "data" / "redaction_blind22.jsonl"
SPLIT = "blind22"
ASR_RE = re.compile(r"^[a-zа-яёіїєґąčęėįšųūž' ]+$")
LANGS = ("ru", "uk", "en", "lt")
TYPES = ("ACCOUNT", "ADDRESS", "CARD", "CVV", "DOB", "EMAIL", "EXPIRY", "NATIONAL_ID",
         "PASSPORT", "PERSON", "PHONE")
OCR_MAP = str.maketrans({"O": "0", "О": "0", "l": "1", "I": "1", "S": "5", "B": "8", "З": "3"})


@dataclass
class V:
    """A labelled value segment: `key` names the entity inside the exchange."""

    key: str
    text: str
    digits: str = ""


@dataclass
class Ex:
    """One exchange being written: turns as token lists plus where each value landed."""

    lang: str
    style: str
    template: str
    rng: random.Random
    setting: str
    turns: list[tuple[str, list[str]]] = field(default_factory=list)
    types: dict[str, str] = field(default_factory=dict)
    pieces: dict[str, list[tuple[int, int, int, str]]] = field(default_factory=dict)
    order: list[str] = field(default_factory=list)
    tags: set[str] = field(default_factory=set)
    card_checks: list[tuple[str, str, str]] = field(default_factory=list)
    zero_en: str = "oh"

    @property
    def asr(self) -> bool:
        return self.style == "asr"

    def pick(self, options):
        """A phrase for this language: options are a str, a list, or a per-language dict."""
        if isinstance(options, dict):
            options = options[self.lang]
        if isinstance(options, str):
            return options
        return options[self.rng.randrange(len(options))]

    def ent(self, key: str, kind: str) -> str:
        assert kind in TYPES, kind
        assert self.types.get(key, kind) == kind, key
        self.types[key] = kind
        return key

    def say(self, role: str, fmt, **values) -> None:
        """Add a turn: `fmt` is a phrase with {placeholders}; V values become labelled pieces."""
        fmt = self.pick(fmt)
        parts: list[str | V] = []
        for literal, name, spec, conv in string.Formatter().parse(fmt):
            assert not spec and not conv, fmt
            if literal:
                parts.append(literal)
            if name is not None:
                value = values[name]
                parts.append(value if isinstance(value, V) else str(value))
        merged: list[str | V] = []
        for part in parts:
            if isinstance(part, str) and merged and isinstance(merged[-1], str):
                merged[-1] += part
            else:
                merged.append(part)
        tokens: list[str] = []
        turn_index = len(self.turns)
        for index, part in enumerate(merged):
            if isinstance(part, V):
                before = merged[index - 1] if index else ""
                after = merged[index + 1] if index + 1 < len(merged) else ""
                assert isinstance(before, str) and isinstance(after, str), fmt
                assert not before or before[-1].isspace(), f"glued before value: {fmt!r}"
                assert not after or after[0].isspace(), f"glued after value: {fmt!r}"
                words = part.text.split()
                assert words and " ".join(words) == part.text, part.text
                assert part.key in self.types, part.key
                if part.key not in self.pieces:
                    self.pieces[part.key] = []
                    self.order.append(part.key)
                self.pieces[part.key].append((turn_index, len(tokens), len(tokens) + len(words),
                                              part.digits))
                tokens += words
            else:
                tokens += (asrify(part) if self.asr else part).split()
        assert tokens, fmt
        self.turns.append((role, tokens))

    def check_card(self, key: str, card: str, mode: str = "exact") -> None:
        """Record how the digits of CARD entity `key` must relate to `card`."""
        self.card_checks.append((key, card, mode))

    # --- numbers in plain text -----------------------------------------------------------
    def num(self, n: int) -> str:
        return str(n) if not self.asr else L.cardinal(n, self.lang)

    def code(self, digits: str) -> str:
        """A reference number read digit by digit in asr."""
        return digits if not self.asr else L.digit_words(digits, self.lang, self.zero)

    def pairs(self, digits: str) -> str:
        if not self.asr:
            return digits
        return " ".join(L.chunk_words(digits[i:i + 2], self.lang, self.zero)
                        for i in range(0, len(digits), 2))

    @property
    def zero(self) -> str | None:
        return self.zero_en if self.lang == "en" else None

    def money(self, amount: int) -> str:
        if not self.asr:
            spaced = f"{amount:,}".replace(",", " ")
            return {"ru": f"{spaced} ₽", "uk": f"{spaced} грн", "en": f"£{amount:,}",
                    "lt": f"{spaced} €"}[self.lang]
        words = L.cardinal(amount, self.lang)
        unit = {"ru": L._plural(amount, "рубль", "рубля", "рублей", "ru"),
                "uk": L._plural(amount, "гривня", "гривні", "гривень", "uk"),
                "en": "pound" if amount == 1 else "pounds",
                "lt": L._plural(amount, "euras", "eurai", "eurų", "lt")}[self.lang]
        return f"{words} {unit}"

    def clock(self, hour: int, minute: int) -> str:
        if not self.asr:
            return f"{hour}:{minute:02d}"
        if minute == 0:
            tail = {"ru": "ноль ноль", "uk": "нуль нуль", "en": "o'clock",
                    "lt": "nulis nulis"}[self.lang]
            return f"{L.cardinal(hour, self.lang)} {tail}"
        return f"{L.cardinal(hour, self.lang)} {L.chunk_words(f'{minute:02d}', self.lang, 'oh')}"


def asrify(text: str) -> str:
    """Lower case, no punctuation but apostrophes: what a recogniser writes."""
    assert not any(char.isdigit() for char in text), f"digit in asr text: {text!r}"
    text = text.lower().replace("’", "'").replace("ʼ", "'")
    return re.sub(r"[^a-zа-яёіїєґąčęėįšųūž' ]", " ", text)


# --- values -----------------------------------------------------------------------------------

CARD_KINDS = {
    "visa": (("4",), 16), "mc": (("51", "52", "53", "54", "55"), 16),
    "mc2": (("2221", "2306", "2480", "2720"), 16), "mir": (("2200", "2202", "2204"), 16),
    "amex": (("34", "37"), 15), "visa13": (("4",), 13), "maestro": (("6759", "5018"), 19),
    "unionpay": (("62",), 16),
}
GROUPS = {16: (4, 4, 4, 4), 15: (4, 6, 5), 13: (4, 4, 5), 19: (4, 4, 4, 4, 3)}


def make_card(rng: random.Random, kind: str) -> str:
    prefixes, length = CARD_KINDS[kind]
    body = rng.choice(prefixes)
    while len(body) < length - 1:
        body += str(rng.randrange(10))
    card = L.luhn_complete(body)
    assert L.luhn_ok(card) and 13 <= len(card) <= 19
    return card


def groups_of(card: str) -> list[str]:
    out, start = [], 0
    for size in GROUPS[len(card)]:
        out.append(card[start:start + size])
        start += size
    return out


def en_triple(ex: Ex, chunk: str) -> str:
    """English threes: 'four oh nine', 'four seventy six', 'six hundred'."""
    if chunk.startswith("0") or len(chunk) < 3:
        return L.chunk_words(chunk, "en", ex.zero)
    head = L.DIGITS["en"][int(chunk[0])]
    if chunk[1:] == "00":
        return f"{head} hundred"
    if chunk[1] == "0":
        return f"{head} {ex.zero or 'oh'} {L.DIGITS['en'][int(chunk[2])]}"
    return f"{head} {L.cardinal(int(chunk[1:]), 'en')}"


def say_group(ex: Ex, group: str, mode: str) -> str:
    """How a caller says one run of digits: digit by digit, in pairs, or as one number.

    English callers do not say a four-digit group as thousands, so 'whole' becomes pairs there.
    """
    if ex.lang == "en" and mode == "whole":
        mode = "triples" if len(group) == 3 else "pairs"
    if ex.lang == "en" and mode == "triples":
        return " ".join(en_triple(ex, group[i:i + 3]) for i in range(0, len(group), 3))
    if mode == "digits":
        return L.digit_words(group, ex.lang, ex.zero)
    if mode == "pairs":
        return " ".join(L.chunk_words(group[i:i + 2], ex.lang, ex.zero)
                        for i in range(0, len(group), 2))
    if mode == "triples":
        return " ".join(L.chunk_words(group[i:i + 3], ex.lang, ex.zero)
                        for i in range(0, len(group), 3))
    assert mode == "whole"
    return L.chunk_words(group, ex.lang, ex.zero)


def unambiguous(ex: Ex, text: str, digits: str) -> str:
    """Spoken groups can run together ('две тысячи двести' + 'один…'); fall back to digits."""
    if L.words_to_digits(text, ex.lang) == digits:
        return text
    return L.digit_words(digits, ex.lang, ex.zero)


def run_v(ex: Ex, key: str, groups: list[str], mode: str = "digits", sep: str = " ") -> V:
    """A labelled run of card groups in this exchange's style."""
    digits = "".join(groups)
    if ex.asr:
        if mode == "mixed":
            modes = [ex.rng.choice(("digits", "pairs", "whole")) for _ in groups]
        else:
            modes = [mode] * len(groups)
        text = unambiguous(ex, " ".join(say_group(ex, g, m)
                                        for g, m in zip(groups, modes, strict=True)), digits)
    else:
        text = sep.join(groups)
    return V(key, text, digits)


def expiry_v(ex: Ex, key: str, month: int, year: int, form: int) -> V:
    """Card expiry, in one of a few written or spoken forms (form picks one)."""
    yy = year % 100
    if not ex.asr:
        forms = [f"{month:02d}/{yy:02d}", f"{month:02d}.{yy:02d}", f"{month:02d}/{year}",
                 f"{month}/{yy:02d}", f"{month:02d} / {yy:02d}"]
        return V(key, forms[form % len(forms)])
    lang = ex.lang
    mm = L.chunk_words(f"{month:02d}", lang, ex.zero)
    year_words = L.cardinal(yy, lang)
    if lang in ("ru", "uk"):
        forms = [f"{mm} {year_words}", f"{L.cardinal(month, lang)} {year_words}",
                 f"{L.MONTHS[lang][month - 1]} {L.ordinal_gen(yy, lang)}"]
    elif lang == "en":
        forms = [f"{mm} {year_words}", f"{L.MONTHS['en'][month - 1]} {year_words}",
                 f"{L.cardinal(month, 'en')} {year_words}"]
    else:
        forms = [f"{mm} {year_words}", f"{L.cardinal(month, 'lt')} {year_words}",
                 f"{L.MONTHS['lt'][month - 1]} {year_words}"]
    return V(key, forms[form % len(forms)])


def cvv_v(ex: Ex, key: str, cvv: str) -> V:
    if not ex.asr:
        return V(key, cvv, cvv)
    mode = "whole" if ex.rng.random() < 0.4 and not cvv.startswith("0") else "digits"
    return V(key, unambiguous(ex, say_group(ex, cvv, mode), cvv), cvv)


def person_v(ex: Ex, key: str, text: str) -> V:
    return V(key, text.lower() if ex.asr else text)


# --- settings ---------------------------------------------------------------------------------
# company: named by the agent in the greeting; purpose: what the card pays for (ru/uk genitive,
# en noun phrase, lt accusative after "už"); opener: the customer's first line; decoy: lines of
# the setting that hold numbers, names and places that are NOT personal data.

SETTINGS: dict[str, dict[str, dict[str, object]]] = {
    "vet": {
        "company": {"ru": "Ветклиника «Лапа»", "uk": "Ветклініка «Хвіст»",
                    "en": "Riverside Vets", "lt": "Veterinarijos klinika „Keturkojis“"},
        "purpose": {"ru": "оплаты приёма", "uk": "оплати прийому",
                    "en": "today's consultation", "lt": "vizitą"},
        "opener": {"ru": ["Хочу оплатить приём и анализы кошки.",
                          "Мы вчера были с собакой на УЗИ, надо доплатить."],
                   "uk": ["Хочу оплатити прийом і аналізи кота.",
                          "Ми вчора були з собакою на УЗД, треба доплатити."],
                   "en": ["I'd like to pay for the cat's bloods and the appointment.",
                          "We were in with the dog yesterday, I still owe for the scan."],
                   "lt": ["Norėčiau apmokėti katės tyrimus ir vizitą.",
                          "Vakar buvome su šunimi echoskopijoje, reikia primokėti."]},
        "decoy": {"ru": [("customer", "Кошку зовут Маргарита, ей {n} года, весит {n2} кило."),
                         ("agent", "Прививка у Маргариты {day} числа в {time}, кабинет {n2}."),
                         ("agent", "Корм по рецепту стоит {amt}, номер чипа {chip}.")],
                  "uk": [("customer", "Кота звати Тарас, йому {n} роки, важить {n2} кіло."),
                         ("agent", "Щеплення для Тараса {day} числа о {time}, кабінет {n2}."),
                         ("agent", "Лікувальний корм коштує {amt}, номер чипа {chip}.")],
                  "en": [("customer", "The dog's called Derek, he's {n}, about {n2} kilos."),
                         ("agent", "Derek's booster is on the {day} at {time}, room {n2}."),
                         ("agent", "The prescription food is {amt}, microchip {chip}.")],
                  "lt": [("customer", "Katinas vardu Mindaugas, jam {n} metai, sveria {n2} kg."),
                         ("agent", "Mindaugo skiepas {day} dieną {time}, kabinetas {n2}."),
                         ("agent", "Dietinis pašaras kainuoja {amt}, čipo numeris {chip}.")]},
    },
    "theatre": {
        "company": {"ru": "Касса театра «Модерн»", "uk": "Каса театру «Сузір'я»",
                    "en": "Queen's Playhouse box office", "lt": "Miesto teatro kasa"},
        "purpose": {"ru": "оплаты билетов", "uk": "оплати квитків", "en": "the tickets",
                    "lt": "bilietus"},
        "opener": {"ru": ["Хочу выкупить бронь на субботу, два билета.",
                          "Мне нужны билеты в партер на вечерний спектакль."],
                   "uk": ["Хочу викупити бронь на суботу, два квитки.",
                          "Мені потрібні квитки в партер на вечірню виставу."],
                   "en": ["I want to pay for the two seats I reserved for Saturday.",
                          "Can I get stalls tickets for the evening show?"],
                   "lt": ["Noriu išpirkti rezervaciją šeštadieniui, du bilietai.",
                          "Man reikia bilietų į parterį vakariniam spektakliui."]},
        "decoy": {"ru": [("agent", "«Евгений Онегин» в {time}, ряд {n}, места {n2} и {n3}."),
                         ("agent", "Бронь номер {ref}, итого {amt}."),
                         ("customer", "А «Анну Болейн» когда дают? Говорят, {n} часа идёт.")],
                  "uk": [("agent", "«Катерина» о {time}, ряд {n}, місця {n2} і {n3}."),
                         ("agent", "Бронювання номер {ref}, разом {amt}."),
                         ("customer", "А «Марусю Чурай» коли показують? Кажуть, {n} години.")],
                  "en": [("agent", "Hamlet at {time}, row {n}, seats {n2} and {n3}."),
                         ("agent", "Booking reference {ref}, that's {amt} in total."),
                         ("customer", "And when's Mary Stuart on? I heard it runs {n} hours.")],
                  "lt": [("agent", "„Gražina“ {time}, eilė {n}, vietos {n2} ir {n3}."),
                         ("agent", "Rezervacijos numeris {ref}, iš viso {amt}."),
                         ("customer", "O „Mindaugą“ kada rodo? Sako, trunka {n} val.")]},
    },
    "furniture": {
        "company": {"ru": "«Мебель-Сборка»", "uk": "«Меблі-Монтаж»", "en": "FlatPack Fitters",
                    "lt": "„Baldų meistrai“"},
        "purpose": {"ru": "оплаты сборки", "uk": "оплати збирання",
                    "en": "the assembly visit", "lt": "surinkimą"},
        "opener": {"ru": ["Мне нужно собрать шкаф и два стеллажа.",
                          "Хочу оплатить сборщика на четверг."],
                   "uk": ["Мені треба зібрати шафу і два стелажі.",
                          "Хочу оплатити збиральника на четвер."],
                   "en": ["I need a wardrobe and two bookcases put together.",
                          "I'd like to pay for the fitter on Thursday."],
                   "lt": ["Reikia surinkti spintą ir dvi lentynas.",
                          "Noriu apmokėti meistrą ketvirtadieniui."]},
        "decoy": {"ru": [("customer", "Стеллаж «Билли», {n} штуки, и шкаф «Элиза», {n2} дверей."),
                         ("customer", "На коробке штрихкод {ean}."),
                         ("agent", "Мастер приедет с {time}, выезд {amt}.")],
                  "uk": [("customer", "Стелаж «Біллі», {n} штуки, і шафа «Соломія», {n2} дверей."),
                         ("customer", "На коробці штрихкод {ean}."),
                         ("agent", "Майстер приїде з {time}, виїзд {amt}.")],
                  "en": [("customer", "It's {n} Billy bookcases and a Josephine wardrobe."),
                         ("customer", "The barcode on the box says {ean}."),
                         ("agent", "The fitter comes from {time}, call-out is {amt}.")],
                  "lt": [("customer", "Lentynos „Billy“, {n} vnt., ir spinta „Ona“."),
                         ("customer", "Ant dėžės brūkšninis kodas {ean}."),
                         ("agent", "Meistras atvyks nuo {time}, iškvietimas {amt}.")]},
    },
    "flowers": {
        "company": {"ru": "«Флора Экспресс»", "uk": "«Букет-Експрес»", "en": "Petal Post",
                    "lt": "„Gėlių kurjeris“"},
        "purpose": {"ru": "оплаты букета", "uk": "оплати букета", "en": "the bouquet",
                    "lt": "puokštę"},
        "opener": {"ru": ["Хочу заказать букет с доставкой на завтра.",
                          "Нужно отправить цветы на юбилей."],
                   "uk": ["Хочу замовити букет з доставкою на завтра.",
                          "Треба надіслати квіти на ювілей."],
                   "en": ["I'd like a bouquet delivered tomorrow.",
                          "I need flowers sent for a big birthday."],
                   "lt": ["Noriu užsakyti puokštę su pristatymu rytoj.",
                          "Reikia nusiųsti gėlių jubiliejui."]},
        "decoy": {"ru": [("customer", "Розы «Пьер де Ронсар», {n2} штук, и открытку."),
                         ("agent", "Доставка с {time}, букет {amt}, заказ {ref}."),
                         ("agent", "Самовывоз: ул. Чехова, {house}, павильон {n2}.")],
                  "uk": [("customer", "Троянди «П'єр де Ронсар», {n2} штук, і листівку."),
                         ("agent", "Доставка з {time}, букет {amt}, замовлення {ref}."),
                         ("agent", "Самовивіз: вул. Франка, {house}, павільйон {n2}.")],
                  "en": [("customer", "Gertrude Jekyll roses please, {n} stems, and a card."),
                         ("agent", "Delivery from {time}, the bouquet's {amt}, order {ref}."),
                         ("agent", "Or collect from {house} Darwin Street, unit {n2}.")],
                  "lt": [("customer", "Rožės „Pierre de Ronsard“, {n} vnt., ir atvirukas."),
                         ("agent", "Pristatymas nuo {time}, puokštė {amt}, užsakymas {ref}."),
                         ("agent", "Atsiimti galima Maironio g. {house}, paviljonas {n2}.")]},
    },
    "photo": {
        "company": {"ru": "Фотостудия «Кадр»", "uk": "Фотостудія «Кадр»",
                    "en": "Silver Frame Weddings", "lt": "Fotostudija „Akimirka“"},
        "purpose": {"ru": "предоплаты съёмки", "uk": "передоплати зйомки",
                    "en": "the shoot deposit", "lt": "fotosesijos avansą"},
        "opener": {"ru": ["Хотим забронировать фотографа на свадьбу.",
                          "Мне нужна предоплата за свадебную съёмку."],
                   "uk": ["Хочемо забронювати фотографа на весілля.",
                          "Мені треба внести передоплату за весільну зйомку."],
                   "en": ["We'd like to book you for the wedding.",
                          "I need to put the deposit down for the wedding shoot."],
                   "lt": ["Norime užsisakyti fotografą vestuvėms.",
                          "Reikia sumokėti avansą už vestuvių fotosesiją."]},
        "decoy": {"ru": [("customer", "Банкет в ресторане «Пушкин», начало в {time}."),
                         ("agent", "Пакет на {n} часа — {amt}, альбом {n2} разворотов."),
                         ("agent", "Договор пришлём, номер брони {ref}.")],
                  "uk": [("customer", "Банкет у ресторані «Франко», початок о {time}."),
                         ("agent", "Пакет на {n} години — {amt}, альбом на {n2} розворотів."),
                         ("agent", "Номер бронювання {ref}, договір надішлемо.")],
                  "en": [("customer", "Reception's at the Earl of Derby, starts at {time}."),
                         ("agent", "The {n}-hour package is {amt}, album of {n2} spreads."),
                         ("agent", "Your booking reference is {ref}.")],
                  "lt": [("customer", "Pokylis restorane „Mikalojus“, pradžia {time}."),
                         ("agent", "Paketas {n} val. — {amt}, albume atvartų: {n2}."),
                         ("agent", "Rezervacijos numeris {ref}.")]},
    },
    "ski": {
        "company": {"ru": "Горнолыжный комплекс «Вершина»", "uk": "Курорт «Полонина»",
                    "en": "Glenmore Ski Centre", "lt": "Slidinėjimo centras „Snieguolė“"},
        "purpose": {"ru": "оплаты ски-пасса", "uk": "оплати ски-пасу", "en": "the lift pass",
                    "lt": "keltuvų abonementą"},
        "opener": {"ru": ["Хочу продлить ски-пасс на выходные.",
                          "Нужно оплатить прокат и абонемент на подъёмники."],
                   "uk": ["Хочу продовжити ски-пас на вихідні.",
                          "Треба оплатити прокат і абонемент на підйомники."],
                   "en": ["I want to top up my lift pass for the weekend.",
                          "I need to pay for rental and the lift pass."],
                   "lt": ["Noriu pratęsti keltuvų abonementą savaitgaliui.",
                          "Reikia apmokėti nuomą ir keltuvų abonementą."]},
        "decoy": {"ru": [("customer", "Номер ски-пасса на карточке {skipass}."),
                         ("agent", "Подъёмник {n} работает до {time}, трасса «Ольгина» закрыта."),
                         ("agent", "Прокат ботинок, размер {n2}, — {amt} в день.")],
                  "uk": [("customer", "Номер ски-пасу на картці {skipass}."),
                         ("agent", "Підйомник {n} працює до {time}, траса «Марічка» закрита."),
                         ("agent", "Прокат черевиків, розмір {n2}, — {amt} на день.")],
                  "en": [("customer", "The pass number on the card is {skipass}."),
                         ("agent", "Lift {n} runs till {time}, the Lady Anne run is shut."),
                         ("agent", "Boot hire, size {n2}, is {amt} a day.")],
                  "lt": [("customer", "Abonemento numeris kortelėje {skipass}."),
                         ("agent", "Keltuvas {n} veikia iki {time}, trasa „Jūratė“ uždaryta."),
                         ("agent", "Batų nuoma, dydis {n2}, — {amt} per dieną.")]},
    },
    "solar": {
        "company": {"ru": "«СолнцеЭнерго»", "uk": "«СонцеБуд»", "en": "BrightRoof Solar",
                    "lt": "„Saulės stogai“"},
        "purpose": {"ru": "предоплаты монтажа", "uk": "передоплати монтажу",
                    "en": "the installation deposit", "lt": "montavimo avansą"},
        "opener": {"ru": ["Хочу поставить панели на дачу, внести предоплату.",
                          "Инвертор барахлит, нужен выезд мастера."],
                   "uk": ["Хочу поставити панелі на дачу, внести передоплату.",
                          "Інвертор глючить, потрібен виїзд майстра."],
                   "en": ["I'd like panels on the roof, I'm ready to pay the deposit.",
                          "The inverter keeps tripping, I need an engineer out."],
                   "lt": ["Noriu saulės modulių ant sodo namo stogo, sumokėsiu avansą.",
                          "Inverteris stringa, reikia meistro."]},
        "decoy": {"ru": [("customer", "На инверторе серийник {serial}, сим-карта {iccid}."),
                         ("agent", "Батарея «Тесла», {n2} киловатт, — {amt}."),
                         ("agent", "Монтажник будет с {time}, договор {ref}.")],
                  "uk": [("customer", "На інверторі серійник {serial}, сім-картка {iccid}."),
                         ("agent", "Батарея «Тесла», {n2} кіловат, — {amt}."),
                         ("agent", "Монтажник буде з {time}, договір {ref}.")],
                  "en": [("customer", "Inverter serial {serial}, the SIM in it is {iccid}."),
                         ("agent", "A Tesla Powerwall, {n} kilowatts, is {amt}."),
                         ("agent", "Engineer arrives from {time}, job {ref}.")],
                  "lt": [("customer", "Inverterio serijinis {serial}, SIM kortelė {iccid}."),
                         ("agent", "Baterija „Tesla“, {n} kW, — {amt}."),
                         ("agent", "Montuotojas atvyks nuo {time}, užsakymas {ref}.")]},
    },
    "language": {
        "company": {"ru": "Языковая школа «Лингва»", "uk": "Мовна школа «Лінгва»",
                    "en": "Lexicon Language School", "lt": "Kalbų mokykla „Lingvista“"},
        "purpose": {"ru": "оплаты курса", "uk": "оплати курсу", "en": "the course",
                    "lt": "kursą"},
        "opener": {"ru": ["Хочу оплатить курс английского для дочки.",
                          "Нужно продлить занятия по немецкому на семестр."],
                   "uk": ["Хочу оплатити курс англійської для доньки.",
                          "Треба продовжити заняття з німецької на семестр."],
                   "en": ["I want to pay for my son's Spanish course.",
                          "I need to renew the evening French classes."],
                   "lt": ["Noriu apmokėti anglų kalbos kursą dukrai.",
                          "Reikia pratęsti vokiečių kalbos pamokas semestrui."]},
        "decoy": {"ru": [("agent", "Учебник «Мэрфи», уровень B{n}, группа {n2}, аудитория {room}."),
                         ("agent", "Занятия по вторникам в {time}, курс {amt}."),
                         ("customer", "В прошлом семестре была группа «Шекспир», {n3} человек.")],
                  "uk": [("agent", "Підручник «Мерфі», рівень B{n}, група {n2}, аудиторія {room}."),
                         ("agent", "Заняття щовівторка о {time}, курс {amt}."),
                         ("customer", "Минулого семестру була група «Шекспір», {n3} людей.")],
                  "en": [("agent", "It's the Murphy book, level B{n}, group {n2}, room {room}."),
                         ("agent", "Tuesdays at {time}, the course is {amt}."),
                         ("customer", "Last term he was in the Dickens group, {n3} kids.")],
                  "lt": [("agent",
                          "Vadovėlis „Murphy“, lygis B{n}, grupė {n2}, auditorija {room}."),
                         ("agent", "Pamokos antradieniais {time}, kursas {amt}."),
                         ("customer", "Praėjusį semestrą buvo grupė „Šekspyras“, iš viso {n3}.")]},
    },
    "bike": {
        "company": {"ru": "Веломастерская «Спица»", "uk": "Веломайстерня «Спиця»",
                    "en": "Chainline Cycles", "lt": "Dviračių dirbtuvės „Stipinas“"},
        "purpose": {"ru": "оплаты ремонта", "uk": "оплати ремонту", "en": "the repair",
                    "lt": "remontą"},
        "opener": {"ru": ["Забираю велосипед из ремонта, хочу оплатить заранее.",
                          "Нужно перебрать втулку и заменить цепь."],
                   "uk": ["Забираю велосипед з ремонту, хочу оплатити заздалегідь.",
                          "Треба перебрати втулку і замінити ланцюг."],
                   "en": ["I'm collecting the bike from the service, I'll pay now.",
                          "The hub needs rebuilding and a new chain."],
                   "lt": ["Atsiimu dviratį iš remonto, noriu sumokėti iš anksto.",
                          "Reikia perrinkti įvorę ir pakeisti grandinę."]},
        "decoy": {"ru": [("customer", "Велосипед «Бьянки», номер рамы {serial}."),
                         ("agent", "Цепь {amt}, работа {n} часа, готово к {time}."),
                         ("agent", "Квитанция {ref}, стойка {n2}.")],
                  "uk": [("customer", "Велосипед «Б'янкі», номер рами {serial}."),
                         ("agent", "Ланцюг {amt}, робота {n} години, готово до {time}."),
                         ("agent", "Квитанція {ref}, стійка {n2}.")],
                  "en": [("customer", "It's a Bianchi, frame number {serial}."),
                         ("agent", "Chain's {amt}, {n} hours' labour, ready by {time}."),
                         ("agent", "Your ticket is {ref}, rack {n2}.")],
                  "lt": [("customer", "Dviratis „Bianchi“, rėmo numeris {serial}."),
                         ("agent", "Grandinė {amt}, darbas {n} val., bus paruošta {time}."),
                         ("agent", "Kvitas {ref}, stovas {n2}.")]},
    },
    "camp": {
        "company": {"ru": "Детский лагерь «Сосновый бор»", "uk": "Дитячий табір «Смерічка»",
                    "en": "Camp Heatherlea", "lt": "Vaikų stovykla „Ąžuoliukas“"},
        "purpose": {"ru": "оплаты путёвки", "uk": "оплати путівки", "en": "the camp place",
                    "lt": "kelialapį"},
        "opener": {"ru": ["Хочу оплатить путёвку на вторую смену.",
                          "Нужно доплатить за лагерь, сын едет в июле."],
                   "uk": ["Хочу оплатити путівку на другу зміну.",
                          "Треба доплатити за табір, син їде в липні."],
                   "en": ["I'd like to pay for a place on the second session.",
                          "I need to pay the balance, my son's going in July."],
                   "lt": ["Noriu apmokėti kelialapį į antrą pamainą.",
                          "Reikia primokėti už stovyklą, sūnus važiuoja liepą."]},
        "decoy": {"ru": [("agent", "Отряд {n}, корпус «Белоснежка», заезд в {time}."),
                         ("agent", "Путёвка {amt}, автобус от метро «Маяковская»."),
                         ("customer", "Сыну {n2} лет, аллергия на орехи, рост {tall}.")],
                  "uk": [("agent", "Загін {n}, корпус «Мавка», заїзд о {time}."),
                         ("agent", "Путівка {amt}, автобус від метро «Лук'янівська»."),
                         ("customer", "Синові {n2} років, алергія на горіхи, зріст {tall}.")],
                  "en": [("agent", "Group {n}, Robin Hood cabin, check-in at {time}."),
                         ("agent", "The place is {amt}, coach from Victoria station."),
                         ("customer", "He's {n2}, nut allergy, {tall} centimetres tall.")],
                  "lt": [("agent", "Būrys {n}, namelis „Jūratė“, atvykimas {time}."),
                         ("agent", "Kelialapis {amt}, autobusas nuo Gedimino paminklo."),
                         ("customer", "Sūnui jau {n2}, alergija riešutams, ūgis {tall}.")]},
    },
}
SETTING_KEYS = tuple(SETTINGS)
AGENTS = {"ru": ["Марина", "Денис", "Ксения", "Артём", "Полина"],
          "uk": ["Оксана", "Максим", "Ірина", "Василь", "Дарина"],
          "en": ["Chloe", "Liam", "Hannah", "Owen", "Priya"],
          "lt": ["Ugnė", "Lukas", "Monika", "Paulius", "Greta"]}
GREET = {"ru": ["{company}, {agent}, здравствуйте.", "{company}, меня зовут {agent}, слушаю вас."],
         "uk": ["{company}, {agent}, добрий день.", "{company}, мене звати {agent}, слухаю."],
         "en": ["{company}, {agent} speaking, how can I help?",
                "Good morning, {company}, you're through to {agent}."],
         "lt": ["{company}, {agent}, laba diena.", "{company}, kalba {agent}, klausau."]}

# Generic hard negatives: card-length numbers that are not cards, masked card references,
# people's names as brands, streets and shops, and addresses that belong to no customer.
GENERIC_DECOYS: dict[str, dict[str, list[tuple[str, str]]]] = {
    "voucher": {
        "ru": [("customer", "Хочу ещё подарочный сертификат применить, номер {voucher}."),
               ("agent", "Сертификат на {amt2}, спишем его первым.")],
        "uk": [("customer", "Хочу ще подарунковий сертифікат використати, номер {voucher}."),
               ("agent", "Сертифікат на {amt2}, спишемо його першим.")],
        "en": [("customer", "I've also got a gift voucher, number {voucher}."),
               ("agent", "That voucher's worth {amt2}, I'll take that off first.")],
        "lt": [("customer", "Dar turiu dovanų kuponą, numeris {voucher}."),
               ("agent", "Kuponas {amt2} vertės, nuskaičiuosim jį pirmą.")]},
    "order16": {
        "ru": [("customer", "В письме номер заказа длинный: {order16} — это он?"),
               ("agent", "Да, это номер заказа, для оплаты он не нужен.")],
        "uk": [("customer", "У листі номер замовлення довгий: {order16} — це він?"),
               ("agent", "Так, це номер замовлення, для оплати він не потрібен.")],
        "en": [("customer", "The email has a long order number, {order16} — is that it?"),
               ("agent", "That's just the order number, we don't need it to pay.")],
        "lt": [("customer", "Laiške ilgas užsakymo numeris: {order16} — ar tas?"),
               ("agent", "Taip, tai užsakymo numeris, mokėjimui jo nereikia.")]},
    "last4": {
        "ru": [("agent", "Оплата прошла с карты, которая заканчивается на {last4}, сумма {amt2}.")],
        "uk": [("agent", "Оплата пройшла з картки, що закінчується на {last4}, сума {amt2}.")],
        "en": [("agent", "That's gone through on the card ending {last4}, {amt2}.")],
        "lt": [("agent", "Apmokėta kortele, kurios pabaiga {last4}, suma {amt2}.")]},
    "rrn": {
        "ru": [("agent", "Номер операции {rrn}, код авторизации {auth}, чек придёт на почту.")],
        "uk": [("agent", "Номер операції {rrn}, код авторизації {auth}, чек прийде на пошту.")],
        "en": [("agent", "Transaction reference {rrn}, authorisation code {auth}.")],
        "lt": [("agent", "Operacijos numeris {rrn}, autorizacijos kodas {auth}.")]},
    "brand": {
        "ru": [("customer", "Колонка «Алиса» напомнила, что пора платить.")],
        "uk": [("customer", "Я зараз біля аптеки «Єва», тут шумно.")],
        "en": [("customer", "Sorry, I'm outside Ronald McDonald House, it's noisy.")],
        "lt": [("customer", "Stoviu prie „Vytauto“ mineralinio vandens stendo, triukšminga.")]},
    "brand2": {
        "ru": [("customer", "Подруга вас посоветовала, она в кафе «Андерсен» работает.")],
        "uk": [("customer", "Колега вас порадила, вона в піцерії «Челентано» працює.")],
        "en": [("customer", "My sister swears by you, she works at Marks and Spencer.")],
        "lt": [("customer", "Perku „Džiugą“ parduotuvėje, palaukit sekundę.")]},
    "venue": {
        "ru": [("agent", "Наш пункт выдачи: проспект Вернадского, {house}, вход со двора.")],
        "uk": [("agent", "Наш пункт видачі: вул. Богдана Хмельницького, {house}, вхід з двору.")],
        "en": [("agent", "Our collection point is {house} Wellington Road, round the back.")],
        "lt": [("agent", "Mūsų atsiėmimo punktas: Basanavičiaus g. {house}, įėjimas iš kiemo.")]},
    "street": {
        "ru": [("customer", "Я живу у метро «Маяковская», на улице Маршала Жукова, недалеко.")],
        "uk": [("customer", "Я живу біля метро «Лук'янівська», на вулиці Івана Франка.")],
        "en": [("customer", "I'm just off Nelson Street, near the Florence Institute.")],
        "lt": [("customer", "Gyvenu netoli Onos Šimaitės gatvės, prie Kristupo bažnyčios.")]},
}
GENERIC_KEYS = tuple(GENERIC_DECOYS)
CLOSE = {"ru": ["Спасибо, всего доброго.", "Готово. Хорошего дня!"],
         "uk": ["Дякую, гарного дня.", "Готово. Всього доброго!"],
         "en": ["Lovely, all done. Have a good day.", "That's everything, thanks for calling."],
         "lt": ["Ačiū, geros dienos.", "Viskas sutvarkyta, gražios dienos."]}
LETTER_NAMES = {
    "ru": {"A": "а", "B": "бэ", "C": "цэ", "E": "е", "H": "аш", "K": "ка", "M": "эм",
           "P": "пэ", "T": "тэ", "X": "икс"},
    "uk": {"A": "а", "B": "бе", "C": "це", "E": "е", "H": "аш", "K": "ка", "M": "ем",
           "P": "пе", "T": "те", "X": "ікс"},
    "en": {c: c.lower() for c in "ABCEHKMPTX"},
    "lt": {"A": "a", "B": "bė", "C": "cė", "E": "e", "H": "ha", "K": "ka", "M": "em",
           "P": "pė", "T": "tė", "X": "iks"},
}


def rand_digits(rng: random.Random, n: int, first_nonzero: bool = True) -> str:
    out = str(rng.randrange(1, 10)) if first_nonzero else str(rng.randrange(10))
    return out + "".join(str(rng.randrange(10)) for _ in range(n - 1))


def not_luhn(rng: random.Random, n: int) -> str:
    while True:
        digits = rand_digits(rng, n)
        if not L.luhn_ok(digits):
            return digits


def ean13(rng: random.Random) -> str:
    while True:
        body = rng.choice(("460", "482", "477", "500")) + rand_digits(rng, 9, False)
        total = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(body))
        code = body + str(-total % 10)
        if not L.luhn_ok(code):
            return code


def serial(ex: Ex) -> str:
    letters = "".join(ex.rng.choice("ABCEHKMPTX") for _ in range(2))
    digits = rand_digits(ex.rng, 7)
    if not ex.asr:
        return f"{letters}{digits[:3]}-{digits[3:]}"
    names = LETTER_NAMES[ex.lang]
    return " ".join([*(names[c] for c in letters), L.digit_words(digits, ex.lang, ex.zero)])


def fill(ex: Ex) -> dict[str, str]:
    """Every placeholder a decoy line may use, rendered in this exchange's style."""
    rng = ex.rng
    day = rng.randrange(2, 29)
    if ex.asr:
        day_text = {"ru": L.ordinal_gen(day, "ru"), "uk": L.ordinal_gen(day, "uk"),
                    "en": L.en_ordinal(day), "lt": L.lt_day_acc(day)}[ex.lang]
    else:
        day_text = f"{day}th" if ex.lang == "en" and day not in (2, 3, 22, 23) else str(day)
        if ex.lang == "en" and day in (2, 22):
            day_text = f"{day}nd"
        if ex.lang == "en" and day in (3, 23):
            day_text = f"{day}rd"
    voucher = not_luhn(rng, 16)
    skipass = rand_digits(rng, 2) + "-" + not_luhn(rng, 13)
    iccid = L.luhn_complete("8937" + rand_digits(rng, 14, False))
    values = {
        "n": ex.num(rng.randrange(2, 5)), "n2": ex.num(rng.randrange(5, 19)),
        "n3": ex.num(rng.randrange(20, 40)), "day": day_text,
        "time": ex.clock(rng.randrange(9, 20), rng.choice((0, 15, 30, 45))),
        "amt": ex.money(rng.randrange(12, 480) * 10 + rng.choice((0, 5, 9))),
        "amt2": ex.money(rng.randrange(5, 90) * 50),
        "chip": ex.code("643" + rand_digits(rng, 12, False)),
        "ref": ex.code(rand_digits(rng, 8)), "ean": ex.code(ean13(rng)),
        "serial": serial(ex), "iccid": ex.code(iccid),
        "skipass": ex.code(skipass.replace("-", "")) if ex.asr else skipass,
        "room": ex.num(rng.randrange(101, 420)), "house": ex.num(rng.randrange(3, 60)),
        "tall": ex.num(rng.randrange(120, 165)),
        "voucher": ex.code(voucher) if ex.asr else " ".join(
            voucher[i:i + 4] for i in range(0, 16, 4)),
        "order16": ex.code(not_luhn(rng, 16)),
        "last4": ex.code(rand_digits(rng, 4)),
        "rrn": ex.code(rand_digits(rng, 12)), "auth": ex.code(rand_digits(rng, 6)),
    }
    return values


def greet(ex: Ex) -> None:
    company = SETTINGS[ex.setting]["company"][ex.lang]
    ex.say("agent", GREET, company=company, agent=ex.pick(AGENTS))
    ex.tags.add("agent_name")


def opener(ex: Ex) -> None:
    ex.say("customer", SETTINGS[ex.setting]["opener"])


def purpose(ex: Ex) -> str:
    return SETTINGS[ex.setting]["purpose"][ex.lang]


LONG_NUMBER_FIELDS = ("chip", "ean", "serial", "iccid", "skipass", "ref")


def decoy_line(ex: Ex, index: int, values: dict[str, str]) -> None:
    role, fmt = SETTINGS[ex.setting]["decoy"][ex.lang][index]
    ex.say(role, fmt, **values)
    for _, name, _, _ in string.Formatter().parse(fmt):
        if name in LONG_NUMBER_FIELDS:
            ex.tags.add(f"{name}_decoy")


def generic_lines(ex: Ex, kind: str, values: dict[str, str]) -> None:
    for role, fmt in GENERIC_DECOYS[kind][ex.lang]:
        ex.say(role, fmt, **values)
    ex.tags.add(f"{kind}_decoy")


# --- profile values ---------------------------------------------------------------------------

TRANSLIT = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюяіїєґ",
                    ["a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "y", "k", "l", "m", "n",
                     "o", "p", "r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y",
                     "", "e", "yu", "ya", "i", "yi", "ye", "g"], strict=True))
LT_PLAIN = str.maketrans("ąčęėįšųūž", "aceeisuuz")


def latin(word: str) -> str:
    word = word.lower().replace("'", "")
    return "".join(TRANSLIT.get(c, c) for c in word).translate(LT_PLAIN)


DOMAINS = {"ru": ["mail.ru", "yandex.ru", "gmail.com"], "uk": ["ukr.net", "gmail.com"],
           "en": ["gmail.com", "outlook.com", "btinternet.com"], "lt": ["gmail.com", "inbox.lt"]}
AT_DOT = {"ru": ("собака", "точка"), "uk": ("равлик", "крапка"), "en": ("at", "dot"),
          "lt": ("eta", "taškas")}


def email_v(ex: Ex, key: str, person: dict) -> V:
    first, last = latin(person["first"]), latin(person["surname"])
    number = ex.rng.randrange(60, 99)
    domain = ex.pick(DOMAINS)
    handle = ex.rng.choice((f"{first[0]}.{last}{number}", f"{first}.{last}",
                            f"{last}_{first[0]}{number}"))
    if not ex.asr:
        return V(key, f"{handle}@{domain}")
    at, dot = AT_DOT[ex.lang]
    words: list[str] = []
    for chunk in re.findall(r"[a-z]+|\d+|[._]", handle):
        if chunk == ".":
            words.append(dot)
        elif chunk == "_":
            words.append({"ru": "нижнее подчёркивание", "uk": "нижнє підкреслення",
                          "en": "underscore", "lt": "apatinis brūkšnys"}[ex.lang])
        elif chunk.isdigit():
            words.append(L.cardinal(int(chunk), ex.lang))
        else:
            words.append(chunk)
    words.append(at)
    words.append(f" {dot} ".join(domain.split(".")))
    return V(key, " ".join(words))


def phone_v(ex: Ex, key: str, odd: bool = False) -> V:
    rng = ex.rng
    if ex.lang == "ru":
        body = "9" + rand_digits(rng, 9)
        parts = [body[:3], body[3:6], body[6:8], body[8:]]
        if not ex.asr:
            if odd:
                return V(key, "+7." + ".".join(parts))
            return V(key, rng.choice((f"+7 {' '.join(parts)}",
                                      f"8 {parts[0]} {parts[1]}-{parts[2]}-{parts[3]}")))
        return V(key, "плюс семь " + " ".join(L.chunk_words(p, "ru") for p in parts))
    if ex.lang == "uk":
        body = rng.choice(("67", "50", "63", "97")) + rand_digits(rng, 7)
        parts = [body[:2], body[2:5], body[5:7], body[7:]]
        if not ex.asr:
            if odd:
                return V(key, "0" + "_".join(parts))
            return V(key, rng.choice((f"+380 {' '.join(parts)}", f"0{parts[0]} "
                                      f"{parts[1]} {parts[2]} {parts[3]}")))
        return V(key, "нуль " + " ".join(L.chunk_words(p, "uk") for p in parts))
    if ex.lang == "en":
        body = "7" + rand_digits(rng, 9)
        if not ex.asr:
            if odd:
                return V(key, f"0{body[:4]}-{body[4:7]}-{body[7:]}")
            return V(key, rng.choice((f"0{body[:4]} {body[4:]}", f"+44 {body[:4]} {body[4:]}")))
        return V(key, L.digit_words("0" + body, "en", ex.zero))
    body = "6" + rand_digits(rng, 7)
    if not ex.asr:
        if odd:
            return V(key, f"+370/{body[:3]}/{body[3:]}")
        return V(key, rng.choice((f"+370 {body[:3]} {body[3:]}", f"8 {body[:3]} {body[3:]}")))
    return V(key, L.digit_words("8" + body, "lt"))


def birth_date(rng: random.Random) -> dt.date:
    return dt.date(rng.randrange(1951, 2000), rng.randrange(1, 13), rng.randrange(1, 29))


def dob_v(ex: Ex, key: str, date: dt.date) -> V:
    lang = ex.lang
    if not ex.asr:
        text = {"ru": f"{date:%d.%m.%Y}", "uk": f"{date:%d.%m.%Y}", "lt": f"{date:%Y-%m-%d}",
                "en": f"{date.day} {L.MONTHS['en'][date.month - 1].title()} {date.year}"}[lang]
        return V(key, text)
    if lang in ("ru", "uk"):
        text = (f"{L.ordinal_gen(date.day, lang)} {L.MONTHS_GEN[lang][date.month - 1]} "
                f"{L.ordinal_gen(date.year, lang)}")
    elif lang == "en":
        month = L.MONTHS["en"][date.month - 1]
        text = f"{L.en_ordinal(date.day)} of {month} {L.en_year(date.year)}"
    else:
        text = (f"{L.ordinal_gen(date.year, 'lt')} metų {L.MONTHS_GEN['lt'][date.month - 1]} "
                f"{L.lt_day_acc(date.day)}")
    return V(key, text)


def passport_v(ex: Ex, key: str, ocr: bool = False) -> tuple[V, V | None]:
    """The document number; with `ocr`, also the OCR-slipped copy typed first."""
    rng = ex.rng
    if ex.lang == "ru":
        series, number = f"{rng.randrange(10, 99)}{rng.randrange(0, 10)}{rng.randrange(1, 10)}", \
            rand_digits(rng, 6)
        if ex.asr:
            words = (f"{L.chunk_words(series[:2], 'ru')} {L.chunk_words(series[2:], 'ru')} "
                     f"{L.chunk_words(number[:3], 'ru')} {L.chunk_words(number[3:], 'ru')}")
            return V(key, words), None
        text = f"{series[:2]} {series[2:]} {number}"
    elif ex.lang == "uk":
        number = "00" + rand_digits(rng, 7)
        if ex.asr:
            return V(key, L.digit_words(number, "uk")), None
        text = number
    elif ex.lang == "en":
        number = rand_digits(rng, 9)
        if ex.asr:
            return V(key, L.digit_words(number, "en", ex.zero)), None
        text = number
    else:
        number = rand_digits(rng, 8)
        if ex.asr:
            return V(key, L.digit_words(number, "lt")), None
        text = number
    if not ocr:
        return V(key, text), None
    slipped = text.replace("0", "O", 1) if "0" in text else text.replace("1", "l", 1)
    if slipped == text:
        slipped = text.replace("8", "B", 1) if "8" in text else text[:-1] + "S"
    return V(key, text), V(key, slipped)


def national_id_v(ex: Ex, key: str, person: dict, birth: dt.date) -> V:
    rng = ex.rng
    female = person["sex"] == "f"
    if ex.lang == "ru":
        body = rand_digits(rng, 9)
        check = L.snils_check(body)
        assert L.snils_check(body) == check
        ex.tags.add("snils")
        if ex.asr:
            return V(key, " ".join([*(L.chunk_words(body[i:i + 3], "ru") for i in (0, 3, 6)),
                                    L.chunk_words(check, "ru")]))
        return V(key, f"{body[:3]}-{body[3:6]}-{body[6:]} {check}")
    if ex.lang == "uk":
        code = L.rnokpp_make(birth, rand_digits(rng, 3, False), female)
        assert L.rnokpp_ok(code)
        return V(key, L.digit_words(code, "uk") if ex.asr else code)
    if ex.lang == "lt":
        code = L.asmens_kodas_make(birth, rand_digits(rng, 3, False), female)
        assert L.asmens_kodas_ok(code)
        return V(key, L.digit_words(code, "lt") if ex.asr else code)
    prefix = rng.choice(("JT", "NH", "PC", "SK", "WL", "RB"))
    digits = rand_digits(rng, 6)
    suffix = rng.choice("ABCD")
    if ex.asr:
        pairs = " ".join(L.chunk_words(digits[i:i + 2], "en", ex.zero) for i in (0, 2, 4))
        return V(key, f"{prefix[0].lower()} {prefix[1].lower()} {pairs} {suffix.lower()}")
    return V(key, f"{prefix} {digits[:2]} {digits[2:4]} {digits[4:]} {suffix}")


RU_BIC = "044525225"


def account_v(ex: Ex, key: str) -> tuple[V, str]:
    """An account number and the cue word that goes before it."""
    rng = ex.rng
    if ex.asr:
        number = rand_digits(rng, 10 if ex.lang in ("ru", "uk") else 8)
        cue = {"ru": "лицевой счёт", "uk": "особовий рахунок", "en": "account number",
               "lt": "sąskaitos numeris"}[ex.lang]
        text = " ".join(L.chunk_words(number[i:i + 2], ex.lang, ex.zero)
                        for i in range(0, len(number), 2)) if ex.lang != "en" else \
            L.digit_words(number, "en", ex.zero)
        return V(key, text), cue
    if ex.lang == "ru":
        account = L.ru_account_make("40817810" + "0" + rand_digits(rng, 11, False), RU_BIC)
        assert L.ru_account_ok(account, RU_BIC)
        return V(key, account), "Счёт"
    if ex.lang == "uk":
        iban = L.iban_make("UA", "322313" + "0000026" + rand_digits(rng, 12, False))
    elif ex.lang == "lt":
        iban = L.iban_make("LT", "73000" + rand_digits(rng, 11, False))
    else:
        iban = L.iban_make("GB", "NWBK" + rand_digits(rng, 6) + rand_digits(rng, 8, False))
    assert L.iban_ok(iban)
    ex.tags.add("iban")
    spaced = " ".join(iban[i:i + 4] for i in range(0, len(iban), 4))
    return V(key, rng.choice((iban, spaced))), "IBAN"


STREETS = {"ru": ["Садовая", "Заречная", "Молодёжная", "Полевая", "Лесная", "Школьная"],
           "uk": ["Вишнева", "Садова", "Зелена", "Лугова", "Шкільна"],
           "en": ["Orchard Close", "Willow Road", "Mill Lane", "Beech Avenue", "Fern Crescent"],
           "lt": ["Liepų", "Beržų", "Sodų", "Ąžuolų", "Pušų"]}


def address_v(ex: Ex, key: str, reverse: bool = False) -> V:
    rng = ex.rng
    street = ex.pick(STREETS)
    house, flat = rng.randrange(2, 60), rng.randrange(3, 140)
    lang, asr = ex.lang, ex.asr
    if lang == "ru":
        parts = ((f"ул. {street},", f"д. {house},", f"кв. {flat}") if not asr else
                 (f"улица {street}", f"дом {ex.num(house)}", f"квартира {ex.num(flat)}"))
    elif lang == "uk":
        parts = ((f"вул. {street},", f"буд. {house},", f"кв. {flat}") if not asr else
                 (f"вулиця {street}", f"будинок {ex.num(house)}", f"квартира {ex.num(flat)}"))
    elif lang == "en":
        parts = ((f"Flat {flat},", f"{house} {street}") if not asr else
                 (f"flat {ex.num(flat)}", f"{ex.num(house)} {street}"))
    else:
        parts = ((f"{street} g. {house}-{flat}",) if not asr else
                 (f"{street} gatvė {ex.num(house)}", f"butas {ex.num(flat)}"))
    if reverse:
        if lang in ("ru", "uk") and not asr:
            parts = (f"{parts[2]},", parts[1], parts[0].rstrip(","))
        elif lang == "lt" and not asr:
            parts = (f"butas {flat},", f"{street} g. {house}")
        else:
            parts = tuple(reversed(parts))
            if lang == "en" and not asr:
                parts = (f"{house} {street},", f"flat {flat}")
    text = " ".join(parts)
    text = text.lower() if asr else text
    return V(key, text)


# --- card exchanges ---------------------------------------------------------------------------

ASK_CARD = {"ru": ["Для {purpose} продиктуйте, пожалуйста, номер карты.",
                   "Хорошо. Назовите номер карты для {purpose}."],
            "uk": ["Для {purpose} продиктуйте, будь ласка, номер картки.",
                   "Добре. Назвіть номер картки для {purpose}."],
            "en": ["To pay for {purpose}, can I take the long number on the card?",
                   "Lovely. What's the card number for {purpose}?"],
            "lt": ["Už {purpose} padiktuokite kortelės numerį.",
                   "Gerai. Kokios kortelės numeris mokėjimui už {purpose}?"]}
ASK_EXP = {"ru": ["Срок действия?", "До какого месяца действует карта?"],
           "uk": ["Термін дії?", "До якого місяця діє картка?"],
           "en": ["And the expiry date?", "When does it expire?"],
           "lt": ["Galiojimo data?", "Iki kada galioja kortelė?"]}
ASK_CVV = {"ru": ["Три цифры на обороте, пожалуйста.", "И код с обратной стороны."],
           "uk": ["Три цифри на звороті, будь ласка.", "І код зі зворотного боку."],
           "en": ["And the three digits on the back?",
                  "Last thing, the security code on the back."],
           "lt": ["Trys skaitmenys kitoje pusėje?", "Ir apsaugos kodas kitoje pusėje."]}
ASK_CVV_AMEX = {"ru": "Это Amex — нужен четырёхзначный код на лицевой стороне.",
                "uk": "Це Amex — потрібен чотиризначний код на лицьовому боці.",
                "en": "It's an Amex, so the four-digit code on the front, please.",
                "lt": "Tai Amex — reikia keturių skaitmenų kodo priekinėje pusėje."}
EXP_ANS = {"ru": ["{e}", "Там написано {e}"], "uk": ["{e}", "Там написано {e}"],
           "en": ["{e}", "It says {e}"], "lt": ["{e}", "Parašyta {e}"]}
CVV_ANS = {"ru": ["{c}", "Сейчас переверну… {c}"], "uk": ["{c}", "Зараз переверну… {c}"],
           "en": ["{c}", "Hang on, flipping it over… {c}"], "lt": ["{c}", "Tuoj apversiu… {c}"]}
EXP_AND_CVV = {"ru": "{e} — и код сразу скажу: {c}", "uk": "{e} — і код одразу: {c}",
               "en": "{e} — and the code's {c} while I'm at it", "lt": "{e} — ir kodas iškart: {c}"}
PAID = {"ru": ["Оплата прошла, {amt}. Чек на почте.", "Готово, списали {amt}."],
        "uk": ["Оплата пройшла, {amt}. Чек на пошті.", "Готово, списали {amt}."],
        "en": ["That's gone through, {amt}. Receipt's on its way.", "Done, {amt} taken."],
        "lt": ["Apmokėta, {amt}. Kvitas atsiųstas el. paštu.", "Atlikta, nuskaičiuota {amt}."]}
YES = {"ru": ["Да, верно.", "Всё так."], "uk": ["Так, правильно.", "Усе так."],
       "en": ["Yes, that's it.", "Spot on."], "lt": ["Taip, teisingai.", "Viskas gerai."]}
SAYS_CARD = {"ru": ["Пишите: {c}", "Да, пожалуйста: {c}", "Так… {c}"],
             "uk": ["Пишіть: {c}", "Так, будь ласка: {c}", "Зараз… {c}"],
             "en": ["Yeah, it's {c}", "Okay, ready? {c}", "Right… {c}"],
             "lt": ["Rašykite: {c}", "Gerai: {c}", "Taip… {c}"]}
READ_BACK = {"ru": ["Повторяю: {rb} — верно?", "Проверяю: {rb} — всё так?"],
             "uk": ["Повторюю: {rb} — правильно?", "Перевіряю: {rb} — усе так?"],
             "en": ["Let me read that back: {rb} — correct?", "So that's {rb} — yeah?"],
             "lt": ["Pakartoju: {rb} — teisingai?", "Tikrinu: {rb} — taip?"]}
CARD_LANG_KINDS = {"ru": ("mir", "visa", "mc", "mir", "mc2"),
                   "uk": ("visa", "mc", "mc2", "unionpay"),
                   "en": ("visa", "mc", "mc2", "visa"), "lt": ("visa", "mc", "mc2", "mc")}


def new_card(ex: Ex, kind: str | None = None, need: str = "") -> str:
    """A Luhn-valid card; `need` lists characters the card must contain (for OCR slips)."""
    kind = kind or ex.pick(list(CARD_LANG_KINDS[ex.lang]))
    while True:
        card = make_card(ex.rng, kind)
        if all(char in card[4:-1] for char in need):
            return card


def expiry_cvv(ex: Ex, amex: bool = False) -> None:
    month, year = ex.rng.randrange(1, 13), ex.rng.randrange(2027, 2034)
    cvv = rand_digits(ex.rng, 4 if amex else 3, first_nonzero=False)
    ex.ent("exp", "EXPIRY")
    ex.ent("cvv", "CVV")
    ex.tags.update({"expiry", "cvv"})
    exp = expiry_v(ex, "exp", month, year, ex.rng.randrange(5))
    ex.say("agent", ASK_EXP)
    if not amex and ex.rng.random() < 0.3:
        ex.say("customer", EXP_AND_CVV, e=exp, c=cvv_v(ex, "cvv", cvv))
        ex.tags.add("cvv_volunteered")
        return
    ex.say("customer", EXP_ANS, e=exp)
    ex.say("agent", ASK_CVV_AMEX if amex else ASK_CVV)
    ex.say("customer", CVV_ANS, c=cvv_v(ex, "cvv", cvv))
    if amex:
        ex.tags.add("amex")


def ask_card(ex: Ex) -> None:
    ex.say("agent", ASK_CARD, purpose=purpose(ex))


def one_go(ex: Ex, card: str) -> None:
    ex.say("customer", SAYS_CARD, c=run_v(ex, "card", groups_of(card), "mixed"))


def h_one_go_rb(ex: Ex, card: str) -> None:
    ask_card(ex)
    one_go(ex, card)
    ex.ent("card_rb", "CARD")
    mode = ex.rng.choice(("digits", "pairs"))
    ex.say("agent", READ_BACK, rb=run_v(ex, "card_rb", groups_of(card), mode))
    ex.check_card("card_rb", card)
    ex.say("customer", YES)
    ex.tags.update({"one_go", "readback"})


def h_odd_sep(ex: Ex, card: str) -> None:
    ask_card(ex)
    groups = groups_of(card)
    if ex.rng.random() < 0.5:
        text = ex.rng.choice(("/", "_", "..", "*")).join(groups)
    else:
        text = groups[0]
        for group in groups[1:]:
            text += ex.rng.choice((".", "-", "_", ", ", " / ")) + group
    ex.say("customer", {"ru": ["{c}", "номер {c}"], "uk": ["{c}", "номер {c}"],
                        "en": ["{c}", "card no {c}"], "lt": ["{c}", "numeris {c}"]},
           c=V("card", text, card))
    ex.say("agent", {"ru": "Спасибо, проверяю.", "uk": "Дякую, перевіряю.",
                     "en": "Thanks, checking now.", "lt": "Ačiū, tikrinu."})
    ex.tags.update({"odd_sep", "chat"})


def h_count_intro(ex: Ex, card: str) -> None:
    ask_card(ex)
    count = L.cardinal(len(card), ex.lang)
    ex.say("customer", {"ru": ["Там {n} цифр, диктую: {c}", "Так, цифр {n} — {c}"],
                        "uk": ["Там {n} цифр, диктую: {c}", "Так, цифр {n} — {c}"],
                        "en": ["There's {n} digits, here goes: {c}", "Right, {n} numbers — {c}"],
                        "lt": ["Ten {n} skaitmenų, diktuoju: {c}", "Taip, skaitmenų {n} — {c}"]},
           n=count, c=run_v(ex, "card", groups_of(card), "mixed"))
    ex.tags.add("count_intro")


def _split_mid_group(ex: Ex, card: str) -> tuple[list[str], list[str]]:
    groups = groups_of(card)
    index = ex.rng.randrange(1, 3)
    cut = ex.rng.randrange(1, len(groups[index]))
    first = [*groups[:index], groups[index][:cut]]
    second = [groups[index][cut:], *groups[index + 1:]]
    return first, second


def h_line_break(ex: Ex, card: str) -> None:
    ask_card(ex)
    first, second = _split_mid_group(ex, card)
    ex.say("customer", {"ru": ["карта {c}", "{c}"], "uk": ["картка {c}", "{c}"],
                        "en": ["card no {c}", "{c}"], "lt": ["kortelė {c}", "{c}"]},
           c=run_v(ex, "card", first))
    ex.say("customer", {"ru": ["{c}", "{c} — сорри, отправилось раньше"],
                        "uk": ["{c}", "{c} — вибачте, відправилось раніше"],
                        "en": ["{c}", "{c} — sorry, sent too soon"],
                        "lt": ["{c}", "{c} — atsiprašau, išsiuntė per anksti"]},
           c=run_v(ex, "card", second))
    ex.tags.update({"line_break", "chat"})


def h_mid_group_split(ex: Ex, card: str) -> None:
    ask_card(ex)
    first, second = _split_mid_group(ex, card)
    ex.say("customer", "{c}", c=run_v(ex, "card", first))
    ex.say("agent", {"ru": ["Ага.", "Так."], "uk": ["Ага.", "Так."], "en": ["Uh-huh.", "Yep."],
                     "lt": ["Aha.", "Taip."]})
    ex.say("customer", "{c}", c=run_v(ex, "card", second))
    ex.tags.add("mid_group_split")


def h_ocr_slip(ex: Ex, card: str) -> None:
    ask_card(ex)
    if ex.asr:
        cut = next(i for i in range(4, len(card) - 1) if card[i] == "0")
        ex.say("customer", {
            "ru": "Читаю с фото, там распозналось: {a} — тут буква о, это ноль, наверно — {b}",
            "uk": "Читаю з фото, там розпізналося: {a} — тут літера о, мабуть нуль — {b}",
            "en": "I'm reading it off a photo: {a} — then a letter o, must be a zero — so {b}",
            "lt": "Skaitau iš nuotraukos: {a} — čia raidė o, turbūt nulis — {b}"},
            a=V("card", L.digit_words(card[:cut], ex.lang, ex.zero), card[:cut]),
            b=V("card", L.digit_words(card[cut:], ex.lang, ex.zero), card[cut:]))
        ex.check_card("card", card)
    else:
        text = " ".join(groups_of(card))
        slips = [("0", "O"), ("1", "l"), ("5", "S"), ("8", "B")]
        ex.rng.shuffle(slips)
        done = 0
        for digit, letter in slips:
            if digit in text[5:-1] and done < 2:
                where = text.index(digit, 5)
                text = text[:where] + letter + text[where + 1:]
                done += 1
        assert done
        ex.say("customer", {"ru": ["Скопировала с фото карты: {c}", "С фотки распознала: {c}"],
                            "uk": ["Скопіювала з фото картки: {c}", "З фото розпізнала: {c}"],
                            "en": ["Copied it off a photo of the card: {c}",
                                   "My phone read it off the photo: {c}"],
                            "lt": ["Nukopijavau iš kortelės nuotraukos: {c}",
                                   "Telefonas nuskaitė iš nuotraukos: {c}"]},
               c=V("card", text, card))
        ex.say("agent", {"ru": "Тут буквы вместо цифр, проверьте, пожалуйста.",
                         "uk": "Тут літери замість цифр, перевірте, будь ласка.",
                         "en": "There are letters in there, can you check?",
                         "lt": "Čia raidės vietoj skaitmenų, patikrinkite."})
        ex.say("customer", {"ru": "Ой, да, распознало криво. Правильно: {c}",
                            "uk": "Ой, так, розпізнало криво. Правильно: {c}",
                            "en": "Oh yeah, it misread it. Properly: {c}",
                            "lt": "Oi, taip, blogai nuskaitė. Teisingai: {c}"},
               c=run_v(ex, "card", groups_of(card)))
        ex.check_card("card", card, "twice")
    ex.tags.add("ocr_slip")


REL_ACC = {"ru": {"m": ["мужа", "сына", "отца"], "f": ["жену", "маму", "дочь"]},
           "uk": {"m": ["чоловіка", "сина", "батька"], "f": ["дружину", "маму", "доньку"]},
           "en": {"m": ["husband", "son", "dad"], "f": ["wife", "mum", "daughter"]},
           "lt": {"m": ["vyro", "sūnaus", "tėčio"], "f": ["žmonos", "mamos", "dukros"]}}


def holder_of(ex: Ex, index: int) -> dict:
    people = L.PEOPLE[ex.lang]
    return people[index % len(people)]


def h_reverse_order(ex: Ex, card: str, holder: dict, amex: bool) -> None:
    ex.say("agent", {"ru": ["Для {p} мне нужны данные карты.", "Диктуйте данные карты для {p}."],
                     "uk": ["Для {p} мені потрібні дані картки.", "Диктуйте дані картки для {p}."],
                     "en": ["For {p} I'll need the card details.",
                            "Go ahead with the card details for {p}."],
                     "lt": ["Už {p} man reikės kortelės duomenų.",
                            "Diktuokite kortelės duomenis už {p}."]},
           p=purpose(ex))
    month, year = ex.rng.randrange(1, 13), ex.rng.randrange(2027, 2034)
    cvv = rand_digits(ex.rng, 4 if amex else 3, first_nonzero=False)
    ex.ent("exp", "EXPIRY")
    ex.ent("cvv", "CVV")
    ex.ent("holder", "PERSON")
    back = {"ru": "Я с конца начну, пока карта перевёрнута: код {v} — срок {e} — на имя {h} — "
                  "а сам номер {c}",
            "uk": "Я з кінця почну, поки картка перевернута: код {v} — термін {e} — на ім'я {h} — "
                  "а сам номер {c}",
            "en": "I'll start from the back while it's flipped: code {v} — expiry {e} — name on it "
                  "{h} — and the number's {c}",
            "lt": "Pradėsiu nuo galo, kol kortelė apversta: kodas {v} — galioja iki {e} — "
                  "savininkas {h} — o numeris {c}"}
    front = {"ru": "Код над номером {v} — срок {e} — на имя {h} — номер {c}",
             "uk": "Код над номером {v} — термін {e} — на ім'я {h} — номер {c}",
             "en": "Code above the number's {v} — expiry {e} — name {h} — number {c}",
             "lt": "Kodas virš numerio {v} — galioja iki {e} — savininkas {h} — numeris {c}"}
    case = "gen" if ex.lang in ("ru", "uk") else "nom"
    ex.say("customer", front if amex else back, v=cvv_v(ex, "cvv", cvv),
           e=expiry_v(ex, "exp", month, year, ex.rng.randrange(5)),
           h=person_v(ex, "holder", holder[case]), c=run_v(ex, "card", groups_of(card), "mixed"))
    ex.say("agent", {"ru": "Спасибо, всё есть.", "uk": "Дякую, усе є.",
                     "en": "Perfect, got it all.",
                     "lt": "Ačiū, viską turiu."})
    ex.tags.update({"reverse_order", "expiry", "cvv", "holder", "person", f"case_{case}"})
    if amex:
        ex.tags.add("amex")


def h_two_answers(ex: Ex, card: str, holder: dict) -> None:
    ex.say("agent", {"ru": ["Номер карты и на кого она оформлена?",
                            "Подскажите номер карты и чья она?"],
                     "uk": ["Номер картки і на кого вона оформлена?",
                            "Підкажіть номер картки і чия вона?"],
                     "en": ["What's the card number, and whose name is it in?"],
                     "lt": ["Kortelės numeris ir kieno ji vardu?"]})
    ex.ent("holder", "PERSON")
    rel = ex.pick(REL_ACC[ex.lang][holder["sex"]])
    case = {"ru": "acc", "uk": "acc", "en": "nom", "lt": "gen"}[ex.lang]
    ex.say("customer", {"ru": ["Она на {r}, на {h} — номер {c}",
                               "Номер {c} — а оформлена на {r}, на {h}"],
                        "uk": ["Вона на {r}, на {h} — номер {c}"],
                        "en": ["It's my {r}'s, {h} — the number's {c}"],
                        "lt": ["Ji {r}, {h} vardu — numeris {c}"]},
           r=rel, h=person_v(ex, "holder", holder[case]),
           c=run_v(ex, "card", groups_of(card), "mixed"))
    ex.tags.update({"two_answers", "holder", "person", f"case_{case}"})


def h_readback_fix(ex: Ex, card: str) -> None:
    ask_card(ex)
    one_go(ex, card)
    wrong = list(card)
    spots = [i for i in range(8, 11) if card[i] != card[i + 1]]
    spot = ex.rng.choice(spots)
    wrong[spot], wrong[spot + 1] = wrong[spot + 1], wrong[spot]
    wrong_card = "".join(wrong)
    ex.ent("card_rb", "CARD")
    ex.say("agent", READ_BACK, rb=run_v(ex, "card_rb", groups_of(wrong_card)))
    ex.check_card("card_rb", card, "transposed")
    group = groups_of(card)[2]
    ex.say("customer", {"ru": ["Нет, третья группа другая: {g}", "Не совсем — в третьей {g}"],
                        "uk": ["Ні, третя група інша: {g}", "Не зовсім — у третій {g}"],
                        "en": ["No, the third block's {g}", "Not quite — third four is {g}"],
                        "lt": ["Ne, trečia grupė kita: {g}", "Ne visai — trečioje {g}"]},
           g=run_v(ex, "card", [group]))
    ex.check_card("card", card, "plus_group")
    ex.say("agent", {"ru": "Исправлено, спасибо.", "uk": "Виправлено, дякую.",
                     "en": "Fixed, thanks.",
                     "lt": "Pataisyta, ačiū."})
    ex.tags.update({"readback_fix", "readback"})


def h_partial_confirm(ex: Ex, card: str) -> None:
    ask_card(ex)
    one_go(ex, card)
    ex.ent("card_rb", "CARD")
    ex.say("agent", {"ru": ["Проверю середину: {m} — так?", "Средние цифры {m} — верно?"],
                     "uk": ["Перевірю середину: {m} — так?", "Середні цифри {m} — правильно?"],
                     "en": ["Just checking the middle: {m} — right?", "Middle bit's {m} — yes?"],
                     "lt": ["Patikrinsiu vidurį: {m} — taip?",
                            "Viduriniai skaitmenys {m} — teisingai?"]},
           m=run_v(ex, "card_rb", groups_of(card)[1:3], ex.rng.choice(("digits", "pairs"))))
    ex.check_card("card_rb", card, "run")
    ex.say("customer", YES)
    ex.tags.update({"partial_confirm", "readback"})


def h_last4_confirm(ex: Ex, card: str) -> None:
    ask_card(ex)
    one_go(ex, card)
    ex.say("agent", {"ru": "Карта заканчивается на {l} — верно?",
                     "uk": "Картка закінчується на {l} — вірно?",
                     "en": "And it ends {l} — yes?", "lt": "Kortelė baigiasi {l} — teisingai?"},
           l=ex.pairs(card[-4:]) if ex.rng.random() < 0.5 else ex.code(card[-4:]))
    ex.say("customer", YES)
    ex.tags.add("last4_confirm")


def _group_run(ex: Ex, group: str) -> V:
    if ex.asr:
        return V("card", L.digit_words(group, ex.lang, ex.zero), group)
    return V("card", ", ".join(group), group)


def h_counts_aloud(ex: Ex, card: str) -> None:
    ask_card(ex)
    g = groups_of(card)
    ex.say("customer", {
        "ru": "Сейчас, очки надену… Так: {a} — это четыре. {b} — восемь. {c} — двенадцать. "
              "И {d} — шестнадцать, всё.",
        "uk": "Зараз, окуляри… Так: {a} — це чотири. {b} — вісім. {c} — дванадцять. "
              "І {d} — шістнадцять, усе.",
        "en": "Hang on, glasses… Right: {a} — that's four. {b} — that's eight. {c} — twelve. "
              "And {d} — sixteen, done.",
        "lt": "Palaukit, akiniai… Taip: {a} — čia keturi. {b} — aštuoni. {c} — dvylika. "
              "Ir {d} — šešiolika, viskas."},
        a=_group_run(ex, g[0]), b=_group_run(ex, g[1]), c=_group_run(ex, g[2]),
        d=_group_run(ex, g[3]))
    ex.tags.update({"counts_aloud", "elderly"})


def h_agent_counts(ex: Ex, card: str) -> None:
    ask_card(ex)
    g = groups_of(card)
    lines = {"ru": ["{c} — сколько уже, восемь?", "Восемь, да. Дальше.", "{c}", "Двенадцать.",
                    "{c} — всё?", "Шестнадцать, всё."],
             "uk": ["{c} — скільки вже, вісім?", "Вісім, так. Далі.", "{c}", "Дванадцять.",
                    "{c} — усе?", "Шістнадцять, усе."],
             "en": ["{c} — how many's that, eight?", "Eight, yes. Go on.", "{c}", "Twelve.",
                    "{c} — is that it?", "Sixteen, that's it."],
             "lt": ["{c} — kiek jau, aštuoni?", "Aštuoni, taip. Toliau.", "{c}", "Dvylika.",
                    "{c} — viskas?", "Šešiolika, viskas."]}[ex.lang]
    runs = [g[0:2], g[2:3], g[3:4]]
    for index, line in enumerate(lines):
        if index % 2 == 0:
            ex.say("customer", line, c=run_v(ex, "card", runs[index // 2]))
        else:
            ex.say("agent", line)
    ex.tags.update({"agent_counts", "elderly"})


def h_one_go_len(ex: Ex, card: str) -> None:
    ask_card(ex)
    groups = groups_of(card)
    solid = not ex.asr and ex.rng.random() < 0.4
    ex.say("customer", {"ru": ["Вот: {c}", "{c}"], "uk": ["Ось: {c}", "{c}"],
                        "en": ["Here: {c}", "{c}"], "lt": ["Štai: {c}", "{c}"]},
           c=V("card", card, card) if solid else run_v(ex, "card", groups, "mixed"))
    ex.say("agent", {"ru": "Так, {n} цифр — принято.", "uk": "Так, {n} цифр — прийнято.",
                     "en": "Okay, {n} digits — got it.", "lt": "Gerai, {n} skaitmenų — priimta."},
           n=L.cardinal(len(card), ex.lang))
    ex.tags.update({"one_go", f"len{len(card)}"})


def h_chat_typo_fix(ex: Ex, card: str) -> None:
    ask_card(ex)
    typo = list(card)
    spot = next(i for i in range(8, 11) if card[i] != card[i + 1])
    typo[spot], typo[spot + 1] = typo[spot + 1], typo[spot]
    typo_card = "".join(typo)
    ex.say("customer", {"ru": ["{c}", "карта {c}"], "uk": ["{c}", "картка {c}"],
                        "en": ["{c}", "card {c}"], "lt": ["{c}", "kortelė {c}"]},
           c=run_v(ex, "card", groups_of(typo_card)))
    ex.say("customer", {"ru": ["ой, опечатка, третья — {g}", "опечатка: в третьей группе {g}"],
                        "uk": ["ой, помилка, третя — {g}", "помилка: у третій групі {g}"],
                        "en": ["oops typo, third group is {g}", "typo — third block {g}"],
                        "lt": ["oi, klaida, trečia grupė {g}", "klaida: trečioje grupėje {g}"]},
           g=run_v(ex, "card", [groups_of(card)[2]]))
    ex.check_card("card", card, "typo_then_group")
    ex.say("agent", {"ru": "Принято, исправлено.", "uk": "Прийнято, виправлено.",
                     "en": "Got it, corrected.", "lt": "Supratau, pataisyta."})
    ex.tags.update({"chat_typo_fix", "chat"})


def h_threes(ex: Ex, card: str) -> None:
    ask_card(ex)
    chunks = [card[i:i + 3] for i in range(0, len(card), 3)]
    text = " ".join(chunks) if not ex.asr else unambiguous(ex, say_group(ex, card, "triples"),
                                                            card)
    ex.say("customer", {"ru": ["В письме из банка номер слитно, я по три цифры: {c}",
                               "Там без пробелов напечатано, буду по три: {c}"],
                        "uk": ["У листі з банку номер злитно, я по три цифри: {c}",
                               "Там без пробілів надруковано, буду по три: {c}"],
                        "en": ["The bank letter has it all in one line, I'll do threes: {c}",
                               "It's printed with no gaps, so in threes: {c}"],
                        "lt": ["Banko laiške numeris be tarpų, sakysiu po tris: {c}",
                               "Atspausdinta be tarpų, tai po tris: {c}"]},
           c=V("card", text, card))
    ex.tags.add("threes")


def h_agent_prompts(ex: Ex, card: str) -> None:
    g = groups_of(card)
    prompts = {"ru": ["Первые четыре цифры?", "Дальше.", "Угу."],
               "uk": ["Перші чотири цифри?", "Далі.", "Угу."],
               "en": ["First four digits?", "Next four.", "Mm-hm."],
               "lt": ["Pirmi keturi skaitmenys?", "Toliau.", "Aha."]}[ex.lang]
    for prompt, run in zip(prompts, (g[0:1], g[1:2], g[2:]), strict=True):
        ex.say("agent", prompt)
        ex.say("customer", "{c}", c=run_v(ex, "card", run, ex.rng.choice(("digits", "whole",
                                                                          "pairs"))))
    ex.tags.add("agent_prompts")


HABITS_W = ("one_go_rb", "odd_sep", "line_break", "ocr_slip", "reverse_order", "two_answers",
            "readback_fix", "partial_confirm", "last4_confirm", "counts_aloud", "one_go_len",
            "chat_typo_fix", "threes", "agent_prompts")
HABITS_A = ("one_go_rb", "count_intro", "mid_group_split", "ocr_slip", "reverse_order",
            "two_answers", "readback_fix", "partial_confirm", "last4_confirm", "counts_aloud",
            "one_go_len", "agent_counts", "threes", "agent_prompts")
WITH_EC = {0, 1, 2, 8, 12}  # habit slots followed by expiry and CVV (reverse_order has its own)
SIMPLE = {"one_go_rb": h_one_go_rb, "odd_sep": h_odd_sep, "count_intro": h_count_intro,
          "line_break": h_line_break, "mid_group_split": h_mid_group_split,
          "ocr_slip": h_ocr_slip, "readback_fix": h_readback_fix,
          "partial_confirm": h_partial_confirm, "last4_confirm": h_last4_confirm,
          "counts_aloud": h_counts_aloud, "agent_counts": h_agent_counts,
          "one_go_len": h_one_go_len, "chat_typo_fix": h_chat_typo_fix, "threes": h_threes,
          "agent_prompts": h_agent_prompts}


def t_card(ex: Ex, slot: int, unit: int) -> None:
    habit = (HABITS_A if ex.asr else HABITS_W)[slot]
    ex.template = f"card_{habit}"
    ex.ent("card", "CARD")
    ex.tags.add("card")
    if ex.rng.random() < 0.75:
        greet(ex)
    opener(ex)
    amex = habit == "reverse_order" and unit % 3 == 0
    if amex:
        card = new_card(ex, "amex")
    elif habit == "one_go_len":
        card = new_card(ex, ("visa13", "maestro", "amex")[unit % 3])
    elif habit == "ocr_slip" and ex.asr:
        card = new_card(ex, need="0")
    else:
        card = new_card(ex)
        while len(set(card[8:12])) < 2:
            card = new_card(ex)
    if habit == "reverse_order":
        h_reverse_order(ex, card, holder_of(ex, unit * 3 + slot), amex)
    elif habit == "two_answers":
        h_two_answers(ex, card, holder_of(ex, unit * 3 + slot + 4))
    else:
        SIMPLE[habit](ex, card)
    if not any(key == "card" for key, _, _ in ex.card_checks):
        ex.check_card("card", card)
    if slot in WITH_EC:
        expiry_cvv(ex)
    values = fill(ex)
    ex.say("agent", PAID, amt=values["amt"])


def t_stored(ex: Ex, unit: int) -> None:
    ex.template = "stored_card"
    greet(ex)
    opener(ex)
    values = fill(ex)
    ex.say("agent", {
        "ru": "Вижу сохранённую карту, заканчивается на {l}. Для подтверждения — срок и код.",
        "uk": "Бачу збережену картку, закінчується на {l}. Для підтвердження — термін і код.",
        "en": "I can see a saved card ending {l}. To confirm, the expiry and the code?",
        "lt": "Matau išsaugotą kortelę, kurios pabaiga {l}. Patvirtinimui — galiojimas ir "
              "kodas."}, l=values["last4"])
    month, year = ex.rng.randrange(1, 13), ex.rng.randrange(2027, 2034)
    ex.ent("exp", "EXPIRY")
    ex.ent("cvv", "CVV")
    ex.say("customer", {"ru": ["Код {v} — а срок {e}", "Сначала код: {v} — срок {e}"],
                        "uk": ["Код {v} — а термін {e}", "Спершу код: {v} — термін {e}"],
                        "en": ["Code's {v} — and it runs to {e}", "Code first: {v} — expiry {e}"],
                        "lt": ["Kodas {v} — o galioja iki {e}",
                               "Pirma kodas: {v} — galiojimas {e}"]},
           v=cvv_v(ex, "cvv", rand_digits(ex.rng, 3, first_nonzero=False)),
           e=expiry_v(ex, "exp", month, year, unit))
    ex.say("agent", PAID, amt=values["amt"])
    ex.tags.update({"stored_card", "cvv_then_expiry", "expiry", "cvv", "card_ending_nearby"})


# --- person exchanges -------------------------------------------------------------------------

REL_NOM = {"ru": {"m": ["мой отец", "мой брат", "наш сосед"], "f": ["моя мама", "моя сестра",
                                                                    "наша соседка"]},
           "uk": {"m": ["мій батько", "мій брат", "наш сусід"], "f": ["моя мама", "моя сестра",
                                                                      "наша сусідка"]},
           "en": {"m": ["my dad", "my brother", "our neighbour"], "f": ["my mum", "my sister",
                                                                        "our neighbour"]},
           "lt": {"m": ["mano tėtis", "mano brolis", "mūsų kaimynas"],
                  "f": ["mano mama", "mano sesuo", "mūsų kaimynė"]}}
TITLE = {"en": {"m": "Mr", "f": "Mrs"}, "lt": {"m": "pone", "f": "ponia"}}
SPELL_AS = {"ru": "как", "uk": "як", "en": "as in", "lt": "kaip"}


def address_form(ex: Ex, person: dict) -> str:
    """How the agent addresses the caller: ru name + patronymic, uk/lt vocative, en surname."""
    if ex.lang == "ru":
        return person["fp"]["nom"] if person["fp"] else person["first"]
    if ex.lang == "en":
        return person["surname"]
    return person["voc"]


def agent_addresses(ex: Ex, person: dict, key: str = "agent_addr") -> None:
    ex.ent(key, "PERSON")
    title = TITLE.get(ex.lang, {}).get(person["sex"], "")
    ex.say("agent", {"ru": ["Слушаю вас, {t}{a}", "Да, {t}{a} — вижу вашу запись."],
                     "uk": ["Слухаю вас, {t}{a}", "Так, {t}{a} — бачу ваш запис."],
                     "en": ["Thanks, {t}{a} — I've got you here.",
                            "Lovely, {t}{a} — what can I do?"],
                     "lt": ["Klausau, {t}{a}", "Taip, {t}{a} — matau jūsų užsakymą."]},
           t=f"{title} " if title else "", a=person_v(ex, key, address_form(ex, person)))
    ex.tags.add("agent_address")
    if ex.lang in ("uk", "lt"):
        ex.tags.add("vocative")


def t_caller(ex: Ex, person: dict) -> None:
    ex.template = "person_caller"
    greet(ex)
    ex.ent("caller", "PERSON")
    name = person["nom"]
    if ex.lang == "ru" and ex.rng.random() < 0.5:
        name = " ".join(x for x in (person["surname"], person["first"], person["patronymic"]) if x)
        ex.tags.add("surname_first")
    ex.say("customer", {"ru": ["Здравствуйте, это {n} — звоню по записи.",
                               "Добрый день, беспокоит {n} — по поводу заказа."],
                        "uk": ["Добрий день, це {n} — дзвоню щодо запису.",
                               "Вітаю, турбує {n} — щодо замовлення."],
                        "en": ["Hi, it's {n} — calling about my booking.",
                               "Hello, {n} here — about the order."],
                        "lt": ["Laba diena, čia {n} — skambinu dėl užsakymo.",
                               "Sveiki, kalba {n} — dėl rezervacijos."]},
           n=person_v(ex, "caller", name))
    agent_addresses(ex, person)
    opener(ex)
    if person["patronymic"]:
        ex.tags.add("patronymic")
    ex.tags.update({"person", "caller"})


def spelled(ex: Ex, surname: str) -> str:
    table = L.PHONETIC[ex.lang]
    parts = [f"{char} {SPELL_AS[ex.lang]} {table[char]}" for char in surname.upper()]
    text = ", ".join(parts)
    return text.lower().replace(",", "") if ex.asr else text


def spellable(ex: Ex, person: dict) -> bool:
    return all(char in L.PHONETIC[ex.lang] for char in person["surname"].upper())


def t_spelled(ex: Ex, person: dict) -> None:
    ex.template = "person_phonetic_spelling"
    greet(ex)
    opener(ex)
    ex.say("agent", {"ru": ["На кого записать?", "Как вас записать?"],
                     "uk": ["На кого записати?", "Як вас записати?"],
                     "en": ["What name shall I put it under?", "Can I take your name?"],
                     "lt": ["Kam užrašyti?", "Kaip jus užrašyti?"]})
    ex.ent("caller", "PERSON")
    name = (f"{person['first']} {person['surname']}" if ex.lang == "en"
            else f"{person['surname']} {person['first']}")
    ex.say("customer", {"ru": ["{n} — по буквам: {s}", "{n} — фамилию продиктую: {s}"],
                        "uk": ["{n} — по літерах: {s}", "{n} — прізвище по літерах: {s}"],
                        "en": ["{n} — that's {s}", "{n} — surname's {s}"],
                        "lt": ["{n} — paraidžiui: {s}", "{n} — pavardė paraidžiui: {s}"]},
           n=person_v(ex, "caller", name), s=V("caller", spelled(ex, person["surname"])))
    agent_addresses(ex, person)
    ex.tags.update({"person", "caller", "phonetic_spelling", "spelled"})
    if ex.lang != "en":
        ex.tags.add("surname_first")


def t_signature(ex: Ex, person: dict) -> None:
    ex.ent("caller", "PERSON")
    dim = ex.rng.random() < 0.3
    if dim:
        name = f"{person['dim']['nom']} {person['surname']}"
        ex.tags.add("diminutive")
    else:
        name = person["fs"]["nom"] if ex.rng.random() < 0.6 or ex.lang == "en" else \
            f"{person['surname']} {person['first']}"
    if ex.asr:
        ex.template = "person_voicemail"
        ex.say("agent", {"ru": "Все операторы заняты, оставьте сообщение после сигнала.",
                         "uk": "Усі оператори зайняті, залиште повідомлення після сигналу.",
                         "en": "All our advisers are busy, please leave a message after the tone.",
                         "lt": "Visi operatoriai užimti, palikite žinutę po signalo."})
        ex.say("customer", {"ru": "Здравствуйте, это по поводу записи, перезвоните, пожалуйста. "
                                  "Это {n} — спасибо, жду звонка.",
                            "uk": "Добрий день, це щодо запису, передзвоніть, будь ласка. "
                                  "Це {n} — дякую, чекаю.",
                            "en": "Hi, it's about my booking, could you ring me back? It's {n} — "
                                  "thanks, bye.",
                            "lt": "Laba diena, dėl užsakymo, prašau perskambinti. Čia {n} — ačiū, "
                                  "iki."},
                   n=person_v(ex, "caller", name))
        ex.tags.add("voicemail")
    else:
        ex.template = "person_signature"
        greet(ex)
        ex.say("customer", {"ru": ["Добрый день! Прошу перенести запись на следующую неделю. "
                                   "С уважением, {n}",
                                   "Здравствуйте, оплачу завтра, не снимайте бронь. Спасибо! {n}"],
                            "uk": ["Доброго дня! Прошу перенести запис на наступний тиждень. "
                                   "З повагою, {n}",
                                   "Вітаю, оплачу завтра, не знімайте бронь. Дякую! {n}"],
                            "en": ["Hi, could you move my booking to next week please? "
                                   "Kind regards, {n}",
                                   "Hello, I'll pay tomorrow, please keep the booking. "
                                   "Cheers, {n}"],
                            "lt": ["Laba diena, prašau perkelti užsakymą į kitą savaitę. "
                                   "Pagarbiai, {n}",
                                   "Sveiki, sumokėsiu rytoj, nenaikinkit rezervacijos. Ačiū! {n}"]},
               n=person_v(ex, "caller", name))
        ex.say("agent", {"ru": "Принято, перенесём.", "uk": "Прийнято, перенесемо.",
                         "en": "No problem, that's sorted.", "lt": "Priimta, perkelsime."})
        ex.tags.update({"signature", "chat"})
    ex.tags.update({"person", "caller"})


def t_third(ex: Ex, person: dict, case: str) -> None:
    """A third party named in one grammatical case (en: possessive or plain)."""
    ex.template = f"person_third_{case}"
    greet(ex)
    opener(ex)
    ex.ent("third", "PERSON")
    rel = ex.pick(REL_NOM[ex.lang][person["sex"]])
    phrases = {
        "gen": {"ru": "Звоню насчёт записи {p} — это {r}.",
                "uk": "Дзвоню щодо запису {p} — це {r}.",
                "en": "I'm calling on behalf of {p} — {r}.",
                "lt": "Skambinu {p} vardu — tai {r}."},
        "dat": {"ru": "Чек, пожалуйста, отправьте {p} — это {r}.",
                "uk": "Чек, будь ласка, надішліть {p} — це {r}.",
                "en": "Could the receipt go to {p} — {r}?",
                "lt": "Kvitą atsiųskite {p} — tai {r}."},
        "ins": {"ru": "Мы с {p} записывались вместе — это {r}.",
                "uk": "Ми з {p} записувалися разом — це {r}.",
                "en": "I booked together with {p} — {r}.",
                "lt": "Mes su {p} registravomės kartu — tai {r}."},
        "loc": {"ru": "На {p} ещё висит долг? Это {r}.",
                "uk": "На {p} ще є борг? Це {r}.",
                "en": "Is anything still owing on {p} account? That's {r}.",
                "lt": "Ar {p} dar liko skola? Tai {r}."},
    }
    text_case = {"en": "nom", "lt": "dat" if case == "loc" else case}.get(ex.lang, case)
    name = person[text_case]
    if ex.lang == "en" and case == "loc":
        name = f"{person['first']} {person['surname']}'s"
        text_case = "possessive"
    ex.say("customer", phrases[case], p=person_v(ex, "third", name), r=rel)
    ex.say("agent", {"ru": "Хорошо, сейчас посмотрю.", "uk": "Добре, зараз подивлюся.",
                     "en": "No problem, let me look.", "lt": "Gerai, tuoj pažiūrėsiu."})
    ex.tags.update({"person", "third_party", f"case_{text_case}"})


def t_diminutive(ex: Ex, person: dict) -> None:
    ex.template = "person_diminutive"
    greet(ex)
    ex.ent("caller", "PERSON")
    full = person["fp"]["nom"] if person.get("fp") else person["first"]
    ex.say("customer", {"ru": "Это {d} — ну, {f} по документам.",
                        "uk": "Це {d} — ну, {f} за документами.",
                        "en": "It's {d} — well, {f} on the account.",
                        "lt": "Čia {d} — na, pagal dokumentus {f}"},
           d=person_v(ex, "caller", f"{person['dim']['nom']} {person['surname']}"),
           f=person_v(ex, "caller", full))
    ex.say("agent", {"ru": "Да, вижу запись.", "uk": "Так, бачу запис.",
                     "en": "Yes, I can see you.",
                     "lt": "Taip, matau įrašą."})
    opener(ex)
    ex.tags.update({"person", "caller", "diminutive"})


def t_accusative(ex: Ex, person: dict) -> None:
    ex.template = "person_accusative"
    greet(ex)
    opener(ex)
    ex.ent("third", "PERSON")
    rel = ex.pick(REL_NOM[ex.lang][person["sex"]])
    case = "nom" if ex.lang == "en" else "acc"
    ex.say("customer", {"ru": "И ещё: это {r} — можно записать и {p}",
                        "uk": "І ще: це {r} — можна записати й {p}",
                        "en": "One more thing: it's {r} — could you add {p}",
                        "lt": "Ir dar: tai {r} — ar galima užrašyti ir {p}"},
           p=person_v(ex, "third", person[case]), r=rel)
    decoy_line(ex, 0, fill(ex))
    ex.say("agent", {"ru": "Да, записываю.", "uk": "Так, записую.", "en": "Yes, that's fine.",
                     "lt": "Taip, užrašau."})
    ex.tags.update({"person", "third_party", f"case_{case}", "named_thing_nearby"})


def t_two_people(ex: Ex, first: dict, second: dict) -> None:
    ex.template = "person_two_people"
    greet(ex)
    opener(ex)
    ex.ent("person_a", "PERSON")
    ex.ent("person_b", "PERSON")
    case = {"ru": "acc", "uk": "acc", "en": "nom", "lt": "dat"}[ex.lang]
    ex.say("customer", {"ru": "Оформляем на {a} — а контактное лицо {b}",
                        "uk": "Оформлюємо на {a} — а контактна особа {b}",
                        "en": "It's for {a} — and the contact is {b}",
                        "lt": "Įforminame {a} — o kontaktinis asmuo {b}"},
           a=person_v(ex, "person_a", first[case]), b=person_v(ex, "person_b", second["nom"]))
    ex.say("agent", {"ru": "Хорошо, оба записаны.", "uk": "Добре, обоє записані.",
                     "en": "Great, I've got both.", "lt": "Gerai, abu užrašyti."})
    ex.tags.update({"person", "third_party", f"case_{case}", "two_people"})


def t_person(ex: Ex, slot: int, unit: int) -> None:
    people = L.PEOPLE[ex.lang]
    person = people[(unit * 5 + slot * 3) % len(people)]
    if slot == 0:
        t_caller(ex, person)
    elif slot == 1:
        candidates = [p for p in people if spellable(ex, p)]
        t_spelled(ex, candidates[(unit + slot) % len(candidates)])
    elif slot == 2:
        t_signature(ex, person)
    elif slot == 3:
        t_third(ex, person, ("gen", "dat")[unit % 2])
    elif slot == 4:
        t_third(ex, person, ("ins", "loc")[unit % 2])
    elif slot == 5:
        t_diminutive(ex, person)
    elif slot == 6:
        t_accusative(ex, person)
    else:
        t_two_people(ex, person, people[(unit * 5 + slot * 3 + 1) % len(people)])


# --- profile exchanges ------------------------------------------------------------------------

ASK = {
    "PHONE": {"ru": "Ваш номер телефона?", "uk": "Ваш номер телефону?",
              "en": "Best phone number for you?", "lt": "Jūsų telefono numeris?"},
    "EMAIL": {"ru": "Электронная почта?", "uk": "Електронна пошта?", "en": "And an email?",
              "lt": "El. pašto adresas?"},
    "DOB": {"ru": "Дата рождения?", "uk": "Дата народження?", "en": "Date of birth?",
            "lt": "Gimimo data?"},
    "PASSPORT": {"ru": "Серия и номер паспорта?", "uk": "Номер паспорта?",
                 "en": "Passport number?", "lt": "Paso numeris?"},
    "NATIONAL_ID": {"ru": "СНИЛС, пожалуйста.", "uk": "Ваш ІПН?",
                    "en": "National Insurance number?", "lt": "Asmens kodas?"},
    "ADDRESS": {"ru": "Адрес проживания?", "uk": "Адреса проживання?", "en": "Home address?",
                "lt": "Gyvenamosios vietos adresas?"},
    "ACCOUNT": {"ru": "Номер счёта для возврата?", "uk": "Рахунок для повернення коштів?",
                "en": "Which account should the refund go to?",
                "lt": "Į kokią sąskaitą grąžinti pinigus?"},
}
ANSWER = {"ru": ["{v}", "Да, {v}", "Записывайте: {v}"], "uk": ["{v}", "Так, {v}", "Пишіть: {v}"],
          "en": ["{v}", "It's {v}", "Yeah, {v}"], "lt": ["{v}", "Taip, {v}", "Rašykite: {v}"]}
DOB_ANSWER = {"ru": "{v} года", "uk": "{v} року", "en": "The {v}", "lt": "{v}"}
CITY = {"ru": "г. Тверь, {v}", "uk": "м. Вінниця, {v}", "en": "{v} — in Leeds",
        "lt": "Kaunas, {v}"}
CITY_SAID = {"ru": "город Тверь {v}", "uk": "місто Вінниця {v}", "en": "{v} in Leeds",
             "lt": "Kaunas {v}"}
INTRO = {"ru": ["Для договора мне нужны кое-какие данные.", "Мне нужно заполнить анкету."],
         "uk": ["Для договору мені потрібні деякі дані.", "Мені треба заповнити анкету."],
         "en": ["I just need a few details for the form.", "Let me fill in your profile."],
         "lt": ["Sutarčiai man reikės kelių duomenų.", "Turiu užpildyti anketą."]}
PROFILE_PAIRS = (("PHONE", "EMAIL"), ("DOB", "PASSPORT"), ("NATIONAL_ID", "ADDRESS"),
                 ("ACCOUNT", "PHONE"), ("EMAIL", "DOB"), ("PASSPORT", "NATIONAL_ID"),
                 ("ADDRESS", "ACCOUNT"))


def field_value(ex: Ex, kind: str, person: dict, birth: dt.date, key: str, **flags) -> V:
    if kind == "PHONE":
        return phone_v(ex, key, odd=flags.get("odd", False))
    if kind == "EMAIL":
        return email_v(ex, key, person)
    if kind == "DOB":
        return dob_v(ex, key, birth)
    if kind == "PASSPORT":
        return passport_v(ex, key)[0]
    if kind == "NATIONAL_ID":
        return national_id_v(ex, key, person, birth)
    if kind == "ADDRESS":
        return address_v(ex, key, reverse=flags.get("reverse", False))
    raise AssertionError(kind)


def ask_and_answer(ex: Ex, kind: str, person: dict, birth: dt.date, **flags) -> None:
    key = ex.ent(kind.lower(), kind)
    ex.tags.add(kind.lower())
    if kind == "ACCOUNT":
        value, cue = account_v(ex, key)
        ex.say("agent", ASK[kind] if not ex.asr else {
            "ru": "Ваш лицевой счёт?", "uk": "Ваш особовий рахунок?",
            "en": "Your account number?", "lt": "Jūsų sąskaitos numeris?"})
        ex.say("customer", "{c} {v}", c=cue, v=value)
        return
    ex.say("agent", ASK[kind])
    value = field_value(ex, kind, person, birth, key, **flags)
    if kind == "DOB" and ex.asr:
        ex.say("customer", DOB_ANSWER, v=value)
    elif kind == "ADDRESS":
        ex.say("customer", CITY_SAID if ex.asr else CITY, v=value)
    else:
        ex.say("customer", ANSWER, v=value)


def t_profile(ex: Ex, slot: int, unit: int) -> None:
    first, second = PROFILE_PAIRS[slot]
    ex.template = f"profile_{first.lower()}_{second.lower()}"
    people = L.PEOPLE[ex.lang]
    person = people[(unit * 3 + slot) % len(people)]
    birth = birth_date(ex.rng)
    greet(ex)
    opener(ex)
    ex.say("agent", INTRO)
    ex.tags.add("profile")
    if slot == 0:
        ex.ent("phone", "PHONE")
        ex.ent("email", "EMAIL")
        ex.say("agent", {"ru": "Телефон и почту для чека?", "uk": "Телефон і пошту для чека?",
                         "en": "Phone and email for the receipt?",
                         "lt": "Telefonas ir el. paštas kvitui?"})
        ex.say("customer", {"ru": "Телефон {p} — почта {e}", "uk": "Телефон {p} — пошта {e}",
                            "en": "Phone's {p} — email {e}", "lt": "Telefonas {p} — paštas {e}"},
               p=phone_v(ex, "phone"), e=email_v(ex, "email", person))
        ex.tags.update({"two_answers", "phone", "email"})
    elif slot == 1:
        ask_and_answer(ex, "DOB", person, birth)
        if ex.asr:
            ask_and_answer(ex, "PASSPORT", person, birth)
        else:
            ex.ent("passport", "PASSPORT")
            right, slipped = passport_v(ex, "passport", ocr=True)
            assert slipped is not None
            ex.say("agent", ASK["PASSPORT"])
            ex.say("customer", {"ru": "Скопировал с фото разворота: {v}",
                                "uk": "Скопіював з фото документа: {v}",
                                "en": "Copied it off a photo of the page: {v}",
                                "lt": "Nukopijavau iš paso nuotraukos: {v}"}, v=slipped)
            ex.say("agent", {"ru": "Там буква вместо цифры, кажется.",
                             "uk": "Там, здається, літера замість цифри.",
                             "en": "There's a letter in there, I think.",
                             "lt": "Atrodo, ten raidė vietoj skaitmens."})
            ex.say("customer", {"ru": "Да, это распознавалка. Правильно {v}",
                                "uk": "Так, це розпізнавання. Правильно {v}",
                                "en": "Yeah, that's the scanner app. It's {v}",
                                "lt": "Taip, tai skaitytuvas. Teisingai {v}"}, v=right)
            ex.tags.update({"ocr_slip", "passport"})
    elif slot == 2:
        ex.ent("national_id", "NATIONAL_ID")
        ex.ent("address", "ADDRESS")
        ex.say("agent", ASK["NATIONAL_ID"])
        ex.say("customer", {"ru": "Сначала адрес скажу, а то забуду: {a} — а СНИЛС {i}",
                            "uk": "Спершу адресу скажу, бо забуду: {a} — а ІПН {i}",
                            "en": "Address first before I forget: {a} — and the NI is {i}",
                            "lt": "Pirma adresas, kol nepamiršau: {a} — o asmens kodas {i}"},
               a=address_v(ex, "address"), i=national_id_v(ex, "national_id", person, birth))
        ex.tags.update({"unusual_order", "national_id", "address"})
    elif slot == 3:
        ask_and_answer(ex, "ACCOUNT", person, birth)
        ask_and_answer(ex, "PHONE", person, birth, odd=not ex.asr)
        if not ex.asr:
            ex.tags.add("odd_sep")
    elif slot == 4:
        ask_and_answer(ex, "EMAIL", person, birth)
        ask_and_answer(ex, "DOB", person, birth)
    elif slot == 5:
        ask_and_answer(ex, "PASSPORT", person, birth)
        ask_and_answer(ex, "NATIONAL_ID", person, birth)
    else:
        ask_and_answer(ex, "ADDRESS", person, birth, reverse=True)
        ask_and_answer(ex, "ACCOUNT", person, birth)
        ex.tags.add("address_reverse")
    ex.say("agent", ex.pick(CLOSE))


# --- decoy exchanges --------------------------------------------------------------------------

def t_decoy(ex: Ex, slot: int, unit: int) -> None:
    ex.template = "decoy"
    values = fill(ex)
    if ex.rng.random() < 0.8:
        greet(ex)
    opener(ex)
    first = slot % 3
    decoy_line(ex, first, values)
    generic_lines(ex, GENERIC_KEYS[(slot + unit) % len(GENERIC_KEYS)], values)
    decoy_line(ex, (first + 1) % 3, values)
    if slot % 2:
        generic_lines(ex, GENERIC_KEYS[(slot + unit + 3) % len(GENERIC_KEYS)], values)
    ex.say("agent", ex.pick(CLOSE))
    ex.tags.update({"decoy", "no_entity"})


# --- records and checks -----------------------------------------------------------------------

def entity_digits(ex: Ex, key: str) -> tuple[str, list[str]]:
    """Digits a CARD entity stands for (recorded) and the digits read off its written text."""
    recorded = "".join(digits for *_, digits in ex.pieces[key])
    texts = [" ".join(ex.turns[t][1][s:e]) for t, s, e, _ in ex.pieces[key]]
    return recorded, texts


def check_cards(ex: Ex) -> None:
    for key, card, mode in ex.card_checks:
        assert L.luhn_ok(card) and 13 <= len(card) <= 19, card
        recorded, texts = entity_digits(ex, key)
        if not ex.asr:
            typed = "".join(re.sub(r"\D", "", text.translate(OCR_MAP)) for text in texts)
            assert typed == recorded, (ex.template, texts, recorded)
        group3 = card[8:12]
        if mode == "exact":
            assert recorded == card, (ex.template, recorded, card)
        elif mode == "twice":
            assert recorded == card + card
        elif mode == "plus_group":
            assert recorded == card + group3
        elif mode == "run":
            assert recorded in card and len(recorded) >= 8
        elif mode == "transposed":
            diffs = [i for i in range(len(card)) if recorded[i] != card[i]]
            assert len(recorded) == len(card) and len(diffs) == 2 and diffs[1] == diffs[0] + 1
        elif mode == "typo_then_group":
            head, tail = recorded[:len(card)], recorded[len(card):]
            assert tail == group3 and head != card
            assert head[:8] == card[:8] and head[12:] == card[12:]
            assert sorted(head[8:12]) == sorted(group3)
        else:
            raise AssertionError(mode)


def check_values(record: dict) -> None:
    """Re-check written IDs and accounts from the final text, and CVV lengths."""
    amex = "amex" in record["tags"]
    for entity in record["entities"]:
        joined = " ".join(entity["text"])
        compact = re.sub(r"[\s\-]", "", joined)
        if entity["type"] == "CVV":
            digits = L.words_to_digits(joined, record["lang"]) if record["style"] == "asr" \
                else compact
            assert len(digits) == (4 if amex else 3), (record["template"], joined)
        if record["style"] == "asr":
            continue
        if entity["type"] == "ACCOUNT":
            if compact[:2].isalpha():
                assert L.iban_ok(compact), compact
            else:
                assert L.ru_account_ok(compact, RU_BIC), compact
        if entity["type"] == "NATIONAL_ID":
            if record["lang"] == "ru":
                assert L.snils_check(compact[:9]) == compact[9:], compact
            elif record["lang"] == "uk":
                assert L.rnokpp_ok(compact), compact
            elif record["lang"] == "lt":
                assert L.asmens_kodas_ok(compact), compact
            else:
                assert re.fullmatch(r"[A-Z]{2}\d{6}[A-D]", compact), compact


def edge_ok(token: str, first: bool) -> bool:
    char = token[0] if first else token[-1]
    return char.isalnum() or (first and char == "+")


def to_record(ex: Ex) -> dict:
    turns = [{"role": role, "text": " ".join(tokens)} for role, tokens in ex.turns]
    for turn in turns:
        assert turn["text"] == " ".join(turn["text"].split())
        if ex.asr:
            assert ASR_RE.match(turn["text"]), turn["text"]
    used: set[tuple[int, int]] = set()
    entities = []
    for key in ex.order:
        pieces, chars, texts = [], [], []
        for turn_index, start, end, _ in ex.pieces[key]:
            tokens = ex.turns[turn_index][1]
            assert 0 <= start < end <= len(tokens)
            assert edge_ok(tokens[start], True) and edge_ok(tokens[end - 1], False), tokens
            cells = {(turn_index, i) for i in range(start, end)}
            assert not cells & used, key
            used |= cells
            char_start = len(" ".join(tokens[:start])) + (1 if start else 0)
            text = " ".join(tokens[start:end])
            char_end = char_start + len(text)
            assert turns[turn_index]["text"][char_start:char_end] == text
            digits = next(d for t, s_, e_, d in ex.pieces[key] if (t, s_, e_) ==
                          (turn_index, start, end))
            if digits and ex.asr:
                assert L.words_to_digits(text, ex.lang) == digits, (ex.template, text, digits)
            elif digits:
                assert re.sub(r"\D", "", text.translate(OCR_MAP)) == digits, (text, digits)
            pieces.append([turn_index, start, end])
            chars.append([turn_index, char_start, char_end])
            texts.append(text)
        entities.append({"type": ex.types[key], "pieces": pieces, "chars": chars, "text": texts})
    assert set(ex.types) == set(ex.order), (ex.template, set(ex.types) - set(ex.order))
    check_cards(ex)
    assert bool(entities) != ("decoy" in ex.tags), ex.template
    for entity in entities:
        ex.tags.add(entity["type"].lower())
    record = {"id": "", "lang": ex.lang, "style": ex.style, "split": SPLIT,
            "template": f"{ex.lang}_{ex.template}", "tags": sorted(ex.tags), "turns": turns,
            "entities": entities}
    check_values(record)
    return record


# --- plan -------------------------------------------------------------------------------------
# Per 45-exchange unit (Russian cells hold two): 14 card exchanges (one per habit slot), one
# stored-card expiry/CVV call, 8 person exchanges, 7 profile exchanges, 15 decoy-only ones.

UNIT = ([("card", i) for i in range(14)] + [("stored", 0)] + [("person", i) for i in range(8)]
        + [("profile", i) for i in range(7)] + [("decoy", i) for i in range(15)])


def build(seed: int) -> list[dict]:
    records = []
    unit_no = 0
    for cell_index, lang in enumerate(LANGS):
        for style in ("written", "asr"):
            for _ in range(2 if lang == "ru" else 1):
                for position, (kind, slot) in enumerate(UNIT):
                    rng = random.Random(f"{seed}/{lang}/{style}/{unit_no}/{position}")
                    setting = SETTING_KEYS[(position * 3 + unit_no + cell_index) % 10]
                    ex = Ex(lang, style, kind, rng, setting)
                    ex.zero_en = rng.choice(("oh", "oh", "zero"))
                    ex.tags.add(f"setting_{setting}")
                    if kind == "card":
                        t_card(ex, slot, unit_no)
                    elif kind == "stored":
                        t_stored(ex, unit_no)
                    elif kind == "person":
                        t_person(ex, slot, unit_no)
                    elif kind == "profile":
                        t_profile(ex, slot, unit_no)
                    else:
                        t_decoy(ex, slot, unit_no)
                    records.append(to_record(ex))
                unit_no += 1
    random.Random(seed).shuffle(records)
    for number, record in enumerate(records, 1):
        record["id"] = f"b22-{record['lang']}-{record['style'][0]}-{number:04d}"
    return records


def table(records: list[dict]) -> str:
    cells = [(lang, style) for lang in LANGS for style in ("written", "asr")]
    heads = [f"{lang}-{style[0]}" for lang, style in cells]
    counts: dict[str, Counter] = defaultdict(Counter)
    for record in records:
        cell = f"{record['lang']}-{record['style'][0]}"
        for entity in record["entities"]:
            counts[entity["type"]][cell] += 1
        counts["exchanges"][cell] += 1
        if not record["entities"]:
            counts["decoy-only"][cell] += 1
    lines = ["| type | " + " | ".join(heads) + " | total |",
             "|---" * (len(heads) + 2) + "|"]
    for row in (*TYPES, "exchanges", "decoy-only"):
        values = [counts[row][head] for head in heads]
        lines.append(f"| {row} | " + " | ".join(map(str, values)) + f" | {sum(values)} |")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=2222)
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    L.self_test()
    records = build(args.seed)
    assert len(records) == 450
    assert len({record["id"] for record in records}) == 450
    lines = [json.dumps(record, ensure_ascii=False) for record in records]
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(table(records))
    tags = Counter(tag for record in records for tag in record["tags"])
    print(", ".join(f"`{tag}` {count}" for tag, count in sorted(tags.items())))
    print(f"wrote {len(records)} exchanges to {args.out}")


if __name__ == "__main__":
    main()
