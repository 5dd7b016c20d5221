"""Write benchmarks/data/redaction_blind16.jsonl: a blind, payment-card-heavy redaction set.

    python tools/make_redaction_blind16.py [--out PATH]

Written without reading the detector, its tests or earlier sets (see the README's blindness
statement), so scores on it say how the detector copes with dictation habits its author did not
tune for. Deterministic (seed 1616): two runs give byte-identical files.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import blind16_ids as ids
from blind16_phrases import (
    AGENTS,
    CITIES,
    DECOYS,
    HOTLINES,
    NAMES,
    SETTINGS,
    STREETS,
    P,
)
from blind16_words import UNITS, ZERO_ALT, below_100, below_1000, thousands

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "benchmarks" / "data" / "redaction_blind16.jsonl"
SEED = 1616
MONTHS = [
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
]
STRIP = re.compile(r"[.,!?:;«»\"()—/]")


class Exchange:
    """Turns built from plain and labelled segments, so spans are exact by construction."""

    def __init__(self, lang: str, style: str, rng: random.Random) -> None:
        self.lang, self.style, self.rng = lang, style, rng
        self.turns: list[tuple[str, list[tuple[str, int | None]]]] = []
        self.types: list[str] = []
        self.tags: set[str] = set()
        self.blocks: list[int] = [0]

    def block(self) -> None:
        """Mark where a question/answer block starts: exchanges are cut only there."""
        if self.turns and self.blocks[-1] != len(self.turns):
            self.blocks.append(len(self.turns))

    @property
    def asr(self) -> bool:
        return self.style == "asr"

    def entity(self, kind: str) -> int:
        self.types.append(kind)
        return len(self.types) - 1

    def say(self, role: str, *segments: str | tuple[str, int]) -> None:
        segs = [(s, None) if isinstance(s, str) else s for s in segments]
        self.turns.append((role, segs))

    def phrase(self, key: str) -> str:
        value = P[self.lang][key]
        return value if isinstance(value, str) else self.rng.choice(value)

    def num(self, value: int) -> str:
        """A non-PII number as this style writes it (digits, or words in asr)."""
        if not self.asr:
            return str(value)
        if self.lang == "en" and 1900 < value < 2100:
            return " ".join(below_100(int(p), "en") for p in (str(value)[:2], str(value)[2:]))
        return below_1000(value, self.lang) if value < 1000 else thousands(value, self.lang)

    def render(self) -> tuple[list[dict], list[dict]]:
        turns, spans = [], [[] for _ in self.types]
        for index, (role, segs) in enumerate(self.turns):
            clean = []
            for text, eid in segs:
                text = " ".join(text.split())
                if self.asr:
                    text = " ".join(STRIP.sub(" ", text.lower()).split())
                if text:
                    clean.append([text, eid])
            if not self.asr and clean:
                if clean[0][1] is None:
                    clean[0][0] = clean[0][0][0].upper() + clean[0][0][1:]
                if clean[-1][1] is None and clean[-1][0][-1] not in ".?!":
                    clean[-1][0] += "."
            text, token, char = "", 0, 0
            for seg, eid in clean:
                if text:
                    text += " "
                    char += 1
                width = len(seg.split())
                if eid is not None:
                    pieces = spans[eid]
                    if pieces and pieces[-1][0] == index and pieces[-1][2] == token:
                        pieces[-1][2] = token + width
                        pieces[-1][4] = char + len(seg)
                    else:
                        pieces.append([index, token, token + width, char, char + len(seg)])
                text += seg
                token += width
                char += len(seg)
            turns.append({"role": role, "text": text})
        entities = []
        for kind, pieces in zip(self.types, spans, strict=True):
            entities.append(
                {
                    "type": kind,
                    "pieces": [p[:3] for p in pieces],
                    "chars": [[p[0], p[3], p[4]] for p in pieces],
                    "text": [turns[p[0]]["text"][p[3] : p[4]] for p in pieces],
                }
            )
        return turns, entities


# ---------------------------------------------------------------- spoken digit strings


def digit_words(digits: str, ex: Exchange) -> str:
    words, i = [], 0
    while i < len(digits):
        run = len(digits[i:]) - len(digits[i:].lstrip(digits[i]))
        if ex.lang == "en" and run >= 2 and ex.rng.random() < 0.6:
            take = min(run, 3)
            word = (
                "oh" if digits[i] == "0" and ex.rng.random() < 0.5 else UNITS["en"][int(digits[i])]
            )
            words.append(("double " if take == 2 else "triple ") + word)
            i += take
            continue
        word = UNITS[ex.lang][int(digits[i])]
        if digits[i] == "0" and ex.rng.random() < 0.4:
            word = ZERO_ALT[ex.lang]
        words.append(word)
        i += 1
    return " ".join(words)


def chunked(digits: str, size: int, ex: Exchange) -> str:
    parts = [digits[i : i + size] for i in range(0, len(digits), size)]
    out = []
    for part in parts:
        if part[0] == "0" or len(part) == 1:
            out.append(
                digit_words(part, ex)
                if part[0] == "0" and len(part) > 2
                else " ".join(
                    [digit_words(part[0], ex)]
                    + ([below_100(int(part[1:]), ex.lang)] if len(part) > 1 else [])
                )
            )
        elif size == 2:
            out.append(below_100(int(part), ex.lang))
        else:
            out.append(below_1000(int(part), ex.lang) if len(part) == 3 else digit_words(part, ex))
    return " ".join(out)


def say_group(group: str, mode: str, ex: Exchange) -> str:
    """One dictated group of a number, in one of the habits people use."""
    if not ex.asr:
        return group
    if mode == "mixed":
        mode = ex.rng.choice(["digits", "pairs", "thousands", "triples"])
    if mode == "thousands" and len(group) == 4 and group[0] != "0":
        return thousands(int(group), ex.lang)
    if mode == "triples":
        return chunked(group, 3, ex)
    if mode in ("pairs", "thousands"):
        return chunked(group, 2, ex)
    return digit_words(group, ex)


def card_groups(number: str, rng: random.Random) -> list[str]:
    if len(number) == 15:
        return [number[:4], number[4:10], number[10:]]
    if len(number) == 13:
        return [number[:4], number[4:8], number[8:]]
    if len(number) == 19:
        return [number[i : i + 4] for i in range(0, 16, 4)] + [number[16:]]
    if rng.random() < 0.12:
        return [number[i : i + 3] for i in range(0, 15, 3)] + [number[15:]]
    if rng.random() < 0.1:
        return [number[i : i + 2] for i in range(0, 16, 2)]
    return [number[i : i + 4] for i in range(0, 16, 4)]


# ---------------------------------------------------------------- templates


def card_exchange(ex: Exchange) -> None:
    rng, lang = ex.rng, ex.lang
    length = rng.choices([16, 15, 13, 19], [80, 9, 5, 6])[0]
    number = ids.card(rng, length)
    groups = card_groups(number, rng)
    mode = rng.choice(["digits", "pairs", "thousands", "mixed", "triples"])
    ex.tags.update({"card", f"card{length}", f"mode_{mode}"})
    if rng.random() < 0.3:
        ex.say("agent", P[lang]["greet"].format(agent=rng.choice(AGENTS[lang])))
        ex.tags.add("agent_name")
    ex.say("customer", ex.phrase("open").format(thing=rng.choice(SETTINGS[lang])))
    if rng.random() < 0.3:
        ex.say("agent", decoy(ex))
    ex.block()
    ex.say("agent", ex.phrase("ask_card"))
    card = ex.entity("CARD")
    layout = rng.random()
    if layout < 0.4:  # one turn, maybe with pauses and fillers
        ex.tags.add("one_turn")
        segs: list = []
        if not ex.asr and rng.random() < 0.6:
            sep = rng.choice([" ", "-", ""])
            segs.append((sep.join(groups), card))
        else:
            for gi, group in enumerate(groups):
                segs.append((say_group(group, mode, ex), card))
                if gi < len(groups) - 1 and rng.random() < 0.3:
                    segs.append(rng.choice(P[lang]["fillers"]))
                    ex.tags.add("filler")
        ex.say("customer", *segs)
    else:  # split over 2-4 turns, agent echoing or nudging
        ex.tags.add("split")
        cut = rng.randint(2, min(4, len(groups)))
        bounds = [*sorted(rng.sample(range(1, len(groups)), cut - 1)), len(groups)]
        echo = ex.entity("CARD") if rng.random() < 0.4 else None
        wrong_at = rng.randrange(len(bounds)) if rng.random() < 0.25 else None
        start = 0
        for bi, end in enumerate(bounds):
            chunk = groups[start:end]
            segs = []
            for group in chunk:
                segs.append((say_group(group, mode, ex), card))
            if bi == wrong_at:
                bad = chunk[-1][:-1] + str((int(chunk[-1][-1]) + 3) % 10)
                segs = [
                    *segs[:-1],
                    (say_group(bad, mode, ex), card),
                    P[lang]["fix"],
                    (say_group(chunk[-1], mode, ex), card),
                ]
                ex.tags.add("self_repair")
            if bi == 0 and rng.random() < 0.3:
                segs.insert(0, rng.choice(P[lang]["fillers"]))
            ex.say("customer", *segs)
            if end < len(groups):
                if echo is not None:
                    ex.say(
                        "agent",
                        *[(say_group(g, mode, ex), echo) for g in chunk],
                        ex.phrase("go_on"),
                    )
                    ex.tags.add("group_confirm")
                else:
                    ex.say("agent", ex.phrase("go_on"))
            start = end
    if rng.random() < 0.6:
        back = ex.entity("CARD")
        ex.say(
            "agent",
            P[lang]["readback"],
            *[(say_group(g, "digits", ex), back) for g in groups],
            P[lang]["check"],
        )
        ex.say("customer", ex.phrase("yes"))
        ex.tags.add("readback")
    if rng.random() < 0.7:
        month, year = rng.randint(1, 12), rng.randint(26, 33)
        exp = ex.entity("EXPIRY")
        value = (
            f"{month:02d}/{year}"
            if not ex.asr
            else f"{digit_words(f'{month:02d}', ex) if month < 10 else below_100(month, lang)} "
            f"{below_100(year, lang)}"
        )
        ex.block()
        ex.say("agent", ex.phrase("ask_exp"))
        ex.say(
            "customer",
            *([rng.choice(P[lang]["fillers"])] if rng.random() < 0.3 else []),
            (value, exp),
        )
        ex.tags.add("expiry")
    if rng.random() < 0.6:
        code = f"{rng.randint(0, 9999 if length == 15 else 999):0{4 if length == 15 else 3}d}"
        cvv = ex.entity("CVV")
        ex.block()
        ex.say("agent", ex.phrase("ask_cvv"))
        spoken = say_group(code, rng.choice(["digits", "triples"]), ex)
        ex.say("customer", (spoken, cvv))
        ex.tags.add("cvv")
    if rng.random() < 0.4:
        holder = rng.choice(NAMES[lang])
        person = ex.entity("PERSON")
        ex.block()
        ex.say("agent", ex.phrase("ask_name"))
        ex.say("customer", (holder[0], person))
        ex.tags.add("person")
    elif rng.random() < 0.25:
        holder = rng.choice(NAMES[lang])
        person = ex.entity("PERSON")
        ex.block()
        line = P[lang]["third"]
        key = "{gen}" if "{gen}" in line else "{acc}"
        before, after = line.split(key)
        ex.say("customer", before, (holder[2] if key == "{gen}" else holder[1], person), after)
        ex.tags.add("third_party")
    if rng.random() < 0.35:
        phone_turns(ex)
    ex.block()
    ex.say("agent", ex.phrase("close"))


def phone_value(ex: Exchange) -> tuple[str, list[str]]:
    rng = ex.rng
    rest = "".join(rng.choice("0123456789") for _ in range(7))
    if ex.lang == "ru":
        digits, groups = "89" + rng.choice(["16", "26", "03"]) + rest, None
        groups = [digits[0], digits[1:4], digits[4:7], digits[7:9], digits[9:]]
        written = f"+7 {digits[1:4]} {digits[4:7]}-{digits[7:9]}-{digits[9:]}"
    elif ex.lang == "uk":
        digits = "0" + rng.choice(["67", "50", "93"]) + rest
        groups = [digits[:3], digits[3:6], digits[6:8], digits[8:]]
        written = f"+38 {digits[:3]} {digits[3:6]} {digits[6:8]} {digits[8:]}"
    elif ex.lang == "en":
        digits = "07" + rng.choice(["700", "911", "842"]) + rest[:6]
        groups = [digits[:5], digits[5:]]
        written = f"{digits[:5]} {digits[5:]}"
    else:
        digits = "86" + rest[:7]
        groups = [digits[:1], digits[1:4], digits[4:]]
        written = f"8 {digits[1:4]} {digits[4:]}"
    return written, groups


def phone_turns(ex: Exchange) -> None:
    written, groups = phone_value(ex)
    phone = ex.entity("PHONE")
    ex.block()
    ex.say("agent", ex.phrase("ask_phone"))
    if ex.asr:
        mode = ex.rng.choice(["digits", "pairs", "triples"])
        ex.say("customer", *[(say_group(g, mode, ex), phone) for g in groups])
    else:
        ex.say("customer", (written, phone))
    ex.tags.add("phone")


def profile_exchange(ex: Exchange) -> None:
    """Account set-up calls: identity fields around a card or a bank transfer."""
    rng, lang = ex.rng, ex.lang
    ex.say("customer", ex.phrase("open").format(thing=rng.choice(SETTINGS[lang])))
    holder = rng.choice(NAMES[lang])
    person = ex.entity("PERSON")
    ex.block()
    ex.say("agent", ex.phrase("ask_name"))
    ex.say("customer", (holder[0], person))
    ex.tags.add("profile")
    fields = rng.sample(
        ["phone", "email", "passport", "id", "dob", "account", "address"], rng.randint(2, 4)
    )
    for field in fields:
        if field == "phone":
            phone_turns(ex)
        elif field == "email":
            first, last = translit_login(holder[0])
            year = rng.randint(60, 99)
            domain, tld = rng.choice(P[lang]["domains"])
            email = ex.entity("EMAIL")
            value = (
                f"{first}.{last}{year}@{domain}.{tld}"
                if not ex.asr
                else f"{first} {P[lang]['dot']} {last} {below_100(year, lang)} {P[lang]['at']} "
                f"{domain} {P[lang]['dot']} {tld}"
            )
            ex.block()
            ex.say("agent", ex.phrase("ask_email"))
            ex.say("customer", (value, email))
        elif field == "passport":
            digits = "".join(rng.choice("0123456789") for _ in range(10 if lang == "ru" else 9))
            digits = str(rng.randint(1, 9)) + digits[1:]
            groups = [digits[:4], digits[4:]] if lang == "ru" else [digits[:3], digits[3:]]
            ent = ex.entity("PASSPORT")
            ex.block()
            ex.say("agent", ex.phrase("ask_passport"))
            ex.say("customer", *[(say_group(g, "mixed", ex), ent) for g in groups])
        elif field == "id":
            kind = {
                "ru": rng.choice(["inn", "snils"]),
                "uk": "inn",
                "lt": "inn",
                "en": rng.choice(["inn", "snils"]),
            }[lang]
            value = {
                ("ru", "inn"): ids.inn12,
                ("ru", "snils"): ids.snils,
                ("uk", "inn"): ids.rnokpp,
                ("lt", "inn"): ids.asmens_kodas,
                ("en", "inn"): ids.uk_ni,
                ("en", "snils"): ids.us_ssn,
            }[(lang, kind)](rng)
            ent = ex.entity("NATIONAL_ID")
            ex.block()
            ex.say("agent", ex.phrase("ask_inn" if kind == "inn" else "ask_snils"))
            ex.say("customer", (say_id(value, ex), ent))
        elif field == "dob":
            day, month, year = rng.randint(1, 28), rng.randint(1, 12), rng.randint(1950, 2004)
            ent = ex.entity("DOB")
            if not ex.asr:
                value = (
                    f"{day} {MONTHS[month - 1]} {year}"
                    if lang == "en"
                    else f"{day:02d}.{month:02d}.{year}"
                )
            else:
                year_words = (
                    " ".join(below_100(int(p), "en") for p in (str(year)[:2], str(year)[2:]))
                    if lang == "en"
                    else thousands(year, lang)
                )
                month_words = (
                    digit_words(f"{month:02d}", ex) if month < 10 else below_100(month, lang)
                )
                value = f"{below_100(day, lang)} {month_words} {year_words}"
            ex.block()
            ex.say("agent", ex.phrase("ask_dob"))
            ex.say("customer", (value, ent))
        elif field == "account":
            ent = ex.entity("ACCOUNT")
            ex.block()
            ex.say("agent", ex.phrase("ask_account"))
            if not ex.asr and lang != "ru" and rng.random() < 0.6:
                value = ids.iban(rng, {"uk": "UA", "lt": "LT", "en": "GB"}[lang])
                ex.tags.add("iban")
                ex.say("customer", (value, ent))
            else:
                digits = str(rng.randint(1, 9)) + "".join(
                    rng.choice("0123456789") for _ in range(rng.randint(7, 9))
                )
                ex.say("customer", (say_group(digits, "mixed", ex) if ex.asr else digits, ent))
        else:
            street, house_word, flat_word = rng.choice(STREETS[lang])
            house, flat = rng.randint(1, 140), rng.randint(1, 90)
            ent = ex.entity("ADDRESS")
            parts = [
                street + ",",
                f"{house_word} {ex.num(house)},".strip(),
                f"{flat_word} {ex.num(flat)}",
            ]
            if lang == "en":
                parts = [f"{ex.num(house)} {street},", f"{flat_word} {ex.num(flat)}"]
            ex.block()
            ex.say("agent", ex.phrase("ask_address"))
            ex.say("customer", (" ".join(parts), ent))
        ex.tags.add(field)
    if rng.random() < 0.5:
        ex.block()
        ex.say("agent", decoy(ex))
    ex.block()
    ex.say("agent", ex.phrase("close"))


TRANSLIT = str.maketrans(
    {
        "а": "a",
        "б": "b",
        "в": "v",
        "г": "g",
        "д": "d",
        "е": "e",
        "ж": "zh",
        "з": "z",
        "и": "i",
        "й": "i",
        "к": "k",
        "л": "l",
        "м": "m",
        "н": "n",
        "о": "o",
        "п": "p",
        "р": "r",
        "с": "s",
        "т": "t",
        "у": "u",
        "ф": "f",
        "х": "h",
        "ц": "ts",
        "ч": "ch",
        "ш": "sh",
        "щ": "sch",
        "ы": "y",
        "ь": "",
        "ю": "yu",
        "я": "ya",
        "і": "i",
        "ї": "yi",
        "є": "ye",
        "'": "",
        "ū": "u",
        "ė": "e",
        "ą": "a",
        "ę": "e",
        "č": "c",
        "š": "s",
        "ž": "z",
        "į": "i",
        "ų": "u",
    }
)


def translit_login(name: str) -> tuple[str, str]:
    first, last = name.lower().translate(TRANSLIT).split()
    return first, last


def say_id(value: str, ex: Exchange) -> str:
    if not ex.asr:
        return value
    out = []
    for part in value.replace("-", " ").split():
        if part.isdigit():
            out.append(say_group(part, ex.rng.choice(["digits", "pairs"]), ex))
        else:
            out.append(" ".join(part.lower()))
    return " ".join(out)


def decoy(ex: Exchange) -> str:
    rng, lang = ex.rng, ex.lang
    line = rng.choice(DECOYS[lang])
    hour, minute = rng.randint(9, 20), rng.choice([0, 15, 30, 45])
    order = rng.randint(10000, 99999)
    fields = {
        "last4": (f"{rng.randint(0, 9999):04d}"),
        "amount": ex.num(rng.choice([350, 1290, 2400, 4750, 89, 120, 640])),
        "order": str(order) if not ex.asr else digit_words(str(order), ex),
        "hotline": HOTLINES[lang] if not ex.asr else digit_words(HOTLINES[lang], ex),
        "day": ex.num(rng.randint(2, 28)),
        "time": (
            f"{hour}:{minute:02d}"
            if not ex.asr
            else f"{below_100(hour, lang)} {below_100(minute, lang) if minute else ''}".strip()
        ),
        "city": rng.choice(CITIES[lang]),
        "room": ex.num(rng.randint(11, 240)),
        "small": ex.num(rng.randint(1, 30)),
        "year": ex.num(rng.randint(2009, 2024)),
    }
    if ex.asr:
        fields["last4"] = digit_words(fields["last4"], ex)
    return line.format(**fields)


def decoy_exchange(ex: Exchange) -> None:
    rng, lang = ex.rng, ex.lang
    ex.tags.update({"decoy", "no_entity"})
    if rng.random() < 0.4:
        ex.say("agent", P[lang]["greet"].format(agent=rng.choice(AGENTS[lang])))
        ex.tags.add("agent_name")
    ex.say("customer", ex.phrase("open").format(thing=rng.choice(SETTINGS[lang])))
    for _ in range(rng.randint(1, 4)):
        ex.say(rng.choice(["agent", "customer"]), decoy(ex))


MAX_TURNS = 6
CELLS = {"ru": 90, "uk": 45, "en": 45, "lt": 45}  # exchanges per (language, style)
DECOY_SHARE = 0.35
CARD_TAGS = ("card", "mode_", "one_turn", "split", "readback", "filler", "group_confirm",
             "self_repair")


def windows(ex: Exchange) -> list[tuple[list[dict], list[dict], set[str]]]:
    """Cut a call into exchanges of at most MAX_TURNS turns at block starts.

    A block longer than MAX_TURNS (a card dictated over several turns) stays whole."""
    turns, entities = ex.render()
    bounds = [*ex.blocks, len(turns)]
    out, start = [], 0
    for index in range(1, len(bounds)):
        end = bounds[index]
        if end - start > MAX_TURNS and bounds[index - 1] > start:
            out.append((start, bounds[index - 1]))
            start = bounds[index - 1]
    out.append((start, len(turns)))
    result = []
    for first, last in out:
        kept = []
        for entity in entities:
            if all(first <= piece[0] < last for piece in entity["pieces"]):
                kept.append({
                    "type": entity["type"],
                    "pieces": [[t - first, a, b] for t, a, b in entity["pieces"]],
                    "chars": [[t - first, a, b] for t, a, b in entity["chars"]],
                    "text": entity["text"]})
        tags = set(ex.tags) if kept else {"decoy", "no_entity"}
        if first == 0 and "agent_name" in ex.tags:
            tags.add("agent_name")
        if kept:
            present = {e["type"].lower() for e in kept}
            tags = {t for t in tags if t not in {"cvv", "expiry", "phone", "person", "email",
                                                 "passport", "dob", "address", "account"}
                    or t in present}
            if first > 0:
                tags.discard("agent_name")
            if "card" not in present:
                tags = {t for t in tags if not t.startswith(CARD_TAGS)}
        result.append((turns[first:last], kept, tags))
    return result


def build(rng: random.Random) -> list[dict]:
    """Fill each (language, style) cell with positive and decoy-only exchanges in a fixed share."""
    items = []
    for lang, size in CELLS.items():
        for style in ("written", "asr"):
            want_decoy = round(size * DECOY_SHARE)
            positive: list = []
            decoys: list = []
            while len(positive) < size - want_decoy or len(decoys) < want_decoy:
                ex = Exchange(lang, style, rng)
                roll = rng.random()
                if roll < 0.15:
                    template = "decoy"
                    decoy_exchange(ex)
                elif roll < 0.32:
                    template = "profile"
                    profile_exchange(ex)
                else:
                    template = "card"
                    card_exchange(ex)
                for turns, entities, tags in windows(ex):
                    if len(turns) < 2:
                        continue
                    name = f"{lang}_{template}" if entities else f"{lang}_decoy"
                    (positive if entities else decoys).append((name, turns, entities, tags))
            chosen = positive[:size - want_decoy] + decoys[:want_decoy]
            rng.shuffle(chosen)
            for name, turns, entities, tags in chosen:
                items.append({
                    "id": "", "lang": lang, "style": style, "split": "blind16",
                    "template": name, "tags": sorted(tags), "turns": turns,
                    "entities": entities})
    rng.shuffle(items)
    for number, item in enumerate(items, 1):
        item["id"] = f"b16-{item['lang']}-{item['style'][0]}-{number:04d}"
    return items


def check(items: list[dict]) -> None:
    """Spans must match the text and card/ID check digits must hold."""
    for item in items:
        for entity in item["entities"]:
            for (t, s, e), (ct, cs, ce), text in zip(
                entity["pieces"], entity["chars"], entity["text"], strict=True
            ):
                words = item["turns"][t]["text"].split()
                assert t == ct and item["turns"][t]["text"][cs:ce] == text, item["id"]
                assert " ".join(words[s:e]) == text, (item["id"], text)
            if entity["type"] == "CARD" and item["style"] == "written":
                digits = re.sub(r"\D", "", "".join(entity["text"]))
                partial = {"self_repair", "group_confirm"} & set(item["tags"])
                assert len(digits) < 13 or ids.luhn_ok(digits) or partial, (
                    item["id"],
                    digits,
                )
            if entity["type"] == "ACCOUNT" and entity["text"][0][:2] in ("UA", "LT", "GB"):
                assert ids.iban_ok(entity["text"][0]), item["id"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    items = build(random.Random(SEED))
    check(items)
    with args.out.open("w", encoding="utf-8") as handle:
        for item in items:
            handle.write(json.dumps(item, ensure_ascii=False) + "\n")
    print(f"wrote {len(items)} exchanges to {args.out}")


if __name__ == "__main__":
    main()
