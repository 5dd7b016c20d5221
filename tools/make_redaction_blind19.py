"""Write the blind19 labelled redaction set (blind: the author never saw the detector).

    python tools/make_redaction_blind19.py [--seed 1919]
        [--out benchmarks/data/redaction_blind19.jsonl]

Each exchange is built from turns made of plain text and labelled value segments; the
offsets (token pieces and character spans) are computed from the segments, never typed by
hand, and every run asserts that they agree with the text, that asr turns look like ASR output,
and that card numbers, IBANs and national ids carry valid check digits. Imports nothing from
speechqa, so the set cannot lean on the detector's code.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import blind19_lang as L

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "benchmarks" / "data" / "redaction_blind19.jsonl"
SPLIT = "blind19"
CELL_SIZE = {"ru": 90, "uk": 45, "en": 45, "lt": 45}
DECOYS = {"ru": 30, "uk": 15, "en": 15, "lt": 15}
# Positive exchanges per (language, style) cell: fixed counts, so the totals do not drift.
PLAN_RU = {"card": 27, "expcvv": 6, "person": 8, "phone": 4, "email": 3, "account": 4,
           "natid": 3, "passdob": 3, "address": 2}
PLAN_WRITTEN = {"card": 14, "expcvv": 2, "person": 4, "phone": 2, "email": 2, "account": 2,
                "natid": 1, "passdob": 2, "address": 1}
PLAN_ASR = {"card": 14, "expcvv": 2, "person": 4, "phone": 2, "email": 1, "account": 2,
            "natid": 2, "passdob": 1, "address": 2}
# Tags under which a customer's CARD digits are not one clean Luhn number (said twice,
# a wrong group before the right one): the generator then checks the intended card is a
# subsequence of what was said instead.
REPEATING = {"background_reader", "photo_glare", "self_repeat", "typed_then_rest"}
FILLERS = {"ru": ["э", "ээ", "мм", "щас"], "uk": ["е", "ем", "зараз"], "en": ["uh", "um", "erm"],
           "lt": ["ee", "nu", "tuoj"]}

AGENTS = {
    "ru": ["Дарина", "Всеволод", "Ульяна", "Тимофей", "Злата", "Ярослав"],
    "uk": ["Соломія", "Богдан", "Орися", "Ярема", "Мирослава"],
    "en": ["Bronwen", "Callum", "Priya", "Rhys", "Imelda"],
    "lt": ["Gintarė", "Mantas", "Ugnė", "Dovydas", "Rusnė"],
}

# name forms: nom, gen, acc, dat, short (how an agent addresses them), last, latin (as
# embossed on a card). Ukrainian and Lithuanian agents address callers in the vocative.
VOCATIVE = {"Оксана": "Оксано", "Тарас Остапович": "Тарасе Остаповичу", "Зоряна": "Зоряно",
            "Стефан": "Стефане", "Ганна Василівна": "Ганно Василівно", "Левко": "Левку",
            "Мар'яна": "Мар'яно", "Северин Дмитрович": "Северине Дмитровичу", "Уляна": "Уляно",
            "Aušrinė": "Aušrine", "Vytenis": "Vyteni", "Kęstutis": "Kęstuti", "Eglė": "Egle",
            "Arūnas": "Arūnai", "Žygimantas": "Žygimantai", "Danguolė": "Danguole"}
PEOPLE = {
    "ru": [
        ("Тамара Игоревна Зайцева", "Тамары Игоревны Зайцевой", "Тамару Игоревну Зайцеву",
         "Тамаре Игоревне Зайцевой", "Тамара Игоревна", "Зайцева", "TAMARA ZAITSEVA"),
        ("Лыткин Аркадий", "Лыткина Аркадия", "Лыткина Аркадия", "Лыткину Аркадию",
         "Аркадий", "Лыткин", "ARKADII LYTKIN"),
        ("Эльвира Шамилевна Гарипова", "Эльвиры Шамилевны Гариповой",
         "Эльвиру Шамилевну Гарипову", "Эльвире Шамилевне Гариповой", "Эльвира Шамилевна",
         "Гарипова", "ELVIRA GARIPOVA"),
        ("Пётр Семёнович Брусницын", "Петра Семёновича Брусницына", "Петра Семёновича Брусницына",
         "Петру Семёновичу Брусницыну", "Пётр Семёнович", "Брусницын", "PETR BRUSNITSYN"),
        ("Ксения Вдовина", "Ксении Вдовиной", "Ксению Вдовину", "Ксении Вдовиной", "Ксения",
         "Вдовина", "KSENIIA VDOVINA"),
        ("Оганесян Карен Арменович", "Оганесяна Карена Арменовича", "Оганесяна Карена Арменовича",
         "Оганесяну Карену Арменовичу", "Карен Арменович", "Оганесян", "KAREN OGANESIAN"),
        ("Любовь Тихоновна Мезенцева", "Любови Тихоновны Мезенцевой", "Любовь Тихоновну Мезенцеву",
         "Любови Тихоновне Мезенцевой", "Любовь Тихоновна", "Мезенцева", "LIUBOV MEZENTSEVA"),
        ("Глеб Чащин", "Глеба Чащина", "Глеба Чащина", "Глебу Чащину", "Глеб", "Чащин",
         "GLEB CHASHCHIN"),
        ("Снежана Рудольфовна Пыжова", "Снежаны Рудольфовны Пыжовой", "Снежану Рудольфовну Пыжову",
         "Снежане Рудольфовне Пыжовой", "Снежана Рудольфовна", "Пыжова", "SNEZHANA PYZHOVA"),
        ("Мирон Ефимович Штерн", "Мирона Ефимовича Штерна", "Мирона Ефимовича Штерна",
         "Мирону Ефимовичу Штерну", "Мирон Ефимович", "Штерн", "MIRON SHTERN"),
        ("Василиса Кожемякина", "Василисы Кожемякиной", "Василису Кожемякину",
         "Василисе Кожемякиной", "Василиса", "Кожемякина", "VASILISA KOZHEMIAKINA"),
        ("Рустам Ильдарович Хайруллин", "Рустама Ильдаровича Хайруллина",
         "Рустама Ильдаровича Хайруллина", "Рустаму Ильдаровичу Хайруллину", "Рустам Ильдарович",
         "Хайруллин", "RUSTAM KHAIRULLIN"),
    ],
    "uk": [
        ("Оксана Дячишин", "Оксани Дячишин", "Оксану Дячишин", "Оксані Дячишин", "Оксана",
         "Дячишин", "OKSANA DIACHYSHYN"),
        ("Тарас Остапович Гнатюк", "Тараса Остаповича Гнатюка", "Тараса Остаповича Гнатюка",
         "Тарасові Остаповичу Гнатюку", "Тарас Остапович", "Гнатюк", "TARAS HNATIUK"),
        ("Зоряна Кисілевська", "Зоряни Кисілевської", "Зоряну Кисілевську", "Зоряні Кисілевській",
         "Зоряна", "Кисілевська", "ZORIANA KYSILEVSKA"),
        ("Ничипорук Стефан", "Ничипорука Стефана", "Ничипорука Стефана", "Ничипоруку Стефану",
         "Стефан", "Ничипорук", "STEFAN NYCHYPORUK"),
        ("Ганна Василівна Цимбал", "Ганни Василівни Цимбал", "Ганну Василівну Цимбал",
         "Ганні Василівні Цимбал", "Ганна Василівна", "Цимбал", "HANNA TSYMBAL"),
        ("Левко Підгірний", "Левка Підгірного", "Левка Підгірного", "Левкові Підгірному", "Левко",
         "Підгірний", "LEVKO PIDHIRNYI"),
        ("Мар'яна Заїка", "Мар'яни Заїки", "Мар'яну Заїку", "Мар'яні Заїці", "Мар'яна", "Заїка",
         "MARIANA ZAIKA"),
        ("Северин Дмитрович Бойчук", "Северина Дмитровича Бойчука", "Северина Дмитровича Бойчука",
         "Северинові Дмитровичу Бойчуку", "Северин Дмитрович", "Бойчук", "SEVERYN BOICHUK"),
        ("Уляна Коваль-Тимошенко", "Уляни Коваль-Тимошенко", "Уляну Коваль-Тимошенко",
         "Уляні Коваль-Тимошенко", "Уляна", "Коваль-Тимошенко", "ULIANA KOVAL-TYMOSHENKO"),
    ],
    "en": [
        ("Gwendolyn Ashby", "Gwendolyn Ashby", "Gwendolyn Ashby", "Gwendolyn Ashby", "Gwendolyn",
         "Ashby", "GWENDOLYN ASHBY"),
        ("Tobias Okonkwo", "Tobias Okonkwo", "Tobias Okonkwo", "Tobias Okonkwo", "Tobias",
         "Okonkwo", "TOBIAS OKONKWO"),
        ("Siobhan McCreadie", "Siobhan McCreadie", "Siobhan McCreadie", "Siobhan McCreadie",
         "Siobhan", "McCreadie", "SIOBHAN MCCREADIE"),
        ("Declan O'Rourke", "Declan O'Rourke", "Declan O'Rourke", "Declan O'Rourke", "Declan",
         "O'Rourke", "DECLAN O'ROURKE"),
        ("Harriet Penhaligon", "Harriet Penhaligon", "Harriet Penhaligon", "Harriet Penhaligon",
         "Harriet", "Penhaligon", "HARRIET PENHALIGON"),
        ("Anil Chaudhry", "Anil Chaudhry", "Anil Chaudhry", "Anil Chaudhry", "Anil", "Chaudhry",
         "ANIL CHAUDHRY"),
        ("Morwenna Tregear", "Morwenna Tregear", "Morwenna Tregear", "Morwenna Tregear",
         "Morwenna", "Tregear", "MORWENNA TREGEAR"),
        ("Fergus Lyle-Whitaker", "Fergus Lyle-Whitaker", "Fergus Lyle-Whitaker",
         "Fergus Lyle-Whitaker", "Fergus", "Lyle-Whitaker", "FERGUS LYLE-WHITAKER"),
        ("Beatrix Szymanski", "Beatrix Szymanski", "Beatrix Szymanski", "Beatrix Szymanski",
         "Beatrix", "Szymanski", "BEATRIX SZYMANSKI"),
    ],
    "lt": [
        ("Aušrinė Paulauskaitė", "Aušrinės Paulauskaitės", "Aušrinę Paulauskaitę",
         "Aušrinei Paulauskaitei", "Aušrinė", "Paulauskaitė", "AUSRINE PAULAUSKAITE"),
        ("Vytenis Kairys", "Vytenio Kairio", "Vytenį Kairį", "Vyteniui Kairiui", "Vytenis",
         "Kairys", "VYTENIS KAIRYS"),
        ("Jolanta Budrienė", "Jolantos Budrienės", "Jolantą Budrienę", "Jolantai Budrienei",
         "Jolanta", "Budrienė", "JOLANTA BUDRIENE"),
        ("Kęstutis Mažeika", "Kęstučio Mažeikos", "Kęstutį Mažeiką", "Kęstučiui Mažeikai",
         "Kęstutis", "Mažeika", "KESTUTIS MAZEIKA"),
        ("Eglė Šimkūnaitė", "Eglės Šimkūnaitės", "Eglę Šimkūnaitę", "Eglei Šimkūnaitei", "Eglė",
         "Šimkūnaitė", "EGLE SIMKUNAITE"),
        ("Arūnas Dapkus", "Arūno Dapkaus", "Arūną Dapkų", "Arūnui Dapkui", "Arūnas", "Dapkus",
         "ARUNAS DAPKUS"),
        ("Rasa Venckienė", "Rasos Venckienės", "Rasą Venckienę", "Rasai Venckienei", "Rasa",
         "Venckienė", "RASA VENCKIENE"),
        ("Žygimantas Urbonas", "Žygimanto Urbono", "Žygimantą Urboną", "Žygimantui Urbonui",
         "Žygimantas", "Urbonas", "ZYGIMANTAS URBONAS"),
        ("Danguolė Rimkutė", "Danguolės Rimkutės", "Danguolę Rimkutę", "Danguolei Rimkutei",
         "Danguolė", "Rimkutė", "DANGUOLE RIMKUTE"),
    ],
}

# setting -> lang -> (company greeting noun phrase, the thing being paid for)
SETTINGS = {
    "boat": {"ru": ("Прокат лодок «Тихая заводь»", "аренду катера"),
             "uk": ("Прокат човнів «Тиха затока»", "оренду човна"),
             "en": ("Harbourside Boat Hire", "the boat hire"),
             "lt": ("Valčių nuoma „Marių krantas“", "valties nuomą")},
    "funeral": {"ru": ("Ритуальная служба «Светлая память»", "венок и зал прощания"),
                "uk": ("Ритуальна служба «Вічна пам'ять»", "вінок і зал прощання"),
                "en": ("Hartley & Sons Funeral Directors", "the service and the flowers"),
                "lt": ("Laidojimo namai „Rimtis“", "vainiką ir salę")},
    "tax": {"ru": ("Налоговый консультант, бюро «Декларант»", "консультацию по вычету"),
            "uk": ("Податкове бюро «Декларант»", "консультацію щодо декларації"),
            "en": ("Ledgerwise Tax Advisers", "the self-assessment review"),
            "lt": ("Mokesčių konsultacijos „Deklaracija plius“", "konsultaciją")},
    "cowork": {"ru": ("Коворкинг «Улей»", "абонемент на месяц"),
               "uk": ("Коворкінг «Вулик»", "абонемент на місяць"),
               "en": ("The Loom Coworking", "a hot-desk month"),
               "lt": ("Bendradarbystės erdvė „Avilys“", "mėnesio abonementą")},
    "parking": {"ru": ("Городской паркинг, отдел разрешений", "резидентное разрешение"),
                "uk": ("Міський паркінг, відділ дозволів", "дозвіл мешканця"),
                "en": ("Council Parking Services", "the residents' permit"),
                "lt": ("Miesto parkavimo tarnyba", "gyventojo leidimą")},
    "translate": {"ru": ("Бюро переводов «Лингва-Про»", "перевод с апостилем"),
                  "uk": ("Бюро перекладів «Слово»", "переклад з апостилем"),
                  "en": ("Babel Bridge Translations", "the certified translation"),
                  "lt": ("Vertimų biuras „Žodis“", "vertimą su apostile")},
    "stable": {"ru": ("Конный клуб «Гнедой»", "абонемент на выездку"),
               "uk": ("Кінний клуб «Буланий»", "абонемент на верхову їзду"),
               "en": ("Oakridge Riding Stables", "the block of riding lessons"),
               "lt": ("Žirgynas „Bėrasis“", "jojimo pamokas")},
    "banya": {"ru": ("Банный комплекс «Пар да жар»", "бронь парной"),
              "uk": ("Лазня «Жар-пар»", "бронювання парної"),
              "en": ("Kelda Sauna House", "the private sauna booking"),
              "lt": ("Pirtis „Garų namai“", "pirties rezervaciją")},
    "locksmith": {"ru": ("Аварийное вскрытие замков «Ключник»", "выезд мастера"),
                  "uk": ("Аварійне відкриття замків «Ключар»", "виїзд майстра"),
                  "en": ("KeyFast Emergency Locksmiths", "the call-out"),
                  "lt": ("Avarinis spynų atrakinimas „Raktininkas“", "meistro iškvietimą")},
    "fishing": {"ru": ("Рыболовная база «Клёвое место»", "путёвку на рыбалку"),
                "uk": ("Рибальська база «Клює»", "путівку на риболовлю"),
                "en": ("Tarn End Fishery", "the day tickets"),
                "lt": ("Žvejybos bazė „Kimba“", "žvejybos kelialapį")},
}


class Ctx:
    """One exchange's language, style and random source, with small renderers for plain text."""

    def __init__(self, lang: str, style: str, rng: random.Random, setting: str) -> None:
        self.lang, self.style, self.rng, self.setting = lang, style, rng, setting
        self.asr = style == "asr"

    def pick(self, options):
        return self.rng.choice(options) if isinstance(options, list) else options

    def by(self, **options):
        return self.pick(options[self.lang])

    def num(self, n: int) -> str:
        """A number as it appears in plain (non-PII) text."""
        if not self.asr:
            return f"{n:,}".replace(",", " " if self.lang != "en" else ",")
        if n >= 10000:
            high, low = divmod(n, 1000)
            unit = {"ru": "тысяч", "uk": "тисяч", "en": "thousand", "lt": "tūkstančių"}[self.lang]
            return f"{L.cardinal(high, self.lang)} {unit}" + (
                f" {L.cardinal(low, self.lang)}" if low else "")
        return L.cardinal(n, self.lang)

    def digits(self, digits: str) -> str:
        """A reference number (order, case, hotline) read digit by digit in asr."""
        if not self.asr:
            return digits
        return " ".join(L.digit_words(digits, self.lang, self.rng))

    def clock(self, hour: int, minute: int) -> str:
        if not self.asr:
            return f"{hour}:{minute:02d}"
        if minute == 0:
            return L.cardinal(hour, self.lang) + {"ru": " ноль ноль", "uk": " нуль нуль",
                                                  "en": " o'clock", "lt": " valandą"}[self.lang]
        low = (" ".join(L.digit_words(f"{minute:02d}", self.lang, self.rng)) if minute < 10
               else L.cardinal(minute, self.lang))
        return f"{L.cardinal(hour, self.lang)} {low}"

    def year_gen(self, year: int) -> str:
        """ru/uk "с 2019 года": the year as a genitive ordinal in asr."""
        if not self.asr or self.lang not in ("ru", "uk"):
            return self.num(year)
        return f"{L.THOUSANDS[self.lang][2]} {L.ordinal_gen(year % 100, self.lang)}"

    def filler(self) -> str:
        return self.rng.choice(FILLERS[self.lang])

    def name(self, person: tuple, form: str) -> str:
        index = {"nom": 0, "gen": 1, "acc": 2, "dat": 3, "short": 4, "last": 5, "latin": 6}[form]
        text = person[index]
        if form == "short":
            text = VOCATIVE.get(text, text)
        return asr_value(text) if self.asr else text


def asr_value(text: str) -> str:
    """A value as ASR writes it: lower case, hyphens split, no other punctuation."""
    text = text.lower().replace("-", " ")
    text = re.sub(r"[^\w' ]", " ", text)
    return " ".join(text.split())


def clean_plain(text: str) -> str:
    text = text.lower()
    text = re.sub(r"(?<=\w)-(?=\w)", " ", text)
    text = re.sub(r"[^\w' ]", " ", text)
    text = re.sub(r"(?<!\w)'|'(?!\w)", " ", text)
    return " ".join(text.split())


class Exchange:
    """Turns made of plain strings and (text, key, digits) value segments."""

    def __init__(self, ctx: Ctx, template: str) -> None:
        self.ctx, self.template = ctx, template
        self.turns: list[tuple[str, list]] = []
        self.tags: set[str] = set()
        self.intended: dict[str, str] = {}
        self.join_next_agent = False

    def say(self, role: str, *parts) -> None:
        """Add a turn; an agent line right after the greeting joins the greeting's turn."""
        kept = [p for p in parts if p]
        if self.join_next_agent and role == "agent":
            self.turns[-1][1].extend(kept)
        else:
            self.turns.append((role, kept))
        self.join_next_agent = False

    def build(self, number: int) -> dict:
        ctx = self.ctx
        turns, raw = [], defaultdict(list)
        digits_of: dict[str, str] = defaultdict(str)
        order: list[str] = []
        for turn_index, (role, parts) in enumerate(self.turns):
            text, tokens = "", 0
            for part in parts:
                if isinstance(part, str):
                    chunk, key, digits = (clean_plain(part) if ctx.asr else part.strip()), None, ""
                else:
                    chunk, key, digits = part[0], part[1], (part[2] if len(part) > 2 else "")
                    assert chunk == chunk.strip() and chunk, (self.template, part)
                if not chunk:
                    continue
                start = len(text) + (1 if text else 0)
                text = f"{text} {chunk}" if text else chunk
                count = len(chunk.split())
                if key:
                    if key not in raw:
                        order.append(key)
                    raw[key].append([turn_index, tokens, tokens + count, start, len(text)])
                    digits_of[key] += digits
                tokens += count
            if ctx.asr:
                assert text == text.lower() and not re.search(r"\d", text), text
                assert not re.search(r"[^\w' ]", text), text
            turns.append({"role": role, "text": text})
        entities = []
        for key in order:
            pieces: list[list[int]] = []
            for piece in raw[key]:
                if pieces and pieces[-1][0] == piece[0] and pieces[-1][2] == piece[1]:
                    pieces[-1][2], pieces[-1][4] = piece[2], piece[4]
                else:
                    pieces.append(list(piece))
            entity = {"type": key.split("#")[0],
                      "pieces": [[t, s, e] for t, s, e, _, _ in pieces],
                      "chars": [[t, a, b] for t, _, _, a, b in pieces],
                      "text": [turns[t]["text"][a:b] for t, _, _, a, b in pieces]}
            for (t, s, e, a, b), piece_text in zip(pieces, entity["text"], strict=True):
                assert " ".join(turns[t]["text"].split()[s:e]) == piece_text, (key, piece_text)
                assert turns[t]["text"][a:b] == piece_text
            self._check_digits(key, digits_of[key])
            entities.append(entity)
        cells = [(t, i) for e in entities for t, a, b in e["pieces"] for i in range(a, b)]
        assert len(cells) == len(set(cells)), (self.template, "entities share a token")
        if not entities:
            self.tags |= {"decoy", "no_entity"}
        for entity in entities:
            self.tags.add(entity["type"].lower())
        assert 2 <= len(turns) <= 10, (self.template, len(turns))
        lang, style = ctx.lang, ctx.style
        return {"id": f"b19-{lang}-{style[0]}-{number:04d}", "lang": lang, "style": style,
                "split": SPLIT, "template": f"{lang}_{self.template}", "tags": sorted(self.tags),
                "turns": turns, "entities": entities}

    def _check_digits(self, key: str, said: str) -> None:
        kind = key.split("#")[0]
        card = self.intended.get("card", "")
        if kind == "CARD":
            assert L.luhn_ok(card) and 13 <= len(card) <= 19
            if key == "CARD" and not (self.tags & REPEATING):
                assert said == card, (self.template, said, card)
            elif key == "CARD":
                assert _subsequence(card, said), (said, card)
            elif key.endswith("partial"):
                assert said and card.startswith(said), (said, card)
            else:
                assert said == card, (key, said, card)
        if kind == "ACCOUNT" and said[:2].isalpha():
            assert L.iban_ok(said), said
        if kind == "NATIONAL_ID" and said:
            checks = {"ru": L.inn12_ok, "uk": L.rnokpp_ok, "lt": L.asmens_kodas_ok}
            if self.ctx.lang in checks:
                assert checks[self.ctx.lang](said), said
        if kind == "CVV" and said:
            assert len(said) == (4 if len(card) == 15 else 3) or "cvv_fix" in self.tags, said


def _subsequence(needle: str, hay: str) -> bool:
    it = iter(hay)
    return all(ch in it for ch in needle)


# ---------------------------------------------------------------------------------------------
# shared pieces

def greeting(ex: Exchange, extra: str = "") -> None:
    """Agent opens with the company and, half the time, their own (unlabelled) name."""
    c = ex.ctx
    company = SETTINGS[c.setting][c.lang][0]
    if c.rng.random() < 0.55:
        agent = c.rng.choice(AGENTS[c.lang])
        ex.tags.add("agent_name")
        line = c.by(ru=f"{company}, меня зовут {agent}, слушаю вас.",
                    uk=f"{company}, мене звати {agent}, слухаю вас.",
                    en=f"{company}, you're speaking to {agent}, how can I help?",
                    lt=f"{company}, kalba {agent}, klausau.")
    else:
        line = c.by(ru=f"{company}, добрый день.", uk=f"{company}, добрий день.",
                    en=f"{company}, good afternoon.", lt=f"{company}, laba diena.")
    ex.say("agent", f"{line} {extra}".strip())
    ex.join_next_agent = not extra


def card_groups(card: str) -> list[str]:
    if len(card) == 15:
        return [card[:4], card[4:10], card[10:]]
    if len(card) == 13:
        return [card[:4], card[4:8], card[8:]]
    if len(card) == 19:
        return [card[:4], card[4:8], card[8:12], card[12:16], card[16:]]
    return [card[i:i + 4] for i in range(0, 16, 4)]


def group_text(c: Ctx, group: str, habit: str) -> str:
    return L.speak_group(group, habit, c.lang, c.rng) if c.asr else group


def card_segments(c: Ctx, groups: list[str], key: str, habit: str | None = None) -> list:
    """Groups as value segments; asr habit chosen per group unless one is given."""
    habits = {"en": ["digits", "double", "pairs", "digits"],
              "ru": ["digits", "pairs", "whole", "tri1", "pairs"],
              "uk": ["digits", "pairs", "whole", "digits"],
              "lt": ["digits", "pairs", "digits", "whole"]}[c.lang]
    return [(group_text(c, g, habit or c.rng.choice(habits)), key, g) for g in groups]


def written_card(c: Ctx, card: str, fmt: str) -> list[tuple[str, str, str]]:
    if fmt == "solid":
        return [(card, "CARD", card)]
    if fmt == "dashed":
        return [("-".join(card_groups(card)), "CARD", card)]
    if fmt == "odd":
        cuts = sorted(c.rng.sample(range(2, len(card) - 1), 3))
        chunks = [card[a:b] for a, b in zip([0, *cuts], [*cuts, len(card)], strict=True)]
        return [(" ".join(chunks), "CARD", card)]
    return [(" ".join(card_groups(card)), "CARD", card)]


def pick_card(c: Ctx) -> str:
    roll = c.rng.random()
    kind = ("amex" if roll < 0.07 else "visa13" if roll < 0.1 else "maestro19" if roll < 0.14
            else c.rng.choice({"ru": ["mir", "mir", "visa", "mc"], "uk": ["visa", "mc", "visa"],
                               "en": ["visa", "mc", "visa"], "lt": ["visa", "mc"]}[c.lang]))
    return L.make_card(c.rng, kind)


def expiry_value(c: Ctx, key: str = "EXPIRY") -> tuple[list, str]:
    """An expiry as the caller says or types it; returns segments and a trailing unit word."""
    month, year = c.rng.randint(1, 12), c.rng.randint(26, 32)
    if not c.asr:
        form = c.rng.choice(["slash", "slash", "dot", "space", "long", "nozero"])
        text = {"slash": f"{month:02d}/{year}", "dot": f"{month:02d}.{year}",
                "space": f"{month:02d} {year}", "long": f"{month:02d}/20{year}",
                "nozero": f"{month}/{year}"}[form]
        return [(text, key)], ""
    form = c.rng.choice(["digits", "digits", "month", "longyear"])
    zero = L.zero_word(c.lang, c.rng)
    mm = (f"{zero} {L.DIGITS[c.lang][month]}" if month < 10 else L.cardinal(month, c.lang))
    if form == "digits":
        return [(f"{mm} {L.cardinal(year, c.lang)}", key)], ""
    if form == "longyear":
        return [(f"{mm} {L.cardinal(2000 + year, c.lang).replace(' and ', ' ')}", key)], ""
    if c.lang in ("ru", "uk"):
        unit = {"ru": "года", "uk": "року"}[c.lang]
        text = f"{L.MONTHS_NOM[c.lang][month - 1]} {L.ordinal_gen(year, c.lang)}"
        return [(text, key)], unit
    if c.lang == "en":
        return [(f"{L.MONTHS_NOM['en'][month - 1].lower()} twenty {L.DIGITS['en'][year - 20]}"
                 if year < 30 else f"{L.MONTHS_NOM['en'][month - 1].lower()} "
                 f"{L.cardinal(year, 'en')}", key)], ""
    return [(f"{L.MONTHS_NOM['lt'][month - 1]} {L.cardinal(year, 'lt')}", key)], ""


def cvv_value(c: Ctx, length: int) -> str:
    code = "".join(c.rng.choice("0123456789") for _ in range(length))
    return code


def cvv_text(c: Ctx, code: str) -> str:
    if not c.asr:
        return c.rng.choice([code, code, " ".join(code)]) if len(code) == 3 else code
    if code[0] != "0" and len(code) == 3 and c.rng.random() < 0.35:
        return L.cardinal(int(code), c.lang).replace(" and ", " ")
    return " ".join(L.digit_words(code, c.lang, c.rng))


# ---------------------------------------------------------------------------------------------
# hard negatives

def decoy_lines(c: Ctx) -> list[tuple[str, str]]:
    """(role, text) lines full of numbers and names that are not PII."""
    r, n, d = c.rng, c.num, c.digits
    case = "".join(r.choice("0123456789") for _ in range(r.choice([6, 7, 8])))
    track = "".join(r.choice("0123456789") for _ in range(14))
    ref4 = "".join(r.choice("0123456789") for _ in range(4))
    amount = r.choice([1850, 2400, 3290, 760, 12500, 4175, 990])
    hour, minute = r.choice([(9, 0), (10, 30), (13, 15), (17, 45), (8, 5), (19, 0)])
    day = r.randint(2, 27)
    room = r.randint(2, 48)
    pct = r.choice([5, 10, 15, 20, 30])
    year = r.choice([2011, 2016, 2019, 2021, 2023])
    letters, number = r.choice([("X", 450), ("KL", 2200), ("T", 3), ("M", 73)])
    model = (f"{' '.join(letters.lower())} {L.cardinal(number, c.lang)}" if c.asr
             else f"{letters}-{number}")
    flight = r.choice(["FR 2638", "LO 774", "PS 9011", "BT 317"])
    train = r.choice([118, 744, 52])
    hot = {"ru": "8 800 505 33 10", "uk": "0 800 300 545", "en": "0800 028 4471",
           "lt": "1844"}[c.lang]
    if c.asr:
        flight = clean_plain(flight.split()[0]) + " " + c.digits(flight.split()[1])
        hot_text = c.digits(hot.replace(" ", ""))
    else:
        hot_text = hot
    lines = {
        "ru": [
            ("agent", f"С вас {n(amount)} рублей, скидка {n(pct)} процентов уже учтена."),
            ("agent", f"Записала вас на {n(day)} число, к {c.clock(hour, minute)}."),
            ("customer", f"Я звоню по делу номер {d(case)}, мне так и не перезвонили."),
            ("agent", f"Номер обращения {d(case)}, сохраните, пожалуйста."),
            ("agent", f"Наш офис: улица Малая Ордынка, {n(room)}, работаем с "
                      f"{c.clock(9, 0)} до {c.clock(20, 0)}."),
            ("agent", f"Если что, звоните на горячую линию {hot_text}, это бесплатно."),
            ("agent", f"Подойдёте в кабинет {n(room)} на втором этаже."),
            ("agent", f"Трек-номер посылки {d(track)}, отслеживается через сутки."),
            ("customer", f"Списали с карты, которая заканчивается на {d(ref4)}, верно?"),
            ("customer", f"У меня модель {model}, ещё с {c.year_gen(year)} года."),
            ("customer", f"Я прилетаю рейсом {flight}, поезд {n(train)} отменили."),
            ("customer", "Мы на «Мерседесе» приедем, купили сыну шоколадку «Алёнка», "
                         "он ждёт не дождётся."),
            ("agent", "На Пушкинской у нас пункт выдачи, не перепутайте."),
            ("customer", "Это который на Гагарина? Ну, где магазин «Иван да Марья»?"),
        ],
        "uk": [
            ("agent", f"До сплати {n(amount)} гривень, знижка {n(pct)} відсотків."),
            ("agent", f"Записую вас на {n(day)} число о {c.clock(hour, minute)}."),
            ("customer", f"Я щодо звернення номер {d(case)}, досі без відповіді."),
            ("agent", f"Номер заявки {d(case)}, запишіть, будь ласка."),
            ("agent", f"Наш офіс на вулиці Лесі Українки, {n(room)}, працюємо до "
                      f"{c.clock(19, 0)}."),
            ("agent", f"Гаряча лінія {hot_text}, дзвінки безкоштовні."),
            ("agent", f"Кабінет {n(room)}, це третій поверх."),
            ("agent", f"Номер відправлення {d(track)}, Нова пошта."),
            ("customer", f"Гроші зняли з картки, що закінчується на {d(ref4)}."),
            ("customer", f"У мене модель {model}, купував у {n(year)} році."),
            ("customer", f"Я буду потягом {n(train)}, а жінка рейсом {flight}."),
            ("customer", "Взяли в дорогу цукерки «Рошен» і приїдемо на «Мерседесі»."),
            ("agent", f"Ціна зросла на {n(pct)} відсотків з {c.year_gen(year)} року."),
        ],
        "en": [
            ("agent", f"That comes to {n(amount)} pounds, with the {n(pct)} percent off."),
            ("agent", f"I've got you down for the "
                      f"{L.en_ordinal(day) if c.asr else en_day(day)}, "
                      f"at {c.clock(hour, minute)}."),
            ("customer", f"I'm ringing about case reference {d(case)}, nobody called back."),
            ("agent", f"Your ticket number is {d(case)}, keep that handy."),
            ("agent", f"Our office is at {n(room)} Wellington Street, open till "
                      f"{c.clock(17, 30)}."),
            ("agent", f"You can always ring the helpline on {hot_text}."),
            ("agent", f"It's room {n(room)}, up the stairs on the left."),
            ("agent", f"The tracking number is {d(track)}."),
            ("customer", f"It went out of the card ending {d(ref4)}."),
            ("customer", f"Mine's the {model}, bought it back in {n(year)}."),
            ("customer", f"I'm on flight {flight}, landing at {c.clock(hour, minute)}."),
            ("customer", "We'll come in the Mercedes and I'll bring a Dyson for the hall."),
            ("customer", "Is that near the Nelson Mandela building on Peel Street?"),
        ],
        "lt": [
            ("agent", f"Mokėti {n(amount)} eurų, nuolaida {n(pct)} procentų."),
            ("agent", f"Užrašiau jus {n(day)} dienai, {c.clock(hour, minute)}."),
            ("customer", f"Skambinu dėl bylos numeris {d(case)}, niekas neatskambino."),
            ("agent", f"Jūsų kreipinio numeris {d(case)}."),
            ("agent", f"Mūsų biuras Vilniaus gatvėje {n(room)}, dirbame iki "
                      f"{c.clock(18, 0)}."),
            ("agent", f"Karštoji linija {hot_text}, skambutis nemokamas."),
            ("agent", f"Ateikite į {n(room)} kabinetą."),
            ("agent", f"Siuntos sekimo numeris {d(track)}."),
            ("customer", f"Nuskaičiavo nuo kortelės, kurios pabaiga {d(ref4)}."),
            ("customer", f"Mano modelis {model}, pirktas {n(year)} metais."),
            ("customer", f"Atskrendu reisu {flight}, traukinys {n(train)} atšauktas."),
            ("customer", "Atvažiuosim su „Mercedes“, vaikams nupirkau „Rūtos“ šokolado."),
            ("agent", f"Kaina pakilo {n(pct)} procentų nuo {n(year)} metų."),
        ],
    }[c.lang]
    return lines + setting_lines(c)


def setting_lines(c: Ctx) -> list[tuple[str, str]]:
    """Setting-specific numbers and names that are not PII (boat named after a woman, etc.)."""
    n = c.num
    ndfl = "три-НДФЛ" if c.asr else "3-НДФЛ"
    return {
        "boat": {"ru": [("agent", f"Вам катер «Мария», причал номер {n(6)}.")],
                 "uk": [("agent", f"Вам човен «Оксана», причал {n(6)}.")],
                 "en": [("agent", f"You'll have the Lady Margaret, berth {n(6)}.")],
                 "lt": [("agent", f"Jums valtis „Birutė“, prieplauka {n(6)}.")]},
        "funeral": {"ru": [("agent", f"Зал прощания номер {n(2)}, с {c.clock(11, 0)}.")],
                    "uk": [("agent", f"Зал прощання номер {n(2)}, о {c.clock(11, 0)}.")],
                    "en": [("agent", f"The chapel of rest is booked for {c.clock(11, 0)}.")],
                    "lt": [("agent", f"Salė numeris {n(2)}, nuo {c.clock(11, 0)}.")]},
        "tax": {"ru": [("customer", f"Декларация {ndfl} за прошлый год, вычет "
                                      f"{n(13)} процентов.")],
                "uk": [("customer", f"Декларація за минулий рік, податок {n(18)} відсотків.")],
                "en": [("customer", f"It's the return for {n(2024)}, I'm in the "
                                      f"{n(40)} percent band.")],
                "lt": [("customer", f"Deklaracija už {n(2024)} metus, tarifas {n(20)} procentų.")]},
        "cowork": {"ru": [("agent", f"Переговорная {n(3)}, место {n(17)} у окна.")],
                   "uk": [("agent", f"Переговорна {n(3)}, місце {n(17)} біля вікна.")],
                   "en": [("agent", f"Meeting room {n(3)}, desk {n(17)} by the window.")],
                   "lt": [("agent", f"Pasitarimų kambarys {n(3)}, vieta {n(17)}.")]},
        "parking": {"ru": [("customer", f"Мне штраф пришёл, постановление "
                                          f"{c.digits('18810177240')}.")],
                    "uk": [("customer", f"Прийшла постанова {c.digits('0427331')}, "
                                          f"штраф {n(340)} гривень.")],
                    "en": [("customer", f"I got a penalty notice, PCN {c.digits('94113027')}.")],
                    "lt": [("customer", f"Gavau baudą, nutarimo numeris {c.digits('7712045')}.")]},
        "translate": {"ru": [("customer", f"Там {n(12)} страниц, диплом {c.year_gen(2009)} года.")],
                      "uk": [("customer", f"Там {n(12)} сторінок, диплом "
                                            f"{c.year_gen(2009)} року.")],
                      "en": [("customer", f"It's {n(12)} pages, a degree certificate "
                                            f"from {n(2009)}.")],
                      "lt": [("customer", f"Yra {n(12)} puslapių, diplomas {n(2009)} metų.")]},
        "stable": {"ru": [("agent", "Вам дадим Графа, он спокойный, или Дусю.")],
                   "uk": [("agent", "Поїдете на Гетьмані, він спокійний, або на Зірці.")],
                   "en": [("agent", "You'll be on Duchess, or Barnaby if she's lame.")],
                   "lt": [("agent", "Josite ant Kunigaikščio arba ant Martos.")]},
        "banya": {"ru": [("agent", f"Парная на {n(6)} человек, {n(3)} часа.")],
                  "uk": [("agent", f"Парна на {n(6)} осіб, {n(3)} години.")],
                  "en": [("agent", f"The sauna takes {n(6)} people, {n(3)} hours.")],
                  "lt": [("agent", f"Pirtis {n(6)} žmonėms, {n(3)} valandos.")]},
        "locksmith": {"ru": [("customer", f"Замок Cisa {c.digits('56515')}, дверь «Гардиан».")],
                      "uk": [("customer", f"Замок Mottura {c.digits('54797')}, двері «Страж».")],
                      "en": [("customer", f"It's a Chubb {c.digits('3114')}, five lever.")],
                      "lt": [("customer", f"Spyna Abloy {c.digits('4190')}, durys „Doorhan“.")]},
        "fishing": {"ru": [("agent", f"Мостки номер {n(9)}, лимит {n(5)} килограмм.")],
                    "uk": [("agent", f"Місток номер {n(9)}, ліміт {n(5)} кілограмів.")],
                    "en": [("agent", f"Peg {n(9)}, and it's catch and release.")],
                    "lt": [("agent", f"Lieptas numeris {n(9)}, limitas {n(5)} kilogramai.")]},
    }[c.setting][c.lang]


def en_day(day: int) -> str:
    suffix = "th" if 10 < day % 100 < 14 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
    return f"{day}{suffix}"


def make_decoy(c: Ctx) -> Exchange:
    ex = Exchange(c, "decoy")
    if c.rng.random() < 0.4:
        greeting(ex)
    lines = decoy_lines(c)
    c.rng.shuffle(lines)
    pools = {role: [text for who, text in lines if who == role] for role in ("agent", "customer")}
    role = "customer" if ex.turns else c.rng.choice(["agent", "customer"])
    for _ in range(c.rng.randint(2, 4)):
        if not pools[role]:
            break
        ex.say(role, pools[role].pop())
        role = "agent" if role == "customer" else "customer"
    return ex


# ---------------------------------------------------------------------------------------------
# card exchanges

CARD_HABITS_W = ["one_go", "background_reader", "smalltalk_split", "photo_glare",
                 "amount_between", "typed_then_rest", "chat_blobs", "odd_spacing",
                 "glued_punct", "self_repeat", "hesitant", "embossed_name"]
CARD_HABITS_A = ["one_go", "background_reader", "smalltalk_split", "photo_glare",
                 "amount_between", "typed_then_rest", "tri1_mix", "hesitant", "self_repeat",
                 "whole_groups", "embossed_name", "one_go"]


def ask_card(c: Ctx) -> str:
    what = SETTINGS[c.setting][c.lang][1]
    return c.by(ru=[f"Оплатить {what} можно картой по телефону. Диктуйте номер карты.",
                    f"Для оплаты за {what} назовите номер карты, пожалуйста."],
                uk=[f"Оплатити {what} можна карткою. Диктуйте номер картки.",
                    f"Щоб оплатити {what}, назвіть номер картки."],
                en=[f"To pay for {what} I'll need the long number on the card.",
                    f"I can take payment for {what} now, what's the card number?"],
                lt=[f"Už {what} galite sumokėti kortele. Padiktuokite kortelės numerį.",
                    f"Prašau kortelės numerio, kad apmokėtume {what}."])


def make_card_exchange(c: Ctx, habit: str, with_exp: bool, readback: bool,
                       holder: bool) -> Exchange:
    ex = Exchange(c, f"card_{habit}")
    ex.tags |= {"card", habit}
    card = pick_card(c)
    ex.intended["card"] = card
    groups = card_groups(card)
    long_habits = {"background_reader", "smalltalk_split", "amount_between", "typed_then_rest",
                   "embossed_name", "chat_blobs"}
    asked = habit in long_habits or c.rng.random() < 0.5
    greeting(ex, ask_card(c) if asked else "")
    if not asked:
        ex.say("customer", c.by(ru="Хочу оплатить картой.", uk="Хочу оплатити карткою.",
                                en="I'd like to pay by card, please.",
                                lt="Norėčiau susimokėti kortele."))
        ex.say("agent", ask_card(c))
    if habit == "embossed_name":
        person = c.rng.choice(PEOPLE[c.lang])
        ex.tags.add("holder")
        ex.say("customer", c.by(ru="Сначала имя, как на карте:", uk="Спершу ім'я, як на картці:",
                                en="Name first, as it's printed:", lt="Pirma vardas, kaip ant "
                                "kortelės:"), (c.name(person, "latin") if not c.asr
                                               else c.name(person, "nom"), "PERSON"))
        ex.say("agent", c.by(ru="Так, а номер?", uk="Так, а номер?", en="Lovely, and the number?",
                             lt="Gerai, o numeris?"))
        habit = "one_go"
    segs = (card_segments(c, groups, "CARD") if c.asr
            else written_card(c, card, {"odd_spacing": "odd", "one_go": c.rng.choice(
                ["spaced", "spaced", "dashed", "solid"])}.get(habit, "spaced")))
    if habit == "one_go":
        ex.say("customer", c.by(ru=["Записываете? Значит так:", "Пишите:", ""],
                                uk=["Записуєте? Отже:", "Пишіть:", ""],
                                en=["Got a pen? Right:", "Okay, it's", ""],
                                lt=["Užsirašot? Taigi:", "Rašykit:", ""]), *segs)
    elif habit in ("odd_spacing", "glued_punct", "hesitant", "whole_groups", "tri1_mix"):
        if habit == "glued_punct":
            text = " ".join(groups) + "."
            segs = [(text, "CARD", card)]
        if habit in ("whole_groups", "tri1_mix"):
            mode = "whole" if habit == "whole_groups" else "tri1"
            segs = [(group_text(c, g, mode if i % 2 == 0 else "pairs"), "CARD", g)
                    for i, g in enumerate(groups)]
        if habit == "hesitant":
            parts: list = []
            for i, seg in enumerate(card_segments(c, groups, "CARD") if c.asr
                                    else [(g, "CARD", g) for g in groups]):
                parts.append(seg)
                if i < len(groups) - 1 and c.rng.random() < 0.6:
                    parts.append(c.filler() + ("," if not c.asr else ""))
            segs = parts
        ex.say("customer", c.by(ru="Номер карты", uk="Номер картки", en="The card number is",
                                lt="Kortelės numeris"), *segs)
    elif habit == "chat_blobs":
        half = len(card) // 2
        ex.say("customer", (card[:half], "CARD", card[:half]))
        ex.say("customer", (card[half:], "CARD", card[half:]))
    elif habit == "background_reader":
        wife = c.rng.random() < 0.5
        spouse = c.by(ru="Жена читает, я повторяю." if wife else "Муж диктует, секунду.",
                      uk="Дружина читає, я повторюю." if wife else "Чоловік диктує, секунду.",
                      en="My wife's got the card, I'll repeat after her." if wife
                      else "Hang on, my husband's reading it out.",
                      lt="Žmona skaito, aš pakartosiu." if wife else "Vyras diktuoja, sekundėlę.")
        ex.say("customer", spouse)
        ex.say("agent", c.by(ru="Да, конечно, жду.", uk="Так, звісно.", en="No rush.",
                             lt="Gerai, laukiu."))
        parts = []
        heard = c.by(ru="она говорит" if wife else "он говорит", uk="каже",
                     en="she says" if wife else "he says", lt="sako")
        for i in range(0, len(groups), 2):
            chunk = groups[i:i + 2]
            said = card_segments(c, chunk, "CARD")
            again = card_segments(c, chunk, "CARD")
            parts += [heard if i == 0 else c.by(ru="дальше", uk="далі", en="then", lt="toliau"),
                      *said, "…" if not c.asr else "", c.by(ru="так,", uk="так,", en="yeah,",
                                                              lt="taip,"), *again]
        ex.say("customer", *parts)
    elif habit == "smalltalk_split":
        first, rest = groups[:2], groups[2:]
        ex.say("customer", *card_segments(c, first, "CARD"))
        temp = c.rng.choice([8, 12, 15])
        ex.say("agent", c.by(ru=f"Записала. У вас тоже с утра минус {c.num(temp)}?",
                             uk=f"Записала. У вас теж мінус {c.num(temp)} зранку?",
                             en=f"Got that. Is it still {c.num(temp)} degrees up your way?",
                             lt=f"Užsirašiau. Pas jus irgi minus {c.num(temp)}?"))
        ex.say("customer", c.by(ru=f"Да, еле машину завёл, {c.num(40)} минут грел. Так, дальше",
                                uk=f"Ой, {c.num(40)} хвилин машину гріла. Так, далі",
                                en=f"Freezing, took {c.num(40)} minutes to clear the car. Right,",
                                lt=f"Taip, {c.num(40)} minučių šildžiau mašiną. Toliau"),
               *card_segments(c, rest[:1], "CARD"))
        ex.say("agent", c.by(ru="Угу.", uk="Ага.", en="Mm-hm.", lt="Aha."))
        ex.say("customer", *card_segments(c, rest[1:], "CARD"))
    elif habit == "photo_glare":
        bad_index = len(groups) - 2
        good = groups[bad_index]
        pos = c.rng.randrange(len(good))
        wrong = good[:pos] + str((int(good[pos]) + 3) % 10) + good[pos + 1:]
        ex.tags.add("digit_fix")
        ex.say("customer", c.by(ru="Я с фотографии читаю, карта у дочки.",
                                uk="Я з фото читаю, картка в сина.",
                                en="I'm reading it off a photo my son sent.",
                                lt="Skaitau iš nuotraukos, kortelė pas dukrą."),
               *card_segments(c, groups[:bad_index], "CARD"), (group_text(c, wrong, "digits"),
                                                               "CARD", wrong),
               c.by(ru="ой, нет, приблизила, там", uk="ой, ні, збільшила, там",
                    en="no wait, zoomed in, it's", lt="ne, padidinau, ten"),
               (group_text(c, good, "digits"), "CARD", good),
               c.by(ru="и последние", uk="і останні", en="and then", lt="ir paskutiniai"),
               *card_segments(c, groups[bad_index + 1:], "CARD"))
    elif habit == "amount_between":
        amount = c.rng.choice([2350, 4800, 1275, 960])
        ex.say("customer", *card_segments(c, groups[:2], "CARD"),
               c.by(ru=f"— а спишут точно {c.num(amount)}?",
                    uk=f"— а знімуть рівно {c.num(amount)}?",
                    en=f"— and it's definitely {c.num(amount)}?",
                    lt=f"— o nuskaičiuos tikrai {c.num(amount)}?"))
        ex.say("agent", c.by(ru=f"Да, {c.num(amount)} рублей ровно.",
                             uk=f"Так, {c.num(amount)} гривень.",
                             en=f"Yes, {c.num(amount)} pounds exactly.",
                             lt=f"Taip, {c.num(amount)} eurų."))
        ex.say("customer", c.by(ru="Хорошо, дальше", uk="Добре, далі", en="Okay, carrying on",
                                lt="Gerai, toliau"), *card_segments(c, groups[2:], "CARD"))
    elif habit == "typed_then_rest":
        ex.say("customer", *segs)
        ex.say("agent", c.by(ru="Секунду, печатаю…", uk="Секунду, друкую…",
                             en="Sorry, typing it in…", lt="Sekundėlę, renku…"),
               *card_segments(c, groups[:2], "CARD#partial"),
               c.by(ru="— а дальше?", uk="— а далі?", en="— and after that?", lt="— o toliau?"))
        ex.say("customer", *card_segments(c, groups[2:], "CARD"))
        readback = False
    elif habit == "self_repeat":
        ex.say("customer", *segs, c.by(ru="— повторю для верности:", uk="— повторю ще раз:",
                                      en="— I'll say it again to be safe:",
                                      lt="— pakartosiu dėl viso pikto:"),
               *card_segments(c, groups, "CARD"))
    if readback:
        ex.tags.add("agent_readback")
        habit_agent = c.rng.choice(["digits", "pairs"])
        ex.say("agent", c.by(ru="Проверяю:", uk="Перевіряю:", en="Reading that back:",
                             lt="Pakartoju:"),
               *card_segments(c, groups, "CARD#echo", habit_agent),
               c.by(ru="— верно?", uk="— вірно?", en="— correct?", lt="— teisingai?"))
        if not with_exp:
            ex.say("customer", c.by(ru="Верно.", uk="Так.", en="That's it.", lt="Taip."))
        else:
            ex.join_next_agent = True
    if with_exp:
        add_expiry_cvv(ex, c, card, together=True if len(ex.turns) > 6 else None)
        if "holder" not in ex.tags and len(ex.turns) <= 8 and holder:
            ask_holder(ex, c)
    return ex


def ask_holder(ex: Exchange, c: Ctx) -> None:
    """Cardholder's name after the card data; written callers often read the embossed Latin."""
    ex.tags.add("holder")
    person = c.rng.choice(PEOPLE[c.lang])
    ex.say("agent", c.by(ru="И имя владельца карты.", uk="І ім'я власника картки.",
                         en="And the name on the card?", lt="Ir kortelės savininko vardas?"))
    latin = not c.asr and c.lang != "en" and c.rng.random() < 0.5
    ex.say("customer", c.by(ru="Там латиницей:" if latin else "", uk="Латиницею:" if latin else "",
                            en="", lt="Lotyniškai:" if latin else ""),
           (c.name(person, "latin" if latin else "nom"), "PERSON"))


def add_expiry_cvv(ex: Exchange, c: Ctx, card: str, together: bool | None = None) -> None:
    ex.tags |= {"expiry", "cvv"}
    segs, unit = expiry_value(c)
    code = cvv_value(c, 4 if len(card) == 15 else 3)
    digits_label = (c.by(ru="четыре цифры над номером", uk="чотири цифри над номером",
                         en="the four-digit code on the front", lt="keturis skaitmenis priekyje")
                    if len(card) == 15 else
                    c.by(ru="код с обратной стороны", uk="код на звороті",
                         en="the three digits on the back", lt="kodą kitoje pusėje"))
    if together is None:
        together = c.rng.random() < 0.3
    if together:
        ex.tags.add("together")
        ex.say("agent", c.by(ru=f"Срок действия карты и {digits_label}.",
                             uk=f"Термін дії картки і {digits_label}.",
                             en=f"Expiry date and {digits_label}, please.",
                             lt=f"Kortelės galiojimą ir {digits_label}."))
        ex.say("customer", *segs, unit, c.by(ru="и код", uk="і код", en="and the code",
                                             lt="ir kodas"), (cvv_text(c, code), "CVV", code))
        return
    ex.say("agent", c.by(ru="До какого числа действует карта?", uk="До якого терміну картка?",
                         en="And the expiry on the card?", lt="Iki kada galioja kortelė?"))
    if c.rng.random() < 0.2 and not c.asr:
        ex.tags.add("valid_thru")
        ex.say("customer", c.by(ru="Там написано VALID THRU", uk="Написано VALID THRU",
                                en="It says valid thru", lt="Parašyta VALID THRU"), *segs, unit)
    else:
        ex.say("customer", *segs, unit)
    ex.say("agent", c.by(ru=f"И {digits_label}.", uk=f"І {digits_label}.",
                         en=f"And {digits_label}.", lt=f"Ir {digits_label}."))
    if c.rng.random() < 0.15 and len(code) == 3:
        ex.tags.add("cvv_fix")
        swapped = code[1] + code[0] + code[2]
        ex.say("customer", (cvv_text(c, swapped), "CVV", swapped),
               c.by(ru="ой, наоборот:", uk="ой, навпаки:", en="sorry, other way round:",
                    lt="ne, atvirkščiai:"), (cvv_text(c, code), "CVV", code))
    else:
        ex.say("customer", c.by(ru=["", "Перевернула…", "Так, тут стёрто, но видно:"],
                                uk=["", "Перевернула…", "Тут затерто, але видно:"],
                                en=["", "Flipping it over…", "It's half rubbed off, but"],
                                lt=["", "Apverčiau…", "Nusitrynę, bet matosi:"]),
               (cvv_text(c, code), "CVV", code))


def make_expcvv(c: Ctx) -> Exchange:
    ex = Exchange(c, "stored_card_expcvv")
    ex.tags.add("stored_card")
    card = pick_card(c)
    ex.intended["card"] = card
    last4 = c.digits(card[-4:])
    ex.say("agent", c.by(ru=f"Спишем с карты, которая заканчивается на {last4}?",
                         uk=f"Списуємо з картки, що закінчується на {last4}?",
                         en=f"Shall I use the card ending {last4} again?",
                         lt=f"Nuskaičiuoti nuo kortelės, kurios pabaiga {last4}?"))
    ex.say("customer", c.by(ru="Да, с неё.", uk="Так, з неї.", en="Yes, that one.",
                            lt="Taip, nuo tos."))
    add_expiry_cvv(ex, c, card)
    if c.rng.random() < 0.3:
        ex.tags.add("agent_echo")
        # the echo repeats the customer's expiry in the customer's own words
        first = next(p for _, parts in ex.turns for p in parts
                     if isinstance(p, tuple) and p[1] == "EXPIRY")
        ex.say("agent", c.by(ru="Срок", uk="Термін", en="So that's", lt="Galioja"),
               (first[0], "EXPIRY#echo"), c.by(ru="— принято.", uk="— прийнято.",
                                               en="— lovely.", lt="— priimta."))
    return ex


# ---------------------------------------------------------------------------------------------
# people and profile data

def spelled(c: Ctx, surname: str) -> str:
    letters = [ch for ch in surname if ch.isalpha()]
    if c.asr:
        return " ".join(ch.lower() for ch in letters)
    return ", ".join(ch.upper() for ch in letters)


def make_person(c: Ctx) -> Exchange:
    ex = Exchange(c, "person")
    people = c.rng.sample(PEOPLE[c.lang], 2)
    me, other = people
    variant = c.rng.choice(["intro_spell", "third_party", "intro_echo", "dative", "boat_named"])
    ex.template = f"person_{variant}"
    greeting(ex)
    if variant in ("intro_spell", "intro_echo"):
        ex.say("customer", c.by(ru=["Здравствуйте, это", "Добрый день, вас беспокоит"],
                                uk=["Добрий день, це", "Вітаю, турбує"],
                                en=["Hi there, it's", "Hello, my name's"],
                                lt=["Laba diena, čia", "Sveiki, skambina"]),
               (c.name(me, "nom"), "PERSON"),
               c.by(ru="— я насчёт брони.", uk="— я щодо бронювання.", en="— about my booking.",
                    lt="— dėl rezervacijos."))
        if variant == "intro_spell":
            ex.tags.add("spelled")
            ex.say("agent", c.by(ru="Продиктуйте фамилию по буквам.", uk="Прізвище по літерах?",
                                 en="Could you spell the surname?",
                                 lt="Pavardę paraidžiui, prašau."))
            ex.say("customer", (spelled(c, me[5]), "PERSON"))
            if c.rng.random() < 0.6:
                ex.tags.add("agent_echo")
                ex.say("agent", c.by(ru="Спасибо,", uk="Дякую,", en="Thanks,", lt="Ačiū,"),
                       (c.name(me, "short"), "PERSON#echo"),
                       c.by(ru="— записала.", uk="— записала.", en="— all noted.",
                            lt="— užsirašiau."))
        else:
            ex.tags.add("agent_echo")
            ex.say("agent", c.by(ru="Да,", uk="Так,", en="Right,", lt="Taip,"),
                   (c.name(me, "short"), "PERSON#echo"),
                   c.by(ru="вижу вашу запись.", uk="бачу ваш запис.", en="I can see it here.",
                        lt="matau jūsų įrašą."))
    elif variant == "third_party":
        ex.tags.add("third")
        ex.say("customer", c.by(ru="Я звоню от имени", uk="Я телефоную від імені",
                                en="I'm calling on behalf of", lt="Skambinu"),
               (c.name(other, "gen"), "PERSON"),
               c.by(ru="— лично не может подойти к телефону.", uk="— не може зараз говорити.",
                    en="— they can't manage the phone.", lt="vardu — negali kalbėti."))
        ex.say("agent", c.by(ru="А вы кем приходитесь?", uk="А ви хто будете?",
                             en="And you are?", lt="O jūs kas būsite?"))
        ex.say("customer", c.by(ru="Я по доверенности,", uk="Я за довіреністю,",
                                en="A neighbour,", lt="Aš pagal įgaliojimą,"),
               (c.name(me, "nom"), "PERSON"))
    elif variant == "dative":
        ex.tags.add("third")
        ex.say("customer", c.by(ru="Счёт выставьте, пожалуйста,", uk="Рахунок виставте,",
                                en="Please make the invoice out to", lt="Sąskaitą išrašykite"),
               (c.name(other, "dat"), "PERSON"),
               c.by(ru="— это мой бухгалтер.", uk="— це мій бухгалтер.",
                    en="— my accountant.", lt="— tvarko mano buhalteriją."))
        ex.say("agent", c.by(ru="Хорошо. А ваша фамилия?", uk="Добре. А ваше прізвище?",
                             en="Fine. And your own name?", lt="Gerai. O jūsų pavardė?"))
        ex.say("customer", (c.name(me, "last"), "PERSON"))
    else:
        ex.tags.add("named_things")
        ex.say("customer", c.by(ru="Бронь на катер «Виктория» на субботу, оформлена на",
                                uk="Бронь на катер «Соломія» на суботу, оформлена на",
                                en="The Queen Victoria boat for Saturday, booked under",
                                lt="Katerio „Gražina“ rezervacija šeštadieniui, užsakė"),
               (c.name(me, "acc" if c.lang in ("ru", "uk") else "nom"), "PERSON"))
        ex.tags.add("agent_echo")
        ex.say("agent", c.by(ru="Нашла,", uk="Знайшла,", en="Found it,", lt="Radau,"),
               (c.name(me, "short"), "PERSON#echo"),
               c.by(ru=f"— причал номер {c.num(4)}, к {c.clock(9, 30)}.",
                    uk=f"— причал {c.num(4)}, о {c.clock(9, 30)}.",
                    en=f"— berth {c.num(4)}, {c.clock(9, 30)} sharp.",
                    lt=f"— prieplauka {c.num(4)}, {c.clock(9, 30)}."))
    return ex


def phone_text(c: Ctx) -> tuple[str, str]:
    r = c.rng
    rest = "".join(r.choice("0123456789") for _ in range(7))
    if c.lang == "ru":
        code = r.choice(["916", "903", "985", "921"])
        digits = "8" + code + rest
        if not c.asr:
            return r.choice([f"8 {code} {rest[:3]}-{rest[3:5]}-{rest[5:]}",
                             f"+7{code}{rest}", f"8-{code}-{rest[:3]}-{rest[3:]}"]), digits
        words = ["восемь", L.cardinal(int(code), "ru")]
    elif c.lang == "uk":
        code = r.choice(["67", "50", "93", "97"])
        digits = "0" + code + rest
        if not c.asr:
            return r.choice([f"0{code} {rest[:3]} {rest[3:5]} {rest[5:]}",
                             f"+380{code}{rest}", f"(0{code}) {rest[:3]}-{rest[3:]}"]), digits
        words = [L.zero_word("uk", r), L.cardinal(int(code), "uk")]
    elif c.lang == "en":
        code = r.choice(["7700", "7911", "7456"])
        digits = "0" + code + rest[:6]
        if not c.asr:
            return r.choice([f"0{code} {rest[:6]}", f"+44 {code} {rest[:3]} {rest[3:6]}"]), digits
        words = L.en_doubles("0" + code, r)
        rest = rest[:6]
        return " ".join(words + L.en_doubles(rest[:3], r) + L.en_doubles(rest[3:], r)), digits
    else:
        digits = "86" + rest[:7]
        if not c.asr:
            return r.choice([f"8 6{rest[:2]} {rest[2:7]}", f"+370 6{rest[:2]} {rest[2:7]}"]), digits
        words = ["aštuoni", "šeši", *L.digit_words(rest[:2], "lt", r)]
        rest = rest[2:7]
        return " ".join(words + L.pair_words(rest[:2], "lt", r) + L.pair_words(rest[2:4], "lt", r)
                        + L.digit_words(rest[4:], "lt", r)), digits
    words += [L.cardinal(int(rest[:3]), c.lang) if rest[0] != "0"
              else " ".join(L.digit_words(rest[:3], c.lang, r))]
    words += [" ".join(L.pair_words(rest[3:5], c.lang, r)),
              " ".join(L.pair_words(rest[5:], c.lang, r))]
    return " ".join(words), digits


def make_phone(c: Ctx) -> Exchange:
    ex = Exchange(c, "phone")
    greeting(ex)
    hot = {"ru": "8 800 505 33 10", "uk": "0 800 300 545", "en": "0800 028 4471",
           "lt": "1844"}[c.lang]
    hot_text = c.digits(hot.replace(" ", "")) if c.asr else hot
    ex.say("agent", c.by(ru="На какой номер перезвонить мастеру?",
                         uk="На який номер передзвонити?", en="Best number to call you back on?",
                         lt="Kokiu numeriu jums perskambinti?"))
    text, _ = phone_text(c)
    if c.rng.random() < 0.5:
        ex.tags.add("name_and_phone")
        person = c.rng.choice(PEOPLE[c.lang])
        ex.say("customer", c.by(ru="Звоните, спросите", uk="Дзвоніть, спитайте",
                                en="Ring and ask for", lt="Skambinkit, klauskit"),
               (c.name(person, {"ru": "acc", "uk": "acc", "lt": "gen", "en": "nom"}[c.lang]),
                "PERSON"),
               "—" if not c.asr else "", (text, "PHONE"))
    else:
        ex.say("customer", c.by(ru=["Записывайте:", "Мой мобильный", ""],
                                uk=["Записуйте:", "Мій мобільний", ""],
                                en=["It's", "Mobile's", ""], lt=["Rašykit:", "Mano", ""]),
               (text, "PHONE"))
    if c.rng.random() < 0.4:
        ex.tags.add("agent_echo")
        ex.say("agent", c.by(ru="Записала", uk="Записала", en="I've put", lt="Užrašiau"),
               (text, "PHONE#echo"), c.by(ru=f"— и наш номер на всякий случай: {hot_text}.",
                                          uk=f"— і наш номер: {hot_text}.",
                                          en=f"— and ours is {hot_text}.",
                                          lt=f"— o mūsų numeris {hot_text}."))
    else:
        ex.tags.add("hotline_nearby")
        ex.say("agent", c.by(ru=f"Спасибо. Если что, наша линия {hot_text}.",
                             uk=f"Дякую. Наша лінія {hot_text}.",
                             en=f"Thanks. Our line is {hot_text}.",
                             lt=f"Ačiū. Mūsų linija {hot_text}."))
    return ex


def make_email(c: Ctx) -> Exchange:
    ex = Exchange(c, "email")
    greeting(ex)
    r = c.rng
    user = r.choice(["tamara.z", "lytkin77", "okonkwo.t", "rasa_v", "kozhemyaka", "morwenna.t",
                     "b.szymanski", "zoriana88", "kairys.v"])
    host = r.choice(["gmail.com", "ukr.net", "yandex.ru", "outlook.com", "inbox.lt", "mail.ru"])
    ex.say("agent", c.by(ru="Куда прислать счёт?", uk="Куди надіслати рахунок?",
                         en="Where shall I email the invoice?", lt="Kur atsiųsti sąskaitą?"))
    if not c.asr:
        ex.say("customer", c.by(ru="На почту", uk="На пошту", en="To", lt="Į paštą"),
               (f"{user}@{host}", "EMAIL"),
               c.by(ru="— только не на рабочую.", uk="— тільки не на робочу.",
                    en="— not the work one.", lt="— ne į darbo."))
    else:
        at = c.by(ru=["собака", "собачка"], uk=["равлик", "собачка"], en="at", lt="eta")
        dot = c.by(ru="точка", uk="крапка", en="dot", lt="taškas")
        under = c.by(ru="нижнее подчёркивание", uk="нижнє підкреслення", en="underscore",
                     lt="apatinis brūkšnys")

        def speak(part: str) -> str:
            words = []
            for chunk in re.split(r"([._])", part):
                if chunk == ".":
                    words.append(dot)
                elif chunk == "_":
                    words.append(under)
                elif chunk:
                    letters = re.match(r"[a-z]+", chunk)
                    if letters:
                        words.append(letters.group())
                    number = chunk[len(letters.group()) if letters else 0:]
                    if number:
                        words.append(L.cardinal(int(number), c.lang))
            return " ".join(words)

        value = f"{speak(user)} {at} {speak(host)}"
        ex.say("customer", c.by(ru="Пишите:", uk="Пишіть:", en="It's", lt="Rašykit:"),
               (value, "EMAIL"))
    if r.random() < 0.3:
        ex.tags.add("company_email_nearby")
        ex.say("agent", c.by(ru="Ответ придёт с адреса info собака нашего сайта.",
                             uk="Лист прийде з нашої загальної скриньки.",
                             en="It'll come from our accounts team.",
                             lt="Laiškas ateis iš mūsų bendro pašto."))
    return ex


def make_account(c: Ctx) -> Exchange:
    ex = Exchange(c, "account")
    greeting(ex)
    r = c.rng
    ex.say("agent", c.by(ru="Куда вернуть переплату?", uk="Куди повернути переплату?",
                         en="Where should the refund go?", lt="Kur grąžinti permoką?"))
    if not c.asr and c.lang in ("uk", "lt", "en"):
        if c.lang == "uk":
            bban = r.choice(["305299", "322001", "300528"]) + "".join(
                r.choice("0123456789") for _ in range(19))
            value = L.iban("UA", bban)
        elif c.lang == "lt":
            value = L.iban("LT", r.choice(["73000", "70440", "72300"]) + "".join(
                r.choice("0123456789") for _ in range(11)))
        else:
            value = L.iban("GB", r.choice(["NWBK", "BARC", "LOYD"]) + "".join(
                r.choice("0123456789") for _ in range(14)))
        ex.tags.add("iban")
        shown = value if r.random() < 0.5 else " ".join(value[i:i + 4]
                                                        for i in range(0, len(value), 4))
        ex.say("customer", c.by(uk="Ось IBAN:", lt="IBAN:", en="Here's the IBAN:"),
               (shown, "ACCOUNT", value))
    else:
        number = "".join(r.choice("0123456789") for _ in range(r.choice([8, 10, 20])))
        if c.lang == "ru" and len(number) == 20:
            number = "40817810" + number[8:]
        ex.tags.add("contract_no")
        cue = c.by(ru=(["Номер лицевого счёта", "Счёт получателя"] if len(number) == 20
                       else ["По договору номер", "Номер лицевого счёта"]),
                   uk=["Номер договору", "Особовий рахунок"],
                   en=["Account number", "Membership account number"],
                   lt=["Sąskaitos numeris", "Sutarties numeris"])
        shown = number if not c.asr else " ".join(
            " ".join(L.pair_words(number[i:i + 2], c.lang, r)) for i in range(0, len(number), 2))
        ex.say("customer", cue, (shown, "ACCOUNT", ""))
        if c.rng.random() < 0.5:
            ex.tags.add("order_nearby")
            order = "".join(r.choice("0123456789") for _ in range(6))
            ex.say("agent", c.by(ru=f"Принято. Номер заявки на возврат {c.digits(order)}.",
                                 uk=f"Прийнято. Номер заявки {c.digits(order)}.",
                                 en=f"Done. Your refund reference is {c.digits(order)}.",
                                 lt=f"Priimta. Prašymo numeris {c.digits(order)}."))
    return ex


def make_natid(c: Ctx) -> Exchange:
    ex = Exchange(c, "national_id")
    greeting(ex)
    r = c.rng
    ex.say("agent", c.by(ru="Для договора нужен ваш ИНН.", uk="Потрібен ваш ІПН.",
                         en="For the tax form I need your National Insurance number.",
                         lt="Reikės jūsų asmens kodo."))
    if c.lang == "ru":
        value = L.inn12(r)
    elif c.lang == "uk":
        value = L.rnokpp(r)
    elif c.lang == "lt":
        value = L.asmens_kodas(r, r.random() < 0.5, r.randint(1950, 2004), r.randint(1, 12),
                               r.randint(1, 28))
    else:
        value = (r.choice(["JH", "NP", "SR", "AB", "WL"]) + "".join(
            r.choice("0123456789") for _ in range(6)) + r.choice("ABCD"))
    if c.asr:
        words = []
        for ch in value:
            words.append(ch.lower() if ch.isalpha() else L.digit_words(ch, c.lang, r)[0])
        shown = " ".join(words)
    elif c.lang == "en":
        shown = f"{value[:2]} {value[2:4]} {value[4:6]} {value[6:8]} {value[8]}"
    else:
        shown = value if r.random() < 0.6 else " ".join(value[i:i + 4]
                                                        for i in range(0, len(value), 4))
    digits = value if c.lang != "en" else ""
    if r.random() < 0.35:
        ex.tags.add("split_turns")
        toks = shown.split()
        cut = len(toks) // 2
        first, second = " ".join(toks[:cut]), " ".join(toks[cut:])
        if len(toks) == 1:
            first, second = shown[:6], shown[6:]
        ex.say("customer", c.by(ru="Сейчас, из приложения гляну…", uk="Зараз, подивлюсь…",
                                en="Hold on, it's on my payslip…", lt="Tuoj, pažiūrėsiu…"),
               (first, "NATIONAL_ID", digits))
        ex.say("agent", c.by(ru="Да-да.", uk="Ага.", en="Yep.", lt="Taip."))
        ex.say("customer", (second, "NATIONAL_ID"))
    else:
        ex.say("customer", (shown, "NATIONAL_ID", digits))
    return ex


def dob_value(c: Ctx, year: int, month: int, day: int) -> str:
    if not c.asr:
        return {"ru": f"{day:02d}.{month:02d}.{year}", "uk": f"{day:02d}.{month:02d}.{year}",
                "en": f"{day} {L.MONTHS_NOM['en'][month - 1]} {year}",
                "lt": f"{year}-{month:02d}-{day:02d}"}[c.lang]
    if c.lang in ("ru", "uk"):
        century = {"ru": "тысяча девятьсот", "uk": "тисяча дев'ятсот"}[c.lang]
        short = c.rng.random() < 0.4
        return (f"{L.ordinal_gen(day, c.lang)} {L.MONTHS_GEN[c.lang][month - 1]} "
                + ("" if short else century + " ") + L.ordinal_gen(year % 100, c.lang))
    if c.lang == "en":
        return (f"{L.en_ordinal(day)} of {L.MONTHS_NOM['en'][month - 1].lower()} nineteen "
                f"{L.below_hundred(year % 100, 'en')}")
    return f"{L.MONTHS_GEN['lt'][month - 1]} {L.lt_day(day)} {L.lt_year_ordinal(year % 100)}"


def make_passdob(c: Ctx) -> Exchange:
    ex = Exchange(c, "passport_dob")
    greeting(ex)
    r = c.rng
    year, month, day = r.randint(1950, 1999), r.randint(1, 12), r.randint(1, 28)
    ex.say("agent", c.by(ru="Для пропуска: серия и номер паспорта.",
                         uk="Для перепустки: номер паспорта.",
                         en="For the permit I need your passport number.",
                         lt="Leidimui reikia paso numerio."))
    if c.lang == "ru":
        series, number = f"{r.randint(10, 99)}{r.randint(0, 2):01d}{r.randint(0, 9)}", "".join(
            r.choice("0123456789") for _ in range(6))
        if c.asr:
            words = L.pair_words(series[:2], "ru", r) + L.pair_words(series[2:], "ru", r)
            for triple in (number[:3], number[3:]):
                words += (L.cardinal(int(triple), "ru").split() if triple[0] != "0"
                          else L.digit_words(triple, "ru", r))
            shown = " ".join(words)
        else:
            shown = f"{series[:2]} {series[2:]} {number}"
        ex.say("customer", c.by(ru="Серия и номер:"), (shown, "PASSPORT"))
    else:
        length = {"uk": 9, "en": 9, "lt": 8}[c.lang]
        number = "".join(r.choice("0123456789") for _ in range(length))
        shown = number if not c.asr else " ".join(L.digit_words(number, c.lang, r))
        ex.say("customer", c.by(uk="Номер паспорта", en="It's", lt="Paso numeris"),
               (shown, "PASSPORT"))
    ex.say("agent", c.by(ru="И дата рождения?", uk="І дата народження?",
                         en="And your date of birth?", lt="Ir gimimo data?"))
    ex.say("customer", c.by(ru="", uk="", en="the" if c.asr else "", lt=""),
           (dob_value(c, year, month, day), "DOB"),
           c.by(ru="года", uk="року", en="", lt="") if c.asr and c.lang in ("ru", "uk") else "")
    if r.random() < 0.5:
        ex.tags.add("appointment_date_nearby")
        ex.say("agent", c.by(ru=f"Пропуск будет готов {c.num(r.randint(2, 27))} числа.",
                             uk=f"Перепустка буде готова {c.num(r.randint(2, 27))} числа.",
                             en=f"The permit's ready on the {c.num(r.randint(2, 27))}.",
                             lt=f"Leidimas bus paruoštas {c.num(r.randint(2, 27))} dieną."))
    return ex


def address_value(c: Ctx) -> str:
    r = c.rng
    house, flat = r.randint(2, 140), r.randint(1, 220)
    if c.lang == "ru":
        street = r.choice(["ул. Кржижановского", "Сиреневый бульвар", "ул. Лётчика Бабушкина"])
        written = f"{street}, д. {house}, кв. {flat}"
        spoken = (f"{street.replace('ул.', 'улица')} дом {L.cardinal(house, 'ru')} квартира "
                  f"{L.cardinal(flat, 'ru')}")
    elif c.lang == "uk":
        street = r.choice(["вул. Княгині Ольги", "просп. Науки", "вул. Драгоманова"])
        written = f"{street}, буд. {house}, кв. {flat}"
        spoken = (f"{street.replace('вул.', 'вулиця').replace('просп.', 'проспект')} будинок "
                  f"{L.cardinal(house, 'uk')} квартира {L.cardinal(flat, 'uk')}")
    elif c.lang == "en":
        street = r.choice(["Marlowe Crescent", "Tennyson Avenue", "Quarry Lane"])
        written = f"Flat {flat % 30 + 1}, {house} {street}"
        spoken = f"flat {L.cardinal(flat % 30 + 1, 'en')} {L.cardinal(house, 'en')} {street}"
    else:
        street = r.choice(["Žirmūnų g.", "Kalvarijų g.", "Maironio g."])
        written = f"{street} {house}-{flat}"
        spoken = (f"{street.replace('g.', 'gatvė')} {L.cardinal(house, 'lt')} butas "
                  f"{L.cardinal(flat, 'lt')}")
    return asr_value(spoken) if c.asr else written


def make_address(c: Ctx) -> Exchange:
    ex = Exchange(c, "address")
    greeting(ex)
    ex.say("agent", c.by(ru="По какому адресу приезжать?", uk="За якою адресою приїхати?",
                         en="What's the address for the visit?", lt="Kokiu adresu atvykti?"))
    city = c.by(ru="Москва,", uk="Київ,", en="Leeds,", lt="Vilnius,")
    ex.tags.add("city_outside_span")
    ex.say("customer", city, (address_value(c), "ADDRESS"),
           c.by(ru="— домофон не работает.", uk="— домофон не працює.",
                en="— the buzzer's broken.", lt="— domofonas neveikia."))
    if c.rng.random() < 0.5:
        ex.tags.add("office_address_nearby")
        room = c.rng.randint(2, 40)
        ex.say("agent", c.by(ru=f"Или заберите сами: наш офис на Лесной, {c.num(room)}, "
                                f"с {c.clock(10, 0)}.",
                             uk=f"Або заберіть самі: офіс на Саксаганського, {c.num(room)}.",
                             en=f"Or collect from us, {c.num(room)} Mill Road, after "
                                f"{c.clock(10, 0)}.",
                             lt=f"Arba atsiimkite: biuras Gedimino pr. {c.num(room)}."))
    if c.rng.random() < 0.45:
        person = c.rng.choice(PEOPLE[c.lang])
        ex.tags.add("recipient")
        ex.say("customer", c.by(ru="Получать будет", uk="Отримуватиме", en="It'll be",
                                lt="Priims"), (c.name(person, "nom"), "PERSON"),
               c.by(ru="— это моя мама.", uk="— це моя мама.", en="who signs for it.",
                    lt="— mano mama."))
    return ex


# ---------------------------------------------------------------------------------------------

def build(seed: int) -> list[dict]:
    rng = random.Random(seed)
    made: list[Exchange] = []
    settings = sorted(SETTINGS)
    for lang in ("ru", "uk", "en", "lt"):
        for style in ("written", "asr"):
            size = CELL_SIZE[lang]
            counts = PLAN_RU if lang == "ru" else PLAN_WRITTEN if style == "written" else PLAN_ASR
            assert sum(counts.values()) + DECOYS[lang] == size
            plan = ["decoy"] * DECOYS[lang] + [k for k, v in counts.items() for _ in range(v)]
            habits = CARD_HABITS_W if style == "written" else CARD_HABITS_A
            card_index = 0
            for template in plan:
                c = Ctx(lang, style, rng, rng.choice(settings))
                if template == "card":
                    habit = habits[(card_index + rng.randrange(2)) % len(habits)]
                    card_index += 1
                    # fixed patterns, not draws, so the EXPIRY/CVV/CARD totals are stable
                    with_exp = (card_index * 3) % 8 < 3
                    ex = make_card_exchange(c, habit, with_exp=with_exp,
                                            readback=card_index % 3 == 1,
                                            holder=with_exp and card_index % 2 == 0)
                else:
                    ex = {"decoy": make_decoy, "expcvv": make_expcvv, "person": make_person,
                          "phone": make_phone, "email": make_email, "account": make_account,
                          "natid": make_natid, "passdob": make_passdob,
                          "address": make_address}[template](c)
                made.append(ex)
    rng.shuffle(made)
    return [ex.build(index + 1) for index, ex in enumerate(made)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=1919)
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    records = build(args.seed)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with args.out.open("w", encoding="utf-8") as handle:
        for record in records:
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    counts = Counter(e["type"] for r in records for e in r["entities"])
    decoys = sum(1 for r in records if not r["entities"])
    print(f"{len(records)} exchanges, {decoys} decoy-only, "
          f"entities: {dict(sorted(counts.items()))}")


if __name__ == "__main__":
    main()
