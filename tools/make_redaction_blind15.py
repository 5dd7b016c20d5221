"""Generate benchmarks/data/redaction_blind15.jsonl: a blind labelled redaction set.

Written without looking at the detector, its tests or any earlier set (see the README's
blindness statement); every check digit is computed here. Deterministic: seed 1515.

    python tools/make_redaction_blind15.py [--out PATH]
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from blind15_numbers import (
    TENS,
    asmens_kodas,
    iban,
    iban_ok,
    inn12,
    luhn_complete,
    luhn_ok,
    rnokpp,
    say,
    say_digits,
    snils,
)
from blind15_phrases import (
    AGENTS,
    AT_DOT,
    FILLERS,
    MONTHS,
    MONTHS_NOM,
    NAMES,
    REPAIR,
    SETTINGS,
    THOUSAND_NINE,
    P,
)

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "benchmarks" / "data" / "redaction_blind15.jsonl"
SEED = 1515
LANG_COUNTS = {"ru": 160, "uk": 80, "en": 80, "lt": 80}
NO_SPACE_BEFORE = ",.?!…"
UK_LETTERS = {"М": "ем", "К": "ка", "Е": "е", "Н": "ен", "Т": "те", "В": "ве"}


@dataclass
class Ent:
    """One piece of one labelled value; pieces sharing a key form one entity."""

    key: int
    type: str
    text: str


class Maker:
    """Builds one exchange in one language and style."""

    def __init__(self, lang: str, style: str, rng: random.Random, deck: list[str]) -> None:
        self.lang, self.style, self.rng = lang, style, rng
        self.asr = style == "asr"
        self.p = P[lang]
        self.keys = 0
        self.tags: set[str] = set()
        self.used: set[str] = set()
        self.deck = deck  # shared across exchanges so every type gets its share

    def pick(self, key: str) -> str:
        return self.rng.choice(self.p[key])

    def ent(self, kind: str, text: str) -> Ent:
        self.keys += 1
        self.tags.add(kind.lower())
        return Ent(self.keys, kind, text)

    def digits(self, count: int, first: str = "") -> str:
        return first + "".join(str(self.rng.randrange(10)) for _ in range(count - len(first)))

    def spoken(self, digits: str) -> str:
        return say_digits(digits, self.lang, self.rng)

    def say_run(self, digits: str) -> str:
        """Amounts, hours and rooms are said as numbers; longer codes digit by digit."""
        if len(digits) <= 3 and digits[0] != "0":
            return say(int(digits), self.lang)
        return self.spoken(digits)

    def clean(self, text: str) -> str:
        """Lower a written phrase to asr: digits to words, no punctuation, no capitals."""
        text = re.sub(r"(\d+):00", r"\1", text)
        text = re.sub(r"(?<=\d)[-/:.](?=\d)", " ", text)
        text = re.sub(r"\d+", lambda m: self.say_run(m.group()), text)
        text = re.sub(r"[,.?!:;«»„“\"()…/]", " ", text.lower())
        return " ".join(text.split())

    # --- values -------------------------------------------------------------------------

    def card_number(self) -> str:
        length, prefix = self.rng.choice([(16, "4"), (16, "5"), (16, "22"), (15, "37"),
                                          (13, "4"), (19, "62"), (16, "6")])
        number = luhn_complete(self.digits(length - 1, prefix))
        assert luhn_ok(number)
        return number

    def card_groups(self, number: str) -> list[str]:
        sizes = self.rng.choice([[4, 4, 4, 4], [4, 4, 4, 4], [3, 5, 4, 4], [8, 8], [2, 6, 4, 4],
                                 [4, 6, 6], [6, 10]])
        groups, i = [], 0
        for size in sizes:
            if i < len(number):
                groups.append(number[i:i + size])
                i += size
        if i < len(number):
            groups[-1] += number[i:]
        return [g for g in groups if g]

    def say_group(self, group: str) -> str:
        """Speak one group, sometimes with a self-repair or filler inside the value."""
        words = self.spoken(group)
        roll = self.rng.random()
        if roll < 0.12:
            wrong = str((int(group[-1]) + 3) % 10)
            words = f"{self.spoken(group[:-1] + wrong)} {REPAIR[self.lang]} {words}"
            self.tags.add("self_repair")
        elif roll < 0.22:
            words = f"{words} {self.rng.choice(FILLERS[self.lang])}"
            self.tags.add("filler_inside")
        return words

    def expiry(self) -> str:
        month, year = self.rng.randint(1, 12), self.rng.randint(26, 32)
        if self.asr:
            choice = self.rng.randrange(3)
            if choice == 0:
                return f"{self.spoken(f'{month:02d}')} {say(year, self.lang)}"
            if choice == 1:
                return (f"{MONTHS_NOM[self.lang].split()[month - 1]} "
                        f"{TWENTY_WORD[self.lang]} {say(year, self.lang)}")
            return f"{say(month, self.lang)} {say(year, self.lang)}"
        name = MONTHS_NOM[self.lang].split()[month - 1]
        return self.rng.choice([f"{month:02d}/{year}", f"{month:02d}/20{year}",
                                f"{month:02d}.{year}", f"{name.capitalize()} 20{year}"])

    def cvv(self) -> str:
        code = self.digits(3)
        if not self.asr:
            return code
        return say(int(code), self.lang) if code[0] != "0" else self.spoken(code)

    def phone(self) -> str:
        rng, d = self.rng, self.digits
        if self.lang == "ru":
            body = d(10, "9")
            written = rng.choice([f"+7 {body[:3]} {body[3:6]}-{body[6:8]}-{body[8:]}",
                                  f"8 {body[:3]} {body[3:6]} {body[6:]}", f"8{body}"])
            said = rng.choice(["плюс семь ", "восемь ", ""]) + self.spoken(body)
        elif self.lang == "uk":
            body = d(9, rng.choice(["67", "50", "93", "97"]))
            written = rng.choice([f"+380 {body[:2]} {body[2:5]} {body[5:7]} {body[7:]}",
                                  f"0{body[:2]} {body[2:5]} {body[5:]}"])
            said = rng.choice(["плюс триста вісімдесят ", "нуль "]) + self.spoken(body)
        elif self.lang == "en":
            body = d(9, "7")
            written = rng.choice([f"0{body[:4]} {body[4:]}", f"+44 {body[:4]} {body[4:]}"])
            said = rng.choice(["oh ", "zero ", "plus four four "]) + self.spoken(body)
        else:
            body = d(8, "6")
            written = rng.choice([f"+370 {body[:3]} {body[3:]}", f"8 {body}", f"8{body}"])
            said = rng.choice(["plius trys šimtai septyniasdešimt ", "aštuoni ", ""]) \
                + self.spoken(body)
        return said if self.asr else written

    def email(self) -> str:
        nominative = self.rng.choice(NAMES["en"])[0] if self.lang == "en" else None
        stems = {"ru": ["m.kotova", "shubin.oleg", "vlapina", "t.rakhimov"],
                 "uk": ["oksana.melnyk", "t.bondar", "savchuk.iryna", "lysenko.b"],
                 "lt": ["ruta.petrauskiene", "m.kazlauskas", "egle.v", "tomas.zuk"],
                 "en": [nominative.lower().replace(" ", ".") if nominative else "x"]}
        domains = {"ru": ["mail.ru", "yandex.ru", "inbox.ru"], "uk": ["ukr.net", "gmail.com"],
                   "lt": ["gmail.com", "inbox.lt"], "en": ["gmail.com", "outlook.com"]}
        local = self.rng.choice(stems[self.lang])
        if self.rng.random() < 0.4:
            local += str(self.rng.randint(70, 99))
        domain = self.rng.choice(domains[self.lang])
        if not self.asr:
            return f"{local}@{domain}"
        at, dot = AT_DOT[self.lang]
        spoken_local = re.sub(r"\d+", lambda m: " " + self.spoken(m.group()) + " ", local)
        spoken_local = spoken_local.replace(".", f" {dot} ")
        return " ".join(f"{spoken_local} {at} {domain.replace('.', f' {dot} ')}".split())

    def passport(self) -> str:
        d = self.digits
        if self.lang == "ru":
            series, number = d(4), d(6)
            return self.spoken(series + number) if self.asr else self.rng.choice(
                [f"{series} {number}", f"{series[:2]} {series[2:]} {number}"])
        if self.lang == "uk":
            if self.rng.random() < 0.5:
                letters, number = self.rng.choice(["МК", "ЕН", "ВК", "ТТ", "КМ"]), d(6)
                if self.asr:
                    return " ".join(UK_LETTERS[c] for c in letters) + " " + self.spoken(number)
                return f"{letters} {number}"
            number = d(9, "0")
            return self.spoken(number) if self.asr else number
        number = d(8, str(self.rng.randint(1, 2))) if self.lang == "lt" else d(9, "5")
        return self.spoken(number) if self.asr else number

    def national_id(self) -> tuple[str, str]:
        d, rng = self.digits, self.rng
        if self.lang == "ru":
            kind = rng.choice(["inn", "snils"])
            if kind == "inn":
                value = inn12(d(10, "77"))
                return kind, self.spoken(value) if self.asr else value
            value = snils(d(9, "1"))
            written = f"{value[:3]}-{value[3:6]}-{value[6:9]} {value[9:]}"
            return kind, self.spoken(value) if self.asr else written
        if self.lang == "uk":
            value = rnokpp(d(9, str(rng.randint(2, 3))))
            return "rnokpp", self.spoken(value) if self.asr else value
        if self.lang == "lt":
            body = (rng.choice("3456") + f"{rng.randint(50, 99):02d}{rng.randint(1, 12):02d}"
                    f"{rng.randint(1, 28):02d}" + d(3))
            value = asmens_kodas(body)
            return "ak", self.spoken(value) if self.asr else value
        if rng.random() < 0.5:
            letters, number, suffix = rng.choice(["JM", "AB", "KL", "PR", "TW"]), d(6), \
                rng.choice("ABCD")
            if self.asr:
                return "ni", f"{letters[0].lower()} {letters[1].lower()} " \
                    f"{self.spoken(number)} {suffix.lower()}"
            return "ni", rng.choice([f"{letters} {number[:2]} {number[2:4]} {number[4:]} {suffix}",
                                     f"{letters}{number}{suffix}"])
        value = f"{rng.randint(101, 665)}{rng.randint(10, 99)}{rng.randint(1000, 9999)}"
        return "ssn", self.spoken(value) if self.asr else f"{value[:3]}-{value[3:5]}-{value[5:]}"

    def dob(self) -> str:
        day, month, year = self.rng.randint(1, 28), self.rng.randint(1, 12), \
            self.rng.randint(1950, 1999)
        lang, month_gen = self.lang, MONTHS[self.lang].split()[month - 1]
        if self.asr:
            year_words = f"{THOUSAND_NINE[lang]} {say(year % 100, lang)}"
            if lang == "en":
                return f"{month_gen} {say(day, lang)} {year_words}"
            if lang == "lt":
                return f"{year_words} {month_gen} {say(day, lang)}"
            return f"{say(day, lang)} {month_gen} {year_words}"
        if lang == "lt":
            return f"{year}-{month:02d}-{day:02d}"
        if lang == "en":
            return self.rng.choice([f"{day:02d}/{month:02d}/{year}",
                                    f"{day} {month_gen.capitalize()} {year}"])
        return self.rng.choice([f"{day:02d}.{month:02d}.{year}", f"{day} {month_gen} {year}"])

    def account(self, want_iban: bool) -> str:
        d = self.digits
        if want_iban and self.lang != "ru":
            country, bban = {"lt": ("LT", d(16, "7")), "uk": ("UA", "305299" + d(19)),
                             "en": ("GB", "NWBK" + d(14, "6"))}[self.lang]
            value = iban(country, bban)
            assert iban_ok(value)
            if self.asr:
                letters = " ".join(c.lower() for c in country)
                if country == "GB":
                    return f"{letters} {self.spoken(value[2:4])} n w b k {self.spoken(value[8:])}"
                return f"{letters} {self.spoken(value[2:])}"
            return self.rng.choice([value, " ".join(value[i:i + 4]
                                                    for i in range(0, len(value), 4))])
        if want_iban:
            value = "40817810" + d(12)
            return self.spoken(value) if self.asr else value
        value = d(self.rng.choice([8, 9, 10]), str(self.rng.randint(1, 9)))
        if self.asr:
            return self.spoken(value)
        return self.rng.choice([value, f"{value[:4]}-{value[4:]}", f"{value[:2]}/{value[2:]}"])

    def address(self) -> str:
        street, house_word = self.rng.choice(self.p["streets"])
        house, flat = self.rng.randint(1, 140), self.rng.randint(1, 90)
        with_flat = self.rng.random() < 0.6
        flat_word = {"ru": "квартира", "uk": "квартира", "en": "flat", "lt": "butas"}[self.lang]
        if self.asr:
            street_words = self.clean(street).replace(" g", " gatvė").replace(" pr", " prospektas")
            house_words = {"ru": "дом", "uk": "будинок", "en": "", "lt": ""}[self.lang]
            if self.lang == "en":
                text = f"{say(house, 'en')} {street_words}"
                return f"{flat_word} {say(flat, 'en')} {text}" if with_flat else text
            text = " ".join(f"{street_words} {house_words} {say(house, self.lang)}".split())
            return f"{text} {flat_word} {say(flat, self.lang)}" if with_flat else text
        if self.lang == "en":
            text = f"{house} {street}"
            return f"Flat {flat}, {text}" if with_flat else text
        if self.lang == "lt":
            return f"{street} {house}-{flat}" if with_flat else f"{street} {house}"
        text = f"{street}, {house_word} {house}"
        return f"{text}, {self.p['flat']} {flat}" if with_flat else text

    def name(self, case: int) -> str:
        value = self.rng.choice(NAMES[self.lang])[case]
        return value.lower() if self.asr else value

    # --- decoys -------------------------------------------------------------------------

    def decoy(self) -> str:
        rng = self.rng
        template = rng.choice([d for d in self.p["decoys"] if d not in self.used])
        self.used.add(template)
        hot = f"{rng.randint(100, 999)}-{rng.randint(10, 99)}-{rng.randint(10, 99)}" \
            if self.lang in ("ru", "uk") else f"{rng.randint(100, 999)} {rng.randint(1000, 9999)}"
        month = MONTHS[self.lang].split()[rng.randrange(12)]
        if self.lang == "en":
            month = month.capitalize()
        text = template.format(amt=rng.randint(150, 990), hour=rng.randint(8, 20),
                               day=rng.randint(2, 28), month=month, card4=self.digits(4),
                               order=self.digits(rng.choice([6, 7])), hot=hot,
                               room=rng.randint(2, 60), room2=rng.randint(1, 30),
                               year=rng.randint(1994, 2019))
        self.tags.add("decoy")
        return text


TWENTY_WORD = {lang: TENS[lang].split()[2] for lang in TENS}


def decoy_exchange(m: Maker) -> list[tuple[str, list]]:
    """Only hard negatives: agent name, amounts, times, order numbers, cities..."""
    turns: list[tuple[str, list]] = [("agent", [m.pick("greet").format(
        org=m.rng.choice(SETTINGS[m.lang]), agent=m.rng.choice(AGENTS[m.lang]))])]
    for index in range(m.rng.randint(1, 5)):
        turns.append(("customer" if index % 2 == 0 else "agent", [m.decoy()]))
    return turns


def card_pairs(m: Maker) -> list[tuple[list, list]]:
    """Card, split across turns or not, optional agent read-back, expiry and CVV."""
    number = m.card_number()
    groups = m.card_groups(number)
    pieces = [m.say_group(g) for g in groups] if m.asr else groups
    split = len(pieces) > 1 and m.rng.random() < 0.35
    cut = m.rng.randint(1, len(pieces) - 1) if split else len(pieces)
    key_ent = m.ent("CARD", "")
    joiner = " " if m.asr else m.rng.choice([" ", " ", "-"])
    first = Ent(key_ent.key, "CARD", joiner.join(pieces[:cut]))
    pairs: list[tuple[list, list]] = [([m.pick("card_ask")], [m.pick("card_lead"), first, "."])]
    if split:
        m.tags.add("split")
        pairs.append(([m.pick("more")], [Ent(key_ent.key, "CARD", joiner.join(pieces[cut:])),
                                        "."]))
    ask: list = []
    if m.rng.random() < 0.5:
        m.tags.add("readback")
        said = m.spoken(number) if m.asr else " ".join(number[i:i + 4]
                                                       for i in range(0, len(number), 4))
        ask += [m.pick("readback"), m.ent("CARD", said), "?"]
    answer: list = []
    if m.rng.random() < 0.65:
        ask.append(m.pick("exp_ask"))
        answer += [m.pick("exp_lead"), m.ent("EXPIRY", m.expiry()), "."]
    if m.rng.random() < 0.55:
        ask.append(m.pick("cvv_ask"))
        answer += [m.pick("cvv_lead"), m.ent("CVV", m.cvv()), "."]
    if ask:
        pairs.append((ask, answer or [m.pick("ok")]))
    return pairs


def block_pair(m: Maker, kind: str) -> tuple[list, list]:
    if kind == "PHONE":
        return [m.pick("phone_ask")], [m.pick("phone_lead"), m.ent("PHONE", m.phone()), "."]
    if kind == "EMAIL":
        return [m.pick("email_ask")], [m.pick("email_lead"), m.ent("EMAIL", m.email()), "."]
    if kind == "PASSPORT":
        return [m.pick("pass_ask")], [m.pick("pass_lead"), m.ent("PASSPORT", m.passport()), "."]
    if kind == "NATIONAL_ID":
        id_kind, value = m.national_id()
        return [m.p["nid_ask"][id_kind]], [m.pick("nid_lead"), m.ent("NATIONAL_ID", value), "."]
    if kind == "DOB":
        return [m.pick("dob_ask")], [m.pick("dob_lead"), m.ent("DOB", m.dob()), "."]
    if kind == "ACCOUNT":
        want_iban = m.rng.random() < 0.45
        ask = m.pick("iban_ask") if want_iban else m.pick("acc_ask")
        return [ask], [m.pick("acc_lead"), m.ent("ACCOUNT", m.account(want_iban)), "."]
    return [m.pick("addr_ask")], [m.pick("addr_lead"), m.ent("ADDRESS", m.address()), "."]


BLOCKS = ["PHONE"] * 5 + ["EMAIL"] * 2 + ["PASSPORT"] * 2 + ["NATIONAL_ID"] * 3 + \
    ["DOB"] * 2 + ["ACCOUNT"] * 3 + ["ADDRESS"] * 2


def entity_exchange(m: Maker) -> list[tuple[str, list]]:
    """Greeting (agent name: not PII), the customer's name, then up to three ask/answer pairs."""
    pairs = card_pairs(m) if m.rng.random() < 0.5 else []
    kinds: list[str] = []
    while len(kinds) < 3:
        if not set(m.deck) - set(kinds):
            m.deck.extend(m.rng.sample(BLOCKS, len(BLOCKS)))
        kind = m.deck.pop()
        if kind in kinds:
            m.deck.insert(0, kind)
        else:
            kinds.insert(0, kind)
    while kinds and len(pairs) < 3 and (not pairs or m.rng.random() < 0.8):
        pairs.append(block_pair(m, kinds.pop()))
    turns: list[tuple[str, list]] = []
    for index, (ask, answer) in enumerate(pairs):
        if index == 0:
            ask = [m.pick("greet").format(org=m.rng.choice(SETTINGS[m.lang]),
                                          agent=m.rng.choice(AGENTS[m.lang])), *ask]
            if m.rng.random() < 0.78:
                answer = [m.pick("intro"), m.ent("PERSON", m.name(0)), ".", *answer]
        elif m.rng.random() < 0.3:
            ask = [m.decoy(), *ask]
        turns += [("agent", ask), ("customer", answer)]
    if m.rng.random() < 0.35:
        case = m.rng.randrange(2)
        lead = m.pick("third_nom" if case == 0 else "third_gen")
        turns[-1][1].extend([lead, m.ent("PERSON", m.name(case)), "."])
    if len(turns) < 6 and m.rng.random() < 0.4:
        turns.append(("agent", [m.decoy()]))
    return turns


def render(m: Maker, turns: list[tuple[str, list]]) -> tuple[list[dict], list[dict]]:
    """Join parts into turn text and turn each labelled piece into token and char spans."""
    out_turns, spans = [], {}
    for turn_index, (role, parts) in enumerate(turns):
        text, marks = "", []
        for part in parts:
            piece = part.text if isinstance(part, Ent) else (m.clean(part) if m.asr else part)
            if not piece:
                continue
            if text and not (piece[0] in NO_SPACE_BEFORE and not isinstance(part, Ent)):
                text += " "
            if isinstance(part, Ent):
                marks.append((part, len(text), len(text) + len(piece)))
            text += piece
        tokens = [(t.start(), t.end()) for t in re.finditer(r"\S+", text)]
        for ent, start, end in marks:
            inside = [i for i, (a, b) in enumerate(tokens) if a < end and b > start]
            assert tokens[inside[0]][0] == start, (text, ent)
            spans.setdefault(ent.key, {"type": ent.type, "pieces": [], "chars": [], "text": []})
            spans[ent.key]["pieces"].append([turn_index, inside[0], inside[-1] + 1])
            spans[ent.key]["chars"].append([turn_index, start, end])
            spans[ent.key]["text"].append(text[start:end])
        out_turns.append({"role": role, "text": text})
    return out_turns, [spans[k] for k in sorted(spans)]


def build() -> list[dict]:
    rng = random.Random(SEED)
    items, number, deck = [], 0, []
    for lang, count in LANG_COUNTS.items():
        for index in range(count):
            number += 1
            style = "asr" if index % 2 else "written"
            m = Maker(lang, style, rng, deck)
            decoy_only = index % 5 in (1, 3)
            turns = decoy_exchange(m) if decoy_only else entity_exchange(m)
            out_turns, entities = render(m, turns)
            tags = sorted(m.tags) + (["no_entity"] if not entities else [])
            items.append({"id": f"b15-{lang}-{style[0]}-{number:04d}", "lang": lang,
                          "style": style, "split": "blind15",
                          "template": f"{lang}_{'decoy' if decoy_only else 'mixed'}",
                          "tags": tags, "turns": out_turns, "entities": entities})
    return items


def check(items: list[dict]) -> None:
    """Every span matches its text; asr turns carry no digits, capitals or punctuation."""
    for item in items:
        for entity in item["entities"]:
            for (t, s, e), (tc, cs, ce), said in zip(entity["pieces"], entity["chars"],
                                                    entity["text"], strict=True):
                text = item["turns"][tc]["text"]
                assert t == tc and text[cs:ce] == said, item["id"]
                assert text.split()[s].startswith(said.split()[0]), item["id"]
                assert text.split()[e - 1].startswith(said.split()[-1]), item["id"]
                assert e - s == len(said.split()), item["id"]
        if item["style"] == "asr":
            for turn in item["turns"]:
                assert turn["text"] == turn["text"].lower(), turn["text"]
                assert not re.search(r"[0-9,.?!:;«»„“]", turn["text"]), turn["text"]
        assert 2 <= len(item["turns"]) <= 6, item["id"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    items = build()
    check(items)
    args.out.write_text("".join(json.dumps(i, ensure_ascii=False) + "\n" for i in items),
                        encoding="utf-8")
    table = Counter((e["type"], i["lang"], i["style"]) for i in items for e in i["entities"])
    for kind in sorted({k[0] for k in table}):
        print(kind, sum(v for k, v in table.items() if k[0] == kind),
              {f"{lang}-{s[0]}": table[(kind, lang, s)] for lang in LANG_COUNTS
               for s in ("written", "asr")})
    print("decoy-only", sum(not i["entities"] for i in items), "of", len(items))


if __name__ == "__main__":
    main()
