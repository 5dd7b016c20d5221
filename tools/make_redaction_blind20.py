"""Write the blind20 labelled redaction set (ru/uk/en/lt, written and asr styles).

    python tools/make_redaction_blind20.py [--seed 2020]
        [--out benchmarks/data/redaction_blind20.jsonl]

The set is written by an author who never saw the detector, so its wording, dictation habits
and hard negatives are independent of it. Every exchange is built turn by turn from plain text
and labelled value segments, so the token pieces and character spans are computed, never typed
by hand, and checked (with Luhn, IBAN and ID check digits) before the file is written.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import blind20_lang as L

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "benchmarks" / "data" / "redaction_blind20.jsonl"
SPLIT = "blind20"
TYPES = ("CARD", "CVV", "EXPIRY", "PERSON", "PHONE", "EMAIL", "ACCOUNT", "NATIONAL_ID",
         "PASSPORT", "DOB", "ADDRESS")
ASR_OK = re.compile(r"^[a-zа-яёіїєґąčęėįšųūž' ]+$")
PUNCT_EDGE = set(".,;:!?…»«\"„“”()—–")
# Tags under which a written CARD's digits legitimately fail Luhn: a group said twice,
# out of order, or an abandoned worn-digit guess.
CARD_CHECK_EXEMPT = {"order_fix", "worn_guess", "group_again"}


@dataclass
class Value:
    key: str
    type: str
    text: str
    digits: str = ""  # the card digits a CARD value stands for, checked before writing


@dataclass
class Ex:
    """One exchange under construction: turns plus labelled value segments."""

    lang: str
    style: str
    rng: random.Random
    template: str = ""
    tags: set[str] = field(default_factory=set)
    turns: list[dict] = field(default_factory=list)
    entities: dict[str, dict] = field(default_factory=dict)
    cards: list[str] = field(default_factory=list)
    card_fmt: str = "space"
    card_mode: str = "digits"
    card_zero: str | None = None
    values: list[Value] = field(default_factory=list)

    @property
    def w(self) -> bool:
        return self.style == "written"

    def pick(self, options):
        return self.rng.choice(options)

    def tr(self, table: dict):
        """Pick this language's wording from {lang: [variants]} (or a single string)."""
        choice = table[self.lang]
        return self.pick(choice) if isinstance(choice, list) else choice

    def plain(self, text: str) -> str:
        """Unlabelled text as the style writes it: asr is lower case without punctuation."""
        if self.w:
            return re.sub(r"(?<=\.)\.", "", " ".join(text.split()))
        text = text.replace("’", "'").replace("-", " ").lower()
        text = re.sub(r"[^\w' ]", " ", text)
        text = re.sub(r"(?<!\w)'|'(?!\w)", " ", text)
        return " ".join(text.split())

    def num(self, n: int, feminine: bool = False) -> str:
        return str(n) if self.w else L.cardinal(n, self.lang, feminine)

    def digits(self, s: str) -> str:
        """A reference number (order, claim, ticket) as a person reads it out."""
        if self.w:
            return s
        return self.pick([L.say_digits, L.say_pairs])(s, self.lang, self.zero())

    def zero(self) -> str | None:
        if self.lang == "en":
            return self.pick(["oh", "oh", "zero", "nought"])
        if self.lang == "uk":
            return self.pick([None, None, "ноль"])
        return None

    def val(self, key: str, etype: str, text: str) -> Value:
        assert etype in TYPES, etype
        return Value(key, etype, text)

    def turn(self, role: str, *parts) -> None:
        """Join parts with single spaces; labelled parts become pieces of their entity."""
        text, spans, prev_value = "", [], None
        for part in parts:
            if isinstance(part, Value):
                if text:
                    text += " "
                spans.append((part, len(text)))
                self.values.append(part)
                text += part.text
                prev_value = part
                continue
            chunk = self.plain(part)
            if not chunk:
                continue
            if self.w and chunk[0] in ",.!?:;)" and text:
                assert prev_value is None or not text.endswith(prev_value.text), (
                    f"punctuation glued to a value: {text!r} + {chunk!r}")
                text += chunk
            else:
                text += (" " if text else "") + chunk
            prev_value = None
        index = len(self.turns)
        last_key_end: tuple[str, int] | None = None
        for value, start in spans:
            before = len(text[:start].split())
            length = len(value.text.split())
            ent = self.entities.setdefault(value.key, {"type": value.type, "pieces": [],
                                                       "chars": [], "text": []})
            assert ent["type"] == value.type, value.key
            end = start + len(value.text)
            if (last_key_end and last_key_end[0] == value.key and ent["pieces"]
                    and ent["pieces"][-1][0] == index
                    and ent["pieces"][-1][2] == before):
                ent["pieces"][-1][2] = before + length
                ent["chars"][-1][2] = end
                ent["text"][-1] = text[ent["chars"][-1][1]:end]
            else:
                ent["pieces"].append([index, before, before + length])
                ent["chars"].append([index, start, end])
                ent["text"].append(value.text)
            last_key_end = (value.key, before + length)
        self.turns.append({"role": role, "text": text})

    def record(self, number: int) -> dict:
        lang_code = {"written": "w", "asr": "a"}[self.style]
        entities = sorted(self.entities.values(), key=lambda e: (e["pieces"][0][0],
                                                                 e["pieces"][0][1]))
        return {"id": f"b20-{self.lang}-{lang_code}-{number:04d}", "lang": self.lang,
                "style": self.style, "split": SPLIT, "template": self.template,
                "tags": sorted(self.tags), "turns": self.turns, "entities": entities}


# ---- people, places, settings ------------------------------------------------------------

# ru/uk: nominative, genitive, accusative, dative, instrumental, how the agent addresses them,
# Latin spelling on the card.
PEOPLE = {
    "ru": [
        ("Олег Гринько", "Олега Гринько", "Олега Гринько", "Олегу Гринько", "Олегом Гринько",
         "Олег", "OLEG GRINKO", "Гринько"),
        ("Тамара Ильинична Ковалёва", "Тамары Ильиничны Ковалёвой", "Тамару Ильиничну Ковалёву",
         "Тамаре Ильиничне Ковалёвой", "Тамарой Ильиничной Ковалёвой", "Тамара Ильинична",
         "TAMARA KOVALEVA", "Ковалёва"),
        ("Мирон Белецкий", "Мирона Белецкого", "Мирона Белецкого", "Мирону Белецкому",
         "Мироном Белецким", "Мирон", "MIRON BELETSKII", "Белецкий"),
        ("Ульяна Сотникова", "Ульяны Сотниковой", "Ульяну Сотникову", "Ульяне Сотниковой",
         "Ульяной Сотниковой", "Ульяна", "ULIANA SOTNIKOVA", "Сотникова"),
        ("Всеволод Игнатьев", "Всеволода Игнатьева", "Всеволода Игнатьева",
         "Всеволоду Игнатьеву", "Всеволодом Игнатьевым", "Всеволод", "VSEVOLOD IGNATEV",
         "Игнатьев"),
        ("Зарина Ахмедова", "Зарины Ахмедовой", "Зарину Ахмедову", "Зарине Ахмедовой",
         "Зариной Ахмедовой", "Зарина", "ZARINA AKHMEDOVA", "Ахмедова"),
        ("Трофим Лыков", "Трофима Лыкова", "Трофима Лыкова", "Трофиму Лыкову",
         "Трофимом Лыковым", "Трофим", "TROFIM LYKOV", "Лыков"),
        ("Ева Шубина", "Евы Шубиной", "Еву Шубину", "Еве Шубиной", "Евой Шубиной", "Ева",
         "EVA SHUBINA", "Шубина"),
        ("Артемий Калашник", "Артемия Калашника", "Артемия Калашника", "Артемию Калашнику",
         "Артемием Калашником", "Артемий", "ARTEMII KALASHNIK", "Калашник"),
        ("Семён Аркадьевич Рыбаков", "Семёна Аркадьевича Рыбакова",
         "Семёна Аркадьевича Рыбакова", "Семёну Аркадьевичу Рыбакову",
         "Семёном Аркадьевичем Рыбаковым", "Семён Аркадьевич", "SEMEN RYBAKOV", "Рыбаков"),
        ("Кира Мельничук", "Киры Мельничук", "Киру Мельничук", "Кире Мельничук",
         "Кирой Мельничук", "Кира", "KIRA MELNICHUK", "Мельничук"),
        ("Полина Дерябина", "Полины Дерябиной", "Полину Дерябину", "Полине Дерябиной",
         "Полиной Дерябиной", "Полина", "POLINA DERIABINA", "Дерябина"),
    ],
    "uk": [
        ("Оксана Литвиненко", "Оксани Литвиненко", "Оксану Литвиненко", "Оксані Литвиненко",
         "Оксаною Литвиненко", "Оксано", "OKSANA LYTVYNENKO", "Литвиненко"),
        ("Тарас Гнатюк", "Тараса Гнатюка", "Тараса Гнатюка", "Тарасові Гнатюку",
         "Тарасом Гнатюком", "Тарасе", "TARAS HNATIUK", "Гнатюк"),
        ("Мирослава Білоус", "Мирослави Білоус", "Мирославу Білоус", "Мирославі Білоус",
         "Мирославою Білоус", "Мирославо", "MYROSLAVA BILOUS", "Білоус"),
        ("Богдан Кравчук", "Богдана Кравчука", "Богдана Кравчука", "Богданові Кравчуку",
         "Богданом Кравчуком", "Богдане", "BOHDAN KRAVCHUK", "Кравчук"),
        ("Ярина Федорів", "Ярини Федорів", "Ярину Федорів", "Ярині Федорів",
         "Яриною Федорів", "Ярино", "YARYNA FEDORIV", "Федорів"),
        ("Остап Петрук", "Остапа Петрука", "Остапа Петрука", "Остапові Петруку",
         "Остапом Петруком", "Остапе", "OSTAP PETRUK", "Петрук"),
        ("Соломія Дячук", "Соломії Дячук", "Соломію Дячук", "Соломії Дячук",
         "Соломією Дячук", "Соломіє", "SOLOMIIA DIACHUK", "Дячук"),
        ("Назар Мельник", "Назара Мельника", "Назара Мельника", "Назарові Мельнику",
         "Назаром Мельником", "Назаре", "NAZAR MELNYK", "Мельник"),
        ("Людмила Зінченко", "Людмили Зінченко", "Людмилу Зінченко", "Людмилі Зінченко",
         "Людмилою Зінченко", "Людмило", "LIUDMYLA ZINCHENKO", "Зінченко"),
        ("Ігор Сав'юк", "Ігоря Сав'юка", "Ігоря Сав'юка", "Ігорю Сав'юку", "Ігорем Сав'юком",
         "Ігорю", "IHOR SAVIUK", "Сав'юк"),
    ],
    "lt": [
        ("Rasa Jankauskienė", "Rasos Jankauskienės", "Rasą Jankauskienę",
         "Rasai Jankauskienei", "Rasa Jankauskiene", "Rasa", "RASA JANKAUSKIENE",
         "Jankauskienė"),
        ("Tomas Petrauskas", "Tomo Petrausko", "Tomą Petrauską", "Tomui Petrauskui",
         "Tomu Petrausku", "Tomai", "TOMAS PETRAUSKAS", "Petrauskas"),
        ("Gintarė Vaitkutė", "Gintarės Vaitkutės", "Gintarę Vaitkutę", "Gintarei Vaitkutei",
         "Gintare Vaitkute", "Gintare", "GINTARE VAITKUTE", "Vaitkutė"),
        ("Mindaugas Šimkus", "Mindaugo Šimkaus", "Mindaugą Šimkų", "Mindaugui Šimkui",
         "Mindaugu Šimkumi", "Mindaugai", "MINDAUGAS SIMKUS", "Šimkus"),
        ("Eglė Butkienė", "Eglės Butkienės", "Eglę Butkienę", "Eglei Butkienei",
         "Egle Butkiene", "Egle", "EGLE BUTKIENE", "Butkienė"),
        ("Dovydas Žemaitis", "Dovydo Žemaičio", "Dovydą Žemaitį", "Dovydui Žemaičiui",
         "Dovydu Žemaičiu", "Dovydai", "DOVYDAS ZEMAITIS", "Žemaitis"),
        ("Austėja Kairytė", "Austėjos Kairytės", "Austėją Kairytę", "Austėjai Kairytei",
         "Austėja Kairyte", "Austėja", "AUSTEJA KAIRYTE", "Kairytė"),
        ("Vytautas Stankevičius", "Vytauto Stankevičiaus", "Vytautą Stankevičių",
         "Vytautui Stankevičiui", "Vytautu Stankevičiumi", "Vytautai",
         "VYTAUTAS STANKEVICIUS", "Stankevičius"),
        ("Ieva Mockutė", "Ievos Mockutės", "Ievą Mockutę", "Ievai Mockutei", "Ieva Mockute",
         "Ieva", "IEVA MOCKUTE", "Mockutė"),
    ],
    "en": [(n, n, n, n, n, n.split()[0], n.upper(), n.split()[-1]) for n in (
        "Siobhan Gallagher", "Tunde Okafor", "Priya Nair", "Callum Whitcombe",
        "Megan O'Rourke", "Declan Fairbairn", "Rosalind Tremayne", "Kwame Asante",
        "Harriet Lindqvist", "Euan MacAskill")],
}
NOM, GEN, ACC, DAT, INS, ADDR, LATIN, SURNAME = range(8)
AGENTS = {"ru": ["Алина", "Денис", "Маргарита", "Глеб"], "uk": ["Вікторія", "Андрій", "Дарина"],
          "en": ["Jess", "Marcus", "Nadia"], "lt": ["Justina", "Lukas", "Monika"]}

SETTINGS = {
    "roaming": {"ru": "оператор «СотаПлюс»", "uk": "оператор «Лінкомм»",
                "en": "Kestrel Mobile", "lt": "„Tinklas Plius“"},
    "kindergarten": {"ru": "детский сад «Ромашка»", "uk": "садочок «Сонечко»",
                     "en": "Little Acorns Nursery", "lt": "darželis „Žiogelis“"},
    "carshare": {"ru": "каршеринг «ГородДрайв»", "uk": "каршерінг «Їдемо»",
                 "en": "ZipWheels car club", "lt": "„RidaGo“ automobilių nuoma"},
    "dental": {"ru": "стоматология «Жемчуг»", "uk": "стоматологія «Дентал Люкс»",
               "en": "Bramley Dental", "lt": "odontologijos klinika „Šypsena“"},
    "pharmacy": {"ru": "онлайн аптека «Фарма Экспресс»", "uk": "інтернет аптека «Ліки Поруч»",
                 "en": "MedsDirect pharmacy", "lt": "internetinė vaistinė „Sveikata“"},
    "baggage": {"ru": "авиакомпания «Северный ветер», розыск багажа",
                "uk": "авіакомпанія «Дніпроавіа», розшук багажу",
                "en": "Skylark Airways baggage claims", "lt": "„Baltijos sparnai“, bagažo paieška"},
    "meter": {"ru": "расчётный центр «Водоканал»", "uk": "«Житлокомсервіс»",
              "en": "Severn Vale Water billing", "lt": "„Šilumos tinklai“"},
    "gym": {"ru": "фитнес клуб «Атлет»", "uk": "спортклуб «Форма»", "en": "IronWorks Gym",
            "lt": "sporto klubas „Jėga“"},
    "driving": {"ru": "автошкола «Зелёный свет»", "uk": "автошкола «Кермо»",
                "en": "Clearway Driving School", "lt": "vairavimo mokykla „Ratas“"},
    "library": {"ru": "библиотека имени Гоголя", "uk": "бібліотека імені Лесі Українки",
                "en": "Dickens Library", "lt": "Maironio biblioteka"},
}
# Why the agent needs a card in each setting (keeps card talk tied to the call's topic).
PURPOSE = {
    "roaming": {"ru": "для подключения пакета роуминга", "uk": "щоб підключити роумінг",
                "en": "for the roaming bundle", "lt": "tarptinklinio ryšio paketui"},
    "kindergarten": {"ru": "для оплаты питания за месяц", "uk": "для оплати харчування",
                     "en": "for this term's fees", "lt": "už darželio mokestį"},
    "carshare": {"ru": "для привязки к аккаунту", "uk": "щоб прив'язати до акаунта",
                 "en": "to link it to your driver account", "lt": "prie paskyros susieti"},
    "dental": {"ru": "для предоплаты имплантации", "uk": "для передоплати лікування",
               "en": "for the hygiene plan deposit", "lt": "gydymo avansui"},
    "pharmacy": {"ru": "для оплаты заказа", "uk": "для оплати замовлення",
                 "en": "to pay for the prescription", "lt": "užsakymui apmokėti"},
    "baggage": {"ru": "для компенсации за задержку", "uk": "для виплати компенсації",
                "en": "so we can refund the delayed bag costs", "lt": "kompensacijai išmokėti"},
    "meter": {"ru": "для автоплатежа", "uk": "для автоплатежу", "en": "for the direct payment",
              "lt": "automatiniam mokėjimui"},
    "gym": {"ru": "для оплаты заморозки", "uk": "щоб оплатити заморозку",
            "en": "for the freeze fee", "lt": "abonemento įšaldymui"},
    "driving": {"ru": "для оплаты вождения", "uk": "для оплати занять",
                "en": "for the lesson block", "lt": "vairavimo pamokoms"},
    "library": {"ru": "для оплаты штрафа", "uk": "щоб сплатити штраф",
                "en": "to clear the overdue fines", "lt": "baudai sumokėti"},
}
GREET = {
    "ru": ["Здравствуйте, {org}, меня зовут {a}.", "{org}, {a}, добрый день.",
           "Добрый день, {org}, оператор {a}, слушаю вас."],
    "uk": ["Добрий день, {org}, мене звати {a}.", "{org}, {a}, вітаю.",
           "Вітаю, {org}, оператор {a}, слухаю вас."],
    "en": ["Good morning, {org}, you're speaking to {a}.", "{org}, {a} speaking.",
           "Hi, thanks for calling {org}, this is {a}."],
    "lt": ["Laba diena, {org}, mano vardas {a}.", "{org}, kalba {a}, klausau.",
           "Sveiki, {org}, čia {a}."],
}


def greeting(ex: Ex, setting: str) -> str:
    """The agent's opening with the agent's own name, which is never labelled."""
    ex.tags.add("agent_name")
    return ex.tr(GREET).format(org=SETTINGS[setting][ex.lang], a=ex.pick(AGENTS[ex.lang]))


# ---- value renderers ----------------------------------------------------------------------

CARD_PREFIX = {"ru": ["2200", "2202", "2204", "4276", "4279", "5469", "5536"],
               "uk": ["4149", "5168", "4441", "5375", "4731"],
               "en": ["4462", "4929", "5434", "4658", "5301"],
               "lt": ["4550", "5167", "4769", "5355"]}


def new_card(ex: Ex, long_ok: bool = True) -> list[str]:
    """A Luhn-valid card split the way it is printed: 4-4-4-4, Amex 4-6-5, 19 as 4-4-4-4-3."""
    roll = ex.rng.random()
    if long_ok and roll < 0.08:
        digits, sizes = L.make_card(ex.rng, ex.pick(["34", "37"]), 15), [4, 6, 5]
        ex.tags.add("amex")
    elif long_ok and roll < 0.13:
        digits, sizes = L.make_card(ex.rng, ex.pick(["6762", "6231"]), 19), [4, 4, 4, 4, 3]
        ex.tags.add("len19")
    else:
        digits, sizes = L.make_card(ex.rng, ex.pick(CARD_PREFIX[ex.lang]), 16), [4, 4, 4, 4]
    assert L.luhn_ok(digits) and 13 <= len(digits) <= 19
    ex.cards.append(digits)
    groups, pos = [], 0
    for size in sizes:
        groups.append(digits[pos:pos + size])
        pos += size
    return groups


SPEAK = {"digits": L.say_digits, "pairs": L.say_pairs, "whole": L.say_whole,
         "repeats": L.say_repeats}


def say_group(ex: Ex, group: str, mode: str) -> str:
    if mode == "mixed":
        mode = ex.pick(["digits", "pairs", "whole", "repeats"])
    if mode == "repeats" and not L.has_run(group):
        mode = "digits"
    return SPEAK[mode](group, ex.lang, ex.card_zero)


def card_value(ex: Ex, key: str, groups: list[str], fmt: str | None = None,
               mode: str | None = None) -> Value:
    """A contiguous run of card groups in the exchange's written format or spoken mode."""
    fmt = fmt or ex.card_fmt
    if fmt == "halves" and len(groups) != 4:
        fmt = "space"  # halves only make sense for a whole 16-digit number
    if ex.w:
        if fmt == "halves":
            text = " ".join("".join(groups[i:i + 2]) for i in range(0, len(groups), 2))
        else:
            text = {"space": " ", "dash": "-", "dot": ".", "solid": ""}[fmt].join(groups)
    else:
        text = " ".join(say_group(ex, g, mode or ex.card_mode) for g in groups)
    value = ex.val(key, "CARD", text)
    value.digits = "".join(groups)
    return value


def expiry_value(ex: Ex, key: str, month: int, year: int) -> tuple[str, Value]:
    """(cue, value): the cue ("до", "iki") stays outside the span."""
    mm, yy = f"{month:02d}", f"{year:02d}"
    lang = ex.lang
    if ex.w:
        forms = [("", f"{mm}/{yy}"), ("", f"{mm}/{yy}"), ("", f"{mm}.{yy}"),
                 ("", f"{mm}/20{yy}"), ("", f"{mm} {yy}")]
        if lang in ("ru", "uk"):
            forms.append(("до", f"{mm}/{yy}"))
            forms.append(("", f"{L.MONTHS[lang][month - 1]} 20{yy}"))
        if lang == "en":
            forms.append(("", f"{L.MONTHS['en'][month - 1]} 20{yy}"))
        cue, text = ex.pick(forms)
        return cue, ex.val(key, "EXPIRY", text)
    zero = ex.card_zero
    forms = [("", f"{L.say_digits(mm, lang, zero)} {L.cardinal(year, lang)}"),
             ("", f"{L.cardinal(month, lang)} {L.cardinal(year, lang)}")]
    if lang in ("ru", "uk"):
        forms += [("", f"{L.MONTHS[lang][month - 1]} {L.ordinal(year, lang)}"),
                  ("до", f"{L.MONTHS_GEN[lang][month - 1]} {L.ordinal(year, lang)}")]
    if lang == "ru":
        forms.append(("", f"{L.say_digits(mm, lang)} дробь {L.cardinal(year, lang)}"))
    if lang == "en":
        forms += [("", f"{L.MONTHS['en'][month - 1].lower()} {L.cardinal(year, 'en')}"),
                  ("", f"{L.MONTHS['en'][month - 1].lower()} twenty {L.cardinal(year, 'en')}"),
                  ("", f"{L.say_digits(mm, 'en', zero)} slash {L.cardinal(year, 'en')}")]
    if lang == "lt":
        forms.append(("iki", f"{L.ordinal(year, 'lt_gen')} {L.MONTHS_GEN['lt'][month - 1]}"))
    cue, text = ex.pick(forms)
    return cue, ex.val(key, "EXPIRY", text)


def cvv_value(ex: Ex, key: str, code: str) -> Value:
    if ex.w:
        return ex.val(key, "CVV", code)
    modes = ["digits", "digits"]
    if code[0] != "0":
        modes.append("whole")
    if L.has_run(code):
        modes += ["repeats", "repeats"]
    mode = ex.pick(modes)
    return ex.val(key, "CVV", SPEAK[mode](code, ex.lang, ex.card_zero))


def new_cvv(ex: Ex, four: bool = False) -> str:
    if ex.rng.random() < 0.2:  # repeated digits, said "три семёрки" / "double seven"
        d, other = ex.pick("0123456789"), ex.pick("0123456789")
        code = ex.pick([d * 3, d * 2 + other, other + d * 2])
    else:
        code = "".join(ex.pick("0123456789") for _ in range(3))
    return code + ex.pick("0123456789") if four else code


def new_expiry(ex: Ex) -> tuple[int, int]:
    return ex.rng.randint(1, 12), ex.rng.randint(26, 33)


def phone_value(ex: Ex, key: str) -> Value:
    rng, lang = ex.rng, ex.lang
    r = lambda n: "".join(rng.choice("0123456789") for _ in range(n))  # noqa: E731
    if lang == "ru":
        op, a, b, c = ex.pick(["916", "903", "977", "925", "952"]), r(3), r(2), r(2)
        written = ex.pick([f"+7 {op} {a}-{b}-{c}", f"8 {op} {a} {b} {c}", f"8{op}{a}{b}{c}",
                           f"8-{op}-{a}-{b}-{c}"])
        spoken = " ".join(["восемь", L.say_whole(op, "ru"), L.say_whole(a, "ru"),
                           L.say_pairs(b, "ru"), L.say_pairs(c, "ru")])
    elif lang == "uk":
        op, a, b, c = ex.pick(["67", "50", "63", "97", "93"]), r(3), r(2), r(2)
        written = ex.pick([f"+380 {op} {a} {b} {c}", f"0{op} {a} {b} {c}", f"0{op}{a}{b}{c}",
                           f"0{op}-{a}-{b}-{c}"])
        spoken = " ".join(["нуль", L.cardinal(int(op), "uk"), L.say_whole(a, "uk"),
                           L.say_pairs(b, "uk"), L.say_pairs(c, "uk")])
    elif lang == "en":
        head, tail = "07" + ex.pick(["700", "911", "823", "456"]), r(6)
        written = ex.pick([f"{head} {tail}", f"{head}{tail}", f"{head} {tail[:3]} {tail[3:]}"])
        spoken = L.say_repeats(head + tail, "en", "oh")
    else:
        tail = "6" + r(7)
        written = ex.pick([f"+370 {tail[:3]} {tail[3:]}", f"8 {tail[:3]} {tail[3:]}",
                           f"8{tail}"])
        spoken = L.say_digits("8" + tail, "lt")
    return ex.val(key, "PHONE", written if ex.w else spoken)


EMAILS = {
    "ru": [("ulya.sotnikova@mail.ru", "уля точка сотникова собака мэйл точка ру"),
           ("vsevolod_ig@yandex.ru", "всеволод нижнее подчёркивание иг собака яндекс точка ру"),
           ("trofim.lykov84@gmail.com",
            "трофим точка лыков восемьдесят четыре собака джимейл точка ком"),
           ("kira-melnichuk@bk.ru", "кира дефис мельничук собака бэ ка точка ру"),
           ("zarina.akh@inbox.ru", "зарина точка ах собака инбокс точка ру")],
    "uk": [("oksana.lytvynenko@ukr.net", "оксана крапка литвиненко равлик укр нет"),
           ("taras.hnatiuk@gmail.com", "тарас крапка гнатюк собачка джимейл крапка ком"),
           ("solomiia.d@i.ua", "соломія крапка де равлик і крапка юа"),
           ("nazar_melnyk92@ukr.net",
            "назар підкреслення мельник дев'яносто два равлик укр крапка нет")],
    "en": [("siobhan.gallagher@outlook.com", "siobhan dot gallagher at outlook dot com"),
           ("tunde.okafor77@gmail.com", "tunde dot okafor seventy seven at gmail dot com"),
           ("c.whitcombe@btinternet.com", "c dot whitcombe at bt internet dot com"),
           ("megan_orourke@yahoo.co.uk", "megan underscore o rourke at yahoo dot co dot uk")],
    "lt": [("rasa.jankauskiene@gmail.com", "rasa taškas jankauskiene eta gmail taškas com"),
           ("tomas.petrauskas@inbox.lt", "tomas taškas petrauskas eta inbox taškas lt"),
           ("gintare.v@yahoo.com", "gintare taškas v eta yahoo taškas com"),
           ("dovydas.zem@one.lt", "dovydas taškas zem eta one taškas lt")],
}


def email_value(ex: Ex, key: str) -> Value:
    written, spoken = ex.pick(EMAILS[ex.lang])
    return ex.val(key, "EMAIL", written if ex.w else spoken)


STREETS = {"ru": [("ул. Профсоюзная", "улица профсоюзная"), ("Лесной пер.", "лесной переулок"),
                  ("ул. Бориса Галушкина", "улица бориса галушкина"),
                  ("Варшавское ш.", "варшавское шоссе")],
           "uk": [("вул. Січових Стрільців", "вулиця січових стрільців"),
                  ("просп. Науки", "проспект науки"), ("вул. Ярослава Мудрого",
                                                       "вулиця ярослава мудрого")],
           "en": [("Albury Road", "albury road"), ("Holloway Close", "holloway close"),
                  ("Fenwick Gardens", "fenwick gardens")],
           "lt": [("Žirmūnų g.", "žirmūnų gatvė"), ("Taikos pr.", "taikos prospektas"),
                  ("Kalvarijų g.", "kalvarijų gatvė")]}


def address_value(ex: Ex, key: str) -> Value:
    """Street through flat; in-address words and commas are inside the span, the last token
    never carries punctuation."""
    street_w, street_a = ex.pick(STREETS[ex.lang])
    house, flat = ex.rng.randint(2, 140), ex.rng.randint(1, 160)
    lang = ex.lang
    if ex.w:
        text = {"ru": f"{street_w}, д. {house}, кв. {flat}",
                "uk": f"{street_w}, {house}, кв. {flat}",
                "en": f"Flat {flat % 20 + 1}, {house} {street_w}",
                "lt": f"{street_w} {house}-{flat}"}[lang]
    else:
        c = lambda n: L.cardinal(n, lang)  # noqa: E731
        text = {"ru": f"{street_a} дом {c(house)} квартира {c(flat)}",
                "uk": f"{street_a} {c(house)} квартира {c(flat)}",
                "en": f"flat {c(flat % 20 + 1)} {c(house)} {street_a}",
                "lt": f"{street_a} {c(house)} butas {c(flat)}"}[lang]
    return ex.val(key, "ADDRESS", text)


def passport_value(ex: Ex, key: str) -> list[tuple[str, Value | None]]:
    """Passport as (cue, value) parts: ru series and number may come with their own cues."""
    rng, lang = ex.rng, ex.lang
    r = lambda n: "".join(rng.choice("0123456789") for _ in range(n))  # noqa: E731
    if lang == "ru":
        series, number = f"{rng.randint(10, 99)}{rng.randint(0, 2)}{rng.randint(0, 9)}", r(6)
        if ex.rng.random() < 0.5:
            w = f"{series[:2]} {series[2:]} {number}" if ex.w else \
                f"{L.say_pairs(series, 'ru')} {L.say_whole(number[:3], 'ru')} " \
                f"{L.say_whole(number[3:], 'ru')}"
            return [("", ex.val(key, "PASSPORT", w))]
        s_text = series if ex.w else L.say_pairs(series, "ru")
        n_text = number if ex.w else L.say_pairs(number, "ru")
        return [("серия", ex.val(key, "PASSPORT", s_text)),
                ("номер", ex.val(key, "PASSPORT", n_text))]
    size = {"uk": 9, "en": 9, "lt": 8}[lang]
    number = r(size)
    text = number if ex.w else ex.pick([L.say_digits, L.say_pairs])(number, lang, ex.zero())
    return [("", ex.val(key, "PASSPORT", text))]


def new_birth(ex: Ex) -> tuple[int, int, int]:
    return ex.rng.randint(1953, 2004), ex.rng.randint(1, 12), ex.rng.randint(1, 28)


def dob_value(ex: Ex, key: str, year: int, month: int, day: int) -> Value:
    lang = ex.lang
    if ex.w:
        text = {"ru": f"{day:02d}.{month:02d}.{year}", "uk": f"{day:02d}.{month:02d}.{year}",
                "en": ex.pick([f"{day} {L.MONTHS['en'][month - 1]} {year}",
                               f"{day:02d}/{month:02d}/{year}"]),
                "lt": f"{year}-{month:02d}-{day:02d}"}[lang]
    elif lang in ("ru", "uk"):
        text = f"{L.ordinal(day, lang)} {L.MONTHS_GEN[lang][month - 1]} " \
               f"{L.ordinal(year, lang)}" if year != 2000 else \
               f"{L.ordinal(day, lang)} {L.MONTHS_GEN[lang][month - 1]} " \
               f"{'двухтысячного' if lang == 'ru' else 'двохтисячного'}"
    elif lang == "en":
        text = f"{L.ordinal(day, 'en')} of {L.MONTHS['en'][month - 1].lower()} " \
               f"{L.say_year_en(year)}"
    else:
        year_words = L.ordinal(year, "lt_gen") if year % 100 else "dvitūkstantųjų"
        text = f"{year_words} metų {L.MONTHS_GEN['lt'][month - 1]} {L.ordinal(day, 'lt_acc')}"
    return ex.val(key, "DOB", text)


def national_id_value(ex: Ex, key: str, birth: tuple[int, int, int], female: bool) -> Value:
    """ru INN-12, uk RNOKPP (built on the birth date), lt asmens kodas, en UK NI number."""
    import datetime as dt
    year, month, day = birth
    lang = ex.lang
    if lang == "ru":
        code = L.make_inn12(ex.rng, ex.pick(["77", "50", "78", "54", "66"]))
        assert L.inn12_ok(code)
        written = ex.pick([code, f"{code[:4]} {code[4:8]} {code[8:]}"])
    elif lang == "uk":
        days = (dt.date(year, month, day) - dt.date(1899, 12, 31)).days
        code = L.make_rnokpp(ex.rng, days, female)
        assert L.rnokpp_ok(code)
        written = code
    elif lang == "lt":
        code = L.make_asmens_kodas(ex.rng, year, month, day, female)
        assert L.asmens_kodas_ok(code)
        written = code
    else:
        code = L.make_ni(ex.rng)
        written = ex.pick([code, f"{code[:2]} {code[2:4]} {code[4:6]} {code[6:8]} {code[8]}"])
    if ex.w:
        return ex.val(key, "NATIONAL_ID", written)
    if lang == "en":
        spoken = " ".join([code[0].lower(), code[1].lower(), L.say_pairs(code[2:8], "en"),
                           code[8].lower()])
    else:
        spoken = ex.pick([L.say_digits, L.say_pairs])(code, lang, ex.zero())
    return ex.val(key, "NATIONAL_ID", spoken)


RU_BIC = ["044525225", "044525974", "045004641"]


def ru_account_ok(bic: str, account: str) -> bool:
    """Russian bank account key: BIC's last three digits + account, weights 7-1-3."""
    digits = bic[-3:] + account
    weights = [7, 1, 3] * 8
    return sum(int(d) * w % 10 for d, w in zip(digits, weights, strict=False)) % 10 == 0


def account_value(ex: Ex, key: str) -> tuple[str, Value]:
    """(cue, value): an IBAN (written), a Russian 20-digit account with its BIC key, or a
    contract / personal account / policy number after its cue."""
    rng, lang = ex.rng, ex.lang
    r = lambda n: "".join(rng.choice("0123456789") for _ in range(n))  # noqa: E731
    cues = {"ru": ["лицевой счёт", "номер договора", "номер лицевого счёта"],
            "uk": ["особовий рахунок", "номер договору"],
            "en": ["account number", "policy number", "contract number"],
            "lt": ["sutarties numeris", "kliento sąskaitos numeris"]}
    if ex.w and rng.random() < 0.45:
        if lang == "ru":
            bic = ex.pick(RU_BIC)
            tail = r(11)
            acc = next(a for a in ("40817810" + k + tail for k in "0123456789")
                       if ru_account_ok(bic, a))
            assert ru_account_ok(bic, acc)
            ex.tags.add("ru_account")
            return ex.pick(["счёт", "номер счёта"]), ex.val(key, "ACCOUNT", acc)
        country, bban = {"uk": ("UA", ex.pick(["305299", "322001", "300335"]) + "0" * 5 + r(14)),
                         "lt": ("LT", ex.pick(["73300", "70440", "40100"]) + r(11)),
                         "en": ("GB", ex.pick(["NWBK", "BARC", "LOYD"]) + r(6) + r(8))}[lang]
        iban = L.make_iban(country, bban)
        ex.tags.add("iban")
        text = ex.pick([iban, " ".join(iban[i:i + 4] for i in range(0, len(iban), 4))])
        return "IBAN", ex.val(key, "ACCOUNT", text)
    number = r(ex.pick([8, 10]))
    cue = ex.pick(cues[lang])
    if ex.w:
        text = ex.pick([number, number, {"ru": "ЛС", "uk": "ОР", "en": "AC",
                                         "lt": "SUT"}[lang] + "-" + number])
    else:
        text = ex.pick([L.say_digits, L.say_pairs])(number, lang, ex.zero())
    return cue, ex.val(key, "ACCOUNT", text)


# ---- small spoken/written helpers for unlabelled numbers (hard negatives) -----------------

UK_HOUR_LOC = {8: "восьмій", 9: "дев'ятій", 10: "десятій", 11: "одинадцятій",
               12: "дванадцятій", 13: "тринадцятій", 14: "чотирнадцятій", 15: "п'ятнадцятій",
               16: "шістнадцятій", 17: "сімнадцятій", 18: "вісімнадцятій",
               19: "дев'ятнадцятій"}
CURRENCY = {"ru": ("рубль", "рубля", "рублей"), "uk": ("гривня", "гривні", "гривень"),
            "en": ("pound", "pounds", "pounds"), "lt": ("euras", "eurai", "eurų")}
PERCENT = {"ru": ("процент", "процента", "процентов"), "uk": ("відсоток", "відсотки", "відсотків"),
           "en": ("per cent", "per cent", "per cent"), "lt": ("procentas", "procentai", "procentų")}


def money(e: Ex, n: int) -> str:
    lang = e.lang
    if e.w:
        shown = f"{n:,}".replace(",", " ") if n >= 1000 and lang != "en" else str(n)
        return {"ru": f"{shown} ₽", "uk": f"{shown} грн", "en": f"£{n}",
                "lt": f"{shown} €"}[lang]
    return f"{L.cardinal(n, lang, feminine=lang == 'uk')} {L.plural(n, lang, CURRENCY[lang])}"


def clock(e: Ex, hour: int, minute: int) -> str:
    lang = e.lang
    if e.w:
        return {"ru": f"в {hour}:{minute:02d}", "uk": f"о {hour}:{minute:02d}",
                "en": f"at {hour}:{minute:02d}", "lt": f"{hour}:{minute:02d} val."}[lang]
    mins = f" {L.cardinal(minute, lang)}" if minute else ""
    if lang == "uk":
        return f"о {UK_HOUR_LOC[hour]}{mins}"
    if lang == "en":
        h12 = hour - 12 if hour > 12 else hour
        return f"at {L.cardinal(h12, 'en')}{mins or ' o clock'}"
    prefix = "в " if lang == "ru" else ""
    return f"{prefix}{L.cardinal(hour, lang)}{mins}"


def day_month(e: Ex, day: int, month: int) -> str:
    lang = e.lang
    if e.w:
        return {"ru": f"{day} {L.MONTHS_GEN['ru'][month - 1]}",
                "uk": f"{day} {L.MONTHS_GEN['uk'][month - 1]}",
                "en": f"{day} {L.MONTHS['en'][month - 1]}",
                "lt": f"{L.MONTHS_GEN['lt'][month - 1]} {day} d."}[lang]
    if lang == "en":
        return f"the {L.ordinal(day, 'en')} of {L.MONTHS['en'][month - 1].lower()}"
    if lang == "lt":
        return f"{L.MONTHS_GEN['lt'][month - 1]} {L.ordinal(day, 'lt_acc')}"
    return f"{L.ordinal(day, lang)} {L.MONTHS_GEN[lang][month - 1]}"


def percent(e: Ex, n: int) -> str:
    if e.w:
        return f"{n}%" if e.lang != "lt" else f"{n} proc."
    return f"{L.cardinal(n, e.lang)} {L.plural(n, e.lang, PERCENT[e.lang])}"


def year_since(e: Ex, year: int) -> str:
    lang = e.lang
    if e.w:
        return {"ru": f"с {year} года", "uk": f"з {year} року", "en": f"since {year}",
                "lt": f"nuo {year} metų"}[lang]
    return {"ru": f"с {L.ordinal(year, 'ru')} года", "uk": f"з {L.ordinal(year, 'uk')} року",
            "en": f"since {L.say_year_en(year)}",
            "lt": f"nuo {L.ordinal(year, 'lt_gen')} metų"}[lang]


def rdigits(e: Ex, n: int) -> str:
    return "".join(e.rng.choice("0123456789") for _ in range(n))


def last_four(e: Ex) -> str:
    """A stored card's last four digits: a reference, never a value to mask."""
    four = rdigits(e, 4)
    spoken = e.digits(four)
    return {"ru": f"карта, которая заканчивается на {spoken}",
            "uk": f"картка, що закінчується на {spoken}",
            "en": f"the card ending {spoken}",
            "lt": f"kortelė, kurios paskutiniai skaitmenys {spoken}"}[e.lang]


def female(lang: str, person: tuple) -> bool:
    first = person[NOM].split()[0]
    if lang == "en":
        return first in {"Siobhan", "Priya", "Megan", "Rosalind", "Harriet"}
    return first[-1] in "аяėa"


# ---- card dictation habits ----------------------------------------------------------------

LEAD = {"ru": ["Записывайте:", "Так, пишите:", "Диктую:", ""],
        "uk": ["Записуйте:", "Диктую:", "Пишіть:", ""],
        "en": ["Right, ready?", "Okay, it's", "Here goes:", ""],
        "lt": ["Užsirašykite:", "Diktuoju:", "Gerai, rašykit:", ""]}
FILLERS = {"ru": ["э-э", "так", "записываете?", "минуточку", "ага, дальше"],
           "uk": ["е-е", "так", "записуєте?", "хвилинку", "ага, далі"],
           "en": ["erm", "you getting this?", "hang on", "right, then"],
           "lt": ["ee", "užsirašot?", "minutėlę", "toliau"]}
APP_LEAD = {
    "ru": ["Секунду, открываю приложение банка… так, реквизиты карты, «показать номер». Вот:",
           "Сейчас, в телефоне посмотрю, там звёздочки… нажала, вижу:"],
    "uk": ["Хвилинку, відкрию застосунок банку… так, реквізити картки, «показати номер». Ось:",
           "Зараз, в додатку подивлюся, там зірочки… ага, бачу:"],
    "en": ["Hang on, I'll get it up on the banking app… card details, tap to reveal… okay:",
           "One sec, it's hidden with stars in the app… right, got it:"],
    "lt": ["Minutėlę, atsidarysiu banko programėlę… kortelės duomenys, „rodyti numerį“. Štai:",
           "Palaukit, programėlėje žvaigždutės… paspaudžiau, matau:"],
}
LABEL_FIRST = {"ru": "Первая группа", "uk": "Перша група", "en": "First block is",
               "lt": "Pirma grupė"}
LABEL_MID = {"ru": ["— вторая", "— третья", "— четвёртая"],
             "uk": ["— друга", "— третя", "— четверта"],
             "en": ["— second", "— third", "— fourth"],
             "lt": ["— antra", "— trečia", "— ketvirta"]}
LABEL_LAST = {"ru": "— и последняя", "uk": "— і остання", "en": "— and the last one",
              "lt": "— ir paskutinė"}
BRAND = {"4": "Visa", "5": "Mastercard", "3": "American Express", "6": "Maestro"}
BRAND_RU = {"Visa": "Виза", "Mastercard": "Мастеркард", "Мир": "Мир",
            "American Express": "Американ Экспресс", "Maestro": "Маэстро"}


def brand_of(ex: Ex, digits: str) -> str:
    if digits.startswith("220"):
        name = "Мир"
    elif digits.startswith("2"):
        name = "Mastercard"
    else:
        name = BRAND[digits[0]]
    return BRAND_RU[name] if ex.lang == "ru" else name


def habit_one_go(ex: Ex, g: list[str]) -> None:
    ex.turn("customer", ex.tr(LEAD), card_value(ex, "card", g))
    ex.tags.add("one_go")


def habit_fillers(ex: Ex, g: list[str]) -> None:
    cut = ex.rng.randint(1, len(g) - 1)
    parts: list = [card_value(ex, "card", g[:cut]), ex.tr(FILLERS)]
    if cut < len(g) - 1 and ex.rng.random() < 0.5:
        parts += [card_value(ex, "card", g[cut:cut + 1]), ex.tr(FILLERS)]
        cut += 1
    parts.append(card_value(ex, "card", g[cut:]))
    ex.turn("customer", *parts)
    ex.tags.add("filler_inside")


def habit_group_labels(ex: Ex, g: list[str]) -> None:
    parts: list = [LABEL_FIRST[ex.lang], card_value(ex, "card", g[:1])]
    for i, group in enumerate(g[1:-1]):
        parts += [LABEL_MID[ex.lang][i], card_value(ex, "card", [group])]
    parts += [LABEL_LAST[ex.lang], card_value(ex, "card", g[-1:])]
    ex.turn("customer", *parts)
    ex.tags.add("group_labels")


def habit_worn(ex: Ex, g: list[str]) -> None:
    """A worn-off third group: the customer skips it, the agent asks only for it."""
    ex.turn("customer", card_value(ex, "card", g[:2]), ex.tr({
        "ru": "— а третья группа стёрлась, не разобрать. Последняя",
        "uk": "— а третя група стерлася, не видно. Остання",
        "en": "— the third lot's rubbed off, can't read it. Last four are",
        "lt": "— trečia grupė nusitrynusi, nematyti. Paskutinė"}), card_value(ex, "card", g[3:]))
    ex.turn("agent", ex.tr({"ru": "А третью группу можете посмотреть в приложении банка?",
                            "uk": "А третю групу можете глянути в застосунку банку?",
                            "en": "Could you check the third block in your banking app?",
                            "lt": "Trečią grupę gal galite pažiūrėti programėlėje?"}))
    ex.turn("customer", ex.tr({"ru": "Сейчас… вот, третья:", "uk": "Зараз… ось, третя:",
                               "en": "Hold on… yes, the third is",
                               "lt": "Tuoj… štai, trečia:"}), card_value(ex, "card", g[2:3]))
    ex.tags |= {"worn_group", "agent_asks_missing"}


def habit_wrong_order(ex: Ex, g: list[str]) -> None:
    """Third group said before the second, then the customer restarts from the second."""
    ex.turn("customer", card_value(ex, "card", [g[0], g[2]], fmt="space"), ex.tr({
        "ru": "— ой, нет, я третью раньше сказала. Вторая",
        "uk": "— ой, ні, переплутала порядок. Друга",
        "en": "— no wait, I skipped one. Second is",
        "lt": "— ne, praleidau vieną. Antra"}), card_value(ex, "card", [g[1]]),
        LABEL_MID[ex.lang][1], card_value(ex, "card", [g[2]]), LABEL_LAST[ex.lang],
        card_value(ex, "card", g[3:]))
    ex.tags.add("order_fix")


def habit_interrupt_question(ex: Ex, g: list[str]) -> None:
    """The agent breaks in with a question about the card type in the middle."""
    ex.turn("customer", card_value(ex, "card", g[:2]))
    ex.turn("agent", ex.tr({"ru": "Секунду, это какая карта — Мир, Виза?",
                            "uk": "Секунду, це Visa чи Mastercard?",
                            "en": "Sorry, is that a Visa or a Mastercard?",
                            "lt": "Atsiprašau, Visa ar Mastercard?"}))
    brand = brand_of(ex, "".join(g))
    ex.turn("customer", ex.tr({"ru": f"{brand}. Дальше:", "uk": f"{brand}. Далі:",
                               "en": f"{brand}. Carrying on:", "lt": f"{brand}. Toliau:"}),
            card_value(ex, "card", g[2:]))
    ex.tags.add("agent_question_mid")


def habit_dropped(ex: Ex, g: list[str]) -> None:
    ex.turn("customer", card_value(ex, "card", g[:3]), ex.tr({
        "ru": "… алло? Вы меня слышите?", "uk": "… алло? Ви мене чуєте?",
        "en": "… hello? Are you still there?", "lt": "… alio? Girdite mane?"}))
    ex.turn("agent", ex.tr({
        "ru": "Да, слышу, пропало после третьей группы. Последние четыре цифры?",
        "uk": "Так, чую, зникло після третьої групи. Останні чотири цифри?",
        "en": "Yes, you cut out after the third block. The last four digits?",
        "lt": "Girdžiu, nutrūko po trečios grupės. Paskutiniai keturi skaitmenys?"}))
    ex.turn("customer", card_value(ex, "card", g[3:]))
    ex.tags |= {"dropped_line", "agent_asks_missing"}


def habit_group_again(ex: Ex, g: list[str]) -> None:
    ex.turn("customer", ex.tr(LEAD), card_value(ex, "card", g))
    ex.turn("agent", ex.tr({"ru": "Повторите, пожалуйста, вторую группу, прервалось.",
                            "uk": "Повторіть, будь ласка, другу групу, перервалося.",
                            "en": "Sorry, the line broke up, the second block again?",
                            "lt": "Pakartokite antrą grupę, nutrūko."}))
    ex.turn("customer", ex.tr({"ru": "Вторая", "uk": "Друга", "en": "Second is",
                               "lt": "Antra"}), card_value(ex, "card", g[1:2]))
    ex.tags.add("group_again")


def habit_app_screen(ex: Ex, g: list[str]) -> None:
    ex.turn("customer", ex.tr(APP_LEAD), card_value(ex, "card", g))
    ex.tags.add("app_screen")


def habit_chat_two(ex: Ex, g: list[str]) -> None:
    """Chat: two messages in a row from the customer, the card split between them."""
    cut = ex.rng.randint(1, len(g) - 1)
    ex.turn("customer", card_value(ex, "card", g[:cut]))
    ex.turn("customer", card_value(ex, "card", g[cut:]))
    ex.tags.add("chat_two_messages")


HABITS = {"one_go": habit_one_go, "fillers": habit_fillers, "group_labels": habit_group_labels,
          "worn": habit_worn, "wrong_order": habit_wrong_order,
          "interrupt": habit_interrupt_question, "dropped": habit_dropped,
          "group_again": habit_group_again, "app_screen": habit_app_screen,
          "chat_two": habit_chat_two}
# Habits that need exactly four groups (they name the third/fourth group).
FOUR_GROUPS = {"worn", "wrong_order", "dropped"}


def setup_card_style(ex: Ex) -> None:
    ex.card_fmt = ex.pick(["space", "space", "space", "dash", "dot", "solid", "halves"])
    ex.card_mode = ex.pick(["digits", "digits", "pairs", "whole", "repeats", "mixed"])
    ex.card_zero = ex.zero()
    if not ex.w:
        ex.tags.add(f"say_{ex.card_mode}")
    elif ex.card_fmt != "space":
        ex.tags.add(f"fmt_{ex.card_fmt}")


def ask_card(ex: Ex, setting: str, with_greeting: bool) -> None:
    purpose = PURPOSE[setting][ex.lang]
    ask = ex.tr({"ru": [f"Продиктуйте, пожалуйста, номер карты {purpose}.",
                        f"Назовите номер карты {purpose}."],
                 "uk": [f"Продиктуйте, будь ласка, номер картки {purpose}.",
                        f"Назвіть номер картки {purpose}."],
                 "en": [f"Can I take the long card number {purpose}?",
                        f"Go ahead with the card number {purpose}."],
                 "lt": [f"Padiktuokite kortelės numerį {purpose}.",
                        f"Koks kortelės numeris {purpose}?"]})
    ex.turn("agent", (greeting(ex, setting) + " " if with_greeting else "") + ask)


def dictate_card(ex: Ex, habit: str, allow_readback: bool = True) -> list[str]:
    groups = new_card(ex, long_ok=habit not in FOUR_GROUPS)
    if habit == "chat_two" and not ex.w:
        habit = "fillers"
    HABITS[habit](ex, groups)
    ex.tags.add("card")
    if allow_readback and ex.rng.random() < 0.45:
        mode = ex.pick(["digits", "pairs", "whole"])
        ex.turn("agent", ex.tr({"ru": "Проверяю:", "uk": "Перевіряю:",
                                "en": "Let me read that back:", "lt": "Pakartoju:"}),
                card_value(ex, "card_rb", groups, fmt="space", mode=mode),
                ex.tr({"ru": "— верно?", "uk": "— правильно?", "en": "— is that right?",
                       "lt": "— teisingai?"}))
        ex.turn("customer", ex.tr({"ru": ["Да, всё так.", "Верно."],
                                   "uk": ["Так, усе вірно.", "Правильно."],
                                   "en": ["Yes, that's it.", "Spot on."],
                                   "lt": ["Taip, teisingai.", "Viskas gerai."]}))
        ex.tags.add("readback")
    return groups


ASK_EXP = {"ru": ["А срок действия карты?", "Какой срок действия указан на карте?"],
           "uk": ["Термін дії картки?", "До якого місяця дійсна картка?"],
           "en": ["And the expiry date on the card?", "What's the expiry on that card?"],
           "lt": ["Kortelės galiojimo data?", "Iki kada galioja kortelė?"]}
ASK_CVV = {"ru": ["И три цифры с обратной стороны карты.", "Код CVV с оборота карты?"],
           "uk": ["І три цифри на звороті картки.", "CVV код зі зворотного боку картки?"],
           "en": ["And the three digits on the back of the card?",
                  "Last thing, the security code on the back of the card."],
           "lt": ["Ir trys skaitmenys kitoje kortelės pusėje.", "Kortelės CVV kodas?"]}
ASK_CID = {"ru": "И четырёхзначный код на лицевой стороне карты.",
           "uk": "І чотиризначний код на лицьовому боці картки.",
           "en": "And the four-digit code on the front of the Amex.",
           "lt": "Ir keturių skaitmenų kodas kortelės priekyje."}


def answer_expiry(ex: Ex, key: str = "exp") -> None:
    month, year = new_expiry(ex)
    cue, value = expiry_value(ex, key, month, year)
    repair = ex.rng.random() < 0.15
    if repair:
        old_cue, old = expiry_value(ex, key, month, year - 1)
        ex.turn("customer", old_cue, old, ex.tr({
            "ru": "— ой, нет, это старая была. Новая", "uk": "— ой, ні, то стара. Нова",
            "en": "— no, sorry, that's the old card. This one's", "lt": "— ne, tai sena. Nauja"}),
            cue, value)
        ex.tags.add("expiry_repair")
    else:
        ex.turn("customer", ex.tr({"ru": ["", "Там написано", "Так,"],
                                   "uk": ["", "Там написано", "Так,"],
                                   "en": ["", "It says", "Erm,"],
                                   "lt": ["", "Parašyta", "Ee,"]}), cue, value)
    ex.tags.add("expiry")


def answer_cvv(ex: Ex, four: bool = False) -> None:
    code = new_cvv(ex, four)
    style = ex.rng.random()
    if style < 0.2:
        ex.turn("customer", ex.tr({"ru": "А это безопасно вообще? … Ладно:",
                                   "uk": "А це взагалі безпечно? … Добре:",
                                   "en": "Is it safe to give that out? … Fine, it's",
                                   "lt": "O ar saugu sakyti? … Gerai:"}),
                cvv_value(ex, "cvv", code))
        ex.tags.add("cvv_hesitation")
    elif style < 0.35:
        ex.turn("customer", ex.tr({"ru": "Он у меня в приложении, по кнопке… вот:",
                                   "uk": "Він у застосунку, по кнопці… ось:",
                                   "en": "It's in the app, virtual card… there:",
                                   "lt": "Programėlėje, paspaudus… štai:"}),
                cvv_value(ex, "cvv", code))
        ex.tags.add("cvv_from_app")
    else:
        ex.turn("customer", cvv_value(ex, "cvv", code))
    if L.has_run(code):
        ex.tags.add("cvv_repeated_digits")
    ex.tags.add("cvv")


def t_card_full(ex: Ex, setting: str, habit: str) -> None:
    ask_card(ex, setting, ex.rng.random() < 0.5)
    groups = dictate_card(ex, habit, allow_readback=habit in ("one_go", "app_screen", "fillers",
                                                              "group_labels"))
    four = len("".join(groups)) == 15
    if ex.rng.random() < 0.3 and not four:
        ex.turn("agent", ex.tr({"ru": "Срок действия и код с оборота?",
                                "uk": "Термін дії і код зі звороту?",
                                "en": "Expiry and the code on the back?",
                                "lt": "Galiojimo data ir kodas nugarėlėje?"}))
        month, year = new_expiry(ex)
        cue, value = expiry_value(ex, "exp", month, year)
        ex.turn("customer", ex.tr({"ru": "Срок", "uk": "Термін", "en": "Expires",
                                   "lt": "Galioja"}), cue, value,
                ex.tr({"ru": "— код", "uk": "— код", "en": "— code", "lt": "— kodas"}),
                cvv_value(ex, "cvv", new_cvv(ex)))
        ex.tags |= {"expiry", "cvv", "together"}
        return
    ex.turn("agent", ex.tr(ASK_EXP))
    answer_expiry(ex)
    ex.turn("agent", ASK_CID[ex.lang] if four else ex.tr(ASK_CVV))
    answer_cvv(ex, four)


def t_card_only(ex: Ex, setting: str, habit: str) -> None:
    ask_card(ex, setting, ex.rng.random() < 0.4)
    dictate_card(ex, habit)


def t_expiry_first(ex: Ex, setting: str, habit: str) -> None:
    """The customer opens with the expiry before the number, then gives the code."""
    ask_card(ex, setting, False)
    month, year = new_expiry(ex)
    cue, exp = expiry_value(ex, "exp", month, year)
    groups = new_card(ex, long_ok=False)
    ex.turn("customer", ex.tr({"ru": "Так, срок", "uk": "Так, термін", "en": "Okay, expiry's",
                               "lt": "Taip, galioja"}), cue, exp,
            ex.tr({"ru": "— а сам номер", "uk": "— а сам номер", "en": "— and the number is",
                   "lt": "— o numeris"}), card_value(ex, "card", groups))
    ex.turn("agent", ex.tr({"ru": "Спасибо, и три цифры на обороте.",
                            "uk": "Дякую, і три цифри на звороті.",
                            "en": "Thanks, and the three on the back?",
                            "lt": "Ačiū, ir trys skaitmenys nugarėlėje."}))
    answer_cvv(ex)
    ex.tags |= {"card", "expiry", "expiry_first"}


def t_exp_cvv(ex: Ex, setting: str, habit: str) -> None:
    """Expiry/CVV asked on their own, the card itself already on file for this call."""
    if habit == "cvv_only":
        ex.turn("agent", ex.tr({
            "ru": "Карту и срок вижу, остался только код с оборота карты.",
            "uk": "Картку і термін бачу, лишився тільки код зі звороту картки.",
            "en": "I've got the card and expiry, just the security code on the back now.",
            "lt": "Kortelę ir galiojimą matau, liko tik kodas kortelės nugarėlėje."}))
        answer_cvv(ex)
        return
    ex.turn("agent", ex.tr({
        "ru": [f"Номер карты записала. Теперь срок действия {PURPOSE[setting]['ru']}.",
               "Карту вижу. Срок действия карты назовите."],
        "uk": ["Номер картки записала. Тепер термін дії картки.",
               "Картку бачу. Назвіть термін дії картки."],
        "en": ["Got the card number. Now the expiry date on the card.",
               "I've got the card down. Expiry date, please."],
        "lt": ["Kortelės numerį užsirašiau. Dabar galiojimo data.",
               "Kortelę matau. Kortelės galiojimo data?"]}))
    answer_expiry(ex)
    if ex.rng.random() < 0.45:
        month_year = ex.entities["exp"]["text"][-1]
        ex.turn("agent", ex.tr({"ru": "Повторяю:", "uk": "Повторюю:", "en": "So that's",
                                "lt": "Kartoju:"}), ex.val("exp_echo", "EXPIRY", month_year),
                ex.tr({"ru": "— и код CVV?", "uk": "— і код CVV?", "en": "— and the CVV?",
                       "lt": "— ir CVV kodas?"}))
        ex.tags.add("agent_echo")
    elif ex.rng.random() < 0.8:
        ex.turn("agent", ex.tr(ASK_CVV))
    else:
        return
    answer_cvv(ex)


# ---- person, account and profile exchanges ------------------------------------------------

TOPIC = {
    "roaming": {"ru": "насчёт роуминга", "uk": "щодо роумінгу", "en": "about roaming charges",
                "lt": "dėl tarptinklinio ryšio"},
    "kindergarten": {"ru": "по поводу оплаты садика", "uk": "щодо оплати садочка",
                     "en": "about nursery fees", "lt": "dėl darželio mokesčio"},
    "carshare": {"ru": "насчёт штрафа за парковку", "uk": "щодо штрафу за паркування",
                 "en": "about a parking charge", "lt": "dėl baudos už stovėjimą"},
    "dental": {"ru": "хочу перенести запись", "uk": "хочу перенести запис",
               "en": "I need to move my appointment", "lt": "noriu perkelti vizitą"},
    "pharmacy": {"ru": "заказ не привезли", "uk": "замовлення не привезли",
                 "en": "my order hasn't arrived", "lt": "neatvežė užsakymo"},
    "baggage": {"ru": "потерялся чемодан", "uk": "загубилася валіза",
                "en": "my case never came off the belt", "lt": "dingo lagaminas"},
    "meter": {"ru": "передать показания", "uk": "передати показання",
              "en": "to give a meter reading", "lt": "dėl skaitiklio rodmenų"},
    "gym": {"ru": "хочу заморозить абонемент", "uk": "хочу заморозити абонемент",
            "en": "I want to freeze my membership", "lt": "noriu įšaldyti abonementą"},
    "driving": {"ru": "по поводу экзамена", "uk": "щодо іспиту", "en": "about my test date",
                "lt": "dėl egzamino"},
    "library": {"ru": "насчёт штрафа за книги", "uk": "щодо штрафу за книжки",
                "en": "about some overdue fines", "lt": "dėl baudos už knygas"},
}
# Third parties in an oblique case: (prefix, case index, suffix); en has no cases.
THIRD = {
    "ru": [("Хочу записать", ACC, "на ближайшее свободное время."),
           ("Я по доверенности от", GEN, "— хочу забрать заказ."),
           ("Можно", DAT, "передать сообщение?"),
           ("Мы с", INS, "хотим заморозить абонементы на месяц."),
           ("Оплачиваю за", ACC, "— по той же квитанции.")],
    "uk": [("Хочу записати", ACC, "на найближчий вільний час."),
           ("Я за дорученням від", GEN, "— хочу забрати замовлення."),
           ("Можна", DAT, "передати повідомлення?"),
           ("Ми з", INS, "хочемо заморозити абонементи на місяць.")],
    "lt": [("Norėčiau užregistruoti", ACC, "artimiausiam laikui."),
           ("Skambinu", GEN, "vardu — noriu atsiimti užsakymą."),
           ("Ar galite", DAT, "perduoti žinutę?"),
           ("Mes su", INS, "norime įšaldyti abonementus mėnesiui.")],
    "en": [("I'd like to book", NOM, "in for the next free slot."),
           ("I'm calling on behalf of", NOM, "— to collect the order."),
           ("Could you tell", NOM, "I called?"),
           ("Me and", NOM, "want to freeze our memberships for a month.")],
}
# Places and products named after people: never labelled.
NAMED_DECOY = {
    "ru": ["Я живу у метро «Пушкинская».", "Брала в аптеке «Доктор Столетов».",
           "Это на улице Льва Толстого, напротив театра.", "Мы рядом с парком Горького."],
    "uk": ["Я живу біля метро «Тараса Шевченка».", "Це на вулиці Лесі Українки, біля театру.",
           "Ми біля парку імені Тараса Шевченка."],
    "en": ["I'm near the Florence Nightingale ward.", "It's by Victoria station.",
           "We're just off the Churchill roundabout."],
    "lt": ["Gyvenu prie Vinco Kudirkos aikštės.", "Tai Gedimino prospekte, prie teatro.",
           "Mes prie Maironio mokyklos."],
}


def pick_person(ex: Ex, avoid: tuple | None = None) -> tuple:
    while True:
        person = ex.pick(PEOPLE[ex.lang])
        if person != avoid:
            return person


def spelled(ex: Ex, word: str) -> str:
    letters = [c for c in word if c.isalpha()]
    return "-".join(c.upper() for c in letters) if ex.w else " ".join(c.lower() for c in letters)


def name_value(ex: Ex, key: str, person: tuple, case: int = NOM) -> Value:
    return ex.val(key, "PERSON", person[case] if ex.w else person[case].lower())


def agent_addresses(ex: Ex, person: tuple) -> None:
    """The agent uses the caller's name: a separate PERSON entity (title outside)."""
    fem = female(ex.lang, person)
    title = {"ru": "", "uk": "пані" if fem else "пане", "lt": "ponia" if fem else "pone",
             "en": "Ms" if fem else "Mr"}[ex.lang]
    said = person[SURNAME] if ex.lang == "en" else person[ADDR]
    ex.turn("agent", ex.tr({"ru": "Слушаю вас,", "uk": "Слухаю вас,", "en": "Go ahead,",
                            "lt": "Klausau,"}) + (" " + title if title else ""),
            ex.val("p_echo", "PERSON", said if ex.w else said.lower()))
    ex.tags.add("agent_echo")
    if ex.lang in ("uk", "lt"):
        ex.tags.add("vocative")


def t_person(ex: Ex, setting: str, habit: str) -> None:
    person = pick_person(ex)
    variant = habit
    if variant == "intro":
        ex.turn("agent", greeting(ex, setting))
        ex.turn("customer", ex.tr({"ru": "Добрый день, это", "uk": "Доброго дня, це",
                                   "en": "Hiya, it's", "lt": "Laba diena, čia"}),
                name_value(ex, "p", person),
                "— " + TOPIC[setting][ex.lang] + ".")
        agent_addresses(ex, person)
        ex.tags.add("no_cue")
    elif variant == "spelled":
        ex.turn("agent", ex.tr({"ru": "Назовите фамилию и имя.",
                                "uk": "Назвіть прізвище та ім'я.",
                                "en": "Can I take your full name?",
                                "lt": "Jūsų vardas ir pavardė?"}))
        surname_first = ex.lang in ("ru", "uk") and ex.rng.random() < 0.5
        if surname_first:
            first = person[NOM].rsplit(" ", 1)[0]
            full = f"{person[SURNAME]} {first}"
            value = ex.val("p", "PERSON", full if ex.w else full.lower())
            ex.tags.add("surname_first")
        else:
            value = name_value(ex, "p", person)
        ex.turn("customer", value, ex.tr({"ru": "— фамилия по буквам",
                                          "uk": "— прізвище по літерах",
                                          "en": "— surname's spelled",
                                          "lt": "— pavardė paraidžiui"}),
                ex.val("p", "PERSON", spelled(ex, person[SURNAME])))
        ex.tags.add("spelled")
        if ex.rng.random() < 0.5:
            agent_addresses(ex, person)
    else:
        if ex.rng.random() < 0.6:
            ex.turn("agent", greeting(ex, setting))
        other = pick_person(ex, person)
        prefix, case, suffix = ex.pick(THIRD[ex.lang])
        if ex.rng.random() < 0.5:
            ex.turn("customer", ex.tr({"ru": "Меня зовут", "uk": "Мене звати",
                                       "en": "My name's", "lt": "Mano vardas"}),
                    name_value(ex, "p", person), "— " + TOPIC[setting][ex.lang] + ".")
            ex.turn("agent", ex.tr({"ru": "Да, слушаю.", "uk": "Так, слухаю.", "en": "Sure.",
                                    "lt": "Taip, klausau."}))
        ex.turn("customer", prefix, name_value(ex, "third", other, case), suffix)
        ex.turn("agent", ex.tr({"ru": "Хорошо, сейчас посмотрю.", "uk": "Добре, зараз подивлюся.",
                                "en": "Okay, let me have a look.",
                                "lt": "Gerai, tuoj pažiūrėsiu."}))
        ex.tags.add("third_party")
        if case in (DAT, INS):
            ex.tags.add("third_" + {DAT: "dative", INS: "instrumental"}[case])
    if ex.rng.random() < 0.5:
        ex.turn("customer", ex.tr(NAMED_DECOY))
        ex.tags.add("named_place_decoy")
    ex.tags.add("person")


def t_card_holder(ex: Ex, setting: str, habit: str) -> None:
    person = pick_person(ex)
    if habit == "relative":
        fem = female(ex.lang, person)
        ask_card(ex, setting, ex.rng.random() < 0.5)
        groups = new_card(ex, long_ok=False)
        rel = {"ru": "жены" if fem else "мужа", "uk": "дружини" if fem else "чоловіка",
               "en": "my wife's" if fem else "my husband's", "lt": "žmonos" if fem else "vyro"}
        if ex.lang == "lt":
            parts = [f"Čia {rel['lt']} kortelė, išduota", name_value(ex, "holder", person, GEN),
                     "vardu. Numeris:"]
        elif ex.lang == "en":
            parts = [f"It's {rel['en']} card, in the name of", name_value(ex, "holder", person),
                     "— the number's"]
        else:
            parts = [{"ru": f"Это карта {rel['ru']}, оформлена на",
                      "uk": f"Це картка {rel['uk']}, оформлена на"}[ex.lang],
                     name_value(ex, "holder", person, ACC), "— номер"]
        ex.turn("customer", *parts, card_value(ex, "card", groups))
        ex.tags |= {"card", "third_party", "relative_card"}
    else:
        ask_card(ex, setting, ex.rng.random() < 0.5)
        dictate_card(ex, habit if habit in HABITS else "one_go", allow_readback=False)
        ex.turn("agent", ex.tr({"ru": "И имя владельца, как написано на карте.",
                                "uk": "І ім'я власника, як на картці.",
                                "en": "And the name exactly as it's printed on the card?",
                                "lt": "Ir savininko vardas, kaip ant kortelės."}))
        if ex.w and ex.lang != "en":
            value = ex.val("holder", "PERSON", person[LATIN])
            ex.tags.add("latin_name")
        elif ex.w:
            value = ex.val("holder", "PERSON", person[LATIN])
            ex.tags.add("caps_name")
        else:
            value = name_value(ex, "holder", person)
        ex.turn("customer", ex.tr({"ru": ["Там латиницей:", ""], "uk": ["Латиницею:", ""],
                                   "en": ["It's", ""], "lt": ["Lotyniškai:", ""]}), value)
    ex.tags.add("person")


def t_account(ex: Ex, setting: str, habit: str) -> None:
    cue, value = account_value(ex, "acc")
    if ex.rng.random() < 0.4:
        ex.turn("agent", greeting(ex, setting) + " " + ex.tr({
            "ru": "Чем могу помочь?", "uk": "Чим можу допомогти?", "en": "How can I help?",
            "lt": "Kuo galiu padėti?"}))
    ex.turn("agent", ex.tr({"ru": f"Назовите, пожалуйста, {cue}.",
                            "uk": f"Назвіть, будь ласка, {cue}.",
                            "en": f"Can you give me the {cue}?", "lt": f"Koks jūsų {cue}?"}))
    tail = ""
    if setting == "meter":
        reading = f"{ex.rng.randint(0, 99):02d}{ex.rng.randint(100, 999)}"
        tail = ex.tr({"ru": "— и показания", "uk": "— і показання", "en": "— and the reading is",
                      "lt": "— ir rodmenys"}) + " " + (reading if ex.w else L.say_whole(
                          reading, ex.lang, ex.zero()))
        ex.tags.add("meter_reading_decoy")
    lead = ex.tr({"ru": ["Да,", "Так,", ""], "uk": ["Так,", ""], "en": ["Yeah, it's", ""],
                  "lt": ["Taip,", ""]})
    ex.turn("customer", lead + (" " + cue if ex.rng.random() < 0.3 else ""), value, tail)
    if ex.rng.random() < 0.3:
        ex.turn("agent", ex.tr({"ru": "Повторяю:", "uk": "Повторюю:", "en": "So that's",
                                "lt": "Kartoju:"}), ex.val("acc_echo", "ACCOUNT", value.text),
                ex.tr({"ru": "— всё верно?", "uk": "— усе вірно?", "en": "— correct?",
                       "lt": "— teisingai?"}))
        ex.turn("customer", ex.tr({"ru": "Да.", "uk": "Так.", "en": "Yes.", "lt": "Taip."}))
        ex.tags.add("agent_echo")
    ex.turn("agent", ex.tr({
        "ru": f"Вижу. Задолженность {money(ex, ex.rng.randint(120, 9800))}, "
              f"последний платёж {day_month(ex, ex.rng.randint(1, 28), ex.rng.randint(1, 12))}.",
        "uk": f"Бачу. Заборгованість {money(ex, ex.rng.randint(120, 9800))}, "
              f"останній платіж {day_month(ex, ex.rng.randint(1, 28), ex.rng.randint(1, 12))}.",
        "en": f"Found it. There's {money(ex, ex.rng.randint(12, 980))} outstanding since "
              f"{day_month(ex, ex.rng.randint(1, 28), ex.rng.randint(1, 12))}.",
        "lt": f"Matau. Skola {money(ex, ex.rng.randint(12, 980))}, paskutinis mokėjimas "
              f"{day_month(ex, ex.rng.randint(1, 28), ex.rng.randint(1, 12))}."}))
    ex.tags.add("account")


PROFILE_FIELDS = {"dental": ["name", "dob", "phone"], "carshare": ["passport", "dob"],
                  "driving": ["dob", "passport", "national_id"],
                  "baggage": ["passport", "phone", "address"],
                  "pharmacy": ["address", "phone", "email"],
                  "roaming": ["national_id", "phone"], "library": ["name", "email"],
                  "gym": ["phone", "email"], "kindergarten": ["name", "address"],
                  "meter": ["address", "national_id"]}
PROFILE_Q = {
    "name": {"ru": "Ваши фамилия и имя?", "uk": "Ваше прізвище та ім'я?",
             "en": "Can I take your full name?", "lt": "Jūsų vardas ir pavardė?"},
    "dob": {"ru": "Дата рождения?", "uk": "Дата народження?", "en": "And your date of birth?",
            "lt": "Gimimo data?"},
    "phone": {"ru": "Контактный телефон?", "uk": "Номер телефону для зв'язку?",
              "en": "Best contact number?", "lt": "Kontaktinis telefonas?"},
    "email": {"ru": "Электронная почта?", "uk": "Електронна пошта?",
              "en": "And an email address?", "lt": "El. pašto adresas?"},
    "passport": {"ru": "Серия и номер паспорта?", "uk": "Номер паспорта або ID картки?",
                 "en": "Your passport number, please.", "lt": "Paso numeris?"},
    "national_id": {"ru": "Ваш ИНН, пожалуйста.", "uk": "Ваш ідентифікаційний код?",
                    "en": "Your National Insurance number?", "lt": "Asmens kodas?"},
    "address": {"ru": "Адрес доставки?", "uk": "Адреса доставки?", "en": "Delivery address?",
                "lt": "Pristatymo adresas?"},
}


def t_profile(ex: Ex, setting: str, habit: str) -> None:
    person = pick_person(ex)
    fem = female(ex.lang, person)
    birth = new_birth(ex)
    fields = PROFILE_FIELDS[setting]
    for i, fld in enumerate(fields):
        question = PROFILE_Q[fld][ex.lang]
        if i == 0 and ex.rng.random() < 0.5:
            question = greeting(ex, setting) + " " + question
        ex.turn("agent", question)
        if fld == "name":
            ex.turn("customer", name_value(ex, "p", person))
        elif fld == "dob":
            unit = {"ru": "года", "uk": "року"}.get(ex.lang, "") if not ex.w else ""
            ex.turn("customer", dob_value(ex, "dob", *birth), unit)
        elif fld == "phone":
            tail = ex.tr({"ru": "— лучше звонить после", "uk": "— краще дзвонити після",
                          "en": "— best after", "lt": "— geriau skambinti po"})
            tail += " " + (f"{ex.rng.randint(17, 19)}:00" if ex.w else ex.tr({
                "ru": "шести вечера", "uk": "шостої вечора", "en": "six", "lt": "šeštos"}))
            ex.turn("customer", phone_value(ex, "phone"),
                    tail if ex.rng.random() < 0.5 else "")
        elif fld == "email":
            ex.turn("customer", email_value(ex, "email"))
        elif fld == "passport":
            parts: list = []
            for cue, value in passport_value(ex, "passport"):
                parts += [cue, value]
            ex.turn("customer", *parts)
        elif fld == "national_id":
            ex.turn("customer", national_id_value(ex, "nid", birth, fem))
        else:
            ex.turn("customer", address_value(ex, "address"), ex.tr({
                "ru": "— домофон не работает, звоните", "uk": "— домофон не працює",
                "en": "— the buzzer's broken, just knock", "lt": "— domofonas neveikia"}))
    ex.tags |= {"profile"} | set(fields)


# ---- hard negatives -----------------------------------------------------------------------

def count(e: Ex, n: int, forms: dict) -> str:
    return f"{e.num(n)} {L.plural(n, e.lang, forms[e.lang])}"


DAYS = {"ru": ("день", "дня", "дней"), "uk": ("день", "дні", "днів"),
        "en": ("day", "days", "days"), "lt": ("diena", "dienos", "dienų")}
MINUTES = {"ru": ("минута", "минуты", "минут"), "uk": ("хвилина", "хвилини", "хвилин"),
           "en": ("minute", "minutes", "minutes"), "lt": ("minutė", "minutės", "minučių")}
HOURS = {"ru": ("час", "часа", "часов"), "uk": ("година", "години", "годин"),
         "en": ("hour", "hours", "hours"), "lt": ("valanda", "valandos", "valandų")}
TABLETS = {"ru": ("таблетка", "таблетки", "таблеток"), "uk": ("таблетка", "таблетки", "таблеток"),
           "en": ("tablet", "tablets", "tablets"), "lt": ("tabletė", "tabletės", "tablečių")}
KILOS = {"ru": ("килограмм", "килограмма", "килограммов"),
         "uk": ("кілограм", "кілограми", "кілограмів"),
         "en": ("kilo", "kilos", "kilos"), "lt": ("kilogramas", "kilogramai", "kilogramų")}
SEAT_LETTER = {"ru": {"A": "а", "C": "цэ", "D": "дэ", "F": "эф"},
               "uk": {"A": "а", "C": "сі", "D": "ді", "F": "еф"},
               "en": {"A": "a", "C": "c", "D": "d", "F": "f"},
               "lt": {"A": "a", "C": "c", "D": "d", "F": "f"}}


def flight(e: Ex) -> str:
    code, number = e.pick(["PS", "TK", "FR", "BT", "LO", "W6"]), e.rng.randint(101, 9890)
    return f"{code} {number}" if e.w else L.cardinal(number, e.lang)


def seat(e: Ex) -> str:
    row, letter = e.rng.randint(2, 33), e.pick("ACDF")
    return f"{row}{letter}" if e.w else f"{L.cardinal(row, e.lang)} {SEAT_LETTER[e.lang][letter]}"


def gate(e: Ex) -> str:
    letter, n = e.pick("ABC"), e.rng.randint(2, 24)
    return f"{letter}{n}" if e.w else f"{letter.lower()} {L.cardinal(n, e.lang)}"


def imei(e: Ex) -> str:
    """A Luhn-valid 15-digit IMEI: looks like a card number to a naive detector."""
    return e.digits(L.make_card(e.rng, "35" + rdigits(e, 6), 15))


def isbn(e: Ex) -> str:
    body = "978" + e.pick(["5", "966", "609", "0"]) + rdigits(e, 12 - 3 - 1)
    body = body[:12]
    check = (10 - sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(body)) % 10) % 10
    code = body + str(check)
    return f"{code[:3]}-{code[3:]}" if e.w else L.say_digits(code, e.lang)


def reading(e: Ex) -> str:
    value = f"{e.rng.randint(0, 9):02d}{e.rng.randint(100, 999)}"
    return value if e.w else L.say_whole(value, e.lang)


HOTLINE = {"ru": ("8 800 555-41-20", "восемь восемьсот пятьсот пятьдесят пять сорок один двадцать"),
           "uk": ("0 800 300 545", "нуль вісімсот триста п'ятсот сорок п'ять"),
           "en": ("0800 028 3311", "oh eight hundred oh two eight double three one one"),
           "lt": ("1817", "aštuoniolika septyniolika")}


def hotline(e: Ex) -> str:
    written, spoken = HOTLINE[e.lang]
    return written if e.w else spoken


def verification_year(e: Ex) -> str:
    year = e.rng.randint(2026, 2031)
    return str(year) if e.w else L.ordinal(year, e.lang)


def rint(e: Ex, lo: int, hi: int) -> int:
    return e.rng.randint(lo, hi)


def dm(e: Ex) -> str:
    return day_month(e, rint(e, 1, 28), rint(e, 1, 12))


def tm(e: Ex) -> str:
    return clock(e, rint(e, 9, 18), e.pick([0, 15, 30, 45]))


D = {
    "ru": {
        "roaming": [
            lambda e: ("agent", f"Пакет «Европа» стоит {money(e, e.pick([390, 590, 990]))} "
                                f"в сутки, скидка {percent(e, e.pick([10, 15, 20]))} до {dm(e)}."),
            lambda e: ("customer", f"Я с {dm(e)} в Турции, вылет {tm(e)}, рейс {flight(e)}."),
            lambda e: ("customer", f"IMEI телефона {imei(e)} — вы его просили?")],
        "kindergarten": [
            lambda e: ("agent", f"За {L.MONTHS['ru'][rint(e, 0, 11)]} начислено "
                                f"{money(e, rint(e, 2400, 9800))}, из них питание "
                                f"{money(e, rint(e, 900, 2300))}."),
            lambda e: ("customer", f"Мы в группе номер {e.num(rint(e, 2, 14))}, «Солнышко», "
                                   f"ходим {year_since(e, rint(e, 2021, 2024))}."),
            lambda e: ("agent", f"Квитанция номер {e.digits(rdigits(e, 6))} от {dm(e)}.")],
        "carshare": [
            lambda e: ("agent", f"Поездка {e.digits(rdigits(e, 7))}: "
                                f"{count(e, e.pick([30, 40, 50]), MINUTES)}, итого "
                                f"{money(e, rint(e, 300, 1900))}."),
            lambda e: ("customer", f"Я оставил машину у метро «Пушкинская», место "
                                   f"{e.num(rint(e, 10, 240))}."),
            lambda e: ("agent", f"Штраф за парковку {money(e, e.pick([1500, 3000, 5000]))}, "
                                f"начислен {dm(e)} {tm(e)}.")],
        "dental": [
            lambda e: ("agent", f"Вы записаны {dm(e)} {tm(e)}, кабинет {e.num(rint(e, 2, 19))}."),
            lambda e: ("agent", f"Имплант Straumann — {money(e, rint(e, 38000, 65000))}, "
                                f"скидка {percent(e, e.pick([5, 10]))}."),
            lambda e: ("customer", f"Болит зуб {e.num(e.pick([36, 46, 27, 14]))}, нижний слева.")],
        "pharmacy": [
            lambda e: ("agent", f"Заказ {e.digits(rdigits(e, 8))} собран, к оплате "
                                f"{money(e, rint(e, 340, 4200))}, доставка {dm(e)}."),
            lambda e: ("customer", f"Мне «Нурофен», {count(e, e.pick([10, 20, 30]), TABLETS)}, "
                                   "и пластырь."),
            lambda e: ("agent", f"Трек-номер {e.digits(rdigits(e, 14))}, пункт выдачи на улице "
                                "Льва Толстого.")],
        "baggage": [
            lambda e: ("agent", f"Багаж по рейсу {flight(e)} прибыл {tm(e)}, бирка "
                                f"{e.digits(rdigits(e, 6))}."),
            lambda e: ("customer", f"Чемодан Samsonite, синий, около "
                                   f"{count(e, e.pick([20, 23, 25]), KILOS)}, я сидела на "
                                   f"месте {seat(e)}."),
            lambda e: ("agent", f"Номер заявки {e.digits(rdigits(e, 6))}, компенсация до "
                                f"{money(e, e.pick([5000, 12000]))}.")],
        "meter": [
            lambda e: ("customer", f"Показания: холодная вода {reading(e)}, горячая {reading(e)}."),
            lambda e: ("agent", f"Счётчик номер {e.digits(rdigits(e, 8))}, поверка до "
                                f"{verification_year(e)} года."),
            lambda e: ("agent", f"Начислено {money(e, rint(e, 800, 6400))}, пени "
                                f"{money(e, rint(e, 12, 300))}.")],
        "gym": [
            lambda e: ("customer", f"Хочу заморозить абонемент на "
                                   f"{count(e, e.pick([14, 21, 30]), DAYS)}, с {dm(e)}."),
            lambda e: ("agent", f"Заморозка {money(e, e.pick([500, 900]))}, шкафчик "
                                f"{e.num(rint(e, 1, 180))} освободите до {tm(e)}.")],
        "driving": [
            lambda e: ("agent", f"Экзамен в ГИБДД {dm(e)} {tm(e)}, площадка на Варшавском шоссе."),
            lambda e: ("customer", f"У меня осталось {count(e, e.pick([6, 8, 12]), HOURS)} "
                                   "вождения."),
            lambda e: ("agent", f"Пакет на {e.num(10)} занятий — "
                                f"{money(e, rint(e, 18000, 32000))}, "
                                "машина Skoda Octavia.")],
        "library": [
            lambda e: ("agent", f"За «Анну Каренину» просрочка "
                                f"{count(e, e.pick([14, 21, 30]), DAYS)}, "
                                f"штраф {money(e, rint(e, 50, 400))}."),
            lambda e: ("customer", f"Я ещё «Тараса Бульбу» брала, вернула {dm(e)}."),
            lambda e: ("agent", f"Читальный зал номер {e.num(rint(e, 1, 6))}, работаем до "
                                f"{tm(e)}.")],
        "generic": [
            lambda e: ("agent", f"Наша горячая линия {hotline(e)}, звонок бесплатный."),
            lambda e: ("agent", f"Наш офис: ул. Ленина, {e.num(rint(e, 2, 60))}, с "
                                f"{e.num(9)} до {e.num(18)}."),
            lambda e: ("customer", f"Спишите с карты, которая заканчивается на "
                                   f"{e.digits(rdigits(e, 4))}."),
            lambda e: ("customer", f"Оплачу как обычно, {last_four(e)}."),
            lambda e: ("agent", f"Номер обращения {e.digits(rdigits(e, 7))}, ответ в течение "
                                f"{count(e, e.pick([3, 5, 10]), DAYS)}."),
            lambda e: ("customer", f"Я ваш клиент {year_since(e, rint(e, 2009, 2022))}.")],
    },
}
D["uk"] = {
    "roaming": [
        lambda e: ("agent", f"Роумінг «Європа» — {money(e, e.pick([49, 79, 129]))} на добу, "
                            f"знижка {percent(e, e.pick([10, 25]))} до {dm(e)}."),
        lambda e: ("customer", f"Я в Польщі з {dm(e)}, номер у готелі {e.num(rint(e, 101, 718))}."),
        lambda e: ("customer", f"IMEI {imei(e)}, телефон не бачить мережу.")],
    "kindergarten": [
        lambda e: ("agent", f"За {L.MONTHS['uk'][rint(e, 0, 11)]} нараховано "
                            f"{money(e, rint(e, 900, 3400))}, харчування "
                            f"{money(e, rint(e, 300, 900))}."),
        lambda e: ("customer", f"Ми в групі номер {e.num(rint(e, 2, 12))}, «Бджілка», ходимо "
                               f"{year_since(e, rint(e, 2021, 2024))}."),
        lambda e: ("agent", f"Квитанція номер {e.digits(rdigits(e, 6))} від {dm(e)}.")],
    "carshare": [
        lambda e: ("agent", f"Поїздка {e.digits(rdigits(e, 7))}: "
                            f"{count(e, e.pick([30, 40, 50]), MINUTES)}, разом "
                            f"{money(e, rint(e, 90, 700))}."),
        lambda e: ("customer", f"Залишив авто біля метро «Тараса Шевченка», місце "
                               f"{e.num(rint(e, 10, 200))}."),
        lambda e: ("agent", f"Штраф {money(e, e.pick([340, 680]))} нараховано {dm(e)} {tm(e)}.")],
    "dental": [
        lambda e: ("agent", f"Ви записані на {dm(e)} {tm(e)}, кабінет {e.num(rint(e, 2, 12))}."),
        lambda e: ("agent", f"Чистка — {money(e, rint(e, 900, 1900))}, для пенсіонерів "
                            f"{percent(e, e.pick([10, 15]))} знижки."),
        lambda e: ("customer", f"Болить зуб {e.num(e.pick([36, 46, 27, 14]))}, внизу зліва.")],
    "pharmacy": [
        lambda e: ("agent", f"Замовлення {e.digits(rdigits(e, 8))} зібрано, до сплати "
                            f"{money(e, rint(e, 120, 2400))}."),
        lambda e: ("agent", f"ТТН Нової пошти {e.digits(rdigits(e, 14))}, відділення номер "
                            f"{e.num(rint(e, 1, 120))}."),
        lambda e: ("customer", f"Мені «Спазмалгон», {count(e, e.pick([10, 20]), TABLETS)}.")],
    "baggage": [
        lambda e: ("agent", f"Багаж за рейсом {flight(e)} знайдено, бирка "
                            f"{e.digits(rdigits(e, 6))}."),
        lambda e: ("customer", f"Я сидів на місці {seat(e)}, виліт був {tm(e)}."),
        lambda e: ("agent", f"Номер претензії {e.digits(rdigits(e, 7))}, компенсація до "
                            f"{money(e, e.pick([4000, 9000]))}.")],
    "meter": [
        lambda e: ("customer", f"Показання лічильника {reading(e)}, газ {reading(e)}."),
        lambda e: ("agent", f"Лічильник номер {e.digits(rdigits(e, 8))}, повірка "
                            f"{year_since(e, rint(e, 2018, 2023))} не проводилась."),
        lambda e: ("agent", f"Нараховано {money(e, rint(e, 300, 2900))}, борг "
                            f"{money(e, rint(e, 20, 400))}.")],
    "gym": [
        lambda e: ("customer", f"Хочу заморозити абонемент на "
                               f"{count(e, e.pick([14, 21, 30]), DAYS)} з {dm(e)}."),
        lambda e: ("agent", f"Заморозка коштує {money(e, e.pick([200, 350]))}, шафка "
                            f"{e.num(rint(e, 1, 150))}.")],
    "driving": [
        lambda e: ("agent", f"Іспит у сервісному центрі {dm(e)} {tm(e)}."),
        lambda e: ("customer", f"Лишилося {count(e, e.pick([6, 8, 12]), HOURS)} водіння."),
        lambda e: ("agent", f"Курс — {money(e, rint(e, 9000, 16000))}, авто Renault Logan.")],
    "library": [
        lambda e: ("agent", f"За «Наталку Полтавку» прострочка "
                            f"{count(e, e.pick([14, 21, 30]), DAYS)}, штраф "
                            f"{money(e, rint(e, 20, 150))}."),
        lambda e: ("customer", f"Я ще «Лісову пісню» брала, повернула {dm(e)}."),
        lambda e: ("customer", f"Книжка з ISBN {isbn(e)}, я її не брала.")],
    "generic": [
        lambda e: ("agent", f"Наша гаряча лінія {hotline(e)}, дзвінок безкоштовний."),
        lambda e: ("agent", f"Наш офіс: вул. Хрещатик, {e.num(rint(e, 2, 40))}, з "
                            f"{e.num(9)} до {e.num(18)}."),
        lambda e: ("customer", f"Спишіть з картки, що закінчується на "
                               f"{e.digits(rdigits(e, 4))}."),
        lambda e: ("agent", f"Номер звернення {e.digits(rdigits(e, 7))}, відповідь протягом "
                            f"{count(e, e.pick([3, 5, 10]), DAYS)}."),
        lambda e: ("customer", f"Я ваш клієнт {year_since(e, rint(e, 2009, 2022))}.")],
}
D["en"] = {
    "roaming": [
        lambda e: ("agent", f"The EU pass is {money(e, e.pick([2, 3, 5]))} a day and you've "
                            f"used {percent(e, e.pick([40, 75, 90]))} of your data."),
        lambda e: ("customer", f"I land in Malaga on {dm(e)}, flight {flight(e)}, gate "
                               f"{gate(e)}."),
        lambda e: ("customer", f"The IMEI on the box is {imei(e)}.")],
    "kindergarten": [
        lambda e: ("agent", f"This term comes to {money(e, rint(e, 900, 2600))} after the "
                            f"{percent(e, 10)} sibling discount."),
        lambda e: ("customer", f"She's in Room {e.num(rint(e, 2, 6))}, the Hedgehogs, been with "
                               f"you {year_since(e, rint(e, 2022, 2024))}."),
        lambda e: ("agent", f"Invoice {e.digits(rdigits(e, 6))} went out on {dm(e)}.")],
    "carshare": [
        lambda e: ("agent", f"Trip {e.digits(rdigits(e, 7))} was "
                            f"{count(e, e.pick([30, 40, 50]), MINUTES)}, "
                            f"{money(e, rint(e, 9, 48))} in total."),
        lambda e: ("customer", f"I left it in the Nelson Mandela Place car park, bay "
                               f"{e.num(rint(e, 10, 200))}."),
        lambda e: ("agent", f"The congestion charge of {money(e, 15)} was added on {dm(e)}.")],
    "dental": [
        lambda e: ("agent", f"You're booked with the hygienist on {dm(e)} {tm(e)}, surgery "
                            f"{e.num(rint(e, 1, 6))}."),
        lambda e: ("agent", f"A white filling is {money(e, rint(e, 90, 180))}, and the "
                            "Invisalign consult is free."),
        lambda e: ("customer", f"It's the lower left, tooth {e.num(e.pick([36, 46, 27]))}.")],
    "pharmacy": [
        lambda e: ("agent", f"Order {e.digits(rdigits(e, 8))} is packed, "
                            f"{money(e, rint(e, 9, 60))} "
                            "to pay."),
        lambda e: ("customer", f"It's the Dr Scholl's insoles and "
                               f"{count(e, e.pick([16, 32]), TABLETS)} of paracetamol."),
        lambda e: ("agent", f"Your parcel left the depot {dm(e)}, tracking "
                            f"{e.digits(rdigits(e, 12))}.")],
    "baggage": [
        lambda e: ("agent", f"Your bag from flight {flight(e)} is at the desk, tag "
                            f"{e.digits(rdigits(e, 6))}."),
        lambda e: ("customer", f"I was in seat {seat(e)}, gate {gate(e)}, we landed {tm(e)}."),
        lambda e: ("agent", f"Claim reference {e.digits(rdigits(e, 7))}, you can claim up to "
                            f"{money(e, e.pick([250, 500]))}.")],
    "meter": [
        lambda e: ("customer", f"The meter reads {reading(e)}, and the second dial {reading(e)}."),
        lambda e: ("agent", f"Your bill is {money(e, rint(e, 60, 240))}, that's "
                            f"{percent(e, e.pick([8, 12]))} up on last quarter."),
        lambda e: ("agent", f"The meter serial is {e.digits(rdigits(e, 8))}, fitted "
                            f"{year_since(e, rint(e, 2012, 2020))}.")],
    "gym": [
        lambda e: ("customer", f"I'd like to freeze it for {count(e, e.pick([14, 21, 30]), DAYS)} "
                               f"from {dm(e)}."),
        lambda e: ("agent", f"The freeze is {money(e, e.pick([5, 10]))} a month, and locker "
                            f"{e.num(rint(e, 1, 150))} needs emptying by {tm(e)}.")],
    "driving": [
        lambda e: ("agent", f"Your practical test is on {dm(e)} {tm(e)} at the Hendon centre."),
        lambda e: ("customer", f"I've done {count(e, e.pick([12, 20]), HOURS)}, the instructor "
                               "says ten more."),
        lambda e: ("agent", f"A block of ten is {money(e, rint(e, 320, 420))}, in the Ford "
                            "Fiesta.")],
    "library": [
        lambda e: ("agent", f"Oliver Twist is {count(e, e.pick([14, 21, 30]), DAYS)} overdue, "
                            f"that's {money(e, rint(e, 2, 9))}."),
        lambda e: ("customer", f"I brought Jane Eyre back on {dm(e)}, the ISBN is {isbn(e)}."),
        lambda e: ("agent", f"We're open till {e.num(rint(e, 6, 8))} in the Austen Room.")],
    "generic": [
        lambda e: ("agent", f"Our helpline is {hotline(e)}, free from a mobile."),
        lambda e: ("agent", f"Our office is at {e.num(rint(e, 2, 90))} Station Road, nine to "
                            "five."),
        lambda e: ("customer", f"Take it from {last_four(e)}."),
        lambda e: ("agent", f"Your case number is {e.digits(rdigits(e, 7))}, we'll reply within "
                            f"{count(e, e.pick([3, 5, 10]), DAYS)}."),
        lambda e: ("customer", f"I've been with you {year_since(e, rint(e, 2009, 2022))}.")],
}
D["lt"] = {
    "roaming": [
        lambda e: ("agent", f"Paketas „Europa“ kainuoja {money(e, e.pick([2, 3, 5]))} per parą, "
                            f"nuolaida {percent(e, e.pick([10, 20]))} iki {dm(e)}."),
        lambda e: ("customer", f"Skrendu {dm(e)}, reisas {flight(e)}, vartai {gate(e)}."),
        lambda e: ("customer", f"Telefono IMEI {imei(e)}, neprisijungia prie tinklo.")],
    "kindergarten": [
        lambda e: ("agent", f"Už {L.MONTHS_GEN['lt'][rint(e, 0, 11)]} mėnesį priskaičiuota "
                            f"{money(e, rint(e, 40, 160))}, maitinimas "
                            f"{money(e, rint(e, 20, 60))}."),
        lambda e: ("customer", f"Mes {e.num(rint(e, 2, 9))} grupėje, „Boružėlės“, lankome "
                               f"{year_since(e, rint(e, 2021, 2024))}."),
        lambda e: ("agent", f"Sąskaitos faktūros numeris {e.digits(rdigits(e, 6))}, išrašyta "
                            f"{dm(e)}.")],
    "carshare": [
        lambda e: ("agent", f"Kelionė {e.digits(rdigits(e, 7))}: "
                            f"{count(e, e.pick([30, 40, 50]), MINUTES)}, iš viso "
                            f"{money(e, rint(e, 6, 40))}."),
        lambda e: ("customer", f"Palikau Gedimino prospekte, vieta {e.num(rint(e, 10, 200))}."),
        lambda e: ("agent", f"Bauda {money(e, e.pick([30, 60]))} priskaičiuota {dm(e)} {tm(e)}.")],
    "dental": [
        lambda e: ("agent", f"Užregistruota {dm(e)} {tm(e)}, kabinetas {e.num(rint(e, 1, 9))}."),
        lambda e: ("agent", f"Plomba kainuoja {money(e, rint(e, 45, 120))}, senjorams "
                            f"{percent(e, 10)} nuolaida."),
        lambda e: ("customer", f"Skauda dantį, numeris {e.num(e.pick([36, 46, 27]))}.")],
    "pharmacy": [
        lambda e: ("agent", f"Užsakymas {e.digits(rdigits(e, 8))} surinktas, mokėti "
                            f"{money(e, rint(e, 6, 70))}."),
        lambda e: ("agent", f"Siuntos numeris {e.digits(rdigits(e, 13))}, paštomatas Vinco "
                            "Kudirkos aikštėje."),
        lambda e: ("customer", f"Reikia „Ibumetino“, {count(e, e.pick([10, 20, 30]), TABLETS)}.")],
    "baggage": [
        lambda e: ("agent", f"Jūsų bagažas iš reiso {flight(e)} rastas, žyma "
                            f"{e.digits(rdigits(e, 6))}."),
        lambda e: ("customer", f"Sėdėjau vietoje {seat(e)}, nusileidome {tm(e)}."),
        lambda e: ("agent", f"Pretenzijos numeris {e.digits(rdigits(e, 7))}, kompensacija iki "
                            f"{money(e, e.pick([200, 400]))}.")],
    "meter": [
        lambda e: ("customer", f"Skaitiklio rodmenys {reading(e)}, karštas vanduo {reading(e)}."),
        lambda e: ("agent", f"Skaitiklio numeris {e.digits(rdigits(e, 8))}, patikrintas "
                            f"{year_since(e, rint(e, 2018, 2023))}."),
        lambda e: ("agent", f"Priskaičiuota {money(e, rint(e, 30, 190))}, delspinigiai "
                            f"{money(e, rint(e, 2, 15))}.")],
    "gym": [
        lambda e: ("customer", f"Noriu įšaldyti abonementą "
                               f"{count(e, e.pick([14, 21, 30]), DAYS)} nuo {dm(e)}."),
        lambda e: ("agent", f"Įšaldymas kainuoja {money(e, e.pick([5, 9]))}, spintelė "
                            f"{e.num(rint(e, 1, 150))}.")],
    "driving": [
        lambda e: ("agent", f"Egzaminas „Regitroje“ {dm(e)} {tm(e)}."),
        lambda e: ("customer", f"Liko {count(e, e.pick([10, 12]), HOURS)} vairavimo."),
        lambda e: ("agent", f"Kursas kainuoja {money(e, rint(e, 380, 520))}, mašina Toyota "
                            "Corolla.")],
    "library": [
        lambda e: ("agent", f"Už „Eglę žalčių karalienę“ vėluojate "
                            f"{count(e, e.pick([14, 21, 30]), DAYS)}, bauda "
                            f"{money(e, rint(e, 1, 9))}."),
        lambda e: ("customer", f"„Barborą Radvilaitę“ grąžinau {dm(e)}."),
        lambda e: ("customer", f"Knygos ISBN {isbn(e)}, jos neėmiau.")],
    "generic": [
        lambda e: ("agent", f"Mūsų pagalbos linija {hotline(e)}, skambutis nemokamas."),
        lambda e: ("agent", f"Mūsų biuras Konstitucijos pr. {e.num(rint(e, 2, 30))}, nuo "
                            f"{e.num(8)} iki {e.num(17)}."),
        lambda e: ("customer", f"Naudokite tą pačią — {last_four(e)}."),
        lambda e: ("agent", f"Kreipinio numeris {e.digits(rdigits(e, 7))}, atsakysime per "
                            f"{count(e, e.pick([3, 5, 10]), DAYS)}."),
        lambda e: ("customer", f"Esu jūsų klientas {year_since(e, rint(e, 2009, 2022))}.")],
}
D["uk"]["generic"].append(lambda e: ("customer", f"Та сама {last_four(e)}, з неї і спишіть."))
D["en"]["generic"].append(lambda e: ("customer", f"Same as last time, {last_four(e)}."))


def t_decoy(ex: Ex, setting: str, habit: str) -> None:
    """No entity at all, only numbers, names of things and references that must stay."""
    pool = D[ex.lang][setting]
    lines = ex.rng.sample(pool, k=min(len(pool), ex.rng.randint(2, 3)))
    lines.append(ex.pick(D[ex.lang]["generic"]))
    if ex.rng.random() < 0.4:
        lines.insert(0, lambda e: ("agent", greeting(e, setting)))
    for make in lines[:5]:
        role, text = make(ex)
        ex.turn(role, text)
    if ex.rng.random() < 0.3:
        ex.turn("customer", ex.tr(NAMED_DECOY))
        ex.tags.add("named_place_decoy")
    ex.tags |= {"decoy", "no_entity"}


# ---- assembly and checks ------------------------------------------------------------------

TEMPLATES = {"card_full": t_card_full, "card_only": t_card_only,
             "expiry_first": t_expiry_first, "exp_cvv": t_exp_cvv,
             "card_holder": t_card_holder, "person": t_person, "account": t_account,
             "profile": t_profile, "decoy": t_decoy}
# One 45-exchange (language, style) cell; Russian cells take it twice.
CELL_PLAN = (
    [("card_full", h) for h in ("one_go", "app_screen", "fillers", "group_labels", "interrupt")]
    + [("card_only", h) for h in ("worn", "wrong_order", "dropped", "group_again", "chat_two",
                                  "one_go", "fillers")]
    + [("expiry_first", ""), ("exp_cvv", ""), ("exp_cvv", "cvv_only")]
    + [("card_holder", "relative"), ("card_holder", "one_go")]
    + [("person", "intro"), ("person", "intro"), ("person", "spelled"), ("person", "third"),
       ("person", "third")]
    + [("account", "")] * 3 + [("profile", "")] * 5
    + [("decoy", "")] * 15
)
assert len(CELL_PLAN) == 45
CELLS = [("ru", "written", 2), ("ru", "asr", 2), ("uk", "written", 1), ("uk", "asr", 1),
         ("en", "written", 1), ("en", "asr", 1), ("lt", "written", 1), ("lt", "asr", 1)]
SETTING_ORDER = list(SETTINGS)


def _edge_ok(token: str, first: bool) -> bool:
    """A span never starts or ends on punctuation (a leading "+" of a phone is part of it)."""
    ch = token[0] if first else token[-1]
    return ch.isalnum() or (first and ch == "+")


def check(ex: Ex, item: dict) -> None:
    """Every span must match its tokens and characters; values must carry valid checksums."""
    where = f"{item['id']} ({item['template']})"
    turns = [t["text"] for t in item["turns"]]
    assert 2 <= len(turns) <= 10, where
    used: set[tuple[int, int]] = set()
    for ent in item["entities"]:
        assert len(ent["pieces"]) == len(ent["chars"]) == len(ent["text"]), where
        for (t, s, e), (ct, c0, c1), text in zip(ent["pieces"], ent["chars"], ent["text"],
                                                 strict=True):
            tokens = turns[t].split()
            assert t == ct and 0 <= s < e <= len(tokens), where
            assert " ".join(tokens[s:e]) == text == turns[t][c0:c1], (where, text)
            assert _edge_ok(tokens[s], True) and _edge_ok(tokens[e - 1], False), (where, text)
            cells = {(t, i) for i in range(s, e)}
            assert not cells & used, (where, "overlap", text)
            used |= cells
    for turn in item["turns"]:
        assert turn["text"] == " ".join(turn["text"].split()), where
        if item["style"] == "asr":
            assert ASR_OK.match(turn["text"]), (where, turn["text"])
    assert bool(item["entities"]) != item["template"].endswith("_decoy"), where
    for card in ex.cards:
        assert L.luhn_ok(card) and 13 <= len(card) <= 19, where
    by_key: dict[str, str] = {}
    for value in ex.values:
        if value.type == "CARD":
            assert value.digits, where
            if "order_fix" not in item["tags"]:
                assert any(value.digits in card for card in ex.cards), where
            if item["style"] == "written":
                assert re.sub(r"\D", "", value.text) == value.digits, (where, value.text)
            by_key[value.key] = by_key.get(value.key, "") + value.digits
        elif value.type == "ACCOUNT" and re.match(r"^[A-Z]{2}\d\d", value.text):
            assert L.iban_ok(value.text.replace(" ", "")), (where, value.text)
        elif value.type == "ACCOUNT" and len(value.text) == 20 and value.text.isdigit():
            assert any(ru_account_ok(bic, value.text) for bic in RU_BIC), where
        elif value.type == "NATIONAL_ID" and item["style"] == "written":
            code = value.text.replace(" ", "")
            ok = {"ru": L.inn12_ok, "uk": L.rnokpp_ok, "lt": L.asmens_kodas_ok}.get(
                item["lang"], lambda c: re.fullmatch(r"[A-Z]{2}\d{6}[A-D]", c) is not None)
            assert ok(code), (where, code)
    exempt = CARD_CHECK_EXEMPT & set(item["tags"])
    for key, digits in by_key.items():
        if exempt and key == "card":
            continue
        if "worn_group" in item["tags"] and key == "card":
            assert any(sorted(digits) == sorted(card) for card in ex.cards), where
        else:
            assert digits in ex.cards, (where, key, digits)


def build(seed: int) -> list[dict]:
    master = random.Random(seed)
    jobs = []
    for lang, style, copies in CELLS:
        for _ in range(copies):
            jobs += [(lang, style, template, habit) for template, habit in CELL_PLAN]
    master.shuffle(jobs)
    rotation: Counter = Counter()
    items = []
    for number, (lang, style, template, habit) in enumerate(jobs, start=1):
        rotation[(lang, template)] += 1
        setting = SETTING_ORDER[rotation[(lang, template)] % len(SETTING_ORDER)]
        ex = Ex(lang=lang, style=style, rng=random.Random(master.randrange(2**32)),
                template=f"{lang}_{template}" + (f"_{habit}" if habit else ""))
        setup_card_style(ex)
        TEMPLATES[template](ex, setting, habit)
        ex.tags.add(f"setting_{setting}")
        if "card" not in ex.tags:
            ex.tags = {t for t in ex.tags if not t.startswith(("say_", "fmt_"))}
        item = ex.record(number)
        check(ex, item)
        items.append(item)
    return items


def stats(items: list[dict]) -> str:
    cells = [f"{lang}-{style[0]}" for lang, style, _ in CELLS]
    table: Counter = Counter()
    exchanges: Counter = Counter()
    decoys: Counter = Counter()
    tags: Counter = Counter()
    for item in items:
        cell = f"{item['lang']}-{item['style'][0]}"
        exchanges[cell] += 1
        decoys[cell] += not item["entities"]
        tags.update(item["tags"])
        for ent in item["entities"]:
            table[(ent["type"], cell)] += 1
    lines = ["| type | " + " | ".join(cells) + " | total |",
             "|---" * (len(cells) + 2) + "|"]
    for etype in sorted(TYPES):
        row = [table[(etype, c)] for c in cells]
        lines.append(f"| {etype} | " + " | ".join(map(str, row)) + f" | {sum(row)} |")
    for name, counter in (("exchanges", exchanges), ("decoy-only", decoys)):
        row = [counter[c] for c in cells]
        lines.append(f"| {name} | " + " | ".join(map(str, row)) + f" | {sum(row)} |")
    lines.append("tags: " + ", ".join(f"`{t}` {n}" for t, n in sorted(tags.items())))
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=2020)
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    L.self_test()
    items = build(args.seed)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with args.out.open("w", encoding="utf-8") as handle:
        for item in items:
            handle.write(json.dumps(item, ensure_ascii=False) + "\n")
    print(stats(items))
    print(f"wrote {len(items)} exchanges to {args.out}")


if __name__ == "__main__":
    main()
