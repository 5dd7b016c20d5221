"""Build benchmarks/data/redaction_blind13.jsonl: a blind labelled redaction evaluation set.

    python tools/make_redaction_blind13.py [--out PATH] [--check]

Deterministic (seed 1313). Written without looking at the detector, its tests or earlier sets:
every exchange is composed here from the phrase banks in blind13_banks.py, every identifier is
generated with its own check digits (blind13_numbers.py), and a self-check verifies each labelled
span against its turn text, every check digit, and byte-identical output across two runs.
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

import blind13_numbers as num
import blind13_render as rd
from blind13_banks import BANKS
from blind13_names import Person, make_person

SEED = 1313
OUT = Path(__file__).resolve().parent.parent / "benchmarks" / "data" / "redaction_blind13.jsonl"
SLOT = re.compile(r"\{(\w+)(?::(\w+))?\}")
LATIN = {
    "ru": (
        ["gleb", "kira", "artem", "zlata", "denis", "milena", "roman", "olga"],
        ["belousov", "tikhonova", "mironov", "safronova", "lapin", "fomina", "ershov"],
    ),
    "uk": (
        ["ivan", "oksana", "taras", "iryna", "nazar", "solomiia"],
        ["kovalchuk", "hnatiuk", "bondarenko", "yavorska", "melnychuk"],
    ),
    "en": (
        ["priya", "callum", "beth", "graham", "siobhan", "marcus"],
        ["whitfield", "okonkwo", "hargreaves", "ashworth", "brennan", "nowak"],
    ),
    "lt": (
        ["jonas", "ruta", "tomas", "ieva", "mantas", "egle"],
        ["kazlauskas", "petraityte", "jankauskas", "butkute", "zukauskas"],
    ),
}
# Whisper-like word-boundary and spelling slips applied to ASR-style plain text only.
ASR_SLIPS = {
    "ru": [("в общем", "вообщем"), ("то есть", "тоесть"), ("ещё", "еще")],
    "uk": [("будь ласка", "будьласка"), ("що", "шо")],
    "en": [("all right", "alright"), ("a lot", "alot"), ("okay", "ok")],
    "lt": [("ačiū", "ačiu"), ("laba diena", "labadiena")],
}
PUNCT_TAIL = ".,!?;:)»“"


class Exchange:
    """Turns made of plain text and labelled entity segments, rendered per style."""

    def __init__(self, lang: str, style: str, rng: random.Random) -> None:
        self.lang, self.style, self.rng = lang, style, rng
        self.bank = BANKS[lang]
        self.turns: list[tuple[str, list]] = []
        self.types: list[str] = []
        self.checks: list[tuple[str, str] | None] = []
        self.tags: set[str] = set()

    @property
    def asr(self) -> bool:
        return self.style == "asr"

    def entity(self, etype: str, text: str, check: tuple[str, str] | None = None) -> tuple:
        self.types.append(etype)
        self.checks.append(check)
        return (len(self.types) - 1, text.lower() if self.asr else text)

    def again(self, seg: tuple, text: str) -> tuple:
        """Another piece of an entity already opened (split across turns)."""
        return (seg[0], text.lower() if self.asr else text)

    def line(self, key: str, variant: int | None = None) -> str:
        options = self.bank[key]
        return options[variant] if variant is not None else self.rng.choice(options)

    def say(self, role: str, line: str, join: bool = False, **slots) -> None:
        """Add a turn; join=True continues the previous turn of the same speaker instead."""
        segs: list = []
        pos = 0
        for match in SLOT.finditer(line):
            segs.append(line[pos : match.start()])
            value = slots[match.group(1)]
            if callable(value):
                value = value(match.group(2) or "nom")
            segs.append(value)
            pos = match.end()
        segs.append(line[pos:])
        if join and self.turns and self.turns[-1][0] == role:
            self.turns[-1][1].extend([" ", *segs])
        else:
            self.turns.append((role, segs))

    def plain(self, text: str) -> str:
        if not self.asr:
            return text
        text = rd.asrify(text)
        for good, slip in ASR_SLIPS[self.lang]:
            if re.search(rf"\b{good}\b", text) and self.rng.random() < 0.3:
                text = re.sub(rf"\b{good}\b", slip, text, count=1)
        return text

    def render(self) -> tuple[list[dict], list[dict]]:
        turns, spans = [], {}
        for t, (role, segs) in enumerate(self.turns):
            text = ""
            for seg in segs:
                piece = seg[1] if isinstance(seg, tuple) else self.plain(seg)
                piece = piece.strip() if isinstance(seg, tuple) else piece
                if not piece.strip():
                    continue
                if isinstance(seg, tuple):
                    if text and not text.endswith(" "):
                        text += " "
                    spans.setdefault(seg[0], []).append((t, len(text), len(text) + len(piece)))
                    text += piece
                else:
                    if text.endswith(".") and piece.startswith("."):
                        piece = piece[1:]
                        if not piece:
                            continue
                    if (
                        text
                        and not text.endswith(" ")
                        and not piece.startswith(" ")
                        and piece[0] not in PUNCT_TAIL
                    ):
                        text += " "
                    text += piece
            text = re.sub(r" {2,}", " ", text)
            turns.append({"role": role, "text": text})
        entities, checks = [], []
        for eid, etype in enumerate(self.types):
            if eid not in spans:  # made for a slot the chosen line variant doesn't have
                continue
            checks.append(self.checks[eid])
            pieces, chars, texts = [], [], []
            for t, start, end in spans[eid]:
                text = turns[t]["text"]
                bounds = [m.span() for m in re.finditer(r"\S+", text)]
                first = next(i for i, (s, e) in enumerate(bounds) if s <= start < e)
                last = next(i for i, (s, e) in enumerate(bounds) if s < end <= e)
                assert bounds[first][0] == start, (text, start)
                pieces.append([t, first, last + 1])
                chars.append([t, start, end])
                texts.append(text[start:end])
            entities.append({"type": etype, "pieces": pieces, "chars": chars, "text": texts})
        order = sorted(range(len(entities)), key=lambda i: entities[i]["chars"][0])
        self.checks = [checks[i] for i in order]
        return turns, [entities[i] for i in order]


# --- entity makers ----------------------------------------------------------------------------


def card_value(rng: random.Random) -> str:
    return num.card_make(rng)


def card_seg(ex: Exchange, card: str, readback: bool = False) -> tuple:
    text = (
        rd.card_written(card, ex.rng)
        if not ex.asr
        else rd.spoken_digits(
            ex.lang, card, ex.rng, "single" if readback else None, messy=not readback
        )
    )
    return ex.entity("CARD", text, ("card", card))


def card_pieces(ex: Exchange, card: str, parts: int) -> list[tuple]:
    """One card number said in several consecutive customer turns."""
    segs: list[tuple] = []
    for start, end in rd.split_points(len(card), parts, ex.rng):
        text = rd.digits_text(ex.lang, ex.style, card[start:end], ex.rng)
        segs.append(
            ex.entity("CARD", text, ("card", card)) if not segs else ex.again(segs[0], text)
        )
    return segs


def expiry_seg(ex: Exchange) -> tuple:
    month, year = ex.rng.randint(1, 12), ex.rng.randint(26, 32)
    return ex.entity("EXPIRY", rd.expiry(ex.lang, ex.style, month, year, ex.rng))


def cvv_seg(ex: Exchange, card: str) -> tuple:
    digits = (
        f"{ex.rng.randint(0, 9999 if len(card) == 15 else 999):0{4 if len(card) == 15 else 3}d}"
    )
    return ex.entity(
        "CVV",
        rd.digits_text(
            ex.lang, ex.style, digits, ex.rng, ex.rng.choice(["single", "triples"]), messy=False
        ),
    )


def phone_seg(ex: Exchange, value: str | None = None) -> tuple:
    value = value or rd.phone_value(ex.lang, ex.rng)
    return ex.entity("PHONE", rd.phone(ex.lang, ex.style, value, ex.rng), ("phone", value))


def born(rng: random.Random, child: bool = False) -> dt.date:
    start = dt.date(2019, 1, 1) if child else dt.date(1948, 1, 1)
    span = 1500 if child else 20000
    return start + dt.timedelta(days=rng.randint(0, span))


def dob_seg(ex: Exchange, day: dt.date) -> tuple:
    return ex.entity("DOB", rd.dob(ex.lang, ex.style, day, ex.rng))


def nid_kinds(lang: str) -> list[str]:
    return {"ru": ["inn", "snils"], "uk": ["rnokpp"], "en": ["ni", "ssn"], "lt": ["ak"]}[lang]


def nid_seg(ex: Exchange, kind: str, day: dt.date, female: bool) -> tuple:
    rng = ex.rng
    if kind == "inn":
        value = num.inn_make(rng, 12)
    elif kind == "snils":
        value = num.snils_make(rng)
    elif kind == "rnokpp":
        value = num.rnokpp_make(rng, day, female)
    elif kind == "ak":
        value = num.lt_code_make(rng, day, female)
    elif kind == "ni":
        value = num.ni_make(rng)
    else:
        value = num.ssn_make(rng)
    if kind == "ni":
        text = rd.ni_number(ex.style, value, rng)
    elif kind == "ssn":
        text = rd.ssn(ex.style, value, rng)
    elif kind == "snils":
        text = rd.snils(ex.style, value, rng)
    else:
        text = rd.digits_text(ex.lang, ex.style, value, rng)
    return ex.entity("NATIONAL_ID", text, (kind, value))


def passport_seg(ex: Exchange) -> tuple:
    rng = ex.rng
    digits = lambda n: "".join(rng.choice("0123456789") for _ in range(n))  # noqa: E731
    if ex.lang == "ru":
        value = f"{rng.randint(10, 99)}{rng.randint(0, 24):02d}{digits(6)}"
        return ex.entity("PASSPORT", rd.ru_passport(ex.style, value, rng), ("passport", value))
    if ex.lang == "uk":
        if rng.random() < 0.5:
            value = rng.choice(["КВ", "МЕ", "СН", "ТТ", "ВА", "КМ"]) + digits(6)
            return ex.entity("PASSPORT", rd.uk_booklet(ex.style, value, rng), ("passport", value))
        value = "00" + digits(7)
        return ex.entity(
            "PASSPORT", rd.digits_text("uk", ex.style, value, rng), ("passport", value)
        )
    if ex.lang == "lt":
        value = rng.choice("12") + digits(7)
        return ex.entity(
            "PASSPORT", rd.digits_text("lt", ex.style, value, rng), ("passport", value)
        )
    if rng.random() < 0.5:
        value = rng.choice("5123") + digits(8)
        text = rd.digits_text("en", ex.style, value, rng)
    else:
        value = rng.choice("ACEG") + digits(8)
        text = (
            value
            if not ex.asr
            else rd.letters_spoken("en", value[0]) + " " + rd.spoken_digits("en", value[1:], rng)
        )
    return ex.entity("PASSPORT", text, ("passport", value))


def account_seg(ex: Exchange) -> tuple:
    rng = ex.rng
    digits = lambda n: "".join(rng.choice("0123456789") for _ in range(n))  # noqa: E731
    if ex.lang == "ru":
        value = "40817810" + digits(12)
        text = value if not ex.asr else rd.spoken_digits("ru", value, rng)
        if not ex.asr and rng.random() < 0.4:
            text = f"{value[:5]} {value[5:8]} {value[8]} {value[9:13]} {value[13:]}"
        return ex.entity("ACCOUNT", text, ("account", value))
    if ex.lang == "uk":
        value = num.iban_make(
            "UA", rng.choice(["305299", "322001", "351005"]) + "0000" + digits(15)
        )
    elif ex.lang == "lt":
        value = num.iban_make("LT", rng.choice(["73000", "70440", "40100"]) + digits(11))
    else:
        value = num.iban_make("GB", rng.choice(["NWBK", "BARC", "LOYD", "MIDL"]) + digits(14))
    return ex.entity("ACCOUNT", rd.iban(ex.lang, ex.style, value, rng), ("iban", value))


def contract_seg(ex: Exchange) -> tuple:
    rng = ex.rng
    head, tail = str(rng.randint(10, 99)), str(rng.randint(100000, 999999))
    if ex.asr:
        text = rd.spoken_digits(ex.lang, head + tail, rng, messy=False)
    else:
        text = (
            rng.choice([f"{head}-{tail}", f"{head}/{tail}", f"№ {head}-{tail}"])
            if ex.lang in ("ru", "uk")
            else rng.choice([f"{head}-{tail}", f"{head}{tail}"])
        )
        text = text.replace("№ ", "") if text.startswith("№") else text
    return ex.entity("ACCOUNT", text, ("contract", head + tail))


def email_seg(ex: Exchange, value: str | None = None) -> tuple:
    rng = ex.rng
    if value is None:
        firsts, surs = LATIN[ex.lang]
        login = rng.choice(firsts) + rng.choice([".", "_", ""]) + rng.choice(surs)
        if rng.random() < 0.4:
            login += str(rng.randint(70, 99))
        value = rd.email_value(login, ex.lang, rng)
    return ex.entity("EMAIL", rd.email(ex.lang, ex.style, value, rng), ("email", value))


def address_seg(ex: Exchange) -> tuple:
    rng, lang = ex.rng, ex.lang
    street_w, street_s = rng.choice(ex.bank["streets"])
    house, flat = rng.randint(1, 180), rng.randint(1, 140) if rng.random() < 0.7 else 0
    if ex.asr:
        words = [street_s.lower()] if lang != "en" else []
        house_w = " ".join(num.cardinal(lang, house))
        if lang in ("ru", "uk"):
            words += [ex.bank["house"][1], house_w]
        elif lang == "lt":
            words += [house_w]
        else:
            words = ([f"flat {' '.join(num.cardinal('en', flat))}"] if flat else []) + [
                house_w,
                street_s.lower(),
            ]
        if flat and lang != "en":
            words += [ex.bank["flat"][1], " ".join(num.cardinal(lang, flat))]
        text = " ".join(words)
    elif lang in ("ru", "uk"):
        text = f"{street_w}, {ex.bank['house'][0]} {house}" + (
            f", {ex.bank['flat'][0]} {flat}" if flat else ""
        )
    elif lang == "lt":
        text = f"{street_w} {house}" + (rng.choice([f"-{flat}", f", butas {flat}"]) if flat else "")
    else:
        text = (f"Flat {flat}, " if flat else "") + f"{house} {street_w}"
    return ex.entity("ADDRESS", text)


def person_slot(ex: Exchange, person: Person, which: tuple[int, ...] | None = None):
    """A slot filler that labels the person's name in whatever case the line asks for."""

    def fill(case: str) -> tuple:
        if ex.lang == "en":
            case = "nom"
        return ex.entity("PERSON", person.form(case, which))

    return fill


def spelled_seg(ex: Exchange, person: Person) -> tuple:
    letters = [c for c in person.letters if c.isalpha()]
    text = " ".join(c.lower() for c in letters) if ex.asr else "-".join(c.upper() for c in letters)
    return ex.entity("PERSON", text)


def address_form(ex: Exchange, person: Person) -> tuple[tuple[int, ...], str]:
    """How the agent addresses the customer: first name (+patronymic) in the vocative."""
    if ex.lang == "ru":
        return ((0, 1) if len(person.parts) == 3 else (0,)), "nom"
    if ex.lang == "uk":
        return ((0, 1) if len(person.parts) == 3 and ex.rng.random() < 0.5 else (0,)), "voc"
    if ex.lang == "lt":
        return (0,), "voc"
    return (0,), "nom"


# --- decoy values ---------------------------------------------------------------------------


def decoy_values(ex: Exchange) -> dict[str, str]:
    rng, lang, style = ex.rng, ex.lang, ex.style
    order = str(rng.randint(10**7, 10**10))
    return {
        "money": rd.money(lang, style, rng),
        "time": rd.clock(lang, style, rng),
        "date": rd.appointment(lang, style, rng),
        "room": rd.count(lang, style, rng.randint(2, 320)),
        "last4": rd.digits_text(lang, style, f"{rng.randint(0, 9999):04d}", rng, "pairs", False),
        "order": rd.digits_text(lang, style, order, rng, None, False),
        "hotline": rd.hotline(lang, style, rng),
        "menu": rd.count(lang, style, rng.randint(1, 9)),
        "menu2": rd.count(lang, style, rng.randint(1, 9)),
        "n": rd.count(lang, style, rng.randint(10, 14)),
        "gb": rd.count(lang, style, rng.choice([10, 15, 20, 30, 50])),
        "min": rd.count(lang, style, rng.choice([200, 300, 500, 800])),
        "train": rd.count(lang, style, rng.randint(100, 899)),
        "car": rd.count(lang, style, rng.randint(1, 16)),
        "seat": rd.count(lang, style, rng.randint(1, 64)),
        "year": rd.year(lang, style, rng.randint(2009, 2023)),
        "reading": rd.count(lang, style, rng.randint(1200, 9800)),
        "city": rng.choice(ex.bank["cities"]),
    }


def greet(ex: Exchange, setting: tuple[str, str, str]) -> None:
    ex.say(
        "agent",
        ex.line("greet"),
        company=setting[0],
        agent=ex.rng.choice(ex.bank["agents"]),
        **decoy_values(ex),
    )


# --- templates with entities -------------------------------------------------------------------


def t_card_pay(ex: Exchange, setting) -> str:
    rng = ex.rng
    card = card_value(rng)
    mode = rng.choice(["full", "split", "readback", "blind"])
    parts = rng.choice([2, 3])
    if mode != "split" or parts == 2:
        ex.say("customer", ex.line("pay"), payable=setting[1])
    ex.say("agent", ex.line("ask_card"))
    if mode == "split":
        ex.tags.add("split")
        segs = card_pieces(ex, card, parts)
        for i, seg in enumerate(segs):
            if i:
                ex.say("agent", ex.line("ack"))
            ex.say("customer", "{c}", c=seg)
        ex.say("agent", ex.line("readback_exp"), card=card_seg(ex, card, readback=True))
        ex.tags.add("readback")
        if parts == 2:
            ex.say("customer", ex.line("exp_line"), exp=expiry_seg(ex))
        return "card_split"
    ex.say("customer", ex.line("card_line"), card=card_seg(ex, card))
    if mode == "blind":
        ex.tags.update({"readback", "blind_caller"})
        ex.say("customer", ex.line("blind"), join=True)
        ex.say("agent", ex.line("readback"), card=card_seg(ex, card, readback=True))
        ex.say("customer", ex.line("yes"))
        return "card_blind"
    if mode == "readback":
        ex.tags.add("readback")
        ex.say("agent", ex.line("readback_exp"), card=card_seg(ex, card, readback=True))
        ex.say("customer", ex.line("exp_line"), exp=expiry_seg(ex))
        ex.say("agent", ex.line("ask_cvv"))
        ex.say("customer", ex.line("cvv_line"), cvv=cvv_seg(ex, card))
        return "card_readback"
    ex.say("agent", ex.line("ask_exp"))
    ex.say("customer", ex.line("exp_line"), exp=expiry_seg(ex))
    ex.say("agent", ex.line("ask_cvv"))
    ex.say("customer", ex.line("cvv_line"), cvv=cvv_seg(ex, card))
    return "card_full"


def t_card_two(ex: Exchange, setting) -> str:
    rng = ex.rng
    wrong, right = card_value(rng), card_value(rng)
    ex.tags.update({"two_cards", "correction", "readback"})
    greet(ex, setting)
    ex.say("customer", ex.line("pay"), payable=setting[1])
    ex.say("agent", ex.line("ask_card"))
    ex.say("customer", ex.line("wrong_card"), card=card_seg(ex, wrong))
    ex.say("agent", ex.line("ask_right_card"))
    ex.say("customer", ex.line("card_line"), card=card_seg(ex, right))
    ex.say("agent", ex.line("readback_exp"), card=card_seg(ex, right, readback=True))
    return "card_two_cards"


def t_phone(ex: Exchange, setting) -> str:
    rng = ex.rng
    style = rng.choice(["full", "full", "dimin", "foreign"])
    person = make_person(ex.lang, rng, style)
    which = rng.choice([None, (0,), (len(person.parts) - 1,)]) if len(person.parts) > 1 else None
    greet(ex, setting)
    ex.say("customer", ex.line("my_name"), p=person_slot(ex, person, which))
    parts, case = address_form(ex, person)
    ex.say("agent", ex.line("ask_phone"), p=lambda _: person_slot(ex, person, parts)(case))
    value = rd.phone_value(ex.lang, rng)
    mode = rng.choice(["readback", "relative", "bad_line", "split"])
    if mode == "bad_line":
        ex.tags.add("abroad_bad_line")
        ex.say(
            "customer", ex.line("bad_line"), phone=phone_seg(ex, value), phone2=phone_seg(ex, value)
        )
        ex.say("agent", ex.line("phone_readback"), phone=phone_seg(ex, value))
        return "phone_bad_line"
    if mode == "split" and ex.asr:
        ex.tags.add("split")
        text = rd.phone(ex.lang, ex.style, value, rng).split()
        cut = len(text) // 2
        first = ex.entity("PHONE", " ".join(text[:cut]), ("phone", value))
        ex.say("customer", "{p}", p=first)
        ex.say("agent", ex.line("ack"))
        ex.say("customer", "{p}", p=ex.again(first, " ".join(text[cut:])))
        ex.say("agent", ex.line("phone_readback"), phone=phone_seg(ex, value))
        return "phone_split"
    ex.say("customer", ex.line("phone_line"), phone=phone_seg(ex, value))
    if mode == "relative":
        rel = make_person(ex.lang, rng, rng.choice(["full", "dimin"]))
        rel_which = (0,) if len(rel.parts) > 1 else None
        rel_word = rng.choice(ex.bank["rel_gen"]["f" if rel.female else "m"])
        ex.say(
            "customer",
            ex.line("relative_phone"),
            join=True,
            rel=rel_word,
            p=person_slot(ex, rel, rel_which),
            phone=phone_seg(ex),
        )
        ex.tags.add("relative")
        return "phone_relative"
    ex.tags.add("readback")
    ex.say("agent", ex.line("phone_readback"), phone=phone_seg(ex, value))
    ex.say("customer", ex.line("yes"))
    return "phone_readback"


def t_identity(ex: Exchange, setting) -> str:
    rng = ex.rng
    person = make_person(ex.lang, rng, "full")
    day = born(rng)
    kinds = nid_kinds(ex.lang)
    kind = rng.choice(kinds)
    ex.say(
        "agent",
        ex.line("greet") + " " + ex.line("id_ask"),
        company=setting[0],
        agent=rng.choice(ex.bank["agents"]),
    )
    ex.say("customer", ex.line("id_name_dob"), p=person_slot(ex, person), dob=dob_seg(ex, day))
    ex.say("agent", rng.choice(ex.bank["ask_nid"][kind]))
    ex.say("customer", ex.line("nid_line"), nid=nid_seg(ex, kind, day, person.female))
    second = rng.random() < 0.45
    if second:
        other = rng.choice(kinds)
        ex.say("agent", ex.line("ok"))
        ex.say(
            "customer",
            rng.choice(ex.bank["nid_second"][other]),
            nid=nid_seg(ex, other, born(rng), not person.female),
        )
    elif person.letters and rng.random() < 0.6:
        ex.tags.add("spelled")
        ex.say("agent", ex.line("spell_ask"))
        ex.say("customer", ex.line("spell_line"), spell=spelled_seg(ex, person))
    ex.say("agent", ex.line("done_ticket"), **decoy_values(ex))
    return "identity"


def t_passport(ex: Exchange, setting) -> str:
    rng = ex.rng
    trustee = make_person(ex.lang, rng, rng.choice(["full", "full", "dimin"]))
    ex.say("customer", ex.line("want") + " {r}.", r=setting[2])
    ex.say("agent", ex.line("passport_ask"))
    ex.say("customer", ex.line("passport_line"), **{"pass": passport_seg(ex)})
    ex.say("agent", ex.line("addr_ask"))
    ex.say("customer", ex.line("addr_line"), addr=address_seg(ex), **decoy_values(ex))
    if rng.random() < 0.7:
        ex.say("customer", ex.line("trustee"), p=person_slot(ex, trustee))
    return "passport_address"


def t_refund(ex: Exchange, setting) -> str:
    rng = ex.rng
    person = make_person(ex.lang, rng, "full")
    ex.say("customer", ex.line("want") + " {r}.", r=setting[2])
    ex.say("agent", ex.line("refund_where"))
    ex.say("customer", ex.line("acc_line"), acc=account_seg(ex))
    ex.say("agent", ex.line("contract_ask"))
    ex.say(
        "customer",
        ex.line("contract_line") + " " + ex.line("my_name"),
        contract=contract_seg(ex),
        p=person_slot(ex, person),
    )
    ex.say("agent", ex.line("email_ask"))
    ex.say("customer", ex.line("email_line"), email=email_seg(ex))
    return "refund_account"


def t_third_party(ex: Exchange, setting) -> str:
    rng = ex.rng
    greet(ex, setting)
    if rng.random() < 0.5:
        ex.tags.add("teenager_for_parent")
        mother = make_person(ex.lang, rng, "full", female=True)
        which = rng.choice([None, (0, 1)]) if ex.lang in ("ru", "uk") else None
        ex.say("customer", ex.line("teen"), p=person_slot(ex, mother))
        ex.say("agent", ex.line("teen_agent"), p=person_slot(ex, mother, which))
        ex.say("customer", ex.line("teen_c"), phone=phone_seg(ex))
        ex.say("agent", ex.line("teen_agent2"), p=person_slot(ex, mother, which))
        return "teen_for_parent"
    ex.tags.add("lawyer_for_client")
    client = make_person(ex.lang, rng, rng.choice(["full", "full", "foreign"]))
    day = born(rng)
    kind = {"ru": "inn", "uk": "rnokpp", "en": "ni", "lt": "ak"}[ex.lang]
    last = (len(client.parts) - 1,)
    ex.say("customer", ex.line("lawyer"), p=person_slot(ex, client))
    ex.say("agent", ex.line("lawyer_agent"))
    ex.say(
        "customer",
        ex.line("lawyer_c"),
        contract=contract_seg(ex),
        nid=nid_seg(ex, kind, day, client.female),
    )
    ex.say("agent", ex.line("lawyer_agent2"), p=person_slot(ex, client, last))
    return "lawyer_for_client"


def t_leak_email(ex: Exchange, setting) -> str:
    rng = ex.rng
    greet(ex, setting)
    ex.say("customer", ex.line("leak"), addr=address_seg(ex))
    ex.say("agent", ex.line("contact_ask"))
    firsts, surs = LATIN[ex.lang]
    value = rd.email_value(rng.choice(firsts) + "." + rng.choice(surs), ex.lang, rng)
    ex.say("customer", ex.line("email_line"), email=email_seg(ex, value))
    if rng.random() < 0.6:
        ex.tags.add("readback")
        ex.say("agent", ex.line("email_readback"), email=email_seg(ex, value))
    if rng.random() < 0.5:
        ex.say("customer", ex.line("phone_line"), phone=phone_seg(ex))
    return "address_email"


def t_kid(ex: Exchange, setting) -> str:
    rng = ex.rng
    parent = make_person(ex.lang, rng, "full")
    child = make_person(ex.lang, rng, rng.choice(["full", "dimin"]))
    which = (0,) if len(child.parts) > 1 else None
    greet(ex, setting)
    ex.say(
        "customer",
        ex.line("kid"),
        p=person_slot(ex, child, which),
        dob=dob_seg(ex, born(rng, True)),
    )
    ex.say("agent", ex.line("ask_name"))
    ex.say("customer", ex.line("my_name"), p=person_slot(ex, parent))
    ex.say("agent", ex.line("spell_ask"))
    ex.say("customer", ex.line("spell_line"), spell=spelled_seg(ex, parent))
    ex.tags.add("spelled")
    return "kid_enrolment"


ENTITY_CYCLE = [
    t_card_pay,
    t_phone,
    t_card_pay,
    t_identity,
    t_card_two,
    t_phone,
    t_card_pay,
    t_passport,
    t_third_party,
    t_card_pay,
    t_refund,
    t_phone,
    t_leak_email,
    t_identity,
    t_kid,
    t_card_two,
    t_passport,
    t_identity,
]


# --- decoy templates ---------------------------------------------------------------------------


def decoy(keys: list[str]):
    def make(ex: Exchange, setting) -> str:
        dv = decoy_values(ex)
        if ex.rng.random() < 0.6:
            greet(ex, setting)
        for i, key in enumerate(keys):
            role = (
                "agent"
                if key.endswith("_a")
                or (i % 2 == 0 and not key.endswith("_c") and key not in CUSTOMER_FIRST)
                else "customer"
            )
            ex.say(role, ex.line(key), join=i == 0, **dv)
        ex.tags.update({"decoy", "no_entity"})
        return "decoy_" + keys[0][2:]

    return make


CUSTOMER_FIRST = {"d_order", "d_train", "d_meter"}
DECOY_CYCLE = [
    decoy(["d_appt", "d_appt_c", "d_appt_a"]),
    decoy(["d_cardend", "d_cardend_c", "d_cardend_a"]),
    decoy(["d_order", "d_order_a"]),
    decoy(["d_hotline", "d_hotline_c", "d_hotline_a"]),
    decoy(["d_tariff", "d_tariff_c"]),
    decoy(["d_train", "d_train_a"]),
    decoy(["d_place", "d_place_c", "d_place_a"]),
    decoy(["d_meter", "d_meter_a"]),
    decoy(["d_company", "d_company_c"]),
    decoy(["d_meals", "d_meals_c"]),
]


# --- build, check, write ---------------------------------------------------------------------

LANG_COUNTS = {"ru": 200, "uk": 100, "en": 100, "lt": 100}


def plan(rng: random.Random) -> list[tuple[str, str, bool]]:
    """(lang, style, is_decoy) for every record: exact language shares, half ASR, 40 % decoys."""
    rows = []
    for lang, n in LANG_COUNTS.items():
        for i in range(n):
            rows.append((lang, "asr" if i % 2 else "written", (i // 2) % 5 < 2))
    rng.shuffle(rows)
    return rows


def build() -> list[dict]:
    rng = random.Random(SEED)
    cursor: Counter = Counter()
    records = []
    for number, (lang, style, is_decoy) in enumerate(plan(rng), 1):
        ex = Exchange(lang, style, rng)
        settings = BANKS[lang]["settings"]
        setting = settings[cursor[(lang, "setting")] % len(settings)]
        cursor[(lang, "setting")] += 1
        cycle = DECOY_CYCLE if is_decoy else ENTITY_CYCLE
        key = (lang, style, is_decoy)
        template = cycle[cursor[key] % len(cycle)](ex, setting)
        cursor[key] += 1
        turns, entities = ex.render()
        records.append(
            {
                "id": f"b13-{lang}-{style[0]}-{number:04d}",
                "lang": lang,
                "style": style,
                "split": "blind13",
                "template": f"{lang}_{template}",
                "tags": sorted(ex.tags),
                "turns": turns,
                "entities": entities,
                "_checks": ex.checks,
            }
        )
    return records


VALIDATORS = {
    "card": lambda v: num.luhn_ok(v) and 13 <= len(v) <= 19,
    "iban": num.iban_ok,
    "inn": num.inn_ok,
    "snils": num.snils_ok,
    "rnokpp": num.rnokpp_ok,
    "ak": num.lt_code_ok,
    "ni": num.ni_ok,
    "ssn": num.ssn_ok,
}


def self_check(records: list[dict]) -> None:
    for rec in records:
        turns = rec["turns"]
        assert 2 <= len(turns) <= 7, (rec["id"], len(turns))
        assert all(t["role"] in ("agent", "customer") and t["text"] for t in turns), rec["id"]
        if rec["style"] == "asr":
            for t in turns:
                assert not re.search(r"[0-9.,!?;:«»()\"]", t["text"]), (rec["id"], t["text"])
                assert t["text"] == t["text"].lower(), (rec["id"], t["text"])
        for ent, check in zip(rec["entities"], rec["_checks"], strict=True):
            for (t, s, e), (tp, ps, pe), text in zip(
                ent["chars"], ent["pieces"], ent["text"], strict=True
            ):
                assert t == tp and turns[t]["text"][s:e] == text, (rec["id"], text)
                tokens = turns[t]["text"].split()[ps:pe]
                assert " ".join(tokens).startswith(text), (rec["id"], tokens, text)
                assert len(" ".join(tokens)) - len(text) <= 2, (rec["id"], tokens, text)
            if check is None:
                continue
            kind, value = check
            if kind in VALIDATORS:
                assert VALIDATORS[kind](value), (rec["id"], kind, value)
            if rec["style"] == "written" and kind not in ("email",):
                said = "".join(re.findall(r"[0-9A-ZА-ЯІЇЄ]", "".join(ent["text"])))
                same = said[-8:] == value[-8:] if kind == "phone" else said == value
                assert same, (rec["id"], said, value)
        if "no_entity" in rec["tags"]:
            assert not rec["entities"], rec["id"]


def dump(records: list[dict]) -> str:
    out = []
    for rec in records:
        rec = {k: v for k, v in rec.items() if k != "_checks"}
        out.append(json.dumps(rec, ensure_ascii=False))
    return "\n".join(out) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--check", action="store_true", help="only verify, write nothing")
    args = parser.parse_args()
    records = build()
    self_check(records)
    text = dump(records)
    assert text == dump(build()), "output differs between two runs"
    if not args.check:
        args.out.write_text(text, encoding="utf-8")
    counts = Counter(e["type"] for r in records for e in r["entities"])
    print(len(records), "records;", dict(sorted(counts.items())))


if __name__ == "__main__":
    main()
